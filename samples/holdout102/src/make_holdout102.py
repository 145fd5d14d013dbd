#!/usr/bin/env python3
"""Generate the holdout102 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document
(a school-level 'ondersteuningsplan' of a single basisschool), with labels.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a generated .docx with LibreOffice (soffice --headless).

Mini markup used for the document texts below (one paragraph per line):
  @title / @sub / @meta   lines on the title page
  @header                 running header text (docx)
  @toc                    following '~ ' lines form the table of contents
  # / ## / ###            headings
  - item                  bullet
  | a | b |               table row (first row of a block = header row)
  anything else           body paragraph
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- parsing
def parse(text):
    meta = {"title": [], "sub": [], "meta": [], "header": ""}
    blocks = []
    table = None
    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line:
            continue
        if line.startswith("@title "):
            meta["title"].append(line[7:])
        elif line.startswith("@sub "):
            meta["sub"].append(line[5:])
        elif line.startswith("@meta "):
            meta["meta"].append(line[6:])
        elif line.startswith("@header "):
            meta["header"] = line[8:]
        elif line == "@toc":
            blocks.append(("tochead", "Inhoudsopgave"))
        elif line.startswith("~ "):
            blocks.append(("toc", line[2:]))
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        else:
            blocks.append(("p", line))
    return meta, blocks


# ---------------------------------------------------------------- renderers
def render_docx(text, path):
    meta, blocks = parse(text)
    d = docx.Document()
    d.core_properties.author = "holdout102 generator"
    d.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    d.core_properties.title = " ".join(meta["title"])
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if meta["header"]:
        sec.header.paragraphs[0].text = meta["header"]
        sec.footer.paragraphs[0].text = meta["header"].split("|")[0].strip() + " - versie OPR"
    for t in meta["title"]:
        d.add_paragraph(t, style="Title")
    for s in meta["sub"]:
        d.add_paragraph(s, style="Subtitle")
    for m in meta["meta"]:
        d.add_paragraph(m)
    if meta["title"]:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    prev = None
    for kind, val in blocks:
        if kind == "tochead":
            d.add_paragraph(val, style="Heading 1")
        elif kind == "toc":
            d.add_paragraph(val)
        elif kind == "h1":
            if prev == "toc":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            tb = d.add_table(rows=len(val), cols=ncol)
            tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j in range(ncol):
                    tb.cell(i, j).text = row[j] if j < len(row) else ""
            d.add_paragraph()
        prev = kind
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-identical."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(text, path):
    meta, blocks = parse(text)
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % esc(" ".join(meta["title"])), "</head>", "<body>"]
    if meta["header"]:
        out.append('<header class="site-header"><p>%s</p></header>' % esc(meta["header"]))
    out.append("<main>")
    for t in meta["title"]:
        out.append("<h1 class=\"doc-title\">%s</h1>" % esc(t))
    for s in meta["sub"]:
        out.append("<p class=\"subtitle\">%s</p>" % esc(s))
    for m in meta["meta"]:
        out.append("<p class=\"meta\">%s</p>" % esc(m))
    in_list = in_toc = False
    for kind, val in blocks:
        if in_list and kind != "li":
            out.append("</ul>")
            in_list = False
        if in_toc and kind != "toc":
            out.append("</ol></nav>")
            in_toc = False
        if kind == "tochead":
            out.append('<nav class="toc"><h2>%s</h2><ol>' % esc(val))
            in_toc = True
        elif kind == "toc":
            out.append("<li>%s</li>" % esc(val))
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append("<h%d>%s</h%d>" % (lvl, esc(val), lvl))
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % esc(val))
        elif kind == "p":
            out.append("<p>%s</p>" % esc(val))
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    if in_toc:
        out.append("</ol></nav>")
    out.append("</main>")
    if meta["header"]:
        out.append('<footer><p>%s</p></footer>' % esc(meta["header"]))
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(text, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout102_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(text, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- labels
CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def status_of(el, crit, advisory):
    vals = [crit["%s.%s" % (e, c)] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def qs(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit=None, advisory=None, notes=None, plan=True):
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if plan else "false")]
    if not plan:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, qs(v)))
    else:
        advisory = advisory or {}
        missing = [k for e, c in CORE for k in ["%s.%s" % (e, c)] if k not in crit]
        assert not missing, missing
        st = ["%s: %s" % (el, status_of(el, crit, advisory)) for el in ELEMENTS]
        lines.append("elements: {%s}" % ", ".join(st))
        lines.append("criteria:")
        for e, c in CORE:
            k = "%s.%s" % (e, c)
            lines.append("  %s: %s" % (k, "true" if crit[k] else "false"))
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
        lines.append("notes:")
        for el in ELEMENTS:
            if el in notes:
                lines.append("  %s: %s" % (el, qs(notes[el])))
    (OUT / ("%s.expected.yaml" % name)).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ======================================================================
# Plan 1 - PO, docx. SWV PO Lindewaarde.
# terugstroom missing (glossary only + deferral), resultaten partial (goals, no monitoring).
# ======================================================================
P1 = r"""
@title Ondersteuningsplan 2026-2030
@title "Samen dichtbij"
@sub Stichting Samenwerkingsverband Passend Primair Onderwijs Lindewaarde (PO 29-04)
@meta Versie ter instemming voorgelegd aan de ondersteuningsplanraad, maart 2026
@meta Planperiode: 1 augustus 2026 tot en met 31 juli 2030
@header Ondersteuningsplan 2026-2030 | SWV PO Lindewaarde
@toc
~ Voorwoord
~ 1 Ons samenwerkingsverband in het kort
~ 2 Visie en missie: samen dichtbij
~ 3 Wat elke school in Lindewaarde biedt (basisondersteuning)
~ 4 Extra steun en het netwerk van voorzieningen
~ 5 De weg naar het speciaal (basis)onderwijs: toelaatbaarheid en terugplaatsing
~ 6 Geld en middelen
~ 7 Wat we willen bereiken
~ 8 Ouders als partner
~ 9 Samenwerking met gemeenten en jeugdhulp
~ 10 Organisatie, bestuur en medezeggenschap
~ 11 Personeel en professionalisering
~ 12 ICT, gegevens en privacy
~ 13 Totstandkoming en planning
~ Bijlage A Begrippenlijst
# Voorwoord
Voor u ligt het ondersteuningsplan van Samenwerkingsverband Passend Primair Onderwijs Lindewaarde voor de periode 2026-2030. Het is ons derde ondersteuningsplan sinds de invoering van passend onderwijs en het eerste dat we samen met een werkgroep van intern begeleiders, directeuren, ouders en medewerkers van de gemeenten hebben geschreven. Dat is te merken: het plan is korter dan het vorige, het gebruikt minder vaktaal en het probeert steeds dezelfde vraag te beantwoorden: wat merkt een kind, een ouder en een leerkracht hiervan?
In de afgelopen vier jaar is veel bereikt. Tegelijk zijn er zorgen gebleven. Nog steeds zijn er kinderen die te lang op een passende plek moeten wachten, en de druk op leerkrachten is groot. Ook de middelen staan onder druk, nu de rijksbijdrage voor de komende jaren maar beperkt meegroeit. Daarom maken we in dit plan keuzes: we investeren in de kracht van de gewone basisschool, we houden het speciaal onderwijs dichtbij en goed bereikbaar, en we maken onze afspraken zo concreet dat iedereen ons erop kan aanspreken.
Wij danken iedereen die heeft meegedacht: de leden van de ondersteuningsplanraad, de schoolbesturen, de directeuren en intern begeleiders die in het voorjaar van 2025 aan onze dialoogsessies deelnamen, de ouders die onze vragenlijst invulden en de wethouders en beleidsmedewerkers van de vier gemeenten in onze regio.
Marianne de Wit-Overbeek, directeur-bestuurder
# 1 Ons samenwerkingsverband in het kort
Samenwerkingsverband Passend Primair Onderwijs Lindewaarde is een stichting waarin veertien schoolbesturen samenwerken. Het werkgebied omvat de gemeenten Lindewaarde, Hoeveldorp, Sint-Aldegonde en Wezelhoek. In die gemeenten staan 68 basisscholen, twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs van cluster 3 en 4. De scholen verschillen sterk in grootte: de kleinste dorpsschool telt 41 leerlingen, de grootste school in Lindewaarde-Zuid ruim 620.
| Kengetal (teldatum 1 oktober 2025) | Aantal |
| Schoolbesturen | 14 |
| Basisscholen (vestigingen) | 68 |
| Scholen voor speciaal basisonderwijs | 2 |
| Locaties speciaal onderwijs cluster 3 en 4 | 3 |
| Leerlingen basisonderwijs | 15.430 |
| Leerlingen speciaal basisonderwijs | 331 |
| Leerlingen speciaal onderwijs | 252 |
Het aantal leerlingen in de regio daalt licht. Volgens de prognoses van de gemeenten zijn er in 2030 ongeveer vijf procent minder leerlingen dan nu. Dat heeft gevolgen voor de scholen, voor de inzet van personeel en voor onze middelen. In de kleinere kernen staan scholen onder druk, terwijl in de nieuwbouwwijken van Lindewaarde en Hoeveldorp juist nieuwe scholen nodig zijn.
# 2 Visie en missie: samen dichtbij
Ieder kind in onze regio verdient een plek waar het zich kan ontwikkelen, zo dicht mogelijk bij huis en samen met kinderen uit de buurt. Dat is de kern van onze missie. We geloven dat de gewone basisschool voor de meeste kinderen de beste plek is, als de school en de leerkracht daarin goed worden gesteund. Waar een kind meer nodig heeft dan een basisschool kan bieden, moet de overstap naar speciaal basisonderwijs of speciaal onderwijs snel, zorgvuldig en zonder bureaucratie kunnen plaatsvinden.
Onze visie rust op vier waarden. Nabijheid: hulp komt naar het kind toe en niet andersom. Vertrouwen: we gaan ervan uit dat scholen en ouders het beste met kinderen voorhebben, en we vragen niet meer papier dan nodig. Vakmanschap: de leerkracht maakt het verschil, dus investeren we in de deskundigheid van teams. Samen: school, ouders en jeugdhulp werken als één team rond een kind.
Die waarden vertalen we in dit plan naar concrete afspraken. Waar het plan iets belooft, staat erbij wie verantwoordelijk is en wanneer het klaar moet zijn. Het samenwerkingsverband ziet zichzelf daarbij niet als loket dat beslissingen neemt op afstand, maar als een partner die met scholen meedenkt en meebeweegt.
# 3 Wat elke school in Lindewaarde biedt (basisondersteuning)
## 3.1 Eén gezamenlijke ondergrens
De veertien besturen hebben afgesproken welke steun ieder kind op iedere school in ons samenwerkingsverband kan verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Deze afspraken vormen samen de ondergrens: elke vestiging, van de kleinste dorpsschool tot de grootste school in de stad, moet dit niveau halen. Een school mag meer bieden, en veel scholen doen dat ook, maar nooit minder. Het niveau is vastgesteld door het algemeen bestuur op 18 november 2025 en geldt voor de hele planperiode.
De ondergrens is niet bedoeld als papieren standaard. Voor ouders betekent het dat zij bij iedere school in de regio kunnen vragen: hoe geeft u dit vorm? De school beschrijft in haar schoolgids en in haar ondersteuningsprofiel hoe zij aan de afspraken voldoet en wat zij daarbovenop biedt.
## 3.2 Wat ouders en kinderen op iedere school kunnen verwachten
Op iedere school in ons samenwerkingsverband is in elk geval het volgende aanwezig:
- Een intern begeleider met ten minste één dag per week per honderd leerlingen, die leerkrachten ondersteunt en het aanspreekpunt is voor ouders bij zorgen over de ontwikkeling van hun kind.
- Een vaste cyclus van groepsbesprekingen (drie keer per jaar) waarin de leerkracht en de intern begeleider de vorderingen van alle kinderen bespreken en de aanpak in de klas bijstellen.
- Een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, een orthopedagoog van het samenwerkingsverband, de schoolmaatschappelijk werker of jeugdverpleegkundige en, wanneer het over hun kind gaat, de ouders.
- Een werkwijze voor kinderen met lees- en spellingsproblemen en dyslexie volgens het landelijke protocol, inclusief vroegtijdige signalering in groep 2 en 3 en extra leestijd voor kinderen die uitvallen.
- Een werkwijze voor kinderen met ernstige rekenproblemen of dyscalculie volgens het protocol ERWD.
- Een programma voor sociale veiligheid en een aanpak tegen pesten, met een jaarlijkse meting van de veiligheidsbeleving van leerlingen vanaf groep 5.
- Uitdagend werk in de eigen klas voor kinderen die meer aankunnen dan het reguliere aanbod: verrijkingsmateriaal, compacten van de lesstof en een vaste contactpersoon voor meer- en hoogbegaafdheid per school.
- Aanvullende taalondersteuning voor kinderen die Nederlands als tweede taal leren, ook na het eerste jaar in Nederland.
- Een protocol voor medische handelingen en voor kinderen met een chronische ziekte, zodat bijvoorbeeld een kind met diabetes zonder problemen naar de eigen school kan.
- Een korte lijn naar de orthopedagoog van het samenwerkingsverband: een observatie in de klas of een consultatiegesprek vindt plaats binnen vier weken na de vraag van de school.
- Voor kinderen voor wie de school extra inzet afspreekt, een ontwikkelingsperspectief dat samen met de ouders wordt opgesteld en twee keer per jaar met hen wordt besproken.
## 3.3 Hoe we erop toezien dat het gebeurt
Iedere school vult jaarlijks voor 1 december de 'basiskaart' in: een korte zelfevaluatie op de elf punten hierboven. De consulent van het samenwerkingsverband bespreekt de uitkomsten met de directeur en de intern begeleider. Eens per twee jaar bezoekt een klein team van collega-intern begeleiders en een consulent de school voor een collegiale visitatie. Voldoet een school op een of meer punten niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat het samenwerkingsverband volgt tot de afspraak wel wordt gehaald. Het algemeen bestuur krijgt ieder voorjaar een overzicht per school.
# 4 Extra steun en het netwerk van voorzieningen
## 4.1 Van gewone klas tot speciale school
Niet ieder kind redt het met wat elke school biedt. Voor die kinderen hebben we een opbouw in lagen afgesproken, zodat steun zo licht als mogelijk en zo zwaar als nodig is. Elke laag bouwt voort op de vorige, en op de eigen school wordt extra inzet weer afgebouwd zodra het kind die niet meer nodig heeft.
| Laag | Wat het inhoudt | Wie regelt het |
| Op de eigen school, in de klas | De afspraken uit hoofdstuk 3: intern begeleider, groepsbesprekingen, protocollen, ondersteuningsteam | De school |
| Op de eigen school, met een arrangement | Extra handen of expertise voor één kind of een groepje: een onderwijsassistent, ambulante begeleiding van het so, een gedragsspecialist, een aangepaste leeromgeving | De school met het Steunteam van het samenwerkingsverband |
| Bovenschools, tijdelijk | Observatieklas De Brug (8 plaatsen, maximaal 16 weken), plusklas De Uitdaging (1 dag per week voor hoogbegaafde kinderen), taalklas voor nieuwkomers in Hoeveldorp (tot 1 jaar) | Het Steunteam, in overleg met school en ouders |
| Speciaal basisonderwijs | sbo De Wilgen (Lindewaarde) en sbo Het Palet (Wezelhoek) | Toelaatbaarheid via de Commissie Toelaatbaarheid (hoofdstuk 5) |
| Speciaal onderwijs | De Regenboog (cluster 3), Het Baken (cluster 4, twee locaties) | Toelaatbaarheid via de Commissie Toelaatbaarheid (hoofdstuk 5) |
Het Steunteam bestaat uit orthopedagogen, een gedragsspecialist en twee consulenten. Een school kan het Steunteam inschakelen zodra het ondersteuningsteam van de school vaststelt dat een kind meer nodig heeft dan de school zelf kan bieden. Binnen tien schooldagen sluit een consulent aan bij een gesprek op school, en binnen vier weken ligt er een afspraak over een arrangement.
## 4.2 Waar het nog schuurt en wat we daaraan doen
Ons aanbod is niet af. Ieder voorjaar brengen we samen met de schoolbesturen, de so-scholen, leerplicht en de gemeenten in kaart waar kinderen tussen wal en schip vallen. Die 'kaart van de witte plekken' bespreken we in het algemeen bestuur en in het bestuurlijk overleg met de gemeenten. Uit de laatste inventarisatie (maart 2025) kwamen drie knelpunten naar voren.
Ten eerste is er geen passende plek voor jonge kinderen (4 tot 7 jaar) met ernstige gedragsproblemen die ook jeugdhulp nodig hebben. Zij belanden nu te vaak thuis of in een dagbehandeling zonder onderwijs. Met de gemeente Lindewaarde en jeugdhulpaanbieder Kompaan openen we per 1 februari 2027 een combinatiegroep van acht plaatsen waarin onderwijs en behandeling samen worden geboden.
Ten tweede is de wachttijd voor het so cluster 4 te lang: gemiddeld elf weken in 2024-2025. Met Het Baken spreken we af dat de school bij een wachtlijst binnen twee weken een overbruggingsaanbod doet op de huidige school van het kind, betaald door het samenwerkingsverband.
Ten derde missen we een aanbod voor hoogbegaafde kinderen die op de eigen school vastlopen en meer nodig hebben dan één dag plusklas. In schooljaar 2026-2027 onderzoeken we met twee besturen een voltijdse voorziening; het algemeen bestuur besluit daarover uiterlijk in juni 2027.
## 4.3 Geen kind thuis
Een kind dat niet naar school gaat, is voor ons altijd een signaal dat er iets mis is in het netwerk. Iedere zes weken bespreken we in het Thuiszittersoverleg met de leerplichtambtenaren van de vier gemeenten alle kinderen die langer dan vier weken (deels) thuiszitten. Voor ieder van hen wijzen we binnen twee weken een trajectregisseur aan die de regie houdt tot het kind weer een plek heeft. Kan een school voor een aangemeld kind geen passende plek vinden, dan roept het samenwerkingsverband binnen zes weken na aanmelding de Plaatsingstafel bijeen, waarin alle besturen samen verantwoordelijk zijn voor een oplossing. Zo vullen we de zorgplicht van de besturen gezamenlijk in.
# 5 De weg naar het speciaal (basis)onderwijs: toelaatbaarheid en terugplaatsing
## 5.1 Wanneer een kind naar het sbo of so gaat
Soms is de basisschool, ook met extra steun, niet de goede plek. Een kind kan dan naar een school voor speciaal basisonderwijs of speciaal onderwijs. Daarvoor is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. Wij geven zo'n verklaring af als aan de volgende voorwaarden is voldaan.
Voor het speciaal basisonderwijs moet het volgende blijken uit het dossier:
- de school heeft ten minste een half jaar een arrangement ingezet en dat twee keer geëvalueerd, zonder dat het kind voldoende vooruitgang boekt;
- het kind heeft gedurende het grootste deel van de schooldag een kleinere groep en meer structuur nodig dan een basisschool kan bieden;
- de ontwikkeling blijft op ten minste twee leergebieden ernstig achter (leerrendement onder de 50 procent) of het kind loopt sociaal-emotioneel zo vast dat leren in de gewone groep niet lukt.
Voor het speciaal onderwijs cluster 3 gaat het om kinderen met een verstandelijke beperking (IQ onder 55), een ernstige lichamelijke beperking of een langdurige ziekte waardoor zij doorlopend specialistische zorg en aanpassingen nodig hebben die ook in het sbo niet beschikbaar zijn. Voor cluster 4 gaat het om kinderen met ernstige gedrags- of psychiatrische problemen, waarbij een therapeutisch klimaat en intensieve samenwerking met jeugdhulp nodig zijn en eerdere extra ondersteuning onvoldoende heeft geholpen.
## 5.2 Hoe de aanvraag verloopt
- Stap 1: het ondersteuningsteam van de school bespreekt met de ouders dat een overstap nodig lijkt. De consulent van het Steunteam is daarbij aanwezig.
- Stap 2: het bestuur van de school waar het kind staat ingeschreven dient de aanvraag in via het digitale aanvraagportaal. De aanvraag bevat het groeidocument met de ingezette ondersteuning, het onderwijskundig rapport en de zienswijze van de ouders.
- Stap 3: twee deskundigen beoordelen de aanvraag, ieder met een eigen schriftelijk advies: altijd een orthopedagoog of psycholoog en daarnaast, afhankelijk van het kind, een kinderpsychiater, een maatschappelijk werker, een jeugdarts of een tweede orthopedagoog. Deze deskundigen zijn niet betrokken geweest bij de aanvraag. Ouders ontvangen een afschrift van beide adviezen.
- Stap 4: de Commissie Toelaatbaarheid neemt namens de directeur-bestuurder een besluit binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed kan dat binnen tien schooldagen.
Een toelaatbaarheidsverklaring voor het sbo geldt tot het einde van de basisschoolperiode van het kind. Een verklaring voor het so geven we af voor twee schooljaren, met de bekostigingscategorie laag, midden of hoog die past bij de ondersteuningsbehoefte. Zijn ouders of school het niet eens met het besluit, dan kunnen zij binnen zes weken bezwaar maken. Het samenwerkingsverband legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
Over de terugkeer van leerlingen uit het sbo en so naar de basisschool maken we in deze planperiode afzonderlijke afspraken met de speciale scholen.
# 6 Geld en middelen
## 6.1 Waar het geld vandaan komt
Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van wat DUO rechtstreeks overdraagt aan de scholen voor speciaal onderwijs en de bijdragen aan het speciaal basisonderwijs boven de twee procent, hebben wij in 2026 naar verwachting ongeveer 7,9 miljoen euro te besteden.
## 6.2 Hoe we het geld verdelen
We hebben gekozen voor een verdeling waarin het grootste deel van het geld direct naar de schoolbesturen gaat, omdat de steun zo dicht mogelijk bij het kind moet worden georganiseerd. De verdeling werkt als volgt:
- Ieder bestuur ontvangt een schoolbudget van € 142 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per vestiging, zodat ook kleine scholen een werkbaar bedrag hebben.
- Arrangementen voor individuele kinderen worden betaald uit een centraal arrangementenbudget. Het Steunteam kent een arrangement toe op basis van het groeidocument en een gesprek op school; het bedrag hangt af van de inzet (bijvoorbeeld € 9.500 voor een onderwijsassistent twee dagen per week gedurende een schooljaar).
- De bovenschoolse voorzieningen (observatieklas, plusklas, taalklas) worden centraal bekostigd.
- Een reserve voor onvoorziene groei van het sbo en so wordt jaarlijks op 1 februari herberekend.
Het algemeen bestuur stelt de bedragen ieder jaar in december vast bij de begroting. De besturen verantwoorden jaarlijks voor 1 juni met een vast format waaraan zij hun schoolbudget hebben uitgegeven.
## 6.3 Meerjarenbegroting
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbudget (na afdrachten) | 7.910 | 7.820 | 7.740 | 7.660 |
| Schoolbudgetten besturen | 2.600 | 2.570 | 2.540 | 2.510 |
| Arrangementenbudget | 2.150 | 2.150 | 2.120 | 2.100 |
| Bovenschoolse voorzieningen | 1.180 | 1.260 | 1.260 | 1.240 |
| Steunteam en consulenten | 1.220 | 1.220 | 1.200 | 1.190 |
| Bureau en bestuur | 540 | 530 | 530 | 520 |
| Combinatiegroep onderwijs-jeugdhulp | 0 | 180 | 240 | 240 |
| Resultaat | 220 | -90 | -150 | -140 |
De tekorten vanaf 2027 zijn een bewuste keuze: we zetten de reserve in die in de vorige planperiode is opgebouwd. Het weerstandsvermogen daalt daarmee van 11 procent naar ongeveer 6 procent in 2029, boven de ondergrens van 5 procent die het bestuur hanteert.
# 7 Wat we willen bereiken
In de vorige planperiode hebben we vooral gebouwd aan de organisatie. In deze periode willen we dat het verschil zichtbaar wordt voor kinderen. We hebben daarom vijf doelen gekozen, elk met een concreet getal voor 2030.
| Doel | Uitgangspunt 2025 | Wat we in 2030 willen |
| Minder kinderen thuis | 19 kinderen langer dan 4 weken thuis | maximaal 8 |
| Sneller een passende plek | wachttijd so cluster 4 gemiddeld 11 weken | gemiddeld maximaal 6 weken |
| Arrangementen die werken | - | 90% van de arrangementen behaalt de afgesproken doelen |
| Elke school op niveau | 54 van 68 scholen voldoen volledig aan de basiskaart | alle 68 scholen |
| Thuisnabij onderwijs | 1,6% van de leerlingen in het so | niet meer dan 1,6% |
Hoe we deze doelen precies gaan volgen, welke bronnen we daarvoor gebruiken en hoe we over de voortgang rapporteren, werken we uit in een monitoringsplan. Dat plan verschijnt na de zomer van 2026, zodra ons nieuwe registratiesysteem in gebruik is.
# 8 Ouders als partner
## 8.1 Goed geïnformeerd
Ouders moeten kunnen weten wat er voor hun kind mogelijk is, zonder daarvoor eerst de weg te moeten vinden in de regels. We informeren ouders op verschillende manieren:
- op de ouderpagina van onze website staat in gewone taal wat elke school biedt, wat een arrangement is, hoe de overstap naar sbo of so werkt en bij wie ouders terechtkunnen;
- de folder 'Wat mag ik van de school verwachten?' ligt op alle scholen en is er in het Nederlands, Engels, Arabisch, Pools en Turks;
- iedere school neemt in de schoolgids een vaste paragraaf over ondersteuning op, met de naam van de intern begeleider;
- ieder najaar organiseren we per gemeente een informatieavond voor ouders, samen met de ouder- en jeugdsteunpunt;
- de Ouderlijn van het samenwerkingsverband is op werkdagen tussen 9.00 en 12.00 uur bereikbaar voor vragen.
## 8.2 Onafhankelijk advies en steun
Soms willen ouders met iemand praten die niet bij de school of het samenwerkingsverband hoort. Daarvoor kunnen zij gratis terecht bij het Ouder- en Jeugdsteunpunt Lindewaarde. Het steunpunt wordt uitgevoerd door de onafhankelijke stichting Ouderkracht en werkt alleen in het belang van het kind. Een medewerker denkt mee, gaat desgewenst mee naar een gesprek op school en helpt bij het vinden van een oplossing. Ouders kunnen ook de Onderwijsconsulenten inschakelen, een landelijke en onafhankelijke voorziening. Lukt het niet om er samen uit te komen, dan kunnen ouders een klacht indienen via de klachtenregeling van het schoolbestuur of zich wenden tot de Geschillencommissie passend onderwijs bij geschillen over toelating, verwijdering of het ontwikkelingsperspectief.
## 8.3 Samen met ouders
Ouders zijn de eerste deskundigen van hun kind. Zij zijn altijd uitgenodigd wanneer het ondersteuningsteam over hun kind spreekt, zij stemmen in met het handelingsdeel van het ontwikkelingsperspectief en hun zienswijze maakt deel uit van iedere aanvraag bij het samenwerkingsverband. In de ondersteuningsplanraad heeft de helft van de leden een ouderachtergrond.
# 9 Samenwerking met gemeenten en jeugdhulp
Onderwijs en jeugdhulp raken elkaar dagelijks. Met de vier gemeenten voeren we jaarlijks op overeenstemming gericht overleg (OOGO) over de aansluiting tussen onze ondersteuning en de jeugdhulp, over leerlingenvervoer en over de aanpak van verzuim. Het OOGO over dit plan vond plaats op 24 maart 2026. Afgesproken is onder meer dat op iedere school een vaste contactpersoon van het lokale team beschikbaar is, dat jeugdhulp onder schooltijd mogelijk is zonder dat het kind daarvoor de school moet verlaten, en dat de gemeenten en het samenwerkingsverband de combinatiegroep voor jonge kinderen samen financieren.
Daarnaast werken we samen met het samenwerkingsverband voortgezet onderwijs in de regio aan een goede overstap van groep 8 naar de brugklas, in het bijzonder voor kinderen met een ontwikkelingsperspectief en voor leerlingen van sbo en so.
# 10 Organisatie, bestuur en medezeggenschap
Het samenwerkingsverband is een stichting. De directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding en neemt besluiten over toelaatbaarheid en arrangementen via de Commissie Toelaatbaarheid en het Steunteam. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de schoolbesturen en twee onafhankelijk. Het algemeen bestuur, waarin alle veertien besturen zitten, stelt de begroting en het ondersteuningsplan vast.
De ondersteuningsplanraad (OPR) telt acht leden: vier personeelsleden en vier ouders, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan en wordt ieder kwartaal bijgepraat door de directeur-bestuurder. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau.
# 11 Personeel en professionalisering
Op het bureau van het samenwerkingsverband werken 21 mensen (11,4 fte): orthopedagogen, consulenten, een gedragsspecialist, een beleidsmedewerker, een controller en ondersteunend personeel. Het personeel is in dienst van de stichting; voor de observatieklas detacheren twee besturen leerkrachten.
Het tekort aan leerkrachten raakt ook de ondersteuning. Arrangementen lopen vertraging op als een school geen onderwijsassistent kan vinden. We bieden daarom een gezamenlijke pool van onderwijsassistenten aan, die besturen kunnen inhuren voor arrangementen. Daarnaast organiseren we jaarlijks een leergang voor intern begeleiders en een netwerk voor gedragsspecialisten. Nieuwe leerkrachten krijgen in hun eerste jaar een training 'Omgaan met verschillen' die samen met de pabo is ontwikkeld.
# 12 ICT, gegevens en privacy
Aanvragen voor arrangementen en toelaatbaarheidsverklaringen lopen via een digitaal aanvraagportaal. Per 1 augustus 2026 stappen we over op een nieuw registratiesysteem dat ook de gegevens over plaatsingen en thuiszitters bijhoudt. We verwerken alleen de gegevens die nodig zijn voor onze taken, waaronder gegevens over gezondheid wanneer dat voor een besluit noodzakelijk is. Dossiers bewaren we tot drie jaar na het laatste besluit. Alleen de medewerkers die een aanvraag behandelen, hebben toegang tot het dossier. Onze functionaris gegevensbescherming ziet toe op de naleving van de AVG.
# 13 Totstandkoming en planning
Het plan is in 2025 en begin 2026 tot stand gekomen in vier stappen: een evaluatie van het vorige plan met scholen en partners, dialoogsessies met intern begeleiders en directeuren, een concept dat in januari 2026 met de besturen en de gemeenten is besproken, en de definitieve tekst.
| Stap | Datum |
| Concept besproken in algemeen bestuur | 21 januari 2026 |
| OOGO met de gemeenten | 24 maart 2026 |
| Instemming ondersteuningsplanraad | 8 april 2026 (gepland) |
| Vaststelling algemeen bestuur | 15 april 2026 |
| Toezending aan de inspectie | voor 1 mei 2026 |
Het plan wordt ieder jaar uitgewerkt in een jaarplan en een begroting. Belangrijke wijzigingen leggen we opnieuw voor aan de OPR.
# Bijlage A Begrippenlijst
Arrangement: een afspraak over extra steun voor een kind of een groep kinderen, met doelen, inzet en duur.
Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden.
Meerjarenbegroting: de begroting van het samenwerkingsverband voor meerdere jaren.
Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jongeren.
Resultaten: wat het samenwerkingsverband met de ondersteuning bereikt.
Terugplaatsing: de overstap van een leerling van het speciaal basisonderwijs of speciaal onderwijs terug naar een reguliere basisschool.
TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in het sbo of so.
"""

P1_LABEL = dict(
    crit={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "ch. 3 'Wat elke school in Lindewaarde biedt': agreed floor for every vestiging (3.1), eleven concrete provisions (3.2), basiskaart/visitatie (3.3)",
        "plaatsing": "ch. 5.1 criteria for sbo and so cluster 3/4; 5.2 four steps, two deskundigen, Commissie Toelaatbaarheid within 6 weeks, duration/category, bezwaar via LBT",
        "terugstroom": "missing: only a deferral at the end of ch. 5 ('maken we in deze planperiode afzonderlijke afspraken') plus the TOC title and the glossary entry",
        "financien": "ch. 6 'Geld en middelen': € 142 per leerling + vaste voet, arrangementenbudget; meerjarenbegroting table 2026-2029; weerstandsvermogen",
        "dekkend-aanbod": "ch. 4: layered table from classroom to so (4.1), 'kaart van de witte plekken' with three gaps and actions (4.2), thuiszittersoverleg/Plaatsingstafel (4.3)",
        "resultaten": "partial: ch. 7 gives five goals with 2030 numbers, but how they are monitored/reported is deferred to a monitoringsplan 'na de zomer van 2026'",
        "ouders": "ch. 8: website, folder in five languages, schoolgids, info evenings, Ouderlijn; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/GPO",
    },
)

# ======================================================================
# Plan 2 - VO, docx. SWV VO Duinrand-Noord.
# basisondersteuning partial (level, no content: absent annex), financien partial (no budget),
# ouders missing (communication chapter deferral, glossary only).
# ======================================================================
P2 = r"""
@title Ondersteuningsplan Samenwerkingsverband VO Duinrand-Noord
@sub Koers op maat 2026-2030
@meta Samenwerkingsverband voortgezet onderwijs Duinrand-Noord (VO 31-12)
@meta Vastgesteld door het bestuur op 16 april 2026, na instemming van de ondersteuningsplanraad
@header SWV VO Duinrand-Noord | Ondersteuningsplan 2026-2030
@toc
~ Voorwoord
~ Leeswijzer
~ 1 Onze regio en onze scholen
~ 2 Koers 2026-2030
~ 3 Basisondersteuning: de gemeenschappelijke bodem
~ 4 Het ondersteuningscontinuüm
~ 5 Toelaatbaarheid: vso, lwoo en praktijkonderwijs
~ 6 Terug naar het reguliere voortgezet onderwijs
~ 7 Financieel beleid
~ 8 Ambities, resultaten en kwaliteitszorg
~ 9 Samenwerking met gemeenten, mbo en zorg
~ 10 Organisatie en medezeggenschap
~ 11 Communicatie
~ 12 Personeel
~ 13 Planning en vaststelling
~ Afkortingenlijst
# Voorwoord
Met dit ondersteuningsplan zet het samenwerkingsverband Duinrand-Noord de koers uit voor de komende vier schooljaren. Het plan bouwt voort op wat in de afgelopen jaren is opgebouwd: een goed werkende route naar extra ondersteuning, een tussenvoorziening die inmiddels door alle scholen wordt gewaardeerd, en een stevige samenwerking met de gemeenten aan de kust.
Tegelijk staat het voortgezet onderwijs in onze regio voor stevige opgaven. Het aantal leerlingen met een complexe vraag neemt toe, vooral op het gebied van mentale gezondheid en schoolverzuim. Scholen vragen om meer handen in de klas, terwijl het lerarentekort juist in onze regio voelbaar is. En de middelen van het samenwerkingsverband groeien niet mee met de vraag. Dat dwingt tot keuzes, en die keuzes maken we in dit plan zichtbaar.
De titel 'Koers op maat' drukt uit wat we willen: een gezamenlijke koers voor alle scholen, met ruimte voor elke school om die koers te vertalen naar haar eigen leerlingen. Wij danken alle rectoren, ondersteuningscoördinatoren, mentoren, partners en leden van de ondersteuningsplanraad die aan dit plan hebben bijgedragen.
Het bestuur van het samenwerkingsverband
# Leeswijzer
Hoofdstuk 1 en 2 beschrijven de regio en onze koers. Hoofdstuk 3 tot en met 6 gaan over de ondersteuning zelf: wat elke school biedt, welke voorzieningen er zijn, hoe een leerling toegang krijgt tot vso, lwoo en praktijkonderwijs en hoe de weg terug eruitziet. Hoofdstuk 7 gaat over geld, hoofdstuk 8 over de resultaten die we nastreven en hoe we die volgen. De hoofdstukken daarna beschrijven de samenwerking, de organisatie en de planning. Achterin staat een lijst met afkortingen.
# 1 Onze regio en onze scholen
Het samenwerkingsverband omvat de gemeenten Duinrand, Kreekhaven en Oosterzande. Zeven schoolbesturen met samen negentien vestigingen werken samen: twaalf scholen voor vmbo, havo en vwo (waarvan vier met leerwegondersteuning), twee scholen voor praktijkonderwijs, twee scholen voor voortgezet speciaal onderwijs, de internationale schakelklas en de tussenvoorziening Het Kompas, die door het samenwerkingsverband zelf wordt georganiseerd.
| Leerlingen per 1 oktober 2025 | Aantal | Aandeel |
| Regulier vo (vmbo, havo, vwo) | 11.860 | 92,4% |
| Waarvan met leerwegondersteuning | 1.120 | 8,7% |
| Praktijkonderwijs | 402 | 3,1% |
| Voortgezet speciaal onderwijs | 476 | 3,7% |
| Internationale schakelklas | 98 | 0,8% |
De regio kent grote verschillen. In Kreekhaven, met zijn haven en industrie, kiezen relatief veel leerlingen voor een beroepsgerichte route. In Duinrand, met twee grote scholengemeenschappen, is het aandeel havo- en vwo-leerlingen hoger dan landelijk. Oosterzande is een plattelandsgemeente waar leerlingen lange reistijden hebben naar de dichtstbijzijnde vso-school.
# 2 Koers 2026-2030
Onze koers laat zich samenvatten in drie woorden: dichtbij, samen en wendbaar. Dichtbij betekent dat een leerling de steun die hij nodig heeft zo veel mogelijk op de eigen school krijgt, in de eigen klas en met de eigen mentor. Samen betekent dat scholen, samenwerkingsverband, gemeenten en zorgpartners hun kennis en middelen bundelen rond de leerling, en dat geen enkele school er alleen voor staat. Wendbaar betekent dat ons aanbod moet kunnen meebewegen met wat leerlingen nodig hebben: de vragen van 2030 zijn niet die van 2020.
Vanuit deze koers hebben we vier ambities geformuleerd, die in hoofdstuk 8 worden uitgewerkt in meetbare resultaten: meer leerlingen volgen met succes onderwijs op de eigen school; geen leerling zit langer dan drie maanden thuis; de overstap van en naar het speciaal onderwijs verloopt soepel; en elke euro die we uitgeven is aantoonbaar ten goede gekomen aan leerlingen.
# 3 Basisondersteuning: de gemeenschappelijke bodem
## 3.1 Wat we onder basisondersteuning verstaan
De besturen in Duinrand-Noord hebben samen afgesproken welk niveau van ondersteuning iedere vo-school, op elke vestiging, ten minste biedt. Dat niveau noemen we de gemeenschappelijke bodem. Het is het minimum waarop elke leerling kan rekenen, ongeacht de school of de leerweg die hij kiest, en het wordt volledig uit de eigen middelen van de scholen en uit het schoolbudget van het samenwerkingsverband bekostigd. Een leerling heeft dus geen aanvraag, verklaring of indicatie nodig om er gebruik van te maken.
De bodem is opgebouwd uit de vier onderdelen die landelijk zijn afgesproken in het referentiekader passend onderwijs: basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, een heldere ondersteuningsstructuur op school en planmatig, handelingsgericht werken. De bodem is daarmee meer dan een minimum aan onderwijskwaliteit; het is een belofte van alle scholen aan alle leerlingen.
Hoe de bodem er concreet uitziet, welke interventies, deskundigheid en voorzieningen op iedere vestiging aanwezig moeten zijn, is uitgewerkt in de Kaart Basisondersteuning VO Duinrand-Noord (bijlage 3). Iedere school beschrijft daarnaast in de schoolgids hoe zij de kaart invult.
## 3.2 Toezien op de bodem
Scholen beoordelen jaarlijks in het voorjaar zelf in hoeverre zij aan de afspraken voldoen. De ondersteuningscoördinatoren bespreken die zelfevaluaties met elkaar in een collegiale consultatie, waarbij steeds twee scholen elkaars beoordeling kritisch bekijken. Het samenwerkingsverband bundelt de uitkomsten in een overzicht voor het bestuur. Blijft een school op een onderdeel achter, dan spreekt de directeur van het samenwerkingsverband het bestuur daarop aan en wordt binnen een half jaar een verbeteraanpak afgesproken.
# 4 Het ondersteuningscontinuüm
## 4.1 Van mentor tot vso
Voor leerlingen die meer nodig hebben dan de gemeenschappelijke bodem, kent onze regio een doorlopende reeks van voorzieningen. We spreken van een continuüm omdat leerlingen zich daarin in beide richtingen kunnen bewegen: van lichter naar zwaarder, maar vooral ook weer terug.
| Niveau | Voorziening | Voor wie | Toegang |
| 1 | De gemeenschappelijke bodem (hoofdstuk 3) | Alle leerlingen | Op school |
| 2 | Trajectvoorziening op school: een eigen ruimte met een trajectbegeleider waar leerlingen tijdelijk of een deel van de week terechtkunnen | Leerlingen die in de klas vastlopen door gedrag, angst of concentratieproblemen | Besluit van de school, na bespreking in het zorgadviesteam |
| 3 | Arrangement op maat: extra begeleiding, een aangepast rooster, een coach van het vso, onderwijs gecombineerd met zorg | Leerlingen met een ondersteuningsvraag die de school niet alleen kan beantwoorden | Aanvraag bij het Loket Ondersteuning van het samenwerkingsverband |
| 4 | Tussenvoorziening Het Kompas (OPDC): kleine groepen, maximaal één schooljaar, daarna terug naar een reguliere school | Leerlingen voor wie de reguliere school tijdelijk niet passend is | Besluit van de Commissie Toewijzing |
| 5 | Voortgezet speciaal onderwijs: De Branding (cluster 4) en Het Duinhuis (cluster 3) | Leerlingen met een langdurige, intensieve ondersteuningsvraag | Toelaatbaarheidsverklaring (hoofdstuk 5) |
Naast deze vijf niveaus kent de regio de internationale schakelklas voor nieuwkomers, twee scholen voor praktijkonderwijs en vier vmbo-scholen met leerwegondersteuning. Voor hoogbegaafde leerlingen biedt één scholengemeenschap per gemeente een verrijkingsprogramma waaraan leerlingen van andere scholen kunnen deelnemen.
## 4.2 Gaten in het netwerk
Een dekkend netwerk is nooit af. Het samenwerkingsverband houdt daarom bij welke leerlingen geen passende plek vinden: leerlingen op een wachtlijst, leerlingen met een vrijstelling van de leerplicht en leerlingen die (deels) thuiszitten. Op 1 oktober 2025 zaten 27 leerlingen langer dan vier weken thuis; bij twaalf van hen speelde een psychische problematiek waarvoor geen combinatie van onderwijs en behandeling beschikbaar was.
Daarom bespreekt de Maatwerktafel, met leerplicht, de jeugdconsulenten van de gemeenten, de ondersteuningscoördinator van de school en een trajectbegeleider van het samenwerkingsverband, iedere twee weken alle thuiszitters. De tafel heeft doorzettingsmacht: binnen vier weken na bespreking ligt er een plan met een onderwijsaanbod, ook als dat betekent dat een school een leerling tijdelijk boven de formatie opneemt. Voor de groep leerlingen met psychische problemen ontwikkelen we samen met GGZ Kustland in 2026-2027 een onderwijs-zorgarrangement van twaalf plaatsen in Duinrand. Ook inventariseren we jaarlijks in mei waar het aanbod tekortschiet; de uitkomst leidt tot een actiepunt in het jaarplan.
Alle schoolbesturen hebben zorgplicht. Als een school na aanmelding geen passend aanbod kan doen, zoekt zij, met hulp van het Loket Ondersteuning, binnen de wettelijke termijn een andere school. Het samenwerkingsverband bewaakt dat dit ook echt gebeurt.
# 5 Toelaatbaarheid: vso, lwoo en praktijkonderwijs
## 5.1 Voortgezet speciaal onderwijs
Een leerling kan naar het vso als het samenwerkingsverband een toelaatbaarheidsverklaring afgeeft. De aanvraag wordt gedaan door het bevoegd gezag van de school waar de leerling is ingeschreven of, bij een leerling die uit het basisonderwijs komt, door de vo-school waar de leerling is aangemeld. De aanvraag gaat naar het Loket Ondersteuning en bevat het ontwikkelingsperspectief, een overzicht van de ondersteuning die al is geboden en de resultaten daarvan, en relevante onderzoeksgegevens.
Een orthopedagoog of psycholoog van het samenwerkingsverband en een tweede deskundige, afhankelijk van de vraag een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker, geven ieder een eigen schriftelijk advies. De Commissie Toewijzing besluit binnen vijf weken na ontvangst van een volledige aanvraag.
De commissie geeft een toelaatbaarheidsverklaring af als aan de volgende criteria is voldaan:
- de leerling heeft een langdurige en intensieve ondersteuningsbehoefte, die blijkt uit de geboden ondersteuning in ten minste één ontwikkelingsperspectiefcyclus van zes maanden;
- de school heeft de gemeenschappelijke bodem en ten minste één arrangement van niveau 3 ingezet, of aannemelijk gemaakt waarom dat niet zinvol is;
- de benodigde ondersteuning kan niet binnen het reguliere onderwijs worden geboden, ook niet met een arrangement, omdat de leerling een kleine, voorspelbare leeromgeving en specialistische begeleiding gedurende de hele schooldag nodig heeft;
- bij cluster 3: een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die de deelname aan het onderwijs ernstig belemmert.
De toelaatbaarheidsverklaring wordt afgegeven voor één, twee of drie schooljaren, met vermelding van de bekostigingscategorie (laag, midden of hoog). Tegen het besluit kan binnen zes weken bezwaar worden gemaakt bij het samenwerkingsverband, dat advies vraagt aan de Landelijke Bezwaaradviescommissie.
## 5.2 Leerwegondersteunend onderwijs
Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste twee van de domeinen begrijpend lezen, technisch lezen, spellen en inzichtelijk rekenen, of bij een IQ tussen 91 en 120 met een dergelijke achterstand in combinatie met sociaal-emotionele problematiek. De vo-school vraagt de aanwijzing aan bij het Loket Ondersteuning voor 1 april voorafgaand aan het eerste leerjaar, met de gegevens uit het onderwijskundig rapport. De Commissie Toewijzing besluit binnen vier weken. Een aanwijzing geldt voor de gehele duur van de opleiding in het vmbo.
## 5.3 Praktijkonderwijs
Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van 50 procent of meer op ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs waar de leerling is aangemeld, dient de aanvraag in bij het Loket Ondersteuning. Twee deskundigen beoordelen de aanvraag en de Commissie Toewijzing besluit binnen vier weken. Voldoet een leerling net niet aan de criteria, maar is praktijkonderwijs aantoonbaar de beste plek, dan kan de commissie na een aanvullend onderzoek toch een verklaring afgeven.
# 6 Terug naar het reguliere voortgezet onderwijs
## 6.1 Ons uitgangspunt
Een plaatsing in het vso of in de tussenvoorziening is geen eindstation. Wij willen dat iedere leerling die zich in het speciaal onderwijs zo heeft ontwikkeld dat een reguliere school weer haalbaar is, die stap ook echt kan zetten, liefst op een school dicht bij huis. Een terugkeer is alleen verantwoord als de leerling het tempo en de groepsgrootte in het regulier onderwijs aankan, als de ontvangende school de noodzakelijke ondersteuning kan bieden en als er een goede overdracht is. De vso-scholen en de reguliere scholen hebben afgesproken dat zij een leerling die terugkeert niet weigeren op grond van de eerdere vso-plaatsing.
## 6.2 Hoe de terugkeer verloopt
- Ieder schooljaar bespreekt de vso-school in het perspectiefgesprek of het ontwikkelingsperspectief nog past bij de plaatsing.
- In het laatste jaar van de toelaatbaarheidsverklaring, tussen oktober en januari, organiseert de vso-school een overstapoverleg met de consulent van het samenwerkingsverband. Daar wordt beoordeeld of terugkeer mogelijk is of dat een nieuwe verklaring nodig is.
- Is een nieuwe verklaring nodig, dan vraagt de vso-school die voor 1 maart aan; de Commissie Toewijzing beslist zoals in hoofdstuk 5.
- Is terugkeer mogelijk, dan zoekt de consulent samen met de vso-school een ontvangende school. Voor 1 juni worden afspraken vastgelegd in een overstapplan.
- De leerling krijgt na de overstap gedurende een half jaar een overstaparrangement: een coach van de vso-school die wekelijks op de nieuwe school komt, en een budget van € 4.500 voor de ontvangende school.
- Na drie en na zes maanden evalueren de ontvangende school en de vso-school samen hoe het gaat.
Voor leerlingen in de tussenvoorziening Het Kompas verloopt de terugkeer op dezelfde manier, met dien verstande dat de plaatsing maximaal één schooljaar duurt en het overstapoverleg al na vier maanden plaatsvindt.
## 6.3 Cijfers
In schooljaar 2024-2025 keerden zeventien leerlingen vanuit het vso terug naar het reguliere onderwijs, en 41 leerlingen vanuit Het Kompas. Van de teruggekeerde vso-leerlingen stond een jaar later 82 procent nog op dezelfde school.
# 7 Financieel beleid
## 7.1 Uitgangspunten
Het geld van het samenwerkingsverband is bedoeld voor leerlingen, niet voor structuren. We houden de bureaukosten daarom laag en brengen zo veel mogelijk middelen naar de scholen. We willen voorspelbaar zijn: besturen moeten weten waar zij voor meerdere jaren op kunnen rekenen.
## 7.2 Verdeling
De middelen voor lichte ondersteuning, lwoo en praktijkonderwijs worden als volgt verdeeld:
- De middelen voor leerwegondersteuning en praktijkonderwijs gaan op basis van het aantal aangewezen leerlingen per teldatum 1 oktober rechtstreeks door naar de scholen die dit onderwijs geven.
- Van de overige middelen gaat 70 procent als schoolbudget naar de besturen, verdeeld naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar (voor 2026: € 118 per leerling). Het schoolbudget is bestemd voor de ondersteuning op niveau 2, de trajectvoorziening op school.
- Van de overige middelen blijft 30 procent centraal voor de arrangementen van niveau 3, de tussenvoorziening Het Kompas, het Loket Ondersteuning en de organisatie. Arrangementen worden per leerling toegekend door het Loket, op basis van een arrangementsplan met doelen, inzet en duur.
De afdrachten voor het vso lopen via DUO. Bij een stijging van het aantal vso-leerlingen na de teldatum draagt het samenwerkingsverband groeibekostiging af aan de vso-school volgens de wettelijke regeling.
## 7.3 Begroting en reserves
De meerjarenbegroting maakt geen deel uit van dit plan. Het bestuur stelt die jaarlijks in december vast, nadat de rijksbekostiging voor het volgende jaar bekend is. De reserves van het samenwerkingsverband liggen sinds 2023 onder de signaleringswaarde van de inspectie; het bestuur hanteert als ondergrens een weerstandsvermogen van 5 procent van de baten. De besturen verantwoorden jaarlijks in hun jaarverslag waaraan zij het schoolbudget hebben besteed.
# 8 Ambities, resultaten en kwaliteitszorg
## 8.1 Wat we in 2022-2026 bereikten
In het vorige plan hadden we ons voorgenomen het aantal thuiszitters te halveren en de doorlooptijd van aanvragen te verkorten. Het eerste is deels gelukt: het aantal leerlingen dat langer dan vier weken thuiszat daalde van 44 (2021) naar 27 (2025). De gemiddelde doorlooptijd van een aanvraag bij het Loket daalde van 9 naar 5 weken. Het aandeel leerlingen in het vso steeg echter van 3,3 naar 3,7 procent, tegen onze verwachting in. In de evaluatie met scholen kwam naar voren dat vooral leerlingen met angst- en stemmingsproblemen vaker naar het vso gaan.
## 8.2 Wat we in 2030 willen bereiken
| Ambitie | Indicator | Nulmeting 2025 | Streefwaarde 2030 |
| Meer leerlingen succesvol op de eigen school | Aandeel arrangementen waarvan de doelen zijn behaald | 71% | 85% |
| Geen leerling langer dan drie maanden thuis | Aantal leerlingen langer dan 3 maanden thuis | 15 | 0 |
| Soepele overstap van en naar het speciaal onderwijs | Aantal terugkeerders uit vso per jaar | 17 | 25 |
| Zicht op de besteding | Aandeel besturen met volledige verantwoording van het schoolbudget | 5 van 7 | 7 van 7 |
| Stabiel deelnamepercentage vso | Deelnamepercentage vso op 1 oktober | 3,7% | 3,4% |
## 8.3 Hoe we de resultaten volgen
We werken met een vaste kwaliteitscyclus. Twee keer per jaar, in februari en september, maakt het bureau een dashboard met de indicatoren uit 8.2, aangevuld met de gegevens van DUO over deelname, de aanvragen bij het Loket en de thuiszittersregistratie van leerplicht. Het dashboard wordt besproken in het bestuur, met de ondersteuningscoördinatoren en met de ondersteuningsplanraad. Elke school voert eenmaal per jaar een ondersteuningsgesprek met het samenwerkingsverband over de resultaten van de eigen arrangementen. Eens per twee jaar houden we een tevredenheidspeiling onder scholen. In het jaarverslag, dat voor 1 juli verschijnt, verantwoorden we de bereikte resultaten tegenover de ambities. Halverwege de planperiode, in 2028, laten we een externe evaluatie uitvoeren.
# 9 Samenwerking met gemeenten, mbo en zorg
Met de gemeenten Duinrand, Kreekhaven en Oosterzande voeren we op overeenstemming gericht overleg over de aansluiting tussen onderwijs en jeugdhulp. Het OOGO over dit plan vond plaats op 10 maart 2026. Gezamenlijke thema's zijn de aanpak van verzuim en thuiszitten, jeugdhulp op school, leerlingenvervoer en de overgang naar mbo en werk. De gemeenten financieren het schoolmaatschappelijk werk en de jeugdgezondheidszorg; over de inzet daarvan maken we jaarlijks afspraken in het OOGO. Met het mbo-college in Kreekhaven hebben we afspraken over een warme overdracht voor leerlingen uit praktijkonderwijs, vso en de basisberoepsgerichte leerweg.
Met het samenwerkingsverband PO in de regio maken we afspraken over de overstap van groep 8 naar het voortgezet onderwijs, zodat de ondersteuning die een leerling in het primair onderwijs kreeg, niet verloren gaat.
# 10 Organisatie en medezeggenschap
Het samenwerkingsverband is een vereniging van zeven schoolbesturen. Het bestuur bestaat uit onafhankelijke leden; de algemene ledenvergadering, waarin de besturen zitten, houdt toezicht. De directeur leidt het bureau en is gemandateerd om besluiten te nemen over toelaatbaarheid en arrangementen, via de Commissie Toewijzing.
De ondersteuningsplanraad bestaat uit twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft op 9 april 2026 ingestemd met dit plan.
# 11 Communicatie
Goede communicatie is voorwaarde voor een goed werkend samenwerkingsverband. Met de scholen communiceren we via de maandelijkse nieuwsbrief voor ondersteuningscoördinatoren, het netwerk van zorgcoördinatoren en het jaarlijkse congres in november. Voor professionals is er een besloten deel van de website met formulieren, handreikingen en de route naar het Loket.
Wij zijn ons ervan bewust dat wij ouders en leerlingen in de afgelopen periode te weinig rechtstreeks hebben bereikt. Een nieuwe informatiestrategie voor ouders en leerlingen, inclusief de manier waarop wij hen wegwijs maken in de ondersteuning en hen wijzen op onafhankelijke hulp, werken we in schooljaar 2026-2027 uit.
# 12 Personeel
Het samenwerkingsverband heeft 34 medewerkers (24,6 fte), van wie het grootste deel werkzaam is in de tussenvoorziening Het Kompas. De trajectbegeleiders op de scholen zijn in dienst van de besturen. Het samenwerkingsverband investeert in de deskundigheid van mentoren met een jaarlijkse leergang 'Mentor in passend onderwijs' en ondersteunt de scholen bij het werven van onderwijsassistenten. Het personeel van het bureau heeft een eigen medezeggenschapsraad.
# 13 Planning en vaststelling
| Mijlpaal | Datum |
| Conceptplan in ledenvergadering | 28 januari 2026 |
| OOGO gemeenten | 10 maart 2026 |
| Overleg SWV PO Duinrand-Noord | 12 maart 2026 |
| Instemming OPR | 9 april 2026 |
| Vaststelling bestuur | 16 april 2026 |
| Verzending inspectie | uiterlijk 30 april 2026 |
Het plan wordt jaarlijks uitgewerkt in een jaarplan. Tussentijdse wijzigingen worden ter instemming aan de OPR voorgelegd.
# Afkortingenlijst
LBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
Lwoo - leerwegondersteunend onderwijs
OJSP - ouder- en jeugdsteunpunt, waar ouders en jongeren terechtkunnen voor onafhankelijke informatie en advies
OOGO - op overeenstemming gericht overleg
OPDC - orthopedagogisch-didactisch centrum
OPR - ondersteuningsplanraad
Pro - praktijkonderwijs
TLV - toelaatbaarheidsverklaring
Vso - voortgezet speciaal onderwijs
"""

P2_LABEL = dict(
    crit={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
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
        "basisondersteuning": "partial: 3.1 defines the 'gemeenschappelijke bodem' as the agreed minimum on every vestiging (four referentiekader parts only); the concrete content is only in the absent 'Kaart Basisondersteuning' (bijlage 3); 3.2 borging",
        "plaatsing": "ch. 5: vso (who applies, Loket, two deskundigen, Commissie Toewijzing 5 weeks, criteria list, 1-3 years + category, bezwaar/LBT), lwoo and pro criteria and procedure",
        "terugstroom": "ch. 6 'Terug naar het reguliere voortgezet onderwijs': aim/conditions (6.1), steps with overstapoverleg in last TLV year and overstaparrangement (6.2), figures (6.3)",
        "financien": "partial: 7.2 verdeling (doorgifte lwoo/pro, 70% schoolbudget € 118 per leerling, 30% central); 7.3 says the meerjarenbegroting is not part of the plan, no spending amounts",
        "dekkend-aanbod": "ch. 4: five-level continuum table + ISK/pro/lwoo/HB (4.1); thuiszitters, Maatwerktafel, onderwijs-zorgarrangement, zorgplicht (4.2)",
        "resultaten": "ch. 8: achieved results 2022-2026 (8.1), indicator table with nulmeting and streefwaarde (8.2), dashboard/jaarverslag/evaluation cycle (8.3)",
        "ouders": "missing: ch. 11 'Communicatie' only covers schools/professionals and defers an information strategy for parents to 2026-2027; OJSP only in the afkortingenlijst",
    },
)

# ======================================================================
# Plan 3 - PO, pdf. SWV Passend Onderwijs Veenstreek-Oost.
# plaatsing partial (procedure, criteria deferred), financien missing (absent annex),
# ouders partial (information yes, independent help deferred). Return policy inside the TLV chapter.
# ======================================================================
P3 = r"""
@title Ondersteuningsplan 2026-2030
@sub Samenwerkingsverband Passend Onderwijs Veenstreek-Oost (PO 33-07)
@meta "Elk kind een plek die past"
@meta Definitieve versie, april 2026
@header SWV Veenstreek-Oost | Ondersteuningsplan 2026-2030
@toc
~ 1 Inleiding
~ 2 Terugblik op de periode 2022-2026
~ 3 Waar we voor staan
~ 4 De basis die overal staat
~ 5 Meer dan de basis: ons netwerk van ondersteuning
~ 6 Toelating tot sbo en so, en de weg terug
~ 7 Financiën en meerjarenbegroting
~ 8 Doelen en opbrengsten 2026-2030
~ 9 Ouders en leerlingen
~ 10 Bestuur, toezicht en medezeggenschap
~ 11 Medewerkers en deskundigheid
~ 12 Huisvesting, bedrijfsvoering en planning
~ 13 Verklarende woordenlijst
# 1 Inleiding
Dit is het ondersteuningsplan van Samenwerkingsverband Passend Onderwijs Veenstreek-Oost voor de schooljaren 2026-2027 tot en met 2029-2030. In het samenwerkingsverband werken elf schoolbesturen samen met in totaal 47 basisscholen, één school voor speciaal basisonderwijs met twee locaties en twee scholen voor speciaal onderwijs. Het werkgebied bestaat uit de gemeenten Veendijk, Lutkemeer en Hoogerzwaag, een uitgestrekt gebied met veel kleine kernen en twee middelgrote plaatsen.
Het plan beschrijft hoe we ervoor zorgen dat alle kinderen in onze regio onderwijs krijgen dat bij hen past. Het is geschreven voor schoolbesturen, directeuren, intern begeleiders en leerkrachten, maar ook voor ouders en partners die willen weten wat zij van ons mogen verwachten. We hebben geprobeerd het plan zo te schrijven dat het ook zonder voorkennis te lezen is. Waar we toch vaktermen gebruiken, staan die uitgelegd in hoofdstuk 13.
Het plan is tot stand gekomen na een uitgebreide evaluatie van het vorige plan, waarin we scholen, ouders en partners hebben gevraagd wat goed ging en wat beter moest. De belangrijkste lessen uit die evaluatie staan in hoofdstuk 2. De ondersteuningsplanraad heeft op 2 april 2026 ingestemd met het plan; het OOGO met de drie gemeenten is op 17 maart 2026 afgerond.
# 2 Terugblik op de periode 2022-2026
In de afgelopen planperiode stonden drie thema's centraal: het versterken van de basis op alle scholen, het verkorten van de wachttijden voor het speciaal onderwijs en het terugdringen van thuiszitten. Wat hebben we bereikt?
| Thema | Wat we wilden | Wat we bereikten (peildatum 1 oktober 2025) |
| Basis op alle scholen | Alle scholen voldoen aan de afspraken | 41 van de 47 scholen voldoen volledig; 6 scholen hebben een verbeterplan |
| Wachttijd so | Maximaal 8 weken | Gemiddeld 7 weken; cluster 4 gemiddeld 10 weken |
| Thuiszitters | Maximaal 5 kinderen langer dan 4 weken thuis | 9 kinderen |
| Terugkeer uit sbo en so | 10 kinderen per jaar | Gemiddeld 8 per jaar |
| Tevredenheid ouders over de ondersteuning | Rapportcijfer 7,5 | 7,3 |
De conclusie is dat we goede stappen hebben gezet, maar dat de ambities niet volledig zijn gehaald. Vooral voor kinderen met complexe gedragsproblemen is er te weinig aanbod in de regio. Ook merken scholen dat de personeelstekorten het moeilijker maken om extra steun vol te houden. Deze lessen zijn meegenomen in de keuzes voor de komende periode.
# 3 Waar we voor staan
Wij geloven dat elk kind recht heeft op onderwijs dat past bij wat het kan en nodig heeft. Dat onderwijs vindt bij voorkeur plaats op een school in de eigen woonplaats, samen met andere kinderen uit de buurt. Waar dat niet kan, zorgen we voor een goede plek elders, met als uitgangspunt dat een kind terugkeert zodra dat verantwoord is.
Onze missie is dat scholen, ouders en partners samen een sluitend geheel vormen rond ieder kind. We doen dat door scholen te versterken, door expertise te delen en door snel en helder te beslissen waar een beslissing van ons nodig is. We willen een lerende organisatie zijn, die haar eigen resultaten kritisch volgt en bijstuurt waar nodig.
# 4 De basis die overal staat
## 4.1 Afspraak voor alle scholen
Alle aangesloten scholen, en elke locatie daarvan, bieden een gezamenlijk afgesproken pakket aan ondersteuning. Dit pakket is de ondergrens in onze regio: het is wat elk kind op elke school kan verwachten, zonder aanvraag en zonder wachttijd. Scholen mogen meer bieden dan dit pakket, maar niet minder. Waar een school boven dit pakket uitkomt, beschrijft zij dat in haar ondersteuningsprofiel.
## 4.2 Wat het pakket inhoudt
| Onderdeel | Wat ouders op elke school aantreffen |
| Zicht op ontwikkeling | Een leerlingvolgsysteem dat twee keer per jaar wordt besproken in groepsbesprekingen; signalering van achterstanden en voorsprongen vanaf groep 1 |
| Lezen en rekenen | Werkwijze volgens de landelijke protocollen dyslexie en dyscalculie; extra instructie in kleine groepjes voor kinderen die uitvallen |
| Gedrag en welbevinden | Een schoolbreed programma voor sociaal-emotioneel leren; een pestprotocol; een aandachtsfunctionaris kindermishandeling en huiselijk geweld |
| Meer kunnen | Verrijking en verdieping in de klas; een begeleider meer- en hoogbegaafdheid per bestuur |
| Taal | Extra ondersteuning voor kinderen die thuis een andere taal spreken |
| Lichamelijke en medische zorg | Een protocol medisch handelen; aanpassingen in het gebouw voor kinderen die slecht ter been zijn, waar het gebouw dat toelaat |
| Deskundigheid | Een intern begeleider, een gedragsspecialist binnen het bestuur en de mogelijkheid een orthopedagoog van het samenwerkingsverband te consulteren |
| Samenwerking | Een ondersteuningsteam met een jeugdverpleegkundige en de contactpersoon van het sociale wijkteam |
## 4.3 Bewaking
Elk jaar voert de kwaliteitsmedewerker van het samenwerkingsverband met iedere school een gesprek over de basis aan de hand van een korte vragenlijst. Scholen die op onderdelen achterblijven, maken binnen drie maanden een verbeterplan dat het bestuur ter kennisname aan het samenwerkingsverband stuurt.
# 5 Meer dan de basis: ons netwerk van ondersteuning
## 5.1 Opbouw van het netwerk
Kinderen die meer nodig hebben dan het basispakket kunnen gebruikmaken van een reeks voorzieningen die samen het netwerk van onze regio vormen. Het netwerk loopt van lichte hulp op de eigen school tot een plek op een speciale school.
- Binnen de school: extra begeleiding door de eigen leerkracht, onderwijsassistent of gedragsspecialist, uitgevoerd met de middelen van het eigen bestuur.
- Met het Expertiseteam: orthopedagogen en specialisten van het samenwerkingsverband die meekijken in de klas, leerkrachten coachen en korte trajecten verzorgen.
- Ambulante begeleiding vanuit het so voor kinderen met een lichamelijke beperking, langdurige ziekte of ernstige gedragsproblemen die op een basisschool blijven.
- Kleine groepen: de Schakelgroep in Veendijk voor kinderen van groep 3 tot en met 5 die tijdelijk (maximaal 20 weken) extra structuur nodig hebben, met daarna een overstap terug naar de eigen school.
- Voor hoogbegaafde kinderen: de Denktank, een dag per week bovenschoolse verrijking op drie locaties.
- Voor nieuwkomers: de taalschool in Lutkemeer, waar kinderen het eerste jaar Nederlands leren voordat ze naar de basisschool in de buurt gaan.
- Speciaal basisonderwijs: sbo De Veenvlinder, locaties Veendijk en Hoogerzwaag.
- Speciaal onderwijs: so De Horizon (cluster 3) en so De Kade (cluster 4).
- Voor kinderen voor wie onderwijs alleen samen met zorg mogelijk is: onderwijs-zorgarrangementen bij De Kade in samenwerking met de jeugdhulpaanbieder in de regio.
## 5.2 Blinde vlekken en thuiszitters
Ieder jaar in februari brengt het samenwerkingsverband samen met de besturen in beeld voor welke kinderen het netwerk tekortschiet. We kijken daarbij naar de wachtlijsten van de speciale scholen, naar kinderen met een vrijstelling van de leerplicht en naar kinderen die (gedeeltelijk) thuiszitten. De uitkomst, die we de 'netwerkscan' noemen, bespreken we met de gemeenten in het OOGO.
Uit de netwerkscan van 2025 blijkt dat er vooral een gat zit bij kinderen van 8 tot 12 jaar met zware gedragsproblematiek in combinatie met een behandelvraag. Wij starten daarom in augustus 2027 samen met De Kade en de gemeente Veendijk een kleinschalige groep voor tien kinderen, waarin onderwijs en behandeling op één locatie worden geboden.
Voor kinderen die thuiszitten geldt in onze regio de afspraak 'binnen twee weken aan tafel': uiterlijk twee weken nadat leerplicht of de school een thuiszitter meldt, zitten ouders, school, leerplicht, het wijkteam en een consulent van het samenwerkingsverband samen aan tafel om een plan te maken. De consulent houdt de regie tot het kind weer onderwijs volgt. Schoolbesturen vullen hun zorgplicht zo in dat geen aangemeld kind zonder aanbod blijft; kan de school van aanmelding geen passende plek bieden, dan zoekt zij samen met het Expertiseteam een andere school, en het samenwerkingsverband treedt op als het na tien weken nog niet is gelukt.
# 6 Toelating tot sbo en so, en de weg terug
## 6.1 De aanvraag
Als een kind op de basisschool, ook met extra hulp, niet tot ontwikkeling komt, kan het bestuur van die school een toelaatbaarheidsverklaring aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs. Dat gaat als volgt. Het ondersteuningsteam van de school bespreekt de situatie, samen met de ouders en een orthopedagoog van het Expertiseteam. Als het team concludeert dat een overstap nodig is, stelt de school het aanvraagdossier samen: het ontwikkelingsperspectief, een verslag van de ondersteuning die is geboden en de effecten ervan, en het verslag van het gesprek met de ouders. Het bestuur dient de aanvraag digitaal in bij het samenwerkingsverband.
Twee deskundigen die niet bij het kind betrokken zijn geweest, beoordelen het dossier: een orthopedagoog of psycholoog en, afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of kinderpsychiater. Ieder van hen brengt afzonderlijk een schriftelijk advies uit. De Toelatingscommissie van het samenwerkingsverband besluit binnen zes weken na ontvangst van de complete aanvraag en stuurt het besluit aan het bestuur en de ouders.
De criteria waaraan de Toelatingscommissie een aanvraag toetst, herzien we in het eerste jaar van deze planperiode samen met de sbo- en so-scholen. Tot het nieuwe afwegingskader is vastgesteld, verwijzen we naar de beschrijving op onze website.
Een verklaring voor het sbo geven we af tot het einde van de basisschoolperiode; een verklaring voor het so standaard voor twee schooljaren, met een bekostigingscategorie laag, midden of hoog.
## 6.2 De weg terug naar de basisschool
Een plek in het sbo of so is voor ons altijd een plek voor zolang het nodig is. Ons beleid is dat kinderen terugkeren naar een basisschool, bij voorkeur in de eigen woonplaats, zodra hun ontwikkeling dat toelaat en een basisschool kan bieden wat zij nodig hebben. Een terugkeer slaagt alleen als het kind er zelf aan toe is, als de ouders erachter staan en als de ontvangende school goed is voorbereid. Daarom krijgt een kind dat terugkeert altijd begeleiding mee: een terugkeerarrangement van een half jaar, waarin een leerkracht van de sbo- of so-school wekelijks meekijkt op de nieuwe school en de leerkracht coacht. Basisscholen in onze regio hebben afgesproken dat zij een kind dat vanuit het sbo of so terugkomt niet weigeren vanwege die achtergrond.
Zo verloopt een terugkeer:
- De sbo- of so-school bespreekt ieder schooljaar in het voorjaar bij de evaluatie van het ontwikkelingsperspectief of terugkeer in beeld is. Ook ouders kunnen dat gesprek aanvragen.
- Bij een so-leerling bespreekt de school in het laatste jaar van de toelaatbaarheidsverklaring, uiterlijk in december, met ouders en de consulent van het samenwerkingsverband of het kind terug kan of dat verlenging nodig is.
- Is verlenging nodig, dan vraagt de so-school voor 1 maart een nieuwe verklaring aan bij de Toelatingscommissie.
- Is terugkeer mogelijk, dan zoekt de consulent samen met ouders een basisschool. De scholen leggen de afspraken en de start van het terugkeerarrangement vast in een overdrachtsplan.
- Na drie maanden evalueren de ontvangende school, de sbo- of so-school en de ouders de terugkeer; bij problemen kan het Expertiseteam extra inzet leveren.
In 2024-2025 keerden negen kinderen terug uit het sbo en so. Ons doel voor 2030 staat in hoofdstuk 8.
# 7 Financiën en meerjarenbegroting
Een goed financieel beleid is een voorwaarde voor de uitvoering van dit plan. Het financiële kader van het samenwerkingsverband, met daarin de verdeling van de middelen over de besturen, de bekostiging van de voorzieningen en de meerjarenbegroting voor de planperiode, is opgenomen in het document 'Financieel beleid en meerjarenbegroting 2026-2030' (bijlage 6). Dat document wordt gelijktijdig met dit plan aan het bestuur en de ondersteuningsplanraad voorgelegd.
# 8 Doelen en opbrengsten 2026-2030
## 8.1 Onze doelen
We hebben voor deze planperiode zes doelen gekozen. Bij elk doel staat waaraan we zien of we het bereikt hebben.
| Doel | Waaraan we het zien | Streefwaarde 2030 |
| Iedere school biedt de basis | Aantal scholen dat volledig aan het basispakket voldoet | 47 van 47 |
| Kinderen hoeven niet lang te wachten | Gemiddelde wachttijd so, alle clusters | maximaal 6 weken |
| Geen kind langer thuis | Kinderen langer dan 4 weken zonder onderwijs | maximaal 3 |
| Meer kinderen terug naar de basisschool | Terugkeer uit sbo en so per jaar | 12 |
| Leerkrachten voelen zich gesteund | Tevredenheid leerkrachten over het Expertiseteam | rapportcijfer 7,5 |
| Ouders voelen zich gehoord | Tevredenheid ouders over de ondersteuning | rapportcijfer 7,5 |
## 8.2 Hoe we volgen wat we bereiken
Het samenwerkingsverband werkt met een jaarlijkse cyclus van plannen, uitvoeren, meten en bijsturen. Ieder kwartaal verzamelt het bureau gegevens over aanvragen, wachttijden, thuiszitters en terugkeer, en deze worden gerapporteerd aan het bestuur. Eenmaal per jaar, in het voorjaar, houden we een tevredenheidsonderzoek onder ouders van kinderen met extra ondersteuning en onder leerkrachten. De uitkomsten worden besproken in het bestuur, met de directeuren en met de ondersteuningsplanraad. In het jaarverslag, dat uiterlijk 1 juli verschijnt, rapporteren we per doel wat er bereikt is en wat we gaan bijstellen. In het voorjaar van 2028 maken we een tussenbalans, waarin we zo nodig de streefwaarden bijstellen.
# 9 Ouders en leerlingen
## 9.1 Informatie voor ouders
Ouders zijn voor ons de belangrijkste partners. Zij kennen hun kind het best en zij moeten goed kunnen meedenken en meebeslissen over de ondersteuning. Om dat te kunnen, hebben zij informatie nodig over wat er in de regio mogelijk is. Wij zorgen daarvoor op de volgende manieren:
- De brochure 'Wegwijzer passend onderwijs' legt in eenvoudige taal uit wat het basispakket is, welke voorzieningen er zijn en hoe de toelating tot sbo en so werkt. De brochure wordt via de scholen verspreid aan alle ouders van nieuwe leerlingen.
- Op onze website staat een aparte pagina voor ouders met de wegwijzer, filmpjes over de route naar extra ondersteuning en een overzicht van de voorzieningen per gemeente.
- De scholen nemen in hun schoolgids op wat zij bieden en wie de intern begeleider is.
- Twee keer per jaar organiseren we een informatiebijeenkomst voor ouders, in Veendijk en in Hoogerzwaag.
- Ouders die een vraag hebben over de ondersteuning van hun kind, kunnen rechtstreeks contact opnemen met de consulent van het samenwerkingsverband.
## 9.2 Ouders betrekken
Ouders worden altijd uitgenodigd wanneer hun kind wordt besproken in het ondersteuningsteam, en zij tekenen voor akkoord op het handelingsdeel van het ontwikkelingsperspectief. In de ondersteuningsplanraad zijn vijf van de tien zetels bestemd voor ouders. Kinderen vanaf groep 6 worden uitgenodigd hun mening te geven over hun eigen ontwikkelingsperspectief.
## 9.3 Steunpunt voor ouders
Een onafhankelijk ouder- en jeugdsteunpunt richten wij in de loop van 2027 in, samen met de samenwerkingsverbanden in de omliggende regio. Hoe ouders het steunpunt kunnen bereiken en waarvoor zij er terechtkunnen, maken we bekend zodra de inrichting rond is.
# 10 Bestuur, toezicht en medezeggenschap
Het samenwerkingsverband is een stichting met een bestuur dat bestaat uit de voorzitters van de elf aangesloten schoolbesturen. Het dagelijks bestuur is gedelegeerd aan de directeur, die verantwoording aflegt aan het bestuur. Het intern toezicht is belegd bij een toezichthoudend comité van drie onafhankelijke leden. De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan; de OPR vergadert zes keer per jaar en overlegt twee keer per jaar met de directeur. De medewerkers van het bureau hebben een eigen medezeggenschapsraad.
## 10.1 Goed bestuur en toezicht
Het samenwerkingsverband volgt de Code Goed Bestuur van de PO-Raad. Het toezichthoudend comité ziet toe op de rechtmatige en doelmatige besteding van de middelen, keurt de jaarrekening en het jaarverslag goed en is werkgever van de directeur. Leden van het comité worden benoemd voor vier jaar en kunnen eenmaal worden herbenoemd. Het comité heeft een auditcommissie en een commissie kwaliteit en onderwijs.
## 10.2 Medezeggenschap in de praktijk
De ondersteuningsplanraad krijgt bij de start van ieder schooljaar een jaaragenda, zodat de leden weten wanneer welke onderwerpen aan de orde komen. Voor nieuwe OPR-leden organiseert het samenwerkingsverband een introductiebijeenkomst. De OPR kan zich laten ondersteunen door een externe adviseur; de kosten daarvan worden vergoed. De OPR-leden ontvangen een vacatievergoeding per vergadering.
# 11 Medewerkers en deskundigheid
Het bureau van het samenwerkingsverband telt 16 medewerkers (10,2 fte): de directeur, vijf orthopedagogen, drie consulenten, twee specialisten gedrag en jonge kind, een kwaliteitsmedewerker en een klein secretariaat. Het Expertiseteam is de kern van onze ondersteuning en wordt daarom met voorrang op sterkte gehouden. Ieder jaar organiseren wij een studiedag voor alle intern begeleiders, en een lerend netwerk voor gedragsspecialisten. Nieuwe intern begeleiders krijgen in hun eerste jaar een mentor van een andere school.
## 11.1 Samen leren
Passend onderwijs vraagt veel van leerkrachten. Zij hebben te maken met grote verschillen in de klas, met kinderen met gedragsproblemen en met ouders die terecht hoge verwachtingen hebben. Het samenwerkingsverband wil leerkrachten daarin steunen, niet door nog meer cursussen aan te bieden, maar door kennis dichtbij te brengen. Daarom werken de orthopedagogen van het Expertiseteam zo veel mogelijk in de klas, samen met de leerkracht. Ook stimuleren we dat scholen bij elkaar kijken: leerkrachten van het sbo en so lopen mee op basisscholen en andersom.
## 11.2 Overstap naar het voortgezet onderwijs
Met het samenwerkingsverband voortgezet onderwijs maken we afspraken over een warme overdracht van kinderen met extra ondersteuning. De intern begeleider van de basisschool en de zorgcoördinator van de vo-school bespreken ieder kind met een ontwikkelingsperspectief vóór 1 mei. Voor leerlingen van het sbo en so organiseren we in februari een overstapmarkt.
# 12 Huisvesting, bedrijfsvoering en planning
Het bureau is gevestigd in het onderwijscentrum in Veendijk, waar ook de Schakelgroep zit. De financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor. Voor het registreren van aanvragen en besluiten gebruiken we een beveiligd digitaal systeem; de gegevens worden bewaard tot drie jaar na het laatste besluit, in overeenstemming met de wet en de AVG.
## 12.1 Planning en jaarcyclus
Dit ondersteuningsplan wordt elk jaar vertaald in een jaarplan, waarin staat welke activiteiten we dat jaar uitvoeren. Het jaarplan wordt in juni door het bestuur vastgesteld, na bespreking met de ondersteuningsplanraad.
| Periode | Wat gebeurt er |
| September | Start jaarplan; jaaragenda OPR |
| Oktober | Teldatum leerlingen; start kwartaalrapportage |
| Februari | Netwerkscan; tevredenheidsonderzoek voorbereiden |
| Maart-april | Tevredenheidsonderzoek ouders en leerkrachten |
| Juni | Vaststelling jaarplan volgend schooljaar |
| Juli | Jaarverslag gepubliceerd |
# 13 Verklarende woordenlijst
Afwegingskader: de criteria die de Toelatingscommissie hanteert bij een aanvraag voor een toelaatbaarheidsverklaring.
Basispakket: het afgesproken niveau van basisondersteuning op alle scholen.
Bekostigingscategorie: de zwaarte van de ondersteuning in het so (laag, midden, hoog).
Meerjarenbegroting: de begroting van het samenwerkingsverband voor de planperiode.
Onderwijsconsulenten: onafhankelijke landelijke adviseurs voor ouders bij problemen rond passend onderwijs.
Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.
Verdeelmodel: de manier waarop het samenwerkingsverband de middelen over de besturen verdeelt.
"""

P3_LABEL = dict(
    crit={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "ch. 4 'De basis die overal staat': agreed floor for every locatie (4.1), content table in everyday words (4.2), annual check (4.3)",
        "plaatsing": "partial: 6.1 gives the procedure (ondersteuningsteam, dossier, two deskundigen, Toelatingscommissie within 6 weeks, duration/category), but the criteria are deferred to a new afwegingskader and the website",
        "terugstroom": "6.2 'De weg terug naar de basisschool' inside the TLV chapter: policy, terugkeerarrangement, five steps incl. last TLV year, figures",
        "financien": "missing: ch. 7 only refers to the absent 'Financieel beleid en meerjarenbegroting 2026-2030' (bijlage 6); verdeelmodel/meerjarenbegroting only in TOC and glossary",
        "dekkend-aanbod": "ch. 5: network list from school to so incl. OZA (5.1); netwerkscan, gap for 8-12 year olds with plan 2027, thuiszitters 'binnen twee weken aan tafel', zorgplicht (5.2)",
        "resultaten": "ch. 2 achieved results table, 8.1 goals with streefwaarden, 8.2 quarterly data, satisfaction survey, jaarverslag, tussenbalans 2028",
        "ouders": "partial: 9.1 brochure, website, schoolgids, meetings, consulent; independent steunpunt only announced for 2027 (9.3); Onderwijsconsulenten only in the glossary",
    },
)

# ======================================================================
# Plan 4 - VO, pdf. SWV VO Heuvelland-Zuid.
# basisondersteuning missing (only SOP reference + glossary), terugstroom partial (policy, procedure deferred),
# dekkend-aanbod partial (continuum, gaps deferred), resultaten missing (deferral to jaarplan),
# ouders present but inside 'Communicatie en contact'.
# ======================================================================
P4 = r"""
@title Ondersteuningsplan 2026-2030
@sub Samenwerkingsverband Voortgezet Onderwijs Heuvelland-Zuid (VO 36-05)
@meta "Iedere leerling een volgende stap"
@meta Vastgesteld door het algemeen bestuur op 22 april 2026
@header Samenwerkingsverband VO Heuvelland-Zuid | Ondersteuningsplan 2026-2030
@toc
~ Voorwoord
~ 1 Kerngegevens
~ 2 Missie en visie
~ 3 Uitgangspunten voor de ondersteuning
~ 4 De ondersteuningsroute in Heuvelland-Zuid
~ 5 Toelaatbaarheid tot vso, lwoo en praktijkonderwijs
~ 6 Terugplaatsing en overstap
~ 7 Geld: verdeling en begroting
~ 8 Opbrengsten en resultaten
~ 9 Communicatie en contact
~ 10 Gemeenten, zorg en arbeidsmarkt
~ 11 Bestuur en organisatie
~ 12 Personeel en professionalisering
~ 13 Privacy en gegevensbeheer
~ 14 Procedure en planning
~ Begrippenlijst
# Voorwoord
Beste lezer, voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet Onderwijs Heuvelland-Zuid. In dit plan beschrijven we hoe de scholen in onze regio samen zorgen voor passend onderwijs voor alle leerlingen van twaalf tot achttien jaar, en soms ouder.
De titel van het plan, 'Iedere leerling een volgende stap', zegt waar het ons om gaat. Ieder kind dat in onze regio naar het voortgezet onderwijs gaat, moet een volgende stap kunnen zetten: naar een diploma, naar vervolgonderwijs of naar werk. Voor de meeste leerlingen gaat dat vanzelf. Voor een deel van de leerlingen is daarvoor extra steun nodig. Dat deel wordt groter: scholen zien meer leerlingen met angst, somberheid en concentratieproblemen, en meer leerlingen die uitvallen.
Dit plan is op hoofdlijnen geschreven. Het beschrijft wat we samen afspreken; hoe scholen dat uitvoeren, leggen zij vast in hun eigen plannen. Waar nodig werken we onderdelen verder uit in het jaarplan van het samenwerkingsverband.
Wij danken de schoolleiders, zorgcoördinatoren, de leden van de ondersteuningsplanraad en onze partners bij de gemeenten en in de zorg voor hun bijdrage.
Drs. H.J. Lemmens, voorzitter algemeen bestuur
# 1 Kerngegevens
Het samenwerkingsverband omvat de gemeenten Heuvelstad, Geulre, Margraten-Zuid en Valkendaal. In het samenwerkingsverband werken zes schoolbesturen samen met vijftien vestigingen voor voortgezet onderwijs, één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs (cluster 3 en cluster 4). In totaal gaan er ongeveer 9.800 leerlingen naar school in de regio.
| Schoolsoort | Vestigingen | Leerlingen 1-10-2025 |
| Vmbo (incl. lwoo) | 6 | 3.410 |
| Havo/vwo | 7 | 5.240 |
| Praktijkonderwijs | 1 | 310 |
| Vso cluster 3 en 4 | 2 | 390 |
| Internationale schakelklas | 1 | 85 |
Het aantal leerlingen in Heuvelland-Zuid daalt de komende jaren met naar verwachting twaalf procent tot 2032. Die krimp treft vooral de kleinere vestigingen in Geulre en Valkendaal. De besturen werken daarom in een regionaal onderwijsplan samen aan een spreiding van het onderwijsaanbod die ook op langere termijn houdbaar is.
## 1.1 Krimp en spreiding
De daling van het aantal leerlingen heeft gevolgen voor het hele voortgezet onderwijs in de regio. Kleinere vestigingen kunnen niet meer alle profielen en leerwegen aanbieden, en het wordt moeilijker om gespecialiseerde docenten te behouden. De besturen hebben daarom in 2025 een regionaal onderwijsplan opgesteld, waarin afspraken staan over welke school welke opleidingen aanbiedt. Het samenwerkingsverband is bij die afspraken betrokken, omdat de spreiding van opleidingen ook bepaalt hoe ver leerlingen moeten reizen en waar de ondersteuning het beste kan worden georganiseerd.
## 1.2 Terugblik op de vorige planperiode
De periode 2022-2026 stond in het teken van de opbouw van De Sprong en de invoering van eigen criteria voor leerwegondersteuning. Beide zijn gerealiseerd. De Sprong verhuisde in 2023 naar een nieuw gebouw in Heuvelstad en heeft nu plaats voor 90 leerlingen. Het consulententeam is uitgebreid van twee naar vier consulenten. Een aantal voornemens is niet of slechts gedeeltelijk uitgevoerd, waaronder het gezamenlijke scholingsaanbod voor mentoren, dat door het lerarentekort is uitgesteld.
# 2 Missie en visie
Onze missie is dat elke leerling in Heuvelland-Zuid onderwijs volgt dat past bij zijn mogelijkheden, op een school zo dicht mogelijk bij huis, en dat hij de school verlaat met een diploma, certificaat of een passende plek op de arbeidsmarkt.
Wij zien passend onderwijs als een gezamenlijke verantwoordelijkheid van alle scholen. Geen school kan alle leerlingen bedienen, maar alle scholen samen kunnen dat wel. Dat vraagt om vertrouwen tussen de besturen, om heldere afspraken en om de bereidheid om over de grenzen van de eigen school heen te kijken. Het samenwerkingsverband is daarbij de plek waar die afspraken worden gemaakt en bewaakt.
Onze visie rust op drie pijlers: de leerling centraal, de school als basis en het netwerk als vangnet. De leerling centraal betekent dat we vertrekken vanuit wat een leerling nodig heeft, niet vanuit wat er toevallig beschikbaar is. De school als basis betekent dat de ondersteuning in de eerste plaats binnen de school wordt geboden. Het netwerk als vangnet betekent dat scholen kunnen terugvallen op een breed aanbod wanneer de eigen mogelijkheden tekortschieten.
# 3 Uitgangspunten voor de ondersteuning
Iedere school in Heuvelland-Zuid beschrijft in haar schoolondersteuningsprofiel welke ondersteuning zij aan leerlingen biedt. De profielen zijn door de besturen vastgesteld en zijn te vinden op de websites van de scholen. Het samenwerkingsverband verzamelt de profielen, maar beoordeelt ze niet inhoudelijk.
Daarnaast hanteren we bij alle ondersteuning een paar gezamenlijke uitgangspunten. Ondersteuning is zo licht als mogelijk en zo zwaar als nodig. Ondersteuning is tijdelijk waar dat kan en wordt steeds geëvalueerd. Ondersteuning wordt in samenspraak met leerling en ouders vormgegeven. En ondersteuning wordt zo veel mogelijk binnen het reguliere onderwijs geboden.
# 4 De ondersteuningsroute in Heuvelland-Zuid
## 4.1 Van school tot vso
Het samenwerkingsverband kent een samenhangende route van ondersteuningsvoorzieningen. Elke stap is bedoeld voor leerlingen voor wie de vorige stap niet voldoende is.
| Stap | Voorziening | Doelgroep en duur | Wie beslist |
| A | Ondersteuning op de eigen school volgens het schoolondersteuningsprofiel | Alle leerlingen | School |
| B | Schoolarrangement: extra begeleiding door een coach, aangepast rooster, inzet van een jeugdprofessional op school | Leerlingen met een tijdelijke extra vraag; maximaal een schooljaar, daarna evaluatie | School, na advies van het ondersteuningsteam |
| C | Regionaal arrangement: inzet van specialisten van het vso (ambulante begeleiding), een time-outplek op de Rebound Heuvelstad (maximaal 12 weken) | Leerlingen die ondanks het schoolarrangement vastlopen | Consulententeam van het samenwerkingsverband |
| D | Orthopedagogisch-didactisch centrum De Sprong: kleine groepen voor leerlingen uit het vmbo, maximaal twee jaar | Leerlingen met een leer- en gedragsvraag die tijdelijk niet in een reguliere klas passen | Commissie Toelaatbaarheid |
| E | Praktijkonderwijs Het Ambacht | Leerlingen die voldoen aan de landelijke criteria voor pro | Commissie Toelaatbaarheid |
| F | Vso De Berkenhof (cluster 3) en vso Kasteelhof (cluster 4) | Leerlingen met een langdurige, intensieve ondersteuningsbehoefte | Commissie Toelaatbaarheid |
Daarnaast is er de internationale schakelklas in Heuvelstad voor nieuwkomers van twaalf tot achttien jaar (gemiddeld twee jaar), en bieden twee havo/vwo-scholen een programma voor hoogbegaafde leerlingen dat openstaat voor leerlingen van alle scholen.
## 4.2 Leerlingen zonder passende plek
Het samenwerkingsverband wil dat geen leerling tussen wal en schip valt. Een analyse van de plekken waar het aanbod in onze regio tekortschiet, maken we in het eerste planjaar. De aanpak voor thuiszitters en leerlingen met een vrijstelling wordt beschreven in een convenant met de vier gemeenten dat op dit moment wordt voorbereid.
# 5 Toelaatbaarheid tot vso, lwoo en praktijkonderwijs
## 5.1 De Commissie Toelaatbaarheid
Het samenwerkingsverband heeft één Commissie Toelaatbaarheid die besluit over toelaatbaarheid tot het vso, tot het praktijkonderwijs, over de aanwijzing voor leerwegondersteunend onderwijs en over plaatsing in De Sprong. De commissie bestaat uit een voorzitter (de directeur van het samenwerkingsverband of diens plaatsvervanger), een orthopedagoog-generalist en een tweede deskundige die per aanvraag wordt gekozen: een kinder- en jeugdpsychiater, een jeugdarts, een maatschappelijk werker of een psycholoog. De beide deskundigen brengen elk een afzonderlijk, ondertekend advies uit.
## 5.2 Vso
Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de toelaatbaarheidsverklaring aan via het aanvraagformulier op het beveiligde portaal. Bij de aanvraag horen: het ontwikkelingsperspectief met de evaluaties van ten minste de laatste zes maanden, een overzicht van de ingezette stappen uit de ondersteuningsroute, recente verslagen van onderzoek en de zienswijze van ouders en leerling. De commissie neemt binnen zes weken een besluit; in spoedeisende situaties binnen twee weken.
De commissie verklaart een leerling toelaatbaar tot het vso als:
- de leerling een ondersteuningsbehoefte heeft op meerdere gebieden (leren, gedrag, sociaal-emotioneel, medisch of lichamelijk) die langdurig en intensief is;
- de stappen A tot en met C van de ondersteuningsroute zijn doorlopen of aantoonbaar niet zinvol zijn;
- uit de adviezen van beide deskundigen blijkt dat de leerling gedurende de gehele schooldag aangewezen is op de kleinschalige, specialistische omgeving van het vso;
- voor cluster 3: sprake is van een verstandelijke beperking (IQ lager dan 70 in combinatie met beperkingen in de zelfredzaamheid), een lichamelijke beperking of langdurige ziekte met blijvende zorgbehoefte.
De verklaring wordt afgegeven voor twee schooljaren, of tot het einde van de opleiding bij leerlingen in de uitstroomprofielen arbeidsmarkt en dagbesteding. In de verklaring staat de bekostigingscategorie (laag, midden of hoog).
## 5.3 Lwoo
Heuvelland-Zuid werkt sinds 2018 met eigen criteria voor leerwegondersteuning. Een leerling komt in aanmerking als het basisschooladvies vmbo-basis of vmbo-kader is en hij op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen, spelling, rekenen) een achterstand heeft van minimaal anderhalf jaar, of als hij in combinatie met één domeinachterstand een belemmering heeft in werkhouding, faalangst of concentratie die met een gestandaardiseerde vragenlijst is vastgesteld. De vo-school waar de leerling is aangemeld, vraagt de aanwijzing voor 1 mei aan; de commissie besluit binnen vier weken. De aanwijzing geldt voor de hele vmbo-periode en wordt na het tweede leerjaar door de school geëvalueerd.
## 5.4 Praktijkonderwijs
Voor het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en leerachterstanden van minimaal drie jaar op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen). Het Ambacht vraagt de verklaring aan zodra een leerling is aangemeld; de commissie besluit binnen vier weken. De verklaring geldt voor de gehele schoolloopbaan in het praktijkonderwijs.
## 5.5 Bezwaar
Wie het niet eens is met een besluit van de commissie, kan binnen zes weken na de bekendmaking bezwaar maken bij het algemeen bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen zes weken na ontvangst van dat advies.
# 6 Terugplaatsing en overstap
Wij vinden dat een plek in het vso of in De Sprong zo kort moet duren als verantwoord is. Ons beleid is dat iedere leerling die daaraan toe is, doorstroomt naar een reguliere school of naar het mbo, liefst in de eigen omgeving. Een overstap naar het reguliere onderwijs is mogelijk wanneer de leerling het onderwijsprogramma en de groepsgrootte op een reguliere school aankan, wanneer de ontvangende school met een schoolarrangement kan bieden wat hij nodig heeft, en wanneer leerling en ouders achter de overstap staan. Wie terugkeert, krijgt gedurende het eerste half jaar ambulante begeleiding vanuit de vso-school of De Sprong, en de ontvangende school kan zonder aparte aanvraag een schoolarrangement inzetten. Vso-scholen en reguliere scholen hebben afgesproken dat een leerling die terugkeert, niet wordt geweigerd vanwege zijn vso-verleden.
Een stappenplan voor terugplaatsing, met daarin de momenten waarop de overstap wordt besproken en wie daarover beslist, stellen we in schooljaar 2026-2027 samen met de vso-scholen op.
# 7 Geld: verdeling en begroting
## 7.1 Verdeling van de middelen
Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Die verdelen we als volgt:
- Lwoo en praktijkonderwijs: de scholen ontvangen per leerling met een aanwijzing of verklaring het landelijke bedrag voor lichte ondersteuning dat daarvoor staat, verminderd met een bijdrage van 4 procent voor De Sprong.
- Schoolbudget: iedere vestiging ontvangt een vast bedrag van € 25.000 plus € 95 per leerling (teldatum 1 oktober van het voorafgaande jaar). Daarmee bekostigt de school de schoolarrangementen (stap B).
- Regionale arrangementen (stap C): het consulententeam kent arrangementen toe op basis van een aanvraag met een handelingsplan. De kosten worden rechtstreeks door het samenwerkingsverband betaald.
- De Sprong en de Rebound worden centraal bekostigd.
- De afdracht voor het vso loopt via DUO; de groeibekostiging voor het vso na 1 oktober wordt op 1 februari berekend en afgedragen.
## 7.2 Meerjarenbegroting
| Bedragen in euro's x 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten rijksbijdragen | 14.620 | 14.410 | 14.150 | 13.880 |
| Afdracht vso via DUO | 5.930 | 5.880 | 5.820 | 5.760 |
| Lwoo en pro naar scholen | 4.350 | 4.270 | 4.190 | 4.110 |
| Schoolbudgetten | 1.300 | 1.280 | 1.250 | 1.220 |
| Regionale arrangementen | 720 | 720 | 700 | 690 |
| De Sprong en Rebound | 1.640 | 1.660 | 1.660 | 1.650 |
| Consulententeam en commissie | 480 | 480 | 470 | 470 |
| Bureau en bestuur | 310 | 310 | 305 | 300 |
| Saldo | -110 | -190 | -245 | -320 |
## 7.3 Reserves en verantwoording
Het samenwerkingsverband had eind 2025 een algemene reserve van 2,9 miljoen euro, ruim boven de signaleringswaarde. In de begroting zetten we die reserve bewust in; eind 2029 bedraagt zij naar verwachting 2,0 miljoen euro. Besturen leggen jaarlijks voor 1 mei met een verantwoordingsformulier rekenschap af over de besteding van het schoolbudget en de lwoo- en pro-middelen.
# 8 Opbrengsten en resultaten
Welke opbrengsten wij voor leerlingen met een extra ondersteuningsbehoefte nastreven en op welke wijze wij die gaan volgen, leggen wij vast in het jaarplan 2026-2027. De ondersteuningsplanraad ontvangt dat jaarplan in oktober 2026.
# 9 Communicatie en contact
## 9.1 Voor ouders en leerlingen
Voor ouders en leerlingen is het niet altijd eenvoudig om de weg te vinden in de ondersteuning. We maken het hen zo makkelijk mogelijk:
- Op de website van het samenwerkingsverband staat een rubriek 'Voor ouders en leerlingen' met uitleg over de ondersteuningsroute, de voorzieningen in de regio, de toelaatbaarheid en de contactgegevens van de consulenten.
- Elke school neemt in de schoolgids en op haar website de ondersteuning op die zij biedt, en noemt de naam van de zorgcoördinator.
- Bij de overstap van de basisschool naar het voortgezet onderwijs ontvangen ouders van leerlingen met een ontwikkelingsperspectief de folder 'Op weg naar het vo', met uitleg over lwoo, praktijkonderwijs en de ondersteuning op de vo-scholen.
- Elke maand houden de consulenten een inloopspreekuur in Heuvelstad en Valkendaal, waar ouders zonder afspraak terechtkunnen.
## 9.2 Onafhankelijke hulp
Ouders en leerlingen die vastlopen of het niet eens zijn met de school of met het samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders en Jeugd Heuvelland. Dit steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband, is gratis, en biedt luisterend oor, informatie en begeleiding bij gesprekken. Ook kunnen ouders gebruikmaken van de Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld volgens onze klachtenregeling; geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen worden voorgelegd aan de landelijke Geschillencommissie passend onderwijs.
## 9.3 Meedenken
De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. Twee keer per jaar organiseert het samenwerkingsverband een klankbordbijeenkomst voor ouders, waarin we ervaringen ophalen met de ondersteuning op scholen.
# 10 Gemeenten, zorg en arbeidsmarkt
Met de gemeenten Heuvelstad, Geulre, Margraten-Zuid en Valkendaal voeren wij op overeenstemming gericht overleg over dit plan en over de jeugdplannen van de gemeenten. Het OOGO over dit plan vond plaats op 5 maart 2026. We werken samen aan jeugdhulp op school: jeugdprofessionals van de lokale teams werken mee in de ondersteuningsteams van de scholen die daarom vragen, en in De Sprong en de vso-scholen wordt jeugdhulp in onderwijstijd geboden. Met het mbo en het UWV werken we aan een soepele overgang van praktijkonderwijs en vso naar werk of vervolgonderwijs.
## 10.1 Van school naar werk
Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt werken we samen met het regionale werkbedrijf. Iedere leerling krijgt in het laatste schooljaar een jobcoach, die ook na het verlaten van de school nog een jaar beschikbaar is. Met de gemeenten is afgesproken dat schoolverlaters zonder diploma uit het vso en pro automatisch in beeld komen bij het jongerenloket.
# 11 Bestuur en organisatie
Het samenwerkingsverband is een vereniging. Het algemeen bestuur bestaat uit de bestuurders van de zes schoolbesturen en stelt het ondersteuningsplan, de begroting en de jaarrekening vast. Het toezicht is belegd bij een onafhankelijke toezichtsraad van drie leden. De directeur is verantwoordelijk voor de uitvoering en leidt het bureau, het consulententeam en De Sprong.
# 12 Personeel en professionalisering
Het samenwerkingsverband heeft 28 medewerkers in dienst (20,1 fte), van wie 17 bij De Sprong. Het consulententeam bestaat uit vier consulenten en twee orthopedagogen. We investeren in de deskundigheid van zorgcoördinatoren en mentoren met een gezamenlijk scholingsaanbod, en we stimuleren dat docenten van het vso en het reguliere onderwijs bij elkaar in de klas kijken.
Het lerarentekort in Heuvelland-Zuid is kleiner dan in de Randstad, maar voor sommige vakken, zoals wiskunde, Duits en natuurkunde, is het moeilijk om bevoegde docenten te vinden. Ook het vinden van gespecialiseerde begeleiders voor De Sprong kost steeds meer tijd. Het samenwerkingsverband werkt daarom samen met de lerarenopleiding in de regio aan stageplaatsen in De Sprong en in het vso, zodat studenten kennismaken met het werken met leerlingen die extra ondersteuning nodig hebben. Daarnaast is er een gezamenlijke vervangingspool met de besturen.
Voor de eigen medewerkers heeft het samenwerkingsverband een strategisch personeelsbeleid, met aandacht voor werkdruk, scholing en loopbaanontwikkeling. Medewerkers van De Sprong hebben jaarlijks twee studiedagen, waarvan één samen met de docenten van de vso-scholen.
## 12.1 Medezeggenschap van het personeel
Het personeel van het samenwerkingsverband is vertegenwoordigd in een eigen medezeggenschapsraad, die instemmingsrecht heeft op het personeelsbeleid en adviesrecht op de begroting. De medezeggenschapsraad en de ondersteuningsplanraad overleggen eenmaal per jaar met elkaar.
# 13 Privacy en gegevensbeheer
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, alleen voor zover dat nodig is voor de toelaatbaarheid en de toewijzing van arrangementen. De gegevens worden opgeslagen in een beveiligd portaal en bewaard tot drie jaar na het laatste besluit. Het privacyreglement is vastgesteld door het algemeen bestuur en ligt ter inzage op het bureau.
## 13.1 Bedrijfsvoering
De financiële administratie, de salarisadministratie en het beheer van het aanvraagportaal zijn ondergebracht bij een administratiekantoor. Het samenwerkingsverband huurt zijn bureauruimte in het gebouw van De Sprong. Voor ICT maakt het samenwerkingsverband gebruik van de diensten van een van de aangesloten besturen, op basis van een dienstverleningsovereenkomst. Jaarlijks controleert een accountant de jaarrekening; de accountant rapporteert aan het algemeen bestuur en de toezichtsraad.
## 13.2 Integriteit en goed bestuur
Het samenwerkingsverband volgt de Code Goed Onderwijsbestuur VO. Alle bestuurders, toezichthouders en medewerkers melden nevenfuncties die raakvlakken hebben met het samenwerkingsverband. Leden van de Commissie Toelaatbaarheid nemen niet deel aan de behandeling van een aanvraag van een school waaraan zij verbonden zijn. Er is een klokkenluidersregeling en een vertrouwenspersoon voor medewerkers.
# 14 Procedure en planning
Het conceptplan is besproken met de schoolleiders (januari 2026), in het OOGO met de gemeenten (5 maart 2026) en met het samenwerkingsverband PO Heuvelland (10 maart 2026). De ondersteuningsplanraad stemde op 14 april 2026 in met het plan. Het algemeen bestuur stelde het plan vast op 22 april 2026, waarna het voor 1 mei 2026 aan de inspectie is toegezonden.
# Begrippenlijst
Basisondersteuning: het door de besturen afgesproken niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden, zoals preventieve interventies en een heldere ondersteuningsstructuur.
Bereikte resultaten: de uitkomsten van het beleid van het samenwerkingsverband, gemeten aan de hand van indicatoren.
OPDC: orthopedagogisch-didactisch centrum (in onze regio: De Sprong).
Terugplaatsing: de overstap van een leerling van het vso naar het reguliere voortgezet onderwijs.
Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.
"""

P4_LABEL = dict(
    crit={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "missing: ch. 3 only refers to each school's SOP on the school websites (SWV does not assess them); no agreed level or content; definition only in the begrippenlijst",
        "plaatsing": "ch. 5: Commissie Toelaatbaarheid with two deskundigen (5.1), vso procedure, criteria, duration/category (5.2), own lwoo criteria (5.3), pro (5.4), bezwaar/LBT (5.5)",
        "terugstroom": "partial: ch. 6 gives policy, conditions and support after return, but the procedure (moments, who decides) is deferred to a stappenplan in 2026-2027",
        "financien": "ch. 7 'Geld: verdeling en begroting': verdeling (vaste voet € 25.000 + € 95 per leerling, arrangementen), meerjarenbegroting 2026-2029, reserves, verantwoordingsformulier",
        "dekkend-aanbod": "partial: 4.1 route table A-F plus ISK/HB (continuum); 4.2 defers the gap analysis to the first plan year and the thuiszitters approach to a convenant in preparation",
        "resultaten": "missing: ch. 8 'Opbrengsten en resultaten' only defers goals and monitoring to the jaarplan 2026-2027; 'bereikte resultaten' only in the begrippenlijst",
        "ouders": "ch. 9 'Communicatie en contact': website section, schoolgids, folder, spreekuur (9.1); Steunpunt Ouders en Jeugd Heuvelland, Onderwijsconsulenten, klachten/GPO (9.2); OPR/klankbord (9.3)",
    },
)

# ======================================================================
# Plan 5 - PO, html (web version). Passend Onderwijs Rivierduinen.
# plaatsing missing (separate reglement + site navigation only), dekkend-aanbod missing (deferral),
# resultaten partial (monitoring cycle, goals deferred).
# ======================================================================
P5 = r"""
@title Ondersteuningsplan 2026-2030 Passend Onderwijs Rivierduinen
@sub Webversie van het ondersteuningsplan van Stichting Passend Onderwijs Rivierduinen PO (PO 27-11)
@meta Planperiode 1 augustus 2026 - 31 juli 2030. Laatst bijgewerkt: 23 april 2026.
@header Passend Onderwijs Rivierduinen | Home - Ouders - Scholen - Toelaatbaarheid - Nieuws - Contact
@toc
~ 1 Welkom
~ 2 Wie we zijn
~ 3 Waar we in geloven
~ 4 Wat u op iedere school mag verwachten
~ 5 Terug naar de basisschool
~ 6 Hoe het geld wordt verdeeld en besteed
~ 7 Meten en verbeteren
~ 8 Ouders: informatie en steun
~ 9 Organisatie en medezeggenschap
~ 10 Onze medewerkers
~ 11 Digitale dienstverlening en privacy
~ 12 Hoe dit plan tot stand kwam
~ 13 Andere documenten
~ Veelgestelde vragen
# 1 Welkom
Welkom bij de webversie van het ondersteuningsplan 2026-2030 van Passend Onderwijs Rivierduinen. In dit plan leest u hoe de basisscholen, de scholen voor speciaal basisonderwijs en de scholen voor speciaal onderwijs in onze regio samenwerken, zodat ieder kind onderwijs krijgt dat bij hem of haar past.
We hebben gekozen voor een webversie, omdat we merken dat ouders, leerkrachten en partners liever een paar pagina's online lezen dan een dik document downloaden. De inhoud is gelijk aan de versie die de ondersteuningsplanraad op 9 april 2026 heeft goedgekeurd en die het bestuur op 16 april 2026 heeft vastgesteld. Een printbare versie vindt u onderaan deze pagina.
Dit plan is een plan op hoofdlijnen. Het beschrijft de afspraken die gelden voor alle scholen en de koers van het samenwerkingsverband. Een aantal onderwerpen is uitgewerkt in afzonderlijke documenten die het bestuur vaststelt; die vindt u in hoofdstuk 13.
# 2 Wie we zijn
Passend Onderwijs Rivierduinen is het samenwerkingsverband voor primair onderwijs in de gemeenten Rivierduinen, Zandvoorde-Oost en Ameide-Laag. Negen schoolbesturen zijn bij ons aangesloten, met samen 52 basisscholen, twee scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Ongeveer 12.900 kinderen gaan in onze regio naar de basisschool.
Het samenwerkingsverband is een stichting. Op ons bureau in Rivierduinen werken orthopedagogen, consulenten, een kwaliteitsmedewerker en een klein ondersteunend team. We hebben een directeur-bestuurder en een raad van toezicht.
| Onze regio in cijfers (1 oktober 2025) | |
| Basisscholen | 52 |
| Scholen voor speciaal basisonderwijs | 2 |
| Scholen voor speciaal onderwijs | 2 |
| Leerlingen basisonderwijs | 12.890 |
| Leerlingen sbo | 298 |
| Leerlingen so | 214 |
Het samenwerkingsverband bestaat sinds 2014. In de eerste jaren lag de nadruk op het opzetten van de organisatie en het maken van afspraken tussen de besturen. Sinds 2020 werken we met een vast Expertiseteam dat op de scholen zelf meekijkt. In 2023 zijn de twee kleinere samenwerkingsverbanden in Zandvoorde-Oost en Ameide-Laag samengegaan met Rivierduinen, waardoor we nu de hele regio bestrijken. Die fusie betekende dat afspraken, werkwijzen en verdeelregels opnieuw moesten worden vastgesteld; dit plan is het eerste dat voor het hele nieuwe werkgebied geldt.
Onze scholen verschillen sterk. Er zijn grote scholen in de nieuwbouwwijken van Rivierduinen, met meer dan 500 leerlingen, en kleine dorpsscholen langs de rivier met minder dan 80 leerlingen. Er zijn openbare, protestants-christelijke, katholieke en algemeen bijzondere scholen, een Vrije School en een Montessorischool. Die verscheidenheid zien wij als een kracht: ouders hebben iets te kiezen, en scholen kunnen van elkaar leren.
# 3 Waar we in geloven
Kinderen groeien op in gezinnen, buurten en scholen. Wij geloven dat kinderen het beste leren als die drie werelden goed op elkaar aansluiten. Daarom vinden we het belangrijk dat kinderen zo veel mogelijk naar school gaan in hun eigen buurt, met hun vriendjes en vriendinnetjes. Dat lukt alleen als iedere basisschool in staat is om met verschillen tussen kinderen om te gaan, en als leerkrachten daarbij steun krijgen.
We geloven ook dat ouders en school samen meer bereiken dan ieder apart. Ouders kennen hun kind, de school kent het onderwijs. Als zij samen optrekken, ontstaan de beste oplossingen. Het samenwerkingsverband ziet het als zijn taak om die samenwerking te stimuleren en om in te springen waar school en ouders er samen niet uitkomen.
Ten slotte geloven we in eenvoud. Regels en formulieren zijn soms nodig, maar ze mogen nooit belangrijker worden dan het kind. Wij vragen scholen niet meer informatie dan nodig, en we proberen snel te beslissen.
# 4 Wat u op iedere school mag verwachten
## 4.1 Dezelfde afspraken op iedere school
De negen besturen hebben met elkaar afgesproken wat ieder kind op iedere basisschool in Rivierduinen, Zandvoorde-Oost en Ameide-Laag minimaal mag verwachten. Deze afspraken heten bij ons 'De Rivierduinen Standaard'. Ze gelden voor alle 52 scholen en al hun locaties. Wat een school daarbovenop biedt, staat in de schoolgids.
## 4.2 De Rivierduinen Standaard
Op iedere school in ons samenwerkingsverband:
- werkt de leerkracht met een groepsoverzicht en past hij de instructie aan op wat kinderen nodig hebben: kinderen die meer uitleg nodig hebben, krijgen verlengde instructie, en kinderen die sneller gaan, krijgen uitdagender werk;
- is er een intern begeleider die leerkrachten helpt, gesprekken met ouders voert en de ondersteuning op school coördineert;
- worden leesproblemen vroeg gesignaleerd en aangepakt volgens het protocol leesproblemen en dyslexie, en rekenproblemen volgens het protocol ernstige reken-wiskundeproblemen en dyscalculie;
- is er een aanpak voor een veilig klimaat, een pestprotocol en een jaarlijkse meting van de sociale veiligheid;
- krijgen kinderen met een chronische ziekte of een lichamelijke beperking de aanpassingen die nodig zijn om naar school te kunnen, zoals een rustplek of hulp bij medicijngebruik volgens het protocol medisch handelen;
- is er aanbod voor kinderen die meer aankunnen, met een verrijkingsprogramma in de klas;
- kunnen leerkrachten binnen drie weken een orthopedagoog van het samenwerkingsverband raadplegen;
- komt het ondersteuningsteam, met de intern begeleider, de jeugdverpleegkundige en de schoolmaatschappelijk werker, minstens vijf keer per jaar bijeen, en zijn ouders daarbij aanwezig als hun kind wordt besproken;
- stelt de school voor een kind dat extra ondersteuning krijgt samen met de ouders een ontwikkelingsperspectief op, dat minstens twee keer per jaar wordt geëvalueerd.
## 4.3 Controle
Iedere school beoordeelt in het najaar zelf hoe zij aan de standaard voldoet. Eenmaal per twee jaar bezoekt de kwaliteitsmedewerker van het samenwerkingsverband de school. Haalt een school de standaard niet, dan maakt het bestuur een verbeterplan met een termijn van maximaal een schooljaar.
# 5 Terug naar de basisschool
## 5.1 Wat we willen
Een plek in het speciaal basisonderwijs of het speciaal onderwijs helpt veel kinderen verder. Maar het is geen plek voor altijd. Wij vinden dat ieder kind in het sbo of so de kans moet krijgen om terug te gaan naar een gewone basisschool, als het daar weer goed kan leren. Dat vraagt om een school die het kind goed kan ontvangen, om ouders die achter de stap staan en om een kind dat er zelf klaar voor is. Een basisschool in onze regio weigert een kind niet omdat het eerder in het sbo of so zat. Na de terugkeer krijgt de nieuwe school gedurende twintig weken begeleiding van een leerkracht van de sbo- of so-school, en een budget van € 3.000 voor extra inzet in de klas.
## 5.2 Hoe het gaat
- Ieder jaar, bij de bespreking van het ontwikkelingsperspectief in het voorjaar, kijkt de sbo- of so-school samen met de ouders of terugkeer naar een basisschool mogelijk is. Ouders en de school van herkomst kunnen ook zelf om dat gesprek vragen.
- Denken school en ouders dat terugkeer kan, dan meldt de sbo- of so-school dat bij de consulent van het samenwerkingsverband. Binnen vier weken organiseert de consulent een overleg met de ouders, de sbo- of so-school en een basisschool in de buurt van het kind.
- In dat overleg wordt een terugkeerplan gemaakt: wanneer de overstap plaatsvindt, welke begeleiding er komt en wanneer er wordt geëvalueerd. De directeur van de ontvangende basisschool besluit samen met de ouders over de inschrijving.
- Loopt de toelaatbaarheidsverklaring van een so-leerling af, dan start de so-school dit gesprek uiterlijk in november van het laatste schooljaar. Als terugkeer dan (nog) niet verantwoord is, vraagt de so-school een nieuwe verklaring aan.
- Na zes weken en na twintig weken evalueren de ontvangende school, de ouders en de sbo- of so-school de terugkeer. Na twintig weken eindigt de begeleiding, tenzij de evaluatie laat zien dat verlenging nodig is.
## 5.3 Hoe vaak het gebeurt
In schooljaar 2024-2025 keerden 11 kinderen terug naar de basisschool: 7 uit het sbo en 4 uit het so. Van de kinderen die in 2023-2024 terugkeerden, zat een jaar later 90 procent nog op de basisschool.
# 6 Hoe het geld wordt verdeeld en besteed
## 6.1 Waar het geld heen gaat
Het samenwerkingsverband ontvangt ieder jaar geld van het Rijk voor extra ondersteuning. Een deel daarvan gaat direct naar de sbo- en so-scholen, via DUO. Wat overblijft, verdelen we volgens vaste regels:
- Ieder bestuur krijgt een ondersteuningsbudget van € 165 per leerling, gebaseerd op het aantal leerlingen op 1 oktober van het jaar ervoor. Daarmee betalen de besturen de extra ondersteuning die zij op hun scholen bieden.
- Daarnaast krijgen besturen met scholen in wijken met veel kinderen uit gezinnen met een laag inkomen een aanvulling, volgens dezelfde indicator die het Rijk voor de onderwijsachterstandenmiddelen gebruikt. In 2026 gaat het om in totaal € 210.000.
- Het samenwerkingsverband houdt een centraal deel voor het Expertiseteam, de terugkeerbegeleiding (hoofdstuk 5) en de organisatie.
- Voor de groei van het sbo boven twee procent en de groei van het so na 1 oktober draagt het samenwerkingsverband bij volgens de wettelijke regeling; de peildatum is 1 februari.
De besturen laten ieder jaar voor 1 juni zien waaraan zij het ondersteuningsbudget hebben uitgegeven. Houdt een bestuur meer dan tien procent over, dan wordt het bedrag verrekend met het budget van het volgende jaar.
## 6.2 Begroting 2026-2029
| Bedragen in duizenden euro's | 2026 | 2027 | 2028 | 2029 |
| Inkomsten na afdrachten via DUO | 5.980 | 5.910 | 5.850 | 5.800 |
| Ondersteuningsbudgetten besturen | 2.130 | 2.100 | 2.080 | 2.060 |
| Aanvulling scholen met veel kansarme kinderen | 210 | 210 | 210 | 210 |
| Expertiseteam | 980 | 990 | 990 | 990 |
| Terugkeerbegeleiding | 60 | 70 | 70 | 70 |
| Bijdrage groei sbo en so | 1.720 | 1.700 | 1.680 | 1.660 |
| Bureau, bestuur en huisvesting | 640 | 640 | 630 | 630 |
| Overige kosten | 240 | 240 | 230 | 230 |
| Resultaat | 0 | -40 | -40 | -40 |
De kleine tekorten vanaf 2027 vangen we op uit de reserve. Het bestuur houdt een buffer aan van 6 procent van de jaarlijkse inkomsten.
# 7 Meten en verbeteren
Een goed samenwerkingsverband weet wat het doet en wat dat oplevert. Wij volgen daarom onze eigen werking op een vaste manier. Elk voorjaar maken we 'De foto van Rivierduinen': een overzicht met onder meer het aantal leerlingen in sbo en so (in vergelijking met het landelijk gemiddelde), het aantal kinderen dat terugkeerde naar de basisschool, de wachttijden bij het Expertiseteam, de uitkomsten van de zelfevaluaties van de scholen op de Rivierduinen Standaard en de tevredenheid van ouders en scholen. De gegevens komen uit DUO, uit onze eigen registratie en uit een vragenlijst die we ieder jaar in maart onder ouders en intern begeleiders uitzetten. De foto bespreken we met de directeuren, met de besturen en met de ondersteuningsplanraad, en hij wordt gepubliceerd in ons jaarverslag, dat voor 1 juli op de website staat.
Uit de foto van 2025 bleek bijvoorbeeld dat 2,3 procent van de leerlingen naar het sbo gaat (landelijk 2,5 procent) en 1,7 procent naar het so (landelijk 1,8 procent), dat de gemiddelde wachttijd bij het Expertiseteam vijf weken was, en dat ouders de ondersteuning gemiddeld een 7,1 gaven.
Welke concrete doelen we voor de periode 2026-2030 nastreven, bepalen we in het najaar van 2026, nadat de evaluatie van het vorige plan met alle scholen is afgerond. Tot die tijd houden we de foto van Rivierduinen bij zoals hierboven beschreven.
# 8 Ouders: informatie en steun
## 8.1 Waar vindt u informatie?
Als ouder wilt u weten wat de school voor uw kind kan doen. Die informatie vindt u op verschillende plekken:
- De schoolgids van uw school beschrijft welke ondersteuning de school biedt, bovenop de Rivierduinen Standaard.
- Op deze website vindt u onder 'Ouders' uitleg over de standaard, over extra ondersteuning en over de overstap naar en terug van het sbo of so, en antwoorden op veelgestelde vragen.
- De intern begeleider van de school is uw eerste aanspreekpunt.
- Iedere nieuwe ouder krijgt via de school de kaart 'Passend onderwijs in 5 minuten', ook verkrijgbaar in het Engels, Pools, Arabisch en Tigrinya.
- U kunt op werkdagen bellen of mailen met het Informatiepunt van het samenwerkingsverband.
## 8.2 Onafhankelijke hulp
Soms lukt het niet om er met de school uit te komen, of wilt u eerst met iemand praten die er los van staat. Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Rivierduinen, een onafhankelijke organisatie die ouders en kinderen gratis informeert, adviseert en ondersteunt, bijvoorbeeld door mee te gaan naar een gesprek. Het steunpunt is telefonisch, per mail en via een inloopspreekuur in de bibliotheek van Rivierduinen bereikbaar. U kunt ook contact opnemen met de Onderwijsconsulenten. Heeft u een klacht over het samenwerkingsverband, dan kunt u gebruikmaken van onze klachtenregeling; bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunt u naar de Geschillencommissie passend onderwijs.
## 8.3 Meedoen
Ouders praten mee in de ondersteuningsplanraad, waarin vier ouders en vier leerkrachten zitten. Daarnaast nodigen we twee keer per jaar ouders uit voor een ouderpanel over een actueel thema.
## 8.4 Veelgestelde vragen van ouders
Mijn kind heeft moeite met lezen. Wat doet de school? Iedere school werkt volgens het protocol leesproblemen en dyslexie uit de Rivierduinen Standaard. Dat betekent dat de school uw kind extra leestijd en instructie geeft, de vorderingen bijhoudt en u daarover informeert. Als de problemen hardnekkig blijven, kan de school een onderzoek naar dyslexie aanvragen; dat onderzoek wordt vergoed door de gemeente als aan de voorwaarden is voldaan.
Mijn kind zit op het sbo. Kan het terug naar een gewone basisschool? Ja, als het daar klaar voor is. In hoofdstuk 5 leest u hoe dat gaat. U kunt zelf bij de school van uw kind vragen om een gesprek over terugkeer.
Hoe komt mijn kind op het sbo of so? Dat is geregeld in het Reglement Toelaatbaarheid, dat u vindt onder 'Andere documenten' op deze website.
Moet ik betalen voor extra ondersteuning? Nee. De ondersteuning op school en de ondersteuning vanuit het samenwerkingsverband zijn voor ouders kosteloos. Alleen voor sommige vormen van jeugdhulp kan de gemeente een eigen bijdrage vragen.
Wie beslist over de ondersteuning van mijn kind? De school beslist over de ondersteuning die zij zelf biedt, altijd in overleg met u. Bij een ontwikkelingsperspectief heeft u instemmingsrecht op het deel waarin staat welke hulp uw kind krijgt.
# 9 Organisatie en medezeggenschap
De directeur-bestuurder leidt het samenwerkingsverband en is eindverantwoordelijk voor de uitvoering van dit plan. De raad van toezicht houdt toezicht op het bestuur en keurt de begroting en het jaarverslag goed. De negen schoolbesturen komen drie keer per jaar bijeen in de algemene vergadering, waar zij met de directeur-bestuurder de koers bespreken.
De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op belangrijke wijzigingen daarin. De OPR vergadert vijf keer per jaar, waarvan twee keer met de directeur-bestuurder.
## 9.1 Goed bestuur
Het samenwerkingsverband houdt zich aan de Code Goed Bestuur in het primair onderwijs. De raad van toezicht bestaat uit vier leden, die worden benoemd op basis van een openbare profielschets. Eén lid wordt benoemd op voordracht van de ondersteuningsplanraad. De raad vergadert vijf keer per jaar en evalueert jaarlijks zijn eigen functioneren. De directeur-bestuurder heeft een managementstatuut waarin staat welke bevoegdheden hij aan medewerkers mandateert. Integriteit, openheid en het vermijden van belangenverstrengeling zijn vastgelegd in een integriteitscode die voor alle medewerkers en toezichthouders geldt.
## 9.2 Klachten over het bestuur en medewerkers
Medewerkers en schoolbesturen die een klacht hebben over de werkwijze van het bureau, kunnen die indienen bij de directeur-bestuurder. Voor vermoedens van misstanden is er een klokkenluidersregeling.
# 10 Onze medewerkers
Het bureau telt 14 medewerkers (9,3 fte). Het Expertiseteam bestaat uit vier orthopedagogen en twee consulenten, die op vaste scholen werken, zodat intern begeleiders steeds hetzelfde aanspreekpunt hebben. We investeren in hun deskundigheid met intervisie en scholing. Daarnaast organiseren we elk jaar een conferentie voor intern begeleiders en directeuren.
Het lerarentekort raakt ook onze regio. Vooral in de wijken met veel kinderen uit kwetsbare gezinnen staan scholen voor de opgave om met minder bevoegde leerkrachten toch goede ondersteuning te bieden. Het samenwerkingsverband draagt daaraan bij door zij-instromers en startende leerkrachten een korte cursus 'Omgaan met verschillen in de klas' aan te bieden, door intern begeleiders van kleine scholen te koppelen aan een maatje op een grotere school, en door het Expertiseteam vaker in de klas te laten meekijken in plaats van alleen te adviseren. Het bureau zelf heeft een eigen personeelsbeleid met jaarlijkse gesprekken, een scholingsbudget per medewerker en aandacht voor duurzame inzetbaarheid.
# 11 Digitale dienstverlening en privacy
Scholen melden zich voor consultatie bij het Expertiseteam via een digitaal meldpunt. Het samenwerkingsverband verwerkt alleen de persoonsgegevens die het nodig heeft en bewaart dossiers niet langer dan drie jaar na het laatste besluit. De functionaris gegevensbescherming is bereikbaar via het algemene adres van het samenwerkingsverband.
## 11.1 Nieuwe website en ouderportaal
In 2026 vernieuwen we onze website. Het doel is dat ouders en scholen sneller vinden wat zij zoeken. De pagina's voor ouders worden herschreven op taalniveau B1, en alle pagina's worden geschikt gemaakt voor voorleessoftware. Scholen krijgen een eigen, afgeschermd deel waarin zij formulieren kunnen downloaden, hun aanmeldingen bij het Expertiseteam kunnen volgen en nieuws van het samenwerkingsverband kunnen lezen.
## 11.2 Informatiebeveiliging
Het samenwerkingsverband heeft een beleid voor informatiebeveiliging en privacy, dat jaarlijks wordt getoetst. Medewerkers volgen ieder jaar een korte training over veilig werken met persoonsgegevens. Datalekken worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit Persoonsgegevens. Met leveranciers van software zijn verwerkersovereenkomsten gesloten.
# 12 Hoe dit plan tot stand kwam
In het voorjaar van 2025 zijn we begonnen met gesprekken met scholen en ouders. Op basis daarvan is een concept geschreven, dat in januari 2026 met de besturen is besproken. Het OOGO met de drie gemeenten is gehouden op 19 maart 2026 en het overleg met het samenwerkingsverband voortgezet onderwijs op 24 maart 2026. De ondersteuningsplanraad stemde in op 9 april 2026, het bestuur stelde het plan vast op 16 april 2026. Het plan is voor 1 mei 2026 aan de inspectie gestuurd.
# 13 Andere documenten
Een aantal onderwerpen is uitgewerkt in afzonderlijke documenten die het bestuur heeft vastgesteld en die op deze website staan:
- Reglement Toelaatbaarheid PO Rivierduinen: de procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, inclusief deskundigenadvies en bezwaar.
- Ondersteuningskaart Rivierduinen: het overzicht van het ondersteuningsaanbod in de regio, dat in schooljaar 2026-2027 wordt herzien.
- Jaarplan en begroting 2026.
- Jaarverslag 2025.
"""

P5_LABEL = dict(
    crit={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "ch. 4 'Wat u op iedere school mag verwachten': 'De Rivierduinen Standaard' for all 52 schools and locations (4.1), nine concrete items (4.2), check (4.3)",
        "plaatsing": "missing: procedure and criteria only in the separate 'Reglement Toelaatbaarheid' listed in ch. 13; 'Toelaatbaarheid' only in the site navigation header",
        "terugstroom": "ch. 5 'Terug naar de basisschool': policy and support after return (5.1), steps incl. end of so-TLV and evaluations (5.2), figures (5.3)",
        "financien": "ch. 6: € 165 per leerling, achterstandsaanvulling, central part, groei sbo/so (6.1); begroting 2026-2029 table and buffer (6.2)",
        "dekkend-aanbod": "missing: no description of the support continuum or of gaps/thuiszitters; 'Ondersteuningskaart' is only listed in ch. 13 as a separate document under revision",
        "resultaten": "partial: ch. 7 describes the yearly 'foto van Rivierduinen' (sources, discussion, jaarverslag) with 2025 figures, but the goals for 2026-2030 are deferred to autumn 2026",
        "ouders": "ch. 8: schoolgids, website, intern begeleider, multilingual card, Informatiepunt (8.1); independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/GPO (8.2); OPR/ouderpanel (8.3)",
    },
)

# ======================================================================
# Near miss - school-level 'ondersteuningsplan' of a single basisschool (docx).
# ======================================================================
NM = r"""
@title Ondersteuningsplan 2026-2027
@sub Openbare basisschool De Klimop, Lindewaarde
@meta Onderdeel van Stichting Openbaar Onderwijs Lindewaarde-Hoeveldorp
@meta Vastgesteld door de directie na advies van de medezeggenschapsraad, juni 2026
@header OBS De Klimop | Ondersteuningsplan 2026-2027
@toc
~ 1 Inleiding
~ 2 Onze school en onze leerlingen
~ 3 Visie op ondersteuning
~ 4 De ondersteuningsniveaus op De Klimop
~ 5 De cyclus van handelingsgericht werken
~ 6 Taken en rollen
~ 7 Extra ondersteuning via het samenwerkingsverband
~ 8 Ouders
~ 9 Opbrengsten en evaluatie
~ 10 Middelen en formatie
~ 11 Jaarplanning zorg 2026-2027
# 1 Inleiding
Dit ondersteuningsplan beschrijft hoe wij op OBS De Klimop de ondersteuning aan onze leerlingen organiseren. Het plan is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen weten hoe wij werken. Het wordt ieder schooljaar bijgesteld door de intern begeleider en de directeur en besproken in de teamvergadering van juni. Het ondersteuningsplan hoort bij ons schoolondersteuningsprofiel en bij de schoolgids; waar het profiel beschrijft wát wij bieden, beschrijft dit plan hóe wij dat organiseren.
De Klimop is aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lindewaarde. De afspraken die het samenwerkingsverband met alle scholen heeft gemaakt, staan in het ondersteuningsplan van het samenwerkingsverband. In dit schoolplan vertalen wij die afspraken naar onze eigen school.
# 2 Onze school en onze leerlingen
De Klimop is een openbare basisschool in de wijk Lindewaarde-Noord, met 286 leerlingen verdeeld over twaalf groepen. De wijk is gemengd: ongeveer een kwart van de leerlingen spreekt thuis een andere taal dan Nederlands, en een groeiend aantal gezinnen heeft te maken met financiële zorgen. In het schooljaar 2025-2026 hadden 31 leerlingen een ontwikkelingsperspectief, en kregen 9 leerlingen een arrangement vanuit het samenwerkingsverband.
Het team bestaat uit 19 leerkrachten, een intern begeleider (drie dagen per week), een gedragsspecialist (één dag per week), twee onderwijsassistenten en een conciërge. De intern begeleider is lid van het netwerk intern begeleiders van het samenwerkingsverband.
# 3 Visie op ondersteuning
Op De Klimop gaan wij ervan uit dat ieder kind wil leren en dat verschillen tussen kinderen normaal zijn. De leerkracht is verantwoordelijk voor alle kinderen in de groep en stemt de instructie af op wat kinderen nodig hebben. Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar wat er mis is. Ouders zijn onze partners; zij kennen hun kind het best en wij betrekken hen vanaf het eerste moment dat wij ons zorgen maken.
# 4 De ondersteuningsniveaus op De Klimop
Wij onderscheiden vijf niveaus van ondersteuning. De eerste drie niveaus vallen binnen de basisondersteuning die De Klimop biedt, zoals afgesproken in het samenwerkingsverband.
| Niveau | Omschrijving | Wie |
| 1 | Algemene zorg in de groep: goed lesgeven, effectieve instructie, drie instructieniveaus | Leerkracht |
| 2 | Extra zorg in de groep: verlengde instructie, pre-teaching, een aangepaste weektaak | Leerkracht, in overleg met de intern begeleider |
| 3 | Speciale zorg na intern onderzoek: een individueel handelingsplan, extra begeleiding door de onderwijsassistent, inzet van de gedragsspecialist | Leerkracht, intern begeleider, ouders |
| 4 | Speciale zorg met externe hulp: bespreking in het ondersteuningsteam, consultatie van de orthopedagoog van het samenwerkingsverband, arrangement | Ondersteuningsteam, ouders |
| 5 | Verwijzing naar speciaal (basis)onderwijs via een toelaatbaarheidsverklaring | School, ouders, samenwerkingsverband |
Voor dyslexie volgen wij het landelijke protocol. Kinderen die in groep 3 uitvallen op het technisch lezen krijgen vier keer per week tien minuten extra leestijd met de onderwijsassistent. Voor rekenen werken wij met het protocol ERWD. Kinderen die meer aankunnen, nemen deel aan de Klimop-verrijkingsgroep op dinsdagmiddag.
# 5 De cyclus van handelingsgericht werken
Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider groepsbesprekingen met iedere leerkracht. Daarin worden de toetsgegevens van het leerlingvolgsysteem en de observaties van de leerkracht besproken, en wordt het groepsoverzicht bijgewerkt. Leerlingen over wie de leerkracht zich zorgen maakt, worden daarna besproken in een leerlingbespreking. Als de ondersteuning op niveau 3 onvoldoende resultaat heeft, wordt het kind aangemeld voor het ondersteuningsteam.
Het ondersteuningsteam van De Klimop komt zes keer per jaar bijeen. Vaste leden zijn de intern begeleider, de orthopedagoog van het samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige. Ouders zijn altijd aanwezig wanneer hun kind besproken wordt. Na ieder overleg ontvangen ouders een kort verslag met de afspraken.
# 6 Taken en rollen
De leerkracht signaleert, voert de ondersteuning in de groep uit en voert de gesprekken met ouders. De intern begeleider coördineert de ondersteuning, begeleidt leerkrachten, houdt het overzicht bij van alle leerlingen met extra ondersteuning en onderhoudt het contact met het samenwerkingsverband. De gedragsspecialist observeert in de groepen en adviseert bij gedragsvragen. De directeur is eindverantwoordelijk en neemt besluiten over de inzet van formatie en middelen.
# 7 Extra ondersteuning via het samenwerkingsverband
Wanneer een kind meer nodig heeft dan wij zelf kunnen bieden, schakelen wij het Steunteam van het samenwerkingsverband in. Samen met ouders en de consulent stellen we een arrangement op, met doelen, inzet en een evaluatiedatum. De intern begeleider vraagt het arrangement aan via het aanvraagportaal van het samenwerkingsverband.
Als ook een arrangement niet voldoende is, kan het bestuur een toelaatbaarheidsverklaring aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs. De intern begeleider bereidt die aanvraag voor samen met de ouders; het samenwerkingsverband beslist. Voor de procedure en de criteria verwijzen wij naar het ondersteuningsplan van het samenwerkingsverband.
Komt een kind vanuit het sbo of so terug naar De Klimop, dan maken wij samen met de school van herkomst en de ouders een overdrachtsplan en plannen we na zes weken een evaluatie.
# 8 Ouders
Wij informeren ouders over de ondersteuning op onze school via de schoolgids, de website en een informatieavond aan het begin van het schooljaar. Wanneer wij ons zorgen maken over een kind, nemen wij binnen een week contact op met de ouders. Ouders kunnen altijd een afspraak maken met de leerkracht of de intern begeleider.
Ouders die vragen hebben over passend onderwijs of het niet eens zijn met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Lindewaarde of bij de Onderwijsconsulenten. Klachten behandelen wij volgens de klachtenregeling van het bestuur.
# 9 Opbrengsten en evaluatie
Wij volgen de opbrengsten van ons onderwijs met het leerlingvolgsysteem en de doorstroomtoets in groep 8. In 2025-2026 behaalde 93 procent van onze leerlingen ten minste het fundamentele niveau 1F voor lezen en rekenen; ons doel voor 2026-2027 is 95 procent. Voor leerlingen met een ontwikkelingsperspectief evalueren wij twee keer per jaar of de gestelde doelen zijn gehaald. In juni evalueert het team dit ondersteuningsplan.
# 10 Middelen en formatie
De Klimop ontvangt van het bestuur een deel van het schoolbudget dat het samenwerkingsverband aan de besturen uitkeert. In 2026-2027 gaat het om ongeveer € 44.000. Dat bedrag zetten wij in voor de onderwijsassistenten (0,8 fte) en de gedragsspecialist (0,2 fte). Arrangementen worden apart bekostigd door het samenwerkingsverband.
# 11 Jaarplanning zorg 2026-2027
| Maand | Activiteit |
| September | Startgesprekken met ouders; overdracht tussen leerkrachten |
| Oktober | Groepsbesprekingen ronde 1 |
| November | Ondersteuningsteam; informatieavond passend onderwijs |
| Januari | Midden-toetsen leerlingvolgsysteem |
| Februari | Groepsbesprekingen ronde 2; evaluatie ontwikkelingsperspectieven |
| April | Ondersteuningsteam; doorstroomtoets groep 8 |
| Juni | Groepsbesprekingen ronde 3; evaluatie ondersteuningsplan |
"""


# ======================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    render_docx(P1, OUT / "po-lindewaarde-op-2026.docx")
    write_label("po-lindewaarde-op-2026", ["po-lindewaarde-op-2026.docx"], "po", **P1_LABEL)

    render_docx(P2, OUT / "vo-duinrand-noord-op-2026.docx")
    write_label("vo-duinrand-noord-op-2026", ["vo-duinrand-noord-op-2026.docx"], "vo", **P2_LABEL)

    render_pdf(P3, OUT / "po-veenstreek-oost-op-2026.pdf")
    write_label("po-veenstreek-oost-op-2026", ["po-veenstreek-oost-op-2026.pdf"], "po", **P3_LABEL)

    render_pdf(P4, OUT / "vo-heuvelland-zuid-op-2026.pdf")
    write_label("vo-heuvelland-zuid-op-2026", ["vo-heuvelland-zuid-op-2026.pdf"], "vo", **P4_LABEL)

    render_html(P5, OUT / "po-rivierduinen-op-2026.html")
    write_label("po-rivierduinen-op-2026", ["po-rivierduinen-op-2026.html"], "po", **P5_LABEL)

    render_docx(NM, OUT / "po-klimop-school-ondersteuningsplan.docx")
    write_label("po-klimop-school-ondersteuningsplan", ["po-klimop-school-ondersteuningsplan.docx"], "po",
                plan=False,
                notes={"document": "school-level 'ondersteuningsplan' of one basisschool (OBS De Klimop): "
                                   "zorgniveaus, groepsbesprekingen, IB roles, school budget; it refers to the "
                                   "samenwerkingsverband's plan for TLV procedure and criteria and is not a plan "
                                   "of a samenwerkingsverband (no OPR, OOGO, verdeelmodel, planperiode of the SWV)"})


if __name__ == "__main__":
    main()
