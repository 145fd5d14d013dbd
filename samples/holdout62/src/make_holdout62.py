#!/usr/bin/env python3
"""Generate the holdout62 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

All organisations, names, numbers and addresses are fictional.
Deterministic, no network. Output paths are derived from this file's location.

Usage:  python3 src/make_holdout62.py
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Tiny document model: a list of blocks
#   ("title", text) ("sub", text) ("toc", [lines]) ("h1", text) ("h2", text)
#   ("h3", text) ("p", text) ("ul", [items]) ("ol", [items]) ("table", [[cells]])
#   ("pagebreak", None)
# ---------------------------------------------------------------------------


def T(text):
    return ("title", text)


def SUB(text):
    return ("sub", text)


def TOC(lines):
    return ("toc", lines)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def H3(text):
    return ("h3", text)


def P(text):
    return ("p", " ".join(text.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def OL(items):
    return ("ol", [" ".join(i.split()) for i in items])


def TBL(rows):
    return ("table", rows)


PB = ("pagebreak", None)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if val is None:
            continue
        if isinstance(val, str):
            n += len(val.split())
        else:
            for item in val:
                if isinstance(item, str):
                    n += len(item.split())
                else:
                    n += sum(len(c.split()) for c in item)
    return n


def _normalise_zip(path: Path):
    """Rewrite a .docx with fixed timestamps so the output is reproducible."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def render_docx(blocks, path: Path, header: str = "", footer: str = ""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "holdout62"
    cp.author = "holdout62"
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "toc":
            doc.add_paragraph("Inhoud").runs[0].bold = True
            for line in val:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def render_pdf(blocks, path: Path, header: str = "", footer: str = ""):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) is required to render PDFs")
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        src = tdp / (path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        profile = tdp / "lo-profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tdp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
        shutil.copyfile(tdp / (path.stem + ".pdf"), path)


def render_html(blocks, path: Path, header: str = "", footer: str = "", lang="nl"):
    e = html.escape
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">']
    title = next((v for k, v in blocks if k == "title"), "Document")
    out.append(f"<title>{e(title)}</title>\n</head>\n<body>")
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{e(x)}</li>" for x in val]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{e(x)}</li>" for x in val) + f"</{tag}>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out.append("</main>")
    if footer:
        out.append(f'<footer class="site-footer"><p>{e(footer)}</p></footer>')
    out.append("</body>\n</html>\n")
    path.write_text("\n".join(out), encoding="utf-8")


def write_label(name: str, data: dict):
    path = OUT / f"{name}.expected.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def label(documents, sector, criteria_false, advisory, notes, partial_via_advisory=()):
    """Build a label dict. criteria_false: core criteria NOT addressed.
    Element status follows the Part A rule; elements whose core criteria are all
    false are 'missing' unless listed in partial_via_advisory or in advisory."""
    crit = {c: (c not in criteria_false) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        vals = [v for k, v in crit.items() if k.split(".")[0] == el]
        if all(vals):
            elements[el] = "present"
        elif any(vals) or advisory.get(el) or el in partial_via_advisory:
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": elements,
        "criteria": crit,
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }

# ---------------------------------------------------------------------------
# Shared filler chapters (governance, personeel, ICT, privacy, planvorming).
# They use the vocabulary of the elements in passing only and must not
# address any criterion; each plan adds its own element content.
# ---------------------------------------------------------------------------


def filler_governance(c):
    return [
        H2("Rechtsvorm en bestuursmodel"),
        P(f"""{c['naam']} is een stichting. In de stichting werken {c['besturen']} schoolbesturen samen; samen
        zijn zij verantwoordelijk voor {c['scholen']}. De statuten zijn voor het laatst gewijzigd op
        {c['statuten']} en bevatten, zoals de wet vraagt, een regeling voor het beslechten van geschillen tussen
        de aangesloten besturen. Het bestuursmodel kent een scheiding tussen bestuur en intern toezicht: de
        directeur-bestuurder is belast met de dagelijkse leiding en het besturen van de stichting, de Raad van
        Toezicht houdt toezicht, en de Algemene Vergadering van schoolbesturen stelt de strategische koers vast."""),
        P("""Wij volgen de Code Goed Bestuur van de sectororganisatie. De directeur-bestuurder legt verantwoording
        af aan de Raad van Toezicht over de uitvoering van het beleid en over de rechtmatige en doelmatige inzet
        van middelen. De Raad van Toezicht vergadert vijf keer per jaar, kent een auditcommissie en een commissie
        onderwijs en kwaliteit en voert jaarlijks een zelfevaluatie uit. Het toezichtkader en het
        informatieprotocol zijn beschikbaar op verzoek bij het bestuursbureau."""),
        H2("Overlegstructuur"),
        P("""Naast de formele organen kent ons verband een aantal overleggen die de samenwerking dragen. Het
        directeurenoverleg komt zes keer per jaar bijeen per subregio en bespreekt de praktijk van alledag:
        wat loopt goed, waar lopen scholen vast, welke signalen moeten naar het bestuur. Het netwerk van intern
        begeleiders en ondersteuningscoördinatoren organiseert vier keer per jaar een kennisbijeenkomst met een
        inhoudelijk thema. Het beleidsoverleg met de gemeenten vindt plaats op ambtelijk niveau, ter
        voorbereiding op het bestuurlijk overleg met de wethouders."""),
        P("""Bij de evaluatie van de vorige periode is vastgesteld dat het aantal overleggen groot was en dat niet
        altijd duidelijk was welk overleg waarover besliste. In deze planperiode brengen wij de overlegstructuur
        terug tot de overleggen die hierboven zijn genoemd, en leggen wij per overleg vast wie er aan tafel
        zit, welk mandaat het overleg heeft en hoe het terugkoppelt."""),
    ]


def filler_opr(c, parents=True):
    if parents:
        comp = f"""De ondersteuningsplanraad (OPR) bestaat uit {c['opr']} leden: de helft is afgevaardigd uit de
        personeelsgeleding en de helft uit de {'ouder- of leerlinggeleding' if c['sector'] == 'vo' else 'oudergeleding'}
        van de medezeggenschapsraden van de aangesloten scholen."""
    else:
        comp = f"""De ondersteuningsplanraad (OPR) bestaat uit {c['opr']} leden, afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen volgens het reglement van de OPR."""
    return [
        H2("Medezeggenschap: de ondersteuningsplanraad"),
        P(comp + """ De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR
        vergadert zes keer per jaar met de directeur-bestuurder; daarnaast is er jaarlijks een gezamenlijke
        bijeenkomst met de Raad van Toezicht. De OPR ontvangt een vergoeding per vergadering en heeft een eigen
        scholingsbudget."""),
        P(f"""De OPR is vanaf het begin bij de totstandkoming van dit plan betrokken geweest: leden namen deel aan
        de werkgroepen en de OPR gaf in twee informele sessies reactie op de conceptteksten. Het definitieve
        concept is op {c['opr_datum']} ter instemming voorgelegd; de OPR heeft op {c['opr_instemming']} met
        het plan ingestemd, met een aantal aandachtspunten die in de jaarplannen terugkomen."""),
        H2("Medezeggenschap binnen het bestuursbureau"),
        P("""Het personeel van het samenwerkingsverband zelf heeft een eigen medezeggenschapsraad (MR) met drie
        leden. Deze MR adviseert en stemt in over de onderwerpen die het personeel van het bureau raken,
        zoals het formatieplan, de werktijdenregeling en het professionaliseringsbeleid."""),
    ]


def filler_oogo_procedural(c):
    return [
        H2("Op overeenstemming gericht overleg (OOGO)"),
        P(f"""Het concept van dit plan is besproken in het op overeenstemming gericht overleg met de colleges
        van burgemeester en wethouders van de gemeenten {c['gemeenten']}. Het OOGO vond plaats op
        {c['oogo_datum']}. Het overleg verliep volgens de procedure die het verband en de gemeenten in 2019
        hebben afgesproken, inclusief de daarin opgenomen geschillenregeling. Er is overeenstemming bereikt; het
        verslag is vastgesteld door beide partijen. Ook is het plan besproken met het
        {'samenwerkingsverband voortgezet onderwijs' if c['sector'] == 'po' else 'samenwerkingsverband primair onderwijs'}
        waarvan het gebied met het onze overlapt."""),
    ]


def filler_personeel(c):
    return [
        H2("Personeel en professionalisering"),
        P(f"""Het bestuursbureau van {c['kort']} telt op 1 januari 2026 {c['fte']} fte. Het team bestaat uit
        de directeur-bestuurder, een beleidsmedewerker kwaliteit, een controller (gedeeld met twee andere
        verbanden), een secretariaat en een groep inhoudelijk deskundigen: orthopedagogen,
        onderwijsspecialisten en consulenten. De meeste deskundigen zijn gedetacheerd vanuit de aangesloten
        besturen; daarmee blijft de kennis dicht bij de scholen."""),
        P("""Voor de komende jaren zien wij drie personele uitdagingen. De eerste is het lerarentekort, dat ook in
        onze regio voelbaar is en dat direct raakt aan de mogelijkheden van scholen om leerlingen met een
        ondersteuningsbehoefte goed te begeleiden. De tweede is de werkdruk bij intern begeleiders en
        ondersteuningscoördinatoren, die in de vorige periode veel administratieve taken op zich hebben
        genomen. De derde is het behoud van specialistische kennis nu een aantal ervaren collega's de
        pensioenleeftijd bereikt."""),
        P("""Wij investeren daarom in een gezamenlijk professionaliseringsaanbod: een leergang voor nieuwe intern
        begeleiders en coördinatoren, intervisiegroepen, en een jaarlijkse studiedag voor alle medewerkers van
        de aangesloten scholen. Het aanbod wordt samengesteld met de besturen en jaarlijks geëvalueerd op
        deelname en waardering. Scholingsbudgetten van de besturen zelf blijven bij de besturen."""),
    ]


