#!/usr/bin/env python3
"""Generate the holdout8 test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO) in a formal, legal "article" style with many
tables, running headers/footers, a TOC, a voorwoord and a large bijlagen section, plus one near-miss
document (a regional Thuiszitterspact that discusses the plan at length but is not a plan).

Output (next to this src/ folder):
  holdout8-po-kempenrand.pdf        (rendered from .docx with LibreOffice)
  holdout8-vo-gouwevliet.pdf        (rendered from .docx with LibreOffice)
  holdout8-po-hunzeaa.docx
  holdout8-vo-zuiderzeekust.docx
  holdout8-po-maaspeel.html
  holdout8-np-thuiszitterspact.pdf  (rendered from .docx with LibreOffice)
and one <name>.expected.yaml per document.

Deterministic (no randomness, no network). Requires python-docx, PyYAML and, for the PDFs,
`soffice` (LibreOffice) on PATH.
"""
import html as htmlmod
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for readers extending the script)
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# --------------------------------------------------------------------------------------------
# Document model
#   blocks: ("p", text) ("bullets", [..]) ("table", [[hdr..], [row..], ..]) ("note", text)
#   chapter: dict(title=..., kind="front"|"chapter"|"bijlage", intro=[blocks], articles=[(title, [blocks])])
# --------------------------------------------------------------------------------------------


def P(t):
    return ("p", t)


def B(*items):
    return ("bullets", list(items))


def T(*rows):
    return ("table", [list(r) for r in rows])


def N(t):
    return ("note", t)


def chap(title, articles=(), intro=(), kind="chapter"):
    return {"title": title, "kind": kind, "intro": list(intro), "articles": list(articles)}


def front(title, blocks):
    return chap(title, intro=blocks, kind="front")


def bijlage(title, blocks):
    return chap(title, intro=blocks, kind="bijlage")


def number(chapters):
    """Assign 'Hoofdstuk n' / 'Artikel n.m' / 'Bijlage n' labels and fake page numbers."""
    out = []
    hn = 0
    bn = 0
    page = 3
    for c in chapters:
        c = dict(c)
        if c["kind"] == "chapter":
            hn += 1
            c["label"] = "Hoofdstuk %d  %s" % (hn, c["title"])
            c["arts"] = [("Artikel %d.%d  %s" % (hn, i + 1, a[0]), a[1]) for i, a in enumerate(c["articles"])]
        elif c["kind"] == "bijlage":
            bn += 1
            c["label"] = "Bijlage %d  %s" % (bn, c["title"])
            c["arts"] = []
        else:
            c["label"] = c["title"]
            c["arts"] = []
        c["page"] = page
        words = sum(len(str(b[1]).split()) for b in c["intro"]) + sum(
            len(str(x).split()) for a in c["articles"] for b in a[1] for x in ([b[1]] if b[0] != "table" else b[1]))
        page += max(1, words // 420 + 1)
        out.append(c)
    return out


def toc_entries(numbered):
    ent = []
    for c in numbered:
        ent.append((0, c["label"], c["page"]))
        for i, (lab, _) in enumerate(c["arts"]):
            ent.append((1, lab, c["page"] + i // 3))
    return ent


# --------------------------------------------------------------------------------------------
# DOCX rendering
# --------------------------------------------------------------------------------------------

def _field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _docx_blocks(doc, blocks, accent):
    for kind, val in blocks:
        if kind == "p":
            p = doc.add_paragraph(val)
            p.paragraph_format.space_after = Pt(6)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "note":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(str(r[j]) if j < len(r) else "")
                    run.font.size = Pt(9)
                    if i == 0:
                        run.bold = True
                        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                        _shade(cell, accent)
            doc.add_paragraph()


def render_docx(path, meta, chapters):
    numbered = number(chapters)
    doc = Document()
    cp = doc.core_properties
    cp.title = meta["doctitle"]
    cp.author = meta["author"]
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = meta["author"]
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = meta.get("font", "Calibri")
    st.font.size = Pt(10.5)
    for lvl, size in ((1, 16), (2, 12.5)):
        hs = doc.styles["Heading %d" % lvl]
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor.from_string(meta["accent"])
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    # running header / footer (present on every page, also the title page)
    hp = sec.header.paragraphs[0]
    hp.text = meta["header"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(meta["footer"] + "  |  pagina ")
    r.font.size = Pt(8)
    _field(fp, "PAGE")
    r = fp.add_run(" van ")
    r.font.size = Pt(8)
    _field(fp, "NUMPAGES")

    # title page
    for _ in range(5):
        doc.add_paragraph()
    for i, line in enumerate(meta["titlepage"]):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.font.size = Pt(26 if i == 0 else 13)
        run.bold = i == 0
        if i == 0:
            run.font.color.rgb = RGBColor.from_string(meta["accent"])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # table of contents
    if meta.get("toc", True):
        doc.add_heading("Inhoudsopgave", level=1)
        for lvl, lab, page in toc_entries(numbered):
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.left_indent = Cm(0.8 * lvl)
            p.paragraph_format.space_after = Pt(0)
            run = p.add_run("%s\t%d" % (lab, page))
            run.font.size = Pt(9.5 if lvl else 10.5)
            run.bold = lvl == 0
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for c in numbered:
        doc.add_heading(c["label"], level=1)
        _docx_blocks(doc, c["intro"], meta["accent"])
        for lab, blocks in c["arts"]:
            doc.add_heading(lab, level=2)
            _docx_blocks(doc, blocks, meta["accent"])
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)


def docx_to_pdf(docx_path, pdf_dir):
    prof = tempfile.mkdtemp(prefix="lo_holdout8_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", pdf_dir, docx_path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# HTML rendering
# --------------------------------------------------------------------------------------------

def _html_blocks(blocks):
    out = []
    e = htmlmod.escape
    for kind, val in blocks:
        if kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "note":
            out.append('<p class="note"><em>%s</em></p>' % e(val))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ul>")
        elif kind == "table":
            rows = val
            s = ["<table>", "<thead><tr>" + "".join("<th>%s</th>" % e(str(x)) for x in rows[0]) + "</tr></thead>",
                 "<tbody>"]
            for r in rows[1:]:
                s.append("<tr>" + "".join("<td>%s</td>" % e(str(x)) for x in r) + "</tr>")
            s.append("</tbody></table>")
            out.append("\n".join(s))
    return "\n".join(out)


def render_html(path, meta, chapters):
    numbered = number(chapters)
    e = htmlmod.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             "<title>%s</title>" % e(meta["doctitle"]),
             "<style>body{font-family:Georgia,serif;max-width:60em;margin:auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #999;padding:3px 6px}th{background:#%s;color:#fff}.note{font-size:90%%}"
             "header,footer{font-family:Arial,sans-serif;font-size:85%%;color:#555}</style>" % meta["accent"],
             "</head>", "<body>", "<header>", "<p>%s</p>" % e(meta["header"]), '<nav class="site">']
    parts.append(" | ".join('<a href="#">%s</a>' % e(x) for x in meta.get("sitenav", [])))
    parts.append("</nav>")
    parts.append("</header>")
    parts.append('<main>')
    parts.append('<section class="titlepage">' + "".join(
        ("<h1>%s</h1>" if i == 0 else "<p><strong>%s</strong></p>") % e(l) for i, l in enumerate(meta["titlepage"]))
        + "</section>")
    parts.append('<nav class="toc"><h2>Inhoudsopgave</h2><ul>')
    for lvl, lab, page in toc_entries(numbered):
        parts.append('<li class="toc%d"><a href="#">%s</a></li>' % (lvl, e(lab)))
    parts.append("</ul></nav>")
    for c in numbered:
        parts.append("<section>")
        parts.append("<h2>%s</h2>" % e(c["label"]))
        parts.append(_html_blocks(c["intro"]))
        for lab, blocks in c["arts"]:
            parts.append("<h3>%s</h3>" % e(lab))
            parts.append(_html_blocks(blocks))
        parts.append("</section>")
    parts.append("</main>")
    parts.append("<footer><p>%s</p></footer>" % e(meta["footer"]))
    parts.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


# --------------------------------------------------------------------------------------------
# Shared filler (deliberately neutral with respect to the 14 core criteria; flags switch off
# passages that would address an advisory criterion in plans where an element must stay 'missing')
# --------------------------------------------------------------------------------------------

def sector_words(ctx):
    if ctx["sector"] == "po":
        return dict(spec="sbo en so", regulier="basisonderwijs", scholen="basisscholen", coord="intern begeleiders",
                    wet="artikel 18a van de Wet op het primair onderwijs (WPO)", lid="18a", leerling="kinderen")
    return dict(spec="vso, pro en lwoo", regulier="voortgezet onderwijs", scholen="scholen voor voortgezet onderwijs",
                coord="ondersteuningscoördinatoren", wet="artikel 17a van de Wet op het voortgezet onderwijs "
                "(sinds 1 augustus 2021: de overeenkomstige artikelen van de WVO 2020)", lid="17a", leerling="jongeren")


def voorwoord(ctx, thank_parents=True):
    s = sector_words(ctx)
    who = "schoolleiders, %s, leraren, %sjeugdprofessionals en beleidsmedewerkers van de gemeenten %s" % (
        s["coord"], "ouders, " if thank_parents else "", ", ".join(ctx["gemeenten"]))
    return front("Voorwoord", [
        P("Voor u ligt het ondersteuningsplan %s van %s. Het plan beschrijft hoe de %d aangesloten schoolbesturen de "
          "komende vier schooljaren gezamenlijk uitvoering geven aan hun wettelijke opdracht: het realiseren van een "
          "samenhangend geheel van ondersteuningsvoorzieningen voor de ruim %s leerlingen in onze regio. Het plan is tot "
          "stand gekomen in een traject van ruim een jaar, waarin wij hebben gesproken met %s." % (
              ctx["periode"], ctx["naam"], ctx["besturen"], ctx["lln"], who)),
        P("De afgelopen planperiode was er een van uitersten. De nasleep van de schoolsluitingen, het aanhoudende tekort "
          "aan leraren en de toenemende complexiteit van de ondersteuningsvragen hebben veel gevraagd van iedereen die in "
          "en rond de scholen werkt. Ook de landelijke discussie over thuiszitters, over de hoogte van de reserves van "
          "samenwerkingsverbanden en over een landelijke norm voor de basisondersteuning heeft haar weerslag gehad op "
          "onze gesprekken. Tegelijkertijd hebben wij gezien hoeveel veerkracht er in onze scholen zit."),
        P("Dit ondersteuningsplan is nadrukkelijk een gezamenlijk document. Het is geen plan van het bureau, maar van "
          "de schoolbesturen samen. De ondersteuningsplanraad heeft op %s ingestemd met het plan; het op "
          "overeenstemming gericht overleg met de gemeenten is op %s afgerond. Het bestuur heeft het plan op %s "
          "definitief vastgesteld." % (ctx["opr"], ctx["oogo"], ctx["vast"])),
        P("Wij zijn trots op wat er de afgelopen jaren in de scholen is neergezet en zijn ons ervan bewust dat er nog "
          "veel te doen is. Dit plan is daarom geen eindpunt maar een kompas. Wij danken iedereen die heeft meegedacht, "
          "meegelezen en meegeschreven."),
        P("%s, directeur-bestuurder" % ctx["dir"]),
    ])


def leeswijzer(lines):
    return front("Leeswijzer", [P("Dit plan is opgebouwd uit artikelen, zodat naar onderdelen kan worden verwezen. "
                                  "Hieronder een korte toelichting per hoofdstuk."), B(*lines)])


def inleiding(ctx):
    s = sector_words(ctx)
    y1, y2 = ctx["periode"].split("-")
    return chap("Inleiding en wettelijk kader", [
        ("Wettelijke grondslag", [
            P("Dit ondersteuningsplan is opgesteld op grond van %s. Het samenwerkingsverband stelt ten minste eenmaal "
              "in de vier jaar een ondersteuningsplan vast. Het plan wordt vóór 1 mei voorafgaand aan het eerste "
              "schooljaar waarop het betrekking heeft aan de Inspectie van het Onderwijs gezonden." % s["wet"]),
            P("Waar in dit plan wordt gesproken over 'het samenwerkingsverband' of '%s' wordt bedoeld: %s, "
              "geregistreerd onder nummer %s. Waar wordt gesproken over 'de besturen' worden de bevoegde gezagen van "
              "de aangesloten scholen bedoeld." % (ctx["kort"], ctx["naam"], ctx["code"])),
        ]),
        ("Planperiode", [
            P("Dit plan geldt van 1 augustus %s tot en met 31 juli %s en vervangt het ondersteuningsplan van de "
              "voorgaande periode. Het plan blijft van kracht totdat een nieuw plan is vastgesteld." % (y1, y2)),
        ]),
        ("Status en wijziging", [
            P("Tussentijdse wijzigingen van dit plan worden ter instemming voorgelegd aan de ondersteuningsplanraad en, "
              "voor zover zij onderwerpen van het op overeenstemming gericht overleg raken, besproken met de gemeenten. "
              "Redactionele wijzigingen en actualisering van adresgegevens en schooloverzichten vallen onder de "
              "bevoegdheid van de directeur-bestuurder."),
            P("Bij strijdigheid tussen dit plan en afzonderlijke protocollen of handboeken prevaleert dit plan. "
              "Bij strijdigheid met de wet prevaleert de wet."),
        ]),
        ("Relatie met andere documenten", [
            P("Het ondersteuningsplan is het kaderstellende document van het samenwerkingsverband. Het wordt jaarlijks "
              "uitgewerkt in een jaarplan en een jaarbegroting. Daarnaast kent het samenwerkingsverband een "
              "managementstatuut, een bestuursreglement, een reglement voor de ondersteuningsplanraad en een "
              "privacyreglement. Deze documenten zijn niet als bijlage bij dit plan opgenomen."),
        ]),
    ])


def context(ctx, table_rows, percentages=None):
    s = sector_words(ctx)
    arts = [
        ("Werkgebied", [
            P("Het werkgebied van %s omvat de gemeenten %s. Het gebied kent een stedelijke kern en een uitgestrekt "
              "landelijk gebied met kleine kernen. In de kleine kernen staan relatief veel kleine scholen; de afstand "
              "tot speciale voorzieningen is daar groot, wat gevolgen heeft voor reistijd en leerlingenvervoer." % (
                  ctx["kort"], ", ".join(ctx["gemeenten"]))),
            T(*table_rows),
        ]),
        ("Aangesloten besturen", [
            P("Bij het samenwerkingsverband zijn %d schoolbesturen aangesloten, variërend van een eenpitter tot een "
              "bestuur met meer dan twintig scholen. Daarnaast participeren de besturen van de scholen voor %s die "
              "binnen het werkgebied gevestigd zijn." % (ctx["besturen"], s["spec"].split(",")[0].split(" en ")[0])),
        ]),
        ("Demografische ontwikkeling", [
            P("De prognoses laten voor de planperiode een teruglopend leerlingaantal zien van circa %s procent, met grote "
              "verschillen tussen de gemeenten. Krimp in de kleine kernen zet de levensvatbaarheid van kleine scholen "
              "onder druk, terwijl in de stedelijke kern nieuwbouwwijken juist voor groei zorgen." % ctx.get("krimp", "6")),
        ]),
        ("Wettelijke taken", [
            P("Het samenwerkingsverband heeft de volgende wettelijke taken: het vaststellen van het ondersteuningsplan, "
              "het verdelen en toewijzen van ondersteuningsmiddelen en -voorzieningen aan de scholen, het beoordelen of "
              "leerlingen toelaatbaar zijn tot het %s en het op verzoek van een schoolbestuur adviseren over de "
              "ondersteuningsbehoefte van een leerling." % ("speciaal (basis)onderwijs" if ctx["sector"] == "po"
                                                           else "voortgezet speciaal onderwijs")),
        ]),
    ]
    if percentages:
        arts.append(("Kengetallen", percentages))
    return chap("Context en kengetallen", arts)


def visie(ctx, parents=True):
    s = sector_words(ctx)
    uitg = [
        "Wij gaan uit van de mogelijkheden van een leerling, niet van zijn of haar beperkingen.",
        "Wij organiseren ondersteuning zo dicht mogelijk bij de leerling en bij de leraar.",
        "Besturen zijn samen verantwoordelijk; geen bestuur staat er alleen voor.",
        "Wij werken handelingsgericht, planmatig en met oog voor de context van de leerling.",
        "Wij verminderen bureaucratie: een aanvraag kost de school niet meer tijd dan nodig.",
    ]
    if parents:
        uitg.insert(3, "Ouders zijn gelijkwaardige partners in het gesprek over de ondersteuning van hun kind.")
    return chap("Visie, missie en uitgangspunten", [
        ("Missie", [
            P("%s wil dat alle %s in de regio onderwijs volgen dat past bij wat zij kunnen en nodig hebben, zodat zij "
              "zich ononderbroken kunnen ontwikkelen. Wij doen dat samen met de scholen, met de gemeenten en met de "
              "partners in zorg en welzijn." % (ctx["kort"], s["leerling"])),
        ]),
        ("Visie", [
            P("Passend onderwijs is in de eerste plaats goed onderwijs. Een leraar die zijn groep kent, die verschillen "
              "tussen leerlingen herkent en daarop inspeelt, is de belangrijkste factor. Het samenwerkingsverband is "
              "geen loket dat zorg verdeelt, maar een netwerk dat scholen versterkt. Wij zien het als onze opdracht om "
              "voorwaarden te scheppen, kennis te verbinden en te zorgen dat niemand tussen wal en schip valt."),
            P("De komende periode leggen wij de nadruk op drie ambities: 'sterke basis', 'samen sneller' en 'dichtbij'. "
              "Deze ambities lopen als een rode draad door dit plan en worden jaarlijks in het jaarplan vertaald naar "
              "concrete activiteiten."),
        ]),
        ("Kernwaarden", [
            T(["Kernwaarde", "Wat betekent dat voor ons handelen?"],
              ["Samen", "Besluiten nemen we in gezamenlijkheid; expertise wordt gedeeld over de grenzen van besturen heen."],
              ["Dichtbij", "Ondersteuning wordt zo veel mogelijk georganiseerd in de eigen school en de eigen wijk."],
              ["Eigenaarschap", "De school blijft eigenaar van de ondersteuningsvraag, ook als het SWV meedenkt."],
              ["Transparant", "Wij zijn open over keuzes, over geld en over wat wel en niet lukt."]),
        ]),
        ("Uitgangspunten", [B(*uitg)]),
    ])


def governance(ctx):
    return chap("Organisatie en governance", [
        ("Rechtsvorm", [
            P("%s is een stichting in de zin van Boek 2 van het Burgerlijk Wetboek. De statuten zijn laatstelijk "
              "gewijzigd bij notariële akte van 12 december 2022. De statuten bevatten een regeling voor de beslechting "
              "van geschillen tussen de aangesloten besturen." % ctx["naam"]),
        ]),
        ("Organen", [
            P("Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht volgens het "
              "raad-van-toezichtmodel. De taken en bevoegdheden van de organen zijn als volgt verdeeld."),
            T(["Orgaan", "Samenstelling", "Kerntaken"],
              ["Algemene vergadering", "De bestuurders van de aangesloten besturen", "Benoemt leden RvT, stelt statuten vast, "
               "keurt het ondersteuningsplan goed"],
              ["Raad van toezicht", "Vijf onafhankelijke leden", "Houdt toezicht op het bestuur, benoemt de directeur-bestuurder, "
               "is werkgever van de directeur-bestuurder"],
              ["Directeur-bestuurder", "Eén persoon", "Bestuurt de stichting, stelt het plan vast na goedkeuring, "
               "geeft leiding aan het bureau"],
              ["Directeurenoverleg", "Een directeur per bestuur", "Adviseert over beleid en uitvoering"],
              ["Ondersteuningsplanraad", "Afgevaardigden uit de MR'en", "Instemming op het ondersteuningsplan"]),
        ]),
        ("Code goed bestuur", [
            P("Het samenwerkingsverband volgt de Code Goed Bestuur in het %s. De raad van toezicht evalueert jaarlijks "
              "zijn eigen functioneren en legt verantwoording af over het gehouden toezicht. Nevenfuncties van "
              "bestuurder en toezichthouders worden openbaar gemaakt." % ("primair onderwijs" if ctx["sector"] == "po"
                                                                        else "voortgezet onderwijs")),
        ]),
        ("Het bureau", [
            P("Het bureau ondersteunt de directeur-bestuurder en voert de dagelijkse werkzaamheden uit. Het bureau is "
              "gehuisvest in %s en is op werkdagen bereikbaar voor scholen en ketenpartners." % ctx["gemeenten"][0]),
            T(["Functie", "Omvang (fte)"], ["Directeur-bestuurder", "1,0"], ["Beleidsmedewerker", "0,8"],
              ["Orthopedagogen / onderwijsadviseurs", ctx.get("fte_ortho", "3,4")], ["Secretariaat en administratie", "1,6"],
              ["Controller (ingehuurd)", "0,3"]),
        ]),
    ])


def opr(ctx, parents=True):
    if parents:
        samen = ("De OPR bestaat uit %d leden: de helft wordt gekozen uit en door de personeelsgeleding en de helft uit "
                 "en door de %s van de medezeggenschapsraden van de aangesloten scholen." % (
                     ctx.get("opr_n", 12), "oudergeleding" if ctx["sector"] == "po" else "ouder- en leerlinggeleding"))
    else:
        samen = ("De OPR bestaat uit %d leden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. "
                 "De leden worden gekozen voor een periode van vier jaar en zijn eenmaal herkiesbaar." % ctx.get("opr_n", 12))
    return chap("Medezeggenschap", [
        ("Ondersteuningsplanraad", [
            P(samen),
            P("De OPR heeft instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan. De OPR "
              "vergadert ten minste vier keer per schooljaar en stelt een eigen huishoudelijk reglement vast. Leden "
              "ontvangen een vacatievergoeding; de OPR beschikt over een scholingsbudget en kan zich laten bijstaan door "
              "een externe adviseur."),
        ]),
        ("Medezeggenschapsraad van het samenwerkingsverband", [
            P("Naast de OPR kent het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het "
              "bureau. Deze raad heeft de bevoegdheden die de Wet medezeggenschap op scholen aan een "
              "personeelsgeleding toekent."),
        ]),
        ("Geschillen over medezeggenschap", [
            P("Geschillen tussen het bestuur en de OPR over instemming worden voorgelegd aan de Landelijke Commissie "
              "voor Geschillen WMS."),
        ]),
    ])


def oogo(ctx, themes=True):
    arts = [("Op overeenstemming gericht overleg", [
        P("Het concept van dit plan is op %s besproken in het op overeenstemming gericht overleg (OOGO) met de "
          "colleges van burgemeester en wethouders van de gemeenten %s. Het overleg is afgesloten met een door beide "
          "partijen ondertekend verslag. Ook het overleg met het %s-samenwerkingsverband waarvan het werkgebied "
          "overlapt, heeft plaatsgevonden." % (ctx["oogo"], ", ".join(ctx["gemeenten"]),
                                                "VO" if ctx["sector"] == "po" else "PO")),
    ])]
    if themes:
        arts.append(("Gezamenlijke thema's met de gemeenten", [
            P("Onderwijs en jeugdhulp raken elkaar dagelijks. Samen met de gemeenten hebben wij de volgende thema's "
              "benoemd waarop wij de komende jaren samenwerken:"),
            T(["Thema", "Afspraak", "Trekker"],
              ["Jeugdhulp in en om de school", "Elke school heeft een vaste contactpersoon van het lokale team", "Gemeenten"],
              ["Onderwijs-zorgarrangementen", "Gezamenlijke intake en één plan voor leerlingen met onderwijs- en zorgbehoefte", "SWV"],
              ["Leerlingenvervoer", "Afstemming bij plaatsing in een voorziening buiten de eigen gemeente", "Gemeenten"],
              ["Onderwijshuisvesting", "Ruimte voor bovenschoolse voorzieningen in het integraal huisvestingsplan", "Gemeenten"],
              ["Thuiszitters en verzuim", "Gezamenlijke aanpak met leerplicht (zie elders in dit plan)", "SWV en leerplicht"]),
        ]))
    return chap("Samenwerking met gemeenten", arts)


def personeel(ctx):
    return chap("Personeel en professionalisering", [
        ("Personeel van het bureau", [
            P("Het samenwerkingsverband is werkgever van het personeel van het bureau. Het personeel valt onder de "
              "cao %s. De formatie is in de vorige planperiode beperkt gegroeid; de ambitie is om de formatie van het "
              "bureau in deze periode niet verder te laten toenemen." % ("primair onderwijs" if ctx["sector"] == "po"
                                                                        else "voortgezet onderwijs")),
        ]),
        ("Professionalisering in de scholen", [
            P("Het samenwerkingsverband organiseert jaarlijks een aanbod van netwerkbijeenkomsten, een leergang voor "
              "startende %s en themamiddagen over onder meer gedrag, taal en hoogbegaafdheid. Het aanbod wordt in "
              "overleg met de besturen vastgesteld en staat open voor alle medewerkers van de aangesloten scholen." %
              sector_words(ctx)["coord"]),
            P("De besturen blijven zelf verantwoordelijk voor het personeelsbeleid en de professionalisering van hun "
              "personeel. Het samenwerkingsverband vult aan waar gezamenlijkheid meerwaarde heeft."),
        ]),
        ("Lerarentekort", [
            P("Het tekort aan leraren en specialisten raakt ook de ondersteuning. Besturen spreken af elkaars "
              "medewerkers niet actief te werven en onderzoeken gezamenlijk hoe specialistische functies aantrekkelijk "
              "blijven."),
        ]),
    ])


def ict_privacy(ctx):
    return chap("Informatievoorziening en privacy", [
        ("Digitale dossiers", [
            P("Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor het uitwisselen van dossiers "
              "tussen scholen en het bureau. Toegang is beperkt tot medewerkers die daarvoor een functionele noodzaak "
              "hebben; alle toegang wordt gelogd."),
        ]),
        ("Privacy", [
            P("Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor "
              "zover dat noodzakelijk is voor de uitvoering van zijn wettelijke taken. Het privacyreglement regelt "
              "welke gegevens worden verwerkt, wie daartoe toegang heeft en hoe lang zij worden bewaard. Gegevens "
              "worden uiterlijk drie jaar na het laatste besluit vernietigd. Het samenwerkingsverband heeft een "
              "functionaris gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden."),
        ]),
        ("Informatiebeveiliging", [
            P("Jaarlijks wordt een interne audit uitgevoerd op de naleving van de AVG en het beveiligingsbeleid. "
              "Datalekken worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit "
              "Persoonsgegevens."),
        ]),
    ])


def planning(ctx, cycle=True):
    rows = [["Mijlpaal", "Datum"], ["Start evaluatie vorig plan", "september 2023"],
            ["Werkconferentie met besturen", "februari 2024"], ["Eerste concept", "november 2024"],
            ["OOGO gemeenten", ctx["oogo"]], ["Instemming OPR", ctx["opr"]],
            ["Definitieve vaststelling", ctx["vast"]], ["Toezending aan de Inspectie", ctx["insp"]]]
    arts = [("Totstandkoming", [P("Het plan is volgens onderstaand tijdpad tot stand gekomen."), T(*rows)])]
    if cycle:
        arts.append(("Beleidscyclus", [
            P("Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan met activiteiten. Het jaarverslag "
              "beschrijft wat er van de voorgenomen activiteiten is gerealiseerd. Halverwege de planperiode vindt een "
              "tussentijdse evaluatie plaats met besturen en OPR."),
        ]))
    return chap("Vaststelling en planning", arts)


def begrippen(ctx, extra=()):
    s = sector_words(ctx)
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een samenhangend pakket van extra ondersteuning voor een leerling of groep leerlingen, "
             "afgestemd op de ondersteuningsbehoefte."],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
             "scholen bieden, inclusief preventieve en licht curatieve interventies."],
            ["Dekkend aanbod", "Een samenhangend geheel van ondersteuningsvoorzieningen waardoor voor iedere leerling "
             "een passende plek beschikbaar is."],
            ["Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt."],
            ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor ten minste vier jaar."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met "
             "vragen en bij onenigheid over onderwijs en ondersteuning."],
            ["Onderwijsconsulent", "Onafhankelijke adviseur die ouders kosteloos bijstaat bij problemen rond "
             "toelating, plaatsing of ondersteuning."],
            ["OPP", "Ontwikkelingsperspectiefplan; wordt opgesteld voor iedere leerling die extra ondersteuning "
             "ontvangt, in overleg met de ouders."],
            ["SOP", "Schoolondersteuningsprofiel: beschrijving van de ondersteuning die een school biedt."],
            ["Terugplaatsing", "Het teruggaan van een leerling uit het speciaal (basis)onderwijs naar het %s, "
             "doorgaans na afloop van de TLV." % s["regulier"]],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige vrijstelling niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling toelaatbaar "
             "is tot het %s." % ("sbo of so" if ctx["sector"] == "po" else "vso")],
            ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de ondersteuningsmiddelen over de "
             "besturen en voorzieningen verdeelt."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een "
             "passende plek te bieden."]]
    rows += [list(x) for x in extra]
    return bijlage("Begrippenlijst", [P("De onderstaande begrippen worden in dit plan en in de bijlagen gebruikt."),
                                      T(*rows)])


