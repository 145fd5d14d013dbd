#!/usr/bin/env python3
"""Generate the holdout35 test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO) plus one near-miss document (an SWV jaarverslag),
written as .docx, .pdf (rendered from .docx with LibreOffice) and .html, with hand-written labels
(<name>.expected.yaml) that follow Part A of the shared domain.md.

Style focus of this set: subtle partials. In each plan one or two core criteria are only *nearly*
addressed (ambition without concrete goal, tevredenheid-only monitoring, an allocation that is named but
not explained, a step list without deciding body, a steunpunt only named in a list of partners, a budget
table with p.m. amounts); everything else is addressed in ordinary wording.

Deterministic (fixed zip timestamps for .docx), no network. Usage: python3 make_holdout35.py
"""
import html as htmlmod
import os
import shutil
import subprocess
import tempfile
import zipfile

import yaml
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------------------------
# document model: list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
#   ("table", [[header..], [row..], ..]) ("toc", [(entry, page), ..]) ("pagebreak",)
# --------------------------------------------------------------------------------------------


def _fix_zip(path):
    """Rewrite a zip with fixed timestamps and sorted-as-written order so output is deterministic."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(blocks, path, header=None, footer=None, meta_title=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.title = meta_title or ""
    cp.author = "bureau samenwerkingsverband"
    import datetime
    fixed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "bureau"
    cp.revision = 1
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
            r.italic = True
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
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for entry, page in b[1]:
                doc.add_paragraph(f"{entry} {'.' * max(3, 60 - len(entry))} {page}")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)
    _fix_zip(path)


def write_html(blocks, path, header=None, footer=None, meta_title=None):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(meta_title or '')}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p>'
                   '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
                   '<a href="#">Toelaatbaarheid</a> | <a href="#">Financi&euml;n</a> | <a href="#">Contact</a></nav>'
                   "</header>")
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(b[1])}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for row in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>' +
                       "".join(f'<li><a href="#">{e(entry)}</a></li>' for entry, _ in b[1]) + "</ul></nav>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append(f'<footer><p>{e(footer)}</p></footer>')
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_pdf_from_docx(blocks, pdf_path, **kw):
    tmpd = tempfile.mkdtemp(prefix="holdout35_")
    try:
        base = os.path.splitext(os.path.basename(pdf_path))[0]
        dx = os.path.join(tmpd, base + ".docx")
        write_docx(blocks, dx, **kw)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpd}/lo",
                        "--convert-to", "pdf", "--outdir", tmpd, dx],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(os.path.join(tmpd, base + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
        elif b[0] == "toc":
            n += sum(len(x.split()) for x, _ in b[1])
    return n


def toc_from(blocks, extra=()):
    """Build TOC entries from h1 blocks (page numbers are fictitious but monotone)."""
    entries, page = [], 3
    for b in blocks:
        if b[0] == "h1":
            entries.append((b[1], page))
            page += 3
    for x in extra:
        entries.append((x, page))
        page += 2
    return entries


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, element, advisory):
    vals = [v for k, v in criteria.items() if k.split(".")[0] == element]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(element):
        return "partial"
    return "missing"


def write_label(path, documents, sector, criteria, advisory, notes, looks_like_plan=True):
    """Write the label; element status is derived from the core criteria (Part A rule)."""
    if looks_like_plan:
        assert sorted(criteria) == sorted(CORE), path
        elements = {el: status_from(criteria, el, advisory) for el in ELEMENTS}
    else:
        elements, criteria, advisory = {}, {}, {}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if criteria[k] else 'false'}")
    else:
        lines.append("criteria: {}")
    adv = {k: v for k, v in advisory.items() if v}
    if adv:
        lines.append("advisory_addressed:")
        for k in ELEMENTS:
            if k in adv:
                lines.append(f"  {k}: [{', '.join(adv[k])}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: \"{v.replace(chr(34), chr(39))}\"")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # must parse
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------------------------
# Shared filler (voorwoord, visie, governance, personeel, ICT, planning, begrippen). Written so that
# it mentions the element vocabulary only in passing; flags switch off passages that would address an
# (advisory) criterion in plans where that element must stay missing.
# --------------------------------------------------------------------------------------------


def voorwoord(c, variant=1):
    if variant == 1:
        ps = [
            f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het derde plan sinds de "
            "invoering van passend onderwijs in 2014 en het eerste plan dat we samen met alle schoolbesturen vanaf "
            "de eerste schets hebben geschreven. In de afgelopen periode hebben we veel geleerd: over wat scholen "
            "zelf kunnen, over wat ze van elkaar kunnen leren en over de momenten waarop het samenwerkingsverband "
            "een stap moet zetten.",
            "Dit plan is geen eindpunt. Het is een gezamenlijke afspraak tussen schoolbesturen, scholen, "
            "gemeenten en medezeggenschap over de richting van de komende vier jaar. Achter elk getal in dit plan "
            "staat een kind, een leraar en vaak ook ouders die hun weg zoeken in een ingewikkeld stelsel. Dat "
            "besef heeft ons steeds geholpen om de tekst concreet en leesbaar te houden.",
            "Wij danken de leden van de ondersteuningsplanraad voor hun kritische vragen, de wethouders en "
            "beleidsmedewerkers van de gemeenten voor het constructieve overleg en de intern begeleiders en "
            "ondersteuningscoördinatoren die in werkgroepen meedachten over arrangementen, middelen en resultaten.",
            f"{c['director']}, directeur-bestuurder",
        ]
    else:
        ps = [
            f"Met trots presenteren wij het ondersteuningsplan {c['period']}. De wereld om onze scholen heen "
            "verandert snel: het lerarentekort, de groei van het aantal leerlingen met complexe vragen, de "
            "krapte in de jeugdhulp en de landelijke Verbeteraanpak passend onderwijs vragen om keuzes.",
            "Het samenwerkingsverband is er niet voor zichzelf. Wij zijn er om scholen te helpen elke leerling "
            "een passende plek te bieden, zo dicht mogelijk bij huis. In dit plan leest u hoe we dat de komende "
            "jaren aanpakken. Waar het kan, zijn we concreet; waar we nog zoeken, zeggen we dat eerlijk.",
            "Een woord van dank aan iedereen die heeft bijgedragen: schoolleiders, leraren, leerlingen, ouders, "
            "ketenpartners en de ondersteuningsplanraad.",
            f"Namens het bestuur, {c['director']}",
        ]
    return [("h1", "Voorwoord")] + [("p", p) for p in ps]


def leeswijzer(c, chapters):
    return [("h1", "Leeswijzer"),
            ("p", "Dit plan is zo opgebouwd dat elk hoofdstuk ook los te lezen is. Hoofdstuk 1 schetst de "
                  "context van het samenwerkingsverband. Daarna volgen " + chapters + " Aan het eind vindt u "
                  "een begrippenlijst en een lijst met afkortingen. Waar in de tekst naar bijlagen wordt "
                  "verwezen, zijn die apart te downloaden."),
            ("p", "Wettelijke eisen uit artikel " + ("18a WPO" if c["sector"] == "po" else "17a WVO (thans "
                  "artikel 2.47 en volgende WVO 2020)") + " zijn in de lopende tekst verwerkt; een afzonderlijke "
                  "verantwoordingstabel is opgenomen in het jaarplan.")]


def context(c, with_participation=False):
    rows = [["Gegeven", "Aantal / waarde"],
            ["Gemeenten in het werkgebied", str(len(c["gemeenten"]))],
            ["Aangesloten schoolbesturen", str(c["boards"])],
            ["Scholen / vestigingen", str(c["schools"])],
            ["Leerlingen (teldatum 1 oktober 2024)", c["pupils"]]]
    if with_participation:
        rows += c["participation_rows"]
    out = [("h1", "1. Het samenwerkingsverband in beeld"),
           ("p", f"{c['name']} ({c['code']}) is een stichting van {c['boards']} schoolbesturen in "
                 f"de gemeenten {', '.join(c['gemeenten'][:-1])} en {c['gemeenten'][-1]}. Het werkgebied is "
                 f"{c['region']}. Het bureau is gevestigd in {c['seat']}."),
           ("p", "Het werkgebied kent grote verschillen. In de kernen is de leerlingpopulatie stabiel, in de "
                 "kleinere dorpen daalt het aantal leerlingen, terwijl in de nieuwbouwwijken juist scholen "
                 "groeien. Dat heeft gevolgen voor de spreiding van expertise en voor de reistijd van leerlingen "
                 "die buiten de eigen kern naar school gaan."),
           ("table", rows),
           ("p", "De kengetallen worden jaarlijks bijgewerkt in het jaarverslag. In dit plan gebruiken we de "
                 "teldatum van 1 oktober 2024, tenzij anders vermeld.")]
    return out


def visie(c, parents_partner=True, variant=1):
    ps = []
    if variant == 1:
        ps.append("Onze missie is eenvoudig geformuleerd: elk kind in onze regio leert op een school die past, "
                  "met de ondersteuning die het nodig heeft, zo thuisnabij als mogelijk. Wij geloven dat "
                  "leerlingen het meest leren als ze erbij horen, in de klas en in hun buurt.")
        ps.append("Onze visie rust op drie pijlers. Eén: de school is de basis; daar wordt de meeste "
                  "ondersteuning geboden en daar moet de expertise ook groeien. Twee: we werken vanuit "
                  "vertrouwen en verantwoorden achteraf, zonder onnodige bureaucratie. Drie: we kijken naar wat "
                  "een leerling nodig heeft, niet naar een etiket of een diagnose.")
    else:
        ps.append("Wij staan voor inclusief en thuisnabij onderwijs. Het samenwerkingsverband wil een netwerk "
                  "zijn waarin scholen elkaar versterken, expertise delen en samen verantwoordelijkheid nemen "
                  "voor alle leerlingen in de regio, ook voor de leerlingen bij wie het even niet lukt.")
        ps.append("Kernwaarden zijn: eigenaarschap, transparantie, vakmanschap en nabijheid. Deze waarden "
                  "zijn in werkconferenties met schoolleiders en ondersteuningscoördinatoren geformuleerd en "
                  "vormen het kompas voor de keuzes in dit plan.")
    if parents_partner:
        ps.append("Ouders zijn voor ons de eerste partner: zij kennen hun kind het best. Leerlingen zelf "
                  "betrekken we steeds vaker bij gesprekken over hun ontwikkeling.")
    ps.append("We willen de komende jaren een dekkend aanbod realiseren waarin geen kind tussen wal en schip "
              "valt. Dat is een ambitie die we delen met de gemeenten en met de jeugdhulp. Middelen zetten we "
              "zo dicht mogelijk bij de leerling in, en we willen zichtbaar maken welke resultaten dat oplevert.")
    return [("h1", "2. Missie, visie en ambities")] + [("p", p) for p in ps]


def governance(c, opr_parents=True, model="rvt"):
    out = [("h1", "Organisatie, bestuur en medezeggenschap")]
    if model == "rvt":
        out.append(("p", f"{c['name']} is een stichting met een raad-van-toezichtmodel. De directeur-bestuurder "
                         "vormt het bestuur en is eindverantwoordelijk voor de uitvoering van dit plan. De raad "
                         "van toezicht bestaat uit vijf leden, van wie drie op voordracht van de schoolbesturen en "
                         "twee onafhankelijke leden. De algemene vergadering van schoolbesturen stelt onder meer "
                         "het ondersteuningsplan, de begroting en het jaarverslag vast."))
    else:
        out.append(("p", f"{c['name']} is een vereniging. Het algemeen bestuur bestaat uit een vertegenwoordiger "
                         "van elk aangesloten schoolbestuur en stelt het ondersteuningsplan, de begroting en de "
                         "jaarrekening vast. Het dagelijks bestuur bereidt besluiten voor. Een onafhankelijke "
                         "voorzitter leidt de vergaderingen; de directeur staat aan het hoofd van het bureau."))
    out.append(("p", "Het intern toezicht is ingericht volgens de Code Goed Bestuur van de sectorraad. Jaarlijks "
                     "evalueert het toezichthoudend orgaan zijn eigen functioneren. Het auditcomité bespreekt "
                     "twee keer per jaar de managementrapportage en de bevindingen van de accountant."))
    if opr_parents:
        out.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes "
                         "ouders" + (" of leerlingen" if c["sector"] == "vo" else "") + ", gekozen uit en door "
                         "de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op "
                         "het ondersteuningsplan en wordt daarnaast gevraagd mee te denken over de jaarplannen. "
                         "Ouderleden in de OPR brengen zo de stem van ouders rechtstreeks in het beleid."))
    else:
        out.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
                         "vergadert zes keer per jaar met de directeur-bestuurder. Een medewerker van het bureau "
                         "ondersteunt de OPR ambtelijk; de OPR heeft een eigen scholingsbudget."))
    out.append(("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel "
                     "van het bureau. Klachten over het functioneren van medewerkers van het bureau worden "
                     "behandeld volgens de interne klachtenregeling voor personeel."))
    return out


def oogo(c):
    g = c["gemeenten"]
    return [("h1", "Samenwerking met gemeenten en jeugdhulp"),
            ("p", f"Met de gemeenten {', '.join(g)} voeren we op overeenstemming gericht overleg (OOGO) over dit "
                  "plan en over de jeugdbeleidsplannen van de gemeenten. Het OOGO vindt twee keer per jaar "
                  "bestuurlijk plaats; daarnaast is er maandelijks ambtelijk overleg tussen het bureau en de "
                  "beleidsmedewerkers onderwijs en jeugd."),
            ("p", "Gezamenlijke thema's zijn: de aansluiting tussen ondersteuning op school en jeugdhulp, "
                  "leerlingenvervoer, onderwijshuisvesting, thuiszitters en verzuim, de overgang naar het "
                  "vervolgonderwijs en de inzet van schoolmaatschappelijk werk. Per thema is een trekker "
                  "benoemd en wordt jaarlijks een werkagenda vastgesteld."),
            ("p", "Concreet hebben we afgesproken dat elke school een vaste contactpersoon van het "
                  "gebiedsteam heeft, dat jeugdhulp onder schooltijd op school mag plaatsvinden als het "
                  "ondersteuningsteam dat adviseert, en dat de gemeenten de kosten van een jeugdhulpprofessional "
                  "in de bovenschoolse groepen dragen. Deze onderwijs-zorgarrangementen worden per geval in een "
                  "driegesprek tussen school, gemeente en zorgaanbieder vastgelegd.")]


def personeel(c):
    return [("h1", "Personeel, professionalisering en bureau"),
            ("p", f"Het bureau van {c['short']} telt {c['fte']} fte: een directeur-bestuurder, een "
                  "beleidsmedewerker, een controller, orthopedagogen en onderwijsconsulenten van het "
                  "samenwerkingsverband, en een secretariaat. Medewerkers zijn in dienst van het "
                  "samenwerkingsverband of worden gedetacheerd vanuit een van de schoolbesturen."),
            ("p", "Professionalisering richt zich op drie lijnen: netwerken van intern begeleiders en "
                  "ondersteuningscoördinatoren (vier bijeenkomsten per jaar), scholing in handelingsgericht "
                  "werken voor nieuwe teamleden, en leernetwerken rond thema's als gedrag, meer- en "
                  "hoogbegaafdheid en taal. Scholen kunnen gebruikmaken van een jaarlijks scholingsaanbod; "
                  "deelname is vrijwillig."),
            ("p", "Het lerarentekort raakt ook onze specialisten. We delen daarom schaarse expertise, zoals die van "
                  "gedragsspecialisten en logopedisten, tussen scholen en besturen. Vacatures bij het bureau "
                  "worden in overleg met de besturen ingevuld, zodat we elkaar niet beconcurreren.")]


def ict_privacy(c):
    return [("h1", "Privacy, gegevens en ICT"),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zijn wettelijke "
                  "taken. Een functionaris gegevensbescherming houdt toezicht. De privacyverklaring beschrijft "
                  "welke gegevens we verwerken, met welk doel en hoe lang we ze bewaren; gegevens over "
                  "toelaatbaarheid bewaren we niet langer dan drie jaar na het besluit."),
            ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen "
                  "gebruiken daarvoor hun eigen leerlingvolgsysteem en een koppeling met het registratiesysteem "
                  "van het samenwerkingsverband. Medewerkers volgen jaarlijks een korte training "
                  "informatiebeveiliging. Datalekken worden binnen 72 uur gemeld bij de Autoriteit "
                  "Persoonsgegevens.")]


def totstandkoming(c, oogo_date="10 maart 2026", opr_date="24 maart 2026", ab_date="2 april 2026"):
    return [("h1", "Totstandkoming van dit plan"),
            ("p", "Het plan is in vier fasen geschreven. In het voorjaar van 2025 hebben we de vorige periode "
                  "geëvalueerd in gesprekken met besturen en scholen. In het najaar volgden werkconferenties. "
                  "Een conceptversie is in januari 2026 besproken met schoolleiders en intern begeleiders."),
            ("table", [["Stap", "Datum"],
                       ["Concept besproken met de schoolbesturen", "20 januari 2026"],
                       ["OOGO met de gemeenten afgerond", oogo_date],
                       ["Overleg met het aangrenzende samenwerkingsverband "
                        + ("VO" if c["sector"] == "po" else "PO"), "12 maart 2026"],
                       ["Instemming ondersteuningsplanraad", opr_date],
                       ["Vaststelling door het bestuur", ab_date],
                       ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei 2026"]]),
            ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Tussentijdse wijzigingen "
                  "leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad.")]


def kennisdeling(c):
    return [("h1", "Kennisdeling en innovatie"),
            ("p", f"{c['short']} wil een lerende organisatie zijn. Jaarlijks organiseren we een regionale "
                  "studiedag passend onderwijs voor leraren, intern begeleiders, ondersteuningscoördinatoren en "
                  "schoolleiders, met workshops die door collega's uit de regio worden gegeven. Goede "
                  "voorbeelden van arrangementen en van samenwerking tussen scholen delen we in de nieuwsbrief "
                  "en op het kennisplatform voor professionals."),
            ("p", "Daarnaast organiseren we leerkringen waarin schoolteams een jaar lang samen onderzoeken hoe "
                  "de ondersteuning in de klas beter kan, bijvoorbeeld rond co-teaching, het werken met digitale "
                  "hulpmiddelen of het versterken van de samenwerking tussen leraar en onderwijsassistent. Elke "
                  "leerkring wordt begeleid door een collega uit een andere school. De leerkringen presenteren "
                  "wat ze hebben geleerd op de studiedag, zodat andere scholen ervan kunnen profiteren."),
            ("p", "We werken samen met de pabo en de lerarenopleidingen in de regio, onder meer in een "
                  "gezamenlijke minor passend onderwijs en in praktijkgericht onderzoek door studenten. "
                  "Zo hopen we dat nieuwe leraren beter voorbereid voor de klas staan.")]


def jaaragenda(c, with_report=True):
    rows = [["Maand", "Activiteit"],
            ["september", "start netwerken intern begeleiders en ondersteuningscoördinatoren"],
            ["oktober", "teldatum 1 oktober; studiedag passend onderwijs"],
            ["november", "bestuursvergadering; bespreking kaderbrief begroting"],
            ["december", "vaststelling begroting en meerjarenraming"],
            ["februari", "scholingsavond ondersteuningsplanraad"],
            ["april", "werkconferentie schoolleiders en besturen"]]
    if with_report:
        rows.append(["juni", "vaststelling jaarverslag en jaarrekening"])
    rows.append(["juli", "evaluatie jaarplan met het team van het bureau"])
    return [("h1", "Jaarcyclus"),
            ("p", "De activiteiten van het samenwerkingsverband volgen een vaste jaarcyclus. Het overzicht "
                  "hieronder helpt scholen en besturen om vergaderingen en aanvragen tijdig te plannen."),
            ("table", rows)]


def vervoer_huisvesting(c):
    return [("h1", "Leerlingenvervoer en huisvesting"),
            ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch hebben ze grote "
                  "invloed op passend onderwijs. Een lange reistijd naar een speciale school of een "
                  "bovenschoolse voorziening kan voor een kind zwaar zijn. Met de gemeenten is afgesproken "
                  "dat het samenwerkingsverband signalen over lange reistijden doorgeeft en dat de gemeenten "
                  "bij de aanbesteding van het vervoer rekening houden met de schooltijden van het speciaal "
                  "(basis)onderwijs."),
            ("p", "Voor huisvesting geldt dat scholen die extra ondersteuning bieden ruimte nodig hebben voor "
                  "kleine groepjes, een prikkelarme werkplek en gesprekken. De besturen nemen die behoefte mee "
                  "in het integraal huisvestingsplan van de gemeenten. Het samenwerkingsverband heeft zelf "
                  "geen huisvestingsmiddelen.")]


def werkdruk(c):
    return [("h1", "Werkdruk en duurzame inzetbaarheid"),
            ("p", "Leraren en ondersteuners ervaren een hoge werkdruk, zeker in groepen met veel leerlingen met "
                  "een ondersteuningsbehoefte. Het samenwerkingsverband probeert de administratieve last zo "
                  "klein mogelijk te houden: formulieren zijn ingekort, dossiers worden zoveel mogelijk "
                  "hergebruikt en een aanvraag vraagt alleen informatie die echt nodig is voor een besluit."),
            ("p", "Voor de eigen medewerkers van het bureau geldt een plan voor duurzame inzetbaarheid met "
                  "jaarlijkse gesprekken, ruimte voor scholing en aandacht voor een gezonde balans tussen "
                  "werk en privé. Het ziekteverzuim op het bureau lag de afgelopen jaren onder het "
                  "landelijk gemiddelde van de sector.")]


def begrippen(terms):
    rows = [["Begrip", "Betekenis"]] + [[a, b] for a, b in terms]
    return [("h1", "Begrippenlijst"), ("table", rows)]


GLOSS = {
    "basisondersteuning": "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                          "samenwerkingsverband bieden.",
    "arrangement": "Een afgesproken pakket extra ondersteuning voor een leerling of groep, met doel, duur en "
                   "inzet.",
    "dekkend aanbod": "Een samenhangend geheel van voorzieningen, zodat elke leerling een passende plek heeft.",
    "toelaatbaarheidsverklaring": "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot "
                                  "het speciaal (basis)onderwijs.",
    "terugplaatsing": "De overstap van een leerling vanuit het speciaal (basis)onderwijs naar het reguliere "
                      "onderwijs.",
    "verdeelmodel": "De afspraken over de verdeling van de ondersteuningsmiddelen over scholen en besturen.",
    "meerjarenbegroting": "Begroting voor meerdere jaren vooruit.",
    "ouder- en jeugdsteunpunt": "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen "
                                "over passend onderwijs.",
    "onderwijsconsulent": "Onafhankelijke deskundige die ouders kosteloos adviseert bij vastgelopen situaties.",
    "beoogde resultaten": "De resultaten die het samenwerkingsverband wil bereiken.",
    "zorgplicht": "De plicht van een schoolbestuur om een passende onderwijsplek aan te bieden.",
    "OPP": "Ontwikkelingsperspectiefplan: plan met het verwachte uitstroomniveau en de ondersteuning.",
    "SOP": "Schoolondersteuningsprofiel: beschrijving van de ondersteuning die een school biedt.",
    "thuiszitter": "Leerplichtige jongere die zonder geldige vrijstelling niet naar school gaat.",
    "lwoo": "Leerwegondersteunend onderwijs binnen het vmbo.",
    "praktijkonderwijs": "Schoolsoort in het vo voor leerlingen voor wie een diploma vmbo niet haalbaar is.",
}


def gloss(*keys):
    return [(k, GLOSS[k]) for k in keys]


def afkortingen(c):
    base = [("AB", "algemeen bestuur"), ("HGW", "handelingsgericht werken"), ("IB'er", "intern begeleider"),
            ("MDO", "multidisciplinair overleg"), ("OJSP", "ouder- en jeugdsteunpunt"),
            ("OOGO", "op overeenstemming gericht overleg"), ("OPP", "ontwikkelingsperspectiefplan"),
            ("OPR", "ondersteuningsplanraad"), ("SOP", "schoolondersteuningsprofiel"),
            ("SWV", "samenwerkingsverband"), ("TLV", "toelaatbaarheidsverklaring")]
    if c["sector"] == "po":
        base += [("SBO", "speciaal basisonderwijs"), ("SO", "speciaal onderwijs")]
    else:
        base += [("LWOO", "leerwegondersteunend onderwijs"), ("OPDC", "orthopedagogisch-didactisch centrum"),
                 ("PrO", "praktijkonderwijs"), ("VSO", "voortgezet speciaal onderwijs")]
    base.sort(key=lambda x: x[0].lower())
    return [("h1", "Lijst met afkortingen"), ("table", [["Afkorting", "Voluit"]] + [list(x) for x in base])]


# ============================================================================================
# Plan 1 - PO De Lingebocht (docx + pdf)
#   near-misses: financien.verdeling (verdeelmodel named, criteria in absent bijlage 6);
#                resultaten.doelen (ambitions only, goals deferred to the jaarplan)
#   missing element: ouders (only passing mentions; header/glossary/abbreviations traps)
#   hidden: terugstroom inside the TLV chapter (5.6 'Afloop van de verklaring')
# ============================================================================================

C1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Lingebocht", short="De Lingebocht",
          code="PO 24-17", sector="po", period="2026-2030", director="drs. M.A. (Marjolein) Verhoef",
          gemeenten=["Lingewoude", "Dalemstein", "Acquoy-Oost", "Heukeldam"], boards=9, schools=58,
          pupils="11.420", region="het rivierengebied tussen Linge en Waal", seat="Dalemstein", fte="14,6")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']}) - Samen sterk voor elk kind"),
         ("sub", "Vastgesteld door het bestuur op 2 april 2026, na instemming van de ondersteuningsplanraad."),
         ("pagebreak",)]
    body = []
    body += voorwoord(c, 1)
    body += context(c)
    body += visie(c, parents_partner=False, variant=1)
    body += [
        ("h1", "3. Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in De Lingebocht het niveau van ondersteuning dat elke basisschool in "
              "het samenwerkingsverband, op iedere vestiging, zonder aanvraag en zonder tussenkomst van het "
              "samenwerkingsverband biedt. De schoolbesturen hebben dit niveau in het algemeen bestuur "
              "vastgesteld als gezamenlijke ondergrens: geen school zakt eronder, scholen mogen erboven gaan. "
              "Wat een school daarbovenop biedt, beschrijft zij in haar schoolgids."),
        ("p", "Concreet betekent dit dat op elke school in elk geval het volgende aanwezig is:"),
        ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de "
                "ondersteuningsstructuur coördineert en leraren coacht;",
                "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met vaste deelname van de "
                "schoolcontactpersoon van het samenwerkingsverband en de jeugdverpleegkundige;",
                "handelingsgericht werken met groepsplannen of een vergelijkbare cyclus, inclusief "
                "groepsbesprekingen drie keer per jaar;",
                "een dyslexie- en een dyscalculieprotocol, met signalering vanaf groep 2 en extra lees- en "
                "rekeninstructie in kleine groepjes;",
                "een methode voor sociaal-emotioneel leren en een gedragsaanpak voor de hele school "
                "(bijvoorbeeld PBS of een vergelijkbare aanpak), met een anti-pestcoördinator;",
                "aanbod voor leerlingen die meer aankunnen: compacten en verrijken in de klas;",
                "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                "een aanpak voor nieuwkomers en leerlingen met een taalachterstand tot en met de eerste "
                "opvang in de klas;",
                "een ontwikkelingsperspectiefplan (OPP) voor elke leerling die op een of meer vakken een "
                "eigen leerlijn volgt."]),
        ("p", "Het samenwerkingsverband bewaakt dit niveau met een jaarlijkse zelfevaluatie van de school op "
              "de kwaliteitskaart basisondersteuning en een schoolbezoek door de schoolcontactpersoon eens in "
              "de twee jaar. Blijft een school op een onderdeel onder de ondergrens, dan maakt het bestuur een "
              "verbeterplan met een termijn van ten hoogste één schooljaar; de directeur-bestuurder bespreekt "
              "de voortgang in het bestuurlijk overleg."),
        ("h1", "4. Extra ondersteuning en het aanbod in de regio"),
        ("p", "Niet elke leerling kan met basisondersteuning toe. Het ondersteuningsaanbod in De Lingebocht is "
              "daarom opgebouwd in vijf niveaus die op elkaar aansluiten. De school blijft steeds het "
              "vertrekpunt: een leerling gaat pas naar een volgend niveau als het vorige aantoonbaar is benut."),
        ("table", [["Niveau", "Wat", "Waar", "Hoe toegang"],
                   ["1", "Basisondersteuning", "Elke school", "Geen aanvraag nodig"],
                   ["2", "Arrangement op school: extra handen, ambulante begeleiding, specialist",
                    "Eigen school", "Aanvraag door de school bij de schoolcontactpersoon"],
                   ["3", "Bovenschools: observatiegroep De Kiem, plusklas Vlinder, taalklas nieuwkomers",
                    "Dalemstein en Lingewoude", "Advies ondersteuningsteam, besluit bureau"],
                   ["4", "Speciaal basisonderwijs: SBO De Regenboog, SBO Het Baken", "Lingewoude, Heukeldam",
                    "Toelaatbaarheidsverklaring"],
                   ["5", "Speciaal onderwijs cluster 3 en 4: SO De Wielewaal, SO Linge-Oever; buiten de regio "
                         "voor specifieke doelgroepen", "Regio en daarbuiten", "Toelaatbaarheidsverklaring"]]),
        ("p", "Arrangementen op niveau 2 duren in de regel twintig tot veertig weken en worden na afloop "
              "geëvalueerd in het ondersteuningsteam. De observatiegroep De Kiem biedt plaats aan acht "
              "kinderen van vier tot acht jaar bij wie nog niet duidelijk is welke ondersteuning past; de "
              "plaatsing duurt maximaal zes maanden. De plusklas Vlinder is één dagdeel per week open voor "
              "leerlingen van groep 5 tot en met 8. De taalklas ontvangt nieuwkomers gedurende één jaar "
              "voordat zij instromen op een basisschool in hun woonkern."),
        ("p", "De doorgaande lijn naar het voortgezet onderwijs is vastgelegd met het samenwerkingsverband VO "
              "in de regio: voor elke leerling met een OPP vindt in groep 8 een warme overdracht plaats en de "
              "leerlingen van De Kiem en de sbo-scholen krijgen een gesprek met de ondersteuningscoördinator "
              "van de ontvangende school vóór 1 april."),
    ]
    body += [
        ("h1", "5. Toelaatbaarheid tot het speciaal (basis)onderwijs"),
        ("h2", "5.1 Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar "
              "de leerling is ingeschreven of, bij een leerling die nog niet is ingeschreven, door het bevoegd "
              "gezag van de school waar de leerling is aangemeld. In de praktijk dient de intern begeleider de "
              "aanvraag namens het bestuur in via het digitale loket van De Lingebocht."),
        ("h2", "5.2 Stappen en termijnen"),
        ("ol", ["Het ondersteuningsteam van de school bespreekt de leerling in een multidisciplinair overleg "
                "(MDO) en concludeert dat de ondersteuningsbehoefte de mogelijkheden van niveau 1 tot en met 3 "
                "overstijgt.",
                "De school stelt het dossier samen: het OPP met ten minste twee evaluaties, het groeidocument, "
                "het verslag van het MDO en een onderwijskundig rapport.",
                "Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
                "psycholoog van het samenwerkingsverband en, afhankelijk van de vraag, een tweede deskundige "
                "(kinderarts, maatschappelijk werker of kinder- en jeugdpsychiater). Deskundigen die bij de "
                "aanvraag betrokken waren, adviseren niet.",
                "De Commissie Toelaatbaarheid van De Lingebocht, gemandateerd door de directeur-bestuurder, "
                "neemt het besluit binnen zes weken na ontvangst van het complete dossier.",
                "Het besluit wordt schriftelijk verzonden aan het schoolbestuur en de ontvangende school en "
                "krijgt een volgnummer."]),
        ("h2", "5.3 Wanneer is een leerling toelaatbaar"),
        ("p", "De Commissie Toelaatbaarheid toetst elke aanvraag aan de volgende criteria. Alle criteria van de "
              "betreffende kolom moeten uit het dossier blijken."),
        ("table", [["Speciaal basisonderwijs (sbo)", "Speciaal onderwijs (so, cluster 3 en 4)"],
                   ["De school heeft de basisondersteuning en ten minste één arrangement van niveau 2 of 3 "
                    "geboden en geëvalueerd.",
                    "Idem, of er is sprake van een ondersteuningsbehoefte waarbij regulier onderwijs op "
                    "voorhand niet passend is (bijvoorbeeld ernstige meervoudige beperking)."],
                   ["De leerling heeft op ten minste twee ontwikkelingsgebieden (leren, gedrag, "
                    "sociaal-emotioneel, communicatie) een ondersteuningsbehoefte die een kleinere groep en "
                    "een aangepast programma vraagt.",
                    "De leerling heeft intensieve ondersteuning nodig gedurende de hele schooldag, "
                    "op meerdere domeinen tegelijk, met specialistische expertise (medisch, gedrag, "
                    "psychiatrie, ZML)."],
                   ["Het OPP laat zien dat de leerling bij voortzetting in het regulier onderwijs niet het "
                    "verwachte uitstroomniveau haalt.",
                    "Er is een duidelijke samenhang met zorg of behandeling die binnen een so-setting beter "
                    "geboden kan worden."]]),
        ("h2", "5.4 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren. Een TLV voor het so geldt één tot drie "
              "schooljaren, tot en met 31 juli van het laatste schooljaar; wordt de verklaring in de loop van "
              "een schooljaar afgegeven, dan telt het resterende deel van dat jaar erbij. Voor het so bepaalt "
              "de commissie de bekostigingscategorie laag, midden of hoog op basis van de omvang van de "
              "benodigde ondersteuning en zorg."),
        ("h2", "5.5 Spoedplaatsing"),
        ("p", "In een acute situatie kan de directeur-bestuurder een tijdelijke TLV van maximaal drie maanden "
              "afgeven. In die periode wordt de reguliere procedure doorlopen."),
        ("h2", "5.6 Afloop van de verklaring en de weg terug"),
        ("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Ons uitgangspunt is dat elke "
              "leerling in het speciaal (basis)onderwijs terug kan naar een gewone basisschool, het liefst in "
              "de eigen woonkern, zodra het OPP laat zien dat de ondersteuningsbehoefte met een arrangement "
              "op niveau 2 of 3 kan worden opgevangen. Voorwaarden zijn dat de ontvangende school de "
              "basisondersteuning op orde heeft, dat er een ondersteuningsplan voor de overgang ligt en dat "
              "de leerling zelf de overstap aankan."),
        ("p", "De school voor sbo of so neemt het initiatief. Zij evalueert het OPP jaarlijks en bespreekt in "
              "het laatste jaar van de TLV, uiterlijk in januari, in de commissie van begeleiding of "
              "terugkeer mogelijk is. Is dat zo, dan meldt de school dit vóór 1 maart bij het loket; de "
              "schoolcontactpersoon zoekt samen met de s(b)o-school een reguliere school en plant een "
              "overdrachtsgesprek. Is terugkeer niet mogelijk, dan vraagt de s(b)o-school vóór 1 april een "
              "nieuwe TLV aan volgens 5.2; zonder nieuwe aanvraag loopt de verklaring op 31 juli af."),
        ("p", "Een teruggeplaatste leerling krijgt standaard een terugkeerarrangement: gedurende twintig weken "
              "twee uur per week begeleiding door een leraar van de s(b)o-school in de nieuwe klas, betaald "
              "uit het budget arrangementen van het samenwerkingsverband. Na tien en na twintig weken "
              "evalueert de ontvangende school met de s(b)o-school het verloop. In het jaarverslag rapporteren "
              "we het aantal terugplaatsingen; in 2024-2025 waren dat er 17."),
    ]
    body += [
        ("h1", "6. Een passende plek voor ieder kind"),
        ("p", "Zorgplicht betekent dat het schoolbestuur waar een leerling is aangemeld een passende plek moet "
              "bieden, op de eigen school of elders. Lukt dat niet binnen zes weken (eenmaal te verlengen met "
              "vier weken), dan meldt het bestuur de leerling bij het bureau. De schoolcontactpersoon "
              "organiseert dan binnen tien werkdagen een overleg met de betrokken besturen."),
        ("p", "Elke leerplichtige leerling die vier weken of langer geen onderwijs volgt, of die thuiszit in "
              "afwachting van een plek, bespreken we in de Thuiszitterstafel. Aan die tafel zitten leerplicht, "
              "het gebiedsteam, de schoolcontactpersoon en de betrokken school. Binnen twee weken ligt er "
              "een plan met een datum voor (gedeeltelijke) terugkeer naar school. Als een bestuur geen "
              "plek vindt, beslist de directeur-bestuurder welk bestuur de leerling tijdelijk plaatst."),
        ("p", "Eenmaal per jaar, in mei, brengen we met de besturen in kaart waar het aanbod tekortschiet: "
              "wachtlijsten bij so en sbo, groepen kinderen voor wie geen passende plek in de regio is, en "
              "vrijstellingen van de leerplicht. Uit de inventarisatie van 2025 bleek dat er voor jonge "
              "kinderen met ernstige gedragsproblemen en een laag ontwikkelingsniveau geen plek binnen de "
              "regio was. Daarom start SO De Wielewaal per 1 augustus 2027 een kleine groep van zes plaatsen, "
              "mede gefinancierd door de gemeenten."),
    ]
    body += [
        ("h1", "7. Kwaliteit en opbrengsten"),
        ("h2", "7.1 Onze ambities"),
        ("p", "De Lingebocht heeft hoge ambities. We willen dat kinderen met een ondersteuningsbehoefte zich "
              "optimaal ontwikkelen, dat zij zoveel mogelijk thuisnabij naar school gaan en dat scholen zich "
              "gesteund voelen. We streven ernaar dat de kwaliteit van de arrangementen verder groeit en dat "
              "de samenwerking met de jeugdhulp vanzelfsprekend wordt."),
        ("p", "Deze ambities zijn richtinggevend. De vertaling naar doelen per jaar maken we in het jaarplan; "
              "het eerste jaarplan onder dit ondersteuningsplan verschijnt in het najaar van 2026."),
        ("h2", "7.2 Zo volgen we wat er gebeurt"),
        ("p", "Het bureau houdt een monitor passend onderwijs bij. Elk kwartaal leggen we vast: het aantal "
              "aangevraagde en afgegeven TLV's, de doorlooptijd van aanvragen, het aantal arrangementen per "
              "niveau, het aantal leerlingen aan de Thuiszitterstafel en de deelnamepercentages sbo en so "
              "op de teldatum 1 oktober, afgezet tegen het landelijk gemiddelde."),
        ("p", "Twee keer per jaar voert de directeur-bestuurder met elk schoolbestuur een kwaliteitsdialoog "
              "aan de hand van deze monitor, aangevuld met de evaluaties van de arrangementen en de "
              "uitkomsten van de kwaliteitskaart basisondersteuning. De bevindingen en de bereikte "
              "resultaten staan in het jaarverslag dat vóór 1 juli verschijnt en dat met de OPR wordt "
              "besproken."),
        ("table", [["Kengetal (peildatum 1 oktober)", "2021", "2022", "2023", "2024"],
                   ["Deelname sbo", "2,31%", "2,24%", "2,19%", "2,12%"],
                   ["Deelname so", "1,58%", "1,61%", "1,66%", "1,63%"],
                   ["Afgegeven TLV's (schooljaar)", "112", "104", "118", "109"],
                   ["Gemiddelde doorlooptijd TLV (werkdagen)", "31", "28", "26", "24"],
                   ["Leerlingen besproken aan Thuiszitterstafel", "22", "19", "25", "18"]]),
    ]
    body += [
        ("h1", "8. Geld en middelen"),
        ("h2", "8.1 Verdeling"),
        ("p", "De Lingebocht ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van "
              "de afdrachten voor leerlingen in het so en de overdracht aan het sbo resteert een budget dat "
              "voor het grootste deel naar de schoolbesturen gaat. De verdeling gebeurt volgens het "
              "verdeelmodel van het samenwerkingsverband, dat in bijlage 6 is opgenomen. Het algemeen bestuur "
              "kan het model aanpassen als daar aanleiding toe is."),
        ("h2", "8.2 Waaraan besteden we het geld"),
        ("p", "De schoolbesturen zetten hun deel in voor de basisondersteuning en voor arrangementen op "
              "niveau 2: extra uren intern begeleiding, onderwijsassistenten voor kleine groepjes, "
              "gedragsspecialisten en de scholing van leraren. Het samenwerkingsverband zelf financiert de "
              "bovenschoolse voorzieningen op niveau 3, de terugkeerarrangementen, de deskundigen van het "
              "loket en het bureau. De meerjarenbegroting ziet er als volgt uit (bedragen in euro's):"),
        ("table", [["", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning (lichte en zware)", "9.842.000", "9.790.000", "9.735.000",
                    "9.690.000"],
                   ["Afdracht DUO so (zware ondersteuning)", "-2.960.000", "-2.985.000", "-3.010.000",
                    "-3.030.000"],
                   ["Overdracht sbo boven 2%", "-610.000", "-590.000", "-575.000", "-560.000"],
                   ["Doorbetaling schoolbesturen", "4.820.000", "4.790.000", "4.760.000", "4.740.000"],
                   ["Bovenschoolse voorzieningen (De Kiem, Vlinder, taalklas)", "585.000", "600.000",
                    "615.000", "615.000"],
                   ["Arrangementen en terugkeerarrangementen", "390.000", "400.000", "400.000", "400.000"],
                   ["Nieuwe so-groep jonge kinderen (aandeel SWV)", "0", "95.000", "160.000", "160.000"],
                   ["Bureau, loket en deskundigen", "455.000", "465.000", "475.000", "485.000"],
                   ["Saldo", "22.000", "-135.000", "-260.000", "-300.000"]]),
        ("p", "De negatieve saldi vanaf 2027 zijn bewust: het samenwerkingsverband bouwt de reserve af tot "
              "het niveau van de signaleringswaarde. Het weerstandsvermogen daalt daarmee van 14% naar 7% "
              "van de baten, wat het bestuur op basis van de risicoanalyse voldoende acht."),
    ]
    body += governance(c, opr_parents=False, model="rvt")
    body += oogo(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += totstandkoming(c)
    body += kennisdeling(c)
    body += begrippen(gloss("basisondersteuning", "arrangement", "dekkend aanbod", "toelaatbaarheidsverklaring",
                            "terugplaatsing", "verdeelmodel", "ouder- en jeugdsteunpunt", "onderwijsconsulent",
                            "beoogde resultaten", "OPP", "zorgplicht"))
    body += afkortingen(c)
    toc = toc_from(body, extra=["Bijlage 6 Verdeelmodel", "Bijlage 7 Informatie voor ouders"])
    blocks = b + [("toc", toc), ("pagebreak",)] + body
    meta = dict(header=f"Ondersteuningsplan {c['period']} {c['short']} | basisondersteuning - toelaatbaarheid - "
                       "ouders - middelen",
                footer=f"{c['name']} | {c['code']} | www.delingebocht.nl",
                meta_title=f"Ondersteuningsplan {c['period']} {c['short']}")
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 3: ondergrens for every vestiging set by AB + concrete list; borging via kwaliteitskaart.",
        "plaatsing": "Ch. 5.1-5.4: who applies, steps, Commissie Toelaatbaarheid decides within 6 weeks, criteria table sbo/so; no bezwaar route.",
        "terugstroom": "Hidden in TLV chapter 5.6 'Afloop van de verklaring en de weg terug': policy, conditions, initiative, deadlines, terugkeerarrangement.",
        "financien": "Ch. 8 'Geld en middelen': verdeling only names 'het verdeelmodel ... in bijlage 6' (annex absent) -> verdeling not addressed; besteding + meerjarenbegroting table present.",
        "dekkend-aanbod": "Ch. 4 five-level table (continuum); ch. 6 zorgplicht, Thuiszitterstafel, yearly gap inventory with concrete action (lacunes).",
        "resultaten": "Ch. 7.1 only ambitions ('we streven ernaar'), goals deferred to jaarplan -> doelen false; 7.2 monitor, kwaliteitsdialoog, jaarverslag, figures table -> monitoring true.",
        "ouders": "No section on informing parents or independent help; 'ouders' only in header, voorwoord, OPR instemming and glossary/abbreviations (OJSP, onderwijsconsulent); TOC lists absent 'Bijlage 7 Informatie voor ouders'.",
    }
    return blocks, meta, crit, adv, notes


# ============================================================================================
# Plan 2 - VO Maasdelta-Oost (docx)
#   near-misses: basisondersteuning.inhoud (only the four Referentiekader aspects + website kwaliteitskaart);
#                ouders.steunpunt (OJSP only named in a list of partners)
#   missing elements: plaatsing and terugstroom (delegated to an absent 'Routeboek Toewijzing', bijlage 3)
#   ouders.informatie lives in the chapter 'Communicatie'; verdeling only in a table.
# ============================================================================================

C2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Maasdelta-Oost", short="SWV Maasdelta-Oost",
          code="VO 28-11", sector="vo", period="2026-2030", director="ir. J.P. (Joost) van der Staaij",
          gemeenten=["Maasdelta", "Oud-Beijerwaard", "Strijenhoek"], boards=7, schools=21,
          pupils="13.870", region="het oostelijk deel van de Hoeksche Maasdelta", seat="Oud-Beijerwaard",
          fte="18,2")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2026 - 2030"),
         ("sub", f"{c['name']} ({c['code']})"),
         ("sub", "Koers: samen verder, dichtbij de leerling. Versie voor instemming OPR, maart 2026."),
         ("pagebreak",)]
    body = []
    body += voorwoord(c, 2)
    body += leeswijzer(c, "de hoofdstukken over basisondersteuning, het ondersteuningsaanbod, resultaten, "
                          "financiën, communicatie en organisatie. Toewijzing en toelaatbaarheid zijn "
                          "uitgewerkt in het Routeboek.")
    body += context(c, with_participation=False)
    body += visie(c, parents_partner=True, variant=2)
    body += [
        ("h1", "3. Basisondersteuning"),
        ("p", "In Maasdelta-Oost hebben alle zeven schoolbesturen afgesproken dat iedere vestiging voor "
              "voortgezet onderwijs, van praktijkonderwijs tot gymnasium, hetzelfde minimumniveau van "
              "ondersteuning biedt. Dat niveau noemen we de basisondersteuning. Het is vastgesteld door het "
              "algemeen bestuur en geldt voor alle 21 vestigingen, ongeacht onderwijstype of denominatie."),
        ("p", "Bij het bepalen van de basisondersteuning volgen wij het landelijke Referentiekader passend "
              "onderwijs. De basisondersteuning bestaat daarmee uit vier onderdelen: basiskwaliteit zoals de "
              "Inspectie die beoordeelt, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur van de school en planmatig werken. Samen vormen deze "
              "onderdelen het fundament waarop extra ondersteuning kan worden gebouwd."),
        ("p", "De uitgewerkte standaarden per onderdeel zijn opgenomen in de Kwaliteitskaart Basisondersteuning "
              "VO, die op onze website staat en jaarlijks wordt geactualiseerd. Scholen beschrijven in hun "
              "schoolgids hoe zij aan de kwaliteitskaart voldoen."),
        ("p", "Om te borgen dat de basisondersteuning op elke vestiging aanwezig is, voert een auditteam van "
              "ondersteuningscoördinatoren van andere besturen eens in de twee jaar een audit uit op iedere "
              "vestiging. Het auditrapport gaat naar het schoolbestuur en het bureau. Voldoet een vestiging "
              "op onderdelen niet, dan stelt het bestuur binnen drie maanden een verbeterplan op; bij de "
              "volgende audit wordt het verbeterplan als eerste getoetst."),
        ("h1", "4. Het ondersteuningsaanbod"),
        ("h2", "4.1 Van school naar bovenschools"),
        ("p", "Boven op de basisondersteuning bieden de scholen extra ondersteuning. We onderscheiden drie "
              "lagen. In de eerste laag biedt de school zelf extra ondersteuning vanuit haar "
              "ondersteuningsbudget: een trajectgroep of time-outvoorziening, begeleiding door een "
              "orthopedagoog, faalangsttraining, huiswerkbegeleiding en individuele coaching. Elke school heeft "
              "een ondersteuningscoördinator die dit organiseert."),
        ("p", "In de tweede laag zijn de bovenschoolse voorzieningen van het samenwerkingsverband "
              "beschikbaar: het orthopedagogisch-didactisch centrum (OPDC) De Overstap voor leerlingen die "
              "tijdelijk niet in een reguliere klas kunnen functioneren (maximaal 24 plaatsen, verblijf "
              "twaalf tot veertig weken met een terugkeergarantie naar de eigen school); het reboundtraject "
              "Kompas (acht weken, twee dagdelen per week op de eigen school); en het taalcentrum voor "
              "nieuwkomers en de internationale schakelklas (ISK) in Maasdelta."),
        ("p", "In de derde laag gaat het om het voortgezet speciaal onderwijs. In het werkgebied zijn twee "
              "vso-scholen gevestigd: vso De Hoeksteen (cluster 4) en vso Het Palet (cluster 3). Voor "
              "leerlingen met een zeer specifieke ondersteuningsvraag wordt gebruikgemaakt van vso-scholen "
              "buiten de regio. Praktijkonderwijs wordt aangeboden op twee locaties, lwoo op alle "
              "vmbo-vestigingen."),
        ("table", [["Voorziening", "Doelgroep", "Capaciteit", "Gemiddelde duur"],
                   ["Trajectgroep op school", "leerlingen met gedrags- of concentratieproblemen",
                    "per school 8-12", "doorlopend, deels van de dag"],
                   ["OPDC De Overstap", "tijdelijke uitval regulier", "24", "12-40 weken"],
                   ["Rebound Kompas", "dreigende schorsing/verwijdering", "16 per periode", "8 weken"],
                   ["Taalcentrum / ISK", "nieuwkomers 12-18 jaar", "90", "1-2 jaar"],
                   ["Onderwijs-zorggroep De Brug", "leerlingen met psychiatrische problematiek en "
                    "behandeling", "10", "maximaal 1 jaar"]]),
        ("h2", "4.2 Als er geen passende plek is"),
        ("p", "Soms lukt het niet om een leerling direct een passende plek te bieden. Het bureau houdt daarom "
              "een registratie bij van alle leerlingen die langer dan twee weken thuiszitten of op een "
              "wachtlijst staan voor een voorziening. Elke maand bespreekt het Expertiseteam, samen met "
              "leerplicht en het jeugdteam, alle lopende casussen. Voor iedere leerling wordt binnen vijf "
              "werkdagen een casusregisseur aangewezen die verantwoordelijk is voor een plan met concrete "
              "stappen naar onderwijs."),
        ("p", "Daarnaast maken we twee keer per jaar, in november en in mei, een analyse van de wachtlijsten "
              "en van de groepen leerlingen voor wie het aanbod tekortschiet. In 2025 waren dat vooral "
              "hoogbegaafde leerlingen met een tweede ondersteuningsvraag en jongeren met angstklachten die "
              "geen volledig rooster aankunnen. Voor de eerste groep start per 1 augustus 2026 een "
              "HB-plusgroep op twee locaties; voor de tweede groep wordt het OPDC uitgebreid met een "
              "afstandsleerprogramma gekoppeld aan behandeling."),
        ("h2", "4.3 Toewijzing en toelaatbaarheid"),
        ("p", "Hoe een school een arrangement, een plaats in het OPDC of een toelaatbaarheidsverklaring voor "
              "het vso aanvraagt, hoe de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid "
              "tot het praktijkonderwijs verlopen, en welke afspraken gelden voor de terugkeer van vso-"
              "leerlingen naar het voortgezet onderwijs, is beschreven in het Routeboek Toewijzing "
              "(bijlage 3). Het Routeboek wordt jaarlijks door de directeur-bestuurder geactualiseerd."),
    ]
    body += [
        ("h1", "5. Resultaten"),
        ("h2", "5.1 Wat we willen bereiken"),
        ("p", "Voor de planperiode hebben we vijf doelen vastgesteld voor leerlingen die extra ondersteuning "
              "nodig hebben. De doelen zijn meetbaar gemaakt met een nulmeting (schooljaar 2024-2025) en een "
              "streefwaarde voor 2030."),
        ("table", [["Doel", "Indicator", "Nulmeting 2024-25", "Streefwaarde 2030"],
                   ["Minder thuiszitters", "aantal absoluut verzuimers en langdurig relatief verzuimers "
                    "> 4 weken op 1 oktober", "31", "maximaal 15"],
                   ["Meer leerlingen thuisnabij", "deelnamepercentage vso op 1 oktober", "3,9%", "3,4%"],
                   ["Succesvolle terugkeer uit OPDC", "percentage leerlingen dat na OPDC-traject een jaar "
                    "later nog op een reguliere school zit", "71%", "85%"],
                   ["Doorlopende leerlijn", "percentage leerlingen met OPP dat met een diploma of "
                    "startkwalificatie uitstroomt", "62%", "70%"],
                   ["Snelle hulp", "doorlooptijd van aanvraag tot start arrangement", "29 werkdagen",
                    "maximaal 15 werkdagen"]]),
        ("h2", "5.2 Hoe we meten en verantwoorden"),
        ("p", "De indicatoren worden drie keer per jaar berekend uit het registratiesysteem van het bureau, "
              "de leerlingtellingen van DUO en de verzuimgegevens van leerplicht. Het bureau stelt elk "
              "kwartaal een dashboard op dat in het directeurenoverleg en in het algemeen bestuur wordt "
              "besproken. Bij een afwijking van meer dan 10% van de verwachte lijn stelt het bureau een "
              "analyse en een bijsturingsvoorstel op."),
        ("p", "Jaarlijks rapporteren we in het jaarverslag over de bereikte resultaten per doel, met daarbij "
              "een kwalitatieve toelichting van scholen en, waar mogelijk, ervaringen van leerlingen. "
              "Halverwege de planperiode, in 2028, laat het bestuur een externe tussenevaluatie uitvoeren."),
    ]
    body += [
        ("h1", "6. Financieel kader"),
        ("p", "Het samenwerkingsverband ontvangt de rijksbijdrage voor lichte ondersteuning, zware "
              "ondersteuning, lwoo en praktijkonderwijs. De middelen voor lwoo en praktijkonderwijs worden "
              "volledig doorbetaald aan de besturen met een lwoo- of pro-vestiging. Voor de overige middelen "
              "geldt de verdeelsleutel in de tabel hieronder; het algemeen bestuur stelt de bedragen jaarlijks "
              "in december vast op basis van de leerlingtelling van 1 oktober van het voorgaande jaar."),
        ("table", [["Component", "Grondslag voor verdeling", "Bedrag 2026"],
                   ["Vaste voet per vestiging", "elke vestiging gelijk", "€ 28.000 per vestiging"],
                   ["Schoolbudget extra ondersteuning", "aantal leerlingen op 1 oktober",
                    "€ 142 per leerling"],
                   ["Toeslag kwetsbare leerlingen", "aantal leerlingen vmbo-basis/kader en pro",
                    "€ 95 per leerling"],
                   ["Bovenschoolse voorzieningen", "rechtstreeks door SWV bekostigd", "zie begroting"],
                   ["lwoo en pro", "volledig door naar besturen met lwoo/pro op basis van aantal leerlingen",
                    "rijksbedrag"]]),
        ("p", "Scholen besteden het schoolbudget aan hun eigen extra ondersteuning: de "
              "ondersteuningscoördinator, trajectgroepen, orthopedagogische inzet en coaching. Ze leggen "
              "daarover jaarlijks verantwoording af in een format van het samenwerkingsverband, waarin ze per "
              "bestedingscategorie het bedrag en de bereikte leerlingen opnemen."),
        ("h2", "6.1 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029", "2030"],
                   ["Baten rijksbijdrage (excl. lwoo/pro)", "11.640", "11.520", "11.410", "11.330", "11.280"],
                   ["Baten lwoo en pro", "6.180", "6.090", "6.010", "5.960", "5.920"],
                   ["Afdracht vso (DUO)", "5.460", "5.390", "5.290", "5.220", "5.170"],
                   ["Doorbetaling lwoo en pro", "6.180", "6.090", "6.010", "5.960", "5.920"],
                   ["Schoolbudgetten (verdeelsleutel)", "3.310", "3.280", "3.250", "3.230", "3.220"],
                   ["OPDC De Overstap en Rebound Kompas", "1.620", "1.650", "1.680", "1.700", "1.720"],
                   ["Taalcentrum/ISK (aandeel SWV)", "310", "315", "320", "325", "330"],
                   ["HB-plusgroep en afstandsleren", "180", "240", "260", "260", "260"],
                   ["Bureau en expertiseteam", "790", "805", "820", "835", "850"],
                   ["Resultaat", "-40", "-160", "-210", "-240", "-280"]]),
        ("p", "De reserve bedraagt begin 2026 € 2,9 miljoen. Met de geplande tekorten daalt deze tot circa "
              "€ 1,8 miljoen in 2030, boven de ondergrens die het bestuur op basis van de risicoanalyse "
              "heeft vastgesteld."),
    ]
    body += [
        ("h1", "7. Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. We communiceren met scholen via het "
              "directeurenoverleg, de netwerken van ondersteuningscoördinatoren en een nieuwsbrief die zes keer "
              "per jaar verschijnt. Met gemeenten communiceren we via het OOGO en het ambtelijk overleg."),
        ("p", "Ouders en leerlingen informeren we op drie manieren. Ten eerste via de website, met een aparte "
              "ouderpagina waarop in gewone taal staat welke ondersteuning elke school biedt, welke "
              "bovenschoolse voorzieningen er zijn en hoe een leerling daar terechtkomt; de pagina is ook in "
              "het Engels, Arabisch en Pools beschikbaar. Ten tweede via de scholen: elke school neemt in de "
              "schoolgids een vaste paragraaf over passend onderwijs op en verwijst naar de ouderpagina. Ten "
              "derde organiseren we twee keer per jaar een informatieavond voor ouders van leerlingen in "
              "groep 8 en klas 1, samen met het samenwerkingsverband PO."),
        ("p", "Bij elk arrangement en bij elke plaatsing in het OPDC ontvangen ouders een brief waarin het "
              "doel, de duur en de contactpersoon staan. Ouders zijn altijd welkom bij het gesprek in het "
              "ondersteuningsteam waarin het arrangement wordt besproken."),
        ("h1", "8. Samenwerking met partners"),
        ("p", "Het samenwerkingsverband werkt met veel partners samen. De belangrijkste zijn:"),
        ("ul", ["de gemeenten Maasdelta, Oud-Beijerwaard en Strijenhoek (OOGO, leerplicht, jeugdteams);",
                "Samenwerkingsverband PO Hoeksche Maasdelta (overdracht PO-VO);",
                "de mbo-instellingen in de regio (overstap vo-mbo, entreeopleidingen);",
                "jeugdhulpaanbieders en de GGZ-instellingen in de regio;",
                "GGD Zuid-Holland Zuid (jeugdarts, jeugdverpleegkundige);",
                "Ouder- en Jeugdsteunpunt Maasdelta;",
                "het Regionaal Bureau Leerplicht en de RMC-functie;",
                "Veilig Thuis en de politie (convenant veiligheid in en om de school)."]),
        ("p", "Met de gemeenten is afgesproken dat jeugdhulp onder schooltijd op school kan plaatsvinden en "
              "dat in de onderwijs-zorggroep De Brug de behandeling door de gemeenten wordt betaald en het "
              "onderwijs door het samenwerkingsverband."),
    ]
    body += governance(c, opr_parents=True, model="vereniging")
    body += personeel(c)
    body += ict_privacy(c)
    body += totstandkoming(c, oogo_date="5 maart 2026", opr_date="26 maart 2026", ab_date="9 april 2026")
    body += kennisdeling(c) + jaaragenda(c) + werkdruk(c)
    body += begrippen(gloss("basisondersteuning", "arrangement", "dekkend aanbod", "toelaatbaarheidsverklaring",
                            "terugplaatsing", "lwoo", "praktijkonderwijs", "ouder- en jeugdsteunpunt",
                            "thuiszitter", "zorgplicht", "SOP"))
    body += afkortingen(c)
    toc = toc_from(body, extra=["Bijlage 1 Kwaliteitskaart Basisondersteuning VO",
                                "Bijlage 2 OOGO-verslag", "Bijlage 3 Routeboek Toewijzing: toelaatbaarheid vso, "
                                "lwoo, pro en terugplaatsing"])
    blocks = b + [("toc", toc), ("pagebreak",)] + body
    meta = dict(header=f"{c['short']} | Ondersteuningsplan {c['period']}",
                footer=f"{c['code']} | versie instemming OPR", meta_title=f"Ondersteuningsplan {c['short']}")
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3: niveau defined for all 21 vestigingen; content only the four Referentiekader aspects, standards in website Kwaliteitskaart -> inhoud false; audit = borging.",
        "plaatsing": "Only 4.3 points to 'Routeboek Toewijzing (bijlage 3)', which is not part of the input; TOC and glossary traps. Nothing addressed.",
        "terugstroom": "Same deferral in 4.3 to the absent Routeboek; OPDC 'terugkeergarantie' is return from a bovenschoolse voorziening, not from vso.",
        "financien": "Ch. 6 'Financieel kader': verdeelsleutel criteria only in a table; besteding text + meerjarenbegroting table 2026-2030.",
        "dekkend-aanbod": "Ch. 4.1 three layers + table; 4.2 registration of thuiszitters, Expertiseteam, casusregisseur, half-yearly gap analysis with actions.",
        "resultaten": "Ch. 5: goals with nulmeting and streefwaarde in a table; dashboard, jaarverslag, tussenevaluatie.",
        "ouders": "Ch. 7 'Communicatie' covers informatie (ouderpagina, schoolgids, informatieavonden); steunpunt only named in the partner list of ch. 8 -> steunpunt false.",
    }
    return blocks, meta, crit, adv, notes


# ============================================================================================
# Plan 3 - PO De Brede Waard (pdf)
#   near-misses: plaatsing.procedure (generic step list, no applicant/deciding body/termijn, deferral to
#                a Handboek); dekkend-aanbod.lacunes ('we gaan onderzoeken', thuiszitters only as a theme)
#   missing element: financien (delegated to a separately adopted Financieel Kader)
#   unusual wordings: terugstroom as 'retourtraject' / 'weer naar de wijkschool'; resultaten as
#   'Wat willen we bereiken' and 'vinger aan de pols'; ouders steunpunt as 'Ouderwijzer'.
# ============================================================================================

C3 = dict(name="Stichting Samenwerkingsverband PO De Brede Waard", short="De Brede Waard", code="PO 30-06",
          sector="po", period="2026-2030", director="A.H. (Anouk) Reijnders MEd",
          gemeenten=["Bredewaard", "Oosterzande", "Polderveen"], boards=6, schools=41, pupils="8.930",
          region="de polders ten zuiden van het Zandmeer", seat="Bredewaard", fte="9,8")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan De Brede Waard 2026-2030"),
         ("sub", "Samen zorgen dat elk kind kan meedoen"),
         ("sub", f"{c['name']} - {c['code']}"),
         ("pagebreak",)]
    body = []
    body += voorwoord(c, 1)
    body += context(c, with_participation=False)
    body += visie(c, parents_partner=True, variant=1)
    body += [
        ("h1", "3. Wat u op elke school mag verwachten"),
        ("p", "Alle 41 basisscholen van De Brede Waard hebben met elkaar vastgelegd welke ondersteuning op "
              "iedere locatie minimaal aanwezig is. Deze gezamenlijke basis is vastgesteld door de zes "
              "schoolbesturen en geldt als ondergrens voor elke school en elke nevenvestiging. Het overzicht "
              "hieronder is bedoeld voor leraren en voor ouders."),
        ("table", [["Thema", "Op elke school aanwezig"],
                   ["Signaleren en volgen", "leerlingvolgsysteem met toetsen en observaties; drie keer per jaar "
                    "groepsbespreking en leerlingbespreking met de intern begeleider"],
                   ["Lezen en spellen", "dyslexieprotocol; voor leerlingen met een vermoeden van dyslexie "
                    "twintig weken extra leesinterventie in een klein groepje voordat onderzoek wordt "
                    "aangevraagd"],
                   ["Rekenen", "protocol ernstige rekenproblemen en dyscalculie; verlengde instructie in "
                    "de klas"],
                   ["Gedrag en welbevinden", "schoolbrede gedragsaanpak, jaarlijkse meting van sociale "
                    "veiligheid, kindgesprekken, aandachtsfunctionaris"],
                   ["Meer- en hoogbegaafdheid", "signalering in groep 2 en 5, compacten en verrijken, "
                    "verrijkingsmateriaal in elke groep"],
                   ["Taal en nieuwkomers", "NT2-materiaal en extra woordenschatinstructie"],
                   ["Medisch", "protocol medisch handelen; afspraken met de jeugdverpleegkundige"],
                   ["Structuur", "intern begeleider, ondersteuningsteam met de consulent van De Brede Waard "
                    "en het schoolmaatschappelijk werk, minimaal vijf keer per jaar"]]),
        ("p", "Of een school dit niveau haalt, bespreekt de consulent van De Brede Waard jaarlijks met de "
              "directeur aan de hand van de zelfevaluatie van de school. De uitkomsten worden per bestuur "
              "samengevat en besproken in het bestuurlijk overleg."),
        ("h1", "4. Ondersteuning boven de basis"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basis, vraagt de school in het ondersteuningsteam "
              "een arrangement aan. Een arrangement is een afgesproken inzet voor een periode van ten hoogste "
              "een schooljaar, met een doel en een evaluatiemoment. Voorbeelden zijn: begeleiding door een "
              "gedragsspecialist, een periode in de Zandmeerklas (bovenschoolse groep voor kinderen met "
              "gedrags- en werkhoudingsproblemen, twaalf plaatsen), de Denkwerkplaats voor hoogbegaafde "
              "leerlingen (één dag per week) en ambulante begeleiding vanuit het so."),
        ("p", "Voor kinderen voor wie ook met een arrangement het reguliere onderwijs niet passend is, zijn "
              "er in de regio één school voor speciaal basisonderwijs (SBO De Horizon, twee locaties) en twee "
              "scholen voor speciaal onderwijs (SO De Zandloper voor cluster 4 en SO Polderhof voor cluster 3). "
              "Kinderen met een visuele of auditieve beperking kunnen terecht bij de landelijke instellingen "
              "voor cluster 1 en 2, waarvoor De Brede Waard geen besluiten neemt."),
        ("p", "Met de gemeenten bekijken we hoe onderwijs en zorg vaker samen kunnen worden georganiseerd. "
              "Het ontbreken van een passende plek voor sommige kinderen is ook in De Brede Waard een "
              "bekend probleem. In de komende planperiode gaan we onderzoeken of er witte vlekken in het "
              "aanbod zijn en hoe we die kunnen opvullen. Thuiszitters hebben daarbij onze bijzondere "
              "aandacht; de gemeenten houden een registratie bij en we willen dat elk kind zo snel mogelijk "
              "weer naar school gaat."),
        ("h1", "5. Naar het speciaal (basis)onderwijs"),
        ("h2", "5.1 De route"),
        ("p", "De route naar het speciaal basisonderwijs of het speciaal onderwijs bestaat uit vier stappen:"),
        ("ol", ["signaleren en bespreken in de groepsbespreking;",
                "bespreken in het ondersteuningsteam en evalueren van de geboden ondersteuning;",
                "aanvragen van een toelaatbaarheidsverklaring;",
                "besluit en plaatsing."]),
        ("p", "De precieze werkwijze rond de aanvraag en de besluitvorming, inclusief formulieren en "
              "termijnen, wordt uitgewerkt in het Handboek Toelaatbaarheid, dat in het eerste planjaar "
              "verschijnt."),
        ("h2", "5.2 Wanneer kan een kind naar sbo of so"),
        ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden "
              "is voldaan: de basisschool heeft ten minste twee OPP-cycli lang extra ondersteuning geboden en "
              "geëvalueerd; de leerling heeft een ondersteuningsbehoefte op het gebied van leren én op het "
              "gebied van gedrag, werkhouding of sociaal-emotionele ontwikkeling; en de leerling heeft "
              "structureel een kleinere groep en meer nabijheid van een leraar nodig dan een basisschool met "
              "een arrangement kan bieden."),
        ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs als hij of zij, naast de voorwaarden "
              "voor het sbo, gedurende de hele schooldag specialistische begeleiding nodig heeft vanwege een "
              "lichamelijke of verstandelijke beperking, langdurige ziekte of ernstige gedrags- of "
              "psychiatrische problematiek, en als onderwijs en zorg of behandeling daarbij in samenhang "
              "moeten worden geboden. Bij een zeer ernstige meervoudige beperking mag rechtstreeks een "
              "verklaring voor het so worden gegeven zonder voorafgaande periode in het regulier onderwijs."),
        ("table", [["Soort verklaring", "Geldigheid"],
                   ["sbo", "tot en met 31 juli van het tweede volledige schooljaar"],
                   ["so categorie laag (cluster 4, ZML)", "tot en met 31 juli van het tweede volledige schooljaar"],
                   ["so categorie midden/hoog (LG, LZ, MG)", "tot het einde van de basisschoolleeftijd"]]),
        ("h2", "5.3 Terug naar de wijkschool"),
        ("p", "De Brede Waard wil dat een verblijf in het sbo of so zo kort duurt als voor het kind goed is. "
              "Beleid is dat bij elke leerling in het speciaal (basis)onderwijs jaarlijks bij de bespreking van "
              "het OPP de vraag wordt gesteld of een retourtraject naar een reguliere basisschool haalbaar is. "
              "Een retour is aan de orde als het kind zich op leren en gedrag zodanig heeft ontwikkeld dat "
              "het met een arrangement op een basisschool verder kan, en de ouders en de leerling dat "
              "willen. De voorkeur gaat uit naar de school in de wijk of het dorp waar het kind woont."),
        ("p", "Het retourtraject verloopt zo: de sbo- of so-school stelt het retour voor in het gesprek over "
              "het OPP en meldt het bij de consulent van De Brede Waard. De consulent benadert binnen drie "
              "weken een basisschool en organiseert een overdrachtsgesprek. Daarna volgt een periode van "
              "zes tot acht weken waarin het kind twee dagen per week op de nieuwe school meedraait. Na die "
              "periode besluiten de beide directeuren, samen met de ouders en de consulent, over de "
              "definitieve overstap. De basisschool krijgt daarna een retourarrangement van een half jaar: "
              "coaching van de leraar door de sbo- of so-school en vier uur extra begeleiding per week. "
              "Wordt in het laatste jaar van de verklaring geen retour haalbaar geacht, dan moet de school "
              "vóór 1 mei een verlenging aanvragen."),
    ]
    body += [
        ("h1", "6. Wat willen we bereiken"),
        ("p", "We hebben voor deze planperiode vier doelen geformuleerd voor kinderen die extra ondersteuning "
              "nodig hebben. Bij elk doel staat waar we in 2030 willen staan."),
        ("ol", ["In 2030 gaat ten minste 97,2% van de leerlingen uit De Brede Waard naar een reguliere "
                "basisschool (2024: 96,6%).",
                "In 2030 start een arrangement binnen vier weken na de bespreking in het ondersteuningsteam "
                "(2024-2025: gemiddeld negen weken).",
                "Ten minste 80% van de arrangementen bereikt bij de eindevaluatie het doel dat vooraf is "
                "vastgelegd (2024-2025: 64%).",
                "Jaarlijks maken ten minste tien leerlingen een retourtraject naar een reguliere basisschool "
                "dat na een jaar nog standhoudt (2024-2025: 6)."]),
        ("h2", "6.1 Vinger aan de pols"),
        ("p", "De consulenten registreren elk arrangement en elke evaluatie in het registratiesysteem. "
              "Het bureau verzamelt daarnaast de gegevens van DUO over de deelname aan sbo en so en de "
              "leerplichtgegevens van de gemeenten. In maart en oktober verschijnt een "
              "voortgangsrapportage met de stand per doel, die het bestuur en de OPR bespreken. Het "
              "jaarverslag beschrijft wat bereikt is en waar we bijsturen. Daarnaast vragen we scholen en "
              "ouders eens per twee jaar naar hun tevredenheid."),
        ("h1", "7. Ouders"),
        ("p", "Ouders vinden informatie over passend onderwijs in de ouderfolder 'Passend onderwijs in De Brede "
              "Waard', die elke school bij de aanmelding meegeeft, op de ouderpagina van onze website en in "
              "de schoolgids van hun school. In de folder en op de website staat welke ondersteuning elke "
              "school biedt, welke arrangementen er zijn en hoe de weg naar sbo en so loopt. Twee keer per "
              "jaar houden we een ouderavond over een actueel thema."),
        ("p", "Soms hebben ouders behoefte aan iemand die naast hen staat en niet bij de school of bij het "
              "samenwerkingsverband hoort. Zij kunnen dan terecht bij Ouderwijzer, het ouder- en "
              "jeugdsteunpunt dat De Brede Waard samen met het samenwerkingsverband VO heeft ondergebracht "
              "bij een onafhankelijke stichting. Ouderwijzer is telefonisch en via de app bereikbaar, geeft "
              "advies en kan meegaan naar gesprekken. Verder kunnen ouders kosteloos een beroep doen op de "
              "landelijke Onderwijsconsulenten, en bij een geschil over toelating, verwijdering of het OPP "
              "op de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn volwaardig gesprekspartner bij het opstellen van het OPP en worden uitgenodigd "
              "voor elke bespreking in het ondersteuningsteam over hun kind."),
    ]
    body += [
        ("h1", "8. Organisatie en middelen"),
        ("p", "De Brede Waard werkt met een klein bureau en een netwerk van consulenten die bij de scholen "
              "werken. De middelen voor passend onderwijs zetten we zoveel mogelijk in op de scholen zelf."),
        ("p", "De financiële paragraaf van dit ondersteuningsplan, met het verdeelmodel en de "
              "meerjarenbegroting, is opgenomen in het Financieel Kader 2026-2030. Dat document wordt "
              "afzonderlijk door het bestuur vastgesteld en ter informatie aan de OPR gezonden."),
    ]
    body += governance(c, opr_parents=True, model="rvt")
    body += oogo(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += totstandkoming(c, oogo_date="3 maart 2026", opr_date="17 maart 2026", ab_date="31 maart 2026")
    body += kennisdeling(c) + jaaragenda(c) + vervoer_huisvesting(c) + werkdruk(c)
    body += begrippen(gloss("basisondersteuning", "arrangement", "dekkend aanbod", "toelaatbaarheidsverklaring",
                            "terugplaatsing", "verdeelmodel", "meerjarenbegroting", "onderwijsconsulent",
                            "thuiszitter", "OPP"))
    body += afkortingen(c)
    toc = toc_from(body, extra=["Bijlage 1 Financieel Kader 2026-2030 (apart document)"])
    blocks = b + [("toc", toc), ("pagebreak",)] + body
    meta = dict(header=f"Ondersteuningsplan {c['short']} {c['period']}",
                footer=f"{c['code']} - financiën, resultaten en ouders", meta_title=f"OP {c['short']}")
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 'Wat u op elke school mag verwachten': ondergrens for every location + content table; yearly consulent check.",
        "plaatsing": "5.1 only a generic four-step list (no applicant, deciding body, dossier or termijn) and the Handboek is still to appear -> procedure false; 5.2 concrete sbo/so criteria + validity table.",
        "terugstroom": "5.3 'Terug naar de wijkschool': policy (yearly OPP question, conditions, wijkschool) and 'retourtraject' steps, decision, retourarrangement, verlenging before 1 May.",
        "financien": "Ch. 8 'Organisatie en middelen' defers verdeelmodel and meerjarenbegroting to the separately adopted Financieel Kader; no amounts, no criteria anywhere.",
        "dekkend-aanbod": "Ch. 4 continuum (arrangementen, Zandmeerklas, sbo, so) present; gaps only 'we gaan onderzoeken of er witte vlekken zijn', thuiszitters 'bijzondere aandacht', and thuiszitters as one OOGO theme with a 'trekker' (process sketch) -> lacunes false.",
        "resultaten": "Ch. 6 four numbered goals with 2030 targets; 6.1 'Vinger aan de pols': registration, DUO data, half-yearly voortgangsrapportage, jaarverslag.",
        "ouders": "Ch. 7: folder, website, schoolgids, ouderavond (informatie); Ouderwijzer OJSP, Onderwijsconsulenten, Geschillencommissie (steunpunt).",
    }
    return blocks, meta, crit, adv, notes


# ============================================================================================
# Plan 4 - VO Drechtzoom (pdf)
#   near-misses: terugstroom.beleid ('stimuleert waar mogelijk', conditions to be herijkt in 2026-2027);
#                resultaten.monitoring (only a tevredenheidspeiling; measuring progress 'werken we uit')
#   missing element: dekkend-aanbod (support offer only in absent Ondersteuningskaart bijlage 2; 'dekkend
#                aanbod' only as an ambition in the visie; OOGO only as a date in the procedure table)
#   terugstroom procedure only in a table.
# ============================================================================================

C4 = dict(name="Samenwerkingsverband VO Drechtzoom", short="Drechtzoom", code="VO 27-04", sector="vo",
          period="2026-2030", director="mr. S. (Sanne) Koolhoven", gemeenten=["Drechtzoom", "Alblasmonde",
          "Giessenwerf", "Zwijnhoven"], boards=8, schools=24, pupils="15.210",
          region="de Drechtoever en de Alblasserwaard-West", seat="Alblasmonde", fte="12,4")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{c['name']} ({c['code']})"),
         ("sub", "Iedere leerling een plek die past: dichtbij, duidelijk en duurzaam"),
         ("pagebreak",)]
    body = []
    body += voorwoord(c, 2)
    body += leeswijzer(c, "basisondersteuning, toewijzing van vso, lwoo en praktijkonderwijs, de overstap na "
                          "het vso, onze doelen, het financieel beleid en de informatie aan ouders.")
    body += context(c)
    body += visie(c, parents_partner=True, variant=2)
    body += [
        ("h1", "3. Basisondersteuning in Drechtzoom"),
        ("p", "De acht besturen in Drechtzoom hebben afgesproken dat iedere vestiging voor voortgezet "
              "onderwijs een gelijk basisniveau van ondersteuning biedt. Dit basisniveau is door het bestuur "
              "van het samenwerkingsverband vastgesteld en is voor alle 24 vestigingen bindend, van "
              "praktijkonderwijs tot vwo. Leerlingen en ouders kunnen erop rekenen dat deze ondersteuning "
              "aanwezig is zonder dat daarvoor iets aangevraagd hoeft te worden."),
        ("p", "Het basisniveau omvat in elk geval:"),
        ("ul", ["een ondersteuningscoördinator en per leerjaar een mentor met wekelijks mentoruur;",
                "een zorg- en adviesteam (ZAT) dat ten minste eens per maand bijeenkomt, met de "
                "jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker;",
                "dyslexie- en dyscalculiebegeleiding met faciliteiten bij toetsen en examens "
                "(verlenging, voorleessoftware, vergroting);",
                "faalangstreductietraining en een training sociale vaardigheden, ten minste één keer per "
                "schooljaar;",
                "begeleiding bij plannen en organiseren (executieve functies) in de onderbouw;",
                "een time-outruimte met toezicht en een vast protocol voor terugkeer in de les;",
                "een aanpak voor verzuim volgens het regionale verzuimprotocol, met een gesprek binnen "
                "vijf schooldagen na de eerste melding;",
                "aangepaste roosters en medische afspraken voor leerlingen met een chronische ziekte;",
                "een ontwikkelingsperspectiefplan voor elke leerling die extra ondersteuning krijgt, met "
                "hoorrecht voor de leerling."]),
        ("p", "Scholen laten jaarlijks in hun schoolgids zien hoe zij dit basisniveau invullen. Het bureau "
              "controleert de schoolgidsen in oktober en voert op elke vestiging eens per drie jaar een "
              "kwaliteitsgesprek."),
    ]
    body += [
        ("h1", "4. Het ondersteuningsaanbod"),
        ("p", "Het ondersteuningsaanbod van de scholen en van het samenwerkingsverband is beschreven in de "
              "Ondersteuningskaart Drechtzoom (bijlage 2). De kaart wordt jaarlijks in september "
              "geactualiseerd en geeft per vestiging en per bovenschoolse voorziening het aanbod weer."),
        ("h1", "5. Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "5.1 Het Loket"),
        ("p", "Alle aanvragen voor een toelaatbaarheidsverklaring voor het vso, voor een aanwijzing lwoo en "
              "voor een toelaatbaarheidsverklaring praktijkonderwijs komen binnen bij het Loket van "
              "Drechtzoom. De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling "
              "staat ingeschreven; voor leerlingen uit groep 8 door de vo-school waar de leerling is "
              "aangemeld. Ouders ondertekenen de aanvraag voor gezien en kunnen hun zienswijze toevoegen."),
        ("p", "De TLV-commissie van het Loket, bestaande uit een voorzitter, een orthopedagoog en een "
              "psycholoog, neemt namens het bestuur een besluit binnen vier weken na ontvangst van een "
              "volledig dossier; voor aanvragen lwoo en pro die vóór 1 april binnen zijn, is het besluit "
              "uiterlijk 15 mei bekend. De commissie vraagt voor iedere vso-aanvraag het schriftelijk advies "
              "van twee deskundigen die niet bij de aanvraag betrokken waren, van wie één orthopedagoog of "
              "psycholoog is."),
        ("h2", "5.2 Criteria vso"),
        ("p", "Een leerling is toelaatbaar tot het vso als: (a) de vo-school de basisondersteuning en ten "
              "minste zes maanden passende extra ondersteuning heeft geboden, vastgelegd en geëvalueerd in het "
              "OPP; (b) de ondersteuningsbehoefte zich uitstrekt over de hele schooldag en over meerdere "
              "domeinen; (c) de leerling structureel een kleine groep en specialistische begeleiding nodig "
              "heeft die een reguliere vestiging niet kan bieden; of (d) er sprake is van een medische of "
              "psychiatrische situatie waarbij onderwijs en behandeling op één locatie moeten samengaan. De "
              "duur is één tot drie schooljaren; de commissie bepaalt ook de bekostigingscategorie."),
        ("h2", "5.3 Criteria lwoo en praktijkonderwijs"),
        ("table", [["", "lwoo", "praktijkonderwijs"],
                   ["Intelligentie", "IQ tussen 75 en 90 (of 91-120 met sociaal-emotionele problematiek)",
                    "IQ tussen 55 en 80"],
                   ["Leerachterstand", "1,5 tot 3 jaar op ten minste twee van de domeinen begrijpend lezen, "
                    "technisch lezen, spellen en inzichtelijk rekenen",
                    "3 jaar of meer op ten minste twee domeinen, waaronder inzichtelijk rekenen of "
                    "begrijpend lezen"],
                   ["Grondslag", "landelijke criteria; Drechtzoom maakt geen gebruik van opting out",
                    "landelijke criteria"],
                   ["Duur", "gehele opleiding vmbo", "gehele opleiding praktijkonderwijs"]]),
        ("h2", "5.4 Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid kan het schoolbestuur of de ouder binnen zes weken "
              "bezwaar maken bij het bestuur van Drechtzoom. Drechtzoom is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        ("h1", "6. Na het vso: de overstap naar het voortgezet onderwijs"),
        ("p", "Het samenwerkingsverband stimuleert waar mogelijk dat leerlingen vanuit het vso terugkeren naar "
              "een reguliere vo-school. Welke voorwaarden we daarbij hanteren en welke begeleiding leerlingen "
              "na de overstap krijgen, herijken we in het schooljaar 2026-2027 samen met de vso-scholen en "
              "leggen we vast in een addendum bij dit plan. Tot die tijd volgen we de stappen in het schema "
              "hieronder."),
        ("table", [["Moment in laatste TLV-jaar", "Wie", "Wat"],
                   ["uiterlijk 1 november", "vso-school (commissie van begeleiding)",
                    "evalueert het OPP en beoordeelt of een overstap naar het regulier vo mogelijk is"],
                   ["uiterlijk 15 januari", "vso-school",
                    "meldt bij het Loket: overstap, verlenging (nieuwe TLV) of uitstroom naar mbo/arbeid"],
                   ["februari - maart", "TLV-commissie van het Loket",
                    "beslist over een eventuele nieuwe TLV; bij overstap wijst het Loket een contactpersoon aan"],
                   ["april - juni", "vso-school, ontvangende vo-school, contactpersoon Loket",
                    "overdrachtsgesprek en kennismaking; de vo-school neemt de leerling in"],
                   ["31 juli", "-", "de TLV eindigt; zonder nieuw besluit geen verdere bekostiging vso"]]),
    ]
    body += [
        ("h1", "7. Doelen voor de planperiode"),
        ("p", "Drechtzoom heeft vier doelen vastgesteld die in 2030 gehaald moeten zijn. Elk doel heeft een "
              "nulwaarde (schooljaar 2024-2025) en een streefwaarde."),
        ("table", [["Doel", "Nulwaarde", "Streefwaarde 2030"],
                   ["Deelnamepercentage vso op 1 oktober", "4,1%", "3,6%"],
                   ["Percentage vestigingen dat bij het kwaliteitsgesprek volledig aan het basisniveau "
                    "voldoet", "71%", "100%"],
                   ["Doorlooptijd vso-aanvraag tot besluit", "34 werkdagen", "maximaal 20 werkdagen"],
                   ["Leerlingen met lwoo die binnen vijf jaar een vmbo-diploma halen", "83%", "90%"]]),
        ("p", "Om te weten of we op de goede weg zijn, houden we eens per twee jaar een tevredenheidspeiling "
              "onder ondersteuningscoördinatoren, schoolleiders en ouders. Hoe we de voortgang op de vier "
              "doelen gaan meten en rapporteren, werken we in het eerste planjaar uit in een monitor."),
    ]
    body += [
        ("h1", "8. Financieel beleid"),
        ("h2", "8.1 Verdeling van de middelen"),
        ("p", "Drechtzoom hanteert een schoolmodel: de middelen voor lichte ondersteuning gaan zoveel mogelijk "
              "naar de schoolbesturen. Na aftrek van de afdracht vso, de doorbetaling lwoo en pro en de kosten "
              "van het bureau en het Loket wordt het resterende bedrag als volgt verdeeld: 20% als vast bedrag "
              "per vestiging (gelijk voor alle vestigingen) en 80% naar rato van het aantal leerlingen op de "
              "teldatum 1 oktober van het voorgaande jaar. Vestigingen met meer dan 40% leerlingen in vmbo-basis "
              "of pro krijgen een opslag van 15% op het leerlingdeel. Het bestuur stelt de bedragen in november "
              "vast; betaling vindt plaats in twaalf maandelijkse termijnen."),
        ("p", "Besturen verantwoorden de besteding jaarlijks vóór 1 mei aan de hand van een format waarin zij "
              "per vestiging de inzet van formatie en materiële kosten voor ondersteuning opnemen."),
        ("h2", "8.2 Meerjarenbegroting"),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "12.480", "12.390", "12.300", "12.240"],
                   ["Rijksbijdrage lwoo en pro", "7.020", "6.960", "6.900", "6.850"],
                   ["Afdracht vso", "-5.910", "-5.880", "-5.840", "-5.800"],
                   ["Doorbetaling lwoo en pro", "-7.020", "-6.960", "-6.900", "-6.850"],
                   ["Bureau en Loket", "-980", "-1.000", "-1.020", "-1.040"],
                   ["Vaste bedragen vestigingen (20%)", "-1.120", "-1.100", "-1.090", "-1.080"],
                   ["Leerlingdeel inclusief opslag (80%)", "-4.470", "-4.420", "-4.370", "-4.340"],
                   ["Resultaat", "0", "-10", "-20", "-20"]]),
        ("p", "De algemene reserve bedraagt per 1 januari 2026 € 1,4 miljoen, ruim onder de "
              "signaleringswaarde voor bovenmatige reserves. Het bestuur houdt een buffer aan van 5% van de "
              "baten voor onvoorziene groei van het aantal vso-leerlingen."),
    ]
    body += [
        ("h1", "9. Ouders en leerlingen"),
        ("p", "Drechtzoom informeert ouders via de website (met een ouderpagina en korte uitlegfilmpjes over "
              "basisondersteuning, lwoo, praktijkonderwijs en de toelaatbaarheidsverklaring), via de brochure "
              "'Passend onderwijs in het vo' die elke vo-school aan nieuwe ouders meegeeft, en via de jaarlijkse "
              "voorlichtingsavond voor ouders van leerlingen in groep 8. Scholen nemen in hun schoolgids de "
              "contactgegevens van het Loket op."),
        ("p", "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
              "Drechtzoom. Het steunpunt wordt uitgevoerd door een stichting die los staat van scholen en "
              "samenwerkingsverband; de medewerkers luisteren, informeren over rechten en mogelijkheden en "
              "kunnen bemiddelen als ouders en school er samen niet uitkomen. Ook de landelijke "
              "Onderwijsconsulenten zijn voor ouders kosteloos beschikbaar. Het steunpunt meldt twee keer per "
              "jaar geanonimiseerde signalen aan het bestuur van Drechtzoom."),
        ("p", "Leerlingen met een OPP worden gehoord over hun plan. In de OPR hebben zowel ouders als "
              "leerlingen zitting."),
    ]
    body += governance(c, opr_parents=True, model="rvt")
    body += personeel(c)
    body += ict_privacy(c)
    body += totstandkoming(c, oogo_date="11 maart 2026", opr_date="25 maart 2026", ab_date="8 april 2026")
    body += [
        ("h1", "Leerlingen aan het woord"),
        ("p", "In het voortgezet onderwijs zijn leerlingen zelf de belangrijkste gesprekspartner. Drechtzoom "
              "heeft daarom een leerlingenpanel ingesteld met twaalf leerlingen van verschillende scholen en "
              "onderwijstypen, onder wie leerlingen uit het praktijkonderwijs en leerlingen met lwoo. Het "
              "panel komt vier keer per jaar bijeen en geeft het bestuur gevraagd en ongevraagd advies, "
              "bijvoorbeeld over de leesbaarheid van brochures, de inrichting van time-outruimtes en de "
              "manier waarop mentoren gesprekken voeren."),
        ("p", "Bij de voorbereiding van dit plan heeft het panel een middag met de directeur-bestuurder "
              "gesproken over de vraag wat een goede school is voor een leerling die extra hulp nodig heeft. "
              "De drie belangrijkste boodschappen waren: neem leerlingen serieus als ze zeggen dat iets niet "
              "werkt, zorg dat je niet steeds opnieuw je verhaal hoeft te vertellen, en laat ondersteuning "
              "niet afhangen van welke mentor je toevallig hebt. Deze boodschappen hebben we meegenomen in de "
              "afspraken over het basisniveau en in de scholing van mentoren."),
        ("p", "Scholen worden aangemoedigd om ook op schoolniveau leerlingen te betrekken, bijvoorbeeld via "
              "de leerlingenraad of een klankbordgroep van leerlingen met een OPP."),
    ]
    body += kennisdeling(c) + jaaragenda(c, with_report=False) + werkdruk(c)
    body += begrippen(gloss("basisondersteuning", "arrangement", "dekkend aanbod", "toelaatbaarheidsverklaring",
                            "terugplaatsing", "lwoo", "praktijkonderwijs", "thuiszitter", "zorgplicht",
                            "beoogde resultaten"))
    body += afkortingen(c)
    toc = toc_from(body, extra=["Bijlage 1 Kwaliteitskader basisniveau",
                                "Bijlage 2 Ondersteuningskaart Drechtzoom (dekkend aanbod)",
                                "Bijlage 3 Thuiszittersprotocol"])
    blocks = b + [("toc", toc), ("pagebreak",)] + body
    meta = dict(header=f"Drechtzoom ondersteuningsplan {c['period']}", footer=f"{c['code']} | pagina",
                meta_title=f"Ondersteuningsplan {c['short']}")
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3: basisniveau binding for all 24 vestigingen + concrete list; schoolgids check and kwaliteitsgesprek.",
        "plaatsing": "Ch. 5: Loket, applicant, TLV-commissie decides within 4 weeks, deskundigen; vso criteria, lwoo/pro criteria table; bezwaar via LBT.",
        "terugstroom": "Ch. 6: procedure only in the table (moments, who, what); policy only 'stimuleert waar mogelijk', conditions and support 'herijken we in 2026-2027' -> beleid false.",
        "financien": "Ch. 8: schoolmodel with 20/80 split, opslag, teldatum, besluit in november; verantwoording; meerjarenbegroting table.",
        "dekkend-aanbod": "Ch. 4 only refers to the absent Ondersteuningskaart (bijlage 2); 'dekkend aanbod' only as ambition in the visie, TOC lists absent bijlagen 2 and 3; OOGO appears only as a date in the adoption table; no thuiszitters/gap approach.",
        "resultaten": "Ch. 7 goals with nulwaarde/streefwaarde; monitoring only a two-yearly tevredenheidspeiling and 'werken we in het eerste planjaar uit' -> monitoring false.",
        "ouders": "Ch. 9: website, brochure, voorlichtingsavond; independent Ouder- en Jeugdsteunpunt explained, Onderwijsconsulenten.",
    }
    return blocks, meta, crit, adv, notes


# ============================================================================================
# Plan 5 - PO Eemvallei Noord (html, web version)
#   near-miss: financien.besteding (budget table with only p.m. amounts, 'volgt na vaststelling')
#   missing elements: basisondersteuning (heading present, content deferred to the landelijke norm);
#                     resultaten (resultatenparagraaf deferred until after a nulmeting in 2027)
#   unusual wordings: plaatsing via the 'Commissie Arrangeren en Toelaten (CAT)'; terugstroom inside the
#   dekkend-aanbod chapter ('Doorstromen en terugstromen'); ouders as 'Waar kunt u terecht?'.
# ============================================================================================

C5 = dict(name="Samenwerkingsverband Passend Onderwijs Eemvallei Noord", short="Eemvallei Noord",
          code="PO 26-09", sector="po", period="2026-2030", director="drs. R. (Rutger) Hoogendijk",
          gemeenten=["Eemhoven", "Bunschoterveld", "Spakenburgerhoek"], boards=7, schools=46,
          pupils="10.160", region="de noordelijke Eemvallei tot aan de randmeren", seat="Eemhoven", fte="11,0")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("sub", f"{c['name']} - {c['code']}"),
         ("sub", "Deze webversie is gelijk aan de vastgestelde pdf-versie van 7 april 2026.")]
    body = []
    body += voorwoord(c, 2)
    body += context(c)
    body += visie(c, parents_partner=True, variant=1)
    body += [
        ("h1", "3. Basisondersteuning"),
        ("p", "In april 2025 heeft het kabinet een advies over een landelijke norm voor basisondersteuning "
              "ontvangen. Omdat deze norm grote gevolgen kan hebben voor de afspraken die wij in de regio "
              "maken, hebben de schoolbesturen besloten de afspraken over basisondersteuning niet in dit "
              "plan opnieuw vast te leggen. Zodra duidelijk is hoe de landelijke norm eruitziet, stellen we "
              "het kader basisondersteuning Eemvallei Noord opnieuw op en voegen we het als addendum aan dit "
              "ondersteuningsplan toe. Tot die tijd gelden de bestaande afspraken."),
        ("h1", "4. Het ondersteuningsnetwerk"),
        ("h2", "4.1 Van klas tot speciale school"),
        ("p", "Het netwerk van ondersteuning in Eemvallei Noord bestaat uit vier ringen. In de eerste ring "
              "staat de basisschool zelf (zie hoofdstuk 3). In de tweede ring "
              "kan de school een arrangement inzetten: een onderwijsassistent voor een kleine groep, een "
              "gedragsspecialist die de leraar coacht, ambulante begeleiding vanuit het so of een taal- of "
              "leesprogramma voor één leerling. In de derde ring zijn de bovenschoolse voorzieningen: "
              "de Eemklas (tijdelijke groep voor kinderen met complexe gedragsvragen, tien plaatsen, "
              "maximaal een half jaar), de plusgroep Kiemkracht voor hoogbegaafde leerlingen (één dag per "
              "week), en de nieuwkomersgroep in Eemhoven. In de vierde ring staan de scholen voor speciaal "
              "basisonderwijs (SBO De Eemvogel en SBO 't Palet) en speciaal onderwijs (SO De Korf voor "
              "cluster 3 en SO Het Anker voor cluster 4)."),
        ("table", [["Ring", "Voorziening", "Wie beslist"],
                   ["1", "ondersteuning in de eigen school", "de school"],
                   ["2", "arrangement op school (tot 40 weken)", "ondersteuningsteam met consulent"],
                   ["3", "Eemklas, Kiemkracht, nieuwkomersgroep", "consulent Eemvallei Noord"],
                   ["4", "sbo en so", "Commissie Arrangeren en Toelaten"]]),
        ("h2", "4.2 Niemand thuis"),
        ("p", "Eemvallei Noord hanteert de afspraak 'Niemand thuis': geen leerplichtig kind zit langer dan "
              "drie weken zonder passend onderwijsaanbod thuis. Scholen melden een dreigende thuiszitter "
              "binnen vijf schooldagen bij de consulent. De consulent roept binnen tien schooldagen een "
              "overleg bijeen met school, leerplicht, het sociaal team en de ouders en legt een plan vast "
              "met een datum waarop het kind weer (gedeeltelijk) onderwijs volgt. Lukt dit niet, dan "
              "escaleert de consulent naar de directeur-bestuurder, die de betrokken besturen aanspreekt op "
              "hun zorgplicht en zo nodig een tijdelijke plek in de Eemklas toewijst."),
        ("p", "Twee keer per jaar bespreken de besturen met het bureau waar het netwerk gaten vertoont. In de "
              "vorige planperiode leidde dat tot de nieuwkomersgroep en tot een afspraak met de zorgboerderij "
              "De Eemhoeve voor een dagdeel onderwijs op locatie. Voor kinderen met een combinatie van "
              "autisme en angstklachten ontbreekt nu een passende plek; daarvoor ontwikkelen SO Het Anker en "
              "twee basisscholen per 1 januari 2027 een gedeelde groep."),
        ("h2", "4.3 Doorstromen en terugstromen"),
        ("p", "Een plek in het sbo of so is voor de meeste kinderen tijdelijk. Het beleid van Eemvallei Noord "
              "is dat een leerling teruggaat naar een basisschool zodra de ondersteuning die hij nodig heeft "
              "daar met een arrangement kan worden geboden, en dat de leerling daarbij zo mogelijk naar een "
              "school in de eigen woonplaats gaat. Een leerling gaat niet terug in de laatste maanden van "
              "groep 8, tenzij de ouders dat nadrukkelijk willen. Na de overstap krijgt de basisschool "
              "standaard een overstaparrangement: een jaar lang coaching door de sbo- of so-school en "
              "vier uur extra ondersteuning per week."),
        ("p", "Het initiatief ligt bij de sbo- of so-school. Die bespreekt bij elke jaarlijkse evaluatie van "
              "het OPP met ouders of een overstap aan de orde is. In het laatste jaar van de "
              "toelaatbaarheidsverklaring doet de school vóór 1 februari een voorstel aan de CAT: overstap "
              "naar het regulier onderwijs, een nieuwe verklaring, of doorstroom naar het voortgezet (speciaal) "
              "onderwijs. De CAT beslist binnen vier weken. Bij een overstap plant de consulent een "
              "overdrachtsgesprek en een proefperiode van zes weken; daarna evalueren ontvangende school, "
              "sbo/so-school en ouders na drie en na zes maanden."),
        ("h1", "5. Toelaatbaarheid: de Commissie Arrangeren en Toelaten"),
        ("p", "Het bestuur van Eemvallei Noord heeft zijn bevoegdheid om te beslissen over toelaatbaarheid tot "
              "sbo en so gemandateerd aan de Commissie Arrangeren en Toelaten (CAT). De CAT bestaat uit een "
              "onafhankelijke voorzitter, twee orthopedagogen en een jeugdarts."),
        ("p", "Een aanvraag wordt ingediend door het bevoegd gezag van de school waar het kind is ingeschreven, "
              "in de praktijk door de intern begeleider, met het OPP, het verslag van het ondersteuningsteam "
              "en de zienswijze van de ouders. Het bureau toetst binnen een week of het dossier compleet is. Eén "
              "orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag een "
              "kinderarts, maatschappelijk werker of kinderpsychiater, geven ieder een eigen schriftelijk "
              "advies. De CAT neemt binnen zes weken na de complete aanvraag een besluit en geeft daarin de "
              "geldigheidsduur en, bij het so, de bekostigingscategorie aan."),
        ("p", "De CAT verklaart een kind toelaatbaar tot het sbo als de basisschool met een arrangement in "
              "ring 2 of 3 gedurende ten minste een half jaar onvoldoende resultaat heeft bereikt, als het "
              "kind op leren en op gedrag of ontwikkeling een ondersteuningsbehoefte heeft die een "
              "groepsgrootte van ten hoogste zestien leerlingen vraagt, en als het OPP laat zien dat het kind "
              "in het regulier onderwijs niet het verwachte niveau bereikt. Een kind is toelaatbaar tot het so "
              "als daarnaast specialistische zorg of behandeling gedurende de schooldag nodig is, of als er "
              "sprake is van een verstandelijke, lichamelijke of meervoudige beperking die een so-omgeving "
              "vraagt."),
        ("p", "Een verklaring voor het sbo geldt twee schooljaren, een verklaring voor het so één tot drie "
              "schooljaren. Ouders en school kunnen binnen zes weken bezwaar maken bij het bestuur; het bestuur "
              "vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
    ]
    body += [
        ("h1", "6. Geld: verdeling en begroting"),
        ("p", "De middelen voor passend onderwijs worden in Eemvallei Noord verdeeld volgens drie regels. "
              "Eén: de kosten van sbo en so (afdracht en overdracht) en van de CAT en het bureau worden eerst "
              "gedekt. Twee: van het restant gaat 70% naar de schoolbesturen, verdeeld naar het aantal "
              "leerlingen op 1 oktober van het voorgaande jaar, met een vaste voet van € 10.000 per school. "
              "Drie: 30% blijft bij het samenwerkingsverband voor de bovenschoolse voorzieningen en voor "
              "arrangementen die de CAT of de consulent toekent. Het algemeen bestuur stelt de verdeling "
              "jaarlijks in december vast bij de begroting."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdracht en overdracht sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbesturen (70%)", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen en arrangementen (30%)", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau en CAT", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De bedragen in deze tabel volgen na vaststelling van de begroting 2027 en de "
              "meerjarenraming door het algemeen bestuur in december 2026."),
        ("h1", "7. Resultaten"),
        ("p", "Eemvallei Noord wil de komende periode meer zicht krijgen op wat passend onderwijs oplevert. "
              "In het voorjaar van 2027 voeren we daarvoor een nulmeting uit. Op basis daarvan voegen we een "
              "resultatenparagraaf met beoogde resultaten en indicatoren aan dit plan toe."),
        ("h1", "8. Waar kunt u terecht?"),
        ("p", "Voor ouders hebben we het Ouderinformatiepunt Eemwijzer ingericht. Op de website eemwijzer.nl "
              "staat per school welke ondersteuning er is, welke arrangementen en bovenschoolse groepen er in "
              "de regio zijn en hoe de route naar sbo en so loopt, in gewone taal en met voorbeelden. Elke "
              "dinsdagochtend is er een telefonisch spreekuur met een consulent. Scholen verwijzen in de "
              "schoolgids naar Eemwijzer en geven bij elk gesprek over extra ondersteuning de folder "
              "'Samen kijken wat past' mee."),
        ("p", "Wilt u praten met iemand die los staat van school en samenwerkingsverband? Dan kunt u terecht "
              "bij Steunpunt Eem, het ouder- en jeugdsteunpunt van de drie gemeenten en de samenwerkingsverbanden "
              "PO en VO. Steunpunt Eem wordt uitgevoerd door een onafhankelijke welzijnsorganisatie, is gratis, "
              "en helpt bij vragen, bij het voorbereiden van gesprekken en bij onenigheid met school. Verder "
              "kunt u een beroep doen op de Onderwijsconsulenten en, bij een geschil over toelating, "
              "verwijdering of het OPP, op de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn altijd uitgenodigd bij het ondersteuningsteam en bij de evaluatie van het OPP. In de "
              "OPR zijn ouders met zes zetels vertegenwoordigd."),
    ]
    body += governance(c, opr_parents=True, model="vereniging")
    body += oogo(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += totstandkoming(c, oogo_date="4 maart 2026", opr_date="19 maart 2026", ab_date="7 april 2026")
    body += kennisdeling(c) + jaaragenda(c, with_report=False) + vervoer_huisvesting(c) + werkdruk(c)
    body += begrippen(gloss("basisondersteuning", "arrangement", "dekkend aanbod", "toelaatbaarheidsverklaring",
                            "terugplaatsing", "verdeelmodel", "meerjarenbegroting", "beoogde resultaten",
                            "ouder- en jeugdsteunpunt", "SOP", "thuiszitter"))
    body += afkortingen(c)
    toc = toc_from(body)
    blocks = b + [("toc", toc)] + body
    meta = dict(header=f"{c['short']} - passend onderwijs in de noordelijke Eemvallei",
                footer=f"© {c['name']} | {c['code']} | privacy | contact", meta_title=f"Ondersteuningsplan {c['short']}")
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 has the heading but only defers to the landelijke norm / a future addendum ('tot die tijd gelden de bestaande afspraken'); glossary definition is a trap.",
        "plaatsing": "Ch. 5: CAT (mandated), applicant, dossier, two deskundigen, decision within 6 weeks, sbo/so criteria, duration, bezwaar.",
        "terugstroom": "Hidden in 4.3 'Doorstromen en terugstromen' of the netwerk chapter: policy + conditions + overstaparrangement; initiative, 1 Feb proposal, CAT decides, evaluation moments.",
        "financien": "Ch. 6: three distribution rules (70/30, per leerling, vaste voet) -> verdeling true; meerjarenbegroting table only 'p.m.', amounts 'volgen' -> besteding false.",
        "dekkend-aanbod": "Ch. 4.1 four rings + table; 4.2 'Niemand thuis' approach and half-yearly gap review with concrete action.",
        "resultaten": "Ch. 7 only announces a nulmeting and a future resultatenparagraaf; no goals, no monitoring.",
        "ouders": "Ch. 8 'Waar kunt u terecht?': Eemwijzer website, spreekuur, folder; Steunpunt Eem (OJSP), Onderwijsconsulenten, Geschillencommissie.",
    }
    return blocks, meta, crit, adv, notes


# ============================================================================================
# Near-miss - jaarverslag 2024 of a PO samenwerkingsverband (docx). Uses all SWV vocabulary and even
# quotes the ondersteuningsplan, but it is an annual report over one calendar year, not the plan.
# ============================================================================================

def nonplan():
    name = "Samenwerkingsverband PO Kromme Vaart"
    b = [("title", "Jaarverslag 2024"),
         ("sub", f"{name} (PO 21-05) - bestuursverslag en kengetallen over het kalenderjaar 2024"),
         ("sub", "Vastgesteld door het bestuur op 12 juni 2025. De jaarrekening 2024 is als afzonderlijk "
                 "document bijgevoegd."),
         ("pagebreak",)]
    body = [
        ("h1", "1. Voorwoord"),
        ("p", "Het jaar 2024 was het derde jaar van ons ondersteuningsplan 2022-2026. In dit jaarverslag leggen "
              "we verantwoording af over wat we in 2024 hebben gedaan, wat dat heeft opgeleverd en hoe we de "
              "middelen hebben besteed. Het verslag is bedoeld voor het bestuur, de raad van toezicht, de "
              "ondersteuningsplanraad, de gemeenten en de Inspectie, en voor iedereen die wil weten hoe "
              "passend onderwijs in de Kromme Vaart in de praktijk werkt."),
        ("p", "Opvallend in 2024 waren de stijging van het aantal aanvragen voor een toelaatbaarheidsverklaring "
              "voor het so, de krapte op de arbeidsmarkt voor orthopedagogen en de start van het ouder- en "
              "jeugdsteunpunt per 1 september. Ook hebben we de voorbereiding van het nieuwe "
              "ondersteuningsplan 2026-2030 in gang gezet."),
        ("h1", "2. Terugblik op de speerpunten 2024"),
        ("p", "In het jaarplan 2024 stonden vijf speerpunten. Hieronder leest u per speerpunt wat er is "
              "gerealiseerd."),
        ("table", [["Speerpunt jaarplan 2024", "Stand eind 2024"],
                   ["Basisondersteuning: alle scholen voldoen aan de kwaliteitskaart", "38 van de 42 scholen "
                    "voldoen; vier scholen werken met een verbeterplan"],
                   ["Doorlooptijd TLV-aanvraag onder 30 werkdagen", "gerealiseerd: gemiddeld 26 werkdagen"],
                   ["Terugplaatsing: tien leerlingen terug naar regulier", "acht leerlingen teruggeplaatst"],
                   ["Thuiszitters: geen leerling langer dan drie maanden thuis", "niet gerealiseerd: drie "
                    "leerlingen zaten langer dan drie maanden thuis"],
                   ["Ouders: start ouder- en jeugdsteunpunt", "gerealiseerd per 1 september 2024"]]),
        ("h1", "3. Kengetallen 2024"),
        ("table", [["Kengetal", "2022", "2023", "2024"],
                   ["Leerlingen basisonderwijs (1 oktober)", "9.812", "9.744", "9.690"],
                   ["Deelnamepercentage sbo", "2,02%", "1,98%", "2,05%"],
                   ["Deelnamepercentage so", "1,71%", "1,80%", "1,88%"],
                   ["Afgegeven TLV's sbo", "61", "58", "64"],
                   ["Afgegeven TLV's so", "49", "55", "63"],
                   ["Arrangementen toegekend", "212", "236", "251"],
                   ["Terugplaatsingen naar regulier", "5", "7", "8"],
                   ["Bezwaarschriften TLV", "1", "0", "2"]]),
        ("p", "De stijging van het aantal so-verklaringen hangt volgens de analyse van het bureau samen met "
              "een toename van jonge kinderen met een ernstige ontwikkelingsachterstand. In 2025 onderzoeken "
              "we met de besturen of een voorschoolse observatiegroep de instroom kan beperken."),
        ("h1", "4. Toelaatbaarheid en arrangementen in 2024"),
        ("p", "De Commissie Toelaatbaarheid kwam in 2024 twintig keer bijeen en behandelde 139 aanvragen. "
              "Twaalf aanvragen werden aangehouden omdat het dossier onvolledig was. Twee besluiten leidden "
              "tot een bezwaarschrift; in beide gevallen adviseerde de Landelijke Bezwaaradviescommissie het "
              "besluit te handhaven. Er werden 251 arrangementen toegekend, waarvan 38% voor gedrag en "
              "werkhouding en 21% voor leerlingen met een taalachterstand."),
        ("h1", "5. Ouders"),
        ("p", "Het ouder- en jeugdsteunpunt is op 1 september 2024 gestart en had tot eind december 46 "
              "contacten. De ouderpagina op de website werd 8.300 keer bezocht. In het voorjaar is een "
              "ouderavond over de overstap naar het voortgezet onderwijs gehouden met 120 bezoekers."),
        ("h1", "6. Financiën 2024"),
        ("p", "De baten bedroegen in 2024 € 8,91 miljoen, de lasten € 9,12 miljoen. Het negatieve resultaat "
              "van € 210.000 is conform de begroting en past in de afbouw van de reserve. Het "
              "weerstandsvermogen kwam eind 2024 uit op 11% van de baten."),
        ("table", [["Lasten 2024 (x € 1.000)", "Begroting", "Realisatie"],
                   ["Afdracht so en overdracht sbo", "3.420", "3.580"],
                   ["Doorbetaling schoolbesturen", "3.900", "3.900"],
                   ["Arrangementen en bovenschoolse voorzieningen", "1.050", "1.110"],
                   ["Bureau en commissie", "520", "530"]]),
        ("p", "De schoolbesturen hebben over 2024 verantwoording afgelegd over de besteding van de "
              "doorbetaalde middelen. Uit die verantwoording blijkt dat 64% is ingezet voor extra formatie, "
              "22% voor externe expertise en 14% voor scholing en materialen."),
        ("h1", "7. Organisatie en medezeggenschap"),
        ("p", "De ondersteuningsplanraad vergaderde zes keer en heeft ingestemd met de wijziging van de "
              "procedure voor spoedplaatsingen. De raad van toezicht kwam vijf keer bijeen en keurde de "
              "jaarrekening 2023 goed. Het bureau telde eind 2024 12,3 fte. Het ziekteverzuim was 4,1%."),
        ("h1", "8. Vooruitblik 2025"),
        ("p", "In 2025 staat het schrijven van het nieuwe ondersteuningsplan 2026-2030 centraal. Het concept "
              "wordt in het najaar met de besturen en de gemeenten besproken en in het voorjaar van 2026 aan "
              "de ondersteuningsplanraad voorgelegd. De inhoud van het nieuwe plan, zoals de afspraken over "
              "basisondersteuning, toelaatbaarheid, terugplaatsing en het verdeelmodel, ligt op dit moment "
              "nog niet vast."),
    ]
    return b + body, dict(header=f"{name} | Jaarverslag 2024", footer="jaarverslag 2024",
                          meta_title="Jaarverslag 2024")


# --------------------------------------------------------------------------------------------

def main():
    report = []

    def lab(name, docs, sector, res):
        blocks, meta, crit, adv, notes = res
        write_label(os.path.join(OUT, f"{name}.expected.yaml"), docs, sector, crit, adv, notes)
        report.append((name, word_count(blocks)))
        return blocks, meta

    # plan 1: docx + pdf, one shared label
    blocks, meta = lab("po-lingebocht", ["po-lingebocht.docx", "po-lingebocht.pdf"], "po", plan1())
    write_docx(blocks, os.path.join(OUT, "po-lingebocht.docx"), **meta)
    write_pdf_from_docx(blocks, os.path.join(OUT, "po-lingebocht.pdf"), **meta)
    # plan 2: docx
    blocks, meta = lab("vo-maasdelta-oost", ["vo-maasdelta-oost.docx"], "vo", plan2())
    write_docx(blocks, os.path.join(OUT, "vo-maasdelta-oost.docx"), **meta)
    # plan 3: pdf
    blocks, meta = lab("po-brede-waard", ["po-brede-waard.pdf"], "po", plan3())
    write_pdf_from_docx(blocks, os.path.join(OUT, "po-brede-waard.pdf"), **meta)
    # plan 4: pdf
    blocks, meta = lab("vo-drechtzoom", ["vo-drechtzoom.pdf"], "vo", plan4())
    write_pdf_from_docx(blocks, os.path.join(OUT, "vo-drechtzoom.pdf"), **meta)
    # plan 5: html
    blocks, meta = lab("po-eemvallei-noord", ["po-eemvallei-noord.html"], "po", plan5())
    write_html(blocks, os.path.join(OUT, "po-eemvallei-noord.html"), **meta)
    # near-miss: SWV jaarverslag
    blocks, meta = nonplan()
    write_docx(blocks, os.path.join(OUT, "np-po-swv-jaarverslag.docx"), **meta)
    write_label(os.path.join(OUT, "np-po-swv-jaarverslag.expected.yaml"), ["np-po-swv-jaarverslag.docx"], "po",
                {}, {}, {"document": "Annual report (jaarverslag 2024) of an SWV: looks back on one calendar year "
                         "of the ondersteuningsplan 2022-2026 with kengetallen, speerpunten and realised "
                         "finances; it is not itself an ondersteuningsplan (no planperiode, no adopted "
                         "procedures/criteria; the new plan's content 'ligt nog niet vast')."},
                looks_like_plan=False)
    report.append(("np-po-swv-jaarverslag", word_count(blocks)))
    for name, n in report:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