def filler_ict_privacy(c):
    return [
        H2("Informatievoorziening, ICT en privacy"),
        P(f"""Voor de uitwisseling van dossiers maken scholen en het bestuursbureau gebruik van de beveiligde
        omgeving {c['systeem']}. Documenten worden niet per e-mail verstuurd. Medewerkers hebben alleen toegang
        tot de dossiers die zij voor hun taak nodig hebben; toegang wordt per kwartaal gecontroleerd."""),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, voor zover dat
        nodig is voor het toewijzen van ondersteuning en voor het beoordelen van de toelaatbaarheid. Gegevens die
        betrekking hebben op een besluit over toelaatbaarheid worden niet langer bewaard dan drie jaar na dat
        besluit. Het verband heeft een functionaris gegevensbescherming (gedeeld met andere verbanden), een
        verwerkingsregister en een privacyreglement dat in 2025 is geactualiseerd. Datalekken worden gemeld
        volgens het protocol datalekken."""),
        P("""In de komende periode vervangen wij het verouderde registratiesysteem voor arrangementen. De
        aanbesteding is in voorbereiding. Wij letten daarbij op gebruiksgemak voor scholen, op de mogelijkheid
        om gegevens anoniem te analyseren en op de eisen die de AVG stelt."""),
    ]


def filler_visie(c, extra=""):
    return [
        H2("Onze visie"),
        P(f"""Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht
        mogelijk bij huis en samen met leeftijdsgenoten. Dat vraagt om scholen die zich eigenaar voelen van álle
        leerlingen in hun wijk of dorp, om leraren die zich gesteund weten, en om een samenwerkingsverband dat
        verbindt in plaats van regelt. Ouders, leerlingen en scholen zijn daarin partners. {extra}"""),
        P("""Passend onderwijs is geen systeem maar een manier van samenwerken. Daarom kiezen wij in dit plan
        voor een beperkt aantal ambities die richting geven, in plaats van voor een uitputtende opsomming van
        regels. De ambities zijn tot stand gekomen in gesprek met directeuren, intern begeleiders, leraren,
        medewerkers van het speciaal onderwijs, gemeenten, jeugdhulp en de ondersteuningsplanraad."""),
        H2("Onze missie"),
        P(f"""{c['kort']} zorgt er samen met de aangesloten besturen voor dat in de regio een samenhangend
        geheel van ondersteuning bestaat, waardoor iedere leerling een ononderbroken ontwikkeling kan doormaken.
        Wij doen dat door te verbinden, te faciliteren, te leren en – waar het moet – door knopen door te hakken.
        Onze kernwaarden zijn vertrouwen, eigenaarschap, nabijheid en eenvoud."""),
    ]

# ---------------------------------------------------------------------------
# Plan 1 — PO, .docx — SWV PO Lingedelta, "Koersplan 2026-2030: Ieder kind telt mee"
# BO present, PL present, TS partial (procedure deferred), FI present (in
# "Geld en middelen"), DA present, RE partial (monitoring deferred), OU present
# (information only in chapter "Communicatie").
# ---------------------------------------------------------------------------

P1_CTX = dict(
    naam="Stichting Samenwerkingsverband Passend Primair Onderwijs Lingedelta", kort="Lingedelta",
    sector="po", besturen="negen", scholen="41 basisscholen, twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs",
    statuten="12 december 2024", opr="twaalf", opr_datum="3 februari 2026", opr_instemming="10 maart 2026",
    gemeenten="Lingewaal-Oost, Deltadorp en Waardhoven", oogo_datum="27 januari 2026", fte="14,6",
    systeem="Kindkompas",
)


def plan1():
    c = P1_CTX
    b = [
        T("Koersplan passend onderwijs 2026-2030: Ieder kind telt mee"),
        SUB("Ondersteuningsplan van Stichting Samenwerkingsverband Passend Primair Onderwijs Lingedelta (PO 25-11)"),
        SUB("Planperiode 1 augustus 2026 – 31 juli 2030 · vastgesteld door de Algemene Vergadering op 17 maart 2026"),
        TOC([
            "Voorwoord",
            "1. Waar we vandaan komen en waar we staan",
            "2. Visie en missie",
            "3. Ambitie 1 – Elk kind een passende plek, dichtbij huis",
            "   3.1 Het ondersteuningscontinuüm",
            "   3.2 Wanneer de basisschool niet genoeg is: toelaatbaarheid sbo en so",
            "   3.3 Zo kort als nodig, zo thuisnabij als mogelijk",
            "   3.4 Niemand tussen wal en schip",
            "4. Ambitie 2 – Een sterke basis op elke school",
            "5. Ambitie 3 – Samen met ouders",
            "6. Ambitie 4 – Geld volgt de ondersteuning",
            "7. Ambitie 5 – Leren van wat we doen: beoogde resultaten",
            "8. Kengetallen",
            "9. Organisatie en governance",
            "10. Communicatie",
            "11. Geld en middelen",
            "12. Jaarplanning 2026-2027",
            "Bijlage: Begrippenlijst (basisondersteuning, terugplaatsing, TLV, ouder- en jeugdsteunpunt, verdeelmodel)",
        ]),
        H1("Voorwoord"),
        P("""Voor u ligt het koersplan van Lingedelta voor de periode 2026-2030. Het is ons vierde
        ondersteuningsplan sinds de invoering van passend onderwijs, en het eerste dat wij niet langs de
        wettelijke onderdelen hebben opgebouwd maar langs vijf ambities. Dat is een bewuste keuze. In gesprekken
        met leraren, intern begeleiders, directeuren, ouders en gemeenten hoorden we steeds dezelfde wens:
        schrijf op waar we samen naartoe willen, en maak duidelijk wat dat betekent voor een kind en zijn
        ouders. De wettelijke onderwerpen komen allemaal aan bod, maar soms op een andere plek dan u gewend
        bent."""),
        P("""Wij danken iedereen die heeft meegedacht: de werkgroepen, de ondersteuningsplanraad, de
        beleidsmedewerkers van de gemeenten en de vele ouders die de enquête invulden of een
        klankbordavond bezochten. Een plan is pas waardevol als het gelezen en gebruikt wordt. Wij nodigen u
        uit om dat te doen, en om ons aan te spreken als wat hier staat in de praktijk anders uitpakt."""),
        P("""Marieke van Doorn, directeur-bestuurder"""),
        H1("1. Waar we vandaan komen en waar we staan"),
        P("""Lingedelta is in 2013 ontstaan uit drie voormalige weer samen naar school-verbanden. In de eerste
        jaren lag het accent op het inrichten van de organisatie en het afbouwen van de oude indicatiestelling.
        In de tweede en derde planperiode is veel energie gegaan naar het versterken van de scholen zelf: meer
        middelen gingen rechtstreeks naar de besturen en het aantal bovenschoolse regels nam af."""),
        P("""De terugblik op de vorige periode, opgesteld door een extern bureau in het voorjaar van 2025, was
        overwegend positief over de samenwerking tussen besturen, maar kritisch over de zichtbaarheid van het
        verband voor ouders en over de snelheid waarmee een kind dat vastloopt de juiste plek vindt. Die twee
        punten komen in dit plan nadrukkelijk terug. Tegelijk constateerde het bureau dat scholen het
        samenwerkingsverband zien als een betrouwbare partner, en dat het aantal bezwaren en klachten laag
        is gebleven."""),
        P("""De context verandert. Het aantal leerlingen in onze regio daalt, vooral in de kleine kernen aan de
        rivier. Tegelijk neemt de complexiteit van de vragen toe: meer kinderen met een combinatie van
        leer- en gedragsvragen, meer gezinnen met zorgen over bestaanszekerheid, meer nieuwkomers. Het
        lerarentekort raakt vooral de scholen in de kernen. En landelijk wordt gewerkt aan een norm voor
        basisondersteuning en aan een sterkere positie van ouders en leerlingen. Dit plan houdt daar rekening
        mee."""),
        H1("2. Visie en missie"),
    ]
    b += filler_visie(c, "Wij kiezen voor inclusie waar het kan en voor specialistische plekken waar het moet.")
    b += [
        H2("Vijf ambities"),
        P("""Onze koers voor 2026-2030 rust op vijf ambities. Iedere ambitie beschrijft wat wij willen bereiken,
        wat dat betekent voor kinderen, ouders en scholen en hoe wij het organiseren. De ambities hangen samen:
        een sterke basis op elke school (ambitie 2) is voorwaarde voor een passende plek dichtbij huis
        (ambitie 1); geld volgt de ondersteuning (ambitie 4) en we leren van wat we doen (ambitie 5)."""),
        UL(["Ambitie 1 – Elk kind een passende plek, dichtbij huis",
            "Ambitie 2 – Een sterke basis op elke school",
            "Ambitie 3 – Samen met ouders",
            "Ambitie 4 – Geld volgt de ondersteuning",
            "Ambitie 5 – Leren van wat we doen"]),
        H1("3. Ambitie 1 – Elk kind een passende plek, dichtbij huis"),
        P("""Een passende plek is voor ieder kind anders. Voor de meeste kinderen is dat de basisschool in de
        buurt, soms met een extra steuntje in de rug. Voor een kleiner aantal kinderen is dat een tijdelijke
        plek in een kleine groep, of een plaats op een school voor speciaal basisonderwijs of speciaal
        onderwijs. Wij willen dat ieder kind die plek snel vindt, dat de overgang tussen plekken soepel verloopt
        en dat een kind niet langer op een specialistische plek blijft dan nodig is."""),
        H2("3.1 Het ondersteuningscontinuüm"),
        P("""Het aanbod in Lingedelta is opgebouwd als een continuüm van vijf niveaus. Ieder niveau bouwt voort op
        het vorige; een kind gaat pas naar een volgend niveau als de mogelijkheden van het voorgaande niveau zijn
        benut of aantoonbaar niet passend zijn."""),
        TBL([
            ["Niveau", "Wat", "Waar", "Hoe toegankelijk"],
            ["1", "Basisondersteuning (zie ambitie 2)", "Alle 41 basisscholen", "Geen aanvraag nodig"],
            ["2", "Arrangementen in de eigen school: individueel of groepsarrangement, begeleiding door een onderwijsspecialist", "Eigen basisschool", "Aanvraag door school bij het Ondersteuningsloket; besluit binnen 15 werkdagen"],
            ["3", "Bovenschoolse voorzieningen: observatiegroep De Linge (max. 12 weken), plusklassen voor meer- en hoogbegaafde kinderen (4 locaties), taalklas voor nieuwkomers (2 locaties)", "Verspreid over de drie gemeenten", "Aanvraag via het Ondersteuningsloket; plaatsing door de coördinator voorzieningen"],
            ["4", "Speciaal basisonderwijs", "SBO De Brug (Deltadorp), SBO Het Palet (Waardhoven)", "Toelaatbaarheidsverklaring (zie 3.2)"],
            ["5", "Speciaal onderwijs cluster 3 en 4", "SO De Wissel, SO Kristal, SO Rivierzicht", "Toelaatbaarheidsverklaring (zie 3.2)"],
        ]),
        P("""Daarnaast hebben wij onderwijs-zorgarrangementen voor kinderen die naast onderwijs ook jeugdhulp
        nodig hebben. In twee basisscholen en op SO Rivierzicht werkt een jeugdhulpaanbieder op locatie, zodat
        behandeling onder schooltijd kan plaatsvinden zonder dat een kind de school verlaat. De financiering
        hiervan is afgesproken met de gemeenten in het OOGO (zie hoofdstuk 9)."""),
        H2("3.2 Wanneer de basisschool niet genoeg is: toelaatbaarheid sbo en so"),
        P("""Een leerling kan alleen worden ingeschreven op een sbo-school of een so-school van cluster 3 of 4 als
        het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag wordt
        ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven, of – bij een leerling
        die nog niet is ingeschreven – door het bevoegd gezag van de school van aanmelding."""),
        H3("De stappen"),
        OL([
            """Stap 1 – Multidisciplinair overleg. De school bespreekt de leerling in een MDO met de ouders, de
            intern begeleider, een onderwijsspecialist van Lingedelta en zo nodig de jeugdarts of het
            wijkteam. In het MDO wordt vastgesteld of een TLV-aanvraag aan de orde is.""",
            """Stap 2 – Dossier. De school stelt het aanvraagdossier samen in Kindkompas: het groeidocument of
            ontwikkelingsperspectiefplan, het verslag van het MDO, de evaluatie van ten minste één arrangement
            (niveau 2 of 3) en de zienswijze van de ouders. Ouders ontvangen het volledige dossier.""",
            """Stap 3 – Deskundigenadvies. Twee deskundigen beoordelen het dossier afzonderlijk en geven ieder
            een eigen schriftelijk advies. De eerste deskundige is altijd een orthopedagoog of psycholoog; de
            tweede is, afhankelijk van de vraag, een jeugdarts, maatschappelijk werker, kinderpsychiater of
            pedagoog. Een deskundige die bij de aanvraag betrokken was, adviseert niet.""",
            """Stap 4 – Besluit. De Commissie van Toelaatbaarheid (CvT) weegt de adviezen en adviseert de
            directeur-bestuurder, die namens het verband besluit. Het besluit volgt binnen zes weken na
            ontvangst van het volledige dossier; in spoedsituaties binnen tien werkdagen.""",
            """Stap 5 – Bekendmaking. Ouders en school ontvangen het besluit met de beide deskundigenadviezen.
            De TLV krijgt een volgnummer en wordt gemeld bij DUO.""",
        ]),
        H3("Criteria"),
        P("""De CvT toetst iedere aanvraag aan de volgende criteria. Alle onderdelen moeten aantoonbaar zijn
        in het dossier."""),
        TBL([
            ["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
            ["Voortraject", "De school heeft minimaal twee cycli handelingsgericht werken doorlopen en ten minste één arrangement van minstens zes maanden ingezet en geëvalueerd.", "Idem, tenzij de ernst van de beperking een voortraject zinloos maakt (bijv. ernstig meervoudige beperking)."],
            ["Ondersteuningsbehoefte", "De leerling heeft op minimaal twee van de domeinen leren, werkhouding en sociaal-emotionele ontwikkeling structureel meer nodig dan de basisschool met een arrangement kan bieden.", "De leerling heeft langdurig intensieve ondersteuning nodig vanwege een verstandelijke, lichamelijke of langdurig medische beperking (cluster 3) of ernstige gedrags- of psychiatrische problematiek (cluster 4)."],
            ["Context", "De leerling heeft het grootste deel van de dag een kleine groep en specifieke didactische expertise nodig.", "Onderwijs en zorg moeten geïntegreerd worden aangeboden; de leerling heeft een beschermde, zeer gestructureerde omgeving nodig."],
        ]),
        H3("Duur, categorie en bezwaar"),
        P("""Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor één tot drie
        schooljaren, afhankelijk van het advies van de deskundigen. Voor het so vermeldt de TLV de
        bekostigingscategorie (laag, midden of hoog). Ouders en school die het niet eens zijn met een besluit,
        kunnen binnen zes weken bezwaar maken bij Lingedelta. Wij vragen in dat geval advies aan de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslissen daarna op het bezwaar."""),
        H2("3.3 Zo kort als nodig, zo thuisnabij als mogelijk"),
        P("""Een plek in het speciaal (basis)onderwijs is voor ons geen eindstation. Ons uitgangspunt is dat een
        kind terugkeert naar een reguliere basisschool, bij voorkeur in de eigen wijk of het eigen dorp, zodra
        het daar met passende ondersteuning verder kan. Wij verwachten van de sbo- en so-scholen dat zij bij
        ieder kind het ontwikkelingsperspectief ook bekijken vanuit de vraag: wat is er nodig om terug te
        gaan? Terugkeer is aan de orde wanneer het kind zich in de kleine setting heeft ontwikkeld op de
        domeinen die tot de plaatsing leidden, wanneer een basisschool in de buurt met een arrangement kan
        bieden wat het kind nodig heeft, en wanneer ouders en kind daar vertrouwen in hebben."""),
        P("""Een kind dat terugkeert, gaat niet alleen. De ontvangende basisschool krijgt voor ten minste zes
        maanden een terugkeerarrangement: ambulante begeleiding door een leerkracht van de sbo- of so-school
        die het kind kent, één uur per week extra handen in de groep en een evaluatie na drie en na zes
        maanden. Het terugkeerarrangement wordt bekostigd uit het arrangementenbudget (zie ambitie 4)."""),
        P("""De werkwijze rond terugplaatsing zelf – wie het initiatief neemt, op welke momenten de vraag
        standaard op tafel komt, wie uiteindelijk besluit en hoe dit zich verhoudt tot het aflopen van de
        TLV – is in de vorige periode per school verschillend ingevuld. Samen met de directeuren van SBO De
        Brug, SBO Het Palet en de drie so-locaties leggen wij deze werkwijze in het schooljaar 2026-2027 vast;
        tot die tijd maken de scholen hun eigen afspraken. Zie de jaarplanning in hoofdstuk 12."""),
        H2("3.4 Niemand tussen wal en schip"),
        P("""Wij willen dat geen enkel kind in onze regio thuiszit. Toch gebeurt het. Op de teldatum van
        1 oktober 2025 waren er in Lingedelta negen kinderen die langer dan vier weken niet naar school gingen,
        en vijf kinderen met een vrijstelling van de leerplicht. Daarom hanteren wij de volgende afspraken."""),
        UL([
            """De school waar een kind is aangemeld, houdt de zorgplicht tot er een passende plek is gevonden.
            Loopt het zoeken vast, dan meldt de school het kind binnen tien werkdagen bij het Ondersteuningsloket
            en wijst Lingedelta een trajectbegeleider aan.""",
            """Iedere maand komt de thuiszitterstafel bijeen: leerplicht, jeugdarts, wijkteam, trajectbegeleider en
            een directeur van een sbo- of so-school. Ieder kind dat langer dan twee weken niet of gedeeltelijk
            naar school gaat, wordt besproken tot er een plan ligt.""",
            """Lukt het niet binnen zes weken, dan beslist de directeur-bestuurder, zo nodig met
            doorzettingsmacht die de besturen in 2024 hebben afgesproken.""",
            """Eén keer per jaar, in november, analyseren wij met de besturen en de gemeenten welke kinderen geen
            passende plek vonden en waarom. Uit de analyse van 2025 bleek dat er geen passend aanbod is voor
            jonge kinderen (4 tot 7 jaar) met ernstige gedragsproblemen. Per 1 augustus 2027 start daarom een
            kleine groep bij SO De Wissel, gefinancierd uit de bovenschoolse middelen.""",
        ]),
        H1("4. Ambitie 2 – Een sterke basis op elke school"),
        P("""Basisondersteuning is in Lingedelta de afgesproken ondergrens van ondersteuning die iedere vestiging
        van iedere aangesloten basisschool biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband
        nodig is. De besturen hebben deze ondergrens vastgesteld in de Standaard basisondersteuning Lingedelta
        (Algemene Vergadering, 19 november 2025). Een school mag meer bieden dan de standaard, nooit minder. Wat
        een ouder op elke school in Lingedelta mag verwachten, staat hieronder."""),
        OL([
            "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuningsstructuur van de school coördineert.",
            "Handelingsgericht werken: ieder kind wordt twee keer per jaar besproken in een groepsbespreking; bij zorgen volgt binnen vier weken een leerlingbespreking.",
            "Een dyslexie- en een dyscalculieprotocol, inclusief het signaleren en begeleiden tot en met het aanvragen van vergoed onderzoek.",
            "Aanbod voor meer- en hoogbegaafde kinderen binnen de eigen groep (compacten en verrijken).",
            "Een methode voor sociaal-emotionele ontwikkeling en een anti-pestprogramma; een aandachtsfunctionaris en een vertrouwenspersoon.",
            "Extra taalondersteuning voor kinderen met een taalachterstand of een andere thuistaal (NT2).",
            "Een protocol medisch handelen en de bereidheid om eenvoudige medische handelingen te verrichten.",
            "Het opstellen van een ontwikkelingsperspectief binnen zes weken zodra een kind structureel een eigen leerlijn volgt.",
            "Samenwerking met schoolmaatschappelijk werk en het wijkteam; iedere school heeft een vast contactpersoon.",
            "Een fysiek toegankelijk gebouw of een afgesproken alternatief binnen de gemeente.",
        ]),
        P("""Wat verder gaat dan deze tien punten, is extra ondersteuning (niveau 2 en hoger, zie 3.1). Iedere
        school beschrijft in haar schoolgids hoe zij de standaard invult. De onderwijsspecialisten van
        Lingedelta bezoeken iedere school eens in de twee jaar en bespreken met de directeur de kwaliteitskaart
        basisondersteuning. Voldoet een school op een onderdeel niet, dan maakt het bestuur binnen drie maanden
        een verbeterplan, waarvan de uitvoering bij het volgende bezoek wordt besproken."""),
        H1("5. Ambitie 3 – Samen met ouders"),
        P("""Ouders kennen hun kind het best. Wij willen dat ouders zich gehoord voelen, vanaf het eerste gesprek
        over zorgen tot en met een besluit over een TLV. Ouders zijn volwaardig gesprekspartner in het MDO en
        stemmen in met het handelingsdeel van het ontwikkelingsperspectief. Vanaf schooljaar 2026-2027 geven
        wij, vooruitlopend op de wet, ook kinderen vanaf groep 5 de gelegenheid hun mening te geven over hun
        ontwikkelingsperspectief."""),
        P("""Soms lopen gesprekken vast, of hebben ouders behoefte aan iemand die naast hen staat en niet bij de
        school of het verband in dienst is. Voor hen is er het Ouder- en Jeugdsteunpunt Lingedelta, dat sinds
        januari 2025 wordt uitgevoerd door de onafhankelijke Stichting Ouderkracht Rivierenland. Ouders en
        kinderen kunnen er terecht voor advies, voor een ervaringsdeskundige die meegaat naar een gesprek en
        voor hulp bij het formuleren van een zienswijze. Het steunpunt is bereikbaar via een eigen
        telefoonnummer (0345 – 200 145) en heeft een wekelijks inloopspreekuur in de bibliotheek van Deltadorp.
        Daarnaast wijzen wij ouders op de landelijke Onderwijsconsulenten en op de Geschillencommissie
        passend onderwijs voor geschillen over toelating, verwijdering en het ontwikkelingsperspectief. Het
        steunpunt bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met de
        directeur-bestuurder."""),
        P("""Hoe wij ouders informeren over het aanbod van ondersteuning, leest u in hoofdstuk 10,
        Communicatie."""),
        H1("6. Ambitie 4 – Geld volgt de ondersteuning"),
        P("""Wij willen dat het geld voor ondersteuning zo dicht mogelijk bij het kind terechtkomt, en dat
        besturen er zeker van kunnen zijn dat zij meerdere jaren kunnen rekenen op een voorspelbaar budget. De
        ondersteuningsmiddelen die Lingedelta van het Rijk ontvangt, worden na aftrek van de verplichte
        afdrachten aan het speciaal (basis)onderwijs volgens het verdeelmodel 2026 als volgt ingezet."""),
        TBL([
            ["Onderdeel", "Aandeel", "Verdeelsleutel", "Wie besluit"],
            ["Schoolbudget", "60%", "Per bestuur: een vaste voet van € 5.000 per vestiging plus € 142 per leerling op de teldatum 1 oktober van het voorgaande jaar", "Automatisch, jaarlijks vastgesteld bij de begroting"],
            ["Arrangementenbudget", "25%", "Op aanvraag, per arrangement; criteria: ondersteuningsbehoefte gaat de standaard basisondersteuning te boven en het arrangement is doelgericht en tijdelijk", "Ondersteuningsloket, binnen 15 werkdagen"],
            ["Bovenschoolse voorzieningen", "12%", "Begroting per voorziening op basis van het aantal plaatsen", "Directeur-bestuurder na advies directeurenoverleg"],
            ["Bureau en organisatie", "3%", "Formatieplan bestuursbureau", "Raad van Toezicht keurt goed"],
        ]),
        P("""Besturen verantwoorden jaarlijks vóór 1 juni in een bestedingsrapportage waaraan zij het schoolbudget
        hebben besteed, per bestedingscategorie en per school. Het meerjarig overzicht van inkomsten en uitgaven staat
        in hoofdstuk 11, Geld en middelen."""),
        H1("7. Ambitie 5 – Leren van wat we doen: beoogde resultaten"),
        P("""Wij willen aan het eind van deze planperiode kunnen laten zien wat passend onderwijs in Lingedelta
        heeft opgeleverd voor kinderen met een ondersteuningsbehoefte. Daarom hebben wij per ambitie
        vastgesteld welke resultaten wij in 2030 willen hebben bereikt."""),
        TBL([
            ["Ambitie", "Beoogd resultaat in 2030"],
            ["1 Passende plek", "Geen enkel kind is langer dan drie maanden thuiszitter; het aantal vrijstellingen 5a daalt van 5 naar ten hoogste 2."],
            ["1 Passende plek", "Ten minste 8 kinderen per jaar keren met een terugkeerarrangement terug van s(b)o naar een reguliere basisschool, van wie 80% na een jaar nog op die school zit."],
            ["2 Sterke basis", "Alle 41 scholen voldoen aan alle tien punten van de Standaard basisondersteuning."],
            ["3 Samen met ouders", "Ten minste 75% van de ouders van kinderen met een arrangement is tevreden over de samenwerking met school."],
            ["4 Geld volgt ondersteuning", "Ten minste 95% van de ondersteuningsmiddelen komt terecht bij scholen en voorzieningen."],
            ["5 Leren", "De doorlooptijd van een TLV-aanvraag is in 90% van de gevallen korter dan zes weken."],
        ]),
        P("""Met welke instrumenten, hoe vaak en door wie de voortgang op deze resultaten wordt gevolgd, en op
        welke manier wij daarover rapporteren, is bij het vaststellen van dit plan nog een open vraag. Het
        huidige registratiesysteem levert de benodigde gegevens niet betrouwbaar. De Raad van Toezicht heeft de
        directeur-bestuurder gevraagd om vóór de zomer van 2027 een voorstel te doen; dat voorstel wordt
        daarna ter instemming aan de OPR voorgelegd."""),
        H1("8. Kengetallen"),
        P("""De tabel hieronder geeft een beeld van de regio op de teldatum van 1 oktober 2025. De
        leerlingprognose is afkomstig uit de regionale prognose van de drie gemeenten (voorjaar 2025). De
        resultaten van de leerlingtelling worden jaarlijks door DUO gepubliceerd."""),
        TBL([
            ["Gemeente", "Basisscholen", "Leerlingen bao", "Prognose 2030"],
            ["Lingewaal-Oost", "15", "3.412", "3.180"],
            ["Deltadorp", "14", "3.905", "3.870"],
            ["Waardhoven", "12", "2.711", "2.455"],
            ["Totaal", "41", "10.028", "9.505"],
        ]),
        TBL([
            ["Speciale scholen", "Locaties", "Leerlingen 1-10-2025"],
            ["Speciaal basisonderwijs", "2", "236"],
            ["Speciaal onderwijs cluster 3", "1", "84"],
            ["Speciaal onderwijs cluster 4", "2", "97"],
        ]),
        P("""Het aantal besturen is sinds de vorige planperiode gedaald van elf naar negen door twee fusies. Vier
        besturen hebben ook scholen in een naburig samenwerkingsverband. De kleinste school telt 46 leerlingen,
        de grootste 612."""),
        H1("9. Organisatie en governance"),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedural(c)
    b += [
        P("""Inhoudelijk hebben de gemeenten en Lingedelta afgesproken dat het schoolmaatschappelijk werk op alle
        basisscholen blijft, dat de gemeenten de jeugdhulp in de onderwijs-zorgarrangementen financieren en dat
        leerplicht vast deelneemt aan de thuiszitterstafel. Afspraken over leerlingenvervoer en
        onderwijshuisvesting blijven een zaak van de gemeenten en de besturen."""),
    ]
    b += filler_personeel(c)
    b += filler_ict_privacy(c)
    b += [
        H1("10. Communicatie"),
        P("""Lingedelta wil zichtbaar zijn, vooral voor ouders. Uit de evaluatie bleek dat veel ouders het
        samenwerkingsverband pas leerden kennen op het moment dat er een TLV werd aangevraagd. Dat willen wij
        veranderen. Wij informeren ouders over de ondersteuningsmogelijkheden langs de volgende weg."""),
        UL([
            """De website lingedelta.nl heeft een ouderpagina met in gewone taal uitgelegd wat
            basisondersteuning is, welke arrangementen en voorzieningen er zijn en hoe je daar als ouder bij komt.
            De pagina wordt ieder jaar in augustus bijgewerkt.""",
            """De brochure Wegwijs in passend onderwijs krijgen alle ouders van nieuwe leerlingen bij de
            inschrijving. De brochure is beschikbaar in het Nederlands, Engels, Arabisch en Pools.""",
            """Iedere school neemt in de schoolgids op welke ondersteuning zij biedt en verwijst naar de
            ouderpagina.""",
            """Twee keer per jaar (oktober en maart) organiseren wij in iedere gemeente een informatieavond voor
            ouders over passend onderwijs, samen met het Ouder- en Jeugdsteunpunt.""",
            """Vier keer per jaar verschijnt een digitale nieuwsbrief voor ouders, scholen en partners.""",
        ]),
        P("""Voor scholen en partners is er daarnaast een professionals-pagina met formulieren, de routekaart naar
        het Ondersteuningsloket en de data van de netwerkbijeenkomsten. Persvragen lopen via de
        directeur-bestuurder."""),
        H1("11. Geld en middelen"),
        P("""De meerjarenbegroting hieronder is gebaseerd op de leerlingprognose uit hoofdstuk 8 en op de
        bekostigingsgegevens van DUO per 1 december 2025. Bedragen in duizenden euro's."""),
        TBL([
            ["", "2026", "2027", "2028", "2029", "2030"],
            ["Baten: ondersteuningsbekostiging Rijk", "9.870", "9.760", "9.655", "9.540", "9.430"],
            ["Af: afdracht so (DUO)", "-2.610", "-2.600", "-2.590", "-2.580", "-2.570"],
            ["Af: afdracht sbo boven 2%", "-410", "-400", "-390", "-385", "-380"],
            ["Beschikbaar", "6.850", "6.760", "6.675", "6.575", "6.480"],
            ["Schoolbudget besturen (60%)", "4.110", "4.056", "4.005", "3.945", "3.888"],
            ["Arrangementenbudget (25%)", "1.712", "1.690", "1.669", "1.644", "1.620"],
            ["Bovenschoolse voorzieningen (12%)", "822", "811", "801", "789", "778"],
            ["Bureau en organisatie (3%)", "206", "203", "200", "197", "194"],
            ["Inzet reserve: kleine groep 4-7 jaar", "0", "180", "240", "240", "240"],
            ["Resultaat", "0", "-180", "-240", "-240", "-240"],
        ]),
        P("""De algemene reserve bedroeg op 31 december 2025 € 2,1 miljoen. Het weerstandsvermogen ligt daarmee
        boven de signaleringswaarde. Wij bouwen de reserve in de planperiode af door de kleine groep voor jonge
        kinderen (ambitie 1) tot en met 2030 uit de reserve te bekostigen; daarna moet de voorziening uit de
        reguliere begroting worden betaald. De risicoparagraaf in de jaarbegroting benoemt als grootste risico
        een stijging van het aantal leerlingen in het so boven de prognose."""),
        H1("12. Jaarplanning 2026-2027"),
        TBL([
            ["Wanneer", "Wat", "Wie"],
            ["Augustus 2026", "Ouderpagina bijgewerkt; brochure Wegwijs herdrukt", "Bestuursbureau"],
            ["September 2026", "Start werkgroep werkwijze terugplaatsing met sbo- en so-directeuren", "Beleidsmedewerker kwaliteit"],
            ["Oktober 2026", "Informatieavonden ouders in drie gemeenten; teldatum 1 oktober", "Bestuursbureau, OJSP"],
            ["November 2026", "Jaarlijkse analyse kinderen zonder passende plek", "Directeur-bestuurder, gemeenten"],
            ["December 2026", "Vaststelling begroting 2027 en verdeling schoolbudgetten", "Algemene Vergadering"],
            ["Maart 2027", "Concept werkwijze terugplaatsing naar directeurenoverleg", "Werkgroep"],
            ["Mei 2027", "Voorstel monitoring voortgang ambities naar Raad van Toezicht", "Directeur-bestuurder"],
            ["Juni 2027", "Vaststelling jaarrekening 2026; bestedingsrapportages besturen binnen", "Raad van Toezicht, besturen"],
            ["Augustus 2027", "Start kleine groep 4-7 jaar bij SO De Wissel", "SO De Wissel"],
        ]),
        H1("Bijlage: Begrippenlijst"),
        UL([
            "Arrangement – een afgebakend pakket extra ondersteuning voor een leerling of groep, voor een bepaalde tijd.",
            "Basisondersteuning – de ondersteuning die alle scholen binnen het samenwerkingsverband bieden.",
            "CvT – Commissie van Toelaatbaarheid.",
            "MDO – multidisciplinair overleg.",
            "OJSP – ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.",
            "OOGO – op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
            "OPR – ondersteuningsplanraad.",
            "Terugplaatsing – de overstap van een leerling van het s(b)o naar het regulier basisonderwijs.",
            "TLV – toelaatbaarheidsverklaring voor het sbo of so.",
            "Verdeelmodel – de afspraken over de verdeling van de ondersteuningsmiddelen over besturen en voorzieningen.",
        ]),
    ]
    return b


