#!/usr/bin/env python3
"""Generate the holdout23 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO, of mixed
quality) plus one near-miss document (a schoolgids with a chapter on passend onderwijs). All organisations,
names, figures and addresses are fictional. The labels (<name>.expected.yaml) are written by hand below,
next to the text they describe.

Usage: python3 make_holdout23.py            (writes into the parent folder of src/)
Deterministic, no network. PDFs are rendered from a temporary .docx with `soffice --headless`.
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import yaml
from docx import Document
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

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


# --------------------------------------------------------------------------------------------
# block constructors
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def OL(items): return ("ol", items)
def T(rows): return ("table", rows)          # first row = header
def NOTE(t): return ("note", t)              # reviewer comment / placeholder in a concept
def TOC(entries): return ("toc", entries)    # list of (level, text, page)
def GLOSS(items): return ("gloss", items)    # list of (term, definition)
def PB(): return ("pb", None)
def TITLE(lines): return ("title", lines)


# --------------------------------------------------------------------------------------------
# renderers
def render_docx(blocks, path, header="", footer=""):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_printed = FIXED_DATE
    doc.core_properties.author = "holdout23"
    doc.core_properties.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "note":
            para = doc.add_paragraph()
            run = para.add_run(val)
            run.italic = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == "toc":
            para = doc.add_paragraph()
            para.add_run("Inhoudsopgave").bold = True
            for level, text, page in val:
                doc.add_paragraph(("    " * (level - 1)) + text + " " + "." * 6 + " " + str(page))
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "gloss":
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.rows[0].cells[0].text = "Begrip"
            table.rows[0].cells[1].text = "Omschrijving"
            for term, d in val:
                cells = table.add_row().cells
                cells[0].text = term
                cells[1].text = d
            doc.add_paragraph()
        elif kind == "table":
            table = doc.add_table(rows=0, cols=len(val[0]))
            table.style = "Table Grid"
            for r, row in enumerate(val):
                cells = table.add_row().cells
                for c, txt in enumerate(row):
                    cells[c].text = ""
                    run = cells[c].paragraphs[0].add_run(str(txt))
                    run.bold = r == 0
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx with fixed member timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fn, data in members:
            info = zipfile.ZipInfo(fn, date_time=(2025, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_pdf(blocks, path, header="", footer=""):
    tmp = tempfile.mkdtemp(prefix="holdout23_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        render_docx(blocks, src, header, footer)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, title, header="", footer=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title),
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "header,footer{color:#666;font-size:small}</style>", "</head>", "<body>"]
    if header:
        out.append("<header><p>%s</p></header>" % e(header))
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append('<div class="titelblad"><h1>%s</h1>' % e(val[0]))
            out += ["<p>%s</p>" % e(x) for x in val[1:]]
            out.append("</div>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append("<h%d>%s</h%d>" % (lvl, e(val), lvl))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % e(x) for x in val), kind))
        elif kind == "note":
            out.append('<p class="opmerking"><mark><em>%s</em></mark></p>' % e(val))
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            out += ['<li class="niveau%d"><a href="#">%s</a></li>' % (lvl, e(t)) for lvl, t, _ in val]
            out.append("</ul></nav>")
        elif kind == "gloss":
            out.append("<dl>" + "".join("<dt>%s</dt><dd>%s</dd>" % (e(a), e(b)) for a, b in val) + "</dl>")
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % e(str(c)) for c in val[0])]
            rows += ["<tr>%s</tr>" % "".join("<td>%s</td>" % e(str(c)) for c in r) for r in val[1:]]
            out.append("<table>%s</table>" % "".join(rows))
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append("<footer><p>%s</p></footer>" % e(footer))
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def write_label(name, documents, sector, looks_like_plan, elements, criteria, advisory, notes):
    if looks_like_plan:
        assert set(elements) == set(ELEMENTS), name
        assert set(criteria) == set(CORE), name
        # the status must follow the Part A rule from the criteria
        for el in ELEMENTS:
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            adv = advisory.get(el, [])
            if all(vals):
                want = "present"
            elif any(vals) or adv:
                want = "partial"
            else:
                want = "missing"
            assert elements[el] == want, (name, el, elements[el], want)
    lines = ["documents: [%s]" % ", ".join(documents),
             "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false"),
             "elements: {%s}" % ", ".join("%s: %s" % (k, elements[k]) for k in ELEMENTS if k in elements)]
    if criteria:
        lines.append("criteria:")
        lines += ["  %s: %s" % (c, "true" if criteria[c] else "false") for c in CORE]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += ["  %s: [%s]" % (k, ", ".join(v)) for k, v in advisory.items() if v]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append("  %s: %s" % (k, yaml.safe_dump(v, allow_unicode=True, width=10000,
                                                     default_style='"').strip()))
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)  # must parse
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def crit(false=()):
    d = {c: True for c in CORE}
    for c in false:
        assert c in d, c
        d[c] = False
    return d


def status(criteria, advisory):
    res = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            res[el] = "present"
        elif any(vals) or advisory.get(el):
            res[el] = "partial"
        else:
            res[el] = "missing"
    return res


# ============================================================================================
# Plan A — strong PO plan (.docx). Every element genuinely addressed, some in unusual places:
# basisondersteuning content only in a table, terugplaatsing inside the TLV chapter, financien under
# "Geld en middelen", ouders under "Communicatie en samenspraak".
# ============================================================================================
A_NAME = "SWV Passend Primair Onderwijs Rivierenhoek"
PLAN_A = [
    TITLE(["Ondersteuningsplan 2025-2029",
           "Samenwerkingsverband Passend Primair Onderwijs Rivierenhoek (PO 29-88)",
           "‘Thuisnabij waar het kan, speciaal waar het moet’",
           "Vastgesteld door het algemeen bestuur op 24 maart 2025",
           "Instemming ondersteuningsplanraad: 17 maart 2025 — OOGO afgerond: 6 maart 2025"]),
    TOC([(1, "Voorwoord", 3), (1, "1. Inleiding en leeswijzer", 4), (1, "2. Rivierenhoek in cijfers", 5),
         (1, "3. Visie, missie en koers", 7), (1, "4. Wat elke school biedt: basisondersteuning", 9),
         (1, "5. Een sluitend geheel van voorzieningen", 12), (2, "5.4 Thuiszitters en witte vlekken", 15),
         (1, "6. Toelaatbaarheid tot sbo en so", 17), (2, "6.8 Na de tlv: de weg terug", 21),
         (1, "7. Geld en middelen", 23), (1, "8. Wat willen we bereiken en hoe weten we dat?", 27),
         (1, "9. Communicatie en samenspraak", 30), (1, "10. Samenwerking met gemeenten en jeugdhulp", 32),
         (1, "11. Organisatie, governance en medezeggenschap", 34), (1, "12. Personeel en professionalisering", 36),
         (1, "13. Privacy en informatievoorziening", 37), (1, "14. Totstandkoming en planning", 38),
         (1, "Bijlage 1. Begrippenlijst", 40)]),
    H1("Voorwoord"),
    P("Voor u ligt het vierde ondersteuningsplan van ons samenwerkingsverband. Het plan beschrijft hoe de "
      "veertien schoolbesturen in Rivierenhoek er de komende vier schooljaren samen voor zorgen dat ieder kind "
      "een passende plek in het onderwijs heeft. Dat klinkt vanzelfsprekend, maar wie de afgelopen jaren in "
      "onze regio heeft meegekeken, weet dat het dat niet is. Leerkrachten staan voor groepen waarin de "
      "verschillen groot zijn, de krapte op de arbeidsmarkt is voelbaar en de jeugdhulp kampt met wachtlijsten."),
    P("Tegelijk zien we veel om trots op te zijn. Het aantal kinderen dat thuisnabij onderwijs volgt is "
      "gestegen, de samenwerking met de vijf gemeenten is hechter dan ooit en scholen weten elkaar te vinden "
      "in de netwerken van intern begeleiders. Dit plan bouwt voort op die beweging. Het is tot stand gekomen "
      "in een reeks van zestien werksessies met directeuren, intern begeleiders, ouders, leerkrachten, "
      "jeugdprofessionals en beleidsmedewerkers van de gemeenten. Wij danken iedereen die heeft meegedacht, "
      "in het bijzonder de leden van de ondersteuningsplanraad, die het concept kritisch en constructief heeft "
      "gelezen."),
    P("Een ondersteuningsplan is geen doel op zich. Het gaat erom wat kinderen en hun ouders er in de klas "
      "van merken. Daarom hebben we geprobeerd het plan zo concreet mogelijk te maken: wat mag u van iedere "
      "school verwachten, wanneer komt een kind in aanmerking voor speciaal (basis)onderwijs, hoe wordt het "
      "geld verdeeld en wat willen we over vier jaar bereikt hebben. Waar we nog zoekende zijn, zeggen we dat "
      "eerlijk."),
    P("Drs. H.J. van Aalst, directeur-bestuurder, en mr. E. Kroeze, voorzitter van de raad van toezicht"),
    H1("1. Inleiding en leeswijzer"),
    P("Artikel 18a van de Wet op het primair onderwijs verplicht ieder samenwerkingsverband om ten minste eens "
      "in de vier jaar een ondersteuningsplan vast te stellen. Dit plan geldt van 1 augustus 2025 tot en met "
      "31 juli 2029. Het vervangt het ondersteuningsplan 2021-2025. De wet schrijft voor welke onderwerpen het "
      "plan in elk geval bevat. In de opbouw van dit plan volgen we niet de volgorde van de wet, maar de weg "
      "die een kind en zijn ouders afleggen: van de ondersteuning die iedere school biedt, via extra "
      "ondersteuning en arrangementen, naar het speciaal (basis)onderwijs en weer terug."),
    P("Hoofdstuk 2 schetst de regio in cijfers. Hoofdstuk 3 beschrijft onze visie en de koers voor de komende "
      "jaren. In hoofdstuk 4 staat wat elke school in Rivierenhoek biedt. Hoofdstuk 5 beschrijft het geheel van "
      "voorzieningen en de manier waarop we gaten in dat geheel opsporen en dichten. Hoofdstuk 6 gaat over de "
      "toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, en over de weg terug. "
      "Hoofdstuk 7 beschrijft de verdeling en de besteding van de middelen, inclusief de meerjarenbegroting. "
      "In hoofdstuk 8 leest u wat we willen bereiken en hoe we dat volgen. Hoofdstuk 9 gaat over de manier "
      "waarop ouders worden geïnformeerd en waar zij terechtkunnen. De hoofdstukken 10 tot en met 14 gaan over "
      "samenwerking, organisatie en de totstandkoming van dit plan. Achterin vindt u een begrippenlijst."),
    P("Waar in dit plan 'ouders' staat, bedoelen we ouders, verzorgers en wettelijk vertegenwoordigers. Waar "
      "'school' staat, bedoelen we iedere vestiging van een school die bij het samenwerkingsverband is "
      "aangesloten."),
    H1("2. Rivierenhoek in cijfers"),
    P("Het samenwerkingsverband omvat de gemeenten Aldrecht, Hoenswaard, Lingedijk, Oostmaat en Veerwolde. "
      "Veertien schoolbesturen zijn aangesloten met in totaal 71 schoolvestigingen: 66 basisscholen, drie "
      "scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs (één voor cluster 3 en één "
      "voor cluster 4). Op de teldatum 1 oktober 2024 telden de basisscholen 16.480 leerlingen."),
    T([["Kengetal (teldatum 1 oktober)", "2021", "2022", "2023", "2024"],
       ["Leerlingen basisonderwijs", "17.120", "16.910", "16.702", "16.480"],
       ["Leerlingen sbo", "298", "305", "291", "284"],
       ["Deelnamepercentage sbo", "1,71%", "1,77%", "1,71%", "1,69%"],
       ["Leerlingen so (cluster 3 en 4)", "262", "270", "266", "259"],
       ["Deelnamepercentage so", "1,50%", "1,57%", "1,56%", "1,54%"],
       ["Afgegeven tlv's (schooljaar)", "171", "182", "168", "161"]]),
    P("Het leerlingenaantal daalt licht, vooral in de landelijke kernen van Oostmaat en Veerwolde. De "
      "deelnamepercentages aan sbo en so liggen onder het landelijk gemiddelde. Het aantal kinderen met een "
      "vrijstelling van de leerplicht op grond van artikel 5a lag op 1 oktober 2024 op 19. Deze cijfers "
      "gebruiken we in hoofdstuk 8 als nulmeting."),
    P("Naast de leerlingaantallen is de samenstelling van de regio van belang. In Aldrecht en Hoenswaard "
      "wonen relatief veel gezinnen die recent naar Nederland zijn gekomen; in Lingedijk zien we een groei van "
      "jonge gezinnen door nieuwbouw. Dat vraagt om een aanbod dat meebeweegt, bijvoorbeeld voor nieuwkomers "
      "en voor het jonge kind."),
    H1("3. Visie, missie en koers"),
    H2("3.1 Missie"),
    P("Het samenwerkingsverband zorgt er samen met de schoolbesturen voor dat ieder kind in Rivierenhoek "
      "onderwijs krijgt dat past bij wat het nodig heeft, zo dicht mogelijk bij huis. We doen dat door "
      "scholen te versterken, door expertise te delen en door middelen zo te verdelen dat ze terechtkomen waar "
      "ze het verschil maken."),
    H2("3.2 Visie"),
    P("Wij geloven dat kinderen het meest leren in een omgeving waarin ze gezien worden, waarin hoge "
      "verwachtingen samengaan met warmte, en waarin ouders en school elkaar serieus nemen. Passend onderwijs "
      "begint in de groep, bij de leerkracht. Die leerkracht moet kunnen rekenen op een stevig team, op een "
      "intern begeleider met tijd en op deskundigen die snel beschikbaar zijn. Speciaal onderwijs is geen "
      "eindstation maar een plek waar een kind zich kan ontwikkelen, met het perspectief om waar dat kan "
      "terug te keren."),
    P("We werken vanuit vertrouwen. Schoolbesturen dragen de verantwoordelijkheid voor de kwaliteit van "
      "hun onderwijs en hun ondersteuning; het samenwerkingsverband maakt afspraken over het gezamenlijke "
      "niveau, faciliteert, verbindt en spreekt aan waar nodig. Wij kiezen bewust voor een 'schoolmodel': het "
      "grootste deel van de middelen gaat naar de scholen, zodat zij snel en dichtbij kunnen handelen."),
    H2("3.3 Koers 2025-2029: vier speerpunten"),
    UL(["Sterke basis: iedere school voldoet aantoonbaar aan de afgesproken basisondersteuning.",
        "Thuisnabij: meer kinderen krijgen de ondersteuning die zij nodig hebben op of nabij hun eigen school.",
        "Geen kind thuis: geen enkel kind zit langer dan drie maanden zonder passend onderwijsaanbod thuis.",
        "Samen met de jeugdhulp: onderwijs en jeugdhulp werken in iedere gemeente vanuit één plan per gezin."]),
    P("Deze speerpunten worden in hoofdstuk 8 vertaald naar beoogde resultaten met indicatoren en "
      "streefwaarden. Ieder jaar werkt het bureau de speerpunten uit in een jaarplan met een bijbehorende "
      "jaarbegroting."),
    H1("4. Wat elke school biedt: basisondersteuning"),
    H2("4.1 Het afgesproken niveau"),
    P("Basisondersteuning is in Rivierenhoek het geheel van preventieve en licht curatieve interventies dat "
      "iedere vestiging van iedere aangesloten basisschool planmatig en op een afgesproken kwaliteitsniveau "
      "biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het algemeen bestuur heeft "
      "de 'Standaard Basisondersteuning Rivierenhoek' op 9 december 2024 vastgesteld. De standaard geldt als "
      "ondergrens voor alle 66 basisscholen; een school mag meer bieden, niet minder. Sbo- en so-scholen "
      "bieden vanzelfsprekend eveneens ten minste dit niveau."),
    P("De standaard bestaat uit acht onderdelen. Per onderdeel is beschreven wat ouders op elke school mogen "
      "verwachten. Wat een individuele school daarboven biedt, beschrijft zij in haar schoolgids en haar "
      "schoolondersteuningsprofiel."),
    T([["Onderdeel", "Wat u op iedere school in Rivierenhoek mag verwachten"],
       ["1. Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,1 fte per 100 leerlingen (minimaal 0,4 fte per vestiging); een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met een consulent van het samenwerkingsverband."],
       ["2. Handelingsgericht werken", "Groepsplannen of groepsoverzichten op basis van een leerlingvolgsysteem; drie keer per jaar een groepsbespreking; een ontwikkelingsperspectief (OPP) voor ieder kind dat op een onderdeel een eigen leerlijn volgt."],
       ["3. Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vroegtijdige signalering in groep 2 en 3; ten minste twintig weken intensieve extra leesbegeleiding voordat een vergoed dyslexieonderzoek wordt aangevraagd."],
       ["4. Rekenen en dyscalculie", "Werken volgens het Protocol Ernstige Rekenwiskunde-problemen en Dyscalculie; extra instructie in kleine groep; inzet van hulpmiddelen."],
       ["5. Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociale veiligheid; een gedragsprotocol; monitoring van welbevinden ten minste eens per jaar; een aanspreekpunt pesten."],
       ["6. (Meer)begaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep; een aanspreekpunt (meer)begaafdheid per bestuur."],
       ["7. Taal en nieuwkomers", "Extra taalaanbod voor kinderen met een taalachterstand; samenwerking met de voorschoolse educatie; doorverwijzing naar een nieuwkomersvoorziening binnen zes weken na inschrijving."],
       ["8. Medische handelingen en fysieke toegankelijkheid", "Een protocol medisch handelen; afspraken over medicijngebruik; toegankelijkheid voor kinderen met een lichte fysieke beperking in ten minste het begane-grondgedeelte."]]),
    P("Extra ondersteuning is alles wat de standaard te boven gaat. Zodra een school met de middelen en de "
      "expertise van de basisondersteuning niet meer kan bieden wat een kind nodig heeft, bespreekt zij het "
      "kind in het ondersteuningsteam en kan een arrangement worden ingezet (zie hoofdstuk 5)."),
    H2("4.2 Hoe we de basisondersteuning borgen"),
    P("Iedere school legt jaarlijks vóór 1 november in een zelfevaluatie vast in hoeverre zij aan de acht "
      "onderdelen voldoet. De consulent van het samenwerkingsverband bespreekt de zelfevaluatie met de "
      "directeur en de intern begeleider. Eens in de vier jaar vindt per school een collegiale audit plaats "
      "door een directeur en een intern begeleider van een school van een ander bestuur. Voldoet een school op "
      "een onderdeel niet, dan stelt het schoolbestuur binnen drie maanden een verbeterplan op; de "
      "directeur-bestuurder van het samenwerkingsverband bespreekt de voortgang in het halfjaarlijks "
      "bestuurlijk overleg. Uitkomsten worden geanonimiseerd opgenomen in het jaarverslag."),
    H1("5. Een sluitend geheel van voorzieningen"),
    H2("5.1 Van basis naar speciaal: het continuüm"),
    P("De ondersteuning in Rivierenhoek is opgebouwd in vijf niveaus die op elkaar aansluiten. Een kind "
      "beweegt niet automatisch van het ene naar het volgende niveau: steeds wordt gekeken wat het kind nodig "
      "heeft en waar dat het best kan worden geboden."),
    T([["Niveau", "Aanbod", "Wie beslist", "Bekostiging"],
       ["1. Basisondersteuning", "De acht onderdelen van de standaard (hoofdstuk 4)", "School", "Lumpsum school en schoolbudget"],
       ["2. Arrangement in de school", "Extra begeleiding, inzet onderwijsassistent, ambulante begeleiding, specifieke materialen", "Schoolbestuur, na bespreking in OT", "Schoolbudget (hoofdstuk 7)"],
       ["3. Bovenschools arrangement", "Taalklas voor nieuwkomers (Aldrecht, Hoenswaard), plusklas De Uitdaging (3 locaties), observatiegroep De Overstap (Lingedijk), schakelgroep jonge kind", "Commissie Arrangeren en Toelaatbaarheid (CAT)", "Arrangementenbudget samenwerkingsverband"],
       ["4. Speciaal basisonderwijs", "Drie sbo-scholen: De Kolk, Het Baken en De Wissel", "CAT (tlv sbo)", "Afdracht via DUO"],
       ["5. Speciaal onderwijs", "So cluster 3 (De Zonnewijzer) en cluster 4 (Het Stroomdal); plaatsing buiten de regio waar nodig", "CAT (tlv so)", "Afdracht via DUO"]]),
    P("Daarnaast kennen we onderwijs-zorgarrangementen, waarin onderwijs en jeugdhulp samen een aanbod vormen "
      "voor een kind dat zowel onderwijsondersteuning als zorg nodig heeft, bijvoorbeeld een combinatie van "
      "dagbehandeling en onderwijs op de so-school. De gemeenten bekostigen het zorgdeel, het "
      "samenwerkingsverband en de school het onderwijsdeel."),
    H2("5.2 De route voor school en ouders"),
    P("Een school die vastloopt, bespreekt het kind in het ondersteuningsteam. Daarin zitten de intern "
      "begeleider, de leerkracht, de ouders, de consulent van het samenwerkingsverband en waar nodig de "
      "jeugdprofessional van het lokale team. Het ondersteuningsteam stelt een plan op en kan een arrangement "
      "op niveau 2 inzetten. Voor niveau 3 tot en met 5 dient het schoolbestuur een aanvraag in bij de CAT. "
      "Consulenten zijn per school vast toegewezen, zodat scholen en ouders één aanspreekpunt hebben."),
    H2("5.3 Zorgplicht"),
    P("Schoolbesturen hebben zorgplicht. Meldt een ouder een kind aan dat extra ondersteuning nodig heeft en "
      "kan de school die niet bieden, dan zorgt het bestuur binnen zes weken (eenmaal te verlengen met vier "
      "weken) voor een passende plek op een andere school. Lukt dat niet, dan schakelt het bestuur uiterlijk "
      "in week vier de consulent in. De besturen hebben afgesproken dat een kind in de tussentijd altijd op "
      "de school van aanmelding onderwijs kan volgen."),
    H2("5.4 Thuiszitters en witte vlekken"),
    P("Iedere maand komt het thuiszittersoverleg bijeen: de leerplichtambtenaren van de vijf gemeenten, de "
      "consulenten en een gedragswetenschapper van het samenwerkingsverband. Iedere leerling die langer dan "
      "vier weken geen onderwijs volgt of dreigt uit te vallen wordt daar besproken en krijgt een "
      "casusregisseur. Komt er binnen zes weken geen oplossing, dan neemt de directeur-bestuurder de regie en "
      "kan zij een school of voorziening verzoeken een kind tijdelijk te plaatsen; deze doorzettingsmacht is "
      "door alle besturen in het convenant 'Geen kind thuis' (2024) aanvaard."),
    P("Eens per jaar, in het voorjaar, maakt het bureau een analyse van het aanbod: welke kinderen hebben geen "
      "passende plek gevonden, waar zijn wachtlijsten en welke vragen kunnen we in de regio niet beantwoorden? "
      "De analyse 2024 wees drie witte vlekken aan, waarvoor in dit plan acties zijn opgenomen:"),
    T([["Witte vlek", "Actie", "Gereed"],
       ["Geen aanbod voor kinderen met ernstige meervoudige beperkingen (EMB) in het noorden van de regio", "Tweede EMB-groep in samenwerking met De Zonnewijzer en zorgaanbieder", "1 augustus 2026"],
       ["Wachtlijst observatiegroep De Overstap (gemiddeld 11 weken)", "Uitbreiding met een tweede groep; wachttijd maximaal 6 weken", "1 januari 2026"],
       ["Geen voltijds aanbod voor hoogbegaafde kinderen die vastlopen", "Voltijds HB-groep in Hoenswaard, opgezet met subsidie HB-middelen", "1 augustus 2027"]]),
    H1("6. Toelaatbaarheid tot sbo en so"),
    H2("6.1 Uitgangspunt"),
    P("Het samenwerkingsverband beslist op aanvraag van een schoolbestuur of een leerling toelaatbaar is tot "
      "het speciaal basisonderwijs of het speciaal onderwijs. Het beslissende orgaan is de Commissie "
      "Arrangeren en Toelaatbaarheid (CAT), die namens de directeur-bestuurder besluit."),
    H2("6.2 De aanvraag"),
    OL(["Het bestuur van de school waar het kind staat ingeschreven (of, bij een eerste aanmelding, de school "
        "van aanmelding) dient de aanvraag digitaal in via het portaal van de CAT.",
        "Bij de aanvraag horen: het groeidocument met het ontwikkelingsperspectief, een overzicht van de "
        "ingezette ondersteuning en de evaluatie daarvan, het advies van het ondersteuningsteam en de "
        "zienswijze van de ouders. Ouders ondertekenen het groeidocument voor gezien.",
        "De CAT toetst binnen vijf werkdagen of het dossier volledig is.",
        "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit (zie 6.4).",
        "De CAT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. In spoedsituaties "
        "besluit de CAT binnen tien werkdagen.",
        "Ouders en school ontvangen het besluit schriftelijk, met een afschrift van beide adviezen."]),
    H2("6.3 Criteria"),
    P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"),
    UL(["de school heeft de basisondersteuning aantoonbaar ingezet en ten minste één arrangement gedurende "
        "twee evaluatieperiodes uitgevoerd en geëvalueerd;",
        "uit het ontwikkelingsperspectief blijkt dat het kind in de reguliere groep, ook met arrangement, "
        "onvoldoende tot ontwikkeling komt;",
        "het kind heeft structureel behoefte aan een combinatie van een kleinere groep, een aangepast "
        "programma en specialistische expertise die de basisschool ook met inzet van niveau 3 niet kan bieden."]),
    P("Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 als daarnaast een of meer van de "
      "volgende situaties aan de orde zijn: een zeer moeilijk lerend profiel (cluster 3), een lichamelijke of "
      "meervoudige beperking of langdurige ziekte die intensieve verzorging en een aangepaste omgeving vraagt "
      "(cluster 3), of ernstige gedrags- of psychiatrische problematiek waarbij onderwijs en behandeling "
      "nauw moeten samengaan (cluster 4). De CAT weegt steeds af of een bovenschools arrangement volstaat."),
    H2("6.4 Deskundigen"),
    P("De eerste deskundige is altijd een orthopedagoog of psycholoog van het samenwerkingsverband die niet "
      "bij de aanvraag betrokken is geweest. De tweede deskundige wordt afhankelijk van de vraag van het kind "
      "gekozen: een kinderpsychiater, jeugdarts, maatschappelijk werker of pedagoog."),
    H2("6.5 Duur en bekostigingscategorie"),
    P("Een tlv voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een tussentijdse "
      "evaluatie. Een tlv voor het so wordt afgegeven voor twee schooljaren en eindigt op 31 juli. De CAT stelt "
      "bij een tlv so de bekostigingscategorie vast (laag, midden of hoog) op basis van de zorgvraag."),
    H2("6.6 Bezwaar"),
    P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
      "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
      "die het bestuur adviseert. Ouders kunnen zich bij een bezwaar laten bijstaan door een onderwijsconsulent."),
    H2("6.7 Kinderen van buiten de regio"),
    P("Voor kinderen die verhuizen of voor het eerst naar school gaan, geldt de woonplaats: de CAT van "
      "Rivierenhoek beslist als het kind in de regio woont. Tlv's van andere samenwerkingsverbanden worden "
      "tot de einddatum gerespecteerd."),
    H2("6.8 Na de tlv: de weg terug"),
    P("Een plaatsing in het sbo of so is in Rivierenhoek nooit bij voorbaat definitief. Het beleid is dat een "
      "kind terugkeert naar een reguliere basisschool, bij voorkeur dicht bij huis, zodra het daar met "
      "passende ondersteuning tot ontwikkeling kan komen. Ook een overstap van so naar sbo of van sbo naar een "
      "andere reguliere school dan de school van herkomst is mogelijk."),
    P("De werkwijze is als volgt. Bij iedere jaarlijkse evaluatie van het ontwikkelingsperspectief beantwoordt "
      "de sbo- of so-school uitdrukkelijk de vraag of terugkeer binnen een jaar mogelijk is. In het laatste "
      "jaar van de tlv organiseert de speciale school uiterlijk op 1 maart een overleg met de ouders, de "
      "consulent en een beoogde reguliere school. Het bestuur van de speciale school besluit, samen met het "
      "ontvangende bestuur, tot terugplaatsing; is terugkeer nog niet verantwoord, dan vraagt het een nieuwe tlv "
      "aan bij de CAT. Na terugkeer krijgt het kind gedurende ten minste één schooljaar een "
      "terugkeerarrangement: ambulante begeleiding door de speciale school en een budget van € 3.500 voor de "
      "ontvangende school. De consulent evalueert de overstap na drie en na negen maanden."),
    P("In het schooljaar 2023-2024 keerden 14 kinderen terug van sbo naar een reguliere basisschool en 3 van so "
      "naar sbo of basisschool. We volgen deze aantallen jaarlijks (zie hoofdstuk 8)."),
    H1("7. Geld en middelen"),
    H2("7.1 Inkomsten"),
    P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Op het "
      "budget voor zware ondersteuning wordt via DUO de bekostiging van de leerlingen in het so en van de "
      "sbo-leerlingen boven de twee procent in mindering gebracht. Het resterende budget verdelen we volgens het "
      "model hieronder."),
    H2("7.2 Verdeling"),
    P("Het algemeen bestuur stelt jaarlijks in november de verdeling vast op voorstel van de "
      "directeur-bestuurder, na advies van de auditcommissie. De verdeling volgt deze vaste regels:"),
    UL(["Schoolbudget: € 172 per leerling (teldatum 1 oktober van het voorgaande jaar) gaat naar het "
        "schoolbestuur, bestemd voor arrangementen op niveau 2;",
        "Vaste voet: € 7.500 per vestiging, zodat kleine scholen een minimale ondersteuningscapaciteit hebben;",
        "Arrangementenbudget: bovenschoolse arrangementen op niveau 3 worden per kind toegekend door de CAT, "
        "tegen een vast tarief per arrangement (bijvoorbeeld € 9.800 per jaar voor de observatiegroep);",
        "Sbo-scholen ontvangen voor leerlingen boven de twee procent de groeibekostiging volgens de wettelijke "
        "regeling; de peildatum is 1 februari."]),
    H2("7.3 Besteding en meerjarenbegroting"),
    T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"],
       ["Inkomsten ondersteuningsbudget (na afdrachten)", "9.640", "9.520", "9.410", "9.320", "9.250"],
       ["Schoolbudgetten aan besturen", "2.850", "2.810", "2.770", "2.740", "2.710"],
       ["Vaste voet vestigingen", "533", "533", "525", "525", "518"],
       ["Bovenschoolse arrangementen", "3.020", "3.110", "3.150", "3.160", "3.160"],
       ["Consulenten en deskundigen (personeel)", "1.780", "1.820", "1.850", "1.880", "1.900"],
       ["Thuiszittersaanpak en onderwijs-zorgarrangementen", "410", "430", "450", "450", "450"],
       ["Organisatie en bestuur", "690", "700", "710", "715", "720"],
       ["Resultaat", "357", "117", "-45", "-150", "-208"]]),
    P("Schoolbesturen besteden het schoolbudget aan arrangementen voor individuele kinderen en groepen. Zij "
      "mogen het niet inzetten voor algemene formatie of voor taken die onder de basisondersteuning vallen."),
    H2("7.4 Reserves"),
    P("Op 31 december 2024 bedroeg het eigen vermogen € 2,1 miljoen, een weerstandsvermogen van 17%. Het "
      "bestuur hanteert een bovengrens van 10%. De begrote tekorten vanaf 2027 zijn bewuste inzet van de "
      "reserve, zodat het weerstandsvermogen eind 2029 onder de signaleringswaarde ligt."),
    H2("7.5 Verantwoording"),
    P("Ieder schoolbestuur verantwoordt jaarlijks vóór 1 mei, in een vast format, hoeveel schoolbudget is "
      "besteed, aan welke arrangementen en voor hoeveel kinderen. De auditcommissie bespreekt de "
      "verantwoordingen; niet-bestede middelen boven 10% worden verrekend met het volgende jaar."),
    H1("8. Wat willen we bereiken en hoe weten we dat?"),
    P("Voor ieder speerpunt hebben we beoogde resultaten geformuleerd. Ze gaan over kinderen die extra "
      "ondersteuning nodig hebben, niet over de gemiddelde opbrengsten van scholen."),
    T([["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
       ["Alle scholen voldoen aan de standaard basisondersteuning", "Aandeel scholen dat op alle acht onderdelen voldoet (audit)", "78%", "100%"],
       ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so", "3,23%", "ten hoogste 3,00%"],
       ["Snellere plaatsing in een bovenschools arrangement", "Gemiddelde wachttijd observatiegroep", "11 weken", "6 weken"],
       ["Geen kind langer dan drie maanden thuis", "Aantal thuiszitters > 3 maanden (peildatum 1 oktober)", "7", "0"],
       ["Meer kinderen terug naar regulier", "Terugplaatsingen per jaar", "17", "25"],
       ["Ouders tevreden over de ondersteuning", "Tevredenheid ouders (peiling, schaal 1-10)", "7,1", "7,5"]]),
    P("Het bureau verzamelt de gegevens per kwartaal in een dashboard dat het algemeen bestuur, de raad van "
      "toezicht en de ondersteuningsplanraad ontvangen. Twee keer per jaar bespreekt het bestuur de voortgang. "
      "In het jaarverslag rapporteren we per resultaat wat is bereikt, wat het heeft gekost en welke "
      "bijsturing nodig is. Om de twee jaar laten we een tevredenheidspeiling onder ouders en scholen "
      "uitvoeren. In 2027 volgt een tussenevaluatie van het plan, uitgevoerd door een extern bureau."),
    P("Terugblik vorige planperiode: het deelnamepercentage sbo daalde van 1,82% naar 1,69%; het doel van "
      "maximaal 1,70% is gehaald. Het doel om alle scholen te laten auditen werd niet gehaald: 52 van de 66 "
      "scholen zijn geauditeerd. Het aantal thuiszitters langer dan drie maanden daalde van 12 naar 7."),
    H1("9. Communicatie en samenspraak"),
    H2("9.1 Hoe ouders het weten"),
    P("Ouders vinden op de website van het samenwerkingsverband een ouderpagina met uitleg over "
      "basisondersteuning, arrangementen, de bovenschoolse voorzieningen en de procedure voor een tlv, met "
      "filmpjes en een zoekfunctie per school. Iedere school neemt in de schoolgids een paragraaf over "
      "passend onderwijs op en publiceert haar schoolondersteuningsprofiel. De ouderbrochure 'Extra steun "
      "voor uw kind' is beschikbaar in het Nederlands, Engels, Arabisch, Pools en Oekraïens en wordt bij "
      "ieder ondersteuningsteam aan ouders uitgereikt. Twee keer per jaar organiseren we een "
      "informatieavond voor ouders in wisselende gemeenten."),
    H2("9.2 Onafhankelijke hulp"),
    P("Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
      "terecht bij het Ouder- en Jeugdsteunpunt Rivierenhoek. Het steunpunt is ondergebracht bij een "
      "onafhankelijke stichting, is bereikbaar via telefoon, e-mail en een wekelijks spreekuur in "
      "Aldrecht, en adviseert ouders en kinderen uitsluitend in het belang van het kind. Daarnaast kunnen "
      "ouders kosteloos een beroep doen op de landelijke Onderwijsconsulenten. Bij een geschil over toelating, "
      "verwijdering of het ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie "
      "passend onderwijs; klachten over het samenwerkingsverband behandelt de klachtencommissie waarbij het "
      "samenwerkingsverband is aangesloten."),
    H2("9.3 Ouders als partner"),
    P("Ouders zijn gesprekspartner bij het ontwikkelingsperspectief en zitten aan tafel in het "
      "ondersteuningsteam. Kinderen vanaf groep 5 geven hun mening over hun ontwikkelingsperspectief "
      "(hoorrecht). In de ondersteuningsplanraad zijn ouders en personeel elk met zes leden vertegenwoordigd."),
    H1("10. Samenwerking met gemeenten en jeugdhulp"),
    P("Het op overeenstemming gericht overleg (OOGO) met de vijf gemeenten over dit plan vond plaats op "
      "6 maart 2025. Het overleg leverde een gezamenlijke agenda op met vier thema's: de aansluiting tussen "
      "onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer en onderwijshuisvesting voor de "
      "bovenschoolse voorzieningen. Per gemeente is een jeugdprofessional gekoppeld aan iedere school. In "
      "Lingedijk en Oostmaat lopen pilots met zorg in onderwijstijd. De wethouders en de directeur-bestuurder "
      "komen twee keer per jaar bijeen in het bestuurlijk overleg."),
    P("Ook met het samenwerkingsverband voortgezet onderwijs is overleg gevoerd over dit plan. Afspraken over "
      "de overstap van groep 8 naar het voortgezet onderwijs, waaronder de warme overdracht van kinderen met "
      "een ontwikkelingsperspectief, zijn vastgelegd in het regionale overstapprotocol."),
    H1("11. Organisatie, governance en medezeggenschap"),
    P("Het samenwerkingsverband is een stichting. De veertien aangesloten schoolbesturen vormen samen het "
      "algemeen bestuur, dat het ondersteuningsplan, de begroting en het jaarverslag vaststelt. De "
      "directeur-bestuurder is belast met de dagelijkse leiding. Het intern toezicht is belegd bij een raad "
      "van toezicht van vijf onafhankelijke leden, die de begroting en het jaarverslag goedkeurt. De statuten "
      "bevatten een geschillenregeling voor geschillen tussen de besturen."),
    P("De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband "
      "heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. De OPR vergadert zes "
      "keer per jaar en heeft een eigen budget voor scholing en achterbanraadpleging."),
    P("Het bureau telt 24 medewerkers (19,6 fte): directeur-bestuurder, beleidsmedewerker, controller, "
      "secretariaat, zeven consulenten, zes orthopedagogen en psychologen, een coördinator thuiszitters en "
      "medewerkers van de CAT."),
    H1("12. Personeel en professionalisering"),
    P("Passend onderwijs staat of valt met de leerkracht. Het samenwerkingsverband organiseert jaarlijks een "
      "scholingsaanbod voor leerkrachten, intern begeleiders en onderwijsassistenten, met onder meer modules "
      "over gedrag, meer- en hoogbegaafdheid, het jonge kind en traumasensitief lesgeven. In de netwerken van "
      "intern begeleiders wisselen scholen ervaringen uit. De besturen zijn verantwoordelijk voor het "
      "personeelsbeleid; het samenwerkingsverband maakt geen afspraken over formatie, maar volgt wel de "
      "effecten van het plan op de werkdruk via de OPR-personeelsgeleding."),
    P("Voor eigen medewerkers geldt een professionaliseringsplan. Orthopedagogen en psychologen zijn "
      "BIG- of NIP/NVO-geregistreerd. De consulenten volgen jaarlijks intervisie."),
    H1("13. Privacy en informatievoorziening"),
    P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de toewijzing van "
      "arrangementen en de beoordeling van toelaatbaarheid. Het doet dat op grond van artikel 18a, lid 13, "
      "van de Wet op het primair onderwijs en de AVG. Gegevens worden bewaard tot drie jaar na het besluit. "
      "Er is een functionaris gegevensbescherming aangesteld en een verwerkingsregister ingericht. Het "
      "portaal van de CAT is beveiligd met tweefactorauthenticatie."),
    P("Voor de dataverzameling ten behoeve van het dashboard gebruiken we geanonimiseerde gegevens uit het "
      "portaal en uit DUO-bestanden. Scholen hoeven daarvoor geen extra registraties te doen."),
    H1("14. Totstandkoming en planning"),
    T([["Stap", "Datum"],
       ["Werksessies met scholen, ouders en partners", "april - november 2024"],
       ["Concept besproken in algemeen bestuur", "9 december 2024"],
       ["OOGO met de gemeenten", "6 maart 2025"],
       ["Overleg samenwerkingsverband VO", "11 maart 2025"],
       ["Instemming ondersteuningsplanraad", "17 maart 2025"],
       ["Vaststelling algemeen bestuur", "24 maart 2025"],
       ["Toezending aan de inspectie", "vóór 1 mei 2025"],
       ["Tussenevaluatie", "voorjaar 2027"]]),
    P("Het plan wordt jaarlijks uitgewerkt in een jaarplan en jaarbegroting. Wijzigingen van het plan "
      "gedurende de planperiode worden ter instemming aan de ondersteuningsplanraad voorgelegd."),
    H1("Bijlage 1. Begrippenlijst"),
    GLOSS([("Arrangement", "Een samenhangend pakket van ondersteuning voor een of meer kinderen, boven de basisondersteuning."),
           ("Basisondersteuning", "De door het samenwerkingsverband afgesproken ondersteuning die iedere school biedt."),
           ("CAT", "Commissie Arrangeren en Toelaatbaarheid."),
           ("Dekkend aanbod", "Een geheel van voorzieningen waarin voor ieder kind een passende plek is."),
           ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
           ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
           ("OPP", "Ontwikkelingsperspectief(plan)."),
           ("OPR", "Ondersteuningsplanraad."),
           ("Meerjarenbegroting", "Begroting voor meerdere jaren."),
           ("Terugplaatsing", "Overstap van een leerling van sbo of so naar het regulier onderwijs."),
           ("Tlv", "Toelaatbaarheidsverklaring voor sbo of so.")]),
]

# ============================================================================================
# Plan B — strong VO plan (.pdf). All elements present; unusual wording and places: return from vso
# described as "terugkeer" inside the vso/OPDC chapter; results under "Ambities en meetpunten" inside
# kwaliteitszorg; independent help under "Wegwijs"; money under "Bekostiging en allocatie".
# ============================================================================================
PLAN_B = [
    TITLE(["Ondersteuningsplan Samenwerkingsverband VO Kempenduin",
           "VO 31-12 | planperiode 1 augustus 2025 – 31 juli 2029",
           "Definitieve versie, vastgesteld door de algemene ledenvergadering op 3 april 2025",
           "Met instemming van de ondersteuningsplanraad (26 maart 2025)"]),
    TOC([(1, "Deel A — Koers", 2), (2, "A.1 Een woord vooraf", 2), (2, "A.2 Waar we staan", 3),
         (2, "A.3 Waar we voor gaan", 5), (1, "Deel B — Ondersteuning in de school", 7),
         (2, "B.1 De basis: wat iedere vo-school biedt", 7), (2, "B.2 Extra ondersteuning en arrangementen", 10),
         (1, "Deel C — Het ondersteuningslandschap", 12), (2, "C.1 Voorzieningen in samenhang", 12),
         (2, "C.2 Niemand buiten de boot", 14), (1, "Deel D — Toewijzing en toelaatbaarheid", 16),
         (2, "D.1 Vso", 16), (2, "D.2 Lwoo en praktijkonderwijs", 19), (2, "D.3 Het OPDC en de weg terug", 21),
         (1, "Deel E — Bekostiging en allocatie", 23), (1, "Deel F — Kwaliteitszorg en verantwoording", 27),
         (1, "Deel G — Communicatie", 30), (1, "Deel H — Bestuur, medezeggenschap, partners", 32),
         (1, "Afkortingen en begrippen", 35)]),
    H1("Deel A — Koers"),
    H2("A.1 Een woord vooraf"),
    P("Kempenduin is een samenwerkingsverband van negen schoolbesturen voor voortgezet onderwijs in de "
      "gemeenten Bergerveld, Duinkerk, Kempenaar en Zandhove. Met dit ondersteuningsplan leggen wij vast hoe wij "
      "de komende vier schooljaren ondersteuning organiseren voor ruim 14.000 jongeren. We doen dat in een "
      "tijd waarin veel verandert: de Wet versterking positie ouders en leerlingen brengt nieuwe taken, de "
      "landelijke norm basisondersteuning krijgt vorm en het aantal jongeren met complexe vragen groeit."),
    P("Dit plan is geschreven voor iedereen die met passend onderwijs te maken heeft: mentoren en "
      "ondersteuningscoördinatoren, schoolleiders, bestuurders, ouders en leerlingen, gemeenten en "
      "ketenpartners. We hebben ernaar gestreefd het kort te houden waar het kan en concreet te zijn waar het "
      "moet. Procedures staan volledig in dit document; wie meer achtergrond wil, vindt die op onze website."),
    P("Ir. M. de Bruijn-Hoekstra, directeur-bestuurder"),
    H2("A.2 Waar we staan"),
    P("In het samenwerkingsverband zijn 17 scholen voor regulier voortgezet onderwijs (vmbo, havo, vwo) "
      "gevestigd, twee scholen voor praktijkonderwijs, twee scholen voor voortgezet speciaal onderwijs en een "
      "orthopedagogisch-didactisch centrum (OPDC) met twee locaties. Het aantal leerlingen daalt de komende "
      "jaren met naar verwachting 6%. Dat heeft gevolgen voor de ondersteuningsmiddelen en voor het aanbod "
      "op kleinere scholen."),
    T([["Kengetal (1 oktober)", "2022", "2023", "2024"],
       ["Leerlingen regulier vo (incl. lwoo)", "13.406", "13.288", "13.115"],
       ["waarvan met lwoo", "1.402", "1.377", "1.350"],
       ["Leerlingen praktijkonderwijs", "489", "501", "497"],
       ["Leerlingen vso", "402", "415", "428"],
       ["Deelnamepercentage vso", "2,80%", "2,92%", "3,04%"],
       ["Leerlingen OPDC (schooljaar, unieke)", "151", "163", "170"],
       ["Thuiszitters (langer dan 4 weken, 1 oktober)", "23", "19", "21"]]),
    P("Het deelnamepercentage vso is de afgelopen drie jaar gestegen en ligt boven het landelijk gemiddelde. "
      "Dat is een van de redenen om in deze planperiode in te zetten op versterking van de ondersteuning in "
      "het reguliere vo."),
    P("De evaluatie van het vorige plan, uitgevoerd door een extern bureau in 2024, was in hoofdlijnen "
      "positief over de samenwerking tussen de scholen en over de snelheid van toewijzing, en kritisch over "
      "de verschillen in ondersteuning tussen scholen en over de uitstroom vanuit het OPDC."),
    H2("A.3 Waar we voor gaan"),
    P("Onze missie luidt: 'Iedere jongere in Kempenduin haalt een diploma of een duurzame plek op de "
      "arbeidsmarkt, op een school die bij hem of haar past.' Daarbij hanteren wij vijf uitgangspunten: de "
      "jongere staat centraal; ondersteuning is zo licht als mogelijk en zo zwaar als nodig; de mentor is de "
      "spil; ouders en jongeren zijn partners; en we leren van data."),
    P("Wij zien passend onderwijs als een gezamenlijke verantwoordelijkheid van alle scholen. Geen enkele "
      "school kan alles bieden, maar samen kunnen we elke jongere een plek geven. Daarom delen scholen "
      "expertise, kennen zij elkaars aanbod en nemen zij zorgplicht serieus, ook als dat betekent dat een "
      "jongere op een andere school beter op zijn plek is."),
    H1("Deel B — Ondersteuning in de school"),
    H2("B.1 De basis: wat iedere vo-school biedt"),
    P("De schoolbesturen van Kempenduin hebben een gemeenschappelijke ondergrens afgesproken: de "
      "Kwaliteitskaart Basisondersteuning. Iedere vestiging voor regulier vo en praktijkonderwijs biedt ten "
      "minste wat op de kaart staat, voor iedere leerling, zonder aanvraag of toewijzing door het "
      "samenwerkingsverband. De kaart is opgesteld door de ondersteuningscoördinatoren en vastgesteld door "
      "de algemene ledenvergadering op 14 november 2024."),
    T([["Thema", "Standaard (iedere vestiging)"],
       ["Mentoraat", "Iedere leerling heeft een mentor met minimaal één individueel gesprek per periode; mentoren zijn geschoold in gespreksvoering."],
       ["Ondersteuningsteam", "Een ondersteuningscoördinator (minimaal 0,6 fte per 500 leerlingen), een zorgadviesteam dat ten minste zes keer per jaar overlegt met leerplicht, jeugdarts en schoolmaatschappelijk werk."],
       ["Dyslexie en dyscalculie", "Faciliteiten als extra tijd, voorleessoftware en aangepaste toetsing; een dyslexiecoach per vestiging."],
       ["Sociaal-emotioneel", "Een aanbod faalangstreductie- en sociale-vaardigheidstraining; een anti-pestcoördinator; jaarlijkse veiligheidsmonitor."],
       ["Executieve functies", "Huiswerkbegeleiding of studieruimte op school, ten minste drie middagen per week; training plannen en organiseren."],
       ["Opvang", "Een time-out- of opvangruimte met begeleiding tijdens alle lesuren."],
       ["Medisch", "Protocol medisch handelen; afspraken over ziekteverzuim volgens de aanpak M@ZL met de jeugdarts."],
       ["Overgang", "Warme overdracht met het primair onderwijs voor elke leerling met een ontwikkelingsperspectief; loopbaanbegeleiding richting mbo."]]),
    P("Hoe borgen we dat? Iedere vestiging legt eens per jaar in de kwaliteitsdialoog met het "
      "samenwerkingsverband verantwoording af over de kaart. Een vestiging die op een thema onder de "
      "standaard blijft, maakt een verbeterafspraak met een termijn van maximaal één schooljaar; daarna volgt "
      "een her-check door twee collega-ondersteuningscoördinatoren. De kwaliteitskaart wordt in 2026 "
      "vergeleken met de landelijke norm basisondersteuning en zo nodig aangepast."),
    H2("B.2 Extra ondersteuning en arrangementen"),
    P("Als een leerling meer nodig heeft dan de basis, biedt de school extra ondersteuning. Kempenduin "
      "onderscheidt schoolarrangementen, die de school zelf inzet uit haar budget, en bovenschoolse "
      "arrangementen, die het samenwerkingsverband toewijst. Voorbeelden van schoolarrangementen zijn een "
      "trajectvoorziening binnen de school, een individueel begeleidingstraject van een gedragsspecialist en "
      "een aangepast rooster met begeleiding. Elke leerling met een arrangement heeft een "
      "ontwikkelingsperspectiefplan, dat met ouders en leerling wordt besproken."),
    H1("Deel C — Het ondersteuningslandschap"),
    H2("C.1 Voorzieningen in samenhang"),
    P("Het ondersteuningslandschap van Kempenduin kent vier lagen die samen één geheel vormen. Het "
      "onderstaande overzicht laat zien welke voorziening er is, voor wie, en hoe een leerling er toegang toe "
      "krijgt."),
    T([["Laag", "Voorziening", "Toegang"],
       ["Basis", "Kwaliteitskaart (B.1) op alle vestigingen", "Direct, via mentor"],
       ["School", "Schoolarrangementen, trajectvoorziening, lwoo-ondersteuning", "Zorgadviesteam van de school"],
       ["Bovenschools", "OPDC De Brug (Duinkerk, Zandhove), Rebound-traject (12 weken), Nieuwkomersklas (ISK) Bergerveld, onderwijs-zorgarrangement Kompas", "Toewijzingscommissie SWV"],
       ["Speciaal", "Vso De Horizon (cluster 4), vso Het Anker (cluster 3), praktijkonderwijs Kempenaar en Zandhove", "Tlv van het SWV"]]),
    P("Doorgaande lijnen zijn vastgelegd met het samenwerkingsverband PO (overstap groep 8) en met het mbo "
      "(overstap entree en niveau 2). Voor leerlingen uit het vso die een diploma of startkwalificatie kunnen "
      "halen, is een schakeltraject met het mbo ingericht."),
    H2("C.2 Niemand buiten de boot"),
    P("Een dekkend aanbod is pas dekkend als ook de jongere voor wie niets lijkt te passen een plek vindt. "
      "Daarom heeft Kempenduin een 'tafel van de twijfel': een maandelijks overleg van de "
      "ondersteuningscoördinatoren, leerplicht, de jeugdhulpregisseurs van de vier gemeenten en de "
      "trajectbegeleiders van het samenwerkingsverband. Iedere thuiszitter, iedere leerling met een "
      "vrijstelling en iedere leerling voor wie na tien weken geen school is gevonden, wordt daar besproken. "
      "Binnen twee weken ligt er een plan met een verantwoordelijke. Het samenwerkingsverband kan een "
      "bovenschoolse plek of een maatwerktraject direct toewijzen, ook zonder volledig dossier."),
    P("Tekorten in het aanbod brengen we jaarlijks in kaart met de 'aanbodscan': een analyse van wachttijden, "
      "afwijzingen, thuiszitters en verwijzingen naar voorzieningen buiten de regio. De scan 2024 liet een "
      "tekort zien aan plaatsen voor jongeren met autisme en een havo/vwo-perspectief en aan ondersteuning "
      "voor jongeren met langdurig ziekteverzuim. Voor beide tekorten is in het jaarplan 2025-2026 een actie "
      "opgenomen: een kleine havo/vwo-setting op een van de reguliere scholen per 1 augustus 2026 en een "
      "hybride onderwijsaanbod (deels online) voor langdurig zieke jongeren per 1 januari 2026."),
    H1("Deel D — Toewijzing en toelaatbaarheid"),
    H2("D.1 Vso"),
    P("De toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school waar "
      "de leerling is ingeschreven of is aangemeld. De aanvraag verloopt via het digitale loket en bevat het "
      "ontwikkelingsperspectiefplan, een verslag van het multidisciplinair overleg (MDO) waaraan ouders en "
      "leerling hebben deelgenomen, de zienswijze van ouders en, vanaf 12 jaar, van de leerling zelf. De "
      "Toewijzingscommissie beslist binnen vijf weken. Zij wint het advies in van twee deskundigen: een "
      "orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een kinder- en jeugdpsychiater, "
      "maatschappelijk werker of arts. De deskundigen brengen ieder een eigen, schriftelijk advies uit."),
    P("Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte blijvend de mogelijkheden "
      "van de reguliere school en van de bovenschoolse arrangementen overstijgt, (2) dit blijkt uit ten "
      "minste één geëvalueerd arrangement of uit een situatie waarin een regulier traject aantoonbaar niet "
      "verantwoord is, en (3) de leerling een integraal aanbod van onderwijs en begeleiding nodig heeft in een "
      "kleine, gestructureerde setting met specialistische expertise. Voor cluster 3 geldt daarnaast dat de "
      "leerling zeer moeilijk lerend is, of een lichamelijke of meervoudige beperking of langdurige ziekte "
      "heeft die de onderwijsdeelname wezenlijk beperkt."),
    P("De tlv geldt standaard voor twee schooljaren, voor leerlingen met een ernstige meervoudige beperking "
      "tot het einde van de schoolloopbaan. De commissie stelt de bekostigingscategorie vast. Tegen een "
      "besluit kunnen ouders binnen zes weken bezwaar maken; het samenwerkingsverband vraagt dan advies aan de "
      "Landelijke Bezwaaradviescommissie."),
    H2("D.2 Lwoo en praktijkonderwijs"),
    P("Voor lwoo en praktijkonderwijs volgt Kempenduin de landelijke criteria (intelligentie, "
      "leerachterstanden en, bij lwoo, sociaal-emotionele problematiek). Het samenwerkingsverband heeft niet "
      "gekozen voor eigen lwoo-criteria. De basisschool levert uiterlijk 1 februari het onderwijskundig "
      "rapport en de testgegevens aan; de vo-school dient de aanvraag in vóór 1 april; het samenwerkingsverband "
      "besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een "
      "toelaatbaarheidsverklaring pro eveneens."),
    H2("D.3 Het OPDC en de weg terug"),
    P("Het OPDC biedt tijdelijk onderwijs aan leerlingen die in het reguliere vo tijdelijk niet tot hun recht "
      "komen, maximaal één schooljaar. De Toewijzingscommissie beslist over plaatsing. Het OPDC stelt met "
      "ouders en leerling een perspectief op waarin vanaf de eerste dag staat naar welke school de leerling "
      "gaat."),
    P("Voor jongeren in het vso en het OPDC geldt hetzelfde uitgangspunt: waar een jongere weer kan "
      "functioneren in het reguliere vo, keert hij of zij terug, met steun. Dat is geen vrijblijvende "
      "ambitie. Iedere vso-school bespreekt ieder jaar in de OPP-evaluatie met ouders en leerling of een "
      "overstap naar het reguliere vo haalbaar is; in het laatste schooljaar van de tlv gebeurt dat uiterlijk "
      "in januari, met de trajectbegeleider van het samenwerkingsverband aan tafel. Als de evaluatie positief "
      "is, zoekt de trajectbegeleider met ouders een reguliere school; het besluit tot inschrijving ligt bij "
      "die school, die de leerling aanneemt met een terugkeerarrangement: een halfjaar wekelijkse begeleiding "
      "door een ambulant begeleider van de vso-school, bekostigd uit het arrangementenbudget (€ 4.200 per "
      "leerling). Is terugkeer nog niet mogelijk, dan vraagt de vso-school vóór 1 april een nieuwe tlv aan. "
      "Voorwaarde voor terugkeer is dat het OPP laat zien dat de leerling het reguliere programma met "
      "begeleiding kan volgen en dat ouders en leerling de overstap steunen."),
    P("In 2023-2024 maakten 19 vso-leerlingen en 94 OPDC-leerlingen de overstap naar het reguliere vo. We "
      "willen het aantal terugkeerders uit het vso verhogen (zie deel F)."),
    H1("Deel E — Bekostiging en allocatie"),
    P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (onder meer lwoo en pro) en voor "
      "zware ondersteuning. DUO brengt de bekostiging van het vso in mindering op het budget voor zware "
      "ondersteuning. Daarnaast ontvangt Kempenduin een bijdrage van de gemeenten voor het "
      "onderwijs-zorgarrangement."),
    H3("Allocatie aan scholen"),
    P("De verdeling is gebaseerd op drie sleutels, jaarlijks vastgesteld door de algemene ledenvergadering in "
      "december:"),
    T([["Sleutel", "Regel", "Bedrag 2025"],
       ["Ondersteuningsbudget per leerling", "Voor iedere leerling regulier vo op 1 oktober t-1", "€ 118 per leerling"],
       ["Lwoo en pro", "Volledig doorgegeven aan de scholen op basis van het aantal aangewezen leerlingen", "landelijk bedrag"],
       ["Arrangementen", "Per toegewezen bovenschools arrangement, op basis van een tarief per traject", "€ 2.400 – € 14.500"]]),
    P("Scholen zetten het ondersteuningsbudget in voor schoolarrangementen en voor de extra capaciteit die "
      "nodig is om boven de kwaliteitskaart te bieden. Het gebruik voor basisondersteuning is uitgesloten."),
    H3("Meerjarenbegroting"),
    T([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
       ["Baten ondersteuningsbekostiging (na vso-afdracht)", "14.210", "13.960", "13.640", "13.380"],
       ["Lwoo en pro aan scholen", "8.110", "7.990", "7.860", "7.740"],
       ["Ondersteuningsbudget scholen", "1.548", "1.520", "1.495", "1.470"],
       ["OPDC en rebound", "2.310", "2.330", "2.340", "2.350"],
       ["Bovenschoolse arrangementen en terugkeerarrangementen", "1.180", "1.250", "1.290", "1.300"],
       ["Dekkend aanbod: kleine havo/vwo-setting en hybride onderwijs", "120", "420", "440", "440"],
       ["Bureau en toewijzing", "960", "975", "990", "1.005"],
       ["Saldo", "-18", "-525", "-775", "-925"]]),
    P("De negatieve saldi worden gedekt uit de reserve, die eind 2024 € 3,4 miljoen bedroeg. Eind 2028 ligt de "
      "reserve naar verwachting op € 1,2 miljoen, binnen de bandbreedte die het bestuur hanteert. Scholen "
      "leggen via een jaarlijkse bestedingsrapportage verantwoording af over het ondersteuningsbudget; de "
      "rapportage is onderdeel van de kwaliteitsdialoog."),
    H1("Deel F — Kwaliteitszorg en verantwoording"),
    H2("F.1 Ambities en meetpunten"),
    P("Voor de planperiode zijn vijf ambities vastgesteld. Bij iedere ambitie horen een meetpunt en een "
      "streefwaarde voor 2029. De stand per 2024 is de nulmeting."),
    T([["Ambitie voor jongeren met een ondersteuningsbehoefte", "Meetpunt", "2024", "Streefwaarde 2029"],
       ["Meer jongeren in het reguliere vo", "Deelnamepercentage vso", "3,04%", "2,70%"],
       ["Meer jongeren terug uit het vso", "Aantal terugkeerders vso → regulier per jaar", "19", "30"],
       ["Succesvolle terugkeer uit het OPDC", "Aandeel OPDC-leerlingen dat na 1 jaar nog op de reguliere school zit", "71%", "85%"],
       ["Minder thuiszitters", "Thuiszitters > 4 weken op 1 oktober", "21", "10"],
       ["Alle vestigingen op de basis", "Vestigingen die op alle thema's van de kwaliteitskaart voldoen", "14 van 19", "19 van 19"]]),
    H2("F.2 Hoe we meten en verantwoorden"),
    P("De kwaliteitszorg volgt een vaste jaarcyclus. In september stelt het bureau de monitor op met de "
      "gegevens per 1 oktober van het voorgaande jaar, aangevuld met DUO-gegevens en de registratie van het "
      "loket. In het voorjaar volgt per school de kwaliteitsdialoog. In juni evalueren bestuur en OPR de "
      "voortgang op de ambities. In het jaarverslag worden de bereikte resultaten per ambitie gepresenteerd, "
      "naast de kosten van de bijbehorende voorzieningen, zodat zichtbaar is wat iedere euro oplevert. Elke "
      "twee jaar bevragen we ouders en jongeren over hun ervaringen met ondersteuning en toewijzing."),
    H1("Deel G — Communicatie"),
    H2("G.1 Wegwijs"),
    P("Ouders en jongeren moeten kunnen vinden welke ondersteuning er is en hoe zij die krijgen. Kempenduin "
      "heeft daarom een eigen site 'Wegwijs in Kempenduin' met per school de ondersteuning die zij biedt, een "
      "overzicht van alle bovenschoolse voorzieningen en uitleg over tlv, lwoo en pro. De vo-scholen nemen in "
      "hun schoolgids een vaste paragraaf op over de kwaliteitskaart en hun extra ondersteuning. Ieder "
      "najaar verzorgt het samenwerkingsverband met de basisscholen een voorlichtingsavond over de overstap "
      "voor ouders van leerlingen in groep 7 en 8 met een ondersteuningsbehoefte. Informatie is beschikbaar "
      "in eenvoudige taal."),
    H2("G.2 Als het schuurt"),
    P("Voor onafhankelijk advies en ondersteuning kunnen ouders en jongeren terecht bij het Ouder- en "
      "Jeugdsteunpunt Kempenduin, dat wordt uitgevoerd door een onafhankelijke cliëntondersteuningsorganisatie "
      "en dat vier ervaringsdeskundige ouderadviseurs heeft. Het steunpunt is telefonisch en via WhatsApp "
      "bereikbaar op werkdagen en brengt jaarlijks zijn signalen in bij het bestuur. Ook de Onderwijsconsulenten "
      "staan ouders kosteloos bij. Verder zijn er de Geschillencommissie passend onderwijs en de "
      "klachtenregeling van het samenwerkingsverband."),
    H2("G.3 Meedoen"),
    P("Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad. Leerlingen hebben hoorrecht "
      "bij het opstellen en bijstellen van hun ontwikkelingsperspectiefplan."),
    H1("Deel H — Bestuur, medezeggenschap, partners"),
    P("Kempenduin is een vereniging. De algemene ledenvergadering, bestaande uit de bestuurders van de negen "
      "schoolbesturen, stelt het ondersteuningsplan, de begroting en de jaarrekening vast. Een "
      "directeur-bestuurder voert het bestuur; toezicht is belegd bij een raad van toezicht van drie "
      "onafhankelijke leden en twee leden op voordracht van de schoolbesturen. Het bureau is gevestigd in "
      "Duinkerk en telt 16 fte."),
    P("De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen. "
      "De OPR heeft op 26 maart 2025 ingestemd met dit plan, na een traject van vier bijeenkomsten en een "
      "schriftelijke reactie op twee concepten."),
    P("Het OOGO met de vier gemeenten vond plaats op 13 maart 2025. De partijen hebben afspraken gemaakt over "
      "jeugdhulp op school, de aanpak van verzuim, leerlingenvervoer naar het vso en het onderwijs-"
      "zorgarrangement Kompas. Met het samenwerkingsverband PO in de regio is het plan besproken op 4 maart "
      "2025, met name de warme overdracht en de overstap van leerlingen uit het sbo en so."),
    P("Personeel: de scholen zijn verantwoordelijk voor de deskundigheid van hun personeel. Het "
      "samenwerkingsverband organiseert kenniskringen voor ondersteuningscoördinatoren, mentoren en "
      "dyslexiecoaches en een jaarlijkse studiedag. De trajectbegeleiders en orthopedagogen van het bureau "
      "werken met een eigen professionaliseringsplan."),
    P("Privacy: het samenwerkingsverband verwerkt alleen de gegevens die nodig zijn voor toewijzing en "
      "toelaatbaarheid, bewaart deze niet langer dan drie jaar na het besluit en verwerkt gegevens in een "
      "beveiligde omgeving met rolgebaseerde toegang."),
    P("ICT en informatievoorziening: het loket werkt met een digitaal dossier dat door scholen, het bureau en "
      "de Toewijzingscommissie wordt gedeeld. Ouders krijgen vanaf 2026 inzage in het dossier van hun kind "
      "via een ouderportaal."),
    H1("Afkortingen en begrippen"),
    GLOSS([("Dekkend aanbod", "Geheel van voorzieningen waarmee voor iedere jongere een passende plek is."),
           ("Kwaliteitskaart", "De afgesproken basisondersteuning van Kempenduin."),
           ("Lwoo", "Leerwegondersteunend onderwijs."),
           ("OJSP", "Ouder- en jeugdsteunpunt."),
           ("OPDC", "Orthopedagogisch-didactisch centrum."),
           ("Pro", "Praktijkonderwijs."),
           ("Terugkeerarrangement", "Begeleiding bij de terugplaatsing van een leerling naar het reguliere vo."),
           ("Tlv", "Toelaatbaarheidsverklaring."),
           ("Vso", "Voortgezet speciaal onderwijs.")]),
]

_B_EXTRA_A = [
    H2("A.4 Terugblik op de planperiode 2021-2025"),
    P("De vorige planperiode stond in het teken van drie thema's: de inrichting van het loket, de "
      "vernieuwing van het OPDC en de aanpak van thuiszitten. Het loket is sinds 2022 het ene adres voor alle "
      "aanvragen; de gemiddelde doorlooptijd van een aanvraag daalde van negen naar vijf weken. Het OPDC is "
      "in 2023 verhuisd naar twee kleinere locaties dichter bij de scholen, waardoor leerlingen minder ver "
      "hoeven te reizen en het contact met de school van herkomst beter is. De aanpak van thuiszitten heeft "
      "geleid tot een daling van het aantal langdurige thuiszitters, maar nog niet tot het doel van 'nul'."),
    P("Niet alles is gelukt. De ambitie om het deelnamepercentage vso te laten dalen is niet gerealiseerd; het "
      "percentage steeg. Een analyse van de instroom laat zien dat de stijging vooral zit bij jongeren die "
      "vanuit het so doorstromen naar het vso en bij jongeren met internaliserende problematiek in de "
      "bovenbouw van havo en vwo. Het is de reden dat deel C en deel F van dit plan specifiek aandacht geven "
      "aan deze groepen."),
    P("De evaluatie liet ook zien dat scholen de ondersteuningsmiddelen verschillend inzetten en dat niet "
      "altijd duidelijk was wat met het geld werd bereikt. Daarom is de verantwoording in deze planperiode "
      "aangescherpt en gekoppeld aan de kwaliteitsdialoog."),
]
_B_EXTRA_H = [
    H1("Deel I — Thema's in de regio"),
    H2("I.1 Nieuwkomers"),
    P("In Bergerveld is een internationale schakelklas gevestigd voor jongeren die korter dan twee jaar in "
      "Nederland zijn. De ISK valt onder een van de schoolbesturen; het samenwerkingsverband draagt bij in "
      "de kosten van de begeleiding van jongeren met trauma. Na de ISK stromen jongeren door naar het "
      "reguliere vo, het praktijkonderwijs of het mbo. Een doorstroomcoach begeleidt het eerste halfjaar na "
      "de overstap. De gemeenten en het samenwerkingsverband stemmen jaarlijks af over de capaciteit, omdat "
      "de instroom sterk wisselt."),
    H2("I.2 Meer- en hoogbegaafdheid"),
    P("Voor meer- en hoogbegaafde jongeren bieden alle havo/vwo-scholen een verrijkingsprogramma. Twee scholen "
      "hebben een specifiek programma voor jongeren die vastlopen door onderpresteren of sociaal-emotionele "
      "problemen. Met de middelen die het Rijk tot 2025 beschikbaar stelde, is een netwerk van "
      "hoogbegaafdheidscoördinatoren opgezet, dat in deze planperiode vanuit de reguliere begroting blijft "
      "bestaan."),
    H2("I.3 Aansluiting onderwijs en arbeidsmarkt"),
    P("Jongeren uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid worden begeleid naar werk. "
      "De scholen werken samen met het werkgeversservicepunt van de regio en met de gemeenten. Het "
      "samenwerkingsverband faciliteert de netwerkbijeenkomsten en houdt bij hoeveel jongeren een jaar na "
      "uitstroom nog werk of een vervolgopleiding hebben. Dit is geen onderdeel van de kerntaken van het "
      "samenwerkingsverband, maar wel van onze missie."),
    H2("I.4 Verzuim"),
    P("Verzuim is vaak het eerste signaal dat het niet goed gaat. Alle scholen werken met de aanpak M@ZL voor "
      "ziekteverzuim en met een verzuimprotocol dat met leerplicht is afgestemd. Het samenwerkingsverband "
      "ondersteunt scholen met een verzuimconsulent die meedenkt bij langdurig of zorgwekkend verzuim. Zo "
      "willen we voorkomen dat jongeren thuiszitter worden."),
    H2("I.5 Huisvesting en vervoer"),
    P("Onderwijshuisvesting is een taak van de gemeenten en de schoolbesturen. Het samenwerkingsverband heeft "
      "hierin geen eigen rol, maar brengt in het OOGO in welke voorzieningen ruimte nodig hebben. Het "
      "leerlingenvervoer naar het vso wordt door de gemeenten geregeld; knelpunten, zoals lange reistijden, "
      "komen aan de orde in het bestuurlijk overleg."),
    H2("I.6 Jaarcyclus en planning"),
    P("Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan met een jaarbegroting, die in december "
      "door de algemene ledenvergadering worden vastgesteld na advies van de raad van toezicht en de OPR. In "
      "het voorjaar van 2027 volgt een tussenevaluatie. Bij ingrijpende wijzigingen in wet- of regelgeving, "
      "zoals de invoering van de landelijke norm basisondersteuning, wordt het plan tussentijds aangepast; "
      "de OPR stemt in met die wijzigingen."),
    T([["Moment", "Activiteit"],
       ["September", "Monitor en aanbodscan"],
       ["Oktober - december", "Jaarplan en jaarbegroting; vaststelling allocatie"],
       ["Februari - april", "Kwaliteitsdialogen met alle vestigingen"],
       ["Mei", "Verantwoording scholen over besteding"],
       ["Juni", "Evaluatie ambities met bestuur en OPR; jaarverslag"]]),
]
_i = PLAN_B.index(H1("Deel B — Ondersteuning in de school"))
PLAN_B[_i:_i] = _B_EXTRA_A
_i = PLAN_B.index(H1("Afkortingen en begrippen"))
PLAN_B[_i:_i] = _B_EXTRA_H

_B_EXTRA_H2 = [
    H2("I.7 Jeugdhulp in en om de school"),
    P("In alle vier gemeenten is de jeugdhulp georganiseerd via lokale teams. Iedere vo-school heeft een vaste "
      "contactpersoon van het lokale team die ten minste eens per twee weken op school aanwezig is en "
      "deelneemt aan het zorgadviesteam. In Duinkerk en Zandhove werken de scholen met een jeugdhulpverlener "
      "op school, die zonder beschikking lichte hulp kan bieden. Deze werkwijze wordt in de planperiode "
      "geëvalueerd; bij gebleken succes willen de gemeenten haar uitbreiden naar Bergerveld en Kempenaar."),
    P("Voor jongeren die zowel onderwijs als intensieve zorg nodig hebben, is het onderwijs-zorgarrangement "
      "Kompas ingericht. Een jongere volgt daar een deel van de week onderwijs en ontvangt daarnaast "
      "behandeling. De gemeenten financieren de zorg, het samenwerkingsverband het onderwijsdeel. Afspraken "
      "over de toegang zijn vastgelegd in een convenant dat in het OOGO is bekrachtigd."),
    H2("I.8 Leerlingen aan het woord"),
    P("Passend onderwijs gaat over jongeren, dus praten we ook met jongeren. Het samenwerkingsverband heeft een "
      "jongerenpanel van twaalf leerlingen uit het regulier vo, het vso, het praktijkonderwijs en het OPDC. Het "
      "panel komt vier keer per jaar bijeen en geeft gevraagd en ongevraagd advies aan de directeur-bestuurder. "
      "Het panel heeft bijgedragen aan de kwaliteitskaart en aan de uitleg op de site Wegwijs. Leerlingen "
      "gaven onder meer aan dat zij het belangrijk vinden dat een mentor tijd heeft, dat er een rustige plek "
      "op school is en dat zij zelf mogen meepraten over hun ontwikkelingsperspectiefplan."),
    H2("I.9 Veiligheid en welbevinden"),
    P("Een veilige school is een voorwaarde voor ontwikkeling. Scholen monitoren de sociale veiligheid "
      "jaarlijks en rapporteren daarover aan de inspectie. Het samenwerkingsverband gebruikt de uitkomsten "
      "van de monitor in de kwaliteitsdialoog, maar stelt geen eigen norm. Wel stimuleren we dat scholen "
      "elkaar ondersteunen bij incidenten en bij de opvang van leerlingen na een schorsing of verwijdering. "
      "Bij een voorgenomen verwijdering is het samenwerkingsverband vroegtijdig betrokken, zodat een nieuwe "
      "school gevonden is voordat de verwijdering ingaat."),
    H2("I.10 Risico's"),
    P("De belangrijkste risico's voor de uitvoering van dit plan zijn de daling van het leerlingenaantal, die "
      "leidt tot lagere inkomsten; de stijging van het deelnamepercentage vso, die leidt tot hogere "
      "afdrachten; en het tekort aan gekwalificeerd personeel, dat de uitbreiding van voorzieningen kan "
      "vertragen. Het bestuur bespreekt de risico's twee keer per jaar op basis van een risicoparagraaf bij "
      "de begroting en de bestuursrapportage."),
]
_i = PLAN_B.index(H1("Afkortingen en begrippen"))
PLAN_B[_i:_i] = _B_EXTRA_H2
PLAN_B[1] = TOC([(1, "Deel A — Koers", 2), (2, "A.1 Een woord vooraf", 2), (2, "A.2 Waar we staan", 3),
                 (2, "A.3 Waar we voor gaan", 5), (2, "A.4 Terugblik op de planperiode 2021-2025", 6),
                 (1, "Deel B — Ondersteuning in de school", 7),
                 (2, "B.1 De basis: wat iedere vo-school biedt", 7), (2, "B.2 Extra ondersteuning en arrangementen", 10),
                 (1, "Deel C — Het ondersteuningslandschap", 12), (2, "C.1 Voorzieningen in samenhang", 12),
                 (2, "C.2 Niemand buiten de boot", 14), (1, "Deel D — Toewijzing en toelaatbaarheid", 16),
                 (2, "D.1 Vso", 16), (2, "D.2 Lwoo en praktijkonderwijs", 19), (2, "D.3 Het OPDC en de weg terug", 21),
                 (1, "Deel E — Bekostiging en allocatie", 23), (1, "Deel F — Kwaliteitszorg en verantwoording", 27),
                 (1, "Deel G — Communicatie", 30), (1, "Deel H — Bestuur, medezeggenschap, partners", 32),
                 (1, "Deel I — Thema's in de regio", 35), (1, "Afkortingen en begrippen", 41)])

# ============================================================================================
# Plan C — middling PO plan (.pdf).
# basisondersteuning present (content only in a table); plaatsing partial (procedure, no criteria:
# deferred); terugstroom present but hidden inside the TLV chapter (7.5); financien missing (only
# references to separate documents + deferral); dekkend-aanbod partial (continuum, no approach to gaps /
# thuiszitters: deferred); resultaten missing (deferred kwaliteitskader); ouders partial (information,
# no independent help: "onderzoeken").
# ============================================================================================
PLAN_C = [
    TITLE(["Ondersteuningsplan 2025 – 2029",
           "Stichting Samenwerkingsverband Passend Onderwijs De Brede Stroom",
           "Primair onderwijs — regio Maasbroek, Ooyen en Valkendam (PO 28-17)",
           "Versie 1.2, vastgesteld door het bestuur op 15 april 2025"]),
    TOC([(1, "1. Voorwoord", 3), (1, "2. Inleiding", 4), (1, "3. Organisatie in cijfers", 5),
         (1, "4. Visie en uitgangspunten", 6), (1, "5. Basisondersteuning", 8),
         (1, "6. Ondersteuningsstructuur en dekkend aanbod", 10), (2, "6.4 Thuiszitters", 13),
         (1, "7. Toelaatbaarheid sbo en so", 14), (2, "7.3 Criteria", 15), (2, "7.5 Afloop van de tlv", 16),
         (1, "8. Financiën en meerjarenbegroting", 17), (1, "9. Kwaliteit en resultaten", 18),
         (1, "10. Ouders", 19), (1, "11. Samenwerking met gemeenten", 20), (1, "12. Bestuur en medezeggenschap", 21),
         (1, "13. Personeel", 22), (1, "14. Planning", 23), (1, "15. Begrippenlijst", 24)]),
    H1("1. Voorwoord"),
    P("Met trots presenteren wij het ondersteuningsplan 2025-2029 van De Brede Stroom. In dit plan beschrijven "
      "wij hoe de zeven aangesloten schoolbesturen samen passend onderwijs vormgeven voor de ruim 9.000 "
      "leerlingen in onze regio. De afgelopen vier jaar hebben we veel bereikt. Scholen weten elkaar beter te "
      "vinden, de lijnen met de gemeenten zijn korter en de expertise van het speciaal onderwijs wordt vaker "
      "in de reguliere school ingezet. Tegelijk vragen de groeiende verschillen tussen leerlingen, het "
      "lerarentekort en de wachtlijsten in de jeugdhulp veel van onze scholen."),
    P("Dit plan is in een relatief kort tijdsbestek tot stand gekomen, omdat het bestuur in 2024 heeft gekozen "
      "voor een nieuwe organisatiestructuur. Sommige onderdelen van ons beleid zijn daardoor nog in "
      "ontwikkeling. Waar dat het geval is, geven we in dit plan aan wanneer en hoe de uitwerking volgt. We "
      "danken de ondersteuningsplanraad, de intern begeleiders, de directeuren en onze partners voor hun "
      "bijdragen en het vertrouwen."),
    P("Namens het bestuur, J. Verhoef-Smits, voorzitter"),
    H1("2. Inleiding"),
    P("Ieder samenwerkingsverband stelt minimaal eens in de vier jaar een ondersteuningsplan op. In het plan "
      "staat hoe het samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen "
      "binnen en tussen de scholen, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doormaken en "
      "leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen. Het plan is "
      "bedoeld voor schoolbesturen, scholen, ouders, gemeenten en andere partners."),
    P("Het plan is opgebouwd uit vijftien hoofdstukken. Na een beschrijving van onze organisatie en onze "
      "visie gaan we in op de basisondersteuning, de ondersteuningsstructuur en het aanbod, de "
      "toelaatbaarheid tot het speciaal (basis)onderwijs, de financiën, de kwaliteitszorg en de rol van "
      "ouders. We sluiten af met de samenwerking met gemeenten, het bestuur, het personeel en de planning. "
      "De begrippenlijst in hoofdstuk 15 licht de gebruikte termen toe."),
    H1("3. Organisatie in cijfers"),
    T([["", "Aantal"],
       ["Aangesloten schoolbesturen", "7"],
       ["Basisscholen (vestigingen)", "41"],
       ["Scholen voor speciaal basisonderwijs", "2"],
       ["Scholen voor speciaal onderwijs (cluster 3 en 4)", "2"],
       ["Leerlingen basisonderwijs (1-10-2024)", "9.112"],
       ["Gemeenten", "3"],
       ["Medewerkers bureau", "11"]]),
    P("De regio bestaat uit een stedelijk gebied rond Maasbroek en een landelijk gebied met kleine kernen in "
      "Ooyen en Valkendam. Veertien basisscholen hebben minder dan honderd leerlingen. Dat vraagt om "
      "samenwerking tussen scholen, omdat kleine scholen niet alle expertise zelf in huis kunnen hebben."),
    H1("4. Visie en uitgangspunten"),
    P("Wij willen dat ieder kind in onze regio onderwijs volgt dat aansluit bij zijn of haar mogelijkheden, "
      "samen met leeftijdsgenoten en zo dicht mogelijk bij huis. Wij gaan uit van de mogelijkheden van "
      "kinderen, niet van hun beperkingen. Leerkrachten, intern begeleiders en ouders werken samen in het "
      "belang van het kind. Ouders zijn ervaringsdeskundig en kennen hun kind het best."),
    P("Onze uitgangspunten zijn:"),
    UL(["Eén kind, één plan: ondersteuning wordt rond het kind georganiseerd, niet rond regels.",
        "Zo licht als mogelijk, zo zwaar als nodig.",
        "De school is de eerste plek voor ondersteuning; het samenwerkingsverband ondersteunt de school.",
        "We vertrouwen op de professionaliteit van scholen en spreken elkaar aan op afspraken.",
        "We werken samen met de gemeenten, zodat onderwijs en jeugdhulp elkaar versterken."]),
    P("Passend onderwijs vraagt om een cultuur waarin leerkrachten zich gesteund voelen en fouten mogen maken. "
      "Het samenwerkingsverband wil daaraan bijdragen door kennis te delen, door netwerken te faciliteren en "
      "door vroegtijdig mee te denken. Wij zien het speciaal (basis)onderwijs als een waardevol onderdeel van "
      "het geheel, met een eigen expertise die ook ten goede kan komen aan kinderen in het reguliere "
      "onderwijs."),
    P("In de komende planperiode richten we ons op drie thema's: het versterken van de basisondersteuning, "
      "het verbeteren van de samenwerking met jeugdhulp en het verkleinen van de afstand tussen het regulier "
      "en het speciaal onderwijs. Deze thema's werken wij uit in jaarplannen."),
    H1("5. Basisondersteuning"),
    P("De schoolbesturen hebben afgesproken dat alle basisscholen en alle vestigingen in De Brede Stroom "
      "eenzelfde niveau van basisondersteuning bieden. Dit niveau is voor alle scholen gelijk en geldt als "
      "ondergrens. Scholen kunnen in hun schoolondersteuningsprofiel aangeven dat zij meer bieden. De "
      "afspraken zijn samengevat in de volgende tabel."),
    T([["Domein", "Afspraak voor alle scholen"],
       ["Basiskwaliteit", "De school heeft van de inspectie ten minste het oordeel 'voldoende'."],
       ["Interne begeleiding", "Iedere school heeft een intern begeleider met minimaal 16 uur per week per 200 leerlingen."],
       ["Leerlingvolgsysteem", "Alle leerlingen worden twee keer per jaar getoetst; de resultaten worden besproken in een groepsbespreking."],
       ["Dyslexie", "De school werkt met het protocol leesproblemen en dyslexie en biedt ten minste drie periodes extra leesbegeleiding."],
       ["Gedrag", "De school heeft een methode voor sociaal-emotionele ontwikkeling en een pestprotocol."],
       ["Meerbegaafdheid", "De school biedt verrijkingsstof in de groep."],
       ["Ontwikkelingsperspectief", "Voor leerlingen met een eigen leerlijn stelt de school een OPP op dat twee keer per jaar wordt geëvalueerd."],
       ["Samenwerking", "De school heeft een ondersteuningsteam met ouders, school en schoolmaatschappelijk werk."]]),
    P("De komende jaren willen we de basisondersteuning verder versterken. Daarbij kijken we ook naar de "
      "landelijke norm voor basisondersteuning."),
    H1("6. Ondersteuningsstructuur en dekkend aanbod"),
    H2("6.1 De ondersteuningsroute"),
    P("Wanneer een leerkracht merkt dat een kind meer nodig heeft, bespreekt hij dit met de intern "
      "begeleider. De intern begeleider kan het kind inbrengen in het ondersteuningsteam van de school. Het "
      "samenwerkingsverband heeft voor iedere school een vaste ondersteuningsadviseur die deelneemt aan het "
      "ondersteuningsteam en advies geeft over de inzet van extra ondersteuning."),
    H2("6.2 Het aanbod"),
    P("Het aanbod in De Brede Stroom bestaat uit de volgende onderdelen:"),
    T([["Niveau", "Omschrijving"],
       ["Basisondersteuning", "Alle scholen (hoofdstuk 5)"],
       ["Extra ondersteuning in de school", "Arrangementen op maat, zoals extra begeleiding door een specialist of een onderwijsassistent, ambulante begeleiding vanuit het so"],
       ["Bovenschoolse voorzieningen", "Plusgroep voor meerbegaafde leerlingen (Maasbroek), taalklas voor nieuwkomers (Maasbroek), groep 'Op Maat' voor jonge kinderen met een ontwikkelingsvraag (Ooyen)"],
       ["Speciaal basisonderwijs", "Sbo De Regenboog (Maasbroek) en sbo Het Veer (Valkendam)"],
       ["Speciaal onderwijs", "So De Tweestroom (cluster 3) en so De Vlonder (cluster 4)"]]),
    P("De ondersteuningsadviseur bespreekt met de school welk onderdeel van het aanbod het beste past. Voor "
      "de bovenschoolse voorzieningen doet de school een aanvraag bij het samenwerkingsverband."),
    H2("6.3 Zorgplicht"),
    P("Schoolbesturen hebben zorgplicht voor leerlingen die extra ondersteuning nodig hebben. De besturen in "
      "De Brede Stroom voeren deze zorgplicht gezamenlijk uit."),
    H2("6.4 Thuiszitters"),
    P("Het samenwerkingsverband vindt dat ieder kind naar school moet kunnen. We sluiten ons aan bij het "
      "landelijke Thuiszitterspact. In de loop van het schooljaar 2025-2026 stellen we samen met de "
      "leerplichtambtenaren en de gemeenten een regionale aanpak vast, inclusief afspraken over "
      "registratie en escalatie. Tot die tijd handelen de schoolbesturen volgens hun eigen verzuimprotocol."),
    H1("7. Toelaatbaarheid sbo en so"),
    H2("7.1 Wie vraagt aan"),
    P("Een toelaatbaarheidsverklaring (tlv) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
      "aangevraagd door het schoolbestuur van de school waar de leerling is ingeschreven. De school doet dat "
      "nadat het kind is besproken in het ondersteuningsteam."),
    H2("7.2 Procedure"),
    OL(["De school vult het aanvraagformulier in en voegt het OPP, het groeidocument en het verslag van "
        "het ondersteuningsteam toe.",
        "De school stuurt de aanvraag naar het secretariaat van de Commissie Toelaatbaarheid (CvT).",
        "De CvT controleert binnen een week of de aanvraag compleet is.",
        "Twee deskundigen geven advies: een orthopedagoog of psycholoog van het samenwerkingsverband en een "
        "tweede deskundige, afhankelijk van de hulpvraag (bijvoorbeeld een jeugdarts of maatschappelijk werker).",
        "De CvT neemt binnen zes weken een besluit en stuurt dit aan school en ouders.",
        "De tlv gaat in op de datum van het besluit."]),
    H2("7.3 Criteria"),
    P("De CvT beoordeelt iedere aanvraag integraal en op maat, vanuit het belang van het kind. In het "
      "schooljaar 2025-2026 stelt het samenwerkingsverband, samen met de sbo- en so-scholen, een uitgewerkt "
      "criteriakader op. Dat kader wordt na instemming van de ondersteuningsplanraad als wijziging aan dit plan "
      "toegevoegd."),
    H2("7.4 Duur"),
    P("Een tlv voor het sbo geldt voor twee schooljaren. Een tlv voor het so geldt voor één tot drie "
      "schooljaren, afhankelijk van de situatie van de leerling. Bij een tlv so stelt de CvT de "
      "bekostigingscategorie vast: laag, midden of hoog."),
    H2("7.5 Afloop van de tlv"),
    P("De Brede Stroom vindt dat leerlingen in het speciaal (basis)onderwijs, waar mogelijk, weer naar een "
      "gewone basisschool moeten kunnen. Daarvoor gelden de volgende afspraken. Ieder jaar evalueert de sbo- "
      "of so-school het OPP en bekijkt zij met de ouders of terugplaatsing naar het basisonderwijs een optie "
      "is. Uiterlijk zes maanden voor het einde van de tlv bespreekt de speciale school in een overleg met de "
      "ouders en de ondersteuningsadviseur of de leerling terug kan naar het basisonderwijs of dat een nieuwe "
      "tlv nodig is. Als terugplaatsing het advies is, zoekt de school samen met de ouders een basisschool. "
      "Het besluit over terugplaatsing ligt bij de directeur van de speciale school, in overeenstemming met "
      "de ontvangende school. De ontvangende basisschool kan voor het eerste jaar na terugplaatsing een "
      "arrangement aanvragen en de speciale school biedt tot zes maanden na de overstap ambulante "
      "begeleiding. Is een nieuwe tlv nodig, dan volgt de procedure van paragraaf 7.2."),
    H1("8. Financiën en meerjarenbegroting"),
    P("De financiële paragraaf van dit ondersteuningsplan bestaat uit twee documenten die het bestuur "
      "afzonderlijk vaststelt: de meerjarenbegroting 2025-2029 en de notitie 'Allocatie van middelen De Brede "
      "Stroom'. Deze documenten zijn opgenomen als bijlage 4 en bijlage 5 en worden na vaststelling in "
      "december op de website gepubliceerd."),
    P("Het bestuur heeft in 2024 besloten het allocatiemodel te herzien. Het nieuwe model wordt in het "
      "najaar van 2025 aan het bestuur voorgelegd. Tot de vaststelling blijft de huidige werkwijze van kracht."),
    H1("9. Kwaliteit en resultaten"),
    P("Kwaliteit is voor De Brede Stroom een gedeelde verantwoordelijkheid van het samenwerkingsverband en "
      "de schoolbesturen. Het samenwerkingsverband is in 2024 gestart met de ontwikkeling van een nieuw "
      "kwaliteitskader. In het eerste jaar van de planperiode werken wij dit kader uit, inclusief de "
      "doelen en indicatoren voor de planperiode. Het kader wordt ter instemming voorgelegd aan de "
      "ondersteuningsplanraad."),
    H1("10. Ouders"),
    P("Ouders zijn de eerste partner van de school. Goede informatie is daarvoor een voorwaarde. De Brede "
      "Stroom informeert ouders op de volgende manieren:"),
    UL(["De website van het samenwerkingsverband heeft een ouderpagina met uitleg over basisondersteuning, "
        "extra ondersteuning, de bovenschoolse voorzieningen en de tlv-procedure.",
        "Iedere school beschrijft in de schoolgids en in het schoolondersteuningsprofiel welke ondersteuning zij "
        "biedt.",
        "Bij de eerste bespreking in het ondersteuningsteam krijgen ouders de folder 'Samen op weg', waarin "
        "staat welke ondersteuning er in de regio is en hoe zij die kunnen krijgen.",
        "Eén keer per jaar organiseert het samenwerkingsverband een informatiebijeenkomst voor ouders."]),
    P("Ouders worden betrokken bij het opstellen en evalueren van het OPP van hun kind en zijn aanwezig in het "
      "ondersteuningsteam. In de ondersteuningsplanraad hebben vier ouders zitting."),
    P("Het samenwerkingsverband onderzoekt in 2025-2026 samen met de andere samenwerkingsverbanden in de "
      "provincie hoe een ouder- en jeugdsteunpunt vorm kan krijgen. Over de uitkomst informeren wij ouders "
      "via de website."),
    H1("11. Samenwerking met gemeenten"),
    P("Het samenwerkingsverband werkt samen met de gemeenten Maasbroek, Ooyen en Valkendam. In het op "
      "overeenstemming gericht overleg (OOGO) van 20 maart 2025 is dit plan besproken. Gemeenten en "
      "samenwerkingsverband hebben afgesproken dat iedere school een vaste contactpersoon van het wijkteam "
      "heeft, die deelneemt aan het ondersteuningsteam. Voor kinderen die zowel onderwijs als zorg nodig "
      "hebben, kunnen onderwijs-zorgarrangementen worden ingezet, waarbij de gemeente de zorg bekostigt. "
      "Verder zijn afspraken gemaakt over leerlingenvervoer en over de overgang van de voorschoolse "
      "voorzieningen naar de basisschool."),
    P("Met het samenwerkingsverband voor voortgezet onderwijs is overleg gevoerd over de overstap van groep 8 "
      "naar het voortgezet onderwijs."),
    H1("12. Bestuur en medezeggenschap"),
    P("De Brede Stroom is een stichting. Het bestuur bestaat uit de bestuurders van de zeven aangesloten "
      "schoolbesturen en een onafhankelijk voorzitter. Het bestuur heeft de dagelijkse leiding gemandateerd "
      "aan een directeur. Het bestuur stelt het ondersteuningsplan vast. Het toezicht is belegd bij een "
      "toezichthoudend deel van het bestuur (two-tier binnen één bestuur). De penningmeester is lid van het "
      "bestuur."),
    P("De ondersteuningsplanraad (OPR) bestaat uit acht leden, gekozen uit de medezeggenschapsraden van de "
      "aangesloten scholen. De OPR heeft op 8 april 2025 ingestemd met dit ondersteuningsplan."),
    H1("13. Personeel"),
    P("Het bureau van het samenwerkingsverband bestaat uit een directeur, een beleidsmedewerker, zes "
      "ondersteuningsadviseurs, twee orthopedagogen en een secretaresse. De ondersteuningsadviseurs zijn "
      "ervaren intern begeleiders of ambulant begeleiders. Zij werken vanuit een vaste koppeling met scholen."),
    P("Het samenwerkingsverband organiseert netwerkbijeenkomsten voor intern begeleiders en directeuren en een "
      "jaarlijkse studiedag. Scholen zijn zelf verantwoordelijk voor de professionalisering van hun personeel."),
    H1("14. Planning"),
    T([["Wanneer", "Wat"],
       ["2025-2026", "Criteriakader toelaatbaarheid; aanpak thuiszitters; kwaliteitskader; nieuw allocatiemodel"],
       ["2026-2027", "Evaluatie basisondersteuning; uitwerking landelijke norm"],
       ["2027-2028", "Tussenevaluatie ondersteuningsplan"],
       ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]]),
    H1("15. Begrippenlijst"),
    GLOSS([("Allocatie", "Toekenning van middelen aan scholen of leerlingen."),
           ("Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."),
           ("Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."),
           ("Meerjarenbegroting", "De begroting voor de planperiode, met per jaar de verwachte baten en lasten."),
           ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."),
           ("Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij vastgelopen situaties."),
           ("Terugplaatsing", "De overstap van een leerling van sbo of so naar het basisonderwijs."),
           ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
           ("Verdeelmodel", "De regels waarmee het samenwerkingsverband de middelen verdeelt.")]),
]

_C_EXTRA_4 = [
    H2("4.1 Ontwikkelingen in wet- en regelgeving"),
    P("Deze planperiode valt samen met een aantal landelijke ontwikkelingen die van invloed zijn op passend "
      "onderwijs. De Verbeteraanpak passend onderwijs, die na de evaluatie van 2020 is gestart, loopt door tot "
      "2035 en bevat maatregelen over onder meer de basisondersteuning, de positie van ouders en leerlingen, "
      "de thuiszitters en de bekostiging. Het kabinet werkt aan een landelijke norm voor de "
      "basisondersteuning. Daarnaast verandert met de Wet versterking positie ouders en leerlingen de "
      "informatievoorziening via de schoolgids en komen er nieuwe taken voor samenwerkingsverbanden."),
    P("Het samenwerkingsverband volgt deze ontwikkelingen nauwgezet. Wanneer wet- of regelgeving wijzigt, "
      "passen wij het ondersteuningsplan zo nodig tussentijds aan. Dat gebeurt altijd met instemming van de "
      "ondersteuningsplanraad. Het bestuur wordt in iedere vergadering geïnformeerd over de landelijke "
      "ontwikkelingen door de directeur, die daarvoor de informatie van de PO-Raad en het Steunpunt Passend "
      "Onderwijs gebruikt."),
    H2("4.2 Wat we geleerd hebben"),
    P("In de vorige planperiode is veel energie gestoken in het opbouwen van vertrouwen tussen de besturen. "
      "Dat is gelukt: de besturen werken nu samen aan gezamenlijke voorzieningen en spreken elkaar aan op "
      "afspraken. Scholen geven aan dat de vaste ondersteuningsadviseur het verschil maakt: één gezicht, dat de "
      "school kent en snel kan schakelen. Ook is duidelijk geworden dat de verschillen tussen scholen in de "
      "manier waarop zij ondersteuning organiseren groot zijn. Dat is voor een deel logisch, omdat scholen "
      "verschillen in grootte en leerlingpopulatie, maar het maakt het voor ouders soms moeilijk te begrijpen "
      "wat zij van een school mogen verwachten. Mede daarom is de afspraak over de basisondersteuning "
      "aangescherpt."),
]
_C_EXTRA_6 = [
    H2("6.5 Expertise van het speciaal onderwijs in de school"),
    P("De sbo- en so-scholen in de regio beschikken over veel kennis van het onderwijs aan kinderen met een "
      "specifieke ondersteuningsvraag. Die kennis willen we vaker inzetten in het reguliere onderwijs. De "
      "speciale scholen bieden daarom consultatie en ambulante begeleiding aan basisscholen. Een basisschool "
      "kan via de ondersteuningsadviseur een consultatie aanvragen; een leerkracht of intern begeleider van "
      "de speciale school komt dan meekijken in de groep en geeft advies. Daarnaast organiseren de speciale "
      "scholen jaarlijks open lessen en workshops voor leerkrachten uit het reguliere onderwijs."),
    H2("6.6 Meer- en hoogbegaafde leerlingen"),
    P("Voor meer- en hoogbegaafde leerlingen bieden alle scholen verrijking in de groep. Leerlingen die meer "
      "nodig hebben, kunnen een dag per week naar de bovenschoolse plusgroep in Maasbroek. Voor leerlingen uit "
      "Ooyen en Valkendam onderzoeken we of een tweede locatie mogelijk is. De plusgroep werkt met een "
      "programma gericht op leren leren, filosofie en onderzoekend leren. De leerkrachten van de plusgroep "
      "ondersteunen ook de scholen bij het signaleren van meer- en hoogbegaafdheid."),
    H2("6.7 Nieuwkomers"),
    P("Kinderen die nieuw in Nederland zijn, kunnen het eerste jaar naar de taalklas in Maasbroek. De taalklas "
      "biedt intensief Nederlands in een kleine groep. Na een jaar stromen de kinderen door naar een "
      "basisschool in de buurt, waar zij nog een jaar begeleiding krijgen van een leerkracht van de taalklas. "
      "In de kleine kernen is het aantal nieuwkomers beperkt; daar krijgen kinderen ondersteuning op de eigen "
      "school van een ambulante NT2-leerkracht."),
    H2("6.8 Het jonge kind"),
    P("Jonge kinderen met een ontwikkelingsvraag hebben baat bij vroege signalering. De groep 'Op Maat' in "
      "Ooyen biedt een combinatie van onderwijs en observatie voor kinderen van vier tot zes jaar. Na "
      "maximaal een jaar wordt met de ouders besproken welke school het best past. Het samenwerkingsverband "
      "heeft daarnaast afspraken met de kinderopvang en de voorschoolse educatie over de overdracht van "
      "informatie bij de overstap naar de basisschool."),
    H2("6.9 De overstap naar het voortgezet onderwijs"),
    P("Voor leerlingen met een ondersteuningsbehoefte is de overstap naar het voortgezet onderwijs een "
      "kwetsbaar moment. De basisscholen zorgen voor een warme overdracht, waarbij de intern begeleider en "
      "de ondersteuningscoördinator van de vo-school elkaar spreken. Voor leerlingen uit het sbo en so is er "
      "een aparte overstapprocedure, die in samenwerking met het samenwerkingsverband VO is opgesteld."),
]
_C_EXTRA_12 = [
    H2("12.1 Governance"),
    P("Het bestuur volgt de Code Goed Bestuur in het primair onderwijs van de PO-Raad. De scheiding tussen "
      "bestuur en toezicht is vormgegeven binnen één bestuursorgaan: de toezichthoudende bestuursleden "
      "houden toezicht op de uitvoerende taken die aan de directeur zijn gemandateerd. Het bestuur evalueert "
      "jaarlijks zijn eigen functioneren. De statuten bevatten een geschillenregeling voor geschillen tussen de "
      "aangesloten besturen."),
    P("Het bestuur vergadert zes keer per jaar. Het bestuur stelt onder meer het ondersteuningsplan, het "
      "jaarplan, de begroting en het jaarverslag vast. De directeur bereidt de vergaderingen voor en voert de "
      "besluiten uit. Voor de voorbereiding van financiële besluiten is er een auditcommissie, bestaande uit de "
      "penningmeester en een extern lid."),
]
_C_EXTRA_13 = [
    H2("13.1 Privacy"),
    P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen als dat nodig is voor de toewijzing "
      "van voorzieningen en voor de beoordeling van een aanvraag om een toelaatbaarheidsverklaring. Daarbij "
      "houden wij ons aan de Algemene verordening gegevensbescherming. Het samenwerkingsverband heeft een "
      "privacyreglement en een functionaris gegevensbescherming. Gegevens worden niet langer bewaard dan "
      "noodzakelijk."),
    H2("13.2 ICT"),
    P("Aanvragen worden digitaal ingediend via een beveiligd platform. Het platform wordt gedeeld met de "
      "scholen en de CvT. In 2025 wordt het platform vervangen; de nieuwe versie biedt scholen een overzicht "
      "van de status van hun aanvragen. Medewerkers van het bureau werken met laptops met versleutelde "
      "opslag en tweestapsverificatie."),
    H2("13.3 Communicatie met scholen en partners"),
    P("Het samenwerkingsverband informeert scholen via een nieuwsbrief die zes keer per jaar verschijnt en "
      "via het netwerk van intern begeleiders. Directeuren ontvangen na iedere bestuursvergadering een "
      "samenvatting van de besluiten. Met de gemeenten is er een periodiek beleidsoverleg."),
]
_i = PLAN_C.index(H1("5. Basisondersteuning"))
PLAN_C[_i:_i] = _C_EXTRA_4
_i = PLAN_C.index(H1("7. Toelaatbaarheid sbo en so"))
PLAN_C[_i:_i] = _C_EXTRA_6
_i = PLAN_C.index(H1("13. Personeel"))
PLAN_C[_i:_i] = _C_EXTRA_12
_i = PLAN_C.index(H1("14. Planning"))
PLAN_C[_i:_i] = _C_EXTRA_13

_C_EXTRA_2 = [
    H2("2.1 Wettelijk kader"),
    P("Het ondersteuningsplan is gebaseerd op artikel 18a van de Wet op het primair onderwijs. Het "
      "samenwerkingsverband heeft op grond van dat artikel vier kerntaken: het vaststellen van het "
      "ondersteuningsplan, het verdelen en toewijzen van ondersteuningsmiddelen en -voorzieningen aan de "
      "scholen, het beoordelen of leerlingen toelaatbaar zijn tot het speciaal basisonderwijs of het speciaal "
      "onderwijs, en het adviseren over de ondersteuningsbehoefte van leerlingen. De ondersteuningsplanraad "
      "heeft instemmingsrecht op het plan. Voordat het bestuur het plan vaststelt, voert het "
      "samenwerkingsverband op overeenstemming gericht overleg met de gemeenten. Het vastgestelde plan wordt "
      "voor 1 mei 2025 naar de inspectie gestuurd."),
    H2("2.2 Totstandkoming"),
    P("Het plan is voorbereid door een projectgroep met twee directeuren, twee intern begeleiders, een "
      "bestuurder, de directeur en de beleidsmedewerker van het samenwerkingsverband. De projectgroep heeft "
      "in het najaar van 2024 drie bijeenkomsten georganiseerd voor scholen en partners. Het concept is "
      "besproken met de ondersteuningsplanraad, de gemeenten en het samenwerkingsverband VO. De reacties zijn "
      "verwerkt in deze versie."),
]
_C_EXTRA_3 = [
    P("De bevolking in het stedelijk gebied groeit licht, onder meer door nieuwbouwwijken aan de oostkant "
      "van Maasbroek. In de kleine kernen neemt het aantal kinderen af. Voor het samenwerkingsverband betekent "
      "dit dat de vraag naar ondersteuning zich verplaatst. Scholen in de kleine kernen hebben te maken met "
      "combinatiegroepen en met een beperkt aantal leerkrachten, waardoor het lastig is om specialistische "
      "kennis op te bouwen. De bovenschoolse voorzieningen liggen vooral in Maasbroek, wat voor kinderen uit "
      "Valkendam een lange reistijd betekent. Bij de keuze voor nieuwe voorzieningen houden wij rekening met de "
      "spreiding over de regio."),
    P("De zeven schoolbesturen verschillen sterk in omvang. Het grootste bestuur heeft zestien scholen, het "
      "kleinste één. Ook de denominatie verschilt: er zijn openbare, katholieke, protestants-christelijke en "
      "algemeen bijzondere scholen. De besturen hebben afgesproken dat de identiteit van een school geen "
      "belemmering mag zijn voor de plaatsing van een kind dat extra ondersteuning nodig heeft."),
]
_C_EXTRA_11 = [
    P("In alle drie de gemeenten zijn wijkteams actief die jeugdhulp bieden of toewijzen. De samenwerking "
      "tussen school en wijkteam is de afgelopen jaren verbeterd, maar de wachttijden in de specialistische "
      "jeugdhulp zijn nog steeds lang. Scholen ervaren dat zij kinderen moeten opvangen die eigenlijk "
      "behandeling nodig hebben. In het OOGO is afgesproken dat gemeenten en samenwerkingsverband de "
      "wachttijden in de jeugdhulp vast agenderen in het bestuurlijk overleg. Daarnaast verkennen we of jeugdhulp in de school kan worden aangeboden, zoals in andere regio's "
      "gebeurt."),
    P("Leerlingenvervoer is een taak van de gemeenten. Ouders van kinderen die naar het speciaal "
      "(basis)onderwijs gaan, kunnen bij hun gemeente een vervoersvoorziening aanvragen. Onderwijshuisvesting "
      "is eveneens een taak van de gemeenten. Voor de bovenschoolse voorzieningen stemmen gemeenten, besturen "
      "en samenwerkingsverband samen af welke ruimte beschikbaar is."),
]
_C_EXTRA_13b = [
    P("Het lerarentekort raakt ook onze regio. Vooral in Maasbroek hebben scholen moeite om vacatures in te "
      "vullen. Dat heeft gevolgen voor passend onderwijs: wanneer een groep meerdere leerkrachten per week "
      "heeft of wordt opgevangen door onbevoegd personeel, is het lastiger om kinderen met een "
      "ondersteuningsbehoefte goed te begeleiden. Het samenwerkingsverband kan het tekort niet oplossen, maar "
      "draagt bij door de kennis van leerkrachten te versterken en door de administratieve last van "
      "aanvragen zo klein mogelijk te houden. De personeelsgeleding van de OPR bespreekt jaarlijks de "
      "gevolgen van het plan voor de werkdruk."),
]
_i = PLAN_C.index(H1("3. Organisatie in cijfers"))
PLAN_C[_i:_i] = _C_EXTRA_2
_i = PLAN_C.index(H1("4. Visie en uitgangspunten"))
PLAN_C[_i:_i] = _C_EXTRA_3
_i = PLAN_C.index(H1("12. Bestuur en medezeggenschap"))
PLAN_C[_i:_i] = _C_EXTRA_11
_i = PLAN_C.index(H2("13.1 Privacy"))
PLAN_C[_i:_i] = _C_EXTRA_13b

_C_EXTRA_6b = [
    H2("6.10 Onderwijs en zorg"),
    P("Sommige kinderen hebben naast onderwijs ook zorg of behandeling nodig. Voor hen kan een "
      "onderwijs-zorgarrangement worden ingezet. Het kind volgt dan onderwijs op een school en krijgt op of "
      "rond de school behandeling of begeleiding van een zorgaanbieder. De school, de ouders, het wijkteam en "
      "de zorgaanbieder maken samen één plan. Het onderwijsdeel valt onder de verantwoordelijkheid van het "
      "schoolbestuur, de zorg onder die van de gemeente. In de so-scholen zijn dagbehandelingsgroepen "
      "gevestigd die op deze manier werken."),
    P("Voor kinderen die tijdelijk niet naar school kunnen vanwege ziekte, werkt het samenwerkingsverband "
      "samen met de consulenten onderwijs aan zieke leerlingen van het onderwijsadviesbureau. Zij adviseren "
      "de school over onderwijs op afstand en over de terugkeer naar school na een ziekteperiode."),
]
_C_EXTRA_14 = [
    P("Het ondersteuningsplan wordt ieder jaar vertaald in een jaarplan. Het jaarplan beschrijft welke "
      "activiteiten in dat schooljaar worden uitgevoerd en wie daarvoor verantwoordelijk is. Het bestuur "
      "stelt het jaarplan vast in juni, na bespreking met de ondersteuningsplanraad. Aan het einde van ieder "
      "schooljaar bespreekt het bestuur de voortgang van de activiteiten. Voorstellen tot wijziging van het "
      "ondersteuningsplan worden voorgelegd aan de ondersteuningsplanraad."),
    P("De planning hierboven is indicatief. Wanneer landelijke ontwikkelingen daartoe aanleiding geven, kan "
      "het bestuur prioriteiten verschuiven. De ondersteuningsplanraad wordt daarover tijdig geïnformeerd."),
]
_i = PLAN_C.index(H1("7. Toelaatbaarheid sbo en so"))
PLAN_C[_i:_i] = _C_EXTRA_6b
_i = PLAN_C.index(H1("15. Begrippenlijst"))
PLAN_C[_i:_i] = _C_EXTRA_14

# ============================================================================================
# Plan D — middling VO plan (.html web version).
# basisondersteuning missing (section heading mentions it, text says no agreed level exists yet and
# defers; definition only in the begrippenlijst); plaatsing present (vso, lwoo, pro); terugstroom partial
# (policy, procedure deferred to a protocol still to be written); financien present under "Geld en
# middelen"; dekkend-aanbod present; resultaten partial (monitoring + achieved figures, no intended
# results: deferred to jaarplan); ouders partial (independent help, no information channels: "in
# voorbereiding").
# ============================================================================================
PLAN_D = [
    TITLE(["Ondersteuningsplan 2025-2029 — webversie",
           "Samenwerkingsverband Voortgezet Onderwijs Zuidoever (VO 33-05)",
           "Gemeenten Havelte-Zuid, Oeverbroek en Stroomwijk",
           "Vastgesteld door het bestuur op 10 april 2025; OPR-instemming 2 april 2025"]),
    TOC([(1, "Hoofdstuk 1 | Voorwoord en leeswijzer", 1), (1, "Hoofdstuk 2 | Zuidoever: de feiten", 2),
         (1, "Hoofdstuk 3 | Ondersteuning in de school (basis en extra)", 3),
         (1, "Hoofdstuk 4 | Het aanbod van Zuidoever", 4), (1, "Hoofdstuk 5 | Toelaatbaarheid: vso, lwoo en pro", 5),
         (1, "Hoofdstuk 6 | Terugplaatsing", 6), (1, "Hoofdstuk 7 | Geld en middelen", 7),
         (1, "Hoofdstuk 8 | Monitoring en resultaten", 8), (1, "Hoofdstuk 9 | Ouders en leerlingen", 9),
         (1, "Hoofdstuk 10 | Gemeenten en jeugdhulp", 10), (1, "Hoofdstuk 11 | Organisatie", 11),
         (1, "Hoofdstuk 12 | Vaststelling en planning", 12), (1, "Begrippen", 13)]),
    H1("Hoofdstuk 1 | Voorwoord en leeswijzer"),
    P("Welkom bij de webversie van het ondersteuningsplan 2025-2029 van Samenwerkingsverband Voortgezet "
      "Onderwijs Zuidoever. Zuidoever is het samenwerkingsverband van zes schoolbesturen met samen twaalf "
      "scholen voor voortgezet onderwijs, één school voor praktijkonderwijs en twee scholen voor voortgezet "
      "speciaal onderwijs. Wij zijn er voor ruim 8.600 jongeren van twaalf tot achttien jaar (en soms ouder) "
      "in de gemeenten Havelte-Zuid, Oeverbroek en Stroomwijk."),
    P("In de webversie kunt u per hoofdstuk lezen wat wij doen en waarom. De hoofdstukken zijn ook als één "
      "PDF te downloaden. Deze webversie en de PDF hebben dezelfde inhoud; bij verschillen is de door het "
      "bestuur vastgestelde PDF leidend."),
    P("Het afgelopen jaar stond in het teken van de evaluatie van ons vorige plan en van gesprekken met "
      "scholen, jongeren, ouders en gemeenten. Uit die gesprekken kwam een duidelijke boodschap: maak het "
      "eenvoudiger, maak het dichter bij de school en zorg dat jongeren niet tussen wal en schip vallen. Dat "
      "hebben we geprobeerd in dit plan te doen. Het plan is niet af; het is een werkplan dat we ieder jaar "
      "met de scholen en de ondersteuningsplanraad tegen het licht houden."),
    P("Wij bedanken iedereen die heeft meegedacht. In het bijzonder noemen we de leerlingen van het "
      "jongerenpanel, die ons scherp hielden op de vraag wat een jongere eigenlijk merkt van al die plannen."),
    P("R. Ahmadi, directeur-bestuurder"),
    H1("Hoofdstuk 2 | Zuidoever: de feiten"),
    T([["Peildatum 1 oktober", "2022", "2023", "2024"],
       ["Leerlingen regulier vo", "8.012", "7.950", "7.884"],
       ["Leerlingen met lwoo", "811", "798", "790"],
       ["Leerlingen praktijkonderwijs", "268", "271", "266"],
       ["Leerlingen vso", "312", "306", "298"],
       ["Deelnamepercentage vso", "3,64%", "3,60%", "3,54%"]]),
    P("Het aantal jongeren in de regio daalt langzaam. Vooral in Oeverbroek, waar twee scholen kleiner worden, "
      "zijn de gevolgen zichtbaar. Het deelnamepercentage vso ligt ruim boven het landelijk gemiddelde, maar "
      "daalt licht. Het aandeel jongeren in het vmbo basis- en kaderberoepsgerichte leerweg is hoger dan "
      "gemiddeld in Nederland."),
    P("De twaalf scholen voor voortgezet onderwijs verschillen sterk: van een categoraal gymnasium tot een "
      "brede scholengemeenschap en een kleine vmbo-school met een groen profiel. Die verscheidenheid is een "
      "kracht, maar maakt het ook ingewikkeld om afspraken te maken die voor iedereen werken."),
    H1("Hoofdstuk 3 | Ondersteuning in de school (basis en extra)"),
    P("Wat een school als basis biedt, verschilt op dit moment sterk per school en per bestuur. Het "
      "samenwerkingsverband heeft in de vorige planperiode geen gezamenlijke afspraken gemaakt over het niveau "
      "en de inhoud van de basisondersteuning, en doet dat ook in dit plan nog niet. Zodra de landelijke norm "
      "basisondersteuning wettelijk is vastgelegd, stellen we met de scholen vast hoe die in Zuidoever wordt "
      "ingevoerd. Dit is een van de prioriteiten voor het schooljaar 2026-2027."),
    P("Extra ondersteuning is ondersteuning die een school biedt aan een individuele jongere of een groep, "
      "bovenop wat zij regulier doet. Iedere school ontvangt daarvoor een ondersteuningsbudget van het "
      "samenwerkingsverband (zie hoofdstuk 7) en zet dit naar eigen inzicht in, bijvoorbeeld voor een "
      "trajectklas, een faalangsttraining in een kleine groep of extra begeleiding door een "
      "gedragsspecialist. Voor iedere jongere die extra ondersteuning krijgt, stelt de school een "
      "ontwikkelingsperspectiefplan op."),
    H1("Hoofdstuk 4 | Het aanbod van Zuidoever"),
    H2("4.1 Van school naar speciaal"),
    P("Het aanbod van Zuidoever is opgebouwd in lagen. Jongeren krijgen steeds de lichtste vorm van "
      "ondersteuning die bij hun vraag past; als dat niet volstaat, is de volgende laag beschikbaar. De lagen "
      "sluiten op elkaar aan: een jongere die in een zwaardere voorziening terechtkomt, blijft ingeschreven op "
      "of verbonden met een reguliere school, behalve bij plaatsing in het vso of praktijkonderwijs."),
    T([["Laag", "Wat", "Waar", "Toegang"],
       ["Extra ondersteuning in de school", "Trajectklas, begeleiding, trainingen", "Op de eigen school", "Zorgadviesteam school"],
       ["Tussenvoorziening", "Rebound (maximaal 13 weken) voor jongeren die vastlopen op gedrag", "Rebound Oeverbroek", "Plaatsingsoverleg SWV"],
       ["OPDC", "Kleinschalig onderwijs met intensieve begeleiding, maximaal twee jaar", "OPDC De Overstap, Stroomwijk", "Plaatsingsoverleg SWV"],
       ["Onderwijs-zorg", "Combinatie van onderwijs en dagbehandeling", "Zorgcampus Havelte-Zuid", "SWV en gemeente samen"],
       ["Praktijkonderwijs", "Praktijkgericht onderwijs met uitstroom naar werk", "Praktijkschool Stroomwijk", "Tlv pro"],
       ["Vso", "Voortgezet speciaal onderwijs cluster 3 en 4", "De Meander (cl. 4), Het Palet (cl. 3)", "Tlv vso"]]),
    H2("4.2 Zorgplicht en het plaatsingsoverleg"),
    P("Als een school een aangemelde jongere niet de ondersteuning kan bieden die hij nodig heeft, zoekt zij "
      "binnen zes weken een passende plek op een andere school. Zuidoever ondersteunt daarbij met het "
      "plaatsingsoverleg, dat iedere twee weken bijeenkomt. Daarin zitten de ondersteuningscoördinatoren van "
      "de scholen en twee trajectbegeleiders van het samenwerkingsverband. Het overleg beslist ook over "
      "plaatsing in de rebound en het OPDC."),
    H2("4.3 Thuiszitters"),
    P("Zuidoever heeft met de drie gemeenten en Leerplicht het Thuiszitterspact Zuidoever gesloten. Iedere "
      "jongere die langer dan vier weken niet naar school gaat, wordt binnen een week aangemeld bij het "
      "thuiszittersoverleg. Een trajectbegeleider wordt casusregisseur en maakt binnen twee weken met de "
      "jongere, de ouders, de school en de jeugdhulp een plan. Lukt het niet om binnen drie maanden een "
      "passende plek te vinden, dan escaleert de casusregisseur naar de directeur-bestuurder, die met de "
      "betrokken bestuurders een oplossing afdwingt. Ieder halfjaar maken we een analyse van de jongeren voor "
      "wie geen passend aanbod bestaat; de uitkomsten bespreken we in het bestuur en in het OOGO, met voorstellen "
      "voor nieuwe voorzieningen. De analyse van 2024 leidde tot de onderwijs-zorgplekken op de Zorgcampus."),
    H1("Hoofdstuk 5 | Toelaatbaarheid: vso, lwoo en pro"),
    H2("5.1 Vso"),
    P("Het bevoegd gezag van de school waar een jongere is ingeschreven, vraagt de toelaatbaarheidsverklaring "
      "(tlv) vso aan bij de Commissie Toelaatbaarheid van Zuidoever. Bij de aanvraag horen het "
      "ontwikkelingsperspectiefplan, het verslag van het multidisciplinair overleg, een overzicht van de "
      "ingezette ondersteuning en de zienswijze van ouders en jongere. De commissie vraagt twee deskundigen om "
      "een afzonderlijk schriftelijk advies: een orthopedagoog of psycholoog, en daarnaast, afhankelijk van "
      "de jongere, een kinder- en jeugdpsychiater, arts, maatschappelijk werker of pedagoog. De commissie "
      "neemt binnen zes weken een besluit."),
    P("Een jongere is toelaatbaar tot het vso als de school de mogelijkheden van extra ondersteuning, rebound "
      "en OPDC aantoonbaar heeft benut of als deze gezien de problematiek niet passend zijn; als uit het "
      "ontwikkelingsperspectief blijkt dat de jongere structureel een kleine groep, specialistische begeleiding "
      "en een integraal onderwijs-zorgaanbod nodig heeft; en, voor cluster 3, als de jongere zeer moeilijk "
      "lerend is of een lichamelijke beperking of chronische ziekte heeft die het volgen van regulier onderwijs "
      "ernstig belemmert."),
    P("De tlv vso geldt voor de duur van één, twee of drie schooljaren, naar oordeel van de commissie, en "
      "eindigt altijd op 31 juli. De commissie stelt de bekostigingscategorie vast (laag, midden of hoog). "
      "Ouders en school kunnen binnen zes weken bezwaar maken; de commissie vraagt dan advies aan de "
      "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    H2("5.2 Lwoo"),
    P("Zuidoever hanteert de landelijke criteria voor leerwegondersteunend onderwijs. De vo-school waar de "
      "jongere is aangemeld vraagt de aanwijzing lwoo aan vóór 1 april, met het onderwijskundig rapport van de "
      "basisschool en de testgegevens. Het samenwerkingsverband beslist binnen vier weken. De aanwijzing geldt "
      "voor de duur van de opleiding."),
    H2("5.3 Praktijkonderwijs"),
    P("Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria (een IQ tussen 55 en 80 en "
      "een leerachterstand van drie jaar of meer op twee of meer domeinen, waaronder begrijpend lezen of "
      "inzichtelijk rekenen). De praktijkschool vraagt de tlv pro aan; het samenwerkingsverband beslist binnen "
      "vier weken, op advies van een orthopedagoog. De tlv pro geldt voor de gehele schoolloopbaan."),
    H1("Hoofdstuk 6 | Terugplaatsing"),
    P("Zuidoever kiest ervoor dat het vso voor zoveel jongeren als mogelijk een tijdelijke plek is. Ons beleid "
      "is dat een jongere terugkeert naar het reguliere voortgezet onderwijs of overstapt naar het "
      "praktijkonderwijs of het mbo wanneer het ontwikkelingsperspectief laat zien dat hij met begeleiding een "
      "regulier programma kan volgen, en wanneer ouders en jongere de overstap steunen. Terugkeer mag nooit "
      "leiden tot thuiszitten: een jongere stapt pas over als de ontvangende school een plek heeft aangeboden."),
    P("Jongeren die terugkeren krijgen een terugkeerbudget van € 3.000, waarmee de ontvangende school "
      "gedurende zes maanden extra begeleiding organiseert, bijvoorbeeld door een mentor met extra uren of "
      "ambulante begeleiding vanuit het vso. Ook na afloop van het budget blijft de jongere in beeld bij de "
      "ondersteuningscoördinator van de ontvangende school."),
    P("Hoe de terugkeer in de praktijk verloopt — wie het initiatief neemt, op welke momenten de mogelijkheid "
      "van terugkeer wordt besproken en wie daarover besluit — leggen het samenwerkingsverband en de "
      "vso-scholen vast in het protocol 'Terug naar regulier'. Dit protocol wordt in het schooljaar 2025-2026 "
      "opgesteld en na vaststelling op de website gepubliceerd."),
    H1("Hoofdstuk 7 | Geld en middelen"),
    H2("7.1 Hoe we verdelen"),
    P("Zuidoever werkt met een verdeelmodel dat in 2023 door het bestuur is vastgesteld en in deze planperiode "
      "ongewijzigd blijft. De uitgangspunten zijn: geld volgt de jongere, scholen krijgen zekerheid voor "
      "meerdere jaren en bovenschoolse voorzieningen worden centraal bekostigd. Concreet:"),
    UL(["Iedere school ontvangt een ondersteuningsbudget van € 135 per leerling (peildatum 1 oktober t-1), "
        "plus een vaste voet van € 25.000 per school.",
        "De middelen voor lwoo en pro gaan volledig naar de scholen die lwoo of pro verzorgen, naar rato van "
        "het aantal aangewezen of toelaatbaar verklaarde leerlingen.",
        "De rebound, het OPDC en de onderwijs-zorgplekken worden centraal bekostigd; scholen betalen geen "
        "eigen bijdrage.",
        "Het bestuur stelt de bedragen jaarlijks in december vast bij de begroting."]),
    H2("7.2 Waar het geld naartoe gaat"),
    T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"],
       ["Baten zware ondersteuning (na vso-afdracht)", "5.910", "5.850", "5.790", "5.730", "5.690"],
       ["Baten lichte ondersteuning (lwoo, pro)", "6.220", "6.150", "6.080", "6.020", "5.960"],
       ["Lwoo en pro naar scholen", "6.220", "6.150", "6.080", "6.020", "5.960"],
       ["Ondersteuningsbudget en vaste voet scholen", "1.364", "1.352", "1.340", "1.330", "1.320"],
       ["Rebound en OPDC", "2.480", "2.500", "2.520", "2.540", "2.560"],
       ["Onderwijs-zorgplekken", "610", "640", "660", "660", "660"],
       ["Terugkeerbudgetten", "60", "75", "90", "90", "90"],
       ["Bureau, trajectbegeleiding, commissie", "1.190", "1.210", "1.230", "1.250", "1.270"],
       ["Saldo", "206", "73", "-50", "-140", "-220"]]),
    P("Het weerstandsvermogen bedroeg eind 2024 8,1%; het bestuur hanteert een bandbreedte van 5 tot 10%. "
      "De scholen verantwoorden de besteding van hun ondersteuningsbudget jaarlijks in hun bestuursverslag en "
      "in een korte rapportage aan het samenwerkingsverband."),
    H1("Hoofdstuk 8 | Monitoring en resultaten"),
    P("Zuidoever volgt de ontwikkelingen met de Monitor Passend Onderwijs Zuidoever. Ieder kwartaal verzamelt "
      "het bureau gegevens over aanvragen, plaatsingen, doorlooptijden, thuiszitters en terugplaatsingen. "
      "Tweemaal per jaar bespreken het bestuur en de ondersteuningsplanraad de monitor. Eenmaal per jaar "
      "rapporteren we in het jaarverslag over de bereikte resultaten, met een toelichting per voorziening en "
      "de bijbehorende kosten. Scholen ontvangen hun eigen gegevens, afgezet tegen het gemiddelde."),
    P("Bereikte resultaten in de vorige planperiode:"),
    T([["Gegeven", "2021-2022", "2022-2023", "2023-2024"],
       ["Afgegeven tlv's vso", "98", "91", "87"],
       ["Gemiddelde doorlooptijd tlv-aanvraag (weken)", "7,5", "6,1", "5,4"],
       ["Jongeren in de rebound", "64", "71", "69"],
       ["Teruggeplaatst uit het vso naar regulier vo", "6", "9", "8"],
       ["Thuiszitters langer dan 3 maanden (1 oktober)", "17", "14", "12"]]),
    P("De beoogde resultaten voor de planperiode 2025-2029 stellen we vast in het jaarplan 2025-2026, nadat in "
      "het najaar van 2025 een nieuwe nulmeting is uitgevoerd met de vernieuwde monitor."),
    H1("Hoofdstuk 9 | Ouders en leerlingen"),
    H2("9.1 Onafhankelijk advies"),
    P("Soms lopen gesprekken tussen ouders, jongere en school vast, of weten ouders niet goed welke stap zij "
      "kunnen zetten. Ouders en jongeren kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Zuidoever. Het "
      "steunpunt is onafhankelijk van scholen en samenwerkingsverband, wordt uitgevoerd door een stichting "
      "voor cliëntondersteuning en biedt advies, een luisterend oor en bemiddeling. Het steunpunt is op "
      "werkdagen telefonisch bereikbaar en houdt iedere woensdagmiddag spreekuur in het gemeentehuis van "
      "Stroomwijk. Ouders kunnen ook kosteloos de Onderwijsconsulenten inschakelen. Bij een geschil over "
      "toelating, verwijdering of het ontwikkelingsperspectief kunnen zij naar de Geschillencommissie passend "
      "onderwijs."),
    H2("9.2 Informatie"),
    P("Het samenwerkingsverband herziet in 2025-2026 zijn informatievoorziening aan ouders. Een nieuwe "
      "ouderwebsite en een ouderbrochure zijn in voorbereiding en volgen in het voorjaar van 2026."),
    H2("9.3 Stem van ouders en jongeren"),
    P("Ouders en jongeren zijn vertegenwoordigd in de ondersteuningsplanraad: drie ouders, één leerling en "
      "vier personeelsleden. Het jongerenpanel van twaalf leerlingen adviseert de directeur-bestuurder. "
      "Jongeren hebben hoorrecht bij hun ontwikkelingsperspectiefplan."),
    H1("Hoofdstuk 10 | Gemeenten en jeugdhulp"),
    P("Het OOGO met de gemeenten Havelte-Zuid, Oeverbroek en Stroomwijk vond plaats op 27 maart 2025. "
      "Gemeenten en samenwerkingsverband hebben een gezamenlijke agenda vastgesteld met vier thema's: "
      "thuiszitters, onderwijs-zorgarrangementen, de overgang naar mbo en arbeid, en leerlingenvervoer. Iedere "
      "school heeft een schoolmaatschappelijk werker, bekostigd door de gemeente. De Zorgcampus Havelte-Zuid "
      "is een gezamenlijke voorziening van een vso-school en een jeugdhulpaanbieder, waarvoor de gemeenten de "
      "zorgkosten dragen."),
    P("Met het samenwerkingsverband PO is afgesproken dat de overstap van leerlingen met een "
      "ondersteuningsbehoefte vanaf groep 7 wordt voorbereid, met een warme overdracht tussen de intern "
      "begeleider en de ondersteuningscoördinator."),
    H1("Hoofdstuk 11 | Organisatie"),
    P("Zuidoever is een stichting met een bestuur van zes bestuurders van de aangesloten schoolbesturen en een "
      "onafhankelijke voorzitter. De directeur-bestuurder heeft de dagelijkse leiding. Het bestuur heeft een "
      "auditcommissie en een commissie kwaliteit. Het bureau telt 13 medewerkers, onder wie vier "
      "trajectbegeleiders, drie orthopedagogen en een secretaris van de Commissie Toelaatbaarheid."),
    P("De ondersteuningsplanraad vergadert vijf keer per jaar. Zij heeft instemmingsrecht op het "
      "ondersteuningsplan en adviesrecht op de begroting."),
    H1("Hoofdstuk 12 | Vaststelling en planning"),
    P("Het concept van dit plan is besproken in het OOGO op 27 maart 2025 en met het samenwerkingsverband PO "
      "op 25 maart 2025. De ondersteuningsplanraad stemde in op 2 april 2025. Het bestuur stelde het plan vast "
      "op 10 april 2025. Het plan is voor 1 mei 2025 aan de inspectie gezonden."),
    T([["Schooljaar", "Belangrijkste acties"],
       ["2025-2026", "Protocol 'Terug naar regulier'; nulmeting en beoogde resultaten; nieuwe ouderwebsite"],
       ["2026-2027", "Invoering landelijke norm basisondersteuning; evaluatie rebound"],
       ["2027-2028", "Tussenevaluatie; herijking verdeelmodel"],
       ["2028-2029", "Evaluatie en voorbereiding nieuw plan"]]),
    H1("Begrippen"),
    GLOSS([("Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat iedere school biedt, zoals preventieve en licht curatieve interventies, een ondersteuningsstructuur en planmatig werken."),
           ("Beoogde resultaten", "De doelen die het samenwerkingsverband voor jongeren met een ondersteuningsbehoefte wil bereiken."),
           ("Lwoo", "Leerwegondersteunend onderwijs."),
           ("OJSP", "Ouder- en jeugdsteunpunt."),
           ("OPDC", "Orthopedagogisch-didactisch centrum."),
           ("Ouderbrochure", "Brochure met informatie over de ondersteuning in de regio."),
           ("Pro", "Praktijkonderwijs."),
           ("Rebound", "Tijdelijke opvang voor jongeren die vastlopen op gedrag."),
           ("Terugplaatsing", "Overstap van een jongere uit het vso naar het reguliere vo, waarbij de vso-school het initiatief neemt in het laatste jaar van de tlv."),
           ("Vso", "Voortgezet speciaal onderwijs.")]),
]

_D_EXTRA_1 = [
    H2("1.1 Missie en visie"),
    P("Zuidoever is er om de scholen in staat te stellen iedere jongere passend onderwijs te bieden. Wij "
      "geloven dat jongeren zich het best ontwikkelen in een omgeving waarin zij zich veilig voelen, waarin "
      "volwassenen hen kennen en waarin zij zelf mogen meepraten over wat zij nodig hebben. Passend onderwijs "
      "is geen apart systeem naast het gewone onderwijs; het is de manier waarop goed onderwijs rekening houdt "
      "met verschillen."),
    P("De school is verantwoordelijk voor het onderwijs en de ondersteuning aan haar leerlingen. Het "
      "samenwerkingsverband ondersteunt, verbindt en zorgt voor voorzieningen die een school alleen niet kan "
      "organiseren. We werken vanuit vier waarden: nabijheid (ondersteuning zo dicht mogelijk bij de jongere), "
      "eenvoud (zo min mogelijk formulieren en regels), samenwerking (met ouders, jongeren, gemeenten en "
      "zorg) en eigenaarschap (wie het probleem signaleert, zorgt dat het wordt opgepakt)."),
    H2("1.2 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de regio in cijfers. Hoofdstuk 3 gaat over de ondersteuning die scholen zelf "
      "bieden. Hoofdstuk 4 beschrijft het aanbod van voorzieningen en de manier waarop we zorgen dat iedere "
      "jongere een plek heeft. In hoofdstuk 5 staat hoe jongeren toelaatbaar worden verklaard tot het vso en "
      "het praktijkonderwijs en hoe lwoo wordt aangewezen. Hoofdstuk 6 gaat over terugplaatsing. Hoofdstuk 7 "
      "beschrijft de financiën. Hoofdstuk 8 gaat over monitoring. Hoofdstuk 9 gaat over ouders en jongeren. De "
      "laatste hoofdstukken gaan over samenwerking, organisatie en planning."),
    H2("1.3 Terugblik"),
    P("De evaluatie van het vorige ondersteuningsplan is in het najaar van 2024 uitgevoerd door een werkgroep "
      "van ondersteuningscoördinatoren, met interviews met 34 betrokkenen. De werkgroep concludeerde dat de "
      "rebound en het OPDC goed functioneren en door scholen worden gewaardeerd, dat de doorlooptijd van "
      "aanvragen is verkort en dat de samenwerking met de gemeenten is verbeterd. Als verbeterpunten noemde de "
      "werkgroep de grote verschillen tussen scholen, de beperkte terugkeer uit het vso en de "
      "informatievoorziening, die door ouders als versnipperd wordt ervaren."),
]
_D_EXTRA_4 = [
    H2("4.4 Nieuwkomers"),
    P("Jongeren die nieuw zijn in Nederland volgen onderwijs in de internationale schakelklas (ISK) in "
      "Stroomwijk. De ISK is onderdeel van een van de aangesloten scholen. Na gemiddeld anderhalf jaar stromen "
      "de jongeren door naar het reguliere vo, het praktijkonderwijs of het mbo. De gemeente Stroomwijk en het "
      "samenwerkingsverband overleggen twee keer per jaar over de capaciteit van de ISK."),
    H2("4.5 Meer- en hoogbegaafdheid"),
    P("Drie scholen bieden een verrijkingsprogramma voor meer- en hoogbegaafde leerlingen. Het "
      "samenwerkingsverband faciliteert een netwerk van begeleiders hoogbegaafdheid en een jaarlijkse "
      "themadag. Voor hoogbegaafde jongeren die vastlopen, kan een school een beroep doen op de "
      "trajectbegeleiders."),
    H2("4.6 Van school naar werk of mbo"),
    P("Jongeren uit het praktijkonderwijs en het vso stromen vaak uit naar werk, dagbesteding of het mbo. De "
      "scholen werken daarvoor samen met het regionale werkbedrijf en de mbo-instellingen in de regio. Voor "
      "jongeren die dreigen uit te vallen na de overstap naar het mbo, is er een nazorgtraject van een jaar, "
      "uitgevoerd door de school van herkomst. Het samenwerkingsverband is hierin niet de uitvoerder, maar "
      "brengt partijen samen in het regionale netwerk overgang vo-mbo."),
]
_D_EXTRA_11 = [
    H2("11.1 Personeel en professionalisering"),
    P("Het succes van passend onderwijs hangt af van de mensen in de school. Het samenwerkingsverband biedt "
      "een leergang voor ondersteuningscoördinatoren en mentoren en organiseert kennisbijeenkomsten over "
      "thema's als autisme, angst en somberheid, en executieve functies. De scholen zijn zelf "
      "verantwoordelijk voor hun personeelsbeleid; de personeelsgeleding van de ondersteuningsplanraad "
      "bespreekt jaarlijks de gevolgen van dit plan voor de werkdruk. Medewerkers van het bureau hebben een "
      "individueel ontwikkelplan en nemen deel aan intervisie."),
    H2("11.2 Privacy en gegevens"),
    P("Het samenwerkingsverband verwerkt alleen persoonsgegevens die nodig zijn voor de toewijzing van "
      "voorzieningen en voor toelaatbaarheidsverklaringen. De grondslag is de wet; voor bijzondere "
      "persoonsgegevens gelden aanvullende waarborgen. De bewaartermijn is drie jaar na het besluit. Er is "
      "een functionaris gegevensbescherming en een register van verwerkingen. Voor de monitor worden gegevens "
      "gepseudonimiseerd."),
    H2("11.3 ICT"),
    P("Aanvragen worden ingediend via een digitaal dossiersysteem dat scholen, het bureau en de Commissie "
      "Toelaatbaarheid delen. In 2025 wordt gekoppeld met het leerlingadministratiesysteem van de scholen, "
      "zodat gegevens niet dubbel hoeven te worden ingevoerd. Het bureau werkt in een beveiligde "
      "cloudomgeving."),
    H2("11.4 Governance en toezicht"),
    P("Het bestuur houdt toezicht op de directeur-bestuurder op basis van een managementstatuut en een "
      "toezichtkader. De onafhankelijke voorzitter zit de vergaderingen voor. De statuten regelen dat "
      "geschillen tussen de aangesloten besturen worden voorgelegd aan een geschillencommissie. Het bestuur "
      "evalueert jaarlijks zijn eigen functioneren en laat zich eens in de drie jaar extern doorlichten. De "
      "accountant controleert jaarlijks de jaarrekening."),
]
_D_EXTRA_12 = [
    P("Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan en een begroting. Het bestuur stelt "
      "beide vast in december, na advies van de ondersteuningsplanraad over de begroting. Als de landelijke "
      "regelgeving verandert, bijvoorbeeld door de invoering van de landelijke norm basisondersteuning of de "
      "uitwerking van de Wet versterking positie ouders en leerlingen, passen we het plan tussentijds aan. "
      "Wijzigingen worden ter instemming voorgelegd aan de ondersteuningsplanraad en na vaststelling op de "
      "website gepubliceerd."),
]
_i = PLAN_D.index(H1("Hoofdstuk 2 | Zuidoever: de feiten"))
PLAN_D[_i:_i] = _D_EXTRA_1
_i = PLAN_D.index(H1("Hoofdstuk 5 | Toelaatbaarheid: vso, lwoo en pro"))
PLAN_D[_i:_i] = _D_EXTRA_4
_i = PLAN_D.index(H1("Hoofdstuk 12 | Vaststelling en planning"))
PLAN_D[_i:_i] = _D_EXTRA_11
_i = PLAN_D.index(H1("Begrippen"))
PLAN_D[_i:_i] = _D_EXTRA_12

# ============================================================================================
# Plan E — weak concept PO plan (.docx) with reviewer comments and placeholders.
# basisondersteuning partial (level defined, content placeholder); plaatsing missing (placeholder);
# terugstroom missing (p.m.); financien partial (meerjarenbegroting with amounts + reserves, but the
# verdeelmodel is undecided); dekkend-aanbod missing (placeholder); resultaten partial (targets, no
# monitoring); ouders missing (placeholder).
# ============================================================================================
PLAN_E = [
    TITLE(["CONCEPT v0.3 — niet verspreiden",
           "Ondersteuningsplan 2025-2029",
           "Samenwerkingsverband Primair Onderwijs Hunzedal (PO 21-76)",
           "Werkversie voor de stuurgroep OP, 7 februari 2025 — opmerkingen graag vóór 21 februari"]),
    NOTE("[Opmerking AvD: inhoudsopgave wordt automatisch bijgewerkt als alle hoofdstukken er zijn. "
         "Paginanummers kloppen nog niet.]"),
    TOC([(1, "Voorwoord", 3), (1, "1 Inleiding", 4), (1, "2 Onze regio", 5), (1, "3 Visie en ambities", 6),
         (1, "4 Basisondersteuning", 8), (1, "5 Dekkend aanbod en arrangementen", 9),
         (1, "6 Toelaatbaarheid sbo/so", 10), (1, "7 Terugplaatsing en overplaatsing", 11),
         (1, "8 Financiën: verdeling, besteding en meerjarenbegroting", 12), (1, "9 Resultaten en kwaliteitszorg", 14),
         (1, "10 Ouders: informatie en onafhankelijke ondersteuning", 15), (1, "11 Samenwerking gemeenten (OOGO)", 16),
         (1, "12 Organisatie en medezeggenschap", 17), (1, "13 Personeel, ICT en privacy", 18),
         (1, "14 Planning en vaststelling", 19), (1, "Bijlage A Begrippenlijst", 20),
         (1, "Bijlage B Meerjarenbegroting (uitgebreid)", 22), (1, "Bijlage C Stroomschema tlv", 23)]),
    H1("Voorwoord"),
    NOTE("[Voorwoord door voorzitter AB — Henk vragen, max. 1 pagina. Onderstaande tekst is een eerste aanzet.]"),
    P("Voor u ligt het ondersteuningsplan 2025-2029 van het Samenwerkingsverband Primair Onderwijs Hunzedal. "
      "Het is ons derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014. In die "
      "tien jaar is er veel veranderd. Scholen zijn meer gaan samenwerken, de kennis over ondersteuning is "
      "gegroeid en we hebben geleerd wat werkt en wat niet. Tegelijk zien we dat de vraag naar ondersteuning "
      "toeneemt en dat scholen het zwaar hebben door het tekort aan leerkrachten."),
    P("Met dit plan willen we de koers van de afgelopen jaren voortzetten en op onderdelen aanscherpen. We "
      "willen meer doen met minder bureaucratie, scholen meer ruimte geven en tegelijk duidelijker maken wat "
      "we van elkaar mogen verwachten."),
    H1("1 Inleiding"),
    P("Het samenwerkingsverband is wettelijk verplicht om eens in de vier jaar een ondersteuningsplan op te "
      "stellen. Het plan beschrijft hoe we als samenwerkingsverband passend onderwijs organiseren voor de "
      "leerlingen in onze regio. De wet noemt een aantal onderwerpen die in het plan aan bod moeten komen. In "
      "deze conceptversie zijn nog niet alle onderwerpen uitgewerkt; de werkgroepen leveren hun teksten in "
      "de komende weken aan."),
    NOTE("[Opmerking JdV: checken of we alle onderdelen van art. 18a lid 8 WPO hebben — a t/m f in elk geval. "
         "Voorstel: matrix maken wet ↔ hoofdstuk en als bijlage opnemen.]"),
    P("Dit concept wordt besproken in de stuurgroep OP op 21 februari 2025. Daarna volgen de bespreking met de "
      "schoolbesturen, de ondersteuningsplanraad en de gemeenten. Het streven is het plan vóór 1 mei 2025 aan "
      "de inspectie te sturen."),
    H1("2 Onze regio"),
    P("Het samenwerkingsverband omvat de gemeenten Hunzedal, Drouwenerveen en Gasselte-Oost. Er zijn elf "
      "schoolbesturen aangesloten met samen 52 basisscholen, één school voor speciaal basisonderwijs en één "
      "school voor speciaal onderwijs met afdelingen voor cluster 3 en cluster 4. Op 1 oktober 2024 telden de "
      "basisscholen 8.240 leerlingen."),
    T([["", "1-10-2022", "1-10-2023", "1-10-2024"],
       ["Leerlingen basisonderwijs", "8.510", "8.390", "8.240"],
       ["Leerlingen sbo", "171", "176", "182"],
       ["Leerlingen so", "139", "142", "151"],
       ["Deelnamepercentage sbo", "2,01%", "2,10%", "2,21%"],
       ["Deelnamepercentage so", "1,63%", "1,69%", "1,83%"]]),
    NOTE("[Cijfers 2024 nog checken met DUO-bestand — Joost]"),
    P("De regio is overwegend landelijk. Veel scholen zijn klein: 23 scholen hebben minder dan 100 leerlingen. "
      "De afstanden zijn groot; de enige sbo-school en de so-school staan in Hunzedal. Het leerlingenaantal "
      "daalt de komende jaren naar verwachting met 1 à 2 procent per jaar. Dat heeft gevolgen voor de "
      "inkomsten van het samenwerkingsverband en voor de levensvatbaarheid van kleine scholen."),
    P("Het deelnamepercentage aan het speciaal (basis)onderwijs stijgt. Dat is een zorgelijke ontwikkeling, "
      "omdat het betekent dat een groter deel van het budget via DUO wordt afgedragen en er minder overblijft "
      "voor ondersteuning in de basisscholen."),
    H1("3 Visie en ambities"),
    P("Iedere leerling in Hunzedal heeft recht op onderwijs dat past bij zijn of haar mogelijkheden. Wij willen "
      "dat leerlingen zoveel mogelijk naar een school in hun eigen dorp of wijk kunnen gaan, samen met hun "
      "broertjes, zusjes en vriendjes. Daarvoor is nodig dat basisscholen sterk staan in het bieden van "
      "ondersteuning en dat zij kunnen terugvallen op expertise als het moeilijk wordt."),
    P("Wij gaan uit van de kracht van de leerkracht. Een leerkracht die zich gesteund weet door een team, een "
      "intern begeleider en een bestuur, kan veel verschillen in de klas opvangen. Het samenwerkingsverband "
      "investeert daarom in de deskundigheid van leerkrachten en in de samenwerking tussen scholen. We geloven "
      "in het delen van kennis tussen scholen en besturen: wat op de ene school werkt, kan op de andere school "
      "ook werken."),
    P("Onze kernwaarden zijn: dichtbij, samen, eenvoudig en eerlijk. Dichtbij betekent dat ondersteuning zo "
      "dicht mogelijk bij de leerling wordt georganiseerd. Samen betekent dat besturen de verantwoordelijkheid "
      "voor alle leerlingen in de regio delen. Eenvoudig betekent dat we procedures zo kort mogelijk houden. "
      "Eerlijk betekent dat middelen terechtkomen waar ze het hardst nodig zijn."),
    NOTE("[Opmerking MK: visie is nog erg algemeen. Kunnen we de ambities uit de werksessie van november "
         "hier concreter maken? Zie ook hoofdstuk 9.]"),
    H1("4 Basisondersteuning"),
    P("Basisondersteuning is in het samenwerkingsverband Hunzedal het niveau van ondersteuning dat alle 52 "
      "basisscholen, op al hun vestigingen, bieden aan iedere leerling, zonder aanvraag bij het "
      "samenwerkingsverband. Het algemeen bestuur heeft op 12 november 2024 besloten dat dit niveau voor alle "
      "scholen gelijk is en als ondergrens geldt: geen school biedt minder. Scholen die meer bieden, "
      "beschrijven dat in hun schoolondersteuningsprofiel."),
    NOTE("[HIER INVOEGEN: lijst van standaarden basisondersteuning uit de werkgroep basisondersteuning (Ria en "
         "Sandra). Werkgroep komt 17 februari voor het laatst bij elkaar. Ook nog beslissen of we de "
         "indeling van het Referentiekader aanhouden.]"),
    P("De inhoud van de basisondersteuning wordt beschreven in de standaarden die de werkgroep "
      "basisondersteuning opstelt. [p.m.]"),
    H1("5 Dekkend aanbod en arrangementen"),
    NOTE("[Inventarisatie van het aanbod loopt nog — zie Excel-overzicht van Joost op de Teams-omgeving. Tekst "
         "volgt in versie 0.4. Graag ook de witte vlekken en de thuiszitterscijfers van leerplicht meenemen.]"),
    P("Het samenwerkingsverband wil een dekkend aanbod realiseren, zodat voor iedere leerling een passende "
      "plek beschikbaar is. [Tekst volgt.]"),
    H1("6 Toelaatbaarheid sbo/so"),
    NOTE("[Tekst overnemen uit OP 2021-2025, hoofdstuk 5, en aanpassen aan de nieuwe werkwijze van de "
         "Commissie van Toelaatbaarheid (per 1-8-2025). Actie: Marieke, deadline 15 februari. Criteria sbo "
         "nog afstemmen met de CvT; stroomschema komt in bijlage C.]"),
    P("Zie bijlage C voor het stroomschema van de aanvraag van een toelaatbaarheidsverklaring."),
    H1("7 Terugplaatsing en overplaatsing"),
    P("p.m."),
    NOTE("[Opmerking JdV: dit is wettelijk verplicht (lid 8 onder d)! Wie pakt dit op? Evt. afspraken met De "
         "Kompasroos (so) en De Brug (sbo) gebruiken.]"),
    H1("8 Financiën: verdeling, besteding en meerjarenbegroting"),
    H2("8.1 Inkomsten"),
    P("Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. De "
      "afdrachten aan het speciaal onderwijs en de groeibekostiging van het sbo worden door DUO ingehouden op "
      "het budget voor zware ondersteuning. Door de stijging van het deelnamepercentage nemen deze afdrachten "
      "toe."),
    H2("8.2 Verdeling"),
    P("Het algemeen bestuur kiest in juni 2025 tussen twee varianten voor het verdeelmodel: variant A (een "
      "bedrag per leerling) en variant B (een vaste voet per school plus een bedrag per leerling). De "
      "uitwerking van het gekozen model, inclusief de bedragen en de voorwaarden, wordt na het besluit aan dit "
      "hoofdstuk toegevoegd."),
    NOTE("[Opmerking penningmeester: doorrekening varianten A en B volgt van de controller. Let op: OPR moet "
         "hier ook mee instemmen.]"),
    H2("8.3 Meerjarenbegroting"),
    T([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
       ["Baten ondersteuningsbudget (na afdrachten)", "4.860", "4.740", "4.630", "4.520"],
       ["Middelen naar schoolbesturen (verdeelmodel)", "2.900", "2.830", "2.760", "2.700"],
       ["Bovenschoolse voorzieningen", "880", "890", "900", "900"],
       ["Deskundigen en commissie", "610", "620", "630", "640"],
       ["Professionalisering en netwerken", "140", "140", "140", "140"],
       ["Bureau en bestuur", "420", "425", "430", "435"],
       ["Saldo", "-90", "-165", "-230", "-295"]]),
    P("De tekorten worden gedekt uit de algemene reserve, die op 31 december 2024 € 1,4 miljoen bedroeg. Dit "
      "ligt boven de signaleringswaarde van de inspectie; de begrote tekorten brengen de reserve binnen vier "
      "jaar terug naar een verantwoord niveau."),
    NOTE("[Bedragen 2027 en 2028 zijn een eerste raming; definitieve meerjarenbegroting in december.]"),
    H1("9 Resultaten en kwaliteitszorg"),
    P("Voor deze planperiode heeft het samenwerkingsverband de volgende ambities geformuleerd voor leerlingen "
      "die extra ondersteuning nodig hebben:"),
    T([["Ambitie", "Indicator", "Nu (2024)", "Doel 2029"],
       ["Meer leerlingen thuisnabij naar school", "Deelnamepercentage sbo", "2,21%", "1,90%"],
       ["Meer leerlingen thuisnabij naar school", "Deelnamepercentage so", "1,83%", "1,60%"],
       ["Sneller duidelijkheid bij een aanvraag", "Doorlooptijd aanvraag (weken)", "9", "6"],
       ["Scholen tevreden over ondersteuning door SWV", "Tevredenheid scholen (1-10)", "6,8", "7,5"]]),
    NOTE("[Nog uitwerken met de kwaliteitsmedewerker (vacature!): hoe meten we dit, wanneer rapporteren we, "
         "en hoe komt het in het jaarverslag? Evt. dashboard zoals SWV buurregio.]"),
    H1("10 Ouders: informatie en onafhankelijke ondersteuning"),
    NOTE("[Hoofdstuk nog schrijven. Check wettelijke eis lid 8 onder f: hoe ouders worden geïnformeerd over "
         "de ondersteuningsvoorzieningen én over onafhankelijke ondersteuningsmogelijkheden (OJSP!). Wie: "
         "Femke.]"),
    H1("11 Samenwerking gemeenten (OOGO)"),
    P("Het OOGO over dit ondersteuningsplan met de drie gemeenten is gepland op 3 april 2025."),
    NOTE("[Datum bevestigen met de beleidsmedewerker jeugd van Hunzedal. Ook overleg met SWV VO plannen.]"),
    H1("12 Organisatie en medezeggenschap"),
    P("Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de elf "
      "aangesloten schoolbesturen. Het algemeen bestuur stelt het ondersteuningsplan, de begroting en het "
      "jaarverslag vast. De dagelijkse leiding ligt bij een directeur, die verantwoording aflegt aan het "
      "algemeen bestuur. Het intern toezicht wordt uitgeoefend door een toezichtcommissie van drie "
      "onafhankelijke leden."),
    P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert "
      "vier keer per jaar. Het concept wordt op 11 maart 2025 aan de OPR voorgelegd."),
    NOTE("[Opmerking: samenstelling OPR nog invullen, er zijn 2 vacatures.]"),
    H1("13 Personeel, ICT en privacy"),
    P("Het bureau van het samenwerkingsverband bestaat uit een directeur, een beleidsmedewerker, een "
      "controller (0,4 fte), een secretaresse en vier orthopedagogen. De scholen zijn verantwoordelijk voor de "
      "professionalisering van hun personeel; het samenwerkingsverband organiseert jaarlijks een "
      "netwerkaanbod voor intern begeleiders en een studiedag."),
    P("Voor de verwerking van persoonsgegevens houdt het samenwerkingsverband zich aan de AVG. Er is een "
      "privacyreglement dat in 2023 is geactualiseerd. Aanvragen worden digitaal ingediend."),
    NOTE("[ICT-paragraaf aanvullen: nieuw aanvraagsysteem per 2026?]"),
    H1("14 Planning en vaststelling"),
    T([["Datum", "Stap"],
       ["21 februari 2025", "Stuurgroep OP bespreekt concept v0.3"],
       ["4 maart 2025", "Algemeen bestuur: eerste lezing"],
       ["11 maart 2025", "OPR: bespreking concept"],
       ["3 april 2025", "OOGO gemeenten"],
       ["15 april 2025", "OPR: instemming"],
       ["22 april 2025", "Algemeen bestuur: vaststelling"],
       ["vóór 1 mei 2025", "Toezending inspectie"]]),
    H1("Bijlage A Begrippenlijst"),
    GLOSS([("Arrangement", "Extra ondersteuning voor een leerling of groep, boven de basisondersteuning."),
           ("Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."),
           ("CvT", "Commissie van Toelaatbaarheid, die namens het samenwerkingsverband beslist over toelaatbaarheid tot sbo en so."),
           ("Dekkend aanbod", "Een aanbod waarin voor iedere leerling een passende plek is."),
           ("Deskundigenadvies", "Het advies van twee deskundigen bij een aanvraag om een tlv."),
           ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders terechtkunnen voor onafhankelijk advies."),
           ("Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders."),
           ("Terugplaatsing", "Het teruggaan van een leerling van het sbo of so naar de basisschool."),
           ("Thuiszitter", "Leerplichtige leerling die niet naar school gaat."),
           ("Tlv", "Toelaatbaarheidsverklaring.")]),
    H1("Bijlage B Meerjarenbegroting (uitgebreid)"),
    P("[volgt]"),
    H1("Bijlage C Stroomschema tlv"),
    P("[stroomschema invoegen — afbeelding van CvT]"),
]

_E_EXTRA_1 = [
    H2("1.1 Wettelijk kader"),
    P("Artikel 18a van de Wet op het primair onderwijs bepaalt wat het ondersteuningsplan ten minste moet "
      "bevatten. Samengevat gaat het om: de wijze waarop het samenwerkingsverband een samenhangend geheel van "
      "ondersteuningsvoorzieningen realiseert, inclusief de basisondersteuning op alle scholen; de procedure "
      "en criteria voor de verdeling, besteding en toewijzing van de ondersteuningsmiddelen, mede in het licht "
      "van een meerjarenbegroting; de procedure en criteria voor de plaatsing van leerlingen in het speciaal "
      "basisonderwijs en het speciaal onderwijs; de procedure en het beleid voor terugplaatsing of "
      "overplaatsing naar het basisonderwijs; de beoogde en bereikte resultaten en de daaraan gekoppelde "
      "middelen; en de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over "
      "onafhankelijke ondersteuningsmogelijkheden. Daarnaast bevat het plan enkele technische regels over de "
      "overdracht van bekostiging bij groei van het sbo en so."),
    P("Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht overleg "
      "met de gemeenten en overleg met het samenwerkingsverband voortgezet onderwijs. De ondersteuningsplanraad "
      "heeft instemmingsrecht. Het vastgestelde plan moet vóór 1 mei voorafgaand aan de planperiode bij de "
      "inspectie zijn."),
    H2("1.2 Totstandkoming"),
    P("Voor het opstellen van dit plan is in september 2024 een stuurgroep OP ingesteld, bestaande uit twee "
      "bestuurders, drie directeuren, twee intern begeleiders en de directeur van het samenwerkingsverband. De "
      "stuurgroep heeft vijf werkgroepen ingesteld: basisondersteuning, aanbod, toewijzing, financiën en "
      "communicatie. Iedere werkgroep levert een hoofdstuk aan. In november 2024 is een werksessie gehouden met "
      "ruim zestig deelnemers uit scholen, gemeenten en jeugdhulp."),
    NOTE("[Opmerking AvD: werkgroep communicatie is nog niet gestart — trekker gezocht.]"),
    H2("1.3 Leeswijzer"),
    P("Na een schets van de regio (hoofdstuk 2) en onze visie (hoofdstuk 3) beschrijven de hoofdstukken 4 tot "
      "en met 10 de inhoudelijke onderdelen die de wet voorschrijft. De hoofdstukken 11 tot en met 14 gaan over "
      "samenwerking, organisatie en de planning. De bijlagen bevatten een begrippenlijst, de uitgebreide "
      "meerjarenbegroting en het stroomschema voor de toelaatbaarheid."),
]
_E_EXTRA_2 = [
    H2("2.1 Onze schoolbesturen"),
    P("De elf aangesloten schoolbesturen verschillen sterk in omvang. Het grootste bestuur, een openbaar "
      "bestuur met negentien scholen, beslaat bijna veertig procent van de leerlingen. Vier besturen hebben "
      "één school. Er zijn openbare, protestants-christelijke, katholieke en algemeen bijzondere scholen, en "
      "één school op reformatorische grondslag. Daarnaast is de sbo-school onderdeel van het openbare bestuur "
      "en valt de so-school onder een bestuur voor speciaal onderwijs dat ook in andere regio's scholen heeft."),
    P("De besturen werken op verschillende manieren samen. In het noorden van de regio hebben drie besturen "
      "een gezamenlijke invalpool; in het zuiden werken scholen van verschillende besturen samen in "
      "kindcentra. Het samenwerkingsverband stimuleert deze samenwerking, maar treedt niet in de "
      "verantwoordelijkheid van de besturen."),
    H2("2.2 Landelijke ontwikkelingen"),
    P("Dit plan is geschreven in een periode van veel landelijke veranderingen. Het kabinet werkt aan een "
      "landelijke norm voor de basisondersteuning, die naar verwachting vanaf 2027 wettelijk wordt "
      "vastgelegd. De Wet versterking positie ouders en leerlingen verplicht samenwerkingsverbanden om een "
      "ouder- en jeugdsteunpunt in te richten en verplaatst de informatie over de ondersteuning van de school "
      "naar de schoolgids. De Verbeteraanpak passend onderwijs richt zich onder meer op de afbouw van "
      "bovenmatige reserves en op het terugdringen van thuiszitten. Het samenwerkingsverband volgt deze "
      "ontwikkelingen en past het plan aan waar dat nodig is."),
    P("Ook de krapte op de arbeidsmarkt heeft grote invloed. In de regio staan op dit moment ruim twintig "
      "vacatures voor leerkrachten open en is het moeilijk om intern begeleiders te vinden. Dat maakt het "
      "ingewikkelder om de ambities van dit plan te realiseren. We zullen daarom keuzes moeten maken en niet "
      "alles tegelijk kunnen doen."),
]
_E_EXTRA_3 = [
    H2("3.1 Strategische thema's"),
    P("In de werksessie van november 2024 zijn vier strategische thema's benoemd die richting geven aan deze "
      "planperiode: (1) een sterke basis op iedere school; (2) eenvoudige en snelle procedures; (3) "
      "samenwerking met jeugdhulp; en (4) een goede verbinding tussen het regulier en het speciaal onderwijs. "
      "Deze thema's worden in de komende hoofdstukken en in de jaarplannen verder uitgewerkt."),
    P("Bij ieder thema hoort een trekker uit de stuurgroep. De trekkers zorgen ervoor dat de thema's in de "
      "werkgroepen aan bod komen en rapporteren twee keer per jaar aan het algemeen bestuur over de voortgang "
      "van de werkzaamheden."),
    NOTE("[Opmerking MK: thema 3 overlapt met hoofdstuk 11 — samenvoegen?]"),
    H2("3.2 Wat leerkrachten ons vertelden"),
    P("In de werksessie en in een korte enquête onder leerkrachten kwamen een paar duidelijke boodschappen "
      "naar voren. Leerkrachten willen sneller hulp als het vastloopt, minder formulieren invullen en meer "
      "tijd om met collega's te overleggen. Zij waarderen de orthopedagogen van het samenwerkingsverband, maar "
      "vinden dat die te weinig beschikbaar zijn. En zij maken zich zorgen over de groepsgrootte en over de "
      "toename van gedragsproblemen in de onderbouw."),
    P("Deze signalen nemen we serieus. Ze zijn voor een deel terug te zien in de ambities in hoofdstuk 9 en in "
      "de begroting, waarin de inzet van deskundigen licht stijgt."),
]
_E_EXTRA_13 = [
    H2("13.1 Professionalisering"),
    P("Het samenwerkingsverband biedt een professionaliseringsprogramma aan voor leerkrachten, intern "
      "begeleiders en directeuren. Het programma bestaat uit een netwerk voor intern begeleiders dat vijf keer "
      "per jaar bijeenkomt, een jaarlijkse studiedag voor alle medewerkers van de scholen en een aantal "
      "korte cursussen over onderwerpen als gedrag in de klas, executieve functies en het jonge kind. In 2025 "
      "wordt een leergang 'Intern begeleider als spil' gestart in samenwerking met een hogeschool. De "
      "besturen dragen de kosten van vervanging van de deelnemers."),
    H2("13.2 Werkdruk"),
    P("De personeelsgeleding van de ondersteuningsplanraad heeft gevraagd aandacht te besteden aan de "
      "werkdruk. Het samenwerkingsverband neemt zich voor de administratieve lasten van aanvragen te "
      "verminderen, onder meer door één digitaal dossier te gebruiken dat de school ook voor andere doelen "
      "kan inzetten."),
    NOTE("[Opmerking: nagaan of dit strookt met wat in hoofdstuk 6 komt te staan.]"),
    H2("13.3 Communicatie met scholen"),
    P("Het samenwerkingsverband informeert scholen via een maandelijkse digitale nieuwsbrief, via de netwerken "
      "van intern begeleiders en via de bijeenkomsten van directeuren per gemeente. De website bevat een "
      "besloten deel voor scholen met formulieren en handreikingen. In 2025 wordt de website vernieuwd."),
]
_E_EXTRA_12 = [
    H2("12.1 Governance"),
    P("De scheiding tussen bestuur en toezicht is in 2022 ingevoerd. Sindsdien houdt de toezichtcommissie "
      "toezicht op het algemeen bestuur en de directeur. De toezichtcommissie keurt de begroting en het "
      "jaarverslag goed, benoemt de accountant en ziet toe op de naleving van wet- en regelgeving. Het "
      "samenwerkingsverband volgt de Code Goed Bestuur van de PO-Raad. De statuten bevatten een regeling voor "
      "geschillen tussen de aangesloten besturen."),
    P("Het algemeen bestuur vergadert zes keer per jaar. Daarnaast is er een dagelijks bestuur van drie "
      "bestuurders, dat de vergaderingen voorbereidt en de directeur adviseert. De directeur heeft een mandaat "
      "dat is vastgelegd in een managementstatuut."),
]
_i = PLAN_E.index(H1("2 Onze regio"))
PLAN_E[_i:_i] = _E_EXTRA_1
_i = PLAN_E.index(H1("3 Visie en ambities"))
PLAN_E[_i:_i] = _E_EXTRA_2
_i = PLAN_E.index(H1("4 Basisondersteuning"))
PLAN_E[_i:_i] = _E_EXTRA_3
_i = PLAN_E.index(H1("13 Personeel, ICT en privacy"))
PLAN_E[_i:_i] = _E_EXTRA_12
_i = PLAN_E.index(H1("14 Planning en vaststelling"))
PLAN_E[_i:_i] = _E_EXTRA_13

_E_EXTRA_SAM = [
    H1("Samenvatting"),
    NOTE("[Samenvatting schrijven als alle hoofdstukken klaar zijn — max. 2 pagina's, ook geschikt als "
         "losse publieksversie.]"),
    P("Dit ondersteuningsplan beschrijft hoe de elf schoolbesturen in Hunzedal de komende vier jaar samen "
      "passend onderwijs organiseren. Het plan bouwt voort op het vorige plan en legt de nadruk op een "
      "sterke basis, eenvoudige procedures en samenwerking. De belangrijkste keuzes worden in de komende "
      "weken in de werkgroepen gemaakt."),
]
_E_EXTRA_14 = [
    H2("14.1 Jaarcyclus"),
    P("Het ondersteuningsplan wordt ieder jaar vertaald in een jaarplan en een jaarbegroting. Het algemeen "
      "bestuur stelt deze in december vast, na goedkeuring van de begroting door de toezichtcommissie. In het "
      "jaarplan staat welke activiteiten in het komende kalenderjaar worden uitgevoerd, wie daarvoor "
      "verantwoordelijk is en welk budget daarvoor beschikbaar is. Het jaarverslag verschijnt vóór 1 juli."),
    NOTE("[Opmerking controller: schooljaar of kalenderjaar? Begroting is kalenderjaar, OP is schooljaar. "
         "Afstemmen.]"),
    H2("14.2 Risico's"),
    P("De belangrijkste risico's voor de uitvoering van dit plan zijn: de verdere stijging van het "
      "deelnamepercentage aan het speciaal (basis)onderwijs, waardoor de afdrachten toenemen; de daling van "
      "het leerlingenaantal, waardoor de inkomsten dalen; en het personeelstekort, waardoor scholen minder "
      "ruimte hebben voor ondersteuning. Deze risico's worden uitgewerkt in de risicoparagraaf van de "
      "begroting."),
    H2("14.3 Huisvesting en vervoer"),
    P("Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Het samenwerkingsverband heeft "
      "hierin geen formele rol. Wel merken scholen dat de lange reistijden naar de sbo- en so-school in "
      "Hunzedal voor ouders een reden kunnen zijn om niet voor het speciaal onderwijs te kiezen. Dit punt "
      "wordt ingebracht in het OOGO."),
    NOTE("[Opmerking JdV: past dit niet beter in hoofdstuk 11?]"),
    H2("14.4 Publicatie"),
    P("Na vaststelling wordt het ondersteuningsplan gepubliceerd op de website van het samenwerkingsverband. "
      "Daarnaast wordt een publieksversie gemaakt van maximaal vier pagina's. Scholen ontvangen een "
      "digitale versie en een poster voor in de teamkamer."),
]
_i = PLAN_E.index(H1("1 Inleiding"))
PLAN_E[_i:_i] = _E_EXTRA_SAM
_E_EXTRA_12b = [
    H2("12.2 Werkwijze van de ondersteuningsplanraad"),
    P("De ondersteuningsplanraad werkt met een eigen reglement, dat in 2023 is vernieuwd. De leden worden "
      "gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De raad heeft een eigen "
      "budget voor scholing en voor ondersteuning door een externe adviseur. De directeur van het "
      "samenwerkingsverband is op uitnodiging aanwezig bij de vergaderingen. Voor de bespreking van dit plan "
      "heeft de raad een extra vergadering ingepland en is een informele bijeenkomst georganiseerd waarin de "
      "werkgroepen hun keuzes toelichten."),
    NOTE("[Opmerking AvD: OPR vraagt om het concept uiterlijk 3 weken voor de vergadering. Haalbaar?]"),
    H2("12.3 Inspectie"),
    P("De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. In 2023 heeft de inspectie "
      "een vierjaarlijks onderzoek uitgevoerd. Het eindoordeel was voldoende. De inspectie gaf als "
      "aandachtspunten mee dat het samenwerkingsverband scherper kan sturen op de eigen doelen en dat de "
      "verantwoording aan de intern toezichthouder explicieter kan. Deze punten worden meegenomen bij het "
      "uitwerken van dit plan."),
    NOTE("[Check: inspectierapport 2023 als bijlage toevoegen? Of alleen verwijzen?]"),
    H2("12.4 Samenwerking met andere samenwerkingsverbanden"),
    P("Het samenwerkingsverband werkt samen met de andere samenwerkingsverbanden primair onderwijs in de "
      "provincie in een provinciaal netwerk van directeuren. In dat netwerk worden ervaringen uitgewisseld en "
      "wordt gezamenlijk opgetrokken richting provincie en landelijke organisaties. Een gezamenlijke "
      "inkoop van deskundigheid wordt onderzocht. Ook met het samenwerkingsverband voortgezet onderwijs in de "
      "regio is periodiek overleg, in het bijzonder over de overstap van groep 8 naar het voortgezet onderwijs."),
]
_i = PLAN_E.index(H1("13 Personeel, ICT en privacy"))
PLAN_E[_i:_i] = _E_EXTRA_12b

_i = PLAN_E.index(H1("Bijlage A Begrippenlijst"))
PLAN_E[_i:_i] = _E_EXTRA_14

_D_EXTRA_2 = [
    P("In de regio wonen relatief veel gezinnen met een laag inkomen, vooral in de oude wijken van Oeverbroek "
      "en in Stroomwijk-Noord. Het aandeel jongeren dat jeugdhulp ontvangt, ligt boven het landelijk "
      "gemiddelde. Tegelijk is er een hechte gemeenschap, met actieve sportverenigingen en een sterk "
      "verenigingsleven, waar scholen en jeugdhulp bij kunnen aansluiten. De regio heeft één mbo-instelling "
      "met twee locaties; veel jongeren reizen voor hun vervolgopleiding naar de stad."),
    P("De schoolbesturen zijn divers: twee grote besturen met meerdere scholen, drie eenpitters en een bestuur "
      "voor speciaal onderwijs dat ook buiten de regio actief is. De besturen hebben in 2024 een nieuw "
      "samenwerkingsconvenant gesloten, waarin zij afspreken dat zij samen verantwoordelijk zijn voor een "
      "passende plek voor iedere jongere in de regio en elkaar daarop aanspreken."),
]
_D_EXTRA_4b = [
    H2("4.7 Verzuim"),
    P("Verzuim is vaak een eerste signaal. Alle scholen werken met een verzuimprotocol dat met leerplicht is "
      "afgestemd, en met de aanpak van ziekteverzuim met de jeugdarts. Bij zorgwekkend verzuim schakelt de "
      "school binnen twee weken de trajectbegeleider in. Zo voorkomen we zoveel mogelijk dat verzuim uitgroeit "
      "tot thuiszitten."),
    H2("4.8 Samenwerking tussen scholen"),
    P("De scholen in Zuidoever werken samen in drie kringen, ingedeeld naar gemeente. In iedere kring komen "
      "de ondersteuningscoördinatoren maandelijks bij elkaar om jongeren te bespreken die een andere plek "
      "nodig hebben en om expertise te delen. Een school met veel kennis van bijvoorbeeld autisme kan zo een "
      "andere school ondersteunen. De kringen worden voorgezeten door een trajectbegeleider van het "
      "samenwerkingsverband."),
]
_i = PLAN_D.index(H1("Hoofdstuk 3 | Ondersteuning in de school (basis en extra)"))
PLAN_D[_i:_i] = _D_EXTRA_2
_i = PLAN_D.index(H1("Hoofdstuk 5 | Toelaatbaarheid: vso, lwoo en pro"))
PLAN_D[_i:_i] = _D_EXTRA_4b

# ============================================================================================
# Not a plan — schoolgids of a basisschool with a chapter on passend onderwijs (.pdf).
# ============================================================================================
SCHOOLGIDS = [
    TITLE(["Schoolgids 2025-2026", "Openbare basisschool De Wilgenhoek", "Dijkstraat 14, Lingedijk",
           "Onderdeel van Stichting Openbaar Onderwijs Lingedijk — aangesloten bij Samenwerkingsverband "
           "Passend Primair Onderwijs Rivierenhoek"]),
    TOC([(1, "1. Welkom", 2), (1, "2. Onze school", 3), (1, "3. Ons onderwijs", 5),
         (1, "4. Passend onderwijs en ondersteuning", 8), (2, "4.2 Basisondersteuning op De Wilgenhoek", 8),
         (2, "4.5 Speciaal (basis)onderwijs en toelaatbaarheid", 11), (1, "5. Ouders en school", 13),
         (1, "6. Resultaten van ons onderwijs", 15), (1, "7. Praktische zaken", 17), (1, "8. Klachten", 20)]),
    H1("1. Welkom"),
    P("Beste ouders en verzorgers, welkom bij De Wilgenhoek! In deze schoolgids leest u wat u van onze school "
      "mag verwachten en wat wij van u verwachten. De gids is bedoeld voor ouders van leerlingen en voor "
      "ouders die overwegen hun kind bij ons aan te melden. De schoolgids wordt elk jaar geactualiseerd en is "
      "vastgesteld met instemming van de medezeggenschapsraad."),
    P("De Wilgenhoek is een school waar kinderen, ouders en leerkrachten elkaar kennen. Met 214 leerlingen in "
      "negen groepen zijn we groot genoeg voor een breed aanbod en klein genoeg om ieder kind te zien. Wij "
      "nodigen u van harte uit om eens binnen te lopen."),
    P("Namens het team, Anouk Verbeek, directeur"),
    H1("2. Onze school"),
    P("De Wilgenhoek staat aan de rand van het oude centrum van Lingedijk, vlak bij de uiterwaarden. De "
      "school bestaat sinds 1961 en is in 2019 gerenoveerd. Wij zijn een openbare school: iedereen is welkom, "
      "ongeacht achtergrond of geloof. Onze kernwaarden zijn nieuwsgierig, veilig en samen."),
    P("Het team bestaat uit veertien leerkrachten, een intern begeleider, twee onderwijsassistenten, een "
      "vakleerkracht bewegingsonderwijs, een conciërge en de directeur. Op dinsdag en donderdag is een "
      "leerkracht-specialist meer- en hoogbegaafdheid aanwezig."),
    H1("3. Ons onderwijs"),
    P("In de groepen 1 en 2 leren kinderen spelenderwijs, in thema's die aansluiten bij hun belevingswereld. "
      "Vanaf groep 3 werken we met methodes voor lezen, taal, rekenen en spelling, aangevuld met "
      "wereldoriëntatie in projecten. Wij besteden veel aandacht aan lezen: iedere dag begint met twintig "
      "minuten vrij lezen. Engels krijgen de kinderen vanaf groep 1."),
    P("Sociaal-emotionele ontwikkeling krijgt een vaste plek in de week met de lessen van de Vreedzame School. "
      "Twee keer per jaar volgen wij het welbevinden van de kinderen met een vragenlijst. Burgerschap is "
      "verweven in ons onderwijs, onder meer via de leerlingenraad."),
    H1("4. Passend onderwijs en ondersteuning"),
    H2("4.1 Passend onderwijs"),
    P("Sinds 2014 hebben alle scholen zorgplicht: als u uw kind aanmeldt en uw kind extra ondersteuning nodig "
      "heeft, zorgen wij voor een passende plek, op onze school of op een andere school. Onze school is "
      "aangesloten bij het Samenwerkingsverband Passend Primair Onderwijs Rivierenhoek. In het "
      "ondersteuningsplan van het samenwerkingsverband staan de afspraken die de scholen in de regio met "
      "elkaar hebben gemaakt. Dat plan vindt u op de website van het samenwerkingsverband."),
    H2("4.2 Basisondersteuning op De Wilgenhoek"),
    P("Iedere school in Rivierenhoek biedt de basisondersteuning die in het samenwerkingsverband is "
      "afgesproken. Op De Wilgenhoek betekent dat onder meer:"),
    UL(["een intern begeleider (0,6 fte) die leerkrachten ondersteunt en met u meedenkt;",
        "drie keer per jaar een groepsbespreking en twee keer per jaar een leerlingbespreking;",
        "werken volgens het Protocol Leesproblemen en Dyslexie, met extra leesbegeleiding in kleine groepjes;",
        "een aanbod voor meer- en hoogbegaafde kinderen in de groep en in de 'Denkgroep' op dinsdag;",
        "een ondersteuningsteam met de consulent van het samenwerkingsverband en de jeugdprofessional, "
        "waarin u als ouder altijd aanwezig bent."]),
    P("In ons schoolondersteuningsprofiel beschrijven we uitgebreider welke ondersteuning wij bieden en waar "
      "onze grenzen liggen. Het profiel staat op onze website."),
    H2("4.3 Extra ondersteuning"),
    P("Als uw kind meer nodig heeft dan de basisondersteuning, bespreken wij dat eerst met u. Samen met de "
      "intern begeleider kijken we wat uw kind nodig heeft. Soms is dat een arrangement, bijvoorbeeld extra "
      "begeleiding door een onderwijsassistent of ambulante begeleiding vanuit het speciaal onderwijs. Voor "
      "kinderen die op een onderdeel een eigen leerlijn volgen, stellen wij een ontwikkelingsperspectief op, "
      "dat wij met u bespreken en waarover uw kind ook zelf zijn mening mag geven."),
    H2("4.4 Bovenschoolse voorzieningen"),
    P("Soms kan een kind tijdelijk beter terecht in een bovenschoolse voorziening van het "
      "samenwerkingsverband, zoals de observatiegroep De Overstap of de plusklas De Uitdaging. De aanvraag "
      "daarvoor doen wij, in overleg met u, bij de commissie van het samenwerkingsverband."),
    H2("4.5 Speciaal (basis)onderwijs en toelaatbaarheid"),
    P("Als wij samen met u concluderen dat uw kind op een school voor speciaal basisonderwijs of speciaal "
      "onderwijs beter op zijn plek is, vraagt ons schoolbestuur een toelaatbaarheidsverklaring (tlv) aan bij "
      "het samenwerkingsverband. U wordt daarbij betrokken en kunt uw zienswijze geven. Het "
      "samenwerkingsverband beslist, na advies van twee deskundigen. Bent u het niet eens met het besluit, "
      "dan kunt u bezwaar maken bij het samenwerkingsverband."),
    P("Kinderen die op het sbo of so zitten, kunnen later weer terugkomen naar een basisschool. Wij werken "
      "daar graag aan mee. De terugplaatsing wordt geregeld door de speciale school en het "
      "samenwerkingsverband."),
    H2("4.6 Als u vragen heeft"),
    P("Heeft u vragen over de ondersteuning van uw kind, neem dan eerst contact op met de leerkracht of de "
      "intern begeleider. U kunt ook terecht bij de ouderpagina van het samenwerkingsverband. Komt u er met "
      "school niet uit, dan kunt u onafhankelijk advies vragen bij het Ouder- en Jeugdsteunpunt Rivierenhoek "
      "of bij de Onderwijsconsulenten."),
    H1("5. Ouders en school"),
    P("Wij zien ouders als partners. U kent uw kind het best; wij zien uw kind op school. Door samen te werken "
      "halen we het beste uit uw kind. Aan het begin van het schooljaar voeren we met alle ouders een "
      "startgesprek. Daarnaast zijn er twee keer per jaar tien-minutengesprekken en kunt u altijd een afspraak "
      "maken."),
    P("U wordt op de hoogte gehouden via de schoolapp, waarin de leerkrachten foto's en berichten plaatsen, "
      "en via de maandelijkse nieuwsbrief. De medezeggenschapsraad bestaat uit drie ouders en drie "
      "leerkrachten; de ouderraad organiseert activiteiten zoals het sinterklaasfeest en de sportdag."),
    P("De ouderbijdrage is vrijwillig en bedraagt € 45 per kind per jaar. Ieder kind kan meedoen aan alle "
      "activiteiten, ook als de bijdrage niet is betaald. Voor het schoolreisje vragen we een aparte bijdrage "
      "van € 30."),
    H1("6. Resultaten van ons onderwijs"),
    P("Wij volgen de ontwikkeling van ieder kind met toetsen van ons leerlingvolgsysteem. De resultaten "
      "bespreken we in het team en gebruiken we om ons onderwijs te verbeteren. Aan het einde van groep 8 "
      "maken de leerlingen de doorstroomtoets. In 2025 lag ons gemiddelde op 'boven de signaleringswaarde' "
      "voor alle drie de domeinen."),
    T([["Uitstroom naar vo (2024-2025)", "Aantal leerlingen"],
       ["Praktijkonderwijs", "1"], ["Vmbo basis/kader (met lwoo)", "4"], ["Vmbo gemengd/theoretisch", "7"],
       ["Havo", "6"], ["Vwo", "5"]]),
    P("Onze ambitie voor de komende jaren is dat ten minste 65% van de leerlingen het streefniveau 1S voor "
      "lezen behaalt. In 2025 was dat 58%."),
    H1("7. Praktische zaken"),
    P("Schooltijden: maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.30 uur; woensdag van 8.30 tot "
      "12.30 uur. De deuren gaan open om 8.20 uur. Kinderen lunchen in de klas met de leerkracht."),
    P("Vakanties 2025-2026: herfstvakantie 20 t/m 24 oktober 2025; kerstvakantie 22 december 2025 t/m "
      "2 januari 2026; voorjaarsvakantie 16 t/m 20 februari 2026; meivakantie 27 april t/m 8 mei 2026; "
      "zomervakantie 13 juli t/m 21 augustus 2026. Daarnaast zijn er vijf studiedagen, die u in de "
      "jaarkalender vindt."),
    P("Ziekmelden doet u vóór 8.15 uur via de schoolapp. Verlof buiten de schoolvakanties vraagt u minimaal "
      "acht weken vooraf aan bij de directeur; de leerplichtwet is daarover streng."),
    P("Tussenschoolse opvang is niet nodig door ons continurooster. Voor- en naschoolse opvang wordt verzorgd "
      "door kinderopvang De Vlinder, die in ons gebouw is gevestigd."),
    P("Gymnastiek: de groepen 3 tot en met 8 gymmen twee keer per week in sporthal De Dijk. De kinderen nemen "
      "gymkleding en gymschoenen mee. De kleuters bewegen dagelijks in het speellokaal."),
    H1("8. Klachten"),
    P("Waar gewerkt wordt, gaat wel eens iets mis. Bespreek een klacht eerst met de leerkracht, daarna met de "
      "directeur. Komt u er samen niet uit, dan kunt u contact opnemen met de interne contactpersoon of de "
      "externe vertrouwenspersoon van ons bestuur. U kunt een klacht ook indienen bij de Landelijke "
      "Klachtencommissie Onderwijs. Bij een geschil over toelating, verwijdering of het "
      "ontwikkelingsperspectief kunt u terecht bij de Geschillencommissie passend onderwijs."),
]


# ============================================================================================
# labels and main
# ============================================================================================
DOCS = [
    # name, renderer, blocks, header, footer, sector, false criteria, advisory, notes
    ("po-rivierenhoek-op-2025-2029", "docx", "PLAN_A",
     "Ondersteuningsplan 2025-2029 | SWV Passend Primair Onderwijs Rivierenhoek",
     "Definitief — vastgesteld 24 maart 2025", "po", [],
     {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
      "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
      "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
     {"basisondersteuning": "Ch. 4.1: agreed minimum for all 66 schools (Standaard vastgesteld 9-12-2024); content only in the 8-row table; borging in 4.2 (zelfevaluatie, audit, verbeterplan).",
      "plaatsing": "Ch. 6.2-6.6: numbered procedure via CAT with 6-week term, criteria for sbo and so cluster 3/4, two deskundigen, duration + bekostigingscategorie, bezwaar via LBT.",
      "terugstroom": "Hidden inside the TLV chapter, 6.8 'Na de tlv: de weg terug': policy (thuisnabij, overstap), procedure (yearly OPP question, overleg before 1 March in last TLV year, who decides), terugkeerarrangement; figures 14+3.",
      "financien": "Under 'Geld en middelen' (ch. 7): verdeling rules (EUR 172/leerling, vaste voet, arrangement tariffs, AB decides in November), meerjarenbegroting table 2025-2029, reserves, verantwoording before 1 May.",
      "dekkend-aanbod": "Ch. 5: five-level continuum table; 5.4 thuiszittersoverleg, doorzettingsmacht, yearly gap analysis with three witte vlekken and dated actions; OZA with gemeenten.",
      "resultaten": "Ch. 8 'Wat willen we bereiken en hoe weten we dat?': targets table with nulmeting and streefwaarde 2029; dashboard per kwartaal, jaarverslag, tussenevaluatie 2027; terugblik figures.",
      "ouders": "Found under 'Communicatie en samenspraak' (ch. 9): website, schoolgids/SOP, brochure in 5 languages, info evenings; Ouder- en Jeugdsteunpunt Rivierenhoek, Onderwijsconsulenten, GPO."}),
    ("vo-kempenduin-op-2025-2029", "pdf", "PLAN_B",
     "SWV VO Kempenduin — Ondersteuningsplan 2025-2029", "VO 31-12 | definitief", "vo", [],
     {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
      "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
      "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
     {"basisondersteuning": "B.1: 'Kwaliteitskaart Basisondersteuning' is the common floor for every vestiging; content only in the themes table; borging via kwaliteitsdialoog and verbeterafspraak.",
      "plaatsing": "D.1-D.2: vso TLV procedure (loket, Toewijzingscommissie, 5 weeks), three criteria + cluster 3, two separate deskundigen, duration 2 years, categorie, bezwaar via LBT; lwoo/pro procedure with national criteria and dates.",
      "terugstroom": "Inside D.3 'Het OPDC en de weg terug', worded as 'terugkeer'/'overstap naar het reguliere vo': yearly OPP check, January meeting in last TLV year, trajectbegeleider, new TLV before 1 April, terugkeerarrangement EUR 4.200, conditions; 19 returns.",
      "financien": "Deel E 'Bekostiging en allocatie': allocation keys table (EUR 118 per leerling, lwoo/pro passthrough, tariffs), meerjarenbegroting 2025-2028, reserve EUR 3,4 mln, bestedingsrapportage.",
      "dekkend-aanbod": "C.1 four-layer table (OPDC, rebound, ISK, OZA, vso, pro); C.2 'Niemand buiten de boot': tafel van de twijfel, aanbodscan with two gaps and dated actions.",
      "resultaten": "Under F.1 'Ambities en meetpunten' (inside kwaliteitszorg): table with nulmeting and streefwaarde 2029; F.2 yearly cycle, monitor, jaarverslag with costs.",
      "ouders": "Deel G 'Communicatie': site 'Wegwijs in Kempenduin', schoolgids paragraph, voorlichtingsavond (G.1); G.2 'Als het schuurt': OJSP, Onderwijsconsulenten, GPO, klachtenregeling."}),
    ("po-brede-stroom-op-2025-2029", "pdf", "PLAN_C",
     "Ondersteuningsplan 2025-2029 — basisondersteuning · toelaatbaarheid · financiën · resultaten · ouders",
     "SWV De Brede Stroom (PO 28-17) — versie 1.2", "po",
     ["plaatsing.criteria", "financien.verdeling", "financien.besteding", "dekkend-aanbod.lacunes",
      "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
     {"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
      "ouders": ["betrokkenheid"]},
     {"basisondersteuning": "Ch. 5: same level for all schools/vestigingen as ondergrens; concrete content only in the 'Domein / Afspraak' table.",
      "plaatsing": "Ch. 7.2 gives the procedure (steps, CvT, 6 weeks) and 7.4 duration/categorie, but 7.3 'Criteria' only says 'integraal en op maat' and defers a criteriakader to 2025-2026. No bezwaar route.",
      "terugstroom": "Present but only inside the TLV chapter, 7.5 'Afloop van de tlv': policy, yearly OPP evaluation, meeting 6 months before end of TLV, decision by director of special school with receiving school, arrangement + ambulante begeleiding.",
      "financien": "Ch. 8 only refers to separate documents (bijlage 4 and 5, not included) and defers a new allocatiemodel ('najaar 2025', 'huidige werkwijze blijft van kracht'); header and TOC mention financiën; glossary defines verdeelmodel/meerjarenbegroting.",
      "dekkend-aanbod": "Ch. 6.2 continuum table and 6.5-6.10 provisions are addressed; gaps/thuiszitters are deferred (6.4 'In de loop van het schooljaar 2025-2026 stellen we ... vast'), 6.3 zorgplicht is a one-line mention. OZA and wijkteam cooperation (6.10, ch. 11) = ketenpartners.",
      "resultaten": "Ch. 9 defers the kwaliteitskader 'inclusief de doelen en indicatoren'; no intended or achieved results anywhere. Visie themes, activity-progress talk in the jaarplan paragraph and the 'Beoogde resultaten' glossary entry do not count.",
      "ouders": "Ch. 10 lists information channels (website ouderpagina, schoolgids/SOP, folder 'Samen op weg', yearly meeting); independent help only 'onderzoekt ... hoe een ouder- en jeugdsteunpunt vorm kan krijgen' (deferral); Onderwijsconsulent/OJSP only in the begrippenlijst."}),
    ("vo-zuidoever-op-2025-2029", "html", "PLAN_D",
     "SWV VO Zuidoever | Ondersteuningsplan 2025-2029 (webversie)",
     "© Samenwerkingsverband VO Zuidoever — deze webversie is gelijk aan de vastgestelde PDF", "vo",
     ["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure",
      "resultaten.doelen", "ouders.informatie"],
     {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
      "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
      "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
     {"basisondersteuning": "Ch. 3 heading says '(basis en extra)' but the text states there is no agreed level or content yet and defers to the landelijke norm (2026-2027); only extra ondersteuning is described. The definition exists only in the 'Begrippen' list.",
      "plaatsing": "Ch. 5: vso TLV procedure (Commissie Toelaatbaarheid, 6 weeks, two deskundigen), criteria, duration 1-3 years, categorie, bezwaar via LBT; lwoo and pro procedure with national criteria.",
      "terugstroom": "Ch. 6 gives policy (aim, conditions, terugkeerbudget EUR 3.000 for 6 months) but the procedure (initiative, moments, decision) is deferred to protocol 'Terug naar regulier' to be written in 2025-2026; the procedural sentence in the Begrippen entry does not count. Return figures in ch. 8 table.",
      "financien": "Ch. 7 'Geld en middelen': verdeelmodel (EUR 135 per leerling + vaste voet EUR 25.000, lwoo/pro passthrough, central funding), meerjarenbegroting 2025-2029 table, weerstandsvermogen, verantwoording.",
      "dekkend-aanbod": "Ch. 4: layered table (rebound, OPDC, OZA, pro, vso), plaatsingsoverleg/zorgplicht, Thuiszitterspact with escalation and half-yearly gap analysis.",
      "resultaten": "Ch. 8: monitoring (quarterly monitor, jaarverslag) and achieved figures table are present, but intended results are deferred to the jaarplan 2025-2026 after a new nulmeting.",
      "ouders": "Ch. 9.1: OJSP Zuidoever, Onderwijsconsulenten, GPO (steunpunt); 9.2 'Informatie' only says a new ouderwebsite and brochure are in voorbereiding (spring 2026); 'Ouderbrochure' only in Begrippen."}),
    ("po-hunzedal-concept-op-v03", "docx", "PLAN_E",
     "CONCEPT — Ondersteuningsplan SWV PO Hunzedal 2025-2029 — v0.3", "Werkversie stuurgroep OP — niet verspreiden",
     "po",
     ["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
      "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
      "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"],
     {"financien": ["reserves"], "resultaten": ["meetbaar"]},
     {"basisondersteuning": "Ch. 4 defines the level (same floor for all 52 schools, AB decision 12-11-2024) but the standards are a highlighted placeholder ('HIER INVOEGEN') and '[p.m.]'.",
      "plaatsing": "Ch. 6 is only a reviewer note ('tekst overnemen uit OP 2021-2025') and a reference to bijlage C, whose body is '[stroomschema invoegen]'; CvT/deskundigenadvies only in the begrippenlijst; ch. 1.1 merely paraphrases the law.",
      "terugstroom": "Ch. 7 is 'p.m.' plus a comment; terugplaatsing only in TOC, glossary and the legal summary in 1.1.",
      "financien": "Ch. 8.3 meerjarenbegroting table with amounts and reserve EUR 1,4 mln (besteding, reserves), but 8.2 says the AB will choose between two verdeelmodel variants in June 2025 and the rules follow later.",
      "dekkend-aanbod": "Ch. 5 is a placeholder ('Tekst volgt', inventarisatie loopt); no continuum or gap approach anywhere; OOGO only a planned date.",
      "resultaten": "Ch. 9 ambitions table with indicators and 2029 targets (doelen), but how it is measured/reported is a highlighted 'Nog uitwerken' note; progress reporting on activities (3.1) is not result monitoring.",
      "ouders": "Ch. 10 is only a reviewer note listing what must be written; OJSP/Onderwijsconsulenten only in the begrippenlijst and the national-developments paragraph (2.2)."}),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    g = globals()
    for name, fmt, var, header, footer, sector, false, adv, notes in DOCS:
        blocks = g[var]
        fn = name + "." + fmt
        path = os.path.join(OUT, fn)
        if fmt == "docx":
            render_docx(blocks, path, header, footer)
        elif fmt == "pdf":
            render_pdf(blocks, path, header, footer)
        elif fmt == "html":
            render_html(blocks, path, blocks[0][1][0], header, footer)
        criteria = crit(false)
        write_label(name, [fn], sector, True, status(criteria, adv), criteria, adv, notes)
        print("wrote", fn)
    # near miss
    fn = "schoolgids-wilgenhoek-2025-2026.pdf"
    render_pdf(SCHOOLGIDS, os.path.join(OUT, fn), "Schoolgids OBS De Wilgenhoek 2025-2026", "www.dewilgenhoek.example")
    write_label("schoolgids-wilgenhoek-2025-2026", [fn], "po", False, {}, {}, {},
                {"document": "Schoolgids of a single basisschool (schooltijden, vakanties, ouderbijdrage, uitstroom); its "
                             "chapter 4 on passend onderwijs mentions basisondersteuning, tlv, terugplaatsing, OJSP and "
                             "Onderwijsconsulenten, but it describes one school, refers to the SWV's plan and has no "
                             "SWV markers (no OPR, OOGO, planperiode, verdeling of middelen)."})
    print("wrote", fn)


if __name__ == "__main__":
    sys.exit(main())
