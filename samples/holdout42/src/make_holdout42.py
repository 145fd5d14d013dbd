#!/usr/bin/env python3
"""Generate the holdout42 test set for opcheck.

Writes 5 fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (4 PO, 1 VO) and
1 near-miss document (a school-level 'ondersteuningsplan' of a basisschool) into the parent folder of
this script, plus one <name>.expected.yaml label file per document (group).

Deterministic, no network. Needs python-docx and PyYAML; PDFs are rendered with
`soffice --headless --convert-to pdf` from an intermediate .docx in a temporary folder.

Markup used for the plan texts below (one block per line):
  @T text        title-page line (big)         @t text   title-page line (small)
  [TOC]          table of contents generated from the headings (a trap: only headings)
  [PB]           page break
  # / ## / ###   headings level 1..3
  - text         bullet
  |a|b|c|        table row (consecutive rows form one table, first row is the header)
  anything else  a body paragraph
"""
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime
import html as htmlmod

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)


def parse(text):
    """Turn markup into a list of (kind, payload) blocks."""
    blocks = []
    rows = []
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        if not line:
            continue
        if line.startswith("@T "):
            blocks.append(("title", line[3:]))
        elif line.startswith("@t "):
            blocks.append(("subtitle", line[3:]))
        elif line == "[TOC]":
            blocks.append(("toc", None))
        elif line == "[PB]":
            blocks.append(("pb", None))
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
    if rows:
        blocks.append(("table", rows))
    return blocks


def headings(blocks):
    return [(k, v) for k, v in blocks if k in ("h1", "h2")]


def words(text):
    return len(re.findall(r"\w+", text))


# ---------------------------------------------------------------- docx

