#!/usr/bin/env python3
"""Generate holdout set 85 for opcheck: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above src/.
PDFs are rendered from an intermediate .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------------------
# block helpers
# ---------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", " ".join(t.split()))


def B(items):
    return ("bullets", [" ".join(i.split()) for i in items])


def N(items):
    return ("numbered", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


def PB():
    return ("pagebreak", None)


def TOC(entries):
    return ("toc", entries)


def headings_toc(blocks):
    """Build a table-of-contents entry list from the h1/h2 headings (fake page numbers)."""
    entries, page = [], 3
    for kind, val in blocks:
        if kind == "h1":
            page += 2
            entries.append((0, val, page))
        elif kind == "h2":
            entries.append((1, val, page))
        elif kind == "pagebreak":
            page += 1
    return entries


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------
def render_docx(doc_spec, path):
    d = Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = doc_spec["author"]
    d.core_properties.title = doc_spec["title"]
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc_spec["header"]
    sec.footer.paragraphs[0].text = doc_spec["footer"]
    # title page
    for i, line in enumerate(doc_spec["title_lines"]):
        p = d.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(24 if i == 0 else 14)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    body = doc_spec["blocks"]
    toc_entries = headings_toc(body)
    for kind, val in body:
        if kind == "toc":
            d.add_heading(val or "Inhoudsopgave", level=1)
            for lvl, text, page in toc_entries:
                p = d.add_paragraph(("    " * lvl) + text + " " + "." * max(4, 60 - len(text)) + " " + str(page))
                p.paragraph_format.space_after = Pt(0)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "numbered":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).text = str(cell)
                    if ri == 0:
                        for r in t.cell(ri, ci).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for fname, data in entries:
            info = zipfile.ZipInfo(fname, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(doc_spec, path):
    body = doc_spec["blocks"]
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(doc_spec["title"]),
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "nav{background:#eef;padding:.5em}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:3px 6px}footer{font-size:80%;color:#555}</style>",
           "</head>", "<body>"]
    out.append('<header><p class="site">%s</p>' % html.escape(doc_spec["header"]))
    out.append("<nav><ul>%s</ul></nav></header>" % "".join(
        '<li><a href="%s">%s</a></li>' % (html.escape(h), html.escape(t)) for t, h in doc_spec["nav"]))
    out.append("<main>")
    for line in doc_spec["title_lines"][:1]:
        out.append("<h1>%s</h1>" % html.escape(line))
    for line in doc_spec["title_lines"][1:]:
        out.append('<p class="subtitle">%s</p>' % html.escape(line))
    toc_entries = headings_toc(body)
    n = 0
    for kind, val in body:
        if kind == "toc":
            out.append('<section class="toc"><h2>%s</h2><ul>' % html.escape(val or "Inhoud"))
            for i, (lvl, text, _page) in enumerate(toc_entries):
                out.append('<li style="margin-left:%dem"><a href="#s%d">%s</a></li>' % (lvl * 2, i, html.escape(text)))
            out.append("</ul></section>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            if kind in ("h1", "h2"):
                out.append('<h%d id="s%d">%s</h%d>' % (lvl, n, html.escape(val), lvl))
                n += 1
            else:
                out.append("<h%d>%s</h%d>" % (lvl, html.escape(val), lvl))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % html.escape(i) for i in val), tag))
        elif kind == "table":
            out.append("<table><thead><tr>%s</tr></thead><tbody>" % "".join(
                "<th>%s</th>" % html.escape(str(c)) for c in val[0]))
            for row in val[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % html.escape(str(c)) for c in row))
            out.append("</tbody></table>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append("<footer><p>%s</p></footer>" % html.escape(doc_spec["footer"]))
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(doc_spec, path):
    """Render via an intermediate .docx and LibreOffice; only the PDF is kept."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: cannot render %s" % path.name)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (path.stem + ".docx")
        render_docx(doc_spec, src)
        profile = (tmp / "lo-profile").as_uri()
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))


def word_count(doc_spec):
    n = sum(len(l.split()) for l in doc_spec["title_lines"])
    for kind, val in doc_spec["blocks"]:
        if kind in ("h1", "h2", "h3", "p"):
            n += len(val.split())
        elif kind in ("bullets", "numbered"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


def _q(text):
    """Double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, label):
    """Write the label file in the agreed layout (flow style for documents/elements, block for criteria)."""
    lines = ["documents: [%s]" % ", ".join(label["documents"]),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false")]
    lines.append("elements: {%s}" % ", ".join("%s: %s" % kv for kv in label["elements"].items()))
    if label["criteria"]:
        lines.append("criteria:")
        lines += ["  %s: %s" % (k, "true" if v else "false") for k, v in label["criteria"].items()]
    else:
        lines.append("criteria: {}")
    if label.get("advisory_addressed"):
        lines.append("advisory_addressed:")
        lines += ["  %s: [%s]" % (k, ", ".join(v)) for k, v in label["advisory_addressed"].items()]
    lines.append("notes:")
    lines += ["  %s: %s" % (k, _q(v)) for k, v in label["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == {k: v for k, v in label.items()}, name
    (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")

# ---------------------------------------------------------------------------
# generic filler chapters (element-neutral: they mention element words only in passing)
# ---------------------------------------------------------------------------
def leerlingen_woord(ctx):
    return "leerlingen" if ctx["sector"] == "vo" else "kinderen"


def f_voorwoord(ctx):
    k = leerlingen_woord(ctx)
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {ctx['period']} van {ctx['name']}. Het is het derde
        ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014, en het eerste dat is geschreven
        in de wetenschap dat er een landelijke norm voor de basisondersteuning aankomt en dat de positie van ouders en
        {k} in de wet is versterkt. Dat maakt dit plan tot een plan van overgang: we bouwen voort op wat goed gaat,
        en we maken ruimte voor wat de komende jaren landelijk op ons afkomt."""),
        P(f"""Dit plan is tot stand gekomen in gesprek met velen. Directeuren, intern begeleiders en
        ondersteuningscoördinatoren dachten mee in werksessies, de ondersteuningsplanraad (OPR) las conceptversies
        kritisch en constructief, en met de gemeenten {', '.join(ctx['gemeenten'][:-1])} en {ctx['gemeenten'][-1]}
        voerden we het op overeenstemming gericht overleg. Ook ouders en {k} zelf hebben we gesproken, in
        een ouderavond en in gesprekken op scholen. Hun verhalen hebben ons scherp gehouden: achter elk cijfer in dit
        plan zit een kind, een gezin en een school die het samen moeten doen."""),
        P(f"""Passend onderwijs is geen doel op zich. Het gaat erom dat ieder kind zich kan ontwikkelen, zo
        thuisnabij als mogelijk, met de ondersteuning die het nodig heeft. Dat vraagt om vakmanschap van leraren,
        om schoolbesturen die elkaar vertrouwen en om middelen die terechtkomen waar ze het verschil maken. Het
        vraagt ook om eerlijkheid over wat nog niet goed gaat. Ook dat leest u in dit plan."""),
        P(f"""Ik dank iedereen die heeft bijgedragen aan dit plan. Ik nodig u uit om ons aan te spreken op wat we
        hier beloven.""" ),
        P(f"""{ctx['director']}, directeur-bestuurder"""),
    ]


def f_leeswijzer(ctx, extra=""):
    return [
        H2("Leeswijzer"),
        P(f"""Dit ondersteuningsplan beschrijft op hoofdlijnen hoe {ctx['name']} de komende vier schooljaren
        ({ctx['period']}) invulling geeft aan de wettelijke opdracht. Het plan is vastgesteld door het
        {ctx['board']} na instemming van de ondersteuningsplanraad en na op overeenstemming gericht overleg met de
        gemeenten in onze regio. Het plan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting; over de
        uitvoering leggen wij verantwoording af in het jaarverslag. {extra}"""),
        P("""Waar in dit plan 'scholen' staat, bedoelen we alle scholen en vestigingen die onder het
        samenwerkingsverband vallen, inclusief het speciaal onderwijs, tenzij anders vermeld. Waar 'ouders' staat,
        bedoelen we ouders, verzorgers en wettelijk vertegenwoordigers. Een lijst van gebruikte begrippen en
        afkortingen is achter in dit plan opgenomen."""),
    ]


def f_context(ctx, rows):
    k = leerlingen_woord(ctx)
    return [
        H1(ctx.get("context_title", "Ons samenwerkingsverband")),
        P(f"""{ctx['name']} ({ctx['code']}) is een stichting waarin {ctx['nbesturen']} schoolbesturen samenwerken.
        Het werkgebied omvat de gemeenten {', '.join(ctx['gemeenten'])}. Het gebied kent een mix van
        middelgrote kernen en landelijke dorpen, met grote afstanden voor een deel van de {k}. Leerlingenvervoer en
        de bereikbaarheid van voorzieningen zijn daardoor terugkerende gespreksonderwerpen met de gemeenten."""),
        P(f"""Het aantal {k} in de regio neemt de komende jaren licht af. De prognoses laten tot 2030 een daling
        zien van ongeveer vier procent, met grote verschillen tussen de kernen: in de dorpen is de daling sterker,
        in de centrumgemeente blijft het aantal {k} vrijwel gelijk. Die krimp heeft gevolgen voor de
        levensvatbaarheid van kleine scholen en voor de rijksbekostiging van het samenwerkingsverband."""),
        T(rows),
        P(f"""De deelnemende besturen verschillen sterk in omvang: van eenpitters tot besturen met meerdere
        scholen en vestigingen. Die verscheidenheid is een kracht, maar vraagt ook om heldere afspraken, omdat niet ieder
        bestuur dezelfde mogelijkheden heeft om expertise zelf te organiseren."""),
    ]


def f_visie(ctx, with_goals_words=True):
    k = leerlingen_woord(ctx)
    paras = [
        H1("Missie en visie"),
        H2("Missie"),
        P(f"""Wij zorgen er samen voor dat alle {k} in onze regio een passende onderwijsplek hebben en de
        ondersteuning krijgen die zij nodig hebben om zich optimaal te ontwikkelen, zo dicht mogelijk bij huis."""),
        H2("Visie"),
        P(f"""Wij geloven dat ieder kind erbij hoort. Verschillen tussen {k} zijn normaal, en het onderwijs
        beweegt mee met die verschillen. Wij gaan uit van wat een kind nodig heeft en niet van wat het mankeert.
        Leraren staan daarbij niet alleen: zij worden ondersteund door collega's, door specialisten in en rond de
        school en door het samenwerkingsverband."""),
        P("""Wij werken vanuit vertrouwen. Schoolbesturen zijn zelf verantwoordelijk voor goed onderwijs en
        dragen samen de verantwoordelijkheid voor een passend aanbod in de regio. Het samenwerkingsverband
        faciliteert, verbindt en houdt het overzicht. We willen niet meer bureaucratie dan strikt nodig is: tijd en
        geld horen in de klas, niet in formulieren."""),
        P(f"""Wij werken samen met ouders en met partners buiten het onderwijs, zoals jeugdhulp, gemeenten en
        zorgaanbieders. Onderwijs en zorg horen bij elkaar waar het gaat om kinderen en gezinnen met complexe
        vragen."""),
        H2("Kernwaarden"),
        B(["Samen: we lossen vraagstukken op met elkaar, niet over elkaar.",
           "Dichtbij: ondersteuning zo dicht mogelijk bij het kind, in de eigen klas of school.",
           "Eigenaarschap: iedere partij neemt zijn verantwoordelijkheid en spreekt de ander aan.",
           "Transparant: we zijn open over keuzes, geld en resultaten."]),
    ]
    return paras


def f_governance(ctx):
    return [
        H1("Organisatie en governance"),
        H2("Juridische vorm en bestuursmodel"),
        P(f"""{ctx['name']} is een stichting. De stichting kent een scheiding tussen bestuur en intern toezicht.
        De directeur-bestuurder vormt het bestuur in de zin van de statuten en is eindverantwoordelijk voor de
        uitvoering van het ondersteuningsplan. {ctx['toezicht'][0].upper() + ctx['toezicht'][1:]} houdt toezicht op het bestuur, keurt de
        begroting en de jaarrekening goed en benoemt de accountant. De aangesloten schoolbesturen vormen samen de
        {ctx['leden']}, die instemt met het ondersteuningsplan voordat het bestuur dit vaststelt."""),
        P("""De governancecode van de sectorraad is van toepassing. Het toezichthoudend orgaan evalueert
        jaarlijks zijn eigen functioneren en dat van de directeur-bestuurder. De statuten bevatten een regeling voor
        de beslechting van geschillen tussen de deelnemende besturen, zoals de wet voorschrijft."""),
        H2("Bureau en uitvoeringsorganisatie"),
        P("""Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Het bureau bestaat uit
        een managementassistent, een controller (gedetacheerd via een administratiekantoor), een beleidsmedewerker
        kwaliteit en een team van consulenten en orthopedagogen. Het bureau is gehuisvest in een
        bedrijfsverzamelgebouw in de centrumgemeente, samen met een aantal ketenpartners."""),
        P("""In de afgelopen planperiode is de overlegstructuur vereenvoudigd. Het directeurenoverleg is
        omgevormd tot een netwerk per subregio, dat vier keer per jaar bijeenkomt. Het overleg van
        ondersteuningscoördinatoren en intern begeleiders is blijven bestaan en heeft een inhoudelijke agenda
        gekregen met intervisie en casuïstiek."""),
    ]


def f_opr(ctx, detailed=True):
    out = [H2("Medezeggenschap: de ondersteuningsplanraad")]
    if detailed:
        out.append(P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op
        wijzigingen daarvan. De OPR telt {ctx['opr_leden']} leden: de helft is ouder
        {'of leerling ' if ctx['sector'] == 'vo' else ''}en de helft personeelslid van een aangesloten school. De
        leden worden afgevaardigd door de medezeggenschapsraden. De OPR vergadert zes keer per jaar en ontvangt
        jaarlijks het jaarplan, de begroting en het jaarverslag ter informatie. Met het concept van dit plan heeft de
        OPR ingestemd op {ctx['opr_date']}."""))
        out.append(P("""Daarnaast kent het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel
        dat in dienst is van de stichting. Deze MR heeft vooral een rol bij personele onderwerpen, zoals het
        formatieplan en het taakbeleid van het bureau."""))
    else:
        out.append(P(f"""De ondersteuningsplanraad heeft op {ctx['opr_date']} ingestemd met dit
        ondersteuningsplan."""))
    return out


def f_personeel(ctx):
    k = leerlingen_woord(ctx)
    return [
        H1("Personeel en professionalisering"),
        P(f"""Het lerarentekort raakt ook onze regio. Vacatures voor intern begeleiders, orthopedagogen en
        gespecialiseerde leraren blijven soms maanden open. Het samenwerkingsverband kan het tekort niet oplossen,
        maar kan wel bijdragen door expertise te delen en door het vak aantrekkelijk te houden. Wij investeren
        daarom in kennisdeling tussen scholen, in een gezamenlijk scholingsaanbod en in het behoud van
        specialisten voor de regio."""),
        P("""Het scholingsaanbod bestaat uit korte trainingen (bijvoorbeeld over executieve functies,
        traumasensitief lesgeven en omgaan met angst en somberheid), leernetwerken voor intern begeleiders en
        ondersteuningscoördinatoren, en een jaarlijkse regionale studiedag. Het aanbod wordt jaarlijks
        afgestemd met de besturen, die zelf verantwoordelijk blijven voor de professionalisering van hun
        personeel."""),
        P(f"""Het bureau van het samenwerkingsverband heeft een formatie van ongeveer {ctx['fte']} fte. Het
        grootste deel daarvan bestaat uit consulenten en orthopedagogen die direct met scholen werken. Zij worden
        deels gedetacheerd vanuit de besturen, zodat kennis en ervaring in de regio blijven. De werkdruk in het
        team is hoog; in de planperiode onderzoeken we of taken anders verdeeld kunnen worden."""),
        P(f"""Wij vinden het belangrijk dat onze medewerkers zelf blijven leren. Iedere medewerker heeft een
        jaarlijkse ontwikkelgesprek en een persoonlijk scholingsbudget. Orthopedagogen en psychologen houden hun
        registratie bij en nemen deel aan intervisie. Zo blijven zij in staat om scholen en {k} goed te
        helpen."""),
    ]


def f_privacy(ctx):
    return [
        H1("Privacy en informatievoorziening"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen
        gegevens over gezondheid, voor zover dat nodig is voor de wettelijke taken. De verwerking is vastgelegd in
        het verwerkingsregister en het privacyreglement. Het samenwerkingsverband heeft een functionaris
        gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden in de provincie."""),
        P("""Dossiers die betrekking hebben op een aanvraag worden bewaard tot drie jaar na het besluit, tenzij
        een langere bewaartermijn wettelijk is voorgeschreven. Medewerkers hebben alleen toegang tot gegevens
        die zij voor hun taak nodig hebben. Gegevens worden uitgewisseld via een beveiligde digitale omgeving;
        het versturen van dossiers per gewone e-mail is niet toegestaan."""),
        P("""De ICT-voorzieningen van het bureau worden beheerd door een externe partij. In de planperiode
        vervangen we het huidige registratiesysteem door een systeem dat beter aansluit op de systemen van de
        scholen en dat het mogelijk maakt om beleidsinformatie te genereren zonder handmatige bewerking. Een
        verwerkersovereenkomst met de leverancier is afgesloten."""),
    ]


