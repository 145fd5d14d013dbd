#!/usr/bin/env python3
"""Generate the holdout60 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document
(a school's schoolondersteuningsprofiel), plus their label files.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).
All organisations, places, people and figures are fictional.
"""
import datetime
import html
import json
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: ("title", [lines]), ("toc", [entries]), ("h1", t), ("h2", t),
# ("p", t), ("ul", [items]), ("table", header, rows), ("pagebreak",)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(header, rows):
    return ("table", header, rows)


def TOC(entries):
    return ("toc", entries)


def TITLE(lines):
    return ("title", lines)


PB = ("pagebreak",)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for c in b[1])
            n += sum(len(str(c).split()) for r in b[2] for c in r)
    return n


def write_docx(blocks, path, header_text, dutch_style_ids=True):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    cp.revision = 1
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(11)
    if dutch_style_ids:
        # Word in Dutch writes the built-in heading styles with ids Kop1/Kop2.
        styles["Heading 1"].style_id = "Kop1"
        styles["Heading 2"].style_id = "Kop2"
        styles["Title"].style_id = "Titel"
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " - versie ter instemming"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1][0], style="Title")
            for line in b[1][1:]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                cell = t.rows[0].cells[i]
                cell.text = ""
                cell.paragraphs[0].add_run(str(h)).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical per run."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def write_html(blocks, path, site_name, page_title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(page_title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>",
           f'<header><p class="site">{e(site_name)}</p>'
           '<ul class="menu"><li>Home</li><li>Over ons</li><li>Ondersteuningsplan</li>'
           "<li>Voor ouders</li><li>Voor scholen</li><li>Contact</li></ul></header>",
           "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="intro">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Op deze pagina</strong></p><ul>')
            for en in b[1]:
                out.append(f"<li>{e(en)}</li>")
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{e(str(h))}</th>" for h in b[1])
                       + "</tr></thead><tbody>")
            for r in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
    out += ["</main>",
            f'<footer><p>{e(site_name)} &middot; Privacyverklaring &middot; Cookies &middot; '
            "Toegankelijkheid</p></footer>", "</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found; cannot render PDF")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(OUT), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)


def _q(s):
    # JSON strings are valid YAML double-quoted scalars
    return json.dumps(s, ensure_ascii=False)


def write_label(name, label):
    """Write the label in the layout of the contract (flow lists/maps where it uses them)."""
    lines = [f"documents: [{', '.join(label['documents'])}]",
             f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    els = label["elements"]
    lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}")
    if label["criteria"]:
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
    else:
        lines.append("criteria: {}")
    if label.get("advisory_addressed"):
        lines.append("advisory_addressed:")
        for k, v in label["advisory_addressed"].items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    elif label["looks_like_plan"]:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {_q(v)}")
    text = "\n".join(lines) + "\n"
    parsed = yaml.safe_load(text)
    assert parsed["elements"] == label["elements"] and parsed["criteria"] == label["criteria"]
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


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


def make_label(documents, sector, criteria, advisory, notes):
    assert set(criteria) == set(CORE), set(CORE) ^ set(criteria)
    elements = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st = "present"
        elif any(vals) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        elements[el] = st
    return {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": elements,
        "criteria": {c: criteria[c] for c in CORE},
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }


# ---------------------------------------------------------------------------
# Shared filler that real plans contain (governance, medezeggenschap, OOGO,
# personeel, ICT/privacy, planning). Parameterised per verband.
# ---------------------------------------------------------------------------


def governance(n, c, extra=0):
    """n: chapter number, c: dict with verband data; extra adds sections n.4 ff."""
    return _governance(n, c) + _governance_extra(n, c)[:extra]


def _governance_extra(n, c):
    return [
        H2(f"{n}.4 Bedrijfsvoering en huisvesting"),
        P(f"""Het bureau huurt sinds 2021 een verdieping in een bedrijfsverzamelgebouw in {c['plaats']}.
        Het huurcontract loopt tot en met 2028. In de planperiode onderzoeken wij of het bureau samen met
        het samenwerkingsverband in de andere sector een locatie kan delen; dat scheelt kosten en maakt
        de lijnen korter. Bij de inkoop van diensten volgen wij het inkoopbeleid, met een meervoudige
        offerteaanvraag vanaf € 50.000. Wij kiezen waar mogelijk voor duurzame leveranciers; de
        reiskosten beperken wij door vergaderingen afwisselend online en op locatie te houden."""),
        P("""Het bureau werkt met een integriteitscode en een klokkenluidersregeling voor de eigen
        medewerkers. Nevenfuncties van de directeur-bestuurder en van de leden van het toezichthoudend
        orgaan worden jaarlijks openbaar gemaakt. Bij de benoeming van nieuwe toezichthouders werken wij
        met een openbare werving en een profielschets."""),
        H2(f"{n}.5 Landelijke ontwikkelingen"),
        P("""Dit plan is geschreven in een periode waarin passend onderwijs landelijk in beweging is. Na
        de evaluatie van passend onderwijs in 2020 heeft de overheid de Verbeteraanpak passend onderwijs
        ingezet, met de ambitie om op termijn tot inclusiever onderwijs te komen. Dat betekent dat meer
        leerlingen met een ondersteuningsbehoefte samen met leeftijdgenoten onderwijs volgen, en dat
        reguliere en speciale scholen intensiever samenwerken. Ook de rol van samenwerkingsverbanden
        verandert: minder nadruk op toewijzen, meer op het versterken van scholen."""),
        P("""Daarnaast spelen het lerarentekort, de toenemende vraag naar jeugdhulp en de krapte in de
        gemeentelijke budgetten. Wij volgen deze ontwikkelingen via de sectorraden, regionale netwerken
        van directeuren van samenwerkingsverbanden en het Steunpunt Passend Onderwijs. Waar landelijke
        besluiten gevolgen hebben voor dit plan, leggen wij een wijziging voor aan het toezichthoudend
        orgaan en de OPR."""),
        H2(f"{n}.6 Communicatie met scholen en partners"),
        P("""Wij communiceren met scholen vooral via de vaste contactpersonen: de intern begeleiders en
        ondersteuningscoördinatoren. Zij ontvangen een maandelijkse digitale nieuwsbrief met
        praktische informatie, zoals scholingsdata, wijzigingen in formulieren en nieuws uit het
        netwerk. Schoolleiders en bestuurders worden geïnformeerd via het bestuurdersoverleg en een
        kwartaalbericht van de directeur-bestuurder. Met gemeenten en jeugdhulpaanbieders delen wij een
        gezamenlijke contactenlijst en organiseren wij twee keer per jaar een netwerkbijeenkomst."""),
        P("""Onze website heeft een afgeschermd deel voor professionals met formulieren, handleidingen en
        presentaties. In 2026 vernieuwen wij de website; wij letten daarbij op eenvoudige taal en op
        toegankelijkheid voor mensen met een visuele beperking."""),
    ]


def _governance(n, c):
    return [
        H1(f"{n}. Organisatie en governance"),
        H2(f"{n}.1 Rechtsvorm en bestuur"),
        P(f"""{c['naam']} is een stichting. Aan de stichting nemen {c['besturen']} schoolbesturen deel
        met samen {c['scholen']}. De statuten zijn voor het laatst gewijzigd op {c['statuten']}. Wij werken
        met een {c['model']}. De directeur-bestuurder is belast met de dagelijkse leiding en legt
        verantwoording af aan de {c['toezicht']}. De {c['toezicht']} bestaat uit vijf leden, van wie twee
        onafhankelijke leden. Het bestuurdersoverleg, waarin alle aangesloten besturen vertegenwoordigd
        zijn, adviseert de directeur-bestuurder over beleid en komt zes keer per jaar bijeen."""),
        P("""De scheiding tussen bestuur en toezicht is in 2023 ingevoerd, mede naar aanleiding van de
        Code Goed Bestuur en het advies van de Inspectie om rollen helder te beleggen. Besturen zijn als
        lid van het algemeen overleg mede-eigenaar van het beleid en zijn daarop aanspreekbaar.
        Het samenwerkingsverband faciliteert,
        ondersteunt en spreekt aan, maar neemt de verantwoordelijkheid van de besturen niet over."""),
        H2(f"{n}.2 Het bureau"),
        P(f"""Het bureau is gevestigd in {c['plaats']} en telt {c['fte']} fte. Op het bureau werken de
        directeur-bestuurder, een controller, een beleidsmedewerker kwaliteit, een
        managementassistent, een administratief medewerker en de medewerkers van het loket. Voor juridische
        vragen en de personeels- en salarisadministratie maken wij gebruik van een extern
        administratiekantoor. Het bureau is op werkdagen bereikbaar tussen 8.30 en 16.30 uur."""),
        H2(f"{n}.3 Toezicht en verantwoording"),
        P(f"""De {c['toezicht']} houdt toezicht aan de hand van een toezichtkader dat jaarlijks wordt
        geëvalueerd. Zij keurt de begroting en de jaarrekening goed en wijst de accountant aan. Twee keer
        per jaar voert de {c['toezicht']} een gesprek met de ondersteuningsplanraad. De Inspectie van het
        Onderwijs houdt toezicht op het samenwerkingsverband; het laatste vierjaarlijkse onderzoek vond
        plaats in {c['inspectie']}. Het oordeel was voldoende; de aanbevelingen uit dat onderzoek hebben wij
        meegenomen bij het schrijven van dit plan."""),
    ]


