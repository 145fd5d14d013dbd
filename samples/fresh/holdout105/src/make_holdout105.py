#!/usr/bin/env python3
"""Build the holdout105 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four VO, one PO) and one near-miss
document (a school-level ondersteuningsplan of a VO school), plus label files.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from the generated .docx with LibreOffice (soffice).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 4, 1, 9, 0, 0)


# --------------------------------------------------------------------------
# A tiny markup: '# ' h1, '## ' h2, '### ' h3, '- ' bullet, '| a | b |' table
# row, '[TOC]' table of contents, blank line separates paragraphs.
# --------------------------------------------------------------------------
def parse(text):
    blocks = []
    para = []

    def flush():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    for raw in text.strip("\n").splitlines():
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s == "[TOC]":
            flush()
            blocks.append(("toc", None))
        elif s.startswith("### "):
            flush()
            blocks.append(("h3", s[4:]))
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
        else:
            para.append(s)
    flush()
    return blocks


def toc_entries(blocks):
    entries = []
    page = 3
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            page += 1 if kind == "h1" else 0
            entries.append((kind, val, page))
            if kind == "h1":
                page += 1
    return entries


def render_docx(doc_spec, path):
    blocks = parse(doc_spec["body"])
    d = Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.last_printed = FIXED_DATE
    d.core_properties.author = doc_spec.get("author", "")
    d.core_properties.title = doc_spec["title"][0]
    d.core_properties.revision = 1
    st = d.styles["Normal"]
    st.font.name = doc_spec.get("font", "Calibri")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc_spec.get("header", "")
    sec.footer.paragraphs[0].text = doc_spec.get("footer", "")
    # title page
    d.add_paragraph(doc_spec["title"][0], style="Title")
    for line in doc_spec["title"][1:]:
        d.add_paragraph(line)
    d.add_page_break()
    for kind, val in blocks:
        if kind == "toc":
            d.add_paragraph(doc_spec.get("toc_title", "Inhoudsopgave"), style="Heading 1")
            for k, t, pg in toc_entries(blocks):
                ind = "" if k == "h1" else "    "
                d.add_paragraph(f"{ind}{t} {'.' * 8} {pg}")
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    t.cell(i, j).text = r[j] if j < len(r) else ""
            d.add_paragraph("")
    d.save(str(path))


def render_html(doc_spec, path):
    blocks = parse(doc_spec["body"])
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc_spec['title'][0])}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td{border:1px solid #999;padding:3px 6px}"
           "header,footer{color:#666;font-size:small}</style>",
           "</head>", "<body>",
           f"<header>{e(doc_spec.get('header', ''))}</header>",
           '<div class="titelpagina">', f"<h1>{e(doc_spec['title'][0])}</h1>"]
    for line in doc_spec["title"][1:]:
        out.append(f"<p>{e(line)}</p>")
    out.append("</div>")
    hid = 0
    ids = {}
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            hid += 1
            ids[(kind, val)] = f"h{hid}"
    for kind, val in blocks:
        if kind == "toc":
            out.append(f'<nav class="inhoud"><h2>{e(doc_spec.get("toc_title", "Inhoud"))}</h2><ul>')
            for k, t, _pg in toc_entries(blocks):
                cls = "" if k == "h1" else ' class="sub"'
                out.append(f'<li{cls}><a href="#{ids[(k, t)]}">{e(t)}</a></li>')
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f'<h2 id="{ids[(kind, val)]}">{e(val)}</h2>')
        elif kind == "h2":
            out.append(f'<h3 id="{ids[(kind, val)]}">{e(val)}</h3>')
        elif kind == "h3":
            out.append(f"<h4>{e(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            for r in val:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
    out.append(f"<footer>{e(doc_spec.get('footer', ''))}</footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(doc_spec, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout105_make_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(doc_spec, src)
        profile = (tmp / "lo_profile").as_uri()
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


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


def status_from(criteria, advisory, element):
    core = [v for k, v in criteria.items() if k.split(".")[0] == element]
    if all(core):
        return "present"
    if any(core) or advisory.get(element):
        return "partial"
    return "missing"


def write_label(name, label):
    lines = ["documents: [" + ", ".join(label["documents"]) + "]"]
    if not label["looks_like_plan"]:
        lines += [f"sector: {label['sector']}", "looks_like_plan: false", "elements: {}",
                  "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in label["notes"].items():
            lines.append(f"  {k}: {yaml_str(v)}")
        (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    crit = {c: (c in label["true"]) for c in CORE}
    adv = label.get("advisory", {})
    elems = {el: status_from(crit, adv, el) for el in ELEMENTS}
    expected = label.get("check_status")
    if expected:
        assert elems == expected, (name, elems, expected)
    lines.append(f"sector: {label['sector']}")
    lines.append("looks_like_plan: true")
    lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elems.items()) + "}")
    lines.append("criteria:")
    for c in CORE:
        lines.append(f"  {c}: {'true' if crit[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            lines.append(f"  {el}: [" + ", ".join(adv[el]) + "]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in label["notes"]:
            lines.append(f"  {el}: {yaml_str(label['notes'][el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


DOCS = []  # filled below: (name, format, spec, label)


# ==========================================================================
# P1 - VO, docx. Broad, thorough plan; terugplaatsing stappenplan deferred,
# monitoring of results deferred; ouders under "Communicatie"; money under
# "Geld en middelen".
# ==========================================================================
P1_BODY = r"""
[TOC]