def _normalise_zip(path):
    """Rewrite the docx zip with fixed timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_docx(blocks, path, header=None, footer=None, font="Calibri", size=11, toc_title="Inhoudsopgave"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = "Samenwerkingsverband"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Samenwerkingsverband"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(24)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(14)
        elif kind == "toc":
            doc.add_paragraph(toc_title, style="Heading 1")
            for hk, hv in headings(blocks):
                p = doc.add_paragraph(("" if hk == "h1" else "    ") + hv)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(val, level=int(kind[1]))
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            doc.add_paragraph(val)
    doc.save(path)
    _normalise_zip(path)


def docx_to_pdf(docx_path, pdf_target):
    tmp = tempfile.mkdtemp(prefix="h42pdf")
    try:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copyfile(produced, pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- html / md

def write_html(blocks, path, site_title, nav_extra=()):
    esc = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % esc(site_title),
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "</style>", "</head>", "<body>", '<header><p class="logo">%s</p><nav>' % esc(site_title)]
    for item in nav_extra:
        out.append('<a href="#">%s</a>' % esc(item))
    out.append("</nav></header>")
    out.append("<main>")
    n = 0
    in_list = False
    for kind, val in blocks:
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            out.append("<h1>%s</h1>" % esc(val))
        elif kind == "subtitle":
            out.append('<p class="subtitle">%s</p>' % esc(val))
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ul>')
            for i, (hk, hv) in enumerate(headings(blocks)):
                out.append('<li><a href="#s%d">%s</a></li>' % (i + 1, esc(hv)))
            out.append("</ul></aside>")
        elif kind == "pb":
            continue
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            if kind in ("h1", "h2"):
                n += 1
                out.append('<h%d id="s%d">%s</h%d>' % (lvl, n, esc(val), lvl))
            else:
                out.append("<h%d>%s</h%d>" % (lvl, esc(val), lvl))
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>%s</li>" % _inline_html(val))
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in row) + "</tr>")
            out.append("</table>")
        else:
            out.append("<p>%s</p>" % _inline_html(val))
    if in_list:
        out.append("</ul>")
    out.append("</main>")
    out.append('<footer><p>&copy; 2026 %s &middot; <a href="#">Privacyverklaring</a> &middot; '
               '<a href="#">Cookies</a> &middot; <a href="#">Contact</a></p></footer>' % esc(site_title))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


def _inline_html(text):
    # [linktekst](url) -> <a>
    esc = htmlmod.escape(text)
    return re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', esc)


def write_label(name, data):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=200)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    """Apply the Part A status rule to the hand-set criteria (used as a consistency check)."""
    res = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.startswith(el + ".")]
        if all(vals):
            res[el] = "present"
        elif any(vals) or advisory.get(el):
            res[el] = "partial"
        else:
            res[el] = "missing"
    return res

# =====================================================================================================
# Plan A: PO, .docx - a solid, long, formal plan. Terugplaatsing sits inside the TLV chapter, ouders
# inside "Communicatie", financien under "Geld en middelen". Resultaten: goals yes, monitoring deferred.
# =====================================================================================================
PLAN_A = r"""
@T Ondersteuningsplan 2026-2030
@t Samenwerkingsverband Passend Primair Onderwijs Klaverdal (PO 29-17)
@t Samen zorgen voor een passende plek voor ieder kind
@t Vastgesteld door het bestuur op 22 april 2026, na instemming van de ondersteuningsplanraad op 8 april 2026
[PB]
[TOC]
[PB]
# Voorwoord
Voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Passend Primair Onderwijs Klaverdal. Het is het derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014 en het eerste plan dat is geschreven in de periode waarin de landelijke verbeteraanpak passend onderwijs zijn beslag krijgt. In dit plan leggen we vast hoe de 14 schoolbesturen in ons samenwerkingsverband de komende vier schooljaren samen zorgen voor passend onderwijs voor de ruim 15.600 leerlingen in de gemeenten Klaverdal, Wierdenhoek en Zuiderbeek.
Wij zijn trots op wat we de afgelopen jaren samen hebben opgebouwd. De samenwerking tussen scholen, besturen, gemeenten, jeugdhulp en ouders is hecht en de lijnen zijn kort. Tegelijk zien we dat de vraag naar ondersteuning verandert. Meer kinderen hebben te maken met complexe thuissituaties, wachtlijsten in de jeugdzorg en het lerarentekort zetten scholen onder druk en de ondersteuningsbehoeften worden diverser. Dat vraagt om heldere afspraken, om vertrouwen in de professionals en om een samenwerkingsverband dat dichtbij de scholen staat.
Dit plan is tot stand gekomen in een intensief traject met intern begeleiders, directeuren, bestuurders, de ondersteuningsplanraad, ouders en onze partners bij de gemeenten. Wij danken iedereen die heeft meegedacht en meegeschreven. Wij hopen dat het plan richting geeft aan het dagelijkse werk op de scholen en dat ouders er antwoord in vinden op hun vragen.
Drs. M.A. (Marieke) Hoogendoorn, directeur-bestuurder
# 1 Inleiding
## 1.1 Wettelijk kader
Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De inhoud van het plan is vastgelegd in artikel 18a, achtste lid, van de Wet op het primair onderwijs. Het plan beschrijft onder meer hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, welke basisondersteuning op alle scholen aanwezig is, hoe de middelen worden verdeeld en besteed, hoe leerlingen toelaatbaar worden verklaard tot het speciaal basisonderwijs en het speciaal onderwijs, hoe terugplaatsing verloopt, welke resultaten we nastreven en hoe ouders worden geïnformeerd. In de leeswijzer hieronder staat in welk hoofdstuk u deze onderdelen vindt.
## 1.2 Totstandkoming en procedure
Het plan is in de periode september 2025 tot maart 2026 opgesteld door een schrijfgroep van het samenwerkingsverband, bestaande uit twee directeuren, drie intern begeleiders, de orthopedagogen van het Ondersteuningsloket en de staf van het samenwerkingsverband. In vier werkconferenties zijn de concepthoofdstukken besproken met directeuren en intern begeleiders. Ouders zijn via twee ouderavonden en een digitale vragenlijst betrokken.
Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van de drie gemeenten vond plaats op 4 maart 2026. Het overleg met het Samenwerkingsverband VO Klaverdal-Wierdenhoek vond plaats op 11 februari 2026. De ondersteuningsplanraad heeft op 8 april 2026 ingestemd met het plan. Het bestuur heeft het plan op 22 april 2026 vastgesteld en het is op 24 april 2026 aan de Inspectie van het Onderwijs toegezonden. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030.
## 1.3 Leeswijzer
Hoofdstuk 2 beschrijft ons samenwerkingsverband in cijfers. Hoofdstuk 3 bevat onze visie en ambities. In hoofdstuk 4 staat wat iedere school minimaal biedt: de basisondersteuning. Hoofdstuk 5 beschrijft het ondersteuningscontinuüm en hoe we werken aan een dekkend netwerk. In hoofdstuk 6 staat alles over toelaatbaarheid tot het sbo en so, inclusief de periode daarna. Hoofdstuk 7 gaat over onze samenwerking met gemeenten en jeugdhulp. Hoofdstuk 8 beschrijft onze communicatie. Hoofdstuk 9 gaat over kwaliteit en resultaten, hoofdstuk 10 over personeel en professionalisering, hoofdstuk 11 over organisatie en governance en hoofdstuk 12 over geld en middelen. Het plan sluit af met de planning en een begrippenlijst.
# 2 Ons samenwerkingsverband in cijfers
Het samenwerkingsverband omvat 58 basisscholen, 2 scholen voor speciaal basisonderwijs en 3 scholen (locaties) voor speciaal onderwijs cluster 3 en 4. De scholen vallen onder 14 schoolbesturen van verschillende denominaties: openbaar, rooms-katholiek, protestants-christelijk, algemeen bijzonder en een vrije school. Het aantal leerlingen daalt licht; de prognose van de gemeenten laat een verdere daling van ongeveer 4 procent zien tot 2030, met uitzondering van de nieuwbouwwijk De Klaverhoek in Zuiderbeek.
|Kengetal (teldatum 1 oktober)|2022|2023|2024|2025|
|Leerlingen basisonderwijs|15.214|15.102|14.960|14.871|
|Leerlingen sbo|312|318|326|331|
|Leerlingen so (cluster 3 en 4)|219|226|241|248|
|Deelnamepercentage sbo|2,01%|2,06%|2,13%|2,16%|
|Deelnamepercentage so|1,41%|1,46%|1,57%|1,62%|
De deelname aan het speciaal basisonderwijs ligt iets boven het landelijk gemiddelde, de deelname aan het speciaal onderwijs ligt daaronder. Wij zien een stijging van het aantal jonge leerlingen dat het so instroomt, vooral in cluster 4. Het aantal leerlingen met een vrijstelling van de leerplicht op grond van artikel 5 onder a van de Leerplichtwet was op 1 oktober 2025 elf.
# 3 Visie en ambities
## 3.1 Missie
Ieder kind in de regio Klaverdal krijgt het onderwijs en de ondersteuning die het nodig heeft, zo dicht mogelijk bij huis, samen met leeftijdgenoten waar dat kan. Wij zijn er voor de scholen, zodat de scholen er kunnen zijn voor de kinderen.
## 3.2 Visie
Wij geloven dat kinderen het best tot ontwikkeling komen in een omgeving waarin ze zich veilig en gezien voelen. Passend onderwijs begint in de klas, bij een leraar die weet wat een kind nodig heeft en die daarbij wordt gesteund door collega's, de intern begeleider en de school. Het samenwerkingsverband versterkt die basis, verbindt expertise tussen scholen en zorgt dat er een passend alternatief is wanneer een kind meer nodig heeft dan een school kan bieden. Ouders zijn daarbij de eerste partner: zij kennen hun kind het best.
Wij werken vanuit vijf waarden: kindgericht, dichtbij, samen, eenvoudig en transparant. Eenvoudig betekent dat wij bureaucratie zoveel mogelijk beperken; een arrangement aanvragen mag geen papieren exercitie zijn. Transparant betekent dat wij open zijn over onze keuzes, onze resultaten en de manier waarop wij middelen inzetten.
## 3.3 Ambities voor 2026-2030
Voor de komende planperiode hebben wij vier ambities geformuleerd, die in hoofdstuk 9 worden vertaald in concrete beoogde resultaten:
- Sterke basis: iedere school biedt aantoonbaar de basisondersteuning die in hoofdstuk 4 is beschreven.
- Thuisnabij: meer kinderen krijgen de ondersteuning die zij nodig hebben op een reguliere school in hun eigen wijk of dorp.
- Geen kind thuis: er zijn geen kinderen langer dan vier weken zonder passend onderwijsaanbod.
- Samen met jeugdhulp: onderwijs en jeugdhulp werken op iedere school vanuit één plan met het gezin.
# 4 Basisondersteuning
## 4.1 Wat is basisondersteuning?
Basisondersteuning is het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband, op iedere vestiging, bieden aan alle leerlingen. Het is de ondergrens: iedere school en iedere locatie moet dit kunnen bieden, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De schoolbesturen hebben deze afspraken in november 2025 opnieuw bekrachtigd. Waar de landelijke norm basisondersteuning straks meer of iets anders vraagt, passen wij onze afspraken aan; tot die tijd gelden de afspraken in dit hoofdstuk onverkort.
## 4.2 Wat mag u van iedere school verwachten?
Op iedere school in ons samenwerkingsverband is in elk geval het volgende aanwezig:
- Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuningsstructuur coördineert en leraren coacht.
- Een dekkend leerlingvolgsysteem; iedere leerling wordt twee keer per jaar besproken in een groepsbespreking, en vaker wanneer dat nodig is.
- Handelingsgericht werken: leraren werken met groepsoverzichten of een groepsplan, stellen doelen en evalueren die ten minste drie keer per jaar.
- Een protocol leesproblemen en dyslexie en een protocol ernstige rekenproblemen en dyscalculie, inclusief vroegtijdige signalering in groep 2 en 3 en extra leestijd in kleine groepjes.
- Aanbod voor leerlingen die meer aankunnen: verrijkingsmateriaal in de groep en een plusgroep op school of op bestuursniveau.
- Een methode of programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol met een aanspreekpunt pesten.
- Een aanpak voor leerlingen met gedragsvragen: een gedragsprotocol, een time-out-afspraak binnen de school en consultatie van de gedragsspecialist van het samenwerkingsverband.
- Extra ondersteuning bij taalontwikkeling voor leerlingen met een taalachterstand of met Nederlands als tweede taal.
- Een protocol medisch handelen en afspraken over het toedienen van medicijnen.
- Een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met de intern begeleider, de schoolmaatschappelijk werker of een medewerker van het lokale team en, op afroep, de orthopedagoog van het samenwerkingsverband.
- Een ontwikkelingsperspectief (OPP) voor iedere leerling die op een of meer vakken een eigen leerlijn volgt.
- Een toegankelijk gebouw voor zover de bouwkundige situatie dat toelaat; bij nieuwbouw is het gebouw volledig rolstoeltoegankelijk.
## 4.3 Grens tussen basisondersteuning en extra ondersteuning
Wanneer een school, na inzet van alle middelen uit de basisondersteuning en na ten minste twee cycli handelingsgericht werken, onvoldoende tegemoet kan komen aan de onderwijsbehoeften van een leerling, is er sprake van een vraag naar extra ondersteuning. De school bespreekt de leerling dan in het ondersteuningsteam, met ouders, en kan een arrangement aanvragen bij het Ondersteuningsloket (zie hoofdstuk 5).
## 4.4 Borging
Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Het samenwerkingsverband toetst dit eens per twee jaar aan de hand van de kwaliteitskaart basisondersteuning, in een gesprek met de directeur en intern begeleider. Scholen die op een of meer onderdelen onder het afgesproken niveau blijven, maken binnen drie maanden een verbeterplan met hun bestuur; het samenwerkingsverband biedt daarbij ondersteuning van een consulent en volgt de uitvoering in het jaarlijkse bestuursgesprek.
# 5 Het ondersteuningscontinuüm en een dekkend netwerk
## 5.1 Van basis naar specialistisch
Ons ondersteuningsaanbod is opgebouwd als een doorlopende reeks, van licht naar zwaar en van dichtbij naar verder weg:
|Niveau|Wat|Waar|Hoe te verkrijgen|
|1 Basis|Basisondersteuning (hoofdstuk 4)|Iedere school|Geen aanvraag nodig|
|2 Extra op school|Arrangement op maat: extra handen, ambulante begeleiding, materialen, training|Eigen school|Aanvraag Ondersteuningsloket|
|3 Bovenschools|Plusklas Klaverdal, taalklas nieuwkomers, observatiegroep De Kiem, trainingsgroep gedrag|Vier bovenschoolse locaties|Aanvraag Ondersteuningsloket|
|4 Speciaal basisonderwijs|SBO De Vlonder (Klaverdal), SBO Het Palet (Zuiderbeek)|Twee sbo-scholen|Toelaatbaarheidsverklaring|
|5 Speciaal onderwijs|SO De Horizon (cluster 4), SO De Regenboog (cluster 3, ZMLK), SO Het Anker (cluster 3, LZ/LG)|Drie so-locaties|Toelaatbaarheidsverklaring|
Daarnaast kunnen leerlingen een onderwijs-zorgarrangement krijgen waarin onderwijs en jeugdhulp in één plan worden gecombineerd, bijvoorbeeld in de kleine groepen van zorgboerderij De Wierde, waar leerlingen uit zowel het regulier als het speciaal onderwijs les krijgen.
## 5.2 Arrangementen
Een arrangement is een samenhangend pakket van extra ondersteuning voor een leerling of een groep leerlingen. De school vraagt een arrangement aan bij het Ondersteuningsloket met het digitale groeidocument. Een consulent van het loket voert binnen drie weken een gesprek met school en ouders en adviseert over de inzet. Arrangementen worden toegekend voor maximaal één schooljaar en worden halverwege en aan het eind geëvalueerd.
## 5.3 Dekkend netwerk: hoe we gaten vinden en dichten
Een dekkend netwerk betekent dat er voor ieder kind in de regio een passende plek is. Wij brengen jaarlijks in mei in beeld waar het aanbod tekortschiet. Bronnen daarvoor zijn de aanvragen bij het loket die niet konden worden gehonoreerd, de wachtlijsten van sbo en so, de meldingen van thuiszitters en de signalen van intern begeleiders en ouders. De uitkomsten worden besproken in het directeurenoverleg en leiden tot een voorstel aan het bestuur.
In de analyse van mei 2025 kwamen drie lacunes naar voren: te weinig plaatsen voor jonge kinderen met complexe gedragsvragen (wachtlijst van 14 kinderen bij SO De Horizon), geen voltijdsaanbod voor hoogbegaafde leerlingen die in de reguliere klas vastlopen, en een te lange wachttijd voor diagnostiek bij de jeugd-ggz. Voor de eerste twee lacunes start in augustus 2026 een nieuwe voorziening: een kleine groep voor jonge kinderen met gedragsvragen op de locatie van SBO Het Palet (12 plaatsen) en een voltijds HB-groep in Klaverdal (15 plaatsen). Voor de derde lacune maken wij met de gemeenten afspraken in het OOGO van 2026.
## 5.4 Thuiszitters
Wanneer een leerling langer dan vier weken thuis zit of dreigt thuis te komen zitten, meldt de school dit bij het samenwerkingsverband en de leerplichtambtenaar. Binnen vijf werkdagen organiseert de consulent van het samenwerkingsverband een overleg met school, ouders, leerplicht en eventueel jeugdhulp, waarin een plan voor terugkeer wordt gemaakt. Komen de partijen er niet uit, dan schakelt de directeur-bestuurder de thuiszittersregisseur van de regio in, die doorzettingsmacht heeft om een oplossing af te dwingen. Op 1 oktober 2025 waren er in ons samenwerkingsverband 9 thuiszitters; 6 van hen volgden binnen drie maanden weer onderwijs.
## 5.5 Zorgplicht
Iedere school heeft zorgplicht. Wanneer ouders hun kind aanmelden en de school kan het kind niet de ondersteuning bieden die het nodig heeft, zoekt de school samen met ouders binnen zes weken (eenmaal te verlengen met vier weken) een passende school die het kind wel kan plaatsen. De consulenten van het samenwerkingsverband ondersteunen scholen hierbij.
# 6 Toelaatbaarheid tot het sbo en so
## 6.1 Wie vraagt aan en hoe?
Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt aangevraagd door het bestuur van de school waar de leerling staat ingeschreven of is aangemeld. In de praktijk doet de intern begeleider dit namens het bestuur, via het digitale groeidocument in het loketportaal. Bij de aanvraag horen: het groeidocument met het ontwikkelingsperspectief, de evaluaties van de ingezette ondersteuning, een recent onderwijskundig rapport en de zienswijze van de ouders.
De procedure verloopt in vijf stappen:
- Stap 1: de school bespreekt de leerling in het ondersteuningsteam met ouders en de orthopedagoog van het loket; daar wordt besproken of een TLV de aangewezen route is.
- Stap 2: de school dient de aanvraag in; het loket controleert binnen vijf werkdagen of het dossier compleet is.
- Stap 3: twee deskundigen geven ieder afzonderlijk een schriftelijk advies (zie 6.3).
- Stap 4: de Commissie Toelaatbaarheid van het samenwerkingsverband neemt namens het bestuur een besluit, uiterlijk zes weken na ontvangst van de volledige aanvraag.
- Stap 5: ouders en school ontvangen het besluit met de adviezen van de deskundigen; de sbo- of so-school kan de leerling daarna inschrijven.
In spoedsituaties, bijvoorbeeld wanneer de veiligheid van een kind of van anderen in het geding is, kan de commissie binnen tien werkdagen besluiten.
## 6.2 Criteria
De Commissie Toelaatbaarheid verklaart een leerling toelaatbaar tot het speciaal basisonderwijs wanneer:
- de school aantoonbaar de basisondersteuning en ten minste één arrangement heeft ingezet en geëvalueerd;
- de leerling op meerdere ontwikkelingsgebieden (leren, gedrag, werkhouding, sociaal-emotioneel) een ondersteuningsbehoefte heeft die de mogelijkheden van de reguliere school overstijgt;
- de leerling baat heeft bij een kleinere groep, een specifiek pedagogisch klimaat en meer handelingsruimte van de leraar, zoals het sbo die biedt.
Een leerling is toelaatbaar tot het speciaal onderwijs wanneer daarnaast:
- de ondersteuningsbehoefte zo intensief of specialistisch is dat ook het sbo niet kan voorzien in het nodige onderwijsaanbod, bijvoorbeeld door een ernstige verstandelijke beperking (cluster 3, ZMLK), een langdurige ziekte of lichamelijke beperking (cluster 3, LZ/LG) of ernstige gedrags- of psychiatrische problematiek (cluster 4);
- er een duidelijke samenhang is tussen de problematiek en de onderwijsbehoeften, onderbouwd met onderzoeksgegevens.
Het ontbreken van een diagnose is geen reden om een TLV te weigeren; het gaat om de onderwijsbehoeften van het kind.
## 6.3 Deskundigenadvies
Bij iedere aanvraag adviseren twee deskundigen. De eerste deskundige is altijd een orthopedagoog of psycholoog van het samenwerkingsverband. De tweede deskundige is, afhankelijk van de vraag, een kinderpsychiater, jeugdarts, maatschappelijk werker of pedagoog. Beide deskundigen zijn niet betrokken geweest bij de begeleiding van de leerling of de aanvraag en geven ieder een eigen, ondertekend advies.
## 6.4 Duur en bekostigingscategorie
Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor twee schooljaren; voor leerlingen met een ernstige meervoudige beperking of ZMLK voor de rest van de schoolloopbaan in het so. Voor het so stelt de commissie de bekostigingscategorie vast: laag (onder meer cluster 4 en ZMLK), midden (LZ/LG) of hoog (meervoudig beperkt).
## 6.5 Bezwaar
Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en beslist daarna op het bezwaar. Voordat het zover is, biedt het samenwerkingsverband altijd een gesprek aan.
## 6.6 Na de TLV: terug naar het reguliere onderwijs
Een plaatsing in het sbo of so is voor ons geen eindstation. Ons beleid is dat een leerling terugkeert naar een reguliere school, bij voorkeur in de eigen woonomgeving, zodra hij of zij daar met passende ondersteuning verder kan. Voorwaarde is dat de ontwikkeling van de leerling volgens het ontwikkelingsperspectief dat toelaat en dat er een reguliere school is die de benodigde ondersteuning kan bieden. Na de overstap krijgt de leerling een terugplaatsingsarrangement van een schooljaar, met ambulante begeleiding vanuit de sbo- of so-school en, indien nodig, extra formatie voor de ontvangende school.
De werkwijze is als volgt. De sbo- of so-school evalueert ieder jaar in het voorjaar het ontwikkelingsperspectief van iedere leerling en beoordeelt of terugplaatsing mogelijk is. In het laatste jaar van een TLV voor het so is deze evaluatie verplicht en vindt zij plaats vóór 1 februari. Ziet de school mogelijkheden, dan neemt zij het initiatief voor een overleg met ouders, de consulent van het samenwerkingsverband en een mogelijk ontvangende school. Samen maken zij een overstapplan met een startdatum en een evaluatiemoment na twaalf weken. De ontvangende school beslist over de inschrijving; het samenwerkingsverband kent het terugplaatsingsarrangement toe. Is terugplaatsing niet mogelijk, dan vraagt de so-school tijdig, uiterlijk 1 april, een nieuwe TLV aan.
In het schooljaar 2024-2025 zijn 17 leerlingen vanuit het sbo en 4 leerlingen vanuit het so teruggeplaatst naar het basisonderwijs.
# 7 Samenwerking met gemeenten en jeugdhulp
Onderwijs en jeugdhulp zijn onlosmakelijk verbonden. In ons samenwerkingsverband hebben de drie gemeenten en het samenwerkingsverband een gezamenlijke agenda opgesteld, de Klaverdalse Koers. Belangrijke afspraken zijn: iedere school heeft een vaste contactpersoon van het lokale team; schoolmaatschappelijk werk wordt door de gemeenten bekostigd; er is een gezamenlijke aanpak voor thuiszitters; en zorg in onderwijstijd wordt volgens een regionaal afwegingskader toegekend. Over leerlingenvervoer en onderwijshuisvesting voeren wij twee keer per jaar overleg met de wethouders.
Het OOGO over dit plan vond plaats op 4 maart 2026. De gemeenten hebben ingestemd met de hoofdlijnen. Zij hebben gevraagd om meer aandacht voor de aansluiting tussen voorschoolse educatie en groep 1; dit punt is opgenomen in het jaarplan 2026-2027.
# 8 Communicatie
## 8.1 Uitgangspunten
Wij communiceren helder, tijdig en in begrijpelijke taal. Onze doelgroepen zijn scholen, besturen, ouders, gemeenten en ketenpartners. Voor scholen en besturen werken wij met een maandelijkse nieuwsbrief en het loketportaal.
## 8.2 Informatie voor ouders
Ouders kunnen op verschillende manieren informatie krijgen over het ondersteuningsaanbod. Op de ouderpagina van onze website staat per school welke ondersteuning die school biedt, welke arrangementen en bovenschoolse voorzieningen er zijn en hoe een aanvraag verloopt. Iedere school neemt in de schoolgids een hoofdstuk over ondersteuning op, met een verwijzing naar het samenwerkingsverband. Wij hebben een ouderfolder 'Passend onderwijs in Klaverdal' in het Nederlands, Engels, Arabisch, Pools en Oekraïens, die via de intern begeleiders wordt uitgereikt. Twee keer per jaar organiseren wij een informatieavond voor ouders. Daarnaast kunnen ouders op werkdagen bellen of mailen met de ouderconsulent van het samenwerkingsverband.
## 8.3 Onafhankelijke ondersteuning voor ouders
Soms hebben ouders behoefte aan iemand die naast hen staat en niet betrokken is bij school of samenwerkingsverband. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Klaverdal, dat onafhankelijk van het samenwerkingsverband werkt en wordt uitgevoerd door een regionale ouderorganisatie. Het steunpunt geeft informatie en advies, gaat mee naar gesprekken en bundelt signalen van ouders, die het twee keer per jaar met het bestuur bespreekt. Ouders kunnen daarnaast gratis terecht bij de Onderwijsconsulenten en bij Ouders & Onderwijs. Bij klachten of geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs.
## 8.4 Betrokkenheid van ouders
Ouders zijn gesprekspartner bij het opstellen en evalueren van het ontwikkelingsperspectief en nemen deel aan het ondersteuningsteam wanneer hun kind wordt besproken. Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad.
# 9 Kwaliteit en resultaten
## 9.1 Beoogde resultaten 2026-2030
Op basis van onze ambities streven wij voor leerlingen die extra ondersteuning nodig hebben de volgende resultaten na:
|Ambitie|Beoogd resultaat in 2030|
|Sterke basis|Alle 58 scholen voldoen op alle onderdelen aan de kwaliteitskaart basisondersteuning|
|Thuisnabij|Deelnamepercentage sbo en so samen ten hoogste 3,5%|
|Thuisnabij|Ten minste 20 terugplaatsingen per schooljaar|
|Geen kind thuis|Geen leerling langer dan vier weken zonder onderwijsaanbod|
|Samen met jeugdhulp|Op alle scholen een vaste contactpersoon lokaal team en één plan per gezin|
|Tevredenheid|Ouders waarderen de ondersteuning gemiddeld met ten minste een 7,5|
Daarnaast willen wij dat leerlingen met een ontwikkelingsperspectief hun uitstroombestemming halen of overtreffen en dat leerlingen die naar het sbo of so gaan daar binnen twee weken na het besluit kunnen starten.
## 9.2 Hoe we de resultaten volgen
Welke instrumenten, indicatoren en meetmomenten wij inzetten om deze resultaten te volgen en hoe wij daarover rapporteren aan bestuur, ondersteuningsplanraad en scholen, leggen wij vast in een nieuw kwaliteitskader. Dit kwaliteitskader wordt in de loop van het schooljaar 2026-2027 opgesteld met de besturen en voorgelegd aan de ondersteuningsplanraad.
# 10 Hoogbegaafdheid, nieuwkomers en jonge kinderen
## 10.1 Meer- en hoogbegaafde leerlingen
Met de middelen uit de landelijke subsidieregeling hoogbegaafdheid hebben wij in de afgelopen periode op alle scholen een coördinator meer- en hoogbegaafdheid opgeleid. Iedere school heeft een verrijkingsaanbod in de groep. Voor leerlingen die daarnaast behoefte hebben aan ontwikkelingsgelijken, zijn er drie plusklassen waar leerlingen een dagdeel per week naartoe gaan. Vanaf augustus 2026 komt daar de voltijds HB-groep bij (zie paragraaf 5.3). De toelating tot de plusklas en de HB-groep verloopt via het Ondersteuningsloket op basis van een signaleringsinstrument en een gesprek met leerling en ouders.
## 10.2 Nieuwkomers
Kinderen die korter dan een jaar in Nederland zijn en de Nederlandse taal niet spreken, kunnen een jaar naar de taalklas nieuwkomers in Klaverdal of Zuiderbeek. De taalklas wordt bekostigd uit de nieuwkomersbekostiging van de besturen en een bijdrage van de gemeenten voor het vervoer. Na de taalklas stromen de kinderen door naar een basisschool in de eigen woonplaats, waarbij de taalklasleerkracht zorgt voor een warme overdracht en de school een jaar lang kan terugvallen op een taalcoach.
## 10.3 Jonge kinderen
De overgang van kinderopvang en voorschoolse educatie naar de basisschool is een kwetsbaar moment. Samen met de gemeenten en de kinderopvangorganisaties werken wij aan een warme overdracht voor peuters met een ondersteuningsbehoefte. Voor jonge kinderen met een ontwikkelingsachterstand die nog niet toe zijn aan groep 1, is er een onderwijs-zorgarrangement in het kindcentrum De Klimop, waarin een leerkracht en een pedagogisch medewerker van de kinderopvang samenwerken.
# 11 Personeel en professionalisering
Het samenwerkingsverband heeft 23 medewerkers in dienst (17,4 fte): orthopedagogen, consulenten, gedragsspecialisten, een ouderconsulent, een beleidsmedewerker, een controller en een secretariaat. De ambulante begeleiders zijn in dienst van de sbo- en so-scholen en worden via arrangementen ingezet.
Het lerarentekort raakt ook passend onderwijs. Wij investeren daarom in de professionalisering van leraren en intern begeleiders: jaarlijks organiseren wij de Klaverdalse Leerdagen, een netwerk voor intern begeleiders en een opleiding tot gedragsspecialist. Scholen kunnen kosteloos deelnemen aan trainingen over executieve functies, traumasensitief lesgeven en hoogbegaafdheid. Nieuwe leraren op de scholen volgen in hun eerste jaar een introductiemodule passend onderwijs.
Voor onze eigen medewerkers hebben wij een strategisch personeelsbeleid met jaarlijkse gesprekkencyclus, een opleidingsbudget van 2 procent van de loonsom en aandacht voor werkdruk.
# 12 Organisatie en governance
Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder. Het intern toezicht ligt bij de Raad van Toezicht, die bestaat uit vier leden, van wie twee op voordracht van de schoolbesturen en twee onafhankelijke leden. De algemene vergadering van aangesloten besturen stelt het ondersteuningsplan en de begroting vast op voorstel van de directeur-bestuurder. De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en adviesrecht op de begroting.
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen bij de toekenning van arrangementen en toelaatbaarheidsverklaringen. Wij doen dat volgens de AVG en onze privacyverklaring. Gegevens worden niet langer bewaard dan drie jaar na het besluit. Het loketportaal is beveiligd met tweestapsverificatie en alleen medewerkers van het loket en de Commissie Toelaatbaarheid hebben toegang tot dossiers.
Voor ICT maken wij gebruik van een cloudomgeving van de regionale ICT-coöperatie. In 2026 vervangen wij het loketportaal door een nieuwe versie die beter aansluit op de leerlingadministratiesystemen van de scholen.
# 13 Geld en middelen
## 13.1 Inkomsten
Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan DUO voor de leerlingen in het so en de overdracht aan het sbo boven de 2 procent bedraagt het vrij besteedbare budget in 2026 naar verwachting 6,1 miljoen euro.
## 13.2 Verdeling over de scholen
De middelen worden verdeeld volgens het verdeelmodel dat het bestuur in 2025 heeft vastgesteld na advies van de ondersteuningsplanraad:
- Schoolbudget: ieder schoolbestuur ontvangt een bedrag van € 185 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per schoollocatie. Het bestuur zet dit bedrag in voor de versterking van de basisondersteuning en lichte extra ondersteuning op zijn scholen.
- Arrangementenbudget: voor individuele en groepsarrangementen reserveert het samenwerkingsverband een budget dat op aanvraag wordt toegekend door het Ondersteuningsloket, op basis van het groeidocument en de criteria in paragraaf 5.2. Een individueel arrangement bedraagt maximaal € 12.500 per schooljaar.
- Bovenschoolse voorzieningen: de voorzieningen uit niveau 3 worden rechtstreeks door het samenwerkingsverband bekostigd op basis van het aantal plaatsen.
## 13.3 Meerjarenbegroting
|Bedragen x € 1.000|2026|2027|2028|2029|
|Baten ondersteuningsbudget (na afdrachten)|6.120|6.030|5.950|5.880|
|Schoolbudgetten besturen|2.960|2.915|2.875|2.840|
|Arrangementen|1.250|1.250|1.220|1.200|
|Bovenschoolse voorzieningen|820|900|900|900|
|Terugplaatsingsarrangementen|160|160|160|160|
|Loket, consulenten, orthopedagogen|780|790|800|805|
|Ouder- en Jeugdsteunpunt|60|60|60|60|
|Bureau en bestuur|270|275|280|285|
|Resultaat|-180|-320|-345|-370|
Het negatieve resultaat wordt gedekt uit de algemene reserve, die eind 2025 1,9 miljoen euro bedroeg. Aan het eind van de planperiode komt het weerstandsvermogen uit op ongeveer 6 procent van de baten, boven de signaleringswaarde.
## 13.4 Verantwoording
Schoolbesturen verantwoorden jaarlijks vóór 1 juni via een vast format hoe zij het schoolbudget hebben besteed en welke effecten dat had. De controller bespreekt de verantwoording met ieder bestuur.
# 14 Planning
De uitvoering van dit plan wordt uitgewerkt in jaarplannen met een jaarbegroting. Elk jaarplan bevat de activiteiten voor dat schooljaar. Het eerste jaarplan (2026-2027) bevat in elk geval: de start van de nieuwe voorzieningen uit paragraaf 5.3, het opstellen van het kwaliteitskader, de vervanging van het loketportaal en een evaluatie van het verdeelmodel. In het voorjaar van 2028 evalueren wij het plan halverwege met de ondersteuningsplanraad.
[PB]
# Bijlage: Begrippenlijst en afkortingen
Arrangement: een pakket extra ondersteuning voor een leerling of groep.
Basisondersteuning: het afgesproken niveau van ondersteuning op alle scholen.
Dekkend netwerk: een netwerk van voorzieningen waarin voor ieder kind een passende plek is.
LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
OJSP: Ouder- en Jeugdsteunpunt.
OOGO: op overeenstemming gericht overleg.
OPP: ontwikkelingsperspectief.
OPR: ondersteuningsplanraad.
Resultaten: de beoogde en bereikte resultaten van het samenwerkingsverband.
SBO: speciaal basisonderwijs.
SO: speciaal onderwijs.
Terugplaatsing: de overstap van een leerling uit het sbo of so naar het reguliere basisonderwijs.
TLV: toelaatbaarheidsverklaring.
Verdeelmodel: de regels waarmee het samenwerkingsverband de ondersteuningsmiddelen verdeelt.
"""

LABEL_A = dict(
    sector="po",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "Ch. 4.1 defines the verband-wide minimum for every vestiging; 4.2 lists concrete voorzieningen; 4.4 borging via kwaliteitskaart.",
        "plaatsing": "Ch. 6.1-6.5: five-step procedure (bestuur applies, Commissie Toelaatbaarheid decides within 6 weeks), sbo/so criteria, two deskundigen, duration/category, bezwaar via LBT.",
        "terugstroom": "Hidden in 6.6 'Na de TLV' inside the TLV chapter: policy (thuisnabij, conditions, terugplaatsingsarrangement) and procedure (yearly OPP evaluation, before 1 Feb in last TLV year, overstapplan); 2024-2025 figures.",
        "financien": "Chapter 12 'Geld en middelen': verdeelmodel (EUR 185/leerling + vaste voet, arrangementenbudget) and meerjarenbegroting table 2026-2029; reserves and verantwoording.",
        "dekkend-aanbod": "5.1 continuum table (niveau 1-5) and 5.3/5.4 yearly gap analysis with named lacunes, new provisions, thuiszitters approach; ch. 7 gemeenten/jeugdhulp.",
        "resultaten": "9.1 gives measurable beoogde resultaten; 9.2 only defers how results are monitored and reported to a kwaliteitskader 'in de loop van 2026-2027' -> monitoring not addressed.",
        "ouders": "Inside ch. 8 'Communicatie': 8.2 website/schoolgids/folder/info evenings, 8.3 independent OJSP, Onderwijsconsulenten, Geschillencommissie.",
    },
)

# =====================================================================================================
# Plan B: PO, .docx + .pdf - an average plan in a friendly house style. TLV criteria only in an absent
# bijlage; terugplaatsing only deferred; meerjarenbegroting only in an absent bijlage; parent information
# deferred to a communicatieplan while the independent steunpunt is described.
# =====================================================================================================
PLAN_B = r"""
@T Samen verder
@t Ondersteuningsplan 2026-2030
@t Stichting Samenwerkingsverband Passend Onderwijs Oosterbroek en omstreken (PO 31-42)
@t Versie 1.0 - definitief, april 2026
[PB]
[TOC]
[PB]
# Voorwoord
Beste lezer,
Vier jaar geleden schreven we in ons vorige ondersteuningsplan dat we 'de beweging naar de school' wilden maken. Dat is gelukt: er gaat meer geld en expertise rechtstreeks naar de scholen, de lijnen met de gemeenten zijn korter en de intern begeleiders weten ons beter te vinden dan ooit. Tegelijkertijd is er nog veel te doen. In gesprekken met leraren, intern begeleiders, directeuren en ouders hoorden we vaak dezelfde vragen: hoe houden we het werkbaar in groepen met veel verschillende ondersteuningsbehoeften, hoe voorkomen we dat kinderen tussen wal en schip vallen en hoe zorgen we dat ouders zich gehoord voelen?
Dit plan is ons antwoord op die vragen. We hebben het bewust compact gehouden en geschreven in gewone taal. Wie meer wil weten, vindt in de bijlagen en op onze website de uitwerking.
Veel leesplezier,
Jeroen van Dijk, directeur-bestuurder
# Samenvatting
Samenwerkingsverband Oosterbroek is het samenwerkingsverband voor primair onderwijs in de gemeenten Oosterbroek, Hallum-Veld en De Meeden. Er zijn 9 schoolbesturen aangesloten met samen 41 basisscholen, 1 school voor speciaal basisonderwijs en 2 so-scholen. In totaal gaan er ongeveer 9.800 kinderen naar school.
In de planperiode 2026-2030 werken we aan drie speerpunten: de basis op orde, snel de juiste hulp en samen met ouders. We beschrijven in dit plan wat iedere school minimaal biedt, hoe scholen extra ondersteuning kunnen krijgen, hoe kinderen naar het sbo of so kunnen, hoe we het geld verdelen en welke resultaten we willen behalen.
# Onze visie
## Waar we voor staan
Ieder kind in Oosterbroek verdient onderwijs dat past bij wie het is en wat het kan. We geloven dat kinderen zich het best ontwikkelen op een school dichtbij huis, samen met kinderen uit hun eigen buurt of dorp. Dat lukt niet altijd, en dat is ook niet erg: soms is een andere school of een speciale setting beter. Maar het uitgangspunt is: gewoon waar het kan, speciaal waar het moet.
We zien passend onderwijs als een gezamenlijke opdracht van scholen, besturen, ouders, gemeenten en jeugdhulp. Het samenwerkingsverband is geen loket dat op afstand beslist, maar een partner die meedenkt, verbindt en de scholen versterkt. Onze onderwijsadviseurs komen op de scholen, kennen de intern begeleiders bij naam en zijn aanspreekbaar voor leraren.
## Onze speerpunten
De basis op orde. Een sterke basisondersteuning op iedere school is het fundament. Als de basis sterk is, hoeven minder kinderen een beroep te doen op extra ondersteuning, en kan de extra ondersteuning gerichter worden ingezet. Scholen leren van elkaar in netwerken van intern begeleiders en directeuren, en we investeren in de deskundigheid van leraren.
Snel de juiste hulp. Wachten is voor kinderen verloren tijd. We willen dat scholen snel weten waar ze aan toe zijn als ze een vraag hebben, dat besluiten snel worden genomen en dat er geen kinderen thuis komen te zitten omdat er geen plek is. Daarvoor vereenvoudigen we onze procedures en maken we afspraken met jeugdhulp over snelle inzet.
Samen met ouders. Ouders zijn onmisbaar. Zij kennen hun kind en zijn de constante factor in zijn leven. We willen dat ouders zich gehoord voelen, dat zij weten waar zij terechtkunnen en dat zij zich gesteund voelen als het even niet loopt.
## Ontwikkelingen die op ons afkomen
De komende jaren verandert er veel. De landelijke norm voor basisondersteuning, de Wet versterking positie ouders en leerlingen, de krapte op de arbeidsmarkt en de dalende leerlingaantallen in de dorpen hebben gevolgen voor ons werk. We volgen deze ontwikkelingen op de voet en passen waar nodig onze werkwijze aan, altijd na overleg met besturen en OPR. De inkomsten van het samenwerkingsverband dalen licht door de afname van het aantal leerlingen; we houden daar bij de jaarlijkse begroting rekening mee.
# Hoofdstuk 1 Wie zijn wij?
## 1.1 Ons gebied
Ons gebied is een mix van stad en platteland. In Oosterbroek-stad wonen veel gezinnen met een migratieachtergrond en is de onderwijsachterstand relatief groot; in de dorpen van Hallum-Veld en De Meeden zijn de scholen klein en soms ver uit elkaar gelegen. Zeventien scholen hebben minder dan 100 leerlingen. Dat stelt eisen aan de manier waarop we expertise organiseren: niet iedere kleine school kan zelf alle specialismen in huis hebben.
## 1.2 Onze organisatie
Het samenwerkingsverband is een stichting met een bestuur dat bestaat uit een directeur-bestuurder, en een raad van toezicht van vijf leden. De aangesloten schoolbesturen vormen samen de Algemene Ledenraad, die jaarlijks de begroting en het jaarverslag bespreekt. Het bureau van het samenwerkingsverband heeft 14 medewerkers, onder wie zes onderwijsadviseurs die ieder een vaste groep scholen begeleiden.
De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden van de scholen. De OPR heeft op 2 april 2026 ingestemd met dit plan. Het OOGO met de drie gemeenten vond plaats op 16 maart 2026 en werd afgesloten met een gezamenlijke verklaring.
## 1.3 Medezeggenschap en ouders in de OPR
We vinden het belangrijk dat de OPR vroeg betrokken is. Daarom heeft de OPR dit keer meegeschreven aan de hoofdstukken over ondersteuning en ouders. De OPR-leden krijgen scholing via een externe trainer en hebben een eigen budget voor het raadplegen van deskundigen.
# Hoofdstuk 2 Terugblik 2022-2026
In het ondersteuningsplan 2022-2026 hadden we vier doelen. Hieronder staat wat we hebben bereikt. De cijfers komen uit ons jaarlijkse dashboard en de jaarverslagen.
|Doel 2022-2026|Beoogd|Bereikt (schooljaar 2024-2025)|
|Minder kinderen naar sbo en so|Deelname sbo+so max. 3,2%|3,05%|
|Snellere besluiten over arrangementen|80% binnen 4 weken|86%|
|Minder thuiszitters|Max. 5 langdurig verzuimers|7|
|Tevreden scholen|Gemiddeld 7,5|7,8|
We zijn tevreden over de snelheid van de besluitvorming en over de waardering van de scholen. Het aantal thuiszitters is niet gedaald; dat komt vooral door een kleine groep kinderen met complexe problematiek voor wie geen passende plek beschikbaar was. Daar zetten we in de nieuwe periode extra op in (zie hoofdstuk 4).
Uit de kwalitatieve evaluatie met intern begeleiders bleek dat de scholen het werken met een vaste onderwijsadviseur zeer waarderen, maar dat de administratieve last van het groeidocument te hoog is. Het groeidocument is daarom in 2025 vereenvoudigd.
# Hoofdstuk 3 Basisondersteuning
## 3.1 Wat iedere school biedt
Alle scholen van Samenwerkingsverband Oosterbroek bieden dezelfde basisondersteuning. Dat is de ondersteuning die op elke school en iedere locatie aanwezig is, voor ieder kind, zonder aanvraag. De afspraken zijn vastgelegd in de standaard 'Basisondersteuning Oosterbroek', die alle besturen hebben ondertekend. De standaard bestaat uit tien onderdelen:
- Elke school werkt handelingsgericht met een cyclus van signaleren, analyseren, plannen en evalueren, drie keer per jaar.
- Elke school heeft een intern begeleider die minimaal twee dagen per week beschikbaar is (kleine scholen: gedeelde IB'er binnen het bestuur).
- Elke school heeft een leesprotocol en een dyslexieprotocol en begeleidt kinderen met ernstige lees- of rekenproblemen in kleine groepjes met extra instructietijd.
- Elke school biedt verrijking en verdieping voor kinderen die meer aankunnen.
- Elke school heeft een aanpak voor sociale veiligheid, met een jaarlijkse monitor en een anti-pestcoördinator.
- Elke school kan kinderen met lichte gedragsproblemen begeleiden met een positieve gedragsaanpak, zoals PBS of een vergelijkbare aanpak.
- Elke school kan kinderen met een lichte taalachterstand extra taalinstructie geven.
- Elke school heeft afspraken over medische handelingen.
- Elke school heeft een ondersteuningsteam waarin de schoolmaatschappelijk werker en de onderwijsadviseur van het samenwerkingsverband deelnemen.
- Elke school stelt een ontwikkelingsperspectief op voor kinderen met een eigen leerlijn en bespreekt dit ten minste twee keer per jaar.
## 3.2 Als de basis niet genoeg is
Soms heeft een kind meer nodig dan de basisondersteuning. De school bespreekt het kind dan in het ondersteuningsteam. Samen met de onderwijsadviseur wordt bekeken welke extra ondersteuning nodig is. Dat kan binnen de school, met een arrangement, of op een andere school. In hoofdstuk 4 staat hoe dat werkt.
# Hoofdstuk 4 Ondersteuningsroute en arrangementen
## 4.1 Het aanbod in ons samenwerkingsverband
In Oosterbroek is er een doorlopende lijn van ondersteuning, van de basisondersteuning op iedere school via arrangementen en bovenschoolse voorzieningen naar het speciaal basisonderwijs en het speciaal onderwijs. Een overzicht:
|Soort ondersteuning|Voorbeelden|
|Arrangement op de eigen school|Extra begeleiding door een onderwijsassistent, ambulante begeleiding vanuit het so, een training executieve functies, aangepast lesmateriaal|
|Groepsarrangement|Een taalgroep voor nieuwkomers, een gedragsgroep van maximaal acht kinderen op twee dagen per week|
|Bovenschoolse voorziening|Plusklas De Uitdaging (meerbegaafde kinderen), Observatieklas Oosterbroek (groep 1-3)|
|Speciaal basisonderwijs|SBO De Meander in Oosterbroek|
|Speciaal onderwijs|SO Het Baken (cluster 4) en SO De Sterrenboog (cluster 3)|
|Onderwijs-zorgarrangement|Combinatie van onderwijs en dagbehandeling bij Kinderdagcentrum 't Hoekje|
## 4.2 Hoe vraagt een school extra ondersteuning aan?
De school vult samen met ouders het groeidocument in en dient het in bij het Ondersteuningsloket. De onderwijsadviseur bespreekt de aanvraag binnen twee weken in het ondersteuningsteam van de school. Het loket besluit binnen vier weken over het arrangement. Een arrangement duurt maximaal een schooljaar en wordt na een half jaar tussentijds geëvalueerd.
## 4.3 Zorgen dat niemand tussen wal en schip valt
We willen dat ieder kind een passende plek heeft. Twee keer per jaar, in november en mei, maakt het bureau een overzicht van de kinderen voor wie geen passend aanbod beschikbaar is: kinderen op een wachtlijst, thuiszitters, kinderen met een vrijstelling en kinderen die langer dan een maand op een plek wachten. Het managementteam van het samenwerkingsverband bespreekt dit overzicht met de besturen en spreekt per kind een verantwoordelijke af.
Uit deze analyses blijkt dat er te weinig plekken zijn voor jonge kinderen (4 tot 7 jaar) met ernstige gedragsproblemen en voor kinderen die tijdelijk niet naar school kunnen door angst. Voor de eerste groep openen we in januari 2027 een tweede observatieklas. Voor de tweede groep starten we met de gemeente Oosterbroek een pilot 'zachte landing', waarin kinderen in een kleine setting met een jeugdhulpverlener stap voor stap terugkeren naar school.
## 4.4 Thuiszitters
Bij dreigend thuiszitten brengt de school binnen twee weken de leerplichtambtenaar en de onderwijsadviseur op de hoogte. Zij stellen samen met ouders een plan op. Wanneer binnen zes weken geen oplossing is gevonden, gaat de casus naar het regionale Thuiszittersoverleg, waarin het samenwerkingsverband, leerplicht, de gemeente en jeugdhulp samen een besluit nemen.
# Hoofdstuk 5 Toelaatbaarheid sbo en so
## 5.1 De aanvraag
Wanneer een kind is aangewezen op het speciaal basisonderwijs of het speciaal onderwijs, is een toelaatbaarheidsverklaring (TLV) nodig. Het bestuur van de school waar het kind is ingeschreven vraagt deze aan bij de TLV-commissie van het samenwerkingsverband. Ouders worden vooraf betrokken en geven hun zienswijze, die met de aanvraag wordt meegestuurd. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectief en de verslagen van het ondersteuningsteam.
De TLV-commissie bestaat uit een orthopedagoog en een psycholoog van het samenwerkingsverband en, afhankelijk van de vraag, een jeugdarts of maatschappelijk werker. Ieder lid geeft een eigen schriftelijk advies. De commissie neemt binnen zes weken na ontvangst van een volledige aanvraag een besluit namens het bestuur. School en ouders krijgen het besluit en de adviezen schriftelijk.
## 5.2 Wanneer is een kind toelaatbaar?
De commissie weegt iedere aanvraag zorgvuldig af. De criteria die de commissie daarbij hanteert, zijn uitgewerkt in de notitie 'Afwegingskader toelaatbaarheid Oosterbroek' (bijlage 3).
## 5.3 Hoe lang geldt een TLV?
Een TLV voor het sbo geldt in principe tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor één, twee of drie schooljaren, afhankelijk van de verwachte ontwikkeling. Bij een so-TLV bepaalt de commissie ook de bekostigingscategorie (laag, midden of hoog).
## 5.4 Niet eens met het besluit?
Ouders en school kunnen binnen zes weken na de datum van het besluit bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar.
## 5.5 Terugplaatsing
Het samenwerkingsverband werkt in het schooljaar 2026-2027 samen met SBO De Meander en de so-scholen een notitie uit over terug- en doorplaatsing. Deze notitie wordt na instemming van de OPR als aanvulling op dit plan vastgesteld.
# Hoofdstuk 6 Ouders
## 6.1 Ouders als partner
Ouders kennen hun kind het best. We vinden het belangrijk dat ouders vanaf het begin betrokken zijn als er zorgen zijn over de ontwikkeling van hun kind. Ouders denken mee over het ontwikkelingsperspectief en zijn aanwezig bij het ondersteuningsteam wanneer hun kind wordt besproken. Bij iedere aanvraag voor een arrangement of TLV wordt hun zienswijze gevraagd.
## 6.2 Informatie voor ouders
Hoe wij ouders informeren over het ondersteuningsaanbod op de scholen en in het samenwerkingsverband, werken we uit in een communicatieplan. Dit plan verschijnt in het voorjaar van 2027 en wordt samen met de oudergeleding van de OPR opgesteld.
## 6.3 Onafhankelijke hulp voor ouders
Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Oosterbroek. Het steunpunt is onafhankelijk: het wordt uitgevoerd door een stichting van ervaringsdeskundige ouders en is niet verbonden aan een school of bestuur. Het steunpunt is bereikbaar via telefoon, mail en een inloopspreekuur op woensdagochtend in de bibliotheek van Oosterbroek. Het steunpunt kan ouders ook in contact brengen met de Onderwijsconsulenten, die kosteloos bemiddelen wanneer ouders en school er samen niet uitkomen. Voor klachten over het samenwerkingsverband geldt de klachtenregeling van het samenwerkingsverband; het samenwerkingsverband is aangesloten bij de landelijke klachtencommissie van Onderwijsgeschillen.
# Hoofdstuk 7 Samenwerking met gemeenten
De gemeenten en het samenwerkingsverband hebben een gezamenlijke agenda voor de periode 2026-2030 met vier thema's: thuiszitters, zorg in onderwijstijd, de overgang van voorschool naar school en leerlingenvervoer. Op iedere school is een schoolmaatschappelijk werker van de gemeente werkzaam, die deelneemt aan het ondersteuningsteam. Voor kinderen die naast onderwijs jeugdhulp nodig hebben, maken school, ouders en het lokale team één gezamenlijk plan.
Het OOGO over dit ondersteuningsplan heeft op 16 maart 2026 plaatsgevonden. De wethouders onderwijs en jeugd van de drie gemeenten hebben aangegeven zich te herkennen in de koers van het samenwerkingsverband.
# Hoofdstuk 8 Koers 2026-2030: beoogde resultaten
We hebben onze speerpunten vertaald in resultaten die we in 2030 willen bereiken voor kinderen die extra ondersteuning nodig hebben:
|Speerpunt|Beoogd resultaat 2030|Indicator|
|De basis op orde|Alle scholen voldoen aan de standaard Basisondersteuning Oosterbroek|Schoolbezoeken onderwijsadviseurs|
|Snel de juiste hulp|90% van de arrangementen start binnen zes weken na de eerste bespreking|Loketregistratie|
|Snel de juiste hulp|Geen kind staat langer dan drie maanden op een wachtlijst voor sbo of so|Wachtlijstoverzicht|
|Samen met ouders|Ouders waarderen de samenwerking rond hun kind met minimaal een 7,5|Oudervragenlijst|
|Geen thuiszitters|Maximaal 3 langdurig verzuimende kinderen op de teldatum|Leerplichtregistratie|
## 8.1 Hoe we de resultaten volgen
We volgen de resultaten met het dashboard van het samenwerkingsverband, dat gegevens uit de loketregistratie, de leerlingtellingen en de leerplichtregistratie combineert. Twee keer per jaar (februari en september) bespreekt het bestuur een kwartaalrapportage met de raad van toezicht; de ondersteuningsplanraad ontvangt dezelfde rapportage. Eens per jaar houden we een vragenlijst onder ouders van kinderen met een arrangement en onder intern begeleiders. In het jaarverslag rapporteren we per indicator het bereikte resultaat en lichten we verschillen met het beoogde resultaat toe. Halverwege de planperiode, in het voorjaar van 2028, voeren we een tussenevaluatie uit met scholen en OPR.
# Hoofdstuk 9 Financiën
## 9.1 Waar komt het geld vandaan?
Het samenwerkingsverband ontvangt jaarlijks van het Rijk middelen voor lichte en zware ondersteuning. Een deel van deze middelen wordt direct door DUO ingehouden voor de bekostiging van het so. Voor het sbo betaalt het samenwerkingsverband een overdracht voor het aantal leerlingen boven 2 procent van het totale leerlingaantal op de teldatum 1 oktober.
## 9.2 Hoe verdelen we het geld?
We kiezen voor een model waarin zoveel mogelijk geld naar de schoolbesturen gaat:
- Iedere schoolbestuur ontvangt € 165 per leerling voor de basisondersteuning en lichte ondersteuning op de eigen scholen. Peildatum is het aantal leerlingen op 1 oktober van het voorgaande jaar.
- Kleine scholen (minder dan 100 leerlingen) ontvangen daarnaast een vaste voet van € 4.500 per jaar.
- Arrangementen worden aangevraagd bij het Ondersteuningsloket en toegekend volgens de werkwijze in hoofdstuk 4. De hoogte van een arrangement is afhankelijk van de inzet; het loket hanteert normbedragen per uur begeleiding.
- De bovenschoolse voorzieningen worden rechtstreeks door het samenwerkingsverband betaald.
Het bestuur stelt het verdeelmodel vast na advies van de OPR. Wijzigingen gaan pas in bij het begin van een nieuw schooljaar.
## 9.3 Begroting
De meerjarenbegroting 2026-2030 is opgenomen in bijlage 5.
## 9.4 Reserves
Op 31 december 2025 had het samenwerkingsverband een algemene reserve van € 1,1 miljoen. Dat is boven de signaleringswaarde van de Inspectie. In 2026 en 2027 zetten we € 300.000 van de reserve in voor de tweede observatieklas en de pilot 'zachte landing'.
## 9.5 Verantwoording door besturen
Schoolbesturen verantwoorden jaarlijks in een kort verslag hoe zij het geld per leerling hebben ingezet en welke resultaten dat heeft opgeleverd. De verslagen worden besproken in het bestuurdersoverleg van juni.
# Hoofdstuk 10 Mensen en middelen
## 10.1 Personeel
De kwaliteit van passend onderwijs staat of valt met de mensen in de school. We investeren in de deskundigheid van leraren en intern begeleiders met de Oosterbroek Academie: een scholingsaanbod van korte trainingen, intervisie voor intern begeleiders en een leernetwerk voor onderwijsassistenten. De onderwijsadviseurs van het samenwerkingsverband volgen zelf jaarlijks scholing en zijn geregistreerd bij een beroepsvereniging.
## 10.2 ICT en privacy
Het samenwerkingsverband werkt met een digitaal groeidocument dat ouders, school en loket samen kunnen inzien. Persoonsgegevens worden verwerkt volgens de AVG. In 2026 laten we een nieuwe privacy-audit uitvoeren.
## 10.3 Huisvesting
Het bureau van het samenwerkingsverband is gevestigd in het gemeentehuis van Hallum-Veld. De observatieklassen en de plusklas zijn gehuisvest in basisscholen, zodat kinderen zoveel mogelijk in een gewone schoolomgeving blijven.
# Hoofdstuk 11 Kwaliteitszorg en planning
Het ondersteuningsplan wordt ieder jaar uitgewerkt in een jaarplan met een jaarbegroting. Het jaarplan wordt in juni vastgesteld na advies van de OPR. We werken volgens de PDCA-cyclus. In hoofdstuk 8 staat hoe we onze resultaten volgen. Eens per vier jaar vragen we een externe partij om het samenwerkingsverband door te lichten.
# Bijlagen
Bij dit plan horen de volgende bijlagen, die als afzonderlijke documenten op de website staan:
- Bijlage 1 Lijst van aangesloten scholen
- Bijlage 2 Standaard Basisondersteuning Oosterbroek
- Bijlage 3 Afwegingskader toelaatbaarheid Oosterbroek
- Bijlage 4 Jaarplan 2026-2027
- Bijlage 5 Meerjarenbegroting 2026-2030
# Begrippenlijst
Arrangement - een pakket extra ondersteuning voor een kind of een groep kinderen.
Basisondersteuning - wat iedere school in het samenwerkingsverband minimaal biedt.
Communicatieplan - het plan waarin staat hoe het samenwerkingsverband communiceert.
Meerjarenbegroting - de begroting voor meerdere jaren.
OJSP - Ouder- en Jeugdsteunpunt.
Terugplaatsing - de overstap van een kind van sbo of so naar een gewone basisschool.
TLV - toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so.
"""

LABEL_B = dict(
    sector="po",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "Hoofdstuk 3.1: same basisondersteuning on every school/locatie, ten concrete standards.",
        "plaatsing": "5.1 procedure (bestuur applies, TLV-commissie decides within 6 weeks), 5.3 duration/category, 5.4 bezwaar; criteria (5.2) only 'uitgewerkt in bijlage 3', which is not part of the input.",
        "terugstroom": "5.5 'Terugplaatsing' only defers to a notitie to be written in 2026-2027; otherwise the word appears only in TOC and begrippenlijst.",
        "financien": "9.2 verdeelmodel with per-leerling amount, vaste voet, arrangementen; 9.3 begroting is only 'opgenomen in bijlage 5' (absent) -> besteding not addressed; reserves 9.4, verantwoording 9.5.",
        "dekkend-aanbod": "4.1 table of the continuum; 4.3/4.4 twice-yearly gap overview, named gaps and actions, thuiszitters route.",
        "resultaten": "Hoofdstuk 8 beoogde resultaten with indicators; 8.1 dashboard, reports, jaarverslag; terugblik table in hoofdstuk 2.",
        "ouders": "6.2 only defers parent information to a communicatieplan (voorjaar 2027); 6.3 describes the independent Ouder- en Jeugdsteunpunt and Onderwijsconsulenten.",
    },
)

# =====================================================================================================
# Plan C: PO, .pdf - a thin plan "op hoofdlijnen". Basisondersteuning only as level + referentiekader
# aspects (content left to the SOPs); terugplaatsing policy without a procedure; no finance beyond a
# website reference; no results; dekkend aanbod without gap handling.
# =====================================================================================================
PLAN_C = r"""
@T Ondersteuningsplan op hoofdlijnen 2026-2030
@t Samenwerkingsverband Passend Onderwijs De Hoge Venen - primair onderwijs
@t Kenmerk PO 30-08 | 1 augustus 2026 - 31 juli 2030
[PB]
[TOC]
[PB]
# Voorwoord
Met dit ondersteuningsplan zetten wij de koers uit voor de komende vier jaar. Wij hebben gekozen voor een plan op hoofdlijnen. De afgelopen jaren hebben laten zien dat gedetailleerde plannen snel verouderen: regelgeving verandert, de arbeidsmarkt verandert en de vragen van kinderen en ouders veranderen. Daarom beschrijven wij in dit plan wat wij willen bereiken en welke afspraken daarvoor de basis vormen. De uitwerking volgt jaarlijks in het jaarplan.
Dit plan is besproken met de directeuren, de intern begeleiders en de schoolbesturen. De ondersteuningsplanraad heeft op 26 maart 2026 ingestemd. Met de gemeenten Venendal, Hoogeloo en Turfwijk is op 10 maart 2026 op overeenstemming gericht overleg gevoerd.
Wij danken alle betrokkenen voor hun inzet en betrokkenheid.
Het bestuur van Samenwerkingsverband De Hoge Venen
# 1 Inleiding
## 1.1 Doel van dit plan
Dit ondersteuningsplan beschrijft hoe het samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen, zodat alle leerlingen in de regio een ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plek krijgen. Het plan is bedoeld voor schoolbesturen, scholen, ouders, gemeenten en andere partners.
## 1.2 Een plan op hoofdlijnen
Het plan geeft de kaders. De scholen en besturen geven binnen die kaders zelf invulling aan passend onderwijs. De activiteiten, de planning en de begroting per jaar zijn opgenomen in het jaarplan en de jaarbegroting. Wij vinden het belangrijk dat scholen de ruimte hebben om te doen wat nodig is voor hun leerlingen, zonder onnodige regels van bovenaf.
## 1.3 Wettelijke opdracht
Het samenwerkingsverband heeft als wettelijke taken: het vaststellen van het ondersteuningsplan, het verdelen en toewijzen van de ondersteuningsmiddelen en -voorzieningen, het beoordelen of leerlingen toelaatbaar zijn tot het speciaal basisonderwijs en het speciaal onderwijs, en het adviseren over de ondersteuningsbehoefte van leerlingen. Daarnaast heeft het samenwerkingsverband een rol bij het voorkomen van thuiszitten.
## 1.4 Leeswijzer
Na de missie en visie (hoofdstuk 2) beschrijven wij onze regio en de ontwikkelingen die op ons afkomen (hoofdstukken 3 en 4). Hoofdstuk 5 gaat over de basisondersteuning, hoofdstuk 6 over extra ondersteuning, arrangementen en het dekkend aanbod. In hoofdstuk 7 leest u hoe de toelaatbaarheid tot het sbo en so is geregeld en in hoofdstuk 8 hoe wij aankijken tegen terugplaatsing. Hoofdstuk 9 gaat over ouders, hoofdstuk 10 over kwaliteit en resultaten. In de hoofdstukken 11 tot en met 13 komen de organisatie, het personeel en de financiën aan bod: hoe de middelen worden verdeeld en besteed. Hoofdstuk 14 bevat de communicatie en planning.
## 1.5 Totstandkoming
Het plan is voorbereid door een werkgroep met vertegenwoordigers van alle besturen, twee intern begeleiders, een directeur van het speciaal onderwijs en de directeur van het samenwerkingsverband. De werkgroep kwam tussen oktober 2025 en februari 2026 zes keer bijeen. Tussentijds zijn de conceptteksten besproken in het netwerk van intern begeleiders en in de ondersteuningsplanraad.
# 2 Missie en visie
## 2.1 Missie
Samen zorgen wij ervoor dat ieder kind in De Hoge Venen zich kan ontwikkelen op een school die bij hem of haar past.
## 2.2 Visie
Wij geloven in de kracht van het kind, de leraar en de school. Wij geloven dat goed onderwijs voor kinderen met een ondersteuningsbehoefte begint met goed onderwijs voor alle kinderen. Wij geloven in samenwerking: tussen scholen, tussen besturen, met ouders en met gemeenten en jeugdhulp. En wij geloven dat de middelen voor passend onderwijs zo dicht mogelijk bij het kind moeten worden ingezet.
## 2.3 Kernwaarden
- Vertrouwen: wij gaan uit van de professionaliteit van scholen en leraren.
- Verbinding: wij verbinden mensen, kennis en voorzieningen.
- Eigenaarschap: iedere school en ieder bestuur is verantwoordelijk voor de leerlingen die bij hem worden aangemeld.
- Eenvoud: wij houden procedures zo kort en eenvoudig mogelijk.
# 3 Onze regio
Het samenwerkingsverband De Hoge Venen omvat de gemeenten Venendal, Hoogeloo en Turfwijk. In het gebied staan 36 basisscholen van 6 schoolbesturen, één school voor speciaal basisonderwijs (SBO Het Veenpluis) en één school voor speciaal onderwijs met twee afdelingen (SO De Turfsteker, cluster 3 en cluster 4). In totaal gaan er ongeveer 7.200 leerlingen naar school in het gebied.
Het gebied is landelijk. De afstanden tussen scholen zijn groot en veel scholen zijn klein. Het aantal leerlingen daalt al enkele jaren en zal volgens de prognoses tot 2030 verder dalen. Voor het speciaal onderwijs zijn veel leerlingen aangewezen op leerlingenvervoer.
# 4 Ontwikkelingen
## Landelijke ontwikkelingen
Passend onderwijs is volop in beweging. Na de evaluatie van passend onderwijs in 2020 heeft de landelijke overheid een verbeteraanpak ingezet. Voor de komende planperiode zijn vooral de volgende ontwikkelingen van belang. De landelijke norm voor basisondersteuning zal bepalen wat iedere school in Nederland minimaal moet bieden. De Wet versterking positie ouders en leerlingen regelt onder meer het hoorrecht van leerlingen en de verplichting voor ieder samenwerkingsverband om een ouder- en jeugdsteunpunt te hebben. Daarnaast is er landelijk aandacht voor inclusiever onderwijs: meer samenwerking tussen regulier en speciaal onderwijs, en meer kinderen die onderwijs krijgen in de eigen omgeving.
## Regionale ontwikkelingen
In onze regio zien wij dat het aantal leerlingen daalt, vooral in de kleine kernen. Dat leidt tot fusies en sluitingen van scholen, wat gevolgen heeft voor de spreiding van expertise. Tegelijk zien wij dat de ondersteuningsvragen complexer worden. Intern begeleiders melden meer kinderen met angst- en stemmingsproblemen, meer kinderen uit gezinnen met financiële zorgen en meer jonge kinderen met een taal- of ontwikkelingsachterstand. Ook het tekort aan leraren en intern begeleiders is merkbaar: niet iedere vacature kan tijdig worden vervuld.
De jeugdhulp in de regio staat onder druk. Wachttijden voor specialistische jeugdhulp lopen op en gemeenten zoeken naar manieren om de kosten te beheersen. Dat raakt ook de scholen: wanneer jeugdhulp niet op tijd beschikbaar is, moet de school langer zelf de ondersteuning dragen. Wij zoeken daarom nadrukkelijk de samenwerking met de gemeenten op, onder meer in het regionale overleg onderwijs-jeugd.
## Wat betekent dit voor ons?
Deze ontwikkelingen vragen om een samenwerkingsverband dat wendbaar is en dicht bij de scholen staat. Wij kiezen ervoor om de komende jaren te investeren in de kwaliteit van de basis, in de samenwerking met jeugdhulp en in de verbinding tussen regulier en speciaal onderwijs. Deze keuzes werken wij jaarlijks uit in het jaarplan.
# 5 Ondersteuning op school
## 5.1 Basisondersteuning
Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat alle scholen binnen het samenwerkingsverband, op al hun locaties, planmatig en op een overeengekomen kwaliteitsniveau uitvoeren, binnen de ondersteuningsstructuur van de school, onder regie en verantwoordelijkheid van de school, waar nodig met inzet van expertise van andere scholen en ketenpartners. De besturen hebben afgesproken dat alle scholen in De Hoge Venen dit niveau bieden. Dit niveau is de ondergrens.
Basisondersteuning kent vier aspecten:
- basiskwaliteit: de onderwijskwaliteit zoals die door de Inspectie van het Onderwijs wordt beoordeeld;
- preventieve en licht curatieve interventies;
- de onderwijsondersteuningsstructuur van de school;
- planmatig werken.
## 5.2 Invulling per school
Wat de basisondersteuning op een school concreet inhoudt, beschrijft iedere school in haar schoolondersteuningsprofiel en, vanaf het moment dat de wet dit voorschrijft, in de schoolgids. De scholen actualiseren dit jaarlijks. Het samenwerkingsverband stelt geen aanvullende eisen aan de vorm. Wanneer de landelijke norm basisondersteuning van kracht wordt, passen wij onze afspraken daarop aan.
## 5.3 Professionalisering
Om de basisondersteuning op peil te houden, bieden wij scholen een scholingsaanbod via het Venenlab, ons netwerk voor intern begeleiders en leraren. Daarin komen thema's aan bod als gedrag in de klas, executieve functies, taalontwikkeling en meer- en hoogbegaafdheid. Ook kunnen scholen gebruikmaken van consultatie door de orthopedagogen van het samenwerkingsverband.
# 6 Extra ondersteuning en arrangementen
## 6.1 Het ondersteuningscontinuüm
Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school extra ondersteuning inzetten. Wij onderscheiden de volgende niveaus:
- Niveau 1 en 2: ondersteuning in de groep en in de school, binnen de basisondersteuning.
- Niveau 3: extra ondersteuning op de eigen school met een arrangement van het samenwerkingsverband, bijvoorbeeld begeleiding door een ambulant begeleider, een onderwijsassistent of een specialist.
- Niveau 4: een bovenschoolse voorziening, zoals de Plusgroep Venendal voor meer- en hoogbegaafde leerlingen en de Kangoeroegroep in Turfwijk voor jonge kinderen die behoefte hebben aan een kleine groep.
- Niveau 5: speciaal basisonderwijs (SBO Het Veenpluis) of speciaal onderwijs (SO De Turfsteker, of een so-school buiten de regio wanneer de ondersteuningsbehoefte daarom vraagt).
Tussen de niveaus bestaan doorgaande lijnen: de ambulante begeleiders van SO De Turfsteker werken op de basisscholen, en leerlingen van de Kangoeroegroep blijven ingeschreven op hun eigen school.
## 6.2 Arrangementen
Een arrangement wordt aangevraagd bij het Team Ondersteuning van het samenwerkingsverband. De school bespreekt de leerling vooraf in het ondersteuningsteam, waar ouders bij aanwezig zijn. Het Team Ondersteuning bepaalt samen met de school welk arrangement nodig is.
## 6.3 Onderwijs en zorg
Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, werken scholen samen met de gebiedsteams van de gemeenten. Iedere school heeft een vaste contactpersoon in het gebiedsteam. Voor leerlingen die een deel van de week dagbehandeling krijgen, zijn er onderwijs-zorgarrangementen met zorgaanbieder Venenzorg.
## 6.5 Meer- en hoogbegaafde leerlingen
Iedere school heeft aandacht voor leerlingen die meer aankunnen. Voor leerlingen die daarnaast behoefte hebben aan contact met ontwikkelingsgelijken, is er de Plusgroep Venendal, waar leerlingen uit groep 5 tot en met 8 een ochtend per week naartoe gaan. De plusgroep werkt met een eigen programma gericht op leren leren, doorzetten en samenwerken. De leerkracht van de plusgroep onderhoudt contact met de eigen school, zodat wat in de plusgroep wordt geleerd ook in de klas terugkomt.
## 6.6 Nieuwkomers
Leerlingen die nieuw zijn in Nederland en de Nederlandse taal nog niet beheersen, krijgen onderwijs op hun eigen basisschool met ondersteuning van een NT2-specialist van het bestuur. Voor scholen met veel nieuwkomers is er een aanvullend aanbod van de gemeente Venendal. Wij stemmen met de besturen af hoe deze leerlingen zo snel mogelijk kunnen meedoen in de reguliere groep.
## 6.4 Een dekkend aanbod
Het samenwerkingsverband wil een dekkend aanbod bieden. Of ons huidige aanbod daarin voorziet, brengen wij in 2027 in beeld. Thuiszitters hebben onze bijzondere aandacht.
# 7 Toelaatbaarheid
## 7.1 Procedure
Voor plaatsing op SBO Het Veenpluis of in het speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure is als volgt:
- De school waar de leerling is ingeschreven bespreekt de leerling in het ondersteuningsteam, samen met ouders en de orthopedagoog van het samenwerkingsverband.
- Het bevoegd gezag van de school dient de aanvraag in bij de Commissie van Toelaatbaarheid (CvT) met het groeidocument, het ontwikkelingsperspectief en de zienswijze van de ouders.
- De CvT vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige (bijvoorbeeld een jeugdarts, maatschappelijk werker of kinderpsychiater). De deskundigen zijn niet eerder bij de leerling betrokken.
- De CvT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit en stuurt dit naar ouders en school.
## 7.2 Criteria
Een leerling is toelaatbaar tot het speciaal basisonderwijs als:
- de basisondersteuning en ten minste één arrangement op niveau 3 of 4 aantoonbaar zijn ingezet en geëvalueerd, en
- de leerling een intensieve ondersteuningsbehoefte heeft op het gebied van leren en/of gedrag waarvoor een kleine groep en een aangepast programma gedurende de hele schooldag nodig zijn.
Een leerling is toelaatbaar tot het speciaal onderwijs als bovendien:
- de ondersteuningsbehoefte zo specifiek is dat specialistische expertise en voorzieningen nodig zijn die het sbo niet kan bieden, zoals bij een (zeer) moeilijk lerende leerling (cluster 3), een leerling met een lichamelijke beperking of langdurige ziekte (cluster 3), of een leerling met ernstige gedrags- of psychiatrische problematiek (cluster 4).
## 7.3 Duur en bekostiging
Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so geldt twee schooljaren, met de bekostigingscategorie laag, midden of hoog.
## 7.4 Bezwaar
Ouders kunnen binnen zes weken bezwaar maken tegen een besluit van de CvT. Het samenwerkingsverband vraagt daarover advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
# 8 Terugplaatsing
Wij vinden dat leerlingen zo thuisnabij mogelijk naar school moeten kunnen gaan. Daarom is terugplaatsing naar het reguliere basisonderwijs altijd het uitgangspunt wanneer dat in het belang van de leerling is. Een leerling komt in aanmerking voor terugplaatsing wanneer de ontwikkeling volgens het ontwikkelingsperspectief dat toelaat en er een basisschool is die de benodigde ondersteuning kan bieden. Na terugplaatsing heeft de leerling recht op begeleiding door een ambulant begeleider van de sbo- of so-school gedurende ten minste een schooljaar.
De precieze werkwijze rond terugplaatsing wordt in het schooljaar 2026-2027 met SBO Het Veenpluis en SO De Turfsteker uitgewerkt in een protocol.
# 9 Ouders
## 9.1 Samenwerking met ouders
Ouders zijn partners van de school. Zij worden betrokken bij alle stappen rond de ondersteuning van hun kind: bij de bespreking in het ondersteuningsteam, bij het opstellen van het ontwikkelingsperspectief en bij de aanvraag van een arrangement of TLV.
## 9.2 Informatie
Ouders vinden informatie over de ondersteuning op de scholen en in het samenwerkingsverband op onze website, met een aparte pagina voor ouders. Daar staan de schoolondersteuningsprofielen van alle scholen, een overzicht van de arrangementen en bovenschoolse voorzieningen en een uitleg van de procedure voor een TLV. Iedere school geeft ouders bij de aanmelding de folder 'Passend onderwijs in De Hoge Venen'. De intern begeleider is voor ouders het eerste aanspreekpunt; op het bureau van het samenwerkingsverband is een medewerker ouders beschikbaar.
## 9.3 Onafhankelijke ondersteuning
Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noordoost, dat het samenwerkingsverband samen met twee andere samenwerkingsverbanden heeft ingericht. Het steunpunt werkt onafhankelijk van scholen en besturen. Daarnaast kunnen ouders contact opnemen met de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders terecht bij de Geschillencommissie passend onderwijs.
# 10 Kwaliteit
Het samenwerkingsverband werkt volgens de cyclus van plannen, uitvoeren, evalueren en bijstellen. De beoogde resultaten voor deze planperiode en de manier waarop wij die gaan volgen, stellen wij vast in het eerste jaarplan (2026-2027). Daarbij sluiten wij aan bij het toezichtkader van de Inspectie van het Onderwijs.
# 11 Organisatie
## 11.1 Bestuur en toezicht
Het samenwerkingsverband is een vereniging. De leden zijn de zes schoolbesturen. Het bestuur bestaat uit onafhankelijke bestuurders; het toezicht is belegd bij de algemene ledenvergadering. De dagelijkse leiding ligt bij de directeur.
## 11.2 Medezeggenschap
De ondersteuningsplanraad bestaat uit zes leden, drie ouders en drie personeelsleden, gekozen door en uit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau.
## 11.3 Team Ondersteuning
Het Team Ondersteuning bestaat uit orthopedagogen, consulenten en een medewerker ouders. Het team adviseert scholen, beoordeelt aanvragen voor arrangementen en bereidt de besluiten van de CvT voor.
## 11.4 Privacy
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor het toewijzen van arrangementen en het afgeven van TLV's. Wij volgen daarbij de AVG. De functionaris gegevensbescherming wordt gedeeld met twee andere samenwerkingsverbanden.
# 12 Personeel en samenwerking met scholen
## Het bureau
Het bureau van het samenwerkingsverband is klein en slagvaardig. Naast de directeur werken er orthopedagogen, consulenten, een medewerker ouders, een beleidsmedewerker en een administratief medewerker. Wij kiezen er bewust voor de formatie van het bureau beperkt te houden, zodat zoveel mogelijk ondersteuning op de scholen terechtkomt.
## Netwerken
Het samenwerkingsverband organiseert netwerken voor intern begeleiders, directeuren en gedragsspecialisten. In deze netwerken delen scholen kennis en ervaringen, bespreken zij casuïstiek en werken zij aan gezamenlijke thema's. Het netwerk van intern begeleiders komt vijf keer per jaar bijeen, het directeurennetwerk vier keer per jaar.
## Overstap naar het voortgezet onderwijs
Samen met het samenwerkingsverband voortgezet onderwijs in de regio zorgen wij voor een warme overdracht van leerlingen met een ondersteuningsbehoefte naar het voortgezet onderwijs. In groep 7 en 8 bespreken basisscholen en vo-scholen deze leerlingen in de overstapgesprekken. Het overleg met het samenwerkingsverband VO over dit ondersteuningsplan vond plaats op 4 februari 2026.
## Voorschoolse periode
Ook de overgang van de voorschoolse voorzieningen naar de basisschool vraagt aandacht. Wij maken met de gemeenten en de kinderopvang afspraken over een warme overdracht van peuters met een ondersteuningsbehoefte, zodat de basisschool vanaf de eerste dag weet wat een kind nodig heeft.
# 13 Financiën
De ondersteuningsmiddelen worden jaarlijks via de begroting ingezet. De begroting wordt jaarlijks door het bestuur vastgesteld, na advies van de ondersteuningsplanraad, en is te raadplegen via www.hogevenen-po.nl/financien.
# 14 Communicatie en planning
## 14.1 Communicatie met scholen en besturen
Het samenwerkingsverband informeert scholen en besturen via een digitale nieuwsbrief die vijf keer per jaar verschijnt, via de netwerken van intern begeleiders en directeuren en via het bestuurlijk overleg. Vragen van scholen worden binnen twee werkdagen beantwoord door de consulent van de school.
## 14.2 Planning op hoofdlijnen
In het eerste jaar van deze planperiode ligt de nadruk op het opstellen van het jaarplan 2026-2027, het protocol terugplaatsing, de inventarisatie van het aanbod en de voorbereiding op de landelijke norm basisondersteuning. In het tweede en derde jaar voeren wij de gemaakte afspraken uit en stellen wij waar nodig bij. In het laatste jaar evalueren wij dit plan en bereiden wij het volgende ondersteuningsplan voor, samen met scholen, ouders en OPR.
## 14.3 Wijzigingen
Wanneer wetgeving of landelijke afspraken daartoe aanleiding geven, kan dit plan tussentijds worden gewijzigd. Iedere wijziging wordt voorgelegd aan de ondersteuningsplanraad. Kleine, redactionele wijzigingen worden jaarlijks in het jaarplan opgenomen.
# 15 Tot slot
Dit plan is een kader. De uitwerking vindt plaats in de jaarplannen, die wij jaarlijks met de OPR bespreken. Wij nodigen iedereen uit om met ons mee te denken: scholen, ouders, gemeenten en partners. Heeft u vragen of opmerkingen over dit plan, neem dan contact op met het bureau van het samenwerkingsverband.
[PB]
# Afkortingen en begrippen
Basisondersteuning - het geheel van preventieve en licht curatieve interventies dat alle scholen bieden.
CvT - Commissie van Toelaatbaarheid.
Dekkend aanbod - het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is.
Meerjarenbegroting - de begroting van het samenwerkingsverband voor de komende jaren, met de verdeling van de middelen over de besturen.
OPP - ontwikkelingsperspectief.
OPR - ondersteuningsplanraad.
Resultaten - de beoogde en bereikte resultaten van het samenwerkingsverband, die jaarlijks in het jaarverslag worden verantwoord.
SOP - schoolondersteuningsprofiel.
Terugplaatsing - het teruggaan van een leerling van het sbo of so naar het basisonderwijs.
TLV - toelaatbaarheidsverklaring.
Verdeelmodel - de manier waarop de ondersteuningsmiddelen over de schoolbesturen worden verdeeld.
"""

LABEL_C = dict(
    sector="po",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "5.1 defines the level as the ondergrens for all locaties (referentiekader wording, four aspects), but 5.2 leaves the concrete content to each school's SOP/schoolgids -> inhoud not addressed.",
        "plaatsing": "7.1 steps (bevoegd gezag applies, CvT decides within 6 weeks, two deskundigen), 7.2 sbo/so criteria, 7.3 duration/category, 7.4 bezwaar.",
        "terugstroom": "Ch. 8 gives the policy (thuisnabij, conditions, ambulante begeleiding after return) but the procedure is deferred to a protocol to be written in 2026-2027.",
        "financien": "Ch. 13 (and a running footer) only says the begroting is set yearly and refers to a web page; verdeelmodel/meerjarenbegroting appear only in the begrippenlijst -> nothing addressed.",
        "dekkend-aanbod": "6.1 continuum niveau 1-5 with named provisions, 6.3 gebiedsteams/OZA; 6.4 defers the dekkend-aanbod analysis to 2027 and only mentions thuiszitters in passing -> lacunes not addressed.",
        "resultaten": "Ch. 10 defers beoogde resultaten and their monitoring to the first jaarplan; 'resultaten' otherwise only in the begrippenlijst.",
        "ouders": "9.2 website parent page, SOPs, folder, contact person; 9.3 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    },
)

# =====================================================================================================
# Plan D: PO, .html - the web version of a plan "in transitie". Basisondersteuning and the support
# structure / dekkend aanbod are deferred to the landelijke norm and a project; TLV criteria are given
# but the procedure is only a link; terugplaatsing, geld, resultaten and ouders are well covered.
# =====================================================================================================
PLAN_D = r"""
@T Ondersteuningsplan 2026-2030
@t Passend Onderwijs Lindelanden PO - webversie van het ondersteuningsplan. Laatst bijgewerkt: 28 april 2026.
@t U leest hier het volledige ondersteuningsplan. Een pdf-versie kunt u opvragen via het secretariaat.
[TOC]
## Welkom
Passend Onderwijs Lindelanden is het samenwerkingsverband voor primair onderwijs in de gemeenten Lindeburg, Ravenswoud en Esveld. Wij zorgen er samen met 11 schoolbesturen voor dat alle kinderen in onze regio onderwijs krijgen dat bij hen past. Op deze pagina vindt u ons ondersteuningsplan voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het plan is op 21 april 2026 vastgesteld door het algemeen bestuur, nadat de ondersteuningsplanraad op 9 april 2026 had ingestemd en het op overeenstemming gericht overleg met de drie gemeenten op 17 maart 2026 was afgerond.
Wij hebben ervoor gekozen het plan als webpagina te publiceren. Zo is het beter leesbaar op een telefoon en kunnen wij verwijzen naar actuele informatie op andere pagina's van onze website. Wij hebben geprobeerd het plan te schrijven in taal die iedereen begrijpt. Lukt dat ergens niet, laat het ons weten.
Op deze pagina leest u achtereenvolgens over ons samenwerkingsverband en onze visie, over de basisondersteuning en het passend aanbod in de regio, over de toelaatbaarheid tot sbo en so, over terugplaatsing naar de basisschool, over het geld, over de resultaten die wij willen bereiken en over de rol van ouders. Onderaan de pagina vindt u veelgestelde vragen, de planning en een lijst met begrippen. Via de inhoudsopgave springt u direct naar het onderwerp dat u zoekt.
## Over Passend Onderwijs Lindelanden
In ons samenwerkingsverband zitten 47 basisscholen, 2 scholen voor speciaal basisonderwijs (SBO De Linde en SBO Het Esveld) en 2 scholen voor speciaal onderwijs (SO De Wissel en SO Kompaan). Op 1 oktober 2025 telden wij 11.420 leerlingen in het basisonderwijs, 276 in het sbo en 163 in het so.
Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de aangesloten schoolbesturen. Het dagelijks bestuur bestaat uit drie leden van het algemeen bestuur. De directeur leidt het bureau, waar 11 mensen werken: orthopedagogen, consulenten, een medewerker financiën en een secretariaat. Het intern toezicht is belegd bij een toezichtscommissie van drie onafhankelijke leden.
## Onze visie
Wij willen dat kinderen zoveel mogelijk samen naar school gaan, in hun eigen dorp of wijk. Wij geloven dat verschillen tussen kinderen normaal zijn en dat scholen daar met steun van elkaar goed mee kunnen omgaan. Wij geloven ook dat een speciale school voor sommige kinderen de beste plek is, en dat die plek dan snel en zonder gedoe beschikbaar moet zijn.
Voor de periode 2026-2030 hebben wij drie woorden gekozen die ons werk samenvatten: dichtbij, duidelijk en samen. Dichtbij: ondersteuning zo dicht mogelijk bij het kind. Duidelijk: heldere afspraken en besluiten, zodat scholen en ouders weten waar zij aan toe zijn. Samen: scholen, ouders, gemeenten en het samenwerkingsverband doen het samen.
## Terugblik op 2022-2026
In ons vorige ondersteuningsplan hadden wij ons drie doelen gesteld. Hieronder leest u kort hoe het is gegaan.
Het eerste doel was dat besluiten over een TLV sneller zouden worden genomen. Dat is gelukt: in 2021 duurde het gemiddeld negen weken van aanvraag tot besluit, in 2025 was dat zes weken. Dat is nog niet de vijf weken die wij willen, daarom houden wij dit doel vast.
Het tweede doel was dat meer kinderen vanuit het sbo en so teruggaan naar een basisschool. In 2021 waren dat er 8, in 2024-2025 waren het er 17. Wij zijn daar blij mee, maar wij denken dat er meer mogelijk is.
Het derde doel was dat ouders tevreden zijn over de ondersteuning van hun kind. De oudervragenlijst van 2025 gaf een gemiddeld cijfer van 7,2. Ouders waarderen vooral de betrokkenheid van de intern begeleiders en de consulenten. Zij zijn minder tevreden over de duidelijkheid van de informatie. Daarom hebben wij de informatie voor ouders vernieuwd.
Wat wij in de vorige periode hebben geleerd, is dat doelen pas werken als je ze ook echt volgt. Daarom hebben wij in dit plan minder doelen gekozen, die wij beter kunnen meten.
## Hoe is dit plan gemaakt?
Aan dit plan hebben veel mensen meegewerkt. In het najaar van 2025 hebben wij vier bijeenkomsten gehouden met intern begeleiders en directeuren, twee met ouders en een met de gemeenten. Daarnaast hebben wij een online vragenlijst uitgezet, die door 212 ouders en 96 medewerkers van scholen is ingevuld. Een schrijfgroep van het bureau heeft op basis daarvan het plan geschreven. De ondersteuningsplanraad heeft tijdens het schrijven twee keer meegelezen en heeft op 9 april 2026 ingestemd.
## Een plan in een tijd van verandering
Dit ondersteuningsplan verschijnt op een bijzonder moment. De landelijke overheid werkt aan een wettelijke norm voor basisondersteuning en aan nieuwe regels voor de positie van ouders en leerlingen. Wij willen niet nu afspraken maken die over een jaar weer moeten worden herzien. Daarom hebben wij bij sommige onderwerpen gekozen voor een plan in twee stappen: wat al vastligt, staat op deze pagina; wat nog wordt uitgewerkt, voegen wij later toe, na instemming van de ondersteuningsplanraad.
## De ondersteuning op school
Het samenwerkingsverband herziet zijn afspraken over basisondersteuning zodra de landelijke norm basisondersteuning is vastgesteld. Tot die tijd gelden de afspraken uit het document 'Basisondersteuning Lindelanden 2020'. Dit document vindt u op de pagina [Basisondersteuning](https://www.lindelanden-po.nl/basisondersteuning).
Heeft u een vraag over de ondersteuning op de school van uw kind? Kijk dan in de schoolgids of neem contact op met de intern begeleider van de school.
## Passend aanbod in de regio
In september 2026 start het project 'Elk kind een plek'. In dit project onderzoeken wij samen met de schoolbesturen welke voorzieningen onze regio de komende jaren nodig heeft en hoe de verschillende vormen van ondersteuning op elkaar aansluiten. De uitkomsten van het project en de afspraken die daaruit voortvloeien, volgen in 2027 als aanvulling op dit plan.
## Toelaatbaarheid tot sbo en so
### Wanneer kan een kind naar het sbo?
Het samenwerkingsverband geeft een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs af als aan alle volgende voorwaarden is voldaan:
- de basisschool heeft gedurende ten minste een half jaar extra ondersteuning ingezet volgens een ontwikkelingsperspectief, en dit is geëvalueerd;
- het kind heeft een ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling die vraagt om een kleine groep (maximaal 16 kinderen) en een aanpak die de hele dag is afgestemd op het kind;
- het is aannemelijk dat het kind in het sbo beter tot ontwikkeling komt dan op een basisschool met extra ondersteuning.
### Wanneer kan een kind naar het so?
Een TLV voor het speciaal onderwijs wordt afgegeven als het kind daarnaast specialistische zorg of begeleiding in de school nodig heeft, die ook het sbo niet kan bieden. Dat is bijvoorbeeld het geval bij kinderen met een verstandelijke beperking waarbij het IQ rond of onder de 55 ligt (cluster 3, ZMLK), kinderen met een lichamelijke beperking of langdurige ziekte die intensieve verzorging of aanpassingen vragen (cluster 3, LG/LZ) en kinderen met ernstige gedragsproblemen of psychiatrische problematiek waarbij onderwijs en behandeling in samenhang nodig zijn (cluster 4). De keuze voor de bekostigingscategorie (laag, midden of hoog) hangt af van de intensiteit van de benodigde zorg.
### Een TLV aanvragen
Hoe een TLV wordt aangevraagd en welke stappen daarbij horen, leest u op de pagina [Aanvragen bij het Loket](https://www.lindelanden-po.nl/loket).
### Bezwaar
Bent u het niet eens met een besluit over een TLV? Dan kunt u binnen zes weken na de dagtekening van het besluit schriftelijk bezwaar maken bij het algemeen bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en neemt daarna een besluit op uw bezwaar. U kunt het bestuur vragen het bezwaar eerst in een gesprek te bespreken.
## Terug naar de basisschool
### Ons beleid
Een plek op het sbo of so is geen eindpunt. Wij vinden het belangrijk dat kinderen die op een basisschool verder kunnen, ook echt die kans krijgen. Ons uitgangspunt is: een kind gaat terug naar het basisonderwijs wanneer het daar met de juiste ondersteuning verder kan en de ouders daarmee instemmen. Bij voorkeur gaat het kind naar een basisschool in de eigen woonplaats. Een terugplaatsing gebeurt bij voorkeur aan het begin van een schooljaar of na een vakantie.
Het samenwerkingsverband betaalt mee aan een goede start op de basisschool. De basisschool ontvangt een terugplaatsingsbudget van € 6.000 voor het eerste jaar, en het kind kan een jaar lang begeleid worden door een ambulant begeleider van de school waar het vandaan komt.
### Zo werkt het
- Elk jaar in februari bespreekt de sbo- of so-school het ontwikkelingsperspectief van ieder kind met de ouders. Daarbij wordt altijd de vraag gesteld of terugplaatsing mogelijk is.
- Ziet de school kansen, dan neemt de intern begeleider van de sbo- of so-school contact op met de consulent van het samenwerkingsverband. Ook ouders kunnen zelf om een gesprek vragen.
- De consulent organiseert binnen vier weken een overleg met ouders, de sbo- of so-school en een basisschool die het kind kan ontvangen. Samen stellen zij een overstapplan op, met een datum, de ondersteuning die nodig is en een evaluatiemoment.
- De ontvangende basisschool besluit over de inschrijving. Het samenwerkingsverband kent het terugplaatsingsbudget toe.
- Na drie maanden en na een jaar evalueren ouders, basisschool en consulent hoe het gaat.
Loopt een TLV voor het so af, dan beoordeelt de so-school uiterlijk in maart van het laatste TLV-jaar of terugplaatsing mogelijk is. Is dat niet zo, dan vraagt de so-school een nieuwe TLV aan.
In schooljaar 2024-2025 gingen 14 kinderen vanuit het sbo en 3 kinderen vanuit het so terug naar een basisschool.
## Geld
### Waar komt het geld vandaan?
Het samenwerkingsverband krijgt geld van de overheid voor extra ondersteuning. Voor 2026 is dat € 8,4 miljoen. Een deel daarvan gaat direct naar de so-scholen (via DUO) en een deel naar de sbo-scholen.
### Hoe verdelen wij het geld?
Wij verdelen het geld volgens een vaste verdeelsleutel, die het algemeen bestuur vaststelt na advies van de ondersteuningsplanraad:
- Elk schoolbestuur krijgt € 210 per leerling (peildatum 1 oktober van het jaar ervoor). Met dit geld versterken de besturen de ondersteuning op hun scholen.
- Voor kinderen die meer nodig hebben dan de school zelf kan bieden, kan de school bij het Loket individuele ondersteuning aanvragen. Het Loket kent die toe als het kind een ontwikkelingsperspectief heeft en de school laat zien dat de eigen middelen al zijn ingezet. Per kind is maximaal € 9.000 per schooljaar beschikbaar.
- Voor terugplaatsingen is een apart budget (zie hierboven).
### Waar geven wij het geld aan uit?
|Begroting (bedragen x € 1.000)|2026|2027|2028|2029|
|Rijksbijdrage ondersteuning|8.420|8.330|8.250|8.190|
|Af: afdracht so via DUO|-2.610|-2.640|-2.660|-2.680|
|Af: overdracht sbo|-1.120|-1.100|-1.080|-1.070|
|Beschikbaar voor het samenwerkingsverband|4.690|4.590|4.510|4.440|
|Budget schoolbesturen (€ 210 per leerling)|2.400|2.360|2.320|2.290|
|Individuele ondersteuning via het Loket|1.280|1.250|1.230|1.200|
|Terugplaatsingsbudget|100|100|100|100|
|Project 'Elk kind een plek'|80|120|0|0|
|Personeel bureau|620|630|640|650|
|Huisvesting, ICT en overige kosten|190|190|195|195|
|Resultaat|20|-60|25|5|
Het samenwerkingsverband heeft een kleine algemene reserve van € 640.000 (eind 2025). Wij houden deze reserve aan voor onvoorziene uitgaven, zoals een onverwachte groei van het aantal kinderen in het so.
### Verantwoording
Schoolbesturen laten jaarlijks in hun jaarverslag zien hoe zij het geld van het samenwerkingsverband hebben gebruikt. Het samenwerkingsverband legt zelf verantwoording af in het eigen jaarverslag en de jaarrekening, die door een accountant worden gecontroleerd.
## Wat willen wij bereiken?
### Onze doelen voor 2030
|Doel|Hoe meten wij dat?|Streefwaarde 2030|
|Meer kinderen gaan terug naar de basisschool|Aantal terugplaatsingen per schooljaar|ten minste 20|
|Kinderen in het sbo of so krijgen snel duidelijkheid|Aantal weken tussen aanvraag en besluit TLV|gemiddeld hoogstens 5 weken|
|Kinderen met een ontwikkelingsperspectief halen hun doelen|Percentage OPP-doelen behaald bij evaluatie|80%|
|Ouders zijn tevreden over de ondersteuning|Gemiddeld rapportcijfer oudervragenlijst|7,5 of hoger|
|Het aandeel kinderen in sbo en so blijft stabiel|Deelnamepercentage sbo en so samen op 1 oktober|hoogstens 3,8%|
### Hoe houden wij bij of het lukt?
Het bureau houdt de gegevens bij in een dashboard. Twee keer per jaar, in november en juni, krijgen het algemeen bestuur en de ondersteuningsplanraad een voortgangsrapportage waarin per doel staat hoe het ervoor staat. Elk voorjaar sturen wij een korte vragenlijst naar ouders van kinderen die ondersteuning krijgen. In het jaarverslag, dat elk jaar voor 1 juli op deze website verschijnt, staat per doel wat er is bereikt en wat wij daaraan hebben uitgegeven. Wanneer een doel niet in de goede richting gaat, bespreken wij met de besturen welke maatregelen nodig zijn.
## Ouders
### Informatie voor ouders
Wij vinden het belangrijk dat ouders goed weten welke ondersteuning er is. Daarom:
- staat op onze website een [ouderpagina](https://www.lindelanden-po.nl/ouders) met uitleg over extra ondersteuning, het sbo en so, het aanvragen van een TLV en terugplaatsing, met filmpjes in eenvoudige taal;
- staat in de schoolgids van iedere school welke ondersteuning de school biedt en hoe ouders die kunnen krijgen;
- organiseren wij elk najaar in alle drie de gemeenten een informatieavond over passend onderwijs;
- kunnen ouders op werkdagen van 9.00 tot 12.00 uur bellen met onze ouderlijn.
### Hulp van buiten
Ouders die hulp zoeken van iemand die niet bij school of samenwerkingsverband werkt, kunnen terecht bij het Ouder- en Jeugdsteunpunt Lindelanden. Het steunpunt is onafhankelijk, gratis en vertrouwelijk. Een ouderadviseur luistert, geeft informatie en advies en kan meegaan naar gesprekken op school. Ook kunnen ouders contact opnemen met de Onderwijsconsulenten of met Ouders & Onderwijs. Bij een klacht over het samenwerkingsverband geldt onze klachtenregeling; bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders naar de Geschillencommissie passend onderwijs.
### Meepraten
Ouders praten mee over het beleid van het samenwerkingsverband via de ondersteuningsplanraad, waarin vier ouders en vier personeelsleden zitten. Over hun eigen kind praten ouders mee bij het opstellen en evalueren van het ontwikkelingsperspectief.
## Veelgestelde vragen
### Wat is een ontwikkelingsperspectief?
Een ontwikkelingsperspectief (OPP) is een plan voor een kind dat extra ondersteuning krijgt. Daarin staat wat het kind nodig heeft, welke doelen de school wil bereiken en wat het verwachte uitstroomniveau is. De school stelt het OPP op en bespreekt het met ouders. Ouders hebben instemmingsrecht op het handelingsdeel van het OPP.
### Mag mijn kind zelf meepraten?
Ja. Wij vinden het belangrijk dat kinderen zelf kunnen vertellen wat zij nodig hebben. Scholen vragen kinderen bij het opstellen van het OPP naar hun mening, op een manier die past bij hun leeftijd. Met de nieuwe wet wordt dit hoorrecht ook wettelijk vastgelegd.
### Kost het sbo of so iets voor ouders?
Nee. Onderwijs op het sbo of so is, net als op de basisschool, gratis. Scholen kunnen wel een vrijwillige ouderbijdrage vragen voor bijvoorbeeld schoolreisjes.
### Wie regelt het vervoer naar het sbo of so?
Het leerlingenvervoer wordt geregeld door de gemeente waar u woont. U vraagt het vervoer zelf aan bij de gemeente. Op de website van uw gemeente leest u wat de voorwaarden zijn.
### Wat doet de ondersteuningsplanraad?
De ondersteuningsplanraad (OPR) is de medezeggenschapsraad van het samenwerkingsverband. De OPR moet instemmen met het ondersteuningsplan en kan het bestuur gevraagd en ongevraagd advies geven. De vergaderingen van de OPR zijn openbaar; de data staan op onze website.
### Hoe lang duurt het voordat mijn kind terug kan naar een basisschool?
Dat verschilt per kind. Sommige kinderen gaan na een jaar terug, anderen blijven tot het einde van de basisschool op het sbo of so. Bij de jaarlijkse bespreking van het OPP in februari hoort u van de school of terugplaatsing een mogelijkheid is.
## Mensen en organisatie
### Medewerkers
De medewerkers van het bureau ondersteunen scholen met advies en consultatie. Iedere school heeft een vaste consulent. Wij investeren in de deskundigheid van onze eigen medewerkers via scholing en intervisie.
### Privacy
Wij gaan zorgvuldig om met de gegevens van kinderen. Alleen medewerkers die de gegevens nodig hebben voor hun werk hebben toegang. Gegevens over een TLV bewaren wij tot drie jaar na het besluit. Meer informatie vindt u in onze privacyverklaring.
### Medezeggenschap
De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De aanvullingen die later aan dit plan worden toegevoegd, worden ook aan de ondersteuningsplanraad voorgelegd.
### ICT
Het bureau werkt met een beveiligde digitale omgeving voor het uitwisselen van dossiers met scholen. In 2026 stappen wij over op een nieuw systeem waarin scholen de status van een aanvraag zelf kunnen volgen. Medewerkers werken met tweestapsverificatie en krijgen jaarlijks een training over informatiebeveiliging.
### Klachten over het samenwerkingsverband
Bent u niet tevreden over de manier waarop een medewerker van het samenwerkingsverband met u of uw kind is omgegaan? Bespreek dat eerst met de medewerker zelf of met de directeur. Komt u er samen niet uit, dan kunt u een klacht indienen volgens onze klachtenregeling. Het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Wij behandelen iedere klacht vertrouwelijk.
## Contact
Passend Onderwijs Lindelanden PO, Stationsplein 4, Lindeburg. Het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur. Voor scholen: bel de consulent van uw school of mail naar het Loket. Voor ouders: bel de ouderlijn of mail naar ouders@lindelanden-po.nl. Voor vragen over dit ondersteuningsplan kunt u contact opnemen met de beleidsmedewerker.
Dit ondersteuningsplan wordt ieder jaar bijgewerkt wanneer er aanvullingen zijn vastgesteld. Bovenaan deze pagina ziet u de datum van de laatste wijziging. Eerdere versies van het plan kunt u opvragen bij het secretariaat.
## Planning
- 2026: start project 'Elk kind een plek'; nieuwe ouderlijn.
- 2027: aanvulling op het plan over basisondersteuning en passend aanbod, na vaststelling van de landelijke norm.
- 2028: tussenevaluatie van het plan met besturen en ondersteuningsplanraad.
- 2029-2030: voorbereiding van het volgende ondersteuningsplan.
## Begrippen
Arrangement: ondersteuning op maat voor een kind of een groep kinderen.
Basisondersteuning: de ondersteuning die iedere school in het samenwerkingsverband minimaal biedt.
Dekkend aanbod: een netwerk van voorzieningen waarin voor ieder kind een passende plek is.
Loket: het team van het samenwerkingsverband dat aanvragen beoordeelt.
OPP: ontwikkelingsperspectief.
Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.
TLV: toelaatbaarheidsverklaring.
Zorgplicht: de plicht van een schoolbestuur om voor een aangemeld kind een passende plek te zoeken.
"""

LABEL_D = dict(
    sector="po",
    criteria={
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    advisory={
        "plaatsing": ["duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    notes={
        "basisondersteuning": "'De ondersteuning op school' only defers to the landelijke norm and links to an external 2020 document; the definition is only in 'Begrippen' -> nothing addressed.",
        "plaatsing": "Criteria for sbo and so (incl. category choice) and bezwaar are on the page, but the procedure is only a link to the 'Aanvragen bij het Loket' page -> procedure not addressed.",
        "terugstroom": "'Terug naar de basisschool': policy (thuisnabij, conditions, terugplaatsingsbudget, ambulante begeleiding) and numbered procedure with initiator, decision and evaluation moments; 2024-2025 figures.",
        "financien": "'Geld': verdeelsleutel (EUR 210 per leerling, individual support via Loket with criteria) and begroting table 2026-2029; reserve and verantwoording.",
        "dekkend-aanbod": "'Passend aanbod in de regio' only announces the project 'Elk kind een plek' with results in 2027; thuiszitters/zorgplicht/dekkend aanbod only in 'Begrippen'; no continuum or gap handling described.",
        "resultaten": "'Wat willen wij bereiken?': table of goals with indicators and streefwaarden; dashboard, twice-yearly voortgangsrapportage, jaarverslag.",
        "ouders": "'Ouders': ouderpagina, schoolgids, info evenings, ouderlijn; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie; OPR and OPP involvement.",
    },
)

# =====================================================================================================
# Plan E: VO, .docx - a businesslike VO plan. All toewijzing/toelaatbaarheid (vso, lwoo, pro) lives in a
# separate document; no parents' paragraph at all (OJSP only in the afkortingenlijst); the verdeelmodel
# is "being revised"; results are monitored and reported but new targets are postponed.
# =====================================================================================================
PLAN_E = r"""
@T Ondersteuningsplan 2026-2030
@t Samenwerkingsverband Voortgezet Onderwijs Veenhorst-Midden (VO 26-19)
@t Koers: iedere leerling een diploma of startkwalificatie
@t Definitieve versie ter vaststelling in de algemene ledenvergadering van 23 april 2026
[PB]
[TOC]
[PB]
# Voorwoord
Het samenwerkingsverband VO Veenhorst-Midden bestaat inmiddels meer dan tien jaar. In die jaren is er veel bereikt. Het aantal leerlingen dat zonder diploma de school verlaat is gedaald, het aantal thuiszitters is teruggedrongen en de samenwerking tussen de scholen is hechter dan ooit. Toch is er ook zorg. Het aantal leerlingen met psychische problemen en schoolverzuim neemt toe, de jeugdhulp kampt met wachtlijsten en de scholen merken het tekort aan docenten en mentoren.
In dit vierde ondersteuningsplan kiezen wij voor focus. Wij willen de basisondersteuning op alle scholen verder versterken, het aanbod tussen regulier en speciaal onderwijs beter op elkaar laten aansluiten en nog nadrukkelijker samenwerken met de gemeenten en de jeugdhulp. Het plan is opgesteld door de stafmedewerkers van het samenwerkingsverband met input van de ondersteuningscoördinatoren, de directeuren en het bestuurlijk overleg.
Ir. P.J. (Pieter) Brandsma, directeur-bestuurder
# 1 Inleiding
## 1.1 Het samenwerkingsverband
Samenwerkingsverband VO Veenhorst-Midden omvat alle scholen voor voortgezet onderwijs en voortgezet speciaal onderwijs in de gemeenten Veenhorst, Midwolde en Ter Aar-Oost. Er zijn 7 schoolbesturen aangesloten met samen 14 vestigingen voor regulier voortgezet onderwijs, 2 scholen voor praktijkonderwijs en 2 scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 telden wij 10.940 leerlingen, van wie 412 in het praktijkonderwijs, 1.026 met leerwegondersteuning en 298 in het vso.
## 1.2 Wettelijk kader en procedure
Dit ondersteuningsplan is opgesteld op grond van de Wet voortgezet onderwijs 2020 en beschrijft de onderdelen die de wet voorschrijft. Het plan is besproken in het op overeenstemming gericht overleg met de drie gemeenten op 12 maart 2026 en met de samenwerkingsverbanden primair onderwijs in de regio op 26 februari 2026. De ondersteuningsplanraad heeft op 2 april 2026 ingestemd met het plan. Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs gezonden.
## 1.3 Relatie met andere documenten
Het ondersteuningsplan geeft de hoofdlijnen voor vier jaar. Het wordt uitgewerkt in een jaarplan en een jaarbegroting. Daarnaast zijn de procedures van het samenwerkingsverband vastgelegd in afzonderlijke documenten die het bestuur vaststelt, zoals het Toewijzingsbeleid, het Protocol thuiszitters en de Klachtenregeling.
# 2 Missie, visie en koers
## 2.1 Missie
Het samenwerkingsverband zorgt samen met de scholen dat iedere jongere in Veenhorst-Midden een passende onderwijsplek heeft en zijn school afrondt met een diploma of startkwalificatie, of duurzaam uitstroomt naar werk of dagbesteding.
## 2.2 Visie
Wij zien het samenwerkingsverband als een netwerkorganisatie. De scholen zijn verantwoordelijk voor goed onderwijs en goede ondersteuning; het samenwerkingsverband faciliteert, verbindt en vult aan waar de scholen dat niet alleen kunnen. Wij werken vanuit het principe 'regulier waar het kan, speciaal waar het moet' en streven ernaar dat de overstap tussen regulier en speciaal onderwijs in beide richtingen soepel verloopt.
Wij vinden het belangrijk dat leerlingen zelf eigenaar zijn van hun ontwikkeling. Een leerling is geen dossier, maar een jongere met eigen wensen, talenten en ambities.
Wij zien ook dat de grens tussen regulier en speciaal onderwijs vervaagt. Steeds meer vso-scholen werken samen met reguliere scholen, bijvoorbeeld in gedeelde gebouwen, gezamenlijke lessen of een gezamenlijk examenprogramma. Wij stimuleren die ontwikkeling, omdat zij leerlingen meer kansen biedt en de expertise van het speciaal onderwijs dichter bij de reguliere scholen brengt. Tegelijk blijven wij zuinig op de kwaliteit van het vso: voor een deel van de leerlingen is een gespecialiseerde omgeving noodzakelijk, en die moet beschikbaar blijven, ook wanneer het aantal leerlingen daalt. Inclusiever onderwijs is voor ons geen doel op zich, maar een middel om ervoor te zorgen dat iedere jongere de plek krijgt die het beste bij hem past.
## 2.3 Koers 2026-2030
Onze koers kent drie lijnen: een sterke basis op iedere school, een aanbod dat op elkaar aansluit, en samen met de gemeenten en de jeugdhulp. Deze koers is in de jaarplannen vertaald naar activiteiten.
# 3 Basisondersteuning
## 3.1 Afspraken
De basisondersteuning is het niveau van ondersteuning dat iedere vestiging van iedere school in het samenwerkingsverband ten minste biedt, voor alle leerlingen, zonder dat daarvoor middelen of een aanvraag bij het samenwerkingsverband nodig zijn. De besturen hebben deze afspraken vastgelegd in de Kwaliteitsstandaard Basisondersteuning Veenhorst-Midden. Zodra de landelijke norm basisondersteuning van kracht is, stemmen wij de standaard daarop af; tot die tijd geldt de standaard zoals hieronder beschreven.
## 3.2 Wat iedere vestiging biedt
|Onderdeel|Wat er op iedere vestiging aanwezig is|
|Ondersteuningsstructuur|Een ondersteuningscoördinator (minimaal 0,5 fte per 500 leerlingen), een mentor per klas met een mentoruur, een zorg- en adviesteam (ZAT) dat minimaal zes keer per jaar bijeenkomt|
|Dyslexie en dyscalculie|Een protocol, faciliteiten zoals extra tijd, voorleessoftware en vergrote teksten, en een dyslexiecoach|
|Sociaal-emotioneel|Een aanbod voor faalangstreductie en sociale vaardigheden, een anti-pestcoördinator en een jaarlijkse monitor sociale veiligheid|
|Gedrag|Een time-outvoorziening binnen de school, een gedragsprotocol en een check-in/check-outaanpak voor leerlingen met gedragsvragen|
|Executieve functies|Begeleiding bij plannen en organiseren in de onderbouw, huiswerkbegeleiding op school|
|Taal|Ondersteuning bij taalachterstanden en NT2 in de brugklas|
|Medisch|Een protocol medisch handelen en afspraken over medicijnverstrekking|
|Verzuim|Een verzuimcoördinator en een vaste werkwijze met de jeugdarts en leerplicht bij zorgwekkend verzuim|
|Ontwikkelingsperspectief|Een OPP voor iedere leerling die extra ondersteuning krijgt, minimaal twee keer per jaar geëvalueerd|
## 3.3 Borging
Iedere vestiging maakt jaarlijks een zelfevaluatie op de kwaliteitsstandaard. De stafmedewerker kwaliteit van het samenwerkingsverband bezoekt iedere vestiging eens in de twee jaar voor een auditgesprek. Voldoet een vestiging niet, dan stelt het bestuur van de school binnen drie maanden een verbeterplan op.
# 4 Het ondersteuningsaanbod
## 4.1 Van basis naar specialistisch
|Niveau|Aanbod|
|Basisondersteuning|Zie hoofdstuk 3, op iedere vestiging|
|Extra ondersteuning in de school|Leerwegondersteunend onderwijs (lwoo) op 6 vestigingen, ondersteuningsklassen (kleine klassen) op 4 vestigingen, begeleiding door een ambulant begeleider|
|Bovenschools|OPDC De Brug (tijdelijke opvang en begeleiding, maximaal 6 maanden), Rebound Veenhorst (time-out van 12 weken), de Topklas voor hoogbegaafde leerlingen|
|Praktijkonderwijs|PrO Veenhorst en PrO De Werkplaats|
|Voortgezet speciaal onderwijs|VSO De Meerpaal (cluster 4) en VSO Het Atrium (cluster 3)|
|Onderwijs-zorg|Onderwijs-zorgarrangementen met Jeugd-ggz Veenhorst en de zorgboerderij De Kievit|
De leerling blijft bij OPDC De Brug en bij Rebound Veenhorst ingeschreven op de eigen school. Het doel is altijd dat de leerling zo snel mogelijk terugkeert naar de eigen klas.
## 4.2 Route naar extra ondersteuning
De ondersteuningscoördinator van de school bespreekt leerlingen die meer nodig hebben in het zorg- en adviesteam. Is een bovenschoolse voorziening nodig, dan meldt de school de leerling aan bij het Loket van het samenwerkingsverband. Het Loket beslist binnen tien schooldagen over plaatsing in OPDC De Brug of Rebound Veenhorst.
## 4.3 Dekkend netwerk en thuiszitters
Het samenwerkingsverband maakt ieder half jaar, op 1 oktober en 1 maart, een overzicht van alle leerlingen die geen onderwijs volgen of op een wachtlijst staan. Dit overzicht wordt besproken in het Regionaal Thuiszittersoverleg, waarin het samenwerkingsverband, leerplicht, de jeugdarts en de gemeentelijke jeugdteams zitten. Voor iedere leerling wordt binnen twee weken een casusregisseur aangewezen. Lukt het niet om binnen drie maanden een passende plek te vinden, dan besluit de directeur-bestuurder, met doorzettingsmacht, welke school of voorziening de leerling plaatst.
Uit de overzichten van 2025 blijkt dat er voor twee groepen structureel te weinig aanbod is: leerlingen met ernstige angstklachten die het reguliere gebouw niet in durven, en vso-leerlingen met een combinatie van autisme en een hoog cognitief niveau. Voor de eerste groep start in 2026 het programma 'Thuis naar school', een kleinschalige leeromgeving met begeleiding vanuit jeugd-ggz. Voor de tweede groep richten VSO De Meerpaal en een havo/vwo-school samen een havo-vwo-stroom in het vso in, met ingang van schooljaar 2027-2028.
## 4.4 Zorgplicht
Iedere school heeft zorgplicht. Als een school een aangemelde leerling niet zelf de benodigde ondersteuning kan bieden, zoekt de school binnen zes weken (met maximaal vier weken verlenging) een passende plek op een andere school. Het Loket ondersteunt de school daarbij.
# 5 Toewijzing en toelaatbaarheid
De procedures en criteria voor toelaatbaarheid tot het voortgezet speciaal onderwijs, voor de aanwijzing voor leerwegondersteunend onderwijs en voor de toelaatbaarheid tot het praktijkonderwijs zijn vastgelegd in het document 'Toewijzingsbeleid SWV VO Veenhorst-Midden 2026'. Dit document wordt afzonderlijk door het bestuur vastgesteld en is te vinden op de website van het samenwerkingsverband.
# 6 Terugplaatsing en overplaatsing naar het voortgezet onderwijs
## 6.1 Beleid
Het samenwerkingsverband wil dat leerlingen in het vso die de overstap naar het regulier voortgezet onderwijs aankunnen, die overstap ook maken. Wij gaan daarbij uit van het ontwikkelingsperspectief van de leerling en van zijn eigen wensen. Voorwaarden zijn dat de leerling het niveau van de reguliere school aankan, dat de ondersteuningsbehoefte binnen de basisondersteuning plus een arrangement past, en dat er een reguliere school is die de leerling kan opnemen. Na de overstap krijgt de leerling gedurende ten minste één schooljaar begeleiding van een ambulant begeleider van de vso-school, gefinancierd door het samenwerkingsverband, en een vast aanspreekpunt op de nieuwe school.
## 6.2 Procedure
- Ieder jaar vóór 1 maart bespreekt de commissie van begeleiding van de vso-school per leerling of terug- of overplaatsing naar het regulier voortgezet onderwijs mogelijk is. In het laatste jaar van de TLV is deze bespreking verplicht.
- Als terugplaatsing mogelijk lijkt, meldt de vso-school de leerling vóór 1 april aan bij het Loket.
- De consulent van het Loket zoekt binnen vier weken met de vso-school een passende reguliere school en organiseert een overdrachtsgesprek met de ondersteuningscoördinator van die school.
- De ontvangende school besluit over de toelating; het samenwerkingsverband kent de ambulante begeleiding toe.
- Na tien weken en aan het eind van het eerste schooljaar evalueren de vso-school, de ontvangende school en de consulent de overstap.
- Is terugplaatsing niet mogelijk en loopt de TLV af, dan vraagt de vso-school een nieuwe TLV aan volgens het Toewijzingsbeleid.
## 6.3 Cijfers
In het schooljaar 2024-2025 zijn 11 leerlingen vanuit het vso overgestapt naar het regulier voortgezet onderwijs; een jaar later zaten 9 van hen nog op de reguliere school.
# 7 Samenwerking met gemeenten en jeugdhulp
De drie gemeenten en het samenwerkingsverband werken samen op basis van de gezamenlijke agenda Onderwijs en Jeugd 2026-2030. De belangrijkste afspraken zijn:
- op iedere vestiging is een jeugdprofessional van de gemeente werkzaam, die deel uitmaakt van het zorg- en adviesteam;
- onderwijs-zorgarrangementen worden gezamenlijk bekostigd volgens een regionaal afwegingskader;
- leerplicht, jeugdarts en samenwerkingsverband werken met één gezamenlijke aanpak voor verzuim en thuiszitten;
- de overgang van vso en praktijkonderwijs naar werk of dagbesteding wordt samen met de gemeenten en het UWV georganiseerd.
# 8 Doorgaande lijnen
## Van primair naar voortgezet onderwijs
De overstap van de basisschool naar het voortgezet onderwijs is voor leerlingen met een ondersteuningsbehoefte een kwetsbaar moment. Samen met de samenwerkingsverbanden primair onderwijs in de regio hebben wij de Overstapkalender vastgesteld. Daarin staat dat basisscholen leerlingen met een ondersteuningsbehoefte uiterlijk in januari van groep 8 bespreken met de ondersteuningscoördinator van de beoogde vo-school, dat er voor iedere leerling met een ontwikkelingsperspectief een warme overdracht plaatsvindt en dat leerlingen uit het speciaal basisonderwijs en het speciaal onderwijs in groep 8 kunnen meedraaien op de nieuwe school. In de periode 2026-2030 breiden wij dit uit met een zomerschool voor kwetsbare brugklassers.
## Van voortgezet onderwijs naar mbo en werk
Ook de overgang naar het mbo, werk of dagbesteding vraagt aandacht. Voor leerlingen uit het vso en het praktijkonderwijs werken de scholen met een uitstroomprofiel en een stage- en nazorgtraject van een jaar. Voor leerlingen in het vmbo met een ondersteuningsbehoefte maken de vmbo-scholen en de twee mbo-instellingen in de regio afspraken over een warme overdracht en over de ondersteuning in het eerste mbo-jaar. Het samenwerkingsverband neemt deel aan het regionale overleg over voortijdig schoolverlaten.
## Nieuwkomers
Jongeren die nieuw zijn in Nederland en de Nederlandse taal nog niet beheersen, volgen onderwijs in de internationale schakelklas (ISK) in Veenhorst. De ISK is onderdeel van een van de aangesloten scholen. Na gemiddeld twee jaar stromen de leerlingen door naar een reguliere vo-school, het mbo of het praktijkonderwijs. Het samenwerkingsverband draagt bij aan de ondersteuning van ISK-leerlingen met psychosociale problemen via een orthopedagoog.
## Hoogbegaafde leerlingen
Met de middelen uit de landelijke regeling hoogbegaafdheid hebben wij de Topklas ingericht, een bovenschoolse voorziening waar hoogbegaafde leerlingen die op hun eigen school vastlopen, twee dagen per week onderwijs krijgen. Daarnaast heeft iedere havo/vwo-vestiging een coördinator hoogbegaafdheid die collega's adviseert over verrijking en compacten.
# 9 Leerlingenvervoer en huisvesting
Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Omdat deze onderwerpen grote invloed hebben op de mogelijkheden van leerlingen om naar een passende school te gaan, bespreken wij ze jaarlijks met de wethouders in het bestuurlijk overleg. Voor de komende periode staan daarbij twee onderwerpen op de agenda: de reistijd van vso-leerlingen uit de buitengebieden, die voor sommige leerlingen meer dan een uur per rit bedraagt, en de huisvesting van OPDC De Brug, die in 2028 naar een nieuw gebouw naast een reguliere school verhuist.
# 10 Kwaliteitszorg en resultaten
## 10.1 Kwaliteitscyclus
Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In het jaarplan staan de activiteiten. Drie keer per jaar (januari, mei en oktober) stelt het bureau een bestuursrapportage op met de stand van zaken op de indicatoren van het dashboard: deelnamepercentages vso, pro en lwoo op de teldatum, het aantal thuiszitters en vrijstellingen, de doorlooptijden van het Loket, het aantal terugplaatsingen en de uitstroom uit OPDC en Rebound. De rapportages worden besproken in het bestuur, met de raad van toezicht en in de ondersteuningsplanraad. Jaarlijks verantwoordt het samenwerkingsverband de bereikte resultaten in het jaarverslag. Eens in de twee jaar houden wij een tevredenheidspeiling onder scholen.
## 10.2 Bereikte resultaten 2022-2025
|Indicator|2022|2023|2024|2025|
|Deelname vso (1 oktober)|2,9%|2,8%|2,7%|2,7%|
|Thuiszitters langer dan 4 weken (1 oktober)|21|17|14|12|
|Leerlingen OPDC terug naar eigen school binnen 6 maanden|71%|74%|78%|80%|
|Terugplaatsingen vso naar vo|6|8|9|11|
|Voortijdig schoolverlaters vso en pro|4,1%|3,8%|3,9%|3,5%|
## 10.3 Beoogde resultaten 2026-2030
Nieuwe streefwaarden voor de planperiode 2026-2030 stellen wij vast nadat in het najaar van 2026 de nulmeting op de herziene indicatoren is afgerond. De streefwaarden worden daarna in het jaarplan 2027 opgenomen.
# 11 Financiën
## 11.1 Inkomsten en afdrachten
Het samenwerkingsverband ontvangt van het Rijk de ondersteuningsbekostiging voor lichte en zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. De bekostiging van vso-leerlingen en een deel van de middelen voor lwoo en pro wordt door DUO rechtstreeks aan de scholen betaald en op onze bekostiging ingehouden.
## 11.2 Verdeling
Het huidige verdeelmodel wordt in het schooljaar 2026-2027 herzien. De uitgangspunten en criteria van het nieuwe model worden na advies van de ondersteuningsplanraad vastgesteld en als aanvulling op dit plan gepubliceerd. Tot die tijd: p.m.
## 11.3 Meerjarenbegroting
|Bedragen x € 1.000|2026|2027|2028|2029|
|Baten (na inhoudingen DUO)|9.850|9.720|9.640|9.580|
|Ondersteuningsmiddelen naar besturen|5.420|5.350|5.300|5.260|
|OPDC De Brug|1.180|1.180|1.200|1.200|
|Rebound Veenhorst|640|640|650|650|
|Topklas hoogbegaafdheid|210|210|210|210|
|Programma 'Thuis naar school'|260|320|320|320|
|Ambulante begeleiding na terugplaatsing|180|180|180|180|
|Onderwijs-zorgarrangementen (aandeel SWV)|350|350|350|350|
|Loket en staf|980|990|1.000|1.010|
|Bestuur, huisvesting en overig|410|410|415|420|
|Resultaat|220|90|15|-20|
## 11.4 Reserves
Het eigen vermogen van het samenwerkingsverband bedroeg eind 2025 € 2,3 miljoen. Na de afbouw van bovenmatige reserves in de periode 2021-2024 ligt het weerstandsvermogen onder de signaleringswaarde. Wij houden een risicobuffer aan van 5 procent van de baten.
# 12 Organisatie en governance
Het samenwerkingsverband is een vereniging. De leden zijn de zeven schoolbesturen, die samen de algemene ledenvergadering vormen. Het bestuur bestaat uit een directeur-bestuurder; het toezicht ligt bij een raad van toezicht van vier leden. Het bureau bestaat uit de directeur-bestuurder, vier consulenten, twee orthopedagogen, een stafmedewerker kwaliteit, een controller en een secretariaat.
De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De ondersteuningsplanraad vergadert zes keer per jaar.
# 13 Personeel en professionalisering
Het samenwerkingsverband organiseert een netwerk voor ondersteuningscoördinatoren, een leergang voor mentoren en jaarlijks een studiedag passend onderwijs voor alle medewerkers van de scholen. In de planperiode leggen wij het accent op het omgaan met psychische problemen en verzuim, op het werken met het ontwikkelingsperspectief en op de samenwerking met jeugdprofessionals in de school. Voor de eigen medewerkers is er een opleidingsplan met een budget per medewerker.
# 14 Privacy en ICT
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor het toewijzen van voorzieningen en het afgeven van toelaatbaarheidsverklaringen. Dit gebeurt volgens de AVG en het privacyreglement van het samenwerkingsverband. Dossiers worden drie jaar na het laatste besluit vernietigd. Het Loket werkt met een beveiligde digitale omgeving die is gekoppeld aan de leerlingadministratie van de scholen.
# 15 Planning en evaluatie
## 15.1 Jaarplannen
Het ondersteuningsplan wordt ieder jaar uitgewerkt in een jaarplan met bijbehorende jaarbegroting. Het jaarplan wordt voor 1 juli door het bestuur vastgesteld, na bespreking in het bestuurlijk overleg en advies van de ondersteuningsplanraad over de begroting. In het jaarplan staan de activiteiten, de verantwoordelijken en de planning voor het komende schooljaar.
## 15.2 Belangrijkste activiteiten per jaar
|Schooljaar|Activiteiten|
|2026-2027|Nulmeting herziene indicatoren; herziening verdeelmodel; start programma 'Thuis naar school'; actualisatie Toewijzingsbeleid|
|2027-2028|Start havo-vwo-stroom vso; zomerschool brugklassers; afstemming kwaliteitsstandaard op de landelijke norm basisondersteuning|
|2028-2029|Tussenevaluatie ondersteuningsplan; verhuizing OPDC De Brug|
|2029-2030|Evaluatie en voorbereiding ondersteuningsplan 2030-2034|
## 15.3 Evaluatie
Halverwege de planperiode, in het voorjaar van 2028, evalueren wij dit plan met de besturen, de ondersteuningscoördinatoren, de gemeenten en de ondersteuningsplanraad. Op basis van die evaluatie kan het plan tussentijds worden aangepast. Iedere wijziging van het plan wordt ter instemming aan de ondersteuningsplanraad voorgelegd.
[PB]
# Afkortingenlijst
LBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
LWOO - leerwegondersteunend onderwijs
OJSP - Ouder- en jeugdsteunpunt
OPDC - orthopedagogisch-didactisch centrum
OPP - ontwikkelingsperspectief
OPR - ondersteuningsplanraad
PrO - praktijkonderwijs
TLV - toelaatbaarheidsverklaring
VSO - voortgezet speciaal onderwijs
ZAT - zorg- en adviesteam
"""

LABEL_E = dict(
    sector="vo",
    criteria={
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    },
    advisory={
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    notes={
        "basisondersteuning": "3.1 minimum level for every vestiging; 3.2 table of concrete provisions; 3.3 audit-based borging.",
        "plaatsing": "Chapter 5 only refers to the separate 'Toewijzingsbeleid' document for vso, lwoo and pro procedures and criteria; nothing of it in the plan.",
        "terugstroom": "Chapter 6: policy with conditions and ambulante begeleiding after return; dated procedure steps (before 1 March / 1 April, Loket, evaluations); figures in 6.3 and 10.2.",
        "financien": "11.2 verdeelmodel 'wordt herzien ... Tot die tijd: p.m.' -> verdeling not addressed; 11.3 meerjarenbegroting with amounts; 11.4 reserves.",
        "dekkend-aanbod": "4.1 continuum table (lwoo, OPDC, Rebound, pro, vso, OZA), 4.3 half-yearly gap overview, named gaps and new provisions, thuiszitters with doorzettingsmacht; ch. 7 gemeenten.",
        "resultaten": "10.1 dashboard, bestuursrapportages, jaarverslag and 10.2 achieved figures; 10.3 postpones the new streefwaarden until after a nulmeting -> doelen not addressed.",
        "ouders": "No paragraph on informing parents or on independent support; 'Ouder- en jeugdsteunpunt' occurs only in the afkortingenlijst.",
    },
)

# =====================================================================================================
# Near-miss: the school-level "ondersteuningsplan" of one basisschool (zorgniveaus, groepsbesprekingen,
# IB), rendered as .pdf. Uses SWV vocabulary (TLV, arrangement, basisondersteuning, OPR, sbo) but is not
# an ondersteuningsplan of a samenwerkingsverband.
# =====================================================================================================
NP_TEXT = r"""
@T Ondersteuningsplan 2025-2026
@t Openbare basisschool De Regenboog, Klaverdal
@t Onderdeel van Stichting Openbaar Onderwijs Klaverdal - aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Klaverdal
[PB]
[TOC]
# 1 Inleiding
In dit ondersteuningsplan beschrijven wij hoe de ondersteuning aan leerlingen op OBS De Regenboog is georganiseerd. Het plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het plan wordt ieder schooljaar door de intern begeleider en de directeur geactualiseerd en met het team besproken in de studiedag van augustus. Het plan sluit aan bij het ondersteuningsplan van ons samenwerkingsverband en bij ons schoolondersteuningsprofiel.
De Regenboog is een openbare basisschool met 312 leerlingen in 13 groepen. Ongeveer een kwart van onze leerlingen heeft een migratieachtergrond en bij 14 procent van de leerlingen wordt thuis geen Nederlands gesproken. Ons team bestaat uit 24 leerkrachten, 3 onderwijsassistenten, een intern begeleider (0,8 fte), een gedragsspecialist (0,2 fte) en een directeur.
# 2 Onze visie op ondersteuning
Wij geloven dat ieder kind zich kan ontwikkelen als het zich veilig voelt en als de leerkracht aansluit bij wat het nodig heeft. Wij werken handelingsgericht: wij kijken naar de onderwijsbehoeften van het kind en naar wat de leerkracht nodig heeft om daaraan tegemoet te komen. Ouders zijn daarbij onze partner.
# 3 De zorgniveaus op De Regenboog
Wij werken met vijf zorgniveaus:
- Niveau 1: algemene zorg in de groep. De leerkracht biedt goed onderwijs aan alle kinderen en differentieert in drie instructieniveaus.
- Niveau 2: extra zorg in de groep. De leerkracht biedt verlengde instructie of verrijking en noteert dit in het groepsplan.
- Niveau 3: speciale zorg na consultatie van de intern begeleider. De leerling krijgt een individueel handelingsplan, bijvoorbeeld bij een leesachterstand.
- Niveau 4: speciale zorg met externe hulp. De school schakelt een orthopedagoog, logopedist of het ondersteuningsteam in; soms vraagt de school een arrangement aan bij het samenwerkingsverband.
- Niveau 5: verwijzing. Wanneer De Regenboog niet meer kan bieden wat een leerling nodig heeft, zoeken wij met ouders naar een andere school. Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs vraagt het schoolbestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband.
# 4 Groepsbesprekingen en leerlingbesprekingen
Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houdt de intern begeleider met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de groep, de groepsplannen en de leerlingen met specifieke onderwijsbehoeften besproken. Wanneer een leerkracht zich zorgen maakt over een leerling, kan hij of zij de leerling tussendoor inbrengen in een leerlingbespreking met de intern begeleider.
|Periode|Activiteit|Wie|
|September|Startgesprekken met ouders en kind|Leerkracht|
|Oktober|Groepsbespreking 1|IB en leerkracht|
|November|Ondersteuningsteam|IB, directeur, schoolmaatschappelijk werk, orthopedagoog SWV|
|Februari|Groepsbespreking 2, evaluatie OPP's|IB en leerkracht|
|Maart|Ondersteuningsteam|IB, directeur, schoolmaatschappelijk werk, orthopedagoog SWV|
|Juni|Groepsbespreking 3, overdracht naar nieuwe groep|IB en leerkrachten|
# 5 Basisondersteuning op onze school
De basisondersteuning op De Regenboog bestaat uit: een dyslexieprotocol, een rekenprotocol, een aanbod voor meer- en hoogbegaafde leerlingen (de Regenboogklas op vrijdagochtend), het programma Kanjertraining voor sociaal-emotionele ontwikkeling, een gedragsprotocol en extra taalinstructie voor leerlingen die Nederlands als tweede taal leren. Onze leerkrachten volgen dit jaar een training over executieve functies.
# 6 Extra ondersteuning en arrangementen
Wanneer een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, bespreken wij de leerling in het ondersteuningsteam. Met toestemming van ouders kan de intern begeleider een arrangement aanvragen bij het Ondersteuningsloket van het samenwerkingsverband. Dit schooljaar hebben vier leerlingen een arrangement: twee voor begeleiding door een ambulant begeleider van SO De Horizon, één voor extra inzet van een onderwijsassistent en één voor een training sociale vaardigheden. De middelen die onze school van het bestuur ontvangt voor lichte ondersteuning (ongeveer € 52.000) zetten wij in voor de onderwijsassistenten en de gedragsspecialist.
# 7 Ontwikkelingsperspectief
Voor leerlingen die op een of meer vakken een eigen leerlijn volgen, stellen wij een ontwikkelingsperspectief (OPP) op. Het OPP wordt opgesteld door de intern begeleider en de leerkracht, besproken met ouders en twee keer per jaar geëvalueerd. Ouders hebben instemmingsrecht op het handelingsdeel. Dit schooljaar hebben 9 leerlingen een OPP.
# 8 Samenwerking met ouders
Ouders worden op de hoogte gehouden via de startgesprekken, de rapportgesprekken en de app van de school. Wanneer wij ons zorgen maken over een kind, nemen wij zo snel mogelijk contact op met ouders. Ouders zijn altijd welkom om met de leerkracht of de intern begeleider in gesprek te gaan. Informatie over passend onderwijs en over het samenwerkingsverband vinden ouders in onze schoolgids en op de website van het samenwerkingsverband.
# 9 Samenwerking met externen
Wij werken samen met de schoolmaatschappelijk werker van de gemeente, de jeugdverpleegkundige van de GGD, logopedisten in de wijk en het lokale team. Twee keer per jaar neemt de orthopedagoog van het samenwerkingsverband deel aan ons ondersteuningsteam.
# 10 Doelen voor dit schooljaar
- Alle leerkrachten werken met het nieuwe groepsplanformat.
- De Regenboogklas wordt uitgebreid naar twee dagdelen.
- Wij evalueren het dyslexieprotocol en passen het waar nodig aan.
- Het schoolondersteuningsprofiel wordt geactualiseerd en opgenomen in de schoolgids.
# 11 Vaststelling
Dit ondersteuningsplan is besproken in de teamvergadering van 2 september 2025 en ter informatie voorgelegd aan de medezeggenschapsraad op 16 september 2025.
"""

LABEL_NP = dict(
    note="School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, own OPP's and arrangementen), adopted by the team and shown to the school's MR; it refers to 'ons samenwerkingsverband' as an outside body. No OPR consent, no OOGO, no planperiode of a verband, no verdeling over besturen: not an ondersteuningsplan of a samenwerkingsverband (domain 5.4, school-level near-miss).",
)


# =====================================================================================================
# main
# =====================================================================================================

def label(docs, spec):
    crit = spec["criteria"]
    assert list(crit) == CORE, "criteria must list the 14 core criteria in order"
    elements = status_from(crit, spec["advisory"])
    data = {
        "documents": docs,
        "sector": spec["sector"],
        "looks_like_plan": True,
        "elements": elements,
        "criteria": crit,
        "advisory_addressed": spec["advisory"],
        "notes": spec["notes"],
    }
    return data


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="h42")
    try:
        # Plan A: .docx only
        a = parse(PLAN_A)
        write_docx(a, os.path.join(OUT, "po-klaverdal.docx"),
                   header="Ondersteuningsplan 2026-2030 | SWV PPO Klaverdal", footer="Basisondersteuning - Toelaatbaarheid - Financiën - Resultaten - Ouders")
        write_label("po-klaverdal", label(["po-klaverdal.docx"], LABEL_A))

        # Plan B: .docx and the same plan as .pdf
        b = parse(PLAN_B)
        write_docx(b, os.path.join(OUT, "po-oosterbroek.docx"), header="Samen verder - Ondersteuningsplan 2026-2030",
                   footer="SWV Passend Onderwijs Oosterbroek e.o.", font="Arial", size=10)
        docx_to_pdf(os.path.join(OUT, "po-oosterbroek.docx"), os.path.join(OUT, "po-oosterbroek.pdf"))
        write_label("po-oosterbroek", label(["po-oosterbroek.docx", "po-oosterbroek.pdf"], LABEL_B))

        # Plan C: .pdf only (docx is an intermediate)
        c = parse(PLAN_C)
        cdoc = os.path.join(tmp, "po-hoge-venen.docx")
        write_docx(c, cdoc, header="SWV De Hoge Venen PO - Ondersteuningsplan op hoofdlijnen",
                   footer="Terugplaatsing en financiën: zie jaarplan", font="Georgia", size=11)
        docx_to_pdf(cdoc, os.path.join(OUT, "po-hoge-venen.pdf"))
        write_label("po-hoge-venen", label(["po-hoge-venen.pdf"], LABEL_C))

        # Plan D: .html web version
        d = parse(PLAN_D)
        write_html(d, os.path.join(OUT, "po-lindelanden.html"), "Passend Onderwijs Lindelanden PO",
                   nav_extra=("Home", "Ouders", "Scholen", "Basisondersteuning", "Loket", "Dekkend aanbod",
                              "Ondersteuningsplan", "Financiën", "Contact"))
        write_label("po-lindelanden", label(["po-lindelanden.html"], LABEL_D))

        # Plan E: VO .docx
        e = parse(PLAN_E)
        write_docx(e, os.path.join(OUT, "vo-veenhorst.docx"), header="SWV VO Veenhorst-Midden | Ondersteuningsplan 2026-2030",
                   footer="VO 26-19", font="Calibri", size=11)
        write_label("vo-veenhorst", label(["vo-veenhorst.docx"], LABEL_E))

        # Near-miss: school-level ondersteuningsplan, .pdf
        n = parse(NP_TEXT)
        ndoc = os.path.join(tmp, "np-po-school-ondersteuningsplan.docx")
        write_docx(n, ndoc, header="OBS De Regenboog - Ondersteuningsplan 2025-2026", footer="Schooljaar 2025-2026")
        docx_to_pdf(ndoc, os.path.join(OUT, "np-po-school-ondersteuningsplan.pdf"))
        write_label("np-po-school-ondersteuningsplan", {
            "documents": ["np-po-school-ondersteuningsplan.pdf"],
            "sector": "po",
            "looks_like_plan": False,
            "elements": {},
            "criteria": {},
            "notes": {"document": LABEL_NP["note"]},
        })
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name, txt in (("A", PLAN_A), ("B", PLAN_B), ("C", PLAN_C), ("D", PLAN_D), ("E", PLAN_E), ("NP", NP_TEXT)):
        print("plan %s: %d words" % (name, words(txt)))


if __name__ == "__main__":
    main()