def medezeggenschap(n, c, compositie=True):
    blocks = [H1(f"{n}. Medezeggenschap en overleg"),
              H2(f"{n}.1 De ondersteuningsplanraad")]
    if compositie:
        blocks.append(P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan. De OPR telt {c['opr']} leden, afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen: de helft personeelsleden en de helft
        {c['opr_ouders']}. De OPR heeft een eigen huishoudelijk reglement en een budget voor scholing en
        ondersteuning door een externe adviseur."""))
    else:
        blocks.append(P("""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan. De OPR werkt met een eigen huishoudelijk reglement
        en heeft een budget voor scholing en externe advisering."""))
    blocks += [
        P(f"""Bij de totstandkoming van dit plan is de OPR vanaf het begin meegenomen. In drie
        themabijeenkomsten ({c['opr_data']}) heeft de OPR meegedacht over de hoofdlijnen. Het concept is
        op {c['opr_instemming_aanvraag']} ter instemming aangeboden; de OPR heeft op
        {c['opr_instemming']} ingestemd."""),
        H2(f"{n}.2 Medezeggenschapsraad van het samenwerkingsverband"),
        P("""Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel
        dat bij het samenwerkingsverband in dienst is. Deze MR heeft de gebruikelijke rechten op grond van
        de Wet medezeggenschap op scholen, onder meer bij het formatieplan en het personeelsbeleid."""),
        H2(f"{n}.3 Overleg met het samenwerkingsverband {c['ander_swv_sector']}"),
        P(f"""Met {c['ander_swv']} is op {c['ander_swv_datum']} overleg gevoerd over het concept. Gesproken
        is over de overstap van leerlingen, de afstemming van de planperioden en het gezamenlijk gebruik
        van de sociale kaart. Er waren geen knelpunten."""),
    ]
    return blocks


def oogo(n, c, inhoudelijk=True):
    blocks = [H1(f"{n}. Samenwerking met gemeenten (OOGO)")]
    blocks.append(P(f"""Het samenwerkingsverband ligt in de gemeenten {c['gemeenten']}. Het op
    overeenstemming gericht overleg (OOGO) over dit plan is gevoerd op {c['oogo_datum']}. De gemeenten hebben
    verklaard dat het OOGO zorgvuldig is verlopen. Het verslag is vastgesteld door beide partijen."""))
    if inhoudelijk:
        blocks += [
            P(f"""Samen met de gemeenten werken wij aan een goede aansluiting tussen onderwijs en
            jeugdhulp. In elke gemeente is een vaste contactpersoon van het jeugdteam gekoppeld aan elke
            school. Afspraken over zorg in onderwijstijd, onderwijs-zorgarrangementen en
            leerlingenvervoer zijn vastgelegd in de gezamenlijke agenda {c['agenda']}. Het Regionaal
            Overleg Onderwijs-Jeugd komt vier keer per jaar bijeen."""),
            P("""Onderwerpen op de gezamenlijke agenda zijn onder andere: de inzet van
            schoolmaatschappelijk werk, de jeugdgezondheidszorg, de aanpak van verzuim, de doorgaande lijn
            van voorschoolse educatie naar de basisschool en de onderwijshuisvesting van speciale
            voorzieningen."""),
        ]
    return blocks


def personeel(n, c):
    return [
        H1(f"{n}. Personeel en professionalisering"),
        P(f"""Passend onderwijs wordt gemaakt door mensen. Leraren, intern begeleiders,
        ondersteuningscoördinatoren en directeuren doen elke dag hun best om leerlingen te bieden wat zij
        nodig hebben. Het samenwerkingsverband investeert daarom in hun deskundigheid. In de planperiode
        organiseren wij elk jaar een {c['leernetwerk']} met thema's als gedrag in de klas, omgaan met
        verschillen, executieve functies en het voeren van gesprekken met leerlingen."""),
        P(f"""Bij het samenwerkingsverband zelf zijn {c['fte']} fte in dienst. Voor de medewerkers van het
        bureau en het loket geldt een gesprekkencyclus met jaarlijks een ontwikkelgesprek. De
        ziekteverzuimnorm is 5 procent; in 2024 lag het verzuim op 3,8 procent. Wij volgen de cao van de
        sector. De effecten van dit plan op het personeel van de scholen zijn besproken met de
        personeelsgeleding van de OPR: het plan leidt niet tot gedwongen mobiliteit."""),
        P("""Het lerarentekort raakt ook de ondersteuning. Wij merken dat intern begeleiders en
        ondersteuningscoördinatoren vaker voor de klas staan en minder tijd hebben voor hun eigenlijke
        taak. Met de besturen maken wij afspraken over het beschermen van deze tijd. Daarnaast zetten
        wij in op het opleiden van onderwijsassistenten en op samenwerking met de pabo en de lerarenopleidingen
        in de regio."""),
    ]


def ict_privacy(n, c):
    return [
        H1(f"{n}. ICT, gegevens en privacy"),
        P(f"""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen
        voor arrangementen en toelaatbaarheidsverklaringen. Wij doen dat zorgvuldig en volgens de
        Algemene verordening gegevensbescherming (AVG). Er is een functionaris gegevensbescherming
        aangesteld die wij delen met {c['fg_deel']}. Het privacyreglement is in 2024 geactualiseerd."""),
        P(f"""Aanvragen worden ingediend via het beveiligde digitale systeem {c['systeem']}. Scholen
        loggen in met tweefactorauthenticatie. Gegevens worden niet langer bewaard dan nodig; voor
        gegevens die samenhangen met een besluit over toelaatbaarheid geldt de wettelijke termijn.
        Medewerkers van het bureau tekenen een geheimhoudingsverklaring. Jaarlijks voeren wij een
        controle uit op autorisaties en op datalekken; in 2024 is één datalek gemeld bij de
        Autoriteit Persoonsgegevens (een e-mail aan een verkeerde ontvanger)."""),
        P("""Voor de eigen bedrijfsvoering maakt het bureau gebruik van een cloudomgeving met
        verwerkersovereenkomsten. De ICT-ondersteuning is uitbesteed. In 2026 vervangen wij de
        laptops van het bureau en migreren wij de website naar een nieuw platform, waarbij ook de
        toegankelijkheid (WCAG 2.1) wordt verbeterd."""),
    ]


def planning(n, c, rows):
    return [
        H1(f"{n}. Planning {c['periode']}"),
        P("""Onderstaande planning geeft op hoofdlijnen weer wanneer wij welke onderwerpen oppakken. De
        planning wordt elk jaar vertaald in een jaarplan met activiteiten, verantwoordelijken en
        middelen. Het jaarplan wordt besproken met de OPR."""),
        TABLE(["Schooljaar", "Belangrijkste onderwerpen"], rows),
    ]


# ---------------------------------------------------------------------------
# Plan 1: PO Veenrand (docx)
# ---------------------------------------------------------------------------
VEENRAND = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs Veenrand", kort="SWV Veenrand",
    besturen=11, scholen="58 basisscholen, twee scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs",
    statuten="12 december 2023", model="raad-van-toezichtmodel", toezicht="raad van toezicht",
    plaats="Veendijk", fte="14,6", inspectie="het voorjaar van 2023",
    opr=16, opr_ouders="ouders", opr_data="oktober 2025, november 2025 en januari 2026",
    opr_instemming_aanvraag="3 maart 2026", opr_instemming="7 april 2026",
    ander_swv_sector="VO", ander_swv="het Samenwerkingsverband VO Veenrand-Zuid",
    ander_swv_datum="19 februari 2026",
    gemeenten="Veendijk, Oostermoer, Leerdinge en Haarzuilen", oogo_datum="10 maart 2026",
    agenda="'Samen Opgroeien in Veenrand 2026-2030'", leernetwerk="leernetwerk voor intern begeleiders",
    fg_deel="drie andere samenwerkingsverbanden in de provincie", systeem="OnderwijsDossier Veenrand",
    periode="2026-2030",
)


def plan_veenrand():
    c = VEENRAND
    b = [
        TITLE(["Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband Passend Primair Onderwijs Veenrand (PO 31-07)",
               "Samen sterk voor elk kind",
               "Versie ter instemming aan de ondersteuningsplanraad, 3 maart 2026"]),
        TOC(["1. Voorwoord en leeswijzer ..... 3",
             "2. Wie zijn wij ..... 4",
             "3. Visie en missie ..... 6",
             "4. Basisondersteuning: wat elke school biedt ..... 8",
             "5. Extra ondersteuning en arrangementen ..... 11",
             "6. Toelaatbaarheid tot sbo en so ..... 14",
             "7. Thuiszitters en dekkend netwerk ..... 18",
             "8. Geld en middelen ..... 20",
             "9. Ambities en resultaten ..... 24",
             "10. Communicatie ..... 26",
             "11. Organisatie en governance ..... 27",
             "12. Medezeggenschap en overleg ..... 29",
             "13. Samenwerking met gemeenten (OOGO) ..... 30",
             "14. Personeel en professionalisering ..... 31",
             "15. ICT, gegevens en privacy ..... 32",
             "16. Planning 2026-2030 ..... 33",
             "Bijlage 1 Begrippenlijst ..... 34",
             "Bijlage 2 Stroomschema toelaatbaarheid (separaat document)"]),
        H1("1. Voorwoord en leeswijzer"),
        P("""Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair
        Onderwijs Veenrand. Het is het derde ondersteuningsplan sinds de invoering van passend onderwijs
        in 2014. In de afgelopen jaren hebben wij veel bereikt, maar we zien ook dat de vraag naar
        ondersteuning toeneemt en dat de middelen niet meegroeien. Dat vraagt om keuzes."""),
        P("""Dit plan is tot stand gekomen in gesprek met intern begeleiders, directeuren, bestuurders,
        de ondersteuningsplanraad, ouders, leerplichtambtenaren en de jeugdteams van onze vier gemeenten.
        Wij danken iedereen die heeft meegedacht. Het plan is geschreven in gewone taal: wij willen dat
        een leerkracht, een bestuurder en een lid van de OPR het kunnen lezen zonder woordenboek. Waar
        vaktermen nodig zijn, vindt u een uitleg in de begrippenlijst."""),
        P("""Leeswijzer. Hoofdstuk 2 en 3 beschrijven wie wij zijn en waar wij voor staan. De hoofdstukken
        4 tot en met 7 gaan over de ondersteuning zelf: van basisondersteuning tot speciaal onderwijs en
        de aanpak van thuiszitten. Hoofdstuk 8 gaat over geld, hoofdstuk 9 over onze ambities. De
        hoofdstukken daarna beschrijven communicatie, organisatie en planning."""),
        P("""Wij wensen u veel leesplezier. Mevrouw drs. H.J. (Hanneke) Dijkstra, directeur-bestuurder."""),
        H1("2. Wie zijn wij"),
        H2("2.1 Onze regio"),
        P(f"""{c['naam']} omvat de gemeenten {c['gemeenten']}. Het is een gemengd gebied met twee kleine
        steden en een groot aantal dorpen. De afstanden zijn voor sommige leerlingen groot: een leerling
        uit de noordelijke dorpen reist soms meer dan 35 minuten naar een school voor speciaal onderwijs.
        Het aantal leerlingen daalt licht, met uitzondering van Veendijk, waar een nieuwe wijk wordt
        gebouwd."""),
        H2("2.2 Scholen en besturen"),
        P(f"""Aan het samenwerkingsverband nemen {c['besturen']} schoolbesturen deel met samen
        {c['scholen']}. De scholen voor speciaal basisonderwijs zijn sbo De Sprong (Veendijk) en sbo
        De Rietkraag (Oostermoer). De scholen voor speciaal onderwijs zijn so De Waterlelie (cluster 4)
        en so Het Palet (cluster 3, met een afdeling voor leerlingen met een lichamelijke beperking)."""),
        TABLE(["Gemeente", "Aantal basisscholen", "Leerlingen 1 okt 2025"],
              [["Veendijk", "21", "4.120"], ["Oostermoer", "16", "2.310"],
               ["Leerdinge", "12", "1.640"], ["Haarzuilen", "9", "1.190"],
               ["Totaal", "58", "9.260"]]),
        P("""In de tabel zijn de leerlingen van het sbo en so niet meegeteld. Het sbo telt op 1 oktober
        2025 samen 214 leerlingen, het so 148 leerlingen uit onze regio."""),
        H1("3. Visie en missie"),
        H2("3.1 Missie"),
        P("""Elk kind in Veenrand krijgt onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij
        huis. Wij zijn er om scholen daarin te steunen."""),
        H2("3.2 Visie"),
        P("""Wij geloven dat kinderen het beste leren in een omgeving waar zij zich veilig en gezien
        voelen. De meeste kinderen kunnen dat op een gewone basisschool, als de school de juiste
        ondersteuning kan bieden. Sommige kinderen hebben meer nodig dan een basisschool kan bieden; voor
        hen zijn er het sbo en het so. Het gaat er niet om waar een kind zit, maar of het zich kan
        ontwikkelen. Ouders, school en samenwerkingsverband zijn daarin partners."""),
        P("""Wij kiezen voor vertrouwen in de professional. Scholen weten het beste wat een kind nodig
        heeft. Het samenwerkingsverband zorgt voor een stevige basis, voor expertise die scholen niet zelf
        in huis hebben en voor een eerlijke verdeling van middelen. Bureaucratie houden wij zo klein
        mogelijk: een aanvraag moet gaan over het kind, niet over formulieren."""),
        H2("3.3 Kernwaarden"),
        UL(["Dichtbij: ondersteuning zo veel mogelijk op de eigen school en in het eigen dorp.",
            "Samen: scholen, gemeenten en jeugdhulp werken vanuit één plan rond een kind.",
            "Eerlijk: middelen worden verdeeld op basis van heldere afspraken.",
            "Lerend: wij kijken kritisch naar wat werkt en durven bij te sturen."]),
        H1("4. Basisondersteuning: wat elke school biedt"),
        H2("4.1 Een gezamenlijke ondergrens"),
        P("""Basisondersteuning is de ondersteuning die elke basisschool in Veenrand aan elk kind biedt,
        zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in het
        algemeen overleg van 18 november 2025 afgesproken dat alle scholen en alle vestigingen ten minste
        het niveau uit onderstaande tabel bieden. Dit is een ondergrens: een school mag meer bieden,
        niet minder. Het niveau geldt ook voor kleine dorpsscholen; waar een school iets niet zelf kan
        organiseren, regelt het bestuur het bovenschools."""),
        H2("4.2 Wat biedt elke school?"),
        TABLE(["Onderdeel", "Wat elke school in Veenrand minimaal biedt"],
              [["Ondersteuningsstructuur", "Een intern begeleider met ten minste één dag per week per 150 leerlingen; een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt, met de consulent van het samenwerkingsverband en de jeugdverpleegkundige."],
               ["Planmatig werken", "Handelingsgericht werken met een leerlingvolgsysteem, groepsoverzichten en twee keer per jaar een groepsbespreking; een ontwikkelingsperspectief (OPP) voor leerlingen met een eigen leerlijn."],
               ["Lezen en taal", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief vroegsignalering in groep 2 en 3 en extra leestijd (minimaal 3 x 20 minuten per week) voor zwakke lezers."],
               ["Rekenen", "Werken volgens het Protocol ERWD; inzet van concreet materiaal en verlengde instructie."],
               ["Gedrag en sociaal-emotionele ontwikkeling", "Een methode voor sociaal-emotioneel leren in alle groepen, een gedragsprotocol en een anti-pestcoördinator."],
               ["Meer- en hoogbegaafdheid", "Compacten en verrijken vanaf groep 1 volgens een vast signaleringsinstrument."],
               ["Medische handelingen", "Een protocol medisch handelen; lichte fysieke aanpassingen (zoals een rustplek)."],
               ["Samenwerking", "Vaste contacten met het jeugdteam, de jeugdgezondheidszorg en de leerplichtambtenaar."]]),
        H2("4.3 Wanneer is ondersteuning 'extra'?"),
        P("""Als een kind meer nodig heeft dan in de tabel staat, spreken wij van extra ondersteuning. De
        school bespreekt het kind dan in het OT en kan een arrangement aanvragen (zie hoofdstuk 5). Voor
        de school betekent dit: eerst de basis benutten, dan opschalen."""),
        H2("4.4 Hoe houden we de basis op orde?"),
        P("""Elke school vult jaarlijks de kwaliteitskaart basisondersteuning in. Eens in de twee jaar
        bezoekt de beleidsmedewerker kwaliteit van het samenwerkingsverband de school samen met een
        intern begeleider van een andere school (collegiale audit). Blijkt dat een school op een of meer
        onderdelen onder de ondergrens zit, dan maakt het bestuur binnen drie maanden een verbeterplan;
        de directeur-bestuurder bespreekt de voortgang in het bestuurdersoverleg. In 2027 volgt een
        tussenevaluatie van de ondergrens zelf, ook in het licht van de landelijke norm
        basisondersteuning."""),
        H1("5. Extra ondersteuning en arrangementen"),
        H2("5.1 Het ondersteuningscontinuüm"),
        P("""In Veenrand is de ondersteuning opgebouwd in vijf niveaus. Hoe hoger het niveau, hoe
        intensiever de ondersteuning en hoe meer partijen betrokken zijn. Een kind kan altijd weer terug
        naar een lager niveau."""),
        TABLE(["Niveau", "Wat", "Waar", "Wie beslist"],
              [["1", "Basisondersteuning", "Elke basisschool", "School"],
               ["2", "Schoolarrangement: extra begeleiding op de eigen school, bijvoorbeeld een onderwijsassistent of een specialist", "Eigen school", "Loket, na bespreking in het OT"],
               ["3", "Bovenschoolse voorziening: plusklas De Uitdaging, taalklas voor nieuwkomers, observatiegroep De Tussenstap", "Op drie locaties in de regio", "Loket"],
               ["4", "Speciaal basisonderwijs", "sbo De Sprong, sbo De Rietkraag", "Commissie van Toelaatbaarheid"],
               ["5", "Speciaal onderwijs", "so De Waterlelie, so Het Palet", "Commissie van Toelaatbaarheid"]]),
        H2("5.2 Arrangementen"),
        P("""Een schoolarrangement is maatwerk voor een kind of een kleine groep. De school dient de
        aanvraag in via het loket van het samenwerkingsverband. Het loket besluit binnen vier weken. Een
        arrangement duurt maximaal een schooljaar en wordt halverwege geëvalueerd in het OT. In 2025
        zijn 412 schoolarrangementen toegekend, vooral voor gedrag (38 procent), taal en lezen (22
        procent) en ontwikkelingsachterstand (19 procent)."""),
        TABLE(["Arrangement", "Voor wie", "Duur", "Aanvraag"],
              [["Schoolarrangement", "Kind met ondersteuningsbehoefte boven de basis", "Max. 1 schooljaar", "Via loket"],
               ["Plusklas De Uitdaging", "Hoogbegaafde leerlingen groep 5-8", "1 dagdeel per week, 1 jaar", "Via loket"],
               ["Taalklas nieuwkomers", "Kinderen korter dan 1 jaar in Nederland", "Max. 1 jaar", "Via gemeente en loket"],
               ["Observatiegroep De Tussenstap", "Jonge kinderen (4-7 jaar) met onduidelijke ondersteuningsvraag", "Max. 16 weken", "Via loket"],
               ["Onderwijs-zorgarrangement", "Kind dat onderwijs en jeugdhulp tegelijk nodig heeft", "Maatwerk", "Loket en jeugdteam samen"]]),
        H2("5.3 Samen met de jeugdhulp"),
        P("""Voor kinderen die zowel onderwijsondersteuning als jeugdhulp nodig hebben, werken school,
        jeugdteam en loket met één plan. De gemeenten financieren het zorgdeel, het samenwerkingsverband
        het onderwijsdeel. Afspraken hierover staan in de gezamenlijke agenda met de gemeenten."""),
        H1("6. Toelaatbaarheid tot sbo en so"),
        H2("6.1 Wat is een toelaatbaarheidsverklaring?"),
        P("""Een kind kan alleen naar het sbo of so als het samenwerkingsverband een
        toelaatbaarheidsverklaring (TLV) heeft afgegeven. In Veenrand beslist de Commissie van
        Toelaatbaarheid (CvT) namens het bestuur van het samenwerkingsverband."""),
        H2("6.2 Hoe vraagt een school een TLV aan?"),
        UL(["Stap 1. De school bespreekt het kind in het OT. Ouders zijn daarbij aanwezig. De consulent van het samenwerkingsverband denkt mee over de vraag of een TLV de beste route is.",
            "Stap 2. Het schoolbestuur van de school waar het kind staat ingeschreven dient de aanvraag in via OnderwijsDossier Veenrand. De aanvraag bevat het groeidocument met OPP, de evaluatie van de geboden ondersteuning, een onderwijskundig rapport en de zienswijze van ouders.",
            "Stap 3. Het loket controleert binnen vijf werkdagen of de aanvraag compleet is.",
            "Stap 4. Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of GZ-psycholoog en, afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een maatschappelijk werker, kinderarts of kinder- en jeugdpsychiater). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
            "Stap 5. De CvT besluit binnen zes weken na ontvangst van de complete aanvraag. Ouders ontvangen het besluit en een kopie van de deskundigenadviezen."]),
        H2("6.3 Wanneer is een kind toelaatbaar?"),
        P("""De CvT toetst elke aanvraag aan de volgende criteria. Voor een TLV moet aan alle algemene
        criteria en aan de criteria voor het gevraagde schooltype zijn voldaan."""),
        TABLE(["Criterium", "sbo", "so"],
              [["De school heeft de basisondersteuning geboden en ten minste een half jaar extra ondersteuning (arrangement) uitgevoerd en geëvalueerd", "ja", "ja (behalve bij een duidelijke medische of cognitieve diagnose)"],
               ["De ondersteuningsbehoefte overstijgt wat de basisschool met een arrangement kan bieden op ten minste twee van de vijf gebieden: leren, gedrag, communicatie, lichamelijk/medisch, werkhouding", "ja", "ja"],
               ["Het kind heeft een kleine groep en een aangepast programma nodig gedurende de hele schooldag", "ja", "ja"],
               ["Er is sprake van een ernstige verstandelijke beperking (IQ onder 55), een lichamelijke beperking of langdurige ziekte die gespecialiseerde begeleiding vraagt (cluster 3), of van ernstige gedrags- of psychiatrische problematiek waarvoor een specialistische setting nodig is (cluster 4)", "nee", "ja"]]),
        H2("6.4 Hoe lang geldt een TLV?"),
        P("""Een TLV voor het sbo geldt voor twee schooljaren. Een TLV voor het so geldt voor één tot drie
        schooljaren en loopt altijd af op 31 juli. Bij een TLV voor het so stelt de CvT ook de
        bekostigingscategorie vast: laag (onder meer cluster 4 en zeer moeilijk lerende kinderen), midden
        (lichamelijk gehandicapte en langdurig zieke kinderen) of hoog (meervoudig gehandicapte
        kinderen)."""),
        H2("6.5 Niet eens met het besluit?"),
        P("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband.
        Wij vragen dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
        (LBT). Na het advies neemt het bestuur een nieuw besluit. Daarna is beroep bij de rechter
        mogelijk."""),
        H2("6.6 Na de TLV: terug naar de basisschool"),
        P("""Een TLV is geen eindstation. Ons beleid is dat een kind niet langer in het sbo of so blijft
        dan nodig is. Terugkeer naar een gewone basisschool, bij voorkeur dicht bij huis, is het doel
        zodra het OPP laat zien dat het kind zich in een reguliere groep kan handhaven met de
        basisondersteuning en een tijdelijk arrangement. Voorwaarden zijn dat de ontvangende school
        de benodigde ondersteuning kan bieden, dat het kind voldoende zelfstandig kan werken in een
        groep van circa 25 leerlingen en dat er een warme overdracht plaatsvindt."""),
        P("""Na terugkeer krijgt de ontvangende school een terugplaatsingsarrangement van maximaal één
        schooljaar: begeleiding door een ambulant begeleider van de sbo- of so-school gedurende twee uur
        per week en een budget van € 3.500 voor extra handen in de klas. Voor kinderen van wie de
        ontwikkeling dat toelaat, kan ook een overstap naar een andere speciale school of naar het
        voortgezet onderwijs aan de orde zijn."""),
        P("""Hoe een terugplaatsing precies verloopt - wie het initiatief neemt, op welke momenten de
        speciale scholen dit met ons bespreken en wie uiteindelijk beslist - leggen wij in het schooljaar
        2026-2027 samen met de vier speciale scholen vast in een werkwijze terugplaatsing."""),
        H1("7. Thuiszitters en dekkend netwerk"),
        H2("7.1 Geen kind tussen wal en schip"),
        P("""Ondanks alle inspanningen zitten er kinderen thuis zonder passend onderwijs. Op 1 oktober 2025
        waren dat er 11 in onze regio. Elk kind dat thuiszit, is er één te veel. Wij werken daarom met
        een vaste aanpak."""),
        UL(["Een school meldt een dreigende thuiszitter (meer dan vier weken geen of gedeeltelijk onderwijs) binnen één week bij het loket en bij de leerplichtambtenaar.",
            "Eens per maand bespreken het loket en de leerplichtambtenaren van de vier gemeenten alle thuiszitters in het thuiszittersoverleg. Voor elk kind is er één regisseur.",
            "Komt een oplossing binnen zes weken niet tot stand, dan zet de directeur-bestuurder haar doorzettingsmacht in: zij kan een school of voorziening vragen het kind tijdelijk op te vangen en kan daarvoor middelen vrijmaken.",
            "Het samenwerkingsverband ondersteunt besturen bij het nakomen van hun zorgplicht, bijvoorbeeld door mee te zoeken naar een passende plek buiten de eigen regio."]),
        H2("7.2 Witte vlekken in het aanbod"),
        P("""Jaarlijks maken wij met de besturen een analyse van het aanbod: welke kinderen vinden geen
        passende plek en waarom? Uit de analyse van 2025 kwamen twee witte vlekken naar voren. Ten eerste
        is er een wachtlijst van gemiddeld 14 weken bij so De Waterlelie; ten tweede ontbreekt een
        passende plek voor jonge kinderen met zeer complexe gedragsproblemen. Wij breiden daarom de
        observatiegroep De Tussenstap per 1 augustus 2027 uit van 8 naar 12 plaatsen en maken met
        De Waterlelie afspraken over een overbruggingsarrangement op de wachtende school."""),
        H1("8. Geld en middelen"),
        H2("8.1 Waar komt het geld vandaan?"),
        P("""Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning.
        Een deel daarvan wordt door DUO direct ingehouden voor de bekostiging van het so
        (afdrachten). Over het sbo maken de besturen onderling afspraken volgens de wettelijke regeling;
        de peildatum voor de groeibekostiging is 1 februari."""),
        H2("8.2 Hoe verdelen we het geld?"),
        P("""Wij werken met een schoolmodel: het grootste deel van het geld gaat naar de besturen, die het
        inzetten op hun scholen. De verdeling gaat als volgt:"""),
        UL(["Ondersteuningsbudget besturen: € 210 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 8.000 per school. Het bedrag wordt in vier termijnen overgemaakt.",
            "Arrangementenbudget: het loket kent schoolarrangementen toe op basis van de criteria in hoofdstuk 5; per arrangement gelden vaste tarieven (licht € 2.500, middel € 5.000, zwaar € 9.000).",
            "Bovenschoolse voorzieningen: vaste bekostiging op basis van het aantal plaatsen.",
            "Sbo en so: afdrachten volgens de wettelijke regels; groei boven de teldatum wordt vergoed volgens de afspraken met de besturen van De Sprong en De Rietkraag."]),
        P("""Het bestuur stelt de verdeling jaarlijks vast bij de begroting, na advies van het
        bestuurdersoverleg. Een wijziging van het verdeelmodel wordt voorgelegd aan de OPR."""),
        H2("8.3 Meerjarenbegroting"),
        TABLE(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
              [["Baten ondersteuningsbekostiging", "12.480", "12.350", "12.210", "12.090"],
               ["Afdracht so (DUO)", "-4.150", "-4.190", "-4.230", "-4.260"],
               ["Bekostiging sbo (incl. groei)", "-2.620", "-2.600", "-2.580", "-2.560"],
               ["Ondersteuningsbudget besturen", "-2.410", "-2.380", "-2.350", "-2.320"],
               ["Arrangementen", "-1.640", "-1.620", "-1.600", "-1.590"],
               ["Bovenschoolse voorzieningen", "-760", "-800", "-830", "-830"],
               ["Bureau, loket en CvT", "-1.080", "-1.100", "-1.120", "-1.140"],
               ["Professionalisering", "-120", "-120", "-100", "-100"],
               ["Resultaat", "-300", "-460", "-600", "-710"]]),
        H2("8.4 Reserves"),
        P("""Eind 2025 bedraagt de algemene reserve € 2,9 miljoen. Wij hanteren een bovengrens van 5 procent
        van de baten plus een buffer voor risico's. Het bedrag daarboven zetten wij in de planperiode in,
        wat de negatieve resultaten in de meerjarenbegroting verklaart. Eind 2029 verwachten wij een
        reserve van circa € 830.000."""),
        H2("8.5 Verantwoording door de besturen"),
        P("""Besturen verantwoorden vóór 1 april van elk jaar met het formulier Besteding
        ondersteuningsmiddelen waaraan zij het ondersteuningsbudget hebben besteed. De controller
        bespreekt de verantwoording met elk bestuur."""),
        H1("9. Ambities en resultaten"),
        P("""Voor de komende vier jaar hebben wij, samen met de besturen en de OPR, de volgende ambities
        geformuleerd voor kinderen die extra ondersteuning nodig hebben."""),
        TABLE(["Ambitie", "Beoogd resultaat in 2030"],
              [["Thuiszitten terugdringen", "Geen enkel kind zit langer dan drie maanden thuis zonder passend aanbod; het aantal thuiszitters op 1 oktober is maximaal 5."],
               ["Dichtbij huis", "Het percentage leerlingen in sbo en so samen stijgt niet boven 3,9 procent."],
               ["Basis op orde", "Alle scholen voldoen aan de ondergrens basisondersteuning."],
               ["Snelle hulp", "90 procent van de aanvragen voor een arrangement wordt binnen vier weken afgehandeld."],
               ["Deskundige teams", "Alle intern begeleiders hebben de leergang handelingsgericht werken van het leernetwerk gevolgd."]]),
        P("""Hoe en wanneer wij meten of deze ambities worden gehaald, welke bronnen wij daarbij gebruiken
        en hoe wij over de voortgang rapporteren, beschrijven wij in een kwaliteitskader. Dat kader
        legt de directeur-bestuurder in het najaar van 2026 voor aan de raad van toezicht."""),
        H1("10. Communicatie"),
        H2("10.1 Communicatie met scholen en partners"),
        P("""Het samenwerkingsverband verstuurt zes keer per jaar een digitale nieuwsbrief aan directeuren
        en intern begeleiders. Op het besloten deel van de website vinden scholen formulieren, handleidingen
        en het aanbod van het leernetwerk. Met de jeugdteams hebben wij een gezamenlijke
        contactpersonenlijst die twee keer per jaar wordt bijgewerkt."""),
        H2("10.2 Informatie voor ouders"),
        P("""Hoe wij ouders informeren over de ondersteuningsmogelijkheden in onze regio, werken wij in het
        schooljaar 2026-2027 uit in een communicatieplan. Wij doen dat samen met de oudergeleding van de
        OPR."""),
        H2("10.3 Waar kunnen ouders terecht als ze er met school niet uitkomen?"),
        P("""Ouders die vastlopen of het niet eens zijn met de school, kunnen terecht bij het Ouder- en
        Jeugdsteunpunt Veenrand. Het steunpunt is ondergebracht bij de onafhankelijke stichting
        Ouderkracht Veenland en staat los van scholen en samenwerkingsverband. De ouderadviseurs zijn
        telefonisch bereikbaar op werkdagen en houden wekelijks een spreekuur in Veendijk en Oostermoer;
        zij kunnen ook meegaan naar een gesprek op school. Daarnaast kunnen ouders gratis een beroep doen
        op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het OPP kunnen ouders
        zich wenden tot de Geschillencommissie passend onderwijs; voor klachten geldt de
        klachtenregeling van het betreffende schoolbestuur."""),
    ]
    b += governance(11, c)
    b += medezeggenschap(12, c)
    b += oogo(13, c)
    b += personeel(14, c)
    b += ict_privacy(15, c)
    b += planning(16, c, [
        ["2026-2027", "Werkwijze terugplaatsing; communicatieplan; kwaliteitskader; start nieuwe kwaliteitskaart"],
        ["2027-2028", "Uitbreiding De Tussenstap; tussenevaluatie ondergrens basisondersteuning"],
        ["2028-2029", "Evaluatie verdeelmodel; herijking arrangementen"],
        ["2029-2030", "Evaluatie plan; voorbereiding ondersteuningsplan 2030-2034"]])
    b += [
        H1("Bijlage 1 Begrippenlijst"),
        TABLE(["Begrip", "Uitleg"],
              [["Arrangement", "Afspraak over extra ondersteuning voor een kind, met doel, inhoud en duur."],
               ["Basisondersteuning", "De ondersteuning die alle scholen van het samenwerkingsverband bieden."],
               ["CvT", "Commissie van Toelaatbaarheid."],
               ["Dekkend netwerk", "Het geheel van voorzieningen waardoor elk kind een passende plek heeft."],
               ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
               ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
               ["OPP", "Ontwikkelingsperspectief."],
               ["OPR", "Ondersteuningsplanraad."],
               ["Terugplaatsing", "Overstap van een leerling van sbo of so naar een basisschool."],
               ["TLV", "Toelaatbaarheidsverklaring."],
               ["Verevening", "Correctie van het budget omdat het deelnamepercentage aan het speciaal onderwijs afwijkt van het landelijk gemiddelde."]]),
    ]
    return b