def f_oogo(ctx):
    k = leerlingen_woord(ctx)
    return [
        H1(ctx.get("oogo_title", "Samenwerking met gemeenten en jeugdhulp")),
        P(f"""Onderwijs en jeugdhulp hebben elkaar nodig. Veel {k} met een ondersteuningsbehoefte op school
        hebben ook thuis of in hun vrije tijd hulp nodig. Het samenwerkingsverband en de gemeenten
        {', '.join(ctx['gemeenten'])} hebben daarom afspraken gemaakt over de aansluiting tussen onderwijs en
        jeugdhulp. Die afspraken zijn vastgelegd in een regionale agenda die jaarlijks in het bestuurlijk overleg
        met de wethouders wordt besproken."""),
        P(f"""Op iedere school is een vaste contactpersoon van het lokale team of wijkteam beschikbaar, die
        aanschuift bij het ondersteuningsteam wanneer dat nodig is. Voor {k} die naast onderwijs ook zorg
        nodig hebben, maken school, zorgaanbieder en gemeente een onderwijs-zorgarrangement, waarin staat wie wat
        doet en wie wat betaalt. Zorg onder schooltijd wordt zo georganiseerd dat het onderwijs zo min mogelijk
        wordt onderbroken."""),
        P(f"""Het op overeenstemming gericht overleg (OOGO) over dit ondersteuningsplan vond plaats op
        {ctx['oogo_date']}. De gemeenten hebben ingestemd met de hoofdlijnen. Gezamenlijke thema's voor de
        planperiode zijn: de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting
        voor het speciaal onderwijs en de overgangen tussen schoolsoorten. Het overleg met het aangrenzende
        samenwerkingsverband {ctx['other_swv']} heeft plaatsgevonden op {ctx['other_swv_date']}."""),
    ]


def f_planning(ctx, rows):
    return [
        H1(ctx.get("planning_title", "Planning en jaarcyclus")),
        P(f"""Het ondersteuningsplan geldt voor de schooljaren {ctx['period']}. Ieder jaar stelt het bestuur een
        jaarplan en een jaarbegroting vast, waarin de voornemens uit dit plan worden vertaald naar concrete
        activiteiten. Het jaarplan wordt voor de zomer besproken met de directeuren en de OPR. De
        jaarcyclus ziet er als volgt uit."""),
        T([["Periode", "Activiteit"],
           ["september", "Start schooljaar; vaststelling jaarplanning bureau"],
           ["oktober-november", "Teldatum leerlingen; voorbereiding begroting volgend kalenderjaar"],
           ["december", "Vaststelling begroting door bestuur, goedkeuring toezichthouder"],
           ["maart-april", "Tussenevaluatie jaarplan met directeuren"],
           ["mei-juni", "Jaarverslag en jaarrekening vorig kalenderjaar; concept-jaarplan volgend schooljaar"],
           ["juni", "Bespreking jaarplan in de OPR"]]),
        P("De belangrijkste mijlpalen in de planperiode zijn:"),
        T(rows),
    ]

