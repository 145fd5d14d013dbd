#!/usr/bin/env python3
"""Generate the holdout157 labelled test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO) and one near-miss document
(a school-level 'ondersteuningsplan' of a VO school), plus label files.
Deterministic, no network. Output goes next to this script's parent folder.
"""
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# mini markup: "# " h1, "## " h2, "- " bullet, "| a | b |" table row,
# "!title text" title-page line, "!toc" generated TOC, "!pb" page break,
# other non-empty blocks (separated by blank lines) are paragraphs.
# ---------------------------------------------------------------------------

def parse(markup):
    blocks = []
    para = []
    table = []

    def flush_para():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table():
        if table:
            blocks.append(("table", [r[:] for r in table]))
            table.clear()

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush_para(); flush_table(); continue
        if s.startswith("|"):
            flush_para()
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        flush_table()
        if s.startswith("# "):
            flush_para(); blocks.append(("h1", s[2:].strip()))
        elif s.startswith("## "):
            flush_para(); blocks.append(("h2", s[3:].strip()))
        elif s.startswith("- "):
            flush_para(); blocks.append(("li", s[2:].strip()))
        elif s.startswith("!title "):
            flush_para(); blocks.append(("title", s[7:].strip()))
        elif s == "!toc":
            flush_para(); blocks.append(("toc", None))
        elif s == "!pb":
            flush_para(); blocks.append(("pb", None))
        else:
            para.append(s)
    flush_para(); flush_table()
    return blocks


def toc_entries(blocks):
    return [t for k, t in blocks if k == "h1"]


