#!/usr/bin/env python3
"""Generate the holdout45 sample set for opcheck.

Writes 4 fictional ondersteuningsplannen (PO/VO; .docx, .pdf, .html) and 2 near-miss
documents (an SWV jaarplan and a school's ondersteuningsprofiel) plus their label files
into the parent folder of this script. Deterministic (fixed zip timestamps and core
properties), no network. PDF rendering uses `soffice --headless --convert-to pdf`.

Document texts use a tiny markup:
  @title/@subtitle/@header/@footer <text>   meta
  @toc ... @endtoc                          table of contents lines "text|page" (leading spaces = level 2)
  # heading / ## subheading                 headings
  - item                                    bullet list item
  | a | b |                                 table row (first row of a block = header)
  @pb                                       page break
  other lines                               paragraph text (blank line ends a paragraph)
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt
import datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED_DT = datetime.datetime(2025, 4, 1, 9, 0, 0)


def parse(markup):
    meta = {"title": "", "subtitle": [], "header": "", "footer": ""}
    toc, blocks = [], []
    para, in_toc = [], False

    def flush():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if in_toc:
            if s == "@endtoc":
                in_toc = False
            elif s:
                text, _, page = line.partition("|")
                lvl = 2 if text.startswith("  ") else 1
                toc.append((lvl, text.strip(), page.strip()))
            continue
        if s == "@toc":
            flush()
            in_toc = True
        elif s.startswith("@title "):
            meta["title"] = s[7:]
        elif s.startswith("@subtitle "):
            meta["subtitle"].append(s[10:])
        elif s.startswith("@header "):
            meta["header"] = s[8:]
        elif s.startswith("@footer "):
            meta["footer"] = s[8:]
        elif s == "@pb":
            flush()
            blocks.append(("pb", None))
        elif s.startswith("## "):
            flush()
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush()
            blocks.append(("h1", s[2:]))
        elif s.startswith("- "):
            flush()
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(s[2:])
            else:
                blocks.append(("ul", [s[2:]]))
        elif s.startswith("|"):
            flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif not s:
            flush()
        else:
            para.append(s)
    flush()
    return meta, toc, blocks


def body_words(markup):
    _, _, blocks = parse(markup)
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
    return n


def _normalise_zip(path):
    """Rewrite a zip with fixed timestamps and sorted-by-original order so bytes are stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def to_docx(markup, path):
    meta, toc, blocks = parse(markup)
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = meta["title"]
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    if meta["header"]:
        sec.header.paragraphs[0].text = meta["header"]
    if meta["footer"]:
        sec.footer.paragraphs[0].text = meta["footer"]
    # title page
    d.add_paragraph(meta["title"], style="Title")
    for sub in meta["subtitle"]:
        d.add_paragraph(sub, style="Subtitle")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if toc:
        d.add_paragraph("Inhoud", style="Heading 1")
        for lvl, text, page in toc:
            p = d.add_paragraph(("    " if lvl == 2 else "") + text + " " + "." * max(3, 60 - len(text)) + " " + page)
            p.paragraph_format.space_after = Pt(0)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, val in blocks:
        if kind == "h1":
            d.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(val, style="Heading 2")
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for j in range(ncol):
                    cells[j].text = row[j] if j < len(row) else ""
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
    d.save(path)
    _normalise_zip(path)


