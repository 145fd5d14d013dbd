#!/usr/bin/env python3
"""Generate holdout set 53: five fictional ondersteuningsplannen (VO house styles + one PO draft)
and one near-miss document, plus their .expected.yaml labels.

Deterministic, no network. Output: the folder above src/ (samples/holdout53/).
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.
"""
import datetime
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DATE = datetime.datetime(2026, 3, 20, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# mini markup:  # h1 / ## h2 / ### h3 / - bullet / | table | row / [TITLE] x / [TOC] / [PAGEBREAK]
# every other non-empty line is one paragraph
# --------------------------------------------------------------------------------------------
def parse(text):
    blocks = []
    table = None
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:].strip()))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:].strip()))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:].strip()))
        elif line.startswith("[TITLE]"):
            blocks.append(("title", line[7:].strip()))
        elif line.strip() == "[TOC]":
            blocks.append(("toc", None))
        elif line.strip() == "[PAGEBREAK]":
            blocks.append(("pagebreak", None))
        else:
            blocks.append(("p", line.strip()))
    return blocks


def toc_entries(blocks, levels=("h1", "h2")):
    """Headings after the TOC marker, with plausible page numbers (about 300 words a page)."""
    entries, words, seen_toc = [], 0, False
    for kind, val in blocks:
        if kind == "toc":
            seen_toc = True
            continue
        if not seen_toc:
            continue
        if kind in ("p", "bullet", "title"):
            words += len(val.split())
        elif kind == "table":
            words += sum(len(" ".join(r).split()) for r in val)
        elif kind == "pagebreak":
            words += 200
        if kind in levels:
            entries.append((kind, val, 3 + words // 300))
    return entries


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind == "table":
            n += sum(len(" ".join(r).split()) for r in val)
        elif val:
            n += len(val.split())
    return n


def write_docx(blocks, path, header=None, footer=None, title_meta="", toc_title="Inhoudsopgave",
               toc_levels=("h1", "h2"), accent=(0x1F, 0x4E, 0x79)):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.title = title_meta
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(20)
            r.font.color.rgb = RGBColor(*accent)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_heading(toc_title, level=1)
            for lvl, text, page in toc_entries(blocks, toc_levels):
                indent = "" if lvl == "h1" else "    "
                d.add_paragraph(f"{indent}{text} {'.' * max(3, 60 - len(text))} {page}")
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for par in t.cell(i, j).paragraphs:
                            for run in par.runs:
                                run.bold = True
            d.add_paragraph()
    d.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 20, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write_html(blocks, path, title, header=None, footer=None):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:48em;margin:auto;line-height:1.6}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "header,footer{color:#666;font-size:80%}</style>", "</head>", "<body>"]
    if header:
        out.append(f"<header>{html.escape(header)}</header>")
    out.append("<main>")
    in_list = False
    for kind, val in blocks:
        if kind != "bullet" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            out.append(f"<h1 class=\"titel\">{html.escape(val)}</h1>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f'<h{lvl} id="{slug(val)}">{html.escape(val)}</h{lvl}>')
        elif kind == "bullet":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(val)}</li>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "toc":
            out.append('<nav aria-label="Inhoud"><h2>Inhoud</h2><ol>')
            for lvl, text, _ in toc_entries(blocks, ("h1",)):
                out.append(f'<li><a href="#{slug(text)}">{html.escape(text)}</a></li>')
            out.append("</ol></nav>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out.append("</main>")
    if footer:
        out.append(f"<footer>{html.escape(footer)}</footer>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, outdir):
    profile = tempfile.mkdtemp(prefix="lo_holdout53_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def status_of(crit, el):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    return "present" if all(vals) else "partial" if any(vals) else None


def write_label(path, documents, sector, crit, advisory, notes, looks_like_plan=True, missing_ok=()):
    """crit: dict of the 14 core criteria. Status derived per Part A; an element with no core
    criterion but an advisory one addressed is 'partial'; with nothing at all it is 'missing'."""
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append(f"  {k}: {q(v)}")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return
    assert set(crit) == set(CORE), set(CORE) ^ set(crit)
    els = []
    for el in ELEMENTS:
        st = status_of(crit, el)
        if st is None:
            st = "partial" if advisory.get(el) else "missing"
        els.append(f"{el}: {st}")
    lines.append("elements: {" + ", ".join(els) + "}")
    lines.append("criteria:")
    for c in CORE:
        lines.append(f"  {c}: {'true' if crit[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: {q(notes[el])}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ============================================================================================
# Plan A - formal VO plan, article-like numbered paragraphs (.docx)
# ============================================================================================
PLAN_A = r"""
[TITLE] Ondersteuningsplan 2026-2030
[TITLE] Stichting Samenwerkingsverband Voortgezet Onderwijs Lek en Merwede (VO 28-12)
Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 17 maart 2026 en na op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van de gemeenten Merwedam, Lekkerveld, Arkenburg en Giessenwaard op 10 februari 2026.
Planperiode: 1 augustus 2026 tot en met 31 juli 2030.
[PAGEBREAK]
[TOC]
# Voorwoord
Voor u ligt het ondersteuningsplan 2026-2030 van de Stichting Samenwerkingsverband Voortgezet Onderwijs Lek en Merwede. Het is het derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs en het eerste plan dat volledig is geschreven onder de Wet voortgezet onderwijs 2020. In dit plan leggen de aangesloten schoolbesturen vast hoe zij gezamenlijk invulling geven aan de opdracht om voor iedere leerling in de regio een zo passend mogelijke plaats in het onderwijs te realiseren.
De afgelopen planperiode stond in het teken van de uitvoering van de Verbeteraanpak passend onderwijs, de afbouw van bovenmatige reserves en de voorbereiding op de Wet versterking positie ouders en leerlingen in het passend onderwijs. De resultaten van de afgelopen jaren zijn bemoedigend, maar er blijft werk te doen. Het aantal leerlingen dat langdurig thuiszit is nog altijd te hoog, en de druk op het voortgezet speciaal onderwijs neemt toe.
Dit plan heeft een formeel karakter. Het is opgebouwd uit artikelen die de afspraken tussen de besturen eenduidig vastleggen. Een publieksversie in begrijpelijke taal verschijnt na de vaststelling op de website van het samenwerkingsverband. Wij danken de leden van de ondersteuningsplanraad, de ondersteuningscoördinatoren, de ouders en leerlingen en de gemeentelijke partners voor hun bijdrage aan de totstandkoming van dit plan.
Namens het bestuur, drs. H.J. van Arkel, directeur-bestuurder.
# Hoofdstuk 1 Algemene bepalingen
## Artikel 1.1 Begripsbepalingen
1. In dit ondersteuningsplan wordt verstaan onder samenwerkingsverband: de Stichting Samenwerkingsverband Voortgezet Onderwijs Lek en Merwede, bedoeld in artikel 2.47 van de Wet voortgezet onderwijs 2020.
2. De overige begrippen in dit plan hebben de betekenis die daaraan is toegekend in de begrippenlijst in bijlage 1.
## Artikel 1.2 Reikwijdte en planperiode
1. Dit plan heeft betrekking op alle vestigingen van scholen voor voortgezet onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs in het werkgebied van het samenwerkingsverband, zoals opgenomen in het overzicht in artikel 1.4.
2. Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030.
3. Het bestuur kan het plan tussentijds wijzigen. Een wijziging behoeft de instemming van de ondersteuningsplanraad en wordt besproken in het op overeenstemming gericht overleg met de gemeenten.
## Artikel 1.3 Wettelijk kader
1. Dit plan is opgesteld ter uitvoering van artikel 2.47 en verder van de Wet voortgezet onderwijs 2020 (voorheen artikel 17a van de Wet op het voortgezet onderwijs), artikel 40 van de Wet op de expertisecentra en artikel 14a van de Wet medezeggenschap op scholen.
2. Waar wet- of regelgeving gedurende de planperiode wijzigt, gaat de wettelijke regeling voor op het bepaalde in dit plan.
## Artikel 1.4 Aangesloten besturen en scholen
1. Bij het samenwerkingsverband zijn zeven schoolbesturen aangesloten met in totaal dertien vestigingen, waarvan negen vestigingen voor regulier voortgezet onderwijs, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs (cluster 4 en cluster 3).
2. Op 1 oktober 2025 telde het samenwerkingsverband 12.640 leerlingen in het regulier voortgezet onderwijs, 498 leerlingen in het praktijkonderwijs en 391 leerlingen in het voortgezet speciaal onderwijs.
| Bestuur | Vestigingen | Onderwijstypen |
| Stichting Openbaar VO Merwedam | 3 | vmbo, havo, vwo, lwoo |
| Vereniging CVO Lek en Linge | 2 | vmbo, havo, vwo |
| Stichting Katholiek Onderwijs Arkenburg | 2 | mavo, havo, vwo, lwoo |
| Stichting Praktijkonderwijs Rivierenland | 2 | praktijkonderwijs |
| Stichting De Waal (vso) | 2 | vso cluster 4, vso cluster 3 |
| Stichting Gymnasium Giessenwaard | 1 | vwo |
| Stichting Vakcollege Lekkerveld | 1 | vmbo-bb/kb, lwoo |
# Hoofdstuk 2 Missie, visie en uitgangspunten
## Artikel 2.1 Missie
Het samenwerkingsverband heeft tot doel een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doormaken en leerlingen die extra ondersteuning behoeven een zo passend mogelijke plaats in het onderwijs krijgen.
## Artikel 2.2 Visie
1. Iedere jongere in het werkgebied heeft recht op onderwijs dat aansluit bij zijn mogelijkheden. De besturen zijn gezamenlijk verantwoordelijk voor het realiseren van dat recht.
2. Ondersteuning wordt zo dicht mogelijk bij de leerling en zo thuisnabij mogelijk georganiseerd. Regulier waar het kan, speciaal waar het moet.
3. De besturen werken vanuit vertrouwen en transparantie. Middelen volgen de ondersteuningsbehoefte van de leerling en niet de structuur van de organisatie.
4. Ouders en leerlingen zijn partners. Zij worden betrokken bij besluiten die hen aangaan en hun stem weegt mee in het beleid van het samenwerkingsverband.
## Artikel 2.3 Uitgangspunten voor de planperiode
Voor de planperiode hanteert het bestuur de volgende uitgangspunten:
- het terugdringen van het aantal thuiszitters en vrijstellingen;
- een doorgaande lijn van primair naar voortgezet onderwijs en van voortgezet onderwijs naar mbo en arbeid;
- het versterken van de basisondersteuning op alle vestigingen;
- een transparante en doelmatige inzet van middelen;
- het versterken van de positie van ouders en leerlingen.
# Hoofdstuk 3 Het samenhangend geheel van ondersteuningsvoorzieningen
## Artikel 3.1 Ondersteuningsniveaus
1. De ondersteuning in het samenwerkingsverband is georganiseerd in vijf niveaus die op elkaar aansluiten.
2. Niveau 1 is de basisondersteuning die op iedere vestiging wordt geboden, zoals beschreven in hoofdstuk 4.
3. Niveau 2 betreft extra ondersteuning binnen de eigen school, zoals een trajectklas, een individueel arrangement of inzet van een ambulant begeleider, bekostigd uit het schoolbudget bedoeld in artikel 8.2.
4. Niveau 3 betreft bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum De Brug en de reboundvoorziening Het Anker.
5. Niveau 4 betreft praktijkonderwijs en leerwegondersteunend onderwijs.
6. Niveau 5 betreft het voortgezet speciaal onderwijs.
7. Een leerling kan tussen de niveaus op- en afschalen. De ondersteuningscoördinator van de school waar de leerling is ingeschreven bewaakt de doorgaande lijn.
## Artikel 3.2 Bovenschoolse voorzieningen
1. Het orthopedagogisch-didactisch centrum (OPDC) De Brug biedt plaats aan ten hoogste 48 leerlingen uit het vmbo en de onderbouw van havo en vwo die tijdelijk niet in een reguliere klas kunnen functioneren. Het verblijf duurt in de regel één schooljaar, met een terugkeergesprek na twintig weken.
2. De reboundvoorziening Het Anker biedt twaalf plaatsen voor leerlingen met ernstige gedragsproblematiek. Een reboundtraject duurt ten hoogste dertien weken, waarna de leerling terugkeert naar de eigen school of een andere passende plek krijgt.
3. De Internationale Schakelklas (ISK) in Merwedam biedt nieuwkomers een traject van ten hoogste twee jaar voordat zij doorstromen naar regulier voortgezet onderwijs, praktijkonderwijs of mbo.
4. Voor leerlingen die onderwijs combineren met zorg of behandeling kunnen onderwijs-zorgarrangementen worden ingericht in samenwerking met de gemeenten en jeugdhulpaanbieders, zoals beschreven in hoofdstuk 7.
| Voorziening | Plaatsen | Toegang | Maximale duur |
| OPDC De Brug | 48 | besluit Commissie Toelaatbaarheid | 1 schooljaar (verlenging mogelijk) |
| Rebound Het Anker | 12 | aanmelding door school via Loket | 13 weken |
| ISK Merwedam | 90 | aanmelding door gemeente of ouders | 2 jaar |
| Onderwijs-zorgarrangement | maatwerk | casustafel Loket en gemeente | per arrangement |
## Artikel 3.3 Zorgplicht, dekkend netwerk en thuiszitters
1. Iedere school heeft zorgplicht voor leerlingen die worden aangemeld en extra ondersteuning nodig hebben. Kan een school de benodigde ondersteuning niet bieden, dan zoekt het bevoegd gezag binnen de wettelijke termijn een passende plek op een andere school in het samenwerkingsverband.
2. Lukt het niet om binnen zes weken na de aanmelding een passende plek te vinden, dan meldt de school de leerling bij het Loket van het samenwerkingsverband. Het Loket roept binnen tien werkdagen een casustafel bijeen met de betrokken scholen, de ouders, de leerplichtambtenaar en zo nodig de jeugdhulp.
3. Leerlingen die langer dan vier weken geen onderwijs volgen, worden besproken in het maandelijkse thuiszittersoverleg van het samenwerkingsverband en de regionale leerplichtdienst. Het overleg stelt per leerling een terugkeerplan op met een eigenaar en een termijn.
4. Komen de betrokken partijen niet binnen acht weken tot een oplossing, dan heeft de directeur-bestuurder doorzettingsmacht: zij wijst een school aan die de leerling tijdelijk plaatst en stelt daarvoor middelen beschikbaar uit de reserve voor maatwerkplaatsingen.
5. Het bestuur laat jaarlijks vóór 1 maart een analyse maken van ontbrekende voorzieningen (witte vlekken) in het netwerk, op basis van de casuïstiek van het Loket en de thuiszittersoverleggen. In de analyse van 2025 zijn twee tekorten vastgesteld: een passend aanbod voor leerlingen met een autismespectrumstoornis en een havo- of vwo-niveau, en een tussenvoorziening voor leerlingen die na een opname in de jeugd-ggz terugkeren naar school.
6. Voor beide tekorten richt het samenwerkingsverband vóór 1 augustus 2027 een voorziening in: een kleinschalige havo/vwo-klas op een van de reguliere vestigingen en een herstartgroep bij OPDC De Brug. Het bestuur rapporteert de voortgang hiervan aan de ondersteuningsplanraad.
# Hoofdstuk 4 Basisondersteuning
## Artikel 4.1 Niveau van de basisondersteuning
1. De basisondersteuning is het door de besturen gezamenlijk afgesproken niveau van ondersteuning dat op iedere vestiging van iedere aangesloten school wordt geboden, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is.
2. Dit niveau geldt als minimum. Een school mag meer bieden en legt dat vast in de schoolgids.
3. Een leerling die meer nodig heeft dan het niveau van de basisondersteuning, kan in aanmerking komen voor extra ondersteuning op niveau 2 of hoger.
## Artikel 4.2 Inhoud van de basisondersteuning
Op iedere vestiging zijn ten minste de volgende voorzieningen aanwezig:
- een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt is voor ouders, mentoren en het samenwerkingsverband;
- een mentoraat met ten minste één mentoruur per week in leerjaar 1 en 2;
- een protocol dyslexie en dyscalculie, met faciliteiten als extra tijd, vergroot lettertype en voorleessoftware;
- trainingen op het gebied van sociale vaardigheden, faalangstreductie en examenvrees;
- begeleiding bij executieve functies (plannen, organiseren) door een daarvoor geschoolde medewerker;
- een time-out- of opvangruimte met toezicht gedurende de hele schooldag;
- een protocol medisch handelen en afspraken met de jeugdarts van de GGD;
- een zorg- en adviesteam dat ten minste zes keer per jaar bijeenkomt, met deelname van de leerplichtambtenaar, de jeugdarts en het schoolmaatschappelijk werk;
- begeleiding van leerlingen met een taalachterstand of Nederlands als tweede taal;
- handelingsgericht werken en het opstellen van een ontwikkelingsperspectief (OPP) wanneer een leerling extra ondersteuning ontvangt.
## Artikel 4.3 Borging
1. Het bevoegd gezag legt in de schoolgids vast hoe de basisondersteuning op de vestiging is ingericht.
2. Blijkt dat een vestiging niet voldoet aan het in artikel 4.2 vastgelegde niveau, dan stelt het bevoegd gezag binnen drie maanden een verbeterplan op dat aan de directeur-bestuurder wordt voorgelegd.
# Hoofdstuk 5 Toelaatbaarheid en toewijzing
## Artikel 5.1 Procedure toelaatbaarheid voortgezet speciaal onderwijs
1. Een aanvraag voor een toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of, bij een nieuwe leerling, is aangemeld.
2. De aanvraag bevat ten minste: het ontwikkelingsperspectief, een overzicht van de geboden ondersteuning en de effecten daarvan, het verslag van het multidisciplinair overleg en de zienswijze van de ouders en, vanaf twaalf jaar, van de leerling.
3. De Commissie Toelaatbaarheid beslist namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag. In spoedeisende gevallen beslist de voorzitter binnen vijf werkdagen over een tijdelijke toelaatbaarheidsverklaring van ten hoogste drie maanden.
4. Voorafgaand aan het besluit brengen twee deskundigen ieder afzonderlijk een schriftelijk advies uit. De eerste deskundige is een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de problematiek, een kinder- en jeugdpsychiater, een maatschappelijk werker, een arts of een pedagoog. De deskundigen zijn niet betrokken geweest bij de aanvraag.
5. De ouders ontvangen een afschrift van de adviezen en van het besluit.
## Artikel 5.2 Criteria voor toelaatbaarheid
1. Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs wanneer cumulatief is voldaan aan de volgende criteria:
- de ondersteuningsbehoefte van de leerling overstijgt wat de reguliere school, ook met inzet van extra ondersteuning op niveau 2 en een plaatsing in het OPDC, kan bieden;
- uit het ontwikkelingsperspectief blijkt dat ten minste zes maanden handelingsgericht is gewerkt en dat de doelen ondanks die ondersteuning niet zijn bereikt, tenzij sprake is van een spoedeisende situatie;
- de leerling heeft een onderwijsbehoefte die structureel vraagt om een kleine groep, een specifiek pedagogisch klimaat of intensieve zorg en behandeling gedurende de schooldag.
2. De bekostigingscategorie wordt bepaald op grond van de aard van de ondersteuningsbehoefte: categorie laag voor leerlingen met gedrags- of psychiatrische problematiek en voor leerlingen met een verstandelijke beperking, categorie midden voor leerlingen met een langdurige ziekte of een lichamelijke beperking en categorie hoog voor leerlingen met meervoudige beperkingen.
## Artikel 5.3 Duur van de toelaatbaarheidsverklaring
1. Een toelaatbaarheidsverklaring wordt afgegeven voor ten hoogste twee schooljaren en loopt af op 31 juli van het laatste schooljaar.
2. Een eerste toelaatbaarheidsverklaring na een verblijf in het OPDC wordt afgegeven voor één schooljaar.
3. Voor leerlingen met een verstandelijke beperking in cluster 3 kan een toelaatbaarheidsverklaring worden afgegeven tot het einde van de schoolloopbaan.
## Artikel 5.4 Praktijkonderwijs
1. Het samenwerkingsverband beslist over de toelaatbaarheid tot het praktijkonderwijs op aanvraag van de school voor praktijkonderwijs waar de leerling is aangemeld.
2. Het samenwerkingsverband hanteert de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen, waarvan één domein inzichtelijk rekenen of begrijpend lezen is.
3. De Commissie Toelaatbaarheid beslist binnen vier weken. Aanvragen voor leerlingen uit groep 8 worden vóór 15 april behandeld. Een toelaatbaarheidsverklaring praktijkonderwijs geldt voor de duur van de opleiding.
## Artikel 5.5 Leerwegondersteunend onderwijs
1. Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen criteria voor leerwegondersteunend onderwijs vast te stellen en hanteert de landelijke criteria.
2. De aanvraag wordt ingediend door de vo-school waar de leerling is aangemeld, op basis van de gegevens van het onderwijskundig rapport van de basisschool. De Commissie Toelaatbaarheid beslist binnen vier weken; aanvragen voor leerlingen uit groep 8 worden vóór 15 april behandeld.
3. Een aanwijzing voor leerwegondersteunend onderwijs geldt voor de gehele duur van de vmbo-opleiding.
## Artikel 5.6 Bezwaar
1. Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband.
2. Het bestuur vraagt over het bezwaar advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarbij het samenwerkingsverband is aangesloten.
## Artikel 5.7 Afloop van de toelaatbaarheidsverklaring en terugplaatsing
1. Het samenwerkingsverband beschouwt een plaatsing in het voortgezet speciaal onderwijs als tijdelijk waar dat in het belang van de leerling is. Uitgangspunt is dat een leerling die in het vso voldoende is gegroeid, terugkeert naar een reguliere school zo dicht mogelijk bij huis.
2. Terugplaatsing is aan de orde wanneer het ontwikkelingsperspectief een uitstroomprofiel regulier voortgezet onderwijs aangeeft, de ontvangende school de benodigde ondersteuning met inzet van een arrangement kan bieden en de leerling en de ouders de overstap steunen.
3. Een leerling die terugkeert naar het regulier onderwijs ontvangt gedurende ten hoogste één schooljaar een terugplaatsingsarrangement, waarbij de vso-school ambulante begeleiding biedt aan de leerling en de mentor. Het samenwerkingsverband stelt hiervoor per leerling € 4.500 beschikbaar aan de ontvangende school.
4. De stappen, termijnen en verantwoordelijkheden bij terugplaatsing worden vastgelegd in een protocol dat de directeur-bestuurder in de loop van het schooljaar 2026-2027 in overleg met de vso-scholen opstelt.
# Hoofdstuk 6 Ouders en leerlingen
## Artikel 6.1 Informatievoorziening aan ouders
1. Het samenwerkingsverband informeert ouders over de ondersteuningsvoorzieningen in de regio via de ouderpagina op de website, de brochure Passend onderwijs in Lek en Merwede en een jaarlijkse informatieavond per gemeente in oktober.
2. De brochure is beschikbaar in het Nederlands, Engels, Arabisch en Turks en wordt via de basisscholen in groep 7 en 8 verspreid.
3. Elke school beschrijft in de schoolgids de basisondersteuning en de extra ondersteuning die op de vestiging beschikbaar is, met verwijzing naar de ouderpagina van het samenwerkingsverband.
4. Het Loket is op werkdagen telefonisch bereikbaar voor vragen van ouders over de mogelijkheden van ondersteuning en de procedures van het samenwerkingsverband.
## Artikel 6.2 Onafhankelijke ondersteuning van ouders en leerlingen
1. Ouders en leerlingen kunnen voor onafhankelijk advies en ondersteuning terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt wordt uitgevoerd door een externe stichting, werkt uitsluitend in het belang van de leerling en is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in Merwedam.
2. Het steunpunt brengt twee keer per jaar de signalen die het ontvangt geanonimiseerd onder de aandacht van het bestuur.
3. Ouders kunnen daarnaast kosteloos een beroep doen op de Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief, op de Geschillencommissie passend onderwijs.
4. Klachten over het samenwerkingsverband worden behandeld volgens de klachtenregeling van het samenwerkingsverband, die aansluit bij de Landelijke Klachtencommissie Onderwijs.
## Artikel 6.3 Hoorrecht en betrokkenheid
1. Leerlingen hebben het recht hun mening te geven over het ontwikkelingsperspectief. De school legt deze mening vast in het OPP.
2. Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden jaarlijks uitgenodigd voor een klankbordbijeenkomst met het bestuur.
# Hoofdstuk 7 Samenwerking met gemeenten en ketenpartners
## Artikel 7.1 Op overeenstemming gericht overleg
1. Het samenwerkingsverband voert ten minste twee keer per jaar op overeenstemming gericht overleg met de vier gemeenten in het werkgebied. De procedure en de geschillenregeling zijn vastgelegd in het convenant OOGO Lek en Merwede 2026.
2. Het ontwerp van dit plan is op 10 februari 2026 in het OOGO besproken. De gemeenten hebben ingestemd met de hoofdlijnen.
## Artikel 7.2 Gezamenlijke thema's
De gemeenten en het samenwerkingsverband werken samen aan de volgende thema's:
- de aansluiting tussen ondersteuning op school en jeugdhulp, waaronder jeugdhulp in de school via de schoolmaatschappelijk werkers;
- onderwijs-zorgarrangementen voor leerlingen die onderwijs en behandeling combineren;
- de aanpak van verzuim en thuiszitten, in samenwerking met de regionale leerplichtdienst;
- leerlingenvervoer en onderwijshuisvesting voor de bovenschoolse voorzieningen;
- de overgang van het voortgezet onderwijs naar mbo en arbeid.
# Hoofdstuk 8 Middelen
## Artikel 8.1 Bekostiging
1. Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, waaronder de middelen voor leerwegondersteunend onderwijs en praktijkonderwijs, en middelen voor zware ondersteuning. Op de middelen voor zware ondersteuning wordt door DUO de bekostiging van het voortgezet speciaal onderwijs in mindering gebracht.
2. De geraamde baten voor het kalenderjaar 2026 bedragen € 14,2 miljoen.
## Artikel 8.2 Verdeling van de middelen
1. De middelen voor leerwegondersteunend onderwijs en praktijkonderwijs worden volledig doorbetaald aan de besturen, naar rato van het aantal leerlingen met een aanwijzing of toelaatbaarheidsverklaring op de teldatum 1 oktober.
2. Ieder bevoegd gezag ontvangt een schoolbudget bestaande uit een vaste voet van € 25.000 per vestiging en een bedrag van € 165 per leerling op de teldatum 1 oktober van het voorafgaande jaar.
3. De bovenschoolse voorzieningen bedoeld in artikel 3.2 worden centraal bekostigd door het samenwerkingsverband.
4. Individuele arrangementen boven het schoolbudget worden op aanvraag toegekend door de Commissie Toelaatbaarheid, op grond van het ontwikkelingsperspectief en met een maximum van € 12.000 per leerling per schooljaar.
5. Het bestuur stelt jaarlijks vóór 1 december de bedragen vast voor het volgende kalenderjaar. De ondersteuningsplanraad wordt vooraf geïnformeerd.
## Artikel 8.3 Meerjarenbegroting
De meerjarenbegroting voor de planperiode is als volgt (bedragen x € 1.000):
| Post | 2026 | 2027 | 2028 | 2029 |
| Baten lichte ondersteuning (incl. lwoo en pro) | 7.480 | 7.410 | 7.350 | 7.300 |
| Baten zware ondersteuning na afdracht vso | 6.720 | 6.650 | 6.590 | 6.540 |
| Doorbetaling lwoo en pro aan besturen | 6.900 | 6.840 | 6.790 | 6.740 |
| Schoolbudgetten (vaste voet en per leerling) | 2.410 | 2.390 | 2.370 | 2.350 |
| OPDC De Brug | 1.350 | 1.380 | 1.400 | 1.420 |
| Rebound Het Anker | 520 | 530 | 540 | 550 |
| Individuele arrangementen en terugplaatsingsarrangementen | 1.150 | 1.100 | 1.080 | 1.060 |
| Ouder- en Jeugdsteunpunt | 95 | 95 | 95 | 95 |
| Bureau, Loket en bestuur | 1.050 | 1.070 | 1.090 | 1.110 |
| Resultaat | -1.275 | -1.045 | -1.025 | -1.025 |
## Artikel 8.4 Reserves en risico's
1. Het negatieve resultaat in de planperiode wordt gedekt uit de algemene reserve en is het gevolg van de afbouw van bovenmatige reserves.
2. Het bestuur hanteert een signaleringswaarde voor de reserves conform de methodiek van de inspectie. Eind 2029 ligt de reserve naar verwachting op 4,5% van de baten, onder de signaleringswaarde.
## Artikel 8.5 Verantwoording door de besturen
1. De besturen verantwoorden vóór 1 mei van ieder jaar de besteding van het schoolbudget en de individuele arrangementen over het voorgaande kalenderjaar, volgens het verantwoordingsformat van het samenwerkingsverband.
2. Niet bestede of niet verantwoorde middelen kunnen door het bestuur worden teruggevorderd.
# Hoofdstuk 9 Kwaliteitszorg
## Artikel 9.1 Beoogde resultaten
1. Het samenwerkingsverband formuleert voor de planperiode beoogde resultaten voor leerlingen die extra ondersteuning behoeven.
2. De beoogde resultaten worden bij de eerste jaarplanning na vaststelling van dit plan door het bestuur geformuleerd en in het jaarplan 2026-2027 opgenomen.
## Artikel 9.2 Stelsel van kwaliteitszorg
1. Het bestuur draagt zorg voor een stelsel van kwaliteitszorg.
2. De uitwerking van het stelsel, waaronder de wijze waarop de ontwikkelingen worden gevolgd en besproken, volgt in het Kwaliteitshandboek dat het bestuur na vaststelling van dit plan in samenspraak met de ondersteuningsplanraad opstelt.
# Hoofdstuk 10 Organisatie en bestuur
## Artikel 10.1 Rechtsvorm en bestuur
1. Het samenwerkingsverband is een stichting. De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen.
2. De stichting kent een raad van toezicht van vijf leden, waarvan twee leden op voordracht van de aangesloten besturen en drie onafhankelijke leden.
3. Het bestuur wordt gevormd door een directeur-bestuurder. De directeur-bestuurder is belast met de dagelijkse leiding van het bureau en het Loket.
4. De aangesloten besturen komen ten minste vier keer per jaar bijeen in het Bestuurlijk Overleg, dat de directeur-bestuurder adviseert over het beleid.
## Artikel 10.2 Ondersteuningsplanraad
1. De ondersteuningsplanraad bestaat uit twaalf leden: zes leden uit het personeel en zes leden uit de ouders en leerlingen van de aangesloten scholen.
2. De ondersteuningsplanraad heeft instemmingsrecht op de vaststelling en wijziging van dit ondersteuningsplan.
3. Daarnaast heeft het samenwerkingsverband een medezeggenschapsraad voor het personeel van het bureau.
## Artikel 10.3 Personeel
1. Het bureau van het samenwerkingsverband telt 14,2 fte, waaronder de medewerkers van het Loket, de trajectbegeleiders en de orthopedagogen van de Commissie Toelaatbaarheid.
2. Het samenwerkingsverband investeert in de deskundigheid van ondersteuningscoördinatoren en mentoren via de Academie Lek en Merwede, met jaarlijks ten minste vier scholingsbijeenkomsten.
## Artikel 10.4 Privacy en informatiebeveiliging
1. Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over de gezondheid van leerlingen, voor zover dat noodzakelijk is voor de uitvoering van zijn wettelijke taken.
2. Dossiers worden bewaard tot drie jaar na het laatste besluit. Het privacyreglement van het samenwerkingsverband is van toepassing.
3. Het digitale aanvraagsysteem van het Loket voldoet aan de normen voor informatiebeveiliging in het onderwijs. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld.
# Hoofdstuk 11 Totstandkoming en planning
## Artikel 11.1 Totstandkoming
1. Het ontwerp van dit plan is in de periode september 2025 tot januari 2026 opgesteld door een werkgroep van ondersteuningscoördinatoren, directeuren en medewerkers van het bureau.
2. Het ontwerp is besproken met het samenwerkingsverband primair onderwijs in de regio, met de gemeenten in het OOGO van 10 februari 2026 en met de ondersteuningsplanraad, die op 17 maart 2026 heeft ingestemd.
3. Het plan is na vaststelling vóór 1 mei 2026 aan de inspectie van het onderwijs toegezonden.
## Artikel 11.2 Planning
| Schooljaar | Hoofdactiviteiten |
| 2026-2027 | protocol terugplaatsing; jaarplan met beoogde resultaten; Kwaliteitshandboek; start herstartgroep |
| 2027-2028 | kleinschalige havo/vwo-klas; tussenevaluatie ondersteuningsplan |
| 2028-2029 | herijking verdeling schoolbudgetten |
| 2029-2030 | voorbereiding ondersteuningsplan 2030-2034 |
## Artikel 11.3 Slotbepaling
Dit plan kan worden aangehaald als Ondersteuningsplan Lek en Merwede 2026-2030.
# Bijlage 1 Begrippenlijst
- Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen bieden.
- Bekostigingscategorie: de categorie laag, midden of hoog die de hoogte van de bekostiging van een vso-plaatsing bepaalt.
- Commissie Toelaatbaarheid: de commissie die namens het bestuur beslist over toelaatbaarheid en arrangementen.
- Dekkend aanbod: een netwerk van voorzieningen waarin voor iedere leerling een passende plek beschikbaar is.
- Lwoo: leerwegondersteunend onderwijs.
- OPDC: orthopedagogisch-didactisch centrum.
- OPP: ontwikkelingsperspectief.
- OJSP: ouder- en jeugdsteunpunt.
- Pro: praktijkonderwijs.
- Resultaten: de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning behoeven.
- Terugplaatsing: de overstap van een leerling uit het voortgezet speciaal onderwijs naar het regulier voortgezet onderwijs.
- TLV: toelaatbaarheidsverklaring.
- Vso: voortgezet speciaal onderwijs.
"""


# ============================================================================================
# Plan B - glossy VO plan, many short sections, much text in tables (.pdf via .docx)
# ============================================================================================
PLAN_B = r"""
[TITLE] Elke leerling een plek
[TITLE] Ondersteuningsplan 2026-2030 | Passend VO Kempenrand
Samenwerkingsverband voortgezet onderwijs Kempenrand (SWV VO 30-11) | Kempenveld, Dommelhoven, Heezerbroek en Loonakker
[PAGEBREAK]
[TOC]
# Woord vooraf
Vier jaar geleden schreven we: elke leerling een plek. Dat is nog steeds onze belofte. In dit plan laten we zien wat we de komende vier jaar gaan doen, voor wie, met welk geld en hoe we weten of het werkt.
We hebben dit plan anders opgezet dan vorige keer. Korter, visueler, met veel tabellen. Omdat we willen dat een ouder, een mentor en een wethouder het allemaal kunnen lezen. De details staan waar nodig in de tabellen.
Marieke Dollevoet, directeur-bestuurder Passend VO Kempenrand
# Terugblik 2022-2026
## Wat we deden
In de vorige planperiode hebben we veel in gang gezet. We openden het OPDC Het Kompas op een nieuwe locatie, we startten de Thuiszitterstafel en we vernieuwden het Loket. Ook bouwden we de reserves af, zoals de minister van alle samenwerkingsverbanden vroeg.
| Wat we beloofden in 2022 | Wat ervan terechtkwam |
| Eén Loket voor scholen en ouders | Gerealiseerd in 2023, bereikbaar op werkdagen |
| Kortere doorlooptijd TLV | Gedaald van 9,1 naar 7,5 weken, doel van 6 weken nog niet gehaald |
| Minder thuiszitters | Gedaald van 38 naar 23 |
| Afbouw reserves | Van € 6,2 miljoen naar € 3,4 miljoen |
| Meer terugkeer uit vso | Gestegen van 9 naar 19 per jaar |
## Wat we leerden
We leerden dat procedures alleen werken als mensen elkaar kennen. De beste resultaten boekten we waar de ondersteuningscoördinator, de trajectbegeleider van het Loket en de jeugdprofessional elkaar wekelijks zagen. Daar gaan we op voortbouwen. We leerden ook dat ouders de weg niet altijd vinden. Daarom besteden we in dit plan veel aandacht aan informatie.
# Kempenrand in één oogopslag
| Kengetal (peildatum 1 oktober 2025) | Aantal |
| Leerlingen regulier vo | 16.420 |
| Leerlingen met lwoo | 1.210 |
| Leerlingen praktijkonderwijs | 612 |
| Leerlingen vso | 474 |
| Deelnamepercentage vso | 2,8% (landelijk 3,5%) |
| Aangesloten besturen | 8 |
| Vestigingen (incl. 2 pro en 3 vso) | 21 |
| Gemeenten | 4 |
| Thuiszitters langer dan 4 weken | 23 |
# Onze koers
## Waar we voor staan
We geloven dat jongeren het best leren in hun eigen omgeving, samen met leeftijdsgenoten. Dat lukt niet altijd. Dan zorgen we samen voor een plek die wel past.
## Vier ambities
| Ambitie | Wat betekent dat? |
| 1. Thuisnabij | Leerlingen gaan zo veel mogelijk naar school in hun eigen gemeente. |
| 2. Niemand thuis | Geen leerling zit langer dan drie maanden thuis zonder passend aanbod. |
| 3. Sterke scholen | Elke school heeft haar basisondersteuning op orde. |
| 4. Samen met ouders | Ouders en leerlingen weten de weg en worden gehoord. |
## Onze scholen
| Bestuur | Scholen | Onderwijs |
| Stichting Kempenveld Scholengroep | Kempenveld College, Kempenveld Vakcollege, Mavo De Linde | vmbo, havo, vwo, lwoo |
| Stichting Dommelhoven Onderwijs | Dommelhoven Lyceum, Dommeldal Mavo | mavo, havo, vwo |
| Ons Middelbaar Onderwijs Kempen | Heezerbroek College, Loonakker Campus | vmbo, havo, vwo, lwoo |
| Stichting Praktijkonderwijs De Kempen | Praktijkschool Kempenveld, Praktijkschool Loonakker | pro |
| Stichting Speciaal Onderwijs De Berken | De Berken vso, De Wissel vso | vso cluster 4 |
| Stichting Mytylschool Heezerbroek | De Brug vso | vso cluster 3 |
| Vereniging Christelijk VO Kempenrand | Het Kompas Lyceum, Kompas Vakschool | havo, vwo, vmbo, lwoo |
| Stichting Vrije School Kempen | Vrije School Dommelhoven | vmbo-tl, havo, vwo |
## Wie doet wat
| Partij | Rol |
| Schoolbesturen | Verantwoordelijk voor passend onderwijs op hun scholen; zorgplicht |
| Samenwerkingsverband | Verdeelt middelen, beslist over toelaatbaarheid, organiseert bovenschoolse voorzieningen |
| Gemeenten | Jeugdhulp, leerplicht, leerlingenvervoer, huisvesting |
| OPR | Instemming met dit plan |
| Raad van toezicht | Toezicht op het bestuur |
# Ons ondersteuningsaanbod
## Hoe ons aanbod is opgebouwd
Ons aanbod bestaat uit vijf lagen. Hoe hoger de laag, hoe intensiever de ondersteuning en hoe minder leerlingen er gebruik van maken.
| Laag | Wat | Waar | Toegang |
| 1. Basis | Basisondersteuning | Elke vestiging | Geen aanvraag nodig |
| 2. Extra op school | Arrangementen, trajectklassen, ambulante begeleiding | Eigen school | Besluit school, budget van SWV |
| 3. Bovenschools | OPDC Het Kompas, Reboundvoorziening De Koers | Kempenveld en Dommelhoven | Aanvraag via Loket |
| 4. Pro en lwoo | Praktijkonderwijs (2 scholen), lwoo op 7 vmbo-scholen | Zie scholenoverzicht | TLV pro of aanwijzing lwoo |
| 5. Speciaal | Vso cluster 3 en 4 (3 scholen) | Kempenveld, Heezerbroek | TLV vso |
## Basisondersteuning
Basisondersteuning is het minimum dat elke school in Kempenrand biedt, op elke vestiging, voor iedere leerling. Alle acht besturen hebben dit niveau in 2025 samen afgesproken in het Kwaliteitskader Kempenrand. Een school mag meer doen, nooit minder.
Welke voorzieningen precies onder de basisondersteuning vallen, staat op de Kaart Basisondersteuning 2026 op kempenrand.nl/basis. De kaart wordt jaarlijks geactualiseerd.
## Extra ondersteuning op school
Lukt het met de basisondersteuning niet, dan kan de school extra ondersteuning inzetten. Denk aan een trajectklas, een individueel arrangement of een ambulant begeleider van het vso. De school betaalt dit uit het ondersteuningsbudget dat zij van het samenwerkingsverband ontvangt en legt de afspraken vast in het ontwikkelingsperspectief.
## OPDC en rebound
| | OPDC Het Kompas | Rebound De Koers |
| Voor wie | Leerlingen vmbo en onderbouw havo/vwo die tijdelijk niet in een reguliere klas passen | Leerlingen met ernstige gedragsproblemen, na incident of dreigende verwijdering |
| Capaciteit | 60 plaatsen | 14 plaatsen |
| Duur | Maximaal 1 schooljaar | Maximaal 12 weken |
| Aanvraag | School via Loket, met OPP | School via Loket |
| Daarna | Terug naar eigen school, andere vo-school of vso | Terug naar eigen school of andere plek |
## Nieuwkomers en hoogbegaafdheid
Nieuwkomers starten in de ISK in Dommelhoven. Voor hoogbegaafde leerlingen die vastlopen biedt het Heezerbroek College een verrijkingsprogramma voor de hele regio, bekostigd uit de rijksmiddelen voor hoogbegaafdheid.
## Van po naar vo en van vo naar mbo
Samen met SWV PO Kempenrand organiseren we de warme overdracht voor leerlingen met een ondersteuningsbehoefte. Voor leerlingen in pro en vso is er een overstapcoach die de overgang naar mbo, werk of dagbesteding begeleidt.
# Toelaatbaarheid
## Praktijkonderwijs en lwoo
| | Praktijkonderwijs | Leerwegondersteunend onderwijs |
| Criteria | Landelijke criteria: IQ 55-80 én leerachterstand van 3 jaar of meer op 2 of meer domeinen | Eigen criteria Kempenrand (opting out): leerachterstand van 1,5 jaar of meer op begrijpend lezen of inzichtelijk rekenen, of een sociaal-emotionele belemmering die het leren aantoonbaar hindert, vastgesteld door de orthopedagoog van de school |
| Wie vraagt aan | Pro-school waar de leerling is aangemeld | Vo-school waar de leerling is aangemeld |
| Besluit door | Commissie Toewijzing | Commissie Toewijzing |
| Termijn | Binnen 4 weken, voor groep 8 uiterlijk 1 mei | Binnen 4 weken, voor groep 8 uiterlijk 1 mei |
| Geldig | Gehele opleiding | Duur van de vmbo-opleiding |
## Route naar het vso
| Stap | Wie | Wat | Termijn |
| 1 | School en ouders | Bespreking in het ondersteuningsteam; OPP laat zien dat extra ondersteuning niet genoeg is | - |
| 2 | School (bevoegd gezag) | Dient aanvraag TLV in bij het Loket, met OPP, groeidocument en zienswijze ouders en leerling | - |
| 3 | Twee deskundigen | Orthopedagoog of psycholoog plus tweede deskundige (bijv. jeugdarts of maatschappelijk werker) geven elk een eigen schriftelijk advies | binnen 3 weken |
| 4 | Commissie Toewijzing | Besluit namens het bestuur, inclusief duur en categorie | binnen 6 weken na volledige aanvraag |
| 5 | Ouders | Ontvangen besluit en adviezen; kunnen bezwaar maken | binnen 6 weken na besluit |
## Wanneer is een leerling toelaatbaar tot het vso?
| Criterium | Toelichting |
| Handelingsverlegenheid aangetoond | De school heeft de basis- en extra ondersteuning ingezet en geëvalueerd in het OPP, minimaal 2 evaluatiemomenten |
| Ondersteuningsbehoefte past niet in laag 1 tot en met 4 | Ook OPDC of rebound biedt onvoldoende perspectief |
| Structurele behoefte aan speciale setting | Kleine groep, specifieke expertise of zorg tijdens de schooldag is nodig voor langere tijd |
## Duur en categorie
De Commissie Toewijzing geeft een TLV af voor 1 of 2 schooljaren, tot 31 juli. Voor leerlingen met een ernstige verstandelijke beperking kan dat tot het einde van de schoolloopbaan. De commissie bepaalt de bekostigingscategorie laag, midden of hoog op basis van het advies van de deskundigen.
## Bezwaar
Bent u het niet eens met het besluit, dan kunt u binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
# Na de TLV: terug naar regulier
## Ons beleid
Een plek in het vso is voor veel leerlingen de beste plek. Maar niet altijd voor altijd. We willen dat leerlingen die dat kunnen, teruggaan naar een reguliere school in hun eigen omgeving. De ontvangende school krijgt daarvoor steun: een overstaparrangement van een half jaar tot een jaar, met begeleiding door de vso-school.
| Voorwaarde voor terugkeer | |
| Uitstroomperspectief | Het OPP wijst op een diploma of vervolg in het regulier onderwijs |
| Ontvangende school | Is gevonden en kan met het overstaparrangement de ondersteuning bieden |
| Leerling en ouders | Staan achter de overstap |
## Zo werkt het
| Moment | Wat gebeurt er | Wie |
| Elk jaar in februari | Vso-school evalueert het OPP en bespreekt of terugkeer mogelijk is | Vso-school, ouders, leerling |
| Laatste jaar van de TLV, uiterlijk 1 maart | Vso-school meldt leerling aan bij Loket: terugkeer of verlenging | Vso-school |
| Maart-april | Loket zoekt samen met ouders een ontvangende school; overdrachtsgesprek | Loket, ontvangende school |
| Mei | Commissie Toewijzing besluit over verlenging TLV of over het overstaparrangement | Commissie Toewijzing |
| 1 augustus | Start op de nieuwe school; ambulante begeleiding door vso-school | Ontvangende school, vso-school |
| Na 10 weken en na 6 maanden | Evaluatie van het overstaparrangement | Ontvangende school, ouders |
## Cijfers
In 2024-2025 keerden 19 leerlingen vanuit het vso terug naar het regulier onderwijs. Ons doel is 30 per jaar in 2029-2030.
# Geen kind thuis
## Thuiszitters
In oktober 2025 zaten 23 leerlingen langer dan vier weken thuis. Dat zijn er 23 te veel.
| Wat we doen | Wie | Wanneer |
| Elke thuiszitter is binnen 2 weken na melding besproken aan de Thuiszitterstafel | Loket, leerplicht, school, jeugdhulp | Maandelijks |
| Terugkeerplan met eigenaar en termijn | Thuiszitterstafel | Binnen 4 weken |
| Doorzettingsmacht als partijen er niet uitkomen | Directeur-bestuurder | Na 8 weken |
| Jaarlijkse analyse wachtlijsten en witte vlekken | Bureau SWV | Elk jaar in maart |
## Zorgplicht
Wordt uw kind aangemeld op een school, dan moet die school binnen zes weken (met verlenging tien weken) een passende plek bieden: op die school of op een andere school die uw kind toelaat. Lukt dat niet, dan schakelt de school het Loket in.
## Witte vlekken 2026
Uit de analyse van 2025 blijkt dat er te weinig plekken zijn voor leerlingen met autisme die havo of vwo kunnen volgen. Vanaf augustus 2027 start een kleinschalige havo-vwo-groep op het Dommelhoven Lyceum.
# Onze ambities in cijfers
## Doelen 2030
| Indicator | Nulmeting 2025 | Streefwaarde 2030 |
| Thuiszitters langer dan 4 weken | 23 | maximaal 10 |
| Terugkeer vso naar regulier per jaar | 19 | 30 |
| Doorlooptijd TLV-aanvraag | 7,5 weken | maximaal 6 weken |
| Schoolverlaters vso met passende vervolgplek | 84% | 92% |
| Tevredenheid ouders over ondersteuning | 6,9 | 7,5 |
| Scholen met basisondersteuning op orde (audit) | 15 van 18 | 18 van 18 |
## Hoe we het volgen
We volgen deze indicatoren elk kwartaal in het dashboard van het samenwerkingsverband. Het bureau bespreekt de cijfers twee keer per jaar met de schooldirecteuren en de OPR. In het jaarverslag rapporteren we per indicator wat is bereikt en wat het heeft gekost. Elke twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en scholen. Halverwege de planperiode, in het voorjaar van 2028, evalueren we het hele plan.
# Geld
## Waar het geld vandaan komt
Passend VO Kempenrand ontvangt jaarlijks ongeveer € 19 miljoen van het Rijk voor lichte en zware ondersteuning, inclusief lwoo en pro. DUO houdt daar de bekostiging van het vso op in.
## Verdeelmodel
In 2026 herijkt het bestuur het verdeelmodel. Tot de herijking is afgerond, blijft de verdeling uit de vorige planperiode van kracht. Het nieuwe model wordt aan de OPR voorgelegd.
## Begroting 2026-2029
| x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten (na afdracht vso) | 19.050 | 18.930 | 18.800 | 18.700 |
| Lwoo en pro naar besturen | 9.600 | 9.520 | 9.450 | 9.380 |
| Ondersteuningsbudget scholen | 4.350 | 4.330 | 4.300 | 4.280 |
| OPDC Het Kompas | 1.900 | 1.930 | 1.960 | 1.990 |
| Rebound De Koers | 640 | 650 | 660 | 670 |
| Overstaparrangementen en maatwerk | 780 | 800 | 820 | 840 |
| Loket, Commissie Toewijzing, deskundigen | 960 | 975 | 990 | 1.005 |
| Bureau en bestuur | 1.020 | 1.040 | 1.060 | 1.080 |
| Resultaat | -200 | -315 | -440 | -545 |
## Reserves
Onze reserve bedraagt eind 2025 € 3,4 miljoen. We bouwen die in vier jaar af tot onder de signaleringswaarde, door te investeren in de havo-vwo-groep en de overstaparrangementen.
# Ouders en leerlingen
## Zo houden we u op de hoogte
| Kanaal | Wat vindt u daar |
| kempenrand.nl/ouders | Alle voorzieningen, routes en procedures, de Kaart Basisondersteuning, video's |
| Ouderbrochure (NL, EN, PL, AR) | Uitleg passend onderwijs, via basisscholen in groep 7 en 8 |
| Informatieavonden | Elk najaar in iedere gemeente |
| Schoolgids | Wat de school biedt aan ondersteuning, met link naar het SWV |
| Loket | Bereikbaar op werkdagen van 9 tot 16 uur voor vragen van ouders |
## Onafhankelijk steunpunt
Het ouder- en jeugdsteunpunt (OJSP) voor Kempenrand wordt op dit moment samen met SWV PO Kempenrand ingericht. Zodra duidelijk is hoe en waar ouders en leerlingen daar terecht kunnen, laten we dat weten via de website en de scholen.
## Leerlingen aan het woord
Sinds 2025 hebben leerlingen hoorrecht bij hun OPP. In de OPR zitten twee leerlingen. Elk jaar organiseren we een leerlingenpanel dat meedenkt over onze plannen.
Het leerlingenpanel van 2025 gaf ons drie boodschappen mee. Eén: praat met ons, niet over ons. Twee: zorg dat we niet steeds opnieuw ons verhaal hoeven te vertellen. Drie: een goede mentor is belangrijker dan een goed formulier. We hebben die boodschappen als uitgangspunt genomen bij het schrijven van dit plan. In 2026 betrekken we het panel bij de herijking van onze werkwijze en bij de vernieuwing van de website, zodat de teksten aansluiten bij wat jongeren zelf willen weten.
# Samen met gemeenten
## OOGO
Dit plan is op 29 januari 2026 besproken in het op overeenstemming gericht overleg met de wethouders van Kempenveld, Dommelhoven, Heezerbroek en Loonakker.
## Samen doen
| Thema | Afspraak |
| Jeugdhulp op school | Jeugdprofessional op elke vo-school, 1 dag per week per 500 leerlingen |
| Onderwijs-zorgarrangementen | Gezamenlijke financiering via convenant 2026 |
| Thuiszitters | Thuiszitterstafel samen met leerplicht |
| Vervoer | Afstemming leerlingenvervoer OPDC en vso |
# Organisatie
## Bestuur en toezicht
Passend VO Kempenrand is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. De acht schoolbesturen vormen samen de Bestuurlijke Adviesraad.
## Bureau
Op het bureau werken 17 mensen: Loket, trajectbegeleiders, orthopedagogen, de Commissie Toewijzing en ondersteuning.
## Medezeggenschap
De OPR heeft 12 leden en heeft op 11 maart 2026 ingestemd met dit plan.
## Personeel en professionalisering
We investeren in de ondersteuningscoördinatoren via het Netwerk Ondersteuning Kempenrand: vier bijeenkomsten per jaar en een leergang Handelingsgericht werken.
## Duurzaam inzetbaar
De werkdruk in het onderwijs is hoog. Ook in de ondersteuning. We letten daarom op de belasting van ondersteuningscoördinatoren en trajectbegeleiders. Elk jaar meten we de tevredenheid van onze eigen medewerkers en bespreken we de uitkomsten met de medezeggenschapsraad van het bureau.
## Samen met het primair onderwijs
Met SWV PO Kempenrand hebben we een gezamenlijke werkgroep Overstap. Die organiseert elk jaar in maart een overstapmarkt voor ouders van leerlingen in groep 7 en 8 met een ondersteuningsbehoefte, en maakt afspraken over de overdracht van het OPP en het onderwijskundig rapport. Ook de ISK en de schakelklassen in het primair onderwijs stemmen hun aanbod op elkaar af.
## Hoogbegaafdheid
Met de extra rijksmiddelen voor hoogbegaafdheid hebben we in 2024 een regionaal programma opgezet. Leerlingen die vastlopen, kunnen één dag per week naar het verrijkingsprogramma in Heezerbroek. Docenten kunnen een leergang volgen over begaafdheid. Na 2026 financieren we het programma uit eigen middelen.
## ICT en privacy
Aanvragen lopen via het beveiligde digitale loketsysteem. Dossiers bewaren we maximaal drie jaar na het laatste besluit. Ons privacyreglement staat op de website.
We verwerken alleen gegevens die nodig zijn voor onze wettelijke taken. Gegevens over de gezondheid van leerlingen delen we alleen met de deskundigen die een advies uitbrengen. Onze functionaris gegevensbescherming controleert jaarlijks of we ons aan de regels houden en rapporteert aan de raad van toezicht.
# Verhalen uit de praktijk
## Daan, 14 jaar
Daan liep vast in de tweede klas van de havo. Hij kwam steeds vaker niet naar school. Na een gesprek met zijn mentor en de ondersteuningscoördinator ging hij een half jaar naar het OPDC Het Kompas. Daar leerde hij plannen en omgaan met spanning. Sinds januari zit hij weer in een gewone klas, met een coach die één keer per week langskomt.
## Fatima, 16 jaar
Fatima zat drie jaar op het vso. Ze deed het goed en wilde graag een diploma halen op een gewone school. In het laatste jaar van haar TLV besprak de vso-school samen met haar en haar ouders de overstap. Ze begon na de zomer op een vmbo-school in haar eigen dorp, met begeleiding van haar oude mentor van het vso.
## Ruben, 17 jaar
Ruben zit op het praktijkonderwijs in Heezerbroek. Hij loopt stage bij een installatiebedrijf en wil daar na school blijven werken. De overstapcoach helpt hem en zijn werkgever bij de eerste maanden na school.
# Onderwijs en arbeidsmarkt
## Na school
| Uitstroom 2024-2025 | Pro | Vso |
| Mbo | 41% | 38% |
| Werk (met of zonder ondersteuning) | 44% | 22% |
| Dagbesteding | 9% | 31% |
| Onbekend of thuis | 6% | 9% |
## Wat we doen
Samen met de gemeenten en het mbo maken we afspraken over de overstap van pro en vso naar mbo en werk. De overstapcoach begeleidt leerlingen tot een jaar na het verlaten van school. Met werkgevers in de regio werken we aan meer leerwerkplekken. In 2027 willen we een regionaal convenant sluiten met de Kempense ondernemersvereniging.
# Ons Loket
## Servicenormen
| Wat | Norm |
| Eerste reactie op een vraag van een school of ouder | Binnen 2 werkdagen |
| Gesprek met trajectbegeleider | Binnen 10 werkdagen |
| Besluit over een TLV | Binnen 6 weken na volledige aanvraag |
| Besluit over OPDC of rebound | Binnen 10 werkdagen |
## Werken met één digitaal dossier
Scholen dienen aanvragen in via één digitaal dossier. Het dossier gaat mee als een leerling van school wisselt, zodat leerlingen en ouders hun verhaal niet steeds opnieuw hoeven te vertellen. Alleen medewerkers die betrokken zijn bij de aanvraag kunnen het dossier inzien.
# Hoe dit plan tot stand kwam
| Wanneer | Wat |
| Maart-juni 2025 | Evaluatie vorig plan met scholen, ouders en leerlingen |
| September 2025 | Vier ontwerpsessies met ondersteuningscoördinatoren en directeuren |
| November 2025 | Leerlingenpanel en ouderavond over de eerste versie |
| 29 januari 2026 | OOGO met de wethouders |
| 11 maart 2026 | Instemming OPR |
| 18 maart 2026 | Vaststelling door het bestuur |
| Vóór 1 mei 2026 | Toezending aan de inspectie |
We danken iedereen die meedacht. Meer dan 300 mensen gaven hun mening via een digitale vragenlijst. Hun inbreng is terug te zien in de vier ambities en in de keuze om dit plan kort en visueel te houden.
## Wat we niet in dit plan zetten
Dit plan gaat over de hoofdlijnen voor vier jaar. Elk jaar maken we een jaarplan met concrete activiteiten en een jaarbegroting. Over de uitvoering leggen we verantwoording af in het jaarverslag. Alle documenten staan op kempenrand.nl.
# Planning
| Jaar | Speerpunten |
| 2026-2027 | Herijking verdeelmodel, start OJSP, nieuwe Kaart Basisondersteuning |
| 2027-2028 | Havo-vwo-groep autisme, tussenevaluatie |
| 2028-2029 | Tevredenheidspeiling, uitbreiding overstaparrangementen |
| 2029-2030 | Evaluatie en nieuw plan |
# Begrippen
| Begrip | Betekenis |
| Basisondersteuning | Wat elke school minimaal biedt |
| Dekkend aanbod | Voor elke leerling een passende plek |
| Lwoo | Leerwegondersteunend onderwijs |
| OJSP | Ouder- en jeugdsteunpunt |
| OPDC | Orthopedagogisch-didactisch centrum |
| Pro | Praktijkonderwijs |
| Terugplaatsing | Terugkeer van vso naar regulier |
| TLV | Toelaatbaarheidsverklaring |
| Verdeelmodel | De regels voor de verdeling van het geld |
"""


# ============================================================================================
# Plan C - plain-language VO plan (.html)
# ============================================================================================
PLAN_C = r"""
[TITLE] Ons ondersteuningsplan 2026-2030 in gewone taal
Samenwerkingsverband VO Noorderzand (VO 20-05) | Voor de gemeenten Zandmeer, Wierhuizen en Noorderpolder
Dit is het officiële ondersteuningsplan van Samenwerkingsverband VO Noorderzand. We hebben het geschreven in gewone taal, zodat iedereen het kan lezen: ouders, leerlingen, leraren en gemeenten. Moeilijke woorden leggen we uit in de woordenlijst aan het eind.
[TOC]
# Waarom dit plan?
Elke vier jaar maakt een samenwerkingsverband een nieuw ondersteuningsplan. Dat moet volgens de wet. In het plan staat hoe de scholen in onze regio ervoor zorgen dat elke leerling onderwijs krijgt dat bij hem of haar past. Ook als een leerling extra hulp nodig heeft.
Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het bestuur heeft het plan vastgesteld op 26 maart 2026. De ondersteuningsplanraad (OPR) heeft ermee ingestemd. Daarin zitten ouders, leerlingen en medewerkers van scholen.
We hebben het plan gemaakt samen met de scholen. We hebben ook gepraat met ouders, leerlingen en de gemeenten. Veel van hun ideeën staan in dit plan. Bijvoorbeeld dat informatie duidelijker moet. En dat ouders beter moeten weten waar ze terechtkunnen.
# Wat is er de afgelopen jaren gebeurd?
In het vorige plan (2022-2026) hebben we een paar dingen nieuw gemaakt. We zijn begonnen met het Ouderloket. Daar kunnen ouders bellen met vragen. We hebben De Overstap verhuisd naar een groter gebouw in Zandmeer. En we hebben de folder voor ouders vertaald in vier talen.
Niet alles ging goed. Scholen vonden de formulieren voor een aanvraag te lang. Daarom hebben we de formulieren korter gemaakt. Ouders zeiden dat ze niet wisten bij wie ze terechtkonden. Daarom staat in dit plan veel over informatie voor ouders.
We hebben ook geleerd dat het helpt als de mentor, de ondersteuningscoördinator en de ouders vaak met elkaar praten. Niet alleen als er problemen zijn, maar ook als het goed gaat.
# Wie zijn wij?
Samenwerkingsverband VO Noorderzand is een samenwerking van vijf schoolbesturen. Samen hebben zij elf scholen voor voortgezet onderwijs. Er zijn scholen voor vmbo, havo en vwo. Er is één school voor praktijkonderwijs. Er zijn twee scholen voor voortgezet speciaal onderwijs (vso). In totaal gaan er ongeveer 8.900 leerlingen naar school in onze regio.
Het samenwerkingsverband heeft een klein bureau in Zandmeer. Daar werken elf mensen. Zij helpen scholen en ouders, verdelen het geld en beslissen over toelaatbaarheid tot het vso en het praktijkonderwijs.
De baas van het samenwerkingsverband is de directeur-bestuurder. Een raad van toezicht kijkt of zij haar werk goed doet. De schoolbesturen praten mee in de algemene vergadering.
| Onze scholen | Soort onderwijs | Plaats |
| Zandmeer College | vmbo, havo, vwo | Zandmeer |
| Wierhuizen Lyceum | havo, vwo | Wierhuizen |
| Vakschool Noorderpolder | vmbo-bb/kb, lwoo | Noorderpolder |
| Mavo Het Wad | vmbo-gl/tl, lwoo | Zandmeer |
| Praktijkschool De Duinen | praktijkonderwijs | Zandmeer |
| Het Kompas vso | vso cluster 4 | Wierhuizen |
| De Horizon vso | vso cluster 3 | Zandmeer |
| vier andere vestigingen | vmbo, havo, vwo | alle gemeenten |
# Wat vinden wij belangrijk?
We vinden dat elke leerling recht heeft op goed onderwijs. Het liefst in de buurt van huis. Samen met vrienden uit de buurt. Op een gewone school als dat kan. Op een speciale school als dat beter is.
We kijken naar wat een leerling nodig heeft. Niet naar wat er mis is. We praten mét leerlingen en ouders, niet óver hen.
We willen dat scholen goed samenwerken. Met elkaar, met de gemeente en met de jeugdhulp. Zo hoeft een leerling niet steeds opnieuw zijn verhaal te doen.
We willen ook dat het geld goed besteed wordt. Geld voor ondersteuning moet bij de leerlingen terechtkomen.
# Wat krijgt elke leerling op elke school?
Alle scholen in Noorderzand hebben samen afgesproken wat ze minimaal bieden. Dat heet basisondersteuning. Elke school en elke vestiging moet dit kunnen. U hoeft er niets voor aan te vragen. Dit krijgt uw kind op elke school:
- Een mentor die uw kind goed kent en die u kunt bellen of mailen.
- Een ondersteuningscoördinator. Dat is iemand die de extra hulp op school regelt.
- Hulp bij dyslexie en dyscalculie, zoals extra tijd bij toetsen en voorleessoftware.
- Een training als uw kind faalangst heeft of moeite heeft met andere leerlingen.
- Hulp bij plannen en huiswerk maken.
- Een rustige plek als het even niet gaat in de klas.
- Afspraken over medicijnen en medische zorg op school.
- Een zorgteam met de jeugdarts, de leerplichtambtenaar en het schoolmaatschappelijk werk.
- Een plan (OPP) als uw kind extra hulp krijgt. U praat mee over dat plan.
Sommige scholen bieden meer. Dat staat in de schoolgids van de school.
# Wat als uw kind meer nodig heeft?
Soms is basisondersteuning niet genoeg. Dan zijn er andere mogelijkheden. We noemen dat een trap: hoe hoger de trede, hoe meer hulp.
## Trede 1: extra hulp op de eigen school
De school kan extra hulp geven. Bijvoorbeeld in een kleine groep, met een coach of met een begeleider van het vso die op school komt. De school krijgt daarvoor geld van het samenwerkingsverband.
## Trede 2: even ergens anders naartoe
Soms is het beter om een tijd op een andere plek te leren. Daarvoor hebben we De Overstap. Dat is ons orthopedagogisch-didactisch centrum (OPDC). Een leerling kan daar maximaal een jaar naartoe. Voor leerlingen met veel problemen in gedrag is er de Time-Out in Wierhuizen. Daar kan een leerling maximaal tien weken naartoe. Daarna gaat de leerling terug naar de eigen school of naar een andere school.
## Trede 3: praktijkonderwijs en lwoo
Praktijkonderwijs is voor leerlingen die beter leren door te doen. Ze leren voor een beroep. Leerwegondersteunend onderwijs (lwoo) is extra hulp in het vmbo, bijvoorbeeld in kleinere klassen.
## Trede 4: voortgezet speciaal onderwijs
Het vso is onderwijs in kleine klassen, met veel specialisten in de school. In onze regio zijn er twee vso-scholen: Het Kompas (voor leerlingen met gedragsproblemen of psychiatrische problemen) en De Horizon (voor leerlingen met een verstandelijke beperking of een langdurige ziekte).
## Leerlingen met een ziekte of een beperking
Sommige leerlingen hebben een ziekte of een lichamelijke beperking. Bijvoorbeeld diabetes, epilepsie of een aandoening waardoor ze in een rolstoel zitten. Veel van deze leerlingen kunnen naar een gewone school. De school maakt dan afspraken met de ouders over medicijnen, rustmomenten en aanpassingen in het gebouw. Een consulent van het vso kan de school daarbij helpen.
## Leerlingen die heel slim zijn
Ook leerlingen die heel slim zijn, kunnen vastlopen. Ze vervelen zich of weten niet hoe ze moeten leren. Op het Wierhuizen Lyceum is een plusprogramma voor leerlingen uit de hele regio. Ze gaan daar een dagdeel per week naartoe en blijven verder op hun eigen school.
## Nieuwkomers
Kinderen die net in Nederland zijn, gaan eerst naar de Internationale Schakelklas (ISK) in Zandmeer. Daar leren ze Nederlands. Na één of twee jaar gaan ze naar een andere school.
## Overstap van de basisschool
In groep 8 praten de basisschool en de middelbare school met elkaar over leerlingen die extra hulp nodig hebben. Dat heet een warme overdracht. Zo weet de nieuwe school wat uw kind nodig heeft. Dat regelen we samen met het samenwerkingsverband voor het primair onderwijs.
## Van school naar werk of mbo
Leerlingen van het praktijkonderwijs en het vso krijgen hulp bij de stap naar werk, mbo of dagbesteding. Een jobcoach helpt hen in het laatste schooljaar en het eerste jaar daarna.
# Hoe komt uw kind op het vso?
## Zo gaat het
Een leerling mag alleen naar het vso met een toelaatbaarheidsverklaring. Dat noemen we een TLV. Zo gaat de aanvraag:
- Stap 1. U praat met de school. De school laat in het OPP zien welke hulp er al is geweest.
- Stap 2. De school vraagt de TLV aan bij het samenwerkingsverband. U schrijft daarbij op wat u ervan vindt. Is uw kind 12 jaar of ouder, dan mag uw kind dat ook.
- Stap 3. Twee deskundigen kijken naar de aanvraag. Eén van hen is orthopedagoog of psycholoog. Ze geven allebei apart een advies.
- Stap 4. De Commissie Toelaatbaarheid van het samenwerkingsverband beslist. Dat gebeurt binnen zes weken.
- Stap 5. U krijgt een brief met het besluit. U krijgt ook de adviezen van de deskundigen.
Welke regels de commissie precies gebruikt om te beslissen, staat in het Reglement Toelaatbaarheid. Dat vindt u op onze website.
## Praktijkonderwijs en lwoo
Voor praktijkonderwijs is ook een TLV nodig. Voor lwoo is een aanwijzing nodig. De middelbare school waar uw kind is aangemeld vraagt dit aan. Dat gebeurt in het voorjaar van groep 8. De commissie beslist binnen vier weken en uiterlijk op 1 mei. De regels voor praktijkonderwijs en lwoo zijn landelijk vastgelegd. Meer informatie staat op onze website.
## Niet eens met het besluit?
Bent u het niet eens met het besluit over de TLV? Dan kunt u binnen zes weken bezwaar maken. U stuurt dan een brief naar het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan een landelijke commissie die daar speciaal voor is.
# Geld
Het samenwerkingsverband krijgt geld van de overheid voor leerlingen die extra hulp nodig hebben. Hoe we dat geld verdelen over de scholen en waaraan we het uitgeven, staat in ons jaarplan en onze begroting. Die maken we elk jaar opnieuw en die vindt u op onze website.
# Communicatie: zo houden we u op de hoogte
## Informatie voor ouders
We willen dat ouders goed weten welke hulp er is en hoe ze die kunnen krijgen. Daarom doen we dit:
- Op onze website staat een ouderpagina. Daar leest u welke hulp er op elke school is, wat De Overstap en de Time-Out zijn en hoe een TLV werkt.
- Er is een folder voor ouders in het Nederlands, Engels, Pools en Arabisch. U krijgt die via de basisschool in groep 7.
- In oktober is er in elke gemeente een informatieavond over passend onderwijs.
- Elke school zet in de schoolgids welke hulp de school biedt.
- U kunt op werkdagen bellen met het Ouderloket van het samenwerkingsverband.
## Onafhankelijke hulp voor ouders en leerlingen
Soms wilt u hulp van iemand die niet van de school of het samenwerkingsverband is. Dat kan. U kunt terecht bij:
- Het Ouder- en Jeugdsteunpunt Noorderzand. Dit steunpunt is onafhankelijk. Het helpt ouders en leerlingen met vragen over onderwijs en ondersteuning. Het kan ook meegaan naar een gesprek op school. U kunt bellen, mailen of langskomen op het spreekuur op woensdagmiddag in de bibliotheek van Zandmeer.
- De Onderwijsconsulenten. Zij helpen als u er met de school niet uitkomt over de ondersteuning van uw kind. Hun hulp is gratis.
- De Geschillencommissie passend onderwijs, als u het niet eens bent met de school over toelating, verwijdering of het OPP.
Heeft u een klacht over het samenwerkingsverband? Dan kunt u die sturen aan de klachtencommissie. Hoe dat werkt, staat in onze klachtenregeling.
## Leerlingen praten mee
Leerlingen mogen zeggen wat zij vinden van hun OPP. Dat heet hoorrecht. In de OPR zitten ook twee leerlingen. En we vragen elk jaar een groep leerlingen wat zij vinden van de hulp op school.
# Wat willen we bereiken?
In 2030 willen we dit bereikt hebben:
- Minstens 9 van de 10 leerlingen die extra hulp krijgen, halen een diploma of gaan naar een passende plek in het mbo, werk of dagbesteding.
- Een besluit over een TLV duurt nooit langer dan zes weken.
- Ouders geven de informatie van het samenwerkingsverband gemiddeld minstens een 7,5.
- Elke leerling met een OPP heeft zelf meegepraat over zijn of haar plan.
- Leerlingen die naar De Overstap gaan, gaan in 8 van de 10 gevallen binnen een jaar terug naar een gewone klas.
Hoe we bijhouden of we deze doelen halen, spreken we in het eerste jaar van dit plan af met de scholen.
# Samenwerken met de gemeente
Het samenwerkingsverband praat minstens twee keer per jaar met de drie gemeenten. Dat heet op overeenstemming gericht overleg (OOGO). We praten over jeugdhulp op school, leerlingenvervoer, thuiszitters en huisvesting. Op 5 februari 2026 hebben we dit plan met de wethouders besproken.
Op elke school is een jeugdprofessional van de gemeente. U kunt daar terecht met vragen over opvoeden of problemen thuis. De jeugdprofessional werkt samen met de ondersteuningscoördinator.
# Verhalen van leerlingen
## Sem (13)
"In groep 8 was ik vaak boos. Op de middelbare school ging het eerst mis. Toen ging ik naar De Overstap. Daar zitten maar tien kinderen in de klas. Ik leerde wat ik kan doen als ik boos word. Nu zit ik weer op mijn eigen school. Mijn coach komt elke week even praten."
## Noor (15)
"Ik zit op De Duinen, het praktijkonderwijs. Ik vind het fijn dat we veel dingen echt doen. Ik loop stage in de keuken van een verpleeghuis. Later wil ik kok worden. Mijn mentor helpt mij om een plek op het mbo te vinden."
## Jayden (17)
"Ik zit op Het Kompas, het vso. Hier krijg ik de rust die ik nodig heb. Ik doe examen in de theoretische leerweg. Daarna wil ik naar het mbo, ICT."
# Vragen die ouders vaak stellen
## Moet ik betalen voor extra hulp op school?
Nee. Extra hulp op school is gratis voor ouders. Ook De Overstap, het praktijkonderwijs en het vso zijn gratis. Voor vervoer naar school kunt u soms een vergoeding krijgen van de gemeente.
## Mag ik meepraten over de hulp voor mijn kind?
Ja. De school maakt het plan (OPP) samen met u. U tekent voor het deel over de doelen en de hulp. Ook uw kind mag zeggen wat hij of zij ervan vindt.
## Wat als mijn kind verhuist?
Verhuist u naar een andere regio? Dan neemt de nieuwe school contact op met de oude school. De informatie over uw kind gaat mee, als u daar toestemming voor geeft.
## Waar vind ik de schoolgids?
De schoolgids staat op de website van elke school. In de schoolgids staat ook welke hulp de school biedt. U kunt de school ook vragen om een papieren versie.
## Mijn kind heeft dyslexie. Wat kan de school doen?
Elke school in Noorderzand heeft een dyslexieprotocol. Daarin staat welke hulp uw kind kan krijgen. Bijvoorbeeld extra tijd bij toetsen, toetsen in een groter lettertype of een computer die de tekst voorleest. Heeft uw kind een dyslexieverklaring? Geef die dan bij de aanmelding aan de school.
## Wat is het verschil tussen praktijkonderwijs en lwoo?
Praktijkonderwijs is een eigen soort school. Leerlingen leren daar vooral door te doen en gaan daarna meestal werken of naar het mbo niveau 1 of 2. Lwoo is geen aparte school. Het is extra hulp voor leerlingen in het vmbo. Ze zitten bijvoorbeeld in een kleinere klas of krijgen extra lessen Nederlands en rekenen. Ze kunnen een gewoon vmbo-diploma halen.
## Wat doet het samenwerkingsverband niet?
Het samenwerkingsverband geeft zelf geen les. Dat doen de scholen. Het samenwerkingsverband regelt ook geen jeugdhulp, zoals therapie of hulp thuis. Dat doet de gemeente. Wel zorgen we ervoor dat school en jeugdhulp goed samenwerken.
## Wie kan ik bellen als ik een vraag heb?
Begin altijd bij de mentor van uw kind. Komt u er samen niet uit? Bel dan met de ondersteuningscoördinator van de school. U kunt ook bellen met het Ouderloket van het samenwerkingsverband. Wilt u iemand spreken die niet van school of van het samenwerkingsverband is? Neem dan contact op met het Ouder- en Jeugdsteunpunt.
# Medezeggenschap: de OPR
De ondersteuningsplanraad (OPR) is een raad die meepraat over het beleid van het samenwerkingsverband. In de OPR zitten twaalf mensen: zes medewerkers van scholen en zes ouders en leerlingen. De leden komen van de medezeggenschapsraden van de scholen.
De OPR moet instemmen met het ondersteuningsplan. Dat betekent: het bestuur mag het plan pas vaststellen als de OPR 'ja' heeft gezegd. De OPR vergadert zes keer per jaar. De vergaderingen zijn openbaar. Wilt u een vergadering bijwonen? Kijk dan op de website voor de data.
# Onze medewerkers
Leraren en mentoren doen het belangrijkste werk. Zij zien de leerlingen elke dag. Maar er zijn te weinig leraren. Op sommige scholen staan klassen zonder vaste leraar. Dat is niet goed voor leerlingen die extra hulp nodig hebben. Zij hebben juist vaste gezichten nodig. De scholen proberen daarom mentoren zo lang mogelijk bij dezelfde klas te laten. En ze werken samen om nieuwe leraren op te leiden. Daarom helpen we hen met cursussen en bijeenkomsten. Elk jaar is er een studiedag voor alle ondersteuningscoördinatoren. En er is een cursus over omgaan met gedrag in de klas.
Ook op het bureau van het samenwerkingsverband werken deskundige mensen. Er zijn orthopedagogen, trajectbegeleiders en medewerkers van het Ouderloket.
# Privacy: wat doen we met gegevens?
Om te beslissen over een TLV hebben we gegevens over uw kind nodig. Soms ook over de gezondheid van uw kind. We gaan daar zorgvuldig mee om. Alleen mensen die het nodig hebben voor hun werk, mogen de gegevens zien. We bewaren de gegevens niet langer dan drie jaar na het laatste besluit. Meer hierover staat in ons privacyreglement.
U mag altijd vragen welke gegevens we over uw kind hebben. U mag ook vragen om gegevens te verbeteren als ze niet kloppen. Stuur daarvoor een e-mail naar het samenwerkingsverband. We reageren binnen vier weken. Heeft u een vraag over privacy? Dan kunt u ook contact opnemen met onze functionaris gegevensbescherming.
# Hoe is dit plan gemaakt?
We zijn in het voorjaar van 2025 begonnen. We hebben gesprekken gevoerd met ondersteuningscoördinatoren, directeuren, ouders en leerlingen. In het najaar van 2025 schreven we een eerste versie. Die hebben we besproken met de scholen, met het samenwerkingsverband voor het primair onderwijs en met de gemeenten. De OPR heeft het plan besproken en ingestemd op 19 maart 2026. Daarna heeft het bestuur het plan vastgesteld. Voor 1 mei 2026 sturen we het plan naar de inspectie van het onderwijs.
# Planning
| Wanneer | Wat gaan we doen |
| 2026-2027 | Nieuwe ouderpagina, afspraken met scholen over het bijhouden van de doelen, start leerlingpanel |
| 2027-2028 | Uitbreiding De Overstap met tien plekken |
| 2028-2029 | Tussenevaluatie van dit plan met ouders en leerlingen |
| 2029-2030 | Nieuw plan maken |
# Woordenlijst
- Basisondersteuning: de hulp die elke school minimaal geeft.
- Dekkend aanbod: dat er voor elke leerling een passende plek is.
- Lwoo: leerwegondersteunend onderwijs, extra hulp in het vmbo.
- OPDC: orthopedagogisch-didactisch centrum, een tijdelijke plek buiten de eigen school.
- OPP: ontwikkelingsperspectief, het plan voor een leerling met extra hulp.
- OPR: ondersteuningsplanraad.
- Resultaten: wat we willen bereiken en wat we hebben bereikt.
- Terugplaatsing: als een leerling van het vso weer naar een gewone school gaat.
- Thuiszitter: een leerling die niet naar school gaat en thuiszit.
- TLV: toelaatbaarheidsverklaring, nodig om naar het vso of praktijkonderwijs te gaan.
- Verdeelmodel: de afspraken over hoe het geld over de scholen wordt verdeeld.
- Zorgplicht: de plicht van een school om een passende plek te zoeken voor een leerling die extra hulp nodig heeft.
"""


# ============================================================================================
# Plan D - long VO plan with many annexes, several of them separate documents (.pdf via .docx)
# ============================================================================================
PLAN_D = r"""
[TITLE] Ondersteuningsplan 2026-2030
[TITLE] Samenwerkingsverband Passend Voortgezet Onderwijs IJssel-Vecht Midden (VO 23-14)
Hoofddocument met bijlagen | Versie 1.0, vastgesteld door het algemeen bestuur op 31 maart 2026
Colofon: uitgave van het Samenwerkingsverband Passend Voortgezet Onderwijs IJssel-Vecht Midden, Postbus 410, Vechtstede. Tekst: bureau samenwerkingsverband, met bijdragen van de werkgroepen Dekkend netwerk, Toelaatbaarheid en Financiën. Vormgeving: afdeling communicatie.
[PAGEBREAK]
[TOC]
# Voorwoord
Met trots presenteren wij het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Passend Voortgezet Onderwijs IJssel-Vecht Midden. Het plan is het resultaat van ruim een jaar overleg met schoolleiders, ondersteuningscoördinatoren, medewerkers van het vso en het praktijkonderwijs, de gemeenten en de ondersteuningsplanraad.
In de afgelopen planperiode hebben we stappen gezet. Het aantal thuiszitters is gedaald, de doorlooptijd van aanvragen is korter geworden en de reserves zijn teruggebracht tot een verantwoord niveau. Tegelijk zien we nieuwe uitdagingen: een toenemende vraag naar vso-plaatsen, personeelstekorten in de ondersteuning en jongeren met complexe problematiek op het snijvlak van onderwijs en zorg.
Dit plan is bewust uitgebreid. Het hoofddocument beschrijft de kaders; de bijlagen bevatten de procedures, de begroting en de cijfers. Een aantal bijlagen verschijnt als afzonderlijk document, omdat deze jaarlijks worden geactualiseerd. Zij maken wel deel uit van het ondersteuningsplan.
Ing. R. Wolters, voorzitter algemeen bestuur
# Samenvatting
Het samenwerkingsverband wil dat elke jongere in IJssel-Vecht Midden een passende plek heeft. Dit plan bouwt voort op het plan 2022-2026 en kent vier speerpunten: een sluitend netwerk zonder thuiszitters, snelle en zorgvuldige toelaatbaarheidsbesluiten, een doelmatige inzet van middelen en goede samenwerking met gemeenten en jeugdhulp.
De afspraken over de basisondersteuning zijn vastgelegd in het referentiekader (bijlage 4). Het overzicht van alle voorzieningen staat in de sociale kaart (bijlage 6). De procedures voor toelaatbaarheid tot vso, praktijkonderwijs en lwoo staan in bijlage 2 en 3. De meerjarenbegroting is opgenomen in bijlage 5. Voor ouders is een aparte Ouderwijzer beschikbaar (bijlage 11).
# 1 Inleiding en leeswijzer
## 1.1 Aanleiding
Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan van IJssel-Vecht Midden 2022-2026 loopt af op 31 juli 2026. Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030.
## 1.2 Wettelijk kader
Het plan voldoet aan de eisen van de Wet voortgezet onderwijs 2020 en de Wet op de expertisecentra. Het plan is voorgelegd aan de ondersteuningsplanraad en besproken in het op overeenstemming gericht overleg met de gemeenten Vechtstede, Dalmsveen, Hattemerbroek, Ommerkanaal en Zwartewaterland-Zuid.
## 1.3 Opbouw van het plan
Het plan bestaat uit een hoofddocument en twaalf bijlagen. De bijlagen 1, 2, 3, 5, 7, 8 en 9 zijn in dit document opgenomen. De bijlagen 4, 6, 10, 11 en 12 zijn afzonderlijke documenten die op de website van het samenwerkingsverband worden gepubliceerd.
| Bijlage | Titel | Vindplaats |
| 1 | Begrippen en afkortingen | in dit document |
| 2 | Procedure toelaatbaarheid vso | in dit document |
| 3 | Praktijkonderwijs en leerwegondersteunend onderwijs | in dit document |
| 4 | Referentiekader basisondersteuning | afzonderlijk document |
| 5 | Meerjarenbegroting 2026-2029 | in dit document |
| 6 | Sociale kaart voorzieningen | afzonderlijk document |
| 7 | Monitor resultaten 2022-2025 | in dit document |
| 8 | Verslag OOGO | in dit document |
| 9 | Instemming ondersteuningsplanraad | in dit document |
| 10 | Reglement bezwaar toelaatbaarheid | afzonderlijk document |
| 11 | Ouderwijzer passend onderwijs | afzonderlijk document |
| 12 | Privacyreglement | afzonderlijk document |
# 2 Terugblik op de planperiode 2022-2026
## 2.1 Wat we wilden bereiken
In het ondersteuningsplan 2022-2026 had het samenwerkingsverband vijf doelen geformuleerd: minder thuiszitters, kortere doorlooptijden, meer leerlingen thuisnabij, een beter zicht op de besteding van middelen en afbouw van de bovenmatige reserves.
## 2.2 Wat we hebben bereikt
Het aantal thuiszitters dat langer dan vier weken geen onderwijs volgde, daalde van 41 op 1 oktober 2022 naar 27 op 1 oktober 2025. Het doel van 20 is niet gehaald. Het aantal vrijstellingen op grond van artikel 5 onder a van de Leerplichtwet bleef nagenoeg gelijk (van 18 naar 17).
De gemiddelde doorlooptijd van een aanvraag voor een toelaatbaarheidsverklaring daalde van 8,4 weken in 2022 naar 5,6 weken in 2025. Het doel van zes weken is daarmee gehaald.
Het deelnamepercentage vso steeg van 3,1% naar 3,4%, tegen een landelijk gemiddelde van 3,5%. Het doel om het percentage stabiel te houden is niet gehaald. Het aantal leerlingen dat vanuit het vso terugkeerde naar het regulier onderwijs nam toe van 11 naar 24 per jaar.
De reserves zijn in de planperiode afgebouwd van € 6,1 miljoen naar € 2,3 miljoen en liggen daarmee onder de signaleringswaarde.
## 2.3 Lessen voor de nieuwe periode
De evaluatie, uitgevoerd door een extern bureau in het voorjaar van 2025, laat zien dat de samenwerking tussen scholen en jeugdhulp is verbeterd, maar dat de regie bij complexe casuïstiek nog te vaak onduidelijk is. Schoolleiders vragen om eenvoudiger procedures en minder administratieve lasten. De gemeenten vragen om betere gegevens over thuiszitters en om een gezamenlijke aanpak van verzuim.
# 3 Context en kengetallen
## 3.1 Het werkgebied
Het samenwerkingsverband omvat vijf gemeenten in de regio tussen IJssel en Vecht. Het gebied is deels stedelijk (Vechtstede) en deels landelijk. De leerlingaantallen dalen in de landelijke gemeenten en stijgen licht in Vechtstede.
## 3.2 Aangesloten besturen en scholen
Bij het samenwerkingsverband zijn negen schoolbesturen aangesloten met samen 22 vestigingen: 16 vestigingen voor regulier voortgezet onderwijs, 3 scholen voor praktijkonderwijs en 3 scholen voor voortgezet speciaal onderwijs.
## 3.3 Kengetallen
| Kengetal (1 oktober) | 2022 | 2023 | 2024 | 2025 |
| Leerlingen regulier vo | 21.870 | 21.640 | 21.490 | 21.310 |
| waarvan met lwoo | 1.690 | 1.660 | 1.640 | 1.610 |
| Leerlingen praktijkonderwijs | 820 | 835 | 840 | 852 |
| Leerlingen vso | 712 | 738 | 760 | 781 |
| Deelnamepercentage vso | 3,1% | 3,2% | 3,3% | 3,4% |
| Afgegeven TLV's vso | 298 | 311 | 325 | 330 |
| Thuiszitters (> 4 weken) | 41 | 36 | 31 | 27 |
# 4 Missie, visie en ambities
## 4.1 Missie
Het samenwerkingsverband zorgt samen met de aangesloten besturen voor een passende onderwijsplek voor iedere jongere in de regio, zodat iedere jongere zich kan ontwikkelen tot een zelfstandig en volwaardig lid van de samenleving.
## 4.2 Visie
Wij geloven dat onderwijs de basis is voor een goede toekomst. Iedere jongere is uniek en verdient onderwijs dat aansluit bij zijn talenten en ondersteuningsbehoeften. Waar mogelijk gebeurt dat in het regulier onderwijs, thuisnabij en samen met leeftijdgenoten. Waar nodig in het praktijkonderwijs of het voortgezet speciaal onderwijs.
Wij werken vanuit de bedoeling: niet de regels maar de ontwikkeling van de jongere staat centraal. Dat vraagt om professionals die de ruimte krijgen om maatwerk te leveren, en om besturen die elkaar aanspreken op hun gezamenlijke verantwoordelijkheid.
## 4.3 Ambities 2026-2030
- Een sluitend netwerk: geen jongere zit thuis zonder perspectief.
- Snel en zorgvuldig: besluiten over toelaatbaarheid zijn binnen zes weken genomen.
- Thuisnabij: meer jongeren in het vso keren terug naar het regulier onderwijs.
- Doelmatig: iedere euro voor ondersteuning is verantwoord.
- Samen: onderwijs en jeugdhulp werken vanuit één plan.
# 5 Ondersteuning in de scholen
## 5.1 Referentiekader basisondersteuning
Voor de basisondersteuning verwijzen wij naar het referentiekader basisondersteuning, dat als bijlage 4 bij dit plan hoort.
## 5.2 Actualisering
In het schooljaar 2026-2027 actualiseren wij het referentiekader, mede in het licht van de landelijke norm voor basisondersteuning. Het geactualiseerde referentiekader wordt ter instemming aan de ondersteuningsplanraad voorgelegd.
## 5.3 Ondersteuningscoördinatoren
Het samenwerkingsverband faciliteert het netwerk van ondersteuningscoördinatoren. Het netwerk komt vijf keer per jaar bijeen en is de belangrijkste schakel tussen de scholen en het bureau. In het netwerk worden casussen besproken, nieuwe ontwikkelingen gedeeld en procedures geëvalueerd.
# 6 Dekkend netwerk en thuiszitters
## 6.1 Het netwerk van voorzieningen
Het samenwerkingsverband streeft naar een dekkend netwerk van voorzieningen. Het actuele overzicht van alle voorzieningen in de regio, met hun doelgroep, capaciteit en toegang, is opgenomen in de sociale kaart (bijlage 6).
## 6.2 Netwerkanalyse
Elk jaar in het voorjaar voert het bureau een netwerkanalyse uit. Daarin worden de aanmeldingen bij het Loket, de wachtlijsten van het vso en het OPDC, de thuiszitterscijfers en de signalen uit het netwerk van ondersteuningscoördinatoren naast elkaar gelegd. De analyse benoemt witte vlekken en leidt tot concrete afspraken in het jaarplan.
De netwerkanalyse 2025 liet de volgende knelpunten zien:
- een wachtlijst van gemiddeld negen weken voor plaatsing in het vso cluster 4 in Vechtstede;
- het ontbreken van een passende plek voor jongeren met een autismespectrumstoornis en een havo- of vwo-profiel die niet in een grote klas kunnen functioneren;
- een tekort aan tijdelijke plekken voor jongeren die na een crisisopname terugkeren naar school;
- onvoldoende aanbod voor nieuwkomers ouder dan 16 jaar in de landelijke gemeenten.
## 6.3 Maatregelen
| Knelpunt | Maatregel | Eigenaar | Gereed |
| Wachtlijst vso cluster 4 | Uitbreiding met twee groepen op de nevenvestiging Dalmsveen | bestuur vso-school | 1 augustus 2027 |
| Havo/vwo en autisme | Kleinschalige voorziening op een reguliere vestiging in Vechtstede | werkgroep besturen | 1 augustus 2027 |
| Terugkeer na crisis | Zes herstartplekken in samenwerking met de jeugd-ggz | directeur SWV | 1 januari 2027 |
| Nieuwkomers 16+ | Afspraken met het mbo over een schakeltraject | directeur SWV en gemeenten | 1 augustus 2028 |
## 6.4 Thuiszittersaanpak
Iedere jongere die langer dan vier weken niet naar school gaat, wordt binnen twee weken besproken in het regionale thuiszittersoverleg van het samenwerkingsverband en de leerplichtdiensten. Voor iedere thuiszitter wordt een casusregisseur aangewezen die een plan opstelt met concrete stappen en een termijn. Lukt het niet om binnen acht weken tot een oplossing te komen, dan besluit de directeur van het samenwerkingsverband welke school de jongere (tijdelijk) plaatst. Deze doorzettingsmacht is vastgelegd in de samenwerkingsovereenkomst van de besturen.
## 6.5 Zorgplicht
De besturen hebben zorgplicht voor jongeren die bij hun scholen worden aangemeld. Kan een school geen passend aanbod doen, dan zoekt zij in overleg met het Loket een andere school binnen het samenwerkingsverband. Het Loket bewaakt dat binnen de wettelijke termijn van zes weken, met ten hoogste vier weken verlenging, een passende plek is gevonden.
# 7 Toelaatbaarheid
## 7.1 Voortgezet speciaal onderwijs
Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het voortgezet speciaal onderwijs. De volledige procedure, de criteria, de rol van de deskundigen, de duur van de toelaatbaarheidsverklaring en de bekostigingscategorie zijn beschreven in bijlage 2. Deze bijlage bevat ook de afspraken bij het aflopen van de toelaatbaarheidsverklaring.
## 7.2 Praktijkonderwijs en lwoo
De procedures en criteria voor praktijkonderwijs en leerwegondersteunend onderwijs zijn beschreven in bijlage 3.
## 7.3 Bezwaar
Tegen een besluit over toelaatbaarheid staat bezwaar open. De procedure is beschreven in het reglement bezwaar toelaatbaarheid (bijlage 10).
# 8 Communicatie en verantwoording
## 8.1 Communicatie met scholen en partners
Het samenwerkingsverband informeert scholen via de maandelijkse nieuwsbrief, het netwerk van ondersteuningscoördinatoren en het directeurenoverleg. Gemeenten en ketenpartners worden geïnformeerd via het OOGO en de regionale overleggen jeugd en onderwijs.
## 8.2 Informatie voor ouders
De informatievoorziening aan ouders is beschreven in de Ouderwijzer passend onderwijs (bijlage 11). De inrichting van het ouder- en jeugdsteunpunt is onderwerp van het jaarplan 2026-2027.
## 8.3 Verantwoording
Het samenwerkingsverband legt jaarlijks verantwoording af in het jaarverslag en de jaarrekening. Het jaarverslag wordt besproken met het algemeen bestuur, de ondersteuningsplanraad en de gemeenten en gepubliceerd op de website.
# 9 Samenwerking met gemeenten en jeugdhulp
## 9.1 OOGO
Het samenwerkingsverband voert ten minste drie keer per jaar op overeenstemming gericht overleg met de vijf gemeenten. Het OOGO over dit plan vond plaats op 22 januari 2026; het verslag is opgenomen in bijlage 8.
## 9.2 Gezamenlijke agenda onderwijs en jeugd
Het samenwerkingsverband en de gemeenten hebben een gezamenlijke agenda opgesteld met vier thema's: jeugdhulp in en om de school, onderwijs-zorgarrangementen, thuiszitters en verzuim, en de overgang naar mbo en arbeid.
- Jeugdhulp in en om de school: de lokale teams en de scholen maken per gemeente afspraken over vaste contactpersonen en korte lijnen bij signalen.
- Onderwijs-zorgarrangementen: gemeenten en samenwerkingsverband financieren gezamenlijk arrangementen voor jongeren die onderwijs en zorg combineren, op basis van het convenant Onderwijs en Zorg IJssel-Vecht 2026.
- Thuiszitters en verzuim: de leerplichtdiensten nemen deel aan het thuiszittersoverleg en leveren viermaandelijks gegevens aan.
- Overgang naar mbo en arbeid: voor jongeren uit pro en vso is er een regionale overstapcoach, gefinancierd door de gemeenten.
## 9.3 Samenwerking met het primair onderwijs
Het samenwerkingsverband werkt samen met de twee samenwerkingsverbanden primair onderwijs in de regio aan een warme overdracht van leerlingen met een ondersteuningsbehoefte. De afspraken zijn vastgelegd in het Protocol Overstap PO-VO.
# 10 Kwaliteitszorg en resultaten
## 10.1 Beoogde resultaten 2026-2030
Het samenwerkingsverband heeft de volgende beoogde resultaten voor jongeren met een ondersteuningsbehoefte vastgesteld:
| Resultaatgebied | Indicator | Uitgangswaarde 2025 | Doel 2030 |
| Sluitend netwerk | Thuiszitters langer dan 4 weken | 27 | ten hoogste 12 |
| Sluitend netwerk | Vrijstellingen 5 onder a | 17 | ten hoogste 10 |
| Snel en zorgvuldig | Doorlooptijd TLV-aanvraag | 5,6 weken | ten hoogste 5 weken |
| Thuisnabij | Terugkeer vso naar regulier per jaar | 24 | ten minste 35 |
| Thuisnabij | Deelnamepercentage vso | 3,4% | ten hoogste 3,3% |
| Perspectief | Vso- en pro-verlaters met duurzame vervolgplek na 1 jaar | 81% | ten minste 90% |
## 10.2 Monitoring en evaluatie
Het bureau houdt de indicatoren bij in de Monitor Passend Onderwijs, op basis van gegevens van DUO, het Loket, de leerplichtdiensten en de vso- en pro-scholen. De monitor wordt twee keer per jaar besproken in het algemeen bestuur en in de ondersteuningsplanraad. In het jaarverslag worden de bereikte resultaten afgezet tegen de doelen en tegen de ingezette middelen. In 2028 vindt een tussentijdse evaluatie plaats door een externe partij. De resultaten van de afgelopen periode zijn opgenomen in bijlage 7.
## 10.3 Kwaliteitscyclus
Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus: het jaarplan vertaalt het ondersteuningsplan in concrete activiteiten, de monitor volgt de voortgang en het jaarverslag legt verantwoording af. Bijstelling vindt plaats in het volgende jaarplan.
# 11 Financiën
## 11.1 Uitgangspunten
De middelen van het samenwerkingsverband worden ingezet voor de ondersteuning van jongeren. De overhead bedraagt ten hoogste 7% van de baten.
## 11.2 Verdeelmodel
Het samenwerkingsverband hanteert een schoolmodel. De verdeling verloopt als volgt:
- De middelen voor leerwegondersteunend onderwijs en praktijkonderwijs worden doorbetaald aan de besturen op basis van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober.
- Elk bestuur ontvangt voor de ondersteuning op zijn scholen een bedrag van € 190 per leerling in het regulier vo (teldatum 1 oktober voorafgaand aan het kalenderjaar) en een vaste voet van € 30.000 per vestiging.
- Voor leerlingen met een zeer intensieve ondersteuningsbehoefte kan een bestuur een aanvullend arrangement aanvragen bij het Loket. Het Loket beslist op basis van het OPP en een advies van de orthopedagoog; het maximum bedraagt € 15.000 per leerling per schooljaar.
- De afdracht voor het vso wordt door DUO ingehouden op de baten van het samenwerkingsverband. Voor de groei van het vso tussen 1 oktober en 1 februari draagt het samenwerkingsverband de groeibekostiging af aan de vso-scholen.
Het algemeen bestuur stelt de bedragen jaarlijks in oktober vast bij de begroting.
## 11.3 Meerjarenbegroting
De meerjarenbegroting 2026-2029 is opgenomen in bijlage 5.
## 11.4 Reserves en risico's
De algemene reserve bedraagt eind 2025 € 2,3 miljoen. Het bestuur hanteert een bandbreedte van 3 tot 5% van de baten als weerstandsvermogen. De belangrijkste financiële risico's zijn de groei van het vso en de groeibekostiging.
## 11.5 Verantwoording door besturen
De besturen verantwoorden jaarlijks vóór 1 juni de besteding van de ondersteuningsmiddelen aan de hand van een vast format. Het bureau bespreekt de verantwoording met ieder bestuur in een bestuursgesprek.
# 12 Organisatie en bestuur
## 12.1 Rechtsvorm
Het samenwerkingsverband is een vereniging. De leden zijn de aangesloten schoolbesturen. Het algemeen bestuur bestaat uit vertegenwoordigers van de besturen; het dagelijks bestuur bestaat uit drie leden. De directeur is in dienst van de vereniging en heeft mandaat voor de uitvoering.
## 12.2 Scheiding bestuur en toezicht
Het intern toezicht is belegd bij een toezichthoudend orgaan van drie onafhankelijke leden, dat de jaarrekening goedkeurt en de accountant benoemt.
## 12.3 Medezeggenschap
De ondersteuningsplanraad heeft op 24 maart 2026 ingestemd met dit plan (bijlage 9).
## 12.4 Personeel
Bij het samenwerkingsverband werken 21 medewerkers (16,8 fte). Door krapte op de arbeidsmarkt zijn vacatures voor orthopedagogen moeilijk vervulbaar. Het samenwerkingsverband werkt daarom samen met de hogeschool aan een traineeship.
## 12.5 ICT en informatiebeveiliging
Aanvragen worden digitaal ingediend via het beveiligde loketportaal. Het samenwerkingsverband voert jaarlijks een audit informatiebeveiliging uit.
# 13 Planning
| Schooljaar | Activiteiten |
| 2026-2027 | Actualisering referentiekader basisondersteuning; inrichting ouder- en jeugdsteunpunt; herstartplekken |
| 2027-2028 | Uitbreiding vso cluster 4; voorziening havo/vwo en autisme |
| 2028-2029 | Tussenevaluatie; schakeltraject nieuwkomers 16+ |
| 2029-2030 | Evaluatie en voorbereiding ondersteuningsplan 2030-2034 |
[PAGEBREAK]
# Bijlage 1 Begrippen en afkortingen
| Begrip | Omschrijving |
| Basisondersteuning | Het door de besturen afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden |
| Dekkend netwerk | Het geheel van voorzieningen waarin voor iedere jongere een passende plek is |
| Loket | Het centrale aanmeldpunt van het samenwerkingsverband |
| Lwoo | Leerwegondersteunend onderwijs |
| OJSP | Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren |
| OPDC | Orthopedagogisch-didactisch centrum |
| OPP | Ontwikkelingsperspectief |
| OPR | Ondersteuningsplanraad |
| Pro | Praktijkonderwijs |
| Sociale kaart | Overzicht van alle voorzieningen in de regio |
| Terugplaatsing | Overstap van het vso naar het regulier onderwijs |
| TLV | Toelaatbaarheidsverklaring |
| Vso | Voortgezet speciaal onderwijs |
# Bijlage 2 Procedure toelaatbaarheid vso
## B2.1 Aanvraag
De aanvraag voor een toelaatbaarheidsverklaring wordt ingediend door het bevoegd gezag van de school waar de jongere staat ingeschreven. Bij een jongere die nog niet is ingeschreven, dient het bevoegd gezag van de school waar de jongere is aangemeld de aanvraag in. De aanvraag wordt ingediend via het loketportaal en bevat: het ontwikkelingsperspectief, het verslag van het multidisciplinair overleg, relevante onderzoeksverslagen en het onderwijskundig rapport.
## B2.2 Beoordeling en besluit
Na ontvangst van een volledige aanvraag wijst het Loket twee deskundigen aan die niet bij de aanvraag betrokken zijn geweest. De eerste deskundige is een orthopedagoog-generalist of GZ-psycholoog. De tweede deskundige wordt gekozen op basis van de problematiek: een kinder- en jeugdpsychiater, een arts voor jeugdgezondheidszorg, een maatschappelijk werker of een pedagoog. Iedere deskundige brengt een eigen schriftelijk advies uit.
De Commissie van Toelaatbaarheid besluit namens het algemeen bestuur binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed kan binnen vijf werkdagen een tijdelijke toelaatbaarheidsverklaring van ten hoogste drie maanden worden afgegeven.
## B2.3 Criteria
Een jongere is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:
- de ondersteuningsbehoefte is zo groot dat de reguliere school deze ook met een aanvullend arrangement niet kan bieden;
- er is ten minste één cyclus van handelingsgericht werken doorlopen en geëvalueerd in het ontwikkelingsperspectief, met inzet van externe expertise;
- de jongere heeft langdurig behoefte aan een combinatie van een kleine groep, specifieke pedagogisch-didactische aanpak en intensieve begeleiding die alleen het vso kan bieden;
- voor cluster 3: er is sprake van een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die het onderwijsleerproces ernstig belemmert.
## B2.4 Duur en bekostigingscategorie
De toelaatbaarheidsverklaring wordt afgegeven voor één, twee of drie schooljaren en loopt af op 31 juli. Voor jongeren met een ernstige meervoudige beperking kan de verklaring worden afgegeven tot het einde van de schoolloopbaan. De Commissie stelt de bekostigingscategorie vast: laag, midden of hoog, op basis van de adviezen van de deskundigen.
## B2.5 Einde van de toelaatbaarheidsverklaring, terugplaatsing en overplaatsing
Het samenwerkingsverband gaat ervan uit dat een plaatsing in het vso niet vanzelfsprekend blijvend is. Jongeren die in het vso zijn gegroeid, krijgen de kans terug te keren naar het regulier onderwijs, bij voorkeur dicht bij huis. Voorwaarden zijn dat het ontwikkelingsperspectief een regulier uitstroomprofiel laat zien, dat een reguliere school bereid en in staat is de jongere met begeleiding op te vangen en dat de jongere zelf gemotiveerd is voor de overstap.
De procedure is als volgt:
- Ieder jaar in januari evalueert de vso-school het ontwikkelingsperspectief en stelt vast of terugplaatsing of overplaatsing aan de orde is.
- In het laatste jaar van de toelaatbaarheidsverklaring meldt de vso-school uiterlijk 1 maart bij het Loket of zij terugplaatsing, overplaatsing naar een andere vso-school of een nieuwe toelaatbaarheidsverklaring voorstelt.
- Bij terugplaatsing zoekt de trajectbegeleider van het Loket een ontvangende school en organiseert een overdrachtsgesprek.
- De Commissie van Toelaatbaarheid besluit vóór 1 juni over een nieuwe toelaatbaarheidsverklaring of over het terugplaatsingsarrangement.
- De ontvangende school krijgt gedurende maximaal één schooljaar een terugplaatsingsarrangement van € 5.000, met ambulante begeleiding door de vso-school. Het arrangement wordt na drie maanden en aan het eind van het schooljaar geëvalueerd.
In 2025 zijn 24 jongeren teruggeplaatst. Het doel voor 2030 is ten minste 35 per jaar.
# Bijlage 3 Praktijkonderwijs en leerwegondersteunend onderwijs
## B3.1 Praktijkonderwijs
Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs waar de jongere is aangemeld, dient de aanvraag in. De Commissie van Toelaatbaarheid besluit binnen vier weken, voor leerlingen uit groep 8 uiterlijk op 15 april. De verklaring geldt voor de duur van de opleiding.
## B3.2 Leerwegondersteunend onderwijs
Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. De vo-school waar de jongere is aangemeld, dient de aanvraag in op basis van het onderwijskundig rapport en de toetsgegevens. De Commissie besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de vmbo-opleiding.
# Bijlage 4 Referentiekader basisondersteuning
Deze bijlage is een afzonderlijk document en wordt gepubliceerd op de website van het samenwerkingsverband.
# Bijlage 5 Meerjarenbegroting 2026-2029
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten lichte ondersteuning (incl. lwoo en pro) | 11.240 | 11.150 | 11.080 | 11.000 |
| Baten zware ondersteuning (na inhouding vso) | 9.310 | 9.180 | 9.060 | 8.950 |
| Totaal baten | 20.550 | 20.330 | 20.140 | 19.950 |
| Doorbetaling lwoo en pro | 10.420 | 10.340 | 10.270 | 10.200 |
| Ondersteuningsbudget besturen (per leerling en vaste voet) | 4.710 | 4.680 | 4.650 | 4.620 |
| Aanvullende arrangementen | 1.650 | 1.620 | 1.600 | 1.580 |
| Groeibekostiging vso | 480 | 500 | 520 | 540 |
| OPDC en herstartplekken | 1.380 | 1.460 | 1.480 | 1.500 |
| Terugplaatsingsarrangementen | 150 | 170 | 175 | 175 |
| Onderwijs-zorgarrangementen (aandeel SWV) | 420 | 430 | 440 | 450 |
| Bureau, Loket en deskundigen | 1.340 | 1.360 | 1.380 | 1.400 |
| Totaal lasten | 20.550 | 20.560 | 20.515 | 20.465 |
| Resultaat | 0 | -230 | -375 | -515 |
# Bijlage 6 Sociale kaart voorzieningen
Deze bijlage is een afzonderlijk document. De sociale kaart wordt doorlopend bijgehouden op de website van het samenwerkingsverband.
# Bijlage 7 Monitor resultaten 2022-2025
| Indicator | Doel 2026 | 2022 | 2023 | 2024 | 2025 |
| Thuiszitters > 4 weken | 20 | 41 | 36 | 31 | 27 |
| Vrijstellingen 5 onder a | 12 | 18 | 18 | 17 | 17 |
| Doorlooptijd TLV (weken) | 6 | 8,4 | 7,1 | 6,2 | 5,6 |
| Terugplaatsingen vso | 20 | 11 | 15 | 19 | 24 |
| Deelnamepercentage vso | 3,1% | 3,1% | 3,2% | 3,3% | 3,4% |
| Vervolgplek na 1 jaar (vso/pro) | 85% | 78% | 79% | 80% | 81% |
# Bijlage 8 Verslag OOGO
Op 22 januari 2026 vond het op overeenstemming gericht overleg plaats tussen het samenwerkingsverband en de wethouders onderwijs en jeugd van de vijf gemeenten. Het concept-ondersteuningsplan is besproken. De gemeenten onderschrijven de ambities, in het bijzonder de aanpak van thuiszitters en de herstartplekken. Zij vragen aandacht voor het leerlingenvervoer naar de nevenvestiging in Dalmsveen. Partijen hebben overeenstemming bereikt over het plan. Er is geen gebruik gemaakt van de geschillenregeling.
# Bijlage 9 Instemming ondersteuningsplanraad
De ondersteuningsplanraad van het Samenwerkingsverband Passend Voortgezet Onderwijs IJssel-Vecht Midden heeft in zijn vergadering van 24 maart 2026 ingestemd met het ondersteuningsplan 2026-2030. De raad vraagt het bestuur om het geactualiseerde referentiekader basisondersteuning in het schooljaar 2026-2027 ter instemming voor te leggen.
# Bijlage 10 Reglement bezwaar toelaatbaarheid
Afzonderlijk document, te raadplegen op de website.
# Bijlage 11 Ouderwijzer passend onderwijs
Afzonderlijk document, te raadplegen op de website.
# Bijlage 12 Privacyreglement
Afzonderlijk document, te raadplegen op de website.
"""


# ============================================================================================
# Plan E - PO plan, concept version for the OPR (.docx)
# ============================================================================================
PLAN_E = r"""
[TITLE] CONCEPT Ondersteuningsplan 2026-2030
[TITLE] Samenwerkingsverband Primair Onderwijs De Waarden (PO 27-09)
Versie 0.8 ter bespreking in de ondersteuningsplanraad van 9 maart 2026. Niet verspreiden.
Wijzigingen ten opzichte van versie 0.7: hoofdstuk 4 herschreven, hoofdstuk 6 toegevoegd, financiële paragraaf aangevuld met verdeelsystematiek.
[PAGEBREAK]
[TOC]
# Voorwoord
Beste lezer,
Dit is het ondersteuningsplan van Samenwerkingsverband Primair Onderwijs De Waarden voor de periode 2026-2030. Het plan beschrijft hoe de scholen in de gemeenten Waardstede, Ammerveld en Lingehoeven samen zorgen voor passend onderwijs voor alle kinderen van 4 tot 13 jaar. Het is het derde plan van ons samenwerkingsverband, en het eerste dat is geschreven na de invoering van de Wet versterking positie ouders en leerlingen in het passend onderwijs.
De afgelopen jaren hebben we met elkaar veel geleerd. We hebben gezien dat scholen steeds beter in staat zijn om kinderen met een ondersteuningsbehoefte zelf te begeleiden. Tegelijk is het aantal kinderen in het speciaal onderwijs in onze regio licht gestegen, net als het aantal kinderen dat langere tijd niet naar school gaat. Dat vraagt om scherpe keuzes.
In dit plan kiezen we voor drie speerpunten: sterke basisondersteuning op elke school, een eenvoudiger toewijzing van middelen en een betere samenwerking met ouders. We danken iedereen die heeft meegedacht: intern begeleiders, directeuren, leerkrachten, ouders en onze partners bij de gemeenten.
Anja Verhoef, directeur-bestuurder
# 1 Inleiding
## 1.1 Status van dit document
Dit is een conceptversie. Na bespreking in de ondersteuningsplanraad (OPR) op 9 maart 2026 wordt het plan aangepast en op 23 maart 2026 ter instemming aan de OPR voorgelegd. Het algemeen bestuur stelt het plan daarna vast. Het plan wordt vóór 1 mei 2026 naar de inspectie gestuurd.
[Opmerking bureau: datum vaststelling algemeen bestuur nog bevestigen.]
## 1.2 Planperiode
Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Jaarlijks werken we het plan uit in een jaarplan met een jaarbegroting.
## 1.3 Leeswijzer
Hoofdstuk 2 beschrijft ons samenwerkingsverband. Hoofdstuk 3 gaat over onze visie. In de hoofdstukken 4 tot en met 9 beschrijven we de inhoud van passend onderwijs in De Waarden: basisondersteuning, het ondersteuningsaanbod, toelaatbaarheid, terugplaatsing, financiën, ouders en kwaliteit. Hoofdstuk 10 tot en met 12 gaan over de totstandkoming, de organisatie en de planning. Achter in het plan staat een lijst met afkortingen.
## 1.5 Relatie met andere documenten
Dit ondersteuningsplan beschrijft de hoofdlijnen voor vier jaar. Het plan wordt uitgewerkt in andere documenten:
- het jaarplan, waarin per schooljaar de activiteiten staan;
- de jaarbegroting en de meerjarenbegroting;
- het jaarverslag en de jaarrekening;
- het TLV-protocol;
- de schoolgidsen van de scholen, waarin de ondersteuning per school is beschreven;
- het privacyreglement en het reglement van de OPR.
## 1.4 Wettelijk kader
Het ondersteuningsplan is gebaseerd op artikel 18a van de Wet op het primair onderwijs. Daarin staat welke onderwerpen het plan ten minste moet bevatten. Sinds de vorige planperiode zijn enkele wettelijke wijzigingen van kracht geworden of in voorbereiding:
- de Wet versterking positie ouders en leerlingen in het passend onderwijs, met onder meer het hoorrecht voor leerlingen bij het ontwikkelingsperspectief, de opname van het ondersteuningsaanbod in de schoolgids en een ouder- en jeugdsteunpunt per samenwerkingsverband;
- de Wet vereenvoudiging bekostiging primair onderwijs, waardoor de teldatum is verschoven en de berekening van de ondersteuningsmiddelen is gewijzigd;
- de voorbereiding van een landelijke norm voor de basisondersteuning, waarover het kabinet in 2025 een advies heeft ontvangen.
Waar de wet gedurende de planperiode wijzigt, passen wij het plan aan via een voortgangsparagraaf, na instemming van de OPR.
# 2 Ons samenwerkingsverband
## 2.1 Besturen en scholen
Samenwerkingsverband De Waarden is een vereniging van zes schoolbesturen. Samen hebben zij 42 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Wilg in Waardstede en sbo De Uiterwaard in Lingehoeven) en één school voor speciaal onderwijs cluster 4 (De Rietkraag in Ammerveld). Daarnaast zijn de so-scholen voor cluster 3 in de regio aangesloten met een nevenvestiging in Waardstede.
| Bestuur | Aantal scholen | Leerlingen (1-10-2025) |
| Stichting Openbaar Primair Onderwijs Waardstede | 14 | 3.410 |
| Stichting Katholiek Onderwijs De Waarden | 11 | 2.560 |
| Vereniging Protestants-Christelijk Onderwijs Lingehoeven | 9 | 1.980 |
| Stichting Samen Leren Ammerveld | 6 | 1.240 |
| Stichting Sbo en So Rivierland | 3 | 402 |
| Stichting Vrije School Waardstede | 2 | 310 |
## 2.2 Kengetallen
Op 1 oktober 2025 telde het samenwerkingsverband 9.902 leerlingen. Het deelnamepercentage sbo bedroeg 2,1% en het deelnamepercentage so 1,6%. Het leerlingenaantal daalt naar verwachting met ongeveer 1,5% per jaar tot 2030, vooral in de kleinere kernen van Ammerveld.
## 2.3 Terugblik 2022-2026
In de vorige planperiode lag de nadruk op het versterken van de ondersteuningsstructuur in de scholen en op de afbouw van de reserves. Uit de jaarverslagen 2022 tot en met 2025 blijkt dat het aantal afgegeven toelaatbaarheidsverklaringen voor het sbo daalde van 71 naar 58 per jaar, terwijl het aantal toelaatbaarheidsverklaringen voor het so steeg van 39 naar 47. Het aantal kinderen dat vanuit het sbo terugkeerde naar het basisonderwijs lag stabiel op ongeveer twaalf per jaar. De reserves zijn afgebouwd van € 2,9 miljoen naar € 1,2 miljoen.
De tevredenheidspeiling van 2025 liet zien dat scholen tevreden zijn over de snelheid en de deskundigheid van het Onderwijsloket (gemiddeld 7,8). Ouders waardeerden de informatievoorziening met een 6,7; zij gaven aan dat de website onoverzichtelijk was en dat zij niet altijd wisten bij wie zij terechtkonden. Deze uitkomst is een belangrijke reden voor het speerpunt 'ouders als volwaardige partner' in dit plan.
De externe evaluatie van de vorige planperiode, uitgevoerd in het voorjaar van 2025, concludeerde dat de samenwerking tussen de besturen is verbeterd, maar dat de afspraken over de basisondersteuning op veel scholen nog onvoldoende zichtbaar zijn in de praktijk. De evaluatoren adviseerden om meer te sturen op doelen en minder op activiteiten, en om de verdeling van middelen te vereenvoudigen. Beide adviezen hebben wij overgenomen.
## 2.4 Ontwikkelingen in de regio
De regio De Waarden kent een gemengd karakter. Waardstede is een middelgrote stad met een groeiende wijk aan de oostkant, waar de komende jaren twee nieuwe scholen worden gebouwd. Ammerveld en Lingehoeven bestaan uit een groot aantal kleine kernen, waar het aantal leerlingen daalt en scholen kleiner worden. Drie scholen in Ammerveld hebben minder dan honderd leerlingen.
Net als elders in het land kampen de scholen met een tekort aan leerkrachten en intern begeleiders. In het schooljaar 2025-2026 stonden bij de aangesloten besturen gemiddeld veertien vacatures open. Dat heeft gevolgen voor de ondersteuning in de klas: leerkrachten hebben minder ruimte om te differentiëren en intern begeleiders worden vaker ingezet voor vervanging.
Tegelijk zien wij dat de ondersteuningsvragen complexer worden. Scholen melden vaker kinderen met ernstige gedragsproblemen, kinderen met een taalachterstand en kinderen uit gezinnen met meervoudige problemen. Deze ontwikkelingen vragen om een samenwerkingsverband dat scholen goed ondersteunt en om besturen die samen verantwoordelijkheid nemen.
# 3 Visie en missie
## 3.1 Missie
Ieder kind in De Waarden gaat naar een school waar het zich kan ontwikkelen, bij voorkeur dicht bij huis en samen met kinderen uit de buurt.
## 3.2 Visie
Wij geloven dat kinderen het meest leren als school, ouders en het kind samen optrekken. Wij kijken naar wat een kind nodig heeft en niet naar wat het niet kan. Leerkrachten staan er niet alleen voor: zij worden ondersteund door intern begeleiders, specialisten van het samenwerkingsverband en partners in de wijk.
Wij vinden dat middelen voor ondersteuning zo dicht mogelijk bij het kind moeten worden ingezet. Daarom krijgen de scholen en besturen het grootste deel van het geld rechtstreeks en houdt het samenwerkingsverband zelf alleen middelen achter voor taken die scholen niet alleen kunnen uitvoeren.
## 3.3 Speerpunten 2026-2030
- Basisondersteuning op orde op elke school.
- Eenvoudiger en snellere toewijzing van middelen.
- Ouders als volwaardige partner.
[Opmerking werkgroep: vierde speerpunt over thuiszitters toevoegen? Bespreken in OPR.]
## 3.4 Kernwaarden
In ons werk laten wij ons leiden door vier kernwaarden.
- Vertrouwen: wij gaan ervan uit dat scholen en ouders het beste willen voor het kind en geven hun de ruimte.
- Eigenaarschap: besturen zijn zelf verantwoordelijk voor de ondersteuning op hun scholen en spreken elkaar daarop aan.
- Transparantie: wij zijn open over onze keuzes, onze middelen en onze resultaten.
- Eenvoud: wij houden procedures zo eenvoudig mogelijk en vragen scholen niet meer dan nodig is.
[Opmerking OPR-lid: 'eenvoud' botst soms met zorgvuldigheid. Graag toelichting in de vergadering.]
# 4 Basisondersteuning
## 4.1 Wat verstaan wij onder basisondersteuning?
Alle scholen in De Waarden bieden ten minste het afgesproken niveau van basisondersteuning. Dat niveau is het gemeenschappelijke minimum voor elke school en elke vestiging in het samenwerkingsverband. De besturen hebben hierover in 2024 afspraken gemaakt.
Wij sluiten aan bij de vier aspecten uit het Referentiekader passend onderwijs: basiskwaliteit zoals vastgesteld door de inspectie, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur van de school en planmatig werken volgens de cyclus van handelingsgericht werken.
## 4.2 Invulling per school
Wat de basisondersteuning op een school concreet inhoudt, beschrijft de school in de schoolgids. Een lijst van voorzieningen die op alle scholen van De Waarden aanwezig moeten zijn, stellen wij op zodra de landelijke norm voor basisondersteuning definitief is vastgesteld. Tot die tijd blijven de huidige afspraken van kracht.
[Opmerking OPR-lid: kan hier een voorbeeld bij van wat ouders mogen verwachten? Reactie bureau: komt in de publieksversie.]
# 5 Ondersteuningsaanbod en dekkend aanbod
[Hoofdstuk in voorbereiding. De werkgroep Dekkend aanbod levert de tekst eind maart aan. Onderwerpen: arrangementen, bovenschoolse voorzieningen, thuiszitters, hoogbegaafdheid, jonge risicoleerlingen.]
# 6 Toelaatbaarheid sbo en so
Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het speciaal onderwijs. Het TLV-protocol wordt op dit moment herzien naar aanleiding van de evaluatie van 2025. Het herziene protocol wordt na vaststelling door het algemeen bestuur als bijlage aan dit plan toegevoegd.
[p.m. tekst over deskundigenadvies, duur en bezwaar, afstemmen met jurist]
# 7 Terugplaatsing
## 7.1 Werkwijze
Voor kinderen in het sbo en so volgt de school jaarlijks het ontwikkelingsperspectief. De terugplaatsing verloopt in de volgende stappen:
- In de periode november tot en met januari bespreekt de sbo- of so-school in de jaarlijkse evaluatie van het ontwikkelingsperspectief met de ouders of terugplaatsing naar het basisonderwijs haalbaar is.
- Is dat het geval, dan meldt de sbo- of so-school het kind vóór 1 maart aan bij het Onderwijsloket van het samenwerkingsverband.
- Het Onderwijsloket organiseert binnen vier weken een overdrachtsgesprek met de ouders, de huidige school en de beoogde basisschool.
- De beoogde basisschool besluit binnen zes weken na het overdrachtsgesprek over de inschrijving.
- Loopt de TLV af en is terugplaatsing niet haalbaar, dan volgt de route voor een nieuwe TLV zoals die in het TLV-protocol wordt beschreven.
- Het kind start op de nieuwe school bij voorkeur na de zomervakantie. Het Onderwijsloket neemt na drie maanden contact op met de school en de ouders om te horen hoe het gaat.
## 7.2 Beleid
Het beleid ten aanzien van terugplaatsing, zoals de uitgangspunten, de voorwaarden en de ondersteuning na de overstap, wordt in het schooljaar 2026-2027 samen met de sbo- en so-scholen opgesteld.
# 8 Financiën
## 8.1 Inkomsten
Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De bekostiging van het so wordt door DUO rechtstreeks ingehouden op de middelen voor zware ondersteuning. Voor het sbo draagt het samenwerkingsverband middelen over aan de sbo-scholen boven de 2%-grens, op basis van de teldatum 1 oktober en de peildatum 1 februari voor de groeibekostiging.
## 8.2 Verdeelsystematiek
De verdeling van de middelen is als volgt geregeld:
- Elk bestuur ontvangt een ondersteuningsbudget van € 148 per leerling, op basis van het aantal leerlingen op 1 oktober van het voorafgaande jaar.
- Daarnaast ontvangt elk bestuur een vaste voet van € 8.000 per school, om te voorkomen dat kleine scholen in de kernen onvoldoende middelen hebben.
- Voor een kind met een ondersteuningsbehoefte die de mogelijkheden van het ondersteuningsbudget duidelijk overstijgt, kan het bestuur een aanvullende toekenning aanvragen bij het Onderwijsloket. De aanvraag wordt beoordeeld aan de hand van het ontwikkelingsperspectief en het advies van de orthopedagoog van het Onderwijsloket. Het Onderwijsloket beslist binnen vier weken; het maximum is € 9.000 per kind per schooljaar.
- Het algemeen bestuur stelt de bedragen jaarlijks in november vast, na advies van het directeurenoverleg.
## 8.3 Meerjarenbegroting
[p.m. Meerjarenbegroting 2026-2029 invoegen na vaststelling van de begroting 2026 door het algemeen bestuur in december.]
## 8.4 Reserves
Het samenwerkingsverband houdt een weerstandsvermogen aan van ten hoogste 5% van de totale baten. Eind 2025 bedroeg de algemene reserve € 1,2 miljoen.
## 8.5 Verantwoording
De besturen verantwoorden jaarlijks in hun jaarverslag de inzet van het ondersteuningsbudget. Het samenwerkingsverband stelt daarvoor een vast format beschikbaar.
# 9 Ouders
## 9.1 Informatie voor ouders
Ouders kunnen op verschillende manieren informatie krijgen over de ondersteuning die scholen en het samenwerkingsverband bieden:
- de website van het samenwerkingsverband, met een aparte pagina voor ouders waarop de routes naar ondersteuning, het sbo en het so worden uitgelegd;
- de ouderfolder Passend onderwijs in De Waarden, die alle ouders ontvangen bij de inschrijving op de basisschool;
- de schoolgids van elke school, waarin staat welke ondersteuning de school biedt;
- twee ouderavonden per jaar, georganiseerd door het samenwerkingsverband samen met de ouderraden;
- een vast aanspreekpunt voor ouders bij het Onderwijsloket, bereikbaar op maandag, dinsdag en donderdag.
## 9.2 Onafhankelijke ondersteuning
Ouders die behoefte hebben aan onafhankelijk advies, kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenland Zuid. Dit steunpunt is onafhankelijk van scholen en samenwerkingsverband, informeert ouders over hun rechten en kan bemiddelen bij een verschil van inzicht. Het steunpunt is bereikbaar via telefoon, e-mail en WhatsApp. Daarnaast kunnen ouders gratis contact opnemen met de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders terecht bij de Geschillencommissie passend onderwijs.
## 9.3 Ouders als partner
Ouders zijn de eerste deskundigen van hun kind. Daarom worden zij betrokken bij het opstellen van het ontwikkelingsperspectief en bij besprekingen in het ondersteuningsteam van de school. In de OPR zijn zes ouders vertegenwoordigd.
# 10 Kwaliteit en resultaten
## 10.1 Beoogde resultaten
De beoogde resultaten voor de planperiode worden geformuleerd nadat in het najaar van 2026 de nulmeting is afgerond. Zij worden opgenomen in het jaarplan 2027.
## 10.2 Monitoring
Het samenwerkingsverband volgt de ontwikkeling van passend onderwijs in De Waarden met een vaste set kengetallen: het deelnamepercentage sbo en so op 1 oktober, het aantal afgegeven toelaatbaarheidsverklaringen, het aantal aanvullende toekenningen, het aantal terugplaatsingen, de doorlooptijd van aanvragen bij het Onderwijsloket en de tevredenheid van scholen en ouders. De gegevens worden verzameld uit de leerlingadministratie, de registratie van het Onderwijsloket en een tweejaarlijkse tevredenheidspeiling.
De kengetallen worden twee keer per jaar besproken in het directeurenoverleg en in het algemeen bestuur, en jaarlijks in de OPR. In het jaarverslag rapporteren we de bereikte resultaten, afgezet tegen het landelijk gemiddelde en tegen de ingezette middelen. In het voorjaar van 2028 laat het samenwerkingsverband een tussentijdse evaluatie uitvoeren.
# 11 Totstandkoming
## 11.1 Werkwijze
Het plan is opgesteld door het bureau van het samenwerkingsverband, met input uit drie werkgroepen (basisondersteuning, financiën, ouders) en twee bijeenkomsten met intern begeleiders.
De werkgroepen bestonden uit directeuren, intern begeleiders, leerkrachten, ouders en een medewerker van het bureau. Zij kwamen tussen september 2025 en januari 2026 ieder vier keer bijeen. Daarnaast is in november 2025 een digitale vragenlijst uitgezet onder alle ouders van kinderen met een ontwikkelingsperspectief; 412 ouders hebben de vragenlijst ingevuld. De uitkomsten zijn verwerkt in de hoofdstukken over ouders en over basisondersteuning.
De eerste versie van het plan is in december 2025 besproken in het directeurenoverleg en in januari 2026 in het algemeen bestuur. Naar aanleiding daarvan zijn de paragrafen over de verdeling van middelen en over terugplaatsing herschreven.
## 11.2 OOGO en overleg
Het concept is op 3 februari 2026 besproken in het op overeenstemming gericht overleg met de wethouders van Waardstede, Ammerveld en Lingehoeven. [Verslag OOGO nog toevoegen.] Het overleg met het samenwerkingsverband voortgezet onderwijs vond plaats op 12 februari 2026.
## 11.3 Instemming OPR
De OPR bespreekt het concept op 9 maart 2026 en wordt op 23 maart 2026 om instemming gevraagd.
# 12 Organisatie
## 12.1 Bestuur en toezicht
Het samenwerkingsverband is een vereniging. Het algemeen bestuur bestaat uit de bestuurders van de zes aangesloten besturen en houdt toezicht. De directeur-bestuurder is verantwoordelijk voor het beleid en de uitvoering.
## 12.2 Personeel
Het bureau van het samenwerkingsverband telt 9,6 fte: de directeur-bestuurder, een beleidsmedewerker, een controller, drie orthopedagogen van het Onderwijsloket, twee consulenten en een secretaresse. Het samenwerkingsverband investeert in de professionalisering van intern begeleiders met een jaarlijks scholingsaanbod en een netwerk van intern begeleiders dat vier keer per jaar bijeenkomt.
Het netwerk van intern begeleiders is de afgelopen jaren uitgegroeid tot een belangrijke plek voor kennisdeling. Intern begeleiders bespreken er casussen, leren van elkaars aanpak en houden elkaar op de hoogte van nieuwe ontwikkelingen. Vanaf 2026 organiseren wij daarnaast een leergang voor startende intern begeleiders en een intervisiegroep voor directeuren van kleine scholen. Medewerkers van het bureau volgen jaarlijks scholing op het gebied van wet- en regelgeving, gespreksvoering en privacy. Het samenwerkingsverband werkt voor de scholing samen met de pabo in Waardstede.
## 12.3 Privacy
Het samenwerkingsverband verwerkt persoonsgegevens van kinderen zorgvuldig en volgens de AVG. Dossiers worden bewaard tot drie jaar na het laatste besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming.
## 12.4 ICT
Aanvragen bij het Onderwijsloket worden ingediend via een beveiligd digitaal systeem. In 2026 wordt het systeem vervangen.
## 12.5 Governance
Het samenwerkingsverband hanteert de Code Goed Bestuur in het primair onderwijs. Bestuur en toezicht zijn gescheiden volgens het zogenoemde one-tier-model: binnen het algemeen bestuur houden de bestuurders van de aangesloten besturen toezicht op de directeur-bestuurder, die het bestuur uitvoert. De taken en bevoegdheden zijn vastgelegd in de statuten en het bestuursreglement. Het algemeen bestuur evalueert jaarlijks zijn eigen functioneren, eens in de twee jaar onder externe begeleiding.
Het algemeen bestuur vergadert zes keer per jaar. Het directeurenoverleg, waarin een directeur namens ieder bestuur zitting heeft, adviseert het algemeen bestuur over de uitvoering van het beleid en bereidt de besluitvorming voor.
## 12.6 Medezeggenschap
De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert vijf keer per jaar en wordt ondersteund door een ambtelijk secretaris. Het bureau van het samenwerkingsverband heeft een eigen personeelsvertegenwoordiging.
## 12.7 Communicatie met scholen
Het samenwerkingsverband informeert scholen via een maandelijkse nieuwsbrief, het netwerk van intern begeleiders en het directeurenoverleg. Twee keer per jaar organiseert het samenwerkingsverband een studiemiddag voor alle intern begeleiders en directeuren, waarin een actueel thema centraal staat, zoals het werken met het ontwikkelingsperspectief of het voeren van gesprekken met ouders.
## 12.8 Huisvesting en bedrijfsvoering
Het bureau is gevestigd in het Onderwijshuis in Waardstede, samen met het samenwerkingsverband voortgezet onderwijs en de leerplichtdienst. De financiële administratie is uitbesteed aan een administratiekantoor. De jaarrekening wordt gecontroleerd door een externe accountant.
# 13 Planning
| Schooljaar | Activiteiten |
| 2026-2027 | Nulmeting en beoogde resultaten; beleid terugplaatsing; herzien TLV-protocol |
| 2027-2028 | Lijst voorzieningen basisondersteuning na landelijke norm |
| 2028-2029 | Tussentijdse evaluatie |
| 2029-2030 | Nieuw ondersteuningsplan |
# Afkortingenlijst
| Afkorting | Betekenis |
| AVG | Algemene verordening gegevensbescherming |
| OJSP | Ouder- en jeugdsteunpunt |
| OOGO | Op overeenstemming gericht overleg |
| OPP | Ontwikkelingsperspectief |
| OPR | Ondersteuningsplanraad |
| Sbo | Speciaal basisonderwijs |
| So | Speciaal onderwijs |
| SOP | Schoolondersteuningsprofiel |
| TLV | Toelaatbaarheidsverklaring |
"""


# ============================================================================================
# Near miss - a VO school's own ondersteuningsplan / schoolondersteuningsprofiel (.docx)
# ============================================================================================
NEARMISS = r"""
[TITLE] Ondersteuningsplan Het Baken College 2025-2026
[TITLE] Schoolondersteuningsprofiel en zorgstructuur | vmbo-bb, vmbo-kb, vmbo-gl/tl met lwoo
Het Baken College, Lekkerveld | onderdeel van Stichting Vakcollege Lekkerveld | aangesloten bij Samenwerkingsverband VO Lek en Merwede
Vastgesteld door de schoolleiding op 2 september 2025, na advies van de medezeggenschapsraad.
[TOC]
# 1 Inleiding
Dit ondersteuningsplan beschrijft hoe Het Baken College leerlingen begeleidt die extra ondersteuning nodig hebben. Het plan is tegelijk ons schoolondersteuningsprofiel: het laat zien welke basisondersteuning en welke extra ondersteuning onze school biedt. Het plan wordt elk schooljaar geactualiseerd en is gebaseerd op het ondersteuningsplan van het samenwerkingsverband, waarin de afspraken tussen alle scholen in de regio staan.
Het Baken College is een vmbo-school met ongeveer 780 leerlingen, van wie 312 met leerwegondersteunend onderwijs. Wij bieden de basisberoepsgerichte, de kaderberoepsgerichte en de gemengde/theoretische leerweg aan, met de profielen Zorg en welzijn, Bouwen wonen en interieur, Produceren installeren en energie, en Economie en ondernemen.
# 2 Onze visie op begeleiding
Wij geloven dat iedere leerling talenten heeft. Onze taak is die talenten zichtbaar te maken. Dat doen we in kleine klassen, met vaste mentoren en met veel praktijk. Leerlingen leren bij ons door te doen. Wij werken handelingsgericht: we kijken naar wat een leerling nodig heeft en stemmen ons onderwijs daarop af.
Ouders zijn voor ons belangrijke partners. Zij kennen hun kind het best. Daarom nodigen wij ouders uit voor een kennismakingsgesprek bij de start en voor driehoeksgesprekken met mentor en leerling, drie keer per jaar.
# 3 Basisondersteuning op Het Baken College
Op onze school bieden wij de basisondersteuning zoals die in het samenwerkingsverband is afgesproken, aangevuld met een aantal eigen voorzieningen:
- een mentor per klas met twee mentoruren per week in leerjaar 1 en 2;
- een ondersteuningscoördinator (0,8 fte) en een zorgcoördinator onderbouw;
- een dyslexie- en dyscalculieprotocol met voorleessoftware en extra tijd;
- trainingen sociale vaardigheden, faalangstreductie en Rots en Water;
- huiswerkbegeleiding op maandag tot en met donderdag tot 16.00 uur;
- een Time-in-lokaal met vaste begeleider gedurende de hele schooldag;
- een zorg- en adviesteam (ZAT) dat zes keer per jaar bijeenkomt met jeugdarts, leerplicht en schoolmaatschappelijk werk.
# 4 Leerwegondersteunend onderwijs
Leerlingen met een aanwijzing lwoo krijgen bij ons les in klassen van maximaal zestien leerlingen. Zij hebben extra uren voor Nederlands en rekenen en een vaste coach. De aanwijzing lwoo wordt aangevraagd bij het samenwerkingsverband op basis van het onderwijskundig rapport van de basisschool. Onze school verzorgt de aanvraag na de aanmelding; ouders hoeven daar zelf niets voor te doen.
# 5 Extra ondersteuning
## 5.1 Trajectklas
In de trajectklas volgen maximaal twaalf leerlingen tijdelijk een deel van hun lessen in een kleine groep. Het doel is terugkeer naar de eigen klas binnen tien weken. De trajectklas wordt bekostigd uit het schoolbudget dat onze stichting van het samenwerkingsverband ontvangt.
## 5.2 Ontwikkelingsperspectief
Voor iedere leerling die extra ondersteuning krijgt, stellen wij een ontwikkelingsperspectief (OPP) op. Het OPP wordt twee keer per jaar met de leerling en de ouders geëvalueerd. Leerlingen hebben hoorrecht: hun mening wordt in het OPP vastgelegd.
## 5.3 Verwijzing naar OPDC of vso
Als de ondersteuning op onze school niet voldoende is, bespreken wij met ouders een plaatsing in het OPDC De Brug of een aanvraag voor een toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs. De aanvraag loopt via het samenwerkingsverband; de Commissie Toelaatbaarheid van het samenwerkingsverband beslist. Onze ondersteuningscoördinator begeleidt ouders bij de aanvraag.
## 5.4 Leerlingen die terugkomen uit het vso of het OPDC
Wij ontvangen ook leerlingen die vanuit het vso of het OPDC terugkeren naar het regulier onderwijs. Zij krijgen bij ons een vaste coach en starten met een aangepast rooster. De ondersteuningscoördinator houdt de eerste drie maanden wekelijks contact met de leerling en maandelijks met de ouders.
# 6 Grenzen aan onze ondersteuning
Wij kunnen niet alles bieden. Leerlingen die structureel een één-op-één-begeleiding nodig hebben, leerlingen met ernstige agressieproblematiek en leerlingen die intensieve medische zorg nodig hebben gedurende de hele schooldag, kunnen wij niet passend begeleiden. Bij de aanmelding van deze leerlingen zoeken wij samen met ouders en het samenwerkingsverband naar een school die wel passend onderwijs kan bieden. Dat is onze zorgplicht.
# 7 Aanmelding en toelating
Ouders melden hun kind aan vóór 1 maart. Als een leerling extra ondersteuning nodig heeft, onderzoeken wij binnen zes weken of wij die kunnen bieden. Die termijn kan met vier weken worden verlengd. Wij vragen ouders om bij de aanmelding aan te geven of hun kind extra ondersteuning nodig heeft.
# 8 Communicatie met ouders
Ouders kunnen via de ouderportal van Magister de resultaten en de aanwezigheid van hun kind volgen. De mentor is het eerste aanspreekpunt. Wij informeren ouders over de ondersteuning op school via deze schoolgids, de website en de informatieavond in september. Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Klachten behandelen wij volgens de klachtenregeling van de stichting.
# 9 Middelen
Onze stichting ontvangt van het samenwerkingsverband de lwoo-middelen en een schoolbudget voor extra ondersteuning. In 2025 bedroeg het schoolbudget voor Het Baken College € 153.700. Dit bedrag besteden wij aan de trajectklas (€ 82.000), de inzet van de ondersteuningscoördinator (€ 51.000) en trainingen (€ 20.700).
# 10 Evaluatie
Wij evalueren de ondersteuning jaarlijks in juni. In 2024-2025 stroomden 19 van de 21 leerlingen uit de trajectklas terug naar de eigen klas. Het percentage leerlingen met lwoo dat een diploma haalde, was 96%. In 2025-2026 willen wij het aantal leerlingen dat de Time-in gebruikt met 20% verminderen.
# 11 Contact
Ondersteuningscoördinator: mevrouw S. de Graaf, bereikbaar via de administratie van Het Baken College.
"""


# ============================================================================================
# labels
# ============================================================================================
def crit(**kw):
    out = {c: False for c in CORE}
    for k, v in kw.items():
        key = k.replace("__", ".").replace("dekkend_aanbod", "dekkend-aanbod")
        assert key in out, key
        out[key] = v
    return out


LABELS = {
    "A": dict(
        crit=crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=True,
                  plaatsing__procedure=True, plaatsing__criteria=True,
                  terugstroom__procedure=False, terugstroom__beleid=True,
                  financien__verdeling=True, financien__besteding=True,
                  dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=True,
                  resultaten__doelen=False, resultaten__monitoring=False,
                  ouders__informatie=True, ouders__steunpunt=True),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Art. 4.1 defines the agreed minimum for every vestiging, art. 4.2 lists ten concrete voorzieningen; art. 4.3 borging via schoolgids and verbeterplan.",
            "plaatsing": "Art. 5.1-5.6 (TLV vso, pro, lwoo): applicant, dossier, CvT within 6 weeks, two separate deskundigen, cumulative criteria, categories, duration, bezwaar via LBT.",
            "terugstroom": "Only inside the TLV chapter, art. 5.7: aims, conditions and terugplaatsingsarrangement (EUR 4.500) = beleid; steps/termijnen/roles deferred to a protocol 'in de loop van 2026-2027' -> procedure not addressed.",
            "financien": "Hoofdstuk 8 'Middelen': art. 8.2 verdeling (vaste voet EUR 25.000, EUR 165 per leerling, arrangementen max EUR 12.000), art. 8.3 meerjarenbegroting table 2026-2029, reserves 8.4, verantwoording 8.5.",
            "dekkend-aanbod": "Hoofdstuk 3: five niveaus, OPDC/rebound/ISK table (continuum); art. 3.3 zorgplicht, casustafel, thuiszittersoverleg, doorzettingsmacht, witte-vlekkenanalyse with dated actions (lacunes); hoofdstuk 7 OOGO themes.",
            "resultaten": "Hoofdstuk 9 'Kwaliteitszorg' only defers: beoogde resultaten to jaarplan 2026-2027, monitoring to a future Kwaliteitshandboek; voorwoord 'resultaten bemoedigend' and begrippenlijst are passing/glossary only.",
            "ouders": "Art. 6.1 channels (ouderpagina, brochure in 4 languages, info evening, schoolgids, Loket), art. 6.2 OJSP Rivierenland, Onderwijsconsulenten, Geschillencommissie; art. 6.3 hoorrecht/OPR.",
        }),
    "B": dict(
        crit=crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=False,
                  plaatsing__procedure=True, plaatsing__criteria=True,
                  terugstroom__procedure=True, terugstroom__beleid=True,
                  financien__verdeling=False, financien__besteding=True,
                  dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=True,
                  resultaten__doelen=True, resultaten__monitoring=True,
                  ouders__informatie=True, ouders__steunpunt=False),
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 'Basisondersteuning' states the agreed minimum for every vestiging (Kwaliteitskader 2025) but the voorzieningen are only on the 'Kaart Basisondersteuning' on the website -> inhoud not addressed.",
            "plaatsing": "Mostly in tables: 'Praktijkonderwijs en lwoo' (criteria incl. own lwoo criteria, applicant, Commissie Toewijzing, termijnen), 'Route naar het vso' steps, criteria table, 'Duur en categorie', 'Bezwaar'.",
            "terugstroom": "'Na de TLV: terug naar regulier': policy + conditions table + overstaparrangement (beleid) and timeline table February/1 March/May/1 August with actors (procedure); 'Cijfers' 19 -> 30.",
            "financien": "'Geld': begroting 2026-2029 table with amounts (besteding); 'Verdeelmodel' only says the model is being re-calibrated and the old one stays in force, without describing it -> verdeling not addressed.",
            "dekkend-aanbod": "'Hoe ons aanbod is opgebouwd' five-layer table, OPDC/rebound table, ISK/HB, po-vo-mbo (continuum); 'Geen kind thuis' thuiszitterstafel, doorzettingsmacht, zorgplicht, witte vlekken 2026 (lacunes).",
            "resultaten": "'Onze ambities in cijfers': indicator table with nulmeting and streefwaarde 2030 (doelen); 'Hoe we het volgen': quarterly dashboard, jaarverslag, peiling, mid-term evaluation 2028 (monitoring).",
            "ouders": "'Zo houden we u op de hoogte' channel table (informatie); 'Onafhankelijk steunpunt' says the OJSP is still being set up and details will follow -> steunpunt not addressed (TLV bezwaar is plaatsing, not independent help).",
        }),
    "C": dict(
        crit=crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=True,
                  plaatsing__procedure=True, plaatsing__criteria=False,
                  terugstroom__procedure=False, terugstroom__beleid=False,
                  financien__verdeling=False, financien__besteding=False,
                  dekkend_aanbod__continuum=True, dekkend_aanbod__lacunes=False,
                  resultaten__doelen=True, resultaten__monitoring=False,
                  ouders__informatie=True, ouders__steunpunt=True),
        advisory={"plaatsing": ["deskundigen", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Wat krijgt elke leerling op elke school?': all schools agreed a minimum for every vestiging, followed by a nine-item list of voorzieningen.",
            "plaatsing": "'Hoe komt uw kind op het vso?': five steps, two experts, Commissie within 6 weeks, pro/lwoo by 1 May, bezwaar; the decision rules are only referred to the Reglement Toelaatbaarheid / website and 'landelijk vastgelegd' -> criteria not addressed.",
            "terugstroom": "Nothing: only the woordenlijst defines terugplaatsing; the Time-Out/OPDC return sentences concern bovenschoolse voorzieningen, not vso.",
            "financien": "'Geld' only says the verdeling and spending are in the jaarplan/begroting on the website (reference); 'De school krijgt daarvoor geld' in Trede 1 and 'Verdeelmodel' in the woordenlijst are passing/glossary.",
            "dekkend-aanbod": "'Wat als uw kind meer nodig heeft?' describes the trap (school, OPDC De Overstap, Time-Out, pro/lwoo, vso, ISK, overstap) = continuum; no approach to gaps, thuiszitters or zorgplicht (only OOGO topic list and woordenlijst) -> lacunes not addressed.",
            "resultaten": "'Wat willen we bereiken?' lists five 2030 targets with numbers; how they are tracked is deferred ('spreken we in het eerste jaar af') -> monitoring not addressed.",
            "ouders": "Found under 'Communicatie: zo houden we u op de hoogte': ouderpagina, folder in 4 languages, info evenings, Ouderloket; OJSP Noorderzand, Onderwijsconsulenten, Geschillencommissie, klachtenregeling.",
        }),
    "D": dict(
        crit=crit(basisondersteuning__niveau=False, basisondersteuning__inhoud=False,
                  plaatsing__procedure=True, plaatsing__criteria=True,
                  terugstroom__procedure=True, terugstroom__beleid=True,
                  financien__verdeling=True, financien__besteding=True,
                  dekkend_aanbod__continuum=False, dekkend_aanbod__lacunes=True,
                  resultaten__doelen=True, resultaten__monitoring=True,
                  ouders__informatie=False, ouders__steunpunt=False),
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Chapter 5 only refers to the referentiekader in bijlage 4, which is a separate document not in the input, and defers its update to 2026-2027; the definition appears only in bijlage 1 (begrippen) and the samenvatting.",
            "plaatsing": "Chapter 7 refers to bijlage 2 and 3, which ARE included: applicant, dossier, two named deskundigen, CvT within 6 weeks, criteria B2.3, duration/categories B2.4, pro/lwoo B3; bezwaar only referred to bijlage 10 (separate).",
            "terugstroom": "Hidden in bijlage 2 (TLV procedure), B2.5: aim and conditions (beleid), yearly January evaluation, 1 March notification, trajectbegeleider, CvT before 1 June, arrangement EUR 5.000 with evaluations (procedure).",
            "financien": "Chapter 11: schoolmodel with EUR 190 per leerling, vaste voet EUR 30.000, arrangements via Loket max EUR 15.000, groeibekostiging; meerjarenbegroting table in bijlage 5; reserves 11.4; verantwoording 11.5.",
            "dekkend-aanbod": "Chapter 6: yearly netwerkanalyse, knelpunten with measures/owners/dates, thuiszittersaanpak with doorzettingsmacht, zorgplicht (lacunes); the set of voorzieningen itself is only referred to the sociale kaart (bijlage 6, separate) -> continuum not addressed.",
            "resultaten": "Chapter 2.2 achieved results with figures, chapter 10.1 indicator table with 2030 targets, 10.2 Monitor Passend Onderwijs / jaarverslag / 2028 evaluation, bijlage 7 monitor table.",
            "ouders": "Nothing: 8.2 only refers to the Ouderwijzer (bijlage 11, separate) and defers the OJSP to the jaarplan 2026-2027; OJSP appears only in bijlage 1 (afkortingen).",
        }),
    "E": dict(
        crit=crit(basisondersteuning__niveau=True, basisondersteuning__inhoud=False,
                  plaatsing__procedure=False, plaatsing__criteria=False,
                  terugstroom__procedure=True, terugstroom__beleid=False,
                  financien__verdeling=True, financien__besteding=False,
                  dekkend_aanbod__continuum=False, dekkend_aanbod__lacunes=False,
                  resultaten__doelen=False, resultaten__monitoring=True,
                  ouders__informatie=True, ouders__steunpunt=True),
        advisory={"financien": ["reserves", "verantwoording"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "4.1 sets the common minimum for every school/vestiging via the four Referentiekader aspects; 4.2 leaves the concrete content to each schoolgids and defers a SWV-wide list until the landelijke norm -> inhoud not addressed.",
            "plaatsing": "Chapter 6 'Toelaatbaarheid sbo en so' only says the TLV-protocol is being revised and will be added after adoption, plus a '[p.m.]' placeholder; TLV counts in 2.3/10.2 are passing.",
            "terugstroom": "7.1 'Werkwijze' gives steps (Nov-Jan evaluation, 1 March notification to Onderwijsloket, overdrachtsgesprek within 4 weeks, decision within 6 weeks, 3-month check) = procedure; 7.2 defers aims, conditions and support after return to 2026-2027 -> beleid not addressed.",
            "financien": "8.2 'Verdeelsystematiek' (EUR 148 per leerling, vaste voet EUR 8.000, aanvullende toekenning max EUR 9.000, yearly in November); 8.3 meerjarenbegroting is a '[p.m. ... invoegen]' placeholder -> besteding not addressed; reserves 8.4, verantwoording 8.5.",
            "dekkend-aanbod": "Chapter 5 is a placeholder '[Hoofdstuk in voorbereiding ...]'; OOGO (11.2) is only a date; the member-school list in 2.1 and voorwoord mentions are not content.",
            "resultaten": "10.1 defers beoogde resultaten until after the autumn 2026 nulmeting; 10.2 describes the kengetallen, sources, twice-yearly discussion, jaarverslag and 2028 evaluation = monitoring.",
            "ouders": "9.1 website page, folder at enrolment, schoolgids, two ouderavonden, aanspreekpunt; 9.2 OJSP Rivierenland Zuid, Onderwijsconsulenten, Geschillencommissie; 9.3 partnership/OPR.",
        }),
}

