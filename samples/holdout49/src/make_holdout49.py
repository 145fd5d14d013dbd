#!/usr/bin/env python3
"""Generate holdout49: five fictional ondersteuningsplannen (PO/VO, regional house styles)
and one near-miss document, plus their expected-label YAML files.

Deterministic, no network. Requires python-docx and PyYAML; PDFs are rendered from .docx with
LibreOffice (`soffice --headless --convert-to pdf`).
Usage: python3 make_holdout49.py [output_dir]   (default: the folder above src/)
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", [lines]) title page        ("toc", [entries])       ("h1", text) ("h2", text)
#   ("p", text)        ("bullets", [..]) ("numbers", [..])        ("table", [[header], [row], ...])
#   ("pagebreak",)
# ---------------------------------------------------------------------------------------------


def word_count(blocks):
    n = 0
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif kind in ("bullets", "numbers", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif kind == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
    return n


def render_docx(blocks, path, header_text, footer_text, font="Calibri"):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout49"
    cp.author = "holdout49"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(24)
                elif i == 1:
                    r.font.size = Pt(16)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for x in b[1]:
                doc.add_paragraph(x, style="List Bullet")
        elif kind == "numbers":
            for x in b[1]:
                doc.add_paragraph(x, style="List Number")
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
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_pdf(blocks, path, header_text, footer_text, font="Calibri"):
    tmp = tempfile.mkdtemp(prefix="h49_")
    try:
        stem = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, stem + ".docx")
        render_docx(blocks, src, header_text, footer_text, font)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(os.path.join(tmp, stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, site_name, nav, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">']
    title = next((b[1][0] for b in blocks if b[0] == "title"), site_name)
    out.append("<title>%s | %s</title>" % (e(title), e(site_name)))
    out.append("<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
               "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;"
               "padding:4px}</style>")
    out += ["</head>", "<body>", '<header class="site-header"><div class="logo">%s</div><nav>' % e(site_name)]
    out += ['<a href="#">%s</a>' % e(n) for n in nav]
    out += ["</nav></header>", "<main>"]
    hid = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(b[1][0]))
            out += ['<p class="subtitle">%s</p>' % e(x) for x in b[1][1:]]
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Inhoud</h2><ul>')
            out += ["<li>%s</li>" % e(x) for x in b[1]]
            out.append("</ul></aside>")
        elif kind == "h1":
            hid += 1
            out.append('<h2 id="h%d">%s</h2>' % (hid, e(b[1])))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append("<%s>" % tag + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</%s>" % tag)
        elif kind == "table":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join("<th>%s</th>" % e(str(c)) for c in rows[0])
                       + "</tr></thead><tbody>")
            for row in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(str(c)) for c in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", '<footer class="site-footer"><p>%s</p></footer>' % e(footer_text), "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
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


def write_label(stem, documents, sector, criteria, advisory, notes, looks_like_plan=True):
    path = os.path.join(OUT, stem + ".expected.yaml")
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false")]
    if not looks_like_plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, yaml.safe_dump(v, default_style='"', width=10000).strip()))
    else:
        assert sorted(criteria) == sorted(CORE), stem
        st = status_from(criteria, advisory)
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, st[el]) for el in ELEMENTS))
        lines.append("criteria:")
        for k in CORE:
            lines.append("  %s: %s" % (k, "true" if criteria[k] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
        lines.append("notes:")
        for el in ELEMENTS:
            if el in notes:
                lines.append("  %s: %s" % (el, yaml.safe_dump(notes[el], default_style='"', width=10000).strip()))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# =============================================================================================
# PLAN 1 - PO, Randstad (Rijn & Vliet) - .docx
# Loket / Commissie van Toelaatbaarheid (CvT) / arrangeerteam / schoolcontactpersoon
# =============================================================================================
P1_NAME = "po-rijnenvliet-op-2025-2029"


def plan1():
    B = []
    B.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Samenwerkingsverband Passend Primair Onderwijs Rijn & Vliet (PO 28-12)",
                        "Samen sterk voor elk kind",
                        "Vastgesteld door het algemeen bestuur op 24 maart 2025, na instemming van de "
                        "ondersteuningsplanraad (18 maart 2025) en op overeenstemming gericht overleg met de "
                        "gemeenten (12 februari 2025)"]))
    B.append(("toc", [
        "1 Voorwoord ........................................................ 3",
        "2 Rijn & Vliet in cijfers .......................................... 4",
        "3 Missie, visie en kernwaarden ..................................... 6",
        "4 Basisondersteuning: wat elke school biedt ........................ 8",
        "5 Van extra ondersteuning tot speciaal onderwijs ................... 11",
        "6 Toelaatbaarheid en terugplaatsing ................................ 14",
        "7 Thuiszitters en dekkend netwerk .................................. 18",
        "8 Communicatie ..................................................... 20",
        "9 Samenwerking met gemeenten en jeugdhulp (OOGO) .................... 22",
        "10 Organisatie, governance en medezeggenschap ...................... 24",
        "11 Personeel en professionalisering ................................ 26",
        "12 Financieel beleid en meerjarenbegroting ......................... 28",
        "13 Kwaliteit en resultaten ......................................... 31",
        "14 Planning en totstandkoming ...................................... 33",
        "Bijlage 1 Begrippenlijst ........................................... 35",
        "Bijlage 2 Afkortingen .............................................. 37"]))

    B.append(("h1", "1 Voorwoord"))
    B.append(("p", "Voor u ligt het ondersteuningsplan 2025-2029 van Samenwerkingsverband Passend Primair "
                   "Onderwijs Rijn & Vliet. Het is het derde ondersteuningsplan sinds de invoering van de Wet "
                   "passend onderwijs in 2014. In de afgelopen tien jaar is er veel bereikt: de schoolbesturen "
                   "werken intensiever samen, het Loket is uitgegroeid tot een vertrouwd aanspreekpunt voor scholen "
                   "en het aantal kinderen dat langdurig thuis zit, is fors teruggebracht. Tegelijk zien we dat de "
                   "vraag naar ondersteuning verandert. De groep kinderen met complexe problematiek groeit, het "
                   "lerarentekort raakt de scholen in onze stedelijke wijken hard en de verwachtingen van ouders "
                   "en samenleving nemen toe."))
    B.append(("p", "Dit plan is tot stand gekomen in een intensief traject met directeuren, intern begeleiders, "
                   "schoolcontactpersonen, de ondersteuningsplanraad, de gemeenten en de scholen voor speciaal "
                   "(basis)onderwijs. In vier regionale bijeenkomsten in het najaar van 2024 hebben ruim 180 "
                   "betrokkenen meegedacht over de koers. Hun opbrengsten zijn verwerkt in de hoofdstukken die "
                   "volgen. Wij danken iedereen die heeft bijgedragen, en in het bijzonder de leden van de "
                   "ondersteuningsplanraad voor hun kritische en constructieve vragen."))
    B.append(("p", "Een ondersteuningsplan is geen eindpunt. Het beschrijft de afspraken die wij met elkaar maken "
                   "en vormt het kader waarbinnen de scholen en het samenwerkingsverband de komende vier jaar "
                   "werken. Waar nodig passen wij onderdelen tussentijds aan, altijd na instemming van de "
                   "ondersteuningsplanraad."))
    B.append(("p", "Namens het bestuur, drs. M. El Idrissi, directeur-bestuurder"))

    B.append(("h1", "2 Rijn & Vliet in cijfers"))
    B.append(("p", "Het samenwerkingsverband omvat het grondgebied van vijf gemeenten in het westen van "
                   "Zuid-Holland, met een mix van stedelijke wijken, groeikernen en een landelijk gebied rond de "
                   "plassen. In het samenwerkingsverband zijn 14 schoolbesturen aangesloten met samen 96 "
                   "basisscholen (111 vestigingen), drie scholen voor speciaal basisonderwijs en vier scholen voor "
                   "speciaal onderwijs in cluster 3 en 4. Op de teldatum 1 oktober 2024 telden de basisscholen "
                   "29.870 leerlingen."))
    B.append(("table", [["Kengetal (teldatum 1 oktober)", "2022", "2023", "2024", "Prognose 2028"],
                        ["Leerlingen basisonderwijs", "30.410", "30.120", "29.870", "29.300"],
                        ["Aangesloten schoolbesturen", "15", "14", "14", "14"],
                        ["Basisscholen (vestigingen)", "98 (113)", "97 (112)", "96 (111)", "n.v.t."],
                        ["Scholen voor sbo / so", "3 / 4", "3 / 4", "3 / 4", "3 / 4"]]))
    B.append(("p", "De leerlingaantallen dalen licht, maar niet overal: in de nieuwbouwwijken aan de oostkant "
                   "groeit het aantal kinderen, terwijl de oudere wijken krimpen. Ongeveer een kwart van de "
                   "leerlingen groeit op in een gezin met een laag inkomen, en in drie wijken spreekt meer dan de "
                   "helft van de kinderen thuis een andere taal dan het Nederlands. Deze verschillen vragen om "
                   "maatwerk in de manier waarop wij ondersteuning organiseren."))

    B.append(("h1", "3 Missie, visie en kernwaarden"))
    B.append(("p", "Onze missie is kort: ieder kind in Rijn & Vliet krijgt het onderwijs en de ondersteuning "
                   "die het nodig heeft, zo dicht mogelijk bij huis. Wij geloven dat kinderen het best tot "
                   "ontwikkeling komen in een omgeving waar zij erbij horen, met leeftijdgenoten uit de eigen "
                   "buurt. Inclusie is voor ons geen doel op zich, maar een richting: zo regulier als mogelijk, zo "
                   "speciaal als nodig."))
    B.append(("p", "Onze visie rust op vier kernwaarden. Ten eerste vertrouwen: besturen en scholen krijgen de "
                   "ruimte en de middelen om hun verantwoordelijkheid waar te maken. Ten tweede samen: geen school "
                   "staat er alleen voor, en de kennis van het speciaal onderwijs is beschikbaar voor het regulier "
                   "onderwijs. Ten derde dichtbij: ondersteuning wordt zoveel mogelijk in de klas geboden, door "
                   "mensen die het kind kennen. Ten vierde eenvoud: de weg naar ondersteuning moet voor scholen en "
                   "ouders helder en zonder onnodige bureaucratie zijn."))
    B.append(("p", "Deze kernwaarden vertalen wij in drie ambities voor de planperiode: de basis op orde op "
                   "iedere school, een snelle en eenvoudige route naar extra ondersteuning, en een sluitend netwerk "
                   "waarin geen kind tussen wal en schip valt. In de volgende hoofdstukken beschrijven wij hoe wij "
                   "daaraan werken. Passend onderwijs vraagt ook iets van de samenleving: van gemeenten, jeugdhulp "
                   "en zorgaanbieders, en van de ouders die samen met de school optrekken."))

    B.append(("h1", "4 Basisondersteuning: wat elke school biedt"))
    B.append(("p", "Basisondersteuning is in Rijn & Vliet het afgesproken minimumniveau van ondersteuning dat "
                   "iedere basisschool van het samenwerkingsverband, op elke vestiging, biedt zonder dat daarvoor "
                   "een aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft dit niveau "
                   "vastgesteld in twaalf standaarden. Alle schoolbesturen hebben zich eraan verbonden dat hun "
                   "scholen uiterlijk 1 augustus 2026 aan alle standaarden voldoen. Scholen beschrijven in hun "
                   "schoolondersteuningsprofiel en in de schoolgids hoe zij de standaarden invullen en wat zij "
                   "daarnaast aan extra ondersteuning bieden."))
    B.append(("p", "De twaalf standaarden zijn:"))
    B.append(("numbers", [
        "Elke school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die "
        "leerkrachten coacht en de leerlingbesprekingen leidt.",
        "Elke school werkt handelingsgericht: de ondersteuningsbehoeften van leerlingen worden drie keer per jaar "
        "in groepsbesprekingen besproken en vertaald naar een groepsplan of groepsoverzicht.",
        "Elke school werkt volgens het landelijke Protocol Dyslexie en het Protocol Ernstige Reken-Wiskunde-"
        "problemen en Dyscalculie, inclusief signalering vanaf groep 2 en voorzieningen als extra tijd, "
        "voorleessoftware en vergrote teksten.",
        "Elke school heeft een aanbod voor kinderen met een taalachterstand, waaronder NT2-ondersteuning in "
        "kleine groepen en woordenschatonderwijs volgens een vaste methodiek.",
        "Elke school biedt een aanbod voor (meer)begaafde leerlingen binnen de groep: compacten, verrijken en "
        "een verrijkingsgroep op schoolniveau of in samenwerking met een nabije school.",
        "Elke school hanteert een schoolbreed programma voor sociale veiligheid en gedrag (bijvoorbeeld PBS of "
        "De Vreedzame School) en monitort de sociale veiligheid jaarlijks.",
        "Elke school heeft een aanpak voor kinderen met gedragsproblemen, met een time-out-protocol en een "
        "vaste aanpak voor overleg met ouders.",
        "Elke school heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren "
        "(zoals het toedienen van medicijnen) na schriftelijke toestemming.",
        "Elke school heeft een ondersteuningsteam (OT) waarin de intern begeleider, de schoolcontactpersoon van "
        "het samenwerkingsverband en, indien nodig, de jeugdverpleegkundige en het sociaal wijkteam "
        "deelnemen; het OT komt ten minste zes keer per jaar bijeen.",
        "Elke school stelt voor een leerling die op onderdelen een eigen leerlijn volgt, binnen zes weken een "
        "ontwikkelingsperspectief (OPP) op en evalueert dit ten minste twee keer per jaar met ouders.",
        "Elke school organiseert een warme overdracht bij de overgang van voorschool naar groep 1 en van groep 8 "
        "naar het voortgezet onderwijs.",
        "Elke school is fysiek toegankelijk of heeft met het bestuur een plan om een leerling met een lichamelijke "
        "beperking binnen drie maanden op te vangen."]))
    B.append(("p", "De schoolcontactpersoon van het samenwerkingsverband voert jaarlijks met elke school een "
                   "ondersteuningsgesprek aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een school "
                   "op één of meer standaarden niet, dan stelt de school binnen drie maanden een verbeterplan op, "
                   "dat met het bestuur en de directeur-bestuurder van het samenwerkingsverband wordt besproken. "
                   "De resultaten van de gesprekken worden per bestuur teruggekoppeld in het bestuurlijk overleg."))

    B.append(("h1", "5 Van extra ondersteuning tot speciaal onderwijs"))
    B.append(("p", "Niet elk kind kan met basisondersteuning alleen verder. Wij onderscheiden daarom vijf "
                   "niveaus van ondersteuning, die samen het ondersteuningscontinuüm van Rijn & Vliet vormen. "
                   "Tussen de niveaus bestaat geen automatische volgorde: een kind krijgt de ondersteuning die past "
                   "bij zijn onderwijsbehoefte."))
    B.append(("table", [["Niveau", "Wat", "Waar", "Wie beslist"],
                        ["1", "Basisondersteuning (12 standaarden)", "Elke school", "School"],
                        ["2", "Extra ondersteuning met arrangement: individueel of groepsgewijs, bijvoorbeeld "
                              "begeleiding door een gedragsspecialist of een onderwijsassistent", "Eigen school",
                         "Arrangeerteam"],
                        ["3", "Bovenschoolse voorzieningen: Taalklas Rijn & Vliet (nieuwkomers, max. 1 jaar), "
                              "Plusklas Kompas (hoogbegaafde leerlingen, 1 dag per week), observatiegroep De Brug "
                              "(max. 12 weken)", "Vier locaties in de regio", "Arrangeerteam"],
                        ["4", "Speciaal basisonderwijs", "Drie sbo-scholen", "Commissie van Toelaatbaarheid"],
                        ["5", "Speciaal onderwijs cluster 3 en 4, onderwijs-zorgarrangementen",
                         "Vier so-scholen, twee OZA-groepen", "Commissie van Toelaatbaarheid"]]))
    B.append(("p", "Een school die handelingsverlegen is, meldt een leerling na bespreking in het OT aan bij het "
                   "Loket. Het arrangeerteam – een orthopedagoog en de schoolcontactpersoon – voert binnen vier "
                   "weken een gesprek met school en ouders en stelt vast welk arrangement nodig is, voor welke duur "
                   "en met welk budget. Een individueel arrangement bedraagt ten hoogste € 6.000 per schooljaar; "
                   "groepsarrangementen worden per groep van vier tot acht leerlingen toegekend. Arrangementen "
                   "worden na uiterlijk een jaar geëvalueerd."))
    B.append(("p", "De drie sbo-scholen en de so-scholen zijn in onze regio niet alleen een plek voor "
                   "leerlingen, maar ook een bron van expertise. Zij leveren ambulante begeleiding en consultatie "
                   "aan de basisscholen en verzorgen samen met het Loket de scholing van intern begeleiders."))

    B.append(("h1", "6 Toelaatbaarheid en terugplaatsing"))
    B.append(("h2", "6.1 Wanneer een toelaatbaarheidsverklaring?"))
    B.append(("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
                   "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De Commissie van "
                   "Toelaatbaarheid (CvT) neemt namens het bestuur het besluit."))
    B.append(("h2", "6.2 De procedure"))
    B.append(("numbers", [
        "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in bij "
        "het Loket via het digitale aanvraagformulier. De aanvraag bevat het groeidocument of OPP, het "
        "onderwijskundig rapport, de evaluatie van de geboden ondersteuning en de zienswijze van de ouders.",
        "Het Loket controleert binnen vijf werkdagen of het dossier compleet is en wijst een casusregisseur toe.",
        "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, "
        "afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of "
        "jeugdarts). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
        "De CvT besluit binnen zes weken na ontvangst van het complete dossier. Ouders en school ontvangen het "
        "besluit en een afschrift van de deskundigenadviezen.",
        "In spoedsituaties kan de voorzitter van de CvT binnen vijf werkdagen een tijdelijke TLV van ten hoogste "
        "drie maanden afgeven."]))
    B.append(("h2", "6.3 Toetsingskader"))
    B.append(("p", "Het inhoudelijke toetsingskader van de CvT is in herziening. Samen met de directies van het "
                   "speciaal (basis)onderwijs werken wij in het schooljaar 2025-2026 een nieuw kader uit, dat "
                   "daarna als wijziging van dit plan aan de ondersteuningsplanraad wordt voorgelegd."))
    B.append(("h2", "6.4 Duur, bekostigingscategorie en bezwaar"))
    B.append(("p", "Een TLV voor het speciaal basisonderwijs geldt tot het einde van de basisschoolperiode van de "
                   "leerling. Een TLV voor het speciaal onderwijs wordt afgegeven voor één of twee schooljaren en "
                   "loopt steeds af op 31 juli. Voor het so stelt de CvT de bekostigingscategorie vast: laag, "
                   "midden of hoog. Ouders en school kunnen binnen zes weken bezwaar maken bij het bestuur van het "
                   "samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen (LBT) en beslist binnen de wettelijke termijn."))
    B.append(("h2", "6.5 Terugplaatsing en overplaatsing"))
    B.append(("p", "Plaatsing in het speciaal (basis)onderwijs is in Rijn & Vliet nooit bedoeld als eindstation. "
                   "Ons beleid is dat een leerling terugkeert naar een reguliere basisschool, bij voorkeur in de "
                   "eigen wijk, zodra het ontwikkelingsperspectief laat zien dat de onderwijsbehoefte met "
                   "basisondersteuning en een arrangement op niveau 2 kan worden waargemaakt. Voorwaarden zijn "
                   "dat ouders instemmen, dat een ontvangende school is gevonden en dat er een "
                   "terugplaatsingsarrangement klaarstaat. Dit arrangement duurt een jaar en omvat ambulante "
                   "begeleiding door de s(b)o-school die de leerling kent, plus een budget van € 4.500 voor extra "
                   "handen in de klas."))
    B.append(("p", "De werkwijze is als volgt. In het laatste jaar van de TLV evalueert de s(b)o-school vóór "
                   "1 februari het OPP met de ouders en beoordeelt zij of terugkeer realistisch is. Is dat zo, dan "
                   "neemt de s(b)o-school het initiatief tot een overstapoverleg met ouders, de beoogde "
                   "basisschool en het Loket. Het arrangeerteam besluit over het terugplaatsingsarrangement. De "
                   "overstap wordt na drie en na twaalf maanden geëvalueerd door de ontvangende school, de "
                   "s(b)o-school en de ouders. Is terugkeer (nog) niet mogelijk, dan vraagt de s(b)o-school vóór "
                   "1 april een nieuwe TLV aan volgens de procedure in paragraaf 6.2. Bij een overplaatsing tussen "
                   "sbo en so volgt de nieuwe school dezelfde route."))

    B.append(("h1", "7 Thuiszitters en dekkend netwerk"))
    B.append(("p", "Het samenwerkingsverband heeft de opdracht om te zorgen voor een dekkend netwerk: voor ieder "
                   "kind een passende plek. Wij maken dat waar door drie instrumenten."))
    B.append(("p", "Ten eerste de thuiszitterstafel. Elke maand bespreken de leerplichtambtenaren, het Loket en "
                   "de jeugdhulpregie van de gemeenten alle kinderen die niet of gedeeltelijk naar school gaan. "
                   "Binnen twee weken na een melding wijst het Loket een casusregisseur aan, die samen met school "
                   "en ouders een plan maakt. Lukt het niet om binnen zes weken een passende plek te vinden, dan "
                   "schaalt de casusregisseur op naar de directeur-bestuurder, die doorzettingsmacht heeft tegenover "
                   "de aangesloten besturen."))
    B.append(("p", "Ten tweede de jaarlijkse analyse van witte vlekken. Elk voorjaar brengt het Loket op basis "
                   "van de aanmeldingen, de wachtlijsten en de signalen uit de OT's in beeld waar het aanbod "
                   "tekortschiet. In 2024 bleken er twee lacunes: er is geen passend aanbod voor jonge kinderen met "
                   "ernstige meervoudige beperkingen in het westelijk deel van de regio, en de wachtlijst voor het "
                   "so cluster 4 liep op tot veertien weken. Voor de eerste lacune starten wij per 1 augustus 2026 "
                   "samen met een zorgaanbieder een onderwijs-zorggroep; voor de tweede breiden twee so-scholen hun "
                   "capaciteit uit met elk één groep."))
    B.append(("p", "Ten derde de regionale afspraak over de zorgplicht. Vindt een school na aanmelding binnen de "
                   "wettelijke termijn geen passende plek, dan meldt zij dit bij het Loket, dat de besturen helpt "
                   "om gezamenlijk een plek te organiseren."))

    B.append(("h1", "8 Communicatie"))
    B.append(("p", "Goede communicatie is voor een samenwerkingsverband onmisbaar. Onze interne communicatie "
                   "richt zich op besturen, directeuren en intern begeleiders: zij ontvangen tien keer per jaar de "
                   "nieuwsbrief Loketpost en kunnen terecht op het besloten deel van de website. Voor de "
                   "gemeenten en ketenpartners organiseren wij twee keer per jaar een netwerkbijeenkomst."))
    B.append(("p", "Ouders informeren wij op verschillende manieren over de ondersteuning die scholen en het "
                   "samenwerkingsverband bieden. Op de ouderpagina van www.rijnenvliet-po.nl staan de twaalf "
                   "standaarden, de route naar een arrangement en de TLV-procedure in begrijpelijke taal. De "
                   "folder 'Passend onderwijs in Rijn & Vliet' is beschikbaar in het Nederlands, Engels, Arabisch, "
                   "Turks en Pools en ligt op iedere school. In de schoolgids en het schoolondersteuningsprofiel "
                   "beschrijft elke school welke ondersteuning zij biedt. Twee keer per jaar organiseren wij een "
                   "ouderavond over een actueel thema, en via de Ouderlijn van het Loket kunnen ouders op "
                   "werkdagen tussen 9.00 en 12.00 uur met hun vragen terecht."))
    B.append(("p", "Soms hebben ouders behoefte aan iemand die naast hen staat en onafhankelijk is van school en "
                   "samenwerkingsverband. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rijn & Vliet, "
                   "dat is ondergebracht bij een onafhankelijke stichting en geen deel uitmaakt van onze "
                   "organisatie. Het steunpunt geeft informatie, denkt mee en gaat desgewenst mee naar gesprekken. "
                   "Daarnaast kunnen ouders gratis een beroep doen op de Onderwijsconsulenten. Bij een geschil over "
                   "toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend "
                   "onderwijs; klachten over het samenwerkingsverband behandelt de klachtencommissie waarbij wij "
                   "zijn aangesloten."))
    B.append(("p", "Ouders zijn in de ondersteuningsplanraad vertegenwoordigd met zes leden. Daarnaast vragen wij "
                   "jaarlijks een ouderpanel om mee te denken over de verbetering van onze dienstverlening."))

    B.append(("h1", "9 Samenwerking met gemeenten en jeugdhulp (OOGO)"))
    B.append(("p", "De vijf gemeenten in onze regio zijn onmisbare partners. In het op overeenstemming gericht "
                   "overleg (OOGO) hebben wij op 12 februari 2025 het concept van dit plan besproken met de "
                   "wethouders onderwijs en jeugd. Gezamenlijke thema's voor de komende periode zijn de inzet van "
                   "jeugdhulp in de school, het leerlingenvervoer, de onderwijshuisvesting van de so-scholen en de "
                   "aanpak van verzuim."))
    B.append(("p", "Op elf scholen werkt een schoolmaatschappelijk werker die door de gemeente wordt "
                   "bekostigd. In de onderwijs-zorgarrangementen combineren wij onderwijs en zorg in één "
                   "programma, met een gezamenlijke financiering van gemeente en samenwerkingsverband. De afspraken "
                   "hierover zijn vastgelegd in de regionale samenwerkingsagenda onderwijs-jeugd 2025-2028."))

    B.append(("h1", "10 Organisatie, governance en medezeggenschap"))
    B.append(("p", "Rijn & Vliet is een stichting. De directeur-bestuurder vormt het bestuur en wordt "
                   "gecontroleerd door een raad van toezicht van vijf leden, van wie er drie door de aangesloten "
                   "besturen worden voorgedragen. De algemene vergadering van schoolbesturen stelt de begroting en "
                   "het ondersteuningsplan vast. Bestuur en toezicht zijn daarmee gescheiden, zoals de Code Goed "
                   "Bestuur voorschrijft."))
    B.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
                   "gekozen uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht "
                   "op het ondersteuningsplan en vergadert vijf keer per jaar met de directeur-bestuurder. Het "
                   "samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het "
                   "Loket."))
    B.append(("p", "Het Loket is het uitvoeringsbureau van het samenwerkingsverband. Het bestaat uit de teams "
                   "Toewijzing, Ondersteuning en Bedrijfsvoering. Het Loket is gehuisvest in het Onderwijshuis, "
                   "samen met de leerplichtafdeling en het jeugdteam."))

    B.append(("h1", "11 Personeel en professionalisering"))
    B.append(("p", "Het samenwerkingsverband heeft 14,6 fte in dienst, onder wie vijf orthopedagogen, zes "
                   "schoolcontactpersonen en twee casusregisseurs. De schoolcontactpersonen zijn het vaste gezicht "
                   "van het samenwerkingsverband op school. Wij investeren in hun deskundigheid door intervisie, "
                   "een jaarlijks scholingsbudget en deelname aan landelijke netwerken."))
    B.append(("p", "Voor de scholen organiseren wij de Rijn & Vliet Academie: een scholingsaanbod voor "
                   "leerkrachten en intern begeleiders over onder meer gedrag, trauma-sensitief lesgeven, "
                   "meertaligheid en hoogbegaafdheid. Leerkrachten uit het sbo en so verzorgen een deel van de "
                   "trainingen. Het lerarentekort maakt het niet eenvoudig om leerkrachten vrij te roosteren; "
                   "daarom bieden wij steeds meer korte online modules en leerteams op de eigen school aan."))
    B.append(("p", "Ook op het gebied van ICT en privacy is de organisatie in beweging. Het Loket werkt met een "
                   "beveiligd dossiersysteem, waarin alleen medewerkers die bij een aanvraag betrokken zijn "
                   "gegevens kunnen inzien. Gegevens over toelaatbaarheid worden tot drie jaar na het besluit "
                   "bewaard. De functionaris gegevensbescherming rapporteert jaarlijks aan de raad van toezicht."))

    B.append(("h1", "12 Financieel beleid en meerjarenbegroting"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
                   "ondersteuning. Van dit budget draagt DUO het deel voor de so-scholen en de groeiregeling sbo "
                   "direct af; het resterende deel besteedt het samenwerkingsverband aan de afspraken in dit plan."))
    B.append(("p", "Wij hanteren een schoolmodel met een centraal deel. De middelen voor lichte ondersteuning "
                   "gaan volledig naar de schoolbesturen: € 205 per leerling op basis van de teldatum 1 oktober "
                   "van het voorgaande jaar, aangevuld met een vaste voet van € 7.500 per vestiging met minder dan "
                   "150 leerlingen. Besturen met scholen waar meer dan 30 procent van de leerlingen in een wijk met "
                   "hoge onderwijsachterstanden woont, ontvangen een opslag van € 40 per leerling. Het centrale deel "
                   "financiert de arrangementen op niveau 2 en 3, de bovenschoolse voorzieningen en het Loket; het "
                   "arrangeerteam kent deze arrangementen toe volgens de bedragen in hoofdstuk 5. Het verdeelmodel "
                   "wordt elk voorjaar vóór 1 april door de algemene vergadering bevestigd."))
    B.append(("p", "Een meerjarenbegroting maakt geen deel uit van dit plan. Het bestuur stelt de begroting en "
                   "de meerjarenraming jaarlijks in december vast; beide worden na vaststelling gepubliceerd op de "
                   "website."))
    B.append(("p", "De algemene reserve van het samenwerkingsverband lag eind 2024 boven de signaleringswaarde "
                   "van de Inspectie. In het bestedingsplan reserves dat het bestuur in 2024 vaststelde, is "
                   "afgesproken de reserve uiterlijk eind 2027 tot de signaleringswaarde terug te brengen. Het "
                   "weerstandsvermogen houden wij op minimaal 5 procent van de baten."))

    B.append(("h1", "13 Kwaliteit en resultaten"))
    B.append(("p", "Kwaliteit is voor ons meer dan een cijfer. In de vorige planperiode lag de nadruk op de "
                   "opbouw van het Loket en op de invoering van de twaalf standaarden. In deze planperiode willen "
                   "wij beter zicht krijgen op wat onze inzet voor kinderen oplevert."))
    B.append(("p", "De beoogde resultaten voor 2025-2029 en de manier waarop wij die gaan volgen, stellen wij in "
                   "de loop van het schooljaar 2025-2026 vast, zodra de nieuwe regionale monitor beschikbaar is en "
                   "de schoolbesturen hun eigen ambities hebben geformuleerd. Tot dat moment is deze paragraaf p.m."))

    B.append(("h1", "14 Planning en totstandkoming"))
    B.append(("table", [["Stap", "Datum"],
                        ["Regionale bijeenkomsten", "september - november 2024"],
                        ["Concept besproken in bestuurlijk overleg", "16 december 2024"],
                        ["OOGO met de gemeenten", "12 februari 2025"],
                        ["Overleg met SWV VO in de regio", "20 februari 2025"],
                        ["Instemming OPR", "18 maart 2025"],
                        ["Vaststelling algemeen bestuur", "24 maart 2025"],
                        ["Toezending aan de Inspectie", "vóór 1 mei 2025"]]))
    B.append(("p", "Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Jaarlijks vertalen wij het plan "
                   "naar een jaarplan met activiteiten en een begroting."))

    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B.append(("bullets", [
        "Arrangement: een op maat gemaakt pakket van extra ondersteuning voor een leerling of groep.",
        "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen van het "
        "samenwerkingsverband bieden.",
        "Beoogde resultaten: de resultaten die het samenwerkingsverband in de planperiode wil bereiken.",
        "Dekkend netwerk: een samenhangend geheel van voorzieningen, zodat elk kind een passende plek heeft.",
        "Meerjarenbegroting: de begroting voor meerdere jaren, met de verwachte baten en lasten.",
        "Ouder- en Jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen.",
        "Terugplaatsing: de overstap van een leerling van het s(b)o naar het regulier onderwijs.",
        "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
        "tot het sbo of so.",
        "Zorgplicht: de plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een "
        "passende plek te bieden."]))
    B.append(("h1", "Bijlage 2 Afkortingen"))
    B.append(("bullets", ["CvT - Commissie van Toelaatbaarheid", "LBT - Landelijke Bezwaaradviescommissie "
                          "Toelaatbaarheidsverklaringen", "OJSP - Ouder- en Jeugdsteunpunt", "OOGO - op "
                          "overeenstemming gericht overleg", "OPP - ontwikkelingsperspectief", "OPR - "
                          "ondersteuningsplanraad", "OT - ondersteuningsteam", "OZA - onderwijs-zorgarrangement",
                          "SOP - schoolondersteuningsprofiel", "TLV - toelaatbaarheidsverklaring"]))
    return B


P1_CRITERIA = {
    "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
    "plaatsing.procedure": True, "plaatsing.criteria": False,
    "terugstroom.procedure": True, "terugstroom.beleid": True,
    "financien.verdeling": True, "financien.besteding": False,
    "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
    "resultaten.doelen": False, "resultaten.monitoring": False,
    "ouders.informatie": True, "ouders.steunpunt": True}
P1_ADVISORY = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
               "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
P1_NOTES = {
    "basisondersteuning": "H4: minimumniveau voor elke school/vestiging plus twaalf concrete standaarden; borging via kwaliteitskaart en verbeterplan.",
    "plaatsing": "H6.2 volledige procedure (Loket, twee deskundigen, CvT, 6 weken); criteria ontbreken: 6.3 'toetsingskader in herziening', wordt in 2025-2026 uitgewerkt (uitstel).",
    "terugstroom": "Zit in H6.5 binnen het TLV-hoofdstuk: beleid (thuisnabij, voorwaarden, terugplaatsingsarrangement) en werkwijze (evaluatie voor 1 feb, overstapoverleg, arrangeerteam besluit, evaluaties 3/12 mnd).",
    "financien": "H12 verdeelmodel met bedragen per leerling/vaste voet/opslag (verdeling); meerjarenbegroting expliciet geen deel van het plan, 'jaarlijks in december, website' -> besteding niet; reserves wel.",
    "dekkend-aanbod": "H5 continuum in vijf niveaus (tabel) en H7 thuiszitterstafel, witte-vlekkenanalyse met acties, zorgplicht.",
    "resultaten": "H13 'Kwaliteit en resultaten' is alleen uitstel ('stellen wij in de loop van 2025-2026 vast ... p.m.'); TOC en begrippenlijst noemen resultaten (traps).",
    "ouders": "Verstopt in H8 'Communicatie': ouderpagina, folder in 5 talen, schoolgids/SOP, Ouderlijn; onafhankelijk OJSP, Onderwijsconsulenten, geschillencommissie."}

# =============================================================================================
# PLAN 2 - VO, Noord (Wadden en Wouden) - .pdf via LibreOffice
# Commissie Toewijzing / expertiseteam / OPDC De Fuorke / krimp, afstanden
# =============================================================================================
P2_NAME = "vo-waddenenwouden-op-2024-2028"


def plan2():
    B = []
    B.append(("title", ["Ondersteuningsplan 2024-2028",
                        "Samenwerkingsverband Voortgezet Onderwijs Wadden en Wouden (VO 21-04)",
                        "Thuis in de regio",
                        "Versie 1.0 - vastgesteld door het bestuur op 15 april 2024"]))
    B.append(("toc", [
        "Voorwoord                                                   2",
        "1  Waar we staan: terugblik 2020-2024                        3",
        "2  Koers: thuis in de regio                                  5",
        "3  Ondersteuning op school                                   7",
        "4  Extra ondersteuning en het expertiseteam                  9",
        "5  De Commissie Toewijzing: vso, lwoo en pro                12",
        "6  Terugkeer naar het regulier onderwijs                    16",
        "7  Thuiszitters en dekkend aanbod                           18",
        "8  Resultaten: wat we willen bereiken en hoe we dat volgen  20",
        "9  Ouders en leerlingen                                     23",
        "10 Geld en middelen                                         25",
        "11 Samenwerking met gemeenten en jeugdhulp                  28",
        "12 Organisatie, personeel en medezeggenschap                30",
        "13 Procedure en planning                                    32",
        "Begrippenlijst                                              33"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Wadden en Wouden is een uitgestrekt gebied. Van de kust tot de zandgronden in het zuiden "
                   "rijd je ruim een uur. Dat maakt passend onderwijs bij ons anders dan in de stad. Een leerling "
                   "die naar een speciale voorziening moet, zit al snel twee uur per dag in een taxi. Daarom "
                   "kiezen we in dit plan voor één rode draad: thuis in de regio. We willen dat jongeren zo veel "
                   "mogelijk op hun eigen school, in hun eigen dorp of stad, de ondersteuning krijgen die ze nodig "
                   "hebben."))
    B.append(("p", "Dat lukt alleen samen. Met de zes schoolbesturen, de vso-scholen, de gemeenten, de "
                   "jeugdhulp en niet in de laatste plaats met ouders en leerlingen zelf. We danken de "
                   "ondersteuningsplanraad voor de open gesprekken over dit plan. Het plan is gemaakt in een tijd "
                   "van krimp: het aantal leerlingen loopt de komende jaren met ongeveer 9 procent terug. Dat "
                   "vraagt om keuzes, en die maken we in dit plan zichtbaar."))
    B.append(("p", "Hendrik Postma, voorzitter bestuur, en Sjoukje de Vries, directeur"))

    B.append(("h1", "1 Waar we staan: terugblik 2020-2024"))
    B.append(("p", "In de vorige planperiode hebben we drie dingen bereikt waar we trots op zijn. Het "
                   "expertiseteam is op alle veertien locaties actief geworden. OPDC De Fuorke heeft een tweede "
                   "locatie gekregen in het zuiden van de regio. En het aantal thuiszitters is gedaald. Niet alles "
                   "lukte: de doorlooptijd van aanvragen bij de Commissie Toewijzing liep in 2022 op door "
                   "personeelsgebrek, en het deelnamepercentage vso bleef boven het landelijk gemiddelde."))
    B.append(("table", [["Indicator (peildatum 1 oktober)", "2020", "2022", "2023", "Doel 2024"],
                        ["Leerlingen in het regulier vo", "8.940", "8.710", "8.560", "-"],
                        ["Deelnamepercentage vso", "4,1%", "3,9%", "3,8%", "3,6%"],
                        ["Thuiszitters > 4 weken (telling leerplicht)", "31", "22", "17", "15"],
                        ["Gemiddelde doorlooptijd aanvraag TLV (werkdagen)", "24", "33", "26", "25"],
                        ["Leerlingen in OPDC De Fuorke (instroom per jaar)", "58", "71", "69", "-"]]))
    B.append(("p", "De cijfers komen uit onze eigen registratie, de leerplichttelling en de DUO-gegevens. Ze "
                   "laten zien dat we op de goede weg zijn, maar dat de doelen voor het vso en de doorlooptijd "
                   "nog niet gehaald zijn."))

    B.append(("h1", "2 Koers: thuis in de regio"))
    B.append(("p", "Onze koers bestaat uit drie beloftes. We beloven dat elke school in de regio een stevige "
                   "basis biedt, zodat jongeren niet voor elke vraag naar een andere plek hoeven. We beloven dat "
                   "extra ondersteuning snel en dichtbij wordt georganiseerd, met zo min mogelijk papierwerk. En we "
                   "beloven dat geen jongere thuis komt te zitten zonder dat er binnen een paar weken een plan ligt."))
    B.append(("p", "Bij die beloftes horen waarden die we in het hele samenwerkingsverband delen: we werken "
                   "vanuit de vraag van de jongere, we zijn eerlijk over wat wel en niet kan, en we vertrouwen op "
                   "de professionaliteit van de mensen in de school. Onze koers sluit aan bij de regionale "
                   "agenda 'Kansrijk Noord' van de gemeenten en bij de ambities van het mbo in de regio om meer "
                   "jongeren met een startkwalificatie de arbeidsmarkt op te laten gaan."))
    B.append(("p", "Krimp is het decor van al onze keuzes. Kleine locaties kunnen niet alles zelf. Daarom "
                   "bundelen we expertise in het expertiseteam en zorgen we dat dezelfde deskundigheid op alle "
                   "locaties beschikbaar is, of die nu 300 of 1.800 leerlingen telt."))

    B.append(("h1", "3 Ondersteuning op school"))
    B.append(("p", "Alle scholen van Wadden en Wouden bieden, op elke locatie, dezelfde basisondersteuning. "
                   "Dat is de ondergrens die de besturen samen hebben afgesproken: wat een school hier biedt, kan "
                   "een leerling ook op elke andere school in de regio verwachten. Basisondersteuning is het "
                   "fundament onder alle andere vormen van ondersteuning; pas als die basis niet voldoende is, "
                   "komt extra ondersteuning in beeld."))
    B.append(("p", "Welke voorzieningen, interventies en deskundigheid precies tot die basis behoren, leggen we "
                   "vast in een regionaal ondersteuningskader. De werkgroep Basis op Orde, met "
                   "ondersteuningscoördinatoren van alle besturen, werkt dat kader in het schooljaar 2024-2025 uit. "
                   "Tot het kader is vastgesteld, gelden de beschrijvingen in de schoolondersteuningsprofielen van "
                   "de afzonderlijke scholen, die op de websites van de scholen te vinden zijn."))
    B.append(("p", "We weten dat dit een onderdeel is waar de ondersteuningsplanraad kritisch naar heeft "
                   "gekeken. Het kader wordt daarom, zodra het klaar is, als wijziging van dit plan ter instemming "
                   "aan de OPR voorgelegd."))

    B.append(("h1", "4 Extra ondersteuning en het expertiseteam"))
    B.append(("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, zijn er in onze regio vier "
                   "stappen, die samen ons ondersteuningsaanbod vormen."))
    B.append(("bullets", [
        "Extra ondersteuning op de eigen school. De school zet een arrangement in uit het eigen budget voor lichte "
        "ondersteuning, bijvoorbeeld een trajectvoorziening, een rustruimte met begeleider of faalangstreductie "
        "in kleine groepjes. Elke school beschrijft dit aanbod in haar schoolondersteuningsprofiel.",
        "Het expertiseteam. Het expertiseteam van het samenwerkingsverband (orthopedagogen, "
        "gedragsspecialisten, een jeugdarts en twee trajectbegeleiders) komt op verzoek van de school binnen "
        "tien schooldagen langs, denkt mee, begeleidt leerlingen ambulant en coacht docenten.",
        "Tijdelijke plaatsing in OPDC De Fuorke. Jongeren die vastlopen, kunnen maximaal zestien weken, met "
        "één verlenging van acht weken, op een van de twee locaties van De Fuorke terecht, met als doel "
        "terugkeer naar de eigen school. Ook de reboundvoorziening voor leerlingen met gedragsproblemen en de "
        "Taalklas voor nieuwkomers vallen onder De Fuorke.",
        "Voortgezet speciaal onderwijs en praktijkonderwijs. In de regio zijn twee vso-scholen (cluster 3 en "
        "cluster 4) en twee scholen voor praktijkonderwijs. Daarnaast kennen vijf scholen leerwegondersteunend "
        "onderwijs (lwoo) in kleine klassen."]))
    B.append(("p", "Voor jongeren die onderwijs en zorg nodig hebben, heeft De Fuorke samen met een "
                   "jeugdhulpaanbieder een onderwijs-zorgarrangement ontwikkeld, waarin jongeren halve dagen les "
                   "krijgen en daarnaast behandeling op dezelfde locatie."))

    B.append(("h1", "5 De Commissie Toewijzing: vso, lwoo en pro"))
    B.append(("h2", "5.1 Toelaatbaarheid tot het vso"))
    B.append(("p", "De Commissie Toewijzing beslist namens het bestuur over toelaatbaarheidsverklaringen voor "
                   "het voortgezet speciaal onderwijs. De aanvraag loopt als volgt."))
    B.append(("numbers", [
        "De school waar de leerling staat ingeschreven, of bij nieuwe leerlingen de vso-school waar de leerling is "
        "aangemeld, vult samen met ouders en leerling het Toewijzingsdossier in. Daarin zitten het OPP, de "
        "evaluatie van ten minste twee schooljaren of twee periodes van extra ondersteuning, het "
        "onderwijskundig rapport en de zienswijze van ouders en leerling.",
        "Een consulent van het expertiseteam voert binnen tien schooldagen een gesprek met leerling, ouders en "
        "school.",
        "Twee deskundigen, een orthopedagoog of psycholoog en een tweede deskundige passend bij de vraag, "
        "geven ieder een eigen schriftelijk advies.",
        "De Commissie Toewijzing besluit binnen zes weken na ontvangst van het volledige dossier en stuurt het "
        "besluit met de adviezen naar ouders en school."]))
    B.append(("p", "De commissie verklaart een leerling toelaatbaar tot het vso als aan alle volgende "
                   "voorwaarden is voldaan:"))
    B.append(("bullets", [
        "de onderwijsbehoefte van de leerling is zo intensief of specifiek dat die ook met extra ondersteuning "
        "en inzet van het expertiseteam niet op een reguliere school of in De Fuorke kan worden waargemaakt;",
        "de school heeft aantoonbaar ondersteuning geboden en geëvalueerd (of de situatie is zo ernstig dat "
        "dit niet van de school kan worden gevraagd, bijvoorbeeld bij een crisisplaatsing);",
        "de leerling heeft behoefte aan een structureel andere leeromgeving, zoals een kleine groep, een "
        "aangepast programma of zorg in onderwijstijd, die het vso wel kan bieden;",
        "voor cluster 3: er is sprake van een verstandelijke, lichamelijke of meervoudige beperking of een "
        "langdurige ziekte die het leren ingrijpend beïnvloedt; voor cluster 4: er is sprake van ernstige "
        "gedrags- of psychiatrische problematiek die in diverse situaties zichtbaar is."]))
    B.append(("p", "Een TLV vso geldt in de regel tot 31 juli van het tweede schooljaar na afgifte. Bij de TLV "
                   "stelt de commissie de bekostigingscategorie vast: laag, midden of hoog, afhankelijk van de "
                   "benodigde ondersteuning en zorg."))
    B.append(("h2", "5.2 Lwoo en praktijkonderwijs"))
    B.append(("p", "Voor lwoo en praktijkonderwijs volgen we de landelijke criteria. Voor lwoo gaat het om "
                   "leerlingen met een IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste "
                   "twee domeinen, of met een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele "
                   "problematiek. Voor praktijkonderwijs gaat het om een IQ tussen 55 en 80 en een leerachterstand "
                   "van ten minste drie jaar op twee of meer domeinen. De basisschool levert de gegevens aan via "
                   "het overdrachtsdossier; de Commissie Toewijzing besluit vóór 1 april van groep 8, zodat de "
                   "leerling op tijd weet waar hij terecht kan. Een aanwijzing lwoo geldt voor de hele schoolloopbaan."))

    B.append(("h1", "6 Terugkeer naar het regulier onderwijs"))
    B.append(("p", "Voor ons hoort terugkeer van vso naar regulier vo bij de kern van 'thuis in de regio'. We "
                   "willen dat elke vso-leerling voor wie dat verantwoord is, weer naar een reguliere school in de "
                   "buurt gaat. Dat kan als de leerling in het vso zo is gegroeid dat de reguliere school met "
                   "extra ondersteuning en hulp van het expertiseteam kan bieden wat nodig is, als de leerling en "
                   "ouders het willen, en als de ontvangende school vooraf kennis heeft gemaakt met de leerling. "
                   "Na de overstap krijgt de leerling een half jaar een vaste coach van het expertiseteam, en kan "
                   "de vso-school nog drie maanden meekijken. Ook een overstap naar het mbo of de arbeidsmarkt "
                   "vanuit het vso zien we als een volwaardige uitstroom."))
    B.append(("p", "Het stappenplan voor terugkeer - wie het initiatief neemt, op welke momenten de vso-school "
                   "met ouders evalueert en wie uiteindelijk beslist - werken we in 2025 samen met de twee "
                   "vso-scholen uit. Tot dat stappenplan klaar is, bekijken we elke situatie afzonderlijk."))

    B.append(("h1", "7 Thuiszitters en dekkend aanbod"))
    B.append(("p", "Elke school heeft zorgplicht, maar in een regio als de onze kunnen scholen die niet alleen "
                   "waarmaken. Als een school binnen zes weken, eventueel verlengd met vier weken, geen passende "
                   "plek vindt, neemt het expertiseteam de regie over en zoekt het samen met de andere besturen een "
                   "plek binnen de regio."))
    B.append(("p", "Elke zes weken komt het Thuiszittersoverleg bijeen: leerplicht, het expertiseteam, de "
                   "vso-scholen en de gebiedsteams van de gemeenten. Voor elke jongere die langer dan vier weken "
                   "thuis zit, ligt binnen twee weken een plan met een datum waarop de jongere weer (deels) "
                   "onderwijs volgt. Lukt dat niet, dan beslist de directeur over een maatwerkoplossing, zo nodig "
                   "buiten de regio."))
    B.append(("p", "Twee keer per jaar maken we met de besturen een analyse van het dekkend aanbod: welke "
                   "jongeren konden we niet helpen en waarom? De analyse van 2023 liet twee gaten zien: er is in het "
                   "oosten van de regio geen plek voor hoogbegaafde jongeren die vastlopen, en jongeren met "
                   "ernstige angstklachten moeten te vaak naar een vso-school buiten de regio. In 2025 start een "
                   "kleinschalige HB-voorziening op een van de havo/vwo-scholen, en De Fuorke ontwikkelt samen met "
                   "de GGZ een programma voor jongeren met angstproblematiek."))

    B.append(("h1", "8 Resultaten: wat we willen bereiken en hoe we dat volgen"))
    B.append(("p", "We hebben onze beoogde resultaten voor 2024-2028 zo concreet mogelijk gemaakt. Voor elk "
                   "resultaat geven we aan hoe we het meten."))
    B.append(("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2023", "Streefwaarde 2028"],
                        ["Meer jongeren thuisnabij", "Deelnamepercentage vso (1 oktober)", "3,8%", "3,3%"],
                        ["Geen langdurig thuiszitten", "Thuiszitters > 4 weken", "17", "maximaal 8"],
                        ["Snelle besluiten", "Doorlooptijd TLV-aanvraag in werkdagen", "26", "20"],
                        ["Succesvolle terugkeer uit OPDC", "Leerlingen die na De Fuorke op de eigen school "
                         "blijven (na 1 jaar)", "71%", "85%"],
                        ["Tevreden scholen", "Waardering expertiseteam (schaal 1-10)", "7,4", "8,0"]]))
    B.append(("p", "We volgen deze resultaten met de Monitor Passend Onderwijs Noord. Twee keer per jaar, in "
                   "maart en in oktober, verzamelt het bureau de gegevens uit de eigen registratie, de telling van "
                   "leerplicht en de DUO-gegevens. De directeur bespreekt de uitkomsten met het bestuur en met de "
                   "OPR. In het jaarverslag leggen we verantwoording af over de bereikte resultaten en de "
                   "middelen die we daarvoor hebben ingezet. Daarnaast bespreken we tijdens het jaarlijkse "
                   "schoolbezoek met elke school wat het expertiseteam heeft opgeleverd. Halverwege de "
                   "planperiode, in 2026, houden we een tussenevaluatie en stellen we de streefwaarden zo nodig bij."))

    B.append(("h1", "9 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen zijn de eerste gesprekspartners als het gaat om ondersteuning. Vragen "
                   "over de ondersteuning van hun kind bespreken ouders in eerste instantie met de school. "
                   "Leerlingen vanaf 12 jaar worden gehoord bij het opstellen van hun OPP."))
    B.append(("p", "Over de ondersteuning in onze regio informeren we ouders via de website "
                   "www.waddenenwouden-vo.nl, waar per school te zien is welke extra ondersteuning zij biedt en "
                   "hoe een aanvraag bij de Commissie Toewijzing verloopt. In november organiseren we voor ouders "
                   "van leerlingen in groep 8 drie informatieavonden, in het noorden, midden en zuiden van de "
                   "regio. De folder 'Ondersteuning in het vo' wordt via de basisscholen aan alle ouders van groep 7 "
                   "en 8 meegegeven. Ouders kunnen ook bellen of mailen met het bureau."))
    B.append(("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de wettelijke verplichting "
                   "ingaat. Hoe dat steunpunt eruit gaat zien, bespreken we nog met de buursamenwerkingsverbanden "
                   "en de OPR."))

    B.append(("h1", "10 Geld en middelen"))
    B.append(("h2", "10.1 Zo verdelen we de middelen"))
    B.append(("p", "Van het Rijk ontvangen we jaarlijks ongeveer € 9,6 miljoen. Daarvan gaat ruim € 4,1 miljoen "
                   "via DUO rechtstreeks naar de vso-scholen (afdrachten). Over de rest beslist het bestuur."))
    B.append(("p", "Het verdeelmodel kent drie onderdelen. Eén: elke schoollocatie krijgt een vaste voet van "
                   "€ 25.000, zodat ook kleine locaties een basisformatie voor ondersteuning hebben. Twee: daarnaast "
                   "ontvangen de besturen € 118 per leerling, gerekend naar het aantal leerlingen op 1 oktober van "
                   "het jaar ervoor. Drie: het expertiseteam, OPDC De Fuorke en de Commissie Toewijzing worden "
                   "centraal bekostigd. Het lwoo- en pro-budget gaat volledig naar de scholen met lwoo en pro, "
                   "naar rato van het aantal leerlingen met een aanwijzing of toelaatbaarheidsverklaring. Besturen "
                   "verantwoorden jaarlijks in een korte ondersteuningsrapportage waaraan zij het geld hebben "
                   "besteed."))
    B.append(("h2", "10.2 Meerjarenbegroting"))
    B.append(("table", [["Bedragen x € 1.000", "2024", "2025", "2026", "2027", "2028"],
                        ["Baten zware ondersteuning (na afdracht vso)", "3.160", "3.090", "3.010", "2.950", "2.900"],
                        ["Baten lichte ondersteuning en lwoo/pro", "2.380", "2.330", "2.270", "2.220", "2.180"],
                        ["Vaste voet en bedrag per leerling naar besturen", "1.360", "1.330", "1.290", "1.260", "1.240"],
                        ["Lwoo- en pro-middelen naar scholen", "1.980", "1.940", "1.900", "1.860", "1.830"],
                        ["Expertiseteam", "860", "880", "880", "870", "860"],
                        ["OPDC De Fuorke (twee locaties)", "1.020", "1.060", "1.060", "1.040", "1.020"],
                        ["Commissie Toewijzing en bureau", "410", "400", "395", "390", "385"],
                        ["Nieuwe voorzieningen (HB, angst)", "0", "120", "160", "160", "160"],
                        ["Resultaat", "-90", "-310", "-405", "-410", "-415"]]))
    B.append(("p", "De negatieve resultaten zijn bewust: onze reserve ligt boven de signaleringswaarde en we "
                   "bouwen die in vijf jaar af tot het niveau dat nodig is om risico's op te vangen."))

    B.append(("h1", "11 Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p", "In onze regio liggen vier gemeenten. Met hen voeren we jaarlijks het op overeenstemming "
                   "gericht overleg. Het OOGO over dit plan vond plaats op 7 maart 2024. Thema's waarover we "
                   "afspraken hebben gemaakt: de inzet van jeugdhulp op school, het leerlingenvervoer naar het vso "
                   "en De Fuorke, de aansluiting met het mbo en de aanpak van thuiszitten. De gebiedsteams hebben "
                   "op elke vo-locatie een vaste contactpersoon."))
    B.append(("p", "Met het samenwerkingsverband primair onderwijs in de regio hebben we afspraken over de "
                   "overstap van groep 8 naar het vo, inclusief een warme overdracht voor alle leerlingen met een "
                   "OPP."))

    B.append(("h2", "Aansluiting op mbo en arbeidsmarkt"))
    B.append(("p", "Veel jongeren in onze regio stromen na het vmbo of het praktijkonderwijs door naar het mbo of "
                   "naar werk. Voor jongeren met een ondersteuningsbehoefte is die overstap kwetsbaar. Samen met de "
                   "twee mbo-instellingen in de regio en de gemeenten werken we in het project 'Stevig de wereld in' "
                   "aan een warme overdracht van alle leerlingen met een OPP. De mentor en de loopbaanbegeleider "
                   "van het mbo voeren vóór de zomervakantie een gezamenlijk gesprek met de jongere. Voor jongeren "
                   "uit het praktijkonderwijs en het vso die direct gaan werken, is er een jobcoach die het eerste "
                   "half jaar na uitstroom contact houdt met jongere en werkgever."))
    B.append(("p", "De arbeidsmarkt in het noorden verandert snel. Er is veel vraag naar vakmensen in de zorg, "
                   "de techniek en de energietransitie. Dat biedt kansen, ook voor jongeren die minder makkelijk "
                   "leren. We zoeken daarom actief de samenwerking met werkgevers in de regio, bijvoorbeeld via "
                   "leerwerkplekken en snuffelstages."))

    B.append(("h1", "12 Organisatie, personeel en medezeggenschap"))
    B.append(("p", "Wadden en Wouden is een vereniging van zes schoolbesturen. Het bestuur bestaat uit de "
                   "bestuurders van de aangesloten besturen en een onafhankelijk voorzitter; het intern toezicht "
                   "is belegd bij een toezichtscommissie met drie onafhankelijke leden. De directeur leidt het "
                   "bureau."))
    B.append(("p", "Het bureau heeft 12,4 fte: de directeur, een beleidsmedewerker, een financieel "
                   "medewerker, twee secretariaatsmedewerkers, en de medewerkers van het expertiseteam. De "
                   "medewerkers van De Fuorke zijn in dienst van het bestuur dat De Fuorke huisvest. We merken "
                   "dat het lastig is om orthopedagogen te vinden die in het noorden willen werken; daarom bieden "
                   "we stageplaatsen en een opleidingsplaats voor de GZ-opleiding aan."))
    B.append(("p", "De ondersteuningsplanraad telt acht leden: vier personeelsleden en vier ouders of "
                   "leerlingen. De OPR stemde op 9 april 2024 in met dit plan."))

    B.append(("h2", "ICT en privacy"))
    B.append(("p", "Aanvragen bij de Commissie Toewijzing lopen via een beveiligd digitaal portaal. Alleen de "
                   "medewerkers die bij een aanvraag betrokken zijn, kunnen het dossier inzien. Gegevens over "
                   "toelaatbaarheid bewaren we tot drie jaar na het besluit. We hebben een functionaris "
                   "gegevensbescherming, die we delen met twee andere samenwerkingsverbanden. Scholen sturen nooit "
                   "leerlinggegevens per gewone mail naar het bureau."))
    B.append(("p", "In 2025 vervangen we het registratiesysteem van het expertiseteam. Het nieuwe systeem "
                   "sluit aan op de leerlingadministratie van de scholen, zodat gegevens niet meer dubbel hoeven "
                   "te worden ingevoerd."))

    B.append(("h1", "13 Procedure en planning"))
    B.append(("p", "Het plan is besproken met de besturen (januari 2024), in het OOGO met de gemeenten "
                   "(7 maart 2024) en met het samenwerkingsverband PO (12 maart 2024). De OPR stemde in op "
                   "9 april 2024 en het bestuur stelde het plan vast op 15 april 2024. Het plan is vóór 1 mei 2024 "
                   "naar de Inspectie gestuurd en geldt van 1 augustus 2024 tot en met 31 juli 2028."))

    B.append(("h1", "Begrippenlijst"))
    B.append(("bullets", [
        "Basisondersteuning - de ondersteuning die alle scholen bieden, zoals beschreven in het regionaal "
        "ondersteuningskader.",
        "Commissie Toewijzing - de commissie die namens het bestuur beslist over toelaatbaarheid.",
        "Expertiseteam - het team van het samenwerkingsverband dat scholen ondersteunt.",
        "OJSP - ouder- en jeugdsteunpunt, een onafhankelijk steunpunt voor ouders en jongeren.",
        "OPDC - orthopedagogisch-didactisch centrum; bij ons De Fuorke.",
        "Terugkeer - de overstap van het vso naar het regulier onderwijs; ook wel terugplaatsing.",
        "Verdeelmodel - de afspraken over de verdeling van de middelen over de besturen."]))
    return B


P2_CRITERIA = {
    "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
    "plaatsing.procedure": True, "plaatsing.criteria": True,
    "terugstroom.procedure": False, "terugstroom.beleid": True,
    "financien.verdeling": True, "financien.besteding": True,
    "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
    "resultaten.doelen": True, "resultaten.monitoring": True,
    "ouders.informatie": True, "ouders.steunpunt": False}
P2_ADVISORY = {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
               "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
P2_NOTES = {
    "basisondersteuning": "H3: 'dezelfde basisondersteuning op elke locatie, de ondergrens' (niveau); de inhoud wordt pas in 2024-2025 in een regionaal ondersteuningskader uitgewerkt en verwijst tot dan naar SOP's op websites.",
    "plaatsing": "H5 Commissie Toewijzing: stappen, deskundigen, 6 weken, criteria vso (lijst) en landelijke lwoo/pro-criteria; geen bezwaarroute.",
    "terugstroom": "H6: beleid (doel, voorwaarden, coach half jaar na overstap); stappenplan (initiatief, evaluatiemomenten, beslisser) wordt 'in 2025 uitgewerkt'.",
    "financien": "Onder 'Geld en middelen' (H10): verdeelmodel vaste voet/per leerling/centraal en meerjarenbegroting 2024-2028 in tabel; verantwoording via ondersteuningsrapportage.",
    "dekkend-aanbod": "H4 vier stappen tot vso/pro/OPDC; H7 zorgplicht, Thuiszittersoverleg, halfjaarlijkse analyse met gaten en acties.",
    "resultaten": "H8 tabel beoogde resultaten met nulmeting/streefwaarde en Monitor Passend Onderwijs Noord (2x/jaar, bestuur, OPR, jaarverslag); terugblik met cijfers in H1.",
    "ouders": "H9: website, informatieavonden, folder (informatie); onafhankelijk steunpunt wordt pas ingericht 'zodra de verplichting ingaat' en geen andere onafhankelijke hulp genoemd -> steunpunt niet. OJSP alleen in begrippenlijst."}

# =============================================================================================
# PLAN 3 - PO, Zuid (De Peelrand) - .pdf via LibreOffice
# ondersteuningsroute / Commissie Arrangeren en Toelaatbaarheid (CAT) / trajectbegeleider / kindpartners
# =============================================================================================
P3_NAME = "po-peelrand-op-2025-2029"


def plan3():
    B = []
    B.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Stichting Samenwerkingsverband Passend Primair Onderwijs De Peelrand (PO 30-09)",
                        "Elk kind een thuisnabije plek",
                        "Definitieve versie, april 2025"]))
    B.append(("toc", [
        "Woord vooraf .......................................... 3",
        "1. Inleiding en leeswijzer ............................ 4",
        "2. Onze regio ......................................... 5",
        "3. Koers: elk kind een thuisnabije plek ............... 7",
        "4. De ondersteuningsroute ............................. 9",
        "5. Basisondersteuning ................................. 12",
        "6. Toelaatbaarheid: de CAT ............................ 15",
        "   6.6 Terugplaatsing en doorplaatsing ................ 19",
        "7. Middelen en begroting .............................. 20",
        "8. Samenwerking met kindpartners en gemeenten ......... 24",
        "9. Ambities en beoogde resultaten ..................... 27",
        "10. Ouders ............................................ 30",
        "11. Organisatie en medezeggenschap .................... 32",
        "12. Personeel, ICT en privacy ......................... 34",
        "13. Totstandkoming van dit plan ....................... 36",
        "Bijlage: Begrippenlijst ............................... 37"]))

    B.append(("h1", "Woord vooraf"))
    B.append(("p", "Beste lezer, met trots presenteren wij het ondersteuningsplan 2025-2029 van De Peelrand. "
                   "In onze regio - van de Kempen tot aan de Peel - werken 11 schoolbesturen samen aan één "
                   "ambitie: elk kind een thuisnabije plek. Dat klinkt eenvoudig, maar achter die zin gaat een "
                   "wereld van samenwerking schuil. Tussen leerkrachten en intern begeleiders, tussen scholen en "
                   "kindpartners zoals de jeugdverpleegkundige en het CJG, en tussen het onderwijs en de "
                   "gemeenten."))
    B.append(("p", "De afgelopen jaren hebben we geleerd dat goede ondersteuning begint in de klas, bij een "
                   "leerkracht die het kind ziet. Daarom zetten we in dit plan stevig in op de basis en op een "
                   "ondersteuningsroute die voor iedereen helder is. Wij danken alle kindpartners, de "
                   "ondersteuningsplanraad en de vele leerkrachten die hebben meegedacht."))
    B.append(("p", "Dit plan is anders dan het vorige. Het is korter, concreter en geschreven in een taal die "
                   "iedereen kan volgen. We hebben geprobeerd om bij elk onderwerp te laten zien wat we doen, wie "
                   "erover gaat en wanneer. Niet alles is al af: op een aantal punten werken we de komende jaren "
                   "verder, en dat zeggen we dan ook eerlijk. Zo blijft dit plan een levend document, dat we samen "
                   "met de ondersteuningsplanraad blijven verbeteren."))
    B.append(("p", "Met hartelijke groet, Anke van den Heuvel, directeur-bestuurder"))

    B.append(("h1", "1. Inleiding en leeswijzer"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe De Peelrand de komende vier schooljaren invulling "
                   "geeft aan passend onderwijs. Het plan is geschreven voor besturen, scholen, kindpartners, "
                   "gemeenten en ouders. Hoofdstuk 2 en 3 schetsen de regio en onze koers. Hoofdstuk 4 tot en met "
                   "6 gaan over de ondersteuning zelf: de route, de basis en de toelaatbaarheid tot het speciaal "
                   "(basis)onderwijs. Hoofdstuk 7 gaat over geld, hoofdstuk 8 over samenwerking, hoofdstuk 9 over "
                   "onze ambities en hoofdstuk 10 over ouders. De laatste hoofdstukken gaan over de organisatie."))
    B.append(("p", "Wie een term niet kent, vindt achterin een begrippenlijst. Waar in dit plan 'wij' staat, "
                   "bedoelen we het samenwerkingsverband samen met de aangesloten besturen."))

    B.append(("h1", "2. Onze regio"))
    B.append(("p", "De Peelrand omvat zeven gemeenten in het zuidoosten van Noord-Brabant. Het is een regio met "
                   "veel dorpen en enkele middelgrote kernen. De scholen zijn vaak klein: bijna de helft telt "
                   "minder dan 150 leerlingen. In het samenwerkingsverband werken 74 basisscholen, twee scholen "
                   "voor speciaal basisonderwijs (De Wingerd en 't Peelpad) en drie scholen voor speciaal onderwijs "
                   "samen. Op 1 oktober 2024 telde de regio 17.450 leerlingen in het basisonderwijs, 412 in het sbo "
                   "en 236 in het so."))
    B.append(("p", "De regio vergrijst en het aantal kinderen daalt. Tegelijk nemen arbeidsmigratie en de komst "
                   "van nieuwkomers toe, vooral in de kernen met veel tuinbouw en logistiek. Scholen zien daardoor "
                   "meer kinderen die de Nederlandse taal nog moeten leren. Ook de vraag naar ondersteuning bij "
                   "gedrag en sociaal-emotionele ontwikkeling groeit, net als in de rest van het land."))

    B.append(("p", "De regio heeft een sterke gemeenschapszin. Verenigingen, kerken en dorpsraden spelen nog een "
                   "grote rol, en scholen zijn vaak het hart van het dorp. Dat is een kracht waar we op bouwen: "
                   "kinderen kennen elkaar, leerkrachten kennen de gezinnen, en er is een netwerk rond het kind dat "
                   "in de stad vaak ontbreekt. Tegelijk betekent het dat een dorpsschool die haar deuren sluit, een "
                   "groot gat achterlaat. Daarom denken we samen met de besturen na over de toekomst van de kleinste "
                   "scholen, en over de manier waarop zij ook in de toekomst voldoende deskundigheid in huis hebben."))

    B.append(("h1", "3. Koers: elk kind een thuisnabije plek"))
    B.append(("p", "Onze koers rust op drie pijlers. De eerste pijler is 'sterk in de basis': iedere school kan "
                   "de meeste kinderen zelf goed begeleiden. De tweede pijler is 'snel erbij': als een school "
                   "vastloopt, is er binnen korte tijd een trajectbegeleider van het samenwerkingsverband aan tafel. "
                   "De derde pijler is 'samen met kindpartners': onderwijs en jeugdhulp werken vanuit één plan voor "
                   "het kind."))
    B.append(("p", "In onze regio is het vanzelfsprekend dat kinderen naar school gaan in hun eigen dorp. Dat "
                   "willen we zo houden, ook voor kinderen die extra ondersteuning nodig hebben. Tegelijk zijn we "
                   "realistisch: voor sommige kinderen is een plek in het sbo of so de beste plek, en die plek "
                   "moet er dan snel zijn."))

    B.append(("h1", "4. De ondersteuningsroute"))
    B.append(("p", "De ondersteuningsroute beschrijft hoe een kind met een ondersteuningsvraag de juiste hulp "
                   "krijgt. De route kent vijf stappen, die samen het ondersteuningsaanbod van De Peelrand vormen, "
                   "van de basis in de klas tot het speciaal onderwijs."))
    B.append(("table", [["Stap", "Omschrijving", "Wie"],
                        ["0 - Basis", "Basisondersteuning in de klas en op school, zie hoofdstuk 5", "Leerkracht, IB"],
                        ["1 - Consultatie", "Trajectbegeleider denkt mee in het ondersteuningsteam (binnen 10 "
                                            "werkdagen na vraag)", "IB, trajectbegeleider, ouders"],
                        ["2 - Arrangement op school", "Arrangement met extra handen, expertise of materialen; "
                                                      "toegekend door de CAT", "School, CAT"],
                        ["3 - Kindkrachtgroep", "Bovenschoolse groep voor kinderen met gedrags- of "
                                                "ontwikkelingsvragen, 2-4 dagdelen per week, max. 1 jaar; "
                                                "ook een plusklas voor meer- en hoogbegaafde kinderen",
                         "Drie locaties, CAT"],
                        ["4 - Speciaal basisonderwijs", "De Wingerd en 't Peelpad", "CAT (TLV)"],
                        ["5 - Speciaal onderwijs", "Drie so-scholen cluster 3 en 4, waaronder een "
                                                   "onderwijs-zorglocatie", "CAT (TLV)"]]))
    B.append(("p", "De stappen volgen elkaar niet verplicht op. Als duidelijk is dat een kind meteen een "
                   "plek in het so nodig heeft, hoeft een school niet eerst alle eerdere stappen te doorlopen."))

    B.append(("h2", "4.1 Nieuwkomers"))
    B.append(("p", "Kinderen die korter dan een jaar in Nederland zijn en de Nederlandse taal nog niet spreken, "
                   "kunnen terecht in een van de twee nieuwkomersgroepen van De Peelrand, in Deurne en in "
                   "Gemert. Ze volgen daar maximaal een jaar intensief taalonderwijs en stromen daarna door naar "
                   "een basisschool in hun woonplaats. Voor kinderen die in een dorp zonder nieuwkomersgroep wonen, "
                   "is er een ambulante NT2-leerkracht die twee ochtenden per week op hun school komt."))
    B.append(("h2", "4.2 Meer- en hoogbegaafde kinderen"))
    B.append(("p", "Voor kinderen die meer nodig hebben dan compacten en verrijken in de groep, zijn er drie "
                   "plusklassen, waar kinderen één dagdeel per week samen leren met ontwikkelingsgelijken. "
                   "Daarnaast start in 2026 een voltijds-HB-groep in een van de grotere kernen, in samenwerking met "
                   "twee besturen. Hiervoor zijn de landelijke subsidiemiddelen voor hoogbegaafdheid ingezet."))
    B.append(("h2", "4.3 Het ondersteuningsteam"))
    B.append(("p", "Het ondersteuningsteam is het hart van de route. Aan tafel zitten de intern begeleider, de "
                   "leerkracht, de ouders, de trajectbegeleider en, als dat nodig is, de CJG-medewerker of de "
                   "jeugdverpleegkundige. Het ondersteuningsteam formuleert samen een vraag en spreekt af wie wat "
                   "doet. Op die manier hoeven ouders hun verhaal maar één keer te vertellen."))

    B.append(("h1", "5. Basisondersteuning"))
    B.append(("p", "Basisondersteuning is in De Peelrand het niveau van ondersteuning dat alle scholen, op al "
                   "hun locaties, minimaal bieden. De besturen hebben dit niveau samen vastgesteld; het is de "
                   "ondergrens waaraan elke school zich houdt. De tabel hieronder laat zien wat dat betekent."))
    B.append(("table", [["Thema", "Wat elke school minimaal biedt"],
                        ["Ondersteuningsstructuur", "Intern begeleider, ondersteuningsteam met trajectbegeleider, "
                                                    "zes keer per jaar; vaste leerlingbespreking"],
                        ["Lezen en dyslexie", "Protocol Leesproblemen en Dyslexie; extra leestijd vanaf groep 3; "
                                              "voorleessoftware en dyslexiekaart"],
                        ["Rekenen en dyscalculie", "Protocol ERWD; hulpmiddelen zoals tafelkaart en rekenmachine"],
                        ["Taal en NT2", "Extra woordenschat- en taalaanbod voor nieuwkomers en kinderen met een "
                                        "taalachterstand, 3 x 30 minuten per week"],
                        ["Gedrag en welbevinden", "Schoolbrede aanpak sociale veiligheid, jaarlijkse monitor, "
                                                  "time-outprotocol, gedragsplan met ouders"],
                        ["Meer- en hoogbegaafdheid", "Signalering, compacten en verrijken in de groep"],
                        ["Medisch handelen", "Protocol medisch handelen en medicijnverstrekking"],
                        ["Planmatig werken", "Handelingsgericht werken, groepsplan, OPP voor kinderen met een "
                                             "eigen leerlijn binnen 6 weken"]]))
    B.append(("p", "Elke school beschrijft in haar schoolondersteuningsprofiel hoe zij deze basis invult en "
                   "welke extra ondersteuning zij biedt."))

    B.append(("h1", "6. Toelaatbaarheid: de CAT"))
    B.append(("h2", "6.1 De Commissie Arrangeren en Toelaatbaarheid"))
    B.append(("p", "De Commissie Arrangeren en Toelaatbaarheid (CAT) beslist namens het bestuur van De "
                   "Peelrand over arrangementen en over toelaatbaarheidsverklaringen voor het sbo en so. In de CAT "
                   "zitten een orthopedagoog (voorzitter), een GZ-psycholoog en een trajectbegeleider."))
    B.append(("h2", "6.2 Zo verloopt de aanvraag"))
    B.append(("p", "De aanvraag wordt gedaan door de school waar het kind staat ingeschreven. De intern "
                   "begeleider vult samen met ouders het aanvraagformulier in en voegt het OPP, het groeidocument "
                   "en het verslag van het laatste ondersteuningsteam toe. Ouders geven hun zienswijze op de "
                   "aanvraag. Binnen vijf werkdagen bevestigt het bureau de ontvangst. De CAT vraagt twee "
                   "deskundigen om een afzonderlijk schriftelijk advies: een orthopedagoog of psycholoog en een "
                   "tweede deskundige, bijvoorbeeld een jeugdarts of maatschappelijk werker. De CAT neemt binnen "
                   "zes weken een besluit en bespreekt dit in een gesprek met ouders en school."))
    B.append(("h2", "6.3 Criteria"))
    B.append(("p", "De CAT toetst elke aanvraag aan de volgende criteria."))
    B.append(("table", [["", "Sbo", "So"],
                        ["Ondersteuning geboden", "Stap 1 en 2 van de route zijn doorlopen en geëvalueerd, "
                                                  "ten minste twee OPP-cycli",
                         "Idem, tenzij de situatie direct plaatsing vraagt"],
                        ["Onderwijsbehoefte", "Kind heeft structureel een kleinere groep en een aangepast "
                                              "leerstofaanbod nodig, in meerdere vakgebieden",
                         "Kind heeft specialistische ondersteuning nodig die het sbo niet kan bieden "
                         "(zorg in onderwijstijd, intensieve gedragsbegeleiding, aangepaste leerlijn ZML)"],
                        ["Ontwikkeling", "Leerachterstand van 1,5 jaar of meer op twee van de drie domeinen "
                                         "lezen, spelling, rekenen, of vastlopen in sociaal-emotionele ontwikkeling",
                         "Verstandelijke, lichamelijke of meervoudige beperking, langdurige ziekte of ernstige "
                         "gedrags-/psychiatrische problematiek"],
                        ["Categorie", "n.v.t.", "Laag, midden of hoog naar zorgbehoefte"]]))
    B.append(("h2", "6.4 Geldigheid"))
    B.append(("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so "
                   "geldt voor twee schooljaren, tot 31 juli."))
    B.append(("h2", "6.5 Bezwaar"))
    B.append(("p", "Ouders die het niet eens zijn met een besluit van de CAT kunnen binnen zes weken bezwaar "
                   "maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen."))
    B.append(("h2", "6.6 Terugplaatsing en doorplaatsing"))
    B.append(("p", "Wat er gebeurt als een toelaatbaarheidsverklaring afloopt, en hoe wij de overstap van sbo "
                   "of so naar een basisschool in de buurt begeleiden, leggen wij vast in de notitie Terug- en "
                   "doorplaatsing. Die notitie stellen we in het schooljaar 2025-2026 op samen met De Wingerd, "
                   "'t Peelpad en de so-scholen."))

    B.append(("h1", "7. Middelen en begroting"))
    B.append(("h2", "7.1 Verdeling"))
    B.append(("p", "De Peelrand werkt met een schoolmodel. Dat betekent dat het grootste deel van de middelen "
                   "rechtstreeks naar de besturen gaat, die er zelf over beslissen binnen de afspraken van dit plan. "
                   "Elk bestuur ontvangt € 155 per leerling (teldatum 1 oktober voorafgaand aan het kalenderjaar). "
                   "Scholen met minder dan 100 leerlingen ontvangen daarbovenop een kleinescholentoeslag van "
                   "€ 5.000. De CAT kent arrangementen toe uit een centraal arrangementenbudget; een arrangement "
                   "wordt toegekend als het ondersteuningsteam stap 1 heeft doorlopen en de school een plan met "
                   "doelen heeft opgesteld. De bedragen worden jaarlijks door het bestuur vastgesteld na advies van "
                   "het directeurenoverleg."))
    B.append(("h2", "7.2 Meerjarenbegroting"))
    B.append(("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                        ["Rijksbijdrage ondersteuning (na afdrachten so/sbo)", "5.920", "5.840", "5.760", "5.690"],
                        ["Middelen naar besturen (per leerling + toeslag)", "2.860", "2.810", "2.760", "2.720"],
                        ["Arrangementenbudget CAT", "1.050", "1.050", "1.030", "1.010"],
                        ["Kindkrachtgroepen en plusklas", "780", "790", "790", "780"],
                        ["Trajectbegeleiders en CAT", "820", "830", "830", "830"],
                        ["Bureau en bestuur", "430", "430", "425", "420"],
                        ["Overdrachtsregeling sbo", "140", "140", "130", "130"],
                        ["Saldo", "-160", "-210", "-205", "-200"]]))
    B.append(("p", "Besturen leggen jaarlijks verantwoording af over de besteding van hun middelen via een "
                   "verantwoordingsformulier dat zij vóór 1 maart aanleveren."))

    B.append(("h1", "8. Samenwerking met kindpartners en gemeenten"))
    B.append(("p", "Wij werken nauw samen met de zeven gemeenten in de regio. In het OOGO, dat op 4 maart 2025 "
                   "plaatsvond, hebben we afspraken gemaakt over de inzet van jeugdhulp op school, over "
                   "leerlingenvervoer, huisvesting en de aanpak van thuiszitters. Op alle scholen is een "
                   "CJG-medewerker aan het ondersteuningsteam verbonden."))
    B.append(("p", "Samen met een regionale zorgaanbieder hebben we in 2024 een onderwijs-zorglocatie "
                   "geopend, waar kinderen die onderwijs en zorg combineren een volledig dagprogramma volgen."))
    B.append(("p", "Een analyse van de witte vlekken in ons aanbod en een werkwijze voor kinderen voor wie nog "
                   "geen passende plek is gevonden, volgen in de loop van 2026."))

    B.append(("h2", "8.1 Doorgaande lijn: van voorschool tot voortgezet onderwijs"))
    B.append(("p", "Een doorgaande lijn begint vóór groep 1. Met de kinderopvang en de voorscholen hebben we "
                   "afgesproken dat kinderen met een ondersteuningsbehoefte warm worden overgedragen, in een "
                   "gesprek met ouders, pedagogisch medewerker en leerkracht. De jeugdverpleegkundige sluit aan als "
                   "het consultatiebureau zorgen heeft gesignaleerd."))
    B.append(("p", "Aan de andere kant van de basisschool werken we samen met het samenwerkingsverband VO "
                   "Peelland. Alle kinderen met een OPP of een arrangement worden in groep 8 besproken met de "
                   "ontvangende vo-school. Voor kinderen uit het sbo en so is er een extra overstapgesprek in "
                   "maart."))
    B.append(("h2", "8.2 Leerlingenvervoer en huisvesting"))
    B.append(("p", "In een landelijke regio als de onze is leerlingenvervoer een belangrijk onderwerp. Kinderen "
                   "in het sbo en so reizen soms lang. Samen met de gemeenten kijken we naar manieren om de "
                   "reistijd te beperken, bijvoorbeeld door kinderen uit dezelfde kern te combineren. Over de "
                   "huisvesting van De Wingerd, die in een verouderd gebouw zit, zijn in het OOGO afspraken gemaakt: "
                   "de gemeente onderzoekt in 2025 de mogelijkheden voor nieuwbouw."))

    B.append(("h1", "9. Ambities en beoogde resultaten"))
    B.append(("p", "We hebben onze ambities voor 2025-2029 vertaald in beoogde resultaten. Ze zijn zo "
                   "geformuleerd dat we aan het eind van de planperiode kunnen zeggen of we ze hebben gehaald."))
    B.append(("table", [["Ambitie", "Beoogd resultaat in 2029"],
                        ["Sterk in de basis", "Alle 74 scholen voldoen aan alle thema's van de basisondersteuning"],
                        ["Thuisnabij", "Deelnamepercentage sbo daalt van 2,3% naar 2,0%, so blijft onder 1,4%"],
                        ["Snel erbij", "95% van de consultatievragen krijgt binnen 10 werkdagen een "
                                       "trajectbegeleider aan tafel"],
                        ["Samen met kindpartners", "Op alle scholen is een CJG-medewerker aangesloten bij het "
                                                   "ondersteuningsteam"],
                        ["Kindkracht", "80% van de kinderen in een Kindkrachtgroep gaat binnen een jaar volledig "
                                       "terug naar de eigen groep"]]))
    B.append(("p", "Hoe en wanneer we de voortgang op deze ambities meten, en aan wie we daarover rapporteren, "
                   "werken we uit in het kwaliteitszorgplan dat in 2026 verschijnt."))

    B.append(("h1", "10. Ouders"))
    B.append(("p", "Ouders kennen hun kind het best. Daarom zijn zij bij elke stap in de ondersteuningsroute "
                   "betrokken, als gesprekspartner in het ondersteuningsteam en bij de aanvraag van een "
                   "arrangement of TLV."))
    B.append(("p", "Ouders vinden informatie over de ondersteuning op de website www.depeelrand-po.nl, in de "
                   "Oudergids Passend Onderwijs die iedere school bij de inschrijving meegeeft, en in de "
                   "schoolgids, waarin elke school haar ondersteuningsaanbod beschrijft. Twee keer per jaar houden "
                   "wij een ouderinformatieavond. Iedere trajectbegeleider heeft een wekelijks telefonisch "
                   "spreekuur voor ouders."))
    B.append(("p", "Ouders die onafhankelijk advies zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
                   "Peelrand, dat wordt uitgevoerd door Stichting Ouderkracht Brabant en los staat van het "
                   "samenwerkingsverband en de scholen. Het steunpunt is bereikbaar via telefoon, mail en een "
                   "inloopspreekuur in drie bibliotheken. Ook kunnen ouders kosteloos een onderwijsconsulent "
                   "inschakelen. Bij een geschil over het OPP, toelating of verwijdering kunnen ouders naar de "
                   "Geschillencommissie passend onderwijs."))

    B.append(("h1", "11. Organisatie en medezeggenschap"))
    B.append(("p", "De Peelrand is een stichting met een directeur-bestuurder en een raad van toezicht. De "
                   "aangesloten besturen vormen samen de algemene vergadering, die onder meer het ondersteuningsplan "
                   "en de begroting goedkeurt. Het directeurenoverleg adviseert het bestuur over de uitvoering."))
    B.append(("p", "De ondersteuningsplanraad (OPR) telt tien leden: vijf ouders en vijf personeelsleden van "
                   "aangesloten scholen. De OPR stemde op 25 maart 2025 in met dit plan. Daarnaast is er een "
                   "medezeggenschapsraad voor de medewerkers van het samenwerkingsverband."))
    B.append(("p", "Het bureau van De Peelrand is gevestigd in Helmond en telt 11,2 fte, van wie zeven "
                   "trajectbegeleiders. De trajectbegeleiders werken elk voor een vaste groep scholen, zodat "
                   "scholen en ouders een vertrouwd gezicht hebben."))

    B.append(("h2", "11.1 Communicatie met scholen"))
    B.append(("p", "Scholen ontvangen zes keer per jaar de nieuwsbrief Peelrand Praat, met nieuws over "
                   "scholing, de ondersteuningsroute en praktijkvoorbeelden van andere scholen. Daarnaast is er een "
                   "besloten deel van de website met formulieren en handreikingen. Directeuren en intern "
                   "begeleiders ontmoeten elkaar vier keer per jaar in de kringen Noord, Midden en Zuid. De "
                   "directeur-bestuurder bezoekt elk schooljaar ten minste een kwart van de scholen."))
    B.append(("h2", "11.2 Bestuurlijke samenwerking"))
    B.append(("p", "De aangesloten besturen verschillen sterk in grootte: van een eenpitter tot een bestuur met "
                   "achttien scholen. In het bestuurlijk overleg hebben alle besturen een gelijke stem. Bij "
                   "besluiten over geld geldt een gewogen stemverhouding naar leerlingaantal, zodat kleine en "
                   "grote besturen zich allebei vertegenwoordigd weten. De statuten bevatten een "
                   "geschillenregeling voor meningsverschillen tussen besturen."))

    B.append(("h1", "12. Personeel, ICT en privacy"))
    B.append(("p", "Onze trajectbegeleiders zijn ervaren orthopedagogen en specialisten. Zij volgen jaarlijks "
                   "scholing en nemen deel aan intervisie. Voor leerkrachten en intern begeleiders organiseren we "
                   "de Peelrand Leerkring, met bijeenkomsten over gedrag, taal, hoogbegaafdheid en "
                   "handelingsgericht werken. In het kader van het lerarentekort werken we samen met de pabo aan "
                   "een specialisatie passend onderwijs voor studenten."))
    B.append(("p", "Het lerarentekort raakt ook onze regio. Vooral kleine dorpsscholen hebben moeite om "
                   "vacatures voor intern begeleider te vervullen. Daarom bieden wij een opleidingstraject voor "
                   "leerkrachten die intern begeleider willen worden, met een bijdrage in de studiekosten en "
                   "begeleiding door een ervaren collega. Ook delen kleine scholen soms een intern begeleider; het "
                   "samenwerkingsverband helpt bij het maken van die afspraken."))
    B.append(("p", "Het samenwerkingsverband verwerkt persoonsgegevens van kinderen alleen als dat nodig is "
                   "voor de taken uit de wet, zoals het toekennen van arrangementen en TLV's. Gegevens worden "
                   "opgeslagen in een beveiligde omgeving en na drie jaar verwijderd. De functionaris "
                   "gegevensbescherming ziet toe op de naleving van de AVG. Voor de digitale aanvragen gebruiken we "
                   "een beveiligd portaal dat scholen met tweefactorauthenticatie benaderen."))

    B.append(("p", "Voor scholen is het belangrijk dat de digitale omgeving eenvoudig werkt. Daarom hebben we in "
                   "2024 samen met tien intern begeleiders het aanvraagformulier vereenvoudigd: het aantal vragen is "
                   "gehalveerd en gegevens uit het groeidocument worden automatisch overgenomen. Medewerkers van het "
                   "bureau volgen jaarlijks een training informatiebeveiliging."))

    B.append(("h1", "13. Totstandkoming van dit plan"))
    B.append(("p", "Het plan is in het najaar van 2024 voorbereid in werkgroepen met intern begeleiders en "
                   "directeuren. Het concept is op 4 maart 2025 besproken in het OOGO met de gemeenten en op "
                   "11 maart 2025 met het samenwerkingsverband VO. De OPR stemde in op 25 maart 2025, waarna de "
                   "algemene vergadering het plan op 8 april 2025 vaststelde. Het plan is vóór 1 mei 2025 aan de "
                   "Inspectie van het Onderwijs gezonden."))

    B.append(("h1", "Bijlage: Begrippenlijst"))
    B.append(("table", [["Begrip", "Betekenis"],
                        ["CAT", "Commissie Arrangeren en Toelaatbaarheid"],
                        ["Dekkend aanbod", "Een samenhangend aanbod waarin voor elk kind een passende plek is"],
                        ["Kindpartners", "Organisaties die met de school samenwerken rond het kind"],
                        ["Kwaliteitszorg", "De systematische manier waarop we de kwaliteit bewaken en verbeteren"],
                        ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs"],
                        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat"],
                        ["TLV", "Toelaatbaarheidsverklaring"]]))
    return B


P3_CRITERIA = {
    "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
    "plaatsing.procedure": True, "plaatsing.criteria": True,
    "terugstroom.procedure": False, "terugstroom.beleid": False,
    "financien.verdeling": True, "financien.besteding": True,
    "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
    "resultaten.doelen": True, "resultaten.monitoring": False,
    "ouders.informatie": True, "ouders.steunpunt": True}
P3_ADVISORY = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
               "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
P3_NOTES = {
    "basisondersteuning": "H5: niveau in tekst ('ondergrens ... alle scholen, op al hun locaties'); de concrete inhoud staat alleen in de tabel 'Wat elke school minimaal biedt'.",
    "plaatsing": "H6 CAT: aanvraagprocedure in tekst, criteria sbo/so alleen in tabel 6.3; deskundigen, geldigheid, bezwaar LBT.",
    "terugstroom": "Alleen uitstel in 6.6 ('leggen wij vast in de notitie Terug- en doorplaatsing ... 2025-2026'); kopje in TOC en begrippenlijst zijn traps.",
    "financien": "H7 'Middelen en begroting': schoolmodel met bedragen/criteria arrangementen en meerjarenbegroting 2025-2028 in tabel.",
    "dekkend-aanbod": "H4 ondersteuningsroute 0-5, nieuwkomers, plusklassen/HB-groep (continuum); witte-vlekkenanalyse en werkwijze voor kinderen zonder plek 'volgen in de loop van 2026' (H8); thuiszitters alleen als OOGO-onderwerp genoemd, geen zorgplicht-aanpak.",
    "resultaten": "H9 tabel beoogde resultaten met streefwaarden; meting/rapportage uitgesteld naar kwaliteitszorgplan 2026 -> monitoring niet.",
    "ouders": "H10: website, Oudergids, schoolgids, spreekuur; OJSP via Stichting Ouderkracht Brabant, onderwijsconsulent, geschillencommissie."}

# =============================================================================================
# PLAN 4 - VO, Oost (Dinkel en Regge) - .docx
# Loket / trajectbegeleider / Thuiszitterstafel / Regionaal Expertteam / 'Het fundament'
# =============================================================================================
P4_NAME = "vo-dinkelenregge-op-2026-2030"


def plan4():
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030",
                        "Samenwerkingsverband Voortgezet Onderwijs Dinkel en Regge (VO 23-06)",
                        "Koers houden, kansen benutten",
                        "Concept ter instemming OPR - versie 0.9, 3 februari 2026"]))
    B.append(("toc", [
        "Voorwoord\t2",
        "Managementsamenvatting\t3",
        "1 Context en kengetallen\t5",
        "2 Missie en visie\t7",
        "3 Het fundament: basisondersteuning\t8",
        "4 Toewijzing van vso, pro en lwoo\t11",
        "5 Terug naar de thuisnabije school\t12",
        "6 Thuiszitters en een sluitende aanpak\t14",
        "7 Kwaliteit en monitoring\t17",
        "8 Ouders en leerlingen\t19",
        "9 Financiën\t21",
        "10 Samenwerking met gemeenten\t24",
        "11 Governance\t25",
        "12 Personeel en professionalisering\t26",
        "13 Informatievoorziening en privacy\t27",
        "14 Jaarplanning en vaststelling\t28",
        "Bijlage 1 Begrippenlijst\t29",
        "Bijlage 2 Meerjarenbegroting (toelichting)\t30",
        "Bijlage 3 Protocol Toewijzing (separaat document)\t-"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Het samenwerkingsverband Dinkel en Regge bestaat dit jaar twaalf jaar. In die periode is "
                   "passend onderwijs in Twente volwassen geworden. De elf aangesloten schoolbesturen, van "
                   "kleine categorale scholen tot brede scholengemeenschappen, hebben geleerd elkaar te vinden. "
                   "Dit vierde ondersteuningsplan bouwt voort op wat werkt en kiest scherper waar het beter moet."))
    B.append(("p", "Dit plan is geschreven in een tijd waarin veel verandert. De landelijke norm voor "
                   "basisondersteuning komt eraan, de Wet versterking positie ouders en leerlingen treedt in "
                   "werking, en de financiële ruimte van het samenwerkingsverband wordt kleiner nu de reserves zijn "
                   "afgebouwd. Tegelijk blijft de opdracht dezelfde: iedere jongere in onze regio een passende "
                   "onderwijsplek, zo dicht mogelijk bij huis."))
    B.append(("p", "Bij het schrijven van dit plan hebben we veel mensen gesproken: ondersteuningscoördinatoren, "
                   "mentoren, leerlingen uit het leerlingenpanel, leerplichtambtenaren, wethouders en de leden van de "
                   "ondersteuningsplanraad. Hun boodschap was helder: houd vast aan wat werkt, maak het eenvoudiger "
                   "waar het kan, en wees duidelijk over wat jongeren en scholen van het samenwerkingsverband mogen "
                   "verwachten. Die boodschap hebben we ter harte genomen. Dit concept ligt nu voor bij de OPR; na "
                   "instemming stelt de raad van toezicht het plan definitief vast."))
    B.append(("p", "ir. J.H. ter Horst, directeur-bestuurder"))

    B.append(("h1", "Managementsamenvatting"))
    B.append(("p", "Dit ondersteuningsplan beschrijft de koers van Dinkel en Regge voor de schooljaren 2026-2027 "
                   "tot en met 2029-2030. In hoofdstuk 3 beschrijven we het fundament: de basisondersteuning die "
                   "alle scholen bieden. Hoofdstuk 4 gaat over de toewijzing van vso, pro en lwoo, hoofdstuk 5 over "
                   "de terugkeer van vso-leerlingen naar het regulier onderwijs. In hoofdstuk 6 staat onze aanpak "
                   "van thuiszitten. Hoofdstuk 7 beschrijft hoe we de kwaliteit en de resultaten volgen. De "
                   "financiële paragraaf is te vinden in hoofdstuk 9."))
    B.append(("p", "De belangrijkste keuzes in dit plan zijn: (1) we houden het fundament stevig en toetsen het "
                   "jaarlijks; (2) we versterken de terugkeer uit het vso met een vaste instroomcoach; (3) we "
                   "maken de thuiszitterstafel regionaal en geven het Regionaal Expertteam doorzettingsmacht; "
                   "(4) we bouwen de resterende bovenmatige reserve volledig af."))

    B.append(("h1", "1 Context en kengetallen"))
    B.append(("p", "Dinkel en Regge omvat negen gemeenten in Noordoost- en Midden-Twente. In de regio staan "
                   "27 vo-locaties, waarvan 19 met een vmbo-afdeling, twee scholen voor praktijkonderwijs en drie "
                   "vso-scholen. Het leerlingaantal is na jaren van daling gestabiliseerd rond 15.200 leerlingen in "
                   "het regulier vo."))
    B.append(("table", [["Kengetal", "2022", "2023", "2024", "2025"],
                        ["Leerlingen regulier vo (1 oktober)", "15.480", "15.310", "15.230", "15.190"],
                        ["Leerlingen vso", "612", "598", "603", "590"],
                        ["Leerlingen pro", "420", "415", "409", "411"],
                        ["Leerlingen met aanwijzing lwoo", "1.690", "1.655", "1.640", "1.610"],
                        ["Vso-leerlingen teruggekeerd naar regulier vo", "9", "7", "11", "14"],
                        ["Thuiszitters > 4 weken (1 oktober)", "26", "24", "19", "21"]]))
    B.append(("p", "De regio kent een sterke maakindustrie en een goede aansluiting tussen vmbo en mbo. Veel "
                   "jongeren kiezen na het vmbo voor een beroepsopleiding in de techniek of de zorg. Dat biedt "
                   "kansen voor leerlingen met een ondersteuningsbehoefte: leren in de praktijk past bij veel van "
                   "hen."))

    B.append(("h2", "1.1 Ontwikkelingen in de omgeving"))
    B.append(("p", "Vier landelijke ontwikkelingen bepalen de context van dit plan. Ten eerste de "
                   "Verbeteraanpak passend onderwijs, die samenwerkingsverbanden vraagt om meer duidelijkheid "
                   "over wat scholen bieden en om bovenmatige reserves af te bouwen. Ten tweede de Wet versterking "
                   "positie ouders en leerlingen, die onder meer het hoorrecht van leerlingen en een ouder- en "
                   "jeugdsteunpunt regelt. Ten derde de landelijke norm voor basisondersteuning, die naar "
                   "verwachting in de loop van de planperiode wordt ingevoerd en waarop we ons fundament dan zullen "
                   "afstemmen. Ten vierde de ontwikkeling naar inclusiever onderwijs, waarbij regulier en speciaal "
                   "onderwijs meer gaan samenwerken."))
    B.append(("p", "Ook regionaal verandert er veel. Het lerarentekort is in Twente minder groot dan in de "
                   "Randstad, maar in vakken als Duits, wiskunde en techniek zijn vacatures moeilijk te vervullen. "
                   "Het aantal jongeren met psychische klachten is sinds 2020 fors gestegen; de wachtlijsten in de "
                   "jeugd-GGZ zijn lang. En de gemeenten staan onder financiële druk, wat gevolgen heeft voor de "
                   "jeugdhulp die in en rond de school beschikbaar is."))
    B.append(("p", "Tot slot vraagt de samenwerking met het primair onderwijs aandacht. Steeds meer leerlingen "
                   "komen met een uitgebreid dossier de brugklas binnen. We investeren daarom in een warme "
                   "overdracht voor iedere leerling over wie de basisschool zorgen heeft."))

    B.append(("h1", "2 Missie en visie"))
    B.append(("p", "Onze missie: iedere jongere in Dinkel en Regge krijgt een ononderbroken "
                   "onderwijsloopbaan, met de ondersteuning die hij of zij nodig heeft om een diploma of een "
                   "passende plek op de arbeidsmarkt te halen. Onze visie is dat ondersteuning het best werkt als "
                   "die plaatsvindt in de school, door docenten en mentoren die de jongere kennen, gesteund door "
                   "specialisten die weten wat werkt."))
    B.append(("p", "Vier principes sturen ons handelen: de jongere staat centraal, niet het systeem; we zijn "
                   "samen verantwoordelijk, ook over de grenzen van het eigen bestuur heen; we werken resultaatgericht "
                   "en leren van wat we meten; en we zijn zuinig op publiek geld."))

    B.append(("p", "Deze principes zijn niet nieuw, maar we maken ze in deze planperiode concreter in ons "
                   "handelen. Dat betekent dat het Loket bij elke vraag eerst kijkt naar wat de jongere nodig heeft "
                   "en pas daarna naar formulieren. Het betekent ook dat besturen elkaar aanspreken als een "
                   "jongere tussen twee scholen dreigt te vallen, en dat we open zijn over wat niet goed gaat. In de "
                   "jaarlijkse bestuursconferentie staan we stil bij casussen waarin het systeem tekortschoot, "
                   "zonder schuldvraag, met de vraag wat we ervan kunnen leren."))

    B.append(("h1", "3 Het fundament: basisondersteuning"))
    B.append(("p", "Het fundament is wat elke vo-locatie in Dinkel en Regge altijd waarmaakt, voor iedere "
                   "leerling, zonder tussenkomst van het samenwerkingsverband. Het is een ondergrens die de "
                   "besturen in het bestuurlijk overleg hebben vastgesteld en die op alle 27 locaties gelijk is. "
                   "Wat een school daarbovenop doet, noemen we extra ondersteuning."))
    B.append(("p", "Het fundament bestaat uit de volgende onderdelen:"))
    B.append(("bullets", [
        "een mentor per klas met wekelijks mentoruur en een mentorgesprek met iedere leerling minstens drie "
        "keer per jaar;",
        "een ondersteuningscoördinator per locatie en een zorg- en adviesteam (ZAT) dat minstens zes keer per "
        "jaar overlegt, met de jeugdarts, het jongerenwerk en de leerplichtambtenaar;",
        "begeleiding bij dyslexie en dyscalculie: extra tijd, auditieve ondersteuning, aangepaste toetsing "
        "volgens het examenreglement;",
        "een aanbod voor executieve functies en studievaardigheden in de onderbouw;",
        "een trainingsaanbod sociale vaardigheden en faalangstreductie;",
        "een vaste opvangplek (time-out) met begeleiding, en een check-in/check-out-aanpak voor leerlingen die "
        "dat nodig hebben;",
        "een protocol medisch handelen en een aanpak voor leerlingen met langdurige ziekte, inclusief "
        "onderwijs op afstand;",
        "een OPP voor iedere leerling die extra ondersteuning krijgt, met inbreng van de leerling zelf."]))
    B.append(("p", "Elk voorjaar toetst het samenwerkingsverband met een audit op vier locaties, en via een "
                   "zelfevaluatie op de overige locaties, of het fundament overal staat. Locaties die tekortschieten "
                   "stellen binnen twee maanden een herstelplan op. De uitkomsten staan in het jaarverslag."))

    B.append(("h1", "4 Toewijzing van vso, pro en lwoo"))
    B.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal "
                   "onderwijs en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. "
                   "De procedures, termijnen en criteria daarvoor zijn opgenomen in het Protocol Toewijzing "
                   "Dinkel en Regge (bijlage 3). Het protocol wordt jaarlijks door het bestuur geactualiseerd en "
                   "is te vinden op www.dinkelenregge.nl/toewijzing."))

    B.append(("h1", "5 Terug naar de thuisnabije school"))
    B.append(("p", "Een plek in het vso is voor veel jongeren de juiste plek. Maar het is niet altijd een plek "
                   "voor de hele schoolloopbaan. Dinkel en Regge wil dat iedere vso-leerling voor wie de "
                   "onderwijsbehoefte dat toelaat, terugkeert naar een reguliere vo-school dicht bij huis. Daarbij "
                   "hanteren we drie voorwaarden: de leerling en zijn ouders willen de overstap; het OPP laat zien "
                   "dat de leerling zich in de vso-setting zo heeft ontwikkeld dat een reguliere school met het "
                   "fundament en extra ondersteuning voldoende is; en er is een ontvangende school die de leerling "
                   "vooraf heeft leren kennen."))
    B.append(("p", "Om de overstap kans van slagen te geven, krijgt iedere teruggekeerde leerling het eerste "
                   "schooljaar een instroomcoach van het samenwerkingsverband, en ontvangt de ontvangende school "
                   "een terugkeerbudget van € 3.500."))
    B.append(("p", "Zo verloopt de terugkeer:"))
    B.append(("numbers", [
        "Uiterlijk in oktober van het laatste jaar van de toelaatbaarheidsverklaring bespreekt de vso-school in "
        "het OPP-gesprek met leerling en ouders of terugkeer haalbaar is.",
        "Is dat zo, dan meldt de vso-school de leerling vóór 1 december aan bij het Loket, dat een "
        "trajectbegeleider toewijst.",
        "De trajectbegeleider organiseert een overstapgesprek met leerling, ouders, vso-school en de beoogde "
        "school; de ontvangende school neemt het besluit over inschrijving, het Loket stelt het terugkeerbudget "
        "en de inzet van de instroomcoach vast.",
        "De leerling loopt vóór de zomer minimaal twee dagen mee op de nieuwe school.",
        "Na tien schoolweken en aan het eind van het eerste schooljaar evalueren leerling, ouders, ontvangende "
        "school en instroomcoach de overstap.",
        "Is terugkeer nog niet haalbaar, dan volgt een nieuwe aanvraag volgens het Protocol Toewijzing."]))
    B.append(("p", "In 2025 keerden veertien vso-leerlingen terug naar het regulier vo; dertien van hen zaten een "
                   "jaar later nog op de nieuwe school."))

    B.append(("h1", "6 Thuiszitters en een sluitende aanpak"))
    B.append(("p", "Het overzicht van alle ondersteuningsvoorzieningen binnen en tussen de scholen - van het "
                   "fundament tot het vso - staat in de Sociale Kaart Dinkel en Regge op onze website en wordt "
                   "daar actueel gehouden. In dit hoofdstuk gaat het over de jongeren voor wie dat aanbod (nog) niet "
                   "sluit."))
    B.append(("p", "Iedere maand komt de Thuiszitterstafel Dinkel en Regge bijeen, met de leerplichtambtenaren "
                   "van de negen gemeenten, de trajectbegeleiders van het Loket en een vertegenwoordiger van de "
                   "jeugdhulp. Elke jongere die langer dan vier weken niet of gedeeltelijk naar school gaat, wordt "
                   "besproken. Binnen tien werkdagen na de eerste bespreking ligt er een plan van aanpak met een "
                   "eigenaar en een datum. Als dat plan na acht weken niet tot onderwijs heeft geleid, gaat de casus "
                   "naar het Regionaal Expertteam. Dat team kan, namens alle besturen, een school of voorziening "
                   "aanwijzen die de jongere plaatst: de doorzettingsmacht die de besturen in 2025 hebben "
                   "vastgelegd in een convenant."))
    B.append(("p", "Daarnaast analyseren we twee keer per jaar de casussen van de thuiszitterstafel en de "
                   "wachtlijsten van het vso op witte vlekken. In 2025 vonden we twee: er is geen passend aanbod "
                   "voor jongeren met ernstige angst- en stemmingsproblemen die een havo/vwo-niveau aankunnen, en "
                   "de wachttijd voor het vso cluster 4 liep op tot een half jaar. Voor de eerste groep start per "
                   "1 augustus 2027 een tussenvoorziening op havo/vwo-niveau, in samenwerking met een GGZ-aanbieder; "
                   "voor de tweede maken we met de vso-scholen afspraken over tijdelijke uitbreiding van "
                   "de capaciteit."))

    B.append(("h1", "7 Kwaliteit en monitoring"))
    B.append(("p", "Dinkel en Regge werkt met een kwaliteitscyclus volgens de PDCA-systematiek. We verzamelen "
                   "elk kwartaal gegevens uit het Loket (aanvragen, doorlooptijden, besluiten), uit de leerplicht "
                   "(thuiszitters, vrijstellingen) en uit DUO (deelname vso, pro en lwoo). De gegevens komen samen "
                   "in het dashboard Passend Onderwijs Twente, dat de besturen en de OPR online kunnen raadplegen."))
    B.append(("p", "De directeur-bestuurder rapporteert ieder kwartaal aan de raad van toezicht. Jaarlijks "
                   "verschijnt het jaarverslag met de bereikte resultaten, en in het najaar voeren we met elk "
                   "bestuur een auditgesprek over de inzet van ondersteuning en de uitkomsten voor leerlingen. Elk "
                   "tweede jaar houden we een tevredenheidspeiling onder scholen, ouders en leerlingen."))
    B.append(("p", "De ambities en beoogde resultaten voor de periode 2026-2030 stellen het bestuur en de OPR in "
                   "het voorjaar van 2026 vast, zodra de evaluatie van de vorige planperiode is afgerond."))

    B.append(("h1", "8 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen zijn partners in de ondersteuning. Leerlingen hebben hoorrecht bij "
                   "het opstellen en bijstellen van hun OPP; ouders hebben instemmingsrecht op het handelingsdeel."))
    B.append(("p", "We informeren ouders over de ondersteuningsmogelijkheden via de Ouderwijzer, een "
                   "digitale en gedrukte gids die jaarlijks in september verschijnt en die alle basisscholen in "
                   "groep 8 meegeven. Op de website staat per school welke extra ondersteuning zij biedt. Het Loket "
                   "houdt elke woensdagmiddag een ouderspreekuur, en in januari organiseren we samen met de "
                   "basisscholen informatieavonden over de overstap naar het vo."))
    B.append(("p", "Voor onafhankelijke informatie en steun kunnen ouders en jongeren terecht bij het Ouder- en "
                   "Jeugdsteunpunt Oost, dat wij samen met vier andere samenwerkingsverbanden financieren maar dat "
                   "onafhankelijk werkt. Ook de Onderwijsconsulenten zijn voor ouders kosteloos beschikbaar. Een "
                   "klacht over het samenwerkingsverband kan worden ingediend bij de Landelijke Klachtencommissie "
                   "Onderwijs; een geschil over toelating, verwijdering of het OPP bij de Geschillencommissie "
                   "passend onderwijs."))

    B.append(("h2", "8.1 Leerlingparticipatie"))
    B.append(("p", "Leerlingen zijn in het vo steeds beter in staat om zelf te vertellen wat ze nodig hebben. "
                   "Sinds 2024 heeft Dinkel en Regge een leerlingenpanel van veertien jongeren uit regulier vo, "
                   "pro en vso. Het panel komt vier keer per jaar bijeen en adviseert het bestuur gevraagd en "
                   "ongevraagd. Zo heeft het panel meegedacht over de opzet van de instroomcoaches en over de "
                   "teksten op de website. In de OPR zijn twee zetels gereserveerd voor leerlingen."))

    B.append(("h1", "9 Financiën"))
    B.append(("p", "Het verdeelmodel van Dinkel en Regge wordt in 2026 geëvalueerd. Op basis van die evaluatie "
                   "besluit het bestuur in het najaar van 2026 over de wijze waarop de middelen vanaf 2027 over de "
                   "besturen worden verdeeld. Tot die tijd: p.m."))
    B.append(("p", "De meerjarenbegroting laat zien waaraan we de middelen de komende jaren besteden."))
    B.append(("table", [["Bedragen in €", "2026", "2027", "2028", "2029"],
                        ["Baten ondersteuningsbekostiging (na afdrachten vso)", "9.840.000", "9.790.000",
                         "9.720.000", "9.660.000"],
                        ["Middelen lwoo en pro", "6.150.000", "6.090.000", "6.030.000", "5.980.000"],
                        ["Middelen naar schoolbesturen (ondersteuning)", "5.720.000", "5.700.000", "5.660.000",
                         "5.620.000"],
                        ["Lwoo- en pro-middelen naar scholen", "6.150.000", "6.090.000", "6.030.000", "5.980.000"],
                        ["Loket, trajectbegeleiding en instroomcoaches", "1.460.000", "1.480.000", "1.480.000",
                         "1.470.000"],
                        ["Thuiszitterstafel en Regionaal Expertteam", "310.000", "320.000", "320.000", "320.000"],
                        ["Tussenvoorziening havo/vwo (vanaf 2027)", "0", "420.000", "520.000", "520.000"],
                        ["Vso-tussenplaatsen en terugkeerbudgetten", "880.000", "860.000", "840.000", "820.000"],
                        ["Bestuur, bureau en huisvesting", "690.000", "700.000", "700.000", "700.000"],
                        ["Resultaat", "+80.000", "-10.000", "-20.000", "+10.000"]]))
    B.append(("p", "De bovenmatige reserve is eind 2025 volledig afgebouwd. Het bestuur hanteert een "
                   "bandbreedte voor het weerstandsvermogen van 5 tot 8 procent van de totale baten."))

    B.append(("h2", "9.1 Risico's"))
    B.append(("p", "De belangrijkste financiële risico's voor de komende jaren zijn een verdere groei van het "
                   "aantal leerlingen in het vso, waardoor de afdrachten via DUO stijgen; onzekerheid over de "
                   "landelijke bekostiging van lwoo en pro; en de kosten van de nieuwe tussenvoorziening, die mede "
                   "afhangen van de bijdrage van de gemeenten. Het bestuur bespreekt de risico's elk half jaar met "
                   "de raad van toezicht. De accountant controleert jaarlijks de rechtmatigheid van de bestedingen."))

    B.append(("h1", "10 Samenwerking met gemeenten"))
    B.append(("p", "Met de negen gemeenten voeren we OOGO over het ondersteuningsplan en over de lokale "
                   "jeugdbeleidsplannen. In het OOGO van 19 januari 2026 zijn afspraken gemaakt over "
                   "schoolmaatschappelijk werk op alle locaties, over een gezamenlijk budget voor "
                   "onderwijs-zorgarrangementen en over het leerlingenvervoer naar het vso. De samenwerking is "
                   "vastgelegd in de Twentse Agenda Onderwijs-Jeugd."))

    B.append(("p", "Daarnaast werken we samen met de zorgverzekeraar en de GGZ-aanbieders in de regio aan kortere "
                   "wachttijden voor jongeren die zowel onderwijs als behandeling nodig hebben. Op vijf locaties is "
                   "inmiddels een praktijkondersteuner jeugd-GGZ van de huisartsen aanwezig. De gemeenten en het "
                   "samenwerkingsverband evalueren de afspraken uit het OOGO jaarlijks in een gezamenlijke "
                   "bijeenkomst van wethouders en bestuurders. Ook het leerlingenvervoer naar het vso en pro is "
                   "onderwerp van gesprek: de reistijden zijn in het landelijke deel van de regio lang."))

    B.append(("h1", "11 Governance"))
    B.append(("p", "Dinkel en Regge is een stichting met een directeur-bestuurder en een raad van toezicht van "
                   "vijf leden. De aangesloten besturen komen vier keer per jaar bijeen in het bestuurlijk "
                   "overleg, dat het bestuur adviseert en de basisondersteuning vaststelt. De raad van toezicht "
                   "keurt de begroting, het jaarverslag en het ondersteuningsplan goed."))
    B.append(("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De OPR telt "
                   "twaalf leden: zes personeelsleden en zes ouders of leerlingen."))

    B.append(("h1", "12 Personeel en professionalisering"))
    B.append(("p", "Het bureau en het Loket tellen samen 16 fte, onder wie tien trajectbegeleiders en drie "
                   "instroomcoaches. We investeren in de professionalisering van ondersteuningscoördinatoren en "
                   "mentoren via de Academie Dinkel en Regge, met jaarlijks twaalf leergangen. Ook stimuleren we "
                   "dat docenten uit het vso en regulier vo bij elkaar in de klas kijken."))

    B.append(("p", "Het samenwerkingsverband kiest bewust voor een klein bureau. De trajectbegeleiders werken "
                   "vanuit drie regiokantoren, in Almelo, Oldenzaal en Hengelo, zodat ze dicht bij de scholen "
                   "zitten. Iedere trajectbegeleider heeft een vaste groep van twee tot vier locaties. Nieuwe "
                   "medewerkers doorlopen een inwerkprogramma van een half jaar, waarin ze meelopen op vso-scholen, "
                   "bij de leerplicht en bij een jeugdhulpaanbieder. Het ziekteverzuim op het bureau lag in 2025 "
                   "op 3,1 procent."))
    B.append(("p", "Professionalisering van het eigen team krijgt in deze planperiode extra aandacht. Elke "
                   "trajectbegeleider volgt in de planperiode ten minste één langere opleiding, bijvoorbeeld op het "
                   "gebied van systemisch werken, oplossingsgericht coachen of trauma. De instroomcoaches krijgen "
                   "intervisie onder leiding van een externe begeleider."))

    B.append(("h1", "13 Informatievoorziening en privacy"))
    B.append(("p", "Voor de aanvragen bij het Loket gebruiken we het beveiligde portaal OnderwijsTransparant. "
                   "Persoonsgegevens worden alleen verwerkt voor de wettelijke taken van het samenwerkingsverband, "
                   "en na drie jaar verwijderd. Het dashboard Passend Onderwijs Twente bevat alleen geaggregeerde "
                   "gegevens."))

    B.append(("p", "Het samenwerkingsverband publiceert jaarlijks een privacyverklaring op de website. Medewerkers "
                   "volgen elk jaar een korte e-learning over informatiebeveiliging. Datalekken worden gemeld bij de "
                   "functionaris gegevensbescherming, die beoordeelt of melding bij de Autoriteit Persoonsgegevens "
                   "nodig is. In 2025 zijn geen datalekken gemeld."))

    B.append(("h1", "14 Jaarplanning en vaststelling"))
    B.append(("table", [["Mijlpaal", "Datum"],
                        ["OOGO gemeenten", "19 januari 2026"],
                        ["Overleg SWV PO Twente-Noord", "26 januari 2026"],
                        ["Instemming OPR", "gepland 3 maart 2026"],
                        ["Goedkeuring raad van toezicht en vaststelling", "gepland 17 maart 2026"],
                        ["Indiening Inspectie", "vóór 1 mei 2026"]]))

    B.append(("p", "Na vaststelling publiceren we het plan op de website en sturen we het naar de Inspectie van "
                   "het Onderwijs. Wijzigingen tijdens de planperiode leggen we steeds eerst ter instemming voor aan "
                   "de OPR. Jaarlijks werken we het plan uit in een jaarplan met activiteiten, dat het bestuur in "
                   "december vaststelt."))
    B.append(("h1", "Bijlage 1 Begrippenlijst"))
    B.append(("bullets", [
        "Dekkend aanbod: het geheel van voorzieningen waarmee iedere jongere een passende plek heeft.",
        "Lwoo: leerwegondersteunend onderwijs.",
        "Pro: praktijkonderwijs.",
        "TLV: toelaatbaarheidsverklaring voor vso of pro.",
        "Toelaatbaarheid: het besluit dat een leerling tot het vso of pro kan worden toegelaten.",
        "Verdeelmodel: de regels volgens welke de ondersteuningsmiddelen worden verdeeld.",
        "Zorgplicht: plicht van het schoolbestuur om een passende plek te bieden."]))
    B.append(("h1", "Bijlage 2 Meerjarenbegroting (toelichting)"))
    B.append(("p", "De meerjarenbegroting is opgesteld op basis van de leerlingprognoses van de gemeenten en "
                   "de bekostigingsparameters van oktober 2025. Loon- en prijsstijgingen zijn niet "
                   "meegenomen, omdat de rijksbijdrage daarvoor wordt gecompenseerd."))
    return B


P4_CRITERIA = {
    "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
    "plaatsing.procedure": False, "plaatsing.criteria": False,
    "terugstroom.procedure": True, "terugstroom.beleid": True,
    "financien.verdeling": False, "financien.besteding": True,
    "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
    "resultaten.doelen": False, "resultaten.monitoring": True,
    "ouders.informatie": True, "ouders.steunpunt": True}
P4_ADVISORY = {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
               "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
P4_NOTES = {
    "basisondersteuning": "H3 'Het fundament': ondergrens gelijk op alle 27 locaties plus lijst onderdelen; borging via audit/zelfevaluatie en herstelplan.",
    "plaatsing": "H4 verwijst alleen naar Protocol Toewijzing (bijlage 3, separaat, niet meegeleverd) en website; managementsamenvatting, TOC, begrippenlijst zijn traps -> missing.",
    "terugstroom": "H5 'Terug naar de thuisnabije school': beleid met voorwaarden, instroomcoach en terugkeerbudget; genummerde stappen met momenten, Loket/trajectbegeleider, evaluaties; cijfers terugkeer (monitoring advisory).",
    "financien": "H9: verdeelmodel wordt geevalueerd, besluit najaar 2026, 'Tot die tijd: p.m.' -> verdeling niet; meerjarenbegroting 2026-2029 met bedragen -> besteding wel; reserves.",
    "dekkend-aanbod": "H6: continuum alleen via verwijzing naar Sociale Kaart op website; wel thuiszitterstafel, Regionaal Expertteam met doorzettingsmacht, witte vlekken en acties (lacunes). OOGO H10 ketenpartners.",
    "resultaten": "H7: kwartaaldata, dashboard, rapportage RvT, jaarverslag, auditgesprekken (monitoring); beoogde resultaten worden 'in het voorjaar van 2026' vastgesteld -> doelen niet.",
    "ouders": "H8: Ouderwijzer, website, ouderspreekuur, infoavonden; OJSP Oost (onafhankelijk), Onderwijsconsulenten, klachten/geschillen."}

# =============================================================================================
# PLAN 5 - PO, Midden/Randstad-rand (Eem en Vallei) - .html web edition, "Deel A: Koers en kwaliteit"
# Adviescommissie Toelaatbaarheid (ACT) / expertisecentrum / ondersteuningsroute in deel B
# =============================================================================================
P5_NAME = "po-eemenvallei-op-2025-2029"


def plan5():
    B = []
    B.append(("title", ["Ondersteuningsplan 2025-2029 - Deel A: Koers en kwaliteit",
                        "Samenwerkingsverband Primair Onderwijs Eem en Vallei (PO 26-05)",
                        "Webversie - laatst bijgewerkt 14 mei 2025"]))
    B.append(("toc", [
        "Voorwoord", "1. Leeswijzer: deel A en deel B", "2. Onze regio en kengetallen",
        "3. Terugblik 2021-2025", "4. Koers: samen wijs", "5. Ambities en beoogde resultaten",
        "6. Kwaliteitszorg en monitoring", "7. Uitgangspunten voor het speciaal (basis)onderwijs",
        "8. Afspraken met het speciaal (basis)onderwijs over terugplaatsing", "9. Governance en organisatie",
        "10. Professionalisering en innovatie", "11. Totstandkoming", "Begrippen"]))

    B.append(("h1", "Voorwoord"))
    B.append(("p", "Welkom bij de webversie van ons ondersteuningsplan 2025-2029. Een ondersteuningsplan is een "
                   "verplicht document, maar voor ons is het vooral een gezamenlijk verhaal: van 19 schoolbesturen, "
                   "112 basisscholen, vier scholen voor speciaal basisonderwijs en vijf scholen voor speciaal "
                   "onderwijs in de regio tussen de Eem en de Gelderse Vallei. Samen zijn we verantwoordelijk voor "
                   "ruim 34.000 kinderen."))
    B.append(("p", "Dit plan kijkt vooruit, maar ook terug. De afgelopen vier jaar hebben we hard gewerkt aan "
                   "een eenvoudiger toewijzing en aan meer deskundigheid in de scholen. We hebben ook gezien dat "
                   "de druk op het onderwijs groot is: het lerarentekort, de gevolgen van de coronaperiode en de "
                   "toename van kinderen met complexe vragen vragen veel van onze scholen. Met dit plan kiezen we "
                   "voor focus: minder nieuwe projecten, meer aandacht voor wat werkt."))
    B.append(("p", "Wij danken de schoolbesturen, directeuren, intern begeleiders, de collega's van het "
                   "expertisecentrum en de ondersteuningsplanraad voor hun bijdrage."))
    B.append(("p", "Een woord van dank gaat ook uit naar de leerkrachten die in de dialoogsessies hun ervaringen "
                   "hebben gedeeld. Hun verhalen over wat werkt in de klas, en over wat hen belemmert, hebben de "
                   "koers van dit plan sterk beïnvloed. Zonder hen zou dit plan een papieren werkelijkheid blijven."))
    B.append(("p", "Drs. P.J. Schouten, directeur-bestuurder"))

    B.append(("h1", "1. Leeswijzer: deel A en deel B"))
    B.append(("p", "Ons ondersteuningsplan bestaat vanaf deze planperiode uit twee delen. Dit deel A beschrijft "
                   "onze koers, onze ambities en de manier waarop wij de kwaliteit bewaken. Deel B - Uitvoering "
                   "beschrijft de basisondersteuning, de ondersteuningsroute, de procedure voor "
                   "toelaatbaarheidsverklaringen, de verdeling van de middelen met de meerjarenbegroting, de "
                   "afspraken met de gemeenten en de informatie voor ouders. Deel B wordt jaarlijks geactualiseerd "
                   "en staat als afzonderlijk document op onze website onder 'Documenten'."))
    B.append(("p", "We hebben voor deze opzet gekozen omdat de uitvoering sneller verandert dan de koers. "
                   "Zo kunnen we deel B bijwerken zonder het hele plan opnieuw vast te stellen."))

    B.append(("p", "Beide delen zijn samen vastgesteld en hebben dezelfde planperiode, van 1 augustus 2025 tot "
                   "en met 31 juli 2029. Voor de leesbaarheid verwijzen we in deel A op een aantal plaatsen naar "
                   "deel B. Waar in dit deel 'wij' of 'het samenwerkingsverband' staat, bedoelen we de stichting Eem "
                   "en Vallei, die namens de aangesloten schoolbesturen de taken uit de wet uitvoert. Met "
                   "'scholen' bedoelen we alle basisscholen, sbo-scholen en so-scholen in de regio, tenzij anders "
                   "vermeld."))

    B.append(("h1", "2. Onze regio en kengetallen"))
    B.append(("p", "Eem en Vallei ligt in het hart van Nederland en omvat acht gemeenten, variërend van een "
                   "grote stad met meer dan 150.000 inwoners tot kleine plattelandsgemeenten. Het aantal leerlingen "
                   "groeit licht, vooral door nieuwbouw aan de randen van de stad. In een aantal dorpen op de "
                   "Veluwerand daalt het aantal leerlingen."))
    B.append(("p", "De regio kent grote verschillen. In de stad wonen veel jonge gezinnen en is de diversiteit "
                   "groot; in sommige wijken spreekt de meerderheid van de kinderen thuis een andere taal dan het "
                   "Nederlands. Op het platteland zijn de scholen kleiner en zijn de afstanden tot gespecialiseerde "
                   "voorzieningen groter. De schoolbesturen verschillen eveneens: naast drie grote besturen met elk "
                   "meer dan twintig scholen zijn er elf eenpitters. Die verscheidenheid vraagt om een "
                   "samenwerkingsverband dat niet alles centraal regelt, maar ruimte laat voor de eigen aanpak van "
                   "besturen en scholen."))
    B.append(("table", [["Kengetal", "1 oktober 2021", "1 oktober 2024"],
                        ["Leerlingen basisonderwijs", "33.620", "34.180"],
                        ["Leerlingen sbo", "742", "705"],
                        ["Leerlingen so", "518", "531"],
                        ["Aangesloten schoolbesturen", "20", "19"]]))

    B.append(("h2", "Ontwikkelingen in de omgeving"))
    B.append(("p", "Het onderwijs in onze regio staat niet op zichzelf. Landelijk is de Verbeteraanpak passend "
                   "onderwijs in volle gang, en het kabinet werkt aan een landelijke norm voor de ondersteuning die "
                   "scholen bieden. Ook de Wet versterking positie ouders en leerlingen brengt veranderingen met "
                   "zich mee. Wij volgen deze ontwikkelingen nauwgezet; waar ze gevolgen hebben voor de uitvoering, "
                   "verwerken we die in deel B."))
    B.append(("p", "In de regio zien we drie bewegingen. Het aantal kinderen met een complexe "
                   "ondersteuningsvraag neemt toe, vooral op het gebied van gedrag en sociaal-emotionele "
                   "ontwikkeling. Het lerarentekort is in de stad groter dan op het platteland, met als gevolg dat "
                   "scholen in sommige wijken vaker met invallers werken. En de scholen worden diverser: er komen "
                   "meer kinderen met een migratieachtergrond en meer kinderen die meertalig opgroeien."))
    B.append(("p", "Tegelijk zien we veel kracht. Scholen werken steeds vaker samen in clusters, leerkrachten "
                   "uit het speciaal onderwijs delen hun kennis, en de pabo's in de regio hebben passend onderwijs "
                   "een vaste plek in het curriculum gegeven."))

    B.append(("h1", "3. Terugblik 2021-2025"))
    B.append(("p", "In het vorige plan hadden we vier doelen gesteld. Hieronder staat wat we daarvan hebben "
                   "bereikt, gemeten aan de indicatoren die we in 2021 hebben vastgelegd."))
    B.append(("table", [["Doel 2021-2025", "Streefwaarde", "Bereikt (schooljaar 2023-2024)", "Oordeel"],
                        ["Deelname sbo daalt", "2,0%", "2,06%", "Bijna gehaald"],
                        ["Deelname so stabiel", "max. 1,6%", "1,55%", "Gehaald"],
                        ["Doorlooptijd TLV-besluit", "max. 6 weken", "gemiddeld 4,8 weken", "Gehaald"],
                        ["Scholen tevreden over het expertisecentrum", "7,5", "7,1", "Niet gehaald"]]))
    B.append(("p", "De tevredenheid over het expertisecentrum bleef achter. Uit de gesprekken met scholen bleek "
                   "dat vooral de wisselingen van consulenten en de wachttijd voor observaties een rol speelden. "
                   "Dat nemen we mee in de ambities voor de nieuwe periode."))

    B.append(("p", "Naast de cijfers kijken we ook naar wat er kwalitatief is bereikt. In de dialoogsessies van "
                   "2024 gaven directeuren en intern begeleiders aan dat de toewijzing eenvoudiger en sneller is "
                   "geworden en dat de consulenten van het expertisecentrum beter bereikbaar zijn dan vier jaar "
                   "geleden. Tegelijk vonden zij dat de kennis uit de scholingsbijeenkomsten te weinig in de klas "
                   "landt. Die les nemen we mee: in de nieuwe periode leggen we meer nadruk op leren op de "
                   "werkplek."))

    B.append(("h1", "4. Koers: samen wijs"))
    B.append(("p", "Onze koers heet 'samen wijs'. We geloven dat goed onderwijs voor kinderen met een "
                   "ondersteuningsbehoefte ontstaat wanneer professionals kennis delen en samen leren. Niet het "
                   "samenwerkingsverband, maar de leerkracht maakt het verschil. Onze rol is die leerkracht te "
                   "versterken: met expertise, met ruimte en met vertrouwen."))
    B.append(("p", "Drie woorden vatten onze koers samen. Nabij: kinderen gaan zoveel mogelijk naar school in "
                   "hun eigen wijk of dorp. Deskundig: elke school heeft toegang tot de kennis die nodig is. "
                   "Eenvoudig: regels en formulieren zijn er om kinderen te helpen, niet om ze af te remmen."))
    B.append(("p", "Deze koers sluit aan bij de landelijke ontwikkelingen rond inclusiever onderwijs en bij de "
                   "beweging naar meer samenwerking tussen onderwijs en jeugdhulp. We volgen die ontwikkelingen "
                   "op de voet en passen onze uitvoering waar nodig aan."))

    B.append(("h2", "Onze waarden in de praktijk"))
    B.append(("p", "Waarden zijn pas iets waard als ze zichtbaar worden in het dagelijks werk. Daarom hebben we "
                   "met directeuren en consulenten beschreven wat 'nabij, deskundig en eenvoudig' in de praktijk "
                   "betekenen. Nabij betekent dat een consulent de school kent en binnen een week reageert op een "
                   "vraag. Deskundig betekent dat we werken met kennis waarvan bekend is dat die werkt, en dat we "
                   "onze eigen kennis op peil houden. Eenvoudig betekent dat we niets vragen wat we niet gebruiken, "
                   "en dat een school of consulent bij twijfel kiest voor wat goed is voor het kind."))
    B.append(("p", "We zijn ons ervan bewust dat deze waarden soms botsen. Eenvoud kan op gespannen voet staan "
                   "met zorgvuldigheid, en nabijheid met de keuze voor een gespecialiseerde plek. In die gevallen "
                   "gaan we het gesprek aan en leggen we de afweging vast."))

    B.append(("h2", "Drie bewegingen voor de komende vier jaar"))
    B.append(("p", "De koers vertalen we in drie bewegingen. De eerste beweging is van buiten naar binnen: "
                   "expertise die nu vaak van buiten de school komt, willen we meer in de school zelf opbouwen. "
                   "Consulenten van het expertisecentrum werken daarom vaker samen met een leerkracht in de klas in "
                   "plaats van alleen te adviseren."))
    B.append(("p", "De tweede beweging is van los naar samen. Scholen in dezelfde wijk of hetzelfde dorp werken "
                   "samen in clusters, ongeacht het bestuur waartoe ze behoren. In een cluster delen scholen kennis, "
                   "organiseren ze gezamenlijke scholing en helpen ze elkaar bij vragen over individuele kinderen."))
    B.append(("p", "De derde beweging is van regels naar vertrouwen. We willen dat formulieren en procedures "
                   "eenvoudig zijn en dat professionals de ruimte krijgen om te doen wat nodig is. Dat betekent ook "
                   "dat we elkaar aanspreken als het niet goed gaat."))

    B.append(("h1", "5. Ambities en beoogde resultaten"))
    B.append(("p", "Voor de periode 2025-2029 hebben bestuur en ondersteuningsplanraad vijf ambities "
                   "geformuleerd. Bij elke ambitie hoort een beoogd resultaat met een indicator, een nulmeting en "
                   "een streefwaarde."))
    B.append(("table", [["Ambitie", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                        ["Kinderen leren nabij", "Deelnamepercentage sbo (1 oktober)", "2,06%", "1,8%"],
                        ["Kinderen leren nabij", "Deelnamepercentage so (1 oktober)", "1,55%", "max. 1,55%"],
                        ["Snel duidelijkheid", "Gemiddelde doorlooptijd TLV-besluit", "4,8 weken", "4 weken"],
                        ["Deskundige scholen", "Leerkrachten die zich toegerust voelen voor kinderen met een "
                                               "ondersteuningsbehoefte (peiling)", "61%", "75%"],
                        ["Sterk expertisecentrum", "Waardering scholen voor het expertisecentrum", "7,1", "7,8"],
                        ["Duurzame terugplaatsing", "Teruggeplaatste kinderen die na 1 jaar nog op de "
                                                    "reguliere school zitten", "78%", "90%"]]))
    B.append(("p", "Naast deze kwantitatieve resultaten beschrijven we elk jaar kwalitatief wat de ambities "
                   "hebben opgeleverd, aan de hand van verhalen uit de scholen en de uitkomsten van de "
                   "dialoogsessies met directeuren en intern begeleiders."))

    B.append(("h1", "6. Kwaliteitszorg en monitoring"))
    B.append(("p", "Wij volgen de ambities met de Monitor Eem en Vallei. Twee keer per jaar, in februari en in "
                   "september, verzamelt de beleidsmedewerker kwaliteit de gegevens: deelnamecijfers van DUO, "
                   "doorlooptijden uit het registratiesysteem van de Adviescommissie Toelaatbaarheid, de uitkomsten "
                   "van de jaarlijkse peiling onder leerkrachten en de waardering van scholen voor het "
                   "expertisecentrum. De uitkomsten worden besproken in het bestuur, de raad van toezicht en de "
                   "ondersteuningsplanraad."))
    B.append(("p", "Eenmaal per jaar houden we per subregio een dialoogsessie met directeuren en intern "
                   "begeleiders, waarin we de cijfers duiden en bespreken wat beter kan. In het jaarverslag, dat "
                   "vóór 1 juli verschijnt, verantwoorden we de bereikte resultaten ten opzichte van de "
                   "streefwaarden. Halverwege de planperiode, in 2027, voert een externe partij een evaluatie uit."))
    B.append(("p", "Wanneer een indicator twee metingen achter elkaar achterblijft bij de lijn naar de "
                   "streefwaarde, stelt de directeur-bestuurder een verbeterplan op dat met het bestuur wordt "
                   "besproken."))

    B.append(("h2", "Jaarcyclus kwaliteitszorg"))
    B.append(("table", [["Maand", "Activiteit", "Wie"],
                        ["Februari", "Eerste meting Monitor Eem en Vallei", "Beleidsmedewerker kwaliteit"],
                        ["Maart", "Bespreking monitor in bestuur en OPR", "Directeur-bestuurder"],
                        ["April-mei", "Dialoogsessies per subregio", "Expertisecentrum, directeuren, IB"],
                        ["Juli", "Jaarverslag met bereikte resultaten", "Directeur-bestuurder, RvT"],
                        ["September", "Tweede meting monitor en peiling leerkrachten", "Beleidsmedewerker kwaliteit"],
                        ["November", "Jaarplan volgend jaar, bijstelling acties", "Bestuur"]]))

    B.append(("h1", "7. Uitgangspunten voor het speciaal (basis)onderwijs"))
    B.append(("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring verloopt, staat in deel B. In dit deel "
                   "leggen we vast op welke gronden een kind toelaatbaar is. Deze uitgangspunten gelden voor de "
                   "hele planperiode."))
    B.append(("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer (a) de basisschool "
                   "aantoonbaar ten minste een half jaar extra ondersteuning heeft geboden en die heeft "
                   "geëvalueerd, (b) het kind voor de ontwikkeling op meerdere gebieden - leren, gedrag of "
                   "werkhouding - structureel een kleinere groep en een meer gespecialiseerde aanpak nodig heeft, "
                   "en (c) deze aanpak ook met een arrangement van het expertisecentrum niet op de eigen of een "
                   "andere basisschool kan worden geboden."))
    B.append(("p", "Een kind is toelaatbaar tot het speciaal onderwijs wanneer het daarnaast specialistische "
                   "ondersteuning nodig heeft die ook het sbo niet kan bieden, vanwege een verstandelijke of "
                   "lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische "
                   "problematiek, en wanneer zorg en onderwijs zo sterk verweven zijn dat een so-setting nodig is. "
                   "De bekostigingscategorie (laag, midden, hoog) hangt af van de intensiteit van de benodigde "
                   "zorg en begeleiding."))

    B.append(("h1", "8. Afspraken met het speciaal (basis)onderwijs over terugplaatsing"))
    B.append(("p", "Met de vier sbo-scholen en de vijf so-scholen hebben we de volgende werkwijze afgesproken:"))
    B.append(("numbers", [
        "In het laatste jaar van de TLV evalueert de s(b)o-school vóór 1 maart het OPP en beoordeelt zij of "
        "terugplaatsing mogelijk is.",
        "Ziet de school mogelijkheden, dan meldt zij dit vóór 15 maart bij de Adviescommissie "
        "Toelaatbaarheid (ACT), met het geactualiseerde OPP.",
        "Een consulent van het expertisecentrum bespreekt binnen drie weken met de s(b)o-school en een "
        "beoogde basisschool of terugplaatsing per 1 augustus mogelijk is.",
        "De ACT adviseert de directeur-bestuurder, die vóór 1 mei besluit of de terugplaatsing doorgaat of dat "
        "een nieuwe TLV wordt afgegeven.",
        "Drie en twaalf maanden na de terugplaatsing evalueert de consulent samen met de basisschool en de "
        "s(b)o-school hoe het gaat."]))
    B.append(("p", "De inhoudelijke uitgangspunten en voorwaarden voor terugplaatsing, en de ondersteuning die "
                   "een teruggeplaatst kind krijgt, zijn onderwerp van een beleidsnotitie die in het najaar van 2025 "
                   "aan de ondersteuningsplanraad wordt voorgelegd."))

    B.append(("h1", "9. Governance en organisatie"))
    B.append(("p", "Eem en Vallei is een stichting. Het bestuur bestaat uit een directeur-bestuurder; het "
                   "intern toezicht ligt bij een raad van toezicht met vijf leden, van wie twee op voordracht van "
                   "de schoolbesturen. De schoolbesturen vormen samen de Algemene Vergadering, die het "
                   "ondersteuningsplan vaststelt en de jaarrekening goedkeurt."))
    B.append(("p", "De uitvoering ligt bij het expertisecentrum, met 23 medewerkers: consulenten, "
                   "orthopedagogen, gedragsspecialisten en een secretariaat. De Adviescommissie Toelaatbaarheid "
                   "(ACT) adviseert de directeur-bestuurder over toelaatbaarheid en terugplaatsing. De "
                   "ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan."))
    B.append(("p", "Het samenwerkingsverband volgt de Code Goed Bestuur PO. De raad van toezicht evalueert "
                   "jaarlijks het eigen functioneren en dat van de directeur-bestuurder. Een auditcommissie uit "
                   "de raad van toezicht overlegt twee keer per jaar met de controller en de accountant."))

    B.append(("h2", "Samenwerking met de schoolbesturen"))
    B.append(("p", "De schoolbesturen zijn eigenaar van het samenwerkingsverband. Vier keer per jaar komen de "
                   "bestuurders bijeen in het bestuurlijk overleg, waar de directeur-bestuurder verantwoording "
                   "aflegt over de uitvoering en waar gezamenlijke vraagstukken worden besproken. Daarnaast is er "
                   "per subregio een directeurenoverleg, dat de uitvoering op clusterniveau afstemt. Besturen die "
                   "met elkaar van mening verschillen, kunnen een beroep doen op de geschillenregeling in de "
                   "statuten, maar in de praktijk lossen we verschillen op in het gesprek."))
    B.append(("h2", "Communicatie met scholen"))
    B.append(("p", "Scholen ontvangen maandelijks de digitale nieuwsbrief Vallei Verbindt. Het besloten deel "
                   "van de website bevat formulieren, handreikingen en opnames van webinars. Elk cluster heeft een "
                   "vaste consulent als eerste aanspreekpunt, en de directeur-bestuurder bezoekt elk jaar alle "
                   "clusters."))

    B.append(("h2", "De ondersteuningsplanraad"))
    B.append(("p", "De OPR vergadert vijf keer per jaar met de directeur-bestuurder. Naast het instemmingsrecht "
                   "op het ondersteuningsplan ontvangt de OPR twee keer per jaar de uitkomsten van de monitor en "
                   "wordt zij betrokken bij de voorbereiding van wijzigingen in deel B. De OPR heeft een eigen "
                   "budget voor scholing en ondersteuning en kan zich laten adviseren door een externe deskundige."))
    B.append(("h2", "Medewerkers"))
    B.append(("p", "De medewerkers van het expertisecentrum zijn het gezicht van het samenwerkingsverband. We "
                   "vinden het belangrijk dat zij een vaste relatie met scholen opbouwen; elke consulent werkt "
                   "daarom voor een vast cluster. In de vorige periode was het verloop onder consulenten hoog. We "
                   "hebben daarom geïnvesteerd in een betere inwerkperiode, in intervisie en in een loopbaanpad "
                   "voor consulenten die zich willen specialiseren. Het verloop daalde in 2024 tot 8 procent."))

    B.append(("h1", "10. Professionalisering en innovatie"))
    B.append(("p", "Professionalisering is de motor van onze koers. Het expertisecentrum organiseert jaarlijks "
                   "de Eem en Vallei Leerweek, met workshops over onder meer gedrag, taalontwikkeling, "
                   "hoogbegaafdheid en het werken met ontwikkelingsperspectieven. Intern begeleiders ontmoeten "
                   "elkaar in tien regionale netwerken, die vier keer per jaar bijeenkomen."))
    B.append(("p", "Daarnaast stimuleren we innovatie. Scholen kunnen een innovatievoorstel indienen voor "
                   "projecten die de ondersteuning in de klas verbeteren, zoals co-teaching of het werken met "
                   "onderwijsassistenten in combinatiegroepen. Projecten worden na twee jaar geëvalueerd en bij "
                   "succes breder gedeeld. In de planperiode willen we ook nadrukkelijker leren van het speciaal "
                   "onderwijs: leerkrachten uit het so en sbo verzorgen een deel van de scholing."))
    B.append(("p", "Tot slot investeren we in digitale ondersteuning. Het registratiesysteem van de ACT wordt "
                   "in 2026 vervangen door een systeem dat beter aansluit bij de leerlingvolgsystemen van de "
                   "scholen. Daarbij houden we ons aan de AVG: gegevens worden alleen gedeeld als dat nodig is en "
                   "worden na drie jaar vernietigd."))
    B.append(("p", "Een bijzonder aandachtspunt in de planperiode is het jonge kind. Steeds vaker komen kinderen "
                   "op vierjarige leeftijd binnen met een achterstand in taal of in de sociaal-emotionele "
                   "ontwikkeling. Het expertisecentrum ontwikkelt samen met de pabo een scholingsmodule voor "
                   "leerkrachten van de groepen 1 en 2, die vanaf het schooljaar 2026-2027 beschikbaar is. Ook "
                   "ondersteunen we scholen bij het opzetten van lerende netwerken rond het jonge kind, waarin "
                   "leerkrachten elkaars praktijk bezoeken en samen lessen voorbereiden."))

    B.append(("h2", "Risico's bij de uitvoering van de koers"))
    B.append(("p", "We zijn ons bewust van de risico's die het realiseren van onze ambities kunnen bemoeilijken. "
                   "Het grootste risico is het lerarentekort: als scholen onvoldoende leerkrachten hebben, komt "
                   "ook de ondersteuning in de klas onder druk. Een tweede risico is de beschikbaarheid van "
                   "gespecialiseerde medewerkers zoals orthopedagogen en gedragsspecialisten. Een derde risico is "
                   "dat de landelijke ontwikkelingen, zoals de norm voor basisondersteuning, onze plannen "
                   "doorkruisen. We bespreken deze risico's twee keer per jaar met de raad van toezicht en stellen "
                   "de uitvoering waar nodig bij."))

    B.append(("h1", "11. Totstandkoming"))
    B.append(("p", "Deel A is tussen september 2024 en februari 2025 opgesteld in drie werksessies met "
                   "bestuurders en directeuren. Het op overeenstemming gericht overleg met de gemeenten vond "
                   "plaats op 6 maart 2025, het overleg met het samenwerkingsverband VO op 10 maart 2025. De "
                   "ondersteuningsplanraad stemde op 1 april 2025 in met deel A en deel B; de Algemene "
                   "Vergadering stelde het plan op 15 april 2025 vast. Het plan is op 22 april 2025 aan de "
                   "Inspectie gezonden."))
    B.append(("p", "In de werksessies stonden drie vragen centraal: wat gaat goed en moeten we behouden, wat "
                   "moet beter, en wat moeten we loslaten? De antwoorden op die vragen vormen de basis voor de "
                   "koers en de ambities in dit deel. De conceptversie is in december 2024 besproken met alle "
                   "directeuren in de subregio's; hun reacties zijn verwerkt in de definitieve tekst. Deze "
                   "webversie wordt bijgewerkt wanneer onderdelen van het plan met instemming van de OPR worden "
                   "gewijzigd; de datum van de laatste wijziging staat bovenaan de pagina."))

    B.append(("p", "Na vaststelling is het plan gepubliceerd op deze website. Een toegankelijke PDF-versie van "
                   "deel A en deel B is op aanvraag verkrijgbaar bij het secretariaat. Wijzigingen in het plan "
                   "worden pas doorgevoerd na instemming van de ondersteuningsplanraad en worden met datum in de "
                   "versiegeschiedenis vermeld."))
    B.append(("h1", "Begrippen"))
    B.append(("bullets", [
        "ACT - Adviescommissie Toelaatbaarheid.",
        "Basisondersteuning - het niveau van ondersteuning dat iedere school biedt; zie deel B.",
        "Dekkend aanbod - het geheel van voorzieningen in de regio; zie deel B.",
        "Meerjarenbegroting - begroting over vier jaar; zie deel B.",
        "Ouder- en jeugdsteunpunt - onafhankelijk steunpunt voor ouders en jongeren.",
        "TLV - toelaatbaarheidsverklaring."]))
    return B


P5_CRITERIA = {
    "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
    "plaatsing.procedure": False, "plaatsing.criteria": True,
    "terugstroom.procedure": True, "terugstroom.beleid": False,
    "financien.verdeling": False, "financien.besteding": False,
    "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
    "resultaten.doelen": True, "resultaten.monitoring": True,
    "ouders.informatie": False, "ouders.steunpunt": False}
P5_ADVISORY = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"]}
P5_NOTES = {
    "basisondersteuning": "Alleen verwezen naar deel B (afzonderlijk document op website) en begrippenlijst 'zie deel B' -> missing.",
    "plaatsing": "H7 geeft criteria voor sbo en so (en bekostigingscategorie); de aanvraagprocedure staat volgens de tekst in deel B (niet meegeleverd) -> procedure niet. ACT wordt wel genoemd, maar geen procedure.",
    "terugstroom": "H8: genummerde werkwijze (evaluatie voor 1 maart, melding ACT, consulent, besluit voor 1 mei, evaluaties 3/12 mnd); uitgangspunten, voorwaarden en ondersteuning na terugkeer 'onderwerp van een beleidsnotitie najaar 2025' -> beleid niet.",
    "financien": "Geen financiele paragraaf: verdeling en meerjarenbegroting verwezen naar deel B; alleen jaarrekening/accountant in governance -> missing.",
    "dekkend-aanbod": "Verwezen naar deel B; geen continuum, geen thuiszitters/lacunes, geen beschrijving van samenwerking met gemeenten (OOGO alleen als datum in 11) -> missing.",
    "resultaten": "H3 bereikte resultaten vs streefwaarden, H5 ambities met nulmeting/streefwaarde, H6 Monitor Eem en Vallei, dialoogsessies, jaarverslag, externe evaluatie.",
    "ouders": "Ouderinformatie expliciet naar deel B verwezen; ouder- en jeugdsteunpunt alleen in begrippenlijst; geen rol/betrokkenheid beschreven -> missing."}

# =============================================================================================
# NEAR-MISS - a school-level "ondersteuningsplan" (zorgplan) of one basisschool, .docx
# =============================================================================================
NM_NAME = "ikc-deklimop-schoolondersteuningsplan-2025-2026"


def nearmiss():
    B = []
    B.append(("title", ["Ondersteuningsplan 2025-2026",
                        "IKC De Klimop - basisschool en kinderopvang",
                        "Onderdeel van Stichting Openbaar Onderwijs Vlietland, aangesloten bij "
                        "Samenwerkingsverband Passend Primair Onderwijs Rijn & Vliet",
                        "Vastgesteld door het MT op 1 juli 2025; de MR heeft positief geadviseerd"]))
    B.append(("toc", [
        "1 Inleiding", "2 Onze school en onze leerlingen", "3 De ondersteuningsstructuur van De Klimop",
        "4 Basisondersteuning op De Klimop", "5 Extra ondersteuning en arrangementen",
        "6 Aanvraag toelaatbaarheidsverklaring", "7 Ouders", "8 Middelen", "9 Resultaten en jaarplanning"]))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe IKC De Klimop de ondersteuning aan haar leerlingen "
                   "organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de intern "
                   "begeleiders en de ouders, en vormt samen met het schoolondersteuningsprofiel (SOP) en de "
                   "schoolgids het kader voor de zorg op onze school. Het plan wordt elk schooljaar geëvalueerd en "
                   "bijgesteld. De kaders van het samenwerkingsverband Rijn & Vliet, zoals vastgelegd in het "
                   "ondersteuningsplan 2025-2029 van het samenwerkingsverband, zijn voor ons leidend."))
    B.append(("h1", "2 Onze school en onze leerlingen"))
    B.append(("p", "De Klimop is een integraal kindcentrum in een naoorlogse wijk met 412 leerlingen in "
                   "zestien groepen. Ongeveer 35 procent van de leerlingen heeft een meertalige achtergrond. Het "
                   "team bestaat uit 31 medewerkers, onder wie twee intern begeleiders (samen 1,2 fte), een "
                   "gedragsspecialist en een rekenspecialist."))
    B.append(("h1", "3 De ondersteuningsstructuur van De Klimop"))
    B.append(("p", "Wij werken met vijf zorgniveaus:"))
    B.append(("numbers", [
        "Niveau 1 - algemene zorg in de groep: de leerkracht differentieert in drie instructieniveaus.",
        "Niveau 2 - extra zorg in de groep: verlengde instructie en pre-teaching volgens het groepsplan.",
        "Niveau 3 - speciale zorg na intern onderzoek: de intern begeleider stelt samen met de leerkracht een "
        "individueel handelingsplan op.",
        "Niveau 4 - speciale zorg na extern onderzoek: er wordt een deskundige ingeschakeld, bijvoorbeeld via "
        "het ondersteuningsteam van het samenwerkingsverband.",
        "Niveau 5 - verwijzing naar het speciaal (basis)onderwijs."]))
    B.append(("p", "Drie keer per jaar vinden groepsbesprekingen plaats tussen leerkracht en intern "
                   "begeleider, in oktober, februari en juni, na de afname van de toetsen van het "
                   "leerlingvolgsysteem. Leerlingen over wie zorgen zijn, worden besproken in de "
                   "leerlingbespreking. Zes keer per jaar komt het ondersteuningsteam (OT) bijeen, met de intern "
                   "begeleiders, de schoolcontactpersoon van het samenwerkingsverband en de jeugdverpleegkundige."))
    B.append(("h1", "4 Basisondersteuning op De Klimop"))
    B.append(("p", "De Klimop biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
                   "Concreet betekent dit op onze school: een dyslexieprotocol met extra leestijd en "
                   "voorleessoftware, een NT2-groep voor kinderen die korter dan twee jaar in Nederland zijn, een "
                   "plusgroep op woensdag, het programma De Vreedzame School, een rustplek bij iedere unit en een "
                   "protocol medisch handelen."))
    B.append(("h1", "5 Extra ondersteuning en arrangementen"))
    B.append(("p", "Als de basisondersteuning niet volstaat, vraagt de intern begeleider na bespreking in het "
                   "OT een arrangement aan bij het Loket van het samenwerkingsverband. In 2024-2025 hadden wij "
                   "acht leerlingen met een individueel arrangement en één groepsarrangement voor gedrag. Voor "
                   "leerlingen met een arrangement of een eigen leerlijn stellen wij een ontwikkelingsperspectief "
                   "op."))
    B.append(("h1", "6 Aanvraag toelaatbaarheidsverklaring"))
    B.append(("p", "Wanneer wij, samen met ouders, tot de conclusie komen dat een leerling beter op zijn plek is "
                   "in het speciaal basisonderwijs of speciaal onderwijs, vraagt de school via het Loket een "
                   "toelaatbaarheidsverklaring aan. De intern begeleider stelt het dossier samen. Het "
                   "samenwerkingsverband beslist; de criteria en termijnen staan in het ondersteuningsplan van "
                   "het samenwerkingsverband. In 2024-2025 zijn twee leerlingen naar het sbo en één naar het so "
                   "gegaan."))
    B.append(("h1", "7 Ouders"))
    B.append(("p", "Ouders zijn onze partners. Zij worden uitgenodigd bij de bespreking van hun kind in het OT "
                   "en tekenen het OPP. Informatie over de ondersteuning op De Klimop staat in de schoolgids en "
                   "het SOP op onze website. Ouders die een second opinion willen, kunnen terecht bij het Ouder- "
                   "en Jeugdsteunpunt van het samenwerkingsverband."))
    B.append(("h1", "8 Middelen"))
    B.append(("p", "Onze stichting ontvangt van het samenwerkingsverband middelen voor lichte ondersteuning. "
                   "De Klimop krijgt daarvan in 2025 een budget van € 84.460 (€ 205 per leerling). Dit geld zetten "
                   "wij in voor de formatie van de intern begeleiders (0,4 fte), de gedragsspecialist (0,4 fte) en "
                   "twee onderwijsassistenten in de onderbouw."))
    B.append(("h1", "9 Resultaten en jaarplanning"))
    B.append(("p", "Wij willen dat in juni 2026 ten minste 85 procent van de leerlingen in groep 3 tot en met "
                   "8 op of boven het niveau van de landelijke referentiewaarde voor lezen scoort, en dat het "
                   "percentage leerlingen dat bij de doorstroomtoets het streefniveau 1F haalt op 96 procent "
                   "blijft. De resultaten bespreken wij in de teamvergaderingen van februari en juni."))
    B.append(("table", [["Maand", "Activiteit"],
                        ["September", "Startgesprekken met ouders en leerlingen"],
                        ["Oktober", "Groepsbesprekingen ronde 1"],
                        ["Januari/februari", "Midden-toetsen; groepsbesprekingen ronde 2; trendanalyse"],
                        ["Maart", "Voorlopig advies groep 7"],
                        ["Juni", "Eind-toetsen; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"]]))
    return B


# =============================================================================================
# main
# =============================================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {}

    b = plan1()
    counts[P1_NAME] = word_count(b)
    render_docx(b, os.path.join(OUT, P1_NAME + ".docx"),
                "Ondersteuningsplan SWV Rijn & Vliet 2025-2029", "Samen sterk voor elk kind | www.rijnenvliet-po.nl")
    write_label(P1_NAME, [P1_NAME + ".docx"], "po", P1_CRITERIA, P1_ADVISORY, P1_NOTES)

    b = plan2()
    counts[P2_NAME] = word_count(b)
    render_pdf(b, os.path.join(OUT, P2_NAME + ".pdf"),
               "SWV VO Wadden en Wouden - Ondersteuningsplan 2024-2028", "Thuis in de regio", font="Arial")
    write_label(P2_NAME, [P2_NAME + ".pdf"], "vo", P2_CRITERIA, P2_ADVISORY, P2_NOTES)

    b = plan3()
    counts[P3_NAME] = word_count(b)
    render_pdf(b, os.path.join(OUT, P3_NAME + ".pdf"),
               "De Peelrand | Ondersteuningsplan 2025-2029", "Elk kind een thuisnabije plek", font="Cambria")
    write_label(P3_NAME, [P3_NAME + ".pdf"], "po", P3_CRITERIA, P3_ADVISORY, P3_NOTES)

    b = plan4()
    counts[P4_NAME] = word_count(b)
    render_docx(b, os.path.join(OUT, P4_NAME + ".docx"),
                "Dinkel en Regge - Ondersteuningsplan 2026-2030 - CONCEPT",
                "Concept v0.9 - niet verspreiden buiten OPR en besturen")
    write_label(P4_NAME, [P4_NAME + ".docx"], "vo", P4_CRITERIA, P4_ADVISORY, P4_NOTES)

    b = plan5()
    counts[P5_NAME] = word_count(b)
    render_html(b, os.path.join(OUT, P5_NAME + ".html"), "SWV PO Eem en Vallei",
                ["Home", "Ouders", "Scholen", "Ondersteuningsplan", "Documenten", "Contact"],
                "Samenwerkingsverband PO Eem en Vallei | Stationsplein 3 | info@eemenvallei-po.nl")
    write_label(P5_NAME, [P5_NAME + ".html"], "po", P5_CRITERIA, P5_ADVISORY, P5_NOTES)

    b = nearmiss()
    counts[NM_NAME] = word_count(b)
    render_docx(b, os.path.join(OUT, NM_NAME + ".docx"), "IKC De Klimop - Ondersteuningsplan 2025-2026",
                "IKC De Klimop")
    write_label(NM_NAME, [NM_NAME + ".docx"], "po", {}, {},
                {"document": "School-level ondersteuningsplan (zorgplan) of a single basisschool: zorgniveaus 1-5, "
                             "groepsbesprekingen, eigen budget and eindtoets results; refers to the SWV's own plan "
                             "for criteria. Not an ondersteuningsplan of a samenwerkingsverband (domain 5.4)."},
                looks_like_plan=False)

    for k, v in counts.items():
        print("%-55s %5d words" % (k, v))


if __name__ == "__main__":
    main()