def afkortingen(ctx, extra=()):
    rows = [["Afkorting", "Betekenis"], ["AB", "Ambulante begeleiding"], ["AVG", "Algemene verordening gegevensbescherming"],
            ["HGW", "Handelingsgericht werken"], ["IB", "Intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen"], ["MR", "Medezeggenschapsraad"], ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"], ["OPR", "Ondersteuningsplanraad"], ["OT", "Ondersteuningsteam"],
            ["OZA", "Onderwijs-zorgarrangement"], ["RvT", "Raad van toezicht"], ["SWV", "Samenwerkingsverband"],
            ["TLV", "Toelaatbaarheidsverklaring"]]
    if ctx["sector"] == "po":
        rows += [["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"]]
    else:
        rows += [["LWOO", "Leerwegondersteunend onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                 ["PrO", "Praktijkonderwijs"], ["VSO", "Voortgezet speciaal onderwijs"]]
    rows += [list(x) for x in extra]
    rows = [rows[0]] + sorted(rows[1:])
    return bijlage("Lijst van afkortingen", [T(*rows)])


def vaststelling(ctx):
    return bijlage("Vaststellingsbesluit", [
        P("De directeur-bestuurder van %s," % ctx["naam"]),
        P("gelet op %s; gelet op de instemming van de ondersteuningsplanraad d.d. %s; gelet op het verslag van het op "
          "overeenstemming gericht overleg met de gemeenten d.d. %s; gelet op de goedkeuring door de algemene "
          "vergadering;" % (sector_words(ctx)["wet"], ctx["opr"], ctx["oogo"])),
        P("BESLUIT: het ondersteuningsplan %s vast te stellen. Dit besluit treedt in werking op 1 augustus %s." % (
            ctx["periode"], ctx["periode"].split("-")[0])),
        P("Aldus vastgesteld te %s op %s. %s, directeur-bestuurder." % (ctx["gemeenten"][0], ctx["vast"], ctx["dir"])),
    ])


def scholen_bijlage(ctx, rows):
    return bijlage("Overzicht aangesloten scholen", [
        P("Stand op de teldatum 1 oktober 2024. Het volledige adressenoverzicht per vestiging is te vinden op de "
          "website van het samenwerkingsverband."),
        T(*rows)])


def euro(x):
    return "€ " + "{:,.0f}".format(x).replace(",", ".")


# ============================================================================================
# Plan 1 — PO Kempenrand (rendered to PDF)
#   basisondersteuning present | plaatsing present | terugstroom partial (procedure deferred)
#   financien present ("Geld en middelen") | dekkend-aanbod present | resultaten missing (deferral)
#   ouders partial (informatie yes; steunpunt only website reference + deferral)
# ============================================================================================

P1 = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Kempenrand PO", kort="SWV Kempenrand",
          code="PO 31-02", sector="po", periode="2025-2029", besturen=9, lln="11.200",
          gemeenten=["Aalderveld", "Brakelsdonk", "Kempenhoeve", "Loonderzand"], opr="18 maart 2025",
          oogo="27 februari 2025", vast="25 maart 2025", insp="14 april 2025",
          dir="drs. M.J. van Deursen", krimp="7")


def plan1():
    c = P1
    ch = [voorwoord(c), leeswijzer([
        "Hoofdstuk 1 tot en met 3 schetsen het wettelijk kader, de context en onze visie.",
        "Hoofdstuk 4 beschrijft de basisondersteuning; hoofdstuk 5 het ondersteuningscontinuüm en het dekkend aanbod.",
        "Hoofdstuk 6 gaat over de toelaatbaarheid tot het sbo en so en over terugplaatsing.",
        "Hoofdstuk 7 beschrijft geld en middelen, inclusief de meerjarenbegroting.",
        "Hoofdstuk 8 beschrijft hoe ouders worden geïnformeerd en waar zij terecht kunnen voor onafhankelijk advies.",
        "Hoofdstuk 9 bevat de beoogde en bereikte resultaten en de kwaliteitszorg.",
        "De hoofdstukken 10 tot en met 15 gaan over organisatie, medezeggenschap, gemeenten, personeel, privacy en planning."])]
    ch.append(inleiding(c))
    ch.append(context(c, [["Gemeente", "Basisscholen", "Leerlingen (1-10-2024)"], ["Aalderveld", "21", "4.310"],
                          ["Brakelsdonk", "14", "2.540"], ["Kempenhoeve", "13", "2.390"], ["Loonderzand", "10", "1.960"],
                          ["Totaal", "58", "11.200"]]))
    ch.append(visie(c))
    ch.append(chap("Basisondersteuning", [
        ("Basisondersteuning als gezamenlijke ondergrens", [
            P("In het samenwerkingsverband Kempenrand is basisondersteuning het door alle aangesloten besturen "
              "afgesproken niveau van ondersteuning dat iedere basisschool op iedere vestiging – ook op iedere "
              "nevenvestiging en dislocatie – biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
              "nodig is. Het is een ondergrens: scholen mogen meer bieden, maar niet minder. Het niveau is vastgelegd "
              "in zeven standaarden die door de algemene vergadering op 10 december 2024 zijn vastgesteld en die "
              "voor de gehele planperiode gelden."),
            P("De standaarden gaan uit van de vier onderdelen van het landelijke referentiekader: basiskwaliteit, "
              "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. "
              "Wij hebben die onderdelen vertaald naar concrete voorzieningen waarop een leerling en zijn ouders op "
              "iedere school kunnen rekenen."),
        ]),
        ("De zeven standaarden", [
            T(["Nr.", "Standaard", "Wat iedere school in ieder geval biedt"],
              ["1", "Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; een "
               "ondersteuningsteam (OT) dat minimaal vier keer per schooljaar bijeenkomt, met de onderwijsadviseur van het SWV"],
              ["2", "Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; signalering in groep 2 en 3; "
               "extra leesbegeleiding van ten minste drie keer twintig minuten per week bij achterstand; begeleiding van "
               "leerlingen met een dyslexieverklaring (compenserende en dispenserende maatregelen)"],
              ["3", "Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; diagnostisch gesprek bij uitval; "
               "inzet van concrete materialen en hulpmiddelen"],
              ["4", "Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbreed programma voor sociale veiligheid, "
               "een aanspreekpunt pesten, een gedragsprotocol en de inzet van individuele gedragsplannen"],
              ["5", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de "
               "eigen groep; een aanspreekpunt meer- en hoogbegaafdheid per school"],
              ["6", "Medisch handelen en fysieke toegankelijkheid", "Een protocol medisch handelen; afspraken over "
               "medicijnverstrekking; een toegankelijk gebouw of een plan voor aanpassing"],
              ["7", "Taal en meertaligheid", "Een aanbod voor leerlingen met een taalachterstand of een andere "
               "thuistaal, waaronder extra woordenschatonderwijs in de groep"]),
        ]),
        ("De grens tussen basis- en extra ondersteuning", [
            P("Extra ondersteuning is aan de orde wanneer de school, na het doorlopen van ten minste twee cycli "
              "handelingsgericht werken binnen de standaarden en na bespreking in het OT, vaststelt dat de "
              "ondersteuningsbehoefte van de leerling de mogelijkheden van de standaarden overstijgt. De school kan "
              "dan een arrangement aanvragen (hoofdstuk 5)."),
        ]),
        ("Borging", [
            P("Ieder voorjaar voeren de onderwijsadviseurs van het samenwerkingsverband met iedere school een "
              "gesprek aan de hand van de kwaliteitskaart basisondersteuning. Blijkt een school op een standaard "
              "onder het afgesproken niveau te functioneren, dan stelt het bevoegd gezag binnen drie maanden een "
              "verbeterplan op. De directeur-bestuurder bespreekt de voortgang in het directeurenoverleg."),
        ]),
    ]))
    ch.append(chap("Ondersteuningscontinuüm en dekkend aanbod", [
        ("Vier niveaus van ondersteuning", [
            P("De ondersteuning in Kempenrand is georganiseerd als een continuüm van vier niveaus. Elk niveau bouwt "
              "voort op het vorige; een leerling kan zich in beide richtingen over de niveaus bewegen."),
            T(["Niveau", "Omschrijving", "Verantwoordelijk", "Toegang"],
              ["1", "Basisondersteuning in de groep en de school (standaarden hoofdstuk 4)", "School", "Geen aanvraag"],
              ["2", "Basisondersteuning met inzet van OT en onderwijsadviseur SWV", "School met SWV", "Bespreking OT"],
              ["3", "Extra ondersteuning: individueel of groepsarrangement", "School, bekostigd door SWV", "Aanvraag Loket"],
              ["4", "Speciaal basisonderwijs of speciaal onderwijs", "Sbo/so-school", "TLV (hoofdstuk 6)"]),
        ]),
        ("Arrangementen en voorzieningen", [
            P("Op niveau 3 beschikt het samenwerkingsverband over de volgende arrangementen en bovenschoolse "
              "voorzieningen. De matrix laat per voorziening de doelgroep, de duur en de aanbieder zien."),
            T(["Arrangement / voorziening", "Doelgroep", "Duur", "Aanbieder", "Plaatsen"],
              ["Gedrag in de klas", "Leerlingen met externaliserend gedrag", "max. 20 weken", "Ambulant team so De Linde", "ca. 60"],
              ["Taalklas nieuwkomers", "Nieuwkomers 6-12 jaar, eerste verblijfsjaar", "1 schooljaar", "Bs De Wegwijzer, Aalderveld", "30"],
              ["Plusklas bovenschools", "(Hoog)begaafde leerlingen groep 5-8", "1 dagdeel per week", "Drie locaties", "72"],
              ["Observatiegroep De Kiem", "Jonge kinderen 4-7 jaar met onduidelijke ondersteuningsvraag", "max. 12 weken", "Sbo De Kiem", "8"],
              ["Onderwijs-zorgarrangement", "Leerlingen met onderwijs- en zorgbehoefte", "maatwerk, jaarlijkse evaluatie", "SWV met jeugdhulp", "ca. 25"],
              ["Individueel arrangement", "Overige leerlingen met extra ondersteuningsbehoefte", "max. 1 schooljaar", "School", "n.v.t."]),
        ]),
        ("De ondersteuningsroute", [
            P("De route van vraag naar ondersteuning verloopt via het OT van de school. Wanneer het OT concludeert dat "
              "extra ondersteuning nodig is, dient de intern begeleider via het digitale Loket een aanvraag in met het "
              "groeidocument. Het Loket beslist binnen vier weken. Bij complexe vragen wordt een trajectbegeleider van "
              "het samenwerkingsverband aangewezen die de leerling volgt tot er een passende plek is."),
        ]),
        ("Witte vlekken en thuiszitters", [
            P("Ieder jaar in oktober stelt het bureau samen met de besturen een analyse van het aanbod op: waar zijn "
              "wachtlijsten, welke leerlingen konden niet (tijdig) worden geplaatst, voor welke vragen ontbreekt een "
              "voorziening? De analyse wordt besproken in het directeurenoverleg; per gesignaleerde lacune wijst het "
              "bestuur een eigenaar aan en stelt het een actieplan met termijn vast."),
            P("Uit de analyse van 2024 kwamen twee lacunes naar voren: het ontbreken van een voorziening voor jonge "
              "kinderen met ernstige gedragsproblematiek in het oostelijk deel van de regio en de wachtlijst bij het so "
              "cluster 4. Voor de eerste lacune wordt per 1 augustus 2025 een tweede observatiegroep ingericht in "
              "Loonderzand; voor de tweede is met het so afgesproken dat leerlingen op de wachtlijst een "
              "overbruggingsarrangement op de eigen school ontvangen."),
            P("Iedere leerling die langer dan vier weken niet naar school gaat zonder vrijstelling, wordt binnen vijf "
              "werkdagen besproken aan de Thuiszittertafel, waaraan leerplicht, het lokale team, de school en de "
              "trajectbegeleider deelnemen. Lukt het niet om binnen zes weken een perspectief te bieden, dan neemt de "
              "directeur-bestuurder de regie (doorzettingsmacht) en wijst hij een school en een arrangement aan. "
              "Besturen hebben afgesproken dat zij zo'n aanwijzing volgen."),
        ]),
        ("Samenwerking met jeugdhulp", [
            P("Voor leerlingen die naast onderwijs ook zorg nodig hebben, werken school, samenwerkingsverband en "
              "gemeente met één plan. De gemeente financiert de zorgcomponent, het samenwerkingsverband de "
              "onderwijscomponent van het onderwijs-zorgarrangement."),
        ]),
    ]))
    ch.append(chap("Toelaatbaarheid tot sbo en so", [
        ("Aanvraag", [
            P("Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de "
              "leerling is ingeschreven, of, bij een leerling die nog niet is ingeschreven, door het bevoegd gezag van de "
              "school waar de leerling is aangemeld. De aanvraag gaat vergezeld van het groeidocument met het "
              "ontwikkelingsperspectief, een verslag van de bespreking in het OT en de zienswijze van de ouders."),
        ]),
        ("Stappen en termijnen", [
            T(["Stap", "Wat", "Wie", "Termijn"],
              ["1", "Indienen aanvraag via het digitale Loket", "Bevoegd gezag aanvragende school", "—"],
              ["2", "Toets op volledigheid; zo nodig verzoek om aanvulling", "Secretariaat Commissie Toelaatbaarheid", "binnen 5 werkdagen"],
              ["3", "Deskundigenadvies", "Twee deskundigen (zie artikel 6.4)", "binnen 3 weken na volledige aanvraag"],
              ["4", "Besluit over toelaatbaarheid, soort voorziening, categorie en duur", "Commissie Toelaatbaarheid namens de directeur-bestuurder", "binnen 6 weken na volledige aanvraag"],
              ["5", "Toezending besluit en adviezen", "Secretariaat", "binnen 3 werkdagen na besluit"]),
            P("In spoedeisende situaties kan de Commissie binnen vijf werkdagen een tijdelijke TLV van ten hoogste "
              "drie maanden afgeven."),
        ]),
        ("Criteria", [
            P("Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden is "
              "voldaan: (a) de basisschool heeft de standaarden van de basisondersteuning en ten minste één arrangement "
              "van niveau 3 ingezet en geëvalueerd; (b) de leerling heeft op meerdere ontwikkelingsgebieden tegelijk "
              "een structurele ondersteuningsbehoefte; (c) de leerling is aangewezen op een kleinere groep en een "
              "specifieke pedagogisch-didactische aanpak gedurende de hele schooldag, die binnen het basisonderwijs "
              "ook met een arrangement niet te realiseren is."),
            P("Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 wanneer, naast de voorwaarden "
              "(a) en (b), sprake is van een ernstige verstandelijke, lichamelijke of meervoudige beperking, een "
              "langdurige ziekte of ernstige gedrags- of psychiatrische problematiek, en de leerling is aangewezen op "
              "de specifieke expertise en voorzieningen van het so. De categorie (laag, midden of hoog) volgt uit de "
              "aard van de beperking: laag voor cluster 4 en ZMLK, midden voor LG en LZ, hoog voor meervoudig "
              "gehandicapte leerlingen."),
        ]),
        ("Deskundigen", [
            P("Iedere aanvraag wordt beoordeeld door twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk "
              "van de ondersteuningsvraag, een tweede deskundige (jeugdarts, maatschappelijk werker, kinderpsychiater "
              "of pedagoog). De deskundigen geven ieder afzonderlijk een schriftelijk advies en zijn niet betrokken "
              "geweest bij de voorbereiding van de aanvraag."),
        ]),
        ("Geldigheidsduur", [
            P("Een TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin de leerling de "
              "basisschoolleeftijd verlaat. Een TLV voor het so wordt afgegeven voor twee schooljaren; bij een "
              "ernstige meervoudige beperking voor de resterende duur van de so-periode."),
        ]),
        ("Terugplaatsing", [
            P("Plaatsing in het sbo of so is geen eindstation. Ons beleid is erop gericht dat een leerling terugkeert "
              "naar een basisschool, bij voorkeur in de eigen woonomgeving, zodra het ontwikkelingsperspectief laat "
              "zien dat de leerling met ondersteuning in het basisonderwijs verder kan. Voorwaarden zijn dat de "
              "ontvangende school de benodigde ondersteuning kan bieden, dat de leerling zelf gemotiveerd is en dat er "
              "een overdracht plaatsvindt tussen de leerkrachten van beide scholen."),
            P("Na terugkeer ontvangt de basisschool gedurende één schooljaar een terugplaatsingsarrangement: "
              "ambulante begeleiding door de sbo- of so-school van maximaal twee uur per week en een budget van "
              "€ 3.500 voor extra handen in de groep."),
            P("De werkwijze bij terugplaatsing – wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie "
              "uiteindelijk besluit – werken wij in het schooljaar 2025-2026 samen met de directies van de sbo- en "
              "so-scholen uit in een stappenplan, dat na instemming van de OPR aan dit plan wordt toegevoegd."),
        ]),
    ]))
    inc = [("Ondersteuningsmiddelen lichte ondersteuning", 6210000), ("Ondersteuningsmiddelen zware ondersteuning", 9480000),
           ("Af: afdrachten DUO aan so (TLV's)", -4120000), ("Af: groeibekostiging en overdracht sbo", -1650000),
           ("Overige baten (subsidies)", 160000)]
    lasten = [("Schoolbudgetten besturen (vaste voet + bedrag per leerling)", 3940000),
              ("Arrangementen niveau 3 en bovenschoolse voorzieningen", 3120000),
              ("Onderwijs-zorgarrangementen (onderwijsdeel)", 540000), ("Thuiszittertafel en trajectbegeleiding", 310000),
              ("Bureau, personeel en huisvesting", 1210000), ("Professionalisering en netwerken", 180000),
              ("Terugplaatsingsarrangementen", 105000)]
    factors = [1.0, 0.985, 0.97, 0.955]
    years = ["2025", "2026", "2027", "2028"]
    rows = [["Baten (x € 1)"] + years]
    for n, v in inc:
        rows.append([n] + [euro(v * f) for f in factors])
    rows.append(["Totaal baten"] + [euro(sum(v for _, v in inc) * f) for f in factors])
    rows2 = [["Lasten (x € 1)"] + years]
    for n, v in lasten:
        rows2.append([n] + [euro(v * f) for f in factors])
    rows2.append(["Totaal lasten"] + [euro(sum(v for _, v in lasten) * f) for f in factors])
    ch.append(chap("Geld en middelen", [
        ("Uitgangspunten", [
            P("Het geld volgt de ondersteuning, niet andersom. Zo veel mogelijk middelen gaan rechtstreeks naar de "
              "scholen; het bureau blijft klein. De middelen worden ingezet voor de voorzieningen uit de hoofdstukken 4 "
              "tot en met 6."),
        ]),
        ("Verdeling over de besturen", [
            P("Het samenwerkingsverband hanteert een schoolmodel. Ieder bestuur ontvangt een schoolbudget dat bestaat "
              "uit een vaste voet van € 8.000 per vestiging en een bedrag van € 145 per leerling, gebaseerd op het "
              "aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar. Het schoolbudget wordt in vier "
              "kwartaaltermijnen overgemaakt. Arrangementen van niveau 3 worden per leerling of groep toegekend door "
              "het Loket aan de hand van de normbedragen in de arrangementenmatrix (€ 4.200 voor een individueel "
              "arrangement per schooljaar; groepsarrangementen op basis van het aantal plaatsen)."),
            P("Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juni in het "
              "verantwoordingsformat van het samenwerkingsverband; niet bestede middelen boven 10 procent van het "
              "budget worden verrekend met het budget van het volgende jaar."),
        ]),
        ("Meerjarenbegroting", [
            P("De meerjarenbegroting is gebaseerd op de leerlingprognoses en de bedragen van OCW per 1 januari 2025. "
              "De afdrachten aan het so zijn geraamd op basis van het aantal TLV's op de teldatum."),
            T(*rows), T(*rows2),
        ]),
        ("Reserves en risico's", [
            P("Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves gelijk aan de wettelijke "
              "norm. Eind 2024 bedroeg het eigen vermogen € 1.940.000, het weerstandsvermogen 12 procent. De "
              "belangrijkste risico's zijn de groei van het aantal TLV's voor het so en dalende rijksbijdragen door krimp."),
        ]),
    ]))
    ch.append(chap("Ouders en communicatie", [
        ("Informatie over de ondersteuningsmogelijkheden", [
            P("Ouders worden langs vier wegen geïnformeerd over de ondersteuningsvoorzieningen. Ten eerste bevat de "
              "schoolgids van iedere school een paragraaf over de basisondersteuning en de extra ondersteuning die de "
              "school kan bieden. Ten tweede heeft de website een ouderpagina met een overzicht van alle arrangementen "
              "uit de matrix in hoofdstuk 5 en de route om ze aan te vragen. Ten derde organiseert het "
              "samenwerkingsverband twee keer per jaar in iedere gemeente een informatieavond voor ouders. Ten vierde "
              "is er de brochure 'Wegwijs in passend onderwijs', die op iedere school ligt en ook in het Arabisch, "
              "Turks en Pools beschikbaar is."),
        ]),
        ("Ouders als partners", [
            P("Ouders worden betrokken bij het opstellen van het ontwikkelingsperspectief en worden uitgenodigd voor "
              "het OT wanneer hun kind wordt besproken. Zij ontvangen een afschrift van ieder advies over de "
              "ondersteuningsbehoefte van hun kind."),
        ]),
        ("Onafhankelijke ondersteuning", [
            P("Ouders die onafhankelijk advies zoeken, vinden de contactgegevens van de organisaties waar zij terecht "
              "kunnen op onze website onder 'Hulp voor ouders'. Het ouder- en jeugdsteunpunt dat op grond van de nieuwe "
              "wetgeving moet worden ingericht, krijgt in de loop van 2026 vorm in samenwerking met het VO-"
              "samenwerkingsverband; over de inrichting besluit het bestuur na advies van de OPR."),
        ]),
    ]))
    ch.append(chap("Kwaliteit en resultaten", [
        ("Een nieuw kwaliteitskader", [
            P("Het bestuur heeft besloten het kwaliteitskader van het samenwerkingsverband te herijken. De beoogde "
              "resultaten voor deze planperiode, met bijbehorende indicatoren en streefwaarden, worden opgenomen in een "
              "resultatenparagraaf die na instemming van de OPR in de loop van het schooljaar 2025-2026 als bijlage 5 "
              "aan dit plan wordt toegevoegd. Daarin wordt ook beschreven hoe en wanneer wij de voortgang meten en "
              "daarover rapporteren."),
        ]),
        ("Kwaliteitscultuur", [
            P("Wij willen een lerende organisatie zijn waarin medewerkers van het bureau en van de scholen elkaar "
              "aanspreken, feedback vragen en van elkaar leren. Resultaatgericht werken is voor ons geen doel op zich, "
              "maar een manier om scherp te blijven op wat er voor leerlingen toe doet."),
        ]),
    ]))
    ch += [governance(c), opr(c), oogo(c), personeel(c), ict_privacy(c), planning(c, cycle=False),
           begrippen(c), afkortingen(c), vaststelling(c),
           scholen_bijlage(c, [["Bestuur", "Scholen", "Waarvan sbo/so"], ["Stichting Kempenkind", "17", "1 sbo"],
                               ["Stichting Brakel Onderwijs", "9", "—"], ["Vereniging PC Onderwijs Kempenrand", "8", "—"],
                               ["Stichting Loonderwijs", "7", "1 sbo"], ["Stichting Openbaar Onderwijs Aalderveld", "8", "—"],
                               ["Stichting De Linde (so)", "3", "3 so"], ["Eenpitters (3 besturen)", "3", "—"]]),
           bijlage("Resultatenparagraaf 2025-2029", [N("[Deze bijlage volgt. Zie artikel 9.1.]")])]
    meta = dict(doctitle="Ondersteuningsplan 2025-2029 SWV Kempenrand PO", author="SWV Kempenrand",
                header="Ondersteuningsplan 2025-2029  |  SWV Kempenrand PO 31-02",
                footer="Stichting Samenwerkingsverband Passend Onderwijs Kempenrand PO", accent="1F4E79",
                titlepage=["Ondersteuningsplan 2025-2029", "Samen sterk voor ieder kind",
                           "Stichting Samenwerkingsverband Passend Onderwijs Kempenrand PO (PO 31-02)",
                           "Vastgesteld op 25 maart 2025"])
    return meta, ch


# ============================================================================================
# Plan 2 — VO Gouwe-Vliet (rendered to PDF)
#   basisondersteuning partial (niveau yes, inhoud deferred) | plaatsing present (vso, lwoo, pro)
#   terugstroom present (inside the TLV chapter) | financien partial (verdeling yes, begroting p.m.)
#   dekkend-aanbod partial (continuum yes, lacunes deferred) | resultaten present | ouders missing
# ============================================================================================

P2 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Gouwe-Vliet", kort="SWV VO Gouwe-Vliet", code="VO 31-11",
          sector="vo", periode="2025-2029", besturen=7, lln="14.800",
          gemeenten=["Gouwestede", "Vlietwijk", "Reeuwijkerveen", "Zuidplasrand"], opr="11 maart 2025",
          oogo="4 februari 2025", vast="1 april 2025", insp="16 april 2025", dir="mr. R. Hoekstra", krimp="4",
          fte_ortho="4,1")