# Voorwoord

Voor u ligt het ondersteuningsplan 2026-2030 van het Samenwerkingsverband VO Aldenwaerde e.o. Het is het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste plan dat we schrijven na een periode waarin veel veranderde: de wet versterking positie ouders en leerlingen, de verbeteraanpak passend onderwijs, de afbouw van onze reserves en een forse toename van het aantal leerlingen dat met een complexe ondersteuningsvraag naar het voortgezet onderwijs komt.

Dit plan is tot stand gekomen in gesprek. Met schoolleiders en ondersteuningscoördinatoren, met de ondersteuningsplanraad, met de vier gemeenten in onze regio, met de collega's van het samenwerkingsverband primair onderwijs en met leerlingen uit de leerlingenraden van drie scholen. Wij danken iedereen die heeft meegedacht. De titel van dit plan, "Iedere leerling een passende plek", is letterlijk ontleend aan wat een leerling van het praktijkonderwijs ons tijdens een van de sessies meegaf.

Een ondersteuningsplan is geen eindpunt. Veel van wat hier staat, moet in de scholen waargemaakt worden, door mentoren, docenten, ondersteuningscoördinatoren en schoolleiders. Wij hopen dat dit plan hun werk richting en houvast geeft.

Mr. drs. H.J. Verbeek, directeur-bestuurder

# 1 Inleiding

## 1.1 Waarom een ondersteuningsplan

Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 17a Wet op het voortgezet onderwijs, inmiddels artikel 2.47 en verder van de WVO 2020). In het plan beschrijven we hoe we zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen een zo passend mogelijke plek in het onderwijs krijgen. Het plan beslaat de schooljaren 2026-2027 tot en met 2029-2030 en loopt van 1 augustus 2026 tot en met 31 juli 2030.

## 1.2 Totstandkoming

Het concept van dit plan is besproken in de kerngroep ondersteuning (november 2025), in het directeurenoverleg (december 2025 en januari 2026) en in twee themabijeenkomsten met de ondersteuningsplanraad. Het op overeenstemming gericht overleg (OOGO) met de gemeenten Aldenwaerde, Steenvoorde, Marlenburg en Kerkwijde vond plaats op 5 maart 2026. Het overleg met het samenwerkingsverband PO Aldenwaerde vond plaats op 10 februari 2026. De ondersteuningsplanraad heeft op 24 maart 2026 ingestemd met het plan. Het algemeen bestuur heeft het plan vastgesteld op 14 april 2026, waarna het voor 1 mei 2026 aan de inspectie is toegezonden.

## 1.3 Leeswijzer

