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


# ==========================================================================
# P2 - VO, docx. "Op hoofdlijnen" plan. Basisondersteuning content pushed to
# schoolgidsen; TLV criteria in an absent annex; no terugplaatsing; budget
# deferred; nothing for parents.
# ==========================================================================
P2_BODY = r"""
[TOC]

# Voorwoord

Passend onderwijs is geen project meer, maar de gewone manier van werken in onze scholen. Dat is winst. Tegelijk merken we dat de vragen van leerlingen complexer worden en dat het steeds lastiger is om voor iedere jongere op tijd de juiste plek te vinden. Dit plan is daarom bewust beknopt: het legt vast waar we samen voor staan en welke afspraken voor alle besturen gelden, zodat de energie naar de uitvoering in de scholen kan gaan.

Het bestuur dankt de schoolleiders, ondersteuningscoördinatoren en de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage. In het bijzonder danken we de leerlingen van het praktijkonderwijs en de ISK die ons tijdens de werksessies lieten zien wat voor hen het verschil maakt: een docent die de tijd neemt.

Namens het bestuur van Stichting Passend Voortgezet Onderwijs Marlenburg,
ir. J.P. Hofstede, voorzitter

# Hoofdstuk 1 Inleiding

## 1.1 Een plan op hoofdlijnen

Dit is het ondersteuningsplan van Stichting Passend Voortgezet Onderwijs Marlenburg voor de periode 1 augustus 2026 tot en met 31 juli 2030. Anders dan het vorige plan is dit een plan op hoofdlijnen. Het beschrijft wat we samen willen bereiken en welke kaders daarbij gelden. Hoe scholen de ondersteuning inrichten, bepalen zij binnen die kaders zelf. De uitwerking per jaar staat in het jaarplan en de jaarbegroting van het samenwerkingsverband, die jaarlijks door het bestuur worden vastgesteld.

We kozen voor deze opzet omdat het vorige plan met bijna honderd pagina's voor weinig mensen leesbaar was en snel verouderde. Een compact plan dwingt tot keuzes. Tegelijk betekent het dat een aantal onderwerpen in afzonderlijke regelingen en bijlagen is beschreven.

## 1.2 Wettelijk kader en procedure

Het plan voldoet aan artikel 17a van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 tot en met 2.52 WVO 2020). Het OOGO met de gemeenten Marlenburg, Ootmarsveen en Westerdiep vond plaats op 26 februari 2026. Op 12 maart 2026 stemde de ondersteuningsplanraad in. Het bestuur stelde het plan op 2 april 2026 vast. Het plan is via het Internet Schooldossier aan de inspectie gezonden.

## 1.3 Opbouw

Na deze inleiding volgen de context (hoofdstuk 2), onze koers (hoofdstuk 3), het ondersteuningsaanbod (hoofdstuk 4), toewijzing en toelaatbaarheid (hoofdstuk 5), samenwerking in de regio (hoofdstuk 6), kwaliteit en resultaten (hoofdstuk 7), organisatie (hoofdstuk 8) en financiën (hoofdstuk 9).

## 1.4 Wat is er veranderd ten opzichte van het vorige plan

- Het plan is korter en richt zich op kaders die voor alle besturen gelden.
- De uitwerking per jaar gebeurt in het jaarplan; de OPR krijgt het jaarplan ter informatie.
- De toewijzingsprocedure is teruggebracht van negen naar zes stappen.
- Het verdeelmodel is vereenvoudigd: er is één bedrag per leerling met een weging voor het vmbo.
- De speerpunten zijn teruggebracht van acht naar drie.

# Hoofdstuk 2 Context

## 2.1 De regio

Het samenwerkingsverband ligt in een overwegend landelijke regio met één middelgrote stad en een aantal dorpen. De reisafstanden voor leerlingen zijn groot; een deel van de leerlingen reist dagelijks meer dan twintig kilometer. De regio kent een sterke maakindustrie en een groeiende zorgsector, wat kansen biedt voor praktijkgericht leren en stages.

## 2.2 Scholen en leerlingen

Vijf besturen zijn aangesloten met samen tien vestigingen: zes vestigingen voor vmbo, havo en/of vwo, waarvan vier met leerwegondersteuning, een school voor praktijkonderwijs, een vso-school cluster 4 (De Wegwijzer), een nevenvestiging van een cluster 3-school en de ISK Marlenburg. Op 1 oktober 2025 telde het samenwerkingsverband 5.914 leerlingen.

| Vestigingen | Aantal | Leerlingen 1-10-2025 |
| vmbo/havo/vwo | 6 | 5.102 |
| praktijkonderwijs | 1 | 288 |
| vso cluster 3 en 4 | 2 | 367 |
| ISK | 1 | 157 |

## 2.3 Ontwikkelingen

De komende jaren daalt het aantal leerlingen met ongeveer twee procent per jaar. Tegelijk neemt het aantal leerlingen met complexe ondersteuningsvragen toe, vooral op het gebied van angst, somberheid en schoolverzuim. Het lerarentekort raakt vooral de vmbo-scholen en het vso. De instroom van nieuwkomers schommelt sterk en is moeilijk te voorspellen.

## 2.4 Terugblik op de vorige planperiode

In de periode 2022-2026 is veel bereikt. Alle scholen werken met een ondersteuningsteam, het OPDC heeft een vaste plek gekregen en de samenwerking met de gemeenten is verbeterd. Minder goed ging de communicatie over de toewijzing: scholen vonden de procedures te ingewikkeld en de doorlooptijden te lang. Ook bleek het vorige plan te veel ambities te bevatten die niet allemaal konden worden waargemaakt. Uit de evaluatie, die in mei 2025 met de besturen en de OPR is besproken, trokken we drie lessen: minder doelen, meer focus op de klas, en afspraken die voor alle besturen gelden in plaats van vrijblijvende intenties.

# Hoofdstuk 3 Onze koers

## 3.1 Missie

Stichting Passend Voortgezet Onderwijs Marlenburg zorgt, samen met de aangesloten besturen, dat iedere jongere in de regio een passende onderwijsplek heeft en de ondersteuning krijgt die hij nodig heeft om een diploma of startkwalificatie te halen, of om een duurzame plek op de arbeidsmarkt of in dagbesteding te vinden.

## 3.2 Uitgangspunten

- Zo regulier als mogelijk, zo speciaal als nodig.
- Ondersteuning dicht bij de leerling, in de eigen klas en de eigen school.
- Besturen zijn samen verantwoordelijk; de zorgplicht wordt gezamenlijk waargemaakt.
- Onderwijs en jeugdhulp werken vanuit één plan rond de jongere.
- Zo min mogelijk bureaucratie: geld en expertise zo dicht mogelijk bij de leerling.

## 3.3 Speerpunten 2026-2030

We richten ons in deze planperiode op drie speerpunten: (1) het terugdringen van schoolverzuim en thuiszitten, (2) het versterken van de ondersteuning in de klas en (3) een sluitende aanpak voor nieuwkomers. De speerpunten zijn in hoofdstuk 7 vertaald naar meetbare doelen.

## 3.4 Wat dit vraagt van scholen en besturen

De speerpunten vragen iets van iedereen. Van schoolleiders dat zij ondersteuning een vast onderwerp maken in teamoverleg en scholingsplannen. Van besturen dat zij elkaar aanspreken op gemaakte afspraken en gezamenlijk verantwoordelijkheid nemen voor leerlingen die tussen wal en schip dreigen te raken. Van het samenwerkingsverband dat het scholen ontzorgt, snel beslist en transparant is over de inzet van middelen. En van de regio dat onderwijs, jeugdhulp en gemeenten elkaar weten te vinden zonder eindeloze overleggen.

# Hoofdstuk 4 Het ondersteuningsaanbod

## 4.1 Basisondersteuning

De basisondersteuning is het niveau van ondersteuning dat alle besturen samen hebben afgesproken en dat iedere vestiging van het samenwerkingsverband, inclusief het praktijkonderwijs, ten minste biedt aan iedere leerling. Het niveau is voor alle scholen gelijk; scholen kunnen daarbovenop een eigen profiel ontwikkelen. Een school mag niet onder dit niveau zakken.

Welke voorzieningen en interventies dit op de afzonderlijke scholen concreet inhoudt, beschrijft iedere school in haar schoolgids. De besturen herzien de gezamenlijke standaarden in het schooljaar 2026-2027, wanneer de landelijke norm basisondersteuning bekend is.

## 4.2 Extra ondersteuning in de school

Als een leerling meer nodig heeft dan de basisondersteuning, zet de school extra ondersteuning in. Dat gebeurt met een arrangement dat de school zelf organiseert en bekostigt uit de middelen die zij van het samenwerkingsverband ontvangt. Voorbeelden zijn een plusvoorziening, een klas met kleinere groepen, begeleiding door een ambulant begeleider of een individueel rooster. De school legt de extra ondersteuning vast in een ontwikkelingsperspectiefplan (OPP).

## 4.3 Bovenschoolse voorzieningen

Voor leerlingen die tijdelijk niet op hun eigen school kunnen functioneren, biedt het samenwerkingsverband twee bovenschoolse voorzieningen:

- Het OPDC Marlenburg (orthopedagogisch-didactisch centrum) biedt plaats aan veertig leerlingen uit vmbo en onderbouw havo. Leerlingen volgen er maximaal een schooljaar onderwijs in kleine groepen met intensieve begeleiding en keren daarna terug naar hun eigen school of stromen door naar een andere passende school.
- De Rebound biedt een time-out van zes tot twaalf weken voor leerlingen bij wie het op school is vastgelopen door gedrag. De leerling blijft ingeschreven op de eigen school en gaat na de time-out terug.

Daarnaast zijn er in de regio het praktijkonderwijs, de vso-school De Wegwijzer (cluster 4, uitstroomprofielen vervolgonderwijs en arbeidsmarkt), een nevenvestiging van een cluster 3-school (uitstroomprofiel arbeid en dagbesteding) en de ISK voor nieuwkomers. Voor leerlingen met een ernstige meervoudige beperking werken we samen met een zml-school buiten de regio.

## 4.4 Samenhang

Samen vormen deze voorzieningen een continuüm: van basisondersteuning op iedere school, via arrangementen in de school en de bovenschoolse voorzieningen, naar praktijkonderwijs en vso. Het samenwerkingsverband zorgt dat een leerling zonder onderbreking van de ene naar de andere plek kan. Het Ondersteuningsloket van het samenwerkingsverband is het aanspreekpunt voor scholen die er samen met de leerling niet uitkomen; het loket organiseert binnen tien werkdagen een multidisciplinair overleg en stelt een trajectbegeleider aan.

## 4.5 Een dekkend aanbod

Het samenwerkingsverband analyseert ieder jaar in maart of het aanbod nog dekkend is. We gebruiken daarvoor de registratie van thuiszitters en vrijstellingen van de leerplichtambtenaren, de aanmeldingen bij het loket en de wachtlijsten van OPDC, vso en jeugdhulp. Waar een groep leerlingen geen passende plek heeft, legt de directeur een voorstel voor een nieuwe voorziening of een aanpassing van een bestaande voorziening voor aan het bestuur. In 2025 leidde dit tot de start van een kleinschalige voorziening voor leerlingen met angstklachten op de havo-locatie in Ootmarsveen.

Thuiszitters worden binnen een week na melding besproken in het thuiszittersoverleg van school, leerplicht, loket en het lokale jeugdteam. Als er na zes weken geen passende plek is, neemt de directeur de regie en kan zij een bestuur vragen de leerling op te nemen met een maatwerkarrangement dat het samenwerkingsverband betaalt.

# Hoofdstuk 5 Toewijzing en toelaatbaarheid

## 5.1 Wie besluit

Het samenwerkingsverband besluit over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Besluiten worden genomen door de Commissie Toewijzing, die daartoe door het bestuur is gemandateerd.

## 5.2 De procedure

- Stap 1: de school waar de leerling staat ingeschreven (of bij een nieuwe leerling: is aangemeld) bespreekt de leerling in het ondersteuningsteam en stelt het OPP op of actualiseert het.
- Stap 2: de school dient de aanvraag in via het digitale loket, met het OPP, het groeidocument, de evaluatie van de geboden ondersteuning en het verslag van het gesprek met ouders en leerling.
- Stap 3: het loket controleert binnen vijf werkdagen of de aanvraag volledig is.
- Stap 4: twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag van de leerling) geven ieder een schriftelijk advies.
- Stap 5: de Commissie Toewijzing neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit en stelt de duur en de bekostigingscategorie vast.
- Stap 6: de school, ouders en de ontvangende vso-school ontvangen het besluit schriftelijk.

Voor lwoo en praktijkonderwijs loopt de aanvraag via het basisonderwijs: de basisschool levert uiterlijk 1 maart het onderwijskundig rapport en de toetsgegevens aan, de vo-school dient de aanvraag in en de commissie besluit voor 1 mei.

## 5.3 Afwegingskader

De Commissie Toewijzing weegt iedere aanvraag af aan de hand van het afwegingskader toelaatbaarheid, dat als bijlage 3 bij dit plan is gevoegd. Voor praktijkonderwijs en leerwegondersteuning zijn de criteria opgenomen in bijlage 4.

## 5.4 Geldigheid

Een TLV voor het vso is ten minste één en ten hoogste drie schooljaren geldig en loopt af op 31 juli. Een TLV voor het praktijkonderwijs en een aanwijzing lwoo gelden voor de gehele opleiding.

# Hoofdstuk 6 Samenwerking in de regio

## 6.1 Gemeenten en jeugdhulp

Het samenwerkingsverband en de drie gemeenten hebben in het OOGO afspraken gemaakt over de inzet van jeugdhulp op school, over thuiszitters en over het leerlingenvervoer naar het OPDC en het vso. Op iedere school werkt een schoolmaatschappelijk werker die door de gemeente wordt bekostigd. In het vso is een onderwijs-zorgarrangement beschikbaar voor twaalf leerlingen die naast onderwijs dagelijks jeugdhulp nodig hebben; gemeenten en samenwerkingsverband betalen ieder de helft.

## 6.2 Primair onderwijs en mbo

Met het samenwerkingsverband PO Marlenburg maken we afspraken over de overstap naar het voortgezet onderwijs, waaronder een warme overdracht voor alle leerlingen met een OPP. Met het mbo in de regio werken we samen in het programma Doorlopende Leerlijn Entree, voor leerlingen uit praktijkonderwijs en vso die naar het mbo gaan.

## 6.3 Onderwijshuisvesting

Het OPDC zit sinds 2022 in een tijdelijk gebouw. Met de gemeente Marlenburg is afgesproken dat in 2028 nieuwe huisvesting gereed is, gecombineerd met de Rebound.

## 6.4 Nieuwkomers

Het aantal nieuwkomers in de regio is sinds 2022 sterk gestegen, vooral door de opvang van Oekraïense jongeren en de komst van arbeidsmigranten uit Midden- en Oost-Europa. De ISK Marlenburg biedt nieuwkomers van 12 tot 18 jaar een tot twee jaar intensief taalonderwijs en bereidt hen voor op doorstroom naar regulier vo, mbo of arbeid. Voor nieuwkomers die buiten Marlenburg wonen, is in Ootmarsveen een kleine nevenlocatie ingericht. Het samenwerkingsverband financiert een doorstroomcoach die leerlingen na de ISK nog een jaar volgt.

## 6.5 Hoogbegaafdheid

Met de middelen uit de landelijke subsidieregeling hoogbegaafdheid heeft het samenwerkingsverband in 2023-2025 op twee scholen een plusprogramma ontwikkeld voor (hoog)begaafde leerlingen die vastlopen in het reguliere programma. Het programma biedt een wekelijkse dag met verdieping, coaching op leren leren en een eigen project. Vanaf 2026 wordt het programma door de deelnemende besturen zelf bekostigd en staat het open voor leerlingen van alle scholen in het samenwerkingsverband.

## 6.6 Aansluiting op arbeid

Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken we samen met het werkgeversservicepunt en de gemeentelijke afdelingen werk en inkomen. Iedere leerling krijgt een jobcoach die de leerling tot een jaar na het verlaten van school volgt. Het samenwerkingsverband organiseert jaarlijks met de regionale werkgevers een bijeenkomst over stages en leerwerkplekken.

# Hoofdstuk 7 Kwaliteit en resultaten

## 7.1 Beoogde resultaten

| Speerpunt | Indicator | Stand 2025 | Doel 2030 |
| Verzuim en thuiszitten | aantal leerlingen dat langer dan vier weken zonder onderwijs thuiszit | 23 | minder dan 5 |
| Verzuim en thuiszitten | aantal vrijstellingen op grond van artikel 5a Leerplichtwet | 14 | maximaal 7 |
| Ondersteuning in de klas | percentage docenten dat zich voldoende toegerust voelt (peiling) | 58% | 75% |
| Ondersteuning in de klas | deelnamepercentage vso | 4,1% | 3,7% |
| Nieuwkomers | percentage ISK-leerlingen dat binnen twee jaar doorstroomt naar regulier vo of mbo | 61% | 75% |

## 7.2 Hoe we de resultaten volgen

Het samenwerkingsverband volgt de resultaten met een monitor die twee keer per jaar (in november en in juni) wordt gevuld met gegevens uit het loket, de leerplichtadministratie en DUO. De monitor wordt besproken in het bestuur en in het directeurenoverleg. Iedere drie jaar voeren we een peiling uit onder docenten. In het jaarverslag rapporteren we per indicator de bereikte waarde en de inzet van middelen. Blijft een indicator twee metingen achter, dan stelt de directeur een verbeterplan op. Halverwege de planperiode, in het voorjaar van 2028, vindt een tussentijdse evaluatie plaats met de OPR.

# Hoofdstuk 8 Organisatie

## 8.1 Bestuur en toezicht

De stichting kent een bestuur dat bestaat uit de bestuurders van de vijf aangesloten schoolbesturen en een onafhankelijk voorzitter. De dagelijkse leiding ligt bij de directeur, die gemandateerd is voor de uitvoering van het jaarplan. Het intern toezicht is belegd bij een toezichthoudend orgaan van drie onafhankelijke leden.

## 8.2 Medezeggenschap

De ondersteuningsplanraad heeft acht leden en heeft instemmingsrecht op dit plan en op wijzigingen daarvan. De OPR vergadert zes keer per jaar en ontvangt daarvoor een ondersteuning van een ambtelijk secretaris.

## 8.3 Personeel

Het samenwerkingsverband heeft een klein bureau (4,8 fte) en het personeel van het OPDC en de Rebound (samen 17,2 fte), dat in dienst is van een van de besturen en wordt gedetacheerd. We investeren in een gezamenlijk scholingsaanbod voor mentoren en ondersteuningscoördinatoren.

## 8.4 Privacy en ICT

Het samenwerkingsverband verwerkt persoonsgegevens voor de toewijzing van ondersteuning en de toelaatbaarheid. We werken met een beveiligd digitaal loket. Gegevens worden niet langer bewaard dan drie jaar na het besluit. Er is een functionaris gegevensbescherming aangesteld en het samenwerkingsverband heeft een privacyreglement.

## 8.5 Communicatie met scholen en partners

Het samenwerkingsverband informeert scholen via een tweewekelijkse nieuwsbrief voor ondersteuningscoördinatoren en via het directeurenoverleg, dat zes keer per jaar bijeenkomt. Voor de gemeenten is er een vaste contactpersoon op het bureau. Jaarlijks organiseren we in oktober een regiodag voor alle betrokkenen bij passend onderwijs, met workshops en een terugkoppeling van de monitor.

## 8.6 Jaarcyclus

Het samenwerkingsverband werkt met een vaste jaarcyclus. In september stelt het bestuur het jaarplan vast, in december de begroting. In maart vindt de analyse van het aanbod plaats, in juni de tweede meting van de monitor. Het jaarverslag wordt voor 1 juli vastgesteld en op de website gepubliceerd. De OPR wordt bij iedere stap geïnformeerd en heeft instemmingsrecht op wijzigingen van het ondersteuningsplan.

## 8.7 Klachten

Het samenwerkingsverband heeft een klachtenregeling voor klachten over de eigen medewerkers en de uitvoering van de regelingen. De regeling is te vinden op de website.

# Hoofdstuk 9 Financiën

## 9.1 Uitgangspunten

Het geld volgt de leerling en wordt zo veel mogelijk naar de scholen doorgezet. Het bureau en de bovenschoolse voorzieningen worden zo efficiënt mogelijk georganiseerd.

## 9.2 Verdeelmodel

Het budget lichte ondersteuning (zonder lwoo en pro) wordt volledig aan de besturen doorgegeven op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. Van het budget zware ondersteuning wordt na aftrek van de afdrachten voor het vso en de kosten van OPDC, Rebound en bureau een bedrag per leerling aan de besturen toegekend; voor 2026 is dat € 141 per leerling. Vmbo-leerlingen tellen daarbij anderhalf keer mee, omdat de ondersteuningsvraag in het vmbo groter is. Lwoo- en pro-middelen gaan naar de scholen met lwoo of pro, naar rato van het aantal aangewezen leerlingen op 1 oktober. Het bestuur stelt de verdeling jaarlijks in december vast.

## 9.3 Begroting

De meerjarenbegroting 2026-2030 wordt na vaststelling door het bestuur in december 2026 als addendum aan dit plan toegevoegd.

# Bijlage Begrippenlijst

- Basisondersteuning: de ondersteuning die elke school aan iedere leerling biedt.
- Lwoo: leerwegondersteunend onderwijs.
- OPDC: orthopedagogisch-didactisch centrum.
- OPP: ontwikkelingsperspectiefplan.
- Ouder- en jeugdsteunpunt: onafhankelijk aanspreekpunt voor ouders en leerlingen.
- Terugplaatsing: terugkeer van een leerling uit het vso naar het regulier onderwijs.
- TLV: toelaatbaarheidsverklaring.
- Verdeelmodel: de regels waarmee de middelen over de besturen worden verdeeld.
"""

