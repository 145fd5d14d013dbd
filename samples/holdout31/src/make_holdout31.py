#!/usr/bin/env python3
"""Generate holdout set 31 for opcheck: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus their label files (*.expected.yaml).

Deterministic, no network. Requires python-docx and PyYAML; PDFs are rendered from .docx with
`soffice --headless --convert-to pdf`.

All organisations, people, addresses and figures are fictional.
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

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FIXED_DATE = datetime.datetime(2026, 3, 1, 9, 0, 0)

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


# ---------------------------------------------------------------------------------------------
# Block model: a document is a list of blocks
#   ("title", text) ("subtitle", text) ("pagebreak",) ("toc", [lines]) ("h1", text) ("h2", text)
#   ("p", text) ("bul", [items]) ("num", [items]) ("table", [header, row, ...])
# ---------------------------------------------------------------------------------------------

def P(text):
    """Turn an authoring string into blocks: blank-line separated chunks; chunks whose lines
    all start with '- ' become bullet lists, '1. ' numbered lists; other chunks are paragraphs."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [l.strip() for l in chunk.strip().splitlines() if l.strip()]
        if not lines:
            continue
        if all(l.startswith("- ") for l in lines):
            blocks.append(("bul", [l[2:].strip() for l in lines]))
        elif all(re.match(r"^\d+\. ", l) for l in lines):
            blocks.append(("num", [re.sub(r"^\d+\. ", "", l) for l in lines]))
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


def H1(t):
    return [("h1", t)]


def H2(t):
    return [("h2", t)]


def T(rows):
    return [("table", rows)]


def toc_from(blocks, extra=()):
    """Build TOC lines from h1/h2 blocks (fake page numbers) plus extra lines."""
    lines, page = [], 3
    for b in blocks:
        if b[0] == "h1":
            page += 2
            lines.append(f"{b[1]} {'.' * 8} {page}")
        elif b[0] == "h2":
            lines.append(f"    {b[1]} {'.' * 8} {page}")
    lines.extend(extra)
    return lines


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title", "subtitle"):
            n += len(b[1].split())
        elif b[0] in ("bul", "num", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


def write_docx(path, blocks, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout31"
    cp.author = "holdout31"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(24)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(14)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoud").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "num":
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
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps and order so that output is byte-identical per run."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_html(path, blocks, title, nav=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if nav:
        out.append('<header><nav class="hoofdmenu"><ul>')
        for label, anchor in nav:
            out.append(f'<li><a href="#{anchor}">{e(label)}</a></li>')
        out.append("</ul></nav></header>")
    out.append("<main>")
    hid = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"paginatitel\">{e(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"ondertitel\">{e(b[1])}</p>")
        elif kind == "pagebreak":
            continue
        elif kind == "toc":
            out.append('<aside class="inhoud"><h2>Inhoud</h2><ul>')
            out.extend(f"<li>{e(l.strip())}</li>" for l in b[1])
            out.append("</ul></aside>")
        elif kind in ("h1", "h2"):
            hid += 1
            tag = "h2" if kind == "h1" else "h3"
            anchor = re.sub(r"[^a-z0-9]+", "-", b[1].lower()).strip("-")
            out.append(f'<{tag} id="{anchor}">{e(b[1])}</{tag}>')
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("bul", "num"):
            tag = "ul" if kind == "bul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    if footer:
        out.append(f"<footer><p>{e(footer)}</p></footer>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


def write_label(name, documents, sector, looks_like_plan, elements, criteria, advisory, notes):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks_like_plan,
            "elements": elements, "criteria": criteria}
    if advisory is not None:
        data["advisory_addressed"] = advisory
    data["notes"] = notes
    if looks_like_plan:
        assert set(criteria) == set(CORE), name
        for el in ELEMENTS:
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            adv = advisory.get(el, []) if advisory else []
            if all(vals):
                want = "present"
            elif any(vals) or adv:
                want = "partial"
            else:
                want = "missing"
            assert elements[el] == want, (name, el, elements[el], want)
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# holdout31 label for {', '.join(documents)} (generated by src/make_holdout31.py)\n")
        # flow-style elements map as in the contract example
        f.write(f"documents: [{', '.join(documents)}]\n")
        f.write(f"sector: {sector}\n")
        f.write(f"looks_like_plan: {'true' if looks_like_plan else 'false'}\n")
        if elements:
            f.write("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}\n")
        else:
            f.write("elements: {}\n")
        if criteria:
            f.write("criteria:\n")
            for c in CORE:
                f.write(f"  {c}: {'true' if criteria[c] else 'false'}\n")
        else:
            f.write("criteria: {}\n")
        if advisory is not None:
            if advisory:
                f.write("advisory_addressed:\n")
                for k, v in advisory.items():
                    f.write(f"  {k}: [{', '.join(v)}]\n")
            else:
                f.write("advisory_addressed: {}\n")
        f.write("notes:\n")
        for k, v in notes.items():
            f.write(f"  {k}: {yaml.safe_dump(v, allow_unicode=True, default_style=chr(34), width=10**6).strip()}\n")
    # sanity: reparse
    with open(path, encoding="utf-8") as f:
        back = yaml.safe_load(f)
    assert back["criteria"] == ({c: criteria[c] for c in CORE} if criteria else {}), name


def crit(**false_ones):
    """All core criteria true except those passed as name=False (use __ for '.' and _ for '-')."""
    d = {c: True for c in CORE}
    for k, v in false_ones.items():
        key = k.replace("__", ".").replace("_", "-")
        assert key in d, key
        d[key] = v
    return d


# ---------------------------------------------------------------------------------------------
# Generic filler chapters (element-neutral by design: governance, personeel, ICT, planning ...)
# ---------------------------------------------------------------------------------------------

def f_voorwoord(c):
    return H1(f"{c['n']}. Voorwoord") + P(f"""
Voor u ligt het ondersteuningsplan {c['period']} van {c['name']} ({c['code']}). Het is het derde
ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat volledig is geschreven
na de landelijke Verbeteraanpak passend onderwijs. Het plan is tot stand gekomen in een traject van ruim een
jaar, waarin directeuren, ondersteuningscoördinatoren, intern begeleiders, leerlingen, ouders, gemeenten en
jeugdhulppartners hun ervaringen en wensen met ons deelden. Wij zijn iedereen die aan een van de
{c['sessies']} themabijeenkomsten heeft deelgenomen daarvoor zeer erkentelijk.

Het afgelopen jaar heeft ons opnieuw laten zien dat passend onderwijs mensenwerk is. Achter elke
aanvraag, elk arrangement en elk gesprek aan een keukentafel staat een leerling met een eigen verhaal. In de
gesprekken die wij voerden, klonk steeds dezelfde wens: maak het eenvoudiger, maak het dichter bij huis en
zorg dat niemand tussen wal en schip valt. Dat is de rode draad van dit plan.

Wij hebben er bewust voor gekozen om dit plan compacter te maken dan het vorige. Waar mogelijk verwijzen wij
naar onze jaarplannen, waarin wij de uitvoering concreet maken. Tegelijk bevat dit plan de afspraken die voor
de hele planperiode gelden en waar scholen, ouders en partners ons op mogen aanspreken.

Tot slot een woord van dank aan de leden van de ondersteuningsplanraad, die ons kritisch en constructief
hebben bevraagd, en aan de medewerkers van het bureau, die dit plan met veel zorg hebben samengesteld.

{c['dirbest']}, directeur-bestuurder
""")


def f_leeswijzer(c, text):
    return H1(f"{c['n']}. Leeswijzer") + P(text)


def f_regio(c):
    g = ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1]
    return H1(f"{c['n']}. Onze regio") + P(f"""
{c['name']} omvat de gemeenten {g}. In het gebied wonen ruim {c['inwoners']} inwoners. Bij het
samenwerkingsverband zijn {c['besturen']} schoolbesturen aangesloten met samen {c['vestigingen']} vestigingen
en ongeveer {c['leerlingen']} leerlingen (teldatum 1 oktober 2025). De regio kent een stedelijke kern en een
uitgestrekt landelijk gebied met kleine kernen; reisafstanden zijn voor een deel van de leerlingen aanzienlijk.

De bevolkingsprognoses laten voor de komende planperiode een lichte daling van het aantal jeugdigen zien in de
kleine kernen en een stabilisatie in de stedelijke kern. Dat heeft gevolgen voor de spreiding van
voorzieningen en voor de levensvatbaarheid van kleine vestigingen. Wij volgen deze ontwikkeling samen met de
besturen en de gemeenten en bespreken haar jaarlijks in het bestuurlijk overleg.

De regio kenmerkt zich verder door een hecht netwerk van scholen, gemeenten, jeugdhulpaanbieders en
maatschappelijke partners. De lijnen zijn kort, mensen kennen elkaar. Dat is een kracht, maar ook een
valkuil: afspraken blijven soms impliciet. In deze planperiode willen wij die afspraken explicieter en beter
vindbaar maken.
""")


def f_visie(c):
    return H1(f"{c['n']}. Visie, missie en ambities") + P(f"""
Onze missie is kort: iedere jongere in onze regio ontwikkelt zich zo ononderbroken mogelijk, op een school die
bij hem of haar past en zo dicht mogelijk bij huis. Wij geloven dat vrijwel alle leerlingen het beste tot hun
recht komen in een gewone klas, met de ondersteuning die zij nodig hebben. Waar dat niet lukt, willen wij dat er
een passend alternatief is, zonder wachttijd en zonder bureaucratie.

Onze visie rust op vier pijlers. De eerste is inclusiviteit: scholen zijn er voor alle kinderen uit de wijk of
het dorp. De tweede is vakmanschap: leraren en ondersteuners zijn in staat om met verschillen om te gaan en
worden daarin gesteund. De derde is samenwerking: onderwijs, ouders, gemeenten en zorg trekken samen op. De
vierde is eenvoud: regels en procedures zijn begrijpelijk en dienen het belang van de leerling.

Daaruit volgen onze uitgangspunten voor {c['period']}. Wij streven naar een regio waarin elke leerling een passende
plek heeft, waarin scholen zich gesteund voelen en waarin de middelen zo dicht mogelijk bij de leerling worden
ingezet. Wij willen bovendien dat ouders zich serieus genomen voelen en dat leerlingen zelf meepraten over hun
ondersteuning. Deze uitgangspunten zijn richtinggevend; in de hoofdstukken hierna leest u wat wij concreet afspreken.

Wij sluiten aan bij de landelijke ontwikkelingen, waaronder de Verbeteraanpak passend onderwijs, de komst van
het ouder- en jeugdsteunpunt en de ontwikkeling van een landelijke norm voor basisondersteuning. Waar de
landelijke kaders veranderen, passen wij dit plan tussentijds aan, met instemming van de ondersteuningsplanraad.
""")


def f_governance(c):
    return H1(f"{c['n']}. Organisatie en governance") + P(f"""
{c['name']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat
toezicht houdt op de directeur-bestuurder. Het algemeen bestuur vergadert vijf keer per jaar en heeft een
auditcommissie ingesteld die de financiële stukken voorbereidt. De scheiding tussen bestuur en toezicht is
vastgelegd in de statuten en in het bestuursreglement; wij volgen de Code Goed Bestuur van de sectorraad.

De directeur-bestuurder is verantwoordelijk voor de uitvoering van dit ondersteuningsplan en wordt
ondersteund door een bureau met ongeveer {c['fte']} fte. Het bureau is gevestigd in {c['bureau']}. Het
directeurenoverleg, waarin alle schoolleiders of hun vertegenwoordigers zitting hebben, adviseert de
directeur-bestuurder over de inhoudelijke koers en de uitvoering.

In de statuten is een regeling voor de beslechting van geschillen tussen de aangesloten besturen
opgenomen. Tot nu toe is daarvan geen gebruik gemaakt. Het samenwerkingsverband heeft daarnaast een eigen
medezeggenschapsraad voor het personeel van het bureau.

Jaarlijks evalueert het algemeen bestuur zijn eigen functioneren, eens in de twee jaar onder begeleiding van
een externe deskundige. De uitkomsten worden besproken met de directeur-bestuurder en leiden waar nodig tot
aanpassing van werkwijze of samenstelling.
""")


def f_opr(c, parents=True):
    if parents:
        comp = (f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden. De helft van de leden is personeelslid van "
                f"een aangesloten school, de andere helft is ouder{' of leerling' if c['sector'] == 'vo' else ''}. "
                "De leden worden afgevaardigd door de medezeggenschapsraden van de scholen. Zo hebben ouders via "
                "de OPR een directe stem in het beleid van het samenwerkingsverband.")
    else:
        comp = (f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden die worden afgevaardigd door de "
                "medezeggenschapsraden van de aangesloten scholen.")
    return H1(f"{c['n']}. Medezeggenschap") + P(f"""
{comp}

De OPR heeft instemmingsrecht op de vaststelling en op elke wijziging van het ondersteuningsplan. De
directeur-bestuurder overlegt ten minste vier keer per jaar met de OPR. De OPR ontvangt de concept-jaarplannen,
de begroting en het jaarverslag ter informatie en kan daarover gevraagd en ongevraagd adviseren.

De OPR heeft een eigen budget voor scholing en ondersteuning en kan zich laten bijstaan door een externe
adviseur. Nieuwe leden volgen een introductieprogramma. Om de band met de achterban te versterken, organiseert
de OPR eens per jaar een bijeenkomst voor alle medezeggenschapsraden in de regio.
""")


def f_personeel(c):
    return H1(f"{c['n']}. Personeel en deskundigheid") + P(f"""
De kwaliteit van passend onderwijs staat of valt met de mensen die het werk doen. Het bureau van het
samenwerkingsverband werkt met consulenten, orthopedagogen, een beleidsmedewerker, een controller en een
secretariaat. Een deel van de medewerkers is gedetacheerd vanuit de aangesloten besturen; dat houdt de
verbinding met de praktijk levend.

Wij investeren in professionalisering. Jaarlijks organiseren wij een netwerkprogramma voor
ondersteuningscoördinatoren en intern begeleiders, met thema's als executieve functies, trauma-sensitief
lesgeven, meertaligheid en samenwerking met jeugdhulp. Daarnaast is er een leergang voor mentoren en een
intervisiestructuur voor orthopedagogen. De inhoud van het programma wordt jaarlijks in overleg met de scholen
vastgesteld.

Het lerarentekort raakt ook de ondersteuning. Wij merken dat vacatures voor ondersteunende functies langer
openstaan en dat specialistische kennis soms maar op één plek aanwezig is. In deze planperiode verkennen wij
met de besturen mogelijkheden om specialisten gezamenlijk in te zetten, bijvoorbeeld via een regionale pool.
""")