Hoofdstuk 2 schetst ons samenwerkingsverband in cijfers. Hoofdstuk 3 beschrijft onze visie en ambities. De hoofdstukken 4 tot en met 6 gaan over het ondersteuningsaanbod: basisondersteuning, extra ondersteuning en toelaatbaarheid. Hoofdstuk 7 gaat over de samenwerking met gemeenten, hoofdstuk 8 over kwaliteit en resultaten en hoofdstuk 9 over communicatie. De hoofdstukken 10 tot en met 13 gaan over organisatie, personeel, geld en planning. Achterin vindt u een begrippenlijst.

# 2 Ons samenwerkingsverband

Het samenwerkingsverband omvat de voortgezet-onderwijslocaties in de gemeenten Aldenwaerde, Steenvoorde, Marlenburg en Kerkwijde. Zeven schoolbesturen zijn aangesloten, met samen veertien vestigingen: negen scholen voor vmbo, havo en vwo (waarvan zes met lwoo), twee scholen voor praktijkonderwijs, twee vso-scholen (cluster 4 en cluster 3) en de Internationale Schakelklas (ISK) Aldenwaerde.

| Leerlingen per 1 oktober | 2022 | 2023 | 2024 | 2025 |
| vmbo (incl. lwoo) | 3.412 | 3.380 | 3.351 | 3.298 |
| havo/vwo | 4.205 | 4.260 | 4.311 | 4.340 |
| praktijkonderwijs | 402 | 415 | 421 | 430 |
| vso (cluster 3 en 4) | 289 | 301 | 312 | 318 |
| ISK | 96 | 141 | 158 | 149 |
| totaal | 8.404 | 8.497 | 8.553 | 8.535 |

Het deelnamepercentage vso lag op 1 oktober 2025 op 3,6 procent; het landelijk gemiddelde was 3,7 procent. Het percentage leerlingen met lwoo daalde in vier jaar van 12,1 naar 10,9 procent van alle vmbo-leerlingen. De leerlingenaantallen in de regio dalen de komende jaren licht; de prognose voor 2030 is 8.210 leerlingen.

# 3 Visie, missie en ambities

Onze missie is kort: iedere jongere in onze regio krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis en samen met leeftijdsgenoten waar dat kan. We geloven dat scholen dat het beste samen kunnen. Geen school kan alles, maar samen kunnen we veel.

Onze visie rust op vier uitgangspunten. Ten eerste: de ondersteuningsbehoefte van de leerling is het vertrekpunt, niet de stoornis of het etiket. Ten tweede: ondersteuning wordt zo veel mogelijk in de klas en in de school georganiseerd. Ten derde: ouders en leerlingen zijn partners; zij kennen de leerling het best. Ten vierde: onderwijs en jeugdhulp werken samen vanuit het principe één gezin, één plan.

Voor de komende planperiode hebben we drie ambities geformuleerd, die in hoofdstuk 8 zijn uitgewerkt in beoogde resultaten: sterkere basisondersteuning in de klas, geen jongere langer dan vier weken thuis zonder passend aanbod, en meer leerlingen die vanuit het vso of het OPDC weer in het reguliere onderwijs hun diploma halen.

# 4 Basisondersteuning

## 4.1 Wat wij onder basisondersteuning verstaan

Basisondersteuning is het door alle aangesloten besturen vastgestelde niveau van ondersteuning dat iedere vestiging van het samenwerkingsverband ten minste biedt, voor iedere leerling, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau geldt voor alle vestigingen: vmbo, havo, vwo en praktijkonderwijs. Voor de vso-scholen en de ISK gelden aanvullende afspraken die in hun schoolondersteuningsprofiel zijn opgenomen. Het bestuur heeft de standaarden op 11 november 2025 opnieuw vastgesteld.

## 4.2 Wat ouders en leerlingen op iedere school mogen verwachten

Op iedere vestiging is ten minste het volgende aanwezig:

