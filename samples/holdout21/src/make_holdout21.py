#!/usr/bin/env python3
"""Generate the holdout21 test set: five fictional ondersteuningsplannen (PO/VO) and two
near-miss documents, plus their *.expected.yaml label files.

Deterministic, no network.  Requires python-docx and PyYAML; PDFs are rendered from .docx with
`soffice --headless --convert-to pdf` (LibreOffice).

Usage:  python3 make_holdout21.py [outdir]     (default: the folder above src/)
"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

# ----------------------------------------------------------------------------------------------
# Block model.  A document is a list of tuples:
#   ("title", [lines])            title page (first line large)
#   ("toc", [(level, text, page)])
#   ("chapter", header_text)      start of a chapter: new page; in docx with per-chapter headers
#                                 it also sets the running header
#   ("h1", text) ("h2", text) ("h3", text)
#   ("p", text)  ("ul", [items])  ("ol", [items])
#   ("table", caption, header_row, rows)
#   ("pb",)
# ----------------------------------------------------------------------------------------------


def _add_page_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def _set_hf(section, header_text, footer_text):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.text = footer_text + " – pagina "
    _add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)


def write_docx(blocks, path, header, footer, chapter_headers=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    _set_hf(doc.sections[0], header, footer)
    first_chapter = True
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            for i, line in enumerate(lines):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(26 if i == 0 else (16 if i == 1 else 11))
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for level, text, page in b[1]:
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(14 * (level - 1))
                p.paragraph_format.space_after = Pt(0)
                dots = "." * max(4, 70 - len(text) - 4 * level)
                p.add_run(f"{text} {dots} {page}")
            doc.add_page_break()
        elif kind == "chapter":
            if chapter_headers:
                sec = doc.add_section(WD_SECTION.NEW_PAGE)
                _set_hf(sec, f"{header} | {b[1]}", footer)
            elif not first_chapter:
                doc.add_page_break()
            first_chapter = False
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
            _, caption, head, rows = b
            cp = doc.add_paragraph()
            cr = cp.add_run(caption)
            cr.italic = True
            t = doc.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for i, h in enumerate(head):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.author = "holdout21 generator"
    doc.core_properties.title = header
    doc.save(path)


def write_pdf(blocks, path, header, footer, chapter_headers=False):
    tmp = tempfile.mkdtemp(prefix="holdout21_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        dpath = os.path.join(tmp, base + ".docx")
        write_docx(blocks, dpath, header, footer, chapter_headers)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "pdf", "--outdir", tmp, dpath],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_md(blocks, path, site_header, nav_footer):
    out = [f"_{site_header}_", ""]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend([f"**{x}**  " for x in b[1][1:]])
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud")
            out.append("")
            for level, text, page in b[1]:
                out.append("  " * (level - 1) + f"- {text}")
            out.append("")
        elif kind == "chapter":
            if len(out) > 6:
                out.append(f"_{nav_footer}_")
                out.append("")
                out.append("---")
                out.append("")
        elif kind in ("h1", "h2", "h3"):
            out.append("#" * (int(kind[1]) + 1) + " " + b[1])
            out.append("")
        elif kind == "p":
            out.append(b[1])
            out.append("")
        elif kind == "ul":
            out.extend(["- " + it for it in b[1]])
            out.append("")
        elif kind == "ol":
            out.extend([f"{i}. {it}" for i, it in enumerate(b[1], 1)])
            out.append("")
        elif kind == "table":
            _, caption, head, rows = b
            out.append(f"*{caption}*")
            out.append("")
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "---|" * len(head))
            for r in rows:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "pb":
            pass
    out.append(f"_{nav_footer}_")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title, site_header, site_footer):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{_esc(title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{_esc(site_header)}</p></header>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{_esc(b[1][0])}</h1>")
            for x in b[1][1:]:
                out.append(f'<p class="sub">{_esc(x)}</p>')
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>')
            for level, text, page in b[1]:
                out.append(f"<li>{_esc(text)}</li>")
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            out.append(f"<h{int(kind[1]) + 1}>{_esc(b[1])}</h{int(kind[1]) + 1}>")
        elif kind == "p":
            out.append(f"<p>{_esc(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{_esc(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            _, caption, head, rows = b
            out.append(f"<table><caption>{_esc(caption)}</caption><tr>" +
                       "".join(f"<th>{_esc(h)}</th>" for h in head) + "</tr>")
            for r in rows:
                out.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>{_esc(site_footer)}</p></footer>", "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3", "chapter"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "toc":
            n += sum(len(t.split()) + 1 for _, t, _ in b[1])
        elif b[0] == "table":
            n += len(b[1].split()) + sum(len(c.split()) for r in [b[2]] + list(b[3]) for c in r)
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
        "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
        "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, criteria, advisory, notes, looks_like_plan=True):
    path = os.path.join(OUT, name + ".expected.yaml")
    if looks_like_plan:
        assert set(criteria) == set(CORE), name
        elements = status_from(criteria, advisory)
        el_txt = "{" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}"
        crit_txt = "\n".join(f"  {c}: {'true' if criteria[c] else 'false'}" for c in CORE)
        adv = {k: v for k, v in advisory.items() if v}
        adv_txt = "\n".join(f"  {k}: [{', '.join(v)}]" for k, v in adv.items()) or "  {}"
        if not adv:
            adv_txt = " {}"
        text = (f"documents: [{', '.join(documents)}]\n"
                f"sector: {sector}\n"
                f"looks_like_plan: true\n"
                f"elements: {el_txt}\n"
                f"criteria:\n{crit_txt}\n"
                f"advisory_addressed:{'' if not adv else chr(10)}{adv_txt}\n")
    else:
        text = (f"documents: [{', '.join(documents)}]\n"
                f"sector: {sector}\n"
                f"looks_like_plan: false\n"
                f"elements: {{}}\n"
                f"criteria: {{}}\n")
    text += "notes:\n" + "".join(f"  {k}: {_q(v)}\n" for k, v in notes.items())
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    # self-check
    data = yaml.safe_load(open(path, encoding="utf-8"))
    assert data["looks_like_plan"] == looks_like_plan
    return path


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ----------------------------------------------------------------------------------------------
# Shared filler (the kind of text every real plan has).  Written so that it does NOT address any
# core criterion; where a filler piece does address an advisory criterion this is stated in the
# function's docstring and the label files account for it.
# ----------------------------------------------------------------------------------------------

def f_wettelijk_kader(c):
    art = "artikel 18a, achtste lid, van de Wet op het primair onderwijs (WPO)" if c["po"] else \
        "artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (WVO), sinds 1 augustus 2021 " \
        "opgenomen in de WVO 2020"
    return [
        ("p", f"Het samenwerkingsverband is op grond van de wet verplicht ten minste eens in de vier jaar "
              f"een ondersteuningsplan vast te stellen. Welke onderwerpen het plan in elk geval moet bevatten, "
              f"staat in {art}. Kort samengevat gaat het om: de wijze waarop een samenhangend geheel van "
              f"ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning; de procedure en "
              f"criteria voor de verdeling en besteding van middelen; de procedure en criteria voor de "
              f"toelaatbaarheid tot het {c['special']}; het beleid voor terugplaatsing en overplaatsing; de "
              f"beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd."),
        ("p", "Dit overzicht is bedoeld als kader. In de hoofdstukken hierna beschrijven wij hoe wij als "
              "samenwerkingsverband met deze onderwerpen omgaan. Daarnaast heeft het samenwerkingsverband "
              "andere wettelijke taken, zoals het voeren van op overeenstemming gericht overleg (OOGO) met de "
              "gemeenten en het tijdig toezenden van het plan aan de Inspectie van het Onderwijs, uiterlijk "
              "1 mei voorafgaand aan het eerste schooljaar van de planperiode."),
        ("p", f"Het plan is vastgesteld voor de periode van 1 augustus {c['y0']} tot en met 31 juli {c['y1']}. "
              f"Wijzigingen tussentijds worden, net als het plan zelf, ter instemming voorgelegd aan de "
              f"ondersteuningsplanraad (OPR)."),
    ]


def f_context(c):
    g = ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1]
    return [
        ("p", f"{c['naam']} omvat het grondgebied van de gemeenten {g}. In het samenwerkingsverband werken "
              f"{c['besturen']} schoolbesturen samen. Samen zijn zij verantwoordelijk voor {c['scholen']} "
              f"scholen en vestigingen met in totaal ongeveer {c['leerlingen']} leerlingen (teldatum 1 oktober "
              f"{c['y0'] - 1})."),
        ("p", "De regio kent een gevarieerd karakter. Naast een stedelijke kern met een aantal grotere "
              "scholen liggen er kleine kernen met soms maar één school. De leerlingaantallen in de kleine "
              "kernen lopen al enkele jaren terug, terwijl in de nieuwbouwwijken van de grotere kern juist "
              "sprake is van groei. Dat vraagt van de besturen flexibiliteit in huisvesting en personeel, en "
              "van het samenwerkingsverband dat het ondersteuningsaanbod goed bereikbaar blijft voor alle "
              "kernen."),
        ("p", "Het aandeel leerlingen met een migratieachtergrond is de afgelopen jaren gestegen, onder meer "
              "door de komst van statushouders en arbeidsmigranten. Ook het aantal leerlingen uit gezinnen met "
              "een laag inkomen is in een aantal wijken hoger dan gemiddeld. De gemeenten hebben deze "
              "ontwikkelingen beschreven in hun sociaal-maatschappelijke agenda's; waar relevant sluiten wij "
              "daarbij aan."),
        ("p", "Het lerarentekort raakt onze regio in wisselende mate. Vooral scholen in de stedelijke kern "
              "hebben moeite om vacatures voor leraren en intern begeleiders te vervullen. Dit heeft gevolgen "
              "voor de rust in groepen en daarmee ook voor de ondersteuning die leerlingen krijgen."),
    ]


def f_missie_visie(c, ambitie_deferral=False, ouders_zin=True):
    out = [
        ("h2", "Missie"),
        ("p", f"{c['kort']} wil dat ieder kind en iedere jongere in de regio zich zo goed mogelijk kan "
              "ontwikkelen, op een school die past bij zijn of haar mogelijkheden en zo dicht mogelijk bij huis. "
              + ("Wij doen dat samen met de scholen, de ouders en onze partners in zorg en welzijn." if ouders_zin
                 else "Wij doen dat samen met de scholen en onze partners in zorg en welzijn.")),
        ("h2", "Visie"),
        ("p", "Wij geloven dat goed onderwijs begint in de klas, bij de leraar. Leraren die zich gesteund weten, "
              "kunnen verschillen tussen leerlingen beter hanteren. Daarom investeren wij in de kracht van de "
              "reguliere school en in de samenwerking tussen scholen onderling. Wij denken in mogelijkheden en "
              "niet in beperkingen, en kijken naar wat een leerling nodig heeft in plaats van naar een etiket."),
        ("p", ("Ouders zijn de eerste deskundigen als het om hun kind gaat. Hun inbreng is onmisbaar, ook al "
              "verschillen school en ouders soms van inzicht. " if ouders_zin else
               "Elk kind is anders, en elke school ook. ") + "Wij vinden het belangrijk dat onderwijs en "
              "jeugdhulp elkaar versterken: één kind, één gezin, één plan. Middelen zetten wij zo dicht "
              "mogelijk bij het kind in, met zo weinig mogelijk bureaucratie."),
        ("h2", "Kernwaarden"),
        ("ul", ["Vertrouwen: wij gaan uit van de professionaliteit van scholen en besturen.",
                "Samen: niemand kan het alleen; wij zoeken verbinding met elkaar en met partners.",
                "Dichtbij: ondersteuning zo thuisnabij en zo regulier als mogelijk.",
                "Transparant: wij zijn open over keuzes, middelen en resultaten."]),
    ]
    if ambitie_deferral:
        out.append(("p", "De missie en visie worden in de komende periode vertaald naar concrete ambities. "
                         "Die werken wij uit in de jaarplannen van het samenwerkingsverband."))
    return out


def f_governance(c):
    return [
        ("p", f"{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen de Algemene "
              "Vergadering (AV), die onder meer de begroting, het jaarverslag en het ondersteuningsplan "
              "goedkeurt. De dagelijkse leiding is in handen van de directeur-bestuurder, die als bestuur in de "
              "zin van de statuten optreedt. Het intern toezicht is belegd bij een Raad van Toezicht (RvT) van "
              "vijf leden, van wie twee onafhankelijke leden zonder binding met een van de aangesloten besturen."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en het "
              "bestuursreglement. De RvT hanteert een toezichtkader en evalueert jaarlijks het eigen "
              "functioneren. Voor de samenwerking tussen de besturen onderling geldt de Code Goed Bestuur van de "
              f"{'PO-Raad' if c['po'] else 'VO-raad'}. De statuten bevatten een geschillenregeling voor "
              "geschillen tussen de besturen en het samenwerkingsverband."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Het bureau bestaat "
              "uit een beleidsmedewerker, een controller, een managementassistent, een secretaris van de "
              "commissie die over toewijzingen besluit en een team van consulenten en orthopedagogen. De "
              "formatie van het bureau bedraagt in totaal circa "
              f"{c['fte']} fte. De medewerkers van het bureau zijn in dienst van het samenwerkingsverband of "
              "worden gedetacheerd vanuit een van de aangesloten besturen."),
        ("p", "Naast de formele organen kent het samenwerkingsverband een aantal overlegstructuren: het "
              "directeurenoverleg per deelregio, het netwerk van intern begeleiders of "
              "ondersteuningscoördinatoren, en een beleidsgroep van bestuurders die beleidsvoorstellen "
              "voorbereidt. Deze overleggen hebben geen besluitvormende bevoegdheid maar zijn belangrijk voor "
              "draagvlak en kennisdeling."),
    ]


def f_opr(c, with_parents=True):
    """with_parents=True describes the parents' seats and role -> ouders.betrokkenheid (advisory)."""
    if with_parents:
        first = (f"De ondersteuningsplanraad (OPR) bestaat uit {c['opr']} leden. De helft van de leden is "
                 f"ouder{' of leerling' if not c['po'] else ''}, de andere helft is personeelslid van een van "
                 "de aangesloten scholen. De leden worden afgevaardigd door de medezeggenschapsraden. Via de OPR "
                 "hebben ouders een stem in het beleid van het samenwerkingsverband: zonder instemming van de "
                 "OPR kan het ondersteuningsplan niet worden vastgesteld.")
    else:
        first = (f"De ondersteuningsplanraad (OPR) telt {c['opr']} leden, afgevaardigd vanuit de "
                 "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
                 "ondersteuningsplan en op tussentijdse wijzigingen daarvan.")
    return [
        ("p", first),
        ("p", "De OPR vergadert vijf keer per jaar met de directeur-bestuurder. De raad heeft een eigen "
              "reglement en een faciliteitenregeling; leden ontvangen een vergoeding per bijgewoonde "
              "vergadering en kunnen scholing volgen. De OPR is in een vroeg stadium betrokken bij de "
              "totstandkoming van dit plan, onder meer via twee themabijeenkomsten."),
        ("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad (MR) voor het personeel "
              "van het bureau. Deze MR heeft de bevoegdheden die de Wet medezeggenschap op scholen toekent aan "
              "een personeelsgeleding."),
    ]


def f_oogo(c, substantive=True):
    """substantive=True describes joint work with gemeenten/jeugdhulp -> dekkend-aanbod.ketenpartners."""
    g = ", ".join(c["gemeenten"])
    out = [("p", f"Het ontwerp van dit ondersteuningsplan is besproken in het op overeenstemming gericht "
                 f"overleg (OOGO) met de colleges van burgemeester en wethouders van de gemeenten {g}. Het "
                 f"OOGO vond plaats op {c['oogo_datum']} en is afgesloten met overeenstemming. Het verslag is "
                 f"bij het bestuur beschikbaar.")]
    if substantive:
        out += [
            ("p", "Onderwijs en gemeenten hebben een gezamenlijke opdracht: kinderen en jongeren laten opgroeien "
                  "in een veilige omgeving waarin zij zich kunnen ontwikkelen. Waar de ondersteuning van de "
                  "school ophoudt, begint niet automatisch de jeugdhulp; in de praktijk lopen beide door elkaar. "
                  "Daarom hebben wij met de gemeenten de volgende gezamenlijke thema's benoemd:"),
            ("ul", ["de inzet van jeugdhulp op en rond de school (schoolmaatschappelijk werk, praktijkondersteuner "
                    "jeugd-ggz op school);",
                    "onderwijs-zorgarrangementen voor leerlingen die naast onderwijs ook zorg nodig hebben, "
                    "met een gezamenlijke financiering van onderwijs- en zorgdeel;",
                    "een sluitende aanpak van verzuim en thuiszitten, samen met leerplicht;",
                    "leerlingenvervoer en onderwijshuisvesting;",
                    "de aansluiting tussen onderwijs en arbeidsmarkt."]),
            ("p", "Per gemeente is een vaste contactpersoon vanuit het samenwerkingsverband aangewezen. Twee keer "
                  "per jaar is er een bestuurlijk overleg tussen de directeur-bestuurder en de wethouders "
                  "onderwijs en jeugd; ambtelijk is er maandelijks contact."),
        ]
    else:
        out.append(("p", "Afspraken tussen onderwijs en gemeenten over de inhoudelijke samenwerking maken geen deel "
                         "uit van dit plan; zij worden vastgelegd in de Lokale Educatieve Agenda van de "
                         "afzonderlijke gemeenten."))
    return out


def f_personeel(c):
    return [
        ("p", "Passend onderwijs valt of staat met de mensen in de school. Leraren, intern begeleiders, "
              "ondersteuningscoördinatoren, onderwijsassistenten en schoolleiders doen het eigenlijke werk. Het "
              "samenwerkingsverband heeft geen werkgeversrol voor dit personeel; die ligt bij de besturen. "
              "Wel dragen wij bij aan de deskundigheid van het personeel, via netwerken, scholing en het "
              "beschikbaar stellen van expertise."),
        ("p", "In de planperiode organiseert het samenwerkingsverband jaarlijks een studiedag voor intern "
              "begeleiders en ondersteuningscoördinatoren, en een aantal themabijeenkomsten (bijvoorbeeld over "
              "gedrag, executieve functies, trauma-sensitief lesgeven en meertaligheid). Scholen kunnen "
              "daarnaast een beroep doen op de expertise van de orthopedagogen van het bureau voor "
              "teamscholing."),
        ("p", "De gevolgen van dit plan voor het personeel zijn besproken met de personeelsgeleding van de OPR. "
              "Het plan heeft geen directe gevolgen voor de rechtspositie van personeel. Waar de inzet van "
              "gedetacheerde medewerkers verandert, volgen de besturen de geldende cao-afspraken. Wij zijn ons "
              "bewust van de werkdruk in de scholen en proberen procedures zo eenvoudig mogelijk te houden."),
    ]


def f_ict_privacy(c):
    return [
        ("p", "Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor aanvragen en dossiers. "
              "Scholen dienen aanvragen digitaal in; alleen medewerkers die het dossier voor hun taak nodig "
              "hebben, hebben toegang. De verwerking van persoonsgegevens gebeurt in overeenstemming met de "
              "Algemene verordening gegevensbescherming (AVG)."),
        ("p", "Het samenwerkingsverband heeft een privacyreglement, een verwerkingsregister en een functionaris "
              "gegevensbescherming (FG), die wordt gedeeld met enkele andere samenwerkingsverbanden. "
              "Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor "
              "de wettelijke taken en worden niet langer bewaard dan wettelijk is toegestaan. Datalekken worden "
              "gemeld volgens het protocol datalekken."),
        ("p", "In de planperiode vervangen wij de huidige aanvraagomgeving door een nieuwe applicatie, die ook "
              "beter aansluit op de leerlingadministratiesystemen van de scholen. De aanbesteding daarvan vindt "
              "plaats in het eerste planjaar."),
    ]


def f_planning(c, report_sentence=True):
    out = [
        ("p", "Het ondersteuningsplan is het kader voor vier jaar. Elk jaar werken wij het plan uit in een "
              "jaarplan met activiteiten en een jaarbegroting. De jaarcyclus ziet er als volgt uit:"),
        ("table", "Tabel: jaarcyclus van het samenwerkingsverband", ["Periode", "Activiteit", "Betrokken"],
         [["september–oktober", "Vaststellen jaarplan; teldatum 1 oktober", "Directeur-bestuurder, AV"],
          ["november–december", "Opstellen en vaststellen begroting", "Controller, RvT, AV, OPR"],
          ["januari–februari", "Tussenevaluatie jaarplan", "Bureau, beleidsgroep"],
          ["maart–april", "Voorbereiding jaarplan volgend schooljaar", "Bureau, directeurenoverleg"],
          ["mei–juni", "Jaarverslag en jaarrekening vorig kalenderjaar", "Controller, accountant, RvT"],
          ["juni–juli", "Afronding schooljaar; evaluatie met OPR", "Directeur-bestuurder, OPR"]]),
    ]
    if report_sentence:
        out.append(("p", "Het jaarverslag wordt gepubliceerd op de website van het samenwerkingsverband."))
    out.append(("p", f"Aan het einde van de planperiode, in het schooljaar {c['y1'] - 1}-{c['y1']}, starten wij "
                     "tijdig met de voorbereiding van het volgende ondersteuningsplan, zodat het OOGO en de "
                     "instemming van de OPR ruim voor 1 mei kunnen plaatsvinden."))
    return out


