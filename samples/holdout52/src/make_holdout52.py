#!/usr/bin/env python3
"""Generate holdout set 52 for opcheck: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss document
(a school's schoolondersteuningsprofiel), plus one <name>.expected.yaml label file per document.

Deterministic, no network.  Requires python-docx and PyYAML; PDFs are rendered from the
generated .docx with `soffice --headless --convert-to pdf`.

Usage:  python3 make_holdout52.py [output_dir]
(default output_dir: the parent directory of this script's folder)
"""
import datetime
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)

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
# Document model: a list of blocks
#   ("title", [lines])      title page (first line large)
#   ("toc", [entries])      inhoudsopgave
#   ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [header], [[row], ...])
# --------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            for i, line in enumerate(lines):
                p = doc.add_paragraph()
                r = p.add_run(line)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(26)
                elif i == 1:
                    r.font.size = Pt(16)
                else:
                    r.font.size = Pt(12)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so that output is byte-identical across runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, header_text, footer_text, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<div class="site-header">{e(header_text)}</div>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<section class="titelpagina">')
            for i, line in enumerate(b[1]):
                out.append(f"<h1>{e(line)}</h1>" if i == 0 else f'<p class="sub">{e(line)}</p>')
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            out.extend(f"<li>{e(x)}</li>" for x in b[1])
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>")
            out.extend(f"<li>{e(x)}</li>" for x in b[1])
            out.append("</ul>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr>")
            for row in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", f'<footer>{e(footer_text)}</footer>', "</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def docx_to_pdf(docx_path, pdf_dir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{prof}",
                        "--convert-to", "pdf", "--outdir", pdf_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks,
            "elements": elements, "criteria": criteria}
    if advisory:
        data["advisory_addressed"] = advisory
    data["notes"] = notes
    if looks:
        assert list(criteria) == CORE, name
        assert set(elements) == set(ELEMENTS), name
        # status rule check: present iff all core true
        for el in ELEMENTS:
            core = [criteria[c] for c in CORE if c.startswith(el + ".")]
            st = elements[el]
            if all(core):
                assert st == "present", (name, el)
            elif any(core) or advisory.get(el):
                assert st == "partial", (name, el)
            else:
                assert st == "missing", (name, el)
    def q(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        return json.dumps(v, ensure_ascii=False)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", f"looks_like_plan: {q(looks)}",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}"]
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {q(v)}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in advisory.items()]
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in notes.items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def labels(statuses, false_crit):
    """statuses: dict element->status; false_crit: set of core criteria that are NOT addressed."""
    crit = {c: (c not in false_crit) for c in CORE}
    return statuses, crit


def wc(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(x.split()) for x in b[1]) + sum(len(x.split()) for r in b[2] for x in r)
    return n


def toc_from(blocks, with_h2=False, extra=()):
    """Table of contents with estimated page numbers (about 430 words a page)."""
    out, words = [], 0
    for b in blocks:
        if b[0] == "h1" or (with_h2 and b[0] == "h2"):
            page = 3 + words // 430
            indent = "" if b[0] == "h1" else "    "
            out.append(f"{indent}{b[1]} ........ {page}")
        if b[0] in ("p", "h1", "h2"):
            words += len(b[1].split())
        elif b[0] == "ul":
            words += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            words += 60 + 12 * len(b[2])
    out.extend(extra)
    return out


def assemble(title_lines, body, with_h2=False, extra_toc=()):
    return [("title", title_lines), ("toc", toc_from(body, with_h2, extra_toc))] + body


# --------------------------------------------------------------------------------------
# Shared filler chapters.  They mention element vocabulary only in passing; options switch
# off passages that would address an element in plans where that element is labelled
# missing or partial.
# --------------------------------------------------------------------------------------

def p(t):
    return ("p", t)


def voorwoord(c):
    v = c["variant"]
    opening = [
        f"Voor u ligt het ondersteuningsplan 2026-2030 van {c['name']}. Het is het resultaat van "
        "ruim een jaar praten, schrijven, schrappen en opnieuw beginnen. Directeuren, intern begeleiders, "
        "leerkrachten, ouders, bestuurders, gemeenten en onze eigen medewerkers hebben meegedacht over de vraag "
        "hoe wij de komende vier jaar passend onderwijs in onze regio verder vormgeven.",
        f"Met trots presenteren wij het nieuwe ondersteuningsplan van {c['name']}. Vier jaar geleden schreven "
        "wij dat passend onderwijs 'een werkwoord' is. Dat is nog steeds zo. In de afgelopen periode is veel "
        "bereikt, maar we zien ook dat de vraag naar ondersteuning toeneemt en dat de druk op scholen, "
        "leerkrachten en ouders groot is.",
        f"Dit is het ondersteuningsplan van {c['name']} voor de periode 1 augustus 2026 tot en met 31 juli 2030. "
        "Het plan is korter dan zijn voorganger. Dat is een bewuste keuze: wij willen een plan dat gelezen wordt, "
        "door schoolleiders en intern begeleiders, maar ook door ouders en door de raden van onze gemeenten.",
    ][v % 3]
    return [
        ("h1", c["n"]("Voorwoord")),
        p(opening),
        p("Passend onderwijs gaat over kinderen. Over het meisje dat met een beetje extra uitleg gewoon in haar "
          "eigen groep kan blijven, over de jongen die na een moeilijke periode weer plezier krijgt in school, en "
          "over kinderen voor wie een andere plek nodig is. Achter alle afspraken in dit plan staan zulke verhalen. "
          "Wij hebben geprobeerd om die verhalen niet uit het oog te verliezen, ook waar het plan gaat over "
          "procedures, middelen en verantwoording."),
        p("De afgelopen jaren waren niet eenvoudig. Het lerarentekort is in onze regio voelbaar, de wachttijden "
          "in de jeugdhulp zijn lang en het aantal kinderen met complexe vragen groeit. Tegelijk zien wij veel "
          "veerkracht. Scholen delen kennis, collega's vangen elkaar op en de samenwerking met de gemeenten is "
          "hechter dan ooit. Daar bouwen wij op voort."),
        p("Een woord van dank is op zijn plaats. Aan de leden van de werkgroepen die de hoofdstukken hebben "
          "voorbereid, aan de leden van de ondersteuningsplanraad die kritisch maar constructief hebben "
          "meegelezen, en aan de wethouders en beleidsmedewerkers van de gemeenten "
          f"{', '.join(c['gemeenten'][:-1])} en {c['gemeenten'][-1]}. Zonder hun inzet had dit plan er niet "
          "gelegen."),
        p("Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven."),
        p(f"{c['db']}, directeur-bestuurder"),
    ]


def leeswijzer(c, extra=""):
    return [
        ("h2", c["n2"]("Leeswijzer")),
        p("Het plan begint met een beschrijving van onze regio en van de visie die onze keuzes richting geeft. "
          "Daarna volgen de inhoudelijke hoofdstukken over de ondersteuning op de scholen en in het verband. "
          "Het plan sluit af met de hoofdstukken over organisatie, medezeggenschap, personeel en planning. "
          "Achter in het plan vindt u een begrippenlijst en een lijst met afkortingen. " + extra),
        p("Waar wij in dit plan spreken over 'ouders', bedoelen wij ook verzorgers en voogden. Waar wij spreken "
          "over 'scholen', bedoelen wij alle vestigingen van de aangesloten schoolbesturen, tenzij anders "
          "vermeld."),
    ]


def totstandkoming(c, oogo_datum, opr_datum, vast_datum, overleg_vo=True):
    other = "het samenwerkingsverband voortgezet onderwijs" if c["sector"] == "po" else \
        "de samenwerkingsverbanden primair onderwijs in onze regio"
    txt = [
        ("h2", c["n2"]("Totstandkoming van dit plan")),
        p("Het plan is in de periode maart 2025 tot en met maart 2026 tot stand gekomen. Vijf werkgroepen, "
          "samengesteld uit directeuren, intern begeleiders, ondersteuningscoördinatoren en medewerkers van het "
          "verband, hebben de conceptteksten voorbereid. In twee regiobijeenkomsten zijn de concepten besproken "
          "met een bredere groep betrokkenen."),
        p(f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders vond "
          f"plaats op {oogo_datum}. "
          + (f"Daarnaast is het concept besproken met {other}. " if overleg_vo else "")
          + f"De ondersteuningsplanraad heeft op {opr_datum} ingestemd met het plan. Het algemeen bestuur heeft "
          f"het plan vastgesteld op {vast_datum}. Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs "
          "toegezonden."),
    ]
    return txt


def regio(c, tabel_rows, extra_paras=()):
    return [
        ("h1", c["n"]("Onze regio")),
        p(f"{c['name']} ({c['code']}) omvat de gemeenten {', '.join(c['gemeenten'][:-1])} en "
          f"{c['gemeenten'][-1]}. Het is een overwegend landelijk gebied met een aantal kernen van gemiddelde "
          "omvang en veel kleine dorpen. Een deel van de scholen heeft minder dan honderd leerlingen; in "
          "verschillende dorpen is de school een van de laatste voorzieningen."),
        p(f"Bij het verband zijn {c['besturen']} schoolbesturen aangesloten met samen {c['scholen']} "
          f"scholen en ongeveer {c['leerlingen']} leerlingen. De besturen verschillen sterk in omvang: van een "
          "eenpitter tot een stichting met meer dan twintig scholen. Openbaar, protestants-christelijk, "
          "rooms-katholiek, algemeen bijzonder en reformatorisch onderwijs zijn vertegenwoordigd."),
        ("table", ["Gemeente", "Aantal scholen", "Leerlingen (1 okt. 2025)"], tabel_rows),
        p("De bevolkingsprognoses laten voor de komende planperiode een lichte daling van het aantal leerlingen "
          "zien, met uitzondering van de grotere kernen waar nieuwbouwwijken worden ontwikkeld. Voor kleine "
          "scholen betekent dit dat de formatie onder druk staat. Dat heeft gevolgen voor de mogelijkheden om "
          "ondersteuning binnen de school te organiseren; daar komen wij in de inhoudelijke hoofdstukken op terug."),
        *[p(x) for x in extra_paras],
    ]


def visie(c, extra=()):
    return [
        ("h1", c["n"]("Visie, missie en ambitie")),
        ("h2", c["n2"]("Missie")),
        p(f"{c['kort']} zorgt er samen met de aangesloten schoolbesturen voor dat ieder kind in onze regio "
          "onderwijs krijgt dat past bij wat het nodig heeft, zo dicht mogelijk bij huis. Wij zijn er voor de "
          "scholen, zodat de scholen er kunnen zijn voor de kinderen."),
        ("h2", c["n2"]("Visie")),
        p("Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waarin zij zich gezien en veilig "
          "voelen, samen met leeftijdgenoten uit hun eigen buurt of dorp. Verschillen tussen kinderen zijn "
          "normaal. Een school die goed omgaat met verschillen, is een goede school voor alle kinderen."),
        p("Wij kijken naar wat een kind nodig heeft en niet in de eerste plaats naar een diagnose of een label. "
          "De vraag is steeds: wat heeft dit kind, in deze groep, bij deze leerkracht nodig om zich verder te "
          "ontwikkelen? Die vraag beantwoorden wij samen: school, ouders, kind en waar nodig de partners uit de "
          "zorg en de gemeente."),
        p("Passend onderwijs is geen taak van de intern begeleider alleen. Het vraagt om leerkrachten die "
          "vertrouwen hebben in hun vakmanschap, om schoolleiders die ruimte maken, en om besturen die "
          "verantwoordelijkheid nemen voor alle kinderen in de regio, ook als die kinderen niet op hun eigen "
          "scholen zitten."),
        ("h2", c["n2"]("Kernwaarden")),
        ("ul", ["Thuisnabij: kinderen gaan bij voorkeur naar school in hun eigen omgeving.",
                "Samen: wij werken als één netwerk en laten niemand los.",
                "Vertrouwen: wij gaan uit van de professionaliteit van scholen en leerkrachten.",
                "Eenvoud: minder papier, meer tijd voor het kind.",
                "Transparantie: wij zijn open over keuzes, middelen en resultaten."]),
        *extra,
    ]


def governance(c, finance_detail=True):
    out = [
        ("h1", c["n"]("Organisatie en governance")),
        ("h2", c["n2"]("Rechtsvorm en bestuur")),
        p(f"{c['kort']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur "
          "(de vergadering van aangesloten besturen). De dagelijkse leiding berust bij een directeur-bestuurder. "
          "Het intern toezicht is belegd bij een raad van toezicht van vijf leden, van wie er drie onafhankelijk "
          "zijn en twee worden voorgedragen door de aangesloten besturen. Hiermee zijn bestuur en toezicht "
          "gescheiden, zoals de " + ("Code Goed Bestuur in het primair onderwijs" if c["sector"] == "po"
                                      else "Code Goed Onderwijsbestuur VO") + " vraagt."),
        p("Het algemeen bestuur stelt het ondersteuningsplan, de begroting en het jaarverslag vast. De raad van "
          "toezicht keurt deze documenten goed en houdt toezicht op de rechtmatige en doelmatige inzet van de "
          "middelen. De directeur-bestuurder legt viermaal per jaar verantwoording af aan de raad van toezicht."),
        ("h2", c["n2"]("Het bureau")),
        p("Het bureau van het samenwerkingsverband is gevestigd in "
          f"{c['gemeenten'][0]}. Er werken ongeveer {c['fte']} fte, verdeeld over de directeur-bestuurder, een "
          "beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een secretariaat en een team van "
          "orthopedagogen en consulenten. Het bureau is het aanspreekpunt voor scholen, besturen en gemeenten."),
        ("h2", c["n2"]("Overlegstructuur")),
        p("Naast de formele organen kent het verband een directeurenoverleg per subregio, een IB-netwerk dat "
          "zes keer per jaar bijeenkomt en een beleidsoverleg met de bovenschoolse staf van de besturen. Deze "
          "overleggen hebben geen besluitvormende bevoegdheid, maar zijn belangrijk voor het draagvlak en voor "
          "het delen van kennis tussen scholen."),
        ("h2", c["n2"]("Geschillen tussen besturen")),
        p("Conform de wet bevatten de statuten een regeling voor geschillen tussen de aangesloten besturen. "
          "In de afgelopen planperiode is van deze regeling geen gebruik gemaakt."),
    ]
    if finance_detail:
        out.append(p("De jaarrekening wordt gecontroleerd door een externe accountant, die ook de "
                     "rechtmatigheid van de bestedingen toetst."))
    return out


def medezeggenschap(c, parents_role=True):
    if parents_role:
        samenstelling = (f"De ondersteuningsplanraad (OPR) telt {c['oprleden']} leden. De helft van de leden is "
                         "ouder van een leerling, de andere helft is personeelslid van een van de aangesloten "
                         "scholen. De leden worden afgevaardigd vanuit de medezeggenschapsraden van de scholen.")
    else:
        samenstelling = (f"De ondersteuningsplanraad (OPR) telt {c['oprleden']} leden, die worden afgevaardigd "
                         "vanuit de medezeggenschapsraden van de aangesloten scholen.")
    return [
        ("h1", c["n"]("Medezeggenschap")),
        p(samenstelling),
        p("De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast "
          "bespreekt de OPR jaarlijks de begroting en het jaarverslag. De OPR vergadert ongeveer zes keer per "
          "jaar; een delegatie van de raad spreekt twee keer per jaar met de raad van toezicht."),
        p("Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het "
          "bureau. De OPR en de MR ontvangen ondersteuning van een externe adviseur, die door het verband wordt "
          "bekostigd. Nieuwe leden krijgen een introductietraining."),
        p("Wij hechten aan een OPR die vroeg in het proces meedenkt. Bij de voorbereiding van dit plan is de "
          "raad daarom vanaf de eerste werkgroepbijeenkomst betrokken geweest, en niet alleen bij de "
          "instemmingsaanvraag aan het eind."),
    ]


def personeel(c):
    return [
        ("h1", c["n"]("Personeel en professionalisering")),
        p("De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort raakt "
          "onze regio, vooral in de kleinere kernen. Scholen hebben moeite om vacatures voor intern begeleiders "
          "en leerkrachten te vervullen. Het verband kan dat tekort niet oplossen, maar kan wel bijdragen aan "
          "een aantrekkelijke werkomgeving waarin leerkrachten zich gesteund voelen."),
        ("h2", c["n2"]("Formatie van het bureau")),
        p(f"De formatie van het bureau bedraagt in 2026 circa {c['fte']} fte. De orthopedagogen en consulenten "
          "zijn in dienst van het verband; een deel van de gedragsspecialisten wordt gedetacheerd vanuit de "
          "besturen. Wij kiezen bewust voor een compact bureau en voor zoveel mogelijk inzet dicht bij de "
          "scholen."),
        ("h2", c["n2"]("Deskundigheidsbevordering")),
        p("Het verband organiseert jaarlijks een scholingsaanbod voor leerkrachten, intern begeleiders en "
          "schoolleiders. Thema's voor de komende jaren zijn onder meer het omgaan met gedrag in de groep, "
          "taalontwikkeling en meertaligheid, het signaleren van ontwikkelingsvoorsprong en het voeren van "
          "goede gesprekken met ouders. Het aanbod is gratis voor de aangesloten scholen."),
        p("Daarnaast stimuleren wij kennisdeling tussen scholen, bijvoorbeeld door collegiale consultatie, "
          "het IB-netwerk en leernetwerken rond een specifiek thema. Kennis die aanwezig is in het speciaal "
          "(basis)onderwijs willen wij beter beschikbaar maken voor de reguliere scholen."),
        ("h2", c["n2"]("Werkdruk")),
        p("In gesprekken met leerkrachten horen wij dat de administratieve last rond ondersteuning als hoog "
          "wordt ervaren. Wij hebben de afgelopen jaren formulieren vereenvoudigd en zullen dat blijven doen. "
          "Uitgangspunt is dat de gegevens die de school al heeft, niet opnieuw hoeven te worden ingevoerd."),
    ]


def ict_privacy(c, tlv=True):
    txt = [
        ("h1", c["n"]("ICT, gegevens en privacy")),
        p("Het verband werkt met een beveiligde digitale omgeving voor het uitwisselen van dossiers tussen "
          "scholen en het bureau. Scholen leveren gegevens aan via een beveiligde koppeling met hun "
          "leerlingadministratie. E-mail wordt niet gebruikt voor het versturen van dossiers."),
        p("Het verband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen gegevens over "
          "gezondheid. Dat gebeurt alleen voor zover dat nodig is voor de wettelijke taken van het verband. Het "
          "verband heeft een functionaris gegevensbescherming aangesteld (gedeeld met enkele andere verbanden) "
          "en een privacyreglement vastgesteld. "
          + ("Gegevens die zijn gebruikt voor een besluit over een toelaatbaarheidsverklaring worden bewaard "
             "tot drie jaar na dat besluit. " if tlv else "")
          + "Datalekken worden gemeld volgens het protocol datalekken."),
        p("In de planperiode vervangen wij het huidige registratiesysteem. De aanbesteding is in voorbereiding. "
          "Het nieuwe systeem moet het voor scholen eenvoudiger maken om een aanvraag te doen en de voortgang "
          "te volgen."),
    ]
    return txt