- een mentor per klas met minimaal één uur mentoruur per week in leerjaar 1 en 2, en minimaal drie individuele gesprekken per jaar met iedere leerling;
- een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die de ondersteuning in de school coördineert;
- een intern ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met een orthopedagoog of schoolpsycholoog en de jeugdarts of jeugdverpleegkundige van de GGD;
- een dyslexie- en dyscalculieprotocol, met faciliteiten als extra tijd, vergrote opgaven en voorleessoftware;
- een aanbod voor sociaal-emotionele ontwikkeling en faalangstreductie (trainingen in kleine groepen, ten minste eenmaal per schooljaar);
- begeleiding bij executieve functies (plannen, organiseren) via huiswerkbegeleiding of studievaardigheidslessen;
- een time-outvoorziening of opvangplek in de school, met een vaste medewerker;
- een anti-pestcoördinator en een anti-pestprotocol;
- afspraken over medisch handelen en het verstrekken van medicijnen;
- een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die meer nodig heeft dan de basisondersteuning, opgesteld binnen zes weken en ten minste jaarlijks met ouders en leerling geëvalueerd;
- een schoolmaatschappelijk werker die binnen twee weken na aanmelding een eerste gesprek voert.

## 4.3 Borging

Iedere school beschrijft in haar schoolgids hoe zij de basisondersteuning vormgeeft. Het samenwerkingsverband voert eens per twee jaar per school een gesprek aan de hand van de kwaliteitskaart basisondersteuning, met een schoolbezoek en een gesprek met leerlingen. Scholen die op een of meer standaarden onder het afgesproken niveau blijven, stellen binnen drie maanden een verbeterplan op; de voortgang wordt besproken in het directeurenoverleg.

# 5 Extra ondersteuning en het ondersteuningscontinuüm

## 5.1 Het continuüm

Waar de basisondersteuning niet toereikend is, zetten we extra ondersteuning in. We onderscheiden vier niveaus die op elkaar aansluiten:

| Niveau | Wat | Waar | Toegang |
| 1 | Basisondersteuning | iedere vestiging | geen aanvraag |
| 2 | Extra ondersteuning in de school (arrangementen, lwoo, trajectvoorziening) | eigen school | besluit school, OPP |
| 3 | Bovenschoolse voorzieningen: OPDC De Overstap, rebound, ISK, praktijkonderwijs | regio | via Loket Aldenwaerde of toelaatbaarheid pro |
| 4 | Voortgezet speciaal onderwijs (vso cluster 3 en 4) | De Horizon, Het Anker | toelaatbaarheidsverklaring |

Op niveau 2 bieden zes scholen een trajectvoorziening (een rustige werkplek met begeleiding, waar leerlingen een deel van de dag werken). Het OPDC De Overstap heeft plaats voor 48 leerlingen, die er maximaal een jaar verblijven en daarna terugkeren naar een reguliere school. De rebound biedt een kortdurende time-out van maximaal twaalf weken. Daarnaast zijn er onderwijs-zorgarrangementen voor leerlingen die naast onderwijs jeugdhulp op school nodig hebben (zie hoofdstuk 7).

## 5.2 Zorgplicht en het Loket

Het bevoegd gezag van de school waar een leerling schriftelijk is aangemeld, heeft zorgplicht. Kan de school zelf geen passend aanbod doen, dan zoekt zij in overleg met ouders een andere school en schakelt zij het Loket Aldenwaerde in. Het Loket is het centrale adres voor scholen voor consultatie, arrangementen en aanvragen voor toelaatbaarheid.

## 5.3 Dekkend aanbod, thuiszitters en wachtlijsten

We brengen jaarlijks in kaart voor welke jongeren geen passend aanbod beschikbaar is. Daarvoor gebruiken we de thuiszittersregistratie die we samen met de leerplichtambtenaren bijhouden, de wachtlijsten van OPDC en vso en de casussen die in het Loket zijn besproken. In het najaar bespreken we de uitkomsten met de schoolbesturen en gemeenten en spreken we af welke lacunes met voorrang worden aangepakt. Uit de analyse van 2025 bleek dat er geen passend aanbod was voor hoogbegaafde leerlingen met een dubbel bijzondere ondersteuningsvraag en voor jongeren die na een lange periode van verzuim geleidelijk moeten instromen. Voor beide groepen starten we in 2026 een pilot.