def plan2():
    c = P2
    ch = [voorwoord(c, thank_parents=False), leeswijzer([
        "Hoofdstuk 1 tot en met 3: wettelijk kader, context en visie.",
        "Hoofdstuk 4: de basisondersteuning op de scholen.",
        "Hoofdstuk 5: toewijzing en toelaatbaarheid (vso, lwoo en pro).",
        "Hoofdstuk 6: het ondersteuningsaanbod en het dekkend netwerk.",
        "Hoofdstuk 7: financieel kader.",
        "Hoofdstuk 8: ambities en opbrengsten.",
        "Hoofdstuk 9: communicatie.",
        "Hoofdstuk 10 en verder: organisatie, medezeggenschap, gemeenten, personeel, privacy en planning."])]
    ch.append(inleiding(c))
    ch.append(context(c, [["Gemeente", "Vestigingen VO", "Leerlingen (1-10-2024)"], ["Gouwestede", "11", "7.120"],
                          ["Vlietwijk", "6", "3.480"], ["Reeuwijkerveen", "4", "2.310"], ["Zuidplasrand", "3", "1.890"],
                          ["Totaal", "24", "14.800"]]))
    ch.append(visie(c, parents=False))
    ch.append(chap("Basisondersteuning", [
        ("Definitie en niveau", [
            P("Basisondersteuning is in ons samenwerkingsverband de gemeenschappelijke ondergrens: het niveau van "
              "ondersteuning dat alle 24 vestigingen van de aangesloten scholen, ongeacht schoolsoort of leerweg, aan "
              "iedere leerling bieden, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het "
              "niveau gaat uit boven de basiskwaliteit die de Inspectie toetst en is voor alle vestigingen gelijk; "
              "verschillen tussen scholen mogen alleen bestaan in de extra ondersteuning."),
        ]),
        ("Standaarden basisondersteuning VO", [
            P("De concrete invulling van de basisondersteuning wordt in het schooljaar 2025-2026 door de "
              "ondersteuningscoördinatoren samen met het bureau uitgewerkt in een 'Kaart basisondersteuning VO'. Na "
              "vaststelling door het bestuur wordt de kaart onderdeel van dit plan. Tot die tijd beschrijven de "
              "scholen hun aanbod in hun eigen schoolondersteuningsprofiel."),
            T(["Thema", "Standaard", "Status"],
              ["Dyslexie en dyscalculie", "p.m.", "In voorbereiding, werkgroep start september 2025"],
              ["Sociaal-emotionele ontwikkeling en gedrag", "p.m.", "In voorbereiding"],
              ["Executieve functies en studievaardigheden", "p.m.", "In voorbereiding"],
              ["Verzuim en welbevinden", "p.m.", "Volgt na afstemming met leerplicht"],
              ["Medisch handelen", "p.m.", "Volgt"]),
        ]),
    ]))
    ch.append(chap("Toewijzing en toelaatbaarheid", [
        ("Reikwijdte", [
            P("Dit hoofdstuk regelt de toelaatbaarheid tot het voortgezet speciaal onderwijs (vso), de aanwijzing voor "
              "leerwegondersteunend onderwijs (lwoo), de toelaatbaarheid tot het praktijkonderwijs (pro) en de plaatsing "
              "in het OPDC. Het samenwerkingsverband gebruikt de landelijke criteria voor lwoo en pro; van de "
              "mogelijkheid tot 'opting out' wordt geen gebruik gemaakt."),
        ]),
        ("Procedure toelaatbaarheid vso", [
            P("De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven. "
              "Bij een leerling die overstapt uit het primair onderwijs dient het bevoegd gezag van de VO-school waar "
              "de leerling is aangemeld de aanvraag in. De aanvraag bevat het ontwikkelingsperspectiefplan, de "
              "evaluatie van de ingezette extra ondersteuning en het onderwijskundig rapport."),
            T(["Stap", "Handeling", "Verantwoordelijk", "Termijn"],
              ["1", "Voorbespreking in het ondersteuningsteam van de school met de consulent van het SWV", "School", "—"],
              ["2", "Indienen aanvraag bij het Loket Toewijzing", "Bevoegd gezag", "—"],
              ["3", "Ontvankelijkheidstoets", "Loket Toewijzing", "5 werkdagen"],
              ["4", "Schriftelijke adviezen van twee deskundigen", "Orthopedagoog of GZ-psycholoog + tweede deskundige", "15 werkdagen"],
              ["5", "Besluit (toelaatbaarheid, categorie, duur)", "Commissie Toelaatbaarheid", "uiterlijk 6 weken na ontvankelijke aanvraag"],
              ["6", "Verzending besluit aan school en vso-school", "Loket Toewijzing", "3 werkdagen"]),
            P("De twee deskundigen brengen ieder een eigen schriftelijk advies uit. Een deskundige die betrokken is "
              "geweest bij het opstellen van de aanvraag, adviseert niet over die aanvraag."),
        ]),
        ("Criteria toelaatbaarheid vso", [
            P("Een leerling is toelaatbaar tot het vso indien: (1) de school de ondersteuning uit de basisondersteuning "
              "en ten minste één arrangement gedurende minimaal een half schooljaar heeft ingezet en geëvalueerd, "
              "tenzij de ernst van de problematiek dat onmogelijk maakt; (2) de ondersteuningsbehoefte van de leerling "
              "blijvend de mogelijkheden van het regulier voortgezet onderwijs, inclusief het OPDC, overstijgt; en (3) "
              "de leerling is aangewezen op de kleinschaligheid, de intensieve begeleiding of de specialistische "
              "expertise van het vso."),
            P("De bekostigingscategorie wordt bepaald op grond van de aard van de beperking: categorie laag voor "
              "leerlingen met gedrags- of psychiatrische problematiek en voor ZML, midden voor LG en LZ, hoog voor "
              "meervoudig gehandicapte leerlingen. Een TLV wordt afgegeven voor één, twee of drie schooljaren; bij een "
              "eerste TLV is de duur in de regel twee schooljaren."),
        ]),
        ("Leerwegondersteunend onderwijs", [
            P("Voor een aanwijzing lwoo gelden de landelijke criteria: een IQ tussen 75 en 90 in combinatie met een "
              "leerachterstand van 25 tot 50 procent op ten minste twee van de vier domeinen (begrijpend lezen, "
              "technisch lezen, spellen, inzichtelijk rekenen), waarvan één domein begrijpend lezen of inzichtelijk "
              "rekenen is, of een IQ tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele problematiek. "
              "De VO-school dient de aanvraag in vóór 1 maart; het Loket besluit binnen vier weken."),
        ]),
        ("Praktijkonderwijs", [
            P("Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een "
              "leerachterstand van 50 procent of meer op ten minste twee domeinen, waaronder begrijpend lezen of "
              "inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de toelaatbaarheidsverklaring aan bij het "
              "Loket; het besluit volgt binnen vier weken, voor aanvragen vóór 1 maart uiterlijk op 15 april."),
        ]),
        ("OPDC De Brug", [
            P("Plaatsing in het OPDC De Brug is tijdelijk, maximaal twee jaar, en gebeurt op verzoek van de school "
              "na een besluit van het Loket. De leerling blijft ingeschreven bij de eigen school; het OPDC werkt aan "
              "terugkeer naar de eigen of een andere reguliere school."),
        ]),
        ("Einde van de TLV en terugkeer", [
            P("In het laatste schooljaar van iedere TLV beoordeelt de vso-school vóór 1 november, op basis van het "
              "ontwikkelingsperspectief, of de leerling kan terugkeren naar het regulier voortgezet onderwijs. Het "
              "initiatief ligt bij de vso-school; de consulent van het samenwerkingsverband neemt deel aan de evaluatie. "
              "Is terugkeer mogelijk, dan meldt de vso-school de leerling vóór 1 maart aan bij een VO-school, die binnen "
              "de wettelijke termijn beslist. Is terugkeer (nog) niet mogelijk, dan dient de vso-school vóór 1 april een "
              "aanvraag voor een nieuwe TLV in; de TLV eindigt anders op 31 juli van dat schooljaar."),
            P("Het samenwerkingsverband voert een actief terugkeerbeleid. Uitgangspunt is dat een leerling niet langer "
              "in het vso verblijft dan nodig. Voorwaarden voor terugkeer zijn een positieve evaluatie van het "
              "ontwikkelingsperspectief, een ontvangende school die de benodigde ondersteuning kan bieden en een "
              "overdrachtsgesprek tussen mentoren. Na terugkeer ontvangt de ontvangende school een terugkeerarrangement: "
              "gedurende zes maanden begeleiding door een ambulant begeleider van de vso-school en een vaste coach op "
              "school. In het schooljaar 2023-2024 keerden 14 leerlingen vanuit het vso terug naar het regulier "
              "voortgezet onderwijs, tegen 9 in 2021-2022."),
        ]),
    ]))
    ch.append(chap("Ondersteuningsaanbod en dekkend netwerk", [
        ("Het continuüm", [
            P("Het ondersteuningsaanbod in Gouwe-Vliet is opgebouwd uit vier lagen die naadloos op elkaar aansluiten."),
            T(["Laag", "Aanbod", "Voor wie", "Toegang"],
              ["A", "Basisondersteuning op alle vestigingen", "Alle leerlingen", "Direct"],
              ["B", "Extra ondersteuning op school: arrangementen (o.a. trajectvoorziening, Flexklas, NT2-begeleiding)",
               "Leerlingen met een ondersteuningsbehoefte boven de basis", "Besluit school, na OT"],
              ["C", "Bovenschools: OPDC De Brug, Rebound, Schakelklas ISK, HB-voorziening Kompas", "Leerlingen die tijdelijk "
               "een andere setting nodig hebben", "Besluit Loket"],
              ["D", "Vso (3 locaties) en praktijkonderwijs (2 scholen)", "Leerlingen met TLV", "TLV (hoofdstuk 5)"]),
        ]),
        ("Arrangementenmatrix", [
            T(["Arrangement", "Intensiteit", "Maximale duur", "Uitvoerder"],
              ["Trajectvoorziening", "1-2 dagdelen per week buiten de klas", "1 schooljaar", "Eigen school"],
              ["Flexklas", "Aangepast rooster met begeleiding", "20 weken", "Eigen school"],
              ["Rebound", "Fulltime, kleine groep", "12 weken", "Bovenschools"],
              ["OPDC De Brug", "Fulltime, kleine groep, orthopedagogisch", "2 schooljaren", "Bovenschools"],
              ["Schakelklas ISK", "Fulltime NT2-onderwijs", "2 schooljaren", "Gouwestede College"],
              ["HB-voorziening Kompas", "1 dag per week", "1 schooljaar, verlengbaar", "Vlietwijk Lyceum"]),
        ]),
        ("Thuiszitters en witte vlekken", [
            P("Het samenwerkingsverband heeft op dit moment onvoldoende zicht op de omvang en de oorzaken van "
              "thuiszitten en op leerlingen voor wie geen passend aanbod beschikbaar is. In de loop van 2026 brengen "
              "wij samen met de afdelingen leerplicht de witte vlekken in kaart; op basis daarvan formuleren wij een "
              "aanpak, die als addendum aan dit plan wordt toegevoegd. Ook de afspraken over de wijze waarop de besturen "
              "gezamenlijk invulling geven aan hun zorgplicht, worden in dat kader herijkt."),
        ]),
    ]))
    ch.append(chap("Financieel kader", [
        ("Verdeling van de middelen", [
            P("De middelen voor lichte ondersteuning worden volledig doorgezet naar de besturen. De verdeling gebeurt "
              "voor 85 procent naar rato van het aantal leerlingen op de teldatum 1 oktober van het voorgaande jaar en "
              "voor 15 procent naar rato van het aantal leerlingen met een aanwijzing lwoo. Besturen ontvangen hun "
              "bijdrage uiterlijk 1 december in één termijn."),
            P("De middelen voor zware ondersteuning worden, na aftrek van de afdrachten voor het vso, ingezet voor de "
              "bovenschoolse voorzieningen uit laag C. De voorzieningen ontvangen een budget per beschikbare plaats, "
              "vast te stellen bij de jaarbegroting. Arrangementen in laag B worden uit de middelen lichte "
              "ondersteuning bekostigd door de besturen zelf."),
        ]),
        ("Meerjarenbegroting", [
            P("De meerjarenbegroting 2025-2029 is als afzonderlijk document door het bestuur vastgesteld en ligt ter "
              "inzage op het bureau. De bedragen worden na publicatie van de definitieve OCW-bedragen geactualiseerd."),
            T(["Post", "2025", "2026", "2027", "2028"], ["Middelen lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Middelen zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."], ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]),
        ]),
        ("Reserves", [
            P("Na de afbouw van de bovenmatige reserve in 2023 ligt het eigen vermogen onder de signaleringswaarde. "
              "Het bestuur houdt een weerstandsvermogen aan van ten minste 5 procent van de baten."),
        ]),
    ]))
    ch.append(chap("Ambities en opbrengsten", [
        ("Beoogde resultaten 2025-2029", [
            P("Voor deze planperiode hebben de besturen de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld. De nulmeting is de stand in het schooljaar 2023-2024."),
            T(["Beoogd resultaat", "Indicator", "Nulmeting 2023-2024", "Streefwaarde 2028-2029"],
              ["Meer leerlingen keren terug uit het vso", "Aantal terugplaatsingen per jaar", "14", "25"],
              ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV-aanvraag", "38 werkdagen", "≤ 25 werkdagen"],
              ["Leerlingen blijven in het regulier onderwijs", "Deelnamepercentage vso (peildatum 1 oktober)", "3,9%", "3,4%"],
              ["OPDC werkt als tussenstation", "Aandeel OPDC-leerlingen dat binnen 2 jaar terugkeert naar regulier", "61%", "75%"],
              ["Schoolloopbanen zonder onderbreking", "Aandeel lwoo-leerlingen dat een diploma haalt binnen de nominale duur", "82%", "88%"]),
        ]),
        ("Bereikte resultaten vorige planperiode", [
            P("In de vorige planperiode (2021-2025) daalde het deelnamepercentage vso van 4,4 naar 3,9 procent. Het "
              "aantal leerlingen in de Rebound steeg van 41 naar 57 per jaar, waarvan 78 procent binnen twaalf weken "
              "terugkeerde naar de eigen school. De doorlooptijd van TLV-aanvragen bleef hoger dan beoogd."),
        ]),
        ("Monitoring en verantwoording", [
            P("Het bureau rapporteert ieder kwartaal aan het bestuur over de indicatoren uit artikel 8.1 via een "
              "dashboard dat is gebaseerd op gegevens van DUO, de registratie van het Loket en de administraties van de "
              "voorzieningen. Eenmaal per jaar, in het voorjaar, bespreken bestuur en directeurenoverleg de resultaten "
              "en stellen zij zo nodig de aanpak bij. De resultaten worden verantwoord in het jaarverslag en besproken "
              "met de OPR. In het schooljaar 2026-2027 vindt een tussentijdse evaluatie plaats door een extern bureau."),
        ]),
    ]))
    ch.append(chap("Communicatie", [
        ("Communicatie met scholen en professionals", [
            P("Het samenwerkingsverband communiceert met de scholen via de maandelijkse nieuwsbrief voor "
              "ondersteuningscoördinatoren, het netwerk van zorgcoördinatoren en het jaarlijkse congres. De website "
              "bevat een professionalsdeel met formulieren, handreikingen en het Handboek Loket."),
        ]),
        ("Communicatie met ketenpartners", [
            P("Met de gemeenten en de jeugdhulpaanbieders is afgesproken dat er per gemeente een vast aanspreekpunt is "
              "en dat er tweemaal per jaar een ketenoverleg plaatsvindt."),
        ]),
    ]))
    ch += [governance(c), opr(c, parents=False), oogo(c), personeel(c), ict_privacy(c), planning(c),
           begrippen(c, extra=[["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke bovenschoolse voorziening"],
                               ["Praktijkonderwijs", "Schoolsoort voor leerlingen voor wie een diploma niet haalbaar is"]]),
           afkortingen(c), vaststelling(c),
           scholen_bijlage(c, [["Bestuur", "Vestigingen", "Schoolsoorten"], ["Stichting Gouwestede Scholengroep", "8", "vmbo-havo-vwo"],
                               ["Vereniging CVO Vlietwijk", "6", "vmbo-havo-vwo"], ["Stichting Reeuwijkse Scholen", "4", "vmbo, pro"],
                               ["Stichting Zuidplasrand College", "3", "vmbo-havo"], ["Stichting Praktijkonderwijs Gouwe", "1", "pro"],
                               ["Stichting VSO De Horizon", "3", "vso"], ["Stichting ISK Gouwestede", "1", "ISK"]]),
           bijlage("Meerjarenbegroting 2025-2029", [N("Afzonderlijk document; niet opgenomen in deze uitgave.")])]
    meta = dict(doctitle="Ondersteuningsplan 2025-2029 SWV VO Gouwe-Vliet", author="SWV VO Gouwe-Vliet",
                header="SWV VO Gouwe-Vliet (VO 31-11)  —  Ondersteuningsplan 2025-2029",
                footer="Ondersteuningsplan Samenwerkingsverband Voortgezet Onderwijs Gouwe-Vliet", accent="7A2048",
                font="Cambria",
                titlepage=["Ondersteuningsplan", "2025 – 2029", "Samenwerkingsverband Voortgezet Onderwijs Gouwe-Vliet",
                           "VO 31-11", "Definitieve versie, vastgesteld 1 april 2025"])
    return meta, ch


