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


def visie(name, sector, ambities=True):
    leerling = "jongere" if sector == "vo" else "kind"
    s = f"""
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
"""
    if ambities:
        s += """
## Ambities op hoofdlijnen

Voor de komende planperiode hebben we drie ambities geformuleerd: (1) meer inclusief onderwijs, met minder
uitzonderingen en minder verwijzingen die achteraf niet nodig blijken; (2) een sterkere verbinding tussen
onderwijs en jeugdhulp; (3) ruimte voor leraren om zich te richten op hun vak. Deze ambities werken we verder
uit in de jaarplannen. Ze zijn richtinggevend en vormen de achtergrond van alle keuzes in dit plan.
"""
    return s


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


def landelijk(name):
    return f"""
# Landelijke ontwikkelingen

Passend onderwijs is sinds 2014 van kracht. De landelijke evaluatie in 2020 liet zien dat het stelsel op
onderdelen werkt, maar dat de verwachtingen te hoog waren en dat de praktijk voor leraren en leerlingen
weerbarstig is. Het kabinet heeft daarop een verbeteraanpak opgesteld met een groot aantal maatregelen. Een
deel daarvan raakt {name} rechtstreeks, bijvoorbeeld de maatregelen over medezeggenschap, over het onderwijs aan
leerlingen met een zeer specifieke vraag en over de positie van leerlingen in het gesprek over hun eigen
ondersteuning.

Daarnaast wordt landelijk gewerkt aan een beweging naar inclusiever onderwijs, met als stip op de horizon dat
in 2035 zoveel mogelijk kinderen samen naar school gaan. Wat dat precies betekent voor de verhouding tussen
regulier en speciaal onderwijs, is nog niet uitgewerkt. Wij volgen deze ontwikkelingen op de voet en passen
ons beleid aan waar dat nodig is. Ook de discussie over een landelijke invulling van begrippen en over de
bekostiging van samenwerkingsverbanden volgen wij met belangstelling. Wij brengen onze ervaringen in via de
sectorraad en via het regionale netwerk van samenwerkingsverbanden.

Tot slot merken wij dat de vraag naar zorg en ondersteuning bij jongeren groeit, ook buiten het onderwijs.
Wachtlijsten in de jeugd-ggz, druk op gezinnen en zorgen over bestaanszekerheid komen in de school
binnen. Het onderwijs kan die vraagstukken niet alleen oplossen. Wel kan de school een vindplaats zijn en een
veilige plek, waar een leerling gezien wordt.
"""


def overlegstructuur(name, sector):
    coord = "ondersteuningscoördinatoren" if sector == "vo" else "intern begeleiders"
    return f"""
# Overlegstructuur

Binnen {name} kennen wij de volgende overleggen. Het directeurenoverleg, met een vertegenwoordiger van elk
bestuur, bereidt besluiten van het bestuur voor en komt zes keer per jaar bijeen. Het netwerk van {coord}
komt vier keer per jaar bij elkaar om kennis te delen, casuïstiek te bespreken en nieuwe ontwikkelingen te
verkennen. Voor specifieke thema's, zoals hoogbegaafdheid, meertaligheid en gedrag, bestaan werkgroepen die
voor een beperkte periode worden ingesteld en met een advies afsluiten.

Het bureau van het samenwerkingsverband verzorgt de agenda's, de verslagen en de opvolging van afspraken. Het
streven is dat elk overleg eindigt met heldere afspraken over wie wat doet. Eenmaal per jaar evalueren wij de
overlegstructuur met de deelnemers, om te voorkomen dat er overleggen blijven bestaan die hun functie hebben
verloren. Besluiten over beleid worden altijd genomen door het bevoegde orgaan volgens de statuten; de
overleggen hebben een adviserende rol.

Naast de formele overleggen hecht het samenwerkingsverband aan informele contacten. Medewerkers van het
bureau bezoeken regelmatig scholen, lopen mee op de werkvloer en zijn aanwezig bij studiedagen. Zo blijven zij
op de hoogte van wat er speelt en kunnen zij signalen vroeg oppakken.
"""


def huisvesting(name):
    return f"""
# Huisvesting en bureau

Het bureau van {name} is gevestigd in een verzamelgebouw in het centrum van de regio, goed bereikbaar met het
openbaar vervoer. Het gebouw wordt gedeeld met twee andere onderwijsorganisaties, wat het contact
vergemakkelijkt en kosten bespaart. Medewerkers werken deels op het bureau, deels op de scholen en deels
thuis. Vergaderingen met scholen vinden zoveel mogelijk plaats op de scholen zelf. Het huurcontract loopt tot
2028; in 2027 besluiten wij of verlenging wenselijk is. Bij de keuze voor een locatie wegen bereikbaarheid,
duurzaamheid en de nabijheid van scholen zwaar mee.
"""


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


# ---------------------------------------------------------------------------
# Plan B: PO, .docx; basisondersteuning content only in SOPs, no begroting,
# no continuum, ouders not addressed; terugplaatsing hidden in the TLV chapter
# ---------------------------------------------------------------------------
B_NAME = "Samenwerkingsverband Passend Primair Onderwijs Heuvelzoom"