Elke jongere die langer dan vier weken thuiszit, wordt besproken aan de thuiszitterstafel, waar school, leerplicht, Loket, jeugdhulp en ouders binnen twee weken een plan maken. Lukt dat niet, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een school of voorziening vragen de leerling tijdelijk op te vangen, met financiering vanuit het samenwerkingsverband.

# 6 Toelaatbaarheid: vso, praktijkonderwijs en lwoo

## 6.1 Aanvraag en besluit

De aanvraag voor een toelaatbaarheidsverklaring (TLV) voor het vso of het praktijkonderwijs wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, via het digitale aanvraagformulier van het Loket. Bij de aanvraag horen het OPP, een onderwijskundig rapport, de verslagen van het ondersteuningsteam en de zienswijze van ouders (en vanaf 12 jaar van de leerling zelf). De Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband beoordeelt de aanvraag. De commissie bestaat uit een voorzitter, een orthopedagoog, een GZ-psycholoog en een ambtelijk secretaris.

De procedure kent vier stappen: ontvangst en volledigheidstoets (binnen vijf werkdagen), deskundigenadvies, bespreking in de CvT, en besluit van de directeur-bestuurder namens het bestuur. Het besluit volgt binnen zes weken na ontvangst van een volledige aanvraag. Bij een spoedaanvraag, bijvoorbeeld bij een dreigend thuiszitten, besluit de commissie binnen tien werkdagen.

## 6.2 Deskundigenadvies

Over iedere aanvraag adviseren twee deskundigen, ieder met een eigen schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige (kinder- en jeugdpsychiater, maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag of bij de begeleiding van de leerling. Ouders ontvangen een afschrift van de adviezen.

## 6.3 Criteria

Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:

- de ondersteuningsbehoefte is in het OPP beschreven en de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 gedurende minimaal een half jaar ingezet en geëvalueerd;
- uit de evaluatie blijkt dat de leerling ook met extra ondersteuning in het regulier onderwijs niet tot ontwikkeling komt;
- de ondersteuningsbehoefte vraagt een combinatie van kleine groepen, een specifiek pedagogisch klimaat of intensieve zorg die de reguliere school niet kan bieden;
- het vso kan naar verwachting wel in die behoefte voorzien.

Voor rechtstreekse toelaatbaarheid zonder voorafgaand arrangement (bijvoorbeeld bij leerlingen met een ernstige meervoudige beperking of leerlingen die vanuit het so doorstromen) volstaat het deskundigenadvies.

Voor het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één technisch lezen of begrijpend lezen of inzichtelijk rekenen). Voor lwoo hanteren wij sinds 2018 eigen criteria (opting out): een leerling komt in aanmerking voor lwoo bij een leerachterstand van anderhalf tot drie jaar op ten minste één domein én een ondersteuningsbehoefte op het gebied van leren, werkhouding of sociaal-emotioneel functioneren, vastgesteld met het onderwijskundig rapport van de basisschool.

## 6.4 Duur en bekostigingscategorie

Een TLV voor het vso wordt afgegeven voor twee schooljaren en vervalt op 31 juli van het tweede jaar; bij een leerling met een levenslange beperking kan de CvT een TLV tot het einde van de schoolloopbaan afgeven. De CvT bepaalt de bekostigingscategorie (laag, midden of hoog) op basis van het deskundigenadvies. Een TLV voor het praktijkonderwijs geldt voor de hele schoolloopbaan. Een aanwijzing lwoo geldt tot het einde van de leerweg.

## 6.5 Bezwaar

Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Voordat het bezwaar wordt behandeld, biedt het samenwerkingsverband een gesprek met een onafhankelijke mediator aan.

## 6.6 Terugplaatsing en overplaatsing