# ---------------------------------------------------------------------------
# P1  VO, .docx, real annexes printed at the end
# ---------------------------------------------------------------------------
def plan_p1():
    ctx = dict(name="Samenwerkingsverband VO Maas en Peel", short="Maas en Peel", code="VO 33-04", sector="vo",
               period="2026-2030", gemeenten=["Peelhorst", "Maasbeek", "Kessenrode", "Ooldonk"], nbesturen=7,
               director="drs. H.J. (Hanneke) van der Loo", board="bestuur", toezicht="de Raad van Toezicht",
               leden="algemene ledenvergadering", opr_leden=12, opr_date="24 maart 2026",
               oogo_date="10 maart 2026", other_swv="PO Peel en Maas (PO 33-03)", other_swv_date="3 februari 2026",
               fte=21)
    blocks = []
    blocks += [TOC("Inhoudsopgave")]
    blocks += f_voorwoord(ctx)
    blocks += [H1("1. Inleiding")]
    blocks += f_leeswijzer(ctx, extra="""Een aantal uitwerkingen is als bijlage bij dit plan gevoegd: de
        standaarden basisondersteuning (bijlage 1), de criteria voor toelaatbaarheid tot het vso, het
        praktijkonderwijs en het leerwegondersteunend onderwijs (bijlage 2), de meerjarenbegroting (bijlage 3) en een
        begrippenlijst (bijlage 4). De bijlagen maken deel uit van het plan.""")
    ctx["context_title"] = "2. Ons samenwerkingsverband"
    blocks += f_context(ctx, [["Kengetal (teldatum 1 oktober 2025)", "Aantal"],
                              ["Leerlingen regulier vo (incl. lwoo)", "11.842"],
                              ["Leerlingen praktijkonderwijs", "412"],
                              ["Leerlingen vso (woonachtig in de regio)", "398"],
                              ["Scholen voor regulier vo (vestigingen)", "9 (14)"],
                              ["Scholen voor praktijkonderwijs", "2"],
                              ["Scholen voor vso (cluster 3 en 4)", "2"]])
    blocks += [P("""Binnen het verband zijn twee bovenschoolse voorzieningen actief: het
        orthopedagogisch-didactisch centrum (OPDC) De Overstap in Maasbeek en de reboundvoorziening Time-In in
        Peelhorst. Beide worden door het samenwerkingsverband bekostigd en door een van de besturen in
        opdracht uitgevoerd.""")]
    vis = f_visie(ctx)
    vis[0] = H1("3. Missie en visie")
    blocks += vis
    # --- basisondersteuning (present) ---
    blocks += [
        H1("4. Basisondersteuning"),
        H2("4.1 Wat verstaan wij onder basisondersteuning"),
        P("""Basisondersteuning is in ons samenwerkingsverband het afgesproken, gezamenlijke minimumniveau van
        ondersteuning dat iedere vestiging van iedere aangesloten vo-school biedt, zonder dat daarvoor een aanvraag
        bij het samenwerkingsverband nodig is. De besturen hebben deze ondergrens op 18 november 2025 in de algemene
        ledenvergadering opnieuw vastgesteld. Geen enkele vestiging mag onder dit niveau zitten; een school mag
        uiteraard meer bieden en beschrijft dat in haar schoolgids."""),
        P("""De basisondersteuning is uitgewerkt in twaalf standaarden, die in bijlage 1 volledig zijn opgenomen.
        De belangrijkste afspraken zijn hieronder samengevat. Wat een ouder op iedere school in ons verband mag
        verwachten:"""),
        B(["""een ondersteuningscoördinator met ten minste 0,2 fte per 250 leerlingen, die aanspreekpunt is voor
           ouders, mentoren en externe partners;""",
           """een mentor die iedere leerling kent, ten minste drie keer per jaar een voortgangsgesprek voert en
           signalen binnen een week bespreekt met de ondersteuningscoördinator;""",
           """een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de
           ondersteuningscoördinator, de jeugdarts of jeugdverpleegkundige, de leerplichtambtenaar op afroep en een
           orthopedagoog van het samenwerkingsverband;""",
           """een dyslexie- en dyscalculieprotocol met bijbehorende faciliteiten (extra tijd, voorleessoftware,
           aangepaste toetsen) die in alle leerjaren en bij toetsen worden toegepast;""",
           """trainingen sociale vaardigheden en faalangstreductie, ten minste eenmaal per schooljaar op iedere
           vestiging;""",
           """een plek in de school waar leerlingen tijdelijk rustig kunnen werken (time-out of 'huiskamer'),
           met begeleiding;""",
           """een aanpak voor verzuim volgens het regionale verzuimprotocol, met melding bij leerplicht binnen de
           wettelijke termijn;""",
           """handelingsgericht werken: een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra
           ondersteuning krijgt, opgesteld binnen zes weken na de start van die ondersteuning en ten minste
           jaarlijks met ouders en leerling geëvalueerd."""]),
        H2("4.2 Borging"),
        P("""Iedere school neemt de standaarden op in de schoolgids. De consulent van het samenwerkingsverband
        voert jaarlijks een gesprek met iedere vestiging aan de hand van de kwaliteitskaart basisondersteuning.
        Voldoet een vestiging op een of meer standaarden niet, dan stelt het bestuur van die school binnen drie
        maanden een verbeterplan op, dat in het directeurenoverleg wordt besproken. Een samenvatting van de
        kwaliteitskaarten wordt jaarlijks in het jaarverslag opgenomen."""),
    ]
    # --- dekkend aanbod (present) ---
    blocks += [
        H1("5. Extra ondersteuning en bovenschoolse voorzieningen"),
        P("""Boven op de basisondersteuning kent ons verband een samenhangend aanbod van extra ondersteuning. We
        onderscheiden vier niveaus, die voor leerlingen en ouders herkenbaar zijn in de schoolgids en op de
        website."""),
        T([["Niveau", "Wat", "Waar", "Hoe toegang"],
           ["1 Basisondersteuning", "Zie hoofdstuk 4 en bijlage 1", "Iedere vestiging", "Geen aanvraag"],
           ["2 Extra ondersteuning in de school", """Arrangementen zoals een Ondersteuningsklas, coaching door een
            gedragsspecialist, taal- en rekenondersteuning in kleine groepen, aangepast rooster""",
            "Eigen school, betaald uit het schoolbudget", "Besluit school na bespreking in het OT"],
           ["3 Bovenschoolse voorziening", """OPDC De Overstap (max. 2 jaar, voor leerlingen met leer- en
            gedragsproblemen); Rebound Time-In (12 weken, bij dreigende schorsing of verwijdering)""",
            "Maasbeek, Peelhorst", """Aanmelding door school bij het loket; besluit door de consulent binnen 10
            schooldagen"""],
           ["4 Speciaal onderwijs en praktijkonderwijs", "vso cluster 3 en 4, praktijkonderwijs, lwoo",
            "Vso-scholen, pro-scholen, lwoo-scholen", "Toelaatbaarheidsverklaring of aanwijzing, zie hoofdstuk 7"]]),
        P("""Voor hoogbegaafde leerlingen hebben drie scholen een plusprogramma, en één school biedt een
        voltijds havo-vwo-route voor (hoog)begaafde leerlingen die dreigen uit te vallen. Nieuwkomers
        volgen eerst de internationale schakelklas (ISK) in Peelhorst, met een overstapprocedure naar het regulier
        vo na gemiddeld anderhalf jaar. Voor leerlingen die onderwijs en zorg nodig hebben, is op de vso-school De
        Horst een onderwijs-zorgklas met 12 plaatsen ingericht."""),
        H1("6. Dekkend netwerk en thuiszitters"),
        P("""Een dekkend netwerk betekent dat er voor iedere leerling een passende plek is. Dat is in onze regio
        nog niet altijd zo. We zien drie knelpunten: wachtlijsten bij de vso-school voor cluster 4 in het
        najaar, een tekort aan plekken voor leerlingen met zowel een hoog cognitief niveau als ernstige
        gedragsproblemen, en te weinig passende plekken voor jongeren van 16 jaar en ouder die het vo hebben
        verlaten zonder startkwalificatie."""),
        P("""Onze aanpak bestaat uit vaste afspraken:"""),
        N(["""Iedere school meldt een leerling die langer dan vier weken geen onderwijs volgt, of dreigt thuis te
            komen zitten, binnen vijf schooldagen bij het loket van het samenwerkingsverband.""",
           """De consulent organiseert binnen tien schooldagen een overleg met school, ouders, leerling, leerplicht
            en, waar nodig, jeugdhulp, en legt een plan met een terugkeerdatum vast.""",
           """Lukt het niet binnen drie maanden een passende plek te vinden, dan escaleert de consulent naar de
            directeur-bestuurder, die doorzettingsmacht heeft: zij kan een school vragen een leerling tijdelijk op
            te nemen met een arrangement dat het samenwerkingsverband betaalt.""",
           """Twee keer per jaar analyseren we met leerplicht de lijst van thuiszitters en de wachtlijsten. Blijkt
            een structureel tekort, dan doet het bureau het bestuur een voorstel voor een nieuwe voorziening of een
            uitbreiding van een bestaande."""]),
        P("""Voor de groep cognitief sterke leerlingen met ernstige gedragsproblemen starten we in schooljaar
        2026-2027 een kleinschalige havo-vwo-groep binnen OPDC De Overstap, met 10 plaatsen. Voor de groep
        16-plussers maken we met het mbo en de gemeenten een afspraak over een gezamenlijke
        'plusvoorziening'."""),
    ]
    # --- plaatsing (present, criteria in printed annex) + terugstroom (partial: procedure only) ---
    blocks += [
        H1("7. Toelaatbaarheid tot vso, praktijkonderwijs en lwoo"),
        H2("7.1 Toelaatbaarheid tot het vso"),
        P("""Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een nieuwe leerling, waar
        hij is aangemeld) vraagt de toelaatbaarheidsverklaring (TLV) aan via het digitale loket van het
        samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectiefplan, een verslag van het
        ondersteuningsteam waarin de ingezette ondersteuning en de effecten ervan zijn beschreven, en de
        zienswijze van ouders en leerling."""),
        P("""De Commissie Toelaatbaarheid van het samenwerkingsverband beoordeelt of het dossier compleet is en
        vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de
        problematiek, een tweede deskundige (bijvoorbeeld een jeugdarts, maatschappelijk werker of
        kinderpsychiater). De deskundigen brengen ieder afzonderlijk een schriftelijk advies uit en zijn niet
        betrokken geweest bij de aanvraag. Ouders ontvangen een afschrift van de adviezen. De directeur-bestuurder
        besluit namens het bestuur, binnen zes weken na ontvangst van de volledige aanvraag. Deze termijn kan
        eenmaal met vier weken worden verlengd."""),
        P("""In de TLV staan de duur en de bekostigingscategorie (laag, midden of hoog). Een eerste TLV wordt in
        de regel afgegeven voor twee schooljaren, tot 1 augustus. Ouders die het niet eens zijn met het besluit,
        kunnen binnen zes weken bezwaar maken bij het bestuur. Het samenwerkingsverband is aangesloten bij de
        Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."""),
        P("""De inhoudelijke criteria op grond waarvan de commissie beoordeelt of een leerling toelaatbaar is tot
        het vso, en de wijze waarop de bekostigingscategorie wordt bepaald, zijn opgenomen in bijlage 2."""),
        H2("7.2 Praktijkonderwijs en leerwegondersteunend onderwijs"),
        P("""Voor het praktijkonderwijs geeft het samenwerkingsverband eveneens een toelaatbaarheidsverklaring
        af; voor het lwoo een aanwijzing. De aanvraag wordt gedaan door de pro- of vo-school waar de leerling
        is aangemeld, in de periode van 1 februari tot 1 mei van groep 8, op basis van het onderwijskundig rapport
        van de basisschool en de resultaten van de capaciteiten- en didactische onderzoeken. Het loket besluit
        binnen vier weken. Het samenwerkingsverband hanteert voor pro de landelijke criteria en voor lwoo eigen
        criteria (opting out), beide uitgewerkt in bijlage 2. Een aanwijzing lwoo geldt voor de duur van de
        opleiding; een TLV pro wordt afgegeven voor de gehele schoolloopbaan."""),
        H2("7.3 Einde van de TLV en terugplaatsing"),
        P("""In het laatste schooljaar van een TLV neemt de vso-school uiterlijk 1 februari het initiatief voor
        een evaluatie van het OPP. Aan dit gesprek nemen de leerling, ouders, de mentor van de vso-school en een
        consulent van het samenwerkingsverband deel. Blijkt daaruit dat terugkeer naar een reguliere school
        mogelijk is, dan meldt de vso-school de leerling vóór 1 maart aan bij een reguliere vo-school van
        voorkeur; de zorgplicht van de ontvangende school gaat dan in. Is verdere plaatsing in het vso nodig, dan
        vraagt de vso-school vóór 1 april een nieuwe TLV aan volgens de procedure van paragraaf 7.1. De Commissie
        Toelaatbaarheid besluit vóór 1 juni, zodat iedere leerling op 1 augustus weet waar hij naar school
        gaat."""),
        P("""Een gezamenlijke visie op terugplaatsing, en afspraken over wat een leerling en een school aan
        ondersteuning krijgen nadat een leerling is teruggekeerd, werken we in 2026-2027 uit in de werkgroep
        Doorstroom. Tot die tijd maken scholen hierover zelf afspraken."""),
    ]
    oogo = f_oogo(ctx)
    oogo[0] = H1("8. Samenwerking met gemeenten en jeugdhulp")
    blocks += oogo
    # --- ouders (present) inside 'Communicatie' ---
    blocks += [
        H1("9. Communicatie"),
        H2("9.1 Communicatie met scholen en partners"),
        P("""Het samenwerkingsverband communiceert met scholen via een maandelijkse digitale nieuwsbrief, het
        directeurenoverleg en de netwerken van ondersteuningscoördinatoren. Partners ontvangen twee keer per jaar
        een nieuwsbrief. Het jaarverslag wordt breed verspreid en op de website gepubliceerd."""),
        H2("9.2 Ouders en leerlingen"),
        P("""Ouders horen te weten wat zij van de school en van het samenwerkingsverband mogen verwachten. Wij
        informeren ouders op vier manieren. Ten eerste staat in de schoolgids van iedere school welke
        basisondersteuning en extra ondersteuning de school biedt en wie de ondersteuningscoördinator is. Ten
        tweede heeft de website van het samenwerkingsverband een oudersectie met uitleg over de niveaus van
        ondersteuning, de bovenschoolse voorzieningen, het aanvragen van een TLV en de kosteloze
        verwijsmogelijkheden, ook in het Engels, Arabisch en Pools. Ten derde ontvangen alle ouders van leerlingen
        in groep 8 via de basisscholen de folder 'Passend onderwijs in Maas en Peel'. Ten vierde organiseren we
        ieder najaar twee informatieavonden voor ouders, samen met het PO-samenwerkingsverband."""),
        P("""Wie een vraag heeft, kan ook bellen met de ouderlijn van het samenwerkingsverband (iedere werkdag
        van 9.00 tot 12.00 uur). Een consulent beantwoordt de vraag of verwijst door."""),
        H2("9.3 Onafhankelijke ondersteuning en geschillen"),
        P("""Ouders en jongeren die onafhankelijk advies willen, of die het niet eens zijn met de school of met
        het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Maas en Peel. Het steunpunt is
        ondergebracht bij een stichting die los staat van de besturen, heeft een eigen telefoonnummer en
        e-mailadres, en werkt uitsluitend in het belang van de leerling. Medewerkers van het steunpunt kunnen
        ouders begeleiden naar gesprekken op school. Het steunpunt rapporteert twee keer per jaar geanonimiseerd
        aan het bestuur welke signalen het ontvangt. Daarnaast kunnen ouders zich wenden tot de
        Onderwijsconsulenten, tot de klachtencommissie van het schoolbestuur of tot de Geschillencommissie passend
        onderwijs."""),
        H2("9.4 Betrokkenheid"),
        P("""Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad. Leerlingen met een OPP
        hebben hoorrecht: hun mening over het OPP wordt gevraagd en vastgelegd. Bij iedere bespreking in het
        ondersteuningsteam worden ouders uitgenodigd."""),
    ]
    # --- resultaten (partial: doelen yes, monitoring deferred) ---
    blocks += [
        H1("10. Ambities voor 2026-2030"),
        P("""Voor de planperiode hebben de besturen vijf ambities geformuleerd. Zij zijn een gezamenlijke opdracht
        voor scholen en samenwerkingsverband."""),
        T([["Ambitie", "Beoogd resultaat in 2030"],
           ["Minder thuiszitters", """Geen leerling langer dan drie maanden zonder onderwijs; het aantal
            vrijstellingen op grond van art. 5 onder a Leerplichtwet daalt met 25%"""],
           ["Thuisnabij onderwijs", "Het deelnamepercentage vso daalt van 3,3% naar 3,0%"],
           ["Sterke basis", "Alle vestigingen voldoen aan alle twaalf standaarden basisondersteuning"],
           ["Doorlopende lijn", "90% van de OPDC-leerlingen stroomt binnen twee jaar door naar regulier vo of mbo"],
           ["Tevreden ouders", "Ouders waarderen de ondersteuning gemiddeld met een 7,5 of hoger"]]),
        P("""Hoe wij de voortgang op deze ambities gaan volgen, en welke bronnen en meetmomenten we daarbij
        gebruiken, leggen we vast in het eerste jaarplan onder deze planperiode. De opzet van een monitor is in
        voorbereiding."""),
    ]
    gov = f_governance(ctx)
    gov[0] = H1("11. Organisatie en governance")
    blocks += gov + f_opr(ctx)
    pers = f_personeel(ctx)
    pers[0] = H1("12. Personeel en professionalisering")
    blocks += pers
    # --- financien (present; besteding in printed annex 3) ---
    blocks += [
        H1("13. Geld en middelen"),
        H2("13.1 Inkomsten"),
        P("""Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning en de
        middelen voor lwoo en praktijkonderwijs. Na aftrek van de afdrachten aan het vso (door DUO rechtstreeks
        ingehouden) resteert het budget waarover het samenwerkingsverband zelf beslist. Voor 2026 is dit circa
        € 14,1 miljoen."""),
        H2("13.2 Verdeling"),
        P("""De middelen worden verdeeld volgens een verdeelmodel dat de algemene ledenvergadering op 18 november
        2025 heeft vastgesteld:"""),
        B(["""Schoolbudget: iedere vestiging ontvangt een vaste voet van € 25.000 plus € 105 per leerling
           (teldatum 1 oktober van het voorgaande jaar), bestemd voor de basis- en extra ondersteuning in de
           school (niveau 1 en 2).""",
           """Lwoo en pro: de rijksmiddelen voor lwoo en praktijkonderwijs worden volledig doorbetaald aan de
           besturen naar rato van het aantal aanwijzingen en toelaatbaarheidsverklaringen op 1 oktober.""",
           """Bovenschoolse voorzieningen: OPDC De Overstap en Rebound Time-In ontvangen een vast budget op basis
           van het aantal plaatsen (€ 14.800 per plaats per jaar).""",
           """Individuele arrangementen: voor leerlingen bij wie het schoolbudget niet toereikend is, kan de school
           een arrangement aanvragen bij het loket; de consulent toetst aan de criteria van het
           arrangementenkader (ondersteuningsbehoefte, inzet basisondersteuning aantoonbaar, advies OT)."""]),
        P("""De verdeling over deze posten voor de hele planperiode staat in de meerjarenbegroting in bijlage 3.
        Schoolbesturen leggen jaarlijks vóór 1 mei verantwoording af over de besteding van het schoolbudget met
        een vast format: inzet in fte en euro's per ondersteuningsvoorziening."""),
        H2("13.3 Reserves"),
        P("""Het weerstandsvermogen bedroeg eind 2025 € 3,2 miljoen, boven de signaleringswaarde van de
        inspectie. Het bestuur bouwt de reserve af tot € 1,4 miljoen eind 2028 door de extra inzet op
        thuiszitters en de nieuwe havo-vwo-groep (zie de begroting in bijlage 3)."""),
    ]
    ctx["planning_title"] = "14. Planning en jaarcyclus"
    blocks += f_planning(ctx, [["Schooljaar", "Mijlpaal"],
                               ["2026-2027", "Start havo-vwo-groep OPDC; werkgroep Doorstroom; monitor in voorbereiding"],
                               ["2027-2028", "Herijking standaarden na landelijke norm basisondersteuning"],
                               ["2028-2029", "Start plusvoorziening 16+ met mbo en gemeenten"],
                               ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    # --- annexes (actually printed) ---
    blocks += [
        PB(),
        H1("Bijlage 1. Standaarden basisondersteuning VO Maas en Peel"),
        P("""Vastgesteld door de algemene ledenvergadering op 18 november 2025. Iedere vestiging voldoet aan alle
        standaarden."""),
        T([["Nr.", "Standaard", "Concretisering"],
           ["1", "Ondersteuningscoördinator", "Minimaal 0,2 fte per 250 leerlingen; bereikbaar voor ouders"],
           ["2", "Mentoraat", "Drie voortgangsgesprekken per jaar; signalering binnen een week"],
           ["3", "Ondersteuningsteam", "Minimaal zes keer per jaar; vaste samenstelling"],
           ["4", "OPP", "Binnen zes weken; jaarlijkse evaluatie met ouders en leerling"],
           ["5", "Dyslexie en dyscalculie", "Protocol; faciliteiten bij alle toetsen"],
           ["6", "Sociaal-emotioneel", "Training sociale vaardigheden en faalangstreductie, jaarlijks"],
           ["7", "Time-out", "Begeleide rustplek op iedere vestiging"],
           ["8", "Verzuim", "Regionaal verzuimprotocol; melding leerplicht binnen termijn"],
           ["9", "Medisch handelen", "Protocol medicijnverstrekking en medisch handelen"],
           ["10", "Meer- en hoogbegaafdheid", "Signalering in leerjaar 1; compacten en verrijken"],
           ["11", "Overgangen", "Warme overdracht po-vo en vo-mbo voor leerlingen met een OPP"],
           ["12", "Samenwerking jeugdhulp", "Vaste contactpersoon lokaal team in het OT"]]),
        H1("Bijlage 2. Criteria toelaatbaarheid vso, praktijkonderwijs en lwoo"),
        H2("A. Vso (cluster 3 en 4)"),
        P("""Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"""),
        N(["""de ondersteuningsbehoefte van de leerling overstijgt aantoonbaar de basisondersteuning en de extra
            ondersteuning die binnen het regulier vo (niveau 1 tot en met 3) kan worden geboden;""",
           """de school heeft ten minste twee OPP-cycli (of, bij een acute situatie, één cyclus met advies van het
            OT) doorlopen en de resultaten zijn vastgelegd;""",
           """de leerling heeft een intensieve, structurele behoefte aan een kleine groep, een zeer voorspelbare
            omgeving, specialistische begeleiding gedurende de hele schooldag en/of verpleegkundige of
            lichamelijke verzorging;""",
           "beide deskundigen onderschrijven in hun advies dat het vso de passende plek is."]),
        P("""Bekostigingscategorie: laag is de standaard; midden bij een ernstige lichamelijke beperking of
        langdurige ziekte waarvoor dagelijks verzorging nodig is; hoog bij meervoudige beperkingen (MG). De
        categorie wordt bepaald op basis van het advies van de tweede deskundige."""),
        H2("B. Praktijkonderwijs"),
        P("""Landelijke criteria: IQ tussen 55 en 80, en leerachterstanden van drie jaar of meer op ten minste twee
        van de vier domeinen (begrijpend lezen, technisch lezen, inzichtelijk rekenen, spellen), waarvan één
        begrijpend lezen of inzichtelijk rekenen is."""),
        H2("C. Leerwegondersteunend onderwijs (eigen criteria)"),
        P("""Een leerling wordt aangewezen voor lwoo als het onderwijskundig rapport en de toetsresultaten een
        leerachterstand laten zien van ten minste 1,5 jaar op begrijpend lezen of rekenen, en de basisschool en
        de ontvangende vo-school samen onderbouwen dat de leerling in de basisberoepsgerichte of kaderberoepsgerichte
        leerweg alleen met extra ondersteuning een diploma kan halen. Een IQ-bepaling is niet vereist."""),
        H1("Bijlage 3. Meerjarenbegroting 2026-2030 (bedragen x € 1.000)"),
        T([["Post", "2026", "2027", "2028", "2029"],
           ["Baten: rijksbijdrage ondersteuning (na afdracht vso)", "14.120", "13.980", "13.860", "13.750"],
           ["Baten: lwoo en pro", "6.410", "6.350", "6.290", "6.240"],
           ["Lasten: schoolbudgetten (vaste voet + per leerling)", "1.595", "1.582", "1.569", "1.557"],
           ["Lasten: doorbetaling lwoo en pro", "6.410", "6.350", "6.290", "6.240"],
           ["Lasten: OPDC De Overstap (60 + 10 plaatsen)", "888", "1.036", "1.036", "1.036"],
           ["Lasten: Rebound Time-In (24 plaatsen)", "355", "355", "355", "355"],
           ["Lasten: individuele arrangementen", "3.100", "3.250", "3.250", "3.150"],
           ["Lasten: onderwijs-zorgklas De Horst", "420", "420", "420", "420"],
           ["Lasten: thuiszittersaanpak en doorzettingsmacht", "260", "260", "240", "220"],
           ["Lasten: bureau, consulenten en orthopedagogen", "2.310", "2.330", "2.350", "2.370"],
           ["Lasten: professionalisering en kennisdeling", "180", "180", "180", "180"],
           ["Lasten: ouder- en jeugdsteunpunt", "95", "95", "95", "95"],
           ["Resultaat (onttrekking reserve)", "-1.493", "-1.553", "-1.325", "-1.033"]]),
        P("""De negatieve resultaten zijn bewust begroot in het kader van de afbouw van de reserve tot boven
        de ondergrens van het weerstandsvermogen (zie paragraaf 13.3)."""),
        H1("Bijlage 4. Begrippenlijst"),
        T([["Begrip", "Betekenis"],
           ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het verband bieden"],
           ["Dekkend netwerk", "Een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft"],
           ["Lwoo", "Leerwegondersteunend onderwijs"],
           ["OPDC", "Orthopedagogisch-didactisch centrum"],
           ["OJSP", "Ouder- en jeugdsteunpunt"],
           ["OPP", "Ontwikkelingsperspectiefplan"],
           ["Pro", "Praktijkonderwijs"],
           ["Terugplaatsing", "De overstap van een leerling uit het vso naar het regulier voortgezet onderwijs"],
           ["TLV", "Toelaatbaarheidsverklaring"],
           ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over scholen en voorzieningen"]]),
    ]
    spec = dict(author="SWV VO Maas en Peel", title="Ondersteuningsplan 2026-2030",
                header="Samenwerkingsverband VO Maas en Peel | Ondersteuningsplan 2026-2030",
                footer="Ondersteuningsplan 2026-2030 - vastgesteld 7 april 2026",
                title_lines=["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Maas en Peel (VO 33-04)",
                             "Samen zorgen voor passend onderwijs in de regio",
                             "Vastgesteld door het bestuur op 7 april 2026, na instemming van de OPR op 24 maart 2026"],
                blocks=blocks)
    label = dict(
        documents=["vo-maasenpeel-op-2026-2030.docx"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
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
        notes={"basisondersteuning": "H4.1 defines the verband-wide minimum (ALV 18-11-2025) and lists concrete provisions; printed Bijlage 1 has the 12 standards; 4.2 borging via kwaliteitskaart.",
               "plaatsing": "H7.1/7.2 give procedure (loket, Commissie Toelaatbaarheid, 2 deskundigen, 6 weeks, bezwaar LBT); the criteria for vso/pro/lwoo are printed in Bijlage 2, which is part of the document.",
               "terugstroom": "Procedure sits inside the TLV chapter (7.3: evaluation by 1 Feb, aanmelding before 1 March, decision before 1 June); policy/aims and support after return explicitly deferred to werkgroep Doorstroom 2026-2027.",
               "financien": "Verdeelmodel under 'Geld en middelen' 13.2 (vaste voet, per leerling, per plaats, arrangementen); amounts per post in printed Bijlage 3 meerjarenbegroting.",
               "dekkend-aanbod": "H5 four-level continuum table incl. OPDC/Rebound/vso/pro/lwoo; H6 knelpunten, thuiszitters steps, doorzettingsmacht, new provisions.",
               "resultaten": "H10 ambitions with 2030 targets; how they are monitored is deferred to the first jaarplan ('monitor in voorbereiding').",
               "ouders": "Found under H9 'Communicatie': schoolgids, website oudersectie, folder, info evenings (9.2); independent OJSP, Onderwijsconsulenten, Geschillencommissie (9.3)."},
    )
    return "vo-maasenpeel-op-2026-2030", "docx", spec, label

# ---------------------------------------------------------------------------
# P2  VO, .pdf, only refers to annexes that are not included
# ---------------------------------------------------------------------------
def plan_p2():
    ctx = dict(name="Samenwerkingsverband VO De Lage Vaart", short="De Lage Vaart", code="VO 21-05", sector="vo",
               period="2026-2030", gemeenten=["Vaartdijk", "Oosterbroek", "Lindenhout", "Stroomdal"], nbesturen=6,
               director="mr. drs. P.A. (Pieter) Hoogendijk", board="bestuur", toezicht="de Raad van Toezicht",
               leden="Raad van Deelnemers", opr_leden=10, opr_date="31 maart 2026",
               oogo_date="17 februari 2026", other_swv="PO De Lage Vaart (PO 21-06)", other_swv_date="27 januari 2026",
               fte=17)
    blocks = [TOC("Inhoud")]
    blocks += f_voorwoord(ctx)
    blocks += [
        H1("Samenvatting"),
        P("""Dit plan beschrijft de koers van De Lage Vaart voor de periode 2026-2030. In hoofdstuk 3 leest u
        onze visie; hoofdstuk 4 gaat over de basisondersteuning en hoofdstuk 5 over het dekkend netwerk. Hoe
        leerlingen toegang krijgen tot het vso, het praktijkonderwijs en het lwoo staat in hoofdstuk 6. Over
        ouders gaat hoofdstuk 8, over kwaliteit en resultaten hoofdstuk 9 en over de financiën hoofdstuk 11.
        De uitwerkingen en procedures zijn opgenomen in de bijlagen, die als afzonderlijk document op onze
        website zijn gepubliceerd."""),
        H1("1. Inleiding"),
    ]
    blocks += f_leeswijzer(ctx, extra="""Dit document is het beleidsdeel. Het uitvoeringsdeel, met onder meer
        de standaarden basisondersteuning, de criteria en procedures voor toelaatbaarheid, het
        arrangementenkader en de meerjarenbegroting, is gebundeld in het Bijlagenboek
        Ondersteuningsplan 2026-2030.""")
    blocks += [
        H2("Totstandkoming"),
        P("""Het concept van dit plan is in het najaar van 2025 besproken in vier werksessies met directeuren en
        ondersteuningscoördinatoren. Het OOGO met de gemeenten vond plaats op 17 februari 2026, de OPR stemde in op
        31 maart 2026 en het bestuur stelde het plan vast op 8 april 2026. Het plan is op 14 april 2026 aan de
        inspectie toegezonden."""),
        H1("2. Terugblik op de planperiode 2022-2026"),
        P("""In het vorige ondersteuningsplan stonden vier doelen centraal. Hieronder blikken we terug op wat we
        hebben bereikt, op basis van de monitor van het samenwerkingsverband, de leerplichtcijfers en de
        tevredenheidspeiling onder ouders en scholen (voorjaar 2025)."""),
        T([["Doel 2022-2026", "Streefwaarde", "Bereikt (peildatum 1 oktober 2025)", "Oordeel"],
           ["Minder thuiszitters (langer dan 4 weken)", "< 20", "23 (2021: 41)", "Bijna gehaald"],
           ["Deelnamepercentage vso", "3,5%", "3,6% (2021: 3,9%)", "Bijna gehaald"],
           ["Alle scholen voldoen aan de basisondersteuning", "100%", "11 van 13 vestigingen", "Niet gehaald"],
           ["Tevredenheid ouders over ondersteuning", "7,0", "7,4", "Gehaald"]]),
        P("""De daling van het aantal thuiszitters is vooral het gevolg van de thuiszitterstafel en de
        inzet van de reboundvoorziening. Dat twee vestigingen nog niet aan de basisondersteuning voldoen, heeft te
        maken met langdurige vacatures voor ondersteuningscoördinatoren. Beide besturen hebben een verbeterplan
        opgesteld, waarvan de uitvoering in 2026 wordt getoetst."""),
    ]
    vis = f_visie(ctx)
    vis[0] = H1("3. Visie, missie en koers")
    blocks += vis
    blocks += [
        H2("Koers 2026-2030"),
        P("""Onze koers voor de komende vier jaar laat zich samenvatten in drie woorden: dichtbij, samen en
        eerlijk. Dichtbij: we willen dat meer leerlingen met een ondersteuningsbehoefte onderwijs volgen op een
        reguliere school in hun eigen woonplaats. Samen: besturen delen de verantwoordelijkheid voor leerlingen die
        tussen wal en schip dreigen te vallen. Eerlijk: middelen worden zo verdeeld dat ze terechtkomen waar de
        ondersteuningsbehoefte het grootst is."""),
    ]
    # --- basisondersteuning partial: niveau yes, inhoud only referred + abstract 4 aspects ---
    blocks += [
        H1("4. Basisondersteuning"),
        P("""Alle vo-scholen in De Lage Vaart bieden ten minste de basisondersteuning zoals die door de Raad van
        Deelnemers op 12 maart 2025 is vastgesteld. Dit is de gemeenschappelijke ondergrens voor iedere vestiging
        in het samenwerkingsverband. Een school die meer biedt, beschrijft dat in haar schoolgids."""),
        P("""Wij gaan daarbij uit van de vier aspecten uit het referentiekader passend onderwijs: de basiskwaliteit
        zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, de
        onderwijsondersteuningsstructuur van de school, en planmatig werken volgens de uitgangspunten van
        handelingsgericht werken."""),
        P("""De twaalf standaarden basisondersteuning en de concretisering daarvan per standaard zijn opgenomen in
        bijlage 1 (Standaarden basisondersteuning VO De Lage Vaart, versie maart 2025)."""),
        H2("Borging"),
        P("""Ieder bestuur legt jaarlijks in het bestuursgesprek met de directeur-bestuurder verantwoording af over
        de mate waarin zijn vestigingen aan de standaarden voldoen. Bij een tekort maakt het bestuur een
        verbeterplan met een termijn van ten hoogste één schooljaar; het samenwerkingsverband kan een consulent
        inzetten om de school te helpen."""),
    ]
    # --- dekkend aanbod present ---
    blocks += [
        H1("5. Ondersteuningsaanbod en dekkend netwerk"),
        H2("5.1 Het continuüm van ondersteuning"),
        P("""Het ondersteuningsaanbod in De Lage Vaart is opgebouwd als een continuüm. Op iedere school is de
        basisondersteuning aanwezig. Daarboven biedt iedere school extra ondersteuning in de vorm van
        arrangementen: individuele begeleiding door een gedragsdeskundige, een trajectvoorziening waar leerlingen
        een deel van de dag in een kleine groep werken, of een aangepast programma voor leerlingen met een
        medische beperking. Scholen bekostigen deze arrangementen uit het schoolbudget."""),
        P("""Bovenschools zijn er drie voorzieningen: het OPDC De Sluis (48 plaatsen, voor leerlingen die tijdelijk
        niet in een reguliere klas kunnen functioneren, met als doel terugkeer naar een reguliere school binnen
        twee jaar), de reboundvoorziening Even Buiten (16 plaatsen, trajecten van 10 tot 13 weken) en de
        schakelvoorziening voor nieuwkomers (ISK). Tot slot zijn er in de regio twee scholen voor
        praktijkonderwijs en drie vso-scholen (cluster 3 en cluster 4), waaronder een vso-afdeling met een
        arbeidsmarktgericht profiel."""),
        P("""Zes vo-scholen bieden lwoo in de basis- en kaderberoepsgerichte leerweg. Twee scholen hebben een
        kleinschalige havo-afdeling voor leerlingen met autisme. Voor hoogbegaafde leerlingen is er een
        regionaal verrijkingsprogramma op één dag per week."""),
        H2("5.2 Zorgplicht en ondersteuningsroute"),
        P("""Wanneer een school na aanmelding een ondersteuningsbehoefte vermoedt die zij niet kan bieden, zoekt zij
        binnen de zorgplichttermijn van zes weken (eenmaal te verlengen met vier weken) samen met ouders een
        passende plek. De consulent van het samenwerkingsverband kan hierbij worden ingeschakeld. Lukt het niet
        binnen de termijn, dan roept de consulent de 'plaatsingstafel' bijeen, waarin alle besturen
        vertegenwoordigd zijn en die binnen twee weken een plek toewijst."""),
        H2("5.3 Thuiszitters en witte vlekken"),
        P("""Iedere school meldt dreigend thuiszitten binnen vijf schooldagen bij leerplicht en bij het
        samenwerkingsverband. De thuiszitterstafel (samenwerkingsverband, leerplicht, jeugdhulp en de betrokken
        school) komt iedere twee weken bij elkaar en stelt per leerling een plan op met een concrete
        terugkeerdatum. Jaarlijks maken we een analyse van de witte vlekken in het aanbod. Uit de laatste analyse
        (2025) blijkt dat er te weinig plekken zijn voor leerlingen met een combinatie van psychiatrische
        problematiek en een havo-vwo-niveau. Daarom start in augustus 2026 een onderwijs-zorgvoorziening met 12
        plaatsen bij het OPDC, gefinancierd door samenwerkingsverband en gemeenten samen."""),
    ]
    # --- plaatsing partial: procedure yes; criteria only in absent Bijlage 3; terugplaatsing only deferral ---
    blocks += [
        H1("6. Toewijzing en toelaatbaarheid"),
        H2("6.1 Het loket"),
        P("""Alle aanvragen voor extra ondersteuning die de school niet zelf kan bieden, lopen via één loket. Het
        loket is telefonisch en per mail bereikbaar voor scholen en beoordeelt aanvragen voor bovenschoolse
        arrangementen, plaatsing in het OPDC en Rebound, toelaatbaarheidsverklaringen voor vso en pro en
        aanwijzingen voor lwoo."""),
        H2("6.2 Procedure toelaatbaarheidsverklaring vso"),
        N(["""Het schoolbestuur van de school waar de leerling staat ingeschreven of is aangemeld, dient de aanvraag
            in via het loket, met het groeidocument of OPP, het verslag van het ondersteuningsteam en de
            zienswijze van ouders.""",
           "Het loket controleert binnen vijf werkdagen of het dossier volledig is.",
           """De Commissie Toewijzing en Toelaatbaarheid (CTT) vraagt advies aan een orthopedagoog of psycholoog en
            aan een tweede deskundige die past bij de hulpvraag. Beide deskundigen geven een afzonderlijk
            schriftelijk advies.""",
           "De CTT bespreekt de aanvraag in aanwezigheid van de aanvragende school; ouders worden uitgenodigd.",
           """De directeur-bestuurder neemt namens het bestuur binnen zes weken na ontvangst van het volledige dossier
            een besluit."""]),
        P("""De TLV vermeldt de bekostigingscategorie en geldt in de regel voor twee schooljaren; bij
        leerlingen met een blijvende beperking kan de CTT een TLV afgeven tot het einde van de vso-loopbaan."""),
        H2("6.3 Praktijkonderwijs en lwoo"),
        P("""De aanvraag voor een toelaatbaarheidsverklaring pro of een aanwijzing lwoo wordt ingediend door de
        vo-school waar de leerling is aangemeld, uiterlijk 1 mei voorafgaand aan het eerste leerjaar. Het
        loket besluit binnen vier weken; bij twijfel wordt de CTT gehoord."""),
        H2("6.4 Criteria"),
        P("""Aan welke criteria een aanvraag voor vso, pro of lwoo moet voldoen en hoe de bekostigingscategorie
        wordt bepaald, is uitgewerkt in bijlage 3 (Criteria en beoordelingskader toewijzing en
        toelaatbaarheid)."""),
        H2("6.5 Terugplaatsing"),
        P("""Het samenwerkingsverband gaat in deze planperiode onderzoeken hoe terugplaatsing vanuit het vso naar
        het regulier vo vaker kan slagen. De uitkomsten van dat onderzoek nemen we op in een volgende versie van
        dit plan."""),
    ]
    oogo = f_oogo(ctx)
    oogo[0] = H1("7. Samenwerking met gemeenten en jeugdhulp")
    blocks += oogo
    # --- ouders partial: informatie yes, steunpunt only website reference / deferral ---
    blocks += [
        H1("8. Ouders en leerlingen"),
        H2("8.1 Informatie"),
        P("""Ouders vinden informatie over de ondersteuning in de eerste plaats bij de school: in de schoolgids staan
        de basisondersteuning en de extra ondersteuning die de school biedt, en de naam van de
        ondersteuningscoördinator. Het samenwerkingsverband publiceert op zijn website de brochure 'Wegwijs in
        passend onderwijs', met uitleg over het loket, de bovenschoolse voorzieningen en het aanvragen van een
        TLV. Ieder jaar in november houden we met de scholen een informatiemarkt voor ouders van leerlingen in
        groep 7 en 8 met een ondersteuningsbehoefte. Voor vragen kunnen ouders contact opnemen met de
        ouderconsulent van het samenwerkingsverband."""),
        H2("8.2 Ondersteuning voor ouders"),
        P("""Een overzicht van organisaties waar ouders terechtkunnen voor onafhankelijk advies en ondersteuning,
        staat op de ouderpagina van onze website. De inrichting van een ouder- en jeugdsteunpunt zoals bedoeld in de
        nieuwe wet bereiden we samen met het PO-samenwerkingsverband voor; een voorstel volgt in het voorjaar van
        2027."""),
        H2("8.3 Betrokkenheid"),
        P("""Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP. Leerlingen worden gehoord
        over hun OPP, zoals de wet voorschrijft. In de OPR zijn ouders en leerlingen vertegenwoordigd."""),
    ]
    # --- resultaten present ---
    blocks += [
        H1("9. Kwaliteitszorg en resultaten"),
        H2("9.1 Beoogde resultaten 2026-2030"),
        T([["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
           ["Thuiszitters langer dan 4 weken (1 oktober)", "23", "< 10"],
           ["Deelnamepercentage vso (1 oktober)", "3,6%", "3,2%"],
           ["Vestigingen die voldoen aan de basisondersteuning", "11 van 13", "13 van 13"],
           ["OPDC-leerlingen terug in regulier vo binnen 2 jaar", "61%", "75%"],
           ["Gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "< 6 weken"],
           ["Tevredenheid ouders over ondersteuning", "7,4", "7,5"]]),
        H2("9.2 Monitoring en evaluatie"),
        P("""Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus (plan-do-check-act). Twee keer per
        jaar, in februari en september, stelt de beleidsmedewerker kwaliteit een monitor op met de indicatoren
        uit 9.1, op basis van de registratie van het loket, de gegevens van DUO en leerplicht en een jaarlijkse
        enquête onder scholen en ouders. De monitor wordt besproken met de directeuren en het bestuur; bij een
        afwijking van meer dan tien procent van het verwachte verloop stelt het bureau maatregelen voor. De
        resultaten worden jaarlijks verantwoord in het jaarverslag en besproken met de OPR en de Raad van
        Toezicht. Halverwege de planperiode (voorjaar 2028) vindt een externe evaluatie plaats."""),
    ]
    gov = f_governance(ctx)
    gov[0] = H1("10. Organisatie en bestuur")
    blocks += gov + f_opr(ctx)
    # --- financien partial: verdeling yes, besteding only in absent Bijlage 5 ---
    blocks += [
        H1("11. Financiën"),
        H2("11.1 Uitgangspunten"),
        P("""De middelen van het samenwerkingsverband zijn bedoeld voor leerlingen en worden zo dicht mogelijk bij
        de leerling ingezet. Het bestuur stelt jaarlijks in december de begroting vast; de Raad van Toezicht keurt
        deze goed."""),
        H2("11.2 Verdeelmodel"),
        P("""De verdeling van de middelen over de besturen gebeurt volgens de volgende criteria:"""),
        B(["""ieder bestuur ontvangt een bedrag per leerling op basis van het aantal ingeschreven leerlingen op 1
           oktober van het voorafgaande jaar; dit bedrag wordt jaarlijks bij de begroting vastgesteld;""",
           """vestigingen met meer dan 20% leerlingen in de basis- en kaderberoepsgerichte leerweg ontvangen een
           opslag van 15% op het bedrag per leerling, omdat daar de ondersteuningsbehoefte aantoonbaar groter is;""",
           """bovenschoolse arrangementen worden per leerling toegekend door het loket, volgens het
           arrangementenkader, en rechtstreeks aan de uitvoerende school betaald;""",
           """de middelen voor lwoo en pro worden op basis van het aantal aanwijzingen en toelaatbaarheidsverklaringen
           per 1 oktober doorbetaald aan de besturen die het onderwijs verzorgen."""]),
        P("""De besturen leggen in hun jaarverslag verantwoording af over de inzet van de ontvangen middelen."""),
        H2("11.3 Meerjarenbegroting"),
        P("""De meerjarenbegroting 2026-2030 met de toelichting op de inkomsten en uitgaven is opgenomen in bijlage
        5."""),
        H2("11.4 Reserves"),
        P("""De reserves van het samenwerkingsverband liggen boven de signaleringswaarde van de inspectie. Het
        bestuur stelt in 2026 een bestedingsplan vast om de reserves verantwoord af te bouwen."""),
    ]
    blocks += [
        H1("12. Personeel, ICT en privacy"),
    ]
    pers = f_personeel(ctx)[1:]
    blocks += pers + [H2("Privacy")] + f_privacy(ctx)[1:]
    ctx["planning_title"] = "13. Planning"
    blocks += f_planning(ctx, [["Schooljaar", "Mijlpaal"],
                               ["2026-2027", "Start onderwijs-zorgvoorziening OPDC; voorstel ouder- en jeugdsteunpunt"],
                               ["2027-2028", "Onderzoek terugplaatsing; herziening verdeelmodel"],
                               ["2028-2029", "Externe tussenevaluatie"],
                               ["2029-2030", "Nieuw ondersteuningsplan"]])
    blocks += [
        PB(),
        H1("Bijlagen"),
        P("""De volgende bijlagen horen bij dit ondersteuningsplan. Bijlage 1, 3, 4 en 5 zijn opgenomen in het
        afzonderlijke Bijlagenboek Ondersteuningsplan 2026-2030 en zijn niet in dit document afgedrukt."""),
        T([["Bijlage", "Titel", "Vindplaats"],
           ["1", "Standaarden basisondersteuning VO De Lage Vaart", "Bijlagenboek"],
           ["2", "Deelnemende besturen en scholen", "Hieronder"],
           ["3", "Criteria en beoordelingskader toewijzing en toelaatbaarheid", "Bijlagenboek"],
           ["4", "Arrangementenkader", "Bijlagenboek"],
           ["5", "Meerjarenbegroting 2026-2030", "Bijlagenboek"],
           ["6", "Afkortingen", "Hieronder"]]),
        H1("Bijlage 2. Deelnemende besturen en scholen"),
        T([["Bestuur", "Scholen / vestigingen"],
           ["Stichting Openbaar VO Vaartdijk", "Vaartcollege (havo/vwo), Vaartcollege vmbo (lwoo)"],
           ["Stichting Katholiek Onderwijs Lage Vaart", "Sint-Jozefcollege (2 vestigingen), Maerlant Mavo"],
           ["Christelijke Scholengemeenschap Oosterbroek", "CSG Oosterbroek (vmbo/havo/vwo, lwoo)"],
           ["Stichting Praktijkonderwijs De Lage Vaart", "PrO Lindenhout, PrO Stroomdal"],
           ["Stichting Speciaal Onderwijs Rivierland", "VSO De Brug (cl. 4), VSO De Kade (cl. 3), VSO Werkroute"],
           ["Stichting Lyceum Stroomdal", "Lyceum Stroomdal, Stroomdal Vakcollege (lwoo)"]]),
        H1("Bijlage 6. Afkortingen"),
        T([["Afkorting", "Betekenis"],
           ["CTT", "Commissie Toewijzing en Toelaatbaarheid"],
           ["ISK", "Internationale schakelklas"],
           ["Lwoo", "Leerwegondersteunend onderwijs"],
           ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"],
           ["OPDC", "Orthopedagogisch-didactisch centrum"],
           ["OPP", "Ontwikkelingsperspectiefplan"],
           ["OPR", "Ondersteuningsplanraad"],
           ["Pro", "Praktijkonderwijs"],
           ["TLV", "Toelaatbaarheidsverklaring"],
           ["Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV"],
           ["Vso", "Voortgezet speciaal onderwijs"]]),
    ]
    spec = dict(author="SWV VO De Lage Vaart", title="Ondersteuningsplan 2026-2030",
                header="Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO De Lage Vaart",
                footer="VO 21-05 | Beleidsdeel ondersteuningsplan 2026-2030",
                title_lines=["Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO De Lage Vaart (VO 21-05)",
                             "Beleidsdeel", "Dichtbij, samen en eerlijk"],
                blocks=blocks)
    label = dict(
        documents=["vo-delagevaart-op-2026-2030.pdf"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 states the common minimum (Raad van Deelnemers 12-03-2025) but gives only the abstract four Referentiekader aspects; the 12 standards are in Bijlage 1, which is not included (Bijlagenboek).",
               "plaatsing": "H6.2/6.3 give loket, CTT, two deskundigen, 6-week decision, pro/lwoo deadlines; 6.4 only refers to absent Bijlage 3 for all criteria. No bezwaar route.",
               "terugstroom": "Only a deferral in 6.5 ('gaan onderzoeken ... volgende versie'), the planning table and the Afkortingen list; OPDC return in H5 is not return from vso.",
               "financien": "11.2 verdeelmodel criteria (per leerling 1 oktober, 15% opslag, arrangementen, lwoo/pro) without amounts; the meerjarenbegroting is only referred to (absent Bijlage 5).",
               "dekkend-aanbod": "H5 continuum (school arrangements, OPDC, Rebound, ISK, pro, vso, lwoo) plus zorgplicht route, plaatsingstafel, thuiszitterstafel and witte-vlekken analysis with new provision.",
               "resultaten": "H2 terugblik with achieved figures, 9.1 indicator table with nulmeting and streefwaarden, 9.2 monitoring cycle.",
               "ouders": "8.1 informs via schoolgids, brochure, informatiemarkt, ouderconsulent; independent support only via website reference and an OJSP deferral to 2027 (8.2)."},
    )
    return "vo-delagevaart-op-2026-2030", "pdf", spec, label

# ---------------------------------------------------------------------------
# P3  PO, .docx
# ---------------------------------------------------------------------------
def plan_p3():
    ctx = dict(name="Samenwerkingsverband Passend Primair Onderwijs Lingedal", short="Lingedal", code="PO 25-15",
               sector="po", period="2025-2029", gemeenten=["Lingedal", "Ommerwaard", "Hemmelo", "Distelrode"],
               nbesturen=9, director="J.M. (Jolanda) Brinkhorst MEd", board="bestuur", toezicht="de Raad van Toezicht",
               leden="algemene vergadering van aangesloten besturen", opr_leden=8, opr_date="25 maart 2025",
               oogo_date="4 maart 2025", other_swv="VO Lingedal-Waardenland (VO 25-06)", other_swv_date="11 februari 2025",
               fte=14)
    blocks = [TOC("Inhoudsopgave")]
    blocks += f_voorwoord(ctx)
    blocks += [H1("1. Inleiding")] + f_leeswijzer(ctx)
    blocks += [
        H1("2. Terugblik en kengetallen"),
        P("""In de periode 2021-2025 werkten we aan drie speerpunten: het versterken van de basisondersteuning,
        een snellere ondersteuningsroute en meer thuisnabij onderwijs. De belangrijkste kengetallen laten zien waar
        we staan. Alle cijfers hebben als peildatum 1 oktober, tenzij anders vermeld."""),
        T([["Kengetal", "2021", "2022", "2023", "2024"],
           ["Leerlingen basisonderwijs", "12.910", "12.780", "12.655", "12.490"],
           ["Deelnamepercentage sbo", "2,1%", "2,0%", "2,0%", "1,9%"],
           ["Deelnamepercentage so", "1,7%", "1,7%", "1,6%", "1,6%"],
           ["Afgegeven TLV's (schooljaar)", "142", "131", "128", "119"],
           ["Terugplaatsingen van s(b)o naar basisonderwijs (schooljaar)", "9", "11", "14", "14"],
           ["Gemiddelde doorlooptijd van melding tot arrangement", "9 weken", "8 weken", "6 weken", "5 weken"]]),
        P("""Het deelnamepercentage in het speciaal (basis)onderwijs daalde licht en ligt nu onder het landelijk
        gemiddelde. Het aantal leerlingen dat terugkeert naar het basisonderwijs is gestegen. In de
        tevredenheidspeiling van 2024 gaven scholen de ondersteuningsroute een 7,8 en ouders een 7,1. De doelstelling
        om alle scholen op het niveau van de basisondersteuning te brengen is gehaald: bij de audit in 2024 voldeden
        alle 54 scholen."""),
    ]
    vis = f_visie(ctx)
    vis[0] = H1("3. Missie en visie")
    blocks += vis
    blocks += [
        H1("4. Basisondersteuning"),
        P("""Iedere basisschool in Lingedal biedt basisondersteuning. De besturen hebben afgesproken dat de
        basisondersteuning op alle 54 scholen hetzelfde minimum heeft; dit niveau is vastgelegd in het
        'Kwaliteitskader Basisondersteuning Lingedal 2025', waarvan de kern hieronder is opgenomen. Wat boven dit
        niveau uitgaat, noemen we extra ondersteuning."""),
        H2("4.1 Wat mag u van iedere school verwachten?"),
        T([["Domein", "Afspraak voor iedere school"],
           ["Ondersteuningsstructuur", """Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; een
            ondersteuningsteam met de consulent van het samenwerkingsverband dat minimaal vijf keer per jaar
            bijeenkomt"""],
           ["Handelingsgericht werken", """Groepsplannen of een vergelijkbare werkwijze; twee keer per jaar een
            groepsbespreking en leerlingbespreking per groep"""],
           ["Taal en lezen", "Dyslexieprotocol; signalering in groep 2 en 3; extra leestijd voor risicolezers"],
           ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie; inzet van concreet materiaal"],
           ["Gedrag en welbevinden", """Een schoolbreed programma voor sociaal-emotionele ontwikkeling; een
            anti-pestcoördinator; jaarlijkse monitoring van het welbevinden"""],
           ["Meer- en hoogbegaafdheid", "Signalering bij de start van groep 3; compacten en verrijken in de groep"],
           ["Medisch handelen", "Protocol medicijnverstrekking en medisch handelen"],
           ["Jonge kind", "Doorgaande lijn met voorschoolse voorzieningen; warme overdracht bij ondersteuningsbehoefte"]]),
        P("""Scholen nemen deze afspraken op in hun schoolgids en beschrijven daarnaast wat zij aan extra
        ondersteuning bieden."""),
        H1("5. De ondersteuningsroute"),
        H2("5.1 Vijf niveaus"),
        P("""Ondersteuning in Lingedal is georganiseerd in vijf niveaus die op elkaar aansluiten. Zo ontstaat een
        samenhangend geheel van voorzieningen binnen en tussen de scholen."""),
        N(["Niveau 1 - in de groep: de leraar stemt het onderwijs af op verschillen tussen leerlingen.",
           """Niveau 2 - extra zorg in de groep: de leraar biedt, met advies van de intern begeleider, extra
            instructie of begeleiding.""",
           """Niveau 3 - intern ondersteuningsteam: de intern begeleider bespreekt de leerling met ouders en de
            consulent van het samenwerkingsverband in het ondersteuningsteam; er wordt een OPP opgesteld.""",
           """Niveau 4 - arrangement: wanneer de basisondersteuning niet toereikend is, stelt het ondersteuningsteam
            samen met de consulent een arrangement op, bijvoorbeeld ambulante begeleiding, een plaats in de
            taalklas of de plusklas, of een observatieplaatsing van maximaal zes maanden in de observatiegroep
            De Waaier.""",
           """Niveau 5 - speciaal (basis)onderwijs: plaatsing op een van de twee sbo-scholen of een van de drie
            so-scholen in de regio (cluster 3 en 4)."""]),
        H2("5.2 Bovenschoolse voorzieningen"),
        P("""Het samenwerkingsverband kent naast de sbo- en so-scholen de volgende bovenschoolse voorzieningen:
        twee taalklassen voor nieuwkomers, de plusklas voor meer- en hoogbegaafde leerlingen (één dag per week,
        op vier locaties), de observatiegroep De Waaier en de onderwijs-zorggroep 't Kompas voor jonge kinderen met
        een complexe ontwikkelingsvraag."""),
        H2("5.2a Overgangen: van voorschool tot voortgezet onderwijs"),
        P("""Een ononderbroken ontwikkeling vraagt om goede overgangen. Bij de overstap van de voorschool of de
        kinderopvang naar de basisschool vindt voor ieder kind met een ondersteuningsbehoefte een warme overdracht
        plaats, waarbij ouders, de pedagogisch medewerker en de intern begeleider van de basisschool aanwezig zijn.
        De jeugdverpleegkundige schuift aan wanneer daar aanleiding toe is. Voor kinderen die al voor hun vierde
        verjaardag een intensieve ondersteuningsvraag hebben, kan de consulent van het samenwerkingsverband
        meedenken over de best passende school."""),
        P("""Bij de overstap naar het voortgezet onderwijs volgen we de regionale overstapprocedure die met het
        VO-samenwerkingsverband is afgesproken. Leerlingen met een OPP worden in groep 8 besproken in een
        overstapgesprek tussen de basisschool en de ontvangende vo-school. Leerlingen uit het sbo en so krijgen
        een extra overdrachtsmoment in juni, zodat de vo-school de ondersteuning vanaf de eerste schooldag kan
        organiseren. Waar dat nodig is, loopt een ambulant begeleider van het sbo of so de eerste maanden met de
        leerling mee."""),
        H2("5.3 Dekkend aanbod"),
        P("""We vinden het aanbod in onze regio grotendeels dekkend. Of er witte vlekken zijn, en hoe we die
        aanpakken, brengen we in 2026 in kaart met een regionale analyse. Het aantal thuiszitters in onze
        regio is klein; samen met leerplicht ontwikkelen we in de loop van de planperiode een regionale aanpak
        thuiszitters."""),
        H1("6. Speciaal basisonderwijs en speciaal onderwijs"),
        H2("6.1 Toelaatbaarheid"),
        P("""Voor de toelaatbaarheid tot het sbo en het so hanteert het samenwerkingsverband het Protocol
        Toelaatbaarheid Lingedal. Het protocol wordt jaarlijks geactualiseerd en is te vinden op de website
        van het samenwerkingsverband."""),
        H2("6.2 Terugplaatsing en overplaatsing: ons beleid"),
        P("""Plaatsing in het speciaal (basis)onderwijs is voor veel kinderen tijdelijk. Wij willen dat kinderen
        die dat kunnen, terugkeren naar een basisschool, bij voorkeur in hun eigen woonplaats. Een kind kan
        terugkeren als de ontwikkeling volgens het OPP zo is verlopen dat de ondersteuningsbehoefte binnen de basis-
        en extra ondersteuning van een basisschool kan worden geboden, en als het kind en de ouders dat zelf ook
        willen. Terugplaatsing gebeurt bij voorkeur aan het begin van een schooljaar of na een vakantie."""),
        P("""Een kind dat terugkeert, krijgt het eerste jaar een terugplaatsingsarrangement: de ambulant
        begeleider van de s(b)o-school begeleidt de leraar en het kind, de eerste drie maanden wekelijks, daarna
        maandelijks. De ontvangende basisschool kan in die periode op de s(b)o-school terugvallen. Overplaatsing
        tussen sbo en so, of tussen so-scholen, is mogelijk wanneer de ondersteuningsbehoefte van het kind
        verandert."""),
        H2("6.3 Terugplaatsing: de procedure"),
        N(["""De s(b)o-school evalueert het OPP twee keer per jaar met ouders. Bij iedere evaluatie wordt expliciet
            besproken of terugplaatsing in beeld is.""",
           """Uiterlijk 1 maart van het laatste schooljaar van de TLV nodigt de s(b)o-school de ouders, de consulent
            van het samenwerkingsverband en, als die bekend is, de beoogde basisschool uit voor een
            perspectiefgesprek.""",
           """Is terugplaatsing haalbaar, dan kan een proefplaatsing van zes weken worden afgesproken, waarbij het kind
            ingeschreven blijft op de s(b)o-school.""",
           """De ouders melden het kind aan bij de basisschool; de basisschool beslist binnen de wettelijke termijn
            over de toelating en stelt met de s(b)o-school het terugplaatsingsarrangement vast.""",
           """Is terugplaatsing (nog) niet passend, dan vraagt de s(b)o-school vóór 1 mei een nieuwe TLV aan
            volgens het protocol."""]),
    ]
    blocks += [
        H1("7. Ouders"),
        H2("7.1 Zo houden we ouders op de hoogte"),
        P("""Op de website van het samenwerkingsverband staat een ouderpagina met de ondersteuningsroute, de
        bovenschoolse voorzieningen en de scholen voor speciaal (basis)onderwijs in de regio. Iedere school
        beschrijft in de schoolgids wat zij aan ondersteuning biedt. Ouders ontvangen bij de start van een
        ondersteuningstraject op niveau 3 de folder 'Uw kind en extra ondersteuning', in begrijpelijke taal en in
        vier talen beschikbaar. Twee keer per jaar organiseren we een ouderavond met een thema, zoals de overstap
        naar het voortgezet onderwijs."""),
        H2("7.2 Onafhankelijke ondersteuning"),
        P("""Het Ouder- en Jeugdsteunpunt Lingedal helpt ouders onafhankelijk van school en samenwerkingsverband.
        Ouders kunnen er terecht met vragen, maar ook als zij het niet eens zijn met een besluit van de school.
        Een steunpuntmedewerker kan meegaan naar een gesprek. Het steunpunt is bereikbaar via een eigen
        telefoonnummer en inloopspreekuren in de bibliotheken van Lingedal en Ommerwaard. Daarnaast verwijzen we
        naar de Onderwijsconsulenten en de Geschillencommissie passend onderwijs."""),
        H2("7.3 Ouders als partner"),
        P("""Ouders zijn deskundig als het om hun eigen kind gaat. Daarom zijn zij altijd welkom bij het
        ondersteuningsteam en worden zij betrokken bij het opstellen en evalueren van het OPP. In de OPR hebben
        vier ouders zitting."""),
    ]
    oogo = f_oogo(ctx)
    oogo[0] = H1("8. Samenwerking met gemeenten")
    blocks += oogo
    blocks += [
        H1("9. Kwaliteit en resultaten"),
        H2("9.1 Wat willen we bereiken?"),
        T([["Doel", "Indicator", "Streefwaarde 2029"],
           ["Meer thuisnabij onderwijs", "Deelnamepercentage sbo + so", "maximaal 3,2%"],
           ["Kinderen keren terug waar het kan", "Aantal terugplaatsingen per jaar", "ten minste 18"],
           ["Snelle hulp", "Doorlooptijd melding-arrangement", "ten hoogste 4 weken"],
           ["Tevreden ouders", "Oordeel ouders in de peiling", "7,5 of hoger"]]),
        H2("9.2 Hoe volgen we de resultaten?"),
        P("""Het samenwerkingsverband verzamelt de gegevens uit de tabel in een dashboard dat ieder kwartaal
        wordt bijgewerkt op basis van de registratie van de consulenten, de teldata van DUO en de
        tevredenheidspeiling onder ouders en scholen (eens per twee jaar). Het bestuur bespreekt het dashboard
        ieder kwartaal; de directeuren twee keer per jaar. In het jaarverslag rapporteren we per doel wat bereikt is
        en welke bijsturing nodig is. De Raad van Toezicht en de OPR ontvangen het jaarverslag."""),
        H1("10. Geld en middelen"),
        P("""Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk voor passend onderwijs. Wij vinden
        dat het geld moet gaan naar de plek waar de ondersteuning wordt geboden, zo dicht mogelijk bij het
        kind."""),
        P("""De financiële paragraaf van dit ondersteuningsplan, met het verdeelmodel en de meerjarenbegroting
        2025-2029, wordt na vaststelling van de begroting 2025 als addendum aan dit plan toegevoegd. Tot die tijd
        verwijzen wij naar de jaarbegroting van het samenwerkingsverband."""),
    ]
    gov = f_governance(ctx)
    gov[0] = H1("11. Organisatie en governance")
    blocks += gov + f_opr(ctx)
    pers = f_personeel(ctx)
    pers[0] = H1("12. Personeel en professionalisering")
    blocks += pers
    priv = f_privacy(ctx)
    priv[0] = H1("13. Privacy")
    blocks += priv
    ctx["planning_title"] = "14. Planning"
    blocks += f_planning(ctx, [["Schooljaar", "Mijlpaal"],
                               ["2025-2026", "Addendum financiën; regionale analyse dekkend aanbod"],
                               ["2026-2027", "Aanpak thuiszitters met leerplicht"],
                               ["2027-2028", "Tussenevaluatie; herijking basisondersteuning na landelijke norm"],
                               ["2028-2029", "Nieuw ondersteuningsplan"]])
    blocks += [
        PB(),
        H1("Bijlage. Begrippenlijst"),
        T([["Begrip", "Uitleg"],
           ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep"],
           ["Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over de toelaatbaarheid"],
           ["Deskundigenadvies", "Advies van twee deskundigen dat nodig is voor een TLV"],
           ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit"],
           ["OPP", "Ontwikkelingsperspectiefplan"],
           ["Sbo", "Speciaal basisonderwijs"],
           ["So", "Speciaal onderwijs"],
           ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden geen onderwijs volgt"],
           ["TLV", """Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling is
            toegelaten tot sbo of so, na advies van twee deskundigen, voor een bepaalde periode"""],
           ["Verdeelmodel", """De afspraken over hoe het geld van het samenwerkingsverband over de scholen wordt
            verdeeld"""]]),
    ]
    spec = dict(author="SWV PPO Lingedal", title="Ondersteuningsplan 2025-2029",
                header="SWV Passend Primair Onderwijs Lingedal - Ondersteuningsplan 2025-2029",
                footer="PO 25-15 | versie 1.0 | vastgesteld 2 april 2025",
                title_lines=["Ondersteuningsplan 2025-2029",
                             "Samenwerkingsverband Passend Primair Onderwijs Lingedal (PO 25-15)",
                             "Ieder kind een passende plek, dichtbij huis"],
                blocks=blocks)
    label = dict(
        documents=["po-lingedal-op-2025-2029.docx"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: same minimum for all 54 schools (Kwaliteitskader 2025) with a domain table 'Wat mag u van iedere school verwachten?'. The audit mention in H2 is a past result, not a borging procedure.",
               "plaatsing": "6.1 only refers to the Protocol Toelaatbaarheid on the website; the TLV/deskundigen/bezwaar wording exists only in the Begrippenlijst. Nothing on procedure or criteria in the body.",
               "terugstroom": "6.2 policy (aim, conditions, terugplaatsingsarrangement, overplaatsing) and 6.3 numbered procedure (OPP twice a year, 1 March gesprek, proefplaatsing, new TLV before 1 May); figures in H2/H9.",
               "financien": "H10 'Geld en middelen' only states a principle and defers verdeelmodel and meerjarenbegroting to a future addendum / jaarbegroting; glossary defines the terms.",
               "dekkend-aanbod": "5.1/5.2 five-level continuum and bovenschoolse voorzieningen; 5.3 gap analysis and thuiszitters approach are deferred (2026 analysis, aanpak 'in de loop van de planperiode').",
               "resultaten": "9.1 goals with indicators and 2029 targets; 9.2 quarterly dashboard, sources, reporting in jaarverslag; H2 achieved figures.",
               "ouders": "7.1 website ouderpagina, schoolgids, folder, ouderavonden; 7.2 Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."},
    )
    return "po-lingedal-op-2025-2029", "docx", spec, label

# ---------------------------------------------------------------------------
# P4  PO, .pdf
# ---------------------------------------------------------------------------
def plan_p4():
    ctx = dict(name="Stichting Samenwerkingsverband Primair Onderwijs De Heideranden", short="De Heideranden",
               code="PO 30-08", sector="po", period="2026-2030",
               gemeenten=["Heiderand", "Vennebroek", "Ellerhout", "Brakelveen", "Westerzand"], nbesturen=11,
               director="drs. R.C. (Rob) Martens", board="bestuur", toezicht="de Raad van Toezicht",
               leden="ledenraad", opr_leden=10, opr_date="16 april 2026", oogo_date="26 maart 2026",
               other_swv="VO Heideranden en Kempendal (VO 30-02)", other_swv_date="5 maart 2026", fte=19)
    blocks = [TOC("Inhoudsopgave")]
    blocks += f_voorwoord(ctx)
    blocks += [
        H1("1. Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe De Heideranden in de schooljaren 2026-2030 invulling geeft aan
        de opdracht om alle kinderen in de regio een passende onderwijsplek te bieden. Het plan is opgesteld door
        het bureau van het samenwerkingsverband in opdracht van het bestuur, en besproken met de ledenraad, de
        directeuren, de OPR en de gemeenten."""),
        P("""Het plan is bewust compact gehouden. Uitwerkingen die regelmatig veranderen, zoals handreikingen en
        formulieren, staan op de website van het samenwerkingsverband. Het plan is vastgesteld op 23 april 2026
        en op 28 april 2026 aan de inspectie gezonden."""),
    ]
    ctx["context_title"] = "2. De regio"
    blocks += f_context(ctx, [["Kengetal (1 oktober 2025)", "Aantal"],
                              ["Schoolbesturen", "11"],
                              ["Basisscholen", "46"],
                              ["Scholen voor speciaal basisonderwijs", "2"],
                              ["Scholen en locaties voor speciaal onderwijs (cluster 3 en 4)", "3"],
                              ["Leerlingen basisonderwijs", "9.870"]])
    vis = f_visie(ctx)
    vis[0] = H1("3. Missie en visie")
    blocks += vis
    blocks += [
        H1("4. Ondersteuning in de school"),
        P("""Leraren en intern begeleiders doen dagelijks veel om kinderen te ondersteunen. Het
        samenwerkingsverband heeft in de vorige planperiode echter geen gezamenlijk niveau van basisondersteuning
        vastgesteld, en de verschillen tussen scholen zijn groot. Met het oog op de landelijke norm
        basisondersteuning die het kabinet heeft aangekondigd, stellen we in deze planperiode geen eigen niveau
        vast. Zodra de landelijke norm bekend is, bepaalt het bestuur samen met de ledenraad en de OPR hoe deze in
        De Heideranden wordt ingevoerd."""),
        P("""Tot die tijd beschrijft iedere school in de schoolgids welke ondersteuning zij biedt. Het
        samenwerkingsverband ondersteunt scholen die dat willen met scholing en met advies van de
        orthopedagogen."""),
        H1("5. Een dekkend aanbod"),
        H2("5.1 Van school naar speciale voorziening"),
        P("""Het samenwerkingsverband wil dat er voor ieder kind een passende plek is. Daarvoor is een samenhangend
        aanbod nodig, van ondersteuning in de eigen groep tot plaatsing in het speciaal onderwijs. Ons aanbod ziet
        er als volgt uit:"""),
        T([["Stap", "Aanbod", "Wie beslist"],
           ["Ondersteuning in de school", "Wat de school zelf biedt, beschreven in de schoolgids", "School"],
           ["Advies en begeleiding", """Consultatie door orthopedagoog of ambulant begeleider van het
            samenwerkingsverband; deelname aan het ondersteuningsteam (OT) van de school""", """School, na aanvraag
            bij het Ondersteuningsloket"""],
           ["Arrangement in de school", """Individueel of groepsarrangement, bijvoorbeeld begeleiding door een
            gedragsspecialist of extra handen in de groep (maximaal één schooljaar, te verlengen)""",
            "Ondersteuningsloket, binnen 4 weken"],
           ["Bovenschoolse voorziening", """Observatiegroep De Stapsteen (12 plaatsen, max. 6 maanden);
            Taalschool voor nieuwkomers; Leerhuis voor meer- en hoogbegaafde kinderen (1 dag per week)""",
            "Ondersteuningsloket"],
           ["Speciaal basisonderwijs", "Twee sbo-scholen", "Commissie van Toelaatbaarheid (TLV)"],
           ["Speciaal onderwijs", "Drie so-scholen (cluster 3 en 4), waarvan één met een onderwijs-zorggroep",
            "Commissie van Toelaatbaarheid (TLV)"]]),
        H2("5.2 Kinderen zonder passende plek"),
        P("""Soms lukt het niet om een kind op tijd een passende plek te geven. Dan dreigt een kind thuis te komen
        zitten, of staat het op een wachtlijst van een so-school. Daarvoor geldt de volgende aanpak:"""),
        B(["""Iedere school meldt een kind dat (dreigt te) verzuimen of op een wachtlijst staat binnen vijf
           schooldagen bij het Ondersteuningsloket en bij de leerplichtambtenaar.""",
           """Binnen tien schooldagen is er een overleg met ouders, school, leerplicht en, waar nodig, het lokale
           team. Er wordt een tijdelijk arrangement afgesproken, zodat het kind niet zonder onderwijs zit.""",
           """Als er na zes weken geen oplossing is, legt de consulent de situatie voor aan het
           Thuiszittersoverleg Heideranden, waarin de directeur-bestuurder, een bestuurder van een van de
           so-besturen en de teamleider leerplicht zitten. Dit overleg neemt binnen twee weken een besluit over
           een plek.""",
           """Ieder voorjaar inventariseert het bureau de wachtlijsten bij de so-scholen en de observatiegroep. Bij
           een structurele wachtlijst legt de directeur-bestuurder het bestuur een voorstel voor uitbreiding
           van plaatsen voor."""]),
        P("""In 2025 bleek dat er in het oostelijk deel van de regio geen passende plek was voor jonge kinderen
        met een ernstige taalontwikkelingsstoornis die niet in aanmerking komen voor cluster 2. Daarom opent in
        januari 2027 een taalgroep op een basisschool in Brakelveen."""),
    ]
    blocks += [
        H1("6. Toelaatbaarheid tot sbo en so"),
        H2("6.1 Procedure"),
        P("""De toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar het kind is
        ingeschreven, via het Ondersteuningsloket. Het stroomschema in bijlage 1 geeft de stappen weer. Bij de
        aanvraag voegt de school het OPP, het verslag van het ondersteuningsteam waarin de ouders hun zienswijze
        hebben gegeven, en de resultaten van eerder onderzoek."""),
        P("""De Commissie van Toelaatbaarheid (CvT) bestaat uit een voorzitter (niet in dienst van een
        aangesloten bestuur), een orthopedagoog-generalist en een GZ-psycholoog. Voor iedere aanvraag geven twee
        deskundigen een afzonderlijk schriftelijk advies: altijd een orthopedagoog of psycholoog, en daarnaast,
        afhankelijk van de vraag, een kinderarts, jeugdarts of maatschappelijk werker. Een deskundige die bij
        de aanvraag betrokken was, adviseert niet. De CvT besluit binnen zes weken; in spoedeisende gevallen
        binnen tien werkdagen. Ouders ontvangen het besluit en een afschrift van beide adviezen."""),
        H2("6.2 Criteria"),
        P("""Een kind is toelaatbaar tot het speciaal basisonderwijs als:"""),
        B(["""de school ten minste een half jaar handelingsgericht heeft gewerkt met een OPP, met inzet van een
           arrangement van het samenwerkingsverband, en de evaluatie laat zien dat de doelen in de basisschool
           niet haalbaar zijn;""",
           """het kind behoefte heeft aan een kleinere groep en een intensievere, meer gestructureerde aanpak
           gedurende de hele schooldag;""",
           """de ondersteuningsbehoefte voortkomt uit een combinatie van leer- en ontwikkelingsproblemen of
           gedragsproblemen, die niet in de eerste plaats om medische of specialistische zorg vraagt."""]),
        P("""Een kind is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) als daarnaast:"""),
        B(["""de ondersteuningsbehoefte zo specialistisch of zo intensief is dat die ook in het sbo niet kan worden
           geboden, bijvoorbeeld door een ernstige verstandelijke, lichamelijke of meervoudige beperking, een
           langdurige ziekte, of ernstige gedrags- of psychiatrische problematiek;""",
           """en de deskundigen in hun advies onderbouwen welke specifieke onderwijsbehoeften het so wel kan
           bieden."""]),
        H2("6.3 Duur, categorie en bezwaar"),
        P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor
        twee schooljaren; bij een blijvende beperking kan de CvT een TLV afgeven tot het einde van de
        so-periode. De CvT stelt de bekostigingscategorie (laag, midden, hoog) vast op basis van het advies van
        de deskundigen. Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken. Het bestuur vraagt
        daarover advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H1("7. Terug naar de basisschool"),
        P("""Wij vinden dat een plaatsing in het sbo of so niet vanzelfsprekend tot het einde van de basisschooltijd
        hoeft te duren. Ons uitgangspunt is dat een kind terugkeert naar een basisschool zodra de ontwikkeling
        dat toelaat, zo dicht mogelijk bij huis. Voorwaarden zijn dat de doelen in het OPP zijn bereikt of
        binnen bereik liggen, dat een basisschool de ondersteuning kan bieden die het kind dan nog nodig heeft, en
        dat ouders de terugplaatsing steunen."""),
        P("""Een kind dat terugkeert, krijgt een terugplaatsingsarrangement voor ten minste een half jaar: een
        ambulant begeleider van de sbo- of so-school begeleidt kind en leraar, en de ontvangende school krijgt een
        bedrag van € 4.500 om extra ondersteuning te organiseren. Overplaatsing van so naar sbo is mogelijk als
        dat beter past."""),
        P("""Het stappenplan voor terugplaatsing, met de rolverdeling en de evaluatiemomenten, staat in de
        Handreiking Terugplaatsing De Heideranden op onze website."""),
    ]
    blocks += [
        H1("8. Ouders"),
        H2("8.1 Informatie voor ouders"),
        P("""Goede informatie voor ouders vinden wij belangrijk. In 2026 stellen we een communicatieplan op,
        waarin we vastleggen hoe en via welke kanalen wij ouders informeren over de ondersteuningsmogelijkheden in
        de regio. De vernieuwde website met een aparte ouderpagina volgt in het najaar van 2026."""),
        H2("8.2 Als u er samen niet uitkomt"),
        P("""Ouders die onafhankelijk advies willen, of het niet eens zijn met de school of met het
        samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Heideranden. Het steunpunt werkt
        onafhankelijk van scholen en samenwerkingsverband, is telefonisch bereikbaar op werkdagen en kan ouders
        begeleiden bij gesprekken. Ook de Onderwijsconsulenten bemiddelen kosteloos. Bij klachten kunnen ouders
        zich wenden tot de klachtencommissie waarbij het schoolbestuur is aangesloten; bij geschillen over
        toelating, verwijdering of het OPP tot de Geschillencommissie passend onderwijs."""),
        H2("8.3 Ouders als partner"),
        P("""Ouders worden uitgenodigd bij iedere bespreking in het ondersteuningsteam en geven hun zienswijze
        bij een aanvraag voor een arrangement of TLV."""),
    ]
    oogo = f_oogo(ctx)
    oogo[0] = H1("9. Samenwerking met gemeenten")
    blocks += oogo
    gov = f_governance(ctx)
    gov[0] = H1("10. Organisatie en medezeggenschap")
    blocks += gov + f_opr(ctx)
    blocks += [
        H2("Kwaliteit"),
        P("""Welke resultaten wij in deze planperiode nastreven, en hoe wij die gaan volgen, leggen wij vast in
        de jaarplannen. Het eerste jaarplan onder dit ondersteuningsplan verschijnt in oktober 2026."""),
    ]
    blocks += [
        H1("11. Financiën"),
        H2("11.1 Verdeling van de middelen"),
        P("""Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens een model met drie onderdelen,
        vastgesteld door de ledenraad op 10 december 2025:"""),
        N(["""Schoolbudget: ieder bestuur ontvangt € 145 per leerling (teldatum 1 oktober van het voorgaande jaar)
            voor de ondersteuning in de eigen scholen. Besturen verdelen dit bedrag zelf over hun scholen, maar
            moeten per school kunnen laten zien hoe het is ingezet.""",
           """Arrangementen: het Ondersteuningsloket kent arrangementen toe op aanvraag, op basis van de
            ondersteuningsbehoefte van het kind en de aantoonbare inzet van de school. Een individueel arrangement
            bedraagt maximaal € 7.500 per schooljaar.""",
           """Speciale voorzieningen: de sbo- en so-scholen ontvangen de bekostiging die bij de TLV hoort via de
            afdracht door DUO; bij groei na 1 oktober betaalt het samenwerkingsverband de groeibekostiging op basis
            van de peildatum 1 februari."""]),
        P("""Besturen verantwoorden jaarlijks vóór 1 juni aan het samenwerkingsverband de besteding van het
        schoolbudget, per school en per soort inzet (personeel, scholing, materialen)."""),
        H2("11.2 Meerjarenbegroting"),
        T([["(x € 1.000)", "2026", "2027", "2028", "2029"],
           ["Rijksbijdrage ondersteuning", "11.240", "11.050", "10.880", "10.720"],
           ["Afdracht sbo en so (DUO)", "-5.910", "-5.860", "-5.800", "-5.750"],
           ["Beschikbaar", "5.330", "5.190", "5.080", "4.970"],
           ["Schoolbudgetten", "1.431", "1.405", "1.382", "1.360"],
           ["Arrangementen", "1.650", "1.650", "1.600", "1.550"],
           ["Observatiegroep, taalschool, leerhuis", "940", "940", "940", "940"],
           ["Taalgroep Brakelveen (vanaf 2027)", "0", "210", "210", "210"],
           ["Groeibekostiging sbo/so", "310", "300", "290", "280"],
           ["Terugplaatsingsarrangementen", "90", "90", "90", "90"],
           ["Ondersteuningsloket, CvT en orthopedagogen", "860", "870", "880", "890"],
           ["Bureau, bestuur en ouder- en jeugdsteunpunt", "480", "485", "490", "495"],
           ["Saldo", "-431", "-760", "-802", "-845"]]),
        H2("11.3 Reserves"),
        P("""De algemene reserve bedroeg op 31 december 2025 € 4,9 miljoen. Met de begrote tekorten daalt de
        reserve tot ongeveer € 2,1 miljoen eind 2029, wat overeenkomt met het benodigde weerstandsvermogen op grond
        van de risicoanalyse."""),
    ]
    pers = f_personeel(ctx)
    pers[0] = H1("12. Personeel en professionalisering")
    blocks += pers
    priv = f_privacy(ctx)
    priv[0] = H1("13. Privacy en ICT")
    blocks += priv
    blocks += [
        PB(),
        H1("Bijlage 1. Stroomschema toelaatbaarheid"),
        T([["Stap", "Wie", "Wat", "Termijn"],
           ["1", "School en ouders", "Bespreking in het OT; ouders geven zienswijze", "-"],
           ["2", "Bestuur van de school", "Aanvraag TLV via het Ondersteuningsloket met OPP en OT-verslag", "-"],
           ["3", "Ondersteuningsloket", "Controle volledigheid; zo nodig aanvulling vragen", "5 werkdagen"],
           ["4", "Twee deskundigen", "Afzonderlijke schriftelijke adviezen", "3 weken"],
           ["5", "Commissie van Toelaatbaarheid", "Besluit, duur en bekostigingscategorie", "binnen 6 weken na stap 3"],
           ["6", "Ouders / bestuur", "Eventueel bezwaar", "6 weken na besluit"]]),
        H1("Bijlage 2. Begrippenlijst"),
        T([["Begrip", "Betekenis"],
           ["Basisondersteuning", """Het afgesproken geheel van preventieve en licht curatieve interventies dat
            alle scholen binnen het samenwerkingsverband bieden"""],
           ["Beoogde resultaten", "De resultaten die het samenwerkingsverband met de inzet van middelen wil bereiken"],
           ["CvT", "Commissie van Toelaatbaarheid"],
           ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren"],
           ["OPP", "Ontwikkelingsperspectiefplan"],
           ["Terugplaatsing", "Overstap van sbo of so naar het basisonderwijs"],
           ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]
    spec = dict(author="SWV PO De Heideranden", title="Ondersteuningsplan 2026-2030",
                header="Ondersteuningsplan 2026-2030 | SWV PO De Heideranden | basisondersteuning - toelaatbaarheid - ouders",
                footer="De Heideranden PO 30-08 | vastgesteld 23 april 2026",
                title_lines=["Ondersteuningsplan 2026-2030", "Stichting Samenwerkingsverband Primair Onderwijs De Heideranden",
                             "PO 30-08", "Met elkaar voor ieder kind"],
                blocks=blocks)
    label = dict(
        documents=["po-deheideranden-op-2026-2030.pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 'Ondersteuning in de school' explicitly sets no level (waiting for the landelijke norm) and leaves it to each schoolgids; the definition exists only in the Begrippenlijst and the running header.",
               "plaatsing": "H6 procedure (bestuur applies via loket, CvT, two separate deskundigen, 6 weeks), sbo and so criteria (6.2), duration/category/bezwaar LBT (6.3); printed stroomschema in Bijlage 1.",
               "terugstroom": "H7 gives aims, conditions and terugplaatsingsarrangement (EUR 4.500, ambulant begeleider); the stappenplan/evaluation moments are only in a Handreiking on the website.",
               "financien": "H11: verdeelmodel (EUR 145 per leerling, arrangementen max EUR 7.500, groeibekostiging peildatum 1 Feb), verantwoording by 1 June, meerjarenbegroting table 2026-2029, reserves.",
               "dekkend-aanbod": "H5.1 table from school support to so incl. bovenschoolse voorzieningen; 5.2 thuiszitters/wachtlijst escalation, yearly inventory, new taalgroep.",
               "resultaten": "No goals, indicators or monitoring; the only text ('Kwaliteit' under H10) defers both to the jaarplannen from October 2026; 'Beoogde resultaten' only in the Begrippenlijst.",
               "ouders": "8.1 defers how parents are informed (communicatieplan 2026, website volgt); 8.2 names OJSP, Onderwijsconsulenten, klachtencommissie, Geschillencommissie."},
    )
    return "po-deheideranden-op-2026-2030", "pdf", spec, label

# ---------------------------------------------------------------------------
# P5  VO, .html web version "op hoofdlijnen", refers to other web pages
# ---------------------------------------------------------------------------
def plan_p5():
    ctx = dict(name="Samenwerkingsverband Voortgezet Onderwijs Broekland", short="Broekland", code="VO 27-06",
               sector="vo", period="2026-2030", gemeenten=["Broekhuizen aan de Vliet", "Zevenmeren", "Oudewaal"],
               nbesturen=5, director="ir. S. (Sanne) de Wit-Oudshoorn", board="bestuur",
               toezicht="de Raad van Toezicht", leden="algemene vergadering", opr_leden=8,
               opr_date="9 april 2026", fte=12)
    blocks = [
        H1("Welkom"),
        P("""Op deze pagina's vindt u de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband
        Voortgezet Onderwijs Broekland. De webversie is inhoudelijk gelijk aan de pdf-versie die het bestuur heeft
        vastgesteld; alleen de opmaak is aangepast, zodat het plan ook op een telefoon goed leesbaar is."""),
        P("""Broekland is een klein samenwerkingsverband met vijf schoolbesturen, acht scholen en ruim 6.500
        leerlingen. Klein zijn heeft voordelen: we kennen elkaar, de lijnen zijn kort en besluiten worden snel
        genomen. Het heeft ook nadelen: we zijn kwetsbaar als een sleutelpersoon vertrekt, en niet iedere
        voorziening is in onze eigen regio rendabel te organiseren. In dit plan maken we keuzes die bij onze schaal
        passen."""),
        P("""Dit plan is een plan op hoofdlijnen. Het beschrijft de afspraken die voor de hele planperiode gelden.
        Praktische informatie, formulieren en handreikingen staan op de andere pagina's van deze website en worden
        bijgewerkt wanneer dat nodig is, zonder dat het ondersteuningsplan zelf hoeft te worden gewijzigd."""),
        P(f"""{ctx['director']}, directeur-bestuurder"""),
        TOC("Inhoud van het ondersteuningsplan"),
        H1("1. Over dit plan"),
        H2("1.1 Status en totstandkoming"),
        P("""Het ondersteuningsplan 2026-2030 is vastgesteld door het bestuur op 21 april 2026. De
        ondersteuningsplanraad heeft op 9 april 2026 ingestemd. Het op overeenstemming gericht overleg met de
        colleges van burgemeester en wethouders van Broekhuizen aan de Vliet, Zevenmeren en Oudewaal vond plaats
        op 19 maart 2026; het overleg met het samenwerkingsverband voor primair onderwijs op 5 februari 2026. Het
        plan is op 24 april 2026 aan de inspectie gezonden."""),
        H2("1.2 Wat vindt u elders op deze website"),
        P("""Niet alles staat in dit plan. Op andere pagina's van deze website vindt u:"""),
        B(["""Voor ouders en leerlingen: informatie voor ouders en leerlingen over ondersteuning, het loket en waar u
           terechtkunt met vragen.""",
           """Aanvragen bij het loket: de aanvraagprocedures voor toelaatbaarheidsverklaringen, lwoo,
           arrangementen en bovenschoolse plaatsingen, met termijnen en formulieren.""",
           """Ondersteuningskaart: het overzicht van de voorzieningen in de regio. De ondersteuningskaart wordt in
           2026-2027 herzien en daarna opnieuw gepubliceerd; een analyse van het dekkend aanbod volgt in het
           jaarplan 2027.""",
           "Archief: eerdere ondersteuningsplannen en jaarverslagen."]),
    ]
    blocks += [
        H2("1.3 Wettelijk kader"),
        P("""Artikel 17a van de Wet op het voortgezet onderwijs (sinds 2021 opgenomen in de Wet voortgezet
        onderwijs 2020) schrijft voor dat een samenwerkingsverband ten minste eens in de vier jaar een
        ondersteuningsplan vaststelt. De wet noemt de onderwerpen die het plan in elk geval moet bevatten:"""),
        B(["""de wijze waarop het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen
           realiseert, inclusief de basisondersteuning die op alle vestigingen aanwezig is;""",
           """de procedure en criteria voor de verdeling, besteding en toewijzing van middelen, ook in het licht van
           een meerjarenbegroting;""",
           "de procedure en criteria voor de plaatsing in het vso, en de procedure voor lwoo en praktijkonderwijs;",
           "de procedure en het beleid voor terugplaatsing of overplaatsing naar het voortgezet onderwijs;",
           "de beoogde en bereikte kwalitatieve en kwantitatieve resultaten en de daaraan verbonden bekostiging;",
           """de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke
           ondersteuningsmogelijkheden."""]),
        P("""Daarnaast regelt de wet de instemming van de ondersteuningsplanraad, het op overeenstemming gericht
        overleg met de gemeenten, het overleg met het samenwerkingsverband voor primair onderwijs en de
        toezending aan de inspectie vóór 1 mei. Het plan dat voor u ligt, is ingericht volgens deze onderwerpen;
        waar een onderwerp is uitgewerkt op een andere pagina van deze website, staat dat in de tekst vermeld."""),
        H2("1.4 Ontwikkelingen in de planperiode"),
        P("""Het plan is geschreven in een periode waarin landelijk veel in beweging is. De Wet versterking
        positie ouders en leerlingen in het passend onderwijs brengt nieuwe verplichtingen met zich mee, onder
        meer voor de schoolgids en het hoorrecht van leerlingen. De landelijke norm voor basisondersteuning wordt
        uitgewerkt. En de bekostiging van het voortgezet onderwijs wordt vereenvoudigd, wat gevolgen kan hebben
        voor de inkomsten van het samenwerkingsverband. Wij volgen deze ontwikkelingen en passen het plan aan
        wanneer dat nodig is; een wijziging van het plan wordt altijd aan de ondersteuningsplanraad
        voorgelegd."""),
        P("""Ook regionaal verandert er veel. Twee scholen in het oosten van de regio onderzoeken een
        samenwerking of fusie in verband met de daling van het aantal leerlingen. Het bestuur van het
        samenwerkingsverband heeft daarin geen formele rol, maar volgt de ontwikkeling, omdat zij gevolgen kan
        hebben voor de spreiding van voorzieningen en voor de afstand die leerlingen moeten afleggen."""),
    ]
    ctx["context_title"] = "2. Ons samenwerkingsverband"
    blocks += f_context(ctx, [["Kengetal (1 oktober 2025)", "Aantal"],
                              ["Schoolbesturen", "5"],
                              ["Scholen regulier vo (waarvan met lwoo)", "6 (4)"],
                              ["School voor praktijkonderwijs", "1"],
                              ["School voor vso", "1 (cluster 4)"],
                              ["Leerlingen in het samenwerkingsverband", "6.540"]])
    blocks += [
        H1("3. Visie en koers"),
        P("""Iedere jongere in Broekland verdient onderwijs dat bij hem of haar past, in een school waar hij zich
        thuis voelt. Wij zien passend onderwijs als een gezamenlijke verantwoordelijkheid van de besturen: geen
        school hoeft het alleen te doen, en geen leerling mag tussen de scholen in vallen."""),
        P("""De komende planperiode staat in het teken van drie ontwikkelingen. De eerste is de landelijke norm
        voor basisondersteuning, die naar verwachting in de loop van de planperiode wordt ingevoerd. De tweede is
        de daling van het aantal leerlingen in het oosten van onze regio, waardoor scholen kleiner worden en
        samenwerking tussen scholen belangrijker wordt. De derde is de grotere nadruk op inclusief onderwijs, die
        vraagt dat reguliere scholen meer leerlingen met een ondersteuningsbehoefte kunnen opvangen."""),
        P("""Wij kiezen ervoor om de komende jaren vooral te investeren in de kwaliteit van de ondersteuning in de
        reguliere scholen. Dat is de plek waar de meeste leerlingen met een ondersteuningsbehoefte onderwijs
        volgen, en waar de meeste winst te behalen is. Tegelijk houden we oog voor de leerlingen voor wie een
        reguliere school (tijdelijk) niet de juiste plek is."""),
        P("""Onze manier van werken is nuchter. We maken afspraken die uitvoerbaar zijn, we houden de
        administratieve last voor scholen laag, en we stellen bij wanneer iets niet werkt. Het bestuur en de
        directeuren spreken elkaar daar regelmatig op aan."""),
    ]
    blocks += [
        H1("4. Basisondersteuning"),
        P("""Het samenwerkingsverband heeft geen gezamenlijk niveau van basisondersteuning vastgesteld. Iedere
        school bepaalt in haar schoolondersteuningsprofiel zelf welke basisondersteuning zij biedt. Een
        gemeenschappelijke ondergrens voor alle scholen stellen we pas vast wanneer de landelijke norm
        basisondersteuning van kracht is; tot die tijd gaan de besturen niet over tot een eigen norm."""),
        P("""Bij de laatste vergelijking van de schoolondersteuningsprofielen (najaar 2025) bleek dat op iedere
        school in Broekland in elk geval de volgende voorzieningen aanwezig zijn:"""),
        B(["""een ondersteuningscoördinator en een ondersteuningsteam dat leerlingen met een ondersteuningsvraag
           bespreekt;""",
           "een mentor per klas met een vast uur mentoraat in de onderbouw;",
           "dyslexie- en dyscalculiebeleid met faciliteiten als extra tijd en voorleessoftware;",
           "een faalangstreductietraining en een training sociale vaardigheden;",
           "een opvangruimte waar leerlingen na een time-out onder toezicht kunnen werken;",
           "afspraken over medicijnverstrekking en medisch handelen;",
           "een ontwikkelingsperspectiefplan voor leerlingen die extra ondersteuning krijgen."]),
    ]
    blocks += [
        H1("5. Toelaatbaarheid vso, praktijkonderwijs en lwoo"),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het
        praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Broekland heeft voor het lwoo
        eigen criteria vastgesteld. De criteria zijn in onderstaande tabel samengevat."""),
        T([["Voorziening", "Criteria", "Bekostigingscategorie / duur"],
           ["Vso (cluster 3 en 4)", """De ondersteuningsbehoefte kan aantoonbaar niet worden geboden binnen de
            basisondersteuning en de arrangementen van het regulier vo, ook niet met inzet van een bovenschoolse
            voorziening; de leerling heeft de hele schooldag een kleine groep en specialistische begeleiding
            nodig; beide deskundigen adviseren positief""", """Laag, tenzij de deskundigen wegens lichamelijke of
            meervoudige beperkingen midden of hoog adviseren; in de regel twee schooljaren"""],
           ["Praktijkonderwijs", """Landelijke criteria: IQ 55-80 en leerachterstanden van ten minste drie jaar op
            ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen""", "Gehele schoolloopbaan"],
           ["Lwoo (eigen criteria)", """Leerachterstand van ten minste 1,5 jaar op begrijpend lezen of rekenen in
            combinatie met een advies basis- of kaderberoepsgerichte leerweg; of sociaal-emotionele
            problematiek die het leren aantoonbaar belemmert, onderbouwd door de basisschool""",
            "Voor de duur van de opleiding"]]),
        P("""De aanvraagprocedure, de termijnen en de bezwaarmogelijkheid staan op de pagina 'Aanvragen bij het
        loket'."""),
    ]
    blocks += [
        H1("6. Terugplaatsing naar het regulier voortgezet onderwijs"),
        H2("6.1 Uitgangspunten"),
        P("""Een plaatsing in het vso is geen eindstation. Wij willen dat leerlingen die dat kunnen, de overstap
        maken naar een reguliere vo-school of, vanaf 16 jaar, naar het mbo. Een leerling komt in aanmerking voor
        terugplaatsing als de doelen uit het ontwikkelingsperspectiefplan grotendeels zijn behaald, als de
        leerling zich in een grotere groep staande kan houden met de ondersteuning die een reguliere school kan
        bieden, en als de leerling zelf gemotiveerd is. De reguliere school die de leerling ontvangt, krijgt van het
        samenwerkingsverband een overstaparrangement voor één schooljaar: een coach van de vso-school komt de
        eerste drie maanden wekelijks langs en daarna tweewekelijks, en de school ontvangt een bedrag van € 6.000
        voor extra begeleiding. Na de overstap blijft de vso-school een jaar lang aanspreekbaar voor de ontvangende
        school."""),
        H2("6.2 Zo gaat het in zijn werk"),
        N(["""De vso-school bespreekt bij iedere evaluatie van het OPP (twee keer per jaar) of terugplaatsing in beeld
            komt.""",
           """Uiterlijk op 1 december van het laatste jaar van de TLV meldt de vso-school bij het loket welke
            leerlingen mogelijk kunnen overstappen.""",
           """De consulent van het loket organiseert vóór 1 februari een overstapgesprek met de leerling, de vso-school
            en een of meer reguliere scholen.""",
           """Bij een positief besluit volgt een snuffelperiode van vier weken op de nieuwe school; daarna schrijft
            de reguliere school de leerling in per een afgesproken datum, bij voorkeur 1 augustus.""",
           """Is de overstap (nog) niet verantwoord, dan vraagt de vso-school vóór 1 april een verlenging van de TLV
            aan; het loket besluit vóór 1 juni.""",
           """Een half jaar na de overstap evalueren de consulent, de ontvangende school en de vso-school of het
            overstaparrangement moet worden voortgezet."""]),
    ]
    blocks += [
        H1("7. Financiën"),
        H2("7.1 Verdeling"),
        P("""Hoe de middelen over de scholen worden verdeeld, is vastgelegd in het verdeelmodel. Het verdeelmodel
        wordt in schooljaar 2026-2027 herzien. Tot die tijd blijft het verdeelmodel uit het ondersteuningsplan
        2022-2026 van kracht; dat plan vindt u in het archief op deze website."""),
        H2("7.2 Meerjarenbegroting"),
        T([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
           ["Rijksbijdrage lichte en zware ondersteuning", "7.840", "7.720", "7.610", "7.510"],
           ["Rijksbijdrage lwoo en pro", "3.260", "3.210", "3.170", "3.130"],
           ["Afdracht vso (DUO)", "-2.430", "-2.410", "-2.390", "-2.370"],
           ["Totaal beschikbaar", "8.670", "8.520", "8.390", "8.270"],
           ["Budgetten scholen voor ondersteuning", "3.120", "3.080", "3.040", "3.000"],
           ["Lwoo en pro naar besturen", "3.260", "3.210", "3.170", "3.130"],
           ["OPDC Het Anker", "720", "720", "720", "720"],
           ["Rebound", "240", "240", "240", "240"],
           ["Overstaparrangementen vso-vo", "60", "72", "84", "84"],
           ["Loket, consulenten en deskundigen", "690", "700", "710", "720"],
           ["Bureau en bestuur", "520", "525", "530", "535"],
           ["Resultaat", "60", "-27", "-104", "-159"]]),
        P("""De algemene reserve bedraagt eind 2025 € 2,3 miljoen. De begrote tekorten vanaf 2027 worden gedekt
        uit de reserve, die daarmee eind 2029 ongeveer € 2,0 miljoen bedraagt."""),
    ]
    blocks += [
        H1("8. Kwaliteit en monitoring"),
        P("""Het samenwerkingsverband volgt jaarlijks een vaste set kengetallen: het aantal afgegeven
        toelaatbaarheidsverklaringen en aanwijzingen, de deelnamepercentages vso en praktijkonderwijs (peildatum 1
        oktober), het aantal terugplaatsingen uit het vso, het aantal leerlingen dat langer dan vier weken geen
        onderwijs volgt (gegevens leerplicht), de doorlooptijd van aanvragen bij het loket en de tevredenheid van
        scholen over het loket. De gegevens komen uit de registratie van het loket, de bestanden van DUO en de
        leerplichtadministratie."""),
        P("""De beleidsmedewerker stelt twee keer per jaar een rapportage op die in het bestuur en in het
        directeurenoverleg wordt besproken. Eens per jaar worden de resultaten in het jaarverslag gepubliceerd en met
        de ondersteuningsplanraad besproken. Halverwege de planperiode laat het bestuur een onafhankelijke evaluatie
        uitvoeren."""),
        P("""De streefwaarden bij deze kengetallen, en de ambities voor de planperiode, formuleren we in het eerste
        planjaar samen met de schoolbesturen. Ze worden opgenomen in het jaarplan 2027."""),
    ]
    gov = f_governance(ctx)
    gov[0] = H1("9. Organisatie en bestuur")
    blocks += gov + f_opr(ctx, detailed=False)
    blocks += [
        H2("Samenwerking tussen de besturen"),
        P("""De vijf besturen in Broekland werken op veel terreinen samen, ook buiten passend onderwijs, zoals bij
        de werving van personeel en de inkoop van diensten. Voor het samenwerkingsverband is vooral het
        directeurenoverleg van belang. Daarin bespreken de directeuren van alle scholen zes keer per jaar de
        uitvoering van dit plan, signalen uit de scholen en voorstellen van het bureau. Het directeurenoverleg
        adviseert het bestuur, maar neemt zelf geen besluiten."""),
        P("""De besturen hebben afgesproken dat zij elkaar informeren over ontwikkelingen die gevolgen hebben
        voor andere scholen, zoals wijzigingen in het onderwijsaanbod, veranderingen in het toelatingsbeleid of
        plannen voor nieuwbouw. Zo voorkomen we dat scholen door elkaars keuzes worden verrast."""),
        H2("Risico's"),
        P("""Het bestuur heeft in 2025 een risicoanalyse laten uitvoeren. De belangrijkste risico's voor de
        planperiode zijn: de daling van het aantal leerlingen, die leidt tot lagere rijksinkomsten; een stijging
        van het aantal leerlingen in het vso, waardoor de afdracht aan DUO toeneemt; het vertrek van
        sleutelpersonen in een klein bureau; en onzekerheid over de gevolgen van landelijke wetgeving. Het bestuur
        bespreekt de risico's jaarlijks met de Raad van Toezicht bij de vaststelling van de begroting."""),
    ]
    pers = f_personeel(ctx)
    pers[0] = H1("10. Personeel en professionalisering")
    blocks += pers
    priv = f_privacy(ctx)
    priv[0] = H1("11. Privacy")
    blocks += priv
    ctx["planning_title"] = "12. Planning"
    blocks += f_planning(ctx, [["Schooljaar", "Mijlpaal"],
                               ["2026-2027", "Herziening verdeelmodel; herziening ondersteuningskaart"],
                               ["2027-2028", "Jaarplan 2027 met streefwaarden; invoering landelijke norm (verwacht)"],
                               ["2028-2029", "Onafhankelijke tussenevaluatie"],
                               ["2029-2030", "Nieuw ondersteuningsplan"]])
    blocks += [
        H1("Begrippenlijst"),
        T([["Begrip", "Uitleg"],
           ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat iedere leerling een passende plek heeft"],
           ["Lwoo", "Leerwegondersteunend onderwijs"],
           ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen"],
           ["OPDC", "Orthopedagogisch-didactisch centrum"],
           ["Ouderinformatie", "Zie de pagina Voor ouders en leerlingen"],
           ["Pro", "Praktijkonderwijs"],
           ["Rebound", "Tijdelijke opvang voor leerlingen die vastlopen op school"],
           ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden geen onderwijs volgt"],
           ["TLV", "Toelaatbaarheidsverklaring"],
           ["Vso", "Voortgezet speciaal onderwijs"]]),
    ]
    spec = dict(author="SWV VO Broekland", title="Ondersteuningsplan 2026-2030 | SWV VO Broekland",
                header="Samenwerkingsverband VO Broekland (VO 27-06)",
                footer="SWV VO Broekland - Contact - Privacyverklaring - Ouder- en jeugdsteunpunt - Toegankelijkheid",
                nav=[("Home", "index.html"), ("Ondersteuningsplan", "#"), ("Voor ouders en leerlingen", "ouders.html"),
                     ("Ouder- en jeugdsteunpunt", "ojsp.html"), ("Ondersteuningskaart", "ondersteuningskaart.html"),
                     ("Aanvragen bij het loket", "loket.html"), ("Contact", "contact.html")],
                title_lines=["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Voortgezet Onderwijs Broekland (VO 27-06)",
                             "Webversie"],
                blocks=blocks)
    label = dict(
        documents=["vo-broekland-op-2026-2030.html"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                            "financien": ["reserves"]},
        notes={"basisondersteuning": "H4 explicitly sets no common level (each SOP decides; wait for landelijke norm) but lists the voorzieningen found at every school (inhoud).",
               "plaatsing": "H5 criteria table for vso/pro/lwoo (own lwoo criteria, categorie, duur); procedure, termijnen and bezwaar only on the web page 'Aanvragen bij het loket', not in the plan.",
               "terugstroom": "H6 policy (conditions, overstaparrangement EUR 6.000, coach) and numbered procedure (1 Dec melding, 1 Feb gesprek, snuffelperiode, verlenging before 1 April, evaluation).",
               "financien": "7.2 meerjarenbegroting with amounts per post; the verdeelmodel is only referred to the previous plan in the archive and is being revised (7.1).",
               "dekkend-aanbod": "No description of the continuum or of gap handling; the Ondersteuningskaart and dekkend-aanbod analysis are deferred (1.2), 1.3 only quotes the law; only glossary, nav and budget line names mention OPDC/Rebound; OOGO is a one-line date.",
               "resultaten": "H8 describes indicators, sources, twice-yearly reporting and evaluation; targets/ambities explicitly deferred to the jaarplan 2027.",
               "ouders": "No parent information or independent support in the plan: 1.2 and the glossary point to the 'Voor ouders' web page, 1.3 'Wettelijk kader' only paraphrases the legal duty; OJSP appears only in nav, footer and glossary."},
    )
    return "vo-broekland-op-2026-2030", "html", spec, label

# ---------------------------------------------------------------------------
# N6  near-miss: a single VO school's own "ondersteuningsplan" (school level)
# ---------------------------------------------------------------------------
def nearmiss_n6():
    blocks = [
        TOC("Inhoud"),
        H1("1. Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Stedelijk College De Brug in schooljaar 2025-2026 de
        ondersteuning aan haar leerlingen organiseert. Het plan is een uitwerking van ons
        schoolondersteuningsprofiel en sluit aan op het ondersteuningsplan van ons samenwerkingsverband, SWV VO
        Maas en Peel. Het is bedoeld voor medewerkers van de school, maar ook voor ouders en leerlingen die willen
        weten hoe de ondersteuning bij ons in elkaar zit. Het plan wordt ieder jaar in juni geëvalueerd door het
        zorgteam en vastgesteld door de schoolleiding, na advies van de medezeggenschapsraad."""),
        P("""De Brug is een brede scholengemeenschap voor vmbo (met lwoo), havo en vwo, met ruim 1.450
        leerlingen op twee locaties. Ongeveer 180 leerlingen hebben een ontwikkelingsperspectiefplan; 210
        leerlingen volgen lwoo."""),
        H1("2. Onze visie op ondersteuning"),
        P("""Wij willen een school zijn waar iedere leerling zich gezien voelt. Goede ondersteuning begint bij
        goed onderwijs in de klas: duidelijke lessen, een veilig klimaat en een mentor die de leerling kent. Pas
        als dat niet genoeg is, zetten we extra ondersteuning in. Daarbij werken we samen met ouders, want zij
        kennen hun kind het best."""),
        H1("3. Zorgniveaus en zorgstructuur"),
        P("""Binnen De Brug werken we met vier zorgniveaus:"""),
        T([["Zorgniveau", "Wat", "Wie"],
           ["1 In de klas", "Differentiatie, mentorlessen, signaleren", "Docent en mentor"],
           ["2 Extra begeleiding", "Huiswerkbegeleiding, faalangsttraining, remedial teaching, dyslexiecoach",
            "Mentor, leerlingbegeleider"],
           ["3 Interne specialistische ondersteuning", """Trajectklas De Haven, begeleiding door orthopedagoog,
            OPP""", "Zorgcoördinator, zorgteam"],
           ["4 Externe ondersteuning", "Aanvraag bij het samenwerkingsverband: OPDC, Rebound of TLV vso",
            "Zorgcoördinator namens de school"]]),
        P("""Het zorgteam (zorgcoördinator, leerlingbegeleiders, orthopedagoog, teamleiders) komt iedere twee
        weken bij elkaar. Eens per zes weken is er een breed ondersteuningsoverleg met de jeugdarts, de
        leerplichtambtenaar en de schoolmaatschappelijk werker van het wijkteam."""),
        H2("3.1 Basisondersteuning op De Brug"),
        P("""Als school bieden wij de basisondersteuning zoals die in ons samenwerkingsverband is afgesproken. Op
        De Brug betekent dat onder meer: dyslexie- en dyscalculiefaciliteiten, een faalangstreductietraining in
        leerjaar 1 en 3, een time-outruimte met begeleiding, en een mentoruur in alle klassen van de onderbouw.
        De zorgcoördinator is aanspreekpunt voor ouders."""),
        H2("3.2 Trajectklas De Haven"),
        P("""De trajectklas is bedoeld voor leerlingen die tijdelijk niet in hun eigen klas kunnen functioneren.
        Leerlingen volgen maximaal twaalf weken een deel van hun lessen in De Haven. Na afloop keert de leerling
        terug naar zijn eigen klas; de terugkeer wordt voorbereid met de mentor en de ouders. Plaatsing in De Haven
        gebeurt op voorstel van het zorgteam, na overleg met ouders."""),
        H1("4. Aanvragen bij het samenwerkingsverband"),
        P("""Als de ondersteuning die wij kunnen bieden niet voldoende is, vraagt de zorgcoördinator namens de
        school een voorziening aan bij het loket van het samenwerkingsverband. Het gaat dan om een plaatsing in
        het OPDC, een traject bij de Rebound of een toelaatbaarheidsverklaring voor het vso. Het
        samenwerkingsverband beslist; de school levert het dossier aan, waaronder het OPP en het verslag van het
        zorgteam. Ouders worden altijd vooraf betrokken en ondertekenen de aanvraag."""),
        P("""Voor nieuwe leerlingen met een advies voor lwoo of praktijkonderwijs vraagt de school de aanwijzing
        of toelaatbaarheidsverklaring aan bij het samenwerkingsverband, vóór 1 mei. De procedure en de criteria
        staan in het ondersteuningsplan van het samenwerkingsverband."""),
        P("""Leerlingen die terugkomen uit het OPDC of uit het vso, worden door ons opgevangen met een
        overstapplan. De mentor en de zorgcoördinator houden in de eerste maanden wekelijks contact met de
        leerling."""),
        H1("4a. Het ontwikkelingsperspectiefplan"),
        P("""Voor iedere leerling die extra ondersteuning krijgt op zorgniveau 3 of 4, stelt de school binnen zes
        weken een ontwikkelingsperspectiefplan (OPP) op. In het OPP staan het verwachte uitstroomniveau, de
        onderbouwing daarvan, de doelen voor de komende periode en de ondersteuning die de school biedt. De
        leerling wordt gehoord over het OPP en ouders stemmen in met het handelingsdeel. Het OPP wordt ten minste
        twee keer per jaar geëvalueerd door de mentor en de zorgcoördinator, samen met de leerling en de ouders."""),
        H1("4b. Overgangen"),
        P("""Iedere leerling die bij ons start, wordt besproken in een warme overdracht met de basisschool. Voor
        leerlingen met een ondersteuningsbehoefte plannen we vóór de zomervakantie een kennismakingsgesprek met
        ouders en leerling. Leerlingen die de school verlaten richting het mbo, worden bij een
        ondersteuningsbehoefte warm overgedragen aan de mbo-instelling, met toestemming van ouders of de leerling
        zelf vanaf 16 jaar. De decaan en de zorgcoördinator werken hierin samen."""),
        H1("5. Ouders"),
        P("""Ouders worden geïnformeerd over de ondersteuning via de schoolgids, de website van de school en de
        informatieavond in september. Bij de start van extra ondersteuning nodigt de mentor de ouders uit voor een
        gesprek. Ouders die het niet eens zijn met de school, kunnen terecht bij de teamleider en daarna bij de
        klachtencommissie. Voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het
        samenwerkingsverband."""),
        H1("6. Middelen"),
        P("""De school ontvangt van het samenwerkingsverband een schoolbudget voor ondersteuning. In 2025-2026
        bedraagt dit € 177.250 (vaste voet en bedrag per leerling). Daarnaast ontvangt de school de middelen voor
        lwoo via het bestuur. De besteding is als volgt begroot:"""),
        T([["Post", "Bedrag"],
           ["Zorgcoördinator (0,8 fte) en leerlingbegeleiders (1,2 fte)", "€ 182.000"],
           ["Orthopedagoog (0,4 fte)", "€ 38.500"],
           ["Trajectklas De Haven (personeel en materiaal)", "€ 96.000"],
           ["Trainingen (faalangst, sociale vaardigheden)", "€ 14.500"],
           ["Dyslexiesoftware en licenties", "€ 6.200"],
           ["Totaal (waarvan eigen middelen school € 159.950)", "€ 337.200"]]),
        H1("7. Resultaten en evaluatie"),
        P("""In schooljaar 2024-2025 hebben 38 leerlingen gebruikgemaakt van De Haven; 33 van hen zijn volledig
        teruggekeerd in hun eigen klas. Vier leerlingen zijn met een TLV naar het vso gegaan en twee leerlingen zijn
        via het OPDC teruggekomen. Voor 2025-2026 is ons doel dat ten minste 85% van de leerlingen in De Haven
        binnen twaalf weken volledig terugkeert. Het zorgteam evalueert dit doel in juni."""),
        H1("8. Speerpunten 2025-2026"),
        B(["Invoering van een vast format voor het OPP, inclusief het hoorrecht van de leerling.",
           "Scholing van alle mentoren in het voeren van gesprekken met leerlingen over welbevinden.",
           "Betere overdracht vanuit het basisonderwijs voor leerlingen met een ondersteuningsbehoefte.",
           "Evaluatie van de trajectklas met leerlingen en ouders."]),
        H1("Bijlage: afkortingen"),
        T([["Afkorting", "Betekenis"],
           ["OPDC", "Orthopedagogisch-didactisch centrum (samenwerkingsverband)"],
           ["OPP", "Ontwikkelingsperspectiefplan"],
           ["SOP", "Schoolondersteuningsprofiel"],
           ["SWV", "Samenwerkingsverband passend onderwijs"],
           ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]
    spec = dict(author="Stedelijk College De Brug", title="Ondersteuningsplan De Brug 2025-2026",
                header="Stedelijk College De Brug - Ondersteuningsplan 2025-2026",
                footer="Vastgesteld door de schoolleiding, juni 2025",
                title_lines=["Ondersteuningsplan 2025-2026", "Stedelijk College De Brug",
                             "vmbo (met lwoo) - havo - vwo", "Onderdeel van SWV VO Maas en Peel"],
                blocks=blocks)
    label = dict(
        documents=["vo-school-debrug-ondersteuningsplan-2025-2026.docx"], sector="vo", looks_like_plan=False,
        elements={}, criteria={},
        notes={"document": "School-level ondersteuningsplan of one VO school (zorgniveaus, zorgteam, trajectklas, school budget); it applies to the SWV's procedures and refers to the SWV's plan, it is not the ondersteuningsplan of a samenwerkingsverband (annual, adopted by the schoolleiding, no OPR/OOGO/planperiode)."},
    )
    return "vo-school-debrug-ondersteuningsplan-2025-2026", "docx", spec, label


# ---------------------------------------------------------------------------
def main():
    makers = [plan_p1, plan_p2, plan_p3, plan_p4, plan_p5, nearmiss_n6]
    renderers = {"docx": render_docx, "pdf": render_pdf, "html": render_html}
    for make in makers:
        name, fmt, spec, label = make()
        path = OUT / (name + "." + fmt)
        spec.setdefault("nav", [])
        renderers[fmt](spec, path)
        write_label(name, label)
        print("%-55s %5d words" % (path.name, word_count(spec)))


if __name__ == "__main__":
    main()