def f_ontwikkelingen(c):
    return [
        ("p", "Het onderwijs in Nederland staat niet stil. Een aantal landelijke ontwikkelingen zal in deze "
              "planperiode gevolgen hebben voor het samenwerkingsverband. Wij noemen de belangrijkste."),
        ("ul", ["De Wet versterking positie ouders en leerlingen in het passend onderwijs: de wet voorziet onder "
                "meer in hoorrecht voor leerlingen, in opname van het ondersteuningsaanbod in de schoolgids en in "
                "een ouder- en jeugdsteunpunt bij ieder samenwerkingsverband.",
                "De landelijke norm voor basisondersteuning: het kabinet heeft een advies ontvangen over een "
                "landelijke norm. Wanneer en in welke vorm deze norm wettelijk wordt verankerd, is nog niet "
                "bekend.",
                "De beweging naar inclusiever onderwijs, waarin regulier en speciaal onderwijs meer "
                "samenwerken en op termijn samen onder één dak onderwijs kunnen bieden.",
                "De aanhoudende personeelstekorten, die vragen om slimme organisatie en om andere vormen van "
                "inzet van onderwijsondersteunend personeel.",
                "De vereenvoudiging van de bekostiging, waardoor de teldatum en de berekening van de "
                "rijksmiddelen zijn gewijzigd."]),
        ("p", "Waar deze ontwikkelingen tijdens de planperiode tot wijziging van ons beleid leiden, passen wij het "
              "plan aan via een addendum, dat ter instemming aan de OPR wordt voorgelegd."),
    ]


GLOSSARY = {
    "Arrangement": "Een samenhangend geheel van ondersteuning voor een leerling of groep leerlingen, "
                   "afgestemd op de ondersteuningsbehoefte.",
    "Basisondersteuning": "Het door de besturen binnen het samenwerkingsverband afgesproken niveau van "
                          "ondersteuning dat alle scholen bieden, planmatig en binnen de onderwijsstructuur van de "
                          "school.",
    "Bekostigingscategorie": "Categorie (laag, midden of hoog) op de toelaatbaarheidsverklaring voor het "
                             "(v)so, die de hoogte van de bekostiging bepaalt.",
    "Dekkend aanbod": "Het geheel van voorzieningen in de regio waardoor voor iedere leerling een passende "
                      "plek beschikbaar is.",
    "Extra ondersteuning": "Alle ondersteuning die de basisondersteuning overstijgt.",
    "Meerjarenbegroting": "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft.",
    "Ondersteuningsplanraad": "Medezeggenschapsorgaan van het samenwerkingsverband, samengesteld uit ouders "
                              "(vo: ouders of leerlingen) en personeel.",
    "Ouder- en jeugdsteunpunt": "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over "
                                "passend onderwijs.",
    "Onderwijsconsulent": "Onafhankelijke deskundige die ouders en scholen kosteloos adviseert bij "
                          "vastgelopen situaties.",
    "Ontwikkelingsperspectief": "Document waarin de school het verwachte uitstroomniveau van een leerling en "
                                "de ondersteuning vastlegt.",
    "Schoolondersteuningsprofiel": "Beschrijving van de ondersteuning die een school biedt.",
    "Terugplaatsing": "De overstap van een leerling uit het speciaal (basis)onderwijs naar het reguliere "
                      "onderwijs.",
    "Thuiszitter": "Leerplichtige jongere die zonder geldige reden niet naar school gaat.",
    "Toelaatbaarheidsverklaring": "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het "
                                  "speciaal (basis)onderwijs; de verklaring heeft een beperkte geldigheidsduur.",
    "Verdeelmodel": "De regels volgens welke het samenwerkingsverband de ondersteuningsmiddelen over besturen en "
                    "voorzieningen verdeelt.",
    "Zorgplicht": "De plicht van een schoolbestuur om voor een aangemelde leerling met extra "
                  "ondersteuningsbehoefte een passende plek te vinden.",
}

ABBR_PO = [("AV", "Algemene Vergadering"), ("AVG", "Algemene verordening gegevensbescherming"),
           ("CvT", "Commissie van Toelaatbaarheid"), ("DUO", "Dienst Uitvoering Onderwijs"),
           ("FG", "Functionaris gegevensbescherming"), ("HGW", "Handelingsgericht werken"),
           ("IB", "Intern begeleider"), ("MDO", "Multidisciplinair overleg"),
           ("OJSP", "Ouder- en jeugdsteunpunt"), ("OOGO", "Op overeenstemming gericht overleg"),
           ("OPP", "Ontwikkelingsperspectief(plan)"), ("OPR", "Ondersteuningsplanraad"),
           ("RvT", "Raad van Toezicht"), ("SBO", "Speciaal basisonderwijs"), ("SO", "Speciaal onderwijs"),
           ("SOP", "Schoolondersteuningsprofiel"), ("SWV", "Samenwerkingsverband"),
           ("TLV", "Toelaatbaarheidsverklaring"), ("WPO", "Wet op het primair onderwijs")]
ABBR_VO = [("AV", "Algemene Vergadering"), ("AVG", "Algemene verordening gegevensbescherming"),
           ("DUO", "Dienst Uitvoering Onderwijs"), ("ISK", "Internationale schakelklas"),
           ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
           ("LWOO", "Leerwegondersteunend onderwijs"), ("OJSP", "Ouder- en jeugdsteunpunt"),
           ("OOGO", "Op overeenstemming gericht overleg"), ("OPDC", "Orthopedagogisch-didactisch centrum"),
           ("OPP", "Ontwikkelingsperspectiefplan"), ("OPR", "Ondersteuningsplanraad"),
           ("PrO", "Praktijkonderwijs"), ("RvT", "Raad van Toezicht"), ("SOP", "Schoolondersteuningsprofiel"),
           ("SWV", "Samenwerkingsverband"), ("TLV", "Toelaatbaarheidsverklaring"),
           ("VSO", "Voortgezet speciaal onderwijs"), ("WVO", "Wet op het voortgezet onderwijs")]


def f_glossary(keys=None):
    keys = keys or sorted(GLOSSARY)
    return [("p", f"{k}: {GLOSSARY[k]}") for k in keys]


def f_abbr(c):
    return [("table", "Afkortingen", ["Afkorting", "Betekenis"],
             [[a, b] for a, b in (ABBR_PO if c["po"] else ABBR_VO)])]


# ==============================================================================================
# Plan 1 — PO, .docx: SWV Passend Primair Onderwijs De Waterlinie
# weak spots: financien (besteding only in absent bijlage 5), resultaten (monitoring deferred)
# traps: terugplaatsing hidden in TLV chapter under "Na de TLV: hoe verder?"; "Geld en middelen"
# ==============================================================================================

C1 = dict(po=True, naam="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie", kort="De Waterlinie",
          special="speciaal basisonderwijs (sbo) en het speciaal onderwijs (so)", y0=2025, y1=2029,
          gemeenten=["Lekdal", "Vianenburg", "Hagestein-Oost", "Everdingen"], besturen=9, scholen=47,
          leerlingen="11.300", fte="14,6", opr=12, oogo_datum="11 februari 2025")


def plan1():
    c = C1
    toc = [(1, "Voorwoord", 3), (1, "Leeswijzer", 4),
           (1, "1  Inleiding en context", 5), (2, "1.1  Wettelijk kader", 5), (2, "1.2  Onze regio", 6),
           (2, "1.3  Terugblik op de planperiode 2021-2025", 7),
           (1, "2  Missie, visie en kernwaarden", 8),
           (1, "3  Basisondersteuning", 10), (2, "3.1  Wat verstaan wij onder basisondersteuning", 10),
           (2, "3.2  De standaarden", 11), (2, "3.3  Borging", 12),
           (1, "4  Extra ondersteuning en dekkend aanbod", 13), (2, "4.1  De ondersteuningsroute", 13),
           (2, "4.2  Arrangementen", 14), (2, "4.3  Bovenschoolse voorzieningen en speciale scholen", 15),
           (2, "4.4  Thuiszitters en witte vlekken", 16),
           (1, "5  Toelaatbaarheid tot sbo en so", 18), (2, "5.1  Wie vraagt aan en hoe", 18),
           (2, "5.2  Wanneer is een leerling toelaatbaar", 19), (2, "5.3  Deskundigenadvies", 20),
           (2, "5.4  Duur en bekostigingscategorie", 21), (2, "5.5  Na de TLV: hoe verder?", 21),
           (2, "5.6  Bezwaar", 22),
           (1, "6  Samenwerking met ouders", 23), (1, "7  Gemeenten en jeugdhulp", 25),
           (1, "8  Kwaliteitszorg en resultaten", 27), (2, "8.1  Beoogde resultaten 2025-2029", 27),
           (2, "8.2  Kwaliteitszorg", 29),
           (1, "9  Organisatie, governance en medezeggenschap", 30),
           (1, "10  Personeel en professionalisering", 32), (1, "11  Geld en middelen", 34),
           (2, "11.1  Inkomsten", 34), (2, "11.2  Verdeling van de middelen", 35),
           (2, "11.3  Meerjarenbegroting en bestedingsplan", 36),
           (1, "12  ICT en privacy", 37), (1, "13  Planning en jaarcyclus", 38),
           (1, "Bijlage 1  Begrippenlijst", 39), (1, "Bijlage 2  Afkortingenlijst", 41),
           (1, "Bijlage 3  Stroomschema toelaatbaarheid", 42),
           (1, "Bijlage 4  Verslag OOGO (separaat)", 43),
           (1, "Bijlage 5  Meerjarenbegroting 2025-2029 (separaat)", 43)]
    b = [("title", ["Ondersteuningsplan 2025-2029", "Samen sterk voor elk kind",
                    c["naam"] + " (PO 29-14)", "Versie ter instemming OPR – 3 maart 2025",
                    "Vastgesteld door de directeur-bestuurder op 15 april 2025"]),
         ("toc", toc),
         ("chapter", "Voorwoord"), ("h1", "Voorwoord"),
         ("p", "Beste lezer,"),
         ("p", "Voor u ligt het ondersteuningsplan 2025-2029 van De Waterlinie. Het is het derde plan sinds de "
               "invoering van passend onderwijs, en misschien wel het belangrijkste. De afgelopen jaren hebben "
               "wij veel geleerd. Over de basisondersteuning die onze scholen bieden, over de weg naar het "
               "speciaal basisonderwijs en het speciaal onderwijs, en over de terugweg. Over de verdeling van de "
               "middelen en over de vraag wat al die inspanningen eigenlijk opleveren voor kinderen."),
         ("p", "Dit plan is tot stand gekomen in gesprek met heel veel mensen: intern begeleiders, "
               "schoolleiders, bestuurders, leden van de OPR, ouders, wethouders en ambtenaren, "
               "jeugdhulpaanbieders en leerplichtambtenaren. Ik wil iedereen die heeft meegedacht hartelijk "
               "danken. In het bijzonder dank ik de OPR voor de kritische en constructieve bijdrage."),
         ("p", "U zult zien dat wij in dit plan niet alles opnieuw uitvinden. Wat goed gaat, houden wij vast. "
               "Wel maken wij scherpere keuzes: wij willen het dekkend aanbod voor de jongste kinderen met "
               "gedragsvragen versterken, de ouders beter informeren en de resultaten van onze inzet beter in "
               "beeld brengen. Ik nodig u uit het plan te lezen en met ons in gesprek te blijven."),
         ("p", "Drs. M.A. (Marieke) van den Heuvel-Smit, directeur-bestuurder"),
         ("chapter", "Leeswijzer"), ("h1", "Leeswijzer"),
         ("p", "Hoofdstuk 1 schetst het wettelijk kader, onze regio en een korte terugblik. Hoofdstuk 2 bevat "
               "onze missie en visie. In hoofdstuk 3 beschrijven wij de basisondersteuning, in hoofdstuk 4 de "
               "extra ondersteuning en het dekkend aanbod. Hoofdstuk 5 gaat over de toelaatbaarheid tot het "
               "sbo en so. Hoofdstuk 6 is gewijd aan de samenwerking met ouders en hoofdstuk 7 aan de "
               "samenwerking met gemeenten. In hoofdstuk 8 staan onze beoogde resultaten. Hoofdstuk 9 en 10 gaan "
               "over organisatie en personeel, hoofdstuk 11 over geld en middelen. De hoofdstukken 12 en 13 "
               "beschrijven ICT, privacy en de jaarcyclus. In de bijlagen vindt u onder meer een begrippenlijst "
               "en een afkortingenlijst."),
         ("p", "Wie snel wil weten wat dit plan betekent voor een kind met een ondersteuningsvraag, kan het "
               "beste beginnen bij hoofdstuk 3, 4 en 5. Bestuurders en toezichthouders vinden de financiële "
               "kaders in hoofdstuk 11."),
         ("chapter", "1 Inleiding en context"), ("h1", "1  Inleiding en context"),
         ("h2", "1.1  Wettelijk kader")] + f_wettelijk_kader(c) + [
         ("h2", "1.2  Onze regio")] + f_context(c) + [
         ("p", "In de regio staan drie scholen voor speciaal basisonderwijs (De Brug, De Kade en Het Wiel) en "
               "twee locaties voor speciaal onderwijs cluster 3 en 4 (De Sterrenkijker en Het Baken). Daarnaast "
               "maken leerlingen gebruik van so-scholen buiten de regio, met name voor ernstig meervoudig "
               "beperkte leerlingen."),
         ("h2", "1.3  Terugblik op de planperiode 2021-2025"),
         ("p", "De vorige planperiode stond in het teken van de coronapandemie en het herstel daarna. Het "
               "loket van het samenwerkingsverband is in 2022 vernieuwd en sindsdien is er één digitaal "
               "aanvraagportaal. In 2023 is de Raad van Toezicht geïnstalleerd, waarmee bestuur en toezicht "
               "formeel zijn gescheiden. Met de gemeenten is het convenant thuiszitters vernieuwd."),
         ("p", "In de gesprekken ter voorbereiding van dit plan kwam naar voren dat scholen het loket "
               "waarderen, maar dat de onderlinge verschillen in basisondersteuning tussen scholen nog te groot "
               "zijn. Ook vonden de OPR en de gemeenten dat de informatie voor ouders te versnipperd was. Deze "
               "punten hebben wij in dit plan opgepakt."),
         ("chapter", "2 Missie, visie en kernwaarden"), ("h1", "2  Missie, visie en kernwaarden")] + \
        f_missie_visie(c) + [
         ("chapter", "3 Basisondersteuning"), ("h1", "3  Basisondersteuning"),
         ("h2", "3.1  Wat verstaan wij onder basisondersteuning"),
         ("p", "Basisondersteuning is de ondersteuning die iedere school van De Waterlinie biedt aan iedere "
               "leerling die dat nodig heeft, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
               "nodig is. De besturen hebben in het algemeen bestuur afgesproken dat alle 47 scholen en "
               "vestigingen ten minste voldoen aan de standaarden in paragraaf 3.2. Dit is de ondergrens: een "
               "school mag meer bieden, maar nooit minder. Wat de school daarbovenop biedt, beschrijft zij in "
               "het schoolondersteuningsprofiel en vanaf de inwerkingtreding van de nieuwe wetgeving in de "
               "schoolgids."),
         ("p", "De basisondersteuning bestaat uit vier onderdelen: basiskwaliteit zoals de inspectie die "
               "beoordeelt, preventieve en licht curatieve interventies, de ondersteuningsstructuur van de "
               "school en planmatig werken. Wij hebben deze onderdelen uitgewerkt in tien standaarden."),
         ("h2", "3.2  De standaarden"),
         ("p", "Ouders mogen van iedere school in De Waterlinie in ieder geval het volgende verwachten:"),
         ("ol", ["De school heeft een intern begeleider met een erkende opleiding, met ten minste 0,4 fte per "
                 "200 leerlingen beschikbaar voor ondersteuning.",
                 "De school werkt handelingsgericht: twee keer per jaar een groepsbespreking en, waar nodig, "
                 "een leerlingbespreking met de intern begeleider.",
                 "De school werkt met het regionale dyslexieprotocol en het protocol ernstige rekenproblemen en "
                 "dyscalculie, inclusief de begeleiding van leerlingen die in aanmerking komen voor vergoede "
                 "dyslexiezorg.",
                 "De school heeft een aanbod voor leerlingen die meer aankunnen: verrijking en verdieping in de "
                 "groep, en deelname aan de bovenschoolse plusklas voor leerlingen die dat nodig hebben.",
                 "De school gebruikt een methode of programma voor sociaal-emotionele ontwikkeling en een "
                 "anti-pestaanpak, en volgt de sociale veiligheid jaarlijks met een gevalideerd instrument.",
                 "De school heeft een protocol medisch handelen en kan eenvoudige medische handelingen "
                 "uitvoeren na instructie.",
                 "De school kan een ontwikkelingsperspectief opstellen en gebruikt daarvoor het regionale "
                 "format.",
                 "De school heeft een ondersteuningsteam (OT) met ten minste de intern begeleider, de "
                 "schoolmaatschappelijk werker en de consulent van het samenwerkingsverband, dat minimaal vier "
                 "keer per jaar bijeenkomt.",
                 "De school biedt taalondersteuning aan leerlingen met een taalachterstand, waaronder "
                 "Nederlands als tweede taal.",
                 "De school draagt leerlingen warm over bij de overstap naar een andere school of naar het "
                 "voortgezet onderwijs."]),
         ("h2", "3.3  Borging"),
         ("p", "Iedere school vult jaarlijks de kwaliteitskaart basisondersteuning in. Eens in de twee jaar "
               "voert een auditteam van twee intern begeleiders van andere besturen en een consulent van het "
               "samenwerkingsverband een audit uit. Voldoet een school op een of meer standaarden niet, dan "
               "stelt het bestuur binnen drie maanden een verbeterplan op; de consulent volgt de uitvoering. "
               "De directeur-bestuurder bespreekt de uitkomsten van de audits jaarlijks met de besturen."),
         ("chapter", "4 Extra ondersteuning en dekkend aanbod"),
         ("h1", "4  Extra ondersteuning en dekkend aanbod"),
         ("p", "Niet iedere ondersteuningsvraag kan binnen de basisondersteuning worden beantwoord. Daarom kent "
               "De Waterlinie een doorlopend aanbod, van lichte extra ondersteuning in de eigen school tot "
               "plaatsing in het speciaal onderwijs. Wij onderscheiden vijf niveaus:"),
         ("table", "Tabel 1: ondersteuningsniveaus in De Waterlinie", ["Niveau", "Omschrijving", "Waar"],
          [["1", "Basisondersteuning in de groep en de school", "Alle scholen"],
           ["2", "Extra ondersteuning met inzet van het eigen schoolbudget", "Reguliere school"],
           ["3", "Arrangement van het samenwerkingsverband (individueel of groep)", "Reguliere school"],
           ["4", "Bovenschoolse voorziening: observatiegroep, plusklas, NT2-schakelklas", "Op locatie"],
           ["5", "Speciaal basisonderwijs of speciaal onderwijs (met TLV)", "Sbo- of so-school"]]),
         ("h2", "4.1  De ondersteuningsroute"),
         ("p", "Als een school handelingsverlegen raakt, bespreekt de intern begeleider de leerling in het "
               "ondersteuningsteam, samen met de ouders. De consulent van het samenwerkingsverband denkt mee "
               "over de vraag welke ondersteuning nodig is en of een arrangement of een andere plek de beste "
               "oplossing is. De school legt dit vast in het groeidocument."),
         ("h2", "4.2  Arrangementen"),
         ("p", "Een arrangement is ondersteuning op maat, bijvoorbeeld de inzet van een gedragsspecialist, "
               "een onderwijsassistent voor een deel van de week of ambulante begeleiding vanuit het so. Scholen "
               "vragen arrangementen aan bij het loket; de Commissie Arrangementen besluit binnen vier weken. "
               "Een arrangement duurt maximaal één schooljaar en wordt halverwege geëvalueerd."),
         ("h2", "4.3  Bovenschoolse voorzieningen en speciale scholen"),
         ("p", "De Waterlinie kent drie bovenschoolse voorzieningen: de observatiegroep De Sluis voor jonge "
               "kinderen (4-7 jaar) bij wie de ondersteuningsbehoefte nog onduidelijk is, de plusklas voor "
               "meer- en hoogbegaafde leerlingen (één dagdeel per week op vier locaties), en de NT2-schakelklas "
               "voor nieuwkomers. Daarnaast zijn er de drie sbo-scholen en twee so-locaties. Voor leerlingen die "
               "naast onderwijs zorg nodig hebben, bieden twee so-locaties onderwijs-zorgarrangementen in "
               "samenwerking met een jeugdhulpaanbieder."),
         ("h2", "4.4  Thuiszitters en witte vlekken"),
         ("p", "Geen kind hoort thuis te zitten. Elke zes weken komt het thuiszittersoverleg bijeen, met de "
               "leerplichtambtenaren, de consulenten van het samenwerkingsverband en de betrokken "
               "jeugdhulpaanbieders. Iedere leerling die langer dan vier weken niet naar school gaat, wordt daar "
               "besproken. Als binnen drie maanden geen oplossing is gevonden, kan de directeur-bestuurder "
               "doorzettingsmacht inzetten: hij of zij wijst dan een school of voorziening aan die de leerling "
               "binnen zes weken een plek biedt. Op de teldatum 1 oktober 2024 waren er in onze regio elf "
               "thuiszitters."),
         ("p", "Jaarlijks analyseren wij met de besturen waar het aanbod tekortschiet, op basis van de "
               "wachtlijsten, de aanvragen bij het loket en de signalen uit het thuiszittersoverleg. Uit de "
               "analyse van 2024 bleek dat er onvoldoende plekken zijn voor jonge kinderen met ernstige "
               "gedragsproblematiek. Daarom start in augustus 2026 een tweede observatiegroep in Vianenburg. Ook "
               "is er een wachtlijst van gemiddeld acht weken voor so cluster 4; met Het Baken is afgesproken "
               "dat leerlingen die wachten een overbruggingsarrangement krijgen."),
         ("chapter", "5 Toelaatbaarheid tot sbo en so"), ("h1", "5  Toelaatbaarheid tot sbo en so"),
         ("p", "Voor plaatsing op een sbo-school of een so-school cluster 3 of 4 is een "
               "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. In dit hoofdstuk beschrijven "
               "wij hoe een TLV wordt aangevraagd, op grond waarvan wordt besloten en wat er gebeurt als de TLV "
               "afloopt. Het stroomschema in bijlage 3 vat de procedure samen."),
         ("h2", "5.1  Wie vraagt aan en hoe"),
         ("ol", ["Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de "
                 "aanvraag digitaal in bij het loket. De ouders ondertekenen de aanvraag of geven hun "
                 "zienswijze, die aan het dossier wordt toegevoegd.",
                 "Bij de aanvraag voegt de school het groeidocument met het ontwikkelingsperspectief, een "
                 "verslag van het ondersteuningsteam waarin de ouders aanwezig waren, en relevante "
                 "onderzoeksverslagen.",
                 "De secretaris van de Commissie van Toelaatbaarheid (CvT) controleert binnen vijf werkdagen of "
                 "het dossier compleet is.",
                 "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit (zie 5.3).",
                 "De CvT besluit binnen zes weken na ontvangst van het complete dossier. De CvT bestaat uit "
                 "de voorzitter (namens de directeur-bestuurder), een orthopedagoog en een schoolleider van "
                 "een niet betrokken school.",
                 "Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de adviezen."]),
         ("h2", "5.2  Wanneer is een leerling toelaatbaar"),
         ("p", "De CvT verklaart een leerling toelaatbaar tot het sbo als aan alle drie de volgende "
               "voorwaarden is voldaan: de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school "
               "met een arrangement kan bieden; de school heeft ten minste zes maanden handelingsgericht gewerkt "
               "volgens het ontwikkelingsperspectief en dit geëvalueerd; en de leerling heeft een "
               "ontwikkelingsachterstand of gedragsproblematiek waarvoor een kleinere groep en een specialistisch "
               "team nodig zijn."),
         ("p", "Voor het so geldt daarnaast dat de ondersteuningsbehoefte structureel is en voortkomt uit een "
               "verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3) of uit "
               "ernstige gedrags- of psychiatrische problematiek (cluster 4), en dat ook het sbo niet in de "
               "behoefte kan voorzien. Een diagnose alleen is geen grond voor toelaatbaarheid; bepalend is de "
               "ondersteuningsbehoefte."),
         ("h2", "5.3  Deskundigenadvies"),
         ("p", "Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog, en afhankelijk "
               "van de vraag een tweede deskundige, zoals een kinderarts, maatschappelijk werker of "
               "kinderpsychiater. De deskundigen zijn niet betrokken geweest bij het opstellen van de aanvraag "
               "en geven ieder een eigen, schriftelijk advies."),
         ("h2", "5.4  Duur en bekostigingscategorie"),
         ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren; een TLV voor het so één tot drie "
               "schooljaren, afhankelijk van de prognose. Voor leerlingen met een structurele beperking kan de "
               "CvT een TLV afgeven tot het einde van de basisschoolleeftijd. Bij een TLV voor het so stelt de "
               "CvT de bekostigingscategorie vast (laag, midden of hoog)."),
         ("h2", "5.5  Na de TLV: hoe verder?"),
         ("p", "Het uitgangspunt van De Waterlinie is dat een plaatsing in het sbo of so geen eindstation hoeft "
               "te zijn. Waar het kan, keert een leerling terug naar een reguliere basisschool, bij voorkeur "
               "dicht bij huis. Wij vinden dat alleen verantwoord als de leerling zich in het sbo of so zo heeft "
               "ontwikkeld dat de ondersteuningsbehoefte binnen de basisondersteuning met een arrangement kan "
               "worden opgevangen, en als de ontvangende school is voorbereid."),
         ("p", "In het laatste schooljaar van de TLV bespreekt de sbo- of so-school uiterlijk 1 februari in het "
               "multidisciplinair overleg, met de ouders en de consulent van het samenwerkingsverband, of "
               "terugkeer mogelijk is. Is dat zo, dan zoekt de school samen met de ouders een ontvangende "
               "school; de consulent bemiddelt. De overstap vindt bij voorkeur plaats na een proefperiode van "
               "zes weken. Is terugkeer nog niet verantwoord, dan vraagt de school uiterlijk 1 april een nieuwe "
               "TLV aan volgens de procedure van paragraaf 5.1."),
         ("p", "Een leerling die terugkeert, krijgt voor het eerste schooljaar na de overstap een "
               "terugkeerarrangement: ambulante begeleiding vanuit de sbo- of so-school en extra uren "
               "begeleiding in de groep, bekostigd door het samenwerkingsverband. Na een half jaar volgt een "
               "evaluatie in het ondersteuningsteam van de ontvangende school."),
         ("h2", "5.6  Bezwaar"),
         ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
               "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke "
               "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die de directeur-bestuurder "
               "adviseert. Na de beslissing op bezwaar staat beroep open bij de rechtbank."),
         ("chapter", "6 Samenwerking met ouders"), ("h1", "6  Samenwerking met ouders"),
         ("p", "Ouders en school zijn partners. Ouders kennen hun kind als geen ander en worden betrokken bij "
               "alle besluiten over de ondersteuning: zij denken mee over het ontwikkelingsperspectief, zijn "
               "aanwezig in het ondersteuningsteam en geven hun zienswijze bij een aanvraag."),
         ("p", "Ouders vinden informatie over de ondersteuning in de regio op de ouderpagina van onze website, "
               "waar per school het schoolondersteuningsprofiel staat en de route naar extra ondersteuning en "
               "het sbo en so in gewone taal wordt uitgelegd. Daarnaast is er een ouderbrochure, in het "
               "Nederlands, Engels, Arabisch en Pools, die iedere school aan nieuwe ouders meegeeft. Twee keer "
               "per jaar organiseren wij een informatieavond voor ouders, afwisselend in Lekdal en Vianenburg. "
               "De scholen verwijzen in hun schoolgids naar deze informatie."),
         ("p", "Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het Ouder- en "
               "Jeugdsteunpunt Waterlinie. Het steunpunt is onafhankelijk van het samenwerkingsverband en de "
               "besturen, en is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur. Een "
               "ouderadviseur luistert, legt uit en gaat desgewenst mee naar gesprekken op school. Ook kunnen "
               "ouders kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het "
               "samenwerkingsverband geldt de klachtenregeling; geschillen over toelating, verwijdering of "
               "het ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend "
               "onderwijs."),
         ("chapter", "7 Gemeenten en jeugdhulp"), ("h1", "7  Gemeenten en jeugdhulp")] + f_oogo(c) + [
         ("chapter", "8 Kwaliteitszorg en resultaten"), ("h1", "8  Kwaliteitszorg en resultaten"),
         ("h2", "8.1  Beoogde resultaten 2025-2029"),
         ("p", "Voor deze planperiode hebben wij de volgende resultaten voor leerlingen met een "
               "ondersteuningsbehoefte geformuleerd:"),
         ("table", "Tabel 2: beoogde resultaten", ["Thema", "Beoogd resultaat in juli 2029"],
          [["Basisondersteuning", "Alle 47 scholen voldoen aan alle tien standaarden"],
           ["Thuiszitters", "Geen leerling zit langer dan drie maanden thuis; het aantal thuiszitters is "
                            "gehalveerd ten opzichte van 1 oktober 2024"],
           ["Thuisnabij", "Het deelnamepercentage sbo en so is ten hoogste 3,0%"],
           ["Terugkeer", "Jaarlijks keren ten minste tien leerlingen uit sbo en so terug naar het "
                         "regulier onderwijs"],
           ["Doorlooptijd", "90% van de TLV-aanvragen is binnen zes weken afgehandeld"],
           ["Ouders", "Ten minste 75% van de ouders van leerlingen met een arrangement is tevreden over "
                      "de ondersteuning"]]),
         ("h2", "8.2  Kwaliteitszorg"),
         ("p", "Kwaliteitszorg is meer dan meten. Het gaat om een cultuur waarin scholen en samenwerkingsverband "
               "elkaar aanspreken en van elkaar leren. Het kwaliteitszorgsysteem van De Waterlinie wordt in deze "
               "planperiode opnieuw ingericht. Hoe wij de voortgang op de beoogde resultaten gaan meten, welke "
               "bronnen wij daarvoor gebruiken en op welke momenten wij erover rapporteren, leggen wij vast in een "
               "kwaliteitshandboek dat in de loop van het schooljaar 2025-2026 wordt opgesteld."),
         ("chapter", "9 Organisatie, governance en medezeggenschap"),
         ("h1", "9  Organisatie, governance en medezeggenschap")] + f_governance(c) + [
         ("h2", "Medezeggenschap")] + f_opr(c) + [
         ("chapter", "10 Personeel en professionalisering"), ("h1", "10  Personeel en professionalisering")] + \
        f_personeel(c) + [
         ("chapter", "11 Geld en middelen"), ("h1", "11  Geld en middelen"),
         ("h2", "11.1  Inkomsten"),
         ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
               "ondersteuning, berekend op basis van het aantal leerlingen in het basisonderwijs op de "
               "teldatum. Van dit budget houdt DUO rechtstreeks de bekostiging van het so boven het basisbedrag "
               "en de overdracht aan het sbo in. Het resterende budget is beschikbaar voor de verdeling die "
               "hieronder wordt beschreven."),
         ("h2", "11.2  Verdeling van de middelen"),
         ("p", "De Waterlinie werkt met een schoolmodel: het grootste deel van de middelen gaat naar de "
               "besturen, zodat de ondersteuning zo dicht mogelijk bij de leerling kan worden georganiseerd. "
               "De verdeling kent drie stromen:"),
         ("ol", ["Schoolbudget: ieder bestuur ontvangt € 145 per leerling op de teldatum 1 oktober van het "
                 "voorafgaande jaar, plus een vaste voet van € 6.500 per vestiging. Het bestuur zet het "
                 "schoolbudget in voor de extra ondersteuning op niveau 2.",
                 "Arrangementen: voor arrangementen op niveau 3 reserveert het samenwerkingsverband een bedrag "
                 "dat de Commissie Arrangementen op aanvraag toekent, op basis van de criteria in hoofdstuk 4. "
                 "Een individueel arrangement bedraagt maximaal € 9.000 per schooljaar.",
                 "Bovenschoolse voorzieningen: de observatiegroep, de plusklas en de NT2-schakelklas worden "
                 "centraal bekostigd; het bestuur dat de voorziening huisvest ontvangt een vast bedrag per "
                 "groep."]),
         ("p", "Het algemeen bestuur stelt de bedragen jaarlijks vast bij de begroting, na advies van de "
               "beleidsgroep. Een wijziging van het verdeelmodel zelf wordt voorgelegd aan de OPR. Besturen "
               "leggen jaarlijks vóór 1 juni verantwoording af over de inzet van het schoolbudget, met een "
               "vast format waarin zij per school aangeven welke ondersteuning is ingezet en voor hoeveel "
               "leerlingen."),
         ("h2", "11.3  Meerjarenbegroting en bestedingsplan"),
         ("p", "De meerjarenbegroting 2025-2029 en het bestedingsplan zijn opgenomen in bijlage 5. Deze bijlage "
               "wordt na goedkeuring van de begroting 2026 door de Algemene Vergadering aan het plan toegevoegd. "
               "Tot dat moment geldt de begroting die in december 2024 is vastgesteld."),
         ("p", "Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves conform de methodiek "
               "van de inspectie. De reserves liggen onder die waarde; het weerstandsvermogen is voldoende om "
               "de financiële risico's op te vangen."),
         ("chapter", "12 ICT en privacy"), ("h1", "12  ICT en privacy")] + f_ict_privacy(c) + [
         ("chapter", "13 Planning en jaarcyclus"), ("h1", "13  Planning en jaarcyclus")] + f_planning(c) + [
         ("chapter", "Bijlage 1 Begrippenlijst"), ("h1", "Bijlage 1  Begrippenlijst")] + f_glossary() + [
         ("chapter", "Bijlage 2 Afkortingenlijst"), ("h1", "Bijlage 2  Afkortingenlijst")] + f_abbr(c) + [
         ("chapter", "Bijlage 3 Stroomschema toelaatbaarheid"), ("h1", "Bijlage 3  Stroomschema toelaatbaarheid"),
         ("table", "Stroomschema TLV (samenvatting van hoofdstuk 5)", ["Stap", "Wie", "Termijn"],
          [["Bespreking in ondersteuningsteam met ouders", "School, ouders, consulent", "—"],
           ["Digitale aanvraag bij het loket", "Bevoegd gezag school", "—"],
           ["Controle volledigheid", "Secretaris CvT", "5 werkdagen"],
           ["Twee deskundigenadviezen", "Orthopedagoog/psycholoog + tweede deskundige", "3 weken"],
           ["Besluit", "Commissie van Toelaatbaarheid", "binnen 6 weken"],
           ["Bezwaar", "Ouders of bevoegd gezag, via LBT", "6 weken"]]),
         ]
    return b