Wij vinden dat een plek in het vso geen eindstation hoeft te zijn. Leerlingen die zich in het vso goed ontwikkelen, moeten de kans krijgen om terug te keren naar een reguliere school, bij voorkeur dicht bij huis. Voorwaarde is dat uit het OPP blijkt dat de leerling de ondersteuning van een reguliere school met een arrangement aankan en dat ouders en leerling de overstap steunen. Een leerling die terugkeert, krijgt een terugkeerarrangement van maximaal één schooljaar, met ambulante begeleiding vanuit de vso-school en een budget van € 4.500 voor de ontvangende school. In 2024-2025 keerden negen leerlingen uit het vso terug naar het regulier onderwijs.

Het stappenplan voor terugplaatsing, met de momenten waarop wordt geëvalueerd en wie daarover beslist, werken we in het schooljaar 2026-2027 samen met de vso-scholen uit in een handreiking.

# 7 Samenwerking met gemeenten en jeugdhulp

De vier gemeenten en het samenwerkingsverband hebben in het OOGO van 5 maart 2026 afspraken gemaakt over vijf thema's: de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer, onderwijshuisvesting van de bovenschoolse voorzieningen en de overgang naar mbo en arbeid. Per school is een vaste contactpersoon van het lokale team jeugd beschikbaar. De gemeenten financieren samen met het samenwerkingsverband de onderwijs-zorgarrangementen in het vso en op het OPDC, waarbij een jeugdhulpverlener op school werkt. Twee keer per jaar bespreken de wethouders en het bestuur de voortgang.

# 8 Kwaliteit en resultaten

## 8.1 Terugblik op de vorige planperiode

De vorige planperiode hebben we in het voorjaar van 2025 met de schoolbesturen en de OPR besproken in een werkconferentie. De belangrijkste les was dat we te veel doelen tegelijk nastreefden. In dit plan kiezen we daarom voor drie ambities, die we hieronder uitwerken in beoogde resultaten.

## 8.2 Beoogde resultaten 2026-2030

| Ambitie | Beoogd resultaat | Streefwaarde 2030 |
| Sterke basisondersteuning | alle vestigingen voldoen aan alle standaarden van de kwaliteitskaart | 14 van 14 vestigingen |
| Niemand thuis | geen jongere langer dan vier weken zonder passend aanbod | 0 langdurige thuiszitters |
| Terug naar regulier | meer leerlingen stromen vanuit vso of OPDC terug naar regulier onderwijs | 15 per jaar (nu 9) |
| Tevredenheid | ouders van leerlingen met een OPP zijn tevreden over de ondersteuning | rapportcijfer 7,5 of hoger |
| Snelle toewijzing | TLV-aanvragen worden snel afgehandeld | 95% binnen zes weken |

## 8.3 Meten en volgen

Hoe en wanneer wij de voortgang op deze doelen meten en daarover rapporteren, leggen wij vast in een kwaliteitskader dat het bestuur in 2027 vaststelt.

# 9 Communicatie

## 9.1 Communicatie met scholen en partners

We informeren scholen via een maandelijkse nieuwsbrief voor ondersteuningscoördinatoren en via het directeurenoverleg. Met gemeenten en jeugdhulp communiceren we via de regionale werkgroep onderwijs-jeugd.

## 9.2 Ouders en leerlingen

Ouders en leerlingen vinden op onze website een aparte ouderpagina met uitleg over de basisondersteuning, de arrangementen, het OPDC, het vso en de procedure voor toelaatbaarheid, met een stroomschema en voorbeelden. Iedere school geeft in haar schoolgids en bij het intakegesprek uitleg over haar ondersteuningsaanbod. Twee keer per jaar organiseren we een informatieavond voor ouders van leerlingen in groep 8 met een ondersteuningsvraag, samen met het samenwerkingsverband PO. De ouderbrochure "Extra steun op school?" is beschikbaar in het Nederlands, Engels, Arabisch en Oekraïens.

Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Aldenwaerde. Het steunpunt is onafhankelijk van de scholen en het samenwerkingsverband, is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur en kan een onafhankelijke ouderbegeleider inzetten die meegaat naar gesprekken. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband geldt onze klachtenregeling; geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.

Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden betrokken bij het opstellen en evalueren van het OPP van hun kind.