def label1(docs):
    return label(
        docs, "po",
        criteria_false={"terugstroom.procedure", "resultaten.monitoring"},
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "terugstroom": [],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "Ch. 4 (Ambitie 2): Standaard basisondersteuning as agreed minimum for every vestiging + ten concrete points; borging via kwaliteitskaart/verbeterplan.",
            "plaatsing": "Inside Ambitie 1, §3.2: five steps, CvT/directeur-bestuurder, 6 weeks, criteria table sbo vs so, two separate deskundigen, duration/categorie, bezwaar via LBT.",
            "terugstroom": "§3.3 gives policy (aim thuisnabij, conditions, 6-month terugkeerarrangement) but the werkwijze (initiative, moments, decision) is explicitly deferred to 2026-2027; glossary/jaarplanning only.",
            "financien": "Verdeling table in Ambitie 4 (ch. 6: vaste voet + € 142 per leerling, criteria, who decides); meerjarenbegroting table with amounts in ch. 11 'Geld en middelen'; reserve/weerstandsvermogen.",
            "dekkend-aanbod": "§3.1 five-level continuum table with voorzieningen; §3.4 zorgplicht, thuiszitterstafel, yearly gap analysis with concrete new voorziening; OOGO agreements in ch. 9.",
            "resultaten": "Ch. 7 gives measurable beoogde resultaten for 2030, but how progress is measured/reported is explicitly an open question (proposal before summer 2027); ch. 8 Kengetallen is context only.",
            "ouders": "steunpunt in Ambitie 3 (ch. 5: OJSP by independent stichting, Onderwijsconsulenten, Geschillencommissie); informatie only in ch. 10 'Communicatie' (website, brochure in 4 languages, schoolgids, info evenings).",
        },
    )

# ---------------------------------------------------------------------------
# Plan 2 — VO, .docx — SWV VO Kempenvaart, "Samen verder 2026-2030"
# BO partial (niveau yes, inhoud only on website), PL present (vso, lwoo, pro),
# TS present (hidden inside the TLV theme), FI partial (verdeling yes,
# begroting referred to jaarplan), DA partial (continuum yes, gaps deferred),
# RE present, OU missing (only passing mentions, a deferral and the glossary).
# ---------------------------------------------------------------------------

P2_CTX = dict(
    naam="Stichting Samenwerkingsverband Voortgezet Onderwijs Kempenvaart", kort="Kempenvaart",
    sector="vo", besturen="zeven", scholen="veertien scholen voor voortgezet onderwijs met 23 vestigingen, waaronder twee scholen voor praktijkonderwijs en drie vso-scholen",
    statuten="1 juli 2025", opr="veertien", opr_datum="20 januari 2026", opr_instemming="24 februari 2026",
    gemeenten="Kempenhoven, Vaartwijk, Oost-Brabantsdorp en Heidelo", oogo_datum="5 februari 2026", fte="9,8",
    systeem="Leerlingdossier VO",
)