def oogo(c, substantive=True):
    if not substantive:
        return [
            ("h1", c["n"]("Gemeenten")),
            p(f"Het verband overlegt regelmatig met de gemeenten {', '.join(c['gemeenten'])}. Het OOGO over dit "
              "plan is gevoerd; de datum staat in de inleiding. Gezamenlijke afspraken over de aansluiting tussen "
              "onderwijs en jeugdhulp worden in de loop van 2026-2027 opgenomen in een regionale agenda, die "
              "na vaststelling door de colleges als bijlage aan dit plan wordt toegevoegd."),
        ]
    return [
        ("h1", c["n"]("Samenwerking met gemeenten en jeugdhulp")),
        p("Onderwijs en jeugdhulp hebben elkaar nodig. Een kind dat thuis of in de vrije tijd vastloopt, neemt "
          "dat mee naar school, en omgekeerd. Met de gemeenten "
          f"{', '.join(c['gemeenten'])} voeren wij daarom niet alleen het wettelijk verplichte op overeenstemming "
          "gericht overleg (OOGO) over dit plan, maar ook structureel overleg over de aansluiting tussen "
          "school en zorg."),
        ("h2", c["n2"]("Gezamenlijke agenda")),
        p("In het OOGO hebben wij met de gemeenten een gezamenlijke agenda afgesproken met vier thema's: "
          "(1) de inzet van jeugdhulp onder schooltijd en in de school, (2) de aanpak van thuiszitten en "
          "verzuim, samen met leerplicht, (3) leerlingenvervoer naar het speciaal (basis)onderwijs en (4) "
          "onderwijshuisvesting, in het bijzonder de ruimte voor voorzieningen in de scholen."),
        p("Voor elke school is er een vaste contactpersoon vanuit het lokale (wijk)team. Deze contactpersoon "
          "neemt deel aan het ondersteuningsteam van de school wanneer daar aanleiding voor is. In twee "
          "gemeenten is er een schoolmaatschappelijk werker die door de gemeente wordt bekostigd."),
        ("h2", c["n2"]("Onderwijs-zorgarrangementen")),
        p("Voor kinderen die zowel onderwijs als zorg nodig hebben, maken school, verband en gemeente samen een "
          "onderwijs-zorgarrangement. Afgesproken is dat de gemeente de zorgcomponent bekostigt en het verband "
          "of het schoolbestuur de onderwijscomponent. Over verdeling van kosten bij twijfelgevallen beslissen "
          "de beleidsadviseur van de gemeente en de directeur-bestuurder samen, binnen vier weken."),
        ("h2", c["n2"]("Geschillen")),
        p("Het OOGO kent een geschillenregeling. Als partijen het niet eens worden, kan elke partij een "
          "onafhankelijke voorzitter vragen om te bemiddelen. Van deze regeling is tot nu toe geen gebruik "
          "gemaakt."),
    ]


def planning(c, rows):
    return [
        ("h1", c["n"]("Planning en ontwikkelagenda")),
        p("De onderstaande tabel geeft op hoofdlijnen weer welke ontwikkelingen wij in de planperiode ter hand "
          "nemen. De uitwerking per jaar vindt plaats in het jaarplan, dat jaarlijks met de OPR wordt besproken. "
          "Wijzigingen van het ondersteuningsplan zelf leggen wij ter instemming aan de OPR voor."),
        ("table", ["Schooljaar", "Onderwerp", "Eigenaar"], rows),
        p("Deze planning is een momentopname. Ontwikkelingen in wet- en regelgeving, zoals de landelijke norm "
          "voor basisondersteuning en de Wet versterking positie ouders en leerlingen, kunnen ertoe leiden dat "
          "wij onderdelen eerder of later oppakken."),
    ]


BEGRIPPEN = {
    "Arrangement": "Afspraak over extra ondersteuning voor een leerling of groep: wat, door wie, hoe lang en "
                   "met welke middelen.",
    "Basisondersteuning": "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle "
                          "scholen binnen het samenwerkingsverband bieden.",
    "Bekostigingscategorie": "Categorie (laag, midden of hoog) op de toelaatbaarheidsverklaring voor het so "
                             "die de hoogte van de bekostiging bepaalt.",
    "Dekkend aanbod": "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar "
                      "is.",
    "Extra ondersteuning": "Ondersteuning die de basisondersteuning overstijgt.",
    "Meerjarenbegroting": "Begroting die een periode van meerdere jaren bestrijkt.",
    "OPP": "Ontwikkelingsperspectiefplan: plan waarin de school het verwachte uitstroomniveau en de "
           "ondersteuning van een leerling vastlegt.",
    "Ouder- en jeugdsteunpunt": "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen "
                                "over passend onderwijs.",
    "Resultaten": "De beoogde en bereikte uitkomsten van het beleid van het samenwerkingsverband.",
    "Schoolondersteuningsprofiel (SOP)": "Beschrijving van de ondersteuning die een school biedt.",
    "Terugplaatsing": "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier "
                      "onderwijs.",
    "Thuiszitter": "Leerplichtige jongere die zonder geldige reden niet naar school gaat.",
    "Toelaatbaarheidsverklaring (TLV)": "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
                                        "tot het speciaal basisonderwijs of het speciaal onderwijs.",
    "Verdeelmodel": "De afspraken over de verdeling van de ondersteuningsmiddelen over scholen en besturen.",
    "Zorgplicht": "De plicht van een schoolbestuur om een aangemelde leerling die extra ondersteuning nodig "
                  "heeft een passende plek te bieden.",
}

AFKORTINGEN = ["AB - ambulante begeleiding", "GPO - Geschillencommissie passend onderwijs",
               "IB - intern begeleider", "LBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
               "OJSP - ouder- en jeugdsteunpunt", "OOGO - op overeenstemming gericht overleg",
               "OPP - ontwikkelingsperspectiefplan", "OPR - ondersteuningsplanraad", "OT - ondersteuningsteam",
               "RvT - raad van toezicht", "SBO - speciaal basisonderwijs", "SO - speciaal onderwijs",
               "SOP - schoolondersteuningsprofiel", "SWV - samenwerkingsverband",
               "TLV - toelaatbaarheidsverklaring"]


def begrippenlijst(c, extra=None, vo=False):
    d = dict(BEGRIPPEN)
    if vo:
        d.pop("Terugplaatsing")
        d["Terugplaatsing"] = "De overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."
        d["Lwoo"] = "Leerwegondersteunend onderwijs."
        d["Praktijkonderwijs (pro)"] = "Schoolsoort voor leerlingen voor wie een diploma vmbo niet haalbaar is."
        d["OPDC"] = "Orthopedagogisch-didactisch centrum."
        d["Toelaatbaarheidsverklaring (TLV)"] = ("Besluit van het samenwerkingsverband dat een leerling "
                                                 "toelaatbaar is tot het voortgezet speciaal onderwijs.")
    if extra:
        d.update(extra)
    items = [f"{k}: {v}" for k, v in sorted(d.items(), key=lambda kv: kv[0].lower())]
    return [("h1", c["n"]("Begrippenlijst")), ("ul", items)]


def afkortingen(c, vo=False):
    a = list(AFKORTINGEN)
    if vo:
        a = [x for x in a if not x.startswith(("SBO", "SO -"))] + [
            "LWOO - leerwegondersteunend onderwijs", "PrO - praktijkonderwijs",
            "VSO - voortgezet speciaal onderwijs", "OPDC - orthopedagogisch-didactisch centrum"]
    return [("h1", c["n"]("Lijst van afkortingen")), ("ul", sorted(a))]


def numbering():
    """Return n (h1 numbering) and n2 (h2 numbering) closures."""
    st = {"h1": 0, "h2": 0}

    def n(t):
        st["h1"] += 1
        st["h2"] = 0
        return f"{st['h1']}. {t}"

    def n2(t):
        st["h2"] += 1
        return f"{st['h1']}.{st['h2']} {t}"
    return n, n2


def ctx(**kw):
    n, n2 = numbering()
    kw["n"], kw["n2"] = n, n2
    return kw


# ======================================================================================
# Plan A  -  SWV De Lingeweide (PO), .docx
# ======================================================================================