# 10 Organisatie, governance en medezeggenschap

Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; de raad van toezicht bestaat uit vijf leden, onder wie drie onafhankelijke leden. De algemene vergadering van schoolbesturen komt drie keer per jaar bijeen en stelt onder meer het ondersteuningsplan, de begroting en het jaarverslag vast. Het bureau telt 9,4 fte.

De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, gekozen uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband heeft ook een eigen medezeggenschapsraad voor het personeel van het bureau en het OPDC.

# 11 Personeel en professionalisering

Passend onderwijs staat of valt met leraren die zich toegerust voelen. Daarom investeren we in een gezamenlijk professionaliseringsaanbod: een leergang voor mentoren, een netwerk voor ondersteuningscoördinatoren, intervisie voor orthopedagogen en studiedagen over thema's als angst, autisme en hoogbegaafdheid. Het OPDC en de vso-scholen delen hun expertise via consultatie en ambulante begeleiding. De werkdruk van ondersteuningscoördinatoren is een zorgpunt; in 2026 verkennen we met de besturen een normering voor hun formatie.

Het personeel van het samenwerkingsverband zelf (bureau en OPDC) valt onder de cao voortgezet onderwijs. Het samenwerkingsverband heeft een functiebouwwerk en een gesprekkencyclus.

# 12 Geld en middelen

## 12.1 Inkomsten

Het samenwerkingsverband ontvangt van DUO een budget voor lichte ondersteuning (inclusief lwoo en praktijkonderwijs) en een budget voor zware ondersteuning. De bekostiging van het vso wordt door DUO rechtstreeks op ons budget ingehouden (afdrachten).

## 12.2 Verdeling van de middelen

Wij werken met een schoolmodel. Ieder schoolbestuur ontvangt jaarlijks:

- een bedrag van € 118 per leerling (teldatum 1 oktober van het voorgaande jaar) voor de uitvoering van basisondersteuning en extra ondersteuning in de school;
- een vaste voet van € 25.000 per vestiging;
- de lwoo-middelen voor de zes lwoo-scholen, naar rato van het aantal leerlingen met een aanwijzing lwoo op 1 oktober;
- de middelen voor het praktijkonderwijs, op basis van het aantal leerlingen met een TLV pro.

Bovenschoolse voorzieningen (OPDC, rebound, trajectbegeleiding) worden centraal bekostigd. Arrangementen op niveau 3 worden per leerling toegekend door het Loket, op basis van een aanvraag met OPP, tegen een vast tarief van € 6.800 per jaar voor een volledig arrangement. De verdeling wordt jaarlijks in november door de algemene vergadering vastgesteld bij de begroting.

## 12.3 Meerjarenbegroting

| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten lichte ondersteuning (incl. lwoo en pro) | 9.850 | 9.760 | 9.640 | 9.520 |
| Baten zware ondersteuning | 7.410 | 7.350 | 7.280 | 7.200 |
| Af: afdrachten vso | -4.120 | -4.170 | -4.200 | -4.220 |
| Beschikbaar | 13.140 | 12.940 | 12.720 | 12.500 |
| Toekenning aan besturen (schoolmodel) | 7.690 | 7.620 | 7.530 | 7.450 |
| OPDC en rebound | 2.150 | 2.150 | 2.100 | 2.050 |
| Arrangementen niveau 3 en terugkeerarrangementen | 1.480 | 1.460 | 1.440 | 1.420 |
| Thuiszitterstafel en onderwijs-zorgarrangementen | 420 | 420 | 420 | 420 |
| Bureau, CvT en Loket | 1.360 | 1.370 | 1.380 | 1.390 |
| Professionalisering | 240 | 220 | 200 | 200 |
| Resultaat | -200 | -300 | -350 | -430 |

## 12.4 Reserves en verantwoording