# ==============================================================================================
# Plan 2 — VO, .pdf: Stichting Samenwerkingsverband VO Brabantse Wouden
# weak spots: basisondersteuning inhoud (absent bijlage 2), TLV criteria (absent bijlage 5),
# terugstroom missing (only near-misses: rebound return, uitstroom, doorstroom), OJSP deferred
# ==============================================================================================

C2 = dict(po=False, naam="Stichting Samenwerkingsverband VO Brabantse Wouden", kort="Brabantse Wouden",
          special="voortgezet speciaal onderwijs (vso), het praktijkonderwijs en het leerwegondersteunend "
                  "onderwijs", y0=2024, y1=2028,
          gemeenten=["Woudrichem-Oost", "Heeze-Loon", "Sint-Achtenberg"], besturen=6, scholen=14,
          leerlingen="9.800", fte="11,2", opr=10, oogo_datum="23 januari 2024")


def plan2():
    c = C2
    toc = [(1, "Voorwoord", 2), (1, "Leeswijzer", 3), (1, "Samenvatting", 4),
           (1, "1  Kaders", 6), (2, "1.1  Wettelijke opdracht", 6), (2, "1.2  De regio in beeld", 7),
           (1, "2  Koers 2024-2028", 9), (2, "2.1  Missie en visie", 9), (2, "2.2  Speerpunten", 10),
           (1, "3  Het ondersteuningsaanbod", 12), (2, "3.1  Basisondersteuning", 12),
           (2, "3.2  Extra ondersteuning in de school", 13), (2, "3.3  OPDC De Overstap en rebound", 14),
           (2, "3.4  Voortgezet speciaal onderwijs", 15), (2, "3.5  Thuiszitters en zorgplicht", 16),
           (1, "4  Toewijzing en toelaatbaarheid", 18), (2, "4.1  Commissie Toewijzing", 18),
           (2, "4.2  Toelaatbaarheid vso", 18), (2, "4.3  Lwoo en praktijkonderwijs", 20),
           (1, "5  Doorlopende lijnen", 22), (1, "6  Ouders en leerlingen", 24),
           (1, "7  Samenwerking met gemeenten", 26),
           (1, "8  Resultaten en kwaliteitszorg", 28), (2, "8.1  Wat willen we bereiken", 28),
           (2, "8.2  Hoe volgen we de resultaten", 29), (2, "8.3  Terugblik 2020-2024", 30),
           (1, "9  Organisatie en medezeggenschap", 31), (1, "10  Personeel", 33),
           (1, "11  Geld en middelen", 34), (2, "11.1  Verdeelmodel", 34),
           (2, "11.2  Meerjarenbegroting", 36), (2, "11.3  Reserves en risico's", 37),
           (1, "12  Privacy en ICT", 38), (1, "13  Jaarcyclus", 39),
           (1, "Bijlage 1  Begrippen", 40), (1, "Bijlage 2  Kwaliteitskaart basisondersteuning", 42),
           (1, "Bijlage 3  Afkortingen", 44), (1, "Bijlage 4  Instemmingsbesluit OPR", 45),
           (1, "Bijlage 5  Toetsingskader TLV vso", 46)]
    b = [("title", ["Ondersteuningsplan 2024-2028", "Koers houden, samen verder",
                    c["naam"] + " (VO 30-09)", "Definitieve versie, vastgesteld 18 april 2024"]),
         ("toc", toc),
         ("chapter", "Voorwoord"), ("h1", "Voorwoord"),
         ("p", "Met trots presenteren wij het ondersteuningsplan 2024-2028. Het plan laat zien hoe de "
               "veertien scholen voor voortgezet onderwijs in de Brabantse Wouden samen zorgen voor een "
               "passende plek voor iedere leerling. Het gaat over de basisondersteuning en de extra "
               "ondersteuning, over toelaatbaarheid tot het vso, over lwoo en praktijkonderwijs, over "
               "terugplaatsing en doorstroom, over de verdeling van de middelen, over resultaten en over de "
               "samenwerking met ouders en leerlingen."),
         ("p", "De afgelopen vier jaar hebben laten zien dat samenwerking loont. Het aantal thuiszitters is "
               "gedaald, het OPDC is uitgegroeid tot een stevige voorziening en de scholen weten elkaar beter te "
               "vinden. Tegelijk zien wij nieuwe vragen: meer leerlingen met psychische klachten, meer "
               "schoolverzuim en een groeiende groep nieuwkomers. Dit plan geeft richting aan hoe wij daarmee "
               "omgaan."),
         ("p", "Ik dank de OPR, de schoolleiders, de ondersteuningscoördinatoren en onze partners in de "
               "gemeenten voor hun bijdrage. Samen houden wij koers."),
         ("p", "J.P. (Jan-Pieter) Verschuren, directeur-bestuurder"),
         ("chapter", "Leeswijzer"), ("h1", "Leeswijzer"),
         ("p", "Na de samenvatting beschrijven wij in hoofdstuk 1 de kaders en de regio. Hoofdstuk 2 bevat onze "
               "koers. Hoofdstuk 3 beschrijft het ondersteuningsaanbod, van basisondersteuning tot vso. "
               "Hoofdstuk 4 gaat over toewijzing en toelaatbaarheid, inclusief lwoo en praktijkonderwijs. In "
               "hoofdstuk 5 komen de doorlopende lijnen aan bod en in hoofdstuk 6 de ouders en leerlingen. "
               "Hoofdstuk 7 beschrijft de samenwerking met gemeenten, hoofdstuk 8 de resultaten. De hoofdstukken "
               "9 tot en met 13 gaan over organisatie, personeel, geld, privacy en de jaarcyclus."),
         ("p", "Waar in de tekst wordt verwezen naar een bijlage, is die bijlage opgenomen in de bundel "
               "'Bijlagen bij het ondersteuningsplan 2024-2028', die apart is gepubliceerd."),
         ("chapter", "Samenvatting"), ("h1", "Samenvatting"),
         ("p", "Brabantse Wouden kiest in deze planperiode voor drie speerpunten: (1) sterke basis in elke "
               "school, (2) geen leerling zonder passende plek, en (3) transparant over geld en resultaten. "
               "De scholen blijven verantwoordelijk voor de ondersteuning in de school; het samenwerkingsverband "
               "faciliteert, verbindt en zorgt voor voorzieningen die een school alleen niet kan bieden. De "
               "middelen gaan grotendeels via een vast verdeelmodel naar de besturen. De resultaten volgen wij "
               "met een beperkt aantal indicatoren, waarover wij jaarlijks rapporteren."),
         ("chapter", "1 Kaders"), ("h1", "1  Kaders"), ("h2", "1.1  Wettelijke opdracht")] + \
        f_wettelijk_kader(c) + [("h2", "1.2  De regio in beeld")] + f_context(c) + [
         ("p", "In de regio bieden vijf scholen lwoo aan en zijn er twee scholen voor praktijkonderwijs. Er is "
               "één vso-school binnen de regio (De Horizon, cluster 4) met een afdeling voor cluster 3; "
               "leerlingen met een zeer specifieke ondersteuningsbehoefte gaan naar vso-scholen in de "
               "omliggende regio's."),
         ("chapter", "2 Koers 2024-2028"), ("h1", "2  Koers 2024-2028"), ("h2", "2.1  Missie en visie")] + \
        f_missie_visie(c)[1:] + [
         ("h2", "2.2  Speerpunten"),
         ("p", "Onze drie speerpunten zijn uitgewerkt in doelen die in hoofdstuk 8 zijn opgenomen. Per "
               "speerpunt is een werkgroep van schoolleiders en ondersteuningscoördinatoren verantwoordelijk "
               "voor de uitvoering; de directeur-bestuurder rapporteert over de voortgang aan de Algemene "
               "Vergadering."),
         ("chapter", "3 Het ondersteuningsaanbod"), ("h1", "3  Het ondersteuningsaanbod"),
         ("p", "Het ondersteuningsaanbod in de Brabantse Wouden is opgebouwd als een continuüm met vier "
               "niveaus. Hoe zwaarder de ondersteuningsbehoefte, hoe specialistischer het aanbod, maar altijd zo "
               "dicht mogelijk bij de reguliere school."),
         ("table", "Tabel 1: het ondersteuningscontinuüm", ["Niveau", "Aanbod", "Toegang"],
          [["1 Basis", "Basisondersteuning op elke vestiging", "Direct, via mentor en ondersteuningscoördinator"],
           ["2 Extra in de school", "Ondersteuningsvoorzieningen en arrangementen van de school (o.a. "
                                    "trajectvoorziening, lwoo)", "Ondersteuningsteam van de school"],
           ["3 Bovenschools", "OPDC De Overstap, rebound, ISK, Op-de-rails-traject", "Commissie Toewijzing"],
           ["4 Specialistisch", "Vso cluster 3 en 4, onderwijs-zorgarrangementen", "TLV"]]),
         ("h2", "3.1  Basisondersteuning"),
         ("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de "
               "onderwijsondersteuningsstructuur van de school, onder regie en verantwoordelijkheid van de "
               "school, planmatig en op een overeengekomen kwaliteitsniveau wordt uitgevoerd. Alle besturen in "
               "de Brabantse Wouden hebben afgesproken dat iedere vestiging dit niveau biedt; het is de "
               "gezamenlijke ondergrens in de regio."),
         ("p", "Welke voorzieningen en deskundigheid dat concreet betekent, is vastgelegd in de Kwaliteitskaart "
               "basisondersteuning (bijlage 2). De kaart wordt in het eerste jaar van de planperiode "
               "geactualiseerd. In het jaarlijkse ondersteuningsgesprek tussen de schoolleider en de "
               "directeur-bestuurder wordt besproken in hoeverre de vestiging aan de kaart voldoet; waar dat "
               "niet zo is, worden verbeterafspraken gemaakt die in het volgende gesprek worden getoetst."),
         ("h2", "3.2  Extra ondersteuning in de school"),
         ("p", "Iedere school ontvangt middelen om extra ondersteuning te organiseren. Scholen gebruiken die "
               "voor een trajectvoorziening of ondersteuningsruimte, voor individuele begeleiding en voor "
               "kleine groepen. Welke extra ondersteuning een school biedt, staat in het "
               "schoolondersteuningsprofiel. Scholen met lwoo bieden kleinere klassen en extra begeleiding "
               "voor leerlingen met een lwoo-aanwijzing."),
         ("h2", "3.3  OPDC De Overstap en rebound"),
         ("p", "OPDC De Overstap biedt tijdelijk onderwijs aan leerlingen die (tijdelijk) niet in de reguliere "
               "school kunnen functioneren, maximaal 24 plaatsen. De leerling blijft ingeschreven op de eigen "
               "school. Een plaatsing duurt twaalf weken en kan eenmaal worden verlengd; daarna keert de "
               "leerling terug naar de eigen school of wordt, als dat beter past, een andere plek gezocht. De "
               "reboundvoorziening is bedoeld voor een korte time-out van maximaal zes weken."),
         ("h2", "3.4  Voortgezet speciaal onderwijs"),
         ("p", "Voor leerlingen met een structurele, intensieve ondersteuningsbehoefte is er het vso. De Horizon "
               "biedt uitstroomprofielen vervolgonderwijs, arbeidsmarkt en dagbesteding. Samen met een "
               "jeugdhulpaanbieder biedt De Horizon onderwijs-zorgarrangementen voor leerlingen die naast "
               "onderwijs intensieve zorg nodig hebben."),
         ("h2", "3.5  Thuiszitters en zorgplicht"),
         ("p", "Elk schoolbestuur heeft zorgplicht. Lukt het een school niet om binnen tien weken na aanmelding "
               "een passende plek te bieden of te vinden, dan meldt de school dit bij het samenwerkingsverband. "
               "Een trajectbegeleider van het samenwerkingsverband zoekt dan samen met de scholen naar een "
               "plek; komen de besturen er niet uit, dan besluit de directeur-bestuurder welke school de "
               "leerling plaatst."),
         ("p", "Voor thuiszitters werkt het samenwerkingsverband samen met leerplicht in het Thuiszitterstafel-"
               "overleg, dat iedere maand bijeenkomt. Iedere leerling die langer dan vier weken verzuimt, wordt "
               "daar besproken en krijgt binnen twee weken een trajectbegeleider. Wij houden per kwartaal bij "
               "welke leerlingen wachten op een plek in het OPDC of vso; staan er meer dan vijf leerlingen op "
               "een wachtlijst, dan bespreken de besturen in de Algemene Vergadering hoe de capaciteit wordt "
               "uitgebreid. In 2023 leidde dit tot uitbreiding van het OPDC met acht plaatsen."),
         ("chapter", "4 Toewijzing en toelaatbaarheid"), ("h1", "4  Toewijzing en toelaatbaarheid"),
         ("h2", "4.1  Commissie Toewijzing"),
         ("p", "De Commissie Toewijzing van het samenwerkingsverband besluit over plaatsing in bovenschoolse "
               "voorzieningen, over toelaatbaarheid tot het vso en over aanwijzingen voor lwoo en "
               "toelaatbaarheid tot het praktijkonderwijs. De commissie bestaat uit een voorzitter, een "
               "orthopedagoog en een GZ-psycholoog en vergadert wekelijks."),
         ("h2", "4.2  Toelaatbaarheid vso"),
         ("p", "Een aanvraag voor een TLV vso wordt ingediend door het bevoegd gezag van de school waar de "
               "leerling staat ingeschreven, of waar de leerling is aangemeld. De aanvraag bevat het "
               "ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg, het "
               "handelingsdeel met de ingezette ondersteuning en de zienswijze van ouders en leerling. Twee "
               "deskundigen geven ieder een eigen schriftelijk advies; een van hen is orthopedagoog of "
               "psycholoog, de ander wordt gekozen op basis van de hulpvraag. De Commissie Toewijzing "
               "besluit binnen zes weken. Een TLV vso wordt afgegeven voor ten hoogste drie schooljaren, met "
               "de bekostigingscategorie laag, midden of hoog."),
         ("p", "De commissie toetst de aanvraag aan het Toetsingskader TLV vso (bijlage 5). Daarin is "
               "uitgewerkt in welke situaties een leerling toelaatbaar is en hoe de bekostigingscategorie wordt "
               "bepaald."),
         ("h2", "4.3  Lwoo en praktijkonderwijs"),
         ("p", "Voor lwoo en praktijkonderwijs meldt de ontvangende VO-school de leerling vóór 1 maart aan bij "
               "de Commissie Toewijzing, met het onderwijskundig rapport van de basisschool en de gegevens van "
               "het capaciteitenonderzoek en de didactische toetsen. De commissie besluit vóór 1 mei, zodat "
               "de leerling bij de start van het schooljaar weet waar hij aan toe is. Brabantse Wouden volgt de "
               "landelijke regelgeving; er is niet gekozen voor eigen lwoo-criteria. Een aanwijzing lwoo geldt "
               "voor de duur van de opleiding, een toelaatbaarheidsverklaring praktijkonderwijs voor de duur "
               "van de inschrijving."),
         ("chapter", "5 Doorlopende lijnen"), ("h1", "5  Doorlopende lijnen"),
         ("p", "Overgangen zijn kwetsbare momenten. Bij de overstap van het primair naar het voortgezet "
               "onderwijs werken wij samen met de samenwerkingsverbanden PO in de regio. Voor leerlingen met een "
               "ondersteuningsbehoefte vindt een warme overdracht plaats, waarbij de intern begeleider van de "
               "basisschool en de ondersteuningscoördinator van de VO-school elkaar spreken vóór de zomer."),
         ("p", "Bij de doorstroom naar het mbo werken wij samen met de twee roc's in de regio. Leerlingen uit "
               "het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt worden begeleid naar werk "
               "met een stage en een jobcoach; de scholen volgen hun uitstroom twee jaar lang. Binnen het VO "
               "stromen leerlingen soms door naar een andere leerweg of school; de ondersteuningscoördinatoren "
               "zorgen dan voor overdracht van het ontwikkelingsperspectief."),
         ("chapter", "6 Ouders en leerlingen"), ("h1", "6  Ouders en leerlingen"),
         ("p", "Ouders en leerlingen zijn volwaardige gesprekspartners. De leerling heeft hoorrecht bij het "
               "opstellen van het ontwikkelingsperspectiefplan, en ouders en leerling worden uitgenodigd bij het "
               "multidisciplinair overleg. In de OPR zitten ouders en leerlingen."),
         ("p", "Ouders worden op verschillende manieren geïnformeerd over het ondersteuningsaanbod. Op de "
               "website staat een ouderdeel met uitleg over het aanbod per niveau, de schoolondersteunings"
               "profielen van alle scholen en de route naar het OPDC en het vso. Bij de open dagen van alle "
               "scholen ligt de folder 'Passend onderwijs in de Brabantse Wouden'. In januari organiseren wij "
               "voor ouders van leerlingen in groep 8 een informatieavond over ondersteuning in het VO, samen "
               "met de samenwerkingsverbanden PO."),
         ("p", "De wet schrijft voor dat elk samenwerkingsverband een ouder- en jeugdsteunpunt krijgt. Wij "
               "zullen dat steunpunt inrichten zodra de wettelijke regeling van kracht is; over de vorm en de "
               "samenwerking met andere samenwerkingsverbanden wordt op dat moment besloten. Voor vragen over "
               "klachten en geschillen verwijzen wij naar de pagina 'Klachten' op onze website."),
         ("chapter", "7 Samenwerking met gemeenten"), ("h1", "7  Samenwerking met gemeenten")] + f_oogo(c) + [
         ("chapter", "8 Resultaten en kwaliteitszorg"), ("h1", "8  Resultaten en kwaliteitszorg"),
         ("h2", "8.1  Wat willen we bereiken"),
         ("table", "Tabel 2: doelen 2024-2028", ["Speerpunt", "Indicator", "Streefwaarde 2028"],
          [["Sterke basis", "Vestigingen die voldoen aan de kwaliteitskaart", "100%"],
           ["Sterke basis", "Tevredenheid ondersteuningscoördinatoren over expertise SWV", "≥ 7,5"],
           ["Passende plek", "Thuiszitters langer dan 3 maanden (teldatum 1 oktober)", "0"],
           ["Passende plek", "Deelnamepercentage vso", "≤ 3,2% (2023: 3,6%)"],
           ["Passende plek", "Leerlingen OPDC die binnen 24 weken regulier onderwijs volgen", "≥ 80%"],
           ["Transparant", "Besturen die tijdig verantwoording afleggen", "100%"]]),
         ("h2", "8.2  Hoe volgen we de resultaten"),
         ("p", "De indicatoren uit tabel 2 worden twee keer per jaar gemeten: op de teldatum 1 oktober en op "
               "1 maart. De gegevens komen uit de registratie van de Commissie Toewijzing, de "
               "leerplichtregistratie, de DUO-kijkglasgegevens en een jaarlijkse peiling onder "
               "ondersteuningscoördinatoren. De beleidsmedewerker stelt een dashboard op dat in de Algemene "
               "Vergadering en met de OPR wordt besproken. In het jaarverslag rapporteren wij over de bereikte "
               "resultaten en de middelen die daarvoor zijn ingezet. Blijft een indicator twee metingen achter "
               "bij de streefwaarde, dan stelt de betreffende werkgroep een verbeteraanpak op."),
         ("h2", "8.3  Terugblik 2020-2024"),
         ("p", "In de vorige planperiode daalde het aantal thuiszitters langer dan drie maanden van 14 naar 6. "
               "Het deelnamepercentage vso bleef vrijwel gelijk (3,7% in 2020, 3,6% in 2023). Van de leerlingen "
               "die het OPDC verlieten, volgde 74% na 24 weken regulier onderwijs."),
         ("chapter", "9 Organisatie en medezeggenschap"), ("h1", "9  Organisatie en medezeggenschap")] + \
        f_governance(c) + f_opr(c) + [
         ("chapter", "10 Personeel"), ("h1", "10  Personeel")] + f_personeel(c) + [
         ("chapter", "11 Geld en middelen"), ("h1", "11  Geld en middelen"),
         ("p", "Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning. DUO houdt "
               "de bekostiging van het vso boven het basisbedrag en de middelen voor lwoo en praktijkonderwijs "
               "rechtstreeks in en betaalt die aan de scholen uit."),
         ("h2", "11.1  Verdeelmodel"),
         ("p", "De middelen die overblijven, verdeelt het samenwerkingsverband volgens een vast verdeelmodel dat "
               "door de Algemene Vergadering is vastgesteld en waarop de OPR heeft ingestemd:"),
         ("ul", ["Basisbudget per school: € 80 per leerling op de teldatum van het voorgaande jaar;",
                 "Budget extra ondersteuning: € 95 per leerling in het vmbo en € 40 per leerling in havo/vwo, "
                 "omdat in het vmbo meer leerlingen extra ondersteuning nodig hebben;",
                 "Bovenschoolse voorzieningen (OPDC, rebound, ISK): centraal begroot, met een bijdrage van de "
                 "school van € 1.500 per geplaatste leerling per periode;",
                 "Trajectbegeleiding en expertise: centraal begroot."]),
         ("p", "Besturen verantwoorden de besteding van het basisbudget en het budget extra ondersteuning "
               "jaarlijks vóór 1 april via een verantwoordingsformat, waarin zij aangeven welke voorzieningen "
               "zijn bekostigd en hoeveel leerlingen daarvan gebruik maakten."),
         ("h2", "11.2  Meerjarenbegroting"),
         ("table", "Tabel 3: meerjarenbegroting (x € 1.000)", ["Post", "2024", "2025", "2026", "2027"],
          [["Baten rijksbijdrage (na inhoudingen DUO)", "6.840", "6.790", "6.720", "6.650"],
           ["Basisbudget scholen", "784", "780", "772", "765"],
           ["Budget extra ondersteuning", "640", "632", "625", "618"],
           ["OPDC De Overstap en rebound", "1.420", "1.440", "1.460", "1.460"],
           ["ISK en nieuwkomers", "510", "520", "520", "520"],
           ["Trajectbegeleiding en expertise", "980", "990", "1.000", "1.000"],
           ["Onderwijs-zorgarrangementen (onderwijsdeel)", "350", "360", "360", "360"],
           ["Bureau en bestuur", "690", "700", "705", "710"],
           ["Afbouw reserve (projecten speerpunten)", "-420", "-350", "-280", "0"],
           ["Resultaat", "1.046", "1.008", "978", "1.217"]]),
         ("h2", "11.3  Reserves en risico's"),
         ("p", "Op 1 januari 2024 bedroeg de algemene reserve € 2,9 miljoen. Dat is boven de "
               "signaleringswaarde van de inspectie. Daarom zetten wij in de eerste drie jaar van de "
               "planperiode in totaal € 1,05 miljoen extra in voor de speerpunten. Het weerstandsvermogen blijft "
               "daarmee boven de ondergrens van 10% van de baten."),
         ("chapter", "12 Privacy en ICT"), ("h1", "12  Privacy en ICT")] + f_ict_privacy(c) + [
         ("chapter", "13 Jaarcyclus"), ("h1", "13  Jaarcyclus")] + f_planning(c) + [
         ("chapter", "Bijlage 1 Begrippen"), ("h1", "Bijlage 1  Begrippen")] + f_glossary() + [
         ("chapter", "Bijlage 3 Afkortingen"), ("h1", "Bijlage 3  Afkortingen")] + f_abbr(c) + [
         ("chapter", "Bijlage 4 Instemmingsbesluit OPR"), ("h1", "Bijlage 4  Instemmingsbesluit OPR"),
         ("p", "De ondersteuningsplanraad van Stichting Samenwerkingsverband VO Brabantse Wouden heeft in haar "
               "vergadering van 9 april 2024 ingestemd met het ondersteuningsplan 2024-2028, met de aantekening "
               "dat de OPR vóór 1 januari 2025 de geactualiseerde kwaliteitskaart basisondersteuning en het "
               "toetsingskader TLV vso wil ontvangen."),
         ("p", "Namens de OPR, A. Kuijpers, voorzitter"),
         ]
    return b