def plan_a():
    c = ctx(name="Samenwerkingsverband Passend Onderwijs De Lingeweide", kort="De Lingeweide",
            code="PO 25-14", sector="po", gemeenten=["Velderen", "Oostmaar", "Harsveld", "Beekzande"],
            besturen=9, scholen=31, leerlingen="6.400", db="drs. M.J. (Marieke) van Dommelen", fte=14,
            oprleden=10, variant=0)
    n, n2 = c["n"], c["n2"]
    body = []
    body += voorwoord(c)
    body += [
        ("h1", n("Inleiding")),
        p("Op 1 januari 2025 zijn de samenwerkingsverbanden Linge-Noord en Linge-Zuid gefuseerd tot "
          "Samenwerkingsverband Passend Onderwijs De Lingeweide. Dit is het eerste ondersteuningsplan van het "
          "nieuwe verband. Het vervangt de ondersteuningsplannen 2022-2026 van beide voorgangers. Het plan geldt "
          "voor de schooljaren 2026-2027 tot en met 2029-2030."),
        p("Een fusie is meer dan het samenvoegen van twee organisaties. De twee verbanden hadden elk een eigen "
          "geschiedenis, eigen werkwijzen en eigen afspraken met scholen. In Linge-Noord werd een groot deel van "
          "de middelen rechtstreeks aan de schoolbesturen toegekend; Linge-Zuid werkte met een centraal loket "
          "en arrangementen op aanvraag. In dit plan kiezen wij voor één werkwijze, waarin beide tradities "
          "terug te vinden zijn. Op een aantal punten is een overgangsperiode nodig; dat staat in de "
          "betreffende hoofdstukken vermeld."),
        p("Omdat de gegevens van beide voorgangers op verschillende manieren zijn bijgehouden, bevat dit plan "
          "geen terugblik op de vorige planperiode. Wie daarin geïnteresseerd is, verwijzen wij naar de "
          "jaarverslagen 2024 van Linge-Noord en Linge-Zuid."),
    ]
    body += leeswijzer(c)
    body += totstandkoming(c, "11 februari 2026", "10 maart 2026", "24 maart 2026")
    body += regio(c, [["Velderen", "11", "2.480"], ["Oostmaar", "8", "1.620"], ["Harsveld", "7", "1.390"],
                      ["Beekzande", "5", "910"], ["Totaal", "31", "6.400"]],
                  ["In de regio staan één school voor speciaal basisonderwijs, sbo De Wissel in Velderen, en "
                   "één school voor speciaal onderwijs cluster 4, De Kempkens in Harsveld. Leerlingen die zijn "
                   "aangewezen op cluster 3 (zeer moeilijk lerende, langdurig zieke of lichamelijk gehandicapte "
                   "kinderen) gaan naar scholen buiten de regio, vooral naar De Boomgaard in Arnhem-Zuid en de "
                   "Mytylschool in Nijmegen. Voor cluster 1 en 2 zijn de landelijke instellingen verantwoordelijk."])
    body += visie(c)
    body += [
        ("h1", n("Basisondersteuning: wat elke school biedt")),
        p("Basisondersteuning is in De Lingeweide het afgesproken minimumniveau van ondersteuning dat iedere "
          "school van het verband, op iedere vestiging, aan alle leerlingen biedt. De besturen hebben dit "
          "niveau samen vastgesteld en het is voor alle 31 scholen gelijk. Een school mag meer bieden dan de "
          "basisondersteuning, maar niet minder. Wat een school daarbovenop biedt, staat in haar "
          "schoolondersteuningsprofiel (SOP)."),
        p("Basisondersteuning wordt geboden zonder dat daarvoor een aanvraag bij het verband of een formele "
          "toekenning nodig is. Zij wordt bekostigd uit de middelen van de school zelf en uit het schoolbudget "
          "dat het verband aan de besturen toekent (zie hoofdstuk 12). De grens tussen basis- en extra "
          "ondersteuning ligt daar waar een school, na twee cycli van handelingsgericht werken en na "
          "bespreking in het ondersteuningsteam, aantoonbaar niet meer kan bieden wat een leerling nodig heeft."),
        ("h2", n2("De vier pijlers")),
        p("Wij sluiten aan bij het landelijke referentiekader en onderscheiden vier pijlers: basiskwaliteit "
          "zoals de inspectie die beoordeelt, een sluitende ondersteuningsstructuur in de school, planmatig en "
          "handelingsgericht werken, en een aanbod van preventieve en licht curatieve interventies. De eerste "
          "pijler is een voorwaarde; de andere drie hebben wij concreet uitgewerkt in afspraken."),
        ("h2", n2("Wat u op iedere school mag verwachten")),
        p("De volgende voorzieningen en werkwijzen zijn op elke school van het verband aanwezig:"),
        ("ul", [
            "Een intern begeleider met ten minste één dag per week per 120 leerlingen, die beschikt over een "
            "afgeronde opleiding (master SEN of een gelijkwaardige opleiding) of deze binnen twee jaar afrondt.",
            "Een ondersteuningsteam (OT) dat ten minste drie keer per jaar bijeenkomt, met de intern begeleider, "
            "de schoolleider, de consulent van het verband en zo nodig de contactpersoon van het lokale team.",
            "Een leerlingvolgsysteem waarmee de ontwikkeling van iedere leerling op het gebied van taal, lezen, "
            "rekenen en sociaal-emotionele ontwikkeling ten minste twee keer per jaar wordt gevolgd.",
            "Een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
            "vroegtijdige signalering in groep 2 en 3 en extra lees- en rekeninstructie in de groep.",
            "Een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of een gelijkwaardig "
            "programma), een anti-pestprotocol en een aangestelde anti-pestcoördinator.",
            "Aanbod voor leerlingen met een ontwikkelingsvoorsprong: compacten en verrijken in de groep, en "
            "een verrijkingsgroep op school- of bestuursniveau.",
            "Basisaanbod voor leerlingen met een taalachterstand of meertaligheid, waaronder woordenschatonderwijs "
            "en, waar nodig, begeleiding van nieuwkomers in samenwerking met de Taalklas.",
            "Een protocol medisch handelen, zodat leerlingen met bijvoorbeeld diabetes of epilepsie veilig naar "
            "school kunnen.",
            "Een warme overdracht bij elke overstap: van voorschool naar school, tussen groepen en van school "
            "naar voortgezet onderwijs.",
        ]),
        p("Deze lijst is geen wensenlijst; het is de afgesproken ondergrens. Scholen die op een onderdeel nog "
          "niet aan de afspraak voldoen, maken een verbeterplan met een termijn van ten hoogste één schooljaar."),
        ("h2", n2("Borging")),
        p("De consulent van het verband bespreekt jaarlijks met elke school aan de hand van een kwaliteitskaart "
          "of de basisondersteuning op orde is. Eens in de twee jaar beoordeelt het verband alle SOP's op de "
          "vraag of ze ten minste de afgesproken basisondersteuning bevatten. Als een school structureel onder "
          "het niveau blijft, spreekt de directeur-bestuurder het schoolbestuur daarop aan en worden "
          "verbeterafspraken vastgelegd."),
        ("h2", n2("Landelijke norm")),
        p("Het kabinet werkt aan een landelijke norm voor basisondersteuning. Zodra die norm wettelijk is "
          "vastgelegd, passen wij onze afspraken daarop aan. Wij verwachten dat de verschillen beperkt zijn, "
          "omdat onze afspraken al grotendeels overeenkomen met het advies dat in 2025 is uitgebracht."),
    ]
    body += [
        ("h1", n("Extra ondersteuning en arrangementen")),
        p("Wanneer de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Wij "
          "onderscheiden in ons verband vijf niveaus. Samen vormen zij een doorlopend geheel, van de "
          "ondersteuning in de eigen groep tot een plaats in het speciaal onderwijs."),
        ("table", ["Niveau", "Wat", "Waar", "Wie besluit"], [
            ["1", "Basisondersteuning in de groep", "Eigen school", "Leerkracht en IB"],
            ["2", "Basisondersteuning met advies van de consulent (OT)", "Eigen school", "School"],
            ["3", "Arrangement in de eigen school (individueel of groep)", "Eigen school", "Loket De Lingeweide"],
            ["4", "Bovenschoolse voorziening (tijdelijk)", "Taalklas, Plusklas, Observatiegroep", "Loket De Lingeweide"],
            ["5", "Speciaal basisonderwijs of speciaal onderwijs", "sbo De Wissel, so De Kempkens, so buiten de regio",
             "Commissie Toelaatbaarheid"],
        ]),
        ("h2", n2("Arrangementen in de school")),
        p("Een arrangement is een afspraak over extra ondersteuning voor een leerling of een groep leerlingen, "
          "met een doel, een duur en een budget. De school vraagt een arrangement aan bij het Loket van het "
          "verband, na bespreking in het OT. Het Loket beslist binnen vier weken. Arrangementen worden "
          "toegekend voor maximaal één schooljaar en kunnen worden verlengd na evaluatie. Voorbeelden zijn "
          "inzet van een gedragsspecialist, extra handen in de groep voor een leerling met een "
          "ontwikkelingsachterstand, of ambulante begeleiding door een leerkracht van De Kempkens."),
        ("h2", n2("Bovenschoolse voorzieningen")),
        p("Het verband kent drie bovenschoolse voorzieningen. De Taalklas in Velderen biedt nieuwkomers in "
          "hun eerste jaar intensief Nederlands, vier dagen per week, waarna zij doorstromen naar een school in "
          "hun woonplaats. De Plusklas Denkwijs biedt één dagdeel per week een verrijkingsprogramma aan "
          "leerlingen met een grote ontwikkelingsvoorsprong. De Observatiegroep Het Anker, gehuisvest bij "
          "sbo De Wissel, biedt ten hoogste twaalf weken observatie en diagnostiek aan jonge kinderen van wie "
          "nog onduidelijk is welke plek het best past."),
        ("h2", n2("Speciaal basisonderwijs en speciaal onderwijs")),
        p("Sbo De Wissel heeft ongeveer 190 leerlingen en biedt onderwijs in kleinere groepen met meer "
          "specialistische begeleiding. De Kempkens biedt speciaal onderwijs aan leerlingen met ernstige "
          "gedrags- of psychiatrische problematiek (cluster 4). Voor cluster 3 werken wij samen met scholen "
          "buiten de regio. Met deze scholen zijn afspraken gemaakt over plaatsing, vervoer en de uitwisseling "
          "van expertise."),
    ]
    body += [
        ("h1", n("Toelaatbaarheid tot sbo en so")),
        p("Voor een plaats op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. In dit hoofdstuk beschrijven "
          "wij hoe een TLV wordt aangevraagd, wie beslist en op grond van welke criteria."),
        ("h2", n2("De aanvraag")),
        p("De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling staat "
          "ingeschreven, of, bij een leerling die nog niet op school zit, van de school waar de leerling is "
          "aangemeld. De aanvraag verloopt via het digitale portaal van het verband en bevat ten minste: het "
          "groeidocument of OPP met de evaluatie van de ingezette ondersteuning, het verslag van het "
          "multidisciplinair overleg (MDO) waarin de aanvraag is besproken, het onderwijskundig rapport en de "
          "zienswijze van de ouders. Ouders nemen deel aan het MDO en ondertekenen de aanvraag voor gezien; "
          "als zij het niet eens zijn met de aanvraag, wordt hun zienswijze bij het dossier gevoegd."),
        ("h2", n2("Beoordeling en besluit")),
        p("De Commissie Toelaatbaarheid (CvT) van het verband beoordeelt de aanvraag. De commissie bestaat uit "
          "een voorzitter (de manager ondersteuning) en twee deskundigen. Het verband vraagt bij iedere "
          "aanvraag het advies van twee deskundigen: een orthopedagoog of psycholoog, en afhankelijk van de "
          "vraag van de leerling een tweede deskundige, zoals een kinderpsychiater, een maatschappelijk "
          "werker of een jeugdarts. Beide deskundigen geven ieder een eigen schriftelijk advies. Een deskundige "
          "die betrokken is geweest bij de voorbereiding van de aanvraag, adviseert niet over die aanvraag. "
          "Ouders ontvangen een afschrift van de adviezen."),
        p("De directeur-bestuurder neemt namens het verband het besluit, binnen zes weken na ontvangst van "
          "een volledige aanvraag. Deze termijn kan eenmaal met ten hoogste vier weken worden verlengd. In "
          "spoedsituaties, bijvoorbeeld wanneer een leerling thuis dreigt te komen zitten, beslist de commissie "
          "binnen tien werkdagen."),
        ("h2", n2("Criteria")),
        p("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is "
          "voldaan:"),
        ("ul", [
            "de school heeft de basisondersteuning aantoonbaar geboden en ten minste één arrangement (niveau 3 "
            "of 4) ingezet en geëvalueerd;",
            "uit het OPP blijkt dat de leerling het verwachte ontwikkelingsperspectief in het reguliere "
            "onderwijs ook met extra ondersteuning niet kan realiseren;",
            "de leerling heeft gedurende de hele schooldag behoefte aan een kleinere groep, meer structuur en "
            "specialistische didactiek, die een reguliere school ook met een arrangement niet kan bieden;",
            "de deskundigen adviseren dat het speciaal basisonderwijs op dit moment de best passende plek is."
        ]),
        p("Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) als de leerling, naast de "
          "eerste twee voorwaarden hierboven, is aangewezen op een intensieve combinatie van onderwijs en "
          "zorg of behandeling, op een zeer specifieke didactische of medische aanpak, of op een mate van "
          "bescherming en structuur die ook het speciaal basisonderwijs niet kan bieden. Bij cluster 3 gaat het "
          "onder meer om leerlingen met een zeer beperkt leervermogen of met ernstige lichamelijke of medische "
          "beperkingen; bij cluster 4 om leerlingen met ernstige gedrags- of psychiatrische problematiek."),
        ("h2", n2("Duur en categorie")),
        p("Een TLV voor het speciaal basisonderwijs wordt afgegeven tot het einde van de basisschoolperiode, "
          "tenzij de deskundigen een kortere duur adviseren. Een TLV voor het speciaal onderwijs wordt "
          "afgegeven voor twee schooljaren, met bekostigingscategorie laag, midden of hoog. De categorie volgt "
          "uit het advies van de deskundigen over de intensiteit van de benodigde ondersteuning; bij "
          "leerlingen met ernstig meervoudige beperkingen is dat in de regel categorie hoog."),
    ]
    body += [
        ("h1", n("Terug naar het reguliere onderwijs")),
        p("Een plaats in het speciaal (basis)onderwijs is voor veel kinderen de juiste keuze, maar hoeft niet "
          "voor altijd te zijn. Het verband vindt het belangrijk dat kinderen die zich in het sbo of so goed "
          "hebben ontwikkeld, de kans krijgen om terug te keren naar een reguliere school, bij voorkeur in hun "
          "eigen woonplaats."),
        ("h2", n2("Ons beleid")),
        p("Uitgangspunt van ons beleid is dat voor iedere leerling in het sbo en so serieus de vraag wordt "
          "gesteld of terugkeer naar het regulier onderwijs mogelijk is. Terugplaatsing is aan "
          "de orde als uit het OPP blijkt dat de onderwijsbehoeften van de leerling kunnen worden beantwoord "
          "met de basisondersteuning en, zo nodig, een arrangement op niveau 3. Terugplaatsing is geen doel op "
          "zich: als een leerling het best op zijn plek is in het speciaal onderwijs, blijft hij daar."),
        p("Een leerling die terugkeert, krijgt een terugplaatsingsarrangement. Dat arrangement duurt één "
          "schooljaar en bestaat uit ambulante begeleiding door een leerkracht van de school van herkomst "
          "(gemiddeld twee uur per week in het eerste halfjaar en één uur per week daarna) en een budget van "
          "€ 4.000 voor de ontvangende school, bijvoorbeeld voor extra handen in de groep. De ontvangende school "
          "kan de school van herkomst gedurende dat jaar altijd consulteren."),
        p("De leerling mag, als de terugkeer onverhoopt niet slaagt, binnen het lopende schooljaar terugkeren "
          "naar de school van herkomst zonder dat een nieuwe TLV nodig is, zolang de oorspronkelijke TLV nog "
          "geldig is."),
        ("h2", n2("Uitwerking")),
        p("De precieze werkwijze, zoals wie het initiatief neemt, op welke momenten de mogelijkheid van "
          "terugkeer wordt besproken en wie uiteindelijk beslist, werken wij in het schooljaar 2026-2027 uit in "
          "het protocol 'Terug naar regulier'. Dat doen wij samen met de directeuren van De Wissel en De "
          "Kempkens. Tot het protocol gereed is, maken de betrokken scholen per leerling afspraken."),
    ]
    body += [
        ("h1", n("Een dekkend netwerk")),
        p("Het verband heeft de wettelijke opdracht te zorgen voor een samenhangend geheel van voorzieningen, "
          "zodat ieder kind een passende plek heeft. In de praktijk lukt dat niet altijd. Er zijn kinderen "
          "die (tijdelijk) geen onderwijs volgen, kinderen die op een wachtlijst staan en kinderen voor wie "
          "het aanbod in de regio niet past. In dit hoofdstuk beschrijven wij hoe wij zulke situaties "
          "signaleren en aanpakken."),
        ("h2", n2("Thuiszitters")),
        p("Scholen melden iedere leerling die langer dan vier weken niet of gedeeltelijk naar school gaat bij "
          "de consulent van het verband, naast de verplichte melding bij leerplicht. Eenmaal per maand komt "
          "het thuiszittersoverleg bijeen, met de leerplichtambtenaren van de vier gemeenten, de consulenten "
          "van het verband en een vertegenwoordiger van de jeugdhulp. Voor iedere thuiszitter wordt binnen "
          "twee weken een casusregisseur aangewezen en een plan gemaakt dat gericht is op terugkeer naar "
          "onderwijs binnen drie maanden."),
        p("Als betrokken partijen er niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht: zij kan "
          "een school of voorziening vragen een leerling (tijdelijk) te plaatsen, waarbij het verband de extra "
          "kosten draagt. Deze afspraak is vastgelegd in het convenant thuiszitters dat alle besturen hebben "
          "ondertekend."),
        ("h2", n2("Witte vlekken")),
        p("Eenmaal per jaar, in het voorjaar, maakt het verband een analyse van het aanbod. Bronnen zijn de "
          "wachtlijsten van de voorzieningen, de thuiszittersoverzichten, de aanvragen bij het Loket die niet "
          "konden worden gehonoreerd en signalen uit het IB-netwerk. De analyse wordt besproken in het "
          "algemeen bestuur, dat besluit over nieuwe voorzieningen."),
        p("Uit de analyse van 2025 kwamen drie witte vlekken naar voren: (1) een wachtlijst van acht kinderen "
          "voor De Kempkens, (2) het ontbreken van een passende plek voor jonge kinderen (4-6 jaar) met "
          "ernstige gedragsproblemen en (3) het ontbreken van voltijds onderwijs voor hoogbegaafde kinderen die "
          "in de Plusklas niet voldoende uitgedaagd worden. Voor de eerste twee zijn acties afgesproken: De "
          "Kempkens opent in augustus 2026 een extra groep, en in 2026-2027 start een pilot met een "
          "kleutergroep onderwijs-zorg bij sbo De Wissel. Voor hoogbegaafde kinderen verkennen wij met het "
          "samenwerkingsverband in de buurregio een gezamenlijke voltijdsvoorziening; een besluit volgt in 2027."),
        ("h2", n2("Zorgplicht")),
        p("Schoolbesturen hebben zorgplicht. Als een school een aangemelde leerling niet zelf passend onderwijs "
          "kan bieden, zoekt het bestuur in overleg met de consulent een andere school binnen of buiten het "
          "eigen bestuur. De besturen hebben afgesproken dat een leerling pas wordt uitgeschreven als een "
          "andere school hem heeft ingeschreven."),
    ]
    body += oogo(c, True)
    body += [
        ("h1", n("Ambities en beoogde resultaten")),
        p("In de planperiode 2026-2030 willen wij het volgende bereiken voor kinderen die extra ondersteuning "
          "nodig hebben. De ambities zijn opgesteld in de werkgroep Kwaliteit en besproken met de OPR."),
        ("table", ["Ambitie", "Beoogd resultaat in 2030"], [
            ["Meer kinderen thuisnabij", "Het percentage leerlingen in sbo en so samen is niet hoger dan 2,9%."],
            ["Niemand thuis", "Geen enkele leerling zit langer dan drie maanden thuis zonder passend aanbod."],
            ["Snelle hulp", "90% van de arrangementsaanvragen wordt binnen vier weken beslist."],
            ["Terug naar regulier", "Jaarlijks keren ten minste tien leerlingen uit sbo en so terug naar het "
                                    "regulier onderwijs."],
            ["Basis op orde", "Alle 31 scholen voldoen aan alle afspraken over basisondersteuning."],
            ["Tevreden scholen", "Scholen waarderen de ondersteuning van het verband gemiddeld met ten minste "
                                 "een 7,5."],
        ]),
        p("Daarnaast hebben wij kwalitatieve ambities: leerkrachten voelen zich toegerust om met verschillen "
          "om te gaan, de overgang van sbo of so naar regulier onderwijs verloopt soepel, en jeugdhulp en "
          "onderwijs werken in de school samen zonder dat ouders van het kastje naar de muur worden gestuurd."),
        p("Met welke instrumenten, op welke momenten en in welke vorm wij deze ambities gaan volgen en over "
          "de voortgang gaan rapporteren, bepalen wij in de loop van het schooljaar 2026-2027. Dan zijn de "
          "gegevens van beide voorgaande verbanden in één systeem samengebracht en kunnen wij een "
          "betrouwbare nulmeting doen."),
    ]
    body += [
        ("h1", n("Financiën")),
        p("Het verband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Van "
          "dit budget gaat een deel rechtstreeks, via DUO, naar de scholen voor speciaal onderwijs waar "
          "leerlingen uit onze regio staan ingeschreven. Voor het speciaal basisonderwijs draagt het verband "
          "bij aan de bekostiging boven de twee procent van het leerlingenaantal, volgens de wettelijke regels. "
          "Het restant besteedt het verband aan de ondersteuning in en rond de reguliere scholen."),
        ("h2", n2("Verdeling van de middelen")),
        p("Het verdeelmodel van De Lingeweide kent vier onderdelen. Het algemeen bestuur stelt het model vast "
          "en evalueert het elke twee jaar; wijzigingen gaan in per 1 augustus."),
        ("ul", [
            "Schoolbudget: elk schoolbestuur ontvangt jaarlijks € 165 per leerling (teldatum 1 oktober van het "
            "voorgaande jaar) plus een vaste voet van € 5.000 per vestiging. Het schoolbudget is bedoeld voor de "
            "basisondersteuning en voor lichte extra ondersteuning in de school.",
            "Arrangementen: scholen kunnen bij het Loket een arrangement aanvragen. Toekenning gebeurt op basis "
            "van de onderwijsbehoefte van de leerling, de ingezette basisondersteuning en het advies van de "
            "consulent. Een individueel arrangement bedraagt ten hoogste € 9.000 per schooljaar.",
            "Bovenschoolse voorzieningen: de Taalklas, de Plusklas en de Observatiegroep worden rechtstreeks "
            "door het verband bekostigd.",
            "Organisatie: de kosten van het bureau, inclusief de consulenten en orthopedagogen, bedragen ten "
            "hoogste 7% van de totale baten.",
        ]),
        p("Voor het schoolbudget geldt een overgangsregeling: besturen uit het voormalige Linge-Zuid, die tot "
          "nu toe geen schoolbudget ontvingen, krijgen in 2026-2027 70% en vanaf 2027-2028 100% van het "
          "bedrag per leerling."),
        ("h2", n2("Meerjarenbegroting")),
        p("De onderstaande meerjarenbegroting laat zien waaraan het verband de middelen in de planperiode "
          "besteedt (bedragen x € 1.000, kalenderjaren)."),
        ("table", ["Post", "2026", "2027", "2028", "2029", "2030"], [
            ["Baten ondersteuningsbudget (Rijk)", "7.940", "7.880", "7.810", "7.760", "7.700"],
            ["Afdracht so (DUO)", "2.150", "2.180", "2.200", "2.200", "2.200"],
            ["Afdracht sbo boven 2%", "640", "620", "600", "580", "560"],
            ["Schoolbudgetten besturen", "1.210", "1.230", "1.210", "1.190", "1.170"],
            ["Arrangementen (Loket)", "1.650", "1.700", "1.700", "1.720", "1.720"],
            ["Bovenschoolse voorzieningen", "980", "1.050", "1.080", "1.080", "1.080"],
            ["Thuiszitters en doorzettingsmacht", "120", "120", "120", "120", "120"],
            ["Professionalisering", "160", "160", "160", "150", "150"],
            ["Bureau en organisatie", "540", "550", "555", "560", "565"],
            ["Saldo", "490", "270", "185", "160", "135"],
        ]),
        ("h2", n2("Reserves en risico's")),
        p("Op 31 december 2025 bedroeg de algemene reserve € 1,9 miljoen. Wij hanteren als ondergrens een "
          "weerstandsvermogen van 5% van de baten en als bovengrens de signaleringswaarde van de inspectie. "
          "De positieve saldi in de begroting worden toegevoegd aan een bestemmingsreserve voor de nieuwe "
          "voorziening voor jonge kinderen. Het grootste financiële risico is een stijging van het aantal "
          "leerlingen in het so, omdat de afdracht aan DUO dan automatisch stijgt."),
        ("h2", n2("Verantwoording door de besturen")),
        p("Besturen verantwoorden jaarlijks vóór 1 april de besteding van het schoolbudget en van de "
          "arrangementen per school, met een vast format waarin per school de ingezette formatie en materialen "
          "zijn vermeld. Niet bestede arrangementsmiddelen worden verrekend met het volgende jaar."),
    ]
    body += [
        ("h1", n("Ouders en onafhankelijke ondersteuning")),
        p("Ouders zijn de eerste deskundigen als het om hun kind gaat. Dat uitgangspunt staat in onze visie en "
          "is in de procedures van het verband verankerd: ouders nemen deel aan het OT en het MDO, en bij "
          "een aanvraag voor een TLV wordt hun zienswijze altijd meegenomen."),
        ("h2", n2("Onafhankelijke hulp voor ouders")),
        p("Soms lopen gesprekken tussen ouders en school vast, of hebben ouders behoefte aan iemand die naast "
          "hen staat. Ouders kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Lingeweide. Het steunpunt is "
          "ondergebracht bij Stichting MEE Gelderse Poort en werkt onafhankelijk van de scholen en van het "
          "verband. Een ouderadviseur van het steunpunt luistert, geeft advies, kan meegaan naar gesprekken "
          "op school en kan bemiddelen. Het steunpunt is bereikbaar op werkdagen via telefoon en e-mail en "
          "houdt wekelijks een inloopspreekuur in de bibliotheek van Velderen."),
        p("Daarnaast kunnen ouders gratis een beroep doen op de Onderwijsconsulenten, een landelijke "
          "organisatie die ouders en scholen adviseert als er geen passende plek lijkt te zijn. Bij klachten "
          "over het verband geldt de klachtenregeling van het verband, die is aangesloten bij de Landelijke "
          "Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering of het OPP kunnen ouders "
          "voorleggen aan de Geschillencommissie passend onderwijs. Tegen een besluit over een TLV kunnen "
          "ouders binnen zes weken bezwaar maken bij het verband, dat daarover advies vraagt aan de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", n2("Informatie")),
        p("Hoe en via welke kanalen wij ouders voortaan informeren over het ondersteuningsaanbod op de scholen "
          "en in het verband, leggen wij vast in een communicatieplan. Dat plan stellen wij op na advies van "
          "de OPR; het verschijnt naar verwachting in het voorjaar van 2027. Onze website wordt in dezelfde "
          "periode vernieuwd."),
    ]
    body += governance(c)
    body += medezeggenschap(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c, [
        ["2026-2027", "Protocol 'Terug naar regulier'", "Manager ondersteuning"],
        ["2026-2027", "Keuze instrumenten en rapportage ambities; nulmeting", "Beleidsmedewerker"],
        ["2026-2027", "Communicatieplan ouders en nieuwe website", "Directeur-bestuurder"],
        ["2026-2027", "Pilot kleutergroep onderwijs-zorg", "Directeur sbo De Wissel"],
        ["2027-2028", "Besluit voltijds HB-voorziening", "Algemeen bestuur"],
        ["2027-2028", "Evaluatie verdeelmodel", "Controller"],
        ["2028-2029", "Evaluatie basisondersteuning en SOP's", "Consulenten"],
        ["2029-2030", "Voorbereiding ondersteuningsplan 2030-2034", "Directeur-bestuurder"],
    ])
    body += begrippenlijst(c)
    body += afkortingen(c)
    title = ["Ondersteuningsplan 2026-2030",
             "Samenwerkingsverband Passend Onderwijs De Lingeweide (PO 25-14)",
             "Samen sterk voor ieder kind",
             "Vastgesteld door het algemeen bestuur op 24 maart 2026",
             "Velderen, maart 2026"]
    blocks = assemble(title, body, with_h2=True)
    header = "Ondersteuningsplan 2026-2030 | SWV De Lingeweide | basisondersteuning - toelaatbaarheid - ouders"
    footer = "SWV PO De Lingeweide - Ondersteuningsplan 2026-2030"
    statuses = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                "ouders": "partial"}
    false = {"terugstroom.procedure", "resultaten.monitoring", "ouders.informatie"}
    advisory = {"basisondersteuning": ["borging"],
                "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                "financien": ["reserves", "verantwoording"],
                "dekkend-aanbod": ["ketenpartners"],
                "resultaten": ["meetbaar"],
                "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.5 defines the verband-wide minimum for all 31 schools/vestigingen and lists "
                              "concrete voorzieningen (IB norm, OT 3x/yr, protocols, PBS, HB, NT2, medisch "
                              "handelen); borging via kwaliteitskaart and SOP check.",
        "plaatsing": "Ch.7: applicant, dossier, CvT, decision by directeur-bestuurder within 6 weeks, criteria "
                     "for sbo and so, two separate deskundigen, duration/categorie; bezwaar (LBT) sits in ch.13 "
                     "'Ouders en onafhankelijke ondersteuning'.",
        "terugstroom": "Ch.8 states policy (aim, condition via OPP, terugplaatsingsarrangement of "
                       "1 yr with AB and EUR 4.000) but the procedure (initiative, moments, who decides) is "
                       "deferred to a protocol to be written in 2026-2027.",
        "financien": "Ch.12 'Financien': verdeelmodel with EUR 165/leerling + vaste voet, arrangement criteria, "
                     "meerjarenbegroting 2026-2030 table with amounts; reserves and verantwoording by 1 April.",
        "dekkend-aanbod": "Ch.6 five-level continuum table with voorzieningen; ch.9 thuiszittersoverleg, "
                          "doorzettingsmacht, yearly witte-vlekken analysis with concrete gaps and actions; "
                          "OOGO/OZA in ch.10.",
        "resultaten": "Ch.11 lists measurable 2030 targets, but how they are monitored and reported is "
                      "explicitly postponed to 2026-2027 (no terugblik because of the fusion).",
        "ouders": "Ch.13: independent help (OJSP at MEE, Onderwijsconsulenten, klachten, GPO, LBT) is addressed; "
                  "how parents are informed about the support offer is deferred to a 2027 communicatieplan.",
    }
    return c, blocks, header, footer, statuses, false, advisory, notes


