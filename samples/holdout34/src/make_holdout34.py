#!/usr/bin/env python3
"""Generate holdout set 34: compact / parent-version ondersteuningsplannen (B1) plus one near-miss.

Deterministic, no network. Writes into the parent folder of this script:
  po-lingeland-ouderversie.docx/.pdf, vo-duinenpolder-compact.pdf, po-kempenrand-actualisatie-2027.docx,
  vo-rivierenhof-hoofdlijnen.html, po-vechtenplassen-kort.md, np-po-wilgenhoek-schoolplan.docx
and one <name>.expected.yaml per plan.
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.
"""
import html
import os
import shutil
import subprocess
import tempfile

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

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

# ---------------------------------------------------------------------------
# Block model: ("title", text, [sublines]) ("toc", [lines]) ("h1", t) ("h2", t) ("h3", t)
# ("p", t) ("ul", [items]) ("ol", [items]) ("table", [header, rows...]) ("pb",)
# ("dl", [(term, def), ...])  -- glossary
# ---------------------------------------------------------------------------


def words(blocks):
    n = 0
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3", "p"):
            n += len(b[1].split())
        elif kind == "title":
            n += len(b[1].split()) + sum(len(s.split()) for s in b[2])
        elif kind in ("ul", "ol", "toc"):
            n += sum(len(s.split()) for s in b[1])
        elif kind == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
        elif kind == "dl":
            n += sum(len(t.split()) + len(d.split()) for t, d in b[1])
    return n