def label_veenrand(docs):
    crit = {c: True for c in CORE}
    crit["terugstroom.procedure"] = False
    crit["resultaten.monitoring"] = False
    crit["ouders.informatie"] = False
    adv = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": [],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "§4.1 agreed ondergrens for all schools/vestigingen; §4.2 table of concrete minimum provisions; §4.4 kwaliteitskaart + collegiale audit + verbeterplan (borging).",
        "plaatsing": "§6.2 five steps (bestuur applies, loket, two deskundigen, CvT decides within 6 weeks); §6.3 criteria table sbo/so; §6.4 duration + bekostigingscategorie; §6.5 bezwaar via LBT.",
        "terugstroom": "Hidden in §6.6 of the TLV chapter: policy (aim, conditions, terugplaatsingsarrangement) is given, but the procedure (who initiates, moments, who decides) is deferred to a 'werkwijze terugplaatsing' in 2026-2027.",
        "financien": "Chapter 8 'Geld en middelen': verdeelmodel (EUR 210 per leerling, vaste voet, arrangement tariffs), meerjarenbegroting table 2026-2029, reserves, verantwoording before 1 April.",
        "dekkend-aanbod": "§5.1 five-level continuum table + §5.2 arrangementen table; ch.7 thuiszitters approach, doorzettingsmacht, witte vlekken analysis with actions; §5.3/ch.13 jeugdhulp.",
        "resultaten": "Ch.9 table of beoogde resultaten with 2030 targets; how results are measured/reported is deferred to a kwaliteitskader (najaar 2026).",
        "ouders": "Ch.10 'Communicatie': §10.2 informing parents deferred to a communicatieplan 2026-2027; §10.3 OJSP Veenrand, Onderwijsconsulenten, Geschillencommissie (steunpunt). Parents' role in TLV steps (betrokkenheid). OJSP also in begrippenlijst (trap).",
    }
    return make_label(docs, "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 2: VO Dinkelvallei (docx)
# ---------------------------------------------------------------------------
DINKEL = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Dinkelvallei", kort="SWV Dinkelvallei",
    besturen=7, scholen="15 vestigingen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs",
    statuten="4 juli 2022", model="model met een algemeen bestuur en een uitvoerend directeur",
    toezicht="algemeen bestuur", plaats="Dinkeloord", fte="9,8", inspectie="november 2024",
    opr=12, opr_ouders="ouders en leerlingen", opr_data="september 2025, december 2025 en februari 2026",
    opr_instemming_aanvraag="24 februari 2026", opr_instemming="31 maart 2026",
    ander_swv_sector="PO", ander_swv="Samenwerkingsverband PO Dinkelvallei",
    ander_swv_datum="5 februari 2026",
    gemeenten="Dinkeloord, Ootmarsveld en Haaksbergerveen", oogo_datum="17 februari 2026",
    agenda="'Jeugd in de Dinkelvallei'", leernetwerk="netwerk voor ondersteuningscoördinatoren",
    fg_deel="het samenwerkingsverband PO", systeem="Kindkaart VO", periode="2026-2030",
)