Op 1 januari 2026 bedroeg de algemene reserve € 3,1 miljoen. De signaleringswaarde bovenmatige reserves is € 2,0 miljoen. Met de negatieve begrotingsresultaten in bovenstaande tabel bouwen we de reserve in vier jaar af tot onder de signaleringswaarde. Schoolbesturen verantwoorden de ontvangen middelen jaarlijks voor 1 mei met een bestedingsoverzicht per vestiging, dat in de algemene vergadering wordt besproken.

# 13 Planning 2026-2030

| Schooljaar | Belangrijkste activiteiten |
| 2026-2027 | handreiking terugplaatsing; pilot dubbel bijzonder; normering formatie ondersteuningscoördinatoren |
| 2027-2028 | kwaliteitskader; evaluatie lwoo-criteria; nieuwe huisvesting OPDC |
| 2028-2029 | tussenevaluatie plan; herijking verdeling middelen |
| 2029-2030 | evaluatie en voorbereiding nieuw ondersteuningsplan |

# Bijlage 1 Begrippenlijst

- Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.
- Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een vso-plaats.
- CvT: Commissie Toelaatbaarheid.
- Lwoo: leerwegondersteunend onderwijs.
- OPDC: orthopedagogisch-didactisch centrum.
- OOGO: op overeenstemming gericht overleg.
- OPR: ondersteuningsplanraad.
- Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.
- Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs.
- TLV: toelaatbaarheidsverklaring.
"""

DOCS.append(("vo-aldenwaerde-op-2026-2030", "docx", {
    "title": ["Ondersteuningsplan 2026-2030",
              "Iedere leerling een passende plek",
              "Samenwerkingsverband VO Aldenwaerde e.o. (VO 26-91)",
              "Vastgesteld door het bestuur op 14 april 2026, na instemming van de OPR op 24 maart 2026"],
    "header": "Ondersteuningsplan 2026-2030 | SWV VO Aldenwaerde e.o.",
    "footer": "Samenwerkingsverband VO Aldenwaerde e.o. - www.swv-aldenwaerde.example",
    "author": "SWV VO Aldenwaerde",
    "body": P1_BODY,
}, {
    "sector": "vo",
    "true": ["basisondersteuning.niveau", "basisondersteuning.inhoud",
             "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
             "financien.verdeling", "financien.besteding",
             "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
             "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
    "advisory": {"basisondersteuning": ["borging"],
                 "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "terugstroom": ["monitoring"],
                 "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
    "check_status": {"basisondersteuning": "present", "plaatsing": "present",
                     "terugstroom": "partial", "financien": "present",
                     "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    "notes": {
        "basisondersteuning": "H4.1 defines the agreed minimum for every vestiging; H4.2 lists concrete voorzieningen; H4.3 kwaliteitskaart borging.",
        "plaatsing": "H6.1-6.5: vso/pro TLV procedure (Loket, CvT, 6 weeks), vso criteria list, pro national criteria, own lwoo criteria, two deskundigen, duur/categorie, bezwaar via LBT.",
        "terugstroom": "H6.6 (inside the TLV chapter) gives policy, conditions and terugkeerarrangement; the stappenplan (who, when, decision) is deferred to a 2026-2027 handreiking, so procedure false.",
        "financien": "Under 'Geld en middelen' (H12): schoolmodel with EUR 118 per leerling, vaste voet, arrangement tarief; meerjarenbegroting table 2026-2029; reserves and verantwoording.",
        "dekkend-aanbod": "H5.1 continuum table niveau 1-4 (OPDC, rebound, ISK, pro, vso); H5.3 yearly gap analysis, thuiszitterstafel, doorzettingsmacht; H7 OOGO/OZA.",
        "resultaten": "H8.2 table of beoogde resultaten with streefwaarden; H8.3 only defers measuring/reporting to a 2027 kwaliteitskader and H8.1 has no achieved results, so monitoring false.",
        "ouders": "Inside H9 'Communicatie' (9.2): ouderpagina, schoolgids, informatieavonden, brochure; Ouder- en Jeugdsteunpunt and Onderwijsconsulenten.",
    },
}))
