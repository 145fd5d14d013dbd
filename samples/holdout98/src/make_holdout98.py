#!/usr/bin/env python3
"""Generate the holdout98 test set: five fictional ondersteuningsplannen of regional
samenwerkingsverbanden (PO and VO, krimpregio's in noord, oost en zuid) and one near-miss
document, plus their label files (<name>.expected.yaml).

Deterministic, no network. Output goes next to this script's parent folder:
Path(__file__).resolve().parent.parent. PDFs are rendered from .docx with LibreOffice
(soffice --headless) in a private temporary directory.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

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


# --------------------------------------------------------------------------- rendering

def headings(blocks):
    out = []
    for b in blocks:
        if b[0] in ("h1", "h2"):
            out.append((b[0], b[1]))
    return out


def toc_lines(blocks):
    lines = []
    page = 3
    for kind, text in headings(blocks):
        page += 1 if kind == "h2" else 2
        indent = "    " if kind == "h2" else ""
        lines.append(f"{indent}{text} {'.' * max(4, 60 - len(text))} {page}")
    return lines


def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " - concept voor OPR en OOGO"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in toc_lines(blocks):
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.core_properties.title = header_text
    fixed = datetime.datetime(2025, 3, 1, 12, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "Bureau samenwerkingsverband"
    doc.core_properties.revision = 1
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so that reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_html(blocks, path, header_text):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(header_text)}</title>", "</head>", "<body>",
             f'<header class="site-header"><p>{e(header_text)}</p>'
             '<nav class="topnav"><a href="#">Home</a> | <a href="#">Ouders</a> | '
             '<a href="#">Scholen</a> | <a href="#">Ondersteuningsplan</a> | <a href="#">Contact</a></nav></header>',
             "<main>"]
    n = 0
    ids = {}
    for kind, text in headings(blocks):
        n += 1
        ids[text] = f"h{n}"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            parts.append(f"<h1 class=\"doc-title\">{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                parts.append(f"<p class=\"subtitle\">{e(line)}</p>")
        elif kind == "toc":
            parts.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            for k, text in headings(blocks):
                cls = "sub" if k == "h2" else "main"
                parts.append(f'<li class="{cls}"><a href="#{ids[text]}">{e(text)}</a></li>')
            parts.append("</ul></nav>")
        elif kind == "h1":
            parts.append(f'<h2 id="{ids[b[1]]}">{e(b[1])}</h2>')
        elif kind == "h2":
            parts.append(f'<h3 id="{ids[b[1]]}">{e(b[1])}</h3>')
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            parts.append("<table>")
            parts.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                parts.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            parts.append("</table>")
        elif kind == "pagebreak":
            pass
    parts.append("</main>")
    parts.append(f'<footer><p>{e(header_text)} &middot; webversie &middot; '
                 'Privacyverklaring &middot; Cookies &middot; Toegankelijkheid</p></footer>')
    parts.append("</body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout98_soffice_"))
    try:
        profile = tmp / "profile"
        outdir = tmp / "out"
        outdir.mkdir()
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.move(str(outdir / (src.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] == "title":
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "ul":
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
    return n


def write_label(name, label):
    crit = label["criteria"]
    if label["looks_like_plan"]:
        assert list(crit) == CORE, name
        assert list(label["elements"]) == ELEMENTS, name
        # status rule consistency check
        for el in ELEMENTS:
            flags = [v for k, v in crit.items() if k.split(".")[0] == el]
            adv = label.get("advisory_addressed", {}).get(el, [])
            st = label["elements"][el]
            if all(flags):
                assert st == "present", (name, el)
            elif any(flags) or adv:
                assert st == "partial", (name, el)
            else:
                assert st == "missing", (name, el)
    lines = []
    lines.append("documents: [" + ", ".join(label["documents"]) + "]")
    lines.append(f"sector: {label['sector']}")
    lines.append(f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}")
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
    else:
        lines.append("elements: {}")
    if crit:
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if crit[k] else 'false'}")
    else:
        lines.append("criteria: {}")
    adv = label.get("advisory_addressed", {})
    if adv:
        lines.append("advisory_addressed:")
        for k, v in adv.items():
            lines.append(f"  {k}: [" + ", ".join(v) + "]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: " + yaml.safe_dump(v, allow_unicode=True, default_style='"', width=10000).strip())
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def crit(false_list):
    return {k: (k not in false_list) for k in CORE}



# =========================================================================== P1
# PO, Drenthe/Groningen. basis present, plaatsing present, terugstroom partial (procedure
# in the TLV chapter, policy deferred), financien present (under "Geld en middelen"),
# dekkend-aanbod partial (no gap/thuiszitters approach), resultaten missing,
# ouders present (inside "Communicatie").

def plan_p1():
    N = "Samenwerkingsverband PO Hunzedal"
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2029",
        N + " (PO 22.97)",
        "Samen thuisnabij, ook als het dorp kleiner wordt",
        "Vastgesteld door het algemeen bestuur op 2 april 2025, na instemming van de ondersteuningsplanraad (17 maart 2025) en OOGO met de gemeenten Aa en Hunze, Borger-Odoorn en Stadskanaal (6 maart 2025)",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het plan is geschreven in een tijd waarin onze regio verandert. In de dorpen langs de Hunze en in de Veenkoloniën lopen de leerlingaantallen al tien jaar terug. Scholen fuseren, worden kindcentrum of sluiten hun deuren. Tegelijk zien we dat de vragen van kinderen niet kleiner worden: meer kinderen hebben te maken met spanningen thuis, met armoede of met een lange reis naar de school die bij hen past. Dat vraagt veel van leerkrachten, intern begeleiders en schoolleiders, en van de ouders die hun kind elke dag naar school brengen of op de taxi zetten."))
    B.append(("p", "In dit plan beschrijven we hoe de besturen in ons verband samen zorgen voor passend onderwijs. We hebben geprobeerd het plan leesbaar te houden. Waar we dingen nog niet weten, zeggen we dat eerlijk. Het plan is besproken met directeuren, intern begeleiders, de ondersteuningsplanraad en de drie gemeenten. Wij danken iedereen die heeft meegelezen en meegedacht, in het bijzonder de ouders en leerkrachten in de ondersteuningsplanraad, die kritisch waren waar dat nodig was."))
    B.append(("p", "Wij wensen u veel leesplezier. Opmerkingen en vragen over dit plan zijn welkom bij het bureau van het samenwerkingsverband in Gieten."))
    B.append(("p", "Harm Jan Bolhuis, directeur-bestuurder"))

    B.append(("h1", "1 Inleiding en leeswijzer"))
    B.append(("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De wet op het primair onderwijs (artikel 18a) noemt een aantal onderwerpen die in het plan aan de orde moeten komen: de basisondersteuning, de verdeling en besteding van de middelen, de toelaatbaarheid tot het speciaal (basis)onderwijs, de terugplaatsing, de resultaten en de informatie aan ouders. In dit plan komen deze onderwerpen terug in de hoofdstukken 4 tot en met 12. Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029."))
    B.append(("p", "Het plan is een plan op hoofdlijnen, maar waar het gaat om procedures en geld zijn we concreet. Jaarlijks werken we het plan uit in een jaarplan en een jaarbegroting. Die worden vastgesteld door het algemeen bestuur en besproken met de ondersteuningsplanraad. De leeswijzer is eenvoudig: hoofdstuk 2 en 3 gaan over onze regio en onze visie; hoofdstuk 4 tot en met 7 over de ondersteuning van kinderen; hoofdstuk 8 en 9 over samenwerking en communicatie; hoofdstuk 10 en 11 over organisatie en geld; hoofdstuk 12 over kwaliteit en planning. Achterin vindt u een begrippenlijst."))

    B.append(("h1", "2 Onze regio"))
    B.append(("p", "Het samenwerkingsverband omvat de basisscholen, de school voor speciaal basisonderwijs en de so-locaties in de gemeenten Aa en Hunze, Borger-Odoorn en Stadskanaal. Er zijn zes schoolbesturen aangesloten: vier openbare en christelijke besturen met meerdere scholen, een eenpitter en het bestuur van de so-school. Samen hebben zij 47 basisscholen, één sbo-school (De Wegwijzer in Stadskanaal) en twee so-locaties (cluster 3 en cluster 4)."))
    B.append(("p", "De regio is landelijk en uitgestrekt. De afstand van het noordelijkste dorp tot de sbo-school is ruim 35 kilometer. Voor veel kinderen betekent een plaatsing in het speciaal onderwijs een taxirit van drie kwartier of langer, twee keer per dag. Dat weegt mee in alles wat we doen: we willen zo veel mogelijk ondersteuning in of dicht bij het eigen dorp organiseren."))
    B.append(("table", [
        ["Teldatum 1 oktober", "2019", "2021", "2023", "2024", "prognose 2028"],
        ["Leerlingen basisonderwijs", "9.412", "9.105", "8.768", "8.640", "8.050"],
        ["Leerlingen sbo", "161", "158", "149", "152", "140"],
        ["Leerlingen so (cluster 3 en 4)", "118", "124", "131", "129", "125"],
        ["Aantal basisscholen", "53", "51", "48", "47", "44"],
        ["Scholen met minder dan 75 leerlingen", "17", "18", "19", "19", "21"],
    ]))
    B.append(("p", "Bijna veertig procent van onze scholen heeft minder dan honderd leerlingen, en negentien scholen zelfs minder dan 75. Kleine scholen werken met combinatiegroepen en hebben vaak een intern begeleider voor één dag per week. Dat maakt de organisatie van ondersteuning kwetsbaar: als één leerkracht uitvalt, staat de hele school onder druk. In de afgelopen planperiode zijn vier scholen gesloten en zijn twee kindcentra ontstaan. De daling van het leerlingaantal betekent ook dat de middelen van het samenwerkingsverband dalen."))
    B.append(("p", "Onze regio kent een hogere werkloosheid en meer huishoudens met een laag inkomen dan het landelijk gemiddelde. Het aantal kinderen met jeugdhulp ligt boven het Drentse gemiddelde. Tegelijk zijn de gemeenschappen hecht: dorpsverenigingen, kerken en sportclubs zijn sterk, en scholen hebben een belangrijke functie in het dorp."))

    B.append(("h1", "3 Visie, missie en ambities"))
    B.append(("p", "Onze missie is kort: ieder kind in de regio krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis. Wij geloven dat kinderen het beste leren in hun eigen omgeving, samen met kinderen uit hun dorp. Waar dat niet kan, zorgen we voor een goede plek elders, en houden we de weg terug open."))
    B.append(("p", "Onze visie rust op vier pijlers. De eerste is thuisnabijheid: ondersteuning komt naar het kind toe, niet andersom. De tweede is vakmanschap: leerkrachten en intern begeleiders zijn de spil van de ondersteuning en verdienen tijd, kennis en collega's om mee te sparren. De derde is samen: ouders, school, samenwerkingsverband, gemeente en jeugdhulp zijn samen verantwoordelijk. De vierde is eenvoud: minder formulieren, meer gesprekken. We willen resultaatgericht werken zonder dat het papierwerk de overhand krijgt."))
    B.append(("p", "Voor de komende vier jaar hebben we drie ambities geformuleerd. We willen de basisondersteuning in alle scholen op peil houden, ook in de kleinste. We willen de expertise van het sbo en so meer in de reguliere scholen brengen. En we willen dat ouders beter weten waar zij terechtkunnen. Deze ambities werken we uit in de volgende hoofdstukken en in de jaarplannen."))

    B.append(("h1", "4 Basisondersteuning: wat elke school biedt"))
    B.append(("p", "Basisondersteuning is in ons samenwerkingsverband het niveau van ondersteuning dat iedere school en iedere vestiging van de aangesloten besturen zelf, zonder aanvraag bij het samenwerkingsverband, aan ieder kind biedt. De besturen hebben dit niveau samen afgesproken in de Standaarden Basisondersteuning Hunzedal; de standaarden zijn in dit hoofdstuk opgenomen. Het niveau geldt voor alle 47 basisscholen, ongeacht hun grootte. Een kleine dorpsschool heeft dus dezelfde basis als een grote school in Stadskanaal; wel mag de manier waarop een school het organiseert verschillen."))
    B.append(("p", "Ouders kunnen van iedere school in ons verband in elk geval het volgende verwachten:"))
    B.append(("ul", [
        "Elke school heeft een intern begeleider met een opleiding op masterniveau of een erkende IB-opleiding, die ten minste één dag per week beschikbaar is; kleine scholen delen een intern begeleider binnen hun bestuur.",
        "Elke school werkt handelingsgericht: twee keer per jaar groepsbesprekingen, leerlingbesprekingen waar nodig, en een ondersteuningsteam (OT) waarin ouders, school en de consulent van het samenwerkingsverband samen een aanpak afspreken.",
        "Elke school heeft een dyslexieprotocol en een dyscalculieprotocol en biedt de bijbehorende interventies, inclusief het gebruik van voorleessoftware.",
        "Elke school heeft een aanpak voor sociale veiligheid en werkt met een methode of programma voor sociaal-emotionele ontwikkeling; de veiligheidsbeleving wordt jaarlijks gemeten.",
        "Elke school biedt een verrijkings- of verdiepingsaanbod voor kinderen die meer aankunnen dan de reguliere stof.",
        "Elke school heeft afspraken over medisch handelen en een protocol voor leerlingen met een chronische ziekte.",
        "Elke school kan een ontwikkelingsperspectief (OPP) opstellen en evalueert dit ten minste twee keer per jaar met ouders.",
        "Elke school heeft een warme overdracht naar het voortgezet onderwijs en naar een andere basisschool.",
        "Elke school biedt extra taalondersteuning aan kinderen met een taalachterstand, waaronder kinderen van wie de thuistaal geen Nederlands is.",
    ]))
    B.append(("p", "De grens tussen basisondersteuning en extra ondersteuning ligt waar de school, na een periode van handelingsgericht werken en na bespreking in het ondersteuningsteam, vaststelt dat de ondersteuningsbehoefte van een kind meer vraagt dan de standaarden. Dan kan de school een arrangement aanvragen (hoofdstuk 5)."))
    B.append(("p", "Iedere school beschrijft in de schoolgids hoe zij de standaarden invult. Het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een gesprek over de basisondersteuning (het 'basisgesprek'), aan de hand van een kwaliteitskaart. Als een school op een of meer standaarden onder het afgesproken niveau blijft, maakt het bestuur binnen drie maanden een verbeterplan; de consulent van het samenwerkingsverband volgt de uitvoering."))

    B.append(("h1", "5 Extra ondersteuning en arrangementen"))
    B.append(("p", "Als de basisondersteuning niet genoeg is, biedt ons verband een samenhangend geheel van extra ondersteuning. Wij denken daarbij in vier treden, van licht naar zwaar. Bij elke trede blijft het kind zo lang mogelijk op de eigen school."))
    B.append(("table", [
        ["Trede", "Wat", "Waar", "Hoe toegang"],
        ["1 Basis", "Basisondersteuning volgens de standaarden", "Iedere school", "Geen aanvraag"],
        ["2 Advies", "Consultatie en advies door een consulent of orthopedagoog van het verband", "Op school, in het OT", "Via de intern begeleider"],
        ["3 Arrangement", "Individueel of groepsarrangement: extra handen, ambulante begeleiding, specialistische begeleiding gedrag of taal", "Op de eigen school", "Aanvraag via het digitale loket, besluit door het team toewijzing"],
        ["4 Bovenschools", "Hunzeklas (bovenschoolse observatie- en stabilisatiegroep, max. 10 kinderen), plusklas voor meer- en hoogbegaafde kinderen op drie locaties", "Gieten en Stadskanaal", "Aanvraag via het loket, plaatsing voor maximaal 20 weken"],
        ["5 Speciaal", "Sbo De Wegwijzer; so cluster 3 en cluster 4", "Stadskanaal en Emmen", "Toelaatbaarheidsverklaring (hoofdstuk 6)"],
    ]))
    B.append(("p", "Arrangementen worden aangevraagd door de school, na bespreking in het ondersteuningsteam, met een groeidocument waarin de hulpvraag, de al genomen stappen en het doel staan. Het team toewijzing van het samenwerkingsverband besluit binnen vier weken. Een arrangement duurt in de regel een half jaar tot een jaar en wordt halverwege met ouders en school geëvalueerd. In de Hunzeklas werken we vanaf de eerste week toe naar de terugkeer naar de eigen school."))
    B.append(("p", "De sbo-school en de so-scholen bieden daarnaast preventieve ambulante begeleiding aan de reguliere scholen. Dit is geen extra ondersteuning in de zin van een arrangement, maar een manier om kennis te delen: een leerkracht van De Wegwijzer komt een aantal keer op bezoek en denkt mee over de aanpak in de klas. Voor kinderen die alleen tijdelijk extra begeleiding nodig hebben na een ziekenhuisopname of een ingrijpende gebeurtenis, kan de school een kortdurend arrangement aanvragen met een eenvoudiger formulier."))

    B.append(("h1", "6 Toelaatbaarheid tot het sbo en so"))
    B.append(("h2", "6.1 Wie vraagt aan en hoe"))
    B.append(("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar het kind staat ingeschreven, of, voor een kind dat nog niet op school zit of van buiten de regio komt, door het bevoegd gezag van de school waar het kind is aangemeld. De aanvraag loopt via het digitale loket van het samenwerkingsverband. Bij de aanvraag horen: het groeidocument of OPP, het verslag van het laatste ondersteuningsteam, de zienswijze van de ouders en, als die er zijn, onderzoeksverslagen."))
    B.append(("p", "De procedure kent vijf stappen. Stap 1: de school bespreekt de situatie in het ondersteuningsteam en zet de aanvraag klaar. Stap 2: het loket controleert binnen vijf werkdagen of het dossier compleet is. Stap 3: twee deskundigen geven elk afzonderlijk schriftelijk advies; de eerste is altijd een orthopedagoog of psycholoog, de tweede wordt gekozen op basis van de vraag van het kind (bijvoorbeeld een maatschappelijk werker, een kinderarts of een tweede orthopedagoog met een andere specialisatie). Geen van beide deskundigen is betrokken geweest bij de aanvraag. Stap 4: de Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder een besluit. Stap 5: ouders en school ontvangen het besluit en een afschrift van de adviezen. De hele procedure duurt ten hoogste zes weken na ontvangst van een compleet dossier; in spoedsituaties besluit de commissie binnen tien werkdagen."))
    B.append(("h2", "6.2 Criteria"))
    B.append(("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende voorwaarden is voldaan: (a) de ondersteuningsbehoefte is ten minste een half jaar planmatig aangepakt in de basisondersteuning en met een arrangement van trede 3 of 4, en dit is geëvalueerd; (b) het kind heeft blijvend een kleinere groep en een specifieke didactische of pedagogische aanpak nodig die de school ook met extra ondersteuning niet kan bieden; (c) de deskundigen verwachten dat het kind in het sbo tot ontwikkeling komt binnen het perspectief dat in het OPP is beschreven."))
    B.append(("p", "Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 als er sprake is van een verstandelijke beperking (IQ onder 70), een ernstige lichamelijke beperking of langdurige ziekte, in combinatie met een ondersteuningsbehoefte die het sbo niet kan bieden. Een kind is toelaatbaar tot cluster 4 als er sprake is van ernstige gedrags- of psychiatrische problematiek die de ontwikkeling in een reguliere of sbo-setting ernstig belemmert, ook na inzet van jeugdhulp. De commissie weegt daarbij het OPP, de adviezen van de deskundigen en de zienswijze van ouders."))
    B.append(("h2", "6.3 Duur en bekostigingscategorie"))
    B.append(("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so wordt in de regel afgegeven voor twee schooljaren, voor kinderen met een blijvende beperking (zoals een ernstige meervoudige beperking) voor de hele so-periode. Voor het so stelt de commissie de bekostigingscategorie vast: categorie laag voor de meeste kinderen in cluster 4 en met een verstandelijke beperking, categorie midden voor kinderen met een lichamelijke beperking of langdurige ziekte, en categorie hoog voor kinderen met een meervoudige beperking."))
    B.append(("h2", "6.4 Bezwaar"))
    B.append(("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het verband adviseert over het bezwaar."))
    B.append(("h2", "6.5 Afloop van de TLV"))
    B.append(("p", "In het laatste schooljaar van een TLV voor het so bespreekt de so-school in de maand januari met ouders, de consulent van het samenwerkingsverband en, als ouders dat willen, de beoogde basisschool, het OPP van het kind. De so-school legt vóór 1 maart een schriftelijk voorstel voor aan de CvT: terugplaatsing naar een basisschool, overplaatsing naar het sbo, of een nieuwe TLV. De CvT beslist vóór 1 mei. Bij een besluit tot terugplaatsing meldt de ouder het kind aan bij de basisschool van zijn keuze en geldt voor die school de zorgplicht. Voor een nieuwe TLV geldt dezelfde procedure als in paragraaf 6.1."))
    B.append(("p", "Een verbandsbreed terugplaatsingsbeleid, met afspraken over de voorwaarden voor terugkeer en de begeleiding na terugkeer, werken wij in het schooljaar 2025-2026 uit met de sbo- en so-scholen."))

    B.append(("h1", "7 Thuiszitters en leerplicht"))
    B.append(("p", "Het aantal kinderen in ons gebied dat langer dan vier weken zonder geldige reden niet naar school gaat, is klein. Wel zien we dat meer ouders een beroep doen op vrijstelling en dat kinderen soms tussen wal en schip vallen als een passende plek ver weg is. Dit onderwerp verdient meer aandacht dan het tot nu toe heeft gekregen."))
    B.append(("p", "Een gezamenlijke aanpak thuiszitters, met afspraken over signalering en wie wanneer regie neemt, stellen we in de komende planperiode op met de leerplichtambtenaren van de drie gemeenten. Tot die tijd volgen wij de landelijke afspraken."))

    B.append(("h1", "8 Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p", "Ons verband werkt samen met de gemeenten Aa en Hunze, Borger-Odoorn en Stadskanaal. Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 6 maart 2025. De gemeenten hebben het plan besproken met de wethouders onderwijs en jeugd en hebben ingestemd met de hoofdlijnen."))
    B.append(("p", "Met de gemeenten hebben we afgesproken dat de consulenten van het samenwerkingsverband en de medewerkers van de lokale teams elkaar op vaste momenten spreken. In het ondersteuningsteam van de school schuift op verzoek een medewerker van het lokale team aan. Voor kinderen die zowel onderwijs als zorg nodig hebben, maken school, samenwerkingsverband en gemeente een onderwijs-zorgarrangement; de kosten worden verdeeld naar rato van het onderwijs- en het zorgdeel. Daarnaast zijn er afspraken over leerlingenvervoer: de gemeenten bekijken samen met ons hoe de reistijd voor kinderen in het speciaal onderwijs kan worden beperkt, bijvoorbeeld door gecombineerde ritten. Onderwijshuisvesting en de toekomst van kleine scholen zijn onderwerpen voor het lokaal onderwijsoverleg en geen onderdeel van dit plan."))

    B.append(("h1", "9 Communicatie"))
    B.append(("p", "Goede communicatie met scholen, ouders, gemeenten en ketenpartners is voor een klein bureau in een grote regio een uitdaging. Wij hebben gekozen voor een beperkt aantal vaste kanalen. Voor scholen zijn dat de nieuwsbrief voor intern begeleiders (zes keer per jaar), het directeurenoverleg per bestuur en het digitale loket. Voor gemeenten is dat het ambtelijk overleg."))
    B.append(("p", "Voor ouders hebben wij een eigen ouderpagina op onze website, met in gewone taal uitgelegd wat de basisondersteuning is, welke arrangementen er zijn en hoe een aanvraag voor een TLV verloopt. Bij iedere school ligt de folder 'Wegwijzer voor ouders', die ook in het Arabisch, Tigrinya en Pools beschikbaar is. Iedere school verwijst in de schoolgids naar deze informatie en beschrijft daar haar eigen ondersteuning. Eenmaal per jaar organiseren wij in Gieten, Borger en Stadskanaal een informatieavond voor ouders over passend onderwijs, waar ook medewerkers van het lokale team aanwezig zijn. Ouders die een ondersteuningsteam bijwonen, krijgen vooraf een korte uitleg van de consulent."))
    B.append(("p", "Wanneer ouders een vraag hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Hunzedal. Het steunpunt is onafhankelijk van de scholen: het is ondergebracht bij een stichting voor cliëntondersteuning en heeft een eigen telefoonnummer en e-mailadres en een wekelijks inloopspreekuur in Borger. Daarnaast verwijzen wij ouders naar de Onderwijsconsulenten, die gratis en onafhankelijk bemiddelen als het vastloopt. Klachten over het samenwerkingsverband kunnen worden ingediend bij de klachtencommissie waarbij het verband is aangesloten; geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."))

    B.append(("h1", "10 Organisatie, personeel en medezeggenschap"))
    B.append(("h2", "10.1 Bestuur en toezicht"))
    B.append(("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; de raad van toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, onder wie de voorzitter. De algemene vergadering van aangesloten besturen stelt het ondersteuningsplan en de begroting vast op voorstel van de directeur-bestuurder. De verdeling van taken is vastgelegd in de statuten en het bestuursreglement."))
    B.append(("h2", "10.2 Bureau en personeel"))
    B.append(("p", "Het bureau in Gieten telt 11,4 fte: de directeur-bestuurder, een beleidsmedewerker, een controller (0,6 fte), een secretariaat, vier consulenten passend onderwijs, twee orthopedagogen en een gedragsspecialist. De consulenten zijn elk aan een vast aantal scholen gekoppeld, zodat intern begeleiders een vast gezicht hebben. Door de grote afstanden werken de consulenten veel op locatie en deels vanuit huis; reistijd is een structurele factor in de formatie. Wij investeren in de deskundigheid van de medewerkers met een jaarlijks scholingsplan en intervisie."))
    B.append(("h2", "10.3 Ondersteuningsplanraad"))
    B.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en wordt daarnaast betrokken bij het jaarplan en de begroting. De OPR vergadert vijf keer per jaar en heeft een eigen budget voor scholing. Wij zien de ouders in de OPR als belangrijke ogen en oren in de dorpen."))
    B.append(("h2", "10.4 ICT en privacy"))
    B.append(("p", "Aanvragen voor arrangementen en TLV's lopen via een beveiligd digitaal loket. Alleen medewerkers die betrokken zijn bij een aanvraag hebben toegang tot het dossier. Gegevens worden niet langer bewaard dan drie jaar na het laatste besluit. Het verband heeft een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden in Drenthe."))

    B.append(("h1", "11 Geld en middelen"))
    B.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Van het budget voor zware ondersteuning gaat een deel rechtstreeks via DUO naar de so-scholen voor de leerlingen met een TLV; daarnaast dragen wij bij aan de bekostiging van het sbo boven de landelijke twee procent. Wat overblijft, zetten wij in volgens het verdeelmodel dat hieronder staat."))
    B.append(("h2", "11.1 Zo verdelen wij het geld"))
    B.append(("p", "Het algemeen bestuur heeft bij de vaststelling van dit plan het volgende verdeelmodel vastgesteld. Elk schoolbestuur ontvangt een schoolbudget van € 142 per leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het voorafgaande jaar. Scholen met minder dan 75 leerlingen krijgen daarnaast een vaste voet van € 6.500 per school, omdat de kosten van een intern begeleider en een ondersteuningsteam niet lineair met het leerlingaantal dalen. Het schoolbudget is bedoeld voor de basisondersteuning boven het niveau van de lumpsum en voor lichte arrangementen die de school zelf organiseert. Arrangementen van trede 3 en 4 worden per aanvraag toegekend uit het centrale arrangementenbudget, op basis van de criteria in hoofdstuk 5. Wijzigingen in het verdeelmodel worden vóór 1 maart voorafgaand aan het schooljaar besloten, zodat besturen kunnen plannen."))
    B.append(("p", "Besturen verantwoorden jaarlijks vóór 1 juli hoe zij het schoolbudget hebben besteed, aan de hand van een vast format met aantallen leerlingen, ingezette formatie en activiteiten per school. Het bureau bespreekt de verantwoording met ieder bestuur."))
    B.append(("h2", "11.2 Meerjarenbegroting"))
    B.append(("table", [
        ["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
        ["Baten: rijksbijdrage lichte en zware ondersteuning", "8.940", "8.810", "8.660", "8.520"],
        ["Af: afdracht so via DUO", "-2.915", "-2.890", "-2.860", "-2.840"],
        ["Af: afdracht groei sbo", "-210", "-205", "-200", "-195"],
        ["Beschikbaar", "5.815", "5.715", "5.600", "5.485"],
        ["Schoolbudgetten besturen (incl. vaste voet)", "1.353", "1.318", "1.290", "1.262"],
        ["Arrangementen trede 3", "1.450", "1.430", "1.410", "1.390"],
        ["Hunzeklas en plusklassen", "610", "610", "600", "600"],
        ["Aanvullende bekostiging sbo De Wegwijzer", "1.320", "1.300", "1.280", "1.260"],
        ["Bureau, consulenten en orthopedagogen", "1.165", "1.180", "1.195", "1.210"],
        ["Onderwijs-zorgarrangementen (onderwijsdeel)", "120", "120", "120", "120"],
        ["Resultaat", "-203", "-243", "-295", "-357"],
    ]))
    B.append(("p", "De begroting sluit in alle jaren met een tekort. Dit is bewust: de algemene reserve bedroeg op 31 december 2024 € 2,1 miljoen, ruim boven de signaleringswaarde van de inspectie. Met deze tekorten bouwen we de reserve in vier jaar af tot een weerstandsvermogen van ongeveer 5 procent van de baten, wat wij voor een verband van onze omvang voldoende vinden gelet op de risico's (vooral een stijging van het aantal so-leerlingen)."))

    B.append(("h1", "12 Kwaliteit, resultaten en planning"))
    B.append(("p", "Wij willen een lerende organisatie zijn. Dat betekent dat we regelmatig stilstaan bij wat we doen en waarom. In de vorige planperiode hebben we vooral gebouwd aan de organisatie: het digitale loket, de consulenten per school en de Hunzeklas. Een kwaliteitskader met beoogde resultaten per ambitie, en een vaste manier om die te volgen en te bespreken, stellen wij in het eerste jaar van deze planperiode op, samen met de OPR en de besturen."))
    B.append(("h2", "12.1 Planning"))
    B.append(("table", [
        ["Schooljaar", "Belangrijkste activiteiten"],
        ["2025-2026", "Kwaliteitskader opstellen; terugplaatsingsbeleid uitwerken; basisgesprekken ronde 1"],
        ["2026-2027", "Aanpak thuiszitters met gemeenten; evaluatie verdeelmodel; basisgesprekken ronde 2"],
        ["2027-2028", "Evaluatie Hunzeklas; herijking standaarden basisondersteuning"],
        ["2028-2029", "Evaluatie planperiode; voorbereiding nieuw ondersteuningsplan"],
    ]))
    B.append(("h2", "12.2 Professionalisering"))
    B.append(("p", "Wij organiseren jaarlijks een studiedag voor intern begeleiders en een netwerk voor leerkrachten van combinatiegroepen. Kennis uit het sbo en so wordt gedeeld via preventieve ambulante begeleiding en via de netwerken. Daarnaast werken we samen met de pabo in Groningen om studenten kennis te laten maken met het speciaal onderwijs en met kleine dorpsscholen."))

    B.append(("h1", "Bijlage: Begrippenlijst en afkortingen"))
    B.append(("table", [
        ["Begrip", "Betekenis"],
        ["Arrangement", "Afspraak over extra ondersteuning voor een kind of groep, met doel, duur en middelen"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden"],
        ["CvT", "Commissie van Toelaatbaarheid"],
        ["Dekkend aanbod", "Een aanbod waarin voor ieder kind een passende plek is"],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Resultaten", "Wat het samenwerkingsverband met zijn beleid bereikt"],
        ["Terugplaatsing", "Overgang van een kind van sbo of so naar het basisonderwijs"],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat"],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so"],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken"],
    ]))
    return N, B


LABEL_P1 = {
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                 "ouders": "present"},
    "criteria": crit(["terugstroom.beleid", "dekkend-aanbod.lacunes",
                      "resultaten.doelen", "resultaten.monitoring"]),
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H4 defines the verband-wide minimum for all 47 schools and lists nine concrete standards; basisgesprek with kwaliteitskaart = borging.",
        "plaatsing": "H6 gives five numbered steps, CvT, 6-week term, two deskundigen, sbo/so criteria (6.2), duration/category (6.3) and LBT bezwaar (6.4).",
        "terugstroom": "Only in 6.5 'Afloop van de TLV' inside the TLV chapter: procedure with January review, proposal before 1 March, CvT decision before 1 May; the policy (conditions, support after return) is deferred to 2025-2026.",
        "financien": "H11 'Geld en middelen': verdeelmodel (EUR 142 per leerling, vaste voet EUR 6.500 small schools, arrangements per aanvraag), meerjarenbegroting table 2025-2028, reserve drawdown, verantwoording before 1 July.",
        "dekkend-aanbod": "H5 five-trede table is the continuum; H7 thuiszitters only defers an approach ('stellen we in de komende planperiode op'), no gap analysis; H8 OOGO/OZA = ketenpartners.",
        "resultaten": "H12 title says 'resultaten' but the text only defers the kwaliteitskader with beoogde resultaten to the first plan year; no goals, no monitoring, no figures on results.",
        "ouders": "Inside H9 'Communicatie': ouderpagina, folder in four languages, schoolgids, annual info evenings; Ouder- en Jeugdsteunpunt Hunzedal, Onderwijsconsulenten, klachten/geschillen. OPR (4 parents) in 10.3.",
    },
}


# =========================================================================== P2
# VO, Noordoost-Twente. basis partial (level defined, content only in absent bijlage 2),
# plaatsing present (vso, lwoo, pro), terugstroom present (inside the vso paragraph),
# financien partial (verdeelmodel yes, meerjarenbegroting deferred), dekkend-aanbod present,
# resultaten present, ouders missing (only passing mentions).

def plan_p2():
    N = "Samenwerkingsverband VO Dinkel & Vecht"
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2029",
        N + " (VO 23.98)",
        "Regio Noordoost-Twente: Dinkelland, Losser, Oldenzaal, Tubbergen",
        "Versie ter vaststelling, algemeen bestuur 9 april 2025",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Noordoost-Twente is een regio van dorpen, essen en korte lijnen. Iedereen kent iedereen, en dat geldt ook voor de scholen. Die korte lijnen zijn onze kracht. Tegelijk staan we voor forse opgaven. Het aantal leerlingen in het voortgezet onderwijs daalt tot 2032 met naar verwachting vijftien procent. Kleine vestigingen in Ootmarsum en Denekamp staan onder druk, en steeds meer leerlingen reizen dagelijks naar Oldenzaal of Hengelo. Voor jongeren die extra ondersteuning nodig hebben, wordt de reis daardoor soms langer dan goed voor hen is."))
    B.append(("p", "In dit ondersteuningsplan leggen we vast hoe de vijf schoolbesturen in ons samenwerkingsverband de komende vier jaar samen zorgen voor een passende plek voor iedere jongere. Het plan bouwt voort op het vorige plan en op de evaluatie die we in 2024 met scholen, gemeenten en ketenpartners hebben gehouden. Het plan is besproken in het directeurenoverleg, in het OOGO met de vier gemeenten en met het samenwerkingsverband PO in onze regio, en heeft de instemming van de ondersteuningsplanraad gekregen op 25 maart 2025."))
    B.append(("p", "Wij danken alle betrokkenen voor hun inzet en kritische blik. Samen maken we passend onderwijs in Noordoost-Twente waar."))

    B.append(("h1", "1 Algemeen en uitgangspunten"))
    B.append(("h2", "1.1 Wettelijk kader"))
    B.append(("p", "Het samenwerkingsverband is ingesteld op grond van de Wet op het voortgezet onderwijs (tegenwoordig artikel 2.47 en verder van de WVO 2020). Het verband heeft tot taak een samenhangend geheel van ondersteuningsvoorzieningen te realiseren binnen en tussen de scholen, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen. Het verband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. Het ondersteuningsplan geldt van 1 augustus 2025 tot en met 31 juli 2029."))
    B.append(("h2", "1.2 Missie en visie"))
    B.append(("p", "Iedere jongere in Noordoost-Twente heeft recht op onderwijs dat past bij wat hij of zij kan en nodig heeft, in een omgeving waar hij of zij zich veilig voelt. Wij willen dat jongeren zo veel mogelijk naar een school in de eigen regio kunnen gaan, samen met leeftijdsgenoten uit hun dorp. Het samenwerkingsverband faciliteert, de scholen voeren uit. De scholen zijn eigenaar van de ondersteuning; het verband zorgt voor heldere afspraken, een eerlijke verdeling van de middelen en expertise waar scholen die zelf niet hebben."))
    B.append(("p", "Onze visie vertalen we in vier uitgangspunten: (1) zo regulier als mogelijk, zo speciaal als nodig; (2) ondersteuning dicht bij de jongere, ook als de school ver weg is; (3) één jongere, één plan, samen met de jeugdhulp; (4) geen jongere zit thuis zonder passend aanbod. Deze uitgangspunten komen in alle hoofdstukken terug, voor alle jongeren in de regio en hun ouders."))

    B.append(("h1", "2 De regio in beeld"))
    B.append(("p", "Het samenwerkingsverband omvat vijf schoolbesturen met samen negen vestigingen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs en één vso-locatie. In 2024 telde het verband 6.480 leerlingen. De prognose voor 2029 is 5.790 leerlingen. De grootste daling doet zich voor in de gemeenten Tubbergen en Dinkelland."))
    B.append(("table", [
        ["Vestiging", "Plaats", "Onderwijstype", "Leerlingen 1-10-2024"],
        ["Dinkelcollege", "Denekamp", "vmbo, havo onderbouw", "742"],
        ["Dinkelcollege", "Ootmarsum", "vmbo-b/k, lwoo", "388"],
        ["Scholengemeenschap Noorderveld", "Tubbergen", "vmbo, havo, vwo", "1.315"],
        ["Het Kanaalcollege", "Losser", "vmbo, mavo", "610"],
        ["Lyceum Oldenzaal", "Oldenzaal", "havo, vwo", "1.402"],
        ["Twickel Vakcollege", "Oldenzaal", "vmbo, lwoo", "1.204"],
        ["Praktijkschool De Boerderij", "Oldenzaal", "praktijkonderwijs", "211"],
        ["Vso De Zonnehof, locatie Oldenzaal", "Oldenzaal", "vso cluster 4", "143"],
        ["Overige vestigingen (3)", "diverse", "vmbo, mavo", "465"],
    ]))
    B.append(("p", "Veel leerlingen komen van kleine basisscholen in de dorpen en reizen per fiets of bus twintig kilometer of meer. Het openbaar vervoer is beperkt; in de kleine kernen rijdt de bus twee keer per uur of minder. Het leerlingenvervoer voor leerlingen van het vso is een gemeentelijke taak en wordt uitgevoerd door een regionale vervoerder. Ouders kiezen steeds vaker voor een school in Oldenzaal of Hengelo, wat de kleine vestigingen verder onder druk zet. Een deel van de leerlingen volgt onderwijs over de grens, in Duitsland; dat aantal is klein maar neemt toe."))

    B.append(("h1", "3 Het ondersteuningsaanbod"))
    B.append(("p", "Ons ondersteuningsaanbod is opgebouwd in drie niveaus. Niveau 1 is de basis- en extra ondersteuning binnen de school. Niveau 2 bestaat uit de bovenschoolse arrangementen. Niveau 3 is de zware ondersteuning in het voortgezet speciaal onderwijs. Tussen de niveaus bestaan geen harde grenzen: een jongere kan tijdelijk gebruikmaken van een voorziening op niveau 2 en blijft dan ingeschreven op de eigen school. Het lwoo en het praktijkonderwijs beschrijven we apart in hoofdstuk 4."))
    B.append(("h2", "3.1 Basis- en extra ondersteuning, niveau 1"))
    B.append(("p", "Basisondersteuning is in ons verband het afgesproken minimumniveau van ondersteuning dat iedere vestiging van ieder aangesloten bestuur biedt aan iedere leerling, zonder tussenkomst van het samenwerkingsverband. Het niveau is voor alle negen reguliere vestigingen gelijk en is door het algemeen bestuur vastgesteld; een vestiging mag meer bieden, maar niet minder. De standaarden en hun concrete uitwerking per vestiging zijn opgenomen in het Referentiekader Basisondersteuning Noordoost-Twente (bijlage 2)."))
    B.append(("p", "Boven de basisondersteuning kan een school extra ondersteuning bieden binnen de eigen vestiging, bijvoorbeeld een trajectvoorziening of een ondersteuningsklas. Hiervoor ontvangt de school middelen via het verdeelmodel (hoofdstuk 10)."))
    B.append(("h2", "3.2 Arrangementen bovenschools, niveau 2"))
    B.append(("p", "Voor jongeren die tijdelijk meer nodig hebben dan hun school kan bieden, kent ons verband drie bovenschoolse voorzieningen:"))
    B.append(("ul", [
        "OPDC De Tussenstap in Oldenzaal: een orthopedagogisch-didactisch centrum voor leerlingen uit vmbo en mavo die tijdelijk in een kleine groep moeten werken aan leerachterstanden en gedrag; maximaal 24 plaatsen; plaatsing voor maximaal twee jaar, met terugkeer naar de eigen school als doel.",
        "Rebound Noordoost: een kortdurende voorziening (maximaal 12 weken) voor leerlingen bij wie de schoolgang vastloopt door gedrag; de leerling blijft ingeschreven op de eigen school.",
        "Flexklas: een ambulant arrangement waarbij een begeleider van het verband op de eigen school een leerling begeleidt, bedoeld voor leerlingen met angst- of stemmingsproblematiek en voor leerlingen die na een periode van thuiszitten weer naar school gaan.",
    ]))
    B.append(("p", "Een school vraagt een bovenschools arrangement aan bij het Loket van het verband, met het groeidocument en het verslag van het ondersteuningsteam. De Commissie Toewijzing besluit binnen drie weken. Daarnaast kunnen jongeren met een onderwijs-zorgvraag een onderwijs-zorgarrangement krijgen waarin school en jeugdhulp samen optrekken; de afspraken daarover staan in hoofdstuk 11."))
    B.append(("h2", "3.3 Zware ondersteuning: voortgezet speciaal onderwijs, niveau 3"))
    B.append(("p", "Voor jongeren die blijvend een specialistische omgeving nodig hebben, is er het voortgezet speciaal onderwijs. In onze regio is dat vso De Zonnehof (cluster 4) met een locatie in Oldenzaal; voor cluster 3 zijn de jongeren aangewezen op vso-scholen in Hengelo en Enschede. Voor toelating tot het vso is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."))
    B.append(("p", "Aanvraag. Een TLV wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld. De school dient de aanvraag in bij het Loket, met het OPP, het groeidocument, een verslag van het laatste multidisciplinair overleg en de relevante onderzoeksgegevens. Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is."))
    B.append(("p", "Deskundigen. Over iedere aanvraag adviseren twee deskundigen afzonderlijk en schriftelijk: een orthopedagoog-generalist of GZ-psycholoog, en een tweede deskundige (afhankelijk van de problematiek een kinder- en jeugdpsychiater, een jeugdarts of een maatschappelijk werker). De deskundigen zijn niet betrokken geweest bij de begeleiding van de leerling of bij de aanvraag."))
    B.append(("p", "Besluit. De Commissie Toewijzing besluit namens de directeur-bestuurder binnen zes weken na ontvangst van de complete aanvraag. Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren, of tot het einde van het schooljaar waarin de leerling 18 wordt als een kortere duur niet zinvol is. De commissie stelt ook de bekostigingscategorie vast (laag, midden of hoog)."))
    B.append(("p", "Criteria. Een leerling is toelaatbaar tot het vso als: (1) de ondersteuningsbehoefte blijkt uit een OPP met ten minste twee evaluaties in het regulier onderwijs of op niveau 2; (2) de school en het verband aantoonbaar de mogelijkheden van niveau 1 en 2 hebben benut of gemotiveerd kunnen aangeven waarom deze niet passend zijn; (3) de leerling langdurig een onderwijsomgeving nodig heeft met een kleine groep, intensieve begeleiding en therapeutische of medische ondersteuning die binnen het regulier onderwijs niet te organiseren is; en (4) beide deskundigen dit onderschrijven. Voor cluster 3 geldt daarnaast dat er sprake is van een verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die de onderwijsdeelname in belangrijke mate beperkt."))
    B.append(("p", "Perspectief en einde TLV. Het vso is voor de meeste jongeren geen eindstation. Ons beleid is dat iedere jongere in het vso een reëel perspectief op terugkeer naar het regulier voortgezet onderwijs of op doorstroom naar mbo of werk heeft, en dat terugkeer wordt voorbereid zodra het OPP daartoe aanleiding geeft. Terugkeer kan als de leerling in het vso ten minste een half jaar stabiel functioneert, de leerachterstand binnen een bereikbare marge ligt en er een ontvangende school is die de ondersteuning kan bieden. Na terugkeer krijgt de ontvangende school een terugkeerarrangement voor één schooljaar, waarin een begeleider van De Zonnehof de leerling en de mentor ondersteunt; het verband betaalt dit arrangement."))
    B.append(("p", "De procedure is als volgt. De vso-school evalueert het OPP twee keer per jaar. In het laatste jaar van de TLV organiseert de vso-school uiterlijk in november een perspectiefgesprek met de leerling, de consulent van het verband en een vertegenwoordiger van de beoogde reguliere school. De vso-school doet uiterlijk 1 februari een voorstel aan de Commissie Toewijzing: terugplaatsing, overplaatsing of verlenging. Bij verlenging volgt een nieuwe TLV-aanvraag volgens de gewone procedure. Bij terugplaatsing besluit de commissie uiterlijk 1 april, zodat de aanmelding bij de reguliere school vóór de zomer rond is. Terugplaatsing kan ook tussentijds, na een proefplaatsing van zes weken. In 2023-2024 zijn negen leerlingen vanuit het vso teruggekeerd naar het regulier voortgezet onderwijs."))

    B.append(("h1", "4 Leerwegondersteunend onderwijs en praktijkonderwijs"))
    B.append(("h2", "4.1 Lwoo"))
    B.append(("p", "Ons verband hanteert de landelijke criteria voor leerwegondersteunend onderwijs; wij hebben niet gekozen voor eigen criteria (opting out). Een leerling komt in aanmerking voor lwoo als: het IQ tussen 75 en 90 ligt en de leerachterstand op ten minste twee van de vier domeinen (technisch lezen, begrijpend lezen, spellen, inzichtelijk rekenen), waarvan één begrijpend lezen of inzichtelijk rekenen, tussen 25 en 50 procent ligt; of het IQ tussen 91 en 120 ligt, met een leerachterstand zoals hiervoor én sociaal-emotionele problematiek die het leren belemmert."))
    B.append(("p", "De vo-school waar de leerling is aangemeld, vraagt de aanwijzing lwoo aan bij het Loket, uiterlijk 1 maart van het jaar van de overstap, met het onderwijskundig rapport van de basisschool en de testgegevens. Het Loket toetst de aanvraag aan de criteria; bij twijfel adviseert een orthopedagoog van het verband. Het verband besluit binnen vier weken. De aanwijzing geldt voor de gehele duur van de vmbo-opleiding. De lwoo-middelen worden via het verdeelmodel aan de scholen toegekend (hoofdstuk 10)."))
    B.append(("h2", "4.2 Praktijkonderwijs"))
    B.append(("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van 50 procent of meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De praktijkschool vraagt de toelaatbaarheidsverklaring pro aan bij het Loket; de procedure en termijnen zijn gelijk aan die voor lwoo. Een TLV voor het praktijkonderwijs wordt afgegeven voor de gehele schoolloopbaan op de praktijkschool."))

    B.append(("h1", "5 Zorgplicht en dekkend netwerk"))
    B.append(("p", "Alle besturen hebben zorgplicht: als een leerling met een ondersteuningsbehoefte wordt aangemeld, moet de school een passende plek bieden of, in overleg, een andere school vinden die dat wel kan. Binnen ons verband hebben we afgesproken dat de school van aanmelding de regie houdt totdat de leerling daadwerkelijk op een andere school is ingeschreven, en dat een school die geen plek kan bieden binnen twee weken het Loket inschakelt."))
    B.append(("p", "Wij brengen jaarlijks in kaart waar het aanbod in onze regio tekortschiet. De bronnen zijn de aanvragen bij het Loket, de meldingen van leerplicht, de thuiszitterstafel en de gesprekken met scholen. In 2024 constateerden wij drie hiaten: (a) er is geen passend aanbod voor hoogbegaafde leerlingen met faalangst of autisme in havo en vwo; (b) de wachttijd voor het OPDC liep op tot acht weken; (c) jongeren met een combinatie van psychiatrische problematiek en een lange reistijd vallen tussen wal en schip. Voor elk hiaat hebben we een actie met einddatum: een havo/vwo-voorziening 'Plus' op het Lyceum Oldenzaal per 1 augustus 2026, uitbreiding van het OPDC met acht plaatsen per 1 januari 2026, en een onderwijs-zorgroute met de jeugdhulp per 1 augustus 2025."))
    B.append(("h2", "5.1 Thuiszitters"))
    B.append(("p", "Iedere jongere die langer dan vier weken niet of nauwelijks naar school gaat, wordt binnen een week na melding besproken aan de thuiszitterstafel. Aan tafel zitten de leerplichtambtenaar, de consulent van het verband, de school en zo nodig de jeugdhulp. De tafel spreekt een plan af met een eerste stap binnen twee weken. Als partijen het niet eens worden, beslist de directeur-bestuurder over de inzet van middelen van het verband (doorzettingsmacht)."))
    B.append(("table", [
        ["Peildatum", "Thuiszitters > 4 weken", "Vrijstellingen 5a", "Leerlingen zonder passend aanbod"],
        ["1 oktober 2022", "14", "6", "3"],
        ["1 oktober 2023", "11", "7", "2"],
        ["1 oktober 2024", "9", "5", "2"],
    ]))

    B.append(("h1", "6 Doorlopende leer- en ondersteuningslijnen"))
    B.append(("p", "De overstap van de basisschool naar het voortgezet onderwijs is voor veel jongeren een grote stap, zeker als ze van een kleine dorpsschool naar een grote school in Oldenzaal gaan. Samen met het samenwerkingsverband PO hebben we een overstapkalender afgesproken. Basisscholen melden leerlingen met een ondersteuningsbehoefte vóór 1 februari aan bij het Loket voor een overstapgesprek. Voor leerlingen van het sbo en so is er een warme overdracht met een startgesprek in de laatste schoolweek."))
    B.append(("p", "Ook de overstap naar het mbo verdient aandacht. Met de regionale mbo-instellingen en de gemeenten hebben we afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsbehoefte en over jongeren uit het praktijkonderwijs en het vso die naar werk of dagbesteding gaan. Een jobcoach van de praktijkschool volgt oud-leerlingen nog een jaar."))

    B.append(("h1", "7 Kwaliteitszorg"))
    B.append(("p", "Wij werken volgens een vaste kwaliteitscyclus. Het ondersteuningsplan wordt per jaar uitgewerkt in een jaarplan. Voor het einde van ieder schooljaar evalueren wij het jaarplan, en in het jaarverslag leggen wij verantwoording af aan bestuur, raad van toezicht, OPR en gemeenten. Daarnaast houden wij twee keer per jaar een kwaliteitsgesprek met iedere vestiging over de ondersteuning, de arrangementen en de resultaten."))
    B.append(("h2", "7.1 Beoogde resultaten 2025-2029"))
    B.append(("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten voor leerlingen met een ondersteuningsbehoefte vastgesteld. De stand 2024 is de bereikte waarde aan het einde van de vorige planperiode."))
    B.append(("table", [
        ["Indicator", "Stand 2024", "Streefwaarde 2029"],
        ["Deelnamepercentage vso (1 oktober)", "3,4%", "ten hoogste 3,0%"],
        ["Thuiszitters langer dan 4 weken (1 oktober)", "9", "ten hoogste 4"],
        ["Leerlingen na OPDC terug op eigen of andere reguliere school", "71%", "ten minste 80%"],
        ["Terugplaatsingen vso naar regulier vo per jaar", "9", "ten minste 12"],
        ["Doorlooptijd TLV-aanvraag (mediaan)", "31 werkdagen", "ten hoogste 25 werkdagen"],
        ["Leerlingen met arrangement dat diploma of certificaat haalt", "78%", "ten minste 85%"],
    ]))
    B.append(("h2", "7.2 Meten en rapporteren"))
    B.append(("p", "De indicatoren worden per kwartaal bijgehouden in het dashboard van het verband, op basis van de registratie van het Loket, de DUO-telling per 1 oktober en de verzuimgegevens van leerplicht. De directeur-bestuurder rapporteert twee keer per jaar (maart en oktober) aan het algemeen bestuur en de raad van toezicht over de stand van zaken. In het jaarverslag staan per indicator de bereikte waarde, een verklaring van afwijkingen en de kosten van de bijbehorende voorzieningen. Eens per twee jaar laten wij een tevredenheidsonderzoek onder scholen en ketenpartners uitvoeren; de uitkomsten worden in het jaarverslag opgenomen. Als een streefwaarde twee jaar op rij niet wordt gehaald, stelt het bestuur een verbeterplan op."))

    B.append(("h1", "8 Medezeggenschap"))
    B.append(("p", "Het verband kent een ondersteuningsplanraad, die instemmingsrecht heeft op dit plan. De OPR heeft op 25 maart 2025 ingestemd. Het reglement van de OPR en de samenstelling zijn te vinden op de website. De medezeggenschapsraad van het samenwerkingsverband, voor het eigen personeel, heeft adviesrecht op de organisatie van het bureau."))

    B.append(("h1", "9 Organisatie en bestuur"))
    B.append(("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. De aangesloten schoolbesturen vormen samen de algemene vergadering, die het ondersteuningsplan, de begroting en het jaarverslag goedkeurt. Het bureau bestaat uit 9,2 fte: de directeur-bestuurder, een secretaris, een controller, het Loket (twee medewerkers), drie consulenten en een orthopedagoog. De begeleiders van de Flexklas en het personeel van het OPDC zijn in dienst van de besturen en worden door het verband gedetacheerd of gefinancierd."))
    B.append(("p", "Het bureau is gevestigd in Oldenzaal. Vanwege de afstanden houden de consulenten wekelijks spreekuur op de vestigingen in Denekamp, Ootmarsum, Tubbergen en Losser. Wij streven naar een vast aanspreekpunt per vestiging. Professionalisering van de medewerkers vindt plaats via een scholingsplan; de consulenten volgen gezamenlijk een leergang over de samenwerking met jeugdhulp."))
    B.append(("h2", "9.1 Privacy en ICT"))
    B.append(("p", "Het Loket werkt met een beveiligd digitaal dossier. Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover nodig voor de toewijzing van ondersteuning en worden na drie jaar vernietigd. De scholen en het verband hebben een gezamenlijk privacyreglement."))

    B.append(("h1", "10 Financieel beleid"))
    B.append(("p", "Het verband ontvangt van het Rijk middelen voor lichte ondersteuning (inclusief lwoo en praktijkonderwijs) en voor zware ondersteuning. De bekostiging van het vso wordt door DUO rechtstreeks op de middelen voor zware ondersteuning ingehouden. De middelen voor lwoo en praktijkonderwijs maken sinds 2016 deel uit van het budget van het verband."))
    B.append(("h2", "10.1 Verdeelmodel"))
    B.append(("p", "Het algemeen bestuur heeft het volgende verdeelmodel vastgesteld, dat geldt voor de hele planperiode:"))
    B.append(("ul", [
        "Iedere vestiging ontvangt een basisbedrag voor extra ondersteuning van € 118 per leerling, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar.",
        "Vestigingen met minder dan 500 leerlingen ontvangen daarnaast een vaste voet van € 25.000, zodat ook kleine vestigingen hun ondersteuning kunnen organiseren.",
        "Het lwoo-budget wordt verdeeld naar rato van het aantal leerlingen met een lwoo-aanwijzing op 1 oktober, tegen het landelijke bedrag per lwoo-leerling minus 5 procent voor de regionale voorzieningen.",
        "De praktijkschool ontvangt het landelijke bedrag per pro-leerling.",
        "OPDC, Rebound, Flexklas en terugkeerarrangementen worden centraal bekostigd en niet over de scholen verdeeld.",
    ]))
    B.append(("p", "Een wijziging van het verdeelmodel wordt uiterlijk 1 maart voorafgaand aan het schooljaar besloten. Scholen leggen in hun jaarverslag verantwoording af over de inzet van de middelen."))
    B.append(("h2", "10.2 Meerjarenbegroting"))
    B.append(("p", "De meerjarenbegroting 2025-2029 wordt na verwerking van de septembercirculaire door het algemeen bestuur vastgesteld en daarna als addendum aan dit plan toegevoegd. De bedragen per voorziening volgen daarin."))

    B.append(("h1", "11 Aansluiting gemeenten"))
    B.append(("p", "Met de gemeenten Dinkelland, Losser, Oldenzaal en Tubbergen voeren wij jaarlijks OOGO. Het OOGO over dit plan vond plaats op 11 maart 2025. Gezamenlijke thema's zijn: thuiszitters, onderwijs-zorgarrangementen, jeugdhulp op school, leerlingenvervoer en de aansluiting op de arbeidsmarkt. Met de gemeenten hebben wij afgesproken dat de jeugdconsulenten van de gemeenten vaste contactmomenten hebben met de vestigingen en met de consulenten van het verband. Voor onderwijs-zorgarrangementen geldt een gezamenlijke regeling: het verband betaalt het onderwijsdeel, de gemeente het zorgdeel, en één regisseur houdt de lijnen bij elkaar."))

    B.append(("h1", "Bijlagen"))
    B.append(("p", "Bijlage 1 Afkortingenlijst. Bijlage 2 Referentiekader Basisondersteuning Noordoost-Twente (separaat). Bijlage 3 Verslag OOGO (separaat)."))
    B.append(("h2", "Bijlage 1 Afkortingenlijst"))
    B.append(("table", [
        ["Afkorting", "Betekenis"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectief(plan)"],
        ["OPR", "Ondersteuningsplanraad, met ouders, leerlingen en personeel"],
        ["OZA", "Onderwijs-zorgarrangement"],
        ["Pro", "Praktijkonderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"],
    ]))
    return N, B


LABEL_P2 = {
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                 "ouders": "missing"},
    "criteria": crit(["basisondersteuning.inhoud", "financien.besteding",
                      "ouders.informatie", "ouders.steunpunt"]),
    "advisory_addressed": {
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    "notes": {
        "basisondersteuning": "3.1 defines the verband-wide minimum for all vestigingen, but the standards themselves are only in the absent bijlage 2 (Referentiekader) and the schoolgidsen.",
        "plaatsing": "3.3 (vso: Loket, deskundigen, Commissie Toewijzing, 6 weeks, duration, category, four criteria) and H4 (lwoo/pro national criteria and procedure); no bezwaar route.",
        "terugstroom": "Hidden in 3.3 under 'Perspectief en einde TLV': policy (aim, conditions, one-year terugkeerarrangement) and procedure (November gesprek, proposal by 1 Feb, decision by 1 April, proefplaatsing); 9 returns in 2023-2024.",
        "financien": "10.1 verdeelmodel with amounts and criteria; 10.2 meerjarenbegroting deferred to an addendum after the septembercirculaire, no spending amounts anywhere.",
        "dekkend-aanbod": "H3 three-level continuum with OPDC/Rebound/Flexklas; H5 zorgplicht agreements, yearly gap analysis with three hiaten and dated actions, thuiszitterstafel; H11 OOGO/OZA.",
        "resultaten": "H7: beoogde resultaten table with 2024 values and streefwaarden 2029; 7.2 dashboard per kwartaal, twice-yearly reports, jaarverslag with costs, verbeterplan.",
        "ouders": "No chapter or paragraph on informing parents or independent support; 'ouders' only in passing (visie, regio), OPR composition only referred to website and in the abbreviation list; OJSP only in the abbreviation list.",
    },
}


# =========================================================================== P3
# PO, Zuid-Limburg. basis present, plaatsing partial (procedure yes, criteria deferred),
# terugstroom missing (only traps), financien present (verdeling in a table), dekkend-aanbod
# present, resultaten partial (goals, no monitoring), ouders partial (information only, in a
# table; independent support deferred).

def plan_p3():
    N = "Samenwerkingsverband PO Geul en Gulp"
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2029",
        N + " (PO 31.99)",
        "Passend onderwijs in het Heuvelland: Eijsden-Margraten, Gulpen-Wittem, Vaals, Valkenburg aan de Geul",
        "Vastgesteld door het bestuur op 10 april 2025",
    ]))
    B.append(("toc",))
    B.append(("h1", "Woord vooraf"))
    B.append(("p", "Het Heuvelland is een prachtige regio om op te groeien. Tegelijk is het een regio die krimpt. Sinds 2010 is het aantal kinderen in de basisschoolleeftijd in onze vier gemeenten met bijna een kwart gedaald. Dorpsscholen in Noorbeek, Epen en Mheer zijn gesloten of samengegaan, en op veel scholen zitten groep 3, 4 en 5 samen in één lokaal. Ouders rijden hun kinderen naar een school in een ander dorp, en een kind dat naar het speciaal onderwijs gaat, zit soms een uur per dag in de taxi naar Heerlen of Maastricht."))
    B.append(("p", "Dit ondersteuningsplan gaat over de vraag hoe wij in die situatie goed onderwijs blijven bieden aan kinderen die extra ondersteuning nodig hebben. Het plan is tot stand gekomen in gesprekken met directeuren, intern begeleiders, de besturen, de gemeenten en de ondersteuningsplanraad, die op 27 maart 2025 heeft ingestemd. Wij zijn dankbaar voor de betrokkenheid van al deze partijen."))
    B.append(("p", "Wij kijken met vertrouwen naar de komende jaren. De scholen in het Heuvelland weten elkaar goed te vinden, en de korte lijnen met de gemeenten en de jeugdhulp zijn een groot goed. Dat willen we vasthouden."))

    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Dit plan beschrijft het beleid van het samenwerkingsverband voor de schooljaren 2025-2026 tot en met 2028-2029. Volgens de wet beschrijft een ondersteuningsplan onder meer de basisondersteuning, de verdeling en besteding van de ondersteuningsmiddelen, de procedure en criteria voor toelaatbaarheid, de terugplaatsing en overplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders. Het plan is tegelijk een werkdocument: jaarlijks stellen wij een jaarplan op waarin de acties uit dit plan worden uitgewerkt."))
    B.append(("h2", "1.1 Terugblik op de vorige planperiode"))
    B.append(("p", "De vorige planperiode stond in het teken van verandering. In 2021 zijn de twee kleinere samenwerkingsverbanden in het Heuvelland en het Geuldal samengegaan tot het huidige verband. Het bureau is verhuisd naar Gulpen, de werkwijze van het ondersteuningsloket is geharmoniseerd en alle scholen werken sinds 2023 met hetzelfde groeidocument. Ook de coronaperiode heeft haar sporen nagelaten: de aandacht ging vaak naar het overeind houden van het onderwijs. Wat in de terugblik opvalt, is dat de scholen veel waarde hechten aan de consulenten van het verband en aan de Heuvellandklas, en dat zij meer duidelijkheid vragen over de weg naar het speciaal onderwijs."))

    B.append(("h1", "2 Onze regio en onze scholen"))
    B.append(("p", "Het verband telt vier schoolbesturen, 31 basisscholen, één school voor speciaal basisonderwijs (sbo De Sprong in Valkenburg) en één so-school met een nevenvestiging (so Op de Berg, cluster 3 en 4, in Heerlen met een dislocatie in Gulpen). Het aantal leerlingen daalt nog steeds, zij het minder snel dan in het vorige decennium."))
    B.append(("table", [
        ["1 oktober", "2016", "2020", "2024", "prognose 2029"],
        ["Leerlingen basisonderwijs", "5.620", "5.010", "4.655", "4.380"],
        ["Leerlingen sbo", "118", "104", "97", "90"],
        ["Leerlingen so (uit onze regio)", "84", "88", "96", "95"],
        ["Basisscholen", "39", "35", "31", "29"],
    ]))
    B.append(("p", "Onze regio grenst aan België en Duitsland. Een klein aantal kinderen woont over de grens en gaat in onze regio naar school, en omgekeerd. Dat brengt eigen vragen mee, bijvoorbeeld over leerplicht en over jeugdhulp, die per land anders zijn geregeld. Ook het dialect speelt een rol: veel jonge kinderen spreken thuis Limburgs en leren op school Nederlands. Dat is een rijkdom, maar vraagt ook aandacht van leerkrachten bij de taalontwikkeling."))
    B.append(("p", "De teruglopende leerlingaantallen hebben gevolgen voor de scholen: minder formatie, meer combinatiegroepen, en moeite om intern begeleiders en specialisten in dienst te houden. In het vorige plan hebben we vastgesteld dat schoolbesturen hierover zelf beslissen, maar dat het verband wel een verantwoordelijkheid heeft om de ondersteuning in kleine scholen overeind te houden."))

    B.append(("h2", "2.1 Kleine scholen in een krimpregio"))
    B.append(("p", "Twaalf van onze 31 scholen hebben minder dan honderd leerlingen. Voor die scholen is het organiseren van ondersteuning een voortdurende puzzel. Een intern begeleider werkt er vaak maar een dag per week, soms gecombineerd met een lesgevende taak of met een functie op een andere school van hetzelfde bestuur. Leerkrachten staan voor combinatiegroepen met drie of vier leerjaren. Invallers zijn moeilijk te vinden: wie in Heerlen of Maastricht woont, rijdt niet graag voor een dag naar een dorp aan de Belgische grens. Besturen lossen dat op met bovenschoolse invalpools en met onderwijsassistenten, maar de rek is er op sommige momenten uit."))
    B.append(("p", "Tegelijk zien we op kleine scholen veel kracht. Leerkrachten kennen de kinderen en hun families. Kinderen helpen elkaar over de jaargroepen heen. Ouders zijn dichtbij en voelen zich betrokken bij de school als hart van het dorp. In de gesprekken over dit plan hebben schoolleiders ons gevraagd die kracht niet uit het oog te verliezen en kleine scholen niet alleen als probleem te zien. Dat nemen wij ter harte."))
    B.append(("h2", "2.2 Grensregio"))
    B.append(("p", "De ligging aan de grens heeft ook praktische gevolgen. Kinderen uit Belgische of Duitse gezinnen die in onze regio naar school gaan, vallen onder de Nederlandse leerplicht zolang zij hier ingeschreven zijn, maar hun jeugdhulp wordt in het land van herkomst geregeld. Omgekeerd volgen enkele kinderen uit onze regio onderwijs in Voeren of Aken. Wij hebben hierover regelmatig contact met de Euregionale partners. Dit levert zelden grote problemen op, maar vraagt in individuele situaties maatwerk en veel telefoontjes."))
    B.append(("h1", "3 Missie, visie en kernwaarden"))
    B.append(("p", "Onze missie: elk kind in het Heuvelland krijgt onderwijs dat past, in de eigen omgeving waar het kan en daarbuiten waar het moet. Onze kernwaarden zijn nabijheid, vakmanschap, vertrouwen en eigenaarschap. Nabijheid betekent dat ondersteuning bij voorkeur in de klas plaatsvindt. Vakmanschap betekent dat we investeren in de kennis van leerkrachten. Vertrouwen betekent dat we scholen de ruimte geven om zelf keuzes te maken. Eigenaarschap betekent dat de school verantwoordelijk blijft voor het kind, ook als het verband meedenkt of meebetaalt."))
    B.append(("p", "Wij zien passend onderwijs als een gezamenlijke opdracht van scholen, ouders, jeugdhulp en gemeenten. Het kind staat centraal, niet het systeem. Dat klinkt vanzelfsprekend, maar in de praktijk vraagt het steeds opnieuw om keuzes: een arrangement op de eigen school of een plek in het sbo, een reis van een uur of een aangepaste aanpak dichtbij. Die keuzes maken wij samen met de ouders."))

    B.append(("h1", "4 Basisondersteuning"))
    B.append(("p", "De vier besturen hebben afgesproken welke ondersteuning iedere basisschool in het verband ten minste biedt. Dit is de basisondersteuning: het gezamenlijke minimum dat op iedere vestiging aanwezig is, ongeacht de grootte van de school of het bestuur. De afspraken zijn uitgewerkt in tien standaarden, die hieronder staan. Iedere school beschrijft in haar schoolgids hoe zij deze standaarden vormgeeft, en mag daarbovenop meer bieden."))
    B.append(("table", [
        ["Nr", "Standaard", "Concreet betekent dit"],
        ["1", "Basiskwaliteit", "De school heeft een voldoende oordeel van de inspectie"],
        ["2", "Ondersteuningsstructuur", "Intern begeleider (minimaal 0,4 fte per 150 leerlingen, kleine scholen minimaal 0,2 fte), ondersteuningsteam met consulent van het verband"],
        ["3", "Handelingsgericht werken", "Groepsplannen of groepsoverzichten, drie groepsbesprekingen per jaar"],
        ["4", "Lezen en dyslexie", "Dyslexieprotocol, vroegsignalering in groep 2 en 3, ondersteunende software"],
        ["5", "Rekenen en dyscalculie", "Protocol ernstige rekenwiskundeproblemen en dyscalculie"],
        ["6", "Gedrag en sociale veiligheid", "Schoolbrede aanpak gedrag, anti-pestprotocol, jaarlijkse monitoring veiligheid"],
        ["7", "Meer- en hoogbegaafdheid", "Signaleringsinstrument en verrijkingsaanbod in de eigen groep"],
        ["8", "Taal en meertaligheid", "Extra aandacht voor woordenschat bij kleuters, aanpak voor kinderen met andere thuistaal"],
        ["9", "Medisch handelen", "Protocol medisch handelen, afspraken met jeugdarts"],
        ["10", "Ontwikkelingsperspectief", "OPP voor kinderen met een eigen leerlijn, twee evaluaties per jaar"],
    ]))
    B.append(("p", "Iedere twee jaar voert het verband met elke school een gesprek over de standaarden, aan de hand van een zelfevaluatie van de school. Wanneer een school een standaard niet haalt, maakt het bestuur een verbeterplan met een termijn van ten hoogste een jaar, en begeleidt een consulent van het verband de school daarbij."))

    B.append(("h1", "5 Extra ondersteuning en ons aanbod"))
    B.append(("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, bespreekt de school dit in het ondersteuningsteam met ouders en de consulent van het verband. Samen stellen zij vast wat het kind nodig heeft en wie dat kan bieden. Wij kennen de volgende mogelijkheden, van licht naar intensief:"))
    B.append(("ul", [
        "Consultatie en advies door de consulent of orthopedagoog van het verband, op school.",
        "Een arrangement op de eigen school: extra begeleiding door een specialist (gedrag, taal, motoriek), ambulante begeleiding vanuit het sbo of so, of extra formatie voor de groep.",
        "De Heuvellandklas in Gulpen: een bovenschoolse groep voor kinderen in groep 3 tot en met 8 die tijdelijk (maximaal 26 weken) in een kleine setting moeten werken aan gedrag en werkhouding, met behoud van inschrijving op de eigen school.",
        "De Plusgroep: een dagdeel per week voor hoogbegaafde kinderen uit kleine scholen, op twee locaties (Valkenburg en Margraten).",
        "De Taalklas in Vaals voor nieuwkomers, met een doorstroom naar de eigen school na één jaar.",
        "Het speciaal basisonderwijs (sbo De Sprong) en het speciaal onderwijs (so Op de Berg), waarvoor een toelaatbaarheidsverklaring nodig is.",
        "Onderwijs-zorgarrangementen voor kinderen die naast onderwijs ook jeugdhulp nodig hebben, in samenwerking met de gemeenten.",
    ]))
    B.append(("p", "Een arrangement wordt aangevraagd via het ondersteuningsloket. De Commissie Arrangementen besluit binnen vier weken. Arrangementen worden toegekend voor maximaal een schooljaar en kunnen worden verlengd na evaluatie. Zo vormen de basisondersteuning, de arrangementen, de bovenschoolse groepen en het speciaal (basis)onderwijs samen één doorlopend aanbod."))
    B.append(("h2", "5.1 Waar ons aanbod tekortschiet"))
    B.append(("p", "Elk voorjaar bespreken wij met de directeuren en intern begeleiders waar kinderen niet op de juiste plek terechtkomen of te lang moeten wachten. Daarvoor gebruiken wij de gegevens van het loket, de wachtlijsten van het so en de meldingen van leerplicht. Op dit moment zien wij drie knelpunten. Ten eerste is er een wachtlijst van gemiddeld tien weken voor so Op de Berg in Heerlen; kinderen wachten in die tijd op hun eigen school. Ten tweede is er voor jonge kinderen (vier en vijf jaar) met een complexe ontwikkelingsvraag geen passende plek in het Heuvelland zelf. Ten derde is de reistijd voor kinderen uit Vaals en Mechelen naar het sbo lang. Wij pakken deze knelpunten als volgt aan: met so Op de Berg zijn afspraken gemaakt over overbruggingsbegeleiding op de eigen school tijdens de wachttijd (vanaf 1 augustus 2025); met de gemeenten en een zorgaanbieder starten we een kleutergroep met onderwijs en zorg in Gulpen (start gepland 1 januari 2026); en we onderzoeken met de besturen een sbo-dislocatie in Vaals (besluit uiterlijk juni 2026)."))
    B.append(("h2", "5.2 Thuiszitters"))
    B.append(("p", "Wij willen dat geen kind thuiszit. Iedere school meldt een kind dat langer dan drie weken niet naar school gaat bij de consulent van het verband. Binnen twee weken vindt een overleg plaats met ouders, school, leerplichtambtenaar en zo nodig jeugdhulp, waarin een plan met een concrete eerste stap wordt gemaakt. De consulent bewaakt de voortgang en meldt elk kwartaal aan de directeur hoeveel kinderen thuiszitten en hoe lang. Als het overleg vastloopt, neemt de directeur van het verband de regie en kan hij middelen uit de reserve inzetten voor een maatwerkoplossing."))

    B.append(("h1", "6 Toelaatbaarheid tot sbo en so"))
    B.append(("p", "Voor plaatsing op sbo De Sprong of so Op de Berg is een toelaatbaarheidsverklaring (TLV) van het verband nodig. Voor kinderen die een school buiten de regio bezoeken, bijvoorbeeld een sbo in Maastricht, geldt dezelfde procedure."))
    B.append(("h2", "6.1 De procedure"))
    B.append(("table", [
        ["Stap", "Wie", "Wat", "Termijn"],
        ["1", "School (bevoegd gezag) en ouders", "Bespreking in het ondersteuningsteam; ouders geven hun zienswijze", "-"],
        ["2", "School", "Aanvraag via het ondersteuningsloket met groeidocument, OPP en verslag OT", "-"],
        ["3", "Ondersteuningsloket", "Controle op volledigheid", "binnen 5 werkdagen"],
        ["4", "Twee deskundigen", "Afzonderlijk schriftelijk advies: een orthopedagoog of psycholoog en een tweede deskundige passend bij de vraag (o.a. kinderarts, maatschappelijk werker)", "binnen 3 weken"],
        ["5", "Commissie Toelaatbaarheid", "Besluit namens het bestuur; bij sbo-so twijfel overleg met beide scholen", "binnen 6 weken na compleet dossier"],
        ["6", "Ondersteuningsloket", "Besluit en adviezen naar ouders en school; school meldt aan", "binnen 5 werkdagen na besluit"],
    ]))
    B.append(("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor twee schooljaren, met bekostigingscategorie laag, midden of hoog. Bij spoed kan de commissie een tijdelijke TLV voor ten hoogste drie maanden afgeven."))
    B.append(("h2", "6.2 Afweging"))
    B.append(("p", "De Commissie Toelaatbaarheid weegt iedere aanvraag op maat en kijkt naar het hele verhaal van het kind. Wij hebben er in het verleden bewust voor gekozen geen vaste lijst te hanteren. De scholen vragen echter om meer houvast. Gezamenlijke criteria voor toelaatbaarheid tot het sbo en het so stellen we in het schooljaar 2025-2026 op met sbo De Sprong en so Op de Berg; ze worden daarna aan dit plan toegevoegd."))

    B.append(("h1", "7 Ouders"))
    B.append(("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij goed weten welke ondersteuning er is en hoe zij die kunnen krijgen. In de tabel hieronder staat waar ouders welke informatie vinden."))
    B.append(("table", [
        ["Kanaal", "Wat vinden ouders daar", "Wanneer"],
        ["Ouderpagina op de website van het verband", "Uitleg over basisondersteuning, arrangementen, Heuvellandklas en TLV, in gewone taal en met een filmpje", "Altijd, jaarlijks geactualiseerd"],
        ["Schoolgids van iedere school", "Hoe de school de tien standaarden invult en welke extra ondersteuning zij biedt", "Jaarlijks voor 1 september"],
        ["Folder 'Passend onderwijs in het Heuvelland'", "Overzicht van het aanbod en de route, ook in het Duits en Engels", "Bij aanmelding op iedere school"],
        ["Ouderavond per gemeente", "Presentatie en vragen over passend onderwijs", "Eenmaal per jaar, in het najaar"],
        ["Consulent van het verband", "Uitleg over het aanbod tijdens het ondersteuningsteam", "Bij ieder OT waarin het verband meedenkt"],
    ]))
    B.append(("p", "Een onafhankelijk ouder- en jeugdsteunpunt is er in het Heuvelland nog niet. De vorm waarin wij dat gaan organiseren, bespreken wij in de loop van de planperiode met de OPR en de gemeenten."))
    B.append(("p", "Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad. De OPR telt acht leden, vier ouders en vier personeelsleden, en heeft instemmingsrecht op dit plan."))

    B.append(("h1", "8 Samenwerking met gemeenten en partners"))
    B.append(("p", "Wij voeren jaarlijks op overeenstemming gericht overleg met de vier gemeenten. Het OOGO over dit plan vond plaats op 13 maart 2025. De gemeenten en het verband hebben een gezamenlijke agenda met vier thema's: jeugdhulp in en om de school, thuiszitters, leerlingenvervoer en de overgang van voorschool naar basisschool. Op iedere school is een vaste contactpersoon van het sociaal team van de gemeente. Met het samenwerkingsverband VO in Zuid-Limburg maken wij afspraken over de overstap naar het voortgezet onderwijs."))
    B.append(("p", "Leerlingenvervoer is een belangrijk onderwerp in onze regio. Veel kinderen in het sbo en so reizen lang. De gemeenten hebben toegezegd te onderzoeken hoe de reistijd kan worden beperkt. Onderwijshuisvesting en de spreiding van scholen zijn onderwerpen voor de besturen en de gemeenten, niet voor het samenwerkingsverband."))

    B.append(("h1", "9 Kwaliteit en resultaten"))
    B.append(("p", "Het verband wil weten of zijn beleid het verschil maakt voor kinderen. Daarom hebben wij voor deze planperiode doelen geformuleerd die wij in 2029 willen bereiken."))
    B.append(("table", [
        ["Doel", "Beoogd resultaat in 2029"],
        ["Kinderen met extra ondersteuning blijven zo veel mogelijk op de eigen school", "Ten minste 85% van de kinderen met een arrangement is na afloop nog op de eigen school"],
        ["Kortere wachttijd voor het so", "Geen kind wacht langer dan 6 weken op een plek in het so"],
        ["Geen thuiszitters", "Geen kind zit langer dan 4 weken thuis zonder onderwijsaanbod"],
        ["Kleine scholen op niveau", "Alle scholen halen alle tien de standaarden basisondersteuning"],
        ["Tevreden ouders", "Ouders waarderen de ondersteuning van het verband met gemiddeld ten minste een 7,5"],
    ]))
    B.append(("p", "Hoe en wanneer wij deze doelen meten en erover rapporteren, leggen wij vast in een kwaliteitskader dat in de loop van 2026 verschijnt. Daarin komt ook te staan welke gegevens wij verzamelen en hoe wij de uitkomsten met de scholen en de OPR bespreken."))

    B.append(("h1", "10 Organisatie en bedrijfsvoering"))
    B.append(("h2", "10.1 Bestuur en organisatie"))
    B.append(("p", "Het verband is een vereniging van de vier aangesloten schoolbesturen. Het bestuur bestaat uit de bestuurders van de vier besturen; een onafhankelijk voorzitter zit de vergaderingen voor. De dagelijkse leiding ligt bij de directeur, die in dienst is van het verband. Het intern toezicht is belegd bij een toezichthoudend orgaan van drie onafhankelijke leden. Het bureau telt 7,6 fte: directeur, beleidsadviseur, administratief medewerker, drie consulenten en een orthopedagoog."))
    B.append(("h2", "10.2 Personeel en professionalisering"))
    B.append(("p", "Het tekort aan leerkrachten en intern begeleiders is in onze regio minder groot dan in de Randstad, maar de vergrijzing is sterk: een derde van de intern begeleiders gaat in de komende vijf jaar met pensioen. Samen met de besturen investeren wij in een opleidingstraject voor nieuwe intern begeleiders en in een netwerk van specialisten gedrag en hoogbegaafdheid. Wij werken samen met de pabo in Maastricht en met de Katholieke Hogeschool in Hasselt voor stages in het speciaal onderwijs."))
    B.append(("h2", "10.3 Financieel kader"))
    B.append(("p", "Het verband ontvangt rijksmiddelen voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan het so via DUO en de groeibekostiging van het sbo, verdeelt het verband de middelen volgens de onderstaande verdeelsleutel. Het bestuur stelt de verdeelsleutel vast bij de begroting in december; wijzigingen gaan pas in met ingang van het volgende schooljaar."))
    B.append(("table", [
        ["Onderdeel", "Criterium", "Bedrag 2025"],
        ["Schoolbudget basisondersteuning", "€ 95 per leerling op 1 oktober, naar het bestuur", "€ 442.000"],
        ["Vaste voet kleine scholen", "€ 8.000 per school met minder dan 100 leerlingen (12 scholen)", "€ 96.000"],
        ["Arrangementen", "Per aanvraag, na besluit Commissie Arrangementen", "€ 610.000"],
        ["Heuvellandklas, Plusgroep, Taalklas", "Centraal bekostigd, op basis van aantal plaatsen", "€ 520.000"],
        ["Ondersteuning sbo boven 2%", "Aanvullende bekostiging sbo De Sprong", "€ 310.000"],
        ["Bureau, loket en consulenten", "Begroting bureau", "€ 765.000"],
    ]))
    B.append(("p", "De meerjarenbegroting laat een dalende lijn zien, als gevolg van de daling van het aantal leerlingen."))
    B.append(("table", [
        ["x € 1.000", "2025", "2026", "2027", "2028"],
        ["Baten lichte en zware ondersteuning", "4.860", "4.770", "4.690", "4.610"],
        ["Afdrachten so en sbo (DUO)", "-2.080", "-2.070", "-2.060", "-2.050"],
        ["Schoolbudgetten en vaste voet", "538", "525", "512", "500"],
        ["Arrangementen", "610", "600", "590", "580"],
        ["Bovenschoolse groepen", "520", "520", "510", "500"],
        ["Aanvulling sbo", "310", "300", "290", "285"],
        ["Bureau", "765", "775", "785", "795"],
        ["Saldo", "37", "-20", "-57", "-100"],
    ]))
    B.append(("p", "Het eigen vermogen bedraagt ongeveer 19 procent van de baten. De tekorten vanaf 2026 worden uit de reserve gedekt. Scholen verantwoorden de besteding van het schoolbudget en de arrangementen jaarlijks in een korte rapportage aan het verband."))
    B.append(("h2", "10.4 Privacy"))
    B.append(("p", "Het verband verwerkt alleen persoonsgegevens die nodig zijn voor het toewijzen van arrangementen en TLV's. Dossiers worden drie jaar na het laatste besluit vernietigd."))

    B.append(("h2", "10.5 ICT en digitalisering"))
    B.append(("p", "Alle aanvragen bij het ondersteuningsloket lopen via een digitaal systeem dat wij delen met twee andere samenwerkingsverbanden in Zuid-Limburg. Dat scheelt kosten en maakt het voor scholen die over de grens van het verband samenwerken eenvoudiger. In de komende periode vervangen wij het systeem, omdat de leverancier stopt met de huidige versie. De overstap is gepland voor de zomer van 2026 en wordt begeleid door een werkgroep van intern begeleiders."))
    B.append(("h2", "10.6 Medezeggenschap en interne organisatie"))
    B.append(("p", "Naast de ondersteuningsplanraad heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau. De directeur overlegt vier keer per jaar met de OPR en twee keer per jaar met de personeelsraad. Het toezichthoudend orgaan vergadert vijf keer per jaar en keurt de begroting en het jaarverslag goed. Het bestuur heeft een auditcommissie ingesteld die de financiële rapportages voorbereidt."))
    B.append(("h1", "11 Planning 2025-2029"))
    B.append(("table", [
        ["Jaar", "Acties"],
        ["2025-2026", "Criteria toelaatbaarheid opstellen; overbruggingsbegeleiding so; gesprek OPR over ouder- en jeugdsteunpunt"],
        ["2026-2027", "Kwaliteitskader; start kleutergroep; besluit sbo-dislocatie Vaals"],
        ["2027-2028", "Verkenning terug- en doorplaatsing; herijking standaarden"],
        ["2028-2029", "Evaluatie en nieuw ondersteuningsplan"],
    ]))

    B.append(("h1", "Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Arrangement", "Afspraak over extra ondersteuning met doel, duur en inzet"],
        ["Basisondersteuning", "Wat iedere school ten minste biedt"],
        ["Doorstroom", "Overgang naar het voortgezet onderwijs"],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren"],
        ["Onderwijsconsulenten", "Landelijke onafhankelijke adviseurs voor ouders en scholen"],
        ["Terugplaatsing", "Terugkeer van een kind uit sbo of so naar een basisschool"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Verdeelsleutel", "Regels voor de verdeling van de middelen"],
    ]))
    return N, B


LABEL_P3 = {
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                 "ouders": "partial"},
    "criteria": crit(["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
                      "resultaten.monitoring", "ouders.steunpunt"]),
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H4: gezamenlijk minimum for every vestiging plus a ten-standard table with concrete content; two-yearly gesprek and verbeterplan = borging.",
        "plaatsing": "6.1 procedure only as a six-step table (loket, two deskundigen, Commissie Toelaatbaarheid, terms); 6.2 'Afweging' says there are no criteria yet and defers them to 2025-2026.",
        "terugstroom": "Nothing in the body: only the legal list in H1, the glossary entry, 'terugblik'/'teruglopende' word traps and a deferral in the planning table (2027-2028 'Verkenning terug- en doorplaatsing').",
        "financien": "10.3 'Financieel kader' under bedrijfsvoering: verdeelsleutel with criteria and amounts in a table, meerjarenbegroting table 2025-2028, reserve and verantwoording.",
        "dekkend-aanbod": "H5 lists the range from consultation to so (continuum); 5.1 yearly gap analysis with three knelpunten and dated actions; 5.2 thuiszitters approach; H8 OOGO.",
        "resultaten": "H9 goal table with beoogde resultaten for 2029; measurement and reporting explicitly deferred to a kwaliteitskader 'in de loop van 2026'; no achieved figures.",
        "ouders": "H7 informs parents only through a channel table (website, schoolgids, folder, ouderavond); the independent ouder- en jeugdsteunpunt does not exist yet and is deferred; onderwijsconsulenten only in the glossary.",
    },
}


# =========================================================================== P4
# VO, Noord-Friesland en Waddeneilanden. basis missing (deferral + glossary), plaatsing partial
# (criteria yes, procedure only on website), terugstroom present (in 'Doorgaande lijnen en
# overstappen'), financien missing (only reference to absent bijlage 5), dekkend-aanbod partial
# (gaps/thuiszitters yes, continuum deferred to a routekaart), resultaten partial (monitoring and
# achieved figures, no intended results), ouders present.

def plan_p4():
    N = "Samenwerkingsverband VO Waddenkust en Eilanden"
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2029",
        N + " (VO 21.96)",
        "Noardeast-Fryslân, Waadhoeke, Harlingen, Ameland, Schiermonnikoog, Terschelling en Vlieland",
        "Vastgesteld door de algemene ledenvergadering op 16 april 2025",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord"))
    B.append(("p", "Ons samenwerkingsverband is misschien wel het meest uitgestrekte van Nederland, als je het water meetelt. Van Dokkum tot Vlieland, van het Lauwersmeer tot Harlingen: onze scholen liggen ver uit elkaar, en voor leerlingen van de eilanden betekent voortgezet onderwijs na de onderbouw vaak dat zij op kamers gaan of elke dag met de boot reizen. Het aantal jongeren in onze regio daalt, en dat zal de komende tien jaar niet anders worden. Dat vraagt om creativiteit, om samenwerking over de grenzen van besturen heen en om keuzes."))
    B.append(("p", "Dit plan is het resultaat van een jaar praten en luisteren. Wij spraken met leerlingen, ouders, mentoren, ondersteuningscoördinatoren, schoolleiders, gemeenten en jeugdhulpaanbieders. Wat ons opviel, is hoeveel betrokkenheid er is. Tegelijk hoorden we ook dat de regels van passend onderwijs voor velen nog een doolhof zijn. Wij hebben geprobeerd dit plan daarom zo helder mogelijk te schrijven. Op guon plakken ha wy ek it Frysk brûkt, omdat dat de taal is fan in protte fan ús leerlingen."))
    B.append(("p", "Wij danken de ondersteuningsplanraad, die op 2 april 2025 heeft ingestemd met dit plan, en de zeven gemeenten voor het constructieve OOGO op 20 maart 2025."))

    B.append(("h1", "1 Inleiding"))
    B.append(("p", "Een samenwerkingsverband stelt eens in de vier jaar een ondersteuningsplan vast. Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029. Het plan beschrijft hoe wij zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen, zodat iedere jongere een passende plek krijgt. De onderwerpen die de wet voorschrijft (basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten en ouders) komen in de hoofdstukken 3 tot en met 9 aan bod."))
    B.append(("p", "Dit plan is bewust compact. Uitwerkingen, formulieren en handleidingen staan op onze website en in de jaarplannen. Waar dat het geval is, verwijzen wij ernaar."))

    B.append(("h1", "2 Onze regio: ver weg en dichtbij"))
    B.append(("p", "Het verband omvat vier schoolbesturen met zeven vestigingen voor regulier voortgezet onderwijs, waarvan twee op de eilanden (Ameland en Terschelling, beide alleen onderbouw vmbo en havo), een praktijkschool in Franeker en een vso-school in Leeuwarden waar leerlingen uit onze regio naartoe gaan. In 2024 telde het verband 5.210 leerlingen; in 2030 zijn dat er naar verwachting 4.500."))
    B.append(("table", [
        ["Vestiging", "Plaats", "Aanbod"],
        ["CSG De Lauwers", "Dokkum", "vmbo, havo, vwo, lwoo"],
        ["Waddencollege", "Holwerd", "vmbo-b/k, lwoo"],
        ["Harns Lyceum", "Harlingen", "mavo, havo, vwo"],
        ["Vakcollege Westergo", "Franeker", "vmbo, lwoo"],
        ["Eilandschool Ameland", "Nes", "onderbouw vmbo/havo"],
        ["Eilandschool Terschelling", "West-Terschelling", "onderbouw vmbo/havo, bovenbouw vmbo-t"],
        ["Praktijkschool Westergo", "Franeker", "praktijkonderwijs"],
    ]))
    B.append(("p", "Op Vlieland en Schiermonnikoog is geen voortgezet onderwijs. Leerlingen van deze eilanden reizen dagelijks naar de vaste wal of naar Terschelling, of verblijven doordeweeks in een internaat of gastgezin. De veerdienst bepaalt het rooster: bij storm of ijsgang valt de boot uit en blijft een deel van de leerlingen thuis. Voor leerlingen met een ondersteuningsbehoefte is deze situatie extra belastend."))
    B.append(("p", "De regio is tweetalig. Een groot deel van de leerlingen spreekt thuis Fries. Op de eilanden worden ook eigen dialecten gesproken. Onze scholen zijn trots op die meertaligheid."))

    B.append(("h2", "2.1 Krimp en de toekomst van kleine vestigingen"))
    B.append(("p", "De daling van het aantal leerlingen raakt vooral de kleinere vestigingen. Het Waddencollege in Holwerd telde tien jaar geleden nog ruim vierhonderd leerlingen; nu zijn dat er 262. De besturen hebben in 2023 met de gemeenten afgesproken dat in iedere gemeente op de vaste wal ten minste een vestiging voor de onderbouw blijft bestaan, en dat de eilandscholen behouden blijven zolang daar draagvlak voor is. Welke vestigingen in de toekomst samengaan, is een besluit van de besturen en valt buiten dit plan. Wel is duidelijk dat iedere sluiting gevolgen heeft voor jongeren met een ondersteuningsbehoefte, voor wie een langere reis extra zwaar is. Wij vragen de besturen daarom bij iedere herschikking van het aanbod het verband vroegtijdig te betrekken."))
    B.append(("p", "Ook het lerarentekort speelt een rol. Vooral voor exacte vakken en voor de praktijkvakken in het vmbo is het moeilijk vacatures te vullen. Op de eilanden komt daar de huisvesting van nieuwe leraren bij: betaalbare woonruimte is schaars. Een aantal leraren reist dagelijks met de boot, wat bij slecht weer tot lesuitval leidt. De besturen werken samen in een regionaal programma voor werving en opleiding, waaraan het verband bijdraagt met scholing over ondersteuning in de klas."))
    B.append(("h1", "3 Visie en ambities"))
    B.append(("p", "Wy wolle dat elke jongere yn ús regio it ûnderwiis krijt dat by him of har past. Wij willen dat iedere jongere in onze regio het onderwijs krijgt dat bij hem of haar past, zo dicht mogelijk bij huis, en dat geen jongere thuis komt te zitten omdat er geen plek is. Wij werken vanuit vertrouwen in de professionals op de scholen en vanuit het besef dat we in een kleine regio elkaar nodig hebben."))
    B.append(("p", "Onze ambities voor deze planperiode zijn: (1) niemand tussen wal en schip, ook niet op de eilanden; (2) minder bureaucratie, meer tijd voor de leerling; (3) sterke samenwerking met gemeenten en jeugdhulp; (4) ouders en leerlingen als volwaardige gesprekspartners. Wij zetten in op kleinschaligheid en maatwerk."))

    B.append(("h2", "3.1 Lessen uit de vorige planperiode"))
    B.append(("p", "De vorige planperiode leerde ons drie dingen. Ten eerste: afspraken op papier zijn pas iets waard als scholen ze herkennen. Het vorige plan was uitgebreid, maar veel mentoren en docenten wisten niet wat erin stond. Ten tweede: de afstand tot de eilanden is niet alleen een kwestie van kilometers. Eilandscholen voelden zich soms vergeten bij bijeenkomsten op de vaste wal; daarom organiseren wij nu ook bijeenkomsten op Ameland en Terschelling. Ten derde: samenwerking met de gemeenten loopt het beste als er vaste gezichten zijn. Waar een jeugdconsulent wekelijks op school is, lopen lijnen korter en worden problemen eerder opgepakt. Deze lessen zijn verwerkt in de opzet van dit plan, dat korter is dan het vorige en meer verwijst naar praktische handleidingen."))
    B.append(("h1", "4 Ondersteuning op school"))
    B.append(("h2", "4.1 Basisondersteuning"))
    B.append(("p", "In 2024 hebben de scholen in ons verband het gesprek over de basisondersteuning opnieuw gevoerd, mede naar aanleiding van de landelijke discussie over een norm voor basisondersteuning. Er is nog geen overeenstemming over een gezamenlijke set afspraken. Een herziene set wordt in het schooljaar 2025-2026 door het bestuur vastgesteld en daarna door iedere school in de schoolgids opgenomen."))
    B.append(("h2", "4.2 Routekaart ondersteuning"))
    B.append(("p", "Leerlingen, ouders en scholen vragen om een helder overzicht van welke ondersteuning er in de regio is, van de mentor tot het vso. Dat overzicht, de Routekaart Ondersteuning Waddenkust, verschijnt in 2026 op onze website. Tot die tijd kunnen scholen met vragen terecht bij de consulent van het verband."))

    B.append(("h1", "5 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"))
    B.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. De aanvraagprocedure, de termijnen en de benodigde formulieren staan in de Handleiding Toewijzing op onze website."))
    B.append(("h2", "5.1 Wanneer is een leerling toelaatbaar tot het vso?"))
    B.append(("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende criteria is voldaan:"))
    B.append(("ul", [
        "Er is sprake van een ernstige en langdurige ondersteuningsbehoefte op het gebied van gedrag, psychiatrische problematiek, een verstandelijke of lichamelijke beperking of een langdurige ziekte.",
        "De reguliere school heeft gedurende ten minste zes maanden planmatig en met inzet van extra ondersteuning gewerkt aan de hulpvraag, vastgelegd in een OPP dat ten minste tweemaal is geëvalueerd.",
        "De leerling heeft een onderwijsomgeving nodig met een groep van ten hoogste twaalf leerlingen, doorlopende begeleiding gedurende de hele schooldag en specialistische expertise die in het regulier onderwijs niet beschikbaar is.",
        "De jeugdhulp die nodig is, is ingezet of aangevraagd; de ondersteuningsbehoefte blijft ook dan bestaan.",
    ]))
    B.append(("p", "Een TLV voor het vso wordt afgegeven voor ten hoogste drie schooljaren. Bij de TLV hoort een bekostigingscategorie: laag voor de meeste leerlingen in cluster 4 en met een verstandelijke beperking, midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met een meervoudige beperking."))
    B.append(("h2", "5.2 Lwoo en praktijkonderwijs"))
    B.append(("p", "Ons verband volgt de landelijke criteria. Voor lwoo: een IQ van 75 tot en met 90 met een leerachterstand van 25 tot 50 procent op ten minste twee domeinen (waarvan één begrijpend lezen of inzichtelijk rekenen), of een IQ van 91 tot en met 120 met zo'n leerachterstand en sociaal-emotionele problematiek die het leren belemmert. Voor praktijkonderwijs: een IQ van 55 tot en met 80 en een leerachterstand van ten minste 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."))

    B.append(("h1", "6 Thuiszitters en witte vlekken"))
    B.append(("p", "Geen jongere mag thuiszitten omdat er geen passende plek is. Toch gebeurt het, ook in onze regio. Op 1 oktober 2024 zaten 11 jongeren langer dan vier weken thuis zonder onderwijs, van wie 4 van de eilanden. Daarnaast hadden 9 jongeren een vrijstelling van de leerplicht."))
    B.append(("h2", "6.1 Onze aanpak"))
    B.append(("p", "Iedere school meldt een leerling die meer dan tien dagen aaneengesloten of herhaaldelijk verzuimt bij leerplicht en bij de consulent van het verband. Binnen vijf werkdagen volgt een gesprek met de leerling, de ouders, de school en de leerplichtambtenaar. Is er na vier weken geen zicht op terugkeer, dan bespreekt het Regionaal Thuiszittersoverleg (maandelijks, met leerplicht, jeugdhulp, gemeenten en het verband) de situatie. Het overleg wijst één regisseur aan en maakt een plan met data. Als partijen er niet uitkomen, beslist de directeur-bestuurder van het verband over de inzet van middelen; bij een zorgvraag beslist de gemeente waar de jongere woont."))
    B.append(("h2", "6.2 Waar schiet het aanbod tekort?"))
    B.append(("p", "Twee keer per jaar analyseren wij met de ondersteuningscoördinatoren en de gemeenten waar jongeren geen passende plek vinden. De analyse van 2024 leverde drie witte vlekken op:"))
    B.append(("ul", [
        "Eilandleerlingen met een psychische kwetsbaarheid, voor wie dagelijks reizen of verblijf op de vaste wal te zwaar is. Actie: vanaf 1 augustus 2025 een hybride traject met onderwijs op afstand vanuit CSG De Lauwers, twee dagen per week begeleiding op de Eilandschool en een wekelijkse coach. Evaluatie in juni 2026.",
        "Hoogbegaafde leerlingen met uitval in havo/vwo in de regio Dokkum. Actie: verkenning met het Harns Lyceum van een kleinschalige voorziening, besluit uiterlijk 1 maart 2026.",
        "Jongeren van 16 en 17 jaar die niet meer naar school willen en ook niet naar het mbo kunnen. Actie: met de gemeenten en het mbo een leerwerktraject in Franeker, start januari 2026.",
    ]))

    B.append(("h1", "7 Doorgaande lijnen en overstappen"))
    B.append(("h2", "7.1 Van het basisonderwijs naar het voortgezet onderwijs"))
    B.append(("p", "Met het samenwerkingsverband PO in Noord-Friesland hebben wij een overstapprotocol. Leerlingen met een ondersteuningsbehoefte worden vóór 1 februari besproken in een overstapoverleg. Voor eilandleerlingen die na groep 8 op kamers gaan, is er een apart traject met een vast aanspreekpunt op de nieuwe school."))
    B.append(("h2", "7.2 Van het vso terug naar het regulier voortgezet onderwijs"))
    B.append(("p", "Het verband wil dat jongeren in het vso terugkeren naar het regulier voortgezet onderwijs zodra dat verantwoord kan, bij voorkeur naar een school dicht bij huis. Wij vinden dat een TLV geen eindstation is. Voorwaarden voor terugkeer zijn: de jongere functioneert al ten minste een half jaar stabiel, het OPP laat zien dat de uitstroombestemming in het regulier onderwijs haalbaar is, en er is een ontvangende school die de benodigde ondersteuning kan bieden. Jongere en ouders moeten achter de stap staan."))
    B.append(("p", "Procedure. De vso-school bespreekt ieder jaar in oktober bij de evaluatie van het OPP of terugkeer in beeld is. In het laatste jaar van de TLV is dit gesprek verplicht en schuiven de consulent van het verband en, als dat al duidelijk is, de beoogde school aan. De vso-school stelt uiterlijk 1 februari een terugkeerplan op. De commissie toewijzing van het verband beslist uiterlijk 1 april over terugplaatsing of over een nieuwe TLV. Terugkeer begint met een proefplaatsing van zes tot acht weken, waarin de jongere nog bij de vso-school staat ingeschreven; daarna volgt de definitieve inschrijving."))
    B.append(("p", "Na terugkeer krijgt de ontvangende school een terugkeerarrangement voor een jaar: een begeleider van de vso-school komt wekelijks op school, en de school ontvangt een bedrag voor extra mentortijd. Het verband volgt iedere teruggekeerde jongere een jaar lang. In 2022-2023 keerden 6 jongeren terug, in 2023-2024 waren dat er 8, van wie er na een jaar 7 nog op de reguliere school zaten."))
    B.append(("h2", "7.3 Van het voortgezet onderwijs naar mbo en werk"))
    B.append(("p", "Met de mbo-instellingen in Leeuwarden en Sneek en met de gemeenten werken wij samen aan een soepele overstap. Jongeren uit het praktijkonderwijs en het vso worden door hun school nog een jaar gevolgd."))

    B.append(("h2", "7.4 Samenwerking met het primair onderwijs"))
    B.append(("p", "Met het samenwerkingsverband PO voeren wij twee keer per jaar bestuurlijk overleg. Onderwerpen zijn de overstap van groep 8 naar de brugklas, de gezamenlijke inkoop van expertise en de afstemming van de plannen met de gemeenten. Omdat onze gebieden niet precies samenvallen, zijn er ook afspraken met het PO-verband in Leeuwarden en omstreken. Het overleg over dit ondersteuningsplan vond plaats op 5 maart 2025."))
    B.append(("h1", "8 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen moeten weten wat er mogelijk is en waar zij terechtkunnen. Wij informeren hen op de volgende manieren:"))
    B.append(("ul", [
        "Op onze website staat een aparte pagina voor ouders en een pagina voor leerlingen, met uitleg over extra ondersteuning, de bovenschoolse trajecten, de TLV en het lwoo en praktijkonderwijs, in het Nederlands en het Fries.",
        "Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en verwijst naar de ouderpagina van het verband.",
        "Bij iedere aanmelding van een leerling met een ondersteuningsbehoefte ontvangen ouders de folder 'Wat als mijn kind extra hulp nodig heeft?'.",
        "Twee keer per jaar houden wij een informatiebijeenkomst voor ouders, afwisselend in Dokkum, Franeker en op een van de eilanden; de bijeenkomsten zijn ook online te volgen.",
        "De consulent van het verband is bij ieder MDO waarin extra ondersteuning wordt besproken aanwezig en legt ouders uit welke mogelijkheden er zijn.",
    ]))
    B.append(("p", "Voor onafhankelijk advies en ondersteuning kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Fryslân, dat wij samen met de andere Friese samenwerkingsverbanden financieren maar dat onafhankelijk werkt. Het steunpunt denkt mee, gaat mee naar gesprekken en helpt bij onenigheid met de school of het verband. Ook de Onderwijsconsulenten kunnen kosteloos bemiddelen. Wie het niet eens is met een besluit over toelaatbaarheid, kan bezwaar maken; wie een klacht heeft over het verband, kan terecht bij de klachtencommissie waarbij wij zijn aangesloten."))
    B.append(("p", "Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad, die instemmingsrecht heeft op dit plan. Leerlingen hebben het recht om hun mening te geven over hun ontwikkelingsperspectief; de scholen leggen die mening vast in het OPP."))

    B.append(("h1", "9 Kwaliteit en verantwoording"))
    B.append(("p", "Wij volgen de ontwikkelingen in ons verband met een vaste set kengetallen, die wij twee keer per jaar (peildata 1 oktober en 1 maart) verzamelen uit de registratie van het verband, de DUO-gegevens en de leerplichtadministratie. De kengetallen worden besproken in het bestuur, met de ondersteuningscoördinatoren en met de OPR, en gepubliceerd in het jaarverslag, samen met een toelichting op de ontwikkeling. Daarnaast evalueren wij ieder bovenschools traject na afloop met leerling, ouders en school."))
    B.append(("table", [
        ["Kengetal", "2022", "2023", "2024"],
        ["Deelnamepercentage vso (1 oktober)", "3,6%", "3,4%", "3,3%"],
        ["Deelnamepercentage praktijkonderwijs", "3,1%", "3,2%", "3,0%"],
        ["Aantal afgegeven TLV's vso", "38", "35", "33"],
        ["Thuiszitters > 4 weken", "14", "12", "11"],
        ["Terugplaatsingen vso naar regulier", "5", "6", "8"],
        ["Gemiddelde doorlooptijd TLV-aanvraag (werkdagen)", "34", "29", "27"],
    ]))
    B.append(("p", "In de vorige planperiode werkten we met streefcijfers die niet altijd realistisch bleken. Nieuwe streefwaarden voor deze planperiode stellen wij vast na een nulmeting in het voorjaar van 2026."))

    B.append(("h1", "10 Organisatie"))
    B.append(("p", "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de vier schoolbesturen. De directeur-bestuurder leidt het verband en legt verantwoording af aan de raad van toezicht. Het bureau is gevestigd in Dokkum en heeft een werkplek in Harlingen; de consulenten reizen veel en zijn op de eilanden op vaste dagen aanwezig. Het bureau telt 8,0 fte."))
    B.append(("p", "Voor het verband werken: de directeur-bestuurder, een beleidsmedewerker, een office manager, een controller (gedeeld met een ander verband), drie consulenten en een orthopedagoog. Zij werken veel op afstand en met videobellen; de digitale infrastructuur is daarom belangrijk. Het verband investeert in veilige systemen en in de scholing van de medewerkers."))
    B.append(("h2", "10.1 Financiën"))
    B.append(("p", "Voor de financiële paragraaf, met het verdeelmodel, de meerjarenbegroting en het reservebeleid, verwijzen wij naar bijlage 5 (Financieel kader 2025-2029)."))
    B.append(("h2", "10.2 Samenwerking met gemeenten"))
    B.append(("p", "Met de zeven gemeenten voeren wij OOGO over dit plan en over de jeugdplannen van de gemeenten. Wij hebben afgesproken dat de gemeentelijke jeugdconsulenten vaste contactmomenten hebben met de scholen en het verband, en dat de gemeente waar de jongere woont de zorgkosten draagt van onderwijs-zorgarrangementen. Voor de eilanden is er een aparte afspraak over vervoer en verblijf van leerlingen met een ondersteuningsbehoefte."))

    B.append(("h2", "10.3 Medezeggenschap"))
    B.append(("p", "De ondersteuningsplanraad bestaat uit acht leden: twee ouders, twee leerlingen en vier personeelsleden. Omdat de leden verspreid over de regio en de eilanden wonen, vergadert de OPR afwisselend fysiek in Dokkum en online. De OPR heeft een eigen reglement en een eigen budget voor scholing en ondersteuning. De OPR stemt in met het ondersteuningsplan en wordt door de directeur-bestuurder ten minste vier keer per jaar bijgepraat over de voortgang van het jaarplan."))
    B.append(("h2", "10.4 ICT, privacy en werken op afstand"))
    B.append(("p", "Omdat de consulenten en de orthopedagoog veel op afstand werken, gebruikt het verband een beveiligde omgeving voor videobellen en voor het delen van dossiers. Alleen medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot de gegevens van een leerling. Gegevens worden niet langer bewaard dan drie jaar na het laatste besluit. Het verband heeft samen met de andere Friese verbanden een functionaris gegevensbescherming aangesteld. In 2026 laten wij de beveiliging door een externe partij toetsen."))
    B.append(("h2", "10.5 Planning"))
    B.append(("table", [
        ["Schooljaar", "Wat gaan we doen"],
        ["2025-2026", "Set afspraken basisondersteuning vaststellen; start hybride traject eilanden; nulmeting kengetallen"],
        ["2026-2027", "Routekaart Ondersteuning op de website; streefwaarden vaststellen; besluit voorziening hoogbegaafden"],
        ["2027-2028", "Tussenevaluatie; herijking verdeelmodel"],
        ["2028-2029", "Evaluatie planperiode; nieuw ondersteuningsplan; OOGO"],
    ]))
    B.append(("h1", "Bijlagen"))
    B.append(("p", "Bijlage 1 Begrippen. Bijlage 2 Verslag OOGO (separaat). Bijlage 3 Instemming OPR (separaat). Bijlage 4 Handleiding Toewijzing (website). Bijlage 5 Financieel kader 2025-2029 (separaat)."))
    B.append(("h2", "Bijlage 1 Begrippen"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken geheel van preventieve en licht curatieve interventies dat iedere school biedt: een ondersteuningscoördinator, een dyslexieprotocol, een aanpak sociale veiligheid en handelingsgericht werken"],
        ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere jongere een passende plek is"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["Meerjarenbegroting", "Begroting voor vier jaar met de verdeling van de middelen"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Verdeelmodel", "De regels voor het verdelen van het budget over de scholen: een bedrag per leerling en een vaste voet per vestiging"],
    ]))
    return N, B


LABEL_P4 = {
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                 "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial",
                 "ouders": "present"},
    "criteria": crit(["basisondersteuning.niveau", "basisondersteuning.inhoud",
                      "plaatsing.procedure", "financien.verdeling", "financien.besteding",
                      "dekkend-aanbod.continuum", "resultaten.doelen"]),
    "advisory_addressed": {
        "plaatsing": ["duur-categorie"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "4.1 only says there is no agreement yet and a new set follows in 2025-2026; the concrete content appears only in the Begrippen glossary (trap).",
        "plaatsing": "5.1/5.2 give vso criteria and national lwoo/pro criteria plus duration/category; the procedure is only referred to the Handleiding Toewijzing on the website.",
        "terugstroom": "7.2 inside 'Doorgaande lijnen en overstappen': policy and conditions, yearly October review, plan by 1 Feb, decision by 1 April, proefplaatsing, one-year terugkeerarrangement; return figures.",
        "financien": "10.1 'Financiën' only refers to the absent bijlage 5; verdeelmodel and meerjarenbegroting explained only in the glossary.",
        "dekkend-aanbod": "H6 thuiszitters approach and twice-yearly analysis with three witte vlekken and dated actions (lacunes); the overview of provisions (4.2 Routekaart) is deferred to 2026; 10.2 OOGO/OZA.",
        "resultaten": "H9 kengetallen collected twice a year, reported in bestuur/OPR/jaarverslag with figures 2022-2024; new streefwaarden deferred until after a nulmeting in 2026.",
        "ouders": "H8 'Ouders en leerlingen': website pages (NL/Frisian), schoolgids, folder, twice-yearly meetings; Ouder- en Jeugdsteunpunt Fryslân, Onderwijsconsulenten, bezwaar/klachten; OPR and hoorrecht.",
    },
}


# =========================================================================== P5
# PO, Oost-Achterhoek, web version (HTML). basis partial (only borging/audit; standards being
# rewritten), plaatsing missing (only reference to absent Handboek), terugstroom partial (policy
# in the 'koers' chapter, procedure only in the Handboek), financien partial (meerjarenbegroting,
# verdeelmodel deferred), dekkend-aanbod missing, resultaten present, ouders partial (independent
# support yes, informing parents deferred to a communicatieplan).

def plan_p5():
    N = "Samenwerkingsverband PO Slinge & Berkel"
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2029 (webversie)",
        N + " (PO 25.95), Aalten, Berkelland, Oost Gelre en Winterswijk",
        "Een plan op hoofdlijnen. De volledige pdf met bijlagen is te downloaden onderaan deze pagina.",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord van de bestuurder"))
    B.append(("p", "In de Oost-Achterhoek kennen we het begrip noaberschap: je zorgt voor elkaar, zonder dat daar veel woorden aan vuil worden gemaakt. Dat is ook hoe wij naar passend onderwijs kijken. De scholen in onze vier gemeenten hebben een lange traditie van samenwerking, over de grenzen van denominatie en bestuur heen. Die traditie is hard nodig. Het aantal kinderen in onze regio daalt al jaren en de daling zet door. In de buurtschappen rond Eibergen, Neede, Lichtenvoorde en Winterswijk sluiten scholen of gaan zij samen in kindcentra. De afstanden naar de sbo- en so-scholen worden niet kleiner."))
    B.append(("p", "Dit ondersteuningsplan is bewust een plan op hoofdlijnen. Wij beschrijven onze koers, onze doelen en de manier waarop we die volgen. De uitwerking van procedures staat in het Handboek Ondersteuningstoewijzing (bijlage 3), dat jaarlijks wordt geactualiseerd, zodat we niet voor iedere wijziging het hele plan hoeven te herzien. Het plan heeft de instemming van de ondersteuningsplanraad (12 maart 2025) en is besproken in het OOGO met de vier gemeenten (4 maart 2025)."))
    B.append(("p", "Ik dank iedereen die heeft bijgedragen, en in het bijzonder de intern begeleiders, die ons in vier regiobijeenkomsten een spiegel hebben voorgehouden."))
    B.append(("p", "Mirjam ter Haar-Wikkerink, bestuurder"))

    B.append(("h1", "1 Over dit plan"))
    B.append(("p", "Het ondersteuningsplan beschrijft hoe het samenwerkingsverband zijn wettelijke taken uitvoert in de schooljaren 2025-2026 tot en met 2028-2029. Het plan is vastgesteld door het algemeen bestuur op 26 maart 2025 en op 28 maart 2025 toegezonden aan de inspectie. Bij dit plan horen vijf bijlagen: de verantwoording van de vorige periode (bijlage 1), het verslag van het OOGO (bijlage 2), het Handboek Ondersteuningstoewijzing (bijlage 3), de jaarbegroting 2025 (bijlage 4) en de begrippenlijst (bijlage 5). In deze webversie zijn de bijlagen niet opgenomen."))
    B.append(("p", "Het plan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. De OPR krijgt beide ter bespreking. Halverwege de planperiode, in het voorjaar van 2027, evalueren wij het plan en passen wij het zo nodig aan, met instemming van de OPR."))

    B.append(("h2", "1.1 Wettelijk kader en leeswijzer"))
    B.append(("p", "De Wet op het primair onderwijs bepaalt dat een samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Het plan gaat onder meer in op de basisondersteuning, het samenhangend geheel van voorzieningen en het dekkend aanbod, de verdeling en besteding van de middelen, de toelaatbaarheid tot het sbo en so, de terugplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders. Voor een deel van deze onderwerpen verwijzen wij in deze webversie naar het handboek en de jaarbegroting, omdat die vaker wijzigen dan het plan zelf."))
    B.append(("p", "Leeswijzer: in hoofdstuk 2 beschrijven we onze regio en wat we hoorden in de voorbereiding. Hoofdstuk 3 bevat onze koers. Hoofdstuk 4 gaat over de basisondersteuning, hoofdstuk 5 over doelen en resultaten, hoofdstuk 6 over ouders en hoofdstuk 7 over financiën. Hoofdstuk 8 beschrijft de organisatie en hoofdstuk 9 de planning. Achteraan staan veelgestelde vragen over deze webversie."))
    B.append(("h1", "2 De Oost-Achterhoek in cijfers"))
    B.append(("p", "Ons verband omvat zeven schoolbesturen met samen 38 basisscholen, één school voor speciaal basisonderwijs en twee locaties voor speciaal onderwijs. Het aantal leerlingen in het basisonderwijs daalde van 9.870 in 2015 naar 8.120 in 2024. Voor 2029 verwachten de gemeenten ongeveer 7.600 leerlingen. Elf scholen hebben minder dan honderd leerlingen; de kleinste school, in een buurtschap bij Winterswijk, heeft er 41."))
    B.append(("p", "De regio grenst aan Duitsland. Er is een kleine maar groeiende groep kinderen van Duitse ouders die in Nederland naar school gaat, en een groep kinderen van arbeidsmigranten uit Oost-Europa, vooral in Lichtenvoorde en Aalten. Veel ouders werken in de maakindustrie en de agrarische sector. De sociale samenhang in de dorpen is groot; verenigingsleven en kerken spelen een belangrijke rol."))
    B.append(("p", "De daling van het aantal leerlingen heeft gevolgen voor de middelen van het verband: die dalen mee. Tegelijk blijven de kosten van voorzieningen grotendeels gelijk. Dat dwingt ons tot keuzes, die wij in dit plan maken."))

    B.append(("h2", "2.1 Wat we hoorden in de regiobijeenkomsten"))
    B.append(("p", "Ter voorbereiding op dit plan organiseerden wij in het najaar van 2024 vier regiobijeenkomsten, in Eibergen, Groenlo, Aalten en Winterswijk. Er kwamen ruim honderd intern begeleiders, schoolleiders en leerkrachten op af. Daarnaast spraken wij met de ouders in de OPR, met de wethouders en met de directies van het sbo en de so-scholen. Een paar dingen kwamen steeds terug."))
    B.append(("p", "Intern begeleiders op kleine scholen voelen zich soms alleen staan. Zij hebben weinig uren, veel taken en niemand op school om mee te sparren. Schoolleiders vragen om minder formulieren en snellere besluiten. Leerkrachten zien dat de vragen in de klas complexer worden, door meer kinderen met gedrags- en angstproblemen en door de gevolgen van armoede en scheidingen. Ouders in de OPR vroegen om begrijpelijke taal en om een gezicht bij het samenwerkingsverband. De wethouders benadrukten dat onderwijs en jeugdhulp niet langs elkaar heen moeten werken. Deze signalen hebben wij meegenomen in de koers en de doelen van dit plan, en werken wij verder uit in de jaarplannen."))
    B.append(("h2", "2.2 Kleine scholen en kindcentra"))
    B.append(("p", "In de afgelopen vier jaar zijn in ons gebied vijf scholen gesloten of gefuseerd, en zijn zes kindcentra ontstaan waarin basisschool, peuteropvang en buitenschoolse opvang onder één dak werken. Dat biedt kansen: signalen over de ontwikkeling van jonge kinderen komen eerder op tafel, en de overgang van peuteropvang naar groep 1 verloopt soepeler. Het vraagt ook afstemming tussen onderwijs en kinderopvang, die onder verschillende wetten vallen. De besturen en gemeenten maken hierover afspraken in het lokaal onderwijsoverleg. Voor het samenwerkingsverband is vooral van belang dat de kennis van intern begeleiders in kindcentra behouden blijft."))
    B.append(("h2", "2.3 Afstanden"))
    B.append(("p", "Wie van Rekken naar Winterswijk rijdt, is ruim een half uur onderweg. Voor een kind van zes dat elke ochtend om half acht door een taxibusje wordt opgehaald en pas na vieren thuis is, is dat een lange dag. De gemeenten organiseren het leerlingenvervoer en doen hun best de ritten kort te houden, maar de combinatie van grote afstanden en weinig leerlingen per route maakt dat lastig. Ouders vertellen ons dat de reistijd soms zwaarder weegt dan de keuze voor de school zelf. Ook voor intern begeleiders en consulenten betekent de regio veel reistijd; een schoolbezoek in een buurtschap kost al snel een dagdeel."))
    B.append(("p", "Daar komt bij dat het openbaar vervoer in de Oost-Achterhoek beperkt is. Oudere kinderen die zelfstandig willen reizen, zijn aangewezen op de fiets of op een buslijn die een of twee keer per uur rijdt. In de winter en bij slecht weer is dat voor jonge kinderen geen reële optie."))
    B.append(("h1", "3 Onze koers: thuisnabij"))
    B.append(("p", "Onze koers voor de komende vier jaar vatten wij samen in één woord: thuisnabij. Kinderen horen bij voorkeur naar school te gaan in hun eigen dorp of wijk, samen met de kinderen met wie ze ook buiten school spelen. Dat geldt ook voor kinderen die extra ondersteuning nodig hebben. Wij willen minder kinderen in de taxi en meer expertise in de klas."))
    B.append(("p", "Thuisnabij betekent niet dat iedereen op de eigen school moet blijven. Voor sommige kinderen is het sbo of so de beste plek, soms voor een paar jaar, soms voor hun hele schoolloopbaan. Wij willen dat die keuze bewust wordt gemaakt en regelmatig opnieuw wordt bekeken."))
    B.append(("h2", "3.1 Terug naar de eigen omgeving"))
    B.append(("p", "Een plaatsing in het speciaal (basis)onderwijs is voor ons in principe tijdelijk. Ons uitgangspunt is dat ieder kind in het sbo of so een perspectief heeft op terugkeer naar een basisschool in de eigen omgeving, tenzij het OPP laat zien dat het speciaal onderwijs blijvend nodig is. Terugkeer is aan de orde als het kind zich in het sbo of so gedurende ten minste een schooljaar stabiel ontwikkelt volgens het OPP, als een basisschool in de buurt de benodigde ondersteuning kan bieden en als ouders en school de stap samen willen zetten. Wij ondersteunen terugkeer actief: de ontvangende basisschool krijgt een terugkeerarrangement voor een schooljaar, met ambulante begeleiding door een leerkracht van het sbo of so en extra formatie van vier uur per week, betaald door het verband. Lukt de terugkeer toch niet, dan kan het kind terug naar het sbo of so zolang de oorspronkelijke TLV nog geldt."))
    B.append(("p", "Het stappenplan voor terugplaatsing en overplaatsing, met de rollen en momenten, is opgenomen in het Handboek Ondersteuningstoewijzing (bijlage 3)."))
    B.append(("h2", "3.2 Toelaatbaarheid"))
    B.append(("p", "De werkwijze rond toelaatbaarheidsverklaringen voor het sbo en so, inclusief de criteria, de deskundigenadvisering en de termijnen, is beschreven in het Handboek Ondersteuningstoewijzing (bijlage 3). Het handboek wordt jaarlijks geactualiseerd en ter informatie aan de OPR gezonden."))

    B.append(("h1", "4 Basisondersteuning"))
    B.append(("p", "De huidige standaarden basisondersteuning dateren uit 2019. Zij worden in het schooljaar 2026-2027 herschreven, in afwachting van de landelijke norm basisondersteuning waar het ministerie aan werkt. Wij willen voorkomen dat scholen tweemaal hun werkwijze moeten aanpassen."))
    B.append(("p", "Wel blijven wij de basisondersteuning op de scholen volgen. Iedere school krijgt eens in de twee jaar een audit 'Basis in Beeld', uitgevoerd door een intern begeleider van een andere school en een medewerker van het verband. De audit bestaat uit een lesbezoek, een gesprek met het team en een gesprek met een vertegenwoordiging van ouders. De uitkomst wordt vastgelegd in een kwaliteitskaart. Als een school op onderdelen onvoldoende scoort, maakt het bestuur binnen drie maanden een verbeterplan; de volgende audit vindt dan na een jaar plaats. Het algemeen bestuur ontvangt jaarlijks een overzicht van de uitkomsten."))

    B.append(("h1", "5 Doelen en resultaten"))
    B.append(("p", "Wij willen onze koers toetsbaar maken. Daarom hebben wij voor de planperiode zes doelen geformuleerd, met een indicator, de stand aan het einde van de vorige planperiode en een streefwaarde voor 2029. De doelen zijn gekoppeld aan de middelen die wij ervoor inzetten (hoofdstuk 7)."))
    B.append(("table", [
        ["Doel", "Indicator", "Stand 2024", "Streefwaarde 2029", "Middelen per jaar"],
        ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so (1 oktober)", "3,6%", "ten hoogste 3,1%", "€ 1,9 mln (schoolbudgetten)"],
        ["Terugkeer uit sbo/so", "Aantal terugplaatsingen per schooljaar", "5", "ten minste 10", "€ 140.000 (terugkeerarrangementen)"],
        ["Terugkeer houdbaar", "Aandeel teruggeplaatste kinderen dat na een jaar nog op de basisschool zit", "80%", "ten minste 90%", "idem"],
        ["Scholen op niveau", "Aandeel scholen met een voldoende audit Basis in Beeld", "84%", "100%", "€ 60.000 (audits en verbetertrajecten)"],
        ["Tevreden ouders", "Gemiddelde waardering ouders van kinderen met een arrangement", "7,2", "ten minste 7,8", "-"],
        ["Tevreden scholen", "Gemiddelde waardering intern begeleiders voor de ondersteuning van het verband", "7,0", "ten minste 7,5", "-"],
    ]))
    B.append(("h2", "5.1 Wat hebben we bereikt in 2021-2025?"))
    B.append(("p", "In de vorige planperiode daalde het deelnamepercentage sbo en so van 4,1 procent naar 3,6 procent. Het aantal terugplaatsingen steeg van 2 naar 5 per jaar. De tevredenheid van ouders steeg van 6,8 naar 7,2. Niet gehaald werd het doel dat alle scholen een voldoende audit zouden hebben: vijf scholen, vooral de kleinste, scoorden op onderdelen onvoldoende, vaak door wisselingen van intern begeleider. De volledige verantwoording staat in bijlage 1."))
    B.append(("h2", "5.2 Hoe volgen we de resultaten?"))
    B.append(("p", "Het bureau houdt de indicatoren bij in een dashboard, op basis van de DUO-telling van 1 oktober, de registratie van arrangementen en terugplaatsingen, en de uitkomsten van de audits. Tevredenheid meten wij met een korte vragenlijst na afloop van ieder arrangement en met een jaarlijkse peiling onder intern begeleiders in mei. De bestuurder rapporteert in februari en september in een halfjaarrapportage aan het algemeen bestuur en de raad van toezicht; de OPR ontvangt dezelfde rapportage. In het jaarverslag staat per doel de bereikte waarde, de besteding van de gekoppelde middelen en een analyse. Blijft een indicator twee metingen achter bij de lijn naar de streefwaarde, dan besluit het algemeen bestuur over bijsturing."))

    B.append(("h1", "6 Ouders"))
    B.append(("p", "Ouders zijn onze belangrijkste partners. Zij worden betrokken bij ieder gesprek over de ondersteuning van hun kind. Hoe wij ouders beter gaan informeren over het ondersteuningsaanbod in de regio, leggen wij vast in een communicatieplan dat in 2026 verschijnt; de ouders in de OPR denken daarover mee."))
    B.append(("p", "Soms lopen gesprekken vast, of hebben ouders behoefte aan iemand die naast hen staat. Ouders en kinderen kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Achterhoek. Het steunpunt is onafhankelijk van scholen en samenwerkingsverbanden; het wordt gezamenlijk gefinancierd door de Achterhoekse samenwerkingsverbanden PO en VO, maar de medewerkers werken uitsluitend in het belang van het kind. Het steunpunt is bereikbaar per telefoon, e-mail en via een wekelijks spreekuur in Winterswijk en Eibergen, en kan meegaan naar gesprekken op school. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. Over besluiten van het verband kunnen ouders een klacht indienen bij de landelijke klachtencommissie waarbij het verband is aangesloten; voor geschillen over toelating, verwijdering en het OPP kunnen zij naar de Geschillencommissie passend onderwijs."))
    B.append(("p", "De OPR bestaat uit zes ouders en zes personeelsleden. De ouders in de OPR hebben een eigen achterbanoverleg met de oudergeledingen van de MR'en van de scholen."))

    B.append(("h1", "7 Financiën"))
    B.append(("p", "Het verband ontvangt jaarlijks ongeveer € 7,6 miljoen aan rijksmiddelen voor lichte en zware ondersteuning. Daarvan gaat ruim € 2,6 miljoen via DUO rechtstreeks naar de so-scholen. Het verdeelmodel waarmee het verband de middelen over de besturen verdeelt, herzien wij in het schooljaar 2025-2026 samen met de besturen; tot die tijd geldt het model zoals opgenomen in de jaarbegroting 2025 (bijlage 4)."))
    B.append(("h2", "7.1 Meerjarenbegroting"))
    B.append(("table", [
        ["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
        ["Rijksbijdrage lichte en zware ondersteuning", "7.620", "7.510", "7.390", "7.280"],
        ["Afdrachten so (DUO)", "-2.640", "-2.610", "-2.590", "-2.570"],
        ["Afdracht groei sbo", "-180", "-175", "-170", "-165"],
        ["Schoolbudgetten besturen", "1.900", "1.870", "1.840", "1.810"],
        ["Aanvullende bekostiging sbo", "1.310", "1.290", "1.270", "1.250"],
        ["Terugkeerarrangementen", "140", "160", "180", "200"],
        ["Audits Basis in Beeld en verbetertrajecten", "60", "60", "60", "60"],
        ["Personeel bureau en orthopedagogen", "1.080", "1.095", "1.110", "1.125"],
        ["Huisvesting, ICT en overige lasten", "210", "210", "215", "215"],
        ["Onderzoek en innovatie", "220", "180", "140", "100"],
        ["Exploitatieresultaat", "-120", "-140", "-185", "-220"],
    ]))
    B.append(("p", "De reserve van het verband bedroeg op 31 december 2024 € 1,8 miljoen, boven de signaleringswaarde. Met de negatieve resultaten in de begroting bouwen wij de reserve in vier jaar af tot ongeveer € 1,1 miljoen. Het weerstandsvermogen blijft dan voldoende om de belangrijkste risico's op te vangen: een onverwachte stijging van het aantal so-leerlingen en een verdere daling van de rijksbijdrage."))

    B.append(("h1", "8 Organisatie en samenwerking"))
    B.append(("h2", "8.1 Bestuur"))
    B.append(("p", "Het verband is een stichting met een bestuurder en een raad van toezicht. De zeven aangesloten schoolbesturen vormen samen het algemeen bestuur, dat het ondersteuningsplan en de begroting vaststelt. Het bureau is gevestigd in Lichtenvoorde en telt 9,1 fte."))
    B.append(("p", "De raad van toezicht bestaat uit vier onafhankelijke leden met achtergronden in onderwijs, financiën, zorg en openbaar bestuur. De raad houdt toezicht op de bestuurder, keurt de begroting en het jaarverslag goed en is werkgever van de bestuurder. Het algemeen bestuur vergadert vier keer per jaar; daarnaast is er maandelijks een overleg van de bestuurder met een afvaardiging van de schoolbesturen. De rolverdeling tussen bestuurder, algemeen bestuur en raad van toezicht is vastgelegd in de statuten en in een toezichtkader dat in 2024 is geactualiseerd. De bestuurder en de raad van toezicht evalueren jaarlijks hun samenwerking."))
    B.append(("p", "Het bureau bestaat uit de bestuurder, een beleidsadviseur, een controller, twee administratief medewerkers, drie orthopedagogen en een medewerker kwaliteit die de audits en het dashboard coördineert. Een deel van de orthopedagogen is gedetacheerd vanuit de schoolbesturen."))
    B.append(("h2", "8.2 Gemeenten"))
    B.append(("p", "Het OOGO over dit plan vond plaats op 4 maart 2025 met de wethouders van Aalten, Berkelland, Oost Gelre en Winterswijk. De inhoudelijke afspraken met de gemeenten over jeugdhulp, thuiszitters en leerlingenvervoer worden vastgelegd in een gezamenlijke agenda die in 2026 verschijnt."))
    B.append(("h2", "8.3 Personeel en professionalisering"))
    B.append(("p", "De werkdruk in het onderwijs is hoog en het lerarentekort is ook in de Achterhoek voelbaar, vooral in het speciaal onderwijs. Het verband organiseert jaarlijks een regionale studiedag en biedt intern begeleiders een netwerk voor intervisie. Medewerkers van het bureau hebben een persoonlijk scholingsbudget."))
    B.append(("h2", "8.4 Privacy"))
    B.append(("p", "Het verband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor zijn wettelijke taken. De bewaartermijn is drie jaar na het laatste besluit. Het verband heeft een functionaris gegevensbescherming."))

    B.append(("h2", "8.5 Inspectie en verantwoording"))
    B.append(("p", "De inspectie van het onderwijs bezocht het samenwerkingsverband voor het laatst in het voorjaar van 2023. Het oordeel over het bestuur was voldoende. De inspectie vroeg aandacht voor een scherpere koppeling tussen doelen en middelen en voor de reserve. Beide punten hebben wij in dit plan verwerkt. Het volgende vierjaarlijkse onderzoek verwachten wij in 2027. Het verband legt jaarlijks verantwoording af in het jaarverslag, dat vóór 1 juli op de website wordt gepubliceerd, en in de jaarrekening, die door een accountant wordt gecontroleerd."))
    B.append(("h2", "8.6 Risico's"))
    B.append(("p", "Wij onderscheiden vier risico's voor de planperiode. Ten eerste een verdere daling van het aantal leerlingen, waardoor de rijksbijdrage sneller daalt dan begroot. Ten tweede een stijging van het aantal kinderen in het so, waardoor de afdrachten toenemen. Ten derde het lerarentekort, dat vooral het speciaal onderwijs en de kleine scholen treft. Ten vierde wijzigingen in de wet- en regelgeving, zoals de landelijke norm basisondersteuning en de vereenvoudiging van de bekostiging. Het bestuur bespreekt de risico's twee keer per jaar met de raad van toezicht."))
    B.append(("h2", "8.7 Huisvesting en ICT van het bureau"))
    B.append(("p", "Het bureau huurt sinds 2022 een verdieping in een bedrijfsverzamelgebouw in Lichtenvoorde, centraal in de regio. Medewerkers werken deels thuis en deels op de scholen. Het verband gebruikt een beveiligde digitale omgeving voor dossiers en een systeem voor de registratie van arrangementen en terugplaatsingen, dat ook de gegevens voor het dashboard levert."))
    B.append(("h1", "9 Planning"))
    B.append(("ul", [
        "2025-2026: herziening verdeelmodel; communicatieplan ouders; eerste ronde audits nieuwe stijl.",
        "2026-2027: nieuwe standaarden basisondersteuning; gezamenlijke agenda met gemeenten, waaronder een aanpak thuiszitters.",
        "2027-2028: tussenevaluatie ondersteuningsplan; verkenning dekkend aanbod voor jonge kinderen.",
        "2028-2029: evaluatie en nieuw ondersteuningsplan.",
    ]))
    B.append(("h1", "Veelgestelde vragen over deze webversie"))
    B.append(("p", "Waar vind ik de volledige versie? Onderaan deze pagina kunt u de pdf-versie van het plan downloaden. De bijlagen zijn op aanvraag verkrijgbaar bij het bureau."))
    B.append(("p", "Hoe kan ik reageren op dit plan? Reacties zijn welkom via het contactformulier. Wij nemen ze mee bij de tussenevaluatie in 2027."))
    B.append(("p", "Wie heeft dit plan vastgesteld? Het algemeen bestuur, na instemming van de ondersteuningsplanraad en na het OOGO met de gemeenten. De raad van toezicht heeft het plan goedgekeurd op 26 maart 2025."))
    B.append(("p", "Geldt dit plan ook voor kinderen die over de grens wonen? Ja, voor alle kinderen die op een school van ons verband staan ingeschreven, ongeacht hun woonplaats."))
    return N, B


LABEL_P5 = {
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                 "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                 "ouders": "partial"},
    "criteria": crit(["basisondersteuning.niveau", "basisondersteuning.inhoud",
                      "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                      "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                      "ouders.informatie"]),
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H4: standards being rewritten in 2026-2027 (no level, no content), but the two-yearly audit 'Basis in Beeld' with kwaliteitskaart and verbeterplan is described (borging only).",
        "plaatsing": "3.2 only refers to the Handboek Ondersteuningstoewijzing (bijlage 3, not in the web version); nothing on procedure, criteria, deskundigen, duration or bezwaar.",
        "terugstroom": "Policy in 3.1 'Terug naar de eigen omgeving' (inside the koers chapter): aim, conditions, terugkeerarrangement; the stappenplan is only in the Handboek. Return figures in H5.",
        "financien": "7.1 meerjarenbegroting table 2025-2028 with amounts and reserves text; the verdeelmodel is deferred to a revision in 2025-2026 / absent jaarbegroting.",
        "dekkend-aanbod": "No description of provisions or gaps; OOGO paragraph is procedural and defers jeugdhulp/thuiszitters agreements to 2026; 'dekkend aanbod' only in the planning list.",
        "resultaten": "H5: six goals with indicator, 2024 value and streefwaarde 2029 linked to money; 5.1 achieved results; 5.2 dashboard, halfjaarrapportage, jaarverslag, bijsturing.",
        "ouders": "H6: informing parents deferred to a communicatieplan (2026); independent Ouder- en Jeugdsteunpunt Achterhoek, Onderwijsconsulenten, klachten/geschillen described; OPR composition.",
    },
}


# =========================================================================== P6
# Near-miss: a school-level "ondersteuningsplan" (zorgplan) of one small village school.
# Same vocabulary (basisondersteuning, TLV, arrangement, terugplaatsing, ouders, middelen,
# resultaten), but it is not an ondersteuningsplan of a samenwerkingsverband.

def plan_p6():
    N = "Kindcentrum De Esch"
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2026",
        "Kindcentrum De Esch, Drouwenerveen",
        "Onderdeel van Stichting Openbaar Onderwijs Hunze en Veen - aangesloten bij Samenwerkingsverband PO Hunzedal",
        "Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2025",
    ]))
    B.append(("toc",))
    B.append(("h1", "1 Inleiding"))
    B.append(("p", "In dit ondersteuningsplan beschrijven wij hoe de ondersteuning van leerlingen op Kindcentrum De Esch is georganiseerd in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders die willen weten hoe wij werken. Het plan sluit aan bij ons schoolondersteuningsprofiel (SOP), bij het schoolplan 2023-2027 van de stichting en bij het ondersteuningsplan van het samenwerkingsverband, waar alle scholen in onze regio bij zijn aangesloten."))
    B.append(("p", "De Esch is een kleine dorpsschool met 68 leerlingen in drie combinatiegroepen (1-2-3, 4-5-6 en 7-8) en een peutergroep. Het team bestaat uit zes leerkrachten, een intern begeleider (één dag per week), een onderwijsassistent en een directeur die ook een andere school van de stichting leidt. Het leerlingaantal daalt al enkele jaren; in 2020 hadden we nog 89 leerlingen."))

    B.append(("h1", "2 Onze visie op ondersteuning"))
    B.append(("p", "Op De Esch kennen we ieder kind. Dat is de kracht van een kleine school. Wij willen dat ieder kind zich veilig voelt, zich ontwikkelt naar zijn mogelijkheden en met plezier naar school gaat. Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar wat er mis is. De leerkracht is verantwoordelijk voor alle kinderen in de groep; de intern begeleider ondersteunt de leerkracht."))

    B.append(("h1", "3 De ondersteuningsstructuur op school"))
    B.append(("p", "Wij werken met vijf niveaus van ondersteuning. Deze niveaus zijn ook terug te vinden in ons SOP."))
    B.append(("table", [
        ["Niveau", "Omschrijving", "Wie"],
        ["1", "Algemene zorg in de groep: differentiatie in drie niveaus binnen de combinatiegroep", "Leerkracht"],
        ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching, extra oefening", "Leerkracht"],
        ["3", "Speciale zorg na intern overleg: handelingsplan na leerlingbespreking", "Leerkracht en intern begeleider"],
        ["4", "Speciale zorg met externe hulp: inzet ondersteuningsteam, onderzoek, arrangement", "IB, ouders, consulent samenwerkingsverband"],
        ["5", "Verwijzing naar speciaal (basis)onderwijs met een TLV", "Bestuur, samenwerkingsverband"],
    ]))
    B.append(("h2", "3.1 Basisondersteuning op De Esch"))
    B.append(("p", "Onze school biedt de basisondersteuning zoals die in ons samenwerkingsverband is afgesproken. Concreet betekent dit bij ons: een dyslexieprotocol en voorleessoftware, een aanbod voor kinderen die meer aankunnen (de 'Eschklas' op vrijdagmiddag, samen met een buurschool), de Kanjertraining voor sociaal-emotionele ontwikkeling, en een vaste intern begeleider. Voor kinderen met een medische hulpvraag maken wij afspraken met ouders en de jeugdarts."))
    B.append(("h2", "3.2 De zorgcyclus"))
    B.append(("p", "Wij toetsen twee keer per jaar met de toetsen van het leerlingvolgsysteem (januari en juni). Na iedere toetsperiode houdt de intern begeleider groepsbesprekingen met iedere leerkracht. Daarin bespreken we de resultaten van de groep, de kinderen die opvallen en de aanpak voor de komende periode. Leerlingbesprekingen vinden plaats wanneer een leerkracht zich zorgen maakt. De jaarplanning van de zorgcyclus staat in hoofdstuk 8."))
    B.append(("h2", "3.3 Het ondersteuningsteam"))
    B.append(("p", "Als de ondersteuning op niveau 3 niet voldoende helpt, bespreken wij het kind in het ondersteuningsteam (OT). Aan het OT nemen deel: de ouders, de leerkracht, de intern begeleider en de consulent van het samenwerkingsverband. Zo nodig schuift de jeugdverpleegkundige of een medewerker van het gebiedsteam van de gemeente aan. Het OT komt zes keer per jaar bij elkaar. Ouders geven altijd vooraf toestemming voor de bespreking."))

    B.append(("h1", "4 Extra ondersteuning en arrangementen"))
    B.append(("p", "Soms heeft een kind meer nodig dan wij zelf kunnen bieden. Dan kan de school, na bespreking in het OT, een arrangement aanvragen bij het samenwerkingsverband. Dat kan bijvoorbeeld extra begeleiding door een specialist zijn, of een tijdelijke plaatsing in de bovenschoolse groep van het samenwerkingsverband. In het schooljaar 2024-2025 hadden drie kinderen van onze school een arrangement."))
    B.append(("p", "Voor kinderen met een eigen leerlijn stellen wij een ontwikkelingsperspectief (OPP) op. Het OPP wordt twee keer per jaar met ouders geëvalueerd. Op dit moment hebben vier kinderen een OPP, van wie twee voor rekenen."))
    B.append(("h2", "4.1 Verwijzing naar het sbo of so"))
    B.append(("p", "Als ook met een arrangement blijkt dat een kind op onze school niet tot ontwikkeling komt, kan het bestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs. De procedure en de criteria zijn die van het samenwerkingsverband; wij verwijzen ouders daarvoor naar de website van het verband. De intern begeleider helpt ouders en leerkracht bij het samenstellen van het dossier. In de afgelopen drie jaar is één kind van onze school naar het sbo gegaan."))
    B.append(("h2", "4.2 Terugplaatsing op onze school"))
    B.append(("p", "Wij staan open voor kinderen die vanuit het sbo of so terugkeren naar een gewone basisschool in hun dorp. Als een sbo- of so-school ons benadert, voeren wij een gesprek met ouders en de school van herkomst en bekijken wij of wij de ondersteuning kunnen bieden. In 2024 is een leerling uit groep 6 vanuit het sbo bij ons teruggekeerd; zij krijgt nog een jaar begeleiding van een leerkracht van het sbo."))

    B.append(("h1", "5 Ouders"))
    B.append(("p", "Ouders zijn onze partners. Wij informeren ouders over de ontwikkeling van hun kind via drie rapportgesprekken per jaar en tussentijds wanneer dat nodig is. Wanneer wij ons zorgen maken, nemen wij direct contact op. Ouders kunnen ook zelf altijd een afspraak maken met de leerkracht of de intern begeleider."))
    B.append(("p", "Informatie over de ondersteuning op onze school vinden ouders in de schoolgids en in het SOP op onze website. Informatie over het ondersteuningsaanbod in de regio staat op de website van het samenwerkingsverband. Ouders die er met ons niet uitkomen, kunnen terecht bij de vertrouwenspersoon van de stichting, bij het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de Onderwijsconsulenten. De klachtenregeling van de stichting staat in de schoolgids."))

    B.append(("h1", "6 Middelen"))
    B.append(("p", "De school ontvangt van het bestuur een deel van het budget dat het bestuur van het samenwerkingsverband krijgt. Voor De Esch was dat in 2025 een bedrag van € 9.600 plus de vaste voet voor kleine scholen van € 6.500. Wij besteden dit budget aan de uren van de intern begeleider boven de formatie (0,1 fte), aan de onderwijsassistent (8 uur per week) en aan scholing van het team op het gebied van rekenproblemen. De directeur verantwoordt de besteding jaarlijks aan het bestuur."))

    B.append(("h1", "7 Resultaten en kwaliteit"))
    B.append(("p", "Wij volgen de resultaten van onze leerlingen met het leerlingvolgsysteem en de eindtoets. Omdat onze groepen klein zijn, schommelen de resultaten per jaar sterk. Over de afgelopen drie jaar lag het percentage leerlingen dat het streefniveau 1F haalde voor lezen op 96 procent en voor rekenen op 91 procent; het percentage dat 2F/1S haalde, lag voor lezen op 68 en voor rekenen op 42 procent. Rekenen is daarom ons speerpunt. Het doel voor 2026 is dat ten minste 50 procent van de leerlingen in groep 8 het niveau 1S voor rekenen haalt."))
    B.append(("p", "Twee keer per jaar bespreekt het team de schoolresultaten in een teamvergadering. De directeur rapporteert over de resultaten aan het bestuur in de managementrapportage. De inspectie heeft de school in 2023 bezocht en de kwaliteit als voldoende beoordeeld."))

    B.append(("h1", "8 Jaarplanning zorg 2025-2026"))
    B.append(("table", [
        ["Maand", "Activiteit"],
        ["September", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
        ["Oktober", "OT; scholing Kanjertraining nieuwe leerkracht"],
        ["Januari", "Toetsen leerlingvolgsysteem; groepsbesprekingen"],
        ["Februari", "Rapportgesprekken; evaluatie OPP's"],
        ["Maart", "OT; adviesgesprekken groep 8"],
        ["Juni", "Toetsen; groepsbesprekingen; evaluatie OPP's"],
        ["Juli", "Overdracht naar nieuwe groep en naar voortgezet onderwijs"],
    ]))
    return N, B


LABEL_P6 = {
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "School-level 'ondersteuningsplan' (zorgplan) of one village school (KC De Esch): zorgniveaus, groepsbesprekingen, own OT and budget; it only refers to the samenwerkingsverband and is not an SWV plan (no planperiode of 4 years, no OPR/OOGO, no verband-wide procedures).",
    },
}


# =========================================================================== main

def header_for(name, blocks):
    return f"Ondersteuningsplan 2025-2029 | {name}"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    made = []

    # P1: .docx
    n, b = plan_p1()
    f = OUT / "po-hunzedal-2025-2029.docx"
    render_docx(b, f, header_for(n, b))
    write_label("po-hunzedal-2025-2029", dict(LABEL_P1, documents=[f.name]))
    made.append((f.name, word_count(b)))

    # P2: .docx and the same plan as .pdf
    n, b = plan_p2()
    f = OUT / "vo-dinkel-vecht-2025-2029.docx"
    render_docx(b, f, header_for(n, b))
    fp = OUT / "vo-dinkel-vecht-2025-2029.pdf"
    docx_to_pdf(f, fp)
    write_label("vo-dinkel-vecht-2025-2029", dict(LABEL_P2, documents=[f.name, fp.name]))
    made.append((f.name + " + .pdf", word_count(b)))

    # P3: .pdf only (rendered from a temporary .docx)
    n, b = plan_p3()
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout98_p3_"))
    try:
        f = tmpdir / "po-geul-gulp-2025-2029.docx"
        render_docx(b, f, header_for(n, b))
        fp = OUT / "po-geul-gulp-2025-2029.pdf"
        docx_to_pdf(f, fp)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_label("po-geul-gulp-2025-2029", dict(LABEL_P3, documents=[fp.name]))
    made.append((fp.name, word_count(b)))

    # P4: .pdf only
    n, b = plan_p4()
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout98_p4_"))
    try:
        f = tmpdir / "vo-waddenkust-2025-2029.docx"
        render_docx(b, f, header_for(n, b))
        fp = OUT / "vo-waddenkust-2025-2029.pdf"
        docx_to_pdf(f, fp)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_label("vo-waddenkust-2025-2029", dict(LABEL_P4, documents=[fp.name]))
    made.append((fp.name, word_count(b)))

    # P5: .html web version
    n, b = plan_p5()
    f = OUT / "po-slinge-berkel-2025-2029.html"
    render_html(b, f, header_for(n, b))
    write_label("po-slinge-berkel-2025-2029", dict(LABEL_P5, documents=[f.name]))
    made.append((f.name, word_count(b)))

    # P6: near-miss, school-level plan, .docx
    n, b = plan_p6()
    f = OUT / "kc-de-esch-ondersteuningsplan-2025-2026.docx"
    render_docx(b, f, f"Ondersteuningsplan 2025-2026 | {n}")
    write_label("kc-de-esch-ondersteuningsplan-2025-2026", dict(LABEL_P6, documents=[f.name]))
    made.append((f.name, word_count(b)))

    for name, wc in made:
        print(f"{name}: {wc} words")


if __name__ == "__main__":
    main()