# ======================================================================================
# Plan B  -  SWV Dommelrijk (PO), .pdf only
# ======================================================================================

def plan_b():
    c = ctx(name="Samenwerkingsverband Passend Primair Onderwijs Dommelrijk", kort="Dommelrijk",
            code="PO 30-08", sector="po", gemeenten=["Loonbeek", "Strijpen", "Aalsdonk"],
            besturen=6, scholen=24, leerlingen="4.900", db="J.P. (Jeroen) Verhagen MEd", fte=11,
            oprleden=8, variant=1)
    n, n2 = c["n"], c["n2"]
    body = []
    body += voorwoord(c)
    body += [
        ("h1", n("Inleiding")),
        p("Dit ondersteuningsplan beschrijft het beleid van Dommelrijk voor de schooljaren 2026-2027 tot en "
          "met 2029-2030. Het is het derde plan sinds de invoering van passend onderwijs. Anders dan de "
          "vorige plannen is dit plan geschreven als een koersdocument: het beschrijft de afspraken die voor "
          "de hele periode gelden. Jaarlijkse activiteiten staan in het jaarplan."),
        p("Het plan bouwt voort op de evaluatie van het plan 2022-2026, die in het voorjaar van 2025 is "
          "uitgevoerd met scholen, ouders en gemeenten. De belangrijkste uitkomsten staan in hoofdstuk 3."),
    ]
    body += leeswijzer(c, "Bijlagen die op de website staan, zijn niet in dit document opgenomen.")
    body += totstandkoming(c, "4 februari 2026", "17 maart 2026", "31 maart 2026")
    body += [
        ("h1", n("Terugblik 2022-2026")),
        p("In de afgelopen planperiode hebben wij gewerkt aan drie speerpunten: versterken van de "
          "basisondersteuning, sneller arrangeren en meer kinderen thuisnabij. Hieronder blikken wij terug op "
          "wat wij wilden bereiken en wat wij hebben bereikt. De cijfers komen uit onze eigen registratie en "
          "uit de gegevens van DUO (peildatum 1 oktober)."),
        ("table", ["Indicator", "Doel 2026", "2022", "2025"], [
            ["Deelname sbo", "max. 2,0%", "2,1%", "1,9%"],
            ["Deelname so", "max. 1,5%", "1,6%", "1,5%"],
            ["Gem. doorlooptijd TLV-aanvraag", "max. 6 weken", "7,4 weken", "5,1 weken"],
            ["Terugplaatsingen sbo/so naar regulier per jaar", "min. 8", "3", "6"],
            ["Tevredenheid scholen over het verband", "min. 7,5", "6,9", "7,6"],
        ]),
        p("Niet alle doelen zijn gehaald. Het aantal terugplaatsingen is gestegen, maar blijft achter bij de "
          "ambitie. De doorlooptijd van aanvragen is sterk verbeterd sinds de invoering van het digitale "
          "aanvraagportaal in 2023. De deelname aan het speciaal onderwijs is stabiel gebleven, terwijl die "
          "landelijk licht steeg."),
        p("Kwalitatief zien wij dat scholen elkaar beter weten te vinden. Het IB-netwerk is uitgegroeid tot "
          "een plek waar casuïstiek wordt gedeeld. Tegelijk geven scholen aan dat de druk op leerkrachten toeneemt "
          "en dat gedragsvragen steeds vaker voorkomen, ook bij jonge kinderen."),
    ]
    body += regio(c, [["Loonbeek", "12", "2.690"], ["Strijpen", "7", "1.280"], ["Aalsdonk", "5", "930"],
                      ["Totaal", "24", "4.900"]],
                  ["In Loonbeek staat sbo De Vlier. Voor het speciaal onderwijs zijn onze leerlingen aangewezen "
                   "op scholen in de omliggende steden, met name so De Zonnewijzer (cluster 3) en so Het "
                   "Bastion (cluster 4), beide op ongeveer twintig kilometer afstand."])
    body += visie(c, [("h2", n2("Speerpunten 2026-2030")),
                      ("ul", ["Basisondersteuning die op alle scholen herkenbaar is.",
                              "Snel en dichtbij: ondersteuning binnen vier weken in de school.",
                              "Meer kinderen terug naar of blijvend in het regulier onderwijs.",
                              "Ouders als volwaardige partner."])])
    body += [
        ("h1", n("Basisondersteuning")),
        p("Basisondersteuning is in Dommelrijk het niveau van ondersteuning dat alle scholen van het verband "
          "minimaal bieden. De zes besturen hebben afgesproken dat iedere vestiging aan dit niveau voldoet. "
          "Basisondersteuning is daarmee een gezamenlijke belofte: ongeacht naar welke school een kind gaat, "
          "kan het rekenen op hetzelfde fundament."),
        p("Wij volgen de landelijke omschrijving, die uitgaat van vier aspecten: basiskwaliteit, preventieve "
          "en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Met die "
          "vier aspecten als kapstok hebben de besturen in 2025 het niveau opnieuw vastgesteld."),
        p("Welke voorzieningen, interventies en deskundigheid precies onder de basisondersteuning vallen, is "
          "uitgewerkt in het Kader Basisondersteuning Dommelrijk 2026 (bijlage 2). Iedere school beschrijft "
          "daarnaast in haar schoolondersteuningsprofiel hoe zij de basisondersteuning invult; de SOP's staan "
          "op de websites van de scholen."),
        p("De consulenten van het verband voeren jaarlijks een gesprek met iedere school over de stand van "
          "zaken. Waar een school niet aan het afgesproken niveau voldoet, maakt het bestuur een plan van "
          "aanpak. In 2028 laten wij een onafhankelijke audit uitvoeren op een steekproef van scholen."),
        p("Wij volgen de ontwikkeling van de landelijke norm basisondersteuning. Als die norm wordt ingevoerd, "
          "passen wij het kader daarop aan en leggen wij de wijziging ter instemming voor aan de OPR."),
    ]
    body += [
        ("h1", n("Van basis naar speciaal: de ondersteuningsstructuur")),
        p("De ondersteuning in Dommelrijk is opgebouwd als een doorlopende lijn. Hoe zwaarder de vraag, hoe "
          "meer deskundigheid erbij komt, maar steeds met de bedoeling dat het kind zo dicht mogelijk bij huis "
          "en zo regulier mogelijk onderwijs volgt."),
        ("h2", n2("Ondersteuning in de school")),
        p("De basis is de ondersteuning die de school zelf biedt volgens het kader basisondersteuning. Lukt "
          "het niet, dan bespreekt de school de leerling in het ondersteuningsteam (OT), waarin naast de intern "
          "begeleider en de ouders ook de consulent van het verband en zo nodig een medewerker van het "
          "jeugdteam zitten. Het OT kan adviseren, een observatie of onderzoek laten doen, of besluiten een "
          "arrangement aan te vragen."),
        ("h2", n2("Arrangementen")),
        p("Arrangementen zijn de tweede laag. Een lichte inzet (bijvoorbeeld coaching van de leerkracht of een "
          "korte training voor de leerling) regelt de school uit haar schoolbudget. Voor zwaardere inzet "
          "vraagt de school een arrangement aan bij het Toewijzingsteam. Voorbeelden zijn een "
          "onderwijsassistent voor een aantal uren per week, ambulante begeleiding vanuit het speciaal "
          "onderwijs of een groepsarrangement voor meerdere leerlingen met een vergelijkbare vraag."),
        ("h2", n2("Expertisecentrum Dommelrijk")),
        p("Het Expertisecentrum is de bovenschoolse voorziening van het verband. Het bestaat uit drie "
          "onderdelen: de Kangoeroegroep (één dag per week, voor kinderen met een grote "
          "ontwikkelingsvoorsprong), de Schakelgroep (een tijdelijke plek van ten hoogste zes maanden voor "
          "kinderen die in de eigen school vastlopen, met een gedeeltelijk programma op de eigen school) en "
          "het Ambulant Team, dat leerkrachten coacht bij gedragsvragen."),
        ("h2", n2("Speciaal basisonderwijs en speciaal onderwijs")),
        p("Sbo De Vlier biedt onderwijs aan ongeveer 110 kinderen. Voor het so werken wij samen met de scholen "
          "in de omliggende steden. Met De Vlier is afgesproken dat de school haar expertise ook inzet voor "
          "reguliere scholen, via het Ambulant Team."),
        ("h2", n2("Thuiszitters en wachtlijsten")),
        p("Wij hebben op dit moment geen sluitend beeld van kinderen die thuiszitten of op een wachtlijst staan. "
          "In het schooljaar 2026-2027 gaan wij samen met leerplicht onderzoeken hoe wij zulke situaties "
          "eerder in beeld kunnen krijgen. Een aanpak volgt na afronding van dat onderzoek."),
        p("Schoolbesturen blijven verantwoordelijk voor hun zorgplicht."),
    ]
    body += [
        ("h1", n("Toewijzing en arrangeren")),
        p("Het Toewijzingsteam (TLA-team: toelaatbaarheid en arrangementen) is het loket van het verband voor "
          "alle aanvragen: arrangementen, plaatsing in het Expertisecentrum en toelaatbaarheidsverklaringen. "
          "In dit hoofdstuk beschrijven wij hoe aanvragen worden behandeld en wat er gebeurt na een plaatsing "
          "in het speciaal (basis)onderwijs."),
        ("h2", n2("Aanvraag van een arrangement")),
        p("Een school vraagt een arrangement aan via het portaal, na bespreking in het OT. Het Toewijzingsteam "
          "beslist binnen vier weken. Een arrangement wordt toegekend als de school de basisondersteuning heeft "
          "geboden, de hulpvraag concreet is beschreven en het arrangement naar verwachting bijdraagt aan het "
          "doel in het OPP."),
        ("h2", n2("Toelaatbaarheid sbo en so: de procedure")),
        p("Een TLV wordt aangevraagd door het schoolbestuur van de school waar het kind is ingeschreven. Voor "
          "kinderen die nog niet naar school gaan, kan de aanvraag worden gedaan door het bestuur van de "
          "school van aanmelding of door het speciaal onderwijs waar het kind is aangemeld. De aanvraag "
          "verloopt in vier stappen:"),
        ("ul", [
            "Stap 1: de school bespreekt de situatie in een OT met ouders, waarin de consulent van het verband "
            "aanwezig is, en stelt het OPP of groeidocument op.",
            "Stap 2: de school dient de aanvraag in via het portaal, met het OPP, een overzicht van de geboden "
            "ondersteuning en de zienswijze van de ouders.",
            "Stap 3: twee deskundigen van het Toewijzingsteam - een orthopedagoog of GZ-psycholoog en een "
            "tweede deskundige die past bij de vraag (bijvoorbeeld een maatschappelijk werker of jeugdarts) - "
            "bestuderen het dossier, spreken zo nodig met ouders en school, en geven ieder een schriftelijk "
            "advies. De deskundigen zijn niet betrokken geweest bij de begeleiding van de leerling.",
            "Stap 4: de directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag. "
            "Ouders en school ontvangen het besluit en een afschrift van de adviezen.",
        ]),
        ("h2", n2("Criteria")),
        p("Het Toewijzingsteam beoordeelt de aanvraag aan de hand van de volgende criteria. Voor het sbo: "
          "(a) de leerling heeft een ontwikkelingsperspectief dat in het regulier onderwijs, ook met een "
          "arrangement, niet haalbaar is gebleken; (b) de leerling heeft structureel behoefte aan een kleine "
          "groep en een aangepast onderwijsprogramma gedurende de hele dag; (c) er is ten minste zes maanden een "
          "arrangement ingezet en geëvalueerd, tenzij de situatie dat onverantwoord maakt. Voor het so geldt "
          "daarnaast: (d) de leerling heeft een ondersteuningsbehoefte die een combinatie vraagt van onderwijs "
          "met intensieve zorg, behandeling of medische begeleiding, die ook het sbo niet kan bieden."),
        ("h2", n2("Duur, categorie en bezwaar")),
        p("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
          "in de regel twee jaar, bij ernstig meervoudig beperkte kinderen tot het einde van de "
          "basisschoolperiode. Voor het so stelt het verband de bekostigingscategorie (laag, midden of hoog) "
          "vast op advies van de deskundigen. Ouders en school die het niet eens zijn met het besluit, kunnen "
          "binnen zes weken bezwaar maken. Het verband legt het bezwaar voor advies voor aan de Landelijke "
          "Bezwaaradviescommissie (LBT)."),
        ("h2", n2("Na de TLV: terug of door")),
        p("Dommelrijk wil dat kinderen die in het sbo of so tot ontwikkeling zijn gekomen, waar mogelijk "
          "terugkeren naar een reguliere school in hun eigen omgeving. Dat is ons beleid, omdat kinderen daar "
          "hun vriendjes en hun buurt hebben. Voorwaarde is dat de reguliere school, met de ondersteuning "
          "die wij daarbij bieden, aan de onderwijsbehoefte van het kind kan voldoen."),
        p("De sbo- of so-school evalueert jaarlijks in januari of februari het OPP met de ouders. In dat "
          "perspectiefgesprek staat altijd de vraag centraal of terugplaatsing of overplaatsing aan de orde is. "
          "Bij een TLV die afloopt, vindt dit gesprek uiterlijk zes maanden voor de einddatum plaats. Als "
          "terugkeer haalbaar lijkt, neemt de sbo- of so-school het initiatief en meldt dit bij de consulent "
          "van het verband. De consulent organiseert binnen vier weken een overstapoverleg met ouders, de school "
          "van herkomst en de beoogde reguliere school. Daarin worden de onderwijsbehoeften en de benodigde "
          "ondersteuning besproken. Zo nodig volgt een proefplaatsing van ten hoogste zes weken."),
        p("Het bestuur van de reguliere school besluit over de inschrijving. Met de inschrijving vervalt de "
          "TLV. De leerling krijgt een overstaparrangement van één schooljaar, met ambulante begeleiding "
          "door een leerkracht van de school van herkomst en, als het OPP dat vraagt, extra uren van een "
          "onderwijsassistent. Het verband bekostigt dit arrangement. Na drie en na negen maanden evalueert de "
          "consulent de overstap met ouders en school."),
        p("Als terugplaatsing niet aan de orde is en de TLV afloopt, vraagt de sbo- of so-school tijdig een "
          "nieuwe TLV aan. Ook overplaatsing tussen sbo en so en de overstap naar het voortgezet (speciaal) "
          "onderwijs worden in het perspectiefgesprek besproken."),
    ]
    body += oogo(c, True)
    body += [
        ("h1", n("Kwaliteit en resultaten")),
        ("h2", n2("Wat willen wij bereiken?")),
        p("Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld. Zij sluiten aan bij de "
          "speerpunten uit hoofdstuk 5."),
        ("table", ["Beoogd resultaat", "Indicator", "Streefwaarde 2030"], [
            ["Herkenbare basisondersteuning", "Scholen die aan het kader voldoen", "100%"],
            ["Snel en dichtbij", "Arrangementsaanvragen binnen 4 weken beslist", "95%"],
            ["Thuisnabij", "Deelname sbo + so", "max. 3,2%"],
            ["Terug naar regulier", "Terugplaatsingen per jaar", "min. 10"],
            ["Ouders als partner", "Tevredenheid ouders over OT/TLV-traject", "min. 7,5"],
        ]),
        p("Kwalitatief willen wij dat leerkrachten zich gesteund voelen, dat ouders ervaren dat zij gehoord "
          "worden en dat kinderen die terugkeren naar het regulier onderwijs daar duurzaam op hun plek zijn."),
        ("h2", n2("Hoe volgen wij de resultaten?")),
        p("Het verband werkt met een vaste kwaliteitscyclus. Twee keer per jaar, in februari en in september, "
          "stelt het bureau de Monitor Passend Onderwijs op. Daarin staan voor iedere indicator de actuele "
          "cijfers, de ontwikkeling ten opzichte van het vorige meetmoment en een toelichting. De monitor wordt "
          "besproken in het algemeen bestuur, in de OPR en met de directeuren. Als een indicator achterblijft, "
          "bespreken wij de oorzaken en passen wij zo nodig het jaarplan aan."),
        p("Eens in de twee jaar houden wij een tevredenheidspeiling onder scholen en onder ouders die te "
          "maken hebben gehad met een OT of een TLV-traject. Jaarlijks verantwoorden wij de bereikte "
          "resultaten in het jaarverslag, inclusief de kosten per speerpunt. In het voorjaar van 2028 voeren "
          "wij een tussenevaluatie uit, waarvan de uitkomsten aan de OPR worden voorgelegd."),
    ]
    body += [
        ("h1", n("Geld en middelen")),
        p("Dommelrijk ontvangt jaarlijks ongeveer € 6,1 miljoen aan ondersteuningsmiddelen. Een deel daarvan "
          "wordt door DUO rechtstreeks afgedragen aan het speciaal onderwijs. Over de overige middelen beslist "
          "het verband."),
        ("h2", n2("Verdeling")),
        p("Het verband werkt met een verdeelmodel dat bestaat uit drie stromen. Het model is in 2025 door het "
          "algemeen bestuur vastgesteld en geldt voor de hele planperiode."),
        ("ul", [
            "Schoolbudget: ieder bestuur ontvangt € 210 per leerling op de teldatum 1 oktober. De besturen "
            "verdelen dit budget over hun scholen naar rato van het aantal leerlingen, met een correctie voor "
            "scholen met een hoog percentage leerlingen met een onderwijsachterstand.",
            "Arrangementen: het Toewijzingsteam kent arrangementen toe op basis van de criteria in hoofdstuk 8. "
            "Er geldt geen vast maximum per school; de toekenning volgt de onderwijsbehoefte van de leerling.",
            "Centrale voorzieningen: het Expertisecentrum, het Ambulant Team en het bureau worden centraal "
            "bekostigd.",
        ]),
        p("Voor de sbo-bekostiging geldt de wettelijke regeling: boven 2% van het aantal leerlingen op 1 "
          "oktober draagt het verband bij aan de bekostiging van De Vlier."),
        ("h2", n2("Begroting")),
        p("Hoeveel middelen in de planperiode naar elk van deze stromen gaan, legt het bestuur vast in de "
          "meerjarenbegroting. Die wordt jaarlijks in december vastgesteld en als afzonderlijk document op "
          "onze website gepubliceerd; zij maakt geen deel uit van dit plan."),
        p("Het verband houdt een reserve aan om risico's, zoals een plotselinge stijging van het aantal "
          "leerlingen in het so, op te vangen. De omvang van de reserve blijft onder de signaleringswaarde die "
          "de inspectie hanteert."),
    ]
    body += [
        ("h1", n("Communicatie")),
        p("Goede communicatie is een voorwaarde voor passend onderwijs. In dit hoofdstuk beschrijven wij hoe "
          "wij communiceren met scholen, ouders en partners."),
        ("h2", n2("Scholen en partners")),
        p("Scholen ontvangen maandelijks de nieuwsbrief voor IB'ers en directeuren. Gemeenten en partners "
          "worden via het beleidsoverleg en een halfjaarlijkse nieuwsbrief op de hoogte gehouden."),
        ("h2", n2("Informatie voor ouders")),
        p("Ouders vinden op de ouderpagina van onze website uitleg over de ondersteuning die scholen en het "
          "verband bieden: wat basisondersteuning is, wat een arrangement is, hoe een OT werkt en wanneer een "
          "TLV aan de orde kan zijn. Dezelfde informatie staat in de ouderfolder 'Passend onderwijs in "
          "Dommelrijk', die in het Nederlands, Engels, Arabisch en Pools verkrijgbaar is en die iedere school "
          "uitreikt bij de kennismaking. Iedere school beschrijft in de schoolgids en in het SOP welke "
          "ondersteuning zij biedt. Twee keer per jaar organiseren wij een informatieavond voor ouders, "
          "afwisselend in Loonbeek en Strijpen."),
        ("h2", n2("Onafhankelijke ondersteuning voor ouders")),
        p("Ouders die vragen hebben, of die het niet eens zijn met de school of met het verband, kunnen terecht "
          "bij het Ouderpunt Dommelrijk. Het Ouderpunt is ons ouder- en jeugdsteunpunt en wordt uitgevoerd door "
          "een onafhankelijke stichting. Ouderadviseurs denken mee, kunnen meegaan naar gesprekken en helpen bij "
          "het vinden van de weg. Het Ouderpunt bundelt de signalen die het ontvangt en bespreekt die twee keer "
          "per jaar met het bestuur van het verband."),
        p("Verder kunnen ouders terecht bij de Onderwijsconsulenten en bij Ouders & Onderwijs. Voor klachten "
          "over het verband geldt onze klachtenregeling; geschillen over toelating, verwijdering en het OPP "
          "kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
    ]
    body += governance(c)
    body += medezeggenschap(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c, [
        ["2026-2027", "Onderzoek aanpak thuiszitters en wachtlijsten met leerplicht", "Beleidsmedewerker"],
        ["2026-2027", "Actualisatie Kader Basisondersteuning", "Consulenten"],
        ["2027-2028", "Uitbreiding Schakelgroep naar Aalsdonk", "Expertisecentrum"],
        ["2027-2028", "Tussenevaluatie ondersteuningsplan", "Directeur-bestuurder"],
        ["2028-2029", "Audit basisondersteuning", "Extern bureau"],
        ["2029-2030", "Nieuw ondersteuningsplan", "Directeur-bestuurder"],
    ])
    body += begrippenlijst(c, {"TLA-team": "Toewijzingsteam voor toelaatbaarheid en arrangementen.",
                               "Overstaparrangement": "Ondersteuning bij terugplaatsing naar het regulier "
                                                      "onderwijs."})
    body += afkortingen(c)
    body += [("h1", n("Bijlagen")),
             ("ul", ["Bijlage 1 Instemmingsbesluit OPR (op de website)",
                     "Bijlage 2 Kader Basisondersteuning Dommelrijk 2026 (op de website)",
                     "Bijlage 3 Meerjarenbegroting 2026-2030 (op de website)"])]
    title = ["Ondersteuningsplan 2026-2030",
             "Samenwerkingsverband Passend Primair Onderwijs Dommelrijk (PO 30-08)",
             "Koersdocument",
             "Loonbeek, 31 maart 2026"]
    blocks = assemble(title, body, with_h2=False)
    header = "Dommelrijk | Ondersteuningsplan 2026-2030"
    footer = "Ondersteuningsplan Dommelrijk - basisondersteuning, arrangementen, middelen, ouders"
    statuses = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                "ouders": "present"}
    false = {"basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.lacunes"}
    advisory = {"basisondersteuning": ["borging"],
                "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                "terugstroom": ["monitoring"],
                "financien": ["reserves"],
                "dekkend-aanbod": ["ketenpartners"],
                "resultaten": ["meetbaar"],
                "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.6 defines the verband-wide minimum for every vestiging, but the content is only "
                              "the four generic Referentiekader aspects plus a reference to bijlage 2 (not in the "
                              "document, 'op de website') and to the SOPs on school websites.",
        "plaatsing": "Ch.8 'Toewijzing en arrangeren': applicant, 4 steps, directeur-bestuurder decides within "
                     "6 weeks, sbo/so criteria (a)-(d), two deskundigen, duur/categorie, bezwaar via LBT.",
        "terugstroom": "Inside the TLV chapter (8.5 'Na de TLV: terug of door'): policy + conditions, yearly "
                       "perspectiefgesprek, initiative by sbo/so school, overstapoverleg, proefplaatsing, "
                       "inschrijving ends TLV, overstaparrangement; terugblik figures in ch.3.",
        "financien": "Ch.11 'Geld en middelen' gives the verdeelmodel (EUR 210/leerling, arrangement criteria, "
                     "central provisions) but the meerjarenbegroting is 'een afzonderlijk document op de "
                     "website' - no spending amounts in the plan.",
        "dekkend-aanbod": "Ch.7 describes the continuum (OT, arrangementen, Expertisecentrum, sbo, so); gaps/"
                          "thuiszitters only 'gaan wij onderzoeken ... een aanpak volgt' (7.5); OOGO theme list "
                          "is a passing mention.",
        "resultaten": "Ch.3 terugblik with achieved figures; ch.10 beoogde resultaten with streefwaarden and the "
                      "monitoring cycle (Monitor twice a year, peilingen, jaarverslag).",
        "ouders": "Ch.12 'Communicatie': ouderpagina, folder in 4 languages, schoolgids/SOP, info evenings; "
                  "Ouderpunt (OJSP), Onderwijsconsulenten, klachten/GPO.",
    }
    return c, blocks, header, footer, statuses, false, advisory, notes