def plan_b():
    n = B_NAME
    return f"""
!title {n}
!title PO 26-11
!title Ondersteuningsplan 2026 - 2030
!title Concept voor instemming OPR, versie 0.9
!pb
!toc
!pb
{voorwoord(n, "2026-2030", "Drs. J.H. (Hans) Verbeek, directeur", extra="Dit plan bouwt voort op het vorige plan en is bewust compact gehouden.")}
{leeswijzer(n)}
# 1. Context

{n} is het samenwerkingsverband voor het primair onderwijs in de gemeenten Heuvelzoom, Doorn-Oost en
Leersum. Er zijn negen schoolbesturen aangesloten met samen 41 basisscholen, één school voor speciaal
basisonderwijs (De Wingerd) en twee scholen voor speciaal onderwijs. Op 1 oktober 2025 telde het verband
9.215 leerlingen in het basisonderwijs, 214 in het sbo en 161 in het so. De verwachting is dat het aantal
leerlingen tot 2030 stabiel blijft, met een lichte groei in Heuvelzoom door nieuwbouw.

Het samenwerkingsverband bestaat sinds 2014. In de eerste jaren lag de nadruk op het opbouwen van de
organisatie en het ontwikkelen van de toewijzingsprocedures. In de tweede planperiode zijn de middelen
grotendeels naar de besturen gebracht. In deze derde planperiode willen we de verbinding met de jeugdhulp
versterken en de kwaliteit van de ondersteuning op de scholen verder verbeteren.
{totstandkoming(n, "5 februari 2026", "17 maart 2026", "31 maart 2026", "Heuvelzoom, Doorn-Oost en Leersum")}
{visie(n, "po")}
# 2. Terugblik 2022-2026

In het vorige ondersteuningsplan hadden we vier doelen gesteld. Hieronder staat wat daarvan is bereikt.

| Doel 2022-2026 | Streefwaarde | Bereikt (1-10-2025) |
| Deelname sbo en so samen | maximaal 4,0% | 4,0% |
| Aantal thuiszitters langer dan 3 maanden | 0 | 3 |
| Scholen met een actueel SOP | 100% | 93% |
| Doorlooptijd TLV-aanvraag | binnen 6 weken | gemiddeld 4,5 week |

De deelname aan het speciaal (basis)onderwijs is stabiel gebleven, ondanks de landelijke stijging. Het doel
voor thuiszitters is niet gehaald; de drie leerlingen hadden een complexe combinatie van psychiatrische
problematiek en een gebrek aan passende jeugdhulp. Drie scholen hadden op de peildatum geen actueel
schoolondersteuningsprofiel; zij zijn daarop aangesproken.

# 3. Basisondersteuning

Basisondersteuning is het geheel van preventieve en licht curatieve interventies die binnen de
onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau worden
uitgevoerd. In {n} hebben de besturen in 2024 afgesproken dat alle scholen, op al hun vestigingen, hetzelfde
niveau van basisondersteuning bieden. Dat niveau is de ondergrens voor iedere school; de besturen spreken
elkaar aan als een school daar niet aan voldoet.

Welke voorzieningen en interventies dat op een school concreet zijn, beschrijft iedere school in haar
schoolondersteuningsprofiel. De profielen zijn te vinden op de websites van de scholen. Een geactualiseerde
lijst met standaarden voor de basisondersteuning wordt in het schooljaar 2026-2027 door de werkgroep
basisondersteuning opgeleverd, in afwachting van de landelijke norm.

# 4. Toewijzing en toelaatbaarheid

## 4.1 Het Loket

Als een school handelingsverlegen is, kan zij contact opnemen met het Loket van het samenwerkingsverband.
Het Loket bestaat uit twee orthopedagogen en een psycholoog. Een medewerker van het Loket sluit aan bij het
multidisciplinair overleg (MDO) op school. In het MDO wordt besproken wat de leerling nodig heeft en of een
toelaatbaarheidsverklaring (TLV) voor het sbo of het so aan de orde is.

## 4.2 De aanvraag

Een TLV wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven. De school
stuurt via het digitale systeem het groeidocument, het ontwikkelingsperspectiefplan, het verslag van het MDO
en recente toets- en onderzoeksgegevens in. Het Loket controleert binnen vijf werkdagen of de aanvraag
volledig is. De Commissie Toelaatbaarheid (CvT) neemt binnen zes weken na ontvangst van de volledige
aanvraag een besluit. De CvT bestaat uit de directeur van het samenwerkingsverband en twee onafhankelijke
deskundigen.

## 4.3 Criteria

Een leerling is toelaatbaar tot het speciaal basisonderwijs als:
- de school en het Loket hebben vastgesteld dat de onderwijsbehoefte de mogelijkheden van de basisschool overstijgt, ook met inzet van een arrangement;
- de leerling een leerachterstand van ten minste anderhalf jaar heeft op twee of meer kerngebieden, of gedrag laat zien waardoor onderwijs in een grote groep structureel niet lukt;
- de leerling aantoonbaar baat heeft bij een kleine groep met een specifieke pedagogische aanpak.

Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) als daarnaast sprake is van een
ernstige beperking, langdurige ziekte of ernstige gedrags- of psychiatrische problematiek, die een
structurele en intensieve inzet van specialistische expertise en zorg in de school vraagt. De CvT bepaalt ook
de bekostigingscategorie (laag, midden of hoog) op basis van de benodigde begeleiding en zorg.

## 4.4 Deskundigenadvies

Voor elke TLV brengen twee deskundigen een eigen, schriftelijk advies uit: een orthopedagoog of psycholoog en
een tweede deskundige die past bij de situatie, bijvoorbeeld een kinderarts, een maatschappelijk werker of
een kinderpsychiater. Deskundigen die de aanvraag hebben voorbereid, adviseren niet over dezelfde leerling.

## 4.5 Duur van de TLV

Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so wordt
afgegeven voor twee schooljaren; voor leerlingen met een ernstige meervoudige beperking tot het einde van de
schoolloopbaan in het so. Wordt een TLV in de loop van het schooljaar afgegeven, dan loopt deze tot en met
31 juli van het laatste jaar.

## 4.6 Afloop van de TLV en terugplaatsing

Wij willen dat leerlingen zo thuisnabij mogelijk naar school gaan. Een plaatsing in het so is daarom
tijdelijk als dat kan. Terugplaatsing naar het basisonderwijs is mogelijk als de ontwikkeling van de leerling
dat toelaat en een basisschool de benodigde ondersteuning kan bieden; de leerling en de ontvangende school
krijgen daarbij steun.

De werkwijze is als volgt. In het laatste jaar van de TLV bespreekt de so-school in de OPP-bespreking van
januari of de leerling kan terugkeren naar het basisonderwijs. Als de so-school terugplaatsing haalbaar acht,
meldt zij dat voor 1 maart bij het Loket. Het Loket organiseert een overdrachtsgesprek met de so-school, de
beoogde basisschool en de orthopedagoog van het Loket. De basisschool besluit over de inschrijving; het Loket
kent een terugplaatsingsarrangement toe van maximaal een half jaar ambulante begeleiding door de so-school,
betaald door het samenwerkingsverband. Acht de so-school verdere plaatsing nodig, dan vraagt zij voor 1 april
een nieuwe TLV aan. Zonder nieuwe TLV eindigt de toelaatbaarheid op 31 juli.

# 5. Geen kind tussen wal en schip

De besturen hebben gezamenlijk zorgplicht. Het samenwerkingsverband houdt een overzicht bij van leerlingen
die (dreigen) thuis (te) zitten, van leerlingen met een vrijstelling en van leerlingen op een wachtlijst voor
het so. Leerplicht meldt iedere leerling die langer dan vier weken niet naar school gaat bij het
samenwerkingsverband. Binnen twee weken volgt een casusoverleg met school, leerplicht, jeugdhulp en het Loket,
waarin een plan en een verantwoordelijke worden aangewezen.

Eens per jaar analyseert het samenwerkingsverband met de besturen waar het netwerk van voorzieningen tekort
schiet. Uit de laatste analyse bleek dat er een tekort is aan plaatsen voor jonge kinderen met
ontwikkelingsachterstanden (4-6 jaar) en aan onderwijs voor kinderen die door angst niet naar school gaan.
Voor de eerste groep start in augustus 2026 een observatiegroep bij De Wingerd; voor de tweede groep wordt met
de gemeenten een onderwijs-zorgarrangement ontwikkeld, dat in 2027 beschikbaar moet zijn.

Het huidige aanbod aan arrangementen wordt in 2026-2027 herijkt. Een overzicht van het nieuwe aanbod wordt
opgenomen in het jaarplan 2027.

# 6. Doelen voor 2026-2030 en kwaliteitszorg

## 6.1 Beoogde resultaten

- Het aantal thuiszitters langer dan drie maanden is in 2028 nul en blijft nul.
- De deelname aan sbo en so samen blijft onder de 4,2%.
- Ten minste 10 leerlingen per jaar keren vanuit het sbo of so terug naar het basisonderwijs.
- Alle scholen bieden in 2027 aantoonbaar het afgesproken niveau van basisondersteuning.
- 90% van de TLV-aanvragen wordt binnen vijf weken afgehandeld.

## 6.2 Hoe wij de resultaten volgen

Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Twee keer per jaar (na 1 oktober en na
1 februari) stellen wij een monitor op met kengetallen: deelnamepercentages sbo en so, aantallen TLV's,
doorlooptijden, aantallen thuiszitters en terugplaatsingen. De monitor wordt besproken in het
directeurenoverleg en met de raad van toezicht. In het jaarverslag rapporteren wij de bereikte resultaten ten
opzichte van de doelen in 6.1. Halverwege de planperiode, in 2028, voert een externe partij een
tussenevaluatie uit; de uitkomsten worden met de OPR besproken.

# 7. Financieel beleid

Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens het volgende verdeelmodel. Na aftrek van
de afdrachten aan DUO voor het sbo en so en de kosten van het bureau, ontvangen de besturen een bedrag van
€ 205 per leerling op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. Daarmee bekostigen
de besturen de basisondersteuning en de extra ondersteuning op hun scholen. Individuele arrangementen voor
leerlingen met een zeer specifieke vraag worden centraal toegekend door het Loket, op basis van een aanvraag
met een OPP. De besturen verantwoorden de besteding jaarlijks in een vast format.

De meerjarenbegroting 2026-2030 wordt na vaststelling door de raad van toezicht in december 2026 als
afzonderlijk document gepubliceerd. De bedragen per begrotingspost zijn op dit moment p.m.

# 8. Communicatie

Het samenwerkingsverband informeert intern begeleiders, schoolleiders, besturen en ketenpartners via een
digitale nieuwsbrief die zes keer per jaar verschijnt, via het professionalsportaal en via de jaarlijkse
netwerkbijeenkomst. Het bureau is op werkdagen bereikbaar voor vragen van scholen. Bij de start van het
schooljaar ontvangen nieuwe intern begeleiders een introductiepakket.
{governance(n, "vereniging")}
{opr(n, with_ouders=False)}
{personeel(n, 11)}
{ict_privacy(n, inlog=False)}
# 9. Planning

| Periode | Activiteit |
| 2026-2027 | Standaarden basisondersteuning opleveren; herijking arrangementen; meerjarenbegroting vaststellen |
| 2027-2028 | Start onderwijs-zorgarrangement; jaarplan 2027 met nieuw aanbod |
| 2028 | Tussenevaluatie door externe partij |
| 2029-2030 | Nieuw ondersteuningsplan |
{begrippen("po")}
{afkortingen("po")}
"""


