#!/usr/bin/env python3
"""Generate the holdout90 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script.
Word files deliberately use NO heading styles: chapter titles are bold / numbered /
capitalised Normal paragraphs, as in many real plans. Two plans are rendered to PDF
with LibreOffice (soffice --headless) from such Word files.
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2025, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------------------
# Block model: list of tuples
#   ("H1", text)  chapter title   ("H2", text) paragraph title
#   ("P", text)   body paragraph  ("L", [items]) bullet-like lines
#   ("T", [[cells], ...])  table (first row = header)
#   ("TOC", [(title, page), ...])  ("PB",) page break  ("TITLE", [lines])
# ---------------------------------------------------------------------------

class Ctx(dict):
    __getattr__ = dict.__getitem__


def _fix_zip(path):
    """Rewrite a docx with fixed timestamps so that reruns give identical bytes."""
    tmp = path.with_suffix(path.suffix + ".h90tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


def write_docx(blocks, path, style, header_text="", footer_text=""):
    """style: dict with keys h1_caps (bool), h1_size, h1_underline, h2_italic, bullet."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = style.get("font", "Calibri")
    normal.font.size = Pt(style.get("size", 11))
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "auteur"
    cp.author = "auteur"
    cp.title = style.get("title", "")
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    bullet = style.get("bullet", "•")
    for b in blocks:
        kind = b[0]
        if kind == "TITLE":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "H1":
            text = b[1].upper() if style.get("h1_caps") else b[1]
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.underline = bool(style.get("h1_underline"))
            r.font.size = Pt(style.get("h1_size", 14))
        elif kind == "H2":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = not style.get("h2_plain_italic")
            r.italic = bool(style.get("h2_italic") or style.get("h2_plain_italic"))
        elif kind == "P":
            doc.add_paragraph(b[1])
        elif kind == "L":
            for item in b[1]:
                doc.add_paragraph(f"{bullet}\t{item}")
        elif kind == "T":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "TOC":
            p = doc.add_paragraph()
            r = p.add_run(style.get("toc_title", "Inhoudsopgave"))
            r.bold = True
            r.font.size = Pt(style.get("h1_size", 14))
            for title, page in b[1]:
                doc.add_paragraph(f"{title}\t{page}")
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "PB":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _fix_zip(path)