# ======================================================================================
# Plan C  -  SWV De Vaart (PO), .docx + .pdf
# ======================================================================================

def plan_c():
    c = ctx(name="Samenwerkingsverband Primair Onderwijs De Vaart", kort="De Vaart",
            code="PO 23-05", sector="po", gemeenten=["Vaartdorp", "Westermeer", "Klinkerveen"],
            besturen=7, scholen=27, leerlingen="5.300", db="mr. A.C. (Anneke) Roelofsen", fte=12,
            oprleden=12, variant=2)
    n, n2 = c["n"], c["n2"]
    body = []
    body += voorwoord(c)
    body += [
        ("h1", n("Inleiding")),
        p("Dit is het ondersteuningsplan van Samenwerkingsverband Primair Onderwijs De Vaart voor de periode "
          "2026-2030. Het plan beschrijft hoe de zeven aangesloten schoolbesturen samen zorgen voor passend "
          "onderwijs voor alle kinderen in de gemeenten Vaartdorp, Westermeer en Klinkerveen."),
        p("Het plan is bewust compact gehouden in de beschrijving van werkwijzen die in de praktijk al goed "
          "functioneren, en uitgebreider waar wij iets willen veranderen. Verschillende uitwerkingen zijn "
          "opgenomen in afzonderlijke notities en bijlagen, die door het algemeen bestuur worden vastgesteld."),
    ]
    body += leeswijzer(c)
    body += totstandkoming(c, "29 januari 2026", "3 maart 2026", "17 maart 2026")
    body += regio(c, [["Vaartdorp", "14", "2.910"], ["Westermeer", "8", "1.470"], ["Klinkerveen", "5", "920"],
                      ["Totaal", "27", "5.300"]],
                  ["In Vaartdorp staan sbo De Meander en so De Kompasroos. Daarnaast gaan kinderen uit onze "
                   "regio naar so-scholen in de buurregio's."])
    body += visie(c)
    body += [
        ("h1", n("Basisondersteuning")),
        p("In De Vaart verstaan wij onder basisondersteuning de ondersteuning die op iedere school van het "
          "verband, op elke locatie, beschikbaar is voor ieder kind dat dat nodig heeft. Het is een "
          "ondergrens die de zeven besturen samen hebben vastgesteld en waar zij elkaar op aanspreken. Een kind "
          "hoeft niet naar een andere school en er is geen aanvraag nodig om deze ondersteuning te krijgen."),
        p("Sinds 2019 werken wij met tien standaarden. Elke standaard is uitgewerkt in concrete afspraken. In "
          "de tabel hieronder staat per standaard wat ouders en leerlingen op elke school kunnen verwachten."),
        ("table", ["Standaard", "Wat dit op iedere school betekent"], [
            ["1 Veilig klimaat", "Een schoolbreed programma voor sociale veiligheid; jaarlijkse "
                                 "veiligheidsmonitor; anti-pestcoördinator."],
            ["2 Goed lesgeven", "Lessen volgens het directe-instructiemodel met verlengde instructie voor "
                                "kinderen die dat nodig hebben."],
            ["3 Volgen van ontwikkeling", "Leerlingvolgsysteem voor taal, lezen, rekenen en sociaal-emotionele "
                                          "ontwikkeling; twee keer per jaar groepsbespreking."],
            ["4 Lezen en dyslexie", "Protocol leesproblemen en dyslexie; extra leesinstructie vanaf groep 2; "
                                    "begeleiding naar vergoede zorg."],
            ["5 Rekenen en dyscalculie", "Protocol ernstige rekenwiskundeproblemen; inzet van concreet "
                                         "materiaal en extra instructie."],
            ["6 Gedrag", "Een gedragsspecialist (eigen of op bestuursniveau) beschikbaar voor consultatie; "
                         "handelingsplan bij structurele gedragsproblemen."],
            ["7 Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken; "
                                           "verrijkingsgroep op bestuursniveau."],
            ["8 Taal en meertaligheid", "Woordenschatprogramma; NT2-begeleiding voor nieuwkomers tot zij "
                                        "de taal voldoende beheersen."],
            ["9 Medisch handelen", "Protocol medisch handelen; afspraken met ouders over medicijngebruik."],
            ["10 Ondersteuningsteam", "Een OT met de intern begeleider, de consulent van het verband en zo "
                                      "nodig jeugdteam en ouders, ten minste vier keer per jaar."],
        ]),
        p("De intern begeleider is op iedere school het aanspreekpunt voor de basisondersteuning. Besturen "
          "zorgen ervoor dat op iedere school voldoende IB-uren beschikbaar zijn: ten minste één dag per week "
          "per honderd leerlingen, met een minimum van één dag per week voor kleine scholen."),
        ("h2", n2("Schoolondersteuningsprofielen")),
        p("Iedere school legt in haar schoolondersteuningsprofiel vast hoe zij de tien standaarden invult en "
          "welke extra expertise zij in huis heeft. Na de inwerkingtreding van de Wet versterking positie "
          "ouders en leerlingen wordt deze informatie opgenomen in de schoolgids. Het verband biedt scholen "
          "daarvoor een vast format aan."),
        ("h2", n2("Borging")),
        p("Elk jaar vult iedere school de kwaliteitskaart basisondersteuning in. De consulent bespreekt de "
          "kaart met de directeur en de intern begeleider. Als een school op een standaard onder de afgesproken "
          "ondergrens blijft, maakt het bestuur binnen drie maanden een verbeterplan, waarvan de uitvoering "
          "na een jaar opnieuw wordt besproken."),
    ]
    body += [
        ("h1", n("Extra ondersteuning")),
        p("Voor kinderen die meer nodig hebben dan de basisondersteuning, kunnen scholen extra ondersteuning "
          "inzetten. Dat kan binnen de eigen school, met behulp van het verband, of op een andere plek. Het "
          "volledige overzicht van de voorzieningen en arrangementen binnen en tussen de scholen, van de "
          "basisondersteuning tot het speciaal onderwijs, is opgenomen in bijlage 3 'Ondersteuningsaanbod in "
          "beeld'. Dat overzicht wordt jaarlijks bijgewerkt."),
        p("Extra ondersteuning wordt altijd afgestemd met de ouders en vastgelegd in een OPP. Wij willen dat "
          "extra ondersteuning zo veel mogelijk in de eigen groep plaatsvindt en dat de leerkracht daar zelf "
          "sterker van wordt."),
        ("h2", n2("Overstap naar het voortgezet onderwijs")),
        p("Voor leerlingen met een ondersteuningsbehoefte is een goede overstap naar het voortgezet onderwijs "
          "belangrijk. Met het samenwerkingsverband VO zijn afspraken gemaakt over een warme overdracht. De "
          "basisschool of sbo-school draagt het OPP over, en voor leerlingen die mogelijk aangewezen zijn op "
          "lwoo, praktijkonderwijs of vso wordt in groep 7 al contact gelegd. De doorstroom naar het voortgezet "
          "onderwijs evalueren wij jaarlijks met het VO-verband."),
    ]
    body += [
        ("h1", n("Toelaatbaarheid")),
        p("Een kind kan alleen naar het speciaal basisonderwijs of naar het speciaal onderwijs (cluster 3 en 4) "
          "met een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband. De Commissie Arrangeren en "
          "Toelaatbaarheid (CAT) van het verband beoordeelt de aanvragen."),
        ("h2", n2("Hoe verloopt een aanvraag?")),
        p("Voorafgaand aan een aanvraag heeft de school het kind besproken in het ondersteuningsteam, in "
          "aanwezigheid van de ouders en de consulent van het verband. Als het OT concludeert dat een plaats in "
          "het sbo of so moet worden overwogen, stelt de school een OPP op en dient het schoolbestuur de aanvraag "
          "in via het digitale aanvraagformulier. Bij de aanvraag horen het OPP, de evaluatie van de geboden "
          "ondersteuning, eventuele onderzoeksverslagen en het formulier waarop ouders hun zienswijze geven."),
        p("Het secretariaat van de CAT controleert binnen vijf werkdagen of de aanvraag volledig is. Daarna "
          "wordt de aanvraag voorgelegd aan twee deskundigen: een orthopedagoog of psycholoog, en een tweede "
          "deskundige die past bij de problematiek. Zij geven ieder schriftelijk advies. De CAT bespreekt de "
          "aanvraag in haar tweewekelijkse vergadering; school en ouders kunnen worden uitgenodigd om hun "
          "aanvraag toe te lichten. De directeur-bestuurder neemt het besluit binnen zes weken na ontvangst van "
          "de volledige aanvraag."),
        ("h2", n2("Beoordeling")),
        p("De criteria aan de hand waarvan de CAT beoordeelt of een leerling toelaatbaar is tot het sbo of het "
          "so, zijn opgenomen in de Notitie Toelaatbaarheid 2026 (bijlage 5). De commissie weegt elke aanvraag "
          "zorgvuldig en kijkt naar het hele kind en zijn omgeving."),
        ("h2", n2("Geldigheid")),
        p("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so "
          "wordt in de regel afgegeven voor twee schooljaren, met vermelding van de bekostigingscategorie."),
        ("h2", n2("Bezwaar")),
        p("Ouders en schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken. Het "
          "verband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en "
          "beslist daarna op het bezwaar."),
    ]
    body += [
        ("h1", n("Niemand buiten de boot")),
        p("De besturen in De Vaart hebben afgesproken dat geen enkel kind in onze regio zonder passend onderwijs "
          "thuis mag zitten. Toch gebeurt het. Soms omdat een plek niet direct beschikbaar is, soms omdat de "
          "problematiek zo complex is dat niemand zich eigenaar voelt. Daarom hebben wij een vaste aanpak."),
        ("h2", n2("Signaleren")),
        p("Iedere school meldt een kind dat langer dan twee weken ongeoorloofd of geoorloofd niet naar school "
          "komt, of dat een sterk verkort lesprogramma volgt, bij de consulent van het verband. Leerplicht meldt "
          "kinderen met een vrijstelling. Het verband houdt een actuele lijst bij van alle kinderen zonder "
          "passende plek, inclusief kinderen die op een wachtlijst staan voor het so of een behandelplek."),
        ("h2", n2("Het Knooppunt")),
        p("Elke drie weken komt het Knooppunt bijeen: de consulenten van het verband, de leerplichtambtenaren "
          "van de drie gemeenten, een medewerker van het jeugdteam en, wanneer nodig, de betrokken school. Voor "
          "ieder kind op de lijst wordt een regisseur benoemd en binnen twee weken een plan gemaakt, met een "
          "datum waarop het kind weer (gedeeltelijk) onderwijs volgt."),
        ("h2", n2("Escalatie")),
        p("Als er na zes weken geen passende oplossing is, legt de regisseur de situatie voor aan de "
          "directeur-bestuurder. Die kan een bestuur vragen een kind tijdelijk te plaatsen en financiert zo "
          "nodig een overbruggingsarrangement. Komen partijen er dan nog niet uit, dan wordt de situatie "
          "besproken in het bestuurlijk overleg met de wethouders."),
        ("h2", n2("Witte vlekken")),
        p("Elk voorjaar analyseren wij de lijst van het Knooppunt, de wachtlijsten en de afgewezen aanvragen. "
          "Daaruit blijkt waar het aanbod tekortschiet. Op dit moment zijn dat vooral plekken voor jonge "
          "kinderen met een combinatie van een ontwikkelingsachterstand en gedragsproblemen. Samen met so De "
          "Kompasroos en de gemeente Vaartdorp werken wij aan een gecombineerde onderwijs-zorggroep, die in "
          "januari 2027 moet starten. De uitkomst van de analyse en de voortgang van de acties worden met het "
          "algemeen bestuur besproken."),
    ]
    body += oogo(c, True)
    body += [
        ("h1", n("Middelen en meerjarenbegroting")),
        p("Het verband ontvangt zijn middelen van het Rijk. Een deel wordt via DUO rechtstreeks afgedragen aan "
          "het speciaal onderwijs. Het verband heeft gekozen voor een model waarin het grootste deel van de "
          "overige middelen naar de besturen gaat, zodat scholen zelf kunnen investeren in de ondersteuning. "
          "De tabel geeft per onderdeel aan volgens welke sleutel de middelen worden verdeeld en wie daarover "
          "beslist."),
        ("table", ["Onderdeel", "Verdeelsleutel", "Besluit", "Bedrag 2026-2027"], [
            ["Afdrachten so", "Wettelijk, naar aantal TLV's en categorie", "DUO", "€ 1.870.000"],
            ["Bijdrage sbo boven 2%", "Wettelijk, peildatum 1 februari", "Verband", "€ 560.000"],
            ["Budget besturen", "€ 240 per leerling (1 oktober) + € 8.000 per school met minder dan 100 "
                                "leerlingen", "Algemeen bestuur", "€ 1.330.000"],
            ["Arrangementen zwaar", "Op aanvraag, naar onderwijsbehoefte, max. € 12.000 per kind per jaar",
             "CAT", "€ 780.000"],
            ["Knooppunt en overbrugging", "Op besluit directeur-bestuurder", "Directeur-bestuurder", "€ 90.000"],
            ["Bureau en consulenten", "Max. 8% van de baten", "Algemeen bestuur", "€ 520.000"],
        ]),
        p("Besturen verantwoorden jaarlijks in het bestuursverslag hoe zij het budget hebben ingezet. Het "
          "verband vraagt daarnaast per school een korte toelichting aan de hand van een vast format."),
        ("h2", n2("Meerjarenbegroting")),
        ("table", ["(x € 1.000)", "2026", "2027", "2028", "2029"], [
            ["Baten", "6.210", "6.170", "6.120", "6.060"],
            ["Afdrachten so en sbo", "2.430", "2.450", "2.470", "2.480"],
            ["Budget besturen", "1.330", "1.320", "1.300", "1.280"],
            ["Arrangementen", "780", "800", "800", "800"],
            ["Knooppunt en overbrugging", "90", "90", "90", "90"],
            ["Onderwijs-zorggroep (vanaf 2027)", "0", "210", "250", "250"],
            ["Professionalisering", "140", "140", "130", "130"],
            ["Bureau en consulenten", "520", "530", "535", "540"],
            ["Resultaat", "920", "630", "545", "490"],
        ]),
        p("Het verband heeft op 31 december 2025 een reserve van € 2,6 miljoen. Dat is meer dan nodig. Het "
          "algemeen bestuur heeft besloten om de reserve in vier jaar terug te brengen tot 8% van de baten. "
          "Daarvoor wordt een deel van het begrote resultaat in 2027 en 2028 extra aan de besturen uitgekeerd, "
          "bestemd voor scholing in de basisondersteuning."),
    ]
    body += [
        ("h1", n("Ouders en leerlingen")),
        p("Ouders kennen hun kind het best. Daarom zijn zij vanaf het begin betrokken bij het OT, bij het "
          "opstellen van het OPP en bij iedere aanvraag. Leerlingen worden gehoord over hun OPP; vanaf groep 5 "
          "kunnen zij zelf aanschuiven bij het OT."),
        ("h2", n2("Hoe informeren wij ouders?")),
        p("Op de website van het verband staat een aparte rubriek voor ouders, met uitleg over de "
          "basisondersteuning, extra ondersteuning, de TLV en de route die een vraag doorloopt. In de schoolgids "
          "en het SOP van iedere school staat welke ondersteuning die school biedt. Wij geven twee keer per jaar "
          "de digitale nieuwsbrief 'Vaartwijzer' voor ouders uit, die scholen doorsturen aan alle ouders. De "
          "consulenten houden op woensdagochtend een telefonisch spreekuur waar ouders met vragen over het "
          "aanbod terecht kunnen."),
        ("h2", n2("Onafhankelijke ondersteuning")),
        p("Sinds 2025 heeft De Vaart samen met het VO-verband een ouder- en jeugdsteunpunt: het Steunpunt "
          "Ouders & Jeugd De Vaart. Het steunpunt is onafhankelijk en staat naast ouders en jongeren. Het geeft "
          "advies, helpt bij het voorbereiden van gesprekken en kan bemiddelen bij een verschil van inzicht "
          "met de school. Ouders kunnen ook terecht bij de Onderwijsconsulenten. Voor klachten geldt de "
          "klachtenregeling van het verband; geschillen over toelating, verwijdering en het OPP kunnen worden "
          "voorgelegd aan de Geschillencommissie passend onderwijs."),
    ]
    body += governance(c)
    body += medezeggenschap(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c, [
        ["2026-2027", "Jaarplan 2026-2027 met beoogde resultaten en monitoringsafspraken (verschijnt september "
                      "2026)", "Directeur-bestuurder"],
        ["2026-2027", "Start onderwijs-zorggroep jonge kinderen (januari 2027)", "Consulenten"],
        ["2027-2028", "Afbouw reserve, extra uitkering besturen", "Controller"],
        ["2028-2029", "Herijking tien standaarden", "Werkgroep basisondersteuning"],
        ["2029-2030", "Nieuw ondersteuningsplan", "Directeur-bestuurder"],
    ])
    body += begrippenlijst(c, {"CAT": "Commissie Arrangeren en Toelaatbaarheid.",
                               "Knooppunt": "Overleg over kinderen zonder passende plek."})
    body += afkortingen(c)
    body += [("h1", n("Overzicht bijlagen")),
             ("ul", ["Bijlage 1 Instemming OPR en verslag OOGO",
                     "Bijlage 2 Kwaliteitskaart basisondersteuning",
                     "Bijlage 3 Ondersteuningsaanbod in beeld",
                     "Bijlage 4 Privacyreglement",
                     "Bijlage 5 Notitie Toelaatbaarheid 2026",
                     "Bijlage 6 Stappenplan terug- en doorplaatsing",
                     "De bijlagen worden afzonderlijk gepubliceerd."])]
    title = ["Ondersteuningsplan 2026-2030",
             "Samenwerkingsverband Primair Onderwijs De Vaart",
             "PO 23-05",
             "Vastgesteld 17 maart 2026"]
    blocks = assemble(title, body, with_h2=True)
    header = "SWV PO De Vaart - Ondersteuningsplan 2026-2030"
    footer = "De Vaart | passend onderwijs in Vaartdorp, Westermeer en Klinkerveen"
    statuses = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                "ouders": "present"}
    false = {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
             "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring"}
    advisory = {"basisondersteuning": ["borging"],
                "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                "financien": ["reserves", "verantwoording"],
                "dekkend-aanbod": ["ketenpartners"],
                "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.5 defines the floor for every school/locatie and gives the content in a table "
                              "of ten standaarden plus an IB norm; kwaliteitskaart as borging.",
        "plaatsing": "Ch.7 describes the procedure (OT, application by bestuur, CAT, two deskundigen, decision "
                     "within 6 weeks, bezwaar LBT, duration) but the criteria are only in 'bijlage 5' (not "
                     "included) plus a vague 'kijkt naar het hele kind'.",
        "terugstroom": "Nothing in the body: only the begrippenlijst entry 'Terugplaatsing' and 'Bijlage 6 "
                       "Stappenplan terug- en doorplaatsing' in the annex list; 6.1 is about PO-VO doorstroom.",
        "financien": "Ch.10 'Middelen en meerjarenbegroting': verdeelsleutels and deciding bodies only in a "
                     "table, meerjarenbegroting 2026-2029 table, reserve reduction, verantwoording by besturen.",
        "dekkend-aanbod": "Ch.8 'Niemand buiten de boot' handles thuiszitters/wachtlijsten/witte vlekken; the "
                          "continuum of voorzieningen is referred to 'bijlage 3 Ondersteuningsaanbod in beeld' "
                          "(absent) in ch.6; a list of sbo/so names is not a continuum.",
        "resultaten": "No beoogde or bereikte resultaten and no monitoring; the planning table defers both to "
                      "the Jaarplan 2026-2027; 'transparant over resultaten' in the kernwaarden is a passing "
                      "mention.",
        "ouders": "Ch.11: website rubriek, schoolgids/SOP, nieuwsbrief Vaartwijzer, spreekuur; OJSP Steunpunt "
                  "Ouders & Jeugd, Onderwijsconsulenten, klachten/GPO.",
    }
    return c, blocks, header, footer, statuses, false, advisory, notes