# ==============================================================================================
# Plan 3 — PO, .pdf: Samenwerkingsverband Primair Onderwijs Kop van de Linge
# weak spots: terugstroom procedure deferred, financien missing (only a reference to the
# begroting/website), resultaten missing (ambitions deferred, quality framework "in voorbereiding")
# traps: basisondersteuning content and TLV criteria only in tables (criteria in included bijlage 3);
# ouders content hidden under "Communicatie"
# ==============================================================================================

C3 = dict(po=True, naam="Samenwerkingsverband Primair Onderwijs Kop van de Linge", kort="Kop van de Linge",
          special="speciaal basisonderwijs (sbo) en het speciaal onderwijs (so)", y0=2025, y1=2029,
          gemeenten=["Lingewaarde", "Gorkum-Noord", "Asperen-Heukelum"], besturen=7, scholen=38,
          leerlingen="7.900", fte="9,8", opr=8, oogo_datum="4 maart 2025")


def plan3():
    c = C3
    toc = [(1, "Voorwoord", 3), (1, "Leeswijzer", 4),
           (1, "1  Over het samenwerkingsverband", 5), (2, "1.1  Wettelijk kader en planperiode", 5),
           (2, "1.2  Kengetallen", 6), (2, "1.3  Hoe dit plan tot stand kwam", 7),
           (1, "2  Waar wij voor staan", 8),
           (1, "3  Ondersteuning in de school", 10), (2, "3.1  Basisondersteuning: de afspraak", 10),
           (2, "3.2  Standaarden", 11), (2, "3.3  Extra ondersteuning", 12),
           (1, "4  Een passende plek voor ieder kind", 14), (2, "4.1  Het aanbod in de regio", 14),
           (2, "4.2  Thuiszitters", 16), (2, "4.3  Wachtlijsten en witte vlekken", 17),
           (1, "5  De route naar het speciaal (basis)onderwijs", 18), (2, "5.1  De aanvraag", 18),
           (2, "5.2  Beoordeling en besluit", 19), (2, "5.3  Bezwaar", 20),
           (1, "6  Terug naar het regulier onderwijs", 21),
           (1, "7  Communicatie", 22), (2, "7.1  Communicatie met scholen en partners", 22),
           (2, "7.2  Communicatie met ouders", 23),
           (1, "8  Gemeenten, jeugdhulp en OOGO", 25), (1, "9  Kwaliteit", 27),
           (1, "10  Organisatie en medezeggenschap", 28), (1, "11  Personeel en professionalisering", 30),
           (1, "12  Financieel kader", 31), (1, "13  Privacy", 32), (1, "14  Jaarplanning", 33),
           (1, "Bijlage 1  Verklarende woordenlijst", 34), (1, "Bijlage 2  Afkortingen", 36),
           (1, "Bijlage 3  Afwegingskader toelaatbaarheid", 37),
           (1, "Bijlage 4  Meerjarenbegroting (zie website)", 38)]
    b = [("title", ["Ondersteuningsplan 2025-2029", "Ieder kind een plek",
                    c["naam"] + " (PO 26-08)", "Ter instemming voorgelegd aan de OPR op 10 maart 2025",
                    "Definitief vastgesteld door het bestuur op 22 april 2025"]),
         ("toc", toc),
         ("chapter", "Voorwoord"), ("h1", "Voorwoord"),
         ("p", "Voor u ligt het nieuwe ondersteuningsplan van de Kop van de Linge. Een plan over kinderen: over "
               "wat iedere school biedt, over de weg naar het sbo en so en weer terug, over de inzet van de "
               "middelen, over de resultaten die wij willen bereiken en over de samenwerking met ouders. Het "
               "plan is korter dan zijn voorganger. Wij hebben bewust gekozen voor een plan op hoofdlijnen, dat "
               "ruimte laat aan scholen en besturen."),
         ("p", "Ik ben blij met de betrokkenheid van zoveel partijen bij de totstandkoming van dit plan en dank "
               "in het bijzonder de OPR, de werkgroep sbo-so en de gemeenten."),
         ("p", "Mr. drs. H. (Hasan) Yilmaz, directeur-bestuurder"),
         ("chapter", "Leeswijzer"), ("h1", "Leeswijzer"),
         ("p", "Dit plan bestaat uit veertien hoofdstukken en vier bijlagen. Hoofdstuk 1 en 2 schetsen de "
               "context en onze uitgangspunten. Hoofdstuk 3 tot en met 6 beschrijven de ondersteuning: in de "
               "school, in de regio, de route naar het speciaal (basis)onderwijs en de weg terug. Hoofdstuk 7 "
               "gaat over communicatie, hoofdstuk 8 over de samenwerking met gemeenten. Hoofdstuk 9 tot en met "
               "14 bevatten de randvoorwaarden: kwaliteit, organisatie, personeel, financiën, privacy en "
               "planning. Bijlage 3 hoort bij hoofdstuk 5 en maakt deel uit van dit plan."),
         ("chapter", "1 Over het samenwerkingsverband"), ("h1", "1  Over het samenwerkingsverband"),
         ("h2", "1.1  Wettelijk kader en planperiode")] + f_wettelijk_kader(c) + [
         ("h2", "1.2  Kengetallen")] + f_context(c) + [
         ("table", "Tabel 1: scholen en leerlingen per bestuur (1 oktober 2024)",
          ["Bestuur", "Scholen", "Leerlingen"],
          [["Stichting Linge Onderwijs", "11", "2.480"], ["PCBO Gorkum-Noord", "8", "1.610"],
           ["Stichting Katholiek Onderwijs Asperen", "6", "1.220"], ["OBS Lingewaarde (eenpitter)", "1", "310"],
           ["Stichting De Waaier", "7", "1.380"], ["Stichting sbo De Overkant", "2", "270"],
           ["Stichting so Het Anker", "3", "630"]]),
         ("h2", "1.3  Hoe dit plan tot stand kwam"),
         ("p", "In het voorjaar van 2024 zijn wij gestart met vijf dialoogsessies met schoolleiders, intern "
               "begeleiders, ouders en partners. De opbrengst daarvan is door een schrijfgroep verwerkt tot een "
               "concept, dat in november 2024 met de besturen en de OPR is besproken. Het OOGO met de gemeenten "
               "is gevoerd op 4 maart 2025. De OPR heeft op 10 maart 2025 ingestemd. De periode 2021-2025 was "
               "een periode van bouwen: een nieuw bureau, een nieuwe directeur-bestuurder en een vernieuwd "
               "loket. In deze planperiode willen wij het gebouwde laten werken."),
         ("chapter", "2 Waar wij voor staan"), ("h1", "2  Waar wij voor staan")] + \
        f_missie_visie(c, ambitie_deferral=True) + [("h2", "Ontwikkelingen die op ons afkomen")] + \
        f_ontwikkelingen(c) + [
         ("chapter", "3 Ondersteuning in de school"), ("h1", "3  Ondersteuning in de school"),
         ("h2", "3.1  Basisondersteuning: de afspraak"),
         ("p", "In de Kop van de Linge hebben alle besturen afgesproken welke ondersteuning iedere school "
               "minimaal biedt. Deze afspraak geldt voor alle 38 scholen, inclusief de nevenvestigingen, en "
               "wordt in de schoolondersteuningsprofielen overgenomen. Een school die meer biedt dan de "
               "afspraak, beschrijft dat in het eigen profiel. De standaarden staan in tabel 2."),
         ("h2", "3.2  Standaarden"),
         ("table", "Tabel 2: standaarden basisondersteuning (geldt voor alle scholen)",
          ["Domein", "Wat iedere school biedt"],
          [["Leren", "Dyslexie- en dyscalculieprotocol; handelingsgericht werken met groepsplannen of "
                     "-overzichten; verlengde instructie in de groep"],
           ["Gedrag", "Methode sociaal-emotioneel leren; gedragsprotocol en anti-pestbeleid; leraren geschoold "
                      "in positieve groepsvorming"],
           ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep"],
           ["Taal", "Extra taalaanbod voor leerlingen met een taalachterstand; NT2-materiaal"],
           ["Medisch", "Protocol medisch handelen; samenwerking met jeugdarts"],
           ["Structuur", "Intern begeleider (min. 1 dag per week per 100 leerlingen); ondersteuningsteam "
                         "vier keer per jaar; groeidocument voor elke leerling met een ontwikkelingsperspectief"],
           ["Samenwerking", "Vaste contactpersoon jeugd- en gezinsteam; schoolmaatschappelijk werk"]]),
         ("h2", "3.3  Extra ondersteuning"),
         ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een beroep doen "
               "op het samenwerkingsverband. Een onderwijsadviseur van het samenwerkingsverband sluit aan bij "
               "het ondersteuningsteam. Samen met ouders en school wordt bekeken welke ondersteuning nodig is: "
               "een arrangement in de eigen school, een plek in een bovenschoolse groep of een verwijzing naar "
               "het sbo of so."),
         ("chapter", "4 Een passende plek voor ieder kind"), ("h1", "4  Een passende plek voor ieder kind"),
         ("h2", "4.1  Het aanbod in de regio"),
         ("p", "Het samenwerkingsverband zorgt samen met de besturen voor een samenhangend aanbod, zodat voor "
               "ieder kind een passende plek beschikbaar is. Dat aanbod bestaat uit:"),
         ("ul", ["arrangementen in de reguliere school: ambulante begeleiding, inzet van een "
                 "gedragsspecialist, taalondersteuning of extra handen in de groep, toegekend door het loket;",
                 "de Lingeklas, een bovenschoolse groep voor leerlingen met taalontwikkelingsproblemen in "
                 "groep 1-4, in samenwerking met cluster 2;",
                 "de Denktank, een voltijdvoorziening voor hoogbegaafde leerlingen met onderpresteren;",
                 "twee locaties sbo van De Overkant, met een aparte groep voor jonge risicoleerlingen;",
                 "drie locaties so van Het Anker (cluster 3 en 4), waarvan één met een "
                 "onderwijs-zorgarrangement samen met een zorgaanbieder;",
                 "plaatsingen in so-scholen buiten de regio, voor leerlingen met een zeer specifieke "
                 "ondersteuningsbehoefte."]),
         ("h2", "4.2  Thuiszitters"),
         ("p", "Het samenwerkingsverband heeft met de leerplichtambtenaren van de drie gemeenten een "
               "meldprotocol afgesproken. Een school meldt een leerling die langer dan twee weken niet of "
               "gedeeltelijk naar school gaat bij leerplicht en bij het loket. Binnen vijf werkdagen neemt een "
               "onderwijsadviseur contact op met de school en de ouders. Eens per maand bespreekt het "
               "Thuiszittersoverleg alle gemelde leerlingen. Lukt het niet om binnen acht weken een passend "
               "aanbod te realiseren, dan schakelt de directeur-bestuurder de betrokken bestuurders in en wordt "
               "zo nodig de onderwijsconsulent ingeschakeld."),
         ("h2", "4.3  Wachtlijsten en witte vlekken"),
         ("p", "Twee keer per jaar inventariseert het loket bij alle sbo- en so-locaties en bovenschoolse "
               "groepen hoeveel leerlingen wachten en hoe lang. De uitkomsten worden besproken in het "
               "bestuurdersoverleg, dat beslist of capaciteit moet worden uitgebreid of een nieuwe voorziening "
               "nodig is. Zo is in 2024 vastgesteld dat er in de regio geen passend aanbod is voor "
               "leerlingen met een combinatie van een verstandelijke beperking en ernstige gedragsproblemen; "
               "met Het Anker en een zorgaanbieder wordt daarvoor per 1 augustus 2026 een kleine groep "
               "ingericht. Tot die tijd worden deze leerlingen per situatie besproken in het "
               "Thuiszittersoverleg."),
         ("chapter", "5 De route naar het speciaal (basis)onderwijs"),
         ("h1", "5  De route naar het speciaal (basis)onderwijs"),
         ("h2", "5.1  De aanvraag"),
         ("p", "Een toelaatbaarheidsverklaring voor het sbo of so wordt aangevraagd door het schoolbestuur van de "
               "school waar het kind staat ingeschreven, na bespreking in het ondersteuningsteam waarbij de "
               "ouders en de onderwijsadviseur aanwezig zijn. Ouders worden gevraagd de aanvraag mede te "
               "ondertekenen; zijn zij het niet eens met de aanvraag, dan voegt de school hun zienswijze toe. "
               "Bij kinderen die nog niet op school zitten (bijvoorbeeld vanuit een kinderdagcentrum), vraagt "
               "het bestuur van de school van aanmelding aan."),
         ("h2", "5.2  Beoordeling en besluit"),
         ("p", "Het loket toetst de aanvraag aan het afwegingskader in bijlage 3. Twee deskundigen brengen "
               "onafhankelijk van elkaar advies uit: altijd een orthopedagoog of psycholoog, en een tweede "
               "deskundige die past bij de vraag van het kind. Op basis van deze adviezen neemt de "
               "directeur-bestuurder, gemandateerd aan de manager van het loket, binnen zes weken een besluit. "
               "Een TLV sbo wordt afgegeven tot het einde van het schooljaar waarin het kind twaalf wordt; een "
               "TLV so voor twee schooljaren, met vermelding van de bekostigingscategorie."),
         ("h2", "5.3  Bezwaar"),
         ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders en het schoolbestuur binnen zes weken bezwaar "
               "aantekenen bij het samenwerkingsverband. Het samenwerkingsverband vraagt advies aan de "
               "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         ("chapter", "6 Terug naar het regulier onderwijs"), ("h1", "6  Terug naar het regulier onderwijs"),
         ("p", "Wij vinden dat kinderen zo thuisnabij en zo regulier mogelijk naar school moeten kunnen. Een "
               "plaatsing in het sbo of so is daarom niet bij voorbaat voor de hele schoolloopbaan bedoeld. Als "
               "een kind zich zo heeft ontwikkeld dat het met ondersteuning in een reguliere school verder kan, "
               "dan streven wij naar terugkeer. Voorwaarden daarbij zijn dat de ontvangende school de "
               "benodigde ondersteuning kan bieden, dat de overstap past in de ontwikkeling van het kind en dat "
               "de ouders erachter staan."),
         ("p", "Na terugkeer krijgt de ontvangende school gedurende een schooljaar begeleiding van een "
               "leerkracht uit het sbo of so, en kan de school zonder nieuwe aanvraag een beroep doen op een "
               "arrangement van het samenwerkingsverband."),
         ("p", "Het stappenplan voor terugplaatsing (wie neemt het initiatief, op welk moment, wie besluit) wordt "
               "op dit moment door de werkgroep sbo-so herzien. Het herziene stappenplan wordt in het najaar "
               "van 2025 vastgesteld en daarna als addendum bij dit plan gevoegd."),
         ("chapter", "7 Communicatie"), ("h1", "7  Communicatie"),
         ("h2", "7.1  Communicatie met scholen en partners"),
         ("p", "Het samenwerkingsverband verstuurt zes keer per jaar een digitale nieuwsbrief aan scholen en "
               "partners. Er is een intranet voor intern begeleiders met formats, protocollen en de agenda van "
               "de netwerkbijeenkomsten. Schoolleiders ontvangen maandelijks een bestuursbericht."),
         ("h2", "7.2  Communicatie met ouders"),
         ("p", "Ouders willen weten wat hun kind kan verwachten. Daarom staat op de website van het "
               "samenwerkingsverband een aparte rubriek 'Voor ouders', met uitleg over de basisondersteuning, "
               "de arrangementen, de route naar het sbo en so en antwoorden op veelgestelde vragen. Elke school "
               "neemt in de schoolgids een vaste tekst op over passend onderwijs en verwijst naar deze rubriek. "
               "Ouders van kinderen voor wie een arrangement of TLV wordt aangevraagd, ontvangen van de school de "
               "folder 'Samen op weg' van het samenwerkingsverband. Eenmaal per jaar is er een ouderavond over "
               "passend onderwijs."),
         ("p", "Ouders die vastlopen of behoefte hebben aan een onafhankelijk advies, kunnen terecht bij het "
               "ouder- en jeugdsteunpunt Linge, dat wij samen met twee andere samenwerkingsverbanden hebben "
               "ingericht en dat onafhankelijk van scholen en samenwerkingsverband werkt. Het steunpunt is op "
               "werkdagen telefonisch bereikbaar en houdt spreekuren in de bibliotheken van de drie gemeenten. "
               "Daarnaast verwijzen wij naar de Onderwijsconsulenten en naar de Geschillencommissie passend "
               "onderwijs."),
         ("chapter", "8 Gemeenten, jeugdhulp en OOGO"), ("h1", "8  Gemeenten, jeugdhulp en OOGO")] + \
        f_oogo(c) + [
         ("chapter", "9 Kwaliteit"), ("h1", "9  Kwaliteit"),
         ("p", "Het samenwerkingsverband wil een lerende organisatie zijn. Een kwaliteitskader voor het "
               "samenwerkingsverband is in voorbereiding. Het kader wordt in het schooljaar 2025-2026 met de "
               "besturen uitgewerkt en daarna ter instemming aan de OPR voorgelegd. Tot die tijd gebruiken wij "
               "de bestaande afspraken met de besturen van kracht."),
         ("chapter", "10 Organisatie en medezeggenschap"), ("h1", "10  Organisatie en medezeggenschap")] + \
        f_governance(c) + f_opr(c) + [
         ("chapter", "11 Personeel en professionalisering"), ("h1", "11  Personeel en professionalisering")] + \
        f_personeel(c) + [
         ("chapter", "12 Financieel kader"), ("h1", "12  Financieel kader"),
         ("p", "Passend onderwijs wordt bekostigd uit de rijksmiddelen voor ondersteuning. De wijze waarop het "
               "samenwerkingsverband deze middelen verdeelt en besteedt, wordt jaarlijks vastgelegd in de "
               "begroting en de meerjarenbegroting, die de Algemene Vergadering in december vaststelt. Deze "
               "documenten zijn te vinden op onze website en maken geen deel uit van dit plan (zie bijlage 4)."),
         ("p", "In de planperiode zal de verdeling van de middelen worden geëvalueerd. Een eventueel nieuw "
               "verdeelmodel wordt niet eerder dan per 1 augustus 2027 ingevoerd."),
         ("chapter", "13 Privacy"), ("h1", "13  Privacy")] + f_ict_privacy(c)[:2] + [
         ("chapter", "14 Jaarplanning"), ("h1", "14  Jaarplanning")] + f_planning(c, report_sentence=False) + [
         ("chapter", "Bijlage 1 Verklarende woordenlijst"), ("h1", "Bijlage 1  Verklarende woordenlijst")] + \
        f_glossary() + [
         ("chapter", "Bijlage 2 Afkortingen"), ("h1", "Bijlage 2  Afkortingen")] + f_abbr(c) + [
         ("chapter", "Bijlage 3 Afwegingskader toelaatbaarheid"),
         ("h1", "Bijlage 3  Afwegingskader toelaatbaarheid"),
         ("table", "Afwegingskader: een kind is toelaatbaar als aan alle voorwaarden in de kolom is voldaan",
          ["Voorwaarde", "Sbo", "So cluster 3", "So cluster 4"],
          [["Ondersteuning in de reguliere school", "Basis + ten minste één arrangement ingezet en "
            "geëvalueerd", "Basis + arrangement, of evident niet toereikend", "Basis + ten minste één "
            "arrangement ingezet en geëvalueerd"],
           ["Periode handelingsgericht werken", "Minimaal 6 maanden, vastgelegd in groeidocument",
            "Niet vereist bij evidente beperking", "Minimaal 6 maanden"],
           ["Ondersteuningsbehoefte", "Kleine groep en specialistische didactiek nodig op meerdere "
            "gebieden", "Structureel, als gevolg van verstandelijke, lichamelijke of meervoudige beperking of "
            "langdurige ziekte", "Structureel, als gevolg van ernstige gedrags- of psychiatrische problematiek"],
           ["Sbo als alternatief", "—", "Sbo kan niet voorzien", "Sbo kan niet voorzien (onderbouwd)"]]),
         ("p", "Bijlage 4 (Meerjarenbegroting) is gepubliceerd op de website van het samenwerkingsverband."),
         ]
    return b