DOCS.append(("vo-marlenburg-ondersteuningsplan", "docx", {
    "title": ["Ondersteuningsplan 2026-2030 op hoofdlijnen",
              "Stichting Passend Voortgezet Onderwijs Marlenburg (VO 27-93)",
              "Versie na instemming OPR, april 2026"],
    "header": "Passend VO Marlenburg - Ondersteuningsplan 2026-2030",
    "footer": "Pagina",
    "author": "Passend VO Marlenburg",
    "font": "Arial",
    "toc_title": "Inhoud",
    "body": P2_BODY,
}, {
    "sector": "vo",
    "true": ["basisondersteuning.niveau", "plaatsing.procedure",
             "financien.verdeling",
             "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
             "resultaten.doelen", "resultaten.monitoring"],
    "advisory": {"plaatsing": ["deskundigen", "duur-categorie"],
                 "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"]},
    "check_status": {"basisondersteuning": "partial", "plaatsing": "partial",
                     "terugstroom": "missing", "financien": "partial",
                     "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
    "notes": {
        "basisondersteuning": "4.1 defines the common minimum level for every vestiging, but the concrete voorzieningen are left to each school's schoolgids; no list in the plan, so inhoud false.",
        "plaatsing": "5.2 gives a six-step procedure (Commissie Toewijzing, deskundigen, 6 weeks) and lwoo/pro route; 5.3 only refers to afwegingskader/criteria in bijlagen 3 and 4 that are not included, so criteria false.",
        "terugstroom": "No text on return from vso; OPDC/Rebound return to the own school (4.3) is not terugplaatsing from vso; 'Terugplaatsing' only in the begrippenlijst.",
        "financien": "9.2 verdeelmodel (per-leerling amount EUR 141, vmbo weight 1.5, lwoo/pro naar rato); 9.3 defers the meerjarenbegroting to an addendum, so besteding false.",
        "dekkend-aanbod": "4.3-4.4 continuum (arrangementen, OPDC, Rebound, pro, vso, ISK, loket) and 4.5 yearly gap analysis and thuiszitters approach; 6.1 jeugdhulp/OZA.",
        "resultaten": "7.1 indicator table with stand 2025 and doel 2030; 7.2 twice-yearly monitor, jaarverslag, tussenevaluatie.",
        "ouders": "No section on informing parents or independent support; parents are not addressed beyond OPR consent and procedural mentions; OJSP only in the begrippenlijst.",
    },
}))