# ======================================================================================
# Plan D  -  SWV VO Rivierenhoek (VO), .docx
# ======================================================================================

def plan_d():
    c = ctx(name="Samenwerkingsverband Voortgezet Onderwijs Rivierenhoek", kort="Rivierenhoek",
            code="VO 26-03", sector="vo", gemeenten=["Waalhoven", "Zandwaard", "Drumpt-Oost"],
            besturen=5, scholen=11, leerlingen="7.800", db="drs. H.W. (Hans) Koopmans", fte=16,
            oprleden=8, variant=1)
    n, n2 = c["n"], c["n2"]
    body = []
    body += voorwoord(c)
    body += [
        ("h1", n("Inleiding")),
        p("Dit ondersteuningsplan beschrijft hoe Samenwerkingsverband Voortgezet Onderwijs Rivierenhoek in de "
          "periode 2026-2030 passend onderwijs vormgeeft voor de leerlingen van de elf vestigingen voor "
          "voortgezet onderwijs in de gemeenten Waalhoven, Zandwaard en Drumpt-Oost, en voor de leerlingen in "
          "het praktijkonderwijs en het voortgezet speciaal onderwijs."),
        p("Het plan verschijnt in een periode van verandering. De landelijke norm basisondersteuning, de Wet "
          "versterking positie ouders en leerlingen en de herziening van de bekostiging van het voortgezet "
          "onderwijs hebben allemaal gevolgen voor ons werk. Op een aantal onderdelen hebben wij er daarom voor "
          "gekozen de uitwerking later in de planperiode vast te stellen. Die onderdelen worden, na instemming "
          "van de OPR, als addendum aan dit plan toegevoegd."),
    ]
    body += leeswijzer(c)
    body += totstandkoming(c, "19 februari 2026", "12 maart 2026", "26 maart 2026")
    body += regio(c, [["Waalhoven", "6", "4.650"], ["Zandwaard", "3", "2.050"], ["Drumpt-Oost", "2", "1.100"],
                      ["Totaal", "11", "7.800"]],
                  ["Het onderwijsaanbod in de regio is breed: van praktijkonderwijs tot gymnasium. Vier "
                   "vestigingen bieden vmbo met leerwegondersteunend onderwijs (lwoo), één school biedt "
                   "praktijkonderwijs. In Waalhoven staat vso De Horizon (cluster 4); leerlingen die zijn "
                   "aangewezen op cluster 3 gaan naar vso-scholen in de buurregio."])
    body += visie(c)
    body += [
        ("h1", n("Basisondersteuning")),
        p("De afspraken over de basisondersteuning uit het vorige ondersteuningsplan dateren uit 2018 en sluiten "
          "niet meer aan bij de praktijk op de scholen. Daarnaast verwachten wij dat de landelijke norm voor "
          "basisondersteuning in de planperiode wettelijk wordt vastgelegd."),
        p("Wij hebben daarom besloten de basisondersteuning in het schooljaar 2026-2027 opnieuw vast te "
          "stellen, in een werkgroep met ondersteuningscoördinatoren en teamleiders van alle vestigingen. De "
          "nieuwe afspraken worden als addendum aan dit plan toegevoegd. Tot die tijd verwijzen wij naar de "
          "schoolondersteuningsprofielen van de scholen, die op hun websites zijn gepubliceerd."),
    ]
    body += [
        ("h1", n("Een dekkend ondersteuningsaanbod")),
        p("Rivierenhoek wil dat iedere jongere in de regio een plek heeft waar hij of zij kan leren en zich "
          "kan ontwikkelen. Daarvoor is een samenhangend geheel van voorzieningen nodig, binnen en tussen de "
          "scholen. Wij onderscheiden vier lagen."),
        ("table", ["Laag", "Aanbod", "Toegang"], [
            ["1 In de school", "Wat de school zelf biedt volgens haar SOP", "School"],
            ["2 Extra in de school", "Arrangementen in de school: begeleiding door een ambulant begeleider, "
                                     "trainingen, een aangepast rooster, lwoo-ondersteuning op vmbo-vestigingen",
             "Ondersteuningsteam school met consulent"],
            ["3 Tijdelijk buiten de school", "OPDC De Overstap (max. 1 jaar), Time-In (rebound, max. 12 weken), "
                                             "Nieuwkomersklas Waalhoven", "Commissie Toewijzing"],
            ["4 Speciaal", "Praktijkonderwijs, vso De Horizon (cluster 4), vso cluster 3 buiten de regio",
             "Toelaatbaarheidsverklaring"],
        ]),
        ("h2", n2("OPDC De Overstap")),
        p("De Overstap biedt plaats aan ongeveer veertig leerlingen uit het vmbo en de onderbouw havo die "
          "tijdelijk niet op hun eigen school kunnen functioneren. Leerlingen volgen er onderwijs in kleine "
          "groepen met intensieve begeleiding en keren na ten hoogste een jaar terug naar hun eigen of een "
          "andere reguliere school. De Overstap is gehuisvest in Zandwaard."),
        ("h2", n2("Time-In")),
        p("Time-In is een reboundvoorziening voor leerlingen die door gedrag of een crisis even niet in de klas "
          "kunnen zijn. De leerling blijft ingeschreven op de eigen school en volgt maximaal twaalf weken een "
          "programma bij Time-In, met een geleidelijke terugkeer naar de klas."),
        ("h2", n2("De route")),
        p("Iedere vestiging heeft een ondersteuningsteam met de ondersteuningscoördinator, de mentor, de "
          "consulent van het verband en, op afroep, de jeugdarts, de leerplichtambtenaar en de "
          "schoolmaatschappelijk werker. Het ondersteuningsteam bepaalt of een arrangement in de school nodig "
          "is. Voor een plaats in laag 3 vraagt het ondersteuningsteam advies aan de Commissie Toewijzing van "
          "het verband, die binnen drie weken beslist."),
        ("h2", n2("Thuiszitters")),
        p("Rivierenhoek hanteert een nulbeleid: iedere leerling die thuiszit, is er een te veel. Scholen melden "
          "thuiszitters en dreigende thuiszitters binnen een week bij de consulent. Tweewekelijks bespreekt de "
          "Thuiszitterstafel - consulenten, leerplicht en jeugdhulp - alle lopende casussen. Voor elke "
          "thuiszitter wordt een trajectbegeleider aangewezen die verantwoordelijk is voor een plan van "
          "aanpak, met een datum waarop de leerling weer onderwijs volgt. Lukt dat niet binnen acht weken, dan "
          "beslist de directeur-bestuurder over een tijdelijke plaatsing in De Overstap of een maatwerktraject."),
        ("h2", n2("Wachtlijsten en witte vlekken")),
        p("Twee keer per jaar inventariseert het verband de wachtlijsten van De Overstap, Time-In en De Horizon "
          "en de casussen van de Thuiszitterstafel waarvoor geen passend aanbod bestond. Die inventarisatie "
          "liet in 2025 zien dat er te weinig plekken zijn voor leerlingen met een combinatie van psychiatrische "
          "problematiek en een havo- of vwo-niveau. In 2026-2027 starten wij daarom met een kleinschalige "
          "havo/vwo-voorziening op het terrein van De Horizon, in samenwerking met een ggz-aanbieder."),
        ("h2", n2("Zorgplicht")),
        p("Schoolbesturen hebben zorgplicht. Bij aanmelding van een leerling met een ondersteuningsvraag "
          "onderzoekt de school binnen zes weken (met eenmaal verlenging van vier weken) of zij de leerling "
          "passend onderwijs kan bieden. Lukt dat niet, dan zoekt zij met de consulent een andere school."),
    ]
    body += [
        ("h1", n("Toelaatbaarheid vso, lwoo en praktijkonderwijs")),
        p("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
          "(vso) en het praktijkonderwijs (pro), en over de aanwijzing voor leerwegondersteunend onderwijs "
          "(lwoo)."),
        ("h2", n2("Werkwijze")),
        p("Per 1 augustus 2026 vervangen wij de huidige aanvraagprocedure door een nieuwe, digitale werkwijze. "
          "Hoe aanvragen voor een TLV vso, een aanwijzing lwoo of een toelaatbaarheidsverklaring pro dan worden "
          "ingediend, beoordeeld en besloten, beschrijven wij in de Handreiking Toewijzing 2026. Die handreiking "
          "wordt vóór de zomervakantie aan de scholen toegestuurd."),
        ("h2", n2("Criteria vso")),
        p("Een leerling is toelaatbaar tot het vso als aan de volgende voorwaarden is voldaan: (1) de leerling "
          "heeft een ondersteuningsbehoefte die het regulier voortgezet onderwijs, ook met een arrangement in "
          "laag 2 of 3, aantoonbaar niet kan beantwoorden; (2) de leerling heeft gedurende de hele schooldag "
          "een combinatie nodig van onderwijs in een kleine groep, een zeer gestructureerde omgeving en "
          "specialistische begeleiding of behandeling; en (3) voor cluster 3: de leerling heeft een "
          "verstandelijke, lichamelijke of langdurig medische beperking die het leren ernstig belemmert; voor "
          "cluster 4: de leerling heeft ernstige gedrags- of psychiatrische problematiek die in het regulier "
          "onderwijs niet hanteerbaar is gebleken."),
        ("h2", n2("Criteria lwoo en praktijkonderwijs")),
        p("Rivierenhoek hanteert voor lwoo en pro de landelijke criteria. Voor lwoo betekent dat: een IQ tussen "
          "75 en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee van de vier domeinen "
          "(begrijpend lezen, technisch lezen, inzichtelijk rekenen, spelling), waarvan ten minste één op "
          "begrijpend lezen of rekenen; of een IQ tussen 91 en 120 met een dergelijke leerachterstand en "
          "sociaal-emotionele problematiek. Voor pro: een IQ tussen 55 en 80 en een leerachterstand van ten "
          "minste drie jaar op ten minste twee domeinen, waarvan één begrijpend lezen of rekenen."),
        ("h2", n2("Geldigheid")),
        p("Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren, met de bekostigingscategorie laag, "
          "midden of hoog. Een aanwijzing lwoo en een TLV pro gelden voor de duur van de opleiding."),
    ]
    body += [
        ("h1", n("Terugplaatsing uit het vso")),
        p("Voor leerlingen in het vso is een terugkeer naar het regulier voortgezet onderwijs soms mogelijk en "
          "wenselijk. De wet schrijft voor dat in het laatste jaar van de TLV wordt bekeken of terugplaatsing "
          "of overplaatsing aan de orde is."),
        ("h2", n2("Verloop")),
        p("In oktober van het laatste jaar van de TLV bespreekt de vso-school in het OPP-gesprek met de leerling "
          "en de ouders of terugplaatsing naar het regulier onderwijs, overplaatsing naar een andere school of "
          "verlenging van de TLV aan de orde is. De vso-school legt de uitkomst uiterlijk 1 december vast en "
          "meldt een mogelijke terugplaatsing bij de consulent van het verband."),
        p("De consulent organiseert vervolgens vóór 1 februari een terugplaatsingsoverleg met de vso-school, de "
          "ondersteuningscoördinator van de beoogde reguliere school, de leerling en de ouders. De Commissie "
          "Toewijzing geeft op basis van dat overleg een advies. Het bevoegd gezag van de reguliere school "
          "besluit over de inschrijving. Is terugplaatsing niet aan de orde, dan vraagt de vso-school vóór 1 "
          "maart een nieuwe TLV aan."),
        p("Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden een leerling terugkeert en "
          "welke ondersteuning hij na zijn terugkeer krijgt, leggen wij in het schooljaar 2026-2027 vast in "
          "overleg met de vso-scholen."),
    ]
    body += oogo(c, True)
    body += [
        ("h1", n("Kwaliteitszorg en verantwoording")),
        ("h2", n2("Terugblik")),
        p("In de vorige planperiode hebben wij de registratie van gegevens sterk verbeterd. Daardoor kunnen wij "
          "nu betrouwbaar rapporteren over de ontwikkeling van het aantal leerlingen in het vso, in het OPDC en "
          "in het praktijkonderwijs, en over thuiszitters."),
        ("table", ["Kengetal (peildatum 1 oktober)", "2022", "2023", "2024", "2025"], [
            ["Deelname vso", "3,6%", "3,5%", "3,5%", "3,4%"],
            ["Deelname pro", "2,9%", "3,0%", "2,9%", "2,9%"],
            ["Leerlingen OPDC De Overstap", "38", "41", "44", "40"],
            ["Thuiszitters (langer dan 4 weken)", "17", "15", "12", "11"],
            ["Terugplaatsingen vso naar regulier", "4", "6", "5", "7"],
        ]),
        ("h2", n2("Hoe wij onze resultaten volgen")),
        p("Het verband werkt met een kwaliteitscyclus volgens het principe plan-do-check-act. Ieder kwartaal "
          "verschijnt een dashboard met de kengetallen uit de tabel, aangevuld met de doorlooptijden van de "
          "Commissie Toewijzing en de bezetting van de voorzieningen. Het dashboard wordt besproken in het "
          "directeurenoverleg en met de raad van toezicht."),
        p("Jaarlijks voert het bureau met iedere vestiging een kwaliteitsgesprek over de ontwikkeling van de "
          "ondersteuning. Eens in de twee jaar peilen wij de tevredenheid van scholen, ouders en leerlingen. De "
          "bereikte resultaten worden ieder jaar in het jaarverslag gerapporteerd en met de OPR besproken."),
        ("h2", n2("Beoogde resultaten")),
        p("De beoogde resultaten voor de planperiode 2026-2030 stellen wij vast in het voorjaar van 2027, "
          "wanneer de nieuwe afspraken over basisondersteuning en het nieuwe verdeelmodel bekend zijn. Zij worden "
          "als addendum aan dit plan toegevoegd."),
    ]
    body += [
        ("h1", n("Financiën")),
        p("Het ministerie werkt aan een herziening van de bekostiging van het voortgezet onderwijs, die ook "
          "gevolgen heeft voor de ondersteuningsmiddelen van het verband. Het algemeen bestuur heeft besloten "
          "het verdeelmodel in het najaar van 2026 te herijken."),
        p("De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting voor de planperiode, wordt na "
          "die herijking als addendum aan dit plan toegevoegd, na instemming van de OPR."),
    ]
    body += [
        ("h1", n("Ouders en leerlingen")),
        p("Ouders en leerlingen zijn partners in het onderwijs. Bij ieder ondersteuningstraject worden zij "
          "betrokken: zij nemen deel aan het gesprek in het ondersteuningsteam en denken mee over het OPP. "
          "Leerlingen hebben het recht om gehoord te worden over hun OPP."),
        ("h2", n2("Informatie")),
        p("Op de website van het verband staat in begrijpelijke taal welke ondersteuning er in de regio "
          "beschikbaar is, van de arrangementen in de school tot De Overstap, Time-In en het vso, en hoe ouders "
          "en leerlingen daar gebruik van kunnen maken. Voor leerlingen van groep 8 en hun ouders verschijnt "
          "ieder najaar de brochure 'Naar het voortgezet onderwijs in Rivierenhoek', die via de basisscholen "
          "wordt verspreid. Iedere vestiging beschrijft in de schoolgids welke ondersteuning zij biedt en wie "
          "de ondersteuningscoördinator is. Op de open dagen is op iedere school een ondersteuningscoördinator "
          "aanwezig om vragen te beantwoorden."),
        ("h2", n2("Ouder- en jeugdsteunpunt")),
        p("De Wet versterking positie ouders en leerlingen verplicht ieder samenwerkingsverband een ouder- en "
          "jeugdsteunpunt in te richten. De vormgeving van het steunpunt werken wij in 2026-2027 uit, samen met "
          "ouders en leerlingen uit de OPR."),
    ]
    body += governance(c, finance_detail=False)
    body += medezeggenschap(c)
    body += personeel(c)
    body += ict_privacy(c)
    body += planning(c, [
        ["2026-2027", "Addendum basisondersteuning", "Werkgroep ondersteuningscoördinatoren"],
        ["2026-2027", "Addendum financiën (verdeelmodel en meerjarenbegroting)", "Controller"],
        ["2026-2027", "Uitwerking terugplaatsingsbeleid met vso-scholen", "Consulenten"],
        ["2026-2027", "Inrichting ouder- en jeugdsteunpunt", "Directeur-bestuurder"],
        ["2026-2027", "Start havo/vwo-voorziening bij De Horizon", "Directeur De Horizon"],
        ["2027", "Addendum beoogde resultaten", "Beleidsmedewerker kwaliteit"],
        ["2029-2030", "Nieuw ondersteuningsplan", "Directeur-bestuurder"],
    ])
    body += begrippenlijst(c, vo=True)
    body += afkortingen(c, vo=True)
    title = ["Ondersteuningsplan 2026-2030",
             "Samenwerkingsverband Voortgezet Onderwijs Rivierenhoek (VO 26-03)",
             "Iedere jongere een plek",
             "Waalhoven, maart 2026"]
    blocks = assemble(title, body, with_h2=True)
    header = "SWV VO Rivierenhoek | Ondersteuningsplan 2026-2030"
    footer = "Rivierenhoek - basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, ouders"
    statuses = {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                "ouders": "partial"}
    false = {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
             "terugstroom.beleid", "financien.verdeling", "financien.besteding", "resultaten.doelen",
             "ouders.steunpunt"}
    advisory = {"plaatsing": ["duur-categorie"],
                "terugstroom": ["monitoring"],
                "dekkend-aanbod": ["ketenpartners"],
                "resultaten": ["meetbaar"],
                "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.5 only announces new afspraken in 2026-2027 (addendum) and refers to the SOPs "
                              "on school websites; the definition exists only in the begrippenlijst; laag 1 of the "
                              "continuum table just says 'volgens haar SOP'.",
        "plaatsing": "Ch.7 gives criteria for vso (cluster 3/4), lwoo and pro plus duration/categorie, but the "
                     "procedure is deferred to the 'Handreiking Toewijzing 2026' (7.1 'Werkwijze').",
        "terugstroom": "Ch.8 gives the procedure (October OPP talk, 1 Dec, overleg before 1 Feb, Commissie "
                       "advises, school board decides, new TLV before 1 March); aims, conditions and support "
                       "after return are deferred to 2026-2027. Figures of terugplaatsingen in ch.10.",
        "financien": "Ch.11 only announces that verdeelmodel and meerjarenbegroting follow as an addendum; no "
                     "verdeling, amounts, reserves or verantwoording; the OZA cost split with gemeenten (ch.9) is "
                     "not about distributing support means.",
        "dekkend-aanbod": "Ch.6: four-layer table (OPDC De Overstap, Time-In, nieuwkomers, pro, vso), route via OT "
                          "and Commissie Toewijzing, Thuiszitterstafel, wachtlijst/witte-vlekken inventory with "
                          "action, zorgplicht; OOGO in ch.9.",
        "resultaten": "Ch.10 describes monitoring (quarterly dashboard, kwaliteitsgesprekken, peilingen, "
                      "jaarverslag) with kengetallen 2022-2025, but beoogde resultaten are deferred to spring 2027.",
        "ouders": "Ch.12: website, brochure, schoolgids, open dagen inform parents; the ouder- en jeugdsteunpunt "
                  "is only announced ('werken wij in 2026-2027 uit') and no other independent help, klachten or "
                  "geschillen route is named.",
    }
    return c, blocks, header, footer, statuses, false, advisory, notes