def f_ict(c, tlv=True):
    extra = (" Dossiers van aanvragen voor toelaatbaarheid worden bewaard tot drie jaar na het besluit en daarna "
             "vernietigd." if tlv else "")
    return H1(f"{c['n']}. Privacy en informatievoorziening") + P(f"""
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen en
arrangementen. Wij doen dat zorgvuldig en in overeenstemming met de Algemene verordening
gegevensbescherming. Er is een functionaris gegevensbescherming aangesteld, die wordt gedeeld met enkele
andere samenwerkingsverbanden. Het privacyreglement is in {c['privjaar']} geactualiseerd.{extra}

Voor de uitwisseling van gegevens tussen scholen en het bureau gebruiken wij een beveiligde digitale
omgeving. Scholen leveren gegevens aan via dit portaal; e-mail wordt niet gebruikt voor het versturen van
dossiers. In de planperiode vervangen wij het huidige systeem door een nieuw registratiesysteem, dat beter
aansluit op de leerlingadministratiesystemen van de scholen. De aanbesteding daarvan start in 2026.

Medewerkers van het bureau volgen jaarlijks een korte training informatiebeveiliging. Datalekken worden
gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit Persoonsgegevens.
""")


def f_planning(c, oogo_date, opr_date, ab_date, evaluatie=True):
    if evaluatie:
        mid = ("Halverwege de planperiode houden wij een tussenevaluatie met scholen, OPR en gemeenten, waarin wij "
               "nagaan in hoeverre de doelen van dit plan binnen bereik liggen.")
        row = ["voorjaar 2028", "tussenevaluatie met scholen, OPR en gemeenten"]
    else:
        mid = ("Halverwege de planperiode bespreken wij met de OPR of een tussentijdse wijziging van de tekst van "
               "dit plan nodig is, bijvoorbeeld door nieuwe wetgeving.")
        row = ["voorjaar 2028", "overleg met OPR over eventuele tekstwijziging"]
    return H1(f"{c['n']}. Totstandkoming, vaststelling en planning") + P(f"""
Dit plan is voorbereid door een schrijfgroep met vertegenwoordigers van besturen, scholen en het bureau. De
conceptversie is in het najaar van 2025 besproken met de directeuren, de OPR en de gemeenten. Het op
overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders vond plaats op
{oogo_date}; het overleg met de aangrenzende samenwerkingsverbanden is in januari 2026 gevoerd. De OPR heeft op
{opr_date} met het plan ingestemd. Het algemeen bestuur heeft het plan vastgesteld op {ab_date}. Het plan is
vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden.

Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. De uitwerking per jaar staat in het jaarplan, dat
de directeur-bestuurder ieder voorjaar opstelt. {mid} Tussentijdse wijzigingen van dit plan worden opnieuw
aan de OPR voorgelegd.

Globale planning:
""") + T([["Periode", "Activiteit"],
           ["voorjaar 2026", "vaststelling plan en jaarplan 2026-2027"],
           ["schooljaar 2026-2027", "start uitvoering, vervanging registratiesysteem"],
           row,
           ["najaar 2029", "start voorbereiding volgend ondersteuningsplan"],
           ["voor 1 mei 2030", "toezending nieuw plan aan de Inspectie"]])


# ---------------------------------------------------------------------------------------------
# Plan 1: VO, docx. OPDC / rebound / tussenvoorziening focus.
# ---------------------------------------------------------------------------------------------

def plan_vo_opdc():
    c = dict(name="Samenwerkingsverband VO Rivierenzoom", code="VO 27-14", period="2026–2030", sector="vo",
             gemeenten=["Rivierstad", "Maasdonk-West", "Oude Waalkant", "Lingebroek"], inwoners="210.000",
             besturen=7, vestigingen=14, leerlingen="11.400", fte=16, bureau="Rivierstad", opr=12,
             privjaar=2025, sessies=9, dirbest="drs. A.M. Verhoef", web="www.rivierenzoom.nl")
    body = []
    c["n"] = 1; body += f_voorwoord(c)
    c["n"] = 2; body += f_leeswijzer(c, """
Hoofdstuk 3 schetst de regio. Hoofdstuk 4 beschrijft onze visie. In hoofdstuk 5 leest u wat elke school
minimaal biedt. Hoofdstuk 6 gaat over extra ondersteuning, het OPDC, rebound en de tussenvoorziening; hoofdstuk
7 over thuiszitters en het dekkend netwerk. Hoofdstuk 8 beschrijft de toelaatbaarheid tot het vso en het
praktijkonderwijs. Hoofdstuk 9 gaat over geld en middelen, hoofdstuk 10 over onze doelen. In hoofdstuk 11
leest u hoe wij communiceren. De hoofdstukken 12 tot en met 16 gaan over samenwerking, organisatie en
planning. Achterin vindt u een begrippenlijst.
""")
    c["n"] = 3; body += f_regio(c)
    c["n"] = 4; body += f_visie(c)
    body += H1("5. Basisondersteuning: wat elke school biedt") + P("""
Basisondersteuning is in Rivierenzoom de ondersteuning die iedere leerling op iedere vestiging van iedere
aangesloten school kan krijgen, zonder aanvraag bij het samenwerkingsverband en zonder aparte toekenning. De
besturen hebben afgesproken dat alle veertien vestigingen, inclusief de twee scholen voor praktijkonderwijs,
vanaf 1 augustus 2026 ten minste het niveau bieden dat in dit hoofdstuk staat beschreven. Een school mag meer
bieden, nooit minder. Wat een school bovenop dit niveau biedt, heet in dit plan extra ondersteuning.

Concreet betekent dit dat een leerling en zijn ouders op elke vestiging het volgende mogen verwachten:
""") + P("""
- een mentor die de leerling wekelijks spreekt en het eerste aanspreekpunt is voor ouders;
- een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die de ondersteuning op school organiseert;
- toegang tot een orthopedagoog of psycholoog (eigen of gedeeld) voor consultatie, observatie en handelingsgericht advies;
- een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, voorleessoftware en aangepaste toetsen;
- trainingen in sociale vaardigheden, faalangstreductie en examenvrees, minimaal twee keer per schooljaar;
- begeleiding bij executieve functies (plannen, organiseren) door een studievaardigheidscoach;
- een time-out- of opvangruimte met begeleiding, zodat een leerling niet naar huis wordt gestuurd;
- een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt, met jeugdarts, leerplichtambtenaar en schoolmaatschappelijk werk;
- een protocol medisch handelen en afspraken over medicijnverstrekking;
- een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt, met jaarlijkse evaluatie.
""") + P("""
Het samenwerkingsverband controleert of scholen dit niveau halen. Elke vestiging vult jaarlijks de
kwaliteitskaart basisondersteuning in; eens in de twee jaar voert een team van een consulent en een collega-
ondersteuningscoördinator een audit uit op de vestiging. Haalt een vestiging het niveau op een onderdeel niet,
dan stelt de school binnen drie maanden een verbeterplan op, dat de directeur-bestuurder met het bevoegd gezag
bespreekt. Bij de volgende audit wordt gekeken of de verbetering is gerealiseerd.
""")
    body += H1("6. Extra ondersteuning, OPDC, rebound en tussenvoorziening") + P("""
Niet elke leerling heeft genoeg aan de basisondersteuning. Rivierenzoom kent daarom een opbouw in vier
niveaus, die samen het ondersteuningsaanbod van de regio vormen. Elk niveau bouwt voort op het vorige.
""") + T([["Niveau", "Wat", "Waar", "Toegang"],
          ["1", "Basisondersteuning (hoofdstuk 5)", "alle 14 vestigingen", "geen aanvraag"],
          ["2", "Extra ondersteuning op school: schoolarrangementen, o.a. rustklas, NT2-ondersteuning, trajectklas", "per school, zie schoolondersteuningsprofiel", "besluit school, binnen schoolbudget"],
          ["3", "Bovenschoolse voorzieningen: OPDC De Overstap, rebound, tussenvoorziening Op Koers, onderwijs-zorgarrangement De Brug", "Rivierstad en Lingebroek", "aanmelding via het Loket"],
          ["4", "Voortgezet speciaal onderwijs (vso), cluster 3 en 4", "2 vso-scholen in de regio, 1 daarbuiten", "toelaatbaarheidsverklaring (hoofdstuk 8)"]]) + H2("6.1 Schoolarrangementen") + P("""
Elke school organiseert met het schoolbudget (zie hoofdstuk 9) eigen arrangementen voor leerlingen die meer
nodig hebben dan de basis. De scholen beschrijven deze arrangementen in hun schoolondersteuningsprofiel. Om
te voorkomen dat alle scholen hetzelfde wiel uitvinden, zijn er twee gezamenlijke schoolarrangementen: de
trajectklas voor leerlingen met gedragsproblemen (op vier locaties) en de NT2-plusgroep voor nieuwkomers die
de internationale schakelklas hebben afgerond.
""") + H2("6.2 OPDC De Overstap") + P("""
Het orthopedagogisch-didactisch centrum (OPDC) De Overstap biedt 48 plaatsen voor leerlingen uit vmbo en
praktijkonderwijs die tijdelijk een kleinere setting nodig hebben. Leerlingen blijven ingeschreven op hun eigen
school. Een plaatsing duurt in principe maximaal een schooljaar. Het OPDC werkt met kleine groepen van
twaalf leerlingen, een vaste mentor en een gedragswetenschapper.
""") + H2("6.3 Rebound en tussenvoorziening Op Koers") + P("""
De reboundvoorziening biedt een time-out van ten hoogste twaalf weken voor leerlingen bij wie de situatie op
school is vastgelopen. Tussenvoorziening Op Koers is bedoeld voor leerlingen die langdurig thuiszitten of dreigen
uit te vallen en die stap voor stap weer aan onderwijs gaan deelnemen, in combinatie met jeugdhulp. Het
onderwijs-zorgarrangement De Brug combineert onderwijs en dagbehandeling voor leerlingen met ernstige
psychiatrische problematiek.
""") + H2("6.4 Terug naar school na OPDC of rebound") + P("""
Een plaatsing in het OPDC of de rebound is altijd tijdelijk. Vanaf de eerste week werken de voorziening, de
eigen school, de leerling en zijn ouders aan een terugkeerplan. Zes weken vóór het einde van de plaatsing vindt
een overdrachtsgesprek plaats op de eigen school, waarin de mentor en de ondersteuningscoördinator afspraken
maken over de begeleiding in de klas. Na de terugkeer biedt de voorziening drie maanden nazorg aan de school. Het
OPDC heeft als opdracht dat ten minste driekwart van de leerlingen binnen een jaar terugkeert naar een reguliere
school voor vo; lukt dat niet, dan zoeken school en Loket samen naar een andere passende plek.
""") + H2("6.5 Voortgezet speciaal onderwijs") + P("""
In de regio zijn twee vso-scholen gevestigd: De Kade (cluster 4) en Het Palet (cluster 3). Beide scholen
bieden de drie uitstroomprofielen: vervolgonderwijs, arbeidsmarktgericht en dagbesteding. Leerlingen met het
profiel arbeidsmarkt lopen stage bij bedrijven in de regio en kunnen een Entree-opleiding volgen bij het
Rivierencollege. Over de overstap van vso naar regulier vo maken wij in deze planperiode nadere afspraken met
de vso-besturen.
""")
    body += H1("7. Thuiszitters en het dekkend netwerk") + P("""
Wij willen dat geen enkele jongere in Rivierenzoom langer dan vier weken zonder passend onderwijs thuis zit.
Daarom hanteren wij een vaste werkwijze, die wij met de leerplichtambtenaren van de vier gemeenten hebben
afgesproken:
""") + P("""
1. Een school meldt een leerling die vier aaneengesloten weken niet of nauwelijks naar school gaat binnen vijf schooldagen bij de leerplichtambtenaar en bij het Loket.
2. Binnen tien schooldagen na de melding bespreekt de Thuiszitterstafel (Loket, leerplicht, jeugdhulp, school en ouders) de situatie en benoemt een casusregisseur.
3. Lukt het niet binnen zes weken een passend aanbod te realiseren, dan neemt de directeur-bestuurder de regie over en kan zij een school of voorziening vragen de leerling op te nemen (doorzettingsmacht).
""") + P("""
Een school die een aanmelding ontvangt, heeft zorgplicht: als de school zelf geen passend aanbod kan doen,
zoekt zij in overleg met de ouders een school die dat wel kan en blijft zij verantwoordelijk tot de leerling
elders is ingeschreven. Het Loket ondersteunt de school hierbij.

Elk voorjaar maakt het Loket een analyse van de aanvragen die niet of niet tijdig passend konden worden
beantwoord. In de analyse van 2025 bleken twee witte vlekken: er is geen passend aanbod voor hoogbegaafde
leerlingen met angstproblematiek, en de wachttijd voor het onderwijs-zorgarrangement De Brug liep op tot vier
maanden. Voor de eerste groep start per 1 februari 2027 een kleinschalige voorziening op de locatie van het
Lingecollege; voor De Brug maken wij met de gemeenten afspraken over uitbreiding met acht plaatsen vóór het
schooljaar 2027-2028. De analyse en de maatregelen worden jaarlijks met de OPR en in het OOGO besproken.
""")
    body += H1("8. Toelaatbaarheid tot het vso en het praktijkonderwijs") + P("""
Een leerling kan alleen worden ingeschreven op een vso-school als het samenwerkingsverband een
toelaatbaarheidsverklaring (TLV) heeft afgegeven. Voor het praktijkonderwijs geldt hetzelfde. Dit hoofdstuk
beschrijft hoe een aanvraag verloopt.
""") + H2("8.1 De aanvraag") + P("""
1. Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in bij het Loket via het digitale portaal. Bij de aanvraag horen het OPP, het onderwijskundig rapport en de zienswijze van de ouders en, waar mogelijk, van de leerling zelf.
2. Een consulent van het Loket controleert binnen vijf werkdagen of het dossier compleet is en vraagt zo nodig aanvullende informatie op.
3. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: altijd een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een kinder- en jeugdpsychiater, een maatschappelijk werker of een jeugdarts. De deskundigen zijn niet betrokken geweest bij de aanvraag.
4. De Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder binnen zes weken na ontvangst van het complete dossier een besluit. Ouders ontvangen een afschrift van de adviezen en van het besluit.
""") + H2("8.2 Beoordeling") + P("""
De CvT weegt het OPP, de adviezen van de deskundigen en de zienswijze van ouders en leerling. De criteria op
basis waarvan de commissie beoordeelt of een leerling toelaatbaar is, worden in het schooljaar 2026-2027
samen met de vso-scholen herijkt en daarna vastgesteld; tot die tijd beoordeelt de commissie iedere aanvraag
op haar eigen merites.
""") + H2("8.3 Duur, bekostigingscategorie en bezwaar") + P("""
Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren en eindigt altijd op 31 juli. De CvT
bepaalt de bekostigingscategorie (laag, midden of hoog) op basis van de ondersteuningsbehoefte. Een TLV voor
het praktijkonderwijs geldt voor de hele schoolloopbaan.

Ouders en het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken.
Rivierenzoom is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die
de directeur-bestuurder adviseert over het bezwaar.
""") + H2("8.4 Leerwegondersteunend onderwijs") + P("""
Rivierenzoom kent sinds 2018 geen individuele aanwijzing voor leerwegondersteunend onderwijs (lwoo) meer. De
scholen met een vmbo-afdeling ontvangen de lwoo-middelen via het verdeelmodel (hoofdstuk 9) en zetten die in
binnen hun schoolarrangementen. Aanvragen voor toelaatbaarheid tot het praktijkonderwijs volgen dezelfde
stappen als in paragraaf 8.1.
""")
    body += H1("9. Geld en middelen") + P("""
Het samenwerkingsverband ontvangt jaarlijks ongeveer € 14,6 miljoen aan rijksbekostiging voor lichte en
zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Na aftrek van de bedragen die DUO
rechtstreeks aan de vso-scholen en de scholen voor praktijkonderwijs overdraagt, resteert een budget dat wij
volgens vaste regels verdelen.
""") + H2("9.1 Verdeling") + P("""
Het algemeen bestuur stelt jaarlijks in december de verdeling voor het volgende kalenderjaar vast, op voorstel
van de directeur-bestuurder en na advies van de auditcommissie. De regels zijn:
""") + P("""
- elk bestuur ontvangt een schoolbudget van € 148 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar;
- elke vestiging ontvangt daarnaast een vaste voet van € 25.000;
- besturen met een vmbo-afdeling ontvangen de lwoo-middelen naar rato van het aantal vmbo-basis- en kaderleerlingen;
- de bovenschoolse voorzieningen (OPDC, rebound, Op Koers, De Brug) worden centraal bekostigd op basis van het aantal plaatsen;
- individuele arrangementen boven het schoolbudget worden toegekend door het Loket op aanvraag van de school, tot een maximum van € 12.000 per leerling per schooljaar.
""") + H2("9.2 Besteding en meerjarenbegroting") + T([
        ["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Afdracht vso en praktijkonderwijs (DUO)", "7.310", "7.380", "7.420", "7.450"],
        ["Schoolbudgetten besturen", "1.690", "1.670", "1.650", "1.640"],
        ["Vaste voet vestigingen", "350", "350", "350", "350"],
        ["Lwoo-middelen naar besturen", "2.480", "2.450", "2.430", "2.410"],
        ["OPDC De Overstap", "980", "990", "1.000", "1.010"],
        ["Rebound en Op Koers", "540", "560", "600", "600"],
        ["Onderwijs-zorgarrangement De Brug", "260", "330", "330", "330"],
        ["Individuele arrangementen", "420", "420", "420", "420"],
        ["Loket, bureau en bestuur", "1.120", "1.130", "1.140", "1.150"],
        ["Totaal lasten", "15.150", "15.280", "15.340", "15.360"],
        ["Totaal baten", "14.620", "14.900", "15.100", "15.250"],
        ["Resultaat (onttrekking reserve)", "-530", "-380", "-240", "-110"]]) + P("""
De geplande tekorten dekken wij uit de algemene reserve. Die bedraagt eind 2025 € 2,9 miljoen en ligt daarmee
boven de signaleringswaarde die de Inspectie hanteert. Aan het einde van de planperiode willen wij een
weerstandsvermogen van ongeveer 5 procent van de baten aanhouden; de belangrijkste risico's zijn
leerlingdaling en een stijging van het aantal vso-leerlingen.

Besturen verantwoorden jaarlijks vóór 1 maart met een vast format waaraan zij het schoolbudget, de vaste voet en
de lwoo-middelen hebben besteed. De directeur-bestuurder bespreekt de verantwoording met ieder bestuur en
rapporteert er in het jaarverslag over.
""")
    body += H1("10. Kwaliteit en beoogde resultaten") + P("""
Rivierenzoom wil over vier jaar het volgende hebben bereikt:
""") + T([["Doel", "Streefwaarde 31 juli 2030"],
          ["Aantal leerlingen dat langer dan vier weken zonder passend onderwijs thuiszit", "minder dan 10 op enig moment"],
          ["Leerlingen die na een OPDC-plaatsing terugkeren naar een reguliere vo-school", "ten minste 75%"],
          ["Deelnamepercentage vso (teldatum 1 oktober)", "niet hoger dan 3,2%"],
          ["Vestigingen die bij de audit volledig aan de basisondersteuning voldoen", "alle 14"],
          ["Doorlooptijd TLV-aanvraag (compleet dossier tot besluit)", "maximaal 6 weken in 95% van de gevallen"]]) + P("""
Deze doelen zijn in de themabijeenkomsten met scholen en ouders tot stand gekomen. Hoe wij de voortgang op
deze doelen gaan meten, met welke bronnen en op welke momenten wij erover rapporteren, werken wij in het eerste
planjaar uit in een monitoringsplan. Resultaatgericht werken is een van de kernwaarden van onze organisatie.
""")
    body += H1("11. Communicatie") + P("""
Goede communicatie is voorwaarde voor vertrouwen. Wij communiceren met drie groepen: scholen, partners en
ouders en leerlingen.

Scholen worden geïnformeerd via de maandelijkse nieuwsbrief voor ondersteuningscoördinatoren, het
directeurenoverleg en de besloten omgeving van de website. Partners ontvangen twee keer per jaar een
bestuurlijke nieuwsbrief.

Ouders en leerlingen informeren wij over het ondersteuningsaanbod via de ouderpagina op www.rivierenzoom.nl, met
per school het schoolondersteuningsprofiel en een overzicht van alle bovenschoolse voorzieningen. Er is een
ouderbrochure 'Extra hulp op school' in het Nederlands, Engels, Arabisch en Pools, die iedere school uitreikt
bij de aanmelding. Elk najaar organiseren wij in Rivierstad en in Lingebroek een informatieavond voor ouders van
leerlingen in groep 8 en de brugklas. Voor vragen over het aanbod kunnen ouders op werkdagen terecht bij de
telefonische ouderlijn van het Loket.

Ouders die onafhankelijk advies willen, of die het niet eens zijn met de school of het samenwerkingsverband,
kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenzoom. Het steunpunt is ondergebracht bij een
onafhankelijke stichting, werkt uitsluitend in het belang van de leerling en heeft een eigen telefoonnummer en
spreekuur. Daarnaast kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten. Bij een geschil
over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs;
klachten over het samenwerkingsverband worden behandeld volgens de klachtenregeling op de website.

Leerlingen praten mee via een leerlingpanel dat twee keer per jaar bijeenkomt. Leerlingen met een OPP hebben
hoorrecht: zij worden gehoord over de inhoud van hun ontwikkelingsperspectief.
""")
    body += H1("12. Samenwerking met gemeenten en jeugdhulp") + P("""
De vier gemeenten en Rivierenzoom voeren jaarlijks op overeenstemming gericht overleg (OOGO) over de
aansluiting tussen onderwijs en jeugdhulp. Vaste onderwerpen zijn thuiszitters, leerlingenvervoer,
onderwijshuisvesting en de inzet van jeugdhulp op school. Op alle vestigingen is een jeugdhulpmedewerker van
het lokale team enkele uren per week aanwezig. Voor onderwijs-zorgarrangementen als De Brug hebben wij met de
gemeenten een convenant gesloten, waarin de verdeling van kosten tussen onderwijs en jeugdhulp is geregeld.
""")
    c["n"] = 13; body += f_governance(c)
    c["n"] = 14; body += f_opr(c)
    c["n"] = 15; body += f_personeel(c)
    c["n"] = 16; body += f_ict(c)
    c["n"] = 17; body += f_planning(c, "10 februari 2026", "3 maart 2026", "17 maart 2026", evaluatie=False)
    body += H1("Bijlage 1. Begrippenlijst") + T([
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "De ondersteuning die alle scholen binnen het samenwerkingsverband bieden."],
        ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een vso-leerling."],
        ["Dekkend netwerk", "Het geheel van voorzieningen waardoor elke leerling een passende plek heeft."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["Rebound", "Tijdelijke opvang van ten hoogste twaalf weken."],
        ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor vso of praktijkonderwijs."],
        ["Verdeelmodel", "De regels voor de verdeling van de ondersteuningsmiddelen."]])
    blocks = [("title", "Ondersteuningsplan 2026–2030"),
              ("subtitle", "Samenwerkingsverband VO Rivierenzoom (VO 27-14) – samen sterk voor elke jongere"),
              ("subtitle", "Vastgesteld door het algemeen bestuur op 17 maart 2026"),
              ("pagebreak",),
              ("toc", toc_from(body, ["Terugplaatsing en overplaatsing: zie 6.4 en 6.5"])),
              ("pagebreak",)] + body
    return c, blocks