# ---------------------------------------------------------------------------
# Plan C: VO, .pdf, plan 'op hoofdlijnen'; finance only in tables; TLV criteria
# on website; no terugplaatsing; no results; no gap approach
# ---------------------------------------------------------------------------
C_NAME = "Stichting Samenwerkingsverband Passend Onderwijs VO Kustzone"

def plan_c():
    n = C_NAME
    return f"""
!title Ondersteuningsplan op hoofdlijnen 2026-2030
!title {n}
!title Regio VO 25-09
!pb
!toc
!pb
{voorwoord(n, "op hoofdlijnen 2026-2030", "Namens het bestuur, R. Koster (voorzitter) en A. el Idrissi (directeur)", extra="Dit plan beschrijft het 'wat'; de scholen bepalen het 'hoe'. De uitwerking volgt in de jaarplannen.")}
{leeswijzer(n)}
# 1. De regio in vogelvlucht

{n} omvat zes scholen voor voortgezet onderwijs van vier besturen in de gemeenten Zandvoort-Noord, Duinmeer en
Kustwijk, en een school voor vso met een afdeling in Duinmeer. Er staan ongeveer 6.300 leerlingen ingeschreven.
Twee scholen bieden praktijkonderwijs aan, vier scholen vmbo met lwoo. De regio kent een relatief oude
bevolking en een dalend aantal jongeren; in de zomermaanden trekt het toerisme veel seizoenswerk aan, waar ook
leerlingen bijbaantjes hebben. Het aantal thuiszitters in de regio is een terugkerend punt van zorg bij
gemeenten en scholen.
{totstandkoming(n, "28 januari 2026", "3 maart 2026", "17 maart 2026", "Zandvoort-Noord, Duinmeer en Kustwijk")}
{visie(n, "vo", ambities=False)}
# 2. Basisondersteuning

De besturen hebben gezamenlijk de standaarden voor basisondersteuning vastgesteld. Deze standaarden gelden
voor alle scholen en alle locaties in de regio en vormen de ondergrens van wat een leerling op iedere school
krijgt. In de tabel staat per standaard wat dat concreet betekent.

| Standaard | Wat elke school biedt |
| Mentoraat | Vaste mentor per klas, mentoruur in leerjaar 1 en 2, minimaal twee oudergesprekken per jaar |
| Ondersteuningsstructuur | Zorgcoördinator, ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts, maandelijks overleg |
| Leren | Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, laptop, auditieve ondersteuning) |
| Sociaal-emotioneel | Faalangsttraining, weerbaarheidstraining en anti-pestprogramma |
| Gedrag | Schoolbrede gedragsaanpak, time-out ruimte met begeleiding |
| Huiswerk en plannen | Huiswerkklas tot 16.00 uur, coaching op plannen en organiseren |
| Taal | Extra lessen Nederlands voor leerlingen met een taalachterstand |
| Medisch | Protocol medisch handelen en een aangepaste rooster bij ziekte |

Elke school beschrijft de invulling in haar schoolondersteuningsprofiel. Het samenwerkingsverband bespreekt
het profiel jaarlijks met de school.

# 3. Het ondersteuningsaanbod in de regio

Het aanbod is opgebouwd in lagen die op elkaar aansluiten. Zo kan een leerling zo licht mogelijk en zo zwaar
als nodig worden ondersteund.

| Niveau | Aanbod | Wie organiseert |
| 1 Basis | Basisondersteuning volgens de standaarden | School |
| 2 Extra op school | Ondersteuningsklassen, trajectvoorziening, individuele begeleiding | School, uit schoolbudget |
| 3 Bovenschools | Rebound Kustzone (12 plaatsen), Taalschakelklas nieuwkomers, ambulante begeleiding autisme | Samenwerkingsverband |
| 4 Speciaal | Vso De Horizon (cluster 4), vso buiten de regio (cluster 3), praktijkonderwijs | Na TLV |

Leerlingen die naast onderwijs ook jeugdhulp nodig hebben, kunnen gebruik maken van onderwijs-zorgarrangementen
die met de gemeenten zijn afgesproken. Voor leerlingen die de overstap naar het mbo maken, is er een
doorlopende leerlijn met het ROC Kust, met een warme overdracht en een loopbaancoach in het eerste mbo-jaar.
Een analyse van het dekkend aanbod in de regio staat gepland voor 2027.

# 4. Toelaatbaarheid

Een school die een TLV voor het vso wil aanvragen, meldt de leerling aan bij het Loket van het
samenwerkingsverband. De school levert het ontwikkelingsperspectiefplan en het groeidocument aan. Een
orthopedagoog van het Loket bespreekt de aanvraag met de school en de ouders. De Toelaatbaarheidscommissie,
bestaande uit de directeur en twee deskundigen (een orthopedagoog en een psycholoog of arts), neemt binnen
zes weken een besluit. Ook de aanwijzing lwoo en de TLV praktijkonderwijs worden via het Loket aangevraagd.

De criteria die de commissie hanteert bij het beoordelen van een aanvraag, zijn te vinden op onze website onder
'toewijzing'.

Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband
vraagt dan advies aan de Landelijke Bezwaaradviescommissie.

# 5. Samenwerking met gemeenten

Met de drie gemeenten is afgesproken dat de jeugdhulp en het onderwijs elkaar versterken. De gemeenten zetten
schoolmaatschappelijk werk in op alle scholen en financieren de jeugdhulp in de onderwijs-zorgarrangementen.
Leerplicht en het samenwerkingsverband hebben maandelijks overleg. Daarnaast zijn er afspraken over het
leerlingenvervoer en over de huisvesting van de Rebound.

# 6. Onderwijs aan nieuwkomers

Jaarlijks komen er ongeveer vijftig nieuwkomers in de leeftijd van het voortgezet onderwijs naar de regio. Zij
starten in de Taalschakelklas, waar zij maximaal twee jaar intensief Nederlands leren en kennismaken met het
Nederlandse onderwijs. Daarna stromen zij door naar een reguliere school. De Taalschakelklas is gehuisvest bij
het Duinmeer College en wordt bekostigd uit de nieuwkomersbekostiging en een bijdrage van het
samenwerkingsverband.

# 7. Ouders

Ouders vinden informatie over het ondersteuningsaanbod op de website van het samenwerkingsverband, in de
schoolgidsen en in het schoolondersteuningsprofiel van iedere school. In september organiseren wij een
informatieavond voor ouders over passend onderwijs, samen met de scholen. Bij iedere aanvraag ontvangen ouders
een brief met uitleg over de stappen.

Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Kustzone. Het steunpunt helpt
ouders en jongeren bij vragen of als zij er met de school niet uitkomen, staat los van de scholen en is
telefonisch en via de website bereikbaar. Ouders kunnen ook een onderwijsconsulent inschakelen.
{governance(n, "stichting", jaarverslag=False)}
{opr(n)}
{personeel(n, 8)}
{overlegstructuur(n, "vo")}
{ict_privacy(n)}
{landelijk(n)}
# 8. Geld en middelen

| Verdeling ondersteuningsmiddelen | Verdeelsleutel | Besluit door |
| Schoolbudget basis- en extra ondersteuning | € 160 per leerling, teldatum 1 oktober t-1 | Algemeen bestuur, jaarlijks bij de begroting |
| Vaste voet per school | € 25.000 per vestiging | Algemeen bestuur |
| Bovenschoolse voorzieningen | Centraal, op basis van plaatsen (Rebound 12, Taalschakelklas 30) | Directeur |
| Lwoo en pro | Doorbetaling aan scholen op basis van aantallen leerlingen per 1 oktober | Directeur |

| Meerjarenbegroting (bedragen in €) | 2026 | 2027 | 2028 | 2029 |
| Inkomsten lichte en zware ondersteuning | 7.940.000 | 7.810.000 | 7.690.000 | 7.560.000 |
| Afdracht vso via DUO | 3.120.000 | 3.090.000 | 3.050.000 | 3.010.000 |
| Doorbetaling lwoo en pro | 2.210.000 | 2.170.000 | 2.140.000 | 2.100.000 |
| Schoolbudgetten en vaste voet | 1.158.000 | 1.140.000 | 1.125.000 | 1.110.000 |
| Rebound, Taalschakelklas, ambulante begeleiding | 980.000 | 990.000 | 1.000.000 | 1.010.000 |
| Bureau, steunpunt en overig | 470.000 | 475.000 | 480.000 | 485.000 |
| Saldo | 2.000 | -55.000 | -105.000 | -155.000 |

# 9. Planning

De uitwerking van dit plan op hoofdlijnen vindt plaats in de jaarplannen. In het eerste jaarplan staan onder
meer de analyse van het dekkend aanbod (2027), de evaluatie van de Rebound en de herziening van de website.
{begrippen("vo", extra=[("Kwaliteitszorg", "Het stelselmatig bewaken en verbeteren van de kwaliteit van het beleid.")])}
{afkortingen("vo")}
"""


