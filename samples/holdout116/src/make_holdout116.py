#!/usr/bin/env python3
"""Generate the holdout116 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script (holdout116/).
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
Labels (<name>.expected.yaml) are written next to the documents.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# document model: list of blocks
#   ("title", [lines])          title page (followed by page break)
#   ("toc", extra_entries)      table of contents generated from h1/h2 + extra entries
#   ("h1"|"h2"|"h3", text)
#   ("p", text)
#   ("b", label, text)          paragraph with run-in bold label
#   ("ul", [items])
#   ("table", header, rows)
#   ("pb",)                     page break
# ---------------------------------------------------------------------------


def toc_entries(blocks, extra):
    entries = []
    page = 3
    for i, b in enumerate(blocks):
        if b[0] in ("h1", "h2"):
            entries.append((b[0], b[1], page))
            page += 1 if b[0] == "h2" else 2
    for e in extra:
        entries.append(("h1", e, page))
        page += 1
    return entries


def render_docx(blocks, path, header="", footer="", toc_extra=()):
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.author = "Bureau samenwerkingsverband"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for j, line in enumerate(b[1]):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = j == 0
                r.font.size = Pt(24 if j == 0 else 13)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for lvl, text, page in toc_entries(blocks, b[1]):
                ind = "" if lvl == "h1" else "    "
                d.add_paragraph(f"{ind}{text} ........ {page}")
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            p.add_run(b[2])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            header_row, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header_row))
            t.style = "Table Grid"
            for c, txt in enumerate(header_row):
                cell = t.rows[0].cells[c]
                cell.text = ""
                cell.paragraphs[0].add_run(str(txt)).bold = True
            for r_i, row in enumerate(rows, start=1):
                for c, txt in enumerate(row):
                    t.rows[r_i].cells[c].text = str(txt)
            d.add_paragraph()
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zi = zipfile.ZipInfo(fname, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def render_html(blocks, path, title, header="", footer="", toc_extra=()):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    hid = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<section class="titelpagina">')
            for j, line in enumerate(b[1]):
                out.append(f"<p class=\"{'titel' if j == 0 else 'sub'}\">{e(line)}</p>")
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            for lvl, text, _page in toc_entries(blocks, b[1]):
                out.append(f"<li class=\"{lvl}\">{e(text)}</li>")
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            hid += 1
            out.append(f"<{kind} id=\"s{hid}\">{e(b[1])}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "b":
            out.append(f"<p><strong>{e(b[1])}</strong> {e(b[2])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(it)}</li>" for it in b[1]) + "</ul>")
        elif kind == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{e(str(h))}</th>" for h in b[1])
                       + "</tr></thead><tbody>")
            for row in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
    out.append("</main>")
    if footer:
        out.append(f'<footer class="site-footer"><p>{e(footer)}</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, tmpdir, header="", footer="", toc_extra=()):
    stem = pdf_path.stem
    src = Path(tmpdir) / f"{stem}.docx"
    render_docx(blocks, src, header=header, footer=footer, toc_extra=toc_extra)
    profile = Path(tmpdir) / "lo_profile_holdout116"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copyfile(Path(tmpdir) / f"{stem}.pdf", pdf_path)


CORE = [
    ("basisondersteuning", ["niveau", "inhoud"]),
    ("plaatsing", ["procedure", "criteria"]),
    ("terugstroom", ["procedure", "beleid"]),
    ("financien", ["verdeling", "besteding"]),
    ("dekkend-aanbod", ["continuum", "lacunes"]),
    ("resultaten", ["doelen", "monitoring"]),
    ("ouders", ["informatie", "steunpunt"]),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, advisory, notes):
    """crit: dict 'element.criterion' -> bool; status derived strictly from Part A rule."""
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true"]
    statuses = []
    for el, cs in CORE:
        vals = [crit[f"{el}.{c}"] for c in cs]
        if all(vals):
            s = "present"
        elif any(vals) or advisory.get(el):
            s = "partial"
        else:
            s = "missing"
        statuses.append(f"{el}: {s}")
    lines.append("elements: {" + ", ".join(statuses) + "}")
    lines.append("criteria:")
    for el, cs in CORE:
        for c in cs:
            lines.append(f"  {el}.{c}: {'true' if crit[f'{el}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for el, _ in CORE:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el, _ in CORE:
        lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_nonplan_label(name, documents, sector, note):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "notes:", f"  document: {q(note)}"]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# shared filler (voorwoord, visie, governance, OPR, OOGO, personeel, ICT, planning, begrippen)
# ---------------------------------------------------------------------------

def ctxwords(c):
    if c["sector"] == "po":
        c.setdefault("sch", "basisscholen")
        c.setdefault("spec", "speciaal basisonderwijs (sbo) en speciaal onderwijs (so)")
        c.setdefault("lln", "kinderen")
    else:
        c.setdefault("sch", "scholen voor voortgezet onderwijs")
        c.setdefault("spec", "voortgezet speciaal onderwijs (vso), praktijkonderwijs en lwoo")
        c.setdefault("lln", "jongeren")
    return c


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat "
              f"volledig is geschreven in de periode na de evaluatie van het stelsel en de landelijke "
              f"verbeteraanpak. Dat merkt u aan de toon: minder nadruk op structuren en procedures, meer "
              f"aandacht voor wat er in de klas gebeurt en voor wat {c['lln']}, hun ouders en de "
              f"professionals in onze {c['sch']} daar van merken."),
        ("p", f"Het plan is tot stand gekomen in een intensief traject. In het voorjaar en najaar van "
              f"2025 spraken wij in {c['nsessies']} bijeenkomsten met directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, leerkrachten, ouders, leerplichtambtenaren en medewerkers van "
              f"de gemeenten {c['gemeenten']}. Wij hebben veel opgehaald: waardering voor de korte lijnen, "
              f"maar ook zorgen over de werkdruk, de wachttijden in de jeugdhulp en de toenemende "
              f"complexiteit van vragen. Die geluiden hebben wij zo goed mogelijk verwerkt."),
        ("p", f"Een ondersteuningsplan is geen doel op zich. Het is een afsprakenkader tussen de "
              f"schoolbesturen die samen het samenwerkingsverband vormen. Het beschrijft hoe wij de "
              f"middelen die wij van het Rijk ontvangen inzetten, hoe wij met elkaar omgaan en hoe wij "
              f"elkaar aanspreken. Tegelijk is het een levend document: de wereld om ons heen verandert, "
              f"denk aan de wet versterking positie ouders en leerlingen, de landelijke norm voor "
              f"basisondersteuning en de krapte op de arbeidsmarkt. Wij zullen het plan daarom jaarlijks "
              f"tegen het licht houden."),
        ("p", f"Wij danken iedereen die heeft meegedacht, in het bijzonder de leden van de "
              f"ondersteuningsplanraad, die het concept kritisch en constructief hebben gelezen. Wij "
              f"wensen u veel leesplezier en kijken uit naar de samenwerking in de komende jaren."),
        ("p", f"{c['directeur']}, directeur-bestuurder, namens het bestuur van {c['naam']}"),
    ]


def inleiding(c, extra=()):
    blocks = [
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Aanleiding en wettelijk kader"),
        ("p", f"Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan "
              f"vast. De wet ({'artikel 18a WPO' if c['sector'] == 'po' else 'artikel 17a WVO, thans artikel 2.47 e.v. WVO 2020'}) "
              f"noemt de onderwerpen die het plan in elk geval moet bevatten: de wijze waarop een "
              f"samenhangend geheel van ondersteuningsvoorzieningen wordt georganiseerd, inclusief de "
              f"basisondersteuning; de verdeling en besteding van middelen; de plaatsing en "
              f"toelaatbaarheid van leerlingen; terugplaatsing en overplaatsing; de beoogde en bereikte "
              f"resultaten; en de informatie aan ouders. In dit hoofdstuk lichten wij toe hoe het plan is "
              f"opgebouwd."),
        ("p", f"Het plan beslaat de schooljaren {c['periode']} en gaat in op 1 augustus "
              f"{c['periode'][:4]}. Het is op {c['vastgesteld']} vastgesteld door het bestuur, na "
              f"instemming van de ondersteuningsplanraad en na op overeenstemming gericht overleg met de "
              f"gemeenten. Het plan is vóór 1 mei toegezonden aan de Inspectie van het Onderwijs."),
        ("h2", "1.2 Leeswijzer"),
        ("p", f"Hoofdstuk 2 schetst onze regio en de belangrijkste kengetallen. Daarna volgen onze "
              f"missie en visie. De hoofdstukken daarna volgen grofweg de weg die een leerling kan "
              f"afleggen: van de ondersteuning die iedere school biedt, via extra ondersteuning, naar "
              f"{c['spec']}, en weer terug. Vervolgens komen geld, kwaliteit, communicatie en organisatie "
              f"aan bod. Achterin vindt u een planning en een begrippenlijst. Waar wij in de tekst naar "
              f"bijlagen verwijzen, zijn die als afzonderlijke documenten beschikbaar."),
    ]
    blocks.extend(extra)
    return blocks


def regio(c, table_rows, extra_p=()):
    blocks = [
        ("h1", "2 Onze regio"),
        ("h2", "2.1 Besturen en scholen"),
        ("p", f"{c['naam']} omvat het grondgebied van de gemeenten {c['gemeenten']}. Het is een "
              f"gebied met een grote stad, een aantal middelgrote kernen en een uitgestrekt landelijk "
              f"gebied waar scholen soms klein zijn en reistijden lang. Aan het samenwerkingsverband "
              f"nemen {c['nbesturen']} schoolbesturen deel met samen {c['nscholen']} scholen. De "
              f"besturen verschillen sterk in omvang: van een eenpitter met één school tot een stichting "
              f"met meer dan twintig locaties."),
        ("p", "De demografische ontwikkeling is niet overal gelijk. In de stad groeit het aantal "
              "leerlingen licht, in de kleinere kernen daalt het. Dat heeft gevolgen voor de "
              "levensvatbaarheid van kleine scholen en voor de spreiding van voorzieningen. In de tabel "
              "hieronder staan de leerlingaantallen per gemeente op de teldatum 1 oktober 2025."),
        ("table", ["Gemeente", "Aantal scholen", "Aantal leerlingen 1-10-2025"], table_rows),
    ]
    for p in extra_p:
        blocks.append(p)
    return blocks


def governance(c, opr_parents=True, num="9"):
    opr_comp = ("De OPR telt twaalf leden: zes personeelsleden en zes ouders"
                + (" of leerlingen" if c["sector"] == "vo" else "")
                + ", afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. Ouders in de "
                  "OPR vertegenwoordigen de achterban van alle scholen en spreken mee over de koers van "
                  "het samenwerkingsverband." if opr_parents else
                "De OPR bestaat uit afgevaardigden van de medezeggenschapsraden van de aangesloten "
                "scholen en vergadert zes keer per jaar.")
    return [
        ("h1", f"{num} Organisatie en governance"),
        ("h2", f"{num}.1 Juridische vorm en bestuursmodel"),
        ("p", f"{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen "
              f"bestuur, dat de hoofdlijnen van beleid bepaalt en het ondersteuningsplan, de begroting "
              f"en de jaarrekening vaststelt. De dagelijkse leiding berust bij de directeur-bestuurder. "
              f"Het intern toezicht is belegd bij een raad van toezicht van vijf onafhankelijke leden. "
              f"Deze scheiding van bestuur en toezicht voldoet aan de Code Goed Bestuur."),
        ("b", "Rolverdeling.", "Het algemeen bestuur komt vijf keer per jaar bijeen. De directeur-"
              "bestuurder bereidt de besluiten voor en legt verantwoording af aan de raad van toezicht. "
              "De raad van toezicht keurt de begroting en het jaarverslag goed en benoemt de accountant."),
        ("b", "Bureau.", f"Het bureau van het samenwerkingsverband telt {c['fte']} fte. Er werken "
              f"orthopedagogen, psychologen, ondersteuningsconsulenten, een beleidsmedewerker, een "
              f"controller en een managementassistent. Het bureau is gehuisvest in {c['plaats']}."),
        ("h2", f"{num}.2 Medezeggenschap: de ondersteuningsplanraad"),
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
              f"wijzigingen daarvan. {opr_comp} De directeur-bestuurder voert periodiek overleg met de "
              f"OPR. De OPR heeft op {c['opr_datum']} ingestemd met dit plan."),
        ("b", "Faciliteiten.", "Leden van de OPR ontvangen een vergoeding voor hun inzet en kunnen "
              "scholing volgen. De OPR heeft een eigen budget en kan zich laten adviseren door een "
              "externe deskundige."),
        ("h2", f"{num}.3 Personeel"),
        ("p", "De medewerkers van het bureau zijn in dienst van de stichting of worden gedetacheerd "
              "vanuit een van de aangesloten besturen. Wij investeren in hun deskundigheid via een "
              "jaarlijks scholingsplan, intervisie en collegiale consultatie. Orthopedagogen en "
              "psychologen zijn geregistreerd en werken volgens hun beroepscode."),
        ("p", "Het lerarentekort raakt ook ons. Voor de scholen betekent het dat ondersteuning soms "
              "onder druk staat omdat leraren en intern begeleiders voor de groep moeten. Het "
              "samenwerkingsverband faciliteert daarom netwerken van intern begeleiders en "
              "ondersteuningscoördinatoren en organiseert jaarlijks een studiedag."),
        ("h2", f"{num}.4 Privacy en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, "
              "voor zover dat nodig is voor zijn wettelijke taken. Wij hebben een functionaris "
              "gegevensbescherming aangesteld en een privacyreglement vastgesteld. Dossiers worden "
              "uitgewisseld via een beveiligde digitale omgeving; e-mail wordt daarvoor niet gebruikt. "
              "Gegevens worden niet langer bewaard dan de wet toestaat."),
        ("p", "In de planperiode vervangen wij het huidige registratiesysteem door een systeem dat "
              "aansluit op de leerlingadministratie van de scholen. Dat vermindert dubbel werk en maakt "
              "het mogelijk om snel actuele overzichten te maken."),
    ]


def oogo(c, num="10", substantive=True):
    blocks = [
        ("h1", f"{num} Samenwerking met gemeenten"),
        ("h2", f"{num}.1 Op overeenstemming gericht overleg"),
        ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) "
              f"met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO vond "
              f"plaats op {c['oogo_datum']}. De gemeenten hebben ingestemd met het plan; het verslag is "
              f"als bijlage bij de stukken voor het bestuur gevoegd. Ook is overleg gevoerd met het "
              f"aangrenzende samenwerkingsverband {'voortgezet' if c['sector'] == 'po' else 'primair'} "
              f"onderwijs."),
    ]
    if substantive:
        blocks += [
            ("h2", f"{num}.2 Gezamenlijke agenda"),
            ("p", "Met de gemeenten werken wij aan een gezamenlijke agenda. Onderwerpen zijn de "
                  "aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting "
                  "voor bovenschoolse voorzieningen en de aanpak van verzuim. Wij stemmen af met de "
                  "lokale teams en de leerplichtambtenaren. In de klas combineren wij waar nodig "
                  "onderwijs en zorg in een onderwijs-zorgarrangement, waarbij de gemeente de "
                  "jeugdhulp financiert en de school het onderwijs verzorgt."),
            ("b", "Structureel overleg.", "Twee keer per jaar is er bestuurlijk overleg met de "
                  "wethouders onderwijs en jeugd. Op ambtelijk niveau is er maandelijks contact."),
        ]
    return blocks


def begrippen(rows, num_title="Bijlage A Begrippenlijst"):
    return [("h1", num_title), ("table", ["Begrip", "Omschrijving"], rows)]


def afkortingen(rows):
    return [("h1", "Bijlage B Afkortingen"), ("table", ["Afkorting", "Betekenis"], rows)]


BEGRIP_BASE = [
    ("Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."),
    ("Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies "
                           "dat alle scholen binnen het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een "
                       "passende plek beschikbaar is."),
    ("Ondersteuningsplanraad (OPR)", "Medezeggenschapsorgaan van het samenwerkingsverband met "
                                     "instemmingsrecht op het ondersteuningsplan."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en leerlingen terechtkunnen met "
                                 "vragen over passend onderwijs."),
    ("Onderwijsconsulent", "Onafhankelijk adviseur die ouders en scholen kosteloos helpt bij "
                           "vastgelopen situaties."),
    ("Resultaten", "De beoogde en bereikte effecten van het beleid van het samenwerkingsverband."),
    ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het "
                       "regulier onderwijs."),
    ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
    ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling "
                                          "toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Verdeelmodel", "De systematiek waarmee het samenwerkingsverband middelen toekent aan besturen."),
    ("Zorgplicht", "De plicht van het schoolbestuur om een leerling met een ondersteuningsbehoefte "
                   "een passende onderwijsplek te bieden."),
]

AFK_BASE = [
    ("AB", "Algemeen bestuur"), ("IB", "Intern begeleider"), ("MDO", "Multidisciplinair overleg"),
    ("OJSP", "Ouder- en jeugdsteunpunt"), ("OOGO", "Op overeenstemming gericht overleg"),
    ("OPP", "Ontwikkelingsperspectiefplan"), ("OPR", "Ondersteuningsplanraad"),
    ("SOP", "Schoolondersteuningsprofiel"), ("SWV", "Samenwerkingsverband"),
    ("TLV", "Toelaatbaarheidsverklaring"),
]


def context_ontwikkelingen(c, num):
    """Neutral filler: landscape, professionalisation, kennisdeling (no element substance)."""
    return [
        ("h1", f"{num} Ontwikkelingen en professionalisering"),
        ("h2", f"{num}.1 Ontwikkelingen in het onderwijslandschap"),
        ("p", "Het onderwijs staat de komende jaren voor grote opgaven. De basisvaardigheden lezen, "
              "schrijven en rekenen krijgen landelijk meer aandacht, het curriculum wordt herzien en de "
              "bekostiging is vereenvoudigd. Daarnaast loopt de landelijke verbeteraanpak passend "
              "onderwijs door, met maatregelen op het gebied van ouders, jongeren, bekostiging en "
              "inclusiever onderwijs. Voor de besturen in de regio betekent dit dat zij veel "
              "ontwikkelingen tegelijk moeten vertalen naar hun scholen."),
        ("p", "Ook de maatschappelijke context verandert. Meer gezinnen hebben te maken met armoede, "
              "woningnood en onzekerheid. Scholen merken dat aan het welbevinden van leerlingen en aan de "
              "vragen die op hen afkomen. Het samenwerkingsverband is niet verantwoordelijk voor deze "
              "ontwikkelingen, maar merkt de gevolgen ervan wel, bijvoorbeeld in het aantal vragen om "
              "advies dat bij het bureau binnenkomt."),
        ("h2", f"{num}.2 Kennisdeling"),
        ("p", "Het samenwerkingsverband organiseert netwerken voor intern begeleiders, "
              "ondersteuningscoördinatoren, gedragsspecialisten en schoolleiders. In deze netwerken "
              "worden casussen besproken, nieuwe inzichten gedeeld en gezamenlijke vraagstukken "
              "verkend. Jaarlijks is er een regionale studiedag met een landelijke spreker en "
              "workshops die door professionals uit de scholen zelf worden gegeven. De waardering van "
              "de netwerken is hoog; deelnemers noemen vooral de korte lijnen en het elkaar leren kennen."),
        ("b", "Leergemeenschappen.", "Daarnaast zijn er leergemeenschappen rond thema's als "
              "executieve functies, meertaligheid, trauma-sensitief lesgeven en rekenonderwijs in "
              "combinatiegroepen. Een leergemeenschap bestaat uit vijf tot tien professionals van "
              "verschillende scholen en komt een schooljaar lang vijf keer bijeen."),
        ("b", "Opleiden in de school.", "Samen met de lerarenopleidingen in de regio bieden wij "
              "studenten een minor passend onderwijs aan. Studenten lopen stage op reguliere en "
              "speciale scholen en schrijven een praktijkonderzoek voor een school in de regio."),
        ("h2", f"{num}.3 Huisvesting en voorzieningen"),
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een gebouw dat het deelt met "
              "een van de besturen. Vergaderruimte wordt gehuurd. Het samenwerkingsverband is geen "
              "eigenaar van schoolgebouwen; de onderwijshuisvesting is een verantwoordelijkheid van de "
              "gemeenten en de schoolbesturen. Het bureau is goed bereikbaar met het openbaar vervoer "
              "en beschikt over een eigen spreekkamer en een archiefruimte die voldoet aan de eisen "
              "van de privacywetgeving."),
    ]


# ---------------------------------------------------------------------------
# Plan 1: PO Vlietstroom (.docx)
# ---------------------------------------------------------------------------

def plan_vlietstroom():
    c = ctxwords(dict(naam="Samenwerkingsverband PO Vlietstroom", periode="2026-2030", sector="po",
                      gemeenten="Vlietmonde, Oudekerk, Harsveld en Zandwijk", nbesturen=11,
                      nscholen=57, nsessies="veertien", directeur="drs. M.A. (Marieke) Sterrenburg",
                      vastgesteld="24 maart 2026", fte="14,6", plaats="Vlietmonde",
                      opr_datum="17 maart 2026", oogo_datum="4 maart 2026"))
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", "Samen passend, dichtbij",
                        "Samenwerkingsverband PO Vlietstroom (PO 28-11)",
                        "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Resultaten - Ouders",
                        "Versie 1.0, vastgesteld 24 maart 2026"]))
    B.append(("toc", ["Bijlage C Jaarverslag 2024-2025 en kwaliteitskader (afzonderlijk document)"]))
    B += voorwoord(c)
    B += inleiding(c, extra=[
        ("h2", "1.3 Wat is er veranderd ten opzichte van het vorige plan"),
        ("p", "In het vorige plan lag de nadruk op het opbouwen van het loket en het inrichten van "
              "de toewijzing van arrangementen. In dit plan kiezen wij voor minder regels en meer "
              "vertrouwen in de professionals. Het schoolbudget wordt groter, het aantal aanvragen dat "
              "via het samenwerkingsverband loopt kleiner. Ook is het niveau van basisondersteuning "
              "opnieuw vastgesteld, mede met het oog op de landelijke norm die in voorbereiding is."),
    ])
    B += regio(c, [("Vlietmonde", 24, "6.912"), ("Oudekerk", 12, "2.480"), ("Harsveld", 11, "2.215"),
                   ("Zandwijk", 7, "1.164"), ("Sbo en so (regionaal)", 3, "498"),
                   ("Totaal", 57, "13.269")],
               extra_p=[("p", "De sbo-scholen De Vlieger en Het Anker en de so-locatie De Horizon "
                              "(cluster 4) maken deel uit van het samenwerkingsverband. Leerlingen met "
                              "een zeer intensieve ondersteuningsbehoefte gaan soms naar so-scholen buiten "
                              "de regio, met name voor cluster 3.")])
    B += [
        ("h1", "3 Missie en visie"),
        ("h2", "3.1 Missie"),
        ("p", "Vlietstroom verbindt de schoolbesturen in de regio zodat ieder kind onderwijs krijgt dat "
              "bij hem of haar past, zo dicht mogelijk bij huis. Wij doen dat door scholen te "
              "versterken, middelen zo dicht mogelijk bij het kind te brengen en samen te werken met "
              "ouders en partners."),
        ("h2", "3.2 Visie"),
        ("p", "Wij geloven dat kinderen het best leren in een omgeving waar zij gezien worden. De "
              "leerkracht is daarin de belangrijkste factor. Een leerkracht die zich gesteund weet door "
              "een intern begeleider, een team en een schoolbestuur, kan veel ondersteuning zelf bieden. "
              "Pas als dat niet genoeg is, komt het samenwerkingsverband in beeld. Arrangementen zijn "
              "daarom in de eerste plaats bedoeld om de school te versterken, niet om het kind uit de "
              "klas te halen."),
        ("p", "Wij kijken naar wat een kind nodig heeft, niet naar een diagnose of een label. Dat "
              "vraagt om handelingsgericht werken, om goede gesprekken met ouders en om de bereidheid "
              "om over de grenzen van de eigen school heen te kijken. Toelaatbaarheid tot het speciaal "
              "(basis)onderwijs is in onze visie geen eindstation, maar een stap in de ontwikkeling."),
        ("h2", "3.3 Kernwaarden"),
        ("b", "Dichtbij.", "Ondersteuning wordt geboden in de eigen school of in de eigen kern."),
        ("b", "Vertrouwen.", "Wij gaan uit van de professionaliteit van scholen en besturen en "
              "beperken de verantwoordingslast tot wat nodig is."),
        ("b", "Samen.", "Besturen dragen samen de verantwoordelijkheid voor alle kinderen in de regio."),
        ("b", "Transparant.", "Wij zijn open over keuzes, geld en resultaten."),
    ]
    # --- basisondersteuning: present (niveau + inhoud), borging advisory
    B += [
        ("h1", "4 Basisondersteuning"),
        ("h2", "4.1 Het afgesproken niveau"),
        ("p", "Basisondersteuning is in Vlietstroom het niveau van ondersteuning dat elke school, op elke "
              "vestiging, zonder aanvraag bij het samenwerkingsverband aan ieder kind biedt. Het "
              "algemeen bestuur heeft dit niveau op 12 november 2025 opnieuw vastgesteld in de vorm van "
              "acht standaarden. Geen school mag onder deze ondergrens zakken; scholen mogen er wel "
              "boven uitstijgen en beschrijven dat in hun schoolondersteuningsprofiel en schoolgids."),
        ("p", "De standaarden zijn gebaseerd op de vier onderdelen uit het Referentiekader passend "
              "onderwijs: basiskwaliteit, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur en planmatig werken. Wij hebben ze vertaald naar wat een "
              "ouder concreet mag verwachten."),
        ("h2", "4.2 De acht standaarden"),
        ("table", ["Nr.", "Standaard", "Wat u op elke school aantreft"], [
            ("1", "Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,2 fte per 100 "
                                             "leerlingen; een ondersteuningsteam dat minimaal zes keer "
                                             "per jaar bijeenkomt."),
            ("2", "Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; een "
                                              "groepsoverzicht per groep; leerlingbesprekingen op "
                                              "aanvraag van de leerkracht."),
            ("3", "Dyslexie en dyscalculie", "Werken volgens het Protocol Leesproblemen en Dyslexie "
                                             "en het Protocol ERWD; signalering vanaf groep 2; "
                                             "compenserende software vanaf groep 5."),
            ("4", "Sociaal-emotionele ontwikkeling", "Een gevalideerde methode voor sociaal-"
                                                     "emotioneel leren; jaarlijkse monitoring; een "
                                                     "anti-pestcoördinator."),
            ("5", "Gedrag", "Een schoolbreed gedragsprotocol; time-in en time-out afspraken; "
                            "ondersteuning door de gedragsspecialist van het bestuur."),
            ("6", "Taal en meertaligheid", "Extra taalaanbod voor kinderen met een taalachterstand; "
                                           "NT2-materialen op elke locatie."),
            ("7", "Meer- en hoogbegaafdheid", "Signalering met een vastgesteld instrument; "
                                              "verrijkingsaanbod in de groep."),
            ("8", "Medisch handelen en fysieke toegankelijkheid", "Een protocol medicijnverstrekking "
                                                                  "en medisch handelen; afspraken "
                                                                  "over toegankelijkheid."),
        ]),
        ("h3", "4.2.1 Ondersteuningsstructuur"),
        ("p", "Op iedere vestiging is een intern begeleider aanwezig die de leerkrachten ondersteunt, "
              "de groepsbesprekingen voorzit en het aanspreekpunt is voor ouders en externe partners. "
              "Het ondersteuningsteam bestaat uit de intern begeleider, de directeur, de "
              "ondersteuningsconsulent van het samenwerkingsverband en, op uitnodiging, de "
              "schoolmaatschappelijk werker of de jeugdverpleegkundige."),
        ("h3", "4.2.2 Preventieve en licht curatieve interventies"),
        ("p", "Elke school biedt kortdurende interventies zoals pre-teaching, extra instructie in een "
              "kleine groep, een aangepast rooster voor een beperkte periode en gesprekken met een "
              "vertrouwde volwassene. Deze interventies worden vastgelegd in het groepsplan of in een "
              "handelingsplan. Een ontwikkelingsperspectiefplan is nodig zodra een leerling op een of "
              "meer vakken een eigen leerlijn volgt."),
        ("h2", "4.3 Borging"),
        ("p", "Het samenwerkingsverband bezoekt elke school eens per twee jaar voor een gesprek aan de "
              "hand van de kwaliteitskaart basisondersteuning. Scholen vullen de kaart vooraf zelf in. "
              "Blijkt een school op een of meer standaarden onder het afgesproken niveau te zitten, dan "
              "maakt het bestuur binnen drie maanden een verbeterplan, waarover het samenwerkingsverband "
              "na een jaar opnieuw het gesprek voert."),
    ]
    # --- dekkend aanbod: continuum present, lacunes deferred
    B += [
        ("h1", "5 Extra ondersteuning en arrangementen"),
        ("h2", "5.1 Het ondersteuningscontinuüm"),
        ("p", "Wij onderscheiden vijf niveaus. Niveau 1 en 2 vallen binnen de basisondersteuning: de "
              "leerkracht en het team bieden de ondersteuning zelf, zo nodig met advies van de intern "
              "begeleider. Niveau 3 is extra ondersteuning in de school, bekostigd uit het schoolbudget "
              "(zie hoofdstuk 7). Niveau 4 is een bovenschools arrangement, toegekend door het loket van "
              "het samenwerkingsverband. Niveau 5 is plaatsing in het speciaal basisonderwijs of het "
              "speciaal onderwijs."),
        ("h2", "5.2 Arrangementen"),
        ("b", "Schoolarrangement.", "De school zet uit het eigen schoolbudget extra handen in de klas, "
              "een remedial teacher of een gedragsspecialist in. De school beslist zelf en legt dit vast "
              "in het groepsplan of het OPP."),
        ("b", "Groepsarrangement.", "Scholen binnen een kern bundelen hun budget voor een gezamenlijke "
              "voorziening, bijvoorbeeld een taalklas of een prikkelarme werkplek met begeleiding."),
        ("b", "Bovenschools arrangement.", "Voor kinderen die meer nodig hebben dan een school of kern kan "
              "bieden, zijn er drie bovenschoolse voorzieningen: de Plusklas Vlietmonde (meer- en "
              "hoogbegaafde kinderen, één dag per week), de Taalbrug (nieuwkomers, maximaal één jaar) en "
              "de observatiegroep De Brug (jonge kinderen tot 7 jaar met vragen rond gedrag en "
              "ontwikkeling, maximaal twaalf weken)."),
        ("b", "Onderwijs-zorgarrangement.", "Samen met de gemeenten zijn er op twee scholen groepen waar "
              "onderwijs en jeugdhulp gecombineerd worden; de jeugdhulp wordt door de gemeente bekostigd "
              "(zie hoofdstuk 10)."),
        ("h2", "5.3 Thuiszitters en witte vlekken"),
        ("p", "Ook in onze regio zijn er kinderen die (tijdelijk) niet naar school gaan. Elk kind dat "
              "thuiszit is er één te veel. Hoe wij structureel zicht krijgen op kinderen zonder passende "
              "plek en op ontbrekend aanbod, en wie dan welke stappen zet, werken wij in het schooljaar "
              "2026-2027 samen met leerplicht uit in een afzonderlijke notitie 'Dekkend aanbod "
              "Vlietstroom'. Die notitie wordt na instemming van de OPR aan dit plan toegevoegd."),
    ]
    # --- plaatsing: present; terugstroom beleid hidden in 6.6, procedure deferred
    B += [
        ("h1", "6 Toelaatbaarheid"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring voor het sbo of het so wordt aangevraagd door het bestuur "
              "van de school waar het kind staat ingeschreven, via het Loket Vlietstroom. In de praktijk "
              "doet de intern begeleider de aanvraag namens het bestuur. De aanvraag bevat het "
              "groeidocument met het ontwikkelingsperspectief, het verslag van het laatste "
              "multidisciplinair overleg, de zienswijze van de ouders en een onderbouwing waarom de "
              "ondersteuning op niveau 3 en 4 ontoereikend is gebleken."),
        ("b", "Stap 1 - ontvankelijkheid.", "Het loket toetst binnen vijf werkdagen of het dossier "
              "compleet is. Ontbreekt er iets, dan krijgt de school tien werkdagen om het aan te vullen."),
        ("b", "Stap 2 - deskundigenadvies.", "Twee deskundigen brengen ieder afzonderlijk een schriftelijk "
              "advies uit (zie 6.3)."),
        ("b", "Stap 3 - besluit.", "De Commissie Toelaatbaarheid, die namens de directeur-bestuurder "
              "besluit, neemt binnen zes weken na ontvangst van het complete dossier een besluit. "
              "Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de adviezen."),
        ("h2", "6.2 Criteria"),
        ("p", "De commissie verklaart een leerling toelaatbaar als aan de volgende voorwaarden is "
              "voldaan."),
        ("table", ["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"], [
            ("Ondersteuningsbehoefte", "De behoefte overstijgt aantoonbaar niveau 4; het kind heeft "
                                       "een kleinere groep en een aangepast leerstofaanbod nodig "
                                       "gedurende de hele dag.",
             "De behoefte vraagt specialistische expertise en een structureel aangepaste omgeving "
             "die het sbo niet kan bieden, bijvoorbeeld bij ernstige gedragsproblematiek of een "
             "(zeer) moeilijk lerend profiel."),
            ("Voorgeschiedenis", "Minimaal twee cycli handelingsgericht werken met extra ondersteuning "
                                 "zijn geëvalueerd.", "Idem, tenzij sprake is van een evidente "
                                                      "ondersteuningsbehoefte bij instroom (jonge "
                                                      "risicoleerlingen, zij-instroom)."),
            ("Perspectief", "Het OPP laat zien dat het uitstroomperspectief in het regulier "
                            "onderwijs niet haalbaar is zonder tijdelijke plaatsing.",
             "Het OPP laat zien dat een specialistische setting voor langere tijd nodig is."),
        ]),
        ("h2", "6.3 Deskundigenadvies"),
        ("p", "Bij elke aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog van het "
              "samenwerkingsverband, en afhankelijk van de vraag een tweede deskundige, zoals een "
              "kinder- en jeugdpsycholoog, maatschappelijk werker, pedagoog of arts. Zij zijn niet "
              "betrokken geweest bij de begeleiding van het kind of bij het opstellen van de aanvraag."),
        ("h2", "6.4 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt tot het einde van het schooljaar waarin het kind twaalf jaar "
              "wordt. Een TLV voor het so geldt voor twee schooljaren; bij een ernstig meervoudige "
              "beperking kan de commissie een TLV afgeven tot het einde van de basisschoolleeftijd. Voor "
              "het so bepaalt de commissie de bekostigingscategorie laag, midden of hoog."),
        ("h2", "6.5 Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit. Vlietstroom is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), "
              "die het samenwerkingsverband adviseert over het bezwaar."),
        ("h2", "6.6 Na afloop van de toelaatbaarheidsverklaring"),
        ("p", "Plaatsing in het sbo of so is voor ons geen eindpunt. Het uitgangspunt is dat een kind "
              "terugkeert naar een reguliere school als het ontwikkelingsperspectief dat toelaat, bij "
              "voorkeur in de eigen wijk of kern. Terugkeer is aan de orde als het kind in de "
              "specialistische setting zo ver is gekomen dat de ondersteuningsbehoefte binnen de "
              "basisondersteuning plus een arrangement op niveau 3 of 4 kan worden opgevangen, en als "
              "een reguliere school bereid is het kind op te nemen."),
        ("p", "Een kind dat terugkeert krijgt een terugkeerarrangement: gedurende het eerste jaar na de "
              "overstap begeleidt een ambulant begeleider van de sbo- of so-school de nieuwe leerkracht "
              "gedurende maximaal twee uur per week, en de ontvangende school ontvangt daarvoor een "
              "bijdrage van € 3.500 uit het bovenschoolse budget. De ontvangende school kan in dat jaar "
              "zonder nieuwe aanvraag terugvallen op de expertise van de ondersteuningsconsulent."),
        ("p", "Hoe de evaluatie rond het einde van een TLV verloopt, wie het initiatief neemt en welke "
              "momenten daarbij horen, leggen wij in 2026-2027 samen met de sbo- en so-scholen vast in "
              "een stappenplan. Tot die tijd maken de scholen hierover per kind afspraken."),
    ]
    # --- financien: present under "Geld en middelen"
    B += [
        ("h1", "7 Geld en middelen"),
        ("h2", "7.1 Inkomsten"),
        ("p", "Vlietstroom ontvangt jaarlijks de rijksbekostiging voor lichte en zware ondersteuning. "
              "Na aftrek van de afdrachten aan het sbo en het so, die DUO rechtstreeks verrekent, "
              "resteert het budget waarover het samenwerkingsverband zelf beslist."),
        ("h2", "7.2 Zo verdelen wij de middelen"),
        ("p", "Het algemeen bestuur heeft gekozen voor een schoolmodel: het grootste deel van de middelen "
              "gaat rechtstreeks naar de besturen. De verdeling gebeurt jaarlijks op basis van de "
              "teldatum 1 oktober van het voorgaande jaar, volgens drie onderdelen."),
        ("b", "Schoolbudget.", "Elk bestuur ontvangt € 178 per leerling plus een vaste voet van "
              "€ 6.000 per vestiging. Het bestuur verdeelt het budget over zijn scholen en zet het in "
              "voor extra ondersteuning op niveau 3."),
        ("b", "Bovenschools budget.", "Voor bovenschoolse arrangementen (niveau 4) is een budget "
              "beschikbaar dat het loket toekent op basis van een aanvraag. Criteria: de behoefte "
              "overstijgt de mogelijkheden van de school, het arrangement is tijdelijk (maximaal een "
              "schooljaar) en het doel is terugkeer naar of behoud van de eigen groep."),
        ("b", "Solidariteitsbudget.", "Besturen met een bovengemiddeld aantal leerlingen met een "
              "gewichtenregeling-indicatie ontvangen een aanvulling van € 40 per gewogen leerling."),
        ("h2", "7.3 Meerjarenbegroting 2026-2030"),
        ("table", ["Bedragen x € 1.000", "2026", "2027", "2028", "2029"], [
            ("Rijksbekostiging ondersteuning", "10.850", "10.790", "10.720", "10.660"),
            ("Afdracht sbo/so (via DUO)", "-4.620", "-4.600", "-4.580", "-4.560"),
            ("Beschikbaar budget", "6.230", "6.190", "6.140", "6.100"),
            ("Schoolbudgetten besturen", "2.710", "2.700", "2.690", "2.680"),
            ("Bovenschoolse arrangementen en voorzieningen", "1.520", "1.500", "1.480", "1.460"),
            ("Terugkeerarrangementen", "70", "70", "70", "70"),
            ("Loket, deskundigen en consulenten", "1.310", "1.310", "1.300", "1.300"),
            ("Bureau, huisvesting en governance", "620", "620", "610", "600"),
            ("Saldo", "0", "-10", "-10", "-10"),
        ]),
        ("h2", "7.4 Reserves"),
        ("p", "De algemene reserve bedroeg op 31 december 2024 € 1,9 miljoen. Dat ligt boven de "
              "signaleringswaarde van de inspectie; het bestuur bouwt de bovenmatige reserve af door de "
              "kleine tekorten in de begroting en door een eenmalige investering in scholing van intern "
              "begeleiders in 2026 en 2027."),
        ("h2", "7.5 Verantwoording door besturen"),
        ("p", "Besturen verantwoorden jaarlijks vóór 1 juni in een vast format waaraan zij hun "
              "schoolbudget hebben besteed, in aantallen leerlingen en in euro's."),
    ]
    # --- resultaten: missing (deferral + reference)
    B += [
        ("h1", "8 Kwaliteit en resultaten"),
        ("p", "De wijze waarop wij de opbrengsten van passend onderwijs in Vlietstroom in beeld "
              "brengen, werken wij in het eerste planjaar uit in een kwaliteitskader, samen met de "
              "besturen en de OPR. Het kwaliteitskader volgt als aanvulling op dit plan. Voor een "
              "terugblik op de vorige planperiode verwijzen wij naar het jaarverslag 2024-2025 "
              "(bijlage C)."),
    ]
    # --- ouders: present, under Communicatie
    B += [
        ("h1", "9 Communicatie"),
        ("h2", "9.1 Onze communicatiemiddelen"),
        ("p", "Vlietstroom communiceert met scholen, besturen, ouders en partners. Voor scholen is er "
              "een nieuwsbrief die zes keer per jaar verschijnt en een besloten deel van de website met "
              "formulieren en handreikingen. Voor besturen is er het bestuurlijk overleg."),
        ("b", "Informatie voor ouders.", "Op de ouderpagina van www.vlietstroom-po.nl leggen wij in "
              "eenvoudige taal uit welke ondersteuning elke school biedt (de acht standaarden), welke "
              "arrangementen en bovenschoolse voorzieningen er zijn en hoe een TLV wordt aangevraagd. "
              "De brochure 'Passend onderwijs in Vlietstroom' ligt op elke school en is beschikbaar in "
              "het Nederlands, Engels, Arabisch en Pools. Scholen nemen de standaarden op in hun "
              "schoolgids. Twee keer per jaar organiseren wij een informatieavond voor ouders, in "
              "wisselende kernen."),
        ("b", "Onafhankelijke hulp.", "Ouders die vragen hebben of het niet eens zijn met de school of "
              "het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Vlietstroom. "
              "Het steunpunt is ondergebracht bij de stichting MEE Vlietland en werkt onafhankelijk van "
              "scholen en samenwerkingsverband; het is bereikbaar via 0180-555 210 en via een "
              "inloopspreekuur op woensdagochtend. Daarnaast kunnen ouders kosteloos een beroep doen op "
              "de Onderwijsconsulenten. Bij geschillen over toelating, verwijdering of het OPP kunnen "
              "ouders zich wenden tot de Geschillencommissie passend onderwijs."),
        ("b", "Ouders als partner.", "Ouders worden betrokken bij het opstellen van het OPP en hebben "
              "een plek aan tafel bij het multidisciplinair overleg over hun kind."),
    ]
    B += governance(c, opr_parents=True, num="10")
    B += oogo(c, num="11", substantive=True)
    B += [
        ("h1", "12 Planning 2026-2030"),
        ("p", "De onderstaande planning laat zien welke activiteiten wij in de planperiode uitvoeren. "
              "Jaarlijks werken wij de planning uit in een jaarplan."),
        ("table", ["Schooljaar", "Activiteit"], [
            ("2026-2027", "Stappenplan terugkeer uit sbo en so; notitie Dekkend aanbod; kwaliteitskader"),
            ("2027-2028", "Evaluatie verdeelmodel; nieuw registratiesysteem"),
            ("2028-2029", "Herijking standaarden basisondersteuning na landelijke norm"),
            ("2029-2030", "Evaluatie ondersteuningsplan; voorbereiding nieuw plan"),
        ]),
    ]
    B += begrippen(BEGRIP_BASE + [("Beoogde resultaten", "Wat het samenwerkingsverband in de "
                                   "planperiode wil bereiken voor leerlingen met een ondersteuningsbehoefte."),
                                  ("Kwaliteitskader", "Het geheel van afspraken over monitoring en "
                                   "evaluatie van resultaten.")])
    B += afkortingen(AFK_BASE + [("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen")])

    name = "po-vlietstroom-ondersteuningsplan-2026-2030"
    render_docx(B, OUT / f"{name}.docx",
                header="Ondersteuningsplan Vlietstroom 2026-2030 | basisondersteuning, resultaten en ouders",
                footer="Samenwerkingsverband PO Vlietstroom - www.vlietstroom-po.nl/ouders")
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 4.1 defines the agreed minimum for every vestiging; 4.2 table of eight standards with concrete content; 4.3 borging via kwaliteitskaart.",
        "plaatsing": "Ch. 6.1-6.5: applicant, steps, Commissie Toelaatbaarheid, 6 weeks; criteria table sbo/so; two deskundigen; duration and categorie; LBT bezwaar.",
        "terugstroom": "Hidden in 6.6 inside the TLV chapter: policy (aim, conditions, terugkeerarrangement with funding) present; procedure explicitly deferred to a 2026-2027 stappenplan.",
        "financien": "Ch. 7 'Geld en middelen': verdeelmodel with per-leerling amount and vaste voet, criteria for bovenschools budget; meerjarenbegroting table with amounts; reserves; verantwoording.",
        "dekkend-aanbod": "Ch. 5.1-5.2 describe the five-level continuum and arrangementen; 5.3 thuiszitters/witte vlekken only deferred to a future notitie.",
        "resultaten": "Ch. 8 only defers to a future kwaliteitskader and refers to a jaarverslag (absent bijlage C); 'resultaten' only in title page, header, TOC and glossary.",
        "ouders": "Inside Ch. 9 'Communicatie': ouderpagina, brochure, schoolgids, info evenings; independent OJSP, Onderwijsconsulenten, Geschillencommissie.",
    }
    write_label(name, [f"{name}.docx"], "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 2: VO Hunzedal (.docx)
# ---------------------------------------------------------------------------

def plan_hunzedal():
    c = ctxwords(dict(naam="Samenwerkingsverband VO Hunzedal", periode="2026-2030", sector="vo",
                      gemeenten="Hunzeveen, Drouwenerdal, Borgsloot en Exterveld", nbesturen=7,
                      nscholen=12, nsessies="negen", directeur="A.J. (Arjen) Bosscher MEd",
                      vastgesteld="14 april 2026", fte="21,3", plaats="Hunzeveen",
                      opr_datum="7 april 2026", oogo_datum="19 maart 2026"))
    B = []
    B.append(("title", ["Ondersteuningsplan Samenwerkingsverband VO Hunzedal (VO 20-09)",
                        "Schooljaren 2026-2027 tot en met 2029-2030",
                        "Iedere jongere een plek",
                        "Definitieve versie na instemming OPR"]))
    B.append(("toc", ["Bijlage 2 Kaart basisondersteuning Hunzedal (afzonderlijk document)",
                      "Bijlage 3 Meerjarenbegroting (volgt)"]))
    B += voorwoord(c)
    B += inleiding(c)
    B += regio(c, [("Hunzeveen", 6, "7.840"), ("Drouwenerdal", 2, "1.910"), ("Borgsloot", 2, "1.455"),
                   ("Exterveld", 1, "620"), ("Vso (regionaal)", 2, "402"), ("Totaal", 13, "12.227")],
               extra_p=[("p", "Het voortgezet onderwijs in de regio wordt verzorgd door twee brede "
                              "scholengemeenschappen, drie categorale vmbo-scholen, twee "
                              "havo/vwo-scholen, een school voor praktijkonderwijs en twee vso-scholen. "
                              "Zes vestigingen bieden leerwegondersteunend onderwijs.")])
    B += [
        ("h2", "2.2 Terugblik op de planperiode 2022-2026"),
        ("p", "In de vorige planperiode heeft Hunzedal fors geïnvesteerd in de ondersteuning in de "
              "scholen en in de bovenschoolse voorzieningen. Hieronder staan de belangrijkste "
              "kengetallen; de bron is onze eigen registratie en de gegevens van DUO."),
        ("table", ["Kengetal", "1-10-2021", "1-10-2025", "Landelijk 2025"], [
            ("Deelnamepercentage vso", "3,9%", "3,4%", "3,5%"),
            ("Deelnamepercentage praktijkonderwijs", "3,1%", "2,8%", "2,7%"),
            ("Aantal thuiszitters langer dan 4 weken (peildatum 1 oktober)", "31", "17", "-"),
            ("Aantal vrijstellingen 5 onder a", "12", "9", "-"),
            ("Leerlingen teruggeplaatst uit vso naar vo", "6", "14", "-"),
            ("Gemiddelde doorlooptijd TLV-aanvraag (weken)", "8,1", "5,4", "-"),
        ]),
        ("p", "De daling van het aantal thuiszitters is het resultaat van de thuiszitterstafel en van de "
              "uitbreiding van OPDC De Overstap. De doorlooptijd van TLV-aanvragen is korter geworden "
              "doordat dossiers digitaal worden aangeleverd."),
        ("h1", "3 Visie en koers"),
        ("p", "Hunzedal wil dat iedere jongere in de regio een passende plek heeft in het onderwijs en "
              "zich daar kan ontwikkelen tot een zelfstandige volwassene. Wij werken vanuit de "
              "gedachte dat ondersteuning zo dicht mogelijk bij de jongere en de mentor wordt "
              "georganiseerd. De scholen zijn eigenaar van de ondersteuning; het samenwerkingsverband "
              "faciliteert, verbindt en spreekt aan."),
        ("p", "Voor de komende vier jaar kiezen wij drie koersuitspraken: (1) de ondersteuning in de "
              "school wordt sterker, zodat minder jongeren de school hoeven te verlaten; (2) geen "
              "jongere zit thuis zonder passend aanbod; (3) jongeren en ouders hebben meer zeggenschap "
              "over de ondersteuning die zij krijgen. Middelen, arrangementen en de organisatie van het "
              "samenwerkingsverband staan in dienst van deze koers."),
    ]
    # --- basisondersteuning: niveau present, inhoud only by reference (bijlage 2 / schoolgids)
    B += [
        ("h1", "4 Ondersteuning op school"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "Alle vestigingen in Hunzedal bieden ten minste hetzelfde, door het algemeen bestuur "
              "vastgestelde niveau van basisondersteuning. Dat niveau is een gezamenlijke afspraak van "
              "de besturen: het is de ondergrens waar iedere jongere op iedere vestiging op kan rekenen, "
              "ongeacht de leerweg. Scholen die meer bieden, beschrijven dat in hun schoolgids."),
        ("p", "De basisondersteuning sluit aan bij het Referentiekader passend onderwijs. De "
              "standaarden en hun concretisering zijn opgenomen in de Kaart basisondersteuning Hunzedal "
              "(bijlage 2). De scholen nemen de kaart over in hun schoolgids."),
        ("h2", "4.2 Extra ondersteuning in de school"),
        ("p", "Als de basisondersteuning niet toereikend is, kan de school extra ondersteuning bieden in "
              "de vorm van een schoolarrangement. Iedere school heeft daarvoor een ondersteuningsteam "
              "onder leiding van de ondersteuningscoördinator en een trajectvoorziening of "
              "ondersteuningsruimte waar jongeren een deel van de dag kunnen werken. Het OPP is daarbij "
              "het uitgangspunt."),
        ("h3", "4.2.1 Voorbeelden van schoolarrangementen"),
        ("p", "Binnen de extra ondersteuning op school bieden scholen onder meer faalangstreductietraining, "
              "begeleiding bij executieve functies en extra begeleiding voor jongeren met een "
              "autismespectrumstoornis in de ondersteuningsruimte."),
        ("h3", "4.2.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Lwoo wordt geboden op zes vestigingen in kleinere klassen met extra begeleiding. Het "
              "praktijkonderwijs is geconcentreerd op één school in Hunzeveen met een dislocatie in "
              "Borgsloot."),
        ("h2", "4.3 Bovenschoolse voorzieningen"),
        ("table", ["Voorziening", "Voor wie", "Duur", "Capaciteit"], [
            ("OPDC De Overstap", "Jongeren die tijdelijk niet in de reguliere school kunnen functioneren",
             "12 weken, eenmaal te verlengen", "36 plaatsen"),
            ("Rebound Hunzeveen", "Jongeren met gedragsproblemen na schorsing of dreigende verwijdering",
             "maximaal 8 weken", "12 plaatsen"),
            ("Tussenvoorziening Nieuwe Start", "Jongeren die na langdurig verzuim terugkeren",
             "maximaal 6 maanden", "10 plaatsen"),
            ("HB-traject Hunzedal", "Hoogbegaafde jongeren die vastlopen", "één schooljaar",
             "20 plaatsen"),
            ("Vso-scholen De Esdoorn en Het Baken", "Jongeren met een TLV", "volgens TLV", "402 leerlingen"),
        ]),
        ("h2", "4.4 Zorgplicht, thuiszitters en witte vlekken"),
        ("p", "Voor iedere jongere die zich aanmeldt bij een school geldt de zorgplicht van het bestuur. "
              "Lukt het een school niet om binnen tien weken een passende plek te vinden, dan neemt de "
              "consulent van het samenwerkingsverband het over als trajectbegeleider."),
        ("b", "Thuiszitterstafel.", "Iedere maand bespreken leerplicht, de consulenten van Hunzedal en "
              "het jeugdteam alle jongeren die langer dan vier weken niet naar school gaan. Voor elke "
              "jongere wordt binnen twee weken een plan gemaakt met een eigenaar en een datum. De "
              "directeur-bestuurder heeft doorzettingsmacht: als partijen het niet eens worden, wijst "
              "hij binnen tien werkdagen een school of voorziening aan."),
        ("b", "Witte vlekken.", "Twee keer per jaar analyseert het bureau de aanvragen die niet of niet "
              "tijdig konden worden beantwoord. Die analyse wordt besproken in het algemeen bestuur; "
              "daaruit volgden in de vorige periode de uitbreiding van De Overstap en het HB-traject. "
              "Voor de komende periode is een tekort gesignaleerd aan plekken voor jongeren met "
              "angstproblematiek; in 2026-2027 start daarvoor een pilot op twee scholen."),
    ]
    # --- plaatsing: procedure present (vso, lwoo, pro), criteria deferred
    B += [
        ("h1", "5 Toewijzing en toelaatbaarheid"),
        ("h2", "5.1 Toelaatbaarheid tot het vso"),
        ("p", "De school waar de jongere is ingeschreven of aangemeld vraagt de toelaatbaarheidsverklaring "
              "aan bij het Loket Hunzedal. Bij de aanvraag horen het OPP, het verslag van het "
              "multidisciplinair overleg met ouders en jongere, en een advies van de beoogde vso-school."),
        ("b", "Commissie Toewijzing.", "De Commissie Toewijzing, bestaande uit een orthopedagoog, een "
              "psycholoog en een voorzitter uit het bureau, beoordeelt de aanvraag. Twee deskundigen "
              "brengen ieder een eigen schriftelijk advies uit; zij zijn niet betrokken bij de aanvraag."),
        ("b", "Besluit.", "De directeur-bestuurder besluit namens het bestuur binnen zes weken. De TLV "
              "wordt afgegeven voor één, twee of drie schooljaren, met een bekostigingscategorie laag, "
              "midden of hoog."),
        ("p", "De commissie weegt elke aanvraag individueel. Een afwegingskader met de criteria voor "
              "toelaatbaarheid tot het vso en voor de keuze van de bekostigingscategorie stelt de "
              "commissie in het schooljaar 2026-2027 op; het wordt daarna ter kennisname aan het "
              "algemeen bestuur voorgelegd."),
        ("h2", "5.2 Lwoo en praktijkonderwijs"),
        ("p", "De aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot het "
              "praktijkonderwijs worden aangevraagd door de vo-school waar de leerling is aangemeld, "
              "uiterlijk 15 maart voorafgaand aan het eerste leerjaar. De aanvraag bevat het "
              "onderwijskundig rapport van de basisschool en de gegevens uit het leerlingvolgsysteem. "
              "De Commissie Toewijzing besluit binnen vier weken; voor aanvragen na 15 maart geldt een "
              "termijn van zes weken."),
        # --- terugstroom: present
        ("h2", "5.3 Terug naar het regulier"),
        ("p", "Hunzedal wil dat jongeren die in het vso of in een bovenschoolse voorziening zitten, "
              "terugkeren naar het regulier voortgezet onderwijs zodra dat verantwoord is. Terugkeer is "
              "het uitgangspunt, niet de uitzondering. Voorwaarden zijn dat de jongere volgens het OPP "
              "het niveau van een reguliere leerweg aankan, dat de ondersteuningsbehoefte met een "
              "schoolarrangement kan worden opgevangen en dat een reguliere school de jongere een plek "
              "biedt."),
        ("b", "Evaluatie.", "Elke vso-school evalueert het OPP ten minste eenmaal per jaar. In het laatste "
              "jaar van de TLV organiseert de vso-school uiterlijk 1 februari een overleg met jongere, "
              "ouders, de consulent van Hunzedal en een mogelijke ontvangende school."),
        ("b", "Besluit.", "Op basis van dat overleg vraagt de vso-school een nieuwe TLV aan of meldt zij "
              "de terugplaatsing bij het Loket. De Commissie Toewijzing adviseert; de directeur-"
              "bestuurder besluit vóór 1 mei, zodat de overstap op 1 augustus kan plaatsvinden."),
        ("b", "Begeleiding.", "De jongere krijgt een overstaparrangement: het eerste half jaar begeleidt "
              "een ambulant begeleider van de vso-school de jongere en de mentor op de nieuwe school. "
              "Hunzedal bekostigt dit arrangement volledig."),
        ("p", "Voor het OPDC en de rebound geldt dezelfde werkwijze, met een evaluatie na zes weken. In "
              "2024-2025 keerden 14 jongeren uit het vso terug naar het regulier onderwijs."),
    ]
    # --- financien: verdeling present, besteding: p.m. table + deferral
    B += [
        ("h1", "6 Financieel beleid"),
        ("h2", "6.1 Uitgangspunten"),
        ("p", "Middelen worden zo dicht mogelijk bij de jongere ingezet. Het samenwerkingsverband houdt "
              "alleen middelen aan voor taken die de scholen niet zelf kunnen uitvoeren."),
        ("h2", "6.2 Verdeling"),
        ("b", "Lichte ondersteuning.", "De besturen ontvangen voor lichte ondersteuning € 215 per "
              "leerling op de teldatum 1 oktober van het voorgaande jaar."),
        ("b", "Lwoo en pro.", "De middelen voor lwoo en praktijkonderwijs gaan naar de scholen die deze "
              "onderwijsvorm bieden, naar rato van het aantal leerlingen met een aanwijzing lwoo "
              "respectievelijk een TLV pro op 1 oktober."),
        ("b", "Arrangementen.", "Middelen voor bovenschoolse voorzieningen worden niet verdeeld, maar "
              "blijven centraal. Scholen betalen een eigen bijdrage van € 1.250 per geplaatste jongere "
              "bij het OPDC."),
        ("h2", "6.3 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2030 wordt vastgesteld na bekendmaking van de definitieve "
              "rijksbekostiging en wordt als bijlage 3 aan dit plan toegevoegd. Onderstaand overzicht "
              "geeft de opbouw weer."),
        ("table", ["Post", "2026", "2027", "2028", "2029"], [
            ("Lichte ondersteuning besturen", "p.m.", "p.m.", "p.m.", "p.m."),
            ("Lwoo en pro", "p.m.", "p.m.", "p.m.", "p.m."),
            ("Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."),
            ("Bureau en loket", "p.m.", "p.m.", "p.m.", "p.m."),
        ]),
        ("h2", "6.4 Reserves en verantwoording"),
        ("p", "Hunzedal hanteert een signaleringswaarde voor de algemene reserve conform de methode van "
              "de inspectie. Een reserve boven die waarde wordt in twee jaar afgebouwd. Besturen leggen "
              "jaarlijks in hun jaarverslag verantwoording af over de inzet van de middelen lichte "
              "ondersteuning en bespreken die in een bestuurlijk gesprek met de directeur-bestuurder."),
    ]
    # --- ouders: informatie present, steunpunt missing
    B += [
        ("h1", "7 Ouders en jongeren"),
        ("h2", "7.1 Informatie"),
        ("p", "Ouders en jongeren vinden op www.hunzedal-vo.nl een speciale rubriek 'Voor ouders' met "
              "uitleg over de basisondersteuning, de bovenschoolse voorzieningen, lwoo, "
              "praktijkonderwijs en het vso. In januari organiseert Hunzedal in elke gemeente een "
              "voorlichtingsavond voor ouders van leerlingen in groep 8. Iedere school vermeldt in de "
              "schoolgids wie de ondersteuningscoördinator is en hoe ouders die kunnen bereiken."),
        ("h2", "7.2 Als u het niet eens bent"),
        ("p", "Neem bij vragen of onenigheid eerst contact op met de mentor of de "
              "ondersteuningscoördinator van de school. Komt u er samen niet uit, dan kunt u contact "
              "opnemen met het bureau van Hunzedal. Het ouder- en jeugdsteunpunt dat de nieuwe wet "
              "voorschrijft, richten wij in de loop van 2026 in; zodra dat gebeurd is, volgt informatie "
              "op de website."),
        ("h2", "7.3 Stem van jongeren"),
        ("p", "Jongeren met een OPP mogen hun mening geven over hun ontwikkelingsperspectief (hoorrecht). "
              "Scholen leggen die mening vast in het OPP. Twee keer per jaar spreekt het bestuur met een "
              "jongerenpanel."),
    ]
    # --- resultaten: present
    B += [
        ("h1", "8 Kwaliteitszorg en resultaten"),
        ("h2", "8.1 Wat willen wij bereiken"),
        ("table", ["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"], [
            ("Deelnamepercentage vso gelijk aan of lager dan landelijk", "3,4%", "3,2%"),
            ("Thuiszitters langer dan 4 weken", "17", "maximaal 8"),
            ("Jongeren teruggeplaatst uit vso per jaar", "14", "20"),
            ("Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"),
            ("Voortijdig schoolverlaters met OPP", "4,1%", "3,0%"),
        ]),
        ("h2", "8.2 Hoe wij dat volgen"),
        ("p", "Het bureau levert ieder kwartaal een monitor aan het algemeen bestuur met de kengetallen "
              "uit 8.1, gebaseerd op de eigen registratie, DUO-gegevens en de leerplichtcijfers. Elke "
              "twee jaar houden wij een tevredenheidspeiling onder ouders, jongeren en scholen. In het "
              "jaarverslag rapporteren wij over de bereikte resultaten en de kosten per voorziening. "
              "Wanneer een indicator twee kwartalen achter blijft, bespreekt het bestuur bijsturing."),
    ]
    B += governance(c, opr_parents=True, num="9")
    B += oogo(c, num="10", substantive=True)
    B += [
        ("h1", "11 Planning"),
        ("table", ["Periode", "Wat", "Wie"], [
            ("2026-2027", "Afwegingskader Commissie Toewijzing; ouder- en jeugdsteunpunt", "Bureau"),
            ("2026-2027", "Pilot angstproblematiek", "Twee scholen"),
            ("2027-2028", "Evaluatie verdeling lichte ondersteuning", "AB"),
            ("2029-2030", "Evaluatie plan", "Bureau, OPR"),
        ]),
    ]
    B += begrippen(BEGRIP_BASE + [("Lwoo", "Leerwegondersteunend onderwijs."),
                                  ("OPDC", "Orthopedagogisch-didactisch centrum.")])
    B += afkortingen(AFK_BASE + [("PrO", "Praktijkonderwijs"), ("VSO", "Voortgezet speciaal onderwijs")])

    name = "vo-hunzedal-op-2026-2030"
    render_docx(B, OUT / f"{name}.docx", header="SWV VO Hunzedal - Ondersteuningsplan 2026-2030",
                footer="Klachten en geschillen: zie www.hunzedal-vo.nl")
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False,
    }
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "4.1 states one agreed minimum level for all vestigingen, but the concrete standards are only in the absent bijlage 2 / schoolgidsen.",
        "plaatsing": "5.1-5.2 give applicant, dossier, Commissie Toewijzing, deskundigen, terms, duration/categorie for vso, lwoo and pro; the criteria (afwegingskader) are deferred to 2026-2027.",
        "terugstroom": "5.3 'Terug naar het regulier': policy with conditions and overstaparrangement, procedure with evaluation by 1 Feb and decision before 1 May; 14 returns reported.",
        "financien": "6.2 verdeling with per-leerling amount and lwoo/pro allocation rule; 6.3 meerjarenbegroting deferred to bijlage 3 and table only p.m.",
        "dekkend-aanbod": "4.2-4.3 continuum and table of bovenschoolse voorzieningen; 4.4 zorgplicht, thuiszitterstafel with doorzettingsmacht and witte-vlekken analysis.",
        "resultaten": "8.1 table with nulmeting and streefwaarden; 8.2 quarterly monitor, peiling, jaarverslag; terugblik table in 2.2.",
        "ouders": "7.1 website section, voorlichtingsavonden, schoolgids; 7.2 only points to school and the SWV bureau (not independent) and defers the ouder- en jeugdsteunpunt; footer website reference does not count.",
    }
    write_label(name, [f"{name}.docx"], "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 3: PO Kempenrand (.pdf via .docx)
# ---------------------------------------------------------------------------

def plan_kempenrand(tmpdir):
    c = ctxwords(dict(naam="Stichting Passend Onderwijs Kempenrand PO", periode="2026-2030",
                      sector="po", gemeenten="Kempenhoven, Aarle-Duin, Leende-Broek en Sterksel-Noord",
                      nbesturen=8, nscholen=46, nsessies="elf", directeur="J.P.M. (Joost) van Heeswijk",
                      vastgesteld="31 maart 2026", fte="9,8", plaats="Kempenhoven",
                      opr_datum="24 maart 2026", oogo_datum="10 maart 2026"))
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Stichting Passend Onderwijs Kempenrand PO (PO 30-06)",
                        "Onderwijs dat past, in de Kempenrand"]))
    B.append(("toc", []))
    B += voorwoord(c)
    B += inleiding(c)
    B += regio(c, [("Kempenhoven", 21, "5.380"), ("Aarle-Duin", 11, "2.045"),
                   ("Leende-Broek", 8, "1.390"), ("Sterksel-Noord", 4, "610"),
                   ("Sbo en so", 2, "351"), ("Totaal", 46, "9.776")],
               extra_p=[("h2", "2.2 Kengetallen"),
                        ("table", ["Kengetal", "2023", "2024", "2025"], [
                            ("Deelnamepercentage sbo (1 oktober)", "2,20%", "2,27%", "2,31%"),
                            ("Deelnamepercentage so (1 oktober)", "1,41%", "1,46%", "1,52%"),
                            ("Aantal afgegeven TLV's", "58", "64", "61"),
                        ]),
                        ("p", "Het deelnamepercentage aan sbo en so stijgt licht, net als landelijk. Wij "
                              "zien vooral meer aanvragen voor jonge kinderen met complexe "
                              "gedragsvragen.")])
    B += [
        ("h1", "3 Missie en visie"),
        ("p", "Kempenrand is er voor alle kinderen in de regio. Onze missie is dat ieder kind onderwijs "
              "krijgt dat recht doet aan zijn mogelijkheden. Onze visie rust op drie pijlers."),
        ("b", "Pijler 1 - De school is aan zet.", "Scholen en besturen zijn verantwoordelijk voor goed "
              "onderwijs en goede ondersteuning. Het samenwerkingsverband stelt de kaders en ondersteunt "
              "waar nodig."),
        ("b", "Pijler 2 - Eén kind, één plan.", "Betrokken professionals werken vanuit één plan rond "
              "het kind. Wij voorkomen dat het kind van loket naar loket gaat."),
        ("b", "Pijler 3 - Leren van elkaar.", "Scholen delen kennis in netwerken en "
              "ontwikkelgroepen. Expertise uit het speciaal (basis)onderwijs is beschikbaar voor het "
              "regulier onderwijs."),
    ]
    # --- basisondersteuning: present, unusual wording ("ondergrens", "vast pakket")
    B += [
        ("h1", "4 Wat elke school minimaal biedt"),
        ("p", "De acht besturen hebben afgesproken welk vast pakket aan ondersteuning iedere school in de "
              "Kempenrand biedt, op elke locatie, zonder dat daarvoor iets hoeft te worden aangevraagd. "
              "Dit pakket is de gezamenlijke ondergrens: een ouder die zijn kind in Kempenhoven of in "
              "Sterksel-Noord aanmeldt, mag overal hetzelfde verwachten. Het pakket is vastgesteld door "
              "het algemeen bestuur op 8 oktober 2025."),
        ("h2", "4.1 Het vaste pakket"),
        ("b", "Mensen.", "Iedere school heeft een intern begeleider met ten minste één dag per week per "
              "200 leerlingen, en toegang tot een gedragsspecialist en een taalspecialist binnen het "
              "eigen bestuur."),
        ("b", "Lezen en rekenen.", "Iedere school werkt met een vastgesteld dyslexieprotocol en een "
              "protocol voor ernstige rekenproblemen en biedt gerichte interventies in drie niveaus."),
        ("b", "Welbevinden.", "Iedere school gebruikt een methode voor sociale veiligheid, meet het "
              "welbevinden jaarlijks en heeft een pestprotocol."),
        ("b", "Begaafdheid.", "Iedere school signaleert kinderen met een ontwikkelingsvoorsprong en "
              "biedt compacten en verrijken in de eigen groep."),
        ("b", "Werkwijze.", "Iedere school werkt cyclisch: drie keer per jaar groepsbesprekingen, een "
              "ondersteuningsteam op afroep, en een ontwikkelingsperspectief voor kinderen met een eigen "
              "leerlijn."),
        ("b", "Zorg en veiligheid.", "Iedere school heeft afspraken over medisch handelen en werkt met de "
              "meldcode huiselijk geweld en kindermishandeling."),
        ("h2", "4.2 Pakket en schoolprofiel"),
        ("p", "Iedere school legt in haar schoolondersteuningsprofiel vast hoe zij het pakket invult "
              "en wat zij eventueel daarboven biedt."),
    ]
    # --- dekkend aanbod: missing (deferral only)
    B += [
        ("h1", "5 Het ondersteuningsaanbod in de regio"),
        ("p", "Een beschrijving van het samenhangend geheel van ondersteuningsvoorzieningen binnen en "
              "tussen de scholen - wat er boven het vaste pakket beschikbaar is, waar en voor wie - "
              "wordt in het eerste planjaar opgesteld en in het voorjaar van 2027 als aanvulling op dit "
              "plan ter instemming aan de OPR voorgelegd."),
        ("p", "Ook in de Kempenrand zijn er kinderen die thuiszitten. Wij gaan onderzoeken hoe wij "
              "deze groep beter in beeld kunnen krijgen; de uitkomsten nemen wij mee in de genoemde "
              "aanvulling."),
    ]
    # --- plaatsing: present (no bezwaar); terugstroom present, hidden in 6.5
    B += [
        ("h1", "6 De weg naar het speciaal (basis)onderwijs"),
        ("h2", "6.1 Wie vraagt aan"),
        ("p", "Het bevoegd gezag van de school waar het kind is ingeschreven, dient de aanvraag voor een "
              "toelaatbaarheidsverklaring in bij de Commissie Toelaatbaarheid Kempenrand (CTK). Woont "
              "het kind in de regio maar staat het nog niet op een school ingeschreven, bijvoorbeeld bij "
              "een verhuizing, dan kan de school waar het kind is aangemeld de aanvraag doen."),
        ("h3", "6.1.1 Het dossier"),
        ("p", "Het dossier bestaat uit het ingevulde aanvraagformulier, het ontwikkelingsperspectief "
              "met de evaluaties van ten minste de laatste twee periodes, het verslag van het "
              "ondersteuningsteam en, indien aanwezig, onderzoeksverslagen van externe partijen."),
        ("h3", "6.1.2 Termijnen"),
        ("p", "De CTK bevestigt de ontvangst binnen drie werkdagen en neemt binnen vier weken na "
              "ontvangst van het volledige dossier een besluit. In spoedeisende situaties, bijvoorbeeld "
              "bij een crisisplaatsing, besluit de CTK binnen vijf werkdagen over een tijdelijke TLV van "
              "maximaal drie maanden."),
        ("h2", "6.2 Wanneer is een kind toelaatbaar"),
        ("p", "De CTK geeft een verklaring af als aan alle drie de volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft het vaste pakket (hoofdstuk 4) en daarbovenop ten minste een half jaar "
                "extra, planmatig geëvalueerde ondersteuning geboden, en de doelen uit het OPP zijn "
                "niet gehaald;",
                "uit het OPP blijkt dat het kind voor sbo een kleine groep (maximaal 16 leerlingen) en "
                "de hele dag aangepaste instructie nodig heeft, of voor so een specialistische setting "
                "met structurele inzet van gedragsdeskundigen of zorg;",
                "het kind is naar verwachting met die setting in staat om het in het OPP beschreven "
                "uitstroomniveau te halen."]),
        ("p", "Bij so bepaalt de CTK tevens de categorie: laag voor cluster 4 en zeer moeilijk lerende "
              "kinderen, midden voor langdurig zieke en lichamelijk gehandicapte kinderen, hoog voor "
              "kinderen met een meervoudige beperking."),
        ("h2", "6.3 Deskundigen"),
        ("p", "De CTK vraagt bij iedere aanvraag advies aan twee deskundigen: een orthopedagoog of "
              "psycholoog en, afhankelijk van de situatie, een jeugdarts, maatschappelijk werker of "
              "kinderpsychiater. De deskundigen adviseren ieder afzonderlijk en schriftelijk."),
        ("h2", "6.4 Geldigheid"),
        ("p", "Een TLV sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV so geldt "
              "voor twee schooljaren, in het schooljaar van afgifte te vermeerderen met de rest van dat "
              "schooljaar."),
        ("h2", "6.5 Einde van de verklaring en terugkeer"),
        ("p", "Kempenrand wil dat kinderen zo kort als nodig in het speciaal (basis)onderwijs verblijven "
              "en daarna terugkeren naar een basisschool in de eigen omgeving, mits hun ontwikkeling "
              "dat toelaat en er een school is die het kind kan bieden wat het nodig heeft. Kinderen die "
              "terugkeren krijgen gedurende het eerste half jaar begeleiding van een ambulant "
              "begeleider uit de sbo- of so-school; de ontvangende school kan daarnaast een beroep doen "
              "op een orthopedagoog van Kempenrand."),
        ("b", "Jaarlijkse check.", "De sbo- of so-school bespreekt elk jaar bij de evaluatie van het OPP "
              "of terugkeer mogelijk is."),
        ("b", "Laatste jaar.", "Uiterlijk zes maanden voor het einde van de TLV meldt de sbo- of "
              "so-school bij de CTK of zij een verlenging aanvraagt of terugplaatsing voorbereidt. Bij "
              "terugplaatsing zoekt de school samen met het bestuur van de beoogde basisschool een "
              "plek en maakt zij een overdrachtsplan."),
        ("b", "Besluit.", "Bij een verlengingsaanvraag besluit de CTK volgens de gewone procedure. "
              "Wordt geen verlenging gevraagd, dan eindigt de TLV van rechtswege en vindt de overstap "
              "plaats per het nieuwe schooljaar."),
    ]
    # --- financien: besteding present (begroting), verdeling deferred
    B += [
        ("h1", "7 Financiën"),
        ("h2", "7.1 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting laat zien waaraan de middelen de komende jaren worden besteed. De "
              "bedragen zijn gebaseerd op de leerlingprognose van september 2025."),
        ("table", ["x € 1.000", "2026", "2027", "2028", "2029"], [
            ("Baten ondersteuning (Rijk)", "7.940", "7.880", "7.810", "7.760"),
            ("Afdrachten sbo en so", "3.610", "3.650", "3.680", "3.700"),
            ("Ondersteuningsmiddelen naar schoolbesturen", "2.950", "2.890", "2.830", "2.790"),
            ("Commissie Toelaatbaarheid en deskundigen", "410", "410", "410", "410"),
            ("Terugkeerbegeleiding", "95", "95", "95", "95"),
            ("Bureau en bestuur", "780", "790", "800", "800"),
            ("Resultaat", "95", "45", "-5", "-35"),
        ]),
        ("h2", "7.2 Verdeling over de besturen"),
        ("p", "Met ingang van 1 augustus 2027 werkt Kempenrand met een nieuw verdeelmodel. De "
              "uitgangspunten en de verdeelsleutel worden in het voorjaar van 2027 door het algemeen "
              "bestuur vastgesteld, na advies van de OPR. Tot die tijd wordt de bestaande praktijk "
              "voortgezet."),
        ("h2", "7.3 Reserves"),
        ("p", "Het eigen vermogen van Kempenrand bedraagt circa € 1,1 miljoen en ligt onder de "
              "signaleringswaarde. De begrote tekorten in 2028 en 2029 worden uit de reserve gedekt."),
    ]
    # --- resultaten: monitoring present, doelen deferred
    B += [
        ("h1", "8 Zicht op kwaliteit"),
        ("p", "Kempenrand volgt de ontwikkelingen in de regio met een dashboard dat twee keer per jaar, "
              "in februari en september, wordt geactualiseerd. Het dashboard bevat onder meer het aantal "
              "aanvragen en afgegeven TLV's, de doorlooptijd per aanvraag, de deelnamepercentages sbo "
              "en so, het aantal terugplaatsingen en de resultaten van de jaarlijkse vragenlijst onder "
              "intern begeleiders. Het algemeen bestuur bespreekt het dashboard en stelt vast of "
              "bijsturing nodig is; wijkt een kengetal meer dan tien procent af van het voorgaande jaar, "
              "dan laat het bestuur een analyse maken. Over de uitkomsten rapporteren wij in het "
              "jaarverslag."),
        ("p", "Welke resultaten wij in deze planperiode concreet nastreven, leggen wij per jaar vast in "
              "het jaarplan; het eerste jaarplan volgt na vaststelling van dit ondersteuningsplan."),
        ("p", "In schooljaar 2024-2025 werden 61 TLV's afgegeven; de gemiddelde doorlooptijd bedroeg "
              "3,6 weken."),
    ]
    B += governance(c, opr_parents=False, num="9")
    B += oogo(c, num="10", substantive=False)
    B += context_ontwikkelingen(c, "11")
    B += [
        ("h1", "12 Planning"),
        ("table", ["Wanneer", "Wat"], [
            ("Najaar 2026", "Inventarisatie ondersteuningsaanbod; jaarplan 2026-2027"),
            ("Voorjaar 2027", "Aanvulling op het plan (aanbod); nieuw verdeelmodel"),
            ("2028", "Tussenevaluatie"),
            ("2029-2030", "Voorbereiding nieuw ondersteuningsplan"),
        ]),
    ]
    B += begrippen(BEGRIP_BASE + [("CTK", "Commissie Toelaatbaarheid Kempenrand."),
                                  ("Informatie voor ouders", "Informatie over de ondersteuningsmogelijkheden "
                                   "die het samenwerkingsverband aan ouders verstrekt.")])
    B += afkortingen(AFK_BASE)
    name = "po-kempenrand-ondersteuningsplan"
    docx_to_pdf(B, OUT / f"{name}.pdf", tmpdir,
                header="Kempenrand PO - Ondersteuningsplan 2026-2030",
                footer="Vragen van ouders? Kijk op www.kempenrand-po.nl/ouders")
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    }
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 4 'Wat elke school minimaal biedt': 'vast pakket'/'gezamenlijke ondergrens' on every location, with concrete run-in items (no use of the word basisondersteuning in body).",
        "plaatsing": "Ch. 6.1-6.4: applicant, dossier, CTK, terms incl. spoed; three criteria plus categorie; two deskundigen; geldigheid. No bezwaar.",
        "terugstroom": "Hidden in 6.5 of the TLV chapter: aim/conditions/support after return plus yearly check, six-month notice and decision.",
        "financien": "7.1 meerjarenbegroting with amounts; 7.2 verdeelmodel and verdeelsleutel deferred to spring 2027.",
        "dekkend-aanbod": "Ch. 5 only defers the description of the samenhangend geheel to a 2027 aanvulling and says 'we gaan onderzoeken' about thuiszitters; OOGO paragraph is procedural only.",
        "resultaten": "Ch. 8 'Zicht op kwaliteit' describes the dashboard, AB review and jaarverslag (monitoring); intended results deferred to annual jaarplannen.",
        "ouders": "No channels or independent support in the body; 'ouders' only in passing, in the glossary and in the footer website reference.",
    }
    write_label(name, [f"{name}.pdf"], "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 4: VO Eemvallei (.pdf via .docx)
# ---------------------------------------------------------------------------

def plan_eemvallei(tmpdir):
    c = ctxwords(dict(naam="Samenwerkingsverband Voortgezet Onderwijs Eemvallei", periode="2026-2030",
                      sector="vo", gemeenten="Eemstede, Bunschoten-West, Hoogland-Oost en Soestervaart",
                      nbesturen=6, nscholen=15, nsessies="twaalf", directeur="dr. S. (Sanne) Vermeer-Koç",
                      vastgesteld="21 april 2026", fte="17,0", plaats="Eemstede",
                      opr_datum="15 april 2026", oogo_datum="26 maart 2026"))
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Samenwerkingsverband Voortgezet Onderwijs Eemvallei (VO 26-02)",
                        "Basisondersteuning, dekkend aanbod en terugplaatsing in samenhang",
                        "Vastgesteld door het algemeen bestuur op 21 april 2026"]))
    B.append(("toc", ["Bijlage 5 Sociale kaart: overzicht arrangementen en voorzieningen (online)"]))
    B += voorwoord(c)
    B += inleiding(c, extra=[
        ("h2", "1.3 Positie van dit plan"),
        ("p", "Dit plan is een kaderstellend document. Het wordt jaarlijks uitgewerkt in een jaarplan "
              "en een begroting, waarmee het bestuur en de OPR de voortgang bespreken. Het plan is "
              "afgestemd met het samenwerkingsverband primair onderwijs in de regio, onder meer over de "
              "overstap van groep 8 naar de brugklas."),
    ])
    B += regio(c, [("Eemstede", 8, "9.120"), ("Bunschoten-West", 3, "2.310"), ("Hoogland-Oost", 2, "1.640"),
                   ("Soestervaart", 2, "1.205"), ("Totaal", 15, "14.275")])
    B += [
        ("h1", "3 Visie en ambities"),
        ("p", "Eemvallei staat voor een regio waarin iedere jongere het onderwijs volgt dat bij hem of "
              "haar past en een diploma of startkwalificatie haalt, of - waar dat niet haalbaar is - "
              "duurzaam uitstroomt naar werk of dagbesteding. Wij willen dat jongeren zo min mogelijk "
              "afhankelijk zijn van speciale voorzieningen en dat de reguliere school de eerste en "
              "belangrijkste plek voor ondersteuning is."),
        ("p", "De besturen hebben vier ambities geformuleerd: een sterke reguliere school, niemand "
              "thuis, kortere lijnen met de jeugdhulp, en meer zeggenschap voor jongeren en ouders. "
              "In hoofdstuk 7 zijn deze ambities vertaald in meetbare resultaten."),
    ]
    # --- basisondersteuning: missing (deferral); dekkend aanbod: continuum only by reference, lacunes present
    B += [
        ("h1", "4 Ondersteuning in en rond de school"),
        ("h2", "4.1 Op weg naar gedeelde basisondersteuning"),
        ("p", "Het samenwerkingsverband werkt in deze planperiode toe naar gedeelde afspraken over "
              "basisondersteuning. In de loop van 2027 stellen wij met de besturen vast welk niveau elke "
              "vestiging ten minste biedt, mede in het licht van de landelijke norm basisondersteuning "
              "die het ministerie voorbereidt. Het resultaat wordt als wijziging van dit plan aan de OPR "
              "voorgelegd."),
        ("h2", "4.2 Aanbod"),
        ("p", "Welke extra ondersteuning de scholen bieden en welke bovenschoolse voorzieningen er in de "
              "regio zijn, is te vinden in de sociale kaart van Eemvallei op www.eemvallei-vo.nl/aanbod "
              "(bijlage 5). De sociale kaart wordt doorlopend bijgewerkt."),
        ("h2", "4.3 Niemand thuis"),
        ("p", "Geen jongere mag thuiszitten zonder passend aanbod. Eemvallei hanteert daarvoor een vaste "
              "aanpak die in 2024 samen met de afdelingen leerplicht is vastgesteld."),
        ("h3", "4.3.1 Signaleren"),
        ("p", "Scholen melden iedere jongere die vier weken of langer (geoorloofd of ongeoorloofd) niet "
              "of slechts gedeeltelijk naar school gaat bij het Loket Eemvallei en bij leerplicht. Ook "
              "jongeren die zijn aangemeld maar na tien weken nog geen plek hebben, worden gemeld. Het "
              "Loket houdt een wachtlijstmonitor bij."),
        ("h3", "4.3.2 Aanpakken"),
        ("p", "Binnen tien werkdagen na de melding wijst het Loket een casusregisseur aan. De "
              "casusregisseur brengt school, ouders, jongere, leerplicht en jeugdhulp samen en stelt "
              "binnen vier weken een terugkeerplan op. Lukt het niet om overeenstemming te bereiken, dan "
              "neemt de directeur-bestuurder een bindend besluit over de school die de jongere een plek "
              "biedt (doorzettingsmacht)."),
        ("h3", "4.3.3 Leren van wat ontbreekt"),
        ("p", "Ieder halfjaar maakt het Loket een analyse van de meldingen: welke vragen konden niet "
              "worden beantwoord, waar ontstonden wachttijden en welke jongeren vielen tussen wal en "
              "schip. Het algemeen bestuur bespreekt die analyse en besluit over maatregelen, zoals het "
              "tijdelijk uitbreiden van capaciteit of het inkopen van maatwerk bij een zorgaanbieder. "
              "De gemeenten worden bij de analyse betrokken in het OOGO."),
    ]
    # --- plaatsing: present; terugstroom procedure only (beleid deferred)
    B += [
        ("h1", "5 Toelaatbaarheid tot vso, lwoo en praktijkonderwijs"),
        ("h2", "5.1 Voortgezet speciaal onderwijs"),
        ("p", "De vo-school waar de jongere is ingeschreven, of - bij een overstap vanuit het primair "
              "onderwijs - de vso-school waar de jongere is aangemeld, vraagt de TLV aan bij het Loket "
              "Eemvallei. De aanvraag bevat het OPP, het verslag van het MDO, de zienswijze van ouders "
              "en jongere en recente onderzoeksgegevens."),
        ("h3", "5.1.1 Criteria vso"),
        ("p", "Een jongere is toelaatbaar tot het vso wanneer uit het dossier blijkt dat:"),
        ("ul", ["de ondersteuningsbehoefte op meerdere gebieden (leren, gedrag, sociaal-emotioneel, "
                "medisch) tegelijk ligt en niet met een arrangement in het regulier onderwijs kan worden "
                "opgevangen;",
                "de jongere gedurende de hele schooldag een specialistische, kleinschalige setting nodig "
                "heeft;",
                "eerdere ondersteuning in het regulier onderwijs aantoonbaar en planmatig is ingezet en "
                "geëvalueerd, tenzij de behoefte bij de overstap vanuit het PO al evident is."]),
        ("h2", "5.2 Leerwegondersteunend onderwijs"),
        ("p", "Eemvallei volgt voor lwoo de landelijke criteria: een IQ tussen 75 en 90 met een "
              "leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, waarvan één "
              "begrijpend lezen of inzichtelijk rekenen is, of een IQ tussen 91 en 120 met een dergelijke "
              "achterstand en sociaal-emotionele problematiek. De vo-school vraagt de aanwijzing aan "
              "vóór 1 mei voorafgaand aan het eerste leerjaar; het Loket besluit binnen vier weken."),
        ("h2", "5.3 Praktijkonderwijs"),
        ("p", "Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend "
              "lezen of inzichtelijk rekenen is. De school voor praktijkonderwijs vraagt de TLV aan; het "
              "Loket besluit binnen vier weken."),
        ("h2", "5.4 Deskundigenadvies en besluit"),
        ("p", "Voor iedere TLV vso en pro brengen twee deskundigen afzonderlijk schriftelijk advies uit: "
              "een orthopedagoog of GZ-psycholoog en een tweede deskundige, afhankelijk van de "
              "problematiek. De directeur-bestuurder besluit binnen zes weken op de aanvraag."),
        ("h2", "5.5 Duur en categorie"),
        ("p", "Een TLV vso wordt afgegeven voor twee jaar, bij een ernstig meervoudige beperking voor de "
              "gehele schoolloopbaan. Een TLV pro geldt voor de duur van de opleiding. De "
              "bekostigingscategorie (laag, midden, hoog) volgt uit de aard van de ondersteuning."),
        ("h2", "5.6 Bezwaar"),
        ("p", "Ouders (en de jongere vanaf 16 jaar) kunnen binnen zes weken bezwaar maken bij het "
              "bestuur. Eemvallei vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
        ("h2", "5.7 Na afloop van de TLV"),
        ("p", "In maart van het laatste jaar van de TLV stuurt de vso-school een evaluatieverslag met het "
              "geactualiseerde OPP naar het Loket. Het Loket plant binnen drie weken een gesprek met "
              "vso-school, jongere en ouders. Uitkomst is een aanvraag voor een nieuwe TLV of de "
              "voorbereiding van een overstap naar het regulier voortgezet onderwijs. Bij een overstap "
              "meldt de vso-school de jongere aan bij de school van voorkeur; het Loket bewaakt dat de "
              "overstap uiterlijk 1 augustus is geregeld."),
        ("p", "Het beleid ten aanzien van terugplaatsing en overplaatsing - de uitgangspunten, de "
              "voorwaarden en de begeleiding na terugkeer - stellen wij in 2026-2027 op met de vso-scholen."),
    ]
    # --- financien: present ("Geld volgt ondersteuning")
    B += [
        ("h1", "6 Geld volgt ondersteuning"),
        ("h2", "6.1 Toekenning aan besturen"),
        ("p", "Het algemeen bestuur stelt jaarlijks in december de toekenning vast op basis van de "
              "leerlingaantallen op 1 oktober."),
        ("ul", ["Lichte ondersteuning: € 190 per leerling voor alle besturen.",
                "Lwoo: het volledige lwoo-budget gaat naar de besturen met een lwoo-licentie, naar rato "
                "van het aantal lwoo-leerlingen.",
                "Maatwerkbudget: scholen kunnen voor een individuele jongere een aanvraag doen bij het "
                "Loket als de benodigde ondersteuning meer dan € 4.000 per jaar kost; het Loket toetst "
                "of de inzet tijdelijk is en gericht op behoud van de reguliere plek."]),
        ("h2", "6.2 Meerjarenbegroting"),
        ("table", ["x € 1.000", "2026", "2027", "2028", "2029"], [
            ("Baten lichte en zware ondersteuning", "12.480", "12.390", "12.300", "12.220"),
            ("Baten lwoo en pro", "6.150", "6.090", "6.040", "5.990"),
            ("Afdrachten vso (DUO)", "-5.210", "-5.260", "-5.300", "-5.330"),
            ("Lichte ondersteuning besturen", "2.710", "2.690", "2.670", "2.650"),
            ("Lwoo en pro besturen", "6.150", "6.090", "6.040", "5.990"),
            ("Maatwerkbudget", "1.200", "1.200", "1.150", "1.150"),
            ("Loket, casusregie en deskundigen", "1.640", "1.650", "1.660", "1.670"),
            ("Bureau en governance", "980", "990", "1.000", "1.010"),
            ("Saldo", "740", "600", "520", "410"),
        ]),
        ("h2", "6.3 Reserves en verantwoording"),
        ("p", "De positieve saldi worden ingezet voor de afbouw van de bovenmatige reserve: die daalt "
              "van € 3,4 miljoen eind 2025 tot onder de signaleringswaarde in 2029. Besturen verantwoorden "
              "de inzet van lichte ondersteuning en maatwerkbudget jaarlijks via een verantwoordingsformat "
              "dat door de controller wordt getoetst."),
    ]
    # --- resultaten: present
    B += [
        ("h1", "7 Resultaten"),
        ("table", ["Ambitie", "Indicator", "Stand 2025", "Doel 2030"], [
            ("Sterke reguliere school", "Deelnamepercentage vso", "4,1%", "3,6%"),
            ("Niemand thuis", "Jongeren langer dan 3 maanden zonder aanbod", "22", "0"),
            ("Kortere lijnen", "Doorlooptijd TLV in weken", "6,8", "4"),
            ("Zeggenschap", "Ouders die zich gehoord voelen bij het OPP", "61%", "80%"),
        ]),
        ("p", "Het bureau meet deze indicatoren ieder schooljaar op 1 oktober en 1 maart en rapporteert "
              "erover aan het algemeen bestuur en de OPR. Eenmaal per twee jaar laten wij een externe "
              "evaluatie uitvoeren. De bereikte resultaten en de daarvoor ingezette middelen staan in het "
              "jaarverslag."),
    ]
    # --- ouders: present, under Communicatie
    B += [
        ("h1", "8 Communicatie"),
        ("p", "Eemvallei kiest voor heldere, toegankelijke communicatie. Wij schrijven op B1-niveau en "
              "gebruiken beeld waar dat helpt."),
        ("b", "Website en brochure.", "Ouders en jongeren vinden op www.eemvallei-vo.nl uitleg over de "
              "ondersteuning op school, lwoo, praktijkonderwijs, het vso en de weg naar een TLV. De "
              "brochure 'Ondersteuning in het VO' wordt via de basisscholen in groep 7 en 8 verspreid."),
        ("b", "Voorlichting.", "In oktober houden wij in iedere gemeente een informatieavond voor ouders "
              "van leerlingen in groep 8."),
        ("b", "Onafhankelijk advies.", "Het Ouder- en Jeugdsteunpunt Eemvallei, ondergebracht bij een "
              "onafhankelijke stichting, helpt ouders en jongeren met vragen, bemiddelt bij onenigheid "
              "met school of samenwerkingsverband en verwijst waar nodig naar de Onderwijsconsulenten of "
              "de Geschillencommissie passend onderwijs. Het steunpunt is bereikbaar via telefoon, "
              "e-mail en chat."),
        ("b", "Betrokkenheid.", "Ouders en jongeren zijn vertegenwoordigd in de OPR en worden bij de "
              "evaluatie van het OPP gehoord."),
    ]
    B += governance(c, opr_parents=True, num="9")
    B += oogo(c, num="10", substantive=True)
    B += [
        ("h1", "11 Planning"),
        ("table", ["Schooljaar", "Activiteit"], [
            ("2026-2027", "Beleid terugplaatsing en overplaatsing met vso-scholen"),
            ("2027", "Vaststelling niveau basisondersteuning"),
            ("2027-2028", "Evaluatie maatwerkbudget"),
            ("2029-2030", "Eindevaluatie en nieuw plan"),
        ]),
    ]
    B += begrippen(BEGRIP_BASE + [("Casusregisseur", "Medewerker van het Loket die regie voert bij "
                                   "thuiszitters."),
                                  ("Sociale kaart", "Overzicht van alle arrangementen en voorzieningen.")])
    B += afkortingen(AFK_BASE + [("LWOO", "Leerwegondersteunend onderwijs"), ("PrO", "Praktijkonderwijs")])
    name = "vo-eemvallei-ondersteuningsplan-2026"
    docx_to_pdf(B, OUT / f"{name}.pdf", tmpdir,
                header="Ondersteuningsplan SWV VO Eemvallei 2026-2030",
                footer="Basisondersteuning op elke school - www.eemvallei-vo.nl")
    crit = {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "4.1 only defers the level to 2027; the word appears in title page, footer, TOC and glossary only.",
        "plaatsing": "Ch. 5: vso procedure and criteria, lwoo and pro criteria and terms, two deskundigen, duur/categorie, LBT bezwaar.",
        "terugstroom": "5.7 gives the end-of-TLV steps (evaluatieverslag in March, Loket meeting, overstap by 1 Aug); the policy (aims, conditions, support after return) is deferred to 2026-2027.",
        "financien": "Ch. 6 'Geld volgt ondersteuning': per-leerling amount, lwoo rule, maatwerkbudget criteria; meerjarenbegroting with amounts; reserves; verantwoording.",
        "dekkend-aanbod": "4.2 only refers to the online sociale kaart (absent bijlage 5) for the continuum; 4.3 'Niemand thuis' addresses gaps concretely (signalering, casusregisseur, doorzettingsmacht, half-yearly analysis).",
        "resultaten": "Ch. 7 table with indicators and targets; measurement twice a year, reporting, external evaluation.",
        "ouders": "Inside Ch. 8 'Communicatie': website, brochure, info evenings; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    }
    write_label(name, [f"{name}.pdf"], "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 5: PO Dollardkust (.html), "op hoofdlijnen"
# ---------------------------------------------------------------------------

def plan_dollardkust():
    c = ctxwords(dict(naam="Samenwerkingsverband Passend Onderwijs Dollardkust PO", periode="2026-2030",
                      sector="po", gemeenten="Reiderwolde, Termunterzijl-Oost, Nieuwe Schans-Dijk en "
                      "Wedderveer", nbesturen=5, nscholen=39, nsessies="acht",
                      directeur="H. (Hilde) Bakker-Smit", vastgesteld="9 april 2026", fte="8,4",
                      plaats="Reiderwolde", opr_datum="2 april 2026", oogo_datum="18 maart 2026"))
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030 op hoofdlijnen",
                        "Samenwerkingsverband Passend Onderwijs Dollardkust PO (PO 20-11)",
                        "Webversie - de bijlagen vindt u onder 'Documenten'"]))
    B.append(("toc", ["Bijlage 3 Handboek Toewijzing en Toelaatbaarheid (apart document)",
                      "Bijlage 4 Begroting en verdeelmodel (website)"]))
    B += voorwoord(c)
    B += inleiding(c, extra=[
        ("h2", "1.3 Een plan op hoofdlijnen"),
        ("p", "Anders dan het vorige plan is dit ondersteuningsplan bewust beknopt gehouden. Het "
              "beschrijft het 'wat'; de scholen en besturen bepalen in veel gevallen het 'hoe'. "
              "Procedures, formulieren en bedragen die vaker dan eens in de vier jaar wijzigen, zijn "
              "ondergebracht in afzonderlijke documenten die het bestuur vaststelt. Zo blijft het plan "
              "leesbaar en hoeft het niet bij iedere kleine wijziging opnieuw langs de OPR."),
        ("p", "Op de website vindt u bij elk hoofdstuk een korte samenvatting, een animatie en de "
              "bijbehorende documenten. De webversie is leidend; de pdf-versie is een afdruk daarvan."),
    ])
    B += regio(c, [("Reiderwolde", 14, "3.210"), ("Termunterzijl-Oost", 9, "1.480"),
                   ("Nieuwe Schans-Dijk", 8, "1.125"), ("Wedderveer", 6, "870"),
                   ("Sbo en so", 2, "289"), ("Totaal", 39, "6.974")],
               extra_p=[("p", "Kenmerkend voor de Dollardkust is de krimp: het aantal leerlingen is in "
                              "tien jaar met ruim vijftien procent gedaald. Veel scholen hebben minder dan "
                              "honderd leerlingen; combinatiegroepen zijn eerder regel dan uitzondering. "
                              "Tegelijk zien wij een toename van kinderen met een complexe "
                              "ondersteuningsvraag en van nieuwkomers uit Oost-Europa en Oekraïne.")])
    B += [
        ("h1", "3 Waar wij voor staan"),
        ("h2", "3.1 Missie"),
        ("p", "Het samenwerkingsverband zorgt samen met de besturen voor een dekkend netwerk van "
              "ondersteuning, zodat ieder kind in de Dollardkust een passende plek heeft, zo dicht "
              "mogelijk bij huis."),
        ("h2", "3.2 Visie"),
        ("p", "In een krimpregio is samenwerking geen keuze maar een noodzaak. Geen enkele school kan "
              "alle expertise zelf in huis hebben. Daarom delen wij kennis, bundelen wij voorzieningen en "
              "durven wij elkaar aan te spreken. Wij kijken naar het kind in zijn omgeving: thuis, op "
              "school en in het dorp. Ouders zijn daarin de eerste partner."),
        ("h2", "3.3 Terugblik 2022-2026"),
        ("p", "In de vorige planperiode is de Taalschool Dollardkust opgericht, is de HB-klas De Kiem "
              "uitgebreid naar twee locaties en is een gezamenlijk thuiszittersoverleg met de vier "
              "gemeenten ingericht. Minder goed ging het met de wachttijden voor so-plaatsingen buiten de "
              "regio en met de inzet van jeugdhulp onder schooltijd. Die punten staan hoog op de agenda "
              "voor de komende jaren."),
    ]
    # --- basisondersteuning: partial via borging only
    B += [
        ("h1", "4 Basisondersteuning"),
        ("p", "Elke school beschrijft in haar schoolondersteuningsprofiel en in de schoolgids welke "
              "ondersteuning zij biedt. Het samenwerkingsverband voert jaarlijks met iedere school een "
              "auditgesprek waarin wordt nagegaan of het profiel actueel is en of de school de daarin "
              "beschreven ondersteuning ook waarmaakt; daarbij worden ook leerkrachten en intern "
              "begeleiders gesproken. Scholen die tekortschieten, stellen binnen drie maanden een "
              "verbeterplan op en krijgen daarbij begeleiding van een consulent van het "
              "samenwerkingsverband."),
        ("p", "Een regiobrede ondergrens - wat elke school in de Dollardkust ten minste biedt - "
              "ontwikkelen wij in 2026-2027, in afwachting van de landelijke norm basisondersteuning."),
    ]
    # --- dekkend aanbod: present
    B += [
        ("h1", "5 Een dekkend netwerk"),
        ("h2", "5.1 Van licht naar intensief"),
        ("b", "In de groep.", "De leerkracht stemt het onderwijs af op wat het kind nodig heeft, met "
              "steun van de intern begeleider."),
        ("b", "Extra op school.", "Als dat niet genoeg is, zet de school een arrangement in: extra "
              "begeleiding, een aangepast programma of inzet van een specialist van het bestuur. De "
              "consulent van het samenwerkingsverband denkt mee in het ondersteuningsteam."),
        ("b", "Bovenschools.", "Voor kinderen die meer nodig hebben, zijn er bovenschoolse "
              "voorzieningen: de Taalschool Dollardkust voor nieuwkomers (één jaar, daarna een "
              "schakeljaar op de eigen school), de HB-klas De Kiem (één dagdeel per week, twee "
              "locaties) en de observatieklas Het Wad voor kinderen van vier tot zeven jaar (maximaal "
              "zestien weken)."),
        ("b", "Speciaal.", "Ten slotte zijn er de sbo-school De Dollard en de so-school Reiderland "
              "(cluster 4) in de regio; voor cluster 3 zijn kinderen aangewezen op so-scholen in de stad "
              "Groningen."),
        ("h2", "5.2 Onderwijs en zorg"),
        ("p", "Op drie scholen zijn onderwijs-zorgarrangementen waar een jeugdhulpverlener een deel van "
              "de week in de klas werkt. De gemeenten bekostigen de jeugdhulp, de school het onderwijs. "
              "Voor kinderen die door hun beperking (tijdelijk) niet volledig naar school kunnen, zoeken "
              "wij samen met de gemeente naar combinaties van onderwijs en dagbesteding."),
        ("h2", "5.3 Als er geen passende plek is"),
        ("p", "Het thuiszittersoverleg (leerplicht, samenwerkingsverband, jeugdteams) bespreekt iedere "
              "zes weken alle kinderen die langer dan vier weken niet of gedeeltelijk naar school gaan of "
              "die op een wachtlijst staan. Voor elk kind wordt een regisseur aangewezen en binnen "
              "vier weken een plan gemaakt. Kan geen school een plek bieden, dan beslist de "
              "directeur-bestuurder na overleg met de besturen welke school het kind opneemt, met "
              "extra ondersteuning van het samenwerkingsverband."),
        ("p", "Jaarlijks brengen wij in kaart voor welke kinderen het aanbod tekortschoot. Uit de analyse "
              "van 2025 bleek een tekort aan plekken voor jonge kinderen met ernstige gedragsproblemen en "
              "lange wachttijden voor so cluster 3. Daarom breiden wij Het Wad in 2026 uit met een "
              "tweede groep en maken wij met twee so-besturen in Groningen afspraken over voorrang voor "
              "kinderen uit de Dollardkust."),
        ("h2", "5.4 Doorgaande lijn"),
        ("p", "Met het samenwerkingsverband VO zijn afspraken gemaakt over de overdracht van kinderen met "
              "een OPP naar het voortgezet onderwijs: een warme overdracht in april, met ouders en de "
              "ontvangende school. Ook met de voorschoolse voorzieningen is een overdrachtsprotocol."),
    ]
    # --- plaatsing / terugstroom: missing (reference only)
    B += [
        ("h1", "6 Toelaatbaarheid en terugplaatsing"),
        ("p", "De procedure en de criteria voor het afgeven van toelaatbaarheidsverklaringen voor het "
              "sbo en het so, en de afspraken over terugplaatsing na afloop daarvan, zijn uitgewerkt in "
              "het Handboek Toewijzing en Toelaatbaarheid Dollardkust (bijlage 3). Het handboek wordt "
              "jaarlijks door het bestuur geactualiseerd en is te vinden op onze website."),
    ]
    # --- resultaten: present
    B += [
        ("h1", "7 Wat wij willen bereiken"),
        ("p", "Voor deze planperiode hebben de besturen vijf beoogde resultaten vastgesteld. Elk "
              "resultaat heeft een indicator en een streefwaarde voor 1 oktober 2029."),
        ("table", ["Beoogd resultaat", "Indicator", "Nu (1-10-2025)", "Streefwaarde 2029"], [
            ("Kinderen krijgen ondersteuning dichtbij huis", "Deelnamepercentage sbo + so", "4,1%", "3,6%"),
            ("Niemand thuis", "Kinderen > 4 weken zonder aanbod", "9", "0"),
            ("Snelle hulp", "Wachttijd bovenschoolse voorziening (weken)", "11", "6"),
            ("Nieuwkomers sluiten aan", "Kinderen na Taalschool op niveau eigen groep", "58%", "75%"),
            ("Tevreden ouders", "Waardering ouders (1-10)", "7,1", "7,8"),
        ]),
        ("h2", "7.1 Zo houden wij zicht"),
        ("p", "Het bureau verzamelt de gegevens in september en maart uit de eigen registratie, de "
              "leerplichtadministratie en een korte vragenlijst aan ouders. De resultaten worden "
              "besproken in het bestuur en de OPR en gepubliceerd in het jaarverslag. Als een "
              "streefwaarde buiten bereik raakt, stelt het bestuur een verbeteractie vast."),
    ]
    # --- ouders: present ("Samen met ouders")
    B += [
        ("h1", "8 Samen met ouders"),
        ("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij weten waar zij aan toe "
              "zijn en waar zij terechtkunnen."),
        ("b", "Zo informeren wij u.", "Op www.dollardkust-po.nl staat een ouderpagina met uitleg over "
              "de ondersteuning op school, de bovenschoolse voorzieningen en het speciaal "
              "(basis)onderwijs, ook in het Pools en Oekraïens. Iedere school geeft ouders bij "
              "inschrijving de folder 'Extra hulp op school, hoe werkt dat?'. Twee keer per jaar houden "
              "wij een ouderavond met wisselende thema's."),
        ("b", "Hulp van buiten.", "Het Ouder- en Jeugdsteunpunt Groningen-Oost ondersteunt ouders en "
              "kinderen onafhankelijk van school en samenwerkingsverband, bijvoorbeeld bij gesprekken "
              "over het OPP of als er geen passende plek wordt gevonden. Ook kunnen ouders kosteloos een "
              "onderwijsconsulent inschakelen. Voor klachten geldt de klachtenregeling van het "
              "samenwerkingsverband; bij geschillen kunnen ouders naar de Geschillencommissie passend "
              "onderwijs."),
        ("b", "Meepraten.", "Ouders hebben zitting in de ondersteuningsplanraad en in de klankbordgroep "
              "ouders die twee keer per jaar met de directeur-bestuurder spreekt."),
    ]
    # --- financien: missing (reference only)
    B += [
        ("h1", "9 Financiën"),
        ("p", "De begroting en het verdeelmodel worden jaarlijks door het bestuur vastgesteld en "
              "gepubliceerd op www.dollardkust-po.nl/financien (bijlage 4). Omdat bedragen elk jaar "
              "wijzigen, nemen wij ze in dit plan op hoofdlijnen niet op."),
    ]
    B += governance(c, opr_parents=True, num="10")
    B += oogo(c, num="11", substantive=True)
    B += context_ontwikkelingen(c, "12")
    B += [
        ("h1", "13 Ontwikkelagenda"),
        ("table", ["Wanneer", "Wat"], [
            ("2026", "Tweede groep observatieklas Het Wad"),
            ("2026-2027", "Regiobrede ondergrens basisondersteuning"),
            ("2027", "Evaluatie Handboek Toewijzing en Toelaatbaarheid"),
            ("2028", "Tussenevaluatie beoogde resultaten"),
        ]),
    ]
    B += begrippen(BEGRIP_BASE + [("Handboek Toewijzing en Toelaatbaarheid", "Document met de procedure "
                                   "en criteria voor toelaatbaarheid, de terugplaatsing en de bezwaarprocedure.")])
    B += afkortingen(AFK_BASE)
    name = "po-dollardkust-ondersteuningsplan"
    render_html(B, OUT / f"{name}.html",
                title="Ondersteuningsplan 2026-2030 op hoofdlijnen - SWV PO Dollardkust",
                header="SWV Passend Onderwijs Dollardkust PO | Ouders | Scholen | Toelaatbaarheid | Financiën | Documenten",
                footer="Dollardkust PO - Postbus 12, Reiderwolde - Terugplaatsing, TLV, verdeelmodel: zie Documenten")
    crit = {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 4 only describes the yearly audit of each school's own SOP (borging); no SWV-wide level (deferred to 2026-2027) and no concrete content.",
        "plaatsing": "Ch. 6 refers only to the absent Handboek Toewijzing en Toelaatbaarheid (bijlage 3) and the website; nothing in the body.",
        "terugstroom": "Only the same reference in Ch. 6, the glossary and the site footer.",
        "financien": "Ch. 9 refers the begroting and verdeelmodel to the website (bijlage 4); no amounts or criteria.",
        "dekkend-aanbod": "Ch. 5 'Een dekkend netwerk': continuum with bovenschoolse voorzieningen, OZA, thuiszittersoverleg with doorzettingsmacht and yearly gap analysis with actions.",
        "resultaten": "Ch. 7 'Wat wij willen bereiken': table with indicators and streefwaarden; 7.1 twice-yearly measurement and reporting.",
        "ouders": "Ch. 8 'Samen met ouders': ouderpagina, folder, ouderavonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulent, Geschillencommissie.",
    }
    write_label(name, [f"{name}.html"], "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Near-miss: annual report (jaarverslag) of a VO samenwerkingsverband (.pdf)
# ---------------------------------------------------------------------------

def jaarverslag_lekdal(tmpdir):
    B = []
    B.append(("title", ["Jaarverslag 2024",
                        "Samenwerkingsverband Voortgezet Onderwijs Lekdal (VO 27-04)",
                        "Bestuursverslag en verantwoording passend onderwijs",
                        "Vastgesteld door het algemeen bestuur op 12 juni 2025"]))
    B.append(("toc", ["Jaarrekening 2024 (afzonderlijk document)"]))
    B += [
        ("h1", "Voorwoord"),
        ("p", "Met genoegen bieden wij u het jaarverslag 2024 aan. Het verslagjaar was het derde jaar "
              "van ons ondersteuningsplan 2022-2026. In dit verslag leggen wij verantwoording af over "
              "wat wij in 2024 hebben gedaan, wat dat heeft opgeleverd en hoe wij de middelen hebben "
              "ingezet. Het verslag is bestemd voor de besturen, de raad van toezicht, de "
              "ondersteuningsplanraad, de gemeenten, de inspectie en iedereen die belangstelling heeft "
              "voor passend onderwijs in de regio Lekdal."),
        ("p", "2024 was een bewogen jaar. Het aantal aanvragen voor toelaatbaarheidsverklaringen nam "
              "toe, de wachttijden in de jeugdhulp bleven lang en de krapte op de arbeidsmarkt was op "
              "alle scholen voelbaar. Tegelijk zagen wij mooie resultaten: het aantal thuiszitters daalde "
              "opnieuw en meer jongeren keerden terug uit het vso naar het regulier onderwijs."),
        ("p", "R. (Ruud) Verhagen, directeur-bestuurder"),
        ("h1", "1 Over het samenwerkingsverband"),
        ("h2", "1.1 Organisatie"),
        ("p", "Samenwerkingsverband VO Lekdal is een stichting waarin negen schoolbesturen samenwerken "
              "met in totaal achttien vestigingen voor voortgezet onderwijs, twee scholen voor "
              "praktijkonderwijs en drie vso-scholen. Het bestuursmodel kent een algemeen bestuur van "
              "besturen, een directeur-bestuurder en een raad van toezicht."),
        ("h2", "1.2 Het ondersteuningsplan 2022-2026"),
        ("p", "Het beleid van het samenwerkingsverband is vastgelegd in het ondersteuningsplan 2022-2026, "
              "dat te vinden is op www.lekdal-vo.nl. Dit jaarverslag beschrijft de uitvoering daarvan in "
              "het kalenderjaar 2024. In 2024 is gestart met de voorbereiding van het nieuwe "
              "ondersteuningsplan 2026-2030; de eerste consultatiebijeenkomsten met scholen, ouders en "
              "gemeenten vonden in november plaats."),
        ("h1", "2 Verslag van activiteiten"),
        ("h2", "2.1 Basisondersteuning"),
        ("p", "In 2024 zijn alle achttien vestigingen bezocht voor het tweejaarlijkse gesprek over de "
              "kwaliteitskaart basisondersteuning. Zestien vestigingen voldeden volledig; twee "
              "vestigingen hebben een verbeterplan opgesteld voor de standaard 'begeleiding bij "
              "executieve functies'. Beide plannen zijn in december geëvalueerd."),
        ("h2", "2.2 Toelaatbaarheid"),
        ("p", "De Commissie Toelaatbaarheid behandelde 214 aanvragen (2023: 197). Er werden 188 TLV's "
              "vso afgegeven, 61 TLV's praktijkonderwijs en 412 aanwijzingen lwoo. Er werden vijf "
              "bezwaarschriften ingediend; in één geval is het besluit na advies van de Landelijke "
              "Bezwaaradviescommissie herzien. De gemiddelde doorlooptijd bedroeg 4,9 weken."),
        ("table", ["Kengetal toelaatbaarheid", "2022", "2023", "2024"], [
            ("Aanvragen TLV vso", "176", "197", "214"),
            ("Afgegeven TLV vso", "158", "171", "188"),
            ("TLV pro", "58", "64", "61"),
            ("Aanwijzingen lwoo", "431", "420", "412"),
            ("Bezwaarschriften", "3", "6", "5"),
        ]),
        ("h2", "2.3 Terugplaatsing"),
        ("p", "In 2024 keerden 19 jongeren uit het vso terug naar een reguliere vo-school, tegen 12 in "
              "2023. Alle 19 jongeren kregen een overstaparrangement. Na een half jaar zaten 17 van hen "
              "nog op de nieuwe school."),
        ("h2", "2.4 Dekkend aanbod en thuiszitters"),
        ("p", "Het thuiszittersoverleg kwam elf keer bijeen. Op 1 oktober 2024 waren er 14 jongeren die "
              "langer dan vier weken thuiszaten (2023: 21). Het OPDC De Lekbrug bood plaats aan 71 "
              "jongeren; de rebound aan 23. In september startte een pilot voor jongeren met "
              "angstklachten op twee scholen."),
        ("h2", "2.5 Ouders"),
        ("p", "Het Ouder- en Jeugdsteunpunt Lekdal werd in 2024 door 126 ouders en 18 jongeren benaderd. "
              "De meeste vragen gingen over de overstap van groep 8 naar het voortgezet onderwijs en over "
              "het OPP. De ouderpagina van de website werd ruim 9.000 keer bezocht. In maart en oktober "
              "vonden informatieavonden plaats met in totaal 340 bezoekers."),
        ("h1", "3 Bereikte resultaten"),
        ("p", "In het ondersteuningsplan 2022-2026 zijn vijf beoogde resultaten opgenomen. De tabel toont "
              "de stand van zaken eind 2024."),
        ("table", ["Resultaat uit het ondersteuningsplan", "Streefwaarde 2026", "Stand 2024", "Op koers?"], [
            ("Deelnamepercentage vso", "3,5%", "3,7%", "Nee"),
            ("Thuiszitters > 4 weken", "10", "14", "Ja"),
            ("Terugplaatsingen uit vso per jaar", "15", "19", "Ja"),
            ("Doorlooptijd TLV (weken)", "5", "4,9", "Ja"),
            ("Tevredenheid ouders", "7,5", "7,2", "Deels"),
        ]),
        ("p", "Het deelnamepercentage vso blijft boven de streefwaarde. In de voorbereiding van het "
              "nieuwe plan wordt onderzocht welke factoren daaraan bijdragen."),
        ("h1", "4 Governance en medezeggenschap"),
        ("h2", "4.1 Algemeen bestuur en raad van toezicht"),
        ("p", "Het algemeen bestuur vergaderde vijf keer. Belangrijke besluiten betroffen de begroting "
              "2025, de evaluatie van het verdeelmodel en de start van het traject voor het nieuwe "
              "ondersteuningsplan. De raad van toezicht vergaderde vier keer, waarvan eenmaal met de "
              "accountant en eenmaal met de OPR."),
        ("h2", "4.2 Ondersteuningsplanraad"),
        ("p", "De OPR vergaderde zes keer en stemde in met een wijziging van de bijlage over de "
              "verdeling van middelen lichte ondersteuning. Twee vacatures in de geleding ouders zijn "
              "in het najaar ingevuld."),
        ("h2", "4.3 Samenwerking met gemeenten"),
        ("p", "In het OOGO is gesproken over de aansluiting tussen onderwijs en jeugdhulp, het "
              "leerlingenvervoer naar vso-scholen en de huisvesting van het OPDC."),
        ("h1", "5 Financiële verantwoording"),
        ("h2", "5.1 Staat van baten en lasten 2024"),
        ("table", ["x € 1.000", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"], [
            ("Rijksbijdragen ondersteuning", "14.920", "15.110", "14.680"),
            ("Rijksbijdragen lwoo en pro", "7.340", "7.390", "7.280"),
            ("Afdrachten vso via DUO", "-6.020", "-6.210", "-5.930"),
            ("Doorbetaling aan besturen", "11.460", "11.500", "11.210"),
            ("OPDC en rebound", "1.880", "1.910", "1.840"),
            ("Personeel bureau", "1.520", "1.490", "1.430"),
            ("Overige lasten", "610", "640", "590"),
            ("Resultaat", "770", "750", "960"),
        ]),
        ("p", "Het positieve resultaat is toegevoegd aan de algemene reserve, die eind 2024 € 4,1 "
              "miljoen bedroeg. Conform het afbouwplan bovenmatige reserves wordt in 2025 en 2026 € 1,5 "
              "miljoen extra ingezet voor scholing en voor het OPDC."),
        ("h2", "5.2 Verantwoording door besturen"),
        ("p", "Alle besturen hebben vóór 1 juni 2024 verantwoording afgelegd over de inzet van de middelen "
              "lichte ondersteuning over 2023. De verantwoordingen zijn besproken in bestuurlijke "
              "gesprekken."),
        ("h2", "5.3 Continuïteitsparagraaf"),
        ("p", "De leerlingenprognose laat een lichte daling zien, van 15.480 leerlingen in 2024 naar "
              "14.900 in 2028. Het bestuur verwacht geen continuïteitsrisico's. De belangrijkste risico's "
              "zijn een verdere stijging van het aantal TLV's vso en tekorten op de arbeidsmarkt."),
        ("h1", "6 Vooruitblik 2025"),
        ("p", "In 2025 staan de afronding van het nieuwe ondersteuningsplan 2026-2030, de inrichting van "
              "een tweede rebound-locatie en de evaluatie van het verdeelmodel centraal. Het concept van "
              "het nieuwe plan wordt in het voorjaar van 2026 aan de OPR voorgelegd en besproken in het "
              "OOGO met de gemeenten."),
    ]
    B += begrippen(BEGRIP_BASE[:6], num_title="Bijlage Begrippenlijst")
    name = "vo-lekdal-2024"
    docx_to_pdf(B, OUT / f"{name}.pdf", tmpdir, header="SWV VO Lekdal - Jaarverslag 2024",
                footer="Samenwerkingsverband VO Lekdal - ondersteuningsplan en jaarverslag: www.lekdal-vo.nl")
    write_nonplan_label(name, [f"{name}.pdf"], "vo",
                        "Annual report (jaarverslag 2024) of a VO samenwerkingsverband: reports activities, "
                        "achieved results and the financial statement of one year against an existing "
                        "ondersteuningsplan 2022-2026; it is not itself an ondersteuningsplan (A.3 / §5.4), "
                        "despite SWV markers, OPR, OOGO, TLV, basisondersteuning and terugplaatsing vocabulary.")


def main():
    tmpdir = tempfile.mkdtemp(prefix="holdout116_build_")
    try:
        plan_vlietstroom()
        plan_hunzedal()
        plan_kempenrand(tmpdir)
        plan_eemvallei(tmpdir)
        plan_dollardkust()
        jaarverslag_lekdal(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