# ==========================================================================
# P3 - VO, pdf. TLV procedure/criteria in a separate regeling (not included);
# terugplaatsing well described; begroting present but verdeelmodel deferred;
# no gap/thuiszitters approach; no results section.
# ==========================================================================
P3_BODY = r"""
[TOC]

# Voorwoord

Vier jaar geleden schreven we in ons vorige plan dat we de ondersteuning dichter bij de leerling wilden brengen. Dat is gedeeltelijk gelukt. Op veel scholen is de ondersteuning in de klas sterker geworden, en het OPDC is uitgegroeid tot een plek waar leerlingen op adem komen. Tegelijk zien we dat de groep leerlingen met complexe vragen groeit en dat de grens tussen onderwijs en zorg steeds vaker in beeld komt.

Met dit plan zetten we de volgende stap. Het plan is geschreven door mensen uit de scholen en is besproken met ouders, leerlingen en partners. Daarvoor zijn we iedereen dankbaar. We hopen dat het plan een levend document wordt, dat op de scholen wordt gebruikt en niet in een la verdwijnt.

Drs. A. Kuipers, directeur

# Samenvatting

Het Samenwerkingsverband Voortgezet Onderwijs Kerkwijde-Veenland verbindt elf scholen van zes besturen. Samen zorgen we ervoor dat iedere leerling in onze regio onderwijs krijgt dat bij hem past. In dit plan beschrijven we onze uitgangspunten voor de periode 2026-2030, de basisondersteuning die iedere school biedt, het aanbod van arrangementen en voorzieningen, de terugkeer van leerlingen uit het vso, de manier waarop we met ouders communiceren, onze organisatie en onze begroting.

Belangrijke keuzes in dit plan zijn: een gezamenlijke standaard voor de basisondersteuning met vijftien afspraken; meer ondersteuning in de klas in plaats van buiten de school; een kleinschalige voorziening voor leerlingen met een ondersteuningsvraag op het snijvlak van onderwijs en zorg; en een actieve aanpak om leerlingen na het vso terug te laten keren in het regulier onderwijs.

# 1 Over dit plan

## 1.1 Aanleiding

Het ondersteuningsplan 2022-2026 loopt af op 31 juli 2026. Dit nieuwe plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het is geschreven door een schrijfgroep van vier ondersteuningscoördinatoren, twee schoolleiders en de directeur van het samenwerkingsverband, en besproken met de ondersteuningsplanraad, de gemeenten en het samenwerkingsverband PO Kerkwijde.

## 1.2 Procedure

| Datum | Stap |
| 18 november 2025 | eerste concept in het directeurenoverleg |
| 20 januari 2026 | bespreking met de OPR (informatief) |
| 12 februari 2026 | OOGO met de gemeenten Kerkwijde, Veenland en Haarsteden |
| 3 maart 2026 | overleg met SWV PO Kerkwijde |
| 17 maart 2026 | instemming OPR |
| 8 april 2026 | vaststelling door het bestuur |
| 22 april 2026 | toezending aan de inspectie |

## 1.3 Samenhang met andere documenten

Dit plan wordt uitgewerkt in een jaarplan met jaarbegroting. Een aantal onderwerpen is in afzonderlijke regelingen vastgelegd, die door het bestuur worden vastgesteld en op de website staan: de Regeling toelaatbaarheid en toewijzing 2026, het privacyreglement, de klachtenregeling en het reglement van de OPR.

## 1.4 Wat we horen van leerlingen

Tijdens de voorbereiding van dit plan spraken we met leerlingen van het OPDC, het praktijkonderwijs en de ISK. Zij vertelden dat ze het fijn vinden als docenten hen kennen, dat een rustige plek in school helpt en dat het wisselen van school spannend is. Een leerling van het OPDC zei: "Hier mocht ik eerst gewoon weer leren dat school niet eng is." Deze ervaringen zijn meegenomen in de hoofdstukken over basisondersteuning en de terugkeer uit het vso.

# 2 Onze regio in cijfers

| School | Bestuur | Onderwijs | Leerlingen 1-10-2025 |
| Veenlandcollege | Stichting Carmel Veenland | vmbo (lwoo), havo, vwo | 1.486 |
| Kerkwijde Lyceum | OSG Kerkwijde | havo, vwo | 1.122 |
| De Vakschool | OSG Kerkwijde | vmbo (lwoo) | 642 |
| Het Noorderlicht | Stichting Carmel Veenland | vmbo (lwoo), mavo | 811 |
| Haarsteden College | VO Haarsteden | vmbo, havo, vwo | 1.030 |
| Praktijkschool Kerkwijde | OSG Kerkwijde | praktijkonderwijs | 265 |
| Praktijkschool Veenland | Stichting Carmel Veenland | praktijkonderwijs | 188 |
| De Kompasschool | Stichting Speciaal Onderwijs Noord | vso cluster 4 | 204 |
| De Linde | Stichting Speciaal Onderwijs Noord | vso cluster 3 | 97 |
| ISK Kerkwijde | OSG Kerkwijde | internationale schakelklas | 118 |
| Het Atelier | Stichting Vrije School Noord | vmbo-t, havo | 376 |

In totaal telde het samenwerkingsverband op 1 oktober 2025 6.339 leerlingen. De verwachting is dat dit aantal tot 2030 daalt naar ongeveer 6.050.

# 3 Visie

Wij geloven dat iedere jongere talenten heeft en dat onderwijs die talenten tot bloei moet brengen. Passend onderwijs is voor ons geen aparte zorgstructuur, maar goed onderwijs voor iedereen. De leraar doet ertoe: hij of zij ziet de leerling, signaleert vroeg en weet wanneer hulp nodig is. Scholen werken samen en zijn samen verantwoordelijk voor alle jongeren in de regio, ook voor de jongeren die het moeilijk hebben.

We werken vanuit de principes van handelingsgericht werken: we kijken naar wat een leerling nodig heeft, niet naar wat er mis is. We betrekken ouders en leerlingen bij iedere stap. En we zoeken oplossingen dicht bij huis.

## 3.1 Kernwaarden

Onze kernwaarden zijn vertrouwen, nabijheid en eigenaarschap. Vertrouwen: we gaan ervan uit dat scholen en ouders het beste voor de leerling willen. Nabijheid: ondersteuning wordt zo dicht mogelijk bij de leerling georganiseerd, in de klas en in de buurt. Eigenaarschap: scholen zijn eigenaar van de ondersteuning van hun leerlingen, ook als er hulp van buiten nodig is.

# 4 Basisondersteuning

## 4.1 De standaard

In het samenwerkingsverband geldt één standaard voor de basisondersteuning. Deze standaard beschrijft wat iedere leerling, op iedere school en iedere locatie van het samenwerkingsverband, aan ondersteuning kan verwachten. De standaard is in 2025 door alle besturen vastgesteld en bestaat uit vijftien afspraken. Alleen het vso hanteert een eigen, ruimere standaard.

## 4.2 De vijftien afspraken

| Nr. | Afspraak |
| 1 | Iedere leerling heeft een mentor die de leerling en zijn ouders minimaal drie keer per jaar spreekt. |
| 2 | Iedere school heeft een ondersteuningscoördinator en een ondersteuningsteam met een orthopedagoog. |
| 3 | Leerlingen met dyslexie of dyscalculie krijgen de faciliteiten uit het protocol (extra tijd, auditieve ondersteuning, rekenkaart). |
| 4 | Er is een aanbod voor faalangst, sociale vaardigheden en weerbaarheid. |
| 5 | Er is een plek in de school waar een leerling even tot rust kan komen, met begeleiding. |
| 6 | De school heeft een aanpak voor verzuim, met een verzuimcoördinator en afspraken met leerplicht. |
| 7 | De school werkt met een leerlingvolgsysteem en signaleert achterstanden in taal en rekenen vroeg. |
| 8 | Voor leerlingen met een ondersteuningsbehoefte stelt de school binnen zes weken een OPP op. |
| 9 | De school heeft afspraken over medische handelingen en medicijngebruik. |
| 10 | De school biedt huiswerkbegeleiding of een huiswerkklas. |
| 11 | Er is een aanbod voor leerlingen die meer uitdaging nodig hebben. |
| 12 | De school werkt samen met de jeugdarts en het schoolmaatschappelijk werk. |
| 13 | Docenten kunnen differentiëren in instructie en tempo. |
| 14 | Er is een anti-pestcoördinator. |
| 15 | De school beschrijft haar ondersteuning in de schoolgids en actualiseert die jaarlijks. |

## 4.3 Toezicht op de standaard

Iedere school maakt jaarlijks een zelfevaluatie op de vijftien afspraken. Eens in de twee jaar voert een auditteam van collega's uit andere scholen een audit uit. De uitkomsten worden besproken in het directeurenoverleg. Als een school op een afspraak tekortschiet, spreken bestuur en directeur van het samenwerkingsverband een termijn af waarbinnen de school de afspraak waarmaakt.

# 5 Ondersteuning op maat: van basis tot vso

## 5.1 Vier lagen

Ons ondersteuningsaanbod kent vier lagen die op elkaar aansluiten.

- Laag 1, basisondersteuning: de vijftien afspraken op iedere school (hoofdstuk 4).
- Laag 2, arrangementen in de school: extra begeleiding, een aangepast rooster, een rustige klas of een plusklas, georganiseerd door de school zelf en vastgelegd in het OPP.
- Laag 3, bovenschoolse voorzieningen: het OPDC Veenland voor leerlingen in de onderbouw die tijdelijk intensieve begeleiding nodig hebben, de rebound Op de Rails, de ISK voor nieuwkomers, het praktijkonderwijs, en vanaf 2026 de kleinschalige voorziening De Oever voor leerlingen met een ondersteuningsvraag op het snijvlak van onderwijs en zorg.
- Laag 4, voortgezet speciaal onderwijs: De Kompasschool (cluster 4) en De Linde (cluster 3).

## 5.2 Hoe een leerling bij de juiste plek komt

Als een school de ondersteuning binnen laag 1 en 2 niet kan bieden, bespreekt zij de leerling met de consulent van het samenwerkingsverband. Iedere school heeft een vaste consulent, die ook meedenkt bij complexe vragen. Samen met ouders en leerling wordt bekeken welke voorziening het beste past. Voor plaatsing in laag 3 vraagt de school een arrangement aan bij het samenwerkingsverband; voor praktijkonderwijs en vso is een toelaatbaarheidsverklaring nodig. Hoe toelaatbaarheid wordt vastgesteld, staat in de Regeling toelaatbaarheid en toewijzing 2026.

## 5.3 Onderwijs en zorg

In De Oever en in het vso werken leraren en jeugdhulpverleners samen in de klas. De gemeenten bekostigen de jeugdhulp, het samenwerkingsverband het onderwijsdeel. Afspraken hierover zijn vastgelegd in het convenant onderwijs-zorg dat in het OOGO is bekrachtigd.

## 5.4 Nog te ontwikkelen

Het samenwerkingsverband en de gemeenten willen een gezamenlijke analyse maken van jongeren die geen passende plek hebben. De aanpak voor thuiszitters en een analyse van witte vlekken in het aanbod werken we in de loop van 2026 samen met de gemeenten uit.

## 5.5 Nieuwkomers

Nieuwkomers tussen 12 en 18 jaar volgen eerst onderwijs aan de ISK Kerkwijde. Daar leren zij in een tot twee jaar Nederlands en maken zij kennis met het Nederlandse onderwijs. Na de ISK stromen zij door naar een reguliere school, het praktijkonderwijs of het mbo. De ISK werkt met een doorstroomprofiel, dat met de ontvangende school wordt besproken. Op twee scholen is een schakelklas voor leerlingen die na de ISK nog extra taalondersteuning nodig hebben.

## 5.6 Hoogbegaafde leerlingen

Het Kerkwijde Lyceum en het Veenlandcollege bieden een verrijkingsprogramma voor (hoog)begaafde leerlingen. Leerlingen van andere scholen kunnen één dagdeel per week aan dit programma deelnemen. Daarnaast is er een netwerk van begaafdheidscoördinatoren, dat kennis deelt en scholen adviseert.

## 5.7 Overstap van het basisonderwijs

Met het samenwerkingsverband PO Kerkwijde hebben we afspraken gemaakt over de overstap naar het voortgezet onderwijs. Voor iedere leerling met een OPP vindt een warme overdracht plaats, waarbij de ouders aanwezig zijn. Basisscholen leveren het onderwijskundig rapport uiterlijk 1 maart aan. In het najaar organiseren we met het SWV PO een markt waar alle vo-scholen en voorzieningen zich presenteren aan intern begeleiders.

## 5.8 Van school naar vervolgonderwijs en werk

Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken we samen met het mbo, het werkgeversservicepunt en de gemeenten. Iedere leerling heeft in het laatste schooljaar een stageplek of leerwerkplek en wordt na het verlaten van school nog een jaar gevolgd door een jobcoach. Voor leerlingen die naar de entreeopleiding gaan, is er een warme overdracht naar het mbo. Met de gemeenten zijn in het OOGO afspraken gemaakt over het leerlingenvervoer naar het praktijkonderwijs en het vso, dat voor veel leerlingen uit de dorpen noodzakelijk is.

# 6 Terugkeer uit het vso

## 6.1 Ons beleid

Het samenwerkingsverband wil dat leerlingen niet langer in het vso blijven dan nodig. Het uitgangspunt is dat iedere leerling in het vso een perspectief heeft op terugkeer naar het regulier onderwijs of op een diploma of certificaat binnen het vso. Terugkeer is mogelijk wanneer de leerling zich in het vso zodanig heeft ontwikkeld dat hij met een arrangement op laag 2 of 3 op een reguliere school verder kan. We kiezen bij voorkeur voor een school dicht bij huis en bij voorkeur voor de school waar de leerling eerder stond.

Een leerling die terugkeert, krijgt gedurende het eerste jaar een overgangsarrangement: de vso-school blijft beschikbaar voor ambulante begeleiding, de ontvangende school krijgt extra formatie uit het budget voor laag 3 en de leerling heeft een vaste coach. Na zes en na twaalf maanden wordt het arrangement geëvalueerd.

## 6.2 Stappen

- Ieder jaar in het OPP-gesprek (uiterlijk 1 december) bespreekt de vso-school met ouders en leerling of terugkeer in beeld is.
- In het laatste jaar van de TLV beoordeelt de commissie van begeleiding van de vso-school vóór 1 februari of de leerling kan terugkeren, of dat een nieuwe TLV nodig is. De vso-school neemt daartoe het initiatief.
- Als terugkeer in beeld is, meldt de vso-school de leerling vóór 1 maart aan bij de consulent van het samenwerkingsverband, die samen met ouders een passende reguliere school zoekt.
- Uiterlijk 1 april vindt een overdrachtsgesprek plaats tussen vso-school, ontvangende school, ouders en leerling. Daarin wordt het overgangsarrangement vastgelegd.
- De ontvangende school besluit over de toelating; de directeur van het samenwerkingsverband besluit over de toekenning van het overgangsarrangement.
- Als terugkeer niet mogelijk is, vraagt de vso-school een nieuwe TLV aan, met een onderbouwing waarom voortzetting van het vso noodzakelijk is.

Een proefplaatsing van maximaal acht weken, waarbij de leerling al lessen volgt op de nieuwe school, is mogelijk.

# 7 Ouders en leerlingen

## 7.1 Informatie

Ouders worden op meerdere manieren geïnformeerd over de ondersteuning in het samenwerkingsverband. Op de website staat een ouderdeel met een overzicht van alle arrangementen en voorzieningen uit hoofdstuk 5, met per voorziening de doelgroep, de aanmeldroute en een contactpersoon. Iedere school neemt de vijftien afspraken over de basisondersteuning op in de schoolgids. Bij de overstap van groep 8 naar de brugklas ontvangen ouders van leerlingen met een OPP de folder "Welke steun krijgt mijn kind in het vo?". In januari organiseren we in Kerkwijde en in Veenland een informatieavond. Ouders kunnen ook met vragen terecht bij de consulent van de school.

## 7.2 Onafhankelijke hulp

Ouders en jongeren die vastlopen of een conflict hebben met een school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noord. Het steunpunt werkt voor de samenwerkingsverbanden PO en VO in de regio, maar staat los van de scholen en het samenwerkingsverband. Medewerkers luisteren, geven informatie en advies, en kunnen meegaan naar een gesprek op school. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten (landelijk, gratis) en op Ouders & Onderwijs.

## 7.3 Leerlingen

Leerlingen worden betrokken bij het opstellen van hun OPP en hebben het recht hun mening te geven (hoorrecht). Twee keer per jaar komt een leerlingpanel van het samenwerkingsverband bijeen.

# 8 Organisatie en medezeggenschap

Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de bestuurders van de zes besturen en houdt toezicht. Het bestuur bestaat uit drie leden uit de ledenvergadering en een onafhankelijk voorzitter. De directeur leidt het bureau, het OPDC en de rebound.

De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. Het samenwerkingsverband en de OPR maken jaarlijks een activiteitenplan. Nieuwe leden krijgen een scholing over passend onderwijs.

Het bureau telt 6,2 fte: een directeur, een beleidsmedewerker, drie consulenten, een controller (0,4) en een secretariaat.

Het intern toezicht is belegd bij de algemene ledenvergadering, die daarvoor een auditcommissie heeft ingesteld. De auditcommissie bespreekt met de directeur en de controller de begroting, de kwartaalrapportages en de jaarrekening, en adviseert de ledenvergadering over de aanwijzing van de accountant.

# 9 Personeel en expertise

Het samenwerkingsverband organiseert jaarlijks een studiedag voor alle ondersteuningscoördinatoren, mentoren en docenten met een taak in de ondersteuning. Daarnaast zijn er netwerken voor orthopedagogen, verzuimcoördinatoren en begeleiders van nieuwkomers. De expertise van het vso wordt ingezet via consultatie in de scholen. Wij willen dat scholen elkaars expertise vaker benutten; daarom organiseren we vanaf 2026 een uitwisselingsprogramma waarbij docenten een dag meelopen in het vso, het praktijkonderwijs of de ISK.

## 9.1 ICT en privacy

Het samenwerkingsverband werkt met een digitaal dossier dat door scholen, consulenten en het bureau wordt gebruikt. Alleen medewerkers die bij een leerling betrokken zijn, hebben toegang. Het privacyreglement beschrijft welke gegevens we verwerken, met welk doel en hoe lang we ze bewaren. Er is een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden. In 2026 vervangen we het huidige systeem door een nieuw systeem dat beter aansluit op de leerlingadministraties van de scholen.

## 9.2 Huisvesting

Het OPDC Veenland en de rebound Op de Rails zijn gehuisvest in een voormalig schoolgebouw in Veenland, dat de gemeente in bruikleen geeft. De nieuwe voorziening De Oever krijgt een plek in een vleugel van het Veenlandcollege, die in de zomer van 2026 wordt verbouwd. Over de huisvesting is in het OOGO gesproken met de gemeenten.

# 10 Financiën

## 10.1 Middelen

Het samenwerkingsverband ontvangt jaarlijks ongeveer € 14 miljoen aan ondersteuningsmiddelen, waarvan een groot deel (lwoo, pro en de afdrachten aan het vso) vastligt. Het resterende budget wordt ingezet voor de schoolbesturen, de bovenschoolse voorzieningen en de organisatie.

## 10.2 Verdeling

Het verdeelmodel wordt in 2026 herzien. Het nieuwe model, met de criteria voor toekenning aan de besturen, wordt in het najaar van 2026 aan de algemene ledenvergadering ter besluitvorming voorgelegd.

## 10.3 Meerjarenbegroting

| x € 1.000 | 2026 | 2027 | 2028 | 2029 | 2030 |
| Rijksbijdrage lichte ondersteuning (incl. lwoo en pro) | 7.980 | 7.860 | 7.740 | 7.620 | 7.500 |
| Rijksbijdrage zware ondersteuning | 6.120 | 6.050 | 5.970 | 5.890 | 5.820 |
| Afdrachten vso (DUO) | -3.410 | -3.440 | -3.460 | -3.470 | -3.480 |
| Totaal beschikbaar | 10.690 | 10.470 | 10.250 | 10.040 | 9.840 |
| Lwoo en pro naar scholen | 4.910 | 4.840 | 4.770 | 4.700 | 4.630 |
| Toekenning aan besturen (basis en laag 2) | 2.980 | 2.940 | 2.900 | 2.860 | 2.820 |
| OPDC, rebound en De Oever | 1.720 | 1.760 | 1.760 | 1.760 | 1.760 |
| Overgangsarrangementen terugkeer vso | 180 | 190 | 200 | 200 | 200 |
| Consulenten en bureau | 870 | 880 | 890 | 900 | 910 |
| Professionalisering en audits | 120 | 120 | 110 | 110 | 110 |
| Saldo | -90 | -260 | -380 | -490 | -590 |

## 10.4 Reserves

Het samenwerkingsverband heeft een algemene reserve van € 2,4 miljoen (stand 31 december 2025). We houden een buffer aan van 5 procent van de baten. Het meerdere zetten we in de komende jaren in, zoals te zien is aan de negatieve saldi in de meerjarenbegroting.

# 11 Vooruitblik

De eerste twee jaar van deze planperiode staan in het teken van de invoering van De Oever, de herziening van het verdeelmodel en de versterking van de audits. De beoogde resultaten van deze planperiode en de manier waarop we die volgen, leggen we vast in een kwaliteitsplan dat in het voorjaar van 2027 verschijnt.

# Bijlage Afkortingen

- ISK: internationale schakelklas
- Lwoo: leerwegondersteunend onderwijs
- OOGO: op overeenstemming gericht overleg
- OPDC: orthopedagogisch-didactisch centrum
- OPP: ontwikkelingsperspectiefplan
- OPR: ondersteuningsplanraad
- Pro: praktijkonderwijs
- TLV: toelaatbaarheidsverklaring
- Vso: voortgezet speciaal onderwijs
"""