# ---------------------------------------------------------------------------
# Plan D: VO, .pdf; no basisondersteuning; TLV procedure in a handbook on the
# website; verdeelmodel deferred; parents only get the steunpunt paragraph
# ---------------------------------------------------------------------------
D_NAME = "Samenwerkingsverband Voortgezet Onderwijs Maasvallei"

def plan_d():
    n = D_NAME
    return f"""
!title {n}
!title Ondersteuningsplan 2026-2030: Elke leerling een plek
!title Regio VO 31-06
!pb
!toc
!pb
{voorwoord(n, "2026-2030", "Peter Janssen, directeur-bestuurder")}
{leeswijzer(n)}
# 1. Kengetallen

| Kengetal (1 oktober) | 2022 | 2023 | 2024 | 2025 |
| Leerlingen regulier vo | 14.210 | 14.120 | 13.980 | 13.860 |
| Leerlingen vso | 598 | 611 | 604 | 590 |
| Deelname vso | 4,0% | 4,1% | 4,1% | 4,1% |
| Leerlingen met lwoo | 1.920 | 1.880 | 1.850 | 1.810 |
| Leerlingen in praktijkonderwijs | 512 | 505 | 498 | 490 |
| Thuiszitters > 3 maanden | 21 | 18 | 15 | 11 |

{n} werkt voor twaalf scholen van zes besturen in de gemeenten Maasstad, Ooijen en Bergerveld. Het
samenwerkingsverband is een vereniging; de besturen zijn lid.
{totstandkoming(n, "9 februari 2026", "16 maart 2026", "30 maart 2026", "Maasstad, Ooijen en Bergerveld")}
{visie(n, "vo")}
# 2. Ondersteuning op school

Elke school heeft een schoolondersteuningsprofiel waarin de school beschrijft welke ondersteuning zij biedt.
De afspraken over de basisondersteuning die voor alle scholen gelden, worden in het schooljaar 2026-2027
opnieuw gemaakt, zodra de landelijke norm bekend is. Tot die tijd blijven de profielen van de scholen leidend.

# 3. Een dekkend aanbod

## 3.1 Het aanbod

Wanneer een school met haar eigen mogelijkheden niet uitkomt, is er in de regio een samenhangend aanbod:
- extra ondersteuning op school, bekostigd uit de middelen die de besturen ontvangen, zoals trajectklassen en ondersteuningsklassen (op acht van de twaalf scholen);
- het OPDC Maasvallei voor leerlingen die tijdelijk (maximaal een jaar) buiten de eigen school een traject volgen, met 60 plaatsen;
- Rebound voor leerlingen die een time-out van zes tot twaalf weken nodig hebben;
- de HB-klas op het Bergerveld Lyceum voor hoogbegaafde leerlingen die vastlopen;
- de ISK in Maasstad voor nieuwkomers;
- het vso van cluster 3 en 4, met drie scholen in de regio, en het praktijkonderwijs op twee locaties.

De consulenten van het samenwerkingsverband adviseren scholen over de route die het best past bij de
leerling. Scholen en samenwerkingsverband maken in een arrangement afspraken over doel, duur en evaluatie.

## 3.2 Wat ontbreekt en wat we eraan doen

Twee keer per jaar brengen wij in kaart welke leerlingen geen passende plek hebben, thuiszitten of op een
wachtlijst staan. Leerplicht, de scholen en het samenwerkingsverband houden daarvoor een gezamenlijke
registratie bij. De analyse wordt besproken in de ledenvergadering, die besluit over maatregelen. Op basis van
de analyse van 2025 breiden wij het OPDC uit met twintig plaatsen voor leerlingen met angst- en
stemmingsproblematiek, met ingang van 1 augustus 2026. Elke leerling die thuiszit, krijgt binnen twee weken een
trajectbegeleider van het samenwerkingsverband; als de school na zes weken geen plek vindt, neemt de
directeur-bestuurder de regie en wijst hij in overleg met de besturen een school aan.

## 3.3 Samen met gemeenten en jeugdhulp

Met de gemeenten is een convenant 'Onderwijs en jeugdhulp' gesloten. Daarin staat dat jeugdhulp in de school
beschikbaar is op alle vmbo-scholen en in het OPDC. Het OOGO over dit plan vond plaats op 9 februari 2026.

# 4. Toelaatbaarheid tot vso, lwoo en praktijkonderwijs

## 4.1 Criteria

Een leerling is toelaatbaar tot het vso als:
- de leerling een ondersteuningsbehoefte heeft op het gebied van leren, gedrag, communicatie of lichamelijke of verstandelijke ontwikkeling die zo intensief is dat een reguliere school, ook met inzet van het OPDC of een arrangement, die niet kan bieden;
- sprake is van een combinatie van onderwijs en zorg die alleen in het vso beschikbaar is;
- het ontwikkelingsperspectief van de leerling past bij een van de uitstroomprofielen van het vso.

Voor leerwegondersteunend onderwijs gelden de landelijke criteria: een IQ tussen 75 en 90 en een
leerachterstand van 25 tot 50 procent op ten minste twee domeinen, of een IQ tussen 91 en 120 met een
leerachterstand op ten minste één domein en sociaal-emotionele problematiek. Voor praktijkonderwijs gelden
eveneens de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van 50 procent of meer op ten
minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen.

## 4.2 Procedure

De aanvraagprocedure, de termijnen en de samenstelling van de toewijzingscommissie zijn beschreven in het
Handboek Toewijzing Maasvallei, dat op onze website staat.

## 4.3 Duur en bekostigingscategorie

Een TLV vso wordt afgegeven voor maximaal drie schooljaren en eindigt op 31 juli. De bekostigingscategorie
(laag, midden of hoog) wordt in de TLV vastgelegd. Tegen een besluit kan bezwaar worden gemaakt; het
samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.

# 5. Terugplaatsing en overstap

Een TLV vso is geen eindstation. Wij willen dat leerlingen die het vso niet meer nodig hebben, terugkeren
naar het regulier onderwijs, bij voorkeur in hun eigen woonplaats. Voorwaarde is dat de leerling zich
voldoende heeft ontwikkeld om met de ondersteuning van een reguliere school verder te kunnen en dat er een
school is die hem of haar kan begeleiden. Een leerling die terugkeert, krijgt gedurende een jaar begeleiding
vanuit het vso (overgangsarrangement), betaald door het samenwerkingsverband.

Terugplaatsing verloopt zo:
- Stap 1: bij elke jaarlijkse evaluatie van het OPP bespreekt de vso-school of terugkeer haalbaar is.
- Stap 2: in het laatste jaar van de TLV stelt de vso-school voor 1 februari een advies op: terugplaatsing, overplaatsing naar een andere vorm van onderwijs, of een nieuwe TLV.
- Stap 3: bij een advies tot terugplaatsing organiseert de consulent van het samenwerkingsverband een overdrachtsgesprek met de vso-school, de ouders, de leerling en de beoogde school.
- Stap 4: de ontvangende school besluit over de inschrijving; het samenwerkingsverband kent het overgangsarrangement toe.
- Stap 5: na drie en na twaalf maanden evalueren school, ouders en consulent de overstap.

In 2025 keerden 23 leerlingen vanuit het vso terug naar het regulier onderwijs (2024: 19). Het
samenwerkingsverband rapporteert jaarlijks over deze aantallen.

# 6. Resultaten

## 6.1 Wat willen we bereiken

| Resultaat | Nulmeting 2025 | Streefwaarde 2030 |
| Thuiszitters langer dan 3 maanden | 11 | 0 |
| Deelname vso | 4,1% | 3,7% |
| Terugplaatsingen vanuit vso per jaar | 23 | 30 |
| Leerlingen met OPDC-traject dat terugkeert naar regulier | 71% | 80% |
| Tevredenheid ouders over ondersteuning (schaal 1-10) | 6,9 | 7,5 |

## 6.2 Hoe we meten en verantwoorden

De streefwaarden worden gevolgd met een dashboard dat elk kwartaal wordt bijgewerkt met gegevens van DUO,
leerplicht en de eigen registratie. Eenmaal per jaar houden wij een tevredenheidspeiling onder ouders en
scholen. De directeur-bestuurder rapporteert twee keer per jaar aan de ledenvergadering en de raad van
toezicht; in het jaarverslag staan de bereikte resultaten naast de streefwaarden en de kosten per voorziening.

# 7. Klachten, bezwaar en onafhankelijke ondersteuning

Ouders en leerlingen die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen
terecht bij het Ouder- en Jeugdsteunpunt Maasvallei. Het steunpunt is ondergebracht bij een onafhankelijke
stichting, werkt kosteloos en komt op voor het belang van de leerling. Ook de onderwijsconsulenten zijn
beschikbaar. Formele klachten kunnen worden ingediend bij de landelijke klachtencommissie waarbij het
samenwerkingsverband is aangesloten. Geschillen over zorgplicht kunnen worden voorgelegd aan de
Geschillencommissie passend onderwijs.
{governance(n, "vereniging")}
{opr(n)}
{personeel(n, 31)}
{ict_privacy(n, inlog=False)}
# 8. Financiën

## 8.1 Verdeling

De verdeling van de middelen over de besturen wordt in 2026 herzien. Het nieuwe verdeelmodel wordt na
instemming van de OPR vastgesteld en als addendum aan dit plan toegevoegd. Tot die tijd blijven de huidige
afspraken gelden.

## 8.2 Meerjarenbegroting

| Begroting (x € 1.000) | 2026 | 2027 | 2028 | 2029 | 2030 |
| Baten ondersteuningsbekostiging | 19.450 | 19.230 | 19.010 | 18.800 | 18.600 |
| Afdracht vso (DUO) | 7.620 | 7.560 | 7.490 | 7.420 | 7.350 |
| Lwoo en pro | 6.080 | 5.990 | 5.910 | 5.830 | 5.760 |
| Middelen naar besturen | 2.600 | 2.560 | 2.520 | 2.490 | 2.460 |
| OPDC en Rebound | 1.850 | 1.950 | 1.990 | 2.020 | 2.050 |
| Trajectbegeleiding en overgangsarrangementen | 420 | 430 | 440 | 450 | 460 |
| Organisatie | 980 | 990 | 1.000 | 1.010 | 1.020 |
| Saldo | -100 | -240 | -340 | -420 | -500 |

De algemene reserve (€ 3,4 miljoen eind 2025) wordt in deze periode afgebouwd tot het niveau dat nodig is om
de risico's op te vangen, berekend op € 1,5 miljoen.

# 9. Planning

| Jaar | Mijlpaal |
| 2026 | Nieuw verdeelmodel; uitbreiding OPDC |
| 2027 | Afspraken basisondersteuning; evaluatie convenant met gemeenten |
| 2028 | Tussentijdse evaluatie plan |
| 2029-2030 | Voorbereiding nieuw plan |
{begrippen("vo")}
{afkortingen("vo")}
"""