# ==============================================================================================
# Plan 4 — VO, .docx (running header per chapter): SWV VO Heuvelrug-Zuid
# weak spots: basisondersteuning missing (chapter exists, only a deferral), terugstroom beleid
# deferred, dekkend-aanbod continuum only in absent bijlage 3 / website, ouders: only involvement
# (information and independent support deferred)
# traps: chapter titles in running headers; meerjarenbegroting in an included bijlage (counts)
# ==============================================================================================

C4 = dict(po=False, naam="Samenwerkingsverband VO Heuvelrug-Zuid", kort="Heuvelrug-Zuid",
          special="voortgezet speciaal onderwijs (vso), het praktijkonderwijs en het leerwegondersteunend "
                  "onderwijs", y0=2025, y1=2029,
          gemeenten=["Amerongen-Zuid", "Rhenendal", "Leersum-Heide", "Doornweerd"], besturen=5, scholen=12,
          leerlingen="8.450", fte="10,4", opr=8, oogo_datum="28 januari 2025")


def plan4():
    c = C4
    toc = [(1, "Voorwoord", 3), (1, "Leeswijzer", 4),
           (1, "1  Inleiding", 5), (2, "1.1  Het wettelijk kader", 5), (2, "1.2  De regio", 6),
           (2, "1.3  Ontwikkelingen", 7),
           (1, "2  Visie en ambities", 9),
           (1, "3  Basisondersteuning", 11),
           (1, "4  Dekkend netwerk", 12), (2, "4.1  Sociale kaart", 12), (2, "4.2  Zorgplicht en aanmelding", 12),
           (2, "4.3  Thuiszitters en verzuim", 13), (2, "4.4  Signaleren van tekorten", 14),
           (1, "5  Toewijzing: vso, lwoo en pro", 15), (2, "5.1  Het Ondersteuningsloket", 15),
           (2, "5.2  Toelaatbaarheid vso", 16), (2, "5.3  Lwoo", 18), (2, "5.4  Praktijkonderwijs", 18),
           (1, "6  Terug- en overplaatsing", 19),
           (1, "7  Resultaten en verantwoording", 20), (2, "7.1  Doelen 2025-2029", 20),
           (2, "7.2  Monitoring en verantwoording", 21),
           (1, "8  Samenwerking met gemeenten", 22), (1, "9  Communicatie", 24),
           (1, "10  Bestuur, organisatie en medezeggenschap", 25), (1, "11  Personeel", 27),
           (1, "12  Financiën", 28), (2, "12.1  Baten", 28), (2, "12.2  Verdeling", 28),
           (2, "12.3  Reserves en verantwoording", 30),
           (1, "13  Privacy en informatievoorziening", 31), (1, "14  Planning", 32),
           (1, "Bijlage 1  Begrippenlijst", 33), (1, "Bijlage 2  Meerjarenbegroting 2025-2029", 35),
           (1, "Bijlage 3  Sociale kaart ondersteuningsvoorzieningen (digitaal)", 36),
           (1, "Bijlage 4  Afkortingen", 36)]
    b = [("title", ["Ondersteuningsplan 2025-2029", "Samen verder, dichtbij",
                    c["naam"] + " (VO 26-05)", "Concept na instemming OPR (11 maart 2025)",
                    "Vastgesteld door de Algemene Vergadering op 9 april 2025"]),
         ("toc", toc),
         ("chapter", "Voorwoord"), ("h1", "Voorwoord"),
         ("p", "Met genoegen bied ik u het ondersteuningsplan 2025-2029 van Heuvelrug-Zuid aan. In dit plan "
               "beschrijven wij hoe de twaalf VO-scholen in onze regio samenwerken aan passend onderwijs: van de "
               "basisondersteuning in iedere school tot de toewijzing van vso, lwoo en praktijkonderwijs, van "
               "terugplaatsing tot de verdeling van de middelen, en van de resultaten die wij nastreven tot de "
               "informatie aan ouders en leerlingen."),
         ("p", "Het plan verschijnt op een bijzonder moment. De landelijke norm voor basisondersteuning is in "
               "aantocht, het ouder- en jeugdsteunpunt wordt wettelijk verplicht en de scholen staan onder druk "
               "door tekorten aan personeel. Wij hebben daarom gekozen voor een plan dat helder is waar het kan "
               "en ruimte laat waar landelijke keuzes nog moeten worden gemaakt."),
         ("p", "Ik dank de OPR, de besturen, de ondersteuningscoördinatoren en de gemeenten voor de prettige "
               "samenwerking bij het opstellen van dit plan."),
         ("p", "Drs. E. (Esther) Bloemendaal, directeur-bestuurder"),
         ("chapter", "Leeswijzer"), ("h1", "Leeswijzer"),
         ("p", "Hoofdstuk 1 en 2 bevatten de inleiding en onze visie. In hoofdstuk 3 tot en met 6 staan de "
               "inhoudelijke onderwerpen: basisondersteuning, het dekkend netwerk, de toewijzing van vso, lwoo "
               "en praktijkonderwijs, en terug- en overplaatsing. Hoofdstuk 7 gaat over resultaten. De "
               "hoofdstukken 8 tot en met 14 beschrijven samenwerking, communicatie, organisatie, personeel, "
               "financiën, privacy en planning. Bijlage 1, 2 en 4 zijn in dit document opgenomen; bijlage 3 is "
               "een digitale bijlage op onze website."),
         ("chapter", "1 Inleiding"), ("h1", "1  Inleiding"), ("h2", "1.1  Het wettelijk kader")] + \
        f_wettelijk_kader(c) + [("h2", "1.2  De regio")] + f_context(c) + [
         ("h2", "1.3  Ontwikkelingen")] + f_ontwikkelingen(c) + [
         ("chapter", "2 Visie en ambities"), ("h1", "2  Visie en ambities")] + f_missie_visie(c) + [
         ("p", "Onze ambities voor deze planperiode zijn vertaald in meetbare doelen; die staan in hoofdstuk 7."),
         ("chapter", "3 Basisondersteuning"), ("h1", "3  Basisondersteuning"),
         ("p", "Het samenwerkingsverband heeft in de vorige planperiode met de besturen afspraken gemaakt over de "
               "basisondersteuning. Mede vanwege de verwachte landelijke norm worden deze afspraken in het "
               "schooljaar 2025-2026 herijkt, in een werkgroep van ondersteuningscoördinatoren en "
               "schoolleiders. Het resultaat, een nieuwe beschrijving van het niveau en de inhoud van de "
               "basisondersteuning in Heuvelrug-Zuid, wordt na instemming van de OPR als addendum aan dit plan "
               "toegevoegd."),
         ("chapter", "4 Dekkend netwerk"), ("h1", "4  Dekkend netwerk"),
         ("h2", "4.1  Sociale kaart"),
         ("p", "Een overzicht van alle ondersteuningsvoorzieningen in de regio, van de ondersteuning in de "
               "scholen tot het OPDC, het vso en de onderwijs-zorgarrangementen, is opgenomen in de digitale "
               "sociale kaart (bijlage 3). Deze kaart wordt doorlopend bijgewerkt op onze website."),
         ("h2", "4.2  Zorgplicht en aanmelding"),
         ("p", "De besturen hebben afgesproken dat een school die een leerling met een extra "
               "ondersteuningsbehoefte niet zelf kan plaatsen, uiterlijk in de vierde week na aanmelding "
               "contact opneemt met het Ondersteuningsloket. Een trajectbegeleider van het loket organiseert "
               "binnen twee weken een overleg met de betrokken scholen. Vinden de scholen samen geen plek, dan "
               "legt de trajectbegeleider de casus voor aan het bestuurlijk casusoverleg, dat bindend bepaalt "
               "welke school de leerling plaatst. Zo is de zorgplicht een gezamenlijke verantwoordelijkheid."),
         ("h2", "4.3  Thuiszitters en verzuim"),
         ("p", "Iedere school meldt verzuim volgens het regionale verzuimprotocol. Leerlingen die langer dan vier "
               "weken niet naar school gaan, worden binnen een week gemeld bij het loket en besproken in het "
               "Regionaal Thuiszittersoverleg, met leerplicht, de lokale teams en de betrokken scholen. Voor "
               "iedere thuiszitter wordt een casusregisseur aangewezen en binnen twee weken een plan van aanpak "
               "opgesteld met een datum waarop de leerling weer onderwijs volgt. Lukt dat niet binnen drie "
               "maanden, dan zet de directeur-bestuurder de doorzettingsmacht in die in het convenant met de "
               "gemeenten is afgesproken."),
         ("h2", "4.4  Signaleren van tekorten"),
         ("p", "Het loket houdt per maand bij voor welke leerlingen geen passende plek beschikbaar is, hoe lang "
               "leerlingen op een wachtlijst staan en welke vragen niet beantwoord kunnen worden. Elk half jaar "
               "bespreken de besturen deze gegevens en besluiten zij of uitbreiding of een nieuwe voorziening "
               "nodig is. Voor 2025-2026 is besloten tot een tweede groep voor leerlingen met een "
               "autismespectrumstoornis die de druk van een grote school niet aankunnen."),
         ("chapter", "5 Toewijzing: vso, lwoo en pro"), ("h1", "5  Toewijzing: vso, lwoo en pro"),
         ("h2", "5.1  Het Ondersteuningsloket"),
         ("p", "Alle aanvragen voor toelaatbaarheid tot vso en praktijkonderwijs en voor de aanwijzing lwoo "
               "lopen via het Ondersteuningsloket. Namens het bestuur besluit de Toewijzingscommissie, bestaande "
               "uit de manager van het loket (voorzitter), twee orthopedagogen en een psycholoog."),
         ("h2", "5.2  Toelaatbaarheid vso"),
         ("ol", ["Het bevoegd gezag van de school van inschrijving of aanmelding stelt in overleg met ouders en "
                 "leerling de aanvraag op. De leerling geeft zijn of haar mening over het "
                 "ontwikkelingsperspectiefplan (hoorrecht); deze wordt in de aanvraag opgenomen.",
                 "De aanvraag wordt ingediend via het digitale portaal van het loket, met het OPP, het "
                 "handelingsdeel van het afgelopen jaar, een verslag van het multidisciplinair overleg en de "
                 "zienswijze van de ouders.",
                 "Het loket beoordeelt binnen tien werkdagen of de aanvraag volledig is.",
                 "Een orthopedagoog of psycholoog en een tweede deskundige (afhankelijk van de vraag een "
                 "kinder- en jeugdpsychiater, jeugdarts of maatschappelijk werker) brengen ieder afzonderlijk "
                 "schriftelijk advies uit. Deskundigen die bij de leerling betrokken zijn geweest, adviseren "
                 "niet.",
                 "De Toewijzingscommissie besluit binnen zes weken na ontvangst van de volledige aanvraag en "
                 "stelt de geldigheidsduur (één tot vier schooljaren) en de bekostigingscategorie vast."]),
         ("p", "Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte de mogelijkheden van "
               "het regulier onderwijs, inclusief het OPDC en de arrangementen, aantoonbaar overstijgt; (b) de "
               "school ten minste een half jaar gerichte extra ondersteuning heeft geboden en geëvalueerd, "
               "tenzij de situatie acuut onveilig is; en (c) het vso naar verwachting wel in de behoefte kan "
               "voorzien. De bekostigingscategorie is laag, tenzij de leerling intensieve lichamelijke "
               "verzorging nodig heeft (midden) of meervoudig beperkt is (hoog)."),
         ("h2", "5.3  Lwoo"),
         ("p", "Heuvelrug-Zuid past de landelijke criteria voor lwoo toe: een IQ tussen 75 en 90 en een "
               "leerachterstand van 25 tot 50% op ten minste twee van de vier domeinen (waarvan één begrijpend "
               "lezen of inzichtelijk rekenen), of een IQ tussen 91 en 120 met dezelfde leerachterstand en een "
               "sociaal-emotionele problematiek. De ontvangende VO-school vraagt de aanwijzing vóór 1 mei aan; "
               "de Toewijzingscommissie besluit binnen vier weken. De aanwijzing geldt voor de duur van de "
               "opleiding."),
         ("h2", "5.4  Praktijkonderwijs"),
         ("p", "Voor de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen "
               "55 en 80 en een leerachterstand van 50% of meer op ten minste twee domeinen, waarvan één "
               "begrijpend lezen of inzichtelijk rekenen. Aanvraag en termijnen zijn gelijk aan die voor lwoo; "
               "de verklaring geldt voor de duur van de inschrijving in het praktijkonderwijs."),
         ("chapter", "6 Terug- en overplaatsing"), ("h1", "6  Terug- en overplaatsing"),
         ("p", "Voor iedere leerling in het vso wordt in het laatste schooljaar van de TLV bekeken of "
               "terugplaatsing naar het regulier voortgezet onderwijs of overplaatsing naar een andere school "
               "aan de orde is. Daarvoor geldt de volgende werkwijze:"),
         ("ol", ["Uiterlijk 1 december evalueert de vso-school het OPP met de leerling, de ouders en de "
                 "trajectbegeleider van het loket.",
                 "Uiterlijk 1 februari brengt de commissie van begeleiding van de vso-school een advies uit: "
                 "terugplaatsing, overplaatsing of voortzetting van het vso.",
                 "Bij een advies tot terugplaatsing of overplaatsing meldt de trajectbegeleider de leerling vóór "
                 "1 maart aan bij de beoogde school en organiseert hij een overdrachtsgesprek.",
                 "Bij een advies tot voortzetting vraagt de vso-school vóór 1 april een nieuwe TLV aan volgens "
                 "de procedure van paragraaf 5.2.",
                 "De Toewijzingscommissie registreert de uitkomst; de TLV eindigt op 31 juli."]),
         ("p", "Het beleid ten aanzien van terug- en overplaatsing, zoals de voorwaarden waaronder wij terugkeer "
               "verantwoord vinden en de ondersteuning na de overstap, wordt in 2026 met de vso-scholen "
               "uitgewerkt in een aparte notitie."),
         ("chapter", "7 Resultaten en verantwoording"), ("h1", "7  Resultaten en verantwoording"),
         ("h2", "7.1  Doelen 2025-2029"),
         ("table", "Tabel 1: doelen en indicatoren", ["Ambitie", "Indicator", "Nulmeting", "Doel 2029"],
          [["Iedere leerling een plek", "Thuiszitters > 3 maanden (1 oktober)", "9", "≤ 2"],
           ["Iedere leerling een plek", "Gemiddelde wachttijd OPDC/vso in weken", "11", "≤ 6"],
           ["Thuisnabij", "Deelnamepercentage vso", "3,9%", "≤ 3,4%"],
           ["Thuisnabij", "Terug- en overplaatsingen vso naar regulier per jaar", "7", "≥ 12"],
           ["Snel en zorgvuldig", "Besluiten Toewijzingscommissie binnen termijn", "82%", "≥ 95%"],
           ["Tevredenheid", "Rapportcijfer ondersteuningscoördinatoren over het loket", "6,8", "≥ 7,5"]]),
         ("h2", "7.2  Monitoring en verantwoording"),
         ("p", "De indicatoren worden door de beleidsmedewerker kwalitatief en kwantitatief gevolgd in een "
               "kwartaalrapportage aan de directeur-bestuurder en de Raad van Toezicht. Twee keer per jaar "
               "bespreken de besturen de stand van zaken in de Algemene Vergadering; eens per jaar ook de OPR. "
               "Bronnen zijn de registratie van het loket, de verzuimgegevens van leerplicht, de telgegevens "
               "van DUO en een tweejaarlijkse tevredenheidspeiling. In het jaarverslag beschrijven wij per doel "
               "het bereikte resultaat, een toelichting en de kosten van de inzet. Na twee jaar volgt een "
               "tussenevaluatie, waarin de doelen zo nodig worden bijgesteld."),
         ("chapter", "8 Samenwerking met gemeenten"), ("h1", "8  Samenwerking met gemeenten")] + f_oogo(c) + [
         ("chapter", "9 Communicatie"), ("h1", "9  Communicatie"),
         ("p", "Het samenwerkingsverband communiceert met besturen, scholen en partners via een maandelijkse "
               "nieuwsbrief, het intranet voor ondersteuningscoördinatoren en de netwerkbijeenkomsten. De "
               "directeur-bestuurder bezoekt iedere school ten minste eenmaal per jaar."),
         ("p", "De informatievoorziening aan ouders en leerlingen wordt in deze planperiode vernieuwd. Een nieuwe "
               "ouderwebsite en een ouderfolder zijn in voorbereiding en verschijnen naar verwachting in het "
               "voorjaar van 2026. Over de inrichting van een ouder- en jeugdsteunpunt maken wij in de loop "
               "van 2026 afspraken met de samenwerkingsverbanden in de regio."),
         ("chapter", "10 Bestuur, organisatie en medezeggenschap"),
         ("h1", "10  Bestuur, organisatie en medezeggenschap")] + f_governance(c) + f_opr(c) + [
         ("chapter", "11 Personeel"), ("h1", "11  Personeel")] + f_personeel(c) + [
         ("chapter", "12 Financiën"), ("h1", "12  Financiën"),
         ("h2", "12.1  Baten"),
         ("p", "De baten van het samenwerkingsverband bestaan uit de rijksbijdrage lichte en zware "
               "ondersteuning, na inhouding door DUO van de bekostiging van vso-plaatsingen en de middelen voor "
               "lwoo en praktijkonderwijs, die rechtstreeks aan de scholen worden uitbetaald."),
         ("h2", "12.2  Verdeling"),
         ("p", "Het verdeelmodel van Heuvelrug-Zuid kent drie onderdelen, die door de Algemene Vergadering "
               "zijn vastgesteld en waarop de OPR heeft ingestemd:"),
         ("table", "Tabel 2: verdeelmodel", ["Onderdeel", "Criterium", "Bedrag 2025"],
          [["Schoolbudget", "Per leerling op teldatum 1 oktober voorgaand jaar", "€ 118 per leerling"],
           ["Schoolbudget", "Vaste voet per vestiging", "€ 25.000"],
           ["Arrangementen", "Op aanvraag, na besluit Toewijzingscommissie; max. 1 schooljaar",
            "€ 2.500 – € 12.000 per arrangement"],
           ["Centrale voorzieningen", "OPDC, trajectbegeleiding, loket, expertise", "Volgens begroting"]]),
         ("p", "De bedragen worden jaarlijks bij de begroting vastgesteld. Schoolbudget wordt in twee termijnen "
               "(oktober en maart) aan de besturen overgemaakt. De meerjarenbegroting is opgenomen in bijlage 2."),
         ("h2", "12.3  Reserves en verantwoording"),
         ("p", "De algemene reserve bedraagt € 1,4 miljoen en ligt onder de signaleringswaarde. Het "
               "samenwerkingsverband houdt een weerstandsvermogen van ten minste 7% van de baten aan. Besturen "
               "verantwoorden de besteding van het schoolbudget jaarlijks in hun bestuursverslag en in een "
               "korte rapportage aan het samenwerkingsverband, waarin staat aan welke voorzieningen en "
               "hoeveel leerlingen het budget is besteed."),
         ("chapter", "13 Privacy en informatievoorziening"), ("h1", "13  Privacy en informatievoorziening")] + \
        f_ict_privacy(c) + [
         ("chapter", "14 Planning"), ("h1", "14  Planning")] + f_planning(c) + [
         ("chapter", "Bijlage 1 Begrippenlijst"), ("h1", "Bijlage 1  Begrippenlijst")] + f_glossary() + [
         ("chapter", "Bijlage 2 Meerjarenbegroting 2025-2029"), ("h1", "Bijlage 2  Meerjarenbegroting 2025-2029"),
         ("table", "Meerjarenbegroting (bedragen x € 1.000)", ["Post", "2025", "2026", "2027", "2028"],
          [["Rijksbijdrage ondersteuning (na inhoudingen)", "5.920", "5.880", "5.840", "5.800"],
           ["Schoolbudgetten besturen", "1.297", "1.290", "1.282", "1.275"],
           ["Arrangementen", "860", "860", "850", "850"],
           ["OPDC De Brug", "1.380", "1.400", "1.420", "1.420"],
           ["Trajectbegeleiding en loket", "920", "930", "940", "950"],
           ["Onderwijs-zorgarrangementen", "310", "320", "320", "320"],
           ["Professionalisering en expertise", "180", "180", "170", "170"],
           ["Bureau, bestuur en huisvesting", "720", "730", "735", "740"],
           ["Totaal lasten", "5.687", "5.710", "5.717", "5.725"],
           ["Saldo", "233", "170", "123", "75"]]),
         ("chapter", "Bijlage 4 Afkortingen"), ("h1", "Bijlage 4  Afkortingen")] + f_abbr(c)
    return b


