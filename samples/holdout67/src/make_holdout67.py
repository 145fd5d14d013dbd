#!/usr/bin/env python3
"""Generate holdout set 67: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document, plus their <name>.expected.yaml label files.

Style focus: plans written by several authors with inconsistent chapter styles
(question headings, numbered articles, bold lead-in words, long paragraphs that cover
two elements at once). All organisations, people, places and figures are fictional.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

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


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------
# Block types: ("title", [lines]) ("toc", [lines]) ("h1"|"h2"|"h3", text) ("p", text)
# ("lead", bold, rest) ("ul", [items]) ("ol", [items]) ("table", header, rows) ("pb",)

def render_docx(blocks, path, header_text="", footer_text=""):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "holdout67"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            p.add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "lead":
            p = doc.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            p.add_run(b[2])
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in b[1]:
                doc.add_paragraph(item, style=style)
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(h).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(blocks, path, title, header_text="", footer_text=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header_text:
        out.append(f'<header><p class="kop">{e(header_text)}</p>'
                   '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | '
                   '<a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="ondertitel">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            out.extend(f"<li>{e(x)}</li>" for x in b[1])
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f"<h{lvl}>{e(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "lead":
            out.append(f"<p><strong>{e(b[1])}</strong> {e(b[2])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>")
            out.extend(f"<li>{e(x)}</li>" for x in b[1])
            out.append(f"</{kind}>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>")
            for row in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            out.append("<hr>")
    out.append("</main>")
    if footer_text:
        out.append(f"<footer><p>{e(footer_text)}</p></footer>")
    out.extend(["</body>", "</html>", ""])
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, path, header_text="", footer_text=""):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)


def word_count(blocks):
    n = 0
    for b in blocks:
        for part in b[1:]:
            if isinstance(part, str):
                n += len(part.split())
            elif isinstance(part, list):
                for x in part:
                    if isinstance(x, str):
                        n += len(x.split())
                    else:
                        n += sum(len(y.split()) for y in x)
    return n


def write_label(name, documents, sector, looks_like_plan, elements, criteria,
                advisory, notes):
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": looks_like_plan,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": advisory,
        "notes": notes,
    }
    if looks_like_plan:
        assert set(elements) == set(ELEMENTS), name
        assert list(criteria) == CORE, name
        for el, status in elements.items():
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            if all(vals):
                assert status == "present", (name, el)
            elif any(vals) or advisory.get(el):
                assert status == "partial", (name, el)
            else:
                assert status == "missing", (name, el)
    def q(v):  # quoted YAML scalar
        return yaml.safe_dump(v, allow_unicode=True, width=10000,
                              default_style='"').strip().removesuffix("\n...").strip()

    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in advisory.items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in notes.items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def crit(false_ids):
    return {c: c not in false_ids for c in CORE}


# --------------------------------------------------------------------------------------
# Shared filler (real plans share a lot of boilerplate). Parameterised per verband.
# None of these paragraphs addresses a core criterion; they only mention element words.
# --------------------------------------------------------------------------------------

def f_governance(swv, vorm="stichting", toezicht="raad van toezicht"):
    return [
        ("p", f"{swv} is een {vorm} waarin alle schoolbesturen in de regio samenwerken. "
              f"De statuten zijn voor het laatst gewijzigd in 2023, toen het bestuursmodel is "
              f"aangepast aan de Code Goed Bestuur. Sindsdien is er een scheiding tussen bestuur "
              f"en intern toezicht: de directeur-bestuurder bestuurt, de {toezicht} houdt "
              f"toezicht en de algemene vergadering van aangesloten besturen stelt het "
              f"ondersteuningsplan en de begroting vast. De leden van de {toezicht} worden "
              f"benoemd op basis van een profielschets; zij zijn onafhankelijk van de "
              f"aangesloten besturen."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een "
              "bestuurssecretaris, een controller, een beleidsmedewerker en een "
              "managementassistent. Het bureau is gehuisvest in het gebouw van een van de "
              "aangesloten scholen, zodat de lijnen kort zijn. Eens per kwartaal vindt een "
              "bestuurlijk overleg plaats met de voorzitters van de colleges van bestuur. In "
              "dat overleg komen de voortgang van het jaarplan, de ontwikkelingen in de regio "
              "en de samenwerking met gemeenten aan de orde. Het samenwerkingsverband heeft "
              "een geschillenregeling in de statuten; daarnaast is het aangesloten bij de "
              "landelijke geschillencommissie voor bestuurlijke geschillen."),
        ("p", "Het intern toezicht werkt met een toezichtkader waarin staat welke informatie "
              "de toezichthouders wanneer ontvangen. De toezichthouders spreken ten minste "
              "één keer per jaar met de ondersteuningsplanraad en met een delegatie van "
              "schooldirecteuren. Zij evalueren jaarlijks hun eigen functioneren, eens in de "
              "drie jaar onder externe begeleiding. De bezoldiging van de directeur-bestuurder "
              "blijft binnen de normen van de WNT en de cao."),
    ]


def f_opr(with_members=True):
    out = [
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het "
              "ondersteuningsplan en op elke wijziging daarvan. De OPR is op de hoogte "
              "gehouden tijdens het hele schrijfproces: in drie themabijeenkomsten zijn de "
              "conceptteksten besproken, en de opmerkingen van de OPR zijn verwerkt in de "
              "versie die ter instemming is voorgelegd. De OPR werkt met een eigen reglement "
              "en een jaarplanning die is afgestemd op de beleidscyclus van het "
              "samenwerkingsverband."),
    ]
    if with_members:
        out.append(("p", "De raad telt twaalf leden, afgevaardigd vanuit de "
                         "medezeggenschapsraden van de aangesloten scholen. De OPR laat zich "
                         "ondersteunen door een ambtelijk secretaris en volgt jaarlijks een "
                         "scholingsdag. Het samenwerkingsverband vergoedt de leden een "
                         "vacatiegeld per vergadering."))
    return out


def f_personeel(n_fte, extra=""):
    return [
        ("p", f"Het samenwerkingsverband heeft {n_fte} fte in dienst, verdeeld over het "
              "bureau, het team orthopedagogen en de consulenten die scholen adviseren. "
              "Daarnaast werken we met gedetacheerde medewerkers van de aangesloten besturen. "
              "Voor alle medewerkers geldt de cao van de sector; het samenwerkingsverband "
              "heeft een eigen functiebouwwerk en een gesprekkencyclus met jaarlijks een "
              "ontwikkelgesprek." + extra),
        ("p", "Professionalisering is een gedeelde verantwoordelijkheid. Het "
              "samenwerkingsverband organiseert jaarlijks een studiedag voor intern "
              "begeleiders en ondersteuningscoördinatoren, leergemeenschappen voor "
              "schoolleiders en een netwerk voor leraren die werken met leerlingen met "
              "gedragsvragen. Het scholingsaanbod wordt elk voorjaar samengesteld op basis "
              "van een rondvraag onder de scholen. Ook de eigen medewerkers volgen scholing, "
              "bijvoorbeeld over het opstellen van een zorgvuldig deskundigenadvies of over "
              "oplossingsgericht werken met ouders en leerlingen."),
        ("p", "De arbeidsmarkt is krap. Scholen in onze regio hebben moeite om vacatures voor "
              "intern begeleiders, orthopedagogen en leraren speciaal onderwijs te vervullen. "
              "Het samenwerkingsverband werkt daarom samen met de pabo en de lerarenopleidingen "
              "in de regio aan een traineeship passend onderwijs. Ook zoeken we naar "
              "manieren om de werkdruk te beperken, bijvoorbeeld door formulieren te "
              "vereenvoudigen en overleggen te bundelen."),
    ]


def f_ict():
    return [
        ("p", "Voor de uitvoering van onze taken verwerken wij persoonsgegevens van leerlingen, "
              "waaronder gegevens over gezondheid. Dat doen we zorgvuldig en in "
              "overeenstemming met de AVG. Wij hebben een functionaris gegevensbescherming "
              "aangesteld, een verwerkingsregister opgesteld en met de leverancier van ons "
              "digitale dossiersysteem een verwerkersovereenkomst gesloten. Dossiers worden "
              "bewaard tot drie jaar na het laatste besluit en daarna vernietigd."),
        ("p", "De scholen leveren aanvragen digitaal aan via een beveiligde omgeving. Alleen "
              "medewerkers die betrokken zijn bij een aanvraag hebben toegang tot het dossier. "
              "Medewerkers werken met tweestapsverificatie; jaarlijks volgt iedereen een "
              "korte training informatiebeveiliging. Datalekken worden gemeld bij de "
              "functionaris gegevensbescherming en zo nodig bij de Autoriteit "
              "Persoonsgegevens. In 2026 vervangen we het dossiersysteem, omdat het huidige "
              "contract afloopt; de aanbesteding start in het najaar."),
    ]


def f_totstandkoming(period, opr_date, oogo_date, vast_date, extra_sentence=""):
    return [
        ("p", f"Dit ondersteuningsplan beslaat de periode {period}. Het is tot stand "
              "gekomen in een traject van ruim een jaar. In werkgroepen met intern "
              "begeleiders, schoolleiders, medewerkers van het speciaal onderwijs en "
              "bestuurders hebben we de vorige planperiode doorgenomen en de thema's voor "
              "de komende jaren verkend. De hoofdstukken zijn door verschillende auteurs "
              "geschreven; de redactie heeft de stijlverschillen bewust niet gladgestreken, "
              "zodat herkenbaar blijft uit welke werkgroep een tekst komt." + extra_sentence),
        ("p", f"Het concept is op {oogo_date} besproken in het op overeenstemming gericht "
              f"overleg met de colleges van burgemeester en wethouders van de gemeenten in "
              f"onze regio, en met het samenwerkingsverband van de andere sector in het "
              f"overlappende gebied. De ondersteuningsplanraad heeft op {opr_date} met het "
              f"plan ingestemd. Het bestuur heeft het plan op {vast_date} vastgesteld, "
              f"waarna het vóór 1 mei aan de inspectie is toegezonden."),
    ]


def f_planning(jaar1, jaar2):
    return [
        ("p", f"De uitvoering van dit plan werken we elk jaar uit in een jaarplan met een "
              f"jaarbegroting. Het jaarplan {jaar1} bevat de activiteiten voor het eerste "
              f"planjaar; het jaarplan {jaar2} volgt een jaar later. Het bestuur stelt het "
              f"jaarplan in december vast, na bespreking in het bestuurlijk overleg."),
        ("table", ["Periode", "Activiteit", "Wie"], [
            ["voorjaar 2026", "vaststelling ondersteuningsplan, toezending inspectie", "bestuur"],
            ["najaar 2026", "aanbesteding dossiersysteem", "bureau"],
            ["2026-2027", "herziening reglement OPR", "OPR en bestuur"],
            ["2027", "bestuurlijke visitatie", "raad van toezicht"],
            ["2028", "tussentijdse herijking van het plan", "bestuur, OPR"],
            ["najaar 2029", "start schrijfproces volgend ondersteuningsplan", "werkgroepen"],
        ]),
    ]


def f_thuiszitters_passing():
    return ("p", "Samen met de gemeenten maken we ons zorgen over thuiszitters, over de "
                 "toenemende vraag naar leerlingenvervoer en over de wachttijden in de "
                 "jeugdhulp. Deze onderwerpen staan op de agenda van het regionale overleg "
                 "met de wethouders onderwijs en jeugd.")


def f_visie_generic(regio):
    return [
        ("p", f"Wij geloven dat ieder kind in {regio} recht heeft op onderwijs dat past bij "
              "wie het is en wat het nodig heeft. Kinderen leren het best in een omgeving "
              "waar ze zich veilig voelen, waar ze gezien worden en waar ze samen met "
              "leeftijdgenoten uit hun eigen buurt naar school kunnen. Passend onderwijs is "
              "geen doel op zich, maar een middel om kinderen een goede start te geven."),
        ("p", "Onze missie is om samen met de scholen, de ouders en onze partners te zorgen "
              "dat ieder kind zich optimaal kan ontwikkelen. Dat vraagt om vakmanschap van "
              "leraren, om goede samenwerking tussen school en thuis, en om een "
              "samenwerkingsverband dat dienstbaar is aan de scholen. We werken vanuit "
              "vertrouwen: de professional in de school weet wat een kind nodig heeft, het "
              "samenwerkingsverband faciliteert. Bureaucratie willen we zoveel mogelijk "
              "vermijden; geen formulier zonder gesprek, geen arrangement zonder een "
              "gedeeld beeld van wat het kind nodig heeft."),
        ("p", "Onze kernwaarden zijn nabijheid, vertrouwen, eigenaarschap en lerend "
              "vermogen. Nabijheid betekent dat we onderwijs en ondersteuning zo dicht "
              "mogelijk bij huis organiseren. Vertrouwen betekent dat we uitgaan van de "
              "professionaliteit van scholen. Eigenaarschap betekent dat schoolbesturen "
              "samen verantwoordelijk zijn voor alle kinderen in de regio. Lerend vermogen "
              "betekent dat we kritisch kijken naar wat werkt en bijsturen waar nodig."),
    ]


def f_ontwikkelingen():
    return [
        ("p", "Het plan verschijnt in een periode van landelijke veranderingen. Na de "
              "evaluatie van passend onderwijs in 2020 volgde de verbeteraanpak met "
              "vijfentwintig maatregelen, onder meer over de reserves van "
              "samenwerkingsverbanden en over de positie van ouders en leerlingen. De wet "
              "die de positie van ouders en leerlingen versterkt, regelt onder andere het "
              "hoorrecht van leerlingen bij het ontwikkelingsperspectief en een ouder- en "
              "jeugdsteunpunt in ieder samenwerkingsverband. Ook wordt gewerkt aan een "
              "landelijke norm voor de basisondersteuning. Waar die ontwikkelingen gevolgen "
              "hebben voor onze afspraken, nemen we die mee bij de tussentijdse herijking."),
        ("p", "Daarnaast is er de beweging naar inclusiever onderwijs, met als stip op de "
              "horizon 2035. Wat dat voor onze regio betekent, verkennen we de komende jaren "
              "in gesprekken met scholen, ouders en gemeenten. We doen dat zonder "
              "blauwdruk: wat in de stad werkt, past niet altijd in de dorpen. Ook de "
              "wijzigingen in de landelijke bekostigingsregels volgen we nauwlettend. Het bureau informeert het "
              "bestuur elk halfjaar over landelijke ontwikkelingen."),
    ]


def f_kennisdeling():
    return [
        ("p", "Kennisdeling tussen scholen is een van de sterkste middelen die we hebben. "
              "Daarom organiseren we netwerken voor intern begeleiders en "
              "ondersteuningscoördinatoren, die vijf keer per jaar bijeenkomen. Elk netwerk "
              "kiest zelf een thema, bijvoorbeeld executieve functies, werken met het "
              "groeidocument of het gesprek met ouders over een arrangement. Een keer per "
              "jaar is er een regionale conferentie met workshops van scholen voor scholen."),
        ("p", "Scholen die iets hebben ontwikkeld wat ook voor anderen bruikbaar is, kunnen "
              "een kleine bijdrage aanvragen om hun aanpak over te dragen. De opbrengsten van "
              "de netwerken worden gedeeld op het samenwerkingsplatform. Leraren en intern "
              "begeleiders kunnen ook een dag meelopen op een school voor speciaal onderwijs, "
              "om te zien hoe daar met kleine groepen en veel structuur wordt gewerkt."),
    ]


def f_bureau():
    return ("p", "Het bureau van het samenwerkingsverband is op werkdagen bereikbaar van "
                 "8.30 tot 16.30 uur. Scholen hebben een vaste contactpersoon. Het bureau "
                 "houdt een actuele lijst bij van alle aangesloten scholen met hun "
                 "contactgegevens, de namen van de intern begeleiders en de data van de "
                 "ondersteuningsteams. Vergaderstukken van het bestuur en de OPR worden "
                 "gearchiveerd volgens de archiefwet. Jaarlijks in september verschijnt een "
                 "jaarkalender met alle netwerkbijeenkomsten, bestuursvergaderingen en "
                 "studiedagen.")


def f_communicatie_scholen():
    return [
        ("p", "Scholen en besturen informeren we via een digitale nieuwsbrief die acht keer "
              "per jaar verschijnt, via het samenwerkingsplatform en via de vaste "
              "contactpersoon van het bureau. Schoolleiders ontvangen na iedere "
              "bestuursvergadering een korte samenvatting van de besluiten. Twee keer per "
              "jaar is er een bijeenkomst voor alle directeuren, waarin het bestuur "
              "toelicht welke keuzes zijn gemaakt en waarom."),
        ("p", "Ook extern willen we zichtbaar zijn. Het samenwerkingsverband heeft een "
              "huisstijl, een website en een account op LinkedIn. Persvragen lopen via de "
              "directeur-bestuurder. Bij incidenten die de regio raken, stemmen we de "
              "communicatie af met de betrokken schoolbesturen en gemeenten. De "
              "communicatieadviseur werkt twee dagen per week voor het samenwerkingsverband "
              "en wordt ingehuurd bij een van de besturen."),
    ]


def f_wettelijk(rows):
    return [
        ("p", "Onderstaand overzicht laat zien waar in dit plan de onderdelen staan die de "
              "wet voorschrijft."),
        ("table", ["Wettelijk onderdeel", "Hoofdstuk"], rows),
    ]


# --------------------------------------------------------------------------------------
# Plan 1: PO, .docx -- SWV Passend Primair Onderwijs Vechtoevers
# --------------------------------------------------------------------------------------
P1_NAME = "po-swv-vechtoevers-2026"
P1_SWV = "Samenwerkingsverband Passend Primair Onderwijs Vechtoevers"


def plan1():
    s = P1_SWV
    b = [
        ("title", ["Ondersteuningsplan 2026-2030",
                   f"Stichting {s} (PO 29-11)",
                   "Thuisnabij, met resultaat",
                   "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Dekkend netwerk - "
                   "Resultaten - Ouders - Financiën",
                   "Vastgesteld door het algemeen bestuur op 16 april 2026"]),
        ("toc", [
            "1 Voorwoord ........ 3",
            "2 Leeswijzer en totstandkoming ........ 4",
            "3 Onze regio ........ 5",
            "4 Visie en missie ........ 6",
            "5 Basisondersteuning en extra ondersteuning ........ 8",
            "6 Speciaal (basis)onderwijs: toelaatbaarheid ........ 11",
            "   6.8 Terugplaatsing en overplaatsing ........ 14",
            "7 Dekkend netwerk en thuiszitters ........ 15",
            "8 Kwaliteit en resultaten ........ 17",
            "9 Communicatie ........ 18",
            "10 Geld en middelen ........ 20",
            "11 Organisatie en governance ........ 23",
            "12 Medezeggenschap ........ 24",
            "13 Samenwerking met gemeenten (OOGO) ........ 25",
            "14 Personeel en professionalisering ........ 26",
            "15 ICT en privacy ........ 27",
            "16 Planning ........ 28",
            "Bijlage 1 Begrippenlijst ........ 29",
        ]),
        ("h1", "1 Voorwoord"),
        ("p", "Voor u ligt het derde ondersteuningsplan van Vechtoevers. Toen passend onderwijs "
              "in 2014 begon, was het samenwerkingsverband vooral een loket waar scholen "
              "formulieren indienden. Inmiddels is het een netwerk van scholen die elkaar "
              "kennen, elkaar helpen en samen verantwoordelijkheid nemen voor alle kinderen "
              "in de regio. Daar zijn we trots op. We zijn ook trots op de resultaten die "
              "scholen de afgelopen jaren hebben geboekt, vaak onder moeilijke omstandigheden: "
              "de coronaperiode, het lerarentekort en de groeiende vraag naar ondersteuning."),
        ("p", "Tegelijk zijn we kritisch. Nog steeds zijn er kinderen die te lang wachten op "
              "een passende plek, ouders die de weg niet weten te vinden, en scholen die zich "
              "alleen voelen staan met een complexe vraag. Dit plan beschrijft hoe we de "
              "komende vier jaar verder bouwen. Het is geschreven door een groep intern "
              "begeleiders, directeuren, orthopedagogen en bestuurders, en het is besproken "
              "met ouders in de ondersteuningsplanraad. Ik dank iedereen die heeft "
              "meegedacht en meegeschreven."),
        ("p", "Marjolein Terpstra, directeur-bestuurder"),
        ("h1", "2 Leeswijzer en totstandkoming"),
        ("p", "Hoofdstuk 3 en 4 schetsen de regio en onze visie. Hoofdstuk 5 tot en met 9 gaan "
              "over de inhoud van de ondersteuning: wat scholen bieden, hoe kinderen een plek "
              "krijgen in het speciaal (basis)onderwijs, hoe we werken aan een dekkend netwerk, "
              "hoe we met kwaliteit omgaan en hoe we communiceren. Hoofdstuk 10 gaat over geld "
              "en middelen. De laatste hoofdstukken beschrijven de organisatie. Achterin staat "
              "een begrippenlijst."),
    ]
    b += f_totstandkoming("1 augustus 2026 tot en met 31 juli 2030", "24 maart 2026",
                          "10 februari 2026", "16 april 2026")
    b += [
        ("h1", "3 Onze regio"),
        ("p", "Vechtoevers omvat de gemeenten Oeverdam, Vechtburg, Stichtse Weerd en Lindeloo. "
              "In het gebied liggen 58 basisscholen van 9 schoolbesturen, één school voor "
              "speciaal basisonderwijs met twee locaties en twee scholen voor speciaal "
              "onderwijs (cluster 3 en cluster 4). Op 1 oktober 2025 telde het "
              "samenwerkingsverband 14.912 leerlingen. Het aantal leerlingen daalt licht in "
              "de kleine kernen en groeit in de nieuwbouwwijken van Vechtburg."),
        ("p", "De regio is divers. Naast dorpen met een hechte gemeenschap en één school per "
              "kern hebben we stadswijken waar meer dan de helft van de kinderen thuis een "
              "andere taal spreekt dan het Nederlands. Die verschillen vragen om maatwerk "
              "per school en per wijk, maar ook om heldere afspraken die voor alle scholen "
              "gelijk zijn."),
        ("h1", "4 Visie en missie"),
    ]
    b += f_visie_generic("Vechtoevers")
    b += [
        ("h1", "5 Basisondersteuning en extra ondersteuning"),
        ("h2", "5.1 Het afgesproken niveau"),
        ("p", "Basisondersteuning is in Vechtoevers het afgesproken minimum aan ondersteuning "
              "dat iedere basisschool, op elke vestiging, aan elk kind biedt, zonder dat "
              "daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben "
              "dit niveau op 21 november 2025 vastgelegd in de Vechtoevers-standaard. De "
              "standaard geldt ook voor vestigingen met minder dan honderd leerlingen; een "
              "kleine school mag de uitvoering organiseren samen met een school in de buurt, "
              "maar het kind merkt daar niets van."),
        ("h2", "5.2 Wat de standaard inhoudt"),
        ("p", "Op iedere vestiging in Vechtoevers is in ieder geval het volgende aanwezig:"),
        ("ul", [
            "een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de "
            "leerlingbespreking leidt en leraren coacht;",
            "een ondersteuningsteam dat minimaal vier keer per schooljaar bijeenkomt, met de "
            "orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk werker;",
            "het protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie en het "
            "dyslexieprotocol, inclusief extra leestijd en voorleessoftware;",
            "een methode voor sociaal-emotionele ontwikkeling en een anti-pestprogramma met "
            "een aanspreekpunt voor kinderen;",
            "compacten en verrijken voor kinderen die meer aankunnen, met een leerlijn "
            "'leren leren' vanaf groep 5;",
            "ondersteuning bij Nederlands als tweede taal in de groep, met woordenschatlessen "
            "in kleine groepjes;",
            "een protocol medisch handelen en een aangepaste ruimte waar een kind even tot rust "
            "kan komen;",
            "een ontwikkelingsperspectief dat binnen zes weken na het besluit tot extra "
            "ondersteuning is opgesteld en twee keer per jaar met ouders wordt besproken.",
        ]),
        ("p", "De directeur-bestuurder voert jaarlijks met elke school een kwaliteitsgesprek "
              "aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een vestiging op "
              "een onderdeel niet aan de standaard, dan stelt het bestuur van die school "
              "binnen drie maanden een verbeterplan op; het samenwerkingsverband kan daarbij "
              "een consulent inzetten. Na een jaar volgt een herhaalgesprek."),
        ("h2", "5.3 Wanneer de basis niet genoeg is"),
        ("p", "Wanneer de basisondersteuning voor een kind niet toereikend is, bespreekt de "
              "school het kind in het ondersteuningsteam en kan zij een arrangement aanvragen. "
              "Het samenwerkingsverband kent drie soorten arrangementen, die samen met de "
              "basisondersteuning en het speciaal (basis)onderwijs een doorlopende reeks "
              "vormen: het individuele arrangement in de eigen groep, waarbij de school voor "
              "maximaal een schooljaar extra handen of expertise inzet; het groepsarrangement, "
              "zoals de Overstapklas in Vechtburg voor kinderen met gedragsvragen en de "
              "plusklas De Denktank voor meer- en hoogbegaafde kinderen, waar kinderen één of "
              "twee dagdelen per week naartoe gaan; en de ambulante begeleiding door het "
              "expertisecentrum van de so-scholen, die leraren helpt bij kinderen met een "
              "lichamelijke beperking, autisme of ernstige gedragsproblemen. Daarboven staan "
              "de school voor speciaal basisonderwijs De Zandloper, met een locatie in "
              "Oeverdam en een in Stichtse Weerd, en de so-scholen De Vlonder (cluster 3, "
              "zeer moeilijk lerende en langdurig zieke kinderen) en Het Baken (cluster 4, "
              "kinderen met ernstige gedrags- of psychiatrische problematiek). Tussen de "
              "scholen bestaan vaste afspraken: de sbo-school biedt observatieplaatsen van "
              "zes tot twaalf weken, de so-scholen nemen deel aan de ondersteuningsteams van "
              "de basisscholen in hun wijk, en voor kinderen die zorg en onderwijs combineren "
              "is er op De Vlonder een onderwijs-zorgarrangement met de jeugdhulpaanbieder "
              "Kompas Jeugd."),
        ("h1", "6 Speciaal (basis)onderwijs: toelaatbaarheid"),
        ("p", "Dit hoofdstuk is geschreven in de vorm van artikelen, zodat scholen het ook als "
              "reglement kunnen gebruiken. Het vervangt het Reglement Toelaatbaarheid 2022."),
        ("h2", "Artikel 6.1 Reikwijdte"),
        ("p", "Dit hoofdstuk geldt voor alle aanvragen voor een toelaatbaarheidsverklaring (TLV) "
              "voor het speciaal basisonderwijs en voor het speciaal onderwijs cluster 3 en 4. "
              "Cluster 1 en 2 vallen niet onder het samenwerkingsverband; daarvoor gelden de "
              "procedures van de landelijke instellingen."),
        ("h2", "Artikel 6.2 Aanvraag"),
        ("p", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar het kind "
              "staat ingeschreven of is aangemeld, via het digitale loket van het "
              "samenwerkingsverband. Bij de aanvraag horen het groeidocument met het "
              "ontwikkelingsperspectief, het verslag van het laatste ondersteuningsteam, de "
              "evaluatie van de ingezette arrangementen en de zienswijze van de ouders. Een "
              "onvolledige aanvraag wordt binnen vijf werkdagen teruggestuurd met een "
              "overzicht van wat ontbreekt."),
        ("h2", "Artikel 6.3 Deskundigenadvies"),
        ("p", "Over iedere aanvraag adviseren twee deskundigen, ieder afzonderlijk en "
              "schriftelijk. De eerste deskundige is een orthopedagoog of psycholoog van het "
              "samenwerkingsverband; de tweede deskundige is, afhankelijk van de vraag van het "
              "kind, een kinderpsychiater, maatschappelijk werker, arts of pedagoog. Een "
              "deskundige die bij de voorbereiding van de aanvraag betrokken was, adviseert "
              "niet. De ouders ontvangen een afschrift van beide adviezen."),
        ("h2", "Artikel 6.4 Besluit en termijnen"),
        ("p", "De Commissie Toelaatbaarheid, bestaande uit de directeur-bestuurder en twee door "
              "het bestuur benoemde leden, besluit binnen zes weken na ontvangst van de "
              "volledige aanvraag. In spoedsituaties, bijvoorbeeld wanneer de veiligheid van het kind of de groep in het geding is, "
              "besluit de commissie binnen tien werkdagen. Het besluit wordt schriftelijk aan "
              "het schoolbestuur en de ouders meegedeeld en krijgt een volgnummer."),
        ("h2", "Artikel 6.5 Criteria"),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende "
              "voorwaarden is voldaan: de basisondersteuning en ten minste één arrangement van "
              "ten minste zes maanden zijn aantoonbaar ingezet en geëvalueerd; de "
              "ontwikkeling blijft ondanks die inzet op twee of meer domeinen (leren, "
              "sociaal-emotioneel, werkhouding) structureel achter bij het "
              "ontwikkelingsperspectief; en het kind heeft een kleinere groep en een "
              "aangepast tempo nodig gedurende de hele schooldag. Een kind is toelaatbaar tot "
              "het speciaal onderwijs als daarnaast blijkt dat het een structurele "
              "combinatie van onderwijs en specialistische behandeling of begeleiding nodig "
              "heeft (cluster 4) of dat het zeer moeilijk lerend is met een IQ onder 55, dan "
              "wel langdurig ziek of lichamelijk beperkt is (cluster 3)."),
        ("h2", "Artikel 6.6 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het speciaal basisonderwijs geldt tot het einde van de "
              "basisschoolperiode, met een maximum van vier schooljaren. Een TLV voor het "
              "speciaal onderwijs geldt voor twee schooljaren. De commissie kent categorie "
              "laag toe, tenzij het kind een lichamelijke of meervoudige beperking heeft; dan "
              "volgt categorie midden of hoog volgens de landelijke indeling."),
        ("h2", "Artikel 6.7 Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de dag van verzending "
              "van het besluit bezwaar maken bij het bestuur van het samenwerkingsverband. Het "
              "bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen en beslist binnen de wettelijke termijn."),
        ("h2", "6.8 Terugplaatsing en overplaatsing"),
        ("lead", "Terugplaatsing.",
                 "Een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is "
                 "voor ons geen eindstation. Ons beleid is dat ieder kind dat in het s(b)o zit, "
                 "zo snel als dat verantwoord is, terugkeert naar een reguliere school, bij "
                 "voorkeur in de eigen wijk. Voorwaarden daarvoor zijn dat het "
                 "ontwikkelingsperspectief laat zien dat het kind het tempo en de groepsgrootte "
                 "van het regulier onderwijs aankan, dat er een ontvangende school is die de "
                 "benodigde ondersteuning kan bieden, en dat ouders de overstap steunen. Na "
                 "de terugkeer krijgt de ontvangende school een terugplaatsingsarrangement "
                 "van maximaal twaalf maanden, waarin een leraar van de sbo- of so-school het "
                 "kind en de nieuwe leraar wekelijks begeleidt."),
        ("lead", "Uitwerking.",
                 "Hoe de evaluatie aan het einde van de looptijd van een TLV precies verloopt, "
                 "wie daarin het initiatief neemt, welke momenten er zijn en wie uiteindelijk "
                 "over de overstap beslist, leggen we in de loop van schooljaar 2026-2027 "
                 "samen met De Zandloper, De Vlonder en Het Baken vast. Tot die tijd maken de "
                 "scholen per kind afspraken."),
        ("h1", "7 Dekkend netwerk en thuiszitters"),
        ("h2", "7.1 Wat verstaan we onder een dekkend netwerk?"),
        ("p", "Een dekkend netwerk betekent voor ons dat er voor ieder kind in de regio een "
              "passende plek is, zo dicht mogelijk bij huis. Dat is een ambitie die we delen "
              "met alle besturen. Het begrip 'dekkend' is in de afgelopen planperiode vaak "
              "besproken; we merken dat iedereen er iets anders onder verstaat. In de "
              "werkgroepen is daarom afgesproken de komende periode een gedeelde taal te "
              "ontwikkelen."),
        ("h2", "7.2 Thuiszitters"),
        ("p", "Het thuiszittersprotocol van Vechtoevers wordt in overleg met de "
              "leerplichtambtenaren van de vier gemeenten herschreven. Het nieuwe protocol "
              "wordt als bijlage toegevoegd bij de eerste voortgangsrapportage over dit plan."),
        ("h2", "7.3 Witte vlekken"),
        ("p", "Een analyse van de witte vlekken in ons aanbod staat gepland voor 2027. De "
              "uitkomsten en de acties die daaruit volgen nemen we daarna op in een addendum "
              "bij dit plan."),
        f_thuiszitters_passing(),
        ("h1", "8 Kwaliteit en resultaten"),
        ("p", "Kwaliteit is meer dan meten. Wij willen een lerende organisatie zijn, waarin "
              "scholen en samenwerkingsverband elkaar scherp houden. Het kwaliteitskader van "
              "Vechtoevers, met daarin de beoogde resultaten voor kinderen die extra "
              "ondersteuning nodig hebben, de indicatoren en de manier waarop wij over "
              "bereikte resultaten rapporteren, stelt het algemeen bestuur in de loop van "
              "schooljaar 2026-2027 vast. Tot die tijd volgen we de landelijke ontwikkelingen "
              "rond het toezicht op samenwerkingsverbanden."),
        ("p", "Wie wil weten wat er in de vorige planperiode is bereikt, verwijzen we naar het "
              "jaarverslag 2024 op onze website."),
        ("h1", "9 Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Dit hoofdstuk beschrijft hoe "
              "we scholen, ouders, gemeenten en partners op de hoogte houden. Het is "
              "geschreven door de werkgroep communicatie, met twee ouders uit de OPR."),
        ("lead", "Website.",
                 "Op www.vechtoevers-po.nl staat een aparte ouderpagina met uitleg over de "
                 "basisondersteuning, de arrangementen, de sbo- en so-scholen en de route naar "
                 "een TLV, in gewone taal en met filmpjes. De pagina is ook beschikbaar in het "
                 "Engels, Arabisch en Turks."),
        ("lead", "Ouderbrochure.",
                 "Iedere school geeft ouders bij de intake de brochure 'Wat als mijn kind meer "
                 "nodig heeft?'. Daarin staat wat iedere school biedt, welke extra ondersteuning "
                 "er is en bij wie ouders terecht kunnen. De brochure wordt jaarlijks in "
                 "september bijgewerkt."),
        ("lead", "Schoolgids.",
                 "Elke school neemt in de schoolgids een paragraaf op over haar "
                 "ondersteuningsprofiel en verwijst naar de ouderpagina."),
        ("lead", "Informatieavonden.",
                 "Twee keer per jaar, in oktober en maart, organiseert het samenwerkingsverband "
                 "een informatieavond voor ouders over de ondersteuningsmogelijkheden, "
                 "afwisselend in Oeverdam en Vechtburg."),
        ("lead", "Onafhankelijk advies.",
                 "Ouders die vastlopen of het niet eens zijn met de school, kunnen kosteloos "
                 "terecht bij het Ouder- en Jeugdsteunpunt Vechtoevers. Het steunpunt is "
                 "ondergebracht bij de stichting MEE Vecht en Venen, staat los van scholen en "
                 "samenwerkingsverband, en is bereikbaar per telefoon, mail en op het "
                 "spreekuur op woensdagochtend. Ouders kunnen ook een beroep doen op de "
                 "landelijke Onderwijsconsulenten, en bij een geschil over toelating, "
                 "verwijdering of het ontwikkelingsperspectief op de Geschillencommissie "
                 "passend onderwijs."),
        ("lead", "Ouders als partner.",
                 "Ouders zijn gesprekspartner bij het opstellen en evalueren van het "
                 "ontwikkelingsperspectief en worden uitgenodigd voor het ondersteuningsteam "
                 "wanneer hun kind besproken wordt."),
        ("lead", "Scholen en partners.",
                 "Scholen ontvangen zes keer per jaar een nieuwsbrief. Gemeenten en "
                 "ketenpartners krijgen een kwartaalupdate. Intern gebruiken we een "
                 "samenwerkingsplatform waarop documenten en agenda's worden gedeeld."),
        ("h1", "10 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en voor "
              "zware ondersteuning. Van het budget voor zware ondersteuning gaat een groot "
              "deel direct, via DUO, naar de so-scholen voor de kinderen met een TLV. Over de "
              "rest beslist het samenwerkingsverband."),
        ("lead", "Verdeling.",
                 "Vechtoevers werkt met een schoolmodel. Ieder schoolbestuur ontvangt jaarlijks "
                 "€ 145 per leerling op basis van de teldatum 1 oktober van het voorgaande "
                 "jaar, plus een vaste voet van € 6.000 per vestiging. De besturen zetten deze "
                 "middelen in voor de basisondersteuning en de individuele arrangementen. "
                 "Groepsarrangementen en ambulante begeleiding worden centraal bekostigd uit "
                 "het arrangementenbudget; de Commissie Toelaatbaarheid kent deze toe op "
                 "aanvraag van de school, op basis van de criteria in hoofdstuk 6 en de "
                 "beschikbare plaatsen. Het bestuur stelt de bedragen jaarlijks in december "
                 "vast bij de begroting."),
        ("lead", "Besteding.",
                 "De tabel hieronder geeft de meerjarenbegroting voor de planperiode (bedragen "
                 "in euro's, afgerond)."),
        ("table", ["Post", "2026", "2027", "2028", "2029"], [
            ["Baten rijksbijdrage ondersteuning", "11.840.000", "11.710.000", "11.590.000", "11.480.000"],
            ["Afdracht so via DUO", "-4.120.000", "-4.150.000", "-4.180.000", "-4.200.000"],
            ["Overdracht groei sbo (peildatum 1 februari)", "-310.000", "-300.000", "-290.000", "-290.000"],
            ["Toekenning schoolbesturen (€ 145 p.l. + vaste voet)", "-2.510.000", "-2.480.000", "-2.460.000", "-2.440.000"],
            ["Arrangementenbudget (groep, ambulant)", "-2.650.000", "-2.600.000", "-2.560.000", "-2.520.000"],
            ["Sbo De Zandloper (bekostiging boven 2%)", "-1.420.000", "-1.410.000", "-1.390.000", "-1.380.000"],
            ["Personeel en bureau", "-980.000", "-990.000", "-1.000.000", "-1.010.000"],
            ["Resultaat", "-150.000", "-220.000", "-290.000", "-360.000"],
        ]),
        ("lead", "Reserves.",
                 "Eind 2025 bedroeg de algemene reserve € 2,3 miljoen, boven de "
                 "signaleringswaarde van de inspectie. Het negatieve resultaat in de "
                 "meerjarenbegroting is bewust: we bouwen de reserve in vier jaar af tot het "
                 "niveau van de signaleringswaarde."),
        ("lead", "Verantwoording.",
                 "Schoolbesturen verantwoorden jaarlijks vóór 1 juni in een korte "
                 "bestedingsrapportage hoe zij de middelen hebben ingezet. Het bestuur bespreekt "
                 "de rapportages in het bestuurlijk overleg."),
        ("h1", "11 Organisatie en governance"),
    ]
    b += f_governance(s)
    b += [("h1", "12 Medezeggenschap")]
    b += f_opr()
    b += [
        ("h1", "13 Samenwerking met gemeenten (OOGO)"),
        ("p", "Met de vier gemeenten voeren we jaarlijks op overeenstemming gericht overleg. "
              "In dat overleg maken we afspraken over de aansluiting tussen onderwijs en "
              "jeugdhulp. Concreet betekent dat: op iedere school is een jeugd- en "
              "gezinswerker van het lokale team beschikbaar die aanschuift bij het "
              "ondersteuningsteam; kinderen met een onderwijs-zorgarrangement krijgen "
              "jeugdhulp onder schooltijd zonder aparte beschikking; en gemeenten en "
              "samenwerkingsverband financieren samen de Overstapklas. Daarnaast zijn "
              "leerlingenvervoer en onderwijshuisvesting vaste gespreksonderwerpen."),
        ("h1", "14 Personeel en professionalisering"),
    ]
    b += f_personeel("14,6")
    b += [("h1", "15 ICT en privacy")]
    b += f_ict()
    b += [("h1", "16 Planning")]
    b += f_planning("2026-2027", "2027-2028")
    b += [
        ("h1", "Bijlage 1 Begrippenlijst"),
        ("table", ["Begrip", "Betekenis"], [
            ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt."],
            ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken voor leerlingen met een ondersteuningsbehoefte."],
            ["Dekkend netwerk", "Het geheel van voorzieningen waardoor ieder kind een passende plek heeft."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["Terugplaatsing", "De overstap van een leerling uit het s(b)o naar het regulier onderwijs."],
            ["Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te vinden."],
            ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen."],
        ]),
    ]
    return b


def labels1():
    return dict(
        elements={"basisondersteuning": "present", "plaatsing": "present",
                  "terugstroom": "partial", "financien": "present",
                  "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
        criteria=crit({"terugstroom.procedure", "dekkend-aanbod.lacunes",
                       "resultaten.doelen", "resultaten.monitoring"}),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "§5.1 states the Vechtoevers-standaard as minimum for every vestiging; §5.2 lists concrete provisions; kwaliteitskaart + verbeterplan = borging.",
            "plaatsing": "Ch. 6 written as articles 6.2-6.7: aanvraag, two separate deskundigen, Commissie Toelaatbaarheid within 6 weeks, concrete sbo/so criteria, duration/category, bezwaar via LBT.",
            "terugstroom": "Bold lead-in 'Terugplaatsing.' inside the TLV chapter (6.8) gives policy, conditions and support after return; the procedure (initiative, moments, decision) is deferred to 2026-2027 ('Uitwerking.').",
            "financien": "Under 'Geld en middelen': schoolmodel € 145 p.l. + vaste voet, central arrangementenbudget allocated by the commissie; meerjarenbegroting table 2026-2029; reserves and bestedingsrapportage.",
            "dekkend-aanbod": "Continuum is inside the long paragraph of §5.3 (arrangementen, sbo, so, OZA). Ch. 7 only defines 'dekkend' and defers the thuiszittersprotocol and witte-vlekken analysis; the OOGO passage (ch. 13) is ketenpartners only.",
            "resultaten": "Ch. 8 defers the kwaliteitskader with beoogde resultaten to 2026-2027 and refers to the jaarverslag on the website; 'resultaten' elsewhere only in voorwoord, title slogan and begrippenlijst.",
            "ouders": "Inside ch. 9 'Communicatie' with bold lead-ins: ouderpagina, brochure, schoolgids, informatieavonden; 'Onafhankelijk advies.' names OJSP, Onderwijsconsulenten, Geschillencommissie.",
        },
    )


# --------------------------------------------------------------------------------------
# Plan 2: VO, .docx -- Samenwerkingsverband VO Kustrand
# --------------------------------------------------------------------------------------
P2_NAME = "vo-swv-kustrand-2026"
P2_SWV = "Samenwerkingsverband Voortgezet Onderwijs Kustrand"


def plan2():
    s = P2_SWV
    b = [
        ("title", ["Ondersteuningsplan Kustrand 2026-2030",
                   f"{s} (VO 29-02)",
                   "Voor iedere leerling een plek die past",
                   "Versie ter instemming OPR - definitief"]),
        ("toc", [
            "Voorwoord ........ 2",
            "Samenvatting ........ 3",
            "1 Inleiding ........ 5",
            "2 Wie zijn wij? ........ 6",
            "3 Waar staan we voor? ........ 8",
            "4 Wat is basisondersteuning bij ons? ........ 9",
            "5 Toewijzing en toelaatbaarheid ........ 11",
            "   Artikel 5.8 Einde van de toelaatbaarheid ........ 15",
            "   Artikel 5.9 Overstap naar het regulier voortgezet onderwijs ........ 16",
            "6 Hoe ziet ons ondersteuningsaanbod eruit? ........ 17",
            "7 Wat willen we bereiken en hoe weten we of het lukt? ........ 21",
            "8 Financiën ........ 24",
            "9 Bestuur en organisatie ........ 27",
            "10 Medezeggenschap ........ 28",
            "11 Samenwerking met gemeenten en mbo ........ 29",
            "12 Personeel ........ 30",
            "Bijlage 1 Begrippen en afkortingen ........ 32",
            "Bijlage 2 Standaard basisondersteuning (separaat) ",
            "Bijlage 6 Meerjarenbegroting 2026-2030 (separaat)",
            "Bijlage 7 Informatie voor ouders en leerlingen (separaat)",
        ]),
        ("h1", "Voorwoord"),
        ("p", "Kustrand is een samenwerkingsverband in beweging. De afgelopen vier jaar hebben "
              "we geïnvesteerd in de ondersteuning op de scholen, in de samenwerking met het "
              "voortgezet speciaal onderwijs en in de aanpak van verzuim. Dat heeft geholpen: "
              "minder leerlingen zitten thuis, en meer leerlingen maken hun school af. Maar de "
              "vraag naar ondersteuning groeit, de middelen niet. Dit plan kiest daarom voor "
              "focus. Voor leerlingen en hun ouders betekent dat: duidelijke afspraken over wat "
              "iedere school biedt, een snelle route naar extra hulp en een plek in het vso "
              "wanneer dat echt nodig is."),
        ("p", "Het plan is geschreven door vier werkgroepen. U zult merken dat de hoofdstukken "
              "verschillen in toon: het hoofdstuk over toewijzing is geschreven als reglement, "
              "andere hoofdstukken stellen vragen en beantwoorden die. We hebben dat zo "
              "gelaten; het laat zien hoe breed het plan gedragen wordt."),
        ("p", "Ruud Bakhuizen, directeur-bestuurder"),
        ("h1", "Samenvatting"),
        ("p", "In de komende planperiode werken we aan vier speerpunten: (1) een stevige, "
              "gedeelde basisondersteuning op alle vestigingen; (2) snellere toewijzing van "
              "extra ondersteuning, met minder papierwerk; (3) een sluitende aanpak voor "
              "leerlingen die dreigen uit te vallen; en (4) meer leerlingen die na een periode "
              "in het vso of het OPDC terugkeren naar een reguliere school. De "
              "hoofdstukken 4 tot en met 8 werken deze speerpunten uit."),
        ("h1", "1 Inleiding"),
    ]
    b += f_totstandkoming("2026-2030", "3 maart 2026", "29 januari 2026", "19 maart 2026",
                          " De tekst is in januari 2026 voorgelegd aan een leerlingenpanel van "
                          "zes scholen.")
    b += [
        ("h1", "2 Wie zijn wij?"),
        ("p", "Kustrand omvat de gemeenten Zeewolde-Kust, Duinhaven, Bollenmeer en "
              "Westerbroek. In het gebied werken negen schoolbesturen met eenentwintig "
              "vestigingen voor voortgezet onderwijs, waaronder twee scholen voor "
              "praktijkonderwijs, zeven vestigingen met leerwegondersteunend onderwijs en "
              "twee scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 telde "
              "Kustrand 18.420 leerlingen. Het samenwerkingsverband overlapt met twee "
              "samenwerkingsverbanden primair onderwijs; met beide zijn afspraken gemaakt "
              "over de overstap van groep 8 naar de brugklas."),
        ("p", "De leerlingaantallen dalen de komende jaren met ongeveer één procent per jaar. "
              "Scholen in de kleinere kernen merken dat het sterkst. Dat heeft gevolgen voor "
              "het aanbod: een school met krimpende leerlingaantallen kan minder "
              "specialismen in huis houden. Samenwerking tussen scholen wordt daarom nog "
              "belangrijker."),
        ("h1", "3 Waar staan we voor?"),
    ]
    b += f_visie_generic("de kuststreek")
    b += [
        ("h1", "4 Wat is basisondersteuning bij ons?"),
        ("h2", "Welk niveau spreken we af?"),
        ("p", "Het algemeen bestuur heeft op 14 november 2025 de Standaard basisondersteuning "
              "VO Kustrand vastgesteld. Die standaard beschrijft het niveau van ondersteuning "
              "dat elke vestiging van elk aangesloten bestuur ten minste biedt, ongeacht "
              "schoolsoort of leerweg, en zonder dat de school daarvoor middelen of een "
              "arrangement bij het samenwerkingsverband aanvraagt. Wat boven de standaard "
              "uitgaat, is extra ondersteuning. Een praktijkschool en een gymnasium bieden dus "
              "minimaal hetzelfde niveau, al kan de vorm verschillen."),
        ("h2", "Wat staat er in de standaard?"),
        ("p", "De standaard zelf is opgenomen als bijlage 2 bij dit plan. Hoe iedere vestiging "
              "de standaard concreet invult, welke interventies en welke specialisten er zijn, "
              "staat in het schoolondersteuningsprofiel van die vestiging. Die profielen "
              "worden in het voorjaar van 2026 geactualiseerd."),
        ("h2", "Hoe weten we of scholen de standaard halen?"),
        ("p", "Eens in de twee jaar bezoekt een auditteam van twee collega-"
              "ondersteuningscoördinatoren en een beleidsmedewerker van het "
              "samenwerkingsverband iedere vestiging. Het team toetst aan de standaard en "
              "rapporteert aan het bestuur van de school en aan de directeur-bestuurder. "
              "Haalt een vestiging de standaard niet, dan maakt zij een verbeterplan met een "
              "termijn van ten hoogste een schooljaar."),
        ("h1", "5 Toewijzing en toelaatbaarheid"),
        ("p", "Dit hoofdstuk is opgesteld als reglement. Het regelt de toelaatbaarheid tot het "
              "voortgezet speciaal onderwijs, de aanwijzing voor leerwegondersteunend "
              "onderwijs, de toelaatbaarheid tot het praktijkonderwijs en het einde van de "
              "toelaatbaarheid."),
        ("h2", "Artikel 5.1 Aanvraag"),
        ("p", "Een aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het "
              "bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, via "
              "het Loket Kustrand. De aanvraag bevat het ontwikkelingsperspectiefplan met "
              "handelingsdeel, het verslag van het multidisciplinair overleg waarin de "
              "aanvraag is voorbereid, en een overzicht van de ondersteuning die de school en "
              "het samenwerkingsverband al hebben ingezet."),
        ("h2", "Artikel 5.2 Deskundigen"),
        ("p", "Het samenwerkingsverband wint over iedere aanvraag het advies in van twee "
              "deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de "
              "problematiek, een kinder- en jeugdpsychiater, een maatschappelijk werker, een "
              "jeugdarts of een pedagoog. Ieder geeft een eigen schriftelijk advies. De "
              "deskundigen zijn niet betrokken geweest bij de voorbereiding van de aanvraag."),
        ("h2", "Artikel 5.3 Besluit"),
        ("p", "De Commissie Toewijzing besluit namens het bestuur binnen zes weken na ontvangst "
              "van de volledige aanvraag. De commissie kan deze termijn eenmaal met ten hoogste "
              "vier weken verlengen als aanvullend onderzoek nodig is. Het besluit wordt "
              "schriftelijk meegedeeld aan het bevoegd gezag."),
        ("h2", "Artikel 5.4 Criteria vso"),
        ("p", "Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs als: a) de "
              "school de basisondersteuning en ten minste één traject extra ondersteuning van "
              "minimaal drie maanden heeft ingezet en geëvalueerd; b) uit het "
              "ontwikkelingsperspectiefplan blijkt dat de leerling ook met extra "
              "ondersteuning het onderwijsprogramma van de eigen school niet kan volgen; c) de "
              "leerling structureel een kleine, voorspelbare leeromgeving nodig heeft in "
              "combinatie met specialistische begeleiding gedurende de hele schooldag; en d) "
              "geen van de bovenschoolse voorzieningen uit hoofdstuk 6 passend is. Bij "
              "ernstige lichamelijke beperkingen of langdurige ziekte volstaat dat de leerling "
              "aangewezen is op voorzieningen die alleen het vso biedt."),
        ("h2", "Artikel 5.5 Leerwegondersteunend onderwijs"),
        ("p", "Kustrand hanteert de landelijke criteria voor leerwegondersteunend onderwijs. "
              "De school waar de leerling is aangemeld, dient de aanvraag vóór 1 maart in, met "
              "de uitslagen van het capaciteitenonderzoek en de didactische toetsen. Het Loket "
              "toetst de aanvraag aan de landelijke criteria en de Commissie Toewijzing "
              "besluit vóór 15 april, zodat de leerling in augustus kan starten. De aanwijzing "
              "geldt voor de duur van de opleiding in de vmbo-leerweg."),
        ("h2", "Artikel 5.6 Praktijkonderwijs"),
        ("p", "Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke "
              "criteria: een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op "
              "ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen, "
              "technisch lezen en spelling, waarvan één begrijpend lezen of rekenen is. De "
              "procedure is gelijk aan die van artikel 5.5; de toelaatbaarheidsverklaring "
              "praktijkonderwijs geldt zonder einddatum."),
        ("h2", "Artikel 5.7 Duur en categorie"),
        ("p", "Een toelaatbaarheidsverklaring vso wordt afgegeven voor één, twee of drie "
              "schooljaren. De commissie kiest bij een eerste verklaring in de regel voor twee "
              "schooljaren. De bekostigingscategorie is laag, tenzij de leerling een "
              "lichamelijke beperking of langdurige ziekte heeft (midden) of meervoudig "
              "beperkt is (hoog)."),
        ("h2", "Artikel 5.8 Einde van de toelaatbaarheid"),
        ("p", "Uiterlijk op 1 februari van het laatste schooljaar waarvoor de "
              "toelaatbaarheidsverklaring geldt, evalueert de vso-school het "
              "ontwikkelingsperspectiefplan in een overgangsgesprek. De vso-school nodigt "
              "daarvoor de consulent van het samenwerkingsverband uit en, als er een "
              "ontvangende school in beeld is, de ondersteuningscoördinator van die school. "
              "Uit het gesprek volgt een van drie uitkomsten: overstap naar het regulier "
              "voortgezet onderwijs, een aanvraag voor een nieuwe verklaring, of uitstroom "
              "naar mbo of arbeid. Kiest de vso-school voor een nieuwe verklaring, dan dient "
              "zij de aanvraag vóór 1 april in. De Commissie Toewijzing besluit over verlenging "
              "en legt bij een overstap vast welke school de leerling ontvangt en per welke "
              "datum."),
        ("h2", "Artikel 5.9 Overstap naar het regulier voortgezet onderwijs"),
        ("p", "Kustrand wil dat leerlingen niet langer in het vso blijven dan nodig is. Een "
              "overstap is mogelijk wanneer de leerling een jaar lang stabiel functioneert in "
              "een groep van vijftien leerlingen, de leerdoelen van het "
              "ontwikkelingsperspectiefplan op het niveau van de beoogde leerweg haalt en een "
              "ontvangende school binnen de standaard basisondersteuning plus een "
              "overstaparrangement de benodigde hulp kan bieden. Het overstaparrangement duurt "
              "zes maanden en bestaat uit wekelijkse coaching van de leerling door een "
              "begeleider van de vso-school en een consult voor de mentor. Het "
              "samenwerkingsverband bekostigt dit arrangement. In schooljaar 2024-2025 stapten "
              "31 leerlingen over; in 2025-2026 waren het er tot nu toe 18."),
        ("h1", "6 Hoe ziet ons ondersteuningsaanbod eruit?"),
        ("h2", "Welke lagen kent het aanbod?"),
        ("p", "Het ondersteuningsaanbod van Kustrand kent vier lagen die op elkaar aansluiten. "
              "Laag 1 is de basisondersteuning op iedere vestiging. Laag 2 is extra "
              "ondersteuning binnen de school: iedere school heeft een trajectvoorziening "
              "waar leerlingen tijdelijk een deel van de week of de hele week terechtkunnen, "
              "en kan een individueel arrangement aanvragen voor coaching of specialistische "
              "begeleiding. Laag 3 bestaat uit de bovenschoolse voorzieningen: het OPDC Het "
              "Anker voor leerlingen die tijdelijk (maximaal een jaar) een intensief "
              "programma nodig hebben, de reboundvoorziening Kompas voor leerlingen die "
              "geschorst zijn of dreigen vast te lopen (maximaal twaalf weken), en de "
              "plusvoorziening Duinhaven voor overbelaste of dreigend uitvallende leerlingen "
              "van vmbo en mbo-entree. Laag 4 is het voortgezet speciaal onderwijs, met de "
              "scholen De Branding (cluster 4) en Het Strandhuis (cluster 3)."),
        ("p", "Voor nieuwkomers is er de internationale schakelklas in Duinhaven; voor "
              "hoogbegaafde leerlingen bieden drie scholen een verrijkingsprogramma waar "
              "leerlingen van andere scholen ook aan kunnen deelnemen."),
        ("h2", "Hoe houden we het aanbod sluitend?"),
        ("p", "Iedere maand komt de Kustrandtafel bijeen: de consulenten van het "
              "samenwerkingsverband, de leerplichtambtenaren van de vier gemeenten en een "
              "vertegenwoordiger van de jeugdhulp. Aan tafel worden alle leerlingen besproken "
              "die langer dan vier weken niet of gedeeltelijk naar school gaan, of die bij "
              "een school zijn aangemeld zonder dat er binnen de wettelijke termijn een plek "
              "is gevonden. Per leerling wordt een casusregisseur benoemd en een datum gesteld "
              "waarop de leerling weer onderwijs volgt. Lukt dat niet binnen acht weken, dan "
              "neemt de directeur-bestuurder de casus over en kan zij een school of "
              "voorziening vragen de leerling tijdelijk op te nemen (doorzettingsmacht)."),
        ("p", "Twee keer per jaar analyseren we de besproken casussen. Waar een patroon "
              "zichtbaar wordt, bijvoorbeeld een groep leerlingen met angstklachten voor wie "
              "geen passend aanbod is, stelt het bestuur een werkgroep in die binnen zes "
              "maanden een voorstel doet voor een nieuwe voorziening. Zo is in 2024 de "
              "voorziening voor leerlingen met schoolangst op het OPDC ontstaan. Op 1 oktober "
              "2025 stonden 14 leerlingen op de wachtlijst van het vso; het doel is dat geen "
              "leerling langer dan zes weken wacht."),
        ("h1", "7 Wat willen we bereiken en hoe weten we of het lukt?"),
        ("h2", "Wat willen we bereiken?"),
        ("p", "Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld:"),
        ("table", ["Doel", "Nulmeting (2025)", "Streefwaarde (2030)"], [
            ["Leerlingen die langer dan 4 weken thuiszitten", "23", "minder dan 10"],
            ["Deelname vso (percentage van alle leerlingen)", "3,9%", "3,4%"],
            ["Overstap vso naar regulier vo per jaar", "31", "45"],
            ["Doorlooptijd aanvraag tot besluit (gemiddeld)", "5,5 week", "4 week"],
            ["Vestigingen die de standaard basisondersteuning halen", "nog niet gemeten", "alle 21"],
            ["Leerlingen in OPDC die binnen een jaar terugkeren", "71%", "85%"],
        ]),
        ("h2", "Hoe meten we dat?"),
        ("p", "Het bureau verzamelt de cijfers per kwartaal uit het dossiersysteem, de "
              "leerlingtelling van 1 oktober en de verzuimregistratie van de gemeenten. De "
              "directeur-bestuurder rapporteert elk half jaar aan het bestuur in een "
              "voortgangsrapportage, en jaarlijks in het jaarverslag aan de raad van toezicht, "
              "de OPR en de gemeenten. Eens per jaar houden we een kwaliteitsdialoog met elk "
              "schoolbestuur over de eigen cijfers. Halverwege de planperiode, in 2028, laten "
              "we een externe evaluatie uitvoeren. Als een streefwaarde buiten bereik blijkt, "
              "stelt het bestuur de aanpak bij."),
        ("h1", "8 Financiën"),
        ("lead", "Inkomsten.",
                 "Kustrand ontvangt jaarlijks ongeveer € 17,9 miljoen aan ondersteuningsmiddelen, "
                 "inclusief de middelen voor lwoo en praktijkonderwijs. Na de verplichte "
                 "afdrachten aan het vso blijft ongeveer € 9,6 miljoen over."),
        ("lead", "Verdeling.",
                 "Het samenwerkingsverband verdeelt de middelen volgens een vast model. Ieder "
                 "schoolbestuur ontvangt € 96 per ingeschreven leerling (teldatum 1 oktober van "
                 "het voorgaande jaar) voor de basisondersteuning en de trajectvoorziening. "
                 "Daarnaast ontvangt iedere vestiging een vaste voet van € 25.000. De middelen "
                 "voor lwoo en praktijkonderwijs gaan door naar de besturen op basis van het "
                 "aantal leerlingen met een aanwijzing of verklaring op de teldatum. "
                 "Individuele arrangementen worden toegekend door de Commissie Toewijzing op "
                 "aanvraag van de school, met een maximum van € 8.000 per leerling per "
                 "schooljaar. De bovenschoolse voorzieningen krijgen een vast budget per "
                 "plaats. Het bestuur stelt de bedragen jaarlijks vast."),
        ("lead", "Meerjarenbegroting.",
                 "De meerjarenbegroting 2026-2030, met daarin de bestedingen per voorziening, "
                 "is opgenomen als bijlage 6 en wordt jaarlijks geactualiseerd."),
        ("lead", "Reserves.",
                 "De algemene reserve bedroeg eind 2025 € 2,1 miljoen. Het deel boven de "
                 "signaleringswaarde bouwen we in de planperiode af."),
        ("h1", "9 Bestuur en organisatie"),
    ]
    b += f_governance(s, vorm="vereniging", toezicht="raad van toezicht")
    b += [("h1", "10 Medezeggenschap")]
    b += f_opr()
    b += [
        ("h1", "11 Samenwerking met gemeenten en mbo"),
        ("p", "Met de gemeenten voeren we op overeenstemming gericht overleg over het "
              "ondersteuningsplan en hun jeugdbeleid. Afspraken gaan over jeugdhulp op "
              "school (in iedere school is een jeugdprofessional aanwezig), over de "
              "Kustrandtafel, over leerlingenvervoer en over onderwijshuisvesting voor het "
              "OPDC. Met de twee mbo-instellingen in de regio hebben we afspraken over een "
              "warme overdracht voor leerlingen met een ondersteuningsbehoefte en over de "
              "plusvoorziening Duinhaven, die we samen bekostigen."),
        f_thuiszitters_passing(),
        ("h1", "12 Personeel"),
    ]
    b += f_personeel("19,2", " Het consulententeam is in 2025 uitgebreid met twee "
                     "medewerkers die zich richten op leerlingen met verzuim.")
    b += f_ict()
    b += f_planning("2026-2027", "2027-2028")
    b += [
        ("h1", "Bijlage 1 Begrippen en afkortingen"),
        ("table", ["Term", "Betekenis"], [
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning op iedere vestiging."],
            ["Informatievoorziening ouders", "De manier waarop ouders en leerlingen informatie krijgen over de ondersteuning (zie bijlage 7)."],
            ["LWOO", "Leerwegondersteunend onderwijs."],
            ["OJSP", "Ouder- en jeugdsteunpunt, een onafhankelijk steunpunt voor ouders en leerlingen."],
            ["OPDC", "Orthopedagogisch-didactisch centrum."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["PrO", "Praktijkonderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen schoolsituaties."],
            ["Terugplaatsing", "Overstap van vso naar regulier vo."],
        ]),
    ]
    return b


def labels2():
    return dict(
        elements={"basisondersteuning": "partial", "plaatsing": "present",
                  "terugstroom": "present", "financien": "partial",
                  "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
        criteria=crit({"basisondersteuning.inhoud", "financien.besteding",
                       "ouders.informatie", "ouders.steunpunt"}),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 4 (question headings): the level agreed for every vestiging is stated, but the content is only in absent bijlage 2 and the schools' profielen; audits = borging.",
            "plaatsing": "Articles 5.1-5.7: aanvraag via Loket, two deskundigen, Commissie Toewijzing within 6 weeks, vso criteria a-d, lwoo and pro procedure with national criteria, duration/category. No bezwaar route.",
            "terugstroom": "Hidden in the TLV reglement: Artikel 5.8 (overgangsgesprek before 1 February, who invites, who decides) and 5.9 (aim, conditions, overstaparrangement, 31 leerlingen).",
            "financien": "Bold lead-ins in ch. 8: verdeling per leerling, vaste voet, arrangement maximum; the meerjarenbegroting/bestedingen are only in absent bijlage 6; reserve amount only.",
            "dekkend-aanbod": "Ch. 6 question headings: four layers incl. OPDC, rebound, vso; Kustrandtafel, doorzettingsmacht, gap analysis twice a year, wachtlijst.",
            "resultaten": "Ch. 7 'Wat willen we bereiken en hoe weten we of het lukt?': targets table with nulmeting/streefwaarde and quarterly/half-yearly monitoring and reporting.",
            "ouders": "No information channels or independent support for parents in the body; parents only in voorwoord/visie; OJSP, Onderwijsconsulenten and 'informatievoorziening ouders' appear only in the begrippenlijst and a reference to absent bijlage 7 (TOC).",
        },
    )


# --------------------------------------------------------------------------------------
# Plan 3: PO, .pdf -- SWV Maasdelta PO
# --------------------------------------------------------------------------------------
P3_NAME = "po-swv-maasdelta-2026"
P3_SWV = "Samenwerkingsverband Maasdelta PO"


def plan3():
    s = P3_SWV
    b = [
        ("title", ["Ondersteuningsplan 2026-2030",
                   f"{s} (PO 29-23)",
                   "Samen naar een dekkend aanbod",
                   "Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Resultaten | Ouders",
                   "Vastgesteld 9 april 2026"]),
        ("toc", [
            "Voorwoord ........ 2",
            "1 Waarom dit plan? ........ 3",
            "2 Kerngegevens ........ 4",
            "3 Wat mag u van iedere school verwachten? ........ 5",
            "4 Toelaatbaarheid sbo en so ........ 7",
            "5 Terugplaatsing ........ 10",
            "6 Dekkend aanbod en thuiszitters ........ 11",
            "7 Wat willen we bereiken? ........ 12",
            "8 Ouders ........ 14",
            "9 Geld en middelen ........ 16",
            "10 Organisatie ........ 18",
            "11 Medezeggenschap ........ 19",
            "12 Totstandkoming ........ 20",
            "13 Personeel en ICT ........ 21",
            "Begrippenlijst ........ 23",
        ]),
        ("h1", "Voorwoord"),
        ("p", "Beste lezer, met trots presenteren wij het ondersteuningsplan 2026-2030. In dit "
              "plan staan de afspraken die de twaalf schoolbesturen van Maasdelta met elkaar "
              "hebben gemaakt over de ondersteuning van kinderen. We hebben geprobeerd het "
              "plan zo te schrijven dat ook ouders het kunnen lezen. Daarom begint hoofdstuk 3 "
              "met de vraag wat u van iedere school mag verwachten."),
        ("p", "Het plan is geschreven in een periode van veel verandering. De landelijke norm "
              "voor basisondersteuning komt eraan, de wet over het ouder- en jeugdsteunpunt "
              "ligt in de Eerste Kamer, en in onze eigen regio groeit het aantal kinderen met "
              "een complexe hulpvraag. Niet alles kon daarom al worden uitgewerkt; waar dat zo "
              "is, zeggen we dat eerlijk."),
        ("p", "Het bestuur van Maasdelta PO"),
        ("h1", "1 Waarom dit plan?"),
        ("p", "Ieder samenwerkingsverband moet ten minste eens in de vier jaar een "
              "ondersteuningsplan vaststellen. Maar voor ons is het plan meer dan een "
              "wettelijke plicht: het is de plek waar de besturen vastleggen wat zij samen "
              "willen bereiken en welke afspraken zij daarvoor met elkaar maken. Het plan is "
              "richtinggevend voor de jaarplannen van het samenwerkingsverband en voor de "
              "schoolplannen van de aangesloten scholen."),
    ]
    b += f_visie_generic("de Maasdelta")[1:]
    b += f_wettelijk([
        ["Basisondersteuning op alle scholen", "3"],
        ["Procedure en criteria toelaatbaarheid sbo en so", "4"],
        ["Terugplaatsing en overplaatsing", "5"],
        ["Samenhangend geheel van voorzieningen", "6"],
        ["Beoogde en bereikte resultaten", "7"],
        ["Informatie aan ouders en onafhankelijke ondersteuning", "8"],
        ["Verdeling en besteding van middelen, meerjarenbegroting", "9"],
    ])
    b += f_ontwikkelingen()
    b += [
        ("h1", "2 Kerngegevens"),
        ("table", ["Kenmerk", "Aantal (1 oktober 2025)"], [
            ["Schoolbesturen", "12"],
            ["Basisscholen (vestigingen)", "71"],
            ["Scholen voor speciaal basisonderwijs", "3"],
            ["Scholen voor speciaal onderwijs (cluster 3 en 4)", "2"],
            ["Leerlingen basisonderwijs", "17.260"],
            ["Gemeenten", "5"],
        ]),
        ("p", "De gemeenten in ons gebied zijn Maasmonde, Ridderweerd, Oud-Vlaardam, "
              "Heerjansdorp-Zuid en Barendrecht-Oost. De regio kent zowel stedelijke wijken "
              "als een uitgestrekt agrarisch gebied. In de stedelijke wijken groeit het aantal "
              "leerlingen, in het landelijk gebied krimpt het."),
        ("p", "De scholen verschillen sterk in grootte: de kleinste school telt 41 leerlingen, "
              "de grootste ruim 700. Zeven scholen hebben een tweede locatie. Drie besturen "
              "zijn ook actief in een naburig samenwerkingsverband; met dat verband is "
              "afgesproken dat voor die scholen de regels van Maasdelta gelden."),
        ("h1", "3 Wat mag u van iedere school verwachten?"),
        ("p", "De besturen hebben op 2 december 2025 de Maasdeltanorm vastgesteld. Die norm is "
              "de ondergrens: elke school en elke locatie in het samenwerkingsverband biedt "
              "ten minste deze ondersteuning, aan ieder kind dat het nodig heeft, zonder "
              "aanvraag of wachttijd. Welke ondersteuning dat is, staat in de tabel."),
        ("table", ["Domein", "Wat iedere school biedt"], [
            ["Lezen en taal", "Dyslexieprotocol met signalering in groep 2 en 3; extra "
             "leesinstructie drie keer per week in een kleine groep; auditieve ondersteuning "
             "vanaf groep 5."],
            ["Rekenen", "Protocol ERWD; remediërende instructie in een kleine groep; "
             "gebruik van concreet materiaal en rekenhulpkaarten."],
            ["Gedrag en welbevinden", "Methode sociaal-emotioneel leren in alle groepen; "
             "anti-pestcoördinator; vaste time-in plek in de klas; een gedragsplan dat met "
             "het kind wordt opgesteld."],
            ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en "
             "verrijken; een verrijkingsgroep van minimaal één uur per week."],
            ["Nederlands als tweede taal", "Woordenschatprogramma; NT2-materiaal; inzet "
             "van een taalcoach bij instroom in groep 3 tot en met 8."],
            ["Medisch en fysiek", "Protocol medisch handelen; rolstoeltoegankelijke begane "
             "grond; rustruimte."],
            ["Structuur", "Een intern begeleider (minimaal 1 dag per 150 leerlingen); een "
             "ondersteuningsteam met orthopedagoog minimaal vijf keer per jaar; "
             "handelingsgericht werken met groepsoverzichten."],
        ]),
        ("p", "Scholen beschrijven in hun ondersteuningsprofiel hoe zij de norm invullen. Elk "
              "jaar bezoeken twee intern begeleiders van andere besturen iedere school voor "
              "een collegiale visitatie aan de hand van de norm."),
        ("h1", "4 Toelaatbaarheid sbo en so"),
        ("h2", "Artikel 4.1 Aanvraag"),
        ("p", "Het bevoegd gezag van de school waar het kind is ingeschreven vraagt een "
              "toelaatbaarheidsverklaring aan bij het Bureau Toelaatbaarheid van Maasdelta. "
              "Bij de aanvraag horen het ontwikkelingsperspectief, het onderwijskundig "
              "rapport, het verslag van het ondersteuningsteam en de zienswijze van de ouders."),
        ("h2", "Artikel 4.2 Deskundigenadvies"),
        ("p", "Over elke aanvraag adviseren twee deskundigen afzonderlijk: een orthopedagoog "
              "of psycholoog en een tweede deskundige (arts, maatschappelijk werker, "
              "kinderpsychiater of pedagoog). Deskundigen die de aanvraag hebben voorbereid, "
              "adviseren niet."),
        ("h2", "Artikel 4.3 Besluit"),
        ("p", "De Toelaatbaarheidscommissie neemt binnen zes weken na ontvangst van een "
              "volledige aanvraag een besluit. Het besluit wordt aan het bevoegd gezag en aan "
              "de ouders verzonden, met een afschrift van de deskundigenadviezen."),
        ("h2", "Artikel 4.4 Geldigheid"),
        ("p", "Een toelaatbaarheidsverklaring voor het sbo of so geldt voor twee schooljaren. "
              "De bekostigingscategorie wordt bepaald volgens de landelijke regels."),
        ("h2", "Artikel 4.5 Criteria"),
        ("p", "De criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal "
              "onderwijs worden herzien. Een conceptkader ligt ter bespreking bij de besturen "
              "en wordt na instemming van de ondersteuningsplanraad toegevoegd. Tot die tijd "
              "weegt de Toelaatbaarheidscommissie iedere aanvraag op zijn eigen merites."),
        ("h2", "Artikel 4.6 Bezwaar"),
        ("p", "Tegen een besluit kan binnen zes weken bezwaar worden gemaakt bij het bestuur "
              "van het samenwerkingsverband. Het bestuur legt het bezwaar voor advies voor aan "
              "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "5 Terugplaatsing"),
        ("p", "Deze paragraaf wordt ingevuld na afronding van de pilot 'Terug naar de "
              "buurtschool', die loopt tot de zomer van 2027. De ervaringen uit de pilot "
              "vormen de basis voor het terugplaatsingsbeleid van Maasdelta."),
        ("h1", "6 Dekkend aanbod en thuiszitters"),
        ("p", "Een dekkend aanbod is het hart van passend onderwijs. Het overzicht van "
              "voorzieningen en de analyse van waar ons aanbod nog tekortschiet, worden "
              "uitgewerkt in het Koersdocument 2026, dat na vaststelling als addendum aan dit "
              "plan wordt toegevoegd. Ook de aanpak van thuiszitters maakt deel uit van dat "
              "koersdocument."),
        f_thuiszitters_passing(),
        ("h1", "7 Wat willen we bereiken?"),
        ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we aan het einde van "
              "de planperiode het volgende bereikt hebben:"),
        ("table", ["Beoogd resultaat", "Nu (2025)", "In 2030"], [
            ["Kinderen in sbo en so als percentage van alle leerlingen", "3,6%", "ten hoogste 3,2%"],
            ["Aanvragen die onvolledig binnenkomen", "30%", "minder dan 10%"],
            ["Gemiddelde tijd van aanvraag tot besluit TLV", "7 weken", "4 weken"],
            ["Kinderen met een OPP die hun uitstroomperspectief halen", "62%", "75%"],
            ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,8", "7,5"],
        ]),
        ("h2", "Hoe volgen we dit?"),
        ("p", "Hoe, wanneer en door wie we de voortgang op deze resultaten meten en erover "
              "rapporteren, leggen we vast in het kwaliteitshandboek van Maasdelta. Dat "
              "handboek verschijnt in het najaar van 2026."),
        ("h1", "8 Ouders"),
        ("p", "Ouders kennen hun kind het best. Wij zien ouders als partner van de school en "
              "van het samenwerkingsverband. Ouders worden uitgenodigd bij elke bespreking "
              "van hun kind in het ondersteuningsteam en tekenen voor akkoord op het "
              "handelingsdeel van het ontwikkelingsperspectief."),
        ("lead", "Informatie.",
                 "De informatievoorziening aan ouders over de ondersteuningsmogelijkheden "
                 "wordt vernieuwd. Een nieuwe ouderwebsite en een ouderfolder zijn in "
                 "voorbereiding en verschijnen in de loop van 2026."),
        ("lead", "Steunpunt.",
                 "Loopt het gesprek met school vast, of weten ouders niet welke weg ze moeten "
                 "kiezen, dan kunnen zij terecht bij Ouderwijzer Maasdelta. Ouderwijzer is een "
                 "onafhankelijk steunpunt, gefinancierd door het samenwerkingsverband maar "
                 "ondergebracht bij de stichting Zorgbelang Zuid-Holland, met eigen "
                 "ouderadviseurs die zelf ervaring hebben met een kind met een "
                 "ondersteuningsbehoefte. Ouderwijzer luistert, legt uit, gaat desgewenst mee "
                 "naar gesprekken op school en kan bemiddelen. Het is bereikbaar via telefoon "
                 "en WhatsApp op werkdagen van 9 tot 15 uur. Komt een oplossing niet in zicht, "
                 "dan wijst Ouderwijzer de weg naar de landelijke Onderwijsconsulenten, naar "
                 "de klachtencommissie van het schoolbestuur of naar de Geschillencommissie "
                 "passend onderwijs, en legt het uit hoe ouders tegen een besluit over een "
                 "toelaatbaarheidsverklaring bezwaar maken. Signalen die Ouderwijzer "
                 "opvangt, worden twee keer per jaar geanonimiseerd met het bestuur besproken."),
        ("h1", "9 Geld en middelen"),
        ("p", "Maasdelta werkt met een verdeling in twee delen. Het eerste deel gaat naar de "
              "schoolbesturen: zij ontvangen € 160 per leerling op basis van de "
              "leerlingtelling van 1 oktober. Het tweede deel blijft bij het "
              "samenwerkingsverband en wordt ingezet voor het Bureau Toelaatbaarheid, "
              "Ouderwijzer en de afdrachten voor het speciaal (basis)onderwijs. Besturen "
              "ontvangen de middelen in twaalf maandelijkse termijnen. Een bestuur dat "
              "middelen niet besteedt, draagt het restant na twee jaar terug aan het "
              "samenwerkingsverband. De verdeling is besproken met de OPR en wordt elk jaar "
              "bij de begroting vastgesteld."),
        ("table", ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"], [
            ["Rijksbijdrage lichte en zware ondersteuning", "13.980", "13.870", "13.760", "13.650"],
            ["Afdracht so (DUO)", "-4.710", "-4.740", "-4.760", "-4.790"],
            ["Afdracht/groeibekostiging sbo", "-2.950", "-2.910", "-2.880", "-2.850"],
            ["Toekenning besturen (€ 160 per leerling)", "-2.760", "-2.730", "-2.700", "-2.670"],
            ["Bureau Toelaatbaarheid en orthopedagogen", "-1.640", "-1.660", "-1.680", "-1.700"],
            ["Ouderwijzer Maasdelta", "-180", "-185", "-190", "-195"],
            ["Collegiale visitaties basisondersteuning", "-95", "-95", "-95", "-95"],
            ["Bestuur en bureau", "-710", "-720", "-730", "-740"],
            ["Saldo", "935", "830", "725", "610"],
        ]),
        ("h1", "10 Organisatie"),
    ]
    b += f_governance(s, vorm="stichting", toezicht="raad van toezicht")
    b += [("h1", "11 Medezeggenschap")]
    b += f_opr()
    b += [("h1", "12 Totstandkoming")]
    b += f_totstandkoming("2026-2030", "25 maart 2026", "4 maart 2026", "9 april 2026")
    b += [("h1", "13 Personeel en ICT")]
    b += f_personeel("11,8")
    b += f_kennisdeling()
    b += [f_bureau()]
    b += f_communicatie_scholen()
    b += f_ict()
    b += [
        ("h1", "Begrippenlijst"),
        ("lead", "Arrangement:", "extra ondersteuning voor een kind of groep, bovenop de basisondersteuning."),
        ("lead", "Dekkend aanbod:", "een samenhangend geheel van voorzieningen, zodat ieder kind een passende plek heeft."),
        ("lead", "Kwaliteitshandboek:", "document waarin staat hoe het samenwerkingsverband resultaten monitort."),
        ("lead", "Ouderwijzer:", "het onafhankelijke steunpunt voor ouders in Maasdelta."),
        ("lead", "Terugplaatsing:", "de overstap van een kind uit het sbo of so naar een gewone basisschool, "
                                    "met begeleiding van de sbo- of so-school gedurende het eerste half jaar."),
        ("lead", "Thuiszitter:", "leerplichtig kind dat niet naar school gaat."),
        ("lead", "Zorgplicht:", "de plicht van een school om een passende plek te bieden of te zoeken."),
    ]
    return b


def labels3():
    return dict(
        elements={"basisondersteuning": "present", "plaatsing": "partial",
                  "terugstroom": "missing", "financien": "present",
                  "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "partial"},
        criteria=crit({"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                       "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                       "resultaten.monitoring", "ouders.informatie"}),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 (question heading): Maasdeltanorm as ondergrens for every school and locatie; the concrete content is only in the table; collegiale visitatie = borging.",
            "plaatsing": "Articles 4.1-4.4 and 4.6 give procedure, deskundigen, duration and bezwaar; Artikel 4.5 'Criteria' defers the criteria ('op zijn eigen merites').",
            "terugstroom": "Ch. 5 has only a deferral to the pilot ending 2027; the one substantive sentence (support in the first half year) is in the begrippenlijst; title page also names 'Terugplaatsing'.",
            "financien": "Under 'Geld en middelen': € 160 per leerling, two-part split, terugstorting after two years; spending only in the meerjarenbegroting table.",
            "dekkend-aanbod": "Ch. 6 defers the voorzieningenoverzicht, gap analysis and thuiszitters approach to the Koersdocument; the running slogan 'Samen naar een dekkend aanbod' and the begrippenlijst are traps; OOGO line in ch. 12 is procedural only.",
            "resultaten": "Ch. 7 has a targets table (doelen, meetbaar) but 'Hoe volgen we dit?' defers monitoring to a kwaliteitshandboek (autumn 2026).",
            "ouders": "Ch. 8: 'Steunpunt.' describes Ouderwijzer (independent, Onderwijsconsulenten, geschillen) in a long paragraph; 'Informatie.' only announces a future website/folder.",
        },
    )


# --------------------------------------------------------------------------------------
# Plan 4: VO, .pdf -- SWV VO Heuvelland
# --------------------------------------------------------------------------------------
P4_NAME = "vo-swv-heuvelland-2026"
P4_SWV = "Samenwerkingsverband VO Heuvelland"


def plan4():
    s = P4_SWV
    b = [
        ("title", ["Ondersteuningsplan 2026-2030",
                   f"{s} (VO 31-05)",
                   "Samen sterk voor iedere leerling",
                   "Definitieve versie na instemming OPR en OOGO"]),
        ("toc", [
            "Voorwoord ........ 2",
            "1 Inleiding en leeswijzer ........ 3",
            "2 Terugblik 2022-2026 ........ 4",
            "3 Visie en koers ........ 6",
            "4 Basisondersteuning ........ 7",
            "5 Ondersteuningsaanbod en thuiszitters ........ 8",
            "6 Toelaatbaarheid vso, lwoo en pro; terugplaatsing ........ 11",
            "7 Hoe meten we of we goed bezig zijn? ........ 14",
            "8 Leerlingen en ouders ........ 16",
            "9 Financieel beleid ........ 18",
            "10 Bestuur en toezicht ........ 21",
            "11 Ondersteuningsplanraad ........ 22",
            "12 Gemeenten en jeugdhulp ........ 23",
            "13 Personeel, ICT en privacy ........ 24",
            "Afkortingenlijst ........ 26",
        ]),
        ("h1", "Voorwoord"),
        ("p", "Heuvelland is een landelijke regio met kleine kernen en lange reisafstanden. Wie "
              "hier onderwijs organiseert, weet dat een voorziening op veertig kilometer voor "
              "een twaalfjarige een wereld van verschil maakt. Dat is de rode draad in dit "
              "plan: we willen leerlingen zo dicht mogelijk bij huis de ondersteuning bieden "
              "die ze nodig hebben, en we willen dat ouders weten waar ze aan toe zijn."),
        ("p", "De afgelopen planperiode was er een van bouwen. We hebben het thuiszittersbeleid "
              "vernieuwd, het aantal leerlingen dat terugkeert uit het vso zien stijgen en de "
              "samenwerking met de gemeenten verdiept. Tegelijk bleven er zaken liggen. Dit "
              "plan benoemt ze, en waar iets nog niet klaar is, staat dat er ook."),
        ("p", "Ilse van der Meulen-Kokke, directeur-bestuurder"),
        ("h1", "1 Inleiding en leeswijzer"),
    ]
    b += f_totstandkoming("1 augustus 2026 - 31 juli 2030", "11 maart 2026", "18 februari 2026",
                          "26 maart 2026")
    b += [
        ("p", "De hoofdstukken zijn geschreven door verschillende werkgroepen. Sommige "
              "hoofdstukken hebben tussenkoppen in vraagvorm, andere werken met vetgedrukte "
              "kernwoorden aan het begin van een alinea. In de afkortingenlijst achterin "
              "worden de belangrijkste begrippen uitgelegd."),
        ("h1", "2 Terugblik 2022-2026"),
        ("p", "In het vorige plan hadden we drie ambities: minder thuiszitters, meer "
              "terugplaatsingen uit het vso en een kortere doorlooptijd van aanvragen. Het "
              "aantal leerlingen dat langer dan vier weken thuiszat, daalde van 41 in 2022 "
              "naar 19 in 2025. Het aantal leerlingen dat uit het vso terugkeerde naar het "
              "regulier voortgezet onderwijs steeg van 9 naar 22 per jaar. De doorlooptijd "
              "van aanvragen bleef echter steken op gemiddeld zeven weken, boven de norm van "
              "zes weken. Ouders gaven de ondersteuning in de tevredenheidspeiling van 2025 "
              "gemiddeld een 7,1."),
        ("h1", "3 Visie en koers"),
    ]
    b += f_visie_generic("Heuvelland")
    b += f_ontwikkelingen()
    b += [
        ("h1", "4 Basisondersteuning"),
        ("p", "De afspraken over de basisondersteuning worden in 2026 herijkt in het licht van "
              "de landelijke norm basisondersteuning die het ministerie heeft aangekondigd. "
              "Zodra die norm bekend is, stellen de besturen de nieuwe afspraken vast en "
              "voegen we ze als addendum aan dit plan toe. Tot die tijd blijven de afspraken "
              "uit het ondersteuningsplan 2022-2026 van kracht."),
        ("h1", "5 Ondersteuningsaanbod en thuiszitters"),
        ("h2", "Welke voorzieningen zijn er?"),
        ("p", "Het overzicht van alle voorzieningen in Heuvelland, van de ondersteuning in de "
              "school tot het voortgezet speciaal onderwijs, staat op de Voorzieningenkaart "
              "op onze website. De kaart wordt in 2026 geactualiseerd; dan beschrijven we ook "
              "hoe de voorzieningen op elkaar aansluiten."),
        ("h2", "Wat doen we als een leerling geen plek heeft of thuiszit?"),
        ("p", "Niemand tussen wal en schip: dat is de kern van onze aanpak. Een school meldt "
              "iedere leerling die langer dan tien schooldagen ongeoorloofd of geoorloofd "
              "afwezig is, of die na aanmelding geen passende plek heeft gekregen, binnen drie "
              "schooldagen bij het Heuvellandoverleg. In dat overleg zitten de "
              "trajectbegeleiders van het samenwerkingsverband, de leerplichtambtenaren en "
              "de jeugdconsulenten van de gemeenten. Het overleg wijst binnen een week een "
              "trajectbegeleider aan die samen met ouders, leerling en school een plan maakt "
              "met een datum waarop de leerling weer onderwijs volgt. Het schoolbestuur van "
              "aanmelding blijft verantwoordelijk zolang er geen andere plek is (zorgplicht). "
              "Is er na zes weken geen oplossing, dan escaleert de trajectbegeleider naar de "
              "directeur-bestuurder, die met de bestuurders van de betrokken scholen een "
              "bindende afspraak maakt. Vrijstellingen van de leerplicht worden alleen "
              "afgegeven na overleg met het samenwerkingsverband."),
        ("p", "Eén keer per jaar, in juni, maakt het bureau een analyse van alle meldingen: "
              "waar liepen leerlingen vast, welk aanbod ontbrak, en hoe lang duurde het "
              "voordat er een plek was? Op basis daarvan besluit het bestuur in september "
              "welke lacunes in het aanbod het komende jaar worden aangepakt, met een "
              "eigenaar en een budget per actie. In 2025 leidde dat tot een tweede "
              "time-outgroep in het oosten van de regio. Ook de wachtlijsten van het vso "
              "worden maandelijks gevolgd; staat een leerling langer dan vier weken op een "
              "wachtlijst, dan bespreekt het Heuvellandoverleg een tussenoplossing."),
        ("h1", "6 Toelaatbaarheid vso, lwoo en pro; terugplaatsing"),
        ("p", "De route van aanvraag tot besluit, met de termijnen en de documenten die een "
              "school moet aanleveren, staat in het Handboek Toewijzing op "
              "www.heuvelland-vo.nl/handboek. Hieronder staan de inhoudelijke afspraken. Een "
              "leerling is toelaatbaar tot het voortgezet speciaal onderwijs wanneer uit het "
              "ontwikkelingsperspectiefplan blijkt dat de leerling, na inzet van de "
              "basisondersteuning en ten minste een half jaar extra ondersteuning, het "
              "onderwijsprogramma van een reguliere school niet kan volgen, en wanneer de "
              "leerling gedurende de hele schooldag een combinatie nodig heeft van een kleine "
              "groep (maximaal twaalf leerlingen), een voorspelbaar rooster en specialistische "
              "begeleiding of behandeling. Voor cluster 3 geldt daarnaast dat de leerling "
              "zeer moeilijk lerend is, langdurig ziek of lichamelijk beperkt. Voor "
              "leerwegondersteunend onderwijs en praktijkonderwijs gelden de landelijke "
              "criteria; Heuvelland maakt geen gebruik van de mogelijkheid om eigen "
              "lwoo-criteria vast te stellen. Een toelaatbaarheidsverklaring vso geldt in de "
              "regel twee schooljaren, met bekostigingscategorie laag, tenzij een lichamelijke "
              "of meervoudige beperking een hogere categorie rechtvaardigt. Tegen een besluit "
              "kunnen ouders binnen zes weken bezwaar maken; het samenwerkingsverband vraagt "
              "dan advies aan de Landelijke Bezwaaradviescommissie."),
        ("lead", "Terugplaatsing.",
                 "Leerlingen die in het vso zitten, horen daar niet langer te blijven dan nodig "
                 "is. Heuvelland streeft ernaar dat iedere vso-leerling voor wie dat haalbaar "
                 "is, binnen de looptijd van de verklaring terugkeert naar een reguliere school "
                 "zo dicht mogelijk bij huis. Voorwaarde is dat de leerling in de vso-school een "
                 "half jaar stabiel functioneert in een grotere groep en dat de ontvangende "
                 "school het onderwijsprogramma met lichte extra ondersteuning kan bieden. Het "
                 "initiatief ligt bij de vso-school: die bespreekt bij iedere evaluatie van het "
                 "ontwikkelingsperspectiefplan, twee keer per jaar, of terugkeer in beeld is, en "
                 "uiterlijk in februari van het laatste jaar van de verklaring in een "
                 "overgangsoverleg met ouders, leerling, trajectbegeleider en een mogelijke "
                 "ontvangende school. Het bestuur van de ontvangende school besluit over "
                 "toelating; het samenwerkingsverband zorgt dat er binnen zes weken een plek "
                 "is. Na de overstap krijgt de leerling een jaar lang een terugkeerarrangement: "
                 "een coach van de vso-school die eerst wekelijks en later maandelijks "
                 "langskomt, en een budget van € 5.000 voor de ontvangende school. Als een "
                 "overstap mislukt, kan de leerling binnen de looptijd van de oude verklaring "
                 "terug naar het vso."),
        ("h1", "7 Hoe meten we of we goed bezig zijn?"),
        ("p", "Voor de planperiode 2026-2030 zijn de beoogde resultaten: niet meer dan tien "
              "leerlingen die langer dan vier weken thuiszitten (gemeten op de peildata 1 "
              "oktober en 1 maart); minimaal dertig terugplaatsingen uit het vso per jaar "
              "vanaf 2028; een doorlooptijd van aanvragen van gemiddeld vijf weken; en een "
              "tevredenheid van ouders van ten minste 7,5. Het bureau houdt de cijfers bij in "
              "een dashboard dat elk kwartaal wordt bijgewerkt uit het dossiersysteem en de "
              "verzuimregistratie. De directeur-bestuurder bespreekt het dashboard elk "
              "kwartaal met het bestuur en twee keer per jaar met de OPR; in het jaarverslag "
              "rapporteren we over de bereikte resultaten en over wat elke voorziening heeft "
              "gekost, zodat zichtbaar is welk geld aan welk resultaat is besteed. Eens in de "
              "twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en "
              "scholen. Blijft een resultaat twee metingen op rij achter, dan stelt het "
              "bestuur een verbeterplan vast."),
        ("h1", "8 Leerlingen en ouders"),
        ("h2", "Hoe informeren we ouders?"),
        ("p", "Op de ouderpagina van www.heuvelland-vo.nl leggen we uit welke ondersteuning "
              "iedere school en het samenwerkingsverband bieden, hoe een aanvraag verloopt en "
              "wat ouders kunnen verwachten. De informatie is er ook als folder, in het "
              "Nederlands, Engels, Pools, Arabisch en Tigrinya, die scholen bij de aanmelding "
              "meegeven. Iedere school heeft een ondersteuningscoördinator als vast "
              "aanspreekpunt voor ouders. In november organiseren we in drie kernen een "
              "ouderavond over ondersteuning in het voortgezet onderwijs, speciaal voor "
              "ouders van leerlingen in groep 8."),
        ("h2", "Waar kunnen ouders en leerlingen terecht voor onafhankelijk advies?"),
        ("p", "Het Ouder- en Jeugdsteunpunt Heuvelland (OJSP) is onafhankelijk van scholen en "
              "samenwerkingsverband. Ouders en leerlingen kunnen er terecht met vragen, en "
              "als ze het niet eens zijn met een school of met het samenwerkingsverband. Het "
              "steunpunt is bereikbaar via telefoon, mail en een inloopspreekuur in de "
              "bibliotheek van Heuvelrode, en verwijst zo nodig door naar de "
              "Onderwijsconsulenten of de Geschillencommissie passend onderwijs."),
        ("h2", "Welke rol hebben leerlingen?"),
        ("p", "Leerlingen met een ontwikkelingsperspectiefplan hebben hoorrecht: zij geven hun "
              "mening over hun plan en die mening wordt in het plan opgenomen. In de OPR "
              "zitten drie leerlingen."),
        ("h1", "9 Financieel beleid"),
        ("lead", "Verdeelmodel.",
                 "Het verdeelmodel wordt in 2026 herzien. Tot het nieuwe model is vastgesteld, "
                 "blijft de verdeling uit het ondersteuningsplan 2022-2026 van kracht."),
        ("lead", "Meerjarenbegroting.",
                 "De tabel geeft de begrote lasten en baten voor de planperiode (x € 1.000)."),
        ("table", ["Post", "2026", "2027", "2028", "2029"], [
            ["Baten ondersteuningsmiddelen (incl. lwoo/pro)", "14.320", "14.110", "13.900", "13.700"],
            ["Afdracht vso via DUO", "-4.980", "-4.940", "-4.900", "-4.860"],
            ["Lwoo- en pro-middelen naar besturen", "-4.600", "-4.520", "-4.450", "-4.380"],
            ["Toekenning schoolbesturen", "-2.300", "-2.250", "-2.200", "-2.150"],
            ["Heuvellandoverleg en trajectbegeleiding", "-640", "-650", "-660", "-670"],
            ["Terugkeerarrangementen (€ 5.000 per leerling)", "-110", "-130", "-150", "-150"],
            ["Time-outgroepen (2)", "-520", "-530", "-540", "-550"],
            ["OJSP Heuvelland", "-140", "-145", "-150", "-155"],
            ["Bureau en bestuur", "-890", "-900", "-910", "-920"],
            ["Resultaat", "140", "45", "-60", "-135"],
        ]),
        ("lead", "Reserves.",
                 "Het weerstandsvermogen is 14 procent. Dat vinden we passend bij de risico's, "
                 "zoals schommelingen in het aantal vso-leerlingen."),
        ("h1", "10 Bestuur en toezicht"),
    ]
    b += f_governance(s)
    b += [("h1", "11 Ondersteuningsplanraad")]
    b += f_opr()
    b += [
        ("h1", "12 Gemeenten en jeugdhulp"),
        ("p", "Met de zes gemeenten in Heuvelland is het ondersteuningsplan in het op "
              "overeenstemming gericht overleg besproken. De afspraken gaan over het "
              "Heuvellandoverleg, waarin leerplicht en jeugdconsulenten meedoen; over "
              "jeugdhulp in de time-outgroepen; over leerlingenvervoer naar het vso; en over "
              "de overgang naar het mbo. Gemeenten en samenwerkingsverband delen de kosten "
              "van de trajectbegeleiders."),
        ("h1", "13 Personeel, ICT en privacy"),
    ]
    b += f_personeel("12,4")
    b += f_kennisdeling()
    b += [f_bureau()]
    b += f_communicatie_scholen()
    b += f_ict()
    b += [
        ("h1", "Afkortingenlijst"),
        ("table", ["Afkorting", "Betekenis"], [
            ["BO", "Basisondersteuning: wat iedere school minimaal biedt, zoals een ondersteuningscoördinator, "
                   "dyslexiebegeleiding en een faalangsttraining."],
            ["DUO", "Dienst Uitvoering Onderwijs."],
            ["lwoo", "Leerwegondersteunend onderwijs."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["pro", "Praktijkonderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["VK", "Voorzieningenkaart: overzicht van het dekkend aanbod."],
            ["vso", "Voortgezet speciaal onderwijs."],
        ]),
    ]
    return b


def labels4():
    return dict(
        elements={"basisondersteuning": "missing", "plaatsing": "partial",
                  "terugstroom": "present", "financien": "partial",
                  "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
        criteria=crit({"basisondersteuning.niveau", "basisondersteuning.inhoud",
                       "plaatsing.procedure", "financien.verdeling",
                       "dekkend-aanbod.continuum"}),
        advisory={"plaatsing": ["duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4 only defers to an addendum after the landelijke norm and refers to the previous plan; the only content sits in the afkortingenlijst entry 'BO'.",
            "plaatsing": "Ch. 6 long paragraph gives vso criteria, national lwoo/pro criteria, duration/category and bezwaar, but the procedure is only referred to the Handboek Toewijzing on the website.",
            "terugstroom": "Bold lead-in 'Terugplaatsing.' in ch. 6: aim, conditions, initiative with vso-school, evaluation moments, overgangsoverleg in February, decision, terugkeerarrangement; terugblik in ch. 2 gives figures.",
            "financien": "Ch. 9: 'Verdeelmodel.' defers to a 2026 revision and the previous plan; meerjarenbegroting table gives spending; weerstandsvermogen.",
            "dekkend-aanbod": "Ch. 5: the voorzieningenoverzicht is only referred to the website Voorzieningenkaart; the thuiszitters/no-place approach (Heuvellandoverleg, escalation, yearly gap analysis, wachtlijsten) is concrete.",
            "resultaten": "Ch. 7 question heading, one long paragraph: targets with peildata, quarterly dashboard, reporting to bestuur/OPR/jaarverslag with cost link; ch. 2 terugblik figures.",
            "ouders": "Ch. 8 'Leerlingen en ouders' with question headings: ouderpagina, multilingual folder, ouderavond; independent OJSP Heuvelland; hoorrecht.",
        },
    )


# --------------------------------------------------------------------------------------
# Plan 5: PO, .html -- SWV Lindendal PO (web version of the plan)
# --------------------------------------------------------------------------------------
P5_NAME = "po-swv-lindendal-2026"
P5_SWV = "Samenwerkingsverband Passend Onderwijs Lindendal"


def plan5():
    s = P5_SWV
    b = [
        ("title", ["Ondersteuningsplan 2026-2030 (webversie)",
                   f"{s} - PO 29-08",
                   "Een beleidsplan op hoofdlijnen. Laatst bijgewerkt: 2 april 2026."]),
        ("toc", [
            "Voorwoord",
            "1 Over ons",
            "2 Visie: elk kind een plek",
            "3 Wat krijgt elk kind op elke school?",
            "4 Van basis naar speciaal: ons aanbod",
            "5 Toewijzing en toelaatbaarheid",
            "6 Terug naar de buurtschool",
            "7 Resultaten en kwaliteit",
            "8 Ouders",
            "9 Middelen",
            "10 Governance en medezeggenschap",
            "11 Gemeenten",
            "12 Planning",
            "Begrippenlijst",
        ]),
        ("h1", "Voorwoord"),
        ("p", "Dit is de webversie van het ondersteuningsplan 2026-2030 van Lindendal. We "
              "hebben bewust gekozen voor een plan op hoofdlijnen: kort waar het kan, concreet "
              "waar het moet. Uitwerkingen staan in protocollen en in het jaarplan, die we "
              "vaker kunnen aanpassen dan dit plan. Zo blijft het plan leesbaar voor ouders, "
              "leraren en bestuurders."),
        ("p", "Lindendal bestaat tien jaar in zijn huidige vorm. In die tijd is veel bereikt: "
              "scholen werken samen over bestuursgrenzen heen, er zijn nieuwe voorzieningen "
              "gekomen, en ouders vinden steeds beter de weg. We danken de intern "
              "begeleiders, de leraren, de ouders in de ondersteuningsplanraad en onze "
              "partners bij de gemeenten voor hun inzet."),
        ("h1", "1 Over ons"),
        ("p", "Lindendal is het samenwerkingsverband voor primair onderwijs in de gemeenten "
              "Lindendal, Esveld en Kroonwijk. Aangesloten zijn zeven schoolbesturen met "
              "samen 39 basisscholen, één school voor speciaal basisonderwijs en één school "
              "voor speciaal onderwijs met een afdeling voor cluster 3 en een voor cluster 4. "
              "Er gaan ruim 9.800 kinderen naar school in ons gebied."),
    ]
    b += f_totstandkoming("2026-2030", "17 maart 2026", "20 februari 2026", "2 april 2026")
    b += [("h1", "2 Visie: elk kind een plek")]
    b += f_visie_generic("Lindendal")
    b += f_ontwikkelingen()
    b += [
        ("p", "Elk kind een plek: dat is meer dan een motto. Het betekent dat we ons als "
              "besturen samen verantwoordelijk voelen voor ieder kind in de regio, ook als "
              "het kind niet op een van onze eigen scholen zit."),
        ("h1", "3 Wat krijgt elk kind op elke school?"),
        ("p", "Elk kind in Lindendal krijgt op elke school, op iedere locatie, dezelfde "
              "ondergrens aan ondersteuning. De besturen hebben die ondergrens in het "
              "voorjaar van 2025 samen vastgelegd; zij geldt voor alle scholen, groot of "
              "klein, in de stad en in de dorpen. Een school mag meer doen, nooit minder. "
              "Concreet krijgt elk kind op elke school:"),
        ("ol", [
            "een leraar die werkt met een groepsoverzicht en de instructie afstemt op drie "
            "niveaus;",
            "een intern begeleider die ten minste twee dagen per week op school is (scholen "
            "onder 150 leerlingen: één dag);",
            "een leesaanpak volgens het dyslexieprotocol en een rekenaanpak volgens het "
            "protocol ERWD;",
            "een vast programma voor sociale veiligheid, met een jaarlijkse monitor onder "
            "kinderen vanaf groep 5;",
            "een aanbod voor kinderen die meer aankunnen: compacten, verrijken en een "
            "plusopdracht binnen de groep;",
            "een kindgesprek minstens twee keer per jaar;",
            "een ondersteuningsteam (school, ouders, orthopedagoog, jeugdverpleegkundige) "
            "zodra de school zich zorgen maakt over de ontwikkeling.",
        ]),
        ("p", "Of scholen deze ondergrens halen, bespreekt het samenwerkingsverband jaarlijks "
              "met elk bestuur in de kwaliteitsdialoog (zie hoofdstuk 7)."),
        ("h1", "4 Van basis naar speciaal: ons aanbod"),
        ("p", "Het aanbod van Lindendal is opgebouwd als een trap. Elke trede is een stap "
              "zwaarder, maar de bedoeling is altijd dat een kind zo laag mogelijk op de trap "
              "blijft, en weer naar beneden kan als het kan."),
        ("table", ["Trede", "Wat", "Waar"], [
            ["1 Basisondersteuning", "zie hoofdstuk 3", "alle scholen"],
            ["2 Arrangement in de school", "extra begeleiding of expertise voor een kind, "
             "bijvoorbeeld een gedragsspecialist of een leesspecialist, tot een jaar",
             "eigen school"],
            ["3 Bovenschoolse groep", "de Taalklas voor nieuwkomers (een jaar), de Denkklas "
             "voor hoogbegaafde kinderen (een dag per week), de Tussenstap voor kinderen met "
             "gedragsvragen (maximaal 16 weken)", "Lindendal-centrum en Esveld"],
            ["4 Speciaal basisonderwijs", "kleine groepen, meer structuur en specialistische "
             "leraren", "sbo De Linde"],
            ["5 Speciaal onderwijs", "cluster 3 en cluster 4, met behandeling op school",
             "so De Kroon"],
        ]),
        ("h2", "Geen kind zonder plek"),
        ("lead", "Plekkenoverleg.",
                 "Ieder kind dat niet naar school gaat of geen passende plek heeft, wordt "
                 "binnen een week besproken in het Plekkenoverleg. Daarin zitten de "
                 "leerplichtambtenaar, een orthopedagoog van het samenwerkingsverband en de "
                 "intern begeleider van de school waar het kind staat ingeschreven of is "
                 "aangemeld. Het overleg maakt een plan met een concrete startdatum en een "
                 "regisseur. Het overleg komt iedere twee weken bijeen."),
        ("lead", "Zorgplicht.",
                 "Een school die binnen tien weken geen passende plek voor een aangemeld kind "
                 "kan bieden of vinden, meldt dat bij de directeur van het samenwerkingsverband, "
                 "die binnen twee weken met de besturen een school aanwijst."),
        ("lead", "Wat mist er?",
                 "Elk voorjaar inventariseren we welke kinderen niet goed geholpen konden "
                 "worden. Die inventarisatie liet in 2025 zien dat er geen aanbod is voor "
                 "jonge kinderen met ernstige taalontwikkelingsproblemen die niet onder "
                 "cluster 2 vallen; voor hen starten we in augustus 2026 een kleine groep op "
                 "De Linde."),
        ("lead", "Zorg in de school.",
                 "Met de gemeenten hebben we afgesproken dat op iedere school een "
                 "jeugdverpleegkundige en een medewerker van het wijkteam beschikbaar zijn, en "
                 "dat kinderen in de Tussenstap jeugdhulp op school krijgen."),
        ("h1", "5 Toewijzing en toelaatbaarheid"),
        ("p", "Hoe scholen een arrangement of een toelaatbaarheidsverklaring aanvragen, en "
              "welke criteria daarbij gelden, staat in het Protocol Toewijzing 2026. Dat "
              "protocol is een afzonderlijk document en staat op onze website onder "
              "'Documenten'."),
        ("h1", "6 Terug naar de buurtschool"),
        ("p", "Dit hoofdstuk is opgesteld door de werkgroep sbo/so en heeft de vorm van een "
              "regeling."),
        ("h2", "Artikel 6.1 Evaluatiemoment"),
        ("p", "In het laatste schooljaar van de toelaatbaarheidsverklaring bespreekt de sbo- of "
              "so-school vóór 1 december in het OPP-gesprek met ouders of een overstap naar "
              "een basisschool mogelijk is. De school nodigt daarvoor de orthopedagoog van "
              "het samenwerkingsverband uit."),
        ("h2", "Artikel 6.2 Voorstel"),
        ("p", "Ziet de sbo- of so-school een overstap als haalbaar, dan doet zij vóór 1 februari "
              "een schriftelijk voorstel aan de ouders en aan een basisschool, bij voorkeur in "
              "de wijk van het kind. De basisschool reageert binnen vier weken."),
        ("h2", "Artikel 6.3 Besluit"),
        ("p", "Het bevoegd gezag van de ontvangende basisschool besluit over de inschrijving. "
              "Is een overstap niet haalbaar, dan vraagt de sbo- of so-school vóór 1 april een "
              "nieuwe toelaatbaarheidsverklaring aan."),
        ("h2", "Artikel 6.4 Beleid"),
        ("p", "Welke doelen we met terugplaatsing nastreven, onder welke voorwaarden een "
              "overstap verantwoord is en welke begeleiding een kind na de overstap krijgt, "
              "werken we uit op basis van de evaluatie van de eerste twee jaar van deze "
              "regeling. Het bestuur stelt dat beleid in 2028 vast."),
        ("h1", "7 Resultaten en kwaliteit"),
        ("p", "Lindendal werkt met een vaste kwaliteitscyclus. Twee keer per jaar, op de "
              "peildata 1 oktober en 1 maart, verzamelt het bureau per school en per bestuur "
              "het aantal arrangementen, het aantal kinderen in sbo en so, het aantal "
              "kinderen dat naar een basisschool terugkeerde, het aantal thuiszitters en de "
              "doorlooptijd van aanvragen. Deze cijfers staan in het Lindendal-dashboard, dat "
              "de directeur in november en april met het bestuur en de OPR bespreekt. In de "
              "jaarlijkse kwaliteitsdialoog met elk bestuur komen de cijfers, de "
              "ondergrens uit hoofdstuk 3 en de tevredenheid van ouders en scholen aan bod. "
              "De bereikte resultaten verantwoorden we in het jaarverslag, dat vóór 1 juli "
              "verschijnt. Eens per twee jaar peilen we de tevredenheid van ouders met een "
              "korte vragenlijst."),
        ("p", "De beoogde resultaten voor de planperiode formuleren we in het eerste planjaar "
              "samen met de besturen, op basis van de nulmeting van 1 oktober 2026."),
        ("h1", "8 Ouders"),
        ("lead", "Informatie.",
                 "Ouders vinden op de ouderpagina van onze website uitleg over de "
                 "ondergrens, de arrangementen, de bovenschoolse groepen en het sbo en so. "
                 "Iedere school reikt bij de inschrijving de Lindendal-ouderkaart uit: één "
                 "A4 met de trap uit hoofdstuk 4 en de contactgegevens van de intern "
                 "begeleider. In de schoolgids beschrijft iedere school haar "
                 "ondersteuningsaanbod. Twee keer per jaar is er een ouderavond, in het "
                 "najaar in Lindendal en in het voorjaar in Esveld."),
        ("lead", "Betrokkenheid.",
                 "Ouders zijn lid van het ondersteuningsteam van hun kind en tekenen het "
                 "OPP. In de OPR zitten vijf ouders."),
        ("lead", "Onafhankelijke ondersteuning.",
                 "Voor onafhankelijk advies verwijzen we ouders naar de website van hun "
                 "gemeente. Een ouder- en jeugdsteunpunt richten we in zodra de wet daartoe "
                 "in werking treedt."),
        ("lead", "Klachten.",
                 "Voor klachten geldt de klachtenregeling van het samenwerkingsverband; zie "
                 "de website."),
        ("h1", "9 Middelen"),
        ("p", "De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, werken "
              "we jaarlijks uit in de begroting die het bestuur in december vaststelt. De "
              "actuele begroting staat op www.lindendal-po.nl/financien."),
        ("h1", "10 Governance en medezeggenschap"),
    ]
    b += f_governance(s)
    b += f_opr()
    b += [
        ("h1", "11 Gemeenten"),
        ("p", "Met de drie gemeenten voeren we jaarlijks op overeenstemming gericht overleg. "
              "Vaste onderwerpen zijn de zorg in de school, het Plekkenoverleg, "
              "leerlingenvervoer naar De Linde en De Kroon, en de huisvesting van de "
              "Tussenstap."),
        f_thuiszitters_passing(),
        ("h2", "Personeel"),
    ]
    b += f_personeel("8,6")
    b += f_kennisdeling()
    b += [f_bureau()]
    b += [("h2", "Communicatie met scholen")]
    b += f_communicatie_scholen()
    b += [("h2", "Privacy")]
    b += f_ict()
    b += [("h1", "12 Planning")]
    b += f_planning("2026-2027", "2027-2028")
    b += [
        ("h1", "Begrippenlijst"),
        ("ul", [
            "Beoogde resultaten: wat het samenwerkingsverband wil bereiken, bijvoorbeeld minder "
            "thuiszitters of meer terugplaatsingen.",
            "Meerjarenbegroting: de begroting voor vier jaar vooruit.",
            "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders.",
            "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jeugdigen.",
            "Terugplaatsing: de overstap van sbo of so naar een basisschool.",
            "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so.",
            "Verdeelmodel: de regels voor de verdeling van het geld over de besturen.",
        ]),
    ]
    return b


def labels5():
    return dict(
        elements={"basisondersteuning": "present", "plaatsing": "missing",
                  "terugstroom": "partial", "financien": "missing",
                  "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
        criteria=crit({"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
                       "financien.verdeling", "financien.besteding", "resultaten.doelen",
                       "ouders.steunpunt"}),
        advisory={"basisondersteuning": ["borging"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 (question heading) calls the level 'ondergrens' for every school and locatie and lists seven concrete provisions; kwaliteitsdialoog = borging.",
            "plaatsing": "Ch. 5 only refers to the separate Protocol Toewijzing 2026 on the website; 'TLV' elsewhere only in the begrippenlijst and in the return regulation.",
            "terugstroom": "Ch. 6 written as articles: 6.1-6.3 give evaluation moment, proposal, decision (procedure); Artikel 6.4 'Beleid' defers aims, conditions and support after return to 2028.",
            "financien": "Ch. 9 'Middelen' only refers to the yearly begroting and a web page; verdeelmodel and meerjarenbegroting appear only in the begrippenlijst.",
            "dekkend-aanbod": "Ch. 4: the 'trap' table (five steps, named voorzieningen) plus bold lead-ins Plekkenoverleg, Zorgplicht, 'Wat mist er?' (gap inventory and action) and zorg in de school.",
            "resultaten": "Ch. 7: concrete monitoring (peildata, dashboard, kwaliteitsdialoog, jaarverslag) but the beoogde resultaten are deferred to the first plan year; 'Elk kind een plek' is a vision slogan, not a target.",
            "ouders": "Ch. 8 lead-ins: ouderpagina, ouderkaart, schoolgids, ouderavonden (informatie); 'Onafhankelijke ondersteuning.' only refers to the municipal website and defers the OJSP; 'Klachten.' is a website reference.",
        },
    )


# --------------------------------------------------------------------------------------
# Document 6: NOT an SWV plan -- a school's own 'ondersteuningsplan' (zorgplan of one school)
# --------------------------------------------------------------------------------------
N_NAME = "nietplan-obs-wilgenhoek-ondersteuningsplan"


def notplan():
    b = [
        ("title", ["Ondersteuningsplan 2025-2026",
                   "OBS De Wilgenhoek, Esveld",
                   "Onderdeel van Stichting Openbaar Onderwijs Lindendal",
                   "Aangesloten bij Samenwerkingsverband Passend Onderwijs Lindendal (PO 29-08)"]),
        ("toc", [
            "1 Inleiding ........ 2",
            "2 Onze leerlingen ........ 3",
            "3 Basisondersteuning op De Wilgenhoek ........ 4",
            "4 De vijf zorgniveaus ........ 5",
            "5 Groepsbesprekingen en leerlingbesprekingen ........ 7",
            "6 Extra ondersteuning en arrangementen ........ 8",
            "7 Toelaatbaarheidsverklaring en terugplaatsing ........ 9",
            "8 Ouders ........ 10",
            "9 Middelen en formatie ........ 11",
            "10 Resultaten en evaluatie ........ 12",
            "11 Jaarplanning zorg ........ 13",
        ]),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan "
              "haar leerlingen organiseert in schooljaar 2025-2026. Het plan is opgesteld door "
              "de intern begeleider en de directeur, besproken in het team op 2 september 2025 "
              "en ter informatie voorgelegd aan de medezeggenschapsraad. Het plan is een "
              "uitwerking van ons schoolondersteuningsprofiel en van het ondersteuningsplan "
              "van het samenwerkingsverband Lindendal, waarbij onze school is aangesloten. Het "
              "plan wordt ieder jaar in juni geëvalueerd en bijgesteld."),
        ("p", "De Wilgenhoek is een openbare basisschool in de wijk Wilgenrijk in Esveld, met "
              "246 leerlingen in tien groepen. Het team bestaat uit 21 medewerkers, onder wie "
              "een intern begeleider (0,8 fte), een gedragsspecialist (0,2 fte) en twee "
              "onderwijsassistenten."),
        ("h1", "2 Onze leerlingen"),
        ("p", "Onze leerlingpopulatie is gemengd. Ongeveer een kwart van de kinderen spreekt "
              "thuis een andere taal dan het Nederlands. Het percentage leerlingen met een "
              "ontwikkelingsperspectief is 6 procent. In de groepen 5 en 6 zitten relatief veel "
              "kinderen met gedragsvragen; in groep 7 is een grote groep kinderen die meer "
              "uitdaging nodig heeft."),
        ("h1", "3 Basisondersteuning op De Wilgenhoek"),
        ("p", "De Wilgenhoek biedt de basisondersteuning zoals die is afgesproken in het "
              "samenwerkingsverband. Voor onze school betekent dat onder meer: een "
              "dyslexieprotocol met extra leesinstructie in groep 3 en 4, een "
              "rekenverbetertraject in groep 5 tot en met 8, de Kanjertraining in alle groepen, "
              "een plusgroep op dinsdagmiddag en een taalklasje voor kinderen die net in "
              "Nederland zijn. Ieder kind heeft een mentor die twee keer per jaar een "
              "kindgesprek voert."),
        ("h1", "4 De vijf zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus, gebaseerd op de ondersteuningsstructuur van "
              "handelingsgericht werken."),
        ("table", ["Niveau", "Omschrijving", "Wie"], [
            ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie op drie niveaus", "leerkracht"],
            ["2", "Extra zorg in de groep: verlengde instructie, kleine groepjes", "leerkracht"],
            ["3", "Speciale zorg na intern consult: handelingsplan, onderzoek op school", "leerkracht en IB"],
            ["4", "Zorg met externe deskundigen: ondersteuningsteam, arrangement", "IB, orthopedagoog SWV"],
            ["5", "Verwijzing naar sbo of so met toelaatbaarheidsverklaring", "directie, SWV"],
        ]),
        ("h1", "5 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de "
              "intern begeleider met iedere leerkracht een groepsbespreking. Aan de hand van "
              "het groepsoverzicht bespreken we de resultaten van de groep, de kinderen die "
              "opvallen en de aanpak voor de komende periode. Kinderen over wie de leerkracht "
              "zich zorgen maakt, worden daarna in een leerlingbespreking besproken. De "
              "afspraken worden vastgelegd in het leerlingvolgsysteem."),
        ("p", "Tussendoor kan een leerkracht altijd een intern consult aanvragen. De intern "
              "begeleider observeert dan in de groep en bespreekt binnen twee weken met de "
              "leerkracht wat nodig is."),
        ("h1", "6 Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning niet voldoende is, bespreken we het kind in het "
              "ondersteuningsteam, met de ouders, de orthopedagoog van het "
              "samenwerkingsverband en de jeugdverpleegkundige. Het team kan besluiten een "
              "arrangement aan te vragen bij het samenwerkingsverband, bijvoorbeeld "
              "begeleiding door een gedragsspecialist of plaatsing in de Tussenstap. De "
              "intern begeleider stelt de aanvraag op volgens het protocol van het "
              "samenwerkingsverband. Voor kinderen met een arrangement stellen we een "
              "ontwikkelingsperspectief op, dat we twee keer per jaar met ouders evalueren."),
        ("h1", "7 Toelaatbaarheidsverklaring en terugplaatsing"),
        ("p", "Soms is een andere school beter voor een kind. Dan vraagt de directeur, namens "
              "het bestuur, een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. "
              "De intern begeleider zorgt voor het dossier: het ontwikkelingsperspectief, het "
              "onderwijskundig rapport en de verslagen van het ondersteuningsteam. De "
              "procedure en de criteria staan in het Protocol Toewijzing van Lindendal."),
        ("p", "Kinderen die vanuit het sbo of so naar onze school komen, krijgen een "
              "wenperiode en een extra gesprek met de intern begeleider na zes weken. In "
              "schooljaar 2024-2025 kwamen twee kinderen terug van De Linde."),
        ("h1", "8 Ouders"),
        ("p", "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de "
              "nieuwsbrief en de ouderapp over de ondersteuning op school. Bij zorgen nodigen "
              "we ouders uit voor een gesprek; ouders zijn altijd aanwezig bij het "
              "ondersteuningsteam. Ouders die het niet eens zijn met de school kunnen contact "
              "opnemen met de directeur, de vertrouwenspersoon van de stichting of de "
              "onafhankelijke Onderwijsconsulenten. De klachtenregeling staat in de "
              "schoolgids."),
        ("h1", "9 Middelen en formatie"),
        ("p", "De school ontvangt via het bestuur middelen van het samenwerkingsverband voor "
              "de basisondersteuning, in 2025 ongeveer € 36.000. Die middelen besteden we aan "
              "de intern begeleider (deels), de gedragsspecialist en de onderwijsassistent "
              "in de onderbouw. Daarnaast zetten we NPO-restmiddelen in voor de plusgroep. "
              "Middelen voor arrangementen ontvangen we per kind van het "
              "samenwerkingsverband."),
        ("table", ["Inzet 2025-2026", "fte", "Kosten (€)"], [
            ["Intern begeleider (deel uit ondersteuningsmiddelen)", "0,3", "24.000"],
            ["Gedragsspecialist", "0,2", "16.500"],
            ["Onderwijsassistent onderbouw", "0,4", "19.000"],
            ["Plusgroep (NPO)", "0,1", "7.500"],
        ]),
        ("h1", "10 Resultaten en evaluatie"),
        ("p", "Wij kijken naar de resultaten van ons onderwijs aan de hand van de "
              "tussentoetsen, de doorstroomtoets in groep 8 en de sociale-veiligheidsmonitor. "
              "In schooljaar 2024-2025 haalde 68 procent van de leerlingen in groep 8 het "
              "streefniveau 1F voor lezen en rekenen; ons doel voor 2025-2026 is 72 procent. "
              "Voor kinderen met een ontwikkelingsperspectief kijken we of ze hun "
              "tussendoelen halen. De evaluatie van dit plan vindt plaats in de teamvergadering "
              "van juni."),
        ("h1", "11 Jaarplanning zorg"),
        ("table", ["Maand", "Activiteit"], [
            ["september", "startgesprekken met ouders en kinderen; overdracht"],
            ["oktober", "toetsperiode; groepsbesprekingen"],
            ["november", "ondersteuningsteam; evaluatie OPP's"],
            ["januari/februari", "toetsperiode; groepsbesprekingen; adviesgesprekken groep 8"],
            ["maart", "ondersteuningsteam"],
            ["mei/juni", "toetsperiode; groepsbesprekingen; evaluatie ondersteuningsplan; "
                         "overdracht naar volgende groep"],
        ]),
        ("p", "Vastgesteld door de directie van OBS De Wilgenhoek, 9 september 2025."),
    ]
    return b


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = [
        (P1_NAME, "po", "docx", plan1, labels1, P1_SWV),
        (P2_NAME, "vo", "docx", plan2, labels2, P2_SWV),
        (P3_NAME, "po", "pdf", plan3, labels3, P3_SWV),
        (P4_NAME, "vo", "pdf", plan4, labels4, P4_SWV),
        (P5_NAME, "po", "html", plan5, labels5, P5_SWV),
    ]
    headers = {
        P1_NAME: "Ondersteuningsplan 2026-2030 | Vechtoevers | Thuisnabij, met resultaat",
        P2_NAME: "Kustrand - ondersteuningsplan 2026-2030",
        P3_NAME: "Maasdelta PO - Samen naar een dekkend aanbod",
        P4_NAME: "SWV VO Heuvelland | Ondersteuningsplan 2026-2030",
        P5_NAME: "Lindendal PO | Ouders | Scholen | Terugplaatsing | Resultaten",
    }
    for name, sector, fmt, build, lab, swv in plans:
        blocks = build()
        fname = f"{name}.{fmt}"
        path = OUT / fname
        footer = f"{swv} - versie april 2026"
        if fmt == "docx":
            render_docx(blocks, path, headers[name], footer)
        elif fmt == "pdf":
            render_pdf(blocks, path, headers[name], footer)
        else:
            render_html(blocks, path, f"Ondersteuningsplan {swv}", headers[name], footer)
        L = lab()
        write_label(name, [fname], sector, True, L["elements"], L["criteria"],
                    L["advisory"], L["notes"])
        print(f"{fname}: {word_count(blocks)} words")
    blocks = notplan()
    fname = f"{N_NAME}.docx"
    render_docx(blocks, OUT / fname, "OBS De Wilgenhoek - ondersteuningsplan 2025-2026",
                "OBS De Wilgenhoek")
    write_label(N_NAME, [fname], "po", False, {}, {}, {}, {
        "document": "School-level ondersteuningsplan (zorgplan) of one basisschool: zorgniveaus, "
                    "groeps- en leerlingbesprekingen, the school's own formatie and toetsresultaten. "
                    "It implements the SWV plan (Lindendal) instead of being one: no verband-wide "
                    "basisondersteuning, TLV procedure, verdeelmodel, OPR/OOGO or planperiode.",
    })
    print(f"{fname}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