def to_pdf(markup, path):
    tmpd = tempfile.mkdtemp(prefix="h45_")
    try:
        stem = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmpd, stem + ".docx")
        to_docx(markup, src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmpd + "/profile",
                        "--convert-to", "pdf", "--outdir", tmpd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmpd, stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


def to_html(markup, path):
    meta, toc, blocks = parse(markup)
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(meta["title"]), "</head>", "<body>"]
    if meta["header"]:
        out.append('<header class="site-header"><p>%s</p></header>' % e(meta["header"]))
    out.append('<section class="titelpagina"><h1 class="titel">%s</h1>' % e(meta["title"]))
    for sub in meta["subtitle"]:
        out.append('<p class="subtitel">%s</p>' % e(sub))
    out.append("</section>")
    if toc:
        out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
        for lvl, text, page in toc:
            out.append('<li class="niveau%d"><a href="#">%s</a></li>' % (lvl, e(text)))
        out.append("</ul></nav>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    if meta["footer"]:
        out.append('<footer class="site-footer"><p>%s</p></footer>' % e(meta["footer"]))
    out += ["</body>", "</html>", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def to_md(markup, path):
    meta, toc, blocks = parse(markup)
    out = ["# " + meta["title"], ""]
    for sub in meta["subtitle"]:
        out += ["*" + sub + "*", ""]
    if toc:
        out += ["**Inhoud**", ""]
        for lvl, text, page in toc:
            out.append(("    " if lvl == 2 else "") + "- " + text)
        out.append("")
    for kind, val in blocks:
        if kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += ["- " + x for x in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    if meta["footer"]:
        out += ["---", "", meta["footer"], ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------------------------------------
# Plan A: PO, .docx — SWV Passend Primair Onderwijs Lingedal
# ---------------------------------------------------------------------------------------------
PLAN_A = r"""
@title Ondersteuningsplan 2025–2029
@subtitle Samenwerkingsverband Passend Primair Onderwijs Lingedal (PO 31-04)
@subtitle Vastgesteld door het algemeen bestuur op 22 april 2025 — OPR-instemming 15 april 2025
@header Ondersteuningsplan SWV Lingedal 2025–2029
@footer Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Resultaten · Ouders — versie 1.0
@toc
Voorwoord|3
1 Inleiding|4
  1.1 Wettelijk kader|4
  1.2 Totstandkoming en planperiode|5
2 Lingedal in cijfers|6
3 Visie en missie|7
4 Wat elke school biedt|8
5 Van basis tot speciaal|10
  5.1 Extra ondersteuning en arrangementen|10
  5.2 Bovenschoolse voorzieningen en speciaal onderwijs|11
  5.3 Witte vlekken en thuiszitters|12
6 Toelaatbaarheid tot sbo en so|13
  6.1 De aanvraag|13
  6.2 Geldigheid en bekostigingscategorie|14
  6.3 Wanneer de TLV afloopt|14
  6.4 Bezwaar|15
7 Geld en middelen|16
8 Communicatie|18
9 Organisatie en governance|19
10 Personeel en professionalisering|20
11 ICT en privacy|21
12 Planning 2025–2029|22
Bijlage 1 Begrippenlijst|23
Bijlage 2 Resultatenkader passend onderwijs (separaat)|24
Bijlage 3 Meerjarenbegroting 2025–2029 (separaat)|24
@endtoc
# Voorwoord

Voor u ligt het ondersteuningsplan 2025–2029 van het Samenwerkingsverband Passend Primair Onderwijs Lingedal. Het is ons derde plan sinds de invoering van passend onderwijs in 2014, en het eerste dat wij bewust kort hebben gehouden. Het vorige plan telde met bijlagen ruim honderd pagina's; uit gesprekken met intern begeleiders, directeuren en leden van de ondersteuningsplanraad bleek dat vrijwel niemand het van begin tot eind had gelezen. Daarom beschrijven wij in dit plan alleen wat wij met elkaar hebben afgesproken en wat iedereen in Lingedal daarvan mag verwachten.

Dat het plan korter is, betekent niet dat de ambitie kleiner is. Het aantal kinderen dat in onze regio een beroep doet op extra ondersteuning is de afgelopen jaren gestegen, terwijl het aantal leerlingen in het basisonderwijs licht daalt. Scholen merken dat de vragen in de klas complexer worden: meer kinderen met gedragsvragen, meer kinderen die thuis te maken hebben met armoede of spanningen, en een groeiende groep nieuwkomers. Tegelijk is het lerarentekort ook in Lingedal voelbaar. Dat vraagt om keuzes, en dit plan maakt die keuzes zichtbaar.

Wij danken de elf schoolbesturen, de intern begeleiders en directeuren, de leden van de ondersteuningsplanraad en de gemeenten Linghoven, Asperdijk en Waalbroek voor hun bijdrage. Zonder hun kritische vragen was dit plan een stuk minder scherp geweest.

Marjolein de Kruijf, directeur-bestuurder

# 1 Inleiding

## 1.1 Wettelijk kader

Ieder samenwerkingsverband stelt ten minste eens per vier jaar een ondersteuningsplan vast (artikel 18a, zevende lid, van de Wet op het primair onderwijs). Het achtste lid van dat artikel bepaalt wat het plan in elk geval moet bevatten. Wij hebben ervoor gekozen de hoofdstukken niet één op één aan de wetsartikelen te koppelen, maar aan de vragen die scholen ons het vaakst stellen: wat moet iedere school kunnen bieden, welke ondersteuning is er daarnaast, hoe komt een kind in het speciaal (basis)onderwijs en weer terug, en hoe verdelen wij het geld.

Het samenwerkingsverband is een stichting waarin elf schoolbesturen samenwerken. Samen zijn zij verantwoordelijk voor 54 basisscholen, drie scholen voor speciaal basisonderwijs en de so-locaties van cluster 3 en cluster 4 binnen onze grenzen. Het samenwerkingsverband heeft vier wettelijke kerntaken: het vaststellen van dit plan, het verdelen en toewijzen van ondersteuningsmiddelen, het beslissen over de toelaatbaarheid tot sbo en so en het adviseren van schoolbesturen over de ondersteuningsbehoefte van een leerling.

## 1.2 Totstandkoming en planperiode

Dit plan geldt voor de schooljaren 2025–2026 tot en met 2028–2029, dus van 1 augustus 2025 tot en met 31 juli 2029. Het plan is tussen september 2024 en maart 2025 tot stand gekomen in vier werksessies met directeuren en intern begeleiders en twee sessies met de ondersteuningsplanraad. Het concept is op 11 maart 2025 besproken in het op overeenstemming gericht overleg (OOGO) met de wethouders onderwijs en jeugd van de drie gemeenten; het verslag daarvan is bij de stukken voor het algemeen bestuur gevoegd. Op 18 maart 2025 heeft overleg plaatsgevonden met het samenwerkingsverband voortgezet onderwijs in onze regio. De ondersteuningsplanraad heeft op 15 april 2025 met het plan ingestemd; het algemeen bestuur heeft het op 22 april 2025 vastgesteld en het is dezelfde week bij de inspectie ingediend.

# 2 Lingedal in cijfers

Lingedal is een landelijk gebied met drie kernen en een groot aantal dorpen. De kleinste school telt 41 leerlingen, de grootste 612. Onderstaande tabel geeft de belangrijkste kengetallen op de teldatum 1 oktober 2024.

| Kengetal | Aantal |
| Schoolbesturen | 11 |
| Basisscholen (vestigingen) | 54 |
| Leerlingen basisonderwijs | 12.870 |
| Scholen voor speciaal basisonderwijs | 3 |
| Leerlingen sbo | 318 |
| Leerlingen so (cluster 3 en 4) met een TLV van Lingedal | 161 |
| Gemeenten | 3 |

Het aantal leerlingen in het basisonderwijs daalt volgens de prognoses van de gemeenten tot 2029 met ongeveer vier procent. In Waalbroek groeit het aantal nieuwkomers juist, vooral door de opvang van gezinnen uit Oekraïne en de komst van arbeidsmigranten. Deze ontwikkelingen hebben gevolgen voor de middelen die wij ontvangen en voor de vraag waar wij voorzieningen organiseren.

# 3 Visie en missie

Onze missie is kort: ieder kind in Lingedal gaat naar een school die bij hem of haar past, zo dicht mogelijk bij huis. Dat betekent dat wij ondersteuning zoveel mogelijk naar het kind brengen in plaats van het kind naar de ondersteuning. Wij geloven dat de meeste kinderen het beste af zijn in een gewone groep, met klasgenoten uit hun eigen dorp of wijk, zolang de school de juiste expertise in huis heeft of kan halen.

Onze visie rust op vier uitgangspunten. Wij kijken eerst naar wat een kind nodig heeft en pas daarna naar wat het heeft. Wij werken handelingsgericht en nemen beslissingen zo dicht mogelijk bij de school. Wij zijn resultaatgericht en zuinig op publiek geld. En wij werken samen met ouders, met jeugdhulp en met de gemeenten, omdat geen van ons de vragen van kinderen alleen kan beantwoorden.

Deze uitgangspunten zijn niet nieuw, maar wij willen ze in deze planperiode waarmaken op een manier die voor scholen en gezinnen merkbaar is. Minder formulieren, snellere besluiten en meer expertise dicht bij de groep.

# 4 Wat elke school biedt

De elf schoolbesturen in Lingedal hebben met elkaar afgesproken dat alle 54 basisscholen, op iedere vestiging, ten minste hetzelfde niveau van basisondersteuning bieden. Dat niveau is de ondergrens in ons samenwerkingsverband: een school mag meer bieden, maar niet minder. Voor deze ondersteuning is geen aanvraag bij het samenwerkingsverband nodig; zij hoort bij het gewone werk van de school en wordt betaald uit de middelen die de besturen van ons ontvangen.

De afgesproken ondergrens bestaat uit de volgende onderdelen.

| Onderdeel | Wat iedere school in Lingedal ten minste biedt |
| Ondersteuningsstructuur | Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam dat minstens vier keer per schooljaar bijeenkomt met de orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk werker. |
| Planmatig werken | Groepsoverzichten die drie keer per jaar worden bijgesteld; een ontwikkelingsperspectief (OPP) voor iedere leerling die op een of meer vakken een eigen leerlijn volgt. |
| Lezen en dyslexie | Werken volgens het Protocol Leesproblemen en Dyslexie; voor leerlingen in de laagste tien procent op de leestoets minimaal drie keer per week twintig minuten extra leesinstructie. |
| Rekenen en dyscalculie | Werken volgens het Protocol Ernstige Reken-Wiskunde-problemen en Dyscalculie; verlengde instructie in de groep. |
| Gedrag en sociale veiligheid | Een schoolbrede, beschreven gedragsaanpak; een jaarlijkse monitor sociale veiligheid; een anti-pestcoördinator. |
| Meer- en hoogbegaafdheid | Signalering in groep 2 en groep 5; compacten en verrijken van de leerstof in de eigen groep. |
| Taal en NT2 | Extra woordenschatonderwijs voor leerlingen met een taalachterstand; een leerkracht met scholing in NT2 per school of per bestuur. |
| Medische en fysieke ondersteuning | Een protocol medisch handelen; afspraken over het toedienen van medicijnen; een rustige werkplek voor leerlingen die prikkels slecht verdragen. |

Deze ondergrens is geen wensenlijst. Scholen hebben in het schooljaar 2024–2025 met een nulmeting laten zien dat zij vrijwel alle onderdelen al bieden; waar dat niet zo was, ging het vooral om de formatie van de intern begeleider op kleine scholen. Besturen met kleine scholen hebben afgesproken de intern begeleider bovenschools te organiseren, zodat ook daar de norm van 0,4 fte per 200 leerlingen gehaald wordt.

Om te weten of scholen de afspraken nakomen, vult iedere school jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Eens in de twee jaar voeren twee intern begeleiders van een ander bestuur een audit uit op de school. Blijft een school op een onderdeel onder de ondergrens, dan stelt het bestuur binnen drie maanden een verbeterplan op; bij de volgende audit wordt gekeken of het verbeterplan is uitgevoerd. De directeur-bestuurder bespreekt de uitkomsten van de audits jaarlijks met het algemeen bestuur.

Lukt het een school niet om met deze basisondersteuning aan te sluiten bij wat een kind nodig heeft, dan bespreekt de school de leerling in het ondersteuningsteam. Daar wordt bekeken of extra ondersteuning nodig is; die is beschreven in hoofdstuk 5.

# 5 Van basis tot speciaal

Het samenwerkingsverband moet zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen. In Lingedal ziet dat geheel eruit als een trap met vier treden: de basisondersteuning op iedere school, extra ondersteuning op de eigen school, bovenschoolse voorzieningen en het speciaal (basis)onderwijs. Een kind stapt alleen een trede hoger als de trede eronder onvoldoende is, en stapt terug zodra dat kan.

## 5.1 Extra ondersteuning en arrangementen

Extra ondersteuning op de eigen school krijgt vorm in een arrangement. Een individueel arrangement kan bestaan uit ambulante begeleiding door een specialist van het sbo of so, extra handen in de groep in de vorm van een onderwijsassistent, of specifieke materialen. Een groepsarrangement is bedoeld voor een aantal leerlingen met een vergelijkbare vraag op één school of op een paar scholen dicht bij elkaar, bijvoorbeeld een leesgroep voor leerlingen met ernstige dyslexie of een sociale-vaardigheidsgroep.

Het ondersteuningsteam van de school stelt vast welk arrangement nodig is. De orthopedagoog van het samenwerkingsverband, die lid is van ieder ondersteuningsteam, adviseert daarbij. Arrangementen duren in de regel een half jaar en worden aan het einde geëvalueerd.

## 5.2 Bovenschoolse voorzieningen en speciaal onderwijs

Naast de arrangementen op de eigen school kent Lingedal de volgende voorzieningen:

- Plusklas Denkwerk: één dagdeel per week op vier locaties voor leerlingen van groep 5 tot en met 8 die meer uitdaging nodig hebben dan de eigen school kan bieden.
- Taalklas Waalbroek: een jaar intensief Nederlands voor nieuwkomers van 6 tot 12 jaar, met daarna een begeleide overstap naar een basisschool in de eigen woonplaats.
- Observatiegroep De Kiem: maximaal acht kinderen van 4 tot 8 jaar, gedurende twaalf weken, om te onderzoeken wat een kind nodig heeft wanneer dat op school niet duidelijk wordt.
- Onderwijs-zorgarrangement Samen op School: jeugdhulp in de klas voor leerlingen die zowel onderwijs- als zorgondersteuning nodig hebben, gefinancierd door de gemeenten en het samenwerkingsverband samen.
- Drie scholen voor speciaal basisonderwijs: De Regenboog in Linghoven, De Wissel in Asperdijk en Het Palet in Waalbroek.
- Speciaal onderwijs: de so-locatie van De Horizon (cluster 4) in Linghoven en De Bolster (cluster 3) in Asperdijk; voor leerlingen met een zeer specifieke vraag werken wij samen met so-scholen buiten de regio.

Met de gemeenten hebben wij in het OOGO afgesproken dat jeugdhulp op school de komende vier jaar wordt uitgebreid naar alle scholen met meer dan tien procent leerlingen met een jeugdhulptraject, en dat de gemeenten het leerlingenvervoer naar sbo en so blijven regelen.

## 5.3 Witte vlekken en thuiszitters

Een dekkend aanbod ontstaat niet vanzelf. Daarom brengt het loket van het samenwerkingsverband ieder jaar in maart samen met de besturen in kaart welke kinderen geen passende plek hebben, op een wachtlijst staan of een onderwijsprogramma volgen dat korter is dan de wettelijke onderwijstijd. De uitkomsten bespreekt het algemeen bestuur in april; als er een structureel tekort is, neemt het bestuur een besluit over een nieuwe of aangepaste voorziening.

Uit de inventarisatie van 2024 bleek dat er in Lingedal geen passend aanbod is voor jonge kinderen van 4 tot 7 jaar met ernstige gedragsproblemen, voor wie de observatiegroep te kort is en de wachtlijst bij het so cluster 4 te lang. Daarom openen wij op 1 augustus 2026 de Kleine Klas in Waalbroek, met tien plaatsen, in samenwerking met De Horizon.

Voor thuiszitters geldt de volgende afspraak. Een school meldt een leerling die vier weken of langer niet of nauwelijks naar school gaat, binnen een week bij de leerplichtambtenaar en bij het loket. Binnen twee weken na de melding organiseert het loket een overleg met school, leerplicht en zo nodig jeugdhulp. Binnen zes weken ligt er een plan om de leerling weer onderwijs te laten volgen. Lukt het niet om binnen drie maanden een passende plek te vinden, dan zet de directeur-bestuurder haar doorzettingsmacht in: zij wijst dan een school of voorziening aan die de leerling tijdelijk opvangt, en de besturen hebben afgesproken daaraan mee te werken.

# 6 Toelaatbaarheid tot sbo en so

Voor plaatsing op een school voor speciaal basisonderwijs of een school voor speciaal onderwijs in cluster 3 of 4 is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. In dit hoofdstuk beschrijven wij hoe die wordt aangevraagd, hoe lang zij geldt en wat er gebeurt wanneer zij afloopt.

## 6.1 De aanvraag

Het bestuur van de school waar de leerling staat ingeschreven, of bij een nieuwe aanmelding de school waar de leerling is aangemeld, vraagt de TLV aan via het digitale loket van het samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectief met ten minste twee geëvalueerde ondersteuningscycli, het verslag van het laatste ondersteuningsteam, het onderwijskundig rapport en de zienswijze van de ouders. Het loket controleert binnen vijf werkdagen of het dossier volledig is.

Vervolgens brengen twee deskundigen elk afzonderlijk een schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de vraag van het kind, een tweede deskundige, bijvoorbeeld een kinderarts, een maatschappelijk werker of een kinder- en jeugdpsychiater. Geen van beide deskundigen is eerder bij de aanvraag betrokken geweest. Op basis van het dossier en de twee adviezen besluit de Commissie van Toelaatbaarheid namens het bestuur van het samenwerkingsverband binnen zes weken na ontvangst van het volledige dossier. De ouders en het aanvragende bestuur ontvangen het besluit met de beide adviezen.

Aan de hand van welke criteria de commissie beoordeelt of een leerling toelaatbaar is, stellen wij opnieuw vast zodra de landelijke norm voor basisondersteuning bekend is; tot die tijd weegt de commissie iedere aanvraag afzonderlijk.

## 6.2 Geldigheid en bekostigingscategorie

Een TLV voor het speciaal basisonderwijs geldt tot het einde van de basisschoolperiode van de leerling. Een TLV voor het speciaal onderwijs geldt voor twee schooljaren en loopt altijd af op 31 juli; wordt zij in de loop van een schooljaar afgegeven, dan wordt de rest van dat schooljaar erbij geteld. Voor het so stelt de commissie tevens de bekostigingscategorie vast: categorie laag voor de meeste leerlingen in cluster 4 en voor zeer moeilijk lerende leerlingen, categorie midden voor langdurig zieke en lichamelijk gehandicapte leerlingen en categorie hoog voor meervoudig gehandicapte leerlingen.

## 6.3 Wanneer de TLV afloopt

Een plaatsing in het sbo of so is in Lingedal nooit vanzelfsprekend blijvend. Ons uitgangspunt is dat een kind terugkeert naar een basisschool, bij voorkeur in de eigen woonplaats, zodra het daar met de ondersteuning uit hoofdstuk 4 en 5 verder kan. Wij vinden terugkeer verantwoord wanneer uit het ontwikkelingsperspectief blijkt dat de leerling de doelen van de afgelopen twee evaluaties heeft gehaald, wanneer de ontvangende school met hooguit een individueel arrangement kan bieden wat de leerling nodig heeft, en wanneer ouders en school samen achter de overstap staan.

De route is als volgt. De sbo- of so-school evalueert het ontwikkelingsperspectief ieder jaar in oktober. In het laatste jaar van de TLV bespreekt de school in die evaluatie met de ouders en de orthopedagoog van het samenwerkingsverband of terugkeer naar een basisschool mogelijk is. De school legt haar voorstel vóór 1 februari voor aan het loket. Is terugkeer mogelijk, dan zoekt het loket samen met de ouders een basisschool en organiseert het vóór 1 april een overdrachtsgesprek tussen de beide scholen; het bestuur van de ontvangende school besluit over de inschrijving. Is terugkeer niet mogelijk, dan vraagt het bestuur van de sbo- of so-school vóór 1 maart een nieuwe TLV aan volgens paragraaf 6.1.

Een leerling die terugkeert, krijgt het eerste schooljaar een terugkeerarrangement: ambulante begeleiding door de leerkracht of intern begeleider van de sbo- of so-school, twee uur per week in het eerste halfjaar en één uur per week daarna, en een evaluatie na tien weken met ouders, beide scholen en het loket. Overplaatsing van de ene so-school naar een andere of van het so naar het sbo verloopt via dezelfde stappen.

## 6.4 Bezwaar

Ouders en het aanvragende schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het bestuur van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert. Het bestuur beslist binnen zes weken na ontvangst van dat advies op het bezwaar.

# 7 Geld en middelen

Het samenwerkingsverband ontvangt van de rijksoverheid een budget voor lichte ondersteuning en een budget voor zware ondersteuning. DUO houdt op dat budget rechtstreeks de bedragen in die het samenwerkingsverband verschuldigd is aan de sbo- en so-scholen voor de leerlingen met een TLV. Wat overblijft, verdelen wij volgens de regels in dit hoofdstuk.

De verdeling kent drie stromen. In de eerste plaats ontvangt ieder bestuur een vaste voet van € 12.000 per vestiging, zodat ook kleine scholen een intern begeleider en een ondersteuningsteam kunnen bekostigen. In de tweede plaats ontvangt ieder bestuur een bedrag van € 138 per leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het voorafgaande jaar; dit bedrag wordt in twaalf maandelijkse termijnen uitbetaald. In de derde plaats kent het loket arrangementen toe die bovenschools worden betaald: het ondersteuningsteam van de school dient daarvoor een aanvraag in, met het ontwikkelingsperspectief en het advies van de orthopedagoog. Een individueel arrangement bedraagt ten hoogste € 6.000 per leerling per schooljaar; groepsarrangementen worden per groep begroot. Het algemeen bestuur stelt de bedragen per vestiging en per leerling ieder jaar in december vast voor het volgende kalenderjaar.

De besturen leggen ieder jaar vóór 1 juni in hun jaarverslag verantwoording af over de besteding van de middelen die zij van het samenwerkingsverband hebben ontvangen, volgens een vast format met de onderdelen formatie intern begeleiding, inzet onderwijsassistenten, scholing en materialen. Het bureau bundelt deze verantwoordingen voor het algemeen bestuur en de ondersteuningsplanraad.

Het samenwerkingsverband houdt een weerstandsvermogen aan tussen drie en vijf procent van de totale baten. De bovenmatige reserve die wij in 2021 hadden, is eind 2023 volledig afgebouwd door eenmalige extra middelen aan de scholen voor leesonderwijs en voor de Kleine Klas.

De meerjarenbegroting is geen onderdeel van dit plan en verschijnt als afzonderlijk document (bijlage 3, separaat).

# 8 Communicatie

Goede communicatie is voor een samenwerkingsverband met elf besturen en 54 scholen geen luxe. Met de scholen communiceren wij via een nieuwsbrief voor intern begeleiders (zes keer per jaar), het netwerk intern begeleiders dat vier keer per jaar bijeenkomt, en het directeurenoverleg per kern. Met de gemeenten overleggen wij maandelijks op ambtelijk niveau en twee keer per jaar met de wethouders. Het jaarverslag verschijnt ieder jaar vóór 1 juli.

Ouders die vragen of zorgen hebben over de ondersteuning van hun kind, of die het niet eens zijn met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Lingedal. Het steunpunt is onafhankelijk van de scholen en van het bestuur van het samenwerkingsverband: de twee ouderadviseurs zijn in dienst van de stichting MEE Rivierenland en werken in opdracht van ons, maar verantwoorden zich niet aan ons. Zij zijn op maandag, woensdag en donderdag telefonisch bereikbaar, beantwoorden e-mail binnen twee werkdagen en kunnen met ouders meegaan naar een gesprek op school. Eens per jaar bundelt het steunpunt de signalen die het heeft ontvangen, zonder namen, in een brief aan het bestuur.

Komen ouders en school er samen niet uit, dan kunnen ouders gratis een beroep doen op de landelijke Onderwijsconsulenten. Voor geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen zij terecht bij de Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband zelf behandelt de klachtencommissie volgens onze klachtenregeling.

Ouders zijn ook betrokken bij het beleid: de ondersteuningsplanraad bestaat uit zes ouders en zes personeelsleden, die zijn afgevaardigd door de medezeggenschapsraden van de scholen. Een ouderfolder over het ondersteuningsaanbod in Lingedal verschijnt in de loop van 2026.

# 9 Organisatie en governance

Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur en wordt gecontroleerd door een raad van toezicht van vijf leden, van wie drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. Daarnaast is er een algemene vergadering van de elf besturen, die onder meer de statuten wijzigt, de leden van de raad van toezicht benoemt en ieder jaar de begroting en het jaarverslag bespreekt. De statuten bevatten een geschillenregeling voor geschillen tussen de besturen.

De raad van toezicht werkt met een toezichtkader en een auditcommissie. De auditcommissie bespreekt iedere vier maanden de financiële rapportage en eens per jaar de managementletter van de accountant. De raad evalueert eens per jaar zijn eigen functioneren, eens per drie jaar onder externe begeleiding.

Het bestuursbureau is gevestigd in Linghoven, in het gebouw van de sbo-school De Regenboog. De loketfunctie, de orthopedagogen en de administratie werken vanuit dit gebouw; de orthopedagogen zijn het grootste deel van de week op de scholen.

# 10 Personeel en professionalisering

Het bureau van het samenwerkingsverband heeft een formatie van 14,6 fte: de directeur-bestuurder, een beleidsmedewerker, een controller (0,6 fte), twee loketmedewerkers, zeven orthopedagogen, een secretaresse en een medewerker communicatie. Alle orthopedagogen zijn geregistreerd als NVO-orthopedagoog-generalist of GZ-psycholoog en volgen jaarlijks ten minste veertig uur nascholing.

Het lerarentekort raakt ook de ondersteuning. Scholen vinden moeilijk intern begeleiders en onderwijsassistenten. Het samenwerkingsverband betaalt daarom een opleidingstraject voor intern begeleiders voor leerkrachten die de overstap willen maken, met vijftien plaatsen per jaar. Daarnaast organiseren wij drie keer per jaar een studiemiddag voor leerkrachten over gedrag in de klas, en een leergang voor onderwijsassistenten. De middelen daarvoor komen uit het budget voor professionalisering dat het algemeen bestuur jaarlijks vaststelt.

Wij besteden aandacht aan werkdruk. Uit de medewerkerspeiling van 2024 bleek dat orthopedagogen het administratieve deel van hun werk als te zwaar ervaren. Met het nieuwe digitale loket verminderen wij het aantal formulieren; een TLV-aanvraag vraagt voortaan alleen nog de stukken die in paragraaf 6.1 zijn genoemd.

# 11 ICT en privacy

Het samenwerkingsverband werkt met een digitaal loket waarin scholen aanvragen voor arrangementen en TLV's indienen. Het systeem is ondergebracht bij een leverancier die voldoet aan de normen van het Convenant Digitale Onderwijsmiddelen en Privacy. Alleen de medewerkers die een dossier nodig hebben voor hun werk, hebben toegang tot dat dossier.

Wij verwerken persoonsgegevens, waaronder gegevens over de gezondheid van leerlingen, voor zover dat nodig is voor het toewijzen van ondersteuning en het beslissen over toelaatbaarheid. Gegevens die wij voor een besluit over toelaatbaarheid hebben verwerkt, bewaren wij tot drie jaar na dat besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden. Datalekken worden binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens.

In 2026 vervangen wij het huidige loket door een nieuw systeem dat aansluit op de leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd. Scholen worden betrokken bij de keuze van het systeem.

# 12 Planning 2025–2029

De afspraken in dit plan worden in vier jaar uitgevoerd. Onderstaande planning geeft de belangrijkste mijlpalen.

| Schooljaar | Mijlpaal |
| 2025–2026 | Eerste auditronde basisondersteuning op 27 scholen; opleidingstraject intern begeleiders van start; keuze nieuw digitaal loket. |
| 2026–2027 | Kleine Klas Waalbroek open per 1 augustus 2026; tweede auditronde op de overige 27 scholen; nieuw loket in gebruik. |
| 2027–2028 | Jeugdhulp op school op alle scholen boven de tien procent; herijking van het bedrag per leerling. |
| 2028–2029 | Voorbereiding van het ondersteuningsplan 2029–2033 met scholen, ondersteuningsplanraad en gemeenten. |

Wijzigingen in dit plan worden voorgelegd aan de ondersteuningsplanraad.

@pb
# Bijlage 1 Begrippenlijst

| Begrip | Betekenis |
| Arrangement | Extra ondersteuning voor een leerling of groep leerlingen, bovenop de basisondersteuning. |
| Basisondersteuning | Het afgesproken geheel van preventieve en licht curatieve interventies dat binnen de ondersteuningsstructuur van iedere school wordt uitgevoerd. |
| Beoogde resultaten | De resultaten die het samenwerkingsverband in de planperiode wil bereiken voor leerlingen die extra ondersteuning nodig hebben. |
| Bereikte resultaten | De resultaten die in de vorige planperiode zijn gerealiseerd, in cijfers en in woorden. |
| Dekkend aanbod | Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is. |
| Meerjarenbegroting | Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft; zie bijlage 3. |
| OJSP | Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen. |
| OOGO | Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten. |
| OPP | Ontwikkelingsperspectief(plan). |
| OPR | Ondersteuningsplanraad. |
| Sbo / so | Speciaal basisonderwijs / speciaal onderwijs. |
| Terugplaatsing | Overstap van een leerling van het sbo of so naar het reguliere basisonderwijs. |
| Thuiszitter | Leerplichtige leerling die zonder vrijstelling niet naar school gaat. |
| TLV | Toelaatbaarheidsverklaring. |
| Verdeelmodel | De regels waarmee het samenwerkingsverband middelen over de besturen verdeelt. |

Bijlage 2 (Resultatenkader passend onderwijs) en bijlage 3 (Meerjarenbegroting 2025–2029) worden als afzonderlijke documenten gepubliceerd.
"""

LABEL_A = dict(
    name="po-lingedal-op-2025-2029",
    documents=["po-lingedal-op-2025-2029.docx"],
    sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial"),
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": False, "ouders.steunpunt": True,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "H4 'Wat elke school biedt': agreed ondergrens for all 54 vestigingen + table of concrete voorzieningen; borging via kwaliteitskaart/audit.",
        "plaatsing": "H6.1 gives full procedure (loket, dossier, 2 deskundigen, CvT, 6 weken); criteria only deferred ('stellen wij opnieuw vast zodra de landelijke norm ... bekend is').",
        "terugstroom": "Hidden in H6.3 'Wanneer de TLV afloopt' inside the TLV chapter: policy (thuisnabij, 3 conditions, terugkeerarrangement) and steps with dates (oktober, 1 februari, 1 april, 1 maart).",
        "financien": "H7 'Geld en middelen': verdeelmodel (vaste voet 12.000, 138 per leerling, arrangementen) present; meerjarenbegroting only referred to absent 'bijlage 3, separaat' and TOC entry.",
        "dekkend-aanbod": "H5: four-step continuum with named voorzieningen; 5.3 yearly gap inventory, Kleine Klas, thuiszitters route with doorzettingsmacht.",
        "resultaten": "Nothing: only 'resultaatgericht' in visie, footer word, TOC entry for absent bijlage 2 and glossary definitions of beoogde/bereikte resultaten; planning has no evaluation.",
        "ouders": "H8 'Communicatie': OJSP, Onderwijsconsulenten, Geschillencommissie (steunpunt) and OPR (betrokkenheid); no channel informing parents about the support offer - ouderfolder only deferred to 2026.",
    },
)


# ---------------------------------------------------------------------------------------------
# Plan B: VO, .pdf (rendered from .docx) — SWV Voortgezet Onderwijs Zuidrand
# ---------------------------------------------------------------------------------------------
PLAN_B = r"""
@title Ondersteuningsplan 2026–2030
@subtitle Samenwerkingsverband Voortgezet Onderwijs Zuidrand (VO 31-12)
@subtitle Definitieve versie, vastgesteld op 20 april 2026
@header Ondersteuningsplan VO Zuidrand 2026–2030 | een dekkend aanbod voor iedere leerling
@footer Samenwerkingsverband VO Zuidrand · Postbus 1120 · Zuiderveen
@toc
Samenvatting|2
1 Waarom dit plan|3
2 Zuidrand in het kort|4
3 Visie en koers|5
4 Basisondersteuning|6
5 Toewijzing van vso, lwoo en pro|7
  5.1 Toelaatbaarheid tot het vso|7
  5.2 Leerwegondersteunend onderwijs|9
  5.3 Praktijkonderwijs|9
  5.4 Afloop van de TLV|10
6 Middelen en begroting|11
7 Beoogde en bereikte resultaten|13
8 Ouders en leerlingen|15
9 Bestuur, toezicht en medezeggenschap|16
10 Bureau en medewerkers|17
11 Informatiebeveiliging|17
12 Jaarplanning|18
Bijlage A Afkortingen en begrippen|19
@endtoc
# Samenvatting

Dit ondersteuningsplan beschrijft hoe de negen schoolbesturen in Zuidrand de komende vier schooljaren samenwerken aan passend onderwijs voor ruim 14.000 leerlingen in het voortgezet onderwijs. Het plan is compact: wij leggen vast wat wij hebben afgesproken en verwijzen voor de uitvoering naar het jaarplan. De belangrijkste keuzes zijn een vereenvoudigde toewijzing van het vso, een verdeling van middelen die vooral naar de scholen gaat in plaats van naar bovenschoolse projecten, en een beperkt aantal meetbare doelen waarop wij ons ieder jaar laten aanspreken.

# 1 Waarom dit plan

Het samenwerkingsverband is op grond van de wet verplicht om ten minste eens per vier jaar een ondersteuningsplan vast te stellen. Het vorige plan liep tot en met 31 juli 2026; dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het is geschreven in een periode waarin veel verandert: de Wet versterking positie ouders en leerlingen in het passend onderwijs wordt stap voor stap ingevoerd, er wordt gewerkt aan een landelijke norm voor basisondersteuning en het aantal leerlingen in het voortgezet onderwijs in onze regio begint na jaren van groei te dalen.

Het concept van dit plan is op 5 maart 2026 besproken in het op overeenstemming gericht overleg met de colleges van de vijf gemeenten in onze regio en op 10 maart 2026 met het samenwerkingsverband primair onderwijs. De ondersteuningsplanraad heeft op 14 april 2026 ingestemd. Het bestuur heeft het plan op 20 april 2026 vastgesteld en het dezelfde dag bij de inspectie ingediend.

## Wat wij leerden van de vorige planperiode

In de vorige planperiode hebben wij veel tijd gestoken in het opzetten van procedures. Dat was nodig, maar het leidde ook tot een stapel formulieren die scholen als zwaar ervoeren. Bij de evaluatie in 2025 gaven ondersteuningscoördinatoren aan dat zij per aanvraag gemiddeld zes uur kwijt waren aan het verzamelen van stukken die het samenwerkingsverband vaak al had. Daarom vragen wij in dit plan alleen nog de stukken die voor een besluit echt nodig zijn, en vullen wij gegevens die al bekend zijn vooraf in.

Een tweede les is dat afspraken tussen negen besturen alleen werken als ze op papier staan en door iedereen op dezelfde manier worden uitgelegd. In de vorige periode bestonden er bijvoorbeeld verschillende interpretaties van de vraag welke leerlingen in aanmerking kwamen voor vso. In dit plan hebben wij de criteria daarom zo precies mogelijk opgeschreven. Een derde les is dat het bestuur meer sturing wil op de vraag wat de middelen opleveren. Dat heeft geleid tot het hoofdstuk over resultaten, met een beperkt aantal doelen die wij ieder jaar meten.

Ten slotte hebben wij geleerd dat het samenwerkingsverband geen eilandje moet zijn. Veel ontwikkelingen komen van buiten: het lerarentekort, de toename van mentale problemen bij jongeren, de krapte op de woningmarkt die gezinnen vaker laat verhuizen. Wij kunnen die ontwikkelingen niet sturen, maar wel zorgen dat onze afspraken er bestand tegen zijn.

# 2 Zuidrand in het kort

In het samenwerkingsverband werken negen schoolbesturen samen, met samen 23 vestigingen voor voortgezet onderwijs. Daarvan bieden er zeventien vmbo aan, twaalf havo en tien vwo; twee vestigingen zijn scholen voor praktijkonderwijs. Binnen de regio liggen drie scholen voor voortgezet speciaal onderwijs.

| Kengetal (teldatum 1 oktober 2025) | Aantal |
| Leerlingen regulier vo (inclusief lwoo) | 13.212 |
| Leerlingen met een aanwijzing lwoo | 1.184 |
| Leerlingen praktijkonderwijs | 512 |
| Leerlingen vso met een TLV van Zuidrand | 541 |
| Vestigingen | 23 |
| Gemeenten | 5 |

# 3 Visie en koers

Een dekkend aanbod voor iedere leerling: dat is ons vertrekpunt en de ondertitel van dit plan. Wij willen dat iedere jongere in Zuidrand een diploma of certificaat haalt dat past bij wat hij of zij kan, op een school die zo dicht mogelijk bij huis ligt. Wij zien passend onderwijs niet als een apart systeem naast het gewone onderwijs, maar als een manier van werken binnen het gewone onderwijs.

Wij geloven dat jongeren die extra ondersteuning nodig hebben, net als alle andere jongeren, het recht hebben om erbij te horen. Dat betekent dat wij verwachten dat scholen hun deuren openhouden, ook als een leerling moeilijk gedrag laat zien of veel aandacht vraagt. Het betekent ook dat wij scholen daarin niet alleen laten. Docenten moeten de tijd en de kennis hebben om leerlingen te ondersteunen, en de school moet kunnen rekenen op snelle besluiten als het anders moet.

Onze koers voor de komende vier jaar laat zich samenvatten in drie woorden: eenvoudiger, dichterbij en meetbaar. Eenvoudiger, omdat scholen en gezinnen ons vertellen dat de procedures te ingewikkeld zijn. Dichterbij, omdat de ondersteuning zoveel mogelijk binnen de school moet plaatsvinden. Meetbaar, omdat wij willen kunnen laten zien wat de inzet van publieke middelen oplevert.

# 4 Basisondersteuning

Basisondersteuning is in Zuidrand het door alle negen besturen vastgestelde minimum aan ondersteuning dat op elke vestiging van elke school beschikbaar is, voor iedere leerling en zonder dat daarvoor een aanvraag of toewijzing nodig is. Geen vestiging mag onder dit minimum zakken; het bestuur van het samenwerkingsverband heeft het minimum op 9 december 2025 voor de hele planperiode vastgesteld.

De concrete voorzieningen die bij dit minimum horen, staan in het ondersteuningsprofiel in de schoolgids van iedere school.

Het samenwerkingsverband ziet toe op de naleving. Iedere vestiging wordt eens in de twee jaar bezocht door een visitatiecommissie met een ondersteuningscoördinator van een ander bestuur en een medewerker van het bureau. De commissie toetst of de vestiging het vastgestelde minimum biedt. Als dat niet zo is, maakt het schoolbestuur binnen twee maanden een herstelplan, en volgt na een jaar een tweede bezoek. De uitkomsten worden ieder jaar in juni besproken in het bestuur.

# 5 Toewijzing van vso, lwoo en pro

Het samenwerkingsverband beslist over drie soorten toewijzingen: de toelaatbaarheid tot het voortgezet speciaal onderwijs, de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot het praktijkonderwijs. Alle drie worden behandeld door de Commissie Toewijzing Zuidrand (CTZ), die namens het bestuur besluit.

## 5.1 Toelaatbaarheid tot het vso

De aanvraag voor een toelaatbaarheidsverklaring (TLV) wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven, of waar de leerling is aangemeld als hij nog niet in het voortgezet onderwijs zit. Dat gebeurt via het aanvraagportaal op de website van het samenwerkingsverband. Bij de aanvraag horen het ontwikkelingsperspectief met de evaluaties, een overzicht van de ondersteuning die de school al heeft geboden, het onderwijskundig rapport en de zienswijze van ouders en, vanaf twaalf jaar, van de leerling zelf.

De CTZ vraagt advies aan twee deskundigen. De eerste is altijd een orthopedagoog of psycholoog; de tweede wordt gekozen naar de vraag van de leerling: een jeugdarts, een kinder- en jeugdpsychiater, een maatschappelijk werker of een pedagoog. Beide deskundigen geven een eigen, ondertekend schriftelijk advies en zijn niet betrokken geweest bij de ondersteuning van de leerling of bij het opstellen van de aanvraag. De CTZ besluit binnen zes weken na ontvangst van de volledige aanvraag; in de zomervakantie wordt die termijn met ten hoogste vier weken verlengd. Ouders en school ontvangen het besluit met beide adviezen.

Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is voldaan:

- de school heeft ten minste twee cycli van extra ondersteuning uitgevoerd en geëvalueerd in het ontwikkelingsperspectief, of er is sprake van een acute situatie die door beide deskundigen is onderbouwd;
- de ondersteuningsbehoefte van de leerling gaat op ten minste twee van de vier domeinen (leren, gedrag en welbevinden, communicatie, lichamelijke en medische ondersteuning) uit boven wat een reguliere vo-school met aanvullende ondersteuning kan bieden;
- de leerling heeft voor langere tijd een onderwijsomgeving nodig met kleine groepen, een specifiek pedagogisch klimaat of specialistische zorg die alleen het vso kan bieden.

Een TLV voor het vso wordt afgegeven voor twee schooljaren en eindigt op 31 juli. Bij leerlingen met een langdurige of blijvende beperking, zoals een ernstige meervoudige beperking, kan de CTZ een TLV afgeven tot het einde van de schoolloopbaan. De bekostigingscategorie is laag, tenzij de leerling een lichamelijke handicap of langdurige ziekte heeft (categorie midden) of meervoudig gehandicapt is (categorie hoog).

## 5.2 Leerwegondersteunend onderwijs

Zuidrand hanteert de landelijke criteria voor leerwegondersteunend onderwijs. Een leerling komt in aanmerking als hij een IQ heeft tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, of als hij een IQ heeft tussen 91 en 120, een leerachterstand van anderhalf tot drie jaar op twee domeinen en sociaal-emotionele problematiek die het leren belemmert.

De vo-school waar de leerling is aangemeld, dient de aanvraag uiterlijk 1 april in, met de testgegevens en het onderwijskundig rapport van de basisschool. De CTZ beslist binnen vier weken. De aanwijzing geldt voor de hele opleiding in het vmbo.

## 5.3 Praktijkonderwijs

Voor het praktijkonderwijs gelden de landelijke criteria, die het samenwerkingsverband niet kan aanpassen: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan er één begrijpend lezen of inzichtelijk rekenen is. De school voor praktijkonderwijs waar de leerling is aangemeld dient de aanvraag in; de CTZ beslist binnen vier weken. De TLV geldt voor de duur van de opleiding.

## 5.4 Afloop van de TLV

De vso-school evalueert het ontwikkelingsperspectief van iedere leerling ieder jaar in februari. In het laatste jaar van de TLV meldt de vso-school vóór 1 maart aan de CTZ of zij een nieuwe TLV aanvraagt of dat de leerling per 1 augustus naar het regulier voortgezet onderwijs overstapt. Bij een overstap meldt de vso-school de leerling aan bij de gekozen vo-school en organiseert zij vóór 1 juni een overdrachtsgesprek met de ouders, de leerling en de ontvangende school. Het bevoegd gezag van de ontvangende school besluit over de toelating. De CTZ registreert het einde van de TLV per 31 juli en stuurt ouders en beide scholen daarvan een bevestiging.

Het terugplaatsingsbeleid zelf – de doelen, de voorwaarden en de nazorg – leggen wij in het eerste planjaar vast in een afzonderlijke notitie.

# 6 Middelen en begroting

Zuidrand ontvangt jaarlijks ongeveer € 17,9 miljoen aan rijksbekostiging: middelen voor lichte ondersteuning, middelen voor zware ondersteuning, en de middelen voor lwoo en praktijkonderwijs. Voor de verdeling gelden de volgende regels, die het bestuur ieder jaar in november bij de begroting opnieuw bevestigt.

- Middelen lichte ondersteuning: volledig naar de schoolbesturen, op basis van het aantal leerlingen op 1 oktober van het voorafgaande jaar; in 2026 is dat € 172 per leerling.
- Middelen lwoo en pro: volledig naar de scholen die lwoo en pro verzorgen, op basis van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op 1 oktober van het voorafgaande jaar.
- Middelen zware ondersteuning: eerst de afdracht voor vso-leerlingen die DUO rechtstreeks inhoudt; daarna een vaste voet van € 25.000 per vestiging, en het restant naar rato van het aantal leerlingen op 1 oktober.
- Het bureau en de commissie worden gefinancierd uit een vast percentage van 4,5 procent van de middelen zware ondersteuning.

De besturen verantwoorden de besteding van de ontvangen middelen ieder jaar vóór 1 juli in een verantwoordingsformulier, waarin per vestiging staat hoeveel is uitgegeven aan personeel, scholing en materiële voorzieningen.

Tabel 6.1 Meerjarenbegroting 2026–2030 (bedragen × € 1.000)

| Post | 2026 | 2027 | 2028 | 2029 | 2030 |
| Baten: lichte ondersteuning | 2.272 | 2.250 | 2.221 | 2.190 | 2.164 |
| Baten: zware ondersteuning | 7.480 | 7.412 | 7.330 | 7.255 | 7.190 |
| Baten: lwoo en pro | 8.150 | 8.065 | 7.980 | 7.890 | 7.810 |
| Totaal baten | 17.902 | 17.727 | 17.531 | 17.335 | 17.164 |
| Lasten: afdracht vso (DUO) | 4.620 | 4.560 | 4.500 | 4.450 | 4.400 |
| Lasten: schoolbudgetten lichte ondersteuning | 2.272 | 2.250 | 2.221 | 2.190 | 2.164 |
| Lasten: doorbetaling lwoo en pro | 8.150 | 8.065 | 7.980 | 7.890 | 7.810 |
| Lasten: schoolbudgetten zware ondersteuning | 2.430 | 2.422 | 2.410 | 2.397 | 2.388 |
| Lasten: bureau en CTZ | 337 | 334 | 330 | 326 | 324 |
| Lasten: professionalisering ondersteuningscoördinatoren | 120 | 120 | 100 | 100 | 80 |
| Totaal lasten | 17.929 | 17.751 | 17.541 | 17.353 | 17.166 |
| Resultaat | -27 | -24 | -10 | -18 | -2 |

De kleine negatieve resultaten worden gedekt uit de algemene reserve. Het weerstandsvermogen daalt daardoor van 6,1 procent in 2026 naar 5,6 procent in 2030 en blijft daarmee boven de ondergrens van 5 procent die het bestuur heeft vastgesteld en onder de signaleringswaarde voor bovenmatige reserves.

# 7 Beoogde en bereikte resultaten

Wij hebben ons voor deze planperiode vier doelen gesteld. Bij ieder doel staat de uitgangswaarde en de streefwaarde voor het schooljaar 2029–2030.

| Doel | Uitgangswaarde 2024–2025 | Streefwaarde 2029–2030 |
| Deelnamepercentage vso (peildatum 1 oktober) | 4,1 % | 3,7 % |
| Leerlingen met een ontwikkelingsperspectief die de doelen voor het schooljaar halen | 68 % | 80 % |
| TLV-aanvragen waarover binnen zes weken is besloten | 81 % | 95 % |
| Leerlingen met lwoo die zonder vertraging het vmbo-diploma halen | 74 % | 80 % |

In de vorige planperiode (2022–2026) hadden wij ons vooral gericht op het verkorten van de doorlooptijd van aanvragen. De gemiddelde doorlooptijd daalde van negen naar vijf weken. Het deelnamepercentage vso bleef vrijwel gelijk (4,2 procent in 2022, 4,1 procent in 2025), terwijl wij een daling hadden beoogd. Die daling is niet gelukt, vooral omdat het aantal leerlingen met een combinatie van psychiatrische problematiek en een jeugdhulptraject toenam.

De resultaten worden op drie manieren gevolgd. Het bureau rapporteert ieder kwartaal in een dashboard aan het bestuur over het aantal aanvragen, de doorlooptijden en het deelnamepercentage. De scholen leveren ieder jaar vóór 1 juli per vestiging het percentage leerlingen aan dat de doelen uit het ontwikkelingsperspectief heeft gehaald. In het jaarverslag, dat vóór 1 juli verschijnt, vergelijken wij de bereikte resultaten met de streefwaarden en met de besteding van de middelen uit tabel 6.1; het jaarverslag wordt besproken met de ondersteuningsplanraad en met de gemeenten. Halverwege de planperiode, in het voorjaar van 2028, laat het bestuur een onafhankelijke tussenevaluatie uitvoeren.

# 8 Ouders en leerlingen

Ouders moeten weten welke ondersteuning er voor hun kind mogelijk is, ook als zij zelf geen ervaring hebben met het onderwijs in Nederland. Daarom informeren wij ouders langs vier wegen. Op de ouderpagina van onze website staat welke ondersteuning iedere school biedt, hoe de toewijzing van vso, lwoo en pro werkt en wie de contactpersonen op de scholen zijn. De brochure "Extra steun in het vo" is beschikbaar in het Nederlands, Engels, Pools en Arabisch en wordt via de basisscholen meegegeven aan alle ouders van leerlingen in groep 8. Twee keer per jaar, in november en in maart, organiseren wij een informatieavond voor ouders van leerlingen die extra ondersteuning nodig hebben bij de overstap naar het voortgezet onderwijs. En iedere school beschrijft in haar schoolgids welke ondersteuning zij biedt en hoe ouders die kunnen aanvragen.

Ouders en leerlingen hebben ook een stem in het beleid. In de ondersteuningsplanraad zitten zes personeelsleden en zes ouders of leerlingen; de raad heeft instemmingsrecht op dit plan. Leerlingen met een ontwikkelingsperspectief worden gehoord over de inhoud daarvan.

De inrichting van het wettelijk voorgeschreven ouder- en jeugdsteunpunt werken wij uit zodra de Wet versterking positie ouders en leerlingen op dat onderdeel in werking is getreden.

# 9 Bestuur, toezicht en medezeggenschap

Het samenwerkingsverband is een vereniging van de negen schoolbesturen. Het bestuur bestaat uit een onafhankelijke voorzitter en vier bestuurders van aangesloten schoolbesturen; het intern toezicht is belegd bij een toezichthoudend orgaan van drie onafhankelijke leden. De algemene ledenvergadering benoemt de leden van het bestuur en het toezichthoudend orgaan, stelt de jaarrekening vast en keurt de begroting goed. De directeur van het bureau voert de dagelijkse leiding op basis van een managementstatuut.

De ondersteuningsplanraad vergadert zes keer per jaar. Het bureau ondersteunt de raad met een ambtelijk secretaris en een scholingsbudget. De raad heeft een eigen reglement, dat in 2025 is geactualiseerd. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor de medewerkers van het bureau.

# 10 Bureau en medewerkers

Het bureau is klein: 4,8 fte, bestaande uit de directeur, een secretaris van de CTZ, een beleidsmedewerker financiën en twee administratief medewerkers. De deskundigen die de CTZ adviseren, worden ingehuurd uit een pool van elf orthopedagogen, psychologen en artsen, zodat voor ieder dossier onafhankelijke deskundigen beschikbaar zijn.

De ondersteuningscoördinatoren van de scholen vormen een netwerk dat vijf keer per jaar bijeenkomt. Het samenwerkingsverband betaalt de scholing van nieuwe ondersteuningscoördinatoren en organiseert jaarlijks een conferentie.

Het bureau werkt sinds 2024 grotendeels digitaal en hybride. Medewerkers werken twee dagen per week op kantoor in Zuiderveen en de overige dagen thuis of op de scholen. Het ziekteverzuim was in 2025 3,1 procent. In het medewerkersonderzoek van 2025 gaven medewerkers het bureau gemiddeld een 7,8 als werkgever; de werkdruk rond de aanmeldperiode voor lwoo en pro in het voorjaar werd als knelpunt genoemd. Daarom wordt in die periode een tijdelijke administratieve kracht ingezet.

Het bestuur vindt het belangrijk dat medewerkers van het bureau de praktijk van de scholen blijven kennen. Iedere medewerker loopt daarom ieder jaar ten minste twee dagen mee op een school, en de secretaris van de CTZ woont twee keer per jaar een vergadering van een ondersteuningsteam bij.

# 11 Informatiebeveiliging

Aanvragen worden ingediend via een beveiligd portaal. Gezondheidsgegevens worden alleen verwerkt als dat nodig is voor een besluit, en dossiers worden drie jaar na het besluit vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming en een register van verwerkingen, en voert iedere twee jaar een privacy-audit uit.

Het aanvraagportaal is in 2024 vernieuwd. Het portaal is gekoppeld aan de leerlingadministratie van de scholen, zodat naam, geboortedatum, leerweg en leerjaar niet opnieuw hoeven te worden ingevoerd. Documenten worden versleuteld opgeslagen bij een Nederlandse leverancier. Medewerkers loggen in met tweestapsverificatie. Bij een vermoeden van een datalek beoordeelt de functionaris gegevensbescherming binnen 24 uur of melding bij de Autoriteit Persoonsgegevens nodig is. In 2025 is één datalek gemeld: een e-mail met een onderwijskundig rapport werd naar een verkeerd adres gestuurd. Naar aanleiding daarvan worden rapporten niet meer per e-mail verstuurd.

# 12 Jaarplanning

| Periode | Activiteit |
| September | Vaststellen jaarplan; start visitaties basisondersteuning |
| Oktober | Teldatum leerlingen; start aanvragen lwoo en pro voor het volgende schooljaar |
| November | Begroting en bevestiging verdeelregels; informatieavond ouders |
| Februari | Evaluatie ontwikkelingsperspectieven in het vso |
| Maart | Informatieavond ouders; melding afloop TLV's aan de CTZ |
| Juni | Bespreking visitaties in het bestuur |
| Juli | Jaarverslag en verantwoording besturen |

@pb
# Bijlage A Afkortingen en begrippen

| Afkorting of begrip | Betekenis |
| CTZ | Commissie Toewijzing Zuidrand |
| Dekkend aanbod | Het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is |
| Lwoo | Leerwegondersteunend onderwijs |
| OJSP | Ouder- en jeugdsteunpunt |
| OPDC | Orthopedagogisch-didactisch centrum |
| OPP | Ontwikkelingsperspectief |
| OPR | Ondersteuningsplanraad |
| Pro | Praktijkonderwijs |
| Terugplaatsing | Overstap van het vso naar het regulier voortgezet onderwijs |
| Thuiszitter | Leerplichtige jongere die zonder geldige reden niet naar school gaat |
| TLV | Toelaatbaarheidsverklaring |
| Vso | Voortgezet speciaal onderwijs |
| Zorgplicht | De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden |
"""

LABEL_B = dict(
    name="vo-zuidrand-op-2026-2030",
    documents=["vo-zuidrand-op-2026-2030.pdf"],
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                  financien="present", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "H4 defines the binding minimum for all 23 vestigingen (niveau) and visitatie (borging), but the voorzieningen themselves are only referred to the schoolgidsen - one absent sentence/list.",
        "plaatsing": "H5.1-5.3: CTZ procedure, 2 deskundigen, 6 weken, three vso criteria, landelijke lwoo and pro criteria, duur/categorie; no bezwaar route.",
        "terugstroom": "H5.4 'Afloop van de TLV' gives steps (februari, 1 maart, 1 juni, 31 juli); policy (doelen, voorwaarden, nazorg) explicitly deferred to a later notitie.",
        "financien": "H6 'Middelen en begroting': verdeelregels per stroom + meerjarenbegroting table 6.1 with amounts; reserves and verantwoording.",
        "dekkend-aanbod": "Nothing: only the running header/visie slogan 'een dekkend aanbod voor iedere leerling', glossary entries (dekkend aanbod, OPDC, thuiszitter, zorgplicht) and a procedural OOGO date in H1.",
        "resultaten": "H7: four doelen with uitgangs- and streefwaarden, bereikte resultaten previous period, kwartaaldashboard/jaarverslag/tussenevaluatie.",
        "ouders": "H8: website, brochure in 4 languages, informatieavonden, schoolgids (informatie); OPR/hoorrecht; OJSP only deferred, no independent help, no klachten/bezwaar anywhere.",
    },
)


# ---------------------------------------------------------------------------------------------
# Plan C: VO, .html — SWV Voortgezet Onderwijs Kempen-Noord
# ---------------------------------------------------------------------------------------------
PLAN_C = r"""
@title Ondersteuningsplan 2025–2029
@subtitle Samenwerkingsverband Voortgezet Onderwijs Kempen-Noord (VO 31-20)
@subtitle Webversie van het plan zoals vastgesteld door het algemeen bestuur op 24 april 2025
@header SWV VO Kempen-Noord · Home · Over ons · Ondersteuningsplan · Ouders · Scholen · Contact
@footer © Samenwerkingsverband VO Kempen-Noord · Voor ouders: informatie, ondersteuning en klachten · Privacyverklaring · Toegankelijkheid
@toc
Voorwoord
1 Over dit plan
2 Onze regio
3 Missie, visie en speerpunten
4 Basisondersteuning in de praktijk
5 Het ondersteuningscontinuüm
6 Witte vlekken, wachtlijsten en thuiszitters
7 Toewijzing, terugplaatsing en overplaatsing
8 Doorgaande lijnen po–vo–mbo
9 Financieel kader
10 Kwaliteit en resultaten
11 Communicatie
12 Samenwerking met gemeenten
13 Organisatie, medezeggenschap en personeel
14 Planning van de planperiode
15 Begrippen
@endtoc
# Voorwoord

Het ondersteuningsplan 2025–2029 is het resultaat van een jaar praten, schrijven en schrappen. Met schoolleiders, ondersteuningscoördinatoren, mentoren, gemeenten en de ondersteuningsplanraad hebben wij gekeken naar wat er in de vorige planperiode goed ging en wat beter moet. Wat goed ging: de Rebound-voorziening is uitgegroeid tot een vaste waarde, en het aantal jongeren dat langdurig thuiszit is gedaald. Wat beter moet: scholen ervaren nog te veel verschil tussen de ondersteuning op de ene en op de andere school, en de wachtlijsten in het vso zijn te lang.

Ook de omgeving is veranderd. Het aantal jongeren met mentale problemen is sinds de coronaperiode sterk gestegen, de wachtlijsten in de jeugd-ggz zijn lang en scholen merken dat leerlingen vaker uitvallen door angst of somberheid. Tegelijk zien wij veel veerkracht: scholen die hun rooster aanpassen, docenten die na schooltijd een leerling opvangen, jeugdhulpverleners die in de school hun spreekuur houden. Dit plan wil die beweging versterken door afspraken te maken die scholen houvast geven, zonder dat zij hun eigen aanpak kwijtraken. Wij kiezen daarbij voor een beperkt aantal speerpunten en voor doelen die wij ieder jaar meten, zodat het gesprek in het bestuur en met onze partners gaat over wat er voor leerlingen verandert en niet alleen over wat wij doen.

Dit plan is bewust compact. Wie wil weten hoe wij werken, vindt hier de kern; de uitwerking staat in het jaarplan en in de reglementen die bij het plan horen. Wij hopen dat het plan leesbaar is voor iedereen die betrokken is bij jongeren die extra ondersteuning nodig hebben: leerlingen, ouders, docenten en onze partners.

Johan Verstegen, voorzitter algemeen bestuur

# 1 Over dit plan

Dit plan geldt voor de schooljaren 2025–2026 tot en met 2028–2029. Het beschrijft hoe het samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat iedere leerling een ononderbroken ontwikkeling kan doormaken en leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen.

Het concept is op 6 maart 2025 besproken in het op overeenstemming gericht overleg met de vier gemeenten en op 13 maart 2025 met het samenwerkingsverband primair onderwijs. De ondersteuningsplanraad heeft op 14 april 2025 ingestemd. Het algemeen bestuur heeft het plan op 24 april 2025 vastgesteld; het is op 25 april 2025 naar de inspectie gestuurd. Deze webversie is inhoudelijk gelijk aan het vastgestelde plan.

# 2 Onze regio

Kempen-Noord omvat de gemeenten Heidebeek, Oosterkempen, Veldhoven-Noord en Bergeijkerveld. In de regio wonen ruim 160.000 mensen. Het samenwerkingsverband telt zes schoolbesturen met veertien vestigingen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs met twee locaties en twee scholen voor voortgezet speciaal onderwijs.

| Kengetal (1 oktober 2024) | Aantal |
| Leerlingen regulier vo | 9.846 |
| Leerlingen met lwoo | 802 |
| Leerlingen praktijkonderwijs | 388 |
| Leerlingen vso | 402 |
| Schoolbesturen | 6 |
| Vestigingen regulier vo | 14 |

De afgelopen tien jaar is het aantal leerlingen in het voortgezet onderwijs in Kempen-Noord vrijwel stabiel gebleven, maar de prognoses laten vanaf 2027 een daling zien van ongeveer een procent per jaar. Voor kleine vestigingen in de landelijke gemeenten is dat een risico: als het leerlingaantal daalt, wordt het moeilijker om een breed aanbod van leerwegen en ondersteuning in stand te houden. De besturen hebben daarom afgesproken om bij een dreigende sluiting of samenvoeging van een vestiging altijd eerst in het samenwerkingsverband te bespreken wat dat betekent voor leerlingen die extra ondersteuning nodig hebben.

De regio kent grote verschillen. Heidebeek is een middelgrote stad met een gevarieerd aanbod van vmbo tot gymnasium; de andere gemeenten zijn landelijk, met kleinere scholen en lange reisafstanden naar het vso.

# 3 Missie, visie en speerpunten

Onze missie: iedere jongere in Kempen-Noord krijgt het onderwijs en de ondersteuning die hij of zij nodig heeft om een diploma of een passende plek in de samenleving te behalen. Onze visie is dat dat het beste lukt wanneer ondersteuning zo vroeg en zo dicht mogelijk bij de leerling wordt georganiseerd, wanneer scholen van elkaar leren en wanneer onderwijs en jeugdhulp samen optrekken.

Voor de komende vier jaar hebben wij vier speerpunten gekozen: gelijke basisondersteuning op alle scholen, een sluitend aanbod zonder wachtlijsten, geen jongere langer dan drie maanden thuis, en een soepele overstap van het vo naar het mbo. De speerpunten zijn uitgewerkt in de hoofdstukken 4, 6 en 8; de bijbehorende doelen staan in hoofdstuk 10.

# 4 Basisondersteuning in de praktijk

Wat wij onder basisondersteuning verstaan, ziet er op onze scholen in de praktijk als volgt uit. Iedere vestiging in Kempen-Noord beschikte bij de inventarisatie van januari 2025 over de volgende voorzieningen:

- een ondersteuningscoördinator, die het aanspreekpunt is voor mentoren en het ondersteuningsteam voorzit;
- een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de ondersteuningscoördinator, de schoolmaatschappelijk werker, de jeugdarts van de GGD en een orthopedagoog;
- een mentoraat met een wekelijks mentoruur in de onderbouw;
- begeleiding bij dyslexie en dyscalculie volgens protocol, met faciliteiten als extra tijd, vergrote opgaven en voorleessoftware;
- een training faalangstreductie en een training sociale vaardigheden, ten minste eenmaal per jaar;
- een aanpak voor sociale veiligheid met een anti-pestcoördinator en een vertrouwenspersoon;
- een time-outvoorziening of rustplek in het gebouw, met een vaste begeleider;
- huiswerkbegeleiding op school voor leerlingen in de onderbouw;
- afspraken over medisch handelen en het verstrekken van medicijnen.

Een formeel vastgesteld niveau van basisondersteuning, dat voor iedere vestiging bindend is, hebben de besturen nog niet afgesproken. Of de bovenstaande voorzieningen de afgesproken ondergrens worden, besluit het algemeen bestuur na de evaluatie in het voorjaar van 2026; tot die tijd bepaalt ieder schoolbestuur zelf welk niveau zijn vestigingen bieden.

# 5 Het ondersteuningscontinuüm

Het ondersteuningsaanbod in Kempen-Noord bestaat uit vier lagen die op elkaar aansluiten.

De eerste laag is de ondersteuning die iedere school zelf biedt, zoals beschreven in hoofdstuk 4.

De tweede laag is extra ondersteuning op de eigen school. Iedere vestiging ontvangt een schoolbudget waarmee zij arrangementen inzet: een ondersteuningsklas of -groep voor leerlingen die een deel van de dag in een kleinere groep werken, individuele coaching, begeleiding door een ambulant begeleider uit het vso, of een aangepast rooster. Het ondersteuningsteam van de school besluit over deze arrangementen en legt ze vast in het ontwikkelingsperspectief.

De derde laag bestaat uit bovenschoolse voorzieningen die door het samenwerkingsverband worden georganiseerd:

- Rebound De Overstap in Heidebeek: een tijdelijke plek van maximaal twaalf weken voor leerlingen bij wie het op school is vastgelopen door gedrag, met het doel dat zij daarna terugkeren naar de eigen school;
- Kompasklas: een orthopedagogisch-didactisch centrum voor leerlingen in de onderbouw die een jaar lang intensieve begeleiding nodig hebben in een groep van maximaal twaalf;
- Onderwijs-zorgarrangement Samen Verder: voor jongeren die naast onderwijs dagelijks jeugdhulp nodig hebben; onderwijs en zorg worden op één locatie gegeven, gefinancierd door het samenwerkingsverband en de gemeenten samen;
- Plusprogramma: een bovenschools programma voor hoogbegaafde leerlingen, één dag per twee weken;
- Internationale schakelklas (ISK) in Heidebeek voor nieuwkomers van 12 tot 18 jaar.

De vierde laag is het gespecialiseerd onderwijs: het praktijkonderwijs op twee locaties en de twee vso-scholen in de regio, De Zwaluw (cluster 4) en Het Kempenhof (cluster 3). Voor leerlingen die specialistisch onderwijs nodig hebben dat in de regio niet bestaat, bijvoorbeeld voor jongeren met een ernstige psychiatrische aandoening, werken wij samen met vso-scholen in Eindhoven en Tilburg.

Binnen dit continuüm krijgen twee groepen extra aandacht. Voor hoogbegaafde leerlingen bestaat naast het plusprogramma op iedere vestiging een aanspreekpunt hoogbegaafdheid, en kunnen leerlingen versneld examen doen in een of meer vakken. Het samenwerkingsverband heeft daarvoor in 2023 en 2024 extra subsidie ontvangen, waarmee onder meer een regionaal netwerk van docenten hoogbegaafdheid is opgezet. Voor nieuwkomers is de internationale schakelklas de eerste stap; na gemiddeld anderhalf jaar stromen zij door naar een reguliere vestiging, waar zij het eerste halfjaar extra taalondersteuning krijgen van een docent Nederlands als tweede taal. In 2024 volgden 96 leerlingen onderwijs in de ISK.

De zorgplicht van de schoolbesturen staat daarbij voorop: het bestuur van de school waar een leerling is aangemeld of ingeschreven, blijft verantwoordelijk totdat een passende plek is gevonden.

# 6 Witte vlekken, wachtlijsten en thuiszitters

Een dekkend aanbod vraagt om voortdurend kijken waar het niet sluit. Ieder jaar in november voert het bureau samen met de ondersteuningscoördinatoren en de gemeenten een witte-vlekkenanalyse uit: welke leerlingen konden het afgelopen jaar niet of niet op tijd worden geplaatst, waar ontstonden wachtlijsten en welke vragen kwamen vaker voor dan het aanbod aankan. Het algemeen bestuur besluit in januari over maatregelen, met een termijn waarbinnen die zijn uitgevoerd.

De analyse van november 2024 leverde twee witte vlekken op. Ten eerste is er geen passend aanbod voor hoogbegaafde leerlingen met ernstige sociaal-emotionele problemen, die in het plusprogramma niet genoeg houvast vinden. Voor hen start in augustus 2026 een pilot in de Kompasklas. Ten tweede is de wachtlijst van De Zwaluw opgelopen tot vijftien leerlingen. Met het bestuur van De Zwaluw is afgesproken dat de school per 1 augustus 2025 een extra groep opent, en dat leerlingen op de wachtlijst tot hun plaatsing een arrangement met ambulante begeleiding krijgen op hun huidige school.

Voor thuiszitters hanteren wij de volgende aanpak. De school meldt iedere leerling die langer dan twee weken niet naar school gaat, binnen vijf werkdagen bij de leerplichtambtenaar en bij de trajectbegeleider van het samenwerkingsverband. De trajectbegeleider stelt binnen vier weken met de school, leerplicht en zo nodig jeugdhulp een plan op voor terugkeer naar onderwijs. Iedere maand bespreekt de thuiszitterstafel, met leerplicht, gemeenten en het samenwerkingsverband, alle leerlingen die langer dan vier weken thuiszitten. Is er na drie maanden geen oplossing, dan besluit de directeur van het samenwerkingsverband welke school of voorziening de leerling opvangt.

# 7 Toewijzing, terugplaatsing en overplaatsing

Het samenwerkingsverband is wettelijk verantwoordelijk voor het afgeven van toelaatbaarheidsverklaringen voor het voortgezet speciaal onderwijs en het praktijkonderwijs en voor de aanwijzing voor leerwegondersteunend onderwijs.

Hoe een school een aanvraag indient, welke criteria de commissie hanteert, hoe lang een verklaring geldig is en hoe bezwaar kan worden gemaakt, is opgenomen in het Reglement Toewijzing Kempen-Noord 2025 (bijlage C bij dit plan). Ook de terug- en overplaatsing vanuit het vso naar het regulier voortgezet onderwijs is in dat reglement geregeld.

Het reglement wordt in het schooljaar 2026–2027 geëvalueerd en waar nodig aangepast.

# 8 Doorgaande lijnen po–vo–mbo

Een ononderbroken ontwikkeling vraagt om goede overgangen. Met het samenwerkingsverband primair onderwijs hebben wij afgesproken dat iedere leerling met een ontwikkelingsperspectief in groep 8 een warme overdracht krijgt: de basisschool en de vo-school bespreken de leerling vóór 1 mei, en de ondersteuningscoördinator van de vo-school neemt de ondersteuningsafspraken over in het eerste ontwikkelingsperspectief op de nieuwe school.

Voor de overstap naar het mbo werken wij samen met twee mbo-instellingen. Leerlingen met extra ondersteuning in het vmbo of het praktijkonderwijs krijgen in hun examenjaar een intakegesprek bij de mbo-instelling, en de mentor blijft tot 1 oktober van het eerste mbo-jaar aanspreekpunt. Voor jongeren uit het praktijkonderwijs en het vso die rechtstreeks gaan werken, loopt de begeleiding via het regionaal werkbedrijf.

Bijzondere aandacht krijgen jongeren die het voortgezet onderwijs zonder diploma verlaten. Het samenwerkingsverband en de vier gemeenten hebben een regionaal meld- en coördinatiepunt dat deze jongeren tot hun 23e volgt. De trajectbegeleiders van het samenwerkingsverband werken daarbij samen met de trajectbegeleiders van de gemeenten, zodat een jongere niet met steeds nieuwe gezichten te maken krijgt. Met de mbo-instellingen is afgesproken dat een jongere die in het eerste jaar dreigt uit te vallen, binnen twee weken wordt besproken in een gezamenlijk overleg.

# 9 Financieel kader

Het samenwerkingsverband ontvangt rijksbekostiging voor lichte en zware ondersteuning en voor lwoo en praktijkonderwijs. De afdracht voor leerlingen in het vso wordt door DUO rechtstreeks ingehouden.

Op welke wijze de schoolbudgetten over de besturen worden verdeeld, werkt het algemeen bestuur in de loop van 2026 uit in een nieuw allocatiemodel. Dat model wordt na instemming van de ondersteuningsplanraad als addendum aan dit plan toegevoegd.

De meerjarenbegroting voor de planperiode ziet er als volgt uit (bedragen × € 1.000).

| Post | 2025 | 2026 | 2027 | 2028 | 2029 |
| Baten lichte ondersteuning | 1.690 | 1.672 | 1.650 | 1.631 | 1.612 |
| Baten zware ondersteuning | 5.480 | 5.420 | 5.360 | 5.300 | 5.250 |
| Baten lwoo en pro | 5.960 | 5.900 | 5.830 | 5.770 | 5.710 |
| Bijdrage gemeenten Samen Verder | 310 | 310 | 310 | 310 | 310 |
| Totaal baten | 13.440 | 13.302 | 13.150 | 13.011 | 12.882 |
| Afdracht vso | 3.710 | 3.690 | 3.660 | 3.630 | 3.600 |
| Lwoo en pro naar scholen | 5.960 | 5.900 | 5.830 | 5.770 | 5.710 |
| Schoolbudgetten | 2.020 | 1.980 | 1.950 | 1.930 | 1.910 |
| Rebound De Overstap | 520 | 520 | 520 | 520 | 520 |
| Kompasklas | 610 | 610 | 640 | 640 | 640 |
| Samen Verder | 420 | 420 | 420 | 420 | 420 |
| Trajectbegeleiding thuiszitters | 140 | 140 | 140 | 140 | 140 |
| Bureau en bestuur | 310 | 305 | 300 | 300 | 295 |
| Totaal lasten | 13.690 | 13.565 | 13.460 | 13.350 | 13.235 |
| Resultaat | -250 | -263 | -310 | -339 | -353 |

De negatieve resultaten zijn een bewuste keuze: zij worden gedekt uit de reserve die in de vorige planperiode boven de signaleringswaarde was uitgekomen. Aan het einde van de planperiode bedraagt het weerstandsvermogen naar verwachting 4,8 procent van de baten, binnen de bandbreedte van 4 tot 7 procent die het bestuur hanteert.

# 10 Kwaliteit en resultaten

Wij willen laten zien wat passend onderwijs oplevert voor de leerlingen om wie het gaat. Daarom hebben wij bij de speerpunten meetbare doelen geformuleerd.

| Speerpunt | Beoogd resultaat in 2029 | Stand 2024 |
| Geen jongere langer dan drie maanden thuis | Ten hoogste 5 leerlingen per 1 oktober die langer dan drie maanden thuiszitten | 14 |
| Sluitend aanbod | Geen leerling langer dan acht weken op een wachtlijst voor het vso | 15 leerlingen, gemiddeld 19 weken |
| Rebound werkt | Ten minste 85 % van de leerlingen keert na Rebound terug naar de eigen school | 78 % |
| Overstap vo–mbo | Ten minste 90 % van de leerlingen met een ontwikkelingsperspectief staat op 1 oktober na het examen ingeschreven in het mbo of heeft werk | 84 % |
| Deelname vso | Deelnamepercentage vso op of onder het landelijk gemiddelde | 3,9 % (landelijk 3,7 %) |

Wij volgen de resultaten met de Monitor Kempen-Noord, die twee keer per jaar (in februari en in september) wordt gevuld met gegevens van de scholen, DUO en leerplicht. De monitor wordt besproken in het algemeen bestuur en in de ondersteuningsplanraad. Ieder jaar vóór 1 juli verantwoorden wij in het jaarverslag welke resultaten zijn bereikt en welke middelen daarvoor zijn ingezet. Als een doel twee metingen achter elkaar niet op koers ligt, stelt het bureau een verbeterplan op dat het bestuur vaststelt. In het laatste planjaar laten wij het plan extern evalueren.

# 11 Communicatie

Het samenwerkingsverband communiceert met scholen via een tweemaandelijkse nieuwsbrief, het netwerk ondersteuningscoördinatoren en het schoolleidersoverleg. Met de gemeenten is er een vast ambtelijk overleg en twee keer per jaar een bestuurlijk overleg. De website wordt vooral gebruikt door professionals.

Over de communicatie met ouders en leerlingen maken wij in het eerste planjaar afspraken met de scholen.

# 12 Samenwerking met gemeenten

De vier gemeenten en het samenwerkingsverband werken samen vanuit een gezamenlijke agenda die in het OOGO is vastgesteld. De belangrijkste afspraken voor deze planperiode zijn: jeugdhulp op school op alle vestigingen met vmbo en praktijkonderwijs, gezamenlijke financiering van het onderwijs-zorgarrangement Samen Verder, een gezamenlijke aanpak van thuiszitten (zie hoofdstuk 6) en afspraken over leerlingenvervoer naar het vso buiten de regio. Geschillen tussen gemeenten en samenwerkingsverband over de uitvoering van deze afspraken worden voorgelegd aan een onafhankelijke voorzitter.

Het leerlingenvervoer vraagt bijzondere aandacht, omdat de reistijd naar het vso voor leerlingen uit de landelijke gemeenten kan oplopen tot meer dan een uur per rit. De gemeenten hebben toegezegd bij de aanbesteding van het vervoer in 2026 een maximale reistijd van 60 minuten als uitgangspunt te nemen. Over onderwijshuisvesting voor de bovenschoolse voorzieningen voert het samenwerkingsverband overleg in het jaarlijkse op overeenstemming gericht overleg over het integraal huisvestingsplan.

# 13 Organisatie, medezeggenschap en personeel

Het samenwerkingsverband is een stichting met een algemeen bestuur, waarin de zes schoolbesturen zijn vertegenwoordigd, en een dagelijks bestuur. Sinds 2023 is er een scheiding tussen bestuur en toezicht: het algemeen bestuur houdt toezicht, de directeur-bestuurder bestuurt. De ondersteuningsplanraad heeft instemmingsrecht op dit plan; de raad vergadert vijf keer per jaar en heeft een eigen budget voor scholing.

Het bureau heeft 9,2 fte: de directeur-bestuurder, een controller, twee trajectbegeleiders, drie orthopedagogen, een secretaris van de commissie en een managementassistent. De medewerkers van Rebound, Kompasklas en Samen Verder zijn in dienst van de schoolbesturen die deze voorzieningen uitvoeren. Het samenwerkingsverband investeert in de deskundigheid van mentoren met een jaarlijkse leergang "mentor in passend onderwijs", waaraan in de vorige planperiode 146 mentoren hebben deelgenomen.

Het lerarentekort is in Kempen-Noord minder groot dan in de Randstad, maar vooral voor technische vakken en voor de onderbouw van het vmbo lastig. Het samenwerkingsverband merkt dat vooral in de voorzieningen: het vinden van ervaren docenten voor Rebound en de Kompasklas kost steeds meer tijd. De besturen hebben daarom afgesproken dat docenten voor twee of drie jaar worden gedetacheerd naar een bovenschoolse voorziening en daarna terugkeren naar hun eigen school, zodat de kennis ook in de scholen terechtkomt. Daarnaast organiseert het samenwerkingsverband ieder jaar een regionale studiedag over gedrag en mentale gezondheid, die in 2024 door ruim vierhonderd medewerkers werd bezocht.

Het bureau heeft zijn kantoor in het onderwijshuis in Heidebeek, samen met de leerplichtafdeling en het samenwerkingsverband primair onderwijs. Die nabijheid maakt het overleg over individuele leerlingen en over gezamenlijke thema's eenvoudiger. Het onderwijshuis wordt gehuurd van de gemeente Heidebeek; het huurcontract loopt tot 2030.

Persoonsgegevens van leerlingen worden verwerkt in een beveiligde omgeving en niet langer bewaard dan nodig. Het samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld met het samenwerkingsverband primair onderwijs.

# 14 Planning van de planperiode

| Schooljaar | Belangrijkste stappen |
| 2025–2026 | Extra groep De Zwaluw; evaluatie basisondersteuning; ontwerp nieuw allocatiemodel |
| 2026–2027 | Pilot hoogbegaafde leerlingen in de Kompasklas; evaluatie Reglement Toewijzing |
| 2027–2028 | Uitbreiding jeugdhulp op school naar alle vestigingen met vmbo |
| 2028–2029 | Externe evaluatie van het plan; voorbereiding ondersteuningsplan 2029–2033 |

De planning wordt ieder jaar uitgewerkt in het jaarplan, dat het algemeen bestuur in juni vaststelt. Het jaarplan bevat per activiteit een eigenaar, een termijn en de middelen die ervoor nodig zijn. Wijzigingen van dit ondersteuningsplan, bijvoorbeeld na de evaluatie van de basisondersteuning of na de vaststelling van het nieuwe allocatiemodel, worden als addendum aan de ondersteuningsplanraad voorgelegd.

# 15 Begrippen

| Begrip | Uitleg |
| Basisondersteuning | Het geheel van preventieve en licht curatieve interventies dat alle scholen binnen het samenwerkingsverband bieden |
| Lwoo | Leerwegondersteunend onderwijs |
| OJSP | Ouder- en jeugdsteunpunt, waar ouders en jongeren terechtkunnen met vragen over onderwijs en ondersteuning |
| Onderwijsconsulenten | Landelijke organisatie die ouders en scholen gratis adviseert bij een vastgelopen schoolloopbaan |
| OPP | Ontwikkelingsperspectief |
| Pro | Praktijkonderwijs |
| Terugplaatsing | Overstap van een leerling van het vso naar het regulier vo |
| TLV | Toelaatbaarheidsverklaring |
| Vso | Voortgezet speciaal onderwijs |
"""

LABEL_C = dict(
    name="vo-kempen-noord-op-2025-2029",
    documents=["vo-kempen-noord-op-2025-2029.html"],
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="missing",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    },
    advisory={
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    notes={
        "basisondersteuning": "H4 lists concrete voorzieningen found at every vestiging (inhoud), but says explicitly no binding agreed minimum exists yet - niveau deferred to 2026.",
        "plaatsing": "H7 only states the legal task and refers to an absent 'Reglement Toewijzing (bijlage C)' for procedure, criteria, duur and bezwaar: nothing addressed.",
        "terugstroom": "H7 refers terug- en overplaatsing to the same absent reglement; 'terugkeren naar de eigen school' after Rebound (H5, H10) is a tussenvoorziening, not vso-return.",
        "financien": "H9 'Financieel kader': meerjarenbegroting table with amounts and reserves; allocation model deferred to 2026 addendum (verdeling not addressed).",
        "dekkend-aanbod": "H5 four-layer continuum with named voorzieningen; H6 witte-vlekkenanalyse, wachtlijst measures, thuiszitters route; H12 OOGO agenda.",
        "resultaten": "H10 'Kwaliteit en resultaten': table of beoogde resultaten with stand 2024, Monitor twice a year, jaarverslag, verbeterplan, external evaluation.",
        "ouders": "Nothing: H11 'Communicatie' only covers schools/gemeenten and defers parent communication; OJSP/Onderwijsconsulenten only in begrippenlijst; 'klachten' only in site footer; OPR without composition.",
    },
)


# ---------------------------------------------------------------------------------------------
# Plan D: PO, .docx and .pdf — SWV Passend Onderwijs Veenweide PO
# ---------------------------------------------------------------------------------------------
PLAN_D = r"""
@title Ondersteuningsplan 2026–2030: Samen sterk vanaf de basis
@subtitle Stichting Samenwerkingsverband Passend Onderwijs Veenweide PO (PO 31-17)
@subtitle Versie ter instemming OPR en vaststelling algemeen bestuur, april 2026
@header SWV Veenweide PO — Ondersteuningsplan 2026–2030
@footer Veenweide PO · basisondersteuning · TLV · financiën · dekkend aanbod · ouders
@toc
Voorwoord|3
1 Leeswijzer en wettelijke opdracht|4
2 Veenweide in beeld|5
3 Onze bedoeling|6
4 Basisondersteuning|7
5 Extra en specialistische ondersteuning|8
  5.1 Arrangementen op school|8
  5.2 Bovenschools aanbod|9
  5.3 Speciaal basisonderwijs en speciaal onderwijs|9
  5.4 Onderwijs en jeugdhulp|10
  5.5 Witte vlekken en thuiszitters|10
6 Toelaatbaarheid|11
7 Terug naar de basisschool|13
8 Financiën|14
9 Monitoring en verantwoording|15
10 Samen met ouders|17
11 Bestuur en organisatie|19
12 Medewerkers en deskundigheid|20
13 Informatievoorziening en privacy|21
14 Meerjarenplanning|22
Bijlage Begrippen en afkortingen|23
@endtoc
# Voorwoord

Samen sterk vanaf de basis. Met die titel willen wij laten zien waar het in de komende vier jaar om draait: goede ondersteuning begint in de groep, bij een leerkracht die weet wat een kind nodig heeft en die kan terugvallen op collega's, op de school en op het samenwerkingsverband. Dit ondersteuningsplan beschrijft hoe wij dat in Veenweide organiseren.

Het plan is korter dan zijn voorganger. Wij hebben ervoor gekozen alleen op te schrijven wat wij echt hebben afgesproken. Waar afspraken nog niet rond zijn, zeggen wij dat eerlijk, en geven wij aan wanneer ze wel rond zijn. Dat maakt het plan op een paar punten onvollediger dan wij zouden willen, maar het voorkomt dat het plan beloften bevat die niemand kan nakomen.

Ons dank gaat uit naar de ondersteuningsplanraad, die ons met scherpe vragen heeft geholpen, naar de directeuren en intern begeleiders die in de werkgroepen zaten, en naar de gemeenten Veenhuizen-Oost, Weidedam en Lagewaard.

Erik Hoogendoorn, directeur-bestuurder

# 1 Leeswijzer en wettelijke opdracht

Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dit plan loopt van 1 augustus 2026 tot en met 31 juli 2030. Het is opgesteld volgens artikel 18a van de Wet op het primair onderwijs en bevat de onderwerpen die de wet voorschrijft, aangevuld met de onderwerpen die de ondersteuningsplanraad en de besturen belangrijk vinden.

Het plan is geschreven voor iedereen die met passend onderwijs in Veenweide te maken heeft: schoolbesturen, directeuren, intern begeleiders, leerkrachten, de ondersteuningsplanraad, de gemeenten en de inspectie. Wij hebben geprobeerd het in begrijpelijke taal te schrijven en vaktermen zo veel mogelijk te vermijden. Waar dat niet lukt, staat de betekenis in de bijlage met begrippen en afkortingen.

Het plan begint met een beeld van de regio en onze bedoeling. Daarna volgen de ondersteuning op de scholen (hoofdstuk 4 en 5), de toelaatbaarheid tot het speciaal (basis)onderwijs en de terugkeer naar de basisschool (hoofdstuk 6 en 7), de financiën (hoofdstuk 8), de manier waarop wij onze resultaten volgen (hoofdstuk 9) en de samenwerking met ouders (hoofdstuk 10). De laatste hoofdstukken gaan over de organisatie.

Het concept is op 17 maart 2026 besproken in het op overeenstemming gericht overleg met de drie gemeenten, en op 24 maart 2026 met het samenwerkingsverband voor voortgezet onderwijs. De ondersteuningsplanraad bespreekt het plan op 14 april 2026; het algemeen bestuur stelt het op 21 april 2026 vast.

# 2 Veenweide in beeld

Veenweide is een gebied met veel water, weilanden en kleine kernen. Het samenwerkingsverband telt acht schoolbesturen met 41 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-locaties. Ongeveer een derde van de basisscholen heeft minder dan honderd leerlingen.

| Gegeven (1 oktober 2025) | Aantal |
| Basisscholen | 41 |
| Leerlingen basisonderwijs | 8.930 |
| Leerlingen sbo | 214 |
| Leerlingen so met TLV van Veenweide | 127 |
| Schoolbesturen | 8 |
| Gemeenten | 3 |

De leerlingaantallen dalen licht. Tegelijk neemt het aantal kinderen met een jeugdhulpindicatie toe, vooral in Weidedam. Leerkrachten geven aan dat zij meer kinderen met spraak- en taalproblemen en met angstklachten in de groep hebben dan vijf jaar geleden.

# 3 Onze bedoeling

Wij willen dat ieder kind in Veenweide zich zo ononderbroken mogelijk kan ontwikkelen, op een school die bij het kind past en zo dicht mogelijk bij huis ligt. Wij gaan uit van de mogelijkheden van kinderen en niet van hun beperkingen. Wij vinden dat leerkrachten en scholen de ruimte moeten krijgen om zelf oplossingen te vinden, en dat het samenwerkingsverband vooral moet helpen waar de school er alleen niet uitkomt.

Die bedoeling is in de vorige planperiode niet overal waargemaakt. Scholen gaven in de evaluatie van 2025 aan dat zij het samenwerkingsverband als ver weg ervoeren, dat procedures lang duurden en dat het niet altijd duidelijk was bij wie zij terechtkonden. Leden van de ondersteuningsplanraad merkten op dat het vorige plan veel mooie woorden bevatte maar weinig afspraken. Wij hebben die kritiek ter harte genomen. Dit plan is korter, concreter waar dat kan en eerlijk over wat nog niet af is.

Drie waarden zijn richtinggevend: nabijheid, vertrouwen en eenvoud. Nabijheid betekent dat ondersteuning zo veel mogelijk naar het kind toe komt. Vertrouwen betekent dat wij scholen niet laten verantwoorden wat zij niet hoeven te verantwoorden. Eenvoud betekent dat procedures kort en begrijpelijk zijn, voor scholen en voor gezinnen.

# 4 Basisondersteuning

In deze planperiode stellen de acht besturen samen een referentiekader basisondersteuning op. Het referentiekader is naar verwachting in juli 2027 gereed en wordt dan na instemming van de ondersteuningsplanraad aan dit plan toegevoegd. Tot dat moment verwijzen wij naar de schoolondersteuningsprofielen van de scholen, die op de websites van de scholen te vinden zijn.

# 5 Extra en specialistische ondersteuning

Boven op wat de scholen zelf bieden, kent Veenweide een samenhangend aanbod van extra en specialistische ondersteuning. Dat aanbod loopt van een arrangement in de eigen groep tot een plaats in het speciaal onderwijs.

## 5.1 Arrangementen op school

Als een kind meer nodig heeft dan de school zelf kan bieden, kan de school een arrangement inzetten. Een arrangement kan bestaan uit begeleiding door een ambulant begeleider van het sbo of so, een onderwijsassistent voor een aantal uren per week, een specialistische training (bijvoorbeeld voor executieve functies of sociale vaardigheden), of aangepaste materialen en hulpmiddelen. Een arrangement duurt meestal een half jaar tot een jaar.

## 5.2 Bovenschools aanbod

Voor kinderen met een vraag die op de eigen school niet goed te beantwoorden is, zijn er bovenschoolse voorzieningen:

- Taalklas Weidedam voor nieuwkomers van 4 tot 12 jaar, met een maximale duur van een jaar;
- Observatiegroep De Brug voor kinderen van 4 tot 7 jaar bij wie onduidelijk is wat zij nodig hebben, gedurende maximaal tien weken;
- Plusgroep Ontdekkers voor meer- en hoogbegaafde kinderen, één ochtend per week op drie locaties;
- Spraak-taalgroep Klankrijk voor jonge kinderen met ernstige spraak- en taalproblemen, in samenwerking met een school voor cluster 2.

De plusgroep en de taalklas zijn in de vorige planperiode gestart als proef en zijn nu vaste voorzieningen. De observatiegroep De Brug werkt samen met een kinderpsycholoog van het lokale team, zodat in de tien weken ook kan worden onderzocht of een kind en het gezin naast onderwijs jeugdhulp nodig hebben. Na afloop stelt de observatiegroep een advies op voor de school van herkomst of voor de school waar het kind naartoe gaat. Spraak-taalgroep Klankrijk is bedoeld voor kinderen van vier tot zes jaar; de logopedist van de cluster 2-school werkt twee dagen per week in de groep.

## 5.3 Speciaal basisonderwijs en speciaal onderwijs

Veenweide heeft twee scholen voor speciaal basisonderwijs: De Vaart in Veenhuizen-Oost en De Kompasroos in Lagewaard. Het speciaal onderwijs wordt gegeven op drie locaties: De Meander (cluster 4) in Weidedam, De Linde (cluster 3, zeer moeilijk lerende kinderen) in Veenhuizen-Oost en een kleine so-afdeling voor langdurig zieke kinderen in het ziekenhuis van Lagewaard. Voor kinderen die een zeer specifiek aanbod nodig hebben, zoals kinderen met een ernstige meervoudige beperking, werken wij samen met so-scholen in de omliggende regio's.

## 5.4 Onderwijs en jeugdhulp

Met de drie gemeenten is in het OOGO afgesproken dat iedere school een vaste contactpersoon heeft bij het lokale team, dat jeugdhulp onder schooltijd op school kan worden gegeven en dat voor kinderen die zowel onderwijs als intensieve zorg nodig hebben, onderwijs-zorgarrangementen worden gemaakt. De gemeenten blijven verantwoordelijk voor het leerlingenvervoer naar sbo en so.

In de praktijk betekent dit dat een intern begeleider die zich zorgen maakt over de thuissituatie van een kind, rechtstreeks contact kan opnemen met de vaste contactpersoon van het lokale team, zonder eerst een verwijzing via de huisarts. Het lokale team sluit zo nodig aan bij het ondersteuningsteam van de school. In Weidedam, waar de vraag naar jeugdhulp het grootst is, houdt een jeugdconsulent wekelijks spreekuur op vier basisscholen.

## 5.5 Witte vlekken en thuiszitters

Een analyse van de witte vlekken in ons aanbod en een aanpak voor thuiszitters maken deel uit van het jaarplan 2026–2027.

# 6 Toelaatbaarheid

Kinderen kunnen alleen naar het speciaal basisonderwijs of het speciaal onderwijs in cluster 3 of 4 als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. In Veenweide gelden daarvoor de volgende criteria.

Een kind is toelaatbaar tot het speciaal basisonderwijs als:

- de basisschool gedurende ten minste een schooljaar extra ondersteuning heeft geboden en die in het ontwikkelingsperspectief heeft geëvalueerd;
- de ontwikkeling van het kind op ten minste twee gebieden (leren, gedrag, sociaal-emotionele ontwikkeling, taal en communicatie) structureel achterblijft bij het ontwikkelingsperspectief, ondanks die extra ondersteuning;
- het kind behoefte heeft aan een kleinere groep en een aanpak die gedurende de hele schooldag is afgestemd op zijn ondersteuningsbehoefte.

Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast ten minste één van de volgende situaties zich voordoet:

- er is sprake van een ernstige gedrags- of psychiatrische problematiek waardoor het kind een specialistische, therapeutische leeromgeving nodig heeft (cluster 4);
- er is sprake van een verstandelijke beperking met een IQ lager dan 55, of een IQ tussen 55 en 70 met bijkomende problematiek (cluster 3, zeer moeilijk lerend);
- er is sprake van een lichamelijke beperking of langdurige ziekte waarvoor medische zorg tijdens de schooldag nodig is die een reguliere of sbo-school niet kan bieden (cluster 3).

Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor ten hoogste twee schooljaren, tot en met 31 juli. Bij een TLV voor het so wordt ook de bekostigingscategorie bepaald: laag, midden (lichamelijk gehandicapt of langdurig ziek) of hoog (meervoudig gehandicapt).

De aanvraagroute, de termijnen en de samenstelling van de commissie staan in de Handleiding TLV op www.swvveenweide.nl.

Wie het niet eens is met een besluit over toelaatbaarheid, kan binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist.

# 7 Terug naar de basisschool

Het speciaal (basis)onderwijs is in Veenweide een plek waar een kind tijdelijk extra kan krijgen wat het nodig heeft, met het doel om – als dat kan – terug te keren naar een basisschool dicht bij huis. Terugkeer is voor ons geen uitzondering maar een vast onderdeel van ieder ontwikkelingsperspectief in het sbo en so: bij iedere leerling staat daarin beschreven of en onder welke voorwaarden terugkeer haalbaar is.

Wij vinden terugkeer haalbaar als het kind de doelen in het ontwikkelingsperspectief gedurende ten minste een schooljaar heeft gehaald, als het kind kan functioneren in een groep van meer dan twintig leerlingen met de ondersteuning van een arrangement, en als er een basisschool is die de ondersteuning kan bieden die het kind na de overstap nog nodig heeft. Een kind dat terugkeert, krijgt een terugkeerarrangement: gedurende zes maanden begeleidt een leerkracht of intern begeleider van de sbo- of so-school het kind en de nieuwe leerkracht, twee uur per week. Daarna volgt een evaluatie, waarin wordt bekeken of verdere begeleiding nodig is.

Hoe de terugplaatsing stap voor stap verloopt en wie daarover beslist, werken wij in het schooljaar 2026–2027 samen met de sbo- en so-scholen uit in een protocol.

# 8 Financiën

De financiële paragraaf van dit plan, met daarin het verdeelmodel en de meerjarenbegroting 2026–2030, wordt als afzonderlijk document toegevoegd nadat het algemeen bestuur in december 2026 de begroting 2027 heeft vastgesteld. In het overgangsjaar 2026 blijven de afspraken uit het vorige ondersteuningsplan van kracht.

# 9 Monitoring en verantwoording

Wij willen weten of onze inzet werkt, en wij willen daarover open zijn. Daarom volgen wij ieder jaar een vaste set gegevens in de Monitor Passend Onderwijs Veenweide:

| Indicator | Bron | Moment |
| Deelnamepercentage sbo en so | DUO, teldatum 1 oktober | Jaarlijks in november |
| Aantal afgegeven TLV's, naar sbo en so en naar categorie | Administratie commissie | Jaarlijks in november |
| Doorlooptijd van aanvraag tot besluit | Administratie commissie | Twee keer per jaar |
| Aantal en soort arrangementen | Registratie scholen | Jaarlijks in juni |
| Aantal terugplaatsingen vanuit sbo en so | Opgave sbo- en so-scholen | Jaarlijks in september |
| Tevredenheid van ouders en scholen over de ondersteuning | Peiling | Eens per twee jaar |

De monitor wordt in november besproken in het algemeen bestuur en in de ondersteuningsplanraad, en vormt de basis voor het jaarverslag, dat vóór 1 juli verschijnt. Halverwege de planperiode, in 2028, laat het bestuur een externe tussenevaluatie uitvoeren, waarin ook scholen en ouders worden bevraagd.

Over de vorige planperiode laten de gegevens het volgende zien. Het deelnamepercentage sbo daalde van 2,9 procent in 2021 naar 2,4 procent in 2025; het deelnamepercentage so bleef stabiel op 1,4 procent. Het aantal terugplaatsingen vanuit sbo en so steeg van 4 in 2021–2022 naar 11 in 2024–2025. De gemiddelde doorlooptijd van een TLV-aanvraag was in 2024–2025 vijf weken.

De beoogde resultaten voor de periode 2026–2030 formuleren wij nadat de vernieuwde monitor in het najaar van 2026 een nulmeting heeft opgeleverd.

# 10 Samen met ouders

Ouders kennen hun kind het best. Daarom zijn zij bij ieder ontwikkelingsperspectief gesprekspartner, worden zij uitgenodigd bij ieder overleg van het ondersteuningsteam over hun kind, en geven zij bij een aanvraag voor een TLV hun zienswijze.

Wij informeren ouders over de ondersteuning in Veenweide op vier manieren. De ouderpagina op onze website legt in gewone taal uit welke ondersteuning er is, van arrangement tot speciaal onderwijs, en hoe je die krijgt. De folder "Passend onderwijs in Veenweide" ontvangen alle ouders bij de aanmelding van hun kind op een basisschool; de folder is er ook in het Engels, Pools, Turks en Arabisch. Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en bij wie ouders terechtkunnen. En eens per jaar, in oktober, organiseren wij in ieder van de drie gemeenten een informatieavond voor ouders.

Soms hebben ouders behoefte aan iemand die naast hen staat en niet van de school of van het samenwerkingsverband is. Daarvoor is er het Ouder- en Jeugdsteunpunt Veenweide. Het steunpunt wordt uitgevoerd door de onafhankelijke stichting Ouderkracht Veenweide, die geen verantwoording aflegt aan de schoolbesturen. Ouders kunnen het steunpunt bellen of mailen; een ouderadviseur denkt mee, legt uit hoe procedures werken en kan meegaan naar gesprekken op school. Lukt het niet om er samen met de school uit te komen, dan kunnen ouders kosteloos terecht bij de Onderwijsconsulenten. Geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen zij voorleggen aan de Geschillencommissie passend onderwijs.

In de ondersteuningsplanraad zijn ouders voor de helft vertegenwoordigd. Het steunpunt brengt ieder jaar in een geanonimiseerde rapportage aan het bestuur in beeld welke vragen en signalen het van ouders heeft ontvangen.

# 11 Bestuur en organisatie

Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; de acht schoolbesturen houden toezicht in een raad van toezicht, aangevuld met een onafhankelijke voorzitter. De raad van toezicht benoemt de directeur-bestuurder en keurt onder meer het ondersteuningsplan, de begroting en de jaarrekening goed. De raad vergadert vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie.

De werkorganisatie bestaat uit een loket, een team orthopedagogen en een ondersteunend bureau. Het loket is het eerste aanspreekpunt voor scholen en voor ouders met vragen over procedures. De orthopedagogen zijn ieder verbonden aan een vast cluster van scholen, zodat zij de scholen en hun intern begeleiders goed kennen.

# 12 Medewerkers en deskundigheid

Het samenwerkingsverband heeft 11,4 fte in dienst. Naast de directeur-bestuurder zijn dat zes orthopedagogen, twee loketmedewerkers, een beleidsadviseur, een office manager en een medewerker administratie. Alle orthopedagogen zijn BIG- of NVO-geregistreerd.

Deskundigheid van leerkrachten is de belangrijkste voorwaarde voor goede ondersteuning. Wij organiseren daarom ieder jaar een leernetwerk voor intern begeleiders, een scholingsaanbod over gedrag en over taalontwikkeling, en een inwerkprogramma voor startende leerkrachten. Scholen kunnen daarnaast een orthopedagoog inzetten voor coaching van een leerkracht of team.

Het lerarentekort is ook in Veenweide merkbaar, vooral op de kleine scholen in de dorpen. Sommige scholen werken met combinatiegroepen van drie leerjaren, en invallers zijn moeilijk te vinden. Dat maakt het voor leerkrachten lastiger om tijd te vinden voor kinderen die extra aandacht nodig hebben. Het samenwerkingsverband kan het tekort niet oplossen, maar probeert de druk te verlichten door procedures eenvoudig te houden en door orthopedagogen zo veel mogelijk in de school te laten werken in plaats van op afstand te adviseren.

Met de pabo in de regio is afgesproken dat studenten in hun laatste jaar een module passend onderwijs volgen die door orthopedagogen van het samenwerkingsverband wordt verzorgd. Zo kennen nieuwe leerkrachten de ondersteuningsstructuur in Veenweide al voordat zij voor de klas staan. In 2025 volgden 38 studenten de module.

Het bureau is gevestigd in Weidedam, in een voormalig schoolgebouw dat wordt gedeeld met het lokale team van de gemeente. Medewerkers werken een deel van de week op de scholen. Het bureau streeft naar een laag ziekteverzuim en een goede balans tussen werk en privé; in 2025 was het verzuim 2,8 procent.

# 13 Informatievoorziening en privacy

Scholen dienen aanvragen in via een beveiligde digitale omgeving. Het samenwerkingsverband verwerkt alleen gegevens die nodig zijn voor de uitvoering van zijn taken, en bewaart gegevens over toelaatbaarheid niet langer dan drie jaar na het besluit. Er is een functionaris gegevensbescherming. Medewerkers volgen ieder jaar een korte training over informatiebeveiliging.

In 2027 loopt het contract met de huidige leverancier van de digitale omgeving af. Het samenwerkingsverband onderzoekt samen met twee andere samenwerkingsverbanden in de regio of een gezamenlijke aanbesteding mogelijk is. Uitgangspunten zijn dat het nieuwe systeem aansluit op de administratiesystemen van de scholen, dat scholen niet dubbel gegevens hoeven in te voeren en dat het systeem voldoet aan de eisen van het Convenant Digitale Onderwijsmiddelen en Privacy. De ondersteuningsplanraad wordt over de keuze geïnformeerd.

Het samenwerkingsverband communiceert met scholen via een maandelijkse nieuwsbrief voor directeuren en intern begeleiders, via de vaste orthopedagoog van iedere school en via een netwerkbijeenkomst voor intern begeleiders die vier keer per jaar wordt gehouden. Met de gemeenten is er iedere maand ambtelijk overleg.

# 14 Meerjarenplanning

De planning hieronder geeft de belangrijkste stappen van de planperiode. Zij wordt ieder jaar uitgewerkt in een jaarplan, dat het bestuur in juni vaststelt na bespreking in de ondersteuningsplanraad.

| Schooljaar | Wat wij doen |
| 2026–2027 | Nulmeting vernieuwde monitor; protocol terugplaatsing; jaarplan met analyse witte vlekken |
| 2027–2028 | Referentiekader basisondersteuning toegevoegd aan het plan; leernetwerk intern begeleiders uitgebreid |
| 2028–2029 | Externe tussenevaluatie; bijstelling van het plan waar nodig |
| 2029–2030 | Voorbereiding nieuw ondersteuningsplan |

@pb
# Bijlage Begrippen en afkortingen

| Begrip | Betekenis |
| Basisondersteuning | Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat iedere school biedt, zoals preventieve en licht curatieve interventies, een ondersteuningsstructuur en handelingsgericht werken |
| Dekkend aanbod | Een netwerk van voorzieningen waarin iedere leerling een passende plek vindt; witte vlekken worden jaarlijks opgespoord |
| LBT | Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen |
| Meerjarenbegroting | Begroting voor de hele planperiode |
| OJSP | Ouder- en jeugdsteunpunt |
| OPP | Ontwikkelingsperspectief |
| OPR | Ondersteuningsplanraad |
| TLV | Toelaatbaarheidsverklaring |
| Verdeelmodel | Regels voor de verdeling van ondersteuningsmiddelen over de schoolbesturen |
"""

LABEL_D = dict(
    name="po-veenweide-op-2026-2030",
    documents=["po-veenweide-op-2026-2030.docx", "po-veenweide-op-2026-2030.pdf"],
    sector="po",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="partial",
                  financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "H4 only defers a referentiekader to juli 2027 and refers to the SOP's on school websites; definition only in glossary, slogan on title page/footer: nothing addressed.",
        "plaatsing": "H6 gives concrete sbo and so criteria, duur/categorie and bezwaar (LBT), but the procedure (route, termijnen, commissie) is only referred to the Handleiding TLV on the website.",
        "terugstroom": "H7: policy (doel thuisnabij, three conditions, terugkeerarrangement 6 maanden) addressed; step-by-step procedure and decision owner deferred to a 2026-2027 protocol. Terugplaatsing counts in H9 monitor.",
        "financien": "H8 defers the whole financial paragraph (verdeelmodel, meerjarenbegroting) to a later document; no amounts, verdeling, reserves or verantwoording anywhere.",
        "dekkend-aanbod": "H5.1-5.4 continuum (arrangementen, bovenschools, sbo/so, OZA/OOGO); 5.5 witte vlekken/thuiszitters only referred to the jaarplan 2026-2027.",
        "resultaten": "H9 'Monitoring en verantwoording': indicator table, bespreking, jaarverslag, tussenevaluatie and achieved figures; beoogde resultaten explicitly deferred until after a nulmeting.",
        "ouders": "H10 'Samen met ouders': website, folder in 5 languages, schoolgids, informatieavonden (informatie); OJSP by independent stichting, Onderwijsconsulenten, Geschillencommissie (steunpunt); OPR/OPP role.",
    },
)


# ---------------------------------------------------------------------------------------------
# Not a plan E: SWV jaarplan / activiteitenplan (PO), .docx
# ---------------------------------------------------------------------------------------------
NAP_E = r"""
@title Jaarplan en activiteitenplan 2025–2026
@subtitle Samenwerkingsverband Passend Onderwijs PO Maasoever (PO 31-09)
@subtitle Uitwerking van het ondersteuningsplan 2023–2027 — vastgesteld door het bestuur op 30 juni 2025
@header Jaarplan 2025–2026 SWV Maasoever
@footer Jaarplan 2025–2026 · uitwerking ondersteuningsplan 2023–2027 · basisondersteuning · TLV · terugplaatsing · middelen · ouders
@toc
1 Inleiding|2
2 Terugblik op 2024–2025|3
3 Activiteiten per ambitie|5
  3.1 Basisondersteuning op orde|5
  3.2 Toelaatbaarheid en terugplaatsing|6
  3.3 Dekkend aanbod|6
  3.4 Ouders en leerlingen|7
  3.5 Resultaten en kwaliteitszorg|7
4 Jaarbegroting 2026 op hoofdlijnen|8
5 Jaarkalender|9
@endtoc
# 1 Inleiding

Dit jaarplan beschrijft welke activiteiten het Samenwerkingsverband Passend Onderwijs PO Maasoever in het schooljaar 2025–2026 uitvoert. Het is geen nieuw beleid: het jaarplan is de jaarlijkse uitwerking van het ondersteuningsplan 2023–2027, waarin de afspraken over basisondersteuning, toelaatbaarheid, terugplaatsing, de verdeling van middelen, het dekkend aanbod, de beoogde resultaten en de informatie aan ouders zijn vastgelegd. Voor die afspraken verwijzen wij naar het ondersteuningsplan zelf, dat op onze website staat.

In dit jaarplan staat per ambitie uit het ondersteuningsplan welke activiteiten wij dit jaar ondernemen, wie daarvoor verantwoordelijk is, wanneer de activiteit klaar moet zijn en waaraan wij zien dat zij geslaagd is. Het jaarplan is besproken met de ondersteuningsplanraad op 17 juni 2025 en vastgesteld door het bestuur op 30 juni 2025. De voortgang wordt in februari 2026 in een tussenrapportage beschreven; in het jaarverslag 2025–2026 leggen wij verantwoording af.

# 2 Terugblik op 2024–2025

Het schooljaar 2024–2025 was het tweede jaar van het ondersteuningsplan 2023–2027. De belangrijkste ontwikkelingen waren de start van de auditronde basisondersteuning, de invoering van het digitale aanvraagportaal en de opening van de tweede plusgroep in Maasbroek.

| Kengetal | 2023–2024 | 2024–2025 |
| Afgegeven TLV's sbo | 52 | 47 |
| Afgegeven TLV's so | 31 | 35 |
| Terugplaatsingen vanuit sbo en so | 6 | 9 |
| Toegekende arrangementen | 214 | 238 |
| Gemiddelde doorlooptijd TLV-aanvraag (weken) | 6,5 | 4,8 |
| Thuiszitters langer dan drie maanden (peildatum 1 oktober) | 7 | 4 |

Niet alles verliep volgens plan. De auditronde basisondersteuning liep vertraging op doordat minder intern begeleiders beschikbaar waren als auditor dan verwacht; twaalf van de geplande twintig audits zijn uitgevoerd. De wachtlijst voor de observatiegroep is niet korter geworden.

# 3 Activiteiten per ambitie

## 3.1 Basisondersteuning op orde

Ambitie uit het ondersteuningsplan: alle scholen voldoen aan het afgesproken niveau van basisondersteuning.

| Activiteit | Eigenaar | Gereed | Resultaat |
| Afronden auditronde basisondersteuning (acht resterende scholen) | Beleidsmedewerker kwaliteit | maart 2026 | Alle 20 geplande audits uitgevoerd |
| Scholing nieuwe auditoren | Orthopedagoog | november 2025 | Zes nieuwe auditoren |
| Actualiseren kwaliteitskaart basisondersteuning | Netwerk IB | januari 2026 | Nieuwe kaart in gebruik |

## 3.2 Toelaatbaarheid en terugplaatsing

Ambitie uit het ondersteuningsplan: snelle en zorgvuldige besluiten over toelaatbaarheid, en meer kinderen die terugkeren naar het regulier onderwijs.

| Activiteit | Eigenaar | Gereed | Resultaat |
| Evaluatie digitaal aanvraagportaal met scholen | Secretaris commissie | december 2025 | Evaluatieverslag met verbeterpunten |
| Pilot terugplaatsing met sbo De Schakel | Directeur SWV | juli 2026 | Vijf kinderen begeleid teruggeplaatst |
| Uitbreiden pool deskundigen | Secretaris commissie | oktober 2025 | Twee extra psychologen |

## 3.3 Dekkend aanbod

Ambitie uit het ondersteuningsplan: voor ieder kind een passende plek.

| Activiteit | Eigenaar | Gereed | Resultaat |
| Verkenning tweede observatiegroep | Directeur SWV | april 2026 | Besluit bestuur |
| Thuiszittersoverleg maandelijks met leerplicht | Trajectbegeleider | doorlopend | Geen thuiszitters langer dan drie maanden |
| Gesprekken met gemeenten over jeugdhulp op school | Directeur SWV | februari 2026 | Nieuwe afspraken in het OOGO |

## 3.4 Ouders en leerlingen

Ambitie uit het ondersteuningsplan: ouders weten waar zij terechtkunnen.

| Activiteit | Eigenaar | Gereed | Resultaat |
| Vernieuwen ouderpagina website | Communicatiemedewerker | november 2025 | Nieuwe pagina online |
| Voorbereiden ouder- en jeugdsteunpunt met buur-SWV | Beleidsmedewerker | juni 2026 | Voorstel aan bestuur |
| Informatieavond voor ouders in drie kernen | Loket | maart 2026 | Drie avonden |

## 3.5 Resultaten en kwaliteitszorg

Ambitie uit het ondersteuningsplan: wij weten wat onze inzet oplevert.

| Activiteit | Eigenaar | Gereed | Resultaat |
| Tussenrapportage jaarplan | Directeur SWV | februari 2026 | Besproken in bestuur en OPR |
| Tevredenheidspeiling scholen | Beleidsmedewerker kwaliteit | mei 2026 | Respons minimaal 70 % |
| Jaarverslag 2025–2026 | Controller | juli 2026 | Vastgesteld jaarverslag |

# 4 Jaarbegroting 2026 op hoofdlijnen

De jaarbegroting 2026 is op 10 december 2024 vastgesteld als onderdeel van de meerjarenbegroting. De verdeling van de middelen volgt het verdeelmodel uit het ondersteuningsplan. Onderstaande tabel geeft de hoofdlijnen.

| Post | Begroting 2026 (× € 1.000) |
| Baten ondersteuningsbekostiging | 9.840 |
| Afdracht sbo en so | 4.110 |
| Middelen naar schoolbesturen | 3.620 |
| Arrangementen en bovenschoolse voorzieningen | 1.450 |
| Bureau, loket en commissie | 610 |
| Resultaat | 50 |

# 5 Jaarkalender

| Maand | Activiteit |
| Augustus | Start schooljaar; nieuwe auditoren geworven |
| Oktober | Teldatum; uitbreiding pool deskundigen |
| December | Evaluatie aanvraagportaal |
| Februari | Tussenrapportage |
| Maart | Afronding audits; informatieavonden ouders |
| Juni | Voorstel ouder- en jeugdsteunpunt; jaarplan 2026–2027 |
| Juli | Jaarverslag |
"""

LABEL_E = dict(
    name="nap-maasoever-jaarplan-2025-2026",
    documents=["nap-maasoever-jaarplan-2025-2026.docx"],
    sector="po",
    looks_like_plan=False,
    note="Annual jaarplan/activiteitenplan of a PO samenwerkingsverband: it explicitly works out the ondersteuningsplan 2023-2027 and refers to it for all policy; activity tables, kengetallen and a one-year budget, but it is not itself the (4-year) ondersteuningsplan.",
)

# ---------------------------------------------------------------------------------------------
# Not a plan F: school-level ondersteuningsprofiel / 'ondersteuningsplan' of a VO school, .md
# ---------------------------------------------------------------------------------------------
NAP_F = r"""
@title Ondersteuningsplan en schoolondersteuningsprofiel 2025–2026
@subtitle Het Baken College, locatie Havenstraat (vmbo-havo) — aangesloten bij Samenwerkingsverband VO Zuidrand
@subtitle Vastgesteld door de schoolleiding na advies van de medezeggenschapsraad, 2 september 2025
@footer Het Baken College · Havenstraat 14 · ondersteuning@hetbaken.example
@toc
1 Inleiding
2 Onze leerlingen
3 Basisondersteuning op Het Baken
4 Extra ondersteuning
5 Wanneer wij handelingsverlegen zijn
6 Ouders
7 Klachten
@endtoc
# 1 Inleiding

Iedere school voor voortgezet onderwijs stelt een schoolondersteuningsprofiel op, waarin staat welke ondersteuning de school biedt. Op Het Baken noemen wij dit document ook ons ondersteuningsplan: het beschrijft hoe wij op onze locatie aan de Havenstraat de ondersteuning van leerlingen hebben georganiseerd. Het ondersteuningsplan van het samenwerkingsverband, waarin de afspraken tussen alle scholen in de regio staan, is een ander document; dat is te vinden op de website van Samenwerkingsverband VO Zuidrand.

Dit profiel wordt ieder jaar bijgewerkt en is opgenomen in onze schoolgids. De medezeggenschapsraad heeft advies uitgebracht op 27 augustus 2025.

# 2 Onze leerlingen

Het Baken, locatie Havenstraat, telt 1.040 leerlingen in de leerwegen basis, kader, gemengd/theoretisch en havo. Ongeveer 180 leerlingen hebben een aanwijzing voor leerwegondersteunend onderwijs (lwoo). Ruim 60 leerlingen hebben een ontwikkelingsperspectief. De meeste leerlingen komen uit de gemeente Zuiderveen en de dorpen eromheen.

Wij zien in onze school meer leerlingen met concentratieproblemen, faalangst en somberheidsklachten dan een aantal jaren geleden. Ook het aantal leerlingen dat thuis Nederlands als tweede taal spreekt, neemt toe.

# 3 Basisondersteuning op Het Baken

De basisondersteuning is de ondersteuning die iedere leerling op Het Baken kan krijgen zonder aparte aanvraag. Het samenwerkingsverband heeft vastgesteld dat alle scholen een minimum aan basisondersteuning bieden; wat dat op onze locatie concreet betekent, staat hieronder.

- Iedere klas heeft een mentor, die wekelijks een mentoruur geeft en het eerste aanspreekpunt is voor leerling en ouders.
- De ondersteuningscoördinator, mevrouw A. Dekker, coördineert alle ondersteuning en zit het ondersteuningsteam voor.
- Het ondersteuningsteam komt iedere zes weken bijeen, met de schoolmaatschappelijk werker, de jeugdarts, de leerplichtambtenaar en de orthopedagoog van de school.
- Leerlingen met dyslexie of dyscalculie krijgen een dyslexie- of dyscalculiepas met faciliteiten zoals extra tijd, een vergroot lettertype en voorleessoftware.
- In leerjaar 1 en 2 bieden wij een training faalangstreductie en een training 'Sterk in je schoenen'.
- Het Baken heeft een Rustpunt: een ruimte met vaste begeleiders waar leerlingen terechtkunnen als het in de les even niet gaat.
- Er is huiswerkbegeleiding op school, vier middagen per week.

# 4 Extra ondersteuning

Sommige leerlingen hebben meer nodig dan de basisondersteuning. Voor hen heeft Het Baken een aantal arrangementen.

- De Ankerklas: een kleine klas van maximaal vijftien leerlingen in leerjaar 1 en 2 voor leerlingen met lwoo die meer structuur nodig hebben.
- Coaching door de ambulant begeleider van de school, een uur per week, voor leerlingen met autisme of ADHD.
- Een aangepast rooster, in overleg met ouders, de leerplichtambtenaar en het ondersteuningsteam, als een leerling tijdelijk niet het hele programma kan volgen.

De middelen voor deze arrangementen ontvangt Het Baken van het samenwerkingsverband als schoolbudget. Voor iedere leerling met extra ondersteuning stellen wij een ontwikkelingsperspectief op, dat wij twee keer per jaar met leerling en ouders bespreken.

# 5 Wanneer wij handelingsverlegen zijn

Soms kunnen wij een leerling ook met extra ondersteuning niet bieden wat hij of zij nodig heeft. In dat geval bespreken wij met de ouders en de leerling of een plaats in het voortgezet speciaal onderwijs beter past. Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. De ondersteuningscoördinator stelt het dossier samen en dient de aanvraag namens de school in bij de Commissie Toewijzing van het samenwerkingsverband. De commissie besluit; hoe dat gaat, welke criteria gelden en hoe lang een TLV geldt, staat in het ondersteuningsplan van het samenwerkingsverband.

Ook de aanvragen voor lwoo voor nieuwe brugklassers lopen via de ondersteuningscoördinator. Leerlingen die na een periode in het vso terugkomen naar Het Baken, krijgen in de eerste maanden extra begeleiding door hun mentor en de ondersteuningscoördinator.

# 6 Ouders

Ouders zijn voor ons partners. Wij informeren ouders via de schoolgids, de ouderavonden in september en via het ouderportaal. De mentor neemt contact op met ouders als hij zich zorgen maakt. Bij ieder ontwikkelingsperspectief vragen wij de instemming van ouders met het handelingsdeel.

Ouders die vragen hebben over de ondersteuning kunnen terecht bij de mentor of de ondersteuningscoördinator. Voor onafhankelijk advies kunnen ouders contact opnemen met de Onderwijsconsulenten of met het ouder- en jeugdsteunpunt van het samenwerkingsverband.

# 7 Klachten

Heeft u een klacht over de ondersteuning van uw kind, bespreek die dan eerst met de mentor of de ondersteuningscoördinator. Komt u er samen niet uit, dan kunt u contact opnemen met de teamleider of de klachtencontactpersoon. Het Baken is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunt u voorleggen aan de Geschillencommissie passend onderwijs.
"""

LABEL_F = dict(
    name="nap-het-baken-sop-2025-2026",
    documents=["nap-het-baken-sop-2025-2026.md"],
    sector="vo",
    looks_like_plan=False,
    note="School-level schoolondersteuningsprofiel of one VO school (titled 'Ondersteuningsplan'): describes one location's basis/extra ondersteuning and refers to the samenwerkingsverband's own plan for TLV procedure and criteria; not an ondersteuningsplan of a samenwerkingsverband.",
)


# ---------------------------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------------------------
ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
                 "resultaten", "ouders"]
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(lab):
    out = ["documents: [" + ", ".join(lab["documents"]) + "]", "sector: " + lab["sector"]]
    if lab.get("looks_like_plan", True) is False:
        out += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                "notes:", "  document: " + _q(lab["note"])]
        return "\n".join(out) + "\n"
    # consistency check of the status rule
    for el in ELEMENT_ORDER:
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        adv = lab.get("advisory", {}).get(el, [])
        want = "present" if all(vals) else ("partial" if (any(vals) or adv) else "missing")
        assert lab["elements"][el] == want, (lab["name"], el, lab["elements"][el], want)
    out.append("looks_like_plan: true")
    out.append("elements: {" + ", ".join("%s: %s" % (e, lab["elements"][e]) for e in ELEMENT_ORDER) + "}")
    out.append("criteria:")
    for c in CORE:
        out.append("  %s: %s" % (c, "true" if lab["criteria"][c] else "false"))
    out.append("advisory_addressed:")
    for e in ELEMENT_ORDER:
        if lab.get("advisory", {}).get(e):
            out.append("  %s: [%s]" % (e, ", ".join(lab["advisory"][e])))
    out.append("notes:")
    for e in ELEMENT_ORDER:
        out.append("  %s: %s" % (e, _q(lab["notes"][e])))
    return "\n".join(out) + "\n"


DOCS = [
    (PLAN_A, LABEL_A, ["docx"]),
    (PLAN_B, LABEL_B, ["pdf"]),
    (PLAN_C, LABEL_C, ["html"]),
    (PLAN_D, LABEL_D, ["docx", "pdf"]),
    (NAP_E, LABEL_E, ["docx"]),
    (NAP_F, LABEL_F, ["md"]),
]

WRITERS = {"docx": to_docx, "pdf": to_pdf, "html": to_html, "md": to_md}


def main():
    for markup, lab, fmts in DOCS:
        for fmt in fmts:
            path = os.path.join(OUT, "%s.%s" % (lab["name"], fmt))
            WRITERS[fmt](markup, path)
            assert os.path.basename(path) in lab["documents"], path
        with open(os.path.join(OUT, lab["name"] + ".expected.yaml"), "w", encoding="utf-8") as f:
            f.write(label_yaml(lab))
        print("%-40s %5d words  %s" % (lab["name"], body_words(markup), ",".join(fmts)))


if __name__ == "__main__":
    main()