# ==============================================================================================
# Plan 5 — VO, .md (web version): Samenwerkingsverband VO Groene Delta
# weak spots: plaatsing missing (reference to Loketreglement on website), dekkend-aanbod missing
# (reference to website page, OOGO only procedural), ouders missing (reference to 'Voor ouders'
# pages), financien verdeling deferred, resultaten doelen deferred until after a nulmeting
# traps: navigation menu repeated after each chapter, glossary with TLV/OJSP/zorgplicht
# ==============================================================================================

C5 = dict(po=False, naam="Samenwerkingsverband VO Groene Delta", kort="Groene Delta",
          special="voortgezet speciaal onderwijs (vso), het praktijkonderwijs en het leerwegondersteunend "
                  "onderwijs", y0=2025, y1=2029,
          gemeenten=["Deltadorp", "Westerzee", "Oud-Bommelland"], besturen=4, scholen=11,
          leerlingen="7.200", fte="8,6", opr=8, oogo_datum="18 februari 2025")


def plan5():
    c = C5
    toc = [(1, "Voorwoord", 0), (1, "Leeswijzer", 0), (1, "Samenvatting", 0),
           (1, "1. Wie wij zijn", 0), (2, "1.1 Wettelijk kader", 0), (2, "1.2 De regio", 0),
           (2, "1.3 Terugblik 2021-2025", 0), (2, "1.4 Hoe dit plan tot stand kwam", 0),
           (2, "1.5 Toezicht door de inspectie", 0),
           (1, "2. Missie, visie en speerpunten", 0),
           (1, "3. Basisondersteuning in Groene Delta", 0),
           (1, "4. Ondersteuningsroute en toelaatbaarheid", 0),
           (1, "5. Van vso naar regulier onderwijs", 0),
           (1, "6. Resultaten en kwaliteitszorg", 0),
           (1, "7. Ouders en leerlingen", 0),
           (1, "8. Gemeenten", 0),
           (1, "9. Organisatie en medezeggenschap", 0), (1, "10. Personeel", 0),
           (1, "11. Financiën", 0), (1, "12. Privacy en ICT", 0), (1, "13. Jaarcyclus", 0),
           (1, "Begrippenlijst", 0), (1, "Afkortingen", 0)]
    b = [("title", ["Ondersteuningsplan 2025-2029 Groene Delta",
                    "Samenwerkingsverband VO Groene Delta (VO 28-03)",
                    "Webversie – laatst bijgewerkt 2 mei 2025",
                    "Dit plan is op 24 april 2025 vastgesteld door het bestuur, na instemming van de OPR op "
                    "18 maart 2025."]),
         ("toc", toc),
         ("chapter", "Voorwoord"), ("h1", "Voorwoord"),
         ("p", "Welkom bij de webversie van ons ondersteuningsplan 2025-2029. Wij hebben gekozen voor een "
               "compact plan op hoofdlijnen, dat u online kunt lezen en dat wij actueel houden. Het plan gaat "
               "over alles wat passend onderwijs in Groene Delta inhoudt: basisondersteuning, toelaatbaarheid "
               "tot vso, lwoo en praktijkonderwijs, terugplaatsing, het dekkend aanbod, de financiën, de "
               "resultaten en de informatie aan ouders. Uitvoerige procedures en regelingen vindt u op de "
               "themapagina's van deze website."),
         ("p", "De afgelopen periode hebben wij veel geïnvesteerd in de samenwerking tussen de elf scholen. Die "
               "investering willen wij de komende jaren verzilveren. Wij danken iedereen die aan dit plan heeft "
               "bijgedragen."),
         ("p", "Ir. R. (Ruud) Donkersloot, directeur-bestuurder"),
         ("chapter", "Leeswijzer"), ("h1", "Leeswijzer"),
         ("p", "Dit plan beschrijft op hoofdlijnen wat Groene Delta doet en waarom. Het plan is bewust compact. "
               "Waar procedures, formulieren of regelingen uitgebreider zijn beschreven, verwijzen wij naar de "
               "betreffende pagina van onze website. Die pagina's zijn geen onderdeel van het plan zelf en "
               "kunnen tussentijds worden bijgewerkt."),
         ("p", "Op deze website vindt u naast het plan onder meer de volgende pagina's: Ondersteuningsroute; "
               "Loket en toelaatbaarheid (met het Loketreglement); Voor ouders; Voor leerlingen; Klachten en "
               "bezwaar; Jaarverslagen en begrotingen; Contact. Via het menu onderaan iedere pagina kunt u "
               "direct naar deze onderwerpen navigeren."),
         ("table", "Versiebeheer webversie", ["Datum", "Wijziging"],
          [["24 april 2025", "Plan vastgesteld door de directeur-bestuurder na instemming OPR"],
           ["28 april 2025", "Tekstuele correcties in hoofdstuk 3 en 11"],
           ["2 mei 2025", "Links naar de pagina's Loket en Voor ouders bijgewerkt"]]),
         ("chapter", "Samenvatting"), ("h1", "Samenvatting"),
         ("p", "Groene Delta is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Deltadorp, "
               "Westerzee en Oud-Bommelland. De vier aangesloten besturen werken samen aan een regio waarin "
               "iedere jongere onderwijs krijgt dat bij hem of haar past. De kern van dit plan: een stevige "
               "basisondersteuning op iedere vestiging, snelle en zorgvuldige procedures, een financieel gezond "
               "samenwerkingsverband dat zijn middelen inzet in de scholen, en een cyclus waarin wij onze "
               "resultaten systematisch volgen."),
         ("chapter", "1 Wie wij zijn"), ("h1", "1. Wie wij zijn"), ("h2", "1.1 Wettelijk kader")] + \
        f_wettelijk_kader(c) + [("h2", "1.2 De regio")] + f_context(c) + [
         ("h2", "1.3 Terugblik 2021-2025"),
         ("p", "In de vorige planperiode is het samenwerkingsverband van een netwerkorganisatie uitgegroeid tot "
               "een professionele organisatie met een eigen bureau. Het bestuursmodel is aangepast: sinds 2022 "
               "is er een directeur-bestuurder met een Raad van Toezicht. De eerdere regeling met twee "
               "verschillende aanvraagformulieren is vervangen door één digitaal portaal."),
         ("h2", "1.4 Hoe dit plan tot stand kwam"),
         ("p", "De voorbereiding van dit plan begon in september 2024 met een evaluatie van het vorige plan "
               "door het bureau en de Raad van Toezicht. Daarna zijn drie werksessies gehouden met "
               "schoolleiders en ondersteuningscoördinatoren, en twee sessies met de OPR. Een eerste concept is "
               "in december 2024 besproken met de besturen. Het ontwerp is vervolgens voorgelegd aan de "
               "gemeenten in het OOGO en aan de OPR ter instemming. Ook is het ontwerp besproken met het "
               "samenwerkingsverband PO in de regio, zoals de wet voorschrijft."),
         ("p", "De directeur-bestuurder heeft het plan op 24 april 2025 vastgesteld, na goedkeuring door de "
               "Raad van Toezicht. Het plan is vóór 1 mei 2025 aan de inspectie gezonden via het Internet "
               "Schooldossier."),
         ("h2", "1.5 Toezicht door de inspectie"),
         ("p", "De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband. Eens in de vier jaar "
               "vindt een vierjaarlijks onderzoek plaats. Bij het laatste onderzoek, in het voorjaar van 2023, "
               "beoordeelde de inspectie de kwaliteitszorg en het financieel beheer als voldoende. De inspectie "
               "gaf het samenwerkingsverband mee de kwaliteitscyclus steviger te verankeren en de verantwoording "
               "over de inzet van middelen te verbeteren. Beide punten zijn in dit plan verwerkt."),
         ("chapter", "2 Missie, visie en speerpunten"), ("h1", "2. Missie, visie en speerpunten")] + \
        f_missie_visie(c, ouders_zin=False) + [
         ("h2", "Landelijke ontwikkelingen"),
         ("p", "Het plan is geschreven in een periode waarin landelijk veel verandert. Het kabinet werkt aan "
               "een landelijke norm voor basisondersteuning, aan de vereenvoudiging van de bekostiging en aan "
               "een beweging naar inclusiever onderwijs. De uitkomsten daarvan zijn op het moment van schrijven "
               "nog niet volledig bekend. Wij volgen de ontwikkelingen via de VO-raad en het netwerk van "
               "samenwerkingsverbanden in de provincie, en vertalen ze waar nodig naar ons eigen beleid. "
               "Wijzigingen die daaruit voortvloeien, leggen wij als addendum voor aan de OPR."),
         ("p", "Ook het personeelstekort is een landelijke ontwikkeling met grote lokale gevolgen. Scholen in "
               "Groene Delta hebben moeite om vacatures voor docenten wiskunde, Nederlands en de technische "
               "vakken te vervullen. Het samenwerkingsverband heeft daarin geen formele rol, maar zoekt met de "
               "besturen naar mogelijkheden om ondersteuningstaken zo te organiseren dat docenten worden "
               "ontlast, bijvoorbeeld door de administratieve lasten rond aanvragen en verantwoording te "
               "verminderen."),
         ("h2", "Speerpunten voor de organisatie"),
         ("ul", ["Wij vernieuwen het digitale aanvraagportaal en verkorten de administratieve lasten voor "
                 "scholen.",
                 "Wij herijken het verdeelmodel, zodat het beter aansluit bij de ondersteuningsbehoefte per "
                 "school.",
                 "Wij versterken de samenwerking tussen de ondersteuningscoördinatoren van de scholen.",
                 "Wij brengen de kwaliteitszorg van het samenwerkingsverband op orde."]),
         ("chapter", "3 Basisondersteuning in Groene Delta"), ("h1", "3. Basisondersteuning in Groene Delta"),
         ("p", "De vier besturen hebben vastgelegd dat iedere vestiging van iedere school in Groene Delta ten "
               "minste de onderstaande basisondersteuning biedt. Het gaat om een gezamenlijke ondergrens: "
               "scholen kunnen meer bieden, maar geen vestiging biedt minder. Een leerling hoeft voor deze "
               "ondersteuning geen aanvraag te doen; zij is beschikbaar voor iedere leerling die haar nodig "
               "heeft."),
         ("table", "Basisondersteuning: wat elke vestiging biedt", ["Onderdeel", "Afspraak"],
          [["Mentoraat", "Iedere leerling heeft een mentor met ten minste één mentoruur per week in leerjaar 1 "
                         "en 2"],
           ["Ondersteuningscoördinator", "Op elke vestiging, met minimaal 0,5 fte per 500 leerlingen"],
           ["Lezen, spelling en rekenen", "Dyslexie- en dyscalculieprotocol met faciliteiten (extra tijd, "
                                          "voorleessoftware); remediërende lessen in leerjaar 1-2"],
           ["Sociaal-emotioneel", "Faalangstreductietraining en sociale-vaardigheidstraining; anti-pestcoördinator"],
           ["Executieve functies", "Huiswerkbegeleiding en training plannen en organiseren"],
           ["Opvang", "Een time-outplek binnen de school met begeleiding"],
           ["Zorgoverleg", "Intern zorgadviesteam met schoolmaatschappelijk werk en jeugdarts, ten minste zes "
                           "keer per jaar"],
           ["Medisch", "Protocol medisch handelen"]]),
         ("p", "Jaarlijks voeren de scholen een zelfevaluatie uit op deze afspraken. Eens in de twee jaar vindt "
               "een collegiale visitatie plaats door ondersteuningscoördinatoren van andere besturen. Als een "
               "vestiging niet aan de afspraken voldoet, maakt de schoolleider een verbeterplan dat binnen zes "
               "maanden wordt uitgevoerd."),
         ("chapter", "4 Ondersteuningsroute en toelaatbaarheid"),
         ("h1", "4. Ondersteuningsroute en toelaatbaarheid"),
         ("p", "Leerlingen die meer nodig hebben dan de basisondersteuning, kunnen een beroep doen op het "
               "ondersteuningsaanbod van Groene Delta. Hoe de ondersteuningsroute loopt en welke voorzieningen "
               "er zijn, staat beschreven op de pagina 'Ondersteuningsroute' van deze website. Die pagina wordt "
               "actueel gehouden, zodat scholen altijd over de meest recente informatie beschikken."),
         ("p", "Voor de procedures rond toelaatbaarheid tot het vso en het praktijkonderwijs en de aanwijzing "
               "lwoo verwijzen wij naar het Loketreglement Groene Delta. Het reglement is te downloaden via de "
               "pagina 'Loket'."),
         ("chapter", "5 Van vso naar regulier onderwijs"), ("h1", "5. Van vso naar regulier onderwijs"),
         ("p", "Groene Delta wil dat jongeren in het vso de kans krijgen om, als dat past, de overstap te maken "
               "naar een reguliere school voor voortgezet onderwijs of naar een andere vorm van onderwijs die "
               "beter aansluit. Wij vinden een overstap verantwoord als de jongere zich in het vso zo heeft "
               "ontwikkeld dat hij of zij met de basisondersteuning en een tijdelijke extra begeleiding op een "
               "reguliere school kan functioneren, en als de ontvangende school de benodigde begeleiding kan "
               "bieden. Een overstap mag nooit leiden tot uitval: bij twijfel kiezen wij voor een geleidelijke "
               "overgang."),
         ("p", "De werkwijze is als volgt. Ieder jaar evalueert de vso-school het ontwikkelingsperspectiefplan. In "
               "het schooljaar waarin de toelaatbaarheidsverklaring afloopt, beoordeelt de commissie van "
               "begeleiding van de vso-school vóór 1 februari of een overstap mogelijk is. Is dat het geval, "
               "dan meldt de vso-school de jongere aan bij de plaatsingsadviseur van Groene Delta, die binnen "
               "vier weken een passende reguliere school zoekt en een overdrachtsoverleg organiseert met de "
               "vso-school en de ontvangende school. De overstap vindt plaats aan het begin van een schooljaar "
               "of na een proefplaatsing van zes weken, waarna de ontvangende school en de vso-school samen "
               "besluiten."),
         ("p", "Na de overstap houdt de vso-school gedurende een half jaar ambulante begeleiding beschikbaar "
               "voor de jongere en de mentor op de nieuwe school. De ontvangende school ontvangt daarvoor van "
               "Groene Delta een overstapbudget van € 3.000. Wij registreren iedere overstap; in 2023-2024 "
               "maakten 9 jongeren de overstap van vso naar regulier onderwijs."),
         ("chapter", "6 Resultaten en kwaliteitszorg"), ("h1", "6. Resultaten en kwaliteitszorg"),
         ("p", "Groene Delta werkt met een vaste kwaliteitscyclus. Per kwartaal verzamelt het bureau gegevens "
               "over de deelnamepercentages lwoo, praktijkonderwijs en vso (DUO), de doorlooptijden van "
               "aanvragen, het aantal overstappen van vso naar regulier onderwijs en de uitstroom naar "
               "vervolgonderwijs. Eens per twee jaar peilen wij de tevredenheid van de scholen. De gegevens "
               "worden verwerkt in een dashboard dat de directeur-bestuurder elk kwartaal met de Raad van "
               "Toezicht bespreekt en twee keer per jaar met de besturen en de OPR. In het jaarverslag "
               "rapporteren wij over de bereikte resultaten, met een analyse en een toelichting op de "
               "ingezette middelen."),
         ("p", "Bereikte resultaten 2021-2025 (kort): het deelnamepercentage vso daalde van 4,1% (2021) naar "
               "3,7% (2024); de gemiddelde doorlooptijd van aanvragen daalde van negen naar vijf weken; 78% "
               "van de scholen was in 2024 tevreden over de dienstverlening van het bureau."),
         ("p", "De beoogde resultaten voor de periode 2025-2029 formuleren wij na een nulmeting in het najaar "
               "van 2025. Zij worden vastgelegd in het jaarplan 2026 en ter informatie aan de OPR gezonden."),
         ("chapter", "7 Ouders en leerlingen"), ("h1", "7. Ouders en leerlingen"),
         ("p", "Informatie voor ouders en leerlingen staat op de pagina's 'Voor ouders' en 'Voor leerlingen' van "
               "deze website. Daar vindt u ook de contactgegevens voor vragen en voor onafhankelijk advies."),
         ("chapter", "8 Gemeenten"), ("h1", "8. Gemeenten")] + f_oogo(c, substantive=False) + [
         ("chapter", "9 Organisatie en medezeggenschap"), ("h1", "9. Organisatie en medezeggenschap")] + \
        f_governance(c) + f_opr(c, with_parents=False) + [
         ("chapter", "10 Personeel"), ("h1", "10. Personeel")] + f_personeel(c) + [
         ("chapter", "11 Financiën"), ("h1", "11. Financiën"),
         ("p", "Groene Delta ontvangt rijksmiddelen voor lichte en zware ondersteuning. DUO houdt daarop de "
               "bekostiging van het vso en de middelen voor lwoo en praktijkonderwijs in. Met de resterende "
               "middelen bekostigen wij de posten in de meerjarenbegroting hieronder."),
         ("table", "Meerjarenbegroting 2025-2028 (x € 1.000)", ["Post", "2025", "2026", "2027", "2028"],
          [["Baten (na inhoudingen DUO)", "4.980", "4.950", "4.910", "4.880"],
           ["Ondersteuningsmiddelen naar besturen", "2.650", "2.650", "2.630", "2.610"],
           ["Plaatsingsadviseurs en ambulante begeleiding", "610", "620", "630", "630"],
           ["Overstapbudgetten vso-regulier", "45", "45", "45", "45"],
           ["Expertise en professionalisering", "240", "240", "230", "230"],
           ["Aanvraagportaal (vernieuwing)", "150", "60", "30", "30"],
           ["Bureau en bestuur", "640", "650", "655", "660"],
           ["Saldo", "645", "685", "690", "675"]]),
         ("p", "Het huidige verdeelmodel loopt af op 31 juli 2025. Het algemeen bestuur stelt in de loop van "
               "2026 een nieuw verdeelmodel vast, na instemming van de OPR; dat wordt als addendum aan dit plan "
               "toegevoegd. Tot die tijd worden de ondersteuningsmiddelen voor de besturen jaarlijks bij de "
               "begroting bepaald."),
         ("p", "De algemene reserve van Groene Delta bedraagt € 2,2 miljoen (31 december 2024) en ligt boven de "
               "signaleringswaarde. De positieve saldi in de meerjarenbegroting zijn bestemd voor het "
               "herijkte verdeelmodel; een bestedingsplan voor de reserve volgt."),
         ("h2", "Bedrijfsvoering en risicomanagement"),
         ("p", "De financiële administratie is uitbesteed aan een administratiekantoor. De controller van het "
               "samenwerkingsverband stelt maandelijks een financiële rapportage op en viermaal per jaar een "
               "managementrapportage, die met de Raad van Toezicht wordt besproken. De auditcommissie van de "
               "RvT spreekt twee keer per jaar met de controller en eenmaal per jaar met de accountant."),
         ("p", "De belangrijkste financiële risico's zijn een daling van het aantal leerlingen, een stijging van "
               "het aantal vso-plaatsingen (die door DUO op onze baten worden ingehouden) en wijzigingen in de "
               "landelijke bekostiging. Deze risico's zijn gekwantificeerd in de risicoparagraaf van de begroting. "
               "Het samenwerkingsverband heeft een treasurystatuut en zet geen middelen uit in risicodragende "
               "beleggingen."),
         ("chapter", "12 Privacy en ICT"), ("h1", "12. Privacy en ICT")] + f_ict_privacy(c) + [
         ("chapter", "13 Jaarcyclus"), ("h1", "13. Jaarcyclus")] + f_planning(c) + [
         ("h2", "Communicatie met scholen en partners"),
         ("p", "Het samenwerkingsverband informeert scholen en partners via een tweewekelijkse digitale "
               "nieuwsbrief, een besloten omgeving voor ondersteuningscoördinatoren en de jaarlijkse "
               "Groene Delta-conferentie. Schoolleiders en bestuurders ontvangen na iedere vergadering van de "
               "besturen een korte samenvatting van de besluiten. Wij gebruiken eenvoudige taal en houden "
               "rekening met digitale toegankelijkheid van onze website."),
         ("h2", "Huisvesting en duurzaamheid"),
         ("p", "Het bureau van Groene Delta is gehuisvest in het Onderwijshuis in Deltadorp, samen met twee "
               "schoolbesturen en de afdeling leerplicht. Het huurcontract loopt tot 2030. Bij de inrichting is "
               "gekozen voor flexibele werkplekken en overlegruimten die ook door scholen kunnen worden "
               "gebruikt. Het samenwerkingsverband streeft naar een duurzame bedrijfsvoering: dienstreizen "
               "worden zoveel mogelijk met het openbaar vervoer of de fiets gemaakt en vergaderingen vinden, "
               "waar dat kan, online plaats."),
         ("h2", "Integriteit en goed bestuur"),
         ("p", "Groene Delta hanteert een integriteitscode voor bestuurder, toezichthouders en medewerkers. "
               "Nevenfuncties van de directeur-bestuurder en de leden van de Raad van Toezicht worden "
               "gepubliceerd in het jaarverslag. Er is een regeling voor het melden van vermoedens van "
               "misstanden, met een externe vertrouwenspersoon voor medewerkers. De Raad van Toezicht "
               "evalueert jaarlijks het eigen functioneren, eens in de drie jaar onder externe begeleiding, en "
               "voert jaarlijks een functioneringsgesprek met de directeur-bestuurder."),
         ("chapter", "Begrippenlijst"), ("h1", "Begrippenlijst")] + f_glossary() + [
         ("chapter", "Afkortingen"), ("h1", "Afkortingen")] + f_abbr(c)
    return b


