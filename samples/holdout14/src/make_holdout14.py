#!/usr/bin/env python3
"""Generate the holdout14 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (plain-language, compact style) and one near-miss document (a school's
ouderbrochure). Writes documents and <name>.expected.yaml label files into the folder above src/.

Deterministic, no network. Needs python-docx, PyYAML and (for the PDFs) LibreOffice `soffice`.
All organisations, schools, people, amounts and figures are fictional.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED_DT = datetime.datetime(2026, 3, 2, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# tiny document model: a list of blocks
#   ("title", [lines]) ("toc", [lines]) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("ol", [items]) ("table", [[cells], ...]) (first row = header) ("box", title, [paragraphs])
#   ("pb",)
# --------------------------------------------------------------------------------------------


def T(*lines):
    return ("title", list(lines))


def TOC(*lines):
    return ("toc", list(lines))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TBL(*rows):
    return ("table", [list(r) for r in rows])


def BOX(title, *paras):
    return ("box", title, list(paras))


PB = ("pb",)


def block_text(b):
    kind = b[0]
    if kind in ("title", "toc", "ul", "ol"):
        return " ".join(b[1])
    if kind in ("h1", "h2", "p"):
        return b[1]
    if kind == "table":
        return " ".join(" ".join(r) for r in b[1])
    if kind == "box":
        return b[1] + " " + " ".join(b[2])
    return ""


def word_count(blocks):
    return sum(len(re.findall(r"\w+", block_text(b))) for b in blocks)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def write_docx(blocks, path, header=None, footer=None, title_meta=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "holdout14 generator"
    cp.title = title_meta
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "holdout14 generator"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1][0], style="Title")
            for line in b[1][1:]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoud", style="Heading 1")
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
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
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                        _shade(cell, "D9E2F3")
            doc.add_paragraph()
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.cell(0, 0)
            _shade(cell, "FFF2CC")
            cell.paragraphs[0].text = b[1]
            cell.paragraphs[0].runs[0].bold = True
            for para in b[2]:
                cell.add_paragraph(para)
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the zip with fixed timestamps and sorted-stable order so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def write_html(blocks, path, page_title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(page_title)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
           "aside.kort{background:#fff2cc;border:1px solid #c9a400;padding:.5em 1em}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em}"
           "nav.menu{font-size:90%}</style>", "</head>", "<body>"]
    if header:
        out.append(f'<header><nav class="menu">{e(header)}</nav></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="sub">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Op deze pagina</h2><ul>')
            for line in b[1]:
                out.append(f"<li>{e(line)}</li>")
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "box":
            out.append(f'<aside class="kort"><strong>{e(b[1])}</strong>'
                       + "".join(f"<p>{e(p)}</p>" for p in b[2]) + "</aside>")
        elif kind == "pb":
            pass
    out.append("</main>")
    if footer:
        out.append(f"<footer><p>{e(footer)}</p></footer>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        profile = os.path.join(td, "profile")
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", td, docx_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        produced = os.path.join(td, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    """Part A status rule, used to keep the hand-written labels consistent."""
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    if looks:
        derived = status_from(criteria, advisory)
        assert derived == elements, (name, derived, elements)
        assert list(criteria) == CORE, name
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {elements[k]}" for k in ELEMENTS) + "}")
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
        lines.append(f"  {k}: {json.dumps(v, ensure_ascii=False)}")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    with open(os.path.join(OUT, f"{name}.expected.yaml"), "w", encoding="utf-8") as f:
        f.write(text)


# ============================================================================================
# Plan A - PO, .docx - complete but very brief, everyday words
# ============================================================================================
NAME_A = "Samenwerkingsverband Kompas Heuvelland"

PLAN_A = [
    T("Ondersteuningsplan 2026-2030",
      "Samenwerkingsverband passend primair onderwijs Kompas Heuvelland (PO 27-14)",
      "Zo doen we het: passend onderwijs in gewone woorden",
      "Vastgesteld door het bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad op 7 april 2026"),
    TOC("1 Voorwoord", "2 In het kort", "3 Wie zijn wij?", "4 Wat willen we?",
        "5 Wat mag u van elke school verwachten? (basisondersteuning)",
        "6 Wat als een kind meer nodig heeft? (dekkend aanbod en arrangementen)",
        "7 Hoe komt een kind op het sbo of so? (toelaatbaarheid)",
        "8 En daarna? (terugplaatsing)", "9 Geld en middelen",
        "10 Waar staan we over vier jaar? (resultaten)", "11 Communicatie",
        "12 Samen met de gemeenten (OOGO)", "13 Organisatie en medezeggenschap",
        "14 Mensen en kennis", "15 Privacy en ICT", "16 Planning", "17 Begrippenlijst"),
    H1("1 Voorwoord"),
    P("Voor u ligt ons ondersteuningsplan voor de schooljaren 2026-2027 tot en met 2029-2030. Het vorige plan "
      "telde 74 bladzijden. Veel mensen vonden het te lang en te moeilijk. Ouders vroegen ons: schrijf het zo dat "
      "wij het ook snappen. Leerkrachten vroegen hetzelfde. Daarom is dit plan kort, en we gebruiken zo min "
      "mogelijk vaktaal. Waar een moeilijk woord echt niet anders kan, staat het achterin uitgelegd."),
    P("Kort is niet hetzelfde als vaag. Alles wat volgens de wet in een ondersteuningsplan moet staan, staat erin. "
      "We zeggen het alleen in minder woorden. Wie meer wil weten, kan ons altijd bellen of mailen. We schreven dit "
      "plan met een groep van twaalf mensen: vier ouders, vier leerkrachten en intern begeleiders, twee directeuren "
      "en twee mensen van het bureau. In drie avonden hebben we iedere zin hardop voorgelezen. Wat niemand begreep, "
      "hebben we herschreven."),
    P("Dank aan iedereen die meelas. En dank aan de kinderen van groep 7 van De Esdoorn, die de titels van de "
      "hoofdstukken hebben bedacht. Zij vonden dat elk hoofdstuk een vraag moest zijn, 'want dan weet je waar je "
      "moet zoeken'. Dat vonden wij ook."),
    P("Marieke Holtkamp, directeur-bestuurder"),
    BOX("In het kort",
        "Dit plan vertelt wat elke basisschool in Heuvelland minstens doet voor kinderen die wat extra's nodig "
        "hebben, hoe een kind naar het speciaal (basis)onderwijs gaat en weer terug, waar het geld heen gaat, wat "
        "we in 2030 bereikt willen hebben en waar u als ouder terecht kunt.",
        "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030."),
    H1("3 Wie zijn wij?"),
    P("Kompas Heuvelland is de samenwerking van zeven schoolbesturen in de gemeenten Heuveldorp, Oosterbroek en "
      "Langeveen. Samen hebben zij 31 basisscholen, twee scholen voor speciaal basisonderwijs (sbo) en twee scholen "
      "voor speciaal onderwijs (so). Op 1 oktober 2025 gingen er 8.412 kinderen naar een school van ons verband. "
      "Het aantal kinderen daalt langzaam, met ongeveer 1 procent per jaar."),
    TBL(["Bestuur", "Scholen", "Leerlingen (1-10-2025)"],
        ["Stichting Heuvelkring", "9 basisscholen", "2.310"],
        ["Vereniging CBO Oosterbroek", "6 basisscholen, 1 sbo", "1.865"],
        ["Stichting Openbaar Onderwijs Langeveen", "7 basisscholen", "1.702"],
        ["Stichting Katholiek Onderwijs De Brug", "5 basisscholen", "1.190"],
        ["Stichting Dalton Heuvelland", "2 basisscholen", "488"],
        ["Stichting sbo De Sprong", "1 sbo (2 locaties)", "214"],
        ["Stichting so Heuvelland", "2 so-scholen", "643"]),
    P("Het bureau van het verband zit in Heuveldorp. Er werken elf mensen: de directeur-bestuurder, een "
      "coördinator, drie orthopedagogen, een jeugdarts op detacheringsbasis, drie ondersteuners, een "
      "secretaresse en een controller voor twee dagen per week."),
    H1("4 Wat willen we?"),
    P("Ieder kind gaat naar school, het liefst dichtbij huis, met vriendjes uit de buurt. Een kind dat iets extra's "
      "nodig heeft, krijgt dat zo snel en zo gewoon mogelijk. Niet eerst een stapel formulieren, maar eerst een "
      "gesprek. En als een gewone school echt niet past, dan is er een plek op een speciale school, zonder wachten."),
    P("Dat is makkelijk gezegd. Het vraagt veel van leerkrachten, van scholen en van ons. In de vorige periode "
      "hebben we geleerd dat leerkrachten vooral tijd en iemand om mee te sparren nodig hebben. Daarom gaat in deze "
      "periode meer geld direct naar de scholen, en minder naar het bureau. Ook willen we dat ouders minder vaak "
      "hun verhaal opnieuw hoeven te vertellen. Wie één keer bij ons aan tafel zat, wordt daarna herkend."),
    P("Onze drie woorden zijn: dichtbij, snel en samen. Dichtbij betekent: de hulp komt naar de school, niet "
      "andersom. Snel betekent: binnen drie weken een eerste antwoord. Samen betekent: ouders, school en verband "
      "beslissen niet over elkaar, maar met elkaar."),
    H1("5 Wat mag u van elke school verwachten?"),
    P("Alle scholen van ons verband hebben samen afgesproken wat iedere school, op iedere locatie, minimaal moet "
      "kunnen. Dat noemen we de basis (in vaktaal: basisondersteuning). De basis is voor alle 31 basisscholen "
      "hetzelfde. Een school mag meer doen, maar niet minder. Hiervoor hoeft niemand iets aan te vragen."),
    P("Dit is de basis, in gewone woorden:"),
    UL("Op elke school is een intern begeleider, minstens twee dagen per week. Bij haar of hem kunt u terecht.",
       "Kinderen die moeite hebben met lezen of spellen, krijgen hulp volgens een vast plan voor dyslexie. Voor "
       "rekenen is er ook zo'n plan.",
       "Kinderen die het tempo niet bijhouden, of juist veel sneller gaan, krijgen uitleg of extra werk in een "
       "klein groepje, een paar keer per week.",
       "Elke school heeft een aanpak tegen pesten en geeft les in omgaan met elkaar (sociaal-emotioneel leren).",
       "Elke school heeft een afspraak over medicijnen geven en over kinderen met een ziekte of beperking die "
       "weinig extra's vragen, zoals diabetes of een rolstoel.",
       "Elke school heeft een rustige plek waar een kind even tot zichzelf kan komen.",
       "De leerkracht bespreekt zorgen over een kind altijd eerst met u, en daarna met de intern begeleider.",
       "Elke school kan binnen drie weken een orthopedagoog van het verband laten meekijken, zonder formulier.",
       "Elke school werkt samen met de schoolarts en met het wijkteam van de gemeente."),
    P("Elk jaar loopt iemand van het verband samen met de directeur deze lijst langs. Wij noemen dat de basischeck. "
      "Gaat iets nog niet goed, dan maken school en verband samen een plan met een datum waarop het wel goed is. "
      "Wat de school precies doet, staat ook in de schoolgids."),
    BOX("In het kort", "Elke school biedt dezelfde basis. U hoeft er niets voor aan te vragen."),
    H1("6 Wat als een kind meer nodig heeft?"),
    P("Soms is de basis niet genoeg. Dan zijn er vier treden, van licht naar zwaar:"),
    OL("Extra hulp op de eigen school. De school vraagt bij ons een arrangement aan: geld of hulp voor één kind "
       "of een groepje, bijvoorbeeld een begeleider twee uur per week, of een tijdje een taalklas.",
       "Hulp van een andere school in de buurt. Bijvoorbeeld de plusklas op woensdag bij De Esdoorn voor "
       "kinderen die veel meer aankunnen, of de taalklas voor nieuwkomers in Oosterbroek.",
       "Een tijdelijke plek in groep Het Anker: twaalf weken kijken en leren in een kleine groep, en daarna "
       "terug naar de eigen school of door naar een passende plek.",
       "Een plek op een speciale school: sbo De Sprong (twee locaties), so De Boomgaard voor kinderen met een "
       "verstandelijke of lichamelijke beperking of een langdurige ziekte, of so Het Palet voor kinderen met "
       "grote gedragsproblemen of psychiatrische problemen."),
    P("Soms past nergens iets. Daar willen we niet omheen praten. Elke drie maanden bekijken we met de besturen en "
      "de leerplichtambtenaren welke kinderen op een plek wachten en welke kinderen thuis zitten. Zit een kind "
      "langer dan vier weken thuis, dan belt onze coördinator dezelfde week de leerplichtambtenaar en de ouders, "
      "en binnen twee weken ligt er een oplossing op tafel, zo nodig samen met jeugdhulp. Lukt dat niet, dan "
      "beslist de directeur-bestuurder wie wat doet. Zo hoeft geen school het alleen op te lossen."),
    P("Vorig jaar zagen we dat er geen plek was voor jonge kinderen (4 tot 6 jaar) met ernstige gedragsproblemen. "
      "Daarom start in augustus 2027 een kleine groep van acht kinderen bij sbo De Sprong, samen met zorgaanbieder "
      "Kindkracht, betaald door ons en de gemeenten samen. Andere gaten die we vinden, zetten we op één lijst "
      "die het bestuur twee keer per jaar bespreekt."),
    H1("7 Hoe komt een kind op het sbo of so?"),
    P("Voor een plek op het sbo of so is een toestemming van ons nodig: de toelaatbaarheidsverklaring, kortweg TLV. "
      "Zo gaat het:"),
    OL("De school bespreekt het kind met u in het ondersteuningsteam. Daar zit ook een orthopedagoog van ons bij.",
       "Vinden school en u dat een speciale school nodig is, dan vraagt de school de TLV aan bij ons loket. Ouders "
       "kunnen dat niet alleen. De school stuurt het groeidocument mee, met daarin wat u ervan vindt.",
       "Twee deskundigen bekijken de aanvraag: een orthopedagoog of psycholoog van ons, en een tweede deskundige "
       "die bij het kind past, zoals de jeugdarts of een kinderpsychiater. Ieder schrijft een eigen advies. Wie "
       "de aanvraag mee heeft gemaakt, adviseert niet.",
       "Binnen zes weken na de aanvraag beslist de directeur-bestuurder. U krijgt het besluit en beide adviezen op "
       "papier."),
    P("Wanneer zeggen we ja? Een kind is toelaatbaar tot het sbo als de school de basis en daarna minstens een half "
      "jaar een arrangement heeft geprobeerd, het kind toch te weinig vooruitgaat of niet lekker in zijn vel zit, "
      "en het sbo met kleine klassen en meer handen wel kan bieden wat nodig is. Voor het so geldt daarnaast dat "
      "het kind een verstandelijke of lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of "
      "psychiatrische problemen heeft, en dat het de dagelijkse zorg en de aanpak van een so-school nodig heeft. "
      "Bij twijfel kiezen we eerst voor een plek in Het Anker."),
    P("Een TLV voor het sbo geldt tot het eind van de basisschool. Een TLV voor het so geldt twee schooljaren, "
      "en heeft een categorie: laag, midden of hoog. De categorie hangt af van hoeveel zorg en begeleiding nodig "
      "is, en bepaalt hoeveel geld de so-school krijgt."),
    P("Bent u het niet eens met het besluit? Dan kunt u binnen zes weken bezwaar maken bij ons. Wij vragen dan "
      "advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Binnen zes weken na dat "
      "advies krijgt u ons nieuwe besluit."),
    H1("8 En daarna?"),
    P("Het sbo en so zijn er voor zo lang als het nodig is, niet langer. Kan een kind terug naar een gewone school "
      "bij huis, dan gaat het terug, met hulp. Dat is ons beleid."),
    P("Zo gaat dat: elk jaar in januari kijkt de sbo- of so-school, samen met u, in het ontwikkelingsperspectief "
      "(het plan van uw kind) of terug naar een gewone school kan. In het laatste jaar van de TLV moet de school "
      "dat altijd doen. Denkt de school dat het kan, dan zoekt zij samen met u een basisschool, en regelt een "
      "overstapgesprek met de nieuwe school en onze orthopedagoog. De directeur-bestuurder zegt ja tegen de hulp "
      "erbij. Wij betalen de eerste zes maanden een begeleider van vier uur per week op de nieuwe school, en na drie "
      "en zes maanden kijken we samen hoe het gaat. Kan terug nog niet, dan vraagt de school vóór 1 april een "
      "nieuwe TLV aan."),
    P("In het schooljaar 2024-2025 gingen 9 kinderen van het sbo of so terug naar een gewone basisschool. Zeven van "
      "hen zaten daar een jaar later nog."),
    H1("9 Geld en middelen"),
    P("Wij krijgen van het Rijk ongeveer 7,9 miljoen euro per jaar voor extra hulp. Het geld voor kinderen op het "
      "sbo en so houdt DUO er meteen van af en gaat naar die scholen. Wat overblijft verdelen we zo: iedere "
      "basisschool krijgt 165 euro per leerling (telling van 1 oktober) en een vast bedrag van 8.000 euro per "
      "locatie. Dat geld is voor de basis en voor de intern begeleider. Arrangementen betalen we per kind, na een "
      "aanvraag bij ons loket. De plusklas, taalklas en Het Anker betalen we rechtstreeks."),
    P("Dit is wat we de komende jaren uitgeven (bedragen in duizenden euro's):"),
    TBL(["Waaraan", "2026", "2027", "2028", "2029"],
        ["Naar sbo en so (via DUO)", "4.310", "4.280", "4.250", "4.220"],
        ["Per leerling en vast bedrag naar scholen", "1.636", "1.620", "1.604", "1.588"],
        ["Arrangementen per kind", "820", "840", "850", "850"],
        ["Plusklas, taalklas, Het Anker, groep jonge kinderen", "510", "610", "640", "640"],
        ["Orthopedagogen en loket", "420", "425", "430", "435"],
        ["Bureau en bestuur", "230", "232", "234", "236"],
        ["Totaal", "7.926", "8.007", "8.008", "7.969"]),
    P("We houden een buffer van ten hoogste 4 procent van ons geld per jaar, voor als er ineens veel meer kinderen "
      "naar het so gaan. Wat daarboven zit, geven we uit aan kinderen. Scholen schrijven in hun jaarverslag waaraan "
      "zij ons geld hebben uitgegeven; de controller kijkt dat elk jaar in juni na."),
    H1("10 Waar staan we over vier jaar?"),
    P("Dit willen we in de zomer van 2030 bereikt hebben:"),
    UL("Geen kind zit langer dan vier weken thuis zonder school. Nu waren dat er 6 (telling 1 oktober 2025).",
       "Er gaan minder kinderen naar een speciale school: van 3,4 procent nu naar 3,0 procent.",
       "Ten minste 12 kinderen per jaar gaan terug van het sbo of so naar een gewone school.",
       "Negen van de tien ouders zijn tevreden over de hulp die hun kind kreeg.",
       "Elke school haalt de basischeck zonder verbeterplan."),
    P("Hoe houden we dat bij? Twee keer per jaar, na de tellingen van 1 oktober en 1 februari, bekijkt het bestuur de "
      "cijfers. Elk voorjaar sturen we ouders en scholen een korte vragenlijst van tien vragen. In ons jaarverslag, "
      "elk jaar in juni, staat wat gelukt is en wat niet, en wat het kostte. Halverwege, in 2028, kijken we met de "
      "ondersteuningsplanraad of we moeten bijsturen."),
    P("En hoe ging het de vorige keer? Van de doelen uit het vorige plan haalden we er drie van de vijf. De "
      "wachttijd voor een TLV ging van elf naar vijf weken. Het aantal thuiszitters ging niet genoeg omlaag."),
    H1("11 Communicatie"),
    P("Wij willen dat iedere ouder weet welke hulp er is. Daarom:"),
    UL("staat op onze website per school wat die school biedt, met een filmpje van twee minuten over de basis;",
       "staat de basis ook in de schoolgids van elke school;",
       "is er een folder 'Wat kan de school voor mijn kind doen?' in het Nederlands, Arabisch, Pools, Turks en "
       "Oekraïens;",
       "houden we twee keer per jaar een avond voor ouders, één in Heuveldorp en één in Langeveen."),
    P("Wilt u hulp van iemand die los staat van de school en van ons? Dan kunt u gratis terecht bij het ouder- en "
      "jeugdsteunpunt Heuvelland. Dat wordt gedaan door stichting Ouderkracht, niet door ons, en denkt alleen mee "
      "vanuit uw kind. U kunt ook de Onderwijsconsulenten bellen (landelijk, gratis). Heeft u een klacht over ons, "
      "dan kunt u die indienen bij de Landelijke Klachtencommissie Onderwijs; een ruzie over toelating of een "
      "ontwikkelingsperspectief kunt u voorleggen aan de Geschillencommissie passend onderwijs."),
    P("Ouders praten mee in de ondersteuningsplanraad. De helft van de leden is ouder. Zij moeten instemmen met "
      "dit plan."),
    H1("12 Samen met de gemeenten"),
    P("Met de drie gemeenten overleggen we over alles waar school en jeugdhulp elkaar raken: hulp in de klas door "
      "het wijkteam, vervoer naar het so, huisvesting en thuiszitters. Over dit plan hielden we op 11 februari 2026 "
      "het wettelijke overleg (OOGO) met de wethouders. Zij waren het eens met het plan. Samen betalen we de groep "
      "voor jonge kinderen en de jeugdhulp op het so. Met het samenwerkingsverband voortgezet onderwijs maakten we "
      "afspraken over de overstap naar de middelbare school."),
    H1("13 Organisatie en medezeggenschap"),
    P("Het verband is een stichting. De directeur-bestuurder leidt het verband. Een raad van toezicht van vijf "
      "mensen houdt toezicht; twee van hen komen van de besturen, drie niet. De besturen vergaderen vier keer per "
      "jaar in de algemene vergadering. Daar bespreken ze de begroting, het jaarverslag en de plannen."),
    P("De ondersteuningsplanraad (OPR) heeft acht leden: vier ouders en vier personeelsleden van scholen. De OPR "
      "moet instemmen met dit plan en met grote wijzigingen. Het verband heeft ook een eigen "
      "medezeggenschapsraad voor het personeel van het bureau. De OPR vergadert zes keer per jaar, en krijgt elk "
      "jaar een training."),
    H1("14 Mensen en kennis"),
    P("Passend onderwijs staat of valt met leerkrachten. Zij merken als eerste als een kind vastloopt. Wij bieden "
      "daarom elk jaar gratis korte cursussen aan: over gedrag in de klas, over dyslexie, over kinderen die snel "
      "leren. Intern begeleiders komen vier keer per jaar samen om van elkaar te leren. Nieuwe leerkrachten krijgen "
      "in hun eerste jaar een middag over hoe de hulp in ons verband werkt."),
    P("Het bureau is klein en wil dat blijven. Als er meer werk komt, zetten we liever iemand op een school dan op "
      "het bureau. Medewerkers van het bureau werken een dag per maand op een school mee."),
    H1("15 Privacy en ICT"),
    P("Voor een aanvraag hebben we gegevens over kinderen nodig, soms ook over hun gezondheid. We vragen niet meer "
      "dan nodig is. Alles gaat via een beveiligde omgeving, nooit via gewone mail. Alleen het loket, de "
      "orthopedagogen en de directeur-bestuurder kunnen een dossier zien. Na drie jaar na het besluit gooien we "
      "de gegevens weg. We hebben een functionaris gegevensbescherming, die we delen met twee andere verbanden."),
    P("In 2027 vervangen we ons oude aanvraagsysteem. Scholen krijgen daarvoor een training van een uur."),
    H1("16 Planning"),
    TBL(["Wanneer", "Wat"],
        ["Augustus 2026", "Plan gaat in; nieuwe verdeling geld naar scholen"],
        ["Najaar 2026", "Eerste basischeck op alle scholen"],
        ["Augustus 2027", "Groep jonge kinderen bij sbo De Sprong start; nieuw aanvraagsysteem"],
        ["Voorjaar 2028", "Tussenstand met OPR; zo nodig bijsturen"],
        ["Voorjaar 2030", "Nieuw plan schrijven, met ouders en scholen"]),
    H1("17 Begrippenlijst"),
    TBL(["Woord", "Betekenis"],
        ["Arrangement", "Extra hulp of geld voor een kind of groepje, bovenop de basis"],
        ["Basisondersteuning", "Wat elke school minstens doet; zie hoofdstuk 5"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Sbo / so", "Speciaal basisonderwijs / speciaal onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Terugplaatsing", "Van het sbo of so terug naar een gewone school"]),
]

LABEL_A = dict(
    name="po-kompas-heuvelland", documents=["po-kompas-heuvelland.docx"], sector="po", looks=True,
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 5 'Wat mag u van elke school verwachten?': same minimum for all 31 schools on every location + 9-item everyday-language list; basischeck = borging.",
        "plaatsing": "Ch. 7: 4 numbered steps (school applies at loket, two separate expert advices, directeur-bestuurder decides within 6 weeks) and 'Wanneer zeggen we ja?' criteria for sbo and so; TLV duration/category; bezwaar via LBT.",
        "terugstroom": "Ch. 8 'En daarna?' (no word terugplaatsing in body): policy 'zo lang als nodig, niet langer', yearly January check in OPP, last TLV year, 6 months begeleider, new TLV before 1 April; 9 returned in 2024-2025.",
        "financien": "Ch. 9 'Geld en middelen': 165 euro per leerling + 8.000 per locatie, arrangementen per kind; table 2026-2029 in thousands; buffer max 4 percent; schools account in jaarverslag.",
        "dekkend-aanbod": "Ch. 6: four treden (arrangement, other school/plusklas, Het Anker, sbo/so); gaps: quarterly waiting/thuiszitter review, 4-week rule, new group for young children from Aug 2027.",
        "resultaten": "Ch. 10: five 2030 targets with numbers; monitoring twice yearly after counts, annual questionnaire, jaarverslag in June, mid-term 2028 review.",
        "ouders": "Ch. 11 'Communicatie' (no heading 'ouders'): website per school, schoolgids, folder in 5 languages, two evenings; independent OJSP run by Ouderkracht, Onderwijsconsulenten, klachten/geschillen.",
    })


# ============================================================================================
# Plan B - VO, .pdf - compact; two criteria deferred in polite wording; terugstroom heading only
# ============================================================================================
PLAN_B = [
    T("Ondersteuningsplan 2026-2030",
      "Samenwerkingsverband voortgezet onderwijs Rivierduinen (VO 28-11)",
      "Elke leerling een plek - compacte versie",
      "Instemming ondersteuningsplanraad: 24 maart 2026 - Vaststelling algemeen bestuur: 8 april 2026"),
    TOC("1 Voorwoord", "2 In het kort", "3 Onze regio in cijfers", "4 Waar staan we voor?",
        "5 Wat biedt elke school? Basisondersteuning",
        "6 Van licht naar zwaar: ons ondersteuningsaanbod",
        "7 Geen leerling tussen wal en schip",
        "8 Toewijzing, plaatsing en terugplaatsing",
        "9 Hoe verdelen we het geld?", "10 Wat willen we bereiken?",
        "11 Ouders en leerlingen", "12 Samen met gemeenten en jeugdhulp",
        "13 Organisatie en medezeggenschap", "14 Personeel en professionalisering",
        "15 Privacy, ICT en gegevens", "16 Planning", "17 Begrippenlijst"),
    H1("1 Voorwoord"),
    P("Vier jaar geleden schreven wij een ondersteuningsplan van ruim zestig pagina's. Het werd goed ontvangen, "
      "maar eerlijk is eerlijk: weinig mensen hebben het helemaal gelezen. Deze keer kozen we voor een compacte "
      "versie. Elk hoofdstuk begint met een vraag en eindigt, waar dat helpt, met een blok 'In het kort'."),
    P("Het plan is tot stand gekomen in een reeks werksessies met zorgcoördinatoren, teamleiders, ouders, "
      "leerlingen uit de leerlingenraden en onze partners bij de gemeenten. We danken iedereen voor de open en "
      "soms stevige gesprekken. Met name de leerlingen hielden ons scherp: 'schrijf niet wat jullie willen "
      "proberen, schrijf wat jullie gaan doen'. We hebben ons best gedaan om dat advies ter harte te nemen."),
    P("Wij hopen dat dit plan voor iedereen in de regio een bruikbaar kompas is, en nodigen u uit om ons aan te "
      "spreken als u ziet dat het in de praktijk anders loopt dan hier staat."),
    P("Jeroen van Dalfsen, directeur-bestuurder Rivierduinen"),
    BOX("In het kort",
        "Rivierduinen is het samenwerkingsverband van 11 schoolbesturen met 19 scholen voor voortgezet onderwijs, "
        "2 scholen voor praktijkonderwijs en 3 vso-scholen.",
        "Dit plan loopt van 1 augustus 2026 tot 31 juli 2030.",
        "Het beschrijft wat elke school biedt, welke voorzieningen er zijn, hoe we lwoo, pro en vso toewijzen, "
        "hoe we het geld verdelen en wat we willen bereiken."),
    H1("3 Onze regio in cijfers"),
    TBL(["Kengetal (1 oktober 2025)", "Rivierduinen", "Landelijk"],
        ["Leerlingen vo totaal", "14.960", "-"],
        ["Deelname vso", "3,9%", "3,6%"],
        ["Deelname praktijkonderwijs", "3,1%", "2,8%"],
        ["Leerlingen met lwoo", "1.742", "-"],
        ["Leerlingen in OPDC De Overstap", "46", "-"]),
    P("De regio bestaat uit vijf gemeenten langs de rivier, met één middelgrote stad en een groot landelijk "
      "gebied. Leerlingen reizen soms meer dan een uur naar school. Het aantal leerlingen daalt de komende jaren "
      "met zo'n 6 procent. Dat zet vooral de kleinere vestigingen op het platteland onder druk."),
    H1("4 Waar staan we voor?"),
    P("Wij geloven dat iedere jongere recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk bij "
      "huis en zo regulier als het kan. Passend onderwijs is geen apart systeem naast het gewone onderwijs; het "
      "is de manier waarop het gewone onderwijs in onze regio werkt. Onze missie: samen zorgen dat geen jongere "
      "buiten de boot valt."),
    P("Daarbij horen drie kernwaarden. Eigenaarschap: de school waar een leerling is aangemeld, blijft "
      "verantwoordelijk tot er een betere plek is. Vertrouwen: we regelen zo weinig mogelijk met formulieren en zo "
      "veel mogelijk met gesprekken. Resultaatgericht: we willen zien dat wat we doen verschil maakt voor "
      "leerlingen. Deze waarden zijn in 2025 samen met de besturen vastgesteld en komen in elk hoofdstuk terug."),
    H1("5 Wat biedt elke school? Basisondersteuning"),
    P("Basisondersteuning is de ondersteuning die elke vo-school in Rivierduinen, op elke vestiging, ten minste "
      "biedt aan iedere leerling die dat nodig heeft, zonder aanvraag bij het samenwerkingsverband. Alle besturen "
      "hebben deze ondergrens in 2025 samen vastgesteld; een school mag meer bieden, niet minder."),
    P("Concreet kan elke leerling op elke vestiging rekenen op:"),
    UL("een mentor die de leerling wekelijks ziet en het eerste aanspreekpunt is voor thuis;",
       "een zorgcoördinator en een ondersteuningsteam dat ten minste eens per zes weken bijeenkomt;",
       "een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, voorleessoftware en vergrote toetsen;",
       "trainingen in faalangst, sociale vaardigheden en plannen en organiseren (executieve functies);",
       "een time-outvoorziening binnen de school met een vaste begeleider;",
       "een aanpak voor verzuim, in samenwerking met de leerplichtambtenaar en de jeugdarts van de GGD;",
       "begeleiding bij de overstap van de basisschool en naar het mbo;",
       "een schoolmaatschappelijk werker of jeugdprofessional op school, ten minste één dagdeel per week."),
    P("Elke school beschrijft in haar schoolgids hoe zij deze basis invult. De directeur-bestuurder bespreekt in "
      "het jaarlijkse schoolgesprek met iedere schoolleider of de basis op orde is."),
    BOX("In het kort", "Acht afspraken gelden op elke vestiging. Daarvoor hoeft niemand iets aan te vragen."),
    H1("6 Van licht naar zwaar: ons ondersteuningsaanbod"),
    P("Ons ondersteuningsaanbod is opgebouwd in vier niveaus, van licht naar zwaar. Samen vormen ze één geheel "
      "binnen en tussen de scholen."),
    TBL(["Niveau", "Wat", "Waar"],
        ["1 Basis", "Basisondersteuning", "Elke vestiging"],
        ["2 Extra op school", "Schoolarrangementen, lwoo, ondersteuningsklassen", "Eigen school"],
        ["3 Bovenschools", "OPDC De Overstap (max. 1 jaar), Rebound (12 weken), HB-traject Plus", "Rivierstad, Dijkzicht"],
        ["4 Speciaal", "Praktijkonderwijs, vso cluster 3 en 4", "2 pro-scholen, 3 vso-scholen"]),
    P("Een leerling gaat alleen naar een hoger niveau als het lagere niveau is geprobeerd of duidelijk niet "
      "volstaat. De school meldt een leerling voor niveau 3 aan bij het Loket; de trajectbegeleider van het "
      "samenwerkingsverband denkt mee over de beste route. Voor jongeren die onderwijs en zorg combineren, hebben "
      "we met twee zorgaanbieders onderwijs-zorgarrangementen op de vso-scholen en in De Overstap."),
    H1("7 Geen leerling tussen wal en schip"),
    P("Een dekkend aanbod betekent: voor iedere jongere is er een passende plek. Toch lukt dat niet altijd. Op "
      "1 oktober 2025 telden we 23 thuiszitters en 31 leerlingen met een vrijstelling. Daarom:"),
    UL("komt elke maand de Thuiszitterstafel bijeen: leerplicht, jeugdhulp, de betrokken school en het "
       "samenwerkingsverband bespreken iedere jongere die langer dan vier weken niet naar school gaat;",
       "heeft de directeur-bestuurder doorzettingsmacht: komen partijen er binnen zes weken niet uit, dan wijst zij "
       "een school en een begeleider aan;",
       "houden we een wachtlijst bij voor OPDC, Rebound en vso, en bespreken die elk kwartaal met de besturen;",
       "maken we elk voorjaar een analyse van witte vlekken. In 2025 bleek er geen passend aanbod voor "
       "hoogbegaafde leerlingen met ernstige faalangst. Vanaf 2026-2027 start daarom het HB-traject Plus."),
    H1("8 Toewijzing, plaatsing en terugplaatsing"),
    H2("8.1 Hoe vraagt een school een toelaatbaarheidsverklaring vso aan?"),
    OL("De school bespreekt de leerling in het ondersteuningsteam, met ouders en (vanaf 12 jaar) de leerling zelf.",
       "De school dient via het digitale Loket een aanvraag in, met het ontwikkelingsperspectiefplan, het "
       "groeidocument en de zienswijze van ouders en leerling.",
       "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of GZ-psycholoog en, "
       "afhankelijk van de leerling, een jeugdarts, kinderpsychiater of maatschappelijk werker. Zij zijn niet "
       "betrokken geweest bij de aanvraag.",
       "De Commissie Toewijzing (CTW) neemt binnen vijf weken een besluit namens het bestuur en stuurt ouders het "
       "besluit en beide adviezen."),
    P("De commissie weegt elke aanvraag zorgvuldig en kijkt daarbij naar het hele kind en zijn omgeving. Een TLV "
      "geldt in de regel twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog."),
    H2("8.2 Lwoo en praktijkonderwijs"),
    P("Voor lwoo en pro meldt de basisschool de leerling uiterlijk 1 december van groep 8 aan bij het Loket. Het "
      "Loket verzamelt het onderwijskundig rapport en de gegevens uit het leerlingvolgsysteem en legt het dossier "
      "voor aan de CTW. Ouders ontvangen het besluit vóór 1 maart, zodat zij op tijd kunnen aanmelden bij een "
      "vo-school. Voor leerlingen die later instromen, besluit de CTW binnen vier weken."),
    H2("8.3 Niet eens met een besluit?"),
    P("Ouders kunnen binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke "
      "Bezwaaradviescommissie Toelaatbaarheidsverklaringen en besluit binnen zes weken na dat advies."),
    BOX("In het kort", "De school vraagt aan, twee deskundigen adviseren, de CTW beslist binnen vijf weken."),
    H1("9 Hoe verdelen we het geld?"),
    P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, voor zware ondersteuning "
      "en sinds 2016 ook voor lwoo en praktijkonderwijs. De bekostiging van het vso houdt DUO rechtstreeks in."),
    P("Wij verdelen de middelen volgens vier vaste regels, die het algemeen bestuur in november 2025 heeft "
      "vastgesteld:"),
    OL("De middelen voor lichte ondersteuning gaan naar de besturen naar rato van het aantal leerlingen op "
       "1 oktober van het voorgaande jaar.",
       "Lwoo- en pro-middelen gaan naar de besturen naar het aantal leerlingen met een lwoo-aanwijzing of "
       "pro-TLV op 1 oktober.",
       "Schoolarrangementen boven de basis worden per leerling toegekend door de CTW, op basis van een aanvraag.",
       "De bovenschoolse voorzieningen (OPDC, Rebound, HB-traject Plus) worden centraal bekostigd."),
    P("Hoe deze verdeling zich de komende jaren in euro's vertaalt, leggen wij u liever voor wanneer de nieuwe "
      "rijksbekostiging zich heeft uitgekristalliseerd. Een meerjarenraming die bij verschijnen alweer achterhaald "
      "is, doet u tekort; het bestuur biedt de ondersteuningsplanraad daarom bij de eerste jaarbegroting graag een "
      "passende doorkijk aan."),
    P("Ons weerstandsvermogen houden we tussen 5 en 10 procent van de baten. Besturen leggen jaarlijks in een "
      "korte verantwoording vast waaraan zij de ontvangen middelen voor lichte ondersteuning hebben besteed."),
    H1("10 Wat willen we bereiken?"),
    P("Voor de planperiode hebben we vijf beoogde resultaten geformuleerd voor leerlingen die extra ondersteuning "
      "nodig hebben:"),
    TBL(["Beoogd resultaat", "Nu (2025)", "Doel 2030"],
        ["Thuiszitters langer dan 3 maanden", "23", "hooguit 8"],
        ["Deelname vso", "3,9%", "3,5%"],
        ["Doorlooptijd TLV-aanvraag", "7 weken", "5 weken"],
        ["Leerlingen uit OPDC binnen 1 jaar terug op een reguliere school", "68%", "85%"],
        ["Scholen met basisondersteuning volledig op orde", "14 van 19", "19 van 19"]),
    P("De vraag hoe wij de voortgang op deze doelen zichtbaar maken, verdient een zorgvuldig antwoord. Wij gaan "
      "daarover in het eerste planjaar graag in gesprek met de scholen en de ondersteuningsplanraad, zodat de "
      "manier van volgen aansluit bij wat scholen zelf al registreren."),
    H1("11 Ouders en leerlingen"),
    P("Ouders en leerlingen zijn partners. Zij worden betrokken bij elk gesprek over extra ondersteuning en "
      "tekenen mee voor het ontwikkelingsperspectiefplan. Leerlingen hebben hoorrecht: hun mening staat in het OPP."),
    P("Over de ondersteuning in onze regio informeren wij ouders via de Ouderwijzer op onze website, met per "
      "school een pagina over het aanbod; via de schoolgidsen; via informatieavonden voor ouders van leerlingen "
      "in groep 8 in oktober en november; en via een vast aanspreekpunt voor ouders op het bureau, bereikbaar op "
      "werkdagen tussen 9 en 16 uur."),
    P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Rivierduinen, "
      "dat wordt uitgevoerd door de onafhankelijke stichting Samen Sterk. Ook verwijzen wij naar de "
      "Onderwijsconsulenten en naar Ouders & Onderwijs. Bij een geschil over toelating, verwijdering of het OPP "
      "kunnen ouders naar de Geschillencommissie passend onderwijs."),
    H1("12 Samen met gemeenten en jeugdhulp"),
    P("Met de vijf gemeenten voerden wij op 29 januari 2026 op overeenstemming gericht overleg (OOGO) over dit "
      "plan. Gezamenlijke thema's zijn jeugdhulp in en om de school, leerlingenvervoer, thuiszitters en de "
      "aansluiting van vso en pro op werk. Met de gemeenten financieren we jeugdprofessionals op alle scholen. "
      "Met de drie samenwerkingsverbanden primair onderwijs in de regio hebben we afspraken over de overstap van "
      "groep 8 naar de brugklas en de warme overdracht."),
    H1("13 Organisatie en medezeggenschap"),
    P("Rivierduinen is een vereniging. Het algemeen bestuur bestaat uit de bestuurders van de elf aangesloten "
      "schoolbesturen en houdt toezicht op de directeur-bestuurder. Een auditcommissie van drie leden adviseert "
      "over financiën. Het bureau telt 14 fte, waaronder het Loket, de trajectbegeleiders en de orthopedagogen."),
    P("De ondersteuningsplanraad bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen. De OPR "
      "heeft instemmingsrecht op het ondersteuningsplan en vergadert vijf keer per jaar."),
    H1("14 Personeel en professionalisering"),
    P("Het personeel van de scholen is de belangrijkste factor in passend onderwijs. Wij organiseren jaarlijks een "
      "netwerk voor zorgcoördinatoren, een leergang voor mentoren en studiedagen over thema's als gedrag, "
      "trauma en hoogbegaafdheid. Deze activiteiten zijn kosteloos voor scholen. Het personeel van het bureau "
      "volgt jaarlijks scholing op het gebied van wet- en regelgeving."),
    P("De krapte op de arbeidsmarkt raakt ook ons. Vacatures voor orthopedagogen staan gemiddeld vier maanden "
      "open. We werken daarom samen met de Hogeschool Rivierland aan een traineeship."),
    H1("15 Privacy, ICT en gegevens"),
    P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de toewijzing van ondersteuning. "
      "Wij doen dat volgens de AVG en de wet. Dossiers worden drie jaar na het besluit vernietigd. Het Loket werkt "
      "met een beveiligd digitaal systeem; scholen loggen in met tweestapsverificatie. In 2027 vindt een externe "
      "privacy-audit plaats."),
    H1("16 Planning"),
    TBL(["Periode", "Activiteit"],
        ["2026-2027", "Start HB-traject Plus; nieuw verdeelmodel in werking; met scholen en OPR afstemmen hoe we de doelen volgen"],
        ["2027-2028", "Externe privacy-audit; vernieuwing Ouderwijzer"],
        ["2028-2029", "Uitbreiding OPDC met 10 plaatsen"],
        ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]),
    H1("17 Begrippenlijst"),
    TBL(["Term", "Uitleg"],
        ["CTW", "Commissie Toewijzing"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["Monitoring", "Het volgen van resultaten en kengetallen"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["Pro", "Praktijkonderwijs"],
        ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs aan het "
                           "einde van de TLV"],
        ["TLV", "Toelaatbaarheidsverklaring"]),
]

LABEL_B = dict(
    name="vo-rivierduinen", documents=["vo-rivierduinen.pdf"], sector="vo", looks=True,
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 5: ondergrens for every vestiging set by all boards in 2025 + 8 concrete items; yearly schoolgesprek = borging.",
        "plaatsing": "Ch. 8.1/8.2: steps, deskundigen, CTW decides within 5 weeks, lwoo/pro deadlines; criteria absent ('weegt zorgvuldig ... het hele kind' is no criterion), so partial.",
        "terugstroom": "Heading 8 'Toewijzing, plaatsing en terugplaatsing', TOC and begrippenlijst name terugplaatsing, but no body text on return from vso; OPDC return target in ch. 10 is not vso terugplaatsing.",
        "financien": "Ch. 9: four verdeling rules (1 October count, lwoo/pro numbers, CTW per pupil, central funding); besteding deferred politely ('leggen wij u liever voor wanneer ... uitgekristalliseerd', no amounts or meerjarenbegroting).",
        "dekkend-aanbod": "Ch. 6 four-level table incl. OPDC/Rebound/vso and OZA; ch. 7 Thuiszitterstafel, doorzettingsmacht, wachtlijst, witte-vlekken analysis with action.",
        "resultaten": "Ch. 10: table of five intended results with 2030 targets; monitoring deferred ('De vraag hoe wij de voortgang ... zichtbaar maken ... in het eerste planjaar graag in gesprek').",
        "ouders": "Ch. 11: Ouderwijzer website per school, schoolgidsen, information evenings, aanspreekpunt; independent OJSP by stichting Samen Sterk, Onderwijsconsulenten, Geschillencommissie.",
    })


# ============================================================================================
# Plan C - PO, .docx + .pdf - main text thin, the included bijlagen hold the real content;
# bijlagen 4-6 are referenced but not part of the document
# ============================================================================================
PLAN_C = [
    T("Ondersteuningsplan 2026-2030",
      "Stichting Samenwerkingsverband Passend Primair Onderwijs De Zandkreek (PO 29-06)",
      "Hoofdtekst met bijlagen 1 tot en met 3",
      "Versie 1.0 - vastgesteld door het bestuur op 22 april 2026 - instemming OPR 15 april 2026"),
    TOC("Voorwoord", "1 Leeswijzer", "2 Missie en visie", "3 Ons verband in beeld",
        "4 Wat biedt elke school? (basisondersteuning)", "5 Ondersteuning in lagen",
        "6 Hoe komt een kind op het sbo of so?", "7 Geld en middelen",
        "8 Kwaliteit en resultaten", "9 Ouders", "10 Gemeenten en jeugdhulp",
        "11 Bestuur en medezeggenschap", "12 Personeel", "13 ICT en privacy", "14 Planning",
        "15 Begrippenlijst",
        "Bijlage 1 Standaarden basisondersteuning", "Bijlage 2 Toelaatbaarheid en terugplaatsing",
        "Bijlage 3 Meerjarenbegroting 2026-2029",
        "Bijlage 4 Kwaliteitskaart basisondersteuning (apart document)",
        "Bijlage 5 Monitor Passend Onderwijs (apart document)",
        "Bijlage 6 Ouderwijzer (apart document)"),
    H1("Voorwoord"),
    P("Beste lezer, dit is het derde ondersteuningsplan van De Zandkreek. We hebben gekozen voor een korte "
      "hoofdtekst, die u in een kwartier kunt lezen. De hoofdtekst vertelt wat we willen en waarom. Hoe het precies "
      "werkt, staat in de bijlagen. Bijlagen 1 tot en met 3 zitten achter in dit document; zij horen bij het plan "
      "en zijn samen met de hoofdtekst vastgesteld. Bijlagen 4 tot en met 6 zijn losse documenten die vaker "
      "veranderen; die vindt u op onze website."),
    P("Het plan is geschreven in een half jaar, met bijdragen van directeuren, intern begeleiders, de OPR en de "
      "gemeenten. Zo'n honderd mensen gaven hun mening in een online peiling. Hartelijk dank daarvoor."),
    P("Annelies Ruiter, voorzitter van het bestuur"),
    H1("1 Leeswijzer"),
    P("Elk hoofdstuk begint met een vraag en een korte samenvatting. Lees vooral ook de bijlagen: daar staat "
      "wat ouders en scholen precies kunnen verwachten. Woorden die u misschien niet kent, staan in de "
      "begrippenlijst in hoofdstuk 15."),
    H1("2 Missie en visie"),
    P("De Zandkreek wil dat ieder kind in de regio een zo passend mogelijke plek in het onderwijs heeft, zo dicht "
      "mogelijk bij huis. We geloven in gewone scholen die veel kunnen, met speciale scholen als sterke partner "
      "erachter. Onze missie: samen, dichtbij en deskundig."),
    P("Samen betekent dat scholen, besturen, ouders en gemeenten elkaar opzoeken. Dichtbij betekent dat hulp zoveel "
      "mogelijk in de klas wordt gegeven. Deskundig betekent dat leerkrachten kunnen rekenen op kennis van "
      "orthopedagogen, specialisten en elkaar. In de afgelopen periode hebben we gemerkt dat scholen graag van "
      "elkaar leren. Daar bouwen we op voort, met netwerken en collegiale consultatie."),
    P("In de visie past ook een nuchtere kant: het geld is beperkt, en de vraag naar ondersteuning groeit. We "
      "maken daarom keuzes, en leggen die uit."),
    H1("3 Ons verband in beeld"),
    P("De Zandkreek omvat de gemeenten Zandvoort-Oost, Kreekdijk en Hoeve. Vijf schoolbesturen werken samen; zij "
      "hebben 24 basisscholen, één school voor speciaal basisonderwijs (sbo De Kreekrug) en één so-school "
      "(De Wadden, cluster 3 en 4). Op 1 oktober 2025 telden de scholen samen 5.930 leerlingen."),
    TBL(["Gemeente", "Basisscholen", "Leerlingen"],
        ["Zandvoort-Oost", "11", "2.870"],
        ["Kreekdijk", "8", "1.950"],
        ["Hoeve", "5", "1.110"]),
    H1("4 Wat biedt elke school?"),
    P("In het kort: alle scholen van De Zandkreek bieden een stevige basis. Wat die basis inhoudt, hebben de "
      "besturen vastgelegd in tien standaarden. Die staan in bijlage 1. Hoe we nagaan of scholen de standaarden "
      "halen, staat in de kwaliteitskaart (bijlage 4)."),
    P("Scholen beschrijven hun eigen aanpak in de schoolgids. Daarin staat ook wat een school bovenop de basis "
      "kan bieden."),
    H1("5 Ondersteuning in lagen"),
    P("In het kort: ondersteuning is er in vier lagen, en een kind krijgt altijd de lichtste laag die werkt."),
    TBL(["Laag", "Wat houdt het in", "Wie regelt het"],
        ["1 Basis", "De tien standaarden van bijlage 1", "De school"],
        ["2 Extra op de eigen school", "Arrangement: extra begeleiding, materiaal of expertise voor een kind of groep", "De school, met geld van het verband"],
        ["3 Bovenschools", "Observatiegroep De Vlonder (max. 16 weken), NT2-schakelklas, plusgroep", "Het verband"],
        ["4 Speciaal", "Sbo De Kreekrug, so De Wadden (cluster 3 en 4)", "Met een TLV"]),
    P("Een school die handelingsverlegen is, vraagt eerst een consultatie aan bij het Ondersteuningsloket. De "
      "consulent bekijkt met de school of een arrangement op laag 2 volstaat, of dat laag 3 of 4 nodig is. "
      "Tussen de lagen is geen wachtmuur: een kind kan van laag 4 weer naar laag 2 gaan."),
    H1("6 Hoe komt een kind op het sbo of so?"),
    P("In het kort: daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. De school vraagt die aan bij het "
      "Ondersteuningsloket. De hele procedure, met de criteria, de deskundigen en de looptijd, staat in bijlage 2. "
      "Daar staat ook hoe een kind na het sbo of so terugkomt op een basisschool."),
    H1("7 Geld en middelen"),
    P("In het kort: het meeste geld gaat naar de scholen."),
    P("De Zandkreek werkt met een schoolmodel. Na aftrek van de afdrachten aan sbo en so (die DUO inhoudt) en de "
      "kosten van het loket, verdelen we de middelen voor extra ondersteuning zo:"),
    UL("elke basisschool krijgt een bedrag van 140 euro per leerling, op basis van de telling van 1 oktober van "
       "het jaar ervoor;",
       "scholen met meer dan 25 procent leerlingen met een onderwijsachterstandsscore krijgen daarbovenop 35 euro "
       "per leerling;",
       "voor laag 3 betaalt het verband de voorzieningen direct; scholen betalen niets;",
       "arrangementen op laag 2 boven de 5.000 euro per kind kent het loket toe op aanvraag, op basis van het "
       "groeidocument."),
    P("De verdeling wordt elk jaar in december door het bestuur vastgesteld voor het volgende kalenderjaar. De "
      "meerjarenbegroting staat in bijlage 3."),
    H1("8 Kwaliteit en resultaten"),
    P("In het kort: we willen weten of wat we doen werkt."),
    P("De beoogde en bereikte resultaten van De Zandkreek zijn opgenomen in de Monitor Passend Onderwijs "
      "(bijlage 5). Welke resultaten we in een bepaald jaar nastreven, leggen we vast in het jaarplan van dat "
      "jaar. Die jaarplannen volgen na vaststelling van dit ondersteuningsplan."),
    H1("9 Ouders"),
    P("In het kort: ouders zijn de eerste deskundigen van hun kind."),
    P("Wij informeren ouders over de ondersteuning op de scholen via onze website, waar per school het "
      "ondersteuningsaanbod staat, via de schoolgids van elke school, via een informatieavond per gemeente in "
      "het najaar, en via de folder 'Extra hulp op school' die iedere school bij de intake meegeeft. Bij iedere "
      "aanvraag voor een arrangement of TLV krijgen ouders een brief met uitleg over de stappen."),
    P("Voor onafhankelijk advies en ondersteuning verwijzen wij ouders naar de Ouderwijzer (bijlage 6)."),
    H1("10 Gemeenten en jeugdhulp"),
    P("Met de drie gemeenten werken we samen aan de aansluiting van onderwijs en jeugdhulp. Op 4 februari 2026 "
      "voerden wij het op overeenstemming gericht overleg over dit plan. Wij maakten afspraken over "
      "schoolmaatschappelijk werk op elke school (4 uur per week, betaald door de gemeenten), over "
      "onderwijs-zorgarrangementen op so De Wadden en over een gezamenlijk overleg met de jeugdteams, zes keer per "
      "jaar. Ook leerlingenvervoer, huisvesting en thuiszitters zijn gezamenlijke thema's."),
    H1("11 Bestuur en medezeggenschap"),
    P("De Zandkreek is een stichting met een bestuur van vijf leden: één bestuurder van elk aangesloten "
      "schoolbestuur. Een onafhankelijk voorzitter leidt de vergaderingen. De dagelijkse leiding ligt bij de "
      "directeur, die het loket en het bureau aanstuurt. Het intern toezicht is belegd bij een "
      "toezichthoudend bestuurslid en een auditcommissie."),
    P("De ondersteuningsplanraad (OPR) telt zes leden: drie ouders en drie personeelsleden, afgevaardigd door de "
      "medezeggenschapsraden van de scholen. De OPR heeft ingestemd met dit plan op 15 april 2026."),
    H1("12 Personeel"),
    P("Het bureau van De Zandkreek telt 7,4 fte: een directeur, drie consulenten (orthopedagogen), een "
      "beleidsmedewerker, een secretaresse en een financieel medewerker. De consulenten zijn elk aan acht scholen "
      "gekoppeld. Jaarlijks organiseren wij drie netwerkbijeenkomsten voor intern begeleiders en een studiedag "
      "voor alle leerkrachten. Scholen kunnen ook gebruikmaken van de expertise van so De Wadden."),
    H1("13 ICT en privacy"),
    P("Aanvragen lopen via het beveiligde portaal van het loket. Toegang is beperkt tot de consulenten en de "
      "directeur. Gegevens worden bewaard tot drie jaar na het besluit. De functionaris gegevensbescherming "
      "controleert jaarlijks of dat goed gaat."),
    H1("14 Planning"),
    TBL(["Jaar", "Wat"],
        ["2026-2027", "Nieuw verdeelmodel; start plusgroep"],
        ["2027-2028", "Vernieuwing loketportaal"],
        ["2028-2029", "Verbouwing De Vlonder"],
        ["2029-2030", "Nieuw ondersteuningsplan"]),
    H1("15 Begrippenlijst"),
    TBL(["Begrip", "Uitleg"],
        ["Basisondersteuning", "Wat alle scholen minimaal bieden"],
        ["Dekkend aanbod", "Voor elk kind is er een passende plek"],
        ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders"],
        ["Resultaten", "Wat we willen bereiken en wat we bereikt hebben"],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden"]),
    PB,
    H1("Bijlage 1 Standaarden basisondersteuning"),
    P("De basisondersteuning is de ondersteuning die alle scholen van De Zandkreek, op elke vestiging, minimaal "
      "bieden. Zij is door de vijf besturen samen vastgesteld en geldt voor alle 24 basisscholen gelijk. Het gaat "
      "om tien standaarden:"),
    TBL(["Nr", "Standaard", "Wat ziet u daarvan?"],
        ["1", "Veilig klimaat", "Pestprotocol, anti-pestcoördinator, jaarlijkse veiligheidsmeting"],
        ["2", "Sociaal-emotioneel leren", "Wekelijkse les met een erkende methode"],
        ["3", "Lezen en dyslexie", "Dyslexieprotocol; signalering in groep 2 en 3; extra leestijd"],
        ["4", "Rekenen en dyscalculie", "Protocol ernstige rekenproblemen"],
        ["5", "Meer- en hoogbegaafdheid", "Verrijkingsstof in de klas; compacten"],
        ["6", "Taal en NT2", "Extra taalaanbod voor anderstalige kinderen"],
        ["7", "Medisch handelen", "Protocol medicijnverstrekking en medische handelingen"],
        ["8", "Ondersteuningsstructuur", "IB'er min. 1 dag per 100 leerlingen; groepsbesprekingen 3x per jaar"],
        ["9", "Handelingsgericht werken", "Groepsplan of groepsoverzicht; OPP voor kinderen met een eigen leerlijn"],
        ["10", "Samenwerking", "Vaste contacten met jeugdteam, GGD en consulent van het verband"]),
    PB,
    H1("Bijlage 2 Toelaatbaarheid en terugplaatsing"),
    H2("Stappen"),
    OL("De basisschool bespreekt het kind in het ondersteuningsteam met ouders en de consulent.",
       "Het bevoegd gezag van de school dient de aanvraag in bij het Ondersteuningsloket, met groeidocument, "
       "OPP en de handtekening of zienswijze van de ouders.",
       "Twee deskundigen geven ieder apart een schriftelijk advies: een orthopedagoog of psycholoog, en een "
       "tweede deskundige passend bij de vraag (bijvoorbeeld een kinderarts, jeugdarts of maatschappelijk "
       "werker). Zij waren niet bij de aanvraag betrokken.",
       "De directeur besluit namens het bestuur binnen zes weken na ontvangst van een volledige aanvraag; deze "
       "termijn kan één keer met vier weken worden verlengd.",
       "Ouders en school ontvangen het besluit met beide adviezen."),
    H2("Criteria"),
    TBL(["Naar", "Een kind is toelaatbaar als"],
        ["Sbo", "de basisschool laag 1 en 2 aantoonbaar heeft ingezet (min. 20 weken arrangement); het kind een "
                "ondersteuningsbehoefte heeft op leren en/of gedrag die in een groep van 25-30 niet te bieden is; en "
                "kleinere groepen en meer specialistische begeleiding wel perspectief bieden"],
        ["So cluster 3", "het kind een verstandelijke, lichamelijke of meervoudige beperking of een langdurige ziekte "
                         "heeft en een zorg- en onderwijsbehoefte die sbo niet kan bieden"],
        ["So cluster 4", "het kind ernstige gedrags- of psychiatrische problematiek heeft, er een structurele "
                         "behoefte is aan een therapeutisch klimaat, en sbo met arrangement onvoldoende is gebleken"]),
    H2("Looptijd en categorie"),
    P("Een TLV voor het sbo geldt tot en met het schooljaar waarin het kind 13 wordt. Een TLV voor het so geldt "
      "maximaal drie schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog."),
    H2("Stap 7: Terug naar de basisschool"),
    P("Beleid: het sbo en so zijn geen eindstation. De Zandkreek wil dat een kind terugkeert naar een basisschool "
      "zodra zijn ondersteuningsbehoefte dat toelaat, bij voorkeur in de eigen woonkern. Een kind dat terugkeert "
      "krijgt een terugplaatsingsarrangement: gedurende een half jaar twee uur per week begeleiding door een "
      "leerkracht van het sbo of so op de nieuwe school, betaald door het verband."),
    P("Procedure: de sbo- of so-school evalueert jaarlijks in mei het OPP met de ouders en de consulent, en "
      "beoordeelt of terugplaatsing mogelijk is. In het laatste jaar van de TLV is deze evaluatie verplicht en "
      "vindt zij uiterlijk 1 maart plaats. Adviseert de school terugplaatsing, dan zoekt zij met de ouders een "
      "basisschool; de consulent regelt een overdrachtsgesprek. De directeur van het verband besluit over het "
      "terugplaatsingsarrangement. Is terugplaatsing niet mogelijk, dan vraagt de school vóór 1 april een nieuwe "
      "TLV aan. Over bezwaarmogelijkheden informeert de Ouderwijzer (bijlage 6)."),
    PB,
    H1("Bijlage 3 Meerjarenbegroting 2026-2029"),
    P("Bedragen x 1.000 euro."),
    TBL(["Post", "2026", "2027", "2028", "2029"],
        ["Baten rijksbijdrage", "5.480", "5.430", "5.390", "5.350"],
        ["Afdracht sbo en so (DUO)", "2.950", "2.930", "2.910", "2.890"],
        ["Schoolbudgetten (140 + 35 euro)", "912", "902", "893", "885"],
        ["Arrangementen laag 2", "610", "620", "620", "620"],
        ["Laag 3: De Vlonder, schakelklas, plusgroep", "520", "560", "570", "570"],
        ["Terugplaatsingsarrangementen", "40", "45", "50", "50"],
        ["Loket en bureau", "610", "615", "620", "625"],
        ["Saldo", "-162", "-242", "-273", "-290"]),
    P("De negatieve saldi zijn bewust: wij bouwen de reserve af van 1,4 miljoen euro eind 2025 naar ongeveer "
      "0,45 miljoen euro eind 2029, de signaleringswaarde voor ons verband."),
]

LABEL_C = dict(
    name="po-zandkreek", documents=["po-zandkreek.docx", "po-zandkreek.pdf"], sector="po", looks=True,
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 4 only refers; the included Bijlage 1 (part of the input) defines the level for every vestiging and lists 10 standaarden. Borging only refers to absent bijlage 4, so not addressed.",
        "plaatsing": "Ch. 6 refers to Bijlage 2, which is included: steps, two separate expert advices, directeur decides within 6 weeks, criteria table per sbo/so cluster, duration and category. Bezwaar only refers to absent bijlage 6.",
        "terugstroom": "Hidden inside the TLV annex: Bijlage 2 'Stap 7: Terug naar de basisschool' has both Beleid (terugplaatsingsarrangement) and Procedure (yearly May evaluation, 1 March in last TLV year, new TLV before 1 April).",
        "financien": "Ch. 7 'Geld en middelen': verdeling (140 euro per pupil, +35 achterstand, loket for arrangements >5.000); Bijlage 3 meerjarenbegroting 2026-2029 with amounts and reserve reduction.",
        "dekkend-aanbod": "Ch. 5 table of four lagen is the continuum; no gap handling: thuiszitters/zorgplicht only as OOGO theme word and glossary entries, so lacunes false.",
        "resultaten": "Ch. 8 'Kwaliteit en resultaten' only points to absent Bijlage 5 Monitor and to future jaarplannen ('volgen na vaststelling'); nothing addressed.",
        "ouders": "Ch. 9: website per school, schoolgids, information evening, folder, letter per request; independent support only via absent Bijlage 6 Ouderwijzer; Onderwijsconsulenten only in begrippenlijst.",
    })


# ============================================================================================
# Plan D - VO, .docx - FAQ style for schools; results only in tables; several references to
# a website handbook; header names topics that the body does not address
# ============================================================================================
PLAN_D = [
    T("Ondersteuningsplan 2026-2030 in vragen en antwoorden",
      "Samenwerkingsverband VO Zuidrand (VO 31-04)",
      "Voor schoolleiders, zorgcoördinatoren, mentoren en partners",
      "Vastgesteld door het algemeen bestuur op 16 april 2026"),
    TOC("1 Voor wie is dit plan?", "2 In het kort", "3 Wat is Zuidrand?", "4 Waar gaan we voor?",
        "5 Wat is de basis op elke school?", "6 Wat doen we als de basis niet genoeg is?",
        "7 Hoe regelen we een plek in vso, pro of lwoo?", "8 Kan een leerling terug uit het vso?",
        "9 Wat kost het en wie betaalt?", "10 Hoe weten we of het werkt?", "Doorgaande lijnen",
        "11 Wat doen we met de gemeenten?", "Wat betekent de krimp in Westmaas?", "12 Wie beslist er in het verband?",
        "13 Hoe blijven we deskundig?", "14 Hoe gaan we om met gegevens?", "15 Wat gebeurt wanneer?",
        "16 Afkortingen"),
    H1("1 Voor wie is dit plan?"),
    P("Dit plan is in de eerste plaats een werkdocument voor de mensen die passend onderwijs in Zuidrand elke dag "
      "waarmaken: schoolleiders, zorgcoördinatoren, mentoren, teamleiders en onze partners in jeugdhulp en "
      "gemeenten. Het is geschreven in vragen en antwoorden, omdat dat de vragen zijn die wij het vaakst "
      "krijgen. Het is bewust kort. Wat vaak verandert, zoals formulieren en werkwijzen, staat niet in dit plan "
      "maar in het Handboek Zuidrand op onze website."),
    P("Het plan beschrijft de koers voor vier schooljaren, van 1 augustus 2026 tot en met 31 juli 2030. Het is "
      "tot stand gekomen in vijf werkateliers met zorgcoördinatoren en drie sessies met de directeuren. De "
      "ondersteuningsplanraad heeft op 9 april 2026 ingestemd."),
    BOX("In het kort",
        "Zuidrand: 8 besturen, 16 vo-scholen, 1 pro-school, 2 vso-scholen, ongeveer 11.200 leerlingen.",
        "Speerpunten: een sterke basis op elke school, snelle hulp via het OPDC, nul thuiszitters zonder plan.",
        "Werkwijzen en formulieren: Handboek Zuidrand (website)."),
    H1("3 Wat is Zuidrand?"),
    P("Zuidrand is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Zuiderhaven, Brakel, "
      "Oudendijk en Westmaas. Acht schoolbesturen zijn lid van de vereniging. Samen hebben zij zestien scholen "
      "voor vmbo, havo en vwo, één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal "
      "onderwijs (Het Baken, cluster 4, en De Horizon, cluster 3). Daarnaast heeft het verband een eigen "
      "orthopedagogisch-didactisch centrum, het OPDC Koers."),
    P("Het aantal leerlingen is de afgelopen vijf jaar vrijwel stabiel gebleven. Er zijn grote verschillen tussen "
      "de kernen: in Zuiderhaven groeit het aantal leerlingen licht, in Westmaas daalt het snel. Dat betekent dat "
      "kleine vestigingen onder druk staan en dat de reistijden voor sommige leerlingen langer worden."),
    H1("4 Waar gaan we voor?"),
    P("Iedere jongere in Zuidrand heeft recht op een plek waar hij of zij zich kan ontwikkelen, met de "
      "ondersteuning die daarbij hoort. Wij geloven dat dat in de meeste gevallen op een reguliere school kan. "
      "Speciaal waar het moet, gewoon waar het kan. We zetten onze middelen in waar ze het verschil maken, en "
      "willen dat scholen elkaar helpen in plaats van leerlingen naar elkaar door te schuiven."),
    P("Onze speerpunten voor deze periode zijn: een sterke basis op elke school, snelle en nabije hulp als de basis "
      "niet genoeg is, en geen jongere langer dan nodig thuis. Deze speerpunten zijn vertaald in meetbare doelen in "
      "hoofdstuk 10."),
    H1("5 Wat is de basis op elke school?"),
    P("Alle besturen hebben afgesproken dat elke school en elke vestiging in Zuidrand hetzelfde niveau van "
      "basisondersteuning biedt. Dat niveau is de ondergrens: geen school mag eronder zitten. Het is in 2025 "
      "opnieuw vastgesteld door het algemeen bestuur."),
    P("Welke voorzieningen een school precies biedt, leest u in het schoolondersteuningsprofiel en de schoolgids "
      "van die school. De volledige lijst met afspraken staat in het Handboek Zuidrand, hoofdstuk B."),
    P("Elk jaar voert de directeur van het verband met iedere school een ontwikkelgesprek, waarin de school laat "
      "zien hoe zij de basis waarmaakt. Scholen die de basis nog niet op orde hebben, maken een verbeterplan met "
      "een termijn van ten hoogste een jaar; het verband levert daarbij een adviseur."),
    H1("6 Wat doen we als de basis niet genoeg is?"),
    P("Dan kijken we eerst wat er op de eigen school extra kan, en daarna wat er buiten de school kan. Het aanbod "
      "ziet er zo uit:"),
    TBL(["Wat", "Voor wie", "Hoe lang", "Waar"],
        ["Ondersteuningsklas", "Leerlingen die in kleine groep les nodig hebben", "1-2 jaar", "5 vo-scholen"],
        ["Lwoo-ondersteuning", "Vmbo-leerlingen met een lwoo-aanwijzing", "Hele opleiding", "9 vmbo-scholen"],
        ["OPDC Koers", "Leerlingen die tijdelijk vastlopen", "max. 1 jaar", "Zuiderhaven"],
        ["Time-out Op de Rails", "Acute gedragsproblemen", "6-12 weken", "Brakel"],
        ["Praktijkonderwijs", "Leerlingen met een pro-TLV", "Hele opleiding", "Pro De Werf"],
        ["Vso cluster 3 en 4", "Intensieve ondersteuning", "Volgens TLV", "Het Baken, De Horizon"],
        ["Onderwijs-zorgarrangement", "Onderwijs + jeugdhulp", "Maatwerk", "Het Baken, OPDC Koers"]),
    P("De zorgcoördinator meldt een leerling aan bij het Trajectpunt van het verband. Een trajectbegeleider "
      "denkt binnen vijf werkdagen mee en zoekt met de school de lichtste passende route in deze tabel."),
    H2("En als er geen plek is?"),
    P("Elke maand bespreekt het Trajectpunt met de leerplichtambtenaren de lijst van jongeren die niet of "
      "onvoldoende naar school gaan. Voor iedere jongere die langer dan drie weken thuis zit, wijst het verband een "
      "casusregisseur aan, die binnen tien werkdagen een plan maakt met school en jeugdhulp. Eén keer per half jaar "
      "maken we een overzicht van de wachtlijsten bij OPDC, pro en vso en van de vragen waarvoor geen aanbod "
      "bestaat. Uit dat overzicht bleek in 2025 dat er geen plek was voor jongeren met autisme die thuis vastlopen "
      "in havo/vwo; daarom start in januari 2027 een kleine havo/vwo-groep bij het OPDC."),
    H1("7 Hoe regelen we een plek in vso, pro of lwoo?"),
    P("De aanvraag van een toelaatbaarheidsverklaring voor vso en praktijkonderwijs, en de aanwijzing voor lwoo, "
      "lopen via het Trajectpunt. De werkwijze, de formulieren en de afwegingskaders staan in het Handboek "
      "Zuidrand, hoofdstuk D, op onze website."),
    H1("8 Kan een leerling terug uit het vso?"),
    P("Ja, en dat willen we ook. Het vso is voor veel jongeren een tijdelijke plek. Ons uitgangspunt is dat een "
      "jongere terugkeert naar het regulier voortgezet onderwijs zodra dat verantwoord kan, bij voorkeur naar een "
      "school dicht bij huis. Een teruggeplaatste leerling krijgt het eerste jaar begeleiding van het OPDC-team op "
      "de nieuwe school, met ten minste één contactmoment per week, en de ontvangende school kan rekenen op "
      "consultatie door de vso-school."),
    P("Hoe de terugkeer in stappen verloopt, beschrijft het Handboek Zuidrand."),
    H1("9 Wat kost het en wie betaalt?"),
    P("De begroting en de verdeling van de middelen worden jaarlijks vastgesteld door het algemeen bestuur en "
      "gepubliceerd op de website bij de jaarstukken."),
    H1("10 Hoe weten we of het werkt?"),
    P("Onze doelen en de manier waarop we ze volgen staan in de tabellen hieronder."),
    TBL(["Doel 2030", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
        ["Elke school heeft de basis op orde", "Scholen zonder verbeterplan", "11 van 16", "16 van 16"],
        ["Snelle hulp", "Dagen tussen aanmelding Trajectpunt en start traject", "34", "max. 15"],
        ["Minder thuiszitters", "Jongeren > 3 maanden thuis zonder plan", "17", "0"],
        ["Terugkeer uit OPDC", "Leerlingen binnen 1 jaar terug op een reguliere school", "71%", "85%"],
        ["Terugkeer uit vso", "Leerlingen die jaarlijks terugkeren naar regulier vo", "6", "15"],
        ["Tevredenheid scholen", "Rapportcijfer zorgcoördinatoren over verband", "6,8", "7,5"]),
    TBL(["Hoe we volgen", "Wanneer", "Wie", "Waar gerapporteerd"],
        ["Tellingen thuiszitters en wachtlijsten", "Elke maand", "Trajectpunt", "Dashboard bestuur"],
        ["Doorlooptijden trajecten", "Elk kwartaal", "Beleidsmedewerker", "Kwartaalrapportage"],
        ["Ontwikkelgesprekken basis", "Jaarlijks, okt-dec", "Directeur", "Jaarverslag"],
        ["Peiling zorgcoördinatoren", "Jaarlijks, mei", "Extern bureau", "Jaarverslag"],
        ["Tussenevaluatie plan met OPR", "Voorjaar 2028", "Bestuur", "Evaluatierapport"]),
    H2("Wat leerden we van het vorige plan?"),
    P("Het vorige plan had veertien doelen. Dat waren er te veel: scholen wisten niet meer waar het verband "
      "eigenlijk voor stond. We hebben er nu zes, met een nulmeting en een streefwaarde. Verder leerden we dat "
      "een loket op afstand niet werkt. Scholen willen een vast gezicht. Daarom heeft elke school sinds 2025 een "
      "vaste trajectbegeleider, die minstens eens per maand op school is."),
    P("Ook zagen we dat het OPDC goed werkt voor leerlingen die tijdelijk vastlopen, maar dat de terugkeer naar "
      "de eigen school soms te lang op zich liet wachten. Het OPDC werkt daarom vanaf dit plan met een vaste "
      "terugkeerdatum die al bij de start wordt afgesproken, en de eigen school blijft de leerling ingeschreven "
      "houden zolang het traject loopt."),
    H1("Doorgaande lijnen: van groep 8 naar het mbo"),
    P("Ondersteuning stopt niet bij de schooldeur. Leerlingen met een ondersteuningsbehoefte worden bij de overstap "
      "van de basisschool besproken in een warme overdracht tussen intern begeleider en zorgcoördinator. Bij de "
      "overstap naar het mbo doen we hetzelfde met de mbo-colleges in de regio. Voor leerlingen uit het "
      "praktijkonderwijs en het vso is er een netwerk met werkgevers, zodat de stap naar werk of dagbesteding goed "
      "voorbereid is. Nieuwkomers beginnen in de internationale schakelklas in Zuiderhaven en stromen na één tot "
      "twee jaar door naar een reguliere school."),
    H1("11 Wat doen we met de gemeenten?"),
    P("Met de vier gemeenten hielden we op 5 februari 2026 het op overeenstemming gericht overleg (OOGO) over dit "
      "plan. Afgesproken is dat in elke school een jeugdprofessional werkt, dat de gemeenten de jeugdhulp in de "
      "onderwijs-zorgarrangementen betalen, en dat leerplicht en Trajectpunt samen de thuiszitterslijst bijhouden. "
      "Met de samenwerkingsverbanden primair onderwijs zijn afspraken gemaakt over de overdracht van groep 8 naar "
      "het vo."),
    H1("Wat betekent de krimp in Westmaas?"),
    P("In Westmaas daalt het aantal twaalfjarigen tot 2030 met bijna een kwart. Twee vestigingen krijgen het "
      "moeilijk om een volledig aanbod overeind te houden. Voor passend onderwijs is dat een risico: juist op kleine "
      "vestigingen is de zorgcoördinator vaak ook docent en teamleider tegelijk. De besturen in Westmaas hebben "
      "daarom afgesproken dat zij vanaf 2027 één gezamenlijk ondersteuningsteam hebben voor beide vestigingen, met "
      "een gedeelde zorgcoördinator en een vaste trajectbegeleider van het verband. Leerlingen blijven op hun "
      "eigen school; de specialisten reizen."),
    P("Ook kijken we samen met de gemeente Westmaas naar het leerlingenvervoer. Voor leerlingen die naar het vso "
      "in Zuiderhaven reizen, duurt de rit nu soms meer dan een uur. De gemeente onderzoekt of kleinere busjes met "
      "kortere routes mogelijk zijn. Dat is een zaak van de gemeente, maar wij denken mee."),
    H1("12 Wie beslist er in het verband?"),
    P("Zuidrand is een vereniging. De ledenvergadering van de acht besturen is het hoogste orgaan. Het algemeen "
      "bestuur houdt toezicht op de directeur-bestuurder, die de dagelijkse leiding heeft en het bureau "
      "aanstuurt. De ondersteuningsplanraad heeft instemmingsrecht op dit plan. De medezeggenschapsraad van het "
      "bureau adviseert over personeelszaken."),
    H1("13 Hoe blijven we deskundig?"),
    P("Wij bieden een jaarlijks programma aan met scholing voor mentoren en zorgcoördinatoren, intervisie voor "
      "trajectbegeleiders en een kenniscafé over actuele thema's, zoals angst en somberheid bij jongeren, "
      "executieve functies en hoogbegaafdheid. Het OPDC-team geeft op verzoek consultatie op scholen. Nieuwe "
      "zorgcoördinatoren krijgen een buddy uit het netwerk."),
    P("Het personeel van het verband zelf bestaat uit 21 fte. Wij investeren in een goed werkklimaat en meten "
      "elke twee jaar de tevredenheid van onze medewerkers."),
    H1("14 Hoe gaan we om met gegevens?"),
    P("Het verband verwerkt alleen gegevens die nodig zijn voor zijn taken. Dossiers staan in een beveiligde "
      "omgeving en worden niet langer bewaard dan de wet toestaat. Het verband heeft een functionaris "
      "gegevensbescherming en een privacyreglement."),
    H1("15 Wat gebeurt wanneer?"),
    TBL(["Wanneer", "Wat"],
        ["Augustus 2026", "Start plan; nieuw ontwikkelgesprek basis"],
        ["Januari 2027", "Havo/vwo-groep OPDC start"],
        ["Voorjaar 2028", "Tussenevaluatie met OPR"],
        ["2029-2030", "Nieuw plan voorbereiden"]),
    H1("16 Afkortingen"),
    TBL(["Afkorting", "Betekenis"],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["SOP", "Schoolondersteuningsprofiel"],
        ["TLV", "Toelaatbaarheidsverklaring, vereist voor vso en pro"]),
]

HEADER_D = "Ondersteuningsplan Zuidrand 2026-2030 | basisondersteuning - toelaatbaarheid - financiën - ouders"

LABEL_D = dict(
    name="vo-zuidrand", documents=["vo-zuidrand.docx"], sector="vo", looks=True,
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "Ch. 5: same level on every school/vestiging as ondergrens (niveau) and yearly ontwikkelgesprek/verbeterplan (borging), but the content only refers to SOP/schoolgids and the website Handboek: inhoud false.",
        "plaatsing": "Ch. 7 only says requests go via Trajectpunt and refers everything to Handboek chapter D on the website; TLV/LBT appear only in the afkortingenlijst and running header; nothing addressed.",
        "terugstroom": "Ch. 8: policy (terugkeer as soon as responsible, near home, one year OPDC-team support) addressed; the steps are only referred to the Handboek, so procedure false; ch. 10 table tracks vso returns (6 -> 15) = advisory monitoring.",
        "financien": "Ch. 9 'Wat kost het en wie betaalt?' only says budget and verdeling are set yearly and published on the website; 'middelen' in ch. 4 is a value phrase. Header names financien. Nothing addressed.",
        "dekkend-aanbod": "Ch. 6 table of provisions (ondersteuningsklas to vso and OZA) with Trajectpunt route; 'En als er geen plek is?' casusregisseur, half-yearly gap overview, new OPDC group 2027; OOGO ch. 11.",
        "resultaten": "Ch. 10 prose is one line; content only in two tables: goals with indicator/nulmeting/streefwaarde and a monitoring table (when, who, where reported).",
        "ouders": "No text on informing parents or independent support; OJSP only in afkortingenlijst, 'ouders' only in the running header. Missing.",
    })


# ============================================================================================
# Plan E - PO, .html - web version in FAQ style for parents; several polite deferrals;
# navigation menu and glossary name topics that the body leaves open
# ============================================================================================
PLAN_E = [
    T("Ons ondersteuningsplan 2026-2030 - de webversie",
      "Samenwerkingsverband Passend Onderwijs Eemkust (PO 26-08)",
      "Voor ouders, leerkrachten en iedereen die wil weten hoe passend onderwijs in Eemkust werkt",
      "Deze webversie is de volledige tekst van het ondersteuningsplan zoals vastgesteld op 10 april 2026."),
    TOC("Wat is passend onderwijs?", "Wie zijn wij?", "Wat vinden wij belangrijk?",
        "Wat verandert er de komende jaren in de wet?", "Hoe werken we samen met de scholen?",
        "Wat mag ik van de school van mijn kind verwachten?",
        "Wanneer kan mijn kind naar het sbo of so?", "Hoe vraag je een plek aan?",
        "Hoe lang geldt een TLV?", "Kan mijn kind weer terug naar een gewone basisschool?",
        "Waar gaat het geld naartoe?", "Hoe weten we of het goed gaat?",
        "Waar vind ik informatie?", "Waar kan ik terecht als ik het er niet mee eens ben?",
        "Wie praat er mee?", "Hoe is het verband georganiseerd?", "Wat gebeurt er met de gegevens van mijn kind?",
        "Wat staat er de komende jaren op de planning?", "Woordenlijst"),
    H1("Wat is passend onderwijs?"),
    P("Passend onderwijs betekent dat ieder kind naar een school gaat die bij hem of haar past. De meeste kinderen "
      "gaan gewoon naar de basisschool in de buurt. Sommige kinderen hebben wat extra hulp nodig. Een klein aantal "
      "kinderen gaat naar een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so). De scholen in "
      "een regio werken daarvoor samen in een samenwerkingsverband. Dat zijn wij, voor de regio Eemkust."),
    P("Elk samenwerkingsverband moet eens in de vier jaar een ondersteuningsplan maken. Daarin staat hoe wij het "
      "regelen. Dit is ons plan voor de schooljaren 2026-2027 tot en met 2029-2030. We hebben het geschreven als "
      "een reeks vragen, omdat ouders ons die vragen het vaakst stellen."),
    BOX("In het kort",
        "Eemkust: 6 schoolbesturen, 27 basisscholen, 1 sbo-school, 1 so-school, ongeveer 6.700 kinderen.",
        "Dit plan geldt van 1 augustus 2026 tot 31 juli 2030."),
    H1("Wie zijn wij?"),
    P("Samenwerkingsverband Eemkust is een stichting. Zes schoolbesturen uit de gemeenten Eemhaven, Kustwijk en "
      "Zeeveld werken erin samen. Zij hebben samen 27 basisscholen, sbo De Golfslag en so De Vuurtoren. Het "
      "bureau van het verband zit in Eemhaven en heeft negen medewerkers. De directeur-bestuurder is Sanne "
      "Velthuis. Een raad van toezicht van vijf leden houdt toezicht."),
    P("In Eemkust wonen veel jonge gezinnen. Het aantal leerlingen groeit licht in Kustwijk en daalt in de kleine "
      "dorpen van Zeeveld. Drie dorpsscholen hebben minder dan vijftig leerlingen. Die willen we openhouden, "
      "want een school in het dorp is voor kinderen belangrijk."),
    H1("Wat vinden wij belangrijk?"),
    P("Wij vinden dat kinderen zo veel mogelijk samen naar school gaan, met kinderen uit hun eigen buurt. Wij "
      "vinden dat leerkrachten er niet alleen voor moeten staan. En wij vinden dat ouders serieus genomen moeten "
      "worden: u kent uw kind het best. Deze drie uitgangspunten komen steeds terug."),
    P("Wij willen ook eerlijk zijn over wat niet goed ging. In de vorige periode duurde het soms te lang voordat "
      "een kind de juiste hulp kreeg. Ouders moesten hun verhaal vaak opnieuw vertellen. Leerkrachten wisten niet "
      "altijd bij wie ze terecht konden. Daar willen we de komende jaren wat aan doen."),
    H1("Wat verandert er de komende jaren in de wet?"),
    P("Er komt veel op scholen en samenwerkingsverbanden af. De overheid werkt aan een landelijke norm voor wat "
      "scholen minimaal moeten bieden. Ook is er een wet die de positie van ouders en leerlingen versterkt: "
      "kinderen krijgen het recht om hun mening te geven over hun eigen plan, en elk samenwerkingsverband moet een "
      "onafhankelijk steunpunt voor ouders en jongeren hebben. Wij volgen die ontwikkelingen op de voet en passen "
      "ons beleid aan zodra dat nodig is. Dit plan loopt daar waar het kan al op vooruit."),
    P("Ook de manier waarop samenwerkingsverbanden geld krijgen, verandert. De overheid vereenvoudigt de "
      "bekostiging van het primair onderwijs. Voor ons betekent dat vooral dat we eerder weten waar we aan toe "
      "zijn. Grote gevolgen voor scholen verwachten we niet."),
    H1("Hoe werken we samen met de scholen?"),
    P("De directeuren van alle scholen komen vier keer per jaar bij elkaar in het directeurenoverleg van het "
      "verband. Daar bespreken ze wat goed gaat en wat beter kan. Intern begeleiders hebben hun eigen netwerk, "
      "dat zes keer per jaar bij elkaar komt, steeds op een andere school. Daar leren ze van elkaar, bijvoorbeeld "
      "hoe je een goed gesprek met ouders voert of hoe je een plan voor een kind maakt dat echt werkt."),
    P("Elke school heeft een vaste orthopedagoog van het verband. Die komt een paar keer per jaar langs en is "
      "tussendoor bereikbaar voor vragen van leerkrachten. Leerkrachten zeggen dat ze daar veel aan hebben: één "
      "gezicht, één telefoonnummer. Dat willen we zo houden. Voor de kleine dorpsscholen in Zeeveld hebben we "
      "afgesproken dat de orthopedagoog vaker langskomt, omdat daar geen collega's in de buurt zijn om mee te "
      "sparren."),
    H1("Wat mag ik van de school van mijn kind verwachten?"),
    P("Dat is een goede vraag, en u verdient er een helder antwoord op. Samen met alle besturen leggen we op dit "
      "moment de lat voor alle scholen opnieuw. Omdat er een landelijke norm aankomt, willen we niet twee keer "
      "iets nieuws invoeren. Zodra die afspraken klaar zijn, na de zomer van 2026, leest u ze op deze pagina."),
    H1("Wanneer kan mijn kind naar het sbo of so?"),
    P("Uw kind kan naar het sbo als aan drie dingen is voldaan:"),
    OL("de basisschool heeft ten minste een jaar extra hulp gegeven volgens een plan, en dat plan is twee keer "
       "geëvalueerd;",
       "uw kind komt ondanks die hulp niet verder met leren of zit niet goed in zijn vel, op een manier die in een "
       "gewone klas niet op te lossen is;",
       "het sbo kan met kleinere groepen en meer begeleiding bieden wat uw kind nodig heeft."),
    P("Voor het so gelden dezelfde drie punten. Daarnaast moet uw kind een verstandelijke beperking, een "
      "lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problemen hebben, "
      "waarvoor de zorg en behandeling van een so-school nodig zijn."),
    H1("Hoe vraag je een plek aan?"),
    P("Op dit punt verandert er veel. We werken met de scholen aan een nieuwe, kortere aanvraagroute, zodat u uw "
      "verhaal maar één keer hoeft te doen. Hoe die route er precies uitziet, wie welke stap zet en hoe snel u een "
      "antwoord krijgt, publiceren we hier zodra het bestuur de route heeft goedgekeurd. Tot die tijd kunt u met "
      "vragen terecht bij de intern begeleider van de school."),
    H1("Hoe lang geldt een TLV?"),
    P("Een toelaatbaarheidsverklaring (TLV) voor het sbo geldt in Eemkust tot het einde van de basisschooltijd. "
      "Een TLV voor het so geldt twee schooljaren. Bij een TLV voor het so hoort ook een categorie: laag, midden "
      "of hoog. Hoe meer zorg en begeleiding uw kind nodig heeft, hoe hoger de categorie."),
    H1("Kan mijn kind weer terug naar een gewone basisschool?"),
    P("Ja. Wij vinden dat een kind op het sbo of so niet vanzelf tot het eind blijft. Als het kan, gaat uw kind "
      "terug naar een gewone basisschool, het liefst dichtbij huis. Uw kind krijgt dan hulp bij de overstap: een "
      "half jaar lang komt een juf of meester van het sbo of so elke week een ochtend mee naar de nieuwe school. "
      "Dat betalen wij."),
    P("Zo gaat het. Elk jaar in februari bespreekt de sbo- of so-school met u het plan van uw kind (het "
      "ontwikkelingsperspectief). Daarin staat ook of teruggaan mogelijk is. In het laatste jaar van een TLV is "
      "dat gesprek verplicht, en praat ook iemand van ons verband mee. Als iedereen denkt dat het kan, zoekt de "
      "school samen met u een basisschool en regelt een kennismaking. Het verband beslist binnen vier weken over "
      "de hulp bij de overstap. Na drie maanden bekijken school, u en wij samen hoe het gaat. Als teruggaan nog "
      "niet kan, vraagt de school vóór 1 april een nieuwe TLV aan."),
    P("In 2024-2025 gingen 11 kinderen terug naar een gewone basisschool, tegen 7 het jaar ervoor."),
    H1("Waar gaat het geld naartoe?"),
    P("Wij krijgen van de overheid ongeveer 6,4 miljoen euro per jaar. Het grootste deel gaat meteen naar het sbo "
      "en so, voor de kinderen die daar zitten. Dat regelt DUO. De rest verdelen we zo: elke basisschool krijgt "
      "150 euro per leerling, geteld op 1 oktober. Scholen met minder dan 100 leerlingen krijgen daar een vast "
      "bedrag van 6.000 euro bij, zodat ook een kleine school iemand voor extra hulp kan inzetten. Scholen laten "
      "elk jaar in hun jaarverslag zien waaraan ze dat geld hebben uitgegeven."),
    P("Dit is onze begroting voor de komende jaren, in duizenden euro's:"),
    TBL(["Waar het naartoe gaat", "2026", "2027", "2028", "2029"],
        ["Sbo en so (via DUO)", "3.720", "3.700", "3.690", "3.680"],
        ["Geld naar de basisscholen", "1.062", "1.070", "1.075", "1.080"],
        ["Hulp bij teruggaan", "60", "70", "75", "80"],
        ["Ouder- en jeugdsteunpunt", "45", "45", "46", "47"],
        ["Loket, orthopedagogen en bureau", "980", "985", "990", "995"],
        ["Totaal", "5.867", "5.870", "5.876", "5.882"]),
    H1("Hoe weten we of het goed gaat?"),
    P("Wij houden elk jaar dezelfde cijfers bij: hoeveel kinderen naar het sbo en so gaan (telling 1 oktober), "
      "hoeveel kinderen teruggaan, hoe lang het duurt voordat een kind hulp krijgt, en hoeveel kinderen thuis "
      "zitten. Elk voorjaar vragen we ouders en scholen met een korte vragenlijst wat zij van onze hulp vinden. "
      "De directeur-bestuurder bespreekt de cijfers twee keer per jaar met de raad van toezicht, en in het "
      "jaarverslag, elk jaar in juni op deze website, staat wat er bereikt is."),
    TBL(["Cijfer", "2023-2024", "2024-2025"],
        ["Kinderen op sbo of so", "3,1%", "3,0%"],
        ["Teruggegaan naar de basisschool", "7", "11"],
        ["Weken tot een besluit over een TLV", "9", "7"],
        ["Ouders tevreden (rapportcijfer)", "6,9", "7,3"]),
    P("Welke cijfers we in 2030 willen halen, bepalen we niet achter ons bureau. Onze nieuwe ambities "
      "formuleren we samen met de scholen en de ondersteuningsplanraad tijdens de startconferentie in het najaar "
      "van 2026."),
    H1("Waar vind ik informatie?"),
    P("Een ouderpagina met een overzicht per school en een folder in meerdere talen staan op ons verlanglijstje. "
      "We pakken dat op in het tweede planjaar, als de nieuwe afspraken met de scholen er liggen."),
    H1("Waar kan ik terecht als ik het er niet mee eens ben?"),
    P("Praat eerst met de leerkracht of de intern begeleider. Komt u er samen niet uit, of wilt u iemand die naast "
      "u staat? Dan kunt u gratis terecht bij het Ouder- en Jeugdsteunpunt Eemkust. Dat steunpunt is onafhankelijk: "
      "het hoort niet bij een school en niet bij ons, en denkt alleen mee vanuit het belang van uw kind. U kunt "
      "bellen op werkdagen tussen 9 en 17 uur, of mailen. Ook de landelijke Onderwijsconsulenten helpen gratis, "
      "bijvoorbeeld als uw kind geen passende plek heeft. Bij een geschil over toelating, verwijdering of het "
      "ontwikkelingsperspectief kunt u naar de Geschillencommissie passend onderwijs."),
    H1("Wie praat er mee?"),
    P("Ouders en leerkrachten praten mee in de ondersteuningsplanraad (OPR). De OPR heeft tien leden: vijf ouders "
      "en vijf personeelsleden van de scholen. De OPR moet instemmen met dit plan. Ook in de gesprekken over uw "
      "eigen kind praat u mee: zonder u wordt er geen plan voor uw kind gemaakt."),
    H1("Hoe is het verband georganiseerd?"),
    P("Het bestuur van het verband bestaat uit een directeur-bestuurder. De raad van toezicht keurt de begroting en "
      "het jaarverslag goed. De zes schoolbesturen komen vier keer per jaar bij elkaar in de "
      "deelnemersvergadering. Op 12 februari 2026 besprak het verband dit plan met de wethouders van de drie "
      "gemeenten, zoals de wet vraagt (het op overeenstemming gericht overleg). Zij hadden geen bezwaar. Met het "
      "samenwerkingsverband voor voortgezet onderwijs is het plan ook besproken."),
    P("Op het bureau werken een directeur-bestuurder, twee orthopedagogen, een loketmedewerker, een "
      "beleidsmedewerker, een controller en drie ondersteuners. Zij volgen elk jaar samen een scholingsdag over "
      "nieuwe wetgeving. Leerkrachten van de scholen kunnen bij ons gratis een cursus volgen over gedrag en over "
      "dyslexie."),
    H1("Wat gebeurt er met de gegevens van mijn kind?"),
    P("Voor een TLV hebben wij gegevens van uw kind nodig, soms ook over de gezondheid. Alleen de "
      "orthopedagogen, de loketmedewerker en de directeur-bestuurder kunnen die zien. We bewaren ze tot drie jaar "
      "na het besluit. U mag altijd vragen welke gegevens wij hebben."),
    H1("Wat staat er de komende jaren op de planning?"),
    TBL(["Wanneer", "Wat"],
        ["Najaar 2026", "Startconferentie met scholen en OPR; nieuwe afspraken met de scholen"],
        ["2027", "Nieuwe aanvraagroute; ouderpagina en folder"],
        ["2028", "Tussenstand met de OPR"],
        ["2030", "Nieuw plan"]),
    H1("Woordenlijst"),
    TBL(["Woord", "Wat betekent het?"],
        ["Arrangement", "Extra hulp voor een kind, bovenop wat de school altijd doet"],
        ["Basisondersteuning", "De hulp die elke school in Eemkust minimaal biedt, zoals een intern begeleider, "
                               "een dyslexieprotocol en een aanpak tegen pesten"],
        ["Dekkend aanbod", "Voor elk kind is er een passende plek in de regio"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Sbo", "Speciaal basisonderwijs"],
        ["So", "Speciaal onderwijs"],
        ["Thuiszitter", "Een kind dat niet naar school gaat terwijl het wel zou moeten"],
        ["TLV", "Toelaatbaarheidsverklaring: toestemming voor sbo of so"]),
]

HEADER_E = "Home | Over ons | Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Geld | Resultaten | Ouders | Contact"
FOOTER_E = "Samenwerkingsverband Passend Onderwijs Eemkust - Havenweg 4, Eemhaven - www.eemkust-po.example"

LABEL_E = dict(
    name="po-eemkust", documents=["po-eemkust.html"], sector="po", looks=True,
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["verantwoording"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Wat mag ik van de school ... verwachten?' defers ('leggen we ... de lat opnieuw ... na de zomer van 2026 leest u ze op deze pagina'); the only definition and examples are in the Woordenlijst and the menu. Missing.",
        "plaatsing": "'Wanneer kan mijn kind naar het sbo of so?' gives criteria for sbo and so; 'Hoe vraag je een plek aan?' defers the route (who, steps, speed) until the board approves it; TLV duration/category answered.",
        "terugstroom": "'Kan mijn kind weer terug ...?': policy (not automatically until the end, overstap help half a year) and procedure (February OPP talk, compulsory in last TLV year, verband decides in 4 weeks, new TLV before 1 April); 11 returned.",
        "financien": "'Waar gaat het geld naartoe?': 150 euro per pupil at 1 October + 6.000 for small schools, schools account in jaarverslag; budget table 2026-2029.",
        "dekkend-aanbod": "No description of the set of provisions or of gaps/thuiszitters approach; 'Dekkend aanbod' and 'Thuiszitter' only in Woordenlijst; OOGO paragraph is procedural only. Missing.",
        "resultaten": "'Hoe weten we of het goed gaat?': yearly figures, spring questionnaire, twice-yearly RvT review, jaarverslag, table of achieved figures; intended results deferred to the autumn 2026 startconferentie.",
        "ouders": "'Waar vind ik informatie?' defers the ouderpagina/folder to the second plan year (informatie false); independent OJSP Eemkust, Onderwijsconsulenten and Geschillencommissie in 'Waar kan ik terecht ...'.",
    })


# ============================================================================================
# F - NOT a plan: a basisschool's ouderbrochure passend onderwijs (school level), .docx
# ============================================================================================
DOC_F = [
    T("Passend onderwijs op CBS De Wilgenhoek",
      "Ouderbrochure schooljaar 2026-2027",
      "Extra ondersteuning, basisondersteuning, TLV en terugplaatsing: wat betekent het voor uw kind?",
      "CBS De Wilgenhoek is aangesloten bij Samenwerkingsverband Passend Onderwijs Eemkust (PO 26-08)"),
    TOC("1 Welkom", "2 Wat is passend onderwijs?", "3 Onze basisondersteuning", "4 Zorgen over uw kind: zo werken wij",
        "5 Extra ondersteuning en arrangementen", "6 Naar het sbo of so: de TLV",
        "7 Terug naar De Wilgenhoek", "8 Geld voor ondersteuning", "9 Waar kunt u terecht?",
        "10 Belangrijke data en contact"),
    H1("1 Welkom"),
    P("Beste ouders en verzorgers, in deze brochure leggen wij uit hoe wij op CBS De Wilgenhoek kinderen "
      "ondersteunen die iets extra's nodig hebben. De brochure hoort bij onze schoolgids. Wij geven hem aan alle "
      "nieuwe ouders, en bespreken hem op de informatieavond in september. Heeft u na het lezen nog vragen, loop "
      "dan gerust binnen bij onze intern begeleider, juf Esther Wolters."),
    H1("2 Wat is passend onderwijs?"),
    P("Sinds 2014 heeft elke school zorgplicht: als u uw kind bij ons aanmeldt, moeten wij een passende plek bieden, "
      "op onze school of op een andere school. Alle scholen in de regio werken daarvoor samen in het "
      "samenwerkingsverband Eemkust. Het samenwerkingsverband maakt elke vier jaar een ondersteuningsplan, waarin "
      "staat hoe de scholen in de regio samenwerken en hoe het geld wordt verdeeld. Dat plan vindt u op de website "
      "van het samenwerkingsverband. Deze brochure gaat over onze eigen school."),
    H1("3 Onze basisondersteuning"),
    P("Basisondersteuning is de hulp die wij op De Wilgenhoek aan ieder kind kunnen geven, zonder aanvraag. Op onze "
      "school betekent dat:"),
    UL("een intern begeleider, drie dagen per week aanwezig;",
       "een dyslexieprotocol en een rekenprotocol;",
       "een plusgroep op dinsdagmiddag voor kinderen die meer uitdaging nodig hebben;",
       "de Kanjertraining in alle groepen;",
       "een rustige werkplek op de gang en een koptelefoon voor wie dat prettig vindt;",
       "twee keer per jaar een groepsbespreking van iedere leerkracht met de intern begeleider."),
    P("In ons schoolondersteuningsprofiel staat precies wat wij wel en niet kunnen bieden. U vindt het op onze "
      "website."),
    H1("4 Zorgen over uw kind: zo werken wij"),
    OL("De leerkracht merkt iets op, of u komt met een zorg. De leerkracht neemt binnen een week contact met u op.",
       "De leerkracht probeert zes weken een aanpak in de klas en houdt u op de hoogte.",
       "Helpt dat niet genoeg, dan bespreekt de leerkracht uw kind met de intern begeleider.",
       "Zo nodig nodigen wij u uit voor het ondersteuningsteam, met de orthopedagoog van het samenwerkingsverband "
       "en iemand van het jeugdteam.",
       "Samen maken we een plan. Voor sommige kinderen wordt dat een ontwikkelingsperspectiefplan (OPP); daarover "
       "hebben wij altijd overleg met u."),
    H1("5 Extra ondersteuning en arrangementen"),
    P("Is meer nodig dan wij zelf kunnen bieden, dan vragen wij een arrangement aan bij het samenwerkingsverband. "
      "Dat kan bijvoorbeeld een begeleider zijn die een paar uur per week met uw kind werkt. Ook kan uw kind een "
      "tijdje naar de schakelklas of de observatiegroep van het verband. U tekent altijd mee voor zo'n aanvraag."),
    H1("6 Naar het sbo of so: de TLV"),
    P("Soms komen we samen tot de conclusie dat een andere school beter past, zoals sbo De Golfslag of so De "
      "Vuurtoren. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Wij vragen "
      "die aan, samen met u. Hoe het samenwerkingsverband daarover beslist, leest u in het ondersteuningsplan van "
      "het verband. Wij helpen u bij het kennismaken met de nieuwe school en zorgen voor een goede overdracht."),
    H1("7 Terug naar De Wilgenhoek"),
    P("Kinderen die naar het sbo of so zijn gegaan, zijn bij ons altijd welkom als ze terug kunnen. De afgelopen "
      "drie jaar kwamen twee kinderen terug. Wij maken dan samen met u en de oude school een plan voor de eerste "
      "maanden."),
    H1("8 Geld voor ondersteuning"),
    P("De Wilgenhoek krijgt van het samenwerkingsverband elk jaar een bedrag voor extra ondersteuning. Wij "
      "gebruiken dat vooral voor de uren van de intern begeleider, de plusgroep en een onderwijsassistent in de "
      "groepen 3 en 4. De vrijwillige ouderbijdrage wordt hier niet voor gebruikt."),
    H1("9 Waar kunt u terecht?"),
    P("Met vragen over uw kind kunt u altijd eerst bij de leerkracht en de intern begeleider terecht. Wilt u "
      "onafhankelijk advies, dan kunt u contact opnemen met het Ouder- en Jeugdsteunpunt Eemkust of met de "
      "Onderwijsconsulenten. Heeft u een klacht over de school, dan vindt u onze klachtenregeling in de "
      "schoolgids; onze vertrouwenspersoon is meester Karim Boulahrouz."),
    H1("10 Belangrijke data en contact"),
    TBL(["Wanneer", "Wat"],
        ["11 september 2026", "Informatieavond voor ouders"],
        ["November 2026 en maart 2027", "Groepsbesprekingen"],
        ["Februari 2027", "Rapportgesprekken"],
        ["Juni 2027", "Evaluatie OPP's met ouders"]),
    P("CBS De Wilgenhoek, Wilgenlaan 12, Kustwijk. Intern begeleider: Esther Wolters (ma, di, do)."),
]

LABEL_F = dict(
    name="ouderbrochure-wilgenhoek", documents=["ouderbrochure-wilgenhoek.docx"], sector="po", looks=False,
    criteria={}, advisory={}, elements={},
    notes={
        "document": "School-level ouderbrochure of one basisschool (near-miss, domain 5.4): describes this school's basisondersteuning, its own zorgroute, arrangement requests and TLV from the parent's side, and explicitly points to the samenwerkingsverband's ondersteuningsplan as a separate document. No verband-level policy, no OPR/OOGO/planperiode; not an ondersteuningsplan of a samenwerkingsverband.",
    })

# ============================================================================================


def main():
    os.makedirs(OUT, exist_ok=True)
    report = []

    # A: docx
    write_docx(PLAN_A, os.path.join(OUT, "po-kompas-heuvelland.docx"),
               header="Ondersteuningsplan Kompas Heuvelland 2026-2030", footer="Kompas Heuvelland - PO 27-14",
               title_meta="Ondersteuningsplan 2026-2030 Kompas Heuvelland")
    report.append(("po-kompas-heuvelland", word_count(PLAN_A)))

    # B: pdf only (docx is an intermediate)
    with tempfile.TemporaryDirectory() as td:
        tmp_docx = os.path.join(td, "vo-rivierduinen.docx")
        write_docx(PLAN_B, tmp_docx, header="Rivierduinen | Ondersteuningsplan 2026-2030",
                   footer="Samenwerkingsverband VO Rivierduinen (VO 28-11)",
                   title_meta="Ondersteuningsplan 2026-2030 Rivierduinen")
        to_pdf(tmp_docx, os.path.join(OUT, "vo-rivierduinen.pdf"))
    report.append(("vo-rivierduinen", word_count(PLAN_B)))

    # C: docx + pdf
    c_docx = os.path.join(OUT, "po-zandkreek.docx")
    write_docx(PLAN_C, c_docx, header="De Zandkreek - Ondersteuningsplan 2026-2030",
               footer="Stichting Samenwerkingsverband Passend Primair Onderwijs De Zandkreek",
               title_meta="Ondersteuningsplan 2026-2030 De Zandkreek")
    to_pdf(c_docx, os.path.join(OUT, "po-zandkreek.pdf"))
    report.append(("po-zandkreek", word_count(PLAN_C)))

    # D: docx
    write_docx(PLAN_D, os.path.join(OUT, "vo-zuidrand.docx"), header=HEADER_D,
               footer="SWV VO Zuidrand - VO 31-04", title_meta="Ondersteuningsplan Zuidrand 2026-2030")
    report.append(("vo-zuidrand", word_count(PLAN_D)))

    # E: html
    write_html(PLAN_E, os.path.join(OUT, "po-eemkust.html"), "Ondersteuningsplan 2026-2030 | SWV Eemkust",
               header=HEADER_E, footer=FOOTER_E)
    report.append(("po-eemkust", word_count(PLAN_E)))

    # F: near-miss docx
    write_docx(DOC_F, os.path.join(OUT, "ouderbrochure-wilgenhoek.docx"),
               header="CBS De Wilgenhoek - ouderbrochure passend onderwijs", footer="Schooljaar 2026-2027",
               title_meta="Ouderbrochure passend onderwijs CBS De Wilgenhoek")
    report.append(("ouderbrochure-wilgenhoek", word_count(DOC_F)))

    # hand-decided statuses (order: basisondersteuning, plaatsing, terugstroom, financien,
    # dekkend-aanbod, resultaten, ouders); write_label asserts they agree with the Part A rule
    expected = {
        "po-kompas-heuvelland": "present present present present present present present",
        "vo-rivierduinen": "present partial missing partial present partial present",
        "po-zandkreek": "present present present present partial missing partial",
        "vo-zuidrand": "partial missing partial missing present present missing",
        "po-eemkust": "missing partial present present missing partial partial",
    }
    for lab in (LABEL_A, LABEL_B, LABEL_C, LABEL_D, LABEL_E):
        elements = dict(zip(ELEMENTS, expected[lab["name"]].split()))
        write_label(lab["name"], lab["documents"], lab["sector"], True, elements, lab["criteria"],
                    lab["advisory"], lab["notes"])
    write_label(LABEL_F["name"], LABEL_F["documents"], LABEL_F["sector"], False, {}, {}, {}, LABEL_F["notes"])

    for name, wc in report:
        print(f"{name}: {wc} words")


if __name__ == "__main__":
    sys.exit(main())
