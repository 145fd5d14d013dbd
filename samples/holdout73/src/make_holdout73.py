#!/usr/bin/env python3
"""Generate the holdout73 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden (VO-heavy) and one near-miss document (a school's own
"ondersteuningsplan"), with their labels.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).

Markup used for the document bodies (one paragraph per line):
  # H1 / ## H2 / ### H3      headings
  - item / 1. item           bullet / numbered list items
  | a | b |                  table rows (first row = header)
  @title ... @endtitle       title page lines (first line largest)
  @toc ... @endtoc           table of contents lines "text :: page"
  @pagebreak                 page break (docx/pdf only)
  anything else              a body paragraph
"""
import html
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime(2026, 4, 1, 12, 0, 0)
ZIP_DATE = (2026, 4, 1, 12, 0, 0)


# ----------------------------------------------------------------------------
# markup parsing
# ----------------------------------------------------------------------------
def parse(markup):
    blocks = []
    lines = markup.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if line == "@title":
            j = i + 1
            items = []
            while lines[j].strip() != "@endtitle":
                if lines[j].strip():
                    items.append(lines[j].strip())
                j += 1
            blocks.append(("title", items))
            i = j + 1
            continue
        if line == "@toc":
            j = i + 1
            items = []
            while lines[j].strip() != "@endtoc":
                if lines[j].strip():
                    t, _, pg = lines[j].strip().partition("::")
                    items.append((t.strip(), pg.strip()))
                j += 1
            blocks.append(("toc", items))
            i = j + 1
            continue
        if line == "@pagebreak":
            blocks.append(("pagebreak", None))
            i += 1
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                rows.append(cells)
                i += 1
            blocks.append(("table", rows))
            continue
        if line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].strip().startswith("- "):
                items.append(lines[i].strip()[2:])
                i += 1
            blocks.append(("ul", items))
            continue
        if re.match(r"^\d+\. ", line):
            items = []
            while i < len(lines) and re.match(r"^\d+\. ", lines[i].strip()):
                items.append(re.sub(r"^\d+\. ", "", lines[i].strip()))
                i += 1
            blocks.append(("ol", items))
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            blocks.append(("h%d" % len(m.group(1)), m.group(2)))
            i += 1
            continue
        blocks.append(("p", line))
        i += 1
    return blocks


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "h3"):
            n += len(val.split())
        elif kind in ("ul", "ol", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        elif kind == "toc":
            n += sum(len(t.split()) for t, _ in val)
    return n


# ----------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------
def _normalise_zip(path):
    """Rewrite a .docx with fixed timestamps and sorted entries (byte-stable)."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    first = [e for e in entries if e[0] == "[Content_Types].xml"]
    rest = sorted(e for e in entries if e[0] != "[Content_Types].xml")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in first + rest:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_docx(blocks, path, header="", footer="", author="", title=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for k, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = k < 2
                r.font.size = Pt(26 if k == 0 else (16 if k == 1 else 11))
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for t, pg in val:
                doc.add_paragraph(f"{t}\t{pg}" if pg else t)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    cell.text = row[ci] if ci < len(row) else ""
                    if ri == 0:
                        for par in cell.paragraphs:
                            for run in par.runs:
                                run.bold = True
            doc.add_paragraph()
    doc.save(str(path))
    _normalise_zip(path)


def render_pdf(blocks, path, **kw):
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / (path.stem + ".docx")
        render_docx(blocks, src, **kw)
        profile = td / "lo-profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(td), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(td / (path.stem + ".pdf"), path)


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def render_html(blocks, path, site="", footer="", title=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><div class="logo">{e(site)}</div>'
           '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/ouders">Ouders</a></li>'
           '<li><a href="/scholen">Scholen</a></li><li><a href="/toelaatbaarheid">TLV</a></li>'
           '<li><a href="/contact">Contact</a></li></ul></header>', "<main>"]
    open_list = None
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"page-title\">{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            for t, _ in val:
                out.append(f'<li><a href="#{_slug(t)}">{e(t)}</a></li>')
            out.append("</ol></nav>")
        elif kind == "pagebreak":
            continue
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f'<h{lvl} id="{_slug(val)}">{e(val)}</h{lvl}>')
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", f'<footer class="site-footer"><p>{e(footer)}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _q(text):
    return yaml.safe_dump(text, allow_unicode=True, width=10000, default_style='"').strip()


def write_label(name, label):
    """Write the label in the house format (flow style for documents/elements)."""
    lines = ["documents: [" + ", ".join(label["documents"]) + "]",
             f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label["advisory_addressed"].items():
            lines.append(f"  {k}: [" + ", ".join(v) + "]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {_q(v)}")
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["documents"] == label["documents"]
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def make_label(documents, sector, false_criteria, advisory, notes):
    crit = {c: (c not in false_criteria) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        vals = [v for k, v in crit.items() if k.startswith(el + ".")]
        if all(vals):
            st = "present"
        elif any(vals) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        elements[el] = st
    return {"documents": documents, "sector": sector, "looks_like_plan": True,
            "elements": elements, "criteria": crit, "advisory_addressed": advisory,
            "notes": notes}


# ============================================================================
# Plan 1 - VO Waardenland (docx). Thorough plan, financien only by reference.
# ============================================================================
P1 = r"""
@title
Ondersteuningsplan 2026–2030
Samenwerkingsverband Voortgezet Onderwijs Waardenland (VO 28-11)
Samen sterk voor elke leerling
Vastgesteld door het algemeen bestuur op 7 april 2026
Met instemming van de ondersteuningsplanraad d.d. 24 maart 2026
@endtitle

Colofon. Stichting Samenwerkingsverband Voortgezet Onderwijs Waardenland, Havenkade 14, 4201 AX Gorinchem (fictief adres). Tekst en redactie: bureau van het samenwerkingsverband, in samenwerking met de werkgroep ondersteuningsplan. Vormgeving: afdeling communicatie. Dit plan is ook digitaal beschikbaar; bij verschillen tussen de digitale en de papieren versie is de door het bestuur vastgestelde pdf leidend.

@toc
Voorwoord :: 3
1 Inleiding en leeswijzer :: 4
2 Het samenwerkingsverband in beeld :: 5
3 Visie en missie :: 7
4 Basisondersteuning :: 9
5 Het ondersteuningsaanbod: van school tot vso :: 12
6 Toewijzing en toelaatbaarheid (vso, lwoo en pro) :: 17
7 Terugplaatsing en overplaatsing :: 22
8 Financiën en meerjarenbegroting :: 24
9 Kwaliteit en resultaten :: 25
10 Ouders en leerlingen :: 28
11 Samenwerking met gemeenten (OOGO) :: 30
12 Organisatie, governance en medezeggenschap :: 32
13 Personeel en professionalisering :: 34
14 Privacy en ICT :: 35
15 Planning en voortgang :: 36
Bijlage 1 Begrippenlijst :: 38
Bijlage 5 Verdeelmodel en financieel kader :: separaat
Bijlage 6 Meerjarenbegroting 2026–2030 :: separaat
Bijlage 7 Stappenplan terugplaatsing vso–vo :: in voorbereiding
@endtoc

# Voorwoord

Voor u ligt het vierde ondersteuningsplan van Samenwerkingsverband VO Waardenland. Sinds de invoering van passend onderwijs in 2014 is er in onze regio veel veranderd. De rugzakken en de regionale expertisecentra zijn verdwenen, en daarvoor in de plaats is een netwerk van scholen gekomen dat zich samen verantwoordelijk voelt voor alle leerlingen tussen twaalf en achttien jaar. Dat gaat niet vanzelf. Het vraagt om vertrouwen tussen besturen, om korte lijnen tussen scholen en om professionals die bereid zijn over de grenzen van de eigen school heen te kijken.

In de afgelopen planperiode hebben we geleerd dat de kracht van ons verband zit in de uitvoering. Een goed plan op papier helpt een leerling pas als de mentor, de ondersteuningscoördinator, de trajectbegeleider en de jeugdhulpverlener elkaar weten te vinden. Daarom is dit plan bewust compact gehouden waar het over structuren gaat, en uitgebreider waar het gaat over afspraken die voor leerlingen en ouders het verschil maken.

Dit plan is tot stand gekomen in een intensief traject. In het najaar van 2025 spraken we met ondersteuningscoördinatoren, schoolleiders, leerlingen, ouders, leerplichtambtenaren en jeugdhulpaanbieders. Hun inbreng is op veel plekken terug te vinden. Ik dank iedereen die heeft meegedacht, en in het bijzonder de leden van de ondersteuningsplanraad, die met een kritische en opbouwende blik de concepten hebben gelezen.

Marleen van den Broek, directeur-bestuurder

# 1 Inleiding en leeswijzer

## 1.1 Wettelijk kader

Een samenwerkingsverband voortgezet onderwijs stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. De wet schrijft voor welke onderwerpen het plan ten minste bevat: de wijze waarop het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de basisondersteuning; de verdeling en besteding van de middelen; de procedure en criteria voor toelaatbaarheid tot het voortgezet speciaal onderwijs en de toewijzing van leerwegondersteunend onderwijs en praktijkonderwijs; het beleid rond terugplaatsing; de beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd. In dit plan volgen we die opbouw zoveel mogelijk.

## 1.2 Planperiode en totstandkoming

Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het op overeenstemming gericht overleg (OOGO) met de zes gemeenten in onze regio vond plaats op 10 maart 2026. Met het aangrenzende samenwerkingsverband primair onderwijs is op 3 maart 2026 overleg gevoerd over de overstap van PO naar VO. De ondersteuningsplanraad verleende op 24 maart 2026 instemming, waarna het algemeen bestuur het plan op 7 april 2026 vaststelde. Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden.

## 1.3 Leeswijzer

Hoofdstuk 2 schetst de regio. Hoofdstuk 3 beschrijft onze visie. De hoofdstukken 4 tot en met 7 gaan over de ondersteuning zelf: wat elke school biedt, welk aanbod er daarnaast is, hoe een leerling toegang krijgt tot het vso, lwoo en pro, en hoe we terugkeer naar het regulier onderwijs zien. Hoofdstuk 8 gaat over de financiën, hoofdstuk 9 over kwaliteit en resultaten en hoofdstuk 10 over ouders en leerlingen. De hoofdstukken 11 tot en met 15 beschrijven de randvoorwaarden. Achter in het plan staat een begrippenlijst.

# 2 Het samenwerkingsverband in beeld

Waardenland omvat de gemeenten Gorinchem, Molenlanden, Vijfheerenlanden, Altena, West Betuwe en Zaltbommel (fictieve afbakening voor dit plan). Negen schoolbesturen zijn aangesloten, met samen eenentwintig vestigingen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs.

| Kengetal (1 oktober 2025) | Aantal |
| Leerlingen regulier vo (incl. lwoo) | 14.820 |
| waarvan met aanwijzing lwoo | 1.146 |
| Leerlingen praktijkonderwijs | 412 |
| Leerlingen vso (cluster 3 en 4) | 468 |
| Vestigingen regulier vo | 21 |
| Aangesloten schoolbesturen | 9 |

Het leerlingaantal in de regio daalt licht. Prognoses laten tot 2030 een krimp zien van ongeveer vijf procent, die vooral de kleinere vestigingen in de dorpen raakt. Dat heeft gevolgen voor de spreiding van het aanbod, en daar houden we in dit plan rekening mee. Tegelijk zien we dat de ondersteuningsvragen complexer worden: meer leerlingen met angst- en stemmingsklachten, meer leerlingen die vastlopen in de overgang van de basisschool naar de brugklas, en een groeiende groep nieuwkomers.

# 3 Visie en missie

## 3.1 Missie

Samenwerkingsverband VO Waardenland zorgt er samen met de scholen voor dat iedere jongere in de regio onderwijs krijgt dat past bij wat hij of zij kan en nodig heeft, zo dicht mogelijk bij huis en zo regulier als mogelijk.

## 3.2 Visie

Wij geloven dat jongeren het best tot hun recht komen op een school waar zij gezien worden. Dat vraagt om leraren die het verschil tussen leerlingen als vanzelfsprekend beschouwen, om scholen die durven te investeren in relaties, en om een samenwerkingsverband dat scholen ondersteunt zonder hun verantwoordelijkheid over te nemen. Wij gaan uit van de mogelijkheden van een leerling en niet van diens beperkingen. Ouders zijn daarbij de eerste deskundigen over hun kind en leerlingen hebben een eigen stem.

Onze kernwaarden zijn nabijheid, eigenaarschap en vakmanschap. Nabijheid betekent dat de ondersteuning zoveel mogelijk in de klas en op de eigen school plaatsvindt. Eigenaarschap betekent dat de school van inschrijving verantwoordelijk blijft, ook als een leerling tijdelijk elders onderwijs volgt. Vakmanschap betekent dat wij investeren in de kennis en vaardigheden van de mensen die het werk doen.

## 3.3 Speerpunten 2026–2030

- Versterken van de basisondersteuning op alle vestigingen, met bijzondere aandacht voor mentale gezondheid.
- Een sluitende aanpak voor leerlingen die (dreigen) thuis (te) zitten.
- Een soepele overgang van PO naar VO en van VO naar mbo en arbeid.
- Meer onderwijs-zorgarrangementen binnen de school, samen met de gemeenten.

# 4 Basisondersteuning

## 4.1 Wat verstaan wij onder basisondersteuning?

Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat elke school voor voortgezet onderwijs binnen het samenwerkingsverband, op elke vestiging, onder eigen regie en binnen de eigen organisatie biedt. Het algemeen bestuur heeft het niveau van de basisondersteuning op 14 januari 2025 voor alle aangesloten scholen vastgesteld. Dat niveau geldt als ondergrens: geen enkele vestiging biedt minder, en een school mag meer bieden. Voor het praktijkonderwijs geldt hetzelfde niveau, aangevuld met de afspraken die specifiek voor het pro gelden.

Het afgesproken niveau is uitgewerkt in twaalf standaarden. Ouders en leerlingen kunnen erop rekenen dat deze standaarden op iedere vestiging van Waardenland gerealiseerd zijn, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is.

## 4.2 De twaalf standaarden

| Nr. | Standaard | Wat u op iedere vestiging aantreft |
| 1 | Mentoraat | Elke leerling heeft een vaste mentor met minimaal één individueel gesprek per periode; mentoren zijn geschoold in gespreksvoering. |
| 2 | Ondersteuningscoördinator | Elke vestiging heeft een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen. |
| 3 | Ondersteuningsteam | Een intern ondersteuningsteam (mentor, coördinator, leerplicht, jeugdarts, schoolmaatschappelijk werk) komt minimaal zes keer per jaar bijeen. |
| 4 | Dyslexie en dyscalculie | Er is een protocol; leerlingen met een verklaring krijgen faciliteiten zoals extra tijd, vergroot lettertype en voorleessoftware. |
| 5 | Sociaal-emotionele ondersteuning | Trainingen in sociale vaardigheden en faalangstreductie worden op de school zelf aangeboden. |
| 6 | Executieve functies | Huiswerk- en planningsbegeleiding is beschikbaar voor leerlingen in de onderbouw. |
| 7 | Time-in en opvang | Er is een vaste plek met begeleiding waar een leerling tijdelijk kan werken als de klas even niet lukt. |
| 8 | Medisch handelen | De school werkt volgens een protocol medisch handelen en maakt afspraken met ouders en jeugdarts. |
| 9 | Meer- en hoogbegaafdheid | Er is een aanspreekpunt en een aanbod voor verrijking, versnelling of compacten. |
| 10 | Taal en NT2 | Leerlingen met een taalachterstand krijgen extra taalondersteuning binnen het rooster. |
| 11 | Handelingsgericht werken | Ondersteuning wordt planmatig vastgelegd; voor leerlingen met extra ondersteuning is er een OPP. |
| 12 | Samenwerking met ketenpartners | Schoolmaatschappelijk werk en de jeugdarts zijn op vaste momenten op school aanwezig. |

## 4.3 Borging

Iedere vestiging beschrijft in de schoolgids hoe zij de twaalf standaarden invult. Het samenwerkingsverband toetst dat jaarlijks aan de hand van de kwaliteitskaart basisondersteuning, die de ondersteuningscoördinator in september invult en die in een gesprek met de onderwijsadviseur van het samenwerkingsverband wordt besproken. Eens per twee jaar vindt op iedere vestiging een audit plaats, uitgevoerd door een collega-ondersteuningscoördinator van een andere school en een medewerker van het samenwerkingsverband. Voldoet een vestiging op een of meer standaarden niet, dan stelt de school binnen drie maanden een verbeterplan op; de directeur-bestuurder bespreekt de voortgang met het betrokken schoolbestuur.

# 5 Het ondersteuningsaanbod: van school tot vso

## 5.1 Een doorlopend aanbod

Het aanbod in Waardenland is opgebouwd in vier lagen die op elkaar aansluiten. De eerste laag is de basisondersteuning van hoofdstuk 4. De tweede laag bestaat uit extra ondersteuning binnen de eigen school, in de vorm van arrangementen. De derde laag zijn de bovenschoolse voorzieningen van het samenwerkingsverband. De vierde laag is het voortgezet speciaal onderwijs en het praktijkonderwijs. Een leerling gaat niet automatisch van laag naar laag: het ondersteuningsteam bepaalt met leerling en ouders wat nodig is, en soms is een stap terug net zo passend als een stap vooruit.

## 5.2 Extra ondersteuning op de eigen school

Wanneer de basisondersteuning niet voldoende is, kan de school een arrangement inzetten. Dat kan een individueel arrangement zijn, bijvoorbeeld extra begeleiding door een ambulant begeleider of een coach, of een groepsarrangement. Op zeven vestigingen bestaat een trajectvoorziening waar leerlingen een deel van de week in een kleine groep werken aan hun leer- en gedragsdoelen. Op drie vestigingen is een ‘klas op maat’ voor leerlingen met een autismespectrumstoornis. Arrangementen worden vastgelegd in het ontwikkelingsperspectief (OPP) en ten minste twee keer per jaar met leerling en ouders geëvalueerd.

## 5.3 Bovenschoolse voorzieningen

- OPDC De Brug in Gorinchem: orthopedagogisch-didactisch centrum voor leerlingen die tijdelijk niet op de eigen school kunnen functioneren. Een plaatsing duurt in de regel een schooljaar; de leerling blijft ingeschreven op de eigen school.
- Rebound Waardenland: een kortdurende voorziening (maximaal twaalf weken) voor leerlingen bij wie gedrag het leren ernstig belemmert.
- Schakelklas voor nieuwkomers: in samenwerking met de ISK-afdeling van het Merewade College (fictief) worden nieuwkomers voorbereid op doorstroom naar het reguliere onderwijs.
- Expertiseteam: orthopedagogen en trajectbegeleiders van het samenwerkingsverband denken mee bij vastgelopen situaties en kunnen op verzoek van de school een consultatie of observatie uitvoeren.

## 5.4 Speciaal onderwijs en praktijkonderwijs

In de regio zijn twee vso-scholen gevestigd: VSO De Horizon (cluster 4, uitstroomprofielen vervolgonderwijs en arbeidsmarkt) en VSO Het Anker (cluster 3, uitstroomprofielen arbeidsmarkt en dagbesteding). Praktijkschool Waardenland biedt praktijkonderwijs aan leerlingen die via een arbeidstoeleidend traject naar werk of het mbo uitstromen. Daarnaast maken leerlingen gebruik van vso-scholen buiten de regio, vooral voor specifieke doelgroepen zoals leerlingen met een ernstige lichamelijke beperking.

## 5.5 Onderwijs-zorgarrangementen

Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, ontwikkelen we met de gemeenten onderwijs-zorgarrangementen. De school en het lokale team stellen samen één plan op; de gemeente financiert de zorgcomponent, de school het onderwijsdeel. In 2025 liepen er zestien van deze arrangementen. Afspraken hierover zijn vastgelegd in het OOGO (zie hoofdstuk 11).

## 5.6 Dekkend netwerk en thuiszitters

Een dekkend netwerk betekent dat er voor iedere leerling een passende plek is. Om te zien waar dat nog niet lukt, voert het samenwerkingsverband elk voorjaar een analyse uit van de wachtlijsten, de vrijstellingen, de leerlingen die buiten de regio onderwijs volgen en de signalen uit het thuiszittersoverleg. De uitkomst bespreken we met de besturen; ontbrekend aanbod wordt in het jaarplan opgenomen met een termijn en een verantwoordelijk bestuur. Op die manier is in de vorige periode de klas op maat voor leerlingen met autisme ontstaan.

Voor thuiszitters hanteren we een vaste aanpak. Iedere leerling die langer dan vier weken geen onderwijs volgt, wordt door de school aangemeld bij het thuiszittersoverleg, waarin de leerplichtambtenaar, de school, het samenwerkingsverband en het lokale team zitten. Binnen twee weken na aanmelding ligt er een plan met een terugkeerdatum. Lukt dat niet, dan agendeert de directeur-bestuurder de casus in het regionale doorbraakoverleg met de gemeenten. Scholen melden daarnaast iedere leerling voor wie zij binnen de zorgplicht geen passende plek vinden bij het samenwerkingsverband, dat dan binnen zes weken een plek helpt zoeken.

# 6 Toewijzing en toelaatbaarheid (vso, lwoo en pro)

## 6.1 Route naar een toelaatbaarheidsverklaring vso

Een leerling kan alleen worden ingeschreven op een vso-school als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag verloopt als volgt.

1. De school van inschrijving bespreekt de leerling in het ondersteuningsteam en stelt samen met leerling en ouders vast dat plaatsing in het vso wordt overwogen.
2. De school vult het groeidocument aan met het OPP, de evaluatie van de ingezette ondersteuning en de zienswijze van ouders en leerling.
3. De school dient de aanvraag in bij het Loket Toewijzing van het samenwerkingsverband via het digitale aanvraagsysteem.
4. Het loket controleert binnen vijf werkdagen of het dossier volledig is en vraagt zo nodig aanvullende informatie op.
5. Twee deskundigen brengen ieder een eigen schriftelijk advies uit (zie 6.3).
6. De Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van het volledige dossier. Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de deskundigenadviezen.

Bij een crisissituatie kan de commissie binnen vijf werkdagen een tijdelijke TLV afgeven voor ten hoogste drie maanden, in afwachting van de reguliere procedure.

## 6.2 Criteria

Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:

- de ondersteuningsbehoefte van de leerling overstijgt wat de school met basisondersteuning én arrangementen kan bieden, ook met inzet van bovenschoolse voorzieningen;
- de school heeft aantoonbaar gedurende ten minste zestien weken handelingsgericht gewerkt met een OPP, en deze ondersteuning is geëvalueerd;
- uit het dossier blijkt welke specifieke ondersteuning het vso wel kan bieden, bijvoorbeeld een kleine groep, een specifiek pedagogisch klimaat of therapeutische voorzieningen;
- voor cluster 3: er is sprake van een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte die het volgen van regulier onderwijs ernstig belemmert.

Van de termijn van zestien weken kan worden afgeweken als de veiligheid van de leerling of anderen in het geding is.

## 6.3 Deskundigenadvies

Bij iedere aanvraag adviseren twee deskundigen. De eerste deskundige is altijd een orthopedagoog of psycholoog van het samenwerkingsverband die niet bij de aanvraag betrokken is geweest. De tweede deskundige wordt afhankelijk van de vraag gekozen: een kinder- en jeugdpsychiater, een maatschappelijk werker, een arts of een tweede orthopedagoog. Beide adviezen worden afzonderlijk opgesteld en aan het dossier toegevoegd.

## 6.4 Duur en bekostigingscategorie

Een TLV wordt in de regel afgegeven voor twee schooljaren en eindigt op 31 juli. Voor leerlingen met een blijvende beperking kan de commissie een TLV afgeven tot het einde van de vso-loopbaan. De commissie stelt de bekostigingscategorie vast: laag voor de meeste leerlingen in cluster 4 en de ZMLK-doelgroep, midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met een meervoudige beperking.

## 6.5 Bezwaar

Ouders die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat op het bezwaar wordt beslist.

## 6.6 Leerwegondersteunend onderwijs

Waardenland hanteert de landelijke criteria voor lwoo. Scholen dienen de aanvraag voor een aanwijzing lwoo uiterlijk 1 mei in bij het Loket Toewijzing, met het onderwijskundig rapport van de basisschool en de gegevens over leerachterstanden en, waar nodig, intelligentie en sociaal-emotionele problematiek. Het loket besluit binnen vier weken. De aanwijzing geldt voor de duur van de opleiding.

## 6.7 Praktijkonderwijs

Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en leerachterstanden van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of rekenen. De praktijkschool dient de aanvraag in bij het Loket Toewijzing; het loket besluit binnen vier weken. Een TLV voor pro geldt voor de duur van de opleiding.

# 7 Terugplaatsing en overplaatsing

## 7.1 Ons beleid

Plaatsing in het vso is voor ons geen eindstation. Wij willen dat iedere vso-leerling die daaraan toe is, kan terugkeren naar het regulier voortgezet onderwijs of kan doorstromen naar een passende vorm van regulier onderwijs, zoals het praktijkonderwijs of het mbo. Daarbij gaan we uit van drie voorwaarden. Ten eerste moet uit het OPP blijken dat de leerling de ondersteuningsbehoefte die tot de TLV leidde, grotendeels heeft overwonnen of daarmee kan omgaan. Ten tweede moet er een reguliere school zijn die de benodigde ondersteuning binnen basisondersteuning en arrangementen kan bieden. Ten derde moeten leerling en ouders achter de overstap staan.

Na terugkeer krijgt de leerling een terugplaatsingsarrangement: gedurende maximaal één schooljaar begeleidt een medewerker van de vso-school de leerling en de mentor op de nieuwe school, met een omvang die past bij de situatie. De leerling houdt in dat jaar een vast contactpersoon bij het samenwerkingsverband.

Overplaatsing tussen vso-scholen of van het vso naar het praktijkonderwijs behandelen we volgens dezelfde uitgangspunten: thuisnabij en zo regulier als verantwoord is.

## 7.2 Werkwijze

De werkwijze bij terugplaatsing — wie het initiatief neemt, op welke momenten de vso-school en het samenwerkingsverband de mogelijkheid tot terugkeer beoordelen en wie daarover beslist — werken we in het eerste planjaar samen met de vso-scholen uit in een stappenplan. Het stappenplan wordt na instemming van de ondersteuningsplanraad als bijlage 7 aan dit plan toegevoegd.

# 8 Financiën en meerjarenbegroting

Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor passend onderwijs. Omdat bedragen en verdeling ieder jaar veranderen, hebben wij ervoor gekozen het financiële kader niet in dit meerjarige plan op te nemen. Het Verdeelmodel Waardenland (bijlage 5) en de Meerjarenbegroting 2026–2030 (bijlage 6) worden als afzonderlijke documenten vastgesteld en na instemming van de ondersteuningsplanraad op de website gepubliceerd. De financiële paragraaf bij dit ondersteuningsplan wordt daarmee jaarlijks geactualiseerd.

# 9 Kwaliteit en resultaten

## 9.1 Beoogde resultaten 2026–2030

Aan het eind van deze planperiode willen we de volgende resultaten hebben bereikt voor leerlingen die extra ondersteuning nodig hebben:

| Ambitie | Beoogd resultaat in 2030 |
| Niemand zit langdurig thuis | Geen leerling zit langer dan drie maanden thuis zonder onderwijsaanbod. |
| Snelle toewijzing | 90 procent van de TLV-aanvragen is binnen zes weken afgehandeld. |
| Zo regulier mogelijk | Het deelnamepercentage vso blijft onder 3,2 procent van het totaal aantal leerlingen. |
| Terug naar de eigen school | 80 procent van de OPDC-leerlingen keert binnen een jaar terug naar de eigen of een andere reguliere school. |
| Tevreden ouders | Ouders van leerlingen met een arrangement geven de ondersteuning gemiddeld ten minste een 7. |
| Soepele overstap | Ten minste 95 procent van de leerlingen met een OPP in groep 8 start het schooljaar op een passende vo-plek. |

## 9.2 Volgen en verantwoorden

Met welke instrumenten, bronnen en momenten wij de voortgang op deze ambities gaan volgen, leggen we vast in een monitoringsplan. Dat plan stellen wij op zodra het nieuwe regionale dashboard beschikbaar is, naar verwachting in het voorjaar van 2027. Het monitoringsplan wordt als voortgangsparagraaf aan dit ondersteuningsplan toegevoegd.

# 10 Ouders en leerlingen

## 10.1 Informatie voor ouders

Ouders hebben recht op heldere informatie over de ondersteuning die scholen en het samenwerkingsverband bieden. Wij informeren ouders op de volgende manieren:

- De website heeft een aparte ouderpagina met uitleg over basisondersteuning, arrangementen, de bovenschoolse voorzieningen en de TLV-procedure, ook in eenvoudige taal.
- Aan het begin van de brugklas ontvangen alle ouders via de school de brochure ‘Wegwijzer passend onderwijs’, die ook in het Engels, Arabisch, Pools en Turks beschikbaar is.
- Twee keer per jaar organiseert het samenwerkingsverband een informatieavond voor ouders, in het najaar over de overstap naar het vo en in het voorjaar over ondersteuning en toewijzing.
- Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en wie de contactpersoon is.

## 10.2 Onafhankelijke ondersteuning

Soms hebben ouders behoefte aan iemand die onafhankelijk van school en samenwerkingsverband met hen meedenkt. Daarvoor kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Waardenland. Het steunpunt wordt uitgevoerd door een externe organisatie, is telefonisch en per e-mail bereikbaar en houdt wekelijks een inloopspreekuur in Gorinchem. De medewerkers adviseren ouders en leerlingen, gaan desgewenst mee naar gesprekken en verwijzen door. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; voor klachten over het samenwerkingsverband geldt onze klachtenregeling.

## 10.3 De stem van ouders en leerlingen

Ouders zijn partner bij het opstellen en evalueren van het OPP, en leerlingen hebben hoorrecht: zij geven hun mening over hun eigen ontwikkelingsperspectief. In de ondersteuningsplanraad hebben zes ouders of leerlingen en zes personeelsleden zitting.

# 11 Samenwerking met gemeenten (OOGO)

De zes gemeenten en het samenwerkingsverband voeren twee keer per jaar bestuurlijk overleg. In het OOGO zijn de volgende thema’s afgesproken: de aansluiting tussen onderwijs en jeugdhulp, thuiszitters en verzuim, leerlingenvervoer, onderwijshuisvesting voor de bovenschoolse voorzieningen en de aansluiting op de arbeidsmarkt. Op iedere vestiging is een vaste jeugdhulpverlener van het lokale team aanwezig. Bij geschillen over de uitvoering van de afspraken geldt de geschillenregeling die in de OOGO-overeenkomst is opgenomen.

De samenwerking met de gemeenten loopt goed, maar de verschillen tussen gemeenten in de inrichting van de toegang tot jeugdhulp blijven een aandachtspunt. Wij willen in deze planperiode toe naar één regionale werkwijze voor jeugdhulp in het onderwijs.

# 12 Organisatie, governance en medezeggenschap

Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; de raad van toezicht, bestaande uit vijf leden, houdt toezicht. Drie leden worden voorgedragen door de aangesloten schoolbesturen, twee leden zijn onafhankelijk. Het algemeen overleg van schoolbestuurders adviseert de directeur-bestuurder over strategische vraagstukken.

Het bureau van het samenwerkingsverband bestaat uit een directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en het expertiseteam. De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De ondernemingsraad van het samenwerkingsverband vertegenwoordigt het eigen personeel.

# 13 Personeel en professionalisering

Het samenwerkingsverband heeft ongeveer achttien fte in dienst, onder wie orthopedagogen, psychologen, trajectbegeleiders en onderwijsadviseurs. Het personeel van het OPDC en de Rebound is in dienst van een van de schoolbesturen en wordt gedetacheerd.

Wij investeren in de deskundigheid van professionals op de scholen. Jaarlijks organiseren we een netwerk voor ondersteuningscoördinatoren, een leergang ‘Mentor als spil’ en een conferentie over passend onderwijs. Nieuwe ondersteuningscoördinatoren volgen een inwerkprogramma. Ook de eigen medewerkers volgen scholing, onder meer op het gebied van gesprekken met ouders en het opstellen van deskundigenadviezen.

# 14 Privacy en ICT

Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gezondheidsgegevens, voor zover dat nodig is voor de toewijzing van ondersteuning en het afgeven van TLV’s. Wij bewaren dossiers tot drie jaar na het laatste besluit. Scholen en het samenwerkingsverband wisselen gegevens uitsluitend uit via een beveiligde omgeving. Er is een functionaris gegevensbescherming aangesteld, die jaarlijks rapporteert aan de directeur-bestuurder. In 2027 vervangen we het digitale aanvraagsysteem door een nieuw platform dat beter aansluit op de administratiesystemen van de scholen.

# 15 Planning en voortgang

Dit plan wordt jaarlijks uitgewerkt in een jaarplan, dat de directeur-bestuurder na advies van het algemeen overleg vaststelt. De belangrijkste mijlpalen zijn:

| Wanneer | Wat |
| Schooljaar 2026–2027 | Stappenplan terugplaatsing vso–vo opstellen met de vso-scholen (bijlage 7) |
| Voorjaar 2027 | Monitoringsplan en regionaal dashboard |
| Schooljaar 2027–2028 | Evaluatie van de twaalf standaarden basisondersteuning |
| Schooljaar 2028–2029 | Tussenevaluatie ondersteuningsplan met OPR en gemeenten |
| Najaar 2029 | Start voorbereiding ondersteuningsplan 2030–2034 |

# Bijlage 1 Begrippenlijst

Arrangement: een afgestemd pakket van ondersteuning voor een leerling of groep leerlingen, aanvullend op de basisondersteuning.

Basisondersteuning: het door het samenwerkingsverband vastgestelde niveau van ondersteuning dat iedere school biedt.

Bekostigingscategorie: de categorie (laag, midden of hoog) die bepaalt welke bekostiging de vso-school voor een leerling ontvangt.

Lwoo: leerwegondersteunend onderwijs.

Meerjarenbegroting: de begroting van het samenwerkingsverband voor ten minste vier jaar vooruit.

OPDC: orthopedagogisch-didactisch centrum.

OPP: ontwikkelingsperspectiefplan.

OPR: ondersteuningsplanraad.

Pro: praktijkonderwijs.

Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs.

TLV: toelaatbaarheidsverklaring.

Verdeelmodel: het model waarmee het samenwerkingsverband de ondersteuningsmiddelen over de schoolbesturen verdeelt.
"""

P1_LABEL = dict(
    documents=["vo-waardenland-2026.docx"],
    sector="vo",
    false_criteria=["terugstroom.procedure", "financien.verdeling", "financien.besteding",
                    "resultaten.monitoring"],
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "H4: SWV-wide minimum set by AB for every vestiging, twelve standards in a table, borging via kwaliteitskaart/audit.",
        "plaatsing": "H6: vso TLV steps, Loket and Commissie Toelaatbaarheid, 6 weeks, criteria list, two deskundigen, duur/categorie, LBT bezwaar; lwoo and pro procedures.",
        "terugstroom": "H7.1 gives the policy (aim, three conditions, terugplaatsingsarrangement); H7.2 defers the procedure to a stappenplan / absent bijlage 7.",
        "financien": "H8 only refers to separate bijlagen 5 and 6 (verdeelmodel, meerjarenbegroting) that are not part of the input; glossary definitions do not count.",
        "dekkend-aanbod": "H5: four-layer continuum with arrangementen, OPDC, Rebound, vso/pro; 5.6 yearly gap analysis, thuiszittersoverleg and zorgplicht route; OZA with gemeenten.",
        "resultaten": "H9.1 measurable intended results table; H9.2 defers how results are monitored to a future monitoringsplan (voorjaar 2027).",
        "ouders": "H10: website/ouderpagina, Wegwijzer brochure, info evenings; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    },
)

# ============================================================================
# Plan 2 - PO Rivierenland-Oost (docx). Terugplaatsing inside the TLV chapter,
# ouders inside "Communicatie", basisondersteuning content deferred.
# ============================================================================
P2 = r"""
@title
Ondersteuningsplan 2026–2030
Stichting Passend Primair Onderwijs Rivierenland-Oost
Samenwerkingsverband PO 26-04
‘Ieder kind een plek’
Versie na instemming OPR, 17 maart 2026
@endtitle

@toc
Voorwoord :: 2
1 Waar staan we voor? :: 3
2 Onze regio en onze scholen :: 5
3 Basisondersteuning :: 7
4 Extra ondersteuning en arrangementen :: 9
5 Toewijzing en toelaatbaarheid :: 12
6 Geld en verdeling :: 16
7 Kwaliteit en resultaten :: 18
8 Communicatie en informatie :: 21
9 Samenwerking met gemeenten en jeugdhulp :: 23
10 Organisatie en medezeggenschap :: 25
11 Personeel, ICT en privacy :: 26
12 Jaarplanning :: 27
Begrippenlijst :: 28
@endtoc

# Voorwoord

Beste lezer,

Met trots presenteren wij het ondersteuningsplan 2026–2030 van Passend Primair Onderwijs Rivierenland-Oost. Het plan is het resultaat van een jaar lang praten, luisteren en schrijven. Schoolleiders, intern begeleiders, leerkrachten, ouders uit de ondersteuningsplanraad, wethouders en jeugdhulpprofessionals hebben met ons meegedacht over de vraag: wat hebben kinderen in onze regio de komende vier jaar nodig?

Het antwoord op die vraag is niet verrassend, maar wel urgent. Kinderen hebben een leerkracht nodig die tijd en ruimte heeft om te zien wat er speelt. Leerkrachten hebben een team nodig dat hen steunt, en scholen hebben een samenwerkingsverband nodig dat snel schakelt als het ingewikkeld wordt. Dat is waar wij de komende jaren aan werken.

Dit plan is geschreven voor iedereen die bij passend onderwijs betrokken is. Daarom hebben we geprobeerd het leesbaar te houden. Wie meer wil weten, vindt op onze website achtergrondinformatie, filmpjes en voorbeelden uit de praktijk.

Henk Jansen, voorzitter van het bestuur, en Ayşe Demir, directeur

# 1 Waar staan we voor?

## 1.1 Onze opdracht

Het samenwerkingsverband heeft de wettelijke opdracht om samen met de scholen te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen, zodat alle kinderen een ononderbroken ontwikkeling kunnen doormaken en kinderen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen. Dat doen we niet alleen: de schoolbesturen zijn en blijven verantwoordelijk voor goed onderwijs op hun scholen, en de gemeenten voor de jeugdhulp.

## 1.2 Onze visie

Wij geloven dat ieder kind recht heeft op een plek waar het zich kan ontwikkelen. In principe is dat de basisschool in de buurt, samen met broertjes, zusjes en vriendjes. Voor sommige kinderen is een andere plek beter, tijdelijk of voor langere tijd. Wij kijken niet naar wat een kind niet kan, maar naar wat een kind nodig heeft om te leren. Ouders kennen hun kind het best en zijn daarom gelijkwaardige gesprekspartners.

We werken vanuit vier uitgangspunten: dichtbij (ondersteuning zo veel mogelijk in de eigen groep), samen (school, ouders en partners trekken op als één team), eenvoudig (zo min mogelijk formulieren en wachttijd) en lerend (we kijken steeds kritisch naar wat werkt).

## 1.3 Wat hebben we geleerd?

In de vorige planperiode hebben we de toewijzing van arrangementen sterk vereenvoudigd, hebben we een tweede plusklas geopend en is de samenwerking met het sociaal domein verbeterd. Tegelijk zagen we dat de werkdruk op scholen hoog blijft, dat het lerarentekort ook ons raakt en dat de wachttijden in de jeugdhulp oplopen. Dat vraagt om realisme in onze ambities.

## 1.4 Leeswijzer

Na dit eerste hoofdstuk over onze opdracht en visie beschrijven we in hoofdstuk 2 de regio. Hoofdstuk 3 gaat over de basisondersteuning en hoofdstuk 4 over extra ondersteuning, arrangementen en ons aanbod. In hoofdstuk 5 leest u hoe de toewijzing van een plek in het speciaal (basis)onderwijs verloopt en wat er gebeurt als de TLV afloopt. Hoofdstuk 6 gaat over geld, hoofdstuk 7 over kwaliteit en resultaten en hoofdstuk 8 over communicatie. De overige hoofdstukken gaan over samenwerking, organisatie en planning. Achter in het plan vindt u een begrippenlijst.

# 2 Onze regio en onze scholen

Ons samenwerkingsverband beslaat de gemeenten Tiel, Culemborg, Buren en Neder-Betuwe (fictieve afbakening). Er zijn elf schoolbesturen aangesloten. Samen verzorgen zij onderwijs op 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie scholen of locaties voor speciaal onderwijs (cluster 3 en 4).

| Soort school | Aantal scholen/locaties | Leerlingen 1 oktober 2025 |
| Basisonderwijs | 58 | 12.940 |
| Speciaal basisonderwijs | 2 | 281 |
| Speciaal onderwijs cluster 3 | 1 | 96 |
| Speciaal onderwijs cluster 4 | 2 | 143 |

De scholen verschillen sterk in omvang, van dorpsscholen met 45 leerlingen tot stadsscholen met ruim 500 leerlingen. In Tiel en Culemborg is een groeiend aantal kinderen met een andere thuistaal. In de dorpen speelt krimp.

# 3 Basisondersteuning

## 3.1 Wat is basisondersteuning?

Basisondersteuning is de ondersteuning die elke basisschool in ons samenwerkingsverband, op elke vestiging, aan elk kind biedt. Het bestuur heeft afgesproken dat het niveau van de basisondersteuning voor alle 58 basisscholen gelijk is: het is een gezamenlijke ondergrens, geen gemiddelde. Er is geen aanvraag of toestemming van het samenwerkingsverband voor nodig.

Wij sluiten aan bij de vier onderdelen van het landelijke Referentiekader passend onderwijs: de basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur van de school en planmatig werken.

## 3.2 Uitwerking

Welke voorzieningen, interventies en expertise ouders concreet op iedere school mogen verwachten, leggen wij in het eerste planjaar vast in de ‘Kaart basisondersteuning Rivierenland-Oost’. Die kaart stellen we op met de netwerken van intern begeleiders en schooldirecteuren. Tot de kaart is vastgesteld, beschrijven de scholen hun ondersteuning in hun schoolondersteuningsprofiel, dat via de website van iedere school te vinden is.

## 3.3 Basisondersteuning en het lerarentekort

We weten dat sommige scholen het moeilijk hebben om alle afspraken waar te maken, bijvoorbeeld door langdurige vacatures. We gaan daar niet omheen. Wanneer een school tijdelijk minder kan bieden, verwachten we dat de school dit eerlijk met ouders bespreekt en samen met het bestuur zoekt naar een oplossing.

# 4 Extra ondersteuning en arrangementen

## 4.1 Van basis naar extra

Soms heeft een kind meer nodig dan de basisondersteuning. De school bespreekt het kind dan in het ondersteuningsteam, samen met ouders en waar nodig met de consulent van het samenwerkingsverband. Samen wordt bekeken welke extra ondersteuning passend is. Dat kan op de eigen school, op een andere basisschool, in een bovenschoolse voorziening of in het speciaal (basis)onderwijs.

## 4.2 Ons aanbod

| Voorziening | Voor wie | Waar |
| Arrangement op de eigen school | Kinderen met een specifieke leer- of gedragsvraag; inzet van extra handen, een specialist of materialen | Alle basisscholen |
| Plusklas (2 locaties) | Meer- en hoogbegaafde kinderen, één dagdeel per week | Tiel en Culemborg |
| Taalklas | Nieuwkomers van 6 tot 12 jaar, maximaal een jaar | Tiel |
| Observatiegroep | Kinderen bij wie de ondersteuningsvraag nog onduidelijk is, maximaal 12 weken | Sbo De Linde |
| Speciaal basisonderwijs | Kinderen die langdurig een kleinere groep en meer structuur nodig hebben | De Linde, Het Palet |
| Speciaal onderwijs | Kinderen met een verstandelijke of lichamelijke beperking, langdurige ziekte of ernstige gedragsproblemen | De Regenboog (cl. 3), De Wissel (cl. 4, 2 locaties) |
| Onderwijs-zorgarrangement | Kinderen die onderwijs en jeugdhulp tegelijk nodig hebben | Op de school, met het sociaal team |

## 4.3 Doorgaande lijnen

Een ononderbroken ontwikkeling begint al voor de basisschool. Met de gemeenten en de kinderopvang hebben we afgesproken dat peuters met een ondersteuningsbehoefte vóór hun vierde verjaardag worden besproken in een overdrachtsgesprek tussen voorschool, ouders en basisschool. Consulenten van het samenwerkingsverband sluiten aan als al duidelijk is dat extra ondersteuning nodig zal zijn. Aan het einde van de basisschool werken we met het samenwerkingsverband VO volgens een gezamenlijke overstapkalender. Kinderen met een OPP of een TLV worden in groep 8 vóór 1 februari besproken in een warme overdracht tussen de basisschool of de s(b)o-school en de vo-school.

Voor kinderen die halverwege het schooljaar verhuizen of van school wisselen, geldt dat het OPP en het groeidocument met toestemming van ouders worden meegegeven, zodat de nieuwe school niet opnieuw hoeft te beginnen.

## 4.4 Het Onderwijsarrangeerteam

Arrangementen op de eigen school vraagt de school aan bij het Onderwijsarrangeerteam (OAT) van het samenwerkingsverband. Het OAT bestaat uit twee consulenten en een orthopedagoog, en besluit binnen drie weken. Het arrangement duurt maximaal een schooljaar en wordt halverwege en aan het eind geëvalueerd.

## 4.5 Dekkend netwerk en thuiszitters

We willen dat geen enkel kind thuis zit. Toch gebeurt het. In schooljaar 2024–2025 waren er in onze regio zeven kinderen die langer dan vier weken geen onderwijs kregen. Voor deze kinderen hebben we de ‘tafel van Rivierenland’: een overleg van school, leerplicht, sociaal team en samenwerkingsverband dat binnen een week na een melding bij elkaar komt en een plan maakt. Als een school geen passende plek kan vinden, helpt het samenwerkingsverband zoeken bij andere besturen. Eens per jaar brengen we met de besturen in kaart voor welke kinderen het aanbod tekortschiet; in 2025 bleek er behoefte aan een voorziening voor jonge kinderen met ernstige gedragsproblemen, die in 2027 wordt geopend.

# 5 Toewijzing en toelaatbaarheid

## 5.1 Wanneer een toelaatbaarheidsverklaring?

Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.

## 5.2 De aanvraag

Het bestuur van de school waar het kind is ingeschreven, of waar het is aangemeld, vraagt de TLV aan. In de praktijk doet de intern begeleider dat namens het bestuur. De aanvraag bevat het groeidocument met het OPP, een beschrijving van de ondersteuning die al is geboden, en de zienswijze van de ouders. De aanvraag gaat naar de Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband. De CvT bespreekt de aanvraag, vraagt de deskundigenadviezen op en neemt binnen zes weken een besluit. Bij spoed is binnen tien werkdagen een besluit mogelijk.

## 5.3 Criteria

De CvT geeft een TLV voor het speciaal basisonderwijs af als:
- het kind gedurende ten minste een half jaar extra ondersteuning heeft gehad op de basisschool, vastgelegd in een OPP, en die ondersteuning onvoldoende effect had;
- het kind structureel behoefte heeft aan een kleine groep, een aangepast tempo of intensieve begeleiding gedurende de hele schooldag;
- er geen arrangement binnen het reguliere onderwijs beschikbaar is dat in die behoefte kan voorzien.

Voor het speciaal onderwijs geldt daarnaast dat de ondersteuningsbehoefte samenhangt met een verstandelijke beperking (IQ lager dan 55, of tussen 55 en 70 in combinatie met beperkingen in het adaptief functioneren), een lichamelijke beperking of langdurige ziekte, of ernstige gedrags- of psychiatrische problematiek die ook in het sbo niet kan worden opgevangen.

## 5.4 Deskundigenadvies

Iedere TLV-aanvraag wordt beoordeeld door twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag van het kind een maatschappelijk werker, een jeugdarts of een kinderpsychiater. Beide leggen hun advies afzonderlijk vast.

## 5.5 Looptijd en categorie

Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor twee schooljaren, tenzij de CvT om inhoudelijke redenen een andere termijn kiest. Bij een TLV voor het so bepaalt de CvT de bekostigingscategorie (laag, midden of hoog).

## 5.6 Afloop van de TLV: terug naar de basisschool

Plaatsing in het s(b)o is wat ons betreft geen eindpunt. Ons beleid is dat ieder kind in het speciaal (basis)onderwijs regelmatig wordt bekeken op de vraag of terugkeer naar een basisschool mogelijk is, liefst in de eigen woonplaats. Terugkeer is mogelijk als het kind zich volgens het OPP zo heeft ontwikkeld dat een basisschool, eventueel met een arrangement, kan bieden wat het nodig heeft, en als ouders en de ontvangende school daar vertrouwen in hebben.

De werkwijze is als volgt. De s(b)o-school evalueert ieder jaar in het voorjaar het OPP met ouders en bespreekt daarbij uitdrukkelijk de mogelijkheid van terugplaatsing. In het laatste jaar van de TLV doet de s(b)o-school uiterlijk 1 maart een voorstel: verlenging (een nieuwe aanvraag bij de CvT) of terugplaatsing. Bij terugplaatsing zoekt de s(b)o-school samen met ouders een basisschool en vindt er een overdrachtsgesprek plaats met de ontvangende intern begeleider. De CvT wordt geïnformeerd en bevestigt de beëindiging van de TLV. Na de overstap krijgt het kind een terugplaatsingsarrangement van twintig weken, waarin een ambulant begeleider van de s(b)o-school de leerkracht en het kind begeleidt. Na tien weken en na twintig weken volgt een evaluatie.

In schooljaar 2024–2025 keerden veertien kinderen vanuit het s(b)o terug naar een basisschool; bij twaalf van hen was de overstap na een jaar nog succesvol.

# 6 Geld en verdeling

## 6.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Een deel daarvan wordt door DUO rechtstreeks afgedragen aan de scholen voor speciaal onderwijs, op basis van het aantal leerlingen met een TLV op de teldatum. Ook voor de groei van het speciaal basisonderwijs gedurende het schooljaar worden middelen overgedragen, op basis van de teldatum 1 februari.

## 6.2 Verdeelsleutel

Het samenwerkingsverband verdeelt de beschikbare middelen volgens een vaste sleutel, die het bestuur op advies van de directeur heeft vastgesteld:
- Schoolbudget: ieder schoolbestuur ontvangt per leerling op de teldatum van 1 oktober een bedrag van € 165, aangevuld met een vaste voet van € 6.000 per vestiging.
- Arrangementenbudget: een centraal budget waaruit het OAT arrangementen op aanvraag toekent, volgens de criteria in hoofdstuk 4.
- Sbo-budget: de scholen voor speciaal basisonderwijs ontvangen een aanvulling boven op de rijksbekostiging voor leerlingen boven de 2 procent-grens.

Besturen verantwoorden jaarlijks in een vast format in hun jaarverslag hoe het schoolbudget is ingezet.

## 6.3 Begroting

Een meerjarenbegroting maakt bewust geen deel uit van dit plan. Het bestuur stelt ieder jaar in december de begroting en de meerjarenraming vast; die documenten zijn na vaststelling op onze website te vinden.

# 7 Kwaliteit en resultaten

## 7.1 Wat willen we bereiken?

| Doel | Indicator | Nulmeting 2024–2025 | Streefwaarde 2029–2030 |
| Kinderen gaan zo veel mogelijk naar een school in de buurt | Deelnamepercentage sbo | 2,1 % | maximaal 2,0 % |
| Niemand zit thuis | Kinderen langer dan 4 weken zonder onderwijs | 7 | 0 |
| Snelle hulp | Doorlooptijd arrangementaanvraag | 4,5 weken | binnen 3 weken |
| Terug naar de basisschool | Geslaagde terugplaatsingen na een jaar | 12 | ten minste 15 per jaar |
| Tevreden ouders en scholen | Waardering in tweejaarlijkse peiling | 7,2 | ten minste 7,5 |

## 7.2 Hoe volgen we dit?

Wij verzamelen twee keer per jaar, per 1 oktober en per 1 februari, de gegevens uit de leerlingadministratie, het aanvraagsysteem en de registratie van leerplicht. De directeur bespreekt de uitkomsten in het voorjaar met ieder schoolbestuur in een kwaliteitsgesprek. Eens per twee jaar houden we een tevredenheidspeiling onder ouders, intern begeleiders en schooldirecteuren. In het jaarverslag rapporteren we per doel wat er is bereikt; het jaarverslag wordt besproken met het bestuur, de ondersteuningsplanraad en de gemeenten. Wanneer een streefwaarde twee jaar op rij niet wordt gehaald, stelt de directeur een verbeterplan op.

## 7.3 Resultaten vorige planperiode

In de vorige planperiode daalde de gemiddelde doorlooptijd van een arrangementaanvraag van zeven naar vier en een half weken. Het deelnamepercentage sbo bleef stabiel rond 2,1 procent, het deelnamepercentage so daalde licht van 1,9 naar 1,8 procent. De tevredenheid van intern begeleiders over de ondersteuning van het samenwerkingsverband steeg van 6,8 naar 7,4.

# 8 Communicatie en informatie

## 8.1 Hoe informeren wij?

Goede communicatie is de basis van vertrouwen. Wij communiceren met scholen, ouders, gemeenten en partners via verschillende kanalen. Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief; voor bestuurders en gemeenten organiseren we jaarlijks een regiobijeenkomst.

## 8.2 Informatie voor ouders

Ouders vinden op onze website een ouderpagina met uitleg over passend onderwijs, over de ondersteuningsmogelijkheden in de regio en over de weg naar het speciaal (basis)onderwijs. Er is een ouderfolder ‘Passend onderwijs in Rivierenland-Oost’ in vijf talen, die iedere school bij de intake meegeeft. Iedere school beschrijft in haar schoolgids en schoolondersteuningsprofiel welke ondersteuning zij biedt. In het voor- en najaar organiseren wij samen met de scholen informatiebijeenkomsten voor ouders in Tiel en Culemborg.

## 8.3 Samen met ouders

Ouders zijn betrokken bij elk gesprek over de ondersteuning van hun kind en denken mee over het OPP. Ouders worden uitgenodigd voor het ondersteuningsteam en krijgen een kopie van ieder advies dat over hun kind wordt uitgebracht.

Hebt u vragen of bent u het niet eens met de gang van zaken? Ga dan eerst in gesprek met de leerkracht, de intern begeleider of de directeur van de school. Komt u er samen niet uit, dan kan de directeur de schoolcontactpersoon van het samenwerkingsverband vragen om mee te denken. Zodra de wettelijke verplichting tot een ouder- en jeugdsteunpunt ingaat, richt het samenwerkingsverband een eigen steunpunt in; over de vorm en bereikbaarheid daarvan informeren wij u te zijner tijd via de website.

# 9 Samenwerking met gemeenten en jeugdhulp

De vier gemeenten zijn onze belangrijkste partners. In het OOGO van 24 februari 2026 hebben we afspraken gemaakt over jeugdhulp op school, thuiszitters, leerlingenvervoer en huisvesting. Op iedere basisschool is een vaste contactpersoon van het sociaal team. Samen met de gemeenten financieren we onderwijs-zorgarrangementen, waarin school en jeugdhulp samen één plan maken voor een kind.

Een aandachtspunt blijft de aansluiting tussen de jeugdhulp en het onderwijs bij kinderen met complexe problemen. De wachtlijsten in de specialistische jeugd-ggz zijn lang. Met de gemeenten onderzoeken we of een gezamenlijke ‘schakelfunctie’ kan helpen om kinderen sneller de juiste hulp te geven.

# 10 Organisatie en medezeggenschap

Het samenwerkingsverband is een stichting met een bestuur dat bestaat uit vertegenwoordigers van de elf schoolbesturen, aangevuld met twee onafhankelijke leden die intern toezicht houden. De directeur is verantwoordelijk voor de dagelijkse leiding en voor de uitvoering van het ondersteuningsplan.

De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden, afgevaardigd uit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan en heeft op 17 maart 2026 ingestemd.

## 10.1 Ontwikkelingen in wet- en regelgeving

De komende jaren verandert er landelijk veel. Er wordt gewerkt aan een landelijke norm voor de basisondersteuning, het schoolondersteuningsprofiel gaat op in de schoolgids en er komt een wettelijke plicht voor ouder- en jeugdsteunpunten. Ook de bekostiging van het primair onderwijs is vereenvoudigd. Wij volgen deze ontwikkelingen op de voet en passen het plan zo nodig aan via een voortgangsparagraaf, waarover de ondersteuningsplanraad instemmingsrecht heeft.

# 11 Personeel, ICT en privacy

Het samenwerkingsverband heeft elf medewerkers in dienst: consulenten, orthopedagogen, een beleidsmedewerker, een controller en een officemanager. De consulenten hebben ieder een vaste groep scholen. Jaarlijks investeren we in scholing, onder meer in het opstellen van deskundigenadviezen en in gespreksvaardigheden.

Het samenwerkingsverband werkt met een digitaal aanvraagsysteem waarin scholen hun aanvragen voor arrangementen en TLV’s indienen. Alle medewerkers werken volgens het privacyreglement van het samenwerkingsverband; dossiers worden drie jaar na het laatste besluit vernietigd.

Bij de werving van nieuwe medewerkers letten we op een goede mix van onderwijservaring en kennis van jeugdhulp. Consulenten hebben allemaal ervaring als leerkracht of intern begeleider in het basisonderwijs.

# 12 Jaarplanning

| Periode | Activiteit |
| Schooljaar 2026–2027 | Kaart basisondersteuning opstellen en vaststellen |
| Schooljaar 2026–2027 | Ouder- en jeugdsteunpunt voorbereiden |
| Schooljaar 2027–2028 | Opening voorziening jonge kinderen met gedragsproblemen |
| Schooljaar 2028–2029 | Tussenevaluatie met OPR en gemeenten |
| Schooljaar 2029–2030 | Voorbereiding nieuw ondersteuningsplan |

# Begrippenlijst

Arrangement: extra ondersteuning voor een kind, bovenop de basisondersteuning.

Basisondersteuning: de ondersteuning die alle scholen bieden, zoals dyslexiebegeleiding, een gedragsaanpak en een ondersteuningsteam.

CvT: Commissie Toelaatbaarheid.

Meerjarenbegroting: overzicht van inkomsten en uitgaven voor meerdere jaren.

OAT: Onderwijsarrangeerteam.

Onderwijsconsulenten: onafhankelijke adviseurs die ouders kosteloos helpen bij vragen over passend onderwijs.

Ouder- en jeugdsteunpunt (OJSP): een onafhankelijk steunpunt voor ouders en jeugdigen.

OPP: ontwikkelingsperspectief.

Terugplaatsing: overstap van het s(b)o naar het basisonderwijs.

TLV: toelaatbaarheidsverklaring.
"""

P2_LABEL = dict(
    documents=["po-rivierenland-oost-2026.docx"],
    sector="po",
    false_criteria=["basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"],
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "H3.1 defines the common minimum level for all 58 schools (niveau) and copies the 4 Referentiekader aspects; H3.2 defers the concrete content to a future 'Kaart basisondersteuning' / school SOPs; glossary examples do not count.",
        "plaatsing": "H5.2-5.5: request by school board, CvT, 6 weeks, sbo and so criteria, two deskundigen, duration and category; no bezwaar route described.",
        "terugstroom": "Hidden in H5.6 'Afloop van de TLV': policy (aim, conditions), procedure (yearly OPP evaluation, proposal by 1 March, CvT, 20-week arrangement) and 2024-25 figures.",
        "financien": "H6.2 verdeelsleutel (EUR 165 per leerling, vaste voet, arrangementenbudget, sbo budget) = verdeling; H6.3 explicitly leaves the (meerjaren)begroting out (website), so no besteding.",
        "dekkend-aanbod": "H4: continuum table (arrangementen, plusklas, taalklas, observatiegroep, sbo, so, OZA); H4.5 'tafel van Rivierenland' for thuiszitters, help finding a place, yearly gap analysis; H4.3 doorgaande lijnen.",
        "resultaten": "H7.1 goals with nulmeting and streefwaarden; H7.2 twice-yearly data, kwaliteitsgesprekken, jaarverslag; H7.3 achieved results.",
        "ouders": "H8.2 (under 'Communicatie') website, folder, schoolgids, meetings = informatie; no independent help: only school/SWV contact and a deferred OJSP ('te zijner tijd', also H10.1); Onderwijsconsulenten only in the glossary.",
    },
)

# ============================================================================
# Plan 3 - VO Kempenzuid (pdf). "Op hoofdlijnen"; basisondersteuning content
# only in a table; financien under "Geld en middelen"; no terugplaatsing,
# parents hardly appear.
# ============================================================================
P3 = r"""
@title
Ondersteuningsplan op hoofdlijnen 2026–2030
Samenwerkingsverband Voortgezet Onderwijs Kempenzuid (VO 30-06)
Koers houden, samen verder
Vastgesteld door het bestuur op 21 april 2026
@endtitle

@toc
Samenvatting :: 2
1 Inleiding :: 3
2 Terugblik en context :: 4
3 Koers 2026–2030 :: 6
4 Ondersteuning in drie niveaus :: 8
5 Toewijzing :: 12
6 Geld en middelen :: 15
7 Kwaliteitszorg en resultaten :: 18
8 Communicatie :: 20
9 Samenwerking met gemeenten :: 21
10 Aansluiting vo–mbo en arbeidsmarkt :: 22
11 Organisatie en medezeggenschap :: 23
12 Personeel en professionalisering :: 24
13 Planning :: 25
Afkortingen en begrippen :: 26
@endtoc

# Samenvatting

Dit ondersteuningsplan beschrijft op hoofdlijnen hoe Samenwerkingsverband VO Kempenzuid in de periode 2026–2030 werkt aan passend onderwijs voor alle leerlingen in de regio. Het plan bouwt voort op het vorige plan. De structuur met drie ondersteuningsniveaus blijft gehandhaafd; de basisondersteuning is aangescherpt op het gebied van mentale gezondheid en executieve functies. Het verdeelmodel is vereenvoudigd: een groter deel van de middelen gaat direct naar de besturen, en het bovenschoolse budget wordt geconcentreerd op het OPDC, de Rebound en de toewijzing. In de toewijzing is de doorlooptijd verkort. Voor de komende vier jaar kiezen we vier speerpunten: versterken van de basis, kortere lijnen met de jeugdhulp, een betere aansluiting op het mbo en een transparante verantwoording over middelen en resultaten.

# 1 Inleiding

Een ondersteuningsplan beschrijft hoe een samenwerkingsverband zijn wettelijke taken uitvoert. Kempenzuid kiest voor een plan op hoofdlijnen. Het plan beschrijft wat we met elkaar hebben afgesproken; hoe scholen die afspraken uitvoeren, bepalen zij binnen de eigen organisatie. Dit plan is in de eerste plaats geschreven voor schoolleiders, ondersteuningscoördinatoren en bestuurders. Het wordt jaarlijks uitgewerkt in een jaarplan en een jaarbegroting.

De planperiode loopt van 1 augustus 2026 tot en met 31 juli 2030. Het op overeenstemming gericht overleg met de gemeenten vond plaats op 12 maart 2026. De ondersteuningsplanraad heeft op 2 april 2026 ingestemd met het plan.

## 1.1 Totstandkoming

Het plan is voorbereid door een werkgroep met twee bestuurders, drie ondersteuningscoördinatoren, de directeur van het OPDC en de directeur van het samenwerkingsverband. In het najaar van 2025 zijn vier werksessies gehouden met ondersteuningscoördinatoren, teamleiders en medewerkers van de vso-scholen en de praktijkschool. De opbrengst daarvan is verwerkt in een eerste concept, dat in januari 2026 is besproken met de gemeenten en de ondersteuningsplanraad. Het tweede concept is vervolgens voorgelegd in het OOGO en aan de OPR.

## 1.2 Wat is er veranderd ten opzichte van het vorige plan?

- De basisondersteuning is uitgebreid met afspraken over mentale gezondheid.
- Het deel van het budget lichte ondersteuning dat naar de besturen gaat, is verhoogd van 75 naar 85 procent.
- De Commissie Toewijzing heeft de taken van de vroegere Permanente Commissie Leerlingenzorg overgenomen.
- De planperiode sluit aan op die van de samenwerkingsverbanden primair onderwijs in de regio.

# 2 Terugblik en context

## 2.1 Terugblik

De afgelopen vier jaar stonden in het teken van consolidatie. We hebben het OPDC verhuisd naar een nieuw gebouw in Veldhoven, de Rebound uitgebreid met een tweede groep, de aanvraagprocedure gedigitaliseerd en een gezamenlijke scholing voor mentoren opgezet. Niet alles is gelukt. De samenwerking met de jeugdhulp kwam traag op gang, en de verschillen tussen scholen in de invulling van de ondersteuning bleven groot. Die lessen nemen we mee.

## 2.2 De regio in cijfers

Kempenzuid omvat acht gemeenten in het zuiden van de Kempen (fictieve afbakening). Zeven schoolbesturen zijn aangesloten met samen zestien vestigingen voor regulier vo, een praktijkschool en twee vso-scholen.

| Kengetal per 1 oktober 2025 | Aantal |
| Leerlingen regulier vo | 11.305 |
| waarvan lwoo | 902 |
| Leerlingen pro | 318 |
| Leerlingen vso | 351 |
| Leerlingen OPDC (instroom schooljaar 2024–2025) | 64 |
| Leerlingen Rebound (instroom schooljaar 2024–2025) | 57 |

De vso-leerlingen stromen grotendeels uit naar het mbo, naar arbeid of naar dagbesteding. De regio kent een sterk industrieel profiel, met veel werkgelegenheid in de maakindustrie en de logistiek. Dat biedt kansen voor leerlingen uit het pro en het vso.

## 2.3 Leerlingstromen

De meeste leerlingen stromen na groep 8 door naar een reguliere vo-school in de eigen gemeente. Ongeveer acht procent van de leerlingen kiest een school buiten de regio, vooral in Eindhoven. Omgekeerd trekken twee scholen in Kempenzuid leerlingen uit de Belgische grensgemeenten. Na het voortgezet onderwijs gaat ruim de helft van de leerlingen naar het mbo. Voor de praktijkschool en de vso-scholen ligt de uitstroom naar arbeid hoger dan het landelijk gemiddelde, wat samenhangt met de sterke regionale arbeidsmarkt.

## 2.4 Personeelstekort en werkdruk

Ook in Kempenzuid is het lastig om vacatures te vervullen, vooral voor wiskunde, Duits en techniek en voor ondersteuningsfuncties zoals orthopedagoog. Dat raakt de ondersteuning direct: een school zonder vaste mentor of zonder ondersteuningscoördinator kan haar afspraken moeilijker nakomen. De besturen werken samen in een regionaal arbeidsmarktplatform en hebben afgesproken elkaar geen personeel weg te kopen. Het samenwerkingsverband draagt bij door gezamenlijke scholing en door de inzet van orthopedagogen op scholen waar die tijdelijk ontbreken.

# 3 Koers 2026–2030

## 3.1 Missie

Kempenzuid zorgt samen met de scholen voor een passende onderwijsplek voor iedere jongere in de regio.

## 3.2 Visie

Leerlingen, hun ouders en de scholen moeten erop kunnen rekenen dat de ondersteuning in de regio goed geregeld is. Wij zien het samenwerkingsverband als een netwerkorganisatie: scholen zijn eigenaar van de ondersteuning, het samenwerkingsverband faciliteert, verbindt en houdt overzicht. Wij werken vanuit vertrouwen en verantwoorden ons open over wat we doen.

## 3.3 Speerpunten

- Versterken van de basis: alle vestigingen voldoen aan de afgesproken basisondersteuning.
- Korte lijnen met de jeugdhulp: elke vestiging heeft een vaste jeugdhulpverlener in het ondersteuningsteam.
- Aansluiting op het mbo: meer leerlingen uit vso en pro met een passend vervolg.
- Transparantie: jaarlijks een openbare verantwoording over middelen en resultaten.

## 3.4 Rolverdeling tussen besturen en samenwerkingsverband

De besturen zijn verantwoordelijk voor de kwaliteit van het onderwijs en de ondersteuning op hun vestigingen. Zij zorgen ervoor dat iedere vestiging aan de afspraken van niveau 1 voldoet, zetten de middelen die zij van het samenwerkingsverband ontvangen doelmatig in en leggen daarover verantwoording af. Het samenwerkingsverband is verantwoordelijk voor de toewijzing, voor de bovenschoolse voorzieningen en voor het overzicht over de regio als geheel. Waar besturen en samenwerkingsverband van mening verschillen, wordt dat eerst besproken in het directeurenoverleg en zo nodig in het bestuur. Voor geschillen tussen besturen onderling geldt de geschillenregeling uit de statuten.

# 4 Ondersteuning in drie niveaus

## 4.1 Niveau 1: basisondersteuning

De besturen in Kempenzuid hebben met elkaar afgesproken welke ondersteuning iedere vestiging minimaal biedt. Deze afspraken gelden voor alle zestien vestigingen en voor de praktijkschool. Het onderstaande overzicht is leidend.

| Onderdeel | Afspraak voor iedere vestiging |
| Ondersteuningsstructuur | Ondersteuningscoördinator, ondersteuningsteam dat minimaal 6 keer per jaar bijeenkomt, vaste contactpersoon jeugdhulp |
| Mentoraat | Mentoruur in leerjaar 1 en 2; mentoren geschoold in signaleren |
| Dyslexie en dyscalculie | Protocol met faciliteiten (extra tijd, auditieve ondersteuning, rekenkaart) |
| Sociaal-emotioneel | Aanbod sociale vaardigheidstraining en faalangstreductietraining op de eigen vestiging |
| Executieve functies | Plannings- en huiswerkbegeleiding in de onderbouw |
| Opvang | Time-out- of time-inruimte met toezicht gedurende de hele schooldag |
| Medisch handelen | Protocol medisch handelen en afspraken met de jeugdarts |
| Mentale gezondheid | Preventieprogramma in leerjaar 2 en toegang tot een praktijkondersteuner jeugd |
| Begaafdheid | Aanspreekpunt en mogelijkheden voor verrijking en versnelling |
| Ontwikkelingsperspectief | OPP voor iedere leerling met extra ondersteuning, twee keer per jaar geëvalueerd |

## 4.2 Niveau 2: extra ondersteuning in en om de school

Wanneer niveau 1 niet volstaat, zet de school een arrangement in. Ieder bestuur ontvangt daarvoor middelen (zie hoofdstuk 6). Voorbeelden zijn een trajectklas, individuele coaching, inzet van een ambulant begeleider of een aangepast rooster. Daarnaast kent Kempenzuid twee bovenschoolse voorzieningen:
- Het OPDC in Veldhoven biedt leerlingen die vastlopen een tijdelijke plek in een kleine groep, met als doel terugkeer naar de eigen school of een andere reguliere school binnen een schooljaar. De leerling blijft ingeschreven op de eigen school.
- De Rebound biedt leerlingen met gedragsproblemen een time-out van maximaal twaalf weken, waarna de leerling terugkeert naar de eigen school.

## 4.3 Niveau 3: voortgezet speciaal onderwijs en praktijkonderwijs

Voor leerlingen die meer nodig hebben dan het regulier onderwijs kan bieden, zijn er in de regio twee vso-scholen: De Kempenbrug (cluster 4) en De Zonnewijzer (cluster 3). Praktijkschool De Schakel biedt praktijkonderwijs. Leerlingen kunnen ook een vso-school buiten de regio bezoeken.

## 4.4 Dekkend aanbod

Het aanbod in de drie niveaus is in de afgelopen jaren uitgebreid, maar we weten niet of het voor iedere leerling toereikend is. Ook in Kempenzuid zijn er jongeren die korter of langer geen onderwijs volgen. Een regionale analyse van het dekkend aanbod staat gepland voor het schooljaar 2027–2028. De uitkomsten, en de maatregelen die daaruit volgen, nemen we op in een voortgangsparagraaf bij dit plan.

## 4.5 Overstap PO–VO

Samen met de samenwerkingsverbanden primair onderwijs in de regio hebben we een overstapkalender met vaste data voor aanmelding, warme overdracht en plaatsing in de brugklas. Leerlingen met een OPP in groep 8 worden voor 1 maart besproken in een overstapoverleg tussen basisschool en vo-school.

# 5 Toewijzing

## 5.1 Toelaatbaarheid vso

Voor plaatsing in het vso is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De route is als volgt:
1. De vo-school bespreekt de leerling in het ondersteuningsteam en stelt het groeidocument op, met het OPP en de evaluatie van de geboden ondersteuning.
2. De school dient de aanvraag in via het digitale loket van het samenwerkingsverband.
3. De Commissie Toewijzing beoordeelt de aanvraag. Twee deskundigen, van wie ten minste één orthopedagoog of psycholoog, brengen ieder een afzonderlijk advies uit.
4. De Commissie Toewijzing neemt binnen zes weken na ontvangst van een volledige aanvraag een besluit. Het besluit wordt schriftelijk aan de school meegedeeld.

Een TLV wordt in de regel afgegeven voor twee schooljaren en vermeldt de bekostigingscategorie.

De criteria waaraan de Commissie Toewijzing een aanvraag toetst, zijn vastgelegd in het Toetsingskader Toewijzing Kempenzuid. Het toetsingskader is te raadplegen op www.kempenzuid-vo.nl/toewijzing en wordt jaarlijks geactualiseerd.

## 5.2 Lwoo en pro

Een aanvraag voor een aanwijzing lwoo of een toelaatbaarheidsverklaring pro wordt door de ontvangende vo-school of praktijkschool ingediend via hetzelfde digitale loket, in de periode van 1 februari tot 1 mei voorafgaand aan het eerste schooljaar. De school voegt het onderwijskundig rapport van de basisschool en de toetsgegevens toe. De Commissie Toewijzing besluit uiterlijk 1 juni. Aanvragen voor zij-instromers kunnen het hele jaar worden ingediend; daarop wordt binnen vier weken besloten.

## 5.3 Toelating en zorgplicht

Naast de toewijzing door het samenwerkingsverband heeft iedere school een eigen toelatingsbeleid. De school beslist over toelating; het samenwerkingsverband beslist over toelaatbaarheid. Dit onderscheid leidt in de praktijk soms tot verwarring. In het jaarplan 2026–2027 nemen we een gezamenlijke communicatie hierover op.

# 6 Geld en middelen

## 6.1 Uitgangspunten

Het geld volgt de leerling en de ondersteuning wordt zo dicht mogelijk bij de leerling georganiseerd. Daarom gaat het grootste deel van de middelen naar de besturen. Het samenwerkingsverband houdt alleen middelen aan voor taken die het beter bovenschools kan uitvoeren.

## 6.2 Verdeling

- Lichte ondersteuning: 85 procent van het budget lichte ondersteuning gaat naar de besturen, naar rato van het aantal leerlingen op de teldatum van 1 oktober van het voorgaande jaar. Dat komt in 2026 neer op € 118 per leerling.
- Lwoo en pro: de middelen voor lwoo en pro worden per aangewezen lwoo-leerling en per pro-leerling doorgezet naar het bestuur van de school waar de leerling staat ingeschreven.
- Bovenschoolse voorzieningen: het OPDC en de Rebound worden bekostigd uit het resterende deel van het budget lichte ondersteuning en uit het budget zware ondersteuning.
- Zware ondersteuning: de bekostiging van vso-leerlingen wordt door DUO rechtstreeks op het budget van het samenwerkingsverband ingehouden (afdracht), op basis van het aantal leerlingen met een TLV op 1 oktober en de groei tot 1 februari.

Het bestuur stelt de verdeling jaarlijks in december vast, bij de begroting. De besturen verantwoorden de besteding van hun middelen jaarlijks in een verantwoordingsformat dat in het jaarverslag van het samenwerkingsverband wordt samengevat.

## 6.3 Meerjarenbegroting

| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten: rijksbijdrage lichte ondersteuning | 6.210 | 6.140 | 6.080 | 6.010 |
| Baten: rijksbijdrage zware ondersteuning | 11.480 | 11.350 | 11.230 | 11.110 |
| Baten: lwoo en pro | 7.960 | 7.880 | 7.800 | 7.720 |
| Lasten: afdracht vso (DUO) | 9.870 | 9.790 | 9.700 | 9.620 |
| Lasten: budget besturen lichte ondersteuning | 5.280 | 5.220 | 5.170 | 5.110 |
| Lasten: doorzetting lwoo en pro | 7.960 | 7.880 | 7.800 | 7.720 |
| Lasten: OPDC en Rebound | 1.840 | 1.860 | 1.880 | 1.900 |
| Lasten: Commissie Toewijzing en deskundigen | 410 | 415 | 420 | 425 |
| Lasten: bureau en organisatie | 520 | 525 | 530 | 535 |
| Saldo | –230 | –320 | –390 | –450 |

## 6.4 Reserves

Het samenwerkingsverband hanteert een ondergrens voor het weerstandsvermogen van 5 procent van de totale baten. Eind 2025 bedroeg de algemene reserve € 2,9 miljoen, ruim boven die grens. De negatieve saldi in de meerjarenbegroting zijn bewust: we bouwen de reserve in vier jaar af tot ongeveer € 1,5 miljoen.

# 7 Kwaliteitszorg en resultaten

## 7.1 Beoogde resultaten

| Speerpunt | Indicator | Stand 2025 | Doel 2030 |
| Versterken van de basis | Aantal vestigingen dat bij de audit aan alle afspraken van niveau 1 voldoet | 11 van 16 | 16 van 16 |
| Korte lijnen met de jeugdhulp | Vestigingen met vaste jeugdhulpverlener in het ondersteuningsteam | 9 van 16 | 16 van 16 |
| Aansluiting op het mbo | Vso- en pro-leerlingen met een passende plek in mbo, arbeid of dagbesteding | 88 % | 95 % |
| Tijdelijke voorzieningen | OPDC-leerlingen die binnen een jaar terug zijn op een reguliere school | 71 % | 80 % |
| Snelle toewijzing | TLV-besluiten binnen zes weken | 82 % | 95 % |

## 7.2 Monitoring

De Kempenmonitor brengt ieder kwartaal de kengetallen van het samenwerkingsverband in beeld: aantallen TLV’s, doorlooptijden, instroom en uitstroom van OPDC en Rebound, en deelnamepercentages. De directeur bespreekt de monitor ieder kwartaal met het bestuur. Jaarlijks in juni evalueren we met de besturen de voortgang op de speerpunten; de uitkomsten en de resultaten per indicator worden opgenomen in het jaarverslag. Iedere vestiging wordt eens in de twee jaar geaudit op de afspraken van niveau 1.

# 8 Communicatie

Het samenwerkingsverband communiceert actief met de scholen en de gemeenten. Voor ondersteuningscoördinatoren is er een maandelijkse digitale nieuwsbrief en een kennisbank op het besloten deel van de website. Schoolleiders en bestuurders ontvangen vier keer per jaar een bestuurlijke update. Met de gemeenten delen we twee keer per jaar de kengetallen uit de Kempenmonitor. Het openbare deel van de website bevat het ondersteuningsplan, het jaarverslag en de contactgegevens van het bureau.

## 8.1 Ontwikkelingen in wet- en regelgeving

Verschillende landelijke ontwikkelingen raken ons werk in de planperiode. De Wet voortgezet onderwijs 2020 heeft de artikelnummering veranderd, maar niet de inhoud van onze taken. Er wordt gewerkt aan een landelijke norm voor de basisondersteuning; zodra die is vastgesteld, vergelijken we onze afspraken van niveau 1 daarmee. De wet die samenwerkingsverbanden verplicht tot een ouder- en jeugdsteunpunt is in voorbereiding; de gevolgen voor Kempenzuid brengen we in beeld zodra de invoeringsdatum bekend is. Tot slot verandert de bekostiging van het lwoo; een eventuele aanpassing van het verdeelmodel volgt via een voortgangsparagraaf.

## 8.2 Privacy en gegevensuitwisseling

Voor de toewijzing verwerkt het samenwerkingsverband persoonsgegevens, waaronder gegevens over gezondheid. Dat gebeurt uitsluitend via het beveiligde digitale loket. Alleen de leden van de Commissie Toewijzing, de deskundigen en het secretariaat hebben toegang. Dossiers worden drie jaar na het laatste besluit vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden.

## 8.3 Inspectietoezicht

De inspectie heeft het samenwerkingsverband in 2024 bezocht. Het oordeel was voldoende. De inspectie vroeg aandacht voor de verantwoording over de besteding van middelen door de besturen; het verantwoordingsformat uit hoofdstuk 6 is daarop een antwoord. Het ondersteuningsplan wordt vóór 1 mei 2026 aan de inspectie gezonden.

# 9 Samenwerking met gemeenten

De acht gemeenten en het samenwerkingsverband hebben een samenwerkingsagenda opgesteld. Speerpunten zijn een vaste jeugdhulpverlener op iedere vestiging, onderwijs-zorgarrangementen voor leerlingen die naast onderwijs ook zorg nodig hebben, en gezamenlijke afspraken over leerlingenvervoer en huisvesting. Thuiszitters en verzuim staan op de agenda van het OOGO. Bij de inzet van jeugdhulp onder schooltijd geldt het regionale convenant ‘Zorg in onderwijstijd’.

# 10 Aansluiting vo–mbo en arbeidsmarkt

Een goede overstap naar het mbo of naar werk is voor leerlingen uit het pro en het vso van groot belang. Samen met de twee mbo-instellingen in de regio hebben we een overstapprotocol opgesteld met een warme overdracht voor iedere leerling met een OPP. Voor pro- en vso-leerlingen die naar arbeid uitstromen, werkt de praktijkschool samen met het werkgeversservicepunt. De scholen volgen oud-leerlingen tot een jaar na uitstroom.

Voor leerlingen met een OPP die de overstap naar het mbo maken, vindt vóór 1 april een overdrachtsgesprek plaats tussen de vo-school en de mbo-instelling. De mbo-instelling nodigt de leerling uit voor een intakegesprek waarin de ondersteuningsbehoefte aan bod komt. Leerlingen zonder startkwalificatie die het onderwijs dreigen te verlaten, worden gemeld bij het Regionaal Meld- en Coördinatiepunt voortijdig schoolverlaten. Samen met de gemeenten en de mbo-instellingen werkt het samenwerkingsverband aan een regionale aanpak voor jongeren in een kwetsbare positie, zoals afgesproken in het regionale programma voortijdig schoolverlaten.

# 11 Organisatie en medezeggenschap

Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zeven bestuurders van de aangesloten besturen. Het bestuur bestaat uit een onafhankelijk voorzitter en twee bestuurders; de directeur is gemandateerd voor de dagelijkse leiding. Het intern toezicht is belegd bij de algemene ledenvergadering.

De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. Het bureau heeft een eigen medezeggenschapsraad.

# 12 Personeel en professionalisering

Het bureau van het samenwerkingsverband telt negen fte, onder wie de directeur, twee orthopedagogen, een controller en secretariële ondersteuning. Het personeel van het OPDC en de Rebound is in dienst van de besturen.

Professionalisering is een gezamenlijke verantwoordelijkheid. Het samenwerkingsverband organiseert een leergang voor ondersteuningscoördinatoren, intervisie voor mentoren en twee studiedagen per jaar voor medewerkers van het OPDC, de Rebound en de vso-scholen.

De orthopedagogen van het samenwerkingsverband zijn BIG- of NVO-geregistreerd en nemen deel aan intercollegiale toetsing met collega’s uit andere samenwerkingsverbanden in de provincie.

## 12.1 Huisvesting

Het bureau van het samenwerkingsverband is gevestigd in het gebouw van het OPDC in Veldhoven. Dat maakt korte lijnen mogelijk tussen de orthopedagogen van het samenwerkingsverband en de medewerkers van het OPDC. De Rebound is gehuisvest in een vleugel van een van de vmbo-scholen in Eersel. De huisvesting van beide voorzieningen is tot 2030 contractueel geregeld. Over de huisvesting van de vso-scholen voeren de gemeenten en de betrokken besturen overleg; het samenwerkingsverband is daarbij geen partij.

# 13 Planning

| Schooljaar | Activiteiten |
| 2026–2027 | Audit niveau 1 op alle vestigingen; communicatie toelating en toelaatbaarheid |
| 2027–2028 | Regionale analyse dekkend aanbod; voortgangsparagraaf |
| 2028–2029 | Tussenevaluatie van dit plan met besturen en OPR |
| 2029–2030 | Voorbereiding nieuw ondersteuningsplan |

# Afkortingen en begrippen

Basisondersteuning: het afgesproken niveau van ondersteuning op iedere vestiging (niveau 1).

Dekkend aanbod: het geheel van voorzieningen waardoor er voor iedere leerling een passende plek is.

Lwoo: leerwegondersteunend onderwijs.

OJSP: ouder- en jeugdsteunpunt, waar ouders en leerlingen terecht kunnen voor onafhankelijke informatie en ondersteuning.

OPDC: orthopedagogisch-didactisch centrum.

OPR: ondersteuningsplanraad.

Pro: praktijkonderwijs.

Terugplaatsing: terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs, na afloop van de TLV.

Thuiszitter: een leerplichtige jongere die zonder geldige vrijstelling geen onderwijs volgt.

TLV: toelaatbaarheidsverklaring.
"""

P3_LABEL = dict(
    documents=["vo-kempenzuid-2026.pdf"],
    sector="vo",
    false_criteria=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                    "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"],
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    notes={
        "basisondersteuning": "H4.1: minimum agreed for all 16 vestigingen + pro; content only in the table; audit every two years (H7.2).",
        "plaatsing": "H5.1/5.2: vso route with Commissie Toewijzing, two deskundigen, 6 weeks, duration/category; lwoo/pro procedure with dates; criteria only by reference to a Toetsingskader on the website.",
        "terugstroom": "Nothing on return from vso; OPDC/Rebound return to the own school (H4.2) is not vso terugplaatsing; term only in the glossary.",
        "financien": "H6 'Geld en middelen': verdeling (85 %, EUR 118 per leerling, lwoo/pro doorzetting, afdracht), meerjarenbegroting table 2026-2029, reserves and verantwoording.",
        "dekkend-aanbod": "H4.2-4.3 continuum (niveau 2 arrangementen, OPDC, Rebound, vso, pro); H4.4 defers the gap analysis to 2027-2028; thuiszitters only mentioned in passing.",
        "resultaten": "H7.1 indicators with 2025 value and 2030 target; H7.2 quarterly Kempenmonitor, yearly evaluation, jaarverslag.",
        "ouders": "No information channels for parents (H8 'Communicatie' addresses schools and gemeenten only), no independent support (OJSP only in the glossary), no parent role; 'ouders' only in the visie sentence and in H8.1, which says the OJSP law is 'in voorbereiding' (deferral).",
    },
)

# ============================================================================
# Plan 4 - PO De Brede Vallei (pdf). Toelaatbaarheid only via an absent
# Handboek; aanbod only via the website; ambities deferred.
# ============================================================================
P4 = r"""
@title
Ondersteuningsplan 2026–2030
Samenwerkingsverband Passend Onderwijs De Brede Vallei
PO 25-09
Vertrouwen, vakmanschap, verbinding
Definitieve versie, vastgesteld 14 april 2026
@endtitle

@toc
Voorwoord :: 3
1 Inleiding :: 4
2 Terugblik 2022–2026 :: 5
3 Visie en uitgangspunten :: 7
4 Basisondersteuning :: 9
5 Toelaatbaarheid en terugplaatsing :: 12
6 Financiën :: 14
7 Monitoring en verantwoording :: 18
8 Ouders :: 20
9 Governance en medezeggenschap :: 22
10 Bureau, personeel en ICT :: 24
11 Planning en vaststelling :: 25
Bijlage 2 Begrippenlijst :: 26
Bijlage 3 Handboek Toewijzing (separaat) :: –
@endtoc

# Voorwoord

Het ondersteuningsplan is het belangrijkste beleidsdocument van ons samenwerkingsverband. Het legt vast wat de scholen in De Brede Vallei met elkaar hebben afgesproken over de ondersteuning van kinderen. Voor u ligt de versie voor de periode 2026–2030.

Wij hebben bij het schrijven van dit plan gemerkt hoeveel er de afgelopen jaren al bereikt is. Scholen kennen elkaar beter, de lijnen met het samenwerkingsverband zijn kort en er is een gedeelde taal ontstaan. Tegelijk staat het onderwijs onder druk. Het lerarentekort, de toename van kinderen met complexe vragen en de onzekerheid over landelijke wetgeving vragen om een samenwerkingsverband dat wendbaar is. Daarom is dit plan op een aantal punten bewust ruim geformuleerd: het biedt een kader, en de uitwerking volgt in jaarplannen.

Wij danken de ondersteuningsplanraad, de schoolbesturen, de gemeenten en alle anderen die aan dit plan hebben bijgedragen.

Namens het bestuur, drs. P. (Pieter) Hoekstra, directeur-bestuurder

# 1 Inleiding

## 1.1 Wettelijk kader

Op grond van artikel 18a van de Wet op het primair onderwijs stelt het samenwerkingsverband ten minste eenmaal in de vier jaar een ondersteuningsplan op. Het plan wordt vastgesteld na op overeenstemming gericht overleg met de gemeenten, na overleg met het samenwerkingsverband voortgezet onderwijs en met instemming van de ondersteuningsplanraad.

## 1.2 Leeswijzer

Hoofdstuk 2 blikt terug op de vorige planperiode. Hoofdstuk 3 beschrijft onze visie. In hoofdstuk 4 staat wat elke school biedt. Hoofdstuk 5 gaat over toelaatbaarheid en terugplaatsing, hoofdstuk 6 over geld, hoofdstuk 7 over monitoring en verantwoording en hoofdstuk 8 over ouders. De laatste hoofdstukken beschrijven de organisatie en de planning. De begrippenlijst staat in bijlage 2; het Handboek Toewijzing (bijlage 3) is een afzonderlijk document.

## 1.3 Het samenwerkingsverband in het kort

De Brede Vallei omvat vijf gemeenten in de Gelderse Vallei (fictieve afbakening). Negen schoolbesturen zijn aangesloten.

| Soort onderwijs | Scholen | Leerlingen 1 oktober 2025 |
| Basisonderwijs | 71 | 17.230 |
| Speciaal basisonderwijs | 3 | 402 |
| Speciaal onderwijs (cluster 3 en 4) | 4 locaties | 318 |

## 1.4 Totstandkoming

Aan dit plan is een jaar gewerkt. In het voorjaar van 2025 hebben we de vorige planperiode geëvalueerd met de schoolbesturen, de intern begeleiders en de ondersteuningsplanraad. Daarna zijn drie regionale bijeenkomsten georganiseerd met schooldirecteuren en intern begeleiders, en een avond met ouders. Een schrijfgroep met vertegenwoordigers van vier besturen heeft het concept opgesteld. Het concept is in december 2025 besproken in de Raad van Deelnemers en in januari 2026 met de ondersteuningsplanraad. Op de opmerkingen van de OPR is schriftelijk gereageerd; een aantal opmerkingen heeft geleid tot aanpassingen, onder meer in het hoofdstuk over ouders.

## 1.5 Ontwikkelingen in wet- en regelgeving

Dit plan is geschreven in een periode van landelijke veranderingen. Het kabinet werkt aan een landelijke norm voor de basisondersteuning; wanneer die van kracht wordt, toetsen wij onze afspraken daaraan en passen wij hoofdstuk 4 zo nodig aan. De wet over de positie van ouders en leerlingen in het passend onderwijs brengt het hoorrecht voor leerlingen en verplicht samenwerkingsverbanden tot een ouder- en jeugdsteunpunt. De vereenvoudiging van de bekostiging heeft gevolgen voor de manier waarop middelen voor het speciaal basisonderwijs worden overgedragen. Wij verwerken wijzigingen via een jaarlijkse voortgangsparagraaf.

# 2 Terugblik 2022–2026

De afgelopen planperiode was onrustig. De coronajaren werkten lang door in het welbevinden van kinderen en leerkrachten, en het lerarentekort trof vooral de scholen in de grotere kernen. Toch hebben we veel gerealiseerd. Het digitale aanvraagsysteem is ingevoerd, alle scholen hebben een audit op de basisondersteuning gehad en de samenwerking met de gemeenten is bestuurlijk verankerd.

## 2.1 Wat ging goed en wat kan beter?

Scholen en besturen waarderen de korte lijnen met de consulenten en de snellere afhandeling van aanvragen. Intern begeleiders geven aan dat de audits op de basisondersteuning hen helpen om binnen de eigen school het gesprek over ondersteuning te voeren. Tegelijk vinden zij de administratieve last nog steeds te hoog: het groeidocument is lang en moet voor verschillende aanvragen opnieuw worden ingevuld. Ouders gaven in de evaluatie aan dat zij de informatie over passend onderwijs niet altijd konden vinden, en dat de rol van het samenwerkingsverband hen niet altijd duidelijk was. De ondersteuningsplanraad vroeg om een helderder financiële verantwoording. Deze punten hebben wij meegenomen in dit plan.

## 2.2 Kengetallen

| Kengetal | 2021–2022 | 2023–2024 | 2025–2026 |
| Deelnamepercentage sbo (1 oktober) | 2,6 % | 2,4 % | 2,3 % |
| Deelnamepercentage so (1 oktober) | 1,9 % | 1,8 % | 1,8 % |
| Afgegeven TLV’s (sbo en so) | 148 | 137 | 129 |
| Gemiddelde doorlooptijd TLV-aanvraag | 8,1 weken | 6,3 weken | 5,2 weken |
| Terugplaatsingen vanuit s(b)o naar basisonderwijs | 11 | 15 | 19 |
| Tevredenheid ouders over de ondersteuning (schaal 1–10) | 6,9 | 7,1 | 7,4 |

Deze cijfers laten zien dat de doorlooptijden sterk zijn verkort en dat het aantal terugplaatsingen groeit. Het deelnamepercentage sbo daalt geleidelijk, maar ligt nog boven het landelijk gemiddelde.

# 3 Visie en uitgangspunten

## 3.1 Visie

Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waar ze zich veilig en gezien voelen. Ieder kind is uniek en verdient onderwijs dat daarbij past. Wij geloven in de kracht van de leerkracht en in de kracht van het team. Wij geloven dat ouders en school samen meer bereiken dan ieder afzonderlijk.

## 3.2 Uitgangspunten

- Vertrouwen: wij gaan uit van de professionaliteit van scholen en besturen.
- Vakmanschap: wij investeren in kennis en vaardigheden van leerkrachten en intern begeleiders.
- Verbinding: wij zoeken de samenwerking met ouders, gemeenten en partners.
- Eenvoud: procedures zijn zo licht als mogelijk.

## 3.3 Ambities

De ambities en beoogde resultaten voor de planperiode 2026–2030 formuleren we in het eerste planjaar, samen met de schoolbesturen en de ondersteuningsplanraad. Zij worden opgenomen in het jaarplan 2026–2027 en vanaf dat moment jaarlijks geactualiseerd.

# 4 Basisondersteuning

## 4.1 Definitie en niveau

Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies dat iedere basisschool in De Brede Vallei binnen de eigen onderwijsondersteuningsstructuur, onder regie en verantwoordelijkheid van de school, planmatig en op een overeengekomen kwaliteitsniveau uitvoert. Het bestuur heeft dit niveau vastgesteld voor alle 71 basisscholen. Het is de ondergrens die op elke vestiging geldt.

## 4.2 Wat biedt iedere school?

Iedere basisschool in De Brede Vallei biedt ten minste:
- een intern begeleider met ten minste één dag per week per 150 leerlingen;
- een ondersteuningsteam waarin de intern begeleider, de schoolmaatschappelijk werker en de jeugdverpleegkundige ten minste vier keer per jaar kinderen bespreken;
- een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering vanaf groep 2 en begeleiding binnen de groep;
- een methode of aanpak voor sociaal-emotionele ontwikkeling, met een jaarlijkse meting in groep 3 tot en met 8;
- een aanbod voor kinderen die meer aankunnen, zoals verrijkingsstof en compacten;
- extra taalondersteuning voor kinderen met een taalachterstand of een andere thuistaal;
- een protocol medisch handelen en afspraken over medicijnverstrekking;
- een ontwikkelingsperspectief voor ieder kind dat op een of meer vakken een eigen leerlijn volgt;
- een veiligheidsplan met een aanpak tegen pesten.

## 4.3 Borging

Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Eens in de drie jaar voert het samenwerkingsverband op iedere school een audit uit aan de hand van de kijkwijzer basisondersteuning. Als een school op een onderdeel niet voldoet, maakt de school met het bestuur een verbeterplan met een termijn van ten hoogste een jaar. De directeur-bestuurder bespreekt de uitkomsten van de audits jaarlijks met het bestuur.

## 4.4 Wanneer de basis niet genoeg is

Heeft een kind meer nodig dan de basisondersteuning, dan zoekt de school samen met ouders naar een passende oplossing. Het actuele overzicht van de mogelijkheden in de regio staat op de Sociale Kaart op onze website en wordt doorlopend bijgewerkt.

# 5 Toelaatbaarheid en terugplaatsing

## 5.1 Toelaatbaarheid tot sbo en so

Kinderen kunnen alleen worden ingeschreven op een school voor speciaal basisonderwijs of speciaal onderwijs met een toelaatbaarheidsverklaring van het samenwerkingsverband. De procedure, de criteria, de inzet van deskundigen en de bezwaarmogelijkheden zijn uitgewerkt in het Handboek Toewijzing, dat als bijlage 3 bij dit plan hoort. Het handboek wordt jaarlijks door het bestuur geactualiseerd, zodat het aansluit bij de praktijk.

## 5.2 Terugplaatsing

Iedere TLV heeft een einddatum. In het laatste jaar van de TLV evalueert de school voor speciaal (basis)onderwijs in oktober of november het ontwikkelingsperspectief met ouders en met de consulent van het samenwerkingsverband. Uiterlijk 1 maart meldt de s(b)o-school aan het samenwerkingsverband of zij terugplaatsing voorbereidt of dat voortzetting van het speciaal (basis)onderwijs nodig is; in het laatste geval is een nieuwe TLV nodig volgens het Handboek Toewijzing. Bij terugplaatsing neemt de s(b)o-school het initiatief: zij zoekt samen met ouders een basisschool, bij voorkeur in de woonplaats van het kind, en organiseert uiterlijk in mei een overdrachtsgesprek met de ontvangende school. De ontvangende school beslist over de inschrijving. Het samenwerkingsverband registreert de terugplaatsing en beëindigt de TLV per 31 juli.

Welke uitgangspunten het samenwerkingsverband hanteert bij terug- en overplaatsing, en op welke begeleiding een kind na terugkeer kan rekenen, werken we in de eerste helft van de planperiode uit in een notitie terugplaatsingsbeleid.

# 6 Financiën

## 6.1 Inkomsten en afdrachten

Het samenwerkingsverband ontvangt rijksbekostiging voor lichte en zware ondersteuning. Van het budget zware ondersteuning houdt DUO de bekostiging van so-leerlingen in (afdracht), op basis van het aantal leerlingen met een TLV en de bekostigingscategorie op de teldatum. Voor leerlingen in het sbo boven de 2 procent van het totaal aantal leerlingen draagt het samenwerkingsverband middelen over aan de sbo-scholen. Groei van het sbo en het so tussen 1 oktober en de peildatum 1 februari wordt volgens de wettelijke regeling bekostigd.

## 6.2 Verdeling over de scholen

Het samenwerkingsverband werkt met een schoolmodel. Na aftrek van de afdrachten, de overdrachten en de kosten van het bureau wordt het resterende budget als ondersteuningsbudget verdeeld over de schoolbesturen:
- een bedrag per leerling: € 140 per leerling op de teldatum van 1 oktober van het voorafgaande jaar;
- een vaste voet van € 9.000 per school, zodat ook kleine scholen hun ondersteuningsstructuur kunnen bekostigen;
- een toeslag voor scholen met veel leerlingen met een taalachterstand, op basis van de CBS-onderwijsachterstandsindicator.

De schoolbesturen zetten het ondersteuningsbudget in voor de ondersteuningsstructuur van hun scholen en voor extra ondersteuning aan individuele kinderen. Zij verantwoorden de besteding jaarlijks in een vast verantwoordingsformat; het samenwerkingsverband vat de verantwoordingen samen in het jaarverslag.

## 6.3 Meerjarenbegroting

| Bedragen in € | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte ondersteuning | 8.640.000 | 8.560.000 | 8.470.000 | 8.390.000 |
| Rijksbijdrage zware ondersteuning | 9.920.000 | 9.830.000 | 9.740.000 | 9.650.000 |
| Totaal baten | 18.560.000 | 18.390.000 | 18.210.000 | 18.040.000 |
| Afdracht so via DUO | 6.410.000 | 6.350.000 | 6.300.000 | 6.250.000 |
| Overdracht sbo boven 2 % | 1.290.000 | 1.210.000 | 1.140.000 | 1.080.000 |
| Ondersteuningsbudget schoolbesturen | 9.760.000 | 9.800.000 | 9.790.000 | 9.760.000 |
| Bureau, toewijzing en audits | 910.000 | 920.000 | 930.000 | 940.000 |
| Innovatiefonds | 300.000 | 250.000 | 200.000 | 150.000 |
| Totaal lasten | 18.670.000 | 18.530.000 | 18.360.000 | 18.180.000 |
| Saldo | –110.000 | –140.000 | –150.000 | –140.000 |

## 6.4 Reserves en risico’s

De algemene reserve bedroeg op 31 december 2025 € 1.840.000. Het bestuur hanteert een signaleringswaarde volgens de methodiek van de inspectie en streeft naar een reserve van ten hoogste 7 procent van de baten. De negatieve saldi in de meerjarenbegroting zijn bedoeld om de reserve tot dat niveau af te bouwen. De belangrijkste financiële risico’s zijn een stijging van het aantal leerlingen in het so en wijzigingen in de landelijke bekostiging.

# 7 Monitoring en verantwoording

Het samenwerkingsverband verzamelt twee keer per jaar, op 1 oktober en 1 februari, de kengetallen uit de leerlingadministratie en het aanvraagsysteem: deelnamepercentages sbo en so, het aantal afgegeven TLV’s, doorlooptijden en terugplaatsingen. Iedere twee jaar houden we een tevredenheidsonderzoek onder ouders en intern begeleiders.

In maart maakt het bureau een voorjaarsanalyse, waarin de kengetallen worden vergeleken met voorgaande jaren en met het landelijk beeld. De analyse wordt besproken met het bestuur, met de directeuren van de scholen in de regionale netwerken en met de ondersteuningsplanraad. De uitkomsten en de bereikte resultaten worden openbaar gemaakt in het jaarverslag, dat vóór 1 juli op de website verschijnt. Afwijkingen die een jaar later nog bestaan, leiden tot een verbeteractie in het jaarplan.

# 8 Ouders

## 8.1 Informatie

Ouders moeten kunnen weten wat zij van de school en van het samenwerkingsverband kunnen verwachten. Daarom:
- staat op de website een ouderdeel met uitleg over basisondersteuning, over de mogelijkheden voor extra ondersteuning en over de toelaatbaarheidsverklaring, met een korte animatiefilm;
- krijgen ouders bij de aanmelding op een basisschool de Ouderwijzer van het samenwerkingsverband;
- beschrijft iedere school in haar schoolgids hoe zij de basisondersteuning invult;
- organiseert het samenwerkingsverband jaarlijks drie thema-avonden voor ouders, verspreid over de regio.

## 8.2 Onafhankelijke ondersteuning

Ouders die vragen hebben of die er met de school niet uitkomen, kunnen terecht bij het Ouder- en Jeugdsteunpunt De Brede Vallei. Het steunpunt werkt onafhankelijk van de scholen en van het samenwerkingsverband en wordt uitgevoerd door een stichting voor cliëntondersteuning. Ouders kunnen ook een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders terecht bij de Geschillencommissie passend onderwijs.

## 8.3 Ouders als partner

Ouders worden betrokken bij elk gesprek in het ondersteuningsteam over hun kind en hebben instemmingsrecht op het handelingsdeel van het ontwikkelingsperspectief. In de ondersteuningsplanraad hebben vier ouders zitting.

## 8.4 De stem van kinderen

Ook kinderen hebben iets te zeggen over hun eigen ondersteuning. Scholen vragen kinderen vanaf groep 5 naar hun mening bij het opstellen en evalueren van het ontwikkelingsperspectief, en leggen die mening vast. Jongere kinderen worden op een passende manier betrokken, bijvoorbeeld met tekeningen of een kort gesprek met de intern begeleider. Eens per jaar organiseert het samenwerkingsverband een kinderpanel met leerlingen uit het sbo, het so en het basisonderwijs, waarvan de opbrengst wordt gedeeld met het bestuur.

# 9 Governance en medezeggenschap

Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. De schoolbesturen vormen samen de Raad van Deelnemers, die adviseert over het ondersteuningsplan, de begroting en het jaarverslag. De raad van toezicht keurt de begroting en het jaarverslag goed.

De ondersteuningsplanraad bestaat uit acht leden. De OPR heeft op 31 maart 2026 ingestemd met dit plan. Het bureau heeft een eigen personeelsvertegenwoordiging.

Het op overeenstemming gericht overleg met de vijf gemeenten heeft plaatsgevonden op 17 maart 2026. Het overleg met het samenwerkingsverband voortgezet onderwijs vond plaats op 10 maart 2026.

## 9.1 Intern toezicht en verantwoording

De raad van toezicht vergadert ten minste vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie. De raad ziet toe op de uitvoering van het ondersteuningsplan, keurt de begroting en het jaarverslag goed en benoemt de accountant. De directeur-bestuurder legt ieder kwartaal verantwoording af aan de raad van toezicht aan de hand van een managementrapportage. Het samenwerkingsverband volgt de Code Goed Bestuur in het primair onderwijs. De jaarlijkse zelfevaluatie van de raad van toezicht vindt eens in de drie jaar plaats onder externe begeleiding.

## 9.2 Samenwerking met andere samenwerkingsverbanden

De Brede Vallei werkt samen met de drie omliggende samenwerkingsverbanden primair onderwijs, onder meer over kinderen die in de ene regio wonen en in de andere regio naar school gaan. Afspraken hierover zijn vastgelegd in een convenant. Daarnaast nemen we deel aan het landelijke netwerk van samenwerkingsverbanden, waar we kennis en ervaring delen met collega’s uit het hele land.

# 10 Bureau, personeel en ICT

Het bureau telt veertien medewerkers: de directeur-bestuurder, vijf consulenten, drie orthopedagogen, een beleidsmedewerker, een controller, een functionaris gegevensbescherming (in deeltijd) en twee secretaresses. De consulenten zijn het eerste aanspreekpunt voor scholen.

Wij werken met een digitaal aanvraag- en registratiesysteem. De toegang is beperkt tot medewerkers die de gegevens voor hun taak nodig hebben. Gegevens worden bewaard tot drie jaar na het laatste besluit. In 2027 wordt het systeem aanbesteed.

Jaarlijks volgen alle medewerkers scholing op het gebied van privacy, gespreksvoering en de actuele wet- en regelgeving.

## 10.1 Communicatie met scholen

De consulenten bezoeken iedere school ten minste drie keer per jaar. Daarnaast organiseert het samenwerkingsverband per subregio een netwerk voor intern begeleiders, dat vier keer per jaar bijeenkomt, en een netwerk voor schooldirecteuren. Het bureau verstuurt maandelijks een digitale nieuwsbrief aan alle scholen. Op het besloten deel van de website staan formats, handreikingen en de actuele versie van het Handboek Toewijzing.

## 10.2 Inspectietoezicht

De inspectie heeft het samenwerkingsverband in het voorjaar van 2023 onderzocht. Zij oordeelde dat het samenwerkingsverband zijn taken voldoende uitvoert. Als verbeterpunt noemde de inspectie de vertaling van de visie naar concrete ambities; in de planning van dit plan is daarom opgenomen dat de ambities in het eerste planjaar worden geformuleerd.

## 10.3 Risicomanagement

Het bestuur stelt jaarlijks een risicoanalyse op die de omvang van de benodigde reserve onderbouwt. De belangrijkste risico’s zijn schommelingen in leerlingaantallen, de onzekerheid over de landelijke bekostiging en mogelijke claims. De raad van toezicht bespreekt de risicoanalyse bij de begroting.

## 10.4 Huisvesting en duurzaamheid

Het bureau is gevestigd in een verbouwd schoolgebouw in Ede, dat wordt gedeeld met het bureau van een van de aangesloten schoolbesturen. Vergaderruimten worden gezamenlijk gebruikt. Bij de verbouwing is het gebouw geïsoleerd en voorzien van zonnepanelen. Medewerkers reizen zo veel mogelijk met het openbaar vervoer of de fiets; voor schoolbezoeken in het buitengebied zijn twee elektrische deelauto’s beschikbaar.

## 10.5 Scholing en ontwikkeling van medewerkers

Iedere medewerker van het bureau heeft jaarlijks een ontwikkelgesprek en een persoonlijk scholingsbudget. In de komende planperiode investeren we vooral in de vaardigheden van de consulenten om scholen te coachen, in kennis over gedrag en trauma, en in het gebruik van data bij het analyseren van kengetallen. Nieuwe medewerkers volgen een inwerkprogramma van een half jaar, waarin zij meelopen met ervaren collega’s en alle scholen in hun werkgebied bezoeken.

# 11 Planning en vaststelling

| Moment | Wat |
| 2026–2027 | Ambities en beoogde resultaten formuleren (jaarplan 2026–2027) |
| 2026–2028 | Notitie terugplaatsingsbeleid |
| 2027 | Aanbesteding aanvraagsysteem |
| 2028 | Tussenevaluatie met OPR en besturen |
| 2029–2030 | Voorbereiding ondersteuningsplan 2030–2034 |

Het ontwerp van dit plan is op 3 februari 2026 vastgesteld door de directeur-bestuurder. Na overleg met de gemeenten en het samenwerkingsverband VO en na instemming van de ondersteuningsplanraad is het plan op 14 april 2026 definitief vastgesteld en aan de inspectie gezonden.

# Bijlage 2 Begrippenlijst

Arrangement: een op maat gemaakt aanbod van extra ondersteuning voor een kind of een groep kinderen.

Bezwaar: ouders kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid.

Deskundigenadvies: advies van twee deskundigen, waaronder een orthopedagoog of psycholoog, bij iedere TLV-aanvraag.

Dekkend aanbod: een netwerk van voorzieningen waarin voor ieder kind een passende plek is.

OPP: ontwikkelingsperspectief.

Sociale Kaart: overzicht op de website van voorzieningen voor extra ondersteuning in de regio.

Thuiszitter: een leerplichtig kind dat zonder vrijstelling niet naar school gaat.

TLV: toelaatbaarheidsverklaring, afgegeven voor een of meer schooljaren.
"""

P4_LABEL = dict(
    documents=["po-brede-vallei-2026.pdf"],
    sector="po",
    false_criteria=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
                    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"],
    advisory={
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "H4.1 level set for all 71 schools; H4.2 concrete list; H4.3 audit every three years.",
        "plaatsing": "H5.1 only refers to the Handboek Toewijzing (bijlage 3, not part of the input); deskundigen/bezwaar/duration appear only in the glossary.",
        "terugstroom": "H5.2 procedure (evaluation in last TLV year, report by 1 March, s(b)o school initiates, TLV ends 31 July); policy and support after return deferred to a future notitie; figures in H2.",
        "financien": "H6: afdrachten, verdeling (EUR 140 per leerling, vaste voet, toeslag), meerjarenbegroting table, reserves, verantwoording.",
        "dekkend-aanbod": "No description of the support continuum (H4.4 refers to the Sociale Kaart on the website) and no approach to gaps/thuiszitters; only glossary entries and a list of school types.",
        "resultaten": "H3.3 defers ambities/beoogde resultaten to the jaarplan 2026-2027; H7 describes the monitoring cycle and H2 reports achieved figures.",
        "ouders": "H8: website, Ouderwijzer, schoolgids, thema-avonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    },
)

# ============================================================================
# Plan 5 - VO Zuiderkwartier (html web version). Ouders under
# "Communicatie"; no definition of basisondersteuning; no results chapter.
# ============================================================================
P5 = r"""
@title
Ondersteuningsplan 2026–2030 (webversie)
Samenwerkingsverband VO Zuiderkwartier – VO 24-03
Deze webversie is gelijk aan de vastgestelde pdf van 9 april 2026. Laatst bijgewerkt: 15 april 2026.
@endtitle

@toc
Over dit plan
1 Wie zijn wij?
2 Waar gaan we voor?
3 Het ondersteuningsaanbod in Zuiderkwartier
4 Toelaatbaarheid: vso, lwoo en pro
5 Terug naar het reguliere vo
6 Financiën
7 Kwaliteit
8 Communicatie en informatievoorziening
9 Samenwerking met gemeenten en jeugdhulp
10 Organisatie en medezeggenschap
11 Personeel en deskundigheid
12 Planning
Begrippenlijst
@endtoc

# Over dit plan

Dit is de webversie van het ondersteuningsplan 2026–2030 van Samenwerkingsverband VO Zuiderkwartier. Het plan beschrijft hoe de scholen voor voortgezet onderwijs in de gemeenten Zuiderhaven, Oosterkwartier en Lingedal (fictief) samen zorgen voor passend onderwijs. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030.

Het plan is tot stand gekomen in overleg met schoolleiders, ondersteuningscoördinatoren, leerlingen en ouders. Het OOGO met de drie gemeenten vond plaats op 26 februari 2026; het overleg met de samenwerkingsverbanden PO op 4 maart 2026. De ondersteuningsplanraad stemde in op 19 maart 2026. Het algemeen bestuur stelde het plan vast op 9 april 2026.

Goed om te weten: u kunt elk hoofdstuk afzonderlijk openen via het menu. Onder aan de pagina kunt u het volledige plan als pdf downloaden.

Leeswijzer: in hoofdstuk 1 en 2 stellen we ons voor en beschrijven we onze uitgangspunten. Hoofdstuk 3 geeft een overzicht van het ondersteuningsaanbod in de regio, van arrangementen op de eigen school tot het vso. Hoofdstuk 4 legt uit hoe de toewijzing van vso, lwoo en pro verloopt en hoofdstuk 5 hoe een leerling vanuit het vso kan terugkeren naar een reguliere school. Daarna volgen de financiën, kwaliteit, communicatie en de samenwerking met de gemeenten. Onderaan de pagina vindt u veelgestelde vragen en een begrippenlijst.

# 1 Wie zijn wij?

In Zuiderkwartier werken acht schoolbesturen samen. Zij verzorgen voortgezet onderwijs op achttien vestigingen, van praktijkonderwijs tot gymnasium. Daarnaast zijn er twee scholen voor voortgezet speciaal onderwijs. Het samenwerkingsverband heeft een klein bureau in Zuiderhaven en een orthopedagogisch-didactisch centrum, het OPDC Het Kompas.

| Onderwijssoort | Vestigingen | Leerlingen (1 oktober 2025) |
| Praktijkonderwijs | 2 | 488 |
| Vmbo (met lwoo) | 8 | 5.930 |
| Havo/vwo | 8 | 7.115 |
| Vso cluster 3 en 4 | 2 | 503 |

Zuiderkwartier is een gemengd gebied met een stedelijke kern en een uitgestrekt platteland. Leerlingen uit de dorpen reizen soms een uur naar school. Dat maakt thuisnabij onderwijs voor sommige groepen lastig, en dat vraagt om creatieve oplossingen.

# 2 Waar gaan we voor?

Wij vinden dat iedere jongere in Zuiderkwartier recht heeft op een school waar hij of zij zich thuis voelt. Wij zien passend onderwijs als een gezamenlijke opdracht van scholen, ouders, gemeenten en jeugdhulp. Het samenwerkingsverband is daarbij geen loket dat dingen afwijst, maar een partner die meedenkt.

Onze kernwoorden zijn: thuisnabij, samen en snel. Thuisnabij: leerlingen volgen zoveel mogelijk onderwijs in hun eigen omgeving. Samen: we lossen vraagstukken op met iedereen die bij de leerling betrokken is. Snel: wachten is voor een leerling die vastloopt geen optie.

## 2.1 Onze rol

Het samenwerkingsverband heeft vier wettelijke taken: het vaststellen van het ondersteuningsplan, het verdelen en toewijzen van middelen en voorzieningen, het beslissen over toelaatbaarheid tot het vso en het pro en het toewijzen van lwoo, en het adviseren van scholen over de ondersteuning van leerlingen. Daarnaast kiezen wij ervoor een actieve rol te spelen in de regio: we brengen partijen bij elkaar als een leerling vastloopt, we organiseren kennisdeling en we signaleren knelpunten richting de gemeenten en de landelijke politiek.

# 3 Het ondersteuningsaanbod in Zuiderkwartier

## 3.1 Ondersteuning in lagen

Naast wat scholen zelf in de klas doen, onderscheiden we in Zuiderkwartier drie lagen van extra ondersteuning, die naadloos op elkaar aansluiten:
- Laag A – arrangementen op de eigen school: extra ondersteuning op maat, bovenop de basisondersteuning van de school, bijvoorbeeld een trajectklas, coaching of een aangepast programma.
- Laag B – bovenschoolse voorzieningen: het OPDC Het Kompas, de Reboundgroep en de tussenvoorziening voor leerlingen met psychische klachten.
- Laag C – speciale voorzieningen: het voortgezet speciaal onderwijs en het praktijkonderwijs.

## 3.2 Arrangementen op de eigen school

De school stelt samen met leerling en ouders vast welke extra ondersteuning nodig is en legt die vast in het ontwikkelingsperspectief. Voor een arrangement met extra inzet vanuit het samenwerkingsverband, zoals een ambulant begeleider of een jobcoach, dient de school een aanvraag in bij de trajectbegeleider van het samenwerkingsverband; die neemt binnen twee weken een besluit. Alle vmbo-scholen met lwoo hebben een trajectklas; op vier havo/vwo-vestigingen is een ‘steunpunt autisme’.

## 3.3 Bovenschoolse voorzieningen

OPDC Het Kompas biedt onderwijs in kleine groepen aan leerlingen uit het vmbo en de onderbouw van havo en vwo die tijdelijk niet op de eigen school kunnen functioneren. Plaatsing duurt maximaal een jaar; de leerling blijft ingeschreven op de eigen school en keert daarna terug. De Reboundgroep biedt een time-out van acht tot twaalf weken. De tussenvoorziening ‘De Overstap’ is bedoeld voor leerlingen met angst- of stemmingsklachten die (dreigen) uit (te) vallen; onderwijs en ggz-behandeling worden daar gecombineerd.

Toelating tot het OPDC loopt via de Commissie van Arrangeren en Toelaatbaarheid (zie hoofdstuk 4). De school dient een verzoek in met het OPP; de commissie besluit binnen vier weken.

## 3.4 Nieuwkomers en hoogbegaafde leerlingen

Nieuwkomers tussen 12 en 18 jaar beginnen in de internationale schakelklas (ISK) in Zuiderhaven. Na gemiddeld anderhalf jaar stromen zij door naar een reguliere school, het praktijkonderwijs of het mbo. Het samenwerkingsverband bekostigt een doorstroomcoach die leerlingen in het eerste jaar na de overstap begeleidt.

Voor (hoog)begaafde leerlingen die op school vastlopen, is er op twee havo/vwo-vestigingen een plusprogramma. Leerlingen van andere scholen kunnen daar een dag per week aan deelnemen.

## 3.5 Vso en pro

De twee vso-scholen in de regio zijn De Linge (cluster 4) en De Hoeksteen (cluster 3). De praktijkscholen in Zuiderhaven en Lingedal bieden praktijkonderwijs met stages en branchecertificaten. Voor leerlingen met zeer specifieke behoeften werken we samen met vso-scholen buiten de regio.

## 3.6 Een plek voor iedereen: dekkend netwerk

Iedere school in Zuiderkwartier heeft zorgplicht. Als een school voor een aangemelde leerling geen passende plek kan bieden, zoekt zij binnen zes weken (eenmaal te verlengen met vier weken) een andere school. Lukt dat niet binnen het eigen bestuur, dan schakelt de school de trajectbegeleider van het samenwerkingsverband in, die besturen bij elkaar brengt.

Voor jongeren die thuiszitten of dreigen thuis te zitten, werkt het samenwerkingsverband met de Doorbraaktafel. Daar zitten de leerplichtambtenaar, de school, de trajectbegeleider en een vertegenwoordiger van de gemeente. De tafel komt binnen tien werkdagen na een melding bij elkaar en maakt een plan met concrete afspraken over wie wat doet. Loopt het plan vast, dan kan de voorzitter de casus voorleggen aan de directeur van het samenwerkingsverband en de wethouder, die samen doorzettingsmacht hebben.

Waar het aanbod tekortschiet, willen we dat snel weten. Daarom bespreken de ondersteuningscoördinatoren ieder halfjaar welke leerlingen zij niet passend konden plaatsen en waarom. Het bureau bundelt die signalen en legt ze voor aan het algemeen bestuur, dat besluit of er een nieuwe voorziening of een uitbreiding nodig is. Zo is in 2024 De Overstap ontstaan.

# 4 Toelaatbaarheid: vso, lwoo en pro

## 4.1 De Commissie van Arrangeren en Toelaatbaarheid

Alle besluiten over toelaatbaarheid worden genomen door de Commissie van Arrangeren en Toelaatbaarheid (CAT). De CAT bestaat uit een voorzitter, twee orthopedagogen en een jeugdarts. Zij neemt besluiten namens het bestuur van het samenwerkingsverband.

## 4.2 Toelaatbaarheid tot het vso

Een aanvraag voor een TLV vso wordt ingediend door de school waar de leerling is ingeschreven of is aangemeld. Bij de aanvraag horen het OPP, een verslag van het laatste multidisciplinair overleg, de ingezette ondersteuning en de resultaten daarvan, en de mening van ouders en leerling. De CAT beslist binnen zes weken na ontvangst van de volledige aanvraag. Bij dreigend thuiszitten kan de CAT een spoedbesluit nemen binnen vijf werkdagen.

Een leerling is toelaatbaar tot het vso als:
- de school, ook met een arrangement en met inzet van bovenschoolse voorzieningen, niet kan bieden wat de leerling nodig heeft;
- de leerling gedurende de hele schooldag een specifieke pedagogische en didactische aanpak nodig heeft die alleen het vso biedt, zoals een groep van maximaal twaalf leerlingen met vaste begeleiders;
- voor cluster 3: er sprake is van een verstandelijke of lichamelijke beperking of een langdurige ziekte die het leren in ernstige mate belemmert.

De CAT vraagt bij iedere aanvraag twee deskundigenadviezen: van een orthopedagoog of psycholoog, en van een tweede deskundige die past bij de vraag, zoals een kinder- en jeugdpsychiater of een arts. De deskundigen zijn niet betrokken geweest bij de begeleiding van de leerling.

Een TLV vso geldt voor een, twee of drie schooljaren, afhankelijk van de verwachte ontwikkeling, en eindigt altijd op 31 juli. De CAT stelt de bekostigingscategorie vast.

## 4.3 Lwoo: eigen criteria

Zuiderkwartier heeft gebruikgemaakt van de mogelijkheid om eigen criteria voor leerwegondersteunend onderwijs vast te stellen. Een leerling komt in aanmerking voor lwoo als hij of zij een leerachterstand heeft van ten minste anderhalf jaar op twee van de vier domeinen (technisch lezen, begrijpend lezen, spellen, rekenen) en daarnaast op ten minste één van de volgende gebieden ondersteuning nodig heeft: werkhouding, faalangst, sociaal-emotioneel functioneren of taakaanpak. Een IQ-onderzoek is niet vereist. De vo-school dient de aanvraag in vóór 15 april; de CAT besluit vóór 1 juni. Een aanwijzing lwoo geldt voor twee schooljaren en kan daarna op verzoek van de school worden verlengd tot het einde van de opleiding.

## 4.4 Praktijkonderwijs

Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een leerachterstand van ten minste drie jaar op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De praktijkschool dient de aanvraag in; de CAT besluit binnen vier weken. De TLV pro geldt voor de hele schoolloopbaan.

## 4.5 Niet eens met een besluit?

Tegen een besluit van de CAT kan binnen zes weken bezwaar worden gemaakt bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het beslist.

# 5 Terug naar het reguliere vo

## 5.1 Ons uitgangspunt

Het vso is in Zuiderkwartier een plek om te groeien, niet per se een plek om te blijven. Wanneer een leerling in het vso zich zo heeft ontwikkeld dat een reguliere school kan bieden wat nodig is, streven we naar terugkeer, naar een school zo dicht mogelijk bij huis. Voorwaarden zijn dat het OPP laat zien dat de leerling de overstap aankan, dat een reguliere school de benodigde ondersteuning kan bieden en dat leerling en ouders de overstap zien zitten. Leerlingen die teruggaan, krijgen een jaar lang begeleiding door een ambulant begeleider van de vso-school en houden toegang tot het OPDC als het onverwacht misgaat.

## 5.2 Stappen

1. De vso-school evalueert het OPP twee keer per jaar met leerling en ouders en bespreekt daarbij steeds of terugkeer naar het regulier vo in beeld is.
2. In het laatste jaar van de TLV maakt de vso-school uiterlijk in januari een terugkeeradvies: terugkeer, overplaatsing naar een andere vorm van onderwijs, of verlenging.
3. Bij een advies tot terugkeer zoekt de vso-school samen met de trajectbegeleider van het samenwerkingsverband een passende reguliere school en organiseert een overdrachtsgesprek.
4. Bij een advies tot verlenging dient de vso-school een nieuwe aanvraag in bij de CAT, die beoordeelt of een nieuwe TLV nodig is.
5. Zes weken en zes maanden na de overstap evalueren de reguliere school, de ambulant begeleider, de leerling en de ouders hoe het gaat.

# 6 Financiën

## 6.1 Verdeling van de middelen

Het samenwerkingsverband herziet in het schooljaar 2026–2027 zijn verdeelmodel, onder meer naar aanleiding van de verandering in de bekostiging van het lwoo. Totdat het nieuwe model door het algemeen bestuur is vastgesteld, blijft de verdeling van kracht zoals vastgelegd in het Financieel Kader 2022–2026.

## 6.2 Meerjarenbegroting

| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte ondersteuning | 5.420 | 5.380 | 5.330 | 5.290 |
| Rijksbijdrage zware ondersteuning | 10.760 | 10.690 | 10.610 | 10.540 |
| Rijksbijdrage lwoo en pro | 8.310 | 8.250 | 8.190 | 8.130 |
| Afdracht vso via DUO | 9.480 | 9.420 | 9.360 | 9.300 |
| Lwoo- en pro-middelen naar besturen | 8.310 | 8.250 | 8.190 | 8.130 |
| Budget scholen lichte ondersteuning | 3.950 | 3.930 | 3.900 | 3.880 |
| OPDC Het Kompas, Rebound en De Overstap | 1.620 | 1.640 | 1.660 | 1.680 |
| CAT, trajectbegeleiding en bureau | 1.180 | 1.190 | 1.200 | 1.210 |
| Saldo | –50 | –110 | –180 | –240 |

## 6.3 Reserves

De algemene reserve van het samenwerkingsverband bedraagt eind 2025 € 2,1 miljoen. Het bestuur heeft besloten dat het weerstandsvermogen niet hoger mag zijn dan nodig om de financiële risico’s op te vangen, berekend op € 1,3 miljoen. Het overschot wordt in de planperiode ingezet voor de voorzieningen uit laag B.

# 7 Kwaliteit

Het samenwerkingsverband wil zich transparant verantwoorden over wat het doet. In het schooljaar 2026–2027 stellen we samen met de besturen het Kwaliteitskader Zuiderkwartier op. Daarin leggen we vast welke resultaten we voor leerlingen met extra ondersteuning willen bereiken en op welke manier we die gaan volgen. Het kwaliteitskader wordt na instemming van de ondersteuningsplanraad als aanvulling op dit plan gepubliceerd.

# 8 Communicatie en informatievoorziening

## 8.1 Onze communicatie

Het samenwerkingsverband communiceert met scholen via het netwerk van ondersteuningscoördinatoren, een maandelijkse nieuwsbrief en de jaarlijkse Dag van het Passend Onderwijs. Met bestuurders en gemeenten is er een vast overlegritme.

## 8.2 Informatie voor ouders en leerlingen

Ouders en leerlingen vinden op deze website onder ‘Ouders’ uitleg over alle vormen van ondersteuning in de regio, over de aanvraag van een TLV, lwoo en pro en over de voorzieningen van het samenwerkingsverband, met een overzicht per school en een link naar de schoolgids. In groep 8 ontvangen ouders via de basisschool de folder ‘Naar het vo in Zuiderkwartier’. Iedere vo-school heeft een vaste contactpersoon voor ouders, meestal de ondersteuningscoördinator. Twee keer per jaar is er een informatieavond voor ouders van leerlingen met een ondersteuningsbehoefte, afwisselend in Zuiderhaven en Lingedal.

## 8.3 Onafhankelijke hulp voor ouders en leerlingen

Ouders en leerlingen die vragen hebben of het niet eens zijn met de school, kunnen gratis en vertrouwelijk terecht bij het Ouder- en Jeugdsteunpunt Zuiderkwartier. Het steunpunt is onafhankelijk: het wordt uitgevoerd door een organisatie voor cliëntondersteuning en valt niet onder de scholen of het samenwerkingsverband. Het steunpunt is bereikbaar via telefoon, e-mail en WhatsApp en houdt spreekuur op het stadskantoor van Zuiderhaven. Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen. Over geschillen met een school over toelating, verwijdering of het OPP oordeelt de Geschillencommissie passend onderwijs.

# 9 Samenwerking met gemeenten en jeugdhulp

De drie gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda ‘Onderwijs en jeugd’. Afspraken zijn onder meer: een jeugdhulpverlener in ieder ondersteuningsteam, gecombineerde onderwijs-zorgtrajecten in De Overstap, afstemming over leerlingenvervoer en een gezamenlijke aanpak van verzuim met leerplicht. Het OOGO vindt jaarlijks in het voorjaar plaats.

Twee keer per jaar bespreken de directeur van het samenwerkingsverband en de wethouders onderwijs en jeugd de voortgang van de gezamenlijke agenda. Daarbij kijken we ook naar de aansluiting tussen de jeugdhulp en het onderwijs: hoe snel kan een jeugdhulpverlener worden ingezet, en waar lopen scholen tegenaan? Uit die gesprekken is onder meer de afspraak voortgekomen dat de gemeenten een vast budget beschikbaar stellen voor de zorgcomponent in De Overstap. Ook is afgesproken dat scholen een rechtstreekse lijn hebben met de wijkteams, zonder tussenkomst van de huisarts.

# 10 Organisatie en medezeggenschap

Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de acht aangesloten besturen; het dagelijks bestuur bestaat uit drie van hen. De directeur leidt het bureau. Een auditcommissie adviseert het bestuur over financiën.

De ondersteuningsplanraad heeft tien leden: vijf personeelsleden en vijf ouders of leerlingen, afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan.

## 10.1 Privacy

Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen als dat nodig is voor de toewijzing van ondersteuning. Gegevens worden uitgewisseld via een beveiligd platform en bewaard tot drie jaar na het laatste besluit. Onze privacyverklaring staat onder aan iedere pagina van deze website.

## 10.2 Wet- en regelgeving

De komende jaren veranderen verschillende wetten die voor passend onderwijs van belang zijn. Er komt een landelijke norm voor de basisondersteuning; zodra die is vastgesteld, nemen we die over in de afspraken met onze scholen. De bekostiging van het lwoo wordt vereenvoudigd. Wijzigingen in dit plan verwerken we via een voortgangsparagraaf, waarover de OPR instemmingsrecht heeft.

# 11 Personeel en deskundigheid

Het bureau telt twaalf medewerkers: de directeur, drie trajectbegeleiders, drie orthopedagogen, een secretaris van de CAT, een controller en drie medewerkers bedrijfsvoering. Het personeel van het OPDC is in dienst van het samenwerkingsverband; dat van de Rebound en De Overstap wordt door de besturen gedetacheerd.

Wij organiseren jaarlijks een leergang voor nieuwe ondersteuningscoördinatoren, een netwerk voor mentoren in het vmbo en scholing over mentale gezondheid voor alle scholen.

## 11.1 Mentale gezondheid

Steeds meer jongeren kampen met angst, somberheid of stress. Daarom is mentale gezondheid het centrale thema van ons professionaliseringsprogramma in deze planperiode. Mentoren volgen een training in het herkennen van signalen en het voeren van een eerste gesprek. Ondersteuningscoördinatoren leren samen met de praktijkondersteuners jeugd van de huisartsen hoe zij sneller de juiste hulp kunnen inschakelen. Daarnaast organiseren we jaarlijks een week rond mentale gezondheid, waarin leerlingen zelf workshops geven en ervaringen delen.

# 12 Planning

| Schooljaar | Wat gaan we doen? |
| 2026–2027 | Nieuw verdeelmodel; Kwaliteitskader Zuiderkwartier |
| 2027–2028 | Uitbreiding De Overstap naar Lingedal |
| 2028–2029 | Tussentijdse evaluatie met OPR en gemeenten |
| 2029–2030 | Nieuw ondersteuningsplan |

# Veelgestelde vragen

Hoe lang duurt het voordat er een besluit is over een TLV? De CAT beslist binnen zes weken nadat de aanvraag volledig is. Bij dreigend thuiszitten kan het sneller.

Kan mijn kind naar het OPDC zonder dat het van school wisselt? Ja. Een leerling van het OPDC blijft ingeschreven op de eigen school en keert daar in de regel na maximaal een jaar naar terug.

Kan ik zelf een TLV aanvragen? Nee. De aanvraag wordt gedaan door de school waar uw kind is ingeschreven of is aangemeld. U wordt wel altijd betrokken en uw mening maakt deel uit van de aanvraag.

Wat doet de trajectbegeleider? De trajectbegeleider van het samenwerkingsverband ondersteunt scholen als een leerling vastloopt, zoekt mee naar een passende plek en zit de Doorbraaktafel voor.

Waar vind ik de schoolgids van een school? Op de ouderpagina van deze website vindt u per school een link naar de schoolgids.

Mijn kind zit op een vso-school. Kan het terug naar een gewone school? Dat kan. In hoofdstuk 5 leest u hoe dat in zijn werk gaat.

# Begrippenlijst

Basisondersteuning: het niveau van ondersteuning dat alle scholen in Zuiderkwartier bieden, zoals mentoraat, een ondersteuningscoördinator, dyslexiebegeleiding en faalangsttraining.

CAT: Commissie van Arrangeren en Toelaatbaarheid.

Lwoo: leerwegondersteunend onderwijs.

OPDC: orthopedagogisch-didactisch centrum.

OPP: ontwikkelingsperspectief.

Pro: praktijkonderwijs.

Resultaten: de effecten van de ondersteuning voor leerlingen, zoals diploma’s, terugkeer en tevredenheid.

Thuiszitter: een leerplichtige jongere die niet naar school gaat.

TLV: toelaatbaarheidsverklaring.

Verdeelmodel: de afspraken over de verdeling van de middelen over de besturen.
"""

P5_LABEL = dict(
    documents=["vo-zuiderkwartier-2026.html"],
    sector="vo",
    false_criteria=["basisondersteuning.niveau", "basisondersteuning.inhoud",
                    "financien.verdeling", "resultaten.doelen", "resultaten.monitoring"],
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "Never defined or specified in the body; only 'naast wat scholen zelf in de klas doen' and a passing 'bovenop de basisondersteuning' (H3.1); H10.2 only says a future landelijke norm will be adopted; the concrete list is only in the begrippenlijst.",
        "plaatsing": "H4: CAT, vso request/dossier/6 weeks, criteria list, two deskundigen, duration/category, own lwoo criteria + duration, pro, LBT bezwaar.",
        "terugstroom": "H5: policy (aim, conditions, one year ambulante begeleiding) and five numbered steps tied to the OPP and the last TLV year.",
        "financien": "H6.2 meerjarenbegroting with amounts and H6.3 reserves; H6.1 only says the verdeelmodel is being revised and refers to the old Financieel Kader 2022-2026 (not included).",
        "dekkend-aanbod": "H3: three layers of extra support, arrangementen, OPDC/Rebound/De Overstap, vso/pro; H3.5 zorgplicht route, Doorbraaktafel with doorzettingsmacht, half-yearly gap signals.",
        "resultaten": "H7 'Kwaliteit' only defers intended results and monitoring to a future Kwaliteitskader; glossary entry does not count.",
        "ouders": "H8.2/8.3 under 'Communicatie en informatievoorziening': website, folder, contactpersoon, info evenings; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    },
)

# ============================================================================
# Near-miss - a school's own "ondersteuningsplan" (school level, docx)
# ============================================================================
N1 = r"""
@title
Ondersteuningsplan 2025–2026
Christelijk College De Lindeboom – locatie Veldweg
vmbo basis/kader, mavo en havo
Onderdeel van het schoolplan; vastgesteld door de schoolleiding na advies van de MR
@endtitle

@toc
1 Inleiding :: 2
2 Onze ondersteuningsstructuur :: 3
3 Basisondersteuning op De Lindeboom :: 4
4 Extra ondersteuning en de Trajectklas :: 6
5 Lwoo, pro en de aanvraag van een TLV :: 7
6 OPDC en Rebound :: 8
7 Samenwerking met ouders :: 9
8 Middelen :: 10
9 Resultaten en evaluatie :: 11
@endtoc

# 1 Inleiding

Dit ondersteuningsplan beschrijft hoe Christelijk College De Lindeboom, locatie Veldweg, in het schooljaar 2025–2026 de ondersteuning van leerlingen organiseert. Het plan is een jaarlijkse uitwerking van ons schoolondersteuningsprofiel en van het schoolplan. Onze school is aangesloten bij Samenwerkingsverband VO Zuiderkwartier (VO 24-03). De afspraken in het ondersteuningsplan van het samenwerkingsverband vormen het kader; in dit document beschrijven we hoe wij die afspraken op onze locatie uitvoeren: wie wat doet, welke zorgniveaus we hanteren en hoe we leerlingen en ouders betrekken.

Het plan is bedoeld voor mentoren, docenten, teamleiders en het ondersteuningsteam, en wordt op de website gepubliceerd zodat ook ouders het kunnen lezen. Het plan wordt ieder jaar in juni geëvalueerd in het ondersteuningsteam en bijgesteld voor het nieuwe schooljaar.

# 2 Onze ondersteuningsstructuur

Op De Lindeboom hanteren we vier zorgniveaus.

| Zorgniveau | Wie | Wat |
| 1 | Docent | Differentiatie in de les, signaleren, contact met de mentor |
| 2 | Mentor | Mentorgesprekken, contact met ouders, inschakelen van de zorgcoördinator |
| 3 | Ondersteuningscoördinator en interne specialisten | Faalangsttraining, dyslexiebegeleiding, remedial teaching, begeleiding door de schoolpsycholoog |
| 4 | Ondersteuningsteam met externe partners | Bespreking met leerplicht, jeugdarts, schoolmaatschappelijk werk en de trajectbegeleider van het samenwerkingsverband |

Het ondersteuningsteam komt iedere drie weken bijeen. De ondersteuningscoördinator, mevrouw J. Kuipers, is voorzitter en bewaakt de afspraken. Teamleiders bespreken in de leerlingbesprekingen na iedere periode welke leerlingen extra aandacht nodig hebben.

# 3 Basisondersteuning op De Lindeboom

Het samenwerkingsverband heeft met alle scholen afspraken gemaakt over de basisondersteuning. Op onze locatie betekent dat concreet:
- iedere klas heeft een mentor met een wekelijks mentoruur in de onderbouw;
- leerlingen met dyslexie krijgen een dyslexiepas met extra tijd, vergroot lettertype en voorleessoftware bij toetsen;
- in leerjaar 1 en 2 bieden we een faalangstreductietraining en een training sociale vaardigheden aan;
- in het Leerplein kunnen leerlingen onder begeleiding werken als het in de klas even niet lukt (time-in);
- een huiswerkklas is dagelijks tot 16.00 uur open;
- de jeugdarts en de schoolmaatschappelijk werker houden wekelijks spreekuur op school.

Voor leerlingen die meer ondersteuning nodig hebben, stellen we een ontwikkelingsperspectief (OPP) op. Het OPP wordt twee keer per jaar met leerling en ouders besproken.

# 4 Extra ondersteuning en de Trajectklas

De Trajectklas is bedoeld voor leerlingen uit de onderbouw van het vmbo die in een reguliere klas vastlopen, bijvoorbeeld door concentratieproblemen of gedragsproblemen. Leerlingen volgen daar een deel van de week les in een groep van maximaal twaalf leerlingen. De Trajectklas wordt mede gefinancierd uit het arrangementenbudget van het samenwerkingsverband.

Plaatsing in de Trajectklas gebeurt op voordracht van de mentor en na bespreking in het ondersteuningsteam. Ouders worden vooraf uitgenodigd voor een gesprek. Na iedere periode wordt bekeken of de leerling kan terugkeren naar de eigen klas.

# 5 Lwoo, pro en de aanvraag van een TLV

Leerlingen die bij ons worden aangemeld met een advies vmbo basis of kader met lwoo, worden door ons aangemeld voor een aanwijzing lwoo bij het samenwerkingsverband. Wij verzamelen daarvoor de gegevens van de basisschool. Het besluit wordt genomen door de Commissie van Arrangeren en Toelaatbaarheid (CAT) van het samenwerkingsverband.

Komt de school tot de conclusie dat een leerling beter op zijn plek is in het praktijkonderwijs of in het voortgezet speciaal onderwijs, dan bespreken we dat eerst met leerling en ouders. De ondersteuningscoördinator stelt het dossier samen en dient de aanvraag voor een toelaatbaarheidsverklaring in bij de CAT. De criteria en de termijnen van het samenwerkingsverband zijn te vinden in het ondersteuningsplan van het samenwerkingsverband. De ondersteuningscoördinator begeleidt ouders bij de aanmelding op de nieuwe school.

Leerlingen die vanuit het vso bij ons instromen, worden in de eerste weken intensief begeleid door de mentor en de ondersteuningscoördinator. Er is een warme overdracht met de vso-school.

# 6 OPDC en Rebound

Als een leerling tijdelijk niet op onze school kan functioneren, kan de ondersteuningscoördinator een plaatsing aanvragen bij het OPDC Het Kompas of de Reboundgroep van het samenwerkingsverband. De leerling blijft tijdens de plaatsing bij ons ingeschreven. De mentor houdt contact met de leerling en bereidt samen met het OPDC de terugkeer voor.

# 7 Samenwerking met ouders

Wij zien ouders als partners. Ouders worden betrokken bij het opstellen en evalueren van het OPP en worden uitgenodigd voor gesprekken in het ondersteuningsteam. Nieuwe ouders ontvangen bij de start van het schooljaar informatie over onze ondersteuning tijdens de kennismakingsavond. Op de website staan ons schoolondersteuningsprofiel en dit plan.

Hebben ouders vragen of klachten over de ondersteuning, dan kunnen zij contact opnemen met de mentor, de teamleider of de ondersteuningscoördinator. Voor klachten geldt de klachtenregeling van onze stichting. Ouders kunnen ook terecht bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband.

# 8 Middelen

De school ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning en de lwoo-middelen. In 2025 ging het om ongeveer € 240.000. Wij zetten deze middelen in voor de formatie van de ondersteuningscoördinator (0,8 fte), de Trajectklas (1,4 fte), de huiswerkklas en trainingen. De teamleider bedrijfsvoering legt hierover jaarlijks verantwoording af aan het bestuur en het samenwerkingsverband.

# 9 Resultaten en evaluatie

In het schooljaar 2024–2025 had ons ondersteuningsteam 64 leerlingen in bespreking. Voor 31 leerlingen is een OPP opgesteld. Vier leerlingen stroomden uit naar het vso en drie naar het praktijkonderwijs. Twaalf leerlingen volgden een traject in de Trajectklas; tien van hen keerden binnen het schooljaar terug naar de eigen klas. Het verzuim daalde licht.

Voor 2025–2026 hebben we de volgende doelen: alle OPP’s worden binnen zes weken na de start van het schooljaar besproken; het aantal leerlingen dat langer dan twee weken verzuimt daalt met 20 procent; de tevredenheid van ouders over de begeleiding blijft minimaal een 7. We evalueren in juni in het ondersteuningsteam en rapporteren aan de schoolleiding en de MR.
"""

N1_LABEL = {
    "documents": ["nearmiss-lindeboom-schoolondersteuningsplan.docx"],
    "sector": "vo",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "A single school's (locatie Veldweg) own annual 'ondersteuningsplan' with zorgniveaus, school-level budget and results; it works within the SWV plan and is adopted by schoolleiding/MR, not by an SWV with OPR consent and OOGO - not an ondersteuningsplan of a samenwerkingsverband.",
    },
}


# ============================================================================
# main
# ============================================================================
def main():
    jobs = [
        ("vo-waardenland-2026", ".docx", P1, P1_LABEL,
         dict(header="SWV VO Waardenland | Ondersteuningsplan 2026–2030",
              footer="Ondersteuningsplan 2026–2030 – vastgesteld 7 april 2026",
              author="SWV VO Waardenland", title="Ondersteuningsplan 2026-2030")),
        ("po-rivierenland-oost-2026", ".docx", P2, P2_LABEL,
         dict(header="Passend Primair Onderwijs Rivierenland-Oost – Ondersteuningsplan 2026–2030",
              footer="PO 26-04 | www.ppo-rivierenland-oost.nl",
              author="PPO Rivierenland-Oost", title="Ondersteuningsplan 2026-2030")),
        ("vo-kempenzuid-2026", ".pdf", P3, P3_LABEL,
         dict(header="Ondersteuningsplan op hoofdlijnen 2026–2030 | Kempenzuid",
              footer="SWV VO Kempenzuid – VO 30-06",
              author="SWV VO Kempenzuid", title="Ondersteuningsplan op hoofdlijnen")),
        ("po-brede-vallei-2026", ".pdf", P4, P4_LABEL,
         dict(header="De Brede Vallei – Ondersteuningsplan 2026–2030",
              footer="Samenwerkingsverband Passend Onderwijs De Brede Vallei (PO 25-09)",
              author="SWV De Brede Vallei", title="Ondersteuningsplan 2026-2030")),
        ("vo-zuiderkwartier-2026", ".html", P5, P5_LABEL,
         dict(site="Samenwerkingsverband VO Zuiderkwartier",
              footer="© Samenwerkingsverband VO Zuiderkwartier · Stationsplein 3, Zuiderhaven · privacyverklaring · toegankelijkheid",
              title="Ondersteuningsplan 2026–2030 | SWV VO Zuiderkwartier")),
        ("nearmiss-lindeboom-schoolondersteuningsplan", ".docx", N1, None,
         dict(header="CC De Lindeboom – Ondersteuningsplan 2025–2026",
              footer="Christelijk College De Lindeboom, locatie Veldweg",
              author="CC De Lindeboom", title="Ondersteuningsplan 2025-2026")),
    ]
    for name, ext, markup, label, kw in jobs:
        blocks = parse(markup)
        path = OUT / (name + ext)
        if ext == ".docx":
            render_docx(blocks, path, **kw)
        elif ext == ".pdf":
            render_pdf(blocks, path, **kw)
        else:
            render_html(blocks, path, **kw)
        if label is None:
            write_label(name, N1_LABEL)
        else:
            write_label(name, make_label(**label))
        print(f"{path.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    sys.exit(main())