# ---------------------------------------------------------------------------------------------
# Plan 2: VO, pdf only. PrO / lwoo / Entree / vso-uitstroomprofielen / tussenvoorzieningen.
# ---------------------------------------------------------------------------------------------

def plan_vo_entree():
    c = dict(name="Stichting Samenwerkingsverband Voortgezet Onderwijs Kempenstroom", code="VO 30-08",
             period="2026–2030", sector="vo",
             gemeenten=["Kempenveld", "Berkhoven", "Aa-en-Dommel", "Heeswijk-Zuid", "Loonbeek"],
             inwoners="185.000", besturen=6, vestigingen=12, leerlingen="9.800", fte=12, bureau="Berkhoven",
             opr=10, privjaar=2024, sessies=6, dirbest="mr. J.P. van den Akker", web="www.kempenstroom.nl")
    body = []
    c["n"] = 1; body += f_voorwoord(c)
    body += H1("2. Samenvatting") + P("""
Kempenstroom kiest in deze planperiode voor drie speerpunten: een sterke basis op iedere school, een
doorlopende route voor leerlingen in het praktijkonderwijs en de basisberoepsgerichte leerweg richting Entree en
werk, en snellere hulp voor jongeren die dreigen uit te vallen. Wij maken afspraken over toewijzing van
voortgezet speciaal onderwijs, praktijkonderwijs en leerwegondersteuning, over terugkeer vanuit het vso en
over de verdeling van middelen. Ouders en leerlingen krijgen een duidelijkere plek. De financiële vertaling van
de speerpunten volgt in de meerjarenbegroting.
""")
    c["n"] = 3; body += f_regio(c)
    c["n"] = 4; body += f_visie(c)
    body += H1("5. Een sterke basis op iedere school") + P("""
De besturen in Kempenstroom hebben met elkaar een gemeenschappelijk niveau van basisondersteuning afgesproken.
Dat niveau geldt als ondergrens voor alle twaalf vestigingen, inclusief de scholen voor praktijkonderwijs en de
vmbo-scholen met een lwoo-licentie. Geen enkele vestiging mag onder dit niveau zakken; scholen die meer kunnen
bieden, beschrijven dat als extra ondersteuning in hun schoolondersteuningsprofiel.

Het afgesproken niveau is uitgewerkt in de Kwaliteitskaart Basisondersteuning Kempenstroom 2026, met zestien
standaarden. De kaart is te vinden op www.kempenstroom.nl/basis en is opgenomen in het
schoolondersteuningsprofiel van iedere school. In deze planperiode werken wij de standaarden verder uit zodra de
landelijke norm voor basisondersteuning bekend is.

Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een kwaliteitsgesprek aan de hand van
de kaart. Voldoet een vestiging op een of meer standaarden niet, dan maakt het bestuur binnen een half jaar een
verbeterplan, waarvan de uitvoering in het volgende kwaliteitsgesprek wordt besproken. Blijft verbetering uit, dan
bespreekt de directeur-bestuurder dit in het algemeen bestuur.
""")
    body += H1("6. Het ondersteuningscontinuüm in Kempenstroom") + P("""
Het aanbod in de regio is opgebouwd als een continuüm: van de basis op iedere school, via extra ondersteuning
op school en bovenschoolse voorzieningen, naar het voortgezet speciaal onderwijs. Praktijkonderwijs en
leerwegondersteuning hebben in onze regio een eigen plek in dat continuüm.
""") + T([["Voorziening", "Voor wie", "Capaciteit", "Locatie"],
          ["Extra ondersteuning op school (schoolarrangementen)", "leerlingen met een OPP", "alle scholen", "eigen school"],
          ["Leerwegondersteunend onderwijs (lwoo)", "vmbo-leerlingen met leerachterstanden", "ca. 1.150 leerlingen", "7 vmbo-vestigingen"],
          ["Praktijkonderwijs (PrO)", "leerlingen met een TLV pro", "ca. 420 leerlingen", "PrO De Werkplaats, PrO Kempenland"],
          ["Tussenvoorziening Schakelpunt", "leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren", "36 plaatsen", "Berkhoven"],
          ["Rebound Kempen", "time-out tot 10 weken", "12 plaatsen", "Loonbeek"],
          ["Route Entree", "PrO- en vmbo-bb-leerlingen met risico op voortijdig schoolverlaten", "40 plaatsen", "PrO De Werkplaats i.s.m. ROC Kempen"],
          ["Vso De Horizon (cluster 4)", "leerlingen met TLV vso", "ca. 190 leerlingen", "Kempenveld"],
          ["Vso Het Anker (cluster 3)", "leerlingen met TLV vso", "ca. 140 leerlingen", "Berkhoven"]]) + H2("6.1 Praktijkonderwijs en Route Entree") + P("""
Het praktijkonderwijs leidt leerlingen op voor arbeid, een Entree-opleiding of een mbo-opleiding op niveau 2.
Samen met ROC Kempen hebben de twee PrO-scholen de Route Entree ontwikkeld: leerlingen vanaf vijftien jaar
volgen twee dagen per week lessen op het ROC en drie dagen praktijkonderwijs, met een gezamenlijk
loopbaanplan. Ook vmbo-basisleerlingen met een verhoogd risico op uitval kunnen instromen. De route eindigt met
een Entree-diploma of een branchecertificaat.
""") + H2("6.2 Tussenvoorziening Schakelpunt en rebound") + P("""
Schakelpunt biedt onderwijs in kleine groepen aan leerlingen die tijdelijk niet in een reguliere klas kunnen
functioneren. De leerling blijft ingeschreven op de eigen school, die verantwoordelijk blijft. Rebound Kempen is
kortdurender en richt zich op het herstel van de relatie tussen leerling en school. Beide voorzieningen werken
met een plan van aanpak dat bij de start met school, ouders en leerling wordt opgesteld. Aan het eind van
iedere plaatsing keert de leerling terug naar de eigen school of stroomt hij door naar een passende andere
school.
""") + H2("6.3 Voortgezet speciaal onderwijs en uitstroomprofielen") + P("""
De twee vso-scholen bieden de uitstroomprofielen vervolgonderwijs, arbeidsmarktgericht en dagbesteding. In
het profiel vervolgonderwijs doen leerlingen examen in vmbo-, havo- of vwo-vakken; in het profiel arbeidsmarkt
werken zij aan branchecertificaten en lopen zij stage. Het profiel dagbesteding bereidt leerlingen voor op een
plek in de dagbesteding. De uitstroom naar vervolgonderwijs, arbeid en dagbesteding wordt door de scholen
jaarlijks in hun schoolgids gepubliceerd.
""")
    body += H1("7. Thuiszitters en witte vlekken") + P("""
Een leerling die niet naar school gaat, is een signaal dat het aanbod tekortschiet. Kempenstroom hanteert
de volgende afspraken:
""") + P("""
- scholen melden ongeoorloofd verzuim en dreigend thuiszitten binnen drie dagen bij leerplicht en binnen een week bij de consulent van het samenwerkingsverband;
- voor iedere thuiszitter is binnen twee weken een plan met een regisseur en een termijn;
- het Thuiszittersoverleg van samenwerkingsverband, leerplicht en jeugdhulp bespreekt iedere maand alle casussen die langer dan zes weken duren;
- scholen die een aanmelding ontvangen, vervullen hun zorgplicht en houden de leerling ingeschreven tot een andere school hem heeft ingeschreven.
""") + P("""
Eens per jaar inventariseert het samenwerkingsverband met scholen en gemeenten waar het aanbod niet toereikend
is. Uit de inventarisatie van 2025 kwam naar voren dat leerlingen met een combinatie van autisme en een
havo/vwo-niveau lang moeten wachten op een passende plek. Daarom start per augustus 2027 een havo-vwo-groep met
vijftien plaatsen binnen Schakelpunt. De jeugdhulpaanbieders en de gemeenten zijn betrokken bij de opzet van
deze groep, die onderwijs en zorg combineert; de gemeenten financieren het zorgdeel.
""")
    body += H1("8. Toewijzing van vso, praktijkonderwijs en leerwegondersteuning") + H2("8.1 Toelaatbaarheid tot het vso") + P("""
Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de
toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van Kempenstroom. De aanvraag bevat het OPP met
de evaluatie van de geboden ondersteuning, een verslag van het multidisciplinair overleg en de zienswijze van de
ouders. De commissie vraagt advies aan twee deskundigen: een orthopedagoog of GZ-psycholoog en, afhankelijk van
de vraag, een kinderpsychiater, jeugdarts of maatschappelijk werker. De commissie besluit binnen zes weken na
ontvangst van de complete aanvraag.

Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:
""") + P("""
1. de school heeft ten minste een schooljaar lang extra ondersteuning geboden volgens een OPP en dit aantoonbaar geëvalueerd;
2. een bovenschoolse voorziening (Schakelpunt of rebound) is ingezet of is aantoonbaar niet passend;
3. de ondersteuningsbehoefte van de leerling vraagt om een combinatie van een kleine groep, specifieke expertise en een aangepast programma die in het regulier onderwijs redelijkerwijs niet te organiseren is;
4. de leerling heeft een ontwikkelingsperspectief dat past bij een van de uitstroomprofielen van het vso.
""") + P("""
De TLV wordt afgegeven voor een, twee of drie schooljaren, afhankelijk van de verwachte ontwikkeling, en
vermeldt de bekostigingscategorie laag, midden of hoog. De categorie is hoog bij leerlingen met
meervoudige beperkingen, midden bij lichamelijke beperkingen of langdurige ziekte en in de overige gevallen laag.
""") + H2("8.2 Praktijkonderwijs") + P("""
Voor het praktijkonderwijs gelden de landelijke criteria. Een leerling is toelaatbaar als hij een IQ tussen 55
en 80 heeft en op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen, spellen,
inzichtelijk rekenen) een leerachterstand van drie jaar of meer heeft. De vo-school of PrO-school waar de
leerling is aangemeld, dient de aanvraag vóór 1 maart in bij de Commissie Toewijzing. De commissie beslist
binnen vier weken. Een TLV voor het praktijkonderwijs geldt voor de duur van de opleiding.
""") + H2("8.3 Leerwegondersteunend onderwijs") + P("""
Kempenstroom hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van
1,5 tot 3 jaar op ten minste twee domeinen, of een IQ tussen 91 en 120 met een dergelijke leerachterstand én
sociaal-emotionele problematiek die het leren belemmert. De vmbo-school waar de leerling is aangemeld, vraagt
de aanwijzing aan bij de Commissie Toewijzing, die binnen vier weken beslist. De aanwijzing geldt voor de
gehele vmbo-opleiding.
""")
    body += H1("9. Van vso naar regulier vo") + P("""
Kempenstroom vindt dat een plaatsing in het vso geen eindstation hoeft te zijn. Ons uitgangspunt is dat een
leerling terugkeert naar het regulier voortgezet onderwijs zodra dat in zijn belang is, bij voorkeur op een
school dicht bij huis. Terugkeer ligt voor de hand als uit het OPP blijkt dat de leerling de doelen van het
vso-programma haalt, zelfstandig in een grotere groep kan werken en de ondersteuning die hij nog nodig heeft
binnen een reguliere school met een arrangement kan worden geboden. Terugkeer is geen doel op zich: een
leerling die het vso nodig heeft, blijft daar.

Een leerling die terugkeert, krijgt een overstaparrangement van ten hoogste een schooljaar: de vso-school
biedt ambulante begeleiding aan leerling en mentor en de ontvangende school krijgt een budget voor extra
ondersteuning uit de middelen voor individuele arrangementen. Hoe de terugplaatsing verloopt, wie het
initiatief neemt en op welke momenten wordt bekeken of terugkeer mogelijk is, leggen de vso-scholen en de
vo-scholen vast in een stappenplan dat in 2027 gereed is.
""")
    body += H1("10. Middelen") + P("""
Het algemeen bestuur verdeelt de ondersteuningsmiddelen volgens een verdeelmodel dat in 2025 na evaluatie is
aangepast. De directeur-bestuurder doet jaarlijks in oktober een voorstel; het algemeen bestuur stelt de
verdeling in november vast. De hoofdlijnen zijn:
""") + P("""
- 55 procent van de middelen voor lichte ondersteuning gaat als schoolbudget naar de besturen, verdeeld naar rato van het aantal leerlingen op 1 oktober (circa € 210 per leerling);
- de lwoo-middelen gaan naar de besturen met een lwoo-licentie, naar rato van het aantal leerlingen met een lwoo-aanwijzing op 1 oktober;
- de middelen voor praktijkonderwijs worden volledig doorgegeven aan de twee PrO-scholen;
- de bovenschoolse voorzieningen en de Route Entree worden bekostigd per plaats, op basis van een vooraf vastgestelde capaciteit;
- individuele arrangementen en overstaparrangementen worden door de Commissie Toewijzing toegekend op aanvraag van de school, op basis van het OPP.
""") + P("""
De reserve van het samenwerkingsverband lag eind 2024 boven de signaleringswaarde. Het bovenmatige deel
wordt in de jaren 2026 tot en met 2028 afgebouwd door extra inzet op Schakelpunt en de Route Entree.
""") + T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
          ["Baten rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Afdrachten vso en PrO", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Schoolbudgetten en lwoo", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Bureau en bestuur", "p.m.", "p.m.", "p.m.", "p.m."]]) + P("""
De meerjarenbegroting wordt na bekendmaking van de definitieve rijksbekostiging door het algemeen bestuur
vastgesteld en als bijlage 4 aan dit plan toegevoegd.
""")
    body += H1("11. Resultaten: terugblik en ambities") + H2("11.1 Terugblik 2022–2026") + P("""
In de vorige planperiode daalde het aantal thuiszitters (langer dan vier weken) van 31 op 1 oktober 2022 naar
17 op 1 oktober 2025. Het deelnamepercentage vso bleef stabiel rond 3,4 procent, boven het landelijk
gemiddelde van 3,1 procent. Het aantal leerlingen dat vanuit het vso terugkeerde naar het regulier vo was 11
(2022-2023), 9 (2023-2024) en 14 (2024-2025). Van de leerlingen die de Route Entree volgden, behaalde 78
procent een diploma of certificaat. In de oudertevredenheidspeiling van 2025 gaven ouders de toewijzing een 6,8.
""") + H2("11.2 Ambities 2026–2030") + T([
        ["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
        ["Thuiszitters langer dan vier weken (peildatum 1 oktober)", "17", "≤ 8"],
        ["Deelnamepercentage vso", "3,4%", "≤ 3,1%"],
        ["Diploma of certificaat Route Entree", "78%", "≥ 85%"],
        ["Oudertevredenheid toewijzing (rapportcijfer)", "6,8", "≥ 7,5"],
        ["Vestigingen die voldoen aan de kwaliteitskaart", "9 van 12", "12 van 12"]]) + H2("11.3 Zo volgen wij de resultaten") + P("""
De consulenten registreren iedere aanvraag, toewijzing en thuiszittersmelding in het registratiesysteem.
Twee keer per jaar, in februari en september, maakt de beleidsmedewerker een monitor met de indicatoren uit de
tabel, aangevuld met DUO-gegevens en de verzuimcijfers van leerplicht. De monitor wordt besproken in het
directeurenoverleg, het algemeen bestuur en de OPR. De bereikte resultaten en de kosten per voorziening
verantwoorden wij jaarlijks in het jaarverslag, dat vóór 1 juli verschijnt. Eens per twee jaar houden wij een
tevredenheidspeiling onder ouders en scholen.
""")
    body += H1("12. Ouders en leerlingen") + P("""
Ouders zijn de eerste deskundigen als het om hun kind gaat. Kempenstroom informeert ouders op verschillende
manieren over de ondersteuning die in de regio beschikbaar is:
""") + P("""
- de website www.kempenstroom.nl heeft een ouderdeel met een uitleg van alle voorzieningen uit hoofdstuk 6 en van de toewijzing;
- de folder 'Wat als mijn kind meer nodig heeft?' wordt bij iedere aanmelding in de brugklas meegegeven;
- in oktober organiseren wij drie informatieavonden in de regio voor ouders van leerlingen in groep 8;
- de ondersteuningscoördinator van de school is voor ouders het aanspreekpunt voor vragen over de ondersteuning.
""") + P("""
Ouders die vragen hebben over de ondersteuning van hun kind, kunnen daarnaast contact opnemen met de
ondersteuningscoördinator of de mentor. Waar ouders terechtkunnen voor onafhankelijk advies en ondersteuning,
zetten wij op een rij zodra de landelijke regels voor het ouder- en jeugdsteunpunt bekend zijn. Leerlingen
praten mee via een jongerenpanel.
""")
    body += H1("13. Samenwerking met gemeenten en jeugdhulp") + P("""
Met de vijf gemeenten is afgesproken dat iedere vo-school een vaste jeugdhulpverlener van het lokale team heeft.
In het OOGO zijn daarnaast afspraken gemaakt over de financiering van het zorgdeel van de havo-vwo-groep en over
leerlingenvervoer naar de bovenschoolse voorzieningen. Het OOGO vindt twee keer per jaar plaats.
""")
    c["n"] = 14; body += f_governance(c)
    c["n"] = 15; body += f_opr(c)
    c["n"] = 16; body += f_personeel(c)
    c["n"] = 17; body += f_ict(c)
    c["n"] = 18; body += f_planning(c, "27 januari 2026", "24 februari 2026", "10 maart 2026")
    body += H1("Bijlage 1. Begrippenlijst") + T([
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Volgens het Referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, onderwijsondersteuningsstructuur en planmatig werken."],
        ["Entree", "Mbo-opleiding op niveau 1."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen: adviseert bij bezwaar tegen een TLV."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jongeren."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert."],
        ["PrO", "Praktijkonderwijs."],
        ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs."]])
    blocks = [("title", "Ondersteuningsplan 2026–2030"),
              ("subtitle", "Stichting Samenwerkingsverband Voortgezet Onderwijs Kempenstroom (VO 30-08)"),
              ("subtitle", "Iedere jongere een plek – van basis tot beroep"),
              ("pagebreak",),
              ("toc", toc_from(body, ["Bijlage 2. Kwaliteitskaart basisondersteuning (zie website)",
                                      "Bijlage 3. Klachten en bezwaar (zie website)",
                                      "Bijlage 4. Meerjarenbegroting 2026–2029 (volgt)"])),
              ("pagebreak",)] + body
    return c, blocks


# ---------------------------------------------------------------------------------------------
# Plan 3: VO, html web version. Basisondersteuning only in a table, terugplaatsing hidden in FAQ.
# ---------------------------------------------------------------------------------------------

def plan_vo_web():
    c = dict(name="Samenwerkingsverband VO De Brede Delta", code="VO 28-02", period="2026–2030", sector="vo",
             gemeenten=["Deltastad", "Schouwenwaard", "Noord-Beveland-Oost"], inwoners="160.000", besturen=5,
             vestigingen=11, leerlingen="8.700", fte=9, bureau="Deltastad", opr=8, privjaar=2025, sessies=5,
             dirbest="ir. M. de Smet-Koole", web="www.brededelta.nl")
    body = []
    body += H1("Home") + P("""
Welkom op de webversie van het ondersteuningsplan 2026–2030 van Samenwerkingsverband VO De Brede Delta.
Via het menu vindt u alle onderdelen van het plan. De pdf-versie met alle bijlagen kunt u downloaden op de
pagina Downloads. Deze webversie is gelijk aan de door het algemeen bestuur vastgestelde tekst, met uitzondering
van de bijlagen, die als afzonderlijke documenten zijn gepubliceerd.
""")
    c["n"] = 1; body += f_voorwoord(c)
    c["n"] = 2; body += f_regio(c)
    c["n"] = 3; body += f_visie(c)
    body += H1("4. Basisondersteuning") + P("""
De vijf besturen in De Brede Delta hebben afgesproken welke ondersteuning iedere school minimaal biedt. De
afspraken in de tabel hieronder gelden als ondergrens voor alle elf vestigingen, ook voor de school voor
praktijkonderwijs. Scholen vermelden in hun schoolondersteuningsprofiel wat zij daarnaast bieden.
""") + T([
        ["Wat kunt u van elke school verwachten?", "Concreet"],
        ["Aanspreekpunt", "Iedere leerling heeft een mentor; iedere vestiging heeft een ondersteuningscoördinator die ouders binnen drie werkdagen terugbelt."],
        ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; extra tijd, vergrote opgaven en voorleessoftware bij toetsen; RT in kleine groepjes in klas 1 en 2."],
        ["Gedrag en welbevinden", "Training sociale vaardigheden en faalangstreductie, anti-pestcoördinator, time-outruimte met begeleiding."],
        ["Leren leren", "Huiswerkbegeleiding op school vier middagen per week; coaching bij plannen en organiseren."],
        ["Snel signaleren", "Leerlingbespreking ten minste drie keer per jaar; zorg- en adviesteam met jeugdarts en leerplicht zes keer per jaar."],
        ["Deskundigheid", "Op afroep een orthopedagoog voor observatie en advies aan de mentor."],
        ["Medisch", "Protocol medisch handelen; afspraken over medicijngebruik; aangepaste gymlessen."],
        ["Nieuwkomers", "Extra NT2-lessen voor leerlingen die de internationale schakelklas hebben verlaten."],
        ["Plan", "Ontwikkelingsperspectief (OPP) voor iedere leerling die meer dan de basis nodig heeft, twee keer per jaar geëvalueerd met ouders en leerling."]]) + P("""
De consulenten van het samenwerkingsverband bespreken jaarlijks met iedere vestiging of zij aan deze
afspraken voldoet. Het verslag van dat gesprek gaat naar het bestuur van de school.
""")
    body += H1("5. Ons ondersteuningsaanbod") + P("""
Deze pagina wordt op dit moment vernieuwd. Het nieuwe overzicht van arrangementen en voorzieningen in De Brede
Delta verschijnt in het voorjaar van 2026 op deze plek. Tot die tijd kunt u voor vragen over het aanbod contact
opnemen met het bureau.
""")
    body += H1("6. Toelaatbaarheid (TLV)") + P("""
Op deze pagina leest u meer over toelaatbaarheid tot het voortgezet speciaal onderwijs en het
praktijkonderwijs en over leerwegondersteunend onderwijs.

De procedure en de criteria voor toelaatbaarheid tot het vso, het praktijkonderwijs en lwoo zijn opgenomen in
bijlage 3, het Toewijzingsreglement De Brede Delta 2026. Scholen vinden de formulieren in de besloten omgeving.
""")
    body += H1("7. Financiën") + P("""
Het samenwerkingsverband ontvangt rijksbekostiging voor lichte en zware ondersteuning. Een groot deel daarvan
wordt rechtstreeks door DUO afgedragen aan de scholen voor voortgezet speciaal onderwijs en praktijkonderwijs.
Hoe de overige middelen over de schoolbesturen worden verdeeld, is vastgelegd in het Verdeelreglement, dat u
vindt op www.brededelta.nl/downloads. Het reglement wordt in 2026 geëvalueerd.

De meerjarenbegroting laat zien waaraan het samenwerkingsverband de middelen in de planperiode besteedt:
""") + T([
        ["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Afdracht vso (DUO)", "4.980", "5.010", "5.050", "5.080"],
        ["Afdracht praktijkonderwijs (DUO)", "1.620", "1.610", "1.600", "1.590"],
        ["Middelen lichte ondersteuning naar besturen", "2.310", "2.290", "2.260", "2.240"],
        ["Rebound Delta", "310", "310", "320", "320"],
        ["OPDC Schelde", "640", "650", "660", "670"],
        ["Terugkeerarrangementen vso-vo", "60", "60", "60", "60"],
        ["Consulenten en orthopedagogen", "720", "730", "740", "750"],
        ["Bureau, bestuur en huisvesting", "410", "415", "420", "425"],
        ["Totaal lasten", "11.050", "11.075", "11.110", "11.135"],
        ["Totaal baten", "11.020", "11.060", "11.100", "11.140"]])
    body += H1("8. Resultaten") + P("""
De Brede Delta wil laten zien wat passend onderwijs oplevert. Meer informatie daarover vindt u in het
jaarverslag op de pagina Downloads. Het jaarverslag over 2025 verschijnt in juni 2026.
""")
    body += H1("9. Voor ouders") + P("""
Als uw kind extra ondersteuning nodig heeft, wilt u weten wat er mogelijk is. De Brede Delta informeert u op
verschillende manieren:
""") + P("""
- op deze website staat per school het schoolondersteuningsprofiel, zodat u kunt zien wat de school biedt;
- iedere school geeft bij de aanmelding de ouderfolder 'Passend onderwijs in De Brede Delta' mee;
- de ondersteuningscoördinator van de school bespreekt met u welke ondersteuning mogelijk is;
- twee keer per jaar houden wij een ouderavond over passend onderwijs, in Deltastad en in Schouwenwaard;
- u kunt bellen of mailen met het ouderloket van het samenwerkingsverband, op werkdagen van 9.00 tot 12.00 uur.
""") + P("""
Wilt u met iemand praten die los staat van school en samenwerkingsverband? Dan kunt u terecht bij het Ouder- en
Jeugdsteunpunt Zeeland-Delta, dat onafhankelijk werkt en gratis is. Ook de Onderwijsconsulenten kunnen u
kosteloos adviseren en bemiddelen. Bent u het niet eens met een besluit over toelating, verwijdering of het
OPP, dan kunt u zich wenden tot de Geschillencommissie passend onderwijs. Klachten over het
samenwerkingsverband behandelen wij volgens onze klachtenregeling.

Ouders hebben een stem in het beleid via de ondersteuningsplanraad, waarin ouders en leerlingen de helft van de
zetels bezetten. Leerlingen met een OPP worden gehoord over hun ontwikkelingsperspectief.
""")
    body += H1("10. Veelgestelde vragen") + H2("Wat is een samenwerkingsverband?") + P("""
Alle scholen voor voortgezet onderwijs in een regio werken samen in een samenwerkingsverband passend onderwijs.
Het samenwerkingsverband is een stichting van de schoolbesturen. Het maakt afspraken met de scholen, ontvangt het
geld voor extra ondersteuning van het Rijk en legt die afspraken elke vier jaar vast in een ondersteuningsplan.
""") + H2("Welke scholen horen bij De Brede Delta?") + P("""
Bij De Brede Delta horen de scholen van vijf besturen: het Deltacollege (drie locaties), het Schouwen Lyceum, de
Scheldeschool voor vmbo, het Zeeuws Montessori College, Praktijkschool De Haven, vso-school De Vuurtoren en
vso-school Het Kompas. De adressen vindt u op de pagina Contact.
""") + H2("Hoe weet ik wat de school van mijn kind biedt?") + P("""
Dat staat in het schoolondersteuningsprofiel van de school. U vindt het op de website van de school en op
onze pagina Voor ouders.
""") + H2("Mijn kind zit op het vso. Kan het terug naar een gewone school?") + P("""
Ja, als dat in het belang van uw kind is. De Brede Delta vindt dat een leerling zo thuisnabij en zo regulier
mogelijk onderwijs moet krijgen. Terugkeer naar een reguliere school voor vo is mogelijk als uit het OPP blijkt
dat uw kind zich in het vso zo heeft ontwikkeld dat het met ondersteuning in een reguliere klas kan meedoen,
en als er een school is die die ondersteuning kan bieden. Terugkeer gebeurt nooit tegen het belang van de
leerling in.

Zo gaat het in zijn werk. In het laatste jaar van de toelaatbaarheidsverklaring bespreekt de commissie van
begeleiding van de vso-school in november bij de evaluatie van het OPP of terugkeer haalbaar is. Is dat zo,
dan neemt de vso-school het initiatief: zij nodigt vóór 1 maart u, uw kind, een consulent van het
samenwerkingsverband en de ontvangende school uit voor een overstapgesprek. De consulent adviseert en het
bevoegd gezag van de ontvangende school besluit over de inschrijving. Uw kind kan eerst acht weken
proefdraaien terwijl het nog op de vso-school staat ingeschreven. Na een geslaagde proefperiode stapt uw kind
over en loopt de toelaatbaarheidsverklaring op 31 juli af zonder verlenging. Is terugkeer (nog) niet haalbaar,
dan bespreekt de vso-school met u hoe het verder gaat.

Na de overstap krijgt uw kind een terugkeerarrangement van een schooljaar: een ambulant begeleider van de
vso-school komt op school om uw kind en de mentor te begeleiden. De kosten daarvan draagt het
samenwerkingsverband.
""") + H2("Wie betaalt het leerlingenvervoer?") + P("""
Leerlingenvervoer is een taak van de gemeente waar u woont. Informatie vindt u op de website van uw gemeente.
""") + H2("Wat doet de ondersteuningsplanraad?") + P("""
De OPR praat mee over het beleid van het samenwerkingsverband en moet instemmen met het ondersteuningsplan.
""")
    body += H1("Leerlingen aan het woord") + P("""
Bij de voorbereiding van dit plan hebben wij op vier scholen gesprekken gevoerd met leerlingen. Wij vroegen hun
wat zij belangrijk vinden als het gaat om hulp op school. De antwoorden waren opvallend eensgezind: leerlingen
willen een mentor die tijd voor hen heeft, een rustige plek als het even niet gaat en leraren die weten wat zij
nodig hebben zonder dat zij het steeds opnieuw moeten uitleggen. Verschillende leerlingen vertelden dat zij het
lastig vinden als er over hen wordt gepraat zonder dat zij erbij zijn.

Wij nemen deze boodschap ter harte. Het leerlingpanel van De Brede Delta, met twaalf leerlingen van alle
schoolsoorten, komt twee keer per jaar bijeen met de directeur-bestuurder. Het panel mag over ieder onderwerp
meepraten en kiest zelf ook onderwerpen. In het voorjaar van 2025 sprak het panel bijvoorbeeld over de
toegankelijkheid van de time-outruimtes en over de manier waarop scholen omgaan met leerlingen die veel
verzuimen vanwege een chronische ziekte.
""")
    body += H1("Landelijke ontwikkelingen") + P("""
Passend onderwijs is volop in beweging. De wet die de positie van ouders en leerlingen versterkt, brengt onder
meer het hoorrecht voor leerlingen en een ouder- en jeugdsteunpunt in ieder samenwerkingsverband. Daarnaast
werkt het ministerie aan een landelijke norm voor basisondersteuning en aan een vereenvoudiging van de
bekostiging. Wij volgen deze ontwikkelingen via de sectorraden en passen dit plan aan zodra de nieuwe regels
gelden. Over belangrijke wijzigingen informeren wij scholen via de nieuwsbrief.
""")
    body += H1("Downloads") + P("""
- Ondersteuningsplan 2026–2030 (pdf, met bijlagen)
- Bijlage 3: Toewijzingsreglement De Brede Delta 2026
- Verdeelreglement 2024
- Jaarverslag 2024
- Klachtenregeling
- Privacyreglement 2025
- Ouderfolder 'Passend onderwijs in De Brede Delta' (Nederlands, Engels, Turks)
""")
    body += H1("Contact") + P("""
Het bureau van De Brede Delta is op werkdagen bereikbaar van 8.30 tot 16.30 uur. Het ouderloket is bereikbaar
op werkdagen van 9.00 tot 12.00 uur. Bezoekadres: Havenkade 14, Deltastad. Wilt u langskomen, maak dan vooraf
een afspraak. Voor vragen over een individuele leerling neemt u eerst contact op met de school.
""")
    c["n"] = 11; body += f_governance(c)
    c["n"] = 12; body += f_opr(c)
    c["n"] = 13; body += f_personeel(c)
    c["n"] = 14; body += f_ict(c, tlv=False)
    c["n"] = 15; body += f_planning(c, "3 februari 2026", "3 maart 2026", "12 maart 2026", evaluatie=False)
    body += H1("Begrippen") + T([
        ["Begrip", "Uitleg"],
        ["Bekostigingscategorie", "Laag, midden of hoog; staat op de TLV."],
        ["CvT", "Commissie van Toelaatbaarheid: beslist over TLV-aanvragen na advies van twee deskundigen."],
        ["Dekkend aanbod", "Een passend aanbod voor iedere leerling in de regio, zonder witte vlekken."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke plaats voor vmbo-leerlingen."],
        ["Rebound", "Tijdelijke opvang buiten de eigen school."],
        ["Thuiszitter", "Leerplichtige jongere die zonder vrijstelling langer dan vier weken niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring voor vso of praktijkonderwijs, geldig voor één of meer schooljaren."]])
    nav = [("Home", "home"), ("Basisondersteuning", "4-basisondersteuning"),
           ("Ons ondersteuningsaanbod", "5-ons-ondersteuningsaanbod"),
           ("Toelaatbaarheid (TLV)", "6-toelaatbaarheid-tlv"),
           ("Terugplaatsing", "mijn-kind-zit-op-het-vso-kan-het-terug-naar-een-gewone-school"),
           ("Financiën", "7-financi-n"), ("Resultaten", "8-resultaten"), ("Voor ouders", "9-voor-ouders"),
           ("Thuiszitters", "begrippen"), ("Downloads", "home")]
    blocks = [("title", "Ondersteuningsplan 2026–2030 – webversie"),
              ("subtitle", "Samenwerkingsverband VO De Brede Delta (VO 28-02)")] + body
    return c, blocks, nav


# ---------------------------------------------------------------------------------------------
# Plan 4: PO, docx + pdf. sbo/so, terugplaatsing procedure inside the TLV chapter,
# 'Doorstroom naar het VO' chapter that is not terugstroom.
# ---------------------------------------------------------------------------------------------

def plan_po_sbo():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs Hunzedal", code="PO 20-05",
             period="2026–2030", sector="po", gemeenten=["Hunzestad", "Westerveen", "Drieborg", "Aekinge"],
             inwoners="140.000", besturen=9, vestigingen=68, leerlingen="12.900", fte=14, bureau="Hunzestad",
             opr=12, privjaar=2025, sessies=8, dirbest="drs. H.J. Wubbels", web="www.ppohunzedal.nl")
    body = []
    c["n"] = 1; body += f_voorwoord(c)
    c["n"] = 2; body += f_regio(c)
    body += P("""
In het gebied zijn drie scholen voor speciaal basisonderwijs (sbo) gevestigd: De Wegwijzer in Hunzestad, De
Toekomst in Westerveen en De Klimboom in Drieborg. Daarnaast bieden twee scholen voor speciaal onderwijs (so)
onderwijs aan leerlingen uit onze regio: Het Baken (cluster 4) en De Zonnewijzer (cluster 3, met een afdeling
voor zeer moeilijk lerende leerlingen). Leerlingen met een visuele of auditieve beperking worden ondersteund
door de landelijke instellingen voor cluster 1 en 2; daarover beslist het samenwerkingsverband niet.
""")
    c["n"] = 3; body += f_visie(c)
    body += H1("4. Basisondersteuning") + P("""
In Hunzedal is basisondersteuning de ondersteuning die alle 68 scholen, inclusief de drie sbo-scholen, iedere
leerling bieden binnen de eigen groep of school, zonder dat daarvoor een aanvraag bij het samenwerkingsverband
nodig is. De besturen hebben dit niveau in 2025 opnieuw vastgesteld. Het geldt voor iedere vestiging als
minimum; wat een school daarbovenop biedt, is extra ondersteuning.

Op iedere school in Hunzedal:
""") + P("""
- werkt een intern begeleider met ten minste een halve dag per week per honderd leerlingen;
- volgt de school de ontwikkeling van alle leerlingen met een leerlingvolgsysteem en bespreekt zij iedere groep drie keer per jaar in een groepsbespreking;
- werken leerkrachten handelingsgericht met groepsplannen of een vergelijkbare werkwijze;
- is een dyslexieprotocol en een protocol ernstige rekenproblemen in gebruik, met begeleiding in kleine groepjes vanaf groep 3;
- is er een aanpak voor sociale veiligheid en een anti-pestcoördinator;
- is er een aanbod voor leerlingen die meer aankunnen (verrijking en verdieping binnen de groep);
- kan de school een beroep doen op het ondersteuningsteam van het samenwerkingsverband, met een orthopedagoog en een schoolmaatschappelijk werker, binnen twee weken na de vraag;
- stelt de school een ontwikkelingsperspectief op voor leerlingen die extra ondersteuning krijgen en bespreekt het met ouders.
""") + P("""
Het samenwerkingsverband gaat eens per twee jaar met iedere school in gesprek over de basisondersteuning aan
de hand van een zelfevaluatie en een schoolbezoek. Scholen die op onderdelen tekortschieten, krijgen
begeleiding van een orthopedagoog van het samenwerkingsverband en maken een verbeterplan met een termijn van
ten hoogste een jaar.
""")
    body += H1("5. Dekkend aanbod: van basis tot speciaal") + P("""
Het aanbod in Hunzedal is opgebouwd uit vier lagen. Samen zorgen zij ervoor dat iedere leerling een zo passend
mogelijke plek krijgt, zo dicht mogelijk bij huis.
""") + T([["Laag", "Aanbod", "Toegang"],
          ["Basis", "Basisondersteuning op alle scholen (hoofdstuk 4)", "vrij"],
          ["Extra op school", "Arrangementen op de eigen school: onderwijsassistentie, ambulante begeleiding, aangepast programma", "aanvraag bij het ondersteuningsteam"],
          ["Bovenschools", "Observatiegroep De Brug (12 plaatsen), plusklas voor hoogbegaafde leerlingen (4 locaties), nieuwkomersklas Hunzestad, taalklas jonge kinderen", "aanvraag bij het ondersteuningsteam"],
          ["Speciaal", "Sbo (3 scholen, ca. 360 leerlingen) en so cluster 3 en 4 (2 scholen, ca. 210 leerlingen uit de regio)", "toelaatbaarheidsverklaring (hoofdstuk 6)"]]) + P("""
Iedere school heeft een vaste contactpersoon in het ondersteuningsteam. Als een school de ondersteuning die een
leerling nodig heeft niet kan bieden, bespreekt zij de leerling met ouders en contactpersoon in een
multidisciplinair overleg. Daar wordt afgesproken welk arrangement of welke voorziening nodig is. Scholen hebben
zorgplicht: een school die een aanmelding ontvangt en de leerling zelf geen passende plek kan bieden, zoekt
samen met ouders en het ondersteuningsteam een school die dat wel kan.
""") + H2("5.1 Thuiszitters en wachtlijsten") + P("""
Elke melding van een leerling die langer dan vier weken niet naar school gaat, bespreekt het
ondersteuningsteam binnen tien werkdagen met de school, de leerplichtambtenaar en, als er hulp betrokken is,
het gebiedsteam van de gemeente. Er wordt een casusregisseur aangewezen. Iedere drie maanden bespreken
samenwerkingsverband en leerplicht alle lopende casussen en stellen zij vast of er een patroon is.

Twee keer per jaar brengt het samenwerkingsverband de wachtlijsten van de bovenschoolse voorzieningen en van de
so-scholen in kaart. In 2025 bleek dat jonge kinderen met een ontwikkelingsachterstand en gedragsproblemen te
lang moesten wachten op een plek in de observatiegroep. Per 1 augustus 2027 opent daarom een tweede
observatiegroep in Westerveen. Ook voor leerlingen die vanwege ernstige angst niet naar school gaan, is
onvoldoende aanbod; in 2026 ontwikkelen wij met jeugdhulp een combinatie van onderwijs thuis en op school.
""") + H2("5.2 Samenwerking met gemeenten en jeugdhulp") + P("""
Met de vier gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp op school, de inzet van
schoolmaatschappelijk werk en onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig
hebben. Gemeenten betalen de zorgcomponent, het samenwerkingsverband de onderwijscomponent.
""")
    body += H1("6. Toelaatbaarheid tot sbo en so") + H2("6.1 Wie vraagt aan en hoe") + P("""
1. Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de toelaatbaarheidsverklaring aan bij de TLV-commissie van Hunzedal. De aanvraag bevat het groeidocument met het OPP, de evaluatie van de geboden ondersteuning, een verslag van het multidisciplinair overleg en de zienswijze van ouders.
2. Twee deskundigen adviseren ieder schriftelijk: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een kinderarts, een maatschappelijk werker of een kinder- en jeugdpsychiater). Zij zijn niet betrokken geweest bij de aanvraag.
3. De TLV-commissie besluit binnen zes weken na ontvangst van de volledige aanvraag. In spoedeisende situaties kan de commissie binnen vijf werkdagen een tijdelijke TLV van ten hoogste drie maanden afgeven.
4. Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen.
""") + H2("6.2 Wanneer is een leerling toelaatbaar?") + P("""
Een leerling is toelaatbaar tot het speciaal basisonderwijs als de basisschool, met inzet van een arrangement
van het ondersteuningsteam, gedurende ten minste zes maanden aantoonbaar niet aan de ondersteuningsbehoefte kan
voldoen, én de leerling is aangewezen op een kleinere groep met een orthopedagogisch klimaat gedurende de hele
schooldag. Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast specialistische expertise of
zorg in onderwijstijd nodig is die een sbo-school niet kan bieden, bijvoorbeeld bij een zeer laag
ontwikkelingsniveau, ernstige psychiatrische problematiek of een lichamelijke beperking met intensieve
verzorging. De commissie toetst beide sporen afzonderlijk.
""") + H2("6.3 Duur en bekostigingscategorie") + P("""
Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor
twee schooljaren, met een bekostigingscategorie laag, midden of hoog die de commissie motiveert op basis van de
ondersteuningsbehoefte.
""") + H2("6.4 Afloop van de TLV en terugkeer naar het basisonderwijs") + P("""
In het laatste schooljaar waarvoor een TLV geldt, evalueert de commissie van begeleiding van de so-school in
januari het OPP. Voor sbo-leerlingen gebeurt dat jaarlijks in januari. Bij die evaluatie zijn ouders en de
contactpersoon van het ondersteuningsteam aanwezig. De s(b)o-school meldt uiterlijk 1 maart bij het
samenwerkingsverband of zij terugkeer naar een basisschool voorstelt of een nieuwe TLV aanvraagt. Bij een
voorstel tot terugkeer organiseert de contactpersoon vóór 1 mei een overdrachtsgesprek met de beoogde
basisschool; het bevoegd gezag van die school besluit over de inschrijving. De TLV eindigt op 31 juli van het
laatste schooljaar; een leerling die niet terugkeert, krijgt alleen een nieuwe TLV als de commissie daartoe
besluit volgens paragraaf 6.1.

De uitgangspunten voor terugplaatsing, de voorwaarden waaronder zij plaatsvindt en de begeleiding van leerlingen
na hun terugkeer beschrijven wij in het terugplaatsingsbeleid, dat in de loop van 2027 wordt vastgesteld.
""") + H2("6.5 Bezwaar") + P("""
Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken tegen een besluit van de TLV-commissie.
Hunzedal is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die de
directeur-bestuurder adviseert voordat hij op het bezwaar beslist.
""")
    body += H1("7. Doorstroom naar het voortgezet onderwijs") + P("""
Ieder jaar stappen ongeveer 1.350 leerlingen over van de basisschool, het sbo of het so naar het voortgezet
onderwijs. Voor leerlingen met extra ondersteuning vraagt die overstap om een zorgvuldige overdracht. Het
samenwerkingsverband werkt daarvoor samen met het samenwerkingsverband VO Hunze-Aa.

De afspraken zijn:
""") + P("""
- de basisschool of s(b)o-school geeft vóór 1 maart een schooladvies en stelt een onderwijskundig rapport op;
- voor leerlingen met een OPP vindt vóór 1 april een warme overdracht plaats tussen de intern begeleider en de ondersteuningscoördinator van de vo-school;
- voor leerlingen die mogelijk zijn aangewezen op praktijkonderwijs of leerwegondersteuning, dient de vo-school de aanvraag in bij het samenwerkingsverband VO, dat daarover beslist;
- so-leerlingen die doorstromen naar het vso hebben een TLV van het samenwerkingsverband VO nodig; de so-school start die aanvraag in groep 8;
- in het eerste jaar van het vo koppelt de vo-school in december terug hoe het met de leerling gaat.
""") + P("""
Sbo-leerlingen stromen vaker dan gemiddeld uit naar het praktijkonderwijs en de basisberoepsgerichte leerweg.
Wij onderzoeken met het samenwerkingsverband VO of een gezamenlijke zomerschool de overstap kan verzachten.
""")
    body += H1("8. Financieel beleid") + H2("8.1 Verdeling van de middelen") + P("""
Het samenwerkingsverband ontvangt jaarlijks circa € 11,2 miljoen. Daarvan wordt ongeveer € 4,1 miljoen door
DUO rechtstreeks afgedragen aan de so-scholen. Voor het sbo geldt de regeling voor groeibekostiging: groeit het
aantal sbo-leerlingen tussen 1 oktober en de peildatum 1 februari, dan draagt het samenwerkingsverband de
extra bekostiging over aan het sbo-bestuur. Het aandeel van iedere sbo-school wordt bepaald naar rato van de
groei op de peildatum. De overige middelen verdelen wij volgens het volgende model, dat het algemeen bestuur
jaarlijks in november vaststelt:
""") + P("""
- € 165 per leerling (teldatum 1 oktober) gaat als schoolbudget naar de besturen voor extra ondersteuning op de eigen scholen;
- de sbo-scholen ontvangen een vast bedrag van € 4.850 per leerling boven de landelijke basisbekostiging;
- arrangementen boven het schoolbudget worden toegekend door het ondersteuningsteam, tot maximaal € 9.000 per leerling per jaar;
- het ondersteuningsteam, de observatiegroep en de plusklassen worden centraal bekostigd.
""") + H2("8.2 Meerjarenbegroting") + T([
        ["(x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Baten rijksbijdrage", "11.210", "11.150", "11.080", "11.020"],
        ["Afdracht so (DUO)", "4.120", "4.150", "4.170", "4.190"],
        ["Afdracht en bijdrage sbo", "2.050", "2.020", "2.000", "1.990"],
        ["Schoolbudgetten besturen", "2.130", "2.110", "2.090", "2.070"],
        ["Arrangementen", "880", "900", "900", "900"],
        ["Ondersteuningsteam", "1.020", "1.030", "1.040", "1.050"],
        ["Observatiegroepen en plusklassen", "560", "690", "700", "710"],
        ["Bureau en bestuur", "590", "595", "600", "605"],
        ["Resultaat", "-1.140", "-1.345", "-1.420", "-1.495"]]) + P("""
Het negatieve resultaat is bewust begroot: de algemene reserve van € 6,8 miljoen ligt ruim boven de
signaleringswaarde en wordt in vier jaar afgebouwd naar een weerstandsvermogen van circa 8 procent. Scholen
verantwoorden jaarlijks in hun jaarverslag en in een korte rapportage aan het samenwerkingsverband waaraan zij
het schoolbudget hebben besteed.
""")
    body += H1("9. Kwaliteitszorg en resultaten") + P("""
Het samenwerkingsverband volgt zijn resultaten met een vaste cyclus. De bronnen zijn het registratiesysteem
van het ondersteuningsteam, de DUO-gegevens over deelname aan sbo en so, de thuiszittersregistratie van
leerplicht en een tweejaarlijkse tevredenheidspeiling onder ouders en scholen. Ieder kwartaal ontvangt het
algemeen bestuur een dashboard met kengetallen; in het jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij
de bereikte resultaten en de kosten per voorziening. De OPR en de gemeenten ontvangen het jaarverslag en
bespreken het met de directeur-bestuurder.

Terugblik op de vorige planperiode:
""") + T([["Kengetal", "2021-2022", "2024-2025"],
          ["Deelnamepercentage sbo (1 oktober)", "2,9%", "2,7%"],
          ["Deelnamepercentage so (1 oktober)", "1,8%", "1,9%"],
          ["Thuiszitters langer dan vier weken", "14", "9"],
          ["Gemiddelde doorlooptijd TLV-aanvraag", "7,5 weken", "5 weken"],
          ["Tevredenheid ouders over het ondersteuningsteam", "7,0", "7,4"]]) + P("""
Voor de nieuwe planperiode voeren wij in het najaar van 2026 een nulmeting uit op een bredere set indicatoren.
De beoogde resultaten voor 2026–2030 formuleren wij nadat die nulmeting is afgerond; zij worden opgenomen in het
jaarplan 2027.
""")
    body += H1("10. Ouders") + P("""
Ouders en school zijn partners. Ouders worden betrokken bij het opstellen en evalueren van het
ontwikkelingsperspectief en zijn aanwezig bij het multidisciplinair overleg over hun kind. Via de OPR denken
ouders mee over het beleid.

Hoe wij ouders over het ondersteuningsaanbod informeren, werken wij uit in een communicatieplan dat in het
schooljaar 2026-2027 verschijnt.

Ouders die onafhankelijk advies willen of die het niet eens zijn met school of samenwerkingsverband, kunnen
terecht bij het Ouder- en Jeugdsteunpunt Hunzedal. Het steunpunt is ondergebracht bij een stichting die los
staat van scholen en samenwerkingsverband; een ouderadviseur kan ouders bijstaan in gesprekken en helpt bij het
zoeken naar een oplossing. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen. Bij een geschil
over toelating, verwijdering of het OPP kunnen ouders terecht bij de Geschillencommissie passend onderwijs.
Klachten over het samenwerkingsverband worden behandeld door de landelijke klachtencommissie waarbij Hunzedal
is aangesloten.
""")
    c["n"] = 11; body += f_governance(c)
    c["n"] = 12; body += f_opr(c)
    c["n"] = 13; body += f_personeel(c)
    c["n"] = 14; body += f_ict(c)
    c["n"] = 15; body += f_planning(c, "20 januari 2026", "17 februari 2026", "3 maart 2026", evaluatie=False)
    body += H1("Bijlage. Afkortingen en begrippen") + T([
        ["Afkorting / begrip", "Betekenis"],
        ["Doorstroom", "Overgang van de ene school of schoolsoort naar een andere."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OPP", "Ontwikkelingsperspectief(plan)."],
        ["Sbo", "Speciaal basisonderwijs."],
        ["So", "Speciaal onderwijs (cluster 3 en 4)."],
        ["Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het basisonderwijs; zie het terugplaatsingsbeleid."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Website", "www.ppohunzedal.nl: informatie voor ouders over het ondersteuningsaanbod."]])
    blocks = [("title", "Ondersteuningsplan 2026–2030"),
              ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs Hunzedal (PO 20-05)"),
              ("subtitle", "Informatie voor scholen, ouders en partners"),
              ("pagebreak",),
              ("toc", toc_from(body, ["Bijlage. Terugplaatsingsbeleid (volgt)",
                                      "Bijlage. Communicatieplan ouders (volgt)"])),
              ("pagebreak",)] + body
    return c, blocks


# ---------------------------------------------------------------------------------------------
# Plan 5: VO, pdf only. 'Kaderdocument': terugplaatsing hidden under 'Duur en einde van de TLV';
# basisondersteuning, financien and ouders only in TOC/header/glossary/references.
# ---------------------------------------------------------------------------------------------

def plan_vo_kader():
    c = dict(name="Samenwerkingsverband VO Zuid-Veenland", code="VO 21-04", period="2026–2030", sector="vo",
             gemeenten=["Veenhoven", "Zuidermoer", "Oranjewijk", "Klazienadorp-Noord"], inwoners="120.000",
             besturen=4, vestigingen=9, leerlingen="7.300", fte=8, bureau="Veenhoven", opr=8, privjaar=2024,
             sessies=4, dirbest="drs. E. Lanting", web="www.zuidveenland.nl")
    body = []
    c["n"] = 1; body += f_voorwoord(c)
    body += H1("2. Over dit kaderdocument") + P("""
Dit ondersteuningsplan is opgezet als kaderdocument. Het bevat de afspraken die voor de hele planperiode
gelden. Onderwerpen die jaarlijks veranderen of een meer technisch karakter hebben, zijn opgenomen in
afzonderlijke documenten die het algemeen bestuur vaststelt: het Handboek Toewijzing, de Kadernota Financiën, de
Sociale Kaart en de notitie Basisondersteuning Zuid-Veenland (bijlage A). Deze documenten zijn te vinden op
www.zuidveenland.nl/documenten.

Wij kozen voor deze opzet omdat het vorige plan, met ruim honderd pagina's inclusief bijlagen, in de praktijk
weinig werd gelezen. Schoolleiders en leden van de OPR gaven aan dat zij behoefte hadden aan een korter
document met de kern van de afspraken, en aan uitwerkingen die zonder een volledige herziening van het plan
kunnen worden bijgesteld. Het kaderdocument is daarom bewust beknopt gehouden; de uitwerkingsdocumenten worden
jaarlijks bezien.
""")
    c["n"] = 3; body += f_regio(c)
    c["n"] = 4; body += f_visie(c)
    body += H2("4.1 Terugblik op de vorige planperiode") + P("""
In de planperiode 2022–2026 heeft Zuid-Veenland een aantal belangrijke stappen gezet. De functie van
trajectbegeleider is ingevoerd, zodat scholen bij complexe vragen één vast aanspreekpunt hebben. Het aantal
leerlingen dat langer dan vier weken thuiszat, daalde van 27 op 1 oktober 2021 naar 16 op 1 oktober 2025. De
gemiddelde tijd tussen een melding en een passende plek werd korter, al blijft die met negen weken te lang.
Scholen waardeerden de ondersteuning door de trajectbegeleiders in de kwaliteitspeiling van 2025 met een 7,6.

Niet alles lukte. De voorgenomen regionale aanpak voor hoogbegaafde leerlingen kwam niet van de grond, omdat
de scholen verschillende keuzes maakten. De samenwerking met de jeugdhulpaanbieders verliep per gemeente
wisselend. Deze lessen hebben wij meegenomen in de ambities van dit plan.
""")
    body += H1("5. Thuiszitters en passende plekken") + P("""
Zuid-Veenland had op 1 oktober 2025 zestien leerlingen die langer dan vier weken zonder vrijstelling niet naar
school gingen. Dat zijn er zestien te veel. In deze planperiode versterken wij de aanpak die wij met de vier
gemeenten en de leerplichtambtenaren hebben afgesproken.
""") + P("""
1. De school meldt verzuim van meer dan zestien uur in vier weken bij leerplicht en meldt een leerling die vier weken niet op school is geweest bovendien bij de trajectbegeleider van het samenwerkingsverband.
2. De trajectbegeleider belegt binnen vijf werkdagen een overleg met school, leerplicht en, als die betrokken is, de jeugdhulpverlener. Daar wordt een plan van aanpak met een termijn gemaakt.
3. Als na zes weken geen passende plek is gevonden, legt de trajectbegeleider de casus voor aan de directeur-bestuurder, die namens de besturen een school kan aanwijzen die de leerling opneemt.
""") + P("""
Scholen die een aanmelding ontvangen, hebben zorgplicht. Kunnen zij zelf geen passende plek bieden, dan zoeken
zij binnen zes weken (met ten hoogste vier weken verlenging) een school die dat wel kan; de trajectbegeleider
helpt daarbij.

Elk jaar in maart inventariseren de trajectbegeleiders met de scholen welke leerlingen niet of niet tijdig een
passende plek kregen. De inventarisatie van 2025 liet twee witte vlekken zien: leerlingen in het vso met een
arbeidsmarktgericht profiel die dichter bij huis stage willen lopen, en jongeren van veertien tot zestien jaar met
ernstige schoolangst. Voor de eerste groep maken wij met het bedrijfsleven in Zuidermoer afspraken over twintig
extra stageplaatsen vóór augustus 2027. Voor de tweede groep start in januari 2027 met de gemeenten en een
jeugdhulpaanbieder een kleinschalige tussenvoorziening met tien plaatsen, waar onderwijs en behandeling worden
gecombineerd.

Een overzicht van alle arrangementen en voorzieningen in de regio staat in de Sociale Kaart op onze website.
""")
    body += H1("6. Toelaatbaarheid") + P("""
Dit hoofdstuk bevat de criteria die Zuid-Veenland hanteert bij toelaatbaarheid tot het voortgezet speciaal
onderwijs en het praktijkonderwijs en bij de aanwijzing voor leerwegondersteunend onderwijs. De aanvraagprocedure,
de samenstelling van de commissie en de termijnen staan in het Handboek Toewijzing, dat separaat wordt
vastgesteld.
""") + H2("6.1 Criteria vso") + P("""
Een leerling is toelaatbaar tot het vso als:
""") + P("""
- de school ten minste twee evaluatieperiodes van het OPP extra ondersteuning heeft geboden en daarbij het advies van een orthopedagoog heeft gevolgd;
- de leerling een bovenschools arrangement of een plaatsing in het OPDC heeft gehad, of beargumenteerd is waarom dat niet passend is;
- de ondersteuningsbehoefte op ten minste twee van de vier domeinen (leren, gedrag en welbevinden, communicatie, fysiek-medisch) structureel groter is dan een reguliere school met een arrangement kan bieden;
- het uitstroomperspectief van de leerling aansluit bij een uitstroomprofiel van het vso.
""") + H2("6.2 Criteria praktijkonderwijs en lwoo") + P("""
Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een leerachterstand
van ten minste drie jaar op ten minste twee van de domeinen begrijpend lezen, technisch lezen, spellen en
inzichtelijk rekenen. Voor lwoo hanteert Zuid-Veenland eigen criteria: een leerachterstand van ten minste anderhalf
jaar op ten minste twee domeinen, of een achterstand op één domein in combinatie met een aantoonbaar probleem op
het gebied van werkhouding of faalangst, vastgesteld met een gestandaardiseerde vragenlijst.
""") + H2("6.3 Duur en einde van de TLV") + P("""
Een TLV voor het vso wordt afgegeven voor twee schooljaren en vermeldt de bekostigingscategorie laag, midden of
hoog. Een TLV voor het praktijkonderwijs geldt voor de hele opleiding.

Zuid-Veenland vindt dat een leerling in het vso zo snel als verantwoord is terug moet kunnen naar een reguliere
school voor vo, bij voorkeur in de eigen woonplaats. Terugkeer komt in beeld als de leerling in het vso
stabiel functioneert, de doelen uit het OPP grotendeels haalt en de resterende ondersteuning met een
arrangement op een reguliere school kan worden geboden. Een leerling die terugkeert, krijgt een schooljaar lang
ambulante begeleiding door de vso-school en de ontvangende school krijgt een terugkeerarrangement.

De procedure is als volgt. In oktober van het laatste TLV-jaar stelt de vso-school bij de evaluatie van het OPP
vast of terugkeer haalbaar is en meldt zij dit vóór 1 december bij de trajectbegeleider. Bij een positief oordeel
organiseert de trajectbegeleider vóór 1 maart een overdrachtsoverleg met de vso-school en de beoogde vo-school,
waarin de ondersteuning na terugkeer wordt vastgelegd. Het bevoegd gezag van de vo-school besluit over de
inschrijving. De TLV loopt af op 31 juli. Leidt de evaluatie tot het oordeel dat terugkeer nog niet mogelijk is,
dan blijft de leerling op de vso-school en volgt een nieuwe beoordeling volgens het Handboek Toewijzing. In het jaarverslag rapporteren wij het aantal leerlingen dat
vanuit het vso terugkeert; in 2024-2025 waren dat er zeven.

Terugkeer vanuit het OPDC naar de eigen school is iets anders: OPDC-leerlingen blijven ingeschreven op hun eigen
school en keren na afloop van hun traject, meestal na een half jaar, terug in hun klas.
""")
    body += H1("7. Financiën") + P("""
Het financieel beleid, het verdeelmodel en de meerjarenbegroting zijn opgenomen in de Kadernota Financiën
2026–2030, die het algemeen bestuur jaarlijks in december actualiseert en die geen deel uitmaakt van dit
document.
""")
    body += H1("8. Resultaten en kwaliteitszorg") + P("""
Zuid-Veenland heeft voor de planperiode de volgende beoogde resultaten vastgesteld:
""") + T([["Beoogd resultaat", "Indicator", "2025 (bereikt)", "Streefwaarde 2030"],
          ["Minder thuiszitters", "aantal thuiszitters > 4 weken op 1 oktober", "16", "≤ 6"],
          ["Sneller een passende plek", "doorlooptijd van melding tot passende plek (mediaan)", "9 weken", "≤ 4 weken"],
          ["Meer leerlingen thuisnabij", "vso-leerlingen die buiten de regio naar school gaan", "38", "≤ 25"],
          ["Terugkeer uit het vso", "leerlingen per jaar van vso naar regulier vo", "7", "≥ 12"],
          ["Uitstroom vso arbeidsmarktprofiel", "leerlingen met werk of opleiding een jaar na uitstroom", "71%", "≥ 80%"]]) + P("""
De trajectbegeleiders registreren iedere melding, aanvraag en plaatsing. Drie keer per jaar stelt de
beleidsmedewerker een voortgangsrapportage op met de indicatoren uit de tabel, aangevuld met gegevens van DUO en
leerplicht. Het directeurenoverleg bespreekt de rapportage en stelt zo nodig bij. In het jaarverslag, dat in juni
verschijnt, verantwoorden wij de bereikte resultaten. Eens per twee jaar vragen wij scholen en ketenpartners
in een kwaliteitspeiling naar hun oordeel over de ondersteuning.
""")
    c["n"] = 9; body += f_governance(c)
    c["n"] = 10; body += f_opr(c, parents=False)
    c["n"] = 11; body += f_personeel(c)
    c["n"] = 12; body += f_ict(c)
    body += H1("13. Bedrijfsvoering en huisvesting bureau") + P("""
Het bureau van Zuid-Veenland is gehuisvest in het Onderwijshuis in Veenhoven, samen met het
samenwerkingsverband PO en de afdeling leerplicht van de gemeente. Die nabijheid maakt korte lijnen mogelijk en
vermindert de kosten van huisvesting en facilitaire diensten. De salarisadministratie en de financiële
administratie zijn uitbesteed aan een administratiekantoor; de inkoop van ICT verloopt via een van de
aangesloten besturen.

Het bureau werkt met een jaarlijkse planning- en controlcyclus: in het voorjaar het jaarplan, in juni het
jaarverslag en in december de begroting. Het algemeen bestuur bespreekt de tussenrapportages in de vergaderingen
van maart en september. De accountant controleert jaarlijks de jaarrekening van het samenwerkingsverband.
Duurzaamheid krijgt aandacht bij de inkoop; medewerkers reizen zo veel mogelijk met het openbaar vervoer naar
scholen en overleggen.
""")
    c["n"] = 14; body += f_planning(c, "5 februari 2026", "10 maart 2026", "24 maart 2026")
    body += H1("Bijlage. Begrippenlijst") + T([
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden, zie bijlage A."],
        ["Kadernota Financiën", "Document met verdeelmodel en meerjarenbegroting."],
        ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
        ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Sociale Kaart", "Overzicht van alle voorzieningen in de regio."],
        ["Terugkeerarrangement", "Ondersteuning op de reguliere school na terugkeer uit het vso."],
        ["Trajectbegeleider", "Medewerker van het samenwerkingsverband die scholen helpt bij complexe vragen."]])
    blocks = [("title", "Ondersteuningsplan 2026–2030 – Kaderdocument"),
              ("subtitle", "Samenwerkingsverband VO Zuid-Veenland (VO 21-04)"),
              ("pagebreak",),
              ("toc", toc_from(body, ["Bijlage A. Basisondersteuning Zuid-Veenland (afzonderlijk document)",
                                      "Bijlage B. Kadernota Financiën 2026–2030 (afzonderlijk document)",
                                      "Bijlage C. Informatie voor ouders (zie website)"])),
              ("pagebreak",)] + body
    return c, blocks


# ---------------------------------------------------------------------------------------------
# Near-miss: a school-level 'ondersteuningsplan' of one VO school (not of a samenwerkingsverband)
# ---------------------------------------------------------------------------------------------

def np_school_plan():
    b = [("title", "Ondersteuningsplan 2025–2026"),
         ("subtitle", "Het Baken College – vmbo, havo, vwo – locatie Veenweg"),
         ("subtitle", "Onderdeel van het schoolplan; aangesloten bij Samenwerkingsverband VO Rivierenzoom"),
         ("pagebreak",)]
    body = []
    body += H1("1. Inleiding") + P("""
Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Veenweg, in het schooljaar 2025–2026 de
ondersteuning van leerlingen organiseert. Het plan is een uitwerking van ons schoolondersteuningsprofiel en van
het schoolplan 2023–2027. Het wordt ieder jaar door het zorgteam geactualiseerd en met de medezeggenschapsraad
besproken. Voor de afspraken die in de hele regio gelden, verwijzen wij naar het ondersteuningsplan van het
samenwerkingsverband.

Het Baken College telt op deze locatie 1.240 leerlingen in vmbo-kader, mavo, havo en vwo. Ongeveer 11
procent van de leerlingen heeft een ontwikkelingsperspectiefplan.
""")
    body += H1("2. Onze ondersteuningsstructuur") + P("""
Wij werken met vier ondersteuningsniveaus binnen de school:
""") + P("""
1. Niveau 1: de mentor begeleidt alle leerlingen in de klas, voert twee keer per jaar een mentorgesprek en signaleert problemen.
2. Niveau 2: de mentor schakelt de leerlingcoördinator of een coach in, bijvoorbeeld voor plannen, faalangst of sociale vaardigheden.
3. Niveau 3: de zorgcoördinator stelt met ouders en leerling een OPP op en zet interne arrangementen in, zoals de rustruimte, het trainingsaanbod of begeleiding door de orthopedagoog.
4. Niveau 4: het zorg- en adviesteam (ZAT) bespreekt de leerling met externe partners; de zorgcoördinator kan een arrangement aanvragen bij het Loket van het samenwerkingsverband.
""") + P("""
Het zorg- en adviesteam komt zes keer per jaar bijeen. Vaste leden zijn de zorgcoördinator, de
orthopedagoog, de jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker.
""")
    body += H1("3. Basisondersteuning op Het Baken") + P("""
Onze basisondersteuning omvat onder meer een dyslexie- en dyscalculieprotocol, faalangsttraining, een
huiswerkklas, begeleiding bij executieve functies, een time-outvoorziening en een protocol medisch handelen.
Wij voldoen aan de kwaliteitskaart basisondersteuning van het samenwerkingsverband; de laatste audit vond plaats in
maart 2025 en leidde tot een verbeterpunt op het gebied van de overdracht van OPP's bij klassenwisselingen.
""")
    body += H1("4. Extra ondersteuning en verwijzing") + P("""
Als de ondersteuning binnen de school niet toereikend is, kan de zorgcoördinator via het Loket van het
samenwerkingsverband een plaatsing aanvragen in het OPDC De Overstap of in de rebound. De leerling blijft bij
ons ingeschreven. Na een OPDC-plaatsing keert de leerling in de regel terug in zijn eigen klas; de mentor en de
zorgcoördinator voeren dan een terugkeergesprek met leerling, ouders en de begeleider van het OPDC.

Voor een overstap naar het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring nodig. Het
bevoegd gezag vraagt die aan bij het samenwerkingsverband; de zorgcoördinator stelt het dossier samen. Voor
leerwegondersteuning volgen wij de werkwijze van het samenwerkingsverband.
""")
    body += H1("5. Ouders") + P("""
Ouders worden bij iedere stap betrokken. De mentor is het eerste aanspreekpunt. Ouders ondertekenen het OPP
en worden uitgenodigd voor de bespreking in het zorg- en adviesteam. Informatie over onze ondersteuning staat in
de schoolgids en op de website van de school. Voor onafhankelijk advies verwijzen wij ouders naar het Ouder- en
Jeugdsteunpunt van het samenwerkingsverband.
""")
    body += H1("6. Middelen") + P("""
De school ontvangt van het samenwerkingsverband een schoolbudget en lwoo-middelen. Wij besteden deze middelen
in 2025–2026 als volgt: 2,4 fte zorgcoördinatie en coaching, 0,8 fte orthopedagoog, de rustruimte en het
trainingsaanbod, en kleine klassen in vmbo-kader. De besteding wordt verantwoord in het jaarverslag van het
bestuur.
""")
    body += H1("7. Evaluatie en jaarplanning") + P("""
Het zorgteam evalueert dit plan in juni 2026. Aandachtspunten voor dit schooljaar zijn de overdracht van OPP's,
het terugdringen van verzuim in leerjaar 3 en de samenwerking met het lokale jeugdteam.
""") + T([["Maand", "Activiteit"],
          ["september", "mentorgesprekken, startbesprekingen"],
          ["november", "eerste leerlingbespreking, ZAT"],
          ["februari", "evaluatie OPP's met ouders"],
          ["juni", "evaluatie ondersteuningsplan school"]])
    return b + body


# ---------------------------------------------------------------------------------------------
# Main: write documents and labels
# ---------------------------------------------------------------------------------------------

def check_len(name, blocks, minimum=3000):
    n = word_count(blocks)
    print(f"{name}: {n} words")
    if n < minimum:
        sys.exit(f"{name} too short ({n} words)")


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="holdout31-")
    try:
        # ---- Plan 1: vo-opdc-rebound.docx
        c, blocks = plan_vo_opdc()
        check_len("vo-opdc-rebound", blocks)
        write_docx(os.path.join(OUT, "vo-opdc-rebound.docx"), blocks,
                   header="Ondersteuningsplan 2026–2030 · Samenwerkingsverband VO Rivierenzoom",
                   footer="Basisondersteuning · toelaatbaarheid · terugplaatsing · middelen · ouders")
        write_label("vo-opdc-rebound", ["vo-opdc-rebound.docx"], "vo", True,
            {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
             "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
            crit(plaatsing__criteria=False, terugstroom__procedure=False, terugstroom__beleid=False,
                 resultaten__monitoring=False),
            {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Ch.5 sets the minimum for all 14 vestigingen incl. PrO and lists ten concrete provisions; audit every 2 years with verbeterplan.",
             "plaatsing": "Ch.8.1 gives the vso/pro procedure (Loket, 2 deskundigen, CvT, 6 weeks), 8.3 duration/category/LBT bezwaar; 8.2 defers the toelaatbaarheid criteria to 2026-2027 ('op haar eigen merites'), lwoo has no individual aanwijzing.",
             "terugstroom": "Trap: 6.4 'Terug naar school na OPDC of rebound' is return from tijdelijke voorzieningen (pupils stay enrolled), not from vso; 6.5 only defers vso->vo afspraken; 'terugplaatsing' only in glossary, TOC line and footer.",
             "financien": "Ch.9 'Geld en middelen': verdeelregels (EUR 148/leerling, vaste voet, lwoo naar rato, arrangementen max EUR 12.000) and meerjarenbegroting 2026-2029 table; reserve/weerstandsvermogen; verantwoording voor 1 maart.",
             "dekkend-aanbod": "Ch.6 four-level table (basis, schoolarrangementen, OPDC/rebound/Op Koers/De Brug, vso) and ch.7 thuiszitters procedure, zorgplicht, 2025 witte vlekken with dated actions; ch.12 OOGO/convenant.",
             "resultaten": "Ch.10 has a target table for 2030 (doelen, measurable) but explicitly defers how progress is measured/reported to a monitoringsplan in year 1; no achieved figures anywhere.",
             "ouders": "Only in ch.11 'Communicatie': ouderpagina, brochure in 4 languages, informatieavonden, ouderlijn; independent OJSP Rivierenzoom, Onderwijsconsulenten, Geschillencommissie; OPR/hoorrecht."})

        # ---- Plan 2: vo-entree-pro.pdf
        c, blocks = plan_vo_entree()
        check_len("vo-entree-pro", blocks)
        d = os.path.join(tmp, "vo-entree-pro.docx")
        write_docx(d, blocks, header="Kempenstroom · Ondersteuningsplan 2026–2030 · OJSP en klachten: zie website",
                   footer="SWV VO Kempenstroom (VO 30-08)")
        docx_to_pdf(d, os.path.join(OUT, "vo-entree-pro.pdf"))
        write_label("vo-entree-pro", ["vo-entree-pro.pdf"], "vo", True,
            {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
             "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
            crit(basisondersteuning__inhoud=False, terugstroom__procedure=False, financien__besteding=False,
                 ouders__steunpunt=False),
            {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
             "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Ch.5 defines a common minimum for all 12 vestigingen (niveau) but the sixteen standards are only on the website/SOP (inhoud not in the plan); the 4-aspect Referentiekader text is only in the begrippenlijst; kwaliteitsgesprek every 2 years = borging.",
             "plaatsing": "Ch.8: vso procedure (Commissie Toewijzing, 2 deskundigen, 6 weeks) and four cumulative criteria, categories; PrO and lwoo criteria + procedure (voor 1 maart, 4 weeks). No bezwaar route in the body (LBT only in glossary).",
             "terugstroom": "Ch.9 'Van vso naar regulier vo' gives policy (aim, conditions, overstaparrangement after return) but defers the procedure (who initiates, moments) to a stappenplan 'in 2027 gereed'; return counts per year in 11.1. Vso uitstroomprofielen in 6.3 are uitstroom, not terugstroom.",
             "financien": "Ch.10 'Middelen' gives verdeelregels (55%, ~EUR 210/leerling, lwoo/PrO, per plaats, Commissie Toewijzing) and reserve afbouw, but the meerjarenbegroting table is all 'p.m.' and deferred to an absent bijlage 4.",
             "dekkend-aanbod": "Ch.6 continuum table (schoolarrangementen, lwoo, PrO, Schakelpunt, rebound, Route Entree, 2 vso) and ch.7 thuiszitters afspraken, zorgplicht, 2025 inventarisatie with new havo-vwo-groep per aug 2027; OOGO ch.13.",
             "resultaten": "Ch.11: terugblik 2022-2026 with figures, indicator table with nulmeting and streefwaarden 2030, monitor twice a year, jaarverslag voor 1 juli.",
             "ouders": "Ch.12 lists information channels (website ouderdeel, folder, informatieavonden); independent support is deferred ('zodra de landelijke regels ... bekend zijn'); OJSP/Onderwijsconsulenten only in glossary and running header; school contact persons are not independent."})

        # ---- Plan 3: vo-web-delta.html
        c, blocks, nav = plan_vo_web()
        check_len("vo-web-delta", blocks)
        write_html(os.path.join(OUT, "vo-web-delta.html"), blocks,
                   "Ondersteuningsplan 2026–2030 – SWV VO De Brede Delta", nav=nav,
                   footer="© Samenwerkingsverband VO De Brede Delta · Toelaatbaarheid · Terugplaatsing · Resultaten · Dekkend aanbod")
        write_label("vo-web-delta", ["vo-web-delta.html"], "vo", True,
            {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
             "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "missing", "ouders": "present"},
            crit(plaatsing__procedure=False, plaatsing__criteria=False, financien__verdeling=False,
                 dekkend_aanbod__continuum=False, dekkend_aanbod__lacunes=False,
                 resultaten__doelen=False, resultaten__monitoring=False),
            {"basisondersteuning": ["borging"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Page 4: one sentence sets the table as ondergrens for all 11 vestigingen; the concrete content exists only in the table 'Wat kunt u van elke school verwachten?'; yearly check by consulenten.",
             "plaatsing": "Page 6 'Toelaatbaarheid (TLV)' only refers to the absent bijlage 3 Toewijzingsreglement; CvT/deskundigen/LBT/duration appear only in the Begrippen table and the nav menu.",
             "terugstroom": "Hidden in 'Veelgestelde vragen' (vso -> gewone school): policy (thuisnabij, conditions, terugkeerarrangement) and procedure (November OPP evaluation, vso-school initiates, overstapgesprek voor 1 maart, decision, proefperiode, TLV ends 31 juli).",
             "financien": "Page 7 has a meerjarenbegroting of lasten with amounts (besteding), but the verdeling is only a reference to the Verdeelreglement on the website (plus the statutory DUO afdracht sentence, which gives no SWV verdeelcriteria).",
             "dekkend-aanbod": "Page 5 'Ons ondersteuningsaanbod' is a placeholder ('wordt vernieuwd'); 'dekkend aanbod', OPDC, rebound and thuiszitter occur only in visie prose, budget lines, glossary and nav.",
             "resultaten": "Page 8 'Resultaten' only points to the jaarverslag on the Downloads page; no goals or monitoring in the body; visie 'wij streven naar' is not a result.",
             "ouders": "Page 9 'Voor ouders': SOP per school on website, ouderfolder, ouderavonden, ouderloket; OJSP Zeeland-Delta, Onderwijsconsulenten, Geschillencommissie, klachtenregeling; OPR."})

        # ---- Plan 4: po-sbo-doorstroom.docx + .pdf
        c, blocks = plan_po_sbo()
        check_len("po-sbo-doorstroom", blocks)
        d = os.path.join(OUT, "po-sbo-doorstroom.docx")
        write_docx(d, blocks,
                   header="Ondersteuningsplan 2026–2030 PPO Hunzedal – informatie voor ouders over het ondersteuningsaanbod",
                   footer="SWV PPO Hunzedal (PO 20-05) · terugplaatsingsbeleid: zie bijlage")
        docx_to_pdf(d, os.path.join(OUT, "po-sbo-doorstroom.pdf"))
        write_label("po-sbo-doorstroom", ["po-sbo-doorstroom.docx", "po-sbo-doorstroom.pdf"], "po", True,
            {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
             "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
            crit(terugstroom__beleid=False, resultaten__doelen=False, ouders__informatie=False),
            {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
            {"basisondersteuning": "Ch.4: minimum for all 68 schools incl. sbo, eight concrete provisions, two-yearly school visit with verbeterplan.",
             "plaatsing": "Ch.6: request by bevoegd gezag, 2 deskundigen, TLV-commissie within 6 weeks, spoed-TLV; separate sbo and so criteria (6.2); duration and category (6.3); LBT bezwaar (6.5).",
             "terugstroom": "Procedure hidden in 6.4 inside the TLV chapter (January OPP evaluation, melding voor 1 maart, overdrachtsgesprek voor 1 mei, TLV ends 31 juli); the policy is deferred ('in de loop van 2027 vastgesteld'). Ch.7 'Doorstroom naar het VO' is PO->VO transfer, not terugstroom.",
             "financien": "Ch.8: verdeelmodel (EUR 165/leerling, sbo EUR 4.850, arrangementen max EUR 9.000), sbo groeibekostiging peildatum 1 februari, meerjarenbegroting 2026-2029 table, reserve afbouw, verantwoording.",
             "dekkend-aanbod": "Ch.5: four-layer table basis/extra/bovenschools/sbo-so, MDO route, zorgplicht; 5.1 thuiszitters and wachtlijsten with new observatiegroep per 1 aug 2027; 5.2 OOGO/OZA.",
             "resultaten": "Ch.9 describes the monitoring cycle (sources, quarterly dashboard, jaarverslag) with a terugblik table, but beoogde resultaten are deferred until after the autumn 2026 nulmeting.",
             "ouders": "Ch.10: independent OJSP Hunzedal, onderwijsconsulent, Geschillencommissie, klachtencommissie; how parents are informed is deferred to a communicatieplan 2026-2027; 'informatie voor ouders' only in header, title page and glossary."})

        # ---- Plan 5: vo-kaderplan-veenland.pdf
        c, blocks = plan_vo_kader()
        check_len("vo-kaderplan-veenland", blocks)
        d = os.path.join(tmp, "vo-kaderplan-veenland.docx")
        write_docx(d, blocks, header="Kaderdocument 2026–2030 | basisondersteuning · toelaatbaarheid · financiën · ouders",
                   footer="Samenwerkingsverband VO Zuid-Veenland (VO 21-04)")
        docx_to_pdf(d, os.path.join(OUT, "vo-kaderplan-veenland.pdf"))
        write_label("vo-kaderplan-veenland", ["vo-kaderplan-veenland.pdf"], "vo", True,
            {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
             "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
            crit(basisondersteuning__niveau=False, basisondersteuning__inhoud=False, plaatsing__procedure=False,
                 financien__verdeling=False, financien__besteding=False, dekkend_aanbod__continuum=False,
                 ouders__informatie=False, ouders__steunpunt=False),
            {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"]},
            {"basisondersteuning": "Only in the running header, TOC ('Bijlage A ... afzonderlijk document'), ch.2 reference to the separate notitie, and the glossary; no body text.",
             "plaatsing": "Ch.6 gives criteria for vso (6.1), PrO and own lwoo criteria (6.2) and TLV duration/category (6.3), but the procedure, commission and termijnen are in the separately adopted Handboek Toewijzing.",
             "terugstroom": "Hidden under 6.3 'Duur en einde van de TLV': policy (conditions, ambulante begeleiding, terugkeerarrangement) and procedure (October evaluation, melding voor 1 december, overdrachtsoverleg voor 1 maart, TLV ends 31 juli), count 7 in 2024-2025. The OPDC-return paragraph is a separate trap.",
             "financien": "Ch.7 'Financiën' only refers to the Kadernota Financiën that 'geen deel uitmaakt van dit document'; 'middelen zo dicht mogelijk bij de leerling' in the visie is a passing phrase.",
             "dekkend-aanbod": "Ch.5 addresses gaps (thuiszitters steps, zorgplicht, 2025 witte vlekken with dated actions, gemeenten/jeugdhulp) but the overview of arrangementen/voorzieningen is only in the Sociale Kaart on the website.",
             "resultaten": "Ch.8: table of beoogde resultaten with 2025 achieved values and 2030 targets; three progress reports a year, jaarverslag in June.",
             "ouders": "No information channel, independent support or parental role in the body; 'ouders' only in passing (voorwoord, visie), running header, TOC 'Bijlage C (zie website)' and glossary (OJSP, Onderwijsconsulenten); OPR described without parent composition."})

        # ---- Near-miss: np-vo-school-ondersteuningsplan.docx
        blocks = np_school_plan()
        print(f"np-vo-school-ondersteuningsplan: {word_count(blocks)} words")
        write_docx(os.path.join(OUT, "np-vo-school-ondersteuningsplan.docx"), blocks,
                   header="Het Baken College · Ondersteuningsplan school 2025–2026", footer="Zorgteam Het Baken")
        write_label("np-vo-school-ondersteuningsplan", ["np-vo-school-ondersteuningsplan.docx"], "vo", False,
                    {}, {}, None,
                    {"document": "School-level ondersteuningsplan of one VO school (zorgniveaus, ZAT, OPP, own budget use), part of its schoolplan; it refers to the samenwerkingsverband's plan and Loket but is not an ondersteuningsplan of a samenwerkingsverband (no verband-wide afspraken, no OPR/OOGO, no planperiode of the SWV)."})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