DOCS.append(("vo-kerkwijde-veenland-op", "pdf", {
    "title": ["Samen verder",
              "Ondersteuningsplan 2026-2030",
              "Samenwerkingsverband Voortgezet Onderwijs Kerkwijde-Veenland (VO 24-92)",
              "april 2026"],
    "header": "Ondersteuningsplan 2026-2030 SWV VO Kerkwijde-Veenland",
    "footer": "Samen verder - ondersteuningsplan",
    "author": "SWV VO Kerkwijde-Veenland",
    "font": "Liberation Serif",
    "body": P3_BODY,
}, {
    "sector": "vo",
    "true": ["basisondersteuning.niveau", "basisondersteuning.inhoud",
             "terugstroom.procedure", "terugstroom.beleid",
             "financien.besteding",
             "dekkend-aanbod.continuum",
             "ouders.informatie", "ouders.steunpunt"],
    "advisory": {"basisondersteuning": ["borging"],
                 "financien": ["reserves"],
                 "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
    "check_status": {"basisondersteuning": "present", "plaatsing": "missing",
                     "terugstroom": "present", "financien": "partial",
                     "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
    "notes": {
        "basisondersteuning": "H4: one standaard for every school/locatie with a 15-row table of afspraken (content only in the table) and audits in 4.3.",
        "plaatsing": "Toelaatbaarheid (vso, pro, lwoo) is only referred to the separate Regeling toelaatbaarheid en toewijzing 2026 (1.3, 5.2), not included; no procedure, criteria, deskundigen, duur or bezwaar in the text.",
        "terugstroom": "H6 'Terugkeer uit het vso': policy, conditions and overgangsarrangement (6.1), dated steps with initiator and deciders (6.2).",
        "financien": "10.3 meerjarenbegroting 2026-2030 with amounts; 10.2 defers the verdeelmodel and its criteria to autumn 2026, so verdeling false; 10.4 reserves.",
        "dekkend-aanbod": "5.1-5.3 four-layer continuum and route via consulent; 5.4 defers the thuiszitters approach and gap analysis to 2026, so lacunes false.",
        "resultaten": "No intended or achieved results and no monitoring; H11 defers beoogde resultaten and how they are followed to a 2027 kwaliteitsplan.",
        "ouders": "H7.1 website ouderdeel, schoolgids, folder, informatieavond; 7.2 Ouder- en Jeugdsteunpunt Noord, Onderwijsconsulenten, Ouders & Onderwijs.",
    },
}))


# ==========================================================================
# P4 - PO, pdf. TLV chapter thorough incl. terugplaatsing; no agreed level of
# basisondersteuning (content observed from SOPs only); finances in a separate
# document; continuum only on website; results monitored but no targets;
# independent support only via website.
# ==========================================================================
P4_BODY = r"""
[TOC]

# Voorwoord

Beste lezer,

Met trots presenteren wij het ondersteuningsplan 2026-2030 van Samenwerkingsverband Primair Onderwijs De Steenvoorde Kring. In dit samenwerkingsverband werken negen schoolbesturen samen aan passend onderwijs voor ruim 9.600 kinderen in de gemeenten Steenvoorde, Haarsteden en Oudewaal.

De afgelopen vier jaar hebben we veel geleerd. Over wat werkt in de klas, over de grenzen van wat een basisschool kan bieden, en over het belang van een goed gesprek met ouders aan het begin van een traject in plaats van aan het eind. In dit plan bouwen we voort op wat goed ging en maken we keuzes voor wat beter moet.

Wij danken de intern begeleiders, schoolleiders, bestuurders, leden van de ondersteuningsplanraad, onze collega's bij de gemeenten en iedereen die heeft meegelezen.

Namens het bestuur,
drs. M.A. de Ruiter-Oosterbaan, directeur-bestuurder

# 1. Inleiding

## 1.1 Doel van dit plan

Het ondersteuningsplan beschrijft hoe het samenwerkingsverband ervoor zorgt dat alle kinderen in de regio een zo passend mogelijke plek in het onderwijs krijgen. Het plan is gebaseerd op artikel 18a van de Wet op het primair onderwijs en geldt van 1 augustus 2026 tot en met 31 juli 2030.

## 1.2 Totstandkoming en vaststelling

Het plan is voorbereid door een werkgroep van intern begeleiders, schoolleiders en medewerkers van het samenwerkingsverband. In het najaar van 2025 zijn drie regiobijeenkomsten gehouden. Het OOGO met de drie gemeenten vond plaats op 19 februari 2026; het overleg met SWV VO Aldenwaerde op 4 maart 2026. De ondersteuningsplanraad stemde op 26 maart 2026 in met het plan. Het bestuur stelde het plan op 9 april 2026 vast.

## 1.3 Leeswijzer

Na de context en de visie (hoofdstuk 2 en 3) beschrijven we de basisondersteuning (hoofdstuk 4), de toelaatbaarheid tot sbo en so inclusief de periode na de TLV (hoofdstuk 5), de aanpak voor kinderen die (dreigen) thuis (te) zitten (hoofdstuk 6), de samenwerking met ouders (hoofdstuk 7), kwaliteitszorg (hoofdstuk 8), en organisatie, personeel en planning (hoofdstuk 9 tot en met 11).

# 2. Context

## 2.1 Scholen en leerlingen

Het samenwerkingsverband telt 38 basisscholen, 2 scholen voor speciaal basisonderwijs en 2 scholen voor speciaal onderwijs (een cluster 4-school en een cluster 3-school met een afdeling voor zeer moeilijk lerende kinderen). Op 1 oktober 2025 telden de scholen samen 9.612 leerlingen. Het aantal leerlingen daalt licht: de prognose voor 2030 is 9.300.

## 2.2 Kenmerken van de regio

De regio bestaat uit één stad en een groot landelijk gebied met kleine dorpsscholen. Een kwart van de basisscholen heeft minder dan honderd leerlingen. Dat maakt het lastig om op iedere school alle expertise in huis te hebben. Tegelijk kennen kleine scholen hun leerlingen en ouders goed. In de stad is het aandeel leerlingen met een migratieachtergrond groter en zijn er meer nieuwkomers.

## 2.3 Ontwikkelingen

Drie ontwikkelingen bepalen de komende jaren. Het aantal leerlingen daalt, vooral in de dorpen, waardoor kleine scholen kwetsbaarder worden. Het lerarentekort maakt het moeilijker om in iedere groep een bevoegde leerkracht te hebben, en treft het speciaal (basis)onderwijs extra hard. En de wetgeving verandert: het hoorrecht voor leerlingen, het ouder- en jeugdsteunpunt en de landelijke norm voor basisondersteuning vragen de komende jaren om aanpassingen in onze werkwijze.

## 2.4 Terugblik

In de vorige planperiode is de Commissie Toelaatbaarheid sneller gaan werken: de gemiddelde doorlooptijd daalde van zeven naar vier weken. Het aantal kinderen dat langer dan vier weken thuiszat, daalde van 19 naar 11. De samenwerking met de wijkteams is in alle drie de gemeenten verbeterd. Minder goed ging de afstemming over kinderen die van school wisselen binnen het samenwerkingsverband; dat pakken we in deze planperiode op.

# 3. Visie

Ieder kind heeft recht op onderwijs dat past. Wij geloven dat de meeste kinderen het beste tot hun recht komen op een gewone basisschool in hun eigen wijk of dorp, samen met vriendjes en vriendinnetjes. Voor sommige kinderen is een speciale (basis)school op een bepaald moment de beste plek. Dat is geen eindstation: we blijven kijken wat een kind nodig heeft.

We werken handelingsgericht: we kijken naar de onderwijsbehoeften van het kind en naar wat de leraar nodig heeft om het kind te ondersteunen. De intern begeleider is de spil in de school. Het samenwerkingsverband is er om scholen te ondersteunen, niet om de ondersteuning over te nemen.

## 3.1 Kernwaarden

Onze kernwaarden zijn nabij, samen en eerlijk. Nabij: we zoeken de oplossing eerst in de klas, dan in de school en pas daarna daarbuiten. Samen: scholen, ouders en partners zijn samen verantwoordelijk. Eerlijk: we zijn duidelijk over wat wel en niet kan, en we behandelen vergelijkbare situaties op vergelijkbare wijze.

# 4. Basisondersteuning

## 4.1 Uitgangspunt

Iedere school beschrijft in haar schoolondersteuningsprofiel welke ondersteuning zij biedt. In de vorige planperiode hebben we bewust geen gezamenlijke ondergrens vastgesteld: scholen verschillen sterk in grootte en populatie. Het bestuur stelt een voor alle scholen geldend niveau vast wanneer de landelijke norm basisondersteuning in de wet is opgenomen, naar verwachting in 2027.

## 4.2 Wat we op iedere school aantreffen

In 2025 hebben we alle 42 schoolondersteuningsprofielen geanalyseerd. Daaruit blijkt dat iedere school het volgende biedt:

- een intern begeleider die de ondersteuning coördineert en ouders te woord staat;
- een leerlingvolgsysteem en twee keer per jaar groepsbesprekingen en leerlingbesprekingen;
- een dyslexieprotocol, inclusief de vergoede dyslexiezorg via de gemeente bij ernstige enkelvoudige dyslexie;
- een aanbod voor kinderen die meer aankunnen (verrijking, plusopdrachten);
- een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;
- afspraken over medisch handelen;
- de mogelijkheid om het ondersteuningsteam met de schoolmaatschappelijk werker, de jeugdverpleegkundige en de onderwijsadviseur van het samenwerkingsverband in te schakelen;
- een ontwikkelingsperspectief voor kinderen met een eigen leerlijn.

Daarnaast bieden 31 scholen een rustplek in of bij de klas en 14 scholen een taalklas voor nieuwkomers.

## 4.3 Consultatie en advies

Iedere school heeft een vaste onderwijsadviseur van het samenwerkingsverband, die de intern begeleider adviseert en bij het ondersteuningsteam aanschuift. Een overzicht van alle arrangementen en voorzieningen in ons samenwerkingsverband – van extra ondersteuning in de school tot het speciaal (basis)onderwijs – staat in de Ondersteuningswijzer op onze website.

# 5. Toelaatbaarheid tot het sbo en het so

## 5.1 Wanneer een TLV

Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Het samenwerkingsverband beslist op verzoek van het schoolbestuur van de school waar het kind staat ingeschreven, of – bij een kind dat nog niet op school zit – van de school waar het kind is aangemeld.

## 5.2 De aanvraag

De intern begeleider bereidt de aanvraag voor samen met ouders en de onderwijsadviseur. De aanvraag bevat:

- het ontwikkelingsperspectief of groeidocument met de ondersteuningsbehoeften van het kind;
- een verslag van de bespreking in het ondersteuningsteam, waarin ook de ouders aanwezig waren;
- de zienswijze van de ouders;
- een overzicht van de ondersteuning die de school de afgelopen periode heeft geboden en de effecten daarvan;
- eventuele onderzoeksverslagen.

De school dient de aanvraag in bij de Commissie Toelaatbaarheid van het samenwerkingsverband. De secretaris bevestigt de ontvangst binnen drie werkdagen.

## 5.3 Advies en besluit

Over iedere aanvraag geven twee deskundigen advies: een orthopedagoog of psycholoog van het samenwerkingsverband, en een tweede deskundige afhankelijk van de vraag van het kind (een kinderarts, een maatschappelijk werker, een kinder- en jeugdpsychiater of een pedagoog). Iedere deskundige schrijft een eigen advies. De deskundigen zijn niet betrokken geweest bij de begeleiding van het kind. Ouders krijgen een kopie van beide adviezen.

De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige aanvraag. In spoedeisende situaties – bijvoorbeeld als een kind thuis dreigt te komen zitten – wordt binnen twee weken besloten.

## 5.4 Criteria

Een kind is toelaatbaar tot het speciaal basisonderwijs als:

- de school de basisondersteuning en extra ondersteuning ten minste zes maanden planmatig heeft ingezet en geëvalueerd in het ontwikkelingsperspectief;
- het kind in een kleinere groep met meer specifieke begeleiding naar verwachting beter tot ontwikkeling komt, omdat het kind een combinatie nodig heeft van intensieve instructie, een strakke structuur en begeleiding bij gedrag of werkhouding die de basisschool niet kan bieden;
- de deskundigen dit bevestigen.

Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een ondersteuningsbehoefte die het sbo niet kan bieden: een verstandelijke beperking met een IQ tot ongeveer 70 in combinatie met een grote ondersteuningsbehoefte in zelfredzaamheid (cluster 3, zml), een langdurige ziekte of lichamelijke beperking die intensieve zorg op school vraagt, of ernstige gedrags- of psychiatrische problematiek waarvoor een therapeutisch klimaat nodig is (cluster 4). Bij kinderen die direct vanuit de voorschool of het kinderdagcentrum instromen, kan de commissie besluiten zonder voorafgaande periode op de basisschool.

## 5.5 Duur en categorie

Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor twee jaar en loopt af op 31 juli. Bij een so-TLV stelt de commissie de bekostigingscategorie vast (laag, midden of hoog).

## 5.6 Bezwaar

Ouders of het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en besluit daarna opnieuw.

## 5.7 Na de TLV: terugplaatsing en overplaatsing

We gaan ervan uit dat een plaatsing in het sbo of so tijdelijk kan zijn. Ons beleid is dat kinderen die in het sbo of so voldoende tot ontwikkeling komen, zo snel als verantwoord terugkeren naar een basisschool, bij voorkeur in hun eigen woonplaats. Terugplaatsing is aan de orde als uit de evaluatie van het ontwikkelingsperspectief blijkt dat het kind met de ondersteuning die een basisschool kan bieden, aangevuld met een arrangement, verder kan. Een teruggeplaatst kind krijgt het eerste jaar begeleiding van een leerkracht van de sbo- of so-school die één dagdeel per week meekijkt in de nieuwe klas.

De werkwijze is als volgt. De sbo- of so-school evalueert het ontwikkelingsperspectief van ieder kind twee keer per jaar met ouders. In het laatste jaar van een so-TLV neemt de commissie voor de begeleiding van de so-school uiterlijk in januari een besluit over het vervolg: terugplaatsing, overplaatsing naar een andere school voor speciaal (basis)onderwijs, of een nieuwe aanvraag voor een TLV. Bij terugplaatsing zoekt de so-school samen met ouders en de onderwijsadviseur van het samenwerkingsverband een basisschool; uiterlijk in mei vindt een overdrachtsgesprek plaats. Voor kinderen in het sbo vindt deze afweging jaarlijks plaats in het voorjaar. De ontvangende school besluit over de inschrijving; het samenwerkingsverband besluit over het arrangement.

In het schooljaar 2024-2025 zijn 17 kinderen vanuit het sbo en 4 kinderen vanuit het so teruggeplaatst naar het basisonderwijs.

# 6. Thuiszitters en kinderen zonder passende plek

## 6.1 Zorgplicht

Als ouders hun kind schriftelijk aanmelden, heeft de school zorgplicht. Kan de school het kind niet de nodige ondersteuning bieden, dan zoekt zij binnen zes weken (eenmaal te verlengen met vier weken) een andere school die dat wel kan en het kind toelaat. De onderwijsadviseur van het samenwerkingsverband denkt mee. Lukt het niet om binnen deze termijn een plek te vinden, dan meldt de school het kind bij het samenwerkingsverband.

## 6.2 Aanpak thuiszitten

Ieder kind dat langer dan vier weken niet naar school gaat, wordt binnen een week besproken in het Overleg Passende Plek, met de school, de leerplichtambtenaar, de onderwijsadviseur, het wijkteam en ouders. Het overleg maakt binnen twee weken een plan met een datum waarop het kind weer (gedeeltelijk) onderwijs volgt. Lukt dit niet, dan legt de directeur-bestuurder de casus voor aan het overleg van bestuurders, dat een school kan aanwijzen die het kind tijdelijk opvangt.

## 6.3 Witte vlekken en wachtlijsten

Twee keer per jaar analyseren we, samen met de leerplichtambtenaren van de drie gemeenten, de lijst van kinderen zonder passende plek en de wachtlijsten van het so en de jeugd-GGZ. Als een groep kinderen structureel geen plek heeft, bespreken de bestuurders een oplossing. Zo is in 2024 een observatiegroep voor jonge kinderen met gedragsproblemen gestart. Uit de analyse van 2025 blijkt dat er een tekort is aan plaatsen voor kinderen met een ernstige taalontwikkelingsstoornis in combinatie met gedrag; in 2026 verkennen we met het cluster 2-instituut een gezamenlijke groep.

## 6.4 Samenwerking met jeugdhulp

Op iedere school is een vast aanspreekpunt van het wijkteam. De gemeenten en het samenwerkingsverband hebben in het OOGO afgesproken dat jeugdhulp onder schooltijd mogelijk is als dat nodig is om onderwijs te kunnen volgen.

# 7. Samen met ouders

Ouders kennen hun kind het best. Wij vinden het belangrijk dat ouders vanaf het begin betrokken zijn en begrijpen welke ondersteuning er is.

Het samenwerkingsverband informeert ouders via de website, waarop een speciale ouderpagina staat met uitleg over de basisondersteuning, het schoolondersteuningsprofiel, de ondersteuningsteams en de TLV-procedure. Daar staat ook de Ondersteuningswijzer. De folder "Passend onderwijs in de Steenvoorde Kring" wordt via de scholen aan alle ouders van kinderen met een ontwikkelingsperspectief gegeven. De intern begeleider is voor ouders het eerste aanspreekpunt; ouders kunnen ook rechtstreeks contact opnemen met de onderwijsadviseur van het samenwerkingsverband. Eens per jaar organiseren we een ouderavond over de overstap naar het voortgezet onderwijs voor kinderen met een ondersteuningsbehoefte.

Voor onafhankelijke ondersteuning kunnen ouders terecht bij de organisaties die op onze website onder "Hulp voor ouders" staan. De gemeenten en het samenwerkingsverband onderzoeken in 2026 of in de regio een ouder- en jeugdsteunpunt wordt ingericht.

Ouders zijn vertegenwoordigd in de ondersteuningsplanraad (de helft van de leden) en zijn bij iedere bespreking in het ondersteuningsteam over hun kind uitgenodigd.

# 8. Kwaliteitszorg

## 8.1 Wat we volgen

Het samenwerkingsverband volgt jaarlijks de volgende gegevens:

- het deelnamepercentage sbo en so op 1 oktober, vergeleken met het landelijk gemiddelde;
- het aantal aanvragen en afgegeven TLV's, en de doorlooptijd;
- het aantal thuiszitters en vrijstellingen, in samenwerking met leerplicht;
- het aantal terugplaatsingen vanuit sbo en so;
- de tevredenheid van intern begeleiders over de onderwijsadviseurs (tweejaarlijkse peiling).

## 8.2 Hoe we erover rapporteren

Deze gegevens worden twee keer per jaar in een kwaliteitsrapportage aan het bestuur en de ondersteuningsplanraad voorgelegd. In het jaarverslag rapporteren we over alle gegevens, met een toelichting en een vergelijking met voorgaande jaren. Op 1 oktober 2025 was het deelnamepercentage sbo 2,1 procent (landelijk 2,4) en so 1,6 procent (landelijk 1,7). Er zaten op die datum 11 kinderen langer dan vier weken thuis.

## 8.3 Beoogde resultaten

De beoogde resultaten voor deze planperiode formuleren we in het eerste planjaar samen met de schoolbesturen en leggen we vast in het jaarplan 2027.

# 9. Organisatie en medezeggenschap

Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. De algemene vergadering bestaat uit de bestuurders van de negen aangesloten schoolbesturen. Het bureau telt 14,6 fte, onder wie elf onderwijsadviseurs en orthopedagogen.

De ondersteuningsplanraad bestaat uit tien leden en heeft instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband heeft ook een medezeggenschapsraad voor de eigen medewerkers.

De middelen van het samenwerkingsverband worden ingezet voor de scholen en de ondersteuning van kinderen. De financiële paragraaf – de verdeling van de middelen, de meerjarenbegroting en het beleid voor reserves – is opgenomen in het afzonderlijke Financieel kader 2026-2030, dat het bestuur jaarlijks bijstelt.

## 9.1 Governance

Het samenwerkingsverband volgt de Code Goed Bestuur PO. De raad van toezicht vergadert vijf keer per jaar, waarvan eenmaal met de ondersteuningsplanraad en eenmaal met de algemene vergadering. De raad van toezicht keurt de jaarstukken goed en wijst de accountant aan. Het bestuursreglement en het toezichtkader zijn in 2025 geactualiseerd.

## 9.2 Privacy

Het samenwerkingsverband verwerkt gegevens over kinderen voor de toelaatbaarheid en de advisering aan scholen. Daarbij gaat het soms om gezondheidsgegevens. We verwerken alleen wat nodig is, bewaren gegevens tot drie jaar na het laatste besluit en hebben afspraken met de scholen over het veilig delen van dossiers. De functionaris gegevensbescherming brengt jaarlijks verslag uit aan het bestuur.

## 9.3 Communicatie met scholen

Intern begeleiders ontvangen zes keer per jaar een nieuwsbrief. Schoolleiders en bestuurders worden via het directeurenberaad en de algemene vergadering geïnformeerd. Het samenwerkingsverband organiseert jaarlijks een studiedag voor alle intern begeleiders, waarin steeds een thema centraal staat, zoals gedrag, taalontwikkeling of het werken met een ontwikkelingsperspectief. Nieuwe intern begeleiders krijgen een inwerkprogramma met een vaste maatje uit een andere school.

# 10. Personeel en professionalisering

Leerkrachten en intern begeleiders zijn de belangrijkste factor in passend onderwijs. Het samenwerkingsverband biedt een netwerk voor intern begeleiders, een leergang gedrag voor leerkrachten en trainingen over het werken met een ontwikkelingsperspectief. De onderwijsadviseurs van het samenwerkingsverband hebben een eigen professionaliseringsplan. Het lerarentekort raakt ook het sbo en so; samen met de besturen werken we aan een opleidingstraject voor zij-instromers in het speciaal onderwijs.

De werkdruk van intern begeleiders is hoog. Veel intern begeleiders combineren hun taak met lesgeven. Het samenwerkingsverband heeft met de besturen afgesproken dat iedere school ten minste één dag per week per tweehonderd leerlingen vrijroostert voor de intern begeleider. De besturen bewaken deze afspraak in hun eigen personeelsbeleid.

# 11. Planning

| Schooljaar | Activiteiten |
| 2026-2027 | formuleren beoogde resultaten; verkenning ouder- en jeugdsteunpunt; pilot TOS en gedrag |
| 2027-2028 | vaststellen niveau basisondersteuning na landelijke norm; herziening Ondersteuningswijzer |
| 2028-2029 | tussentijdse evaluatie met OPR en gemeenten |
| 2029-2030 | evaluatie en nieuw ondersteuningsplan |

# Bijlage Begrippenlijst

- Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat iedere school biedt.
- Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat voor ieder kind een passende plek is.
- Financieel kader: het document waarin de verdeling van de middelen en de meerjarenbegroting staan.
- Onderwijsconsulent: onafhankelijk adviseur voor ouders bij problemen rond de schoolplaatsing.
- OOGO: op overeenstemming gericht overleg met de gemeenten.
- Sbo: speciaal basisonderwijs.
- So: speciaal onderwijs.
- TLV: toelaatbaarheidsverklaring.
"""

DOCS.append(("po-steenvoorde-kring-op-2026", "pdf", {
    "title": ["Ondersteuningsplan 2026-2030",
              "Samenwerkingsverband Primair Onderwijs De Steenvoorde Kring (PO 28-94)",
              "Vastgesteld 9 april 2026"],
    "header": "SWV PO De Steenvoorde Kring | Ondersteuningsplan 2026-2030",
    "footer": "De Steenvoorde Kring - samen passend",
    "author": "SWV PO De Steenvoorde Kring",
    "body": P4_BODY,
}, {
    "sector": "po",
    "true": ["basisondersteuning.inhoud",
             "plaatsing.procedure", "plaatsing.criteria",
             "terugstroom.procedure", "terugstroom.beleid",
             "dekkend-aanbod.lacunes",
             "resultaten.monitoring",
             "ouders.informatie"],
    "advisory": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "terugstroom": ["monitoring"],
                 "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
    "check_status": {"basisondersteuning": "partial", "plaatsing": "present",
                     "terugstroom": "present", "financien": "missing",
                     "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"},
    "notes": {
        "basisondersteuning": "4.2 lists what every school offers (from the SOP analysis), but 4.1 says no common minimum level has been agreed and defers it to 2027, so niveau false.",
        "plaatsing": "H5: request by the school board, dossier, Commissie Toelaatbaarheid, two deskundigen, 6 weeks; separate sbo and so criteria (5.4); duur/categorie (5.5); bezwaar via LBT (5.6).",
        "terugstroom": "5.7 inside the TLV chapter: policy and conditions, support after return, evaluation moments, who decides; 2024-2025 figures.",
        "financien": "No verdeling or begroting in the plan; the only text (H9, last paragraph) refers to the separate Financieel kader 2026-2030; 'Financieel kader' also in the begrippenlijst.",
        "dekkend-aanbod": "H6 zorgplicht, Overleg Passende Plek, twice-yearly gap analysis (lacunes); the continuum of arrangementen/voorzieningen is only in the web 'Ondersteuningswijzer' (4.3), so continuum false.",
        "resultaten": "H8.1-8.2 monitoring and reporting with figures; 8.3 defers beoogde resultaten to the 2027 jaarplan, so doelen false.",
        "ouders": "H7 website ouderpagina, folder, IB'er and ouderavond (informatie); independent support only via a website list and a 2026 OJSP exploration, so steunpunt false.",
    },
}))


# ==========================================================================
# P5 - VO, html. "Deel A Kaders en procedures"; Deel B (ondersteuningsaanbod,
# basisondersteuning, dekkend aanbod, informatie voor ouders) is a separate
# document that is not part of the input.
# ==========================================================================
P5_BODY = r"""
[TOC]

# Voorwoord

Voor u ligt Deel A van ons nieuwe ondersteuningsplan. Het is het resultaat van anderhalf jaar gesprekken met schoolleiders, ondersteuningscoördinatoren, leden van de ondersteuningsplanraad, ambtenaren en wethouders van de drie gemeenten, en met leerlingen en ouders die ons vertelden wat zij van het samenwerkingsverband merken. Dat was soms confronterend: voor veel ouders is het samenwerkingsverband een instantie waar formulieren naartoe gaan en waar het lang duurt voordat er een besluit komt. Die les hebben we ter harte genomen. Eenvoudiger en sneller is daarom een van onze koersuitspraken.

Wij danken iedereen die heeft bijgedragen. Wij kijken uit naar de uitvoering van dit plan, samen met de scholen.

Mw. drs. E.G. Tielemans, directeur-bestuurder

# 1 Inleiding

## 1.1 Opbouw van het ondersteuningsplan

Het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Ootmarsveen bestaat uit twee delen. Dit is Deel A: Kaders en procedures. Hierin staan onze koers, de regels voor toelaatbaarheid en terugkeer, de financiën, de kwaliteitszorg, de positie van ouders bij meningsverschillen, en de organisatie. Deel B: Ondersteuningsaanbod beschrijft de basisondersteuning, de arrangementen en voorzieningen, de aanpak van thuiszitten en de informatievoorziening aan ouders. Deel B wordt jaarlijks geactualiseerd en is als afzonderlijk document gepubliceerd.

We kozen voor deze tweedeling omdat de kaders voor vier jaar gelden, terwijl het aanbod voortdurend in beweging is. Beide delen zijn met instemming van de ondersteuningsplanraad vastgesteld.

## 1.2 Planperiode en vaststelling

Deel A geldt van 1 augustus 2026 tot en met 31 juli 2030. Het OOGO met de gemeenten Ootmarsveen, Dinkelwaard en Losserbroek vond plaats op 3 maart 2026. De OPR stemde op 19 maart 2026 in, het bestuur stelde het plan op 2 april 2026 vast en het plan is op 14 april 2026 aan de inspectie gezonden.

## 1.3 Wettelijk kader

Het samenwerkingsverband is een samenwerkingsverband als bedoeld in artikel 2.47 van de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO). De wet schrijft voor dat het samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vaststelt, na op overeenstemming gericht overleg met de gemeenten en met instemming van de ondersteuningsplanraad. Dit plan is ook afgestemd met het samenwerkingsverband PO Ootmarsveen, waarvan het werkgebied samenvalt met het onze.

## 1.4 Leeswijzer

Hoofdstuk 2 beschrijft onze koers, hoofdstuk 3 kort ons samenwerkingsverband. De hoofdstukken 4 en 5 bevatten de kaders voor toelaatbaarheid en terugkeer. Hoofdstuk 6 gaat over de financiën, hoofdstuk 7 over kwaliteit en resultaten, hoofdstuk 8 over meningsverschillen. Hoofdstuk 9 beschrijft de organisatie en hoofdstuk 10 de planning. Achterin staat een begrippenlijst.

# 2 Koers 2026-2030

## 2.1 Waar we voor staan

Het samenwerkingsverband is van en voor de scholen. Wij zijn ervan overtuigd dat een goede school voor iedere leerling begint bij een goede les, een mentor die de leerling kent en een team dat weet wat het moet doen als het even niet gaat. Wat scholen samen beter kunnen dan alleen, organiseren we samen. De leerling en zijn ouders staan daarbij centraal.

## 2.2 Vier koersuitspraken

- We zorgen dat leerlingen niet langer dan nodig in het vso blijven.
- We maken de toewijzing van ondersteuning eenvoudiger en sneller.
- We zetten het geld in waar de leerling is.
- We leggen verantwoording af over wat het oplevert.

Eenvoudiger en sneller betekent voor ons: één aanvraagformulier in plaats van vier, informatie die een school al heeft aangeleverd niet opnieuw opvragen, en besluiten die binnen de wettelijke termijn worden genomen. Het geld inzetten waar de leerling is, betekent dat we zo weinig mogelijk geld aan het bureau en aan bovenschoolse structuren besteden, en dat scholen zelf ruimte krijgen om keuzes te maken. Verantwoording afleggen betekent dat we niet alleen vertellen wat we doen, maar ook laten zien wat het oplevert, in cijfers en in verhalen van leerlingen.

## 2.3 Ontwikkelingen die op ons afkomen

De komende jaren krijgen we te maken met een dalend aantal leerlingen, een krappe arbeidsmarkt voor leraren en ondersteuners, en nieuwe wetgeving. De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt een hoorrecht voor leerlingen en een verplicht ouder- en jeugdsteunpunt. De landelijke norm voor basisondersteuning zal naar verwachting gevolgen hebben voor de afspraken tussen besturen. Wij volgen deze ontwikkelingen nauwgezet en passen, waar nodig, met instemming van de OPR het plan tussentijds aan.

## 2.4 Wat we leerden van de vorige periode

De evaluatie van het plan 2022-2026 liet zien dat scholen de toewijzing als traag en bureaucratisch ervoeren. Een aanvraag voor een arrangement vroeg gemiddeld vier documenten, die vaak dezelfde informatie bevatten. Ook bleek dat de afspraken tussen besturen niet altijd even goed werden nageleefd, omdat ze in het vorige plan verspreid over verschillende hoofdstukken stonden. In dit plan hebben we de kaders daarom gebundeld en waar mogelijk vereenvoudigd. Het bestuur heeft de evaluatie op 11 september 2025 besproken met de OPR.

## 2.5 Leerlingen aan het woord

In het voorjaar van 2025 spraken we met 34 leerlingen van vier scholen, onder wie leerlingen van het praktijkonderwijs en het vso. Zij gaven ons drie boodschappen mee: praat met ons en niet over ons, zorg dat wij weten wie we kunnen bellen, en laat ons niet te lang wachten. Deze boodschappen hebben we gebruikt bij het formuleren van de koersuitspraken.

# 3 Ons samenwerkingsverband

Het samenwerkingsverband omvat acht vestigingen van vier besturen in de gemeenten Ootmarsveen, Dinkelwaard en Losserbroek: vijf scholen voor vmbo, havo en vwo (waarvan drie met lwoo), één school voor praktijkonderwijs en twee vso-scholen. Op 1 oktober 2025 waren 4.871 leerlingen ingeschreven, van wie 184 in het vso en 236 in het praktijkonderwijs. Het aantal leerlingen daalt tot 2030 met naar verwachting acht procent.

| Vestiging | Bestuur | Plaats | Onderwijs | Leerlingen 1-10-2025 |
| Dinkelcollege | Stichting VO Dinkelland | Dinkelwaard | vmbo (lwoo), havo | 1.104 |
| Het Ootmarsveens Lyceum | Stichting VO Dinkelland | Ootmarsveen | havo, vwo | 1.236 |
| Vakcollege Losserbroek | Stichting Carmel Oost | Losserbroek | vmbo (lwoo) | 702 |
| Twickel Mavo | Stichting Carmel Oost | Ootmarsveen | vmbo-t (lwoo) | 498 |
| Het Stedelijk | OSG Ootmarsveen | Ootmarsveen | vmbo-t, havo, vwo | 911 |
| Praktijkschool Het Erf | OSG Ootmarsveen | Dinkelwaard | praktijkonderwijs | 236 |
| De Ronde | Stichting SO Oost | Ootmarsveen | vso cluster 4 | 131 |
| De Esch | Stichting SO Oost | Dinkelwaard | vso cluster 3 | 53 |

De regio is landelijk, met drie kernen en veel kleine dorpen. Een groot deel van de leerlingen reist met de fiets of de bus naar school; voor leerlingen van het vso en het praktijkonderwijs is de reisafstand soms meer dan vijfentwintig kilometer. De economie van de regio wordt gedragen door landbouw, logistiek en maakindustrie. De grens met Duitsland ligt op enkele kilometers; een klein aantal leerlingen woont in Duitsland en volgt onderwijs in Ootmarsveen.

# 4 Toelaatbaarheid

## 4.1 Vso

Een leerling is toelaatbaar tot het vso als hij een ondersteuningsbehoefte heeft die een reguliere school ook met een arrangement niet kan bieden. Het samenwerkingsverband hanteert daarbij de volgende criteria:

| Criterium | Toelichting |
| Ondersteuningsbehoefte beschreven | Het OPP beschrijft de ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, sociaal-emotioneel functioneren, communicatie en fysiek-medisch. |
| Extra ondersteuning benut | De reguliere school heeft gedurende ten minste twintig schoolweken een arrangement ingezet en geëvalueerd, tenzij de ernst van de situatie dit onmogelijk maakt. |
| Geen passend regulier alternatief | Er is geen reguliere school in de regio die met de beschikbare arrangementen in de ondersteuningsbehoefte kan voorzien. |
| Perspectief in het vso | Het vso kan een passend perspectief bieden (vervolgonderwijs, arbeidsmarkt of dagbesteding). |

De bekostigingscategorie is laag, tenzij de leerling vanwege een lichamelijke beperking of langdurige ziekte (categorie midden) of een meervoudige beperking (categorie hoog) intensievere zorg nodig heeft.

## 4.2 Praktijkonderwijs en lwoo

Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en leerachterstanden van drie jaar of meer op ten minste twee van de vier domeinen (inzichtelijk rekenen, begrijpend lezen, technisch lezen en spelling), waarvan één inzichtelijk rekenen of begrijpend lezen is. Voor leerwegondersteunend onderwijs volgt het samenwerkingsverband de landelijke criteria; we maken geen gebruik van de mogelijkheid tot opting out.

## 4.3 Procedure

De aanvraagprocedure voor vso, praktijkonderwijs en lwoo wordt in het schooljaar 2026-2027 vereenvoudigd en daarna vastgelegd in het Handboek Toewijzing. Tot die tijd geldt de werkwijze zoals beschreven op onze website.

## 4.4 Bezwaar

Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het bestuur. Het bestuur legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en neemt binnen zes weken na ontvangst van het advies een nieuw besluit.

# 5 Terugkeer naar het regulier onderwijs

## 5.1 Werkwijze

- De vso-school evalueert jaarlijks, uiterlijk in het OPP-gesprek in februari, met ouders en leerling of terugkeer naar het regulier voortgezet onderwijs mogelijk is.
- In het laatste jaar van de TLV stelt de commissie van begeleiding van de vso-school vóór 1 maart vast of de leerling kan terugkeren, of dat een nieuwe TLV moet worden aangevraagd.
- Bij terugkeer meldt de vso-school de leerling vóór 1 april aan bij een reguliere school naar keuze van ouders; het samenwerkingsverband schuift aan bij het overdrachtsgesprek.
- Een verlengingsaanvraag dient de vso-school uiterlijk 1 mei in.
- De TLV eindigt op 31 juli van het laatste jaar; de leerling staat vanaf 1 augustus ingeschreven op de nieuwe school.

## 5.2 Beleid

Ons beleid rond terugkeer – welke doelen we nastreven, onder welke voorwaarden en met welke begeleiding na de overstap – herijken we in 2027 samen met de vso-scholen en de OPR.

# 6 Financiën

## 6.1 Uitgangspunten

Het samenwerkingsverband zet de middelen zo dicht mogelijk bij de leerling in, stelt een sluitende begroting op en houdt een verantwoorde buffer aan.

## 6.2 Verdeling

De middelen worden in drie stromen verdeeld:

- Schoolbudget: ieder bestuur ontvangt € 95 per leerling (teldatum 1 oktober van het voorgaande jaar) voor ondersteuning binnen de school. Leerlingen in het praktijkonderwijs en het vso tellen hierbij niet mee, omdat zij via hun eigen bekostiging worden ondersteund.
- Arrangementsbudget: scholen kunnen per leerling een arrangement aanvragen. Het samenwerkingsverband kent een arrangement toe als de school kan aantonen dat de ondersteuning uit het schoolbudget niet volstaat en het OPP doelen en evaluatiemomenten bevat. Een arrangement bedraagt € 3.500 (licht) of € 7.000 (intensief) per schooljaar.
- Lwoo- en pro-middelen: deze worden volledig doorgegeven aan de scholen met lwoo en pro, naar rato van het aantal leerlingen met een aanwijzing of TLV op 1 oktober.

De directeur besluit over de toekenning van arrangementen; het bestuur stelt de verdeling jaarlijks vast bij de begroting.

## 6.3 Meerjarenbegroting

| Bedragen in euro's | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbekostiging | 10.120.000 | 9.950.000 | 9.760.000 | 9.580.000 |
| Afdrachten vso | 2.380.000 | 2.360.000 | 2.330.000 | 2.300.000 |
| Lwoo en pro naar scholen | 4.050.000 | 3.960.000 | 3.880.000 | 3.790.000 |
| Schoolbudgetten | 425.000 | 415.000 | 405.000 | 395.000 |
| Arrangementen | 1.610.000 | 1.610.000 | 1.590.000 | 1.570.000 |
| Bovenschoolse voorzieningen | 1.050.000 | 1.050.000 | 1.040.000 | 1.040.000 |
| Bureau en commissie | 720.000 | 730.000 | 740.000 | 750.000 |
| Resultaat | -115.000 | -175.000 | -225.000 | -265.000 |

## 6.4 Groei van het vso

Als het aantal vso-leerlingen tussen 1 oktober en 1 februari groeit, betaalt het samenwerkingsverband de vso-school voor die groei, op basis van de telling op de peildatum 1 februari. Het bedrag wordt berekend volgens de landelijke bedragen per bekostigingscategorie en komt ten laste van de post afdrachten vso. In 2025 ging het om elf leerlingen en een bedrag van € 142.000.

## 6.5 Risico's

De belangrijkste financiële risico's zijn de daling van het aantal leerlingen, een onverwachte groei van het vso (omdat de afdrachten aan het vso automatisch op onze bekostiging worden ingehouden) en de onzekerheid over de landelijke bekostiging na 2027. We houden daarom een buffer aan van ten minste vijf procent van de baten en volgen de groei van het vso maandelijks. Bij een overschrijding van het arrangementsbudget met meer dan tien procent legt de directeur een voorstel tot bijsturing voor aan het bestuur.

## 6.6 Reserves en verantwoording

De algemene reserve bedroeg op 31 december 2025 € 1,9 miljoen; de signaleringswaarde is € 1,3 miljoen. Het verschil zetten we in de planperiode in via de negatieve begrotingsresultaten. Besturen leggen jaarlijks voor 1 april verantwoording af over de besteding van het schoolbudget en de arrangementen, met een overzicht van het aantal leerlingen en de ingezette ondersteuning.

# 7 Kwaliteit en resultaten

## 7.1 Wat we willen bereiken

| Doel | Indicator | 2025 | 2030 |
| Minder lang in het vso | aantal leerlingen dat per jaar vanuit het vso terugkeert naar regulier onderwijs | 6 | 12 |
| Sneller besluiten | percentage aanvragen waarover binnen zes weken is besloten | 71% | 95% |
| Passend diploma | percentage leerlingen met een arrangement dat het diploma haalt in de verwachte tijd | 64% | 75% |
| Tevreden ouders | gemiddelde waardering door ouders van leerlingen met een arrangement | 6,9 | 7,5 |

## 7.2 Hoe we dat volgen

We verzamelen de gegevens voor deze indicatoren per kwartaal uit onze eigen registratie en jaarlijks uit DUO en een oudervragenlijst. Het bestuur bespreekt twee keer per jaar een voortgangsrapportage. In het jaarverslag rapporteren we per doel de bereikte waarde en de kosten van de ingezette middelen. Na twee jaar evalueren we samen met de OPR of de doelen en indicatoren nog passend zijn.

## 7.3 Wat we bereikten in 2022-2026

In de vorige planperiode daalde de gemiddelde doorlooptijd van een TLV-aanvraag van acht naar vijf weken. Het aantal arrangementen steeg van 180 naar 232. De tevredenheid van scholen over de toewijzing steeg van 6,4 naar 7,2.

## 7.4 Kwaliteitszorg van het bureau

Het bureau werkt volgens een eigen kwaliteitshandboek, waarin per proces (toewijzing, arrangementen, bezwaar, financiën) staat wie verantwoordelijk is en welke termijnen gelden. Eenmaal per jaar houdt een collega-samenwerkingsverband een visitatie. De uitkomsten van de visitatie worden met de raad van toezicht en de OPR besproken.

# 8 Als ouders en school het niet eens zijn

Ouders en leerlingen die vastlopen of het niet eens zijn met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Ootmarsveen e.o. Het steunpunt is onafhankelijk: het valt niet onder het samenwerkingsverband of een schoolbestuur, en de medewerkers werken uitsluitend in het belang van de leerling. Het steunpunt is bereikbaar via telefoon, e-mail en WhatsApp en houdt op dinsdag een spreekuur in de bibliotheek van Ootmarsveen. Ouders kunnen ook terecht bij de Onderwijsconsulenten.

Voor klachten over het samenwerkingsverband geldt de klachtenregeling; het samenwerkingsverband is aangesloten bij de landelijke klachtencommissie van Onderwijsgeschillen. Geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.

# 9 Organisatie

## 9.1 Bestuur en toezicht

Het samenwerkingsverband is een stichting met een tweehoofdig bestuur (een directeur-bestuurder en een bestuurder bedrijfsvoering) en een raad van toezicht van drie leden. De vier schoolbesturen vormen samen het Overleg Schoolbesturen, dat adviseert over de begroting en het ondersteuningsplan.

## 9.2 Medezeggenschap

De ondersteuningsplanraad bestaat uit acht leden, van wie vier personeelsleden en vier ouders of leerlingen. De OPR heeft instemmingsrecht op beide delen van het ondersteuningsplan.

## 9.3 Personeel

Het bureau telt 5,4 fte. De Commissie Toewijzing bestaat uit een voorzitter, een orthopedagoog en een psycholoog, die op inhuurbasis werken.

Het bureau werkt met een kleine, vaste bezetting en huurt specialistische kennis in waar nodig, bijvoorbeeld voor juridisch advies bij bezwaarzaken en voor de controller. Medewerkers van het bureau hebben jaarlijks een ontwikkelgesprek en een persoonlijk scholingsbudget.

## 9.4 ICT en privacy

Aanvragen worden ingediend in een beveiligde online omgeving. Het samenwerkingsverband heeft een privacyreglement; dossiers worden drie jaar na het laatste besluit vernietigd.

## 9.5 Communicatie met scholen en partners

Scholen worden geïnformeerd via een maandelijkse nieuwsbrief en een kennisbank voor ondersteuningscoördinatoren. Met de gemeenten hebben we een ambtelijk overleg dat vier keer per jaar plaatsvindt. Het samenwerkingsverband publiceert jaarlijks voor 1 juli het jaarverslag op de website.

## 9.6 Professionalisering

Het samenwerkingsverband organiseert jaarlijks twee netwerkbijeenkomsten voor ondersteuningscoördinatoren, een leergang voor mentoren en een scholing over het schrijven van een OPP. Daarnaast financiert het samenwerkingsverband intervisie voor orthopedagogen en psychologen die op de scholen werken. De medewerkers van het bureau volgen jaarlijks scholing over de wet- en regelgeving rond passend onderwijs.

## 9.7 Jaarcyclus

Het ondersteuningsplan wordt uitgewerkt in een jaarplan en een jaarbegroting, die het bestuur in december vaststelt na advies van het Overleg Schoolbesturen. In juni volgt een voortgangsrapportage, in mei het jaarverslag over het voorgaande kalenderjaar. De OPR ontvangt alle documenten en bespreekt ze met het bestuur.

## 9.8 Leerlingenvervoer en huisvesting

Het leerlingenvervoer naar het vso en het praktijkonderwijs is een taak van de gemeenten. In het OOGO is afgesproken dat gemeenten en samenwerkingsverband elkaar tijdig informeren over wijzigingen in het vervoersbeleid. De vso-scholen in Dinkelwaard en Ootmarsveen hebben in 2025 nieuwe huisvesting betrokken; voor het praktijkonderwijs staat een renovatie gepland in 2028.

## 9.9 Werkwijze van de OPR

De OPR vergadert vijf keer per jaar, waarvan twee keer met de directeur-bestuurder. De OPR heeft een eigen reglement en een huishoudelijk reglement, die in 2024 zijn geactualiseerd. Leden worden gekozen voor drie jaar en kunnen eenmaal worden herkozen. Het samenwerkingsverband stelt een ambtelijk secretaris beschikbaar en vergoedt de kosten van scholing. Nieuwe leden volgen een introductieprogramma over de taken van het samenwerkingsverband en de rol van de OPR.

# 10 Planning

| Jaar | Activiteit |
| 2026-2027 | Handboek Toewijzing; vereenvoudiging aanvraag |
| 2027-2028 | herijking beleid terugkeer; tussenevaluatie doelen |
| 2028-2029 | evaluatie verdeling middelen |
| 2029-2030 | evaluatie en nieuw ondersteuningsplan |

# Begrippenlijst

- Arrangement: extra ondersteuning voor een leerling, toegekend door het samenwerkingsverband.
- Basisondersteuning: de ondersteuning die iedere school in het samenwerkingsverband ten minste biedt (zie Deel B).
- Dekkend aanbod: het geheel van voorzieningen waardoor iedere leerling een passende plek heeft.
- OPP: ontwikkelingsperspectiefplan.
- Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.
- TLV: toelaatbaarheidsverklaring.

# Vaststellingsbesluit

Het bestuur van Samenwerkingsverband VO Ootmarsveen, gelet op artikel 2.47 en volgende van de Wet voortgezet onderwijs 2020, gezien het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van Ootmarsveen, Dinkelwaard en Losserbroek op 3 maart 2026, gezien het overleg met het samenwerkingsverband PO Ootmarsveen, en gezien de instemming van de ondersteuningsplanraad van 19 maart 2026, besluit: het ondersteuningsplan 2026-2030, Deel A: Kaders en procedures, vast te stellen. Het plan treedt in werking op 1 augustus 2026. Aldus vastgesteld te Ootmarsveen op 2 april 2026.
"""

DOCS.append(("vo-ootmarsveen-op-deel-a", "html", {
    "title": ["Ondersteuningsplan 2026-2030 - Deel A: Kaders en procedures",
              "Samenwerkingsverband VO Ootmarsveen (VO 23-95)",
              "Webversie, vastgesteld 2 april 2026"],
    "header": "SWV VO Ootmarsveen > Over ons > Ondersteuningsplan > Deel A",
    "footer": "Samenwerkingsverband VO Ootmarsveen | Deel B: Ondersteuningsaanbod (apart document)",
    "toc_title": "Inhoud Deel A",
    "body": P5_BODY,
}, {
    "sector": "vo",
    "true": ["plaatsing.criteria",
             "terugstroom.procedure",
             "financien.verdeling", "financien.besteding",
             "resultaten.doelen", "resultaten.monitoring",
             "ouders.steunpunt"],
    "advisory": {"plaatsing": ["duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"],
                 "resultaten": ["meetbaar"]},
    "check_status": {"basisondersteuning": "missing", "plaatsing": "partial",
                     "terugstroom": "partial", "financien": "present",
                     "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
    "notes": {
        "basisondersteuning": "Only a pointer to the separate Deel B (1.1) and a begrippenlijst entry; nothing on level or content in this document.",
        "plaatsing": "4.1-4.2 vso criteria table, categorie rule, national pro criteria and lwoo criteria; 4.3 defers the procedure to a future Handboek Toewijzing/website, so procedure false; 4.4 bezwaar.",
        "terugstroom": "5.1 dated steps (evaluation, decision before 1 March, aanmelding, verlenging, end of TLV); 5.2 defers the policy (aims, conditions, support after return) to 2027, so beleid false; the koersuitspraak in 2.2 is a one-line aim only.",
        "financien": "6.2 three budget streams with amounts and toekenning criteria; 6.3 meerjarenbegroting table; 6.4-6.6 vso growth, risks, reserves and verantwoording.",
        "dekkend-aanbod": "Continuum, thuiszitters and aanbod are all in the absent Deel B; only OOGO date (procedural), a budget line and begrippenlijst entries here.",
        "resultaten": "7.1 indicator table with 2025 and 2030 values; 7.2 quarterly data, voortgangsrapportage, jaarverslag; 7.3 bereikte resultaten.",
        "ouders": "H8 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/GPO; informing parents about the support is delegated to Deel B (1.1), so informatie false.",
    },
}))


# ==========================================================================
# NM - near miss: school-level "ondersteuningsplan" of one VO school.
# ==========================================================================
NM_BODY = r"""
[TOC]

# 1 Inleiding

Dit ondersteuningsplan beschrijft hoe het Lindeboom College de ondersteuning van leerlingen organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor docenten, mentoren, teamleiders en ouders. Het sluit aan op ons schoolondersteuningsprofiel en op het ondersteuningsplan van het Samenwerkingsverband VO Aldenwaerde e.o., waarbij onze school is aangesloten. Het plan wordt ieder jaar in juni geëvalueerd door het ondersteuningsteam en de schoolleiding en daarna aan de medezeggenschapsraad voorgelegd.

Het Lindeboom College is een scholengemeenschap voor vmbo (basis, kader, gemengde en theoretische leerweg, met leerwegondersteuning), havo en vwo, met 1.380 leerlingen op twee locaties.

# 2 Visie op ondersteuning

Wij willen dat iedere leerling zich gezien voelt en zich kan ontwikkelen tot een zelfstandige jongere. Ondersteuning begint in de les: de docent stemt zijn lessen af op verschillen tussen leerlingen. De mentor is het eerste aanspreekpunt voor leerling en ouders. Waar meer nodig is, zet de school het ondersteuningsteam in. Ouders zijn voor ons partners: we informeren hen snel en betrekken hen bij iedere stap.

# 3 De ondersteuningsstructuur van onze school

## 3.1 Niveaus van ondersteuning

| Niveau | Omschrijving | Wie |
| 0 | Goed onderwijs in de klas, differentiatie | docent |
| 1 | Extra aandacht door de mentor, gesprekken, contact met ouders | mentor |
| 2 | Ondersteuning binnen de afdeling: huiswerkklas, faalangsttraining, remedial teaching | teamleider, leerlingbegeleider |
| 3 | Ondersteuning door het ondersteuningsteam: OPP, trajectvoorziening, externe hulp | ondersteuningscoördinator, SOT |
| 4 | Ondersteuning buiten de school: arrangement of plaatsing via het samenwerkingsverband | ondersteuningscoördinator, samenwerkingsverband |

## 3.2 Functionarissen

- Mentor: volgt de leerling, voert leerling- en oudergesprekken en signaleert.
- Leerlingbegeleider: begeleidt leerlingen met sociaal-emotionele vragen, eerste opvang bij problemen.
- Remedial teacher: begeleiding bij dyslexie en dyscalculie, afname van screeningen in leerjaar 1.
- Ondersteuningscoördinator: coördineert de ondersteuning, zit het SOT voor en onderhoudt contact met het samenwerkingsverband.
- Orthopedagoog (0,6 fte): onderzoek, advies aan docenten, deelname aan het SOT.
- Schoolmaatschappelijk werker: contact met gezinnen en jeugdhulp.
- Trajectbegeleider: begeleidt leerlingen in de trajectvoorziening De Haven.

## 3.3 Het schoolondersteuningsteam (SOT)

Het SOT komt iedere drie weken bijeen en bestaat uit de ondersteuningscoördinator, de orthopedagoog, de schoolmaatschappelijk werker, de jeugdverpleegkundige van de GGD, de leerplichtambtenaar (op afroep) en de consulent van het samenwerkingsverband. Een leerling wordt in het SOT besproken na aanmelding door de mentor of teamleider, met toestemming van ouders. Ouders worden uitgenodigd voor de bespreking.

# 4 Basisondersteuning op het Lindeboom College

Op onze school bieden we onder meer: een mentoruur per week in de onderbouw, huiswerkbegeleiding op maandag tot en met donderdag, faalangstreductietraining, een dyslexiebeleid met faciliteitenpas, een rustruimte met begeleiding, een anti-pestcoördinator en een aanbod voor begaafde leerlingen (plusprogramma). Wat we bieden staat ook in ons schoolondersteuningsprofiel en in de schoolgids.

# 5 Leerwegondersteuning en de trajectvoorziening

Het Lindeboom College biedt leerwegondersteunend onderwijs in de basis- en kaderberoepsgerichte leerweg. Leerlingen met een aanwijzing lwoo zitten in klassen van maximaal achttien leerlingen, krijgen extra lessen taal en rekenen en hebben een vaste coach. De aanwijzing lwoo wordt aangevraagd door onze school bij het samenwerkingsverband; wij verzorgen de aanvraag op basis van het onderwijskundig rapport van de basisschool.

De trajectvoorziening De Haven is een lokaal waar leerlingen met een OPP een deel van de dag kunnen werken onder begeleiding van een trajectbegeleider. Plaatsing in De Haven gebeurt op voorstel van het SOT, na overleg met ouders, voor een periode van maximaal tien weken, daarna volgt een evaluatie.

# 6 Het ontwikkelingsperspectiefplan

Voor iedere leerling die meer ondersteuning nodig heeft dan de basisondersteuning, stelt de ondersteuningscoördinator binnen zes weken na het SOT een OPP op. Het OPP bevat de ondersteuningsbehoeften, de doelen, de afspraken over de ondersteuning en de evaluatiemomenten. Ouders hebben instemmingsrecht op het handelingsdeel van het OPP; leerlingen worden gehoord. Het OPP wordt twee keer per jaar geëvalueerd met ouders en leerling.

# 7 Ondersteuning buiten de school

Soms kan onze school een leerling niet de ondersteuning bieden die nodig is. De ondersteuningscoördinator vraagt dan, na bespreking in het SOT en in overleg met ouders, een arrangement aan bij het samenwerkingsverband, of bereidt een aanvraag voor een toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs voor. Het samenwerkingsverband beslist over die aanvragen; de procedures en criteria staan in het ondersteuningsplan van het samenwerkingsverband.

Leerlingen die tijdelijk naar het OPDC De Overstap of de rebound gaan, blijven bij ons ingeschreven. Bij hun terugkeer maken we een terugkeerplan met de mentor en de trajectbegeleider. Leerlingen die uit het vso naar onze school komen, krijgen een warme overdracht en een vaste coach.

# 8 Ouders

Ouders worden op de hoogte gehouden via de mentor, het ouderportaal en de nieuwsbrief. Bij zorgen neemt de mentor binnen twee werkdagen contact op. Ouders die een klacht hebben, kunnen terecht bij de teamleider, de vertrouwenspersoon of de klachtencommissie van ons schoolbestuur. Voor onafhankelijk advies kunnen ouders contact opnemen met het Ouder- en Jeugdsteunpunt Aldenwaerde.

# 9 Middelen

De school ontvangt van het samenwerkingsverband een budget voor de ondersteuning in de school (in 2025 € 163.000) en de lwoo-middelen. Het budget wordt ingezet voor de formatie van de ondersteuningscoördinator, de orthopedagoog, de remedial teacher en de trajectvoorziening De Haven.

# 10 Jaarplanning ondersteuning 2025-2026

| Periode | Activiteit |
| augustus | overdracht nieuwe brugklassers, screening dyslexie |
| september-oktober | mentorgesprekken, startgesprekken OPP |
| november | eerste SOT-rapportage aan schoolleiding |
| februari | evaluatie OPP's, aanvragen lwoo voor nieuwe leerlingen |
| april | evaluatie trajectvoorziening |
| juni | evaluatie dit ondersteuningsplan, vaststelling nieuw plan |

# 11 Evaluatie schooljaar 2024-2025

In 2024-2025 zijn 212 leerlingen in het SOT besproken. Voor 96 leerlingen is een OPP opgesteld. Vier leerlingen zijn met een TLV naar het vso gegaan en zes leerlingen naar het OPDC; vijf van hen zijn teruggekeerd. De tevredenheid van ouders over de ondersteuning was gemiddeld 7,4.
"""

DOCS.append(("lindeboom-college-ondersteuningsplan-school", "docx", {
    "title": ["Ondersteuningsplan 2025-2026",
              "Lindeboom College - vmbo, havo, vwo",
              "Aangesloten bij Samenwerkingsverband VO Aldenwaerde e.o.",
              "Vastgesteld door de schoolleiding, instemming MR 17 juni 2025"],
    "header": "Lindeboom College | Ondersteuningsplan 2025-2026",
    "footer": "Lindeboom College",
    "author": "Lindeboom College",
    "body": NM_BODY,
}, {
    "sector": "vo",
    "looks_like_plan": False,
    "notes": {"document": "School-level ondersteuningsplan of a single VO school (ondersteuningsstructuur, SOT, lwoo-klassen, OPP, MR consent, one school year); it refers to the SWV's plan but is not the ondersteuningsplan of a samenwerkingsverband."},
}))


def main():
    for name, fmt, spec, label in DOCS:
        fname = f"{name}.{fmt}"
        target = OUT / fname
        if fmt == "docx":
            render_docx(spec, target)
        elif fmt == "html":
            render_html(spec, target)
        elif fmt == "pdf":
            render_pdf(spec, target)
        else:
            raise ValueError(fmt)
        lab = dict(label)
        lab["documents"] = [fname]
        lab.setdefault("looks_like_plan", True)
        write_label(name, lab)
        print("wrote", fname)


if __name__ == "__main__":
    main()
