#!/usr/bin/env python3
"""Generate holdout48: five fictional ondersteuningsplannen (PO/VO) and one near-miss document,
plus hand-written label files (<name>.expected.yaml).

Deterministic, no network. Requires python-docx; PDFs are rendered from .docx with
`soffice --headless --convert-to pdf` (LibreOffice).  All organisations, schools, persons and
figures are fictional.

Usage:  python3 make_holdout48.py [outdir]   (default: the folder above this script)
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", [lines])            title page (first block)
#   ("toc", None)                 table of contents, generated from h1/h2 with fictitious pages
#   ("h1", text) / ("h2", text)   headings
#   ("p", text)                   paragraph
#   ("ul", [items])               bullet list
#   ("ol", [items])               numbered list
#   ("table", [[cells], ...])     table, first row is the header
#   ("gloss", [(term, def), ...]) begrippenlijst / afkortingen (two-column table)
# --------------------------------------------------------------------------------------------

def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("ul", "ol", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
        elif kind == "gloss":
            n += sum(len(a.split()) + len(b.split()) for a, b in val)
    return n


def toc_entries(blocks):
    entries, page, words = [], 3, 0
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            entries.append((kind, val, page + words // 450))
        elif kind == "p":
            words += len(val.split())
        elif kind in ("ul", "ol"):
            words += sum(len(x.split()) for x in val)
        elif kind in ("table", "gloss"):
            words += 60 * len(val)
    return entries


def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.author = "beleidsmedewerker"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "beleidsmedewerker"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for hk, text, page in toc_entries(blocks):
                indent = "" if hk == "h1" else "    "
                doc.add_paragraph(f"{indent}{text} {'.' * max(4, 60 - len(text))} {page}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(val, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for x in val:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "ol":
            for x in val:
                doc.add_paragraph(x, style="List Number")
        elif kind in ("table", "gloss"):
            rows = val if kind == "table" else [("Begrip", "Omschrijving")] + list(val)
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def write_html(blocks, path, header_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>", "</head>", "<body>",
           f'<header><nav><a href="/">Home</a> | <a href="/ouders">Ouders</a> | '
           f'<a href="/scholen">Scholen</a> | <a href="/downloads">Downloads</a> | '
           f'<a href="/contact">Contact</a></nav><p>{e(header_text)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out += [f'<p class="subtitle">{e(x)}</p>' for x in val[1:]]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for hk, text, _ in toc_entries(blocks):
                anchor = "".join(c for c in text.lower() if c.isalnum())
                out.append(f'<li class="{hk}"><a href="#{anchor}">{e(text)}</a></li>')
            out.append("</ul></nav>")
        elif kind in ("h1", "h2"):
            tag = "h2" if kind == "h1" else "h3"
            anchor = "".join(c for c in val.lower() if c.isalnum())
            out.append(f'<{tag} id="{anchor}">{e(val)}</{tag}>')
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{kind}>")
        elif kind in ("table", "gloss"):
            rows = val if kind == "table" else [("Begrip", "Omschrijving")] + list(val)
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", '<footer><p>&copy; 2026 Samenwerkingsverband | <a href="/privacy">Privacy</a> | '
            '<a href="/cookies">Cookies</a> | Volg ons op LinkedIn</p></footer>', "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------
CORE = [
    ("basisondersteuning", ["niveau", "inhoud"]),
    ("plaatsing", ["procedure", "criteria"]),
    ("terugstroom", ["procedure", "beleid"]),
    ("financien", ["verdeling", "besteding"]),
    ("dekkend-aanbod", ["continuum", "lacunes"]),
    ("resultaten", ["doelen", "monitoring"]),
    ("ouders", ["informatie", "steunpunt"]),
]


def status_of(criteria, element, advisory):
    vals = [criteria[f"{element}.{c}"] for c in dict(CORE)[element]]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(element):
        return "partial"
    return "missing"


def write_label(path, documents, sector, criteria, advisory, notes, elements_expected):
    if criteria is None:  # not a plan
        lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
                 "looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                 "notes:"]
        for k, v in notes.items():
            lines.append(f'  {k}: "{v}"')
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        return
    elements = {}
    for el, _ in CORE:
        elements[el] = status_of(criteria, el, advisory)
    assert elements == elements_expected, (path, elements, elements_expected)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}", "criteria:"]
    for el, crits in CORE:
        for c in crits:
            lines.append(f"  {el}.{c}: {'true' if criteria[f'{el}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    for el, _ in CORE:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el, _ in CORE:
        if el in notes:
            lines.append(f'  {el}: "{notes[el]}"')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def crit(**kw):
    """crit(basisondersteuning_niveau=True, ...) -> {'basisondersteuning.niveau': True, ...}"""
    out = {}
    for el, crits in CORE:
        for c in crits:
            key = f"{el.replace('-', '_')}_{c}"
            out[f"{el}.{c}"] = kw.pop(key)
    assert not kw, kw
    return out


# ============================================================================================
# Plan A - PO, docx + pdf.  "Vechtdal-Zuid"
# ============================================================================================
def plan_a():
    N = "Samenwerkingsverband Passend Onderwijs Vechtdal-Zuid"
    b = [
        ("title", ["Ondersteuningsplan 2026-2030", N + " (PO 23-97)",
                   "Samen zorgen voor passend onderwijs dichtbij huis",
                   "Vastgesteld door het algemeen bestuur op 22 april 2026"]),
        ("toc", None),
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan 2026-2030 van " + N + ". Dit is alweer het derde "
              "ondersteuningsplan sinds de invoering van passend onderwijs in 2014. Veel is in die jaren "
              "veranderd: de scholen zijn gegroeid in hun handelingsgerichte aanpak, de samenwerking met de "
              "gemeenten is hechter geworden en ouders zijn nadrukkelijker in beeld als partner. Tegelijkertijd "
              "blijven er zorgen. Het lerarentekort raakt ook onze scholen, de vraag naar ondersteuning neemt toe "
              "en de middelen groeien niet mee."),
        ("p", "Dit plan is tot stand gekomen in gesprekken met directeuren, intern begeleiders, leerkrachten, "
              "ouders, de ondersteuningsplanraad en de vier gemeenten in onze regio. Wij danken iedereen die "
              "heeft meegedacht. Het plan beschrijft op hoofdlijnen wat wij de komende vier jaar willen bereiken "
              "en hoe wij dat organiseren. De uitwerking per jaar volgt in de jaarplannen."),
        ("p", "Wij hopen dat dit plan bijdraagt aan ons gezamenlijke doel: ieder kind in Vechtdal-Zuid een "
              "passende plek en de ondersteuning die het nodig heeft, zo dicht mogelijk bij huis."),
        ("p", "Hanneke Oosterveld, directeur-bestuurder"),
        ("h1", "1. Inleiding"),
        ("h2", "1.1 Leeswijzer"),
        ("p", "Hoofdstuk 2 schetst de context van ons samenwerkingsverband en blikt terug op de afgelopen "
              "planperiode. In hoofdstuk 3 staan onze visie en missie. Hoofdstuk 4 beschrijft de "
              "basisondersteuning en hoofdstuk 5 de extra ondersteuning en het dekkend aanbod. Hoofdstuk 6 gaat "
              "over toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs. In hoofdstuk 7 "
              "staan onze beoogde resultaten. Hoofdstuk 8 gaat over communicatie, hoofdstuk 9 over organisatie "
              "en medezeggenschap en hoofdstuk 10 over geld en middelen. Het plan sluit af met de planning en "
              "de bijlagen."),
        ("h2", "1.2 Wettelijk kader"),
        ("p", "Het samenwerkingsverband is op grond van artikel 18a van de Wet op het primair onderwijs "
              "verplicht om ten minste eens in de vier jaar een ondersteuningsplan vast te stellen. Het plan "
              "beschrijft onder meer hoe een samenhangend geheel van ondersteuningsvoorzieningen wordt "
              "gerealiseerd, de basisondersteuning, de verdeling van middelen, de toelaatbaarheid tot sbo en so, "
              "terugplaatsing, de beoogde resultaten en de informatie aan ouders. De ondersteuningsplanraad "
              "heeft instemmingsrecht op het plan."),
        ("h2", "1.3 Totstandkoming"),
        ("p", "In het voorjaar van 2025 zijn wij gestart met een evaluatie van het vorige plan. Daarna zijn in "
              "drie werkconferenties met schoolleiders en intern begeleiders de speerpunten bepaald. Een "
              "concept is in januari 2026 besproken met de ondersteuningsplanraad. Het op overeenstemming "
              "gericht overleg (OOGO) met de gemeenten Dalfsen-Oost, Ommerveld, Hardenberge en Vechtmond vond "
              "plaats op 4 februari 2026. De ondersteuningsplanraad heeft op 9 april 2026 ingestemd. Het "
              "algemeen bestuur heeft het plan vastgesteld op 22 april 2026, waarna het vóór 1 mei 2026 aan de "
              "inspectie is toegezonden."),
        ("h1", "2. Context en terugblik"),
        ("h2", "2.1 Ons samenwerkingsverband"),
        ("p", "Vechtdal-Zuid omvat 58 basisscholen, twee scholen voor speciaal basisonderwijs (De Vlonder in "
              "Ommerveld en De Wissel in Hardenberge) en één so-school voor cluster 3 en 4 met twee locaties. "
              "Bij het samenwerkingsverband zijn elf schoolbesturen aangesloten, van eenpitters tot een bestuur "
              "met negentien scholen. Op de teldatum 1 oktober 2025 telden de basisscholen 11.840 leerlingen. "
              "De regio kent een licht dalend leerlingaantal, met uitzondering van de kern Vechtmond, waar "
              "nieuwbouwwijken voor groei zorgen."),
        ("table", [["Kengetal (1-10-2025)", "Aantal"],
                   ["Basisscholen", "58"], ["Leerlingen basisonderwijs", "11.840"],
                   ["Scholen voor sbo", "2"], ["Leerlingen sbo", "262"],
                   ["Leerlingen so (cluster 3 en 4) uit onze regio", "171"],
                   ["Aangesloten schoolbesturen", "11"]]),
        ("h2", "2.2 Terugblik op de planperiode 2022-2026"),
        ("p", "In de afgelopen periode hebben wij veel in gang gezet. Het ondersteuningsloket is verbouwd tot "
              "één centraal punt voor scholen met vragen. Er zijn twee bovenschoolse voorzieningen bijgekomen: de "
              "Kompasklas voor kinderen met ernstige gedragsproblematiek en de Denkhuis-groep voor hoogbegaafde "
              "leerlingen. Met de gemeenten is de schoolmaatschappelijk werker op alle scholen ingevoerd. De "
              "scholing van intern begeleiders in handelingsgericht werken is afgerond."),
        ("p", "Niet alles is gelukt. De afstemming tussen onderwijs en jeugdhulp blijft lastig, wachtlijsten bij "
              "jeugdhulpaanbieders zijn lang en het aantal leerlingen dat (gedeeltelijk) thuiszit is niet "
              "afgenomen. Ook de administratieve last voor scholen bij het aanvragen van arrangementen werd als "
              "te hoog ervaren. Deze punten nemen wij mee in dit plan."),
        ("h1", "3. Visie en missie"),
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij zijn of haar mogelijkheden, "
              "zoveel mogelijk samen met leeftijdgenoten uit de eigen buurt. Scholen, ouders en partners werken "
              "daarbij samen vanuit vertrouwen. Onze missie is: samen zorgen dat ieder kind zich optimaal kan "
              "ontwikkelen, dichtbij huis waar het kan en speciaal waar het moet."),
        ("p", "Vier waarden zijn leidend: het kind centraal, vertrouwen in de professional, eenvoud in "
              "procedures en gezamenlijke verantwoordelijkheid. Dat betekent dat wij als samenwerkingsverband "
              "faciliteren en ondersteunen, en dat de scholen en besturen aan zet zijn. Geld volgt daarbij de "
              "ondersteuningsbehoefte en niet de diagnose."),
        ("p", "Uit de evaluatie en de werkconferenties komen vier speerpunten voor deze planperiode naar voren. "
              "Ten eerste willen wij de basisondersteuning op alle scholen op een vergelijkbaar niveau brengen. "
              "Ten tweede willen wij minder bureaucratie rond arrangementen, zodat leerkrachten meer tijd "
              "hebben voor de kinderen. Ten derde willen wij de samenwerking tussen onderwijs en jeugdhulp "
              "versterken, onder meer door jeugdhulp op school. Ten vierde willen wij dat geen kind langer dan "
              "nodig thuis zit. Deze speerpunten komen in de volgende hoofdstukken terug."),
        ("p", "Wij realiseren ons dat de uitvoering van deze ambities afhangt van voldoende en goed toegerust "
              "personeel. Het lerarentekort is in onze regio minder groot dan in de Randstad, maar vooral in de "
              "kleinere kernen zijn vacatures voor intern begeleiders en leerkrachten in het sbo moeilijk te "
              "vervullen. Wij zoeken daarom samen met de besturen en de pabo naar mogelijkheden om "
              "zij-instromers en onderwijsassistenten in te zetten en op te leiden."),
        ("h1", "4. Basisondersteuning"),
        ("h2", "4.1 Wat verstaan wij onder basisondersteuning"),
        ("p", "Basisondersteuning is de ondersteuning die iedere basisschool in Vechtdal-Zuid, op iedere "
              "vestiging, zonder aanvraag bij het samenwerkingsverband aan haar leerlingen biedt. De besturen "
              "hebben in het algemeen bestuur afgesproken dat deze basisondersteuning het minimumniveau is waar "
              "elke school aan voldoet. Scholen mogen meer bieden, maar niet minder. Wat een school boven dit "
              "niveau biedt, beschrijft zij in haar schoolondersteuningsprofiel en in de schoolgids."),
        ("h2", "4.2 Wat mag u van iedere school verwachten"),
        ("p", "De afspraken over de basisondersteuning zijn uitgewerkt in tien standaarden. In het kort betekent "
              "dit dat iedere school in ons samenwerkingsverband het volgende biedt:"),
        ("ul", ["een intern begeleider met minimaal 0,4 fte per 200 leerlingen, die de ondersteuning in de "
                "school coördineert;",
                "handelingsgericht en planmatig werken met een leerlingvolgsysteem en vier groepsbesprekingen "
                "per jaar;",
                "een dyslexie- en een dyscalculieprotocol, inclusief toegang tot vergoede diagnostiek en "
                "behandeling via de gemeente;",
                "een aanbod voor sociaal-emotionele ontwikkeling met een erkend programma en een "
                "anti-pestcoördinator;",
                "aanpassingen in de leerstof voor leerlingen die meer aankunnen, zoals compacten en verrijken "
                "in de eigen groep;",
                "ondersteuning bij taalachterstand, waaronder NT2-aanpak voor nieuwkomers in het eerste jaar;",
                "afspraken over medische handelingen volgens het protocol medisch handelen;",
                "een ondersteuningsteam (OT) met ouders, school, schoolmaatschappelijk werk en zo nodig de "
                "consulent van het samenwerkingsverband;",
                "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt;",
                "een fysiek toegankelijk gebouw of, waar dat (nog) niet zo is, afspraken met een school in de "
                "buurt."]),
        ("h2", "4.3 Hoe wij de basisondersteuning bewaken"),
        ("p", "Iedere school vult elke twee jaar de kwaliteitskaart basisondersteuning in. Een consulent van het "
              "samenwerkingsverband voert op basis daarvan een gesprek met de directeur en de intern begeleider. "
              "Voldoet een school op een of meer standaarden niet, dan maakt het bestuur een verbeterplan met "
              "een termijn van maximaal één schooljaar. Het samenwerkingsverband bespreekt de stand van zaken "
              "jaarlijks met ieder bestuur in het bestuurlijk overleg."),
        ("h1", "5. Extra ondersteuning en dekkend aanbod"),
        ("h2", "5.1 Van basis naar speciaal"),
        ("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, volgt de school de ondersteuningsroute. "
              "Die kent vier treden. Eerst zet de school extra inzet in binnen de eigen middelen (trede 1). Is dat "
              "niet genoeg, dan bespreekt het OT de situatie met de consulent van het samenwerkingsverband en kan "
              "een arrangement op de eigen school worden ingezet, bijvoorbeeld extra begeleiding, ambulante "
              "begeleiding vanuit het so of een aangepast programma (trede 2). Trede 3 zijn de bovenschoolse "
              "voorzieningen van het samenwerkingsverband. Trede 4 is plaatsing in het sbo of so met een "
              "toelaatbaarheidsverklaring."),
        ("h2", "5.2 Bovenschoolse voorzieningen"),
        ("table", [["Voorziening", "Voor wie", "Plaatsen", "Locatie"],
                   ["Kompasklas", "leerlingen groep 3-8 met ernstige gedragsproblematiek, tijdelijk (max. 1 jaar)",
                    "12", "Ommerveld"],
                   ["Denkhuis", "hoogbegaafde leerlingen, één dag per week", "48", "Vechtmond en Hardenberge"],
                   ["Taalklas nieuwkomers", "nieuwkomers 6-12 jaar, eerste jaar", "30", "Dalfsen-Oost"],
                   ["Observatiegroep jonge kind", "kleuters met onduidelijke ontwikkelingsvraag", "8",
                    "so-school De Zonnewijzer"]]),
        ("h2", "5.3 Dekkend aanbod en thuiszitters"),
        ("p", "Elk voorjaar maakt het samenwerkingsverband een analyse van het aanbod. Wij kijken daarbij naar "
              "wachtlijsten bij de bovenschoolse voorzieningen, het aantal kinderen dat buiten de regio naar "
              "school gaat, signalen van scholen en consulenten en de thuiszittersmeldingen van leerplicht. Waar "
              "een gat zit, bijvoorbeeld voor kinderen met een combinatie van autisme en hoogbegaafdheid, legt "
              "de directeur-bestuurder een voorstel voor een nieuwe voorziening of afspraak aan het bestuur "
              "voor."),
        ("p", "Voor thuiszitters hebben wij met de leerplichtambtenaren een vaste werkwijze. Iedere leerling die "
              "langer dan vier weken niet of gedeeltelijk naar school gaat, wordt besproken in het "
              "thuiszittersoverleg dat iedere maand bijeenkomt. De consulent wordt casusregisseur en heeft binnen "
              "twee weken een plan met school, ouders en jeugdhulp. Lukt het niet om binnen drie maanden een "
              "passende plek te vinden, dan schakelt de directeur-bestuurder de bestuurders van de betrokken "
              "besturen in; zij hebben afgesproken dat één van hen dan een plek biedt."),
        ("h2", "5.4 Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Met de vier gemeenten hebben wij afspraken over de inzet van schoolmaatschappelijk werk, de "
              "aansluiting van de lokale teams op de ondersteuningsteams en onderwijs-zorgarrangementen voor "
              "kinderen die zowel onderwijs als zorg nodig hebben. De gemeenten en het samenwerkingsverband "
              "betalen deze arrangementen samen volgens een vaste verdeling. Ook over leerlingenvervoer en "
              "huisvesting wordt in het OOGO gesproken."),
        ("h1", "6. Toelaatbaarheid tot sbo en so"),
        ("h2", "6.1 De aanvraag"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de "
              "toelaatbaarheidsverklaring (TLV) aan bij het ondersteuningsloket. De aanvraag bestaat uit het "
              "groeidocument met het OPP, het verslag van het laatste OT, de zienswijze van de ouders en, bij "
              "een aanvraag voor het so, een advies van de ontvangende so-school. De Commissie Toelaatbaarheid "
              "(CvT) beoordeelt of het dossier compleet is en neemt binnen zes weken na ontvangst van de "
              "volledige aanvraag een besluit namens het bestuur. Ouders en school ontvangen het besluit "
              "schriftelijk. In spoedsituaties kan de CvT binnen vijf werkdagen een tijdelijke TLV afgeven."),
        ("h2", "6.2 Wanneer is een leerling toelaatbaar"),
        ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school "
              "heeft de basisondersteuning en minimaal één schooljaar een arrangement op trede 2 ingezet en "
              "geëvalueerd; de leerling heeft intensieve begeleiding nodig in een kleine groep die de reguliere "
              "school ook met extra middelen niet kan bieden; en er is een onderbouwd perspectief dat de "
              "leerling in het sbo tot ontwikkeling komt."),
        ("p", "Voor het so geldt daarnaast dat de ondersteuningsbehoefte zo groot is dat een specifieke "
              "onderwijsomgeving met specialistische expertise nodig is, bijvoorbeeld bij een ernstige "
              "verstandelijke beperking, langdurige ziekte of ernstige gedrags- en psychiatrische problematiek. "
              "Diagnose alleen is nooit het criterium; doorslaggevend is wat het kind nodig heeft."),
        ("h2", "6.3 Deskundigenadvies"),
        ("p", "Voor ieder besluit vraagt de CvT advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
              "afhankelijk van de vraag, een tweede deskundige zoals een kinderarts, maatschappelijk werker of "
              "kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag en geven ieder een "
              "eigen schriftelijk advies. Ouders krijgen een afschrift van de adviezen."),
        ("h2", "6.4 Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren, een TLV voor het so voor drie "
              "schooljaren. Bij een so-TLV bepaalt de CvT de bekostigingscategorie laag, midden of hoog op basis "
              "van het advies van de deskundigen."),
        ("h2", "6.5 Einde van de TLV en terugplaatsing"),
        ("p", "Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Ons uitgangspunt is dat "
              "een leerling terugkeert naar het reguliere onderwijs zodra dat verantwoord is, bij voorkeur naar "
              "een school in de eigen wijk. Voorwaarde is dat het OPP laat zien dat de leerling met de "
              "basisondersteuning en eventueel een arrangement op trede 2 verder kan."),
        ("p", "De werkwijze is als volgt. De sbo- of so-school evalueert ieder jaar het OPP met ouders en bespreekt "
              "daarbij expliciet of terugplaatsing mogelijk is. Uiterlijk in januari van het laatste jaar van de "
              "TLV organiseert de sbo- of so-school een overleg met ouders, de consulent en, als die al bekend is, "
              "de beoogde reguliere school. Daarin wordt besloten of de leerling terugkeert of dat een verlenging "
              "wordt aangevraagd. Bij verlenging dient de school vóór 1 april een nieuwe aanvraag in bij de CvT. "
              "Bij terugplaatsing stelt de consulent samen met beide scholen een terugplaatsingsarrangement op: "
              "de ontvangende school krijgt gedurende één jaar extra begeleiding en middelen, en de sbo- of "
              "so-school blijft in die periode beschikbaar voor consultatie."),
        ("h2", "6.6 Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
        ("h1", "7. Kwaliteit en beoogde resultaten"),
        ("p", "Wij willen in deze planperiode de volgende resultaten bereiken voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("table", [["Doel", "Streefwaarde 2030"],
                   ["Alle scholen voldoen aan de tien standaarden basisondersteuning", "100% van de scholen"],
                   ["Leerlingen met een arrangement op trede 2 blijven op de eigen school",
                    "ten minste 85% na één jaar"],
                   ["Leerlingen die langer dan drie maanden thuiszitten", "maximaal 5 per schooljaar"],
                   ["Doorlooptijd TLV-aanvraag", "binnen 6 weken in 95% van de gevallen"],
                   ["Tevredenheid ouders over de ondersteuning", "gemiddeld ten minste 7,5"],
                   ["Terugplaatsingen vanuit sbo naar regulier", "ten minste 10 per jaar"]]),
        ("p", "Deze doelen zijn afgeleid van de speerpunten uit de evaluatie. Op welke manier wij de "
              "voortgang op deze doelen gaan volgen en erover rapporteren, leggen wij vast in een nieuw "
              "kwaliteitskader. Dat kader stellen wij in het najaar van 2026 op met de besturen; tot die tijd "
              "houden wij de bestaande werkwijze aan."),
        ("h1", "8. Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. Wij richten ons op drie doelgroepen: "
              "professionals in de scholen, ouders en onze partners. Voor professionals verschijnt vier keer per "
              "jaar een digitale nieuwsbrief en organiseren wij netwerkbijeenkomsten voor intern begeleiders."),
        ("p", "Ouders informeren wij via de ouderpagina op onze website, waar per onderwerp (basisondersteuning, "
              "arrangementen, bovenschoolse voorzieningen, TLV) in gewone taal staat wat er mogelijk is en hoe "
              "het werkt. De ouderfolder 'Passend onderwijs in Vechtdal-Zuid' ligt op iedere school en is ook "
              "beschikbaar in het Engels, Arabisch en Pools. Scholen nemen in hun schoolgids een vaste paragraaf "
              "op over de ondersteuning die zij bieden en verwijzen naar het samenwerkingsverband. Twee keer per "
              "jaar organiseren wij een informatieavond voor ouders."),
        ("p", "Heeft u als ouder vragen over de ondersteuning van uw kind, of bent u het niet eens met de school "
              "of met ons? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Vechtdal, dat onafhankelijk is van "
              "scholen en samenwerkingsverband. Het steunpunt is bereikbaar via telefoon, mail en een "
              "inloopspreekuur en kan ook meegaan naar gesprekken. Daarnaast kunt u gratis een beroep doen op de "
              "Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt onze klachtenregeling; "
              "geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad en in de klankbordgroep ouders "
              "die drie keer per jaar met de directeur-bestuurder spreekt."),
        ("h1", "9. Organisatie, governance en medezeggenschap"),
        ("h2", "9.1 Bestuur en toezicht"),
        ("p", "Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit vertegenwoordigers van "
              "de aangesloten schoolbesturen en houdt toezicht op de directeur-bestuurder. Het algemeen bestuur "
              "vergadert zes keer per jaar en heeft een auditcommissie voor financiën. De verdeling van taken "
              "is vastgelegd in de statuten en het bestuursreglement."),
        ("h2", "9.2 Ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes ouders, "
              "afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan en op wijzigingen daarvan en vergadert vijf keer per jaar."),
        ("h2", "9.3 Personeel en organisatie"),
        ("p", "Het bureau van het samenwerkingsverband telt 14,6 fte: de directeur-bestuurder, een "
              "beleidsmedewerker, een controller, zes consulenten, twee orthopedagogen, de coördinator van de "
              "bovenschoolse voorzieningen en ondersteunend personeel. De consulenten zijn ieder gekoppeld aan "
              "een vaste groep scholen. Wij investeren in de deskundigheid van onze medewerkers en van de intern "
              "begeleiders via het scholingsprogramma 'Sterk in ondersteuning'."),
        ("h2", "9.4 Privacy en ICT"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen als dat nodig is voor "
              "het toekennen van arrangementen en het afgeven van toelaatbaarheidsverklaringen. Wij werken met "
              "een beveiligd digitaal aanvraagsysteem. Gegevens worden niet langer bewaard dan drie jaar na het "
              "besluit. Er is een functionaris gegevensbescherming aangesteld."),
        ("h1", "10. Geld en middelen"),
        ("h2", "10.1 Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt van de rijksoverheid het budget voor lichte en zware "
              "ondersteuning. Voor de leerlingen in het sbo en so houdt DUO de bekostiging rechtstreeks in op dit "
              "budget. Wat resteert, zetten wij in volgens het verdeelmodel hieronder."),
        ("h2", "10.2 Verdeling over scholen en voorzieningen"),
        ("p", "Het verdeelmodel gaat uit van drie stromen. De eerste stroom is het schoolbudget: ieder bestuur "
              "ontvangt een vast bedrag per leerling op basis van het aantal leerlingen op de teldatum 1 oktober "
              "van het voorgaande jaar, plus een vaste voet per vestiging voor kleine scholen. Het bestuur zet "
              "dit in voor trede 1 en 2. De tweede stroom zijn de bovenschoolse voorzieningen, die het "
              "samenwerkingsverband zelf financiert. De derde stroom is het arrangementenbudget voor "
              "individuele arrangementen; de consulent kent deze toe op basis van een aanvraag van het OT, "
              "binnen de kaders die het bestuur jaarlijks vaststelt. De hoogte van het bedrag per leerling en de "
              "vaste voet stelt het algemeen bestuur jaarlijks vast bij de begroting."),
        ("h2", "10.3 Begroting, reserves en verantwoording"),
        ("p", "De meerjarenbegroting 2026-2030 is opgenomen in bijlage 3. Daarin staat hoe de middelen over de "
              "jaren verdeeld worden over de drie stromen en de bureaukosten."),
        ("p", "Het samenwerkingsverband houdt een reserve aan om risico's op te vangen, zoals een onverwachte "
              "groei van het aantal leerlingen in het so. Wij hanteren daarbij de signaleringswaarde van de "
              "inspectie als bovengrens. Schoolbesturen verantwoorden de inzet van het schoolbudget jaarlijks "
              "in een vast format, dat de controller beoordeelt en dat in het bestuurlijk overleg wordt "
              "besproken."),
        ("h1", "11. Planning"),
        ("p", "De uitvoering van dit plan is verdeeld over vier jaarplannen. Ieder jaarplan bevat de activiteiten "
              "voor dat schooljaar en de bijbehorende begroting. Globaal ziet de planning er als volgt uit."),
        ("table", [["Schooljaar", "Accent"],
                   ["2026-2027", "kwaliteitskader, vernieuwing ouderpagina, herijking Kompasklas"],
                   ["2027-2028", "audit basisondersteuning op alle scholen, evaluatie verdeelmodel"],
                   ["2028-2029", "uitbreiding Denkhuis, evaluatie samenwerking jeugdhulp"],
                   ["2029-2030", "evaluatie en voorbereiding nieuw ondersteuningsplan"]]),
        ("h1", "Bijlagen"),
        ("p", "Bijlage 1 Begrippenlijst. Bijlage 2 Verslag OOGO 4 februari 2026. Bijlage 3 Meerjarenbegroting "
              "2026-2030. Bijlage 4 Instemmingsbrief ondersteuningsplanraad. De bijlagen 2 tot en met 4 zijn "
              "als afzonderlijke documenten gepubliceerd."),
        ("h2", "Bijlage 1 Begrippenlijst"),
        ("gloss", [("Arrangement", "Afspraken over extra ondersteuning voor een leerling of groep, met inzet, "
                                   "duur en middelen."),
                   ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."),
                   ("CvT", "Commissie Toelaatbaarheid van het samenwerkingsverband."),
                   ("Meerjarenbegroting", "Begroting van inkomsten en uitgaven over meerdere jaren."),
                   ("OJSP", "Ouder- en jeugdsteunpunt."),
                   ("OOGO", "Op overeenstemming gericht overleg met de gemeenten."),
                   ("OPP", "Ontwikkelingsperspectief."),
                   ("OPR", "Ondersteuningsplanraad."),
                   ("Terugplaatsing", "Overstap van een leerling van sbo of so naar het reguliere onderwijs."),
                   ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
                   ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen.")]),
    ]
    labels = dict(
        documents=["po-vechtdal-zuid-op-2026.docx", "po-vechtdal-zuid-op-2026.pdf"], sector="po",
        criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=True,
                      plaatsing_procedure=True, plaatsing_criteria=True,
                      terugstroom_procedure=True, terugstroom_beleid=True,
                      financien_verdeling=True, financien_besteding=False,
                      dekkend_aanbod_continuum=True, dekkend_aanbod_lacunes=True,
                      resultaten_doelen=True, resultaten_monitoring=False,
                      ouders_informatie=True, ouders_steunpunt=True),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        notes={"basisondersteuning": "Ch. 4: minimum for every vestiging (4.1), ten standaarden listed (4.2), kwaliteitskaart (4.3).",
               "plaatsing": "Ch. 6.1-6.6: loket/CvT, 6 weeks, sbo and so criteria, two deskundigen, duration, LBT bezwaar.",
               "terugstroom": "Inside TLV chapter 6.5: policy (thuisnabij, OPP condition) and steps (yearly OPP, January overleg, 1 April, terugplaatsingsarrangement).",
               "financien": "Ch. 'Geld en middelen' 10.2 gives the verdeelmodel without amounts; meerjarenbegroting only in absent bijlage 3, so besteding not addressed.",
               "dekkend-aanbod": "Ch. 5: four treden + voorzieningen table; yearly gap analysis and thuiszittersoverleg with escalation (5.3).",
               "resultaten": "Ch. 7 has a target table; monitoring deferred to a kwaliteitskader 'in het najaar van 2026'.",
               "ouders": "Only in ch. 8 'Communicatie': ouderpagina, folder, infoavonden; OJSP Vechtdal and Onderwijsconsulenten."}),
    return b, labels[0] if isinstance(labels, tuple) else labels


# ============================================================================================
# Plan B - VO, docx.  "Brinkland"
# ============================================================================================
def plan_b():
    N = "Samenwerkingsverband VO Brinkland"
    b = [
        ("title", ["Ondersteuningsplan 2026-2030", N + " (VO 26-91)",
                   "Koers houden, ruimte maken",
                   "Definitieve versie, vastgesteld door de Raad van Toezicht op 15 april 2026"]),
        ("toc", None),
        ("h1", "Voorwoord"),
        ("p", "Passend onderwijs is in het voortgezet onderwijs nooit af. Jongeren veranderen, de samenleving "
              "verandert en de vragen waar scholen mee te maken krijgen, worden ingewikkelder. Denk aan de "
              "toename van psychische klachten bij jongeren, aan leerlingen die vastlopen op het "
              "schoolsysteem en aan de krapte op de arbeidsmarkt, die ook in het onderwijs voelbaar is. "
              "Tegelijk zien wij elke dag hoeveel mentoren, ondersteuningscoördinatoren en docenten doen om "
              "jongeren op koers te houden. Daar zijn wij trots op."),
        ("p", "Met dit plan kiezen wij voor een duidelijke koers en voor ruimte voor de scholen. Het plan is "
              "bewust compacter dan zijn voorganger. Het beschrijft de afspraken die voor iedereen gelden; de "
              "uitwerking gebeurt op de scholen en in de jaarplannen. Wij danken de werkgroep, de leerlingen, "
              "de ondersteuningsplanraad en onze partners bij de gemeenten voor hun bijdragen."),
        ("p", "Marco van der Steen, directeur-bestuurder"),
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe de scholen voor voortgezet onderwijs in de regio Brinkland "
              "de komende vier schooljaren samen passend onderwijs vormgeven. Het plan loopt van 1 augustus "
              "2026 tot en met 31 juli 2030. Het vervangt het plan 2022-2026, dat in 2024 tussentijds is "
              "aangepast vanwege de nieuwe afspraken over leerwegondersteunend onderwijs."),
        ("p", "Anders dan het vorige plan is dit plan korter en meer richtinggevend. Wij beschrijven wat wij "
              "samen afspreken; hoe de scholen dat in hun eigen situatie uitwerken, is aan de scholen zelf. Waar "
              "nodig verwijzen wij naar uitwerkingen die los van dit plan worden vastgesteld, zodat die "
              "tussentijds kunnen worden bijgesteld zonder dat het hele plan opnieuw hoeft te worden "
              "vastgesteld."),
        ("h2", "1.1 Totstandkoming"),
        ("p", "Het plan is voorbereid door een werkgroep van ondersteuningscoördinatoren, teamleiders en "
              "medewerkers van het samenwerkingsverband. In november 2025 is een eerste versie besproken in het "
              "directeurenoverleg en in een bijeenkomst met leerlingen van drie scholen. Het OOGO met de "
              "gemeenten Brinkum, Veldhoven-Noord en Lisse-aan-Zee vond plaats op 29 januari 2026. Met het "
              "samenwerkingsverband PO Brinkland is op 3 februari 2026 overleg gevoerd. De "
              "ondersteuningsplanraad heeft op 26 maart 2026 ingestemd met het plan."),
        ("h1", "2. Ons samenwerkingsverband"),
        ("p", "Samenwerkingsverband VO Brinkland is een vereniging van zes schoolbesturen met samen veertien "
              "scholen voor voortgezet onderwijs, waaronder twee scholen voor praktijkonderwijs en één school "
              "voor voortgezet speciaal onderwijs (cluster 4) met een afdeling in Brinkum. Leerlingen met een "
              "TLV voor cluster 3 gaan naar vso-scholen buiten de regio, vooral in Leiden en Den Haag."),
        ("table", [["School", "Plaats", "Onderwijstype", "Leerlingen 1-10-2025"],
                   ["Het Brink College", "Brinkum", "vmbo-havo-vwo", "1.640"],
                   ["Duinwijck Lyceum", "Lisse-aan-Zee", "havo-vwo", "1.210"],
                   ["Vakcollege De Zeepaal", "Brinkum", "vmbo bb-kb-gl", "780"],
                   ["Stedelijk Gymnasium Veldhoven", "Veldhoven-Noord", "gymnasium", "690"],
                   ["Praktijkschool Het Anker", "Brinkum", "pro", "260"],
                   ["Praktijkcollege Veldzicht", "Veldhoven-Noord", "pro", "185"],
                   ["De Horizon (vso)", "Brinkum", "vso cluster 4", "210"],
                   ["overige zeven scholen", "diverse", "vmbo-havo-vwo", "5.905"]]),
        ("p", "In totaal gaan ruim 10.800 leerlingen naar een school in ons samenwerkingsverband. Het "
              "leerlingaantal blijft de komende jaren naar verwachting ongeveer gelijk. Het bureau van het "
              "samenwerkingsverband is gevestigd in Brinkum."),
        ("h2", "2.1 Terugblik"),
        ("p", "In de vorige planperiode lag het accent op het versterken van de ondersteuning in de scholen. "
              "Alle scholen hebben een ondersteuningscoördinator aangesteld en een ondersteuningsteam ingericht. "
              "Het loket is verhuisd naar het nieuwe kantoor in Brinkum en werkt sinds 2024 met een digitaal "
              "aanvraagsysteem. Met de gemeenten is de inzet van jeugdhulp op school uitgebreid naar alle "
              "scholen. De pilot met een time-outvoorziening op het Brink College is afgerond; de ervaringen "
              "worden meegenomen bij het opstellen van de nieuwe ondersteuningskaart."),
        ("p", "Uit gesprekken met scholen en ouders komt naar voren dat de procedures eenvoudiger kunnen, dat "
              "scholen meer behoefte hebben aan snelle consultatie door een gedragswetenschapper en dat ouders "
              "niet altijd weten waar zij terecht kunnen. Deze signalen hebben wij meegenomen in dit plan."),
        ("h1", "3. Onze koers"),
        ("h2", "3.1 Visie"),
        ("p", "Iedere jongere in Brinkland verdient een plek waar hij of zij zich kan ontwikkelen en een diploma "
              "of een passende plek op de arbeidsmarkt kan halen. Wij kijken naar wat een leerling nodig heeft en "
              "niet naar wat een leerling mankeert. Scholen zijn samen verantwoordelijk: als het op de ene "
              "school niet lukt, zoeken wij samen naar de beste oplossing."),
        ("h2", "3.2 Uitgangspunten"),
        ("ul", ["De leerling en zijn ouders zijn gesprekspartner, niet alleen ontvanger van ondersteuning.",
                "Ondersteuning wordt zo dicht mogelijk bij de klas georganiseerd.",
                "Wij maken zo min mogelijk onderscheid tussen geld voor de school en geld voor de leerling.",
                "Wij werken samen met jeugdhulp, gemeenten en mbo aan doorlopende lijnen.",
                "Procedures zijn eenvoudig en transparant."]),
        ("p", "Deze uitgangspunten zijn in 2025 met de schoolleiders herijkt. Zij vormen het kader voor de "
              "keuzes in dit plan en voor de jaarplannen."),
        ("h2", "3.3 Speerpunten voor de komende jaren"),
        ("p", "Op basis van de terugblik en de gesprekken met scholen, ouders en leerlingen kiezen wij voor de "
              "komende vier jaar vijf speerpunten. Deze speerpunten geven richting aan de jaarplannen."),
        ("ol", ["Wij vernieuwen de afspraken over basisondersteuning en de ondersteuningskaart.",
                "Wij vereenvoudigen de aanvraagprocedures en verkorten de administratieve route voor scholen.",
                "Wij richten samen met het samenwerkingsverband PO een ouder- en jeugdsteunpunt in.",
                "Wij versterken de samenwerking met jeugdhulp, zodat hulp op school sneller beschikbaar is.",
                "Wij investeren in de deskundigheid van mentoren op het gebied van psychische klachten."]),
        ("p", "De speerpunten sluiten aan bij de landelijke verbeteraanpak passend onderwijs en bij de "
              "afspraken in de regionale jeugdagenda. In ieder jaarplan geven wij aan welke activiteiten wij "
              "per speerpunt ondernemen en welk budget daarvoor beschikbaar is."),
        ("p", "Bij het uitwerken van de speerpunten houden wij rekening met de draagkracht van de scholen. "
              "Veel scholen hebben te maken met vacatures en een hoge werkdruk. Nieuwe afspraken moeten "
              "daarom uitvoerbaar zijn en mogen niet leiden tot extra administratie. Wij vragen scholen "
              "steeds eerst wat zij nodig hebben, voordat wij iets nieuws organiseren."),
        ("h1", "4. Ondersteuning op de scholen"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "Alle scholen in het samenwerkingsverband hebben afgesproken welke ondersteuning zij ten minste "
              "bieden aan iedere leerling die dat nodig heeft, zonder aparte aanvraag of toewijzing. Deze "
              "basisondersteuning is de ondergrens voor iedere school en iedere locatie, ook voor de scholen "
              "voor praktijkonderwijs. Scholen die meer bieden, beschrijven dat in hun schoolgids."),
        ("p", "De uitwerking van de basisondersteuning in standaarden en concrete voorzieningen staat in het "
              "document 'Basisondersteuning VO Brinkland', dat op de website van het samenwerkingsverband te "
              "vinden is. Dit document wordt in 2026-2027 geactualiseerd, onder meer in het licht van de "
              "landelijke norm basisondersteuning. Tot die tijd blijft de versie van 2023 van kracht."),
        ("h2", "4.2 Extra ondersteuning"),
        ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning, kan de school extra "
              "ondersteuning inzetten. Het overzicht van alle vormen van extra ondersteuning binnen en tussen de "
              "scholen, de zogenoemde ondersteuningskaart, stellen wij in het eerste jaar van deze planperiode "
              "opnieuw op. De vorige kaart was verouderd doordat enkele voorzieningen zijn gestopt en andere "
              "zijn gestart. Het Rebound-traject wordt in 2026 geëvalueerd."),
        ("h1", "5. Thuiszitters en een sluitend netwerk"),
        ("p", "Geen jongere hoort thuis te zitten. Toch gebeurt het, soms maanden achter elkaar. Wij hebben "
              "daarom met de leerplichtambtenaren van de drie gemeenten en de jeugdhulpregio een aanpak "
              "afgesproken die uit drie onderdelen bestaat."),
        ("ol", ["Signaleren: scholen melden iedere leerling die vier weken of langer geheel of gedeeltelijk "
                "niet naar school gaat bij leerplicht en bij het samenwerkingsverband. De melding gaat via het "
                "verzuimregistratiesysteem.",
                "Bespreken: in het maandelijkse Thuiszittersoverleg bespreken leerplicht, de trajectbegeleider "
                "van het samenwerkingsverband en een gedragswetenschapper iedere gemelde leerling. Voor iedere "
                "leerling wordt een casusregisseur aangewezen en een plan gemaakt met een einddatum.",
                "Doorbreken: als het plan na twee maanden niet tot een oplossing leidt, legt de "
                "trajectbegeleider de situatie voor aan de directeur-bestuurder. Die kan een school aanwijzen "
                "die de leerling tijdelijk opvangt en het samenwerkingsverband betaalt dan de extra kosten."]),
        ("p", "Daarnaast brengen wij ieder jaar in kaart waar het netwerk niet sluit. Wij gebruiken daarvoor de "
              "aanmeldingen bij het loket die niet tot een plek leiden, de wachtlijsten bij het vso en bij "
              "jeugdhulp, en de ervaringen van trajectbegeleiders. De uitkomst bespreken wij met de "
              "schoolbestuurders en de gemeenten, en leidt zo nodig tot afspraken over nieuwe voorzieningen of "
              "extra plaatsen."),
        ("p", "Bij aanmelding geldt de zorgplicht van de school. Als een school na onderzoek geen passend aanbod "
              "kan doen en ouders ook geen andere school vinden, kan de school het loket inschakelen. Het loket "
              "zorgt dan binnen vier weken voor een aanbod van een school in de regio. De schoolbesturen hebben "
              "afgesproken dat een door het loket gevraagde school de leerling niet weigert zonder overleg in "
              "het bestuurdersoverleg."),
        ("h1", "6. Toewijzing van vso, lwoo en praktijkonderwijs"),
        ("h2", "6.1 Toelaatbaarheid tot het vso"),
        ("p", "De aanvraag voor een toelaatbaarheidsverklaring voor het vso wordt ingediend door de school waar "
              "de leerling is ingeschreven of, bij leerlingen die nog niet op een school staan, door de school "
              "waar de leerling is aangemeld. De school dient de aanvraag digitaal in bij het Loket Passend "
              "Onderwijs met het OPP, de evaluatie van de ingezette ondersteuning, het advies van de "
              "ontvangende vso-school en de zienswijze van ouders en leerling. De Commissie Toewijzing toetst de "
              "aanvraag en vraagt advies aan twee deskundigen, van wie één orthopedagoog of psycholoog is. De "
              "commissie besluit binnen zes weken; in bijzondere gevallen kan deze termijn eenmaal met vier weken "
              "worden verlengd."),
        ("p", "Een leerling is toelaatbaar tot het vso als de reguliere school aantoonbaar de basisondersteuning "
              "en extra ondersteuning heeft geboden en geëvalueerd, de leerling desondanks niet tot ontwikkeling "
              "komt, en de ondersteuningsbehoefte vraagt om een combinatie van kleine groepen, specialistische "
              "begeleiding en een aangepast programma die de reguliere school ook met een arrangement niet kan "
              "bieden. Bij leerlingen die direct vanuit het so instromen, volstaat een onderbouwing van de "
              "so-school dat de ondersteuningsbehoefte onverminderd aanwezig is."),
        ("p", "Een TLV voor het vso wordt afgegeven voor twee schooljaren, of tot het einde van de opleiding "
              "als de leerling in de uitstroomfase zit. De commissie stelt de bekostigingscategorie vast."),
        ("h2", "6.2 Leerwegondersteunend onderwijs"),
        ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in "
              "aanmerking als het IQ tussen 75 en 90 ligt en er een leerachterstand van anderhalf tot drie jaar "
              "is op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen, spelling, "
              "rekenen), of als het IQ tussen 91 en 120 ligt en er naast de leerachterstand sociaal-emotionele "
              "problematiek is. De vo-school vraagt lwoo aan vóór 1 mei voorafgaand aan het eerste leerjaar via "
              "het digitale aanvraagsysteem. De Commissie Toewijzing beslist binnen vier weken."),
        ("h2", "6.3 Praktijkonderwijs"),
        ("p", "Voor toelating tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en "
              "een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend "
              "lezen of rekenen. De school voor praktijkonderwijs dient de aanvraag in; de Commissie Toewijzing "
              "neemt binnen vier weken een besluit. Een TLV voor praktijkonderwijs geldt voor de hele opleiding."),
        ("h1", "7. Terugplaatsing vanuit het vso"),
        ("p", "Ook in het vso kijken wij steeds of een leerling met de juiste steun weer naar een reguliere "
              "school kan. Dat is geen doel op zich: een geslaagde plek in het vso is ook een goede uitkomst. "
              "Terugplaatsing is aan de orde als uit de evaluatie van het OPP blijkt dat de leerling in "
              "gedrag en werkhouding zo ver is gekomen dat het onderwijs op een reguliere school met extra "
              "ondersteuning haalbaar is, en als leerling en ouders dat willen."),
        ("p", "Een leerling die terugkeert, krijgt het eerste schooljaar een overstaparrangement op de "
              "ontvangende school. Dat bestaat uit een vaste mentor, begeleiding door een ambulant begeleider "
              "van De Horizon gedurende ten minste een half jaar en een vast aanspreekpunt bij het "
              "samenwerkingsverband. Het samenwerkingsverband betaalt dit arrangement uit het "
              "arrangementenbudget, zodat geld geen belemmering is."),
        ("p", "Hoe de terugplaatsing precies verloopt, wie het initiatief neemt en op welke momenten dit aan de "
              "orde komt, leggen wij in het schooljaar 2026-2027 samen met De Horizon en de vso-scholen buiten de "
              "regio vast in een protocol."),
        ("h1", "8. Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Het samenwerkingsverband informeert "
              "ouders over de ondersteuning via de website, waar per school staat welke ondersteuning er is en "
              "bij wie ouders terecht kunnen op school. Iedere school neemt in de schoolgids een hoofdstuk op "
              "over de ondersteuning en over het samenwerkingsverband. In de brugklas ontvangen alle ouders de "
              "brochure 'Extra steun op school?', die uitlegt welke ondersteuning er is en hoe je die krijgt. "
              "Tijdens de open dagen is op iedere school een ondersteuningscoördinator aanwezig voor vragen."),
        ("p", "Leerlingen hebben het recht om gehoord te worden over hun OPP. Wij ondersteunen scholen hierbij "
              "met een handreiking en een gesprekskaart. In het voorjaar van 2026 is een leerlingpanel gestart "
              "dat twee keer per jaar met de directeur-bestuurder in gesprek gaat."),
        ("p", "Samen met het samenwerkingsverband PO Brinkland werken wij aan de oprichting van een ouder- en "
              "jeugdsteunpunt. Over de invulling, de bereikbaarheid en de start daarvan informeren wij ouders "
              "zodra hierover besluiten zijn genomen."),
        ("h1", "9. Samenwerking met gemeenten"),
        ("p", "Met de drie gemeenten werken wij samen in het Regionaal Overleg Onderwijs en Jeugd. Belangrijke "
              "afspraken zijn: op iedere school is een jeugdhulpverlener van het lokale team aanwezig, "
              "onderwijs-zorgarrangementen worden gezamenlijk gefinancierd, en bij thuiszitters werken "
              "leerplicht en samenwerkingsverband samen volgens de aanpak in hoofdstuk 5. Ook de overgang van "
              "vo naar mbo en de aansluiting op werk voor leerlingen uit het praktijkonderwijs en het vso hebben "
              "onze aandacht; hierover zijn afspraken gemaakt met de regionale mbo-instellingen en het "
              "werkgeversservicepunt."),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn onderwerpen van de gemeenten, maar hebben invloed "
              "op het onderwijs. Wij bespreken deze onderwerpen daarom jaarlijks in het OOGO."),
        ("h1", "10. Middelen en meerjarenbegroting"),
        ("h2", "10.1 Verdeling"),
        ("p", "Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat naar de "
              "scholen, zodat zij zelf ondersteuning kunnen organiseren. De middelen voor lichte ondersteuning "
              "worden verdeeld naar rato van het aantal leerlingen op 1 oktober van het jaar ervoor, met een "
              "vaste voet van € 25.000 per school. De middelen voor lwoo en pro gaan naar de scholen op basis "
              "van het aantal leerlingen met een lwoo-beschikking of pro-TLV op 1 oktober. Het "
              "arrangementenbudget is bestemd voor individuele arrangementen; de Commissie Toewijzing kent deze "
              "toe op aanvraag van een school, voor maximaal één schooljaar per keer."),
        ("h2", "10.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget (na afdracht vso)", "9.420", "9.380", "9.340", "9.300"],
                   ["Baten lwoo en pro", "6.150", "6.120", "6.090", "6.060"],
                   ["Toekenning lichte ondersteuning aan scholen", "5.210", "5.190", "5.170", "5.150"],
                   ["Doorbetaling lwoo en pro", "6.150", "6.120", "6.090", "6.060"],
                   ["Arrangementenbudget", "1.600", "1.600", "1.600", "1.600"],
                   ["Thuiszittersaanpak en doorbraakbudget", "350", "350", "350", "350"],
                   ["Onderwijs-zorgarrangementen (aandeel SWV)", "420", "420", "420", "420"],
                   ["Bureau, loket en trajectbegeleiding", "1.560", "1.580", "1.600", "1.620"],
                   ["Resultaat", "280", "240", "200", "160"]]),
        ("p", "De meerjarenbegroting laat een klein positief resultaat zien. Het eigen vermogen ligt eind 2025 "
              "onder de signaleringswaarde voor bovenmatige reserves. Wij houden een weerstandsvermogen aan van "
              "ongeveer 5 procent van de baten. Scholen leggen jaarlijks vóór 1 maart verantwoording af over de "
              "inzet van de middelen voor lichte ondersteuning met een korte rapportage per school."),
        ("h1", "11. Organisatie en medezeggenschap"),
        ("h2", "11.1 Bestuur en toezicht"),
        ("p", "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zes "
              "schoolbesturen. De directeur-bestuurder is belast met het bestuur; de Raad van Toezicht houdt "
              "toezicht. Het bureau telt 11,2 fte, waaronder vijf trajectbegeleiders en twee "
              "gedragswetenschappers."),
        ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur van de VO-raad. De Raad van Toezicht bestaat "
              "uit vijf onafhankelijke leden met deskundigheid op het gebied van onderwijs, jeugdhulp, financiën "
              "en juridische zaken. De raad vergadert vijf keer per jaar, waarvan één keer met de "
              "ondersteuningsplanraad. De algemene ledenvergadering benoemt de leden van de Raad van Toezicht en "
              "stelt het ondersteuningsplan vast na goedkeuring door de raad. Het directeurenoverleg, waarin "
              "de rectoren en directeuren van alle scholen zitten, adviseert de directeur-bestuurder over "
              "inhoudelijke keuzes. Zo houden wij de lijnen tussen bestuur, scholen en bureau kort."),
        ("p", "Met de scholen communiceren wij via een maandelijkse nieuwsbrief, het netwerk van "
              "ondersteuningscoördinatoren en de vaste contactpersoon per school. Twee keer per jaar "
              "organiseren wij een studiemiddag voor alle betrokkenen bij passend onderwijs in de regio."),
        ("p", "De ondersteuningsplanraad bestaat uit acht leden, afgevaardigd door de "
              "medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan. Daarnaast is "
              "er een medezeggenschapsraad voor het personeel van het samenwerkingsverband."),
        ("h2", "11.2 Personeel en professionalisering"),
        ("p", "De kwaliteit van de ondersteuning staat of valt met de mensen die het werk doen. Het "
              "samenwerkingsverband organiseert daarom ieder jaar een scholingsaanbod voor "
              "ondersteuningscoördinatoren, mentoren en teamleiders. Onderwerpen zijn onder meer gesprekken "
              "met ouders en leerlingen, het schrijven van een goed OPP, omgaan met psychische klachten en "
              "executieve functies. Ook faciliteren wij intervisiegroepen voor ondersteuningscoördinatoren en "
              "een netwerk voor de zorgcoördinatoren van het praktijkonderwijs."),
        ("p", "Voor de eigen medewerkers van het samenwerkingsverband geldt een professionaliseringsbudget per "
              "medewerker. De trajectbegeleiders volgen gezamenlijk een opleiding oplossingsgericht werken. "
              "Bij vacatures werken wij samen met de schoolbesturen om goede kandidaten te vinden."),
        ("h2", "11.3 ICT en privacy"),
        ("p", "Het samenwerkingsverband gaat zorgvuldig om met gegevens van leerlingen. Wij verwerken alleen "
              "gegevens die nodig zijn voor toewijzing en toelaatbaarheid en bewaren deze niet langer dan nodig. "
              "Het privacyreglement is op de website te vinden."),
        ("h1", "12. Doorlopende lijnen"),
        ("h2", "12.1 Van basisschool naar voortgezet onderwijs"),
        ("p", "De overstap van de basisschool naar het voortgezet onderwijs is voor veel kinderen een grote stap, "
              "zeker voor kinderen die ondersteuning nodig hebben. Met het samenwerkingsverband PO Brinkland "
              "hebben wij afgesproken dat de basisschool bij leerlingen met een OPP altijd een warme overdracht "
              "verzorgt. In de periode februari tot en met mei vinden overdrachtsgesprekken plaats tussen de "
              "intern begeleider en de ondersteuningscoördinator van de vo-school. Voor leerlingen uit het so "
              "en sbo organiseren wij samen een overstapmarkt waar ouders kennis kunnen maken met de scholen."),
        ("h2", "12.2 Van voortgezet onderwijs naar mbo en werk"),
        ("p", "Ook de overstap naar het mbo vraagt aandacht. De scholen dragen leerlingen met een "
              "ondersteuningsbehoefte warm over aan de mbo-instelling. Het samenwerkingsverband neemt deel aan "
              "het regionale overleg over voortijdig schoolverlaten."),
        ("h1", "13. Uitwerking en verantwoording"),
        ("p", "Dit plan wordt ieder jaar uitgewerkt in een jaarplan met een jaarbegroting. De beoogde "
              "resultaten per jaar, de indicatoren en de wijze waarop wij de voortgang volgen, worden in de "
              "jaarplannen opgenomen. Het eerste jaarplan verschijnt in september 2026."),
        ("p", "Halverwege de planperiode, in het voorjaar van 2028, bespreken wij met de schoolleiders, de OPR "
              "en de gemeenten of de koers van dit plan nog klopt. Zo nodig wordt het plan dan tussentijds "
              "aangepast, met instemming van de OPR."),
        ("h1", "Begrippen en afkortingen"),
        ("gloss", [("Basisondersteuning", "De ondersteuning die iedere school ten minste biedt."),
                   ("Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."),
                   ("Commissie Toewijzing", "Commissie die namens het samenwerkingsverband beslist over TLV, lwoo "
                                            "en pro."),
                   ("Lwoo", "Leerwegondersteunend onderwijs."),
                   ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
                   ("OPDC", "Orthopedagogisch-didactisch centrum."),
                   ("OPP", "Ontwikkelingsperspectiefplan."),
                   ("Pro", "Praktijkonderwijs."),
                   ("Terugplaatsing", "Overstap van vso naar regulier voortgezet onderwijs."),
                   ("Vso", "Voortgezet speciaal onderwijs.")]),
    ]
    labels = dict(
        documents=["vo-brinkland-ondersteuningsplan.docx"], sector="vo",
        criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=False,
                      plaatsing_procedure=True, plaatsing_criteria=True,
                      terugstroom_procedure=False, terugstroom_beleid=True,
                      financien_verdeling=True, financien_besteding=True,
                      dekkend_aanbod_continuum=False, dekkend_aanbod_lacunes=True,
                      resultaten_doelen=False, resultaten_monitoring=False,
                      ouders_informatie=True, ouders_steunpunt=False),
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                  "ouders": "partial"},
        notes={"basisondersteuning": "4.1 defines the minimum for every school/location, but the standaarden are only in a website document 'Basisondersteuning VO Brinkland'.",
               "plaatsing": "Ch. 6: vso procedure (loket, Commissie Toewijzing, 2 deskundigen, 6 weeks) and criteria; lwoo and pro criteria and procedure. No bezwaar route.",
               "terugstroom": "Ch. 7 gives policy (conditions, overstaparrangement) but the procedure is deferred to a protocol 'in het schooljaar 2026-2027'.",
               "financien": "Ch. 10 'Middelen en meerjarenbegroting': schoolmodel with per-leerling/vaste voet rules and a 2026-2029 table with amounts.",
               "dekkend-aanbod": "Ch. 5 addresses thuiszitters/gap analysis/zorgplicht; the ondersteuningskaart (continuum) is to be redrawn in year 1 (4.2).",
               "resultaten": "Ch. 12 defers beoogde resultaten, indicators and monitoring to the yearly jaarplannen; no targets or figures in the plan.",
               "ouders": "Ch. 8: website, schoolgids, brochure, open days; the OJSP is only announced (deferral), no other independent help named."})
    return b, labels


# ============================================================================================
# Plan C - VO, pdf only.  "Kop van de Waard"
# ============================================================================================
def plan_c():
    N = "Samenwerkingsverband Voortgezet Onderwijs Kop van de Waard"
    b = [
        ("title", ["Ondersteuningsplan 2026 - 2030", N, "Regiocode VO 28-93",
                   "Versie 1.0 - april 2026"]),
        ("toc", None),
        ("h1", "Voorwoord"),
        ("p", "Met trots presenteren wij het ondersteuningsplan 2026-2030. In dit plan leggen wij vast hoe de "
              "negen scholen voor voortgezet onderwijs in de Kop van de Waard samen zorgen voor een passende "
              "onderwijsplek voor iedere leerling. Wij bouwen voort op wat in de afgelopen jaren is bereikt en "
              "maken keuzes voor de komende periode."),
        ("p", "Het plan is opgesteld in een tijd waarin de druk op het onderwijs groot is. Scholen hebben te maken "
              "met personeelstekorten, met meer leerlingen met psychische problemen en met een jeugdhulp die "
              "niet altijd snel genoeg beschikbaar is. Juist daarom is het belangrijk dat wij als scholen "
              "samenwerken en elkaar ondersteunen. Wij danken alle schoolleiders, ondersteuningscoördinatoren, "
              "leden van de ondersteuningsplanraad en partners die hebben bijgedragen aan dit plan."),
        ("p", "Ingrid Bosschaart, directeur-bestuurder"),
        ("h1", "1. Inleiding"),
        ("h2", "1.1 Doel van dit plan"),
        ("p", "Het ondersteuningsplan is het beleidsplan van het samenwerkingsverband. Het beschrijft de "
              "afspraken die de schoolbesturen met elkaar maken over de ondersteuning van leerlingen, de "
              "toewijzing van voorzieningen en de inzet van middelen. Het plan geldt voor de schooljaren "
              "2026-2027 tot en met 2029-2030. Jaarlijks werken wij het plan uit in een jaarplan en een begroting."),
        ("h2", "1.2 Wettelijk kader"),
        ("p", "Het samenwerkingsverband voert de taken uit die in de Wet voortgezet onderwijs 2020 zijn "
              "vastgelegd: het vaststellen van een ondersteuningsplan, het verdelen en toewijzen van "
              "ondersteuningsmiddelen en -voorzieningen, het beoordelen van de toelaatbaarheid tot het vso en "
              "het praktijkonderwijs en het toewijzen van leerwegondersteunend onderwijs. Het plan is besproken "
              "met de gemeenten in het OOGO en met het samenwerkingsverband primair onderwijs in de regio."),
        ("h2", "1.3 Totstandkoming"),
        ("p", "De voorbereiding van dit plan startte in maart 2025 met een evaluatie van het plan 2022-2026. "
              "Daarvoor zijn de jaarverslagen en de monitor geanalyseerd en zijn gesprekken gevoerd met alle "
              "schoolleiders en ondersteuningscoördinatoren. In september 2025 is een conceptversie besproken in "
              "een werkconferentie met ongeveer zestig deelnemers uit scholen, jeugdhulp en gemeenten. Daarna is "
              "het concept aangepast en in januari 2026 voorgelegd aan het algemeen bestuur, de gemeenten en de "
              "ondersteuningsplanraad. De opmerkingen uit deze rondes zijn verwerkt in deze versie."),
        ("p", "Wij hebben ervoor gekozen het plan niet te dik te maken. Het beschrijft de afspraken die voor vier "
              "jaar gelden. Zaken die vaker veranderen, zoals formulieren en werkinstructies, staan niet in het "
              "plan maar op de website voor professionals."),
        ("h2", "1.4 Leeswijzer"),
        ("p", "Na een schets van de regio en een terugblik op de vorige planperiode (hoofdstuk 2 en 3) volgt onze "
              "visie (hoofdstuk 4). Hoofdstuk 5 beschrijft het ondersteuningscontinuüm, inclusief de "
              "basisondersteuning. Hoofdstuk 6 gaat over toewijzing en toelaatbaarheid. Hoofdstuk 7 beschrijft "
              "kwaliteitszorg en resultaten, hoofdstuk 8 de samenwerking met gemeenten, hoofdstuk 9 de "
              "organisatie en hoofdstuk 10 het financieel beleid. Het plan sluit af met de professionalisering, "
              "de communicatie, de planning en een begrippenlijst."),
        ("h1", "2. De regio in beeld"),
        ("p", "Het samenwerkingsverband omvat de gemeenten Waardveen, Oud-Alblas-Noord en Kinderdam. In de "
              "regio staan negen scholen voor voortgezet onderwijs van vier schoolbesturen, waaronder één school "
              "voor praktijkonderwijs en één vso-school voor cluster 3 en 4. Het aantal leerlingen daalt de "
              "komende jaren licht, van 7.420 in 2025 naar naar verwachting 7.050 in 2030."),
        ("table", [["Kengetal", "2023", "2024", "2025", "Landelijk 2025"],
                   ["Leerlingen regulier vo (incl. pro)", "7.510", "7.470", "7.420", "-"],
                   ["Deelnamepercentage vso", "3,9%", "3,8%", "3,6%", "3,7%"],
                   ["Leerlingen met lwoo", "612", "598", "590", "-"],
                   ["Leerlingen praktijkonderwijs", "241", "236", "244", "-"],
                   ["Leerlingen in OPDC De Brug (peildatum)", "38", "41", "36", "-"]]),
        ("h1", "3. Terugblik 2022-2026"),
        ("p", "In het vorige plan hadden wij vier doelen geformuleerd. Hieronder staat per doel wat wij hebben "
              "bereikt. De cijfers komen uit de jaarverslagen en uit de tevredenheidspeiling onder scholen die "
              "in 2025 is gehouden."),
        ("table", [["Doel 2022-2026", "Streefwaarde", "Bereikt (2025)"],
                   ["Deelnamepercentage vso daalt", "onder 3,8%", "3,6% - behaald"],
                   ["Leerlingen in OPDC keren binnen een jaar terug naar de eigen school", "75%", "71% - deels"],
                   ["Alle scholen voldoen aan de basisondersteuning", "9 van 9", "8 van 9 - deels"],
                   ["Tevredenheid scholen over het loket", "7,0", "7,4 - behaald"]]),
        ("p", "De terugkeer van leerlingen uit het OPDC naar de eigen school blijft iets achter bij de ambitie. "
              "Uit de evaluatie blijkt dat leerlingen vaak te laat worden aangemeld, waardoor de problemen al "
              "groot zijn. In deze planperiode zetten wij daarom in op vroegere signalering."),
        ("p", "Naast de doelen uit het plan is in de afgelopen periode een aantal andere zaken gerealiseerd. De "
              "hoogbegaafdheidsroute is in 2023 als pilot gestart en inmiddels structureel. Het digitale portaal "
              "voor aanvragen is vernieuwd. Alle ondersteuningscoördinatoren hebben een training "
              "handelingsgericht werken gevolgd. Minder goed liep de samenwerking met de jeugdhulp: wachtlijsten "
              "bleven lang en de afstemming tussen school en jeugdhulpverlener hing sterk af van personen. Ook "
              "vroegen scholen om meer ruimte voor eigen keuzes bij de inzet van ondersteuningsmiddelen. Deze "
              "ervaringen hebben wij meegenomen bij het opstellen van dit plan."),
        ("h1", "4. Visie"),
        ("p", "Wij willen dat iedere jongere in de Kop van de Waard onderwijs krijgt dat past bij zijn of haar "
              "talenten en mogelijkheden, zo thuisnabij mogelijk. Wij gaan uit van wat een leerling nodig heeft "
              "en werken daarbij handelingsgericht. De school is eerstverantwoordelijk; het samenwerkingsverband "
              "ondersteunt en vult aan waar de school het alleen niet redt. Wij werken samen met ouders, "
              "jeugdhulp en gemeenten."),
        ("p", "Kernwaarden voor ons handelen zijn: samen, dichtbij, doelgericht en transparant. Deze waarden zijn "
              "in 2025 samen met de schoolleiders opgesteld en komen terug in onze werkwijze en in de keuzes die "
              "wij in dit plan maken."),
        ("h2", "4.1 Ambities"),
        ("p", "De visie vertalen wij in drie ambities voor de komende vier jaar. De eerste ambitie is dat "
              "ondersteuning vroeg en dichtbij wordt geboden: liever een lichte interventie in de klas dan een "
              "zware later. De tweede ambitie is dat scholen de expertise die er in de regio is beter met "
              "elkaar delen, zodat niet iedere school zelf het wiel hoeft uit te vinden. De derde ambitie is "
              "dat de overgang tussen scholen en tussen onderwijs en zorg soepel verloopt, zonder dat een "
              "leerling tussen wal en schip valt. In hoofdstuk 7 zijn deze ambities vertaald in beoogde "
              "resultaten met indicatoren."),
        ("h1", "5. Het ondersteuningscontinuüm"),
        ("h2", "5.1 Vier niveaus"),
        ("p", "Het ondersteuningsaanbod in ons samenwerkingsverband is opgebouwd uit vier niveaus, die op elkaar "
              "aansluiten. Een leerling krijgt de ondersteuning op het niveau dat bij zijn "
              "ondersteuningsbehoefte past."),
        ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                   ["1. Basisondersteuning", "ondersteuning die iedere school biedt (zie 5.2)", "alle scholen",
                    "geen aanvraag"],
                   ["2. Extra ondersteuning in de school", "ondersteuningsarrangementen, bijvoorbeeld een "
                    "trajectvoorziening, faalangsttraining in kleine groep, coaching", "eigen school",
                    "ondersteuningsteam school"],
                   ["3. Bovenschoolse ondersteuning", "OPDC De Brug, Rebound, ambulante begeleiding, "
                    "hoogbegaafdheidsroute", "bovenschools", "Loket"],
                   ["4. Speciaal", "vso, praktijkonderwijs (pro)", "De Waardsteen (vso), Praktijkschool Kinderdam",
                    "TLV / Loket"]]),
        ("h2", "5.2 Basisondersteuning"),
        ("p", "De basisondersteuning is voor alle scholen en alle locaties in het samenwerkingsverband gelijk. Zij "
              "vormt de ondergrens die de schoolbesturen in 2023 met elkaar hebben afgesproken en in 2025 hebben "
              "bevestigd. In de tabel staat welke standaarden daarbij horen."),
        ("table", [["Standaard", "Dit biedt iedere school"],
                   ["Ondersteuningsstructuur", "ondersteuningscoördinator, mentor als eerste aanspreekpunt, "
                    "ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt"],
                   ["Dyslexie en dyscalculie", "protocol, hulpmiddelen (voorleessoftware, extra tijd), "
                    "dyslexiecoach"],
                   ["Sociaal-emotioneel", "anti-pestprogramma, anti-pestcoördinator, SoVa- of faalangsttraining"],
                   ["Executieve functies", "huiswerkbegeleiding in de onderbouw, planningscoaching"],
                   ["Time-out en opvang", "een vaste opvangruimte met begeleiding tijdens alle lesuren"],
                   ["Medisch", "protocol medisch handelen, afspraken voor leerlingen met chronische ziekte"],
                   ["Samenwerking", "jeugdhulp op school, schoolarts, leerplicht in het ondersteuningsteam"],
                   ["OPP", "ontwikkelingsperspectiefplan voor iedere leerling met extra ondersteuning, jaarlijks "
                    "geëvalueerd"]]),
        ("p", "Scholen laten elke twee jaar in een zelfevaluatie zien hoe zij aan de standaarden voldoen. Het "
              "samenwerkingsverband bespreekt de uitkomst met de schoolleiding."),
        ("h2", "5.3 Bovenschoolse voorzieningen"),
        ("p", "OPDC De Brug biedt tijdelijke plaatsing (maximaal een jaar) voor leerlingen in de onderbouw van "
              "vmbo en havo die door gedrag of sociaal-emotionele problemen tijdelijk niet op de eigen school "
              "kunnen functioneren. De leerling blijft ingeschreven op de eigen school. Rebound is een kortdurend "
              "traject van maximaal twaalf weken voor leerlingen van alle niveaus. De hoogbegaafdheidsroute "
              "biedt leerlingen die vastlopen een aangepast programma op het Erasmus College."),
        ("p", "Ambulante begeleiding wordt geboden door medewerkers van De Waardsteen en door de "
              "gedragsspecialisten van het samenwerkingsverband. Scholen kunnen hiervoor een aanvraag doen bij "
              "het Loket."),
        ("h1", "6. Toewijzing en toelaatbaarheid"),
        ("h2", "6.1 Het Loket"),
        ("p", "Het Loket is het centrale aanspreekpunt voor scholen die voor een leerling een voorziening op "
              "niveau 3 of 4 willen aanvragen. Het Loket bestaat uit een coördinator, twee orthopedagogen en een "
              "psycholoog. Iedere school heeft een vaste contactpersoon bij het Loket."),
        ("h2", "6.2 Procedure toelaatbaarheidsverklaring vso"),
        ("ol", ["De school bespreekt de leerling in het ondersteuningsteam en betrekt de contactpersoon van het "
                "Loket.",
                "De school dient de aanvraag in via het digitale portaal, met het OPP, de evaluatie van de "
                "ingezette ondersteuning en een verslag van het ondersteuningsteam.",
                "Het Loket controleert binnen vijf werkdagen of de aanvraag volledig is.",
                "Twee deskundigen van het Loket, een orthopedagoog en een psycholoog, geven ieder een schriftelijk "
                "advies.",
                "De Toelaatbaarheidscommissie neemt namens de directeur-bestuurder binnen zes weken na ontvangst "
                "van de volledige aanvraag een besluit.",
                "De TLV wordt afgegeven voor ten hoogste drie schooljaren, met vermelding van de "
                "bekostigingscategorie."]),
        ("h2", "6.3 Criteria"),
        ("p", "De criteria voor toelaatbaarheid tot het vso worden in 2026 herzien in samenwerking met De "
              "Waardsteen en de vso-scholen buiten de regio. Tot de nieuwe criteria zijn vastgesteld, gelden de "
              "criteria die zijn opgenomen in de Handreiking Toewijzing 2023 op onze website."),
        ("h2", "6.4 Lwoo en praktijkonderwijs"),
        ("p", "Voor leerwegondersteunend onderwijs en praktijkonderwijs dient de vo-school waar de leerling is "
              "aangemeld de aanvraag in, uiterlijk 1 maart voorafgaand aan het eerste leerjaar. De aanvraag "
              "bevat de gegevens van het capaciteitenonderzoek en de didactische toetsen uit het "
              "onderwijskundig rapport van de basisschool. De Toelaatbaarheidscommissie beslist uiterlijk 15 april, "
              "zodat de leerling voor de zomer weet waar hij aan toe is. Voor zij-instromers in hogere leerjaren "
              "kan de aanvraag het hele jaar worden ingediend; de commissie beslist dan binnen vier weken."),
        ("h2", "6.5 Terug- en overplaatsing"),
        ("p", "Afspraken over terug- en overplaatsing vanuit het vso worden in het schooljaar 2026-2027 gemaakt "
              "met De Waardsteen en de vso-scholen buiten de regio. Zij worden na instemming van de "
              "ondersteuningsplanraad als aanvulling op dit plan vastgesteld."),
        ("h1", "7. Kwaliteitszorg en resultaten"),
        ("h2", "7.1 Beoogde resultaten 2026-2030"),
        ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen die "
              "extra ondersteuning nodig hebben. Bij ieder resultaat hoort een indicator en een streefwaarde."),
        ("table", [["Beoogd resultaat", "Indicator", "Streefwaarde 2030"],
                   ["Leerlingen ontvangen ondersteuning op de eigen school", "deelnamepercentage vso",
                    "maximaal 3,5%"],
                   ["Leerlingen keren na OPDC terug naar de eigen school", "percentage terugkeer binnen 1 jaar",
                    "80%"],
                   ["Leerlingen met een OPP behalen het verwachte uitstroomniveau", "percentage OPP-leerlingen "
                    "dat uitstroomt volgens perspectief", "75%"],
                   ["Alle scholen voldoen aan de basisondersteuning", "uitkomst zelfevaluatie en gesprek",
                    "9 van 9 scholen"],
                   ["Snelle toewijzing", "doorlooptijd aanvragen Loket", "95% binnen 6 weken"]]),
        ("h2", "7.2 Hoe wij de resultaten volgen"),
        ("p", "Wij werken met een vaste kwaliteitscyclus. Het Loket registreert alle aanvragen, besluiten en "
              "doorlooptijden in het registratiesysteem. Twee keer per jaar, in februari en september, stelt de "
              "beleidsmedewerker kwaliteit een monitor op met de stand van de indicatoren uit 7.1, aangevuld met "
              "gegevens van DUO over deelname en uitstroom. De monitor wordt besproken in het directeurenoverleg "
              "en in het algemeen bestuur, dat zo nodig bijsturing afspreekt. In het jaarverslag leggen wij "
              "verantwoording af over de bereikte resultaten en de kosten van de voorzieningen. Elke twee jaar "
              "houden wij een tevredenheidspeiling onder scholen. Halverwege de planperiode laten wij een "
              "externe evaluatie uitvoeren."),
        ("h1", "8. Samenwerking met gemeenten en partners"),
        ("p", "Het samenwerkingsverband werkt nauw samen met de drie gemeenten. In het OOGO van 12 februari 2026 "
              "is het concept van dit plan besproken. Belangrijke onderwerpen waren de inzet van jeugdhulp op "
              "school, de aansluiting tussen het OPDC en de jeugdhulp en het leerlingenvervoer naar het vso. "
              "Afgesproken is dat iedere school een vaste jeugdhulpverlener krijgt en dat gemeenten en "
              "samenwerkingsverband samen een onderwijs-zorgarrangement financieren voor leerlingen die "
              "tijdelijk niet volledig onderwijs kunnen volgen. Het aantal thuiszitters is een zorg die wij "
              "met de gemeenten delen."),
        ("p", "Met het samenwerkingsverband primair onderwijs werken wij samen aan de overstap van groep 8 naar "
              "de brugklas. Met het mbo is afgesproken dat leerlingen uit het vso en het praktijkonderwijs een "
              "warme overdracht krijgen."),
        ("h2", "8.1 Nieuwkomers"),
        ("p", "In de regio komen jaarlijks ongeveer zestig jongeren aan die de Nederlandse taal nog niet "
              "beheersen. Zij volgen de eerste twee jaar onderwijs in de internationale schakelklas (ISK) op "
              "het Waardcollege. Het samenwerkingsverband draagt bij aan de ondersteuning van deze leerlingen "
              "en aan de overstap naar het reguliere onderwijs of het mbo. De gemeenten zorgen voor huisvesting "
              "en begeleiding van de gezinnen."),
        ("h2", "8.2 Aansluiting op het mbo en werk"),
        ("p", "Voor leerlingen uit het praktijkonderwijs en het vso is de overgang naar werk of vervolgonderwijs "
              "een belangrijk moment. De scholen werken samen met het regionaal werkbedrijf en met de mbo-scholen "
              "in Dordrecht en Gorinchem. Stages, baangarantietrajecten en entreeopleidingen op de eigen school "
              "helpen leerlingen om een goede start te maken. Het samenwerkingsverband faciliteert een netwerk "
              "van stagecoördinatoren."),
        ("h1", "9. Organisatie"),
        ("p", "Het samenwerkingsverband is een stichting met een algemeen bestuur waarin de vier schoolbesturen "
              "zitting hebben. Het algemeen bestuur houdt toezicht op de directeur-bestuurder. Het bureau telt "
              "9,4 fte en bestaat uit de directeur-bestuurder, het Loket, twee gedragsspecialisten, een "
              "beleidsmedewerker kwaliteit, een controller en een managementassistent."),
        ("p", "De ondersteuningsplanraad heeft op 2 april 2026 ingestemd met dit plan. Het plan is op 16 april "
              "2026 vastgesteld door het algemeen bestuur en daarna aan de inspectie gezonden. De "
              "medezeggenschapsraad van het samenwerkingsverband is betrokken bij onderwerpen die het eigen "
              "personeel aangaan."),
        ("p", "Het algemeen bestuur vergadert zes keer per jaar. Het bestuur heeft een auditcommissie die de "
              "begroting, de jaarrekening en de risico's vooraf bespreekt. De directeur-bestuurder legt "
              "verantwoording af aan het algemeen bestuur en werkt volgens een managementstatuut. Eens per jaar "
              "evalueert het bestuur zijn eigen functioneren. Het bureau is gehuisvest in het gebouw van het "
              "Waardcollege, wat korte lijnen met de scholen oplevert."),
        ("p", "De ICT-voorzieningen van het samenwerkingsverband zijn ondergebracht bij een van de "
              "schoolbesturen. Het digitale portaal voor aanvragen is in 2024 vernieuwd; scholen kunnen daarin de "
              "status van hun aanvragen volgen. In 2027 onderzoeken wij of het portaal kan worden gekoppeld aan "
              "de leerlingadministratiesystemen van de scholen, zodat gegevens niet dubbel hoeven te worden "
              "ingevoerd."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens volgens de AVG. Er is een privacyreglement en "
              "een functionaris gegevensbescherming, die gedeeld wordt met een van de schoolbesturen."),
        ("h1", "10. Financieel beleid"),
        ("h2", "10.1 Meerjarenbegroting"),
        ("p", "De onderstaande meerjarenbegroting laat zien waaraan de middelen in de planperiode worden "
              "besteed. De bedragen zijn gebaseerd op de leerlingprognose en de huidige bekostigingsregels."),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte ondersteuning", "2.980", "2.950", "2.910", "2.880"],
                   ["Rijksbijdrage zware ondersteuning (na afdracht vso)", "3.420", "3.390", "3.350", "3.320"],
                   ["Lwoo en pro", "4.410", "4.380", "4.340", "4.300"],
                   ["Totaal baten", "10.810", "10.720", "10.600", "10.500"],
                   ["Ondersteuningsmiddelen naar scholen", "3.120", "3.090", "3.060", "3.030"],
                   ["Lwoo en pro naar scholen", "4.410", "4.380", "4.340", "4.300"],
                   ["OPDC De Brug en Rebound", "1.480", "1.480", "1.480", "1.480"],
                   ["Ambulante begeleiding en hoogbegaafdheidsroute", "610", "610", "600", "600"],
                   ["Loket en gedragsspecialisten", "720", "730", "740", "750"],
                   ["Bestuur en bureau", "520", "530", "540", "550"],
                   ["Totaal lasten", "10.860", "10.820", "10.760", "10.710"],
                   ["Resultaat", "-50", "-100", "-160", "-210"]]),
        ("h2", "10.2 Verdeling"),
        ("p", "In 2026 evalueren wij het huidige verdeelmodel. Op basis daarvan stelt het algemeen bestuur een "
              "nieuw verdeelmodel vast, dat ingaat op 1 januari 2027. Het nieuwe model wordt met de "
              "ondersteuningsplanraad besproken en als bijlage bij dit plan gevoegd."),
        ("h2", "10.3 Reserves"),
        ("p", "De negatieve resultaten in de begroting zijn bewust: het samenwerkingsverband heeft een reserve "
              "opgebouwd die boven de signaleringswaarde ligt en bouwt deze in vier jaar af door te investeren in "
              "het OPDC en de ambulante begeleiding. Aan het einde van de planperiode ligt het eigen vermogen "
              "naar verwachting op het niveau van het benodigde weerstandsvermogen."),
        ("h1", "11. Professionalisering"),
        ("p", "Het samenwerkingsverband biedt scholen een jaarlijks professionaliseringsaanbod aan, gericht op "
              "mentoren, ondersteuningscoördinatoren en teamleiders. In 2026-2027 ligt het accent op het "
              "signaleren van psychische problemen en op het werken met het OPP. Ook organiseren wij "
              "kennisbijeenkomsten waarin scholen elkaar laten zien hoe zij de basisondersteuning inrichten. "
              "Medewerkers van het bureau hebben een eigen opleidingsplan."),
        ("p", "Daarnaast stimuleren wij dat scholen van elkaar leren. Ondersteuningscoördinatoren bezoeken elkaar "
              "eens per jaar en bespreken casuïstiek in intervisiegroepen. De gedragsspecialisten van het "
              "samenwerkingsverband verzorgen op verzoek teamscholing op scholen."),
        ("h1", "12. Communicatie met scholen en partners"),
        ("p", "Een samenwerkingsverband werkt alleen als de scholen en partners weten wat er speelt. Wij "
              "communiceren daarom regelmatig en zo eenvoudig mogelijk. Iedere maand verschijnt een digitale "
              "nieuwsbrief voor schoolleiders, ondersteuningscoördinatoren en mentoren. De website voor "
              "professionals bevat de actuele formulieren, werkinstructies en contactgegevens van het Loket. "
              "Twee keer per jaar organiseren wij een netwerkbijeenkomst voor ondersteuningscoördinatoren, waar "
              "ook de gedragsspecialisten en de leerplichtambtenaren aanwezig zijn."),
        ("p", "Met de gemeenten is er naast het jaarlijkse OOGO een ambtelijk overleg dat vier keer per jaar "
              "plaatsvindt. Daarin bespreken wij de uitvoering van de afspraken over jeugdhulp op school en de "
              "onderwijs-zorgarrangementen. De directeur-bestuurder heeft daarnaast twee keer per jaar een "
              "bestuurlijk overleg met de wethouders onderwijs en jeugd."),
        ("p", "Nieuwe medewerkers op de scholen, zoals startende mentoren, ontvangen een korte introductie op "
              "passend onderwijs in de regio. Deze wordt in september en februari gegeven door medewerkers van "
              "het Loket. In de introductie komen de ondersteuningsniveaus, de rol van het ondersteuningsteam, "
              "het OPP en de aanvraagroutes aan bod. Wij merken dat dit helpt om vragen sneller en beter te "
              "beantwoorden."),
        ("p", "Wij willen het gebruik van de website verder verbeteren. In 2026-2027 wordt de website voor "
              "professionals vernieuwd, met een zoekfunctie en een overzicht van veelgestelde vragen. Ook "
              "onderzoeken wij of een korte animatie over het ondersteuningscontinuüm kan helpen om de "
              "werkwijze bij nieuwe medewerkers en partners bekend te maken."),
        ("h1", "13. Planning"),
        ("table", [["Periode", "Activiteit"],
                   ["2026", "herziening criteria toelaatbaarheid vso; evaluatie verdeelmodel"],
                   ["2026-2027", "afspraken terug- en overplaatsing; nieuw verdeelmodel per 1 januari 2027"],
                   ["2027-2028", "externe evaluatie; tevredenheidspeiling"],
                   ["2028-2029", "uitbreiding hoogbegaafdheidsroute"],
                   ["2029-2030", "voorbereiding ondersteuningsplan 2030-2034"]]),
        ("h1", "Begrippenlijst"),
        ("gloss", [("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
                   ("Lwoo", "Leerwegondersteunend onderwijs."),
                   ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen."),
                   ("Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders kosteloos helpen bij problemen "
                                            "rond passend onderwijs."),
                   ("OPDC", "Orthopedagogisch-didactisch centrum."),
                   ("Terugplaatsing", "De terugkeer van een leerling uit het vso naar het reguliere voortgezet "
                                      "onderwijs na afloop van de TLV."),
                   ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
                   ("TLV", "Toelaatbaarheidsverklaring."),
                   ("Verdeelmodel", "Afspraken over de verdeling van ondersteuningsmiddelen over scholen."),
                   ("Zorgplicht", "De plicht van een school om een aangemelde leerling een passende plek te "
                                  "bieden.")]),
    ]
    labels = dict(
        documents=["vo-kop-van-de-waard-op-2026-2030.pdf"], sector="vo",
        criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=True,
                      plaatsing_procedure=True, plaatsing_criteria=False,
                      terugstroom_procedure=False, terugstroom_beleid=False,
                      financien_verdeling=False, financien_besteding=True,
                      dekkend_aanbod_continuum=True, dekkend_aanbod_lacunes=False,
                      resultaten_doelen=True, resultaten_monitoring=True,
                      ouders_informatie=False, ouders_steunpunt=False),
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "missing"},
        notes={"basisondersteuning": "5.2: one minimum for all schools/locations in body text; the concrete standaarden are only in the table.",
               "plaatsing": "6.2 numbered vso procedure and 6.4 lwoo/pro procedure; criteria (6.3) deferred to a 2026 revision and a website Handreiking.",
               "terugstroom": "6.5 only defers terug- en overplaatsing to 2026-2027; the OPDC return figures are not about s(b)o/vso. Term only in TOC and begrippenlijst.",
               "financien": "10.1 meerjarenbegroting with amounts (besteding); 10.2 only announces an evaluation and a new verdeelmodel per 2027.",
               "dekkend-aanbod": "Ch. 5 four-level continuum table and voorzieningen; no approach to gaps/thuiszitters (one passing line in ch. 8).",
               "resultaten": "Ch. 3 achieved results table, 7.1 targets with indicators, 7.2 monitoring cycle (monitor twice a year, jaarverslag).",
               "ouders": "No parent information or independent support in the body; OJSP and Onderwijsconsulenten only in the begrippenlijst."})
    return b, labels


# ============================================================================================
# Plan D - PO, html (web version).  "Eemvallei-Noord"
# ============================================================================================
def plan_d():
    N = "SWV Primair Onderwijs Eemvallei-Noord"
    b = [
        ("title", ["Ondersteuningsplan 2026-2030 (online versie)", N + " | PO 26-95",
                   "Laatst bijgewerkt: 28 april 2026"]),
        ("toc", None),
        ("h1", "Welkom"),
        ("p", "Op deze pagina leest u de volledige tekst van het ondersteuningsplan 2026-2030 van " + N + ". Het "
              "plan is op 21 april 2026 vastgesteld door het bestuur, na instemming van de "
              "ondersteuningsplanraad op 7 april 2026 en het op overeenstemming gericht overleg met de "
              "gemeenten Eemdijk, Baarnwoude en Soestervelde op 10 maart 2026. Een pdf-versie om te printen "
              "vindt u onder Downloads."),
        ("p", "Wij hebben ervoor gekozen het plan online te publiceren, zodat het makkelijk te vinden en te lezen "
              "is. De tekst is zoveel mogelijk in gewone taal geschreven. Waar wij vaktermen gebruiken, vindt u "
              "de uitleg onderaan de pagina in de begrippenlijst."),
        ("p", "Het plan is als volgt opgebouwd. Eerst vertellen wij iets over ons samenwerkingsverband en blikken "
              "wij terug op de afgelopen jaren. Daarna beschrijven wij onze visie en hoe passend onderwijs in de "
              "praktijk werkt: de route die een school volgt als een kind extra hulp nodig heeft, de voorzieningen "
              "in de regio en wat wij doen als er voor een kind geen passende plek is. Vervolgens gaan wij in op "
              "de toelaatbaarheid tot het speciaal (basis)onderwijs en op de terugkeer naar de basisschool. Daarna "
              "volgen de hoofdstukken over monitoring, ouders, de samenwerking met gemeenten en jeugdhulp, de "
              "organisatie, de financiën en privacy. Tot slot staat op een rij welke onderdelen wij nog verder "
              "uitwerken."),
        ("p", "Heeft u opmerkingen of vragen over dit plan? Neem dan contact op met het bureau van het "
              "samenwerkingsverband via het contactformulier op deze website."),
        ("h1", "1. Over ons samenwerkingsverband"),
        ("p", "In ons samenwerkingsverband werken acht schoolbesturen samen. Samen hebben zij 41 basisscholen, "
              "één school voor speciaal basisonderwijs (sbo De Regenboog, met locaties in Eemdijk en "
              "Soestervelde) en één school voor speciaal onderwijs (De Eemhorst, cluster 3 en 4). In totaal gaan "
              "er ongeveer 9.300 kinderen naar een school in ons samenwerkingsverband."),
        ("table", [["Kengetal (peildatum 1 oktober)", "2023", "2024", "2025"],
                   ["Leerlingen basisonderwijs", "9.020", "8.960", "8.910"],
                   ["Leerlingen sbo", "214", "221", "229"],
                   ["Leerlingen so uit onze regio", "158", "163", "171"],
                   ["Deelnamepercentage sbo + so", "4,0%", "4,2%", "4,4%"],
                   ["Afgegeven TLV's (schooljaar)", "58", "61", "64"],
                   ["Gemelde thuiszitters (langer dan 4 weken)", "9", "12", "11"]]),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in Eemdijk. Hier werken de "
              "directeur-bestuurder, het expertiseteam, de Commissie van Toelaatbaarheid en de "
              "ondersteunende medewerkers."),
        ("h1", "2. Terugblik"),
        ("p", "De afgelopen vier jaar stonden in het teken van de opbouw van het expertiseteam. Waar scholen "
              "vroeger zelf externe deskundigen moesten inhuren, kunnen zij nu een beroep doen op de "
              "orthopedagogen, gedragsspecialisten en de specialist jonge kind van het samenwerkingsverband. "
              "Scholen waarderen deze ondersteuning. Tegelijk zien wij dat het aantal leerlingen in het sbo en so "
              "is gestegen, zoals de tabel hierboven laat zien. Die stijging is in het hele land zichtbaar, maar "
              "in onze regio sterker dan gemiddeld."),
        ("p", "Ook de coronaperiode en de jaren daarna hebben sporen nagelaten. Scholen signaleren meer kinderen "
              "met angstklachten en kinderen die moeite hebben om in een groep te functioneren. De wachtlijsten in "
              "de jeugdhulp zijn lang. Deze ontwikkelingen vragen om een nieuwe koers, die wij in dit plan "
              "beschrijven."),
        ("h2", "2.1 Wat scholen en ouders ons vertelden"),
        ("p", "Voor dit plan hebben wij in het najaar van 2025 gesprekken gevoerd met directeuren, intern "
              "begeleiders, leerkrachten en ouders. Ook hebben wij een digitale vragenlijst uitgezet, die door "
              "ruim driehonderd mensen is ingevuld. Een paar dingen kwamen steeds terug. Leerkrachten willen "
              "sneller hulp in de klas, zonder lange aanvraagprocedures. Intern begeleiders waarderen het "
              "expertiseteam, maar vinden de wachttijd voor de Eemklas te lang. Ouders gaven aan dat zij niet "
              "altijd weten waar zij terecht kunnen als het op school niet goed gaat, en dat zij informatie over "
              "passend onderwijs soms moeilijk te vinden vinden."),
        ("p", "Schoolbesturen vroegen aandacht voor de stijging van het aantal kinderen in het sbo en so, omdat "
              "die stijging ten koste gaat van de middelen die voor de basisscholen beschikbaar zijn. Ook de "
              "gemeenten gaven aan dat zij de samenwerking rond kinderen met complexe problemen willen "
              "versterken. Al deze punten hebben wij meegenomen bij het schrijven van dit plan."),
        ("h1", "3. Visie en missie"),
        ("p", "Onze missie is: elk kind in Eemvallei-Noord ontwikkelt zich op een school die bij hem of haar past. "
              "Wij geloven dat kinderen zich het best ontwikkelen als zij samen met kinderen uit de buurt naar "
              "school gaan. Inclusie is voor ons een richting, geen dogma: soms is een speciale school de beste "
              "plek."),
        ("p", "Daarbij gaan wij uit van vier principes. Wij kijken naar wat een kind nodig heeft en naar de "
              "mogelijkheden van de leerkracht en de school. Wij organiseren hulp zo snel en zo dichtbij "
              "mogelijk. Wij werken samen met ouders en met de jeugdhulp. En wij zijn zuinig op de tijd van "
              "leerkrachten: geen onnodige formulieren."),
        ("p", "Wat betekent dit voor leerkrachten? Een leerkracht staat er niet alleen voor. De intern begeleider "
              "is het eerste aanspreekpunt en kan een specialist van het expertiseteam inschakelen, die in de klas "
              "komt meekijken en meedenken. Daarnaast investeren wij in scholing, zodat leerkrachten zelf steeds beter in staat "
              "zijn om verschillen tussen kinderen op te vangen. Leerkrachten die met een moeilijke groep werken, "
              "kunnen coaching krijgen van een gedragsspecialist."),
        ("p", "En wat betekent dit voor schoolleiders en besturen? Zij zijn verantwoordelijk voor de kwaliteit van "
              "de ondersteuning op hun scholen en voor het bieden van een passende plek aan ieder kind dat bij "
              "hen wordt aangemeld. Het samenwerkingsverband helpt daarbij, maar neemt die verantwoordelijkheid "
              "niet over. Wij spreken elkaar daarop aan in het bestuurlijk overleg."),
        ("h1", "4. Passend onderwijs in de praktijk"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "In de vorige planperiode heeft het samenwerkingsverband bewust geen eigen afspraken over de "
              "basisondersteuning vastgelegd, omdat de landelijke norm basisondersteuning in voorbereiding was. "
              "Zodra de landelijke norm definitief is, werken wij deze met de schoolbesturen uit. Die uitwerking "
              "wordt na instemming van de ondersteuningsplanraad als aanvulling op dit plan gepubliceerd."),
        ("h2", "4.2 De ondersteuningsroute"),
        ("p", "Als een leerkracht zich zorgen maakt over een kind, bespreekt hij dat eerst met de ouders en de "
              "intern begeleider. Samen kijken zij wat er in de groep kan worden aangepast. Helpt dat niet "
              "genoeg, dan wordt het kind besproken in het ondersteuningsteam van de school. Daarin zitten de "
              "ouders, de intern begeleider, de leerkracht, de schoolmaatschappelijk werker en een "
              "orthopedagoog van het expertiseteam. Het ondersteuningsteam kan drie soorten extra hulp inzetten:"),
        ("ul", ["begeleiding op school door een specialist van het expertiseteam, bijvoorbeeld een "
                "gedragsspecialist of een specialist taal en lezen, voor een periode van drie tot zes maanden;",
                "een plek in een bovenschoolse groep, zoals de Eemklas (voor kinderen met gedragsvragen, "
                "tijdelijk, twee dagdelen per week) of de Plusgroep (voor meer- en hoogbegaafde kinderen, één "
                "dag per week);",
                "een verwijzing naar de jeugdhulp, met een vaste contactpersoon bij het lokale team die binnen "
                "twee weken reageert."]),
        ("p", "Als ook deze hulp onvoldoende is, kan een plek in het sbo of het so aan de orde zijn. Daarmee is de "
              "route compleet: van de eigen groep, via extra hulp in en buiten de school, naar een speciale "
              "school."),
        ("h2", "4.3 Voorzieningen in de regio"),
        ("table", [["Voorziening", "Voor wie", "Waar"],
                   ["Eemklas", "kinderen groep 4-8 met gedragsvragen, tijdelijk", "Eemdijk"],
                   ["Plusgroep", "meer- en hoogbegaafde kinderen groep 5-8", "Baarnwoude en Soestervelde"],
                   ["Schakelklas", "kinderen met een grote taalachterstand, één jaar", "Eemdijk"],
                   ["Observatiegroep De Kiem", "jonge kinderen met een onduidelijke ontwikkelingsvraag",
                    "De Eemhorst"],
                   ["Sbo De Regenboog", "kinderen met een TLV sbo", "Eemdijk en Soestervelde"],
                   ["So De Eemhorst", "kinderen met een TLV so (cluster 3 en 4)", "Eemdijk"]]),
        ("h2", "4.4 Een plek voor ieder kind"),
        ("p", "Soms lukt het niet om een passende plek te vinden en zit een kind (gedeeltelijk) thuis. Dat willen "
              "wij zoveel mogelijk voorkomen. Scholen melden ieder kind dat vier weken of langer niet (volledig) "
              "naar school gaat bij de leerplichtambtenaar en bij het samenwerkingsverband. Binnen een week "
              "organiseert een orthopedagoog van het expertiseteam een overleg met ouders, school en jeugdhulp. "
              "Samen maken zij een plan om het kind weer naar school te laten gaan. Als dat niet binnen zes "
              "weken lukt, komt het kind op de agenda van het Regionaal Thuiszittersoverleg, waar de bestuurders "
              "afspreken welke school het kind een plek biedt."),
        ("p", "Elk jaar in juni kijken wij met de schoolbesturen en de gemeenten waar het aanbod tekortschiet. "
              "Wij gebruiken daarvoor de wachtlijsten van de Eemklas en de Plusgroep, het aantal kinderen dat "
              "buiten de regio naar school gaat en de meldingen van thuiszitters. Afgelopen jaar bleek zo dat er "
              "te weinig plek was voor jonge kinderen met een ontwikkelingsvraag; daarom is in 2025 de "
              "observatiegroep De Kiem gestart."),
        ("h2", "4.5 Jonge kinderen en de overstap naar het voortgezet onderwijs"),
        ("p", "Een goede start is belangrijk. Met de kinderopvang, de peuterspeelzalen en het consultatiebureau "
              "hebben wij afspraken over de overdracht van jonge kinderen die extra aandacht nodig hebben. De "
              "specialist jonge kind van het expertiseteam kan al voor de start op de basisschool meekijken, "
              "zodat de school goed voorbereid is. Aan het einde van de basisschool zorgen wij samen met het "
              "samenwerkingsverband voortgezet onderwijs voor een warme overdracht van kinderen die extra "
              "ondersteuning nodig hebben."),
        ("h2", "4.6 Meer- en hoogbegaafde kinderen"),
        ("p", "Met extra middelen van het Rijk hebben wij de afgelopen jaren het aanbod voor meer- en "
              "hoogbegaafde kinderen uitgebreid. Naast de Plusgroep is er een netwerk van specialisten "
              "hoogbegaafdheid op de scholen, dat drie keer per jaar bijeenkomt. Wij onderzoeken samen met de "
              "schoolbesturen of er behoefte is aan een voltijdse voorziening voor hoogbegaafde kinderen die in "
              "de reguliere groep vastlopen."),
        ("h1", "5. Toelaatbaarheid tot sbo en so"),
        ("p", "Voor een plek in het sbo of het so heeft een kind een toelaatbaarheidsverklaring (TLV) nodig. Wij "
              "hanteren daarbij de volgende criteria."),
        ("p", "Een kind is toelaatbaar tot het sbo als het ondersteuningsteam van de school minimaal een half jaar "
              "extra hulp heeft ingezet en geëvalueerd, als het kind daarna nog steeds een achterstand of "
              "ontwikkelingsvraag heeft die in een reguliere groep niet goed te begeleiden is, en als het kind "
              "baat heeft bij een kleinere groep met meer structuur en gespecialiseerde leerkrachten."),
        ("p", "Een kind is toelaatbaar tot het so als het daarnaast een zo intensieve en specialistische "
              "ondersteuning nodig heeft dat ook het sbo die niet kan bieden. Dat kan gaan om kinderen met een "
              "verstandelijke beperking, een lichamelijke beperking of langdurige ziekte, of kinderen met "
              "ernstige gedrags- of psychiatrische problemen waarvoor onderwijs en behandeling samen nodig zijn."),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode, een TLV voor het so voor "
              "twee schooljaren. Bij het so bepalen wij ook de bekostigingscategorie (laag, midden of hoog)."),
        ("p", "Hoe een school een TLV aanvraagt, welke stukken daarvoor nodig zijn en hoe lang de behandeling "
              "duurt, leest u op de pagina 'TLV aanvragen' op deze website."),
        ("p", "Bent u het niet eens met een besluit over toelaatbaarheid, dan kunt u bezwaar maken bij het "
              "bestuur van het samenwerkingsverband. Het bestuur vraagt dan advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "6. Terug naar de basisschool"),
        ("p", "Een kind dat naar het sbo of so gaat, gaat daar niet altijd de rest van zijn schooltijd naartoe. "
              "Wij vinden het belangrijk dat kinderen die het kunnen, terugkeren naar een gewone basisschool. "
              "Liefst een school in de buurt, waar ook broertjes, zusjes en vriendjes naartoe gaan. Een "
              "terugplaatsing gebeurt alleen als het kind er klaar voor is en de nieuwe school het kind met "
              "goede begeleiding kan opvangen. Een kind dat teruggaat, krijgt het eerste jaar begeleiding van "
              "een specialist van het expertiseteam, en de leerkracht kan altijd advies vragen aan de sbo- of "
              "so-school."),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Wanneer"],
                   ["1", "Bespreken of terugplaatsing mogelijk is bij de evaluatie van het OPP", "sbo/so-school "
                    "met ouders", "ieder jaar in het voorjaar"],
                   ["2", "Advies over terugplaatsing, met zo nodig observatie in de groep",
                    "orthopedagoog expertiseteam", "binnen 4 weken na stap 1"],
                   ["3", "Kennismaking en afspraken met de nieuwe basisschool", "ouders, beide scholen",
                    "voor 1 juni"],
                   ["4", "Overdracht en start op de nieuwe school, met begeleidingsplan", "beide scholen",
                    "na de zomervakantie"],
                   ["5", "Evaluatie van de terugplaatsing", "nieuwe school, ouders, expertiseteam",
                    "na 3 en na 12 maanden"]]),
        ("p", "Loopt de TLV af en is terugplaatsing nog niet verantwoord, dan vraagt de sbo- of so-school uiterlijk "
              "drie maanden voor de einddatum een nieuwe TLV aan."),
        ("h1", "7. Monitoring en verantwoording"),
        ("p", "Wij volgen de ontwikkelingen in ons samenwerkingsverband nauwkeurig. Het bureau houdt een "
              "dashboard bij met onder meer het aantal kinderen in sbo en so, het aantal afgegeven TLV's, de "
              "inzet van het expertiseteam, de wachttijden voor de bovenschoolse groepen, het aantal "
              "terugplaatsingen en het aantal thuiszitters. Het dashboard wordt ieder kwartaal bijgewerkt en "
              "besproken in het directeurenoverleg. Twee keer per jaar rapporteert de directeur-bestuurder aan "
              "het bestuur. Scholen ontvangen één keer per jaar een schoolrapport met hun eigen gegevens, dat "
              "wordt besproken in een kwaliteitsgesprek met de orthopedagoog. In het jaarverslag beschrijven wij "
              "wat er is bereikt."),
        ("p", "Wij hebben in dit plan bewust nog geen beoogde resultaten voor de komende vier jaar opgenomen. In "
              "het schooljaar 2026-2027 doen wij eerst een nulmeting met het nieuwe dashboard. Op basis daarvan "
              "stellen wij in het voorjaar van 2027 de doelen voor de rest van de planperiode vast."),
        ("h1", "8. Voor ouders"),
        ("p", "Als ouder bent u de belangrijkste partner van de school. U kent uw kind het best. Daarom wordt u "
              "altijd uitgenodigd voor het ondersteuningsteam als het over uw kind gaat, en heeft u een stem bij "
              "het opstellen van het OPP."),
        ("p", "Het kan zijn dat u vragen heeft waar u op school niet uitkomt, of dat u het niet eens bent met de "
              "school of met het samenwerkingsverband. U kunt dan gratis en vertrouwelijk contact opnemen met "
              "het Ouder- en Jeugdsteunpunt Eemvallei. Het steunpunt is onafhankelijk: het werkt niet voor de "
              "school of het samenwerkingsverband, maar voor u en uw kind. Een medewerker denkt met u mee, kan "
              "bemiddelen en kan met u meegaan naar een gesprek. U bereikt het steunpunt via telefoon, e-mail of "
              "het wekelijkse spreekuur in de bibliotheek van Eemdijk. Ook kunt u terecht bij de "
              "Onderwijsconsulenten, die ouders landelijk kosteloos adviseren."),
        ("p", "Heeft u een klacht over het samenwerkingsverband, dan kunt u die indienen volgens onze "
              "klachtenregeling; wij zijn aangesloten bij de Landelijke Klachtencommissie Onderwijs. Een geschil "
              "over toelating, verwijdering of het OPP kunt u voorleggen aan de Geschillencommissie passend "
              "onderwijs."),
        ("p", "Een nieuwe ouderpagina op deze website, met uitleg over de ondersteuning en de voorzieningen in "
              "de regio, is in ontwikkeling. Deze komt in de loop van het schooljaar 2026-2027 online."),
        ("h1", "9. Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Met de drie gemeenten hebben wij afgesproken dat op "
              "iedere school een schoolmaatschappelijk werker beschikbaar is en dat het lokale team deelneemt aan "
              "het ondersteuningsteam. Voor kinderen die onderwijs en zorg tegelijk nodig hebben, maken wij samen "
              "met de gemeente een onderwijs-zorgarrangement. Ook over het leerlingenvervoer, de huisvesting van "
              "het sbo en so en de aanpak van thuiszitters maken wij afspraken in het OOGO."),
        ("p", "In de praktijk betekent dit dat de jeugdhulp steeds vaker op school zelf plaatsvindt. Op zes "
              "scholen werkt inmiddels een jeugdhulpverlener van het lokale team een of twee dagen per week in "
              "de school. Kinderen hoeven dan niet onder schooltijd naar een praktijk elders. Wij willen dit "
              "samen met de gemeenten uitbreiden naar meer scholen. Ook wordt er een gezamenlijke werkwijze "
              "ontwikkeld voor kinderen die door hun problemen tijdelijk minder uren naar school kunnen; daarbij "
              "maken school, jeugdhulp en leerplicht samen een plan met een vaste einddatum."),
        ("p", "De samenwerking wordt ieder jaar geëvalueerd in het OOGO. De gemeenten en het "
              "samenwerkingsverband hebben afgesproken dat een meningsverschil over de uitvoering eerst in het "
              "ambtelijk overleg wordt besproken en daarna zo nodig in het bestuurlijk overleg met de "
              "wethouders."),
        ("p", "Met het samenwerkingsverband voortgezet onderwijs Eemvallei werken wij samen aan een goede "
              "overstap van groep 8 naar de brugklas, in het bijzonder voor kinderen uit het sbo en so."),
        ("h1", "10. Organisatie"),
        ("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een onafhankelijk voorzitter en "
              "de bestuurders van de acht schoolbesturen. De directeur-bestuurder is verantwoordelijk voor de "
              "dagelijkse gang van zaken. Het expertiseteam bestaat uit vijf orthopedagogen, drie "
              "gedragsspecialisten, een specialist taal en lezen en een specialist jonge kind, samen 9,8 fte."),
        ("p", "De ondersteuningsplanraad bestaat uit tien leden, vijf ouders en vijf personeelsleden van de "
              "scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De vergaderingen van de OPR zijn "
              "openbaar."),
        ("p", "Het samenwerkingsverband investeert in de deskundigheid van zijn medewerkers en van de intern "
              "begeleiders. Ieder jaar is er een leergang voor nieuwe intern begeleiders en een themadag voor "
              "alle intern begeleiders in de regio."),
        ("p", "Wij merken dat het steeds moeilijker wordt om vacatures te vervullen, zowel op de scholen als bij "
              "het samenwerkingsverband. Samen met de schoolbesturen werken wij aan een regionale aanpak, met "
              "onder meer opleidingsplaatsen voor zij-instromers in het sbo en so en een gezamenlijke pool van "
              "onderwijsassistenten. Ook kijken wij kritisch naar de taken van intern begeleiders, zodat zij meer "
              "tijd hebben voor de begeleiding van leerkrachten en minder voor administratie."),
        ("h1", "11. Financiën"),
        ("p", "De financiële paragraaf van het ondersteuningsplan, met het verdeelmodel en de meerjarenbegroting "
              "2026-2030, is gepubliceerd als apart document. U vindt dit document onder Downloads."),
        ("h1", "12. Privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van kinderen alleen als dat nodig is, "
              "bijvoorbeeld voor het beoordelen van een aanvraag voor een TLV. Wij bewaren deze gegevens niet "
              "langer dan nodig en in elk geval niet langer dan drie jaar na het besluit. Meer informatie vindt u "
              "in ons privacyreglement."),
        ("p", "Medewerkers van het samenwerkingsverband hebben alleen toegang tot de gegevens die zij voor hun werk "
              "nodig hebben. Het digitale dossier is beveiligd en wordt jaarlijks gecontroleerd. Het "
              "samenwerkingsverband heeft een functionaris gegevensbescherming, die u kunt bereiken via het "
              "algemene e-mailadres. Een datalek melden wij binnen 72 uur bij de Autoriteit Persoonsgegevens."),
        ("h1", "13. Wat werken wij nog uit"),
        ("p", "Een ondersteuningsplan is nooit helemaal af. Een aantal onderdelen werken wij de komende tijd "
              "verder uit. De uitwerkingen worden, waar nodig na instemming van de ondersteuningsplanraad, aan "
              "dit plan toegevoegd."),
        ("table", [["Onderwerp", "Wanneer"],
                   ["Afspraken basisondersteuning op basis van de landelijke norm", "na vaststelling landelijke norm"],
                   ["Ouderpagina op de website", "schooljaar 2026-2027"],
                   ["Beoogde resultaten na nulmeting", "voorjaar 2027"],
                   ["Onderzoek voltijdse voorziening hoogbegaafdheid", "2027-2028"]]),
        ("h1", "Begrippenlijst"),
        ("gloss", [("Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband aan alle "
                                          "kinderen biedt."),
                   ("Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken."),
                   ("CvT", "Commissie van Toelaatbaarheid."),
                   ("Meerjarenbegroting", "Overzicht van inkomsten en uitgaven voor vier jaar."),
                   ("OJSP", "Ouder- en Jeugdsteunpunt."),
                   ("OPP", "Ontwikkelingsperspectief."),
                   ("Sbo", "Speciaal basisonderwijs."),
                   ("So", "Speciaal onderwijs."),
                   ("TLV", "Toelaatbaarheidsverklaring."),
                   ("Verdeelmodel", "Afspraken over hoe het geld voor ondersteuning wordt verdeeld.")]),
    ]
    labels = dict(
        documents=["po-eemvallei-noord-ondersteuningsplan.html"], sector="po",
        criteria=crit(basisondersteuning_niveau=False, basisondersteuning_inhoud=False,
                      plaatsing_procedure=False, plaatsing_criteria=True,
                      terugstroom_procedure=True, terugstroom_beleid=True,
                      financien_verdeling=False, financien_besteding=False,
                      dekkend_aanbod_continuum=True, dekkend_aanbod_lacunes=True,
                      resultaten_doelen=False, resultaten_monitoring=True,
                      ouders_informatie=False, ouders_steunpunt=True),
        advisory={"plaatsing": ["duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "partial"},
        notes={"basisondersteuning": "4.1 only says no own afspraken were made and defers to the landelijke norm; definition only in the begrippenlijst.",
               "plaatsing": "Ch. 5 gives sbo and so criteria, duration and bezwaar; the aanvraagprocedure is only on the web page 'TLV aanvragen'.",
               "terugstroom": "Ch. 6: policy (thuisnabij, conditions, one year of begeleiding) and a step table (who/when), new TLV 3 months before end.",
               "financien": "Ch. 11 only refers to a separate document under Downloads; verdeelmodel/meerjarenbegroting only in the begrippenlijst.",
               "dekkend-aanbod": "4.2-4.4: route from group to s(b)o, voorzieningen table, thuiszitters approach and yearly June gap analysis.",
               "resultaten": "Ch. 7 describes dashboard/reporting with figures; beoogde resultaten deferred until after a nulmeting in spring 2027.",
               "ouders": "Ch. 8 names OJSP Eemvallei, Onderwijsconsulenten, klachten/GPO; the parent information page is 'in ontwikkeling'. Nav link 'Ouders' is not body text."})
    return b, labels


# ============================================================================================
# Plan E - PO, docx.  "Amstelrand"
# ============================================================================================
def plan_e():
    N = "Samenwerkingsverband Passend Primair Onderwijs Amstelrand"
    b = [
        ("title", ["Ondersteuningsplan 2026-2030", N, "PO 27-98",
                   "Beleidsplan op hoofdlijnen", "Vastgesteld op 20 april 2026"]),
        ("toc", None),
        ("h1", "Voorwoord"),
        ("p", "Beste lezer, voor u ligt het ondersteuningsplan 2026-2030 van " + N + ". In dit plan beschrijven "
              "wij op hoofdlijnen hoe de basisscholen in Amstelrand de komende vier jaar samen zorgen voor passend "
              "onderwijs. Wij hebben gekozen voor een compact plan. Veel uitvoeringsafspraken staan in protocollen "
              "en in het jaarplan, zodat wij die kunnen aanpassen als de praktijk daarom vraagt."),
        ("p", "De afgelopen jaren waren niet eenvoudig. Het lerarentekort is in onze regio groot en op sommige "
              "scholen staan groepen zonder vaste leerkracht. Dat maakt het lastiger om kinderen die extra "
              "ondersteuning nodig hebben goed te begeleiden. Tegelijk zien wij veel betrokkenheid en "
              "creativiteit op de scholen. Dit plan is bedoeld om die kracht te ondersteunen."),
        ("p", "Wij danken de ondersteuningsplanraad, de schoolbesturen, de directeuren en intern begeleiders en de "
              "gemeenten voor hun inbreng."),
        ("p", "Ruud Hofstede, directeur-bestuurder"),
        ("h1", "1. Inleiding"),
        ("h2", "1.1 Het samenwerkingsverband"),
        ("p", "Ons samenwerkingsverband bestaat uit 34 basisscholen, één school voor speciaal basisonderwijs (sbo "
              "De Kikker) en de so-locaties van De Amstelhof die in onze regio staan. Elf schoolbesturen zijn bij "
              "het samenwerkingsverband aangesloten. Het gebied omvat de gemeenten Amstelrand, Ouderveen en "
              "Uithoorn-Oost. In totaal gaan er ongeveer 8.100 leerlingen naar de basisscholen."),
        ("h2", "1.2 Totstandkoming van het plan"),
        ("p", "Het plan is voorbereid door een schrijfgroep met twee directeuren, twee intern begeleiders, een "
              "bestuurder en de beleidsmedewerker van het samenwerkingsverband. De schrijfgroep is in juni 2025 "
              "gestart. In oktober 2025 is een eerste concept besproken in het directeurenberaad. In december "
              "2025 en februari 2026 heeft de ondersteuningsplanraad het concept besproken. Het OOGO met de drie "
              "gemeenten vond plaats op 5 maart 2026; het verslag daarvan is bij het bestuur op te vragen. De "
              "ondersteuningsplanraad heeft op 8 april 2026 ingestemd. Het bestuur heeft het plan op 20 april "
              "2026 vastgesteld."),
        ("h2", "1.3 Wat staat waar"),
        ("p", "Dit plan bestaat uit negen hoofdstukken. Na de inleiding volgt onze koers. Daarna komen de "
              "basisondersteuning, de afspraken met het speciaal (basis)onderwijs, de ouders, de kwaliteit en "
              "resultaten, de organisatie en de financiën aan bod. Het laatste hoofdstuk bevat de planning. De "
              "protocollen waar het plan naar verwijst, zijn afzonderlijk vastgesteld."),
        ("h2", "1.4 Terugblik op de planperiode 2022-2026"),
        ("p", "In de vorige planperiode is het verdeelmodel ingrijpend gewijzigd. Tot 2023 werkte het "
              "samenwerkingsverband met een aanvraagsysteem waarbij scholen voor iedere leerling afzonderlijk "
              "middelen moesten aanvragen. Dat leidde tot veel administratie en tot verschillen tussen scholen "
              "die veel en scholen die weinig aanvroegen. Sinds 2023 gaat het budget als bedrag per leerling naar "
              "de schoolbesturen. Scholen ervaren dit als een grote verbetering: zij kunnen sneller handelen en "
              "hoeven minder formulieren in te vullen."),
        ("p", "Ook is in de vorige periode het digitale dossier ingevoerd, waarin scholen het OPP en de "
              "verslagen van het ondersteuningsteam bijhouden. Het netwerk van intern begeleiders is uitgebreid "
              "met een aparte groep voor startende intern begeleiders. Minder goed ging het met de stijging van "
              "het aantal leerlingen in het sbo en so, die hoger uitviel dan verwacht. In 2025 is daarom een "
              "nulmeting gedaan, die de basis vormt voor de beoogde resultaten in hoofdstuk 6."),
        ("h2", "1.5 Landelijke ontwikkelingen"),
        ("p", "Dit plan is geschreven in een periode waarin landelijk veel verandert. Met de Wet versterking "
              "positie ouders en leerlingen in het passend onderwijs krijgen leerlingen hoorrecht bij het OPP, "
              "gaat de informatie over de ondersteuning van een school op in de schoolgids en krijgt ieder "
              "samenwerkingsverband een ouder- en jeugdsteunpunt. Daarnaast werkt het ministerie aan een "
              "landelijke norm voor de basisondersteuning. Zodra die norm er is, zullen wij onze afspraken daarop "
              "afstemmen. Ook de vereenvoudiging van de bekostiging en de afbouw van bovenmatige reserves hebben "
              "gevolgen voor het samenwerkingsverband."),
        ("p", "Wij volgen deze ontwikkelingen op de voet en passen ons beleid aan waar dat nodig is. Grote "
              "wijzigingen leggen wij voor aan de ondersteuningsplanraad."),
        ("h1", "2. Onze koers"),
        ("p", "Wij willen dat alle kinderen in Amstelrand onderwijs krijgen dat bij hen past, zo veel mogelijk in "
              "hun eigen wijk of dorp. Dat vraagt om scholen die goed zijn toegerust, leerkrachten die zich "
              "gesteund voelen en een samenwerkingsverband dat snel en zonder gedoe helpt. Wij noemen dit: "
              "dichtbij, deskundig en doelmatig."),
        ("p", "Dichtbij betekent dat de ondersteuning zo veel mogelijk in de klas en op de school plaatsvindt. "
              "Deskundig betekent dat scholen kunnen rekenen op de kennis van specialisten als dat nodig is. "
              "Doelmatig betekent dat wij het geld zo inzetten dat het zo veel mogelijk ten goede komt aan de "
              "kinderen, met zo weinig mogelijk bureaucratie."),
        ("p", "Wij sluiten aan bij de landelijke verbeteraanpak passend onderwijs en bij de ontwikkeling naar meer "
              "inclusief onderwijs. Dat betekent niet dat het speciaal onderwijs verdwijnt: voor sommige kinderen "
              "blijft een speciale school de beste plek. Wel willen wij dat de scholen steeds beter in staat zijn "
              "om kinderen met uiteenlopende behoeften te ondersteunen."),
        ("p", "Wij beseffen dat dit veel vraagt van leerkrachten. Daarom willen wij de komende jaren vooral "
              "investeren in de mensen op de scholen: in tijd voor overleg, in scholing en in de ondersteuning "
              "van intern begeleiders. Goede ondersteuning begint bij een leerkracht die zich gesteund voelt en "
              "die weet waar hij terecht kan met vragen. Dat is de rode draad van dit plan."),
        ("h2", "2.1 Speerpunten"),
        ("p", "Voor de komende vier jaar kiezen wij vier speerpunten. Het eerste speerpunt is de kwaliteit van het "
              "OPP: ieder kind met een OPP moet een actueel plan hebben dat samen met de ouders is opgesteld en "
              "regelmatig wordt geëvalueerd. Het tweede speerpunt is het versterken van de intern begeleiders, "
              "die een sleutelrol hebben in de ondersteuning op de scholen. Het derde speerpunt is het beter "
              "informeren van ouders. Het vierde speerpunt is een verantwoorde inzet van de middelen, waarbij "
              "scholen laten zien wat zij met het geld hebben gedaan."),
        ("p", "De speerpunten zijn uitgewerkt in het jaarplan 2026-2027. Ieder jaar kijken wij of de speerpunten "
              "nog de juiste zijn en stellen wij ze zo nodig bij."),
        ("h2", "2.2 Inspectiebezoek 2024"),
        ("p", "In het najaar van 2024 heeft de inspectie het samenwerkingsverband bezocht. De inspectie was "
              "positief over de samenwerking tussen de besturen en over de eenvoud van het verdeelmodel. "
              "Verbeterpunten waren de kwaliteitszorg en het zicht op de resultaten van de ondersteuning. Naar "
              "aanleiding daarvan is in 2025 een beleidsmedewerker kwaliteit aangesteld en is de nulmeting "
              "uitgevoerd. Het inspectierapport is te vinden op de website van de inspectie."),
        ("h1", "3. Basisondersteuning"),
        ("p", "Basisondersteuning is het geheel van ondersteuning dat alle scholen binnen het samenwerkingsverband "
              "volgens onze afspraken ten minste bieden. Het gaat om de afgesproken ondergrens voor iedere school "
              "en iedere locatie. Wij gaan uit van de vier aspecten uit het referentiekader passend onderwijs:"),
        ("ul", ["basiskwaliteit: de school voldoet aan het toezichtkader van de inspectie;",
                "preventieve en licht curatieve interventies: de school kan tijdig signaleren en lichte "
                "ondersteuning bieden;",
                "onderwijsondersteuningsstructuur: de school heeft haar ondersteuning goed georganiseerd en werkt "
                "samen met ketenpartners;",
                "planmatig werken: de school werkt cyclisch en handelingsgericht."]),
        ("p", "Hoe iedere school deze aspecten concreet invult, beschrijft de school in de schoolgids. De besturen "
              "zorgen ervoor dat de scholen aan de afspraken voldoen."),
        ("h1", "4. Afspraken met het speciaal (basis)onderwijs"),
        ("h2", "4.1 Toelaatbaarheid"),
        ("p", "De procedure en de criteria voor de toelaatbaarheid tot het sbo en het so zijn vastgelegd in het "
              "Protocol Toelaatbaarheid Amstelrand 2026, dat als bijlage 2 bij dit plan hoort."),
        ("h2", "4.2 Terugplaatsing"),
        ("p", "Voor leerlingen in het sbo en so geldt de volgende werkwijze voor het bespreken van een mogelijke "
              "terugplaatsing naar het basisonderwijs."),
        ("table", [["Moment", "Wat", "Wie"],
                   ["Ieder jaar, uiterlijk in maart", "De sbo- of so-school evalueert het OPP met de ouders en "
                    "beoordeelt of terugplaatsing aan de orde is.", "sbo- of so-school, ouders"],
                   ["Bij een positieve beoordeling, uiterlijk in april", "Overleg met de ouders over een "
                    "basisschool; de ouders melden het kind aan bij die school.", "sbo- of so-school, ouders"],
                   ["Binnen zes weken na aanmelding", "De basisschool beslist over toelating en stelt samen met de "
                    "sbo- of so-school een overdracht op.", "basisschool"],
                   ["In het laatste jaar van de TLV, vóór 1 februari", "Als terugplaatsing niet aan de orde is, "
                    "vraagt de sbo- of so-school een nieuwe TLV aan; anders eindigt de TLV op 31 juli.",
                    "sbo- of so-school"]]),
        ("p", "Welke voorwaarden wij aan een terugplaatsing stellen en welke begeleiding een kind na de terugkeer "
              "krijgt, leggen wij in het schooljaar 2026-2027 vast in een terugplaatsingsbeleid. Dit wordt met de "
              "ondersteuningsplanraad besproken."),
        ("h2", "4.3 Overig aanbod"),
        ("p", "Een overzicht van de arrangementen en voorzieningen in de regio staat in de Sociale Kaart "
              "Amstelrand op onze website. De aanpak van thuiszitters is vastgelegd in het Thuiszitterspact "
              "Amstelrand 2025."),
        ("h1", "5. Ouders"),
        ("h2", "5.1 Informatie voor ouders"),
        ("p", "Ouders moeten kunnen weten welke ondersteuning er is en hoe zij die voor hun kind kunnen krijgen. "
              "Het samenwerkingsverband zorgt daarom voor duidelijke informatie. Op de ouderpagina van onze website "
              "leggen wij uit wat passend onderwijs is, wat ouders van iedere school mogen verwachten en welke "
              "extra ondersteuning mogelijk is. De informatie is er in het Nederlands, Engels en Turks. Iedere "
              "school deelt bij de intake de folder 'Passend onderwijs in Amstelrand' uit en neemt in de "
              "schoolgids een paragraaf op over de ondersteuning op de school en de rol van het "
              "samenwerkingsverband."),
        ("p", "Daarnaast houdt het samenwerkingsverband vier keer per jaar een ouderavond over een thema, zoals "
              "dyslexie, hoogbegaafdheid of de overstap naar het voortgezet onderwijs. Ouders kunnen ook het "
              "telefonisch spreekuur van het bureau bellen, op dinsdag- en donderdagochtend."),
        ("h2", "5.2 Onafhankelijke ondersteuning"),
        ("p", "Soms lopen gesprekken tussen ouders en school vast, of hebben ouders behoefte aan iemand die "
              "onafhankelijk meedenkt. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Amstelrand. Dat "
              "steunpunt is ondergebracht bij een onafhankelijke welzijnsorganisatie en werkt niet in opdracht "
              "van scholen. Een ouderadviseur luistert, informeert over rechten en mogelijkheden en kan "
              "bemiddelen. Ouders kunnen ook een beroep doen op de Onderwijsconsulenten. Heeft een ouder een "
              "klacht over het samenwerkingsverband, dan geldt de klachtenregeling die op de website staat."),
        ("h2", "5.3 Ouders als partner"),
        ("p", "Ouders worden betrokken bij het ondersteuningsteam van de school als het over hun kind gaat. Zij "
              "denken mee over het OPP en ondertekenen het handelingsdeel. In de ondersteuningsplanraad zijn vier "
              "van de acht zetels voor ouders."),
        ("p", "Ook kinderen zelf hebben een stem. Sinds de invoering van het hoorrecht worden leerlingen gehoord "
              "over hun OPP, op een manier die past bij hun leeftijd. Het samenwerkingsverband heeft voor de "
              "scholen een handreiking gemaakt met voorbeelden van gesprekken met jonge en oudere kinderen. In "
              "het netwerk van intern begeleiders wisselen scholen ervaringen uit over hoe zij kinderen "
              "betrekken."),
        ("h1", "6. Kwaliteit en resultaten"),
        ("h2", "6.1 Beoogde resultaten"),
        ("p", "Wij hebben voor deze planperiode de volgende beoogde resultaten vastgesteld voor leerlingen die "
              "extra ondersteuning nodig hebben."),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Deelnamepercentage sbo en so samen", "3,4%", "maximaal 3,2%"],
                   ["Leerlingen met een OPP met actuele evaluatie", "78%", "100%"],
                   ["Ouders tevreden over de ondersteuning van hun kind", "6,9", "ten minste 7,5"],
                   ["Intern begeleiders tevreden over de ondersteuning door het SWV", "7,1", "ten minste 7,5"],
                   ["Leerlingen met een OPP die het verwachte uitstroomniveau halen", "niet gemeten", "80%"]]),
        ("h2", "6.2 Zo volgen wij de resultaten"),
        ("p", "De beleidsmedewerker kwaliteit verzamelt ieder jaar in oktober de gegevens over deelname aan het "
              "sbo en so (DUO), de OPP-registratie uit het digitale dossier en de uitstroomgegevens van de "
              "scholen. Iedere twee jaar houden wij een tevredenheidsonderzoek onder ouders van kinderen met "
              "een OPP en onder intern begeleiders. De uitkomsten staan in een jaarlijkse monitor, die het bestuur "
              "in december bespreekt. Met iedere school voert het samenwerkingsverband één keer per jaar een "
              "kwaliteitsgesprek over de eigen cijfers. In het jaarverslag rapporteren wij over de bereikte "
              "resultaten ten opzichte van de streefwaarden en over de kosten per voorziening."),
        ("h1", "7. Organisatie"),
        ("h2", "7.1 Bestuur en toezicht"),
        ("p", "Het samenwerkingsverband is een vereniging van schoolbesturen. De algemene ledenvergadering bestaat "
              "uit de bestuurders van de elf aangesloten schoolbesturen. Het bestuur bestaat uit drie "
              "onafhankelijke leden en de directeur-bestuurder. Het intern toezicht is belegd bij een toezichthoudend "
              "orgaan van drie leden. De rolverdeling is vastgelegd in de statuten, die in 2024 zijn gewijzigd."),
        ("p", "De schoolbesturen werken in het samenwerkingsverband op basis van gelijkwaardigheid. Besluiten in de "
              "algemene ledenvergadering worden zo veel mogelijk bij consensus genomen. Als dat niet lukt, wordt "
              "gestemd volgens een stemverhouding die rekening houdt met het aantal leerlingen per bestuur, "
              "zoals vastgelegd in de statuten. Geschillen tussen besturen worden eerst in onderling overleg "
              "besproken; lukt dat niet, dan geldt de geschillenregeling uit de statuten. Het bestuur legt "
              "jaarlijks verantwoording af aan de algemene ledenvergadering over het gevoerde beleid."),
        ("h2", "7.2 Ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad heeft acht leden en vergadert vijf keer per jaar. De OPR heeft "
              "instemmingsrecht op het ondersteuningsplan. De OPR heeft een eigen budget voor scholing en voor "
              "het raadplegen van een adviseur."),
        ("p", "Ieder jaar maakt de OPR een jaarplanning waarin staat welke onderwerpen wanneer aan de orde komen, "
              "zoals de begroting, het jaarverslag en het jaarplan. De directeur-bestuurder is bij een deel van "
              "de vergaderingen aanwezig om vragen te beantwoorden en toelichting te geven. Twee keer per jaar "
              "spreekt de OPR met het toezichthoudend orgaan. Nieuwe leden krijgen een introductie en kunnen een "
              "basistraining medezeggenschap volgen. Wij zijn blij met een kritische en betrokken OPR en zien de "
              "raad als een belangrijke gesprekspartner bij de uitvoering van dit plan."),
        ("h2", "7.3 Het bureau"),
        ("p", "Het bureau van het samenwerkingsverband is klein: 5,2 fte. Naast de directeur-bestuurder werken er "
              "een beleidsmedewerker kwaliteit, een controller (0,6 fte), twee orthopedagogen en een "
              "secretariaatsmedewerker. De orthopedagogen adviseren scholen op verzoek. Het bureau is gehuisvest "
              "in het onderwijscentrum in Amstelrand."),
        ("p", "Wij kiezen bewust voor een klein bureau, zodat zo veel mogelijk geld naar de scholen gaat. Dat "
              "betekent ook dat wij keuzes moeten maken in wat wij zelf doen. Taken als salarisadministratie en "
              "ICT-beheer zijn uitbesteed aan het administratiekantoor van een van de schoolbesturen. De "
              "medewerkers van het bureau zijn in dienst van het samenwerkingsverband en vallen onder de cao "
              "primair onderwijs."),
        ("h2", "7.4 Personeel en professionalisering"),
        ("p", "Het samenwerkingsverband organiseert een netwerk voor intern begeleiders dat zes keer per jaar "
              "bijeenkomt. Daarnaast is er een jaarlijkse studiedag voor alle leerkrachten in de regio, met "
              "workshops over onderwerpen als gedrag, taal, rekenen en hoogbegaafdheid. De kosten van de studiedag "
              "worden door het samenwerkingsverband gedragen."),
        ("p", "Ook de personeelstekorten vragen om een gezamenlijke aanpak. De schoolbesturen werken samen in een "
              "regionale onderwijsarbeidsmarktvereniging, waarin zij gezamenlijk werven en zij-instromers "
              "opleiden. Het samenwerkingsverband draagt daaraan bij met een module passend onderwijs in het "
              "opleidingsprogramma voor zij-instromers. Startende leerkrachten kunnen deelnemen aan een "
              "intervisiegroep over klassenmanagement en gedrag, begeleid door een orthopedagoog van het "
              "samenwerkingsverband."),
        ("h2", "7.5 Communicatie met scholen"),
        ("p", "Het samenwerkingsverband informeert de scholen via een nieuwsbrief die zes keer per jaar verschijnt "
              "en via het directeurenberaad, dat vier keer per jaar bijeenkomt. Voor intern begeleiders is er "
              "een digitale omgeving met formulieren, protocollen en contactgegevens. Iedere school heeft een "
              "vaste orthopedagoog van het samenwerkingsverband als aanspreekpunt."),
        ("p", "Wij vinden het belangrijk dat de scholen invloed hebben op het beleid. Daarom bespreken wij "
              "voorstellen eerst in het directeurenberaad voordat zij naar het bestuur gaan. Eens per jaar "
              "organiseren wij een beleidsdag waarop directeuren, intern begeleiders en bestuurders samen "
              "terugkijken en vooruitkijken."),
        ("h2", "7.6 Privacy en ICT"),
        ("p", "Gegevens van leerlingen worden verwerkt in een beveiligd digitaal dossier. Alleen medewerkers die "
              "de gegevens nodig hebben voor hun werk hebben toegang. Het samenwerkingsverband heeft een "
              "privacyreglement en een functionaris gegevensbescherming."),
        ("h1", "8. Financiën"),
        ("h2", "8.1 Inkomsten en afdrachten"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks een ondersteuningsbudget van het Rijk. Voor leerlingen "
              "in het so en voor het deel van de sbo-leerlingen boven 2 procent van het totale leerlingaantal "
              "draagt DUO een deel van het budget rechtstreeks af aan de speciale scholen. Voor de groei van het "
              "aantal leerlingen in sbo en so tussen 1 oktober en de peildatum 1 februari betaalt het "
              "samenwerkingsverband groeibekostiging aan de betreffende school."),
        ("h2", "8.2 Verdeling over de schoolbesturen"),
        ("p", "Wij werken met een schoolmodel. Na aftrek van de afdrachten, de groeibekostiging en de kosten van "
              "het bureau gaat het resterende budget naar de schoolbesturen. Ieder schoolbestuur ontvangt een "
              "bedrag per leerling, berekend op het aantal leerlingen op 1 oktober van het voorafgaande jaar. Voor "
              "2026 is dat bedrag € 228 per leerling. Scholen met meer dan 20 procent leerlingen met een hoog "
              "achterstandsrisico (CBS-indicator) ontvangen een opslag van 15 procent. Het bestuur stelt de "
              "bedragen jaarlijks in december vast. Schoolbesturen verantwoorden de inzet van de middelen per "
              "school in het jaarverslag, volgens een format dat het samenwerkingsverband aanlevert."),
        ("h2", "8.3 Meerjarenbegroting"),
        ("table", [["Bedragen in €", "2026", "2027", "2028", "2029"],
                   ["Ondersteuningsbudget Rijk", "6.860.000", "6.790.000", "6.720.000", "6.660.000"],
                   ["Afdracht so en sbo via DUO", "3.940.000", "3.960.000", "3.980.000", "4.000.000"],
                   ["Groeibekostiging sbo en so", "140.000", "140.000", "140.000", "140.000"],
                   ["Bureau en orthopedagogen", "610.000", "620.000", "630.000", "640.000"],
                   ["Scholing en netwerk intern begeleiders", "60.000", "60.000", "60.000", "60.000"],
                   ["Toekenning schoolbesturen (bedrag per leerling)", "1.990.000", "1.960.000", "1.900.000",
                    "1.850.000"],
                   ["Resultaat", "120.000", "50.000", "10.000", "-30.000"]]),
        ("p", "De reserve van het samenwerkingsverband bedroeg eind 2025 € 1,1 miljoen. Dat ligt onder de "
              "signaleringswaarde voor bovenmatige reserves. Het bestuur heeft bepaald dat de reserve niet "
              "onder € 700.000 mag komen, zodat schommelingen in het aantal leerlingen in het so kunnen worden "
              "opgevangen."),
        ("h2", "8.4 Risico's"),
        ("p", "De belangrijkste financiële risico's voor het samenwerkingsverband zijn een verdere stijging van het "
              "aantal leerlingen in het so en sbo, een daling van het totale leerlingaantal en wijzigingen in de "
              "landelijke bekostiging. Een stijging van het aantal so-leerlingen met tien leerlingen kost het "
              "samenwerkingsverband ongeveer € 150.000 per jaar. Het bestuur volgt deze ontwikkelingen via een "
              "kwartaalrapportage van de controller. Als de risico's groter worden, kan het bestuur besluiten het "
              "bedrag per leerling tussentijds aan te passen; schoolbesturen worden daarover uiterlijk op 1 mei "
              "geïnformeerd voor het volgende schooljaar."),
        ("p", "Het samenwerkingsverband maakt ieder jaar een begroting op basis van dit plan en het jaarplan. De "
              "begroting wordt in november besproken met de ondersteuningsplanraad en in december vastgesteld "
              "door het bestuur, na goedkeuring door het toezichthoudend orgaan. Gedurende het jaar ontvangt het "
              "bestuur per kwartaal een rapportage over de uitputting van de begroting en de prognose voor het "
              "einde van het jaar."),
        ("p", "De jaarrekening wordt gecontroleerd door een externe accountant. Het jaarverslag wordt vóór 1 juli "
              "gepubliceerd op de website."),
        ("h1", "9. Planning"),
        ("table", [["Schooljaar", "Belangrijkste activiteiten"],
                   ["2026-2027", "terugplaatsingsbeleid; actualisatie Protocol Toelaatbaarheid; tevredenheidsonderzoek"],
                   ["2027-2028", "evaluatie verdeelmodel; studiedag inclusief onderwijs"],
                   ["2028-2029", "tussentijdse evaluatie van het plan; tevredenheidsonderzoek"],
                   ["2029-2030", "voorbereiding ondersteuningsplan 2030-2034"]]),
        ("h1", "Begrippenlijst"),
        ("gloss", [("Arrangement", "Afspraak over extra ondersteuning voor een leerling."),
                   ("Commissie van Toelaatbaarheid", "Commissie die namens het samenwerkingsverband beslist over "
                                                     "TLV's."),
                   ("Dekkend aanbod", "Een aanbod van ondersteuning waarin voor ieder kind een passende plek is."),
                   ("Deskundigenadvies", "Advies van twee deskundigen over de toelaatbaarheid van een leerling."),
                   ("OJSP", "Ouder- en Jeugdsteunpunt."),
                   ("OPP", "Ontwikkelingsperspectief."),
                   ("Sociale Kaart", "Overzicht van voorzieningen en hulpverleners in de regio."),
                   ("Thuiszitter", "Een leerplichtig kind dat niet naar school gaat."),
                   ("TLV", "Toelaatbaarheidsverklaring voor sbo of so.")]),
    ]
    labels = dict(
        documents=["po-amstelrand-ondersteuningsplan-2026-2030.docx"], sector="po",
        criteria=crit(basisondersteuning_niveau=True, basisondersteuning_inhoud=False,
                      plaatsing_procedure=False, plaatsing_criteria=False,
                      terugstroom_procedure=True, terugstroom_beleid=False,
                      financien_verdeling=True, financien_besteding=True,
                      dekkend_aanbod_continuum=False, dekkend_aanbod_lacunes=False,
                      resultaten_doelen=True, resultaten_monitoring=True,
                      ouders_informatie=True, ouders_steunpunt=True),
        advisory={"financien": ["reserves", "verantwoording"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present",
                  "ouders": "present"},
        notes={"basisondersteuning": "Ch. 3 states the agreed minimum for every school/location but only copies the four Referentiekader aspects; concrete content left to each schoolgids.",
               "plaatsing": "4.1 only refers to the absent 'Protocol Toelaatbaarheid Amstelrand 2026' (bijlage 2); deskundigenadvies/CvT only in the begrippenlijst.",
               "terugstroom": "4.2 step table (moments, who, new TLV before 1 Feb, end 31 July); conditions and support after return deferred to 2026-2027.",
               "financien": "Ch. 8: afdrachten, schoolmodel with EUR 228 per leerling and opslag, meerjarenbegroting 2026-2029, reserve floor, verantwoording by boards.",
               "dekkend-aanbod": "4.3 only refers to the Sociale Kaart website and the Thuiszitterspact; OOGO mentioned procedurally (1.2); dekkend aanbod only in the begrippenlijst.",
               "resultaten": "Ch. 6: targets with nulmeting and streefwaarde 2030; yearly monitor, kwaliteitsgesprek, jaarverslag.",
               "ouders": "Ch. 5: ouderpagina, folder, schoolgids, ouderavonden, spreekuur; OJSP Amstelrand and Onderwijsconsulenten."})
    return b, labels


# ============================================================================================
# F - near miss: a school's own ondersteuningsplan / schoolondersteuningsprofiel (PO school)
# ============================================================================================
def near_miss_f():
    S = "IKC De Klimop"
    b = [
        ("title", ["Ondersteuningsplan en schoolondersteuningsprofiel 2025-2027", S + ", Ommerveld",
                   "Openbare basisschool, aangesloten bij Samenwerkingsverband Passend Onderwijs Vechtdal-Zuid",
                   "Vastgesteld door de directie, met advies van de medezeggenschapsraad, juni 2025"]),
        ("toc", None),
        ("h1", "1. Inleiding"),
        ("p", "In dit ondersteuningsplan beschrijft " + S + " hoe wij de ondersteuning aan onze leerlingen "
              "organiseren. Het plan is tevens ons schoolondersteuningsprofiel: het laat zien welke "
              "basisondersteuning en welke extra ondersteuning onze school biedt, en waar onze grenzen liggen. Het "
              "plan is bedoeld voor ouders, voor ons team en voor het samenwerkingsverband. Het plan geldt voor de "
              "schooljaren 2025-2026 en 2026-2027 en wordt elk jaar in de teamvergadering van juni geëvalueerd."),
        ("p", "Onze school telt 214 leerlingen in negen groepen. Het team bestaat uit 19 medewerkers, onder wie "
              "een intern begeleider (0,6 fte), een onderwijsassistent voor de onderbouw, een "
              "rekenspecialist en een specialist gedrag. Wij werken nauw samen met de kinderopvang in ons "
              "gebouw."),
        ("h1", "2. Onze visie op ondersteuning"),
        ("p", "Op De Klimop mag ieder kind groeien, in zijn eigen tempo en op zijn eigen manier. Wij werken "
              "handelingsgericht: wij kijken naar wat een kind nodig heeft en wat de leerkracht nodig heeft om dat "
              "te bieden. Ouders zijn daarbij onze partners. Zij kennen hun kind het best en worden vanaf het "
              "eerste signaal betrokken."),
        ("h1", "3. De zorgniveaus op onze school"),
        ("p", "De ondersteuning op De Klimop is georganiseerd in vijf zorgniveaus."),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "Goed lesgeven in de groep, met differentiatie in drie niveaus", "leerkracht"],
                   ["2", "Extra zorg in de groep, bijvoorbeeld verlengde instructie of pre-teaching",
                    "leerkracht, na groepsbespreking"],
                   ["3", "Speciale zorg na consultatie van de intern begeleider, met een eigen plan",
                    "leerkracht en intern begeleider"],
                   ["4", "Speciale zorg met inzet van externe deskundigen via het ondersteuningsteam",
                    "intern begeleider, ouders, consulent samenwerkingsverband"],
                   ["5", "Verwijzing naar sbo of so met een toelaatbaarheidsverklaring",
                    "ondersteuningsteam, samenwerkingsverband"]]),
        ("h2", "3.1 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de methodetoetsen en de toetsen van het leerlingvolgsysteem, houdt de "
              "intern begeleider met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de "
              "groep geanalyseerd en wordt het groepsplan bijgesteld. Leerlingen die opvallen, worden besproken in "
              "een leerlingbespreking. De afspraken worden vastgelegd in het leerlingvolgsysteem."),
        ("h2", "3.2 Het ondersteuningsteam"),
        ("p", "Als de ondersteuning op niveau 3 onvoldoende helpt, wordt het kind besproken in het "
              "ondersteuningsteam (OT). Daarin zitten de ouders, de leerkracht, de intern begeleider, de "
              "schoolmaatschappelijk werker en, als dat nodig is, de consulent van het samenwerkingsverband. Het "
              "OT stelt een plan op en evalueert dat na zes tot acht weken."),
        ("h1", "4. Basisondersteuning op De Klimop"),
        ("p", "De Klimop biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Op "
              "onze school betekent dat concreet:"),
        ("ul", ["een dyslexieprotocol met vroegsignalering in groep 2 en 3 en begeleiding door de "
                "remedial teacher;",
                "het programma Kwink voor sociaal-emotionele ontwikkeling in alle groepen;",
                "een plusgroep voor kinderen die meer aankunnen, één ochtend per week;",
                "een vaste time-outplek bij de intern begeleider;",
                "een protocol medisch handelen en afspraken met de GGD;",
                "NT2-ondersteuning door de onderwijsassistent voor nieuwkomers."]),
        ("h1", "5. Extra ondersteuning en grenzen"),
        ("p", "Naast de basisondersteuning biedt onze school extra ondersteuning voor kinderen met lichte "
              "gedragsproblematiek en kinderen met een ontwikkelingsvoorsprong. Hiervoor zetten wij onze "
              "specialist gedrag en de plusgroep in. Met middelen van het samenwerkingsverband hebben wij twee "
              "dagen per week een remedial teacher in dienst."),
        ("p", "Er zijn ook grenzen aan wat wij kunnen bieden. Wij zijn geen gespecialiseerde school voor kinderen "
              "met ernstige gedragsproblemen die de veiligheid van andere kinderen in gevaar brengen, en ons "
              "gebouw heeft geen lift, waardoor wij kinderen in een rolstoel op de bovenverdieping niet kunnen "
              "opvangen. Ook kinderen die voortdurend één-op-één begeleiding nodig hebben, kunnen wij in onze "
              "groepen van gemiddeld 24 leerlingen niet de aandacht geven die zij nodig hebben."),
        ("h1", "6. Aanvragen bij het samenwerkingsverband"),
        ("p", "Als een kind meer nodig heeft dan onze school kan bieden, kan de school in overleg met de ouders "
              "een arrangement aanvragen bij het samenwerkingsverband Vechtdal-Zuid. Dat gebeurt via de "
              "consulent, die bij het OT aanwezig is. Als plaatsing op een school voor speciaal basisonderwijs of "
              "speciaal onderwijs nodig is, vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het "
              "samenwerkingsverband. De intern begeleider stelt daarvoor het groeidocument op en bespreekt dat "
              "met de ouders. Het samenwerkingsverband beslist over de aanvraag; de procedure en de criteria "
              "staan in het ondersteuningsplan van het samenwerkingsverband."),
        ("p", "Als een kind vanuit het sbo of so terugkomt naar onze school, maken wij met de ouders en de "
              "school van herkomst een overdrachtsplan. De eerste weken heeft de intern begeleider wekelijks "
              "contact met de leerkracht."),
        ("h1", "7. Ouders"),
        ("p", "Wij informeren ouders via de schoolgids, de maandelijkse nieuwsbrief en de app van de school. "
              "Bij zorgen over hun kind nemen wij altijd eerst contact op met de ouders. Ouders zijn welkom bij "
              "alle gesprekken over hun kind en ondertekenen het groepsplan of OPP."),
        ("p", "Heeft u een vraag of een klacht, dan kunt u terecht bij de leerkracht of de directeur. Komt u er "
              "samen niet uit, dan kunt u contact opnemen met onze interne vertrouwenspersoon of met het Ouder- en "
              "Jeugdsteunpunt Vechtdal van het samenwerkingsverband. De klachtenregeling van ons bestuur staat op "
              "de website."),
        ("h1", "8. Middelen"),
        ("p", "Onze school ontvangt van het bestuur een deel van het schoolbudget dat het samenwerkingsverband "
              "aan het bestuur toekent. Voor 2025 is dat € 38.500. Wij besteden dit aan de remedial teacher "
              "(€ 26.000), de plusgroep (€ 7.500) en scholing van het team op het gebied van gedrag (€ 5.000). "
              "Wij verantwoorden de besteding jaarlijks aan het bestuur."),
        ("h1", "9. Resultaten en evaluatie"),
        ("p", "Wij evalueren de ondersteuning twee keer per jaar in het team aan de hand van de resultaten uit "
              "het leerlingvolgsysteem en de uitkomsten van de groepsbesprekingen. Ons doel voor 2026 is dat ten "
              "minste 80 procent van de leerlingen met een eigen plan de gestelde doelen haalt. De uitkomsten "
              "bespreken wij met de medezeggenschapsraad."),
        ("h1", "10. Professionalisering van het team"),
        ("p", "In 2025-2026 volgt het hele team de scholing 'Grip op gedrag', verzorgd door de gedragsspecialist "
              "van het samenwerkingsverband. De intern begeleider neemt deel aan het netwerk van intern "
              "begeleiders. Twee leerkrachten volgen de opleiding specialist hoogbegaafdheid."),
        ("h1", "Begrippen"),
        ("gloss", [("Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt."),
                   ("OPP", "Ontwikkelingsperspectief."),
                   ("OT", "Ondersteuningsteam."),
                   ("SOP", "Schoolondersteuningsprofiel."),
                   ("TLV", "Toelaatbaarheidsverklaring.")]),
    ]
    label = dict(documents=["klimop-schoolondersteuningsplan-2025-2027.docx"], sector="po",
                 notes={"document": "A single school's own ondersteuningsplan/schoolondersteuningsprofiel (zorgniveaus, "
                                    "groepsbesprekingen, its own grenzen and budget), not the ondersteuningsplan of a "
                                    "samenwerkingsverband: no OPR/OOGO, the SWV's TLV procedure is referred to."})
    return b, label


# ============================================================================================
def main():
    os.makedirs(OUT, exist_ok=True)

    def docx_out(blocks, name, header):
        write_docx(blocks, os.path.join(OUT, name), header, "Ondersteuningsplan - pagina")

    # A: docx + pdf
    b, l = plan_a()
    hdr = "Ondersteuningsplan 2026-2030 | SWV Passend Onderwijs Vechtdal-Zuid"
    docx_out(b, "po-vechtdal-zuid-op-2026.docx", hdr)
    docx_to_pdf(os.path.join(OUT, "po-vechtdal-zuid-op-2026.docx"), os.path.join(OUT, "po-vechtdal-zuid-op-2026.pdf"))
    write_label(os.path.join(OUT, "po-vechtdal-zuid-op-2026.expected.yaml"), l["documents"], l["sector"],
                l["criteria"], l["advisory"], l["notes"], l["elements"])

    # B: docx
    b, l = plan_b()
    docx_out(b, "vo-brinkland-ondersteuningsplan.docx", "SWV VO Brinkland - Ondersteuningsplan 2026-2030")
    write_label(os.path.join(OUT, "vo-brinkland-ondersteuningsplan.expected.yaml"), l["documents"], l["sector"],
                l["criteria"], l["advisory"], l["notes"], l["elements"])

    # C: pdf only (rendered from a temporary docx)
    b, l = plan_c()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_docx = os.path.join(tmp, "vo-kop-van-de-waard-op-2026-2030.docx")
        write_docx(b, tmp_docx, "Ondersteuningsplan 2026-2030 - Kop van de Waard (VO 28-93)", "versie 1.0")
        docx_to_pdf(tmp_docx, os.path.join(OUT, "vo-kop-van-de-waard-op-2026-2030.pdf"))
    write_label(os.path.join(OUT, "vo-kop-van-de-waard-op-2026-2030.expected.yaml"), l["documents"], l["sector"],
                l["criteria"], l["advisory"], l["notes"], l["elements"])

    # D: html
    b, l = plan_d()
    write_html(b, os.path.join(OUT, "po-eemvallei-noord-ondersteuningsplan.html"),
               "Ondersteuningsplan 2026-2030 - SWV Primair Onderwijs Eemvallei-Noord")
    write_label(os.path.join(OUT, "po-eemvallei-noord-ondersteuningsplan.expected.yaml"), l["documents"],
                l["sector"], l["criteria"], l["advisory"], l["notes"], l["elements"])

    # E: docx
    b, l = plan_e()
    docx_out(b, "po-amstelrand-ondersteuningsplan-2026-2030.docx", "SWV Passend Primair Onderwijs Amstelrand")
    write_label(os.path.join(OUT, "po-amstelrand-ondersteuningsplan-2026-2030.expected.yaml"), l["documents"],
                l["sector"], l["criteria"], l["advisory"], l["notes"], l["elements"])

    # F: near miss, docx
    b, l = near_miss_f()
    write_docx(b, os.path.join(OUT, "klimop-schoolondersteuningsplan-2025-2027.docx"),
               "IKC De Klimop - Ondersteuningsplan en SOP 2025-2027", "IKC De Klimop")
    write_label(os.path.join(OUT, "klimop-schoolondersteuningsplan-2025-2027.expected.yaml"), l["documents"],
                l["sector"], None, {}, l["notes"], {})
    print("written to", OUT)


if __name__ == "__main__":
    main()