def plan_dinkel():
    c = DINKEL
    b = [
        TITLE(["Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband Voortgezet Onderwijs Dinkelvallei (VO 31-12)",
               "Iedere leerling een passende plek",
               "Vastgesteld door het algemeen bestuur op 14 april 2026, na instemming van de OPR op 31 maart 2026"]),
        TOC(["1. Inleiding ..... 3",
             "2. Het samenwerkingsverband in cijfers ..... 4",
             "3. Visie ..... 6",
             "4. Basisondersteuning ..... 7",
             "5. Het ondersteuningsaanbod in de Dinkelvallei ..... 9",
             "6. Toewijzing: vso, praktijkonderwijs en lwoo ..... 13",
             "7. Terugblik en ambities ..... 17",
             "8. Financieel beleid ..... 20",
             "9. Communicatie en informatie ..... 23",
             "10. Organisatie en governance ..... 25",
             "11. Medezeggenschap en overleg ..... 27",
             "12. Samenwerking met gemeenten (OOGO) ..... 28",
             "13. Personeel en professionalisering ..... 29",
             "14. ICT, gegevens en privacy ..... 30",
             "15. Planning 2026-2030 ..... 31",
             "Bijlage 1 Afkortingen en begrippen ..... 32",
             "Bijlage 2 Kwaliteitskaart basisondersteuning (separaat)"]),
        H1("1. Inleiding"),
        P("""Dit is het ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs Dinkelvallei
        voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het plan beschrijft hoe de scholen in
        onze regio samen zorgen dat iedere leerling het onderwijs en de ondersteuning krijgt die hij of
        zij nodig heeft. Het plan is bedoeld voor schoolleiders, ondersteuningscoördinatoren, mentoren,
        de ondersteuningsplanraad, ouders en onze partners bij de gemeenten en in de jeugdhulp."""),
        P("""Wij hebben gekozen voor een compact plan in gewone taal. Achtergrondinformatie, procedures en
        formulieren staan in het handboek op onze website; dat handboek is geen onderdeel van dit plan en
        kan tussentijds worden aangepast. Waar in dit plan 'wij' staat, bedoelen wij de scholen en het
        samenwerkingsverband samen."""),
        H2("1.1 Wat is er veranderd ten opzichte van het vorige plan?"),
        UL(["Er komt een Ouder- en Jeugdsteunpunt (zie hoofdstuk 9).",
            "De lichte ondersteuningsmiddelen gaan voor een groter deel rechtstreeks naar de besturen.",
            "Er is een nieuwe voorziening voor hoogbegaafde leerlingen die vastlopen.",
            "Leerlingen worden nadrukkelijker betrokken: zij hebben hoorrecht bij hun OPP."]),
        H1("2. Het samenwerkingsverband in cijfers"),
        P(f"""Aan het samenwerkingsverband nemen {c['besturen']} besturen deel met samen {c['scholen']}.
        Op 1 oktober 2025 telden de scholen samen 11.840 leerlingen. Het aantal leerlingen daalt de komende
        jaren met ongeveer 1,5 procent per jaar door de krimp in het basisonderwijs."""),
        TABLE(["Onderwijssoort", "Leerlingen 1 okt 2025", "Aandeel"],
              [["Vmbo (incl. lwoo)", "4.610", "38,9%"], ["Havo/vwo", "6.420", "54,2%"],
               ["Praktijkonderwijs", "402", "3,4%"], ["Vso (uit onze regio)", "408", "3,4%"],
               ["Totaal", "11.840", "100%"]]),
        P("""Van de vmbo-leerlingen heeft 21 procent een aanwijzing voor leerwegondersteunend onderwijs.
        Het vso wordt verzorgd door VSO De Horst in Dinkeloord (cluster 4 en een afdeling voor
        zeer moeilijk lerende jongeren); daarnaast gaan ongeveer 90 leerlingen naar vso-scholen buiten de
        regio. De uitstroom uit het vso gaat voor het grootste deel naar arbeid, dagbesteding of het mbo."""),
        H1("3. Visie"),
        P("""Wij willen dat iedere jongere in de Dinkelvallei een diploma, een startkwalificatie of een
        passende plek op de arbeidsmarkt of in de dagbesteding haalt. Daarvoor moet het onderwijs
        aansluiten bij wat een leerling kan en wil. Wij kijken naar mogelijkheden, niet naar
        beperkingen. Ondersteuning is geen doel op zich: het helpt leerlingen om mee te doen."""),
        P("""De scholen zijn samen verantwoordelijk voor alle leerlingen in de regio. Geen school kan alles,
        maar samen kunnen wij veel. Daarom delen wij expertise, houden wij voorzieningen samen in stand en
        spreken wij elkaar aan als het niet goed gaat. De leerling en zijn ouders praten mee over de
        ondersteuning: niet over hen, maar met hen."""),
        H1("4. Basisondersteuning"),
        H2("4.1 Wat verstaan wij onder basisondersteuning?"),
        P("""Basisondersteuning is het afgesproken niveau van ondersteuning dat iedere vo-school en iedere
        vestiging in de Dinkelvallei ten minste biedt, voor alle leerlingen, zonder aanvraag bij het
        samenwerkingsverband. Alle besturen hebben dit niveau in 2024 samen vastgesteld; het geldt als
        ondergrens voor elke vestiging, ook voor de kleinste."""),
        H2("4.2 Wat houdt de basisondersteuning in?"),
        P("""De afgesproken onderdelen van de basisondersteuning en de indicatoren per onderdeel zijn
        uitgewerkt in de Kwaliteitskaart basisondersteuning VO Dinkelvallei (bijlage 2, separaat
        document). Elke school beschrijft daarnaast in het eigen schoolondersteuningsprofiel hoe zij
        de basisondersteuning vormgeeft."""),
        H2("4.3 Hoe controleren wij dat?"),
        P("""Elk jaar in mei vult iedere vestiging de kwaliteitskaart in. De directeur van het
        samenwerkingsverband bespreekt de uitkomsten in de kwaliteitsdialoog met het bestuur. Scoort een
        vestiging op een onderdeel onvoldoende, dan spreken bestuur en samenwerkingsverband een
        verbetertraject af met een termijn van maximaal een schooljaar."""),
        H1("5. Het ondersteuningsaanbod in de Dinkelvallei"),
        H2("5.1 Van basis tot vso"),
        P("""Het ondersteuningsaanbod in onze regio is opgebouwd als een trap. Elke trede biedt meer
        ondersteuning dan de vorige. Leerlingen stappen in op de trede die past bij hun
        ondersteuningsbehoefte en kunnen weer afstappen als het beter gaat."""),
        TABLE(["Trede", "Aanbod", "Voor wie", "Toegang"],
              [["1. Basis", "Basisondersteuning op elke vestiging", "Alle leerlingen", "Vrij"],
               ["2. Extra op school", "Ondersteuningsarrangement op de eigen school, bijvoorbeeld een trajectgroep, coaching of een aangepast rooster", "Leerlingen die meer nodig hebben dan de basis", "Ondersteuningscoördinator, gefinancierd uit het schoolbudget"],
               ["3. Lwoo en praktijkonderwijs", "Leerwegondersteuning in het vmbo; praktijkonderwijs op twee scholen", "Leerlingen met leerachterstanden", "Aanwijzing lwoo of TLV pro"],
               ["4. Bovenschools", "OPDC De Kering (tijdelijke plaatsing, max. 1 jaar), Rebound-voorziening (max. 12 weken), HB-voorziening Vonk (vanaf 2026)", "Leerlingen die tijdelijk niet op de eigen school kunnen functioneren", "Via het loket"],
               ["5. Vso", "VSO De Horst en vso-scholen buiten de regio", "Leerlingen die gespecialiseerd onderwijs nodig hebben", "TLV vso"]]),
        P("""Leerlingen in het OPDC en in de Rebound blijven ingeschreven op hun eigen school. Na afloop
        van het traject keren zij terug naar hun eigen school of stappen zij over naar een andere
        vo-school. Dit is geen plaatsing in het vso."""),
        H2("5.2 Onderwijs en zorg samen"),
        P("""Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, organiseren wij samen met de
        gemeenten onderwijs-zorgarrangementen. Op elke vestiging is een jeugdprofessional van het
        gemeentelijk jeugdteam aanwezig. Het OPDC heeft een eigen gedragswetenschapper en werkt samen met
        de jeugd-GGZ."""),
        H2("5.3 Thuiszitters en witte vlekken"),
        P("""Een leerling die langer dan vier weken niet of gedeeltelijk naar school gaat, wordt door de
        school gemeld bij het loket en bij leerplicht. Het loket wijst binnen vijf werkdagen een
        trajectbegeleider aan die regie voert tot de leerling weer onderwijs volgt. In het tweewekelijkse
        casusoverleg met leerplicht worden alle gemelde leerlingen besproken. Lukt het niet om binnen
        acht weken een oplossing te vinden, dan besluit de directeur welke school of voorziening de
        leerling tijdelijk opvangt; de zorgplicht van het bestuur blijft daarbij bestaan."""),
        P("""Elk jaar in september maken wij met de besturen een analyse van leerlingen voor wie geen
        passend aanbod was. In 2025 bleek dat er geen plek was voor hoogbegaafde leerlingen die
        thuis kwamen te zitten door faalangst of een dubbele bijzonderheid. Daarom start in augustus 2026
        de HB-voorziening Vonk met 15 plaatsen. Ook is afgesproken dat VSO De Horst vanaf 2027 een
        kleine groep inricht voor leerlingen met een autismespectrumstoornis die nu buiten de regio naar
        school gaan."""),
        H1("6. Toewijzing: vso, praktijkonderwijs en lwoo"),
        H2("6.1 Toelaatbaarheid tot het vso"),
        P("""Een leerling kan alleen worden ingeschreven op een vso-school als het samenwerkingsverband een
        toelaatbaarheidsverklaring (TLV) heeft afgegeven. Namens het samenwerkingsverband besluit de
        Commissie Toewijzing."""),
        H2("6.2 Hoe verloopt de aanvraag?"),
        UL(["De vo-school (namens het bestuur) dient de aanvraag in via Kindkaart VO. Voor een leerling die nog op de basisschool zit, doet het bestuur van de basisschool de aanvraag bij het samenwerkingsverband PO.",
            "Bij de aanvraag horen: het OPP met de evaluatie van ten minste één jaar extra ondersteuning, een verslag van het multidisciplinair overleg, de zienswijze van ouders en, vanaf 12 jaar, die van de leerling.",
            "Twee deskundigen brengen elk schriftelijk advies uit: een orthopedagoog of psycholoog en een tweede deskundige die past bij de situatie van de leerling, zoals een jeugdarts of maatschappelijk werker.",
            "De Commissie Toewijzing neemt binnen zes weken een besluit. In spoedsituaties (bijvoorbeeld na een crisisopname) binnen tien werkdagen."]),
        H2("6.3 Criteria voor een TLV vso"),
        P("""De commissie geeft een TLV vso af als aan de volgende voorwaarden is voldaan:"""),
        UL(["De school heeft de basisondersteuning en extra ondersteuning op trede 2 en zo nodig trede 4 geboden, en dat is aantoonbaar onvoldoende gebleken.",
            "De leerling heeft blijvend een setting nodig met een kleine groep, veel structuur en specialistische begeleiding die het regulier onderwijs ook met een arrangement niet kan bieden.",
            "Er is sprake van ernstige gedrags- of psychiatrische problematiek, een ernstige verstandelijke beperking, een lichamelijke beperking of een langdurige ziekte die het onderwijsproces ernstig belemmert."]),
        P("""De TLV geldt voor een vastgestelde periode van één tot drie schooljaren en vermeldt de
        bekostigingscategorie (laag, midden of hoog)."""),
        H2("6.4 Praktijkonderwijs en lwoo"),
        P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
        leerachterstand van ten minste 50 procent op twee of meer domeinen, waarvan één begrijpend lezen
        of inzichtelijk rekenen is. Voor lwoo hanteren wij eveneens de landelijke criteria: een IQ tussen
        75 en 90 met een leerachterstand van 25 tot 50 procent op ten minste twee domeinen, of een IQ
        tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek."""),
        P("""De ontvangende vo-school dient de aanvraag voor een TLV pro of een aanwijzing lwoo vóór 1 mei
        in bij het loket, met het onderwijskundig rapport van de basisschool en de toetsgegevens. De
        Commissie Toewijzing besluit binnen vier weken. Een aanwijzing lwoo geldt voor de gehele
        vmbo-opleiding; een TLV pro voor de gehele duur van het praktijkonderwijs."""),
        H2("6.5 Bezwaar"),
        P("""Ouders en school kunnen binnen zes weken na het besluit bezwaar maken. Het samenwerkingsverband
        vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist
        daarna opnieuw."""),
        H1("7. Terugblik en ambities"),
        H2("7.1 Wat hebben wij bereikt in 2022-2026?"),
        TABLE(["Indicator", "2022", "2025", "Doel 2026 (vorig plan)"],
              [["Thuiszitters langer dan 3 maanden (peildatum 1 oktober)", "19", "8", "10"],
               ["Deelname vso (percentage)", "3,6%", "3,4%", "3,5%"],
               ["Leerlingen met lwoo die een diploma halen", "86%", "90%", "90%"],
               ["Gemiddelde doorlooptijd aanvraag vso (weken)", "7,5", "4,8", "6"],
               ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,6", "7,1", "7,0"]]),
        P("""De meeste doelen zijn gehaald. Het aantal thuiszitters is meer dan gehalveerd. Minder
        goed ging de doorstroom van het OPDC naar de eigen school: een op de vijf leerlingen stapte na
        het OPDC over naar een andere school in plaats van terug te keren."""),
        H2("7.2 Beoogde resultaten 2026-2030"),
        TABLE(["Doel", "Indicator", "Streefwaarde 2030"],
              [["Iedere leerling een passende plek", "Thuiszitters langer dan 3 maanden", "maximaal 4"],
               ["Thuisnabij onderwijs", "Deelname vso", "maximaal 3,3%"],
               ["Kansrijk uitstromen", "Leerlingen met lwoo of pro met diploma of certificaat", "92%"],
               ["Snel duidelijkheid", "Doorlooptijd aanvraag vso", "maximaal 5 weken"],
               ["Tevreden ouders en leerlingen", "Tevredenheidscijfer", "minimaal 7,3"]]),
        H2("7.3 Hoe volgen wij de resultaten?"),
        P("""Twee keer per jaar (februari en september) stelt het bureau een monitor op met de
        indicatoren uit 7.2, per bestuur en per vestiging. De gegevens komen uit DUO, de
        leerplichtadministratie, Kindkaart VO en een tweejaarlijkse tevredenheidspeiling onder ouders
        en leerlingen. De monitor wordt besproken in de kwaliteitsdialoog met elk bestuur (november), in
        het algemeen bestuur en in de OPR. Over de bereikte resultaten rapporteren wij jaarlijks vóór 1
        juli in het jaarverslag, met een toelichting waar doelen niet zijn gehaald en welke bijsturing
        volgt."""),
        H1("8. Financieel beleid"),
        H2("8.1 Uitgangspunten"),
        P("""Het geld voor passend onderwijs is bedoeld voor leerlingen. Wij houden de kosten van het
        bureau laag en brengen zo veel mogelijk middelen naar de scholen."""),
        H2("8.2 Verdeling van de middelen"),
        UL(["Lichte ondersteuning: 80 procent gaat rechtstreeks naar de besturen, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar (€ 158 per leerling). 20 procent blijft centraal voor het OPDC, de Rebound en de HB-voorziening.",
            "Lwoo en pro: de middelen worden doorgegeven aan de scholen op basis van het aantal leerlingen met een aanwijzing lwoo of een TLV pro op de teldatum, tegen het landelijke bedrag per leerling.",
            "Zware ondersteuning: de afdracht voor het vso loopt via DUO; de groei na 1 oktober wordt verrekend volgens de wettelijke regeling met peildatum 1 februari.",
            "Bovenschoolse voorzieningen: het loket kent plaatsen toe; de voorzieningen worden bekostigd per beschikbare plaats."]),
        P("""Het algemeen bestuur stelt de verdeling jaarlijks vast bij de begroting. Een wijziging van de
        verdeelsleutel vraagt instemming van de OPR."""),
        H2("8.3 Meerjarenbegroting"),
        TABLE(["Post", "2026", "2027", "2028", "2029"],
              [["Baten rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Doorbetaling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("""De begroting 2027 en de meerjarenraming tot en met 2030 worden in december 2026 door het
        algemeen bestuur vastgesteld, zodra de nieuwe rijksbedragen bekend zijn. De bedragen worden dan
        in deze tabel ingevuld."""),
        H2("8.4 Reserves"),
        P("""De reserve van het samenwerkingsverband lag eind 2024 boven de signaleringswaarde van de
        Inspectie. Het bovenmatige deel bouwen wij af; hoe, legt het algemeen bestuur vast in een
        bestedingsplan reserves."""),
        H1("9. Communicatie en informatie"),
        H2("9.1 Hoe informeren wij ouders en leerlingen?"),
        P("""Ouders vinden informatie over de ondersteuning in de Dinkelvallei op de pagina 'Voor ouders' van
        onze website: wat elke school biedt, welke voorzieningen er zijn, hoe lwoo, pro en vso werken en
        bij wie zij terechtkunnen. Elke vo-school neemt in haar schoolgids een hoofdstuk op over de
        ondersteuning op school en verwijst naar het samenwerkingsverband. In oktober en januari
        organiseren wij samen met het samenwerkingsverband PO informatieavonden voor ouders van leerlingen
        in groep 7 en 8 die extra ondersteuning nodig hebben. De folder 'Extra steun op school' is er in
        het Nederlands, Engels, Arabisch, Pools en Oekraïens."""),
        H2("9.2 Het Ouder- en Jeugdsteunpunt"),
        P("""Het Ouder- en Jeugdsteunpunt Dinkelvallei (OJSP) helpt ouders en jongeren onafhankelijk van
        school en samenwerkingsverband. De steunpuntmedewerkers beantwoorden vragen, denken mee als het
        niet goed loopt op school en kunnen bemiddelen bij een verschil van mening. Het OJSP is
        bereikbaar via telefoon, mail en WhatsApp en houdt spreekuur in de bibliotheek van Dinkeloord.
        Ook kunnen ouders terecht bij de Onderwijsconsulenten. Lukt het niet om er samen uit te komen,
        dan kunnen ouders een klacht indienen bij het schoolbestuur of bij de Geschillencommissie passend
        onderwijs."""),
        H2("9.3 Meepraten"),
        P("""Ouders en leerlingen zitten in de OPR. Leerlingen met een OPP hebben hoorrecht: de school
        vraagt hun mening voordat het OPP wordt vastgesteld."""),
    ]
    b += governance(10, c)
    b += medezeggenschap(11, c)
    b += oogo(12, c)
    b += personeel(13, c)
    b += ict_privacy(14, c)
    b += planning(15, c, [
        ["2026-2027", "Start HB-voorziening Vonk; inrichting OJSP; begroting en meerjarenraming"],
        ["2027-2028", "Groep autisme VSO De Horst; afspraken over terug- en doorplaatsing vso"],
        ["2028-2029", "Evaluatie verdeelsleutel lichte ondersteuning"],
        ["2029-2030", "Evaluatie en nieuw plan"]])
    b += [
        H1("Bijlage 1 Afkortingen en begrippen"),
        TABLE(["Afkorting / begrip", "Betekenis"],
              [["Lwoo", "Leerwegondersteunend onderwijs"],
               ["OJSP", "Ouder- en jeugdsteunpunt"],
               ["OPDC", "Orthopedagogisch-didactisch centrum"],
               ["OPP", "Ontwikkelingsperspectief"],
               ["Pro", "Praktijkonderwijs"],
               ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs"],
               ["TLV", "Toelaatbaarheidsverklaring"],
               ["Vso", "Voortgezet speciaal onderwijs"]]),
    ]
    return b


def label_dinkel(docs):
    crit = {c: True for c in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["financien.besteding"] = False
    adv = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": [],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "§4.1 defines the agreed minimum for every vestiging; the content is only in 'bijlage 2 Kwaliteitskaart (separaat)' and the schools' SOPs, which are not part of the input; §4.3 kwaliteitskaart check (borging).",
        "plaatsing": "Ch.6 'Toewijzing': §6.2 vso procedure (school applies, dossier, two deskundigen, Commissie Toewijzing, 6 weeks), §6.3 vso criteria, §6.4 pro/lwoo national criteria + procedure, §6.5 bezwaar.",
        "terugstroom": "Nothing on return from vso: §5.1 return from OPDC/Rebound is not vso (explicitly 'geen plaatsing in het vso'), §2 'uitstroom' and §7.1 'doorstroom van het OPDC' are near-misses, planning row 2027-2028 only announces agreements, begrippenlijst defines terugplaatsing (trap).",
        "financien": "Ch.8: §8.2 gives the verdeling (EUR 158 per leerling, 80/20 split, lwoo/pro per leerling, who decides); §8.3 meerjarenbegroting has only p.m. values and defers amounts to December 2026; §8.4 reserves.",
        "dekkend-aanbod": "§5.1 five-step table (basis, extra, lwoo/pro, OPDC/Rebound/HB, vso); §5.3 thuiszitters procedure and yearly gap analysis with new voorzieningen; §5.2 onderwijs-zorgarrangementen.",
        "resultaten": "Ch.7: §7.1 achieved results table, §7.2 beoogde resultaten with streefwaarden 2030, §7.3 monitor twice a year, kwaliteitsdialoog, jaarverslag.",
        "ouders": "Ch.9 'Communicatie en informatie': §9.1 website page, schoolgids, information evenings, folder in 5 languages; §9.2 OJSP, Onderwijsconsulenten, klacht/Geschillencommissie; §9.3 OPR + hoorrecht.",
    }
    return make_label(docs, "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 3: PO Kroonmeer (docx -> pdf)
# ---------------------------------------------------------------------------
KROON = dict(
    naam="Stichting Samenwerkingsverband Passend Onderwijs Kroonmeer PO", kort="SWV Kroonmeer",
    besturen=6, scholen="34 basisscholen, één school voor speciaal basisonderwijs en één school voor speciaal onderwijs",
    statuten="1 februari 2021", model="one-tier-model met een uitvoerend en een toezichthoudend deel",
    toezicht="toezichthoudende bestuursleden", plaats="Kroonmeer", fte="7,2", inspectie="januari 2024",
    opr=10, opr_ouders="ouders", opr_data="november 2025, januari 2026 en februari 2026",
    opr_instemming_aanvraag="2 maart 2026", opr_instemming="13 april 2026",
    ander_swv_sector="VO", ander_swv="Samenwerkingsverband VO Kroonmeer-Zandwijk",
    ander_swv_datum="26 februari 2026",
    gemeenten="Kroonmeer, Zandwijk en Ellerhout", oogo_datum="3 maart 2026",
    agenda="'Kroonmeer Kindvriendelijk'", leernetwerk="scholingsprogramma 'Passend Kroonmeer'",
    fg_deel="het schoolbestuur Stichting Kroonmeer Primair", systeem="Groeidossier Kroonmeer",
    periode="2026-2030",
)


def plan_kroon():
    c = KROON
    b = [
        TITLE(["Ondersteuningsplan 2026-2030",
               "Stichting Samenwerkingsverband Passend Onderwijs Kroonmeer PO (PO 31-22)",
               "Versie 0.9 - concept ter instemming",
               "Kroonmeer, maart 2026"]),
        TOC(["1. Voorwoord ..... 3",
             "2. Inleiding en context ..... 4",
             "3. Missie, visie en speerpunten ..... 6",
             "4. Basisondersteuning ..... 8",
             "5. Ondersteuningsroute en arrangementen ..... 10",
             "6. Speciaal (basis)onderwijs: toelaatbaarheid en terugplaatsing ..... 13",
             "7. Ouders ..... 17",
             "8. Financiën ..... 19",
             "9. Kwaliteit en resultaten ..... 22",
             "10. Organisatie en governance ..... 23",
             "11. Medezeggenschap en overleg ..... 25",
             "12. Samenwerking met gemeenten (OOGO) ..... 26",
             "13. Personeel en professionalisering ..... 27",
             "14. ICT, gegevens en privacy ..... 28",
             "15. Planning 2026-2030 ..... 29",
             "Bijlage: Begrippenlijst ..... 30"]),
        H1("1. Voorwoord"),
        P("""Met trots presenteren wij het ondersteuningsplan 2026-2030. Het plan is het resultaat van een
        jaar lang praten, luisteren en schrijven. Intern begeleiders, directeuren, ouders in de OPR,
        leerkrachten van het sbo en so en medewerkers van de gemeenten hebben bijgedragen. Wij zijn hen
        dankbaar."""),
        P("""Passend onderwijs in Kroonmeer staat er goed voor. De scholen werken goed samen en de lijnen
        met de jeugdteams zijn kort. Tegelijk zien wij dat de druk op het onderwijs toeneemt: meer
        kinderen met complexe vragen, minder leraren en middelen die niet meegroeien. Dit plan laat zien
        hoe wij daar de komende vier jaar mee omgaan."""),
        H1("2. Inleiding en context"),
        H2("2.1 Over dit plan"),
        P("""Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast.
        Het plan beschrijft hoe wij zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen
        binnen en tussen de scholen. Het plan is besproken met de gemeenten (OOGO) en met het
        samenwerkingsverband VO, en de OPR heeft ermee ingestemd. Het plan wordt voor 1 mei 2026 naar de
        Inspectie gestuurd."""),
        H2("2.2 Onze scholen"),
        P(f"""Aan het samenwerkingsverband nemen {c['besturen']} besturen deel met samen {c['scholen']}.
        De sbo-school is De Zevensprong in Kroonmeer. De so-school is Het Baken-Noord in Zandwijk, met
        afdelingen voor cluster 3 en cluster 4."""),
        TABLE(["Bestuur", "Scholen", "Leerlingen 1 okt 2025"],
              [["Stichting Kroonmeer Primair", "12", "2.640"],
               ["Stichting Katholiek Onderwijs Zandwijk", "8", "1.530"],
               ["Vereniging Christelijk Onderwijs Ellerhout", "6", "980"],
               ["Stichting Openbaar Onderwijs Kroonmeer-Oost", "5", "870"],
               ["Stichting Dalton Kroonmeer", "2", "410"],
               ["Stichting Vrije School Kroonmeer", "1", "190"],
               ["Totaal (regulier)", "34", "6.620"]]),
        H1("3. Missie, visie en speerpunten"),
        H2("3.1 Missie"),
        P("""Wij zorgen er samen voor dat ieder kind in Kroonmeer, Zandwijk en Ellerhout zich kan
        ontwikkelen op een school die bij hem of haar past."""),
        H2("3.2 Visie"),
        P("""Ieder kind is anders. Goed onderwijs houdt daar rekening mee. Wij vinden dat kinderen zo veel
        mogelijk samen met leeftijdgenoten uit de eigen buurt naar school gaan. Dat vraagt sterke
        leerkrachten, een goede basis op elke school en snelle, deskundige hulp als het nodig is. Wij
        werken handelingsgericht: wij kijken naar wat een kind nodig heeft, niet naar wat het mankeert."""),
        P("""Ouders kennen hun kind het best. Zij zijn gelijkwaardige partners van de school. Het
        samenwerkingsverband is er voor de scholen, maar uiteindelijk voor de kinderen."""),
        H2("3.3 Speerpunten"),
        UL(["Wij versterken de basisondersteuning op alle scholen, met extra aandacht voor gedrag.",
            "Wij maken de ondersteuningsroute eenvoudiger en sneller.",
            "Wij investeren in de samenwerking tussen onderwijs en jeugdhulp.",
            "Wij vernieuwen het verdeelmodel en onze kwaliteitszorg."]),
        H1("4. Basisondersteuning"),
        H2("4.1 Wat is basisondersteuning?"),
        P("""Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat iedere
        school in Kroonmeer, op iedere locatie, binnen haar eigen ondersteuningsstructuur planmatig en op
        een afgesproken kwaliteitsniveau uitvoert. De besturen hebben dit niveau vastgelegd in het
        Kroonmeer-akkoord basisondersteuning (2025). Geen school zit eronder."""),
        H2("4.2 Wat mag ik van elke school verwachten?"),
        UL(["Een intern begeleider die de ondersteuning op school coördineert en aanspreekpunt is.",
            "Een ondersteuningsteam waarin de school, ouders, de schoolcontactpersoon van het jeugdteam en zo nodig de consulent van het samenwerkingsverband samen kijken naar een kind.",
            "Aanpak van lees- en dyslexieproblemen volgens het landelijk protocol, inclusief de aanvraag van een dyslexieonderzoek.",
            "Een aanbod voor kinderen die meer aankunnen: verrijkingsmateriaal en compacten van de leerstof.",
            "Een veilig klimaat met een programma voor sociaal-emotioneel leren en een pestprotocol.",
            "Ondersteuning bij eenvoudige medische handelingen volgens het protocol medisch handelen.",
            "Een ontwikkelingsperspectief (OPP) voor kinderen die op een eigen leerlijn werken, opgesteld samen met ouders.",
            "Extra begeleiding in kleine groepjes (verlengde instructie) voor taal en rekenen."]),
        H2("4.3 Borging"),
        P("""Iedere school laat in haar schoolondersteuningsprofiel zien hoe zij de basisondersteuning
        invult. De consulenten van het samenwerkingsverband bespreken dit jaarlijks met de intern
        begeleider."""),
        H1("5. Ondersteuningsroute en arrangementen"),
        H2("5.1 De route"),
        P("""Heeft een kind meer nodig dan de basisondersteuning, dan volgt de school de ondersteuningsroute.
        Die bestaat uit vier stappen. Elke stap bouwt voort op de vorige."""),
        TABLE(["Stap", "Wat gebeurt er?", "Wie zijn betrokken?"],
              [["A. Basis", "Ondersteuning binnen de groep en de school", "Leerkracht, intern begeleider, ouders"],
               ["B. Ondersteuningsteam", "Bespreking in het OT; advies over aanpak of arrangement", "IB, ouders, jeugdteam, consulent SWV"],
               ["C. Arrangement", "Extra ondersteuning op de eigen school of in een bovenschoolse groep", "School, consulent, specialist"],
               ["D. Speciale setting", "Plaatsing op sbo De Zevensprong of so Het Baken-Noord", "School, Commissie Toelaatbaarheid, ouders"]]),
        H2("5.2 Arrangementen en voorzieningen"),
        P("""Het samenwerkingsverband biedt de volgende arrangementen en voorzieningen. Scholen vragen
        deze aan via het Groeidossier Kroonmeer."""),
        TABLE(["Arrangement / voorziening", "Inhoud", "Duur"],
              [["Begeleidingsarrangement", "Inzet van een gedragsspecialist of onderwijsassistent op de eigen school", "3 tot 12 maanden"],
               ["Arrangement jonge kind", "Observatie en begeleiding van kleuters met een ontwikkelingsvraag", "Max. 6 maanden"],
               ["Plusklas", "Eén ochtend per week voor kinderen met een ontwikkelingsvoorsprong", "1 schooljaar"],
               ["Taalschool De Brug", "Intensief Nederlands voor nieuwkomers", "Max. 1 jaar"],
               ["Onderwijs-zorgarrangement", "Combinatie van onderwijs en jeugdhulp, samen met de gemeente", "Maatwerk"],
               ["Ambulante begeleiding", "Begeleiding door een ambulant begeleider van het so", "1 schooljaar, verlengbaar"]]),
        P("""Een consulent van het samenwerkingsverband beslist binnen vier weken over een arrangement, na
        een bespreking in het OT. Voor onderwijs-zorgarrangementen beslissen consulent en jeugdteam
        samen."""),
        H1("6. Speciaal (basis)onderwijs: toelaatbaarheid en terugplaatsing"),
        H2("6.1 Hoe komt een kind op het sbo of so?"),
        P("""Voor plaatsing op het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. Die wordt
        afgegeven door de Commissie Toelaatbaarheid (CT) van het samenwerkingsverband. De route is als
        volgt:"""),
        UL(["Het OT van de school concludeert, samen met ouders, dat een speciale setting nodig is.",
            "Het bestuur van de school dient de aanvraag in via het Groeidossier, met het OPP, het verslag van het OT, het onderwijskundig rapport en het ouderdeel.",
            "Een orthopedagoog of psycholoog van het samenwerkingsverband en een tweede, per kind gekozen deskundige (bijvoorbeeld een jeugdarts of maatschappelijk werker) brengen ieder schriftelijk advies uit. Zij zijn niet eerder bij het kind betrokken geweest.",
            "De CT neemt binnen vijf weken een besluit en stuurt dit met de adviezen naar ouders en school.",
            "De ontvangende sbo- of so-school is bij de bespreking aanwezig, zodat de plaatsing snel kan ingaan."]),
        H2("6.2 Wanneer is een kind toelaatbaar?"),
        P("""Wanneer een kind toelaatbaar is, beoordeelt de CT per kind aan de hand van de afwegingskaders
        in het Handboek Toewijzing Kroonmeer (bijlage 5). Het handboek wordt jaarlijks geactualiseerd."""),
        H2("6.3 Duur en bekostiging"),
        P("""Een TLV sbo geldt tot het einde van de basisschoolperiode, maar wordt elk jaar in het OPP
        geëvalueerd. Een TLV so geldt voor twee schooljaren. Voor het so wordt de bekostigingscategorie
        vastgesteld: laag, midden of hoog."""),
        H2("6.4 Bezwaar"),
        P("""Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken bij het
        samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die adviseert over het bezwaar."""),
        H2("6.5 Kan mijn kind weer terug naar de basisschool?"),
        P("""Ja, als het kan. Ons uitgangspunt is dat plaatsing in het sbo of so tijdelijk is wanneer dat
        mogelijk is. Een kind gaat terug naar een basisschool als het zich daar met de basisondersteuning
        en een arrangement verder kan ontwikkelen. Het liefst gaat het kind naar een school in de eigen
        buurt. Het samenwerkingsverband stelt voor elke terugplaatsing een terugkeerarrangement
        beschikbaar: gedurende het eerste jaar begeleidt de ambulant begeleider van De Zevensprong of
        Het Baken-Noord de leerkracht, en de ontvangende school krijgt extra formatie voor twee dagdelen
        per week."""),
        P("""Zo gaat het in de praktijk:"""),
        UL(["Elk voorjaar evalueert de sbo- of so-school het OPP van ieder kind met ouders. Daarbij wordt steeds de vraag gesteld of terugplaatsing mogelijk is.",
            "Als de evaluatie daar aanleiding toe geeft, neemt de speciale school het initiatief. Zij meldt het kind bij de consulent van het samenwerkingsverband, die samen met ouders een passende basisschool zoekt.",
            "Er volgt een proefperiode van zes tot acht weken, waarin het kind een deel van de week op de nieuwe school is.",
            "Na de proefperiode besluiten ouders, de speciale school en de ontvangende school samen; de consulent legt het besluit vast in het Groeidossier.",
            "Uiterlijk 1 maart van het laatste jaar van de TLV bespreekt de speciale school met de consulent of terugplaatsing, overplaatsing of een nieuwe TLV aan de orde is."]),
        H1("7. Ouders"),
        H2("7.1 Informatie voor ouders"),
        P("""Wij willen dat ouders weten welke ondersteuning er is en hoe zij die kunnen krijgen. Daarom:"""),
        UL(["staat op onze website een oudergedeelte met uitleg over basisondersteuning, arrangementen, de TLV en terugplaatsing, in begrijpelijke taal en met filmpjes;",
            "krijgen ouders bij de eerste OT-bespreking de folder 'Samen kijken naar uw kind';",
            "beschrijft iedere school in de schoolgids welke ondersteuning zij biedt;",
            "organiseert het samenwerkingsverband twee keer per jaar een ouderavond over een actueel thema."]),
        H2("7.2 Onafhankelijke hulp"),
        P("""Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband,
        kunnen terecht bij het Ouder- en Jeugdsteunpunt Kroonmeer. Het steunpunt werkt onafhankelijk;
        de medewerkers zijn niet in dienst van een school of bestuur. Ook kunnen ouders contact opnemen met
        de Onderwijsconsulenten, een landelijke, gratis voorziening. Voor klachten over de school geldt de
        klachtenregeling van het schoolbestuur; geschillen over toelating, verwijdering en het OPP kunnen
        worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
        H2("7.3 Ouders als partner"),
        P("""Ouders zijn altijd uitgenodigd bij het OT en tekenen voor akkoord op het handelingsdeel van
        het OPP. In de OPR zijn ouders voor de helft vertegenwoordigd."""),
        H1("8. Financiën"),
        H2("8.1 Begroting"),
        P("""Het samenwerkingsverband ontvangt jaarlijks ongeveer € 8,6 miljoen aan rijksbekostiging voor
        ondersteuning. Onderstaande tabel laat zien waaraan wij dat geld de komende jaren uitgeven."""),
        TABLE(["Bedragen in euro's", "2026", "2027", "2028", "2029"],
              [["Afdrachten so (DUO)", "2.940.000", "2.960.000", "2.980.000", "3.000.000"],
               ["Bekostiging sbo De Zevensprong", "1.710.000", "1.700.000", "1.690.000", "1.680.000"],
               ["Budget besturen (ondersteuningsmiddelen)", "2.150.000", "2.120.000", "2.090.000", "2.060.000"],
               ["Arrangementen en voorzieningen", "1.080.000", "1.100.000", "1.120.000", "1.140.000"],
               ["Consulenten, CT en bureau", "690.000", "700.000", "710.000", "720.000"],
               ["Professionalisering en innovatie", "110.000", "110.000", "90.000", "90.000"],
               ["Totaal lasten", "8.680.000", "8.690.000", "8.680.000", "8.690.000"],
               ["Baten", "8.590.000", "8.560.000", "8.530.000", "8.500.000"],
               ["Saldo (onttrekking reserve)", "-90.000", "-130.000", "-150.000", "-190.000"]]),
        H2("8.2 Verdeling van het budget over de besturen"),
        P("""Het huidige verdeelmodel dateert uit 2018 en wordt in 2026 geëvalueerd. Hoe het budget
        besturen in de nieuwe planperiode over de besturen wordt verdeeld, besluit het bestuur in het
        najaar van 2026. Het nieuwe model wordt daarna als wijziging van dit plan aan de OPR
        voorgelegd."""),
        H2("8.3 Reserves"),
        P("""De reserve bedraagt eind 2025 € 1,4 miljoen. Dat is boven de signaleringswaarde. Daarom
        begroten wij vier jaar een negatief saldo, zoals in de tabel te zien is."""),
        H1("9. Kwaliteit en resultaten"),
        P("""Wij werken aan een nieuw systeem van kwaliteitszorg. De beoogde resultaten voor deze
        planperiode en de manier waarop wij die gaan volgen, nemen wij op in het jaarplan 2026-2027. Dat
        jaarplan wordt na de zomer van 2026 aan de OPR voorgelegd."""),
    ]
    b += governance(10, c, extra=2)
    b += medezeggenschap(11, c)
    b += oogo(12, c)
    b.append(P("""Ook thuiszitten staat op de agenda van het OOGO. Een gezamenlijke aanpak voor thuiszitters
    werken wij in 2026 met de drie gemeenten uit in een thuiszitterspact."""))
    b += personeel(13, c)
    b += ict_privacy(14, c)
    b += planning(15, c, [
        ["2026-2027", "Nieuw verdeelmodel; jaarplan met resultaten; thuiszitterspact"],
        ["2027-2028", "Evaluatie ondersteuningsroute; actualisering Kroonmeer-akkoord basisondersteuning"],
        ["2028-2029", "Evaluatie terugplaatsingen en terugkeerarrangementen"],
        ["2029-2030", "Evaluatie en nieuw ondersteuningsplan"]])
    b += [
        H1("Bijlage: Begrippenlijst"),
        TABLE(["Begrip", "Betekenis"],
              [["Dekkend aanbod", "Voor ieder kind is er een passende plek in de regio."],
               ["Kwaliteitszorg", "De cyclus waarin het samenwerkingsverband doelen stelt, resultaten meet en bijstuurt."],
               ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
               ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
               ["Verdeelmodel", "De afspraken over hoe het geld over de besturen wordt verdeeld."],
               ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."]]),
    ]
    return b


def label_kroon(docs):
    crit = {c: True for c in CORE}
    crit["plaatsing.criteria"] = False
    crit["financien.verdeling"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.doelen"] = False
    crit["resultaten.monitoring"] = False
    adv = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": [],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": [],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "§4.1 level agreed for every school/locatie (Kroonmeer-akkoord); §4.2 FAQ heading with a concrete list; §4.3 yearly check by consulenten.",
        "plaatsing": "§6.1 procedure (bestuur applies, dossier, two deskundigen, CT within 5 weeks); criteria only 'per kind' with reference to absent Handboek Toewijzing (bijlage 5); §6.3 duration/category, §6.4 bezwaar.",
        "terugstroom": "§6.5 FAQ heading inside the TLV chapter: policy (aim, conditions, terugkeerarrangement) and steps (yearly OPP evaluation, speciale school initiates, proefperiode, joint decision, 1 March of last TLV year).",
        "financien": "Ch.8: §8.1 table of spending 2026-2029 with amounts; §8.2 the distribution over boards is deferred to a new verdeelmodel (najaar 2026); §8.3 reserves.",
        "dekkend-aanbod": "§5.1 route table and §5.2 arrangementen/voorzieningen table give the continuum; thuiszitters/gaps only deferred ('thuiszitterspact in 2026', ch.12) and zorgplicht only in the begrippenlijst.",
        "resultaten": "Ch.9 'Kwaliteit en resultaten' only defers goals and monitoring to the jaarplan 2026-2027; §3.3 speerpunten are activities, not results; kwaliteitszorg only in begrippenlijst/TOC.",
        "ouders": "Ch.7: §7.1 website, folder, schoolgids, ouderavonden; §7.2 OJSP Kroonmeer, Onderwijsconsulenten, klachten/Geschillencommissie; §7.3 role in OT/OPP and OPR.",
    }
    return make_label(docs, "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 4: VO Hollandse Zandrug (docx -> pdf)
# ---------------------------------------------------------------------------
ZANDRUG = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs Hollandse Zandrug", kort="SWV Zandrug",
    besturen=8, scholen="19 vestigingen voor voortgezet onderwijs, één school voor praktijkonderwijs en twee vso-scholen",
    statuten="9 maart 2020", model="raad-van-toezichtmodel", toezicht="raad van toezicht",
    plaats="Duinhoven", fte="6,4", inspectie="het najaar van 2022",
    opr=14, opr_ouders="ouders en leerlingen", opr_data="oktober 2025, december 2025 en februari 2026",
    opr_instemming_aanvraag="9 maart 2026", opr_instemming="20 april 2026",
    ander_swv_sector="PO", ander_swv="het Samenwerkingsverband PO Zandrug-Duinhoven",
    ander_swv_datum="4 maart 2026",
    gemeenten="Zandrug, Duinhoven en Leyweg", oogo_datum="16 maart 2026",
    agenda="", leernetwerk="kenniscafé voor mentoren en zorgcoördinatoren",
    fg_deel="twee andere samenwerkingsverbanden VO", systeem="Toewijzingsportaal Zandrug",
    periode="2026-2030",
)


def plan_zandrug():
    c = ZANDRUG
    b = [
        TITLE(["Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband Voortgezet Onderwijs Hollandse Zandrug (VO 31-18)",
               "Koers houden",
               "Ter instemming voorgelegd aan de ondersteuningsplanraad op 9 maart 2026"]),
        TOC(["1. Voorwoord ..... 3",
             "2. Terugblik 2022-2026 ..... 4",
             "3. De regio en de scholen ..... 6",
             "4. Visie en koers ..... 7",
             "5. Ondersteuning op school ..... 8",
             "6. Toelaatbaarheid: vso, praktijkonderwijs en lwoo ..... 9",
             "7. Vso: en daarna? ..... 12",
             "8. Resultaten en kwaliteitszorg ..... 13",
             "9. Financiën ..... 15",
             "10. Ouders en leerlingen ..... 19",
             "11. Organisatie en governance ..... 20",
             "12. Medezeggenschap en overleg ..... 22",
             "13. Totstandkoming en OOGO ..... 23",
             "14. Personeel en professionalisering ..... 24",
             "15. ICT, gegevens en privacy ..... 25",
             "16. Planning 2026-2030 ..... 26",
             "Bijlage Begrippen ..... 27"]),
        H1("1. Voorwoord"),
        P("""Koers houden. Dat is de titel van dit ondersteuningsplan, en dat is ook wat wij de komende vier
        jaar willen doen. Het vorige plan bracht veel verandering: een nieuw verdeelmodel, eigen criteria
        voor leerwegondersteunend onderwijs en een kleinere organisatie. Die veranderingen werken. Dit plan
        bouwt daarop voort en brengt vooral rust."""),
        P("""Tegelijk verandert de omgeving. De Wet versterking positie ouders en leerlingen en de
        landelijke norm basisondersteuning vragen om aanpassingen. Waar die nog niet bekend zijn, zeggen
        wij dat eerlijk. Wij passen het plan tussentijds aan als dat nodig is, altijd met instemming van
        de OPR."""),
        P("""Ik dank de schoolleiders, zorgcoördinatoren, de leden van de OPR en de medewerkers van het
        bureau voor hun inzet. Drs. R. (Rob) van der Meulen, directeur-bestuurder."""),
        H1("2. Terugblik 2022-2026"),
        P("""In de vorige planperiode hebben wij drie grote stappen gezet. Ten eerste is het verdeelmodel
        vereenvoudigd: besturen ontvangen een vast bedrag per leerling en bepalen zelf de inzet. Ten tweede
        hanteren wij sinds 1 augustus 2022 eigen criteria voor lwoo, waardoor de aanvraag eenvoudiger werd.
        Ten derde is het bureau kleiner geworden; de toewijzing wordt nu door één commissie gedaan."""),
        TABLE(["Indicator", "Nulmeting 2021", "Stand 2025", "Doel vorig plan"],
              [["Deelname vso (percentage, 1 oktober)", "4,1%", "3,7%", "3,8%"],
               ["Leerlingen met lwoo die een vmbo-diploma halen", "84%", "89%", "88%"],
               ["Pro-leerlingen met werk of vervolgopleiding na 1 jaar", "71%", "76%", "75%"],
               ["Tevredenheid scholen over de toewijzing (1-10)", "6,2", "7,4", "7,0"]]),
        P("""Niet alles lukte. Het doel om meer vso-leerlingen een diploma te laten halen, werd niet gehaald.
        Daarover meer in hoofdstuk 8."""),
        H1("3. De regio en de scholen"),
        P(f"""Het samenwerkingsverband omvat de gemeenten {c['gemeenten']}. Aan het samenwerkingsverband
        nemen {c['besturen']} besturen deel met samen {c['scholen']}. Op 1 oktober 2025 telden de scholen
        13.210 leerlingen, van wie 1.380 met een aanwijzing lwoo, 510 in het praktijkonderwijs en 489 in
        het vso. De vso-scholen zijn De Duinroos (cluster 4) en Het Leyhuis (cluster 3)."""),
        P("""Het aantal leerlingen blijft de komende jaren ongeveer gelijk. In Leyweg wordt een nieuwe
        vestiging van een havo/vwo-school geopend in 2027."""),
        P("""De scholen in de Zandrug verschillen sterk van elkaar. Er zijn grote scholengemeenschappen
        met meer dan 2.000 leerlingen en kleine categorale scholen met enkele honderden leerlingen. Een
        deel van de leerlingen uit de kustdorpen reist dagelijks meer dan een half uur met de bus of de
        fiets. Drie scholen hebben een technisch profiel met nauwe banden met het regionale bedrijfsleven;
        twee scholen bieden tweetalig onderwijs. Deze verscheidenheid is een kracht, maar maakt ook dat
        afspraken soms lang duren: wat voor de ene school vanzelfsprekend is, vraagt bij de andere een
        flinke verandering."""),
        H1("4. Visie en koers"),
        P("""Wij willen dat iedere jongere in de Zandrug onderwijs volgt dat past en met een diploma of
        een goede plek de school verlaat. Samen zorgen wij voor een dekkend netwerk, zodat iedere leerling
        een passende plek vindt. Scholen zijn daarbij aan zet: zij kennen hun leerlingen en hebben het
        grootste deel van de middelen. Het samenwerkingsverband bewaakt het geheel, wijst toe waar dat
        wettelijk moet en houdt de vinger aan de pols."""),
        P("""Onze koers voor 2026-2030 bestaat uit drie lijnen: eenvoud (weinig regels, snelle besluiten),
        vertrouwen (besturen bepalen de inzet van middelen) en verantwoording (wij maken zichtbaar wat het
        oplevert)."""),
        H1("5. Ondersteuning op school"),
        P("""Iedere school in de Zandrug biedt ondersteuning aan haar leerlingen. Het kabinet werkt aan een
        landelijke norm voor basisondersteuning. Wij wachten die norm af en stellen daarna, samen met de
        besturen en de OPR, vast wat alle scholen in de Zandrug ten minste bieden. Tot die tijd
        beschrijft iedere school haar ondersteuning in haar eigen schoolgids."""),
        H1("6. Toelaatbaarheid: vso, praktijkonderwijs en lwoo"),
        H2("6.1 Algemeen"),
        P("""Het samenwerkingsverband besluit over de toelaatbaarheid tot het vso en het praktijkonderwijs en
        over de aanwijzing voor lwoo. De aanvraagroute - wie aanvraagt, welke stukken nodig zijn en
        binnen welke termijn wordt besloten - staat in de Toewijzingswijzer op onze website."""),
        H2("6.2 Criteria voor het vso"),
        TABLE(["Criterium", "Toelichting"],
              [["1. Ondersteuningsbehoefte", "De leerling heeft op meerdere gebieden (leren, gedrag, sociaal-emotioneel, fysiek) een ondersteuningsbehoefte die structureel en langdurig is."],
               ["2. Grenzen van het regulier onderwijs", "De reguliere school heeft ten minste zes maanden extra ondersteuning geboden en dit is geëvalueerd in het OPP; de school kan ook met extra middelen niet bieden wat nodig is."],
               ["3. Specialistische setting", "De leerling heeft een kleine groep (maximaal 12 leerlingen), een voorspelbare omgeving en specialistisch personeel nodig."],
               ["4. Perspectief", "Het vso biedt een uitstroomperspectief dat in het regulier onderwijs niet haalbaar is."]]),
        P("""Een TLV vso wordt afgegeven als aan criterium 1, 3 en ten minste één van de criteria 2 en 4 is
        voldaan. Bij leerlingen met een ernstige verstandelijke beperking, een ernstige lichamelijke
        beperking of een langdurige ziekte kan van criterium 2 worden afgeweken."""),
        H2("6.3 Praktijkonderwijs"),
        P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en
        leerachterstanden van ten minste 50 procent op ten minste twee van de vier domeinen
        (inzichtelijk rekenen, begrijpend lezen, technisch lezen, spellen), waarvan één begrijpend lezen
        of inzichtelijk rekenen is."""),
        H2("6.4 Leerwegondersteunend onderwijs (eigen criteria)"),
        P("""Sinds 1 augustus 2022 hanteert de Zandrug eigen criteria voor lwoo. Een leerling krijgt een
        aanwijzing lwoo als er sprake is van een leerachterstand van ten minste anderhalf jaar op ten
        minste twee domeinen, of van een leerachterstand van ten minste één jaar op één domein in
        combinatie met faalangst, prestatiemotivatie- of concentratieproblemen die blijken uit een
        gestandaardiseerde vragenlijst. Een IQ-grens hanteren wij niet."""),
        H2("6.5 Geldigheid en bekostiging"),
        P("""Een aanwijzing lwoo geldt voor de hele vmbo-opleiding. Een TLV pro geldt voor de duur van het
        praktijkonderwijs. Een TLV vso geldt voor één tot drie schooljaren en vermeldt de
        bekostigingscategorie laag, midden of hoog."""),
        H1("7. Vso: en daarna?"),
        P("""In elk OPP van een vso-leerling staat een uitstroomperspectief: vervolgonderwijs, arbeid of
        dagbesteding. Voor sommige leerlingen is ook een overstap naar het regulier voortgezet onderwijs
        mogelijk. Dat gaat als volgt:"""),
        UL(["Elk jaar in januari bespreekt de commissie van begeleiding van de vso-school per leerling of terugkeer naar het regulier vo aan de orde is.",
            "Is dat zo, dan meldt de vso-school de leerling vóór 1 maart bij de trajectbegeleider van het samenwerkingsverband.",
            "De trajectbegeleider zoekt samen met de vso-school en de leerling een vo-school en organiseert een overdrachtsgesprek.",
            "De directeur van de ontvangende school beslist over de inschrijving; de overstap vindt bij voorkeur plaats per 1 augustus.",
            "Loopt de TLV af en is verder vso nodig, dan start de vso-school tijdig een nieuwe aanvraag."]),
        P("""In het schooljaar 2024-2025 stapten zes leerlingen vanuit het vso over naar een reguliere
        vo-school. Welke uitgangspunten en voorwaarden wij voor terug- en overplaatsing hanteren en welke
        begeleiding een leerling na de overstap krijgt, leggen wij vast in een beleidskader dat in
        2026-2027 samen met De Duinroos en Het Leyhuis wordt opgesteld."""),
        H1("8. Resultaten en kwaliteitszorg"),
        H2("8.1 Beoogde resultaten"),
        TABLE(["Doel", "Indicator", "Stand 2025", "Streefwaarde 2030"],
              [["Thuisnabij onderwijs", "Deelname vso op 1 oktober", "3,7%", "maximaal 3,5%"],
               ["Succesvol in het vmbo", "Leerlingen met lwoo met een vmbo-diploma", "89%", "91%"],
               ["Kansen na pro", "Pro-leerlingen met werk of vervolgopleiding na 1 jaar", "76%", "80%"],
               ["Diploma in het vso", "Vso-leerlingen in het uitstroomprofiel vervolgonderwijs met diploma", "58%", "65%"],
               ["Tevreden scholen", "Tevredenheid over de toewijzing", "7,4", "ten minste 7,5"]]),
        H2("8.2 Hoe volgen wij de resultaten?"),
        P("""Wij werken met een jaarlijkse kwaliteitscyclus. In het voorjaar verzamelt het bureau de
        gegevens uit DUO, de toewijzingsadministratie en de vso- en pro-scholen. In juni bespreken wij de
        cijfers met de besturen in een resultatendialoog. De raad van toezicht en de OPR ontvangen een
        rapportage, en in het jaarverslag (vóór 1 juli) leggen wij verantwoording af over de bereikte
        resultaten en de kosten. Elke twee jaar houden wij een tevredenheidsonderzoek onder scholen en
        ouders. Blijft een indicator twee jaar achter, dan maken wij een verbeterplan."""),
        H1("9. Financiën"),
        H2("9.1 Verdeelmodel"),
        P("""Het samenwerkingsverband hanteert een eenvoudig verdeelmodel. Het algemeen uitgangspunt is dat
        het geld de leerling volgt."""),
        TABLE(["Middelen", "Verdeling", "Peildatum"],
              [["Lichte ondersteuning", "Vast bedrag van € 182 per leerling aan het bestuur, plus € 40.000 per vestiging met minder dan 500 leerlingen", "1 oktober t-1"],
               ["Lwoo", "Bedrag per leerling met een aanwijzing lwoo aan het bestuur (landelijk bedrag, minus 3% voor de toewijzing)", "1 oktober t-1"],
               ["Praktijkonderwijs", "Bedrag per pro-leerling aan het bestuur van de pro-school", "1 oktober t-1"],
               ["Zware ondersteuning", "Afdracht vso via DUO; groeibekostiging vso na 1 oktober op basis van de peildatum 1 februari", "1 oktober / 1 februari"]]),
        P("""Besturen zetten de lichte ondersteuningsmiddelen in voor de ondersteuning op hun scholen. Zij
        verantwoorden de besteding jaarlijks vóór 1 mei met een vast format; het bureau maakt daarvan een
        overzicht voor de raad van toezicht en de OPR."""),
        H2("9.2 Meerjarenbegroting"),
        TABLE(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
              [["Baten lichte ondersteuning", "3.890", "3.900", "3.900", "3.890"],
               ["Baten zware ondersteuning", "7.420", "7.430", "7.440", "7.440"],
               ["Baten lwoo en pro", "8.960", "8.990", "9.010", "9.020"],
               ["Totaal baten", "20.270", "20.320", "20.350", "20.350"],
               ["Afdracht vso (DUO)", "-6.210", "-6.180", "-6.150", "-6.120"],
               ["Doorbetaling lichte ondersteuning besturen", "-3.270", "-3.280", "-3.290", "-3.290"],
               ["Doorbetaling lwoo en pro", "-8.690", "-8.720", "-8.740", "-8.750"],
               ["Groeibekostiging vso", "-420", "-420", "-420", "-420"],
               ["Trajectbegeleiding", "-310", "-310", "-310", "-310"],
               ["Toewijzing en deskundigen", "-280", "-280", "-280", "-280"],
               ["Bureau en bestuur", "-640", "-650", "-660", "-670"],
               ["Professionalisering", "-90", "-90", "-90", "-90"],
               ["Resultaat", "360", "390", "410", "420"]]),
        H2("9.3 Reserves en risico's"),
        P("""Het weerstandsvermogen bedroeg eind 2025 8,2 procent. Wij houden een buffer aan voor de
        grootste risico's: een onverwachte groei van het vso en een daling van de rijksbekostiging. Het
        positieve resultaat in de meerjarenbegroting is nodig omdat de vso-afdracht bij groei direct
        stijgt. Ligt de reserve boven de signaleringswaarde, dan keren wij het meerdere uit aan de
        besturen naar rato van het aantal leerlingen."""),
        H1("10. Ouders en leerlingen"),
        P("""Wij vinden het belangrijk dat ouders en leerlingen weten welke ondersteuning er is. Op onze
        website staat per onderwerp (lwoo, praktijkonderwijs, vso, extra ondersteuning op school) een
        uitleg voor ouders. Voor ouders van leerlingen in groep 8 organiseren wij elk jaar in november een
        voorlichtingsavond over de overstap naar het vo met extra ondersteuning, samen met het
        samenwerkingsverband PO. De brochure 'Naar het vo met een steuntje in de rug' wordt via de
        basisscholen aan alle ouders van groep 8 uitgereikt."""),
        P("""Ouders en leerlingen praten mee via de OPR. Leerlingen hebben hoorrecht bij het vaststellen van
        hun OPP."""),
        P("""Met de komst van de Wet versterking positie ouders en leerlingen moet ieder
        samenwerkingsverband een ouder- en jeugdsteunpunt hebben. Hoe dat steunpunt in de Zandrug wordt
        vormgegeven, is nog niet besloten; wij richten het uiterlijk in 2027 in."""),
    ]
    b += governance(11, c, extra=6)
    b += medezeggenschap(12, c)
    b += [H1("13. Totstandkoming en OOGO"),
          P(f"""Dit plan is in de periode september 2025 - maart 2026 geschreven door een werkgroep van
          zorgcoördinatoren en schoolleiders, begeleid door de directeur-bestuurder. Het concept is
          besproken in het bestuurdersoverleg, met de OPR en met de gemeenten {c['gemeenten']}. Het op
          overeenstemming gericht overleg (OOGO) met de gemeenten vond plaats op {c['oogo_datum']}; de
          gemeenten hebben ingestemd met het verslag. Het plan wordt vóór 1 mei 2026 naar de Inspectie
          gestuurd."""),
          P("""De werkgroep kwam acht keer bijeen. Daarnaast zijn twee open bijeenkomsten gehouden voor
          medewerkers van alle scholen, waar ruim zestig mensen op afkwamen. De opbrengst van die
          bijeenkomsten is verwerkt in de hoofdstukken over toelaatbaarheid en financiën. Leerlingen uit de
          leerlingenraden van drie scholen hebben gereageerd op een eerdere versie; zij vroegen vooral
          om duidelijke taal en minder afkortingen.""")]
    b += personeel(14, c)
    b += ict_privacy(15, c)
    b += planning(16, c, [
        ["2026-2027", "Beleidskader terug- en overplaatsing; voorbereiding ouder- en jeugdsteunpunt"],
        ["2027-2028", "Inrichting ouder- en jeugdsteunpunt; basisondersteuning na landelijke norm"],
        ["2028-2029", "Evaluatie eigen lwoo-criteria"],
        ["2029-2030", "Evaluatie plan en nieuw ondersteuningsplan"]])
    b += [
        H1("Bijlage Begrippen"),
        TABLE(["Begrip", "Uitleg"],
              [["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
               ["Dekkend netwerk", "Samenhangend geheel van voorzieningen zodat iedere leerling een plek heeft."],
               ["Lwoo", "Leerwegondersteunend onderwijs."],
               ["OPDC", "Orthopedagogisch-didactisch centrum (in de Zandrug niet aanwezig)."],
               ["Thuiszitter", "Leerplichtige jongere die niet naar school gaat."],
               ["Vso", "Voortgezet speciaal onderwijs."]]),
    ]
    return b


def label_zandrug(docs):
    crit = {c: True for c in CORE}
    for k in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "ouders.steunpunt"]:
        crit[k] = False
    adv = {
        "basisondersteuning": [],
        "plaatsing": ["duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": [],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Ch.5 'Ondersteuning op school' only waits for the landelijke norm and refers to the schools' schoolgidsen; definition only in the begrippenlijst (trap).",
        "plaatsing": "Ch.6: §6.2 vso criteria table, §6.3 pro and §6.4 own lwoo criteria, §6.5 validity/category; the procedure is only a reference to the 'Toewijzingswijzer' on the website (§6.1).",
        "terugstroom": "Ch.7 'Vso: en daarna?': step list (January evaluation, report before 1 March, trajectbegeleider, receiving director decides) plus a 2024-2025 figure; the policy (aims, conditions, support after return) is deferred to a beleidskader 2026-2027.",
        "financien": "Ch.9: §9.1 verdeelmodel table (EUR 182 per leerling, vaste voet, lwoo/pro per leerling, peildata) and verantwoording before 1 May; §9.2 meerjarenbegroting with amounts; §9.3 weerstandsvermogen.",
        "dekkend-aanbod": "No description of the support continuum or of gaps/thuiszitters; only a vision sentence ('dekkend netwerk') in ch.4, a purely procedural OOGO paragraph in ch.13 and begrippenlijst entries (traps).",
        "resultaten": "Ch.2 terugblik table and ch.8 'Resultaten en kwaliteitszorg': §8.1 goals with indicators and 2030 targets, §8.2 yearly cycle, resultatendialoog, jaarverslag.",
        "ouders": "Ch.10 'Ouders en leerlingen': website explanations, voorlichtingsavond, brochure (informatie); OPR + hoorrecht (betrokkenheid); the independent ouder- en jeugdsteunpunt is not yet decided ('uiterlijk in 2027'), no other independent help named.",
    }
    return make_label(docs, "vo", crit, adv, notes)


# ---------------------------------------------------------------------------
# Plan 5: PO Eemsterland (html web version)
# ---------------------------------------------------------------------------
EEMS = dict(
    naam="Samenwerkingsverband Passend Onderwijs Eemsterland PO", kort="SWV Eemsterland",
    besturen=9, scholen="47 basisscholen, één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs",
    statuten="15 mei 2019", model="raad-van-toezichtmodel", toezicht="raad van toezicht",
    plaats="Wirdhoven", fte="11,0", inspectie="februari 2025",
    opr=14, opr_ouders="ouders", opr_data="september 2025, november 2025 en januari 2026",
    opr_instemming_aanvraag="16 februari 2026", opr_instemming="30 maart 2026",
    ander_swv_sector="VO", ander_swv="het Samenwerkingsverband VO Eemsterland",
    ander_swv_datum="12 februari 2026",
    gemeenten="Eemsterland, Wirdhoven en Baflomerdijk", oogo_datum="24 februari 2026",
    agenda="'Opgroeien aan de Eems'", leernetwerk="expertisenetwerk gedrag",
    fg_deel="het samenwerkingsverband VO", systeem="Kindplan Eemsterland", periode="2026-2030",
)


def plan_eems():
    c = EEMS
    b = [
        TITLE(["Ondersteuningsplan 2026-2030 (webversie)",
               "Samenwerkingsverband Passend Onderwijs Eemsterland PO (PO 31-30)",
               "Dit is de webversie van ons ondersteuningsplan. De bijlagen vindt u onderaan de pagina 'Downloads'. "
               "De OPR heeft op 30 maart 2026 met het plan ingestemd."]),
        TOC(["1. Inleiding", "2. Over ons", "3. Visie en missie", "4. Terugblik: wat hebben we bereikt?",
             "5. Basisondersteuning", "6. Extra ondersteuning en dekkend aanbod", "7. Thuiszitters",
             "8. Toelaatbaarheid sbo en so", "9. Terug naar het reguliere onderwijs", "10. Financiën",
             "11. Kwaliteit en resultaten", "12. Ouders", "13. Organisatie en governance",
             "14. Medezeggenschap en overleg", "15. Samenwerking met gemeenten (OOGO)",
             "16. Personeel en professionalisering", "17. ICT, gegevens en privacy", "18. Planning 2026-2030",
             "Begrippenlijst"]),
        H1("1. Inleiding"),
        P("""Welkom bij de webversie van het ondersteuningsplan 2026-2030 van het Samenwerkingsverband
        Passend Onderwijs Eemsterland PO. Wij hebben ervoor gekozen het plan op onze website te publiceren
        in plaats van als boekwerk. Zo is het makkelijker te lezen, te doorzoeken en bij te werken. De
        tekst op deze pagina is de formele tekst van het plan zoals de OPR ermee heeft ingestemd. Een
        aantal onderwerpen is uitgewerkt in bijlagen; die staan als pdf op de pagina 'Downloads'."""),
        P("""Het plan is geschreven voor iedereen die betrokken is bij passend onderwijs in onze regio:
        leerkrachten, intern begeleiders, directeuren, bestuurders, gemeenten en partners in de
        jeugdhulp. Heeft u vragen over het plan, neem dan contact op met het bureau."""),
        H2("Bijlagen bij dit plan"),
        UL(["Bijlage 1 Begroting 2026 en meerjarenraming 2027-2029 (pdf)",
            "Bijlage 2 Standaarden basisondersteuning (volgt in het najaar van 2026)",
            "Bijlage 3 Toelaatbaarheid sbo en so (pdf)",
            "Bijlage 4 Jaarverslag 2025 (pdf)",
            "Bijlage 5 Verslag OOGO 24 februari 2026 (pdf)"]),
        H1("2. Over ons"),
        P(f"""{c['naam']} is een samenwerkingsverband van {c['besturen']} schoolbesturen in de gemeenten
        {c['gemeenten']}. Samen hebben zij {c['scholen']}. Op 1 oktober 2025 gingen 7.930 kinderen naar een
        basisschool in onze regio, 188 naar sbo De Meerpaal en 161 naar so De Kwelder of so Het Wad."""),
        P("""Het is een plattelandsregio met veel kleine scholen: 19 scholen hebben minder dan 100
        leerlingen. Dat maakt het organiseren van ondersteuning op elke school een uitdaging, en het
        vraagt om slimme samenwerking tussen scholen en besturen."""),
        P("""Het samenwerkingsverband bestaat sinds 2014. In 2019 zijn de statuten herzien en is het
        raad-van-toezichtmodel ingevoerd. Sinds 2022 werken wij met consulenten die vast aan scholen zijn
        gekoppeld: iedere school heeft één vast gezicht bij het samenwerkingsverband. Dat wordt door de
        scholen zeer gewaardeerd. Het bureau is gevestigd in Wirdhoven, in hetzelfde gebouw als de
        jeugdgezondheidszorg en het gebiedsteam van de gemeente."""),
        H1("3. Visie en missie"),
        P("""Alle kinderen in Eemsterland gaan naar school en leren daar wat zij kunnen leren. Wij geloven in
        onderwijs dichtbij huis, met ondersteuning die aansluit bij wat een kind nodig heeft. Scholen,
        gemeenten, jeugdhulp en ouders werken samen zodat geen kind tussen wal en schip valt."""),
        P("""Onze missie is het bieden van een netwerk van ondersteuning waarop iedere school kan
        terugvallen. Wij zijn dienstbaar aan de scholen, maar kritisch waar dat nodig is."""),
        P("""Wat betekent dit voor scholen? In de eerste plaats dat zij de ruimte krijgen om ondersteuning
        zelf in te richten, passend bij hun leerlingen en hun team. Het samenwerkingsverband stelt
        geen eisen aan de vorm, wel aan het niveau. In de tweede plaats dat scholen niet alleen staan:
        wie vastloopt, kan een beroep doen op de consulent, op collega-scholen en op de specialisten van
        het sbo en so. En in de derde plaats dat scholen elkaar aanspreken. Een school die een kind niet
        kan helpen, zoekt actief mee naar een school die dat wel kan. Dat vraagt vertrouwen, openheid en
        de bereidheid om van elkaar te leren. Die bereidheid is er in Eemsterland: in de bijeenkomsten
        over dit plan werd daar steeds opnieuw op gewezen."""),
        H1("4. Terugblik: wat hebben we bereikt?"),
        P("""In de vorige planperiode (2022-2026) hebben wij de ondersteuningsroute vereenvoudigd en de
        inzet van gedragsspecialisten uitgebreid. Wat dat heeft opgeleverd, laten de cijfers zien."""),
        TABLE(["Kengetal", "2021-2022", "2024-2025"],
              [["Deelname sbo (1 oktober)", "2,6%", "2,3%"],
               ["Deelname so (1 oktober)", "2,1%", "1,9%"],
               ["Thuiszitters langer dan 3 maanden", "14", "6"],
               ["Gemiddelde wachttijd bovenschoolse groep (weken)", "11", "5"],
               ["Terugplaatsingen vanuit sbo en so naar de basisschool", "7", "13"],
               ["Tevredenheid intern begeleiders over de consulenten (1-10)", "7,0", "7,8"]]),
        P("""Wij zijn tevreden over de daling van het aantal thuiszitters en de kortere wachttijden. De
        deelname aan het sbo daalde, maar minder dan de landelijke trend."""),
        H1("5. Basisondersteuning"),
        P("""Alle besturen in Eemsterland hebben afgesproken dat iedere school en iedere vestiging
        hetzelfde niveau van basisondersteuning biedt. Dat niveau is de gezamenlijke ondergrens: wat een
        school daaronder biedt, is niet voldoende. Dit geldt ook voor de kleinste scholen."""),
        P("""De standaarden die bij dit niveau horen, worden in 2026 herijkt aan de landelijke norm
        basisondersteuning. De herijkte standaarden voegen wij in het najaar van 2026 aan dit plan toe.
        Tot die tijd werken de scholen met hun eigen schoolondersteuningsprofiel."""),
        H1("6. Extra ondersteuning en dekkend aanbod"),
        P("""Als een kind meer nodig heeft dan de basisondersteuning, kan de school een beroep doen op het
        samenwerkingsverband. Wij bieden een samenhangend aanbod, van lichte begeleiding op de eigen
        school tot plaatsing in het speciaal onderwijs. Samen vormen deze voorzieningen het dekkend aanbod
        van Eemsterland."""),
        TABLE(["Voorziening", "Wat", "Voor wie", "Waar"],
              [["Consulent", "Advies aan de school en deelname aan het ondersteuningsteam", "Alle scholen", "Op de school"],
               ["Gedragsspecialist", "Begeleiding van leerkracht en kind in de klas, 10 tot 20 weken", "Kinderen met gedragsvragen", "Op de school"],
               ["Arrangement op maat", "Extra handen of expertise op de eigen school, tot een schooljaar", "Kinderen met een ondersteuningsvraag boven de basis", "Op de school"],
               ["Bovenschoolse groep De Dijk", "Kleine groep twee dagen per week, daarna terug naar de eigen groep", "Kinderen die tijdelijk niet in de groep kunnen functioneren", "Wirdhoven"],
               ["Taalgroep", "Intensief taalonderwijs voor nieuwkomers", "Kinderen korter dan een jaar in Nederland", "Eemsterland en Baflomerdijk"],
               ["Sbo De Meerpaal", "Speciaal basisonderwijs", "Kinderen met een TLV sbo", "Eemsterland"],
               ["So De Kwelder / Het Wad", "Speciaal onderwijs cluster 3 en 4", "Kinderen met een TLV so", "Wirdhoven"]]),
        P("""De consulent is het vaste aanspreekpunt. Hij of zij bespreekt met de school welke voorziening
        past en regelt de aanvraag. Voor kinderen die ook jeugdhulp nodig hebben, stemt de consulent af met
        het gebiedsteam van de gemeente, zodat er één plan is."""),
        P("""Voor kinderen die meer aankunnen dan het gewone lesprogramma biedt, hebben de besturen in
        2024 twee plusklassen ingericht, in Eemsterland en Wirdhoven. Kinderen uit groep 5 tot en met 8
        gaan daar een ochtend per week naartoe. Voor hoogbegaafde kinderen die op school vastlopen, zoekt
        de consulent met de school naar maatwerk, bijvoorbeeld een deeltijdplaatsing in de plusklas in
        combinatie met begeleiding op de eigen school. Voor kinderen met een ernstige meervoudige
        beperking werken wij samen met een dagcentrum in Baflomerdijk, zodat ook zij onderwijs kunnen
        volgen."""),
        H1("7. Thuiszitters"),
        P("""Wij willen dat geen enkel kind thuiszit. Toch gebeurt het. Daarom hebben wij met de drie
        gemeenten een vaste werkwijze afgesproken."""),
        UL(["Een school meldt een kind dat vier weken of langer (gedeeltelijk) niet naar school gaat direct bij de consulent en de leerplichtambtenaar.",
            "Binnen twee weken is er een overleg met school, consulent, leerplicht en zo nodig het gebiedsteam. Daar wordt één regisseur aangewezen.",
            "Elk kwartaal bespreekt het Thuiszittersoverleg Eemsterland alle kinderen die thuiszitten of een vrijstelling hebben.",
            "Als het niet lukt, escaleert de regisseur naar de directeur-bestuurder, die met de betrokken besturen een oplossing afdwingt. Het bestuur van de school van inschrijving blijft verantwoordelijk (zorgplicht)."]),
        P("""Eens per jaar analyseren wij welke kinderen geen passende plek vonden. In 2025 bleek dat er te
        weinig plaatsen zijn voor jonge kinderen met ernstige gedragsproblemen. Daarom opent in augustus
        2026 een tweede groep bij De Dijk."""),
        H1("8. Toelaatbaarheid sbo en so"),
        P("""Voor plaatsing op sbo De Meerpaal of op een school voor speciaal onderwijs is een
        toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure en de criteria
        voor het aanvragen en afgeven van een TLV zijn beschreven in bijlage 3 'Toelaatbaarheid sbo en
        so' (pdf, zie Downloads)."""),
        H1("9. Terug naar het reguliere onderwijs"),
        H2("Uitgangspunt"),
        P("""Een plaatsing in het sbo of so is in Eemsterland geen eindpunt. Wij vinden dat een kind terug
        moet kunnen naar een basisschool zodra dat verantwoord is, bij voorkeur in de eigen woonplaats.
        Voorwaarde is dat de basisschool met de basisondersteuning en een tijdelijk arrangement kan bieden
        wat het kind nodig heeft, en dat het kind in het sbo of so zodanig vooruit is gegaan dat het OPP een
        reguliere leerroute laat zien. Na de overstap krijgt de basisschool gedurende een jaar een
        terugkeerarrangement: de leerkracht van het sbo of so komt regelmatig meekijken en de consulent
        volgt het kind."""),
        H2("Werkwijze"),
        UL(["Twee keer per jaar (november en mei) evalueert de sbo- of so-school het OPP en beoordeelt of terugplaatsing mogelijk is.",
            "Ziet de school kansen, dan neemt zij contact op met de consulent. De consulent organiseert binnen vier weken een overleg met de sbo- of so-school en een mogelijke ontvangende basisschool.",
            "Er volgt een wenperiode van maximaal tien weken.",
            "De directeur van de ontvangende basisschool besluit, na advies van de consulent, over de inschrijving.",
            "In het laatste jaar van de TLV vindt altijd een gesprek plaats over terugplaatsing. Is terugplaatsing nog niet verantwoord, dan wordt de TLV verlengd volgens de procedure in bijlage 3."]),
        H1("10. Financiën"),
        P("""De begroting en het verdeelmodel van het samenwerkingsverband worden jaarlijks vastgesteld door
        de raad van toezicht. De begroting 2026 en de meerjarenraming staan als afzonderlijke documenten op
        de pagina 'Downloads'."""),
        H1("11. Kwaliteit en resultaten"),
        H2("Hoe volgen wij wat wij bereiken?"),
        P("""Wij verzamelen elk kwartaal de kengetallen uit hoofdstuk 4: deelname sbo en so, thuiszitters,
        wachttijden, terugplaatsingen en het aantal arrangementen. De bronnen zijn DUO, de registratie in
        Kindplan Eemsterland en de leerplichtadministratie. De cijfers staan op een dashboard dat
        besturen en de OPR kunnen inzien. Twee keer per jaar voert de directeur-bestuurder met ieder
        bestuur een kwaliteitsgesprek over de cijfers van zijn scholen. In het jaarverslag (juni)
        rapporteren wij over de resultaten van het afgelopen jaar en over de kosten per voorziening."""),
        H2("Doelen voor 2026-2030"),
        P("""Wij evalueren in het voorjaar van 2026 de vorige planperiode. Op basis daarvan stellen wij
        voor het schooljaar 2026-2027 nieuwe doelen vast."""),
        H1("12. Ouders"),
        P("""De paragraaf over ouders wordt herschreven zodra de Wet versterking positie ouders en leerlingen
        in werking is getreden. De nieuwe tekst volgt in de volgende versie van dit plan."""),
    ]
    b += governance(13, c, extra=9)
    b += medezeggenschap(14, c, compositie=False)
    b += oogo(15, c)
    b += personeel(16, c)
    b += ict_privacy(17, c)
    b += planning(18, c, [
        ["2026-2027", "Herijking standaarden basisondersteuning; nieuwe doelen; tweede groep De Dijk"],
        ["2027-2028", "Herschreven paragraaf ouders; evaluatie terugkeerarrangementen"],
        ["2028-2029", "Evaluatie verdeelmodel"],
        ["2029-2030", "Evaluatie plan en nieuw ondersteuningsplan"]])
    b += [
        H1("Begrippenlijst"),
        TABLE(["Begrip", "Betekenis"],
              [["Basisondersteuning", "Wat iedere school in Eemsterland ten minste biedt."],
               ["Commissie van Toelaatbaarheid", "Commissie die namens het samenwerkingsverband beslist over een TLV."],
               ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
               ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
               ["TLV", "Toelaatbaarheidsverklaring."],
               ["Verdeelmodel", "Afspraken over de verdeling van de middelen over de besturen."]]),
    ]
    return b


def label_eems(docs):
    crit = {c: True for c in CORE}
    for k in ["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "financien.verdeling", "financien.besteding", "resultaten.doelen",
              "ouders.informatie", "ouders.steunpunt"]:
        crit[k] = False
    adv = {
        "basisondersteuning": [],
        "plaatsing": [],
        "terugstroom": ["monitoring"],
        "financien": [],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": [],
    }
    notes = {
        "basisondersteuning": "Ch.5: the common ondergrens for every school/vestiging is stated, but the standards themselves are deferred ('voegen wij in het najaar van 2026 toe').",
        "plaatsing": "Ch.8 only refers to bijlage 3 'Toelaatbaarheid sbo en so' (pdf on the Downloads page, not part of the input); ch.9 refers to bijlage 3 for extension; CvT only in the begrippenlijst.",
        "terugstroom": "Ch.9 'Terug naar het reguliere onderwijs': policy (aim, conditions, terugkeerarrangement) and steps (evaluation Nov/May, consulent, wenperiode, receiving director decides); figures in ch.4.",
        "financien": "Ch.10 only says the budget and verdeelmodel are adopted yearly and published as separate documents on the Downloads page; verdeelmodel/meerjarenbegroting only in the begrippenlijst (traps).",
        "dekkend-aanbod": "Ch.6 table of voorzieningen from consulent to so; ch.7 thuiszitters procedure, yearly gap analysis and a second group at De Dijk; gebiedsteam/OOGO cooperation.",
        "resultaten": "Ch.11: quarterly kengetallen, dashboard, kwaliteitsgesprekken, jaarverslag (monitoring) and ch.4 achieved figures; new goals are deferred to after the spring 2026 evaluation.",
        "ouders": "Ch.12 'Ouders' is only a deferral; parents appear only in the vision sentence; 'Voor ouders' is only a website menu item and OJSP only in the begrippenlijst (traps).",
    }
    return make_label(docs, "po", crit, adv, notes)


# ---------------------------------------------------------------------------
# Near miss: a school's schoolondersteuningsprofiel (VO), not an SWV plan
# ---------------------------------------------------------------------------
def sop_dinkelborgh():
    return [
        TITLE(["Schoolondersteuningsprofiel 2025-2026",
               "Christelijk College De Dinkelborgh, locatie Dinkeloord (vmbo-havo-vwo)",
               "Aangesloten bij Samenwerkingsverband Voortgezet Onderwijs Dinkelvallei (VO 31-12)",
               "Vastgesteld door de schoolleiding op 1 oktober 2025, na advies van de medezeggenschapsraad"]),
        TOC(["1. Inleiding", "2. Onze school", "3. Basisondersteuning op De Dinkelborgh",
             "4. Extra ondersteuning", "5. Het ondersteuningsteam", "6. Aanmelding, toelating en zorgplicht",
             "7. Samenwerking met het samenwerkingsverband", "8. Ouders", "9. Grenzen aan onze ondersteuning",
             "10. Ambities en resultaten", "11. Contact"]),
        H1("1. Inleiding"),
        P("""In dit schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning De Dinkelborgh
        biedt aan leerlingen die dat nodig hebben. Elke school in Nederland stelt zo'n profiel op, ten
        minste eens in de vier jaar. Het SOP is bedoeld voor ouders, leerlingen, medewerkers en het
        samenwerkingsverband. De Dinkelborgh is aangesloten bij het Samenwerkingsverband Voortgezet
        Onderwijs Dinkelvallei. In het ondersteuningsplan van het samenwerkingsverband staat hoe de scholen
        in de regio samenwerken; dit SOP gaat alleen over onze school."""),
        P("""Vanaf het schooljaar 2026-2027 nemen wij deze informatie op in de schoolgids. Dit is daarom
        het laatste afzonderlijke SOP van onze school."""),
        H1("2. Onze school"),
        P("""De Dinkelborgh is een christelijke scholengemeenschap met 1.420 leerlingen verdeeld over vmbo
        basis en kader (met lwoo), vmbo-tl, havo en vwo. De school heeft 128 medewerkers. Ongeveer 14
        procent van onze leerlingen heeft een aanwijzing lwoo, 6 procent heeft een OPP. Wij werken in
        kleine teams per leerjaar, zodat leerlingen steeds dezelfde docenten zien."""),
        H1("3. Basisondersteuning op De Dinkelborgh"),
        P("""Het samenwerkingsverband heeft met alle scholen afgesproken wat de basisondersteuning is. Op De
        Dinkelborgh ziet dat er zo uit:"""),
        TABLE(["Onderdeel", "Wat wij bieden"],
              [["Mentoraat", "Elke klas heeft een mentor met één mentoruur per week en minimaal drie gesprekken per jaar met leerling en ouders."],
               ["Dyslexie en dyscalculie", "Vergroot lettertype, extra tijd, voorleessoftware, dyslexiecoach."],
               ["Faalangst en sociale vaardigheden", "Trainingen faalangstreductie en sociale vaardigheden in leerjaar 1 en 2."],
               ["Huiswerkbegeleiding", "Begeleid huiswerkmaken op maandag tot en met donderdag tot 16.00 uur."],
               ["Time-out", "Opvangruimte De Haven met een vaste begeleider."],
               ["Ondersteuningscoördinator", "Twee ondersteuningscoördinatoren die de ondersteuning coördineren."]]),
        H1("4. Extra ondersteuning"),
        P("""Voor leerlingen die meer nodig hebben, biedt De Dinkelborgh de trajectgroep: een kleine groep
        waar leerlingen een deel van de dag les krijgen en begeleiding bij plannen en gedrag. Daarnaast
        zetten wij een orthopedagoog in (twee dagen per week) en werken wij met een jeugdprofessional van
        de gemeente. De extra ondersteuning wordt bekostigd uit het schoolbudget dat wij van het
        samenwerkingsverband ontvangen. Als onze mogelijkheden niet toereikend zijn, kunnen wij een
        plaats aanvragen in OPDC De Kering van het samenwerkingsverband."""),
        H1("5. Het ondersteuningsteam"),
        P("""Het ondersteuningsteam (OT) van de school komt elke twee weken bijeen. Daarin zitten de
        ondersteuningscoördinatoren, de orthopedagoog, de jeugdprofessional, de leerplichtambtenaar en de
        jeugdarts. De mentor brengt een leerling in na overleg met ouders en leerling. Het OT stelt zo
        nodig een OPP op; leerlingen hebben hoorrecht bij het OPP."""),
        H1("6. Aanmelding, toelating en zorgplicht"),
        P("""Ouders melden hun kind ten minste tien weken voor de start van het schooljaar schriftelijk
        aan. Als ouders aangeven dat hun kind extra ondersteuning nodig heeft, onderzoekt de school of zij
        die kan bieden. De school beslist binnen zes weken; deze termijn kan eenmaal met vier weken worden
        verlengd. Kan De Dinkelborgh de ondersteuning niet bieden, dan zoekt de school in overleg met
        ouders een andere school die dat wel kan (zorgplicht)."""),
        H1("7. Samenwerking met het samenwerkingsverband"),
        P("""Voor een plaatsing in het voortgezet speciaal onderwijs vraagt de school een
        toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De procedure en de criteria staan in
        het ondersteuningsplan van het samenwerkingsverband. Ook de aanwijzing lwoo en de
        toelaatbaarheid tot het praktijkonderwijs lopen via het samenwerkingsverband. Leerlingen die
        vanuit het vso naar onze school terugkeren, begeleiden wij met een overgangsplan en een vaste
        coach."""),
        H1("8. Ouders"),
        P("""Ouders zijn onze partners. Informatie over de ondersteuning vindt u in dit SOP, in de schoolgids
        en op de website. Twee keer per jaar is er een ouderavond. Heeft u een klacht, dan kunt u terecht
        bij de klachtencoördinator van de school of bij de klachtencommissie van het bestuur. Voor
        onafhankelijk advies kunt u contact opnemen met het Ouder- en Jeugdsteunpunt Dinkelvallei of met
        de Onderwijsconsulenten."""),
        H1("9. Grenzen aan onze ondersteuning"),
        P("""De Dinkelborgh kan niet alles bieden. Onze grenzen liggen bij leerlingen die
        doorlopend één-op-éénbegeleiding nodig hebben, bij ernstige verpleegkundige zorg en bij gedrag
        dat de veiligheid van anderen structureel in gevaar brengt. Het gebouw is grotendeels toegankelijk
        voor rolstoelen; de praktijklokalen op de tweede verdieping zijn dat niet."""),
        H1("10. Ambities en resultaten"),
        P("""In 2025-2026 willen wij de trajectgroep uitbreiden naar leerjaar 3 en alle docenten scholen in
        het signaleren van executieve-functieproblemen. Wij meten de resultaten via de
        leerlingtevredenheidspeiling en het aantal leerlingen dat zonder vertraging overgaat. In 2024-2025
        ging 93 procent van de leerlingen met een OPP over naar het volgende leerjaar."""),
        H1("11. Contact"),
        P("""Voor vragen over dit SOP kunt u contact opnemen met de ondersteuningscoördinatoren via de
        administratie van de school. Het Samenwerkingsverband VO Dinkelvallei is bereikbaar via het
        bureau in Dinkeloord."""),
    ]


def label_sop(docs):
    return {
        "documents": docs,
        "sector": "vo",
        "looks_like_plan": False,
        "elements": {},
        "criteria": {},
        "notes": {
            "document": "Schoolondersteuningsprofiel of one VO school (De Dinkelborgh): it describes that school's basisondersteuning, extra support, OT, aanmelding/zorgplicht and parents, and refers to the SWV's ondersteuningsplan for TLV procedure and criteria; no verband-wide verdeling, begroting, OPR/OOGO or plan period. Not an ondersteuningsplan of a samenwerkingsverband.",
        },
    }


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    made = []

    # 1. PO Veenrand: docx
    blocks = plan_veenrand()
    write_docx(blocks, OUT / "po-veenrand-2026.docx",
               "Ondersteuningsplan 2026-2030 | SWV Passend Primair Onderwijs Veenrand")
    write_label("po-veenrand-2026", label_veenrand(["po-veenrand-2026.docx"]))
    made.append(("po-veenrand-2026", word_count(blocks)))

    # 2. VO Dinkelvallei: docx
    blocks = plan_dinkel()
    write_docx(blocks, OUT / "vo-dinkelvallei-2026.docx",
               "Ondersteuningsplan 2026-2030 | SWV VO Dinkelvallei")
    write_label("vo-dinkelvallei-2026", label_dinkel(["vo-dinkelvallei-2026.docx"]))
    made.append(("vo-dinkelvallei-2026", word_count(blocks)))

    # 3. PO Kroonmeer: docx rendered to pdf
    blocks = plan_kroon()
    write_docx(blocks, OUT / "po-kroonmeer-2026.docx",
               "Ondersteuningsplan 2026-2030 | SWV Passend Onderwijs Kroonmeer PO")
    docx_to_pdf(OUT / "po-kroonmeer-2026.docx")
    write_label("po-kroonmeer-2026", label_kroon(["po-kroonmeer-2026.docx", "po-kroonmeer-2026.pdf"]))
    made.append(("po-kroonmeer-2026", word_count(blocks)))

    # 4. VO Zandrug: docx rendered to pdf
    blocks = plan_zandrug()
    write_docx(blocks, OUT / "vo-zandrug-2026.docx",
               "Ondersteuningsplan 2026-2030 | SWV VO Hollandse Zandrug")
    docx_to_pdf(OUT / "vo-zandrug-2026.docx")
    write_label("vo-zandrug-2026", label_zandrug(["vo-zandrug-2026.docx", "vo-zandrug-2026.pdf"]))
    made.append(("vo-zandrug-2026", word_count(blocks)))

    # 5. PO Eemsterland: html web version
    blocks = plan_eems()
    write_html(blocks, OUT / "po-eemsterland-2026.html",
               "Samenwerkingsverband Passend Onderwijs Eemsterland PO",
               "Ondersteuningsplan 2026-2030 - SWV Eemsterland PO")
    write_label("po-eemsterland-2026", label_eems(["po-eemsterland-2026.html"]))
    made.append(("po-eemsterland-2026", word_count(blocks)))

    # 6. Near miss: school SOP (docx)
    blocks = sop_dinkelborgh()
    write_docx(blocks, OUT / "sop-dinkelborgh-2025.docx",
               "Schoolondersteuningsprofiel 2025-2026 | CC De Dinkelborgh")
    write_label("sop-dinkelborgh-2025", label_sop(["sop-dinkelborgh-2025.docx"]))
    made.append(("sop-dinkelborgh-2025", word_count(blocks)))

    for name, n in made:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