def write_docx(blocks, path, header_text):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | versie ter instemming OPR"
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for i, t in enumerate(toc_entries(blocks), 1):
                d.add_paragraph(f"{t} .......... {i * 3 + 2}")
        elif kind == "pb":
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for j, c in enumerate(row[: len(cells)]):
                    cells[j].text = c
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        else:
            d.add_paragraph(val)
    d.core_properties.title = header_text
    d.save(str(path))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>", "</head>", "<body>",
           f'<header><p class="kop">{esc(title)}</p></header>', "<main>"]
    in_list = False
    for kind, val in blocks:
        if kind != "li" and in_list:
            out.append("</ul>"); in_list = False
        if kind == "title":
            out.append(f'<p class="titel"><strong>{esc(val)}</strong></p>')
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ol>')
            for i, t in enumerate(toc_entries(blocks), 1):
                out.append(f'<li><a href="#h{i}">{esc(t)}</a></li>')
            out.append("</ol></nav>")
        elif kind == "pb":
            continue
        elif kind == "h1":
            n = sum(1 for k, _ in blocks[: blocks.index((kind, val)) + 1] if k == "h1")
            out.append(f'<h1 id="h{n}">{esc(val)}</h1>')
        elif kind == "h2":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>"); in_list = True
            out.append(f"<li>{esc(val)}</li>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{esc(val)}</p>")
    if in_list:
        out.append("</ul>")
    out += ["</main>", f"<footer><p>{esc(title)} - www.swvveendal.nl</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"**{val}**\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            for t in toc_entries(blocks):
                out.append(f"- {t}")
            out.append("")
        elif kind == "pb":
            continue
        elif kind == "h1":
            out.append(f"# {val}\n")
        elif kind == "h2":
            out.append(f"## {val}\n")
        elif kind == "li":
            out.append(f"- {val}")
        elif kind == "table":
            out.append("")
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        else:
            out.append(val + "\n")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, name, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout157_lo_"))
    try:
        src = tmp / (Path(name).stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (Path(name).stem + ".pdf")), str(OUT / name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# shared filler (must not address any core or advisory criterion by itself)
# ---------------------------------------------------------------------------

def voorwoord(name, period, signer, extra=""):
    return f"""
# Voorwoord

Voor u ligt het ondersteuningsplan {period} van {name}. Met dit plan leggen de aangesloten schoolbesturen
vast hoe zij de komende vier jaar samen vorm geven aan passend onderwijs in onze regio. Het plan is tot stand
gekomen in een intensief traject met schoolleiders, ondersteuningscoördinatoren, de ondersteuningsplanraad,
de gemeenten en vele anderen die dagelijks met onze leerlingen werken. Wij danken iedereen die heeft meegelezen,
meegedacht en kritische vragen heeft gesteld.

De afgelopen planperiode stond in het teken van herstel na de coronajaren, krapte op de arbeidsmarkt en een
groeiende vraag naar ondersteuning. Tegelijk zagen we hoeveel er mogelijk is als scholen, ouders en partners
elkaar opzoeken. Dat willen we vasthouden. Dit plan is daarom geen dik beleidsboek, maar een gezamenlijke
koers: wat willen we bereiken, wat spreken we met elkaar af, en hoe zetten we de middelen zo in dat ze bij de
leerling terechtkomen. Over resultaten praten we niet alleen in cijfers, maar ook in verhalen van leerlingen
die weer met plezier naar school gaan.
{extra}
Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.

{signer}
"""


def leeswijzer(name):
    return f"""
## Leeswijzer

Hoofdstuk 1 beschrijft de context van {name}. Daarna volgen onze missie en visie. De hoofdstukken daarna gaan
in op de ondersteuning die leerlingen op school en daarbuiten kunnen krijgen, op de toewijzing van
voorzieningen, op de samenwerking met partners, op kwaliteit en op de organisatie. Het plan sluit af met een
planning, een begrippenlijst en een lijst met afkortingen. Waar in de tekst 'ouders' staat, bedoelen we ook
verzorgers en voogden. Waar 'school' staat, bedoelen we elke vestiging van een aangesloten school.
"""


def visie(name, sector):
    leerling = "jongere" if sector == "vo" else "kind"
    return f"""
# Missie en visie

## Missie

{name} zorgt ervoor dat elke {leerling} in de regio onderwijs krijgt dat past bij wat hij of zij kan en nodig
heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. Wij doen dat samen met de
schoolbesturen, met ouders en met onze partners in jeugdhulp en gemeenten.

## Visie

Wij geloven dat iedere {leerling} zich wil ontwikkelen en dat het onderwijs zich moet aanpassen aan de
{leerling}, en niet andersom. Passend onderwijs is voor ons geen systeem maar een houding. Het gaat om de vraag
wat deze {leerling}, in deze klas, bij deze leraar nodig heeft om verder te komen. Dat vraagt om leraren die
zich gesteund voelen, om scholen die van elkaar leren en om een samenwerkingsverband dat niet controleert maar
faciliteert. Regels en procedures zijn nodig, maar mogen nooit belangrijker worden dan de {leerling}.

Onze kernwaarden zijn: vertrouwen, eigenaarschap, nabijheid en transparantie. Vertrouwen betekent dat we
uitgaan van de professionaliteit van de scholen. Eigenaarschap betekent dat besturen samen verantwoordelijk
zijn voor alle leerlingen in de regio, ook voor leerlingen die (nog) niet op een van hun scholen staan
ingeschreven. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de {leerling} en de leraar wordt
georganiseerd. Transparantie betekent dat we open zijn over keuzes, over de inzet van middelen en over wat wel
en niet lukt.

## Ambities op hoofdlijnen

Voor de komende planperiode hebben we drie ambities geformuleerd: (1) meer inclusief onderwijs, met minder
uitzonderingen en minder verwijzingen die achteraf niet nodig blijken; (2) een sterkere verbinding tussen
onderwijs en jeugdhulp; (3) ruimte voor leraren om zich te richten op hun vak. Deze ambities werken we verder
uit in de jaarplannen. Ze zijn richtinggevend en vormen de achtergrond van alle keuzes in dit plan.
"""


def governance(name, form, jaarverslag=True, begroting=True):
    s = f"""
# Organisatie en governance

## Rechtsvorm en bestuur

{name} is een {form}. Alle schoolbesturen met scholen in de regio zijn aangesloten. De algemene vergadering
van aangesloten besturen is het hoogste orgaan en bespreekt twee keer per jaar de strategische koers. De
dagelijkse leiding ligt bij de directeur-bestuurder, die wordt ondersteund door een klein bureau. Toezicht
wordt gehouden door een raad van toezicht met vijf leden, van wie er drie onafhankelijk zijn. De scheiding
tussen bestuur en toezicht is vastgelegd in de statuten en het bestuursreglement; de Code Goed Bestuur van de
sectorraad is leidend.

## Rol van de raad van toezicht

De raad van toezicht houdt toezicht op het beleid van de directeur-bestuurder en op de algemene gang van zaken.
De raad benoemt de directeur-bestuurder, is werkgever van de directeur-bestuurder en wordt gevraagd om
goedkeuring bij belangrijke besluiten, waaronder het ondersteuningsplan."""
    if begroting:
        s += """ Ook de begroting en de jaarrekening worden
ter goedkeuring aan de raad voorgelegd."""
    s += """ De raad evalueert jaarlijks het eigen functioneren, een keer per drie jaar onder externe
begeleiding.

## Geschillen tussen besturen

De statuten bevatten een regeling voor geschillen tussen aangesloten besturen en het samenwerkingsverband.
Besturen leggen een geschil eerst voor aan de algemene vergadering; lukt een oplossing niet, dan wordt het
geschil voorgelegd aan de landelijke geschillencommissie passend onderwijs."""
    if jaarverslag:
        s += """

## Horizontale verantwoording

Het samenwerkingsverband legt jaarlijks verantwoording af in een bestuursverslag dat op de website wordt
gepubliceerd. Daarin staan de activiteiten, de besteding en de voortgang op de doelen van het jaarplan."""
    return s


def opr(name, with_ouders=True):
    if with_ouders:
        comp = ("De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd "
                "door de medezeggenschapsraden van de aangesloten scholen.")
    else:
        comp = ("De OPR bestaat uit twaalf leden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
                "scholen.")
    return f"""
## Medezeggenschap: de ondersteuningsplanraad

{name} heeft een ondersteuningsplanraad (OPR). {comp} De OPR heeft instemmingsrecht op het
ondersteuningsplan en op wijzigingen daarvan. Daarnaast voert de OPR gesprekken met de directeur-bestuurder
over het jaarplan en over ontwikkelingen in de regio. De OPR vergadert zes keer per jaar; één keer per jaar is
er een gezamenlijke bijeenkomst met de raad van toezicht. Leden van de OPR ontvangen een vergoeding en kunnen
scholing volgen. Het samenwerkingsverband heeft ook een eigen medezeggenschapsraad voor het personeel in dienst
van het samenwerkingsverband.
"""


def personeel(name, fte):
    return f"""
# Personeel en professionalisering

{name} heeft zelf {fte} fte in dienst: de directeur-bestuurder, beleidsmedewerkers, een controller,
secretariële ondersteuning en een team van consulenten en orthopedagogen. Een deel van de medewerkers is
gedetacheerd vanuit de aangesloten besturen. Wij vinden het belangrijk dat medewerkers de scholen goed kennen
en regelmatig op de werkvloer aanwezig zijn.

Het lerarentekort raakt ook passend onderwijs. Minder leraren betekent grotere groepen, meer invallers en minder
tijd voor de individuele leerling. Het samenwerkingsverband kan het tekort niet oplossen, maar wil wel
bijdragen aan werkplezier en deskundigheid. Daarom organiseren wij jaarlijks een studiedag voor
ondersteuningscoördinatoren en intern begeleiders, faciliteren wij netwerken rond thema's als gedrag,
hoogbegaafdheid en meertaligheid, en bieden wij korte trainingen aan voor mentoren en leraren. Het
scholingsaanbod wordt elk jaar in overleg met de scholen vastgesteld.

Voor het eigen personeel geldt een strategisch personeelsbeleid met aandacht voor duurzame inzetbaarheid,
gesprekkencyclus en verzuimbeleid. Het ziekteverzuim lag de afgelopen jaren onder het landelijk gemiddelde
van de sector. Wij streven naar een team dat de diversiteit van de regio weerspiegelt.
"""


def ict_privacy(name, inlog=True):
    inl = ("ouders kunnen met een persoonlijke inlog meekijken in de stukken die over hun kind gaan."
           if inlog else "medewerkers van scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen.")
    return f"""
# ICT, privacy en gegevensbescherming

{name} werkt met een digitaal systeem voor aanvragen en dossiers. Scholen dienen hun aanvragen digitaal in;
{inl} Het systeem voldoet aan
de eisen van de Algemene verordening gegevensbescherming (AVG). Het samenwerkingsverband heeft een functionaris
voor gegevensbescherming (FG), gedeeld met drie andere samenwerkingsverbanden, en een privacyreglement dat door
de OPR is besproken.

Wij verwerken niet meer persoonsgegevens dan nodig is voor onze wettelijke taken. Gezondheidsgegevens worden
alleen verwerkt als dat nodig is voor een besluit over een leerling en worden niet langer bewaard dan de wet
toestaat. Medewerkers tekenen een geheimhoudingsverklaring. Datalekken worden gemeld via de procedure in het
privacyreglement; in de afgelopen planperiode is één datalek gemeld bij de Autoriteit Persoonsgegevens.

In de komende planperiode vervangen we het huidige systeem door een nieuwe applicatie die beter aansluit op de
leerlingadministratiesystemen van de scholen. Daarbij kijken we kritisch naar informatiebeveiliging,
toegangsrechten en de opslag van gegevens binnen de Europese Unie.
"""


def totstandkoming(name, oogo_date, opr_date, vast_date, gemeenten):
    return f"""
## Totstandkoming van dit plan

Het plan is voorbereid door een schrijfgroep met vertegenwoordigers van de besturen en het bureau. In
werksessies met ondersteuningscoördinatoren, schoolleiders en jeugdhulppartners zijn de thema's verkend. Het
op overeenstemming gericht overleg (OOGO) met de gemeenten {gemeenten} vond plaats op {oogo_date}. Het overleg
met het aangrenzende samenwerkingsverband is op dezelfde dag gevoerd. De OPR heeft op {opr_date} ingestemd met
het plan. Het bestuur heeft het plan vastgesteld op {vast_date}. Het plan wordt voor 1 mei toegezonden aan de
inspectie van het onderwijs.
"""


def begrippen(sector, extra=()):
    rows = [
        ("Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, duur en inzet."),
        ("Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elke leerling een passende plek is."),
        ("Meerjarenbegroting", "Begroting van het samenwerkingsverband over meerdere jaren."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."),
        ("Resultaten", "De beoogde en bereikte uitkomsten van het beleid voor leerlingen met ondersteuningsbehoefte."),
        ("Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."),
        ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal onderwijs."),
        ("Verdeelmodel", "De afspraken volgens welke de ondersteuningsmiddelen over scholen of besturen worden verdeeld."),
        ("Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."),
    ]
    if sector == "vo":
        rows += [("Lwoo", "Leerwegondersteunend onderwijs in het vmbo."),
                 ("Praktijkonderwijs (pro)", "Schoolsoort voor leerlingen die het vmbo niet kunnen halen.")]
    else:
        rows += [("Sbo", "Speciaal basisonderwijs."), ("So", "Speciaal onderwijs, cluster 3 en 4.")]
    rows += list(extra)
    s = "\n# Bijlage: begrippenlijst\n\n| Begrip | Betekenis |\n"
    for a, b in rows:
        s += f"| {a} | {b} |\n"
    return s


def afkortingen(sector):
    rows = [("AVG", "Algemene verordening gegevensbescherming"), ("DUO", "Dienst Uitvoering Onderwijs"),
            ("OJSP", "Ouder- en jeugdsteunpunt"), ("OOGO", "Op overeenstemming gericht overleg"),
            ("OPP", "Ontwikkelingsperspectiefplan"), ("OPR", "Ondersteuningsplanraad"),
            ("SOP", "Schoolondersteuningsprofiel"), ("SWV", "Samenwerkingsverband"),
            ("TLV", "Toelaatbaarheidsverklaring")]
    if sector == "vo":
        rows += [("LWOO", "Leerwegondersteunend onderwijs"), ("OPDC", "Orthopedagogisch-didactisch centrum"),
                 ("PrO", "Praktijkonderwijs"), ("VSO", "Voortgezet speciaal onderwijs")]
    else:
        rows += [("IB", "Intern begeleider"), ("SBO", "Speciaal basisonderwijs"), ("SO", "Speciaal onderwijs")]
    s = "\n# Bijlage: afkortingen\n\n| Afkorting | Betekenis |\n"
    for a, b in sorted(rows):
        s += f"| {a} | {b} |\n"
    return s


# ---------------------------------------------------------------------------
# Plan A: VO, .docx, good quality, terugstroom procedure and results monitoring deferred
# ---------------------------------------------------------------------------
A_NAME = "Samenwerkingsverband VO Lingeland"

def plan_a():
    n = A_NAME
    return f"""
!title Ondersteuningsplan 2026-2030
!title {n} (VO 27-02)
!title Samen sterk voor elke jongere
!title Vastgesteld door het bestuur op 24 maart 2026
!pb
!toc
!pb
{voorwoord(n, "2026-2030", "Marieke van Dongen, directeur-bestuurder")}
{leeswijzer(n)}
# 1. Ons samenwerkingsverband

{n} omvat het voortgezet onderwijs in de gemeenten Culemborg, Geldermalsen, Buren en Tiel. Zeven
schoolbesturen met samen veertien scholen voor vmbo, havo, vwo en praktijkonderwijs zijn aangesloten, evenals
twee scholen voor voortgezet speciaal onderwijs met een afdeling in de regio. Op 1 oktober 2025 stonden 11.840
leerlingen ingeschreven in het regulier voortgezet onderwijs. Het aantal leerlingen daalt licht; de prognose
van DUO laat tot 2030 een daling van ongeveer vijf procent zien. Dat heeft gevolgen voor de
ondersteuningsmiddelen, die per leerling worden toegekend.

De regio kent een stedelijke kern en een uitgestrekt platteland. Voor leerlingen uit de kleinere kernen
betekent dat soms lange reistijden. Het leerlingenvervoer is een taak van de gemeenten; met hen bespreken wij
jaarlijks de knelpunten. Ongeveer een kwart van de leerlingen volgt een basisberoepsgerichte of kaderberoepsgerichte
leerweg, een relatief hoog aandeel vergeleken met het land.
{totstandkoming(n, "12 februari 2026", "10 maart 2026", "24 maart 2026", "Culemborg, West Betuwe, Buren en Tiel")}
{visie(n, "vo")}
# 2. Basisondersteuning: wat elke school biedt

## 2.1 Het afgesproken niveau

De besturen in {n} hebben afgesproken dat elke vestiging van elke aangesloten school ten minste hetzelfde
niveau van basisondersteuning biedt. Dat niveau is vastgelegd in de 'Standaard basisondersteuning Lingeland
2026' en is door alle besturen ondertekend. Het is een ondergrens: een school mag meer bieden, maar niet minder.
Ouders mogen er dus van uitgaan dat hun kind op elke school in de regio in elk geval de onderstaande
ondersteuning krijgt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is.

## 2.2 Wat u op elke school mag verwachten

De standaard bestaat uit tien onderdelen:
- Elke leerling heeft een mentor die minstens drie keer per jaar een individueel gesprek met de leerling voert en het eerste aanspreekpunt is voor ouders.
- Elke school heeft een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen en een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt.
- Elke school werkt met een dyslexie- en dyscalculieprotocol, met extra tijd, vergrote teksten en voorleessoftware bij toetsen.
- Elke school biedt een training sociale vaardigheden of faalangstreductie aan, ten minste één keer per schooljaar.
- Elke school heeft afspraken over begeleiding bij executieve functies: planning, huiswerkbegeleiding in een begeleide studieruimte en een vaste plek voor time-out binnen de school.
- Elke school heeft een aandachtsfunctionaris voor de meldcode en werkt samen met de jeugdverpleegkundige en het schoolmaatschappelijk werk.
- Elke school heeft een protocol voor medisch handelen en kan lichte fysieke aanpassingen doen.
- Elke school biedt ondersteuning aan meer- en hoogbegaafde leerlingen, bijvoorbeeld compacten, verrijken of versnellen.
- Elke school werkt handelingsgericht: bij stagnatie maakt de mentor met de ondersteuningscoördinator binnen vier weken een handelingsplan.
- Elke school beschrijft haar aanbod in het schoolondersteuningsprofiel en in de schoolgids.

## 2.3 Borging

Het samenwerkingsverband bezoekt elke school eens per twee jaar voor een kwaliteitsgesprek over de standaard.
Scholen vullen vooraf een zelfevaluatie in. Blijkt een onderdeel niet op orde, dan maakt het bestuur van de
school binnen drie maanden een verbeterplan, dat in het volgende gesprek wordt besproken.

# 3. Extra ondersteuning en arrangementen

Waar de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Ons
ondersteuningsaanbod is opgebouwd in vier niveaus die op elkaar aansluiten:
- Niveau 1: basisondersteuning in de klas en op school (zie hoofdstuk 2).
- Niveau 2: extra ondersteuning op de eigen school, zoals een ondersteuningsklas, een rebound-traject binnen de school of individuele begeleiding door een specialist. De school financiert dit uit het schoolbudget.
- Niveau 3: bovenschoolse arrangementen van het samenwerkingsverband: het orthopedagogisch-didactisch centrum (OPDC) De Brug met plaats voor 40 leerlingen, een time-out voorziening van maximaal twaalf weken, de Taalklas voor nieuwkomers en het ambulante team voor leerlingen met autisme.
- Niveau 4: voortgezet speciaal onderwijs (vso) en praktijkonderwijs, na een toelaatbaarheidsverklaring.

Een school vraagt een bovenschools arrangement aan via het Loket van het samenwerkingsverband. Een consulent
denkt mee over de vraag welk arrangement past. Elk arrangement heeft een doel, een duur en een evaluatiemoment.
Voor leerlingen die onderwijs en zorg nodig hebben, bieden wij met de gemeenten onderwijs-zorgarrangementen
aan, waarbij een jeugdhulpverlener een deel van de schooldag in de school aanwezig is.

# 4. Toelaatbaarheid: vso, lwoo en praktijkonderwijs

## 4.1 Toelaatbaarheid tot het vso

Een leerling kan alleen naar het vso als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) afgeeft.
De aanvraag wordt ingediend door het bestuur van de school waar de leerling is ingeschreven of aangemeld. Bij de
aanvraag horen het ontwikkelingsperspectiefplan, een verslag van wat de school al heeft ingezet, de zienswijze
van ouders en, als de leerling twaalf jaar of ouder is, de mening van de leerling. De Commissie Toelaatbaarheid
van het samenwerkingsverband beslist binnen zes weken na ontvangst van een volledige aanvraag. In spoedgevallen
kan binnen tien werkdagen een tijdelijke TLV worden afgegeven.

Een leerling is toelaatbaar tot het vso als aan de volgende criteria is voldaan:
- de ondersteuningsbehoefte is zo groot of complex dat deze niet binnen het regulier onderwijs, ook niet met een bovenschools arrangement, kan worden geboden;
- de school heeft aantoonbaar handelingsgericht gewerkt en de mogelijkheden van niveau 1 tot en met 3 zijn benut of aantoonbaar niet passend;
- er is sprake van een ontwikkelingsperspectief dat aansluit bij het vso (uitstroomprofiel vervolgonderwijs, arbeidsmarkt of dagbesteding);
- de leerling heeft een specifieke behoefte aan een kleine groep, intensieve begeleiding of zorg in de school, die in het OPP is onderbouwd.

Bij elke aanvraag brengen twee deskundigen schriftelijk en ieder afzonderlijk advies uit: een orthopedagoog
of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinder- en jeugdpsychiater,
maatschappelijk werker of arts. De deskundigen zijn niet betrokken geweest bij de aanvraag. Ouders krijgen een
afschrift van beide adviezen.

Een TLV wordt in de regel afgegeven voor twee schooljaren, tot 31 juli. Voor leerlingen met een blijvende,
ernstige beperking kan een TLV voor de resterende schoolloopbaan worden afgegeven. In de TLV staat de
bekostigingscategorie: laag, midden of hoog.

Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit. Het samenwerkingsverband is
aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert
over het bezwaar.

## 4.2 Leerwegondersteunend onderwijs en praktijkonderwijs

Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria. De basisschool levert
de gegevens over capaciteiten, leerachterstanden en sociaal-emotionele problematiek aan bij de aanmelding.
De ontvangende vo-school vraagt de aanwijzing lwoo of de TLV praktijkonderwijs aan bij het Loket. Het Loket
toetst de aanvraag aan de landelijke criteria en beslist binnen vier weken. Een aanwijzing lwoo geldt voor de
hele duur van de vmbo-opleiding; een TLV praktijkonderwijs voor de hele schoolloopbaan in het praktijkonderwijs.
Voor twijfelgevallen kan het Loket aanvullend onderzoek laten doen door een orthopedagoog van het
samenwerkingsverband.

# 5. Terug naar het regulier onderwijs

Wij vinden dat een plaatsing in het vso geen eindstation hoeft te zijn. Wanneer een leerling zich zo heeft
ontwikkeld dat het regulier voortgezet onderwijs weer in beeld komt, moet die overstap mogelijk zijn. Ons
uitgangspunt is dat een leerling zo thuisnabij en zo regulier mogelijk onderwijs volgt. Terugplaatsing is
echter geen doel op zich: het moet in het belang van de leerling zijn en de ontvangende school moet kunnen
bieden wat nodig is.

Leerlingen die vanuit het vso overstappen naar een reguliere school, krijgen een terugkeerarrangement. Dat
bestaat uit begeleiding door het ambulante team gedurende ten minste een half jaar, met ruimte voor verlenging,
en een budget voor de ontvangende school van € 3.500 per leerling voor extra begeleiding in het eerste jaar.
Vso-scholen en reguliere scholen zijn het erover eens dat de overstap bij voorkeur aan het begin van een
schooljaar plaatsvindt, na een periode van wennen.

De werkwijze rond terugplaatsing, waaronder de rol van de vso-school, het moment van bespreking en de vraag wie
het initiatief neemt, wordt in het schooljaar 2026-2027 samen met de vso-scholen uitgewerkt in een protocol.
Tot die tijd worden de situaties per leerling besproken.

# 6. Dekkend netwerk en thuiszitters

Elk schoolbestuur heeft zorgplicht. Samen zorgen de besturen ervoor dat er voor elke leerling in de regio een
passende plek is. Om te weten waar het aanbod tekortschiet, houden wij een signaleringslijst bij van leerlingen
voor wie geen passende plek is gevonden binnen zes weken, en van leerlingen op een wachtlijst voor een
bovenschoolse voorziening. Deze lijst wordt elk kwartaal besproken in het overleg van ondersteuningscoördinatoren
en twee keer per jaar in de algemene vergadering.

Uit de analyse van 2025 bleek dat het aanbod tekortschiet voor leerlingen met een combinatie van
hoogbegaafdheid en autisme en voor jongeren met ernstige angstproblematiek. Voor beide groepen starten wij in
2026 een pilot: een deeltijdvoorziening in Tiel en een 'zachte landing'-groep bij het OPDC. Na een jaar
beslist de algemene vergadering of de voorziening wordt voortgezet.

Thuiszitters worden binnen een week gemeld bij het thuiszittersoverleg, waarin het samenwerkingsverband,
leerplicht en jeugdhulp samen een plan maken. Elke thuiszitter krijgt een casusregisseur die blijft tot de
leerling weer onderwijs volgt. Als er na zes weken geen oplossing is, schakelt de directeur-bestuurder de
betrokken besturen in; zij zijn samen verantwoordelijk voor een plek.

# 7. Samenwerking met gemeenten

Met de vier gemeenten voeren wij twee keer per jaar een bestuurlijk overleg. Gezamenlijke onderwerpen zijn de
aansluiting tussen onderwijs en jeugdhulp, het leerlingenvervoer, de onderwijshuisvesting van het OPDC en de
aanpak van verzuim. De gemeenten financieren de jeugdhulpverleners in de onderwijs-zorgarrangementen. Het
OOGO over dit plan is gevoerd op 12 februari 2026; de gemeenten hebben hun instemming met de lijn van het plan
schriftelijk bevestigd.

# 8. Ambities en beoogde resultaten

Wij hebben voor deze planperiode vijf beoogde resultaten geformuleerd voor leerlingen met een
ondersteuningsbehoefte:
- In 2030 zit geen enkele leerling langer dan drie maanden thuis zonder passend onderwijsaanbod; in 2025 waren dat er veertien.
- Het aandeel leerlingen in het vso daalt van 4,1 procent naar 3,6 procent, zonder dat het aantal thuiszitters stijgt.
- Ten minste 85 procent van de leerlingen die een bovenschools arrangement afronden, stroomt terug naar de eigen klas.
- Ten minste 80 procent van de ouders van leerlingen met een arrangement is tevreden over de ondersteuning.
- Elke school voldoet in 2028 aan alle tien onderdelen van de standaard basisondersteuning.

Hoe wij de voortgang op deze resultaten gaan volgen, welke bronnen wij gebruiken en hoe wij erover rapporteren,
leggen wij vast in een kwaliteitskader dat in de loop van 2027 wordt opgesteld.

# 9. Communicatie

Goede informatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert met scholen,
met partners en met ouders en leerlingen.

Voor ouders hebben wij een eigen deel op de website www.swvlingeland.nl met uitleg over de
basisondersteuning, de arrangementen en de toelaatbaarheidsverklaring, in begrijpelijke taal en met korte
filmpjes. Elke school neemt in de schoolgids een verwijzing op naar deze pagina en een samenvatting van het
schoolondersteuningsprofiel. Twee keer per jaar organiseren wij een informatieavond voor ouders van leerlingen
in groep 8 en in de brugklas. Bij elke aanvraag voor een arrangement of TLV ontvangen ouders een folder met
uitleg over de procedure. De folder is beschikbaar in het Nederlands, Engels, Arabisch en Pools.

Ouders die een vraag hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en
Jeugdsteunpunt Lingeland. Het steunpunt is onafhankelijk van scholen en van het samenwerkingsverband, wordt
bemand door twee ervaren ouderbegeleiders en is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur.
Daarnaast kunnen ouders gratis een beroep doen op de onderwijsconsulenten van het ministerie. Voor klachten is
het samenwerkingsverband aangesloten bij een landelijke klachtencommissie; geschillen over toelating en
verwijdering kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.

Ouders zijn voor ons partners. Zij worden betrokken bij het opstellen van het ontwikkelingsperspectiefplan en
zijn aanwezig bij gesprekken over hun kind in het ondersteuningsteam.
{governance(n, "stichting", jaarverslag=False)}
{opr(n)}
{personeel(n, 23)}
{ict_privacy(n)}
# 10. Geld en middelen

## 10.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Daarnaast
ontvangen wij middelen voor lwoo en praktijkonderwijs, die grotendeels worden doorgegeven aan de scholen. Van de
middelen voor zware ondersteuning wordt de bekostiging van het vso door DUO rechtstreeks afgedragen.

## 10.2 Verdeling

De middelen worden als volgt verdeeld. Elke school ontvangt een schoolbudget van € 145 per leerling (teldatum
1 oktober van het voorgaande jaar) plus een vaste voet van € 20.000 per vestiging. Het schoolbudget is bedoeld
voor de basisondersteuning en de extra ondersteuning op niveau 2. De bovenschoolse voorzieningen op niveau 3
worden centraal bekostigd. Het algemeen bestuur stelt de bedragen jaarlijks vast bij de begroting. Scholen
verantwoorden de besteding van het schoolbudget in een jaarlijkse verantwoordingsrapportage per 1 maart, met
een overzicht van ingezette fte en activiteiten.

## 10.3 Meerjarenbegroting

| Post (x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsmiddelen | 14.820 | 14.610 | 14.390 | 14.180 |
| Afdracht vso (DUO) | 5.930 | 5.880 | 5.790 | 5.700 |
| Lwoo en pro doorbetaald | 4.460 | 4.380 | 4.300 | 4.220 |
| Schoolbudgetten | 1.997 | 1.980 | 1.960 | 1.940 |
| Bovenschoolse voorzieningen (OPDC, time-out, Taalklas) | 1.520 | 1.540 | 1.560 | 1.580 |
| Ouder- en Jeugdsteunpunt | 120 | 120 | 125 | 125 |
| Bureau en organisatie | 760 | 770 | 780 | 790 |
| Resultaat | 33 | -60 | -125 | -175 |

De negatieve resultaten vanaf 2027 zijn bewust: wij bouwen de reserve af tot het niveau van de
signaleringswaarde. De algemene reserve bedroeg eind 2025 € 1,9 miljoen; de risicoanalyse komt uit op een
benodigd weerstandsvermogen van € 1,1 miljoen.

# 11. Planning

| Schooljaar | Activiteit |
| 2026-2027 | Start pilots deeltijdvoorziening en zachte landing; protocol terugplaatsing uitwerken |
| 2027-2028 | Kwaliteitskader vaststellen; evaluatie pilots; herijking schoolbudget |
| 2028-2029 | Tussenevaluatie ondersteuningsplan met OPR |
| 2029-2030 | Voorbereiding nieuw ondersteuningsplan |
{begrippen("vo")}
{afkortingen("vo")}
"""