# ---------------------------------------------------------------------------
# Plan E: PO, .html web version; TLV and finance only in absent annexes; no
# aanbod/thuiszitters chapter; return procedure without policy; results deferred
# ---------------------------------------------------------------------------
E_NAME = "Samenwerkingsverband Primair Onderwijs Veendal"

def plan_e():
    n = E_NAME
    return f"""
!title Ondersteuningsplan 2026-2030 {n} (PO 20-08)
!toc
{voorwoord(n, "2026-2030", "Het bestuur van {0}".format(n))}
{leeswijzer(n)}
# Over ons

{n} is het samenwerkingsverband voor basisonderwijs, speciaal basisonderwijs en speciaal onderwijs in de
gemeenten Veendal, Oude Pekela-West en Stadskanaal-Zuid. Er zijn zes besturen aangesloten met samen 52
basisscholen, twee sbo-scholen en een so-school. In totaal gaan er ruim 8.100 kinderen naar school. In 2025
werden 96 toelaatbaarheidsverklaringen afgegeven.

Het werkgebied is landelijk, met veel kleine scholen. Een derde van de basisscholen heeft minder dan honderd
leerlingen. Dat vraagt om samenwerking tussen scholen, omdat een kleine school niet alle expertise zelf in huis
kan hebben.

Het samenwerkingsverband is in 2014 ontstaan uit een fusie van twee oudere samenwerkingsverbanden Weer Samen
Naar School. Die geschiedenis is nog terug te zien in de manier waarop besturen met elkaar omgaan: er is veel
onderling vertrouwen en een sterke traditie van samen optrekken. Tegelijk verschillen de besturen in omvang,
identiteit en manier van werken. Een groot openbaar bestuur met tweeëntwintig scholen staat naast een
eenpitter met één kleine dorpsschool. Dit plan probeert recht te doen aan die verschillen, zonder dat de
afspraken vrijblijvend worden. Het bureau van het samenwerkingsverband is klein en werkt dicht bij de scholen.
{totstandkoming(n, "4 maart 2026", "31 maart 2026", "14 april 2026", "Veendal, Oude Pekela-West en Stadskanaal-Zuid")}
{visie(n, "po", ambities=False)}
# Basisondersteuning

## Wat is basisondersteuning in ons samenwerkingsverband?

Basisondersteuning is de ondersteuning die iedere basisschool in {n} biedt aan alle kinderen die dat nodig
hebben. De besturen hebben met elkaar afgesproken dat elke school, op elke locatie, ten minste dit niveau
waarmaakt. Het gaat om ondersteuning die binnen de groep of de school wordt gegeven, zonder dat er een
aanvraag bij het samenwerkingsverband nodig is.

## Wat kunt u op iedere school verwachten?

- Een intern begeleider die de ondersteuning in de school coördineert en minstens vier keer per jaar groepsbesprekingen voert met de leerkrachten.
- Een leerlingvolgsysteem en een vaste cyclus van handelingsgericht werken: signaleren, analyseren, plannen, uitvoeren en evalueren.
- Een aanpak voor leesproblemen en dyslexie volgens het landelijke protocol, inclusief vroegtijdige signalering in groep 2 en 3.
- Een aanpak voor rekenproblemen en dyscalculie.
- Extra uitdaging voor kinderen die meer aankunnen, zoals verrijkingswerk en compacten van de leerstof.
- Een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol.
- Afspraken over het geven van medicijnen en medische handelingen.
- Samenwerking met de jeugdverpleegkundige en het schoolmaatschappelijk werk, met een vast spreekuur op school.
- Een schoolondersteuningsprofiel waarin de school haar aanbod beschrijft.

## Hoe bewaken we dit?

Iedere school maakt jaarlijks een zelfevaluatie op de onderdelen van de basisondersteuning. Het bureau van
het samenwerkingsverband bespreekt de uitkomsten met de schoolleider en de intern begeleider.

# Toelaatbaarheid

De procedure en de criteria voor toelaatbaarheid tot het sbo en het so zijn opgenomen in het
Toewijzingsprotocol Veendal (bijlage 3 bij dit plan).

# Na afloop van een TLV

Voor kinderen in het sbo en het so geldt de volgende werkwijze wanneer de TLV afloopt:
- In het laatste jaar van de TLV bespreekt de sbo- of so-school in de OPP-evaluatie van november de vervolgstappen met ouders.
- De school stelt voor 15 januari een advies op: terugplaatsing naar het basisonderwijs, verlenging of overstap naar het voortgezet (speciaal) onderwijs.
- Bij een advies tot verlenging volgt de route die in het Toewijzingsprotocol (bijlage 3) is beschreven.
- Bij een advies tot terugplaatsing beslissen ouders samen met de sbo- of so-school; ouders melden hun kind aan bij een basisschool, die besluit over de inschrijving.
- De sbo- of so-school draagt het dossier warm over in een gesprek met de intern begeleider van de nieuwe school, voor 1 juni.
- Zonder verlenging vervalt de toelaatbaarheid aan het einde van het schooljaar.

Het beleid van het samenwerkingsverband ten aanzien van terugplaatsing wordt in de loop van 2027 samen met de
sbo- en so-scholen geformuleerd.

# Ouders

Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij weten wat zij van
school en samenwerkingsverband mogen verwachten. Op de website van het samenwerkingsverband staat een
ouderpagina met uitleg over basisondersteuning, extra ondersteuning en de weg naar het sbo en het so. De
scholen nemen in hun schoolgids een paragraaf over passend onderwijs op, met een verwijzing naar deze pagina en
naar het schoolondersteuningsprofiel. Ieder voorjaar is er een ouderavond over passend onderwijs in Veendal en
in Stadskanaal-Zuid. Voor ouders die minder goed Nederlands lezen, is er een folder in eenvoudige taal met
pictogrammen.

Een onafhankelijk ouder- en jeugdsteunpunt wordt ingericht zodra de wettelijke verplichting daartoe in werking
is getreden. De vorm daarvan wordt samen met de OPR bepaald.

# Kwaliteitszorg

## Hoe volgen wij de resultaten?

Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Na de teldatum van 1 oktober stellen wij
een monitor op met de deelnamepercentages sbo en so, het aantal afgegeven TLV's, de doorlooptijden en het
aantal kinderen met een vrijstelling of verzuim. De monitor wordt in december besproken met de besturen en in
januari met de OPR. In het jaarverslag, dat voor 1 juli verschijnt, rapporteren wij de bereikte resultaten. Elke
twee jaar houden wij een tevredenheidsonderzoek onder intern begeleiders en ouders.

## Beoogde resultaten

De beoogde resultaten voor de planperiode 2026-2030 stellen wij vast na de nulmeting in het najaar van 2026.
Ze worden opgenomen in het jaarplan 2027.

# Financiën

De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, is opgenomen in bijlage 5 bij dit
plan.
{governance(n, "stichting", jaarverslag=True, begroting=False)}
{opr(n)}
{personeel(n, 9)}
{overlegstructuur(n, "po")}
{ict_privacy(n)}
{huisvesting(n)}
{landelijk(n)}
# Kleine scholen en krimp

Door de daling van het aantal kinderen in het oosten van de regio staan meerdere kleine scholen onder druk.
Besturen werken samen in clusters van scholen, delen intern begeleiders en organiseren gezamenlijke
studiedagen. Het samenwerkingsverband stimuleert dat door netwerken van intern begeleiders per cluster te
faciliteren. Waar een school sluit of fuseert, zorgen de besturen voor een zorgvuldige overgang voor kinderen
en hun ouders. Het samenwerkingsverband is daarbij niet het bevoegd gezag, maar denkt mee over de gevolgen voor
de ondersteuning.

# Planning

| Periode | Activiteit |
| najaar 2026 | Nulmeting en vaststellen beoogde resultaten |
| 2027 | Terugplaatsingsbeleid formuleren; inrichting ouder- en jeugdsteunpunt |
| 2028 | Tussenevaluatie |
| 2029-2030 | Voorbereiding nieuw plan |
{begrippen("po")}
{afkortingen("po")}
"""