VO_REPL = [
    ("Een deel van de scholen heeft minder dan honderd leerlingen; in verschillende dorpen is de school een "
     "van de laatste voorzieningen.",
     "De scholen liggen in de drie grotere kernen; veel leerlingen reizen dagelijks vanuit de dorpen met de "
     "fiets of de bus."),
    ("Voor kleine scholen betekent dit dat de formatie onder druk staat.",
     "Voor de kleinere vestigingen betekent dit dat de formatie onder druk staat."),
    ("eenpitter tot een stichting met meer dan twintig scholen", "eenpitter tot een stichting met vijf vestigingen"),
    ("Openbaar, protestants-christelijk, rooms-katholiek, algemeen bijzonder en reformatorisch onderwijs zijn "
     "vertegenwoordigd.", "Openbaar, protestants-christelijk en rooms-katholiek onderwijs zijn vertegenwoordigd."),
    ("intern begeleiders", "ondersteuningscoördinatoren"), ("intern begeleider", "ondersteuningscoördinator"),
    ("IB-netwerk", "netwerk van ondersteuningscoördinatoren"),
    ("speciaal (basis)onderwijs", "voortgezet speciaal onderwijs"),
    ("ondersteuningscoördinatoren, ondersteuningscoördinatoren", "ondersteuningscoördinatoren, mentoren"),
    ("onderwijs krijgt dat past bij wat het nodig heeft", "onderwijs krijgt dat past bij wat hij of zij nodig heeft"),
    ("een kind nodig heeft", "een jongere nodig heeft"), ("ouders, kind en", "ouders, jongere en"),
    ("dit kind", "deze jongere"), ("het kind", "de jongere"), ("ieder kind", "iedere jongere"),
    ("Ieder kind", "Iedere jongere"), ("kinderen", "jongeren"), ("Kinderen", "Jongeren"),
    ("leerkrachten", "docenten"), ("leerkracht", "docent"), ("schoolleiders", "teamleiders"),
    ("De jongere", "De jongere"), ("Het meisje", "Het meisje"),
    ("het eigen dorp", "de eigen omgeving"), ("buurt of dorp", "omgeving"),
]


def vo_fix(blocks):
    def f(t):
        for a, b in VO_REPL:
            t = t.replace(a, b)
        return t
    out = []
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            out.append((b[0], f(b[1])))
        elif b[0] == "ul":
            out.append((b[0], [f(x) for x in b[1]]))
        elif b[0] == "table":
            out.append((b[0], [f(x) for x in b[1]], [[f(x) for x in r] for r in b[2]]))
        else:
            out.append(b)
    return out


# ======================================================================================
# Plan E  -  SWV Heuvelrand (PO), .html (web version "kaderplan")
# ======================================================================================

