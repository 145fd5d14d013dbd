#!/usr/bin/env python3
"""Generate the holdout244 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss document
(a school-level 'ondersteuningsplan'), plus their .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: ("title", str) ("h1", str) ("h2", str) ("p", str) ("ul", [str])
#              ("table", [[cells], ...]) first row = header, ("toc", [str])
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            doc.add_paragraph(val)
        elif kind == "pagebreak":
            doc.add_page_break()
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
            doc.add_page_break()
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                cells = t.add_row().cells
                for c, txt in enumerate(row):
                    cells[c].text = txt
                    if r == 0:
                        for run in cells[c].paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-for-byte reproducible."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout244_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<header class="site"><p>Home | Over ons | Ouders | Scholen | Toelaatbaarheid | '
           'Ondersteuningsplan | Contact</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{html.escape(val)}</p>')
        elif kind == "pagebreak":
            continue
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", '<footer><p>Volg ons | Privacyverklaring | Cookies | '
            'Ouder- en jeugdsteunpunt | Klachten</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_txt(blocks, path):
    out = []
    for kind, val in blocks:
        if kind in ("title", "h1"):
            out += ["", val.upper() if kind == "title" else val, "=" * len(val), ""]
        elif kind == "h2":
            out += ["", val, "-" * len(val)]
        elif kind in ("p", "sub"):
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {i}" for i in val] + [""]
        elif kind == "toc":
            out += ["Inhoud", "------"] + val + [""]
        elif kind == "table":
            out += [" | ".join(r) for r in val] + [""]
    path.write_text("\n".join(out).strip() + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        else:
            n += sum(len(i.split()) for i in val)
    return n


# ---------------------------------------------------------------------------
# Shared filler (parameterised). None of these paragraphs addresses a core
# criterion; they contain element vocabulary in passing only.
# ---------------------------------------------------------------------------

def f_voorwoord(n, per, voorzitter):
    return [("h1", "Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan {per} van {n}. Het plan is tot stand gekomen in een "
                  "periode waarin het onderwijs in onze regio voor grote opgaven staat: het tekort aan leraren en "
                  "intern begeleiders, de toenemende complexiteit van ondersteuningsvragen en de verwachtingen die "
                  "de landelijke verbeteraanpak passend onderwijs met zich meebrengt. In de afgelopen maanden hebben "
                  "schoolbesturen, directeuren, intern begeleiders, vertegenwoordigers van gemeenten en de leden van "
                  "de ondersteuningsplanraad met elkaar gesproken over de koers voor de komende vier jaar."),
            ("p", "Wij danken alle betrokkenen voor hun inzet en voor de open en constructieve wijze waarop het "
                  "gesprek is gevoerd. Het plan is nadrukkelijk geen eindpunt. Het is een kader dat richting geeft "
                  "aan wat scholen, besturen en het samenwerkingsverband samen doen, en dat jaarlijks via het jaarplan "
                  "verder wordt ingevuld. Waar dit plan spreekt over ouders, middelen, arrangementen of resultaten, "
                  "doet het dat vanuit de overtuiging dat passend onderwijs pas slaagt als iedereen zich "
                  "medeverantwoordelijk voelt voor ieder kind in de regio."),
            ("p", f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n\n{voorzitter}, "
                  "voorzitter van het algemeen bestuur")]


def f_wettelijk(sector_word="basisonderwijs"):
    return [("h2", "Wettelijk kader"),
            ("p", "Het ondersteuningsplan is het centrale beleidsdocument van het samenwerkingsverband. De wet "
                  "schrijft voor dat het plan ten minste eenmaal per vier jaar wordt vastgesteld en dat het onder "
                  "meer ingaat op de voorzieningen voor basisondersteuning, de verdeling en besteding van middelen, "
                  "de procedure en criteria voor toelaatbaarheid, de terugplaatsing of overplaatsing naar het "
                  f"{sector_word}, de beoogde en bereikte resultaten en de wijze waarop ouders worden geïnformeerd. "
                  "Deze opsomming is in de wet opgenomen; in de hoofdstukken van dit plan geven wij aan hoe wij daar "
                  "invulling aan geven, voor zover dat in dit stadium mogelijk is."),
            ("p", "Voorafgaand aan de vaststelling voert het samenwerkingsverband op overeenstemming gericht overleg "
                  "(OOGO) met de gemeenten in de regio en overleg met het aangrenzende samenwerkingsverband. Het plan "
                  "behoeft de instemming van de ondersteuningsplanraad en wordt vóór 1 mei toegezonden aan de "
                  "Inspectie van het Onderwijs.")]


def f_context(n, region, gemeenten, besturen, scholen, leerlingen):
    return [("h1", "De regio en het samenwerkingsverband"),
            ("p", f"{n} omvat het grondgebied van de gemeenten {gemeenten}. In de regio {region} zijn {besturen} "
                  f"schoolbesturen aangesloten met samen {scholen} scholen. Op de teldatum van 1 oktober 2024 "
                  f"telden deze scholen {leerlingen} leerlingen. De regio kent zowel stedelijke wijken met een hoge "
                  "dynamiek als kleine kernen waar de dichtstbijzijnde school soms op meer dan tien kilometer ligt. "
                  "Die verscheidenheid vraagt om maatwerk in de samenwerking tussen besturen, en om een bureau dat "
                  "bereikbaar is voor scholen in alle delen van het gebied."),
            ("p", "De leerlingenprognoses laten voor de planperiode een licht teruglopend leerlingaantal zien, met "
                  "uitzondering van twee groeikernen waar nieuwbouwwijken worden opgeleverd. Het samenwerkingsverband "
                  "volgt deze ontwikkeling omdat zij gevolgen heeft voor de organisatie van het onderwijs, voor "
                  "huisvesting en voor het leerlingenvervoer, onderwerpen waarover de gemeenten beslissen."),
            ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een gedeeld onderwijskantoor en "
                  "bestaat uit een directeur-bestuurder, een beleidsmedewerker, een controller (gedeeltelijk "
                  "ingehuurd), een secretariaat en een team van consulenten en orthopedagogen.")]


def f_visie(n, kernwoord):
    return [("h1", "Visie, missie en koers"),
            ("h2", "Missie"),
            ("p", f"{n} bestaat om de schoolbesturen in de regio in staat te stellen hun gezamenlijke "
                  "verantwoordelijkheid voor passend onderwijs waar te maken. Wij verbinden, faciliteren en "
                  "versterken. Wij zijn geen schoolbestuur en nemen de verantwoordelijkheid van besturen niet over; "
                  "wij zorgen ervoor dat die verantwoordelijkheid samen kan worden gedragen."),
            ("h2", "Visie"),
            ("p", f"Onze visie laat zich samenvatten in het woord '{kernwoord}'. Wij geloven dat kinderen het best "
                  "tot hun recht komen in een omgeving die hen kent, die dichtbij is en waarin professionals elkaar "
                  "weten te vinden. Inclusie is voor ons geen ideologie maar een praktische opdracht: wat kan er in "
                  "de reguliere klas, wat is daarvoor nodig, en wie helpt de leraar daarbij? Wij kiezen voor "
                  "vertrouwen boven controle, voor eenvoud boven bureaucratie en voor het gesprek boven het formulier."),
            ("p", "Deze visie vraagt iets van alle partijen. Van leraren vraagt zij nieuwsgierigheid en de bereidheid "
                  "om hulp te vragen. Van schoolleiders vraagt zij ruimte voor professionals. Van besturen vraagt zij "
                  "dat zij over de grenzen van de eigen stichting heen kijken. En van het samenwerkingsverband vraagt "
                  "zij dat het zich dienstbaar opstelt en de drempels voor scholen zo laag mogelijk houdt."),
            ("h2", "Kernwaarden"),
            ("ul", ["Dichtbij: ondersteuning zo thuisnabij als mogelijk en zo regulier als mogelijk.",
                    "Samen: besturen, scholen en partners delen kennis en verantwoordelijkheid.",
                    "Eenvoud: heldere afspraken, korte lijnen, zo min mogelijk administratieve last.",
                    "Lerend: wij evalueren onze werkwijze en stellen haar bij waar nodig."])]


def f_governance(n, rvt=True):
    toezicht = ("Het intern toezicht is belegd bij een raad van toezicht van vijf leden, van wie drie "
                "onafhankelijk en twee op voordracht van de aangesloten besturen." if rvt else
                "Het toezicht is belegd bij het algemeen bestuur, waarin alle aangesloten schoolbesturen zijn "
                "vertegenwoordigd; de dagelijkse leiding ligt bij een directeur met een bestuursmandaat.")
    return [("h1", "Organisatie en governance"),
            ("p", f"{n} is een stichting waarin alle schoolbesturen met scholen in de regio zijn aangesloten. De "
                  "statuten voorzien in een scheiding tussen bestuur en toezicht, zoals de Code Goed Bestuur in het "
                  f"primair onderwijs aanbeveelt. {toezicht}"),
            ("p", "De directeur-bestuurder is verantwoordelijk voor de uitvoering van het ondersteuningsplan, de "
                  "aansturing van het bureau en de externe contacten. Hij of zij legt verantwoording af aan het "
                  "toezichthoudend orgaan en voert periodiek overleg met de bestuurders van de aangesloten besturen in "
                  "het bestuurlijk overleg. Dit overleg heeft geen formele bevoegdheden, maar is de plek waar de "
                  "gezamenlijke koers wordt besproken en waar besturen elkaar aanspreken op de gemaakte afspraken."),
            ("p", "Daarnaast kent het samenwerkingsverband een directeurenoverleg per subregio en een netwerk van "
                  "intern begeleiders dat viermaal per jaar bijeenkomt. Deze overleggen hebben een adviserende en "
                  "verbindende functie. Het reglement van de organen, het managementstatuut en het treasurystatuut "
                  "zijn vastgesteld documenten die los van dit plan worden onderhouden.")]


def f_opr(parents_detail=True):
    blocks = [("h1", "Medezeggenschap"),
              ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en wijziging van het "
                    "ondersteuningsplan. De OPR heeft het concept van dit plan in drie bijeenkomsten besproken en op "
                    "11 maart 2025 met het plan ingestemd. Daarnaast beschikt het samenwerkingsverband als werkgever "
                    "over een eigen medezeggenschapsraad voor het personeel van het bureau.")]
    if parents_detail:
        blocks.append(("p", "De OPR bestaat voor de helft uit ouders en voor de helft uit personeelsleden, "
                            "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. Zo hebben "
                            "ouders via de OPR een stem in het beleid van het samenwerkingsverband. De leden worden "
                            "gefaciliteerd met scholing en ontvangen een vergoeding per vergadering."))
    else:
        blocks.append(("p", "De leden worden afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen "
                            "en ontvangen scholing en een vergoeding per vergadering. Het reglement van de OPR is "
                            "in 2024 geactualiseerd."))
    return blocks


def f_oogo(themes=True, gemeenten="de gemeenten"):
    blocks = [("h1", "Samenwerking met gemeenten"),
              ("p", f"Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd met "
                    f"{gemeenten} op 4 februari 2025. Het verslag van dit overleg is vastgesteld in de "
                    "daaropvolgende bestuurlijke bijeenkomst. Er zijn geen punten van verschil geconstateerd die "
                    "aanleiding gaven tot toepassing van de geschillenregeling.")]
    if themes:
        blocks.append(("p", "Inhoudelijk werken wij met de gemeenten samen aan een sluitende aanpak voor kinderen "
                            "die zowel onderwijsondersteuning als jeugdhulp nodig hebben. Jeugdhulp in "
                            "onderwijstijd wordt waar mogelijk gecombineerd in onderwijs-zorgarrangementen, met één "
                            "gezamenlijk plan en een vaste contactpersoon vanuit het lokale team. De afspraken zijn "
                            "vastgelegd in een regionale samenwerkingsagenda die jaarlijks wordt geactualiseerd en "
                            "die ook de thema's leerlingenvervoer, onderwijshuisvesting en vroegsignalering omvat."))
    return blocks


def f_personeel():
    return [("h1", "Personeel en professionalisering"),
            ("p", "Het bureau van het samenwerkingsverband heeft een beperkte formatie. De consulenten en "
                  "orthopedagogen zijn in dienst van het samenwerkingsverband of worden gedetacheerd vanuit een van de "
                  "aangesloten besturen. Wij investeren in hun deskundigheid door intervisie, casuïstiekbespreking en "
                  "een individueel scholingsbudget. Het personeelsbeleid sluit aan bij de cao primair onderwijs."),
            ("p", "De krapte op de arbeidsmarkt raakt ook ons. Het wordt moeilijker om ervaren orthopedagogen en "
                  "intern begeleiders te vinden. Samen met de besturen verkennen wij een regionale pool en een "
                  "gezamenlijke opleiding tot intern begeleider. Het samenwerkingsverband organiseert jaarlijks een "
                  "studiedag voor alle intern begeleiders en een leernetwerk voor schoolleiders over inclusief "
                  "onderwijs. Het scholingsaanbod wordt jaarlijks afgestemd met de besturen zodat dubbelingen worden "
                  "voorkomen."),
            ("p", "Leraren die met complexe groepen werken, kunnen een beroep doen op collegiale consultatie. "
                  "Wij stimuleren dat scholen van elkaar leren, bijvoorbeeld door bezoeken aan scholen die een "
                  "bepaalde expertise hebben opgebouwd. Kennisdeling is in onze regio een gedeelde "
                  "verantwoordelijkheid en geen taak van het bureau alleen.")]


def f_ict_privacy():
    return [("h1", "Informatievoorziening en privacy"),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat noodzakelijk is "
                  "voor de uitvoering van zijn wettelijke taken. Het bureau werkt met een beveiligd digitaal "
                  "dossiersysteem waarin scholen aanvragen indienen en documenten uitwisselen. Alleen medewerkers die "
                  "bij de behandeling van een aanvraag betrokken zijn, hebben toegang tot het dossier. Gegevens worden "
                  "niet langer bewaard dan nodig en uiterlijk drie jaar na het laatste besluit vernietigd."),
            ("p", "Het samenwerkingsverband beschikt over een privacyreglement, een verwerkingsregister en een "
                  "functionaris voor gegevensbescherming die wordt gedeeld met een aantal aangesloten besturen. "
                  "Datalekken worden gemeld volgens de geldende procedure. In de planperiode vervangen wij het "
                  "dossiersysteem door een nieuwe applicatie die beter aansluit op de leerlingadministratiesystemen "
                  "van de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd.")]


def f_planning(per_years):
    rows = [["Schooljaar", "Accent"]]
    accents = ["Implementatie van het plan, inwerken nieuwe werkwijze", "Verdieping en eerste bijstelling",
               "Tussentijdse bespreking in bestuur en OPR", "Voorbereiding volgend ondersteuningsplan"]
    for y, a in zip(per_years, accents):
        rows.append([y, a])
    return [("h1", "Planning en jaarcyclus"),
            ("p", "Dit ondersteuningsplan beschrijft de koers op hoofdlijnen. De uitwerking vindt plaats in een "
                  "jaarplan met bijbehorende jaarbegroting, dat telkens vóór 1 augustus door het bestuur wordt "
                  "vastgesteld na advies van de OPR. Onderstaand overzicht geeft de accenten per schooljaar weer."),
            ("table", rows),
            ("p", "De planning is indicatief. Landelijke ontwikkelingen, zoals de wetgeving over het ouder- en "
                  "jeugdsteunpunt en een mogelijke landelijke norm voor basisondersteuning, kunnen leiden tot "
                  "aanpassing van de accenten. Wijzigingen van het plan worden ter instemming aan de OPR voorgelegd.")]


GLOSSARY = [
    ("Arrangement", "Het geheel van afspraken over ondersteuning voor een leerling of groep, met inzet van "
                    "middelen, expertise of voorzieningen."),
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband "
                           "bieden, zonder aanvraag bij het samenwerkingsverband."),
    ("Beoogde en bereikte resultaten", "De doelen die het samenwerkingsverband zich stelt voor leerlingen met een "
                                       "ondersteuningsbehoefte en de mate waarin die zijn gerealiseerd."),
    ("Dekkend netwerk", "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende "
                        "plek beschikbaar is."),
    ("Meerjarenbegroting", "Een begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
    ("OOGO", "Op overeenstemming gericht overleg met gemeenten."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen "
                                        "en zorgen over passend onderwijs."),
    ("Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs die ouders en scholen kosteloos ondersteunen bij "
                             "vastgelopen situaties."),
    ("SOP", "Schoolondersteuningsprofiel."),
    ("Terugplaatsing", "De overstap van een leerling van het speciaal (basis)onderwijs naar het reguliere "
                       "onderwijs."),
    ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
    ("TLV", "Toelaatbaarheidsverklaring: het besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
            "tot het sbo of so (vso)."),
    ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over schoolbesturen en "
                     "voorzieningen."),
]


def f_glossary(title="Bijlage: Begrippenlijst", skip=()):
    rows = [["Begrip", "Omschrijving"]] + [[a, b] for a, b in GLOSSARY if a not in skip]
    return [("h1", title), ("table", rows)]


def vo_adapt(blocks):
    """Adapt shared PO filler wording for the VO plan."""
    rep = [("cao primair onderwijs", "cao voortgezet onderwijs"),
           ("Code Goed Bestuur in het primair onderwijs", "Code Goed Onderwijsbestuur VO"),
           ("netwerk van intern begeleiders", "netwerk van ondersteuningscoördinatoren"),
           ("alle intern begeleiders", "alle ondersteuningscoördinatoren"),
           ("opleiding tot intern begeleider", "opleiding tot ondersteuningscoördinator"),
           ("intern begeleiders", "ondersteuningscoördinatoren"),
           ("het sbo of so (vso)", "het vso"),
           ("speciaal (basis)onderwijs", "voortgezet speciaal onderwijs"),
           ("kinderen", "jongeren"), ("cao PO", "cao VO")]
    out = []
    for kind, val in blocks:
        def fix(s):
            for a, b in rep:
                s = s.replace(a, b)
            return s
        if isinstance(val, str):
            out.append((kind, fix(val)))
        elif kind == "table":
            out.append((kind, [[fix(c) for c in r] for r in val]))
        else:
            out.append((kind, [fix(i) for i in val]))
    return out


# ===========================================================================
# Plan A - PO, .docx. SWV De Waalboog.
# basis present, plaatsing present, terugstroom partial (beleid deferred; procedure hidden in the
# TLV chapter), financien present (under "Geld en middelen"), dekkend present, resultaten partial
# (monitoring deferred), ouders partial (informatie in "Communicatie"; steunpunt only glossary/deferral)
# ===========================================================================

def plan_a():
    n = "Samenwerkingsverband De Waalboog"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{n}, passend primair onderwijs (PO 25-94)"),
         ("sub", "Vastgesteld door het algemeen bestuur op 25 maart 2025, na instemming van de "
                 "ondersteuningsplanraad op 11 maart 2025."),
         ("pagebreak", ""),
         ("toc", ["Voorwoord", "1 Inleiding", "2 De regio en het samenwerkingsverband", "3 Visie, missie en koers",
                  "4 De ondergrens: wat iedere school biedt", "5 Ondersteuningsroute en arrangementen",
                  "6 Toelaatbaarheid tot sbo en so", "   6.5 Afloop van de toelaatbaarheidsverklaring",
                  "7 Een passende plek voor ieder kind", "8 Geld en middelen", "9 Ambities voor 2029",
                  "10 Communicatie", "11 Organisatie en governance", "12 Medezeggenschap",
                  "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
                  "15 Informatievoorziening en privacy", "16 Planning en jaarcyclus",
                  "Bijlage A Begrippenlijst", "Bijlage B Terugplaatsing en ouder- en jeugdsteunpunt (volgt)"])]
    b += f_voorwoord(n, "2025-2029", "drs. H.J. van Wijhe")
    b += [("h1", "Inleiding"),
          ("p", "Dit plan beschrijft hoe de aangesloten schoolbesturen in de periode 1 augustus 2025 tot en met "
                "31 juli 2029 samen vormgeven aan passend onderwijs. Het plan is opgebouwd langs de lijn van de "
                "ondersteuning zelf: van wat iedere school biedt, via de route naar extra ondersteuning, naar "
                "plaatsing in het speciaal (basis)onderwijs. Daarna volgen de hoofdstukken over geld, ambities, "
                "communicatie en organisatie.")]
    b += f_wettelijk()
    b += f_context(n, "Waalboog", "Druten, Wijchen, Beuningen, West Maas en Waal en Heumen", 9, 58, "11.870")
    b += f_visie(n, "nabijheid")
    b += [("h1", "De ondergrens: wat iedere school biedt"),
          ("p", "De aangesloten besturen hebben afgesproken welke ondersteuning op iedere vestiging van iedere "
                "basisschool in de regio aanwezig is. Deze afspraak vormt de ondergrens: geen enkele vestiging "
                "biedt minder, en ouders kunnen er op elke school in het gebied van uitgaan zonder dat daarvoor een "
                "aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft deze ondergrens op "
                "10 december 2024 vastgesteld; zij geldt voor alle 58 scholen en hun 63 vestigingen."),
          ("p", "Concreet betekent de ondergrens dat op iedere vestiging het volgende aanwezig is:"),
          ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de leraren ondersteunt bij "
                  "het signaleren van en afstemmen op ondersteuningsbehoeften;",
                  "een ondersteuningsteam dat ten minste zesmaal per jaar bijeenkomt, met de intern begeleider, de "
                  "consulent van het samenwerkingsverband en het schoolmaatschappelijk werk;",
                  "het regionale dyslexieprotocol en een protocol ernstige rekenproblemen, inclusief "
                  "compenserende en dispenserende maatregelen;",
                  "een schoolbrede aanpak voor sociale veiligheid en gedrag, met een jaarlijkse monitor en een "
                  "aanpak tegen pesten;",
                  "een aanbod voor leerlingen die meer aankunnen: verrijkingsmateriaal in de groep en deelname aan "
                  "een bovenschoolse plusgroep van één dagdeel per week;",
                  "een aanpak voor leerlingen met een taalachterstand of een andere thuistaal, waaronder NT2-"
                  "materialen en inzet van de taalcoördinator;",
                  "een protocol medisch handelen en afspraken over de ondersteuning van leerlingen met een "
                  "chronische ziekte of lichamelijke beperking;",
                  "de mogelijkheid van een ontwikkelingsperspectiefplan (OPP) voor leerlingen die op een of meer "
                  "vakgebieden een eigen leerlijn volgen."]),
          ("p", "Scholen leggen in hun schoolondersteuningsprofiel en in de schoolgids vast hoe zij deze "
                "ondergrens invullen. Iedere school vult jaarlijks de kwaliteitskaart ondergrens in; de consulent "
                "bespreekt de uitkomsten met de directeur en de intern begeleider. Voldoet een vestiging op een "
                "onderdeel niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat de directeur-"
                "bestuurder van het samenwerkingsverband in het bestuurlijk overleg agendeert.")]
    b += [("h1", "Ondersteuningsroute en arrangementen"),
          ("p", "Ondersteuning in de regio is georganiseerd in vijf niveaus die op elkaar aansluiten. Niveau 1 en 2 "
                "vallen binnen de ondergrens: de leraar stemt af in de groep en de intern begeleider denkt mee. Op "
                "niveau 3 wordt in het ondersteuningsteam een arrangement op de eigen school afgesproken, "
                "bijvoorbeeld extra begeleiding door een onderwijsassistent, een observatie door de orthopedagoog "
                "of ambulante begeleiding vanuit het speciaal onderwijs. Niveau 4 betreft de bovenschoolse "
                "voorzieningen: de observatiegroep De Brug in Wijchen (12 plaatsen, maximaal twintig weken), de "
                "plusklassen in drie subregio's en de taalklas voor nieuwkomers in Druten. Niveau 5 is het "
                "speciaal basisonderwijs (drie sbo-scholen) en het speciaal onderwijs (twee so-scholen voor "
                "cluster 3 en één voor cluster 4)."),
          ("p", "Scholen vragen een arrangement op niveau 3 of 4 aan via het digitale loket. De consulent neemt "
                "binnen tien werkdagen contact op en stelt het arrangement in overleg met school en ouders op. "
                "Arrangementen worden in de regel voor een half jaar toegekend en tussentijds geëvalueerd.")]
    b += [("h1", "Toelaatbaarheid tot sbo en so"),
          ("h2", "Aanvraag"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar "
                "de leerling is ingeschreven of aangemeld. De aanvraag wordt ingediend via het digitale loket en "
                "bevat het groeidocument met het OPP, een verslag van het ondersteuningsteam waarin ten minste één "
                "arrangement op niveau 3 of 4 is geëvalueerd, het onderwijskundig rapport en de zienswijze van de "
                "ouders."),
          ("h2", "Behandeling en besluit"),
          ("p", "De aanvraag wordt behandeld door de Commissie van Toelaatbaarheid (CvT). Twee deskundigen brengen "
                "ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de "
                "leerling, een tweede deskundige (een kinderarts, kinderpsychiater, maatschappelijk werker of "
                "pedagoog). Deskundigen die bij de aanvraag betrokken waren, adviseren niet. De directeur-bestuurder "
                "neemt namens het bestuur het besluit binnen zes weken na ontvangst van de volledige aanvraag. "
                "Ouders ontvangen een afschrift van de adviezen."),
          ("h2", "Criteria"),
          ("p", "Een leerling is toelaatbaar tot het sbo als aan de volgende voorwaarden is voldaan: de ondersteuning "
                "op niveau 3 en 4 is aantoonbaar ingezet en geëvalueerd; de leerling heeft op meerdere "
                "ontwikkelingsgebieden een ondersteuningsbehoefte die de mogelijkheden van de reguliere school, "
                "ook met een arrangement, structureel overstijgt; en de leerling is aangewezen op een kleinere "
                "groep met een specifiek pedagogisch-didactisch klimaat gedurende de hele schooldag. Voor het so "
                "geldt daarnaast dat de ondersteuningsbehoefte samenhangt met een ernstige beperking of stoornis, "
                "dat de leerling intensieve zorg of begeleiding nodig heeft die ook in het sbo niet kan worden "
                "geboden, en dat de deskundigen dit beide onderschrijven."),
          ("h2", "Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so "
                "wordt afgegeven voor één of twee schooljaren, in de categorie laag, midden of hoog. De categorie "
                "volgt uit de aard van de beperking: laag voor leerlingen in cluster 4 en ZML, midden voor "
                "leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met een "
                "meervoudige beperking."),
          ("h2", "Bezwaar"),
          ("p", "Tegen het besluit kan bezwaar worden gemaakt. De mogelijkheden daartoe worden in het besluit vermeld."),
          ("h2", "Afloop van de toelaatbaarheidsverklaring"),
          ("p", "In het laatste schooljaar waarvoor een TLV is afgegeven, bespreekt de s(b)o-school uiterlijk in "
                "februari in de commissie voor de begeleiding of de leerling kan overstappen naar een reguliere "
                "basisschool. De s(b)o-school informeert het loket over de uitkomst. Acht de commissie een overstap "
                "haalbaar, dan meldt de s(b)o-school de leerling in overleg met de ouders aan bij een basisschool en "
                "vindt vóór 1 juni een warme overdracht plaats met de intern begeleider van de ontvangende school; "
                "de ontvangende school beslist over de toelating. Is voortzetting van het speciaal (basis)onderwijs "
                "nodig, dan vraagt het bevoegd gezag van de s(b)o-school vóór 1 april een nieuwe TLV aan."),
          ("p", "Het beleid van het samenwerkingsverband ten aanzien van terugplaatsing, waaronder de vraag welke "
                "ondersteuning een leerling na de overstap krijgt, wordt in de loop van de planperiode samen met de "
                "s(b)o-scholen ontwikkeld en als bijlage B aan dit plan toegevoegd.")]
    b += [("h1", "Een passende plek voor ieder kind"),
          ("p", "De zorgplicht ligt bij het schoolbestuur waar een leerling wordt aangemeld. Kan het bestuur geen "
                "passende plek bieden, dan schakelt het binnen twee weken het loket in. De consulent organiseert "
                "dan een overleg met de betrokken besturen en zorgt dat binnen de wettelijke termijn een passend "
                "aanbod wordt gedaan. Lukt dat niet, dan heeft de directeur-bestuurder op grond van de "
                "samenwerkingsovereenkomst doorzettingsmacht: zij kan een bestuur verzoeken een leerling te plaatsen "
                "met inzet van een arrangement dat het samenwerkingsverband bekostigt."),
          ("p", "Eenmaal per kwartaal bespreekt de thuiszitterstafel, met de leerplichtambtenaren van de vijf "
                "gemeenten, het jeugdteam en de consulenten, alle leerlingen die langer dan vier weken niet of "
                "gedeeltelijk naar school gaan. Op 1 oktober 2024 waren dat er 14, van wie 6 met een vrijstelling. "
                "Voor iedere leerling wordt binnen twee weken een regisseur aangewezen. Jaarlijks maken wij in "
                "maart een analyse van de plekken waar het aanbod tekortschiet: wachtlijsten in het so, kinderen "
                "die buiten de regio naar school gaan en vragen waarvoor geen voorziening bestaat. Op basis van de "
                "analyse van 2024 starten wij in augustus 2025 een tweede observatiegroep en onderzoeken wij met "
                "het so een combinatieklas voor leerlingen met een ernstige taalontwikkelingsstoornis en gedrag.")]
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van DUO een budget voor lichte en zware ondersteuning. Na de "
                "verplichte afdrachten aan het so en de groeibekostiging van het sbo, resteert een bedrag dat "
                "volgens onderstaande afspraken wordt ingezet."),
          ("h2", "Verdeling"),
          ("p", "Het samenwerkingsverband hanteert een schoolmodel. Ieder schoolbestuur ontvangt jaarlijks een "
                "schoolbudget van € 168 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, "
                "vermeerderd met een vaste voet van € 11.500 per vestiging. De besturen zetten dit budget in voor "
                "de ondergrens en voor arrangementen op niveau 3. Arrangementen op niveau 4 en de bovenschoolse "
                "voorzieningen worden centraal bekostigd; het loket kent ze toe op basis van de criteria in "
                "hoofdstuk 5. Het algemeen bestuur stelt de bedragen jaarlijks vóór 1 juli vast; een wijziging van "
                "het verdeelmodel vraagt instemming van de OPR."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuningsbudget (na afdrachten)", "9.640", "9.580", "9.510", "9.450"],
                     ["Schoolbudgetten besturen", "2.720", "2.700", "2.680", "2.660"],
                     ["Arrangementen niveau 4 en bovenschoolse voorzieningen", "3.480", "3.520", "3.540", "3.560"],
                     ["Groeibekostiging sbo en so (peildatum 1 februari)", "2.150", "2.110", "2.070", "2.040"],
                     ["Ondersteuningsteams, consulenten en orthopedagogen", "830", "850", "860", "870"],
                     ["Bureau en organisatie", "560", "570", "575", "580"],
                     ["Resultaat", "-100", "-170", "-215", "-260"]]),
          ("p", "De negatieve resultaten zijn bewust begroot om de reserve, die op 31 december 2024 € 1,9 miljoen "
                "bedroeg, af te bouwen tot het niveau van het berekende risicoprofiel (€ 0,8 miljoen). Ieder "
                "bestuur verantwoordt in zijn jaarverslag de inzet van het schoolbudget aan de hand van een vast "
                "format.")]
    b += [("h1", "Ambities voor 2029"),
          ("p", "Met dit plan leggen wij vast wat wij aan het einde van de planperiode voor kinderen met een "
                "ondersteuningsbehoefte bereikt willen hebben:"),
          ("ul", ["het aandeel leerlingen in sbo en so samen daalt van 3,4% naar ten hoogste 3,0%;",
                  "er zijn op 1 oktober 2028 niet meer dan 5 thuiszitters zonder onderwijsaanbod;",
                  "80% van de leerlingen met een arrangement op niveau 3 of 4 behaalt de doelen uit het OPP;",
                  "ieder kind met een TLV heeft binnen acht weken na het besluit een plek."]),
          ("p", "Op welke wijze en met welke instrumenten wij de voortgang op deze ambities gaan volgen en "
                "rapporteren, leggen wij in het eerste jaar van de planperiode vast in een afzonderlijk "
                "kwaliteitskader, dat ter advisering aan de OPR wordt voorgelegd.")]
    b += [("h1", "Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
                "schoolbesturen via het bestuurlijk overleg, met scholen via een digitale nieuwsbrief die zesmaal "
                "per jaar verschijnt, en met partners via periodieke netwerkbijeenkomsten."),
          ("p", "Ouders informeren wij op verschillende manieren over de ondersteuning in de regio. Op de "
                "ouderpagina van onze website staat per niveau beschreven welke ondersteuning scholen bieden, welke "
                "bovenschoolse voorzieningen er zijn en hoe een arrangement of TLV tot stand komt. De brochure "
                "'Passend onderwijs in de Waalboog' ligt op iedere school en wordt bij inschrijving meegegeven; "
                "hij is ook beschikbaar in het Engels, Arabisch en Pools. Iedere school neemt in de schoolgids een "
                "vaste paragraaf op over de ondergrens en over de route naar extra ondersteuning. Tweemaal per jaar "
                "organiseren wij in samenwerking met de gemeenten een informatieavond voor ouders van kinderen "
                "die de overstap naar sbo of so overwegen. Ouders met vragen kunnen de consulent van hun school "
                "rechtstreeks bellen."),
          ("p", "Ouders zijn gelijkwaardige gesprekspartners. Zij worden uitgenodigd bij het ondersteuningsteam "
                "wanneer hun kind wordt besproken en ondertekenen het OPP. Het samenwerkingsverband verkent in "
                "2025-2026 de inrichting van een ouder- en jeugdsteunpunt; over de vorm wordt later besloten.")]
    b += f_governance(n)
    b += f_opr(True)
    b += f_oogo(True, "de wethouders onderwijs van de vijf gemeenten")
    b += f_personeel()
    b += f_ict_privacy()
    b += f_planning(["2025-2026", "2026-2027", "2027-2028", "2028-2029"])
    b += f_glossary("Bijlage A Begrippenlijst")
    b += [("h1", "Bijlage B Terugplaatsing en ouder- en jeugdsteunpunt"),
          ("p", "Deze bijlage volgt.")]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="partial"),
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'De ondergrens: wat iedere school biedt' defines the minimum for all 63 "
                                  "vestigingen (niveau) and lists concrete provisions (inhoud); kwaliteitskaart + "
                                  "verbeterplan = borging. Heading avoids the word basisondersteuning.",
            "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': applicant, dossier, CvT, two separate deskundigen, "
                         "6 weeks, criteria sbo/so, duration and laag/midden/hoog. Bezwaar only a passing line "
                         "('in het besluit vermeld') - not counted.",
            "terugstroom": "Procedure hidden in TLV chapter §'Afloop van de TLV' (February evaluation, who "
                           "registers, 1 June overdracht, new TLV before 1 April); policy explicitly deferred to "
                           "bijlage B which only says 'Deze bijlage volgt'.",
            "financien": "Under heading 'Geld en middelen': schoolmodel € 168 per leerling + vaste voet, "
                         "central arrangementen (verdeling) and a 2025-2028 table with amounts (besteding); "
                         "reserve reduction and verantwoording format.",
            "dekkend-aanbod": "Ch. 'Ondersteuningsroute en arrangementen' gives niveaus 1-5 incl. voorzieningen "
                              "(continuum); ch. 'Een passende plek voor ieder kind' covers zorgplicht, "
                              "thuiszitterstafel, annual gap analysis and actions (lacunes); OOGO chapter = ketenpartners.",
            "resultaten": "Ch. 'Ambities voor 2029' lists measurable intended results; how they are monitored "
                          "and reported is deferred to a future kwaliteitskader - monitoring not addressed.",
            "ouders": "Informatie inside ch. 'Communicatie' (ouderpagina, brochure in 4 languages, schoolgids "
                      "paragraph, info evenings). Independent help: OJSP only in glossary, planning and a "
                      "'wordt verkend' deferral; TLV bezwaar line is passing - steunpunt not addressed."},
    )
    return n, b, label, "SWV De Waalboog | Ondersteuningsplan 2025-2029 | ondergrens, toelaatbaarheid, " \
                        "terugplaatsing, middelen, ouders"


# ===========================================================================
# Plan B - PO, .docx. SWV Kempenrand.
# basis partial (inhoud only in absent bijlage), plaatsing partial (criteria deferred), terugstroom
# missing (heading trap + deferral), financien partial (besteding p.m.), dekkend present,
# resultaten present (in 'Kwaliteitszorg'), ouders present
# ===========================================================================

def plan_b():
    n = "Stichting Samenwerkingsverband Kempenrand PO"
    b = [("title", "Ondersteuningsplan 2025-2029 'Samen sterk in de Kempenrand'"),
         ("sub", f"{n} (PO 30-97)"),
         ("sub", "Versie 1.0 - vastgesteld 18 maart 2025"),
         ("pagebreak", ""),
         ("toc", ["Voorwoord", "Samenvatting", "1 Terugblik op de planperiode 2021-2025",
                  "2 De regio en het samenwerkingsverband", "3 Visie, missie en koers", "4 Basisondersteuning",
                  "5 Extra ondersteuning en arrangementen", "6 Toewijzing en toelaatbaarheid",
                  "   6.4 Doorstroom en terugplaatsing", "7 Dekkend netwerk en thuiszitters",
                  "8 Financiën", "9 Kwaliteitszorg", "10 Ouders en samenwerking", "11 Organisatie en governance",
                  "12 Medezeggenschap", "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
                  "15 Informatievoorziening en privacy", "16 Planning en jaarcyclus",
                  "Bijlage 1 Begrippenlijst", "Bijlage 2 Kwaliteitskaart Basisondersteuning",
                  "Bijlage 3 Meerjarenbegroting 2025-2029"])]
    b += f_voorwoord(n, "2025-2029", "mr. A.C.M. Verhoeven")
    b += [("h1", "Samenvatting"),
          ("p", "In dit plan zetten de veertien aangesloten besturen de lijn voort die in de vorige planperiode is "
                "ingezet: middelen zo dicht mogelijk bij de leerling, een laagdrempelige toegang tot arrangementen "
                "en een stevige aanpak van thuiszitten. Nieuw zijn de nadruk op de kwaliteit van de "
                "basisondersteuning, een helder toetsingskader voor toelaatbaarheid en de oprichting van een "
                "ouder- en jeugdsteunpunt. Het plan bevat geen uitputtende beschrijving van procedures; die zijn te "
                "vinden in de handleidingen op de website.")]
    b += f_wettelijk()
    b += [("h1", "Terugblik op de planperiode 2021-2025"),
          ("p", "De vorige planperiode stond in het teken van de overgang naar het schoolmodel en de "
                "gevolgen van de coronaperiode. De evaluatie, uitgevoerd door een extern bureau in het najaar van "
                "2024, laat zien dat scholen de kortere lijnen waarderen en dat het aantal aanvragen voor "
                "arrangementen is gestegen. Tegelijk constateerde het bureau dat de kwaliteit van de "
                "basisondersteuning tussen scholen sterk verschilt."),
          ("table", [["Indicator", "2021", "2024", "Doel 2025 (vorig plan)"],
                     ["Deelnamepercentage sbo en so (1 oktober)", "3,6%", "3,2%", "3,3%"],
                     ["Thuiszitters langer dan 4 weken", "19", "11", "10"],
                     ["Tevredenheid scholen over het loket (1-10)", "6,9", "7,6", "7,5"],
                     ["Gemiddelde doorlooptijd aanvraag arrangement (dagen)", "34", "21", "20"]]),
          ("p", "De doelen van het vorige plan zijn grotendeels behaald. Het doel voor het aantal thuiszitters is "
                "net niet gehaald; de leerlingen om wie het gaat hebben vrijwel allemaal een complexe combinatie van "
                "onderwijs- en zorgvragen.")]
    b += f_context(n, "Kempenrand", "Bladel, Eersel, Bergeijk, Reusel-De Mierden en Oirschot", 14, 46, "8.940")
    b += f_visie(n, "samen")
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is in ons samenwerkingsverband het gezamenlijk afgesproken niveau van "
                "ondersteuning dat alle scholen en alle vestigingen van de aangesloten besturen bieden. Het is "
                "daarmee meer dan wat een individuele school in haar profiel beschrijft: het is de afspraak die "
                "besturen met elkaar hebben gemaakt over wat ten minste overal aanwezig is."),
          ("p", "Het niveau van basisondersteuning is opgebouwd uit vier aspecten: basiskwaliteit, preventieve en "
                "licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig, handelingsgericht "
                "werken. De concrete standaarden waaraan iedere school moet voldoen, zijn uitgewerkt in de "
                "Kwaliteitskaart Basisondersteuning (bijlage 2). Die kaart wordt jaarlijks door de besturen "
                "geactualiseerd."),
          ("p", "De consulenten bespreken jaarlijks met iedere school de stand van de basisondersteuning aan de "
                "hand van de kwaliteitskaart. Waar een school onder het afgesproken niveau blijft, maakt het bestuur "
                "afspraken over verbetering, die in het volgende schoolgesprek worden getoetst. Het samenwerkingsverband "
                "rapporteert jaarlijks aan het bestuurlijk overleg over het aantal scholen dat volledig aan het "
                "niveau voldoet.")]
    b += [("h1", "Extra ondersteuning en arrangementen"),
          ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. Het "
                "ondersteuningsaanbod in de Kempenrand kent drie lagen die op elkaar aansluiten. Binnen de school "
                "zet het bestuur arrangementen in vanuit zijn eigen budget, bijvoorbeeld extra handen in de klas, "
                "remedial teaching of een individueel begeleidingstraject. Bovenschools zijn er het "
                "Expertisecentrum Kempenrand met ambulante begeleiders en gedragsspecialisten, twee "
                "kortdurende observatieklassen (Bladel en Eersel, samen 16 plaatsen), een voltijdse voorziening voor "
                "hoogbegaafde leerlingen in Oirschot en een schakelklas voor nieuwkomers. Daarnaast zijn er twee "
                "sbo-scholen in de regio, en leerlingen kunnen gebruikmaken van vier so-scholen in en net buiten "
                "het gebied voor cluster 3 en 4."),
          ("p", "Scholen vragen bovenschoolse arrangementen aan bij de Commissie Arrangementen. De commissie "
                "beslist binnen drie weken en kent arrangementen toe voor ten hoogste één schooljaar.")]
    b += [("h1", "Toewijzing en toelaatbaarheid"),
          ("h2", "Aanvraag van een toelaatbaarheidsverklaring"),
          ("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven, dient de aanvraag voor een "
                "TLV in bij het loket van het samenwerkingsverband. Bij de aanvraag horen het OPP, het verslag van "
                "het multidisciplinair overleg waaraan de ouders hebben deelgenomen, en een toelichting van de "
                "ouders. Het loket controleert binnen vijf werkdagen of de aanvraag volledig is."),
          ("h2", "Advies en besluit"),
          ("p", "De Commissie Toelaatbaarheid legt de aanvraag voor aan twee deskundigen: een GZ-psycholoog of "
                "orthopedagoog-generalist en een tweede deskundige die past bij de vraag van de leerling. Beide "
                "deskundigen geven een eigen schriftelijk advies. De commissie neemt het besluit binnen acht weken "
                "na ontvangst van de volledige aanvraag. Een TLV wordt in de regel afgegeven voor twee schooljaren."),
          ("h2", "Toetsingskader"),
          ("p", "De commissie beoordeelt iedere aanvraag op haar eigen merites en kijkt daarbij naar het geheel "
                "van de situatie van de leerling. Een toetsingskader met de criteria op grond waarvan een leerling "
                "toelaatbaar wordt verklaard tot het sbo of het so, wordt in het schooljaar 2025-2026 door de "
                "commissie opgesteld en daarna door het bestuur vastgesteld."),
          ("h2", "Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken. Het "
                "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
          ("h2", "Doorstroom en terugplaatsing"),
          ("p", "De overstap naar het voortgezet onderwijs verloopt via de Overstapprocedure PO-VO Kempen, die "
                "jaarlijks met het samenwerkingsverband VO wordt afgestemd. Scholen dragen de gegevens over via het "
                "overstapdossier en voeren bij leerlingen met een ondersteuningsbehoefte een warme overdracht. Over "
                "terugplaatsing maakt het samenwerkingsverband in de planperiode nadere afspraken met de "
                "scholen voor speciaal (basis)onderwijs.")]
    b += [("h1", "Dekkend netwerk en thuiszitters"),
          ("p", "Een dekkend netwerk betekent voor ons dat voor iedere leerling in de regio een passende plek "
                "beschikbaar is, zo dicht mogelijk bij huis. Ieder voorjaar brengen de consulenten in kaart waar "
                "dat niet lukt: welke leerlingen op een wachtlijst staan, welke leerlingen buiten de regio "
                "onderwijs volgen en voor welke vragen geen voorziening bestaat. Het bestuurlijk overleg bespreekt "
                "deze inventarisatie in juni en besluit over maatregelen voor het volgende schooljaar. In 2024 "
                "leidde dat tot de voltijdse voorziening voor hoogbegaafde leerlingen."),
          ("p", "Voor thuiszitters werkt het samenwerkingsverband met een regionaal thuiszittersprotocol. Een "
                "school meldt een leerling die langer dan twee weken verzuimt bij de leerplichtambtenaar en bij de "
                "consulent. Binnen tien werkdagen vindt een overleg plaats met school, ouders, leerplicht en "
                "jeugdhulp, waarin een trajectplan wordt opgesteld. Komen partijen er niet uit, dan beslist de "
                "directeur van het samenwerkingsverband na overleg met de betrokken besturen. De zorgplicht blijft "
                "intussen bij het bestuur waar de leerling is ingeschreven of aangemeld.")]
    b += [("h1", "Financiën"),
          ("h2", "Verdeling van de middelen"),
          ("p", "De middelen voor lichte ondersteuning worden volledig doorgezet naar de schoolbesturen, naar rato "
                "van het aantal leerlingen op de teldatum 1 oktober van het voorafgaande jaar. In 2025 komt dat "
                "neer op € 152 per leerling. Van de middelen voor zware ondersteuning worden eerst de wettelijke "
                "afdrachten voor het so en de groeibekostiging van het sbo betaald. Het restant vormt het "
                "arrangementenbudget, waaruit de Commissie Arrangementen bovenschoolse arrangementen toekent op "
                "aanvraag van scholen. Besturen leggen jaarlijks vóór 1 mei in een korte rapportage verantwoording af "
                "over de inzet van de doorgezette middelen."),
          ("h2", "Meerjarenbegroting"),
          ("p", "De meerjarenbegroting 2025-2029 wordt na vaststelling van de jaarbegroting 2026 als bijlage 3 aan "
                "dit plan toegevoegd. Tot die tijd gelden de bedragen als p.m."),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Doorbetaling lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Arrangementenbudget", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Expertisecentrum en bureau", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += [("h1", "Kwaliteitszorg"),
          ("p", "Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Voor deze planperiode hebben "
                "wij met de besturen de volgende beoogde resultaten afgesproken voor leerlingen die extra "
                "ondersteuning nodig hebben:"),
          ("table", [["Beoogd resultaat", "Nulmeting 2024", "Streefwaarde 2029"],
                     ["Deelnamepercentage sbo en so samen", "3,2%", "ten hoogste 3,0%"],
                     ["Thuiszitters langer dan 4 weken (1 oktober)", "11", "ten hoogste 5"],
                     ["Leerlingen met OPP die het uitstroomperspectief halen", "71%", "80%"],
                     ["Scholen die volledig voldoen aan de basisondersteuning", "33 van 46", "46 van 46"],
                     ["Tevredenheid ouders over de ondersteuning (1-10)", "7,1", "7,5"]]),
          ("p", "Het bureau verzamelt de gegevens voor deze indicatoren uit de DUO-telling, de eigen registratie en "
                "een tweejaarlijkse tevredenheidspeiling onder ouders en scholen. Tweemaal per jaar ontvangt het "
                "bestuur een dashboardrapportage; in het jaarverslag worden de bereikte resultaten naast de "
                "streefwaarden gezet en toegelicht. Halverwege de planperiode, in het voorjaar van 2027, bespreken "
                "bestuur en OPR de tussenstand en besluiten zij zo nodig over bijstelling.")]
    b += [("h1", "Ouders en samenwerking"),
          ("p", "Ouders kennen hun kind het best. Het samenwerkingsverband betrekt ouders daarom bij iedere stap: "
                "zij nemen deel aan het multidisciplinair overleg en worden gehoord voordat een arrangement of TLV "
                "wordt aangevraagd."),
          ("p", "Over het ondersteuningsaanbod informeren wij ouders via de website, waar per school het "
                "schoolondersteuningsprofiel en een overzicht van alle bovenschoolse voorzieningen te vinden zijn, "
                "via de ouderbrochure 'Wat als mijn kind meer nodig heeft?' en via de schoolgids. De consulenten "
                "houden op woensdagmiddag een telefonisch spreekuur voor ouders."),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Kempenrand, dat "
                "sinds januari 2025 bestaat en wordt uitgevoerd door een onafhankelijke stichting. Het steunpunt "
                "denkt mee, begeleidt ouders desgewenst naar gesprekken en is bereikbaar via telefoon, e-mail en "
                "een inloopspreekuur in de bibliotheek van Bladel. Daarnaast wijzen wij ouders op de landelijke "
                "Onderwijsconsulenten en, bij geschillen over toelating, verwijdering of het OPP, op de "
                "Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband kunnen worden "
                "ingediend volgens de klachtenregeling.")]
    b += f_governance(n)
    b += f_opr(True)
    b += f_oogo(True, "de vijf Kempengemeenten")
    b += f_personeel()
    b += f_ict_privacy()
    b += f_planning(["2025-2026", "2026-2027", "2027-2028", "2028-2029"])
    b += f_glossary("Bijlage 1 Begrippenlijst")
    b += [("h1", "Bijlage 2 Kwaliteitskaart Basisondersteuning"),
          ("p", "Zie de afzonderlijke publicatie op de website van het samenwerkingsverband."),
          ("h1", "Bijlage 3 Meerjarenbegroting 2025-2029"),
          ("p", "Volgt na vaststelling van de jaarbegroting 2026.")]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="present"),
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' defines the SWV-wide level for all vestigingen "
                                  "(niveau) but gives only the four Referentiekader aspects; the concrete standards "
                                  "are in bijlage 2, which only refers to the website (inhoud not addressed).",
            "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid' has applicant, dossier, two deskundigen, 8 weeks, "
                         "2-year duration, LBT bezwaar; criteria deferred to a toetsingskader 'in 2025-2026'.",
            "terugstroom": "Nothing: §'Doorstroom en terugplaatsing' (heading/TOC trap) only covers PO-VO "
                           "transfer plus a deferral ('maakt nadere afspraken'); term otherwise only in glossary "
                           "and the legal list.",
            "financien": "Ch. 'Financiën' gives the verdeling (€ 152 per leerling, afdrachten, "
                         "arrangementenbudget via commissie, verantwoording before 1 May); the meerjarenbegroting "
                         "is a p.m. table and bijlage 3 'volgt' (besteding not addressed).",
            "dekkend-aanbod": "Ch. 'Extra ondersteuning en arrangementen' (three layers, named voorzieningen) and "
                              "ch. 'Dekkend netwerk en thuiszitters' (annual gap inventory, thuiszittersprotocol).",
            "resultaten": "Ch. 'Kwaliteitszorg' (not named resultaten): beoogde resultaten table with nulmeting and "
                          "streefwaarden; dashboard, jaarverslag, midterm review with OPR; terugblik table too.",
            "ouders": "Ch. 'Ouders en samenwerking': website/brochure/schoolgids/spreekuur (informatie) and "
                      "OJSP Kempenrand, Onderwijsconsulenten, Geschillencommissie (steunpunt)."},
    )
    return n, b, label, None


# ===========================================================================
# Plan C - PO, .pdf. SWV Duin en Polder.
# basis present (content only in a table), plaatsing partial (procedure only on website; criteria in
# table), terugstroom present (unusual wording), financien missing, dekkend partial (lacunes deferred),
# resultaten missing (deferral), ouders present (in 'Communicatie en contact')
# ===========================================================================

def plan_c():
    n = "Samenwerkingsverband Passend Primair Onderwijs Duin en Polder"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{n} (PO 28-93)"),
         ("sub", "Definitieve versie, vastgesteld in de vergadering van het algemeen bestuur van 20 maart 2025"),
         ("pagebreak", ""),
         ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 De regio en het samenwerkingsverband",
                  "3 Visie, missie en koers", "4 Wat ouders op iedere school mogen verwachten",
                  "5 Het ondersteuningscontinuüm", "6 Toelaatbaarheid", "7 Weer naar de basisschool in de buurt",
                  "8 Thuiszitters en dekkend netwerk", "9 Financieel kader", "10 Kwaliteit en ontwikkeling",
                  "11 Communicatie en contact", "12 Organisatie en governance", "13 Medezeggenschap",
                  "14 Samenwerking met gemeenten", "15 Personeel en professionalisering",
                  "16 Informatievoorziening en privacy", "17 Planning en jaarcyclus",
                  "Bijlage Begrippenlijst (o.a. verdeelmodel, meerjarenbegroting, beoogde en bereikte resultaten)"])]
    b += f_voorwoord(n, "2025-2029", "ir. P. Zwetsloot")
    b += [("h1", "Inleiding en leeswijzer"),
          ("p", "Dit plan beschrijft de koers van het samenwerkingsverband voor de schooljaren 2025-2026 tot en met "
                "2028-2029. Het is geschreven voor schoolbesturen, directeuren en intern begeleiders, maar ook voor "
                "ouders en partners die willen weten hoe passend onderwijs in onze regio is georganiseerd. Waar "
                "mogelijk hebben wij gekozen voor gewone taal. Procedures en formulieren zijn niet in het plan "
                "opgenomen; die vindt u op de website.")]
    b += f_wettelijk()
    b += f_context(n, "Duin en Polder", "Katwijk, Noordwijk, Teylingen en Hillegom", 11, 52, "10.310")
    b += f_visie(n, "vertrouwen")
    b += [("h1", "Wat ouders op iedere school mogen verwachten"),
          ("p", "De besturen in Duin en Polder hebben tien standaarden afgesproken. Samen vormen zij de ondergrens "
                "die op iedere vestiging van iedere aangesloten basisschool geldt, ongeacht denominatie, omvang of "
                "ligging. Wat in de tabel staat, hoeft een ouder niet aan te vragen: het is er gewoon."),
          ("table", [["Nr.", "Standaard", "Wat dit concreet betekent"],
                     ["1", "Zicht op ontwikkeling", "Twee keer per jaar groepsbespreking per groep; een "
                                                   "leerlingvolgsysteem voor taal, rekenen en sociaal-emotionele "
                                                   "ontwikkeling."],
                     ["2", "Intern begeleider", "Ten minste één dag per week per 150 leerlingen, met een "
                                               "afgeronde opleiding."],
                     ["3", "Ondersteuningsteam", "Minimaal vijf keer per jaar, met consulent van het SWV en "
                                                "jeugdverpleegkundige."],
                     ["4", "Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; voorleessoftware "
                                       "beschikbaar vanaf groep 4."],
                     ["5", "Rekenen", "Protocol ernstige rekenwiskunde-problemen en dyscalculie."],
                     ["6", "Gedrag", "Een schoolbrede gedragsaanpak, een anti-pestcoördinator en een "
                                     "aandachtsplek in of nabij de klas."],
                     ["7", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en "
                                                      "verrijken in de groep."],
                     ["8", "Taal en nieuwkomers", "NT2-aanpak en een taalcoördinator per bestuur."],
                     ["9", "Medisch handelen", "Protocol medisch handelen; afspraken over medicijnverstrekking."],
                     ["10", "Fysieke toegankelijkheid", "Rolstoeltoegankelijke begane grond en een aangepaste "
                                                       "toiletruimte op iedere vestiging, of een vaste "
                                                       "uitwijklocatie."]]),
          ("p", "Besturen controleren zelf of hun scholen aan de standaarden voldoen en melden dit jaarlijks aan het "
                "samenwerkingsverband.")]
    b += [("h1", "Het ondersteuningscontinuüm"),
          ("p", "Ondersteuning is in onze regio geen trap met vaste treden, maar een doorlopend geheel. Aan de ene "
                "kant staat de ondersteuning die iedere school biedt (hoofdstuk 4). Daarop volgen de "
                "schoolarrangementen, die het bestuur zelf toekent: extra instructie, een "
                "onderwijsassistent, een individuele leerlijn met OPP of begeleiding door een specialist van het "
                "eigen bestuur. Wanneer meer nodig is, kan het ondersteuningsteam een beroep doen op de "
                "bovenschoolse voorzieningen: de Kompasklas voor kinderen met ernstige gedragsproblemen "
                "(tijdelijk, maximaal één jaar, in Katwijk), de taalklas voor nieuwkomers in Noordwijk, de "
                "dagdeelvoorziening voor hoogbegaafde kinderen en ambulante begeleiding vanuit het so. Daarna "
                "komen het speciaal basisonderwijs (twee scholen) en het speciaal onderwijs (drie scholen voor "
                "cluster 3 en 4 in of nabij de regio)."),
          ("p", "Het ondersteuningsteam van de school is de spil. Het team bepaalt, samen met ouders, welke stap in "
                "het continuüm passend is en vraagt zo nodig advies van de consulent. Een overstap naar een "
                "volgende stap is mogelijk zonder dat alle eerdere stappen zijn doorlopen, wanneer dat in het "
                "belang van het kind is.")]
    b += [("h1", "Toelaatbaarheid"),
          ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
                "toelaatbaarheidsverklaring (TLV) nodig. De aanvraagprocedure, de benodigde formulieren en de "
                "termijnen zijn te vinden op www.duinenpolder-po.nl/tlv. In dit plan leggen wij de criteria vast "
                "die bij de beoordeling worden gehanteerd."),
          ("table", [["Voorziening", "Een leerling is toelaatbaar als ...", "Duur TLV / categorie"],
                     ["Speciaal basisonderwijs", "(a) de school met een arrangement gedurende ten minste zes "
                                                 "maanden onvoldoende tegemoet kon komen aan de "
                                                 "ondersteuningsbehoefte, en (b) de leerling is aangewezen op een "
                                                 "kleine groep met specialistische begeleiding gedurende de hele "
                                                 "schooldag, en (c) de ontwikkeling op ten minste twee domeinen "
                                                 "(leren, gedrag, werkhouding, sociaal-emotioneel) stagneert.",
                      "Tot het einde van de basisschoolperiode"],
                     ["Speciaal onderwijs cluster 3", "(a) sprake is van een verstandelijke, lichamelijke of "
                                                      "meervoudige beperking of langdurige ziekte die leidt tot een "
                                                      "intensieve, doorlopende ondersteuningsbehoefte, en (b) het "
                                                      "sbo deze ondersteuning niet kan bieden.",
                      "Twee schooljaren; laag (ZML), midden (LG/LZ) of hoog (MG)"],
                     ["Speciaal onderwijs cluster 4", "(a) sprake is van ernstige gedrags- of psychiatrische "
                                                      "problematiek die zich in meerdere situaties voordoet, en (b) "
                                                      "de leerling voortdurend specialistische pedagogische "
                                                      "begeleiding nodig heeft, en (c) een arrangement in het "
                                                      "regulier of sbo niet toereikend is gebleken.",
                      "Twee schooljaren; categorie laag"]])]
    b += [("h1", "Weer naar de basisschool in de buurt"),
          ("p", "Een plek in het speciaal (basis)onderwijs is voor veel kinderen passend, maar niet vanzelfsprekend "
                "voor altijd. Ons uitgangspunt is dat kinderen die zich in het sbo of so goed hebben ontwikkeld, waar "
                "dat kan weer naar een gewone basisschool gaan, bij voorkeur in de eigen wijk of het eigen dorp. De "
                "voorwaarde is dat de ontvangende school met het overstaparrangement kan bieden wat het kind nodig "
                "heeft, en dat ouders de overstap steunen."),
          ("p", "Iedere leerling die overstapt, krijgt een overstaparrangement van twaalf maanden: begeleiding door "
                "een ambulant begeleider van de school van herkomst, een vaste contactpersoon bij het "
                "samenwerkingsverband en zo nodig extra handen in de klas in de eerste drie maanden. Het "
                "samenwerkingsverband stelt het arrangement beschikbaar zonder nieuwe aanvraag."),
          ("p", "De werkwijze is als volgt. De s(b)o-school evalueert ieder jaar in maart het OPP van iedere leerling "
                "en beoordeelt of een overstap in beeld is. In het laatste jaar van de TLV is die beoordeling "
                "verplicht. Is een overstap in beeld, dan nodigt de s(b)o-school vóór 1 april de ouders, de beoogde "
                "basisschool en de consulent uit voor een overstapgesprek. De ontvangende school beslist binnen zes "
                "weken over de inschrijving. De consulent coördineert het overstaparrangement en evalueert het na "
                "drie en na negen maanden met school en ouders. Is terugkeer (nog) niet mogelijk, dan vraagt de "
                "s(b)o-school een nieuwe TLV aan.")]
    b += [("h1", "Thuiszitters en dekkend netwerk"),
          ("p", "Thuiszitters hebben onze blijvende aandacht. Ieder kind hoort op school, en wij beseffen dat een "
                "dekkend netwerk in de praktijk meer vraagt dan een overzicht van voorzieningen. Hoe wij in deze "
                "planperiode systematisch gaan signaleren waar het aanbod tekortschiet, en welke aanpak wij daarbij "
                "met leerplicht en de gemeenten kiezen, werken wij uit in het jaarplan 2026.")]
    b += [("h1", "Financieel kader"),
          ("p", "De financiële vertaling van dit plan vindt plaats in de jaarlijkse begroting en de "
                "meerjarenraming, die afzonderlijk door het algemeen bestuur worden vastgesteld en op de website "
                "worden gepubliceerd. Dit plan gaat daarom niet in op bedragen of verdeelsleutels.")]
    b += [("h1", "Kwaliteit en ontwikkeling"),
          ("p", "Kwaliteit is voor ons geen papieren werkelijkheid. Wij hechten aan de dialoog met scholen en "
                "besturen over wat goed gaat en wat beter kan. In deze planperiode bouwen wij een kwaliteitskader "
                "op. Een overzicht van de beoogde resultaten en van de wijze waarop wij die gaan volgen, wordt na "
                "instemming van de OPR als aanvulling aan dit plan toegevoegd."),
          ("p", "Tot die tijd organiseren wij jaarlijks een kwaliteitsdag voor intern begeleiders en schoolleiders, "
                "bezoeken de consulenten iedere school ten minste tweemaal per jaar en wordt het jaarplan in de "
                "bestuursvergadering van juni besproken.")]
    b += [("h1", "Communicatie en contact"),
          ("p", "Het samenwerkingsverband wil een herkenbare en bereikbare organisatie zijn. Scholen en besturen "
                "ontvangen maandelijks een digitale nieuwsbrief, en de consulenten zijn vast verbonden aan een "
                "groep scholen."),
          ("p", "Voor ouders is er een eigen ingang op de website met uitleg over de standaarden uit hoofdstuk 4, "
                "de bovenschoolse voorzieningen en de overstap naar sbo of so. Iedere school reikt ouders bij "
                "aanmelding de folder 'Passend onderwijs in Duin en Polder' uit, beschikbaar in vier talen. Twee keer "
                "per jaar is er een ouderavond per subregio, en de consulent is voor ouders op afspraak bereikbaar."),
          ("p", "Soms lopen gesprekken vast, of wil een ouder zijn verhaal kwijt bij iemand die los staat van school "
                "en samenwerkingsverband. Ouders kunnen daarvoor kosteloos terecht bij het Ouder- en Jeugdsteunpunt "
                "Duin en Polder, dat organisatorisch onafhankelijk is van het bureau en een eigen telefoonnummer en "
                "spreekuur heeft, en bij de landelijke Onderwijsconsulenten. Bij geschillen over toelating, "
                "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs.")]
    b += f_governance(n, rvt=False)
    b += f_opr(True)
    b += f_oogo(True, "de colleges van de vier gemeenten")
    b += f_personeel()
    b += f_ict_privacy()
    b += f_planning(["2025-2026", "2026-2027", "2027-2028", "2028-2029"])
    b += f_glossary("Bijlage Begrippenlijst")
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="missing",
                      ouders="present"),
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Wat ouders op iedere school mogen verwachten': ondergrens for every "
                                  "vestiging in prose; the concrete content only in the 10-standards table. Borging "
                                  "thin (boards self-report).",
            "plaatsing": "Ch. 'Toelaatbaarheid': procedure only referred to a website URL; criteria for sbo/so "
                         "cluster 3/4 and duration/categorie given only in a table.",
            "terugstroom": "Ch. 'Weer naar de basisschool in de buurt' (no 'terugplaatsing' wording): policy "
                           "(thuisnabij, conditions, 12-month overstaparrangement) and procedure (March OPP "
                           "evaluation, overstapgesprek before 1 April, decision in 6 weeks, evaluations).",
            "financien": "Nothing: ch. 'Financieel kader' only refers to a separately adopted begroting/"
                         "meerjarenraming on the website; verdeelmodel/meerjarenbegroting only in glossary/TOC.",
            "dekkend-aanbod": "Ch. 'Het ondersteuningscontinuüm' describes the continuum with named voorzieningen; "
                              "ch. 'Thuiszitters en dekkend netwerk' only states attention and defers the approach "
                              "to jaarplan 2026 (lacunes not addressed).",
            "resultaten": "Nothing: ch. 'Kwaliteit en ontwikkeling' defers beoogde resultaten and monitoring to a "
                          "future aanvulling; activities listed are not results.",
            "ouders": "Ch. 'Communicatie en contact': website ingang, folder in four languages, ouderavonden "
                      "(informatie); independent OJSP Duin en Polder, Onderwijsconsulenten, Geschillencommissie "
                      "(steunpunt)."},
    )
    return n, b, label, None


# ===========================================================================
# Plan D - VO, .pdf. SWV VO Zuidoever.
# basis present, plaatsing present (vso + lwoo + pro), terugstroom partial (procedure deferred),
# financien present, dekkend present, resultaten partial (streefwaarden deferred, monitoring present),
# ouders partial (informatie deferred to communicatieplan; steunpunt present)
# ===========================================================================

def plan_d():
    n = "Samenwerkingsverband Voortgezet Onderwijs Zuidoever"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("sub", f"{n} (VO 29-08)"),
         ("sub", "Vastgesteld door de raad van toezicht op 27 maart 2025; instemming OPR 11 maart 2025"),
         ("pagebreak", ""),
         ("toc", ["Voorwoord", "1 Inleiding", "2 De regio en het samenwerkingsverband", "3 Visie, missie en koers",
                  "4 Basisondersteuning op iedere vestiging", "5 Het ondersteuningsaanbod in de regio",
                  "6 Toewijzing: vso, lwoo en praktijkonderwijs", "7 Terugkeer naar het regulier onderwijs",
                  "8 Zorgplicht, thuiszitters en witte vlekken", "9 Financiën en meerjarenbegroting",
                  "10 Monitoring en verantwoording", "11 Ouders en leerlingen", "12 Organisatie en governance",
                  "13 Medezeggenschap", "14 Samenwerking met gemeenten", "15 Personeel en professionalisering",
                  "16 Informatievoorziening en privacy", "17 Planning en jaarcyclus", "Bijlage Begrippenlijst"])]
    filler_intro = f_voorwoord(n, "2025-2029", "drs. M. El Idrissi")
    b += vo_adapt(filler_intro)
    b += [("h1", "Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe de zeven aangesloten schoolbesturen voor voortgezet "
                "onderwijs in de planperiode 2025-2029 gezamenlijk zorgen voor passend onderwijs voor alle jongeren "
                "in de regio. Het plan is opgesteld na een brede consultatie van scholen, gemeenten, het "
                "samenwerkingsverband primair onderwijs en de ondersteuningsplanraad.")]
    b += f_wettelijk("voortgezet onderwijs")
    b += vo_adapt(f_context(n, "Zuidoever", "Zwijndrecht, Hendrik-Ido-Ambacht, Papendrecht en Sliedrecht", 7,
                            "14 scholen met 19", "9.650"))
    b += vo_adapt(f_visie(n, "perspectief"))
    b += [("h1", "Basisondersteuning op iedere vestiging"),
          ("p", "De aangesloten besturen hebben een gezamenlijk niveau van basisondersteuning vastgesteld dat op "
                "alle 19 vestigingen geldt, in alle leerwegen en op alle niveaus. Dit niveau is de ondergrens: een "
                "vestiging mag meer bieden, niet minder. Het niveau is opgenomen in de samenwerkingsovereenkomst "
                "van de besturen."),
          ("p", "Op iedere vestiging zijn ten minste aanwezig: een mentor per klas met één lesuur per week "
                "mentoruur; een ondersteuningscoördinator; een zorg- en adviesteam dat ten minste zes keer per jaar "
                "bijeenkomt met de jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker; een "
                "dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen en examens; trainingen in "
                "faalangstreductie, sociale vaardigheden en examenvrees; een aanpak voor executieve functies "
                "(plannen en organiseren) in de onderbouw; een time-out- en opvangplek binnen de school met "
                "begeleiding; een check-in/check-out-werkwijze voor leerlingen met verzuimrisico; en een "
                "protocol medisch handelen."),
          ("p", "Iedere vestiging beschrijft jaarlijks in een intern ondersteuningsdocument hoe zij de basisondersteuning uitvoert. De "
                "beleidsmedewerker toetst dit jaarlijks en bespreekt afwijkingen met de schoolleiding.")]
    b += [("h1", "Het ondersteuningsaanbod in de regio"),
          ("p", "Boven op de basisondersteuning kent de regio een samenhangend aanbod. Binnen de scholen zijn "
                "er leerwegondersteunend onderwijs (lwoo) op zes vestigingen, kleine klassen voor leerlingen met "
                "een autismespectrumstoornis op twee vestigingen en trajectvoorzieningen op iedere vestiging. "
                "Bovenschools is er het OPDC De Overstap (60 plaatsen) voor leerlingen die tijdelijk niet in een "
                "reguliere klas kunnen functioneren, met een rebound-voorziening voor time-out tot twaalf weken. "
                "Daarnaast zijn er twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal "
                "onderwijs (cluster 3 en 4), waarvan één net buiten de regio. Voor nieuwkomers is er een "
                "ISK-afdeling in Zwijndrecht."),
          ("p", "De ondersteuningscoördinator bespreekt een vraag eerst in het zorg- en adviesteam. Is meer nodig "
                "dan de school kan bieden, dan neemt de coördinator contact op met het Toewijzingsloket van het "
                "samenwerkingsverband, waar een trajectbegeleider meedenkt over het passende vervolg.")]
    b += [("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
          ("h2", "Toelaatbaarheid tot het vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan "
                "bij het Toewijzingsloket. De aanvraag bevat het OPP, een handelingsdeel waarin de ingezette "
                "ondersteuning is geëvalueerd en de zienswijze van ouders en leerling. De Commissie Toewijzing "
                "vraagt schriftelijk advies aan een orthopedagoog of psycholoog en aan een tweede deskundige "
                "(jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker) en besluit binnen zes weken. "
                "Een TLV wordt afgegeven tot het einde van het schooljaar waarin de leerling achttien wordt, of "
                "korter als de commissie dat motiveert, in categorie laag, midden of hoog."),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) de school met inzet van de basis- en extra "
                "ondersteuning en zo nodig een traject in het OPDC aantoonbaar niet kan voorzien in de "
                "ondersteuningsbehoefte, (2) de leerling structureel is aangewezen op een klein groepsverband met "
                "intensieve begeleiding en een specialistisch pedagogisch klimaat, en (3) beide deskundigen dit "
                "onafhankelijk van elkaar onderschrijven."),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en praktijkonderwijs volgt het samenwerkingsverband de landelijke criteria; van de "
                "mogelijkheid om eigen lwoo-criteria vast te stellen wordt geen gebruik gemaakt. De vo-school "
                "vraagt de aanwijzing lwoo of de toelaatbaarheid pro aan vóór 1 maart van het jaar van instroom, "
                "met het onderwijskundig rapport van de basisschool en de uitslagen van het capaciteiten- en "
                "didactisch onderzoek. De Commissie Toewijzing besluit binnen vier weken. Een aanwijzing lwoo geldt "
                "voor de duur van de opleiding; een toelaatbaarheidsverklaring pro voor de duur van de opleiding."),
          ("h2", "Bezwaar"),
          ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het "
                "samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen.")]
    b += [("h1", "Terugkeer naar het regulier onderwijs"),
          ("p", "Het samenwerkingsverband gaat ervan uit dat een plaats in het vso voor een deel van de leerlingen "
                "tijdelijk is. Waar de ontwikkeling van een leerling dat toelaat, is terugkeer naar een reguliere "
                "vo-school het doel, zo dicht mogelijk bij huis en in een leerweg die past bij de capaciteiten. "
                "Voorwaarden zijn dat de leerling in het vso gedurende ten minste een half jaar stabiel "
                "functioneert, dat het onderwijsprogramma aansluit op het aanbod van de ontvangende school en dat "
                "de leerling zelf de overstap wil maken."),
          ("p", "Na de overstap ontvangt de leerling een terugkeerarrangement van ten minste zes maanden: een "
                "coach vanuit het vso die wekelijks op de ontvangende school komt en een vast aanspreekpunt "
                "in het zorg- en adviesteam. De werkwijze rond terugkeer - wie het initiatief neemt, op welke "
                "momenten dit wordt besproken en wie besluit - wordt in 2026 samen met de vso-scholen uitgewerkt in "
                "een stappenplan.")]
    b += [("h1", "Zorgplicht, thuiszitters en witte vlekken"),
          ("p", "De besturen hebben afgesproken dat een leerling nooit tussen wal en schip valt. Lukt het een "
                "bestuur niet om binnen zes weken, met een mogelijke verlenging van vier weken, een passende plek "
                "te bieden, dan meldt het de leerling bij het Toewijzingsloket. De trajectbegeleider roept binnen "
                "vijf werkdagen een casusoverleg bijeen met de betrokken besturen."),
          ("p", "Thuiszitters worden maandelijks besproken in het regionale thuiszittersoverleg met de "
                "leerplichtambtenaren, het OPDC en de gemeentelijke jeugdteams. Iedere thuiszitter heeft binnen "
                "twee weken na melding een casusregisseur en een plan voor terugkeer naar onderwijs. Jaarlijks "
                "inventariseert het samenwerkingsverband witte vlekken in het aanbod, zoals het ontbreken van een "
                "plek voor hoogbegaafde leerlingen met sociaal-emotionele problemen en de wachtlijst voor het "
                "cluster 4-vso. In 2024 leidde dit tot een uitbreiding van het OPDC met twaalf plaatsen; in 2026 "
                "start een kleinschalige voorziening voor onderwijs-zorgarrangementen.")]
    b += [("h1", "Financiën en meerjarenbegroting"),
          ("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, inclusief lwoo en pro, en "
                "middelen voor zware ondersteuning. De verdeling is als volgt. De lwoo- en pro-middelen worden per "
                "leerling met een aanwijzing of TLV doorgezet naar het bestuur waar de leerling staat "
                "ingeschreven, op basis van de telling van 1 oktober. Overige middelen voor lichte ondersteuning "
                "gaan als schoolbudget naar de besturen: € 210 per leerling. Na de afdrachten aan het vso bekostigt "
                "het samenwerkingsverband uit de zware ondersteuning het OPDC, de trajectbegeleiding en "
                "individuele arrangementen, die het Toewijzingsloket toekent."),
          ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten (lichte + zware ondersteuning, lwoo, pro)", "17.420", "17.310", "17.180", "17.050"],
                     ["Doorbetaling lwoo en pro aan besturen", "6.930", "6.880", "6.820", "6.760"],
                     ["Schoolbudgetten (€ 210 per leerling)", "2.030", "2.010", "1.990", "1.970"],
                     ["Afdrachten vso via DUO", "5.240", "5.200", "5.160", "5.120"],
                     ["OPDC De Overstap en rebound", "1.980", "2.020", "2.060", "2.100"],
                     ["Trajectbegeleiding en arrangementen", "760", "780", "790", "800"],
                     ["Bureau, governance en OPR", "610", "620", "630", "640"],
                     ["Resultaat", "-130", "-200", "-270", "-340"]]),
          ("p", "Het weerstandsvermogen bedroeg eind 2024 9% van de baten; de begrote tekorten brengen dit terug naar "
                "de signaleringswaarde. Besturen verantwoorden de inzet van het schoolbudget jaarlijks in een "
                "verantwoordingsformat dat de accountant van het samenwerkingsverband steekproefsgewijs controleert.")]
    b += [("h1", "Monitoring en verantwoording"),
          ("p", "Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen: het aantal en het "
                "percentage leerlingen in het vso per cluster en categorie, het aantal aanwijzingen lwoo en "
                "toelaatbaarheidsverklaringen pro, het aantal leerlingen in OPDC en rebound, het aantal "
                "thuiszitters en vrijstellingen, de doorlooptijd van aanvragen en het aantal leerlingen dat vanuit "
                "het vso terugkeert. Bronnen zijn de DUO-telling van 1 oktober, de registratie van het "
                "Toewijzingsloket en de thuiszittersmonitor van de gemeenten."),
          ("p", "De kengetallen worden tweemaal per jaar in een monitorrapportage aan de raad van toezicht en het "
                "bestuurlijk overleg voorgelegd en jaarlijks, met een toelichting op de bereikte resultaten, in het "
                "jaarverslag opgenomen. De OPR bespreekt het jaarverslag in een themabijeenkomst. Concrete "
                "streefwaarden voor de planperiode stellen wij vast na de nulmeting die in het schooljaar "
                "2025-2026 plaatsvindt.")]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn partners in het onderwijs. Zij worden betrokken bij het opstellen van het "
                "OPP, en leerlingen hebben het recht om hun mening te geven over hun eigen ondersteuning."),
          ("p", "Een communicatieplan, waarin wij beschrijven hoe ouders en leerlingen over het ondersteuningsaanbod "
                "worden geïnformeerd, verschijnt in het najaar van 2025."),
          ("p", "Ouders en leerlingen die onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Zuidoever. Het steunpunt wordt uitgevoerd door een externe organisatie, is "
                "kosteloos en heeft een eigen telefoonnummer en e-mailadres. Het steunpunt bundelt signalen van "
                "ouders en jongeren en bespreekt die tweemaal per jaar met de directeur-bestuurder. Daarnaast "
                "kunnen ouders een beroep doen op de Onderwijsconsulenten en, bij een geschil over toelating, "
                "verwijdering of het OPP, op de Geschillencommissie passend onderwijs.")]
    b += vo_adapt(f_governance(n))
    b += vo_adapt(f_opr(True))
    b += vo_adapt(f_oogo(True, "de vier gemeenten in de regio"))
    b += vo_adapt(f_personeel())
    b += vo_adapt(f_ict_privacy())
    b += vo_adapt(f_planning(["2025-2026", "2026-2027", "2027-2028", "2028-2029"]))
    b += vo_adapt(f_glossary("Bijlage Begrippenlijst"))
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="partial"),
        criteria={
            "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning op iedere vestiging': level for all 19 vestigingen and a "
                                  "concrete list (mentor, coördinator, ZAT, trainingen, time-out, check-in/out).",
            "plaatsing": "Ch. 'Toewijzing: vso, lwoo en praktijkonderwijs': applicant, dossier, two deskundigen, "
                         "6 weeks, vso criteria, lwoo/pro national criteria and procedure, duration, LBT bezwaar.",
            "terugstroom": "Ch. 'Terugkeer naar het regulier onderwijs' gives policy (aim, conditions, "
                           "terugkeerarrangement); the procedure (initiative, moments, decision) is deferred to a "
                           "2026 stappenplan. Kengetal 'leerlingen die terugkeren' in monitoring chapter.",
            "financien": "Ch. 'Financiën en meerjarenbegroting': lwoo/pro per leerling, € 210 schoolbudget, "
                         "central OPDC/arrangementen (verdeling) and 2025-2028 table (besteding); "
                         "weerstandsvermogen and verantwoordingsformat.",
            "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod in de regio' (lwoo, OPDC, rebound, pro, vso, ISK) and "
                              "ch. 'Zorgplicht, thuiszitters en witte vlekken' (casusoverleg, thuiszittersoverleg, "
                              "annual gap inventory with actions).",
            "resultaten": "Ch. 'Monitoring en verantwoording' describes kengetallen, sources and reporting "
                          "(monitoring); intended results/streefwaarden deferred until after a 2025-2026 "
                          "nulmeting (doelen not addressed).",
            "ouders": "Ch. 'Ouders en leerlingen': how parents are informed is deferred to a communicatieplan "
                      "('verschijnt in het najaar van 2025'); independent OJSP Zuidoever, Onderwijsconsulenten "
                      "and Geschillencommissie are described (steunpunt)."},
    )
    return n, b, label, None


# ===========================================================================
# Plan E - PO, .html (web version). Stichting Passend Onderwijs Eemvallei-Zuid, 'deel A'.
# basis missing (only reference to deel B + glossary), plaatsing missing (reference only),
# terugstroom present, financien partial (verdeling deferred / referred; besteding table),
# dekkend missing, resultaten present, ouders missing (only passing mentions, nav/footer, glossary)
# ===========================================================================

def plan_e():
    n = "Stichting Passend Onderwijs Eemvallei-Zuid"
    b = [("title", "Ondersteuningsplan 2025-2029 - deel A: koers en kaders"),
         ("sub", f"{n}, samenwerkingsverband primair onderwijs (PO 26-92). Webversie van het door het algemeen "
                 "bestuur op 24 maart 2025 vastgestelde plan."),
         ("toc", ["Voorwoord", "Over dit plan: deel A en deel B", "De regio en het samenwerkingsverband",
                  "Visie, missie en koers", "Inclusiever onderwijs: de beweging van deze planperiode",
                  "Terugplaatsing: van speciaal naar regulier", "Financiën", "Ambities en monitor",
                  "Organisatie en governance", "Medezeggenschap", "Samenwerking met gemeenten",
                  "Personeel en professionalisering", "Informatievoorziening en privacy", "Planning en jaarcyclus",
                  "Begrippenlijst"])]
    b += f_voorwoord(n, "2025-2029", "J.W. Brouwer MBA")
    b += [("h1", "Over dit plan: deel A en deel B"),
          ("p", "Het ondersteuningsplan van Eemvallei-Zuid bestaat uit twee delen. Dit deel A beschrijft de koers en "
                "de kaders voor de planperiode 2025-2029 en wordt eenmaal per vier jaar vastgesteld. Deel B, het "
                "Uitvoeringskader, bevat de uitwerking van de basisondersteuning, de toewijzing van arrangementen, "
                "de procedure en criteria voor toelaatbaarheid tot sbo en so, het dekkend netwerk en de "
                "informatievoorziening aan ouders. Deel B wordt jaarlijks geactualiseerd en is te raadplegen via "
                "de pagina 'Documenten' van deze website."),
          ("p", "Met deze tweedeling willen wij voorkomen dat het plan na een jaar al verouderd is. Procedures "
                "veranderen sneller dan koersen, en scholen hebben behoefte aan een actueel naslagwerk. Wij "
                "realiseren ons dat lezers van deel A daardoor voor een deel van de onderwerpen naar deel B moeten "
                "doorklikken.")]
    b += f_wettelijk()
    b += f_context(n, "Eemvallei-Zuid", "Amersfoort-Zuid, Leusden, Woudenberg en Scherpenzeel", 8, 44, "9.120")
    b += f_visie(n, "groei")
    b += [("h1", "Inclusiever onderwijs: de beweging van deze planperiode"),
          ("p", "De afgelopen jaren is landelijk en regionaal het gesprek over inclusiever onderwijs op gang "
                "gekomen. De kabinetsbrieven over de verbeteraanpak passend onderwijs en de stip op de horizon van "
                "inclusiever onderwijs in 2035 vragen van samenwerkingsverbanden dat zij de scheiding tussen "
                "regulier en speciaal onderwijs kritisch bezien. In Eemvallei-Zuid hebben besturen, directeuren en "
                "de scholen voor speciaal (basis)onderwijs daarover in 2024 een reeks dialoogsessies gevoerd."),
          ("p", "Uit die sessies kwam een gedeeld beeld naar voren. Scholen willen meer kinderen met een "
                "ondersteuningsbehoefte in de eigen omgeving kunnen bedienen, maar lopen aan tegen groepsgrootte, "
                "werkdruk en de beschikbaarheid van specialistische kennis. De scholen voor speciaal onderwijs "
                "zien kansen om hun expertise vaker in te zetten in de reguliere school, maar willen hun eigen "
                "kwaliteit en identiteit niet verliezen. Besturen wijzen erop dat inclusie tijd kost en dat "
                "huisvesting vaak een beperkende factor is."),
          ("p", "Deze planperiode zien wij daarom als een periode van beweging in plaats van blauwdruk. Wij kiezen "
                "voor proeftuinen waarin reguliere en speciale scholen samen experimenteren, voor het delen van "
                "ervaringen in leernetwerken en voor een nuchtere blik op wat wel en niet werkt. Het bestuur "
                "reserveert daarvoor middelen in een innovatiefonds; de voorwaarden worden in deel B opgenomen."),
          ("p", "Inclusie is daarbij nadrukkelijk geen doel op zich. Het gaat erom dat kinderen onderwijs krijgen "
                "dat bij hen past, met leeftijdsgenoten uit hun omgeving waar dat kan en in een gespecialiseerde "
                "setting waar dat nodig is. Die afweging wordt per kind gemaakt, niet per beleidsnota.")]
    b += [("h1", "Lessen uit de vorige planperiode"),
          ("p", "De vorige planperiode begon met een reorganisatie van het bureau. Het aantal functies werd "
                "teruggebracht, taken werden anders verdeeld en de consulenten kregen een vaste groep scholen. "
                "Achteraf stellen wij vast dat die keuze goed heeft uitgepakt: scholen weten wie zij kunnen bellen "
                "en de consulenten kennen de teams. Tegelijk bleek de overgang meer tijd te kosten dan voorzien, "
                "onder meer doordat het digitale systeem later beschikbaar kwam."),
          ("p", "Een tweede les betreft de besluitvorming. In de eerste jaren werden veel onderwerpen zowel in het "
                "directeurenoverleg als in het bestuurlijk overleg en het algemeen bestuur besproken, wat tot "
                "vertraging leidde. Sinds 2023 is per onderwerp vooraf vastgelegd welk gremium adviseert en welk "
                "gremium besluit. Dat heeft de doorlooptijd van beleidsvoorstellen aanzienlijk verkort."),
          ("p", "Een derde les gaat over de verbinding met de scholen voor speciaal (basis)onderwijs. Deze "
                "scholen voelden zich in de vorige periode te weinig betrokken bij de koers van het "
                "samenwerkingsverband. In deze planperiode nemen de directeuren van de sbo- en so-scholen daarom "
                "vast deel aan het directeurenoverleg en is een van hen lid van de klankbordgroep die de "
                "directeur-bestuurder adviseert over de jaarplannen."),
          ("p", "Tot slot hebben wij geleerd dat beleid pas werkt als het uitlegbaar is. Stukken van het "
                "samenwerkingsverband zijn in de afgelopen jaren vaak als te technisch ervaren. Wij schrijven daarom "
                "korter, vermijden jargon waar dat kan en voegen bij grotere beleidsstukken een samenvatting op "
                "één pagina toe. Ook deel A van dit plan is met die gedachte opgesteld.")]
    b += [("h1", "Terugplaatsing: van speciaal naar regulier"),
          ("h2", "Beleid"),
          ("p", "Het samenwerkingsverband wil dat leerlingen in het sbo en so niet langer in het speciaal "
                "onderwijs blijven dan nodig is. Een leerling komt in aanmerking voor terugplaatsing naar een "
                "reguliere basisschool wanneer uit de evaluatie van het OPP blijkt dat de leerling de "
                "ontwikkelingsdoelen heeft behaald of structureel benadert, wanneer de ondersteuningsbehoefte "
                "met een arrangement in de reguliere school kan worden beantwoord, en wanneer de leerling "
                "voldoende zelfstandig kan functioneren in een grotere groep. Voorkeur heeft een school in de "
                "woonomgeving van de leerling."),
          ("p", "Iedere teruggeplaatste leerling ontvangt een terugplaatsingsarrangement. Dit arrangement omvat "
                "gedurende het eerste schooljaar wekelijkse begeleiding door een ambulant begeleider van de "
                "s(b)o-school, een budget voor extra inzet in de groep van € 6.000 en een evaluatiemoment na drie "
                "en na zes maanden. Het arrangement kan eenmaal met een half jaar worden verlengd."),
          ("h2", "Procedure"),
          ("p", "Stap 1: de s(b)o-school bespreekt jaarlijks in de commissie voor de begeleiding het OPP van iedere "
                "leerling en beoordeelt of terugplaatsing in beeld is. In het laatste jaar van de TLV gebeurt dit "
                "uiterlijk op 1 februari."),
          ("p", "Stap 2: is terugplaatsing in beeld, dan meldt de s(b)o-school dit bij de consulent van het "
                "samenwerkingsverband. De consulent organiseert binnen vier weken een overdrachtsoverleg met de "
                "s(b)o-school en de beoogde ontvangende school."),
          ("p", "Stap 3: de ontvangende school beslist over de inschrijving en stelt samen met de s(b)o-school het "
                "terugplaatsingsarrangement op. De directeur van het samenwerkingsverband kent het arrangement "
                "toe."),
          ("p", "Stap 4: de overstap vindt bij voorkeur plaats na een zomer- of kerstvakantie. De consulent "
                "evalueert na drie en zes maanden; bij de tweede evaluatie wordt besloten of het arrangement "
                "wordt beëindigd of verlengd."),
          ("p", "Is terugplaatsing niet haalbaar, dan vraagt het bevoegd gezag van de s(b)o-school tijdig een nieuwe "
                "TLV aan.")]
    b += [("h1", "Financiën"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 7,9 miljoen aan ondersteuningsmiddelen. Het "
                "verdeelmodel wordt in 2025-2026 herijkt; de uitgangspunten van het nieuwe model worden na "
                "instemming van de OPR in deel B opgenomen. Tot die tijd blijft het bestaande model van kracht."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuningsmiddelen", "7.910", "7.860", "7.820", "7.790"],
                     ["Afdrachten so en groeibekostiging sbo", "3.340", "3.300", "3.280", "3.260"],
                     ["Budgetten schoolbesturen", "2.460", "2.440", "2.420", "2.400"],
                     ["Centrale arrangementen en voorzieningen", "1.180", "1.200", "1.210", "1.220"],
                     ["Terugplaatsingsarrangementen", "90", "100", "110", "120"],
                     ["Innovatiefonds inclusiever onderwijs", "250", "250", "250", "250"],
                     ["Bureau en organisatie", "690", "700", "705", "710"],
                     ["Saldo", "-100", "-130", "-155", "-180"]]),
          ("p", "De begrote tekorten worden gedekt uit de algemene reserve, die eind 2024 € 1,4 miljoen bedroeg. "
                "Na de planperiode resteert een reserve die past bij het risicoprofiel.")]
    b += [("h1", "Ambities en monitor"),
          ("p", "Voor de planperiode heeft het bestuur de volgende beoogde resultaten vastgesteld voor leerlingen die "
                "extra ondersteuning nodig hebben:"),
          ("table", [["Ambitie", "Stand 1-10-2024", "Streefwaarde 1-10-2028"],
                     ["Deelnamepercentage sbo en so samen", "3,1%", "2,8% of lager"],
                     ["Terugplaatsingen van s(b)o naar regulier per schooljaar", "7", "ten minste 12"],
                     ["Leerlingen met een arrangement die de doelen uit het OPP halen", "68%", "75%"],
                     ["Teruggeplaatste leerlingen die na een jaar nog op de reguliere school zitten", "80%", "90%"]]),
          ("p", "De voortgang wordt gevolgd in de jaarlijkse Monitor Passend Onderwijs Eemvallei-Zuid. Het bureau "
                "stelt de monitor in november op, op basis van de DUO-telling van 1 oktober, de eigen registratie "
                "van arrangementen en terugplaatsingen en een vragenlijst onder de s(b)o-scholen. De monitor wordt "
                "besproken in het algemeen bestuur en in de OPR, en de bereikte resultaten worden met een "
                "toelichting in het jaarverslag gepubliceerd. Blijft een indicator twee jaar achter bij de "
                "streefwaarde, dan legt de directeur het bestuur een verbetervoorstel voor.")]
    b += f_governance(n, rvt=True)
    b += f_opr(False)
    b += f_oogo(False, "de wethouders onderwijs van de vier gemeenten")
    b += f_personeel()
    b += [("h2", "Werkdruk en duurzame inzetbaarheid"),
          ("p", "Werkdruk is een terugkerend thema in de gesprekken met scholen. Het samenwerkingsverband draagt "
                "daar op twee manieren aan bij: door de administratieve last van aanvragen zo klein mogelijk te "
                "houden en door consulenten in te zetten die meedenken in plaats van controleren. Formulieren "
                "worden waar mogelijk vervangen door een gesprek, en gegevens die al bij de school bekend zijn, "
                "worden niet opnieuw opgevraagd. In 2026 evalueren wij met een kleine groep intern begeleiders "
                "welke stappen in onze werkwijze het meest als belastend worden ervaren.")]
    b += f_ict_privacy()
    b += f_planning(["2025-2026", "2026-2027", "2027-2028", "2028-2029"])
    b += f_glossary("Begrippenlijst")
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present",
                      ouders="missing"),
        criteria={
            "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Nothing: only referred to the separate 'deel B' (not part of the input), plus "
                                  "glossary and the legal list.",
            "plaatsing": "Nothing: TLV procedure and criteria referred to deel B; TLV otherwise only in passing "
                         "(new TLV if return fails), glossary and the site navigation.",
            "terugstroom": "Ch. 'Terugplaatsing: van speciaal naar regulier': policy with conditions and a funded "
                           "terugplaatsingsarrangement, numbered procedure steps 1-4 with actors and dates.",
            "financien": "Ch. 'Financiën': meerjarenbegroting table with amounts (besteding) and reserves; the "
                         "verdeelmodel is 'herijkt' and referred to deel B - verdeling not addressed.",
            "dekkend-aanbod": "Nothing: continuum and dekkend netwerk referred to deel B; the inclusion chapter is "
                              "vision prose; OOGO paragraph is procedural only (no cooperation content).",
            "resultaten": "Ch. 'Ambities en monitor': table of beoogde resultaten with stand and streefwaarden, "
                          "annual monitor with sources, reporting in jaarverslag and escalation rule.",
            "ouders": "Nothing: information to parents referred to deel B; OJSP/Onderwijsconsulenten only in "
                      "glossary, site footer and planning; no channels, no independent help, no parent role."},
    )
    return n, b, label, None


# ===========================================================================
# F - near miss: school-level 'ondersteuningsplan' of one basisschool (.txt)
# ===========================================================================

def near_miss_f():
    n = "IKC De Wilgenhoek"
    b = [("title", "Ondersteuningsplan 2025-2026 IKC De Wilgenhoek"),
         ("sub", "Openbare basisschool en kinderopvang, Leusden. Onderdeel van Stichting Openbaar Onderwijs "
                 "Eemland, aangesloten bij het samenwerkingsverband Passend Onderwijs Eemvallei-Zuid."),
         ("toc", ["1 Inleiding", "2 Basisondersteuning op De Wilgenhoek", "3 Zorgniveaus en groepsbesprekingen",
                  "4 Extra ondersteuning en arrangementen", "5 Aanvraag TLV en verwijzing naar sbo of so",
                  "6 Terugkeer van leerlingen uit het sbo", "7 Ouders", "8 Middelen en formatie",
                  "9 Evaluatie en resultaten"]),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe IKC De Wilgenhoek de ondersteuning aan leerlingen in het "
               "schooljaar 2025-2026 organiseert. Het plan is opgesteld door de intern begeleider en de "
               "directeur en is besproken met het team en de medezeggenschapsraad. Het plan is een uitwerking van "
               "ons schoolondersteuningsprofiel en sluit aan bij de afspraken in het ondersteuningsplan van het "
               "samenwerkingsverband."),
         ("h1", "Basisondersteuning op De Wilgenhoek"),
         ("p", "Op De Wilgenhoek bieden wij de basisondersteuning zoals die binnen het samenwerkingsverband is "
               "afgesproken. Concreet betekent dit voor onze school: een intern begeleider op dinsdag, woensdag en "
               "donderdag; werken met groepsplannen voor rekenen, lezen en spelling; het dyslexieprotocol; de "
               "Kanjertraining in alle groepen; een plusgroep op vrijdagochtend; en een rustplek in de gang bij "
               "groep 5/6."),
         ("h1", "Zorgniveaus en groepsbesprekingen"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is goed onderwijs in de groep. Op niveau 2 krijgt een "
               "leerling extra instructie van de leerkracht. Op niveau 3 wordt de leerling besproken met de intern "
               "begeleider en volgt een aangepaste aanpak. Op niveau 4 schakelen wij externe deskundigheid in via "
               "het ondersteuningsteam. Niveau 5 betekent dat de leerling is aangewezen op het speciaal "
               "(basis)onderwijs."),
         ("p", "Groepsbesprekingen vinden drie keer per jaar plaats: in oktober, februari en juni, steeds na de "
               "toetsperiode. De leerkracht bereidt de bespreking voor met het groepsoverzicht. Leerlingbesprekingen "
               "worden ingepland wanneer een leerling op niveau 3 of hoger komt. Het ondersteuningsteam komt vijf keer "
               "per jaar bijeen, met de consulent van het samenwerkingsverband, de jeugdverpleegkundige en de "
               "medewerker van het sociaal team."),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de ondersteuning binnen de school niet toereikend is, kan de intern begeleider via het "
               "loket van het samenwerkingsverband een arrangement aanvragen. In 2024-2025 hadden vier leerlingen "
               "van onze school een arrangement, onder meer voor begeleiding door een gedragsspecialist. Twee "
               "leerlingen volgen een dagdeel per week de plusklas van het bestuur."),
         ("h1", "Aanvraag TLV en verwijzing naar sbo of so"),
         ("p", "Als wij samen met ouders tot de conclusie komen dat een leerling beter op zijn plek is in het "
               "speciaal basisonderwijs of speciaal onderwijs, vraagt onze directeur namens het bestuur een "
               "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt daarvoor "
               "het groeidocument op. Het samenwerkingsverband beslist over de aanvraag; de procedure en de "
               "criteria staan in het ondersteuningsplan van het samenwerkingsverband. Vorig schooljaar is voor "
               "één leerling een TLV aangevraagd."),
         ("h1", "Terugkeer van leerlingen uit het sbo"),
         ("p", "Wanneer een leerling vanuit het sbo terugkeert naar onze school, voeren wij vooraf een gesprek "
               "met ouders en de sbo-school en maken wij afspraken over de begeleiding in de groep. De leerkracht "
               "krijgt in de eerste maanden extra ondersteuning van de intern begeleider."),
         ("h1", "Ouders"),
         ("p", "Ouders zijn onze partners. Wij informeren ouders over de ondersteuning via de schoolgids, de "
               "informatieavond aan het begin van het schooljaar en de tien-minutengesprekken. Ouders worden altijd "
               "uitgenodigd wanneer hun kind in het ondersteuningsteam wordt besproken. Voor onafhankelijk advies "
               "kunnen ouders contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met "
               "de Onderwijsconsulenten. Klachten worden behandeld volgens de klachtenregeling van de stichting."),
         ("h1", "Middelen en formatie"),
         ("p", "De school ontvangt van het bestuur een ondersteuningsbudget uit de middelen van het "
               "samenwerkingsverband. Voor 2025-2026 bedraagt dit € 38.400. Wij zetten dit in voor 0,4 fte "
               "onderwijsassistent (€ 21.000), de plusgroep (€ 6.800), scholing van het team in "
               "handelingsgericht werken (€ 4.200) en materialen en externe expertise (€ 6.400)."),
         ("table", [["Post", "Bedrag"], ["Onderwijsassistent 0,4 fte", "€ 21.000"], ["Plusgroep", "€ 6.800"],
                    ["Scholing HGW", "€ 4.200"], ["Materialen en externe expertise", "€ 6.400"],
                    ["Totaal", "€ 38.400"]]),
         ("h1", "Evaluatie en resultaten"),
         ("p", "In juni evalueren wij dit plan met het team. Wij kijken daarbij naar de resultaten van de "
               "groepsplannen, de tussen- en eindopbrengsten en de tevredenheid van ouders en leerlingen. Doel voor "
               "dit schooljaar is dat 85% van de leerlingen in groep 8 ten minste het fundamentele niveau 1F voor "
               "lezen en rekenen behaalt. De uitkomsten worden opgenomen in het jaarverslag van de school en "
               "besproken in de medezeggenschapsraad."),
         ("p", "Vastgesteld door de directie van IKC De Wilgenhoek, september 2025. Instemming MR: 24 september "
               "2025.")]
    label = dict(sector="po")
    return n, b, label, None


# ===========================================================================
# Labels and main
# ===========================================================================
import json  # noqa: E402

ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
                 "resultaten", "ouders"]
CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                  "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def label_yaml(documents, label, looks_like_plan=True, note_not_plan=None):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  f"  document: {q(note_not_plan)}"]
        return "\n".join(lines) + "\n"
    el = label["elements"]
    lines.append("elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENT_ORDER) + "}")
    lines.append("criteria:")
    for c in CRITERIA_ORDER:
        lines.append(f"  {c}: {'true' if label['criteria'][c] else 'false'}")
    # consistency check of the Part A status rule
    for e in ELEMENT_ORDER:
        core = [label["criteria"][c] for c in CRITERIA_ORDER if c.split(".")[0] == e]
        adv = label["advisory"].get(e, [])
        expect = "present" if all(core) else ("partial" if any(core) or adv else "missing")
        assert expect == el[e], (e, expect, el[e])
    lines.append("advisory_addressed:")
    for e in ELEMENT_ORDER:
        if label["advisory"].get(e):
            lines.append(f"  {e}: [{', '.join(label['advisory'][e])}]")
    lines.append("notes:")
    for e in ELEMENT_ORDER:
        lines.append(f"  {e}: {q(label['notes'][e])}")
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [("holdout244-a-waalboog-po", plan_a, "docx"),
            ("holdout244-b-kempenrand-po", plan_b, "docx"),
            ("holdout244-c-duinenpolder-po", plan_c, "pdf"),
            ("holdout244-d-zuidoever-vo", plan_d, "pdf"),
            ("holdout244-e-eemvallei-po", plan_e, "html"),
            ("holdout244-f-wilgenhoek-schoolplan-po", near_miss_f, "txt")]
    for stem, fn, fmt in jobs:
        n, blocks, label, header = fn()
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            render_docx(blocks, path, header=header, footer=f"{n} - Ondersteuningsplan")
        elif fmt == "pdf":
            render_pdf(blocks, path, header=header, footer=f"{n} - Ondersteuningsplan 2025-2029")
        elif fmt == "html":
            render_html(blocks, path, f"Ondersteuningsplan - {n}")
        else:
            render_txt(blocks, path)
        if fn is near_miss_f:
            text = label_yaml([path.name], label, looks_like_plan=False,
                              note_not_plan="School-level ondersteuningsplan of one basisschool (IKC De Wilgenhoek, "
                                            "zorgniveaus, groepsbesprekingen, school budget); it refers to the SWV's "
                                            "plan for TLV procedure and criteria. Not an ondersteuningsplan of a "
                                            "samenwerkingsverband (no SWV-wide policy, OPR, OOGO, planperiode).")
        else:
            text = label_yaml([path.name], label)
        (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")
        print(f"{path.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