# ---------------------------------------------------------------------------
# F: near miss - a school-level 'ondersteuningsplan' of a VO school (.md)
# ---------------------------------------------------------------------------
F_NAME = "Stedelijk College Duinwijk"

def doc_f():
    n = F_NAME
    return f"""
!title Ondersteuningsplan 2025-2026
!title {n} - vmbo, havo, vwo
!title Locatie Parkweg, onderdeel van Stichting Openbaar VO Duinwijk
# Inleiding

Dit ondersteuningsplan beschrijft hoe {n} de ondersteuning van leerlingen organiseert in het schooljaar
2025-2026. Het plan is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het
ondersteuningsplan van het samenwerkingsverband VO Kustzone, waarbij onze school is aangesloten. Het is
besproken met de medezeggenschapsraad op 7 oktober 2025 en wordt ieder jaar bijgesteld.

Onze school telt 1.240 leerlingen, van wie ongeveer 140 leerwegondersteuning krijgen en 65 een
ontwikkelingsperspectiefplan hebben.

# Onze zorgstructuur

## Eerste lijn: de mentor

Iedere klas heeft een mentor. De mentor kent de leerlingen, voert gesprekken met hen en is het eerste
aanspreekpunt voor ouders. De mentor signaleert problemen en bespreekt die in de leerlingbespreking, die drie
keer per jaar per klas wordt gehouden.

## Tweede lijn: de zorgcoördinator en het ondersteuningsteam

De zorgcoördinator coördineert de ondersteuning in de school en zit het ondersteuningsteam (OT) voor. In het
OT zitten de zorgcoördinator, de teamleider, de schoolmaatschappelijk werker, de jeugdarts en een consulent
van het samenwerkingsverband. Het OT komt iedere drie weken bijeen. Leerlingen worden aangemeld door de mentor
via de teamleider. Ouders worden vooraf geïnformeerd en, als dat passend is, uitgenodigd.

## Derde lijn: externe partners

Als de school handelingsverlegen is, vraagt de zorgcoördinator ondersteuning aan bij het samenwerkingsverband:
een bovenschools arrangement, een plaatsing in de Rebound of, in het uiterste geval, een
toelaatbaarheidsverklaring voor het vso. De aanvraag loopt via het Loket van het samenwerkingsverband; de
school stelt daarvoor het groeidocument op.

# Ondersteuning in de klas

- Dyslexie- en dyscalculiefaciliteiten: extra tijd, vergroot lettertype, voorleessoftware.
- Faalangsttraining in leerjaar 1 en 2, tweemaal per jaar.
- Huiswerkklas op maandag tot en met donderdag tot 16.30 uur.
- De Rustruimte: een plek waar leerlingen met een time-out-kaart tot rust kunnen komen onder begeleiding.
- Plusprogramma voor leerlingen die meer aankunnen.
- Kleine klassen (maximaal 16 leerlingen) in de basisberoepsgerichte leerweg met lwoo.

# Ontwikkelingsperspectief

Voor leerlingen die extra ondersteuning krijgen, stelt de school een ontwikkelingsperspectiefplan (OPP) op. Het
OPP wordt met ouders en leerling besproken; ouders en leerling mogen hun mening geven over het
handelingsdeel. Het OPP wordt twee keer per jaar geëvalueerd.

# Middelen

De school ontvangt van het samenwerkingsverband een schoolbudget van ongeveer € 223.000 (€ 160 per leerling
plus een vaste voet). Daarvan betalen wij de zorgcoördinator (0,8 fte), de huiswerkklas, de faalangsttraining
en de begeleiding in de Rustruimte. Het lwoo-budget wordt ingezet voor de kleine klassen. De school
verantwoordt de besteding jaarlijks aan het samenwerkingsverband.

# Ouders

Ouders worden geïnformeerd via de schoolgids, de website en de ouderavond aan het begin van het schooljaar. Bij
vragen over ondersteuning kunnen ouders contact opnemen met de mentor of de zorgcoördinator. Voor
onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt van het samenwerkingsverband.
Klachten kunnen worden ingediend volgens de klachtenregeling van de stichting.

# Resultaten 2024-2025

| Indicator | 2024-2025 |
| Leerlingen besproken in het OT | 118 |
| Aanvragen bovenschools arrangement | 14 |
| Aanvragen TLV vso | 4 |
| Leerlingen met lwoo die hun diploma haalden | 92% |
| Tevredenheid leerlingen over mentor (1-10) | 7,4 |

# Aandachtspunten 2025-2026

- Betere overdracht vanuit de basisscholen voor leerlingen met een OPP.
- Scholing van mentoren in het voeren van gesprekken over welzijn.
- Uitbreiding van de Rustruimte naar de onderbouw havo/vwo.
- Nauwere samenwerking met het wijkteam Parkweg.

# Contact

Zorgcoördinator: mevrouw L. Visser, zorg@stedelijkcollegeduinwijk.nl. Teamleider onderbouw: de heer K. Doğan.
"""


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(el, crit):
    vals = [crit[f"{el}.{c}"] for e, c in CORE if e == el]
    return vals