DOCS = {
    "A": ("vo-lekmerwede-ondersteuningsplan-2026-2030", "docx", "vo", PLAN_A,
          "SWV VO Lek en Merwede | Ondersteuningsplan 2026-2030",
          "Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - middelen - ouders"),
    "B": ("vo-kempenrand-ondersteuningsplan-2026-2030", "pdf", "vo", PLAN_B,
          "Passend VO Kempenrand | Elke leerling een plek",
          "Ondersteuningsplan 2026-2030 | kempenrand.nl | resultaten, ouders en geld: zie de tabellen"),
    "C": ("vo-noorderzand-ondersteuningsplan-gewone-taal", "html", "vo", PLAN_C,
          "Samenwerkingsverband VO Noorderzand - Ons ondersteuningsplan in gewone taal",
          "Samenwerkingsverband VO Noorderzand | Ondersteuningsplan 2026-2030 | Terugplaatsing, geld en resultaten: zie woordenlijst"),
    "D": ("vo-ijsselvecht-ondersteuningsplan-2026-2030", "pdf", "vo", PLAN_D,
          "SWV Passend VO IJssel-Vecht Midden | Ondersteuningsplan 2026-2030 met bijlagen",
          "Ondersteuningsplan 2026-2030 | Ouders: zie de Ouderwijzer | Basisondersteuning: zie bijlage 4"),
    "E": ("po-dewaarden-concept-ondersteuningsplan-2026-2030", "docx", "po", PLAN_E,
          "CONCEPT v0.8 | SWV PO De Waarden | Ondersteuningsplan 2026-2030",
          "Concept - niet verspreiden | dekkend aanbod, toelaatbaarheid en begroting volgen"),
    "N": ("vo-baken-college-schoolondersteuningsplan-2025-2026", "docx", "vo", NEARMISS,
          "Het Baken College | Ondersteuningsplan school 2025-2026",
          "Schoolondersteuningsprofiel Het Baken College"),
}