# ==============================================================================================
# Near-miss 1 — schoolondersteuningsprofiel of one PO school (.pdf)
# ==============================================================================================

def sop_vlonder():
    toc = [(1, "1  Inleiding", 3), (1, "2  Onze school", 3), (1, "3  Basisondersteuning op De Vlonder", 4),
           (1, "4  Extra ondersteuning", 5), (1, "5  Ondersteuningsstructuur", 6),
           (1, "6  Toelaatbaarheid en terugplaatsing", 7), (1, "7  Ouders", 7),
           (1, "8  Middelen en ambities", 8), (1, "Begrippen", 9)]
    return [
        ("title", ["Schoolondersteuningsprofiel 2025-2026", "OBS De Vlonder, Lekdal",
                   "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs De Waterlinie (PO 29-14)",
                   "Vastgesteld door de directeur na advies van de MR, september 2025"]),
        ("toc", toc),
        ("chapter", "1 Inleiding"), ("h1", "1  Inleiding"),
        ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij kan "
              "bieden aan leerlingen. Dit profiel is opgesteld door het team van OBS De Vlonder en maakt deel uit "
              "van het ondersteuningsplan van ons samenwerkingsverband De Waterlinie, dat de afspraken over "
              "basisondersteuning, toelaatbaarheid en de verdeling van middelen voor alle scholen in de regio "
              "vastlegt. In dit profiel leest u wat dat voor onze school betekent. Het SOP wordt jaarlijks "
              "geactualiseerd en is ook opgenomen in onze schoolgids."),
        ("chapter", "2 Onze school"), ("h1", "2  Onze school"),
        ("p", "OBS De Vlonder is een openbare basisschool in de wijk Oeverrijk in Lekdal, met 312 leerlingen "
              "verdeeld over dertien groepen. De school valt onder Stichting Openbaar Onderwijs Lekdal. Ons team "
              "bestaat uit 24 leerkrachten, twee intern begeleiders, drie onderwijsassistenten, een "
              "vakleerkracht gymnastiek en een conciërge. Wij werken met jaargroepen en een continurooster."),
        ("p", "Onze visie: ieder kind telt en ieder kind doet mee. Wij bieden een rijke leeromgeving waarin "
              "kinderen leren samenwerken en verantwoordelijkheid nemen. Wij werken met de methode Kwink voor "
              "sociaal-emotioneel leren en met coöperatieve werkvormen in alle groepen."),
        ("chapter", "3 Basisondersteuning op De Vlonder"), ("h1", "3  Basisondersteuning op De Vlonder"),
        ("p", "De Vlonder voldoet aan de tien standaarden basisondersteuning van De Waterlinie. Bij de laatste "
              "audit (maart 2025) scoorde de school op alle standaarden voldoende. Concreet betekent dit onder "
              "meer dat wij werken met het regionale dyslexieprotocol, dat de intern begeleiders samen 0,8 fte "
              "beschikbaar zijn voor ondersteuning, dat er twee keer per jaar groepsbesprekingen zijn en dat wij "
              "een anti-pestcoördinator hebben. Leerlingen die meer aankunnen, werken in de groep met "
              "verrijkingsmateriaal; enkele leerlingen nemen deel aan de plusklas van het samenwerkingsverband."),
        ("p", "Sterke punten van onze basisondersteuning zijn het taalaanbod voor leerlingen met een "
              "taalachterstand en de samenwerking met de schoolmaatschappelijk werker, die wekelijks op school "
              "is. Verbeterpunt is het aanbod rekenen voor leerlingen met een ernstige rekenachterstand; daarvoor "
              "volgen twee leerkrachten in 2025-2026 een opleiding rekenspecialist."),
        ("chapter", "4 Extra ondersteuning"), ("h1", "4  Extra ondersteuning"),
        ("p", "Naast de basisondersteuning biedt De Vlonder extra ondersteuning voor leerlingen met "
              "taalontwikkelingsproblemen (in samenwerking met cluster 2) en voor leerlingen met lichte "
              "gedragsproblemen. Hiervoor gebruiken wij het schoolbudget dat onze stichting van het "
              "samenwerkingsverband ontvangt: een onderwijsassistent werkt drie ochtenden per week met kleine "
              "groepjes, en een gedragsspecialist van de stichting begeleidt leerkrachten."),
        ("p", "Grenzen aan onze ondersteuning: wij kunnen geen leerlingen opvangen die voortdurende één-op-één "
              "begeleiding nodig hebben, en het gebouw is niet volledig rolstoeltoegankelijk (geen lift naar de "
              "eerste verdieping). Wanneer een leerling meer nodig heeft dan wij kunnen bieden, zoeken wij samen "
              "met de ouders en de consulent van het samenwerkingsverband naar een arrangement of een andere "
              "school."),
        ("chapter", "5 Ondersteuningsstructuur"), ("h1", "5  Ondersteuningsstructuur"),
        ("ol", ["Niveau 1: de leerkracht signaleert en past het aanbod in de groep aan.",
                "Niveau 2: de leerkracht bespreekt de leerling met de intern begeleider.",
                "Niveau 3: de leerling wordt besproken in het ondersteuningsteam met ouders, intern "
                "begeleider, schoolmaatschappelijk werker en consulent van De Waterlinie.",
                "Niveau 4: de school vraagt een arrangement aan bij het samenwerkingsverband.",
                "Niveau 5: de school vraagt een toelaatbaarheidsverklaring aan voor het sbo of so."]),
        ("p", "Voor leerlingen met een arrangement of een extra ondersteuningsbehoefte stellen wij een "
              "ontwikkelingsperspectief op, dat wij twee keer per jaar met de ouders bespreken."),
        ("chapter", "6 Toelaatbaarheid en terugplaatsing"), ("h1", "6  Toelaatbaarheid en terugplaatsing"),
        ("p", "In het schooljaar 2024-2025 is voor drie leerlingen van De Vlonder een toelaatbaarheidsverklaring "
              "aangevraagd: twee voor het sbo en één voor het so cluster 4. Alle drie zijn toegekend. De "
              "procedure en de criteria van het samenwerkingsverband staan in het ondersteuningsplan van De "
              "Waterlinie. In hetzelfde schooljaar keerde één leerling vanuit sbo De Kade terug naar onze "
              "school, met begeleiding vanuit De Kade. De Vlonder staat open voor terugplaatsing als wij de "
              "ondersteuning kunnen bieden die de leerling nodig heeft."),
        ("chapter", "7 Ouders"), ("h1", "7  Ouders"),
        ("p", "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de maandelijkse nieuwsbrief "
              "en de ouderportal. Bij zorgen over hun kind kunnen ouders altijd een afspraak maken met de "
              "leerkracht of de intern begeleider. Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- "
              "en Jeugdsteunpunt Waterlinie. Klachten kunnen worden ingediend volgens de klachtenregeling van "
              "onze stichting."),
        ("chapter", "8 Middelen en ambities"), ("h1", "8  Middelen en ambities"),
        ("p", "De Vlonder ontvangt via de stichting in 2025-2026 een schoolbudget van ongeveer € 52.000 van het "
              "samenwerkingsverband. Dit wordt besteed aan de onderwijsassistent (€ 31.000), scholing "
              "rekenspecialist (€ 6.000), de inzet van de gedragsspecialist (€ 12.000) en materialen "
              "(€ 3.000)."),
        ("p", "Onze ambities voor 2025-2026: alle leerkrachten zijn geschoold in het werken met het nieuwe "
              "rekenprotocol; het aantal leerlingen met een rekenachterstand van meer dan een jaar daalt met een "
              "derde; de tevredenheid van ouders over de ondersteuning is ten minste een 7,5. Wij evalueren deze "
              "ambities in juni 2026 in het team en met de MR."),
        ("chapter", "Begrippen"), ("h1", "Begrippen"),
    ] + f_glossary(["Arrangement", "Basisondersteuning", "Extra ondersteuning", "Ontwikkelingsperspectief",
                    "Schoolondersteuningsprofiel", "Terugplaatsing", "Toelaatbaarheidsverklaring"])


