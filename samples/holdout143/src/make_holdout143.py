#!/usr/bin/env python3
"""Generate holdout set 143 for opcheck: five fictional ondersteuningsplannen
(PO and VO, .docx / .pdf / .html) plus one near-miss document, each with a
hand-written label file (<name>.expected.yaml).

Deterministic, no network. PDFs are rendered from a temporary .docx with
LibreOffice (soffice --headless --convert-to pdf).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: ("title", [lines]), ("toc", [lines]), ("h1", t), ("h2", t),
# ("p", t), ("ul", [items]), ("ol", [items]), ("table", [[cells]...]),
# ("glossary", [(term, definition)]), ("pagebreak", None)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Samenwerkingsverband"
    doc.core_properties.title = "Ondersteuningsplan"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                par = doc.add_paragraph()
                run = par.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoud").bold = True
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            table = doc.add_table(rows=len(val), cols=len(val[0]))
            table.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "glossary":
            for term, definition in val:
                par = doc.add_paragraph()
                par.add_run(term + ": ").bold = True
                par.add_run(definition)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical per run."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(blocks, path, header_text, footer_text, nav_links):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">']
    title = next((v[0] for k, v in blocks if k == "title"), "Ondersteuningsplan")
    out.append("<title>%s</title>" % e(title))
    out.append("<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
               "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>")
    out += ["</head>", "<body>", '<header class="site-header"><p>%s</p>' % e(header_text)]
    out.append('<nav class="menu"><ul>%s</ul></nav></header>' % "".join(
        '<li><a href="#%s">%s</a></li>' % (e(a), e(t)) for a, t in nav_links))
    out.append("<main>")
    hcount = 0
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1 class=\"page-title\">%s</h1>" % e(val[0]))
            for line in val[1:]:
                out.append('<p class="subtitle">%s</p>' % e(line))
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ul>')
            out += ["<li>%s</li>" % e(x) for x in val]
            out.append("</ul></aside>")
        elif kind in ("h1", "h2"):
            hcount += 1
            tag = "h2" if kind == "h1" else "h3"
            out.append('<%s id="s%d">%s</%s>' % (tag, hcount, e(val), tag))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % e(x) for x in val), kind))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % e(c) for c in val[0])]
            rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in row) for row in val[1:]]
            out.append("<table>%s</table>" % "".join(rows))
        elif kind == "glossary":
            out.append("<dl>%s</dl>" % "".join(
                "<dt>%s</dt><dd>%s</dd>" % (e(t), e(d)) for t, d in val))
        elif kind == "pagebreak":
            pass
    out.append("</main>")
    out.append('<footer class="site-footer"><p>%s</p></footer>' % e(footer_text))
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout143_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]


def status_from(criteria, advisory, element):
    crits = [criteria["%s.%s" % (el, c)] for el, c in CORE if el == element]
    if all(crits):
        return "present"
    if any(crits) or advisory.get(element):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, looks_like_plan, true_criteria=(),
                advisory=None, notes=None):
    advisory = advisory or {}
    notes = notes or {}
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false")]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, q(v)))
    else:
        criteria = {"%s.%s" % (el, c): ("%s.%s" % (el, c)) in true_criteria for el, c in CORE}
        elements = []
        for el in dict.fromkeys(el for el, _ in CORE):
            elements.append("%s: %s" % (el, status_from(criteria, advisory, el)))
        lines.append("elements: {%s}" % ", ".join(elements))
        lines.append("criteria:")
        for key, val in criteria.items():
            lines.append("  %s: %s" % (key, "true" if val else "false"))
        lines.append("advisory_addressed:")
        for el, items in advisory.items():
            lines.append("  %s: [%s]" % (el, ", ".join(items)))
        lines.append("notes:")
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, q(v)))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")

# ---------------------------------------------------------------------------
# Shared filler (voorwoord, context, visie, governance, OPR, OOGO, personeel,
# ICT/privacy, planning). These sections mention element words only in passing.
# ---------------------------------------------------------------------------


def f_voorwoord(d):
    s = "basisonderwijs" if d["sector"] == "po" else "voortgezet onderwijs"
    return [
        ("h1", d.get("h_voorwoord", "Voorwoord")),
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Dit plan beschrijft hoe de aangesloten "
              "schoolbesturen in %s de komende vier schooljaren samen werken aan passend onderwijs "
              "voor alle leerlingen in het %s. Het is het derde plan sinds de invoering van de Wet "
              "passend onderwijs in 2014, en het eerste dat we volledig in gesprek met scholen, "
              "ouders, leerlingen, gemeenten en zorgpartners hebben geschreven." %
              (d["periode"], d["naam"], d["regio"], s)),
        ("p", "In de afgelopen jaren hebben we veel geleerd. We zagen dat goede bedoelingen niet altijd "
              "leiden tot een goede plek voor ieder kind, dat procedures soms te lang duren en dat "
              "ouders zich niet altijd gehoord voelden. Tegelijk zagen we op heel veel scholen "
              "leraren, intern begeleiders en ondersteuningscoördinatoren die elke dag het verschil "
              "maken. Dit plan wil dat vakmanschap de ruimte geven en het verband dienstbaar maken "
              "aan wat er in de klas gebeurt."),
        ("p", "Het plan is bewust in gewone taal geschreven. We hebben geprobeerd om bij elk onderwerp "
              "uit te leggen wat het betekent voor een leerling, een ouder of een leraar. Waar "
              "wetsartikelen of vaktermen onvermijdelijk zijn, vindt u een uitleg in de "
              "begrippenlijst achterin. Wie het plan niet van voor naar achter wil lezen, kan via de "
              "inhoudsopgave direct naar het onderwerp gaan dat hem of haar aangaat."),
        ("p", "Wij danken iedereen die heeft meegedacht: de leden van de ondersteuningsplanraad, de "
              "directeuren en intern begeleiders die aan de werkgroepen deelnamen, de wethouders en "
              "beleidsmedewerkers van de gemeenten %s, en de vele ouders die in de "
              "klankbordgesprekken hun ervaringen deelden. Zonder hun inbreng was dit plan een stuk "
              "dunner geweest." % d["gemeenten"]),
        ("p", "%s, directeur-bestuurder" % d["directeur"]),
    ]


def f_context(d, extra=None):
    blocks = [
        ("h1", d.get("h_context", "Ons verband in vogelvlucht")),
        ("p", "%s is een stichting waarin %d schoolbesturen samenwerken. Het verband omvat het "
              "grondgebied van de gemeenten %s. Het registratienummer van het verband is %s. In het "
              "verband vallen %d scholen met samen ongeveer %s leerlingen." %
              (d["naam"], d["besturen"], d["gemeenten"], d["code"], d["n_scholen"], d["n_ll"])),
        ("p", "De regio kent een mix van stedelijke kernen en kleine dorpen. In de dorpen is de school "
              "vaak de laatste voorziening; een kleine school met minder dan honderd leerlingen is "
              "eerder regel dan uitzondering. In de kernen zien we grotere scholen met een "
              "diverse leerlingpopulatie, waaronder een groeiend aantal nieuwkomers. Het aantal "
              "leerlingen daalt licht: de prognoses gaan uit van een krimp van ongeveer vier procent "
              "in de komende planperiode. Dat heeft gevolgen voor de formatie van scholen en voor de "
              "middelen die het verband van het Rijk ontvangt, en het vraagt dat we zuinig omgaan met "
              "wat er is."),
        ("p", "De besturen verschillen sterk in omvang: van een eenpitter met één school tot een "
              "stichting met meer dan twintig scholen. Ook de denominaties lopen uiteen: openbaar, "
              "katholiek, protestants-christelijk, algemeen bijzonder en reformatorisch. Het verband "
              "respecteert die verscheidenheid en zoekt steeds naar afspraken die voor alle besturen "
              "uitvoerbaar zijn."),
    ]
    if extra:
        blocks += extra
    return blocks


def f_visie(d):
    return [
        ("h1", d.get("h_visie", "Waar we voor staan")),
        ("p", "Onze missie is eenvoudig te zeggen en lastig te doen: elk kind in %s krijgt onderwijs "
              "dat past, zo dicht mogelijk bij huis, met de steun die het nodig heeft. We geloven dat "
              "kinderen het meest leren in een omgeving waar ze gezien worden, en dat leraren het "
              "beste onderwijs geven als zij zich gesteund weten door collega's, de schoolleiding en "
              "het verband." % d["regio"]),
        ("p", "Vier waarden geven richting aan ons werk. Ten eerste: het kind centraal. Niet de "
              "regels of het budget, maar de ontwikkeling van de leerling bepaalt wat we doen. Ten "
              "tweede: vertrouwen. Scholen kennen hun leerlingen het best; het verband faciliteert en "
              "stelt alleen kaders waar dat nodig is. Ten derde: samen. Ouders, school, gemeente en "
              "zorg zijn partners; niemand lost het alleen op. Ten vierde: eenvoud. Procedures moeten "
              "begrijpelijk zijn voor wie ermee te maken krijgt."),
        ("p", "Dat betekent niet dat alles kan. De middelen zijn begrensd en sommige kinderen hebben "
              "meer nodig dan een reguliere school kan bieden. Het verband maakt dan keuzes. We willen "
              "die keuzes transparant maken, zodat scholen en ouders weten waar ze aan toe zijn. "
              "Passend onderwijs is voor ons geen project maar een manier van werken die in de "
              "haarvaten van de scholen zit."),
        ("p", "Onze ambitie voor deze planperiode vatten we samen in drie woorden: dichtbij, "
              "deskundig en duidelijk. Dichtbij, omdat ondersteuning zoveel mogelijk in de eigen "
              "klas moet plaatsvinden. Deskundig, omdat leraren recht hebben op goede begeleiding en "
              "scholing. Duidelijk, omdat iedereen moet kunnen begrijpen hoe het verband werkt. In de "
              "hoofdstukken hierna werken we uit wat dat betekent."),
    ]


def f_governance(d):
    return [
        ("h1", d.get("h_gov", "Wie bepaalt wat? Bestuur en toezicht")),
        ("p", "Het verband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder "
              "die verantwoordelijk is voor de dagelijkse leiding en de uitvoering van dit plan. Het "
              "intern toezicht ligt bij een raad van toezicht van vijf leden, van wie drie worden "
              "voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. De raad "
              "van toezicht keurt onder meer de begroting, het jaarverslag en dit ondersteuningsplan "
              "goed."),
        ("p", "Naast de raad van toezicht kent het verband een algemene vergadering van schoolbesturen. "
              "Daarin hebben alle aangesloten besturen zitting. De algemene vergadering bespreekt de "
              "koers van het verband en adviseert de directeur-bestuurder gevraagd en ongevraagd. "
              "Drie keer per jaar is er een directeurenoverleg per subregio, waar schoolleiders "
              "ervaringen uitwisselen en signalen ophalen voor het verband."),
        ("p", "Het bureau van het verband telt ongeveer %s fte, bestaande uit de directeur-"
              "bestuurder, een beleidsmedewerker, een controller, een managementassistent en "
              "een team van consulenten en orthopedagogen. Het bureau is gehuisvest in %s." %
              (d["fte"], d["vestiging"])),
        ("p", "Het verband werkt met een governancecode die aansluit bij de code goed bestuur van de "
              "sectorraad. Belangenverstrengeling wordt voorkomen doordat de directeur-bestuurder "
              "geen functie bij een aangesloten schoolbestuur vervult. Jaarlijks evalueert de raad "
              "van toezicht zijn eigen functioneren."),
    ]


def f_opr(d, with_parents=True):
    if with_parents:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders (of, in het "
                "voortgezet onderwijs, ouders en leerlingen) en vier personeelsleden, afgevaardigd "
                "vanuit de medezeggenschapsraden van de aangesloten scholen. ")
    else:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit acht leden die worden afgevaardigd "
                "vanuit de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h2", "Medezeggenschap"),
        ("p", comp + "De OPR heeft instemmingsrecht op dit ondersteuningsplan en op elke wijziging "
              "ervan. De OPR vergadert zes keer per jaar met de directeur-bestuurder. De leden "
              "ontvangen een vergoeding en kunnen scholing volgen."),
        ("p", "De OPR heeft op %s ingestemd met dit plan. Daarnaast heeft het verband een eigen "
              "medezeggenschapsraad voor het personeel van het bureau. Geschillen over de "
              "instemming kunnen worden voorgelegd aan de Landelijke Commissie voor Geschillen WMS." %
              d["opr_datum"]),
    ]


def f_oogo(d):
    return [
        ("h1", d.get("h_oogo", "Samen met de gemeenten")),
        ("p", "Passend onderwijs en jeugdhulp raken elkaar op veel plekken. Daarom voeren het verband "
              "en de gemeenten %s op overeenstemming gericht overleg (OOGO) over dit plan en over "
              "het jeugdbeleid van de gemeenten. Het OOGO over het concept van dit plan vond plaats op "
              "%s. De gemeenten hebben schriftelijk laten weten dat het overleg tot overeenstemming "
              "heeft geleid." % (d["gemeenten"], d["oogo_datum"])),
        ("p", "Op de gezamenlijke agenda staan onder meer leerlingenvervoer, onderwijshuisvesting, "
              "de aansluiting tussen schoolondersteuning en jeugdhulp, de overgangen tussen "
              "onderwijssoorten, thuiszitters, en de inzet van schoolmaatschappelijk werk. De "
              "afspraken worden uitgewerkt in een gezamenlijke uitvoeringsagenda die jaarlijks wordt "
              "bijgesteld. Voor geschillen die in het OOGO niet kunnen worden opgelost, is een "
              "regeling afgesproken waarbij een onafhankelijke voorzitter bemiddelt."),
        ("p", "Het verband heeft ook overleg gevoerd met het %s-verband waarvan het gebied overlapt. "
              "Dat overleg ging vooral over de overstap van groep 8 naar de brugklas, over "
              "leerlingen die tussen wal en schip dreigen te vallen bij die overstap, en over de "
              "gezamenlijke inzet richting gemeenten." % ("VO" if d["sector"] == "po" else "PO")),
    ]


def f_personeel(d):
    return [
        ("h1", d.get("h_pers", "Mensen maken het verschil")),
        ("p", "Passend onderwijs staat of valt met de mensen die het uitvoeren. Het lerarentekort "
              "raakt ook onze regio: op sommige scholen staan groepen wekelijks zonder vaste "
              "leerkracht, en specialisten zoals orthopedagogen en logopedisten zijn moeilijk te "
              "vinden. Het verband kan dat probleem niet oplossen, maar wel bijdragen aan een "
              "aantrekkelijk werkklimaat."),
        ("p", "Het verband biedt een scholingsaanbod voor leraren, intern begeleiders, "
              "ondersteuningscoördinatoren en onderwijsassistenten. Het aanbod wordt elk jaar samen "
              "met de scholen vastgesteld. Terugkerende onderwerpen zijn gedrag in de klas, "
              "omgaan met trauma, hoogbegaafdheid, taalontwikkeling en samenwerken met ouders. "
              "Daarnaast organiseren we netwerkbijeenkomsten waar collega's van verschillende "
              "scholen casussen bespreken."),
        ("p", "Voor het eigen personeel van het bureau geldt de cao van de sector. Consulenten en "
              "orthopedagogen hebben jaarlijks een ontwikkelgesprek en volgen intervisie. Het "
              "verband hanteert een functiebouwwerk dat in 2024 is herzien. Bij vacatures zoeken we "
              "nadrukkelijk naar mensen met ervaring in de klas."),
        ("p", "Werkdruk is een terugkerend onderwerp in de gesprekken met de OPR. Het verband zal "
              "bij nieuwe procedures steeds toetsen of de administratieve last voor scholen "
              "beperkt blijft. Formulieren die niet nodig zijn, schaffen we af."),
    ]


def f_privacy(d):
    return [
        ("h1", d.get("h_priv", "Privacy en digitale dossiers")),
        ("p", "Het verband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
              "arrangementen en bij besluiten over toelaatbaarheid. Dat doen we volgens de AVG en "
              "de regels in de onderwijswetgeving. Het verband heeft een functionaris "
              "gegevensbescherming aangesteld die gedeeld wordt met twee andere verbanden in de "
              "provincie."),
        ("p", "Dossiers worden uitgewisseld via een beveiligde digitale omgeving. Alleen medewerkers "
              "die de gegevens nodig hebben voor hun taak, hebben toegang. Gegevens die nodig zijn "
              "voor een besluit bewaren we tot drie jaar na dat besluit; daarna worden ze "
              "vernietigd. Een privacyreglement en een verwerkingsregister liggen ter inzage op het "
              "bureau."),
        ("p", "In de planperiode vervangen we het huidige aanvraagsysteem door een nieuwe applicatie "
              "die beter aansluit op de leerlingvolgsystemen van de scholen. De migratie staat "
              "gepland voor het schooljaar 2026-2027. Scholen worden tijdig geïnformeerd en "
              "krijgen een korte training."),
    ]


def f_planning(d):
    return [
        ("h1", d.get("h_plan", "Hoe dit plan tot stand kwam")),
        ("p", "Dit plan is in ruim een jaar tijd tot stand gekomen. In het voorjaar van 2024 hebben "
              "we het vorige plan met scholen en besturen besproken. Daarna volgden werkgroepen per "
              "thema, een conferentie met directeuren en twee klankbordavonden."),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in algemene vergadering", d["av_datum"]],
                   ["OOGO met gemeenten", d["oogo_datum"]],
                   ["Instemming ondersteuningsplanraad", d["opr_datum"]],
                   ["Vaststelling door directeur-bestuurder, goedkeuring raad van toezicht", d["vast_datum"]],
                   ["Toezending aan de inspectie", "vóór 1 mei 2025"]]),
        ("p", "Het plan geldt voor de schooljaren %s. Jaarlijks stelt de directeur-bestuurder een "
              "jaarplan en een jaarbegroting op waarin de activiteiten voor dat jaar staan. Het "
              "jaarplan wordt besproken met de OPR en de algemene vergadering. Als tussentijds "
              "wijzigingen nodig zijn, volgen we dezelfde procedure als bij de vaststelling van dit "
              "plan." % d["periode_lang"]),
    ]


# ---------------------------------------------------------------------------
# Plan 1: PO, .docx - "De Veenlanden"
# ---------------------------------------------------------------------------
D1 = dict(naam="Samenwerkingsverband Passend Primair De Veenlanden", regio="De Veenlanden",
          sector="po", code="PO 29-14", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
          gemeenten="Veendam-Noord, Lindewold en Oosterpeel", besturen=11, n_scholen=41,
          n_ll="9.800", directeur="M. (Marijke) Hoekstra", fte="14", vestiging="Lindewold",
          opr_datum="11 maart 2025", oogo_datum="4 februari 2025", av_datum="14 januari 2025",
          vast_datum="25 maart 2025", h_plan="Van concept tot besluit")


def plan1():
    d = D1
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Passend Primair De Veenlanden (PO 29-14)",
                    "Elk kind een plek die past",
                    "Versie ter vaststelling, maart 2025"])]
    b.append(("toc", [
        "1 Voorwoord", "2 Ons verband in vogelvlucht", "3 Waar we voor staan",
        "4 Wat elke school in huis heeft", "5 Als een kind meer nodig heeft",
        "6 Naar een speciale (basis)school", "7 Samen met de gemeenten", "8 Geld en middelen",
        "9 Communicatie", "10 Mensen maken het verschil", "11 Privacy en digitale dossiers",
        "12 Van concept tot besluit", "13 Kwaliteit en resultaten",
        "Bijlage 1 Begrippenlijst", "Bijlage 5 Meerjarenbegroting 2025-2029",
        "Bijlage 6 Kwaliteitskader: beoogde en bereikte resultaten"]))
    b += f_voorwoord(d)
    b += f_context(d)
    b += f_visie(d)
    b += [
        ("h1", "Wat elke school in huis heeft"),
        ("p", "Ouders vragen ons vaak: wat mag ik van de school van mijn kind verwachten als het even "
              "niet gaat? Het antwoord staat in dit hoofdstuk. Alle elf besturen hebben afgesproken "
              "dat iedere school en iedere vestiging in De Veenlanden hetzelfde minimum aan "
              "ondersteuning biedt. Dat minimum noemen we de basisondersteuning. Een school mag meer "
              "doen, maar nooit minder. Voor de basisondersteuning hoeft een school geen aanvraag bij "
              "het verband te doen en hoeven ouders niets te regelen."),
        ("p", "Concreet betekent dit dat u op elke school in ons verband het volgende aantreft:"),
        ("ul", [
            "een intern begeleider die minimaal twee dagdelen per week beschikbaar is voor overleg "
            "met leraren en ouders;",
            "een leerlingvolgsysteem waarmee de school de ontwikkeling van ieder kind twee keer per "
            "jaar in beeld brengt, en groepsbesprekingen na elke meetperiode;",
            "een dyslexieprotocol en een dyscalculieprotocol, inclusief hulpmiddelen zoals "
            "voorleessoftware en extra tijd bij toetsen;",
            "een aanpak voor sociale veiligheid en pesten, met een aanspreekpunt en een jaarlijkse "
            "meting van het welbevinden van leerlingen;",
            "aanbod voor kinderen die meer aankunnen dan de gewone lesstof, zoals verrijkingswerk "
            "en compacten;",
            "een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met de intern "
            "begeleider, de consulent van het verband en, als dat nodig is, de jeugdverpleegkundige "
            "of de schoolmaatschappelijk werker;",
            "een ontwikkelingsperspectief (OPP) voor kinderen die op een eigen leerlijn werken, "
            "dat de school met de ouders bespreekt;",
            "afspraken over medisch handelen en over het geven van medicijnen onder schooltijd;",
            "een warme overdracht bij de overstap naar een andere school of naar het voortgezet "
            "onderwijs."]),
        ("p", "Elke school beschrijft in haar schoolondersteuningsprofiel en in de schoolgids hoe zij "
              "deze afspraken invult. Het verband bekijkt eens per twee jaar met iedere school aan de "
              "hand van een kwaliteitskaart of de basisondersteuning op orde is. Blijkt dat niet zo "
              "te zijn, dan maakt de school samen met haar bestuur een verbeterplan, en de consulent "
              "van het verband kijkt na een half jaar mee of het is gelukt."),
        ("h1", "Als een kind meer nodig heeft"),
        ("p", "Soms is de basisondersteuning niet genoeg. Dan kijken we samen welke extra "
              "ondersteuning nodig is. Ons uitgangspunt: zo licht als het kan, zo zwaar als het moet, "
              "en zo dicht mogelijk bij huis. We onderscheiden vier treden."),
        ("ol", [
            "Extra ondersteuning op de eigen school: de school vraagt via het OT een arrangement "
            "aan, bijvoorbeeld extra begeleiding door een onderwijsassistent, een gedragsspecialist "
            "die meekijkt in de klas of een aangepast lesprogramma. De consulent van het verband "
            "kan een arrangement direct toekennen tot een waarde van acht weken begeleiding.",
            "Bovenschoolse voorzieningen: het verband heeft een Taalklas voor jonge nieuwkomers in "
            "Lindewold, een plusklas voor hoogbegaafde kinderen op drie locaties, en een "
            "observatiegroep waar kinderen maximaal twaalf weken kunnen verblijven terwijl wordt "
            "onderzocht wat zij nodig hebben.",
            "Speciaal basisonderwijs: drie sbo-scholen (De Brug, Het Kompas en De Wissel) bieden "
            "kleinere groepen en meer specialistische begeleiding.",
            "Speciaal onderwijs: twee so-scholen voor cluster 3 en cluster 4 in de regio, en "
            "plaatsen op so-scholen buiten de regio voor kinderen met een zeer specifieke "
            "ondersteuningsvraag."]),
        ("p", "Tussen de treden is beweging mogelijk in beide richtingen. Kinderen uit de "
              "observatiegroep gaan in de meeste gevallen terug naar hun eigen school, met een "
              "arrangement."),
        ("h2", "Waar het nog schuurt"),
        ("p", "Een dekkend aanbod betekent dat er voor ieder kind een passende plek is. Dat is niet "
              "altijd zo. Daarom maakt het verband elk jaar in oktober met de besturen een analyse "
              "van de plekken waar het aanbod tekortschiet: welke kinderen zijn niet of niet "
              "passend geplaatst, waar zijn wachtlijsten, en welke vragen kon niemand beantwoorden? "
              "Op basis van die analyse spreekt de algemene vergadering in december af welke "
              "voorziening wordt uitgebreid of opgezet."),
        ("p", "Uit de analyse van 2024 bleek dat er geen passende plek is voor jonge kinderen (vier "
              "tot zeven jaar) die zowel intensieve zorg als onderwijs nodig hebben. Vanaf augustus "
              "2026 starten we daarom samen met een zorgaanbieder en de gemeente Lindewold een "
              "onderwijs-zorggroep voor acht kinderen."),
        ("p", "Voor kinderen die thuiszitten geldt de afspraak 'binnen tien schooldagen aan tafel'. "
              "Elke school meldt een leerling die langer dan twee weken niet naar school gaat bij de "
              "leerplichtambtenaar en bij de consulent van het verband. Binnen tien schooldagen "
              "volgt een overleg met ouders, school, leerplicht en zo nodig jeugdhulp, waarin een "
              "plan voor terugkeer wordt gemaakt. Lukt het niet om binnen zes weken een oplossing te "
              "vinden, dan beslist de directeur-bestuurder welke school of voorziening de leerling "
              "tijdelijk opvangt; de besturen hebben hem die doorzettingsmacht gegeven."),
        ("h1", "Naar een speciale (basis)school"),
        ("p", "Een kind kan alleen naar het speciaal basisonderwijs (sbo) of het speciaal onderwijs "
              "(so) als het verband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. Zo'n "
              "verklaring vraagt de school aan waar het kind is ingeschreven, of, bij een nieuwe "
              "leerling, de school waar het kind is aangemeld. Ouders kunnen niet zelf een TLV "
              "aanvragen, maar worden bij elke stap betrokken."),
        ("h2", "Hoe gaat het in zijn werk?"),
        ("ol", [
            "De school bespreekt de situatie in het OT, met de ouders erbij. Samen stellen zij vast "
            "dat de ondersteuning op de eigen school en met arrangementen niet voldoende is.",
            "De school vult het groeidocument aan met het OPP, de evaluaties van de geboden "
            "ondersteuning en de zienswijze van de ouders, en dient de aanvraag digitaal in bij het "
            "Loket van het verband.",
            "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
            "Twee deskundigen geven ieder een eigen, schriftelijk advies: altijd een orthopedagoog "
            "of psycholoog, en daarnaast, afhankelijk van het kind, een maatschappelijk werker, "
            "een kinderpsychiater, een pedagoog of een arts. Deskundigen die de aanvraag hebben "
            "voorbereid, adviseren niet.",
            "De Commissie Toelaatbaarheid neemt binnen zes weken na ontvangst van het complete "
            "dossier een besluit. Ouders en school ontvangen het besluit en een afschrift van beide "
            "adviezen."]),
        ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren; een TLV voor het so wordt "
              "afgegeven tot het einde van het schooljaar waarin het kind twaalf jaar wordt, in "
              "bekostigingscategorie laag, midden of hoog."),
        ("h2", "Wanneer komt een kind in aanmerking?"),
        ("p", "Welke kinderen toelaatbaar zijn tot het sbo of het so, bepaalt de commissie per "
              "situatie. De afwegingskaders die de commissie daarbij gebruikt, worden in het eerste "
              "planjaar samen met de sbo- en so-scholen herijkt en daarna op de website van het "
              "verband gepubliceerd."),
        ("h2", "En daarna?"),
        ("p", "Een plek op een speciale school hoeft niet voor altijd te zijn. Ons beleid is dat "
              "kinderen terugkeren naar een reguliere basisschool zodra dat verantwoord kan, het "
              "liefst in de eigen wijk of het eigen dorp. Voorwaarde is dat het OPP laat zien dat "
              "het kind de doelen haalt die nodig zijn om in een grotere groep mee te doen, en dat "
              "er een school is die met een arrangement de juiste begeleiding kan bieden. "
              "Terugplaatsing is geen doel op zich: als een kind langer op het sbo of so beter af "
              "is, blijft het daar."),
        ("p", "De sbo- of so-school evalueert het OPP elk jaar in juni met de ouders. In het laatste "
              "jaar van de TLV meldt de school vóór 1 maart aan het Loket of zij terugplaatsing, "
              "overplaatsing naar een andere speciale school of verlenging voorstelt. Bij "
              "terugplaatsing zoeken ouders en school samen een reguliere basisschool; de consulent "
              "helpt daarbij. Het kind begint dan met een proefperiode van zes weken waarin het "
              "deels op de oude en deels op de nieuwe school is. Na de proefperiode besluit de "
              "Commissie Toelaatbaarheid of de TLV eindigt. Bij verlenging volgt een nieuwe "
              "aanvraag volgens de stappen hierboven."),
        ("p", "De ontvangende school krijgt na terugplaatsing een terugkeerarrangement van het "
              "verband: een jaar lang vier uur per week begeleiding door een leerkracht van de "
              "sbo- of so-school, zodat de overgang niet te groot wordt."),
        ("h2", "Niet eens met het besluit?"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit over "
              "toelaatbaarheid. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die het verband adviseert over het bezwaar."),
    ]
    b += f_oogo(d)
    b += [
        ("h1", "Geld en middelen"),
        ("p", "Het verband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Een "
              "deel daarvan houdt DUO direct in voor de leerlingen die op het so zitten; ook de "
              "kosten van het sbo boven de twee procent van het leerlingaantal betaalt het verband. "
              "Wat overblijft verdelen we volgens een model dat de algemene vergadering in 2024 "
              "heeft vastgesteld."),
        ("p", "Het uitgangspunt van het verdeelmodel is dat het geld zoveel mogelijk naar de scholen "
              "gaat. Ieder bestuur ontvangt voor elke school een vaste voet van € 12.000 en "
              "daarnaast € 165 per leerling, gerekend naar het aantal leerlingen op de teldatum "
              "1 oktober van het voorgaande jaar. Dit schoolbudget wordt in vier termijnen "
              "uitbetaald. Arrangementen en bovenschoolse voorzieningen betaalt het verband uit "
              "een apart arrangementenbudget; de consulent of de Commissie Toelaatbaarheid kent "
              "ze toe op basis van de aanvraag van de school. De verdeling wordt jaarlijks in "
              "december door de algemene vergadering bevestigd."),
        ("p", "Besturen verantwoorden in hun jaarverslag en in een korte vragenlijst van het verband "
              "wat zij met het schoolbudget hebben gedaan. Het overzicht van alle baten en lasten "
              "van het verband over de planperiode is opgenomen in de meerjarenbegroting "
              "2025-2029 in bijlage 5."),
        ("h1", "Communicatie"),
        ("p", "Goede informatie voorkomt veel teleurstelling. We willen dat ouders weten welke "
              "ondersteuning er is en hoe ze die kunnen krijgen, ook als ze de weg in het onderwijs "
              "niet goed kennen of de Nederlandse taal niet goed spreken."),
        ("ul", [
            "Op de website staat een ouderpagina met uitleg over basisondersteuning, arrangementen, "
            "het Loket en de TLV-procedure, met korte filmpjes.",
            "De ouderfolder 'Wat als mijn kind meer nodig heeft?' is verkrijgbaar in het "
            "Nederlands, Arabisch, Pools en Tigrinya en ligt op elke school.",
            "Elke school verwijst in de schoolgids en het schoolondersteuningsprofiel naar de "
            "ondersteuning van het verband.",
            "Twee keer per jaar organiseren we een informatieavond voor ouders in Lindewold en in "
            "Oosterpeel.",
            "Ouders kunnen de consulent van hun school rechtstreeks bellen of mailen."]),
        ("p", "Soms hebben ouders behoefte aan iemand die los van school en verband met hen meedenkt. "
              "Het verband financiert daarom het Ouder- en Jeugdsteunpunt De Veenlanden, dat "
              "onafhankelijk werkt en is ondergebracht bij een stichting voor cliëntondersteuning. "
              "Het steunpunt is op werkdagen telefonisch bereikbaar, beantwoordt vragen binnen "
              "twee werkdagen en kan een ouder begeleiden naar gesprekken op school. Ouders kunnen "
              "ook terecht bij de Onderwijsconsulenten, en bij een klacht over het verband bij de "
              "landelijke klachtencommissie waarbij wij zijn aangesloten."),
    ]
    b += f_personeel(d)
    b += f_governance(d)
    b += f_opr(d)
    b += f_privacy(d)
    b += f_planning(d)
    b += [
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Het verband wil leren van wat het doet. Een kwaliteitskader met de beoogde resultaten "
              "per speerpunt en de manier waarop we die volgen, wordt in het eerste planjaar "
              "opgesteld en daarna als bijlage 6 aan dit plan toegevoegd. Tot die tijd blijft het "
              "kader van het vorige plan van toepassing."),
        ("pagebreak", None),
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("glossary", [
            ("Basisondersteuning", "de afgesproken ondersteuning die elke school in het verband "
             "minimaal biedt"),
            ("Beoogde resultaten", "de resultaten die het verband met passend onderwijs wil "
             "bereiken, vastgelegd in het kwaliteitskader"),
            ("Dekkend aanbod", "een geheel van voorzieningen waarin voor ieder kind een passende "
             "plek is"),
            ("Meerjarenbegroting", "overzicht van baten en lasten voor vier jaar"),
            ("OJSP", "ouder- en jeugdsteunpunt"),
            ("OPP", "ontwikkelingsperspectief"),
            ("Terugplaatsing", "de overstap van een leerling van sbo of so naar een reguliere "
             "basisschool"),
            ("TLV", "toelaatbaarheidsverklaring"),
            ("Verdeelmodel", "de regels waarmee het verband middelen over de scholen verdeelt"),
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 2: VO, .pdf - "Rivierenland-Oost"
# ---------------------------------------------------------------------------
D2 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost", regio="Rivierenland-Oost",
          sector="vo", code="VO 26-08", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
          gemeenten="Maasbeek, Tielerwaard en Wijkeroord", besturen=7, n_scholen=16,
          n_ll="11.400", directeur="drs. J.P. (Jan-Pieter) van Dalen", fte="18", vestiging="Tielerwaard",
          opr_datum="18 februari 2025", oogo_datum="28 januari 2025", av_datum="9 december 2024",
          vast_datum="4 maart 2025", h_visie="Eén leerling, één route", h_gov="Organisatie en zeggenschap",
          h_oogo="Gemeenten en jeugdhulp", h_pers="Vakmanschap en professionalisering")


def plan2():
    d = D2
    b = [("title", ["Koersplan passend onderwijs 2025-2029",
                    "Ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs "
                    "Rivierenland-Oost (VO 26-08)",
                    "Vastgesteld op 4 maart 2025"])]
    b.append(("toc", [
        "1 Voorwoord", "2 Ons verband in vogelvlucht", "3 Eén leerling, één route",
        "4 De ondergrens: wat elke school biedt", "5 Van lichte naar intensieve ondersteuning",
        "6 Toegang tot vso, lwoo en praktijkonderwijs", "7 Terugplaatsing en overplaatsing",
        "8 Wat kost het en wie betaalt?", "9 Wat we willen bereiken en hoe we dat volgen",
        "10 Informatie voor ouders en leerlingen", "11 Gemeenten en jeugdhulp",
        "12 Organisatie en zeggenschap", "13 Vakmanschap en professionalisering",
        "14 Privacy en digitale dossiers", "15 Hoe dit plan tot stand kwam",
        "Bijlage A Afkortingen en begrippen", "Bijlage B De twaalf bouwstenen basisondersteuning",
        "Bijlage C Ouder- en jeugdsteunpunt"]))
    b += f_voorwoord(d)
    b += f_context(d, extra=[
        ("p", "In het verband zitten twaalf scholen voor vmbo, havo en vwo (waarvan negen met "
              "leerwegondersteunend onderwijs), twee scholen voor praktijkonderwijs en twee "
              "vso-scholen. Daarnaast is er één orthopedagogisch-didactisch centrum (OPDC)."),
    ])
    b += f_visie(d)
    b += [
        ("h1", "De ondergrens: wat elke school biedt"),
        ("p", "In 2024 hebben de zeven besturen het regionale Ondergrensprofiel vastgesteld. Daarin "
              "staat het niveau van basisondersteuning dat iedere vestiging van iedere school in "
              "Rivierenland-Oost ten minste biedt, ongeacht leerweg of denominatie. Een school die "
              "onder dat niveau zit, kan geen beroep doen op middelen voor extra ondersteuning "
              "zolang de basis niet op orde is."),
        ("p", "Het Ondergrensprofiel bestaat uit twaalf bouwstenen. De uitwerking van die bouwstenen "
              "is opgenomen in bijlage B. Welke voorzieningen een school daarnaast aanbiedt, leest u "
              "in het schoolondersteuningsprofiel van de school, dat via de website van iedere school "
              "te vinden is."),
        ("h1", "Van lichte naar intensieve ondersteuning"),
        ("p", "Het ondersteuningsaanbod in Rivierenland-Oost is opgebouwd als een doorlopende reeks. "
              "Hoe intensiever de ondersteuning, hoe kleiner de groep leerlingen die haar nodig heeft. "
              "We onderscheiden de volgende niveaus."),
        ("table", [
            ["Niveau", "Wat", "Waar", "Toegang"],
            ["1 Basis", "Ondersteuning volgens het Ondergrensprofiel", "Elke vestiging",
             "Geen aanvraag nodig"],
            ["2 Extra op school", "Ondersteuningsklas, trajectvoorziening, faalangst- en "
             "examenvreestrainingen, begeleiding door een ambulant begeleider", "Eigen school",
             "Besluit ondersteuningsteam van de school"],
            ["3 Bovenschools tijdelijk", "OPDC De Overstap: maximaal 12 maanden, kleine groepen, "
             "daarna terug naar een reguliere school", "Tielerwaard", "Plaatsingsoverleg OPDC"],
            ["4 Lwoo en praktijkonderwijs", "Leerwegondersteuning binnen vmbo; praktijkonderwijs "
             "op twee locaties", "Negen vmbo-scholen; pro Maasbeek en Wijkeroord",
             "Aanwijzing lwoo / TLV pro door het verband"],
            ["5 Voortgezet speciaal onderwijs", "Vso cluster 3 en 4, uitstroomprofielen "
             "vervolgonderwijs, arbeid en dagbesteding", "Twee vso-scholen, plus vso buiten de regio",
             "TLV vso door het verband"],
        ]),
        ("p", "Tussen de niveaus bestaan overgangsarrangementen, bijvoorbeeld voor een leerling die "
              "vanuit het OPDC met begeleiding instroomt op een havo-afdeling. Daarnaast kent het "
              "verband onderwijs-zorgarrangementen die samen met de gemeenten worden gefinancierd, "
              "voor leerlingen die naast onderwijs ook jeugdhulp onder schooltijd nodig hebben."),
        ("p", "Of het aanbod op alle plekken voldoende is, weten we nog niet precies. Een analyse van "
              "witte vlekken en een aanpak voor leerlingen voor wie geen passende plek beschikbaar "
              "is, werken we in de loop van 2026 uit; tot die tijd gelden de bestaande afspraken "
              "tussen de besturen."),
        ("h1", "Toegang tot vso, lwoo en praktijkonderwijs"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Voor plaatsing op een vso-school is een toelaatbaarheidsverklaring (TLV) van het "
              "verband nodig. De aanvraag loopt als volgt:"),
        ("ol", [
            "De school waar de leerling staat ingeschreven (of, bij een nieuwe leerling, waar hij is "
            "aangemeld) bespreekt de ondersteuningsbehoefte in het ondersteuningsteam, samen met "
            "ouders en leerling.",
            "De school stuurt de aanvraag met het groeidocument, het OPP, de evaluatie van de "
            "geboden ondersteuning en de zienswijze van ouders en leerling naar het "
            "Toewijzingsloket.",
            "Een orthopedagoog of psycholoog van het verband en een tweede deskundige (afhankelijk "
            "van de leerling een jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater) "
            "geven ieder afzonderlijk schriftelijk advies.",
            "De Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige "
            "aanvraag en stelt ook de bekostigingscategorie (laag, midden of hoog) en de duur van "
            "de TLV vast; een TLV geldt maximaal drie schooljaren."]),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: "
              "(a) de leerling heeft een ondersteuningsbehoefte die zo intensief of specialistisch "
              "is dat die niet binnen de basis- en extra ondersteuning van een reguliere school of "
              "in het OPDC kan worden geboden; (b) de school heeft aantoonbaar ten minste een half "
              "jaar handelingsgericht gewerkt met een OPP en dit geëvalueerd; (c) beide deskundigen "
              "onderbouwen dat het vso de ondersteuning kan bieden die nodig is. Bij een "
              "crisissituatie kan de commissie van voorwaarde (b) afwijken."),
        ("h2", "Leerwegondersteunend onderwijs"),
        ("p", "Het verband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 met een "
              "leerachterstand van 25 tot 50 procent op ten minste twee van de vier domeinen "
              "(inclusief begrijpend lezen of rekenen), of een IQ tussen 91 en 120 met een "
              "leerachterstand op ten minste één domein en sociaal-emotionele problematiek. De "
              "vmbo-school dient de aanvraag in vóór 1 februari van het jaar van instroom; de "
              "Commissie Toewijzing besluit binnen vier weken. De aanwijzing geldt voor de hele "
              "vmbo-periode."),
        ("h2", "Praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van ten minste drie jaar op twee of meer domeinen, waaronder "
              "begrijpend lezen of inzichtelijk rekenen. De basisschool of de pro-school dient de "
              "aanvraag in bij het Toewijzingsloket; de Commissie Toewijzing geeft, na advies van "
              "een orthopedagoog, een TLV pro af voor de gehele schoolloopbaan."),
        ("h1", "Terugplaatsing en overplaatsing"),
        ("p", "Welke afspraken wij maken over de terugkeer van leerlingen uit het vso naar het "
              "regulier voortgezet onderwijs, werken we in het eerste planjaar samen met de twee "
              "vso-scholen uit. Het resultaat wordt als addendum aan dit plan toegevoegd."),
        ("h1", "Wat kost het en wie betaalt?"),
        ("p", "Het verband ontvangt jaarlijks ongeveer € 14,6 miljoen aan rijksbijdragen: middelen "
              "voor lichte ondersteuning (waaronder lwoo en praktijkonderwijs) en voor zware "
              "ondersteuning. Van het budget voor zware ondersteuning houdt DUO de bekostiging van "
              "vso-leerlingen in."),
        ("h2", "Zo verdelen we"),
        ("ul", [
            "Middelen voor lwoo en praktijkonderwijs gaan volledig door naar de besturen, naar rato "
            "van het aantal aangewezen leerlingen op 1 oktober.",
            "Elk bestuur ontvangt een schoolbudget van € 95 per leerling (teldatum 1 oktober) voor "
            "extra ondersteuning op niveau 2.",
            "Het OPDC wordt bekostigd met een vast bedrag per plaats (€ 14.500 per jaar voor 48 "
            "plaatsen).",
            "Onderwijs-zorgarrangementen en individuele arrangementen worden toegekend door de "
            "Commissie Toewijzing uit een centraal budget, op basis van een aanvraag met OPP."]),
        ("p", "Besturen leggen jaarlijks vóór 1 juli verantwoording af over de besteding van het "
              "schoolbudget in een vast format. Het weerstandsvermogen van het verband ligt boven "
              "de signaleringswaarde; het bovenmatige deel van de reserve (€ 1,1 miljoen) zetten we "
              "in de planperiode in voor de uitbreiding van het OPDC en voor scholing."),
        ("h2", "Meerjarenbegroting"),
        ("table", [
            ["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Baten rijksbijdragen", "14.620", "14.480", "14.310", "14.150"],
            ["Afdracht vso via DUO", "-4.210", "-4.150", "-4.100", "-4.060"],
            ["Doorbetaling lwoo en pro aan besturen", "-6.050", "-5.980", "-5.900", "-5.830"],
            ["Schoolbudgetten niveau 2", "-1.085", "-1.070", "-1.055", "-1.040"],
            ["OPDC De Overstap", "-696", "-725", "-725", "-725"],
            ["Arrangementen en onderwijs-zorgarrangementen", "-820", "-840", "-850", "-850"],
            ["Bureau, Toewijzingsloket en deskundigen", "-1.210", "-1.230", "-1.250", "-1.270"],
            ["Scholing en kennisdeling", "-250", "-250", "-180", "-150"],
            ["Resultaat", "+299", "-1.235", "-1.530", "-1.775"],
        ]),
        ("p", "De negatieve resultaten vanaf 2026 zijn een bewuste keuze: ze worden gedekt uit de "
              "bovenmatige reserve."),
        ("h1", "Wat we willen bereiken en hoe we dat volgen"),
        ("p", "In de vorige planperiode daalde het percentage leerlingen in het vso van 4,1 naar "
              "3,7 procent (landelijk 3,6). De gemiddelde doorlooptijd van een TLV-aanvraag "
              "bedroeg 31 werkdagen. Voor de nieuwe periode hebben we de volgende doelen gesteld."),
        ("table", [
            ["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
            ["Leerlingen krijgen sneller duidelijkheid", "Doorlooptijd TLV-aanvraag",
             "31 werkdagen", "maximaal 25 werkdagen"],
            ["Meer leerlingen halen een diploma binnen het regulier onderwijs",
             "Aandeel leerlingen met niveau 2-arrangement dat regulier diplomeert",
             "71%", "80%"],
            ["Ouders zijn tevreden over de ondersteuning",
             "Tevredenheid ouders (tweejaarlijkse peiling, schaal 1-10)", "6,8", "7,5"],
            ["Deelname vso daalt verder, zonder dat leerlingen tussen wal en schip vallen",
             "Deelnamepercentage vso op 1 oktober", "3,7%", "3,4%"],
        ]),
        ("p", "Het bureau verzamelt de gegevens twee keer per jaar uit de leerlingadministraties, de "
              "registratie van het Toewijzingsloket en DUO. De resultaten worden besproken in de "
              "kwaliteitsgesprekken die de directeur-bestuurder in het voorjaar met ieder bestuur "
              "voert, en gerapporteerd in het jaarverslag. Als een indicator twee jaar achter elkaar "
              "achterblijft, stelt het bestuur een verbeterplan op dat met de OPR wordt besproken."),
        ("h1", "Informatie voor ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten makkelijk kunnen vinden wat er mogelijk is. Het verband "
              "informeert hen op de volgende manieren:"),
        ("ul", [
            "de website met een aparte rubriek 'Voor ouders en leerlingen', waar onder meer het "
            "ondersteuningsaanbod per school, de routes naar lwoo, pro en vso en de contactgegevens "
            "van het Toewijzingsloket staan;",
            "de brochure 'Ouderwijzer' die alle ouders van leerlingen in groep 8 ontvangen via de "
            "basisschool, met uitleg over de ondersteuning in het voortgezet onderwijs;",
            "de schoolgids van iedere school, waarin de ondersteuning van die school en de link "
            "naar het schoolondersteuningsprofiel staan;",
            "informatiebijeenkomsten in het najaar voor ouders van leerlingen die mogelijk lwoo of "
            "praktijkonderwijs nodig hebben."]),
        ("p", "Een onafhankelijk ouder- en jeugdsteunpunt is in voorbereiding. Zodra het wettelijk "
              "kader definitief is, maken we bekend waar ouders en leerlingen terechtkunnen; de "
              "beoogde opzet staat in bijlage C."),
    ]
    b += f_oogo(d)
    b += f_governance(d)
    b += f_opr(d)
    b += f_personeel(d)
    b += f_privacy(d)
    b += f_planning(d)
    b += [
        ("pagebreak", None),
        ("h1", "Bijlage A Afkortingen en begrippen"),
        ("glossary", [
            ("LWOO", "leerwegondersteunend onderwijs"),
            ("OJSP", "ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en leerlingen"),
            ("OPDC", "orthopedagogisch-didactisch centrum"),
            ("PrO", "praktijkonderwijs"),
            ("Terugplaatsing", "terugkeer van een vso-leerling naar het regulier voortgezet "
             "onderwijs na afloop van de TLV"),
            ("Thuiszitter", "leerplichtige jongere die zonder geldige reden niet naar school gaat"),
            ("TLV", "toelaatbaarheidsverklaring"),
            ("Zorgplicht", "de plicht van een schoolbestuur om een aangemelde leerling met "
             "extra ondersteuningsbehoefte een passende plek te bieden"),
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 3: PO, .pdf - "Zuidelijke Heuvelrug"
# ---------------------------------------------------------------------------
D3 = dict(naam="Stichting Passend Onderwijs Zuidelijke Heuvelrug", regio="de Zuidelijke Heuvelrug",
          sector="po", code="PO 26-17", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
          gemeenten="Heuvelberg, Doornwaard en Amerongen-Zuid", besturen=9, n_scholen=34,
          n_ll="7.250", directeur="C. (Chantal) Verbeek", fte="11", vestiging="Doornwaard",
          opr_datum="3 april 2025", oogo_datum="12 maart 2025", av_datum="5 februari 2025",
          vast_datum="15 april 2025", h_context="Wie zijn wij?", h_visie="Onze koers",
          h_priv="Zorgvuldig met gegevens")


def plan3():
    d = D3
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    "Stichting Passend Onderwijs Zuidelijke Heuvelrug (PO 26-17)",
                    "Concept voor instemming OPR - maart 2025"])]
    b.append(("toc", [
        "1 Voorwoord", "2 Wie zijn wij?", "3 Onze koers", "4 Iedere school een stevige basis",
        "5 Niemand buiten de boot", "6 Wanneer een speciale school?",
        "7 Terug naar de school om de hoek", "8 Wat we willen bereiken", "9 Ouders",
        "10 Financiën en meerjarenbegroting", "11 Samen met de gemeenten",
        "12 Bestuur, toezicht en medezeggenschap", "13 Mensen maken het verschil",
        "14 Zorgvuldig met gegevens", "15 Hoe dit plan tot stand kwam", "Begrippenlijst"]))
    b += f_voorwoord(d)
    b += [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan volgt de onderwerpen die de wet voor een ondersteuningsplan noemt. Na een "
              "korte kennismaking met het verband en onze koers beschrijven we in hoofdstuk 4 de "
              "basisondersteuning en in hoofdstuk 5 het samenhangende aanbod van voorzieningen. "
              "Hoofdstuk 6 en 7 gaan over de toelaatbaarheid tot het speciaal (basis)onderwijs en "
              "over de terugkeer naar het basisonderwijs. In hoofdstuk 8 staan de resultaten die we "
              "willen bereiken. Hoofdstuk 9 beschrijft hoe wij ouders informeren over de "
              "ondersteuningsmogelijkheden en waar zij terechtkunnen voor onafhankelijk advies. "
              "Hoofdstuk 10 geeft het verdeelmodel en de meerjarenbegroting. De hoofdstukken daarna "
              "gaan over de samenwerking met gemeenten, de organisatie en het personeel."),
    ]
    b += f_context(d)
    b += f_visie(d)
    b += [
        ("h1", "Iedere school een stevige basis"),
        ("p", "In ons verband hebben de besturen samen bepaald welk niveau van ondersteuning alle "
              "basisscholen, op al hun locaties, minimaal waarmaken. Dat noemen we de "
              "basisondersteuning. Scholen mogen daarboven uitstijgen; het schoolondersteuningsprofiel "
              "laat zien hoe. Onderstaande tabel is de afspraak zoals die voor alle 31 reguliere "
              "basisscholen geldt."),
        ("table", [
            ["Onderwerp", "Wat elke school ten minste biedt"],
            ["Lezen en spraak", "Dyslexieprotocol met signalering vanaf groep 2, extra leestijd "
             "drie keer per week voor zwakke lezers, voorleessoftware vanaf groep 5"],
            ["Rekenen", "Protocol ernstige rekenproblemen, hulpmiddelen (tafelkaart, rekenmachine) "
             "waar het OPP dat aangeeft"],
            ["Gedrag en welbevinden", "Schoolbrede aanpak positief gedrag, anti-pestcoördinator, "
             "jaarlijkse meting sociale veiligheid, korte time-out-plek in de school"],
            ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en groep 5, compacten en "
             "verrijken in de eigen groep"],
            ["Taal en nieuwkomers", "Extra woordenschatprogramma, NT2-materialen, tolk bij "
             "oudergesprekken"],
            ["Structuur", "Intern begeleider (minimaal 0,4 fte per 200 leerlingen), "
             "ondersteuningsteam zes keer per jaar met consulent van het verband"],
            ["Werkwijze", "Handelingsgericht werken, groepsplannen of groepsoverzichten, OPP voor "
             "leerlingen met een eigen leerlijn"],
            ["Fysiek en medisch", "Protocol medicijnverstrekking en medisch handelen, "
             "rolstoeltoegankelijke begane grond"],
        ]),
        ("h1", "Niemand buiten de boot"),
        ("p", "Ons verband wil een samenhangend geheel van ondersteuning bieden: van de "
              "basisondersteuning in elke klas, via arrangementen op de eigen school en bovenschoolse "
              "groepen, tot het speciaal basisonderwijs en het speciaal onderwijs. Het schema "
              "hieronder laat zien hoe het aanbod is opgebouwd."),
        ("ul", [
            "Basisondersteuning: op elke school, zie hoofdstuk 4.",
            "Arrangement op school: een onderwijsassistent, een gedragsspecialist of een "
            "logopedist in de klas voor een periode van drie tot twaalf maanden, aangevraagd via "
            "het ondersteuningsteam.",
            "Bovenschoolse groepen: de Kangoeroegroep voor hoogbegaafde leerlingen (één dag per "
            "week, vier locaties), de Taalbrug voor nieuwkomers in Doornwaard en de Schakelgroep "
            "voor kinderen die tijdelijk niet in een grote groep kunnen functioneren.",
            "Speciaal basisonderwijs: sbo De Regenboog in Heuvelberg en sbo Het Baken in "
            "Doornwaard.",
            "Speciaal onderwijs: so-school De Linde (cluster 3) en so De Horst (cluster 4), "
            "beide met een afdeling voor jonge kinderen."]),
        ("p", "Een dekkend aanbod houdt niet op bij de schooldeur. Het verband houdt een "
              "wachtlijstregister bij van kinderen die op een plek wachten en van kinderen die "
              "niet of maar gedeeltelijk naar school gaan. Elke zes weken bespreekt de "
              "thuiszitterstafel - met leerplicht, het verband, jeugdhulp en de betrokken "
              "besturen - ieder kind op die lijst. Voor elk kind wordt een regisseur aangewezen die "
              "binnen vier weken met een voorstel komt. Eén keer per jaar analyseren we het "
              "register: staan er steeds kinderen met dezelfde vraag op, dan werkt het bureau een "
              "voorstel uit voor een nieuwe voorziening. Zo is in 2024 besloten tot de Schakelgroep."),
        ("p", "Besturen dragen samen de zorgplicht. Kan een school een aangemelde leerling geen "
              "passende plek bieden, dan zoekt zij samen met de consulent een andere school "
              "binnen het verband; de consulent bewaakt dat dit binnen de wettelijke termijn van "
              "zes plus vier weken lukt."),
        ("h1", "Wanneer een speciale school?"),
        ("p", "Niet elk kind dat extra ondersteuning nodig heeft, hoort op een speciale school. "
              "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs is mogelijk "
              "als aan alle drie de volgende voorwaarden is voldaan:"),
        ("ol", [
            "de leerling heeft ten minste een jaar een arrangement op de eigen school gehad, dat "
            "twee keer is geëvalueerd en onvoldoende effect had;",
            "de leerling heeft een didactische achterstand van meer dan anderhalf jaar op twee of "
            "meer vakgebieden, of een ondersteuningsbehoefte op het gebied van gedrag of werkhouding "
            "die in een groep van meer dan twintig leerlingen niet kan worden geboden;",
            "de leerling is naar verwachting gebaat bij de kleinere groep en de specialistische "
            "aanpak van het sbo."]),
        ("p", "Voor het speciaal onderwijs geldt bovendien dat de ondersteuningsbehoefte zo "
              "intensief is dat het sbo die niet kan bieden, bijvoorbeeld bij een ernstige "
              "verstandelijke beperking (cluster 3), een ernstige lichamelijke beperking of "
              "langdurige ziekte, of ernstige gedrags- of psychiatrische problematiek (cluster 4). "
              "In de TLV voor het so staat ook de bekostigingscategorie: laag voor de meeste "
              "leerlingen in cluster 4 en met een verstandelijke beperking, midden voor leerlingen "
              "met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met een "
              "meervoudige beperking."),
        ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en wie er beslist, staat in het "
              "Handboek Toewijzing op de website van het verband."),
        ("h1", "Terug naar de school om de hoek"),
        ("p", "Wij vinden dat een kind in het sbo of so terug moet kunnen naar een reguliere "
              "basisschool zodra het daar met passende begeleiding verder kan. Dat is geen "
              "automatisme: de ontwikkeling en het welbevinden van het kind wegen het zwaarst. "
              "Een terugplaatsing komt in beeld als de leerling volgens het OPP de doelen voor "
              "zijn leerlijn haalt, als hij zich in de groep staande houdt zonder dagelijkse "
              "individuele begeleiding, en als er een basisschool in de buurt is die met een "
              "arrangement kan bieden wat nodig is."),
        ("p", "Na een terugplaatsing krijgt de basisschool een jaar lang ambulante begeleiding van "
              "de sbo- of so-school (gemiddeld drie uur per week) en, als dat nodig is, een "
              "arrangement voor een onderwijsassistent. Zo voorkomen we dat een kind na een paar "
              "maanden toch weer vastloopt."),
        ("p", "De stappen en de verdeling van verantwoordelijkheden bij terugplaatsing leggen we "
              "vast in een protocol dat in het voorjaar van 2026 met de sbo- en so-scholen wordt "
              "afgerond."),
        ("h1", "Wat we willen bereiken"),
        ("p", "Voor deze planperiode hebben we de volgende beoogde resultaten afgesproken. Ze zijn "
              "gekoppeld aan de drie woorden uit onze koers: dichtbij, deskundig, duidelijk."),
        ("table", [
            ["Nr.", "Beoogd resultaat in 2029"],
            ["1", "Het deelnamepercentage so daalt van 2,1% naar 1,8%; het sbo blijft onder 2%."],
            ["2", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod."],
            ["3", "90% van de arrangementen op school wordt binnen vier weken na de aanvraag gestart."],
            ["4", "Alle scholen voldoen aantoonbaar aan de afspraken over basisondersteuning."],
            ["5", "Jaarlijks keren ten minste tien leerlingen vanuit sbo of so terug naar een "
                  "reguliere basisschool."],
        ]),
        ("p", "Hoe en wanneer we meten of we deze resultaten halen, en hoe we daarover rapporteren, "
              "leggen we vast in het kwaliteitszorgplan dat het bestuur in 2026 vaststelt."),
        ("h1", "Ouders"),
        ("p", "[Dit hoofdstuk wordt aangevuld na de consultatieronde met de OPR en de "
              "klankbordgroep. Tekst volgt.]"),
        ("h1", "Financiën en meerjarenbegroting"),
        ("p", "De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting 2025-2029, "
              "volgt na de begrotingsbehandeling in de raad van toezicht van juni 2025. p.m."),
    ]
    b += f_oogo(d)
    b += [("h1", "Bestuur, toezicht en medezeggenschap")]
    b += f_governance(d)[1:]
    b += f_opr(d, with_parents=False)
    b += f_personeel(d)
    b += f_privacy(d)
    b += f_planning(d)
    b += [
        ("pagebreak", None),
        ("h1", "Begrippenlijst"),
        ("glossary", [
            ("Bekostigingscategorie", "laag, midden of hoog; bepaalt de bekostiging van een "
             "leerling in het so"),
            ("Informatievoorziening ouders", "de manier waarop het verband ouders informeert over "
             "de ondersteuningsmogelijkheden, onder meer via website en ouderfolder"),
            ("Meerjarenbegroting", "begroting voor de vier jaren van de planperiode"),
            ("Ouder- en jeugdsteunpunt (OJSP)", "onafhankelijk steunpunt waar ouders en jongeren "
             "terechtkunnen met vragen en bij onenigheid met school of verband"),
            ("Terugplaatsing", "overstap van sbo of so naar het reguliere basisonderwijs"),
            ("Verdeelmodel", "de afspraken over de verdeling van de ondersteuningsmiddelen"),
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 4: VO, .docx - "Lek & Linge"
# ---------------------------------------------------------------------------
D4 = dict(naam="Samenwerkingsverband VO Lek & Linge", regio="Lek & Linge",
          sector="vo", code="VO 27-11", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
          gemeenten="Lekkerdal, Lingehof, Schoonrede en Everdingen-West", besturen=6, n_scholen=13,
          n_ll="8.900", directeur="R. (Rachid) el Amrani", fte="16", vestiging="Lingehof",
          opr_datum="25 februari 2025", oogo_datum="6 februari 2025", av_datum="16 januari 2025",
          vast_datum="11 maart 2025", h_context="Wie we zijn", h_visie="Waarom we doen wat we doen",
          h_gov="Zo is het verband georganiseerd", h_oogo="Jeugdhulp, leerplicht en gemeenten")


def plan4():
    d = D4
    b = [("title", ["Ondersteuningsplan Samenwerkingsverband VO Lek & Linge",
                    "Planperiode 1 augustus 2025 - 31 juli 2029",
                    "Registratienummer VO 27-11"])]
    b.append(("toc", [
        "1 Voorwoord", "2 Wie we zijn", "3 Waarom we doen wat we doen", "4 Basisondersteuning",
        "5 Passend onderwijs in vier lagen", "6 Van aanvraag tot besluit",
        "7 Jeugdhulp, leerplicht en gemeenten", "8 Geld en middelen",
        "9 Zo houden we u op de hoogte", "10 Kwaliteitszorg en verantwoording",
        "11 Zo is het verband georganiseerd", "12 Mensen maken het verschil",
        "13 Privacy en digitale dossiers", "14 Hoe dit plan tot stand kwam", "15 Afkortingenlijst",
        "Bijlage 2 Kader Basisondersteuning VO Lek & Linge (apart document)"]))
    b += f_voorwoord(d)
    b += f_context(d, extra=[
        ("p", "Het verband telt tien scholen voor regulier voortgezet onderwijs, waarvan zeven met "
              "een vmbo-afdeling, één school voor praktijkonderwijs en twee scholen voor voortgezet "
              "speciaal onderwijs. Ongeveer 40 procent van de leerlingen volgt vmbo."),
    ])
    b += f_visie(d)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De afspraken over basisondersteuning zijn vastgelegd in het Kader Basisondersteuning "
              "VO Lek & Linge (bijlage 2), dat gelijktijdig met dit plan aan de OPR wordt voorgelegd."),
        ("h1", "Passend onderwijs in vier lagen"),
        ("p", "Het ondersteuningsaanbod in Lek & Linge kent vier lagen. Elke laag heeft een eigen "
              "ingang, maar een leerling hoeft niet per se alle lagen te doorlopen: soms is "
              "direct een zwaardere voorziening nodig, en wie op een zwaardere voorziening zit, kan "
              "terug naar een lichtere."),
        ("p", "Laag 1 is de ondersteuning binnen de school. Wat daartoe behoort, staat in bijlage 2."),
        ("p", "Laag 2 is extra ondersteuning op de eigen school. Iedere school heeft een "
              "ondersteuningsloket (de interne zorgroute) met een ondersteuningscoördinator en een "
              "zorgadviesteam. Met het schoolbudget van het verband kan de school bijvoorbeeld een "
              "rustruimte met begeleiding, een Trajectklas, een coach voor leerlingen met autisme of "
              "een aangepast rooster bieden."),
        ("p", "Laag 3 bestaat uit de bovenschoolse voorzieningen: het Rebound-traject (maximaal "
              "dertien weken, voor leerlingen die tijdelijk niet in de klas kunnen functioneren), "
              "het OPDC Lingehof (tot twee jaar, voor leerlingen in de onderbouw vmbo die "
              "kleinschalig onderwijs nodig hebben), de Internationale Schakelklas (ISK) voor "
              "nieuwkomers en de Plusroute voor hoogbegaafde leerlingen die op hun eigen school "
              "vastlopen. Het leerwegondersteunend onderwijs en het praktijkonderwijs rekenen we "
              "ook tot deze laag."),
        ("p", "Laag 4 is het voortgezet speciaal onderwijs: vso De Kade (cluster 4) en vso Het "
              "Anker (cluster 3), en plaatsen op vso-scholen buiten de regio."),
        ("h2", "Thuiszitters en leerlingen zonder passende plek"),
        ("p", "Het verband houdt samen met de leerplichtafdelingen van de vier gemeenten een "
              "maandelijkse lijst bij van jongeren die niet of maar gedeeltelijk naar school gaan. "
              "Iedere jongere op die lijst krijgt een casusregisseur van het verband. Is er na zes "
              "weken nog geen oplossing, dan gaat de casus naar het Doorbraakoverleg van de "
              "directeur-bestuurder en de wethouders onderwijs, dat bindende afspraken kan maken "
              "over plaatsing en financiering. Twee keer per jaar bekijken we welke vragen steeds "
              "terugkomen; dat leidde in de vorige periode tot de oprichting van de Plusroute en "
              "tot uitbreiding van het Rebound-traject."),
        ("p", "Schoolbesturen hebben samen afgesproken hoe zij hun zorgplicht waarmaken: een school "
              "die een aangemelde leerling niet kan plaatsen, zorgt via de Plaatsingstafel binnen "
              "tien weken voor een passend aanbod op een andere school in het verband."),
        ("h1", "Van aanvraag tot besluit"),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "Plaatsing in het vso is alleen mogelijk met een TLV. Het Centraal Toewijzingspunt "
              "(CTP) van het verband neemt dat besluit."),
        ("table", [
            ["Stap", "Wie", "Wat", "Termijn"],
            ["1", "School van inschrijving", "Bespreekt de vraag met ouders en leerling in het "
             "zorgadviesteam en vult het groeidocument aan", "-"],
            ["2", "School", "Dient aanvraag in bij het CTP met OPP, evaluaties en zienswijze van "
             "ouders en leerling", "-"],
            ["3", "Twee deskundigen", "Orthopedagoog of GZ-psycholoog plus tweede deskundige, ieder "
             "met eigen schriftelijk advies", "binnen 3 weken"],
            ["4", "CTP", "Besluit over toelaatbaarheid, duur en bekostigingscategorie",
             "binnen 6 weken na complete aanvraag"],
            ["5", "CTP", "Stuurt besluit en adviezen naar ouders en school", "binnen 5 werkdagen"],
        ]),
        ("p", "Het CTP verklaart een leerling toelaatbaar tot het vso als: de ondersteuning in "
              "laag 2 en laag 3 is ingezet en geëvalueerd en onvoldoende is gebleken; de leerling "
              "structureel een kleine groep met specialistische begeleiding nodig heeft; en de "
              "deskundigen bevestigen dat het vso een passend perspectief biedt. Een TLV wordt "
              "afgegeven voor twee schooljaren, of tot het einde van de opleiding als de "
              "ondersteuningsbehoefte naar verwachting blijvend is."),
        ("p", "Ouders die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken. "
              "Het verband vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
        ("h2", "Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en praktijkonderwijs volgt het verband de landelijke criteria. De "
              "aanvraag wordt vóór 1 februari ingediend door de vo-school van aanmelding, met het "
              "onderwijskundig rapport en de testgegevens. Het CTP besluit binnen vier weken. De "
              "aanwijzing lwoo geldt voor de gehele vmbo-opleiding; de TLV pro geldt voor de "
              "gehele schoolloopbaan."),
        ("h2", "Als de TLV afloopt"),
        ("p", "In het laatste jaar van een TLV bespreekt de vso-school vóór 1 februari met ouders en "
              "leerling de evaluatie van het OPP. De school stelt daarna aan het CTP voor: "
              "verlenging, overplaatsing naar een andere vso-school, of terugplaatsing naar het "
              "regulier vo. Het CTP besluit binnen vier weken. Bij terugplaatsing meldt de vso-"
              "school de leerling, met instemming van de ouders, aan bij een reguliere vo-school; "
              "de TLV eindigt op 31 juli van dat schooljaar. Bij verlenging is een nieuwe aanvraag "
              "met twee deskundigenadviezen nodig."),
        ("p", "Wat het verband met terugplaatsing wil bereiken, onder welke voorwaarden en met welke "
              "begeleiding na terugkeer, leggen we in 2026 vast in een notitie over "
              "terugplaatsingsbeleid."),
    ]
    b += f_oogo(d)
    b += [
        ("h1", "Geld en middelen"),
        ("p", "Het verband kiest voor een schoolmodel: het grootste deel van het geld gaat naar de "
              "besturen, die het inzetten waar hun scholen dat nodig vinden. Het verband houdt "
              "alleen middelen achter voor wat scholen niet alleen kunnen: bovenschoolse "
              "voorzieningen, het CTP en de thuiszittersaanpak."),
        ("p", "De verdeling is als volgt. De rijksmiddelen voor lichte ondersteuning gaan voor 100 "
              "procent naar de besturen, naar rato van het aantal lwoo- en pro-leerlingen op 1 "
              "oktober. Van de middelen voor zware ondersteuning gaat, na aftrek van de afdracht "
              "voor het vso, een bedrag van € 120 per leerling naar de besturen (teldatum 1 "
              "oktober). Daarnaast krijgt iedere school met minder dan 600 leerlingen een vaste voet "
              "van € 25.000. Het restant financiert de bovenschoolse voorzieningen. De raad van "
              "toezicht keurt de verdeling jaarlijks goed bij de begroting."),
        ("table", [
            ["Meerjarenbegroting (bedragen in €)", "2025-2026", "2026-2027", "2027-2028", "2028-2029"],
            ["Rijksbijdrage lichte ondersteuning", "6.310.000", "6.240.000", "6.180.000", "6.120.000"],
            ["Rijksbijdrage zware ondersteuning", "5.870.000", "5.800.000", "5.740.000", "5.690.000"],
            ["Afdracht vso (DUO)", "3.460.000", "3.420.000", "3.390.000", "3.360.000"],
            ["Doorbetaling lichte ondersteuning aan besturen", "6.310.000", "6.240.000",
             "6.180.000", "6.120.000"],
            ["Bedrag per leerling en vaste voet aan besturen", "1.218.000", "1.205.000",
             "1.192.000", "1.180.000"],
            ["Rebound, OPDC, ISK en Plusroute", "845.000", "860.000", "860.000", "860.000"],
            ["CTP, casusregie en deskundigen", "310.000", "315.000", "320.000", "325.000"],
            ["Bureau en overhead", "240.000", "244.000", "248.000", "252.000"],
            ["Saldo", "-203.000", "-244.000", "-270.000", "-287.000"],
        ]),
        ("p", "De tekorten worden gedekt uit de algemene reserve, die daarmee eind 2029 uitkomt op "
              "het niveau van de signaleringswaarde. Besturen rapporteren jaarlijks vóór 1 mei hoe "
              "zij de middelen hebben ingezet."),
        ("h1", "Zo houden we u op de hoogte"),
        ("p", "Wij willen dat ouders en leerlingen precies weten waar ze aan toe zijn. Daarom:"),
        ("ul", [
            "staat op onze website een overzicht per school van de ondersteuning in laag 1 tot en "
            "met 4, met een zoekfunctie op ondersteuningsvraag;",
            "ontvangt iedere ouder van een leerling in groep 8 in het najaar een brief met de "
            "ondersteuningsmogelijkheden in het voortgezet onderwijs, in eenvoudige taal;",
            "houden we elk jaar in november twee ouderavonden over lwoo, praktijkonderwijs en vso;",
            "staat in de schoolgids van iedere school een vaste paragraaf over passend onderwijs "
            "met een verwijzing naar het verband;",
            "kunnen ouders het CTP op werkdagen bellen met vragen over een aanvraag."]),
        ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en "
              "Jeugdsteunpunt Lek & Linge. Het steunpunt is ondergebracht bij de stichting MEE en "
              "werkt los van scholen en verband. Medewerkers denken mee, gaan desgewenst mee naar "
              "gesprekken en helpen bij een klacht of geschil. Daarnaast verwijzen wij naar de "
              "Onderwijsconsulenten en naar de Geschillencommissie passend onderwijs voor "
              "geschillen over toelating, verwijdering en het OPP."),
        ("h1", "Kwaliteitszorg en verantwoording"),
        ("p", "Het verband werkt met een jaarlijkse kwaliteitscyclus. In september verzamelt het "
              "bureau de gegevens over het afgelopen schooljaar: aantallen TLV's, aanwijzingen lwoo "
              "en pro, deelnamepercentages, doorlooptijden, thuiszitters en de tevredenheid van "
              "ouders en scholen. In november bespreken we die gegevens per bestuur in een "
              "kwaliteitsgesprek. In het jaarverslag (mei) rapporteren we de uitkomsten aan raad van "
              "toezicht, OPR en gemeenten."),
        ("p", "In de vorige planperiode nam het aantal thuiszitters af van 41 naar 23. Het "
              "deelnamepercentage vso daalde van 3,9 naar 3,5 procent. De gemiddelde doorlooptijd "
              "van een TLV-aanvraag was 27 werkdagen. 84 procent van de ouders gaf aan tevreden te "
              "zijn over de informatie van het verband."),
        ("p", "Welke resultaten we in deze planperiode willen bereiken, formuleren we in het eerste "
              "planjaar samen met de OPR en de besturen; ze worden opgenomen in het jaarplan "
              "2026-2027."),
    ]
    b += f_governance(d)
    b += f_opr(d)
    b += f_personeel(d)
    b += f_privacy(d)
    b += f_planning(d)
    b += [
        ("pagebreak", None),
        ("h1", "Afkortingenlijst"),
        ("glossary", [
            ("BO", "basisondersteuning: het afgesproken niveau van ondersteuning dat elke school "
             "biedt, met onder meer mentoraat, dyslexiebegeleiding, faalangsttraining en een "
             "ondersteuningscoördinator"),
            ("CTP", "Centraal Toewijzingspunt"),
            ("ISK", "Internationale Schakelklas"),
            ("OPDC", "orthopedagogisch-didactisch centrum"),
            ("OJSP", "ouder- en jeugdsteunpunt"),
            ("TLV", "toelaatbaarheidsverklaring"),
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 5: PO, .html (web version) - "Kop van de Polder"
# ---------------------------------------------------------------------------
D5 = dict(naam="Samenwerkingsverband Primair Onderwijs Kop van de Polder", regio="de Kop van de Polder",
          sector="po", code="PO 21-19", periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029",
          gemeenten="Polderhaven, Nieuw-Sluys en Westerkoog", besturen=8, n_scholen=37,
          n_ll="8.100", directeur="E. (Esther) Brouwer-Kuipers", fte="12", vestiging="Polderhaven",
          opr_datum="20 maart 2025", oogo_datum="26 februari 2025", av_datum="29 januari 2025",
          vast_datum="2 april 2025", h_voorwoord="Een woord vooraf", h_context="Over ons",
          h_visie="Waar we naartoe willen", h_gov="Hoe we georganiseerd zijn",
          h_pers="Onze mensen", h_plan="Hoe dit plan tot stand kwam en hoe we verder gaan")


def plan5():
    d = D5
    b = [("title", ["Ondersteuningsplan 2025-2029 (webversie)",
                    "Samenwerkingsverband Primair Onderwijs Kop van de Polder - PO 21-19",
                    "Deze webversie is gelijk aan het vastgestelde plan. Laatst bijgewerkt: 2 april 2025."])]
    b.append(("toc", [
        "Een woord vooraf", "Over ons", "Waar we naartoe willen",
        "Wat mag u van elke school verwachten?", "Toelaatbaarheid speciaal (basis)onderwijs",
        "Terug naar het basisonderwijs", "Geld: wat komt binnen en waar gaat het heen?",
        "Wat we willen bereiken en hoe we dat bijhouden", "Vragen, hulp en meepraten", "Hoe we georganiseerd zijn", "Onze mensen",
        "Privacy en digitale dossiers", "Hoe dit plan tot stand kwam en hoe we verder gaan",
        "Woordenlijst"]))
    b += f_voorwoord(d)
    b += f_context(d)
    b += f_visie(d)
    b += [
        ("h1", "Terugblik op 2021-2025"),
        ("p", "Het vorige plan stond in het teken van 'de consulent dichtbij'. Iedere school kreeg een "
              "vaste consulent van het verband, die minstens zes keer per jaar aanschuift bij het "
              "ondersteuningsteam. Scholen waarderen die vaste gezichten: in de evaluatie van 2024 "
              "noemden bijna alle intern begeleiders de consulent als het belangrijkste resultaat van "
              "de afgelopen jaren. Tegelijk merkten we dat de consulenten veel tijd kwijt waren aan "
              "administratie. In deze planperiode willen we die tijd teruggeven aan het gesprek met "
              "leraren en ouders."),
        ("p", "Minder goed ging het met de scholing. Het aanbod was breed, maar de opkomst wisselde "
              "sterk. Vooral kleine scholen konden leraren moeilijk vrijroosteren. We kiezen daarom "
              "voortaan voor scholing op de eigen school of in clusters van drie of vier scholen, op "
              "momenten die aansluiten bij de studiedagen van de besturen."),
        ("p", "Ook de samenwerking tussen de besturen is gegroeid. Waar het verband in 2014 vooral "
              "werd gezien als een loket dat geld verdeelt, is het nu een plek waar directeuren en "
              "bestuurders elkaar opzoeken. Het directeurenoverleg per subregio werd in de coronatijd "
              "digitaal voortgezet en is daarna in gewijzigde vorm gebleven: afwisselend op een "
              "school en online. Die werkwijze houden we vast."),
        ("p", "Het bureau van het verband verhuisde in 2023 naar een kleiner pand in het centrum van "
              "Polderhaven, dicht bij het station en goed bereikbaar voor ouders zonder auto. In "
              "hetzelfde gebouw zitten het wijkteam en de bibliotheek, wat korte lijnen oplevert. De "
              "huurlasten daalden daardoor met ongeveer een derde. Het vrijgekomen geld is "
              "grotendeels naar de scholen gegaan. Ook de website werd vernieuwd: die is nu beter "
              "leesbaar op een telefoon en voldoet aan de richtlijnen voor digitale toegankelijkheid."),
        ("h1", "Leerlingen aan het woord"),
        ("p", "Kinderen zijn de belangrijkste ervaringsdeskundigen. Voor dit plan hebben we in vijf "
              "scholen gesprekken gevoerd met kinderen uit groep 6 tot en met 8 over wat hen helpt "
              "om goed te leren. Wat we hoorden, was verrassend eenvoudig: een juf of meester die "
              "uitlegt waarom iets moet, een rustige plek om te werken, en niet steeds een andere "
              "volwassene voor de klas. Die boodschap nemen we mee in ons scholingsaanbod en in de "
              "gesprekken met de besturen over het lerarentekort."),
        ("p", "In de komende jaren willen we kinderen vaker vragen naar hun ervaringen. Scholen "
              "kunnen daarvoor een eenvoudige gesprekskaart van het verband gebruiken. Kinderen "
              "met een OPP worden altijd gehoord voordat het plan met hun ouders wordt besproken."),
        ("h1", "Wat er landelijk verandert"),
        ("p", "Dit plan verschijnt in een periode waarin er landelijk veel beweegt. De Wet versterking "
              "positie ouders en leerlingen in het passend onderwijs verandert de manier waarop "
              "scholen hun ondersteuning beschrijven: het schoolondersteuningsprofiel gaat op in de "
              "schoolgids, en leerlingen krijgen het recht om gehoord te worden over hun "
              "ontwikkelingsperspectief. Daarnaast werkt de minister aan een landelijke norm voor "
              "de ondersteuning die elke school moet bieden. Als die norm er komt, passen we onze "
              "eigen afspraken daarop aan."),
        ("p", "Ook de bekostiging van het primair onderwijs is vereenvoudigd. Scholen ontvangen "
              "hun geld nu per kalenderjaar en op basis van één teldatum. Voor het verband betekent "
              "dit dat de begroting op een andere manier wordt opgebouwd dan in het vorige plan. "
              "We houden de OPR en de besturen op de hoogte van de gevolgen."),
        ("p", "Tot slot vraagt de inspectie meer aandacht voor de manier waarop verbanden sturen op "
              "kwaliteit en verantwoording afleggen. Het inspectiebezoek van 2023 leverde geen "
              "herstelopdrachten op, maar wel een aantal aandachtspunten, onder meer over de "
              "vindbaarheid van informatie op onze website. Die aandachtspunten hebben we in dit "
              "plan verwerkt."),
        ("h1", "Wat mag u van elke school verwachten?"),
        ("p", "Alle acht besturen in de Kop van de Polder hebben afgesproken dat elke basisschool, "
              "op iedere locatie, hetzelfde basisniveau van ondersteuning biedt. Dat basisniveau is "
              "voor alle scholen gelijk en is de ondergrens: geen school mag eronder zitten. Ouders "
              "hoeven er niets voor aan te vragen."),
        ("p", "Welke voorzieningen, aanpakken en deskundigheid daar precies onder vallen, beschrijven "
              "we in de Kwaliteitskaart Basisondersteuning. Die kaart stellen we op met de intern "
              "begeleiders van alle scholen; ze verschijnt in het najaar van 2026."),
        ("h1", "Toelaatbaarheid speciaal (basis)onderwijs"),
        ("p", "De route naar het speciaal basisonderwijs en het speciaal onderwijs is vastgelegd in "
              "het Reglement Toelaatbaarheid 2025. U vindt het reglement op de downloadpagina van "
              "onze website."),
        ("h1", "Terug naar het basisonderwijs"),
        ("p", "Een plek in het sbo of so is voor veel kinderen de juiste plek, maar niet altijd "
              "voor altijd. Wij willen dat ieder kind dat op een speciale school zit, regelmatig de "
              "kans krijgt om terug te gaan naar een gewone basisschool, als het daar met hulp goed "
              "verder kan. Het kind en zijn thuissituatie staan daarbij voorop: terugplaatsing mag "
              "nooit een bezuiniging zijn."),
        ("p", "Voorwaarden voor een terugplaatsing zijn:"),
        ("ul", [
            "het kind maakt volgens het OPP voldoende voortgang om in een reguliere groep mee te "
            "doen;",
            "het kind kan zich met lichte begeleiding handhaven in een groep van 25 kinderen;",
            "ouders staan achter de stap;",
            "er is een basisschool die bereid is het kind op te nemen en daarvoor een plan maakt."]),
        ("p", "Zo gaat het in zijn werk. Elk jaar in januari bespreekt de sbo- of so-school bij "
              "ieder kind of terugplaatsing in beeld is. Is dat zo, dan nodigt de school de ouders "
              "en de consulent van het verband uit voor een terugplaatsingsgesprek vóór 1 maart. De "
              "consulent zoekt samen met de ouders een reguliere school. De sbo- of so-school en de "
              "nieuwe school maken een overdrachtsplan. Het kind start na de zomervakantie op de "
              "nieuwe school; in de laatste zes weken van het schooljaar zijn er wenmomenten. De "
              "directeur van het verband bevestigt schriftelijk dat de TLV per 31 juli eindigt."),
        ("p", "Na terugplaatsing betaalt het verband een terugkeerbudget van € 4.500 aan de nieuwe "
              "school voor begeleiding in het eerste jaar. De sbo- of so-school blijft een jaar "
              "beschikbaar voor advies. Na zes maanden evalueren ouders, school en consulent hoe het "
              "gaat."),
        ("h1", "Geld: wat komt binnen en waar gaat het heen?"),
        ("p", "Het verband ontvangt jaarlijks ruim € 7 miljoen van het Rijk. Daarvan gaat een groot "
              "deel direct naar het so, via een inhouding door DUO. Hieronder ziet u waar het geld "
              "in de komende jaren naartoe gaat."),
        ("table", [
            ["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
            ["Inkomsten ondersteuningsbudget", "7.240", "7.150", "7.060", "6.980"],
            ["Inhouding so door DUO", "2.610", "2.590", "2.570", "2.550"],
            ["Bekostiging sbo boven 2%", "690", "680", "660", "650"],
            ["Schoolbudgetten aan besturen", "2.950", "2.900", "2.860", "2.820"],
            ["Consulenten en orthopedagogen", "610", "620", "630", "640"],
            ["Terugkeerbudgetten", "45", "54", "63", "72"],
            ["Scholing en netwerken", "120", "120", "110", "100"],
            ["Bureau en bestuur", "260", "265", "270", "275"],
            ["Saldo", "-45", "-79", "-103", "-127"],
        ]),
        ("p", "Het negatieve saldo wordt gedekt uit de reserve, die boven de signaleringswaarde "
              "ligt."),
        ("p", "Het huidige verdeelmodel voor de schoolbudgetten wordt in 2025-2026 herzien. De nieuwe "
              "verdeelsleutel volgt in het voorjaar van 2026, na instemming van de OPR."),
        ("h1", "Wat we willen bereiken en hoe we dat bijhouden"),
        ("p", "Voor de leerlingen die extra ondersteuning nodig hebben, willen we in deze "
              "planperiode het volgende bereiken:"),
        ("table", [
            ["Wat we willen", "Hoe we het meten", "Nu (2024)", "In 2029"],
            ["Meer kinderen gaan naar een school dichtbij huis",
             "Deelnamepercentage sbo en so samen op 1 oktober", "4,2%", "3,8%"],
            ["Kinderen in sbo en so krijgen een eerlijke kans om terug te gaan",
             "Aantal terugplaatsingen per schooljaar", "6", "12"],
            ["Leraren voelen zich gesteund",
             "Tevredenheid leraren over de consulenten (schaal 1-10)", "7,0", "7,8"],
            ["Ouders voelen zich gehoord",
             "Tevredenheid ouders over de begeleiding (schaal 1-10)", "6,6", "7,5"],
        ]),
        ("p", "Het bureau houdt de cijfers bij in een dashboard dat elk kwartaal wordt bijgewerkt "
              "met gegevens van DUO en van de scholen. De tevredenheid meten we elk voorjaar met "
              "een korte vragenlijst. De directeur-bestuurder rapporteert twee keer per jaar aan "
              "de raad van toezicht en de OPR; in het jaarverslag staat per doel wat is bereikt. "
              "Lopen we achter, dan bespreken we met de scholen wat er anders moet."),
        ("h1", "Vragen, hulp en meepraten"),
        ("p", "Hoe weet u als ouder wat er mogelijk is? We informeren ouders via:"),
        ("ul", [
            "deze website, met een rubriek 'Voor ouders' en een ouderfolder om te downloaden;",
            "de schoolgids en het schoolondersteuningsprofiel van de school van uw kind;",
            "een inloopspreekuur van de consulenten, elke eerste woensdag van de maand in "
            "Polderhaven en Nieuw-Sluys;",
            "een nieuwsbrief voor ouders, vier keer per jaar."]),
        ("p", "Heeft u een vraag of een probleem en wilt u praten met iemand die niet van school of "
              "van het verband is? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt "
              "Polderland, dat onafhankelijk werkt en door de drie gemeenten en het verband samen "
              "wordt betaald. Ook de Onderwijsconsulenten kunnen u gratis helpen. Voor een klacht "
              "over het verband kunt u terecht bij de klachtencommissie waarbij wij zijn "
              "aangesloten."),
        ("p", "Ouders praten mee via de ondersteuningsplanraad en via de ouderklankbordgroep, die "
              "drie keer per jaar bijeenkomt."),
    ]
    b += f_governance(d)
    b += f_opr(d)
    b += f_personeel(d)
    b += f_privacy(d)
    b += f_planning(d)
    b += [
        ("h1", "Woordenlijst"),
        ("glossary", [
            ("Arrangement", "extra ondersteuning voor een leerling of groep, toegekend door het "
             "verband"),
            ("Dekkend aanbod", "het geheel van voorzieningen in het verband, zodat er voor ieder "
             "kind een passende plek is"),
            ("Thuiszitter", "leerplichtig kind dat niet naar school gaat"),
            ("TLV", "toelaatbaarheidsverklaring; nodig voor plaatsing in sbo of so"),
            ("Verdeelmodel", "regels voor de verdeling van de middelen over de besturen"),
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Near-miss: a school-level "ondersteuningsplan" of one basisschool (.docx)
# ---------------------------------------------------------------------------
def nearmiss():
    b = [("title", ["Ondersteuningsplan 2025-2026",
                    "Openbare Basisschool De Klimop, Lindewold",
                    "Onderdeel van het schoolplan - vastgesteld door de directie na advies van de MR"])]
    b.append(("toc", [
        "1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Klimop",
        "4 De vijf zorgniveaus", "5 Groepsbesprekingen en leerlingbesprekingen",
        "6 Extra ondersteuning via het samenwerkingsverband", "7 Toelaatbaarheid en verwijzing",
        "8 Ouders", "9 Middelen", "10 Resultaten en evaluatie", "11 Jaarplanning IB"]))
    b += [
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Klimop de ondersteuning aan onze "
              "leerlingen organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en "
              "ouders. Het sluit aan op ons schoolondersteuningsprofiel (SOP) en op het "
              "ondersteuningsplan van het samenwerkingsverband De Veenlanden, waar onze school bij "
              "is aangesloten. Het plan wordt elk schooljaar door de intern begeleider en de "
              "directeur geactualiseerd."),
        ("p", "De Klimop is een openbare basisschool met 212 leerlingen in negen groepen. De school "
              "staat in een wijk met veel jonge gezinnen; ongeveer een op de vijf leerlingen spreekt "
              "thuis ook een andere taal dan het Nederlands. Het team bestaat uit veertien leraren, "
              "twee onderwijsassistenten, een intern begeleider (0,6 fte) en een directeur."),
        ("h1", "Onze leerlingen"),
        ("p", "Jaarlijks brengen we in kaart welke ondersteuningsbehoeften er in de school zijn. In "
              "het schooljaar 2024-2025 hadden 23 leerlingen een ondersteuningsbehoefte op het gebied "
              "van lezen of spelling, 11 op het gebied van rekenen, 14 op het gebied van gedrag en "
              "werkhouding en 9 leerlingen kregen verrijking vanwege een ontwikkelingsvoorsprong. "
              "Vier leerlingen werkten met een ontwikkelingsperspectief (OPP)."),
        ("h1", "Basisondersteuning op De Klimop"),
        ("p", "Onze basisondersteuning voldoet aan de afspraken van het samenwerkingsverband. "
              "Concreet betekent dat op onze school: een dyslexieprotocol, een aanpak voor sociale "
              "veiligheid (Kanjertraining), een plusgroep op donderdagochtend, een "
              "leesverbeterprogramma in groep 3 en 4, en zes keer per jaar een ondersteuningsteam "
              "met de consulent van het samenwerkingsverband en de jeugdverpleegkundige."),
        ("h1", "De vijf zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Per niveau beschrijven we wat de leerkracht doet, "
              "wanneer de intern begeleider wordt ingeschakeld en wanneer externe hulp nodig is."),
        ("table", [
            ["Niveau", "Omschrijving", "Wie"],
            ["1", "Algemene zorg in de groep: differentiatie in drie niveaus volgens het "
             "groepsoverzicht", "Leerkracht"],
            ["2", "Extra zorg in de groep: verlengde instructie, extra oefening, korte "
             "interventies van zes weken", "Leerkracht"],
            ["3", "Speciale zorg na consultatie van de intern begeleider: handelingsplan, "
             "eventueel onderzoek", "Leerkracht en IB"],
            ["4", "Speciale zorg met externe deskundigen: bespreking in het ondersteuningsteam, "
             "aanvraag arrangement bij het samenwerkingsverband", "IB, OT, consulent"],
            ["5", "Verwijzing: aanvraag toelaatbaarheidsverklaring voor sbo of so", "Directie, "
             "IB, samenwerkingsverband"],
        ]),
        ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Na elke toetsperiode (februari en juni) voert de intern begeleider een "
              "groepsbespreking met iedere leerkracht. Daarin komen de resultaten van de groep, de "
              "groepsoverzichten en de leerlingen die opvallen aan de orde. Leerlingen die extra "
              "aandacht nodig hebben, worden daarna in een leerlingbespreking besproken. Ouders "
              "worden vooraf geïnformeerd als hun kind in een leerlingbespreking aan bod komt."),
        ("p", "De afspraken uit groeps- en leerlingbesprekingen worden vastgelegd in ParnasSys. De "
              "leerkracht evalueert de afspraken na zes tot acht weken. De intern begeleider houdt "
              "een overzicht bij van alle leerlingen op niveau 3 en hoger."),
        ("h1", "Extra ondersteuning via het samenwerkingsverband"),
        ("p", "Als de ondersteuning op school niet genoeg is, kan de school via het "
              "ondersteuningsteam een arrangement aanvragen bij het samenwerkingsverband. De "
              "consulent van het samenwerkingsverband denkt mee en kan een kortdurend arrangement "
              "direct toekennen. In 2024-2025 ontvingen wij arrangementen voor vijf leerlingen, "
              "vooral voor begeleiding door een gedragsspecialist."),
        ("h1", "Toelaatbaarheid en verwijzing"),
        ("p", "Soms komt een school tot de conclusie dat een leerling beter op zijn plek is op een "
              "school voor speciaal basisonderwijs of speciaal onderwijs. Dan vraagt de school, na "
              "overleg met de ouders, een toelaatbaarheidsverklaring aan bij het "
              "samenwerkingsverband. De procedure en de criteria zijn vastgelegd in het "
              "ondersteuningsplan van het samenwerkingsverband. Op onze school gaat het om één à "
              "twee leerlingen per jaar."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze partners. De leerkracht neemt contact op zodra er zorgen zijn, en "
              "ouders worden uitgenodigd bij elke bespreking in het ondersteuningsteam. Ouders "
              "tekenen voor akkoord op het OPP. Met vragen kunnen ouders altijd terecht bij de "
              "leerkracht, de intern begeleider of de directeur. Voor informatie over de "
              "ondersteuning in de regio verwijzen wij naar de website van het samenwerkingsverband."),
        ("h1", "Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget voor extra "
              "ondersteuning. Voor 2025 bedraagt dit ongeveer € 47.000. Wij zetten het in voor "
              "0,4 fte onderwijsassistentie, voor de plusgroep en voor scholing van het team op het "
              "gebied van gedrag. De directeur legt jaarlijks verantwoording af aan het "
              "schoolbestuur."),
        ("h1", "Resultaten en evaluatie"),
        ("p", "Wij evalueren dit plan elk jaar in juni met het team. We kijken naar de "
              "leerresultaten op de methode-onafhankelijke toetsen, naar de resultaten van de "
              "leerlingen met een OPP en naar de tevredenheid van ouders uit de jaarlijkse "
              "oudervragenlijst. In 2024-2025 lag de eindtoetsscore boven de signaleringswaarde."),
        ("h1", "Jaarplanning IB"),
        ("table", [
            ["Maand", "Activiteit"],
            ["September", "Startgesprekken met ouders, groepsoverzichten opstellen"],
            ["Oktober", "Ondersteuningsteam, scholing team"],
            ["Februari", "Toetsperiode, groepsbesprekingen"],
            ["Maart", "Ondersteuningsteam, evaluatie OPP's"],
            ["Juni", "Toetsperiode, groepsbesprekingen, evaluatie ondersteuningsplan"],
            ["Juli", "Overdracht naar volgende groep"],
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Labels (hand-judged, written next to each document)
# ---------------------------------------------------------------------------
def labels():
    write_label(
        "po-veenlanden-2025", ["po-veenlanden-2025.docx"], "po", True,
        true_criteria={"basisondersteuning.niveau", "basisondersteuning.inhoud",
                       "plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid",
                       "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                       "ouders.informatie", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 'Wat elke school in huis heeft': agreed minimum for every school/vestiging plus a 9-item list; borging via kwaliteitskaart every two years",
            "plaatsing": "ch. 'Naar een speciale (basis)school': 5 numbered steps, Loket, two deskundigen, Commissie Toelaatbaarheid within 6 weeks; criteria only 'per situatie' and the afwegingskaders deferred to the first planjaar/website",
            "terugstroom": "hidden inside the TLV chapter under 'En daarna?': policy (thuisnabij, OPP conditions, terugkeerarrangement) and procedure (yearly OPP evaluation, report to Loket before 1 March, 6-week proefperiode, commission ends TLV)",
            "financien": "ch. 'Geld en middelen': verdeelmodel with vaste voet EUR 12.000 + EUR 165 per leerling; spending/meerjarenbegroting only referred to absent bijlage 5",
            "dekkend-aanbod": "ch. 'Als een kind meer nodig heeft': four treden continuum; 'Waar het nog schuurt': yearly gap analysis, onderwijs-zorggroep, thuiszitters within 10 days, doorzettingsmacht",
            "resultaten": "nothing addressed: 'Kwaliteit en resultaten' only defers the kwaliteitskader to bijlage 6 (absent); word only in TOC/glossary",
            "ouders": "inside ch. 'Communicatie': website ouderpagina, folder in 4 languages, info evenings; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtencommissie",
        })
    write_label(
        "vo-rivierenland-oost-koersplan", ["vo-rivierenland-oost-koersplan.pdf"], "vo", True,
        true_criteria={"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
                       "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
                       "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 'De ondergrens': Ondergrensprofiel sets the minimum level for every vestiging, but the content (twaalf bouwstenen) is only in absent bijlage B / the schools' SOPs",
            "plaatsing": "ch. 'Toegang tot vso, lwoo en praktijkonderwijs': vso steps, Commissie Toewijzing within 6 weeks, explicit vso criteria (a)-(c); lwoo and pro criteria and procedure; no bezwaar route",
            "terugstroom": "nothing addressed: the heading 'Terugplaatsing en overplaatsing' only defers to an addendum in the first planjaar; glossary entry is a trap",
            "financien": "ch. 'Wat kost het en wie betaalt?': verdeling bullets (EUR 95 per leerling, OPDC per plaats, central arrangement budget) and meerjarenbegroting table 2025-2028; reserves",
            "dekkend-aanbod": "continuum in the niveau table 1-5 (OPDC, lwoo/pro, vso, OZA); gap analysis/pupils without a place deferred to 2026; thuiszitters only in the OOGO agenda list and zorgplicht only in the glossary",
            "resultaten": "ch. 'Wat we willen bereiken en hoe we dat volgen': target table with nulmeting/streefwaarde, data collected twice a year, kwaliteitsgesprekken, jaarverslag",
            "ouders": "ch. 'Informatie voor ouders en leerlingen': website, Ouderwijzer brochure, schoolgids, info meetings; independent steunpunt 'in voorbereiding', referred to absent bijlage C",
        })
    write_label(
        "po-zuidelijke-heuvelrug-concept", ["po-zuidelijke-heuvelrug-concept.pdf"], "po", True,
        true_criteria={"basisondersteuning.niveau", "basisondersteuning.inhoud",
                       "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
                       "dekkend-aanbod.lacunes", "resultaten.doelen"},
        advisory={"plaatsing": ["duur-categorie"],
                  "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "ch. 'Iedere school een stevige basis': level agreed for all schools on all locations; concrete content only in the table (8 rows)",
            "plaatsing": "ch. 'Wanneer een speciale school?': sbo and so criteria and bekostigingscategorie; procedure, documents and deciding body only referred to the Handboek Toewijzing on the website",
            "terugstroom": "ch. 'Terug naar de school om de hoek': policy, conditions and support after return; the steps/responsibilities deferred to a protocol in spring 2026; target of 10 returns per year in the results table",
            "financien": "nothing addressed: chapter 'Financien en meerjarenbegroting' is 'volgt ... p.m.'; verdeelmodel/meerjarenbegroting only in TOC and glossary",
            "dekkend-aanbod": "ch. 'Niemand buiten de boot': continuum list (arrangement, Kangoeroegroep, Taalbrug, Schakelgroep, sbo, so); wachtlijstregister, thuiszitterstafel every 6 weeks, yearly analysis, zorgplicht",
            "resultaten": "ch. 'Wat we willen bereiken': five numeric targets for 2029; how they are measured/reported deferred to a kwaliteitszorgplan in 2026",
            "ouders": "nothing addressed: chapter 'Ouders' is a placeholder ('Tekst volgt'); informatievoorziening and OJSP only in the glossary; the Leeswijzer promises chapter 9 content that is not there; OPR described without parent role",
        })
    write_label(
        "vo-lek-linge-2025-2029", ["vo-lek-linge-2025-2029.docx"], "vo", True,
        true_criteria={"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                       "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
                       "dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.informatie",
                       "ouders.steunpunt"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "nothing addressed: chapter 'Basisondersteuning' and laag 1 only refer to bijlage 2 (separate document, not included); the only content is in the afkortingenlijst entry 'BO'",
            "plaatsing": "ch. 'Van aanvraag tot besluit': step table (CTP, two deskundigen, 6 weeks), vso criteria, TLV duration, bezwaar via LBT; lwoo/pro national criteria and procedure",
            "terugstroom": "'Als de TLV afloopt' inside the TLV chapter gives the procedure (before 1 Feb, CTP decides within 4 weeks, TLV ends 31 July); policy (aims, conditions, support after return) deferred to a 2026 notitie",
            "financien": "ch. 'Geld en middelen': schoolmodel, EUR 120 per leerling, vaste voet EUR 25.000, meerjarenbegroting table, reserve to signaleringswaarde",
            "dekkend-aanbod": "ch. 'Passend onderwijs in vier lagen' (rebound, OPDC, ISK, Plusroute, vso) and 'Thuiszitters en leerlingen zonder passende plek' (casusregie, Doorbraakoverleg, Plaatsingstafel within 10 weeks)",
            "resultaten": "ch. 'Kwaliteitszorg en verantwoording': yearly cycle, kwaliteitsgesprekken, jaarverslag and achieved figures of the previous period; intended results for this period deferred to the first planjaar",
            "ouders": "ch. 'Zo houden we u op de hoogte': website per school, groep-8 letter, ouderavonden, schoolgids; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie",
        })
    write_label(
        "po-kop-van-de-polder-web", ["po-kop-van-de-polder-web.html"], "po", True,
        true_criteria={"basisondersteuning.niveau", "terugstroom.procedure", "terugstroom.beleid",
                       "financien.besteding", "resultaten.doelen", "resultaten.monitoring",
                       "ouders.informatie", "ouders.steunpunt"},
        advisory={"terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Wat mag u van elke school verwachten?': equal minimum level for every location, but the voorzieningen are deferred to the Kwaliteitskaart (autumn 2026)",
            "plaatsing": "nothing addressed: the section 'Toelaatbaarheid speciaal (basis)onderwijs' only refers to the Reglement Toelaatbaarheid 2025 on the download page; TLV only in glossary/menu",
            "terugstroom": "'Terug naar het basisonderwijs': aims, four conditions, yearly January check, gesprek before 1 March, overdrachtsplan, TLV ends 31 July, terugkeerbudget EUR 4.500",
            "financien": "'Geld: wat komt binnen en waar gaat het heen?': begroting table 2025-2028 with amounts; verdeelmodel under revision, new verdeelsleutel 'volgt' in spring 2026",
            "dekkend-aanbod": "nothing addressed: no continuum of provisions, no gap/thuiszitters approach; 'dekkend aanbod'/'arrangement'/'thuiszitter' only in the glossary and visie prose; OOGO only a date in the planning table",
            "resultaten": "'Wat we willen bereiken en hoe we dat bijhouden': target table (now/2029), quarterly dashboard, yearly survey, reporting to RvT/OPR and jaarverslag",
            "ouders": "'Vragen, hulp en meepraten': website, schoolgids/SOP, spreekuur, nieuwsbrief; independent Ouder- en Jeugdsteunpunt Polderland, Onderwijsconsulenten, klachtencommissie",
        })
    write_label(
        "obs-de-klimop-ondersteuningsplan", ["obs-de-klimop-ondersteuningsplan.docx"], "po", False,
        notes={"document": "school-level ondersteuningsplan of one basisschool (zorgniveaus, "
                           "groepsbesprekingen, IB planning); it refers to the samenwerkingsverband's "
                           "plan as a separate document and is not an SWV plan (no OPR, OOGO, verdeling "
                           "over schools, planperiode of 4 years)"})


def main():
    render_docx(plan1(), OUT / "po-veenlanden-2025.docx",
                header_text="Ondersteuningsplan 2025-2029 | SWV De Veenlanden | basisondersteuning - "
                            "toelaatbaarheid - resultaten",
                footer_text="Versie ter vaststelling - maart 2025")
    render_pdf(plan2(), OUT / "vo-rivierenland-oost-koersplan.pdf",
               header_text="Koersplan passend onderwijs 2025-2029 - SWV VO Rivierenland-Oost",
               footer_text="Terugplaatsing | Financiën | Resultaten | Ouders - www.swv-rivierenland-oost.example")
    render_pdf(plan3(), OUT / "po-zuidelijke-heuvelrug-concept.pdf",
               header_text="CONCEPT - Ondersteuningsplan 2025-2029 - Financiën en ouders volgen",
               footer_text="Stichting Passend Onderwijs Zuidelijke Heuvelrug")
    render_docx(plan4(), OUT / "vo-lek-linge-2025-2029.docx",
                header_text="SWV VO Lek & Linge - Ondersteuningsplan 2025-2029 - basisondersteuning, "
                            "terugplaatsing en resultaten",
                footer_text="VO 27-11")
    render_html(plan5(), OUT / "po-kop-van-de-polder-web.html",
                header_text="SWV PO Kop van de Polder - passend onderwijs voor ieder kind",
                footer_text="Ondersteuningsplan | Basisondersteuning | Toelaatbaarheid | Dekkend aanbod | "
                            "Financiën | Ouders - SWV PO Kop van de Polder, Polderhaven",
                nav_links=[("s4", "Basisondersteuning"), ("s5", "Toelaatbaarheid en TLV"),
                           ("s6", "Terugplaatsing"), ("s7", "Financiën"), ("s8", "Resultaten"),
                           ("s9", "Ouders"), ("s1", "Dekkend aanbod en thuiszitters")])
    render_docx(nearmiss(), OUT / "obs-de-klimop-ondersteuningsplan.docx",
                header_text="OBS De Klimop - Ondersteuningsplan 2025-2026",
                footer_text="Samenwerkingsverband De Veenlanden - schoolondersteuningsprofiel")
    labels()


if __name__ == "__main__":
    main()