def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
            for s in b[2]:
                doc.add_paragraph(s)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoud").runs[0].bold = True
            for s in b[1]:
                doc.add_paragraph(s)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for s in b[1]:
                doc.add_paragraph(s, style="List Bullet")
        elif kind == "ol":
            for s in b[1]:
                doc.add_paragraph(s, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "dl":
            for term, d in b[1]:
                p = doc.add_paragraph()
                p.add_run(term + ": ").bold = True
                p.add_run(d)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # deterministic core properties
    import datetime
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "holdout34"
    cp.last_modified_by = "holdout34"
    cp.revision = 1
    doc.save(path)
    normalise_docx(path)


def normalise_docx(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def normalise_pdf(path):
    """Same-length replacement of creation date and document ID (xref offsets stay valid)."""
    import re
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate\(D:(\d{14})", b"/CreationDate(D:20260301120000", data)
    data = re.sub(rb"/ModDate\(D:(\d{14})", b"/ModDate(D:20260301120000", data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]{32})", b"/DocChecksum /" + b"0" * 32, data)
    open(path, "wb").write(data)


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="ho34_")
    try:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                       timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
        normalise_pdf(pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, site_title, header, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(site_title), "</head>", "<body>",
           '<header class="site-header"><p>%s</p></header>' % e(header), "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
            out += ['<p class="subtitle">%s</p>' % e(s) for s in b[2]]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += ["<li>%s</li>" % e(s) for s in b[1]]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            out += ["<li>%s</li>" % e(s) for s in b[1]]
            out.append("</%s>" % kind)
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join("<th>%s</th>" % e(str(c)) for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(str(c)) for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "dl":
            out.append("<dl>")
            for t, d in b[1]:
                out.append("<dt>%s</dt><dd>%s</dd>" % (e(t), e(d)))
            out.append("</dl>")
    out += ["</main>", '<footer class="site-footer"><p>%s</p></footer>' % e(footer), "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1])
            out.append("")
            out += [s + "  " for s in b[2]]
            out.append("")
        elif kind == "toc":
            out.append("**Inhoud**")
            out.append("")
            out += ["- " + s for s in b[1]]
            out.append("")
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "h3":
            out += ["#### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + s for s in b[1]] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i + 1, s) for i, s in enumerate(b[1])] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(str(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
        elif kind == "dl":
            for t, d in b[1]:
                out.append("**%s** – %s  " % (t, d))
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write_label(name, documents, sector, looks_like_plan, status, crit, advisory, notes):
    path = os.path.join(OUT, name + ".expected.yaml")
    lines = []
    lines.append("documents: [%s]" % ", ".join(documents))
    lines.append("sector: %s" % sector)
    lines.append("looks_like_plan: %s" % ("true" if looks_like_plan else "false"))
    if not looks_like_plan:
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("advisory_addressed: {}")
    else:
        # consistency check of the status rule
        for el in ELEMENTS:
            cs = [crit[c] for c in CORE if c.startswith(el + ".")]
            if all(cs):
                exp = "present"
            elif any(cs) or advisory.get(el):
                exp = "partial"
            else:
                exp = "missing"
            assert status[el] == exp, (name, el, status[el], exp)
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, status[el]) for el in ELEMENTS))
        lines.append("criteria:")
        for c in CORE:
            lines.append("  %s: %s" % (c, "true" if crit[c] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for k, v in notes.items():
        lines.append("  %s: %s" % (k, yaml.safe_dump(v, allow_unicode=True, width=10000,
                                                         default_style='"').strip()))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    yaml.safe_load(open(path, encoding="utf-8"))


# ===========================================================================
# P1  PO  Lingeland  -- ouderversie, B1, docx + pdf
# ===========================================================================

def plan_lingeland():
    B = []
    B.append(("title", "Ondersteuningsplan 2026-2030: Samen zorgen voor elk kind", [
        "Samenwerkingsverband Passend Onderwijs Lingeland (PO 26-07)",
        "Versie in gewone taal (taalniveau B1)",
        "Planperiode: 1 augustus 2026 tot en met 31 juli 2030",
        "Instemming ondersteuningsplanraad (OPR): 7 april 2026",
        "Vastgesteld door het algemeen bestuur: 14 april 2026",
        "Onderwerpen: basisondersteuning, arrangementen, toelaatbaarheid en terugplaatsing, financiën, "
        "resultaten, ouders",
    ]))
    B.append(("toc", [
        "1. Samenvatting voor ouders ........ 3",
        "2. Voorwoord ........ 4",
        "3. Wie zijn wij? ........ 4",
        "4. Onze visie: ieder kind hoort erbij ........ 5",
        "5. Basisondersteuning: wat elke school biedt ........ 5",
        "6. Extra ondersteuning en arrangementen ........ 7",
        "7. Naar het sbo of so: de TLV ........ 8",
        "8. Thuiszitters ........ 9",
        "9. Geld en middelen ........ 10",
        "10. Wat willen we bereiken? ........ 11",
        "11. Communicatie ........ 11",
        "12. Samenwerken met de gemeenten ........ 12",
        "13. Organisatie en medezeggenschap ........ 12",
        "14. Personeel, deskundigheid en privacy ........ 13",
        "15. Planning 2026-2030 ........ 14",
        "Begrippenlijst ........ 14",
    ]))

    B.append(("h1", "1. Samenvatting voor ouders"))
    B.append(("p", "Dit is het ondersteuningsplan van Samenwerkingsverband Lingeland. In dit plan leest u hoe de "
              "basisscholen, de scholen voor speciaal basisonderwijs (sbo) en de scholen voor speciaal onderwijs "
              "(so) in onze regio samenwerken. Zo krijgt elk kind de hulp die het nodig heeft, zo dicht mogelijk "
              "bij huis. Het plan geldt van 1 augustus 2026 tot 31 juli 2030."))
    B.append(("p", "De belangrijkste punten op een rij:"))
    B.append(("ul", [
        "Elke school in Lingeland biedt dezelfde basis. Die basis noemen we basisondersteuning. In hoofdstuk 5 "
        "leest u wat u van elke school mag verwachten.",
        "Heeft uw kind meer nodig? Dan kan de school extra ondersteuning regelen, bijvoorbeeld een arrangement. "
        "Dat staat in hoofdstuk 6.",
        "Soms past een speciale school beter bij uw kind. Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. "
        "Hoe dat gaat, leest u in hoofdstuk 7.",
        "Het geld voor ondersteuning verdelen we met duidelijke regels. Die staan in hoofdstuk 9.",
        "Heeft u vragen of bent u het ergens niet mee eens? In hoofdstuk 11 staat waar u terecht kunt.",
    ]))
    B.append(("p", "We hebben dit plan zo kort en duidelijk mogelijk gemaakt. Staat er toch een moeilijk woord in? "
              "Kijk dan in de begrippenlijst achterin."))

    B.append(("h1", "2. Voorwoord"))
    B.append(("p", "Beste lezer,"))
    B.append(("p", "Passend onderwijs bestaat nu meer dan tien jaar. In die tijd hebben we veel geleerd. We weten "
              "nu beter wat goed werkt en wat niet. Leerkrachten zeggen ons dat het werk in de klas zwaarder is "
              "geworden. Ouders zeggen ons dat het soms lang duurt voordat hun kind de juiste hulp krijgt. En "
              "scholen zeggen dat de regels van het samenwerkingsverband niet altijd duidelijk zijn. Die signalen "
              "nemen we serieus."))
    B.append(("p", "Voor dit nieuwe plan hebben we met veel mensen gepraat. We organiseerden in het najaar van 2025 "
              "drie gesprekstafels met intern begeleiders en directeuren, twee avonden met ouders en een gesprek "
              "met wethouders en ambtenaren van de drie gemeenten. Ook de ondersteuningsplanraad dacht vanaf het "
              "begin mee. Iedereen vroeg ons hetzelfde: maak het plan korter en begrijpelijker. Dat hebben we "
              "gedaan. Het vorige plan had 62 pagina's; dit plan heeft er ongeveer veertien."))
    B.append(("p", "Een kort plan betekent niet dat we minder doen. Het betekent dat we de afspraken helder "
              "opschrijven en de details in werkafspraken en het jaarplan zetten. In dit plan staat wat voor "
              "iedereen geldt. Wij danken iedereen die heeft meegedacht en meegelezen."))
    B.append(("p", "Namens het bestuur, Marieke van Dalen, directeur-bestuurder"))

    B.append(("h1", "3. Wie zijn wij?"))
    B.append(("p", "Samenwerkingsverband Lingeland is een stichting. Elf schoolbesturen werken in de stichting "
              "samen. Samen hebben zij 58 basisscholen, 2 scholen voor speciaal basisonderwijs en 3 scholen voor "
              "speciaal onderwijs. De scholen liggen in de gemeenten West-Lingeland, Betuwerand en Neder-Linge. "
              "Het kantoor van het samenwerkingsverband staat in Aalburgh."))
    B.append(("table", [
        ["Leerlingen op 1 oktober 2025", "Aantal"],
        ["Basisonderwijs", "14.120"],
        ["Speciaal basisonderwijs (sbo)", "402"],
        ["Speciaal onderwijs (so), cluster 3 en 4", "318"],
        ["Totaal", "14.840"],
    ]))
    B.append(("p", "Het aantal leerlingen daalt langzaam. Dat komt doordat er minder kinderen geboren worden. "
              "Vooral in de kleine dorpen krijgen scholen het daardoor moeilijker. Dat heeft gevolgen voor de "
              "middelen die scholen krijgen en voor de manier waarop we samenwerken. Kleine scholen hebben minder "
              "ruimte voor eigen specialisten en leunen meer op hulp van buiten."))
    B.append(("p", "In onze regio wonen veel gezinnen die pas kort in Nederland zijn. Ook zijn er dorpen waar "
              "weinig voorzieningen zijn. Dat vraagt om scholen die samenwerken met elkaar en met de gemeente."))

    B.append(("h1", "4. Onze visie: ieder kind hoort erbij"))
    B.append(("p", "Wij geloven dat ieder kind erbij hoort. Ieder kind heeft talenten en ieder kind kan leren. "
              "Sommige kinderen hebben daar meer hulp bij nodig dan andere. Die hulp moet er zijn, op tijd en "
              "zo dicht mogelijk bij huis. Onze missie is kort: elk kind een passende plek, in de eigen buurt als "
              "het kan en verderop als het moet."))
    B.append(("p", "Daarom doen we drie beloften:"))
    B.append(("ol", [
        "Thuisnabij: we zoeken eerst een oplossing op de eigen school of in de eigen buurt.",
        "Op tijd: we wachten niet tot het misgaat. Scholen vragen vroeg hulp en krijgen snel antwoord.",
        "Samen met ouders: ouders kennen hun kind het best. We praten met ouders, niet over ouders.",
    ]))
    B.append(("p", "Deze beloften komen in elk hoofdstuk terug. Ze zijn ook de basis voor de keuzes die het "
              "bestuur maakt, bijvoorbeeld over geld of over nieuwe voorzieningen. We willen een lerende "
              "organisatie zijn: we proberen dingen uit, kijken wat werkt en passen ons aan."))

    B.append(("h1", "5. Basisondersteuning: wat elke school biedt"))
    B.append(("p", "Basisondersteuning is de hulp die elke school in Lingeland aan elk kind kan geven. Alle 63 "
              "scholen, dus ook de sbo- en so-scholen, hebben hierover dezelfde afspraken gemaakt. Het is een "
              "minimum: geen enkele school of vestiging mag eronder zitten. Een school hoeft voor "
              "basisondersteuning niets aan te vragen bij het samenwerkingsverband. Het geld ervoor zit al in "
              "het budget van de school."))
    B.append(("h2", "Wat mag u van elke school verwachten?"))
    B.append(("ul", [
        "Een intern begeleider (IB'er). Per 100 leerlingen is de IB'er minstens acht uur per week beschikbaar.",
        "Een leerlingvolgsysteem. De leerkracht kijkt drie keer per jaar met de IB'er naar de groep "
        "(groepsbespreking) en maakt een plan voor kinderen die extra aandacht nodig hebben.",
        "Een dyslexieprotocol en een dyscalculieprotocol. Kinderen krijgen extra lees- of rekentijd en mogen "
        "voorleessoftware of een rekenkaart gebruiken.",
        "Een aanpak voor gedrag en welbevinden: een anti-pestprogramma en twee keer per jaar een vragenlijst "
        "over hoe kinderen zich voelen.",
        "Extra uitdaging in de klas voor kinderen die meer aankunnen, met plusopdrachten en een eigen leerdoel.",
        "Hulp bij de Nederlandse taal voor kinderen die net in Nederland zijn, minstens vier uur per week.",
        "Afspraken over medisch handelen, zoals het geven van medicijnen, volgens een vast protocol.",
        "Een ondersteuningsteam (OT). Hierin zitten de IB'er, een consulent van het samenwerkingsverband en "
        "zo nodig een jeugdprofessional. Het OT komt minstens vier keer per jaar bij elkaar. U wordt altijd "
        "uitgenodigd als het over uw kind gaat.",
        "Een ontwikkelingsperspectief (OPP) als uw kind een eigen leerlijn volgt. De school bespreekt het OPP "
        "elk jaar met u en met uw kind.",
    ]))
    B.append(("p", "Heeft uw kind meer nodig dan deze lijst? Dan spreken we van extra ondersteuning. Daarover "
              "gaat hoofdstuk 6."))
    B.append(("h2", "Hoe weten we dat scholen dit ook doen?"))
    B.append(("p", "Elke twee jaar bezoekt een consulent van het samenwerkingsverband elke school voor een "
              "basisgesprek. Samen vullen ze de kwaliteitskaart basisondersteuning in. Haalt een school een "
              "onderdeel niet? Dan maakt de school binnen drie maanden een verbeterplan. De consulent kijkt na "
              "zes maanden of het verbeterplan werkt. Lukt het dan nog niet, dan bespreekt de directeur-bestuurder "
              "dit met het schoolbestuur."))

    B.append(("h1", "6. Extra ondersteuning en arrangementen"))
    B.append(("p", "Alle scholen samen zorgen voor een doorlopend aanbod: van hulp in de klas tot een plek op "
              "een speciale school. We beschrijven dat in vijf niveaus. Een kind gaat alleen naar een volgend "
              "niveau als het vorige niet genoeg is."))
    B.append(("table", [
        ["Niveau", "Wat is het?", "Waar?"],
        ["1", "Basisondersteuning in de klas", "Elke school"],
        ["2", "Basisondersteuning met advies van het ondersteuningsteam (OT)", "Elke school"],
        ["3", "Arrangement op de eigen school: extra begeleiding voor een kind of een groepje kinderen, "
              "meestal voor een half jaar of een jaar", "Eigen school, betaald door het samenwerkingsverband"],
        ["4", "Bovenschoolse voorziening: observatieklas De Brug (acht weken), taalklas Woordwijs voor "
              "nieuwkomers (een jaar), plusklas Denkwerk (een dag per week)", "Drie locaties in de regio"],
        ["5", "Speciaal basisonderwijs of speciaal onderwijs, met een TLV", "Sbo De Wissel, sbo Het Anker, "
              "so De Regenboog, so Lingezicht, so De Toren"],
    ]))
    B.append(("p", "Een arrangement vraagt de school aan bij het Loket Lingeland. De school stuurt het groeidocument "
              "mee, met daarin wat de school al heeft gedaan en wat ouders ervan vinden. Het Loket beslist binnen "
              "vier weken. Een arrangement is er altijd voor een vaste periode en heeft duidelijke doelen. Aan het "
              "eind kijkt de school samen met u en de consulent of de doelen gehaald zijn."))
    B.append(("p", "Ook de overstap naar het voortgezet onderwijs hoort bij een doorlopende lijn. Met "
              "Samenwerkingsverband VO Lingeland hebben we afgesproken dat kinderen met een arrangement of een "
              "OPP een warme overdracht krijgen. De basisschool en de vo-school praten dan samen met de ouders "
              "voordat het kind overstapt."))
    B.append(("p", "Sommige kinderen hebben naast onderwijs ook zorg nodig, bijvoorbeeld therapie of "
              "begeleiding vanuit de jeugdhulp. Met de gemeenten maken we dan een onderwijs-zorgarrangement. "
              "Het samenwerkingsverband betaalt het onderwijsdeel, de gemeente het zorgdeel."))

    B.append(("h1", "7. Naar het sbo of so: de TLV"))
    B.append(("p", "Soms kan een basisschool, ook met een arrangement, niet bieden wat een kind nodig heeft. Dan "
              "kan een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so) beter passen. Een "
              "kind mag alleen naar het sbo of so met een toelaatbaarheidsverklaring (TLV). Het "
              "samenwerkingsverband geeft die af."))
    B.append(("h2", "Hoe vraagt de school een TLV aan?"))
    B.append(("ol", [
        "De school bespreekt uw kind in het ondersteuningsteam. U bent daarbij.",
        "De school vult het groeidocument aan. Daarin staan het OPP, de hulp die al is gegeven en uw mening "
        "(zienswijze). U tekent het groeidocument voor gezien.",
        "Het schoolbestuur dient de aanvraag digitaal in bij de Commissie Toelaatbaarheid Lingeland (CTL).",
        "Twee deskundigen geven elk apart een schriftelijk advies. De eerste is altijd een orthopedagoog of "
        "psycholoog. De tweede is, afhankelijk van uw kind, bijvoorbeeld een kinderarts, een maatschappelijk "
        "werker of een kinderpsychiater. Beide deskundigen waren niet betrokken bij de aanvraag.",
        "De CTL neemt binnen zes weken na de volledige aanvraag een besluit. U krijgt het besluit en een kopie "
        "van beide adviezen thuisgestuurd.",
    ]))
    B.append(("h2", "Wanneer krijgt een kind een TLV?"))
    B.append(("p", "De CTL kijkt naar de volgende voorwaarden. Voor het sbo moet aan de eerste twee en aan een van "
              "de laatste twee worden voldaan:"))
    B.append(("ul", [
        "De school heeft de basisondersteuning en minstens een half jaar een arrangement ingezet. Dat staat in "
        "het OPP, met evaluaties.",
        "Het OT heeft geadviseerd dat de basisschool de ondersteuning niet langer kan bieden.",
        "Het kind heeft op twee of meer vakgebieden een leerachterstand van meer dan anderhalf jaar en het "
        "tempo van leren ligt duidelijk lager dan dat van de groep.",
        "Het kind heeft voor het grootste deel van de dag een kleine groep en veel structuur nodig, bijvoorbeeld "
        "door gedrag of door problemen met plannen en concentratie.",
    ]))
    B.append(("p", "Voor het so (cluster 3 of 4) geldt daarnaast: het kind heeft een verstandelijke of "
              "lichamelijke beperking, is langdurig ziek of heeft ernstige gedrags- of psychiatrische problemen, "
              "én het heeft onderwijs en zorg in één setting nodig die ook het sbo niet kan geven. Bij een TLV "
              "voor het so bepaalt de CTL ook de bekostigingscategorie: laag, midden of hoog."))
    B.append(("h2", "Hoe lang geldt een TLV?"))
    B.append(("p", "Een TLV voor het sbo geldt tot het einde van de basisschool. Een TLV voor het so geldt "
              "meestal twee schooljaren en loopt af op 31 juli."))
    B.append(("h2", "En daarna? Terug naar een gewone basisschool"))
    B.append(("p", "Wij vinden dat een kind niet langer op een speciale school moet blijven dan nodig is. Ons "
              "doel is dat kinderen weer naar een school in hun eigen buurt kunnen, samen met broertjes, zusjes "
              "en vriendjes. Terugplaatsing kan als het OPP laat zien dat het kind zich goed ontwikkelt en als "
              "een basisschool met een arrangement kan bieden wat het kind nodig heeft. Wij laten een kind nooit "
              "zonder steun overstappen."))
    B.append(("p", "Zo gaat het in de praktijk. Elk jaar in maart bespreekt de sbo- of so-school het OPP met u. "
              "In het laatste jaar van de TLV bespreekt de school uiterlijk 1 februari met u en de consulent van "
              "het samenwerkingsverband of terugplaatsing mogelijk is. Is dat zo, dan zoekt de speciale school "
              "samen met u een basisschool. Het kind krijgt dan een overstaparrangement: zes maanden begeleiding "
              "door een ambulant begeleider van de speciale school, en de nieuwe school krijgt 3.000 euro voor "
              "extra hulp. Is terugplaatsing nog niet mogelijk, dan vraagt de speciale school een nieuwe TLV aan. "
              "De CTL beslist daarover vóór 1 mei. In het schooljaar 2024-2025 gingen 23 kinderen vanuit het sbo "
              "of so terug naar een basisschool in onze regio."))
    B.append(("h2", "Niet eens met het besluit?"))
    B.append(("p", "Bent u het niet eens met het besluit over de TLV? Dan kunt u binnen zes weken bezwaar maken "
              "bij het samenwerkingsverband. Wij vragen dan advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT). Daarna neemt het bestuur een nieuw besluit."))

    B.append(("h1", "8. Thuiszitters"))
    B.append(("p", "Geen kind hoort thuis te zitten. Toch gebeurt het ook in onze regio dat een kind een tijd niet "
              "naar school gaat, omdat er (nog) geen plek is die past. Dat vinden wij niet goed. Samen met de "
              "gemeenten en de leerplichtambtenaren maken we in 2026 een nieuwe aanpak voor thuiszitters. Hoe die "
              "aanpak eruitziet en wie wat doet, leest u in het jaarplan 2027. Dat jaarplan volgt nog."))

    B.append(("h1", "9. Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband krijgt elk jaar geld van het Rijk voor extra ondersteuning. In 2026 "
              "is dat ongeveer 12,4 miljoen euro. Een deel van dat geld houdt DUO direct in voor de sbo- en "
              "so-scholen. Dat heet een afdracht."))
    B.append(("h2", "Hoe verdelen we het geld?"))
    B.append(("p", "Sinds 1 augustus 2026 werken we met een nieuw verdeelmodel. Dat werkt zo:"))
    B.append(("ol", [
        "Elk schoolbestuur krijgt 175 euro per leerling. We tellen de leerlingen op 1 oktober van het jaar "
        "ervoor. Met dit geld betalen scholen de basisondersteuning en de extra hulp op de eigen school.",
        "Elke vestiging krijgt daarnaast een vast bedrag van 6.000 euro. Zo kunnen ook kleine scholen een IB'er "
        "betalen.",
        "Voor een arrangement (niveau 3) vraagt de school geld aan bij het Loket. Het Loket kent geld toe als het "
        "OT heeft geadviseerd, er een OPP is met duidelijke doelen, en de basisondersteuning al is ingezet. Een "
        "arrangement duurt maximaal een schooljaar en kan een keer worden verlengd.",
        "De bovenschoolse voorzieningen (niveau 4) krijgen een vast budget per plaats.",
    ]))
    B.append(("p", "Het bestuur stelt de bedragen elk jaar vóór 1 juli vast, na advies van de directeurenraad en "
              "na overleg met de OPR."))
    B.append(("h2", "Waar gaat het geld naartoe?"))
    B.append(("p", "Hoeveel we per jaar uitgeven aan arrangementen, aan de bovenschoolse voorzieningen en aan het "
              "Loket, leest u in onze meerjarenbegroting. Die staat op onze website onder 'Geld'. Schoolbesturen "
              "laten ieder jaar in een kort verslag aan het samenwerkingsverband zien waaraan zij het geld "
              "hebben besteed."))
    B.append(("p", "Een samenwerkingsverband mag niet te veel geld op de plank laten liggen. Onze algemene reserve "
              "was op 31 december 2025 1,1 miljoen euro. Dat is onder de signaleringswaarde van de inspectie. Wij "
              "houden een reserve aan voor onverwachte kosten, zoals een sterke groei van het aantal leerlingen "
              "in het so."))

    B.append(("h1", "10. Wat willen we bereiken?"))
    B.append(("p", "Voor deze planperiode hebben we vier doelen gekozen. Ze passen bij onze drie beloften."))
    B.append(("table", [
        ["Doel", "Wat willen we in 2030?"],
        ["Scholen die alle onderdelen van de basisondersteuning halen", "Alle 63 scholen"],
        ["Kinderen die per jaar van sbo of so teruggaan naar een basisschool", "Minstens 35 per jaar"],
        ["TLV-besluiten binnen zes weken", "95% van de aanvragen"],
        ["Ouders die tevreden zijn over het ondersteuningsteam", "80% van de ouders"],
    ]))
    B.append(("p", "Hoe we deze doelen precies gaan meten en hoe we daarover verslag doen, spreken we in de loop "
              "van 2026 af met de schoolbesturen. Dat werken we uit in een nieuw kwaliteitskader."))

    B.append(("h1", "11. Communicatie"))
    B.append(("p", "Wij vinden het belangrijk dat u weet welke hulp er is voor uw kind, en waar u moet zijn. Zo "
              "houden we u op de hoogte:"))
    B.append(("ul", [
        "Op onze website staat een ouderpagina met uitleg over basisondersteuning, arrangementen, de TLV en "
        "terugplaatsing.",
        "De folder 'Extra hulp op school' is er in het Nederlands, Engels, Arabisch, Pools en Turks. Elke school "
        "heeft de folder en geeft hem aan ouders bij de aanmelding.",
        "In de schoolgids van elke school staat welke ondersteuning de school biedt.",
        "Twee keer per jaar organiseren we een ouderavond over passend onderwijs, in het voorjaar en in het najaar.",
        "Vier keer per jaar verschijnt onze nieuwsbrief voor ouders.",
    ]))
    B.append(("h2", "Onafhankelijke hulp voor ouders"))
    B.append(("p", "Soms wilt u met iemand praten die niet van de school of van het samenwerkingsverband is. Dat "
              "kan bij het Ouder- en Jeugdsteunpunt Lingeland. Het steunpunt is onafhankelijk en gratis. U kunt "
              "bellen op werkdagen van 9 tot 15 uur, mailen of langskomen op het spreekuur in de bibliotheek van "
              "Aalburgh. Het steunpunt helpt u met vragen, gaat mee naar gesprekken als u dat wilt en vertelt ons "
              "(zonder namen) welke problemen vaak voorkomen. Daarnaast kunt u gratis advies vragen aan de "
              "Onderwijsconsulenten, een landelijke organisatie. Heeft u een klacht over de school of het "
              "samenwerkingsverband? Dan kunt u terecht bij de Geschillencommissie passend onderwijs of bij de "
              "klachtencommissie waarbij uw schoolbestuur is aangesloten."))
    B.append(("p", "Kinderen mogen ook zelf zeggen wat zij vinden. Bij het OPP vraagt de school altijd naar de "
              "mening van uw kind."))

    B.append(("h1", "12. Samenwerken met de gemeenten"))
    B.append(("p", "De gemeenten zorgen voor jeugdhulp, leerlingenvervoer en schoolgebouwen. Wij zorgen voor "
              "onderwijs. Die twee moeten goed op elkaar aansluiten. Daarom praten we minstens twee keer per "
              "jaar met de wethouders onderwijs en jeugd. Over dit plan hebben we op 3 maart 2026 het op "
              "overeenstemming gericht overleg (OOGO) gevoerd met de drie gemeenten. De gemeenten waren het eens "
              "met het plan."))
    B.append(("p", "Afspraken uit het OOGO: in elke gemeente werkt een jeugdprofessional minstens vier uur per week "
              "op elke school; het leerlingenvervoer naar het so wordt in 2027 samen geëvalueerd; en we maken "
              "samen een aanpak voor thuiszitters (zie hoofdstuk 8)."))

    B.append(("h1", "13. Organisatie en medezeggenschap"))
    B.append(("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder leidt de organisatie. Een "
              "raad van toezicht van vijf leden houdt toezicht. De elf schoolbesturen vormen samen de "
              "algemene vergadering; die stelt onder meer dit ondersteuningsplan vast. Op het kantoor werken "
              "negen mensen: de directeur-bestuurder, zes consulenten, een secretaris van de CTL en een "
              "medewerker financiën."))
    B.append(("p", "De ondersteuningsplanraad (OPR) heeft twaalf leden: zes ouders en zes personeelsleden van de "
              "scholen. De OPR moet instemmen met het ondersteuningsplan en met grote wijzigingen. De OPR heeft op "
              "7 april 2026 ingestemd met dit plan. Het plan gaat vóór 1 mei 2026 naar de inspectie."))

    B.append(("h1", "14. Personeel, deskundigheid en privacy"))
    B.append(("p", "Goede ondersteuning begint bij goede leerkrachten. Het lerarentekort raakt ook onze regio. "
              "Wij kunnen geen leerkrachten aannemen voor scholen, maar we helpen wel. We organiseren elk jaar een "
              "scholingsprogramma voor IB'ers en leerkrachten, met onderwerpen als gedrag, taal en hoogbegaafdheid. "
              "Het netwerk van IB'ers komt vijf keer per jaar samen."))
    B.append(("p", "We werken met persoonsgegevens van kinderen. Dat doen we zorgvuldig en volgens de AVG. Het "
              "groeidocument staat in een beveiligde digitale omgeving. Alleen mensen die het nodig hebben, "
              "kunnen erin. Gegevens over een TLV bewaren we tot drie jaar na het besluit. Daarna verwijderen we ze."))

    B.append(("h1", "15. Planning 2026-2030"))
    B.append(("table", [
        ["Schooljaar", "Wat gaan we doen?"],
        ["2026-2027", "Nieuw verdeelmodel invoeren; aanpak thuiszitters met gemeenten; kwaliteitskader uitwerken"],
        ["2027-2028", "Verdeelmodel evalueren; leerlingenvervoer evalueren met gemeenten"],
        ["2028-2029", "Tussenevaluatie van dit plan met OPR en besturen"],
        ["2029-2030", "Nieuw ondersteuningsplan schrijven"],
    ]))

    B.append(("h1", "Begrippenlijst"))
    B.append(("dl", [
        ("Arrangement", "Extra hulp voor een kind of een groep, voor een vaste tijd, betaald door het "
                        "samenwerkingsverband."),
        ("Basisondersteuning", "De hulp die elke school in het samenwerkingsverband minimaal biedt."),
        ("Dekkend aanbod", "Alle scholen samen hebben voor elk kind een passende plek. Scholen hebben zorgplicht."),
        ("Meerjarenbegroting", "Overzicht van inkomsten en uitgaven voor de komende vier jaar."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren."),
        ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
        ("OPP", "Ontwikkelingsperspectief: plan met de verwachte ontwikkeling van een kind."),
        ("OPR", "Ondersteuningsplanraad: de medezeggenschapsraad van het samenwerkingsverband."),
        ("Resultaten", "Wat we met passend onderwijs bereiken, in cijfers en in woorden."),
        ("Terugplaatsing", "Een kind gaat van het sbo of so terug naar een gewone basisschool."),
        ("Thuiszitter", "Een kind dat leerplichtig is en langer dan vier weken niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring: besluit dat een kind naar het sbo of so mag."),
    ]))
    return B


def labels_lingeland():
    crit = {c: True for c in CORE}
    crit["financien.besteding"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.monitoring"] = False
    status = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5: agreed minimum for all 63 schools and a concrete list (IB-uren, protocollen, OT, OPP); borging via kwaliteitskaart every 2 years.",
        "plaatsing": "H7: 5 steps, CTL decides within 6 weeks, two separate deskundigen; sbo/so criteria list; duration and category; bezwaar via LBT.",
        "terugstroom": "Hidden in H7 'En daarna?' under the TLV chapter (no own heading in TOC): policy (thuisnabij, conditions, overstaparrangement) and procedure (March OPP, 1 Feb talk, new TLV before 1 May); 23 returns.",
        "financien": "H9 'Geld en middelen': verdeling addressed (175 euro per leerling, vaste voet, Loket criteria); besteding only referred to the meerjarenbegroting on the website, no spending amounts.",
        "dekkend-aanbod": "H6 continuum table (niveaus 1-5, voorzieningen); H8 Thuiszitters only defers to the jaarplan 2027 ('volgt nog'); zorgplicht only in begrippenlijst.",
        "resultaten": "H10 targets table with numbers (doelen); how results are measured/reported is deferred to a kwaliteitskader 'in de loop van 2026'.",
        "ouders": "Under 'Communicatie' (H11): website ouderpagina, folder in 5 languages, schoolgids, ouderavonden; OJSP Lingeland, Onderwijsconsulenten, Geschillencommissie.",
    }
    return status, crit, adv, notes

# ===========================================================================
# P2  VO  Duin en Polder -- compacte versie, pdf only
# ===========================================================================

def plan_duinenpolder():
    B = []
    B.append(("title", "Ondersteuningsplan 2026-2030 - compacte versie", [
        "Samenwerkingsverband VO Duin en Polder (VO 27-11)",
        "Voor scholen, ouders en leerlingen",
        "Looptijd: schooljaar 2026-2027 tot en met schooljaar 2029-2030",
        "Instemming OPR: 24 maart 2026 - vastgesteld door het bestuur: 31 maart 2026",
    ]))
    B.append(("toc", [
        "Samenvatting voor ouders en leerlingen",
        "1 Waarom een compact plan?",
        "2 Onze regio in cijfers",
        "3 Visie en ambities",
        "4 Basisondersteuning",
        "5 Een plek voor iedere leerling",
        "6 Toelaatbaarheid: vso, praktijkonderwijs en lwoo",
        "7 Terug naar het reguliere vo",
        "8 Geld en middelen",
        "9 Kwaliteit en resultaten",
        "10 Ouders en leerlingen",
        "11 Samenwerking met gemeenten en het primair onderwijs",
        "12 Organisatie, medezeggenschap en personeel",
        "13 Planning",
        "Begrippen en afkortingen",
    ]))

    B.append(("h1", "Samenvatting voor ouders en leerlingen"))
    B.append(("p", "In dit plan staat hoe de scholen voor voortgezet onderwijs in Duin en Polder samen zorgen dat "
              "iedere leerling onderwijs krijgt dat bij hem of haar past. We schrijven 'we' als we het "
              "samenwerkingsverband bedoelen, en 'u' of 'je' als we ouders of leerlingen aanspreken."))
    B.append(("ul", [
        "Iedere school biedt basisondersteuning. Dat is de hulp die je op iedere school kunt krijgen.",
        "Heb je meer nodig, dan zoekt de school samen met jou, je ouders en ons naar een oplossing.",
        "Voor het voortgezet speciaal onderwijs (vso) en het praktijkonderwijs heb je een "
        "toelaatbaarheidsverklaring nodig. Voor leerwegondersteuning (lwoo) een aanwijzing. Hoofdstuk 6 legt "
        "uit hoe dat gaat.",
        "Zit je op het vso en kun je terug naar een gewone school? Dan helpen we je daarbij (hoofdstuk 7).",
        "We laten zien hoeveel geld er is en waaraan we het uitgeven (hoofdstuk 8).",
    ]))

    B.append(("h1", "1 Waarom een compact plan?"))
    B.append(("p", "Ons vorige ondersteuningsplan was dik en werd weinig gelezen. Bij de evaluatie in 2025 zeiden "
              "mentoren, zorgcoördinatoren en ouders hetzelfde: 'We weten niet precies wat erin staat.' Daarom "
              "hebben we gekozen voor een compact plan van ongeveer twaalf pagina's. We schrijven in gewone taal "
              "en we gebruiken zo min mogelijk afkortingen."))
    B.append(("p", "Het plan beschrijft de afspraken die voor alle scholen gelden. Hoe een school die afspraken "
              "uitvoert, staat in de schoolgids van die school. Wat we elk jaar precies doen, staat in ons "
              "jaarplan. Dit plan is dus het kader; het jaarplan en de schoolgidsen vullen het in."))
    B.append(("p", "Het plan is gemaakt door een schrijfgroep met twee directeuren, drie zorgcoördinatoren, een "
              "ouder uit de OPR, een leerling uit het leerlingenpanel en twee medewerkers van ons bureau. De "
              "schrijfgroep kwam tussen september 2025 en februari 2026 zeven keer bij elkaar."))

    B.append(("h2", "Wat is een samenwerkingsverband?"))
    B.append(("p", "Sinds 2014 werken alle scholen in een regio samen in een samenwerkingsverband passend onderwijs. "
              "Dat is zo geregeld in de wet. Het samenwerkingsverband krijgt het geld voor extra ondersteuning en "
              "beslist over toelaatbaarheid tot het vso en het praktijkonderwijs. Het samenwerkingsverband is geen "
              "school: de leerlingen staan ingeschreven bij de scholen, en de scholen geven het onderwijs. Wij "
              "zorgen ervoor dat de scholen samen een plek hebben voor iedere leerling."))

    B.append(("h1", "2 Onze regio in cijfers"))
    B.append(("p", "Duin en Polder ligt tussen de kust en de polders van het westen van het land. In de regio "
              "wonen ongeveer 210.000 mensen in vier gemeenten. Negen schoolbesturen met samen veertien scholen "
              "werken in het samenwerkingsverband samen."))
    B.append(("table", [
        ["Soort school", "Aantal scholen", "Leerlingen 1 oktober 2025"],
        ["Vmbo, havo, vwo (regulier)", "10", "11.480"],
        ["Praktijkonderwijs", "1", "312"],
        ["Voortgezet speciaal onderwijs", "2", "418"],
        ["Internationale schakelklas (ISK)", "1", "146"],
    ]))
    B.append(("p", "Het aantal leerlingen blijft de komende jaren ongeveer gelijk. Wel zien we dat meer leerlingen "
              "zich aanmelden met een complexe vraag, bijvoorbeeld een combinatie van angst, autisme en "
              "schoolverzuim. Ook groeit het aantal nieuwkomers. Dat vraagt veel van de scholen en van de "
              "mentoren."))

    B.append(("h1", "3 Visie en ambities"))
    B.append(("p", "Onze visie in één zin: iedere jongere in Duin en Polder gaat naar school, leert wat bij hem of "
              "haar past en haalt een diploma of een plek op de arbeidsmarkt. Daarvoor moeten scholen, ouders, "
              "jeugdhulp en gemeenten samenwerken. Niemand kan het alleen."))
    B.append(("p", "We hebben drie ambities voor deze planperiode:"))
    B.append(("ol", [
        "Geen jongere zonder onderwijs. Elke leerling heeft een plek, ook als het even niet gaat.",
        "Hulp dichtbij. Zo veel mogelijk ondersteuning in de eigen school en in de eigen klas.",
        "Samen beslissen. Leerlingen en ouders praten mee over de ondersteuning die zij krijgen.",
    ]))
    B.append(("p", "De ambities zijn uitgewerkt in doelen met cijfers. Die staan in hoofdstuk 9. We gebruiken de "
              "ambities ook als we keuzes moeten maken, bijvoorbeeld als er minder geld is."))

    B.append(("h1", "4 Basisondersteuning"))
    B.append(("p", "Alle scholen voor voortgezet onderwijs in Duin en Polder hebben afgesproken dat zij dezelfde "
              "basisondersteuning bieden. Dat is het minimum dat iedere leerling op iedere locatie krijgt, zonder "
              "dat de school daarvoor iets hoeft aan te vragen. Dit geldt voor vmbo, havo en vwo en ook voor het "
              "praktijkonderwijs en de ISK."))
    B.append(("p", "Op dit moment werken we aan een nieuwe Standaard basisondersteuning Duin en Polder. Samen met "
              "de zorgcoördinatoren stellen we in schooljaar 2026-2027 vast welke voorzieningen daar precies in "
              "komen. Zodra er een landelijke norm voor basisondersteuning is, nemen we die over. Tot die tijd "
              "beschrijft elke school haar eigen ondersteuning in de schoolgids."))
    B.append(("p", "Het verschil tussen basisondersteuning en extra ondersteuning maken we duidelijk in de nieuwe "
              "standaard. Ook de manier waarop we controleren of scholen de standaard halen, komt daarin te staan."))

    B.append(("h1", "5 Een plek voor iedere leerling"))
    B.append(("p", "Soms kan een school de ondersteuning niet zelf bieden. Dan zoeken we samen met de leerling en "
              "de ouders naar een passende plek. Een overzicht van alle voorzieningen in de regio, van extra "
              "ondersteuning op school tot het vso, staat op de Kaart van het aanbod. Die vindt u op onze website."))
    B.append(("h2", "Zorgplicht: niemand tussen wal en schip"))
    B.append(("p", "Meldt u uw kind schriftelijk aan bij een school, dan moet die school een passende plek bieden "
              "of zoeken. Dat heet zorgplicht. De school heeft daar zes weken voor en mag die termijn één keer met "
              "vier weken verlengen. Lukt het na tien weken nog niet, dan schakelt de school onze consulent in. "
              "De consulent organiseert binnen vijf schooldagen een overleg met alle betrokken scholen. Het bestuur "
              "van de school waar de leerling is aangemeld blijft verantwoordelijk tot er een plek is."))
    B.append(("h2", "Thuiszitters"))
    B.append(("p", "Op 1 oktober 2025 waren er in onze regio 31 jongeren die langer dan vier weken geen onderwijs "
              "kregen. Onze aanpak:"))
    B.append(("ul", [
        "Een school meldt een leerling die langer dan vier weken niet of niet volledig naar school gaat binnen "
        "vijf schooldagen bij het Thuiszittersoverleg Duin en Polder.",
        "Het Thuiszittersoverleg komt elke drie weken bij elkaar. Daarin zitten de leerplichtambtenaren, de "
        "jeugdhulp van de gemeenten, onze consulenten en de scholen die het aangaat.",
        "Binnen tien schooldagen na de melding ligt er een plan met een trajectbegeleider en een datum waarop de "
        "leerling weer (gedeeltelijk) onderwijs krijgt.",
        "Komen partijen er samen niet uit, dan beslist onze directeur-bestuurder (doorzettingsmacht). De "
        "gemeenten hebben dezelfde afspraak voor de jeugdhulp.",
    ]))
    B.append(("h2", "Witte vlekken"))
    B.append(("p", "Elk jaar in mei bekijken we samen met de scholen welke leerlingen geen passende plek konden "
              "vinden en waarom. In 2025 bleek dat er geen plek was voor havo- en vwo-leerlingen met ernstige "
              "angstklachten die niet in een grote klas kunnen leren. Daarom start in augustus 2026 een proef met "
              "een kleine havo-vwo-groep van twaalf plaatsen. De proef duurt twee jaar en wordt in 2028 "
              "geëvalueerd. Ook houden we een wachtlijst bij voor het vso. Staat een leerling langer dan zes weken "
              "op de wachtlijst, dan regelt de consulent een tijdelijk programma op de huidige school."))

    B.append(("h1", "6 Toelaatbaarheid: vso, praktijkonderwijs en lwoo"))
    B.append(("h2", "Toelaatbaarheidsverklaring voor het vso"))
    B.append(("p", "Een leerling kan alleen naar het vso met een toelaatbaarheidsverklaring (TLV). Zo gaat de "
              "aanvraag:"))
    B.append(("ol", [
        "De school van de leerling bespreekt de situatie in het ondersteuningsteam, met de ouders en de leerling.",
        "Het bevoegd gezag van de school dient de aanvraag in bij de Commissie Toelaatbaarheid en Toewijzing "
        "(CTT). Bij de aanvraag horen het OPP, het groeidocument en de zienswijze van ouders en leerling.",
        "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of GZ-psycholoog, en een "
        "tweede deskundige die past bij de vraag, zoals een jeugdarts of maatschappelijk werker.",
        "De CTT besluit binnen zes weken. Bij spoed besluit de CTT binnen tien schooldagen.",
        "De TLV geldt één, twee of drie schooljaren. De CTT bepaalt ook de bekostigingscategorie (laag, midden "
        "of hoog).",
    ]))
    B.append(("p", "De CTT gebruikt de criteria in de tabel hieronder. Aan alle drie moet zijn voldaan."))
    B.append(("table", [
        ["Criterium", "Wat betekent dat?"],
        ["1. Ondersteuning in het regulier onderwijs is niet toereikend",
         "De school heeft minstens twee cycli van het OPP uitgevoerd en geëvalueerd, met extra ondersteuning, en "
         "het ondersteuningsteam concludeert dat de leerling daarmee niet verder komt."],
        ["2. Er is een ondersteuningsbehoefte op meerdere gebieden",
         "De leerling heeft een intensieve en langdurige ondersteuningsbehoefte op ten minste twee gebieden: "
         "leren, gedrag, sociaal-emotioneel, communicatie of medisch/lichamelijk."],
        ["3. Onderwijs en zorg moeten samen worden geboden",
         "De leerling heeft een kleine groep en een combinatie van onderwijs en zorg of behandeling nodig die "
         "alleen het vso kan bieden."],
    ]))
    B.append(("h2", "Praktijkonderwijs"))
    B.append(("p", "Voor het praktijkonderwijs gelden landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen (begrijpend lezen, "
              "inzichtelijk rekenen, technisch lezen en spelling), waarvan één begrijpend lezen of inzichtelijk "
              "rekenen is. De basisschool geeft het advies, de vo-school vraagt de TLV voor het praktijkonderwijs "
              "vóór 1 april aan bij de CTT. De CTT beslist binnen vier weken."))
    B.append(("h2", "Leerwegondersteunend onderwijs (lwoo)"))
    B.append(("p", "Duin en Polder gebruikt de landelijke criteria voor lwoo. De vo-school vraagt een aanwijzing "
              "lwoo aan bij de CTT, met het onderwijskundig rapport en de toetsgegevens van de basisschool. Een "
              "aanwijzing geldt voor de hele vmbo-opleiding."))

    B.append(("h1", "7 Terug naar het reguliere vo"))
    B.append(("p", "Het vso is voor veel jongeren een goede plek. Maar we willen dat niemand langer op het vso "
              "blijft dan nodig is. Ons beleid is: als een leerling met steun in het reguliere vo kan leren, dan "
              "gaat hij of zij terug, het liefst naar een school dicht bij huis. Voorwaarden zijn dat het OPP laat "
              "zien dat de leerling stabiel is, dat leerling en ouders het willen en dat er een reguliere school "
              "is die de begeleiding kan bieden."))
    B.append(("p", "De stappen:"))
    B.append(("ol", [
        "Het vso evalueert elk jaar het OPP met de leerling en de ouders en bespreekt of terugkeer een optie is.",
        "In het laatste jaar van de TLV organiseert het vso uiterlijk 1 maart een overleg met de leerling, de "
        "ouders en de consulent van het samenwerkingsverband.",
        "Adviseert het overleg terugkeer, dan zoekt het vso samen met de consulent vóór 1 juni een reguliere "
        "school. De TLV loopt dan af op 31 juli.",
        "Is terugkeer nog niet mogelijk, dan vraagt het vso een nieuwe TLV aan bij de CTT.",
    ]))
    B.append(("p", "Na de overstap krijgt de leerling twintig weken begeleiding van een coach van het vso. De "
              "ontvangende school krijgt een terugkeerbudget van 4.500 euro. In 2024-2025 keerden 14 leerlingen "
              "terug naar het regulier vo."))

    B.append(("h1", "8 Geld en middelen"))
    B.append(("p", "We krijgen geld van het Rijk voor lichte en zware ondersteuning. Een deel daarvan gaat "
              "rechtstreeks via DUO naar het vso en het praktijkonderwijs. Dit zijn de afdrachten."))
    B.append(("h2", "Zo verdelen we"))
    B.append(("ul", [
        "Middelen lichte ondersteuning: de schoolbesturen krijgen 210 euro per leerling (teldatum 1 oktober), "
        "plus een vaste voet van 25.000 euro per school. Scholen gebruiken dit voor hun eigen ondersteuning, "
        "zoals een ondersteuningscoördinator of een trainingsaanbod.",
        "Arrangementen: voor een leerling die meer nodig heeft dan de school zelf kan bieden, vraagt de school "
        "een arrangement aan bij de CTT. De CTT kent geld toe als de school de basisondersteuning heeft ingezet, "
        "er een OPP is en het ondersteuningsteam het arrangement adviseert. Een arrangement duurt maximaal één "
        "schooljaar.",
        "Het bestuur stelt de bedragen elk jaar in december vast, na instemming van de OPR over de "
        "hoofdlijnen van de begroting.",
    ]))
    B.append(("h2", "Meerjarenbegroting"))
    B.append(("table", [
        ["Bedragen x 1.000 euro", "2026", "2027", "2028", "2029"],
        ["Inkomsten Rijk (lichte en zware ondersteuning)", "15.940", "15.880", "15.810", "15.760"],
        ["Afdracht vso en praktijkonderwijs (DUO)", "-7.120", "-7.150", "-7.180", "-7.200"],
        ["Beschikbaar voor het samenwerkingsverband", "8.820", "8.730", "8.630", "8.560"],
        ["Middelen lichte ondersteuning naar besturen", "2.760", "2.750", "2.740", "2.730"],
        ["Arrangementen", "3.150", "3.100", "3.050", "3.000"],
        ["Thuiszittersaanpak en trajectbegeleiding", "640", "640", "620", "600"],
        ["Proef kleine havo-vwo-groep", "380", "390", "0", "0"],
        ["Terugkeerbudget vso naar regulier", "90", "90", "90", "90"],
        ["Bureau, CTT en consulenten", "1.540", "1.560", "1.580", "1.600"],
        ["Resultaat", "-140", "-160", "+150", "+140"],
    ]))
    B.append(("p", "De tekorten in 2026 en 2027 betalen we uit de reserve. Die was eind 2025 2,4 miljoen euro."))

    B.append(("h1", "9 Kwaliteit en resultaten"))
    B.append(("p", "We willen weten of wat we doen ook werkt. Daarom hebben we doelen met cijfers. Twee keer per "
              "jaar, in februari en in september, verzamelen we de gegevens in de Monitor Duin en Polder. Het "
              "bestuur en de OPR bespreken de monitor. Eén keer per jaar verschijnt ons jaarverslag met de bereikte "
              "resultaten, in juni. Elk voorjaar houden we ook een tevredenheidspeiling onder leerlingen met "
              "extra ondersteuning en hun ouders."))
    B.append(("table", [
        ["Doel", "Stand 2025", "Streefwaarde 2030"],
        ["Thuiszitters (peildatum 1 oktober)", "31", "minder dan 15"],
        ["Leerlingen die terugkeren van vso naar regulier vo per jaar", "14", "20"],
        ["TLV-besluiten binnen zes weken", "81%", "95%"],
        ["Leerlingen met een arrangement die het jaar erna zonder arrangement verder kunnen", "onbekend", "50%"],
        ["Tevredenheid ouders over de ondersteuning (rapportcijfer)", "6,9", "7,5"],
    ]))

    B.append(("h2", "Terugblik op de vorige planperiode"))
    B.append(("p", "In het vorige plan (2022-2026) hadden we vier doelen. Het aantal thuiszitters zou dalen tot "
              "onder de twintig; dat is niet gelukt: het aantal steeg van 26 naar 31, vooral door meer jongeren "
              "met angst- en stemmingsklachten. De doorlooptijd van TLV-aanvragen werd korter: van gemiddeld "
              "acht naar vijfenhalve week. Het aantal leerlingen in het vso bleef stabiel rond de 3,4 procent van "
              "alle leerlingen, onder het landelijk gemiddelde. En de tevredenheid van ouders steeg licht, van "
              "6,6 naar 6,9."))
    B.append(("p", "Wat hebben we daarvan geleerd? Dat cijfers alleen niet genoeg zijn. Achter elk getal zit een "
              "leerling. Daarom voeren we sinds 2024 elk jaar ook verdiepende gesprekken met tien leerlingen en "
              "hun ouders over hoe zij de ondersteuning hebben ervaren. Die verhalen nemen we op in het jaarverslag, "
              "naast de cijfers. En we leerden dat doelen pas werken als scholen ze kennen. De streefwaarden in dit "
              "plan zijn daarom met de zorgcoördinatoren besproken voordat het bestuur ze vaststelde."))
    B.append(("h2", "Wat vragen we van de scholen?"))
    B.append(("p", "Scholen leveren twee keer per jaar hun gegevens aan voor de Monitor Duin en Polder: aantallen "
              "leerlingen met een OPP of arrangement, verzuim, uitstroom en de resultaten van de "
              "tevredenheidspeiling. Elke school bespreekt haar eigen cijfers één keer per jaar met de consulent. "
              "De schoolbesturen gebruiken de monitor ook voor hun eigen kwaliteitszorg."))

    B.append(("h1", "10 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen moeten weten welke ondersteuning er is en hoe ze die kunnen krijgen. Zo "
              "informeren we u en jou:"))
    B.append(("ul", [
        "Op onze website staat een pagina voor ouders en een pagina voor leerlingen, met uitleg over "
        "basisondersteuning, arrangementen, het vso, praktijkonderwijs en lwoo.",
        "De folder 'Extra steun op het vo' is er in het Nederlands, Engels, Arabisch en Oekraïens. Basisscholen "
        "geven hem in groep 8 mee.",
        "Elk jaar in november houden we samen met de basisscholen een informatieavond voor ouders van leerlingen "
        "in groep 8 die extra ondersteuning nodig hebben.",
        "De schoolgids van elke school beschrijft de ondersteuning van die school.",
    ]))
    B.append(("p", "Leerlingen hebben het recht om hun mening te geven over hun OPP. Ons leerlingenpanel van "
              "twaalf jongeren komt vier keer per jaar bij elkaar en geeft ons advies."))
    B.append(("p", "Wat zeggen leerlingen zelf? In het leerlingenpanel van 2025 zei een leerling uit havo 4: 'Ik "
              "wil niet dat er over mij wordt gepraat zonder dat ik erbij ben.' Dat is sindsdien onze regel: bij "
              "elk overleg over een leerling vanaf twaalf jaar is de leerling zelf uitgenodigd, tenzij hij of zij "
              "dat niet wil. Een andere leerling vroeg om minder formulieren. Ook daar werken we aan: het "
              "groeidocument is in 2025 ingekort van twaalf naar vijf pagina's."))
    B.append(("p", "De wet gaat samenwerkingsverbanden verplichten een ouder- en jeugdsteunpunt te hebben. Wij "
              "willen dat steunpunt samen met de andere samenwerkingsverbanden in de regio opzetten. Hoe en wanneer "
              "dat gebeurt, is nog niet bekend. We laten het u weten zodra er meer duidelijk is."))

    B.append(("h1", "11 Samenwerking met gemeenten en het primair onderwijs"))
    B.append(("p", "Met de vier gemeenten hebben we op 10 maart 2026 het op overeenstemming gericht overleg (OOGO) "
              "gevoerd. Onderwerpen waren jeugdhulp op school, leerlingenvervoer, de aansluiting op het mbo en "
              "de arbeidsmarkt, en de aanpak van thuiszitters. De gemeenten steunen dit plan. We hebben "
              "afgesproken dat er op elke vo-school een jeugdhulpverlener van de gemeente werkt, minstens één dag "
              "per week."))
    B.append(("p", "Met de twee samenwerkingsverbanden voor primair onderwijs in onze regio hebben we afspraken over "
              "de overstap van groep 8 naar de brugklas. Leerlingen met een OPP krijgen een warme overdracht. Voor "
              "de overstap naar het mbo werken we samen met de twee mbo-instellingen in de regio."))
    B.append(("p", "Jongeren uit het praktijkonderwijs en het vso gaan vaak direct aan het werk of naar een "
              "entreeopleiding. Samen met de gemeenten en het UWV zorgen we dat zij na school in beeld blijven. "
              "De school volgt oud-leerlingen nog een jaar na het verlaten van de school. Zo kunnen we op tijd "
              "helpen als het misgaat."))

    B.append(("h1", "12 Organisatie, medezeggenschap en personeel"))
    B.append(("p", "Het samenwerkingsverband is een vereniging. De negen schoolbesturen zijn lid. De "
              "directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding. Het toezicht ligt bij een "
              "toezichthoudend bestuur van vijf leden, van wie twee onafhankelijk."))
    B.append(("p", "Het toezichthoudend bestuur werkt volgens de Code Goed Bestuur in het VO. Het komt vijf keer per "
              "jaar bij elkaar en heeft een auditcommissie die de begroting en de jaarrekening voorbereidt. De "
              "directeur-bestuurder legt elk kwartaal verantwoording af over de uitvoering van het jaarplan. Eén "
              "keer per jaar spreken het toezichthoudend bestuur en de OPR elkaar zonder de directeur-bestuurder, "
              "om te horen wat er leeft op de scholen."))
    B.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf personeelsleden en vijf ouders of "
              "leerlingen. De OPR heeft op 24 maart 2026 ingestemd met dit plan. Het plan is vóór 1 mei naar de "
              "inspectie gestuurd."))
    B.append(("p", "Ons bureau heeft 14 fte: consulenten, trajectbegeleiders, de secretaris van de CTT, een "
              "controller en een beleidsmedewerker. Het bureau zit in het Onderwijshuis in Zandvoorde. We werken "
              "met een digitaal groeidocument dat scholen, de CTT en de consulenten gebruiken. Alleen medewerkers die "
              "bij een leerling betrokken zijn, kunnen het dossier inzien. In 2025 heeft een externe partij de "
              "beveiliging gecontroleerd; de aanbevelingen zijn uitgevoerd. We investeren in scholing van "
              "mentoren en zorgcoördinatoren, "
              "vooral op het gebied van angst, autisme en executieve functies. De gegevens van leerlingen "
              "verwerken we volgens de AVG; dossiers van de CTT bewaren we drie jaar na het besluit."))

    B.append(("h1", "13 Planning"))
    B.append(("table", [
        ["Wanneer", "Wat"],
        ["2026-2027", "Standaard basisondersteuning vaststellen; start proef kleine havo-vwo-groep"],
        ["2027-2028", "Invoering standaard op alle scholen; evaluatie thuiszittersaanpak"],
        ["2028-2029", "Evaluatie proef; tussenevaluatie van het plan"],
        ["2029-2030", "Nieuw ondersteuningsplan"],
    ]))

    B.append(("h1", "Begrippen en afkortingen"))
    B.append(("dl", [
        ("Basisondersteuning", "Wat iedere school minimaal aan ondersteuning biedt, bijvoorbeeld mentoraat, "
                               "dyslexiebegeleiding, faalangsttraining en een ondersteuningscoördinator."),
        ("CTT", "Commissie Toelaatbaarheid en Toewijzing."),
        ("Dekkend aanbod", "Het geheel van voorzieningen in de regio, van basisondersteuning tot vso."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("Onderwijsconsulenten", "Onafhankelijke adviseurs die ouders gratis helpen bij problemen over "
                                 "passend onderwijs."),
        ("OPR", "Ondersteuningsplanraad."),
        ("Pro", "Praktijkonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Vso", "Voortgezet speciaal onderwijs."),
    ]))
    return B


def labels_duinenpolder():
    crit = {c: True for c in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["dekkend-aanbod.continuum"] = False
    crit["ouders.steunpunt"] = False
    status = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"}
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 states the agreed minimum on every location (niveau), but the content is deferred to a 'Standaard basisondersteuning' to be set in 2026-2027 / schoolgids; the only concrete list is in the begrippenlijst.",
        "plaatsing": "H6: vso TLV steps via CTT, two deskundigen, 6 weeks, duration and category; criteria table; pro (national criteria, before 1 April) and lwoo procedure.",
        "terugstroom": "H7: policy (conditions, thuisnabij, 20 weeks coach, 4.500 euro) and procedure (yearly OPP, 1 March overleg, school before 1 June, new TLV otherwise).",
        "financien": "H8 'Geld en middelen': verdeling (210 euro per leerling, vaste voet, arrangement criteria); besteding only in the meerjarenbegroting table 2026-2029; reserve.",
        "dekkend-aanbod": "Continuum only referred to the 'Kaart van het aanbod' on the website; lacunes addressed in H5 (zorgplicht route, Thuiszittersoverleg with terms, witte-vlekken analysis, wachtlijst vso).",
        "resultaten": "H9: targets table with streefwaarden, Monitor Duin en Polder twice a year, jaarverslag in June, tevredenheidspeiling.",
        "ouders": "H10: website pages, folder in 4 languages, November evening, schoolgids (informatie); OJSP only announced ('nog niet bekend'); Onderwijsconsulenten only in the begrippenlijst; no klachten/geschillen route.",
    }
    return status, crit, adv, notes

# ===========================================================================
# P3  PO  Kempenrand -- Actualisatie 2027 (addendum to OP 2024-2028), docx
# ===========================================================================

def plan_kempenrand():
    B = []
    B.append(("title", "Actualisatie 2027", [
        "Aanvulling op het Ondersteuningsplan 2024-2028 van Samenwerkingsverband Passend Primair Onderwijs "
        "Kempenrand (PO 30-08)",
        "Geldig vanaf 1 augustus 2027 tot het einde van de planperiode (31 juli 2028)",
        "Instemming ondersteuningsplanraad: 2 maart 2027",
        "Vastgesteld door het algemeen bestuur: 16 maart 2027",
        "Trefwoorden: basisondersteuning, toelaatbaarheid, terugplaatsing, dekkend aanbod, verdeelmodel, "
        "resultaten, ouders en communicatie",
    ]))
    B.append(("toc", [
        "Leeswijzer en overzicht van de wijzigingen",
        "Samenvatting voor ouders",
        "1 Waarom een actualisatie?",
        "2 Visie en koers (ongewijzigd)",
        "3 Basisondersteuning: de Kaart Basisondersteuning 2027 (nieuw)",
        "4 Dekkend aanbod en arrangementen (ongewijzigd)",
        "5 Toelaatbaarheid sbo en so (procedure gewijzigd)",
        "6 Terugplaatsing en overplaatsing (ongewijzigd)",
        "7 Financiën: verdeelmodel 2027 en meerjarenbegroting (nieuw)",
        "8 Kwaliteit en resultaten: tussenbalans (nieuw)",
        "9 Ouders en communicatie (ongewijzigd)",
        "10 Organisatie en bestuur (gewijzigd)",
        "11 Procedure van deze actualisatie",
        "Bijlage: begrippenlijst",
    ]))

    B.append(("h1", "Leeswijzer en overzicht van de wijzigingen"))
    B.append(("p", "Deze actualisatie is geen nieuw ondersteuningsplan. Het Ondersteuningsplan 2024-2028 blijft "
              "gewoon gelden. In deze aanvulling staat alleen wat er verandert per 1 augustus 2027. Waar we "
              "niets schrijven, blijft de tekst van het ondersteuningsplan 2024-2028 van kracht. De "
              "hoofdstuknummers in deze actualisatie volgen de hoofdstukken van dat plan."))
    B.append(("p", "Lees deze actualisatie daarom altijd samen met het ondersteuningsplan 2024-2028. Waar een "
              "hoofdstuk in deze actualisatie 'vervangen' heet, geldt alleen de nieuwe tekst. Waar een hoofdstuk "
              "'aangevuld' is, gelden de oude en de nieuwe tekst samen. Bij 'ongewijzigd' verandert er niets. In "
              "het overzicht hieronder ziet u per hoofdstuk wat de status is. Over een jaar volgt het nieuwe "
              "ondersteuningsplan; dan vervalt deze actualisatie."))
    B.append(("table", [
        ["Hoofdstuk OP 2024-2028", "Wat verandert er?", "Status"],
        ["2 Visie en koers", "Niets", "Ongewijzigd"],
        ["3 Basisondersteuning", "Nieuwe Kaart Basisondersteuning 2027 met twaalf standaarden", "Vervangen"],
        ["4 Dekkend aanbod en arrangementen", "Niets", "Ongewijzigd"],
        ["5 Toelaatbaarheid", "Het Loket Kempenrand vervangt de Commissie van Toelaatbaarheid; kortere termijnen",
         "Gedeeltelijk vervangen"],
        ["6 Terugplaatsing en overplaatsing", "Niets", "Ongewijzigd"],
        ["7 Financiën", "Nieuw verdeelmodel vanaf 2027; nieuwe meerjarenbegroting 2027-2030", "Vervangen"],
        ["8 Kwaliteit en resultaten", "Tussenbalans 2024-2026 en aangescherpte streefwaarden", "Aangevuld"],
        ["9 Ouders en communicatie", "Niets", "Ongewijzigd"],
        ["10 Organisatie", "Nieuwe directeur-bestuurder; bureau verhuisd", "Aangevuld"],
    ]))

    B.append(("h1", "Samenvatting voor ouders"))
    B.append(("p", "Wat verandert er voor u en uw kind? Drie dingen:"))
    B.append(("ul", [
        "Vanaf 1 augustus 2027 weet u precies wat elke basisschool in Kempenrand minimaal moet bieden. Dat staat "
        "in de nieuwe Kaart Basisondersteuning (hoofdstuk 3).",
        "Als de school een toelaatbaarheidsverklaring (TLV) aanvraagt, krijgt u sneller een besluit: binnen zes "
        "weken in plaats van acht (hoofdstuk 5).",
        "Het geld wordt op een nieuwe manier over de scholen verdeeld. Scholen met veel kinderen die extra hulp "
        "nodig hebben, krijgen meer (hoofdstuk 7).",
    ]))
    B.append(("p", "Verder blijft alles zoals het was."))

    B.append(("h1", "1 Waarom een actualisatie?"))
    B.append(("p", "Het ondersteuningsplan 2024-2028 werd in het voorjaar van 2024 vastgesteld. Halverwege de "
              "planperiode hebben we met de schoolbesturen, de ondersteuningsplanraad en de gemeenten gekeken "
              "wat goed gaat en wat beter kan. Die tussenevaluatie vond plaats in het najaar van 2026. Daaruit "
              "kwamen vier redenen om het plan nu al op een paar punten aan te passen."))
    B.append(("ol", [
        "De landelijke overheid werkt aan een norm voor basisondersteuning. Wij wilden daar niet op wachten en "
        "hebben onze eigen afspraken alvast concreter gemaakt.",
        "De Commissie van Toelaatbaarheid had te veel aanvragen en te lange wachttijden. Daarom is de werkwijze "
        "veranderd.",
        "Het oude verdeelmodel gaf scholen met veel kinderen met een ondersteuningsbehoefte te weinig geld.",
        "De streefwaarden in het plan waren niet allemaal meetbaar. Die hebben we aangescherpt.",
    ]))
    B.append(("h2", "Wat kwam er uit de tussenevaluatie?"))
    B.append(("p", "Aan de tussenevaluatie deden alle acht schoolbesturen mee, 39 van de 47 directeuren en bijna "
              "alle intern begeleiders. We hielden een digitale vragenlijst en zes gesprekken in kleine groepen. "
              "Een paar uitspraken die vaak terugkwamen:"))
    B.append(("ul", [
        "'De consulenten van het samenwerkingsverband zijn goed bereikbaar en denken mee.'",
        "'Het is niet duidelijk wat een school zelf moet doen en wanneer je het samenwerkingsverband kunt "
        "inschakelen. Elke school legt de grens ergens anders.'",
        "'Een TLV-aanvraag kost te veel tijd. Je vult hetzelfde drie keer in.'",
        "'Scholen in wijken met veel armoede hebben meer kinderen die extra hulp nodig hebben, maar krijgen per "
        "leerling evenveel geld als een school in een rijke wijk.'",
        "'De doelen in het plan zijn mooi, maar je kunt niet zien of we ze halen.'",
    ]))
    B.append(("p", "Het algemeen bestuur heeft in december 2026 besloten om op deze vier punten niet te wachten tot "
              "het nieuwe plan. Het gaat om de grens tussen basis en extra ondersteuning (hoofdstuk 3), de "
              "werkwijze bij toelaatbaarheid (hoofdstuk 5), de verdeling van het geld (hoofdstuk 7) en de "
              "meetbaarheid van de doelen (hoofdstuk 8)."))
    B.append(("p", "We hebben bewust gekozen voor een actualisatie en niet voor een heel nieuw plan. Een nieuw plan "
              "kost veel tijd van scholen en van de ondersteuningsplanraad. Bovendien loopt het huidige plan in "
              "2028 toch af. Het volgende volledige plan gaat in op 1 augustus 2028."))
    B.append(("p", "In deze actualisatie staan geen wijzigingen over terugplaatsing, het dekkende aanbod of de "
              "informatie aan ouders. Die onderwerpen nemen we mee in het nieuwe plan voor 2028-2032."))

    B.append(("h1", "2 Visie en koers"))
    B.append(("p", "Onze visie blijft dezelfde: elk kind in Kempenrand krijgt onderwijs dat past, zo dicht mogelijk "
              "bij huis. Scholen werken samen en leren van elkaar. Wij ondersteunen de scholen; de scholen "
              "ondersteunen de kinderen. Deze visie staat uitgebreid in hoofdstuk 2 van het ondersteuningsplan "
              "2024-2028."))
    B.append(("p", "Wel leggen we voor de laatste jaren van de planperiode drie accenten. We willen minder "
              "papierwerk voor scholen, sneller besluiten en meer duidelijkheid over wat scholen van het "
              "samenwerkingsverband mogen verwachten, en andersom. Die accenten ziet u terug in de nieuwe "
              "werkwijze van het Loket en in het nieuwe verdeelmodel."))
    B.append(("p", "Minder papierwerk betekent concreet: het groeidocument gaat van tien naar zes pagina's, een "
              "aanvraag wordt maar één keer ingevuld en scholen krijgen binnen vijf werkdagen antwoord op de vraag "
              "of hun aanvraag compleet is. Sneller besluiten betekent: een besluit over toelaatbaarheid binnen "
              "zes weken. Meer duidelijkheid betekent: één kaart met twaalf standaarden voor alle vestigingen en "
              "een verdeelmodel waarvan elk bestuur vooraf kan uitrekenen wat het krijgt."))

    B.append(("h1", "3 Basisondersteuning: de Kaart Basisondersteuning 2027"))
    B.append(("p", "Dit hoofdstuk vervangt hoofdstuk 3 van het ondersteuningsplan 2024-2028."))
    B.append(("p", "Basisondersteuning is het niveau van ondersteuning dat alle 47 basisschoolvestigingen in "
              "Kempenrand minimaal bieden. De schoolbesturen hebben dit niveau samen vastgesteld. Het geldt voor "
              "elke vestiging, ook voor de kleinste dorpsschool. De school betaalt de basisondersteuning uit haar "
              "eigen middelen en het basisbedrag uit het verdeelmodel. De Kaart Basisondersteuning 2027 beschrijft "
              "dit niveau in twaalf standaarden."))
    B.append(("table", [
        ["Standaard", "Wat betekent dat concreet?"],
        ["1 Intern begeleider", "Elke vestiging heeft een IB'er met minstens 0,2 fte per 100 leerlingen en "
                                "minstens 0,2 fte per vestiging."],
        ["2 Groepsbesprekingen", "Drie keer per jaar groepsbespreking van leerkracht en IB'er; afspraken in het "
                                 "groepsplan of de groepskaart."],
        ["3 Dyslexie", "Dyslexieprotocol; vanaf groep 3 extra leestijd en vanaf groep 5 voorleessoftware."],
        ["4 Dyscalculie", "Protocol ernstige reken-wiskundeproblemen; hulpmiddelen zoals een tafelkaart."],
        ["5 Gedrag", "Een schoolbrede aanpak voor gedrag (bijvoorbeeld PBS) en een anti-pestcoördinator."],
        ["6 Sociaal-emotioneel", "Twee keer per jaar een observatielijst; bij zorgen binnen twee weken een "
                                 "gesprek van leerkracht en IB'er."],
        ["7 Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; signalering in groep 2 en groep 5."],
        ["8 Taal en NT2", "Extra taalaanbod van minstens drie uur per week voor leerlingen met een "
                          "taalachterstand of een andere thuistaal."],
        ["9 Medisch handelen", "Protocol medisch handelen dat elke leerkracht kent; een vaste "
                                "medewerker die medicijnen geeft en registreert."],
        ["10 Ondersteuningsteam", "Zes keer per jaar een ondersteuningsteam met IB'er, schoolcontactpersoon van "
                                  "het samenwerkingsverband."],
        ["11 OPP", "Voor elk kind met een eigen leerlijn of een arrangement een ontwikkelingsperspectief, twee "
                   "keer per jaar geëvalueerd."],
        ["12 Fysieke toegankelijkheid", "Het gebouw is rolstoeltoegankelijk of de school heeft een plan met de "
                                        "gemeente."],
    ]))
    B.append(("p", "Alles wat een school meer doet dan deze twaalf standaarden, is extra ondersteuning. Hoe extra "
              "ondersteuning wordt georganiseerd, staat in hoofdstuk 4 van het ondersteuningsplan 2024-2028."))
    B.append(("h2", "Toezicht op de standaarden"))
    B.append(("p", "Elke vestiging doet eens in de drie jaar een audit basisondersteuning met een auditor van een "
              "andere school en een medewerker van het samenwerkingsverband. Voldoet een vestiging niet aan een "
              "standaard, dan spreken school en bestuur binnen zes weken een verbeterplan af. Na een jaar volgt "
              "een herhaalaudit. De uitkomsten bespreken we jaarlijks in het bestuur."))

    B.append(("h2", "Invoering van de Kaart Basisondersteuning"))
    B.append(("p", "De kaart geldt vanaf 1 augustus 2027. Niet elke school voldoet op die datum al aan alle "
              "standaarden. Daarom geldt een invoeringsjaar: in schooljaar 2027-2028 maakt elke vestiging een "
              "zelfevaluatie met de kaart en zet zij in het schoolplan welke standaarden nog aandacht vragen. "
              "Vanaf schooljaar 2028-2029 volgen de audits. Intern begeleiders en directeuren krijgen in juni "
              "2027 een training van een dagdeel over de kaart. Voor leerkrachten maken we een korte "
              "uitlegfilm en een bespreekkaart voor een teamvergadering."))
    B.append(("p", "Sommige standaarden vragen iets van het schoolgebouw of van de formatie. Standaard 1 (IB-tijd) "
              "kan voor kleine scholen lastig zijn. Schoolbesturen met kleine vestigingen mogen de IB-tijd "
              "daarom over twee vestigingen delen, zolang elke vestiging minstens één vaste dag per week een "
              "IB'er heeft. Standaard 12 (toegankelijkheid) hangt af van de gemeente als eigenaar van het "
              "gebouw; daar geldt dat er uiterlijk in 2028 een plan moet liggen."))

    B.append(("h1", "4 Dekkend aanbod en arrangementen"))
    B.append(("p", "Ongewijzigd. Zie hoofdstuk 4 van het ondersteuningsplan 2024-2028."))

    B.append(("h1", "5 Toelaatbaarheid sbo en so"))
    B.append(("p", "Paragraaf 5.2 (procedure) van het ondersteuningsplan 2024-2028 wordt vervangen door de tekst "
              "hieronder. De andere paragrafen van hoofdstuk 5 blijven gelden."))
    B.append(("h2", "5.2 De nieuwe procedure via het Loket Kempenrand"))
    B.append(("p", "Vanaf 1 augustus 2027 beslist het Loket Kempenrand over toelaatbaarheid tot het speciaal "
              "basisonderwijs en het speciaal onderwijs. Het Loket vervangt de Commissie van Toelaatbaarheid. Het "
              "Loket bestaat uit een voorzitter (orthopedagoog), twee onderwijsspecialisten en een secretaris."))
    B.append(("ol", [
        "Aanvraag: het bestuur van de school waar het kind staat ingeschreven dient de aanvraag in via het "
        "digitale groeidocument, met het OPP en de evaluaties van de geboden ondersteuning.",
        "Volledigheidscheck: binnen vijf werkdagen laat het Loket weten of de aanvraag compleet is.",
        "Deskundigenadvies: twee deskundigen die niet bij de aanvraag betrokken waren, geven ieder een eigen "
        "schriftelijk advies. Eén van hen is orthopedagoog of psycholoog; de ander is een deskundige die past "
        "bij de vraag van het kind (bijvoorbeeld een jeugdarts of maatschappelijk werker).",
        "Gesprek: als dat nodig is voor het besluit, voert het Loket een gesprek met de betrokkenen.",
        "Besluit: het Loket besluit binnen zes weken na ontvangst van de complete aanvraag. Voorheen was dat acht "
        "weken. Het besluit gaat met de deskundigenadviezen naar alle betrokkenen.",
        "Spoed: in een crisissituatie besluit het Loket binnen tien schooldagen over een tijdelijke TLV van "
        "maximaal zes maanden.",
    ]))
    B.append(("p", "Nieuw is ook dat een TLV voor het speciaal basisonderwijs voortaan geldt tot het einde van de "
              "basisschoolperiode. Een TLV voor het so geldt zoals voorheen voor één tot drie schooljaren."))
    B.append(("p", "De criteria voor toelaatbaarheid tot het sbo en het so veranderen niet. U vindt ze in "
              "paragraaf 5.3 van het ondersteuningsplan 2024-2028. Ook de bezwaarprocedure blijft zoals die in "
              "paragraaf 5.5 van dat plan staat."))

    B.append(("h1", "6 Terugplaatsing en overplaatsing"))
    B.append(("p", "Ongewijzigd. Zie hoofdstuk 6 van het ondersteuningsplan 2024-2028."))

    B.append(("h1", "7 Financiën: verdeelmodel 2027 en meerjarenbegroting"))
    B.append(("p", "Dit hoofdstuk vervangt hoofdstuk 7 van het ondersteuningsplan 2024-2028."))
    B.append(("h2", "7.1 Het verdeelmodel vanaf 1 januari 2027"))
    B.append(("p", "In het oude model kreeg elk schoolbestuur hetzelfde bedrag per leerling. Scholen met veel "
              "kinderen die extra ondersteuning nodig hebben, kwamen daardoor tekort. Het nieuwe model heeft drie "
              "delen:"))
    B.append(("table", [
        ["Deel", "Verdeling", "Criterium", "Bedrag 2027"],
        ["A. Basisbedrag", "Naar alle schoolbesturen", "Aantal leerlingen op 1 oktober van het vorige jaar",
         "150 euro per leerling"],
        ["B. Ondersteuningsbedrag", "Naar schoolbesturen met scholen boven het regiogemiddelde",
         "Schoolweging van de inspectie (CBS-indicator) hoger dan 32", "90 euro per leerling op die scholen"],
        ["C. Solidariteitsbudget", "Op aanvraag via het Loket",
         "Individueel arrangement met OPP, advies van het ondersteuningsteam, maximaal één schooljaar",
         "totaal 600.000 euro"],
    ]))
    B.append(("p", "Het bestuur stelt de bedragen elk jaar in november vast voor het volgende kalenderjaar, na "
              "advies van de directeurenkring en na overleg met de ondersteuningsplanraad. De schoolbesturen "
              "leggen in hun jaarverslag verantwoording af over de besteding van deel A en B. Het Loket "
              "rapporteert twee keer per jaar over deel C."))
    B.append(("h2", "Overgangsregeling"))
    B.append(("p", "Voor sommige schoolbesturen betekent het nieuwe model minder geld. Daarom geldt een "
              "overgangsregeling. Een bestuur dat er in 2027 meer dan tien procent op achteruitgaat ten opzichte "
              "van 2026, krijgt in 2027 de helft van het verschil als overgangsbijdrage. In 2028 vervalt de "
              "regeling. Volgens de doorrekening van november 2026 gaat het om twee besturen en een bedrag van "
              "samen ongeveer 38.000 euro; dat bedrag zit in de post bureau en bestuur van de begroting."))
    B.append(("h2", "7.2 Meerjarenbegroting 2027-2030"))
    B.append(("table", [
        ["x 1.000 euro", "2027", "2028", "2029", "2030"],
        ["Rijksbijdrage lichte en zware ondersteuning", "10.410", "10.320", "10.250", "10.190"],
        ["Afdrachten sbo en so (via DUO)", "-4.860", "-4.880", "-4.900", "-4.920"],
        ["Deel A basisbedrag naar besturen", "1.630", "1.610", "1.590", "1.570"],
        ["Deel B ondersteuningsbedrag", "410", "405", "400", "395"],
        ["Deel C solidariteitsbudget", "600", "600", "600", "600"],
        ["Observatiegroepen en ambulante begeleiding", "1.480", "1.480", "1.480", "1.480"],
        ["Loket, deskundigen en schoolcontactpersonen", "920", "930", "940", "950"],
        ["Bureau en bestuur", "560", "565", "570", "575"],
        ["Saldo", "-50", "-150", "-230", "-300"],
    ]))
    B.append(("p", "De negatieve saldi dekken we uit de algemene reserve. Die was op 31 december 2026 2,9 miljoen "
              "euro, iets boven de signaleringswaarde. Met deze begroting komt de reserve in 2030 op een "
              "verantwoord niveau van ongeveer 2,2 miljoen euro (weerstandsvermogen circa 21 procent)."))

    B.append(("h1", "8 Kwaliteit en resultaten: tussenbalans"))
    B.append(("p", "Dit hoofdstuk vult hoofdstuk 8 van het ondersteuningsplan 2024-2028 aan."))
    B.append(("h2", "8.1 Wat hebben we bereikt in 2024-2026?"))
    B.append(("table", [
        ["Indicator", "Startwaarde 2023", "Stand oktober 2026", "Streefwaarde 2028 (nieuw)"],
        ["Deelnamepercentage sbo (peildatum 1 oktober)", "2,9%", "2,6%", "2,5%"],
        ["Deelnamepercentage so", "1,8%", "1,9%", "1,8%"],
        ["Gemiddelde doorlooptijd TLV-besluit", "9,5 weken", "8,1 weken", "maximaal 6 weken"],
        ["Vestigingen die aan alle standaarden basisondersteuning voldoen", "niet gemeten", "31 van 47",
         "47 van 47"],
        ["Arrangementen waarvan de doelen zijn gehaald", "58%", "64%", "75%"],
        ["Tevredenheid scholen over het samenwerkingsverband", "6,8", "7,2", "7,5"],
    ]))
    B.append(("p", "Kort gezegd: de doorlooptijd van de TLV is korter geworden, maar nog niet kort genoeg. Het "
              "aandeel leerlingen in het sbo daalt. Het so-percentage steeg licht, vooral door meer kinderen met "
              "een ernstige meervoudige beperking die bij ons zijn komen wonen."))
    B.append(("h2", "8.2 Hoe meten we?"))
    B.append(("p", "We verzamelen de cijfers twee keer per jaar in de Kempenrandmonitor: op 1 oktober en op 1 "
              "april. De bronnen zijn DUO-gegevens, de registratie van het Loket, de audits basisondersteuning en "
              "een jaarlijkse vragenlijst onder scholen. De directeur-bestuurder bespreekt de monitor met het "
              "algemeen bestuur en de raad van toezicht. In het jaarverslag, dat vóór 1 juli verschijnt, staan de "
              "bereikte resultaten per streefwaarde, met de kosten van de belangrijkste voorzieningen. Wordt een "
              "streefwaarde twee metingen achter elkaar niet gehaald, dan maakt het bureau een analyse en een "
              "voorstel voor bijsturing."))

    B.append(("h1", "9 Ouders en communicatie"))
    B.append(("p", "Ongewijzigd. Zie hoofdstuk 9 van het ondersteuningsplan 2024-2028. De nieuwe wettelijke "
              "afspraken over een ouder- en jeugdsteunpunt werken we uit in het plan voor 2028-2032."))

    B.append(("h1", "10 Organisatie en bestuur"))
    B.append(("p", "Sinds 1 januari 2027 is Rob Hendriks directeur-bestuurder. Hij volgde Anja de Wit op, die met "
              "pensioen ging. Het bureau is in december 2026 verhuisd naar het Onderwijshuis aan de Markt 12 in "
              "Bergeijkerveld. De raad van toezicht heeft een nieuw lid met financiële kennis."))
    B.append(("p", "De bestuursstructuur blijft hetzelfde. De algemene vergadering van schoolbesturen stelt het "
              "ondersteuningsplan en de begroting vast; de raad van toezicht keurt ze goed. Het Loket Kempenrand "
              "valt onder de directeur-bestuurder. De voorzitter van het Loket legt twee keer per jaar "
              "verantwoording af aan het bestuur."))
    B.append(("p", "De raad van toezicht heeft vijf leden. Eén lid is voorgedragen door de ondersteuningsplanraad. "
              "De raad vergadert vijf keer per jaar en keurt de begroting, het jaarverslag en deze actualisatie "
              "goed. De raad heeft de actualisatie op 23 maart 2027 goedgekeurd."))
    B.append(("h2", "Wat betekent dit voor de schoolbesturen?"))
    B.append(("p", "Voor de schoolbesturen verandert er op drie punten iets. Ze moeten de Kaart Basisondersteuning "
              "opnemen in het schoolplan en de schoolgids van elke vestiging. Ze krijgen hun ondersteuningsmiddelen "
              "op een nieuwe manier, met een basisbedrag en soms een ondersteuningsbedrag. En ze dienen "
              "TLV-aanvragen voortaan in bij het Loket in plaats van bij de Commissie van Toelaatbaarheid. De "
              "bestuurders hebben hierover in de algemene vergadering van 8 december 2026 afspraken gemaakt. Elk "
              "bestuur wijst een contactpersoon aan voor de invoering."))
    B.append(("p", "Ons bureau heeft 11,4 fte. Door de nieuwe werkwijze van het Loket verschuift er formatie van "
              "secretariële ondersteuning naar onderwijsspecialisten. Voor schoolcontactpersonen organiseren we in "
              "2027 een scholingsprogramma over de Kaart Basisondersteuning en over het voeren van audits."))
    B.append(("p", "Met de nieuwe werkwijze van het Loket verandert ook het digitale groeidocument. Scholen vullen "
              "gegevens nog maar één keer in; het Loket en de deskundigen kijken in hetzelfde dossier. Alleen "
              "wie bij de aanvraag betrokken is, heeft toegang. De functionaris gegevensbescherming van het "
              "samenwerkingsverband heeft de nieuwe werkwijze in januari 2027 beoordeeld. Gegevens over een "
              "toelaatbaarheidsbesluit bewaren we drie jaar na het besluit; daarna worden ze automatisch "
              "verwijderd."))

    B.append(("h1", "11 Procedure van deze actualisatie"))
    B.append(("p", "Een actualisatie van het ondersteuningsplan volgt dezelfde stappen als een nieuw plan:"))
    B.append(("table", [
        ["Datum", "Stap"],
        ["oktober-november 2026", "Tussenevaluatie met schoolbesturen, directeuren en IB-netwerk"],
        ["8 december 2026", "Concept besproken in het algemeen bestuur"],
        ["15 februari 2027", "Op overeenstemming gericht overleg (OOGO) met de gemeenten Bergeijkerveld, Kempen-"
                             "Oost en Valkenrade"],
        ["18 februari 2027", "Overleg met Samenwerkingsverband VO Kempenrand"],
        ["2 maart 2027", "Instemming ondersteuningsplanraad"],
        ["16 maart 2027", "Vaststelling door het algemeen bestuur"],
        ["vóór 1 mei 2027", "Toezending aan de inspectie"],
    ]))
    B.append(("p", "In het OOGO hebben de gemeenten ingestemd met de actualisatie. Er zijn geen nieuwe afspraken "
              "gemaakt. De ondersteuningsplanraad vroeg om een heldere samenvatting in gewone taal. Die staat "
              "voorin dit document."))
    B.append(("p", "De ondersteuningsplanraad heeft bij de instemming twee aandachtspunten meegegeven. Ten eerste: "
              "zorg dat de Kaart Basisondersteuning in schooljaar 2027-2028 op alle scholen bekend is bij "
              "leerkrachten, niet alleen bij intern begeleiders. Ten tweede: houd bij de evaluatie van het nieuwe "
              "verdeelmodel in 2028 ook rekening met kleine scholen, die door de schoolweging soms net buiten "
              "deel B vallen. Het bestuur heeft beide punten overgenomen."))
    B.append(("h2", "Wat gebeurt er na deze actualisatie?"))
    B.append(("p", "In het voorjaar van 2027 starten we met de voorbereiding van het nieuwe ondersteuningsplan "
              "2028-2032. Daarvoor organiseren we bijeenkomsten met schoolbesturen, intern begeleiders, "
              "gemeenten en de ondersteuningsplanraad. Het nieuwe plan moet vóór 1 mei 2028 bij de inspectie "
              "liggen. De Kempenrandmonitor en de uitkomsten van de audits basisondersteuning gebruiken we als "
              "startpunt voor dat plan."))

    B.append(("h1", "Bijlage: begrippenlijst"))
    B.append(("dl", [
        ("Arrangement", "Extra ondersteuning voor een leerling of groep, voor een bepaalde tijd."),
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning op elke vestiging."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat elk kind een passende plek heeft; "
                           "hieronder valt ook de aanpak van thuiszitters."),
        ("Loket Kempenrand", "Onderdeel van het samenwerkingsverband dat beslist over TLV's en het "
                             "solidariteitsbudget."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren met vragen terecht kunnen."),
        ("Schoolweging", "Maat van de inspectie/CBS voor de verwachte ondersteuningsbehoefte van een school."),
        ("Terugplaatsing", "Terugkeer van een leerling van het sbo of so naar het basisonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ]))
    return B


def labels_kempenrand():
    crit = {c: False for c in CORE}
    for c in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "financien.verdeling", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"]:
        crit[c] = True
    status = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "missing"}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H3 replaces the old chapter: level for all 47 vestigingen plus a table of 12 concrete standards; audit every 3 years.",
        "plaatsing": "H5 new Loket procedure (steps, 5 days, 6 weeks, two deskundigen, spoed, TLV duration); criteria and bezwaar only referred to par. 5.3/5.5 of the earlier plan, which is not part of the input.",
        "terugstroom": "Only 'Ongewijzigd. Zie hoofdstuk 6 van het OP 2024-2028' plus TOC, title-page keywords and begrippenlijst: nothing addressed.",
        "financien": "H7: verdeelmodel A/B/C with criteria and amounts (table), meerjarenbegroting 2027-2030 with amounts, reserves/weerstandsvermogen, verantwoording via jaarverslag.",
        "dekkend-aanbod": "Only 'Ongewijzigd' referral; thuiszitters and samenhangend geheel only in the begrippenlijst; arrangement mentions are funding/BO boundary, not a continuum.",
        "resultaten": "H8 tussenbalans table (achieved vs target 2028) and 8.2 Kempenrandmonitor twice a year, jaarverslag before 1 July, bijsturing rule.",
        "ouders": "H9 'Ouders en communicatie' only says 'Ongewijzigd, zie OP 2024-2028' and defers the OJSP to the 2028-2032 plan; H1 says informatie aan ouders is not changed; no channels, no independent help, no parental role described. Title-page keyword, TOC, summary heading and begrippenlijst are traps.",
    }
    return status, crit, adv, notes

# ===========================================================================
# P4  VO  Rivierenhof -- 'op hoofdlijnen', thin, HTML web version
# ===========================================================================

def plan_rivierenhof():
    B = []
    B.append(("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen", [
        "Samenwerkingsverband Voortgezet Onderwijs Rivierenhof (VO 23-09)",
        "Webversie - laatst bijgewerkt 20 april 2026",
        "Planperiode 1 augustus 2026 - 31 juli 2030",
    ]))
    B.append(("toc", [
        "Samenvatting voor ouders",
        "1. Voorwoord",
        "2. Over Rivierenhof",
        "3. Missie, visie en koers",
        "4. Basisondersteuning",
        "5. Dekkend aanbod",
        "6. Toelaatbaarheid vso, pro en lwoo",
        "7. Terugkeer naar het regulier onderwijs",
        "8. Financiën",
        "9. Kwaliteit en resultaten",
        "10. Ouders en leerlingen",
        "11. Gemeenten en ketenpartners",
        "12. Governance en medezeggenschap",
        "13. Personeel, ICT en privacy",
        "14. Planning op hoofdlijnen",
        "Begrippenlijst",
    ]))

    B.append(("h1", "Samenvatting voor ouders"))
    B.append(("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de scholen voor voortgezet onderwijs in "
              "Rivierenhof samenwerken, zodat uw kind een passende plek krijgt. Het is een plan op hoofdlijnen: "
              "veel details werken we de komende jaren samen met de scholen uit in werkwijzers en jaarplannen. "
              "Die publiceren we op deze website zodra ze klaar zijn."))
    B.append(("p", "Voor u als ouder zijn dit de belangrijkste dingen: er is voor elke leerling een plek, ook als "
              "het even niet lukt op school; een leerling die naar het vso gaat, kan later weer terug; en als u "
              "vragen hebt of het ergens niet mee eens bent, kunt u terecht bij het Oudersteunpunt Rivierenhof. "
              "Lees hiervoor hoofdstuk 5, 7 en 10."))

    B.append(("h1", "1. Voorwoord"))
    B.append(("p", "Voor u ligt het vierde ondersteuningsplan van Rivierenhof. De vorige plannen waren uitgebreid "
              "en gedetailleerd. Toch merkten we dat scholen, ouders en partners er weinig houvast aan hadden. "
              "Details veranderen snel, een plan voor vier jaar niet. Daarom kiezen we nu voor een plan op "
              "hoofdlijnen. We beschrijven waar we voor staan en welke richting we op gaan. De uitwerking volgt "
              "in jaarplannen en werkwijzers, die we samen met de scholen maken."))
    B.append(("p", "Er gebeurt veel in passend onderwijs. De landelijke overheid werkt aan een norm voor "
              "basisondersteuning, aan een ouder- en jeugdsteunpunt en aan nieuwe regels voor de financiering. "
              "Een plan op hoofdlijnen geeft ons de ruimte om die veranderingen mee te nemen zonder telkens het "
              "hele plan te moeten herschrijven."))
    B.append(("p", "Wij danken de ondersteuningsplanraad voor de kritische vragen, de zorgcoördinatoren voor hun "
              "meedenken en de gemeenten voor het goede overleg. Dit plan is van ons allemaal."))
    B.append(("p", "Drs. Hanneke Kuipers, directeur-bestuurder"))

    B.append(("h2", "Passend onderwijs in het kort"))
    B.append(("p", "Passend onderwijs betekent dat elke leerling onderwijs krijgt dat past bij zijn of haar "
              "mogelijkheden, ook als er extra ondersteuning nodig is. Scholen hebben daarvoor zorgplicht: een "
              "school waar een leerling wordt aangemeld, moet een passende plek bieden of helpen zoeken. De scholen "
              "in een regio werken daarvoor samen in een samenwerkingsverband. Het samenwerkingsverband krijgt "
              "van het Rijk het geld voor extra ondersteuning, besluit over toelaatbaarheidsverklaringen en "
              "adviseert scholen. Elk samenwerkingsverband moet eens in de vier jaar een ondersteuningsplan maken. "
              "Dit is het plan van Rivierenhof."))

    B.append(("h1", "2. Over Rivierenhof"))
    B.append(("p", "Rivierenhof is het samenwerkingsverband voor voortgezet onderwijs in het rivierengebied tussen "
              "Waalkant en Maasdijk. Zeven schoolbesturen met samen twaalf scholen zijn aangesloten. Het gebied "
              "telt vijf gemeenten. Veel leerlingen reizen dagelijks met de bus of de fiets naar een school in "
              "een van de twee grotere kernen."))
    B.append(("table", [
        ["Onderwijssoort", "Scholen", "Leerlingen (1 oktober 2025)"],
        ["Vmbo", "4", "3.960"],
        ["Havo/vwo (incl. brede scholengemeenschappen)", "5", "5.820"],
        ["Praktijkonderwijs", "1", "248"],
        ["Vso (cluster 3 en 4)", "2", "356"],
    ]))
    B.append(("p", "Het bureau van Rivierenhof zit in het Onderwijscentrum in Maasdijk. Er werken elf mensen: de "
              "directeur-bestuurder, vijf consulenten, twee trajectbegeleiders, een secretaris van de "
              "toelaatbaarheidscommissie, een controller en een managementassistent."))

    B.append(("h1", "3. Missie, visie en koers"))
    B.append(("p", "Onze missie: elke jongere in Rivierenhof krijgt onderwijs dat past bij wat hij of zij kan en "
              "wil, en haalt een diploma of een duurzame plek op de arbeidsmarkt."))
    B.append(("p", "Onze visie rust op vier pijlers. Ten eerste: de leerling staat centraal, niet de regels of "
              "het geld. Ten tweede: ondersteuning zo dichtbij als mogelijk, in de eigen klas en de eigen school. "
              "Ten derde: scholen zijn samen verantwoordelijk voor alle leerlingen in de regio. Ten vierde: "
              "onderwijs en zorg werken als één team rond de leerling en het gezin."))
    B.append(("p", "Onze koers voor 2026-2030 noemen we 'Samen, dichtbij, zonder omwegen'. Dat betekent minder "
              "formulieren en meer gesprekken, snellere hulp en duidelijke afspraken over wie wat doet. We willen "
              "een samenwerkingsverband zijn dat de scholen helpt, niet een extra laag die de scholen controleert."))
    B.append(("p", "Onze kernwaarden zijn:"))
    B.append(("ul", [
        "Nabij: we zijn aanwezig op de scholen en kennen de leerlingen en de teams.",
        "Wendbaar: we passen ons aan als de situatie daarom vraagt, zonder eindeloze procedures.",
        "Verbindend: we brengen scholen, gemeenten, jeugdhulp en ouders samen rond de leerling.",
        "Transparant: we zijn open over onze keuzes en over het geld dat we uitgeven.",
    ]))
    B.append(("p", "Deze koers vraagt iets van iedereen. Van scholen: dat ze elkaar helpen en leerlingen niet "
              "doorschuiven. Van het samenwerkingsverband: dat we snel en dichtbij werken. Van gemeenten en "
              "jeugdhulp: dat zorg ook onder schooltijd kan worden geboden. En van ouders: dat ze meedenken en "
              "laten weten wat hun kind nodig heeft."))

    B.append(("h2", "Hoe werkt een plan op hoofdlijnen?"))
    B.append(("p", "Dit plan is het kader. De uitwerking staat in andere documenten, die het bestuur vaststelt na "
              "overleg met de schoolbesturen en, waar de wet dat vraagt, met instemming van de OPR. Het gaat om:"))
    B.append(("ul", [
        "het jaarplan, elk jaar in december, met de activiteiten voor het komende kalenderjaar;",
        "het Protocol Toelaatbaarheid VO (bijlage 3 bij dit plan);",
        "de werkwijzer Terugkeer (in voorbereiding);",
        "de Standaard basisondersteuning Rivierenhof (na de landelijke norm);",
        "het kwaliteitskader (in voorbereiding);",
        "het verdeelmodel (in voorbereiding).",
    ]))
    B.append(("p", "Zo blijft dit plan vier jaar bruikbaar en kunnen we de uitwerking aanpassen als dat nodig is. "
              "Alle documenten komen op de pagina 'Ondersteuningsplan' van onze website."))
    B.append(("h2", "Wat deden we in de vorige planperiode?"))
    B.append(("p", "In de vorige planperiode hebben we veel opgebouwd. We hebben het OPDC Het Anker verhuisd naar "
              "een nieuw gebouw in Waalkant, de Thuiszitterstafel opgericht, het digitale groeidocument "
              "ingevoerd en met de gemeenten het onderwijs-zorgarrangement Dubbel opgezet. We organiseerden elk "
              "jaar een regionale studiedag voor ondersteuningscoördinatoren, met gemiddeld 140 deelnemers. "
              "Ook zijn we gestart met een gezamenlijk aanbod van faalangst- en sociale-vaardigheidstrainingen "
              "dat scholen kunnen inkopen."))
    B.append(("p", "Tegelijk zagen we dat het bureau te veel tijd kwijt was aan formulieren en te weinig aan het "
              "werk op de scholen. In de nieuwe periode willen we dat omdraaien: consulenten zijn minstens drie "
              "dagen per week op de scholen."))

    B.append(("h1", "4. Basisondersteuning"))
    B.append(("p", "De afspraken over basisondersteuning in Rivierenhof worden opnieuw vastgesteld. We wachten "
              "hiervoor op de landelijke norm basisondersteuning, die naar verwachting in 2027 van kracht wordt. "
              "Na de invoering van die norm stellen we samen met de schoolbesturen de Standaard "
              "basisondersteuning Rivierenhof vast en voegen we die als bijlage aan dit plan toe (p.m.)."))

    B.append(("h1", "5. Dekkend aanbod"))
    B.append(("p", "Rivierenhof heeft een samenhangend aanbod van ondersteuning, van de klas tot het voortgezet "
              "speciaal onderwijs. We onderscheiden vier lagen."))
    B.append(("table", [
        ["Laag", "Aanbod", "Voor wie"],
        ["Op de eigen school", "Extra begeleiding door mentor en ondersteuningscoördinator; ondersteuningsklassen "
         "(maximaal 16 leerlingen) op de vmbo-scholen", "Leerlingen die tijdelijk of op onderdelen meer nodig "
         "hebben"],
        ["Tussen scholen", "Ambulante begeleiding vanuit het vso op de reguliere school; uitwisseling van "
         "specialisten tussen scholen", "Leerlingen met autisme, een chronische ziekte of gedragsproblemen"],
        ["Bovenschools", "OPDC Het Anker (plaatsing maximaal 12 weken, daarna terug naar eigen school); "
         "Reboundvoorziening Doorstart (8 weken); onderwijs-zorgarrangement Dubbel, samen met de gemeenten",
         "Leerlingen die tijdelijk niet in een reguliere klas kunnen leren"],
        ["Speciaal", "Praktijkonderwijs De Werkplaats; vso De Maasoever (cluster 4); vso Het Palet (cluster 3)",
         "Leerlingen met een TLV"],
    ]))
    B.append(("p", "Leerlingen stromen zo veel mogelijk door binnen dit aanbod: van het OPDC terug naar de eigen "
              "school, van de ondersteuningsklas naar een gewone klas, van het vso naar het regulier onderwijs "
              "of het mbo. De consulent van Rivierenhof is het vaste aanspreekpunt van de school en bewaakt de "
              "route van de leerling."))
    B.append(("h2", "Thuiszitters en witte vlekken"))
    B.append(("p", "Op 1 oktober 2025 waren er in Rivierenhof 27 thuiszitters. Elke maand komt de Thuiszitterstafel "
              "bij elkaar, met leerplicht, jeugdhulp, de scholen en onze trajectbegeleiders. Elke thuiszitter "
              "krijgt binnen twee weken een trajectbegeleider en een plan om weer onderwijs te volgen. De "
              "trajectbegeleider blijft betrokken tot de leerling drie maanden stabiel naar school gaat."))
    B.append(("p", "In de analyse van 2025 bleek dat leerlingen soms maanden wachten op een plek in het vso "
              "cluster 4. Vanaf 2026 geldt: is er binnen zes weken geen plek, dan biedt het OPDC een "
              "overbruggingsprogramma van minstens twaalf uur per week. Daarnaast bleek dat meer- en hoogbegaafde "
              "leerlingen die vastlopen nergens terechtkunnen. Voor hen ontwikkelen we in 2026-2027 met twee "
              "havo/vwo-scholen een plusprogramma."))
    B.append(("h2", "Nieuwkomers en hoogbegaafde leerlingen"))
    B.append(("p", "Jongeren die net in Nederland zijn, beginnen meestal in de internationale schakelklas (ISK) in "
              "Maasdijk. Daar leren zij in één tot twee jaar Nederlands. Daarna stromen ze door naar een reguliere "
              "school, het mbo of het praktijkonderwijs. Een ISK-coach begeleidt de overstap en blijft het eerste "
              "half jaar aanspreekpunt voor de nieuwe school. Omdat het aantal nieuwkomers schommelt, maken we "
              "jaarlijks met de gemeenten afspraken over het aantal plaatsen."))
    B.append(("p", "Voor meer- en hoogbegaafde leerlingen hebben drie havo/vwo-scholen een verrijkingsprogramma. "
              "Voor leerlingen die ondanks dat programma vastlopen, komt er het plusprogramma dat hierboven is "
              "genoemd."))
    B.append(("p", "Alle scholen hebben zorgplicht. Lukt het een school niet om binnen tien weken na aanmelding een "
              "passende plek te vinden, dan zet de consulent een casusoverleg op met de andere scholen. Geen "
              "school mag een leerling weigeren zonder dat er een andere plek is."))

    B.append(("h1", "6. Toelaatbaarheid vso, pro en lwoo"))
    B.append(("p", "Voor het voortgezet speciaal onderwijs en het praktijkonderwijs is een toelaatbaarheidsverklaring "
              "nodig. Voor leerwegondersteunend onderwijs een aanwijzing lwoo. Het volledige protocol, met de "
              "stappen, de formulieren en de termijnen, vindt u in bijlage 3 (Protocol Toelaatbaarheid VO)."))
    B.append(("p", "Een leerling komt in aanmerking voor een TLV vso als aan alle onderstaande criteria is voldaan:"))
    B.append(("table", [
        ["Criterium", "Toelichting"],
        ["Handelingsverlegenheid van de reguliere school", "Ondanks basisondersteuning en minstens zes maanden "
         "extra ondersteuning (ondersteuningsklas, ambulante begeleiding of OPDC) maakt de leerling onvoldoende "
         "ontwikkeling volgens het OPP."],
        ["Intensieve ondersteuningsbehoefte", "De leerling heeft voor het grootste deel van de schooldag een "
         "kleine groep, een hoge mate van structuur en specialistische begeleiding nodig."],
        ["Combinatie onderwijs en zorg", "Onderwijs en zorg of behandeling moeten in samenhang op één plek worden "
         "geboden."],
        ["Cluster 3", "Daarnaast: een verstandelijke of lichamelijke beperking of langdurige ziekte die het leren "
         "in belangrijke mate beperkt."],
    ]))
    B.append(("p", "Voor praktijkonderwijs en lwoo volgt Rivierenhof de landelijke criteria. Praktijkonderwijs: "
              "een IQ van 55 tot 80 en leerachterstanden van ten minste drie jaar op twee of meer domeinen. Lwoo: "
              "een IQ van 75 tot 90 met leerachterstanden van anderhalf tot drie jaar op twee of meer domeinen, "
              "of een IQ van 91 tot 120 met een leerachterstand en sociaal-emotionele problematiek."))

    B.append(("h1", "7. Terugkeer naar het regulier onderwijs"))
    B.append(("p", "Rivierenhof vindt dat het vso een tijdelijke plek moet zijn als dat kan. Ons uitgangspunt is "
              "dat een leerling teruggaat naar het regulier voortgezet onderwijs zodra hij of zij daar met "
              "ondersteuning goed kan leren. Voorwaarden zijn dat de leerling en de ouders dit willen, dat het "
              "OPP een stabiele ontwikkeling laat zien en dat er een reguliere school in de buurt is die de "
              "ondersteuning kan bieden. Na de terugkeer krijgt de leerling minstens zes maanden begeleiding door "
              "een ambulant begeleider van het vso, betaald door Rivierenhof. De ontvangende school kan daarnaast "
              "een plek in de ondersteuningsklas inzetten."))
    B.append(("p", "Hoe het evaluatiemoment en het besluit over terugkeer precies verlopen, leggen we in "
              "schooljaar 2026-2027 vast in de werkwijzer Terugkeer, samen met de twee vso-scholen."))

    B.append(("h1", "8. Financiën"))
    B.append(("p", "Rivierenhof ontvangt jaarlijks ongeveer 13,9 miljoen euro aan ondersteuningsmiddelen. Een "
              "groot deel daarvan gaat via DUO rechtstreeks naar het vso en het praktijkonderwijs. Met de rest "
              "betalen we de voorzieningen uit hoofdstuk 5 en de middelen die naar de schoolbesturen gaan."))
    B.append(("table", [
        ["Begroting (x 1.000 euro)", "2026", "2027", "2028", "2029"],
        ["Baten ondersteuningsbekostiging", "13.920", "13.850", "13.790", "13.720"],
        ["Afdrachten vso en pro via DUO", "6.410", "6.440", "6.470", "6.500"],
        ["Middelen naar schoolbesturen", "3.180", "3.150", "3.120", "3.090"],
        ["Ondersteuningsklassen vmbo", "960", "960", "960", "960"],
        ["OPDC Het Anker en Rebound Doorstart", "1.720", "1.720", "1.700", "1.680"],
        ["Onderwijs-zorgarrangement Dubbel", "310", "310", "310", "310"],
        ["Ambulante begeleiding en terugkeerbegeleiding", "420", "430", "440", "450"],
        ["Trajectbegeleiding thuiszitters", "250", "250", "250", "250"],
        ["Bureau en bestuur", "890", "900", "910", "920"],
        ["Saldo", "-220", "-310", "-370", "-440"],
    ]))
    B.append(("p", "Het negatieve saldo vangen we op met de reserve, die we volgens de afspraken met het ministerie "
              "afbouwen."))
    B.append(("p", "Hoe we de middelen over de schoolbesturen verdelen, werken we uit in een nieuw verdeelmodel. "
              "Het bestuur wil dat model in het voorjaar van 2027 vaststellen. Tot die tijd blijft de verdeling "
              "zoals die de afgelopen jaren was."))

    B.append(("h1", "9. Kwaliteit en resultaten"))
    B.append(("p", "Dit hoofdstuk vullen we aan zodra het bestuur het nieuwe kwaliteitskader heeft vastgesteld. "
              "Dat is naar verwachting in het najaar van 2026. [p.m.]"))

    B.append(("h1", "10. Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is. Daarom:"))
    B.append(("ul", [
        "staat op onze website een ouderpagina en een leerlingpagina met uitleg over alle voorzieningen uit "
        "hoofdstuk 5, het vso, praktijkonderwijs en lwoo, met filmpjes van leerlingen;",
        "beschrijft elke school haar ondersteuning in de schoolgids en op haar website;",
        "houden we elk jaar in januari een informatieavond voor ouders van leerlingen in groep 8 die extra "
        "ondersteuning nodig hebben, samen met de samenwerkingsverbanden po;",
        "kunnen ouders altijd bellen of mailen met de consulent die aan de school van hun kind is verbonden.",
    ]))
    B.append(("p", "Ouders en leerlingen die onafhankelijk advies willen, kunnen terecht bij het Oudersteunpunt "
              "Rivierenhof. Het steunpunt wordt uitgevoerd door een onafhankelijke stichting en is niet in dienst "
              "van de scholen of van het samenwerkingsverband. Het is bereikbaar per telefoon, mail en app, en "
              "heeft op dinsdagmiddag een inloopspreekuur in de bibliotheek van Maasdijk. Ook de landelijke "
              "Onderwijsconsulenten kunnen helpen. Komen ouders en school er samen niet uit over toelating, "
              "verwijdering of het OPP, dan kunnen ouders naar de Geschillencommissie passend onderwijs."))
    B.append(("p", "Leerlingen met een OPP hebben het recht hun mening te geven over hun OPP. Scholen nodigen de "
              "leerling altijd uit voor het gesprek hierover."))
    B.append(("p", "We willen ook beter luisteren naar ouders en leerlingen als groep. Daarom start in 2026 een "
              "klankbordgroep van ouders van leerlingen met extra ondersteuning. De groep komt drie keer per jaar "
              "bij elkaar en praat met de directeur-bestuurder over wat goed gaat en wat beter kan. Het "
              "Oudersteunpunt bundelt twee keer per jaar de vragen en klachten die het krijgt, zonder namen, en "
              "bespreekt die met het bestuur."))

    B.append(("h1", "11. Gemeenten en ketenpartners"))
    B.append(("p", "Met de vijf gemeenten voerden we op 26 februari 2026 het OOGO over dit plan. Belangrijke "
              "afspraken: de gemeenten financieren het zorgdeel van onderwijs-zorgarrangement Dubbel; in elke "
              "school werkt een jeugdhulpverlener van het lokale team; en de gemeenten nemen deel aan de "
              "Thuiszitterstafel. Over leerlingenvervoer en huisvesting van het OPDC praten we apart verder. Met "
              "de drie samenwerkingsverbanden po hebben we afspraken over de overstap naar het vo."))
    B.append(("p", "Leerlingenvervoer is een taak van de gemeenten. Veel leerlingen van het vso en het OPDC "
              "reizen met een taxibusje. Lange reistijden maken een schooldag zwaar. In het OOGO hebben we "
              "afgesproken dat gemeenten en Rivierenhof samen onderzoeken hoe de reistijd korter kan, "
              "bijvoorbeeld door leerlingen te leren zelfstandig te reizen. Over de huisvesting van het OPDC, dat "
              "in een tijdelijk gebouw zit, praten we met de gemeente Waalkant verder in het Lokaal Onderwijs "
              "Overleg."))
    B.append(("p", "Rivierenhof werkt ook samen met de huisartsen en de jeugd-ggz in de regio. Twee keer per jaar "
              "is er een regionaal overleg over jongeren die zowel onderwijs als behandeling nodig hebben. Daar "
              "maken we afspraken over wie wat doet, zodat een leerling niet hoeft te kiezen tussen school en "
              "behandeling."))
    B.append(("p", "Ook met het mbo werken we samen. Leerlingen uit het praktijkonderwijs en het vso stromen vaak "
              "uit naar een entreeopleiding of naar werk. Samen met de regionale mbo-instelling en de gemeenten "
              "zorgen we dat zij niet tussen wal en schip vallen."))

    B.append(("p", "Met de samenwerkingsverbanden po maken we elk jaar afspraken over de overstap. Basisscholen "
              "leveren vóór 1 maart het onderwijskundig rapport aan. Voor leerlingen met een OPP of een "
              "arrangement is er vóór de zomervakantie een warme overdracht tussen de basisschool, de nieuwe "
              "school, de ouders en de leerling. Zo hoeft niemand in de brugklas opnieuw te beginnen."))

    B.append(("h1", "12. Governance en medezeggenschap"))
    B.append(("p", "Rivierenhof is een stichting met een raad van toezicht van vijf leden en een "
              "directeur-bestuurder. De schoolbesturen vormen samen de Raad van Deelnemers, die meebeslist over "
              "het ondersteuningsplan, de begroting en het jaarverslag. Zo blijven de schoolbesturen eigenaar van "
              "het samenwerkingsverband."))
    B.append(("p", "De ondersteuningsplanraad heeft acht leden: vier personeelsleden en vier ouders of leerlingen. "
              "De OPR heeft op 14 april 2026 ingestemd met dit plan. Wijzigingen in het plan, zoals de werkwijzers "
              "die we nog gaan maken, leggen we opnieuw aan de OPR voor."))
    B.append(("p", "De OPR vergadert zes keer per jaar. De directeur-bestuurder is bij een deel van elke vergadering "
              "aanwezig. De leden krijgen een vergoeding en kunnen scholing volgen, bijvoorbeeld over de begroting "
              "van een samenwerkingsverband. De OPR heeft een eigen reglement en een eigen budget voor "
              "ondersteuning en advies. Twee keer per jaar organiseert de OPR een bijeenkomst voor de "
              "medezeggenschapsraden van de aangesloten scholen."))

    B.append(("h1", "13. Personeel, ICT en privacy"))
    B.append(("p", "Het lerarentekort en het tekort aan specialisten raken ook onze scholen. Rivierenhof "
              "organiseert een gezamenlijk scholingsaanbod voor mentoren en ondersteuningscoördinatoren en een "
              "netwerk waarin scholen elkaars expertise kunnen inzetten. Nieuwe medewerkers van het bureau krijgen "
              "een inwerkprogramma op de scholen."))
    B.append(("p", "Rivierenhof is ook werkgever. De medewerkers van het bureau en de trajectbegeleiders zijn in "
              "dienst van de stichting. We hebben een eigen personeelsbeleid met jaarlijkse gesprekken, een "
              "scholingsbudget per medewerker en aandacht voor werkdruk. De consulenten werken in koppels, zodat "
              "scholen bij ziekte of vakantie altijd iemand kunnen bereiken."))
    B.append(("p", "De communicatie met de scholen loopt via de ondersteuningscoördinatoren. Zij krijgen elke maand "
              "een digitale nieuwsbrief en komen vijf keer per jaar bij elkaar in het netwerk "
              "ondersteuningscoördinatoren. Directeuren en bestuurders worden geïnformeerd in het directeurenoverleg "
              "en de Raad van Deelnemers. Belangrijke besluiten staan binnen een week op de website."))
    B.append(("p", "Op het gebied van ICT werken we samen met de schoolbesturen. Het bureau gebruikt dezelfde "
              "kantoorsoftware als de meeste scholen, zodat documenten makkelijk kunnen worden gedeeld. "
              "Vergaderingen met scholen zijn vaak online, zodat consulenten en ondersteuningscoördinatoren minder "
              "hoeven te reizen in ons uitgestrekte gebied. Voor 2027 staat een nieuw registratiesysteem gepland, "
              "dat beter aansluit op de systemen van de scholen."))
    B.append(("p", "Voor aanvragen gebruiken we een digitaal groeidocument. Alleen medewerkers die het nodig hebben "
              "voor hun werk kunnen de gegevens inzien. We verwerken persoonsgegevens volgens de AVG en bewaren "
              "dossiers niet langer dan nodig."))

    B.append(("h1", "14. Planning op hoofdlijnen"))
    B.append(("table", [
        ["Periode", "Activiteit"],
        ["najaar 2026", "Kwaliteitskader vaststellen"],
        ["schooljaar 2026-2027", "Werkwijzer Terugkeer; plusprogramma hoogbegaafdheid"],
        ["voorjaar 2027", "Nieuw verdeelmodel; Standaard basisondersteuning (na landelijke norm)"],
        ["2028", "Tussenevaluatie"],
        ["2029-2030", "Voorbereiding volgend ondersteuningsplan"],
    ]))

    B.append(("h1", "Begrippenlijst"))
    B.append(("dl", [
        ("Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning dat elke school biedt, zoals "
                               "mentorbegeleiding, dyslexiebegeleiding en een ondersteuningscoördinator."),
        ("Beoogde resultaten", "De doelen die het samenwerkingsverband wil bereiken."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("Terugplaatsing", "Overstap van een leerling van het vso naar het regulier vo, na afloop van de TLV."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "De regels waarmee het samenwerkingsverband geld over de schoolbesturen verdeelt."),
    ]))
    return B


def labels_rivierenhof():
    crit = {c: False for c in CORE}
    for c in ["plaatsing.criteria", "terugstroom.beleid", "financien.besteding", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"]:
        crit[c] = True
    status = {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"}
    adv = {"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Chapter 4 exists but only defers to a future Standaard after the landelijke norm ('p.m.'); the only definition and example list are in the begrippenlijst; the 'Op de eigen school' row of the chapter 5 table is extra support, not an agreed minimum.",
        "plaatsing": "Criteria table for vso plus national pro/lwoo criteria in chapter 6; the procedure (steps, forms, terms) is only referred to bijlage 3, which is not part of the input.",
        "terugstroom": "Chapter 7: policy (uitgangspunt, conditions, 6 months ambulante begeleiding) addressed; procedure deferred to 'werkwijzer Terugkeer' in 2026-2027.",
        "financien": "Chapter 8: multi-year begroting 2026-2029 with amounts (besteding); verdeling deferred to a new verdeelmodel (spring 2027), 'blijft zoals de afgelopen jaren' gives no criteria.",
        "dekkend-aanbod": "Chapter 5: four-layer table of provisions (continuum); Thuiszitterstafel, wachtlijst vso overbrugging, HB gap, zorgplicht casusoverleg (lacunes).",
        "resultaten": "Chapter 9 is only a p.m. placeholder; 'Beoogde resultaten' only in the begrippenlijst; the leerlingen table in chapter 2 is context, no targets or monitoring.",
        "ouders": "Chapter 10: website pages, schoolgids, January evening, consulent (informatie); Oudersteunpunt Rivierenhof, Onderwijsconsulenten, Geschillencommissie (steunpunt); hoorrecht OPP.",
    }
    return status, crit, adv, notes

# ===========================================================================
# P5  PO  Vecht en Plassen -- korte versie, thin, markdown
# ===========================================================================

def plan_vechtenplassen():
    B = []
    B.append(("title", "Ondersteuningsplan 2026-2030 - korte versie", [
        "Samenwerkingsverband Passend Onderwijs Vecht en Plassen (PO 24-05)",
        "Voor ouders, leerkrachten en partners. Geschreven op taalniveau B1.",
        "Planperiode: 1 augustus 2026 - 31 juli 2030",
        "Instemming OPR: 19 maart 2026. Vastgesteld door het bestuur: 26 maart 2026.",
    ]))
    B.append(("toc", [
        "Samenvatting voor ouders",
        "1. Voorwoord",
        "2. Wie zijn wij?",
        "3. Waar staan we voor?",
        "4. Basisondersteuning",
        "5. Extra hulp en een passende plek",
        "6. Speciaal (basis)onderwijs en de TLV",
        "7. Terug naar de basisschool",
        "8. Geld",
        "9. Resultaten: wat bereiken we?",
        "10. Ouders",
        "11. Samenwerking met de gemeenten",
        "12. Organisatie, OPR en personeel",
        "13. Wat gaan we wanneer doen?",
        "Woordenlijst",
    ]))

    B.append(("h1", "Samenvatting voor ouders"))
    B.append(("p", "Dit is de korte versie van ons ondersteuningsplan. Hierin leest u hoe de scholen in Vecht en "
              "Plassen samen zorgen voor goed onderwijs voor elk kind, ook als uw kind wat extra nodig heeft. "
              "Het plan geldt vier schooljaren."))
    B.append(("ul", [
        "Elke school biedt basisondersteuning (hoofdstuk 4).",
        "Is dat niet genoeg? Dan is er extra hulp op school of op een andere plek in de buurt (hoofdstuk 5).",
        "Zit uw kind op een speciale school? Dan kijken we elk jaar of het terug kan naar een gewone "
        "basisschool (hoofdstuk 7).",
        "Wilt u onafhankelijk advies? Bel het Ouderpunt Vecht en Plassen (hoofdstuk 10).",
    ]))
    B.append(("p", "Op een paar punten is dit plan nog niet af. Dat komt doordat er landelijk veel verandert. We "
              "zeggen in het plan eerlijk waar dat zo is en wanneer we het verder uitwerken."))

    B.append(("h1", "1. Voorwoord"))
    B.append(("p", "Beste ouders, leerkrachten en partners,"))
    B.append(("p", "Het is voor het eerst dat wij een korte versie van ons ondersteuningsplan maken. We kregen "
              "namelijk vaak de vraag: 'Wat staat er nu eigenlijk in dat plan?' Het vorige plan was lang en "
              "moeilijk. Dat moest anders. Daarom hebben we dit plan samen met een groep ouders en leerkrachten "
              "geschreven. Zij lazen elke tekst en zeiden ons als iets niet duidelijk was."))
    B.append(("p", "Passend onderwijs is volop in beweging. De landelijke overheid werkt aan nieuwe regels over "
              "basisondersteuning, over de rechten van ouders en over de bekostiging. Sommige keuzes kunnen wij "
              "daarom nog niet maken. Dat vinden we niet fijn, maar we willen ook geen afspraken maken die over "
              "een jaar alweer veranderen. Waar het plan nog niet af is, zeggen we dat eerlijk."))
    B.append(("p", "We hopen dat u dit plan graag leest. Heeft u een opmerking of een vraag over de tekst? Laat het "
              "ons weten via de secretaris van de ondersteuningsplanraad."))
    B.append(("p", "Johan Verbeek, directeur-bestuurder"))

    B.append(("h2", "Hoe is dit plan gemaakt?"))
    B.append(("p", "We begonnen in september 2025 met drie bijeenkomsten voor intern begeleiders en directeuren. "
              "Daarna schreef een kleine groep, met twee ouders, twee leerkrachten, een intern begeleider en twee "
              "medewerkers van het samenwerkingsverband, de eerste versie. De schoolbesturen lazen mee in december. "
              "In januari en februari 2026 bespraken we de tekst met de gemeenten en de ondersteuningsplanraad. "
              "Een taalbureau heeft de tekst nagekeken op begrijpelijkheid. Daarna stelde het bestuur het plan "
              "vast."))

    B.append(("h1", "2. Wie zijn wij?"))
    B.append(("p", "Vecht en Plassen is een samenwerkingsverband van acht schoolbesturen. Samen hebben zij 41 "
              "basisscholen, 1 school voor speciaal basisonderwijs (De Sprong) en 2 scholen voor speciaal "
              "onderwijs (De Linde en De Kraanvogel). Ongeveer 9.300 kinderen gaan naar deze scholen. De scholen "
              "liggen in de gemeenten Vechtoever, Plassengebied en Loenerveen."))
    B.append(("p", "Onze regio is heel verschillend. Er zijn grote scholen in de nieuwbouwwijken van Vechtoever en "
              "kleine dorpsscholen in het plassengebied, soms met minder dan vijftig leerlingen. Dat maakt "
              "samenwerken belangrijk. Een kleine school kan niet alles alleen."))
    B.append(("p", "Het samenwerkingsverband heeft een klein bureau met zeven medewerkers: de directeur-bestuurder, "
              "vier onderwijsadviseurs, een secretaris en een medewerker voor financiën en administratie. De "
              "onderwijsadviseurs zijn vaak op de scholen te vinden."))

    B.append(("h2", "Wat is passend onderwijs?"))
    B.append(("p", "Passend onderwijs betekent: elk kind krijgt onderwijs dat bij hem of haar past. Ook als een kind "
              "extra hulp nodig heeft. Alle scholen in een regio werken daarvoor samen in een samenwerkingsverband. "
              "Scholen moeten een passende plek bieden of zoeken voor elk kind dat bij hen wordt aangemeld. Dat "
              "heet zorgplicht. Het samenwerkingsverband helpt daarbij. Het samenwerkingsverband geeft zelf geen "
              "les: uw kind staat ingeschreven op een school, en de school blijft verantwoordelijk voor het "
              "onderwijs. Wij zijn er om de scholen te helpen."))

    B.append(("h1", "3. Waar staan we voor?"))
    B.append(("p", "Wij vinden dat elk kind naar school moet kunnen in de eigen buurt. Een kind hoort bij de "
              "kinderen uit de straat en het dorp. Soms lukt dat niet en heeft een kind een speciale plek nodig. "
              "Dan moet die plek er ook zijn."))
    B.append(("p", "Onze kernwaarden zijn: dichtbij, samen, eerlijk en op tijd. Dichtbij betekent dat hulp zo veel "
              "mogelijk in de eigen klas en de eigen school komt. Samen betekent dat we niet over kinderen praten, "
              "maar met hen en hun ouders. Eerlijk betekent dat we zeggen wat wel en niet kan. En op tijd betekent "
              "dat we niet wachten tot een probleem groot is geworden."))
    B.append(("p", "Bij alles wat we doen, stellen we drie vragen: Wat heeft dit kind nodig? Wat heeft de leerkracht "
              "nodig om dit kind te helpen? En wat hebben de ouders nodig? We werken vanuit vertrouwen. Scholen "
              "krijgen ruimte om zelf keuzes te maken. Wij helpen waar het nodig is."))
    B.append(("p", "We werken graag samen: met ouders, met de jeugdhulp, met de gemeenten, met de kinderopvang en "
              "met het voortgezet onderwijs. Want een kind stopt niet bij het schoolhek."))

    B.append(("h2", "Wat hebben we geleerd van het vorige plan?"))
    B.append(("p", "Het vorige plan liep van 2022 tot 2026. In die jaren gebeurde er veel. De coronatijd liet "
              "sporen na bij kinderen en leerkrachten. Het lerarentekort werd groter. En er kwamen meer kinderen "
              "met zorgen over gedrag en over hoe ze zich voelen. Scholen vertelden ons dat zij vooral hulp "
              "nodig hebben in de klas, en minder formulieren."))
    B.append(("p", "We hebben daarom de onderwijsadviseurs meer tijd op de scholen gegeven. Elke school heeft nu "
              "een vaste onderwijsadviseur die minstens één keer per maand langskomt. Ook hebben we het "
              "groeidocument korter gemaakt. Leerkrachten merken dat: in de vragenlijst van 2025 gaf 71 procent "
              "van de intern begeleiders aan dat de samenwerking met het samenwerkingsverband beter is geworden."))

    B.append(("h1", "4. Basisondersteuning"))
    B.append(("p", "Alle scholen in Vecht en Plassen hebben afgesproken wat ze minimaal bieden aan ieder kind. Dat "
              "noemen we basisondersteuning. Elke school en elke locatie moet dit niveau halen, ook de kleinste "
              "dorpsschool."))
    B.append(("p", "Basisondersteuning bestaat uit vier onderdelen:"))
    B.append(("ul", [
        "Basiskwaliteit: de school geeft goed onderwijs, zoals de inspectie dat vraagt.",
        "Preventieve en licht curatieve interventies: de school signaleert problemen op tijd en doet er iets aan.",
        "Een ondersteuningsstructuur: de school heeft de ondersteuning goed georganiseerd.",
        "Planmatig werken: de school werkt met doelen en kijkt of die gehaald worden.",
    ]))
    B.append(("p", "Wat dat precies betekent, verschilt nu nog per school. In schooljaar 2026-2027 maken we samen "
              "met de scholen één lijst met wat elke school concreet biedt. Daarbij gebruiken we de landelijke "
              "norm voor basisondersteuning zodra die er is."))

    B.append(("h1", "5. Extra hulp en een passende plek"))
    B.append(("p", "Heeft een kind meer nodig dan de basisondersteuning? Dan zijn er meer mogelijkheden. We "
              "beginnen altijd zo dicht mogelijk bij huis en zo licht mogelijk."))
    B.append(("ol", [
        "In de klas: de leerkracht past het onderwijs aan, met hulp van de intern begeleider.",
        "Het ondersteuningsteam (OT): de intern begeleider, een onderwijsadviseur van het samenwerkingsverband "
        "en u als ouder bespreken samen wat uw kind nodig heeft. Soms schuift iemand van het jeugdteam aan.",
        "Een arrangement op de eigen school: bijvoorbeeld een half jaar extra begeleiding door een specialist, "
        "of een aangepast programma voor een kind dat veel meer aankan.",
        "Een plek buiten de eigen school voor een tijdje: de observatiegroep De Vlonder (tien weken), de "
        "plusgroep voor hoogbegaafde kinderen (één dag per week) of de taalklas voor nieuwkomers (één jaar).",
        "Een speciale school: sbo De Sprong, so De Linde (cluster 3) of so De Kraanvogel (cluster 4).",
    ]))
    B.append(("h2", "Kinderen die meer aankunnen"))
    B.append(("p", "Sommige kinderen leren heel snel. Ook zij hebben soms extra hulp nodig, bijvoorbeeld omdat ze "
              "zich vervelen of niet hebben geleerd hoe je leert. In de klas krijgen zij verrijkingswerk. Kinderen "
              "die meer nodig hebben, kunnen één dag per week naar de plusgroep. Die zit in Vechtoever en in "
              "Loenerveen, zodat kinderen niet te ver hoeven te reizen."))
    B.append(("h2", "Kinderen die net in Nederland zijn"))
    B.append(("p", "Kinderen die net in Nederland wonen en nog geen Nederlands spreken, gaan eerst een jaar naar de "
              "taalklas in Vechtoever. Daarna gaan ze naar een basisschool in de buurt. De taalklas geeft de "
              "nieuwe school informatie over wat het kind al kan en helpt de leerkracht het eerste half jaar."))
    B.append(("h2", "Kinderen met een ziekte of beperking"))
    B.append(("p", "Kinderen die langdurig ziek zijn of een lichamelijke beperking hebben, gaan zo veel mogelijk "
              "naar een gewone school. Een ambulant begeleider van so De Linde helpt de school daarbij. Is een "
              "kind te ziek om naar school te gaan, dan regelen we met de consulent onderwijs aan zieke leerlingen "
              "onderwijs thuis of in het ziekenhuis."))
    B.append(("p", "Sommige kinderen hebben zowel onderwijs als zorg nodig. Dan maken we samen met de gemeente een "
              "onderwijs-zorgarrangement. De zorg kan dan onder schooltijd, op school, worden gegeven."))
    B.append(("h2", "Van kinderopvang naar school en van basisschool naar vo"))
    B.append(("p", "Een goede start is belangrijk. Peuterspeelzalen en kinderopvang geven bij de overstap naar "
              "groep 1 een overdrachtsformulier mee, met toestemming van ouders. Heeft een peuter extra hulp nodig, "
              "dan is er vóór de eerste schooldag een gesprek tussen de voorschool, de basisschool en de ouders. "
              "Aan het einde van de basisschool geldt hetzelfde: kinderen met een OPP of een arrangement krijgen "
              "een warme overdracht naar het voortgezet onderwijs."))
    B.append(("h2", "Een voorbeeld: Sem"))
    B.append(("p", "Sem zit in groep 5. Hij kan zich moeilijk concentreren en raakt vaak in conflict met andere "
              "kinderen. Zijn leerkracht probeert eerst zelf een aanpak: een vaste plek in de klas, korte taken en "
              "een beloningskaart. Dat helpt een beetje, maar niet genoeg. De intern begeleider bespreekt Sem in "
              "het ondersteuningsteam, samen met zijn moeder en de onderwijsadviseur. Ze spreken af dat Sem een "
              "half jaar twee ochtenden per week extra begeleiding krijgt van een gedragsspecialist (een "
              "arrangement). Na drie maanden kijken ze samen of het werkt. Sem gaat er vooruit en blijft op zijn "
              "eigen school."))
    B.append(("h2", "Geen kind thuis"))
    B.append(("p", "In schooljaar 2024-2025 zaten in onze regio 12 kinderen langer dan vier weken thuis zonder "
              "onderwijs. Dat zijn er 12 te veel. Daarom hebben we deze afspraken:"))
    B.append(("ul", [
        "Een school meldt een kind dat dreigt thuis te komen zitten binnen een week bij de leerplichtambtenaar en "
        "bij onze onderwijsadviseur.",
        "Binnen twee weken is er een overleg met ouders, school, leerplicht en jeugdteam. Daar maken we een plan "
        "met een datum waarop het kind weer naar school gaat, al is het maar een paar uur per dag.",
        "Elke zes weken bespreekt het Thuiszittersoverleg alle kinderen die nog thuis zitten.",
        "Komt niemand tot een oplossing, dan beslist de directeur-bestuurder samen met de wethouder.",
    ]))
    B.append(("p", "Scholen hebben zorgplicht. Als u uw kind aanmeldt, moet de school een passende plek bieden of "
              "zoeken. Lukt dat niet binnen tien weken, dan helpt onze onderwijsadviseur bij het zoeken. Voor de "
              "observatiegroep en het so houden we een wachtlijst bij. Staat een kind langer dan zes weken op de "
              "wachtlijst, dan bespreken we het in het Thuiszittersoverleg."))

    B.append(("h1", "6. Speciaal (basis)onderwijs en de TLV"))
    B.append(("p", "Over de toelaatbaarheidsverklaring (TLV) maken we in 2026 nieuwe afspraken met de scholen voor "
              "speciaal basisonderwijs en speciaal onderwijs. Tot die tijd blijft de huidige werkwijze gelden. "
              "De nieuwe afspraken komen in een aanvulling op dit plan."))

    B.append(("h1", "7. Terug naar de basisschool"))
    B.append(("p", "Zit uw kind op De Sprong, De Linde of De Kraanvogel? Dan gaat het zo:"))
    B.append(("ol", [
        "Elk jaar in het voorjaar bespreekt de speciale school met u het ontwikkelingsperspectief (OPP) van uw "
        "kind. Daarbij staat altijd de vraag op de agenda of terugplaatsing naar een basisschool mogelijk is.",
        "In het laatste jaar van de TLV, vóór 1 februari, vindt een terugplaatsingsgesprek plaats met u, de "
        "speciale school en een onderwijsadviseur van het samenwerkingsverband.",
        "De onderwijsadviseur neemt vóór 1 maart het besluit of uw kind teruggaat, na overleg met u.",
        "Gaat uw kind terug, dan zoekt de speciale school samen met u vóór 1 mei een basisschool. De TLV stopt "
        "dan op 31 juli.",
        "Kan uw kind nog niet terug, dan blijft het op de speciale school. Daarvoor is een nieuwe TLV nodig.",
    ]))
    B.append(("p", "Ons beleid voor terugplaatsing (wat we willen bereiken, welke voorwaarden gelden en welke hulp "
              "een kind na de overstap krijgt) herzien we in 2026. Het nieuwe beleid komt in het jaarplan 2027."))

    B.append(("h1", "8. Geld"))
    B.append(("p", "Het samenwerkingsverband krijgt geld van het Rijk voor extra ondersteuning. Over de verdeling "
              "van dat geld praten we in 2026 met de schoolbesturen, omdat de landelijke regels voor de "
              "bekostiging veranderen. Het nieuwe verdeelmodel en de meerjarenbegroting 2026-2030 staan in een "
              "apart document, dat het bestuur in december 2026 vaststelt."))

    B.append(("h1", "9. Resultaten: wat bereiken we?"))
    B.append(("p", "Welke resultaten we in deze planperiode precies willen halen, spreken we af als de landelijke "
              "norm voor basisondersteuning en het nieuwe verdeelmodel er zijn. We verwachten dat in de loop van "
              "2027."))
    B.append(("p", "Wel volgen we nu al hoe het gaat. Elk jaar in oktober verzamelen we de cijfers in de "
              "Vechtmonitor. We kijken naar het aantal TLV's, het aantal kinderen in het sbo en so, het aantal "
              "thuiszitters, het aantal terugplaatsingen en hoe tevreden scholen en ouders zijn. Het bestuur en de "
              "OPR bespreken de Vechtmonitor in december. De uitkomsten staan in het jaarverslag, dat in juni "
              "verschijnt. Als de cijfers de verkeerde kant op gaan, vraagt het bestuur het bureau om een "
              "verbeterplan."))
    B.append(("table", [
        ["Vechtmonitor", "2023-2024", "2024-2025"],
        ["Afgegeven TLV's", "68", "61"],
        ["Leerlingen sbo en so (1 oktober)", "402", "395"],
        ["Thuiszitters langer dan vier weken", "15", "12"],
        ["Terugplaatsingen naar een basisschool", "14", "19"],
        ["Tevredenheid ouders (rapportcijfer)", "7,0", "7,1"],
    ]))

    B.append(("h1", "10. Ouders"))
    B.append(("p", "U kent uw kind het best. Daarom bent u altijd welkom bij het ondersteuningsteam en praat u "
              "mee over het OPP van uw kind. Ook uw kind mag zeggen wat het ervan vindt."))
    B.append(("p", "Hoe we ouders beter gaan informeren over de ondersteuning in onze regio, bedenken we samen met "
              "de oudergeleding van de OPR. Een plan daarvoor volgt in 2027."))
    B.append(("h2", "Onafhankelijke hulp"))
    B.append(("p", "Wilt u advies van iemand die niet van de school of van het samenwerkingsverband is? Neem dan "
              "contact op met het Ouderpunt Vecht en Plassen. Dat is ons ouder- en jeugdsteunpunt. Het wordt "
              "uitgevoerd door MEE en werkt onafhankelijk. U kunt bellen, mailen of een afspraak maken. Een "
              "medewerker kan met u meegaan naar een gesprek op school. U kunt ook gratis terecht bij de "
              "Onderwijsconsulenten. Komt u er met de school niet uit? Dan kunt u een klacht indienen bij de "
              "klachtencommissie van het schoolbestuur of naar de Geschillencommissie passend onderwijs gaan."))

    B.append(("h1", "11. Samenwerking met de gemeenten"))
    B.append(("p", "Op 5 maart 2026 hebben we het op overeenstemming gericht overleg (OOGO) gevoerd met de drie "
              "gemeenten. De gemeenten zijn het eens met dit plan. We hebben afgesproken dat elke school een vaste "
              "contactpersoon van het jeugdteam heeft, dat gemeenten meedoen aan het Thuiszittersoverleg en dat we "
              "samen kijken naar het leerlingenvervoer naar De Linde en De Kraanvogel."))
    B.append(("p", "De gemeenten en het samenwerkingsverband hebben samen een doel: kinderen en gezinnen snel de "
              "juiste hulp geven, zonder dat ze van het kastje naar de muur worden gestuurd. Daarom is er in elke "
              "gemeente één aanspreekpunt voor scholen met vragen over jeugdhulp. En daarom bespreken we twee keer "
              "per jaar met de wethouders hoe het gaat. Onderwerpen voor de komende jaren zijn zorg onder "
              "schooltijd, het leerlingenvervoer en de huisvesting van de observatiegroep De Vlonder."))

    B.append(("h1", "12. Organisatie, OPR en personeel"))
    B.append(("p", "Vecht en Plassen is een stichting. De directeur-bestuurder leidt de stichting. Een raad van "
              "toezicht met vijf leden houdt toezicht. De acht schoolbesturen praten twee keer per jaar mee in het "
              "bestuurlijk overleg."))
    B.append(("p", "De ondersteuningsplanraad (OPR) heeft acht leden, vier ouders en vier leerkrachten. De OPR heeft "
              "op 19 maart 2026 ingestemd met dit plan. Het plan gaat vóór 1 mei 2026 naar de inspectie."))
    B.append(("p", "De OPR vergadert vijf keer per jaar. De leden worden gekozen door de medezeggenschapsraden van de "
              "scholen. Zij krijgen scholing over hun taak en een vergoeding voor hun tijd. De directeur-bestuurder "
              "praat bij elke vergadering een uur mee. Zo hoort de OPR wat er speelt en kan zij op tijd vragen "
              "stellen over nieuwe plannen, zoals het nieuwe verdeelmodel en de afspraken over de TLV."))
    B.append(("p", "Het bestuur vergadert zes keer per jaar. Eén keer per jaar is er een gezamenlijke vergadering van "
              "het bestuur, de raad van toezicht en de OPR, waarin we terugkijken en vooruitkijken. Zo weten alle "
              "partijen waar het samenwerkingsverband mee bezig is."))
    B.append(("p", "Ook in onze regio zijn er te weinig leerkrachten. Dat maakt het moeilijker om kinderen die "
              "extra hulp nodig hebben goed te helpen. Samen met de schoolbesturen zoeken we naar oplossingen, "
              "zoals onderwijsassistenten die extra zijn opgeleid voor gedrag, en het delen van specialisten "
              "tussen scholen. Onderwijsadviseurs van het samenwerkingsverband geven trainingen op school, "
              "bijvoorbeeld over omgaan met gedrag in de klas of over het opstellen van een OPP."))
    B.append(("p", "Leerkrachten en intern begeleiders kunnen bij ons terecht voor scholing en advies. We organiseren "
              "elk jaar een studiedag over passend onderwijs en een netwerk voor intern begeleiders. Gegevens over "
              "kinderen behandelen we zorgvuldig, volgens de privacywet (AVG)."))

    B.append(("h1", "13. Wat gaan we wanneer doen?"))
    B.append(("table", [
        ["Wanneer", "Wat"],
        ["2026", "Nieuwe afspraken TLV; nieuw verdeelmodel en meerjarenbegroting (december)"],
        ["2026-2027", "Lijst basisondersteuning per school; beleid terugplaatsing herzien"],
        ["2027", "Doelen voor de planperiode vaststellen; plan voor informatie aan ouders"],
        ["2028", "Tussenevaluatie met OPR, scholen en gemeenten"],
        ["2029-2030", "Nieuw ondersteuningsplan"],
    ]))

    B.append(("h1", "Tot slot"))
    B.append(("p", "Dit plan is kort, maar het gaat over iets groots: de kansen van kinderen in onze regio. We weten "
              "dat het plan nog niet overal af is. We hebben eerlijk opgeschreven wat we nog moeten uitwerken en "
              "wanneer. De OPR houdt ons daaraan: elke uitwerking komt terug in de OPR, en waar nodig vragen we "
              "opnieuw om instemming."))
    B.append(("p", "Wij bedanken alle ouders, leerkrachten, intern begeleiders, directeuren, bestuurders en "
              "partners die hebben meegedacht. Samen zorgen we ervoor dat elk kind in Vecht en Plassen een plek "
              "heeft waar het kan leren en groeien."))

    B.append(("h1", "Woordenlijst"))
    B.append(("dl", [
        ("Arrangement", "Extra hulp voor een kind, voor een bepaalde tijd."),
        ("Bezwaar", "Als u het niet eens bent met een besluit over een TLV, kunt u binnen zes weken bezwaar maken."),
        ("Meerjarenbegroting", "Overzicht van wat het samenwerkingsverband de komende jaren uitgeeft."),
        ("OPP", "Ontwikkelingsperspectief."),
        ("OPR", "Ondersteuningsplanraad."),
        ("Schoolgids", "Boekje of website van de school, waarin ook staat welke ondersteuning de school biedt."),
        ("TLV", "Toelaatbaarheidsverklaring: het besluit dat een kind naar het sbo of so mag. Twee deskundigen "
                "geven hierover advies."),
        ("Verdeelmodel", "De regels voor het verdelen van geld over de scholen."),
    ]))
    return B


def labels_vechtenplassen():
    crit = {c: False for c in CORE}
    for c in ["basisondersteuning.niveau", "terugstroom.procedure", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.steunpunt"]:
        crit[c] = True
    status = {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"}
    adv = {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4: agreed minimum for every school and location (niveau); content is only the generic four-aspect Referentiekader definition and 'verschilt nu nog per school', the concrete list is deferred to 2026-2027.",
        "plaatsing": "H6 only defers ('in 2026 nieuwe afspraken ... huidige werkwijze blijft gelden ... aanvulling'); bezwaar and deskundigen only in the woordenlijst; TLV mentions in H5/H7 are passing.",
        "terugstroom": "H7: procedure steps (yearly OPP, talk before 1 Feb, decision by onderwijsadviseur before 1 March, school before 1 May, TLV ends 31 July); policy explicitly deferred to jaarplan 2027.",
        "financien": "H8 'Geld' only says the verdeelmodel and meerjarenbegroting are in a separate document to be adopted December 2026; nothing else on money.",
        "dekkend-aanbod": "H5: five-step continuum incl. De Vlonder, plusgroep, taalklas, sbo/so, OZA; 'Geen kind thuis' with terms, Thuiszittersoverleg, zorgplicht and wachtlijst.",
        "resultaten": "H9: intended results deferred to 2027; monitoring addressed (Vechtmonitor each October, bespreking bestuur/OPR, jaarverslag June, table with reported figures).",
        "ouders": "H10: independent help (Ouderpunt = OJSP via MEE, Onderwijsconsulenten, klachten/Geschillencommissie); how parents are informed is deferred ('plan volgt in 2027'); schoolgids only in the woordenlijst.",
    }
    return status, crit, adv, notes

# ===========================================================================
# NP  school-level 'ondersteuningsplan' of one basisschool (not an SWV plan), docx
# ===========================================================================

def np_wilgenhoek():
    B = []
    B.append(("title", "Ondersteuningsplan OBS De Wilgenhoek 2026-2027", [
        "Openbare basisschool De Wilgenhoek, Aalburgh - onderdeel van Stichting Openbaar Onderwijs Lingeland",
        "Aangesloten bij Samenwerkingsverband Passend Onderwijs Lingeland (PO 26-07)",
        "Ouderversie - besproken in de medezeggenschapsraad op 9 september 2026",
    ]))
    B.append(("toc", [
        "1. Waarom dit plan?",
        "2. Onze leerlingen",
        "3. De zorgniveaus op De Wilgenhoek",
        "4. Basisondersteuning op onze school",
        "5. De leerlingbespreking en het ondersteuningsteam",
        "6. Als onze school het niet alleen kan: arrangement en TLV",
        "7. Leerlingen die terugkomen uit het sbo",
        "8. Middelen van het samenwerkingsverband",
        "9. Onze resultaten en doelen voor dit schooljaar",
        "10. Ouders",
        "11. Jaarplanning zorg",
    ]))
    B.append(("h1", "1. Waarom dit plan?"))
    B.append(("p", "Elk schooljaar schrijft ons ondersteuningsteam een ondersteuningsplan voor De Wilgenhoek. Daarin "
              "staat hoe wij op school de zorg voor leerlingen organiseren: welke zorgniveaus we hebben, wanneer "
              "we groeps- en leerlingbesprekingen houden en wie wat doet. Dit plan hoort bij ons "
              "schoolondersteuningsprofiel en bij de schoolgids. Het ondersteuningsplan van het "
              "samenwerkingsverband Lingeland gaat over de hele regio; dit plan gaat alleen over onze school."))
    B.append(("p", "Deze ouderversie is korter dan de versie voor het team. De groepsoverzichten en namen van "
              "leerlingen staan er natuurlijk niet in."))
    B.append(("h1", "2. Onze leerlingen"))
    B.append(("p", "De Wilgenhoek heeft op 1 oktober 2025 286 leerlingen in twaalf groepen. Ongeveer een derde van "
              "de kinderen groeit meertalig op. In schooljaar 2025-2026 hadden 19 leerlingen een "
              "ontwikkelingsperspectief (OPP) en werkten 7 leerlingen met een arrangement van het "
              "samenwerkingsverband. Twee leerlingen gingen naar het speciaal basisonderwijs."))
    B.append(("h1", "3. De zorgniveaus op De Wilgenhoek"))
    B.append(("table", [
        ["Zorgniveau", "Wat houdt het in?", "Wie?"],
        ["1", "Goed lesgeven aan de hele groep, met instructie op drie niveaus", "Leerkracht"],
        ["2", "Extra instructie of oefening in een klein groepje in de klas", "Leerkracht"],
        ["3", "Specifieke hulp na overleg met de intern begeleider, met een eigen plannetje", "Leerkracht en IB'er"],
        ["4", "Hulp met advies van buiten de school, via het ondersteuningsteam", "IB'er, consulent, ouders"],
        ["5", "Een arrangement of verwijzing naar speciaal (basis)onderwijs", "Directeur, bestuur, "
                                                                                   "samenwerkingsverband"],
    ]))
    B.append(("h1", "4. Basisondersteuning op onze school"))
    B.append(("p", "Wij bieden de basisondersteuning die in het samenwerkingsverband is afgesproken. Op onze school "
              "betekent dat onder meer: een intern begeleider die vier dagen per week op school is, een "
              "leesspecialist, een rekenspecialist, de Kanjertraining in alle groepen, een plusklas op "
              "donderdagmiddag en drie uur per week extra Nederlandse taal voor nieuwkomers in groep 3 tot en met "
              "8. Onze dyslexie- en dyscalculieprotocollen liggen ter inzage bij de IB'er."))
    B.append(("h1", "5. De leerlingbespreking en het ondersteuningsteam"))
    B.append(("p", "Drie keer per jaar, in oktober, februari en juni, bespreekt elke leerkracht de groep met de IB'er. "
              "Daarna volgen leerlingbesprekingen voor kinderen over wie we ons zorgen maken. Komen we er als school "
              "niet uit, dan bespreken we het kind in het ondersteuningsteam. Daarin zitten de IB'er, de consulent "
              "van het samenwerkingsverband, de jeugdprofessional van de gemeente en u als ouder. Het OT komt zes "
              "keer per jaar bij elkaar."))
    B.append(("h1", "6. Als onze school het niet alleen kan: arrangement en TLV"))
    B.append(("p", "Soms heeft een kind meer nodig dan wij met de basisondersteuning kunnen bieden. Dan vraagt de "
              "IB'er, na overleg met u, een arrangement aan bij het Loket van het samenwerkingsverband. Soms is een "
              "andere school beter. Voor het speciaal basisonderwijs of speciaal onderwijs is een "
              "toelaatbaarheidsverklaring (TLV) nodig. Die vraagt ons schoolbestuur aan bij het "
              "samenwerkingsverband; het samenwerkingsverband beslist. De regels daarvoor staan in het "
              "ondersteuningsplan van Lingeland. Wij helpen u bij het zoeken naar een passende school."))
    B.append(("h1", "7. Leerlingen die terugkomen uit het sbo"))
    B.append(("p", "Af en toe komt een leerling van het speciaal basisonderwijs terug naar De Wilgenhoek. Wij "
              "bereiden dat samen met de sbo-school en de ouders voor. De leerling komt eerst een paar ochtenden "
              "meedraaien. In de eerste maanden begeleidt een ambulant begeleider van de sbo-school het kind en "
              "de leerkracht."))
    B.append(("h1", "8. Middelen van het samenwerkingsverband"))
    B.append(("p", "Onze school krijgt van ons schoolbestuur een deel van het budget dat het samenwerkingsverband "
              "aan het bestuur geeft. Voor 2026 is dat ongeveer 56.000 euro. Daarvan betalen we een deel van de "
              "IB-uren, de lees- en rekenspecialist en de plusklas. Voor arrangementen krijgen we apart geld van "
              "het Loket."))
    B.append(("h1", "9. Onze resultaten en doelen voor dit schooljaar"))
    B.append(("p", "Onze eindtoetsresultaten lagen in 2026 boven de signaleringswaarde van de inspectie. Dit "
              "schooljaar willen we dat 90% van de leerlingen met een OPP de doelen voor technisch lezen haalt. "
              "Ook willen we het aantal leerlingbesprekingen per groep terugbrengen door vroeger te signaleren."))
    B.append(("h1", "10. Ouders"))
    B.append(("p", "We bespreken zorgen altijd eerst met u. U wordt uitgenodigd voor elk overleg over uw kind. "
              "Informatie over ondersteuning vindt u in onze schoolgids en op de website van de school. Heeft u een "
              "klacht, praat dan eerst met de leerkracht of de directeur. Komt u er niet uit, dan kunt u naar de "
              "vertrouwenspersoon van de stichting of naar de landelijke klachtencommissie. Onafhankelijk advies "
              "kunt u krijgen bij het Ouder- en Jeugdsteunpunt Lingeland en bij de Onderwijsconsulenten."))
    B.append(("h1", "11. Jaarplanning zorg"))
    B.append(("table", [
        ["Maand", "Activiteit"],
        ["september", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
        ["oktober", "Groepsbesprekingen ronde 1"],
        ["november", "OT-ronde 1; screening dyslexie groep 3"],
        ["januari", "Toetsen leerlingvolgsysteem"],
        ["februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
        ["april", "OT-ronde 2; adviesgesprekken groep 8"],
        ["juni", "Groepsbesprekingen ronde 3; overdracht naar volgend schooljaar"],
    ]))
    return B


# ===========================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {}

    # P1: docx + pdf
    b = plan_lingeland()
    counts["po-lingeland-ouderversie"] = words(b)
    d = os.path.join(OUT, "po-lingeland-ouderversie.docx")
    write_docx(b, d, header="SWV Lingeland - Ondersteuningsplan 2026-2030 - versie in gewone taal",
               footer="Ondersteuningsplan Lingeland | basisondersteuning - TLV - terugplaatsing - geld - resultaten - ouders")
    docx_to_pdf(d, os.path.join(OUT, "po-lingeland-ouderversie.pdf"))
    write_label("po-lingeland-ouderversie", ["po-lingeland-ouderversie.docx", "po-lingeland-ouderversie.pdf"],
                "po", True, *labels_lingeland())

    # P2: pdf only (rendered from a temporary docx)
    b = plan_duinenpolder()
    counts["vo-duinenpolder-compact"] = words(b)
    tmpd = tempfile.mkdtemp(prefix="ho34src_")
    try:
        d = os.path.join(tmpd, "vo-duinenpolder-compact.docx")
        write_docx(b, d, header="Samenwerkingsverband VO Duin en Polder | Ondersteuningsplan 2026-2030 compact",
                   footer="VO 27-11 | dekkend aanbod - toelaatbaarheid - financiën - ouders en leerlingen")
        docx_to_pdf(d, os.path.join(OUT, "vo-duinenpolder-compact.pdf"))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    write_label("vo-duinenpolder-compact", ["vo-duinenpolder-compact.pdf"], "vo", True, *labels_duinenpolder())

    # P3: docx
    b = plan_kempenrand()
    counts["po-kempenrand-actualisatie-2027"] = words(b)
    write_docx(b, os.path.join(OUT, "po-kempenrand-actualisatie-2027.docx"),
               header="Actualisatie 2027 bij het Ondersteuningsplan 2024-2028 | SWV PO Kempenrand",
               footer="Kempenrand PO 30-08 - terugplaatsing en dekkend aanbod: zie OP 2024-2028")
    write_label("po-kempenrand-actualisatie-2027", ["po-kempenrand-actualisatie-2027.docx"], "po", True,
                *labels_kempenrand())

    # P4: html
    b = plan_rivierenhof()
    counts["vo-rivierenhof-hoofdlijnen"] = words(b)
    write_html(b, os.path.join(OUT, "vo-rivierenhof-hoofdlijnen.html"),
               "Ondersteuningsplan 2026-2030 | SWV VO Rivierenhof",
               "SWV VO Rivierenhof - Home - Ouders - Scholen - Ondersteuningsplan - Basisondersteuning - "
               "Resultaten - Contact",
               "SWV VO Rivierenhof, Onderwijscentrum Maasdijk | Ouder- en jeugdsteunpunt | Privacy | "
               "Jaarverslag en resultaten")
    write_label("vo-rivierenhof-hoofdlijnen", ["vo-rivierenhof-hoofdlijnen.html"], "vo", True,
                *labels_rivierenhof())

    # P5: markdown
    b = plan_vechtenplassen()
    counts["po-vechtenplassen-kort"] = words(b)
    write_md(b, os.path.join(OUT, "po-vechtenplassen-kort.md"))
    write_label("po-vechtenplassen-kort", ["po-vechtenplassen-kort.md"], "po", True, *labels_vechtenplassen())

    # NP: docx
    b = np_wilgenhoek()
    counts["np-po-wilgenhoek-schoolplan"] = words(b)
    write_docx(b, os.path.join(OUT, "np-po-wilgenhoek-schoolplan.docx"),
               header="OBS De Wilgenhoek - Ondersteuningsplan 2026-2027 - ouderversie",
               footer="De Wilgenhoek | zorgniveaus | ondersteuningsteam | passend onderwijs")
    write_label("np-po-wilgenhoek-schoolplan", ["np-po-wilgenhoek-schoolplan.docx"], "po", False, {}, {}, {},
                {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groeps- en "
                             "leerlingbesprekingen, jaarplanning zorg, MR instead of OPR); it refers to the SWV "
                             "plan of Lingeland but is not an ondersteuningsplan of a samenwerkingsverband "
                             "(domain 5.4 school-level near-miss)."})

    for k, v in counts.items():
        print("%-36s %5d words" % (k, v))


if __name__ == "__main__":
    main()