def write_html(blocks, path, title, header_text=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header_text:
        out.append(f'<div class="kop">{e(header_text)}</div>')
    for b in blocks:
        kind = b[0]
        if kind == "TITLE":
            out.append('<div class="titelpagina">')
            for i, line in enumerate(b[1]):
                out.append(f"<p><strong>{e(line)}</strong></p>" if i == 0 else f"<p>{e(line)}</p>")
            out.append("</div>")
        elif kind == "H1":
            out.append(f'<p class="hoofdstuk"><strong>{e(b[1])}</strong></p>')
        elif kind == "H2":
            out.append(f"<p><strong><em>{e(b[1])}</em></strong></p>")
        elif kind == "P":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "L":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "T":
            rows = b[1]
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "TOC":
            out.append('<div class="inhoud"><p><strong>Inhoud</strong></p>')
            out.append("".join(f"<p>{e(t)} ........ {e(str(pg))}</p>" for t, pg in b[1]))
            out.append("</div>")
        elif kind == "PB":
            out.append("<hr>")
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    work = Path(tempfile.mkdtemp(prefix="holdout90_soffice_"))
    try:
        profile = work / "profile"
        src = work / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(work / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("H1", "H2", "P"):
            n += len(b[1].split())
        elif b[0] in ("L", "TITLE"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "T":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
        elif b[0] == "TOC":
            n += sum(len(t.split()) for t, _ in b[1])
    return n


# ---------------------------------------------------------------------------
# Neutral filler shared by the plans (governance, personnel, ICT, ...).
# Written so that it does not address any of the seven elements.
# ---------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ("H1", c.h("Voorwoord")),
        ("P", f"Voor u ligt het ondersteuningsplan {c.periode} van {c.naam}. Het plan is tot stand gekomen in een traject "
              f"van ruim een jaar, waarin schoolbesturen, schoolleiders, {c.ib_woord}, de ondersteuningsplanraad en onze "
              f"gemeentelijke partners met elkaar in gesprek zijn gegaan over de vraag wat passend onderwijs in onze regio de "
              f"komende jaren moet betekenen. Wij zijn iedereen die heeft meegedacht, meegeschreven en kritische vragen heeft "
              f"gesteld zeer erkentelijk."),
        ("P", "De afgelopen planperiode stond in het teken van bouwen en verbinden. Er is veel bereikt, maar we zien ook dat de "
              "druk op het onderwijs toeneemt: het lerarentekort, de groeiende complexiteit van ondersteuningsvragen en de "
              "lange wachttijden in de jeugdhulp raken onze scholen dagelijks. Tegelijkertijd zien we overal in de regio "
              "leraren en teams die met grote betrokkenheid zoeken naar wat een kind nodig heeft. Dat geeft vertrouwen."),
        ("P", "Dit plan is nadrukkelijk geen eindpunt. Het beschrijft de koers op hoofdlijnen voor de komende vier schooljaren "
              "en wordt elk jaar vertaald naar een jaarplan en een jaarbegroting. Wij nodigen ouders, leraren en partners "
              "uit om ons scherp te blijven houden. Alleen samen maken we passend onderwijs waar."),
        ("P", f"{c.directeur}, directeur-bestuurder {c.kort}"),
    ]


def f_inleiding(c, leeswijzer):
    return [
        ("H1", c.h(f"{c.n_inl}Inleiding")),
        ("H2", "Aanleiding"),
        ("P", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het vorige plan "
              f"van {c.kort} liep af op 31 juli {c.start}. Dit plan geldt voor de schooljaren {c.periode_lang}. Het plan is "
              f"opgesteld op basis van de wettelijke eisen, de evaluatie van de vorige planperiode, de gesprekken met "
              f"schoolbesturen en de uitkomsten van de regiobijeenkomsten die in het voorjaar van {c.start - 1} zijn gehouden."),
        ("H2", "Totstandkoming"),
        ("P", f"De kaders voor dit plan zijn in het najaar van {c.start - 2} vastgesteld door het bestuur. Daarna is in vier "
              f"werkgroepen gewerkt aan de inhoud. Het concept is besproken in het directeurenoverleg, in het netwerk van "
              f"{c.ib_woord} en met de ondersteuningsplanraad. Op {c.oogo_datum} heeft het op overeenstemming gericht overleg "
              f"met de colleges van burgemeester en wethouders plaatsgevonden. {c.overleg_zin} De ondersteuningsplanraad heeft op "
              f"{c.opr_datum} ingestemd met het plan, waarna het bestuur het plan op {c.vast_datum} definitief heeft vastgesteld."),
        ("H2", "Leeswijzer"),
        ("P", leeswijzer),
    ]


def f_regio(c):
    return [
        ("H1", c.h(f"{c.n_regio}Ons samenwerkingsverband")),
        ("H2", "De regio"),
        ("P", f"{c.naam} ({c.code}) omvat de gemeenten {c.gemeenten}. Het gebied kent een mengeling van kleinere "
              f"kernen en een aantal grotere plaatsen met een regionale functie. {c.regio_extra}"),
        ("P", f"In het samenwerkingsverband werken {c.n_besturen} schoolbesturen samen. Zij zijn samen verantwoordelijk voor "
              f"{c.scholen_zin} In totaal gaan er ongeveer {c.n_leerlingen} leerlingen naar een school die bij ons is aangesloten."),
        ("T", c.kengetallen),
        ("P", "De prognoses laten voor de komende jaren een lichte daling van het aantal leerlingen zien, vooral in de "
              "kleinere kernen. In de grotere plaatsen blijft het aantal leerlingen stabiel. Deze ontwikkeling heeft gevolgen "
              "voor de spreiding van voorzieningen en voor de bekostiging; in het jaarlijkse begrotingsproces houden wij hier rekening mee."),
        ("H2", "Juridische vorm"),
        ("P", f"{c.kort} is een stichting. De aangesloten schoolbesturen zijn aangesloten via een aansluitingsovereenkomst. "
              f"De statuten bevatten een regeling voor de beslechting van geschillen tussen het samenwerkingsverband en de "
              f"aangesloten besturen. Het bureau is gevestigd in {c.vestiging}."),
    ]


def f_visie(c, extra=""):
    return [
        ("H1", c.h(f"{c.n_visie}Missie en visie")),
        ("H2", "Missie"),
        ("P", f"{c.kort} ondersteunt de aangesloten scholen bij het bieden van passend onderwijs. Wij zijn er voor de "
              f"scholen en via de scholen voor de kinderen en jongeren in onze regio. Wij verbinden, faciliteren en "
              f"stimuleren; wij nemen de verantwoordelijkheid van de besturen niet over."),
        ("H2", "Visie"),
        ("P", "Wij geloven dat ieder kind recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis en "
              "samen met leeftijdgenoten uit de eigen omgeving. Verschillen tussen kinderen zien wij als gegeven; het onderwijs "
              "beweegt mee met die verschillen. Leraren staan daarbij niet alleen: zij worden ondersteund door collega's, "
              "door de intern begeleider of ondersteuningscoördinator, door het samenwerkingsverband en door partners buiten de school."),
        ("P", "Ouders zijn de eerste opvoeders en kennen hun kind als geen ander. Wij zien hen als partner van de school. "
              "Dat vraagt om een open houding, om goed luisteren en om het nakomen van afspraken."),
        ("H2", "Kernwaarden"),
        ("L", ["Vertrouwen: wij gaan uit van de professionaliteit van scholen en besturen.",
               "Eigenaarschap: de school is en blijft verantwoordelijk voor het onderwijs aan de leerling.",
               "Transparantie: wij zijn open over keuzes, middelen en afwegingen.",
               "Verbinding: wij zoeken de samenwerking op, binnen het onderwijs en daarbuiten."]),
        ("P", "Deze kernwaarden vormen de toets voor ons handelen. Elk voorstel dat het bestuur bespreekt, wordt langs deze "
              "vier waarden gelegd. " + extra),
    ]


def f_governance(c):
    return [
        ("H1", c.h(f"{c.n_gov}Organisatie en governance")),
        ("H2", "Bestuur en toezicht"),
        ("P", f"{c.kort} kent een scheiding tussen bestuur en intern toezicht. De dagelijkse leiding en het bestuur zijn "
              f"belegd bij de directeur-bestuurder. Het intern toezicht is belegd bij de raad van toezicht, die bestaat uit "
              f"vijf leden, van wie er drie worden voorgedragen door de aangesloten schoolbesturen en twee onafhankelijk zijn. "
              f"De raad van toezicht keurt onder meer het ondersteuningsplan, de begroting en de jaarrekening goed en benoemt de accountant."),
        ("P", "De aangesloten besturen vormen samen de algemene vergadering. Deze vergadering komt ten minste twee keer per jaar "
              "bijeen en spreekt over de strategische koers. Daarnaast is er een directeurenoverleg per subregio, waarin "
              "schoolleiders kennis uitwisselen en signalen uit de praktijk doorgeven aan het bureau."),
        ("H2", "Het bureau"),
        ("P", f"Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Op het bureau werken een "
              f"beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), een office manager en het team "
              f"van {c.team_naam}. De totale formatie bedraagt circa {c.fte} fte."),
        ("H2", "Code goed bestuur"),
        ("P", "Het samenwerkingsverband volgt de code goed bestuur van de sectororganisatie. De raad van toezicht evalueert "
              "jaarlijks het eigen functioneren en voert een jaargesprek met de directeur-bestuurder. Het toezichtkader en het "
              "bestuursreglement zijn in het voorjaar geactualiseerd."),
    ]


def f_opr(c, met_samenstelling=True):
    blocks = [("H1", c.h(f"{c.n_opr}Medezeggenschap"))]
    if met_samenstelling:
        blocks.append(("P", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De leden worden afgevaardigd "
                            f"door de medezeggenschapsraden van de aangesloten scholen. De OPR bestaat uit {c.opr_leden} leden: "
                            f"de helft personeelsleden en de helft {c.opr_ouders}. De OPR heeft instemmingsrecht op het "
                            f"ondersteuningsplan en op wijzigingen daarvan."))
    else:
        blocks.append(("P", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform artikel 4a WMS. De OPR "
                            "heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan."))
    blocks += [
        ("P", f"De OPR vergadert zes keer per jaar met de directeur-bestuurder. Daarnaast heeft het bureau een eigen "
              f"medezeggenschapsraad voor het personeel van het samenwerkingsverband. De OPR heeft op {c.opr_datum} "
              f"ingestemd met dit ondersteuningsplan. Het reglement van de OPR en het medezeggenschapsstatuut zijn te vinden op de website."),
        ("P", "Leden van de OPR kunnen gebruikmaken van scholing. Het samenwerkingsverband stelt daarvoor jaarlijks een budget "
              "beschikbaar en vergoedt de reis- en vergaderkosten volgens de geldende regeling."),
    ]
    return blocks


def f_oogo(c, volledig=True):
    if not volledig:
        return [
            ("H1", c.h(f"{c.n_oogo}Overleg met gemeenten")),
            ("P", f"Het op overeenstemming gericht overleg (OOGO) over dit plan is gevoerd op {c.oogo_datum} met de "
                  f"wethouders onderwijs van de gemeenten {c.gemeenten}. Het verslag is beschikbaar bij het bureau."),
        ]
    return [
        ("H1", c.h(f"{c.n_oogo}Samenwerking met gemeenten")),
        ("P", f"Onderwijs en jeugdhulp raken elkaar op veel punten. Het samenwerkingsverband en de gemeenten {c.gemeenten} "
              f"hebben daarom een gezamenlijke agenda opgesteld. Het op overeenstemming gericht overleg (OOGO) vindt twee keer per "
              f"jaar plaats op bestuurlijk niveau. Ambtelijk is er maandelijks overleg tussen de beleidsmedewerkers."),
        ("P", "Op de gezamenlijke agenda staan voor deze planperiode onder meer: de inzet van jeugdhulp in en om de school, de "
              "aansluiting tussen de ondersteuningsteams van de scholen en de lokale (wijk)teams, leerlingenvervoer, "
              "onderwijshuisvesting en de overgang naar vervolgonderwijs. Voor kinderen die zowel onderwijs als zorg nodig hebben, "
              "maken wij samen met de gemeente afspraken over onderwijs-zorgarrangementen, waarbij de gemeente de zorgcomponent en "
              "het samenwerkingsverband of de school de onderwijscomponent bekostigt."),
        ("P", f"Het OOGO over dit ondersteuningsplan is gevoerd op {c.oogo_datum}. De gemeenten hebben ingestemd met de "
              f"gezamenlijke agenda. Als het overleg niet tot overeenstemming leidt, geldt de geschillenregeling die in het "
              f"convenant met de gemeenten is opgenomen."),
    ]


def f_personeel(c):
    return [
        ("H1", c.h(f"{c.n_pers}Personeel en professionalisering")),
        ("P", "Passend onderwijs staat of valt met de leraar. Het lerarentekort raakt ook onze regio: vacatures voor intern "
              "begeleiders en gedragsspecialisten zijn moeilijk te vervullen. Het samenwerkingsverband heeft geen eigen "
              "personeelsbeleid voor de scholen; dat is een verantwoordelijkheid van de besturen. Wel zetten wij in op gezamenlijke "
              "professionalisering."),
        ("P", "Jaarlijks organiseert het samenwerkingsverband een programma met studiebijeenkomsten, netwerken en korte "
              "trainingen. Onderwerpen die de komende jaren aan bod komen zijn onder meer: omgaan met gedrag in de klas, "
              "executieve functies, het voeren van gesprekken met ouders en leerlingen, en de samenwerking met de jeugdhulp. "
              "De netwerken van intern begeleiders, ondersteuningscoördinatoren en gedragsspecialisten worden voortgezet."),
        ("P", f"Voor het eigen personeel van het samenwerkingsverband geldt de cao van de sector. Medewerkers voeren jaarlijks "
              f"een ontwikkelgesprek en hebben een persoonlijk scholingsbudget. De formatie van het bureau ({c.fte} fte) blijft "
              f"in de planperiode naar verwachting gelijk. Bij vervanging wordt gekeken naar samenwerking met naburige "
              f"samenwerkingsverbanden om de kwetsbaarheid van een kleine organisatie te verminderen."),
    ]


def f_ict(c):
    return [
        ("H1", c.h(f"{c.n_ict}ICT, privacy en gegevensbescherming")),
        ("P", "Voor de uitvoering van zijn taken verwerkt het samenwerkingsverband persoonsgegevens, waaronder in sommige "
              "gevallen gegevens over de gezondheid van leerlingen. Wij doen dat alleen voor zover dat noodzakelijk is voor onze "
              "wettelijke taken. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming, "
              "die wordt gedeeld met andere samenwerkingsverbanden in de regio."),
        ("P", f"Dossiers worden digitaal uitgewisseld via een beveiligde omgeving ({c.ict_systeem}). Papieren dossiers worden "
              f"niet meer gebruikt. De bewaartermijn voor gegevens die betrekking hebben op een besluit over een leerling is "
              f"drie jaar na dat besluit. Medewerkers hebben alleen toegang tot de gegevens die zij voor hun werk nodig hebben."),
        ("P", "In de planperiode vervangen wij het registratiesysteem van het bureau. De aanbesteding vindt plaats in het "
              "eerste planjaar. Daarnaast wordt de website vernieuwd, zodat deze beter toegankelijk is en voldoet aan de "
              "richtlijnen voor digitale toegankelijkheid."),
    ]


def f_planning(c, rows):
    return [
        ("H1", c.h(f"{c.n_plan}Planning en jaarcyclus")),
        ("P", "Het ondersteuningsplan geeft de koers voor vier jaar. Elk jaar werkt het bureau het plan uit in een jaarplan "
              "met concrete activiteiten. De jaarcyclus ziet er als volgt uit."),
        ("T", [["Periode", "Activiteit", "Betrokken"]] + rows),
        ("P", "Wijzigingen in het ondersteuningsplan gedurende de planperiode worden voorgelegd aan de ondersteuningsplanraad. "
              "Na instemming worden zij als actualisatie aan het plan toegevoegd en gepubliceerd."),
    ]


def f_inspectie(c, nummer=""):
    return [
        ("H1", c.h(f"{nummer}Toezicht en vaststelling")),
        ("P", f"Het ondersteuningsplan wordt na vaststelling vóór 1 mei {c.start} via het Internet Schooldossier aan de Inspectie "
              f"van het Onderwijs gezonden. De inspectie beoordeelt of het plan op de juiste wijze tot stand is gekomen – na "
              f"op overeenstemming gericht overleg met de gemeenten en met instemming van de ondersteuningsplanraad – en of het "
              f"plan de onderwerpen bevat die de wet voorschrijft."),
        ("P", "Daarnaast bezoekt de inspectie het samenwerkingsverband ten minste eens in de vier jaar. Bij dat bezoek spreekt de "
              "inspectie met het bestuur, de raad van toezicht, de ondersteuningsplanraad, schoolleiders en ketenpartners. Het "
              "samenwerkingsverband bereidt zich op een bezoek voor met een zelfevaluatie, waarin het bestuur kritisch kijkt naar "
              "de eigen organisatie en werkwijze."),
        ("P", "Het samenwerkingsverband publiceert het vastgestelde plan op de website. Wijzigingen tijdens de planperiode worden "
              "eveneens na instemming van de OPR gepubliceerd en aan de inspectie gemeld."),
    ]


def f_kennisdeling(c, nummer=""):
    return [
        ("H1", c.h(f"{nummer}Kennisdeling en innovatie")),
        ("P", "Scholen in onze regio beschikken over veel kennis en ervaring, maar die kennis blijft vaak binnen de muren van "
              "één school of één bestuur. Wij willen dat veranderen. Daarom organiseert het samenwerkingsverband lerende netwerken "
              "waarin leraren, intern begeleiders, ondersteuningscoördinatoren en schoolleiders van verschillende besturen samen "
              "werken aan een praktijkvraag. Elk netwerk komt vier tot zes keer per jaar bijeen en sluit af met een korte "
              "presentatie voor de andere netwerken."),
        ("P", "Daarnaast werken wij samen met de lerarenopleidingen in de regio. Studenten doen onderzoek naar vragen die in de "
              "scholen leven, bijvoorbeeld naar de effecten van coöperatief leren of naar de inzet van onderwijsassistenten. De "
              "uitkomsten worden gedeeld via de nieuwsbrief en op de jaarlijkse kennismarkt."),
        ("P", "Scholen die een vernieuwend initiatief ontwikkelen, worden uitgenodigd dat te presenteren op de kennismarkt. "
              "Zo ontstaat een overzicht van goede voorbeelden waar andere scholen gebruik van kunnen maken."),
        ("P", "Tot slot besteden wij aandacht aan digitale geletterdheid en aan het verantwoord gebruik van digitale hulpmiddelen "
              "in de klas. Veel leerlingen met een ondersteuningsbehoefte hebben baat bij ondersteunende software; leraren moeten "
              "die software kunnen inzetten. In samenwerking met de ICT-coördinatoren van de besturen ontwikkelen wij een korte "
              "training."),
    ]


# ===========================================================================
# Plan A: PO, Word, bold numbered chapter titles (no heading styles)
# ===========================================================================

def ctx_a():
    c = Ctx(
        naam="Samenwerkingsverband Passend Primair Onderwijs De Lingebrug", kort="De Lingebrug", code="PO 26-14",
        periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029", start=2025,
        ib_woord="intern begeleiders", directeur="Drs. M.A. (Marleen) Veldhoven",
        oogo_datum="11 maart 2025", overleg_zin="Met het samenwerkingsverband VO in onze regio is het plan besproken op 4 maart 2025.",
        opr_datum="2 april 2025", vast_datum="15 april 2025",
        gemeenten="Lingewaal-Oost, Heukelum, Asperen en Leerdam-Noord", regio_extra="Een deel van de leerlingen gaat naar een school voor speciaal onderwijs buiten de regio.",
        n_besturen="negen", scholen_zin="63 basisscholen, twee scholen voor speciaal basisonderwijs (sbo) en een school voor speciaal onderwijs (so) met locaties voor cluster 3 en cluster 4.",
        n_leerlingen="14.300", vestiging="Leerdam",
        kengetallen=[["Kengetal (teldatum 1 oktober 2024)", "Aantal"], ["Basisscholen (vestigingen)", "63"],
                     ["Sbo-scholen", "2"], ["So-school (cluster 3 en 4, twee locaties)", "1"], ["Leerlingen totaal", "14.312"],
                     ["Aangesloten schoolbesturen", "9"]],
        team_naam="de onderwijsconsulenten van het Loket", fte="11,4", opr_leden="acht", opr_ouders="ouders",
        ict_systeem="het digitale groeidocument", h=lambda s: s,
        n_inl="1. ", n_regio="2. ", n_visie="3. ", n_oogo="10. ", n_opr="11. ", n_gov="12. ", n_pers="13. ", n_ict="14. ", n_plan="15. ",
    )
    return c


def plan_a():
    c = ctx_a()
    toc = [("Voorwoord", 3), ("1. Inleiding", 4), ("2. Ons samenwerkingsverband", 5), ("3. Missie en visie", 7),
           ("4. Basisondersteuning", 8), ("5. Extra ondersteuning en dekkend aanbod", 11),
           ("6. Toelaatbaarheid tot sbo en so", 14), ("7. Ambities en resultaten", 18), ("8. Geld en middelen", 19),
           ("9. Ouders", 22), ("10. Samenwerking met gemeenten", 23), ("11. Medezeggenschap", 24),
           ("12. Organisatie en governance", 25), ("13. Personeel en professionalisering", 26),
           ("14. ICT, privacy en gegevensbescherming", 27), ("15. Planning en jaarcyclus", 28),
           ("Bijlage 1 Begrippenlijst", 29), ("Bijlage 2 Afkortingen", 31)]
    leeswijzer = ("Na een korte schets van ons samenwerkingsverband (hoofdstuk 2) en onze missie en visie (hoofdstuk 3) "
                  "beschrijven we in hoofdstuk 4 de basisondersteuning en in hoofdstuk 5 de extra ondersteuning en het dekkend "
                  "aanbod. Hoofdstuk 6 gaat over toelaatbaarheid tot het speciaal (basis)onderwijs en over wat er gebeurt na "
                  "afloop van een toelaatbaarheidsverklaring. In hoofdstuk 7 staan onze ambities en resultaten, in hoofdstuk 8 "
                  "de financiën. Hoofdstuk 9 gaat over ouders. De hoofdstukken 10 tot en met 15 beschrijven de samenwerking met "
                  "gemeenten, de medezeggenschap, de organisatie, personeel, ICT en de planning. Achter in het plan vindt u een "
                  "begrippenlijst en een lijst met afkortingen.")
    B = [("TITLE", ["Ondersteuningsplan 2025-2029", c.naam, f"{c.code}", "Samen sterk voor elk kind",
                    "Vastgesteld door het bestuur op 15 april 2025"]),
         ("TOC", toc)]
    B += f_voorwoord(c) + f_inleiding(c, leeswijzer) + f_regio(c) + f_visie(c)
    B += [
        ("H1", "4. Basisondersteuning"),
        ("H2", "4.1 Wat verstaan wij onder basisondersteuning?"),
        ("P", "Basisondersteuning is de ondersteuning die iedere school binnen De Lingebrug biedt aan alle leerlingen, "
              "zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De negen schoolbesturen hebben met "
              "elkaar afgesproken dat elke vestiging – de grote school in Leerdam evengoed als de dorpsschool met vijftig "
              "leerlingen – ten minste het niveau biedt dat in dit hoofdstuk is beschreven. Dit is de ondergrens: veel scholen "
              "bieden meer, geen enkele school biedt minder. Wat een school daarbovenop kan bieden, beschrijft zij in haar "
              "schoolondersteuningsprofiel."),
        ("P", "De afspraken zijn gebaseerd op de vier onderdelen van het referentiekader passend onderwijs: basiskwaliteit, "
              "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Wij hebben "
              "die onderdelen vertaald naar twaalf afspraken die voor ouders en leraren herkenbaar zijn."),
        ("H2", "4.2 Wat mag u van elke school verwachten?"),
        ("L", ["Elke school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert.",
               "De leerkrachten werken handelingsgericht: drie keer per jaar is er per groep een groepsbespreking, waarin de onderwijsbehoeften van alle leerlingen worden besproken.",
               "De school werkt met een leerlingvolgsysteem en analyseert de gegevens twee keer per jaar op groeps- en schoolniveau.",
               "De school volgt het landelijke protocol dyslexie en het protocol ernstige reken-wiskundeproblemen en dyscalculie; leerlingen met een vermoeden van ernstige dyslexie worden tijdig gesignaleerd en begeleid.",
               "Elke school heeft een schoolbrede aanpak voor gedrag en sociale veiligheid, een anti-pestprotocol en een aandachtsfunctionaris.",
               "De school biedt verrijking en verdieping voor leerlingen die meer aankunnen, binnen de eigen groep.",
               "De school kan leerlingen met een taalachterstand of een andere thuistaal extra taalaanbod geven.",
               "De school heeft een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, de schoolmaatschappelijk werker en op afroep de onderwijsconsulent van het samenwerkingsverband en de jeugdverpleegkundige.",
               "Voor leerlingen die meer nodig hebben dan de groep biedt, stelt de school een ontwikkelingsperspectief (OPP) op en bespreekt dit met ouders.",
               "De school heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren na instructie.",
               "De school draagt zorg voor een warme overdracht bij een overstap naar een andere school of naar het voortgezet onderwijs.",
               "De school kan kortdurend (tot twaalf weken) een individuele of groepsinterventie bieden, bijvoorbeeld een sociale-vaardigheidstraining of een leesinterventie."]),
        ("H2", "4.3 Borging"),
        ("P", "Elke school neemt de basisondersteuning op in de schoolgids en in het schoolondersteuningsprofiel. Het "
              "samenwerkingsverband voert eens in de twee jaar met elke school een kwaliteitsgesprek aan de hand van de "
              "kwaliteitskaart basisondersteuning. Blijkt een school op een of meer afspraken onder het niveau te zitten, dan "
              "maakt de school binnen drie maanden een verbeterplan, dat door het bestuur van de school wordt goedgekeurd. De "
              "voortgang wordt na een jaar opnieuw besproken."),
        ("H1", "5. Extra ondersteuning en dekkend aanbod"),
        ("H2", "5.1 Van basis naar extra"),
        ("P", "Waar de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. In onze regio "
              "onderscheiden wij vier niveaus. Niveau 1 is de basisondersteuning op iedere school. Op niveau 2 krijgt een leerling "
              "een arrangement op de eigen school, bijvoorbeeld extra begeleiding door een gedragsspecialist of ambulante "
              "begeleiding vanuit het speciaal onderwijs. Op niveau 3 gaat een leerling voor kortere of langere tijd naar een "
              "bovenschoolse voorziening. Op niveau 4 gaat een leerling naar het speciaal basisonderwijs of het speciaal onderwijs."),
        ("H2", "5.2 Bovenschoolse voorzieningen"),
        ("T", [["Voorziening", "Doelgroep", "Plaatsen", "Duur"],
               ["Observatiegroep De Brug (Leerdam)", "Leerlingen groep 1-4 met een onduidelijke ondersteuningsvraag", "12", "max. 16 weken"],
               ["Plusklas Denkwerk (drie locaties)", "Meer- en hoogbegaafde leerlingen groep 5-8", "60", "1 dagdeel per week, 1 schooljaar"],
               ["Taalklas Nieuwkomers (Asperen)", "Nieuwkomers zonder Nederlandse taalbeheersing", "24", "max. 1 jaar"],
               ["Groep Kompas (so-locatie, onderwijs-zorg)", "Leerlingen die onderwijs en jeugdhulp nodig hebben", "8", "in overleg"]]),
        ("P", "Daarnaast kunnen scholen een beroep doen op de expertise van het speciaal onderwijs via ambulante begeleiding, "
              "en op de onderwijsconsulenten van het Loket, die met de school meedenken over de ondersteuning van een leerling."),
        ("H2", "5.3 Een dekkend netwerk"),
        ("P", "Het samenwerkingsverband heeft de taak te zorgen dat er voor elke leerling een passende plek is. Elk voorjaar "
              "bespreken wij in het directeurenoverleg per subregio of er leerlingen zijn voor wie geen passend aanbod "
              "beschikbaar is, en of er wachtlijsten zijn bij de bovenschoolse voorzieningen of het speciaal onderwijs. "
              "De uitkomsten worden vastgelegd in de jaarlijkse analyse van het dekkend netwerk. Waar blijkt dat er een gat is, "
              "stelt het bestuur binnen een half jaar een voorstel op voor een nieuwe voorziening of een aanpassing van een "
              "bestaande. De analyse van 2024 liet zien dat het aanbod voor jonge kinderen met ernstige gedragsproblemen "
              "ontoereikend is; daarom start in augustus 2026 een kleine groep op de so-locatie in Heukelum."),
        ("H2", "5.4 Thuiszitters en zorgplicht"),
        ("P", "Geen kind hoort thuis te zitten. Scholen melden een leerling die langer dan vier weken geen onderwijs volgt bij "
              "het Loket en bij de leerplichtambtenaar. De thuiszitterstafel, waarin school, leerplicht, het Loket en het lokale "
              "team zitten, komt elke zes weken bijeen en bespreekt iedere gemelde leerling. Binnen twee weken na de melding is er "
              "een plan met een concreet perspectief op onderwijs. Lukt dat niet, dan kan de directeur-bestuurder doorzettingsmacht "
              "inzetten en een bestuur of voorziening vragen de leerling te plaatsen."),
        ("P", "De besturen hebben afgesproken hoe zij de zorgplicht samen invullen: als de school van aanmelding geen passend "
              "aanbod kan doen, zoekt zij in overleg met het Loket binnen de wettelijke termijn een andere school binnen het "
              "samenwerkingsverband die de leerling wel kan toelaten."),
        ("H1", "6. Toelaatbaarheid tot sbo en so"),
        ("H2", "6.1 Wanneer een toelaatbaarheidsverklaring?"),
        ("P", "Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of een school voor speciaal "
              "onderwijs (cluster 3 of 4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. "
              "De Lingebrug geeft een TLV af als aan de volgende criteria is voldaan."),
        ("P", "Voor het speciaal basisonderwijs:"),
        ("L", ["de ondersteuningsbehoefte van de leerling overstijgt wat de school met basisondersteuning en een arrangement op niveau 2 kan bieden, en dit blijkt uit ten minste twee doorlopen cycli van handelingsgericht werken;",
               "de leerling heeft behoefte aan een kleinere groep en een aangepast, planmatig onderwijsaanbod gedurende de hele schooldag;",
               "de ontwikkeling van de leerling stagneert op meerdere gebieden (leren, gedrag, sociaal-emotioneel), zoals vastgelegd in het OPP;",
               "er is naar verwachting een uitstroombestemming in het voortgezet onderwijs op ten minste het niveau van praktijkonderwijs of vmbo."]),
        ("P", "Voor het speciaal onderwijs cluster 3:"),
        ("L", ["de leerling heeft een ernstige verstandelijke beperking (indicatief een totaal IQ lager dan 55 tot 60), of",
               "een lichamelijke beperking of langdurige ziekte waardoor de leerling op de onderwijsdag aangewezen is op intensieve begeleiding, verzorging of aanpassingen die een reguliere school of sbo niet kan bieden."]),
        ("P", "Voor het speciaal onderwijs cluster 4:"),
        ("L", ["de leerling heeft ernstige gedrags- of psychiatrische problemen die zich in meerdere situaties voordoen (school en thuis),",
               "de leerling heeft een zeer gestructureerde leeromgeving met een hoge mate van voorspelbaarheid nodig, en",
               "de inzet van een arrangement op niveau 2 of 3 heeft onvoldoende resultaat gehad of is aantoonbaar niet toereikend."]),
        ("H2", "6.2 De procedure"),
        ("P", "De aanvraag voor een TLV wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven, "
              "in de praktijk de directeur of intern begeleider namens het bestuur. De aanvraag verloopt via het Loket en bestaat uit het "
              "digitale groeidocument met daarin het OPP, een overzicht van de geboden ondersteuning en de resultaten daarvan, het "
              "verslag van het multidisciplinair overleg en de zienswijze van de ouders."),
        ("L", ["Stap 1: de school bespreekt de ondersteuningsvraag in het ondersteuningsteam met ouders en de onderwijsconsulent.",
               "Stap 2: de school dient de aanvraag in bij het Loket; de onderwijsconsulent controleert binnen vijf werkdagen of het dossier compleet is.",
               "Stap 3: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit. De eerste deskundige is altijd een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de vraag, een kinderpsychiater, maatschappelijk werker, arts of pedagoog. De deskundigen zijn niet eerder bij de leerling betrokken geweest.",
               "Stap 4: de Commissie Toelaatbaarheid neemt namens het bestuur een besluit binnen zes weken na ontvangst van de complete aanvraag.",
               "Stap 5: ouders en school ontvangen het besluit met de adviezen van de deskundigen."]),
        ("H2", "6.3 Duur en categorie"),
        ("P", "Een TLV voor het speciaal basisonderwijs wordt in de regel afgegeven tot het einde van de basisschoolperiode. "
              "Een TLV voor het speciaal onderwijs wordt afgegeven voor twee schooljaren, te rekenen tot 31 juli, en bij een "
              "ernstige meervoudige beperking voor de gehele schoolloopbaan. Bij een TLV voor het so stelt de commissie de "
              "bekostigingscategorie vast: laag (cluster 4 en ZML), midden (lichamelijk gehandicapt, langdurig ziek) of hoog "
              "(meervoudig gehandicapt)."),
        ("H2", "6.4 Spoed en tijdelijke plaatsing"),
        ("P", "In crisissituaties kan de commissie binnen vijf werkdagen een tijdelijke TLV afgeven voor ten hoogste drie maanden. "
              "In die periode wordt de reguliere procedure doorlopen."),
        ("H2", "6.5 Na afloop van de toelaatbaarheidsverklaring"),
        ("P", "Een plek in het speciaal basisonderwijs of het speciaal onderwijs is voor ons geen eindstation. Ons uitgangspunt is "
              "dat een leerling terugkeert naar het regulier onderwijs – bij voorkeur naar een school dicht bij huis – zodra dat in "
              "het belang van de leerling is en de ontvangende school met steun de benodigde ondersteuning kan bieden. De "
              "voorwaarden daarvoor zijn dat de ontwikkeling volgens het OPP zich heeft gestabiliseerd, dat de leerling in een "
              "grotere groep kan functioneren en dat er een ontvangende school is die de ondersteuning kan organiseren."),
        ("P", "Een leerling die terugkeert, krijgt een terugplaatsingsarrangement: gedurende het eerste jaar begeleidt een "
              "medewerker van de sbo- of so-school de leerling en de leerkracht, en de ontvangende school ontvangt een budget van "
              "€ 3.500 voor extra inzet in de groep. Ook een overplaatsing naar een andere sbo- of so-school valt onder dit beleid."),
        ("P", "Hoe een terugplaatsing precies verloopt – wie het traject in gang zet, op welke momenten wordt geëvalueerd en wie "
              "uiteindelijk beslist – leggen wij in het schooljaar 2025-2026 samen met de sbo- en so-scholen vast in een protocol. "
              "Dat protocol wordt na instemming van de OPR aan dit plan toegevoegd."),
        ("H1", "7. Ambities en resultaten"),
        ("P", "Een ondersteuningsplan zonder ambities is een papieren tijger. Tegelijk willen wij voorkomen dat wij doelen "
              "formuleren die niet gedragen worden door de scholen. Daarom hebben wij ervoor gekozen de ambities voor deze "
              "planperiode in het eerste planjaar samen met de directeuren en de OPR uit te werken."),
        ("P", "De beoogde resultaten en de wijze waarop wij die gaan volgen, worden opgenomen in het Jaarplan 2025-2026. Het "
              "jaarplan wordt in oktober 2025 vastgesteld en vormt vanaf dat moment een aanvulling op dit hoofdstuk. Tot die "
              "tijd verwijzen wij naar de ambities die in de kernwaarden in hoofdstuk 3 zijn verwoord."),
        ("H1", "8. Geld en middelen"),
        ("H2", "8.1 Inkomsten"),
        ("P", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Voor 2025 bedraagt "
              "dit in totaal circa € 11,9 miljoen. Van dit bedrag wordt door DUO rechtstreeks een deel ingehouden voor de "
              "bekostiging van de leerlingen in het speciaal onderwijs en voor het deel van het speciaal basisonderwijs dat boven "
              "de 2 procent uitkomt (de afdrachten). Het resterende bedrag kan het samenwerkingsverband zelf besteden."),
        ("H2", "8.2 Verdeling over de besturen"),
        ("P", "De Lingebrug kiest voor een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
              "schoolbesturen, zodat scholen zelf de ondersteuning kunnen organiseren. De verdeling gebeurt volgens de volgende "
              "sleutel, die jaarlijks door de algemene vergadering wordt vastgesteld op basis van het aantal leerlingen op 1 oktober "
              "van het voorafgaande jaar:"),
        ("L", ["een vaste voet van € 7.500 per vestiging, zodat ook kleine scholen een basis hebben om de afspraken over basisondersteuning na te komen;",
               "een bedrag van € 95 per leerling voor de versterking van de basisondersteuning en arrangementen op niveau 2;",
               "een bedrag voor de sbo-scholen ter aanvulling op de rijksbekostiging, afhankelijk van het aantal leerlingen boven de 2 procent;",
               "de bovenschoolse voorzieningen en het Loket worden centraal bekostigd."]),
        ("P", "De besturen verantwoorden jaarlijks vóór 1 juni aan de hand van een vast format waaraan zij de middelen per school "
              "hebben besteed en welke arrangementen daarmee zijn gerealiseerd. Het bureau bundelt deze verantwoordingen en bespreekt "
              "ze met de besturen en de raad van toezicht."),
        ("H2", "8.3 Meerjarenbegroting"),
        ("T", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
               ["Baten rijksbijdrage ondersteuning", "11.930", "11.840", "11.760", "11.690"],
               ["Af: afdrachten so en sbo (DUO)", "-4.610", "-4.650", "-4.680", "-4.700"],
               ["Beschikbaar", "7.320", "7.190", "7.080", "6.990"],
               ["Doorbetaling besturen (vaste voet + per leerling)", "1.830", "1.820", "1.810", "1.800"],
               ["Aanvulling sbo", "1.420", "1.400", "1.380", "1.370"],
               ["Bovenschoolse voorzieningen", "1.650", "1.700", "1.720", "1.720"],
               ["Ambulante begeleiding en arrangementen", "1.240", "1.200", "1.160", "1.130"],
               ["Loket en onderwijsconsulenten", "890", "900", "910", "920"],
               ["Bureau en bestuur", "480", "490", "500", "510"],
               ["Totaal lasten", "7.510", "7.510", "7.480", "7.450"],
               ["Resultaat", "-190", "-320", "-400", "-460"]]),
        ("P", "De begroting sluit in deze jaren met een tekort, dat bewust wordt gedekt uit de reserve. Het weerstandsvermogen "
              "bedroeg eind 2024 circa € 3,1 miljoen. Het bestuur heeft een signaleringswaarde vastgesteld van 5 procent van de "
              "baten; de reserve boven dat niveau wordt in de planperiode ingezet voor de nieuwe groep voor jonge kinderen en "
              "de versterking van de basisondersteuning."),
        ("H1", "9. Ouders"),
        ("P", "Ouders zijn onmisbaar als het gaat om de ondersteuning van hun kind. Zij worden door de school betrokken bij het "
              "opstellen en evalueren van het ontwikkelingsperspectief en zijn aanwezig bij het ondersteuningsteam wanneer hun "
              "kind besproken wordt. Kinderen worden, passend bij hun leeftijd, gehoord over hun eigen ontwikkelingsperspectief."),
        ("H2", "Hoe informeren wij ouders?"),
        ("P", "Ouders vinden informatie over de ondersteuningsmogelijkheden op de ouderpagina van onze website, met een "
              "overzicht van de basisondersteuning, de bovenschoolse voorzieningen en de scholen voor sbo en so. Elke school "
              "beschrijft in de schoolgids welke ondersteuning zij biedt. Bij de aanmelding op een school ontvangen ouders de "
              "folder ‘Passend onderwijs in De Lingebrug’, die ook in het Engels, Arabisch en Pools beschikbaar is. Twee keer per "
              "jaar organiseert het samenwerkingsverband een informatieavond voor ouders, en de intern begeleider is voor ouders "
              "op elke school het eerste aanspreekpunt."),
        ("H2", "Onafhankelijke ondersteuning"),
        ("P", "Soms zijn ouders en school het niet met elkaar eens, of hebben ouders behoefte aan iemand die met hen meekijkt. "
              "Op onze website staat een overzicht van organisaties waar ouders terecht kunnen. De wet schrijft voor dat ieder "
              "samenwerkingsverband een ouder- en jeugdsteunpunt krijgt; de inrichting daarvan bepalen wij zodra de regeling in "
              "werking is getreden."),
    ]
    B += f_oogo(c) + f_opr(c) + f_governance(c) + f_personeel(c) + f_ict(c)
    B += f_planning(c, [["september", "Start jaarplan; netwerkbijeenkomsten intern begeleiders", "bureau, scholen"],
                        ["oktober", "Teldatum leerlingen; vaststelling jaarplan", "bestuur, OPR"],
                        ["december", "Vaststelling begroting en verdeling volgend jaar", "algemene vergadering, raad van toezicht"],
                        ["maart", "OOGO met gemeenten", "bestuur, wethouders"],
                        ["voorjaar", "Analyse dekkend netwerk per subregio", "directeurenoverleg"],
                        ["juni", "Jaarrekening; verantwoording besturen", "bestuur, accountant"]])
    B += [
        ("PB",),
        ("H1", "Bijlage 1 Begrippenlijst"),
        ("L", ["Basisondersteuning – het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden.",
               "Dekkend aanbod – het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is.",
               "Meerjarenbegroting – begroting voor meerdere jaren waarin baten en lasten van het samenwerkingsverband zijn opgenomen.",
               "Onderwijsconsulenten – landelijke, onafhankelijke adviseurs die ouders en scholen kosteloos helpen als zij er samen niet uitkomen bij vragen over toelating, verwijdering of passend onderwijs.",
               "Ouder- en jeugdsteunpunt (OJSP) – onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen over passend onderwijs en dat signalen bundelt voor het bestuur.",
               "Resultaten – de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben.",
               "Terugplaatsing – de overstap van een leerling van sbo of so naar het regulier onderwijs. In het laatste jaar van de TLV beoordelen de school en het samenwerkingsverband samen met ouders of terugplaatsing mogelijk is.",
               "Toelaatbaarheidsverklaring (TLV) – besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het sbo of so.",
               "Zorgplicht – de plicht van een schoolbestuur om voor een aangemelde leerling die extra ondersteuning nodig heeft een passende plek te bieden."]),
        ("H1", "Bijlage 2 Afkortingen"),
        ("L", ["AB – ambulante begeleiding", "GPO – Geschillencommissie passend onderwijs", "HGW – handelingsgericht werken",
               "IB – intern begeleider", "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
               "OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg", "OPP – ontwikkelingsperspectief",
               "OPR – ondersteuningsplanraad", "sbo – speciaal basisonderwijs", "so – speciaal onderwijs",
               "SOP – schoolondersteuningsprofiel", "TLV – toelaatbaarheidsverklaring"]),
    ]
    style = dict(h1_size=14, title="Ondersteuningsplan 2025-2029 De Lingebrug")
    return B, style, "Ondersteuningsplan 2025-2029 | SWV De Lingebrug", "De Lingebrug – Samen sterk voor elk kind – definitieve versie"


# ===========================================================================
# Plan B: VO, Word, capitalised numbered chapter titles (no heading styles)
# ===========================================================================

def plan_b():
    c = Ctx(
        naam="Samenwerkingsverband Voortgezet Onderwijs Oostelijke Vechtstreek", kort="SWV VO Oostelijke Vechtstreek",
        code="VO 23-05", periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030", start=2026,
        ib_woord="ondersteuningscoördinatoren", directeur="J.H. (Jeroen) Kampstra MEd",
        oogo_datum="17 februari 2026", overleg_zin="Met de twee samenwerkingsverbanden primair onderwijs in de regio is het plan besproken in januari 2026.",
        opr_datum="24 maart 2026", vast_datum="7 april 2026",
        gemeenten="Dalfsen-West, Ommen-Zuid en Vechtdal", regio_extra="Veel leerlingen reizen dagelijks naar een van de drie schoolsteden.",
        n_besturen="zes", scholen_zin="veertien vestigingen voor voortgezet onderwijs (vmbo, havo, vwo), twee scholen voor praktijkonderwijs en een school voor voortgezet speciaal onderwijs met drie locaties.",
        n_leerlingen="11.800", vestiging="Ommen",
        kengetallen=[["Kengetal (1 oktober 2025)", "Aantal"], ["Vestigingen regulier vo", "14"], ["Scholen praktijkonderwijs", "2"],
                     ["Vso-locaties", "3"], ["Leerlingen totaal", "11.794"], ["Aangesloten schoolbesturen", "6"]],
        team_naam="trajectbegeleiders en de Commissie Toewijzing", fte="9,8", opr_leden="tien", opr_ouders="ouders en leerlingen",
        ict_systeem="OnderwijsTransparant", h=lambda s: s.upper(),
        n_inl="1. ", n_regio="2. ", n_visie="4. ", n_oogo="10. ", n_opr="11. ", n_gov="12. ", n_pers="13. ", n_ict="14. ", n_plan="15. ",
    )
    toc = [("VOORWOORD", 3), ("1. INLEIDING", 4), ("2. ONS SAMENWERKINGSVERBAND", 5), ("3. TERUGBLIK 2022-2026", 7),
           ("4. MISSIE EN VISIE", 9), ("5. HET ONDERSTEUNINGSCONTINUÜM", 10), ("   5.1 Basisondersteuning", 10),
           ("   5.2 Extra ondersteuning", 11), ("   5.3 Voorzieningen en dekkend netwerk", 12),
           ("6. TOEWIJZING EN TOELAATBAARHEID", 14), ("7. KWALITEIT EN RESULTATEN", 19), ("8. FINANCIEEL BELEID", 22),
           ("9. COMMUNICATIE", 25), ("10. SAMENWERKING MET GEMEENTEN", 27), ("11. MEDEZEGGENSCHAP", 28),
           ("12. ORGANISATIE EN GOVERNANCE", 29), ("13. PERSONEEL EN PROFESSIONALISERING", 30),
           ("14. ICT, PRIVACY EN GEGEVENSBESCHERMING", 31), ("15. PLANNING EN JAARCYCLUS", 32),
           ("BIJLAGEN", 33), ("   Bijlage 1 Begrippenlijst", 33), ("   Bijlage 2 Kwaliteitskaart basisondersteuning (separaat)", "-"),
           ("   Bijlage 3 Overzicht thuiszitters en zorgplicht (separaat)", "-"), ("   Bijlage 4 Meerjarenbegroting 2026-2030 (separaat)", "-")]
    leeswijzer = ("Hoofdstuk 2 schetst ons samenwerkingsverband, hoofdstuk 3 blikt terug op de vorige planperiode en hoofdstuk 4 "
                  "beschrijft onze missie en visie. In hoofdstuk 5 staat het ondersteuningscontinuüm: van basisondersteuning via extra "
                  "ondersteuning naar de voorzieningen en het vso. Hoofdstuk 6 beschrijft de toewijzing van lwoo en praktijkonderwijs en de "
                  "toelaatbaarheid tot het vso. Hoofdstuk 7 gaat over kwaliteit en resultaten, hoofdstuk 8 over het financieel beleid en "
                  "hoofdstuk 9 over communicatie. De overige hoofdstukken gaan over gemeenten, medezeggenschap, organisatie, personeel, "
                  "ICT en planning.")
    B = [("TITLE", ["ONDERSTEUNINGSPLAN 2026-2030", c.naam, c.code, "Koers houden, samen verder",
                    "Definitieve versie na instemming OPR"]),
         ("TOC", toc)]
    B += f_voorwoord(c) + f_inleiding(c, leeswijzer) + f_regio(c)
    B += [
        ("H1", "3. TERUGBLIK 2022-2026"),
        ("P", "In het ondersteuningsplan 2022-2026 hadden wij ons vijf doelen gesteld. In dit hoofdstuk kijken wij terug op wat "
              "daarvan is gerealiseerd. De cijfers komen uit de jaarverslagen van het samenwerkingsverband en uit de monitor van DUO."),
        ("T", [["Doel 2022-2026", "Streefwaarde", "Realisatie 2024-2025", "Oordeel"],
               ["Deelname vso (1 oktober)", "max. 3,6%", "3,4%", "behaald"],
               ["Terugkeer uit OPDC naar eigen of andere reguliere school binnen een jaar", "80%", "74%", "deels behaald"],
               ["Terugplaatsingen vso naar regulier vo per jaar", "15", "11", "niet behaald"],
               ["Doorlooptijd TLV binnen 6 weken", "90%", "93%", "behaald"],
               ["Tevredenheid ouders over de Commissie Toewijzing (schaal 1-10)", "7,0", "7,3", "behaald"]]),
        ("P", "Het aantal terugplaatsingen vanuit het vso bleef achter. Uit gesprekken met de vso-school bleek dat ontvangende "
              "scholen aarzelden omdat de begeleiding na de overstap onvoldoende was geregeld. Dit heeft geleid tot het aangepaste "
              "beleid in paragraaf 6.6. De terugkeer vanuit het OPDC verbeterde in de laatste twee jaar, nadat de trajectbegeleiders "
              "nauwer gingen samenwerken met de stamscholen."),
    ]
    B += f_visie(c, "Ook de stem van jongeren zelf nemen wij daarin nadrukkelijk mee.")
    B += [
        ("H1", "5. HET ONDERSTEUNINGSCONTINUÜM"),
        ("P", "Wij beschrijven de ondersteuning in onze regio als een continuüm: van wat iedere school biedt, via extra "
              "ondersteuning in de school en bovenschoolse voorzieningen, tot het voortgezet speciaal onderwijs. Een leerling "
              "beweegt zich zo veel mogelijk binnen dat continuüm, zonder onnodige overgangen."),
        ("H2", "5.1 Basisondersteuning"),
        ("P", "Basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen van ons "
              "samenwerkingsverband ten minste bieden. De zes besturen hebben dit niveau in 2025 gezamenlijk opnieuw vastgesteld. "
              "Het niveau is bindend voor alle vestigingen, dus ook voor de kleinere locaties in de dorpen en voor de scholen voor "
              "praktijkonderwijs. Een school kan meer bieden, maar niet minder."),
        ("P", "De concrete standaarden – wat een leerling en zijn ouders op iedere school mogen verwachten – zijn opgenomen in de "
              "Kwaliteitskaart Basisondersteuning VO (bijlage 2), die als afzonderlijk document bij dit plan hoort. Scholen beschrijven "
              "in hun schoolondersteuningsprofiel hoe zij de standaarden invullen."),
        ("P", "Eens per twee jaar bezoekt een auditteam, bestaande uit een ondersteuningscoördinator van een andere school en een "
              "medewerker van het bureau, elke vestiging. Het auditteam toetst de praktijk aan de kwaliteitskaart. Voldoet een vestiging "
              "niet, dan maakt het bestuur van de school een verbeterplan en volgt binnen een jaar een herhalingsaudit."),
        ("H2", "5.2 Extra ondersteuning"),
        ("P", "Extra ondersteuning is alles wat boven de basisondersteuning uitgaat. In de school gaat het om arrangementen die de "
              "school zelf organiseert uit het budget lichte ondersteuning: bijvoorbeeld een trajectvoorziening in de school, een "
              "rebound-plek, begeleiding door een gedragsspecialist of een aangepast rooster. Voor leerlingen die tijdelijk niet in "
              "de eigen school terechtkunnen, zijn er bovenschoolse voorzieningen."),
        ("H2", "5.3 Voorzieningen en dekkend netwerk"),
        ("T", [["Niveau", "Voorziening", "Voor wie", "Toegang"],
               ["1", "Basisondersteuning op iedere vestiging", "alle leerlingen", "geen aanvraag"],
               ["2", "Schoolarrangementen (trajectvoorziening, gedragsspecialist, maatwerkrooster)", "leerlingen met een OPP", "school besluit"],
               ["2", "Leerwegondersteunend onderwijs (lwoo)", "leerlingen vmbo met leerachterstanden", "aanwijzing SWV"],
               ["3", "OPDC De Vecht (Ommen), max. 40 plaatsen", "leerlingen die tijdelijk niet in de eigen school kunnen functioneren", "Commissie Toewijzing"],
               ["3", "Rebound Vechtdal, max. 16 plaatsen", "leerlingen met gedragsproblemen, korte time-out (8-12 weken)", "aanmelding door school"],
               ["3", "Onderwijs-zorgarrangement De Stroom", "leerlingen die onderwijs en jeugdhulp combineren", "Commissie Toewijzing met gemeente"],
               ["4", "Praktijkonderwijs (twee scholen)", "leerlingen met pro-toelaatbaarheid", "toelaatbaarheid SWV"],
               ["4", "Vso cluster 3 en 4 (drie locaties)", "leerlingen met een TLV", "TLV"]]),
        ("P", "Samen vormen deze voorzieningen het aanbod van ons samenwerkingsverband. Leerlingen met een visuele of auditieve "
              "beperking (cluster 1 en 2) vallen niet onder het samenwerkingsverband; voor hen werken wij samen met de landelijke "
              "instellingen."),
        ("P", "Of dit aanbod voldoende dekkend is, en hoe wij omgaan met jongeren die (dreigen) thuis (te) zitten, werken wij in de "
              "loop van 2027 uit in samenwerking met de leerplichtambtenaren en de gemeenten. Het overzicht in bijlage 3 wordt daartoe "
              "geactualiseerd."),
        ("H1", "6. TOEWIJZING EN TOELAATBAARHEID"),
        ("H2", "6.1 De Commissie Toewijzing"),
        ("P", "Het samenwerkingsverband heeft één Commissie Toewijzing, die namens het bestuur besluit over toelaatbaarheid tot het "
              "vso, over toelaatbaarheid tot het praktijkonderwijs, over de aanwijzing voor lwoo en over plaatsing in het OPDC. De "
              "commissie bestaat uit een voorzitter (orthopedagoog-generalist), een GZ-psycholoog, een jeugdarts en een secretaris."),
        ("H2", "6.2 Toelaatbaarheid tot het vso"),
        ("P", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld. "
              "De school levert het OPP, het groeidocument met de evaluatie van de ingezette ondersteuning, het verslag van het "
              "multidisciplinair overleg en de zienswijze van ouders en leerling aan. De secretaris beoordeelt binnen een week of "
              "het dossier compleet is. Twee deskundigen – een orthopedagoog of psycholoog, en afhankelijk van de vraag een "
              "kinder- en jeugdpsychiater, arts, pedagoog of maatschappelijk werker – brengen ieder een eigen schriftelijk advies uit. "
              "Een deskundige die bij de aanvraag betrokken is geweest, adviseert niet. De commissie besluit binnen zes weken na "
              "ontvangst van het complete dossier; in spoedsituaties binnen tien werkdagen."),
        ("P", "Een leerling is toelaatbaar tot het vso als:"),
        ("L", ["de ondersteuningsbehoefte op het gebied van leren, gedrag of lichamelijk/medisch functioneren zo groot is dat het "
               "regulier onderwijs, ook met een arrangement op niveau 2 of 3, geen passend aanbod kan doen;",
               "er sprake is van een langdurige en intensieve behoefte aan een kleine groep, specialistische expertise of zorg tijdens de schooldag;",
               "de ingezette ondersteuning aantoonbaar onvoldoende effect heeft gehad, of het evident is dat het regulier onderwijs niet passend is (bijvoorbeeld bij een ernstige meervoudige beperking)."]),
        ("P", "De commissie geeft de TLV af voor één, twee of drie schooljaren, steeds tot 31 juli, en stelt bij cluster 3 en 4 de "
              "bekostigingscategorie vast: laag, midden of hoog."),
        ("H2", "6.3 Lwoo"),
        ("P", "Ons samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking als het IQ "
              "tussen 75 en 90 ligt en er een leerachterstand is van 25 tot 50 procent op ten minste twee van de vier domeinen "
              "(inzichtelijk rekenen, begrijpend lezen, technisch lezen, spelling), waarvan één inzichtelijk rekenen of begrijpend "
              "lezen is; of bij een IQ van 91 tot en met 120 als daarnaast sprake is van sociaal-emotionele problematiek. De "
              "vo-school dient de aanvraag in vóór 1 mei voorafgaand aan het eerste leerjaar; de commissie besluit binnen vier weken. "
              "De aanwijzing geldt voor de gehele vmbo-opleiding."),
        ("H2", "6.4 Praktijkonderwijs"),
        ("P", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste "
              "50 procent op ten minste twee domeinen, waarvan één inzichtelijk rekenen of begrijpend lezen. De school voor "
              "praktijkonderwijs dient de aanvraag in; de commissie besluit binnen vier weken. De toelaatbaarheid geldt voor de gehele "
              "opleiding."),
        ("H2", "6.5 Bezwaar"),
        ("P", "Ouders (en een leerling van 18 jaar of ouder) die het niet eens zijn met een besluit van de commissie, kunnen binnen "
              "zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Ouders ontvangen altijd een afschrift van de adviezen van de deskundigen."),
        ("H2", "6.6 Afloop van de TLV en terugkeer naar het regulier onderwijs"),
        ("P", "Wij willen dat een jongere die in het vso zit, terugkeert naar het regulier voortgezet onderwijs als dat in zijn "
              "belang is. Het vso is een tijdelijke plek voor wie dat nodig heeft, niet automatisch een plek voor de hele "
              "schoolloopbaan. Terugkeer heeft de voorkeur als de leerling in een grotere groep kan functioneren, het "
              "uitstroomprofiel in het regulier onderwijs haalbaar is en er een ontvangende school is die de ondersteuning kan "
              "bieden. Ook een overstap naar het praktijkonderwijs of het mbo is een vorm van overplaatsing die wij stimuleren."),
        ("P", "De werkwijze is als volgt. In het laatste jaar van de TLV bespreekt de vso-school vóór 1 december het OPP met de "
              "leerling en de ouders en betrekt daarbij de trajectbegeleider van het samenwerkingsverband. Vóór 1 februari brengt de "
              "vso-school een advies uit: terugkeer naar het regulier onderwijs, overplaatsing of een nieuwe TLV. Bij een advies tot "
              "terugkeer zoekt de trajectbegeleider samen met de ouders een ontvangende school; die school maakt binnen zes weken "
              "duidelijk of zij de ondersteuning kan bieden. De Commissie Toewijzing stelt vóór 1 april vast of een nieuwe TLV nodig "
              "is. Lukt de terugkeer, dan eindigt de TLV op 31 juli."),
        ("P", "Een leerling die terugkeert krijgt een overstaparrangement: gedurende zes tot twaalf maanden begeleidt een "
              "ambulant begeleider vanuit het vso de leerling en de mentor, en de ontvangende school ontvangt € 4.000 voor extra inzet. "
              "Na drie en na zes maanden volgt een evaluatie met leerling, ouders en school."),
        ("H1", "7. KWALITEIT EN RESULTATEN"),
        ("H2", "7.1 Beoogde resultaten 2026-2030"),
        ("P", "Op basis van de terugblik hebben wij voor de nieuwe planperiode de volgende doelen geformuleerd voor leerlingen die "
              "extra ondersteuning nodig hebben. Elk doel heeft een streefwaarde voor het einde van de planperiode."),
        ("T", [["Doel", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
               ["Deelname vso (1 oktober)", "3,4%", "max. 3,2%"],
               ["Terugkeer uit OPDC binnen een jaar", "74%", "85%"],
               ["Terugplaatsingen vso naar regulier vo/mbo per jaar", "11", "18"],
               ["Leerlingen met een OPP die het diploma halen of duurzaam uitstromen naar mbo of werk", "81%", "88%"],
               ["Leerlingen met lwoo die doorstromen naar een mbo-2 opleiding of hoger", "86%", "90%"],
               ["Tevredenheid ouders en leerlingen over de ondersteuning (schaal 1-10)", "7,3", "7,6"]]),
        ("P", "Naast deze kwantitatieve doelen willen wij dat leerlingen met een ondersteuningsbehoefte zich gezien voelen in de "
              "school en dat zij kunnen meepraten over hun OPP. Dit kwalitatieve doel meten wij met een jaarlijkse leerlingenpanel."),
        ("H2", "7.2 Hoe wij de resultaten volgen"),
        ("P", "Het bureau houdt een monitor bij met de kengetallen uit de tabel. De monitor wordt twee keer per jaar, in februari "
              "en in september, bijgewerkt met gegevens van DUO, van de Commissie Toewijzing en van de scholen. De uitkomsten worden "
              "besproken in het directeurenoverleg en in de algemene vergadering; zij vormen de basis voor het jaarplan van het volgend "
              "jaar. Jaarlijks rapporteren wij de bereikte resultaten in het jaarverslag, met een koppeling naar de ingezette middelen "
              "per voorziening. In het voorjaar van 2029 laten wij de planperiode extern evalueren."),
        ("P", "Scholen evalueren elk jaar de resultaten van hun arrangementen en leveren hierover gegevens aan. De OPR ontvangt de "
              "halfjaarlijkse rapportage en bespreekt die met de directeur-bestuurder."),
        ("H1", "8. FINANCIEEL BELEID"),
        ("H2", "8.1 Uitgangspunten"),
        ("P", "Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning, voor lwoo en voor praktijkonderwijs. "
              "Na aftrek van de afdrachten aan het vso door DUO verdeelt het samenwerkingsverband de middelen volgens vaste afspraken. "
              "Uitgangspunt is dat het geld zo dicht mogelijk bij de leerling wordt ingezet."),
        ("H2", "8.2 Verdeling van de middelen"),
        ("L", ["Lichte ondersteuning: het samenwerkingsverband kent elk bestuur een bedrag van € 145 per leerling toe, op basis van het aantal leerlingen op 1 oktober van het voorafgaande jaar, plus een vaste voet van € 20.000 per vestiging.",
               "Lwoo: de lwoo-middelen gaan naar de scholen met lwoo op basis van het aantal aangewezen lwoo-leerlingen op 1 oktober, tegen een bedrag van € 3.150 per leerling.",
               "Praktijkonderwijs: de middelen gaan volledig naar de scholen voor praktijkonderwijs, naar rato van het aantal toelaatbare leerlingen.",
               "Zware ondersteuning: de middelen voor zware ondersteuning die na de afdrachten resteren, blijven centraal voor het OPDC, de Rebound, de onderwijs-zorgarrangementen en ambulante begeleiding."]),
        ("P", "Het bestuur stelt de bedragen elk jaar in december vast, na advies van de algemene vergadering. Een wijziging van "
              "de systematiek wordt voorgelegd aan de OPR. Besturen verantwoorden zich jaarlijks vóór 1 juli in een verantwoordingsformat "
              "over de inzet van de middelen lichte ondersteuning."),
        ("H2", "8.3 Begroting"),
        ("P", "De meerjarenbegroting 2026-2030 wordt in december 2025 door het bestuur vastgesteld en na bespreking in de OPR als "
              "bijlage 4 aan dit ondersteuningsplan toegevoegd. In onderstaande tabel is de opbouw aangegeven."),
        ("T", [["Post", "2026", "2027", "2028", "2029"],
               ["Baten lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Baten lwoo en pro", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdrachten vso (DUO)", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Lasten voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Lasten bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("H2", "8.4 Reserves"),
        ("P", "Het samenwerkingsverband heeft in de vorige planperiode de reserve teruggebracht tot onder de signaleringswaarde van "
              "de inspectie. Het bestuur streeft naar een weerstandsvermogen van 4 tot 6 procent van de baten."),
        ("H1", "9. COMMUNICATIE"),
        ("P", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met scholen via de "
              "maandelijkse nieuwsbrief, het directeurenoverleg en de netwerken. Met gemeenten en ketenpartners is er periodiek overleg."),
        ("H2", "9.1 Ouders en leerlingen"),
        ("P", "Ouders en leerlingen informeren wij op verschillende manieren over de ondersteuning in onze regio. Op de website "
              "staat een ouderpagina met uitleg over de basisondersteuning, de arrangementen, lwoo en praktijkonderwijs, het OPDC en "
              "het vso. Elke school neemt in de schoolgids op welke ondersteuning zij biedt. Bij de overstap van het primair naar het "
              "voortgezet onderwijs ontvangen alle ouders van groep 8 de folder ‘Extra ondersteuning in het vo’. In oktober en "
              "november organiseren wij samen met de scholen informatieavonden in de drie schoolsteden. Daarnaast beantwoordt het "
              "bureau vragen van ouders telefonisch en per mail."),
        ("H2", "9.2 Onafhankelijke steun voor ouders en jongeren"),
        ("P", "Ouders en jongeren die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jongerensteunpunt Vechtstreek. "
              "Het steunpunt is ondergebracht bij een stichting die los staat van de schoolbesturen en het samenwerkingsverband, en "
              "wordt bemensd door twee ervaren oudercoaches. Het steunpunt is bereikbaar via telefoon, mail en een wekelijks "
              "inloopspreekuur, denkt mee, gaat desgewenst mee naar gesprekken op school en bundelt signalen voor het bestuur. "
              "Ouders kunnen ook kosteloos een beroep doen op Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of "
              "het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; voor klachten over het "
              "samenwerkingsverband zelf geldt de klachtenregeling die op de website staat."),
        ("H2", "9.3 Overige communicatie"),
        ("P", "In de planperiode vernieuwen wij de huisstijl en de website. Ook verschijnt jaarlijks een publieksversie van het "
              "jaarverslag. Het ondersteuningsplan zelf is te downloaden en wordt op verzoek op papier toegestuurd."),
    ]
    B += f_oogo(c) + f_opr(c) + f_governance(c) + f_personeel(c) + f_ict(c)
    B += f_planning(c, [["september", "Bijwerken monitor; start jaarplan", "bureau"],
                        ["november", "Informatieavonden ouders groep 8", "bureau, scholen"],
                        ["december", "Vaststelling begroting en verdeling", "bestuur, algemene vergadering"],
                        ["februari", "Halfjaarrapportage; OOGO", "bureau, OPR, gemeenten"],
                        ["mei", "Audits basisondersteuning", "auditteams"],
                        ["juni", "Jaarverslag en jaarrekening", "bestuur, accountant"]])
    B += [
        ("PB",),
        ("H1", "BIJLAGEN"),
        ("H2", "Bijlage 1 Begrippenlijst"),
        ("L", ["Basisondersteuning – het afgesproken niveau van ondersteuning op alle vestigingen, beschreven in de kwaliteitskaart: mentoraat, ondersteuningscoördinator, dyslexie- en dyscalculiebeleid, anti-pestbeleid, faalangstreductietraining en begeleiding bij executieve functies.",
               "Dekkend netwerk – een netwerk van voorzieningen waarin voor elke leerling een passende plek is, zonder thuiszitters.",
               "Meerjarenbegroting – overzicht van baten en lasten voor ten minste vier jaar.",
               "OPDC – orthopedagogisch-didactisch centrum.",
               "Thuiszitter – een leerplichtige jongere die zonder geldige vrijstelling langer dan vier weken geen onderwijs volgt.",
               "Zorgplicht – de plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden, op de eigen school of elders."]),
        ("H2", "Bijlagen 2 tot en met 4"),
        ("P", "De bijlagen 2, 3 en 4 zijn separate documenten en worden na vaststelling op de website gepubliceerd."),
    ]
    style = dict(h1_size=13, h1_caps=True, title="Ondersteuningsplan 2026-2030 SWV VO Oostelijke Vechtstreek")
    return B, style, "SWV VO Oostelijke Vechtstreek – Ondersteuningsplan 2026-2030", "VO 23-05 | definitieve versie"


# ===========================================================================
# Plan C: PO, Word -> PDF, "Hoofdstuk n – Titel" in bold Normal paragraphs
# ===========================================================================

def plan_c():
    c = Ctx(
        naam="Stichting Passend Onderwijs Duin en Polder", kort="Duin en Polder", code="PO 27-08",
        periode="2024-2028", periode_lang="2024-2025 tot en met 2027-2028", start=2024,
        ib_woord="intern begeleiders", directeur="A. (Anouk) Bosschaert",
        oogo_datum="30 januari 2024", overleg_zin="Het overleg met het samenwerkingsverband VO Duinstreek vond plaats op 6 februari 2024.",
        opr_datum="19 maart 2024", vast_datum="9 april 2024",
        gemeenten="Zandvoort-Noord, Polderwijk en Hillegersberg-Duin", regio_extra="De bollenstreek en de kust bepalen het karakter van de regio.",
        n_besturen="elf", scholen_zin="71 basisscholen, drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3 en cluster 4).",
        n_leerlingen="16.900", vestiging="Polderwijk",
        kengetallen=[["Gegeven (1 oktober 2023)", "Aantal"], ["Basisscholen", "71"], ["Sbo-scholen", "3"], ["So-scholen", "2"],
                     ["Leerlingen", "16.874"], ["Schoolbesturen", "11"]],
        team_naam="het Expertiseteam", fte="13,2", opr_leden="twaalf", opr_ouders="ouders",
        ict_systeem="Kindkans", h=lambda s: s,
        n_inl="Hoofdstuk 1 – ", n_regio="Hoofdstuk 2 – ", n_visie="Hoofdstuk 3 – ", n_oogo="Hoofdstuk 11 – ", n_opr="Hoofdstuk 12 – ",
        n_gov="Hoofdstuk 13 – ", n_pers="Hoofdstuk 14 – ", n_ict="Hoofdstuk 15 – ", n_plan="Hoofdstuk 16 – ",
    )
    toc = [("Voorwoord", 2), ("Hoofdstuk 1 – Inleiding", 3), ("Hoofdstuk 2 – Ons samenwerkingsverband", 4),
           ("Hoofdstuk 3 – Missie en visie", 6), ("Hoofdstuk 4 – Basisondersteuning", 7),
           ("Hoofdstuk 5 – Het ondersteuningsaanbod", 9), ("Hoofdstuk 6 – Toelaatbaarheid", 12),
           ("Hoofdstuk 7 – Terugplaatsing en overplaatsing", 15), ("Hoofdstuk 8 – Doelen 2024-2028", 16),
           ("Hoofdstuk 9 – Financiën", 18), ("Hoofdstuk 10 – Ouders en leerlingen", 19),
           ("Hoofdstuk 11 – Samenwerking met gemeenten", 21), ("Hoofdstuk 12 – Medezeggenschap", 22),
           ("Hoofdstuk 13 – Organisatie en governance", 23), ("Hoofdstuk 14 – Personeel en professionalisering", 24),
           ("Hoofdstuk 15 – ICT, privacy en gegevensbescherming", 25), ("Hoofdstuk 16 – Planning en jaarcyclus", 26),
           ("Hoofdstuk 17 – Kennisdeling en innovatie", 27), ("Hoofdstuk 18 – Toezicht en vaststelling", 28),
           ("Begrippenlijst", 29)]
    leeswijzer = ("De hoofdstukken 4 tot en met 10 bevatten de inhoud die de wet van een ondersteuningsplan vraagt: "
                  "basisondersteuning, het ondersteuningsaanbod, toelaatbaarheid, terugplaatsing en overplaatsing, doelen en "
                  "resultaten, financiën en de informatie aan ouders. De overige hoofdstukken beschrijven de organisatie.")
    B = [("TITLE", ["Ondersteuningsplan 2024-2028", c.naam, c.code, "Ieder kind een plek"]), ("TOC", toc)]
    B += f_voorwoord(c) + f_inleiding(c, leeswijzer) + f_regio(c) + f_visie(c)
    B += [
        ("H1", "Hoofdstuk 4 – Basisondersteuning"),
        ("P", "In Duin en Polder hebben de elf besturen afgesproken welke ondersteuning iedere basisschool ten minste biedt. Dit "
              "noemen wij de basisondersteuning. De afspraken gelden voor alle 71 basisscholen en voor alle nevenvestigingen. "
              "Basisondersteuning is er voor alle kinderen; ouders hoeven er niets voor aan te vragen. In de tabel hieronder staat "
              "per thema wat ouders op iedere school mogen verwachten."),
        ("T", [["Thema", "Wat biedt iedere school?"],
               ["Ondersteuningsstructuur", "Een intern begeleider, een ondersteuningsteam dat vijf keer per jaar overlegt, en een vaste route voor het bespreken van zorgen over een kind."],
               ["Lezen en dyslexie", "Signalering vanaf groep 2, een leesinterventie in groep 3 en 4 volgens het protocol leesproblemen en dyslexie, en compenserende hulpmiddelen (voorleessoftware) waar nodig."],
               ["Rekenen en dyscalculie", "Signalering en een intensief rekenprogramma volgens het protocol ERWD."],
               ["Gedrag en sociale veiligheid", "Een schoolbrede gedragsaanpak, een anti-pestcoördinator, en kortdurende begeleiding van een groep of kind door een gedragsspecialist van het bestuur."],
               ["Meer- en hoogbegaafdheid", "Een aanbod van compacten en verrijken in de groep en een signaleringsinstrument."],
               ["Taal en NT2", "Extra taalaanbod voor kinderen met een taalachterstand of een andere moedertaal."],
               ["Medisch handelen", "Een protocol medisch handelen; eenvoudige handelingen na instructie."],
               ["Planmatig werken", "Handelingsgericht werken met groepsplannen of -overzichten; een OPP voor kinderen met een eigen leerlijn."]]),
        ("P", "De scholen nemen deze afspraken op in hun schoolgids. Het Expertiseteam bezoekt elke school eens in de twee jaar "
              "voor een gesprek over de basisondersteuning. Scholen die op een onderdeel niet voldoen, stellen met hun bestuur een "
              "verbeterplan op."),
        ("H1", "Hoofdstuk 5 – Het ondersteuningsaanbod"),
        ("H2", "5.1 Een samenhangend geheel"),
        ("P", "Het ondersteuningsaanbod in onze regio bestaat uit vier lagen. De basis is de basisondersteuning op iedere school "
              "(hoofdstuk 4). Daarboven komen de arrangementen op de school: extra begeleiding, ambulante begeleiding vanuit het "
              "speciaal onderwijs of een korte interventie van het Expertiseteam. De derde laag bestaat uit de bovenschoolse "
              "voorzieningen: de Schakelklassen voor kinderen met een grote taalachterstand, de Plusgroep voor hoogbegaafde kinderen "
              "en de Kleine Klas voor kinderen die tijdelijk niet in een grote groep kunnen functioneren. De vierde laag wordt gevormd "
              "door de drie sbo-scholen en de twee so-scholen."),
        ("T", [["Laag", "Voorzieningen", "Aantal plaatsen / scholen"],
               ["1 Basisondersteuning", "alle basisscholen", "71 scholen"],
               ["2 Arrangementen op school", "begeleiding, ambulante begeleiding, interventies Expertiseteam", "ca. 450 per jaar"],
               ["3 Bovenschools", "Schakelklassen, Plusgroep, Kleine Klas", "48 / 36 / 10"],
               ["4 Speciaal (basis)onderwijs", "sbo De Duinroos, sbo Polderlicht, sbo Het Baken; so De Parel (cl. 3), so De Horizon (cl. 4)", "5 scholen"]]),
        ("H2", "5.2 Witte vlekken en thuiszitters"),
        ("P", "Ieder jaar in mei inventariseert het Expertiseteam samen met de sbo- en so-scholen welke kinderen niet of niet "
              "passend geplaatst konden worden, welke wachtlijsten er zijn en welke ondersteuningsvragen niet beantwoord konden "
              "worden. De uitkomst wordt besproken in het bestuur, dat besluit welke voorziening wordt uitgebreid of ingericht. Zo "
              "is in 2023 geconstateerd dat er geen plek is voor jonge kinderen met een ernstige taalontwikkelingsstoornis die geen "
              "cluster 2-indicatie hebben; in het schooljaar 2024-2025 start daarom een taal-/spraakgroep op sbo Polderlicht."),
        ("P", "Voor kinderen die thuis zitten of dreigen thuis te komen zitten, geldt een vaste aanpak. De school meldt het kind "
              "binnen vijf schooldagen bij het Expertiseteam en de leerplichtambtenaar. Binnen tien schooldagen is er een overleg met "
              "ouders, school, leerplicht en zo nodig jeugdhulp, waarin een plan wordt gemaakt. Bestuurders spreken elkaar aan op hun "
              "zorgplicht; komt er binnen zes weken geen oplossing, dan escaleert de directeur-bestuurder naar het bestuurlijk overleg "
              "met de wethouders."),
        ("H1", "Hoofdstuk 6 – Toelaatbaarheid"),
        ("H2", "6.1 De aanvraag"),
        ("P", "Zijn school en ouders na overleg in het ondersteuningsteam van mening dat een kind aangewezen is op het speciaal "
              "(basis)onderwijs, dan kan het schoolbestuur bij Duin en Polder een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs. "
              "De aanvraag wordt ingediend via Kindkans, met het groeidocument, het OPP, de evaluatie van de geboden ondersteuning "
              "en de zienswijze van ouders. Ouders ondertekenen de aanvraag voor gezien."),
        ("H2", "6.2 Deskundigen en besluit"),
        ("P", "Het Expertiseteam beoordeelt de aanvraag. Twee deskundigen adviseren elk afzonderlijk: een orthopedagoog of "
              "psycholoog van het Expertiseteam en, afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of "
              "kinderpsychiater uit de pool van het samenwerkingsverband. De deskundigen hebben de aanvraag niet zelf voorbereid. De "
              "Toelaatbaarheidscommissie neemt op basis van de adviezen binnen zes weken een besluit; in spoedgevallen binnen twee "
              "weken. Ouders ontvangen het besluit en de adviezen."),
        ("H2", "6.3 Afweging"),
        ("P", "De Toelaatbaarheidscommissie weegt elke aanvraag afzonderlijk en kijkt naar het hele kind en zijn omgeving. Het "
              "afwegingskader dat de commissie daarbij hanteert, wordt in het schooljaar 2024-2025 herzien en daarna op de website "
              "gepubliceerd."),
        ("H2", "6.4 Duur, categorie en bezwaar"),
        ("P", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor twee schooljaren, "
              "tot 31 juli. Bij een TLV voor het so wordt de bekostigingscategorie vastgesteld (laag, midden of hoog). Ouders die het "
              "niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken; Duin en Polder is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
        ("H1", "Hoofdstuk 7 – Terugplaatsing en overplaatsing"),
        ("P", "Dit hoofdstuk wordt aangevuld zodra de evaluatie van de huidige werkwijze met de sbo- en so-scholen is afgerond. "
              "Die evaluatie staat gepland voor het voorjaar van 2025. Tot die tijd blijft de bestaande praktijk van kracht."),
        ("H1", "Hoofdstuk 8 – Doelen 2024-2028"),
        ("P", "Voor de planperiode hebben wij de volgende doelen vastgesteld voor kinderen die extra ondersteuning nodig hebben. "
              "Bij elk doel is aangegeven waar wij aan het einde van de planperiode willen staan."),
        ("L", ["Doel 1 – Basisondersteuning op orde: in 2028 voldoet ten minste 95 procent van de scholen aan alle afspraken over basisondersteuning (2023: 78 procent).",
               "Doel 2 – Thuisnabij onderwijs: het percentage leerlingen in sbo en so samen blijft onder 3,3 procent (1 oktober 2023: 3,5 procent).",
               "Doel 3 – Geen thuiszitters: geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod.",
               "Doel 4 – Snelle besluiten: 95 procent van de TLV-aanvragen wordt binnen zes weken afgehandeld.",
               "Doel 5 – Tevreden ouders: ouders waarderen de ondersteuning van hun kind gemiddeld met een 7,5 of hoger.",
               "Doel 6 – Doorgaande lijn: alle leerlingen met een OPP hebben bij de overstap naar het vo een warme overdracht gehad."]),
        ("P", "Een monitor waarmee wij de voortgang op deze doelen kunnen volgen, is in voorbereiding. In het eerste planjaar werken "
              "wij uit welke gegevens wij verzamelen, hoe vaak en aan wie wij erover rapporteren."),
        ("H1", "Hoofdstuk 9 – Financiën"),
        ("P", "Het financiële beleid van Duin en Polder – de verdeling van de middelen over de besturen, de bekostiging van de "
              "voorzieningen en de meerjarenbegroting – is uitgewerkt in het Financieel Kader Duin en Polder 2024-2028. Het bestuur "
              "actualiseert dit kader jaarlijks bij de vaststelling van de begroting. Het Financieel Kader is op te vragen bij het "
              "bureau en wordt op de website gepubliceerd zodra de begroting 2025 is vastgesteld."),
        ("H1", "Hoofdstuk 10 – Ouders en leerlingen"),
        ("H2", "10.1 Informatie"),
        ("P", "Ouders moeten weten wat zij van de school en van het samenwerkingsverband mogen verwachten. Daarom informeert iedere "
              "school ouders via de schoolgids over de basisondersteuning en de extra ondersteuning die de school biedt. Het "
              "samenwerkingsverband geeft de Oudergids Passend Onderwijs uit, die via alle scholen wordt verspreid en op de website "
              "staat; de gids legt uit welke voorzieningen er zijn, hoe een arrangement of een TLV tot stand komt en waar ouders met "
              "vragen terechtkunnen. Elk kwartaal verschijnt een digitale nieuwsbrief voor ouders. Ouders kunnen bovendien "
              "rechtstreeks contact opnemen met de ouderconsulent van het bureau."),
        ("H2", "10.2 Onafhankelijke ondersteuning"),
        ("P", "Het Ouder- en Jeugdsteunpunt Duin en Polder biedt ouders en kinderen onafhankelijke steun. Het steunpunt wordt "
              "gerund door ervaringsdeskundige ouders, die niet in dienst zijn van een schoolbestuur. Zij luisteren, denken mee, "
              "bereiden gesprekken met school voor en gaan zo nodig mee. Het steunpunt is bereikbaar via een eigen telefoonnummer en "
              "mailadres en houdt maandelijks spreekuur in de bibliotheken van de drie gemeenten. Daarnaast verwijzen wij naar "
              "Onderwijsconsulenten en naar de Geschillencommissie passend onderwijs."),
        ("H2", "10.3 Betrokkenheid"),
        ("P", "Ouders zijn betrokken bij het opstellen van het OPP en bij elke bespreking van hun kind in het ondersteuningsteam. "
              "Kinderen worden gehoord over hun eigen OPP."),
    ]
    B += f_oogo(c) + f_opr(c) + f_governance(c) + f_personeel(c) + f_ict(c)
    B += f_planning(c, [["september", "Start jaarplan", "bureau"],
                        ["oktober", "Teldatum", "scholen"],
                        ["december", "Vaststelling begroting", "bestuur, raad van toezicht"],
                        ["januari", "OOGO", "bestuur, wethouders"],
                        ["mei", "Inventarisatie witte vlekken", "Expertiseteam, sbo, so"],
                        ["juni", "Jaarrekening", "bestuur, accountant"]])
    B += f_kennisdeling(c, "Hoofdstuk 17 – ") + f_inspectie(c, "Hoofdstuk 18 – ")
    B += [
        ("PB",),
        ("H1", "Begrippenlijst"),
        ("L", ["Financieel Kader – document waarin de verdeling van de middelen is vastgelegd: een bedrag per leerling voor de besturen en een budget voor de bovenschoolse voorzieningen.",
               "Meerjarenbegroting – begroting voor vier jaar, jaarlijks vastgesteld door het bestuur.",
               "Overplaatsing – overstap van een leerling van de ene school voor speciaal (basis)onderwijs naar een andere.",
               "Terugplaatsing – de terugkeer van een leerling uit het sbo of so naar een reguliere basisschool. Het samenwerkingsverband bewaakt dat in het laatste jaar van de TLV wordt bekeken of terugplaatsing mogelijk is.",
               "Toelaatbaarheidscommissie – commissie die namens het bestuur besluit over TLV's.",
               "Verdeelmodel – de manier waarop de middelen over de schoolbesturen worden verdeeld."]),
    ]
    style = dict(h1_size=15, h2_italic=True, title="Ondersteuningsplan 2024-2028 Duin en Polder")
    return B, style, "Duin en Polder – Ondersteuningsplan 2024-2028", "Ieder kind een plek"


# ===========================================================================
# Plan D: VO, Word -> PDF, chapter titles in CAPITALS, underlined, unnumbered
# ===========================================================================

def plan_d():
    c = Ctx(
        naam="Samenwerkingsverband Voortgezet Onderwijs Twentevelden", kort="SWV Twentevelden", code="VO 24-11",
        periode="2025-2029", periode_lang="2025-2026 tot en met 2028-2029", start=2025,
        ib_woord="ondersteuningscoördinatoren", directeur="R. (Ruud) ter Haar",
        oogo_datum="4 februari 2025", overleg_zin="Met de samenwerkingsverbanden primair onderwijs in de regio is op 11 februari 2025 overleg gevoerd.",
        opr_datum="18 maart 2025", vast_datum="1 april 2025",
        gemeenten="Haaksveld, Borneloo en Twekkel", regio_extra="De grensligging met Duitsland brengt een eigen dynamiek met zich mee.",
        n_besturen="acht", scholen_zin="negentien vestigingen voor voortgezet onderwijs, drie scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs.",
        n_leerlingen="17.400", vestiging="Borneloo",
        kengetallen=[["Kengetal (1 oktober 2024)", "Aantal"], ["Vestigingen vo", "19"], ["Scholen pro", "3"], ["Scholen vso", "2"],
                     ["Leerlingen totaal", "17.388"], ["Schoolbesturen", "8"]],
        team_naam="het Team Toewijzing en de trajectbegeleiders", fte="14,6", opr_leden="twaalf", opr_ouders="ouders en leerlingen",
        ict_systeem="Onderwijs Transparant", h=lambda s: s,
        n_inl="", n_regio="", n_visie="", n_oogo="", n_opr="", n_gov="", n_pers="", n_ict="", n_plan="",
    )
    toc = [("VOORWOORD", 2), ("INLEIDING", 3), ("ONS SAMENWERKINGSVERBAND", 4), ("MISSIE EN VISIE", 6),
           ("ONDERSTEUNING IN DE REGIO", 7), ("THUISZITTERS EN DEKKEND NETWERK", 10),
           ("TOELAATBAARHEID VSO, LWOO EN PRO", 12), ("MONITORING EN VERANTWOORDING", 16), ("FINANCIËN", 18),
           ("SAMENWERKING MET GEMEENTEN", 21), ("MEDEZEGGENSCHAP", 22), ("ORGANISATIE EN GOVERNANCE", 23),
           ("PERSONEEL EN PROFESSIONALISERING", 24), ("ICT, PRIVACY EN GEGEVENSBESCHERMING", 25),
           ("PLANNING EN JAARCYCLUS", 26),
           ("KENNISDELING EN INNOVATIE", 27), ("TOEZICHT EN VASTSTELLING", 28), ("BEGRIPPENLIJST", 29)]
    leeswijzer = ("Na de schets van ons samenwerkingsverband en onze missie beschrijven wij de ondersteuning in de regio, de aanpak "
                  "van thuiszitten, de toelaatbaarheid tot vso, lwoo en praktijkonderwijs, de monitoring en de financiën. Daarna "
                  "volgen de samenwerking met gemeenten, de medezeggenschap en de organisatie. De begrippenlijst achterin licht "
                  "termen als basisondersteuning, OPDC en ouder- en jeugdsteunpunt toe.")
    visie = f_visie(c)
    visie = [b for b in visie if not (b[0] == "P" and b[1].startswith("Ouders zijn de eerste opvoeders"))]
    B = [("TITLE", ["ONDERSTEUNINGSPLAN 2025-2029", c.naam, c.code, "Sterk in verbinding"]), ("TOC", toc)]
    B += f_voorwoord(c) + f_inleiding(c, leeswijzer) + f_regio(c) + visie
    B += [
        ("H1", "ONDERSTEUNING IN DE REGIO"),
        ("H2", "Het continuüm"),
        ("P", "Het samenwerkingsverband zorgt samen met de besturen voor een samenhangend geheel van ondersteuningsvoorzieningen "
              "binnen en tussen de scholen. Dat geheel begint bij de ondersteuning die de school zelf organiseert en loopt via "
              "arrangementen en bovenschoolse voorzieningen naar het voortgezet speciaal onderwijs. Uitgangspunt is dat een "
              "leerling zo lang mogelijk op de eigen school blijft en, als dat niet lukt, zo snel mogelijk een passende plek krijgt."),
        ("H2", "Arrangementen in de school"),
        ("P", "Als een school handelingsverlegen raakt, kan zij een arrangement inzetten. Het gaat om begeleiding door een "
              "trajectbegeleider van het samenwerkingsverband, ambulante begeleiding vanuit het vso, een plek in de "
              "trajectvoorziening van de school of een maatwerktraject in samenwerking met het mbo. Arrangementen worden "
              "vastgelegd in het OPP en na uiterlijk twaalf weken geëvalueerd."),
        ("H2", "Bovenschoolse voorzieningen"),
        ("T", [["Voorziening", "Locatie", "Capaciteit", "Doelgroep", "Maximale duur"],
               ["OPDC De Overstap", "Borneloo", "60", "leerlingen die (tijdelijk) intensieve orthopedagogisch-didactische begeleiding nodig hebben", "2 jaar"],
               ["Rebound Twentevelden", "Haaksveld", "18", "leerlingen met gedragsproblemen, time-out", "12 weken"],
               ["Schakelvoorziening NT2", "Twekkel", "40", "nieuwkomers 12-18 jaar", "2 jaar"],
               ["Zorg-onderwijsgroep Het Anker", "vso-locatie Borneloo", "10", "jongeren die onderwijs en jeugdhulp combineren", "in overleg"],
               ["Hoogbegaafdheid: Plusprogramma", "drie scholen", "90", "hoogbegaafde leerlingen met onderpresteren", "1 jaar"]]),
        ("H2", "Speciaal onderwijs en praktijkonderwijs"),
        ("P", "De drie scholen voor praktijkonderwijs en de twee vso-scholen (cluster 3 en cluster 4) maken deel uit van het "
              "samenwerkingsverband. Zij bieden ambulante begeleiding aan de reguliere scholen en zijn betrokken bij de "
              "trajectvoorziening. Voor leerlingen met een visuele of auditieve beperking werken wij samen met de landelijke instellingen."),
        ("H2", "Doorgaande lijn"),
        ("P", "Met de samenwerkingsverbanden primair onderwijs is een overstapprocedure afgesproken, waarin leerlingen met een "
              "ondersteuningsbehoefte in groep 8 warm worden overgedragen. Met het mbo zijn afspraken gemaakt over de overdracht van "
              "leerlingen met een OPP en over de entreeopleidingen."),
        ("H1", "THUISZITTERS EN DEKKEND NETWERK"),
        ("P", "Het samenwerkingsverband heeft de wettelijke taak een dekkend netwerk te realiseren. Twee keer per jaar maken wij "
              "met de besturen een analyse: welke jongeren konden niet (direct) geplaatst worden, waar zijn wachtlijsten, welke "
              "vragen bleven onbeantwoord? Uit de analyse van 2024 bleek dat het aanbod voor jongeren met een autismespectrumstoornis "
              "en een havo/vwo-niveau ontoereikend is. In augustus 2026 start daarom op een van de havo/vwo-scholen een kleinschalige "
              "klas voor deze doelgroep."),
        ("P", "De aanpak van thuiszitten is vastgelegd in het regionale thuiszitterspact met de gemeenten. Elke school meldt een "
              "leerling die vier weken of langer geen onderwijs volgt bij leerplicht en bij het samenwerkingsverband. Een "
              "trajectbegeleider neemt binnen vijf werkdagen contact op met de school. De thuiszitterstafel, met leerplicht, "
              "jeugdhulp, school en samenwerkingsverband, stelt binnen twee weken een plan op. Komt een plaatsing niet tot stand, "
              "dan zet de directeur-bestuurder de doorzettingsmacht in die de besturen hem hebben gegeven, en wijst hij een school "
              "of voorziening aan die de leerling opvangt. Besturen nemen hun zorgplicht gezamenlijk: als de school van aanmelding "
              "geen passende plek heeft, wordt binnen het samenwerkingsverband een plek gezocht."),
        ("H1", "TOELAATBAARHEID VSO, LWOO EN PRO"),
        ("H2", "Toelaatbaarheid vso"),
        ("P", "De procedure voor het aanvragen van een toelaatbaarheidsverklaring, de benodigde documenten en de termijnen zijn "
              "beschreven in het Handboek Toewijzing (bijlage 5)."),
        ("P", "Een leerling is toelaatbaar tot het vso als aan alle onderstaande voorwaarden is voldaan:"),
        ("L", ["er is sprake van een ernstige en langdurige belemmering in het leren, het gedrag, het sociaal-emotioneel functioneren of het lichamelijk/medisch functioneren;",
               "de leerling heeft een onderwijsomgeving nodig met een kleine groep, een hoge mate van structuur en specialistische expertise gedurende de gehele schooldag;",
               "een arrangement in het regulier onderwijs of een plek in het OPDC heeft aantoonbaar onvoldoende opgeleverd, of is op grond van de ondersteuningsbehoefte niet passend;",
               "bij cluster 3: er is sprake van een verstandelijke beperking (IQ lager dan 70) in combinatie met beperkte zelfredzaamheid, of van een lichamelijke beperking of langdurige ziekte die intensieve verzorging vraagt."]),
        ("P", "Een TLV wordt afgegeven voor de duur van twee schooljaren, tenzij de aard van de beperking een langere duur "
              "rechtvaardigt. De bekostigingscategorie (laag, midden of hoog) wordt in de TLV vermeld."),
        ("H2", "Lwoo"),
        ("P", "Voor leerwegondersteunend onderwijs hanteert het samenwerkingsverband de landelijke criteria: een IQ van 75 tot en met "
              "90 en een leerachterstand van 25 tot 50 procent op ten minste twee domeinen, of een IQ van 91 tot en met 120 met een "
              "leerachterstand en sociaal-emotionele problematiek. De aanwijzing voor lwoo geldt voor de duur van de vmbo-opleiding."),
        ("H2", "Praktijkonderwijs"),
        ("P", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een leerachterstand van ten "
              "minste 50 procent op ten minste twee domeinen, waarvan ten minste een op inzichtelijk rekenen of begrijpend lezen."),
        ("H2", "Einde van de TLV"),
        ("P", "Het samenwerkingsverband vindt dat een plek in het vso een tijdelijke plek moet zijn wanneer dat kan. Wij streven naar "
              "terugkeer naar het regulier onderwijs of overstap naar het mbo zodra de ondersteuningsbehoefte dat toelaat. "
              "Voorwaarden zijn dat de leerling het onderwijsprogramma van de ontvangende school kan volgen en dat de ontvangende "
              "school de ondersteuning kan bieden die in het OPP staat. Een leerling die terugkeert, krijgt een jaar lang ambulante "
              "begeleiding vanuit het vso; de ontvangende school ontvangt daarvoor een vast bedrag van € 5.000."),
        ("P", "In het laatste jaar van de TLV voert de vso-school uiterlijk in november een evaluatie uit van het OPP met de "
              "leerling en de trajectbegeleider van het samenwerkingsverband. Vóór 15 januari stuurt de vso-school een advies aan het "
              "Team Toewijzing: terugplaatsing, overplaatsing naar een andere school of een nieuwe TLV. Het Team Toewijzing besluit "
              "vóór 1 maart. Bij terugplaatsing zoekt de trajectbegeleider een ontvangende school; er volgt een proefplaatsing van "
              "zes weken, en na drie maanden en na een jaar een evaluatie met de ontvangende school."),
        ("H1", "MONITORING EN VERANTWOORDING"),
        ("P", "Het samenwerkingsverband volgt de ontwikkelingen in de regio met een dashboard dat elk kwartaal wordt bijgewerkt. "
              "Het dashboard bevat gegevens van DUO, van het Team Toewijzing, van leerplicht en van de scholen. De directeur-bestuurder "
              "bespreekt de kwartaalrapportage met de raad van toezicht; halfjaarlijks worden de uitkomsten met de besturen en de OPR "
              "besproken. In het jaarverslag verantwoordt het samenwerkingsverband welke resultaten zijn bereikt en welke middelen "
              "daarvoor zijn ingezet. Aan het einde van de planperiode voert een extern bureau een evaluatie uit."),
        ("T", [["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
               ["Deelnamepercentage vso (1 oktober)", "3,9%", "3,8%", "3,7%"],
               ["Leerlingen met lwoo", "1.412", "1.389", "1.370"],
               ["Leerlingen in het OPDC", "71", "64", "58"],
               ["Terugplaatsingen uit het vso", "9", "12", "14"],
               ["Thuiszitters langer dan drie maanden", "23", "19", "17"],
               ["TLV-besluiten binnen zes weken", "84%", "88%", "91%"]]),
        ("P", "De streefwaarden voor de planperiode stellen wij vast nadat in het najaar van 2025 de nulmeting met het nieuwe "
              "dashboard is afgerond. Zij worden opgenomen in het jaarplan 2026."),
        ("H1", "FINANCIËN"),
        ("P", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning, lwoo en praktijkonderwijs. Het "
              "bestuur stelt jaarlijks in november de begroting en de verdeling vast, na overleg met de algemene vergadering. De "
              "verdeling ziet er als volgt uit."),
        ("T", [["Onderdeel", "Verdeelcriterium", "Bedrag 2025"],
               ["Lichte ondersteuning besturen", "aantal leerlingen 1 oktober, € 160 per leerling", "€ 2.782.000"],
               ["Vaste voet per vestiging", "€ 15.000 per vestiging", "€ 285.000"],
               ["Lwoo", "aantal lwoo-leerlingen 1 oktober, € 3.200 per leerling", "€ 4.384.000"],
               ["Praktijkonderwijs", "aantal pro-leerlingen 1 oktober, volledige doorbetaling", "€ 5.910.000"],
               ["OPDC en Rebound", "centraal, capaciteit", "€ 1.640.000"],
               ["Arrangementen en ambulante begeleiding", "op aanvraag, toekenning door Team Toewijzing", "€ 1.120.000"]]),
        ("T", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Baten ondersteuning, lwoo en pro", "23.480", "23.210", "22.950", "22.700"],
               ["Afdrachten vso (DUO)", "-6.950", "-6.900", "-6.880", "-6.850"],
               ["Doorbetaling besturen (lichte ondersteuning, vaste voet)", "3.067", "3.030", "2.995", "2.960"],
               ["Lwoo en pro", "10.294", "10.180", "10.060", "9.950"],
               ["OPDC en Rebound", "1.640", "1.660", "1.680", "1.700"],
               ["Arrangementen en ambulante begeleiding", "1.120", "1.100", "1.080", "1.060"],
               ["Thuiszittersaanpak en nieuwe klas ASS", "180", "420", "440", "450"],
               ["Bureau, bestuur en OPR", "980", "995", "1.010", "1.025"],
               ["Resultaat", "-751", "-1.075", "-1.195", "-1.295"]]),
        ("P", "De negatieve resultaten worden gedekt uit de algemene reserve, die daarmee in 2028 op het niveau van de "
              "signaleringswaarde komt."),
    ]
    B += f_oogo(c) + f_opr(c, met_samenstelling=False) + f_governance(c) + f_personeel(c) + f_ict(c)
    B += f_planning(c, [["september", "Start jaarplan", "bureau"],
                        ["november", "Vaststelling begroting en verdeling", "bestuur, algemene vergadering"],
                        ["januari", "Kwartaalrapportage; analyse dekkend netwerk", "bureau, besturen"],
                        ["februari", "OOGO", "bestuur, gemeenten"],
                        ["juni", "Jaarverslag en jaarrekening", "bestuur, accountant"],
                        ["juli", "Analyse dekkend netwerk (tweede ronde)", "bureau, besturen"]])
    B += f_kennisdeling(c) + f_inspectie(c)
    B += [
        ("PB",),
        ("H1", "BEGRIPPENLIJST"),
        ("L", ["Basisondersteuning – het niveau van ondersteuning dat alle scholen in het samenwerkingsverband ten minste bieden, zoals mentoraat, een ondersteuningscoördinator, dyslexiebeleid, een anti-pestaanpak en begeleiding bij faalangst.",
               "Handboek Toewijzing – beschrijving van de procedures van het Team Toewijzing.",
               "OPDC – orthopedagogisch-didactisch centrum.",
               "Ouder- en jeugdsteunpunt – onafhankelijk steunpunt waar ouders en jongeren met vragen en zorgen over passend onderwijs terechtkunnen.",
               "Onderwijsconsulenten – onafhankelijke adviseurs voor ouders en scholen.",
               "Schoolondersteuningsprofiel (SOP) – beschrijving van de ondersteuning die een school biedt.",
               "TLV – toelaatbaarheidsverklaring."]),
    ]
    style = dict(h1_size=13, h1_caps=True, h1_underline=True, h2_plain_italic=True, title="Ondersteuningsplan 2025-2029 Twentevelden")
    return B, style, "SWV VO Twentevelden | Ondersteuningsplan 2025-2029", "Sterk in verbinding – pagina"


# ===========================================================================
# Plan E: PO, HTML (chapter titles as bold paragraphs), "op hoofdlijnen"
# ===========================================================================

def plan_e():
    c = Ctx(
        naam="Samenwerkingsverband Primair Onderwijs Peel en Aa", kort="SWV Peel en Aa", code="PO 30-12",
        periode="2026-2030", periode_lang="2026-2027 tot en met 2029-2030", start=2026,
        ib_woord="intern begeleiders", directeur="E. (Esther) van der Meulen-Kox",
        oogo_datum="10 februari 2026", overleg_zin="Het overleg met het samenwerkingsverband VO Peel en Aa vond plaats op 3 februari 2026.",
        opr_datum="17 maart 2026", vast_datum="31 maart 2026",
        gemeenten="Aaveld, Peelrand, Sint-Wiebrechts en Deurnerveld", regio_extra="Het gebied is landelijk, met veel kleine dorpsscholen.",
        n_besturen="zeven", scholen_zin="52 basisscholen, een school voor speciaal basisonderwijs en een school voor speciaal onderwijs cluster 4.",
        n_leerlingen="9.600", vestiging="Peelrand",
        kengetallen=[["Kengetal (1 oktober 2025)", "Aantal"], ["Basisscholen", "52"], ["Sbo", "1"], ["So cluster 4", "1"],
                     ["Leerlingen", "9.583"], ["Schoolbesturen", "7"]],
        team_naam="de consulenten passend onderwijs", fte="7,1", opr_leden="acht", opr_ouders="ouders",
        ict_systeem="het beveiligde aanvraagportaal", h=lambda s: s,
        n_inl="1. ", n_regio="2. ", n_visie="3. ", n_oogo="11. ", n_opr="12. ", n_gov="13. ", n_pers="14. ", n_ict="15. ", n_plan="16. ",
    )
    toc = [("Voorwoord", 2), ("1. Inleiding", 3), ("2. Onze regio", 4), ("3. Missie en visie", 5),
           ("4. Koers 2026-2030", 6), ("5. Basisondersteuning", 7), ("6. Van regulier naar speciaal: toelaatbaarheid", 8),
           ("7. Van speciaal naar regulier", 8), ("8. Het aanbod in de regio", 9), ("9. Resultaten", 10),
           ("10. Financiën", 12), ("10a. Ouders", 14), ("11. Overleg met gemeenten", 15), ("12. Medezeggenschap", 15),
           ("13. Organisatie en governance", 16), ("14. Personeel en professionalisering", 17),
           ("15. ICT, privacy en gegevensbescherming", 18), ("16. Planning en jaarcyclus", 19),
           ("17. Kennisdeling en innovatie", 20), ("18. Toezicht en vaststelling", 21), ("Begrippenlijst", 22)]
    leeswijzer = ("Dit plan is een plan op hoofdlijnen. Het beschrijft de koers; de uitwerking staat in het jaarplan, de "
                  "jaarbegroting en op onze website. Hoofdstuk 4 beschrijft onze koers, de hoofdstukken 5 tot en met 10a de "
                  "onderwerpen die de wet voorschrijft: basisondersteuning, toelaatbaarheid, terugplaatsing, het aanbod in de regio, "
                  "resultaten, financiën en ouders. Daarna volgen de organisatorische hoofdstukken.")
    B = [("TITLE", ["Ondersteuningsplan 2026-2030", c.naam, c.code, "Op hoofdlijnen"]), ("TOC", toc)]
    B += f_voorwoord(c) + f_inleiding(c, leeswijzer) + f_regio(c) + f_visie(c)
    B += [
        ("H1", "4. Koers 2026-2030"),
        ("P", "Het vorige ondersteuningsplan stond in het teken van het op orde brengen van de organisatie: een nieuw bureau, een "
              "nieuwe governance en een heldere rolverdeling tussen samenwerkingsverband en besturen. In deze planperiode verschuift "
              "de aandacht naar de inhoud. Wij hebben drie speerpunten gekozen."),
        ("L", ["Vakmanschap in de klas: leraren voelen zich toegerust om met verschillen om te gaan.",
               "Eenvoud: procedures zijn kort, helder en voor iedereen te begrijpen.",
               "Samen leren: scholen leren van elkaar, over de grenzen van besturen heen."]),
        ("P", "De speerpunten worden elk jaar in het jaarplan vertaald naar activiteiten. De directeur-bestuurder rapporteert "
              "halfjaarlijks aan de raad van toezicht over de voortgang van het jaarplan. In de loop van de planperiode zal de "
              "landelijke norm voor basisondersteuning en de wet over de positie van ouders en leerlingen veranderingen brengen; "
              "wij passen het plan daarop aan via een actualisatie, met instemming van de OPR."),
        ("P", "Wij kiezen bewust voor een compact plan. Veel van wat in eerdere plannen uitgebreid stond beschreven, is uitgewerkt "
              "in afzonderlijke documenten en op de website. Dat maakt het mogelijk de uitwerking bij te stellen zonder het hele "
              "plan te wijzigen."),
        ("H1", "5. Basisondersteuning"),
        ("P", "Basisondersteuning is een begrip dat in het onderwijs veel wordt gebruikt, maar niet overal hetzelfde betekent. Het "
              "niveau van basisondersteuning dat alle scholen in Peel en Aa ten minste bieden, leggen de besturen vast zodra de "
              "landelijke norm basisondersteuning bekend is; wij verwachten dat in het schooljaar 2027-2028. Tot die tijd beschrijft "
              "iedere school in de schoolgids welke basisondersteuning zij biedt."),
        ("P", "Het bureau controleert elk jaar in oktober of de schoolgidsen van alle scholen deze beschrijving bevatten. Ontbreekt "
              "de beschrijving, of is zij verouderd, dan spreekt de directeur-bestuurder het betreffende schoolbestuur daarop aan en "
              "publiceert de school binnen drie maanden een aangepaste schoolgids."),
        ("H1", "6. Van regulier naar speciaal: toelaatbaarheid"),
        ("P", "Informatie over het aanvragen van een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal "
              "onderwijs, over het afwegingskader en over de termijnen vindt u op onze website onder ‘Toelaatbaarheid’. De "
              "werkwijze wordt in het schooljaar 2026-2027 geëvalueerd."),
        ("H1", "7. Van speciaal naar regulier"),
        ("P", "Voor iedere leerling die op het sbo of so zit, wordt in het laatste jaar van de toelaatbaarheidsverklaring bekeken "
              "wat de beste vervolgplek is. De sbo- of so-school neemt daartoe het initiatief. Uiterlijk in februari organiseert de "
              "school een evaluatiegesprek met de ouders, de leerling (vanaf groep 6), de consulent passend onderwijs van het "
              "samenwerkingsverband en, als terugplaatsing in beeld is, de intern begeleider van een mogelijke ontvangende school. "
              "Het gesprek gaat uit van het OPP en de resultaten van het afgelopen jaar."),
        ("P", "Het evaluatiegesprek mondt uit in een schriftelijk advies van de sbo- of so-school: terugplaatsing naar een "
              "basisschool, overplaatsing naar een andere school, of voortzetting van de huidige plaatsing. De consulent legt het "
              "advies vóór 1 april voor aan de directeur-bestuurder, die namens het samenwerkingsverband besluit. Bij terugplaatsing "
              "vindt vóór 1 juli een overdrachtsgesprek plaats tussen de beide scholen, en na zes weken op de nieuwe school een "
              "tussenevaluatie met ouders. De TLV eindigt dan op 31 juli."),
        ("P", "Over de uitgangspunten van het beleid – in welke situaties wij terugplaatsing nastreven en welke steun een "
              "ontvangende school daarbij krijgt – gaat het bestuur in 2026-2027 in gesprek met de sbo- en so-school."),
        ("H1", "8. Het aanbod in de regio"),
        ("P", "Het ondersteuningsaanbod in onze regio – de arrangementen, de bovenschoolse voorzieningen en de scholen voor sbo en "
              "so, ook die buiten de regio – is beschreven in de Sociale Kaart Passend Onderwijs op onze website. De sociale kaart "
              "wordt doorlopend bijgewerkt door het bureau."),
        ("P", "Of het aanbod voldoende dekkend is, laten wij in 2027 onderzoeken. De uitkomsten worden met de besturen besproken en "
              "kunnen leiden tot een actualisatie van dit plan."),
        ("H1", "9. Resultaten"),
        ("H2", "9.1 Wat hebben wij bereikt?"),
        ("P", "In de vorige planperiode hebben wij ons op vier meetbare doelen gericht. De tabel laat zien wat bereikt is."),
        ("T", [["Doel 2022-2026", "Streefwaarde", "Bereikt (2024-2025)"],
               ["Deelname sbo en so samen (1 oktober)", "max. 3,0%", "2,9%"],
               ["TLV-besluiten binnen zes weken", "90%", "86%"],
               ["Terugplaatsingen sbo/so naar basisonderwijs per jaar", "10", "7"],
               ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "7,0", "7,2"]]),
        ("H2", "9.2 Beoogde resultaten 2026-2030"),
        ("P", "Voor de nieuwe planperiode stellen wij de volgende beoogde resultaten voor leerlingen die extra ondersteuning nodig "
              "hebben. Zij zijn gekoppeld aan de speerpunten in hoofdstuk 4."),
        ("L", ["In 2030 volgt ten minste 97 procent van de leerlingen met een ondersteuningsbehoefte onderwijs op een school in de eigen gemeente of een aangrenzende gemeente.",
               "De deelname aan sbo en so samen blijft onder 3,0 procent.",
               "Jaarlijks keren ten minste 12 leerlingen uit het sbo of so terug naar een basisschool.",
               "Ten minste 95 procent van de TLV-besluiten wordt binnen zes weken genomen.",
               "Ten minste 90 procent van de leerlingen met een OPP bereikt de in het OPP gestelde tussendoelen voor lezen en rekenen.",
               "Ouders waarderen de ondersteuning van hun kind gemiddeld met een 7,5."]),
        ("H2", "9.3 Hoe wij meten en rapporteren"),
        ("P", "Het bureau verzamelt de gegevens twee keer per jaar: in november (na de teldatum van 1 oktober) en in juni. "
              "Bronnen zijn DUO, de registratie van het bureau, de OPP-evaluaties die scholen aanleveren en een jaarlijkse "
              "tevredenheidspeiling onder ouders. De uitkomsten worden besproken in het directeurenoverleg en met de raad van "
              "toezicht en de OPR. In het jaarverslag rapporteren wij per doel de bereikte waarde, met een toelichting en de "
              "middelen die voor het doel zijn ingezet. Halverwege de planperiode (voorjaar 2028) volgt een tussenevaluatie."),
        ("H1", "10. Financiën"),
        ("H2", "10.1 Meerjarenbegroting"),
        ("T", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage lichte en zware ondersteuning", "8.140", "8.060", "7.990", "7.930"],
               ["Afdrachten sbo en so (DUO)", "-3.020", "-3.010", "-3.000", "-2.990"],
               ["Doorbetaling aan schoolbesturen", "3.410", "3.380", "3.350", "3.320"],
               ["Ambulante begeleiding so", "620", "620", "620", "620"],
               ["Consulenten passend onderwijs", "540", "550", "560", "570"],
               ["Bureau, bestuur en OPR", "470", "480", "490", "500"],
               ["Professionalisering en projecten", "260", "160", "110", "100"],
               ["Resultaat", "-180", "-140", "-140", "-170"]]),
        ("P", "De begroting laat in alle jaren een beperkt tekort zien, dat wordt gedekt uit de algemene reserve. Het "
              "weerstandsvermogen blijft daarmee boven de ondergrens van 5 procent van de baten die het bestuur heeft vastgesteld."),
        ("H2", "10.2 Verdeling"),
        ("P", "De middelen voor de schoolbesturen worden verdeeld volgens het verdeelmodel dat het bestuur in 2021 heeft "
              "vastgesteld. Dit model wordt in 2026 geëvalueerd; een herzien model wordt na instemming van de OPR als actualisatie "
              "aan dit plan toegevoegd."),
        ("H1", "10a. Ouders"),
        ("P", "Ouders zijn partner van de school bij de ondersteuning van hun kind. Zij worden betrokken bij het OPP en bij "
              "gesprekken in het ondersteuningsteam."),
        ("P", "Hoe wij ouders informeren over het ondersteuningsaanbod, werken wij uit in een communicatieplan dat in het "
              "schooljaar 2026-2027 verschijnt."),
        ("P", "Voor onafhankelijke ondersteuning kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Peel en Aa. Het steunpunt "
              "is ingericht samen met het samenwerkingsverband VO en wordt uitgevoerd door een onafhankelijke stichting voor "
              "cliëntondersteuning. Medewerkers van het steunpunt luisteren, denken mee, bemiddelen tussen ouders en school en gaan "
              "desgewenst mee naar gesprekken. Het steunpunt is op werkdagen telefonisch bereikbaar. Ouders kunnen daarnaast kosteloos "
              "een beroep doen op Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend volgens de "
              "klachtenregeling; het samenwerkingsverband is aangesloten bij de landelijke klachtencommissie van Stichting "
              "Onderwijsgeschillen."),
    ]
    B += f_oogo(c, volledig=False) + f_opr(c) + f_governance(c) + f_personeel(c) + f_ict(c)
    B += f_planning(c, [["september", "Start jaarplan", "bureau"],
                        ["november", "Verzameling resultaatgegevens", "bureau"],
                        ["december", "Vaststelling begroting", "bestuur, raad van toezicht"],
                        ["februari", "OOGO", "bestuur, wethouders"],
                        ["juni", "Tweede meting; jaarverslag en jaarrekening", "bureau, bestuur, accountant"]])
    B += f_kennisdeling(c, "17. ") + f_inspectie(c, "18. ")
    B += [
        ("H1", "Begrippenlijst"),
        ("L", ["Arrangement – een afgesproken pakket aan ondersteuning voor een leerling of groep.",
               "Basisondersteuning – de ondersteuning die alle scholen in het samenwerkingsverband bieden, zoals een intern begeleider, een dyslexieprotocol, een gedragsaanpak en handelingsgericht werken.",
               "Dekkend netwerk – een netwerk waarin voor elke leerling een passende plek beschikbaar is.",
               "Thuiszitter – een leerplichtig kind dat zonder vrijstelling geen onderwijs volgt.",
               "Toelaatbaarheidsverklaring (TLV) – besluit van het samenwerkingsverband, op aanvraag van het schoolbestuur en na advies van twee deskundigen, dat een leerling toelaatbaar is tot het sbo of so. Tegen het besluit staat bezwaar open.",
               "Zorgplicht – plicht van het schoolbestuur om een passende plek te bieden of te zoeken."]),
    ]
    return B, c


# ===========================================================================
# Near-miss F: a school-level "ondersteuningsplan" of one basisschool
# ===========================================================================

def doc_f():
    B = [
        ("TITLE", ["Ondersteuningsplan 2025-2026", "OBS De Vlinderhof", "Onderdeel van het schoolplan 2023-2027",
                   "Aangesloten bij Samenwerkingsverband PO De Lingebrug"]),
        ("TOC", [("1. Inleiding", 2), ("2. Onze leerlingen", 2), ("3. De ondersteuningsstructuur van onze school", 3),
                 ("4. Basisondersteuning op De Vlinderhof", 4), ("5. Extra ondersteuning en het samenwerkingsverband", 5),
                 ("6. Toelaatbaarheid en terugplaatsing", 6), ("7. Middelen", 6), ("8. Ouders", 7),
                 ("9. Doelen en evaluatie 2025-2026", 7)]),
        ("H1", "1. Inleiding"),
        ("P", "In dit ondersteuningsplan beschrijven wij hoe de ondersteuning aan leerlingen op OBS De Vlinderhof is georganiseerd. "
              "Het plan wordt elk schooljaar door de intern begeleider en de directeur bijgesteld en besproken met het team en de "
              "medezeggenschapsraad. Het plan is een uitwerking van ons schoolondersteuningsprofiel en van het schoolplan. Het "
              "ondersteuningsplan van het samenwerkingsverband De Lingebrug vormt het kader; dat plan beschrijft de afspraken die "
              "voor alle scholen in de regio gelden."),
        ("P", "Het plan is bedoeld voor leerkrachten, onderwijsassistenten, de intern begeleider en de directie. Ouders kunnen het "
              "plan inzien; een samenvatting staat in de schoolgids."),
        ("H1", "2. Onze leerlingen"),
        ("P", "OBS De Vlinderhof telt op 1 oktober 2024 218 leerlingen, verdeeld over negen groepen. De school staat in een "
              "gemengde wijk. Ongeveer een op de vijf leerlingen spreekt thuis een andere taal dan het Nederlands. Het "
              "schoolweging-cijfer ligt boven het landelijk gemiddelde. In het afgelopen schooljaar hadden 14 leerlingen een "
              "ontwikkelingsperspectief en ontvingen 9 leerlingen een arrangement vanuit het samenwerkingsverband."),
        ("H1", "3. De ondersteuningsstructuur van onze school"),
        ("H2", "3.1 Zorgniveaus"),
        ("P", "Wij werken met vijf niveaus van ondersteuning."),
        ("L", ["Niveau 1 – Algemene zorg in de groep: de leerkracht biedt goed onderwijs op drie instructieniveaus.",
               "Niveau 2 – Extra zorg in de groep: de leerkracht biedt verlengde instructie of verrijking, vastgelegd in het groepsoverzicht.",
               "Niveau 3 – Speciale zorg na intern onderzoek: de intern begeleider doet onderzoek en stelt met de leerkracht een plan op.",
               "Niveau 4 – Speciale zorg na extern onderzoek: de school schakelt het ondersteuningsteam en externe deskundigen in.",
               "Niveau 5 – Verwijzing: de school vraagt een arrangement of een TLV aan bij het samenwerkingsverband."]),
        ("H2", "3.2 Groepsbesprekingen en leerlingbesprekingen"),
        ("P", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere "
              "leerkracht een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd en de onderwijsbehoeften van "
              "de leerlingen vastgesteld. Leerlingen over wie de leerkracht zich zorgen maakt, worden besproken in een "
              "leerlingbespreking. De afspraken worden vastgelegd in ParnasSys."),
        ("H2", "3.3 Het ondersteuningsteam"),
        ("P", "Het ondersteuningsteam van de school bestaat uit de intern begeleider, de directeur, de schoolmaatschappelijk werker "
              "en de onderwijsconsulent van het samenwerkingsverband. Het team komt zes keer per jaar bijeen. Ouders worden altijd "
              "uitgenodigd als hun kind wordt besproken; zonder toestemming van ouders wordt een kind niet besproken."),
        ("H2", "3.4 Taken en verantwoordelijkheden"),
        ("T", [["Wie", "Taak"],
               ["Leerkracht", "Signaleren, groepsoverzicht, gesprekken met ouders, uitvoeren van het groepsplan"],
               ["Intern begeleider", "Coördinatie ondersteuning, groeps- en leerlingbesprekingen, contact met het samenwerkingsverband"],
               ["Directeur", "Eindverantwoordelijk, besluit over aanvragen bij het samenwerkingsverband"],
               ["Onderwijsassistent", "Uitvoeren van interventies in kleine groepjes"]]),
        ("H1", "4. Basisondersteuning op De Vlinderhof"),
        ("P", "De Vlinderhof biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet betekent dat "
              "voor onze school: een intern begeleider (0,6 fte), een dyslexiespecialist in het team, de leesinterventie Bouw! in "
              "groep 2 tot en met 4, de methode Kanjertraining voor sociale veiligheid, een plusgroep van een halve dag per week "
              "voor leerlingen die meer aankunnen en een NT2-programma voor nieuwkomers in de onderbouw."),
        ("P", "Onze school heeft daarnaast expertise op het gebied van taalontwikkeling: twee leerkrachten zijn opgeleid tot "
              "taalcoördinator. De grenzen van onze mogelijkheden liggen bij ernstige gedragsproblemen waarbij een leerling "
              "voortdurend één-op-één begeleiding nodig heeft, en bij leerlingen die intensieve medische zorg nodig hebben."),
        ("H1", "5. Extra ondersteuning en het samenwerkingsverband"),
        ("P", "Als een leerling meer nodig heeft dan wij met de basisondersteuning kunnen bieden, vraagt de intern begeleider, na "
              "bespreking in het ondersteuningsteam en met toestemming van ouders, een arrangement aan bij het samenwerkingsverband. "
              "Voorbeelden zijn ambulante begeleiding vanuit het speciaal onderwijs, een plek in de observatiegroep of de plusklas "
              "van het samenwerkingsverband. De onderwijsconsulent denkt mee over de vraag welk arrangement past."),
        ("P", "Voor elke leerling met een arrangement stelt de school een ontwikkelingsperspectief op. Het OPP wordt twee keer "
              "per jaar met ouders geëvalueerd en, waar passend, met de leerling zelf besproken."),
        ("H1", "6. Toelaatbaarheid en terugplaatsing"),
        ("P", "Komen school en ouders tot de conclusie dat een leerling aangewezen is op het speciaal basisonderwijs of het "
              "speciaal onderwijs, dan vraagt de directeur namens het bestuur een toelaatbaarheidsverklaring aan bij het Loket van "
              "het samenwerkingsverband. De intern begeleider stelt het groeidocument op en vraagt de zienswijze van ouders. De "
              "procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband."),
        ("P", "Wanneer een leerling van het sbo of so terugkeert naar onze school, vindt een overdrachtsgesprek plaats. De intern "
              "begeleider zorgt dat de leerkracht het OPP kent en dat de begeleiding vanuit de sbo-school in de eerste maanden "
              "wordt voortgezet."),
        ("H1", "7. Middelen"),
        ("P", "De school ontvangt via het bestuur middelen van het samenwerkingsverband voor de versterking van de "
              "basisondersteuning. Voor schooljaar 2025-2026 gaat het om circa € 27.000. De school zet deze middelen in voor de "
              "uitbreiding van de formatie van de intern begeleider (0,2 fte), voor een onderwijsassistent (8 uur per week) en voor "
              "scholing van het team op het gebied van gedrag."),
        ("T", [["Post", "Bedrag 2025-2026"], ["Uitbreiding IB 0,2 fte", "€ 16.500"], ["Onderwijsassistent 8 uur", "€ 8.000"],
               ["Scholing gedrag", "€ 2.500"], ["Totaal", "€ 27.000"]]),
        ("H1", "8. Ouders"),
        ("P", "Ouders zijn onze partners. Zij worden bij zorgen over hun kind direct door de leerkracht uitgenodigd voor een "
              "gesprek. Informatie over de ondersteuning op school staat in de schoolgids en op de website van de school. Voor "
              "onafhankelijk advies kunnen ouders terecht bij het ouder- en jeugdsteunpunt van het samenwerkingsverband en bij "
              "Onderwijsconsulenten. Klachten worden behandeld volgens de klachtenregeling van het bestuur."),
        ("H1", "9. Doelen en evaluatie 2025-2026"),
        ("L", ["Alle leerkrachten werken met het nieuwe groepsoverzicht; evaluatie in juni 2026.",
               "Het aantal leerlingen dat in groep 3 onder het niveau van technisch lezen blijft, daalt van 18% naar 12%.",
               "Het team volgt de scholing ‘Grip op gedrag’ (vier bijeenkomsten).",
               "De intern begeleider evalueert dit ondersteuningsplan in juni 2026 met het team en de MR."]),
        ("P", "Dit ondersteuningsplan is besproken in de teamvergadering van 2 september 2025 en in de medezeggenschapsraad van "
              "16 september 2025."),
    ]
    return B


# ===========================================================================
# Labels
# ===========================================================================

CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(el, crit, adv):
    vals = [crit[f"{el}.{k}"] for e, k in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def label_yaml(documents, sector, true_crit, adv, notes):
    crit = {f"{e}.{k}": (f"{e}.{k}" in true_crit) for e, k in CORE}
    els = {el: status(el, crit, adv) for el in ELEMENTS}
    q = lambda s: '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    out = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
           "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    out += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    out.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            out.append(f"  {el}: [{', '.join(adv[el])}]")
    out.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            out.append(f"  {el}: {q(notes[el])}")
    return "\n".join(out) + "\n"


def label_not_plan(documents, sector, note):
    return (f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
            f"advisory_addressed: {{}}\nnotes:\n  document: \"{note}\"\n")


LABELS = {
    "po-lingebrug-ondersteuningsplan-2025-2029": dict(
        sector="po",
        true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "ouders.informatie"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4 (bold typed title, no heading style): agreed minimum for every vestiging + 12 concrete afspraken; 4.3 borging via kwaliteitsgesprek/verbeterplan.",
            "plaatsing": "Ch. 6.1-6.4: sbo/so/cluster criteria lists, 5-step procedure via Loket, two separate deskundigen, CvT within 6 weeks, duration and categorie; no bezwaar route (only LBT/GPO in afkortingenlijst).",
            "terugstroom": "Hidden in TLV chapter 6.5: policy (thuisnabij, conditions, terugplaatsingsarrangement EUR 3.500) present; procedure (who initiates, evaluation moments, who decides) deferred to a protocol in 2025-2026. Glossary entry describing the last-TLV-year check does not count.",
            "financien": "Ch. 8 titled 'Geld en middelen': verdeelsleutel (vaste voet EUR 7.500, EUR 95 per leerling, decided by algemene vergadering) and meerjarenbegroting table 2025-2028; reserves and verantwoording by besturen.",
            "dekkend-aanbod": "Ch. 5: four levels + table of bovenschoolse voorzieningen; 5.3 yearly gap analysis with action, 5.4 thuiszitterstafel and shared zorgplicht; OOGO chapter 10 on onderwijs-zorgarrangementen.",
            "resultaten": "Ch. 7 'Ambities en resultaten' only defers beoogde resultaten and monitoring to Jaarplan 2025-2026; no targets, no figures, no monitoring anywhere else.",
            "ouders": "Ch. 9: website ouderpagina, folder in 4 languages, info evenings, schoolgids = informatie; independent help only 'overzicht op onze website' and OJSP deferred until the law is in force (Onderwijsconsulenten/OJSP only in begrippenlijst).",
        }),
    "vo-oostelijke-vechtstreek-op-2026-2030": dict(
        sector="vo",
        true=["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
              "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen",
              "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "5.1: level defined as binding minimum for all vestigingen, audits every two years; the concrete standards are only in the absent Kwaliteitskaart (bijlage 2, separaat) and in the begrippenlijst.",
            "plaatsing": "Ch. 6 (capitalised typed titles): Commissie Toewijzing, vso procedure with two deskundigen and 6-week term, vso criteria, lwoo and pro national criteria with procedure, TLV duration/categorie, bezwaar via LBT.",
            "terugstroom": "Inside TLV chapter 6.6: policy (temporary vso, conditions, overstaparrangement EUR 4.000) and dated procedure (OPP review before 1 Dec, advice before 1 Feb, decision before 1 Apr); terugblik table reports terugplaatsingen.",
            "financien": "8.2 verdeling with per-leerling amounts, lwoo/pro rules and decision in December; 8.3 meerjarenbegroting deferred to bijlage 4 and the table holds only p.m. values, so besteding not addressed.",
            "dekkend-aanbod": "5.3 continuum table niveau 1-4 (OPDC, Rebound, OZA, pro, vso); gaps/thuiszitters explicitly deferred to 2027 and absent bijlage 3 (zorgplicht only in begrippenlijst).",
            "resultaten": "Ch. 3 terugblik with achieved figures, 7.1 targets table with nulmeting and streefwaarden, 7.2 monitor twice a year, jaarverslag, external evaluation.",
            "ouders": "Ch. 9 'Communicatie' 9.1-9.2: ouderpagina, schoolgids, groep-8 folder, info evenings; independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten, GPO, klachtenregeling.",
        }),
    "po-duin-en-polder-op-2024-2028": dict(
        sector="po",
        true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hoofdstuk 4: agreed minimum for all 71 schools, content in a table per thema, two-yearly visit and verbeterplan.",
            "plaatsing": "Hoofdstuk 6: application via Kindkans, two separate deskundigen, Toelaatbaarheidscommissie within 6 weeks, duration, categorie, bezwaar via LBT; criteria missing: 6.3 only 'weegt elke aanvraag afzonderlijk' and the afwegingskader is still being revised.",
            "terugstroom": "Hoofdstuk 7 (listed in the TOC) only says it will be completed after the spring-2025 evaluation; the only substance is in the begrippenlijst.",
            "financien": "Hoofdstuk 9 refers to the separate 'Financieel Kader 2024-2028' (on request / website later); verdeling and begroting only described in the begrippenlijst; nothing in the body.",
            "dekkend-aanbod": "Hoofdstuk 5: four layers + table of voorzieningen; 5.2 yearly May inventory of witte vlekken with action, thuiszitter approach with terms and escalation; OOGO chapter on OZA.",
            "resultaten": "Hoofdstuk 8: six goals with streefwaarden (some with 2023 baseline); monitoring explicitly 'in voorbereiding', to be worked out in year one.",
            "ouders": "Hoofdstuk 10: schoolgids, Oudergids, nieuwsbrief, ouderconsulent; independent Ouder- en Jeugdsteunpunt with phone and spreekuur, Onderwijsconsulenten, GPO.",
        }),
    "vo-twentevelden-op-2025-2029": dict(
        sector="vo",
        true=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring"],
        adv={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "No section on it; the continuum starts at 'de ondersteuning die de school zelf organiseert'; the only definition/content is in the BEGRIPPENLIJST.",
            "plaatsing": "TOELAATBAARHEID VSO, LWOO EN PRO gives vso, lwoo and pro criteria plus duration/categorie, but the procedure is only a reference to the absent Handboek Toewijzing (bijlage 5).",
            "terugstroom": "Sub-section 'Einde van de TLV' inside the TLV chapter: policy (temporary vso, conditions, one year AB + EUR 5.000) and dated procedure (evaluation in November, advice before 15 Jan, Team Toewijzing decides before 1 March, proefplaatsing); terugplaatsingen in the kengetallen table.",
            "financien": "FINANCIËN mostly as tables: verdeelcriteria with amounts per component, decided yearly in November, and a meerjarenbegroting 2025-2028; reserve use.",
            "dekkend-aanbod": "ONDERSTEUNING IN DE REGIO (arrangementen, voorzieningen table, pro/vso, doorgaande lijn) and THUISZITTERS EN DEKKEND NETWERK (twice-yearly gap analysis with action, thuiszitterstafel, doorzettingsmacht, shared zorgplicht).",
            "resultaten": "MONITORING EN VERANTWOORDING: quarterly dashboard, reporting to RvT/besturen/OPR, jaarverslag, kengetallen 2022-2025; streefwaarden deferred until after the autumn-2025 nulmeting.",
            "ouders": "Nothing about informing parents, independent support or parents' role in the body (procedures mention only the leerling); ouder- en jeugdsteunpunt and Onderwijsconsulenten only in the BEGRIPPENLIJST.",
        }),
    "po-peel-en-aa-op-2026-2030": dict(
        sector="po",
        true=["terugstroom.procedure", "financien.besteding", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 5: the common level is deferred until the landelijke norm (2027-2028) and content is left to each schoolgids; only the yearly schoolgids check (borging) is addressed; the concrete list is only in the begrippenlijst.",
            "plaatsing": "Ch. 6 only refers to the website page 'Toelaatbaarheid'; procedure, deskundigen and bezwaar appear only in the begrippenlijst entry for TLV.",
            "terugstroom": "Ch. 7 'Van speciaal naar regulier': procedure with initiator, February evaluation, advice, decision before 1 April, handover before 1 July, end of TLV; policy explicitly still to be discussed in 2026-2027; terugplaatsing figures and target in ch. 9.",
            "financien": "Ch. 10: meerjarenbegroting table 2026-2029 with amounts and reserve floor; verdeling only refers to the 2021 verdeelmodel that is under evaluation, no criteria.",
            "dekkend-aanbod": "Ch. 8 only refers to the Sociale Kaart on the website and defers the coverage study to 2027; OOGO chapter is procedural only; thuiszitter/dekkend netwerk only in the begrippenlijst.",
            "resultaten": "Ch. 9: achieved results table for 2022-2026, six beoogde resultaten with numbers, twice-yearly measurement, jaarverslag per doel, mid-term evaluation.",
            "ouders": "Ch. 10a: independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling present; how parents are informed is deferred to a communicatieplan 2026-2027.",
        }),
}

NOT_PLAN = {
    "po-vlinderhof-schoolondersteuningsplan-2025-2026": dict(
        sector="po",
        note="School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, own IB budget, MR); it refers to the SWV De Lingebrug plan as its kader and is not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeling over besturen)."),
}


# ===========================================================================
# Main
# ===========================================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}
    # A: docx
    name = "po-lingebrug-ondersteuningsplan-2025-2029"
    B, style, hdr, ftr = plan_a()
    write_docx(B, OUT / f"{name}.docx", style, hdr, ftr)
    counts[name] = (word_count(B), [f"{name}.docx"])
    # B: docx
    name = "vo-oostelijke-vechtstreek-op-2026-2030"
    B, style, hdr, ftr = plan_b()
    write_docx(B, OUT / f"{name}.docx", style, hdr, ftr)
    counts[name] = (word_count(B), [f"{name}.docx"])
    # C and D: docx rendered to pdf
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout90_build_"))
    try:
        for name, fn in (("po-duin-en-polder-op-2024-2028", plan_c), ("vo-twentevelden-op-2025-2029", plan_d)):
            B, style, hdr, ftr = fn()
            tmp_docx = tmpdir / f"{name}.docx"
            write_docx(B, tmp_docx, style, hdr, ftr)
            docx_to_pdf(tmp_docx, OUT / f"{name}.pdf")
            counts[name] = (word_count(B), [f"{name}.pdf"])
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    # E: html
    name = "po-peel-en-aa-op-2026-2030"
    B, c = plan_e()
    write_html(B, OUT / f"{name}.html", f"Ondersteuningsplan 2026-2030 {c.naam}", "SWV Peel en Aa · Ondersteuningsplan 2026-2030")
    counts[name] = (word_count(B), [f"{name}.html"])
    # F: near-miss docx
    name = "po-vlinderhof-schoolondersteuningsplan-2025-2026"
    B = doc_f()
    write_docx(B, OUT / f"{name}.docx", dict(h1_size=13, title="Ondersteuningsplan OBS De Vlinderhof"),
               "OBS De Vlinderhof – Ondersteuningsplan 2025-2026", "Schoolplan 2023-2027 – bijlage 3")
    counts[name] = (word_count(B), [f"{name}.docx"])

    for name, lab in LABELS.items():
        text = label_yaml(counts[name][1], lab["sector"], set(lab["true"]), lab["adv"], lab["notes"])
        (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
    for name, lab in NOT_PLAN.items():
        (OUT / f"{name}.expected.yaml").write_text(label_not_plan(counts[name][1], lab["sector"], lab["note"]), encoding="utf-8")
    for name, (n, docs) in counts.items():
        print(f"{n:6d} words  {', '.join(docs)}")


if __name__ == "__main__":
    main()