NEARMISS_NOTE = ("A single VO school's own 'ondersteuningsplan'/schoolondersteuningsprofiel (Het Baken College, "
                 "one vmbo school, adopted by the schoolleiding after MR advice). It describes the school's "
                 "basisondersteuning, lwoo, trajectklas, TLV requests and returning pupils, but it is not the plan "
                 "of a samenwerkingsverband: no verband-wide distribution of means, no toelaatbaarheid procedure "
                 "of its own, no OPR/OOGO, no planperiode of 4 years.")


def main():
    words = {}
    tmp = tempfile.mkdtemp(prefix="holdout53_build_")
    try:
        for key, (stem, fmt, sector, text, header, footer) in DOCS.items():
            blocks = parse(text)
            words[stem] = word_count(blocks)
            if fmt == "docx":
                write_docx(blocks, os.path.join(OUT, stem + ".docx"), header, footer, header)
            elif fmt == "pdf":
                src = os.path.join(tmp, stem + ".docx")
                write_docx(blocks, src, header, footer, header,
                           accent=(0xC0, 0x39, 0x2B) if key == "B" else (0x1F, 0x4E, 0x79))
                docx_to_pdf(src, OUT)
            elif fmt == "html":
                write_html(blocks, os.path.join(OUT, stem + ".html"), header, header, footer)
            doc_name = f"{stem}.{fmt}"
            label_path = os.path.join(OUT, stem + ".expected.yaml")
            if key == "N":
                write_label(label_path, [doc_name], sector, {}, {}, {"document": NEARMISS_NOTE},
                            looks_like_plan=False)
            else:
                lab = LABELS[key]
                write_label(label_path, [doc_name], sector, lab["crit"], lab["advisory"], lab["notes"])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for stem, n in words.items():
        print(f"{stem}: {n} words")


if __name__ == "__main__":
    sys.exit(main())
