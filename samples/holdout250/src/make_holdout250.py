#!/usr/bin/env python3
"""Generate the holdout250 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO, short main text plus
bijlagen inside the same document) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("ol", [items]) ("table", [[cells], ...]) ("toc", [lines]) ("pb",)
# ---------------------------------------------------------------------------

def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def T(*rows):
    return ("table", [list(r) for r in rows])


PB = ("pb",)


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------

def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = "bureau samenwerkingsverband"
    cp.last_modified_by = "bureau samenwerkingsverband"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(13)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            p = doc.add_paragraph()
            p.add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    tbl.cell(i, j).text = str(cell)
                    if i == 0:
                        for par in tbl.cell(i, j).paragraphs:
                            for run in par.runs:
                                run.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "nav{background:#eef}header,footer{color:#666;font-size:small}</style>",
           "</head>", "<body>"]
    if header:
        out.append(f"<header>{e(header)}</header>")
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle"><strong>{e(b[1])}</strong></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append("<nav><p><strong>Inhoudsopgave</strong></p><ul>"
                       + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            s = ["<table>", "<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>"]
            for r in rows[1:]:
                s.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            s.append("</table>")
            out.append("\n".join(s))
        elif kind == "pb":
            out.append("<hr>")
    out.append("</main>")
    if footer:
        out.append(f"<footer>{e(footer)}</footer>")
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout250_soffice_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = tmp / (docx_path.stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if len(b) < 2:
            continue
        v = b[1]
        if isinstance(v, str):
            n += len(v.split())
        else:
            for x in v:
                if isinstance(x, list):
                    n += sum(len(str(c).split()) for c in x)
                else:
                    n += len(str(x).split())
    return n


# ---------------------------------------------------------------------------
# Shared filler (the prose every real plan carries). Parameterised per plan.
# Filler is written so that it never addresses a core criterion by itself.
# ---------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat "
          f"van een traject van ruim een jaar waarin schoolbesturen, directeuren, intern begeleiders, "
          f"ondersteuningscoördinatoren, ouders en ketenpartners met elkaar in gesprek zijn gegaan over de "
          f"vraag wat passend onderwijs in onze regio betekent. We hebben veel geleerd van de vorige "
          f"planperiode: soms ging het goed, soms hadden we meer tijd nodig dan we dachten."),
        P("Passend onderwijs is geen doel op zich. Het gaat om kinderen en jongeren die zich willen ontwikkelen "
          "en om leraren die dat elke dag mogelijk maken, vaak onder lastige omstandigheden. Het "
          "lerarentekort, de toegenomen complexiteit van vragen in de klas en de druk op de jeugdhulp vragen "
          "om scherpe keuzes. Dit plan maakt die keuzes op hoofdlijnen zichtbaar; in de jaarplannen werken we "
          "ze per schooljaar verder uit."),
        P(f"Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad "
          f"voor hun kritische en constructieve vragen. Wij kijken uit naar de samenwerking in de komende "
          f"jaren.\n\n{c['director']}, directeur-bestuurder"),
    ]


def f_leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P("Dit plan bestaat uit een compacte hoofdtekst en een aantal bijlagen. In de hoofdtekst beschrijven "
          "we onze visie, de organisatie en de hoofdlijnen van beleid. De bijlagen zijn onderdeel van dit "
          "document en bevatten de uitwerkingen die voor scholen en ouders het meest praktisch zijn, zoals "
          "overzichten, tabellen en procedures. Waar in de hoofdtekst naar een bijlage wordt verwezen, "
          "vindt u die achter in dit document, tenzij anders vermeld."),
    ]


def f_context(c, with_percentages=True):
    blocks = [
        H1("Ons samenwerkingsverband in cijfers"),
        P(f"{c['name']} (registratienummer {c['code']}) omvat de gemeenten {', '.join(c['gemeenten'])}. "
          f"Er zijn {c['besturen']} schoolbesturen aangesloten met samen {c['scholen']} scholen en ongeveer "
          f"{c['leerlingen']} leerlingen. Het bureau van het samenwerkingsverband is gevestigd in "
          f"{c['gemeenten'][0]} en telt {c['fte']} fte."),
        P("De leerlingaantallen in de regio dalen licht. Volgens de prognoses van de gemeenten neemt het "
          "aantal leerlingen tot 2030 met circa 4 procent af, met grote verschillen tussen de kernen. In de "
          "kleinere dorpen staan scholen onder druk; in de groeiwijken aan de rand van de grote kern is juist "
          "sprake van nieuwbouw. Dit heeft gevolgen voor de spreiding van expertise en voor de reistijd van "
          "leerlingen."),
    ]
    if with_percentages:
        blocks.append(T(["Kengetal (teldatum 1 oktober 2025)", "Regio", "Landelijk"],
                        ["Aantal leerlingen", c["leerlingen"], "-"],
                        ["Aantal scholen", c["scholen"], "-"],
                        ["Aantal schoolbesturen", c["besturen"], "-"]))
    return blocks


def f_visie(c):
    return [
        H1("Visie en missie"),
        P("Wij willen dat ieder kind en iedere jongere in onze regio onderwijs krijgt dat past bij wat hij of "
          "zij nodig heeft, zo dicht mogelijk bij huis en zo regulier als mogelijk. Onze missie is kort: "
          "samen zorgen we dat niemand tussen wal en schip valt. Daarbij staan drie kernwaarden centraal: "
          "vertrouwen, eigenaarschap en nabijheid."),
        P("Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen en besturen. Eigenaarschap "
          "betekent dat wie de vraag heeft, ook zelf aan zet is om een antwoord te organiseren, met steun "
          "waar dat nodig is. Nabijheid betekent dat hulp dicht bij de leerling en de leraar wordt "
          "georganiseerd en niet op afstand. Ouders zijn daarbij onmisbaar: zij kennen hun kind het best."),
        P("Onze ambities voor de komende planperiode zijn samengevat in vier speerpunten: versterken van de "
          "leraar in de klas, betere samenwerking met de jeugdhulp, minder bureaucratie rond arrangementen en "
          "een lerende organisatie. Deze speerpunten zijn richtinggevend; de concrete uitwerking volgt in de "
          "jaarplannen."),
    ]


def f_governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"{c['name']} is een stichting. Het bestuur is georganiseerd volgens het raad-van-toezichtmodel: de "
          "directeur-bestuurder vormt het bestuur en legt verantwoording af aan de raad van toezicht, die "
          "bestaat uit vijf leden, van wie drie op voordracht van de aangesloten schoolbesturen. Daarnaast "
          "kent de stichting een algemene vergadering van aangesloten besturen (de ledenraad), die onder meer "
          "het ondersteuningsplan en de begroting goedkeurt."),
        P("Het bureau ondersteunt de directeur-bestuurder bij de uitvoering. Het bureau bestaat uit een "
          "beleidsmedewerker, een controller (0,4 fte), een secretaresse, een team consulenten en een "
          "orthopedagoog. Het directeurenoverleg adviseert gevraagd en ongevraagd over beleid. De statuten "
          "bevatten een geschillenregeling tussen aangesloten besturen, zoals de wet vereist."),
        P("De raad van toezicht hanteert de Code Goed Bestuur van de sectororganisatie. Jaarlijks vindt een "
          "zelfevaluatie plaats. Het toezichtkader en het bestuursreglement zijn in 2025 geactualiseerd."),
    ]


def f_opr(c, parents=True):
    b = [H1("Medezeggenschap: de ondersteuningsplanraad")]
    if parents:
        b.append(P("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden, "
                   "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                   "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Ouders in de OPR "
                   "brengen het perspectief van gezinnen in en hebben een eigen achterbanavond per jaar."))
    else:
        b.append(P("Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) die instemmingsrecht heeft "
                   "op het ondersteuningsplan en op wijzigingen daarvan. Het reglement van de OPR is in 2024 "
                   "vernieuwd."))
    b.append(P(f"De OPR heeft op {c['opr_date']} ingestemd met dit plan. De directeur-bestuurder overlegt "
               "minimaal vier keer per jaar met de OPR. De OPR wordt ondersteund door een ambtelijk secretaris "
               "en kan jaarlijks scholing volgen. De kosten daarvan komen ten laste van het budget bureau."))
    return b


def f_oogo(c, detailed=True):
    b = [H1("Samenwerking met gemeenten en OOGO")]
    b.append(P(f"Het op overeenstemming gericht overleg (OOGO) over dit plan heeft plaatsgevonden op "
               f"{c['oogo_date']} met de wethouders onderwijs en jeugd van de gemeenten "
               f"{', '.join(c['gemeenten'])}. Ook is overleg gevoerd met het samenwerkingsverband "
               f"{'VO' if c['sector'] == 'po' else 'PO'} in de regio, waarvan het gebied overlapt met het onze."))
    if detailed:
        b.append(P("In het OOGO zijn afspraken gemaakt over de aansluiting tussen onderwijs en jeugdhulp. "
                   "Gemeenten en samenwerkingsverband hebben een gezamenlijke agenda met onder meer "
                   "leerlingenvervoer, onderwijshuisvesting, jeugdhulp op school en de aansluiting op de arbeidsmarkt. "
                   "Per school is een jeugdprofessional van het lokale team beschikbaar, gefinancierd door de "
                   "gemeenten. Onderwijs-zorgarrangementen worden gezamenlijk bekostigd volgens een verdeelsleutel "
                   "die per casus wordt vastgesteld."))
    else:
        b.append(P("Het OOGO heeft niet geleid tot wijzigingen in het concept. Het verslag van het OOGO is "
                   "opgenomen in het archief van het bureau."))
    return b


def f_personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("De uitvoering van passend onderwijs staat of valt met goed toegeruste professionals. Het "
          "samenwerkingsverband is zelf geen werkgever van leraren; de besturen zijn verantwoordelijk voor "
          "hun personeelsbeleid. Wel heeft het samenwerkingsverband eigen medewerkers in dienst: consulenten, "
          "een orthopedagoog en bureaupersoneel. Zij vallen onder de cao van de sector."),
        P("Het samenwerkingsverband organiseert jaarlijks een netwerkbijeenkomst voor intern begeleiders en "
          "ondersteuningscoördinatoren, een studiedag en leergemeenschappen rond thema's als gedrag, "
          "meertaligheid en executieve functies. Het scholingsaanbod wordt ieder voorjaar gepubliceerd. "
          "Besturen kunnen daarnaast een beroep doen op de expertise van het speciaal (basis)onderwijs in de "
          "regio. Het lerarentekort is een risico voor de uitvoering van dit plan; daarom vermijden we "
          "taken die leraren extra tijd kosten zonder dat het leerlingen iets oplevert."),
        P("De gevolgen van dit plan voor het personeel van de scholen zijn met de personeelsgeleding van de OPR "
          "besproken. Er worden geen verschuivingen in formatie verwacht die tot gedwongen mobiliteit leiden."),
    ]


def f_ict_privacy(c):
    return [
        H1("ICT, gegevens en privacy"),
        P("Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor aanvragen en "
          "dossiers. Scholen leveren gegevens aan via een beveiligde verbinding; e-mail wordt niet gebruikt "
          "voor het versturen van leerlinggegevens. Het samenwerkingsverband heeft een functionaris "
          "gegevensbescherming aangesteld, die wordt gedeeld met twee andere samenwerkingsverbanden."),
        P("Persoonsgegevens, waaronder gegevens over gezondheid, worden alleen verwerkt voor zover dat nodig is "
          "voor de wettelijke taken. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna "
          "vernietigd. Het privacyreglement is in 2025 vastgesteld en wordt elke twee jaar geëvalueerd. "
          "Datalekken worden gemeld volgens het protocol datalekken."),
    ]


def f_planning(c):
    y0 = int(c["period"][:4])
    return [
        H1("Planning en vaststelling"),
        P("Dit plan is in de volgende stappen tot stand gekomen. De tabel geeft ook aan wanneer het plan in "
          "de komende jaren wordt bijgesteld."),
        T(["Moment", "Activiteit"],
          [f"september {y0 - 1}", "Start evaluatie vorige plan, werkgroepen met IB'ers en directeuren"],
          [f"november {y0 - 1}", "Eerste concept, bespreking directeurenoverleg"],
          [f"januari {y0}", "Consultatieronde besturen en ketenpartners"],
          [c["oogo_date"], "OOGO met gemeenten; overleg met aangrenzend samenwerkingsverband"],
          [c["opr_date"], "Instemming ondersteuningsplanraad"],
          [f"april {y0}", "Vaststelling door het bestuur, toezending aan de Inspectie vóór 1 mei"],
          [f"voorjaar {y0 + 2}", "Tussentijdse bijstelling via voortgangsparagraaf"]),
        P("Elke bijstelling van het plan wordt opnieuw aan de OPR voorgelegd. De jaarplannen en "
          "jaarbegrotingen vloeien voort uit dit plan en worden jaarlijks vóór 1 december vastgesteld."),
    ]


def f_terugblik(c):
    return [
        H1("Terugblik op de vorige planperiode"),
        P("De vorige planperiode stond in het teken van de overgang naar een nieuwe organisatie. Het bureau "
          "verhuisde, de governance werd aangepast en de samenwerking met de gemeenten kreeg een vaste "
          "structuur. De coronaperiode zorgde voor vertraging van een aantal projecten. Verschillende "
          "werkgroepen hebben hun werk afgerond en zijn opgeheven."),
        P("In gesprekken met scholen kwam naar voren dat de administratieve last rond aanvragen als zwaar wordt "
          "ervaren. Ook gaven scholen aan behoefte te hebben aan meer vaste gezichten vanuit het "
          "samenwerkingsverband. Deze signalen hebben we meegenomen bij het schrijven van dit plan."),
    ]


def f_thuiszitters_passing(c):
    return [
        H2("Thuiszitters"),
        P("Thuiszitters hebben onze voortdurende aandacht. Elk kind dat niet naar school gaat, is er één te "
          "veel. Het samenwerkingsverband heeft het landelijke Thuiszitterspact onderschreven. Hoe we "
          "signalering en aanpak met leerplicht en jeugdhulp inrichten, bepalen we in de eerste helft van de "
          "planperiode samen met de gemeenten."),
    ]


def glossary(c, extra=()):
    rows = [["Begrip", "Betekenis"],
            ["Arrangement", "Een afgestemd pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                                   "samenwerkingsverband bieden."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elke leerling een passende plek is."],
            ["Meerjarenbegroting", "Begroting met een doorkijk over meerdere jaren."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."],
            ["Terugplaatsing", "Overgang van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
            ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
                                                 "tot het speciaal (basis)onderwijs."],
            ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."]]
    rows += [list(x) for x in extra]
    return [H1("Bijlage: Begrippenlijst"), T(*rows)]


def abbreviations(c, sector):
    items = ["AB – algemeen bestuur", "IB – intern begeleider", "MDO – multidisciplinair overleg",
             "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg",
             "OPP – ontwikkelingsperspectiefplan", "OPR – ondersteuningsplanraad",
             "SOP – schoolondersteuningsprofiel", "TLV – toelaatbaarheidsverklaring"]
    if sector == "po":
        items += ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs"]
    else:
        items += ["LWOO – leerwegondersteunend onderwijs", "OPDC – orthopedagogisch-didactisch centrum",
                  "PrO – praktijkonderwijs", "VSO – voortgezet speciaal onderwijs"]
    return [H2("Afkortingen"), UL(*sorted(items))]


# ---------------------------------------------------------------------------
# Plan 1 - PO, .docx - De Lingestroom
# ---------------------------------------------------------------------------

C1 = dict(name="Samenwerkingsverband Passend Onderwijs De Lingestroom", code="PO 25-14",
          sector="po", period="2026-2030", gemeenten=["Geldermalsen-West", "Lingewaard-Zuid", "Heukelum"],
          besturen=11, scholen=58, leerlingen="9.850", fte="9,6", director="drs. M. (Marieke) van Asperen",
          opr_date="12 maart 2026", oogo_date="10 februari 2026")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']}) - samen sterk voor elk kind"),
         P("Vastgesteld door het bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad."),
         ("toc", ["Voorwoord", "1 Ons samenwerkingsverband in cijfers", "2 Visie en missie",
                  "3 Terugblik op de vorige planperiode", "4 Ondersteuning: basisondersteuning, arrangementen en voorzieningen",
                  "5 Toelaatbaarheid en terugplaatsing", "6 Kwaliteit en resultaten",
                  "7 Communicatie en voorlichting", "8 Geld en middelen", "9 Organisatie en governance",
                  "10 Medezeggenschap", "11 Samenwerking met gemeenten en OOGO", "12 Personeel en professionalisering",
                  "13 ICT, gegevens en privacy", "14 Planning en vaststelling",
                  "Bijlage 1 Standaarden basisondersteuning", "Bijlage 2 Overzicht ondersteuningsvoorzieningen",
                  "Bijlage 3 Meerjarenbegroting 2026-2029", "Bijlage 4 Begrippenlijst en afkortingen"]),
         PB]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [H1("Ondersteuning: basisondersteuning, arrangementen en voorzieningen"),
          H2("Basisondersteuning"),
          P("In De Lingestroom hebben alle aangesloten besturen afgesproken dat elke vestiging van elke "
            "basisschool dezelfde basisondersteuning biedt. Dit is de ondergrens: een ouder mag op iedere "
            "school in onze regio ten minste deze ondersteuning verwachten, zonder aanvraag bij het "
            "samenwerkingsverband en zonder aparte toewijzing. De afspraken zijn uitgewerkt in twaalf standaarden, "
            "die u vindt in bijlage 1 van dit plan. Wat een school daarbovenop biedt, beschrijft zij in haar "
            "schoolondersteuningsprofiel."),
          P("De consulent van het samenwerkingsverband bespreekt eenmaal per jaar met de directeur en de intern "
            "begeleider de kwaliteitskaart basisondersteuning. Voldoet een school op een of meer standaarden niet, "
            "dan stelt de school binnen drie maanden een verbeterplan op, waarvan de voortgang na een half jaar "
            "met het bestuur wordt besproken."),
          H2("Extra ondersteuning en arrangementen"),
          P("Heeft een leerling meer nodig dan de basisondersteuning, dan spreken we van extra ondersteuning. "
            "Die wordt eerst binnen de eigen school georganiseerd met een arrangement: een individueel of "
            "groepsarrangement dat de school samen met de consulent opstelt. Voorbeelden zijn de taalklas voor "
            "nieuwkomers, de plusklas voor meer- en hoogbegaafde leerlingen, het gedragsarrangement 'Op de rit' en "
            "ambulante begeleiding door het speciaal onderwijs. Als ook dit niet volstaat, kan een plaatsing op "
            "het speciaal basisonderwijs of het speciaal onderwijs aan de orde zijn. Zo ontstaat een doorlopende "
            "reeks van basis naar extra naar gespecialiseerd. Bijlage 2 geeft het volledige overzicht van deze "
            "voorzieningen binnen en buiten de regio."),
          H2("Is het aanbod dekkend?")]
    b += [P("Wij streven naar een dekkend aanbod voor ieder kind. Of er op dit moment witte vlekken zijn, en "
            "waar, brengen we in de loop van 2027 in kaart met een netwerkanalyse; de uitkomsten verwerken we in "
            "de voortgangsparagraaf.")]
    b += f_thuiszitters_passing(c)
    b += [H1("Toelaatbaarheid en terugplaatsing"),
          H2("De route naar het speciaal (basis)onderwijs"),
          P("Het samenwerkingsverband beslist op verzoek van het schoolbestuur of een leerling toelaatbaar is tot "
            "het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so, cluster 3 en 4). De procedure "
            "verloopt als volgt."),
          OL("De school bespreekt de leerling in een multidisciplinair overleg (MDO) met ouders, intern "
             "begeleider en de consulent van het samenwerkingsverband en stelt vast dat een TLV-aanvraag de "
             "aangewezen weg is.",
             "Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag in bij het Loket van "
             "het samenwerkingsverband, met het groeidocument, het OPP, het onderwijskundig rapport en de "
             "schriftelijke zienswijze van de ouders.",
             "Twee deskundigen geven elk een eigen, schriftelijk advies: de orthopedagoog van het "
             "samenwerkingsverband en, afhankelijk van de hulpvraag, een psycholoog, maatschappelijk werker, "
             "kinderpsychiater of arts. Een deskundige die betrokken was bij de aanvraag adviseert niet.",
             "De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige aanvraag. "
             "Ouders ontvangen een afschrift van beide adviezen en van het besluit."),
          P("Bij de beoordeling weegt de commissie elke aanvraag op maat. De criteria en afwegingskaders die de "
            "commissie hanteert, zijn opgenomen in bijlage 6 (Toetsingskader toelaatbaarheid)."),
          P("Ouders en school die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken bij "
            "het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
          H2("Geldigheid en afloop van de TLV"),
          P("Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor twee of drie "
            "schooljaren, met bekostigingscategorie laag, midden of hoog. Wordt een TLV halverwege het "
            "schooljaar afgegeven, dan wordt de rest van dat schooljaar opgeteld."),
          P("Ons uitgangspunt is dat plaatsing in het speciaal (basis)onderwijs waar mogelijk tijdelijk is. Een "
            "leerling keert terug naar een reguliere basisschool, bij voorkeur dicht bij huis, zodra de "
            "ontwikkeling dat toelaat en een reguliere school met de beschikbare ondersteuning aan de "
            "onderwijsbehoefte kan voldoen. Terugkeer gebeurt in principe aan het begin van een schooljaar of na "
            "een vakantie, zodat de leerling een natuurlijk startmoment heeft. De ontvangende school krijgt een "
            "terugplaatsingsarrangement van € 3.000 en een jaar ambulante begeleiding vanuit de sbo- of so-school "
            "die de leerling kent. Broertjes en zusjes op dezelfde school is voor ons een zwaarwegende "
            "overweging bij de keuze van de ontvangende school."),
          P("Hoe de terugplaatsing stap voor stap verloopt, wie het initiatief neemt en op welke momenten wordt "
            "geëvalueerd, leggen SBO De Wissel en SO De Kom samen met het samenwerkingsverband nog vast. Dit "
            "stappenplan wordt als addendum toegevoegd zodra het gereed is."),
          H1("Kwaliteit en resultaten"),
          P("Het samenwerkingsverband wil een lerende organisatie zijn. Scholen zijn zelf verantwoordelijk voor "
            "de kwaliteit van hun onderwijs en hun leerresultaten; de Inspectie houdt daarop toezicht en de "
            "eindtoetsresultaten van de scholen zijn openbaar. Het samenwerkingsverband richt zich op de "
            "kwaliteit van de ondersteuning."),
          P("Een kwaliteitskader voor het samenwerkingsverband, met beoogde resultaten en de wijze waarop we die "
            "gaan volgen, stellen we in het schooljaar 2026-2027 op met de besturen en de OPR. Tot die tijd "
            "blijven de afspraken uit het vorige plan van kracht, voor zover ze niet strijdig zijn met dit plan."),
          H1("Communicatie en voorlichting"),
          P("Goede communicatie begint op school. Toch heeft ook het samenwerkingsverband een eigen taak, zeker "
            "als het gaat om ouders. Op de ouderpagina van onze website staat per school het "
            "schoolondersteuningsprofiel, een overzicht van de arrangementen en voorzieningen uit bijlage 2 en "
            "een uitleg van de route naar extra ondersteuning. De folder 'Passend onderwijs in De Lingestroom' "
            "is beschikbaar in het Nederlands, Engels, Pools en Arabisch; scholen geven de folder mee bij elke "
            "aanmelding. Elk najaar organiseren we twee informatieavonden voor ouders, één in Geldermalsen-West "
            "en één in Lingewaard-Zuid. Ouders kunnen op werkdagen de ouderconsulent van het bureau bellen "
            "voor uitleg over de mogelijkheden."),
          P("Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Dit "
            "steunpunt is niet in dienst van een school of bestuur en helpt ouders kosteloos bij vragen, bij "
            "het voorbereiden van een gesprek en bij meningsverschillen met school of samenwerkingsverband. Het "
            "steunpunt is bereikbaar via 0345 - 000 000 en via het contactformulier op de eigen website. "
            "Daarnaast wijzen we ouders op de landelijke Onderwijsconsulenten en, bij geschillen over toelating, "
            "verwijdering of het OPP, op de Geschillencommissie passend onderwijs."),
          P("Intern communiceren we met scholen via een maandelijkse nieuwsbrief en een digitale kennisbank. Voor "
            "de communicatie met gemeenten en ketenpartners is een jaarlijks relatieplan opgesteld."),
          H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk het ondersteuningsbudget voor lichte en zware "
            "ondersteuning. Na aftrek van de afdrachten aan het sbo en so, die via DUO lopen op basis van de "
            "teldatum 1 oktober en de peildatum 1 februari voor de groeiregeling, verdelen we het resterende "
            "budget als volgt."),
          UL("Schoolbudget: elk bestuur ontvangt € 145 per leerling op teldatum 1 oktober plus een vaste voet van "
             "€ 6.500 per vestiging. Het budget wordt in vier kwartaaltermijnen overgemaakt.",
             "Arrangementenbudget: individuele en groepsarrangementen worden na een aanvraag met het groeidocument "
             "toegekend door de consulent, tot een maximum van € 8.000 per leerling per schooljaar; hogere "
             "bedragen beslist de directeur-bestuurder.",
             "Bovenschoolse voorzieningen (taalklas, plusklas, 'Op de rit') worden rechtstreeks door het "
             "samenwerkingsverband bekostigd.",
             "Bureau en organisatie: ten hoogste 6 procent van de rijksbijdrage."),
          P("Besturen verantwoorden jaarlijks vóór 1 april in een bestedingsverslag waaraan zij het schoolbudget "
            "hebben besteed. Het weerstandsvermogen van het samenwerkingsverband ligt eind 2025 op 9 procent van "
            "de baten; we bouwen de reserve af tot de signaleringswaarde, onder meer door het tijdelijk verhogen "
            "van het schoolbudget in 2026 en 2027. De meerjarenbegroting staat in bijlage 3."),
          ]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_ict_privacy(c) + f_planning(c)
    b += [PB, H1("Bijlage 1 Standaarden basisondersteuning"),
          P("Onderstaande standaarden gelden voor elke vestiging van elke aangesloten basisschool. Zij zijn op "
            "18 november 2025 door het algemeen bestuur vastgesteld."),
          T(["Nr.", "Standaard", "Wat dit concreet betekent"],
            ["1", "Ondersteuningsstructuur", "Elke school heeft een intern begeleider met ten minste 0,1 fte per 100 leerlingen en een vast zorgoverleg per groep."],
            ["2", "Handelingsgericht werken", "Groepsplannen of groepsoverzichten worden drie keer per jaar besproken; ouders worden bij de bespreking van hun kind betrokken."],
            ["3", "Dyslexie", "De school werkt volgens het Protocol Leesproblemen en Dyslexie, inclusief extra leestijd en voorleessoftware."],
            ["4", "Dyscalculie", "De school werkt volgens het protocol ERWD en biedt ten minste twee keer per week verlengde instructie rekenen."],
            ["5", "Gedrag", "Elke school heeft een gedragsspecialist of aandachtsfunctionaris en een schoolbrede aanpak (bijvoorbeeld PBS)."],
            ["6", "Sociaal-emotioneel", "Jaarlijkse monitoring van welbevinden en een aanbod sociale vaardigheden in alle groepen."],
            ["7", "Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en een verrijkingsaanbod binnen de groep."],
            ["8", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief woordenschatprogramma."],
            ["9", "Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
            ["10", "Fysieke toegankelijkheid", "Het gebouw is rolstoeltoegankelijk of er is een plan voor tijdelijke aanpassing."],
            ["11", "Samenwerking met ketenpartners", "Een vaste contactpersoon van het lokale team is minimaal één dagdeel per maand op school."],
            ["12", "Overdracht", "Warme overdracht bij elke overstap, ook naar het voortgezet onderwijs."])]
    b += [H1("Bijlage 2 Overzicht ondersteuningsvoorzieningen"),
          T(["Niveau", "Voorziening", "Voor wie", "Toegang"],
            ["Basis", "Basisondersteuning op elke school (bijlage 1)", "Alle leerlingen", "Vrij toegankelijk"],
            ["Extra - in de school", "Individueel arrangement", "Leerling met specifieke onderwijsbehoefte", "Aanvraag via consulent"],
            ["Extra - bovenschools", "Taalklas nieuwkomers (Bemmel)", "Nieuwkomers 6-12 jaar, eerste jaar", "Aanmelding via school"],
            ["Extra - bovenschools", "Plusklas (3 locaties)", "Meer- en hoogbegaafde leerlingen groep 5-8", "Aanmelding via school"],
            ["Extra - bovenschools", "Gedragsarrangement 'Op de rit'", "Leerlingen met ernstig gedragsprobleem, 12 weken", "Aanvraag via consulent"],
            ["Extra - ambulant", "Ambulante begeleiding vanuit SO De Kom", "Leerling en leraar", "Aanvraag via consulent"],
            ["Speciaal", "SBO De Wissel (2 locaties)", "Leerlingen met TLV sbo", "TLV"],
            ["Speciaal", "SO De Kom, cluster 4", "Leerlingen met TLV so", "TLV"],
            ["Speciaal", "SO Het Palet, cluster 3 (buiten de regio)", "Leerlingen met TLV so", "TLV"])]
    b += [H1("Bijlage 3 Meerjarenbegroting 2026-2029"),
          P("Bedragen in euro's, afgerond op duizenden. De begroting 2026 is op 3 december 2025 vastgesteld; de "
            "jaren daarna zijn ramingen op basis van de leerlingprognose."),
          T(["Post", "2026", "2027", "2028", "2029"],
            ["Baten rijksbijdrage ondersteuning", "7.910.000", "7.820.000", "7.700.000", "7.610.000"],
            ["Afdrachten sbo/so via DUO", "-3.460.000", "-3.420.000", "-3.390.000", "-3.350.000"],
            ["Schoolbudgetten besturen", "1.806.000", "1.792.000", "1.640.000", "1.620.000"],
            ["Arrangementenbudget", "1.050.000", "1.050.000", "1.020.000", "1.000.000"],
            ["Bovenschoolse voorzieningen", "690.000", "700.000", "705.000", "710.000"],
            ["Terugplaatsingsarrangementen", "45.000", "45.000", "45.000", "45.000"],
            ["Bureau en organisatie", "470.000", "465.000", "460.000", "455.000"],
            ["Resultaat (onttrekking reserve)", "-1.611.000", "-1.652.000", "-1.560.000", "-1.570.000"])]
    b += glossary(c, extra=[("Resultaten", "Wat het samenwerkingsverband met de inzet van middelen wil bereiken."),
                            ("Ouderconsulent", "Medewerker van het bureau die ouders informeert.")])
    b += abbreviations(c, "po")
    return b


LABEL1 = dict(
    documents=["po-lingestroom-ondersteuningsplan-2026-2030.docx"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": [], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4 'Basisondersteuning' sets the minimum for every vestiging; the 12 standaarden with concrete content are in Bijlage 1 (included in the document).",
           "plaatsing": "H5 gives steps, Loket, two deskundigen, commission, 6 weeks, bezwaar/LBT; the criteria are only referred to 'bijlage 6', which is not part of the document (bijlagen 1-4 only).",
           "terugstroom": "Hidden in H5 'Geldigheid en afloop van de TLV': policy (tijdelijk, thuisnabij, arrangement EUR 3.000 + AB) is there; the step-by-step procedure is deferred to an addendum.",
           "financien": "Chapter 'Geld en middelen': per-leerling amount + vaste voet, arrangementen max; meerjarenbegroting with amounts in Bijlage 3.",
           "dekkend-aanbod": "Continuum basis-extra-speciaal in H4 and Bijlage 2; gaps only deferred ('in de loop van 2027 in kaart') and thuiszitters paragraph only defers.",
           "resultaten": "H6 'Kwaliteit en resultaten' only defers the kwaliteitskader with beoogde resultaten to 2026-2027; leerresultaten/eindtoets of schools is a near-miss.",
           "ouders": "Inside 'Communicatie en voorlichting': website ouderpagina, folder in 4 languages, infoavonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, GPO."})


# ---------------------------------------------------------------------------
# Plan 2 - VO, .docx - Kempen-Peelrand
# ---------------------------------------------------------------------------

C2 = dict(name="Samenwerkingsverband VO Kempen-Peelrand", code="VO 30-09", sector="vo", period="2026-2030",
          gemeenten=["Asterveld", "Deurnehoven", "Someren-Peel", "Leendewijk"], besturen=6, scholen=14,
          leerlingen="11.200", fte="12,4", director="ir. J.P. (Jeroen) Verhoeven",
          opr_date="5 maart 2026", oogo_date="28 januari 2026")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']})"),
         P("Versie voor de ondersteuningsplanraad, vastgesteld 9 april 2026. Dit document bevat de hoofdtekst "
           "en de bijlagen A tot en met D."),
         ("toc", ["Voorwoord", "1 Ons samenwerkingsverband in cijfers", "2 Visie en missie",
                  "3 Terugblik", "4 Basisondersteuning", "5 Het ondersteuningscontinuüm en het dekkend netwerk",
                  "6 Toewijzing: vso, lwoo en praktijkonderwijs (incl. terugplaatsing)", "7 Ouders en leerlingen",
                  "8 Middelen", "9 Ambities en resultaten", "10 Organisatie en governance", "11 OPR",
                  "12 Gemeenten en OOGO", "13 Personeel", "14 ICT en privacy", "15 Planning",
                  "Bijlage A Criteria toelaatbaarheid vso", "Bijlage B Voorzieningenkaart",
                  "Bijlage C Resultatenkader 2026-2030", "Bijlage D Begroting (p.m.)", "Begrippenlijst"]),
         PB]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [H1("Basisondersteuning"),
          P("Basisondersteuning is in ons samenwerkingsverband het gezamenlijk afgesproken minimum aan "
            "ondersteuning dat elke vestiging van elke aangesloten school voor voortgezet onderwijs biedt aan "
            "iedere leerling die dat nodig heeft, ongeacht leerweg of niveau. Het gaat om ondersteuning die de "
            "school zelf organiseert, zonder aanvraag bij het samenwerkingsverband. Alle besturen hebben zich "
            "aan dit minimum verbonden."),
          P("Welke voorzieningen en interventies dat per school concreet zijn, staat in het "
            "schoolondersteuningsprofiel en in de schoolgids van de school; die zijn te vinden op de website van "
            "iedere school. Een gezamenlijke lijst van standaarden stellen we op zodra de landelijke norm "
            "basisondersteuning wettelijk is verankerd."),
          H1("Het ondersteuningscontinuüm en het dekkend netwerk"),
          P("Onze ondersteuning is opgebouwd in vier niveaus die op elkaar aansluiten. Niveau 1 is de "
            "basisondersteuning op de school. Niveau 2 is extra ondersteuning binnen de school, bijvoorbeeld in "
            "een trajectvoorziening of ondersteuningsklas, die elke school met middelen van het "
            "samenwerkingsverband inricht. Niveau 3 is bovenschools: het OPDC De Brug in Asterveld voor "
            "leerlingen die tijdelijk (maximaal een jaar) intensieve begeleiding in een kleine groep nodig "
            "hebben, en de reboundvoorziening voor een time-out van acht tot twaalf weken. Niveau 4 is het "
            "voortgezet speciaal onderwijs: VSO De Sprong (cluster 4) en VSO Het Baken (cluster 3). Daarnaast "
            "kennen we het praktijkonderwijs op twee locaties en lwoo op alle vmbo-scholen. Bijlage B geeft de "
            "volledige voorzieningenkaart."),
          P("Elke maand komt de thuiszitterstafel bijeen: het samenwerkingsverband, de leerplichtambtenaren "
            "van de vier gemeenten en de jeugdhulp bespreken elke jongere die langer dan vier weken geen "
            "onderwijs volgt of op een wachtlijst staat. Binnen tien schooldagen na melding ligt er een plan met "
            "een eigenaar. Lukt het de scholen niet om samen een plek te vinden, dan gebruikt de "
            "directeur-bestuurder zijn doorzettingsmacht en wijst hij, na overleg met de besturen, een school "
            "aan die de zorgplicht overneemt."),
          P("Twee keer per jaar analyseert het bureau de wachtlijsten van OPDC en vso en de casussen van de "
            "thuiszitterstafel op patronen. De analyse van 2025 liet twee lacunes zien: er is geen passend "
            "aanbod voor havo/vwo-leerlingen met angstproblematiek die niet meer naar school komen, en de "
            "wachttijd voor het vso cluster 4 liep op tot vijftien weken. Vanaf augustus 2026 start daarom een "
            "kleinschalige havo/vwo-groep met begeleiding vanuit de GGZ in Deurnehoven, en met VSO De Sprong "
            "is een uitbreiding met twee groepen afgesproken per 1 januari 2027."),
          H1("Toewijzing: vso, lwoo en praktijkonderwijs"),
          H2("Toelaatbaarheid tot het vso"),
          P("Het bestuur van de school waar de leerling staat ingeschreven vraagt de toelaatbaarheidsverklaring "
            "aan bij de Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP met "
            "evaluatie, een verslag van het MDO en de zienswijze van ouders en leerling. De commissie vraagt "
            "advies aan twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk "
            "van de leerling een kinder- en jeugdpsychiater, maatschappelijk werker of jeugdarts. De commissie "
            "besluit binnen zes weken. De criteria waaraan de aanvraag wordt getoetst staan in bijlage A."),
          P("Een TLV vso wordt afgegeven voor twee schooljaren, of tot het einde van het schooljaar waarin de "
            "leerling achttien wordt als de leerling in de uitstroomfase zit. De commissie stelt de "
            "bekostigingscategorie vast (laag, midden of hoog)."),
          H2("Looptijd, afloop en terugplaatsing"),
          P("Het samenwerkingsverband wil dat een vso-plaatsing niet langer duurt dan nodig. Terugkeer naar het "
            "regulier voortgezet onderwijs is het doel wanneer de leerling met ondersteuning op niveau 2 of 3 "
            "kan functioneren en de leerling en ouders dit willen. Bij de keuze van de school weegt de nabijheid "
            "van het woonadres zwaar."),
          P("In het laatste jaar van elke TLV organiseert de vso-school vóór 1 februari een "
            "perspectiefgesprek met ouders, leerling, de consulent van het samenwerkingsverband en, indien "
            "terugkeer in beeld is, de ontvangende school. Uitkomst is één van drie routes: terugplaatsing, "
            "overplaatsing naar een andere vso-school, of een aanvraag voor een nieuwe TLV. Bij terugplaatsing "
            "volgt een proefplaatsing van acht weken; daarna besluit het bestuur van de ontvangende school over "
            "inschrijving. Bij verlenging beslist de Commissie Toewijzing op de gebruikelijke wijze."),
          P("Een teruggeplaatste leerling krijgt een terugkeerarrangement: zes maanden ambulante begeleiding "
            "vanuit de vso-school en € 2.500 voor de ontvangende school. In schooljaar 2024-2025 keerden 14 "
            "leerlingen vanuit het vso terug naar het regulier onderwijs, tegen 9 een jaar eerder."),
          H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("Voor lwoo en praktijkonderwijs gelden de landelijke criteria; het samenwerkingsverband heeft niet "
            "gekozen voor eigen lwoo-criteria. De school van aanmelding dient vóór 1 maart een aanvraag in met "
            "de gegevens uit het basisonderwijs (intelligentie, leerachterstanden en, voor lwoo, eventueel "
            "sociaal-emotionele problematiek). De commissie beslist binnen vier weken. Een lwoo-aanwijzing geldt "
            "voor de gehele schoolloopbaan in het vmbo; een TLV pro voor de duur van de opleiding."),
          H1("Ouders en leerlingen"),
          P("Ouders en leerlingen worden op drie manieren geïnformeerd over het ondersteuningsaanbod. Op de "
            "website staat de voorzieningenkaart van bijlage B met per voorziening een uitleg in gewone taal. "
            "Bij de overstap van het basisonderwijs naar het voortgezet onderwijs ontvangen alle ouders van "
            "groep 8 de 'Ouderwijzer', een brochure over ondersteuning in het VO. En in januari houden we per "
            "gemeente een informatieavond, samen met het samenwerkingsverband PO."),
          P("Met vragen kunnen ouders altijd terecht bij de mentor of de ondersteuningscoördinator van de school. "
            "Komen zij er samen niet uit, dan kunnen zij contact opnemen met het bureau van het "
            "samenwerkingsverband. Het ouder- en jeugdsteunpunt richten we in samen met het samenwerkingsverband "
            "PO; de start is voorzien op 1 augustus 2027. Over de werkwijze volgt nadere informatie."),
          P("Leerlingen worden in het VO nadrukkelijk betrokken: bij het OPP geven zij hun mening over de doelen "
            "en de ondersteuning, en in de OPR zitten twee leerlingen."),
          H1("Middelen"),
          P("Het samenwerkingsverband hanteert een schoolmodel. De middelen lichte ondersteuning worden volledig "
            "doorgegeven: elke school ontvangt € 190 per leerling op teldatum 1 oktober van het voorgaande jaar. "
            "De middelen voor lwoo en praktijkonderwijs worden per leerling met een aanwijzing of TLV "
            "doorbetaald tegen het landelijke bedrag. Het OPDC en de reboundvoorziening worden bekostigd uit "
            "een bovenschools budget met een vaste bijdrage per bezette plaats van € 11.000 per jaar. De "
            "afdracht aan het vso loopt via DUO op basis van de teldatum."),
          P("Scholen besteden de middelen binnen de kaders van het ondersteuningsplan naar eigen inzicht. De "
            "jaarbegroting 2026 en de meerjarenraming worden na vaststelling door het bestuur in december als "
            "bijlage D aan dit plan toegevoegd."),
          H1("Ambities en resultaten"),
          P("In dit plan hebben we onze beoogde resultaten voor leerlingen met een ondersteuningsbehoefte "
            "vertaald in meetbare indicatoren. Het resultatenkader staat in bijlage C. Het bureau volgt deze "
            "indicatoren met een kwartaalmonitor op basis van DUO-gegevens, de registratie van de "
            "thuiszitterstafel en een tweejaarlijkse tevredenheidspeiling. De directeur-bestuurder bespreekt de "
            "monitor elk kwartaal met de raad van toezicht; de bereikte resultaten worden jaarlijks in het "
            "jaarverslag gerapporteerd en met de OPR besproken. Halverwege de planperiode (voorjaar 2028) volgt "
            "een tussentijdse evaluatie, die tot bijstelling van de streefwaarden kan leiden.")]
    b += f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_kennis(c) + f_ict_privacy(c) + f_planning(c)
    b += [PB, H1("Bijlage A Criteria toelaatbaarheid vso"),
          P("Een leerling is toelaatbaar tot het vso als aan alle drie voorwaarden in kolom 1 is voldaan en ten "
            "minste één situatie uit kolom 2 van toepassing is."),
          T(["Voorwaarden (alle)", "Situaties (ten minste één)"],
            ["De ondersteuningsbehoefte overstijgt wat de school op niveau 1 en 2 kan bieden.",
             "Structureel ernstige gedrags- of psychiatrische problematiek die dagelijks intensieve begeleiding in een groep van maximaal 12 leerlingen vraagt."],
            ["Er is ten minste één arrangement op niveau 2 of 3 van minimaal drie maanden uitgevoerd en geëvalueerd, tenzij dit aantoonbaar niet verantwoord is.",
             "Een verstandelijke beperking (IQ lager dan 70) in combinatie met beperkte zelfredzaamheid."],
            ["De deskundigen onderschrijven dat het vso de meest passende plek is.",
             "Langdurige ziekte of lichamelijke beperking die onderwijs met medische zorg in de klas noodzakelijk maakt."]),
          H1("Bijlage B Voorzieningenkaart"),
          T(["Niveau", "Voorziening", "Capaciteit", "Duur"],
            ["1", "Basisondersteuning op elke school", "-", "-"],
            ["2", "Trajectvoorziening/ondersteuningsklas per school", "12-20 leerlingen per school", "flexibel"],
            ["3", "OPDC De Brug, Asterveld", "48 plaatsen", "maximaal 1 jaar"],
            ["3", "Rebound Kempen-Peelrand", "10 plaatsen", "8-12 weken"],
            ["4", "VSO De Sprong, cluster 4", "220 leerlingen", "TLV"],
            ["4", "VSO Het Baken, cluster 3", "140 leerlingen", "TLV"],
            ["-", "Praktijkonderwijs (2 locaties)", "380 leerlingen", "TLV pro"]),
          H1("Bijlage C Resultatenkader 2026-2030"),
          T(["Beoogd resultaat", "Indicator", "Stand 2025", "Streefwaarde 2030"],
            ["Meer leerlingen krijgen thuisnabij passend onderwijs", "Deelnamepercentage vso (1 oktober)", "3,9%", "3,5%"],
            ["Geen jongere langer dan 3 maanden thuis", "Absoluut verzuim > 3 maanden", "17", "maximaal 5"],
            ["Snelle toewijzing", "TLV-besluiten binnen 6 weken", "78%", "95%"],
            ["Duurzame terugkeer", "Teruggeplaatste leerlingen na 1 jaar nog in regulier onderwijs", "71%", "85%"],
            ["Tevreden ouders", "Rapportcijfer tevredenheidspeiling", "6,8", "7,5"]),
          H1("Bijlage D Begroting (p.m.)"),
          T(["Post", "2026", "2027", "2028", "2029"],
            ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Lasten schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Lasten bovenschools", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Resultaat", "p.m.", "p.m.", "p.m.", "p.m."])]
    b += glossary(c, extra=[("Meerjarenbegroting", "Zie bijlage D."),
                            ("Ouderwijzer", "Brochure voor ouders over ondersteuning in het VO.")])
    b += abbreviations(c, "vo")
    return b


LABEL2 = dict(
    documents=["vo-kempen-peelrand-ondersteuningsplan.docx"], sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4 defines the SWV-wide minimum for every vestiging, but the concrete content is only referred to each school's SOP/schoolgids/website.",
           "plaatsing": "H6: vso procedure (bestuur, Commissie Toewijzing, 2 deskundigen, 6 weken), lwoo/pro procedure; criteria in Bijlage A (included).",
           "terugstroom": "Hidden in H6 'Looptijd, afloop en terugplaatsing': perspectiefgesprek before 1 Feb in last TLV year, three routes, proefplaatsing, decision; policy + terugkeerarrangement.",
           "financien": "H8 'Middelen' gives the verdeling (EUR 190 per leerling, per-plaats bedrag); the begroting in Bijlage D is all 'p.m.' and deferred to December.",
           "dekkend-aanbod": "H5: four levels + Bijlage B; thuiszitterstafel, doorzettingsmacht, gap analysis with two lacunes and dated actions.",
           "resultaten": "H9 describes monitoring (kwartaalmonitor, jaarverslag, evaluatie 2028); goals with streefwaarden only in the Bijlage C table.",
           "ouders": "H7: website, Ouderwijzer, informatieavond; independent help only deferred (OJSP start 2027), mentor/bureau are not independent."})


def f_kennis(c):
    return [
        H1("Kennisdeling en innovatie"),
        P("Het samenwerkingsverband wil kennis die in de regio aanwezig is beter benutten. Daarom werken we "
          "samen met de lerarenopleiding van de hogeschool in de regio: studenten doen praktijkonderzoek op "
          "onze scholen naar vragen die leraren zelf inbrengen, zoals het werken met groepsoverzichten, "
          "het omgaan met prikkelgevoelige leerlingen en het inzetten van onderwijsassistenten."),
        P("Elk jaar kiezen we met de directeuren één innovatiethema. Scholen die met dat thema aan de slag gaan, "
          "kunnen een kleine bijdrage aanvragen voor het vrijroosteren van leraren. De opbrengsten worden "
          "gedeeld in een open bijeenkomst in juni en in de digitale kennisbank. Een netwerk van "
          "gedragsspecialisten, taalcoördinatoren en rekenspecialisten komt vier keer per jaar bijeen."),
        P("Ook de samenwerking met andere samenwerkingsverbanden in de provincie versterken we: we delen "
          "formats, we organiseren samen intervisie voor consulenten en we stemmen onze werkwijzen af waar "
          "leerlingen de grens van het samenwerkingsverband overschrijden."),
    ]


def f_landelijk(c):
    return [
        H1("Landelijke ontwikkelingen"),
        P("Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. Na de "
          "evaluatie van passend onderwijs heeft het ministerie een verbeteraanpak ingezet met maatregelen op "
          "het gebied van bekostiging, reserves van samenwerkingsverbanden, thuiszitters en de positie van "
          "ouders en leerlingen. Een deel van die maatregelen is inmiddels wet; een ander deel is nog in "
          "voorbereiding."),
        P("De wet die de positie van ouders en leerlingen versterkt, introduceert onder meer het hoorrecht voor "
          "leerlingen en verplicht samenwerkingsverbanden tot een ouder- en jeugdsteunpunt. Ook verschuift de "
          "beschrijving van de ondersteuning van school naar de schoolgids. Daarnaast werkt de minister aan een "
          "landelijke norm voor basisondersteuning, die op termijn de regionale afspraken kan vervangen of "
          "aanvullen. En op de langere termijn staat de beweging naar inclusiever onderwijs op de agenda, "
          "waarin regulier en speciaal onderwijs dichter bij elkaar komen."),
        P("Voor ons samenwerkingsverband betekent dit dat we flexibel moeten blijven. Wanneer landelijke "
          "regels veranderen, passen we dit plan via een voortgangsparagraaf aan, uiteraard met instemming van "
          "de ondersteuningsplanraad. Het lerarentekort en de krapte in de jeugdhulp blijven de belangrijkste "
          "externe risico's; beide liggen grotendeels buiten onze invloed, maar vragen wel om keuzes in wat we "
          "van scholen vragen."),
    ]


# ---------------------------------------------------------------------------
# Plan 3 - PO, .pdf - Duin- en Bollenstreek
# ---------------------------------------------------------------------------

C3 = dict(name="Stichting Samenwerkingsverband Duin en Bollen Primair", code="PO 28-05", sector="po",
          period="2026-2030", gemeenten=["Noordwijkerhout-Oost", "Lisse-Zuid", "Hillegersberg-Duin"],
          besturen=14, scholen=64, leerlingen="12.400", fte="11,2", director="dr. A. (Anouk) Zwetsloot",
          opr_date="19 maart 2026", oogo_date="4 februari 2026")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan 2026-2030 'Elk kind een plek'"),
         ("sub", f"{c['name']} ({c['code']})"),
         P("Hoofdtekst met bijlagen A tot en met C."),
         ("toc", ["Voorwoord", "1 Ons samenwerkingsverband", "2 Visie", "3 Terugblik",
                  "4 Het basisarrangement: wat elke school waarmaakt", "5 Van licht naar intensief: het ondersteuningscontinuüm",
                  "6 Toelaatbaarheid sbo en so", "7 Wegwijs voor gezinnen", "8 Wat we willen bereiken",
                  "9 Financieel kader", "10 Organisatie", "11 Medezeggenschap", "12 Gemeenten",
                  "13 Personeel", "14 Kennisdeling", "15 ICT en privacy", "16 Planning",
                  "Bijlage A Het basisarrangement in detail", "Bijlage B Terug naar de basisschool",
                  "Bijlage C Begrippen en afkortingen"]),
         PB]
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_visie(c) + f_terugblik(c)
    b += [H1("Het basisarrangement: wat elke school waarmaakt"),
          P("In onze regio spreken we niet van basisondersteuning maar van het basisarrangement. Daarmee "
            "bedoelen we hetzelfde als de wet: de ondergrens die alle veertien besturen samen hebben afgesproken "
            "en die op elke locatie van elke basisschool in de Duin- en Bollenstreek wordt waargemaakt. Geen "
            "school zit eronder; veel scholen zitten erboven. Ouders kunnen er bij elke school op rekenen."),
          P("Het basisarrangement kent vier bouwstenen: een goed georganiseerde ondersteuning in de school, "
            "preventieve hulp voordat problemen groot worden, lichte curatieve hulp voor leerlingen die even wat "
            "meer nodig hebben, en een planmatige manier van werken waarin de leraar, de intern begeleider en "
            "ouders samen optrekken. Per bouwsteen staat in bijlage A wat een school concreet doet."),
          H1("Van licht naar intensief: het ondersteuningscontinuüm"),
          P("Voor leerlingen die meer nodig hebben dan het basisarrangement, is er een doorlopend continuüm. Eerst "
            "zoekt de school binnen het eigen bestuur naar een oplossing: elk bestuur heeft een eigen "
            "expertiseteam en kan een groepsarrangement inrichten. Daarna komen de bovenschoolse voorzieningen "
            "van het samenwerkingsverband in beeld: de observatiegroep De Pier voor jonge kinderen van wie nog "
            "niet duidelijk is wat zij nodig hebben (maximaal twintig weken), de Taalschool voor nieuwkomers en "
            "de Plusgroep voor hoogbegaafde leerlingen die vastlopen. Aan het intensieve einde staan SBO De "
            "Duinroos met drie locaties, SO Het Anker (cluster 4) en SO De Wilg (cluster 3, met een "
            "dependance voor leerlingen met EMB)."),
          P("Elke maand houdt het samenwerkingsverband een Passende-Plek-Overleg met de leerplichtambtenaren en "
            "de jeugdteams. Elk kind zonder passende plek, of dat nu thuiszit, op een wachtlijst staat of een "
            "gedeeltelijke vrijstelling heeft, wordt daar besproken. Binnen tien werkdagen na aanmelding is er "
            "een regisseur en een plan met een streefdatum voor terugkeer naar onderwijs. Komen besturen er niet "
            "uit, dan beslist de directeur-bestuurder welk bestuur de zorgplicht op zich neemt."),
          P("Eén keer per jaar leggen we alle casussen naast elkaar om te zien waar het aanbod tekortschiet. De "
            "analyse van 2025 liet zien dat er geen plek was voor jonge kinderen met een combinatie van een "
            "ernstige taalontwikkelingsstoornis en gedragsproblemen. Met een instelling voor cluster 2 en SO Het "
            "Anker starten we daarom per 1 augustus 2026 een combinatiegroep voor acht leerlingen."),
          H2("Het jonge kind"),
          P("Veel ondersteuningsvragen zijn al zichtbaar voordat een kind vier wordt. Daarom investeren we in "
            "de samenwerking met de kinderopvang en de peuteropvang. Elke basisschool heeft een vaste "
            "contactpersoon voor de voorschoolse voorzieningen in de wijk, en bij een kind met een bekende "
            "ondersteuningsbehoefte vindt vóór de eerste schooldag een warme overdracht plaats met de ouders, "
            "de pedagogisch medewerker en de intern begeleider. De jeugdverpleegkundige sluit aan wanneer dat "
            "nodig is. Voor kinderen met een ontwikkelingsvraag die nog niet goed te duiden is, is de "
            "observatiegroep De Pier beschikbaar. Ook de overgang naar het voortgezet onderwijs krijgt aandacht: "
            "met het samenwerkingsverband VO is een gezamenlijk overstapprotocol afgesproken, met een "
            "overdrachtsgesprek voor elke leerling met een OPP."),
          H1("Toelaatbaarheid sbo en so"),
          P("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het sbo en het so. De "
            "toewijzing van deze plaatsen is geregeld in het Toewijzingsreglement 2026. Dat reglement staat als "
            "afzonderlijk document op www.swv-duinenbollen.example/toewijzing en wordt jaarlijks geactualiseerd; "
            "het maakt geen deel uit van dit plan."),
          H1("Wegwijs voor gezinnen"),
          P("Wat kan een school voor mijn kind doen, en waar kan ik heen als het niet lukt? Op die twee vragen "
            "willen we voor elk gezin een antwoord hebben. Daarom geven we de 'Wegwijzer passend onderwijs' uit: "
            "een boekje en een website waarin per school staat wat het basisarrangement inhoudt, welke "
            "groepsarrangementen er zijn en hoe de bovenschoolse voorzieningen werken. Elke school deelt de "
            "Wegwijzer uit bij het kennismakingsgesprek. Eens per maand is er op zaterdagochtend een inloopspreekuur "
            "'Koffie met de consulent' in de bibliotheek van Lisse-Zuid en Noordwijkerhout-Oost."),
          P("Wie een onafhankelijk luisterend oor zoekt, kan terecht bij Ouderkracht Duin en Bollen, ons ouder- "
            "en jeugdsteunpunt. Ouderkracht werkt met ervaringsdeskundige ouders en een jurist, is niet verbonden "
            "aan een school of bestuur en is telefonisch bereikbaar op dinsdag en donderdag. Ouderkracht helpt "
            "bij vragen, gaat mee naar gesprekken en bemiddelt bij onenigheid. Daarnaast verwijzen we naar de "
            "landelijke Onderwijsconsulenten en naar de Geschillencommissie passend onderwijs."),
          H1("Wat we willen bereiken"),
          P("Voor leerlingen die extra ondersteuning nodig hebben, hebben we voor 2030 de volgende resultaten "
            "voor ogen:"),
          UL("geen enkel kind in onze regio zit langer dan vier weken thuis zonder onderwijsaanbod; het aantal "
             "thuiszitters op de teldatum is maximaal vier;",
             "minimaal 85 procent van de leerlingen met een groepsarrangement blijft op de eigen school;",
             "het deelnamepercentage so blijft onder de 1,9 procent;",
             "elke teruggeplaatste leerling zit een jaar na terugkeer nog op de reguliere school;",
             "ouders geven de ondersteuning van hun kind gemiddeld minimaal een 7,5."),
          P("Hoe we deze resultaten volgen, met welke bronnen en op welke momenten we erover rapporteren, "
            "werken we uit in een monitoringskader dat in het eerste planjaar verschijnt."),
          H1("Financieel kader"),
          P("Het financiële beleid van het samenwerkingsverband, inclusief het verdeelmodel en de "
            "meerjarenbegroting, is vastgelegd in het Financieel Kader dat het bestuur jaarlijks in december "
            "vaststelt. Dat document maakt geen deel uit van dit ondersteuningsplan; het is op te vragen bij "
            "het bureau.")]
    b += f_landelijk(c) + f_governance(c) + f_opr(c) + f_oogo(c) + f_personeel(c) + f_kennis(c) + f_ict_privacy(c) + f_planning(c)
    b += [PB, H1("Bijlage A Het basisarrangement in detail"),
          T(["Bouwsteen", "Wat elke school in de regio minimaal doet"],
            ["Ondersteuning in de school", "Een intern begeleider met ten minste één dag per week per 150 leerlingen; een ondersteuningsteam dat zes keer per jaar bijeenkomt met de schoolmaatschappelijk werker en de jeugdverpleegkundige."],
            ["Preventieve hulp", "Screening van taal en lezen in groep 2 en 3; een signaleringsinstrument voor sociaal-emotionele ontwikkeling twee keer per jaar; een anti-pestprogramma."],
            ["Lichte curatieve hulp", "Dyslexiebegeleiding volgens protocol tot de doorverwijzing naar de zorgverzekerde behandeling; verlengde instructie rekenen; een prikkelarme werkplek; een time-outprotocol."],
            ["Planmatig werken", "Een groepsoverzicht per groep; een OPP voor elke leerling met een eigen leerlijn; gesprekken met ouders minimaal drie keer per jaar."],
            ["Medisch en fysiek", "Protocol medicijnverstrekking en medisch handelen; afspraken over aangepast gymonderwijs."],
            ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2, compacten en verrijken in de groep."]),
          H1("Bijlage B Terug naar de basisschool"),
          H2("Uitgangspunten"),
          P("Een plek in het sbo of so is voor veel kinderen een goede plek, maar geen eindstation. Wij willen dat "
            "kinderen die dat kunnen, terugkeren naar een reguliere basisschool, zo dicht mogelijk bij huis. "
            "Voorwaarde is dat de ontwikkeling van het kind volgens het OPP het toelaat en dat de ontvangende "
            "school met het basisarrangement en zo nodig een overgangsarrangement kan bieden wat het kind nodig "
            "heeft. De ontvangende school krijgt gedurende een jaar begeleiding van een leerkracht van de "
            "sbo- of so-school en een bedrag voor extra handen in de klas."),
          H2("Werkwijze"),
          OL("Bij elke jaarlijkse evaluatie van het OPP bespreekt de commissie van begeleiding van de sbo- of "
             "so-school of terugkeer in beeld is.",
             "In het laatste jaar van de TLV doet de school dat uiterlijk op 1 maart, samen met ouders en de "
             "consulent van het samenwerkingsverband.",
             "Is terugkeer haalbaar, dan neemt de sbo- of so-school het initiatief voor een gesprek met een "
             "reguliere school naar keuze van de ouders; de ouders melden hun kind daar aan.",
             "De reguliere school beslist binnen de wettelijke termijnen over toelating; de overstap vindt bij "
             "voorkeur plaats na een zomer- of kerstvakantie.",
             "Is terugkeer niet haalbaar, dan zorgt de sbo- of so-school tijdig voor een vervolg; zonder "
             "nieuwe TLV loopt de TLV af op 31 juli en is de school verantwoordelijk voor een plek in het "
             "regulier onderwijs.",
             "Drie en twaalf maanden na terugkeer evalueren de ontvangende school, ouders en consulent hoe het gaat.")]
    b += [H1("Bijlage C Begrippen en afkortingen"),
          T(["Begrip", "Betekenis"],
            ["Basisondersteuning", "Wettelijke term; in dit plan: het basisarrangement."],
            ["Toelaatbaarheidsverklaring", "Besluit dat een leerling toelaatbaar is tot sbo of so; de procedure en criteria staan in het Toewijzingsreglement."],
            ["Meerjarenbegroting", "Zie het Financieel Kader."],
            ["Verdeelmodel", "De wijze waarop middelen over besturen worden verdeeld; zie het Financieel Kader."],
            ["Resultaten", "Zie hoofdstuk 8."],
            ["Ouderkracht", "Ouder- en jeugdsteunpunt in de regio."])]
    b += abbreviations(c, "po")
    return b


LABEL3 = dict(
    documents=["po-duin-en-bollen-ondersteuningsplan.pdf"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": [], "plaatsing": [], "terugstroom": [], "financien": [],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Called 'basisarrangement' (H4): agreed ondergrens on every locatie; concrete content per bouwsteen in Bijlage A (included).",
           "plaatsing": "H6 only says TLVs are issued and refers to the separate Toewijzingsreglement on the website, explicitly not part of the plan; glossary also refers away.",
           "terugstroom": "Bijlage B 'Terug naar de basisschool': uitgangspunten/voorwaarden/support and a numbered werkwijze (OPP evaluation, 1 March, initiator, end TLV 31 July, evaluations).",
           "financien": "H9 'Financieel kader' only refers to a separate Financieel Kader that is not part of the plan; no amounts, no verdeling anywhere.",
           "dekkend-aanbod": "H5: continuum from bestuur to bovenschools to sbo/so; Passende-Plek-Overleg, zorgplicht decision, yearly gap analysis with 2026 action.",
           "resultaten": "H8 'Wat we willen bereiken' lists measurable targets; how they are monitored/reported is deferred to a monitoringskader 'dat in het eerste planjaar verschijnt'.",
           "ouders": "H7 'Wegwijs voor gezinnen': Wegwijzer booklet/website, inloopspreekuur; independent Ouderkracht (OJSP), Onderwijsconsulenten, GPO."})


# ---------------------------------------------------------------------------
# Plan 4 - VO, .pdf - Noord-Veluwe West
# ---------------------------------------------------------------------------

C4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Noord-Veluwe West", code="VO 25-10", sector="vo",
          period="2026-2030", gemeenten=["Harderhaven", "Ermelo-Noord", "Nunspeet-West", "Oldebroekveen"],
          besturen=5, scholen=11, leerlingen="8.900", fte="7,8", director="mr. H. (Hatice) Yilmaz",
          opr_date="26 maart 2026", oogo_date="12 februari 2026")
FOOTER4 = ("Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - "
           "ouders - middelen - resultaten")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']}) - 'Passend waar het kan, speciaal waar het moet'"),
         P("Dit plan beschrijft de hoofdlijnen. Uitwerkingen zijn opgenomen in de bijlagen I tot en met III."),
         ("toc", ["Voorwoord", "1 Ons samenwerkingsverband", "2 Visie en missie", "3 Terugblik",
                  "4 Basisondersteuning", "5 Dekkend netwerk en thuiszitters", "6 Toelaatbaarheid vso, lwoo en pro",
                  "7 Terugplaatsing", "8 Ambities en resultaten", "9 Ouders en communicatie", "10 Geld en middelen",
                  "11 Landelijke ontwikkelingen", "12 Organisatie", "13 OPR", "14 OOGO", "15 Personeel",
                  "16 ICT en privacy", "17 Planning",
                  "Bijlage I Toelaatbaarheidscriteria", "Bijlage II Verdeling en meerjarenbegroting",
                  "Bijlage III Begrippenlijst en afkortingen"]),
         PB]
    b += f_voorwoord(c) + f_leeswijzer(c)
    b += [H1("Samenvatting"),
          P("In dit plan leest u hoe het samenwerkingsverband de komende vier jaar werkt aan passend onderwijs "
            "voor alle jongeren in de regio. De belangrijkste keuzes: we herijken de basisondersteuning, we "
            "versterken de aanpak van thuiszitters, we maken de toewijzing van ondersteuning eenvoudiger en we "
            "sturen nadrukkelijker op resultaten. Ouders en leerlingen zijn voor ons belangrijke partners. De "
            "middelen gaan zoveel mogelijk naar de scholen, zodat de ondersteuning dicht bij de jongere wordt "
            "georganiseerd. Waar leerlingen tijdelijk in het vso verblijven, blijven we betrokken."),
          P("Het plan is opgesteld in een periode van landelijke veranderingen. We kiezen daarom voor een plan "
            "op hoofdlijnen, dat we jaarlijks uitwerken in een jaarplan en een begroting.")]
    b += f_context(c) + f_visie(c) + f_terugblik(c)
    b += [H1("Basisondersteuning"),
          P("De afspraken over de basisondersteuning uit het vorige plan worden herijkt in het licht van de "
            "landelijke norm basisondersteuning. Het geactualiseerde niveau en de bijbehorende standaarden "
            "stellen we in de loop van het schooljaar 2026-2027 met de besturen vast; zij worden via een "
            "voortgangsparagraaf aan dit plan toegevoegd."),
          H1("Dekkend netwerk en thuiszitters"),
          P("Een actueel overzicht van alle ondersteuningsvoorzieningen in de regio staat in de digitale sociale "
            "kaart op onze website. We nemen dat overzicht hier niet op, omdat het te snel veroudert."),
          P("Geen jongere mag tussen wal en schip vallen. Per gemeente komt elke zes weken het "
            "thuiszittersoverleg bijeen, met leerplicht, het jeugdteam, de ondersteuningscoördinatoren en de "
            "trajectbegeleider van het samenwerkingsverband. Elke jongere die vier weken of langer niet of "
            "nauwelijks naar school gaat, wordt daar aangemeld. Binnen tien werkdagen ligt er een plan met "
            "één verantwoordelijke regisseur en een datum waarop de jongere weer onderwijs volgt. Lukt dat "
            "niet binnen drie maanden, dan escaleert de regisseur naar de directeur-bestuurder, die besturen kan "
            "aanwijzen om de zorgplicht gezamenlijk in te vullen."),
          P("Ieder voorjaar analyseert het bureau de casussen van het thuiszittersoverleg, de wachttijden in het "
            "vso en de aanvragen die niet konden worden gehonoreerd. In 2025 bleek er geen passende plek te zijn "
            "voor jongeren van zestien jaar en ouder met psychiatrische problematiek die het vso niet aankunnen. "
            "Met de GGZ-instelling in Harderhaven ontwikkelen we een onderwijs-zorgarrangement; de eerste "
            "groep van zes jongeren start op 1 februari 2027. Daarnaast is de capaciteit van het vso cluster 4 per "
            "1 augustus 2026 met één groep uitgebreid."),
          H1("Toelaatbaarheid vso, lwoo en pro"),
          P("De aanvraag- en besluitvormingsprocedure voor een TLV vso, een aanwijzing lwoo en een TLV pro is "
            "beschreven in de Handleiding Toewijzing 2026 (bijlage 5), die apart wordt gepubliceerd. De criteria "
            "die het samenwerkingsverband hanteert, zijn opgenomen in bijlage I bij dit plan. Een TLV vso geldt "
            "in de regel twee schooljaren; een aanwijzing lwoo geldt voor de gehele opleiding."),
          H1("Terugplaatsing"),
          P("Het samenwerkingsverband werkt nauw samen met de vso-scholen in de regio. Met de vso-scholen is "
            "afgesproken dat zij jaarlijks een terugkoppeling geven over de uitstroom van hun leerlingen naar "
            "vervolgonderwijs, arbeid en dagbesteding."),
          H1("Ambities en resultaten"),
          P("Wij hebben voor deze planperiode vijf resultaten geformuleerd voor jongeren met een "
            "ondersteuningsbehoefte. Ze zijn meetbaar gemaakt met een indicator en een streefwaarde."),
          T(["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2029-2030"],
            ["Jongeren volgen onderwijs", "Aantal thuiszitters > 4 weken op 1 oktober", "23", "maximaal 8"],
            ["Thuisnabij onderwijs", "Deelname vso (percentage)", "4,4%", "4,0%"],
            ["Snel duidelijkheid", "Doorlooptijd TLV-aanvraag tot besluit", "7,5 week", "maximaal 6 weken in 95% van de gevallen"],
            ["Succesvolle uitstroom", "Vso-leerlingen met een startkwalificatie of duurzaam werk", "61%", "70%"],
            ["Tevreden scholen", "Waardering dienstverlening door ondersteuningscoördinatoren", "6,9", "7,5"]),
          P("Het bureau verzamelt de gegevens uit DUO, de leerplichtadministraties van de vier gemeenten en de "
            "eigen registratie van aanvragen. Elk kwartaal stelt het bureau een dashboard op dat de "
            "directeur-bestuurder bespreekt met het directeurenoverleg en de raad van toezicht. Jaarlijks worden "
            "de bereikte resultaten, met een toelichting op afwijkingen en de ingezette middelen, opgenomen in het "
            "jaarverslag en besproken met de OPR. In het voorjaar van 2028 laten we een externe tussenevaluatie "
            "uitvoeren; de uitkomsten kunnen leiden tot bijstelling van de streefwaarden."),
          H1("Ouders en communicatie"),
          P("De communicatie van het samenwerkingsverband wordt vernieuwd. Een nieuw communicatieplan, waarin "
            "ook de informatievoorziening aan ouders en de verwijzing naar onafhankelijke ondersteuning een plek "
            "krijgen, wordt in het najaar van 2026 aan de ondersteuningsplanraad voorgelegd."),
          H1("Geld en middelen"),
          P("De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting zijn uitgewerkt in bijlage II.")]
    b += f_landelijk(c) + f_governance(c) + f_opr(c, parents=False) + f_oogo(c) + f_personeel(c)
    b += f_kennis(c) + f_ict_privacy(c) + f_planning(c)
    b += [PB, H1("Bijlage I Toelaatbaarheidscriteria"),
          H2("Voortgezet speciaal onderwijs"),
          P("Een jongere is toelaatbaar tot het vso als de onderwijsbehoefte niet binnen het regulier voortgezet "
            "onderwijs met ondersteuning op schoolniveau of een bovenschools arrangement kan worden beantwoord, "
            "dit blijkt uit een geëvalueerd OPP over ten minste één half schooljaar, en er sprake is van ten "
            "minste één van de volgende situaties:"),
          UL("ernstige gedragsmatige of psychiatrische problematiek waardoor de jongere aangewezen is op een "
             "groep van maximaal twaalf leerlingen met een gespecialiseerd pedagogisch klimaat (categorie laag);",
             "een lichamelijke beperking of langdurige ziekte waarbij verzorging of medisch handelen onder "
             "schooltijd structureel nodig is (categorie midden);",
             "een verstandelijke beperking met een IQ tot ongeveer 70 in combinatie met een beperkte "
             "zelfredzaamheid (categorie laag) of meervoudige beperkingen (categorie hoog)."),
          H2("Praktijkonderwijs en lwoo"),
          P("Voor praktijkonderwijs en lwoo gebruiken we de landelijke criteria. Praktijkonderwijs: een IQ van "
            "55 tot en met 80 en leerachterstanden van 50 procent of meer op ten minste twee van de domeinen "
            "begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, waarvan één begrijpend lezen of "
            "inzichtelijk rekenen is. Lwoo: een IQ van 75 tot en met 90 met leerachterstanden van 25 tot 50 "
            "procent op twee domeinen, of een IQ van 91 tot en met 120 met die leerachterstanden én "
            "sociaal-emotionele problematiek die het leren belemmert."),
          H1("Bijlage II Verdeling en meerjarenbegroting"),
          H2("Verdeling"),
          P("De middelen worden in drie stromen verdeeld. Het algemeen bestuur stelt de bedragen jaarlijks in "
            "november vast bij de begroting."),
          T(["Stroom", "Verdeelsleutel", "Bestemming"],
            ["Lichte ondersteuning", "€ 210 per leerling (teldatum 1 oktober t-1) plus vaste voet € 15.000 per vestiging", "Schoolbesturen, voor ondersteuning op schoolniveau"],
            ["Lwoo en praktijkonderwijs", "Landelijk bedrag per leerling met aanwijzing lwoo of TLV pro", "Scholen met lwoo of pro"],
            ["Zware ondersteuning", "Afdracht via DUO per TLV-categorie; restant naar bovenschoolse arrangementen", "Vso-scholen en bovenschoolse arrangementen"]),
          P("Schoolbesturen verantwoorden de besteding van de middelen lichte ondersteuning jaarlijks vóór 1 mei "
            "met een kort bestedingsoverzicht. Het samenwerkingsverband houdt een weerstandsvermogen aan van "
            "ten hoogste 7,5 procent van de totale baten; het meerdere wordt in 2026 en 2027 via een eenmalige "
            "verhoging van het bedrag per leerling aan de besturen uitgekeerd."),
          H2("Meerjarenbegroting (x € 1.000)"),
          T(["Post", "2026", "2027", "2028", "2029"],
            ["Baten ondersteuningsmiddelen", "14.820", "14.690", "14.510", "14.400"],
            ["Afdracht vso via DUO", "-5.940", "-5.990", "-6.020", "-6.050"],
            ["Lichte ondersteuning aan besturen", "2.034", "2.021", "1.890", "1.880"],
            ["Lwoo en pro doorbetaling", "4.760", "4.700", "4.640", "4.590"],
            ["Bovenschoolse arrangementen en thuiszittersaanpak", "1.650", "1.690", "1.710", "1.720"],
            ["Bureau", "560", "565", "570", "575"],
            ["Saldo", "-124", "-276", "-320", "-415"])]
    b += glossary(c, extra=[("OPDC", "Orthopedagogisch-didactisch centrum, tijdelijke bovenschoolse voorziening."),
                            ("Thuiszittersoverleg", "Gemeentelijk overleg over jongeren zonder passende plek.")])
    b += abbreviations(c, "vo")
    return b


LABEL4 = dict(
    documents=["vo-noord-veluwe-west-ondersteuningsplan.pdf"], sector="vo",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": [], "plaatsing": ["duur-categorie"], "terugstroom": [],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": []},
    notes={"basisondersteuning": "H4 only defers the herijkte basisondersteuning to 2026-2027; the definition exists only in the begrippenlijst and the running footer.",
           "plaatsing": "Criteria for vso, pro and lwoo in Bijlage I (included); the procedure is only referred to 'bijlage 5' Handleiding Toewijzing, published separately (absent).",
           "terugstroom": "H7 'Terugplaatsing' only speaks of terugkoppeling about uitstroom to vervolgonderwijs/arbeid (near-miss); footer and glossary only.",
           "financien": "H10 refers to Bijlage II, which is included: verdeelsleutel per stroom, verantwoording, reserve, meerjarenbegroting 2026-2029 with amounts.",
           "dekkend-aanbod": "H5: thuiszittersoverleg, escalation, yearly gap analysis with dated actions; the continuum of voorzieningen is only referred to a website sociale kaart.",
           "resultaten": "H8 'Ambities en resultaten': targets with indicators/streefwaarden plus kwartaaldashboard, jaarverslag, tussenevaluatie 2028.",
           "ouders": "H9 only defers to a communicatieplan in autumn 2026; OPR text has no parent role; OJSP appears only in 'Landelijke ontwikkelingen' as law description and in the glossary."})


# ---------------------------------------------------------------------------
# Plan 5 - PO, .html - Waardenland
# ---------------------------------------------------------------------------

C5 = dict(name="Samenwerkingsverband Primair Onderwijs Waardenland", code="PO 28-17", sector="po",
          period="2026-2030", gemeenten=["Oud-Waardenburg", "Strijenoord", "Maasdamme"], besturen=8,
          scholen=41, leerlingen="6.300", fte="6,1", director="drs. R. (Ruud) de Kievit",
          opr_date="2 april 2026", oogo_date="22 januari 2026")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']}) - webversie met bijlagen"),
         ("toc", ["Voorwoord", "1 Waardenland in cijfers", "2 Visie en missie", "3 Terugblik",
                  "4 Basisondersteuning: wat elke school biedt", "5 Dekkend aanbod", "6 Toelaatbaarheid sbo en so",
                  "7 Terugplaatsing", "8 Kwaliteit en resultaten", "9 Ouders", "10 Financiën",
                  "11 Landelijke ontwikkelingen", "12 Organisatie", "13 OPR", "14 OOGO", "15 Personeel",
                  "16 Kennisdeling", "17 ICT en privacy", "18 Planning",
                  "Bijlage 1 Toelaatbaarheidscriteria", "Bijlage 2 Stappenschema afloop TLV",
                  "Bijlage 3 Begroting 2026-2029", "Bijlage 4 Begrippenlijst"])]
    b += f_voorwoord(c) + f_leeswijzer(c)
    b += [H1("Samenvatting"),
          P("Waardenland is een klein samenwerkingsverband met veel dorpsscholen. Dat vraagt om nuchtere keuzes. "
            "In dit plan leggen we vast wat elke school minimaal biedt, hoe de toelaatbaarheid tot het sbo en so "
            "is geregeld en hoe we de kwaliteit van de ondersteuning volgen. Op een aantal onderwerpen kiezen we "
            "er bewust voor om eerst de landelijke ontwikkelingen af te wachten; die onderwerpen werken we uit in "
            "de jaarplannen. Ouders, scholen en gemeenten blijven we daarbij betrekken. Het bureau blijft klein; "
            "het geld gaat zoveel mogelijk naar de scholen en naar de leerlingen die het nodig hebben."),
          P("Het plan is besproken met de directeuren, de intern begeleiders, de gemeenten en de OPR. Hun "
            "reacties zijn verwerkt; een overzicht daarvan is bij het bureau op te vragen.")]
    b += f_context(c) + f_visie(c) + f_terugblik(c)
    b += [H1("Basisondersteuning: wat elke school biedt"),
          P("Alle acht besturen in Waardenland hebben vastgelegd welke ondersteuning iedere school, op iedere "
            "locatie, minimaal biedt. Dit niveau geldt voor alle 41 scholen, ook voor de kleine dorpsscholen, en "
            "vraagt geen aanvraag of toestemming van het samenwerkingsverband. Concreet biedt iedere school ten "
            "minste:"),
          UL("een intern begeleider die minimaal twee dagdelen per week beschikbaar is;",
             "een leesinterventie voor zwakke lezers vanaf groep 3 en begeleiding volgens het dyslexieprotocol;",
             "een rekeninterventie met verlengde instructie voor leerlingen die uitvallen;",
             "een schoolbrede aanpak voor gedrag en sociale veiligheid, met een aandachtsfunctionaris;",
             "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
             "een OPP met eigen leerlijn voor leerlingen die dat nodig hebben, twee keer per jaar geëvalueerd;",
             "afspraken over medisch handelen en medicijnverstrekking;",
             "een vast overleg met de jeugdverpleegkundige en het wijkteam, minimaal zes keer per jaar."),
          P("Het bureau toetst elke twee jaar met een zelfevaluatie en een schoolbezoek of scholen dit niveau "
            "halen. Scholen die het niveau niet halen, maken met hun bestuur een verbeterplan."),
          H1("Dekkend aanbod"),
          P("Een analyse van het dekkend aanbod, met een overzicht van de arrangementen en voorzieningen in "
            "Waardenland en daarbuiten, volgt in het jaarplan 2026-2027.")]
    b += f_thuiszitters_passing(c)
    b += [H1("Toelaatbaarheid sbo en so"),
          P("Het samenwerkingsverband beslist op aanvraag van het schoolbestuur over de toelaatbaarheid tot het "
            "speciaal basisonderwijs en het speciaal onderwijs. De procedure kent vijf stappen:"),
          OL("Het bestuur van de school waar de leerling is ingeschreven dient de aanvraag digitaal in bij de "
             "TLV-commissie, met het OPP, het groeidocument, de verslagen van het ondersteuningsteam en het "
             "ingevulde ouderformulier.",
             "Het secretariaat controleert binnen vijf werkdagen of het dossier volledig is.",
             "Twee onafhankelijke deskundigen beoordelen de aanvraag: een orthopedagoog-generalist of "
             "GZ-psycholoog, en afhankelijk van de vraag een jeugdarts, maatschappelijk werker of "
             "kinderpsychiater. Ieder geeft een eigen schriftelijk advies.",
             "De TLV-commissie besluit binnen zes weken na ontvangst van het volledige dossier en stelt bij een "
             "TLV so de bekostigingscategorie vast.",
             "Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."),
          P("De TLV-commissie toetst aan de criteria in bijlage 1. Een TLV sbo geldt tot het einde van het "
            "schooljaar waarin de leerling de basisschoolleeftijd verlaat; een TLV so geldt twee schooljaren."),
          P("Wie het niet eens is met het besluit, kan binnen zes weken bezwaar maken. Het samenwerkingsverband "
            "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist "
            "binnen zes weken na dat advies."),
          H1("Terugplaatsing"),
          P("Ook het einde van een TLV vraagt om zorgvuldigheid. Het stappenschema in bijlage 2 beschrijft wie "
            "wanneer aan zet is. Beleidsuitgangspunten voor terugplaatsing en overplaatsing stellen we in "
            "2026-2027 op met de besturen van het sbo en so."),
          H1("Kwaliteit en resultaten"),
          P("Het samenwerkingsverband volgt de ondersteuning in de regio met een vaste cyclus. Elk jaar op 1 "
            "oktober stelt het bureau de kengetallen vast: het deelnamepercentage sbo en so, het aantal "
            "afgegeven TLV's, de doorlooptijd van aanvragen en het aantal leerlingen met een OPP. Twee keer per "
            "jaar voert de directeur-bestuurder een kwaliteitsgesprek met elk bestuur over deze kengetallen en "
            "over de uitkomsten van de schoolbezoeken basisondersteuning. Om de twee jaar houden we een "
            "tevredenheidspeiling onder ouders en intern begeleiders. Alle uitkomsten worden vóór 1 juli "
            "gerapporteerd in het jaarverslag en besproken met de raad van toezicht en de OPR."),
          P("Welke resultaten we per schooljaar beogen, leggen we vast in het jaarplan. Dit ondersteuningsplan "
            "bevat bewust geen streefcijfers, omdat de landelijke ontwikkelingen daarvoor te onzeker zijn."),
          H1("Ouders"),
          P("De informatievoorziening aan ouders over de ondersteuningsmogelijkheden herzien we. Een nieuwe "
            "ouderwebsite en een folder staan gepland voor 2027."),
          P("Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Waardenland. "
            "Het steunpunt wordt bemenst door twee onafhankelijke ouderadviseurs die niet werken voor een school "
            "of bestuur, is bereikbaar via telefoon en e-mail en helpt bij vragen over ondersteuning, bij "
            "gesprekken met school en bij meningsverschillen. Ook de landelijke Onderwijsconsulenten kunnen "
            "kosteloos bemiddelen. Voor geschillen over toelating, verwijdering of het OPP kunnen ouders zich "
            "wenden tot de Geschillencommissie passend onderwijs."),
          H1("Financiën"),
          P("De ondersteuningsmiddelen worden over de besturen verdeeld volgens het Verdeelbesluit van het "
            "algemeen bestuur van 2019. Een herzien verdeelmodel wordt in 2027 aan het bestuur en de OPR "
            "voorgelegd. De begroting voor de planperiode staat in bijlage 3.")]
    b += f_landelijk(c) + f_governance(c) + f_opr(c) + f_oogo(c, detailed=False) + f_personeel(c)
    b += f_kennis(c) + f_ict_privacy(c) + f_planning(c)
    b += [PB, H1("Bijlage 1 Toelaatbaarheidscriteria"),
          T(["Voorziening", "Een leerling is toelaatbaar als ..."],
            ["Sbo", "de leerling ondanks de basisondersteuning en ten minste twee geëvalueerde "
                    "ondersteuningsperiodes van elk minimaal twaalf weken een leerachterstand van meer dan "
                    "anderhalf jaar heeft op twee of meer vakgebieden, en/of dagelijks is aangewezen op "
                    "onderwijs in een groep van maximaal zestien leerlingen met specialistische begeleiding."],
            ["So cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft (gediagnosticeerd "
                             "of beschreven door de deskundigen) waardoor onderwijs in een reguliere of sbo-groep "
                             "ook met extra ondersteuning niet mogelijk is."],
            ["So cluster 3", "de leerling een verstandelijke beperking heeft (IQ lager dan 70) of een "
                             "lichamelijke beperking of langdurige ziekte die onderwijs met zorg en behandeling "
                             "onder schooltijd vereist."]),
          H1("Bijlage 2 Stappenschema afloop TLV"),
          T(["Moment", "Wie", "Wat"],
            ["Elk jaar bij de OPP-evaluatie", "Sbo- of so-school met ouders", "Bespreken of terug- of overplaatsing in beeld komt"],
            ["Laatste TLV-jaar, vóór 1 februari", "Sbo- of so-school", "MDO met ouders, consulent en zo nodig een reguliere school; advies: terugplaatsing, overplaatsing of verlenging"],
            ["Vóór 1 maart", "Bestuur sbo- of so-school", "Bij verlenging: nieuwe TLV-aanvraag bij de TLV-commissie"],
            ["Vóór 1 april", "Ouders", "Bij terugplaatsing: aanmelding bij de reguliere school van hun keuze"],
            ["Binnen 6 weken na aanvraag", "TLV-commissie / ontvangend bestuur", "Besluit over nieuwe TLV, respectievelijk over toelating"],
            ["31 juli", "-", "Einde van de lopende TLV"],
            ["Oktober na terugkeer", "Ontvangende school en consulent", "Evaluatiegesprek met ouders"]),
          H1("Bijlage 3 Begroting 2026-2029"),
          T(["Post (bedragen in €)", "2026", "2027", "2028", "2029"],
            ["Rijksbijdrage ondersteuning", "5.120.000", "5.060.000", "4.990.000", "4.930.000"],
            ["Afdrachten sbo en so (DUO)", "2.310.000", "2.290.000", "2.270.000", "2.250.000"],
            ["Schoolbudgetten besturen", "1.480.000", "1.450.000", "1.420.000", "1.400.000"],
            ["Arrangementen", "640.000", "640.000", "620.000", "610.000"],
            ["Ouder- en Jeugdsteunpunt", "85.000", "85.000", "85.000", "85.000"],
            ["Bureau en TLV-commissie", "540.000", "545.000", "550.000", "555.000"],
            ["Saldo", "65.000", "50.000", "45.000", "30.000"])]
    b += glossary(c, extra=[("Verdeelbesluit", "Besluit van het algemeen bestuur over de verdeling van middelen (2019)."),
                            ("Kengetallen", "Cijfers die het samenwerkingsverband jaarlijks verzamelt.")])
    b += abbreviations(c, "po")
    return b


LABEL5 = dict(
    documents=["po-waardenland-ondersteuningsplan.html"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": [], "financien": [], "dekkend-aanbod": [], "resultaten": [],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4: minimum for all 41 schools on every locatie plus concrete bullet list; bezoek every 2 years (borging).",
           "plaatsing": "H6: five numbered steps, TLV-commissie, two deskundigen, 6 weeks, category, duration, LBT bezwaar; criteria in the Bijlage 1 table (included).",
           "terugstroom": "Procedure only in the Bijlage 2 table (who/when/decision/end 31 July); policy is deferred ('stellen we in 2026-2027 op').",
           "financien": "Begroting 2026-2029 with amounts in Bijlage 3; verdeling only referred to the 2019 Verdeelbesluit (absent) and a model 'in 2027'.",
           "dekkend-aanbod": "H5 'Dekkend aanbod' only defers to the jaarplan; thuiszitters paragraph only defers; OOGO is procedural only.",
           "resultaten": "H8 describes the monitoring cycle (kengetallen 1 oktober, kwaliteitsgesprekken, peiling, jaarverslag); beoogde resultaten explicitly left to the jaarplan.",
           "ouders": "H9: information to parents is deferred to 2027; independent OJSP Waardenland, Onderwijsconsulenten and GPO are described."})


# ---------------------------------------------------------------------------
# Document 6 - near miss: a school-level "ondersteuningsplan" of one VO school
# ---------------------------------------------------------------------------

def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "Christelijk Lyceum De Brink, locatie Zuid (havo/vwo/vmbo-tl)"),
         P("Vastgesteld door de schoolleiding op 2 september 2025, na advies van de deelraad (MR)."),
         ("toc", ["1 Inleiding", "2 Zorgniveaus in onze school", "3 Basisondersteuning op De Brink",
                  "4 De ondersteuningsstructuur", "5 Extra ondersteuning en arrangementen",
                  "6 Toelaatbaarheid en doorverwijzing", "7 Ouders", "8 Middelen", "9 Resultaten",
                  "10 Jaarplanning zorgteam"]),
         H1("Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe Christelijk Lyceum De Brink, locatie Zuid, de ondersteuning aan "
           "leerlingen organiseert in het schooljaar 2025-2026. Het plan is een uitwerking van ons "
           "schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het samenwerkingsverband VO "
           "waarbij onze school is aangesloten. Het plan is bedoeld voor mentoren, docenten, het zorgteam en "
           "ouders die willen weten hoe de ondersteuning in onze school is ingericht. Elk schooljaar wordt het "
           "plan geëvalueerd en bijgesteld door de zorgcoördinator en de teamleider leerlingzaken."),
         P("De Brink telt op locatie Zuid 1.240 leerlingen. Ongeveer 14 procent van de leerlingen heeft een "
           "vorm van extra begeleiding; 38 leerlingen hebben een ontwikkelingsperspectiefplan."),
         H1("Zorgniveaus in onze school"),
         P("Wij werken met vier zorgniveaus. Niveau 1 is de begeleiding door de docent in de les. Niveau 2 is de "
           "begeleiding door de mentor, die wekelijks een mentoruur geeft en elke leerling minstens drie keer "
           "per jaar individueel spreekt. Niveau 3 is de ondersteuning door het zorgteam: de zorgcoördinator, "
           "de orthopedagoog, de dyslexiecoach, de faalangsttrainer en de vertrouwenspersoon. Niveau 4 is de "
           "ondersteuning met externe partners in het zorg- en adviesteam (ZAT), waaraan de "
           "leerplichtambtenaar, de jeugdarts en de schoolmaatschappelijk werker deelnemen."),
         H1("Basisondersteuning op De Brink"),
         P("Onder de basisondersteuning van onze school valt onder meer: een dyslexieprotocol met "
           "dyslexiepas, extra tijd bij toetsen en voorleessoftware; een dyscalculieprotocol; faalangsttraining "
           "in leerjaar 1 en 2; een rots-en-water-training; huiswerkbegeleiding op het leerplein; het "
           "Time-in-lokaal waar leerlingen tijdelijk tot rust kunnen komen; en een aanbod executieve functies "
           "voor brugklassers. Leerlingen met een medische hulpvraag krijgen een individueel protocol."),
         H1("De ondersteuningsstructuur"),
         P("Signalen van docenten komen via het leerlingvolgsysteem bij de mentor. De mentor bespreekt zorgen in "
           "de leerlingbespreking, die drie keer per jaar per klas plaatsvindt. Is meer nodig, dan meldt de "
           "mentor de leerling aan bij de zorgcoördinator. Het zorgteam komt elke week bijeen. De afspraken "
           "worden vastgelegd in het leerlingdossier; ouders worden steeds vooraf geïnformeerd."),
         P("Nieuwe leerlingen met een ondersteuningsbehoefte worden besproken in een intakegesprek met ouders, "
           "de leerling en de zorgcoördinator. Bij aanmelding onderzoekt de school binnen zes weken, met een "
           "mogelijke verlenging van vier weken, welke ondersteuning nodig is en of de school die kan bieden."),
         H1("Extra ondersteuning en arrangementen"),
         P("Voor leerlingen die meer nodig hebben dan de basisondersteuning, stelt de school een arrangement op: "
           "een plan met doelen, begeleiding en evaluatiemomenten. Voorbeelden zijn de Steunklas voor "
           "leerlingen met autisme (maximaal 14 leerlingen), coaching door een gedragsspecialist en een "
           "aangepast rooster. De middelen hiervoor ontvangt de school van het samenwerkingsverband."),
         H1("Toelaatbaarheid en doorverwijzing"),
         P("Wanneer de school met alle inzet niet kan bieden wat een leerling nodig heeft, bespreekt de "
           "zorgcoördinator met ouders de mogelijkheid van een plaatsing elders. Voor het voortgezet speciaal "
           "onderwijs vraagt het bestuur een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband; "
           "de zorgcoördinator stelt het dossier samen. Ook een tijdelijke plaatsing in het OPDC van het "
           "samenwerkingsverband is mogelijk. Leerlingen die vanuit het vso terugkeren naar onze school, krijgen "
           "een vaste mentor en een startgesprek. De procedures van het samenwerkingsverband zelf staan in het "
           "ondersteuningsplan van het samenwerkingsverband."),
         H1("Ouders"),
         P("Ouders zijn onze partners. Zij worden betrokken bij het opstellen en evalueren van het OPP en zijn "
           "welkom bij gesprekken van het zorgteam over hun kind. Informatie over de ondersteuning op De Brink "
           "staat in de schoolgids en op de website. Met vragen kunnen ouders terecht bij de mentor en daarna "
           "bij de zorgcoördinator. Ouders die er met de school niet uitkomen, kunnen gebruikmaken van de "
           "klachtenregeling van de stichting of contact opnemen met het ouder- en jeugdsteunpunt van het "
           "samenwerkingsverband."),
         H1("Middelen"),
         P("De school ontvangt jaarlijks een ondersteuningsbudget van het samenwerkingsverband van ongeveer "
           "€ 238.000. Dit wordt besteed aan de formatie van het zorgteam (2,1 fte), de Steunklas en "
           "trainingen. De teamleider leerlingzaken legt hierover verantwoording af aan de rector."),
         H1("Resultaten"),
         P("In 2024-2025 stroomden 4 leerlingen uit naar het vso en keerden 2 leerlingen vanuit het vso terug. "
           "Het aantal leerlingen dat langdurig verzuimde, daalde van 11 naar 6. De tevredenheid van ouders over "
           "de ondersteuning was een 7,2. Voor 2025-2026 willen we het aantal leerlingen met langdurig verzuim "
           "verder terugbrengen naar maximaal 4."),
         H1("Jaarplanning zorgteam"),
         T(["Periode", "Activiteit"],
           ["September", "Kennismaking mentoren met zorgleerlingen; actualiseren OPP's"],
           ["November", "Eerste leerlingbesprekingen; evaluatie arrangementen"],
           ["Februari", "Tweede leerlingbesprekingen; aanvragen bij het samenwerkingsverband"],
           ["April", "Overdrachtsgesprekken met basisscholen voor nieuwe brugklassers"],
           ["Juni", "Evaluatie ondersteuningsplan school; bijstelling voor volgend jaar"])]
    return b


LABEL6 = dict(
    documents=["vo-debrink-school-ondersteuningsplan-2025-2026.docx"], sector="vo", looks_like_plan=False,
    note=("School-level 'ondersteuningsplan' of one VO school (zorgniveaus, mentor, zorgteam, ZAT, school "
          "budget, school results); it refers to the samenwerkingsverband's own plan and has no SWV markers "
          "(no OPR, OOGO, planperiode of 4 years, verdeling over besturen, TLV decision procedure)."))


# ---------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------

ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
                 "resultaten", "ouders"]
CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                  "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(lab, path):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {yq(lab['note'])}"]
    else:
        # status rule check (Part A): present = all core true; partial = some; missing = none
        for el in ELEMENT_ORDER:
            vals = [v for k, v in lab["criteria"].items() if k.split(".")[0] == el]
            adv = lab["advisory"].get(el, [])
            if all(vals):
                exp = "present"
            elif any(vals) or adv:
                exp = "partial"
            else:
                exp = "missing"
            assert lab["elements"][el] == exp, (lab["documents"], el, exp)
        lines.append("looks_like_plan: true")
        lines.append("elements: {" + ", ".join(f"{el}: {lab['elements'][el]}" for el in ELEMENT_ORDER) + "}")
        lines.append("criteria:")
        for k in CRITERIA_ORDER:
            lines.append(f"  {k}: {'true' if lab['criteria'][k] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENT_ORDER:
            adv = lab["advisory"].get(el, [])
            if adv:
                lines.append(f"  {el}: [{', '.join(adv)}]")
        lines.append("notes:")
        for el in ELEMENT_ORDER:
            lines.append(f"  {el}: {yq(lab['notes'][el])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout250_build_"))
    try:
        # plan 1: docx
        render_docx(plan1(), OUT / LABEL1["documents"][0],
                    header=f"{C1['name']} - Ondersteuningsplan {C1['period']}", footer="Pagina-indeling: versie 1.0")
        # plan 2: docx
        render_docx(plan2(), OUT / LABEL2["documents"][0],
                    header=f"{C2['code']} - Ondersteuningsplan {C2['period']}")
        # plan 3: pdf via docx
        d3 = tmpdir / "po-duin-en-bollen-ondersteuningsplan.docx"
        render_docx(plan3(), d3, header=f"{C3['name']} - Elk kind een plek")
        docx_to_pdf(d3, OUT / LABEL3["documents"][0])
        # plan 4: pdf via docx, footer carries element words (trap)
        d4 = tmpdir / "vo-noord-veluwe-west-ondersteuningsplan.docx"
        render_docx(plan4(), d4, header=f"{C4['name']} ({C4['code']})", footer=FOOTER4)
        docx_to_pdf(d4, OUT / LABEL4["documents"][0])
        # plan 5: html
        render_html(plan5(), OUT / LABEL5["documents"][0], title=f"Ondersteuningsplan {C5['period']} - {C5['name']}",
                    header=f"{C5['name']} | Home > Over ons > Ondersteuningsplan",
                    footer="Contact | Privacy | Ouders | Scholen | Toelaatbaarheid | Terugplaatsing")
        # near miss: docx
        render_docx(nearmiss(), OUT / LABEL6["documents"][0], header="Christelijk Lyceum De Brink - zorg en ondersteuning")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for lab in (LABEL1, LABEL2, LABEL3, LABEL4, LABEL5, LABEL6):
        stem = Path(lab["documents"][0]).stem
        write_label(lab, OUT / f"{stem}.expected.yaml")


if __name__ == "__main__":
    main()