def plan2():
    c = P2_CTX
    b = [
        T("Ondersteuningsplan 2026-2030 'Samen verder'"),
        SUB("Samenwerkingsverband Voortgezet Onderwijs Kempenvaart · VO 30-08"),
        SUB("Planperiode 2026-2027 tot en met 2029-2030 · Versie ter vaststelling, maart 2026"),
        TOC([
            "Voorwoord",
            "1. Inleiding en leeswijzer",
            "2. Koers: visie, missie en vijf thema's",
            "3. Thema 1 – Elke leerling op de juiste plek",
            "   3.1 Toelaatbaarheid vso",
            "   3.2 Leerwegondersteunend onderwijs en praktijkonderwijs",
            "   3.3 Na de TLV",
            "4. Thema 2 – Een stevige basis",
            "5. Thema 3 – Verbonden in de regio",
            "6. Thema 4 – Slim investeren",
            "7. Thema 5 – Zicht op resultaten",
            "8. Kengetallen",
            "9. Organisatie, governance en medezeggenschap",
            "10. Personeel, ICT en privacy",
            "11. Jaarplanning",
            "12. Afkortingenlijst",
        ]),
        H1("Voorwoord"),
        P("""Samen verder. Die titel kozen we omdat dit plan voortbouwt op wat de afgelopen vier jaar is bereikt,
        en omdat we de komende jaren alleen verder komen als scholen, besturen, gemeenten en zorgpartners de
        handen ineen blijven slaan. Het voortgezet onderwijs in de Kempen staat voor grote opgaven: dalende
        leerlingaantallen in de kleinere kernen, een groeiende groep jongeren met psychische klachten, en een
        arbeidsmarkt die om goed opgeleide vakmensen vraagt. Tegelijk zien we elke dag wat er kan wanneer een
        mentor, een ondersteuningscoördinator en een jeugdprofessional samen om een leerling heen staan."""),
        P("""Dit plan is geschreven door een redactiegroep van schoolleiders, coördinatoren en medewerkers van het
        bureau, en besproken met de ondersteuningsplanraad, de gemeenten en het samenwerkingsverband primair
        onderwijs in onze regio. We bedanken iedereen voor de kritische en constructieve inbreng."""),
        P("""Jeroen Smulders, directeur-bestuurder"""),
        H1("1. Inleiding en leeswijzer"),
        P("""Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dit plan
        beschrijft de koers van Kempenvaart voor de schooljaren 2026-2027 tot en met 2029-2030. Het plan is
        opgebouwd rond vijf thema's. In ieder thema beschrijven we wat we willen bereiken en hoe we dat
        organiseren. Hoofdstuk 8 bevat kengetallen, hoofdstuk 11 de jaarplanning voor het eerste planjaar."""),
        P("""Het plan wordt jaarlijks uitgewerkt in een jaarplan met bijbehorende begroting. Het jaarplan wordt
        vastgesteld door het bestuur, na advies van het directeurenoverleg, en besproken met de
        ondersteuningsplanraad. Wijzigingen van dit plan zelf worden ter instemming aan de OPR voorgelegd."""),
        H1("2. Koers: visie, missie en vijf thema's"),
    ]
    b += filler_visie(c, "In het voortgezet onderwijs betekent dat ook: jongeren zelf een stem geven.")
    b += [
        H2("Vijf thema's"),
        UL(["Thema 1 – Elke leerling op de juiste plek",
            "Thema 2 – Een stevige basis",
            "Thema 3 – Verbonden in de regio",
            "Thema 4 – Slim investeren",
            "Thema 5 – Zicht op resultaten"]),
        P("""De thema's zijn niet los van elkaar te zien. Ze zijn de bril waardoor we de komende vier jaar naar
        ons werk kijken. In het jaarplan krijgt ieder thema een eigen paragraaf met activiteiten."""),
        H1("3. Thema 1 – Elke leerling op de juiste plek"),
        P("""De meeste leerlingen in de Kempen vinden hun weg op een reguliere school, soms met extra
        ondersteuning. Een kleiner deel heeft een plek in het voortgezet speciaal onderwijs, het
        praktijkonderwijs of een leerweg met leerwegondersteuning nodig. Voor die plekken is een besluit van
        het samenwerkingsverband nodig. In dit thema beschrijven we hoe dat besluit tot stand komt, en hoe een
        leerling weer terug kan naar het regulier voortgezet onderwijs."""),
        H2("3.1 Toelaatbaarheid vso"),
        P("""Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de
        school waar de leerling staat ingeschreven of is aangemeld. De aanvraag loopt via het Loket
        Kempenvaart."""),
        OL([
            """De school bespreekt de leerling in het ondersteuningsteam en stelt vast dat de mogelijkheden van
            de school, inclusief een arrangement, zijn benut of niet passend zijn.""",
            """De school dient via het Leerlingdossier VO een aanvraag in met het ontwikkelingsperspectiefplan,
            de evaluatie van de ingezette ondersteuning, het onderwijskundig rapport en relevante
            onderzoeksverslagen.""",
            """Het Loket controleert binnen vijf werkdagen of het dossier compleet is.""",
            """Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of
            psycholoog en, afhankelijk van de leerling, een tweede deskundige (jeugdarts, maatschappelijk
            werker of kinder- en jeugdpsychiater). Zij zijn niet betrokken geweest bij de aanvraag.""",
            """De Commissie van Toelaatbaarheid neemt binnen zes weken na de volledigheidscheck een besluit namens
            het bestuur.""",
        ]),
        P("""Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (1) de
        leerling heeft een ondersteuningsbehoefte die structureel groter is dan het regulier voortgezet
        onderwijs – ook met een arrangement of een tijdelijke plaatsing in het OPDC – kan bieden; (2) de
        ondersteuningsbehoefte vraagt om een combinatie van kleine groepen, specialistische begeleiding en,
        waar nodig, zorg of behandeling gedurende de hele schooldag; (3) de ontwikkeling van de leerling is in
        het regulier onderwijs over een periode van ten minste zes maanden aantoonbaar gestagneerd, ondanks
        ingezette en geëvalueerde ondersteuning. Bij leerlingen met een ernstige verstandelijke of lichamelijke
        beperking geldt voorwaarde 3 niet."""),
        P("""De TLV wordt in de regel afgegeven voor twee schooljaren; bij een duidelijk blijvende
        ondersteuningsbehoefte tot het einde van de schoolloopbaan. De commissie bepaalt de
        bekostigingscategorie (laag, midden of hoog) op basis van de deskundigenadviezen."""),
        H2("3.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Kempenvaart hanteert voor lwoo en praktijkonderwijs de landelijke criteria. Voor lwoo betekent dit
        een combinatie van een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen (waarvan één
        begrijpend lezen of inzichtelijk rekenen) en een IQ tussen 75 en 90, of, bij een IQ tussen 91 en 120,
        een leerachterstand in combinatie met sociaal-emotionele problematiek die de schoolloopbaan belemmert.
        Voor praktijkonderwijs geldt een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op
        ten minste twee domeinen."""),
        P("""De vo-school waar de leerling is aangemeld, dient de aanvraag in vóór 1 februari van het jaar waarin
        de leerling naar het voortgezet onderwijs gaat, met het onderwijskundig rapport van de basisschool en de
        gegevens van het intelligentie- en didactisch onderzoek. Het Loket beoordeelt de aanvraag binnen vier
        weken. Een aanwijzing voor lwoo geldt voor de duur van de opleiding; een TLV voor het praktijkonderwijs
        voor de gehele schoolloopbaan. Aanvragen voor zij-instromers volgen dezelfde route, met een beslistermijn
        van vier weken vanaf ontvangst."""),
        H2("3.3 Na de TLV"),
        P("""Een TLV is in Kempenvaart geen eindpunt. Ons beleid is dat een leerling in het vso regelmatig de vraag
        krijgt of een terugkeer naar het regulier voortgezet onderwijs – of een overstap naar een andere
        passende plek – mogelijk is. Wij streven ernaar dat leerlingen die dat kunnen, uiterlijk na het tweede
        leerjaar van het vso de overstap maken, zodat zij hun diploma in het regulier onderwijs halen. Een
        overstap is aan de orde als de leerling de doelen uit het ontwikkelingsperspectief grotendeels heeft
        bereikt, als de ondersteuningsbehoefte met een arrangement in een reguliere school kan worden
        opgevangen en als er een school is die de leerling wil ontvangen."""),
        P("""De werkwijze is als volgt. In het laatste jaar van de TLV voert de vso-school uiterlijk op
        1 februari een evaluatiegesprek met de leerling over het ontwikkelingsperspectief. Op basis daarvan
        adviseert de vso-school aan het Loket: verlenging (nieuwe TLV-aanvraag volgens 3.1) of overstap. Bij een
        overstap zoekt de consulent van Kempenvaart samen met de vso-school een ontvangende school; de
        overdracht vindt plaats in een driegesprek met de leerling, de mentor van de vso-school en de
        ondersteuningscoördinator van de ontvangende school. De ontvangende school krijgt een
        overstaparrangement voor een halfjaar: begeleiding door een ambulant begeleider van de vso-school
        (twee uur per week) en een budget voor extra mentoruren. Na tien weken en na zes maanden vindt een
        evaluatie plaats; de consulent bewaakt deze momenten. Loopt de TLV af zonder verlenging, dan eindigt
        de inschrijving in het vso op 31 juli."""),
        H1("4. Thema 2 – Een stevige basis"),
        P("""Basisondersteuning is in Kempenvaart het afgesproken minimumniveau van ondersteuning dat iedere
        vestiging van iedere aangesloten school biedt, ongeacht schoolsoort of leerweg. De besturen hebben dat
        niveau vastgesteld in de Algemene Vergadering van 14 november 2025 onder de naam Standaard
        Basisondersteuning Kempenvaart 2026. Het gaat, in de woorden van het landelijke referentiekader, om
        preventieve en licht curatieve interventies, een goede onderwijsondersteuningsstructuur, planmatig
        werken en de basiskwaliteit zoals de inspectie die beoordeelt."""),
        P("""Wat daar per vestiging concreet onder valt – de voorzieningen, de interventies en de deskundigheid –
        is uitgewerkt in de Kaart Basisondersteuning VO Kempenvaart. Die kaart staat op kempenvaart.nl onder
        Documenten en wordt ieder jaar in juni geactualiseerd, zodat ze aansluit bij de schoolgidsen van het
        nieuwe schooljaar."""),
        P("""Om te weten of de afspraken ook worden nagekomen, voert Kempenvaart eens in de twee jaar per
        vestiging een audit uit met een collega-coördinator van een andere school. De uitkomsten worden
        besproken met de schoolleider; op onderdelen die niet op orde zijn, maakt de school een plan van aanpak
        met een termijn van ten hoogste een schooljaar."""),
        H1("5. Thema 3 – Verbonden in de regio"),
        P("""Een samenhangend geheel van ondersteuning ontstaat niet vanzelf. Het vraagt om afspraken tussen
        scholen onderling, tussen scholen en vso, en tussen onderwijs en jeugdhulp. In Kempenvaart onderscheiden
        we vier niveaus van ondersteuning."""),
        TBL([
            ["Niveau", "Omschrijving", "Voorbeelden"],
            ["1 Basis", "Wat elke vestiging biedt (thema 2)", "Mentoraat, ondersteuningscoördinator, dyslexiebeleid"],
            ["2 Extra in de school", "Arrangement op aanvraag bij het Loket", "Trajectgroep, ambulante begeleiding, coaching executieve functies"],
            ["3 Bovenschools", "Tijdelijke plekken buiten de eigen school", "OPDC De Overstap (max. één schooljaar), Rebound Kempen (12 weken), ISK De Brug voor nieuwkomers"],
            ["4 Gespecialiseerd", "Praktijkonderwijs en vso", "Twee pro-scholen; vso De Horizon (cluster 4), vso Het Baken (cluster 4), vso De Linde (cluster 3)"],
        ]),
        P("""Samen met de gemeenten hebben we in het OOGO afgesproken dat op alle vestigingen een
        jeugdprofessional van het lokale team één dagdeel per week aanwezig is, en dat we voor leerlingen die
        naast onderwijs zorg nodig hebben onderwijs-zorgarrangementen inrichten bij De Horizon en bij het OPDC.
        De gemeenten betalen de zorgcomponent, Kempenvaart de onderwijscomponent."""),
        P("""Of dit aanbod voldoende dekkend is, weten we eerlijk gezegd niet precies. Signalen van scholen wijzen
        op wachttijden bij het OPDC en op jongeren die tussen vso en regulier onderwijs in lijken te vallen. Het
        aantal thuiszitters in de regio is al jaren een zorg. In het schooljaar 2027-2028 laten we een
        onafhankelijke analyse uitvoeren; de aanpak die daaruit volgt, nemen we op in het jaarplan 2028."""),
        H1("6. Thema 4 – Slim investeren"),
        P("""Kempenvaart ontvangt van het Rijk middelen voor lichte en zware ondersteuning, en middelen voor lwoo
        en praktijkonderwijs. Na aftrek van de verplichte afdrachten aan het vso via DUO verdelen we de middelen
        volgens de volgende afspraken, vastgelegd in het Verdeelmodel Kempenvaart 2026."""),
        UL([
            """Lwoo- en pro-middelen gaan volledig naar de scholen met lwoo respectievelijk praktijkonderwijs,
            naar rato van het aantal aangewezen leerlingen op de teldatum 1 oktober.""",
            """Van de middelen lichte ondersteuning gaat 70% als schoolbudget naar de besturen, verdeeld naar
            rato van het aantal leerlingen op 1 oktober; 30% blijft centraal voor arrangementen op niveau 2.""",
            """Arrangementen worden toegekend door het Loket op basis van drie criteria: de ondersteuningsbehoefte
            gaat de Standaard Basisondersteuning te boven, het arrangement heeft doelen die binnen een jaar
            haalbaar zijn, en de school heeft de eigen mogelijkheden benut.""",
            """Middelen zware ondersteuning die niet aan vso-afdrachten opgaan, bekostigen de bovenschoolse
            voorzieningen OPDC, Rebound en ISK; de verdeling daarover volgt het aantal plaatsen per voorziening.""",
        ]),
        P("""Besturen leggen jaarlijks vóór 1 mei verantwoording af over de inzet van het schoolbudget via een
        vast format, dat wordt besproken in het directeurenoverleg. De reserves van Kempenvaart liggen onder de
        signaleringswaarde van de inspectie; het weerstandsvermogen bedroeg eind 2025 9%."""),
        P("""Wat deze verdeling in euro's betekent en hoe de middelen over de jaren 2026 tot en met 2030 worden
        ingezet, werken we elk jaar uit in de begroting en meerjarenraming die bij het jaarplan horen. Die
        documenten worden in december vastgesteld en maken geen deel uit van dit ondersteuningsplan."""),
        H1("7. Thema 5 – Zicht op resultaten"),
        P("""We willen weten of wat we doen ook werkt voor leerlingen die extra ondersteuning nodig hebben. In de
        vorige planperiode hadden we veel activiteiten, maar weinig doelen die je kon meten. Daarom hebben we nu
        per thema één of twee beoogde resultaten geformuleerd, met een nulmeting en een streefwaarde."""),
        TBL([
            ["Thema", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["1", "Percentage vso-leerlingen dat binnen twee jaar overstapt naar regulier vo", "6%", "10%"],
            ["1", "Doorlooptijd TLV-aanvraag binnen zes weken", "78%", "95%"],
            ["2", "Vestigingen die bij de audit volledig aan de Standaard voldoen", "n.v.t. (nieuw)", "100%"],
            ["3", "Leerlingen die na het OPDC terugkeren naar een reguliere school", "71%", "80%"],
            ["4", "Arrangementen met een geëvalueerd doel", "54%", "90%"],
            ["5", "Scholen die tevreden zijn over de ondersteuning vanuit Kempenvaart", "7,1", "7,8"],
        ]),
        P("""Het bureau houdt een ondersteuningsmonitor bij die per kwartaal de indicatoren uit de tabel en de
        kengetallen uit hoofdstuk 8 laat zien. De monitor wordt besproken in het directeurenoverleg en elk
        halfjaar in de Raad van Toezicht. In maart van ieder jaar evalueren we de resultaten in een
        werkconferentie met schoolleiders, coördinatoren en de OPR; de uitkomsten leiden tot bijstelling van het
        jaarplan. Over de bereikte resultaten rapporteren we in het jaarverslag. Halverwege de planperiode, in
        het voorjaar van 2028, laten we een tussentijdse evaluatie uitvoeren door een externe partij."""),
        H1("8. Kengetallen"),
        TBL([
            ["Kengetal (peildatum 1 oktober)", "2022", "2023", "2024", "2025"],
            ["Leerlingen regulier vo", "17.240", "17.105", "16.930", "16.812"],
            ["Deelnamepercentage vso", "3,4%", "3,5%", "3,5%", "3,6%"],
            ["Deelnamepercentage pro", "2,9%", "2,8%", "2,8%", "2,7%"],
            ["Leerlingen met lwoo", "1.688", "1.702", "1.675", "1.660"],
            ["Afgegeven TLV's vso", "212", "224", "219", "231"],
            ["Overstap vso naar regulier vo", "9", "11", "8", "12"],
            ["Thuiszitters (langer dan 4 weken)", "27", "24", "30", "31"],
        ]),
        P("""Het deelnamepercentage vso ligt iets boven het landelijk gemiddelde. Het aantal thuiszitters is de
        afgelopen vier jaar niet gedaald. De cijfers zijn afkomstig uit DUO-gegevens en de eigen registratie van
        het Loket."""),
        H1("9. Organisatie, governance en medezeggenschap"),
    ]
    b += filler_governance(c)
    b += filler_opr(c, parents=False)
    b += filler_oogo_procedural(c)
    b += [
        H1("10. Personeel, ICT en privacy"),
    ]
    b += filler_personeel(c)
    b += filler_ict_privacy(c)
    b += [
        H2("Een plek voor ouders"),
        P("""De wijze waarop wij ouders informeren over de ondersteuningsmogelijkheden, en waar zij terecht kunnen
        voor onafhankelijk advies, werken wij uit zodra de wet versterking positie ouders en leerlingen in
        passend onderwijs in werking is getreden en de regeling voor het ouder- en jeugdsteunpunt bekend is. Tot
        die tijd kiezen we ervoor geen nieuwe structuren op te tuigen."""),
        H1("11. Jaarplanning 2026-2027"),
        TBL([
            ["Periode", "Activiteit"],
            ["Augustus–september 2026", "Actualisatie Kaart Basisondersteuning; start audits eerste tranche vestigingen"],
            ["Oktober 2026", "Teldatum; eerste kwartaalrapportage ondersteuningsmonitor"],
            ["November 2026", "Aanmeldperiode lwoo/pro voor groep 8-leerlingen informeren bij basisscholen"],
            ["December 2026", "Vaststelling jaarplan en begroting 2027"],
            ["1 februari 2027", "Uiterste datum aanvragen lwoo en pro; evaluatiegesprekken laatste TLV-jaar vso"],
            ["Maart 2027", "Werkconferentie resultaten met schoolleiders, coördinatoren en OPR"],
            ["Mei 2027", "Verantwoording schoolbudgetten door besturen"],
            ["Juni 2027", "Jaarverslag 2026; actualisatie Kaart Basisondersteuning"],
        ]),
        H1("12. Afkortingenlijst"),
        TBL([
            ["Afkorting", "Betekenis"],
            ["ISK", "Internationale schakelklas"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["Pro", "Praktijkonderwijs"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Vso", "Voortgezet speciaal onderwijs"],
            ["O&O", "Ouders & Onderwijs, landelijk informatiepunt voor ouders"],
        ]),
    ]
    return b


def label2(docs):
    return label(
        docs, "vo",
        criteria_false={"basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.lacunes",
                        "ouders.informatie", "ouders.steunpunt"},
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie"],
            "terugstroom": ["monitoring"],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": [],
        },
        notes={
            "basisondersteuning": "Ch. 4 sets the agreed minimum for every vestiging (niveau) but its content is only the generic referentiekader wording plus a reference to the 'Kaart Basisondersteuning' on the website; audits = borging.",
            "plaatsing": "§3.1 vso procedure (Loket, dossier, two deskundigen, CvT, 6 weeks) + three criteria; §3.2 lwoo/pro national criteria, procedure and terms; duration/categorie given; no bezwaar.",
            "terugstroom": "Hidden in Thema 1 §3.3 'Na de TLV': policy (aim, conditions) and procedure (evaluation by 1 Feb of last TLV year, advice to Loket, driegesprek, overstaparrangement, evaluations); figures in Kengetallen.",
            "financien": "Ch. 6 'Slim investeren' gives verdeelmodel (70/30, per-leerling, arrangement criteria, lwoo/pro pass-through); amounts and meerjarenraming explicitly left to jaarplan/begroting outside the plan.",
            "dekkend-aanbod": "Continuum table (4 levels, OPDC, Rebound, ISK, vso) in ch. 5; whether the offer is dekkend and the thuiszitters approach are deferred to a 2027-2028 analysis; thuiszitter count in Kengetallen is only a figure.",
            "resultaten": "Ch. 7 indicators with nulmeting and streefwaarde; quarterly monitor, RvT, yearly werkconferentie, jaarverslag, mid-term evaluation.",
            "ouders": "Nothing addressed: ouders only in visie prose; OPR described without parent composition; 'Een plek voor ouders' defers information and independent advice until the law is in force; OJSP and O&O only in the abbreviation list.",
        },
    )

# ---------------------------------------------------------------------------
# Plan 3 — PO, .pdf — SWV PO Duinrand, "Ruimte voor ieder kind 2026-2030"
# BO missing (deliberately not defined, awaiting landelijke norm; glossary only),
# PL partial (procedure yes, criteria 'worden herzien'), TS missing (empty
# heading with deferral, glossary), FI present (under "Geld en middelen"),
# DA present, RE partial (monitoring yes, beoogde resultaten after nulmeting),
# OU partial (information yes, independent support deferred).
# ---------------------------------------------------------------------------

P3_CTX = dict(
    naam="Stichting Samenwerkingsverband Passend Onderwijs Duinrand PO", kort="Duinrand",
    sector="po", besturen="zes", scholen="34 basisscholen, één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs",
    statuten="4 maart 2023", opr="tien", opr_datum="13 januari 2026", opr_instemming="17 februari 2026",
    gemeenten="Duinwijk, Zandvoorde-Noord en Helmstede", oogo_datum="22 januari 2026", fte="11,2",
    systeem="OnderwijsBrug",
)


def plan3():
    c = P3_CTX
    b = [
        T("Ruimte voor ieder kind"),
        SUB("Ondersteuningsplan 2026-2030 · Samenwerkingsverband Passend Onderwijs Duinrand PO (PO 27-03)"),
        SUB("Vastgesteld door het algemeen bestuur op 24 februari 2026, na instemming van de ondersteuningsplanraad"),
        TOC([
            "Woord vooraf",
            "1. Over dit plan",
            "2. Terugblik 2022-2026",
            "3. Waar we voor staan",
            "4. Ambitie 1 – Ieder kind een passende plek",
            "   4.1 Van basisondersteuning tot speciaal onderwijs",
            "   4.2 Toelaatbaarheid tot sbo en so",
            "   4.3 Terug- en doorplaatsing",
            "   4.4 Thuiszitters en kinderen zonder plek",
            "5. Ambitie 2 – Samen met ouders",
            "6. Ambitie 3 – Vakmanschap in de school",
            "7. Ambitie 4 – Middelen waar ze het verschil maken",
            "   7.1 Verdeling",
            "   7.2 Geld en middelen: meerjarenbegroting",
            "8. Ambitie 5 – Leren en verantwoorden",
            "9. Kengetallen",
            "10. Bestuur en organisatie",
            "11. Jaarplanning",
            "12. Begrippenlijst",
        ]),
        H1("Woord vooraf"),
        P("""Ruimte voor ieder kind: dat is waar dit ondersteuningsplan over gaat. Ruimte in de klas voor
        verschillen, ruimte voor leraren om te doen waar ze goed in zijn, ruimte voor ouders om mee te
        praten, en ruimte voor kinderen die tijdelijk of langdurig een andere plek nodig hebben. In de
        afgelopen planperiode hebben we gezien dat ruimte niet vanzelf ontstaat. Het vraagt om keuzes, en die
        maken we in dit plan."""),
        P("""Het plan is tot stand gekomen in een intensief traject van ruim een jaar, met bijeenkomsten in alle
        drie de gemeenten, een digitale raadpleging onder leraren en intern begeleiders, en gesprekken met
        jeugdhulp, leerplicht en de gemeenten. Wij zijn iedereen dankbaar die daaraan heeft bijgedragen."""),
        P("""Anouk Verstegen, directeur-bestuurder, en Hans Kroes, voorzitter algemeen bestuur"""),
        H1("1. Over dit plan"),
        P("""Dit ondersteuningsplan beschrijft hoe de besturen in Duinrand samen passend onderwijs vormgeven in de
        schooljaren 2026-2027 tot en met 2029-2030. Het plan is opgebouwd rond vijf ambities. Iedere ambitie
        wordt jaarlijks vertaald naar concrete activiteiten in het jaarplan. Naast dit plan bestaan een
        toewijzingsreglement, een handboek voor scholen en een privacyreglement; die documenten worden
        afzonderlijk vastgesteld."""),
        H1("2. Terugblik 2022-2026"),
        P("""In de vorige planperiode stonden drie onderwerpen centraal: de invoering van een nieuw verdeelmodel,
        het terugdringen van het aantal thuiszitters en het versterken van de samenwerking met jeugdhulp. Het
        verdeelmodel is in 2023 ingevoerd en wordt door besturen als helder ervaren. Het aantal thuiszitters
        is gedaald, maar niet zo sterk als gehoopt. De samenwerking met jeugdhulp is op de meeste scholen
        verbeterd door de komst van een vaste jeugdprofessional per school."""),
        P("""Minder goed ging het met de doorlooptijd van aanvragen en met de bekendheid van het verband bij
        ouders. Ook bleek de lijst met afspraken over de basisondersteuning uit het vorige plan in de praktijk
        weinig richting te geven: scholen vonden haar te algemeen, ouders konden er niets mee. De terugkoppeling
        uit de scholen was op dit punt eensgezind."""),
        H1("3. Waar we voor staan"),
    ]
    b += filler_visie(c, "In Duinrand betekent dit dat de school in de wijk het vertrekpunt is.")
    b += [
        H2("Vijf ambities"),
        UL(["Ambitie 1 – Ieder kind een passende plek",
            "Ambitie 2 – Samen met ouders",
            "Ambitie 3 – Vakmanschap in de school",
            "Ambitie 4 – Middelen waar ze het verschil maken",
            "Ambitie 5 – Leren en verantwoorden"]),
        H1("4. Ambitie 1 – Ieder kind een passende plek"),
        P("""Wij willen dat ieder kind in Duinrand onderwijs krijgt op een plek die past, en dat het zoeken naar
        die plek niet langer duurt dan nodig. In deze ambitie beschrijven we hoe het aanbod is opgebouwd, hoe
        een kind naar het speciaal (basis)onderwijs gaat en hoe we voorkomen dat kinderen thuis komen te
        zitten."""),
        H2("4.1 Van basisondersteuning tot speciaal onderwijs"),
        P("""Het ondersteuningsaanbod in Duinrand bestaat uit drie lagen. De eerste laag is wat de school zelf
        biedt; daarover meer in ambitie 3. De tweede laag bestaat uit arrangementen en bovenschoolse
        voorzieningen, de derde laag uit het speciaal basisonderwijs en het speciaal onderwijs."""),
        TBL([
            ["Laag", "Aanbod", "Toegang"],
            ["2a – Arrangement in de school", "Begeleiding door een onderwijsspecialist van Duinrand (gedrag, taal/lezen, rekenen, jonge kind), maximaal 20 weken, verlengbaar", "Aanvraag door de intern begeleider bij het Ondersteuningsteam Duinrand"],
            ["2b – Groepsarrangement", "Kleine groep voor kinderen met taalontwikkelingsproblemen op twee scholen; plusklas voor meer- en hoogbegaafde kinderen op drie locaties", "Aanmelding via de intern begeleider"],
            ["2c – Bovenschools", "Observatie- en diagnosegroep De Duinpan (8-12 weken); Nieuwkomersklas Helmstede", "Besluit door het Ondersteuningsteam"],
            ["3a – Speciaal basisonderwijs", "SBO De Helmgras", "TLV"],
            ["3b – Speciaal onderwijs", "SO De Kustlijn (cluster 4), SO Zeewind (cluster 3)", "TLV"],
        ]),
        P("""Voor kinderen met een complexe zorgvraag werken Duinrand, de gemeenten en twee zorgaanbieders samen in
        onderwijs-zorgarrangementen op SO Zeewind en op twee basisscholen. Elke basisschool heeft een vaste
        jeugdprofessional die één dag per week op school is."""),
        H2("4.2 Toelaatbaarheid tot sbo en so"),
        P("""Voor plaatsing op SBO De Helmgras of op een so-school is een toelaatbaarheidsverklaring (TLV) van
        Duinrand nodig. De procedure verloopt als volgt."""),
        OL([
            """De school waar het kind is ingeschreven bespreekt het kind in een groeidocumentgesprek met ouders,
            intern begeleider en de onderwijsspecialist van Duinrand.""",
            """Het schoolbestuur dient de aanvraag in via OnderwijsBrug met het groeidocument, het verslag van het
            gesprek en de zienswijze van ouders.""",
            """Twee deskundigen – een orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag
            van het kind – beoordelen de aanvraag en geven ieder een eigen schriftelijk advies.""",
            """De Commissie Toewijzing neemt namens het bestuur binnen vijf weken na ontvangst van een volledige
            aanvraag een besluit, en stuurt het besluit met de adviezen naar ouders en school.""",
        ]),
        P("""De criteria op basis waarvan de commissie een kind toelaatbaar verklaart, worden in 2026 herzien. Het
        algemeen bestuur wil criteria die beter aansluiten bij de ondersteuningsbehoefte van het kind en minder
        bij diagnoses. Tot het nieuwe criteriakader in het voorjaar van 2027 wordt vastgesteld, hanteert de
        commissie de werkwijze die in de praktijk is gegroeid."""),
        H2("4.3 Terug- en doorplaatsing"),
        P("""Deze paragraaf wordt in de eerste helft van 2027 aan het plan toegevoegd, na afstemming met SBO De
        Helmgras, SO De Kustlijn en SO Zeewind. De toevoeging wordt ter instemming aan de
        ondersteuningsplanraad voorgelegd."""),
        H2("4.4 Thuiszitters en kinderen zonder plek"),
        P("""Ieder kind dat thuis komt te zitten is er één te veel. In Duinrand werken we daarom met de volgende
        aanpak, die in 2024 met de drie gemeenten is afgesproken."""),
        UL([
            """Iedere school meldt een kind dat langer dan tien schooldagen geoorloofd of ongeoorloofd verzuimt
            én waarvoor geen plan is, bij de leerplichtambtenaar en bij het Ondersteuningsteam Duinrand.""",
            """Binnen vijf werkdagen na de melding wijst Duinrand een casusregisseur aan die samen met school,
            ouders en jeugdhulp een plan maakt; het plan bevat een datum waarop het kind weer (gedeeltelijk)
            onderwijs volgt en wie daarvoor zorgt.""",
            """Een keer per maand bespreekt het thuiszittersoverleg (leerplicht, GGD, casusregisseurs en een
            bestuurder) alle kinderen die langer dan vier weken thuiszitten.""",
            """Twee keer per jaar stellen we met de besturen vast waar het aanbod tekortschiet. In 2025 waren dat
            plekken voor kinderen met een combinatie van een verstandelijke beperking en ernstig
            probleemgedrag. Met SO Zeewind en een zorgaanbieder is voor deze groep een nieuwe groep ingericht
            die in januari 2027 opent.""",
            """De zorgplicht blijft bij de school van aanmelding. Komen besturen er samen niet uit, dan beslist de
            directeur-bestuurder na advies van het Ondersteuningsteam.""",
        ]),
        P("""Kinderen die na een periode thuis weer naar school gaan, krijgen een opbouwschema en een vaste
        begeleider op school. De terugkeer naar school wordt na vier en na acht weken geëvalueerd."""),
        H1("5. Ambitie 2 – Samen met ouders"),
        P("""Ouders zijn de eerste deskundigen van hun kind. Wij willen dat ouders weten welke ondersteuning er is
        en hoe ze die kunnen krijgen. Uit de terugblik bleek dat dit beter moet. Daarom informeren wij ouders
        vanaf schooljaar 2026-2027 op de volgende manieren."""),
        UL([
            """Een nieuwe website met een aparte ouderingang, waarop per school de schoolgids en het
            ondersteuningsaanbod te vinden zijn, en waarop in eenvoudige taal wordt uitgelegd welke
            arrangementen en voorzieningen er zijn en wat de stappen naar het speciaal (basis)onderwijs
            zijn.""",
            """De folder Ondersteuning in Duinrand, die elke basisschool meegeeft bij de intake en die ook in het
            Engels, Turks en Oekraïens beschikbaar is.""",
            """Drie informatiebijeenkomsten per jaar, één per gemeente, over een wisselend thema (bijvoorbeeld
            de overstap naar het voortgezet onderwijs of hoogbegaafdheid).""",
            """Een ouderpanel van twaalf ouders dat twee keer per jaar meeleest met nieuwe folders en
            webteksten.""",
        ]),
        P("""Ouders die vragen hebben, kunnen in de eerste plaats terecht bij de leerkracht en de intern
        begeleider. Komen zij er met de school niet uit, dan is de directeur van de school het volgende
        aanspreekpunt, en daarna het schoolbestuur."""),
        P("""Of en in welke vorm Duinrand een ouder- en jeugdsteunpunt inricht, hangt af van de uitwerking van de
        nieuwe wetgeving. In 2026-2027 verkennen we met de twee naburige samenwerkingsverbanden of een gezamenlijk
        steunpunt mogelijk is."""),
        H1("6. Ambitie 3 – Vakmanschap in de school"),
        P("""De kwaliteit van passend onderwijs wordt in de klas bepaald. Leraren en intern begeleiders maken
        dagelijks het verschil. Wij willen hen ondersteunen met kennis, tijd en een netwerk van collega's."""),
        P("""Over de basisondersteuning. Het vorige plan bevatte een lijst van afspraken over de
        basisondersteuning. In de terugblik is vastgesteld dat die lijst in de praktijk weinig betekenis had.
        Omdat landelijk wordt gewerkt aan een norm voor basisondersteuning, en de besturen scholen niet twee
        keer een nieuwe systematiek willen laten invoeren, stellen wij in dit plan geen eigen niveau van
        basisondersteuning vast. Zodra de landelijke norm bekend is, bespreken de besturen wat dit voor
        Duinrand betekent. Tot die tijd beschrijven de scholen hun ondersteuning in hun eigen schoolgids."""),
    ]
    b += filler_personeel(c)
    b += [
        H2("Netwerken en kennisdeling"),
        P("""Duinrand faciliteert vier netwerken: het IB-netwerk, het netwerk jonge kind, het netwerk meer- en
        hoogbegaafdheid en het netwerk gedrag. Ieder netwerk komt vier keer per jaar bijeen, heeft een
        trekker uit de scholen en een budget voor externe sprekers. De netwerken bepalen zelf hun thema's,
        in overleg met het bestuursbureau."""),
        H1("7. Ambitie 4 – Middelen waar ze het verschil maken"),
        H2("7.1 Verdeling"),
        P("""Wij willen dat de middelen voor ondersteuning terechtkomen waar ze het verschil maken: in de
        scholen. Sinds 2023 werkt Duinrand met een verdeelmodel in twee delen. Het eerste deel, 65% van de
        beschikbare middelen, gaat als ondersteuningsbudget naar de besturen: € 158 per leerling op de teldatum
        van 1 oktober van het voorgaande jaar, plus een vaste voet van € 4.000 per school met minder dan 150
        leerlingen. Het tweede deel, 35%, blijft bij Duinrand voor de onderwijsspecialisten, de bovenschoolse
        voorzieningen De Duinpan en Nieuwkomersklas, en het thuiszittersbudget. Besturen mogen hun
        ondersteuningsbudget alleen inzetten voor ondersteuning die boven wat de school zelf biedt uitgaat, en
        verantwoorden de inzet jaarlijks in een vast format."""),
        H2("7.2 Geld en middelen: meerjarenbegroting"),
        P("""Bedragen x € 1.000. De begroting gaat uit van een daling van het leerlingaantal met gemiddeld 1,2% per
        jaar."""),
        TBL([
            ["Post", "2026", "2027", "2028", "2029"],
            ["Rijksbijdrage ondersteuning", "7.420", "7.330", "7.240", "7.150"],
            ["Afdrachten so en sbo (DUO)", "-2.480", "-2.470", "-2.460", "-2.450"],
            ["Ondersteuningsbudget besturen (65%)", "3.211", "3.159", "3.107", "3.055"],
            ["Onderwijsspecialisten", "820", "820", "820", "820"],
            ["De Duinpan en Nieuwkomersklas", "560", "570", "580", "590"],
            ["Thuiszittersbudget en casusregie", "190", "190", "190", "190"],
            ["Nieuwe groep SO Zeewind (vanaf 2027)", "0", "210", "210", "210"],
            ["Bureau en bestuur", "160", "160", "160", "160"],
            ["Saldo", "-1", "-249", "-287", "-325"],
        ]),
        P("""De tekorten vanaf 2027 worden gedekt uit de bestemmingsreserve die in 2024 is gevormd. Die reserve
        bedroeg eind 2025 € 1,3 miljoen."""),
        H1("8. Ambitie 5 – Leren en verantwoorden"),
        P("""Wij willen leren van wat we doen. Daarvoor is een goede kwaliteitscyclus nodig. Duinrand werkt met een
        vaste cyclus van plannen, uitvoeren, meten en bijstellen. De kern daarvan is de Monitor Passend
        Onderwijs Duinrand, die twee keer per jaar (peildata 1 oktober en 1 april) verschijnt. De monitor
        bevat per bestuur en per school het aantal arrangementen, de doorlooptijd van aanvragen, het aantal
        TLV's, de deelname aan sbo en so, het aantal thuiszitters en de tevredenheid van scholen en ouders
        over de ondersteuning. De monitor wordt besproken in het directeurenoverleg, het algemeen bestuur en
        de ondersteuningsplanraad. Elk jaar in juni houden wij met de besturen een evaluatiesessie waarin we de
        uitkomsten duiden en het jaarplan bijstellen; de bereikte resultaten staan in het jaarverslag."""),
        P("""Welke resultaten wij in deze planperiode willen bereiken, leggen wij nog niet vast. In de vorige
        periode bleken de doelen niet te meten. Wij starten daarom in het najaar van 2026 met een nulmeting
        volgens de nieuwe monitor; de beoogde resultaten voor 2027-2030 worden daarna in het jaarplan 2027
        opgenomen."""),
        H1("9. Kengetallen"),
        TBL([
            ["Kengetal", "2022", "2023", "2024", "2025"],
            ["Leerlingen basisonderwijs (1 oktober)", "8.915", "8.840", "8.702", "8.611"],
            ["Deelname sbo", "1,9%", "1,9%", "2,0%", "2,0%"],
            ["Deelname so", "1,7%", "1,8%", "1,8%", "1,9%"],
            ["Toegekende arrangementen", "312", "355", "371", "390"],
            ["Afgegeven TLV's", "58", "61", "64", "60"],
            ["Thuiszitters > 4 weken (peildatum 1 oktober)", "14", "11", "9", "10"],
            ["Gemiddelde doorlooptijd aanvraag (weken)", "7,5", "7,1", "6,2", "6,0"],
        ]),
        P("""Bron: DUO, eigen registratie Duinrand en leerplichtadministratie van de gemeenten. De stijging van
        het aantal arrangementen hangt samen met de komst van de onderwijsspecialisten in 2023."""),
        H1("10. Bestuur en organisatie"),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedural(c)
    b += filler_ict_privacy(c)
    b += [
        H1("11. Jaarplanning 2026-2027"),
        TBL([
            ["Maand", "Activiteit"],
            ["September 2026", "Lancering nieuwe website met ouderingang"],
            ["Oktober 2026", "Peildatum monitor; start nulmeting"],
            ["November 2026", "Eerste versie nieuw criteriakader toelaatbaarheid in algemeen bestuur"],
            ["December 2026", "Vaststelling begroting 2027"],
            ["Januari 2027", "Opening nieuwe groep SO Zeewind"],
            ["Maart 2027", "Vaststelling criteriakader toelaatbaarheid; concept paragraaf terug- en doorplaatsing"],
            ["April 2027", "Peildatum monitor"],
            ["Juni 2027", "Evaluatiesessie met besturen; jaarverslag 2026"],
        ]),
        H1("12. Begrippenlijst"),
        UL([
            "Basisondersteuning: het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen binnen het samenwerkingsverband bieden.",
            "Casusregisseur: medewerker van Duinrand die de regie voert bij een thuiszittend kind.",
            "Commissie Toewijzing: commissie die namens het bestuur besluit over toelaatbaarheid.",
            "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen over passend onderwijs.",
            "Onderwijsconsulenten: landelijke, onafhankelijke adviseurs voor ouders en scholen.",
            "Terugplaatsing: de overstap van een leerling van sbo of so naar het reguliere basisonderwijs na afloop van de TLV.",
            "TLV: toelaatbaarheidsverklaring.",
        ]),
    ]
    return b


def label3(docs):
    return label(
        docs, "po",
        criteria_false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
                        "terugstroom.procedure", "terugstroom.beleid", "resultaten.doelen", "ouders.steunpunt"},
        advisory={
            "basisondersteuning": [],
            "plaatsing": ["deskundigen"],
            "terugstroom": [],
            "financien": ["reserves", "verantwoording"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "Ch. 6 explicitly does not set a level ('stellen wij in dit plan geen eigen niveau vast', awaiting landelijke norm; schools describe it in their schoolgids); only the begrippenlijst defines it; 'eerste laag' in 4.1 is a pointer.",
            "plaatsing": "§4.2 procedure (who applies, dossier, two deskundigen, Commissie Toewijzing, 5 weeks) but criteria 'worden in 2026 herzien', practice-based until spring 2027.",
            "terugstroom": "§4.3 heading 'Terug- en doorplaatsing' only says it will be added in 2027; glossary defines terugplaatsing; 'terugkeer naar school' after thuiszitten (§4.4) is a near-miss.",
            "financien": "Ch. 7 (Ambitie 4): verdeelmodel 65/35, € 158 per leerling + vaste voet, spending rules; §7.2 'Geld en middelen' meerjarenbegroting with amounts; bestemmingsreserve.",
            "dekkend-aanbod": "§4.1 three-layer continuum table with voorzieningen; §4.4 thuiszitters aanpak, twice-yearly gap check with new group, zorgplicht; OZA with gemeenten.",
            "resultaten": "Ch. 8 describes the Monitor (peildata, content, bodies, yearly evaluation, jaarverslag) and Kengetallen report achieved figures, but beoogde resultaten are explicitly deferred until after the 2026 nulmeting.",
            "ouders": "Ch. 5 informs via website, folder in 4 languages, meetings; independent help not arranged: only school/IB/bestuur as contact, OJSP 'verkennen we' in 2026-2027; OJSP/Onderwijsconsulenten only in the glossary.",
        },
    )

# ---------------------------------------------------------------------------
# Plan 4 — VO, .pdf — SWV VO Hollandse Plassen, "Deel A – Koers en kaders"
# BO present, PL present (vso/lwoo/pro + bezwaar), TS partial (procedure yes,
# beleid deferred to werkgroep), FI missing (Deel C, not part of input),
# DA missing (Deel B 'Aanbodgids', not part of input; footer slogan only),
# RE present, OU present.
# ---------------------------------------------------------------------------

P4_CTX = dict(
    naam="Stichting Samenwerkingsverband VO Hollandse Plassen", kort="Hollandse Plassen",
    sector="vo", besturen="acht", scholen="zestien scholen voor voortgezet onderwijs, één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs",
    statuten="8 oktober 2024", opr="twaalf", opr_datum="27 januari 2026", opr_instemming="3 maart 2026",
    gemeenten="Plassendal, Veenhoorn en Rietmeer", oogo_datum="12 februari 2026", fte="12,4",
    systeem="Ondersteuningsportaal",
)

P4_HEADER = "SWV VO Hollandse Plassen · Ondersteuningsplan 2026-2030 · Deel A Koers en kaders"
P4_FOOTER = "Een dekkend aanbod en een eerlijke verdeling van middelen – voor elke leerling"


def plan4():
    c = P4_CTX
    b = [
        T("Ondersteuningsplan 2026-2030 — Deel A: Koers en kaders"),
        SUB("Samenwerkingsverband Voortgezet Onderwijs Hollandse Plassen (VO 27-12)"),
        SUB("Vastgesteld door het bestuur op 10 maart 2026 · instemming OPR 3 maart 2026 · OOGO 12 februari 2026"),
        TOC([
            "Leeswijzer",
            "1. Inleiding en terugblik 2022-2026",
            "2. Koers: vier ambities",
            "3. Ambitie 1 – Een sterke basis op elke school",
            "4. Ambitie 2 – Heldere routes",
            "   4.1 Toelaatbaarheid voortgezet speciaal onderwijs",
            "   4.2 Lwoo en praktijkonderwijs",
            "   4.3 Het einde van een TLV",
            "5. Ambitie 3 – Ouders en leerlingen als partner",
            "6. Ambitie 4 – Aantoonbaar resultaat",
            "7. Kengetallen",
            "8. Governance en medezeggenschap",
            "9. Personeel, ICT en privacy",
            "10. Jaarplanning 2026-2027",
            "Deel B – Aanbodgids: dekkend aanbod, arrangementen en voorzieningen (afzonderlijk document)",
            "Deel C – Financieel kader: verdeelmodel en meerjarenbegroting (afzonderlijk document)",
        ]),
        H1("Leeswijzer"),
        P("""Het ondersteuningsplan 2026-2030 van Hollandse Plassen bestaat uit drie delen. Dit is Deel A: de koers
        en de kaders. Deel B, de Aanbodgids, beschrijft het ondersteuningsaanbod in de regio – arrangementen,
        bovenschoolse voorzieningen en het netwerk met de zorg – en de analyse van witte vlekken. Deel C, het
        Financieel kader, bevat het verdeelmodel, de meerjarenbegroting en de risicoparagraaf. Deel B en Deel C
        worden jaarlijks geactualiseerd en afzonderlijk vastgesteld; zij maken geen deel uit van dit document en
        zijn op te vragen bij het bestuursbureau."""),
        H1("1. Inleiding en terugblik 2022-2026"),
        P("""Hollandse Plassen is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Plassendal,
        Veenhoorn en Rietmeer. Ruim 14.000 leerlingen gaan in onze regio naar school, verdeeld over negentien
        scholen van acht besturen. De regio is divers: een stedelijke kern met grote scholengemeenschappen, en
        een landelijk gebied met kleinere scholen en lange reistijden."""),
        P("""Dit is het vierde ondersteuningsplan van het verband. Bij het schrijven ervan hebben we ons laten
        leiden door de evaluatie van het vorige plan, door een reeks dialoogsessies met schoolleiders,
        coördinatoren, ouders en leerlingen, en door de landelijke ontwikkelingen: de verbeteraanpak passend
        onderwijs, de wet die de positie van ouders en leerlingen versterkt en de komende norm voor
        basisondersteuning."""),
        P("""De belangrijkste les uit de evaluatie was dat het vorige plan te veel beschreef en te weinig
        koos. Dit plan is korter en richt zich op vier ambities. Wat jaarlijks verandert – het aanbod en het
        geld – staat in de delen B en C."""),
        H2("Terugblik op de planperiode 2022-2026"),
        P("""De evaluatie van het vorige plan is uitgevoerd door een werkgroep van het bestuur, met hulp van een
        extern adviseur. De werkgroep sprak met ruim zestig betrokkenen en analyseerde de verslagen van het
        bestuur, het directeurenoverleg en de OPR. Het beeld is gemengd. Positief is dat de besturen elkaar
        beter weten te vinden dan vier jaar geleden, dat het bestuursbureau als deskundig en benaderbaar wordt
        ervaren en dat de medezeggenschap serieus wordt genomen. Kritisch zijn betrokkenen over de hoeveelheid
        overleg, over de trage besluitvorming in het bestuur en over de communicatie: veel leraren wisten niet
        wat het samenwerkingsverband doet."""),
        P("""De werkgroep deed vijf aanbevelingen: maak het plan korter en scherper; scheid wat vier jaar vastligt
        van wat jaarlijks verandert; betrek leerlingen structureel; leg eigenaarschap voor afspraken bij de
        besturen; en zorg voor een cultuur waarin scholen elkaar aanspreken. Dit plan volgt die aanbevelingen:
        de driedeling in Deel A, B en C komt voort uit de tweede aanbeveling."""),
        H2("Een lerende cultuur"),
        P("""Afspraken op papier werken alleen als mensen ze in de praktijk waarmaken. Wij investeren daarom in een
        cultuur waarin schoolleiders en coördinatoren bij elkaar in de keuken kijken, successen en fouten delen
        en elkaar aanspreken. Concreet organiseren wij jaarlijks een regiodag voor alle ondersteuningsteams,
        werken de coördinatoren in vaste intervisiegroepen van vijf scholen, en sluit iedere vergadering van
        het directeurenoverleg af met een casus uit de praktijk. Het bestuur evalueert zijn eigen functioneren
        jaarlijks, waarbij ook de OPR om een reactie wordt gevraagd."""),
        H1("2. Koers: vier ambities"),
    ]
    b += filler_visie(c, "Voor jongeren betekent dat: meepraten over je eigen ontwikkeling.")
    b += [
        H2("De ambities"),
        UL(["Ambitie 1 – Een sterke basis op elke school",
            "Ambitie 2 – Heldere routes",
            "Ambitie 3 – Ouders en leerlingen als partner",
            "Ambitie 4 – Aantoonbaar resultaat"]),
        H1("3. Ambitie 1 – Een sterke basis op elke school"),
        P("""Een leerling hoort op iedere school in Hollandse Plassen op dezelfde basis te kunnen rekenen. Daarom
        hebben de acht besturen afgesproken welke basisondersteuning elke vestiging minimaal biedt, van
        vmbo-basis tot gymnasium. Een vestiging mag meer bieden, niet minder. De afspraken gelden vanaf
        1 augustus 2026 en zijn vastgelegd in de onderstaande tabel; de scholen nemen ze op in hun schoolgids."""),
        TBL([
            ["Onderdeel", "Wat elke vestiging minimaal biedt"],
            ["Mentoraat", "Een mentor per klas met ten minste één uur per week mentortijd en een individueel gesprek met iedere leerling minstens drie keer per jaar"],
            ["Ondersteuningsstructuur", "Een ondersteuningscoördinator (ten minste 0,5 fte per 500 leerlingen) en een intern ondersteuningsteam dat iedere twee weken bijeenkomt"],
            ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware); begeleiding bij studievaardigheden en executieve functies"],
            ["Sociaal-emotioneel", "Een sociale-vaardigheidstraining en een faalangstreductietraining, minstens één keer per jaar aangeboden; een anti-pestcoördinator"],
            ["Gezondheid", "Samenwerking met de jeugdarts; een protocol medisch handelen; een rustplek voor leerlingen die tijdelijk uit de klas moeten"],
            ["Ontwikkelingsperspectief", "Een OPP voor iedere leerling met extra ondersteuning, opgesteld binnen zes weken en twee keer per jaar geëvalueerd met leerling en ouders"],
            ["Overgangen", "Warme overdracht van de basisschool voor iedere leerling met een ondersteuningsbehoefte; een gesprek met ouders vóór de start van het schooljaar"],
        ]),
        P("""Wat verder gaat dan deze basis, heet extra ondersteuning; hoe die is georganiseerd staat in Deel B.
        Het bestuursbureau bezoekt iedere vestiging eens per twee jaar voor een kwaliteitsgesprek aan de hand van
        de tabel; de uitkomsten worden met het bestuur van de school besproken."""),
        H1("4. Ambitie 2 – Heldere routes"),
        P("""Leerlingen, ouders en scholen moeten weten hoe de weg loopt naar een plek in het voortgezet speciaal
        onderwijs, het praktijkonderwijs of het leerwegondersteunend onderwijs, en wie daarover beslist."""),
        H2("4.1 Toelaatbaarheid voortgezet speciaal onderwijs"),
        P("""Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV aan bij
        de Commissie Toewijzing van Hollandse Plassen via het Ondersteuningsportaal. De aanvraag bevat het OPP
        met de evaluatie van de ondersteuning in de afgelopen twaalf maanden, het onderwijskundig rapport, de
        zienswijze van ouders en, vanaf twaalf jaar, van de leerling zelf. Twee deskundigen geven elk een eigen
        schriftelijk advies: een orthopedagoog-generalist of GZ-psycholoog en een tweede deskundige die past
        bij de problematiek. De Commissie Toewijzing besluit binnen zes weken."""),
        P("""De commissie verklaart een leerling toelaatbaar tot het vso als uit het dossier blijkt dat (a) de
        leerling een ondersteuningsbehoefte heeft op het gebied van gedrag, psychiatrie, een verstandelijke of
        een lichamelijke beperking of langdurige ziekte; (b) die behoefte doorlopend een kleine groep en
        specialistische begeleiding vraagt die een reguliere vo-school met extra ondersteuning niet kan bieden;
        en (c) de reguliere school de mogelijkheden binnen en buiten de eigen school aantoonbaar heeft benut, of
        de ernst van de situatie een voortraject onverantwoord maakt."""),
        P("""De TLV geldt voor ten hoogste drie schooljaren en vermeldt de bekostigingscategorie. Ouders,
        leerlingen vanaf zestien jaar en de school kunnen binnen zes weken bezwaar maken. Hollandse Plassen is
        aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar
        adviseert."""),
        H2("4.2 Lwoo en praktijkonderwijs"),
        P("""Voor het aanwijzen van lwoo en het toelaatbaar verklaren tot het praktijkonderwijs hanteert Hollandse
        Plassen de landelijke criteria (intelligentie, leerachterstand en, voor lwoo, sociaal-emotionele
        problematiek). De vo-school waar de leerling is aangemeld, vraagt lwoo of pro aan vóór 15 maart, met
        het onderwijskundig rapport en de onderzoeksgegevens van de basisschool. Ontbreken onderzoeksgegevens,
        dan laat het verband zelf het onderzoek uitvoeren. De Commissie Toewijzing besluit vóór 1 mei, zodat
        ouders voor de zomer weten waar ze aan toe zijn."""),
        H2("4.3 Het einde van een TLV"),
        P("""Iedere TLV vso vermeldt een einddatum: 31 juli van het laatste schooljaar waarvoor zij is afgegeven.
        Uiterlijk 1 december van dat schooljaar bespreekt de vso-school in het multidisciplinair overleg of de
        leerling na de einddatum in het vso blijft, overstapt naar het regulier voortgezet onderwijs of naar
        een andere vorm van onderwijs gaat. De vso-school legt het advies vóór 1 februari voor aan de Commissie
        Toewijzing. Bij een advies tot terugplaatsing meldt de vso-school de leerling, met instemming van ouders,
        aan bij de gekozen vo-school en vindt er vóór 1 mei een overdrachtsgesprek plaats. Bij een advies tot
        voortzetting vraagt de vso-school een nieuwe TLV aan volgens 4.1. De Commissie Toewijzing ziet toe
        dat voor iedere aflopende TLV vóór 1 maart een besluit of aanvraag ligt."""),
        P("""Welke ambitie het verband heeft met terugplaatsing, onder welke voorwaarden een overstap naar het
        regulier onderwijs wenselijk is en welke begeleiding de ontvangende school en de leerling daarna
        krijgen, is onderwerp van de werkgroep Terug naar regulier. De werkgroep brengt in het schooljaar
        2026-2027 een beleidsnotitie uit."""),
        H1("5. Ambitie 3 – Ouders en leerlingen als partner"),
        P("""Ouders en leerlingen zijn partner in alles wat de ondersteuning betreft. Ouders denken mee over het
        OPP en stemmen in met het handelingsdeel; leerlingen worden gehoord over hun OPP. In de OPR zit de helft
        ouders en leerlingen."""),
        H2("Informatie"),
        P("""Wij informeren ouders over het ondersteuningsaanbod via de website met een aparte pagina Voor
        ouders, een jaarlijkse ouderbrief die via alle scholen wordt verspreid in de eerste schoolweek, en de
        schoolgids van iedere school, waarin de basisondersteuning uit ambitie 1 is opgenomen. In september en
        februari organiseren we in iedere gemeente een ouderavond over de overstap van groep 8 naar het
        voortgezet onderwijs, met aandacht voor lwoo, praktijkonderwijs en vso. Ouders van groep 8-leerlingen
        ontvangen via de basisschool de folder Naar het vo met extra ondersteuning."""),
        H2("Onafhankelijke steun"),
        P("""Sinds 1 januari 2026 heeft Hollandse Plassen, samen met het samenwerkingsverband PO in de regio, een
        ouder- en jeugdsteunpunt: Steunpunt De Brug. Het steunpunt is ondergebracht bij een onafhankelijke
        stichting, werkt met ervaringsdeskundige ouders en jongerencoaches, en is bereikbaar per telefoon,
        e-mail en WhatsApp en op het wekelijkse spreekuur in de bibliotheek van Plassendal. Ouders en leerlingen
        kunnen er terecht met vragen en bij onenigheid met school of verband. Verder kunnen ouders een beroep
        doen op de landelijke Onderwijsconsulenten, en bij geschillen over toelating, verwijdering of het OPP op
        de Geschillencommissie passend onderwijs. Het steunpunt rapporteert twee keer per jaar over de signalen
        die het ontvangt aan het bestuur."""),
        H1("6. Ambitie 4 – Aantoonbaar resultaat"),
        P("""Wij willen aan het einde van de planperiode kunnen laten zien wat de ondersteuning heeft opgeleverd
        voor leerlingen die extra ondersteuning nodig hebben. Daarom hebben we beoogde resultaten geformuleerd
        met een meetbare streefwaarde."""),
        TBL([
            ["Beoogd resultaat", "Indicator", "Stand 2025", "Streefwaarde 2030"],
            ["Leerlingen met extra ondersteuning halen een diploma", "Diplomaresultaat leerlingen met OPP", "81%", "88%"],
            ["Leerlingen vinden hun ondersteuning passend", "Tevredenheid leerlingen met OPP (enquête)", "6,9", "7,5"],
            ["Routes zijn snel", "TLV-besluit binnen zes weken", "83%", "95%"],
            ["Lwoo-leerlingen stromen door", "Lwoo-leerlingen die na het vo een mbo-opleiding niveau 2 of hoger volgen", "84%", "90%"],
            ["Ouders weten de weg", "Ouders die weten waar ze terechtkunnen (ouderpanel)", "48%", "75%"],
        ]),
        P("""De stand van zaken wordt gevolgd in een dashboard dat het bestuursbureau elk kwartaal bijwerkt met
        gegevens uit het Ondersteuningsportaal, DUO en de enquêtes. Het bestuur bespreekt het dashboard elk
        kwartaal; de OPR ontvangt het twee keer per jaar. In het jaarverslag rapporteren we per beoogd resultaat
        wat is bereikt, en lichten we afwijkingen toe. In het voorjaar van 2028 vindt een tussentijdse evaluatie
        plaats met scholen, ouders en leerlingen."""),
        H1("7. Kengetallen"),
        TBL([
            ["Kengetal (1 oktober)", "2023", "2024", "2025"],
            ["Leerlingen vo (incl. pro)", "14.388", "14.260", "14.105"],
            ["Leerlingen vso", "498", "512", "527"],
            ["Deelnamepercentage vso", "3,3%", "3,5%", "3,6%"],
            ["Leerlingen met lwoo", "1.244", "1.230", "1.198"],
            ["Leerlingen praktijkonderwijs", "401", "395", "389"],
            ["TLV's vso afgegeven", "141", "153", "160"],
        ]),
        P("""De stijging van het aantal leerlingen in het vso is een belangrijke reden voor de ambitie om de
        routes helderder te maken. Het aantal leerlingen met lwoo daalt langzaam, in lijn met de
        leerlingaantallen."""),
        H1("8. Governance en medezeggenschap"),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedural(c)
    b += [
        P("""In het OOGO zijn de thema's jeugdhulp, thuiszitters, leerlingenvervoer en onderwijshuisvesting
        geagendeerd. De inhoudelijke afspraken daarover zijn opgenomen in Deel B."""),
        H1("9. Personeel, ICT en privacy"),
    ]
    b += filler_personeel(c)
    b += filler_ict_privacy(c)
    b += [
        H1("10. Jaarplanning 2026-2027"),
        TBL([
            ["Periode", "Wat"],
            ["Augustus 2026", "Basisafspraken opgenomen in alle schoolgidsen; ouderbrief verstuurd"],
            ["September 2026", "Ouderavonden overstap PO-VO; start werkgroep Terug naar regulier"],
            ["Oktober 2026", "Teldatum; dashboard Q3"],
            ["December 2026", "Actualisatie Deel B en Deel C; aflopende TLV's in MDO besproken"],
            ["Februari 2027", "Ouderavonden; adviezen aflopende TLV's bij Commissie Toewijzing"],
            ["15 maart 2027", "Uiterste datum aanvragen lwoo en pro"],
            ["Mei 2027", "Besluiten lwoo/pro; overdrachtsgesprekken terugplaatsing"],
            ["Juni 2027", "Beleidsnotitie Terug naar regulier; jaarverslag 2026"],
        ]),
    ]
    return b


def label4(docs):
    return label(
        docs, "vo",
        criteria_false={"terugstroom.beleid", "financien.verdeling", "financien.besteding",
                        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"},
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
            "terugstroom": [],
            "financien": [],
            "dekkend-aanbod": [],
            "resultaten": ["meetbaar"],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "Ch. 3 (Ambitie 1): minimum for every vestiging agreed by the eight boards, table with concrete provisions; kwaliteitsgesprek every two years.",
            "plaatsing": "Ch. 4 (Ambitie 2): vso procedure (who applies, dossier, two deskundigen, Commissie Toewijzing, 6 weeks), criteria (a)-(c), max 3 years + categorie, bezwaar via LBT; lwoo/pro procedure and dates.",
            "terugstroom": "§4.3 'Het einde van een TLV' gives the procedure (MDO by 1 Dec, advice by 1 Feb, aanmelding, overdrachtsgesprek, decision body) but aims, conditions and support after return are left to the werkgroep's 2026-2027 beleidsnotitie.",
            "financien": "Nothing addressed: leeswijzer/TOC refer to Deel C (not part of the input); footer slogan 'eerlijke verdeling van middelen' only; governance mentions middelen in passing.",
            "dekkend-aanbod": "Nothing addressed: aanbod and witte vlekken in Deel B (not part of the input); OOGO agenda items are only listed and referred to Deel B; footer 'dekkend aanbod' slogan and visie's 'samenhangend geheel' phrase only.",
            "resultaten": "Ch. 6 (Ambitie 4) beoogde resultaten with indicators, stand 2025 and streefwaarde; quarterly dashboard, bestuur/OPR, jaarverslag, mid-term evaluation.",
            "ouders": "Ch. 5: information via website, ouderbrief, schoolgids, ouderavonden, folder; Steunpunt De Brug (OJSP, independent), Onderwijsconsulenten, Geschillencommissie.",
        },
    )

# ---------------------------------------------------------------------------
# Plan 5 — VO, .html — SWV VO Zuidoever, web version "Koers op verbinding"
# BO present, PL missing (only a reference to the Toewijzingsreglement, header
# menu, privacy passage), TS present (inside theme 'Doorgaande lijnen'),
# FI partial (begroting table yes, verdeelmodel not yet decided),
# DA partial (lacunes yes, overview of the offer postponed), RE missing,
# OU partial (steunpunt yes, information channels still to be planned).
# ---------------------------------------------------------------------------

P5_CTX = dict(
    naam="Stichting Samenwerkingsverband Passend Voortgezet Onderwijs Zuidoever", kort="Zuidoever",
    sector="vo", besturen="vijf", scholen="elf scholen voor voortgezet onderwijs met zeventien vestigingen, één school voor praktijkonderwijs en twee vso-scholen",
    statuten="23 mei 2025", opr="tien", opr_datum="9 februari 2026", opr_instemming="16 maart 2026",
    gemeenten="Zuidoever, Maasterp en Bergwede", oogo_datum="2 maart 2026", fte="7,5",
    systeem="Zuidoever Dossier",
)

P5_HEADER = "SWV VO Zuidoever — Home · Voor ouders · Voor scholen · Toelaatbaarheid (TLV) · Ondersteuningsplan · Contact"
P5_FOOTER = "© 2026 Samenwerkingsverband VO Zuidoever (VO 28-05) · Postbus 1410, 6200 AB Zuidoever · privacyverklaring · toegankelijkheid"


def plan5():
    c = P5_CTX
    b = [
        T("Ondersteuningsplan 2026-2030: Koers op verbinding"),
        SUB("Webversie van het ondersteuningsplan van Samenwerkingsverband Passend Voortgezet Onderwijs Zuidoever. De pdf-versie met opmaak is op te vragen bij het secretariaat."),
        TOC([
            "Welkom",
            "Hoe dit plan tot stand kwam",
            "Onze regio in cijfers",
            "Visie en missie",
            "Thema 1 – Basis en meer",
            "Thema 2 – Niemand aan de zijlijn",
            "Thema 3 – Doorgaande lijnen",
            "Thema 4 – Samen met ouders en leerlingen",
            "Thema 5 – Geld en middelen",
            "Toelaatbaarheid en toewijzing",
            "Organisatie en medezeggenschap",
            "Jaarplanning",
            "Afkortingen",
        ]),
        H1("Welkom"),
        P("""Welkom bij de webversie van het ondersteuningsplan 2026-2030 van Zuidoever. Wij hebben ervoor gekozen het
        plan in de eerste plaats als webtekst te publiceren, zodat het makkelijk te lezen en te doorzoeken is. Het
        plan is ingedeeld in vijf thema's die de komende vier jaar richting geven aan ons werk. Dit is een plan op
        hoofdlijnen: het beschrijft wat we willen en hoe we dat organiseren, de scholen bepalen zelf hoe ze het in
        hun eigen praktijk vormgeven."""),
        P("""Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het is op 16 maart 2026 door de
        ondersteuningsplanraad met instemming ontvangen en op 19 maart 2026 door het bestuur vastgesteld. Het OOGO
        met de gemeenten vond plaats op 2 maart 2026."""),
        H1("Hoe dit plan tot stand kwam"),
        P("""In het voorjaar van 2025 zijn we begonnen met een reeks gesprekken in de scholen: met mentoren,
        ondersteuningscoördinatoren, teamleiders, leerlingen en de medewerkers van de vso-scholen. Daarna volgden
        drie regiobijeenkomsten en een digitale enquête onder alle medewerkers van de aangesloten scholen. De
        uitkomsten zijn besproken met de gemeenten, de jeugdhulpaanbieders en de OPR."""),
        P("""Een inhoudelijke evaluatie van de resultaten van de vorige planperiode was helaas niet mogelijk. Bij de
        overgang naar een nieuw registratiesysteem in 2024 zijn de gegevens van de jaren daarvoor maar gedeeltelijk
        overgezet, en de doelen in het vorige plan waren niet zo geformuleerd dat je ze achteraf kon toetsen. We
        hebben daarom vooral gekeken naar wat mensen in de praktijk ervaren. Drie lessen kwamen steeds terug: er
        waren te veel formulieren, scholen wisten elkaar te weinig te vinden, en de verbinding met jeugdhulp hing
        te veel af van individuele personen."""),
        H1("Onze regio in cijfers"),
        P("""Zuidoever omvat drie gemeenten langs de rivier. Op 1 oktober 2025 gingen er 9.860 leerlingen naar een
        van de aangesloten scholen. De regio heeft een relatief grote groep vmbo-leerlingen en een groeiend aantal
        nieuwkomers. Het leerlingaantal daalt tot 2030 naar verwachting met ongeveer 6%."""),
        TBL([
            ["Gemeente", "Inwoners", "Vestigingen vo", "Leerlingen (1-10-2025)"],
            ["Zuidoever", "61.200", "9", "5.430"],
            ["Maasterp", "28.900", "5", "2.715"],
            ["Bergwede", "19.400", "3", "1.715"],
            ["Totaal", "109.500", "17", "9.860"],
        ]),
        TBL([
            ["Schoolsoort", "Leerlingen (1-10-2025)"],
            ["Vmbo (alle leerwegen)", "4.210"],
            ["Havo/vwo", "4.860"],
            ["Praktijkonderwijs", "365"],
            ["Voortgezet speciaal onderwijs", "425"],
        ]),
        P("""De cijfers zijn ontleend aan DUO en de gemeentelijke bevolkingsprognoses. Ze geven een beeld van de
        omvang van de regio; in dit plan worden ze niet gebruikt als maat voor succes."""),
        H1("Visie en missie"),
    ]
    b += filler_visie(c, "Verbinding is daarbij ons sleutelwoord: tussen scholen, tussen onderwijs en zorg, en tussen school en thuis.")
    b += [
        H2("Vijf thema's"),
        P("""De vijf thema's van dit plan zijn: Basis en meer; Niemand aan de zijlijn; Doorgaande lijnen; Samen met
        ouders en leerlingen; Geld en middelen. Per thema beschrijven we wat we gaan doen. Het jaarplan werkt de
        activiteiten verder uit."""),
        H1("Thema 1 – Basis en meer"),
        P("""Iedere leerling moet op iedere school in Zuidoever kunnen rekenen op dezelfde basis. De vijf besturen
        hebben daarom in juni 2025 het Basisprofiel Zuidoever vastgesteld: de ondersteuning die iedere vestiging
        – van praktijkonderwijs tot gymnasium – ten minste biedt, zonder dat daarvoor iets hoeft te worden
        aangevraagd. Een school die een onderdeel nog niet op orde heeft, krijgt tot uiterlijk 1 augustus 2027 de
        tijd en maakt daarvoor een plan dat met het bestuur van de school wordt besproken."""),
        P("""Wat een leerling op iedere vestiging ten minste kan verwachten:"""),
        UL([
            "een mentor die de leerling kent en wekelijks een mentoruur geeft;",
            "een ondersteuningscoördinator en een vast zorg- en adviesteam met een jeugdprofessional en de jeugdarts;",
            "faciliteiten bij dyslexie en dyscalculie (extra tijd, auditieve ondersteuning, aangepaste toetsen);",
            "een training sociale vaardigheden en een training omgaan met faalangst of examenvrees;",
            "begeleiding bij plannen en organiseren (executieve functies) door een daarvoor geschoolde docent;",
            "een time-outruimte met begeleiding voor leerlingen die even niet in de klas kunnen zijn;",
            "extra ondersteuning Nederlands voor leerlingen met een andere thuistaal;",
            "een ontwikkelingsperspectiefplan binnen zes weken voor iedere leerling die extra ondersteuning krijgt.",
        ]),
        P("""Wat boven het Basisprofiel uitgaat, noemen we extra ondersteuning. Scholen en het samenwerkingsverband
        spreken elkaar aan wanneer het Basisprofiel niet wordt waargemaakt; twee keer per planperiode kijken
        collega-coördinatoren bij elkaar mee in een visitatie."""),
        H1("Thema 2 – Niemand aan de zijlijn"),
        P("""Een jongere die niet naar school gaat, verliest meer dan lesstof. Het aantal thuiszitters in Zuidoever
        is al jaren te hoog. We pakken dit aan langs drie lijnen."""),
        H2("Snel signaleren, snel schakelen"),
        P("""Een school meldt iedere leerling die vier weken of langer niet of grotendeels niet naar school gaat,
        binnen vijf werkdagen bij de leerplichtambtenaar en bij de consulent van Zuidoever. Binnen tien werkdagen
        na de melding volgt een overleg met school, leerling, ouders, leerplicht en – als die betrokken is – de
        jeugdhulp. Daar wordt een plan gemaakt met een datum waarop de leerling weer onderwijs volgt. De consulent
        houdt de regie tot dat moment."""),
        H2("Doorzettingsmacht"),
        P("""Lukt het niet om binnen acht weken een passende plek te vinden, dan beslist de directeur-bestuurder
        welke school de leerling een plek biedt. De besturen hebben in 2025 vastgelegd dat zij dat besluit volgen.
        De zorgplicht van de school van aanmelding blijft daarbij onverminderd bestaan."""),
        H2("Witte vlekken"),
        P("""Twee keer per jaar bespreken de consulenten, de vso-scholen en de gemeenten voor welke leerlingen geen
        passende plek te vinden was. In 2025 bleek dat er geen plek is voor havo- en vwo-leerlingen met autisme die
        een kleine, rustige setting nodig hebben, en dat de wachttijd voor onderwijs-zorgarrangementen oploopt
        tot vier maanden. In 2027 start daarom een kleine havo-klas op een van de scholen in Zuidoever, en de
        gemeenten stellen vanaf januari 2027 extra jeugdhulpcapaciteit beschikbaar voor
        onderwijs-zorgarrangementen."""),
        H2("Een overzicht van het aanbod"),
        P("""Scholen en ouders vragen al langer om één overzicht van alle ondersteuning in de regio: wat er is, waar,
        voor wie en hoe je er komt. Dat overzicht – de Ondersteuningskaart Zuidoever – is nog niet klaar. Het
        bestuursbureau brengt het aanbod van de scholen, de tussenvoorzieningen en het vso in 2026-2027 in kaart;
        de kaart verschijnt naar verwachting in het voorjaar van 2027."""),
        H1("Thema 3 – Doorgaande lijnen"),
        P("""Overgangen zijn kwetsbare momenten: van de basisschool naar het voortgezet onderwijs, van de ene school
        naar de andere, van het vso terug naar het regulier onderwijs, en van het vo naar het mbo of werk."""),
        H2("Van po naar vo"),
        P("""Met het samenwerkingsverband primair onderwijs in onze regio is een overstapkalender afgesproken. Voor
        iedere leerling met een ondersteuningsbehoefte vindt een warme overdracht plaats tussen basisschool en
        vo-school. Leerlingen die in groep 8 extra kwetsbaar zijn, krijgen de mogelijkheid om in juni drie keer
        te komen wennen."""),
        H2("Van vso terug naar het regulier onderwijs"),
        P("""Voor Zuidoever is het vso een plek om op krachten te komen, en voor veel leerlingen niet de plek om
        de hele schoolloopbaan te blijven. Ons uitgangspunt is dat iedere vso-leerling die dat aankan, terugkeert
        naar een reguliere school, zo dicht mogelijk bij huis en liefst bij een natuurlijk overstapmoment
        (begin van het schooljaar of van de bovenbouw). Voorwaarde is dat de leerling de doelen in zijn OPP
        grotendeels heeft gehaald en dat de ontvangende school de ondersteuning kan bieden die nog nodig is.
        Een leerling keert nooit terug zonder begeleiding: hij krijgt voor twintig weken een terugkeercoach van
        de vso-school, die wekelijks op de nieuwe school komt, en de ontvangende school krijgt voor die periode
        een vast bedrag voor extra begeleiding."""),
        P("""Zo gaat het in de praktijk. De vso-school bespreekt elk jaar in oktober bij iedere leerling in het
        laatste jaar van de TLV of terugkeer mogelijk is. Is dat zo, dan organiseert de vso-school vóór 1 maart
        een perspectiefgesprek met leerling, ouders, de consulent van Zuidoever en een mogelijke ontvangende
        school. De directeur van de vso-school en de ontvangende school besluiten samen, op advies van de
        consulent, over de overstap; bij twijfel volgt een proefperiode van zes weken, waarin de leerling twee
        dagen per week op de nieuwe school is. De overstap vindt plaats per 1 augustus of per 1 januari. Na tien
        weken en na twintig weken evalueren de terugkeercoach, de mentor en de consulent met leerling en
        ouders. Is terugkeer (nog) niet verantwoord, dan geldt voor het vervolg de regeling voor verlenging uit
        het Toewijzingsreglement."""),
        H2("Van vo naar mbo en werk"),
        P("""Met de mbo-instellingen in de regio is een doorlopende overdracht afgesproken voor leerlingen uit het
        vmbo, het praktijkonderwijs en het vso. Het praktijkonderwijs en het vso houden leerlingen na uitstroom
        nog een jaar in beeld. Samen met de gemeenten werken we aan een regionaal plan voor jongeren die geen
        startkwalificatie kunnen halen."""),
        H1("Thema 4 – Samen met ouders en leerlingen"),
        P("""Ouders en leerlingen zijn de belangrijkste partners van de school. Ouders worden betrokken bij het
        opstellen en evalueren van het OPP; leerlingen worden gehoord over hun eigen ontwikkeling en hun
        ondersteuning. In de OPR zijn ouders en leerlingen vertegenwoordigd."""),
        H2("Ouder- en jeugdsteunpunt Zuidoever"),
        P("""Sinds september 2025 heeft Zuidoever een ouder- en jeugdsteunpunt. Het steunpunt is onafhankelijk van
        scholen en samenwerkingsverband: het wordt uitgevoerd door de stichting MeeWijzer Rivierenland, heeft een
        eigen klachtenregeling en legt verantwoording af aan een eigen raad van advies. Ouders en jongeren kunnen er
        terecht als zij vastlopen met school of met het samenwerkingsverband, als zij willen weten wat hun rechten
        zijn, of als zij iemand zoeken die meegaat naar een gesprek. De medewerkers zijn ervaringsdeskundig en
        kunnen bemiddelen. Het steunpunt is bereikbaar op werkdagen via 088 – 410 22 22, per e-mail en via een
        chatfunctie. Als het steunpunt er niet uitkomt, verwijst het naar de Onderwijsconsulenten of naar de
        Geschillencommissie passend onderwijs."""),
        H2("Informatie voor ouders"),
        P("""Hoe wij ouders voortaan informeren over het ondersteuningsaanbod – via welke kanalen, op welke momenten en
        in welke talen – leggen wij vast in een communicatieplan dat in het eerste planjaar wordt opgesteld, samen
        met het ouderpanel van het steunpunt. De huidige website wordt in de zomer van 2026 uit de lucht gehaald;
        de nieuwe site is in de loop van het schooljaar 2026-2027 beschikbaar."""),
        H1("Thema 5 – Geld en middelen"),
        P("""Zuidoever ontvangt jaarlijks ruim € 11 miljoen aan ondersteuningsmiddelen, waarvan het grootste deel via
        DUO rechtstreeks naar het vso en het praktijkonderwijs gaat. Onderstaande meerjarenbegroting laat zien waar
        de middelen voor worden ingezet. Bedragen in euro's."""),
        TBL([
            ["Post", "2026", "2027", "2028", "2029"],
            ["Baten lichte en zware ondersteuning", "7.480.000", "7.390.000", "7.300.000", "7.210.000"],
            ["Baten lwoo en praktijkonderwijs", "3.920.000", "3.880.000", "3.840.000", "3.800.000"],
            ["Afdracht vso (DUO)", "-3.610.000", "-3.600.000", "-3.590.000", "-3.580.000"],
            ["Afdracht lwoo en pro aan scholen", "-3.920.000", "-3.880.000", "-3.840.000", "-3.800.000"],
            ["Doorbetaling aan schoolbesturen", "-2.650.000", "-2.600.000", "-2.560.000", "-2.520.000"],
            ["Consulenten en thuiszittersaanpak", "-520.000", "-540.000", "-540.000", "-540.000"],
            ["Terugkeercoaches en terugkeerbudget", "-180.000", "-200.000", "-200.000", "-200.000"],
            ["Kleine havo-klas (vanaf 2027)", "0", "-140.000", "-240.000", "-240.000"],
            ["Ouder- en jeugdsteunpunt", "-95.000", "-95.000", "-95.000", "-95.000"],
            ["Bureau, huisvesting, bestuur", "-410.000", "-405.000", "-400.000", "-400.000"],
            ["Saldo", "95.000", "-90.000", "-125.000", "-165.000"],
        ]),
        P("""De negatieve saldi vanaf 2027 worden gedekt uit de algemene reserve, die eind 2025 € 1,4 miljoen bedroeg.
        Daarmee daalt de reserve in de planperiode naar een niveau dat past bij de risico's van het verband."""),
        P("""Over de verdeling van de middelen die naar de schoolbesturen gaan, wordt op dit moment in het bestuur
        gesproken. Het verdeelmodel uit de vorige periode loopt af op 31 juli 2026. Een nieuw model, met criteria
        die recht doen aan verschillen tussen scholen, wordt in het schooljaar 2026-2027 ontwikkeld; tot dat
        model is vastgesteld, worden de bedragen per bestuur jaarlijks bij de begroting bepaald."""),
        H1("Toelaatbaarheid en toewijzing"),
        P("""Voor een plaats in het voortgezet speciaal onderwijs of het praktijkonderwijs, en voor leerwegondersteuning,
        is een besluit van het samenwerkingsverband nodig. De procedures en criteria zijn vastgelegd in het
        Toewijzingsreglement Zuidoever 2026, dat als afzonderlijk document op de website staat. Het reglement wordt
        jaarlijks geactualiseerd; wijzigingen worden aan de OPR voorgelegd."""),
        H1("Organisatie en medezeggenschap"),
    ]
    b += filler_governance(c)
    b += filler_opr(c)
    b += filler_oogo_procedural(c)
    b += [
        P("""Met de gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp in de school: iedere vestiging heeft
        een vaste jeugdprofessional, en voor leerlingen die onderwijs en zorg combineren financieren de gemeenten
        de zorgcomponent van onderwijs-zorgarrangementen."""),
    ]
    b += filler_personeel(c)
    b += filler_ict_privacy(c)
    b += [
        H1("Jaarplanning 2026-2027"),
        TBL([
            ["Wanneer", "Wat"],
            ["Augustus 2026", "Oude website offline; start ontwikkeling communicatieplan"],
            ["September 2026", "Start inventarisatie Ondersteuningskaart"],
            ["Oktober 2026", "Teldatum; bespreking laatste TLV-jaar op vso-scholen"],
            ["November 2026", "Eerste bespreking witte vlekken met gemeenten"],
            ["December 2026", "Begroting 2027 vastgesteld; concept nieuw verdeelmodel"],
            ["Januari 2027", "Overstapmoment terugkeer vso; nieuwe website online"],
            ["Maart 2027", "Perspectiefgesprekken afgerond"],
            ["Voorjaar 2027", "Ondersteuningskaart gepubliceerd; verdeelmodel ter besluitvorming"],
            ["Juni 2027", "Tweede bespreking witte vlekken; jaarverslag 2026"],
            ["Augustus 2027", "Start kleine havo-klas"],
        ]),
        H1("Afkortingen"),
        UL([
            "OJSP – ouder- en jeugdsteunpunt",
            "OOGO – op overeenstemming gericht overleg",
            "OPP – ontwikkelingsperspectiefplan",
            "OPR – ondersteuningsplanraad",
            "OZA – onderwijs-zorgarrangement",
            "Pro – praktijkonderwijs",
            "Lwoo – leerwegondersteunend onderwijs",
            "TLV – toelaatbaarheidsverklaring",
            "Vso – voortgezet speciaal onderwijs",
        ]),
    ]
    return b


def label5(docs):
    return label(
        docs, "vo",
        criteria_false={"plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
                        "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring",
                        "ouders.informatie"},
        advisory={
            "basisondersteuning": ["borging"],
            "plaatsing": [],
            "terugstroom": [],
            "financien": ["reserves"],
            "dekkend-aanbod": ["ketenpartners"],
            "resultaten": [],
            "ouders": ["betrokkenheid"],
        },
        notes={
            "basisondersteuning": "Thema 1 'Basis en meer': Basisprofiel as minimum for every vestiging, list of eight concrete provisions, visitatie/plan when not met.",
            "plaatsing": "Nothing addressed: section 'Toelaatbaarheid en toewijzing' only refers to the separate Toewijzingsreglement on the website; TLV otherwise only in header menu, privacy passage, abbreviations and terugstroom text.",
            "terugstroom": "Inside Thema 3 'Doorgaande lijnen': policy (uitgangspunt, conditions, 20-week terugkeercoach + budget) and procedure (October check, perspectiefgesprek before 1 March, who decides, proefperiode, evaluations).",
            "financien": "Thema 5: meerjarenbegroting table with amounts and reserve; verdeelmodel expired and new one 'wordt ontwikkeld', amounts per bestuur set yearly without criteria.",
            "dekkend-aanbod": "Thema 2: thuiszitters procedure, doorzettingsmacht, zorgplicht, twice-yearly witte-vlekken analysis with actions (lacunes); the overview of the offer (Ondersteuningskaart) is not ready until spring 2027, so no continuum.",
            "resultaten": "Nothing addressed: no intended results or monitoring; 'evaluatie van de resultaten ... niet mogelijk' and 'niet gebruikt als maat voor succes' are explicit non-statements; Kengetallen are context only.",
            "ouders": "Thema 4: independent OJSP run by MeeWijzer, Onderwijsconsulenten, Geschillencommissie (steunpunt); how parents are informed is left to a communicatieplan, website offline.",
        },
    )

# ---------------------------------------------------------------------------
# Near-miss — a SCHOOL-level "ondersteuningsplan" of one basisschool (.docx).
# Uses the SWV vocabulary (basisondersteuning, arrangement, TLV, ouders,
# middelen, samenwerkingsverband, OPR) but is not a plan of a verband.
# ---------------------------------------------------------------------------


def near_miss():
    b = [
        T("Ondersteuningsplan 2025-2026"),
        SUB("OBS De Wilgenhoek · Deltadorp · onderdeel van Stichting Openbaar Onderwijs Rivierenland"),
        SUB("Vastgesteld door de directie na advies van het team; MR geïnformeerd op 2 oktober 2025"),
        TOC([
            "1. Inleiding",
            "2. Onze school en onze leerlingen",
            "3. De basisondersteuning van De Wilgenhoek",
            "4. Zorgniveaus en de ondersteuningsstructuur",
            "5. Extra ondersteuning: arrangementen via het samenwerkingsverband",
            "6. Naar het speciaal (basis)onderwijs",
            "7. Ouders",
            "8. Middelen",
            "9. Jaarplanning leerlingbesprekingen",
            "10. Samenwerking en medezeggenschap",
            "11. Evaluatie van dit plan",
        ]),
        H1("1. Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning van onze leerlingen
        organiseren. Het plan is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen weten hoe
        het werkt. Het is een uitwerking van ons schoolondersteuningsprofiel en van het ondersteuningsplan van het
        samenwerkingsverband Lingedelta, waarbij onze school is aangesloten. Het plan wordt ieder schooljaar
        bijgesteld door de intern begeleider en de directeur."""),
        H1("2. Onze school en onze leerlingen"),
        P("""De Wilgenhoek is een openbare basisschool met 214 leerlingen in negen groepen. Ongeveer een kwart van
        de leerlingen spreekt thuis een andere taal dan het Nederlands. De school heeft een intern begeleider
        (0,6 fte), een onderwijsassistent voor de onderbouw en een vakleerkracht bewegingsonderwijs. Wij werken
        met de methoden uit ons onderwijsplan en volgen de ontwikkeling van leerlingen met het leerlingvolgsysteem
        twee keer per jaar."""),
        P("""In schooljaar 2024-2025 hadden 19 leerlingen een eigen leerlijn voor één of meer vakken, kregen 11
        leerlingen een arrangement en gingen 2 leerlingen naar het speciaal basisonderwijs."""),
        H1("3. De basisondersteuning van De Wilgenhoek"),
        P("""Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Concreet
        betekent dat bij ons: een dyslexieprotocol en een dyscalculieprotocol, een plusgroep voor leerlingen die
        meer aankunnen (op woensdagochtend), een anti-pestprogramma (Kanjertraining), extra taalondersteuning in
        groep 1 tot en met 4 door de onderwijsassistent, en een vaste contactpersoon bij het wijkteam. Leerlingen
        die medicijnen gebruiken, kunnen die onder schooltijd innemen volgens het medicijnprotocol."""),
        H1("4. Zorgniveaus en de ondersteuningsstructuur"),
        P("""Wij werken handelingsgericht en onderscheiden vijf zorgniveaus."""),
        TBL([
            ["Niveau", "Wat", "Wie"],
            ["1", "Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus", "Leerkracht"],
            ["2", "Extra zorg in de groep: verlengde instructie, extra oefening", "Leerkracht"],
            ["3", "Speciale zorg na leerlingbespreking: handelingsplan, eventueel onderzoek", "Leerkracht en IB'er"],
            ["4", "Zorg op basis van extern advies: arrangement, eigen leerlijn, OPP", "IB'er, externe deskundige"],
            ["5", "Verwijzing naar speciaal (basis)onderwijs", "Directeur, IB'er, samenwerkingsverband"],
        ]),
        P("""Drie keer per jaar houden de leerkracht en de intern begeleider een groepsbespreking: in oktober,
        februari en juni. Leerlingen over wie zorgen zijn, worden daarna besproken in een leerlingbespreking. Bij
        aanhoudende zorgen wordt het ondersteuningsteam van de school ingeschakeld: IB'er, directeur, de
        onderwijsspecialist van het samenwerkingsverband en zo nodig de schoolmaatschappelijk werker."""),
        H1("5. Extra ondersteuning: arrangementen via het samenwerkingsverband"),
        P("""Heeft een leerling meer nodig dan wij met onze basisondersteuning kunnen bieden, dan vraagt de IB'er
        een arrangement aan bij het Ondersteuningsloket van het samenwerkingsverband. De aanvraag bevat het
        groeidocument en een verslag van het gesprek met ouders. Het loket beslist binnen drie weken. Een
        arrangement duurt meestal twintig weken en wordt daarna met ouders geëvalueerd."""),
        H1("6. Naar het speciaal (basis)onderwijs"),
        P("""Soms blijkt dat een leerling ondanks alle inzet beter op zijn plek is in het speciaal basisonderwijs of
        het speciaal onderwijs. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband
        nodig. Op De Wilgenhoek bereidt de IB'er de aanvraag voor, samen met ouders. Het samenwerkingsverband
        beslist over de TLV; de procedure en criteria staan in het ondersteuningsplan van het
        samenwerkingsverband. Wij blijven betrokken tot de leerling op de nieuwe school is gestart, en houden
        contact als een leerling later terug wil komen."""),
        H1("7. Ouders"),
        P("""Ouders zijn onze partners. Wij informeren ouders bij de eerste zorgen al, en nodigen hen uit voor
        ieder gesprek over hun kind. Ouders tekenen voor akkoord op het handelingsdeel van het OPP. De
        schoolgids en het schoolondersteuningsprofiel staan op onze website. Met vragen kunnen ouders altijd
        terecht bij de leerkracht of bij de IB'er. Ouders die er met de school niet uitkomen, kunnen terecht bij
        het ouder- en jeugdsteunpunt van het samenwerkingsverband of bij de klachtencommissie van ons
        schoolbestuur."""),
        H1("8. Middelen"),
        P("""De school ontvangt via het schoolbestuur een deel van het schoolbudget van het samenwerkingsverband.
        Voor 2025-2026 is dat € 28.400. Wij besteden dat aan de uren van de intern begeleider boven de 0,4 fte
        (€ 12.600), de onderwijsassistent voor taalondersteuning (€ 11.300) en materialen en scholing
        (€ 4.500). De directeur verantwoordt de besteding aan het schoolbestuur."""),
        H1("9. Jaarplanning leerlingbesprekingen"),
        TBL([
            ["Maand", "Activiteit"],
            ["September", "Startgesprekken met ouders en leerlingen"],
            ["Oktober", "Groepsbesprekingen; leerlingbesprekingen"],
            ["Januari", "Toetsperiode midden; analyse"],
            ["Februari", "Groepsbesprekingen; evaluatie arrangementen"],
            ["Juni", "Toetsperiode eind; groepsbesprekingen; overdracht naar volgende leerkracht"],
        ]),
        H1("10. Samenwerking en medezeggenschap"),
        P("""De Wilgenhoek is via Stichting Openbaar Onderwijs Rivierenland aangesloten bij samenwerkingsverband
        Lingedelta. De directeur neemt deel aan het directeurenoverleg van de subregio Deltadorp en de IB'er aan
        het IB-netwerk van het samenwerkingsverband. Een lid van onze medezeggenschapsraad is afgevaardigd naar
        de ondersteuningsplanraad (OPR) van het samenwerkingsverband. Het schoolondersteuningsprofiel wordt eens
        in de vier jaar herzien; de MR heeft daarover adviesrecht."""),
        P("""Met het wijkteam van Deltadorp hebben wij een vaste contactpersoon die eens per maand op school is.
        Leerlingen die jeugdhulp krijgen, worden met toestemming van ouders besproken in het zorgoverleg van de
        school. In schooljaar 2024-2025 was er op onze school geen sprake van leerlingen die langdurig thuis
        zaten. Bij dreigend verzuim neemt de directeur contact op met de leerplichtambtenaar."""),
        H1("11. Evaluatie van dit plan"),
        P("""In juni evalueren het team en de directie dit ondersteuningsplan. Daarbij kijken wij naar de
        resultaten van de leerlingen met een eigen leerlijn, naar de evaluaties van de arrangementen en naar de
        ervaringen van ouders uit de oudergesprekken. Op basis daarvan stellen wij het plan bij voor het
        volgende schooljaar. De evaluatie wordt besproken in de MR."""),
        P("""Dit plan is opgesteld door Femke de Ridder (IB) en Ruud Hermans (directeur). Vragen over dit plan kunt u
        stellen via de administratie van de school."""),
    ]
    return b


def label_near(docs):
    return {
        "documents": docs,
        "sector": "po",
        "looks_like_plan": False,
        "elements": {},
        "criteria": {},
        "advisory_addressed": {},
        "notes": {
            "document": "School-level 'Ondersteuningsplan' of one basisschool (OBS De Wilgenhoek): zorgniveaus, groeps- en leerlingbesprekingen, the school's own share of the budget; it refers to the verband's plan for TLV procedure/criteria. Not an ondersteuningsplan of a samenwerkingsverband (domain §5.4).",
        },
    }


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    produced = []

    def emit(name, blocks, fmt, header="", footer=""):
        path = OUT / name
        if fmt == "docx":
            render_docx(blocks, path, header, footer)
        elif fmt == "pdf":
            render_pdf(blocks, path, header, footer)
        elif fmt == "html":
            render_html(blocks, path, header, footer)
        produced.append((name, word_count(blocks)))
        return name

    n1 = emit("po-lingedelta-koersplan-2026-2030.docx", plan1(), "docx",
              header="Lingedelta · Koersplan passend onderwijs 2026-2030", footer="Ieder kind telt mee")
    write_label("po-lingedelta-koersplan-2026-2030", label1([n1]))

    n2 = emit("vo-kempenvaart-samen-verder-2026-2030.docx", plan2(), "docx",
              header="Kempenvaart VO 30-08 · Ondersteuningsplan 'Samen verder' · ouders, leerlingen en scholen samen",
              footer="Versie ter vaststelling – maart 2026")
    write_label("vo-kempenvaart-samen-verder-2026-2030", label2([n2]))

    n3 = emit("po-duinrand-ruimte-voor-ieder-kind.pdf", plan3(), "pdf",
              header="Duinrand PO 27-03 · Ondersteuningsplan 2026-2030", footer="Ruimte voor ieder kind")
    write_label("po-duinrand-ruimte-voor-ieder-kind", label3([n3]))

    n4 = emit("vo-hollandse-plassen-deel-a.pdf", plan4(), "pdf", header=P4_HEADER, footer=P4_FOOTER)
    write_label("vo-hollandse-plassen-deel-a", label4([n4]))

    n5 = emit("vo-zuidoever-koers-op-verbinding.html", plan5(), "html", header=P5_HEADER, footer=P5_FOOTER)
    write_label("vo-zuidoever-koers-op-verbinding", label5([n5]))

    n6 = emit("po-wilgenhoek-schoolondersteuningsplan.docx", near_miss(), "docx",
              header="OBS De Wilgenhoek · Ondersteuningsplan 2025-2026", footer="Samen leren, samen groeien")
    write_label("po-wilgenhoek-schoolondersteuningsplan", label_near([n6]))

    for name, wc in produced:
        print(f"{name}: {wc} words")


if __name__ == "__main__":
    main()
