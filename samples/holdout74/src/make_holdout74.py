#!/usr/bin/env python3
"""Build the holdout74 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (PO and VO) and one near-miss document (a school's own 'ondersteuningsplan').

All organisations, people, municipalities and figures are fictional.
Deterministic, no network. Output goes to the folder above this script (holdout74/).
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).

Usage:  python3 make_holdout74.py
"""
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 1, 15, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Block model.  A document is a list of tuples:
#   ("title", [lines])         title page (first line large)
#   ("toc", [(label, page)])   static table of contents
#   ("h1"|"h2"|"h3", text)     headings
#   ("p", text)                paragraph
#   ("ul", [items]) / ("ol", [items])
#   ("table", [header, row, ...])
#   ("pb",)                    page break
# ---------------------------------------------------------------------------------------------


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
        elif b[0] == "toc":
            n += sum(len(x[0].split()) for x in b[1])
    return n


def _normalise_zip(path):
    """Rewrite a .docx with fixed timestamps and member order so the output is reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def write_docx(blocks, path, header=None, footer=None, author="Bureau samenwerkingsverband",
               title=None, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            doc.add_paragraph(lines[0], style="Title")
            for ln in lines[1:]:
                doc.add_paragraph(ln, style="Subtitle" if ln is lines[1] else "Normal")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for label, page in b[1]:
                doc.add_paragraph(f"{label}\t{page}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
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
            if len(rows[0]) >= 5:  # budget-style tables: wide label column, narrow year columns
                t.autofit = False
                rest = (16.0 - 6.0) / (len(rows[0]) - 1)
                for j, col in enumerate(t.columns):
                    w = Cm(6.0) if j == 0 else Cm(rest)
                    col.width = w
                    for c in col.cells:
                        c.width = w
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = str(cell)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    _normalise_zip(path)


def docx_to_pdf(docx_path, pdf_path):
    """Render with LibreOffice into a private profile dir; the intermediate .docx stays in place."""
    with tempfile.TemporaryDirectory() as td:
        profile = Path(td, "profile").as_uri()
        outdir = Path(td, "out")
        outdir.mkdir()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.move(str(outdir / (docx_path.stem + ".pdf")), str(pdf_path))


def write_html(blocks, path, site_title, nav, footer_html):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(site_title)}</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:60em;margin:auto;line-height:1.5}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;"
           "padding:4px 8px;vertical-align:top}header,footer{background:#eef3ea;padding:1em}</style>",
           "</head>", "<body>", "<header>",
           f'<p class="logo"><strong>{e(site_title)}</strong></p>', "<nav>"]
    for label, anchor in nav:
        out.append(f'<a href="#{anchor}">{e(label)}</a>')
    out += ["</nav>", "</header>", "<main>"]
    sec_n = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for ln in b[1][1:]:
                out.append(f'<p class="intro">{e(ln)}</p>')
        elif kind == "toc":
            out.append('<aside class="toc"><p><strong>Op deze pagina</strong></p><ul>')
            for label, anchor in b[1]:
                out.append(f'<li><a href="#{e(str(anchor))}">{e(label)}</a></li>')
            out.append("</ul></aside>")
        elif kind in ("h1", "h2", "h3"):
            level = {"h1": 2, "h2": 3, "h3": 4}[kind]
            if kind == "h1":
                if sec_n:
                    out.append("</section>")
                sec_n += 1
                out.append(f'<section id="s{sec_n}">')
            out.append(f"<h{level}>{e(b[1])}</h{level}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0])
                       + "</tr></thead><tbody>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "pb":
            pass
    if sec_n:
        out.append("</section>")
    out += ["</main>", f"<footer>{footer_html}</footer>", "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def write_yaml(path, documents, sector, looks_like_plan, elements, criteria, advisory, notes):
    """Write the label file in the exact layout of the brief (flow map for elements)."""
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        for k, v in criteria.items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        for k, v in advisory.items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        v = v.replace('"', "'")
        lines.append(f'  {k}: "{v}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]


def derive(criteria, advisory):
    """Apply the Part A status rule to the labelled criteria."""
    status = {}
    for el in dict.fromkeys(e for e, _ in CORE):
        cores = [criteria[f"{el}.{c}"] for e, c in CORE if e == el]
        if all(cores):
            status[el] = "present"
        elif any(cores) or advisory.get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    return status


# =============================================================================================
# Plan 1 - PO, Word.  SWV De Lingebogen (PO 29-14).  Classic house style, long prose.
# Terugplaatsing sits inside the TLV chapter (6.5); resultaten only deferred; meerjarenbegroting
# only referred to the website.
# =============================================================================================
def plan_lingebogen():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2026–2030",
        "Samen sterk voor elk kind",
        "Stichting Samenwerkingsverband Passend Primair Onderwijs De Lingebogen (PO 29-14)",
        "Versie 1.0 – vastgesteld door het algemeen bestuur op 14 april 2026",
        "Instemming ondersteuningsplanraad: 7 april 2026 · OOGO afgerond: 24 maart 2026",
    ]))
    B.append(("toc", [
        ("Voorwoord", 3), ("1 Inleiding", 4), ("2 De Lingebogen in vogelvlucht", 5),
        ("3 Visie, missie en koers", 7), ("4 Basisondersteuning", 9),
        ("5 Extra ondersteuning en dekkend aanbod", 12), ("6 Toelaatbaarheid tot sbo en so", 16),
        ("7 Thuiszitters en zorgplicht", 20), ("8 Ouders", 22), ("9 Financiën", 24),
        ("10 Kwaliteitszorg en resultaten", 27), ("11 Samenwerking met gemeenten en jeugdhulp", 28),
        ("12 Organisatie en medezeggenschap", 30), ("13 Personeel, professionalisering en ICT", 32),
        ("14 Planning en totstandkoming", 34), ("Bijlage 1 Begrippenlijst", 35),
        ("Bijlage 2 Afkortingen", 37),
    ]))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Voor u ligt het ondersteuningsplan 2026–2030 van De Lingebogen. Het is het derde "
              "ondersteuningsplan sinds de invoering van passend onderwijs in 2014. Waar het eerste plan vooral "
              "over structuren ging en het tweede plan over het versterken van de scholen, gaat dit plan over "
              "samen doen: scholen, besturen, ouders, gemeenten en jeugdhulp die elkaar weten te vinden rond "
              "één kind. Dat klinkt vanzelfsprekend, maar de praktijk van de afgelopen jaren heeft ons geleerd "
              "dat het dat niet is. Lerarentekorten, toenemende complexiteit van hulpvragen en wachtlijsten in "
              "de jeugdhulp maken het werk in de klas zwaarder."))
    B.append(("p", "Dit plan is tot stand gekomen in een intensief traject met intern begeleiders, "
              "directeuren, bestuurders, de ondersteuningsplanraad en onze partners bij de drie gemeenten. "
              "Tijdens vier werkconferenties in het najaar van 2025 hebben ruim tweehonderd betrokkenen "
              "meegedacht. Wij danken iedereen die tijd en energie heeft gestoken in de gesprekken, de "
              "enquêtes en het lezen van de conceptversies. In het bijzonder danken wij de ouders die ons hun "
              "ervaringen vertelden: soms hoopvol, soms pijnlijk, altijd leerzaam."))
    B.append(("p", "Wij hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen die bij het "
              "onderwijs aan onze leerlingen betrokken is. Waar vaktermen onvermijdelijk zijn, vindt u de "
              "uitleg in de begrippenlijst achterin. Het plan beschrijft wat wij in de regio met elkaar "
              "afspreken; de scholen en besturen geven hier op hun eigen manier invulling aan."))
    B.append(("p", "Marjolein van der Kraats, directeur-bestuurder"))
    B.append(("h1", "1 Inleiding"))
    B.append(("h2", "1.1 Waarom een ondersteuningsplan"))
    B.append(("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan "
              "vast (artikel 18a Wet op het primair onderwijs). De wet schrijft voor welke onderwerpen het plan "
              "in elk geval bevat, waaronder de basisondersteuning, de verdeling en besteding van de middelen, "
              "de toelaatbaarheid tot het speciaal (basis)onderwijs, de terugplaatsing, de beoogde en bereikte "
              "resultaten en de manier waarop ouders worden geïnformeerd. Het plan wordt pas vastgesteld na "
              "op overeenstemming gericht overleg (OOGO) met de gemeenten en na instemming van de "
              "ondersteuningsplanraad (OPR). Het plan wordt vóór 1 mei 2026 aan de inspectie gezonden."))
    B.append(("h2", "1.2 Leeswijzer"))
    B.append(("p", "Hoofdstuk 2 schetst de regio. Hoofdstuk 3 beschrijft onze visie en koers. In de "
              "hoofdstukken 4 tot en met 7 staat de inhoud van de ondersteuning centraal: de basisondersteuning, "
              "de extra ondersteuning, de toelaatbaarheid tot sbo en so en de aanpak van thuiszitters. "
              "Hoofdstuk 8 gaat over ouders. Hoofdstuk 9 beschrijft het financieel beleid en hoofdstuk 10 de "
              "kwaliteitszorg. De hoofdstukken 11 tot en met 14 gaan over samenwerking, organisatie, personeel "
              "en planning. De bijlagen bevatten een begrippenlijst en een lijst met afkortingen."))
    B.append(("h2", "1.3 Terugblik op de vorige planperiode"))
    B.append(("p", "De periode 2022–2026 stond in het teken van het herstel na de coronajaren. Veel energie "
              "ging naar het op orde brengen van de ondersteuningsstructuur op de scholen en naar het "
              "vereenvoudigen van de aanvraagprocedures. Het digitale loket is in 2023 vernieuwd en de "
              "intern begeleiders hebben een eigen netwerk gekregen dat zes keer per jaar bijeenkomt. "
              "Tegelijk zien we dat het aantal leerlingen met complexe vragen op het snijvlak van onderwijs "
              "en jeugdhulp groeit. Die ervaringen hebben de keuzes in dit plan mede bepaald."))
    B.append(("h1", "2 De Lingebogen in vogelvlucht"))
    B.append(("p", "Het samenwerkingsverband De Lingebogen omvat de gemeenten Lingedal, Hoornwaard en "
              "Aldenzande. Negen schoolbesturen zijn aangesloten. Samen zijn zij verantwoordelijk voor 61 "
              "basisscholen, twee scholen voor speciaal basisonderwijs (SBO De Meander in Lingedal en SBO "
              "'t Startblok in Aldenzande) en één school voor speciaal onderwijs cluster 4 (SO De Steiger, met "
              "locaties in Lingedal en Hoornwaard). Leerlingen met een zeer moeilijk lerende of lichamelijke "
              "beperking gaan naar so-scholen van cluster 3 buiten de regio, waarmee wij afspraken hebben."))
    B.append(("table", [
        ["Bestuur", "Aantal scholen", "Leerlingen 1-10-2025"],
        ["Stichting Openbaar Onderwijs Lingedal", "14", "3.410"],
        ["Stichting Katholiek Onderwijs Rivierland", "17", "4.025"],
        ["Vereniging PC Onderwijs Hoornwaard", "11", "2.630"],
        ["Stichting Aldenz", "9", "2.115"],
        ["Vijf éénpitters en kleine besturen", "10", "1.490"],
        ["Speciaal (basis)onderwijs", "3", "610"],
        ["Totaal", "64", "14.280"],
    ]))
    B.append(("p", "Het leerlingaantal daalt in het oosten van de regio, terwijl rond Lingedal nieuwe wijken "
              "worden gebouwd. Dat vraagt om flexibiliteit in de spreiding van voorzieningen. De regio kent "
              "een relatief groot aandeel kinderen dat opgroeit in een gezin met een laag inkomen en een "
              "groeiend aantal nieuwkomers, vooral in Hoornwaard."))
    B.append(("h1", "3 Visie, missie en koers"))
    B.append(("h2", "3.1 Missie"))
    B.append(("p", "De Lingebogen zorgt er samen met de scholen voor dat ieder kind in de regio onderwijs "
              "krijgt dat past bij wat het nodig heeft, zo dicht mogelijk bij huis. Wij doen dat door "
              "expertise te delen, middelen slim in te zetten en ouders als partner te zien."))
    B.append(("h2", "3.2 Visie"))
    B.append(("p", "Wij geloven dat ieder kind zich wil ontwikkelen en dat de school daarvoor de "
              "belangrijkste plek is. Niet het etiket of de diagnose, maar de onderwijsbehoefte van het kind "
              "is ons vertrekpunt. Leraren maken het verschil; zij verdienen steun dichtbij, snel en zonder "
              "bureaucratie. Ouders kennen hun kind het best en zijn daarom onmisbaar in het gesprek over "
              "ondersteuning. Resultaten zijn voor ons niet alleen toetsscores, maar vooral: kinderen die zich "
              "gezien voelen en met plezier naar school gaan."))
    B.append(("h2", "3.3 Koers"))
    B.append(("p", "Voor 2026–2030 kiezen wij drie koersuitspraken, die in alle hoofdstukken terugkomen:"))
    B.append(("ul", [
        "Thuisnabij waar het kan, speciaal waar het moet.",
        "Samen met ouders, vanaf het eerste gesprek.",
        "Expertise volgt het kind: wij brengen kennis naar de klas in plaats van het kind naar de kennis.",
    ]))
    B.append(("p", "Deze koers is geen eindpunt maar een richting. Jaarlijks bespreken wij met de besturen "
              "en de OPR of wij nog op koers liggen en wat dat vraagt van de organisatie."))
    B.append(("h1", "4 Basisondersteuning"))
    B.append(("h2", "4.1 Wat verstaan wij onder basisondersteuning"))
    B.append(("p", "Basisondersteuning is het door alle besturen samen afgesproken niveau van ondersteuning "
              "dat iedere school en iedere vestiging binnen De Lingebogen biedt. Het gaat om ondersteuning die "
              "de school zelf organiseert, zonder aanvraag bij het samenwerkingsverband en zonder dat er een "
              "arrangement nodig is. Het niveau is vastgelegd in de 'Lingebogen-standaard basisondersteuning "
              "2026' en is in dit hoofdstuk volledig opgenomen. De standaard geldt voor alle 61 basisscholen; "
              "een school mag meer bieden, maar niet minder."))
    B.append(("h2", "4.2 Wat u van iedere school mag verwachten"))
    B.append(("p", "Ouders mogen van elke basisschool in onze regio ten minste het volgende verwachten:"))
    B.append(("ol", [
        "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die leraren ondersteunt en "
        "aanspreekpunt is voor ouders.",
        "Handelingsgericht werken: drie groepsbesprekingen per jaar, waarin per groep de onderwijsbehoeften "
        "worden vastgesteld en het aanbod in de groepsplanning wordt aangepast.",
        "Een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering vanaf groep 2 en extra "
        "lees- en rekeninstructie in kleine groepjes.",
        "Een methode voor sociaal-emotionele ontwikkeling, een veiligheidsplan met anti-pestaanpak en het "
        "twee keer per jaar volgen van het welbevinden van alle leerlingen.",
        "Een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep: compacten en verrijken, met "
        "een verrijkingsmap of -groep.",
        "Ondersteuning van leerlingen met een taalachterstand of die Nederlands als tweede taal leren, met "
        "een doorgaande leerlijn woordenschat.",
        "Een protocol medisch handelen en afspraken over medicijnverstrekking.",
        "Een schoolondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, met de intern "
        "begeleider, de ondersteuningsconsulent van het samenwerkingsverband, de jeugdverpleegkundige en "
        "de schoolmaatschappelijk werker.",
        "Een ontwikkelingsperspectief (OPP) voor iedere leerling die meer nodig heeft dan de basisondersteuning, "
        "opgesteld binnen zes weken en met ouders besproken.",
        "Een gebouw en een inrichting waarin een prikkelarme werkplek beschikbaar is.",
    ]))
    B.append(("h2", "4.3 De grens tussen basis- en extra ondersteuning"))
    B.append(("p", "Wanneer een leerling na twee cycli handelingsgericht werken onvoldoende profiteert van "
              "de basisondersteuning en de school met inzet van het schoolondersteuningsteam handelingsverlegen "
              "is, is er sprake van een vraag naar extra ondersteuning. De school bespreekt dit met ouders en "
              "schakelt de ondersteuningsconsulent in (zie hoofdstuk 5)."))
    B.append(("h2", "4.4 Borging"))
    B.append(("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Jaarlijks "
              "vult de school de kwaliteitskaart basisondersteuning in; de ondersteuningsconsulent bespreekt "
              "deze met directeur en intern begeleider. Eens in de twee jaar voert het samenwerkingsverband "
              "een audit uit. Scoort een school op een of meer onderdelen onvoldoende, dan stelt de school "
              "binnen drie maanden een verbeterplan op, dat met het bestuur wordt besproken en na een jaar "
              "opnieuw wordt getoetst."))
    B.append(("h1", "5 Extra ondersteuning en dekkend aanbod"))
    B.append(("h2", "5.1 De ondersteuningsroute"))
    B.append(("p", "Iedere school heeft een vaste ondersteuningsconsulent van het samenwerkingsverband. De "
              "route van vraag naar passend aanbod verloopt in vier treden: (1) de leraar signaleert en "
              "bespreekt met de intern begeleider; (2) het schoolondersteuningsteam adviseert; (3) de consulent "
              "denkt mee en kan een arrangement aanvragen; (4) als ook met een arrangement de reguliere school "
              "niet passend is, volgt een aanvraag voor een toelaatbaarheidsverklaring (hoofdstuk 6)."))
    B.append(("h2", "5.2 Het aanbod in de regio"))
    B.append(("p", "Het samenhangend geheel van voorzieningen in De Lingebogen bestaat uit de volgende "
              "onderdelen, van licht naar zwaar:"))
    B.append(("table", [
        ["Voorziening", "Voor wie", "Waar", "Toegang"],
        ["Individueel arrangement", "Leerling die in de eigen school extra begeleiding nodig heeft",
         "Eigen school", "Aanvraag via consulent, max. één schooljaar, verlenging mogelijk"],
        ["Kompasklas", "Jonge kinderen (4–7 jaar) met een ontwikkelingsachterstand",
         "Twee basisscholen in Lingedal en Hoornwaard", "Via consulent, max. twee jaar"],
        ["De Uitkijk (plusklas)", "Meer- en hoogbegaafde leerlingen groep 5–8",
         "Drie locaties, één dag per week", "Aanmelding door school"],
        ["Observatiegroep 't Startblok", "Leerlingen bij wie de onderwijsbehoefte onduidelijk is",
         "SBO 't Startblok", "Via consulent, max. 12 weken"],
        ["Onderwijs-zorgarrangement De Brug", "Kinderen met gedragsvragen en jeugdhulpbehoefte",
         "SO De Steiger", "TLV so plus beschikking gemeente"],
        ["Speciaal basisonderwijs", "Zie hoofdstuk 6", "De Meander, 't Startblok", "TLV sbo"],
        ["Speciaal onderwijs cluster 4 en cluster 3", "Zie hoofdstuk 6", "De Steiger; buiten de regio", "TLV so"],
    ]))
    B.append(("h2", "5.3 Doorgaande lijn"))
    B.append(("p", "Met de voorschoolse voorzieningen en de jeugdgezondheidszorg is afgesproken dat kinderen "
              "met een bekende ondersteuningsbehoefte vóór hun vierde verjaardag worden besproken in een "
              "warme overdracht. Met het samenwerkingsverband VO Lingestreek is de overstap naar het "
              "voortgezet onderwijs geregeld via het Overstapprotocol PO-VO, inclusief een warme overdracht "
              "voor alle leerlingen met een OPP."))
    B.append(("h1", "6 Toelaatbaarheid tot sbo en so"))
    B.append(("h2", "6.1 Wie vraagt aan"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de "
              "school waar de leerling is ingeschreven of aangemeld; in de praktijk doen de directeur en de "
              "intern begeleider dat namens het bestuur. Bij de aanvraag horen het OPP of groeidocument, het "
              "verslag van het multidisciplinair overleg (MDO), het onderwijskundig rapport en de zienswijze "
              "van de ouders."))
    B.append(("h2", "6.2 Stappen en termijnen"))
    B.append(("ol", [
        "De school organiseert een MDO met ouders, consulent en zo nodig jeugdhulp.",
        "De school dient de aanvraag in via het digitale LingeLoket.",
        "Het secretariaat van de Commissie van Toelaatbaarheid (CvT) controleert de aanvraag binnen vijf "
        "werkdagen op volledigheid.",
        "Twee deskundigen geven ieder een eigen, schriftelijk advies: een orthopedagoog of psycholoog, en "
        "afhankelijk van de leerling een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts "
        "of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
        "De CvT besluit namens het bestuur van het samenwerkingsverband binnen zes weken na ontvangst van "
        "de volledige aanvraag.",
        "Ouders en school ontvangen het besluit en een afschrift van beide deskundigenadviezen.",
    ]))
    B.append(("h2", "6.3 Criteria"))
    B.append(("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende "
              "voorwaarden is voldaan: de reguliere school heeft de basisondersteuning en ten minste één "
              "arrangement aantoonbaar ingezet; de leerling heeft een intensieve, langdurige behoefte aan "
              "een kleinere groep en specifieke didactiek; en de onderwijsbehoefte kan binnen de reguliere "
              "school niet worden georganiseerd, ook niet met extra ondersteuning."))
    B.append(("p", "Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een "
              "ernstige en complexe ondersteuningsbehoefte op het gebied van gedrag, psychiatrie, verstandelijke "
              "of lichamelijke ontwikkeling, die een specialistische setting met een integraal onderwijs-"
              "zorgaanbod vraagt, en waarbij het sbo onvoldoende perspectief biedt."))
    B.append(("h2", "6.4 Looptijd en bekostigingscategorie"))
    B.append(("p", "Een TLV sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode. Een TLV "
              "so wordt afgegeven voor twee schooljaren; bij een blijvende beperking kan de CvT een TLV tot het "
              "einde van de basisschoolperiode afgeven. Voor het so stelt de CvT de bekostigingscategorie vast: "
              "laag (onder meer cluster 4 en zeer moeilijk lerend), midden (lichamelijk gehandicapt en "
              "langdurig ziek) of hoog (meervoudig gehandicapt)."))
    B.append(("h2", "6.5 Looptijd en einde van de TLV"))
    B.append(("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Uitgangspunt is dat een "
              "leerling terugkeert naar een reguliere basisschool, bij voorkeur dichtbij huis, zodra de "
              "onderwijsbehoefte dat toelaat. Voorwaarde is dat de ontvangende school met de ondersteuning "
              "die wij meegeven aan de onderwijsbehoefte kan voldoen. Na de overstap krijgt de leerling een "
              "terugplaatsingsarrangement: de leerkracht van het sbo of so begeleidt de leerling en de "
              "nieuwe leerkracht ten minste zes maanden ambulant, en het samenwerkingsverband vergoedt de "
              "ontvangende school extra uren."))
    B.append(("p", "De sbo- of so-school evalueert het OPP ieder jaar met ouders. In het laatste jaar van "
              "de TLV organiseert de school uiterlijk 1 maart een evaluatie-MDO met ouders en consulent. "
              "Daarin wordt besloten of de leerling wordt teruggeplaatst of dat een nieuwe aanvraag nodig is. "
              "Bij terugplaatsing neemt de sbo- of so-school het initiatief: zij zoekt samen met ouders een "
              "reguliere school, draagt het dossier warm over en spreekt een proefperiode van zes weken af. "
              "Wordt geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli van het lopende schooljaar."))
    B.append(("h2", "6.6 Bezwaar"))
    B.append(("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar "
              "maken bij het samenwerkingsverband. De Lingebogen is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het "
              "bezwaar. Het bestuur beslist binnen zes weken na ontvangst van het advies."))
    B.append(("h1", "7 Thuiszitters en zorgplicht"))
    B.append(("p", "Schoolbesturen hebben zorgplicht: bij aanmelding van een leerling die extra ondersteuning "
              "nodig heeft, moet het bestuur een passende plek bieden, op de eigen school of een andere school. "
              "Lukt dat een school niet binnen de wettelijke termijn, dan schakelt de school de consulent in. "
              "Die roept binnen tien werkdagen een overleg bijeen met de betrokken besturen en zo nodig het "
              "samenwerkingsverband VO of een so-school buiten de regio."))
    B.append(("p", "Kinderen die niet of gedeeltelijk naar school gaan, bespreken wij elke zes weken op "
              "naam aan de Lingebogen-tafel, met leerplicht, het lokale team en de consulent. Voor ieder "
              "kind wordt binnen drie maanden een plan gemaakt. Komen partijen er niet uit, dan heeft de "
              "directeur-bestuurder doorzettingsmacht om een voorlopige plek af te dwingen."))
    B.append(("p", "Eenmaal per jaar analyseren wij met de besturen waar het aanbod tekortschiet. In 2025 "
              "bleek dat er te weinig plekken waren voor jonge kinderen met complexe gedragsvragen en dat "
              "de wachtlijst voor het so te lang werd. Daarom start in schooljaar 2026–2027 het onderwijs-"
              "zorgarrangement De Brug, en houden wij de wachtlijst voor het so maandelijks bij."))
    B.append(("h1", "8 Ouders"))
    B.append(("h2", "8.1 Informatie over ondersteuning"))
    B.append(("p", "Ouders kunnen op verschillende manieren informatie krijgen over de ondersteuning in onze "
              "regio. Op de ouderpagina van www.delingebogen.nl staat welke voorzieningen er zijn en hoe je "
              "ervoor in aanmerking komt. De ouderfolder 'Passend onderwijs in De Lingebogen' is beschikbaar "
              "in het Nederlands, Engels, Arabisch, Turks en Pools en ligt op alle scholen. Iedere schoolgids "
              "beschrijft de basisondersteuning en de extra ondersteuning van de school. Twee keer per jaar "
              "organiseren wij een informatieavond voor ouders, in het voorjaar over de overstap naar het vo "
              "en in het najaar over de route naar extra ondersteuning."))
    B.append(("h2", "8.2 Onafhankelijke ondersteuning"))
    B.append(("p", "Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, "
              "kunnen terecht bij het Ouder- en Jeugdsteunpunt De Lingebogen. Het steunpunt wordt uitgevoerd "
              "door een onafhankelijke organisatie, is bereikbaar op werkdagen per telefoon, e-mail en "
              "WhatsApp en werkt uitsluitend in het belang van het kind. Daarnaast kunnen ouders een beroep "
              "doen op de landelijke Onderwijsconsulenten. Bij geschillen over toelating, verwijdering of het "
              "OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; klachten over het "
              "samenwerkingsverband behandelt de klachtencommissie volgens onze klachtenregeling."))
    B.append(("h2", "8.3 Betrokkenheid"))
    B.append(("p", "Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP. Kinderen worden "
              "gehoord over hun OPP, passend bij hun leeftijd. In de OPR zijn zes van de twaalf zetels voor "
              "ouders."))
    B.append(("h1", "9 Financiën"))
    B.append(("h2", "9.1 Uitgangspunten"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware "
              "ondersteuning. Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de "
              "groeibekostiging van het sbo resteert het budget waarover wij zelf beslissen. Wij kiezen "
              "voor een schoolmodel: het grootste deel van de middelen gaat naar de besturen, zodat "
              "ondersteuning zo dicht mogelijk bij het kind wordt georganiseerd."))
    B.append(("h2", "9.2 Verdeelmodel"))
    B.append(("p", "De middelen worden volgens vaste criteria verdeeld. Ieder bestuur ontvangt een "
              "schoolbudget dat bestaat uit een vaste voet van € 12.500 per schoolvestiging en een bedrag "
              "van € 185 per leerling, op basis van de teldatum 1 oktober van het voorafgaande jaar. "
              "Arrangementen worden per leerling toegekend op aanvraag van de consulent, tot een maximum "
              "van € 6.000 per leerling per schooljaar. De bovenschoolse voorzieningen (Kompasklas, De "
              "Uitkijk, observatiegroep) ontvangen een budget op basis van het aantal plaatsen. Het algemeen "
              "bestuur stelt de bedragen jaarlijks in november vast; de OPR wordt vooraf gehoord."))
    B.append(("h2", "9.3 Meerjarenbegroting"))
    B.append(("p", "De meerjarenbegroting 2026–2030, met de bijbehorende bedragen per jaar, stelt het "
              "algemeen bestuur jaarlijks in december vast. De actuele versie is als afzonderlijk document "
              "te raadplegen op www.delingebogen.nl/financien."))
    B.append(("h2", "9.4 Verantwoording en reserves"))
    B.append(("p", "Besturen verantwoorden jaarlijks vóór 1 april met het verantwoordingsformat waaraan zij "
              "het schoolbudget hebben besteed. De consulent bespreekt de verantwoording met de directeur. "
              "Onze algemene reserve lag eind 2024 boven de signaleringswaarde van de inspectie. Het bestuur "
              "heeft een bestedingsplan vastgesteld waarmee de reserve uiterlijk eind 2027 tot het niveau van "
              "het gewenste weerstandsvermogen is teruggebracht; het risicoprofiel wordt jaarlijks herijkt."))
    B.append(("h1", "10 Kwaliteitszorg en resultaten"))
    B.append(("p", "Kwaliteit is voor ons een gedeelde verantwoordelijkheid van scholen, besturen en het "
              "samenwerkingsverband. Het samenwerkingsverband werkt op dit moment aan een nieuw kwaliteitskader. "
              "De beoogde resultaten voor de planperiode 2026–2030 en de wijze waarop wij de voortgang daarvan "
              "volgen en verantwoorden, leggen wij vast in het Jaarplan 2026–2027, dat in de loop van 2026 "
              "verschijnt. Wij betrekken daarbij de uitkomsten van het landelijke onderzoek naar de norm voor "
              "basisondersteuning."))
    B.append(("p", "Het toezicht van de inspectie op het samenwerkingsverband vindt ten minste eens in de vier "
              "jaar plaats. Het laatste bezoek was in 2024; de inspectie sprak daarbij ook met de OPR."))
    B.append(("h1", "11 Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p", "Met de gemeenten Lingedal, Hoornwaard en Aldenzande voeren wij jaarlijks op overeenstemming "
              "gericht overleg (OOGO). Het OOGO over dit plan is op 24 maart 2026 afgerond. De belangrijkste "
              "afspraken zijn:"))
    B.append(("ul", [
        "Iedere school heeft een vaste jeugdprofessional van het lokale team, die deelneemt aan het "
        "schoolondersteuningsteam.",
        "Onderwijs-zorgarrangementen (zoals De Brug) worden gezamenlijk ingekocht; de gemeente betaalt het "
        "zorgdeel, het samenwerkingsverband het onderwijsdeel.",
        "Leerlingenvervoer en onderwijshuisvesting worden besproken in het reguliere OOGO.",
        "Bij thuiszitters is de leerplichtambtenaar vaste deelnemer van de Lingebogen-tafel.",
    ]))
    B.append(("h1", "12 Organisatie en medezeggenschap"))
    B.append(("p", "De Lingebogen is een stichting. De directeur-bestuurder is belast met het bestuur; de "
              "raad van toezicht, bestaande uit vijf leden die door de aangesloten besturen worden voorgedragen, "
              "houdt toezicht. Het bureau van het samenwerkingsverband is gevestigd in Lingedal. Het "
              "samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau."))
    B.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
              "telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert "
              "zes keer per jaar en heeft een eigen reglement en ambtelijk secretaris."))
    B.append(("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat nodig is "
              "voor de toewijzing van ondersteuning. Wij hebben een functionaris gegevensbescherming en een "
              "privacyreglement. Gegevens in het kader van een TLV bewaren wij drie jaar na het besluit."))
    B.append(("h1", "13 Personeel, professionalisering en ICT"))
    B.append(("p", "Het bureau heeft 16,4 fte in dienst: consulenten, orthopedagogen, een beleidsmedewerker, "
              "een controller en ondersteunend personeel. Alle consulenten zijn geregistreerd als "
              "orthopedagoog-generalist of onderwijsspecialist. Het samenwerkingsverband investeert in de "
              "professionalisering van leraren en intern begeleiders via de Lingebogen Academie, met "
              "leergangen over gedrag, taal, hoogbegaafdheid en handelingsgericht werken. Er zijn netwerken "
              "voor intern begeleiders, directeuren en gedragsspecialisten."))
    B.append(("p", "Voor aanvragen en dossiers gebruiken wij het digitale LingeLoket. Scholen hebben via een "
              "beveiligde verbinding toegang tot de dossiers van hun eigen leerlingen. In de planperiode "
              "vervangen wij het loket door een systeem dat beter aansluit op de leerlingvolgsystemen van de "
              "scholen."))
    B.append(("h1", "14 Planning en totstandkoming"))
    B.append(("table", [
        ["Periode", "Activiteit"],
        ["september–november 2025", "Werkconferenties met scholen, besturen, ouders en gemeenten"],
        ["januari 2026", "Concept ondersteuningsplan naar besturen en OPR"],
        ["24 maart 2026", "OOGO met de gemeenten afgerond"],
        ["7 april 2026", "Instemming ondersteuningsplanraad"],
        ["14 april 2026", "Vaststelling door het algemeen bestuur"],
        ["vóór 1 mei 2026", "Verzending aan de inspectie"],
        ["2026–2027", "Evaluatie verdeelmodel; start De Brug"],
        ["2027–2028", "Herijking Lingebogen-standaard basisondersteuning"],
        ["2028–2029", "Tussenevaluatie ondersteuningsplan met OPR"],
        ["2029–2030", "Voorbereiding nieuw ondersteuningsplan"],
    ]))
    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Omschrijving"],
        ["Arrangement", "Een afgesproken pakket extra ondersteuning voor een leerling of groep."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het "
         "samenwerkingsverband bieden."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
        ["Bekostigingscategorie", "Categorie laag, midden of hoog die de bekostiging van een so-plaats bepaalt."],
        ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin baten en lasten van het "
         "samenwerkingsverband zijn opgenomen."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over "
         "passend onderwijs."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het reguliere basisonderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Verevening", "Landelijke herverdeling van middelen voor zware ondersteuning."],
        ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden."],
    ]))
    B.append(("h1", "Bijlage 2 Afkortingen"))
    B.append(("table", [
        ["Afkorting", "Betekenis"],
        ["CvT", "Commissie van Toelaatbaarheid"], ["DUO", "Dienst Uitvoering Onderwijs"],
        ["IB", "Intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["MDO", "Multidisciplinair overleg"], ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OOGO", "Op overeenstemming gericht overleg"], ["OPR", "Ondersteuningsplanraad"],
        ["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"],
        ["SOT", "Schoolondersteuningsteam"], ["SWV", "Samenwerkingsverband"],
    ]))
    return B


LINGEBOGEN_LABEL = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "ch. 4 defines the region-wide minimum (4.1) and lists ten concrete provisions (4.2); borging in 4.4",
        "plaatsing": "ch. 6: applicant, dossier, six steps with CvT and terms (6.1-6.2), sbo/so criteria (6.3), duration and category (6.4), LBT objection (6.6)",
        "terugstroom": "no own chapter: 6.5 'Looptijd en einde van de TLV' gives policy (aim, condition, terugplaatsingsarrangement) and procedure (yearly OPP evaluation, MDO by 1 March, initiative, end 31 July)",
        "financien": "9.2 verdeelmodel with vaste voet and per-leerling amounts addresses verdeling; 9.3 only refers the meerjarenbegroting to the website, so besteding is not addressed; 9.4 verantwoording and reserves",
        "dekkend-aanbod": "5.2 table of provisions light to heavy; ch. 7 zorgplicht escalation, Lingebogen-tafel for thuiszitters with doorzettingsmacht, yearly gap analysis with action (De Brug); OOGO agreements ch. 11",
        "resultaten": "ch. 10 only defers beoogde resultaten and monitoring to the Jaarplan 2026-2027 'in de loop van 2026'; the word appears in TOC, leeswijzer, visie and begrippenlijst only",
        "ouders": "8.1 website, folder in five languages, schoolgids, information evenings; 8.2 OJSP, Onderwijsconsulenten, Geschillencommissie, klachtenregeling",
    },
)


# =============================================================================================
# Plan 2 - PO, Word -> PDF.  SWV Kempenrand (PO 30-09).  Most content in tables, terse prose.
# =============================================================================================
def plan_kempenrand():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025–2029",
        "Passend in de Kempenrand",
        "Stichting Samenwerkingsverband Primair Passend Onderwijs Kempenrand – PO 30-09",
        "Vastgesteld door het bestuur op 22 april 2025, na instemming van de OPR op 3 april 2025",
    ]))
    B.append(("toc", [
        ("1 Samenvatting", 3), ("2 Terugblik 2021–2025", 4), ("3 Kengetallen", 6),
        ("4 Koers 2025–2029", 7), ("5 Ondersteuningsstructuur: niveaus 1 tot en met 5", 9),
        ("6 Toewijzing en toelaatbaarheid", 12), ("7 Terugplaatsing", 16),
        ("8 Financieel beleid", 17), ("9 Kwaliteit: doelen en monitoring", 21),
        ("10 Communicatie", 24), ("11 Organisatie en governance", 25),
        ("12 Samenwerking met ketenpartners", 27), ("Bijlage A Begrippen", 29),
        ("Bijlage B Afkortingen", 31),
    ]))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Vier jaar geleden schreven wij dat passend onderwijs in de Kempenrand 'op stoom' moest "
              "komen. Dat is gelukt: de scholen weten de weg naar het loket, de doorlooptijden zijn korter en "
              "de meeste leerlingen krijgen de ondersteuning die zij nodig hebben in hun eigen school. Tegelijk "
              "weten wij dat achter elk getal in dit plan een kind, een gezin en een leerkracht schuilgaan. "
              "Voor hen doen wij dit werk. Dit plan is het resultaat van gesprekken met directeuren, intern "
              "begeleiders, schoolbesturen, gemeenten en de OPR. Wij danken iedereen voor de betrokkenheid en "
              "de kritische vragen, die het plan beter hebben gemaakt."))
    B.append(("p", "Ellen Mertens, directeur samenwerkingsverband Kempenrand"))
    B.append(("h1", "1 Samenvatting"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe het samenwerkingsverband Kempenrand in de periode "
              "1 augustus 2025 tot en met 31 juli 2029 passend onderwijs organiseert. Het plan is bewust "
              "compact gehouden. Wij werken zoveel mogelijk met overzichten en tabellen, zodat schoolteams, "
              "bestuurders en de OPR snel kunnen vinden wat zij zoeken. De belangrijkste wijzigingen ten "
              "opzichte van het vorige plan zijn:"))
    B.append(("ul", [
        "Het verdeelmodel verschuift verder naar de schoolbesturen (van 60% naar 70% van de lichte "
        "ondersteuningsmiddelen).",
        "De TLV-procedure is vereenvoudigd: één aanvraagformulier voor sbo en so, besluit binnen zes weken.",
        "Er komen vier meetbare doelen met een nulmeting en streefwaarde (hoofdstuk 9).",
        "De bovenmatige reserve wordt in drie jaar afgebouwd (hoofdstuk 8).",
    ]))
    B.append(("h2", "1.1 Wettelijk kader en leeswijzer"))
    B.append(("p", "Het samenwerkingsverband stelt op grond van artikel 18a van de Wet op het primair onderwijs "
              "ten minste eens in de vier jaar een ondersteuningsplan vast. De wet noemt de onderwerpen die in "
              "het plan aan de orde komen. Wij hebben ervoor gekozen de hoofdstukindeling niet één op één aan "
              "de wet te koppelen, maar aan de manier waarop scholen met ons werken: eerst de structuur, dan de "
              "toewijzing, dan geld en kwaliteit. Achter in het plan staan een begrippenlijst en een lijst met "
              "afkortingen. Waar in dit plan 'bestuur' staat, bedoelen wij het bestuur van het "
              "samenwerkingsverband; de besturen van de scholen noemen wij 'schoolbesturen'."))
    B.append(("p", "Het plan is een kaderstellend document. De uitwerking per jaar staat in het jaarplan en "
              "de jaarbegroting, die het bestuur ieder jaar in december vaststelt. Jaarplan en jaarbegroting "
              "worden aan de OPR voorgelegd. Wijzigingen in dit plan gedurende de planperiode leggen wij "
              "opnieuw ter instemming aan de OPR voor."))
    B.append(("h1", "2 Terugblik 2021–2025"))
    B.append(("p", "Het ondersteuningsplan 2021–2025 bevatte vijf ambities. Onderstaande tabel vat samen wat "
              "daarvan terechtkwam. De volledige evaluatie staat in het jaarverslag 2024."))
    B.append(("table", [
        ["Ambitie 2021–2025", "Wat is bereikt", "Toelichting"],
        ["Alle scholen voldoen aan het referentiekader", "52 van 56 scholen (93%)",
         "Vier scholen werken met een verbetertraject."],
        ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV van 58 naar 34 dagen",
         "Digitaal loket sinds 2022."],
        ["Deelname so stabiel of lager", "1,62% → 1,49%", "Landelijk gemiddelde 1,7%."],
        ["Meer expertise in de klas", "31 scholen namen deel aan de leergang gedrag",
         "Doel was 40 scholen."],
        ["Tevreden scholen", "Tevredenheid IB'ers over loket 7,6 (2024)", "Nulmeting 2021: 6,8."],
    ]))
    B.append(("p", "Naast deze ambities werkten wij in de vorige planperiode aan een aantal organisatorische "
              "verbeteringen. In 2022 is het digitale loket in gebruik genomen, waarmee scholen aanvragen voor "
              "arrangementen en TLV's indienen en de status van hun aanvraag kunnen volgen. In 2023 is het "
              "verdeelmodel geëvalueerd met de schoolbesturen; dat leidde tot de keuze om meer middelen "
              "rechtstreeks aan de schoolbesturen toe te kennen. In 2024 is de samenstelling van de Commissie "
              "Toewijzing gewijzigd, zodat de commissie niet langer afhankelijk is van één orthopedagoog."))
    B.append(("p", "Niet alles lukte. De verbinding met de jeugdhulp bleef kwetsbaar, en het aantal leerlingen "
              "dat vanuit het sbo terugkeerde naar het reguliere onderwijs bleef laag."))
    B.append(("h1", "3 Kengetallen"))
    B.append(("table", [
        ["Kengetal (peildatum 1 oktober)", "2022", "2023", "2024"],
        ["Leerlingen basisonderwijs", "12.904", "12.811", "12.690"],
        ["Leerlingen sbo", "268", "274", "281"],
        ["Deelnamepercentage sbo", "2,03%", "2,09%", "2,16%"],
        ["Leerlingen so (cat. laag/midden/hoog)", "205", "196", "193"],
        ["Deelnamepercentage so", "1,56%", "1,50%", "1,49%"],
        ["Afgegeven TLV's sbo", "71", "78", "80"],
        ["Afgegeven TLV's so", "46", "41", "44"],
        ["Terugplaatsingen sbo/so → regulier", "4", "6", "7"],
        ["Toegekende arrangementen", "312", "335", "341"],
    ]))
    B.append(("p", "Het samenwerkingsverband omvat de gemeenten Aldenhove, Brakelveen en Oosterzande. "
              "Zeven schoolbesturen met 56 basisscholen, één sbo-school (SBO De Vlonder) en één so-school "
              "(SO De Kempenhorst, cluster 3 en 4) zijn aangesloten."))
    B.append(("h1", "4 Koers 2025–2029"))
    B.append(("p", "Onze missie: ieder kind in de Kempenrand krijgt het onderwijs en de ondersteuning die het "
              "nodig heeft, in samenhang met de zorg en zo dicht mogelijk bij huis."))
    B.append(("table", [
        ["Koerslijn", "Wat betekent dit"],
        ["Sterke basis", "Scholen zijn toegerust om de meeste ondersteuning zelf te bieden."],
        ["Snel en dichtbij", "Extra ondersteuning zonder lange procedures en wachttijden."],
        ["Samen met de zorg", "Onderwijs en jeugdhulp werken vanuit één plan rond het kind."],
        ["Transparant", "Middelen en resultaten zijn voor iedereen inzichtelijk."],
    ]))
    B.append(("p", "De koers is gekozen tegen de achtergrond van een aantal ontwikkelingen. Het aantal "
              "leerlingen in de Kempenrand daalt langzaam, vooral in de kleine kernen van Oosterzande. Tegelijk "
              "neemt het aantal leerlingen op het sbo licht toe en groeit de groep kinderen met complexe "
              "vragen op het snijvlak van onderwijs en jeugdhulp. Het lerarentekort raakt ook onze regio: "
              "steeds vaker staan er onbevoegde of startende leraren voor de klas, die meer begeleiding nodig "
              "hebben bij het bieden van ondersteuning. En de landelijke verbeteraanpak passend onderwijs "
              "vraagt van samenwerkingsverbanden dat zij transparanter worden over geld en resultaten en hun "
              "reserves afbouwen. Wij nemen die ontwikkelingen serieus en hebben ze vertaald in de vier "
              "koerslijnen."))
    B.append(("p", "Deze koerslijnen zijn uitgewerkt in de hoofdstukken 5 tot en met 9. In het jaarplan "
              "werken wij jaarlijks uit welke activiteiten daarbij horen."))
    B.append(("h1", "5 Ondersteuningsstructuur: niveaus 1 tot en met 5"))
    B.append(("p", "De ondersteuning in de Kempenrand is georganiseerd in vijf niveaus. Iedere leerling "
              "begint op niveau 1; de overstap naar een volgend niveau gebeurt pas als het vorige niveau "
              "aantoonbaar onvoldoende is."))
    B.append(("table", [
        ["Niveau", "Omschrijving", "Wie", "Aanbod"],
        ["1 Basisondersteuning",
         "Het afgesproken minimumniveau dat elke school van de Kempenrand biedt, vastgelegd in het "
         "Referentiekader Kempenrand 2025. Het referentiekader gaat uit van vier aspecten: basiskwaliteit, "
         "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken.",
         "Leerkracht, intern begeleider", "Zie het schoolondersteuningsprofiel (SOP) van de school"],
        ["2 Extra ondersteuning in de school",
         "Ondersteuning die de school met eigen expertise en het schoolbudget organiseert.",
         "IB, ondersteuningsteam, specialisten van het bestuur",
         "Remedial teaching, gedragsspecialist, taalklas, plusgroep, co-teaching"],
        ["3 Arrangement",
         "Extra ondersteuning met inzet van middelen of expertise van het SWV.",
         "School + consulent SWV",
         "Individueel arrangement (max. € 7.500), ambulante begeleiding, groepsarrangement Taalster "
         "(NT2), groepsarrangement De Ontdekking (hoogbegaafdheid)"],
        ["4 Speciaal basisonderwijs", "Onderwijs in kleine groepen met specialistische didactiek.",
         "SBO De Vlonder", "TLV sbo (hoofdstuk 6)"],
        ["5 Speciaal onderwijs", "Specialistische setting met integraal onderwijs-zorgaanbod.",
         "SO De Kempenhorst; so buiten de regio", "TLV so (hoofdstuk 6)"],
    ]))
    B.append(("p", "De groepsarrangementen op niveau 3 zijn bovenschools georganiseerd. Taalster is een "
              "taalklas voor nieuwkomers in groep 3 tot en met 8, op twee locaties in Aldenhove en Brakelveen; "
              "leerlingen volgen er maximaal een jaar vier dagen per week onderwijs en gaan één dag naar de "
              "eigen school. De Ontdekking is een voltijdgroep voor hoogbegaafde leerlingen met "
              "onderpresteren of sociaal-emotionele problemen, gevestigd in Oosterzande, met plaats voor 16 "
              "leerlingen. Ambulante begeleiding wordt geboden door specialisten van SBO De Vlonder en SO De "
              "Kempenhorst, die daarmee hun expertise ook inzetten voor leerlingen in de reguliere school."))
    B.append(("p", "Welke voorzieningen een school binnen de basisondersteuning biedt, staat beschreven in het "
              "schoolondersteuningsprofiel (SOP) van iedere school. De SOP's zijn openbaar en te vinden via "
              "de website van de school. Het samenwerkingsverband toetst de SOP's jaarlijks aan het "
              "referentiekader met de kwaliteitskaart; scholen die op een aspect onvoldoende scoren, krijgen "
              "een verbetertraject met begeleiding van een consulent."))
    B.append(("p", "De analyse van witte vlekken in ons aanbod en de aanpak van thuiszitters werken wij uit "
              "in het Jaarplan 2025–2026 (p.m.)."))
    B.append(("h1", "6 Toewijzing en toelaatbaarheid"))
    B.append(("h2", "6.1 Procedure"))
    B.append(("table", [
        ["Stap", "Wat", "Wie", "Termijn"],
        ["1", "Groeidocument en OPP actualiseren; zienswijze ouders vastleggen", "School (IB)", "—"],
        ["2", "Multidisciplinair overleg (MDO) met consulent", "School, consulent", "binnen 3 weken na vraag"],
        ["3", "Aanvraag TLV via het digitale loket, namens het schoolbestuur", "Directeur school", "—"],
        ["4", "Toets op volledigheid", "Secretariaat Commissie Toewijzing", "5 werkdagen"],
        ["5", "Deskundigenadvies: twee afzonderlijke schriftelijke adviezen", "Orthopedagoog of GZ-psycholoog "
         "+ tweede deskundige (o.a. jeugdarts, maatschappelijk werker)", "3 weken"],
        ["6", "Besluit over toelaatbaarheid, categorie en looptijd", "Commissie Toewijzing namens het bestuur",
         "uiterlijk 6 weken na volledige aanvraag"],
        ["7", "Besluit en adviezen naar school en ouders", "Secretariaat", "2 werkdagen"],
    ]))
    B.append(("p", "De deskundigen die adviseren zijn niet betrokken geweest bij het opstellen van de aanvraag. "
              "Bij spoed, bijvoorbeeld na een crisisopname, kan de commissie binnen tien werkdagen besluiten."))
    B.append(("h2", "6.2 Criteria"))
    B.append(("table", [
        ["", "Speciaal basisonderwijs (sbo)", "Speciaal onderwijs (so)"],
        ["Voorwaarde", "Niveau 1 t/m 3 aantoonbaar ingezet gedurende minimaal één OPP-cyclus",
         "Niveau 1 t/m 3 ingezet, of sbo biedt aantoonbaar geen perspectief"],
        ["Ondersteuningsbehoefte", "Langdurige behoefte aan kleine groep (max. 16) en specifieke didactiek op "
         "meerdere leergebieden", "Ernstige, complexe behoefte op gebied van gedrag/psychiatrie, verstandelijke, "
         "lichamelijke of medische ontwikkeling"],
        ["Zorgcomponent", "Niet vereist", "Integrale inzet van onderwijs en zorg nodig"],
        ["Handelingsverlegenheid", "School en consulent onderbouwen waarom niveau 3 onvoldoende is",
         "Idem, aangevuld met advies van behandelaar indien aanwezig"],
    ]))
    B.append(("h2", "6.3 Looptijd en categorie"))
    B.append(("table", [
        ["TLV", "Looptijd", "Bekostigingscategorie"],
        ["Sbo", "Tot einde basisschoolperiode", "n.v.t."],
        ["So cluster 4", "2 schooljaren", "Laag"],
        ["So cluster 3 ZML", "4 schooljaren", "Laag"],
        ["So cluster 3 LG/LZ", "4 schooljaren", "Midden"],
        ["So cluster 3 MG", "Tot einde basisschoolperiode", "Hoog"],
    ]))
    B.append(("p", "Voor leerlingen die van buiten de regio komen, geldt dat het samenwerkingsverband van de "
              "school van herkomst de TLV afgeeft; bij nieuwkomers zonder school is dat het "
              "samenwerkingsverband van het woongebied. Een leerling die met een geldige TLV van een ander "
              "samenwerkingsverband naar de Kempenrand verhuist, behoudt die TLV tot het einde van de "
              "looptijd. Voor een tijdelijke plaatsing ter observatie in SO De Kempenhorst kan de Commissie "
              "Toewijzing een TLV voor ten hoogste drie maanden afgeven."))
    B.append(("h2", "6.4 Bezwaar"))
    B.append(("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt. Het "
              "samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT)."))
    B.append(("h1", "7 Terugplaatsing"))
    B.append(("table", [
        ["Uitgangspunten terugplaatsingsbeleid", "Uitwerking"],
        ["Thuisnabij", "Terugplaatsing gebeurt bij voorkeur naar een school in de eigen kern."],
        ["Geen eindstation", "Bij iedere TLV wordt vanaf het begin nagedacht over het perspectief op terugkeer."],
        ["Voorwaarden", "De leerling kan met een arrangement op niveau 3 tot ontwikkeling komen; ouders staan "
         "achter de overstap."],
        ["Ondersteuning na terugkeer", "Terugplaatsingsarrangement van € 3.500 en één schooljaar ambulante "
         "begeleiding door SBO De Vlonder of SO De Kempenhorst."],
        ["Stappenplan terugplaatsing", "p.m. – wordt in schooljaar 2025–2026 samen met SBO De Vlonder en "
         "SO De Kempenhorst opgesteld."],
    ]))
    B.append(("h1", "8 Financieel beleid"))
    B.append(("h2", "8.1 Verdeelmodel"))
    B.append(("table", [
        ["Onderdeel", "Criterium", "Bedrag 2025", "Besluit"],
        ["Schoolbudget lichte ondersteuning", "Per leerling basisonderwijs, teldatum 1 oktober t-1",
         "€ 168 per leerling", "Bestuur SWV, jaarlijks in november"],
        ["Vaste voet", "Per schoolvestiging", "€ 9.000", "Idem"],
        ["Arrangementen niveau 3", "Op aanvraag, toegekend door consulent en teamleider",
         "Max. € 7.500 per leerling", "Directeur SWV"],
        ["Groepsarrangementen", "Per plaats", "€ 11.200 per plaats", "Bestuur SWV"],
        ["Sbo boven 2%", "Groeibekostiging en overdracht volgens wet, peildatum 1 februari",
         "Conform regeling", "Bestuur SWV"],
        ["So", "Afdracht via DUO per TLV en categorie", "Conform regeling", "—"],
    ]))
    B.append(("h2", "8.2 Meerjarenbegroting"))
    B.append(("table", [
        ["(x € 1.000)", "2025", "2026", "2027", "2028", "2029"],
        ["Baten rijksbijdrage lichte ondersteuning", "2.418", "2.392", "2.370", "2.351", "2.335"],
        ["Baten rijksbijdrage zware ondersteuning", "9.872", "9.774", "9.690", "9.610", "9.540"],
        ["Af: afdrachten so/sbo via DUO", "-6.205", "-6.150", "-6.110", "-6.080", "-6.050"],
        ["Totaal beschikbaar", "6.085", "6.016", "5.950", "5.881", "5.825"],
        ["Schoolbudgetten en vaste voet", "2.638", "2.720", "2.790", "2.790", "2.790"],
        ["Arrangementen niveau 3", "1.520", "1.480", "1.450", "1.420", "1.400"],
        ["Groepsarrangementen", "560", "560", "560", "560", "560"],
        ["Terugplaatsingsarrangementen", "35", "35", "42", "42", "42"],
        ["Personeel en bureau SWV", "1.210", "1.235", "1.260", "1.285", "1.310"],
        ["Professionalisering", "180", "180", "150", "150", "150"],
        ["Totaal lasten", "6.143", "6.210", "6.252", "6.247", "6.252"],
        ["Resultaat", "-58", "-194", "-302", "-366", "-427"],
    ]))
    B.append(("p", "Toelichting op de meerjarenbegroting. De baten dalen licht door de verwachte daling van het "
              "leerlingaantal. De afdrachten aan DUO voor het so en de groeibekostiging van het sbo blijven "
              "naar verwachting ongeveer gelijk. Aan de lastenkant verhogen wij de schoolbudgetten in 2026 en "
              "2027, in lijn met de keuze om meer middelen bij de schoolbesturen te leggen. De uitgaven aan "
              "arrangementen dalen geleidelijk omdat scholen meer uit het schoolbudget zelf organiseren. De "
              "begroting sluit in alle jaren met een tekort; dat is bewust, omdat wij op die manier de "
              "bovenmatige reserve afbouwen. Het tekort wordt jaarlijks getoetst aan de "
              "liquiditeitsprognose."))
    B.append(("h2", "8.3 Reserves en verantwoording"))
    B.append(("table", [
        ["", "31-12-2024", "Norm", "Afspraak"],
        ["Algemene reserve", "€ 2,41 mln", "Signaleringswaarde € 1,05 mln",
         "Afbouw via negatief resultaat 2025–2029"],
        ["Weerstandsvermogen", "19,6%", "5–10%", "Uiterlijk 2029 binnen norm"],
    ]))
    B.append(("p", "Schoolbesturen verantwoorden jaarlijks in hun jaarverslag en in een verantwoordingsformat "
              "aan het samenwerkingsverband hoe zij het schoolbudget hebben ingezet. Arrangementen worden "
              "verantwoord in het OPP van de leerling."))
    B.append(("h1", "9 Kwaliteit: doelen en monitoring"))
    B.append(("h2", "9.1 Doelen 2025–2029"))
    B.append(("table", [
        ["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
        ["Alle scholen bieden de basisondersteuning", "Aandeel scholen dat voldoet aan referentiekader",
         "93%", "100%"],
        ["Snelle toewijzing", "Doorlooptijd TLV (dagen)", "34", "max. 30"],
        ["Meer leerlingen keren terug naar regulier", "Terugplaatsingen per jaar", "7", "12"],
        ["Tevreden scholen", "Rapportcijfer IB'ers over ondersteuning SWV", "7,6", "8,0"],
    ]))
    B.append(("h2", "9.2 Monitoring"))
    B.append(("table", [
        ["Wat", "Bron", "Wanneer", "Rapportage aan"],
        ["Deelnamepercentages sbo/so", "DUO, Kijkglas", "Jaarlijks, peildatum 1 oktober", "Bestuur, OPR"],
        ["Doorlooptijden TLV en arrangementen", "Digitaal loket", "Per kwartaal", "Directeur, bestuur"],
        ["Referentiekader per school", "Kwaliteitskaart, audit", "Jaarlijks in juni", "Besturen"],
        ["Tevredenheid IB'ers", "Enquête", "Tweejaarlijks", "Bestuur, OPR"],
        ["Voortgang doelen 9.1", "Alle bronnen", "Jaarlijks", "Jaarverslag, OPR"],
    ]))
    B.append(("p", "Voor de deelnamepercentages gebruiken wij de gegevens van DUO en het landelijke dashboard "
              "Kijkglas, zodat wij onze cijfers kunnen vergelijken met samenwerkingsverbanden van vergelijkbare "
              "omvang. De doorlooptijden halen wij rechtstreeks uit het digitale loket. De tevredenheid van "
              "intern begeleiders meten wij met een korte digitale vragenlijst van tien vragen, die in mei "
              "wordt uitgezet."))
    B.append(("p", "In de kwaliteitscyclus (plan-do-check-act) worden de uitkomsten van de monitoring jaarlijks "
              "besproken met de besturen in de zogenaamde verantwoordingsdialoog. Bij achterblijvende "
              "resultaten wordt het jaarplan bijgesteld."))
    B.append(("h1", "10 Communicatie"))
    B.append(("p", "Goede communicatie is essentieel voor een samenwerkingsverband dat vooral via de scholen "
              "werkt. Het samenwerkingsverband communiceert met schoolbesturen, directeuren en intern "
              "begeleiders via de digitale nieuwsbrief 'Kempenrand Kort' (zes keer per jaar), het IB-netwerk "
              "en de jaarlijkse Kempenrand-conferentie. Het bestuur en de OPR ontvangen kwartaalrapportages."))
    B.append(("table", [
        ["Doelgroep", "Middel", "Frequentie"],
        ["Schoolbesturen", "Bestuurlijk overleg, kwartaalrapportage", "4x per jaar"],
        ["Directeuren", "Directeurenberaad per gemeente", "3x per jaar"],
        ["Intern begeleiders", "IB-netwerk, nieuwsbrief", "6x per jaar"],
        ["Gemeenten", "Ambtelijk overleg, OOGO", "2x per jaar"],
    ]))
    B.append(("p", "Ook ouders zijn een belangrijke doelgroep. Een communicatieplan voor ouders stellen wij "
              "in 2026 op."))
    B.append(("h1", "11 Organisatie en governance"))
    B.append(("table", [
        ["Orgaan", "Samenstelling", "Taak"],
        ["Algemeen bestuur", "Bestuurders van de zeven aangesloten schoolbesturen",
         "Vaststellen ondersteuningsplan, begroting en jaarrekening"],
        ["Toezichthoudend bestuur", "Drie onafhankelijke leden", "Intern toezicht"],
        ["Directeur", "Aangesteld door het bestuur", "Dagelijkse leiding, mandaat toewijzing"],
        ["Commissie Toewijzing", "Orthopedagogen en consulenten", "Besluiten TLV namens bestuur"],
        ["OPR", "Acht leden, afgevaardigd uit de medezeggenschapsraden", "Instemming ondersteuningsplan"],
    ]))
    B.append(("p", "Het algemeen bestuur vergadert zes keer per jaar. De directeur legt verantwoording af aan "
              "het bestuur met kwartaalrapportages over de uitputting van de begroting, het aantal aanvragen "
              "en de doorlooptijden. Het toezichthoudend bestuur keurt de begroting en de jaarrekening goed "
              "en benoemt de accountant. Eens per jaar voert het toezichthoudend bestuur een gesprek met de "
              "OPR over de ontwikkelingen in het samenwerkingsverband."))
    B.append(("p", "Het samenwerkingsverband is een stichting met een scheiding tussen bestuur en intern "
              "toezicht volgens de Code Goed Bestuur PO. Het bureau telt 12,8 fte. Voor de verwerking van "
              "persoonsgegevens geldt het privacyreglement van het samenwerkingsverband; dossiers worden "
              "bewaard tot drie jaar na het laatste besluit."))
    B.append(("h1", "12 Samenwerking met ketenpartners"))
    B.append(("table", [
        ["Partner", "Afspraak", "Vastgelegd in"],
        ["Gemeenten Aldenhove, Brakelveen, Oosterzande", "Jeugdprofessional op iedere school, 4 uur per week "
         "per 200 leerlingen", "OOGO-verslag 12 maart 2025"],
        ["Gemeenten", "Onderwijs-zorgarrangementen worden 50/50 bekostigd", "Convenant 2024"],
        ["Jeugdgezondheidszorg", "Jeugdarts neemt deel aan ondersteuningsteams", "Werkafspraak"],
        ["SWV VO Kempenrand", "Overstap PO-VO met warme overdracht bij OPP", "Overstapprotocol"],
        ["Kinderopvang / vve", "Overdracht bij ondersteuningsbehoefte vóór 4 jaar", "Werkafspraak"],
    ]))
    B.append(("p", "Onderwijs-zorgarrangementen zijn bedoeld voor kinderen die op school zowel onderwijs als "
              "jeugdhulp nodig hebben, bijvoorbeeld begeleiding bij gedrag of een behandeling die onder "
              "schooltijd plaatsvindt. In 2024 liepen er 23 van zulke arrangementen. De gemeenten en het "
              "samenwerkingsverband hebben afgesproken dat één gezamenlijk plan rond het kind leidend is en "
              "dat de jeugdprofessional en de consulent samen de regie voeren."))
    B.append(("p", "Het OOGO over dit ondersteuningsplan vond plaats op 12 maart 2025 met de wethouders "
              "onderwijs en jeugd van de drie gemeenten."))
    B.append(("h1", "13 Personeel en professionalisering"))
    B.append(("p", "Het bureau van het samenwerkingsverband is klein en wendbaar. De medewerkers werken "
              "vanuit één kantoor in Brakelveen en zijn veel op de scholen te vinden. Iedere school heeft een "
              "vaste consulent, die minimaal vier keer per jaar op school is en bij het ondersteuningsteam "
              "aanschuift. Daarnaast werken er orthopedagogen die de Commissie Toewijzing ondersteunen en "
              "een controller die de financiële administratie voert."))
    B.append(("table", [
        ["Functie", "Fte 2025", "Taak"],
        ["Directeur", "1,0", "Dagelijkse leiding, mandaat toewijzing arrangementen"],
        ["Consulenten", "6,2", "Advies aan scholen, aanvragen arrangementen, MDO's"],
        ["Orthopedagogen", "2,8", "Deskundigenadvies, Commissie Toewijzing"],
        ["Beleidsmedewerker", "0,8", "Jaarplan, monitoring, OPR-ondersteuning"],
        ["Controller", "0,6", "Begroting, jaarrekening, verantwoording"],
        ["Secretariaat", "1,4", "Loket, planning, archief"],
        ["Totaal", "12,8", ""],
    ]))
    B.append(("p", "Het samenwerkingsverband stelt jaarlijks een professionaliseringsbudget beschikbaar voor "
              "scholing van leraren en intern begeleiders. Het aanbod wordt ieder jaar afgestemd met de "
              "schoolbesturen en bestaat uit drie onderdelen: de Leergang Gedrag voor leraren (vijf "
              "bijeenkomsten), de IB-academie met intervisie en casuïstiekbespreking, en studiemiddagen "
              "rond actuele thema's zoals hoogbegaafdheid, taalontwikkeling en het jonge kind. In 2024 "
              "namen 212 leraren en 48 intern begeleiders deel. De consulenten volgen zelf jaarlijks "
              "minimaal twintig uur scholing en zijn geregistreerd bij het NRTO of de NVO."))
    B.append(("h1", "14 Jaarcyclus en planning"))
    B.append(("p", "Het ondersteuningsplan wordt uitgewerkt in een jaarlijkse cyclus. Onderstaande tabel "
              "laat zien wanneer welke documenten worden opgesteld en wie daarbij betrokken is."))
    B.append(("table", [
        ["Maand", "Product", "Betrokken"],
        ["september", "Jaarverslag en jaarrekening vorig kalenderjaar gepubliceerd", "Bestuur, accountant"],
        ["oktober", "Teldatum leerlingen, kengetallen", "Bureau"],
        ["november", "Vaststelling bedragen verdeelmodel", "Bestuur, advies OPR"],
        ["december", "Jaarplan en jaarbegroting", "Bestuur, OPR"],
        ["maart", "Bestuurlijke verantwoordingsdialoog", "Schoolbesturen, bestuur"],
        ["juni", "Audit referentiekader", "Consulenten, scholen"],
    ]))
    B.append(("table", [
        ["Schooljaar", "Belangrijkste activiteiten"],
        ["2025–2026", "Stappenplan terugplaatsing; analyse witte vlekken; nieuw loket"],
        ["2026–2027", "Communicatieplan; evaluatie verdeelmodel"],
        ["2027–2028", "Tussenevaluatie doelen; herijking referentiekader"],
        ["2028–2029", "Evaluatie plan; voorbereiding ondersteuningsplan 2029–2033"],
    ]))
    B.append(("p", "De inspectie houdt toezicht op het samenwerkingsverband. Het laatste vierjaarlijks "
              "onderzoek vond plaats in het voorjaar van 2023; de inspectie beoordeelde de standaarden "
              "financieel beheer en kwaliteitszorg als voldoende. Dit ondersteuningsplan wordt vóór 1 mei "
              "2025 via het Internet Schooldossier aan de inspectie gezonden."))
    B.append(("h1", "Bijlage A Begrippen"))
    B.append(("table", [
        ["Begrip", "Betekenis"],
        ["Arrangement", "Afgesproken extra ondersteuning met inzet van middelen of expertise van het SWV."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere leerling een passende plek "
         "beschikbaar is."],
        ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk punt waar ouders en jongeren terecht kunnen met "
         "vragen en zorgen over onderwijs en ondersteuning."],
        ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen situaties."],
        ["Referentiekader", "Afsprakenkader van de PO-Raad over passend onderwijs."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "Overgang van sbo of so naar het regulier basisonderwijs."],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
    ]))
    B.append(("h1", "Bijlage B Afkortingen"))
    B.append(("table", [
        ["Afkorting", "Betekenis"],
        ["GZ", "Gezondheidszorg(psycholoog)"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheid"],
        ["MDO", "Multidisciplinair overleg"], ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPP", "Ontwikkelingsperspectief"], ["OPR", "Ondersteuningsplanraad"],
        ["TLV", "Toelaatbaarheidsverklaring"], ["ZML", "Zeer moeilijk lerend"],
    ]))
    return B


KEMPENRAND_LABEL = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    notes={
        "basisondersteuning": "ch. 5 table row 'niveau 1' defines the region-wide minimum (Referentiekader, four aspects) but its content column and the text below only refer to each school's SOP; annual SOP check = borging",
        "plaatsing": "ch. 6 is tables only: 7-step procedure with Commissie Toewijzing and terms, sbo/so criteria table, looptijd/categorie table, LBT objection",
        "terugstroom": "ch. 7 table gives policy (thuisnabij, conditions, € 3.500 arrangement, ambulante begeleiding) but the 'Stappenplan terugplaatsing' row is 'p.m.'; counts in ch. 3 kengetallen",
        "financien": "ch. 8 tables: verdeelmodel with criteria and amounts, meerjarenbegroting 2025-2029 (x € 1.000), reserves; verantwoording paragraph",
        "dekkend-aanbod": "niveaus 1-5 table gives the continuum; witte vlekken and thuiszitters only deferred to Jaarplan '(p.m.)'; ketenpartners table ch. 12",
        "resultaten": "ch. 9: goals table with nulmeting and streefwaarde, monitoring table with source/when/reported to; terugblik figures ch. 2",
        "ouders": "ch. 10 'Communicatie' covers only schools, boards and municipalities and defers a parent communication plan to 2026; OJSP and Onderwijsconsulent appear only in Bijlage A",
    },
)


# =============================================================================================
# Plan 3 - VO, Word.  SWV VO Duinstreek (VO 28-11).  Financien and resultaten share one chapter
# ('Middelen en resultaten'); toewijzing (vso/lwoo/pro) only referred to an annex not included.
# =============================================================================================
def plan_duinstreek():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2026–2030",
        "Iedere leerling een plek die past",
        "Samenwerkingsverband Voortgezet Onderwijs Duinstreek – VO 28-11",
        "Concept voor instemming OPR – versie 0.9, 10 februari 2026",
    ]))
    B.append(("toc", [
        ("Voorwoord", 2), ("1 Inleiding", 3), ("2 Scholen en leerlingen in de Duinstreek", 5),
        ("3 Visie en uitgangspunten", 7), ("4 Ondersteuning op school: de basisondersteuning", 9),
        ("5 Het ondersteuningscontinuüm: extra ondersteuning, Het Anker en vso", 12),
        ("6 Middelen en resultaten", 16), ("7 Thuiszitters, verzuim en zorgplicht", 21),
        ("8 Ouders en leerlingen", 23), ("9 Samenwerking met gemeenten, jeugdhulp en mbo", 25),
        ("10 Organisatie, medezeggenschap en personeel", 27), ("11 Planning", 29),
        ("Bijlage 1 Begrippenlijst", 30), ("Bijlage 2 Afkortingen", 32),
        ("Bijlage 3 Handboek Toewijzing: lwoo, pro en vso (afzonderlijk document)", 33),
        ("Bijlage 4 Meerjarenbegroting 2026–2030 (afzonderlijk document)", 33),
    ]))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Met trots presenteren wij het ondersteuningsplan 2026–2030 van het samenwerkingsverband "
              "VO Duinstreek. De afgelopen jaren hebben de scholen in onze regio grote stappen gezet. Bijna "
              "alle scholen hebben een ondersteuningsteam dat goed functioneert, de samenwerking met de "
              "gemeenten is hechter geworden en met Het Anker hebben wij een voorziening waar leerlingen die "
              "tijdelijk vastlopen weer grip krijgen. Tegelijk zien we nieuwe vragen: meer leerlingen met "
              "psychische klachten, meer schoolverzuim na de coronaperiode en een krappe arbeidsmarkt die "
              "het moeilijk maakt om iedere klas te bemensen."))
    B.append(("p", "Dit plan is geschreven in nauwe samenspraak met schoolleiders, ondersteuningscoördinatoren, "
              "mentoren, leerlingen, ouders en de gemeenten Duinrade, Zeewijk en Helmstede. Wij hebben "
              "gekozen voor een plan op hoofdlijnen: het beschrijft wat wij samen willen bereiken en welke "
              "afspraken daarvoor gelden. Uitgewerkte procedures staan in de bijlagen, zodat die "
              "tussentijds kunnen worden aangepast zonder het hele plan te wijzigen."))
    B.append(("p", "Ruud Verbeek, directeur-bestuurder"))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Het samenwerkingsverband is op grond van de Wet voortgezet onderwijs 2020 verplicht om "
              "ten minste eens in de vier jaar een ondersteuningsplan vast te stellen. Het plan beschrijft "
              "onder meer hoe wij zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen, welke "
              "basisondersteuning alle scholen bieden, hoe de middelen worden verdeeld en besteed, hoe "
              "leerlingen toegang krijgen tot het vso, het praktijkonderwijs en het leerwegondersteunend "
              "onderwijs, en hoe ouders worden geïnformeerd."))
    B.append(("p", "Dit plan is de opvolger van het ondersteuningsplan 2022–2026. Het geldt van 1 augustus "
              "2026 tot en met 31 juli 2030. Het plan wordt ter instemming voorgelegd aan de "
              "ondersteuningsplanraad en besproken in het OOGO met de gemeenten en in het overleg met het "
              "samenwerkingsverband PO Duinstreek."))
    B.append(("h1", "2 Scholen en leerlingen in de Duinstreek"))
    B.append(("p", "Aan het samenwerkingsverband zijn zes schoolbesturen verbonden. Samen verzorgen zij "
              "voortgezet onderwijs op veertien locaties: acht scholen voor havo/vwo en vmbo, twee "
              "brede scholengemeenschappen, twee scholen voor praktijkonderwijs (PrO De Duinhof en PrO "
              "Het Ambacht) en twee vso-scholen (VSO De Branding, cluster 4, en VSO Zeewind, cluster 3). "
              "Op 1 oktober 2025 telde het samenwerkingsverband 11.940 leerlingen."))
    B.append(("table", [
        ["Onderwijssoort", "Leerlingen 1-10-2025", "Aandeel"],
        ["Vmbo (incl. lwoo)", "4.210", "35,3%"],
        ["Havo/vwo", "6.590", "55,2%"],
        ["Praktijkonderwijs", "512", "4,3%"],
        ["Vso", "628", "5,3%"],
    ]))
    B.append(("p", "De regio is langgerekt: tussen de noordelijkste en zuidelijkste school ligt bijna veertig "
              "kilometer. Dat maakt thuisnabij onderwijs voor leerlingen met een specifieke behoefte soms "
              "lastig en zet druk op het leerlingenvervoer."))
    B.append(("h2", "2.1 Ontwikkelingen"))
    B.append(("p", "Drie ontwikkelingen bepalen de komende jaren het werk in de Duinstreek. In de eerste plaats "
              "daalt het aantal leerlingen: de prognose voorziet een daling van ruim 8% tot 2030, met name in "
              "Helmstede. Scholen zullen moeten samenwerken om een breed aanbod in stand te houden. In de "
              "tweede plaats groeit het aantal jongeren met psychische klachten, zoals angst en somberheid. "
              "Mentoren en ondersteuningscoördinatoren geven aan dat zij daar handelingsverlegen in zijn. In "
              "de derde plaats is er een groeiende groep nieuwkomers, vooral in Zeewijk, die na de "
              "internationale schakelklas doorstroomt naar het reguliere vo."))
    B.append(("p", "Daarnaast blijft het lerarentekort voelbaar, vooral in de exacte vakken en in het "
              "vmbo. Dat heeft gevolgen voor de ondersteuning: in een klas met wisselende invallers is het "
              "moeilijker om leerlingen met een ondersteuningsbehoefte goed te volgen."))
    B.append(("h1", "3 Visie en uitgangspunten"))
    B.append(("p", "Wij willen dat iedere jongere in de Duinstreek zijn of haar talenten kan ontwikkelen op "
              "een school die past, met vrienden uit de buurt, en met een diploma of startkwalificatie op "
              "zak de school verlaat. Passend onderwijs is daarvoor geen doel op zich, maar een middel."))
    B.append(("p", "Onze uitgangspunten:"))
    B.append(("ul", [
        "De school is de eerste plek waar ondersteuning wordt geboden. Het samenwerkingsverband faciliteert.",
        "Wij kijken naar wat een leerling nodig heeft, niet naar labels.",
        "Leerlingen en ouders praten mee over de ondersteuning die zij krijgen.",
        "Middelen worden ingezet waar zij het meeste effect hebben, en wij maken zichtbaar wat ze opleveren.",
        "Wij werken samen met gemeenten, jeugdhulp en mbo vanuit één gezamenlijk perspectief op de jongere.",
    ]))
    B.append(("h1", "4 Ondersteuning op school: de basisondersteuning"))
    B.append(("h2", "4.1 Het afgesproken niveau"))
    B.append(("p", "De schoolbesturen in de Duinstreek hebben samen vastgesteld welke ondersteuning iedere "
              "vo-school, op iedere locatie, ten minste biedt. Dat is de basisondersteuning. Zij geldt voor "
              "alle scholen voor vmbo, havo en vwo; voor het praktijkonderwijs en het vso gelden eigen, "
              "hogere standaarden. De basisondersteuning wordt bekostigd uit de eigen middelen van de school "
              "en het schoolbudget dat de school van het samenwerkingsverband ontvangt."))
    B.append(("h2", "4.2 Wat iedere school biedt"))
    B.append(("table", [
        ["Onderdeel", "Wat een leerling en ouder op iedere school mag verwachten"],
        ["Mentoraat", "Een vaste mentor met ten minste één mentorgesprek per periode en een mentoruur in de "
         "onderbouw."],
        ["Ondersteuningscoördinator", "Een ondersteuningscoördinator die het ondersteuningsteam leidt en "
         "aanspreekpunt is voor ouders."],
        ["Ondersteuningsteam", "Een intern ondersteuningsteam met in ieder geval de ondersteuningscoördinator, "
         "een orthopedagoog of psycholoog, de jeugdarts en de schoolmaatschappelijk werker."],
        ["Dyslexie en dyscalculie", "Een protocol met faciliteiten zoals extra tijd, voorleessoftware en "
         "aangepaste toetsing."],
        ["Sociaal-emotioneel", "Trainingen faalangstreductie en sociale vaardigheden, en een anti-pestcoördinator."],
        ["Executieve functies", "Huiswerkbegeleiding en begeleiding bij plannen en organiseren."],
        ["Time-out", "Een opvangplek in de school waar een leerling tijdelijk tot rust kan komen."],
        ["Verzuim", "Signalering van verzuim binnen drie dagen en inschakeling van de jeugdarts bij "
         "ziekteverzuim."],
        ["Medische handelingen", "Een protocol medisch handelen."],
        ["OPP", "Een ontwikkelingsperspectief voor iedere leerling met extra ondersteuning, jaarlijks "
         "geëvalueerd met ouders en leerling."],
    ]))
    B.append(("p", "De ondersteuningscoördinator heeft een sleutelrol. Hij of zij is op iedere school het "
              "eerste aanspreekpunt voor mentoren met zorgen over een leerling, zit het ondersteuningsteam voor, "
              "zorgt dat het OPP tijdig wordt opgesteld en onderhoudt het contact met de consulent van het "
              "samenwerkingsverband. Het samenwerkingsverband vraagt iedere school om voor de "
              "ondersteuningscoördinatie ten minste acht uur per week per 500 leerlingen vrij te maken."))
    B.append(("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning en de extra "
              "ondersteuning vormgeeft. De schoolgids is op de website van iedere school te vinden."))
    B.append(("h1", "5 Het ondersteuningscontinuüm: extra ondersteuning, Het Anker en vso"))
    B.append(("h2", "5.1 Van basis naar speciaal"))
    B.append(("p", "Wanneer de basisondersteuning niet volstaat, zijn er in de Duinstreek de volgende "
              "mogelijkheden, oplopend in intensiteit:"))
    B.append(("ol", [
        "Extra ondersteuning in de eigen school, georganiseerd uit het schoolbudget: bijvoorbeeld een "
        "trajectvoorziening, een Plusklas of een kleine klas in de onderbouw.",
        "Een arrangement van het samenwerkingsverband: ambulante begeleiding door een specialist van VSO De "
        "Branding of VSO Zeewind in de reguliere school.",
        "Een tijdelijke plaatsing in Het Anker, de bovenschoolse voorziening (OPDC) voor leerlingen die "
        "tijdelijk niet in de eigen school kunnen functioneren; maximaal zes maanden, met behoud van "
        "inschrijving op de eigen school.",
        "Het programma Op de Rails voor leerlingen die na langdurig verzuim terugkeren naar school, in "
        "samenwerking met de jeugdhulp.",
        "Praktijkonderwijs op PrO De Duinhof en PrO Het Ambacht, met stages en een eigen "
        "arbeidstoeleidingstraject.",
        "Voortgezet speciaal onderwijs op VSO De Branding (cluster 4) en VSO Zeewind (cluster 3), met "
        "de uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding.",
    ]))
    B.append(("p", "Alle procedures rondom de toewijzing van lwoo, de toelaatbaarheid tot "
              "het praktijkonderwijs en de toelaatbaarheid tot het vso, inclusief de daarbij gehanteerde "
              "criteria, zijn beschreven in het Handboek Toewijzing (bijlage 3). Het handboek wordt jaarlijks "
              "geactualiseerd."))
    B.append(("p", "Voor twee groepen leerlingen hebben wij aanvullende voorzieningen. Nieuwkomers beginnen in "
              "de internationale schakelklas (ISK) De Horizon in Zeewijk, waar zij gemiddeld anderhalf jaar "
              "intensief Nederlands leren voordat zij doorstromen naar een reguliere school; de ontvangende "
              "school krijgt dan een jaar lang begeleiding van een NT2-specialist. Voor hoogbegaafde "
              "leerlingen die vastlopen, biedt het Duinlab op twee scholen een programma van één dagdeel per "
              "week, gericht op leren leren en eigen projecten."))
    B.append(("p", "Het ondersteuningscontinuüm werkt alleen als de onderdelen goed op elkaar aansluiten. De "
              "consulent van het samenwerkingsverband is daarom vast lid van het ondersteuningsteam van "
              "iedere school en bewaakt dat een leerling niet tussen wal en schip valt bij de overgang "
              "van de ene voorziening naar de andere."))
    B.append(("h2", "5.2 Overstap vanuit het vso"))
    B.append(("p", "Voor leerlingen in het vso bespreekt de vso-school ieder jaar in het evaluatiegesprek over "
              "het OPP met ouders en leerling of de leerling kan overstappen naar het regulier voortgezet "
              "onderwijs. In het laatste schooljaar van de TLV gaat de vso-school uiterlijk in januari in "
              "gesprek met ouders, leerling en een mogelijke ontvangende vo-school. Als een overstap aan de "
              "orde is, stellen vso-school en ontvangende school samen een overstapplan op met een "
              "startdatum en een evaluatiemoment na tien weken. De ontvangende school besluit over de "
              "inschrijving; de consulent van het samenwerkingsverband bewaakt de termijnen. Komt er geen "
              "nieuwe TLV, dan loopt de TLV af aan het einde van het schooljaar."))
    B.append(("p", "Het beleid ten aanzien van terugplaatsing en overplaatsing, met de uitgangspunten, de "
              "voorwaarden en de begeleiding na de overstap, evalueren wij in 2027 met de vso-scholen en "
              "stellen wij daarna opnieuw vast."))
    B.append(("h2", "5.3 Doorlopende lijnen"))
    B.append(("p", "De overstap van het primair naar het voortgezet onderwijs is geregeld met het "
              "samenwerkingsverband PO Duinstreek in de Overstapkalender. Leerlingen met een OPP krijgen "
              "een warme overdracht. Met de mbo-instellingen in de regio is afgesproken dat leerlingen uit "
              "vmbo, pro en vso met een ondersteuningsbehoefte vóór 1 april worden besproken, zodat de "
              "ondersteuning op het mbo op tijd geregeld is."))
    B.append(("h1", "6 Middelen en resultaten"))
    B.append(("p", "Middelen en resultaten horen bij elkaar: wij willen laten zien wat er met het geld gebeurt "
              "en wat het oplevert. Daarom beschrijven wij financiën en resultaten in één hoofdstuk."))
    B.append(("h2", "6.1 Inkomsten"))
    B.append(("p", "Het samenwerkingsverband ontvangt rijksbijdragen voor lichte en zware ondersteuning en "
              "voor lwoo en praktijkonderwijs. De bekostiging van het vso wordt via DUO rechtstreeks aan de "
              "vso-scholen betaald en op onze middelen in mindering gebracht."))
    B.append(("h2", "6.2 Verdeling over de scholen"))
    B.append(("p", "Wij verdelen de middelen volgens drie sporen. (1) Iedere school ontvangt een schoolbudget "
              "lichte ondersteuning van € 142 per leerling (teldatum 1 oktober) plus een vaste voet van "
              "€ 20.000 per locatie. (2) De middelen voor lwoo en praktijkonderwijs worden doorgegeven aan "
              "de scholen die dit onderwijs verzorgen, op basis van het aantal leerlingen met een aanwijzing "
              "lwoo respectievelijk een toelaatbaarheidsverklaring pro op 1 oktober. (3) Bovenschoolse "
              "voorzieningen en arrangementen worden centraal bekostigd. Het algemeen bestuur stelt de "
              "bedragen jaarlijks vast bij de begroting, na advies van de OPR."))
    B.append(("h2", "6.3 Begroting en besteding"))
    B.append(("table", [
        ["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
        ["Rijksbijdrage lichte ondersteuning", "1.960", "1.940", "1.925", "1.910"],
        ["Rijksbijdrage zware ondersteuning", "6.480", "6.420", "6.380", "6.340"],
        ["Lwoo en pro", "7.110", "7.050", "7.000", "6.960"],
        ["Af: vso-bekostiging via DUO", "-5.390", "-5.360", "-5.330", "-5.300"],
        ["Schoolbudgetten lichte ondersteuning", "1.975", "1.955", "1.940", "1.925"],
        ["Doorbetaling lwoo en pro aan scholen", "7.110", "7.050", "7.000", "6.960"],
        ["Het Anker (OPDC)", "860", "870", "880", "890"],
        ["Op de Rails", "240", "240", "240", "240"],
        ["Arrangementen ambulante begeleiding", "410", "400", "400", "400"],
        ["Bureau en Commissie Toewijzing", "690", "700", "710", "720"],
        ["Resultaat", "-1.125", "-1.165", "-1.195", "-1.225"],
    ]))
    B.append(("p", "Het negatieve resultaat is bewust: wij zetten de reserve in voor Het Anker en Op de Rails. "
              "De reserve daalt daardoor van € 6,1 miljoen eind 2025 naar circa € 1,4 miljoen eind 2029, "
              "wat overeenkomt met het gewenste weerstandsvermogen. Scholen verantwoorden jaarlijks in een "
              "verantwoordingsgesprek met het samenwerkingsverband hoe zij het schoolbudget hebben besteed en "
              "wat het heeft opgeleverd. De meer gedetailleerde meerjarenbegroting is opgenomen in bijlage 4."))
    B.append(("h2", "6.4 Wat wij willen bereiken"))
    B.append(("table", [
        ["Beoogd resultaat", "Indicator", "2024–2025", "Streefwaarde 2030"],
        ["Leerlingen in Het Anker keren terug naar school", "Aandeel dat binnen zes maanden terugkeert "
         "naar een reguliere school", "71%", "85%"],
        ["Minder langdurig verzuim", "Leerlingen die langer dan vier weken niet naar school gaan", "46",
         "max. 20"],
        ["Leerlingen met extra ondersteuning halen een diploma", "Aandeel leerlingen met OPP dat "
         "diploma of startkwalificatie behaalt", "78%", "85%"],
        ["Thuisnabij", "Deelnamepercentage vso", "5,3%", "4,8%"],
        ["Leerlingen voelen zich gehoord", "Aandeel leerlingen met OPP dat bij evaluatie zegt mee te "
         "praten", "nulmeting 2026", "90%"],
    ]))
    B.append(("h2", "6.5 Hoe wij meten en verantwoorden"))
    B.append(("p", "Twee keer per jaar, in februari en september, verzamelt het bureau de gegevens over de "
              "indicatoren uit DUO-gegevens, het leerlingvolgsysteem van Het Anker, de verzuimregistratie van "
              "leerplicht en een korte vragenlijst bij de OPP-evaluaties. De uitkomsten bespreken wij met de "
              "schoolleiders in het directeurenoverleg en met de OPR. Jaarlijks rapporteren wij in het "
              "jaarverslag over de bereikte resultaten en de kosten per voorziening. Halverwege de "
              "planperiode, in 2028, laten wij een externe evaluatie uitvoeren."))
    B.append(("h1", "7 Thuiszitters, verzuim en zorgplicht"))
    B.append(("p", "Iedere school heeft zorgplicht voor leerlingen die bij haar worden aangemeld. Lukt het "
              "een school niet om binnen de termijn een passende plek te vinden, dan meldt de school dit bij "
              "het samenwerkingsverband. Binnen twee weken organiseert de consulent een overleg met de "
              "betrokken scholen, ouders en leerling."))
    B.append(("p", "Leerlingen die thuiszitten of dreigen thuis te zitten, worden besproken in het "
              "Thuiszittersoverleg Duinstreek, waarin leerplicht, jeugdhulp, de gemeenten en het "
              "samenwerkingsverband zitten. Voor iedere thuiszitter wordt binnen vier weken een plan "
              "gemaakt, met een eigenaar. Als de bestaande voorzieningen geen passend antwoord bieden, "
              "zet het samenwerkingsverband een maatwerktraject op, eventueel met een zorgaanbieder. Elk "
              "voorjaar maken wij met de besturen een analyse van de leerlingen voor wie geen passend aanbod "
              "bestond; de uitkomst bepaalt welke voorzieningen wij in de begroting opnemen. De analyse van "
              "2025 leidde tot de uitbreiding van Op de Rails."))
    B.append(("p", "Verzuim is vaak een eerste signaal dat het niet goed gaat. Scholen melden ongeoorloofd "
              "verzuim bij leerplicht volgens het regionale verzuimprotocol; bij ziekteverzuim boven de "
              "grens van het protocol wordt de jeugdarts ingeschakeld. Het samenwerkingsverband ondersteunt "
              "scholen met een verzuimcoach die meedenkt bij langdurig verzuim. Voor jongeren die in de "
              "jeugd-ggz worden behandeld, maken school, behandelaar en ouders afspraken over onderwijs "
              "tijdens de behandeling, zodat de band met school niet verloren gaat."))
    B.append(("h1", "8 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen zijn onze belangrijkste partners. Wij informeren hen over de "
              "ondersteuningsmogelijkheden via de website www.swvduinstreek.nl, met een aparte pagina voor "
              "ouders en een voor leerlingen, en via de brochure 'Ondersteuning in het vo' die iedere "
              "leerling van groep 8 ontvangt. In november organiseren wij in alle drie gemeenten een "
              "informatieavond over de overstap naar het vo en de ondersteuning die daarbij mogelijk is. "
              "Daarnaast beschrijven de scholen in de schoolgids hun ondersteuning."))
    B.append(("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. In de OPR zijn vier van de "
              "acht zetels voor ouders en leerlingen."))
    B.append(("p", "Met vragen over ondersteuning kunnen ouders terecht bij de ondersteuningscoördinator van de "
              "school of bij de consulent van het samenwerkingsverband. Een ouder- en jeugdsteunpunt richten "
              "wij in zodra de wettelijke verplichting ingaat; de vormgeving werken wij in 2026–2027 samen met "
              "de OPR uit."))
    B.append(("h1", "9 Samenwerking met gemeenten, jeugdhulp en mbo"))
    B.append(("p", "De drie gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda voor "
              "2026–2030. Belangrijke afspraken uit het OOGO van 3 maart 2026:"))
    B.append(("ul", [
        "Iedere school heeft een jeugd- en gezinswerker van de gemeente, die deelneemt aan het "
        "ondersteuningsteam.",
        "Het Anker en Op de Rails worden mede door de gemeenten gefinancierd voor het zorgdeel.",
        "Leerplicht en samenwerkingsverband stemmen het verzuimbeleid af en delen verzuimcijfers per kwartaal.",
        "Het leerlingenvervoer naar vso en pro wordt jaarlijks geëvalueerd.",
        "Met het mbo wordt de overstap van kwetsbare jongeren gezamenlijk gevolgd.",
    ]))
    B.append(("p", "De samenwerking met het mbo krijgt in deze planperiode extra aandacht. Met de twee "
              "mbo-instellingen in de regio is afgesproken dat iedere jongere met een OPP die overstapt, "
              "een warme overdracht krijgt en dat de mentor van het mbo binnen vier weken na de start contact "
              "heeft met de jongere en zijn ouders. Jongeren die op het mbo uitvallen, kunnen in het eerste "
              "jaar terugvallen op de consulent van het samenwerkingsverband, die samen met het Regionaal "
              "Meld- en Coördinatiepunt naar een passende vervolgstap zoekt."))
    B.append(("h1", "10 Organisatie, medezeggenschap en personeel"))
    B.append(("p", "Het samenwerkingsverband is een vereniging van zes schoolbesturen. De algemene "
              "ledenvergadering houdt toezicht op de directeur-bestuurder. Het bureau telt 11 medewerkers: "
              "consulenten, orthopedagogen, de coördinator van Het Anker, een controller en secretariaat. "
              "Het secretariaat van de Commissie Toewijzing is ondergebracht bij het bureau."))
    B.append(("p", "De ondersteuningsplanraad heeft instemmingsrecht op dit plan. De OPR bestaat uit acht "
              "leden, evenredig samengesteld uit personeel en ouders en leerlingen. Het samenwerkingsverband "
              "investeert in scholing van ondersteuningscoördinatoren en mentoren, met een jaarlijkse "
              "studiedag en een leernetwerk voor mentoren in de onderbouw."))
    B.append(("p", "Professionalisering is een gedeelde verantwoordelijkheid. Het samenwerkingsverband "
              "organiseert de Duinstreek Academie: een jaarlijks programma met korte trainingen voor mentoren "
              "over gespreksvoering, signaleren van psychische klachten en het opstellen van een OPP, en een "
              "leergang van tien bijeenkomsten voor nieuwe ondersteuningscoördinatoren. Daarnaast kunnen "
              "scholen een beroep doen op de orthopedagogen van het bureau voor teamscholing op maat. In 2025 "
              "volgden 184 docenten en mentoren een of meer onderdelen van de Academie."))
    B.append(("p", "De OPR vergadert vijf keer per jaar. Ieder voorjaar bespreekt de OPR met de "
              "directeur-bestuurder de voortgang van het ondersteuningsplan; in het najaar staat de begroting "
              "op de agenda. De leden volgen bij de start van hun zittingstermijn een training over passend "
              "onderwijs en medezeggenschap. De OPR wordt ondersteund door een ambtelijk secretaris."))
    B.append(("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover nodig "
              "voor zijn taken. Wij hebben een privacyreglement en een functionaris gegevensbescherming."))
    B.append(("h1", "11 Planning"))
    B.append(("table", [
        ["Schooljaar", "Speerpunten"],
        ["2026–2027", "Uitbreiding Op de Rails; vormgeving ouder- en jeugdsteunpunt"],
        ["2027–2028", "Evaluatie terugplaatsingsbeleid; herziening Handboek Toewijzing"],
        ["2028–2029", "Externe tussenevaluatie; herijking verdeelmodel"],
        ["2029–2030", "Voorbereiding ondersteuningsplan 2030–2034"],
    ]))
    B.append(("p", "Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan, dat gelijktijdig met de "
              "begroting wordt vastgesteld. Het jaarplan beschrijft de activiteiten, de verantwoordelijken en "
              "de planning voor dat schooljaar. De OPR ontvangt het jaarplan ter informatie. Wijzigingen van "
              "het ondersteuningsplan zelf worden ter instemming aan de OPR voorgelegd."))
    B.append(("p", "Totstandkoming van dit plan: in het voorjaar van 2025 zijn vier werksessies gehouden met "
              "schoolleiders en ondersteuningscoördinatoren; in september 2025 is een leerlingenpanel van "
              "twaalf jongeren geraadpleegd; het OOGO met de gemeenten vond plaats op 3 maart 2026 en het "
              "overleg met het samenwerkingsverband PO Duinstreek op 17 februari 2026. Na instemming van de "
              "OPR stelt het algemeen bestuur het plan vast, waarna het vóór 1 mei 2026 aan de inspectie "
              "wordt toegezonden."))
    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt."],
        ["Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over een toelaatbaarheidsverklaring."],
        ["Lwoo", "Leerwegondersteunend onderwijs in het vmbo."],
        ["OPDC", "Orthopedagogisch-didactisch centrum; in de Duinstreek: Het Anker."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
        ["Praktijkonderwijs", "Schoolsoort voor leerlingen die het meest gebaat zijn bij praktisch leren."],
        ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in vso of pro."],
        ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs."],
    ]))
    B.append(("h1", "Bijlage 2 Afkortingen"))
    B.append(("table", [
        ["Afkorting", "Betekenis"],
        ["CT", "Commissie Toewijzing"], ["DUO", "Dienst Uitvoering Onderwijs"],
        ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectief"],
        ["OPR", "Ondersteuningsplanraad"], ["PrO", "Praktijkonderwijs"],
        ["VSO", "Voortgezet speciaal onderwijs"],
    ]))
    return B


DUINSTREEK_LABEL = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    advisory={
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "4.1 agreed minimum for every vo-school and location; 4.2 table of ten concrete provisions",
        "plaatsing": "all procedures and criteria for lwoo, pro and vso are referred to 'Handboek Toewijzing (bijlage 3)', which is not part of the document; only the body's name is mentioned",
        "terugstroom": "5.2 'Overstap vanuit het vso' gives the procedure (yearly OPP evaluation, talk by January of last TLV year, overstapplan, evaluation after ten weeks, end of TLV); the policy is deferred to an evaluation in 2027",
        "financien": "combined ch. 6 'Middelen en resultaten': 6.2 three-track distribution with amounts; 6.3 begroting 2026-2029 table, reserve run-down, verantwoordingsgesprek",
        "dekkend-aanbod": "ch. 5 continuum from school to Het Anker (OPDC), Op de Rails, pro, vso; ch. 7 zorgplicht, Thuiszittersoverleg, yearly gap analysis; OOGO agreements ch. 9",
        "resultaten": "combined ch. 6: 6.4 table of beoogde resultaten with baseline and target, 6.5 twice-yearly measurement, reporting in jaarverslag, external evaluation",
        "ouders": "ch. 8 informs via website, brochure and November evenings; independent help is absent: only the school's coordinator and SWV consulent, OJSP deferred until the legal obligation starts",
    },
)


# =============================================================================================
# Plan 4 - VO, Word -> PDF.  SWV VO Maasdelta (VO 27-05).  'Koersplan' house style.
# Financien hidden under 8.4 'Geld en middelen'; ouders inside ch. 9 'Communicatie';
# basisondersteuning and the aanbod overview only referred to previous plan / website.
# =============================================================================================
def plan_maasdelta():
    B = []
    B.append(("title", [
        "Koersplan passend onderwijs 2025–2029",
        "Ondersteuningsplan van Samenwerkingsverband Voortgezet Onderwijs Maasdelta (VO 27-05)",
        "Vastgesteld door het bestuur op 16 april 2025",
        "Met instemming van de ondersteuningsplanraad (27 maart 2025) en na OOGO met de gemeenten "
        "Maasterp, Delfhaven-Oost en Riethoven (19 maart 2025)",
    ]))
    B.append(("toc", [
        ("1 Voorwoord en samenvatting", 3), ("2 Wie zijn wij", 5), ("3 Koers: visie en ambities", 7),
        ("4 Basisondersteuning en extra ondersteuning", 9), ("5 Toewijzing: vso, praktijkonderwijs en lwoo", 11),
        ("6 Thuiszitters en verzuim", 16), ("7 Beoogde resultaten", 18), ("8 Organisatie", 20),
        ("8.4 Geld en middelen", 22), ("9 Communicatie", 25), ("10 Samenwerking met gemeenten", 27),
        ("11 Planning en vaststelling", 29), ("Bijlage Begrippenlijst", 30),
    ]))
    B.append(("h1", "1 Voorwoord en samenvatting"))
    B.append(("p", "Passend onderwijs is in Maasdelta volwassen geworden. Tien jaar na de start kennen scholen, "
              "gemeenten en jeugdhulp elkaar, zijn de lijnen kort en weten de meeste ouders de weg. Toch is "
              "ons werk niet af. Nog steeds zitten er jongeren thuis zonder onderwijs. Nog steeds moeten "
              "ouders soms te lang wachten op een besluit. En nog steeds is de overgang van school naar "
              "vervolgonderwijs voor kwetsbare jongeren een breekpunt."))
    B.append(("p", "Met dit Koersplan kiezen wij voor focus. Niet alles wat goed is, hoeft opnieuw te worden "
              "beschreven: afspraken die werken, laten wij staan. Wij richten ons in deze planperiode op "
              "drie opgaven: (1) geen jongere thuis zonder passend aanbod, (2) snelle en zorgvuldige "
              "toewijzing, en (3) samen met gemeenten één route voor onderwijs en zorg. Het plan is "
              "bewust compact. Veel praktische informatie staat op onze website, die wij actueel houden."))
    B.append(("p", "Samenvatting in vijf punten:"))
    B.append(("ul", [
        "De toewijzing van vso, pro en lwoo wordt gebundeld bij de Commissie Toewijzing Maasdelta (CTM).",
        "Een Doorbraaktafel pakt iedere thuiszitter binnen vier weken op.",
        "Het verdeelmodel blijft op hoofdlijnen gelijk; de schoolbudgetten stijgen licht.",
        "Wij formuleren zes beoogde resultaten met een streefwaarde voor 2029.",
        "Ouders en jongeren krijgen een onafhankelijk steunpunt.",
    ]))
    B.append(("p", "Anouk Hendriksen, voorzitter bestuur · Stefan de Wijs, directeur"))
    B.append(("h1", "2 Wie zijn wij"))
    B.append(("p", "Samenwerkingsverband VO Maasdelta is een stichting van negen schoolbesturen in de "
              "gemeenten Maasterp, Delfhaven-Oost en Riethoven. Samen verzorgen zij onderwijs op 23 "
              "vestigingen: 17 vestigingen voor vmbo, havo en vwo, drie scholen voor praktijkonderwijs en "
              "drie vso-scholen. Op 1 oktober 2024 gingen 18.460 leerlingen naar school in Maasdelta. "
              "Het bureau van het samenwerkingsverband is gevestigd in Maasterp en telt 19 medewerkers."))
    B.append(("p", "De regio is divers: een stedelijk gebied met een jonge en kwetsbare bevolking, een "
              "groeiende groep nieuwkomers, en landelijke kernen waar leerlingen lange reistijden hebben. "
              "Die verscheidenheid zien wij terug in de ondersteuningsvragen van scholen."))
    B.append(("h2", "2.1 Ontwikkelingen in de regio"))
    B.append(("p", "Maasdelta kent twee gezichten. In Maasterp en Delfhaven-Oost groeit de bevolking; er "
              "worden nieuwe wijken gebouwd en het aantal jongeren neemt de komende jaren toe. In Riethoven "
              "daalt het aantal leerlingen en staan kleinere vestigingen onder druk. Scholen zoeken elkaar op "
              "om een breed aanbod te kunnen blijven bieden. Het aantal jongeren dat in armoede opgroeit, ligt "
              "in Maasterp boven het landelijk gemiddelde. Wij zien een samenhang met verzuim en met vragen om "
              "ondersteuning."))
    B.append(("p", "Ook de arbeidsmarkt verandert. Scholen hebben moeite om vacatures voor docenten en "
              "ondersteunend personeel te vervullen. Dat vraagt om slimme keuzes: expertise delen tussen "
              "scholen, onderwijsassistenten goed opleiden en administratieve lasten beperken. Het "
              "samenwerkingsverband wil daarin een bijdrage leveren door procedures eenvoudig te houden."))
    B.append(("h1", "3 Koers: visie en ambities"))
    B.append(("p", "Iedere jongere in Maasdelta verdient een plek waar hij of zij zich kan ontwikkelen. "
              "Wij geloven in de kracht van de reguliere school, maar erkennen dat sommige jongeren meer "
              "nodig hebben. Passend onderwijs betekent voor ons dat wij uitgaan van mogelijkheden, dat wij "
              "snel handelen als een jongere vastloopt en dat wij ouders en jongeren serieus nemen. Ons "
              "motto: niet praten over, maar met jongeren."))
    B.append(("p", "Wat betekent dat in de praktijk? Voor een jongere betekent het dat hij of zij op school "
              "iemand heeft die hem kent en die op tijd aan de bel trekt. Voor ouders betekent het dat zij "
              "niet van loket naar loket worden gestuurd. Voor een mentor betekent het dat hij of zij niet "
              "alleen staat als een leerling vastloopt. En voor een schoolleider betekent het dat er een "
              "samenwerkingsverband is dat snel en zonder onnodige formulieren meedenkt."))
    B.append(("p", "Wij hanteren vier waarden bij alles wat wij doen: nabij (dicht bij de jongere en de "
              "school), eenvoudig (heldere procedures, weinig papier), samen (met ouders, jongeren, scholen en "
              "partners) en open (wij zijn transparant over onze keuzes en ons geld)."))
    B.append(("p", "Onze ambities voor de planperiode zijn vertaald in zes beoogde resultaten (hoofdstuk 7). "
              "Daarnaast investeren wij in de professionaliteit van mentoren en ondersteuningscoördinatoren, "
              "in de samenwerking met het mbo en in een goede aansluiting op de jeugdhulp."))
    B.append(("h2", "3.1 Wat wij van elkaar vragen"))
    B.append(("p", "Een koers werkt alleen als partners zich eraan verbinden. Daarom hebben de besturen in "
              "Maasdelta een aantal onderlinge afspraken gemaakt over hoe zij met elkaar samenwerken:"))
    B.append(("ul", [
        "Besturen spreken elkaar aan als afspraken niet worden nagekomen, eerst in het directeurenoverleg en "
        "zo nodig in het bestuur.",
        "Besturen delen informatie over aanmeldingen en wachtlijsten, zodat de zorgplicht gezamenlijk kan "
        "worden waargemaakt.",
        "Bij een conflict tussen scholen over een leerling beslist de directeur van het samenwerkingsverband "
        "binnen twee weken welke school de leerling tijdelijk inschrijft.",
        "Het samenwerkingsverband houdt de administratieve lasten voor scholen zo laag mogelijk.",
    ]))
    B.append(("p", "Deze afspraken zijn geen doel op zich. Zij zijn nodig omdat geen school alle jongeren "
              "zelf kan bedienen, en omdat jongeren niet de dupe mogen worden van onduidelijkheid tussen "
              "organisaties."))
    B.append(("h1", "4 Basisondersteuning en extra ondersteuning"))
    B.append(("p", "Scholen in Maasdelta hebben de ruimte om de ondersteuning in te richten op een manier die "
              "past bij hun leerlingen en hun onderwijsconcept. Het samenwerkingsverband beschrijft het 'wat', "
              "de scholen bepalen het 'hoe'. Dat vraagt vertrouwen, maar ook transparantie."))
    B.append(("p", "Het samenwerkingsverband en de scholen werken aan een nieuwe beschrijving van de "
              "basisondersteuning. Zodra de landelijke norm voor basisondersteuning definitief is, stellen "
              "wij het niveau voor Maasdelta opnieuw vast. Tot die tijd blijven de afspraken uit het "
              "Ondersteuningsplan 2021–2025 van kracht."))
    B.append(("p", "Het complete overzicht van arrangementen en bovenschoolse voorzieningen in de regio, van "
              "ondersteuning in de klas tot het vso, is opgenomen in de digitale Ondersteuningswijzer op "
              "www.swvmaasdelta.nl/ondersteuningswijzer. De Ondersteuningswijzer wordt ieder jaar per "
              "1 oktober geactualiseerd."))
    B.append(("p", "Over de nieuwe beschrijving voeren wij in 2025–2026 het gesprek met schoolleiders, "
              "ondersteuningscoördinatoren, mentoren, ouders en jongeren. Het resultaat leggen wij ter "
              "instemming voor aan de OPR als wijziging van dit plan."))
    B.append(("h1", "5 Toewijzing: vso, praktijkonderwijs en lwoo"))
    B.append(("h2", "5.1 Commissie Toewijzing Maasdelta"))
    B.append(("p", "Het samenwerkingsverband besluit over de toelaatbaarheid tot het voortgezet speciaal "
              "onderwijs en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. "
              "Het bestuur heeft deze bevoegdheid gemandateerd aan de Commissie Toewijzing Maasdelta (CTM). "
              "De CTM bestaat uit een voorzitter, twee orthopedagogen-generalist, een GZ-psycholoog en een "
              "jeugdarts."))
    B.append(("h2", "5.2 Toelaatbaarheid vso"))
    B.append(("p", "De aanvraag voor een TLV vso wordt gedaan door het bevoegd gezag van de school waar de "
              "leerling staat ingeschreven of is aangemeld. De aanvraag bevat het OPP met evaluaties, het "
              "verslag van het multidisciplinair overleg, het advies van de ondersteuningscoördinator en de "
              "zienswijze van ouders en leerling. De procedure verloopt als volgt:"))
    B.append(("ol", [
        "De school meldt de aanvraag aan via het portaal; de CTM bevestigt binnen drie werkdagen.",
        "De CTM vraagt advies aan twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog en, "
        "afhankelijk van de vraag, een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker. "
        "Ieder brengt een eigen schriftelijk advies uit.",
        "De CTM voert zo nodig een gesprek met ouders en leerling.",
        "De CTM besluit binnen zes weken na ontvangst van de volledige aanvraag. In spoedsituaties "
        "besluit de CTM binnen tien werkdagen.",
        "Ouders ontvangen het besluit en een afschrift van de deskundigenadviezen.",
    ]))
    B.append(("p", "Een leerling is toelaatbaar tot het vso als: (a) de reguliere school, met inzet van "
              "extra ondersteuning en ten minste één arrangement of een periode in een bovenschoolse "
              "voorziening, aantoonbaar niet in de onderwijsbehoefte kan voorzien; (b) er sprake is van "
              "een intensieve en langdurige behoefte aan een specialistische onderwijsomgeving, in "
              "combinatie met zorg of behandeling; en (c) het vso naar verwachting een beter "
              "ontwikkelingsperspectief biedt."))
    B.append(("p", "De CTM geeft een TLV vso af voor één, twee of vier schooljaren, afhankelijk van de "
              "verwachte ontwikkeling. Bij de TLV bepaalt de CTM de bekostigingscategorie: laag, midden of "
              "hoog."))
    B.append(("h2", "5.3 Praktijkonderwijs"))
    B.append(("p", "Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ "
              "tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de "
              "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, waarvan één "
              "begrijpend lezen of inzichtelijk rekenen is. De school voor praktijkonderwijs vraagt de TLV "
              "aan, uiterlijk 1 maart voor plaatsing per 1 augustus. De CTM besluit binnen vier weken. "
              "De TLV pro geldt voor de gehele schoolloopbaan in het praktijkonderwijs."))
    B.append(("h2", "5.4 Leerwegondersteunend onderwijs"))
    B.append(("p", "Maasdelta hanteert de landelijke criteria voor lwoo en maakt geen gebruik van de "
              "mogelijkheid om eigen criteria vast te stellen. De vo-school waar de leerling is aangemeld, "
              "vraagt de aanwijzing aan met het onderwijskundig rapport en de testgegevens; de CTM besluit "
              "binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding in het vmbo."))
    B.append(("h2", "5.5 Bijzondere situaties"))
    B.append(("p", "Voor leerlingen die verhuizen vanuit een andere regio geldt dat een bestaande TLV vso "
              "geldig blijft tot het einde van de looptijd. Voor nieuwkomers zonder schoolverleden besluit de "
              "CTM op basis van een observatieperiode van zes weken. Bij een crisisplaatsing, bijvoorbeeld na "
              "opname in een jeugdpsychiatrische kliniek, kan de vso-school de leerling direct opnemen; de "
              "aanvraag wordt dan binnen vier weken nagezonden. Voor leerlingen uit groep 8 die worden "
              "aangemeld voor het vso, moet de aanvraag uiterlijk 1 april binnen zijn, zodat het besluit vóór "
              "de zomervakantie bekend is."))
    B.append(("h2", "5.6 Bezwaar"))
    B.append(("p", "Ouders kunnen binnen zes weken na dagtekening bezwaar maken tegen een besluit van de CTM. "
              "Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen en beslist binnen zes weken na dat advies."))
    B.append(("h1", "6 Thuiszitters en verzuim"))
    B.append(("p", "Geen jongere thuis zonder passend aanbod: dat is onze eerste opgave. In schooljaar "
              "2023–2024 waren er in Maasdelta 37 jongeren die langer dan vier weken niet naar school "
              "gingen zonder vrijstelling, en 21 jongeren met een vrijstelling op grond van artikel 5a "
              "van de Leerplichtwet."))
    B.append(("p", "Iedere school heeft zorgplicht. Lukt het een school niet om binnen tien weken na "
              "aanmelding een passende plek te bieden, dan wordt de leerling aangemeld bij de "
              "Doorbraaktafel. Aan de Doorbraaktafel zitten de leerplichtambtenaar, een jeugdconsulent van "
              "de gemeente, de consulent van het samenwerkingsverband en een vertegenwoordiger van het "
              "schoolbestuur. De tafel bespreekt iedere thuiszitter binnen vier weken na aanmelding en wijst "
              "een casusregisseur aan. Als er binnen de bestaande voorzieningen geen passend aanbod is, kan "
              "de directeur van het samenwerkingsverband een tijdelijk maatwerktraject financieren en een "
              "school vragen de leerling in te schrijven. Patronen die aan de Doorbraaktafel zichtbaar worden, "
              "bespreken wij twee keer per jaar met de besturen om te bepalen welk aanbod ontbreekt."))
    B.append(("p", "Naast de Doorbraaktafel werken wij aan het voorkomen van thuiszitten. Scholen melden "
              "ongeoorloofd verzuim volgens het regionale verzuimprotocol binnen drie dagen bij leerplicht. "
              "Bij ziekteverzuim van meer dan vijftien lesdagen in twaalf weken schakelt de school de "
              "jeugdarts in. Het samenwerkingsverband financiert op de grootste scholen een verzuimcoach, "
              "die met de jongere en het gezin werkt aan terugkeer. Voor jongeren met een vrijstelling van "
              "de leerplicht bekijken wij jaarlijks samen met de jeugdarts en de ouders of onderwijs in "
              "een aangepaste vorm alsnog mogelijk is."))
    B.append(("p", "Een voorbeeld uit de praktijk. Een leerling van vijftien jaar ging na de zomervakantie niet "
              "meer naar school vanwege angstklachten. Na vier weken meldde de school hem aan bij de "
              "Doorbraaktafel. Binnen twee weken was er een plan: twee ochtenden per week onderwijs op een "
              "rustige plek in de school, begeleiding door de verzuimcoach en een behandeling bij de "
              "jeugd-ggz. Na drie maanden volgde hij weer het grootste deel van zijn rooster."))
    B.append(("h1", "7 Beoogde resultaten"))
    B.append(("p", "Voor deze planperiode formuleren wij zes beoogde resultaten, elk met een streefwaarde "
              "voor 2029:"))
    B.append(("table", [
        ["Beoogd resultaat", "Uitgangssituatie", "Streefwaarde 2029"],
        ["Minder thuiszitters", "37 jongeren langer dan vier weken thuis (2023–2024)", "maximaal 10"],
        ["Minder vrijstellingen 5a", "21 (2023–2024)", "maximaal 12"],
        ["Snellere toewijzing vso", "gemiddeld 41 dagen", "maximaal 30 dagen"],
        ["Deelname vso", "3,6%", "3,2%"],
        ["Succesvolle overstap naar mbo", "82% van de jongeren met OPP na één jaar nog op het mbo", "90%"],
        ["Tevreden ouders", "nog geen meting", "80% van de ouders tevreden over de toewijzing"],
    ]))
    B.append(("p", "Hoe wij de voortgang op deze resultaten meten, wanneer wij evalueren en hoe wij erover "
              "rapporteren, wordt beschreven in het Kwaliteitskader Maasdelta, dat in het eerste planjaar "
              "wordt opgesteld."))
    B.append(("h1", "8 Organisatie"))
    B.append(("h2", "8.1 Bestuur en toezicht"))
    B.append(("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit bestuurders van de "
              "aangesloten schoolbesturen; de directeur voert de dagelijkse leiding op basis van een "
              "managementstatuut. Het bestuur stelt jaarlijks de begroting, de jaarrekening en het "
              "jaarverslag vast. Een auditcommissie adviseert het bestuur over financiële zaken."))
    B.append(("h2", "8.2 Medezeggenschap"))
    B.append(("p", "De ondersteuningsplanraad (OPR) telt tien leden: vijf personeelsleden en vijf ouders of "
              "leerlingen, gekozen uit en door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan en wordt jaarlijks geïnformeerd over de begroting en het jaarverslag."))
    B.append(("h2", "8.3 Personeel en ICT"))
    B.append(("p", "Het bureau heeft 19 medewerkers (15,2 fte): consulenten, orthopedagogen, een jurist, een "
              "controller en secretariaat. Medewerkers volgen jaarlijks scholing. Voor de toewijzing "
              "gebruiken wij een beveiligd portaal; persoonsgegevens bewaren wij niet langer dan nodig en "
              "uiterlijk drie jaar na het laatste besluit."))
    B.append(("p", "Het samenwerkingsverband investeert in de professionalisering van mentoren en "
              "ondersteuningscoördinatoren. Samen met de hogeschool in de regio bieden wij de leergang "
              "'Mentor in Maasdelta' aan, met modules over gespreksvoering met ouders en jongeren, het "
              "signaleren van psychische klachten en samenwerken met de jeugdhulp. Ondersteuningscoördinatoren "
              "komen zes keer per jaar bijeen in een netwerk waarin casuïstiek en nieuwe ontwikkelingen worden "
              "besproken."))
    B.append(("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming en een "
              "privacyreglement. Medewerkers hebben alleen toegang tot de dossiers waarvoor zij "
              "verantwoordelijk zijn. Jaarlijks voeren wij een interne controle uit op de toegangsrechten."))
    B.append(("h2", "8.4 Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor "
              "lwoo en praktijkonderwijs. De verdeling gebeurt volgens vaste regels:"))
    B.append(("ul", [
        "Lichte ondersteuning: iedere school ontvangt € 165 per leerling op basis van de teldatum 1 oktober "
        "van het voorgaande jaar.",
        "Lwoo en praktijkonderwijs: de middelen gaan rechtstreeks naar de scholen met lwoo of pro, naar "
        "rato van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober.",
        "Zware ondersteuning: na aftrek van de vso-bekostiging via DUO bekostigt het samenwerkingsverband "
        "hieruit de arrangementen, de Doorbraaktafel-trajecten en het bureau.",
        "Arrangementen worden toegekend door de consulent op basis van het OPP, met een maximum van "
        "€ 9.000 per leerling per schooljaar.",
    ]))
    B.append(("table", [
        ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Baten lichte ondersteuning", "3.120", "3.090", "3.070", "3.050"],
        ["Baten zware ondersteuning na aftrek vso", "4.260", "4.210", "4.180", "4.150"],
        ["Baten lwoo en pro", "10.850", "10.780", "10.700", "10.640"],
        ["Schoolbudgetten lichte ondersteuning", "3.046", "3.020", "3.000", "2.980"],
        ["Doorbetaling lwoo en pro", "10.850", "10.780", "10.700", "10.640"],
        ["Arrangementen", "2.150", "2.200", "2.200", "2.200"],
        ["Maatwerktrajecten Doorbraaktafel", "420", "460", "460", "460"],
        ["Bureau en CTM", "1.860", "1.890", "1.920", "1.950"],
        ["Saldo", "-96", "-270", "-330", "-390"],
    ]))
    B.append(("p", "Het weerstandsvermogen bedroeg eind 2024 11,2%. Het bestuur hanteert een bandbreedte van "
              "5 tot 10% en brengt de reserve met de geplande tekorten binnen de bandbreedte."))
    B.append(("h1", "9 Communicatie"))
    B.append(("p", "Een samenwerkingsverband is voor veel mensen onzichtbaar. Wij vinden het belangrijk dat "
              "scholen, ouders, jongeren en partners weten wat wij doen en waar zij terecht kunnen."))
    B.append(("p", "Ouders en jongeren vinden op de ouderpagina van www.swvmaasdelta.nl uitleg over de "
              "ondersteuning op school, de voorzieningen in de regio en de route naar vso, pro en lwoo. "
              "In oktober ontvangen alle ouders van leerlingen in groep 8 via de basisschool de ouderkrant "
              "'Op weg naar het vo', met uitleg over ondersteuning in het voortgezet onderwijs. Iedere vo-school "
              "organiseert een voorlichtingsavond waarop ook de ondersteuning aan bod komt, en beschrijft haar "
              "ondersteuning in de schoolgids en het schoolondersteuningsprofiel."))
    B.append(("p", "Ouders en jongeren die vastlopen of het niet eens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders & Jongeren Maasdelta. Het "
              "steunpunt is onafhankelijk: het valt onder een externe stichting en adviseert alleen in het "
              "belang van de jongere. Daarnaast kunnen ouders de landelijke Onderwijsconsulenten "
              "inschakelen. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan "
              "de Geschillencommissie passend onderwijs. Voor klachten over het samenwerkingsverband is er "
              "een klachtenregeling."))
    B.append(("p", "Jongeren hebben hoorrecht bij hun OPP. Ouders en jongeren zijn vertegenwoordigd in de OPR "
              "en worden via een jaarlijks klankbordpanel betrokken bij het beleid."))
    B.append(("p", "Ouders en jongeren die een gesprek hebben met de CTM of de Doorbraaktafel, ontvangen vooraf "
              "een uitnodiging in begrijpelijke taal, met uitleg over wat er gaat gebeuren en wie er aanwezig "
              "zijn. Desgewenst kan een medewerker van het Steunpunt Ouders & Jongeren bij het gesprek aanwezig "
              "zijn. De informatie op de website is beschikbaar in het Nederlands, Engels, Arabisch en "
              "Pools, en wordt jaarlijks voor de start van het schooljaar gecontroleerd op actualiteit."))
    B.append(("p", "Voor scholen en partners verschijnt vijf keer per jaar de nieuwsbrief 'Delta Direct'. "
              "Daarnaast organiseert het samenwerkingsverband jaarlijks een inspiratiedag voor mentoren en "
              "ondersteuningscoördinatoren."))
    B.append(("h1", "10 Samenwerking met gemeenten"))
    B.append(("p", "Met de drie gemeenten is op 19 maart 2025 het OOGO over dit plan gevoerd. De gemeenten "
              "onderschrijven de opgaven en hebben de volgende afspraken gemaakt:"))
    B.append(("ul", [
        "Op iedere vo-school is een jeugdprofessional van de gemeente aanwezig, gemiddeld acht uur per week.",
        "Bij iedere aanmelding aan de Doorbraaktafel neemt een jeugdconsulent deel.",
        "Zorg in onderwijstijd wordt gezamenlijk bekostigd volgens een verdeelsleutel per casus.",
        "Leerlingenvervoer, huisvesting en de aansluiting op de arbeidsmarkt worden jaarlijks geagendeerd.",
    ]))
    B.append(("p", "In 2025 start een pilot 'Jeugdhulp op school' op vier vo-scholen. Een jeugdhulpverlener "
              "van een gecontracteerde aanbieder werkt twee dagen per week op school en kan zonder beschikking "
              "kortdurende hulp bieden aan jongeren en hun gezin. De gemeenten betalen de inzet; het "
              "samenwerkingsverband zorgt voor de inbedding in het ondersteuningsteam. Na twee jaar besluiten "
              "gemeenten en samenwerkingsverband samen over voortzetting."))
    B.append(("p", "Met het samenwerkingsverband PO Maasdelta is overleg gevoerd over de overstap van "
              "groep 8 naar het vo en de aanvragen voor lwoo en pro."))
    B.append(("h1", "11 Planning en vaststelling"))
    B.append(("table", [
        ["Datum", "Stap"],
        ["november 2024", "Startnotitie en consultatie scholen"],
        ["februari 2025", "Concept naar besturen, OPR en gemeenten"],
        ["19 maart 2025", "OOGO met de gemeenten"],
        ["27 maart 2025", "Instemming OPR"],
        ["16 april 2025", "Vaststelling door het bestuur"],
        ["vóór 1 mei 2025", "Toezending aan de inspectie"],
    ]))
    B.append(("p", "Het Koersplan wordt jaarlijks vertaald in een jaarplan en een begroting. Het jaarplan "
              "beschrijft per opgave welke activiteiten wij dat jaar ondernemen en wie daarvoor "
              "verantwoordelijk is. Het bestuur stelt jaarplan en begroting in december vast, na bespreking "
              "met de OPR. Wijzigingen van dit plan, zoals de nieuwe beschrijving van de basisondersteuning, "
              "worden ter instemming aan de OPR voorgelegd."))
    B.append(("h1", "Bijlage Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle "
         "scholen bieden."],
        ["Doorbraaktafel", "Overleg waar thuiszitters worden besproken."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["Monitoring", "Het systematisch volgen van de voortgang."],
        ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs na afloop van de TLV."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Uitstroomprofiel", "Het perspectief waarop het vso een leerling voorbereidt."],
    ]))
    return B


MAASDELTA_LABEL = dict(
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "ch. 4 only says a new description is being made and that the agreements of the previous plan (2021-2025, not included) remain in force; term also in TOC and begrippenlijst",
        "plaatsing": "ch. 5: CTM, vso applicant, dossier, five steps with terms, three vso criteria, duration/category (5.2), pro national criteria and procedure (5.3), lwoo procedure (5.4), special situations (5.5), objection (5.6)",
        "terugstroom": "nothing in the body; 'terugplaatsing' only in the begrippenlijst, 'uitstroom/overstap naar mbo' are near-misses",
        "financien": "under 8.4 'Geld en middelen' inside ch. 8 Organisatie: distribution rules with amounts and meerjarenbegroting 2025-2028 table; weerstandsvermogen",
        "dekkend-aanbod": "ch. 6 zorgplicht, Doorbraaktafel, maatwerktraject and twice-yearly gap discussion address lacunes; the overview of arrangements and voorzieningen is only referred to the online Ondersteuningswijzer; OOGO agreements ch. 10",
        "resultaten": "ch. 7 table of six beoogde resultaten with baseline and 2029 target; how they are measured and reported is deferred to a Kwaliteitskader 'in het eerste planjaar'",
        "ouders": "inside ch. 9 'Communicatie': ouderpagina, ouderkrant, voorlichtingsavonden; independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten, Geschillencommissie, klachtenregeling",
    },
)


# =============================================================================================
# Plan 5 - PO, web page (HTML).  SWV Passend Onderwijs Veenland (PO 26-03).  Short web chapters,
# parent-friendly tone; several subjects referred to other pages of the website.
# =============================================================================================
def plan_veenland():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2026–2030",
        "Samenwerkingsverband Passend Onderwijs Veenland (PO 26-03) · webversie van het ondersteuningsplan, "
        "vastgesteld op 9 april 2026. De pdf-versie kunt u downloaden onderaan deze pagina.",
    ]))
    sections = [
        "Welkom", "Over Veenland", "Onze visie", "Basisondersteuning", "Toelaatbaarheid sbo en so",
        "Terug naar de basisschool", "Dekkend aanbod", "Kwaliteit en resultaten", "Ouders", "Financiën",
        "Organisatie en OPR", "Personeel en deskundigheid", "Privacy en ICT", "Totstandkoming",
        "Planning", "Begrippen",
    ]
    B.append(("toc", [(t, f"s{i + 1}") for i, t in enumerate(sections)]))
    B.append(("h1", "Welkom"))
    B.append(("p", "Welkom op de pagina van ons ondersteuningsplan. In dit plan leest u hoe de 38 "
              "basisscholen, SBO De Klimop en SO Het Baken in Veenland samen zorgen voor passend onderwijs. "
              "Wij hebben het plan geschreven voor leraren, intern begeleiders, directeuren en bestuurders, "
              "en ook voor ouders die willen weten hoe passend onderwijs in onze regio werkt."))
    B.append(("p", "Op deze pagina vindt u het plan in korte hoofdstukken. Via het menu bovenaan springt u naar "
              "het onderwerp dat u zoekt. Moeilijke woorden worden uitgelegd onder 'Begrippen' onderaan de "
              "pagina."))
    B.append(("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Elk jaar maken wij een "
              "jaarplan waarin staat wat wij dat jaar gaan doen. Heeft u vragen over dit plan? Neem dan "
              "contact op met het bureau via info@swvveenland.nl of 0599-123456."))
    B.append(("h2", "Wat is een ondersteuningsplan?"))
    B.append(("p", "Ieder samenwerkingsverband moet eens in de vier jaar een ondersteuningsplan maken. Dat staat "
              "in de Wet op het primair onderwijs. In de wet staat ook welke onderwerpen in het plan aan bod "
              "komen, zoals de ondersteuning die alle scholen bieden, de verdeling van het geld, de "
              "toelaatbaarheid tot het speciaal (basis)onderwijs, de terugkeer naar de basisschool, de "
              "resultaten en de informatie aan ouders. Voordat het plan wordt vastgesteld, praten wij erover "
              "met de gemeenten en moet de ondersteuningsplanraad (OPR) ermee instemmen."))
    B.append(("p", "Dit plan is geen handboek. Praktische informatie, zoals formulieren en stappenplannen, "
              "vindt u op de andere pagina's van deze website. Die pagina's passen wij aan als dat nodig is, "
              "zonder dat het hele plan opnieuw hoeft te worden vastgesteld."))
    B.append(("p", "Wij danken alle leraren, intern begeleiders, directeuren, ouders en partners die hebben "
              "meegedacht tijdens de gesprekstafels in het najaar van 2025. Uw ideeën vindt u terug in dit plan."))
    B.append(("h1", "Over Veenland"))
    B.append(("p", "Het samenwerkingsverband Veenland werkt in de gemeenten Turfwijk en Venendal. Vier "
              "schoolbesturen zijn aangesloten: Stichting Primair Onderwijs Turfwijk (15 scholen), "
              "Christelijk Onderwijs Veenland (12 scholen), Stichting Katholiek Basisonderwijs Venendal "
              "(9 scholen) en de Vereniging voor Vrijeschoolonderwijs De Linde (2 scholen). Daarnaast zijn "
              "SBO De Klimop en SO Het Baken (cluster 4) aangesloten. Op 1 oktober 2025 zaten 8.930 kinderen "
              "op een basisschool in Veenland, 182 op het sbo en 96 op het so."))
    B.append(("table", [
        ["Schoolbestuur", "Scholen", "Leerlingen 1-10-2025"],
        ["Stichting Primair Onderwijs Turfwijk", "15", "3.640"],
        ["Christelijk Onderwijs Veenland", "12", "2.880"],
        ["Stichting Katholiek Basisonderwijs Venendal", "9", "2.150"],
        ["Vereniging voor Vrijeschoolonderwijs De Linde", "2", "260"],
        ["SBO De Klimop", "1", "182"],
        ["SO Het Baken", "1", "96"],
    ]))
    B.append(("p", "Het samenwerkingsverband bestaat sinds 2014. Daarvoor werkten de scholen samen in twee "
              "kleinere verbanden 'Weer Samen Naar School', één rond Turfwijk en één rond Venendal. Veel van "
              "de samenwerking tussen intern begeleiders stamt nog uit die tijd. Het bureau is gevestigd in "
              "het Onderwijshuis in Turfwijk, samen met het bestuursbureau van een van de schoolbesturen en "
              "de afdeling leerplicht van de gemeente."))
    B.append(("p", "Veenland is een landelijke regio met kleine dorpsscholen. Bijna een derde van de scholen "
              "heeft minder dan 100 leerlingen. Dat maakt samenwerking tussen scholen extra belangrijk: een "
              "kleine school kan niet alle expertise zelf in huis hebben."))
    B.append(("p", "Het aantal leerlingen in Veenland daalt al jaren. Volgens de prognose van de gemeenten zitten "
              "er in 2030 ongeveer 8.300 kinderen op een basisschool, zo'n 7% minder dan nu. In een aantal "
              "dorpen staat het voortbestaan van de school onder druk. De schoolbesturen werken daarom samen "
              "aan een spreidingsplan, zodat er in ieder dorp met voldoende kinderen een school blijft. Voor "
              "passend onderwijs betekent dit dat wij ondersteuning zo moeten organiseren dat ook kleine "
              "scholen er gebruik van kunnen maken."))
    B.append(("h1", "Onze visie"))
    B.append(("p", "Wij willen dat ieder kind in Veenland een passende plek heeft, het liefst op een school "
              "in het eigen dorp. Kinderen zijn verschillend en dat is goed. Onze scholen kijken naar wat een "
              "kind nodig heeft en zoeken samen met ouders naar de beste aanpak. Als een school er zelf niet "
              "uitkomt, helpen andere scholen en het samenwerkingsverband mee."))
    B.append(("p", "Wat wij belangrijk vinden:"))
    B.append(("ul", [
        "Wij kijken naar wat een kind nodig heeft en niet naar een diagnose of label.",
        "Wij gaan uit van wat een kind kan, en bouwen daarop verder.",
        "Leraren moeten zich gesteund voelen en niet alleen staan.",
        "Ouders worden serieus genomen als ervaringsdeskundige van hun kind.",
        "Kinderen praten mee over hun eigen ontwikkeling, passend bij hun leeftijd.",
        "Wij houden procedures zo eenvoudig mogelijk.",
    ]))
    B.append(("p", "Drie woorden staan centraal: dichtbij, samen en eerlijk. Dichtbij, omdat een kind het best "
              "tot zijn recht komt in zijn eigen omgeving. Samen, omdat geen school het alleen kan. Eerlijk, "
              "omdat wij open willen zijn over wat wel en niet kan."))
    B.append(("h1", "Basisondersteuning"))
    B.append(("p", "Alle scholen in Veenland hebben samen afgesproken welke ondersteuning iedere school ten "
              "minste biedt, op iedere locatie. Dat noemen wij de basisondersteuning. De afspraken zijn in "
              "2025 door de vier besturen vastgesteld en gelden voor alle 38 basisscholen, groot of klein."))
    B.append(("p", "De afspraken zijn gemaakt in werkgroepen van intern begeleiders en directeuren van alle "
              "besturen, die in 2024–2025 vijf keer bij elkaar kwamen. Zij keken naar wat scholen al deden, "
              "naar de landelijke discussie over een norm voor basisondersteuning en naar wat ouders in de "
              "gesprekstafels belangrijk vonden. Het resultaat is een korte lijst die voor iedere school "
              "haalbaar is, ook voor de kleinste dorpsschool."))
    B.append(("p", "Dit mag u van iedere basisschool in Veenland verwachten:"))
    B.append(("ul", [
        "Een intern begeleider die leraren helpt en met wie u als ouder een afspraak kunt maken.",
        "Leraren die drie keer per jaar per groep bespreken wat de kinderen nodig hebben, en hun lessen "
        "daarop aanpassen.",
        "Extra hulp bij lezen, spelling en rekenen in een klein groepje, en een aanpak voor kinderen met "
        "(vermoedelijk) dyslexie of dyscalculie.",
        "Uitdaging voor kinderen die meer aankunnen dan de gewone lesstof, zoals verrijkingswerk.",
        "Aandacht voor welbevinden: een methode voor sociaal-emotionele ontwikkeling en een aanpak tegen pesten.",
        "Afspraken over medicijngebruik en medische handelingen op school.",
        "Een ontwikkelingsperspectief (OPP) als een kind op een of meer vakken een eigen leerlijn volgt, "
        "dat elk jaar met u wordt besproken.",
        "Een leerkracht die tijdig contact met u opneemt als het niet goed gaat, en u betrekt bij de aanpak.",
    ]))
    B.append(("p", "Basisondersteuning is dus meer dan goed lesgeven. Het gaat om een stevige structuur in de "
              "school, waarin leraren, intern begeleider en directie samen verantwoordelijk zijn voor alle "
              "kinderen. Wat niet onder de basisondersteuning valt, is bijvoorbeeld dagelijkse één-op-één "
              "begeleiding gedurende langere tijd, of een aparte groep buiten de klas voor een deel van de "
              "week. Dat soort hulp is maatwerk."))
    B.append(("p", "Heeft een kind meer nodig dan de basisondersteuning, dan bespreekt de school met u wat "
              "de mogelijkheden zijn."))
    B.append(("h1", "Toelaatbaarheid sbo en so"))
    B.append(("p", "Sommige kinderen hebben een plek nodig op een school voor speciaal basisonderwijs (sbo) "
              "of speciaal onderwijs (so). Daarvoor is een toelaatbaarheidsverklaring (TLV) van het "
              "samenwerkingsverband nodig."))
    B.append(("p", "Het samenwerkingsverband verklaart een kind toelaatbaar tot het sbo als de basisschool "
              "ten minste een jaar lang extra ondersteuning heeft geboden en dit in het OPP heeft "
              "vastgelegd, als het kind een kleine groep en een aangepast tempo nodig heeft op meerdere "
              "vakgebieden, en als de basisschool dat ook met hulp van andere scholen niet kan bieden."))
    B.append(("p", "Een kind is toelaatbaar tot het so als het daarnaast zo veel en zo specialistische "
              "ondersteuning nodig heeft bij gedrag, ontwikkeling of gezondheid dat onderwijs en zorg op één "
              "plek samen moeten komen, en als het sbo die combinatie niet kan bieden."))
    B.append(("p", "Wat bedoelen wij met 'aantoonbaar'? In het OPP moet te zien zijn welke doelen de school heeft "
              "gesteld, welke aanpak is gekozen, hoe lang die is uitgevoerd en wat het resultaat was. Minimaal "
              "twee evaluaties van het OPP zijn nodig. Ook moet blijken dat de school advies heeft gevraagd "
              "aan de consulent van het samenwerkingsverband en dat adviezen zijn opgevolgd. Als een kind "
              "door een ernstige gebeurtenis of een medische situatie plotseling niet meer op school kan "
              "functioneren, kan van de eis van een jaar extra ondersteuning worden afgeweken."))
    B.append(("p", "Bij een TLV voor het so wordt ook een categorie bepaald. De categorie hangt af van wat het "
              "kind nodig heeft. Voor de meeste kinderen met gedragsproblemen of een verstandelijke beperking "
              "is dat de categorie laag; voor kinderen met een lichamelijke beperking of een langdurige "
              "ziekte is dat midden; voor kinderen met een meervoudige beperking is dat hoog."))
    B.append(("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV "
              "voor het so geldt twee jaar, in de categorie laag, midden of hoog. Hoe de aanvraag verloopt, "
              "welke stappen en termijnen er zijn en wie beslist, leest u op de pagina 'TLV aanvragen' op "
              "deze website."))
    B.append(("h1", "Terug naar de basisschool"))
    B.append(("p", "Een plek op het sbo of so hoeft niet voor altijd te zijn. Wij vinden het belangrijk dat "
              "kinderen, als het kan, terugkeren naar een gewone basisschool dicht bij huis. Dat doen wij "
              "alleen als het kind er klaar voor is, als ouders erachter staan en als de nieuwe school kan "
              "bieden wat het kind nodig heeft. Na de overstap blijft de leraar van het sbo of so een half "
              "jaar betrokken: hij of zij komt op bezoek in de klas, denkt mee met de nieuwe leraar en is "
              "aanspreekpunt voor ouders."))
    B.append(("p", "Zo gaat het in zijn werk. Elk jaar bespreekt de sbo- of so-school in het OPP-gesprek met "
              "ouders of terugkeer al mogelijk is. In het laatste jaar van de TLV neemt de school vóór "
              "1 februari het initiatief voor een overstapgesprek met ouders, de consulent van het "
              "samenwerkingsverband en een basisschool in de buurt. Zijn alle partijen het eens, dan maakt de "
              "school een overstapplan met een startdatum en een evaluatie na acht weken. Is terugkeer nog "
              "niet mogelijk, dan vraagt de school op tijd een nieuwe TLV aan, zodat er geen gat ontstaat. "
              "Anders eindigt de TLV op 31 juli."))
    B.append(("p", "Een voorbeeld. Sem ging in groep 4 naar SBO De Klimop, omdat hij in een grote groep "
              "vastliep en veel structuur nodig had. Twee jaar later ging het zo goed dat zijn ouders, de "
              "leraar en de intern begeleider van De Klimop samen besloten dat hij het op een gewone school "
              "weer kon proberen. Sem startte in groep 6 op de basisschool in zijn dorp. De eerste maanden "
              "kwam zijn oude leraar om de week langs. Inmiddels zit Sem in groep 8 en gaat hij na de zomer "
              "naar het vmbo."))
    B.append(("p", "Lukt terugkeer niet, of gaat het na de overstap toch niet goed? Dan zoeken wij samen met "
              "ouders, de nieuwe school en de sbo- of so-school naar een oplossing. Een kind kan in dat geval "
              "terug naar de school van herkomst, zolang de TLV nog geldig is. Niemand hoeft bang te zijn "
              "dat een poging tot terugkeer het kind zijn plek kost."))
    B.append(("p", "In schooljaar 2024–2025 keerden 9 kinderen vanuit SBO De Klimop en 2 kinderen vanuit "
              "SO Het Baken terug naar een basisschool."))
    B.append(("h1", "Dekkend aanbod"))
    B.append(("p", "Een dekkend aanbod betekent dat er voor ieder kind een passende plek is. In 2026 brengen "
              "wij samen met de besturen in kaart welke voorzieningen er in Veenland zijn en waar witte "
              "vlekken zitten. De uitkomsten en de afspraken die daaruit volgen, leggen wij vast in een "
              "aanvulling op dit plan."))
    B.append(("h1", "Kwaliteit en resultaten"))
    B.append(("p", "Welke resultaten wij in deze planperiode willen bereiken, stellen wij in het eerste "
              "planjaar samen met de schoolbesturen vast. De streefwaarden nemen wij op in het jaarplan "
              "2026–2027."))
    B.append(("p", "Wel ligt vast hoe wij volgen hoe het gaat. Het bureau houdt een kwaliteitsmonitor bij. "
              "Elk kwartaal kijken wij naar het aantal aanvragen en de doorlooptijd van TLV's. Elk jaar op "
              "1 oktober berekenen wij het percentage kinderen op sbo en so en het aantal kinderen dat "
              "terugkeerde naar de basisschool. Om het jaar vragen wij scholen en ouders wat zij van onze "
              "ondersteuning vinden. De uitkomsten bespreekt het bestuur twee keer per jaar, in maart en "
              "oktober, met de directeuren en de OPR. In het jaarverslag, dat elk jaar vóór 1 juli op deze "
              "website verschijnt, staat wat wij bereikt hebben."))
    B.append(("p", "De gegevens voor de kwaliteitsmonitor komen uit de administratie van het bureau, uit de "
              "gegevens van DUO en uit de vragenlijsten. Het bureau controleert de gegevens voordat ze worden "
              "gebruikt. De kwaliteitsmonitor wordt besproken in het bestuur en is op te vragen bij het bureau."))
    B.append(("p", "Uit de laatste peiling, in het voorjaar van 2025, bleek dat intern begeleiders het "
              "samenwerkingsverband gemiddeld een 7,4 geven. Ouders die een TLV-traject doorliepen, gaven "
              "gemiddeld een 6,9. Zij waren positief over de betrokkenheid van de consulent en minder "
              "positief over de lengte van het traject."))
    B.append(("table", [
        ["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"],
        ["Deelname sbo", "2,1%", "2,0%", "2,0%"],
        ["Deelname so", "1,1%", "1,1%", "1,1%"],
        ["Gemiddelde doorlooptijd TLV (dagen)", "44", "38", "35"],
    ]))
    B.append(("h1", "Ouders"))
    B.append(("p", "Ouders kennen hun kind het best. Daarom praten ouders altijd mee over het OPP en over "
              "een eventuele aanvraag voor extra ondersteuning of een TLV. In de OPR zijn vier van de acht "
              "zetels voor ouders."))
    B.append(("p", "Loopt u vast, of bent u het niet eens met de school of met ons? Dan kunt u terecht bij het "
              "Ouder- en Jeugdsteunpunt Veenland. Het steunpunt is onafhankelijk van de scholen en van het "
              "samenwerkingsverband en denkt alleen mee vanuit het belang van uw kind. U kunt het steunpunt "
              "bellen (0599-654321, op werkdagen van 9 tot 16 uur) of mailen. U kunt ook gratis hulp vragen "
              "van de landelijke Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP "
              "kunt u naar de Geschillencommissie passend onderwijs. Een klacht over het samenwerkingsverband "
              "kunt u indienen volgens onze klachtenregeling."))
    B.append(("p", "Wat kan het steunpunt voor u doen? Een medewerker luistert naar uw vraag, legt uit welke "
              "regels er gelden en wat uw rechten zijn, en denkt mee over de volgende stap. Als u dat wilt, "
              "gaat de medewerker mee naar een gesprek op school. Het steunpunt kiest geen partij voor de "
              "school of het samenwerkingsverband. Signalen die het steunpunt vaker hoort, bespreekt het "
              "twee keer per jaar met het bestuur, zonder namen te noemen."))
    B.append(("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in Veenland, werken wij uit "
              "in een communicatieplan dat in 2026 verschijnt."))
    B.append(("h1", "Financiën"))
    B.append(("p", "Informatie over de begroting, het verdeelmodel en de jaarrekening van het "
              "samenwerkingsverband vindt u op de pagina Organisatie > Financiën."))
    B.append(("h1", "Organisatie en OPR"))
    B.append(("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de "
              "vier aangesloten schoolbesturen en een onafhankelijk voorzitter. Het bestuur stelt onder meer "
              "het ondersteuningsplan, het jaarplan, de begroting en het jaarverslag vast. Een directeur "
              "leidt het bureau."))
    B.append(("p", "Het bestuur vergadert acht keer per jaar. De onafhankelijk voorzitter zorgt ervoor dat "
              "bestuurders niet alleen de belangen van hun eigen scholen behartigen, maar ook die van het "
              "samenwerkingsverband als geheel. Eén keer per jaar evalueert het bestuur zijn eigen "
              "functioneren onder leiding van een externe begeleider. De directeur is aangesteld door het "
              "bestuur en legt aan het bestuur verantwoording af."))
    B.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
              "bestaat uit acht leden uit de medezeggenschapsraden van de scholen: vier ouders en vier "
              "personeelsleden. De OPR heeft op 26 maart 2026 met dit plan ingestemd."))
    B.append(("p", "De OPR vergadert zes keer per jaar, in openbare vergaderingen. De agenda en de verslagen "
              "staan op deze website. Nieuwe leden krijgen een introductiebijeenkomst en kunnen een cursus "
              "volgen over passend onderwijs en medezeggenschap. Het bestuur en de OPR spreken elkaar ten "
              "minste twee keer per jaar. Het samenwerkingsverband heeft daarnaast een eigen "
              "medezeggenschapsraad voor de medewerkers van het bureau."))
    B.append(("h1", "Personeel en deskundigheid"))
    B.append(("p", "Op het bureau werken zeven mensen: een directeur, drie consulenten, een orthopedagoog, "
              "een beleidsmedewerker en een office manager. De consulenten hebben elk een vaste groep "
              "scholen. Voor de intern begeleiders organiseren wij vier netwerkbijeenkomsten per jaar. "
              "Leraren kunnen deelnemen aan de cursussen van de Veenland Leerlijn, bijvoorbeeld over "
              "omgaan met gedrag in de klas, over hoogbegaafdheid en over jonge kinderen."))
    B.append(("p", "Net als elders in het land merken wij het lerarentekort. Het samenwerkingsverband neemt "
              "daarom deel aan het regionale opleidingsnetwerk met de pabo en stimuleert dat studenten hun "
              "stage lopen op het sbo of so. Nieuwe intern begeleiders krijgen in hun eerste jaar een maatje "
              "van een ervaren collega."))
    B.append(("p", "De consulenten en de orthopedagoog volgen ieder jaar scholing en nemen deel aan landelijke "
              "netwerken. Zo blijven zij op de hoogte van nieuwe inzichten, bijvoorbeeld over "
              "gedragsproblemen bij jonge kinderen en over begaafdheid."))
    B.append(("h1", "Privacy en ICT"))
    B.append(("p", "Het samenwerkingsverband gaat zorgvuldig om met gegevens van kinderen en ouders. Wij "
              "verwerken alleen de gegevens die nodig zijn voor onze taken, zoals het beoordelen van een "
              "aanvraag. Dossiers bewaren wij tot drie jaar na het laatste besluit. Wij hebben een "
              "functionaris gegevensbescherming. Aanvragen worden digitaal ingediend via een beveiligde "
              "omgeving; scholen loggen in met tweestapsverificatie."))
    B.append(("p", "Wilt u weten welke gegevens het samenwerkingsverband over uw kind heeft? Dan kunt u "
              "inzage vragen via het bureau. Wij reageren binnen vier weken. In onze privacyverklaring leest u "
              "meer over uw rechten."))
    B.append(("h1", "Totstandkoming"))
    B.append(("p", "Het plan is geschreven door een werkgroep van directeuren, intern begeleiders en "
              "medewerkers van het bureau. In oktober en november 2025 waren er gesprekstafels in Turfwijk "
              "en Venendal. Het concept is besproken met de gemeenten in het OOGO van 11 maart 2026 en met "
              "het samenwerkingsverband VO Veenland. De OPR stemde in op 26 maart 2026 en het bestuur "
              "stelde het plan vast op 9 april 2026. Daarna is het plan naar de inspectie gestuurd."))
    B.append(("p", "Tijdens de gesprekstafels kwamen steeds dezelfde onderwerpen terug. Leraren vroegen om "
              "meer hulp in de klas en minder papierwerk. Ouders vroegen om duidelijkheid: wie is mijn "
              "aanspreekpunt en wat mag ik verwachten? Directeuren van kleine scholen vroegen aandacht voor "
              "de kwetsbaarheid van een school met één intern begeleider voor een paar uur per week. Deze "
              "geluiden hebben wij meegenomen in de keuzes in dit plan en in het jaarplan."))
    B.append(("h1", "Planning"))
    B.append(("table", [
        ["Wanneer", "Wat"],
        ["2026", "Inventarisatie voorzieningen en witte vlekken; communicatieplan"],
        ["2026–2027", "Vaststellen beoogde resultaten en streefwaarden in het jaarplan"],
        ["2027–2028", "Evaluatie basisondersteuning met alle scholen"],
        ["2028–2029", "Tussenevaluatie van dit plan met de OPR"],
        ["2029–2030", "Voorbereiding nieuw ondersteuningsplan"],
    ]))
    B.append(("p", "De inspectie van het onderwijs houdt toezicht op samenwerkingsverbanden en komt ten minste "
              "eens in de vier jaar op bezoek. Bij het laatste bezoek, in 2023, sprak de inspectie met het "
              "bestuur, de directeur, de OPR en een aantal intern begeleiders."))
    B.append(("h1", "Begrippen"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Arrangement", "Extra ondersteuning voor een kind of een groep, bovenop de basisondersteuning."],
        ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor ieder kind een passende plek is."],
        ["Meerjarenbegroting", "Een begroting voor vier jaar."],
        ["OPP", "Ontwikkelingsperspectief: een plan voor een kind met een eigen leerlijn."],
        ["Schoolbudget", "Het geld dat een school van het samenwerkingsverband krijgt voor ondersteuning."],
        ["Thuiszitter", "Een kind dat zonder geldige reden niet naar school gaat."],
        ["Verevening", "Herverdeling van geld voor zware ondersteuning tussen samenwerkingsverbanden."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te zoeken voor een kind dat "
         "extra ondersteuning nodig heeft."],
    ]))
    return B, sections


VEENLAND_LABEL = dict(
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["duur-categorie"],
        "terugstroom": ["monitoring"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "section 'Basisondersteuning': agreed minimum for all 38 schools and every location, eight concrete provisions parents can expect",
        "plaatsing": "section 'Toelaatbaarheid sbo en so' gives sbo and so criteria and TLV duration/category, but steps, terms and deciding body are referred to the web page 'TLV aanvragen'",
        "terugstroom": "section 'Terug naar de basisschool': policy (aim, conditions, half-year follow-up) and procedure (yearly OPP talk, initiative before 1 February, overstapplan, end 31 July); 2024-2025 figures",
        "financien": "section 'Financiën' only points to the web page Organisatie > Financiën; begroting mentioned in passing under Organisatie, schoolbudget/verevening only in Begrippen",
        "dekkend-aanbod": "section 'Dekkend aanbod' defers the inventory and the witte-vlekken analysis to an 'aanvulling' after 2026; visie only states the wish; thuiszitter/zorgplicht only in Begrippen",
        "resultaten": "section 'Kwaliteit en resultaten': targets deferred to the first plan year / jaarplan, but the monitoring cycle (quarterly, yearly 1 October, reporting to board, OPR, jaarverslag) and figures are given",
        "ouders": "section 'Ouders' names the independent OJSP, Onderwijsconsulenten, Geschillencommissie and klachtenregeling; how parents are informed is deferred to a communicatieplan in 2026",
    },
)


# =============================================================================================
# Near-miss - a school's own 'ondersteuningsplan' (zorgplan of one basisschool), Word.
# Uses the vocabulary (basisondersteuning, TLV, terugplaatsing, ouders, middelen, resultaten,
# samenwerkingsverband) but is not a plan of a samenwerkingsverband.
# =============================================================================================
def nearmiss_wilgenhoek():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025–2026",
        "OBS De Wilgenhoek – Lingedal",
        "Onderdeel van Stichting Openbaar Onderwijs Lingedal · aangesloten bij samenwerkingsverband "
        "De Lingebogen (PO 29-14)",
        "Opgesteld door het ondersteuningsteam, besproken met de MR op 30 september 2025",
    ]))
    B.append(("toc", [
        ("1 Inleiding", 2), ("2 Onze leerlingen", 2), ("3 De ondersteuningsstructuur: vijf niveaus", 3),
        ("4 De zorgcyclus: groeps- en leerlingbesprekingen", 4), ("5 Basisondersteuning op De Wilgenhoek", 5),
        ("6 Extra ondersteuning en arrangementen", 6), ("7 Aanvraag van een TLV", 7),
        ("8 Terugplaatsing vanuit sbo of so", 7), ("9 Ouders", 8), ("10 Middelen", 8),
        ("11 Opbrengsten en evaluatie", 9), ("12 Jaarplanning zorg 2025–2026", 10),
    ]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze "
              "leerlingen organiseren in schooljaar 2025–2026. Het plan is bedoeld voor het team en voor "
              "nieuwe collega's, en geeft ouders en de medezeggenschapsraad inzicht in onze werkwijze. Het "
              "plan wordt ieder jaar in september geactualiseerd door de intern begeleider en de directeur."))
    B.append(("p", "Onze school is aangesloten bij het samenwerkingsverband De Lingebogen. De afspraken uit "
              "het ondersteuningsplan van het samenwerkingsverband en ons schoolondersteuningsprofiel vormen "
              "het kader voor dit plan."))
    B.append(("h1", "2 Onze leerlingen"))
    B.append(("p", "De Wilgenhoek telt op 1 oktober 2025 312 leerlingen in twaalf groepen. Ongeveer een "
              "vijfde van onze leerlingen groeit meertalig op. In de middenbouw zien wij een groeiende groep "
              "kinderen met concentratieproblemen en een kleine groep leerlingen die meer uitdaging nodig "
              "heeft. Negen leerlingen hebben een ontwikkelingsperspectief (OPP)."))
    B.append(("h1", "3 De ondersteuningsstructuur: vijf niveaus"))
    B.append(("table", [
        ["Niveau", "Wat", "Wie"],
        ["1", "Algemene zorg in de groep: goed lesgeven, differentiatie in drie niveaus", "Leerkracht"],
        ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
        ["3", "Speciale zorg na intern onderzoek, eventueel met hulp van de remedial teacher",
         "Leerkracht, IB, RT"],
        ["4", "Speciale zorg na extern onderzoek of met een arrangement van het samenwerkingsverband",
         "IB, consulent SWV, externen"],
        ["5", "Verwijzing naar sbo of so", "IB, directeur, samenwerkingsverband"],
    ]))
    B.append(("h1", "4 De zorgcyclus: groeps- en leerlingbesprekingen"))
    B.append(("p", "Wij werken handelingsgericht. Drie keer per jaar, in oktober, februari en juni, houdt de "
              "intern begeleider met iedere leerkracht een groepsbespreking. Daarin bespreken wij de "
              "toetsresultaten uit het leerlingvolgsysteem, het welbevinden van de kinderen en de "
              "onderwijsbehoeften per subgroep. De uitkomsten worden vastgelegd in het groepsoverzicht."))
    B.append(("p", "Leerlingen die opvallen, worden besproken in een leerlingbespreking. Is er meer nodig, dan "
              "wordt de leerling ingebracht in het schoolondersteuningsteam (SOT), dat vier keer per jaar "
              "bijeenkomt met de consulent van het samenwerkingsverband, de jeugdverpleegkundige en de "
              "schoolmaatschappelijk werker. Ouders worden voor het SOT uitgenodigd."))
    B.append(("h1", "5 Basisondersteuning op De Wilgenhoek"))
    B.append(("p", "Op onze school bieden wij de basisondersteuning zoals afgesproken in het samenwerkingsverband. "
              "Concreet betekent dat bij ons:"))
    B.append(("ul", [
        "Intern begeleider: 0,6 fte, aanwezig op maandag, dinsdag en donderdag.",
        "Remedial teacher: 0,4 fte voor lezen en rekenen.",
        "Dyslexieprotocol: signalering vanaf groep 2, extra leesinstructie in groep 3 en 4.",
        "Sociaal-emotioneel: Kanjertraining in alle groepen, twee keer per jaar welbevinden gemeten.",
        "Plusgroep: één ochtend per week voor leerlingen van groep 5 tot en met 8 die meer uitdaging nodig hebben.",
        "NT2: een taalklas van vier uur per week voor nieuwkomers.",
        "Prikkelarme werkplekken in iedere groep.",
    ]))
    B.append(("h1", "6 Extra ondersteuning en arrangementen"))
    B.append(("p", "Als wij met onze eigen mogelijkheden niet voldoende kunnen bieden, vragen wij via de "
              "consulent een arrangement aan bij het samenwerkingsverband. In 2024–2025 hadden vier leerlingen "
              "een individueel arrangement en gingen drie leerlingen één dag per week naar De Uitkijk, de "
              "plusklas van het samenwerkingsverband. Eén leerling volgde de observatiegroep in SBO 't Startblok."))
    B.append(("h1", "7 Aanvraag van een TLV"))
    B.append(("p", "Als blijkt dat een leerling ook met een arrangement niet op zijn plek is bij ons, "
              "bespreken wij met ouders de mogelijkheid van het speciaal basisonderwijs of speciaal onderwijs. "
              "De intern begeleider organiseert dan een MDO en stelt samen met de leerkracht het dossier op. "
              "De directeur dient de aanvraag voor een toelaatbaarheidsverklaring in bij het LingeLoket van het "
              "samenwerkingsverband. Het samenwerkingsverband beslist; de procedure en de criteria staan in "
              "het ondersteuningsplan van De Lingebogen. Wij informeren ouders over elke stap."))
    B.append(("h1", "8 Terugplaatsing vanuit sbo of so"))
    B.append(("p", "Wij staan open voor leerlingen die vanuit het sbo of so terugkeren naar het reguliere "
              "onderwijs. Bij een aanmelding voeren de intern begeleider en de directeur een gesprek met "
              "ouders en de school van herkomst. Wij vragen de leerkracht van het sbo of so om de eerste "
              "maanden mee te kijken in de klas."))
    B.append(("h1", "9 Ouders"))
    B.append(("p", "Wij zien ouders als partners. Ouders worden altijd betrokken bij een leerlingbespreking "
              "over hun kind en tekenen voor akkoord bij een OPP. Twee keer per jaar zijn er "
              "oudergesprekken; ouders van kinderen met een OPP spreken wij drie keer per jaar. Informatie "
              "over de ondersteuning op onze school vindt u in de schoolgids en het schoolondersteuningsprofiel. "
              "Bij vragen kunt u altijd een afspraak maken met de intern begeleider. Voor onafhankelijk advies "
              "kunt u terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."))
    B.append(("h1", "10 Middelen"))
    B.append(("p", "De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget. In "
              "2025–2026 is dat € 70.220. Wij besteden dit bedrag als volgt:"))
    B.append(("table", [
        ["Post", "Bedrag"],
        ["Remedial teacher (0,4 fte)", "€ 31.500"],
        ["Uitbreiding IB van 0,4 naar 0,6 fte", "€ 17.800"],
        ["Plusgroep", "€ 9.400"],
        ["Taalklas NT2", "€ 8.200"],
        ["Scholing team (Kanjertraining)", "€ 3.320"],
        ["Totaal", "€ 70.220"],
    ]))
    B.append(("h1", "11 Opbrengsten en evaluatie"))
    B.append(("p", "In juni evalueren wij dit plan met het team. Wij kijken daarbij naar de opbrengsten van de "
              "eindtoets (2025: 91% van de leerlingen behaalde 1F lezen, 68% 2F/1S), de tussenopbrengsten in "
              "het leerlingvolgsysteem en de resultaten van de leerlingen met een OPP. Ons doel voor "
              "2025–2026: alle leerlingen met een OPP behalen ten minste 80% van hun tussendoelen. De "
              "uitkomsten van de evaluatie bespreken wij met de MR en verwerken wij in het plan voor het "
              "volgende schooljaar."))
    B.append(("h2", "11.1 Samenwerking met partners"))
    B.append(("p", "Voor een goede ondersteuning werken wij samen met partners buiten de school. De "
              "jeugdverpleegkundige houdt eens per maand spreekuur op school en ziet alle kinderen in groep 2 "
              "en groep 7. De schoolmaatschappelijk werker is op dinsdagochtend aanwezig. Voor logopedie "
              "werken wij samen met een praktijk die behandelingen onder schooltijd in ons gebouw uitvoert, "
              "na toestemming van ouders. Met de kinderopvang in ons gebouw hebben wij een warme overdracht "
              "afgesproken voor alle kinderen die naar groep 1 gaan."))
    B.append(("p", "Voor leerlingen die meer uitdaging nodig hebben, werken wij samen met de andere scholen "
              "van ons bestuur: zij kunnen deelnemen aan de plusgroep van het bestuur op vrijdagochtend. "
              "Leerkrachten met een specialisatie, zoals onze gedragsspecialist en onze rekencoördinator, "
              "delen hun kennis in de bouwvergaderingen."))
    B.append(("h1", "12 Jaarplanning zorg 2025–2026"))
    B.append(("table", [
        ["Maand", "Activiteit"],
        ["september", "Overdrachtsgesprekken, actualisering OPP's"],
        ["oktober", "Groepsbesprekingen ronde 1, SOT"],
        ["november", "Oudergesprekken, evaluatie arrangementen"],
        ["januari", "Midden-toetsen leerlingvolgsysteem"],
        ["februari", "Groepsbesprekingen ronde 2, SOT"],
        ["maart", "Oudergesprekken, aanvragen TLV voor volgend schooljaar"],
        ["mei", "SOT, voorbereiding groepsindeling"],
        ["juni", "Groepsbesprekingen ronde 3, evaluatie ondersteuningsplan"],
    ]))
    return B


WILGENHOEK_NOTE = ("a single basisschool's own yearly ondersteuningsplan/zorgplan (zorgniveaus, groeps- en "
                   "leerlingbesprekingen, own schoolbudget spending); it refers to the samenwerkingsverband's "
                   "plan for TLV procedure and criteria but is not a plan of a samenwerkingsverband (no "
                   "verband-wide basisondersteuning, verdeelmodel, OPR/OOGO, planperiode of four years)")


# =============================================================================================
# Build
# =============================================================================================
INTENDED = {
    "op-po-lingebogen-2026-2030": dict(basisondersteuning="present", plaatsing="present",
        terugstroom="present", financien="partial", **{"dekkend-aanbod": "present"},
        resultaten="missing", ouders="present"),
    "op-po-kempenrand-2025-2029": dict(basisondersteuning="partial", plaatsing="present",
        terugstroom="partial", financien="present", **{"dekkend-aanbod": "partial"},
        resultaten="present", ouders="missing"),
    "op-vo-duinstreek-2026-2030": dict(basisondersteuning="present", plaatsing="missing",
        terugstroom="partial", financien="present", **{"dekkend-aanbod": "present"},
        resultaten="present", ouders="partial"),
    "op-vo-maasdelta-2025-2029": dict(basisondersteuning="missing", plaatsing="present",
        terugstroom="missing", financien="present", **{"dekkend-aanbod": "partial"},
        resultaten="partial", ouders="present"),
    "op-po-veenland-2026-2030": dict(basisondersteuning="present", plaatsing="partial",
        terugstroom="present", financien="missing", **{"dekkend-aanbod": "missing"},
        resultaten="partial", ouders="partial"),
}


def label(stem, documents, sector, lab):
    crit = {f"{e}.{c}": lab["criteria"][f"{e}.{c}"] for e, c in CORE}
    elements = derive(crit, lab["advisory"])
    assert elements == INTENDED[stem], (stem, elements)
    write_yaml(OUT / f"{stem}.expected.yaml", documents, sector, True, elements, crit,
               lab["advisory"], lab["notes"])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}

    stem = "op-po-lingebogen-2026-2030"
    b = plan_lingebogen()
    counts[stem] = word_count(b)
    write_docx(b, OUT / f"{stem}.docx", header="Ondersteuningsplan De Lingebogen 2026–2030",
               footer="SWV De Lingebogen PO 29-14 · versie 1.0 · april 2026",
               title="Ondersteuningsplan 2026-2030 De Lingebogen")
    label(stem, [f"{stem}.docx"], "po", LINGEBOGEN_LABEL)

    stem = "op-po-kempenrand-2025-2029"
    b = plan_kempenrand()
    counts[stem] = word_count(b)
    write_docx(b, OUT / f"{stem}.docx", header="Passend in de Kempenrand – Ondersteuningsplan 2025–2029",
               footer="SWV Kempenrand PO 30-09", title="Ondersteuningsplan Kempenrand", font="Arial")
    docx_to_pdf(OUT / f"{stem}.docx", OUT / f"{stem}.pdf")
    label(stem, [f"{stem}.pdf", f"{stem}.docx"], "po", KEMPENRAND_LABEL)

    stem = "op-vo-duinstreek-2026-2030"
    b = plan_duinstreek()
    counts[stem] = word_count(b)
    write_docx(b, OUT / f"{stem}.docx", header="SWV VO Duinstreek · Ondersteuningsplan 2026–2030 · CONCEPT",
               footer="VO 28-11 · versie 0.9", title="Ondersteuningsplan Duinstreek", font="Cambria")
    label(stem, [f"{stem}.docx"], "vo", DUINSTREEK_LABEL)

    stem = "op-vo-maasdelta-2025-2029"
    b = plan_maasdelta()
    counts[stem] = word_count(b)
    write_docx(b, OUT / f"{stem}.docx", header="Koersplan passend onderwijs 2025–2029",
               footer="Samenwerkingsverband VO Maasdelta · VO 27-05", title="Koersplan Maasdelta",
               font="Verdana")
    docx_to_pdf(OUT / f"{stem}.docx", OUT / f"{stem}.pdf")
    label(stem, [f"{stem}.pdf", f"{stem}.docx"], "vo", MAASDELTA_LABEL)

    stem = "op-po-veenland-2026-2030"
    b, sections = plan_veenland()
    counts[stem] = word_count(b)
    write_html(b, OUT / f"{stem}.html", "Samenwerkingsverband Passend Onderwijs Veenland",
               [("Home", "s1"), ("Ondersteuningsplan", "s4"), ("Ouders", "s9"), ("Financiën", "s10"),
                ("Organisatie", "s11"), ("Contact", "s1")],
               "<p>© 2026 SWV Passend Onderwijs Veenland · PO 26-03 · Postbus 210, Turfwijk · "
               '<a href="#">Ondersteuningsplan 2026–2030 (pdf)</a> · <a href="#">Privacyverklaring</a> · '
               '<a href="#">TLV aanvragen</a> · <a href="#">Ouders en jeugdsteunpunt</a></p>')
    label(stem, [f"{stem}.html"], "po", VEENLAND_LABEL)

    stem = "ondersteuningsplan-obs-de-wilgenhoek-2025-2026"
    b = nearmiss_wilgenhoek()
    counts[stem] = word_count(b)
    write_docx(b, OUT / f"{stem}.docx", header="OBS De Wilgenhoek · Ondersteuningsplan 2025–2026",
               footer="Stichting Openbaar Onderwijs Lingedal", author="OBS De Wilgenhoek",
               title="Ondersteuningsplan De Wilgenhoek")
    write_yaml(OUT / f"{stem}.expected.yaml", [f"{stem}.docx"], "po", False, {}, {}, {},
               {"looks_like_plan": WILGENHOEK_NOTE})

    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
