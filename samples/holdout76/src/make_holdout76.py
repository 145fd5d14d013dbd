#!/usr/bin/env python3
"""Generate the holdout76 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document (a school-level 'ondersteuningsplan'), plus nothing else.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
Label files (*.expected.yaml) are maintained by hand next to the documents.
"""
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

FIXED_ZIP_TIME = (2026, 3, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# tiny document model: a list of blocks
# --------------------------------------------------------------------------------------------
def title(*lines):
    return ("title", list(lines))


def toc(*entries):
    return ("toc", list(entries))


def h1(t):
    return ("h1", t)


def h2(t):
    return ("h2", t)


def h3(t):
    return ("h3", t)


def p(t):
    return ("p", t)


def ul(*items):
    return ("ul", list(items))


def ol(*items):
    return ("ol", list(items))


def tbl(header, *rows):
    return ("table", [list(header)] + [list(r) for r in rows])


def pb():
    return ("pb", None)


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------
def _normalise_zip(path):
    """Rewrite a zip (docx) with fixed timestamps and sorted order for reproducible bytes."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        rest = sorted(n for n in names if n != "[Content_Types].xml")
        for n in first + rest:
            info = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(n))
    tmp.replace(path)


def render_docx(blocks, path, header_text=None, footer_text=None, doc_title=""):
    import datetime

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = "holdout76 generator"
    cp.title = doc_title
    cp.created = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.last_modified_by = "holdout76 generator"
    cp.revision = 1
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                if i == 0:
                    d.add_paragraph(line, style="Title")
                else:
                    para = d.add_paragraph()
                    r = para.add_run(line)
                    r.font.size = Pt(14 if i < 3 else 11)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, text, page in val:
                para = d.add_paragraph(("    " * lvl) + text + "\t" + str(page))
                para.paragraph_format.space_after = Pt(0)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(val, style="Heading 2")
        elif kind == "h3":
            d.add_paragraph(val, style="Heading 3")
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalise_zip(Path(path))


def render_pdf(blocks, path, **kw):
    path = Path(path)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        render_docx(blocks, src, **kw)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(Path(td) / (path.stem + ".pdf"), path)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, path, page_title, nav_items=(), footer_html=""):
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_esc(page_title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto;line-height:1.5}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}"
        "nav a{margin-right:1em}</style>",
        "</head>",
        "<body>",
    ]
    if nav_items:
        out.append('<header><nav aria-label="hoofdmenu">')
        for label, href in nav_items:
            out.append(f'<a href="{href}">{_esc(label)}</a>')
        out.append("</nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{_esc(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{_esc(line)}</p>')
        elif kind == "toc":
            out.append('<section class="toc"><h2>Inhoud</h2><ul>')
            for lvl, text, _page in val:
                out.append(f'<li class="toc-{lvl}">{_esc(text)}</li>')
            out.append("</ul></section>")
        elif kind == "h1":
            out.append(f"<h2>{_esc(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{_esc(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{_esc(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{_esc(val)}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{_esc(i)}</li>" for i in val) + f"</{tag}>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{_esc(str(c))}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{_esc(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer_html:
        out.append(f"<footer>{footer_html}</footer>")
    out.append("</body>")
    out.append("</html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


# ============================================================================================
# Plan 1 - PO, large verband, thorough house style (docx)
# ============================================================================================
def plan_rijnvallei():
    B = []
    B.append(title(
        "Ondersteuningsplan 2026–2030",
        "Samen zorgen voor passend onderwijs",
        "Stichting Samenwerkingsverband Passend Onderwijs Rijnvallei-Zuid (PO 25-91)",
        "Vastgesteld door de directeur-bestuurder op 24 maart 2026, na instemming van de "
        "ondersteuningsplanraad op 10 maart 2026 en goedkeuring door de raad van toezicht op 19 maart 2026",
    ))
    B.append(toc(
        (0, "Voorwoord", 3),
        (0, "1 Inleiding", 4),
        (1, "1.1 Wettelijk kader", 4),
        (1, "1.2 Totstandkoming van dit plan", 5),
        (1, "1.3 Leeswijzer", 5),
        (0, "2 Ons samenwerkingsverband", 6),
        (0, "3 Visie, missie en ambities", 8),
        (0, "4 Ondersteuning op onze scholen", 10),
        (1, "4.1 Basisondersteuning", 10),
        (1, "4.2 Extra ondersteuning en arrangementen", 13),
        (1, "4.3 Bovenschoolse voorzieningen", 14),
        (1, "4.4 Een dekkend aanbod: thuiszitters en witte vlekken", 15),
        (0, "5 Toelaatbaarheid sbo en so", 17),
        (1, "5.1 De aanvraag", 17),
        (1, "5.2 Criteria", 18),
        (1, "5.3 Deskundigenadvies", 20),
        (1, "5.4 Duur en bekostigingscategorie", 20),
        (1, "5.5 Verloop en einde van de TLV", 21),
        (0, "6 Ouders", 22),
        (0, "7 Samenwerking met gemeenten en jeugdhulp", 24),
        (0, "8 Kwaliteit en resultaten", 26),
        (0, "9 Geld en middelen", 28),
        (0, "10 Organisatie, personeel en ICT", 31),
        (0, "11 Planning 2026–2030", 33),
        (0, "Bijlage 1 Begrippenlijst", 34),
        (0, "Bijlage 2 Ouder- en jeugdsteunpunt en klachtenregeling", 36),
    ))
    B += [
        h1("Voorwoord"),
        p("Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband Passend Onderwijs Rijnvallei-Zuid. "
          "Het plan beschrijft hoe de veertien aangesloten schoolbesturen de komende vier schooljaren samen zorgen "
          "voor passend onderwijs voor ruim 21.000 kinderen in onze regio. Dat doen we niet alleen: ouders, "
          "leerkrachten, intern begeleiders, gemeenten en jeugdhulpaanbieders hebben de afgelopen maanden "
          "meegedacht in werkgroepen, klankbordbijeenkomsten en een online peiling."),
        p("Terugkijkend op de vorige planperiode zien we veel om trots op te zijn. Scholen hebben hun "
          "ondersteuningsstructuur versterkt, de samenwerking met de jeugdhulp is op veel plaatsen vanzelfsprekend "
          "geworden en de middelen voor passend onderwijs komen in toenemende mate rechtstreeks in de klas terecht. "
          "Tegelijk weten we dat het nog niet overal goed gaat. Er zijn kinderen die te lang wachten op een passende "
          "plek, leerkrachten die handelingsverlegen zijn en ouders die de weg niet kunnen vinden."),
        p("Dit plan is daarom nadrukkelijk een werkplan. Het legt vast wat iedere school in Rijnvallei-Zuid ten "
          "minste biedt, hoe kinderen toegang krijgen tot extra en speciale ondersteuning, hoe het geld wordt "
          "verdeeld en welke resultaten wij over vier jaar willen zien. Ik dank iedereen die aan dit plan heeft "
          "bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad voor hun kritische en "
          "constructieve inbreng."),
        p("Marieke van den Broek-Aydın, directeur-bestuurder"),
        h1("1 Inleiding"),
        h2("1.1 Wettelijk kader"),
        p("Op grond van artikel 18a van de Wet op het primair onderwijs stelt een samenwerkingsverband ten minste "
          "eens in de vier jaar een ondersteuningsplan vast. De wet schrijft voor dat het plan in elk geval "
          "beschrijft hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen "
          "realiseert, inclusief de basisondersteuning op alle scholen; de procedure en criteria voor de verdeling "
          "en besteding van de ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting; de procedure "
          "en criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs; de procedure "
          "en het beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte resultaten; en de wijze "
          "waarop ouders worden geïnformeerd en op welke onafhankelijke ondersteuning zij een beroep kunnen doen. "
          "In dit plan vindt u deze onderdelen terug in de hoofdstukken 4 tot en met 9."),
        p("Daarnaast houden wij rekening met de Wet versterking positie ouders en leerlingen in het passend "
          "onderwijs, die onder meer het hoorrecht van leerlingen en het ouder- en jeugdsteunpunt regelt, en met "
          "de ontwikkeling van een landelijke norm voor basisondersteuning. Waar die ontwikkelingen gevolgen hebben "
          "voor dit plan, passen wij het plan tussentijds aan met instemming van de ondersteuningsplanraad."),
        h2("1.2 Totstandkoming van dit plan"),
        p("Het plan is tussen september 2025 en maart 2026 tot stand gekomen. Vijf werkgroepen met intern "
          "begeleiders, directeuren, medewerkers van het speciaal (basis)onderwijs, ouders en medewerkers van het "
          "samenwerkingsverband hebben de hoofdstukken voorbereid. In november 2025 is een eerste concept besproken "
          "met het directeurenoverleg en het bestuurdersoverleg. Het op overeenstemming gericht overleg (OOGO) met "
          "de colleges van burgemeester en wethouders van de zes gemeenten in onze regio vond plaats op 3 maart "
          "2026; met het samenwerkingsverband VO Rijnvallei is op 18 februari 2026 overleg gevoerd. De "
          "ondersteuningsplanraad heeft op 10 maart 2026 ingestemd met het plan. Het plan is vóór 1 mei 2026 aan de "
          "inspectie gezonden."),
        h2("1.3 Leeswijzer"),
        p("Hoofdstuk 2 schetst ons samenwerkingsverband. Hoofdstuk 3 beschrijft onze visie en ambities. In "
          "hoofdstuk 4 staat wat kinderen en ouders van onze scholen mogen verwachten, van basisondersteuning tot "
          "bovenschoolse voorzieningen. Hoofdstuk 5 gaat over toelaatbaarheid tot het sbo en so. Daarna volgen de "
          "hoofdstukken over ouders, de samenwerking met gemeenten, kwaliteit en resultaten, en geld en middelen. "
          "Het plan sluit af met organisatie, personeel en ICT en een planning. Een begrippenlijst is opgenomen als "
          "bijlage."),
        h1("2 Ons samenwerkingsverband"),
        p("Rijnvallei-Zuid omvat de gemeenten Arkendaal, Wijkerbroek, Lindenoord, Heeswijk aan de Rijn, "
          "Oudewetering en Meerstede. Veertien schoolbesturen met 96 basisscholen (104 vestigingen), vier scholen "
          "voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs zijn bij ons aangesloten. Op de "
          "teldatum 1 oktober 2025 telde het samenwerkingsverband 21.480 leerlingen in het basisonderwijs."),
        tbl(["Gemeente", "Basisscholen", "Sbo-scholen", "So-scholen", "Leerlingen (1-10-2025)"],
            ["Arkendaal", "31", "2", "1", "7.240"],
            ["Wijkerbroek", "18", "1", "1", "3.910"],
            ["Lindenoord", "15", "1", "0", "3.380"],
            ["Heeswijk aan de Rijn", "12", "0", "1", "2.860"],
            ["Oudewetering", "11", "0", "0", "2.270"],
            ["Meerstede", "9", "0", "0", "1.820"],
            ["Totaal", "96", "4", "3", "21.480"]),
        p("Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; de raad van "
          "toezicht bestaat uit vijf leden, van wie drie uit de kring van de aangesloten schoolbesturen en twee "
          "onafhankelijke leden. De raad van toezicht keurt onder meer de begroting en het ondersteuningsplan goed. "
          "Tweemaal per jaar vindt een vergadering van aangesloten besturen plaats, waarin de besturen als "
          "eigenaren van het samenwerkingsverband de koers bespreken. Deze scheiding van bestuur en toezicht "
          "voldoet aan de Code Goed Bestuur in het primair onderwijs."),
        p("Het bureau van het samenwerkingsverband bevindt zich in Arkendaal en telt 17 medewerkers (13,4 fte): "
          "de directeur-bestuurder, zes consulenten passend onderwijs, twee orthopedagogen, een beleidsmedewerker "
          "kwaliteit, een controller, een secretaresse van de Commissie Toelaatbaarheid en een klein "
          "ondersteunend team. De consulenten zijn ieder aan een vaste groep scholen verbonden."),
        h1("3 Visie, missie en ambities"),
        p("Onze missie is eenvoudig geformuleerd: ieder kind in Rijnvallei-Zuid krijgt onderwijs en ondersteuning "
          "die passen bij wat het nodig heeft, zo dicht mogelijk bij huis. Wij gaan uit van de mogelijkheden van "
          "kinderen, niet van hun beperkingen. Ouders zijn partners, leerkrachten doen ertoe en scholen staan er "
          "niet alleen voor."),
        p("Onze visie rust op vier uitgangspunten. Ten eerste: de basis op orde. Goed onderwijs in de groep is de "
          "beste vorm van ondersteuning. Ten tweede: thuisnabij waar het kan, speciaal waar het moet. Ten derde: "
          "samen met ouders en ketenpartners, omdat onderwijs en zorg elkaar moeten versterken. Ten vierde: "
          "transparantie over keuzes, middelen en resultaten, zodat besturen, ouders en de ondersteuningsplanraad "
          "kunnen zien wat we doen en waarom."),
        p("Voor de periode 2026–2030 hebben wij vijf ambities geformuleerd. Die ambities vormen de kapstok voor "
          "de jaarplannen van het samenwerkingsverband en zijn in hoofdstuk 8 vertaald naar beoogde resultaten:"),
        ol("Iedere school biedt aantoonbaar de afgesproken basisondersteuning.",
           "Kinderen krijgen sneller de juiste ondersteuning, zonder wachttijd.",
           "Geen kind zit thuis zonder passend onderwijsaanbod.",
           "Het deelnamepercentage speciaal (basis)onderwijs blijft stabiel of daalt licht, terwijl de kwaliteit "
           "van de ondersteuning in het regulier onderwijs toeneemt.",
           "Ouders weten waar zij terechtkunnen en voelen zich gehoord."),
        h1("4 Ondersteuning op onze scholen"),
        h2("4.1 Basisondersteuning"),
        p("In Rijnvallei-Zuid is basisondersteuning het door alle veertien besturen afgesproken minimumniveau van "
          "ondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, ongeacht bestuur, "
          "denominatie of omvang van de school. Basisondersteuning is voor elk kind beschikbaar zonder aanvraag bij "
          "het samenwerkingsverband en wordt bekostigd uit de reguliere middelen van de school en het schoolbudget "
          "(zie hoofdstuk 9). De besturen hebben het niveau vastgelegd in twaalf standaarden. Scholen mogen meer "
          "bieden; minder is niet toegestaan."),
        p("De twaalf standaarden beschrijven wat ouders op elke school mogen verwachten:"),
        tbl(["Nr.", "Standaard", "Wat ouders op elke school mogen verwachten"],
            ["1", "Intern begeleider", "Elke school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen."],
            ["2", "Handelingsgericht werken", "Groepsbesprekingen ten minste drie keer per jaar; de leerkracht stemt instructie af op drie niveaus."],
            ["3", "Dyslexie", "De school werkt volgens het Protocol Leesproblemen en Dyslexie en biedt extra leestijd en voorleessoftware."],
            ["4", "Dyscalculie", "De school werkt volgens het Protocol ERWD en biedt hulpmiddelen zoals tafelkaarten en rekenmachine."],
            ["5", "Meer- en hoogbegaafdheid", "Compacten en verrijken binnen de groep, met een verrijkingsaanbod vanaf groep 3."],
            ["6", "Sociale veiligheid", "Een anti-pestprogramma, een jaarlijkse veiligheidsmonitor en een aanspreekpunt pesten."],
            ["7", "Gedrag", "Een schoolbrede gedragsaanpak met duidelijke regels en positieve bekrachtiging."],
            ["8", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand en voor nieuwkomers in hun eerste twee jaar."],
            ["9", "Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
            ["10", "Ontwikkelingsperspectief", "Binnen zes weken na de start van extra ondersteuning een ontwikkelingsperspectiefplan (OPP)."],
            ["11", "Ondersteuningsteam", "Ten minste vier keer per jaar een ondersteuningsteam met de consulent van het samenwerkingsverband."],
            ["12", "Overgang naar het vo", "Warme overdracht naar het voortgezet onderwijs volgens de regionale POVO-afspraken."]),
        p("Basisondersteuning onderscheidt zich van extra ondersteuning. Van extra ondersteuning is sprake wanneer "
          "een kind na ten minste twee cycli handelingsgericht werken binnen de basisondersteuning onvoldoende "
          "tot ontwikkeling komt en een aanpak nodig heeft die de school met de twaalf standaarden niet kan bieden."),
        p("Borging. Elke school beschrijft in haar schoolgids hoe zij de twaalf standaarden invult. Het "
          "samenwerkingsverband toetst dit jaarlijks met de kwaliteitskaart basisondersteuning en bezoekt iedere "
          "school ten minste eenmaal per twee jaar. Voldoet een school niet aan een standaard, dan stelt het bestuur "
          "binnen drie maanden een verbeterplan op; de consulent bespreekt de voortgang na zes maanden met de "
          "directeur en meldt de uitkomst aan de directeur-bestuurder."),
        h2("4.2 Extra ondersteuning en arrangementen"),
        p("Heeft een kind meer nodig dan de basisondersteuning, dan bespreekt de school de ondersteuningsvraag in "
          "het ondersteuningsteam. Samen met ouders en de consulent wordt bepaald welk arrangement passend is. Wij "
          "kennen drie soorten arrangementen: een individueel arrangement in de eigen groep (bijvoorbeeld extra "
          "begeleiding door een specialist, maximaal één schooljaar), een groepsarrangement voor meerdere "
          "leerlingen op één school en een ambulant arrangement waarbij een ambulant begeleider van het speciaal "
          "onderwijs de leerkracht coacht."),
        p("Een arrangement wordt aangevraagd bij het Loket Passend Onderwijs. De Commissie Arrangementen beslist "
          "binnen vier weken. In hoofdstuk 9 staat hoe het arrangementenbudget is opgebouwd en welke criteria de "
          "commissie hanteert."),
        h2("4.3 Bovenschoolse voorzieningen"),
        p("Naast de ondersteuning binnen de scholen kent Rijnvallei-Zuid een aantal voorzieningen die voor alle "
          "scholen beschikbaar zijn. Samen met het sbo en het so vormen zij een doorlopend ondersteuningscontinuüm:"),
        tbl(["Niveau", "Voorziening", "Capaciteit", "Voor wie"],
            ["1", "Basisondersteuning op elke school", "alle scholen", "alle leerlingen"],
            ["2", "Arrangement in de eigen school", "op aanvraag", "leerlingen met een extra ondersteuningsbehoefte"],
            ["3", "Plusklas (vijf locaties)", "90 plaatsen", "meer- en hoogbegaafde leerlingen, één dagdeel per week"],
            ["3", "Taalklas nieuwkomers (twee locaties)", "48 plaatsen", "nieuwkomers in hun eerste jaar"],
            ["3", "Observatiegroep De Kei", "8 plaatsen", "jonge kinderen (4–7 jaar) met een onduidelijke ondersteuningsvraag, maximaal 16 weken"],
            ["3", "Onderwijs-zorgarrangement Samen naar School", "12 plaatsen", "kinderen die onderwijs en jeugdhulp in één setting nodig hebben"],
            ["4", "Speciaal basisonderwijs (vier scholen)", "circa 560 leerlingen", "leerlingen met een TLV sbo"],
            ["5", "Speciaal onderwijs cluster 3 en 4 (drie scholen)", "circa 390 leerlingen", "leerlingen met een TLV so"]),
        h2("4.4 Een dekkend aanbod: thuiszitters en witte vlekken"),
        p("Een dekkend aanbod betekent dat voor ieder kind binnen redelijke termijn een passende plek beschikbaar "
          "is. Wij kijken daarbij naar twee signalen: kinderen die (dreigen) thuis (te) zitten en aanvragen waarvoor "
          "geen passende plek beschikbaar is."),
        p("Thuiszitters. Iedere school meldt een leerling die langer dan vier weken geheel of gedeeltelijk geen "
          "onderwijs volgt, of die ingeschreven staat zonder onderwijs te krijgen, bij de leerplichtambtenaar en "
          "bij de consulent van het samenwerkingsverband. Binnen twee weken na de melding stellen school, consulent "
          "en leerplicht samen met ouders een trajectplan op met een concrete datum voor (gedeeltelijke) terugkeer. "
          "Het thuiszittersoverleg, waarin leerplicht, de lokale teams jeugd en het samenwerkingsverband zitten, "
          "bespreekt maandelijks alle lopende trajecten. Komt een traject binnen drie maanden niet tot een "
          "oplossing, dan neemt de directeur-bestuurder regie en kan hij besturen en voorzieningen een plaatsing "
          "opdragen (doorzettingsmacht zoals afgesproken in de regionale thuiszittersaanpak)."),
        p("Witte vlekken. Jaarlijks in juni analyseren wij de aanvragen bij het Loket, de wachtlijsten van sbo, so "
          "en bovenschoolse voorzieningen en de trajecten in het thuiszittersoverleg. Uit die analyse blijkt waar "
          "ons aanbod tekortschiet. Op dit moment zijn er onvoldoende plaatsen voor jonge kinderen met ernstige "
          "gedragsproblemen in combinatie met een ontwikkelingsachterstand. Daarom openen wij per 1 augustus 2027 "
          "een tweede observatiegroep in Wijkerbroek. Besturen hebben afgesproken dat een school die een aangemelde "
          "leerling niet zelf kan plaatsen, samen met de consulent een passende plek zoekt en de leerling niet "
          "uitschrijft voordat die plek gevonden is."),
        h1("5 Toelaatbaarheid sbo en so"),
        p("Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor cluster 1 en 2 gelden landelijke "
          "procedures van de instellingen; die vallen buiten dit plan."),
        h2("5.1 De aanvraag"),
        p("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij het "
          "Loket Passend Onderwijs. De aanvraag bevat het groeidocument met het ontwikkelingsperspectiefplan, de "
          "evaluatie van ten minste twee ingezette arrangementen of interventies, een onderwijskundig rapport en de "
          "zienswijze van de ouders. De procedure verloopt in vier stappen:"),
        ol("Het Loket controleert binnen vijf werkdagen of de aanvraag volledig is en vraagt zo nodig aanvullende "
           "informatie op.",
           "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit (zie 5.3).",
           "De Commissie Toelaatbaarheid (CvT) besluit binnen zes weken na ontvangst van de volledige aanvraag. De "
           "commissie bestaat uit een voorzitter, een orthopedagoog en een lid uit het speciaal onderwijs.",
           "Het besluit wordt schriftelijk en met een afschrift van de deskundigenadviezen aan het bevoegd gezag en "
           "aan de ouders gezonden."),
        p("In spoedeisende situaties kan de voorzitter van de CvT een tijdelijke TLV van ten hoogste drie maanden "
          "afgeven, waarna de gewone procedure wordt doorlopen."),
        h2("5.2 Criteria"),
        p("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"),
        ul("de ondersteuningsbehoefte gaat aantoonbaar uit boven wat de reguliere school met basisondersteuning en "
           "arrangementen kan bieden, blijkend uit een OPP met ten minste twee geëvalueerde cycli;",
           "de leerling heeft op meerdere ontwikkelingsgebieden (leren, gedrag, werkhouding of sociaal-emotioneel) "
           "een specifieke aanpak nodig in een kleinere groep (maximaal zestien leerlingen) met specialistische "
           "didactiek;",
           "een ambulant of groepsarrangement in het regulier onderwijs is overwogen en niet toereikend gebleken."),
        p("Een leerling is toelaatbaar tot het speciaal onderwijs als:"),
        ul("cluster 3: er sprake is van een (zeer) ernstige verstandelijke beperking, een langdurige ziekte of een "
           "lichamelijke beperking die intensieve zorg en begeleiding gedurende de schooldag noodzakelijk maakt;",
           "cluster 4: er sprake is van ernstige gedrags- of psychiatrische problematiek waardoor de leerling een "
           "zeer gestructureerde, kleine setting met geïntegreerde jeugdhulp nodig heeft;",
           "en in beide gevallen: het speciaal basisonderwijs onvoldoende tegemoet kan komen aan de "
           "ondersteuningsbehoefte."),
        h2("5.3 Deskundigenadvies"),
        p("Bij iedere aanvraag brengen twee deskundigen advies uit: een orthopedagoog of psycholoog van het "
          "samenwerkingsverband en, afhankelijk van de problematiek, een tweede deskundige, zoals een "
          "kinderpsychiater, jeugdarts, maatschappelijk werker of pedagoog. De deskundigen zijn niet betrokken "
          "geweest bij de voorbereiding van de aanvraag en geven ieder een eigen, ondertekend advies."),
        h2("5.4 Duur en bekostigingscategorie"),
        p("Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode van de leerling. Een TLV so wordt "
          "afgegeven voor één, twee of drie schooljaren en eindigt altijd op 31 juli. Voor het speciaal onderwijs "
          "stelt de CvT tevens de bekostigingscategorie vast: laag (onder meer cluster 4 en zml), midden "
          "(lichamelijke beperking) of hoog (meervoudige beperking)."),
        h2("5.5 Verloop en einde van de TLV"),
        p("Plaatsing in het speciaal onderwijs is in Rijnvallei-Zuid geen eindstation. Ons beleid is dat een "
          "leerling terugkeert naar het regulier of speciaal basisonderwijs zodra dat verantwoord is, zo thuisnabij "
          "mogelijk. Voorwaarden zijn dat de leerling zich volgens het ontwikkelingsperspectief ontwikkelt, dat de "
          "ondersteuningsbehoefte met een arrangement in de ontvangende school kan worden opgevangen en dat ouders "
          "de terugkeer steunen. Na terugkeer krijgt de leerling gedurende één schooljaar een "
          "terugplaatsingsarrangement: ambulante begeleiding door de so-school en een budget van ten hoogste "
          "€ 6.000 voor de ontvangende school. Een proefplaatsing van maximaal acht weken is mogelijk."),
        p("De so-school bespreekt bij iedere jaarlijkse OPP-evaluatie met ouders of terugplaatsing mogelijk is. In "
          "het laatste jaar van de TLV vindt uiterlijk 1 februari een overleg plaats tussen so-school, ouders en de "
          "consulent van het samenwerkingsverband. Daarin wordt besloten of de so-school een nieuwe TLV aanvraagt "
          "(uiterlijk 1 april) of dat een terugplaatsingsplan wordt opgesteld. In dat laatste geval kiezen ouders, "
          "met hulp van de consulent, een ontvangende school; de directeur van die school en de so-school maken "
          "afspraken over de overdracht. De consulent coördineert en evalueert de terugplaatsing na drie en na "
          "twaalf maanden met ouders en school. Voor leerlingen in het sbo geldt dezelfde werkwijze, met dien "
          "verstande dat de evaluatie jaarlijks plaatsvindt in het ondersteuningsteam van de sbo-school."),
        h1("6 Ouders"),
        p("Ouders kennen hun kind het best. Wij willen dat ouders weten wat zij van de school en het "
          "samenwerkingsverband mogen verwachten en dat zij als partner betrokken zijn bij beslissingen over de "
          "ondersteuning van hun kind."),
        h2("6.1 Hoe wij ouders informeren"),
        p("Het samenwerkingsverband informeert ouders via verschillende kanalen. Op de ouderpagina van onze "
          "website staat de Wegwijzer passend onderwijs met uitleg over basisondersteuning, arrangementen, "
          "bovenschoolse voorzieningen en toelaatbaarheid. De ouderfolder Passend onderwijs in Rijnvallei-Zuid is "
          "beschikbaar in het Nederlands, Engels, Arabisch, Turks en Pools en wordt door iedere school bij de "
          "intake meegegeven. In de schoolgids beschrijft iedere school haar ondersteuningsaanbod. Elk voorjaar "
          "organiseren wij in iedere gemeente een informatieavond voor ouders, en op verzoek schuift een consulent "
          "aan bij een gesprek op school om ouders uitleg te geven."),
        h2("6.2 Ouders als partner"),
        p("Ouders worden betrokken bij het opstellen en evalueren van het ontwikkelingsperspectiefplan en zijn "
          "uitgenodigd bij het ondersteuningsteam wanneer hun kind wordt besproken. Kinderen krijgen, passend bij "
          "hun leeftijd, de gelegenheid hun mening te geven over hun OPP. In de ondersteuningsplanraad zijn ouders "
          "met zes van de twaalf zetels vertegenwoordigd."),
        h2("6.3 Onafhankelijke ondersteuning"),
        p("Met de Wet versterking positie ouders en leerlingen krijgt ieder samenwerkingsverband een ouder- en "
          "jeugdsteunpunt. Het bestuur neemt in schooljaar 2026–2027, na advies van de ondersteuningsplanraad, een "
          "besluit over de vorm waarin wij dit steunpunt inrichten: zelfstandig, samen met het samenwerkingsverband "
          "VO Rijnvallei, of ondergebracht bij een externe organisatie. Zie ook bijlage 2. Tot die tijd is de "
          "intern begeleider van de school het eerste aanspreekpunt voor vragen van ouders over ondersteuning."),
        h1("7 Samenwerking met gemeenten en jeugdhulp"),
        p("Passend onderwijs en jeugdhulp raken elkaar dagelijks. De zes gemeenten en het samenwerkingsverband "
          "hebben in het OOGO afgesproken samen te werken aan vier thema's: jeugdhulp in en om de school, "
          "onderwijs-zorgarrangementen, thuiszitters en leerlingenvervoer. Iedere school heeft een vaste "
          "contactpersoon van het lokale team jeugd, die aanschuift bij het ondersteuningsteam. Schoolmaatschappelijk "
          "werk wordt door de gemeenten gefinancierd. Het onderwijs-zorgarrangement Samen naar School wordt "
          "bekostigd door het samenwerkingsverband (onderwijsdeel) en de gemeente Arkendaal namens de zes gemeenten "
          "(zorgdeel)."),
        p("Over onderwijshuisvesting voor de tweede observatiegroep en de uitbreiding van het so in Wijkerbroek "
          "voeren de besturen overleg met de gemeente. Het samenwerkingsverband is daarbij adviseur, niet "
          "eigenaar. Jaarlijks evalueren gemeenten en samenwerkingsverband de afspraken in het bestuurlijk overleg."),
        h1("8 Kwaliteit en resultaten"),
        h2("8.1 Beoogde resultaten"),
        p("De ambities uit hoofdstuk 3 hebben wij vertaald in beoogde resultaten voor 2030:"),
        tbl(["Ambitie", "Indicator", "Uitgangssituatie (1-10-2025)", "Beoogd resultaat 2030"],
            ["1 Basis op orde", "Aandeel scholen dat aan alle twaalf standaarden voldoet", "78%", "100%"],
            ["2 Sneller de juiste ondersteuning", "Doorlooptijd aanvraag TLV (gemiddeld)", "7,5 week", "ten hoogste 6 weken"],
            ["3 Geen thuiszitters", "Leerlingen langer dan drie maanden zonder passend aanbod", "9", "0"],
            ["4 Deelname speciaal onderwijs", "Deelnamepercentage sbo / so", "2,6% / 1,8%", "ten hoogste 2,5% / 1,8%"],
            ["5 Ouders gehoord", "Tevredenheid ouders over informatie (schaal 1–10)", "6,4", "ten minste 7,5"]),
        h2("8.2 Volgen van de resultaten"),
        p("Het samenwerkingsverband ontwikkelt in het eerste planjaar een nieuw kwaliteitskader. Hoe wij de "
          "gegevens verzamelen, met wie wij ze bespreken en hoe en wanneer wij erover rapporteren, leggen wij in dat "
          "kwaliteitskader vast. Het kader is uiterlijk in juni 2027 gereed en wordt dan met de "
          "ondersteuningsplanraad besproken."),
        h1("9 Geld en middelen"),
        h2("9.1 Inkomsten"),
        p("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, gebaseerd "
          "op het aantal leerlingen op 1 oktober van het voorgaande jaar. Voor 2026 bedragen de baten naar "
          "verwachting € 12.480.000. Via DUO wordt hierop rechtstreeks € 5.940.000 ingehouden voor de bekostiging van "
          "het so en de groei van het sbo. Voor de verdeling resteert € 6.540.000."),
        h2("9.2 Verdeling van de middelen"),
        p("Het verdeelmodel kent vier onderdelen, die de raad van toezicht jaarlijks bij de begroting vaststelt op "
          "voorstel van de directeur-bestuurder. De besturen worden vóór 1 juni geïnformeerd over hun budget voor "
          "het volgende schooljaar."),
        ol("Schoolbudget: € 165 per leerling (teldatum 1 oktober van het voorgaande jaar), overgemaakt aan het "
           "bestuur, bestemd voor de basisondersteuning en lichte arrangementen op de scholen van dat bestuur.",
           "Arrangementenbudget: toegekend door de Commissie Arrangementen op aanvraag. Criteria: er is een OPP, de "
           "basisondersteuning is aantoonbaar benut en het arrangement heeft een meetbaar doel. Het maximum is "
           "€ 8.000 per leerling per schooljaar.",
           "Bovenschoolse voorzieningen: vaste budgetten per voorziening op basis van het aantal plaatsen.",
           "Organisatie en bureau: ten hoogste 6% van de baten."),
        h2("9.3 Meerjarenbegroting"),
        tbl(["Post (x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
            ["Baten rijksbijdrage", "12.480", "12.390", "12.310", "12.250", "12.200"],
            ["Afdrachten DUO (so en sbo-groei)", "-5.940", "-5.900", "-5.880", "-5.860", "-5.850"],
            ["Schoolbudgetten besturen", "3.544", "3.520", "3.500", "3.480", "3.470"],
            ["Arrangementenbudget", "1.420", "1.440", "1.440", "1.450", "1.450"],
            ["Bovenschoolse voorzieningen", "990", "1.150", "1.170", "1.180", "1.190"],
            ["Thuiszittersaanpak en OZA", "260", "260", "260", "260", "260"],
            ["Bureau en organisatie", "740", "745", "750", "750", "755"],
            ["Resultaat", "-414", "-625", "-690", "-730", "-775"]),
        p("Het negatieve resultaat wordt gedekt uit de algemene reserve (zie 9.4)."),
        h2("9.4 Reserves en risico's"),
        p("Eind 2025 bedraagt de algemene reserve € 4.210.000. Dat is boven de signaleringswaarde van de inspectie. "
          "Wij bouwen de reserve in de planperiode planmatig af tot een weerstandsvermogen van ongeveer 5% van de "
          "baten. De belangrijkste risico's zijn een sterkere groei van het so dan geraamd en een daling van het "
          "leerlingaantal."),
        h2("9.5 Verantwoording"),
        p("Besturen verantwoorden vóór 1 mei over het voorgaande kalenderjaar hoe zij het schoolbudget hebben "
          "ingezet, met een vast format dat de uitgaven per categorie (personeel, expertise, materialen, "
          "professionalisering) weergeeft. De controller analyseert de verantwoordingen en bespreekt opvallende "
          "afwijkingen met het bestuur."),
        h1("10 Organisatie, personeel en ICT"),
        p("Het bureau van het samenwerkingsverband werkt vanuit één locatie, maar de consulenten zijn vooral op de "
          "scholen te vinden. Iedere consulent is aanspreekpunt voor twaalf tot achttien scholen en neemt deel aan "
          "de ondersteuningsteams. De orthopedagogen voeren de deskundigenadviezen uit en ondersteunen de Commissie "
          "Toelaatbaarheid. Het samenwerkingsverband investeert in de deskundigheid van zijn eigen medewerkers en "
          "in de netwerken van intern begeleiders, gedragsspecialisten en directeuren."),
        p("De besturen blijven werkgever van het personeel op de scholen. Wel organiseert het samenwerkingsverband "
          "jaarlijks een scholingsaanbod voor leerkrachten en intern begeleiders, onder meer over "
          "handelingsgericht werken, gedrag in de groep en het werken met het ontwikkelingsperspectiefplan. "
          "Personeel van het speciaal (basis)onderwijs deelt zijn expertise via ambulante begeleiding en "
          "netwerkbijeenkomsten."),
        p("Voor de aanvragen van arrangementen en TLV's gebruiken wij een beveiligd digitaal aanvraagsysteem. "
          "Persoonsgegevens worden verwerkt volgens de AVG en het privacyreglement van het samenwerkingsverband. "
          "Dossiers van aanvragen worden ten hoogste drie jaar na het besluit bewaard. Het samenwerkingsverband "
          "heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden."),
        h1("11 Planning 2026–2030"),
        tbl(["Schooljaar", "Belangrijkste activiteiten"],
            ["2026–2027", "Kwaliteitskader en monitor ontwikkelen; besluit over vorm ouder- en jeugdsteunpunt; "
                          "voorbereiding tweede observatiegroep"],
            ["2027–2028", "Opening tweede observatiegroep; eerste audit basisondersteuning op alle scholen afgerond"],
            ["2028–2029", "Tussentijdse evaluatie van het plan met OPR en besturen"],
            ["2029–2030", "Voorbereiding ondersteuningsplan 2030–2034"]),
        h1("Bijlage 1 Begrippenlijst"),
        tbl(["Begrip", "Betekenis"],
            ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het so."],
            ["CvT", "Commissie Toelaatbaarheid van het samenwerkingsverband."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waarin voor ieder kind een passende plek is."],
            ["Kwaliteitszorg", "Het stelselmatig meten, volgen en verbeteren van resultaten en processen."],
            ["Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders kosteloos helpen bij problemen rond onderwijsplaatsing."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren met vragen of meningsverschillen over ondersteuning."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Terugplaatsing", "De overstap van een leerling van het s(b)o naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden geen onderwijs volgt."]),
    ]
    return B


# ============================================================================================
# Plan 2 - PO, middle-sized verband, 'op hoofdlijnen' house style (docx)
# ============================================================================================
def plan_veenstreek():
    B = []
    B.append(title(
        "Ondersteuningsplan 2026–2030",
        "Samenwerkingsverband Primair Onderwijs Veenstreek-Noord",
        "PO 22-84",
        "Versie na instemming OPR – maart 2026",
    ))
    B.append(toc(
        (0, "Voorwoord", 2),
        (0, "1 Waar we vandaan komen", 3),
        (0, "2 Waar we voor staan", 5),
        (0, "3 Wat elke school biedt", 7),
        (1, "3.1 Basisondersteuning", 7),
        (1, "3.2 Ons ondersteuningsaanbod", 8),
        (0, "4 Toelaatbaarheid", 9),
        (1, "4.1 De aanvraag", 9),
        (1, "4.2 Toelaatbaarheidscriteria", 10),
        (1, "4.3 Geldigheid, deskundigen en bezwaar", 10),
        (1, "4.4 Terugplaatsing", 11),
        (0, "5 Ouders en communicatie", 12),
        (0, "6 Middelen", 14),
        (0, "7 Kwaliteit: hoe we volgen wat we doen", 16),
        (0, "8 Organisatie en samenwerking", 18),
        (0, "9 Werken in het samenwerkingsverband", 20),
        (0, "10 De komende vier jaar", 21),
        (0, "Begrippenlijst", 22),
    ))
    B += [
        h1("Voorwoord"),
        p("Beste lezer,"),
        p("Dit is het ondersteuningsplan van Samenwerkingsverband Primair Onderwijs Veenstreek-Noord voor de jaren "
          "2026 tot en met 2030. Het is een plan op hoofdlijnen. Wij beschrijven wat we samen willen bereiken en "
          "welke afspraken we als besturen met elkaar maken. Hoe scholen die afspraken vertalen naar hun eigen "
          "praktijk, bepalen zij zelf, passend bij hun leerlingen, hun team en hun omgeving."),
        p("Wij hebben bewust gekozen voor een compact plan. Het vorige plan telde ruim negentig pagina's en werd, "
          "eerlijk gezegd, weinig gelezen. Dit plan is korter en leesbaarder, en wordt elk jaar aangevuld met een "
          "jaarplan en een begroting. Zo blijft het plan actueel zonder dat we iedere vier jaar opnieuw hoeven te "
          "beginnen."),
        p("Wij danken de leden van de ondersteuningsplanraad, de directeuren en intern begeleiders, en de ouders "
          "die in het najaar van 2025 hun ervaringen met ons hebben gedeeld. Hun inbreng heeft dit plan beter "
          "gemaakt."),
        p("Namens het bestuur, Jan-Willem Hoekstra, voorzitter"),
        h1("1 Waar we vandaan komen"),
        p("Veenstreek-Noord bestaat sinds 2014. Zeven schoolbesturen met samen 41 basisscholen en één school voor "
          "speciaal basisonderwijs, De Veenbrug in Ommerveen, werken samen in de gemeenten Ommerveen, Drostwold en "
          "Lindehaar. De scholen voor speciaal onderwijs waar onze leerlingen naartoe gaan, liggen grotendeels "
          "buiten de regio, in Assenkamp en Zuiderhaven. Op 1 oktober 2025 gingen er 8.930 leerlingen naar een "
          "basisschool in ons samenwerkingsverband."),
        p("In de vorige planperiode hebben wij veel geleerd. We zijn begonnen met een model waarin het "
          "samenwerkingsverband veel zelf organiseerde: een eigen ambulante dienst, een plusklas en een "
          "aanvraagcommissie voor arrangementen. Gaandeweg bleek dat scholen en besturen beter in staat zijn om "
          "ondersteuning dicht bij het kind te organiseren. Sinds 2022 gaan de middelen voor lichte ondersteuning "
          "daarom rechtstreeks naar de besturen. Het bureau van het samenwerkingsverband is kleiner geworden en "
          "richt zich op toelaatbaarheid, advies en het verbinden van partijen."),
        p("Uit de evaluatie van het vorige plan, die we in het voorjaar van 2025 met besturen, directeuren en de "
          "ondersteuningsplanraad hebben gehouden, kwamen drie lessen naar voren. Scholen willen meer ruimte om "
          "zelf te kiezen. Ouders willen duidelijker weten waar zij terechtkunnen. En iedereen wil minder "
          "papierwerk. Die lessen hebben wij in dit plan meegenomen."),
        p("Ook de omgeving verandert. Het aantal leerlingen in de regio daalt licht, vooral in de kleinere kernen "
          "van Drostwold. Het lerarentekort raakt ook onze scholen, en de vraag naar ondersteuning bij gedrag en "
          "sociaal-emotionele ontwikkeling neemt toe. Tegelijk komen er landelijke ontwikkelingen op ons af, zoals "
          "de Wet versterking positie ouders en leerlingen en de landelijke norm voor basisondersteuning. Dit plan "
          "is zo geschreven dat het die ontwikkelingen kan opvangen."),
        p("Tot slot hebben de coronajaren sporen nagelaten. Scholen zien meer kinderen met achterstanden in taal "
          "en rekenen en meer kinderen die moeite hebben met samenwerken en met de regels in de groep. De middelen "
          "uit het Nationaal Programma Onderwijs hebben scholen tijdelijk lucht gegeven, maar die middelen zijn "
          "inmiddels weggevallen. Wij houden in deze planperiode goed in de gaten wat dat betekent voor de vraag "
          "naar ondersteuning in onze regio."),
        h1("2 Waar we voor staan"),
        p("Onze missie: elk kind in Veenstreek-Noord gaat met plezier naar een school die bij hem of haar past en "
          "krijgt daar de ondersteuning die nodig is. Onze visie is dat ondersteuning zo gewoon mogelijk moet zijn: "
          "in de eigen groep, op de eigen school, met de eigen leerkracht. Alleen als dat echt niet lukt, zoeken we "
          "samen naar een andere plek."),
        p("Wij werken vanuit vijf kernwaarden:"),
        ul("Vertrouwen: besturen en scholen weten zelf het beste wat hun leerlingen nodig hebben.",
           "Samen: geen school staat er alleen voor; we delen kennis en kunde.",
           "Nabij: ondersteuning zo dicht mogelijk bij het kind en zijn gezin.",
           "Eenvoud: zo min mogelijk regels en formulieren.",
           "Openheid: we leggen uit wat we doen en waarom."),
        p("Dit plan beschrijft het wat; de besturen en scholen bepalen het hoe. Het samenwerkingsverband stelt de "
          "kaders vast, verdeelt de middelen, beslist over toelaatbaarheid en houdt zicht op de ontwikkeling van "
          "leerlingen in de regio. De besturen dragen de verantwoordelijkheid voor de ondersteuning op hun scholen "
          "en voor de zorgplicht."),
        p("Voor de komende vier jaar kiezen wij vier speerpunten: versterking van de basisondersteuning, goede "
          "informatie voor ouders, eenvoudige en snelle procedures, en een zorgvuldige inzet van middelen. In het "
          "jaarplan werken wij per jaar uit welke activiteiten daarbij horen."),
        h2("2.1 De speerpunten toegelicht"),
        p("Versterking van de basisondersteuning. Binnen dit speerpunt organiseren wij netwerkbijeenkomsten voor "
          "intern begeleiders, een leergang voor leerkrachten over gedrag in de groep en collegiale visitaties "
          "tussen scholen van verschillende besturen. Scholen die dat willen, kunnen een beroep doen op de "
          "orthopedagogen van het samenwerkingsverband voor advies bij een individuele leerling of een groep."),
        p("Goede informatie voor ouders. Ouders gaven in onze peiling aan dat zij het samenwerkingsverband "
          "nauwelijks kennen. Dat is niet erg, zolang zij op school goed worden geholpen, maar zij moeten weten waar "
          "zij terechtkunnen als dat niet zo is. Hoofdstuk 5 beschrijft hoe wij dat aanpakken."),
        p("Eenvoudige en snelle procedures. Wij hebben het aantal formulieren in de afgelopen jaren al "
          "teruggebracht van elf naar vier. In deze planperiode gaan wij verder: het digitale loket wordt "
          "gekoppeld aan de leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden "
          "ingevoerd."),
        p("Zorgvuldige inzet van middelen. De middelen voor passend onderwijs zijn publiek geld. Wij willen dat "
          "iedereen kan zien waar het geld naartoe gaat. Hoofdstuk 6 beschrijft hoe de middelen worden verdeeld."),
        h2("2.2 Samenwerking tussen de besturen"),
        p("De zeven besturen verschillen in grootte, identiteit en werkwijze. Twee besturen hebben meer dan tien "
          "scholen, drie besturen zijn eenpitters. Die verscheidenheid zien wij als een rijkdom. In het "
          "bestuurdersoverleg, dat zes keer per jaar bijeenkomt, bespreken de bestuurders de ontwikkelingen in de "
          "regio en stemmen zij hun beleid af. Bij onenigheid tussen besturen over de uitvoering van dit plan geldt "
          "de geschillenregeling uit de statuten van de vereniging."),
        p("De besturen hebben afgesproken dat zij elkaar helpen bij het vinden van een plek voor een leerling die "
          "op de eigen school niet kan blijven. Zij doen dat in de eerste plaats in het directeurenoverleg per "
          "kern, waar directeuren van scholen in dezelfde kern elkaar kennen en elkaar snel kunnen vinden."),
        h1("3 Wat elke school biedt"),
        h2("3.1 Basisondersteuning"),
        p("In Veenstreek-Noord is basisondersteuning het door alle zeven besturen afgesproken niveau van "
          "ondersteuning dat iedere school, op elke vestiging, ten minste biedt aan alle leerlingen. Het niveau "
          "sluit aan bij het Referentiekader passend onderwijs en bestaat uit vier onderdelen: basiskwaliteit, "
          "preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en planmatig werken. "
          "Elke school in ons samenwerkingsverband moet aan dit niveau voldoen."),
        p("Wat dit op de eigen school concreet inhoudt, beschrijft iedere school in haar schoolondersteuningsprofiel "
          "(SOP) en, vanaf schooljaar 2026–2027, in de schoolgids. De SOP's zijn te vinden op de websites van de "
          "scholen. Zodra de landelijke norm basisondersteuning is vastgesteld, nemen wij die over en passen wij de "
          "afspraken zo nodig aan."),
        h2("3.2 Ons ondersteuningsaanbod"),
        p("Naast de basisondersteuning organiseren de besturen extra ondersteuning voor leerlingen die meer nodig "
          "hebben. Een actueel overzicht van alle arrangementen en voorzieningen in de regio, de "
          "Ondersteuningskaart Veenstreek-Noord, staat op www.swv-veenstreeknoord.nl. Het bestuur van het "
          "samenwerkingsverband werkt in 2026–2027 aan een gezamenlijke visie op een dekkend aanbod in de regio."),
        h1("4 Toelaatbaarheid"),
        p("Sommige kinderen hebben meer nodig dan een reguliere basisschool kan bieden, ook met extra ondersteuning. "
          "Voor hen kan een plek op De Veenbrug (sbo) of op een school voor speciaal onderwijs de beste keuze zijn. "
          "Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig."),
        h2("4.1 De aanvraag"),
        p("De TLV wordt aangevraagd door het schoolbestuur van de school waar het kind staat ingeschreven, of, bij "
          "een nieuwe leerling, van de school waar het kind is aangemeld. De school stuurt de aanvraag via het "
          "digitale loket naar het samenwerkingsverband. Bij de aanvraag horen het groeidocument, het "
          "ontwikkelingsperspectiefplan, de verslagen van de besprekingen in het ondersteuningsteam en de "
          "zienswijze van de ouders. Ouders tekenen de aanvraag mee voor gezien."),
        p("Binnen vijf werkdagen bevestigt het loket de ontvangst. Een orthopedagoog of psycholoog van het "
          "samenwerkingsverband en een tweede deskundige, afhankelijk van de vraag bijvoorbeeld een arts of "
          "maatschappelijk werker, geven ieder afzonderlijk een schriftelijk advies. De Commissie Toelaatbaarheid "
          "neemt vervolgens binnen zes weken na ontvangst van de complete aanvraag een besluit. Ouders en school "
          "ontvangen het besluit met de adviezen van de deskundigen."),
        h2("4.2 Toelaatbaarheidscriteria"),
        p("De criteria waaraan de Commissie Toelaatbaarheid een aanvraag toetst, worden vastgelegd in het "
          "Toetsingskader toelaatbaarheid Veenstreek-Noord. Dat kader is in voorbereiding en wordt na instemming "
          "van de ondersteuningsplanraad aan dit plan toegevoegd."),
        h2("4.3 Geldigheid, deskundigen en bezwaar"),
        p("Een TLV geldt in de regel voor twee schooljaren en loopt af op 31 juli. Voor het speciaal onderwijs "
          "vermeldt de TLV ook de bekostigingscategorie (laag, midden of hoog). Ouders die het niet eens zijn met "
          "een besluit, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de "
          "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het "
          "bezwaar."),
        h2("4.4 Terugplaatsing"),
        p("Het samenwerkingsverband herziet in deze planperiode zijn beleid voor terugplaatsing. Een werkgroep "
          "met vertegenwoordigers van De Veenbrug, het so en de basisscholen komt in het schooljaar 2026–2027 met "
          "een voorstel. Tot die tijd gelden de afspraken die de scholen onderling hebben gemaakt."),
        h1("5 Ouders en communicatie"),
        p("Goede communicatie met ouders is een van onze speerpunten. Ouders moeten kunnen vinden welke "
          "ondersteuning er is, hoe ze die kunnen krijgen en bij wie ze terechtkunnen als het niet goed gaat."),
        h2("5.1 Informatie"),
        p("Op onze website staat een aparte ouderpagina met uitleg over basisondersteuning, extra ondersteuning, "
          "het aanvragen van een TLV en de scholen voor speciaal (basis)onderwijs. Op die pagina vinden ouders "
          "ook filmpjes waarin ouders en leerkrachten vertellen over hun ervaringen. De brochure Passend onderwijs "
          "in Veenstreek-Noord ligt op iedere school en bij het consultatiebureau, en wordt ook digitaal verspreid "
          "via de nieuwsbrieven van de scholen. Iedere school neemt in haar schoolgids een paragraaf op over de "
          "ondersteuning die zij biedt en verwijst naar het samenwerkingsverband. Twee keer per jaar organiseren "
          "wij een ouderavond over een actueel thema, zoals de overstap naar het voortgezet onderwijs of "
          "hoogbegaafdheid."),
        h2("5.2 Onafhankelijke hulp voor ouders"),
        p("Soms komen ouders en school er samen niet uit. Dan kunnen ouders terecht bij het Ouder- en "
          "Jeugdsteunpunt Veenstreek, dat wij samen met het samenwerkingsverband VO in de regio hebben ingericht. "
          "Het steunpunt is onafhankelijk: de medewerkers werken niet voor een school of bestuur en kiezen de kant "
          "van het kind. Ouders kunnen het steunpunt bellen (ma t/m do 9.00–15.00 uur), mailen of een afspraak "
          "maken op een van de drie spreekuurlocaties. Daarnaast kunnen ouders een beroep doen op de "
          "Onderwijsconsulenten. Voor geschillen over toelating, verwijdering of het OPP kunnen ouders zich wenden "
          "tot de Geschillencommissie passend onderwijs; voor klachten over het samenwerkingsverband geldt onze "
          "klachtenregeling, die op de website staat."),
        h2("5.3 Betrokkenheid"),
        p("Ouders zijn partner bij de ondersteuning van hun kind. Zij denken mee over het "
          "ontwikkelingsperspectiefplan en zijn aanwezig bij besprekingen in het ondersteuningsteam. In de "
          "ondersteuningsplanraad zijn vier van de acht leden ouder."),
        h1("6 Middelen"),
        p("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. De "
          "bekostiging van leerlingen in het speciaal onderwijs en de groeibekostiging van het sbo worden door DUO "
          "rechtstreeks ingehouden."),
        p("Verdeling. Wij werken met een schoolmodel. Van de middelen die na de afdrachten overblijven, gaat 92% "
          "naar de besturen, verdeeld naar rato van het aantal leerlingen op de teldatum 1 oktober van het "
          "voorgaande jaar. Voor 2026 komt dat neer op een bedrag van € 212 per leerling. De besturen ontvangen "
          "hun budget in twaalf maandelijkse termijnen. Het samenwerkingsverband houdt 8% in voor het bureau, de "
          "Commissie Toelaatbaarheid en het ouder- en jeugdsteunpunt. Het bestuur stelt de verdeling jaarlijks "
          "vast bij de begroting; wijzigingen van het model leggen wij ter instemming voor aan de "
          "ondersteuningsplanraad."),
        p("Begroting. De meerjarenbegroting stellen wij jaarlijks in december vast, samen met het jaarplan. De "
          "actuele versie staat op onze website."),
        p("Reserves. Het samenwerkingsverband houdt een algemene reserve aan van ten hoogste 3,5% van de jaarlijkse "
          "baten. Een hogere reserve vloeit in het volgende begrotingsjaar terug naar de besturen via een "
          "eenmalige verhoging van het bedrag per leerling."),
        p("Verantwoording. Besturen verantwoorden jaarlijks vóór 1 juni in een korte rapportage aan het "
          "samenwerkingsverband hoe zij de ondersteuningsmiddelen hebben ingezet. Het samenwerkingsverband bundelt "
          "deze rapportages en bespreekt ze met de besturen en de ondersteuningsplanraad."),
        h1("7 Kwaliteit: hoe we volgen wat we doen"),
        p("De beoogde resultaten per speerpunt werken wij uit in de jaarplannen. De eerste versie verschijnt bij de "
          "start van het schooljaar 2026–2027."),
        p("Hoe wij volgen wat we doen, staat wel al vast. Het samenwerkingsverband werkt met een digitaal "
          "dashboard dat vier keer per jaar wordt bijgewerkt. Wij volgen daarin ten minste: het aantal aangevraagde "
          "en afgegeven TLV's per bestuur, het deelnamepercentage sbo en so op 1 oktober (vergeleken met het "
          "landelijk gemiddelde), de doorlooptijd van aanvragen en het aantal leerlingen met een OPP per school. "
          "Elke twee jaar houden wij een tevredenheidspeiling onder scholen en ouders."),
        p("De directeur bespreekt het dashboard elk kwartaal met het bestuur en twee keer per jaar met de "
          "ondersteuningsplanraad. Over het afgelopen jaar rapporteren wij in het jaarverslag, dat vóór 1 juli "
          "verschijnt. Eens per twee jaar voeren wij met iedere directeur en intern begeleider een "
          "kwaliteitsgesprek over de ontwikkelingen op de school. De uitkomsten gebruiken wij om het jaarplan bij "
          "te stellen."),
        h1("8 Organisatie en samenwerking"),
        p("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zeven "
          "aangesloten besturen. Het bestuur bestaat uit een onafhankelijk voorzitter en drie bestuurders van "
          "aangesloten schoolbesturen. De dagelijkse leiding ligt bij de directeur, die werkt op basis van een "
          "managementstatuut. Het toezicht is belegd bij de algemene ledenvergadering."),
        p("De ondersteuningsplanraad (OPR) telt acht leden: vier ouders en vier personeelsleden, afgevaardigd uit "
          "de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en "
          "heeft op 5 maart 2026 met dit plan ingestemd."),
        p("Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van "
          "Ommerveen, Drostwold en Lindehaar over het concept van dit plan vond plaats op 12 februari 2026. De "
          "gemeenten hebben ingestemd met het plan. Het aantal thuiszitters en de samenwerking met de jeugdhulp "
          "zijn in het OOGO benoemd als onderwerpen voor een gezamenlijke agenda; die agenda stellen wij in 2026 op. "
          "Met het samenwerkingsverband VO is op 20 januari 2026 overleg gevoerd over het concept."),
        h2("8.1 Landelijke ontwikkelingen"),
        p("Passend onderwijs is in beweging. De Wet versterking positie ouders en leerlingen, de landelijke norm "
          "voor basisondersteuning en de verbeteraanpak passend onderwijs hebben gevolgen voor ons werk. Wij volgen "
          "deze ontwikkelingen via de PO-Raad en het Steunpunt Passend Onderwijs en bespreken ze twee keer per jaar "
          "in het bestuur. Als een ontwikkeling gevolgen heeft voor dit plan, stellen wij een wijziging op en "
          "leggen wij die ter instemming voor aan de ondersteuningsplanraad."),
        h1("9 Werken in het samenwerkingsverband"),
        p("Het bureau van het samenwerkingsverband is klein: een directeur (1,0 fte), twee orthopedagogen (1,6 "
          "fte), een secretaris van de Commissie Toelaatbaarheid (0,6 fte) en een administratief medewerker (0,8 "
          "fte). De financiële administratie is uitbesteed aan een administratiekantoor. Het bureau is gehuisvest "
          "in het onderwijskantoor in Ommerveen."),
        p("Wij vinden het belangrijk dat medewerkers van het bureau en van de scholen hun kennis blijven "
          "ontwikkelen. Daarom organiseren wij drie keer per jaar een netwerkbijeenkomst voor intern begeleiders "
          "en één keer per jaar een studiedag voor alle medewerkers die betrokken zijn bij passend onderwijs. De "
          "besturen blijven verantwoordelijk voor de professionalisering van hun eigen personeel. Het "
          "lerarentekort vraagt van ons allen creativiteit: we onderzoeken met de besturen hoe onderwijsassistenten "
          "en specialisten slim kunnen worden ingezet."),
        p("Het samenwerkingsverband communiceert met scholen via een digitale nieuwsbrief die zes keer per jaar "
          "verschijnt, via de netwerken van intern begeleiders en directeuren, en via het besloten deel van de "
          "website, waar scholen formulieren, handreikingen en verslagen vinden. Iedere school heeft een vaste "
          "contactpersoon op het bureau. Nieuwe directeuren en intern begeleiders krijgen bij hun start een "
          "kennismakingsgesprek met de directeur van het samenwerkingsverband."),
        p("Het bureau is gehuisvest in het onderwijskantoor in Ommerveen, samen met twee schoolbesturen en het "
          "samenwerkingsverband VO. Dat maakt korte lijnen mogelijk. Wij delen met het samenwerkingsverband VO "
          "de receptie, de vergaderruimten en de functionaris gegevensbescherming. Het bureau is op werkdagen "
          "telefonisch bereikbaar van 8.30 tot 16.30 uur."),
        p("Persoonsgegevens verwerken wij volgens de AVG. Wij gebruiken een beveiligde digitale omgeving voor "
          "aanvragen. Alleen medewerkers die de gegevens nodig hebben voor hun werk, hebben toegang. Het "
          "privacyreglement staat op de website."),
        h2("9.1 Inspectie en verantwoording"),
        p("De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Bij het laatste bezoek, in "
          "het najaar van 2023, heeft de inspectie met het bestuur, de directeur, de ondersteuningsplanraad en een "
          "aantal schooldirecteuren gesproken. De inspectie gaf ons toen mee dat wij de afspraken in het "
          "ondersteuningsplan concreter moesten maken. Wij hebben geprobeerd dat in dit plan te doen, en werken de "
          "onderdelen die nog niet klaar zijn in de planperiode uit."),
        p("Het jaarverslag en de jaarrekening worden vóór 1 juli vastgesteld en gepubliceerd. De accountant "
          "controleert de jaarrekening en rapporteert over de rechtmatigheid van de bestedingen. Het bestuur "
          "bespreekt de bevindingen van de accountant in een aparte vergadering."),
        h1("10 De komende vier jaar"),
        p("Dit plan beschrijft de koers voor vier jaar. Hoe we die koers uitwerken, staat in de jaarplannen. Voor "
          "de planperiode hebben we de volgende mijlpalen gepland:"),
        tbl(["Wanneer", "Wat"],
            ["2026", "Gezamenlijke agenda met de gemeenten; toetsingskader toelaatbaarheid ter instemming aan de OPR"],
            ["2026–2027", "Eerste jaarplan met beoogde resultaten per speerpunt; voorstel werkgroep terugplaatsing"],
            ["2027", "Visie op een dekkend aanbod; invoering landelijke norm basisondersteuning (onder voorbehoud)"],
            ["2028", "Tussentijdse evaluatie met besturen en OPR"],
            ["2029–2030", "Nieuw ondersteuningsplan"]),
        p("Wij verwachten dat de landelijke ontwikkelingen, in het bijzonder de landelijke norm voor "
          "basisondersteuning, gevolgen hebben voor dit plan. Een wijziging van het plan leggen wij altijd ter "
          "instemming voor aan de ondersteuningsplanraad."),
        h1("Begrippenlijst"),
        ul("Arrangement: een pakket van extra ondersteuning voor een leerling of groep leerlingen.",
           "Basisondersteuning: het afgesproken niveau van ondersteuning op alle scholen.",
           "Dekkend aanbod: een samenhangend geheel van voorzieningen waardoor voor ieder kind een passende plek is.",
           "OJSP: ouder- en jeugdsteunpunt.",
           "OPP: ontwikkelingsperspectiefplan.",
           "SOP: schoolondersteuningsprofiel.",
           "Terugplaatsing: de overstap van een leerling van het sbo of so terug naar het basisonderwijs, aan het "
           "einde van de looptijd van de TLV of eerder.",
           "Thuiszitter: een leerplichtig kind dat geen onderwijs volgt.",
           "TLV: toelaatbaarheidsverklaring.",
           "Toelaatbaarheidscriteria: de criteria die bepalen of een leerling toelaatbaar is tot het sbo of so."),
    ]
    return B


# ============================================================================================
# Plan 3 - PO, small verband, friendly house style with many tables (pdf)
# ============================================================================================
def plan_kempenrand():
    B = []
    B.append(title(
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Passend Onderwijs De Kempenrand",
        "PO 30-77",
        "Samen sterk voor elk kind – vastgesteld door het bestuur op 16 april 2026",
    ))
    B.append(toc(
        (0, "Voorwoord", 3),
        (0, "1 Over dit plan", 4),
        (0, "2 Onze regio in cijfers", 5),
        (0, "3 Onze visie", 6),
        (0, "4 Basisondersteuning: wat elke school biedt", 7),
        (0, "5 Het ondersteuningscontinuüm", 9),
        (0, "6 Toelaatbaarheid en terugplaatsing", 11),
        (0, "7 Ouders", 14),
        (0, "8 Resultaten en kwaliteitszorg", 15),
        (0, "9 Financiën", 17),
        (0, "10 Organisatie", 18),
        (0, "11 Tot slot", 20),
        (0, "Begrippen en afkortingen", 21),
    ))
    B += [
        h1("Voorwoord"),
        p("De Kempenrand is een klein samenwerkingsverband. Drie schoolbesturen, 24 basisscholen en één school "
          "voor speciaal basisonderwijs werken samen in een landelijk gebied met veel kleine dorpsscholen. Die "
          "kleinschaligheid is onze kracht: we kennen elkaar, de lijnen zijn kort en problemen worden snel "
          "opgepakt. Het is ook een uitdaging. Kleine scholen hebben weinig specialisten in huis, en voor speciaal "
          "onderwijs zijn onze leerlingen aangewezen op scholen buiten de regio."),
        p("In dit plan laten wij zien hoe wij in de komende vier jaar werken aan passend onderwijs voor alle "
          "kinderen, met aandacht voor leerlingen, leerkrachten en scholen. We hebben geprobeerd het plan zo "
          "concreet mogelijk te maken, met tabellen en overzichten die in één oogopslag laten zien wat er is en "
          "wat er gaat gebeuren."),
        p("Namens het bestuur, drs. Ellen Verhoeven, voorzitter"),
        h1("1 Over dit plan"),
        p("Dit ondersteuningsplan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het is opgesteld door "
          "de coördinator van het samenwerkingsverband, samen met een werkgroep van directeuren en intern "
          "begeleiders van de drie besturen en de directeur van sbo De Kempel. De ondersteuningsplanraad is vanaf "
          "het begin betrokken en heeft op 2 april 2026 ingestemd. Het op overeenstemming gericht overleg met de "
          "gemeenten Bergeijkerveld en Lommelsdonk vond plaats op 24 maart 2026, het overleg met het "
          "samenwerkingsverband VO op 12 maart 2026."),
        p("Het plan volgt de wettelijke opdracht uit artikel 18a van de Wet op het primair onderwijs. Per "
          "onderwerp geven we aan wat we nu doen en wat we in de planperiode gaan ontwikkelen. Het plan wordt "
          "jaarlijks uitgewerkt in een jaarplan."),
        h2("1.1 Terugblik op 2022-2026"),
        p("In de vorige planperiode hebben wij de basis gelegd voor de manier van werken die in dit plan wordt "
          "voortgezet. De audit basisondersteuning is in 2023 ingevoerd en inmiddels op alle scholen ten minste "
          "één keer uitgevoerd. De Kempenklas en het Taalhuis zijn in 2022 gestart en worden goed bezocht. De "
          "samenwerking met sbo De Kempel is versterkt door de inzet van de gedragsspecialisten op de reguliere "
          "scholen. Minder goed ging het met de doorlooptijd van aanvragen bij de Commissie Toelaatbaarheid, die "
          "door personeelswisselingen opliep tot gemiddeld negen weken. In 2025 is de commissie opnieuw ingericht."),
        p("De evaluatie met de ondersteuningsplanraad en de directeuren leverde drie aandachtspunten op: meer "
          "ondersteuning voor kleine scholen, betere afstemming met de jeugdhulp en minder papierwerk. Deze punten "
          "zijn in dit plan verwerkt."),
        p("Het plan is bewust compact gehouden. Wij willen dat het plan gelezen en gebruikt wordt: door "
          "directeuren en intern begeleiders die willen weten wat er van hen verwacht wordt, door bestuurders die "
          "keuzes moeten maken en door de ondersteuningsplanraad die toeziet op de uitvoering. Daarom staan de "
          "belangrijkste afspraken in tabellen en hebben wij achtergrondinformatie zoveel mogelijk weggelaten. Wie "
          "meer wil weten over de achtergrond van passend onderwijs, verwijzen wij naar de website van het "
          "Steunpunt Passend Onderwijs."),
        h1("2 Onze regio in cijfers"),
        tbl(["Kengetal", "1 oktober 2025"],
            ["Aantal besturen", "3"],
            ["Aantal basisscholen", "24 (waarvan 9 met minder dan 100 leerlingen)"],
            ["Aantal sbo-scholen", "1 (De Kempel, Bergeijkerveld)"],
            ["Aantal leerlingen basisonderwijs", "5.310"],
            ["Aantal leerlingen sbo", "118"],
            ["Aantal leerlingen so (buiten de regio)", "71"],
            ["Deelnamepercentage sbo", "2,17%"],
            ["Deelnamepercentage so", "1,31%"]),
        p("Het leerlingaantal in de regio is de afgelopen vijf jaar met ongeveer 4% gedaald. De prognose van de "
          "gemeenten laat een verdere lichte daling zien tot 2030. Vier dorpsscholen hebben minder dan 60 "
          "leerlingen; de besturen onderzoeken samen met de gemeenten de toekomst van deze scholen."),
        h1("3 Onze visie"),
        p("Ieder kind heeft recht op onderwijs dat past. Wij geloven dat kinderen het meest leren in een "
          "vertrouwde omgeving, dichtbij huis, samen met leeftijdgenoten uit hun eigen dorp. Daarom investeren wij "
          "vooral in de kracht van de reguliere scholen. Waar een kind meer nodig heeft, zorgen we dat die "
          "ondersteuning zo dicht mogelijk bij het kind wordt georganiseerd."),
        p("Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar een diagnose of een "
          "label. Leerkrachten staan er niet alleen voor; zij worden ondersteund door de intern begeleider, het "
          "ondersteuningsteam en de specialisten van het samenwerkingsverband. Ouders, school en "
          "samenwerkingsverband werken daarbij samen."),
        h2("3.1 Kleine scholen"),
        p("Negen van onze 24 scholen hebben minder dan honderd leerlingen. Op deze scholen staan leerkrachten vaak "
          "voor combinatiegroepen en is er weinig ruimte voor specialisatie binnen het team. Wij vinden het "
          "belangrijk dat ook deze scholen de basisondersteuning kunnen bieden. Daarom werken kleine scholen van "
          "hetzelfde bestuur samen in clusters, met een gedeelde intern begeleider en gezamenlijke studiedagen. "
          "De gedragsspecialisten van De Kempel geven voorrang aan vragen van kleine scholen."),
        h2("3.2 Professionalisering"),
        p("Goede ondersteuning staat of valt met goede leerkrachten. De drie besturen hebben een gezamenlijk "
          "scholingsprogramma, De Kempenrand Academie, met jaarlijks ongeveer vijftien cursussen en workshops. "
          "Onderwerpen zijn onder meer handelingsgericht werken, omgaan met gedrag, executieve functies, "
          "hoogbegaafdheid en het opstellen van een goed ontwikkelingsperspectiefplan. De intern begeleiders "
          "vormen samen een netwerk dat vijf keer per jaar bijeenkomt, met intervisie en casusbesprekingen. "
          "Nieuwe leerkrachten volgen in hun eerste jaar een korte introductie op passend onderwijs in De "
          "Kempenrand."),
        p("Een vierde aandachtspunt is de positie van de intern begeleider. Op kleine scholen combineert de intern "
          "begeleider die taak vaak met lesgeven. Wij vragen de besturen om de intern begeleiders voldoende tijd te "
          "geven en organiseren voor hen een jaarlijkse IB-dag met inhoudelijke workshops."),
        h2("3.3 Hoogbegaafdheid"),
        p("In de vorige planperiode hebben wij met de landelijke subsidie voor hoogbegaafdheid geïnvesteerd in "
          "kennis over meer- en hoogbegaafde leerlingen. Op iedere school is nu een leerkracht die de scholing "
          "specialist begaafdheid heeft gevolgd. Deze specialisten vormen samen een werkgroep die materialen "
          "ontwikkelt en deelt, zoals een signaleringslijst voor groep 1-2 en een verrijkingskast per school. De "
          "werkgroep adviseert scholen ook over versnellen en over de begeleiding van onderpresteerders. Wij zetten "
          "deze werkgroep in de komende planperiode voort, zodat de kennis niet weglekt als leerkrachten van "
          "school wisselen."),
        h1("4 Basisondersteuning: wat elke school biedt"),
        p("Alle 24 basisscholen in De Kempenrand bieden ten minste dezelfde basisondersteuning. De drie besturen "
          "hebben dit niveau in 2024 samen vastgesteld als de ondergrens voor elke school en elke vestiging. De "
          "basisondersteuning bestaat uit tien standaarden:"),
        tbl(["Standaard", "Concreet op elke school"],
            ["1 Leerlingvolgsysteem", "Twee keer per jaar toetsen en een analyse per groep; de resultaten worden besproken in een groepsbespreking."],
            ["2 Intern begeleider", "Iedere school heeft een intern begeleider; kleine scholen delen een IB'er binnen hun bestuur (minimaal één dag per week per school)."],
            ["3 Ondersteuningsteam", "Ten minste drie keer per jaar met IB'er, directeur, schoolcontactpersoon van het SWV en jeugdverpleegkundige."],
            ["4 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vanaf groep 2 signalering, vanaf groep 3 extra leesinstructie."],
            ["5 Rekenen", "Signalering van rekenproblemen en extra instructie volgens het Protocol ERWD."],
            ["6 Gedrag en welbevinden", "Een methode voor sociaal-emotionele ontwikkeling en een gedragsprotocol; jaarlijkse meting van sociale veiligheid."],
            ["7 Begaafdheid", "Signalering van (hoog)begaafdheid in groep 1-2 en een verrijkingsaanbod in de klas."],
            ["8 Medische zorg", "Een protocol medicijnverstrekking en medisch handelen."],
            ["9 OPP", "Een ontwikkelingsperspectiefplan voor iedere leerling die een eigen leerlijn volgt of extra ondersteuning krijgt."],
            ["10 Overdracht", "Een doorgaande lijn bij overgang van kinderopvang naar school en van school naar vo, met een warme overdracht."]),
        p("Wat is er als de basisondersteuning niet genoeg is? Dan spreken we van extra ondersteuning (zie "
          "hoofdstuk 5). Een school kan extra ondersteuning inzetten als de school met de tien standaarden "
          "aantoonbaar niet voldoende kan bieden."),
        p("Elke twee jaar voert het samenwerkingsverband op iedere school een audit basisondersteuning uit. Twee "
          "collega-IB'ers van een ander bestuur en de coördinator bezoeken de school, voeren gesprekken en "
          "bekijken dossiers. Voldoet een school op een of meer standaarden niet, dan maakt de school een "
          "verbeterplan dat binnen een jaar wordt uitgevoerd; de coördinator controleert de uitvoering."),
        h1("5 Het ondersteuningscontinuüm"),
        p("Onze ondersteuning is opgebouwd in vijf niveaus. Hoe hoger het niveau, hoe intensiever en "
          "specialistischer de ondersteuning:"),
        tbl(["Niveau", "Wat", "Waar", "Wie beslist"],
            ["1", "Basisondersteuning in de groep", "Elke school", "Leerkracht en IB'er"],
            ["2", "Extra ondersteuning op school: arrangement met inzet van specialist of onderwijsassistent", "Eigen school", "Ondersteuningsteam"],
            ["3", "Bovenschoolse voorziening: Kempenklas (plusklas), Taalhuis (nieuwkomers), ambulante begeleiding gedrag", "Drie locaties in de regio", "Ondersteuningsteam met coördinator SWV"],
            ["4", "Speciaal basisonderwijs", "De Kempel, Bergeijkerveld", "Commissie Toelaatbaarheid"],
            ["5", "Speciaal onderwijs cluster 3 of 4", "So-scholen in Eindhaven en Veldrode", "Commissie Toelaatbaarheid"]),
        p("De Kempenklas is er één dag per week voor meer- en hoogbegaafde leerlingen uit groep 5 tot en met 8 (36 "
          "plaatsen). Het Taalhuis biedt nieuwkomers een jaar intensief taalonderwijs (maximaal 20 leerlingen), "
          "waarna zij instromen op een basisschool in hun eigen dorp. De ambulante begeleiding gedrag wordt "
          "uitgevoerd door twee gedragsspecialisten van sbo De Kempel, die leerkrachten coachen en met leerlingen "
          "werken in de eigen groep. Daarnaast kunnen scholen gebruikmaken van de expertise van de so-scholen in "
          "Eindhaven en Veldrode."),
        p("Thuiszitters vragen ook in onze regio aandacht. Of ons aanbod voldoende dekkend is, zullen wij in "
          "2027 onderzoeken."),
        h2("5.1 Doorgaande lijn"),
        p("Ondersteuning begint niet pas op de basisschool. Met de kinderopvang en de peuteropvang in de regio "
          "hebben wij afgesproken dat kinderen met een ondersteuningsbehoefte met een warme overdracht naar de "
          "basisschool gaan. De jeugdverpleegkundige van het consultatiebureau is daarbij betrokken. Bij de "
          "overstap naar het voortgezet onderwijs volgen wij de afspraken die met het samenwerkingsverband VO zijn "
          "gemaakt: een onderwijskundig rapport, een overdrachtsgesprek voor leerlingen met een OPP en een "
          "terugkoppeling van de vo-school na het eerste rapport."),
        h2("5.2 De Kempenklas en het Taalhuis"),
        p("De Kempenklas is gehuisvest in de Kempel en werkt met een eigen programma van projecten, filosofie, "
          "programmeren en leren leren. Leerlingen worden aangemeld door de intern begeleider van de eigen school "
          "na een signalering met een vast instrument. Na een jaar wordt met de eigen school besproken hoe de "
          "leerling verder gaat. Het Taalhuis is gevestigd in een basisschool in Lommelsdonk. Leerlingen leren er "
          "in een jaar de basis van de Nederlandse taal en maken kennis met het Nederlandse schoolsysteem. Na het "
          "Taalhuis krijgt de ontvangende school gedurende een half jaar begeleiding van een NT2-specialist."),
        h1("6 Toelaatbaarheid en terugplaatsing"),
        h2("6.1 Procedure"),
        tbl(["Stap", "Wat gebeurt er", "Wie", "Termijn"],
            ["1", "Bespreking in het ondersteuningsteam; ouders worden uitgenodigd", "School, ouders, coördinator SWV", "-"],
            ["2", "Aanvraag TLV met OPP, groeidocument en zienswijze ouders", "Bevoegd gezag van de school", "-"],
            ["3", "Controle op volledigheid", "Secretariaat Commissie Toelaatbaarheid", "binnen 5 werkdagen"],
            ["4", "Twee schriftelijke deskundigenadviezen", "Orthopedagoog SWV en tweede deskundige", "binnen 4 weken"],
            ["5", "Besluit", "Commissie Toelaatbaarheid", "binnen 8 weken na volledige aanvraag"],
            ["6", "Besluit met adviezen naar ouders en school", "Secretariaat", "binnen 5 werkdagen na besluit"]),
        p("De Commissie Toelaatbaarheid bestaat uit de coördinator van het samenwerkingsverband (voorzitter), een "
          "orthopedagoog en een directeur van een school die niet bij de aanvraag betrokken is. De tweede "
          "deskundige is, afhankelijk van de vraag, een psycholoog, een jeugdarts of een maatschappelijk werker."),
        h2("6.2 Criteria"),
        p("Een leerling is toelaatbaar tot het sbo als (a) de school de ondersteuning op niveau 1 tot en met 3 "
          "ten minste een half jaar planmatig heeft ingezet en geëvalueerd, (b) de leerling een "
          "ontwikkelingsachterstand heeft van meer dan 1,5 jaar op ten minste twee vakgebieden en/of ernstige "
          "problemen in gedrag of werkhouding, en (c) de leerling is aangewezen op een kleine groep en een "
          "specifieke pedagogische en didactische aanpak die de reguliere school niet kan bieden."),
        p("Een leerling is toelaatbaar tot het so als daarnaast de problematiek zo ernstig of complex is dat ook "
          "het sbo niet volstaat, bijvoorbeeld bij een verstandelijke beperking (cluster 3), een ernstige "
          "lichamelijke beperking of langdurige ziekte, of ernstige psychiatrische of gedragsproblematiek "
          "(cluster 4)."),
        h2("6.3 Duur en bezwaar"),
        p("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
          "voor maximaal drie schooljaren; de commissie stelt ook de bekostigingscategorie vast. Ouders kunnen "
          "binnen zes weken bezwaar maken tegen een besluit. Het samenwerkingsverband vraagt dan advies aan de "
          "Landelijke Bezwaaradviescommissie."),
        h2("6.4 Terugplaatsing"),
        p("In het laatste schooljaar van een TLV bespreekt de school voor speciaal onderwijs uiterlijk 1 maart "
          "in de OPP-evaluatie met ouders of een nieuwe TLV nodig is. Vraagt de school geen nieuwe TLV aan, dan "
          "eindigt de TLV op 31 juli. De so-school meldt de leerling in overleg met ouders vóór 1 mei aan bij een "
          "basisschool of sbo-school; de coördinator van het samenwerkingsverband sluit aan bij het "
          "overdrachtsgesprek. Na drie maanden evalueert de ontvangende school de overstap met ouders."),
        p("Ons beleid voor terugplaatsing – welke doelen we nastreven, onder welke voorwaarden een leerling "
          "terugkeert en welke begeleiding de leerling daarna krijgt – stellen we in het schooljaar 2026-2027 "
          "vast, samen met De Kempel en de so-scholen."),
        h2("6.5 Samenwerking met het speciaal onderwijs buiten de regio"),
        p("Omdat er in De Kempenrand geen school voor speciaal onderwijs is, werken wij nauw samen met de so-scholen "
          "in Eindhaven en Veldrode. Met beide scholen zijn afspraken gemaakt over de uitwisseling van informatie, "
          "de deelname van de coördinator aan de jaarlijkse OPP-evaluaties van leerlingen uit onze regio en de "
          "inzet van hun expertise op onze scholen. Twee keer per jaar is er een overleg tussen de coördinator en "
          "de directeuren van beide so-scholen. Met de samenwerkingsverbanden waarin deze scholen liggen, zijn "
          "afspraken gemaakt over leerlingen die verhuizen en over de overdracht van dossiers."),
        h1("7 Ouders"),
        p("Ouders informeren wij op drie manieren. Op de website van het samenwerkingsverband staat een "
          "ouderpagina met een overzicht van de basisondersteuning, de bovenschoolse voorzieningen en de "
          "procedure voor toelaatbaarheid. De folder Passend onderwijs in De Kempenrand wordt bij aanmelding op "
          "iedere school uitgereikt. En iedere donderdagochtend houdt de coördinator een inloopspreekuur op het "
          "kantoor in Bergeijkerveld, waar ouders zonder afspraak hun vragen kunnen stellen."),
        p("Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt De Kempen, dat "
          "wordt uitgevoerd door een onafhankelijke stichting. Het steunpunt denkt met ouders mee, gaat mee naar "
          "gesprekken op school en helpt bij meningsverschillen. Ouders kunnen ook contact opnemen met de "
          "Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend bij de "
          "klachtencommissie waarbij wij zijn aangesloten."),
        p("In de ondersteuningsplanraad hebben drie ouders en drie personeelsleden zitting."),
        h1("8 Resultaten en kwaliteitszorg"),
        h2("8.1 Wat we willen bereiken"),
        tbl(["Doel", "Indicator", "Nu (2025)", "Streefwaarde 2030"],
            ["Alle scholen bieden de basisondersteuning", "Scholen met een voldoende audit", "19 van 24", "24 van 24"],
            ["Leerlingen blijven zoveel mogelijk thuisnabij", "Deelnamepercentage sbo", "2,17%", "2,0%"],
            ["Snelle besluiten", "Doorlooptijd TLV-aanvraag", "9 weken", "maximaal 8 weken"],
            ["Tevreden ouders", "Rapportcijfer oudertevredenheid over ondersteuning", "7,0", "7,5"],
            ["Leerkrachten voelen zich ondersteund", "Aandeel leerkrachten dat de ondersteuning voldoende vindt", "68%", "80%"]),
        h2("8.2 Hoe we de resultaten volgen"),
        p("Wij volgen de resultaten met een vaste kwaliteitscyclus. Twee keer per jaar (februari en september) "
          "verzamelt de coördinator de gegevens uit de audits, de administratie van de Commissie Toelaatbaarheid "
          "en de teldata van DUO. De tevredenheid van ouders en leerkrachten meten wij elke twee jaar met een "
          "vragenlijst. De coördinator rapporteert de uitkomsten aan het bestuur en de ondersteuningsplanraad en "
          "neemt ze op in het jaarverslag. Blijft een indicator achter, dan bespreekt het bestuur welke "
          "maatregelen nodig zijn en neemt die op in het jaarplan."),
        h1("9 Financiën"),
        p("De begroting en de meerjarenbegroting van het samenwerkingsverband worden elk jaar in december door het "
          "bestuur vastgesteld. Zij vormen een afzonderlijk document en maken geen deel uit van dit plan. De "
          "uitgangspunten voor de financiële vertaling van dit ondersteuningsplan worden in de loop van 2026 "
          "opnieuw bezien."),
        h1("10 Organisatie"),
        p("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de drie bestuurders van de "
          "aangesloten schoolbesturen en een onafhankelijk voorzitter. Een onafhankelijke toezichthouder, "
          "benoemd door het bestuur, houdt intern toezicht. De coördinator (0,8 fte) is verantwoordelijk voor de "
          "dagelijkse gang van zaken en wordt ondersteund door een secretaresse (0,5 fte) en een orthopedagoog "
          "(0,6 fte). De gedragsspecialisten van De Kempel worden gedetacheerd."),
        p("Met de gemeenten Bergeijkerveld en Lommelsdonk werken wij samen aan de aansluiting tussen onderwijs en "
          "jeugdhulp. Iedere school heeft een vaste contactpersoon van het sociaal team, die deelneemt aan het "
          "ondersteuningsteam. Twee keer per jaar is er een bestuurlijk overleg met de wethouders onderwijs en "
          "jeugd over leerlingenvervoer, huisvesting en de samenwerking in de wijk."),
        p("Wij investeren in de deskundigheid van leerkrachten via een gezamenlijk scholingsprogramma van de drie "
          "besturen. Voor intern begeleiders is er een netwerk dat vijf keer per jaar bijeenkomt. Het "
          "samenwerkingsverband verwerkt persoonsgegevens volgens de AVG en bewaart dossiers van de Commissie "
          "Toelaatbaarheid tot drie jaar na het besluit."),
        h2("10.1 Medezeggenschap"),
        p("De ondersteuningsplanraad vergadert vijf keer per jaar. De raad heeft instemmingsrecht op het "
          "ondersteuningsplan en op wijzigingen daarvan. De coördinator woont de vergaderingen bij en informeert de "
          "raad over de ontwikkelingen. Nieuwe leden volgen een scholing over passend onderwijs en de taken van de "
          "raad. Het reglement van de ondersteuningsplanraad staat op de website."),
        h2("10.2 Communicatie met scholen"),
        p("De coördinator houdt de scholen op de hoogte via een maandelijkse nieuwsbrief en via de bijeenkomsten "
          "van directeuren en intern begeleiders. Elke school heeft een vaste schoolcontactpersoon van het "
          "samenwerkingsverband, die drie keer per jaar het ondersteuningsteam bijwoont. Formulieren en "
          "handreikingen staan op het besloten deel van de website."),
        h2("10.3 Samenwerking met jeugdhulp"),
        p("Kinderen die op school vastlopen, hebben vaak ook thuis of in hun vrije tijd ondersteuning nodig. De "
          "sociale teams van de gemeenten schuiven daarom aan bij de ondersteuningsteams van de scholen. Zo kunnen "
          "school, ouders en jeugdhulp samen afspreken wie wat doet. De jeugdverpleegkundige van de GGD is op "
          "iedere school bekend en houdt spreekuur op de grotere scholen. In de planperiode willen wij met de "
          "gemeenten onderzoeken hoe jeugdhulp vaker op school kan worden geboden, zodat kinderen minder "
          "lesuren missen."),
        h1("11 Tot slot"),
        p("Dit plan is een momentopname. De wereld om ons heen verandert en wij veranderen mee. Wij evalueren "
          "het plan halverwege de planperiode met het bestuur, de directeuren en de ondersteuningsplanraad. Voor "
          "vragen over dit plan kunt u contact opnemen met de coördinator van het samenwerkingsverband."),
        h1("Begrippen en afkortingen"),
        tbl(["Begrip/afkorting", "Betekenis"],
            ["Begroting", "Financieel plan voor een jaar met de verwachte baten en lasten."],
            ["Dekkend aanbod", "Voor ieder kind is een passende plek; er zijn geen thuiszitters."],
            ["IB'er", "Intern begeleider."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, waaruit blijkt hoe de middelen worden ingezet."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["So / sbo", "Speciaal onderwijs / speciaal basisonderwijs."],
            ["Terugplaatsing", "Terugkeer van een leerling uit het speciaal (basis)onderwijs naar het basisonderwijs, met begeleiding op de nieuwe school."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "De regels voor de verdeling van de ondersteuningsmiddelen over de besturen."]),
    ]
    return B


# ============================================================================================
# Plan 4 - VO verband, formal house style, 'Koers' chapters (pdf)
# ============================================================================================
def plan_westkust():
    B = []
    B.append(title(
        "Ondersteuningsplan 2026–2030",
        "Samenwerkingsverband Voortgezet Onderwijs Westkust-Polder (VO 29-93)",
        "Koers op passend onderwijs",
        "Definitieve versie, vastgesteld door het algemeen bestuur op 9 april 2026",
    ))
    B.append(toc(
        (0, "Voorwoord", 3),
        (0, "Samenvatting", 4),
        (0, "1 Inleiding en totstandkoming", 6),
        (0, "2 Het samenwerkingsverband", 8),
        (0, "3 Koers 2026–2030", 10),
        (0, "4 Ondersteuning in het voortgezet onderwijs", 12),
        (1, "4.1 Basisondersteuning", 12),
        (1, "4.2 Het ondersteuningsaanbod", 13),
        (1, "4.3 Dekkend aanbod en thuiszitters", 15),
        (0, "5 Toewijzing en toelaatbaarheid", 17),
        (1, "5.1 Toelaatbaarheid vso", 17),
        (1, "5.2 Leerwegondersteunend onderwijs", 19),
        (1, "5.3 Praktijkonderwijs", 20),
        (1, "5.4 Deskundigen en bezwaar", 21),
        (1, "5.5 Terugplaatsing en overplaatsing", 22),
        (0, "6 Ouders en leerlingen", 23),
        (0, "7 Samenwerking met gemeenten en mbo", 25),
        (0, "8 Financiën", 27),
        (0, "9 Organisatie en personeel", 30),
        (0, "10 Kwaliteitszorg", 32),
        (0, "11 Planning", 33),
        (0, "Afkortingenlijst", 34),
    ))
    B += [
        h1("Voorwoord"),
        p("Met dit ondersteuningsplan zet Samenwerkingsverband Voortgezet Onderwijs Westkust-Polder de koers uit "
          "voor de schooljaren 2026–2027 tot en met 2029–2030. Het plan is de opvolger van het plan 2022–2026 en "
          "bouwt voort op wat in de afgelopen jaren is opgebouwd: een stevig netwerk van scholen, een "
          "orthopedagogisch-didactisch centrum dat zijn waarde heeft bewezen en een goede samenwerking met de "
          "gemeenten in de regio."),
        p("De afgelopen jaren waren niet eenvoudig. De coronaperiode, het lerarentekort en de toenemende vraag "
          "naar ondersteuning bij psychische problemen van jongeren hebben veel van scholen gevraagd. Tegelijk "
          "zien we dat scholen elkaar steeds beter weten te vinden en dat jongeren die vastlopen sneller een plek "
          "krijgen. Daar bouwen wij op voort."),
        p("Ik dank de leden van de ondersteuningsplanraad, de ondersteuningscoördinatoren, de schoolleiders en "
          "alle anderen die aan dit plan hebben bijgedragen."),
        p("Drs. R. (Ruud) Zwanenburg, directeur-bestuurder"),
        h1("Samenvatting"),
        p("Westkust-Polder omvat negen schoolbesturen met zeventien scholen voor voortgezet onderwijs, waaronder "
          "twee scholen voor praktijkonderwijs en een school voor voortgezet speciaal onderwijs cluster 4. Samen "
          "bieden zij onderwijs aan ruim 14.000 leerlingen. In dit plan beschrijven wij hoe wij ervoor zorgen dat "
          "iedere jongere een passende plek heeft, hoe de toewijzing van vso, lwoo en pro is geregeld, hoe wij "
          "samenwerken met gemeenten en mbo, en hoe de middelen worden ingezet. Belangrijke ontwikkelingen in "
          "deze planperiode zijn de komst van de landelijke norm basisondersteuning, de inrichting van het ouder- "
          "en jeugdsteunpunt en de versterking van de samenwerking tussen onderwijs en jeugdhulp."),
        h1("1 Inleiding en totstandkoming"),
        p("Dit plan is opgesteld op grond van artikel 17a van de Wet op het voortgezet onderwijs, zoals dat "
          "inmiddels is opgenomen in de Wet voortgezet onderwijs 2020. De wet bepaalt dat het samenwerkingsverband "
          "ten minste eens per vier jaar een ondersteuningsplan vaststelt en beschrijft welke onderdelen het plan "
          "in elk geval bevat."),
        p("Het plan is voorbereid door een stuurgroep van drie bestuurders en de directeur-bestuurder, met "
          "inbreng van vier themagroepen: ondersteuning, toewijzing, samenwerking met partners en financiën. In "
          "totaal hebben ruim tachtig mensen meegedacht, onder wie ondersteuningscoördinatoren, mentoren, "
          "leerlingen van de leerlingenraden en ouders uit de medezeggenschapsraden."),
        p("Tijdlijn van de vaststelling:"),
        tbl(["Datum", "Stap"],
            ["21 januari 2026", "Conceptplan besproken in het algemeen bestuur"],
            ["10 februari 2026", "Overleg met de samenwerkingsverbanden PO in de regio"],
            ["26 februari 2026", "OOGO met de colleges van Westkapelle-Noord, Polderveen en Havenmonde"],
            ["17 maart 2026", "Instemming ondersteuningsplanraad"],
            ["9 april 2026", "Vaststelling door het algemeen bestuur"],
            ["vóór 1 mei 2026", "Toezending aan de inspectie"]),
        h1("2 Het samenwerkingsverband"),
        p("Het samenwerkingsverband is een vereniging van negen schoolbesturen. De algemene ledenvergadering is "
          "het hoogste orgaan. Het algemeen bestuur bestaat uit de bestuurders van de aangesloten besturen en "
          "houdt toezicht op de directeur-bestuurder, die het samenwerkingsverband bestuurt. Het algemeen bestuur "
          "heeft een auditcommissie voor financiële zaken."),
        tbl(["School", "Bestuur", "Type", "Leerlingen 1-10-2025"],
            ["Kustlyceum", "Stichting VO Westkust", "havo/vwo", "1.640"],
            ["Polder College", "Stichting VO Westkust", "vmbo/havo", "1.320"],
            ["De Havenschool", "Openbaar VO Havenmonde", "vmbo-bb/kb/gl/tl", "980"],
            ["Zeedijk Praktijkschool", "Openbaar VO Havenmonde", "praktijkonderwijs", "310"],
            ["Christelijk College De Duinen", "Vereniging CVO Kust", "vmbo/havo/vwo", "2.110"],
            ["Praktijkcollege Het Anker", "Vereniging CVO Kust", "praktijkonderwijs", "240"],
            ["De Branding (vso cluster 4)", "Stichting Speciaal Onderwijs Kust", "vso", "190"],
            ["Overige tien scholen", "zes besturen", "diverse", "7.430"],
            ["Totaal", "negen besturen", "", "14.220"]),
        p("Het bureau van het samenwerkingsverband is gevestigd in Havenmonde en telt 24 medewerkers, onder wie "
          "de medewerkers van het OPDC De Haven. Het Loket, waar scholen hun aanvragen indienen, is onderdeel van "
          "het bureau."),
        p("Het samenwerkingsverband is gehuisvest in een voormalig schoolgebouw aan de haven van Havenmonde, waar "
          "ook het OPDC De Haven een plek heeft. Het gebouw is in 2024 verbouwd, zodat er ruimte is voor twee "
          "groepen, spreekkamers en vergaderruimten voor de Commissie Toewijzing en de thuiszitterstafel."),
        h1("3 Koers 2026–2030"),
        p("Onze koers is samengevat in drie woorden: dichtbij, samen en op tijd. Dichtbij, omdat jongeren zo veel "
          "mogelijk onderwijs volgen op een school in hun eigen omgeving, met leeftijdgenoten. Samen, omdat geen "
          "school, gemeente of zorgaanbieder het alleen kan. Op tijd, omdat een jongere die vastloopt niet kan "
          "wachten op een procedure."),
        p("Vanuit deze koers hanteren wij vijf uitgangspunten: de leerling staat centraal en wordt gehoord; "
          "scholen nemen samen verantwoordelijkheid voor alle jongeren in de regio; ondersteuning wordt zo licht "
          "als mogelijk en zo zwaar als nodig ingezet; onderwijs en zorg werken als één team; en wij gaan "
          "zorgvuldig en transparant om met publiek geld."),
        h1("4 Ondersteuning in het voortgezet onderwijs"),
        h2("4.1 Basisondersteuning"),
        p("De landelijke norm basisondersteuning wordt naar verwachting in de komende jaren wettelijk verankerd. "
          "Het samenwerkingsverband wacht deze uitwerking af en stelt daarna, in overleg met de scholen en met "
          "instemming van de ondersteuningsplanraad, vast wat de basisondersteuning in Westkust-Polder inhoudt. "
          "Tot dat moment beschrijft iedere school haar eigen ondersteuning in de schoolgids."),
        h2("4.2 Het ondersteuningsaanbod"),
        p("Ons ondersteuningsaanbod is opgebouwd als een continuüm van lichte naar zware ondersteuning. Elke "
          "stap is pas aan de orde als de vorige stap onvoldoende blijkt:"),
        tbl(["Niveau", "Aanbod", "Toegang"],
            ["1", "Ondersteuning binnen de school (zie 4.1)", "School"],
            ["2", "Extra ondersteuning op school: arrangement, bijvoorbeeld trajectvoorziening, examentraining met aanpassingen, begeleiding door een ambulant begeleider", "Aanvraag bij het Loket door de school"],
            ["3", "Lwoo en praktijkonderwijs", "Aanwijzing lwoo of TLV pro door het samenwerkingsverband (hoofdstuk 5)"],
            ["4", "OPDC De Haven: tijdelijke plaatsing van 12 tot maximaal 26 weken voor leerlingen die in het regulier onderwijs vastlopen, met terugkeer naar de eigen school als doel", "Aanvraag bij het Loket; besluit door de Commissie Toewijzing"],
            ["4", "Reboundvoorziening Kompas: korte time-out van maximaal 12 weken", "Aanvraag door de school"],
            ["5", "Voortgezet speciaal onderwijs (De Branding, cluster 4; cluster 3 bij scholen buiten de regio)", "TLV vso (hoofdstuk 5)"]),
        p("Daarnaast kennen wij onderwijs-zorgarrangementen voor jongeren die onderwijs en jeugdhulp in "
          "samenhang nodig hebben. Deze arrangementen worden samen met de gemeenten ingericht en gefinancierd "
          "(zie hoofdstuk 7). Voor nieuwkomers is er de Internationale Schakelklas in Havenmonde; voor "
          "hoogbegaafde leerlingen bieden drie scholen een plusprogramma."),
        h2("4.3 Dekkend aanbod en thuiszitters"),
        p("De scholen hebben zorgplicht: een school die een leerling met een ondersteuningsbehoefte niet zelf "
          "kan plaatsen, zoekt binnen zes weken (eenmaal te verlengen met vier weken) een passende plek op een "
          "andere school. In Westkust-Polder hebben de besturen afgesproken dat zij elkaar daarbij helpen: de "
          "aanmeldende school neemt contact op met het Loket, dat binnen twee weken een overleg organiseert met de "
          "scholen die in aanmerking komen. Lukt het niet om binnen de wettelijke termijn een plek te vinden, dan "
          "besluit de directeur-bestuurder welke school de leerling plaatst."),
        p("Elke leerling die langer dan vier weken niet naar school gaat, wordt door de school gemeld bij het "
          "Loket en de leerplichtambtenaar. De thuiszitterstafel, waarin het Loket, leerplicht, de jeugdteams van "
          "de drie gemeenten en zo nodig de GGZ zitten, komt elke zes weken bijeen en stelt voor iedere "
          "thuiszitter een terugkeerplan op met een concrete datum. Ieder voorjaar brengt het Loket met de scholen "
          "in kaart voor welke groepen jongeren het aanbod tekortschiet. Op basis daarvan breiden wij in 2027 de "
          "capaciteit van het OPDC uit met een groep voor jongeren met angst- en stemmingsproblematiek, omdat die "
          "groep nu te vaak thuis komt te zitten."),
        h1("5 Toewijzing en toelaatbaarheid"),
        h2("5.1 Toelaatbaarheid vso"),
        p("De school waar de leerling staat ingeschreven of is aangemeld, vraagt een toelaatbaarheidsverklaring "
          "voor het vso aan bij het Loket. De aanvraag bevat het ontwikkelingsperspectiefplan, een verslag van de "
          "ingezette ondersteuning en de evaluatie daarvan, het advies van het ondersteuningsteam van de school en "
          "de zienswijze van ouders en leerling. De Commissie Toewijzing neemt binnen zes weken na ontvangst van "
          "de volledige aanvraag een besluit, na advies van twee deskundigen (zie 5.4). Het besluit wordt "
          "gezonden aan de school, de ouders en de leerling vanaf 16 jaar."),
        p("Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo intensief is dat het regulier "
          "voortgezet onderwijs, ook met een arrangement of een tijdelijke plaatsing in het OPDC, niet toereikend "
          "is. De commissie kijkt daarbij naar: de ernst en duur van de problematiek (cluster 3: verstandelijke "
          "of lichamelijke beperking of langdurige ziekte; cluster 4: ernstige gedrags- of psychiatrische "
          "problematiek), de noodzaak van een kleine groep met een structuur die het regulier onderwijs niet kan "
          "bieden, en de noodzaak van integrale onderwijs-zorgondersteuning gedurende de hele schooldag."),
        p("Een TLV vso wordt afgegeven voor ten hoogste drie schooljaren en eindigt op 31 juli. De commissie "
          "bepaalt de bekostigingscategorie laag, midden of hoog."),
        h2("5.2 Leerwegondersteunend onderwijs"),
        p("Westkust-Polder hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking als er "
          "sprake is van een IQ tussen 75 en 90 en een leerachterstand van 25% tot 50% op ten minste twee van de "
          "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, of van een IQ tussen 91 en "
          "120 in combinatie met een leerachterstand en sociaal-emotionele problematiek die het leren belemmert. "
          "De vo-school dient de aanvraag voor 1 maart in bij het Loket met de gegevens van het "
          "onderwijskundig rapport van de basisschool. De Commissie Toewijzing beslist binnen vier weken. De "
          "aanwijzing geldt voor de gehele schoolloopbaan in het vmbo."),
        h2("5.3 Praktijkonderwijs"),
        p("Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 "
          "en een leerachterstand van ten minste 50% op ten minste twee domeinen, waarvan één begrijpend lezen of "
          "inzichtelijk rekenen is. De praktijkschool vraagt de TLV pro aan bij het Loket; de Commissie Toewijzing "
          "beslist binnen vier weken. De TLV pro geldt voor de gehele schoolloopbaan."),
        h2("5.4 Deskundigen en bezwaar"),
        p("Voor iedere TLV vso en pro brengen twee deskundigen afzonderlijk een schriftelijk advies uit: een "
          "orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (jeugdarts, "
          "maatschappelijk werker, kinder- en jeugdpsychiater). Ouders ontvangen een afschrift van beide adviezen. "
          "Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken. Het "
          "samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen."),
        h2("5.5 Terugplaatsing en overplaatsing"),
        p("Het samenwerkingsverband streeft ernaar dat leerlingen uit het vso terugkeren naar het regulier "
          "voortgezet onderwijs wanneer zij daartoe in staat zijn. Een leerling komt in aanmerking voor terugkeer "
          "als de doelen uit het ontwikkelingsperspectiefplan zijn bereikt, de ondersteuningsbehoefte binnen een "
          "arrangement op een reguliere school kan worden opgevangen en de leerling zelf gemotiveerd is. Na "
          "terugkeer krijgt iedere leerling gedurende ten minste zes maanden een overgangsarrangement met "
          "begeleiding door een ambulant begeleider van De Branding en een vaste mentor op de ontvangende "
          "school; het samenwerkingsverband bekostigt dit arrangement. Ook voor leerlingen die vanuit het OPDC "
          "terugkeren, geldt een nazorgperiode van drie maanden."),
        p("Hoe de afloop van een TLV vso in de praktijk verloopt – wie het initiatief neemt, op welke momenten "
          "wordt geëvalueerd en wie besluit – werken wij in 2026–2027 uit in een protocol met De Branding en de "
          "vso-scholen buiten de regio."),
        h2("5.6 Overstap van po naar vo"),
        p("Een goede overstap van basisschool naar voortgezet onderwijs voorkomt veel problemen. Met de "
          "samenwerkingsverbanden PO in de regio hebben wij afspraken gemaakt over de overdracht van leerlingen met "
          "een ondersteuningsbehoefte. De basisschool levert vóór 1 maart een onderwijskundig rapport aan; voor "
          "leerlingen met een OPP volgt een warm overdrachtsgesprek. Leerlingen die mogelijk in aanmerking komen "
          "voor lwoo of praktijkonderwijs, worden in groep 8 tijdig getest, zodat de aanvraag bij het Loket op "
          "tijd kan worden ingediend. Na het eerste rapport in de brugklas koppelt de vo-school aan de basisschool "
          "terug hoe het met de leerling gaat."),
        p("Voor nieuwkomers van 12 tot 18 jaar is er de Internationale Schakelklas in Havenmonde. Leerlingen volgen "
          "daar gemiddeld twee jaar intensief taalonderwijs, waarna zij doorstromen naar een reguliere vo-school, "
          "het praktijkonderwijs of het mbo."),
        h1("6 Ouders en leerlingen"),
        p("Ouders en leerlingen zijn de belangrijkste partners van de school. Wij vinden het vanzelfsprekend dat "
          "zij worden betrokken bij besluiten over de ondersteuning. Leerlingen hebben hoorrecht: bij het opstellen "
          "en bijstellen van het ontwikkelingsperspectiefplan geeft de school de leerling de gelegenheid zijn of "
          "haar mening te geven, en die mening wordt vastgelegd. Ouders worden uitgenodigd bij iedere bespreking "
          "van hun kind in het ondersteuningsteam."),
        p("Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de regio, werken wij uit in het "
          "communicatieplan 2026–2027. De website van het samenwerkingsverband wordt in dat kader vernieuwd."),
        p("Ouders en jongeren die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het "
          "Steunpunt Ouders & Jongeren Westkust. Dit ouder- en jeugdsteunpunt is onafhankelijk van scholen en "
          "samenwerkingsverband en wordt uitgevoerd door een ervaren ouderorganisatie. Het steunpunt is telefonisch "
          "en per e-mail bereikbaar en houdt wekelijks spreekuur in Havenmonde en Polderveen. Medewerkers kunnen "
          "meegaan naar gesprekken op school. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. "
          "Bij geschillen over toelating, verwijdering of het ontwikkelingsperspectiefplan kunnen ouders zich "
          "wenden tot de Geschillencommissie passend onderwijs. Het samenwerkingsverband heeft een "
          "klachtenregeling; klachten worden behandeld door de Landelijke Klachtencommissie Onderwijs."),
        p("De ondersteuningsplanraad bestaat uit tien leden: vijf personeelsleden en vijf ouders of leerlingen."),
        h1("7 Samenwerking met gemeenten en mbo"),
        p("Met de gemeenten Westkapelle-Noord, Polderveen en Havenmonde hebben wij in het OOGO afspraken gemaakt "
          "over vijf thema's: jeugdhulp op school, onderwijs-zorgarrangementen, thuiszitters, leerlingenvervoer en "
          "de overgang naar mbo en arbeid. Op iedere school is een jeugdprofessional van het gemeentelijk "
          "jeugdteam aanwezig. De gemeenten financieren de zorgcomponent van de onderwijs-zorgarrangementen; het "
          "samenwerkingsverband de onderwijscomponent."),
        p("Met het mbo in de regio werken wij samen aan een warme overdracht van leerlingen met een "
          "ondersteuningsbehoefte. Voor jongeren uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid "
          "is er het regionale werkgeversnetwerk, dat stageplaatsen en leerbanen biedt."),
        p("Voortijdig schoolverlaten is in onze regio lager dan het landelijk gemiddelde, maar jongeren met een "
          "ondersteuningsbehoefte vallen vaker uit in het eerste jaar van het mbo. Daarom loopt in de planperiode "
          "het project Doorlopende Route, waarin mentoren van vo en loopbaanbegeleiders van het mbo samen het "
          "laatste halfjaar van het vo en het eerste halfjaar van het mbo begeleiden. Het project wordt gefinancierd "
          "uit de regionale middelen voor het terugdringen van voortijdig schoolverlaten. Met de gemeenten en het "
          "UWV werken wij bovendien aan een sluitende aanpak voor jongeren uit het praktijkonderwijs en het vso die "
          "na school niet direct werk vinden. Een jobcoach van de gemeente begeleidt hen gedurende het eerste jaar "
          "na het verlaten van de school."),
        h1("8 Financiën"),
        h2("8.1 Inkomsten en afdrachten"),
        p("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder de middelen voor lwoo "
          "en praktijkonderwijs) en voor zware ondersteuning. De bekostiging van het vso wordt via DUO "
          "rechtstreeks ingehouden. Ook de lwoo- en pro-middelen gaan voor het grootste deel via een afdracht "
          "naar de scholen met lwoo of praktijkonderwijs."),
        h2("8.2 Toekenning aan de scholen"),
        p("Hoe de middelen voor lichte ondersteuning over de scholen en besturen worden verdeeld, ligt vast in het "
          "allocatiemodel dat het algemeen bestuur jaarlijks samen met de begroting vaststelt (bijlage C)."),
        h2("8.3 Meerjarenbegroting"),
        tbl(["(bedragen x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
            ["Baten lichte ondersteuning incl. lwoo/pro", "10.960", "10.880", "10.810", "10.760", "10.720"],
            ["Baten zware ondersteuning", "6.420", "6.380", "6.350", "6.330", "6.310"],
            ["Afdracht vso via DUO", "-4.870", "-4.900", "-4.920", "-4.940", "-4.950"],
            ["Afdracht lwoo en pro aan scholen", "-7.130", "-7.080", "-7.030", "-7.000", "-6.980"],
            ["Middelen lichte ondersteuning naar scholen", "2.610", "2.600", "2.590", "2.580", "2.570"],
            ["OPDC De Haven en rebound", "1.680", "1.890", "1.900", "1.910", "1.920"],
            ["Arrangementen en overgangsarrangementen", "520", "540", "540", "540", "540"],
            ["Onderwijs-zorgarrangementen (onderwijsdeel)", "310", "310", "310", "310", "310"],
            ["Ouder- en jeugdsteunpunt", "95", "95", "95", "95", "95"],
            ["Bureau, Loket en Commissie Toewijzing", "690", "700", "705", "710", "715"],
            ["Resultaat", "-525", "-855", "-840", "-815", "-775"]),
        p("De begroting is in de planperiode bewust negatief. De tekorten worden gedekt uit de reserves."),
        h2("8.4 Reserves"),
        p("De algemene reserve bedroeg op 31 december 2025 € 5,1 miljoen, ruim boven de signaleringswaarde. Het "
          "algemeen bestuur heeft besloten de reserve in de planperiode af te bouwen tot het niveau van de "
          "signaleringswaarde, door te investeren in de uitbreiding van het OPDC en in overgangsarrangementen. "
          "Daarnaast houdt het samenwerkingsverband een bestemmingsreserve van € 400.000 aan voor risico's bij "
          "een onverwachte groei van het vso."),
        h1("9 Organisatie en personeel"),
        p("De directeur-bestuurder wordt ondersteund door een managementteam bestaande uit de manager van het "
          "Loket en de teamleider van het OPDC. Het bureau werkt met een jaarlijkse formatieplanning. Het "
          "personeel van het OPDC is in dienst van het samenwerkingsverband; de ambulant begeleiders zijn in "
          "dienst van De Branding en worden via een dienstverleningsovereenkomst ingezet."),
        tbl(["Onderdeel", "Formatie (fte) 2026"],
            ["Directie en management", "3,0"],
            ["Loket en Commissie Toewijzing", "4,6"],
            ["OPDC De Haven en rebound", "11,8"],
            ["Bedrijfsvoering en secretariaat", "2,4"],
            ["Totaal", "21,8"]),
        p("De formatie van het OPDC groeit in 2027 met ongeveer 2,5 fte door de nieuwe groep voor jongeren met angst- "
          "en stemmingsproblematiek. Voor deze groep werven wij een gz-psycholoog en twee docenten met ervaring in "
          "het vso. Bij de werving werken wij samen met De Branding, zodat medewerkers tussen beide organisaties "
          "kunnen rouleren."),
        p("Het samenwerkingsverband investeert in professionalisering. Voor ondersteuningscoördinatoren is er een "
          "leernetwerk dat zes keer per jaar bijeenkomt, voor mentoren een jaarlijkse conferentie. Met de "
          "lerarenopleidingen in de regio werken wij samen aan een minor passend onderwijs. Het lerarentekort "
          "raakt ook onze scholen; met de besturen onderzoeken wij gezamenlijke vacatures voor specialisten, "
          "zoals orthopedagogen en gedragsspecialisten."),
        p("Voor de verwerking van persoonsgegevens hanteert het samenwerkingsverband een privacyreglement dat "
          "voldoet aan de AVG. Dossiers van de Commissie Toewijzing worden tot drie jaar na het besluit bewaard. "
          "Het Loket werkt met een beveiligd digitaal systeem. Er is een functionaris gegevensbescherming."),
        p("Het samenwerkingsverband is een lerende organisatie. Medewerkers van het Loket en het OPDC bespreken "
          "casussen in intervisie en volgen jaarlijks scholing. Met andere samenwerkingsverbanden VO in de provincie "
          "wisselen wij kennis uit in een regionaal netwerk van directeuren."),
        h1("10 Kwaliteitszorg"),
        p("Het kwaliteitskader van het samenwerkingsverband wordt in het schooljaar 2026–2027 opgesteld. Daarin "
          "leggen wij vast welke resultaten wij in de planperiode nastreven, aan de hand van welke indicatoren wij "
          "die volgen en hoe en wanneer wij daarover rapporteren aan het algemeen bestuur, de "
          "ondersteuningsplanraad en de scholen. Het kader wordt ter instemming voorgelegd aan de "
          "ondersteuningsplanraad."),
        h1("11 Planning"),
        tbl(["Schooljaar", "Activiteiten"],
            ["2026–2027", "Kwaliteitskader; communicatieplan en nieuwe website; protocol afloop TLV vso; voorbereiding uitbreiding OPDC"],
            ["2027–2028", "Uitbreiding OPDC met groep angst- en stemmingsproblematiek; vaststelling basisondersteuning na landelijke norm"],
            ["2028–2029", "Tussentijdse bijstelling van het plan"],
            ["2029–2030", "Voorbereiding ondersteuningsplan 2030–2034"]),
        h1("Afkortingenlijst"),
        tbl(["Afkorting", "Betekenis"],
            ["AB", "Ambulante begeleiding"],
            ["BO", "Basisondersteuning: het niveau van ondersteuning dat alle scholen bieden, zoals vastgelegd in het ondersteuningsplan"],
            ["ISK", "Internationale Schakelklas"],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["Pro", "Praktijkonderwijs"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Vso", "Voortgezet speciaal onderwijs"]),
    ]
    return B


# ============================================================================================
# Plan 5 - PO verband, web version ('kernplan') with procedures on separate pages (html)
# ============================================================================================
def plan_lindewoude():
    B = []
    B.append(title(
        "Kernplan passend onderwijs 2026–2030",
        "Webversie van het ondersteuningsplan van Samenwerkingsverband Passend Primair Onderwijs Lindewoude "
        "(PO 27-88). Deze pagina bevat de volledige tekst van het plan zoals vastgesteld op 26 maart 2026.",
    ))
    B.append(toc(
        (0, "Inleiding", 0), (0, "Over ons", 0), (0, "Terugblik 2022–2026", 0), (0, "Onze koers", 0),
        (0, "Basisondersteuning", 0), (0, "Van basis naar speciaal", 0), (0, "Als het niet vanzelf gaat", 0),
        (0, "Toelaatbaarheid", 0), (0, "Terugplaatsing", 0), (0, "Middelen en begroting", 0),
        (0, "Resultaten en kwaliteit", 0), (0, "Samenwerking met gemeenten", 0),
        (0, "Organisatie en medezeggenschap", 0), (0, "Personeel en professionalisering", 0),
        (0, "Privacy en ICT", 0), (0, "Planning", 0), (0, "Begrippen", 0),
    ))
    B += [
        h1("Inleiding"),
        p("Samenwerkingsverband Lindewoude publiceert zijn ondersteuningsplan als webtekst: het kernplan. Het "
          "kernplan bevat de afspraken die voor de hele planperiode gelden. Uitwerkingen die vaker veranderen, "
          "zoals formulieren en werkinstructies, staan op afzonderlijke pagina's van deze website. Het kernplan is "
          "vastgesteld door het bestuur op 26 maart 2026, na instemming van de ondersteuningsplanraad op 17 maart "
          "2026 en na het op overeenstemming gericht overleg met de gemeenten op 5 maart 2026. Het plan geldt van "
          "1 augustus 2026 tot en met 31 juli 2030."),
        p("Het kernplan is geschreven voor schoolbesturen, directeuren, intern begeleiders, leerkrachten en onze "
          "partners in jeugdhulp en gemeenten. Wij hebben geprobeerd het zo helder mogelijk te houden: korte "
          "hoofdstukken, concrete afspraken en cijfers waar dat kan. Voor ouders is er een aparte pagina, Voor "
          "ouders, met uitleg en contactgegevens; die pagina is geen onderdeel van het kernplan."),
        h2("Hoe dit kernplan tot stand kwam"),
        p("Het kernplan is in het schooljaar 2025–2026 voorbereid door een schrijfgroep van twee bestuurders, drie "
          "directeuren, twee intern begeleiders, een directeur uit het speciaal onderwijs en de directeur-bestuurder. "
          "In drie clusterbijeenkomsten in oktober en november 2025 konden alle scholen reageren op de eerste "
          "opzet. Ook de jeugdteams, leerplicht en de beleidsmedewerkers onderwijs van de gemeenten hebben "
          "meegelezen. De belangrijkste wijzigingen ten opzichte van het vorige plan zijn de vereenvoudiging van de "
          "arrangementen, de aanscherping van de aanpak van thuiszitters en de nieuwe afspraken over terugplaatsing. "
          "Het concept is in januari 2026 besproken met het samenwerkingsverband VO Lindewoude-Eem, met wie wij "
          "overlappen in het noorden van de regio."),
        h1("Over ons"),
        p("In het samenwerkingsverband werken elf schoolbesturen samen. Zij zijn verantwoordelijk voor 63 "
          "basisscholen, twee scholen voor speciaal basisonderwijs (De Wegwijzer in Lindewoude en Het Baken in "
          "Eemsloot) en twee scholen voor speciaal onderwijs (De Linde, cluster 3, en De Steiger, cluster 4). Op 1 "
          "oktober 2025 gingen 12.870 kinderen naar een basisschool in onze regio, die de gemeenten Lindewoude, "
          "Eemsloot en Vrijenburg-Oost omvat."),
        p("Het bureau telt elf medewerkers: een directeur-bestuurder, vijf adviseurs passend onderwijs, twee "
          "orthopedagogen, een controller, een secretaris en een officemanager. Iedere school heeft een vaste "
          "adviseur passend onderwijs, die minimaal vier keer per jaar op school komt."),
        h2("Onze scholen in beeld"),
        p("De scholen in het samenwerkingsverband verschillen sterk. Er zijn openbare, protestants-christelijke, "
          "katholieke en algemeen bijzondere scholen, een vrije school en een school op reformatorische grondslag. "
          "De kleinste school telt 48 leerlingen, de grootste ruim 620. In de stad Lindewoude liggen de scholen "
          "dicht bij elkaar; in Vrijenburg-Oost is de dichtstbijzijnde andere school soms tien kilometer verderop. "
          "In een aantal wijken van Lindewoude en Eemsloot gaat een groot deel van de kinderen naar school met een "
          "taalachterstand of groeit op in armoede. Die verschillen vragen om maatwerk binnen gezamenlijke "
          "afspraken: wat voor de ene school vanzelfsprekend is, vraagt van de andere school een extra "
          "inspanning."),
        p("De scholen werken in acht clusters van zeven tot negen scholen, die zijn ingedeeld naar geografische "
          "ligging en niet naar bestuur. Binnen een cluster ontmoeten intern begeleiders en directeuren elkaar "
          "regelmatig, delen zij expertise en zoeken zij samen naar oplossingen voor kinderen die op de eigen "
          "school vastlopen. Iedere adviseur passend onderwijs is verbonden aan een of twee clusters."),
        h1("Terugblik 2022–2026"),
        p("In het vorige plan hadden wij drie doelen: het aantal thuiszitters halveren, het deelnamepercentage "
          "speciaal onderwijs stabiliseren en alle scholen op het afgesproken niveau van basisondersteuning "
          "brengen. De eindmeting van 1 oktober 2025 laat het volgende zien:"),
        tbl(["Doel 2022–2026", "Nulmeting 2021", "Streefwaarde 2026", "Bereikt (1-10-2025)"],
            ["Thuiszitters langer dan 3 maanden", "18", "9", "11"],
            ["Deelnamepercentage so", "1,9%", "1,9%", "1,85%"],
            ["Deelnamepercentage sbo", "2,8%", "2,6%", "2,55%"],
            ["Scholen op niveau basisondersteuning", "71%", "100%", "92%"]),
        p("De doelen voor het speciaal (basis)onderwijs zijn gehaald. Het aantal thuiszitters is gedaald, maar "
          "niet gehalveerd; vooral bij kinderen met complexe problematiek op het snijvlak van onderwijs en zorg "
          "lukt het nog onvoldoende om snel een passende plek te vinden. Vijf scholen voldoen nog niet op alle "
          "onderdelen aan de basisondersteuning; zij werken met een verbetertraject. Uit de evaluatie met de "
          "scholen bleek verder dat de administratieve last van aanvragen voor arrangementen als hoog wordt "
          "ervaren. Daarom vereenvoudigen wij die procedure in deze planperiode."),
        h1("Onze koers"),
        p("Wij willen dat ieder kind in de regio onderwijs krijgt dat past, zo dichtbij als mogelijk. Daarvoor "
          "kiezen wij drie richtingen: sterke basisscholen, specialistische kennis die dichter bij de groep komt, "
          "en één aanpak van onderwijs en jeugdhulp rond kinderen die dat nodig hebben. Wij meten onze voortgang "
          "aan de hand van de resultaten die in het hoofdstuk Resultaten en kwaliteit zijn beschreven."),
        p("Onze koers vraagt iets van iedereen. Van scholen vraagt zij dat zij hun basis op orde houden en bereid "
          "zijn kinderen met een ondersteuningsbehoefte op te nemen, ook als dat spannend is. Van de besturen "
          "vraagt zij dat zij over de grenzen van hun eigen organisatie heen kijken en samen verantwoordelijkheid "
          "nemen voor alle kinderen in de regio. Van het samenwerkingsverband vraagt zij dat het scholen ontzorgt: "
          "snelle besluiten, weinig papierwerk en adviseurs die weten wat er op de werkvloer speelt. En van onze "
          "partners in jeugdhulp en gemeenten vraagt zij dat zij met ons de schotten tussen onderwijs en zorg "
          "weghalen, zodat een kind niet hoeft te wachten omdat onduidelijk is wie betaalt."),
        p("Wij willen niet alleen doen wat de wet vraagt, maar vooral doen wat werkt. Daarom kijken wij bij iedere "
          "nieuwe afspraak of die het werk in de klas makkelijker of moeilijker maakt. Regels die niet bijdragen aan "
          "betere ondersteuning, schaffen wij af. Waar afspraken nodig zijn, maken wij ze zo concreet mogelijk, "
          "zodat iedere school weet waar zij aan toe is en de ondersteuningsplanraad kan nagaan of wij ons aan de "
          "afspraken houden."),
        h1("Basisondersteuning"),
        p("De basisondersteuning is het niveau van ondersteuning dat alle 63 basisscholen van het "
          "samenwerkingsverband ten minste bieden. De elf besturen hebben dit niveau samen vastgesteld; het geldt "
          "voor iedere vestiging, en een kind hoeft er geen aanvraag voor te doen. Het niveau bestaat uit de "
          "volgende voorzieningen:"),
        ul("een intern begeleider die ten minste twee dagen per week beschikbaar is voor de school (bij scholen "
           "onder 150 leerlingen ten minste één dag);",
           "een leerlingvolgsysteem met twee meetmomenten per jaar en groepsbesprekingen na ieder meetmoment;",
           "een aanpak voor lees- en rekenproblemen volgens de landelijke protocollen, inclusief de "
           "dyslexieverklaring voor vergoede zorg;",
           "een verrijkingsaanbod voor kinderen die meer aankunnen, in de groep en in een plusgroep op school;",
           "een schoolbrede aanpak voor gedrag en sociale veiligheid, met een jaarlijkse monitor;",
           "een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de adviseur van het "
           "samenwerkingsverband en een medewerker van het lokale jeugdteam;",
           "een ontwikkelingsperspectiefplan voor ieder kind met een eigen leerlijn;",
           "afspraken over medisch handelen en over de overstap naar het voortgezet onderwijs."),
        p("De adviseur passend onderwijs bespreekt ieder jaar met de directeur en de intern begeleider of de "
          "school aan alle voorzieningen voldoet, aan de hand van de kwaliteitskaart basisondersteuning. Scholen "
          "die niet voldoen, stellen een verbeterplan op met een termijn van ten hoogste een jaar. Het bestuur van "
          "het samenwerkingsverband ontvangt jaarlijks een overzicht."),
        h1("Van basis naar speciaal"),
        p("Wanneer de basisondersteuning niet voldoende is, kan de school een arrangement inzetten. Ons aanbod "
          "loopt van licht naar zwaar:"),
        tbl(["Stap", "Aanbod", "Toelichting"],
            ["1", "Basisondersteuning", "Op iedere school, zie hierboven."],
            ["2", "Schoolarrangement", "Extra ondersteuning op de eigen school, betaald uit het schoolbudget."],
            ["3", "Expertarrangement", "Inzet van een specialist van sbo of so in de eigen groep (ambulante begeleiding), maximaal een schooljaar."],
            ["4", "Bovenschoolse groep", "De Overstap (observatie en korte behandeling, 10 plaatsen) en de Lindeklas (voltijds hoogbegaafdenonderwijs, 16 plaatsen)."],
            ["5", "Speciaal basisonderwijs", "De Wegwijzer en Het Baken."],
            ["6", "Speciaal onderwijs", "De Linde (cluster 3) en De Steiger (cluster 4), met onderwijs-zorgarrangementen in samenwerking met jeugdhulp."]),
        p("Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring nodig (zie het hoofdstuk "
          "Toelaatbaarheid)."),
        h2("De Lindeklas"),
        p("De Lindeklas is een voltijdse voorziening voor hoogbegaafde kinderen van groep 5 tot en met 8 die in het "
          "reguliere onderwijs onvoldoende tot hun recht komen, ook niet met een plusgroep op school. De klas is "
          "gehuisvest in een basisschool in Eemsloot en werkt met een eigen curriculum met veel ruimte voor "
          "onderzoekend leren, filosofie en een tweede moderne vreemde taal. De Lindeklas is in 2023 gestart met "
          "hoogbegaafdheidsmiddelen van het Rijk en wordt sinds 2025 uit de reguliere middelen van het "
          "samenwerkingsverband bekostigd."),
        h2("Jonge kinderen"),
        p("Bij jonge kinderen is vroeg signaleren belangrijk. Met de kinderopvang, de peuteropvang en de "
          "jeugdgezondheidszorg hebben wij afgesproken dat kinderen met een ondersteuningsbehoefte met een warme "
          "overdracht naar de basisschool gaan. Basisscholen kunnen voor kinderen van vier en vijf jaar een "
          "beroep doen op de observatiegroep De Overstap als na de start op school onduidelijk is wat een kind "
          "nodig heeft. De Overstap biedt in maximaal zestien weken observatie, een advies en een begeleide "
          "overstap naar de school die het beste past."),
        h2("De overstap naar het voortgezet onderwijs"),
        p("Voor de overstap naar het voortgezet onderwijs volgen wij de regionale POVO-afspraken. Voor kinderen met "
          "een OPP vindt altijd een warme overdracht plaats. Met het samenwerkingsverband VO werken wij samen aan "
          "de overstap van leerlingen uit het sbo en so, en aan een gezamenlijke aanpak voor kinderen die in groep 8 "
          "vastlopen."),
        h1("Als het niet vanzelf gaat"),
        p("Elk kind dat niet naar school gaat of dreigt uit te vallen, wordt binnen een week door de school gemeld "
          "bij de adviseur passend onderwijs en de leerplichtambtenaar. Zij stellen binnen twee weken met de school "
          "en het jeugdteam een plan op met een datum waarop het kind weer (gedeeltelijk) onderwijs volgt. Lukt "
          "dat niet binnen zes weken, dan komt het kind op de agenda van het Doorbraakoverleg, waarin de "
          "directeur-bestuurder, leerplicht en de gemeentelijke manager jeugd samen knopen doorhakken. Het "
          "Doorbraakoverleg kan een school of voorziening vragen een kind tijdelijk te plaatsen, ook als daar "
          "formeel geen plek is."),
        p("Twee keer per jaar brengen de adviseurs in kaart welke kinderen op een wachtlijst staan of geen "
          "passende plek hebben gevonden. In de afgelopen periode zagen wij vooral tekorten voor jonge kinderen "
          "met een combinatie van ontwikkelings- en gedragsproblemen. In 2026–2027 breiden wij De Overstap daarom "
          "uit met een tweede groep. Ook verkennen wij met de gemeente Vrijenburg-Oost een voorziening waar "
          "onderwijs en dagbehandeling op één locatie worden aangeboden."),
        h1("Toelaatbaarheid"),
        p("De werkwijze en de criteria voor toelaatbaarheidsverklaringen voor het sbo en het so zijn vastgelegd in "
          "de Regeling toelaatbaarheid Lindewoude 2025. Die regeling is geen onderdeel van het kernplan, omdat zij "
          "vaker wordt aangepast; u vindt haar op de pagina Toelaatbaarheid van deze website."),
        h1("Terugplaatsing"),
        p("Een plek in het speciaal (basis)onderwijs is geen eindpunt. Wij willen dat een kind terugkeert naar een "
          "reguliere basisschool zodra het daar, met ondersteuning, verder kan groeien. Terugkeer is aan de orde als "
          "de doelen van het ontwikkelingsperspectiefplan grotendeels zijn gehaald, als het kind de structuur van "
          "een grotere groep aankan en als een basisschool in de buurt met een arrangement kan bieden wat nodig is. "
          "Een kind dat terugkeert, krijgt een terugkeerarrangement van een schooljaar: een ambulant begeleider van "
          "de sbo- of so-school begeleidt kind en leerkracht, en de ontvangende school ontvangt een bedrag van "
          "€ 5.000 voor extra inzet."),
        p("De werkwijze: bij iedere OPP-evaluatie bekijkt de sbo- of so-school of terugkeer een reële optie is. In "
          "het laatste jaar van de TLV is dat altijd een vast agendapunt van de evaluatie in november. Als de school "
          "terugkeer mogelijk acht, meldt zij dat uiterlijk 15 januari bij de adviseur passend onderwijs. De "
          "adviseur zoekt een passende basisschool en organiseert vóór 1 april een overdrachtsoverleg tussen de "
          "twee scholen. De directeur van de ontvangende school besluit over de inschrijving; de directeur-bestuurder "
          "van het samenwerkingsverband kent het terugkeerarrangement toe. De adviseur evalueert na drie maanden en "
          "na een jaar met beide scholen. Acht de school terugkeer niet mogelijk, dan vraagt zij vóór 1 april een "
          "nieuwe TLV aan."),
        p("In het schooljaar 2024–2025 keerden 14 leerlingen uit het sbo en 4 leerlingen uit het so terug naar een "
          "reguliere basisschool. Wij streven naar ten minste 20 terugplaatsingen per jaar."),
        h1("Middelen en begroting"),
        p("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 7,6 miljoen aan ondersteuningsmiddelen. Na de "
          "afdrachten aan DUO voor het so en de groei van het sbo verdeelt het bestuur het beschikbare bedrag als "
          "volgt. Iedere school ontvangt een schoolbudget van € 120 per leerling (teldatum 1 oktober) plus een vaste "
          "voet van € 5.000 per school, bestemd voor schoolarrangementen. Expertarrangementen worden op aanvraag "
          "toegekend door de adviseur, tot een maximum van 40 uur ambulante begeleiding per kind per schooljaar. "
          "De bovenschoolse groepen ontvangen een vast budget per plaats. Het bestuur stelt deze bedragen ieder jaar "
          "in november vast bij de begroting; de scholen horen vóór 1 december welk budget zij krijgen."),
        tbl(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
            ["Ondersteuningsmiddelen rijk", "7.610", "7.560", "7.520", "7.490", "7.460"],
            ["Afdrachten DUO", "-3.720", "-3.700", "-3.690", "-3.680", "-3.670"],
            ["Schoolbudgetten", "1.860", "1.850", "1.840", "1.830", "1.820"],
            ["Expertarrangementen", "640", "640", "640", "640", "640"],
            ["Bovenschoolse groepen", "720", "880", "890", "900", "910"],
            ["Terugkeerarrangementen", "90", "100", "100", "100", "100"],
            ["Thuiszitters en Doorbraakoverleg", "120", "120", "120", "120", "120"],
            ["Bureau", "610", "615", "620", "625", "630"],
            ["Saldo", "-150", "-345", "-380", "-405", "-430"]),
        p("De tekorten worden gedekt uit de algemene reserve, die eind 2025 € 2,3 miljoen bedroeg. Aan het eind "
          "van de planperiode is de reserve teruggebracht tot ongeveer € 600.000, het niveau dat nodig is om "
          "financiële risico's op te vangen. Besturen verantwoorden de besteding van de schoolbudgetten jaarlijks "
          "vóór 1 mei in een korte rapportage; de controller bespreekt afwijkingen met het bestuur."),
        h1("Resultaten en kwaliteit"),
        p("Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld:"),
        tbl(["Beoogd resultaat", "Indicator", "Nu (1-10-2025)", "2030"],
            ["Minder thuiszitters", "Kinderen langer dan 3 maanden zonder passend onderwijs", "11", "ten hoogste 4"],
            ["Alle scholen op niveau", "Scholen die aan alle basisvoorzieningen voldoen", "92%", "100%"],
            ["Meer terugkeer", "Terugplaatsingen uit sbo en so per jaar", "18", "ten minste 20"],
            ["Specialistische kennis dichterbij", "Expertarrangementen per jaar", "210", "300"],
            ["Tevreden scholen", "Waardering scholen voor de adviseurs (1–10)", "7,2", "ten minste 7,5"]),
        p("Wij volgen deze resultaten in een kwaliteitsmonitor. De gegevens komen uit onze eigen registratie, uit "
          "de telling van DUO op 1 oktober en uit een jaarlijkse vragenlijst onder scholen. De directeur-bestuurder "
          "rapporteert twee keer per jaar (januari en juni) aan het bestuur en de ondersteuningsplanraad over de "
          "stand van zaken. In het jaarverslag leggen wij verantwoording af over de bereikte resultaten en de "
          "middelen die daarvoor zijn ingezet. Halverwege de planperiode, in 2028, houden wij een tussenevaluatie "
          "met alle besturen."),
        h1("Samenwerking met gemeenten"),
        p("Met de drie gemeenten hebben wij in het OOGO een gezamenlijke agenda vastgesteld. Daarin staan "
          "afspraken over de inzet van jeugdteams op scholen, over onderwijs-zorgarrangementen in het so, over de "
          "aanpak van thuiszitters en over leerlingenvervoer. Gemeenten en samenwerkingsverband financieren samen "
          "de schoolmaatschappelijk werkers. Ieder kwartaal is er een ambtelijk overleg en twee keer per jaar een "
          "bestuurlijk overleg met de wethouders."),
        h1("Organisatie en medezeggenschap"),
        p("Het samenwerkingsverband is een stichting met een raad van toezicht van vijf leden. De directeur-"
          "bestuurder is het bestuur. De aangesloten schoolbesturen komen twee keer per jaar bijeen in de "
          "Bestuurlijke Ontmoeting, waarin zij advies geven over de begroting en het jaarplan. De "
          "ondersteuningsplanraad heeft instemmingsrecht op het kernplan en op wijzigingen daarvan. De "
          "medezeggenschapsraad van het bureau adviseert over personele zaken."),
        h1("Personeel en professionalisering"),
        p("De adviseurs passend onderwijs en de orthopedagogen zijn in dienst van het samenwerkingsverband. Zij "
          "volgen jaarlijks scholing en werken in intervisiegroepen. Voor intern begeleiders organiseren wij vier "
          "netwerkbijeenkomsten per jaar, voor leerkrachten een jaarlijkse inspiratiedag. De specialisten van het "
          "sbo en so die ambulante begeleiding geven, blijven in dienst van hun eigen bestuur. Wij ondersteunen "
          "besturen bij het opleiden van gedragsspecialisten en rekencoördinatoren."),
        h2("Communicatie met scholen en partners"),
        p("Scholen en partners vinden alle formulieren, handreikingen en werkinstructies op het besloten deel van "
          "de website. Zes keer per jaar verschijnt de nieuwsbrief Passend in Lindewoude, met nieuws uit het "
          "samenwerkingsverband en voorbeelden van scholen. De adviseurs zijn het eerste aanspreekpunt voor "
          "directeuren en intern begeleiders. Jaarlijks organiseren wij in het najaar een conferentie voor alle "
          "betrokkenen, met workshops van scholen en ketenpartners."),
        h2("Leerlingenvervoer en huisvesting"),
        p("Leerlingenvervoer is een taak van de gemeenten. Omdat veel kinderen in het sbo en so met aangepast "
          "vervoer naar school gaan, overleggen wij jaarlijks met de gemeenten over de reistijden en over de "
          "afstemming van schooltijden en vervoer. Ook over de huisvesting van de bovenschoolse groepen en de "
          "uitbreiding van De Overstap voeren wij overleg met de gemeenten en de besturen die eigenaar zijn van de "
          "gebouwen. Voor de tweede groep van De Overstap is een lokaal beschikbaar in een basisschool in "
          "Lindewoude."),
        h2("Inspectie"),
        p("De inspectie heeft het samenwerkingsverband in 2024 bezocht. Zij beoordeelde de kwaliteitszorg en de "
          "financiële continuïteit als voldoende. Als verbeterpunt noemde de inspectie de aanpak van kinderen die "
          "langdurig thuiszitten; die aanpak hebben wij in dit kernplan aangescherpt."),
        h2("Werkdruk en duurzame inzetbaarheid"),
        p("Het werk in het onderwijs is zwaar, zeker in groepen met veel kinderen die extra ondersteuning nodig "
          "hebben. Wij nemen signalen over werkdruk serieus. De vereenvoudiging van de aanvraagprocedure voor "
          "arrangementen is daar een voorbeeld van: minder formulieren betekent meer tijd voor de kinderen. Daarnaast "
          "bieden de adviseurs en orthopedagogen coaching op de werkvloer, niet alleen bij individuele kinderen "
          "maar ook bij groepsdynamiek en klassenmanagement. Samen met de besturen onderzoeken wij of wij een "
          "gezamenlijke invalpool van onderwijsassistenten kunnen inrichten voor scholen met veel ondersteuningsvragen."),
        h1("Privacy en ICT"),
        p("Wij verwerken alleen persoonsgegevens die nodig zijn voor onze taken, volgens de AVG. Aanvragen lopen via "
          "een beveiligd portaal. Dossiers worden tot drie jaar na het laatste besluit bewaard en daarna vernietigd. "
          "Het samenwerkingsverband heeft een functionaris gegevensbescherming."),
        h1("Planning"),
        tbl(["Schooljaar", "Mijlpaal"],
            ["2026–2027", "Tweede groep De Overstap; vereenvoudigde aanvraag arrangementen"],
            ["2027–2028", "Verkenning onderwijs-dagbehandeling Vrijenburg-Oost afgerond"],
            ["2028–2029", "Tussenevaluatie kernplan"],
            ["2029–2030", "Nieuw kernplan"]),
        h1("Begrippen"),
        ul("Basisondersteuning: de voorzieningen die iedere school biedt.",
           "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen rond een passende plek.",
           "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en kinderen terechtkunnen met "
           "vragen en bij meningsverschillen over onderwijs en ondersteuning.",
           "TLV (toelaatbaarheidsverklaring): besluit van het samenwerkingsverband dat een kind toelaatbaar is tot "
           "het sbo of so. De school vraagt de TLV aan; de commissie toelaatbaarheid besluit binnen zes weken na "
           "advies van twee deskundigen. Een TLV geldt in de regel twee jaar. Tegen het besluit is bezwaar mogelijk.",
           "Terugkeerarrangement: begeleiding van een kind dat uit het s(b)o terugkeert naar de basisschool."),
    ]
    return B


# ============================================================================================
# Near miss - a basisschool's own 'ondersteuningsplan' (school level, not a verband plan) (pdf)
# ============================================================================================
def school_vlinderhof():
    B = []
    B.append(title(
        "Ondersteuningsplan 2025–2026",
        "OBS De Vlinderhof, Arkendaal",
        "Onderdeel van Stichting Openbaar Onderwijs Arkendaal",
        "Vastgesteld door de directie na advies van het team en instemming van de MR, 30 september 2025",
    ))
    B.append(toc(
        (0, "1 Inleiding", 2), (0, "2 Onze visie op ondersteuning", 2), (0, "3 De ondersteuningsniveaus", 3),
        (0, "4 Rollen en taken", 5), (0, "5 Basisondersteuning op De Vlinderhof", 6),
        (0, "6 Extra ondersteuning via het samenwerkingsverband", 7), (0, "7 Verwijzing naar sbo of so", 8),
        (0, "8 Leerlingen die terugkomen uit het sbo", 8), (0, "9 Ouders", 9), (0, "10 Middelen", 10),
        (0, "11 Resultaten en kwaliteit", 10), (0, "12 Jaarkalender ondersteuning", 11),
    ))
    B += [
        h1("1 Inleiding"),
        p("Dit ondersteuningsplan beschrijft hoe wij op OBS De Vlinderhof de ondersteuning van onze leerlingen "
          "organiseren. Het plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het wordt "
          "ieder schooljaar geactualiseerd. De Vlinderhof is een openbare basisschool met 312 leerlingen in "
          "veertien groepen, gelegen in de wijk Vlinderbuurt in Arkendaal. Onze school is aangesloten bij "
          "Samenwerkingsverband Passend Onderwijs Rijnvallei-Zuid (PO 25-91). Het ondersteuningsplan van het "
          "samenwerkingsverband beschrijft de afspraken die voor alle scholen in de regio gelden; dit plan "
          "beschrijft hoe wij die afspraken op onze school uitvoeren. Het plan sluit aan bij ons "
          "schoolondersteuningsprofiel en de schoolgids."),
        h1("2 Onze visie op ondersteuning"),
        p("Op De Vlinderhof mag ieder kind zijn wie het is. Wij geloven dat kinderen het beste leren in een veilige "
          "groep, met een leerkracht die hen kent en die het onderwijs afstemt op wat zij nodig hebben. "
          "Ondersteuning begint daarom in de klas. Wij werken handelingsgericht: we kijken naar de "
          "onderwijsbehoeften van het kind en naar wat de leerkracht nodig heeft om het kind goed te begeleiden. "
          "Ouders zijn daarbij onze belangrijkste partners, want zij kennen hun kind het langst en het best."),
        h1("3 De ondersteuningsniveaus"),
        p("Wij werken met vijf ondersteuningsniveaus. Bij ieder niveau hoort een vaste werkwijze:"),
        tbl(["Niveau", "Omschrijving", "Wie is betrokken", "Vastlegging"],
            ["1", "Goed lesgeven in de groep: instructie op drie niveaus, differentiatie, positief klassenklimaat", "Leerkracht", "Groepsoverzicht"],
            ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching, extra oefening", "Leerkracht", "Groepsplan/blokplan"],
            ["3", "Specifieke ondersteuning na groepsbespreking met de intern begeleider, eventueel met onderzoek", "Leerkracht, IB'er, ouders", "Handelingsplan"],
            ["4", "Ondersteuning na bespreking in het ondersteuningsteam, met inbreng van externe deskundigen", "IB'er, ouders, consulent SWV, jeugdteam", "OPP"],
            ["5", "Arrangement van het samenwerkingsverband of verwijzing naar sbo of so", "Ondersteuningsteam, SWV", "OPP en aanvraag bij het Loket"]),
        p("De overgang naar een hoger niveau vindt plaats na evaluatie. Iedere leerkracht bespreekt de groep drie "
          "keer per jaar in de groepsbespreking met de intern begeleider: in oktober, februari en juni. Daarnaast "
          "zijn er leerlingbesprekingen wanneer een leerkracht zich zorgen maakt. Het ondersteuningsteam komt "
          "vier keer per jaar bijeen."),
        h2("3.1 Groepsbesprekingen"),
        p("In de groepsbespreking analyseren leerkracht en intern begeleider de resultaten van de methodetoetsen en "
          "het leerlingvolgsysteem, de observaties van het welbevinden en de werkhouding. Zij maken afspraken over "
          "de aanpak in de komende periode en leggen die vast in het groepsoverzicht. Leerlingen die op meerdere "
          "gebieden uitvallen, worden aangemeld voor een leerlingbespreking."),
        h2("3.2 Het ondersteuningsteam"),
        p("Het ondersteuningsteam bestaat uit de intern begeleider, de directeur, de consulent van het "
          "samenwerkingsverband en de contactpersoon van het lokale jeugdteam. Ouders worden altijd uitgenodigd "
          "wanneer hun kind wordt besproken. Het ondersteuningsteam kan besluiten tot nader onderzoek, tot "
          "inschakeling van jeugdhulp of tot een aanvraag van een arrangement bij het samenwerkingsverband."),
        h1("4 Rollen en taken"),
        p("De leerkracht is verantwoordelijk voor het onderwijs en de ondersteuning in de groep, signaleert "
          "problemen en bespreekt deze met ouders en de intern begeleider. De intern begeleider (0,8 fte) "
          "coördineert de ondersteuning, voert groeps- en leerlingbesprekingen, coacht leerkrachten en onderhoudt "
          "de contacten met het samenwerkingsverband en externe partners. De directeur is eindverantwoordelijk en "
          "bewaakt de kwaliteit. Onze onderwijsassistenten (2 x 0,6 fte) werken met kleine groepjes leerlingen "
          "volgens het groepsplan. Op onze school werken verder een rekenspecialist, een taalspecialist en een "
          "gedragsspecialist, die collega's adviseren."),
        h1("5 Basisondersteuning op De Vlinderhof"),
        p("De Vlinderhof biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
          "Concreet betekent dit op onze school onder meer: een dyslexieprotocol met extra leesbegeleiding vanaf "
          "groep 3, een plusgroep voor meer- en hoogbegaafde leerlingen op dinsdagmiddag, de Kanjertraining als "
          "schoolbrede aanpak voor sociale veiligheid, een protocol medisch handelen en een anti-pestcoördinator. "
          "In schooljaar 2025–2026 werken wij aan het verbeteren van ons aanbod voor nieuwkomers, omdat wij "
          "op één standaard van de kwaliteitskaart van het samenwerkingsverband nog niet voldoen."),
        h1("6 Extra ondersteuning via het samenwerkingsverband"),
        p("Als wij een leerling niet voldoende kunnen ondersteunen met onze eigen mogelijkheden, kunnen wij na "
          "bespreking in het ondersteuningsteam een arrangement aanvragen bij het Loket Passend Onderwijs van het "
          "samenwerkingsverband. De intern begeleider stelt de aanvraag op, samen met de leerkracht en ouders. De "
          "Commissie Arrangementen van het samenwerkingsverband beslist binnen vier weken. In 2024–2025 hadden "
          "zes leerlingen van onze school een arrangement, onder meer voor ambulante begeleiding bij gedrag en "
          "voor extra begeleiding bij een taalontwikkelingsstoornis."),
        h1("7 Verwijzing naar sbo of so"),
        p("Soms is een andere school beter voor een kind. Als het ondersteuningsteam tot die conclusie komt, "
          "bespreken wij dat uitgebreid met ouders. Het schoolbestuur vraagt dan een toelaatbaarheidsverklaring "
          "(TLV) aan bij het samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van "
          "het samenwerkingsverband. De intern begeleider begeleidt ouders bij het kiezen en bezoeken van een "
          "school voor speciaal (basis)onderwijs. Vorig schooljaar zijn twee leerlingen van onze school "
          "doorgestroomd naar het sbo."),
        h1("8 Leerlingen die terugkomen uit het sbo"),
        p("Wij staan open voor leerlingen die vanuit het speciaal (basis)onderwijs terugkeren naar het regulier "
          "onderwijs. Voordat een leerling bij ons start, vindt een overdrachtsgesprek plaats met de sbo- of "
          "so-school en ouders. Wij maken afspraken over de begeleiding in de eerste maanden en vragen waar nodig "
          "een terugplaatsingsarrangement aan bij het samenwerkingsverband."),
        h1("9 Ouders"),
        p("Wij informeren ouders over de ondersteuning op onze school via de schoolgids, de website en de "
          "informatieavond aan het begin van het schooljaar. Zorgen over een kind bespreken wij altijd eerst met "
          "ouders. Ouders worden betrokken bij het opstellen van het handelingsplan en het OPP en tekenen het OPP "
          "voor akkoord op het handelingsdeel. Ouders die vragen hebben over passend onderwijs of het niet eens "
          "zijn met de school, kunnen terecht bij de intern begeleider, de directeur of de vertrouwenspersoon van "
          "onze stichting. Zij kunnen ook contact opnemen met de Onderwijsconsulenten of het ouder- en "
          "jeugdsteunpunt van het samenwerkingsverband. Onze klachtenregeling staat in de schoolgids."),
        h1("10 Middelen"),
        p("Onze school ontvangt via ons bestuur een deel van het schoolbudget van het samenwerkingsverband. Voor "
          "2025–2026 is dat € 51.480 (312 leerlingen x € 165). Wij zetten dit bedrag in voor extra uren van de "
          "intern begeleider (0,2 fte), een onderwijsassistent (0,6 fte) en materialen voor de plusgroep. Onze "
          "directeur verantwoordt de besteding jaarlijks aan het bestuur."),
        h1("11 Resultaten en kwaliteit"),
        p("Wij volgen de ontwikkeling van onze leerlingen met het leerlingvolgsysteem en de eindtoets van groep 8. "
          "In 2024–2025 behaalde 96% van onze leerlingen het fundamentele niveau 1F voor lezen, taalverzorging "
          "en rekenen, en 61% het streefniveau. Twee keer per jaar maken wij een trendanalyse en bespreken wij de "
          "resultaten in het team en met de MR. Ons doel voor 2025–2026 is dat ten minste 65% van de leerlingen "
          "het streefniveau voor lezen haalt."),
        h1("12 Jaarkalender ondersteuning"),
        tbl(["Maand", "Activiteit"],
            ["September", "Startgesprekken met ouders; overdracht groepsoverzichten"],
            ["Oktober", "Groepsbesprekingen ronde 1; ondersteuningsteam"],
            ["Januari/februari", "Midden-toetsen; trendanalyse; groepsbesprekingen ronde 2"],
            ["Maart", "Ondersteuningsteam; voorlopig schooladvies groep 8 al gegeven"],
            ["Juni", "Eind-toetsen; groepsbesprekingen ronde 3; ondersteuningsteam; evaluatie dit plan"],
            ["Juli", "Overdracht naar nieuwe leerkracht; actualisatie ondersteuningsplan"]),
    ]
    return B


# ============================================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    render_docx(plan_rijnvallei(), OUT / "holdout76_po_rijnvallei-zuid.docx",
                header_text="SWV Passend Onderwijs Rijnvallei-Zuid  |  Ondersteuningsplan 2026–2030",
                footer_text="Stichting SWV Passend Onderwijs Rijnvallei-Zuid – Ondersteuningsplan 2026–2030",
                doc_title="Ondersteuningsplan 2026-2030 SWV Rijnvallei-Zuid")
    render_docx(plan_veenstreek(), OUT / "holdout76_po_veenstreek-noord.docx",
                header_text="Ondersteuningsplan 2026–2030 Veenstreek-Noord (PO 22-84)",
                footer_text="Samenwerkingsverband Primair Onderwijs Veenstreek-Noord",
                doc_title="Ondersteuningsplan Veenstreek-Noord")
    render_pdf(plan_kempenrand(), OUT / "holdout76_po_kempenrand.pdf",
               header_text="SWV De Kempenrand – Ondersteuningsplan 2026-2030",
               footer_text="PO 30-77 | www.swvdekempenrand.nl",
               doc_title="Ondersteuningsplan De Kempenrand")
    render_pdf(plan_westkust(), OUT / "holdout76_vo_westkust-polder.pdf",
               header_text="Ondersteuningsplan 2026–2030 | SWV VO Westkust-Polder",
               footer_text="VO 29-93 – Koers op passend onderwijs",
               doc_title="Ondersteuningsplan Westkust-Polder")
    render_html(plan_lindewoude(), OUT / "holdout76_po_lindewoude.html",
                page_title="Kernplan passend onderwijs 2026–2030 | SWV PPO Lindewoude",
                nav_items=[("Home", "/"), ("Kernplan", "/kernplan"), ("Toelaatbaarheid", "/toelaatbaarheid"),
                           ("Terugplaatsing", "/terugplaatsing"), ("Voor ouders", "/ouders"),
                           ("Contact", "/contact")],
                footer_html="<p>SWV Passend Primair Onderwijs Lindewoude (PO 27-88) &middot; Stationsweg 12, "
                            "Lindewoude</p><p>Vragen als ouder? Bel het Ouder- en Jeugdsteunpunt Lindewoude "
                            "(0341-555 210) of kijk op de pagina Voor ouders. Klachten: zie "
                            "klachtenregeling.</p>")
    render_pdf(school_vlinderhof(), OUT / "holdout76_nearmiss_school-ondersteuningsplan.pdf",
               header_text="OBS De Vlinderhof – Ondersteuningsplan 2025–2026",
               footer_text="Stichting Openbaar Onderwijs Arkendaal",
               doc_title="Ondersteuningsplan OBS De Vlinderhof")


if __name__ == "__main__":
    main()