# ============================================================================================
# Plan 3 — PO Hunze en Aa (.docx)
#   basisondersteuning present (content only in a table) | plaatsing partial (criteria only in absent bijlage 6)
#   terugstroom missing (deferral) | financien present | dekkend-aanbod missing
#   resultaten partial (monitoring yes, doelen deferred) | ouders present ("Communicatie" + "Klachten en geschillen")
# ============================================================================================

P3 = dict(naam="Samenwerkingsverband Primair Onderwijs Hunze en Aa", kort="SWV Hunze en Aa", code="PO 31-05",
          sector="po", periode="2025-2029", besturen=6, lln="6.900",
          gemeenten=["Hunzedal", "Annerveen-Oost", "Gieterhorn", "Zuidlaarderhoek"], opr="20 maart 2025",
          oogo="6 maart 2025", vast="27 maart 2025", insp="22 april 2025", dir="J.H. Bosscher", krimp="9",
          fte_ortho="2,2", opr_n=8)


def plan3():
    c = P3
    ch = [voorwoord(c), leeswijzer([
        "Hoofdstuk 1 tot en met 3 bevatten het kader, de context en de visie.",
        "Hoofdstuk 4 legt vast wat iedere school aan basisondersteuning biedt.",
        "Hoofdstuk 5 regelt de toelaatbaarheid tot sbo en so.",
        "Hoofdstuk 6 gaat over het financieel beleid.",
        "Hoofdstuk 7 blikt terug op de vorige planperiode en beschrijft de monitoring.",
        "Hoofdstuk 8 en 9 gaan over communicatie en over klachten en geschillen.",
        "Daarna volgen organisatie, medezeggenschap, gemeenten, personeel, privacy en planning."])]
    ch.append(inleiding(c))
    ch.append(context(c, [["Gemeente", "Scholen", "Leerlingen"], ["Hunzedal", "14", "2.610"], ["Annerveen-Oost", "9", "1.380"],
                          ["Gieterhorn", "10", "1.520"], ["Zuidlaarderhoek", "8", "1.390"], ["Totaal", "41", "6.900"]]))
    ch.append(visie(c))
    ch.append(chap("Basisondersteuning", [
        ("Afspraak", [
            P("Alle scholen in het samenwerkingsverband bieden dezelfde basisondersteuning. Dit is het minimum dat de "
              "besturen met elkaar hebben afgesproken en dat op iedere vestiging beschikbaar is, ongeacht de omvang of "
              "de denominatie van de school. De afspraken zijn samengevat in de tabel in artikel 4.2."),
        ]),
        ("Overzicht", [
            T(["Domein", "Wat ouders op iedere school mogen verwachten"],
              ["Organisatie", "Een intern begeleider (minimaal één dag per week per 150 leerlingen); een "
               "zorgstructuur met groepsbesprekingen drie keer per jaar en leerlingbesprekingen op aanvraag"],
              ["Leren", "Vroegtijdige signalering van lees-, spellings- en rekenproblemen; begeleiding volgens de "
               "landelijke protocollen dyslexie en ERWD; een eigen leerlijn voor leerlingen die op onderdelen het "
               "groepsniveau niet halen"],
              ["Gedrag", "Een methode voor sociaal-emotioneel leren in alle groepen; een pestprotocol; een "
               "gedragsspecialist die via het bestuur beschikbaar is"],
              ["Begaafdheid", "Compacten en verrijken in de groep; een plusaanbod binnen de school"],
              ["Fysiek en medisch", "Een protocol medisch handelen; aanpassingen in meubilair en hulpmiddelen"],
              ["Planmatig werken", "Een groeidocument voor iedere leerling met een eigen leerlijn; evaluatie van "
               "de aanpak ten minste drie keer per jaar met ouders"]),
        ]),
    ]))
    ch.append(chap("Toelaatbaarheid sbo en so", [
        ("Aanvraag en Commissie", [
            P("De aanvraag voor een toelaatbaarheidsverklaring wordt ingediend door het schoolbestuur van de school "
              "waar de leerling staat ingeschreven. Over de aanvraag beslist de Commissie Toelaatbaarheid (CT), die "
              "namens de directeur-bestuurder besluit. De CT bestaat uit een voorzitter, een orthopedagoog en een "
              "secretaris."),
        ]),
        ("Procedure", [
            T(["Stap", "Handeling", "Door", "Termijn"],
              ["1", "Gesprek tussen school, ouders en orthopedagoog van het SWV", "School", "voorafgaand aan de aanvraag"],
              ["2", "Indienen aanvraag met groeidocument, OPP en zienswijze ouders", "Schoolbestuur", "—"],
              ["3", "Advies eerste deskundige (orthopedagoog of psycholoog)", "SWV", "binnen 3 weken"],
              ["4", "Advies tweede deskundige, afhankelijk van de vraag", "SWV / externe deskundige", "binnen 3 weken"],
              ["5", "Besluit CT", "CT", "binnen 6 weken na ontvangst volledige aanvraag"],
              ["6", "Toezending besluit en adviezen aan ouders en school", "Secretaris CT", "binnen 1 week"]),
        ]),
        ("Toetsingskader", [
            P("De CT beoordeelt iedere aanvraag aan de hand van de toelaatbaarheidscriteria voor sbo en so zoals "
              "opgenomen in bijlage 6 'Criteria toelaatbaarheid sbo en so'. De criteria worden jaarlijks door het "
              "directeurenoverleg geëvalueerd."),
        ]),
        ("Duur", [
            P("Een TLV voor het sbo wordt afgegeven voor twee schooljaren. Een TLV voor het so wordt afgegeven voor "
              "ten hoogste drie schooljaren; bij een eerste TLV voor een leerling jonger dan zes jaar voor één schooljaar."),
        ]),
        ("Bezwaar", [
            P("Ouders en het schoolbestuur kunnen binnen zes weken na verzending van het besluit bezwaar maken bij "
              "het samenwerkingsverband. Het samenwerkingsverband is voor de advisering over bezwaren aangesloten bij "
              "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT). Het bestuur beslist op het "
              "bezwaar binnen zes weken na ontvangst van het advies."),
        ]),
        ("Na afloop van de TLV", [
            P("Over de werkwijze na afloop van een TLV maken wij in de loop van 2026 nadere afspraken met de scholen "
              "voor sbo en so. Deze afspraken worden, na instemming van de OPR, in een volgende versie van dit plan "
              "opgenomen."),
        ]),
    ]))
    lasten = [("Schoolbudgetten besturen", 1460000), ("Afdrachten en overdrachten sbo en so", 2870000),
              ("Commissie Toelaatbaarheid en deskundigenadvisering", 145000), ("Orthopedagogen SWV", 230000),
              ("Bureau en huisvesting", 395000), ("Professionalisering", 70000), ("Onvoorzien", 40000)]
    years = ["2025", "2026", "2027", "2028"]
    fs = [1.0, 0.98, 0.96, 0.945]
    rows = [["Post"] + years]
    for n, v in lasten:
        rows.append([n] + [euro(v * f) for f in fs])
    rows.append(["Totaal"] + [euro(sum(v for _, v in lasten) * f) for f in fs])
    ch.append(chap("Financieel beleid", [
        ("Inkomsten", [
            P("Het samenwerkingsverband ontvangt van OCW een ondersteuningsbudget voor lichte en zware ondersteuning. "
              "Voor 2025 bedraagt dit naar verwachting € 5.280.000, waarvan € 2.870.000 rechtstreeks door DUO wordt "
              "ingehouden voor de bekostiging van het sbo en so."),
        ]),
        ("Verdeelsleutel", [
            P("Na aftrek van de kosten van het bureau, de CT en de orthopedagogen wordt het resterende budget als "
              "schoolbudget naar de besturen overgemaakt. De verdeelsleutel is: een bedrag van € 190 per leerling op "
              "de teldatum 1 oktober, met een minimum van € 12.500 per school om kleine scholen in de kernen te "
              "ontzien. Het schoolbudget wordt voor 1 oktober in één keer uitbetaald."),
        ]),
        ("Meerjarenbegroting", [
            P("De meerjarenbegroting geeft de verwachte lasten voor de jaren 2025 tot en met 2028."), T(*rows),
        ]),
        ("Verantwoording door de besturen", [
            P("De besturen verantwoorden de inzet van het schoolbudget jaarlijks vóór 1 mei aan de hand van een "
              "format waarin per school wordt aangegeven voor welke ondersteuning het budget is ingezet. De "
              "directeur-bestuurder bespreekt de verantwoording met het directeurenoverleg."),
        ]),
    ]))
    ch.append(chap("Terugblik en monitoring", [
        ("Terugblik op 2021-2025", [
            P("In de vorige planperiode heeft het samenwerkingsverband de volgende ontwikkelingen gemeten."),
            T(["Kengetal", "2021-2022", "2022-2023", "2023-2024"],
              ["Deelnamepercentage sbo (1 oktober)", "2,3%", "2,2%", "2,1%"],
              ["Deelnamepercentage so (1 oktober)", "1,5%", "1,5%", "1,4%"],
              ["Aantal afgegeven TLV's", "71", "66", "69"],
              ["Gemiddelde doorlooptijd aanvraag TLV (werkdagen)", "34", "29", "27"],
              ["Tevredenheid ouders over de TLV-procedure (schaal 1-10)", "6,8", "7,1", "7,2"]),
        ]),
        ("Monitoring", [
            P("Het bureau verzamelt twee keer per jaar, in november en in juni, de gegevens van DUO, de registratie "
              "van de CT en de resultaten van de tevredenheidspeiling onder ouders en scholen. De gegevens worden "
              "geanalyseerd in de 'Monitor Passend Onderwijs Hunze en Aa', die wordt besproken in het bestuur, het "
              "directeurenoverleg en de OPR. De monitor vormt de basis voor het jaarverslag en voor de tussentijdse "
              "evaluatie in het voorjaar van 2027."),
        ]),
        ("Beoogde resultaten", [
            P("De beoogde resultaten voor de periode 2025-2029 formuleren wij nadat in het najaar van 2025 de "
              "nulmeting voor de nieuwe monitor is afgerond. De streefwaarden worden opgenomen in het jaarplan 2026."),
        ]),
    ]))
    ch.append(chap("Communicatie", [
        ("Communicatie met scholen", [
            P("Scholen ontvangen iedere maand de digitale nieuwsbrief van het samenwerkingsverband. Intern begeleiders "
              "komen vijf keer per jaar bijeen in het IB-netwerk."),
        ]),
        ("Informatie voor ouders", [
            P("Het samenwerkingsverband informeert ouders over de ondersteuningsvoorzieningen via de 'Ouderwijzer' "
              "op de website, waarin per school de basisondersteuning, de extra ondersteuning en de contactgegevens van "
              "de intern begeleider zijn te vinden. Ieder voorjaar ontvangen ouders via de scholen een "
              "informatiebulletin over passend onderwijs. In iedere gemeente vindt eenmaal per jaar een "
              "informatiebijeenkomst plaats. Ouders kunnen voor vragen ook rechtstreeks contact opnemen met het "
              "bureau, dat op werkdagen telefonisch bereikbaar is."),
        ]),
    ]))
    ch.append(chap("Klachten en geschillen", [
        ("Onafhankelijke hulp voor ouders", [
            P("Ouders die er met de school of het samenwerkingsverband niet uitkomen, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Drenthe-Noord. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, "
              "luistert, geeft advies en kan bemiddelen. Het steunpunt is bereikbaar op maandag tot en met donderdag "
              "van 9.00 tot 16.00 uur via telefoon, e-mail en chat. Daarnaast kunnen ouders kosteloos een beroep doen "
              "op de Onderwijsconsulenten."),
        ]),
        ("Klachten en geschillen", [
            P("Klachten over het samenwerkingsverband worden behandeld volgens de klachtenregeling; het "
              "samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Geschillen over "
              "toelating, verwijdering of het ontwikkelingsperspectief kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ]),
    ]))
    ch += [governance(c), opr(c), oogo(c, themes=False), personeel(c), ict_privacy(c), planning(c),
           begrippen(c), afkortingen(c), vaststelling(c),
           scholen_bijlage(c, [["Bestuur", "Scholen"], ["Stichting Openbaar Onderwijs Hunzedal", "15"],
                               ["Stichting PCBO Aa en Hunze", "11"], ["Stichting Katholiek Onderwijs Drenthe-Noord", "6"],
                               ["Stichting Sbo De Hunzeboog", "1"], ["Stichting Gieterhorn Scholen", "6"],
                               ["Stichting Cluster 3/4 Noord", "2"]]),
           bijlage("Verslag OOGO", [P("Op %s is het concept-ondersteuningsplan besproken met de wethouders onderwijs "
                                      "van de vier gemeenten. De gemeenten hebben kennisgenomen van het concept en "
                                      "hebben verklaard in te stemmen met de vaststelling. Het verslag is door "
                                      "partijen ondertekend." % c["oogo"])]),
           bijlage("Criteria toelaatbaarheid sbo en so", [N("Deze bijlage wordt als afzonderlijk document gepubliceerd.")])]
    meta = dict(doctitle="Ondersteuningsplan 2025-2029 SWV Hunze en Aa", author="SWV Hunze en Aa",
                header="SWV PO Hunze en Aa — Ondersteuningsplan 2025-2029 — PO 31-05",
                footer="Ondersteuningsplan 2025-2029 SWV Hunze en Aa", accent="2E6B30",
                titlepage=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Primair Onderwijs Hunze en Aa",
                           "PO 31-05", "Versie 1.0 – vastgesteld 27 maart 2025"])
    return meta, ch


# ============================================================================================
# Plan 4 — VO Zuiderzeekust (.docx)
#   basisondersteuning missing | plaatsing partial (criteria yes, procedure only on website)
#   terugstroom partial (procedure yes, beleid deferred) | financien missing (separate document)
#   dekkend-aanbod present | resultaten partial (doelen yes, monitoring deferred) | ouders present
# ============================================================================================

P4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zuiderzeekust", kort="SWV VO Zuiderzeekust",
          code="VO 31-08", sector="vo", periode="2025-2029", besturen=5, lln="11.300",
          gemeenten=["Harderstrand", "Elburgerveen", "Zeewolderhoek", "Oldebroekkust"], opr="6 maart 2025",
          oogo="13 februari 2025", vast="20 maart 2025", insp="3 april 2025", dir="drs. A.C. Verwoerd-Smit",
          krimp="3", fte_ortho="3,0", opr_n=10)


def plan4():
    c = P4
    ch = [voorwoord(c), leeswijzer([
        "Hoofdstuk 1 tot en met 3: kader, context en visie.",
        "Hoofdstuk 4: het ondersteuningsaanbod en de aanpak van thuiszitten.",
        "Hoofdstuk 5: toelaatbaarheid vso, lwoo en pro.",
        "Hoofdstuk 6: van vso naar regulier onderwijs.",
        "Hoofdstuk 7: ouders.",
        "Hoofdstuk 8: ambities.",
        "Hoofdstuk 9: financiën.",
        "Hoofdstuk 10 en verder: organisatie, medezeggenschap, gemeenten, personeel, privacy en planning."])]
    ch.append(inleiding(c))
    ch.append(context(c, [["Gemeente", "Vestigingen", "Leerlingen"], ["Harderstrand", "7", "5.020"],
                          ["Elburgerveen", "4", "2.460"], ["Zeewolderhoek", "3", "2.150"], ["Oldebroekkust", "3", "1.670"],
                          ["Totaal", "17", "11.300"]]))
    ch.append(visie(c))
    ch.append(chap("Ondersteuningsaanbod en thuiszitten", [
        ("Het ondersteuningscontinuüm", [
            P("Wanneer een leerling meer nodig heeft dan de school in de reguliere lessen en het mentoraat biedt, kan "
              "de school een beroep doen op het ondersteuningsaanbod van het samenwerkingsverband. Het aanbod is "
              "opgebouwd van licht naar zwaar."),
            T(["Niveau", "Voorziening", "Inhoud", "Toegang"],
              ["1", "Arrangement op school", "Extra begeleiding door een specialist van de school, aangepast rooster, "
               "trainingen, inzet van een ambulant begeleider", "Besluit school na bespreking in het ondersteuningsteam"],
              ["2", "Rebound Zuiderzeekust", "Tijdelijke opvang in een kleine groep gericht op terugkeer in de eigen klas",
               "Aanmelding via het Ondersteuningsloket"],
              ["3", "OPDC De Zandbank", "Onderwijs in een kleine, orthopedagogische setting; vmbo en onderbouw havo", "Besluit Loket"],
              ["4", "Onderwijs-zorgarrangement", "Combinatie van onderwijs en jeugdhulp, met één plan", "Besluit Loket en gemeente"],
              ["5", "Vso en praktijkonderwijs", "Specialistisch onderwijs", "Toelaatbaarheidsverklaring"]),
        ]),
        ("Arrangementenmatrix", [
            T(["Arrangement", "Doelgroep", "Duur", "Locatie"],
              ["Rebound", "Leerlingen met gedragsproblemen die dreigen uit te vallen", "8-12 weken", "Harderstrand"],
              ["OPDC De Zandbank", "Leerlingen met leer- en gedragsproblemen", "max. 2 jaar", "Elburgerveen"],
              ["Schakelklas nieuwkomers", "Nieuwkomers 12-18 jaar", "1-2 jaar", "Harderstrand"],
              ["Time-in Autisme", "Leerlingen met ASS in het regulier onderwijs", "1 schooljaar", "3 scholen"],
              ["Hoogbegaafdheidsklas", "Hoogbegaafde leerlingen havo/vwo", "onderbouw", "Zeewolderhoek"]),
        ]),
        ("Dekkend netwerk en zorgplicht", [
            P("De besturen dragen gezamenlijk verantwoordelijkheid voor een dekkend netwerk. Wanneer een school "
              "binnen de zorgplichttermijn van tien weken geen passende plek kan bieden of vinden, wordt de leerling "
              "binnen vijf werkdagen ingebracht aan de Tafel van Plaatsing. Daar besluiten de directeuren van de "
              "besturen, onder voorzitterschap van de directeur-bestuurder, welke school de leerling een plek biedt. "
              "Dat besluit is bindend."),
            P("Ieder voorjaar analyseert het Ondersteuningsloket welke ondersteuningsvragen niet of niet tijdig "
              "konden worden beantwoord. Bij een structureel tekort aan plekken stelt het bestuur binnen drie maanden "
              "een voorstel vast voor uitbreiding of aanpassing van het aanbod. Op basis van de analyse over 2024 "
              "wordt per 1 augustus 2025 de Time-in Autisme uitgebreid naar een vierde school."),
        ]),
        ("Thuiszitters", [
            P("Een leerling die vier weken of langer zonder geldige reden niet naar school gaat, wordt door de school "
              "gemeld bij het Ondersteuningsloket en de leerplichtambtenaar. Binnen tien werkdagen vindt een "
              "casusoverleg plaats met school, leerplicht, het lokale team en de consulent van het "
              "samenwerkingsverband, waarin een terugkeerplan wordt opgesteld. Is er na acht weken geen perspectief, "
              "dan escaleert de consulent naar de directeur-bestuurder, die kan besluiten tot een tijdelijke plaatsing "
              "in de Rebound of het OPDC of tot een onderwijs-zorgarrangement."),
        ]),
    ]))
    ch.append(chap("Toelaatbaarheid vso, lwoo en pro", [
        ("Algemeen", [
            P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over "
              "de aanwijzing voor leerwegondersteunend onderwijs. De procedure voor het aanvragen van een TLV vso, een "
              "aanwijzing lwoo of een TLV pro – wie aanvraagt, welke stukken nodig zijn, wie beslist en binnen welke "
              "termijnen – is uitgewerkt in het Handboek Toewijzing 2025, dat op de website van het "
              "samenwerkingsverband staat (www.swvzuiderzeekust.nl/handboek)."),
        ]),
        ("Criteria vso", [
            P("Een leerling is toelaatbaar tot het vso wanneer: (a) de school de basisondersteuning en ten minste één "
              "arrangement van niveau 1 of 2 heeft ingezet en geëvalueerd; (b) uit het ontwikkelingsperspectief blijkt "
              "dat de leerling ook met een zwaarder arrangement of een plaatsing in het OPDC niet tot ontwikkeling komt; "
              "en (c) de leerling structureel is aangewezen op de specialistische setting van het vso. Bij acute "
              "veiligheidsrisico's kan van voorwaarde (a) worden afgeweken."),
            P("De bekostigingscategorie is laag voor leerlingen met gedrags- of psychiatrische problematiek, ZML en "
              "langdurig zieke leerlingen zonder lichamelijke beperking; midden voor leerlingen met een lichamelijke "
              "beperking; hoog voor meervoudig gehandicapte leerlingen. Een TLV wordt afgegeven voor ten hoogste drie "
              "schooljaren."),
        ]),
        ("Criteria lwoo", [
            P("Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ van 75 tot en met 90 en een "
              "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen; of een IQ van 91 tot en met 120 met een dergelijke achterstand en "
              "sociaal-emotionele problematiek die het leren belemmert."),
        ]),
        ("Criteria praktijkonderwijs", [
            P("Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een "
              "leerachterstand van ten minste 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of "
              "inzichtelijk rekenen."),
        ]),
    ]))
    ch.append(chap("Van vso naar regulier onderwijs", [
        ("Stappen bij afloop van de TLV", [
            P("In het laatste schooljaar van de TLV doorlopen vso-school en samenwerkingsverband de volgende stappen."),
            T(["Stap", "Moment", "Wat", "Wie"],
              ["1", "uiterlijk 1 november", "Evaluatie van het ontwikkelingsperspectief met de vraag of terugkeer naar "
               "regulier VO mogelijk is", "Commissie van begeleiding vso-school"],
              ["2", "uiterlijk 1 december", "Overleg tussen vso-school, consulent SWV en beoogde ontvangende school", "Consulent SWV"],
              ["3", "uiterlijk 15 januari", "Besluit over terugplaatsing of aanvraag verlenging", "Directeur vso-school, na advies consulent"],
              ["4", "vóór 1 maart", "Aanmelding bij de ontvangende school", "Vso-school"],
              ["5", "vóór 1 juni", "Overdracht van het dossier en kennismaking", "Vso-school en ontvangende school"],
              ["6", "31 juli", "De TLV eindigt; de leerling start op 1 augustus op de nieuwe school", "—"]),
        ]),
        ("Beleid", [
            P("Het beleid ten aanzien van terugplaatsing – de doelen die wij nastreven, de voorwaarden waaronder "
              "terugkeer verantwoord is en de ondersteuning die een leerling na terugkeer ontvangt – wordt in 2026 "
              "vastgelegd in de Notitie Terugkeer, die na instemming van de OPR aan dit plan wordt toegevoegd."),
        ]),
    ]))
    ch.append(chap("Ouders", [
        ("Informatie", [
            P("Ouders vinden op de ouderpagina van de website een overzicht van alle voorzieningen uit hoofdstuk 4, "
              "met per voorziening een korte beschrijving, de doelgroep en de manier van aanmelden. De brochure "
              "'Ondersteuningswijzer VO' wordt in november aan alle ouders van leerlingen in groep 8 uitgereikt via de "
              "basisscholen. De schoolgids van iedere VO-school bevat een hoofdstuk over de ondersteuning op die school. "
              "In januari organiseert het samenwerkingsverband in iedere gemeente een informatieavond over de overstap "
              "naar het voortgezet onderwijs voor leerlingen met een ondersteuningsbehoefte."),
        ]),
        ("Onafhankelijk advies en steun", [
            P("Het Ouder- en Jeugdsteunpunt Zuiderzeekust is een onafhankelijke stichting waar ouders en jongeren "
              "terecht kunnen met vragen of bij onenigheid met de school of het samenwerkingsverband. Het steunpunt is "
              "bereikbaar via 0341-000 000 en steunpunt@ojsp-zuiderzeekust.nl en voert zo nodig een gesprek aan de "
              "keukentafel. Daarnaast kunnen ouders kosteloos gebruikmaken van de Onderwijsconsulenten."),
            P("Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar "
              "maken; het samenwerkingsverband laat zich adviseren door de Landelijke Bezwaaradviescommissie. "
              "Geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ]),
        ("Betrokkenheid", [
            P("Ouders en leerlingen worden gehoord bij het opstellen van het ontwikkelingsperspectiefplan. Leerlingen "
              "hebben hoorrecht over het handelingsdeel."),
        ]),
    ]))
    ch.append(chap("Ambities", [
        ("Beoogde resultaten", [
            P("Voor leerlingen met een ondersteuningsbehoefte streven de besturen in deze planperiode naar de volgende "
              "resultaten."),
            T(["Ambitie", "Indicator", "Streefwaarde 2029"],
              ["Geen leerling langer dan drie maanden thuis", "Aantal leerlingen dat langer dan drie maanden thuiszit", "0"],
              ["Meer leerlingen in het regulier onderwijs", "Deelnamepercentage vso", "ten hoogste 3,0%"],
              ["Korte trajecten in de Rebound", "Aandeel Rebound-leerlingen dat binnen 12 weken terugkeert", "ten minste 80%"],
              ["Doorstroom vanuit het OPDC", "Aandeel OPDC-leerlingen met een diploma of plek in regulier VO", "ten minste 85%"],
              ["Tevreden ouders", "Gemiddelde waardering ouders voor de ondersteuning", "ten minste 7,5"]),
        ]),
        ("Meten en rapporteren", [
            P("Hoe wij de voortgang op deze ambities meten, analyseren en rapporteren, werken wij uit in een "
              "kwaliteitskader dat naar verwachting in het voorjaar van 2026 verschijnt."),
        ]),
    ]))
    ch.append(chap("Financiën", [
        ("Financieel kader", [
            P("De financiële paragraaf van dit plan maakt deel uit van het afzonderlijke document 'Financieel kader en "
              "meerjarenbegroting 2025-2029', dat gelijktijdig met dit plan ter instemming aan de OPR wordt aangeboden "
              "en niet in deze uitgave is opgenomen."),
        ]),
    ]))
    ch += [governance(c), opr(c), oogo(c), personeel(c), ict_privacy(c), planning(c, cycle=False),
           begrippen(c), afkortingen(c), vaststelling(c),
           scholen_bijlage(c, [["Bestuur", "Vestigingen", "Schoolsoort"], ["Stichting Zuiderzee Scholen", "7", "vmbo-havo-vwo"],
                               ["Vereniging CVO Elburgerveen", "4", "vmbo-havo-vwo, lwoo"], ["Stichting Zeewolder College", "3", "havo-vwo"],
                               ["Stichting Praktijkschool De Kust", "1", "pro"], ["Stichting VSO De Vaart", "2", "vso"]]),
           bijlage("Financieel kader en meerjarenbegroting", [N("Zie het afzonderlijke document.")])]
    meta = dict(doctitle="Ondersteuningsplan SWV VO Zuiderzeekust 2025-2029", author="SWV VO Zuiderzeekust",
                header="Ondersteuningsplan 2025-2029 | SWV VO Zuiderzeekust | VO 31-08",
                footer="SWV VO Zuiderzeekust", accent="005A7A",
                titlepage=["Ondersteuningsplan 2025–2029", "Ruimte voor elke leerling",
                           "Samenwerkingsverband Voortgezet Onderwijs Zuiderzeekust (VO 31-08)",
                           "Vastgesteld door de directeur-bestuurder op 20 maart 2025"])
    return meta, ch


# ============================================================================================
# Plan 5 — PO Maas en Peel (.html)
#   basisondersteuning partial (only borging; level and content in an absent referentiekader)
#   plaatsing missing (chapter heading, content only a reference to a separate protocol)
#   terugstroom present | financien partial (begroting with amounts; verdeelmodel deferred)
#   dekkend-aanbod present | resultaten present | ouders partial (steunpunt yes; informatie deferred)
# ============================================================================================

P5 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Maas en Peel", kort="SWV Maas en Peel",
          code="PO 31-09", sector="po", periode="2025-2029", besturen=8, lln="12.400",
          gemeenten=["Peelwijk", "Maasbroek", "Gemerthoeve", "Deurnerveld"], opr="25 februari 2025",
          oogo="30 januari 2025", vast="11 maart 2025", insp="28 maart 2025", dir="dr. H.W.M. Craenmehr",
          krimp="5", fte_ortho="4,6", opr_n=12)


def plan5():
    c = P5
    ch = [voorwoord(c), leeswijzer([
        "Hoofdstuk 1 tot en met 3 beschrijven kader, context en visie.",
        "Hoofdstuk 4 gaat over de basisondersteuning en hoe wij die bewaken.",
        "Hoofdstuk 5 beschrijft de ondersteuningsroute en het dekkend aanbod.",
        "Hoofdstuk 6 regelt de toelaatbaarheid tot het sbo en so.",
        "Hoofdstuk 7 gaat over de terugkeer naar de basisschool.",
        "Hoofdstuk 8 bevat de middelen en de meerjarenbegroting.",
        "Hoofdstuk 9 beschrijft onze resultaten; hoofdstuk 10 hoe ouders worden geïnformeerd en ondersteund.",
        "Daarna: organisatie, medezeggenschap, gemeenten, personeel, privacy en planning."])]
    ch.append(inleiding(c))
    ch.append(context(c, [["Gemeente", "Scholen", "Leerlingen"], ["Peelwijk", "22", "4.580"], ["Maasbroek", "16", "3.010"],
                          ["Gemerthoeve", "13", "2.470"], ["Deurnerveld", "13", "2.340"], ["Totaal", "64", "12.400"]],
                      percentages=[T(["Kengetal (1 oktober)", "2022", "2023", "2024", "Landelijk 2024"],
                                     ["Deelnamepercentage sbo", "2,6%", "2,5%", "2,4%", "2,3%"],
                                     ["Deelnamepercentage so", "1,9%", "1,9%", "1,8%", "1,7%"],
                                     ["Thuiszitters langer dan 3 maanden", "17", "13", "11", "—"])]))
    ch.append(visie(c))
    ch.append(chap("Basisondersteuning: toetsing en verbetering", [
        ("Audit", [
            P("Het auditteam van het samenwerkingsverband – twee onderwijsadviseurs en een intern begeleider van een "
              "ander bestuur – bezoekt iedere school eens per twee jaar en toetst de basisondersteuning van de school "
              "aan het Referentiekader Basisondersteuning Maas en Peel (bijlage 5, niet opgenomen in deze publicatie). "
              "De audit bestaat uit een documentanalyse, lesbezoeken en gesprekken met de directeur, de intern "
              "begeleider en leerkrachten. De school ontvangt binnen vier weken een auditrapport."),
        ]),
        ("Verbetering", [
            P("Voldoet een school op een of meer onderdelen niet, dan stelt het bevoegd gezag binnen drie maanden een "
              "verbeterplan op. Na een jaar volgt een hercheck. Blijft de school onder het niveau, dan bespreekt de "
              "directeur-bestuurder de situatie met het bevoegd gezag en kan het algemeen bestuur besluiten een deel "
              "van de middelen voor die school te oormerken voor de verbetering. In het schooljaar 2023-2024 voldeden "
              "52 van de 64 scholen op alle onderdelen; bij de overige twaalf loopt een verbetertraject."),
        ]),
        ("Herziening van het referentiekader", [
            P("Het referentiekader wordt in 2026 herzien, zodra duidelijk is hoe de landelijke norm voor de "
              "basisondersteuning eruit komt te zien. Tot die tijd blijft het huidige referentiekader van kracht."),
        ]),
    ]))
    ch.append(chap("Ondersteuningsroute en dekkend aanbod", [
        ("De route in vijf stappen", [
            T(["Stap", "Wat gebeurt er", "Wie"],
              ["1", "Handelingsgericht werken in de groep; signaleren en bijsturen", "Leerkracht"],
              ["2", "Bespreking in het ondersteuningsteam van de school", "Intern begeleider, ouders, trajectbegeleider SWV"],
              ["3", "Consultatie en observatie; advies over inzet van een voorziening", "Trajectbegeleider SWV"],
              ["4", "Extra ondersteuning op school of in een bovenschoolse voorziening", "School en voorziening"],
              ["5", "Speciaal basisonderwijs of speciaal onderwijs", "Sbo/so-school"]),
        ]),
        ("Voorzieningen", [
            P("Het samenwerkingsverband beschikt over de volgende bovenschoolse voorzieningen, naast het sbo en het so "
              "in de regio."),
            T(["Voorziening", "Doelgroep", "Capaciteit", "Gemiddelde wachttijd 2024"],
              ["Plusklas De Uitdaging (4 locaties)", "Hoogbegaafde leerlingen groep 5-8", "96 plaatsen", "geen"],
              ["Observatiegroep De Schakel", "Kleuters met complexe ondersteuningsvraag", "10 plaatsen", "7 weken"],
              ["Taalklas nieuwkomers", "Nieuwkomers 6-12 jaar", "45 plaatsen", "2 weken"],
              ["OZA De Brug", "Leerlingen met onderwijs- en zorgbehoefte", "16 plaatsen", "11 weken"],
              ["Sbo De Peelhorst en sbo Maaskant", "Leerlingen met TLV sbo", "310 leerlingen", "geen"],
              ["So De Maasburcht (cluster 3 en 4)", "Leerlingen met TLV so", "240 leerlingen", "cluster 4: 9 weken"]),
        ]),
        ("Dekkend aanbod en thuiszitters", [
            P("Ieder jaar in maart stelt het bureau de Dekkend-aanbodmonitor op: per voorziening de wachttijden, het "
              "aantal leerlingen zonder passende plek, het aantal vrijstellingen en de leerlingen die buiten de regio "
              "zijn geplaatst. De monitor wordt besproken in het algemeen bestuur, dat per knelpunt een eigenaar en "
              "een termijn vaststelt."),
            P("Op basis van de monitor 2024 zijn drie acties vastgesteld: (1) per 1 augustus 2026 een tweede "
              "observatiegroep in Deurnerveld; (2) vóór 1 januari 2026 afspraken met het so over overbrugging voor "
              "leerlingen op de wachtlijst cluster 4; (3) in 2025 een gezamenlijk aanmeldpunt voor leerlingen die "
              "van buiten de regio instromen."),
            P("De Thuiszitterstafel komt iedere maand bijeen. Iedere leerling die langer dan vier weken thuiszit of "
              "dreigt thuis te komen zitten, wordt daar besproken met leerplicht, jeugdhulp en school. Als er na twee "
              "besprekingen geen perspectief is, neemt de directeur-bestuurder de regie."),
        ]),
    ]))
    ch.append(chap("Toelaatbaarheid", [
        ("Protocol Toelaatbaarheid", [
            P("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en het "
              "speciaal onderwijs. Het Protocol Toelaatbaarheid 2025-2029 is als afzonderlijk document vastgesteld en "
              "is te vinden op www.swvmaasenpeel.nl/protocol (bijlage 6)."),
        ]),
    ]))
    ch.append(chap("Terug naar de basisschool", [
        ("Uitgangspunt en voorwaarden", [
            P("Het sbo en het so zijn voor veel leerlingen de juiste plek, maar niet altijd voor de hele "
              "schoolloopbaan. Wij willen dat een leerling terugkeert naar een basisschool in de eigen woonplaats zodra "
              "dat verantwoord is. Voorwaarden zijn: (1) uit de evaluatie van het ontwikkelingsperspectief blijkt dat de "
              "leerling met ondersteuning in een reguliere groep kan functioneren; (2) de ouders staan achter de "
              "terugkeer; (3) de ontvangende school kan de ondersteuning bieden die in het ontwikkelingsperspectief "
              "staat."),
        ]),
        ("Ondersteuning na terugkeer", [
            P("Na terugkeer ontvangt de basisschool een terugplaatsingsarrangement: de eerste drie maanden drie uur "
              "ambulante begeleiding per week door de sbo- of so-school, daarna tot het einde van het schooljaar één "
              "uur per week. De trajectbegeleider van het samenwerkingsverband volgt de leerling een jaar lang en "
              "evalueert na zes weken en na drie maanden met school en ouders."),
        ]),
        ("Procedure", [
            T(["Stap", "Moment", "Wat", "Wie"],
              ["1", "februari, ieder schooljaar", "Evaluatie ontwikkelingsperspectief met de vraag of terugkeer mogelijk is",
               "Sbo/so-school (commissie van begeleiding)"],
              ["2", "binnen 2 weken na positieve evaluatie", "Melding aan de trajectbegeleider van het SWV", "Sbo/so-school"],
              ["3", "vóór 1 april", "Terugplaatsingsoverleg met ouders, sbo/so-school en beoogde basisschool", "Trajectbegeleider"],
              ["4", "april–mei (optioneel)", "Proefplaatsing van ten hoogste zes weken", "Beide scholen"],
              ["5", "vóór 1 juni", "Besluit tot terugplaatsing, met instemming van de ouders", "Directeuren van beide scholen"],
              ["6", "1 augustus", "Inschrijving op de basisschool; uitschrijving bij de sbo/so-school", "Ontvangende school"]),
            P("Het initiatief kan ook van de ouders of van de basisschool uitgaan; in dat geval start de procedure bij "
              "stap 2. Komen de scholen niet tot overeenstemming, dan beslist de directeur-bestuurder."),
        ]),
        ("Cijfers", [
            P("In het schooljaar 2023-2024 keerden 19 leerlingen terug naar het basisonderwijs (12 vanuit het sbo, "
              "7 vanuit het so), tegen 15 in 2022-2023."),
        ]),
    ]))
    years = ["2025", "2026", "2027", "2028"]
    fs = [1.0, 0.99, 0.975, 0.96]
    lasten = [("Middelen naar besturen", 2480000), ("Bovenschoolse voorzieningen", 1320000),
              ("Afdrachten sbo en so", 6940000), ("Terugplaatsingsarrangementen", 160000),
              ("Thuiszitterstafel en trajectbegeleiding", 410000), ("Audit basisondersteuning", 95000),
              ("Bureau en huisvesting", 890000)]
    rows = [["Lasten"] + years]
    for n, v in lasten:
        rows.append([n] + [euro(v * f) for f in fs])
    rows.append(["Totaal lasten"] + [euro(sum(v for _, v in lasten) * f) for f in fs])
    ch.append(chap("Middelen en begroting", [
        ("Baten", [
            P("De baten van het samenwerkingsverband bestaan uit de rijksbijdrage voor lichte en zware ondersteuning. "
              "Voor 2025 worden de baten geraamd op € 12.310.000."),
        ]),
        ("Verdeling", [
            P("Het verdeelmodel uit de vorige planperiode is in 2024 geëvalueerd. Het algemeen bestuur stelt in het "
              "voorjaar van 2026 een nieuw verdeelmodel vast, met de criteria voor de toekenning van middelen aan "
              "besturen en voorzieningen. Het model wordt na instemming van de OPR als addendum aan dit plan "
              "toegevoegd. Tot die tijd worden de middelen op dezelfde wijze toegekend als in het schooljaar 2024-2025."),
        ]),
        ("Meerjarenbegroting", [T(*rows)]),
        ("Reserves", [
            P("Het eigen vermogen bedroeg eind 2024 € 1.210.000 en ligt daarmee onder de signaleringswaarde. Het "
              "bestuur streeft naar een weerstandsvermogen tussen 4 en 6 procent van de baten."),
        ]),
    ]))
    ch.append(chap("Resultaten", [
        ("Beoogde resultaten", [
            T(["Beoogd resultaat", "Indicator", "2024", "Streefwaarde 2029"],
              ["Minder leerlingen zonder passende plek", "Thuiszitters langer dan 3 maanden (1 oktober)", "11", "≤ 4"],
              ["Kortere wachttijden", "Gemiddelde wachttijd observatiegroep", "7 weken", "≤ 4 weken"],
              ["Meer terugkeer", "Aantal terugplaatsingen per schooljaar", "19", "≥ 25"],
              ["Basisondersteuning op orde", "Aandeel scholen dat op alle onderdelen voldoet", "81%", "100%"],
              ["Tevreden ouders", "Waardering ouders voor de ondersteuning (schaal 1-10)", "7,0", "≥ 7,5"]),
        ]),
        ("Bereikte resultaten 2021-2025", [
            P("In de vorige planperiode daalde het deelnamepercentage sbo van 2,8 naar 2,4 procent en het aantal "
              "thuiszitters langer dan drie maanden van 23 naar 11. De beoogde verkorting van de wachttijd voor de "
              "observatiegroep werd niet gehaald."),
        ]),
        ("Monitoring", [
            P("De indicatoren worden gevolgd in de Kwaliteitsmonitor, die gegevens van DUO, de Thuiszitterstafel, "
              "de audits en de tweejaarlijkse tevredenheidspeiling combineert. Het bureau rapporteert drie keer per jaar "
              "aan het algemeen bestuur; de resultaten worden verantwoord in het jaarverslag en besproken met de OPR. "
              "In het voorjaar van 2027 vindt een tussentijdse evaluatie plaats."),
        ]),
    ]))
    ch.append(chap("Ouders", [
        ("Onafhankelijke steun", [
            P("Ouders en jongeren die vastlopen of het oneens zijn met school of samenwerkingsverband, kunnen terecht "
              "bij het Ouder- en Jeugdsteunpunt Maas en Peel (OJSP). Het OJSP is ondergebracht bij een onafhankelijke "
              "welzijnsstichting, luistert, adviseert, bemiddelt en gaat desgewenst mee naar gesprekken op school. Het "
              "OJSP is bereikbaar op werkdagen van 9.00 tot 17.00 uur via 0493-000 000 en via de chat. Daarnaast "
              "kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten en kunnen zij een klacht indienen "
              "volgens de klachtenregeling van het samenwerkingsverband."),
        ]),
        ("Informatievoorziening", [
            P("De wijze waarop het samenwerkingsverband ouders informeert over de ondersteuningsmogelijkheden, wordt "
              "opnieuw vormgegeven. Een communicatieplan verschijnt naar verwachting in het voorjaar van 2026."),
        ]),
    ]))
    ch += [governance(c), opr(c), oogo(c), personeel(c), ict_privacy(c), planning(c),
           begrippen(c), afkortingen(c), vaststelling(c),
           scholen_bijlage(c, [["Bestuur", "Scholen"], ["Stichting Peelrand Onderwijs", "18"], ["Stichting Maaskant Scholen", "13"],
                               ["Stichting Katholiek Onderwijs Gemerthoeve", "11"], ["Stichting Deurnerveld Primair", "10"],
                               ["Stichting Openbaar Onderwijs Peelwijk", "6"], ["Stichting Sbo Maas en Peel", "2"],
                               ["Stichting De Maasburcht (so)", "2"], ["Eenpitter", "2"]]),
           bijlage("Referentiekader Basisondersteuning Maas en Peel", [N("Niet opgenomen in deze publicatie.")]),
           bijlage("Protocol Toelaatbaarheid 2025-2029", [N("Zie www.swvmaasenpeel.nl/protocol.")])]
    meta = dict(doctitle="Ondersteuningsplan 2025-2029 | SWV Maas en Peel", author="SWV Maas en Peel",
                header="SWV Passend Primair Onderwijs Maas en Peel (PO 31-09) · Ondersteuningsplan 2025-2029",
                footer="© 2025 SWV Maas en Peel · Ondersteuningsplan 2025-2029 · Ouders vinden informatie over alle "
                       "ondersteuningsmogelijkheden en over de toelaatbaarheidsprocedure op www.swvmaasenpeel.nl/ouders",
                sitenav=["Home", "Over ons", "Ouders", "Scholen", "Basisondersteuning", "Toelaatbaarheid", "Contact"],
                accent="8A4B08",
                titlepage=["Ondersteuningsplan 2025-2029", "Samenwerkingsverband Passend Primair Onderwijs Maas en Peel",
                           "PO 31-09 · webversie · vastgesteld 11 maart 2025"])
    return meta, ch


# ============================================================================================
# Near miss — Regionaal Thuiszitterspact Gouwe-Vliet (PDF)
# ============================================================================================

def thuiszitterspact():
    g = ["Gouwestede", "Vlietwijk", "Reeuwijkerveen", "Zuidplasrand"]
    ch = [front("Considerans", [
        P("De ondergetekenden: de colleges van burgemeester en wethouders van de gemeenten %s; Samenwerkingsverband "
          "Voortgezet Onderwijs Gouwe-Vliet (VO 31-11); Samenwerkingsverband Passend Primair Onderwijs Gouwe-Vliet "
          "(PO 31-10); de Regionale Afdeling Leerplicht Gouwe-Vliet; de GGD Hollands Midden-West; Jeugdhulp "
          "Gouwe-Vliet B.V.; Stichting Kinder- en Jeugdpsychiatrie Rijnstreek;" % ", ".join(g)),
        P("overwegende dat ieder kind recht heeft op onderwijs en dat geen kind thuis hoort te zitten zonder passend "
          "aanbod van onderwijs of zorg; dat het Thuiszitterspact van 2016 landelijk is vernieuwd en dat partijen in "
          "de regio hun afspraken willen actualiseren; dat de ondersteuningsplannen 2025-2029 van beide "
          "samenwerkingsverbanden en de regionale Jeugdhulpvisie aanknopingspunten bieden voor een sluitende aanpak; "
          "dat partijen elkaar willen aanspreken op de uitvoering;"),
        P("komen het volgende overeen."),
    ])]
    ch.append(chap("Algemene bepalingen", [
        ("Begripsbepalingen", [T(["Begrip", "Betekenis in dit convenant"],
                                 ["Thuiszitter", "Leerplichtige of kwalificatieplichtige jongere die zonder geldige vrijstelling vier weken of langer niet naar school gaat"],
                                 ["Dreigende thuiszitter", "Jongere met meer dan 16 uur ongeoorloofd verzuim in vier weken"],
                                 ["Ondersteuningsplan", "Het plan dat een samenwerkingsverband ten minste eens in de vier jaar vaststelt op grond van artikel 18a WPO of 17a WVO"],
                                 ["Thuiszitterstafel", "Het multidisciplinair overleg uit artikel 4.2"],
                                 ["Doorzettingsmacht", "De bevoegdheid om na escalatie een bindend besluit te nemen over het aanbod voor een jongere"],
                                 ["TLV", "Toelaatbaarheidsverklaring van een samenwerkingsverband"])]),
        ("Partijen en rollen", [T(["Partij", "Rol in het pact"],
                                  ["Gemeenten", "Regie op jeugdhulp en leerplicht; financiering zorgdeel"],
                                  ["SWV VO en SWV PO", "Regie op onderwijsaanbod; voorzitter Thuiszitterstafel"],
                                  ["Leerplicht", "Handhaving, melding en registratie van verzuim"],
                                  ["GGD", "Inzet jeugdarts bij ziekteverzuim"],
                                  ["Jeugdhulpaanbieders", "Beschikbaarheid van zorg binnen vier weken na verwijzing"])]),
    ]))
    ch.append(chap("Doel en ambitie", [
        ("Doel", [P("Doel van dit convenant is dat iedere jeugdige in de regio Gouwe-Vliet onderwijs volgt dat bij hem of "
                    "haar past, al dan niet in combinatie met zorg, en dat dreigend thuiszitten vroeg wordt gesignaleerd.")]),
        ("Ambitie", [P("Partijen spreken de ambitie uit dat in 2028 geen jeugdige langer dan drie maanden thuiszit zonder "
                       "passend aanbod van onderwijs of zorg, en dat het aantal vrijstellingen op grond van artikel 5 onder a "
                       "van de Leerplichtwet met een derde is gedaald ten opzichte van 2024.")]),
    ]))
    ch.append(chap("Relatie met de ondersteuningsplannen", [
        ("Ondersteuningsplan SWV VO Gouwe-Vliet 2025-2029", [
            P("Het ondersteuningsplan 2025-2029 van het SWV VO beschrijft de basisondersteuning als het afgesproken niveau "
              "dat alle vestigingen bieden; de concrete standaarden worden in 2025-2026 uitgewerkt. Partijen constateren "
              "dat verzuimbegeleiding daarin een plaats moet krijgen en vragen het SWV VO de standaard 'Verzuim en "
              "welbevinden' met voorrang op te stellen."),
            P("Het plan regelt de toelaatbaarheid tot het vso: de school vraagt aan, twee deskundigen adviseren, de "
              "Commissie Toelaatbaarheid besluit binnen zes weken. Voor thuiszitters die op een vso-plek wachten spreken "
              "partijen af dat de Thuiszitterstafel een overbruggingsaanbod organiseert. Ook de terugkeer uit het vso "
              "naar het regulier voortgezet onderwijs, met een terugkeerarrangement van zes maanden, is in het plan "
              "geregeld; partijen zien daarin een kans om uitval na terugkeer te voorkomen."),
            P("Het SWV VO heeft in zijn plan aangekondigd in 2026 de witte vlekken in kaart te brengen. Dit convenant "
              "levert daarvoor de gegevens aan. Het verdeelmodel van het SWV VO (85 procent naar rato van het aantal "
              "leerlingen, 15 procent naar lwoo) blijft ongewijzigd; de bijdrage van het SWV aan dit pact komt uit de "
              "middelen voor zware ondersteuning."),
        ]),
        ("Ondersteuningsplan SWV PO Gouwe-Vliet", [
            P("Het ondersteuningsplan van het SWV PO loopt tot 31 juli 2026. Bij het opstellen van het nieuwe plan "
              "worden de afspraken uit dit convenant, in het bijzonder over de Thuiszitterstafel en het "
              "onderwijs-zorgarrangement, in het plan verwerkt. Het SWV PO brengt het concept in het op "
              "overeenstemming gericht overleg in."),
        ]),
        ("Jeugdhulp", [
            P("De gemeenten verankeren de afspraken in het regionale beleidsplan jeugd. Zorg in onderwijstijd wordt "
              "toegestaan wanneer dat nodig is om een jeugdige naar school te laten gaan."),
        ]),
    ]))
    ch.append(chap("Afspraken", [
        ("Melding", [P("Scholen melden ongeoorloofd verzuim van 16 uur of meer in vier weken binnen vijf werkdagen in "
                       "het Verzuimregister van DUO en bij het samenwerkingsverband.")]),
        ("Thuiszitterstafel", [P("De Thuiszitterstafel komt iedere twee weken bijeen onder voorzitterschap van het "
                                 "samenwerkingsverband. Aan tafel zitten leerplicht, de school, het lokale team en zo "
                                 "nodig de jeugdarts. Ouders en jongere worden uitgenodigd.")]),
        ("Escalatieladder", [T(["Trede", "Moment", "Wie beslist", "Termijn"],
                               ["1", "Melding thuiszitter", "School met leerplicht", "binnen 5 werkdagen"],
                               ["2", "Bespreking aan de Thuiszitterstafel", "Voorzitter Thuiszitterstafel", "binnen 10 werkdagen"],
                               ["3", "Geen perspectief na 6 weken", "Directeur-bestuurder SWV en manager lokaal team", "binnen 2 weken"],
                               ["4", "Geen overeenstemming", "Doorzettingsmacht: directeur-bestuurder SWV (onderwijs) of wethouder (zorg)", "binnen 2 weken"])]),
        ("Doorzettingsmacht", [P("Partijen aanvaarden dat een besluit op trede 4 bindend is en verbinden zich ertoe "
                                 "het besluit binnen twee weken uit te voeren.")]),
    ]))
    ch.append(chap("Ouders en jongeren", [
        ("Betrokkenheid", [P("Ouders en jongeren zijn bij iedere bespreking aan de Thuiszitterstafel welkom. Er wordt "
                             "niet over hen gesproken zonder hen.")]),
        ("Onafhankelijke steun", [P("Partijen wijzen ouders op het Ouder- en Jeugdsteunpunt Gouwe-Vliet en op de "
                                    "Onderwijsconsulenten. Het steunpunt ontvangt jaarlijks een overzicht van de "
                                    "geanonimiseerde casussen.")]),
    ]))
    ch.append(chap("Financiering", [
        ("Bijdragen", [T(["Partij", "Bijdrage per jaar", "Bestemming"],
                         ["Gemeenten (gezamenlijk)", euro(180000), "Zorgdeel onderwijs-zorgarrangementen, coördinator"],
                         ["SWV VO Gouwe-Vliet", euro(120000), "Overbruggingsaanbod en trajectbegeleiding"],
                         ["SWV PO Gouwe-Vliet", euro(60000), "Trajectbegeleiding PO"],
                         ["Totaal", euro(360000), ""])]),
        ("Beheer", [P("De middelen worden beheerd door de gemeente Gouwestede als penvoerder. Niet bestede middelen "
                      "vloeien terug naar de partijen naar rato van hun bijdrage.")]),
    ]))
    ch.append(chap("Monitoring", [
        ("Rapportage", [P("Leerplicht rapporteert ieder kwartaal aan de partijen over het aantal thuiszitters, de "
                          "duur van het thuiszitten en de uitkomst van de besprekingen. Jaarlijks wordt het pact "
                          "geëvalueerd in het bestuurlijk overleg.")]),
    ]))
    ch.append(chap("Slotbepalingen", [
        ("Looptijd", [P("Dit convenant treedt in werking op 1 augustus 2025 en eindigt op 31 juli 2028.")]),
        ("Wijziging en opzegging", [P("Wijziging is mogelijk met instemming van alle partijen. Een partij kan het "
                                      "convenant met een termijn van zes maanden opzeggen.")]),
        ("Geen rechtens afdwingbare verplichtingen", [P("Dit convenant is een inspanningsverplichting en schept geen "
                                                        "rechten voor derden.")]),
    ]))
    ch.append(front("Ondertekening", [T(["Partij", "Namens", "Datum"],
                                        ["Gemeente Gouwestede", "wethouder onderwijs", "2 juni 2025"],
                                        ["Gemeente Vlietwijk", "wethouder jeugd", "2 juni 2025"],
                                        ["Gemeente Reeuwijkerveen", "wethouder onderwijs", "2 juni 2025"],
                                        ["Gemeente Zuidplasrand", "wethouder onderwijs", "2 juni 2025"],
                                        ["SWV VO Gouwe-Vliet", "mr. R. Hoekstra, directeur-bestuurder", "2 juni 2025"],
                                        ["SWV PO Gouwe-Vliet", "directeur-bestuurder", "2 juni 2025"],
                                        ["Regionale Afdeling Leerplicht", "teamleider", "2 juni 2025"],
                                        ["Jeugdhulp Gouwe-Vliet B.V.", "bestuurder", "2 juni 2025"])]))
    meta = dict(doctitle="Regionaal Thuiszitterspact Gouwe-Vliet 2025-2028", author="Gemeente Gouwestede",
                header="Regionaal Thuiszitterspact Gouwe-Vliet 2025-2028 — convenant",
                footer="Thuiszitterspact Gouwe-Vliet", accent="444444",
                titlepage=["Regionaal Thuiszitterspact Gouwe-Vliet 2025-2028",
                           "Convenant tussen gemeenten, samenwerkingsverbanden passend onderwijs, leerplicht en jeugdhulp",
                           "In samenhang met de ondersteuningsplannen 2025-2029"])
    return meta, ch


# ============================================================================================
# Labels
# ============================================================================================

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_of(el, crit, adv):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


LABELS = {
    "holdout8-po-kempenrand": dict(
        documents=["holdout8-po-kempenrand.pdf"], sector="po",
        false=["terugstroom.procedure", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hfst 4 (Art 4.1 ondergrens voor iedere vestiging, Art 4.2 tabel zeven standaarden, Art 4.4 kwaliteitskaart).",
            "plaatsing": "Hfst 6: aanvrager, stappentabel met termijnen, Commissie Toelaatbaarheid, criteria sbo/so, twee deskundigen, duur en categorie; geen bezwaarroute.",
            "terugstroom": "Beleid (doel, voorwaarden, terugplaatsingsarrangement) staat verstopt als Art 6.6 in het TLV-hoofdstuk; de werkwijze (initiatief, evaluatiemomenten, besluit) wordt pas in 2025-2026 uitgewerkt.",
            "financien": "Hfst 'Geld en middelen': vaste voet + bedrag per leerling, normbedrag arrangement, meerjarenbegrotingstabellen met bedragen, reserves, verantwoordingsformat.",
            "dekkend-aanbod": "Hfst 5: niveautabel en arrangementenmatrix (continuum); jaarlijkse analyse met eigenaar/actieplan, Thuiszittertafel en doorzettingsmacht (lacunes).",
            "resultaten": "Hfst 9 'Kwaliteit en resultaten' stelt de resultatenparagraaf uit (bijlage 5 'volgt'); leeswijzer belooft resultaten; geen doelen of cijfers in de tekst.",
            "ouders": "Art 8.1 vier informatiekanalen; onafhankelijke steun alleen via verwijzing naar website en OJSP 'in de loop van 2026'; OJSP/onderwijsconsulent alleen in begrippenlijst."}),
    "holdout8-vo-gouwevliet": dict(
        documents=["holdout8-vo-gouwevliet.pdf"], sector="vo",
        false=["basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.lacunes", "ouders.informatie",
               "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Art 4.1 definieert het gelijke niveau voor alle 24 vestigingen; de standaarden zijn 'p.m.' in een tabel en worden in 2025-2026 uitgewerkt (verwijzing naar SOP's).",
            "plaatsing": "Hfst 5: aanvrager, stappentabel met termijnen, Commissie Toelaatbaarheid, twee deskundigen; criteria vso, lwoo en pro; categorie en duur; geen bezwaar.",
            "terugstroom": "Alleen in het TLV-hoofdstuk, Art 5.7 'Einde van de TLV en terugkeer': evaluatie voor 1 november, initiatief vso-school, termijnen; beleid, voorwaarden, terugkeerarrangement en aantallen.",
            "financien": "Art 7.1 verdeling (85% leerlingen / 15% lwoo, per plaats voor voorzieningen); meerjarenbegroting alleen 'p.m.' en als apart document.",
            "dekkend-aanbod": "Hfst 6 continuum (lagen A-D en arrangementenmatrix); witte vlekken, thuiszitters en zorgplicht worden 'in de loop van 2026' in kaart gebracht; de OOGO-tabelrij 'gezamenlijke aanpak met leerplicht (zie elders)' verwijst alleen naar die uitstelzin.",
            "resultaten": "Hfst 8 'Ambities en opbrengsten': tabel met nulmeting en streefwaarden, bereikte resultaten, kwartaaldashboard en jaarverslag.",
            "ouders": "Geen informatie- of steunpuntparagraaf; het hoofdstuk 'Communicatie' gaat alleen over professionals en ketenpartners; ouders komen niet voor in procedures of OPR-tekst; OJSP alleen in begrippenlijst."}),
    "holdout8-po-hunzeaa": dict(
        documents=["holdout8-po-hunzeaa.docx"], sector="po",
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "resultaten.doelen"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Art 4.1 afgesproken minimum op iedere vestiging; de concrete inhoud staat alleen in de tabel van Art 4.2.",
            "plaatsing": "Procedure in Art 5.1-5.2 (stappentabel, twee deskundigen, CT, termijnen), duur en bezwaar (LBT); criteria alleen 'in bijlage 6', die afzonderlijk wordt gepubliceerd.",
            "terugstroom": "Art 5.6 'Na afloop van de TLV' stelt afspraken uit tot 2026; 'terugplaatsing' komt alleen voor in de begrippenlijst.",
            "financien": "Hfst 6: verdeelsleutel (€ 190 per leerling, minimum € 12.500 per school), meerjarenbegrotingstabel, verantwoordingsformat.",
            "dekkend-aanbod": "Geen continuum of arrangementen, geen thuiszitters- of witte-vlekkenaanpak; OOGO is alleen procedureel; begrippen alleen in begrippenlijst/voorwoord.",
            "resultaten": "Hfst 7: terugblik met kengetallen en halfjaarlijkse Monitor (monitoring); beoogde resultaten pas na nulmeting in jaarplan 2026.",
            "ouders": "Informatie in 'Communicatie' Art 8.2 (Ouderwijzer, bulletin, bijeenkomsten); steun in 'Klachten en geschillen' (OJSP Drenthe-Noord, Onderwijsconsulenten)."}),
    "holdout8-vo-zuiderzeekust": dict(
        documents=["holdout8-vo-zuiderzeekust.docx"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.beleid",
               "financien.verdeling", "financien.besteding", "resultaten.monitoring"],
        advisory={"plaatsing": ["duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Geen niveau of inhoud: alleen terloops ('de basisondersteuning ... ingezet'), in voorwoord, begrippenlijst en afkortingen.",
            "plaatsing": "Criteria vso/lwoo/pro, categorie en duur in hfst 5; de procedure staat alleen in het 'Handboek Toewijzing' op de website; bezwaar staat in het ouderhoofdstuk.",
            "terugstroom": "Hfst 6 stappentabel met momenten en wie (procedure); het beleid wordt in 2026 vastgelegd in de 'Notitie Terugkeer'.",
            "financien": "Hfst 9 'Financiën' verwijst alleen naar een afzonderlijk, niet opgenomen financieel kader; TOC-vermelding is een val.",
            "dekkend-aanbod": "Hfst 4: continuumtabel en arrangementenmatrix; Tafel van Plaatsing, jaarlijkse analyse en thuiszittersaanpak.",
            "resultaten": "Hfst 8: tabel met ambities, indicatoren en streefwaarden; meten en rapporteren wordt uitgewerkt in een kwaliteitskader (voorjaar 2026).",
            "ouders": "Hfst 7: ouderpagina, brochure, schoolgids, informatieavonden; OJSP Zuiderzeekust met contactgegevens, Onderwijsconsulenten, bezwaar/geschillen."}),
    "holdout8-po-maaspeel": dict(
        documents=["holdout8-po-maaspeel.html"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
               "financien.verdeling", "ouders.informatie"],
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hfst 4 beschrijft alleen audit en verbetering (borging); niveau en inhoud staan in een niet opgenomen referentiekader (bijlage 5).",
            "plaatsing": "Hfst 6 'Toelaatbaarheid' verwijst alleen naar het afzonderlijke Protocol Toelaatbaarheid op de website; header-nav en footer noemen toelaatbaarheid.",
            "terugstroom": "Hfst 7 'Terug naar de basisschool': uitgangspunt, voorwaarden, terugplaatsingsarrangement, stappentabel met momenten en beslissers, cijfers.",
            "financien": "Hfst 8: meerjarenbegroting met bedragen en reserves; nieuw verdeelmodel pas voorjaar 2026 ('tot die tijd zoals in 2024-2025').",
            "dekkend-aanbod": "Hfst 5: route in vijf stappen, voorzieningentabel, Dekkend-aanbodmonitor met acties en Thuiszitterstafel.",
            "resultaten": "Hfst 9: tabel beoogde resultaten met streefwaarden, bereikte resultaten 2021-2025, Kwaliteitsmonitor en rapportage.",
            "ouders": "Art 10.1 OJSP Maas en Peel, Onderwijsconsulenten, klachtenregeling; informatievoorziening wordt opnieuw vormgegeven (communicatieplan 2026); footer-tekst telt niet."}),
}

NP_LABEL = dict(documents=["holdout8-np-thuiszitterspact.pdf"], sector="vo",
                note="Regionaal convenant (Thuiszitterspact) van gemeenten, SWV PO en VO, leerplicht en jeugdhulp; "
                     "bespreekt de ondersteuningsplannen uitvoerig maar is zelf geen ondersteuningsplan van een "
                     "samenwerkingsverband (geen planperiode van het SWV, geen OPR-instemming, partijen zijn meerdere "
                     "organisaties). Sector 'vo' omdat het VO-verband de hoofdpartij is; ook PO wordt genoemd.")


def q(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def write_label(name, lab):
    crit = {k: (k not in lab["false"]) for k in CORE}
    adv = lab["advisory"]
    st = {el: status_of(el, crit, adv) for el in ELEMENTS}
    lines = ["documents: [%s]" % ", ".join(lab["documents"]), "sector: %s" % lab["sector"], "looks_like_plan: true",
             "elements: {%s}" % ", ".join("%s: %s" % (el, st[el]) for el in ELEMENTS), "criteria:"]
    lines += ["  %s: %s" % (k, "true" if crit[k] else "false") for k in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(adv[el])))
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append("  %s: %s" % (el, q(lab["notes"][el])))
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return st


def write_np_label(name, lab):
    lines = ["documents: [%s]" % ", ".join(lab["documents"]), "sector: %s" % lab["sector"], "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:", "  document: %s" % q(lab["note"])]
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ============================================================================================
# Main
# ============================================================================================

def main():
    tmp = tempfile.mkdtemp(prefix="holdout8_")
    try:
        for name, fn, fmt in [("holdout8-po-kempenrand", plan1, "pdf"), ("holdout8-vo-gouwevliet", plan2, "pdf"),
                              ("holdout8-po-hunzeaa", plan3, "docx"), ("holdout8-vo-zuiderzeekust", plan4, "docx"),
                              ("holdout8-po-maaspeel", plan5, "html"),
                              ("holdout8-np-thuiszitterspact", thuiszitterspact, "pdf")]:
            meta, ch = fn()
            if fmt == "html":
                render_html(os.path.join(OUT, name + ".html"), meta, ch)
            elif fmt == "docx":
                render_docx(os.path.join(OUT, name + ".docx"), meta, ch)
            else:
                src = os.path.join(tmp, name + ".docx")
                render_docx(src, meta, ch)
                docx_to_pdf(src, OUT)
            print("wrote", name + "." + fmt)
        for name, lab in LABELS.items():
            st = write_label(name, lab)
            print(name, st)
        write_np_label("holdout8-np-thuiszitterspact", NP_LABEL)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