def write_label(stem, documents, sector, false_crit, advisory, notes):
    crit = {f"{e}.{c}": (f"{e}.{c}" not in false_crit) for e, c in CORE}
    els = {}
    for el in ELEMENTS:
        vals = [crit[f"{e}.{c}"] for e, c in CORE if e == el]
        if all(vals):
            els[el] = "present"
        elif any(vals) or advisory.get(el):
            els[el] = "partial"
        else:
            els[el] = "missing"
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    for k, v in crit.items():
        lines.append(f"  {k}: {'true' if v else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            txt = notes[el].replace('"', "'")
            lines.append(f'  {el}: "{txt}"')
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return els


def write_notplan_label(stem, documents, sector, note):
    txt = note.replace('"', "'")
    (OUT / f"{stem}.expected.yaml").write_text(
        f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\n"
        f"elements: {{}}\ncriteria: {{}}\nadvisory_addressed: {{}}\nnotes:\n  document: \"{txt}\"\n",
        encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # A: VO docx
    a = parse(plan_a())
    write_docx(a, OUT / "vo-lingeland-2026.docx", "Ondersteuningsplan 2026-2030 | SWV VO Lingeland")
    write_label("vo-lingeland-2026", ["vo-lingeland-2026.docx"], "vo",
                {"terugstroom.procedure", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 2: agreed minimum for every vestiging plus ten concrete standards; borging in 2.3",
                 "plaatsing": "ch. 4: vso TLV steps, CvT, 6 weeks, criteria list, two deskundigen, duration/categorie, LBT; lwoo/pro via Loket",
                 "terugstroom": "ch. 5 gives policy (thuisnabij, conditions, terugkeerarrangement EUR 3.500) but the procedure is deferred to a protocol in 2026-2027",
                 "financien": "ch. 10 'Geld en middelen': EUR 145 per leerling + vaste voet, and a 2026-2029 meerjarenbegroting table; reserves",
                 "dekkend-aanbod": "ch. 3 four-level continuum (OPDC, time-out, Taalklas); ch. 6 signaleringslijst, gap analysis with pilots, thuiszitters",
                 "resultaten": "ch. 8 lists five measurable beoogde resultaten; how progress is measured/reported is deferred to a kwaliteitskader 'in de loop van 2027'",
                 "ouders": "ch. 9 'Communicatie': website, schoolgids, info evenings, folder; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten"})

    # B: PO docx
    b = parse(plan_b())
    write_docx(b, OUT / "po-heuvelzoom-2026.docx", "SWV PPO Heuvelzoom - Ondersteuningsplan 2026-2030 - CONCEPT")
    write_label("po-heuvelzoom-2026", ["po-heuvelzoom-2026.docx"], "po",
                {"basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.continuum",
                 "ouders.informatie", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": [],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "ch. 3 defines the common level for all vestigingen but the content is left to each school's SOP and a list due in 2026-2027",
                 "plaatsing": "ch. 4.2-4.5: Loket, CvT, 6 weeks, sbo and so criteria, two deskundigen, duration; no bezwaar route",
                 "terugstroom": "hidden in 4.6 of the TLV chapter: policy (thuisnabij, support) and procedure (OPP-bespreking januari, 1 maart, Loket, arrangement, 31 juli)",
                 "financien": "ch. 7 verdeelmodel EUR 205 per leerling; meerjarenbegroting postponed to December 2026, amounts 'p.m.'",
                 "dekkend-aanbod": "ch. 5 handles gaps (zorgplicht, thuiszitters casusoverleg, yearly analysis with actions) but the aanbod/arrangementen overview is deferred to the jaarplan 2027",
                 "resultaten": "ch. 2 terugblik with figures, 6.1 targets, 6.2 monitor twice a year and jaarverslag",
                 "ouders": "nothing for parents: ch. 8 'Communicatie' addresses professionals only; OJSP only in the glossary; OPR text does not mention parents"})

    # C: VO pdf
    c = parse(plan_c())
    docx_to_pdf(c, "vo-kustzone-2026.pdf", "SWV VO Kustzone | Ondersteuningsplan op hoofdlijnen")
    write_label("vo-kustzone-2026", ["vo-kustzone-2026.pdf"], "vo",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                 "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                 "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 2: standards for all schools/locations with a table of concrete content",
                 "plaatsing": "ch. 4 describes Loket, commission and 6-week term; the criteria are only 'op onze website'",
                 "terugstroom": "not addressed; terugplaatsing only appears in the begrippenlijst",
                 "financien": "ch. 8 consists only of two tables: verdeelsleutel and meerjarenbegroting 2026-2029 with amounts",
                 "dekkend-aanbod": "ch. 3 layered aanbod table and OZA; gap analysis deferred to 2027, thuiszitters only named as 'punt van zorg'",
                 "resultaten": "no intended or achieved results and no monitoring; 'Kwaliteitszorg' only in the begrippenlijst",
                 "ouders": "ch. 7: website, schoolgids, SOP, info evening, letter; Ouder- en Jeugdsteunpunt Kustzone and onderwijsconsulent"})

    # D: VO pdf
    d = parse(plan_d())
    docx_to_pdf(d, "vo-maasvallei-2026.pdf", "Ondersteuningsplan 2026-2030 | SWV VO Maasvallei")
    write_label("vo-maasvallei-2026", ["vo-maasvallei-2026.pdf"], "vo",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "financien.verdeling", "ouders.informatie"},
                {"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                 "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 2 only says each school has an SOP and that common agreements will be made in 2026-2027; definition only in the glossary",
                 "plaatsing": "4.1 gives vso, lwoo and pro criteria; the procedure is only referred to the Handboek Toewijzing on the website; 4.3 duration/categorie, LBT",
                 "terugstroom": "ch. 5 policy with conditions and overgangsarrangement, five-step procedure, figures",
                 "financien": "8.2 meerjarenbegroting 2026-2030 with amounts and reserves; 8.1 verdeelmodel deferred to an addendum",
                 "dekkend-aanbod": "3.1 aanbod (OPDC, Rebound, HB-klas, ISK, vso, pro), 3.2 gap registration and actions, thuiszitters",
                 "resultaten": "6.1 table with nulmeting and streefwaarden, 6.2 dashboard, peiling, jaarverslag",
                 "ouders": "ch. 7 names the independent Ouder- en Jeugdsteunpunt, consulenten and klachtencommissie; nothing on how parents are informed"})

    # E: PO html
    e = parse(plan_e())
    write_html(e, OUT / "po-veendal-2026.html", f"Ondersteuningsplan 2026-2030 | {E_NAME}")
    write_label("po-veendal-2026", ["po-veendal-2026.html"], "po",
                {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
                 "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                 "resultaten.doelen", "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Basisondersteuning' section: common level for every location plus a concrete list; zelfevaluatie",
                 "plaatsing": "'Toelaatbaarheid' only refers to the absent Toewijzingsprotocol (bijlage 3); 96 TLV's is a passing figure",
                 "terugstroom": "'Na afloop van een TLV' gives steps, actors and dates; the policy is deferred to 'de loop van 2027'",
                 "financien": "'Financien' only refers to absent bijlage 5",
                 "dekkend-aanbod": "no aanbod, arrangementen, thuiszitters or gap approach anywhere in the body",
                 "resultaten": "'Kwaliteitszorg' describes monitor, OPR discussion and jaarverslag; beoogde resultaten deferred until after a nulmeting",
                 "ouders": "'Ouders' section covers ouderpagina, schoolgids, ouderavond, folder; the steunpunt is only promised for later"})

    # F: near miss, school-level plan
    f = parse(doc_f())
    write_md(f, OUT / "vo-stedelijk-college-ondersteuningsplan.md")
    write_notplan_label("vo-stedelijk-college-ondersteuningsplan", ["vo-stedelijk-college-ondersteuningsplan.md"], "vo",
                        "School-level ondersteuningsplan of one VO school (zorgstructuur, mentor, zorgcoordinator, OT); it refers to the samenwerkingsverband's plan but is not itself the plan of a samenwerkingsverband")


if __name__ == "__main__":
    main()