# ==============================================================================================
# Near-miss 2 — gemeentelijke notitie passend onderwijs en jeugdhulp (.html)
# ==============================================================================================

def notitie_lekdal():
    return [
        ("title", ["Notitie passend onderwijs en jeugdhulp 2025-2028",
                   "Gemeente Lekdal – afdeling Sociaal Domein",
                   "Ter bespreking in de commissie Samenleving van 3 juni 2025"]),
        ("toc", [(1, "1. Aanleiding", 0), (1, "2. Wettelijk kader", 0),
                 (1, "3. De ondersteuningsplannen van de samenwerkingsverbanden", 0),
                 (1, "4. Waar onderwijs en jeugdhulp elkaar raken", 0), (1, "5. Thuiszitters", 0),
                 (1, "6. Financiën", 0), (1, "7. Informatie voor ouders", 0), (1, "8. Resultaten en monitoring", 0),
                 (1, "9. Voorstel aan de commissie", 0)]),
        ("h1", "1. Aanleiding"),
        ("p", "De samenwerkingsverbanden passend onderwijs in onze regio, De Waterlinie (primair onderwijs) en "
              "Lek en IJssel VO (voortgezet onderwijs), hebben in het voorjaar van 2025 hun nieuwe "
              "ondersteuningsplannen vastgesteld. Voorafgaand daaraan heeft het college het op overeenstemming "
              "gericht overleg (OOGO) gevoerd. Tegelijk stelt de gemeente haar beleidsplan jeugd 2025-2028 op. "
              "Deze notitie schetst voor de commissie hoe passend onderwijs en jeugdhulp in Lekdal op elkaar "
              "aansluiten, en welke keuzes de gemeente daarin maakt."),
        ("h1", "2. Wettelijk kader"),
        ("p", "De samenwerkingsverbanden zijn op grond van de Wet op het primair onderwijs en de Wet op het "
              "voortgezet onderwijs verplicht een ondersteuningsplan op te stellen, waarin onder meer de "
              "basisondersteuning, de toelaatbaarheid tot het speciaal onderwijs, de terugplaatsing, de "
              "verdeling van middelen, de resultaten en de informatie aan ouders zijn beschreven. De gemeente "
              "heeft op grond van de Jeugdwet de verantwoordelijkheid voor jeugdhulp en moet haar beleidsplan "
              "jeugd eveneens in OOGO met de samenwerkingsverbanden bespreken. Daarnaast is de gemeente "
              "verantwoordelijk voor leerlingenvervoer, onderwijshuisvesting en de handhaving van de "
              "Leerplichtwet."),
        ("h1", "3. De ondersteuningsplannen van de samenwerkingsverbanden"),
        ("p", "Het college heeft in het OOGO positief geadviseerd over beide ondersteuningsplannen. Het plan van "
              "De Waterlinie beschrijft tien standaarden voor basisondersteuning en een doorlopend aanbod van vijf "
              "niveaus. Het plan van Lek en IJssel VO legt het accent op de aanpak van verzuim en op de "
              "uitbreiding van het OPDC. Het college heeft bij beide verbanden aandacht gevraagd voor de "
              "aansluiting tussen de ondersteuningsteams op school en de lokale toegang tot jeugdhulp. Wat de "
              "samenwerkingsverbanden in hun plannen opnemen, is hun eigen verantwoordelijkheid; deze notitie "
              "beschrijft uitsluitend de rol van de gemeente."),
        ("h1", "4. Waar onderwijs en jeugdhulp elkaar raken"),
        ("p", "Veel kinderen die extra ondersteuning op school nodig hebben, hebben ook thuis of in hun "
              "vrije tijd ondersteuning nodig. Het uitgangspunt van Lekdal is één kind, één gezin, één plan. "
              "Daarom zet de gemeente in op:"),
        ("ul", ["een vaste contactpersoon van het jeugd- en gezinsteam op iedere school, aanwezig bij het "
                "ondersteuningsteam;",
                "schoolmaatschappelijk werk op alle basisscholen en VO-scholen, gefinancierd door de gemeente;",
                "een praktijkondersteuner jeugd-ggz die op school spreekuur houdt, zodat leerlingen zonder "
                "verwijzing van de huisarts laagdrempelig hulp krijgen;",
                "onderwijs-zorgarrangementen in het speciaal onderwijs, waarbij de gemeente het zorgdeel en het "
                "samenwerkingsverband het onderwijsdeel bekostigt."]),
        ("h1", "5. Thuiszitters"),
        ("p", "Op 1 oktober 2024 stonden in Lekdal zeven leerplichtige kinderen en jongeren geregistreerd als "
              "thuiszitter. De leerplichtambtenaren nemen deel aan de thuiszittersoverleggen van beide "
              "samenwerkingsverbanden. De gemeente heeft met de verbanden een convenant thuiszitters gesloten "
              "waarin een escalatieladder is opgenomen. Het college wil het aantal vrijstellingen op grond van "
              "artikel 5 onder a van de Leerplichtwet terugdringen."),
        ("h1", "6. Financiën"),
        ("p", "De gemeente besteedt in 2025 naar verwachting € 14,6 miljoen aan jeugdhulp, waarvan circa € 1,1 "
              "miljoen aan hulp die rechtstreeks verband houdt met onderwijs (schoolmaatschappelijk werk, "
              "praktijkondersteuner jeugd-ggz, zorgdeel van onderwijs-zorgarrangementen). Daarnaast is € 2,3 "
              "miljoen begroot voor leerlingenvervoer. De kosten van leerlingenvervoer zijn de afgelopen drie "
              "jaar met 18% gestegen, mede door de toename van het aantal leerlingen in het speciaal onderwijs "
              "buiten de gemeente."),
        ("table", "Begroting onderwijsgerelateerde jeugdhulp (x € 1.000)", ["Post", "2025", "2026", "2027"],
         [["Schoolmaatschappelijk werk", "420", "430", "440"], ["Praktijkondersteuner jeugd-ggz", "260", "270", "280"],
          ["Zorgdeel onderwijs-zorgarrangementen", "390", "400", "410"], ["Leerlingenvervoer", "2.300", "2.380", "2.450"]]),
        ("h1", "7. Informatie voor ouders"),
        ("p", "Ouders vinden informatie over jeugdhulp en de lokale toegang op de website van de gemeente en in "
              "de wijkcentra. Voor vragen over onderwijs en ondersteuning op school verwijst de gemeente naar de "
              "scholen en naar de samenwerkingsverbanden. Ouders die onafhankelijke cliëntondersteuning willen bij "
              "jeugdhulp, kunnen kosteloos terecht bij de cliëntondersteuners van de gemeente."),
        ("h1", "8. Resultaten en monitoring"),
        ("p", "De gemeente volgt de effecten van haar inzet via de monitor sociaal domein. Voor de komende "
              "periode hanteert het college drie doelen: minder thuiszitters (van zeven naar maximaal drie in "
              "2028), kortere wachttijden voor jeugd-ggz (maximaal acht weken) en een stabilisatie van de kosten "
              "van leerlingenvervoer. Over de voortgang wordt jaarlijks gerapporteerd in de "
              "programmaverantwoording."),
        ("h1", "9. Voorstel aan de commissie"),
        ("p", "Het college stelt de commissie voor kennis te nemen van deze notitie en de uitgangspunten te "
              "betrekken bij de behandeling van het beleidsplan jeugd 2025-2028 in de raad van september 2025."),
    ]


# ==============================================================================================
# Labels
# ==============================================================================================

def crit(false=()):
    d = {c: True for c in CORE}
    for f in false:
        assert f in d, f
        d[f] = False
    return d


def main():
    os.makedirs(OUT, exist_ok=True)

    # ---- plan 1
    n = "po-waterlinie-2025-2029"
    write_docx(plan1(), os.path.join(OUT, n + ".docx"),
               "SWV PO De Waterlinie – Ondersteuningsplan 2025-2029",
               "Versie ter instemming OPR, 3 maart 2025")
    write_label(n, [n + ".docx"], "po",
                crit(["financien.besteding", "resultaten.monitoring"]),
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3: agreed minimum for all 47 schools (3.1), ten concrete standaarden "
                                       "(3.2), audit + verbeterplan (3.3).",
                 "plaatsing": "H5.1-5.6: steps, CvT, 6 weeks; sbo and so criteria in 5.2; two deskundigen; "
                              "duration/categorie; bezwaar via LBT.",
                 "terugstroom": "Hidden in TLV chapter 5.5 'Na de TLV: hoe verder?': policy (thuisnabij, "
                                "conditions, terugkeerarrangement) and procedure (MDO before 1 Feb, consulent, "
                                "proefperiode, new TLV by 1 April). No heading says terugplaatsing.",
                 "financien": "H11 'Geld en middelen': verdeelmodel with EUR 145/leerling, vaste voet, "
                              "arrangementen (11.2) = verdeling; besteding/meerjarenbegroting only in bijlage 5, "
                              "which is 'separaat' and added later (11.3) -> not addressed. Reserves and "
                              "verantwoording (vóór 1 juni) are addressed.",
                 "dekkend-aanbod": "H4: five-level continuum table, arrangementen, bovenschoolse voorzieningen; "
                                   "4.4 thuiszittersoverleg, doorzettingsmacht, yearly gap analysis with action; "
                                   "H7 OOGO themes.",
                 "resultaten": "8.1 table of beoogde resultaten with targets; 8.2 defers how results are "
                               "measured/reported to a kwaliteitshandboek 'in de loop van 2025-2026' -> "
                               "monitoring not addressed. (The thuiszitters count in 4.4 is a context figure, "
                               "not a monitoring description.)",
                 "ouders": "H6: ouderpagina, brochure in four languages, informatieavonden (informatie); "
                           "independent OJSP Waterlinie, Onderwijsconsulenten, klachten/GPO (steunpunt)."})

    # ---- plan 2
    n = "vo-brabantse-wouden-2024-2028"
    write_pdf(plan2(), os.path.join(OUT, n + ".pdf"),
              "Ondersteuningsplan 2024-2028 – SWV VO Brabantse Wouden", "Definitieve versie, april 2024")
    write_label(n, [n + ".pdf"], "vo",
                crit(["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure",
                      "terugstroom.beleid", "ouders.steunpunt"]),
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "3.1: Referentiekader definition + all boards agreed it is the common "
                                       "floor for every vestiging (niveau); the concrete voorzieningen are only in "
                                       "the Kwaliteitskaart (bijlage 2), published separately and absent "
                                       "-> inhoud not addressed; ondersteuningsgesprek = borging.",
                 "plaatsing": "4.2/4.3: who applies, dossier, two deskundigen, Commissie Toewijzing, 6 weeks, "
                              "lwoo/pro timeline; criteria only via absent Toetsingskader (bijlage 5) and 'volgt "
                              "de landelijke regelgeving' without content -> criteria not addressed.",
                 "terugstroom": "Nothing on return from vso. Near-misses only: OPDC/rebound return to own "
                                "school (3.3, OPDC indicator in 8.1/8.3), uitstroom/doorstroom (H5), voorwoord "
                                "and glossary mention terugplaatsing.",
                 "financien": "H11 'Geld en middelen': verdeelmodel per leerling/vmbo-havo split (11.1), "
                              "meerjarenbegroting table (11.2), reserves (11.3), verantwoording vóór 1 april.",
                 "dekkend-aanbod": "H3 continuum table and OPDC/rebound/vso; 3.5 zorgplicht escalation, "
                                   "Thuiszitterstafel, wachtlijst trigger; H7 OOGO themes.",
                 "resultaten": "8.1 indicators with streefwaarden; 8.2 measurement twice a year, sources, "
                               "dashboard, jaarverslag; 8.3 achieved figures.",
                 "ouders": "H6: website ouderdeel, folder, informatieavond (informatie); OJSP only promised "
                           "'zodra de wettelijke regeling van kracht is' and klachten referred to a website page "
                           "-> steunpunt not addressed; hoorrecht/MDO/OPR = betrokkenheid."})

    # ---- plan 3
    n = "po-kop-van-de-linge-2025-2029"
    write_pdf(plan3(), os.path.join(OUT, n + ".pdf"),
              "SWV PO Kop van de Linge | Ondersteuningsplan 2025-2029", "Ondersteuningsplan 2025-2029")
    write_label(n, [n + ".pdf"], "po",
                crit(["terugstroom.procedure", "financien.verdeling", "financien.besteding",
                      "resultaten.doelen", "resultaten.monitoring"]),
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "3.1 agreement valid for all 38 schools incl. nevenvestigingen; the "
                                      "content is only in Tabel 2 (standaarden per domein).",
                 "plaatsing": "5.1/5.2 procedure (bestuur applies, OT with ouders, two deskundigen, besluit "
                              "within 6 weeks, duration); criteria only in the table of the INCLUDED bijlage 3 "
                              "'Afwegingskader'; 5.3 bezwaar.",
                 "terugstroom": "H6 'Terug naar het regulier onderwijs': policy (thuisnabij, conditions, "
                                "begeleiding + arrangement after return) addressed; the stappenplan (who, when, "
                                "who decides) is being revised and 'als addendum' added later -> procedure not "
                                "addressed.",
                 "financien": "H12 'Financieel kader' only says verdeling/besteding are in the begroting on the "
                              "website (bijlage 4 'zie website') and that the model will be evaluated -> "
                              "nothing addressed; 'middelen' elsewhere are passing mentions.",
                 "dekkend-aanbod": "4.1 list of provisions (arrangementen, Lingeklas, Denktank, sbo, so, OZA); 4.2 "
                                   "thuiszitters meldprotocol; 4.3 wachtlijst inventory and new group per "
                                   "1-8-2026; H8 OOGO themes.",
                 "resultaten": "No intended or achieved results: ambities deferred to jaarplannen (H2), H9 "
                               "kwaliteitskader 'in voorbereiding'; terugblik (1.3) is organisational only.",
                 "ouders": "Hidden under H7 'Communicatie', 7.2: website rubriek, schoolgids text, folder, "
                           "ouderavond (informatie); independent ouder- en jeugdsteunpunt Linge, "
                           "Onderwijsconsulenten, Geschillencommissie (steunpunt)."})

    # ---- plan 4
    n = "vo-heuvelrug-zuid-2025-2029"
    write_docx(plan4(), os.path.join(OUT, n + ".docx"),
               "SWV VO Heuvelrug-Zuid – Ondersteuningsplan 2025-2029", "Vastgesteld 9 april 2025",
               chapter_headers=True)
    write_label(n, [n + ".docx"], "vo",
                crit(["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
                      "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"]),
                {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 'Basisondersteuning' exists (and is the running header) but only "
                                       "says the afspraken are being herijkt in 2025-2026 and will be added as "
                                       "addendum -> nothing addressed; definition only in the begrippenlijst.",
                 "plaatsing": "5.1-5.4: Toewijzingscommissie, numbered vso steps, criteria (a)-(c), categorie, "
                              "lwoo and pro criteria with IQ/achterstand and timing; no bezwaar.",
                 "terugstroom": "H6: numbered procedure (1 Dec OPP evaluation, 1 Feb advice, 1 March "
                                "aanmelding, new TLV by 1 April, TLV ends 31 July); policy (conditions, support "
                                "after return) deferred to a 2026 notitie -> beleid not addressed; terugplaatsing "
                                "indicator in 7.1 = monitoring.",
                 "financien": "12.2 verdeelmodel table (per leerling, vaste voet, arrangementen); besteding in "
                              "the INCLUDED bijlage 2 meerjarenbegroting; 12.3 reserves and verantwoording.",
                 "dekkend-aanbod": "4.1 continuum only in the digital sociale kaart (bijlage 3, absent) -> "
                                   "continuum not addressed; 4.2 zorgplicht escalation, 4.3 thuiszitters, 4.4 "
                                   "tekorten monitoring = lacunes; H8 OOGO themes.",
                 "resultaten": "7.1 table with nulmeting and doelen 2029; 7.2 quarterly monitoring, sources, "
                               "jaarverslag per doel, tussenevaluatie.",
                 "ouders": "H9 'Communicatie' defers ouderwebsite/folder to spring 2026 and the OJSP to 2026 "
                           "-> informatie and steunpunt not addressed; parents' role in TLV procedure, "
                           "hoorrecht and OPR seats = betrokkenheid only -> partial. (1.3 only describes the "
                           "national law: schoolgids, OJSP.)"})

    # ---- plan 5
    n = "vo-groene-delta-2025-2029"
    write_md(plan5(), os.path.join(OUT, n + ".md"),
             "Groene Delta · Samenwerkingsverband VO · Home > Over ons > Ondersteuningsplan",
             "Menu: Home | Ondersteuningsplan | Ondersteuningsroute | Loket en toelaatbaarheid | Voor ouders | "
             "Voor leerlingen | Klachten en bezwaar | Contact")
    write_label(n, [n + ".md"], "vo",
                crit(["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
                      "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                      "ouders.informatie", "ouders.steunpunt"]),
                {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "H3: floor for every vestiging of every school + table of voorzieningen; "
                                       "zelfevaluatie/visitatie/verbeterplan = borging.",
                 "plaatsing": "H4 only refers to the Loketreglement on the website page 'Loket' -> nothing "
                              "addressed; TLV appears only in glossary, menu, voorwoord and passing mentions.",
                 "terugstroom": "H5 'Van vso naar regulier onderwijs': conditions/aim (policy), steps with "
                                "commissie van begeleiding before 1 Feb, plaatsingsadviseur, proefplaatsing, "
                                "ambulante begeleiding + overstapbudget; count 2023-2024 = monitoring.",
                 "financien": "H11: meerjarenbegroting table with amounts (besteding) and reserve; the "
                              "verdeelmodel expires and a new one is set 'in de loop van 2026' -> verdeling not "
                              "addressed (budget line to besturen has no criteria).",
                 "dekkend-aanbod": "Nothing: ondersteuningsroute/voorzieningen referred to a website page (H4), "
                                   "OOGO (H8) is procedural only and refers inhoud to the Lokale Educatieve "
                                   "Agenda; no thuiszitters/zorgplicht text.",
                 "resultaten": "H6: quarterly data collection, dashboard, RvT/besturen/OPR, jaarverslag and "
                               "achieved figures 2021-2025 (monitoring); beoogde resultaten only after a "
                               "nulmeting in autumn 2025 -> doelen not addressed (H2 speerpunten are "
                               "organisational activities).",
                 "ouders": "H7 only refers to the website pages 'Voor ouders'/'Voor leerlingen'; OPR described "
                           "without parents; menu/glossary/voorwoord mentions only -> missing."})

    # ---- near-miss 1
    n = "sop-obs-de-vlonder-2025-2026"
    write_pdf(sop_vlonder(), os.path.join(OUT, n + ".pdf"), "OBS De Vlonder – Schoolondersteuningsprofiel 2025-2026",
              "SOP De Vlonder")
    write_label(n, [n + ".pdf"], "po", {}, {},
                {"document": "Schoolondersteuningsprofiel of one basisschool (OBS De Vlonder): describes the "
                             "school's own basis- en extra ondersteuning, its TLV requests and its schoolbudget; "
                             "it refers to the SWV's ondersteuningsplan but is not one (no verband-wide "
                             "procedures, verdeelmodel, OPR/OOGO, planperiode of a verband)."},
                looks_like_plan=False)

    # ---- near-miss 2
    n = "gemeente-lekdal-notitie-passend-onderwijs-jeugdhulp"
    write_html(notitie_lekdal(), os.path.join(OUT, n + ".html"),
               "Notitie passend onderwijs en jeugdhulp 2025-2028 – Gemeente Lekdal",
               "Gemeente Lekdal · Raadsinformatie · Commissie Samenleving",
               "Gemeente Lekdal – Postbus 100 – 4100 AA Lekdal")
    write_label(n, [n + ".html"], "po", {}, {},
                {"document": "Municipal policy note (gemeente Lekdal, afdeling Sociaal Domein) about jeugdhulp, "
                             "OOGO, thuiszitters and leerlingenvervoer, written for a raadscommissie; it discusses "
                             "the SWV plans (PO and VO) from the outside and is not an ondersteuningsplan. Sector "
                             "set to po for format only: the note covers both sectors."},
                looks_like_plan=False)

    for f in sorted(os.listdir(OUT)):
        print(f)


if __name__ == "__main__":
    main()