def plan_e():
    c = ctx(name="Samenwerkingsverband Passend Onderwijs Heuvelrand", kort="Heuvelrand",
            code="PO 27-09", sector="po", gemeenten=["Bergsloo", "Vennebroek", "Holterveld"],
            besturen=4, scholen=19, leerlingen="3.600", db="drs. S. (Sanne) Wijnbergen", fte=8,
            oprleden=8, variant=2)
    n, n2 = c["n"], c["n2"]
    body = []
    body += voorwoord(c)
    body += [
        ("h1", n("Inleiding")),
        p("Dit is het ondersteuningsplan 2026-2030 van Heuvelrand, het samenwerkingsverband voor primair "
          "onderwijs in Bergsloo, Vennebroek en Holterveld. Het plan is opgezet als kaderplan: het legt de "
          "uitgangspunten en de belangrijkste afspraken vast. Werkinstructies en formulieren voor scholen staan "
          "in het digitale Handboek Heuvelrand op onze website."),
        p("Wij publiceren het plan als webversie, zodat iedere lezer direct naar het hoofdstuk kan gaan dat voor "
          "hem of haar van belang is. Een afdrukbare versie is op aanvraag verkrijgbaar bij het secretariaat."),
    ]
    body += leeswijzer(c)
    body += totstandkoming(c, "5 februari 2026", "9 maart 2026", "23 maart 2026")
    body += regio(c, [["Bergsloo", "9", "1.820"], ["Vennebroek", "6", "1.070"], ["Holterveld", "4", "710"],
                      ["Totaal", "19", "3.600"]])
    body += visie(c)
    body += [
        ("h1", n("Het fundament: basisondersteuning")),
        p("Heuvelrand kent één fundament voor alle scholen. De vier besturen hebben afgesproken dat iedere "
          "school, en binnen een school iedere locatie, ten minste dit fundament biedt. Het is de ondergrens die "
          "in de hele regio geldt, voor elke leerling, zonder dat daar een aanvraag of een toekenning voor "
          "nodig is. Scholen die meer bieden, beschrijven dat in hun ondersteuningsprofiel."),
        p("Wat houdt dat fundament in? In de eerste plaats beschikt iedere school over een intern begeleider "
          "met voldoende uren (ten minste acht uur per week voor een school tot honderd leerlingen en vier uur "
          "extra per volgende honderd leerlingen) en over een ondersteuningsteam dat minstens drie keer per jaar "
          "bij elkaar komt, altijd met een orthopedagoog van het verband aan tafel. In de tweede plaats volgt "
          "iedere school de ontwikkeling van alle leerlingen met een leerlingvolgsysteem en bespreekt zij de "
          "resultaten twee keer per jaar per groep."),
        p("In de derde plaats heeft iedere school een aanpak voor leerlingen met lees- of rekenproblemen, "
          "conform de landelijke protocollen dyslexie en ernstige rekenwiskundeproblemen, inclusief extra "
          "instructie en het gebruik van hulpmiddelen zoals voorleessoftware. In de vierde plaats werkt iedere "
          "school met een methode voor sociaal-emotionele ontwikkeling, een anti-pestprotocol en een "
          "aandachtsfunctionaris voor de meldcode huiselijk geweld en kindermishandeling."),
        p("Verder kunnen kinderen met een ontwikkelingsvoorsprong op iedere school rekenen op een aangepast "
          "programma met verrijkingsstof, kunnen kinderen met een andere thuistaal extra taalondersteuning in "
          "de groep krijgen, en zijn er op iedere school afspraken over medisch handelen en het toedienen van "
          "medicijnen. Tot slot biedt iedere school een fysiek toegankelijke leeromgeving, of maakt zij die "
          "toegankelijk zodra een leerling daarop is aangewezen."),
        p("De orthopedagogen van het verband bezoeken iedere school jaarlijks en bespreken aan de hand van een "
          "kijkwijzer of het fundament op orde is. De uitkomsten worden vastgelegd en besproken met het "
          "bestuur van de school."),
        p("Als het fundament niet volstaat, kan de school extra ondersteuning inzetten. Hoe dat verloopt, staat "
          "in het Handboek Heuvelrand."),
    ]
    body += [
        ("h1", n("Toewijzing")),
        p("Informatie over het aanvragen van een arrangement of een toelaatbaarheidsverklaring, de criteria die "
          "daarbij gelden en de mogelijkheden van bezwaar, vindt u op onze website onder 'Loket'. Deze "
          "informatie wordt actueel gehouden en maakt geen deel uit van dit kaderplan."),
    ]
    body += [
        ("h1", n("Van speciaal naar regulier")),
        p("Heuvelrand vindt dat een plaats in het speciaal basisonderwijs of het speciaal onderwijs nooit een "
          "eindstation hoeft te zijn. Ons beleid is erop gericht dat leerlingen die daartoe in staat zijn, "
          "terugkeren naar een reguliere basisschool zo dicht mogelijk bij huis. Wij doen dat omdat kinderen "
          "daar deel uitmaken van de gemeenschap waarin zij opgroeien, en omdat een reguliere plek met de "
          "juiste ondersteuning vaak meer perspectief biedt dan op voorhand werd gedacht."),
        p("Terugkeer is aan de orde wanneer de sbo- of so-school, op basis van het OPP, vaststelt dat de "
          "leerling zich zodanig heeft ontwikkeld dat een reguliere school met het fundament en een beperkt "
          "arrangement aan zijn onderwijsbehoeften kan voldoen. Wij stellen daarbij drie voorwaarden: de "
          "leerling kan zich in een groep van normale omvang handhaven, de leerling kan het onderwijsaanbod van "
          "de reguliere school volgen, en er is een reguliere school die de leerling wil en kan ontvangen."),
        ("h2", n2("Stappen")),
        ("ul", [
            "Stap 1 - Signaleren: de sbo- of so-school bespreekt bij de jaarlijkse evaluatie van het OPP in "
            "maart of terugkeer mogelijk is. In het laatste jaar van een TLV gebeurt dat uiterlijk in november.",
            "Stap 2 - Aanmelden: als terugkeer mogelijk lijkt, meldt de intern begeleider van de sbo- of "
            "so-school dit binnen twee weken bij de orthopedagoog van het verband.",
            "Stap 3 - Overdrachtsgesprek: de orthopedagoog brengt binnen vier weken de school van herkomst en de "
            "beoogde school bij elkaar. Samen stellen zij een overstapplan op.",
            "Stap 4 - Besluit: het bestuur van de ontvangende school besluit over de inschrijving; de "
            "orthopedagoog van het verband kent het terugplaatsingsarrangement toe.",
            "Stap 5 - Begeleiding en evaluatie: gedurende een jaar begeleidt een leerkracht van de school van "
            "herkomst de leerling en de leerkracht. Na drie, zes en twaalf maanden wordt de overstap geëvalueerd.",
        ]),
        p("Het terugplaatsingsarrangement omvat ambulante begeleiding en een budget van € 3.500 voor de "
          "ontvangende school, te besteden aan extra ondersteuning in de groep. Als de terugkeer onverhoopt niet "
          "slaagt, kan de leerling binnen de looptijd van de oorspronkelijke TLV terug naar de school van "
          "herkomst."),
        p("In 2025 keerden zeven leerlingen terug van het sbo of so naar een reguliere school; vijf van hen "
          "zaten een jaar later nog op die school."),
    ]
    body += oogo(c, False)
    body += [
        ("h1", n("Doelen en resultaten")),
        p("Wij hebben voor de planperiode vijf doelen geformuleerd. Bij ieder doel hoort een indicator en een "
          "streefwaarde voor 2030. De nulmeting is uitgevoerd op 1 oktober 2025."),
        ("table", ["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"], [
            ["Fundament op orde", "Scholen die volgens de kijkwijzer voldoen", "15 van 19", "19 van 19"],
            ["Thuisnabij onderwijs", "Deelname sbo + so", "3,4%", "max. 3,0%"],
            ["Terug naar regulier", "Terugplaatsingen per jaar", "7", "min. 8"],
            ["Duurzame terugkeer", "Teruggeplaatste leerlingen na een jaar nog op de school", "71%", "min. 85%"],
            ["Toegeruste leerkrachten", "Leerkrachten die zich toegerust voelen (peiling)", "62%", "min. 75%"],
        ]),
        p("De orthopedagogen verzamelen de gegevens voor de indicatoren. Ieder jaar in november stelt het bureau "
          "de Heuvelrandmonitor op, met per indicator de stand van zaken en een analyse. De monitor wordt "
          "besproken in het algemeen bestuur en in de OPR en samengevat in het jaarverslag. De peiling onder "
          "leerkrachten houden wij in 2027 en 2029. Halverwege de planperiode, in het voorjaar van 2028, voeren "
          "wij een evaluatie uit; als een doel buiten bereik blijkt, stellen wij de aanpak bij."),
    ]
    body += [
        ("h1", n("Financiën")),
        p("Heuvelrand ontvangt van het Rijk ongeveer € 4,4 miljoen per jaar aan ondersteuningsmiddelen. De "
          "meerjarenbegroting hieronder laat zien waaraan deze middelen in de planperiode worden besteed "
          "(bedragen x € 1.000)."),
        ("table", ["Post", "2026", "2027", "2028", "2029"], [
            ["Baten ondersteuningsmiddelen", "4.420", "4.380", "4.330", "4.290"],
            ["Afdrachten so (DUO)", "1.310", "1.320", "1.330", "1.330"],
            ["Bijdrage sbo", "420", "410", "400", "390"],
            ["Schoolbudgetten", "1.150", "1.140", "1.120", "1.100"],
            ["Arrangementen", "760", "760", "750", "750"],
            ["Terugplaatsingsarrangementen", "35", "35", "35", "35"],
            ["Orthopedagogen en bureau", "640", "650", "655", "660"],
            ["Scholing", "80", "80", "80", "80"],
            ["Saldo", "25", "-15", "-40", "-55"],
        ]),
        p("De negatieve saldi vanaf 2027 worden gedekt uit de algemene reserve, die op 31 december 2025 € 1,2 "
          "miljoen bedroeg. Daarmee komt de reserve in 2029 binnen de bandbreedte die het bestuur heeft "
          "vastgesteld."),
        p("Het verdeelmodel, waarin is vastgelegd hoe de middelen over de besturen en scholen worden verdeeld, "
          "wordt in het schooljaar 2026-2027 herzien. Tot die tijd blijft het huidige model van kracht. Het "
          "herziene model wordt na instemming van de OPR als wijziging aan dit plan toegevoegd."),
    ]
    body += [
        ("h1", n("Ouders")),
        p("Dit hoofdstuk herschrijven wij na de inwerkingtreding van de Wet versterking positie ouders en "
          "leerlingen. De nieuwe tekst volgt in de voortgangsparagraaf 2027."),
    ]
    body += governance(c)
    body += medezeggenschap(c, parents_role=False)
    body += personeel(c)
    body += ict_privacy(c, tlv=False)
    body += planning(c, [
        ["2026-2027", "Herziening verdeelmodel", "Controller"],
        ["2026-2027", "Voortgangsparagraaf (o.a. hoofdstuk Ouders)", "Directeur-bestuurder"],
        ["2027-2028", "Peiling leerkrachten; tussenevaluatie", "Orthopedagogen"],
        ["2028-2029", "Peiling leerkrachten", "Orthopedagogen"],
        ["2029-2030", "Nieuw ondersteuningsplan", "Directeur-bestuurder"],
    ])
    body += begrippenlijst(c, {"Fundament": "De basisondersteuning van Heuvelrand.",
                               "Loket": "Digitaal aanvraagpunt voor arrangementen en toelaatbaarheidsverklaringen."})
    body += afkortingen(c)
    title = ["Ondersteuningsplan 2026-2030 - webversie",
             "Samenwerkingsverband Passend Onderwijs Heuvelrand (PO 27-09)",
             "Kaderplan",
             "Vastgesteld 23 maart 2026"]
    blocks = assemble(title, body, with_h2=False)
    header = ("Heuvelrand passend onderwijs | Home | Ouders | Scholen | Loket | Ondersteuningsplan | Contact")
    footer = ("© 2026 Samenwerkingsverband Passend Onderwijs Heuvelrand | Ouder- en jeugdsteunpunt | "
              "Klachtenregeling | Privacyverklaring")
    statuses = {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                "ouders": "missing"}
    false = {"plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
             "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"}
    advisory = {"basisondersteuning": ["borging"],
                "terugstroom": ["monitoring"],
                "financien": ["reserves"],
                "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch.5 'Het fundament': the floor for every school/locatie, content in prose (IB "
                              "hours, OT with orthopedagoog, protocols, SEO, HB, taal, medisch handelen, "
                              "toegankelijkheid); yearly kijkwijzer visit.",
        "plaatsing": "Ch.6 'Toewijzing' only refers to the website ('Loket'); no procedure, criteria, deskundigen, "
                     "duration or bezwaar in the body; the glossary and the web header are not body text.",
        "terugstroom": "Ch.7 'Van speciaal naar regulier': policy, three conditions, five steps with actors and "
                       "moments, arrangement EUR 3.500 and AB, 2025 figures.",
        "financien": "Ch.10: meerjarenbegroting 2026-2029 with amounts and reserve use; the verdeelmodel is "
                     "announced for revision and 'het huidige model' is not described.",
        "dekkend-aanbod": "No continuum of provisions, no thuiszitters/gaps approach, no cooperation content: ch.8 "
                          "'Gemeenten' defers the onderwijs-jeugdhulp agenda; 'extra ondersteuning' is only "
                          "referred to the Handboek.",
        "resultaten": "Ch.9: five goals with indicator, nulmeting and streefwaarde, Heuvelrandmonitor each "
                      "November, jaarverslag, evaluation 2028.",
        "ouders": "Ch.11 'Ouders' only says the text will follow in 2027; 'Ouder- en jeugdsteunpunt' and "
                  "'Klachtenregeling' appear only as links in the site footer; OPR text names no parent role.",
    }
    return c, blocks, header, footer, statuses, false, advisory, notes


# ======================================================================================
# F  -  near miss: schoolondersteuningsprofiel of one basisschool (not an SWV plan), .pdf
# ======================================================================================

def doc_f():
    n, n2 = numbering()
    body = [
        ("h1", n("Inleiding")),
        p("Dit is het schoolondersteuningsprofiel (SOP) van openbare basisschool De Klimop in Oostmaar voor het "
          "schooljaar 2026-2027. In dit profiel beschrijven wij welke ondersteuning onze school biedt aan "
          "leerlingen die dat nodig hebben, waar de grenzen van onze mogelijkheden liggen en hoe wij samenwerken "
          "met ouders en met het samenwerkingsverband."),
        p("De Klimop maakt deel uit van Stichting Openbaar Onderwijs Oostmaar en is aangesloten bij "
          "Samenwerkingsverband Passend Onderwijs De Lingeweide. De afspraken over de basisondersteuning die "
          "voor alle scholen van het samenwerkingsverband gelden, staan in het ondersteuningsplan van het "
          "samenwerkingsverband. In dit SOP laten wij zien hoe wij die afspraken op onze school invullen. De "
          "medezeggenschapsraad heeft advies uitgebracht over dit profiel; het wordt jaarlijks geactualiseerd en "
          "samengevat in de schoolgids."),
        ("h1", n("Onze school")),
        p("De Klimop telt 214 leerlingen, verdeeld over negen groepen. Het team bestaat uit zestien leerkrachten, "
          "een intern begeleider (vier dagen per week), twee onderwijsassistenten, een vakleerkracht "
          "bewegingsonderwijs en een conciërge. De school staat in een gemengde wijk; ongeveer een op de vijf "
          "leerlingen spreekt thuis ook een andere taal dan het Nederlands."),
        p("Wij werken met het directe-instructiemodel en met een weektaak vanaf groep 5. In de onderbouw "
          "werken wij thematisch en spelend. Sinds 2023 werken wij met de schoolbrede aanpak Positive Behavior "
          "Support (PBS)."),
        ("h1", n("Basisondersteuning op De Klimop")),
        p("Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet "
          "betekent dat bij ons:"),
        ("ul", ["Een intern begeleider die vier dagen per week beschikbaar is en die de master SEN heeft "
                "afgerond.",
                "Een ondersteuningsteam dat vier keer per jaar bijeenkomt, met de consulent van het "
                "samenwerkingsverband en de schoolmaatschappelijk werker.",
                "Leesinterventies volgens het dyslexieprotocol, met extra instructie in groep 2 tot en met 4 en "
                "Bouw! voor kinderen met een leesrisico.",
                "Een rekenspecialist in het team die collega's ondersteunt bij rekenproblemen.",
                "Een verrijkingsgroep voor meer- en hoogbegaafde leerlingen op dinsdagmiddag.",
                "NT2-ondersteuning door een onderwijsassistent, twee ochtenden per week.",
                "PBS, een anti-pestprotocol en een anti-pestcoördinator."]),
        ("h1", n("Extra ondersteuning")),
        p("Voor leerlingen die meer nodig hebben, kunnen wij bij het Loket van het samenwerkingsverband een "
          "arrangement aanvragen. In het schooljaar 2025-2026 hadden zes leerlingen van onze school een "
          "arrangement, onder meer voor extra begeleiding door een onderwijsassistent en voor ambulante "
          "begeleiding vanuit De Kempkens. Ook maakt onze school gebruik van de Plusklas Denkwijs en de Taalklas "
          "in Velderen."),
        p("Onze school heeft bijzondere expertise op het gebied van taalontwikkeling en meertaligheid. Twee "
          "leerkrachten hebben een opleiding tot taalcoördinator gevolgd."),
        ("h1", n("Grenzen aan onze ondersteuning")),
        p("Soms kunnen wij een leerling, ook met extra ondersteuning, niet bieden wat hij of zij nodig heeft. "
          "Dat kan het geval zijn bij ernstige gedragsproblemen waarbij de veiligheid van de leerling of van "
          "anderen in het geding is, of wanneer een leerling zoveel individuele begeleiding nodig heeft dat dit "
          "ten koste gaat van de rest van de groep. Ons gebouw is niet volledig toegankelijk voor leerlingen in "
          "een rolstoel; er is geen lift naar de eerste verdieping."),
        p("Als wij een leerling niet passend kunnen ondersteunen, zoeken wij samen met de ouders en de consulent "
          "van het samenwerkingsverband naar een school die dat wel kan. Soms is een plaats in het speciaal "
          "basisonderwijs of het speciaal onderwijs de beste oplossing. Daarvoor is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig, die onze school aanvraagt na "
          "overleg met de ouders. Het samenwerkingsverband beslist over de aanvraag. In 2025-2026 zijn voor "
          "twee leerlingen van onze school een TLV aangevraagd en toegekend."),
        p("Wij ontvangen ook leerlingen die terugkeren uit het speciaal (basis)onderwijs. In de afgelopen twee "
          "jaar was dat één leerling; de terugplaatsing verliep goed, mede dankzij de begeleiding vanuit sbo De "
          "Wissel."),
        ("h1", n("Ouders")),
        p("Wij zien ouders als partners. Als wij ons zorgen maken over de ontwikkeling van een kind, nemen wij "
          "direct contact op met de ouders. Ouders zijn altijd welkom bij het ondersteuningsteam als hun kind "
          "wordt besproken. Informatie over de ondersteuning op onze school staat in de schoolgids en op onze "
          "website. Ouders die vragen hebben over passend onderwijs, kunnen ook terecht bij het Ouder- en "
          "Jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", n("Middelen")),
        p("Onze school ontvangt van het samenwerkingsverband, via het bestuur, een schoolbudget voor "
          "ondersteuning. In 2026 is dat ongeveer € 40.000. Wij besteden dit aan de uren van de "
          "onderwijsassistenten en aan scholing van het team op het gebied van gedrag."),
        ("h1", n("Ambities")),
        p("Voor de komende jaren hebben wij de volgende ambities: (1) alle leerkrachten zijn geschoold in het "
          "werken met meertalige leerlingen, (2) wij breiden de verrijkingsgroep uit naar twee middagen en (3) "
          "wij maken met de gemeente afspraken over de toegankelijkheid van het gebouw. Over de resultaten "
          "rapporteren wij in de schoolgids."),
        ("h1", n("Contact")),
        p("OBS De Klimop, Lindelaan 12, Oostmaar. Directeur: mevrouw E. Bosman. Intern begeleider: de heer "
          "T. van Rijn."),
    ]
    title = ["Schoolondersteuningsprofiel 2026-2027",
             "Openbare basisschool De Klimop, Oostmaar",
             "Aangesloten bij Samenwerkingsverband Passend Onderwijs De Lingeweide (PO 25-14)",
             "Vastgesteld door de directie na advies van de MR, juni 2026"]
    blocks = assemble(title, body)
    return blocks, "OBS De Klimop | Schoolondersteuningsprofiel 2026-2027", "De Klimop - samen leren, samen groeien"


# ======================================================================================
# main
# ======================================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="holdout52_")
    try:
        specs = [
            ("po-lingeweide-2026", plan_a, ["docx"]),
            ("po-dommelrijk-2026", plan_b, ["pdf"]),
            ("po-devaart-2026", plan_c, ["docx", "pdf"]),
            ("vo-rivierenhoek-2026", plan_d, ["docx"]),
            ("po-heuvelrand-2026", plan_e, ["html"]),
        ]
        for stem, fn, fmts in specs:
            c, blocks, header, footer, statuses, false, advisory, notes = fn()
            if c["sector"] == "vo":
                blocks = vo_fix(blocks)
            print(f"{stem}: {wc(blocks)} words")
            docs = []
            if "html" in fmts:
                render_html(blocks, os.path.join(OUT, stem + ".html"), header, footer, blocks[0][1][0])
                docs.append(stem + ".html")
            if "docx" in fmts or "pdf" in fmts:
                dpath = os.path.join(OUT if "docx" in fmts else tmp, stem + ".docx")
                render_docx(blocks, dpath, header, footer)
                if "docx" in fmts:
                    docs.append(stem + ".docx")
                if "pdf" in fmts:
                    docx_to_pdf(dpath, OUT)
                    docs.append(stem + ".pdf")
            st, crit = labels(statuses, false)
            write_label(stem, docs, c["sector"], True, st, crit, advisory, notes)
        # near miss
        blocks, header, footer = doc_f()
        stem = "sop-klimop-2026"
        print(f"{stem}: {wc(blocks)} words")
        dpath = os.path.join(tmp, stem + ".docx")
        render_docx(blocks, dpath, header, footer)
        docx_to_pdf(dpath, OUT)
        write_label(stem, [stem + ".pdf"], "po", False, {}, {}, {},
                    {"document": "Schoolondersteuningsprofiel of one basisschool (OBS De Klimop) that is a member "
                                 "of SWV De Lingeweide: school-level support offer, grenzen, TLV and terugplaatsing "
                                 "mentioned from the school's side, schoolbudget; no verband-wide plan, no "
                                 "planperiode/OOGO/OPR, adopted by the school director after MR advice."})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
