#!/usr/bin/env python3
"""Generate the holdout86 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO, second/third planning
period) plus one near-miss document, in .docx, .pdf (via LibreOffice) and .html.

Deterministic, no network. Output goes to the folder above this script.
Label files (*.expected.yaml) are written by this script as well.
"""
import datetime
import html
import os
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
FIXED_DT = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ----------------------------------------------------------------------------
# writers
# ----------------------------------------------------------------------------
def _normalise_zip(path):
    """Rewrite a .docx with fixed timestamps so output is byte-stable."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(name))
    os.replace(tmp, path)


def write_docx(path, blocks, header_text=None, title=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "holdout86"
    cp.author = "holdout86"
    if title:
        cp.title = title
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header_text:
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = header_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading(b[1], level=1)
            for item in b[2]:
                doc.add_paragraph(item)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def write_html(path, blocks, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>"]
    in_main = False
    for b in blocks:
        kind = b[0]
        e = lambda s: html.escape(s, quote=False)
        if kind == "title":
            out.append(f"<header><h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p class=\"subtitle\"><em>{e(b[1])}</em></p></header>")
        elif kind == "toc":
            out.append(f"<nav><h2>{e(b[1])}</h2><ul>")
            out += [f"<li>{e(x)}</li>" for x in b[2]]
            out.append("</ul></nav>")
        elif kind == "h1":
            if not in_main:
                out.append("<main>")
                in_main = True
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    if in_main:
        out.append("</main>")
    out.append("<footer><p>Passend Onderwijs Duinstreek &middot; webversie ondersteuningsplan</p></footer>")
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, title):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (pdf_path.stem + ".docx")
        write_docx(src, blocks, header_text, title)
        profile = Path(td) / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(Path(td) / (pdf_path.stem + ".pdf"), pdf_path)


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, data):
    """Write a label file in the layout of the brief (flow lists/maps, quoted notes)."""
    lines = [f"documents: [{', '.join(data['documents'])}]",
             f"sector: {data['sector']}",
             f"looks_like_plan: {'true' if data['looks_like_plan'] else 'false'}"]
    if data["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in data["elements"].items()) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in data["criteria"].items()]
    else:
        lines += ["elements: {}", "criteria: {}"]
    adv = data.get("advisory_addressed") or {}
    if adv:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in adv.items()]
    lines.append("notes:")
    lines += [f"  {k}: {_q(v)}" for k, v in data["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == {k: v for k, v in data.items() if k != "advisory_addressed" or v}
    (OUT / name).write_text(text, encoding="utf-8")


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "sub", "h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "toc":
            n += sum(len(x.split()) for x in b[2])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
        "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
        "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def label(documents, sector, false_criteria, advisory, notes):
    crit = {c: (c not in false_criteria) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        vals = [v for k, v in crit.items() if k.startswith(el + ".")]
        if all(vals):
            st = "present"
        elif any(vals) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        elements[el] = st
    return {"documents": documents, "sector": sector, "looks_like_plan": True,
            "elements": elements, "criteria": crit,
            "advisory_addressed": {k: v for k, v in advisory.items() if v},
            "notes": notes}


P = lambda s: ("p", s)
H1 = lambda s: ("h1", s)
H2 = lambda s: ("h2", s)
UL = lambda *xs: ("ul", list(xs))
OL = lambda *xs: ("ol", list(xs))
TABLE = lambda *rows: ("table", [list(r) for r in rows])


# ----------------------------------------------------------------------------
# Plan A — PO, .docx — SWV Passend Onderwijs Eemdelta PO, derde plan 2026-2030
# BO present | PL present | TS partial (procedure deferred) | FI present
# DA partial (lacunes deferred) | RE present | OU partial (steunpunt deferred)
# ----------------------------------------------------------------------------
def plan_a():
    n = "Eemdelta PO"
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Stichting Samenwerkingsverband Passend Onderwijs Eemdelta PO (PO 26-09) — derde planperiode, "
                "1 augustus 2026 tot en met 31 juli 2030. Versie ter instemming OPR, 17 februari 2026."),
        ("toc", "Inhoudsopgave", [
            "Voorwoord",
            "1 Inleiding en leeswijzer",
            "2 Terugblik op de planperiode 2022-2026",
            "3 Missie, visie en koers",
            "4 Basisondersteuning: wat elke school biedt",
            "5 Het ondersteuningscontinuüm en het dekkend aanbod",
            "6 Toelaatbaarheid, plaatsing en terugplaatsing",
            "7 Resultaten en kwaliteitszorg",
            "8 Geld en middelen",
            "9 Ouders en communicatie (incl. ouder- en jeugdsteunpunt)",
            "10 Samenwerking met gemeenten en jeugdhulp",
            "11 Organisatie, medezeggenschap en personeel",
            "12 Planning en vaststelling",
            "Bijlage 1 Begrippenlijst",
        ]),
        ("pb",),
        H1("Voorwoord"),
        P("Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband Eemdelta PO. Toen in 2014 de Wet passend "
          "onderwijs in werking trad, was ons eerste plan vooral een ontwerp: we moesten met elkaar uitvinden hoe "
          "zeventien schoolbesturen en ruim zestig scholen samen verantwoordelijkheid konden nemen voor alle kinderen "
          "in de regio. Het tweede plan, voor de periode 2022-2026, stond in het teken van verdieping: de "
          "ondersteuningsteams op de scholen kregen vorm en we brachten de middelen dichter bij de klas."),
        P("Dit derde plan bouwt daarop voort. Veel blijft hetzelfde, en dat is bewust: scholen, ouders en partners "
          "hebben behoefte aan rust en voorspelbaarheid. Tegelijk veranderen er dingen. De landelijke discussie over "
          "een norm voor basisondersteuning, de Wet versterking positie ouders en leerlingen en de krapte op de "
          "arbeidsmarkt vragen om keuzes. In dit plan maken we die keuzes zichtbaar. Waar we nog niet klaar zijn, "
          "zeggen we dat ook."),
        P("Ik dank de leden van de ondersteuningsplanraad, de intern begeleiders, de directeuren, de bestuurders en "
          "de medewerkers van het bureau voor hun bijdragen aan dit plan. Een bijzonder woord van dank gaat naar de "
          "ouders die deelnamen aan de klankbordsessies in het najaar van 2025: hun verhalen hebben dit plan scherper "
          "gemaakt."),
        P("Marieke van der Steen, directeur-bestuurder"),
        H1("1 Inleiding en leeswijzer"),
        P("Het samenwerkingsverband is een stichting waarin de schoolbesturen voor primair onderwijs in de gemeenten "
          "Eemdijk, Bunschoten-Zuid en Leusveld samenwerken. Het verband omvat 58 basisscholen, twee scholen voor "
          "speciaal basisonderwijs (De Horizon en De Kompasroos) en drie locaties voor speciaal onderwijs van cluster "
          "3 en 4. Op 1 oktober 2025 telde het verband 14.870 leerlingen in het basisonderwijs."),
        P("Dit ondersteuningsplan beschrijft hoe het samenwerkingsverband de wettelijke opdracht uit artikel 18a van "
          "de Wet op het primair onderwijs uitvoert. Het plan is opgebouwd langs de onderwerpen die de wet noemt. "
          "Hoofdstuk 2 kijkt terug op de vorige planperiode. Hoofdstuk 3 beschrijft onze koers. De hoofdstukken 4 tot "
          "en met 9 gaan over de ondersteuning zelf: basisondersteuning, het continuüm van voorzieningen, "
          "toelaatbaarheid, resultaten, geld en ouders. De hoofdstukken 10 tot en met 12 gaan over samenwerking, "
          "organisatie en planning."),
        H2("1.1 Wat blijft en wat verandert"),
        P("Wat blijft: de indeling in vijf ondersteuningsniveaus, de ondersteuningsteams op school, het schoolmodel "
          "waarin het grootste deel van het geld naar de schoolbesturen gaat, en de Commissie van Toelaatbaarheid "
          "als beslissend orgaan over toelaatbaarheidsverklaringen."),
        P("Wat verandert: de basisondersteuning wordt aangescherpt tot twaalf standaarden; de rol van de "
          "onderwijsadviseur van het verband wordt vervangen door een vaste trajectbegeleider per school; de vaste "
          "voet per school verdwijnt uit het verdeelmodel; en de observatiegroep De Brug krijgt een tweede locatie."),
        P("Wat verdwijnt: het zogenaamde arrangementenloket, waarbij scholen per leerling een aanvraag deden voor een "
          "bovenschools arrangement, is per 1 augustus 2025 opgeheven. Scholen bekostigen deze arrangementen sinds "
          "dat moment uit hun eigen schoolbudget."),
        H1("2 Terugblik op de planperiode 2022-2026"),
        P("In het voorjaar van 2025 heeft het bureau, samen met een externe onderzoeker, het plan 2022-2026 "
          "geëvalueerd. We gebruikten daarvoor de kengetallen van DUO, onze eigen registratie van arrangementen en "
          "TLV's, een enquête onder intern begeleiders (respons 81%) en gesprekken met ouders en schoolleiders."),
        TABLE(("Indicator", "1-10-2021", "1-10-2025", "Streefwaarde plan 2022-2026"),
              ("Deelnamepercentage sbo", "2,9%", "2,4%", "2,5%"),
              ("Deelnamepercentage so (cluster 3 en 4)", "1,8%", "1,7%", "1,6%"),
              ("Aantal lopende arrangementen", "388", "412", "geen streefwaarde"),
              ("Gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "4,8 week", "maximaal 6 weken"),
              ("Terugplaatsingen van s(b)o naar basisonderwijs", "4", "7", "10 per jaar"),
              ("Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,4", "7,5")),
        P("De daling van het deelnamepercentage sbo is grotendeels het gevolg van de groepsarrangementen op "
          "basisscholen in Eemdijk. Het percentage so bleef nagenoeg gelijk. De doorlooptijd van een TLV-aanvraag is "
          "sterk verbeterd, vooral doordat de deskundigen van het verband nu vroegtijdig aanschuiven bij het "
          "multidisciplinair overleg op school."),
        P("Niet gehaald is het streven naar meer terugplaatsingen. Het aantal kinderen dat vanuit het speciaal "
          "(basis)onderwijs terugkeert naar een reguliere basisschool bleef met zeven in het schooljaar 2024-2025 "
          "ver onder de ambitie. Uit de evaluatie blijkt dat scholen de begeleiding na terugkeer onvoldoende "
          "geregeld vonden. Daarom is dit een speerpunt in het nieuwe plan (zie paragraaf 6.5)."),
        P("Verder concludeert de evaluatie dat de informatie aan ouders sterk is verbeterd, dat intern begeleiders de "
          "administratieve last nog steeds als hoog ervaren en dat de samenwerking met de jeugdhulp per gemeente "
          "sterk verschilt."),
        H1("3 Missie, visie en koers"),
        P("Onze missie luidt: ieder kind in Eemdelta krijgt onderwijs dat past, zo dicht mogelijk bij huis, samen met "
          "leeftijdgenoten waar dat kan. Deze missie is ongewijzigd ten opzichte van het vorige plan."),
        P("Onze visie gaat uit van de mogelijkheden van kinderen, niet van hun beperkingen. Wij geloven dat leraren het "
          "verschil maken en dat zij daarin gesteund moeten worden door intern begeleiders, specialisten en een "
          "samenwerkingsverband dat dichtbij staat. Ouders zijn partners: zij kennen hun kind het best. Scholen "
          "werken handelingsgericht, met oog voor wat een kind nodig heeft en wat de leraar daarvoor nodig heeft."),
        P("Voor de komende vier jaar hebben we drie koerslijnen gekozen: (1) een stevige en voor iedereen "
          "herkenbare basis op alle scholen, (2) minder bureaucratie en meer ondersteuning in de klas, en (3) een "
          "soepele terugkeer naar het regulier onderwijs wanneer dat kan. In de hoofdstukken hierna werken we deze "
          "koerslijnen uit."),
        H1("4 Basisondersteuning: wat elke school biedt"),
        P("Basisondersteuning is in Eemdelta het afgesproken niveau van ondersteuning dat iedere school en iedere "
          "vestiging van alle aangesloten besturen ten minste biedt, zonder dat daarvoor een aanvraag bij het "
          "samenwerkingsverband nodig is. Het niveau is door het algemeen bestuur vastgesteld op 9 december 2025 en "
          "geldt voor alle scholen vanaf 1 augustus 2026. Het is een ondergrens: scholen mogen meer bieden en "
          "beschrijven dat in hun schoolondersteuningsprofiel."),
        P("Het niveau is vastgelegd in twaalf standaarden. Ouders mogen op iedere basisschool in het verband het "
          "volgende verwachten:"),
        OL("Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert.",
           "Een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, de "
           "trajectbegeleider van het verband en, op afroep, de jeugdverpleegkundige of schoolmaatschappelijk werker.",
           "Handelingsgericht werken in elke groep, met groepsoverzichten en een groepsplan of groepsbespreking drie keer per jaar.",
           "Een leerlingvolgsysteem waarmee de ontwikkeling twee keer per jaar wordt gevolgd en besproken.",
           "Een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief de "
           "signalering en begeleiding tot en met het aanvragen van onderzoek.",
           "Een aanbod voor kinderen die meer aankunnen: verrijkingsstof in de groep en compacten van de basisstof.",
           "Een anti-pestprogramma en een aanpak voor sociaal-emotionele ontwikkeling, met een jaarlijkse meting.",
           "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
           "Ondersteuning bij taalachterstand, inclusief NT2-aanpak voor kinderen die korter dan twee jaar in Nederland zijn.",
           "Kortdurende individuele of groepsinterventies (tot twaalf weken) bij lees-, reken- of gedragsvragen.",
           "Een ontwikkelingsperspectief (OPP) voor ieder kind met een eigen leerlijn, opgesteld en jaarlijks geëvalueerd met ouders.",
           "Een warme overdracht bij iedere schoolwisseling, ook naar het voortgezet onderwijs."),
        P("Het verband controleert of scholen de basisondersteuning waarmaken. Elke school vult jaarlijks vóór 1 "
          "november de kwaliteitskaart basisondersteuning in. De trajectbegeleider bespreekt de kaart met de directeur. "
          "Eens per vier jaar bezoekt een auditteam van twee intern begeleiders van andere besturen de school. Voldoet "
          "een school op een of meer standaarden niet, dan maakt het bestuur binnen drie maanden een verbeterplan; het "
          "verband kan een deel van het schoolbudget oormerken voor dat verbeterplan."),
        H1("5 Het ondersteuningscontinuüm en het dekkend aanbod"),
        P("Het samenwerkingsverband werkt met vijf niveaus van ondersteuning. Samen vormen zij het continuüm van "
          "ondersteuningsvoorzieningen binnen en tussen de scholen."),
        TABLE(("Niveau", "Omschrijving", "Wie organiseert"),
              ("1", "Basisondersteuning in de groep door de leraar", "School"),
              ("2", "Basisondersteuning met inzet van intern begeleider en kortdurende interventies", "School"),
              ("3", "Extra ondersteuning: individueel of groepsarrangement op de eigen school, uit het schoolbudget", "School en bestuur"),
              ("4", "Bovenschoolse voorziening: observatiegroep De Brug (maximaal 16 weken), taalklas, plusklas op drie locaties", "Samenwerkingsverband"),
              ("5", "Speciaal basisonderwijs of speciaal onderwijs, na een toelaatbaarheidsverklaring", "Sbo- en so-scholen")),
        P("Op niveau 3 zetten scholen een arrangement in: een afgesproken pakket van extra begeleiding, materialen of "
          "expertise, vastgelegd in het OPP. Scholen kunnen daarbij expertise inhuren van de sbo- en so-scholen in het "
          "verband, die hun ambulante dienst samen hebben ondergebracht in het Expertisepunt Eemdelta."),
        P("De observatiegroep De Brug is bedoeld voor kinderen van 4 tot 8 jaar bij wie nog niet duidelijk is wat zij "
          "nodig hebben. Vanaf augustus 2026 krijgt De Brug een tweede locatie in Leusveld. De taalklas ontvangt "
          "nieuwkomers gedurende maximaal een jaar. De plusklassen zijn bedoeld voor kinderen die meer nodig hebben dan "
          "het verrijkingsaanbod in de groep."),
        P("Voor kinderen die naast onderwijs ook zorg nodig hebben, werken we met onderwijs-zorgarrangementen. Daarin "
          "maken school, ouders en jeugdhulp samen afspraken. De gemeenten financieren het zorgdeel, het verband of "
          "het schoolbestuur het onderwijsdeel (zie hoofdstuk 10)."),
        P("Of ons aanbod werkelijk dekkend is, weten we op dit moment onvoldoende. In het eerste planjaar laten we een "
          "analyse maken van de plekken waar het aanbod tekortschiet. De uitkomsten en de maatregelen die daaruit "
          "volgen, worden in het jaarplan 2027-2028 opgenomen."),
        H1("6 Toelaatbaarheid, plaatsing en terugplaatsing"),
        H2("6.1 Wie vraagt aan"),
        P("Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
          "aangevraagd door het bevoegd gezag van de school waar het kind staat ingeschreven of, bij een eerste "
          "aanmelding, is aangemeld. De aanvraag loopt via het digitale platform van het verband en wordt gedaan "
          "door de intern begeleider namens het bestuur."),
        H2("6.2 Stappen en termijnen"),
        OL("Het ondersteuningsteam van de school bespreekt het kind; ouders en de trajectbegeleider zijn daarbij.",
           "De school stelt het groeidocument op, met het OPP, de evaluatie van de ingezette arrangementen en de zienswijze van ouders.",
           "De intern begeleider dient de aanvraag in; het secretariaat controleert binnen vijf werkdagen of het dossier compleet is.",
           "Twee deskundigen van het verband geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
           "psycholoog, en afhankelijk van de vraag een tweede deskundige (kinderarts, maatschappelijk werker of "
           "jeugdpsycholoog). Zij zijn niet betrokken geweest bij de aanvraag.",
           "De Commissie van Toelaatbaarheid besluit namens het bestuur van het verband binnen zes weken na ontvangst van het complete dossier.",
           "Ouders en school ontvangen het besluit en de adviezen van de deskundigen schriftelijk."),
        H2("6.3 Criteria"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden is voldaan: de "
          "school heeft ten minste twee arrangementen op niveau 3 ingezet en geëvalueerd; het kind heeft een "
          "ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling die de mogelijkheden van de "
          "reguliere school en de bovenschoolse voorzieningen aantoonbaar overstijgt; en de deskundigen achten een "
          "kleinere groep met een specialistische aanpak nodig voor een ononderbroken ontwikkeling."),
        P("Voor het speciaal onderwijs geldt daarnaast dat het kind een ondersteuningsbehoefte heeft die structureel "
          "intensieve begeleiding op meerdere domeinen vraagt (zoals bij ernstige gedragsproblematiek, een "
          "verstandelijke beperking met een IQ lager dan 70, of een lichamelijke of medische beperking), en dat deze "
          "ondersteuning ook met een arrangement in het speciaal basisonderwijs niet te bieden is. De commissie bepaalt "
          "de bekostigingscategorie laag, midden of hoog aan de hand van de landelijke indeling naar type beperking."),
        H2("6.4 Duur"),
        P("Een TLV voor het sbo geldt tot en met 31 juli van het schooljaar waarin het kind twaalf jaar wordt. Een TLV "
          "voor het so geldt voor twee schooljaren, met het resterende deel van het lopende schooljaar erbij. Voor "
          "kinderen met een ernstige meervoudige beperking kan een TLV tot het einde van de basisschoolleeftijd worden "
          "afgegeven."),
        H2("6.5 Terugplaatsing"),
        P("Het samenwerkingsverband wil dat kinderen die in het speciaal (basis)onderwijs zijn geplaatst, terugkeren naar "
          "een reguliere basisschool zodra hun ontwikkeling dat toelaat. Uitgangspunt is dat het kind daarbij zo "
          "thuisnabij mogelijk naar school gaat. Terugplaatsing is aan de orde wanneer de ondersteuningsbehoefte binnen "
          "de basisondersteuning plus een arrangement op niveau 3 kan worden opgevangen en de ontvangende school "
          "aangeeft dat zij die ondersteuning kan bieden."),
        P("Omdat scholen de begeleiding na terugkeer te mager vonden, krijgt ieder teruggeplaatst kind vanaf 1 augustus "
          "2026 een terugplaatsingsarrangement: gedurende het eerste jaar op de nieuwe school begeleidt een ambulant "
          "begeleider van de sbo- of so-school het kind en de leraar, en de ontvangende school ontvangt een vast bedrag "
          "van € 4.000 voor extra inzet in de groep."),
        P("Hoe de terugkeer precies verloopt — wie het initiatief neemt, welke evaluatiemomenten er zijn en wie "
          "uiteindelijk beslist — leggen we in de loop van het schooljaar 2026-2027 vast in een gezamenlijke "
          "werkwijze met de sbo- en so-scholen. Tot die tijd maken de scholen hierover per kind afspraken."),
        H1("7 Resultaten en kwaliteitszorg"),
        H2("7.1 Beoogde resultaten 2026-2030"),
        P("Voor deze planperiode hebben wij de volgende beoogde resultaten voor kinderen met een ondersteuningsbehoefte vastgesteld:"),
        TABLE(("Beoogd resultaat", "Indicator", "Streefwaarde 31-7-2030"),
              ("Meer kinderen krijgen passende ondersteuning op de eigen school", "Deelnamepercentage sbo + so", "maximaal 3,8% (nu 4,1%)"),
              ("Kinderen keren vaker terug naar het regulier onderwijs", "Aantal terugplaatsingen per jaar", "ten minste 12"),
              ("Alle scholen bieden de basisondersteuning", "Scholen die op alle 12 standaarden voldoen", "100% (nu 84% op de oude standaarden)"),
              ("Snelle duidelijkheid voor ouders", "Doorlooptijd TLV-aanvraag", "gemiddeld maximaal 4 weken"),
              ("Ouders zijn tevreden over de ondersteuning", "Tevredenheidspeiling ouders", "gemiddeld 7,5 of hoger"),
              ("Kinderen met een arrangement ontwikkelen zich naar verwachting", "Kinderen met OPP die hun tussendoelen halen", "ten minste 75%")),
        H2("7.2 Hoe we de resultaten volgen"),
        P("Het bureau stelt twee keer per jaar, in februari en in september, een monitor op met de kengetallen uit de "
          "tabel hierboven, aangevuld met de gegevens uit de kwaliteitskaarten. De monitor wordt besproken in het "
          "algemeen bestuur, in de ondersteuningsplanraad en in het directeurenoverleg. De tevredenheidspeiling onder "
          "ouders en intern begeleiders vindt eens per twee jaar plaats, voor het eerst in het voorjaar van 2027. De "
          "bereikte resultaten verantwoorden wij jaarlijks in het jaarverslag. In 2028 volgt een tussentijdse "
          "evaluatie, met een bijstelling van het plan als dat nodig is."),
        H1("8 Geld en middelen"),
        H2("8.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt jaarlijks een ondersteuningsbudget voor lichte en zware ondersteuning van "
          "het Rijk. Daarvan wordt via DUO eerst de bekostiging van leerlingen in het so en het deel van het sbo boven "
          "de 2%-grens afgedragen."),
        H2("8.2 Verdeling over de besturen"),
        P("Het algemeen bestuur stelt jaarlijks in maart de verdeling voor het volgende schooljaar vast. Na aftrek van "
          "de afdrachten, de kosten van de bovenschoolse voorzieningen en de kosten van het bureau wordt het "
          "resterende bedrag als schoolbudget verdeeld over de besturen naar rato van het aantal leerlingen op de "
          "teldatum 1 oktober van het voorgaande jaar. Voor 2026-2027 komt dit neer op € 198 per leerling. De vaste "
          "voet van € 5.000 per school, die in het vorige plan gold, vervalt met ingang van 1 augustus 2026; kleine "
          "scholen krijgen in 2026-2027 nog een overgangsbedrag van € 2.500."),
        P("Besturen besteden het schoolbudget aan arrangementen op niveau 3, aan de formatie van intern begeleiders "
          "boven de norm en aan scholing die met de basisondersteuning samenhangt. Zij verantwoorden de besteding "
          "jaarlijks vóór 1 juni via een format van het verband; het verband bespreekt de verantwoording met elk bestuur."),
        H2("8.3 Meerjarenbegroting"),
        TABLE(("Bedragen x € 1.000", "2026", "2027", "2028", "2029"),
              ("Baten ondersteuningsbudget", "11.640", "11.520", "11.390", "11.270"),
              ("Afdrachten DUO so en sbo boven 2%", "-4.180", "-4.150", "-4.100", "-4.060"),
              ("Schoolbudgetten besturen", "-2.940", "-2.910", "-2.880", "-2.850"),
              ("Bovenschoolse voorzieningen (De Brug, taalklas, plusklassen)", "-1.720", "-1.780", "-1.780", "-1.780"),
              ("Terugplaatsingsarrangementen", "-48", "-56", "-64", "-72"),
              ("Expertisepunt en trajectbegeleiding", "-1.510", "-1.490", "-1.470", "-1.450"),
              ("Bureau en bestuur", "-980", "-990", "-1.000", "-1.010"),
              ("Resultaat", "262", "144", "96", "48")),
        P("De reserve van het verband bedroeg op 31 december 2025 € 2,1 miljoen. Dat ligt onder de "
          "signaleringswaarde voor bovenmatige reserves. Het bestuur houdt een weerstandsvermogen aan van ten minste "
          "5% van de baten om risico's, zoals een onverwachte groei van het so, op te vangen."),
        H1("9 Ouders en communicatie"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Het samenwerkingsverband informeert ouders "
          "over de ondersteuningsmogelijkheden op verschillende manieren. Op de website staat een ouderpagina met "
          "uitleg over de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de route naar het "
          "speciaal (basis)onderwijs. Iedere school heeft de ouderbrochure 'Passend onderwijs in Eemdelta' "
          "beschikbaar, ook in het Engels, Arabisch en Pools. Scholen nemen de basisondersteuning en hun extra "
          "ondersteuning op in de schoolgids. Twee keer per jaar organiseren we een informatieavond voor ouders, en "
          "ouders van kinderen bij wie een TLV wordt overwogen, krijgen een persoonlijk gesprek met de "
          "trajectbegeleider."),
        P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. Ouders zijn ook betrokken bij het OPP: de school "
          "stelt het op in overleg met hen en bespreekt het ten minste eenmaal per jaar met hen."),
        P("De Wet versterking positie ouders en leerlingen in het passend onderwijs vraagt van ieder samenwerkingsverband "
          "dat ouders en jongeren ergens terecht kunnen voor onafhankelijke hulp. Hoe we dat in Eemdelta vormgeven — "
          "zelfstandig, samen met het VO-verband of via een bestaande organisatie — onderzoeken we samen met de OPR. "
          "Een voorstel volgt in het voorjaar van 2027."),
        H1("10 Samenwerking met gemeenten en jeugdhulp"),
        P("Het samenwerkingsverband voerde op 22 januari 2026 op overeenstemming gericht overleg (OOGO) met de "
          "wethouders onderwijs en jeugd van de drie gemeenten. De gemeenten hebben met het concept ingestemd. "
          "Onderwerpen waren de aansluiting tussen de ondersteuning op school en de jeugdhulp, de inzet van "
          "schoolmaatschappelijk werk, leerlingenvervoer, onderwijshuisvesting voor de tweede locatie van De Brug en "
          "het onderwerp thuiszitters."),
        P("Met de gemeenten is afgesproken dat de jeugdverpleegkundige en het schoolmaatschappelijk werk op afroep "
          "deelnemen aan de ondersteuningsteams op school. De onderwijs-zorgarrangementen worden met een gezamenlijk "
          "aanvraagformulier afgehandeld. Een convenant met de zorgverzekeraar over zorg in onderwijstijd loopt tot 2028."),
        H1("11 Organisatie, medezeggenschap en personeel"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf "
          "leden, van wie drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden. De "
          "algemene vergadering van besturen komt vier keer per jaar bijeen en stelt onder meer de begroting en het "
          "ondersteuningsplan vast."),
        P("De ondersteuningsplanraad heeft twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de "
          "medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan. Daarnaast heeft het "
          "verband een eigen medezeggenschapsraad voor het personeel van het bureau."),
        P("Het bureau telt 19,4 fte, waarvan 11 fte trajectbegeleiders en orthopedagogen. Het verband investeert in "
          "de deskundigheid van medewerkers met een jaarlijks scholingsbudget van € 1.200 per fte en in de vorming van "
          "leergemeenschappen van intern begeleiders. Door de krapte op de arbeidsmarkt is het lastig orthopedagogen "
          "te werven; daarom leiden we vanaf 2026 twee medewerkers per jaar op via een opleiding tot "
          "orthopedagoog-generalist. Voor ICT en privacy werkt het verband met één digitaal dossiersysteem; een "
          "functionaris gegevensbescherming ziet toe op de naleving van de AVG."),
        H1("12 Planning en vaststelling"),
        TABLE(("Stap", "Datum"),
              ("Concept besproken in directeurenoverleg", "14 november 2025"),
              ("OOGO met de gemeenten", "22 januari 2026"),
              ("Overleg met SWV VO Eemdelta", "29 januari 2026"),
              ("Instemming ondersteuningsplanraad", "10 maart 2026"),
              ("Vaststelling algemeen bestuur", "24 maart 2026"),
              ("Toezending aan de Inspectie", "vóór 1 mei 2026")),
        P("Het plan wordt jaarlijks uitgewerkt in een jaarplan met jaarbegroting. Wijzigingen van het plan leggen we "
          "opnieuw ter instemming voor aan de ondersteuningsplanraad."),
        ("pb",),
        H1("Bijlage 1 Begrippenlijst"),
        UL("Arrangement — een afgesproken pakket van extra ondersteuning voor een kind of groep.",
           "Basisondersteuning — het afgesproken niveau van ondersteuning dat alle scholen bieden.",
           "Commissie van Toelaatbaarheid (CvT) — commissie die namens het verband besluit over TLV's.",
           "Dekkend aanbod — een geheel van voorzieningen waarin voor ieder kind een passende plek is.",
           "Meerjarenbegroting — begroting van het verband voor vier jaar.",
           "Onderwijsconsulenten — onafhankelijke adviseurs voor ouders bij problemen rond passend onderwijs.",
           "Ouder- en jeugdsteunpunt (OJSP) — onafhankelijk steunpunt voor ouders en jongeren.",
           "Terugplaatsing — de overstap van een kind van het speciaal (basis)onderwijs naar een reguliere school.",
           "Thuiszitter — een leerplichtig kind dat zonder vrijstelling niet naar school gaat.",
           "TLV — toelaatbaarheidsverklaring voor het sbo of so."),
    ]
    return b


# ----------------------------------------------------------------------------
# Plan B — VO, .docx — Samenwerkingsverband VO Zuiderhaven (VO 28-03), 2026-2030
# BO partial (inhoud: old standards lapsed, new list deferred) | PL partial (criteria
# only in absent bijlage) | TS present (inside TLV chapter) | FI partial (no besteding)
# DA present | RE missing | OU present (in "Communicatie")
# ----------------------------------------------------------------------------
def plan_b():
    b = [
        ("title", "Ondersteuningsplan Samenwerkingsverband VO Zuiderhaven 2026-2030"),
        ("sub", "Samenwerkingsverband voortgezet onderwijs Zuiderhaven, regio VO 28-03. "
                "Definitieve versie, vastgesteld door het algemeen bestuur op 7 april 2026."),
        ("toc", "Inhoud", [
            "Voorwoord",
            "1 Inleiding",
            "2 Wat we leerden van 2022-2026",
            "3 Visie en speerpunten",
            "4 Basisondersteuning",
            "5 Ondersteuningsaanbod en dekkend netwerk",
            "6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
            "7 Financieel kader",
            "8 Communicatie",
            "9 Samenwerking met gemeenten",
            "10 Bestuur, organisatie en medezeggenschap",
            "11 Kwaliteit en resultaten",
            "12 Personeel, ICT en privacy",
            "13 Van plan naar uitvoering",
            "Afkortingenlijst",
        ]),
        ("pb",),
        H1("Voorwoord"),
        P("Vier jaar geleden schreven we in het voorwoord van ons vorige ondersteuningsplan dat passend onderwijs een "
          "marathon is en geen sprint. Dat beeld blijkt te kloppen. We hebben in Zuiderhaven veel bereikt: de "
          "samenwerking tussen de scholen is hechter dan ooit, het OPDC heeft een nieuw gebouw en de lijnen met de "
          "gemeenten zijn korter geworden. Tegelijk is er werk te doen. Nog altijd zijn er jongeren die te lang thuis "
          "zitten, en de druk op de mentoren en ondersteuningscoördinatoren is groot."),
        P("In dit plan kiezen we voor continuïteit waar het goed gaat en voor vernieuwing waar het moet. We schrijven het "
          "plan bewust op hoofdlijnen; de uitwerking volgt in de jaarplannen. Wel leggen we de procedures vast die "
          "voor ouders, leerlingen en scholen houvast bieden."),
        P("Ik wil iedereen bedanken die aan dit plan heeft bijgedragen: de schoolleiders, de ondersteuningscoördinatoren, "
          "de leden van de ondersteuningsplanraad, de leerlingen van het jongerenpanel en onze collega's bij de gemeenten."),
        P("Joost Hendriksen, directeur-bestuurder"),
        H1("1 Inleiding"),
        P("Samenwerkingsverband Zuiderhaven is de vereniging van de zeven schoolbesturen voor voortgezet onderwijs in "
          "de gemeenten Zuiderhaven, Marsdijk en Oudelande. In het verband werken vijftien scholen voor voortgezet "
          "onderwijs samen, waaronder twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal "
          "onderwijs (cluster 3 en 4)."),
        P("Dit is het derde ondersteuningsplan van het verband. Het beschrijft de periode van 1 augustus 2026 tot en met "
          "31 juli 2030. Het plan geeft invulling aan de opdracht uit de Wet voortgezet onderwijs om een samenhangend "
          "geheel van ondersteuningsvoorzieningen te realiseren, zodat iedere leerling een zo passend mogelijke plek "
          "krijgt en een ononderbroken ontwikkeling kan doormaken."),
        P("Het plan kent een andere opbouw dan het vorige. In 2022 kozen we voor een indeling naar doelgroepen; nu volgen "
          "we de route die een leerling aflegt: van de basis op school, via extra ondersteuning en bovenschoolse "
          "voorzieningen, naar het vso en weer terug."),
        H1("2 Wat we leerden van 2022-2026"),
        P("In 2025 hebben we de vorige planperiode besproken met alle geledingen. De uitgebreide evaluatie is "
          "opgenomen in het jaarverslag 2025, dat op de website van het verband staat. Hier volstaan we met de "
          "lessen die voor dit plan het belangrijkst zijn."),
        UL("De bovenschoolse trajectvoorziening werkte het best wanneer de school van herkomst tijdens het traject "
           "betrokken bleef. In het nieuwe plan blijft de leerling daarom ingeschreven op de eigen school.",
           "De aanvraagprocedure voor toelaatbaarheidsverklaringen werd door scholen als omslachtig ervaren. We hebben "
           "het aantal formulieren teruggebracht van vier naar één.",
           "De afspraken over basisondersteuning bleken te gedetailleerd om in de praktijk te worden nageleefd; scholen "
           "herkenden zich er niet in.",
           "De thuiszitterstafel, die in 2023 is gestart, blijft bestaan; de werkwijze is in dit plan vastgelegd "
           "(paragraaf 5.3)."),
        P("Het verband heeft in de afgelopen periode ook de organisatie van het bureau gewijzigd. De functie van "
          "onderwijsadviseur is opgegaan in die van schoolcontactpersoon, en het secretariaat van de Commissie "
          "Toelaatbaarheid is verhuisd naar het OPDC-gebouw."),
        H1("3 Visie en speerpunten"),
        P("Zuiderhaven staat voor onderwijs waarin iedere jongere telt. Wij willen dat jongeren in hun eigen omgeving "
          "naar school kunnen, met leeftijdgenoten, en dat zij de ondersteuning krijgen die zij nodig hebben om een "
          "diploma of een passende plek op de arbeidsmarkt te halen. We gaan uit van wat een jongere kan en wil, en "
          "we betrekken de jongere zelf bij beslissingen over zijn of haar schoolloopbaan."),
        P("Voor de periode 2026-2030 kiezen we vier speerpunten:"),
        OL("Een herkenbare basis op alle scholen, aansluitend bij de landelijke norm voor basisondersteuning zodra die er is.",
           "Eenvoudiger procedures en minder papierwerk voor scholen en ouders.",
           "Een sterkere verbinding tussen onderwijs en jeugdhulp, met de school als vindplaats.",
           "Een wendbaar verband dat zijn middelen inzet waar de nood het hoogst is."),
        P("Deze speerpunten worden per schooljaar uitgewerkt in het jaarplan. Daarin beschrijven we ook welke "
          "beoogde resultaten bij elk speerpunt horen; die worden niet in dit ondersteuningsplan vastgelegd."),
        H1("4 Basisondersteuning"),
        P("Onder basisondersteuning verstaan wij in Zuiderhaven de ondersteuning die iedere school voor voortgezet "
          "onderwijs in het verband, op iedere vestiging en in iedere leerweg, ten minste biedt. Het is het gezamenlijk "
          "afgesproken minimum: voor alles wat daarboven komt, kan een school extra ondersteuning organiseren of een "
          "beroep doen op de voorzieningen van het verband. De basisondersteuning geldt voor alle leerlingen, ook voor "
          "leerlingen in het praktijkonderwijs en leerlingen met lwoo."),
        P("In het vorige plan was de basisondersteuning uitgewerkt in twaalf standaarden, waaronder een "
          "ondersteuningscoördinator op iedere vestiging, een faalangstreductietraining, een dyslexiecoach en een "
          "time-outvoorziening. Die lijst is met ingang van 1 augustus 2026 vervallen, omdat scholen zich er "
          "onvoldoende in herkenden en omdat de landelijke norm voor basisondersteuning eraan komt."),
        P("De nieuwe invulling stellen we vast zodra de landelijke norm bekend is. Tot die tijd beschrijven scholen hun "
          "ondersteuning in hun schoolgids. Het verband gaat ervan uit dat de nieuwe standaarden in het schooljaar "
          "2027-2028 worden ingevoerd."),
        P("De schoolcontactpersoon van het verband voert jaarlijks een gesprek met iedere schoolleider over de "
          "ondersteuning op de school. Blijkt daaruit dat een school tekortschiet, dan maken school en verband "
          "afspraken over verbetering, die het jaar erna worden besproken."),
        H1("5 Ondersteuningsaanbod en dekkend netwerk"),
        H2("5.1 Van basis naar specialistisch"),
        P("Het ondersteuningsaanbod in Zuiderhaven is opgebouwd in lagen die op elkaar aansluiten. Op de eerste plaats "
          "staat de basisondersteuning op iedere school (hoofdstuk 4). Daarboven organiseren scholen extra ondersteuning "
          "in de school: alle scholen voor vmbo hebben een ondersteuningsklas of Time-In-lokaal, en de scholen voor "
          "havo/vwo bieden begeleiding in kleine groepen voor leerlingen met autisme en voor hoogbegaafde leerlingen "
          "die vastlopen."),
        P("Op de tweede plaats zijn er de bovenschoolse voorzieningen van het verband. Het orthopedagogisch-didactisch "
          "centrum De Overstap biedt tijdelijke plaatsing van maximaal één jaar voor leerlingen uit de onderbouw die in "
          "het regulier onderwijs vastlopen. De trajectvoorziening Op Koers begeleidt bovenbouwleerlingen gedurende ten "
          "hoogste twaalf weken op de eigen school of op de locatie van De Overstap. Voor nieuwkomers is er de "
          "internationale schakelklas op het Lyceum Zuiderhaven."),
        P("Op de derde plaats staan het praktijkonderwijs, het leerwegondersteunend onderwijs en het voortgezet speciaal "
          "onderwijs. De scholen voor vso (De Kade en Het Baken) bieden onderwijs in de uitstroomprofielen "
          "vervolgonderwijs, arbeidsmarkt en dagbesteding. Met de gemeenten hebben we voor jongeren die naast onderwijs "
          "zorg nodig hebben, onderwijs-zorgarrangementen ingericht op beide vso-scholen en op De Overstap."),
        H2("5.2 Zorgplicht en de route naar een passende plek"),
        P("Wanneer een leerling wordt aangemeld met een ondersteuningsvraag, heeft het bestuur van de school zorgplicht. "
          "Kan de school de leerling niet zelf de nodige ondersteuning bieden, dan zoekt zij binnen zes weken (met "
          "maximaal vier weken verlenging) een passende plek op een andere school. De schoolcontactpersoon van het verband "
          "helpt daarbij. Lukt het niet om binnen die termijn een plek te vinden, dan wordt de leerling ingebracht in "
          "het Plaatsingsoverleg, waarin alle schoolleiders uit de regio zitting hebben en dat binnen tien werkdagen een "
          "school aanwijst. De directeur-bestuurder heeft de bevoegdheid een bestuur te vragen een leerling tijdelijk op "
          "te nemen wanneer het overleg er niet uitkomt."),
        H2("5.3 Thuiszitters"),
        P("Jongeren die niet of nauwelijks naar school gaan, bespreken we zo snel mogelijk aan de thuiszitterstafel. "
          "Daarin zitten de leerplichtambtenaar, de schoolcontactpersoon, een medewerker van het wijkteam en de school. "
          "De tafel komt iedere maand bijeen. Voor iedere besproken jongere wordt binnen twee weken een plan gemaakt, met "
          "een casusregisseur die verantwoordelijk is tot de jongere weer volledig onderwijs volgt. Wanneer het plan "
          "vastloopt, kan de casusregisseur opschalen naar de directeur-bestuurder en het hoofd jeugd van de gemeente, "
          "die samen doorzettingsmacht hebben. De wachtlijst van De Overstap wordt maandelijks gedeeld met de "
          "thuiszitterstafel, zodat jongeren die wachten niet uit beeld raken."),
        P("Twee keer per jaar bespreken de schoolleiders in het Plaatsingsoverleg welke groepen jongeren moeilijk een plek "
          "vinden. Daaruit volgden in de vorige periode de ondersteuningsklassen in het vmbo. Blijkt er opnieuw een "
          "tekort, dan legt het overleg een voorstel voor een nieuwe voorziening voor aan het algemeen bestuur."),
        H1("6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        H2("6.1 Toelaatbaarheidsverklaring vso"),
        P("Het bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld, vraagt de "
          "toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid van het verband. De aanvraag bevat het "
          "ontwikkelingsperspectiefplan, een overzicht van de ingezette ondersteuning en de zienswijze van ouders en "
          "leerling. Het secretariaat bevestigt de ontvangst binnen drie werkdagen."),
        P("Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog van het verband, en een "
          "tweede deskundige die past bij de vraag van de leerling, bijvoorbeeld een jeugdarts of een maatschappelijk "
          "werker. Zij brengen ieder een eigen schriftelijk advies uit. De Commissie Toelaatbaarheid beslist binnen vier "
          "weken, en in spoedsituaties binnen vijf werkdagen. Ouders ontvangen een afschrift van de adviezen."),
        P("De commissie toetst de aanvraag aan de criteria in het Toetsingskader TLV vso (bijlage 5). Daarin staan ook "
          "de regels voor het bepalen van de bekostigingscategorie. Een TLV wordt afgegeven voor ten hoogste drie "
          "schooljaren; voor leerlingen in het uitstroomprofiel dagbesteding kan dat langer zijn."),
        P("Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het verband. Het "
          "verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur "
          "over het bezwaar adviseert."),
        H2("6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Voor lwoo en pro vraagt de school van aanmelding, na overleg met de basisschool, een aanwijzing of "
          "toelaatbaarheidsverklaring aan bij dezelfde commissie. De aanvraag gaat vergezeld van het onderwijskundig "
          "rapport en de resultaten van het onderzoek naar intelligentie en leerachterstanden, afgenomen door of onder "
          "verantwoordelijkheid van de school. Aanvragen die vóór 1 april binnen zijn, worden vóór 15 mei beslist, "
          "zodat de leerling vóór de zomer weet waar hij aan toe is. Een aanwijzing voor lwoo geldt voor de hele "
          "opleiding; een TLV pro tot het einde van de schoolloopbaan. De toetsing is beschreven in de Uitvoeringsregeling "
          "lwoo en pro (bijlage 6)."),
        H2("6.3 Na de TLV: terug naar het regulier vo"),
        P("Het verband wil dat jongeren niet langer in het vso blijven dan nodig is. Terugplaatsing of overplaatsing "
          "naar een school voor regulier voortgezet onderwijs is het doel wanneer de leerling het onderwijsprogramma "
          "daar met de basisondersteuning en eventueel extra ondersteuning kan volgen, en de leerling en ouders dat "
          "willen. Een overstap valt bij voorkeur aan het begin van een schooljaar of na een rapportperiode, zodat de "
          "leerling geen onderbreking in zijn programma ervaart."),
        P("De procedure is als volgt. De vso-school evalueert het ontwikkelingsperspectief ieder jaar met leerling en "
          "ouders en beoordeelt daarbij of terugkeer mogelijk is. In het laatste jaar van de TLV neemt de vso-school "
          "uiterlijk 1 februari contact op met de schoolcontactpersoon van het verband. Samen met een mogelijke "
          "ontvangende school wordt een overstapgesprek gevoerd. Is terugkeer haalbaar, dan stelt de ontvangende school "
          "een overstapplan op en beslist haar bestuur over de inschrijving. Is terugkeer (nog) niet haalbaar, dan vraagt "
          "de vso-school vóór 1 april een nieuwe TLV aan; de Commissie Toelaatbaarheid beoordeelt die aanvraag ook op "
          "de vraag waarom terugkeer niet mogelijk is."),
        P("Na de overstap blijft de vso-school een half jaar beschikbaar voor consultatie. De ontvangende school krijgt "
          "voor ieder teruggeplaatste leerling een overstaparrangement van 40 uur begeleiding door de ambulante dienst "
          "van het vso, te besteden in het eerste schooljaar."),
        H1("7 Financieel kader"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte en voor zware ondersteuning. Met ingang van deze "
          "planperiode wijzigt het verdeelmodel. In het vorige plan verdeelden we de middelen lichte ondersteuning "
          "volledig over de scholen; nu houden we een deel bovenschools om de voorzieningen uit hoofdstuk 5 te "
          "kunnen bekostigen."),
        H2("7.1 Verdeling"),
        P("Het verdeelmodel werkt als volgt. Eerst worden de verplichte afdrachten voor vso, lwoo en pro op de "
          "rijksbijdrage in mindering gebracht. Van het restant gaat 55% naar de schoolbesturen als schoolbudget, "
          "verdeeld naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar, met een vaste voet van "
          "€ 15.000 per vestiging. 35% is bestemd voor de bovenschoolse voorzieningen en 10% voor het bureau, de "
          "Commissie Toelaatbaarheid en de thuiszitterstafel. Het algemeen bestuur stelt de verdeling ieder jaar in "
          "april vast, na advies van het schoolleidersoverleg."),
        H2("7.2 Begroting"),
        P("De meerjarenbegroting en de jaarbegroting maken geen deel uit van dit plan. Omdat de gevolgen van de "
          "vereenvoudiging van de bekostiging en van de landelijke norm voor basisondersteuning nog niet bekend zijn, "
          "stellen we de bedragen per post jaarlijks vast in de begroting, die het algemeen bestuur in december "
          "vaststelt."),
        H2("7.3 Reserves"),
        P("Het verband heeft zijn reserves in de vorige planperiode afgebouwd tot onder de signaleringswaarde. Het "
          "bestuur streeft naar een weerstandsvermogen van 5 tot 10% van de totale baten."),
        H1("8 Communicatie"),
        P("Goede communicatie met scholen, ouders, leerlingen en partners is een voorwaarde voor passend onderwijs. "
          "Het bureau heeft een communicatiemedewerker (0,6 fte) die de website, de nieuwsbrief en de contacten met de "
          "pers verzorgt."),
        H2("8.1 Scholen en partners"),
        P("Scholen ontvangen zes keer per jaar de nieuwsbrief. De schoolcontactpersoon is voor iedere school het vaste "
          "aanspreekpunt. Voor partners organiseren we jaarlijks een netwerkbijeenkomst."),
        H2("8.2 Ouders en leerlingen"),
        P("Op de website staat een aparte rubriek voor ouders en leerlingen, met uitleg over de ondersteuning op de "
          "scholen, de bovenschoolse voorzieningen, de route naar het vso en de aanvraag van lwoo en pro. Iedere "
          "basisschool in de regio ontvangt in groep 7 een folder voor ouders over passend onderwijs in het voortgezet "
          "onderwijs. In oktober organiseren we samen met de PO-verbanden een informatieavond over de overstap. "
          "Ouders van een leerling voor wie een TLV wordt aangevraagd, krijgen een brief met uitleg over de procedure "
          "en hun rechten."),
        P("Ouders en leerlingen die vragen hebben of het niet eens zijn met school of verband, kunnen terecht bij het "
          "Steunpunt Ouders en Jongeren Zuiderhaven. Dit steunpunt is onafhankelijk van scholen en verband; het wordt "
          "bemand door twee ervaren ouderadviseurs van een landelijke ouderorganisatie en is bereikbaar per telefoon en "
          "e-mail. Het steunpunt kan ook verwijzen naar de Onderwijsconsulenten en helpen bij een klacht of een geschil "
          "bij de Geschillencommissie passend onderwijs. Het steunpunt rapporteert twee keer per jaar geanonimiseerd aan "
          "het bestuur welke signalen het ontvangt."),
        P("Ouders en leerlingen hebben zitting in de ondersteuningsplanraad. Het jongerenpanel, met twee leerlingen per "
          "school, geeft jaarlijks advies aan de directeur-bestuurder."),
        H1("9 Samenwerking met gemeenten"),
        P("Het verband voerde op 3 februari 2026 op overeenstemming gericht overleg met de drie gemeenten. De gemeenten "
          "onderschrijven het plan. Gezamenlijke onderwerpen zijn de jeugdhulp op school, de aanpak van verzuim en "
          "thuiszitten, het leerlingenvervoer naar het vso, de huisvesting van De Overstap en de aansluiting op mbo en "
          "arbeidsmarkt."),
        P("In 2024 is in alle vo-scholen een jeugdhulpverlener van het wijkteam aanwezig op vaste momenten. Deze "
          "werkwijze wordt voortgezet. De gemeenten en het verband financieren samen de zorgcomponent van de "
          "onderwijs-zorgarrangementen op De Overstap."),
        H1("10 Bestuur, organisatie en medezeggenschap"),
        P("Het verband is een vereniging. De algemene ledenvergadering bestaat uit de bestuurders van de zeven "
          "aangesloten besturen en houdt toezicht op de directeur-bestuurder. De statuten bevatten een regeling voor "
          "geschillen tussen de leden."),
        P("De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen. De OPR "
          "stemde op 24 maart 2026 in met dit plan. Het verband overlegde op 10 februari 2026 met de PO-verbanden in de "
          "regio over de overstap van groep 8 naar de brugklas."),
        H1("11 Kwaliteit en resultaten"),
        P("Het verband werkt aan een nieuw kwaliteitskader. Daarin komt te staan welke indicatoren we volgen, hoe vaak "
          "we meten en op welke manier we aan bestuur, OPR en gemeenten rapporteren. Het kader wordt in het schooljaar "
          "2026-2027 samen met de schoolleiders ontwikkeld en daarna ter instemming aan de OPR voorgelegd."),
        H1("12 Personeel, ICT en privacy"),
        P("Het bureau van het verband telt 14 fte, onder wie vijf schoolcontactpersonen, drie orthopedagogen en twee "
          "medewerkers van het secretariaat. Het personeel van De Overstap (22 fte) is in dienst van het bestuur van "
          "het Lyceum Zuiderhaven en wordt gedetacheerd. De krapte op de arbeidsmarkt raakt ook ons: voor De Overstap "
          "werken we met zij-instromers, die een begeleidingstraject krijgen."),
        P("Voor de aanvragen en dossiers gebruikt het verband één beveiligd digitaal systeem. Gegevens over de "
          "gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor een besluit over "
          "toelaatbaarheid of een voorziening, en worden tot drie jaar na het besluit bewaard."),
        H1("13 Van plan naar uitvoering"),
        P("Het plan wordt uitgewerkt in jaarplannen. In elk jaarplan staan de activiteiten per speerpunt, de planning en "
          "de bijbehorende begroting. Het eerste jaarplan, voor 2026-2027, wordt in juni 2026 vastgesteld. Wijzigingen "
          "van dit ondersteuningsplan leggen we ter instemming voor aan de OPR."),
        TABLE(("Stap", "Datum"),
              ("Concept besproken met schoolleiders", "27 november 2025"),
              ("OOGO met de gemeenten", "3 februari 2026"),
              ("Overleg met de PO-verbanden", "10 februari 2026"),
              ("Instemming OPR", "24 maart 2026"),
              ("Vaststelling algemeen bestuur", "7 april 2026"),
              ("Toezending aan de Inspectie", "uiterlijk 30 april 2026")),
        ("pb",),
        H1("Afkortingenlijst"),
        UL("lwoo — leerwegondersteunend onderwijs", "OOGO — op overeenstemming gericht overleg",
           "OPDC — orthopedagogisch-didactisch centrum", "OPP — ontwikkelingsperspectiefplan",
           "OPR — ondersteuningsplanraad", "pro — praktijkonderwijs",
           "TLV — toelaatbaarheidsverklaring", "vso — voortgezet speciaal onderwijs",
           "Kwaliteitskader — het geheel van indicatoren waarmee het verband resultaten meet en beoogde resultaten vastlegt",
           "Basisondersteuning — wat iedere school ten minste biedt, zoals een ondersteuningscoördinator en een dyslexiebeleid"),
    ]
    return b


# ----------------------------------------------------------------------------
# Plan C — PO, .pdf — SWV Primair Onderwijs Heuvelrand (PO 31-02), 2026-2030
# BO present | PL partial (procedure: old route lapsed, new one deferred) | TS missing
# FI partial (verdeling deferred; begroting present) | DA present
# RE partial (doelen deferred; monitoring + achieved figures present) | OU present
# ----------------------------------------------------------------------------
def plan_c():
    b = [
        ("title", "Samen sterk voor elk kind — Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband Primair Onderwijs Heuvelrand, PO 31-02. Planperiode 1 augustus 2026 – 31 juli 2030. "
                "Vastgesteld door het bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad op 31 maart 2026."),
        ("toc", "Inhoudsopgave", [
            "Voorwoord",
            "1 Inleiding: het derde plan",
            "2 Evaluatie van het ondersteuningsplan 2022-2026",
            "3 Visie en uitgangspunten",
            "4 Basisondersteuning",
            "5 Een dekkend aanbod in Heuvelrand",
            "6 Toelaatbaarheid sbo en so",
            "   6.1 Aanvragen van een TLV",
            "   6.2 Criteria",
            "   6.3 Deskundigen, duur en categorie",
            "   6.4 Doorstroom na het sbo",
            "7 Financiën",
            "8 Kwaliteitszorg en resultaten",
            "9 Ouders",
            "10 Samenwerking met gemeenten (OOGO)",
            "11 Organisatie en bestuur",
            "12 Personeel en professionalisering",
            "13 Totstandkoming van dit plan",
            "Begrippenlijst",
        ]),
        ("pb",),
        H1("Voorwoord"),
        P("Met trots presenteren wij het ondersteuningsplan 2026-2030 van Samenwerkingsverband Heuvelrand. Het is het "
          "derde plan sinds de invoering van passend onderwijs, en het eerste dat is geschreven door een schrijfgroep "
          "waarin naast bestuurders en intern begeleiders ook ouders en leerkrachten zaten."),
        P("De titel 'Samen sterk voor elk kind' is niet nieuw; hij stond ook boven ons vorige plan. We hebben hem bewust "
          "gehouden, omdat hij nog altijd uitdrukt waar het om gaat. Wat wel nieuw is, is de nadruk op eenvoud. Scholen "
          "hebben ons de afgelopen jaren laten weten dat procedures te ingewikkeld waren. Daarom herzien we in deze "
          "periode een aantal routes grondig."),
        P("Wij danken alle betrokkenen voor hun inzet en hopen dat dit plan richting geeft aan het werk in de scholen."),
        P("Het bestuur van SWV Heuvelrand"),
        H1("1 Inleiding: het derde plan"),
        P("Samenwerkingsverband Heuvelrand omvat 41 basisscholen van negen schoolbesturen, één school voor speciaal "
          "basisonderwijs met twee locaties (SBO De Regenboog) en een school voor speciaal onderwijs cluster 4 (De Linde). "
          "Daarnaast maken leerlingen uit onze regio gebruik van cluster 3-scholen in de omliggende verbanden. Het verband "
          "werkt in vier gemeenten: Heuvelrand, Doornveld, Amerongen-Oost en Leersum-Noord."),
        P("Het ondersteuningsplan is het belangrijkste beleidsdocument van het verband. Het beschrijft welke ondersteuning "
          "er in de regio is, hoe die wordt georganiseerd en bekostigd, en hoe we de kwaliteit ervan bewaken. Het plan is "
          "geschreven voor schoolbesturen, scholen, ouders en partners. Waar het plan de uitvoering aan de scholen laat, "
          "staat dat erbij."),
        P("Ten opzichte van het plan 2022-2026 blijven de uitgangspunten, de basisondersteuning en het aanbod van de "
          "bovenschoolse voorzieningen grotendeels gelijk. Nieuw zijn de uitbreiding van de basisondersteuning met een "
          "aanbod voor meer- en hoogbegaafde leerlingen, de herziening van de TLV-route en de herziening van het "
          "verdeelmodel."),
        H1("2 Evaluatie van het ondersteuningsplan 2022-2026"),
        P("Het verband volgde de uitvoering van het vorige plan met een jaarlijkse monitor. Hieronder staan de belangrijkste "
          "bereikte resultaten, afgezet tegen de doelen van dat plan."),
        TABLE(("Doel plan 2022-2026", "Resultaat schooljaar 2024-2025", "Behaald?"),
              ("Deelname sbo niet hoger dan 2,5%", "2,3% (peildatum 1-10-2024)", "ja"),
              ("Deelname so niet hoger dan 1,5%", "1,9%", "nee"),
              ("Geen leerling langer dan drie maanden thuis zonder aanbod", "4 leerlingen, waarvan 2 met vrijstelling 5a", "gedeeltelijk"),
              ("Alle scholen voldoen aan de basisondersteuning", "39 van de 41 scholen", "gedeeltelijk"),
              ("Tevredenheid intern begeleiders over het verband ≥ 7", "7,3", "ja"),
              ("Doorlooptijd TLV maximaal 8 weken", "gemiddeld 9,5 week", "nee")),
        P("De stijging van het so is vooral zichtbaar bij jonge kinderen met een complexe gedragsvraag. De lange "
          "doorlooptijd van de TLV-aanvragen was voor het bestuur aanleiding om de aanvraagroute te herzien (zie "
          "hoofdstuk 6). Uit interviews met ouders bleek dat zij de informatie van het verband waarderen, maar dat zij "
          "niet altijd wisten waar zij terechtkonden met een klacht. Dat is in 2025 verbeterd met de komst van het "
          "ouder- en jeugdsteunpunt."),
        P("Kwalitatief zien we dat de ondersteuningsteams op de scholen zijn gegroeid in hun rol. Intern begeleiders "
          "schrijven in de enquête dat zij sneller deskundigheid kunnen inschakelen. De schoolbesturen geven aan dat het "
          "verdeelmodel te weinig rekening houdt met verschillen in leerlingpopulatie; ook dat is meegenomen in dit plan."),
        H1("3 Visie en uitgangspunten"),
        P("In Heuvelrand krijgt ieder kind onderwijs dat past bij zijn mogelijkheden, zo dicht mogelijk bij huis. We "
          "geloven in inclusief onderwijs waar het kan, en in gespecialiseerd onderwijs waar het nodig is. Scholen, "
          "ouders en partners werken daarbij samen als gelijkwaardige partners."),
        P("Onze uitgangspunten zijn ongewijzigd: (1) de ondersteuningsbehoefte van het kind staat centraal, niet het "
          "etiket; (2) de leerkracht is de spil en krijgt de ondersteuning die hij of zij nodig heeft; (3) we werken "
          "handelingsgericht en oplossingsgericht; (4) middelen gaan zoveel mogelijk naar de scholen; (5) we zijn "
          "transparant over keuzes en resultaten."),
        H1("4 Basisondersteuning"),
        P("De basisondersteuning is het niveau van ondersteuning dat iedere basisschool in Heuvelrand, op iedere locatie, "
          "minimaal biedt. Dit niveau is door alle besturen samen afgesproken en is voor alle scholen gelijk. Wat een "
          "school daarboven biedt, staat in haar schoolondersteuningsprofiel."),
        P("De basisondersteuning in Heuvelrand bestaat uit de volgende onderdelen:"),
        TABLE(("Onderdeel", "Wat ouders op elke school mogen verwachten"),
              ("Zorgstructuur", "Een intern begeleider, een ondersteuningsteam met een vaste consulent van het verband, en drie keer per jaar groepsbesprekingen."),
              ("Leren", "Signalering en aanpak van lees- en rekenproblemen, inclusief dyslexie- en dyscalculieprotocol; een preventief aanbod voor kleuters met een taalachterstand."),
              ("Gedrag en welbevinden", "Een schoolbreed programma voor positief gedrag, een anti-pestcoördinator en een jaarlijkse meting van de sociale veiligheid."),
              ("Meer- en hoogbegaafdheid (nieuw)", "Signalering met een vast instrument in groep 2 en 5, compacten en verrijken in de groep, en een contactpersoon hoogbegaafdheid."),
              ("Fysiek en medisch", "Een protocol medisch handelen, een toegankelijk gebouw of afspraken met een toegankelijke school, en afspraken over medicijngebruik."),
              ("Werkwijze", "Handelingsgericht werken, een OPP voor iedere leerling met een eigen leerlijn, een warme overdracht bij iedere overstap.")),
        P("De consulent van het verband bespreekt jaarlijks met de directeur of de school aan de basisondersteuning voldoet. "
          "Scholen die op een onderdeel tekortschieten, maken een verbeterplan dat in het volgende gesprek wordt geëvalueerd."),
        H1("5 Een dekkend aanbod in Heuvelrand"),
        H2("5.1 Het aanbod"),
        P("Boven op de basisondersteuning kunnen scholen extra ondersteuning inzetten. Dat kan in de vorm van een "
          "arrangement op de eigen school, bekostigd uit het schoolbudget, of met hulp van het Expertisecentrum "
          "Heuvelrand, waarin de ambulante begeleiders van sbo en so samenwerken. Voor leerlingen die tijdelijk meer nodig "
          "hebben, zijn er drie bovenschoolse voorzieningen: de Kleuterobservatiegroep (maximaal een half jaar), de "
          "Plusklas voor hoogbegaafde leerlingen (een dag per week) en de Taalschool voor nieuwkomers (maximaal een jaar). "
          "Voor leerlingen die meer nodig hebben, is er het sbo en het so."),
        H2("5.2 Witte vlekken en thuiszitters"),
        P("Het verband houdt zicht op leerlingen die geen passende plek hebben. Scholen melden iedere leerling die langer "
          "dan vier weken niet of gedeeltelijk naar school gaat bij de consulent. De consulent brengt de leerling in het "
          "Overleg Passende Plek, waarin het verband, leerplicht en het lokale team van de gemeente zitten. Dat overleg "
          "maakt binnen twee weken een plan met een verantwoordelijke, en volgt de leerling tot hij weer volledig naar "
          "school gaat."),
        P("Het verband inventariseert elk jaar in juni bij de scholen welke ondersteuningsvragen zij niet kunnen "
          "beantwoorden. Uit de inventarisatie van 2025 bleek dat er een tekort is aan plekken voor jonge kinderen met "
          "een complexe gedragsvraag in combinatie met een ontwikkelingsachterstand. Daarom start in augustus 2026 op De "
          "Linde een kleine groep voor deze kinderen, samen met de jeugdhulp. Ook de wachtlijst van de Plusklas is "
          "aanleiding om in 2027 een tweede locatie te openen."),
        P("Als een schoolbestuur zijn zorgplicht niet kan waarmaken omdat er geen passende school is, schakelt het de "
          "directeur van het verband in. Die kan besturen vragen een leerling tijdelijk te plaatsen en meldt de situatie "
          "aan de onderwijsconsulenten."),
        H1("6 Toelaatbaarheid sbo en so"),
        H2("6.1 Aanvragen van een TLV"),
        P("Tot en met het schooljaar 2025-2026 werkte het verband met een aanvraag via het Loket: de intern begeleider "
          "stuurde een dossier naar het Loket, een medewerker beoordeelde dat op volledigheid en de Commissie Toewijzing "
          "besliste binnen acht weken. Deze route vervalt per 1 augustus 2026, omdat zij te traag en te bureaucratisch was."),
        P("In de nieuwe werkwijze wordt de TLV besproken in het ondersteuningsteam van de school. Hoe de aanvraag, de "
          "besluitvorming en de termijnen er precies uit gaan zien, werkt een werkgroep van intern begeleiders en "
          "orthopedagogen in het voorjaar van 2026 uit. De nieuwe route wordt vóór de zomervakantie op de website "
          "gepubliceerd."),
        H2("6.2 Criteria"),
        P("De criteria voor toelaatbaarheid blijven gelijk aan die van het vorige plan. Een leerling is toelaatbaar tot het "
          "sbo als er sprake is van een combinatie van (a) een ontwikkelingsachterstand of leerachterstand van meer dan "
          "anderhalf jaar op ten minste twee vakgebieden, of gedragsproblemen die het leren structureel belemmeren, "
          "(b) een ondersteuningsbehoefte waaraan de basisschool met ten minste een jaar extra ondersteuning aantoonbaar "
          "niet heeft kunnen voldoen, en (c) een verwachting dat de leerling in een kleinere groep met meer structuur tot "
          "ontwikkeling komt. Een leerling is toelaatbaar tot het so als hij daarnaast een intensieve, langdurige "
          "ondersteuningsbehoefte heeft op het gebied van gedrag en psychiatrie (cluster 4) of een verstandelijke, "
          "lichamelijke of langdurig medische beperking (cluster 3), die ook in het sbo niet kan worden opgevangen."),
        H2("6.3 Deskundigen, duur en categorie"),
        P("Over iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de "
          "leerling, een tweede deskundige zoals een kinderarts of maatschappelijk werker. Zij adviseren ieder "
          "afzonderlijk en zijn niet bij het opstellen van de aanvraag betrokken."),
        P("Een TLV voor het sbo loopt tot het einde van de basisschoolperiode. Een TLV voor het so wordt in de regel "
          "voor twee schooljaren afgegeven in categorie laag; categorie midden of hoog wordt alleen toegekend bij een "
          "lichamelijke beperking of een meervoudige beperking."),
        H2("6.4 Doorstroom na het sbo"),
        P("Leerlingen van het sbo stromen na groep 8 door naar het voortgezet onderwijs. In 2024-2025 ging 48% naar "
          "het vmbo met lwoo, 31% naar het praktijkonderwijs en 14% naar het vso. Het sbo verzorgt samen met het "
          "VO-verband een warme overdracht."),
        H1("7 Financiën"),
        H2("7.1 Verdeling van de middelen"),
        P("Het verdeelmodel uit het vorige plan (een vast bedrag per leerling voor alle besturen) voldoet niet meer. "
          "Het bestuur heeft besloten het model te herzien, zodat het meer rekening houdt met de kenmerken van de "
          "leerlingpopulatie. Het nieuwe verdeelmodel wordt in de loop van het schooljaar 2026-2027 samen met de "
          "schoolbesturen uitgewerkt en ingevoerd met ingang van 1 augustus 2027. Voor het schooljaar 2026-2027 stelt "
          "het bestuur een overgangsregeling vast."),
        H2("7.2 Meerjarenbegroting"),
        P("De meerjarenbegroting laat zien waaraan de middelen de komende jaren worden besteed."),
        TABLE(("Post (× € 1.000)", "2026", "2027", "2028", "2029"),
              ("Rijksbijdrage lichte en zware ondersteuning", "9.310", "9.190", "9.080", "8.980"),
              ("Afdracht so (via DUO)", "3.050", "3.120", "3.120", "3.110"),
              ("Afdracht sbo boven 2%", "410", "380", "360", "350"),
              ("Schoolbudgetten aan besturen", "3.020", "2.930", "2.860", "2.800"),
              ("Expertisecentrum Heuvelrand (ambulante begeleiding)", "1.060", "1.060", "1.060", "1.060"),
              ("Bovenschoolse voorzieningen", "720", "760", "840", "840"),
              ("Groep jonge kinderen De Linde", "150", "180", "180", "180"),
              ("Bureau, consulenten en bestuur", "820", "830", "840", "850"),
              ("Saldo", "80", "-70", "-180", "-210")),
        P("De negatieve saldi vanaf 2027 worden gedekt uit de reserve, die eind 2025 € 1,4 miljoen bedroeg. Na 2029 is de "
          "reserve teruggebracht tot het niveau dat past bij het risicoprofiel van het verband."),
        P("Schoolbesturen leggen jaarlijks in hun jaarverslag en in een gesprek met de directeur van het verband "
          "verantwoording af over de besteding van het schoolbudget."),
        H1("8 Kwaliteitszorg en resultaten"),
        H2("8.1 Hoe we meten en rapporteren"),
        P("Het verband werkt volgens een vaste kwaliteitscyclus. Twee keer per jaar, in november en in mei, verzamelt het "
          "bureau de kengetallen: het deelnamepercentage sbo en so op de peildatum, het aantal afgegeven TLV's, het "
          "aantal arrangementen en bovenschoolse plaatsingen, het aantal leerlingen zonder passende plek, en de "
          "doorlooptijd van aanvragen. Eens per twee jaar houden we een tevredenheidsonderzoek onder ouders, intern "
          "begeleiders en directeuren. De consulenten leggen de uitkomsten van de gesprekken over basisondersteuning vast "
          "in een jaarlijkse schoolrapportage."),
        P("De kengetallen worden besproken in het bestuur, de ondersteuningsplanraad en het IB-netwerk. In het jaarverslag "
          "rapporteren we over de bereikte resultaten, zowel in cijfers als in beschrijvingen. Halverwege de planperiode, "
          "in het voorjaar van 2028, evalueren we het plan met alle geledingen."),
        H2("8.2 Beoogde resultaten"),
        P("Het bestuur heeft ervoor gekozen de beoogde resultaten voor de nieuwe planperiode niet vooraf vast te leggen, "
          "maar ze in het eerste planjaar samen met de scholen en de ondersteuningsplanraad te formuleren, op basis van de "
          "eerste meting van de nieuwe route en het nieuwe verdeelmodel. Zij worden opgenomen in het jaarplan 2026-2027."),
        H1("9 Ouders"),
        H2("9.1 Informatie"),
        P("Het verband informeert ouders via de website, waarop een uitgebreide oudersectie staat met informatie over de "
          "basisondersteuning, de extra ondersteuning, de bovenschoolse voorzieningen en het sbo en so. Er is een "
          "oudergids 'Wegwijs in passend onderwijs', die scholen meegeven bij de intake en bij ieder eerste gesprek over "
          "extra ondersteuning. Scholen beschrijven hun ondersteuning in hun schoolgids. Ouders kunnen bovendien bellen met "
          "de ouderlijn van het verband, op werkdagen tussen 9.00 en 12.00 uur."),
        H2("9.2 Onafhankelijke ondersteuning"),
        P("Sinds 2025 heeft Heuvelrand een ouder- en jeugdsteunpunt, Steunpunt Heuvelrand, dat wordt uitgevoerd door een "
          "onafhankelijke stichting. Ouders en kinderen kunnen er terecht met vragen over ondersteuning en als zij het "
          "niet eens zijn met de school of het verband. Het steunpunt kan meegaan naar gesprekken en bemiddelen. Daarnaast "
          "kunnen ouders een beroep doen op de Onderwijsconsulenten en de Geschillencommissie passend onderwijs. Bezwaar "
          "tegen een besluit over toelaatbaarheid kunnen ouders indienen bij het verband; het verband vraagt advies aan de "
          "Landelijke Bezwaaradviescommissie."),
        H2("9.3 Betrokkenheid"),
        P("Ouders worden betrokken bij ieder gesprek over hun kind in het ondersteuningsteam en stemmen in met het "
          "handelingsdeel van het OPP. In de ondersteuningsplanraad hebben vier ouders zitting."),
        H1("10 Samenwerking met gemeenten (OOGO)"),
        P("Het OOGO met de vier gemeenten vond plaats op 19 februari 2026. Verband en gemeenten hebben een gezamenlijke "
          "agenda met drie thema's: de inzet van jeugdhulp in de school, de aanpak van thuiszitten en het "
          "leerlingenvervoer naar het so. Met de gemeenten is afgesproken dat het lokale team een vaste contactpersoon "
          "heeft voor iedere school. De groep jonge kinderen op De Linde wordt voor het zorgdeel door de gemeente "
          "Heuvelrand bekostigd."),
        H1("11 Organisatie en bestuur"),
        P("Het verband is een stichting. Het bestuur bestaat uit de bestuurders van de aangesloten schoolbesturen en "
          "een onafhankelijk voorzitter. De dagelijkse leiding ligt bij de directeur, die het bureau aanstuurt. Intern "
          "toezicht wordt uitgeoefend door een toezichtcommissie van drie onafhankelijke leden. Het bestuur vergadert "
          "zes keer per jaar; de toezichtcommissie vier keer."),
        P("De ondersteuningsplanraad telt acht leden. De OPR heeft instemmingsrecht op het ondersteuningsplan en "
          "adviesrecht op de begroting."),
        H1("12 Personeel en professionalisering"),
        P("Het bureau heeft 12 medewerkers, onder wie zes consulenten en twee orthopedagogen. Het Expertisecentrum "
          "Heuvelrand telt 14 ambulante begeleiders, die in dienst zijn van de besturen van sbo en so. In het "
          "IB-netwerk komen de intern begeleiders zes keer per jaar bijeen. Het verband biedt jaarlijks een "
          "scholingsaanbod aan, dit jaar met als thema's hoogbegaafdheid, jonge kinderen en handelingsgericht werken."),
        P("Het verband werkt met een digitaal dossier, waarin school, ouders en consulent samen de ondersteuningsbehoefte "
          "vastleggen. De privacyverklaring van het verband beschrijft welke gegevens worden opgeslagen en hoe lang."),
        H1("13 Totstandkoming van dit plan"),
        P("Het plan is tussen september 2025 en februari 2026 geschreven door een schrijfgroep. Het concept is besproken "
          "met de directeuren, het IB-netwerk en de gemeenten. Met het VO-verband Heuvelrand is op 5 februari 2026 "
          "overleg gevoerd. De OPR stemde op 31 maart 2026 in; het bestuur stelde het plan vast op 14 april 2026, "
          "waarna het vóór 1 mei aan de Inspectie is toegezonden."),
        ("pb",),
        H1("Begrippenlijst"),
        UL("Basisondersteuning — het door alle besturen afgesproken niveau van ondersteuning op iedere school.",
           "Beoogde resultaten — de doelen die het verband zich stelt voor leerlingen met een ondersteuningsbehoefte.",
           "Dekkend aanbod — een samenhangend geheel van voorzieningen waarin iedere leerling een plek vindt.",
           "OJSP — ouder- en jeugdsteunpunt.",
           "Terugplaatsing — terugkeer van een leerling uit het sbo of so naar het regulier basisonderwijs; "
           "het verband ondersteunt dit met een terugplaatsingsarrangement.",
           "TLV — toelaatbaarheidsverklaring.",
           "Verdeelmodel — de regels waarmee het verband middelen over de besturen verdeelt."),
    ]
    return b


# ----------------------------------------------------------------------------
# Plan D — VO, .pdf — Samenwerkingsverband VO Lindeland (VO 24-11), 2025-2029
# BO missing (only reference to separate document) | PL present (vso, lwoo, pro)
# TS partial (procedure present; beleid = reference to previous plan, to be revised)
# FI present | DA partial (lacunes present; continuum overview deferred)
# RE present | OU missing (only a deferral + glossary)
# ----------------------------------------------------------------------------
def plan_d():
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("sub", "Samenwerkingsverband Voortgezet Onderwijs Lindeland (VO 24-11). Het plan geldt van 1 augustus 2025 tot "
                "en met 31 juli 2029. Vastgesteld door het algemeen bestuur op 8 april 2025."),
        ("toc", "Inhoud", [
            "Voorwoord",
            "1 Over dit plan",
            "2 Terugblik 2021-2025",
            "3 Koers 2025-2029",
            "4 Ondersteuning in de school (basisondersteuning)",
            "5 Toewijzing: vso, lwoo en praktijkonderwijs",
            "   5.4 Einde TLV en terugplaatsing",
            "6 Een passende plek voor iedere jongere",
            "7 Resultaten",
            "8 Financiën",
            "9 Gemeenten en jeugdhulp",
            "10 Organisatie, medezeggenschap en communicatie",
            "11 Personeel, ICT en privacy",
            "12 Vaststelling",
            "Lijst van afkortingen en begrippen",
        ]),
        ("pb",),
        H1("Voorwoord"),
        P("Lindeland is een regio in beweging. Het aantal leerlingen in het voortgezet onderwijs daalt, scholen fuseren, "
          "en tegelijk neemt de complexiteit van de ondersteuningsvragen toe. Dit derde ondersteuningsplan is geschreven "
          "tegen die achtergrond. Het vorige plan had als motto 'ruimte voor de school'; in dit plan ligt de nadruk op "
          "samen verantwoordelijkheid nemen voor jongeren die geen plek vinden."),
        P("Dit plan is compacter dan het vorige. Uitvoeringsafspraken staan in het jaarplan en in afzonderlijke "
          "regelingen. In dit plan leggen we vast wat voor de hele periode geldt."),
        P("Ilse Bakker, directeur-bestuurder"),
        H1("1 Over dit plan"),
        P("Samenwerkingsverband VO Lindeland is een stichting van vijf schoolbesturen met in totaal twaalf scholen voor "
          "voortgezet onderwijs, waaronder één school voor praktijkonderwijs (Praktijkschool De Werf) en één school voor "
          "voortgezet speciaal onderwijs cluster 4 (VSO Het Anker). Jongeren uit Lindeland met een cluster 3-indicatie "
          "gaan naar vso-scholen in de naburige regio's. Het verband werkt in de gemeenten Lindeland, Westerkwartier-Zuid "
          "en Haarsveld."),
        P("Het plan beschrijft hoe het verband zijn wettelijke taken uitvoert: het toewijzen van ondersteuning, het "
          "beslissen over toelaatbaarheid, het verdelen van de middelen en het zorgen voor een passende plek voor iedere "
          "jongere. Het plan is tot stand gekomen in een reeks werksessies met schoolleiders, ondersteuningscoördinatoren "
          "en bestuurders in het najaar van 2024."),
        H1("2 Terugblik 2021-2025"),
        P("Het plan 2021-2025 had vier doelen. Hieronder staat per doel wat we hebben bereikt."),
        TABLE(("Doel 2021-2025", "Stand 1 oktober 2024"),
              ("Deelname vso onder het landelijk gemiddelde", "3,1% (landelijk 3,4%)"),
              ("Thuiszitters binnen drie maanden terug in onderwijs", "68% van de gemelde jongeren"),
              ("Doorlooptijd TLV-aanvraag maximaal 6 weken", "gemiddeld 5 weken"),
              ("Meer leerlingen van vso naar regulier vo", "9 leerlingen in 2023-2024 (2020-2021: 5)")),
        P("De evaluatie leert dat de thuiszitterstafel goed werkt, maar dat jongeren met een combinatie van psychiatrische "
          "problematiek en schoolverzuim nog te vaak tussen wal en schip vallen. Ook zagen we dat de bovenschoolse "
          "voorzieningen Rebound en Op-Stapklas te weinig werden gebruikt; beide zijn per 1 augustus 2025 gesloten. De "
          "middelen zijn teruggegaan naar de scholen."),
        H1("3 Koers 2025-2029"),
        P("Het verband wil dat iedere jongere in Lindeland naar school gaat op een plek die bij hem past, en dat geen "
          "jongere langer dan nodig thuiszit. Dat vraagt om scholen die zich samen verantwoordelijk voelen, om snelle "
          "besluiten en om een goede samenwerking met de jeugdhulp."),
        P("Voor deze periode kiezen we drie koerslijnen: samen verantwoordelijk voor een passende plek, minder "
          "bureaucratie bij toewijzing, en sturen op resultaten. De uitwerking volgt in de hoofdstukken 5 tot en met 8."),
        P("Samen verantwoordelijk betekent dat een school die een jongere niet zelf kan helpen, er niet alleen voor staat, "
          "maar ook dat de andere scholen niet wegkijken. In de werksessies hebben de schoolleiders uitgesproken dat zij "
          "besluiten van de gezamenlijke overleggen in het verband zullen volgen, ook als dat voor hun eigen school "
          "lastig is. Minder bureaucratie betekent dat we één dossier gebruiken, dat we alleen vragen wat we echt nodig "
          "hebben voor een besluit en dat we besluiten zo snel mogelijk nemen. Sturen op resultaten betekent dat we "
          "vooraf afspreken wat we willen bereiken, dat we het regelmatig meten en dat we ons beleid bijstellen als de "
          "cijfers daartoe aanleiding geven."),
        P("De koers is besproken met de raad van toezicht, die haar toezichtkader erop heeft afgestemd. De drie "
          "koerslijnen keren terug in de jaarplannen, de managementrapportages en het jaarverslag, zodat bestuur, "
          "toezicht en medezeggenschap het hele jaar kunnen zien hoe het ervoor staat."),
        H1("4 Ondersteuning in de school (basisondersteuning)"),
        P("De afspraken over de basisondersteuning in Lindeland zijn vastgelegd in het document 'Basisondersteuning VO "
          "Lindeland', dat in 2022 door het algemeen bestuur is vastgesteld en op de website van het verband staat. Dit "
          "document wordt in 2026 herzien, zodra de landelijke norm voor basisondersteuning duidelijk is."),
        P("De schoolcontactpersonen van het verband ondersteunen de ondersteuningscoördinatoren bij het opstellen van "
          "ontwikkelingsperspectiefplannen en bij complexe casuïstiek. In het netwerk ondersteuningscoördinatoren, dat "
          "vijf keer per jaar bijeenkomt, wisselen de scholen ervaringen uit. In 2025-2026 staat het netwerk in het teken "
          "van executieve functies en van het werken met het nieuwe digitale dossier."),
        H1("5 Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("5.1 Toelaatbaarheid vso"),
        P("Het bevoegd gezag van de school waar de jongere is ingeschreven, of bij een eerste aanmelding de school van "
          "aanmelding, vraagt de TLV aan bij de Commissie Toewijzing van het verband. Het dossier bevat het OPP, het "
          "onderwijskundig rapport, een verslag van het multidisciplinair overleg en de evaluatie van de ingezette "
          "ondersteuning. De commissie bestaat uit een voorzitter, een orthopedagoog en een GZ-psycholoog en besluit "
          "binnen zes weken na ontvangst van een compleet dossier. Bij dreigend thuiszitten besluit de commissie binnen "
          "tien werkdagen."),
        P("Voordat de commissie besluit, brengen twee deskundigen ieder een eigen advies uit: een orthopedagoog of "
          "psycholoog, en een tweede deskundige (jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker) "
          "afhankelijk van de problematiek."),
        H2("5.2 Criteria vso"),
        P("Een jongere is toelaatbaar tot het vso als (1) de jongere een ondersteuningsbehoefte heeft op het gebied van "
          "gedrag, psychiatrie, ontwikkeling of een lichamelijke of medische beperking die zo intensief is dat hij ook "
          "met extra ondersteuning niet in het regulier vo tot ontwikkeling komt; (2) de school ten minste zes maanden "
          "extra ondersteuning heeft geboden en geëvalueerd, tenzij de situatie dat onmogelijk maakt; en (3) de "
          "deskundigen onderschrijven dat de jongere aangewezen is op de specifieke setting van het vso. De TLV wordt "
          "afgegeven voor twee schooljaren, of voor de resterende duur van de opleiding als die korter is, in categorie "
          "laag, tenzij sprake is van een lichamelijke of meervoudige beperking (midden of hoog)."),
        H2("5.3 Lwoo en pro"),
        P("Lindeland heeft voor lwoo gekozen voor eigen criteria (opting out). Een leerling komt in aanmerking voor lwoo "
          "als hij bij een capaciteitenonderzoek een IQ tussen 75 en 90 heeft en op ten minste twee van de domeinen "
          "begrijpend lezen, rekenen en spelling een leerachterstand van minimaal anderhalf jaar, óf als er sprake is van "
          "sociaal-emotionele problematiek die het leren belemmert, vastgesteld door een orthopedagoog. Voor pro gelden de "
          "landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of meer "
          "domeinen, waarvan één begrijpend lezen of rekenen is."),
        P("De school van aanmelding dient de aanvraag in vóór 1 maart van het jaar waarin de leerling instroomt. De "
          "Commissie Toewijzing beslist vóór 1 mei. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro "
          "voor de gehele schoolloopbaan op de praktijkschool."),
        H2("5.4 Einde TLV en terugplaatsing"),
        P("VSO Het Anker evalueert het ontwikkelingsperspectief van iedere leerling ieder jaar in mei. In het laatste jaar "
          "van de TLV bespreekt de vso-school uiterlijk 1 maart met de schoolcontactpersoon van het verband of terugkeer "
          "naar het regulier vo of overplaatsing naar een andere school mogelijk is. Als dat zo is, neemt de "
          "schoolcontactpersoon contact op met een ontvangende school; beide scholen voeren een overdrachtsgesprek en het "
          "bevoegd gezag van de ontvangende school besluit over de inschrijving. De TLV loopt af op 31 juli. Als terugkeer "
          "niet mogelijk is, vraagt de vso-school vóór 1 april een nieuwe TLV aan."),
        P("Het terugplaatsingsbeleid zelf — welke doelen we nastreven, onder welke voorwaarden terugkeer verantwoord is "
          "en welke begeleiding een jongere na de overstap krijgt — herijken we in 2026 samen met de vso-scholen in en "
          "buiten de regio. Tot die tijd blijft het beleid uit het ondersteuningsplan 2021-2025 van kracht."),
        H1("6 Een passende plek voor iedere jongere"),
        H2("6.1 Zorgplicht en de Passende-plektafel"),
        P("Iedere school heeft zorgplicht. Als een school een aangemelde jongere niet zelf passend onderwijs kan bieden, "
          "zoekt zij binnen de wettelijke termijn een andere school. Lukt dat niet binnen zes weken, dan brengt de school "
          "de jongere in bij de Passende-plektafel van het verband. Aan die tafel zitten de schoolleiders van alle "
          "scholen, de leerplichtambtenaar en een medewerker van de jeugdhulp. De tafel wijst binnen twee weken een "
          "school aan die de jongere plaatst; de scholen hebben afgesproken dat zij dit besluit volgen."),
        H2("6.2 Thuiszitters"),
        P("Scholen melden iedere jongere die vier weken of langer niet naar school gaat bij de schoolcontactpersoon en "
          "bij leerplicht. De thuiszitterstafel, die iedere twee weken bijeenkomt, stelt binnen tien werkdagen een plan "
          "op met een regisseur. De regisseur rapporteert iedere maand aan de tafel. Lukt het niet binnen drie maanden "
          "een oplossing te vinden, dan schaalt de tafel op naar het Regionaal Escalatieoverleg met de directeur-bestuurder "
          "en de wethouders."),
        H2("6.3 Het aanbod in kaart"),
        P("Met de sluiting van Rebound en Op-Stapklas is het overzicht van voorzieningen uit het vorige plan achterhaald. "
          "Een nieuwe regionale ondersteuningskaart, waarin staat welke extra ondersteuning en welke voorzieningen er "
          "binnen en tussen de scholen zijn en hoe die op elkaar aansluiten, wordt in 2026 opgesteld. Ook "
          "jongeren die nu moeilijk een plek vinden, zoals jongeren met een combinatie van psychiatrie en verzuim, worden "
          "daarin meegenomen. Het algemeen bestuur besluit in het voorjaar van 2026 over een eventuele nieuwe voorziening."),
        H1("7 Resultaten"),
        H2("7.1 Beoogde resultaten"),
        TABLE(("Beoogd resultaat 2025-2029", "Indicator", "Streefwaarde"),
              ("Geen jongere langer dan drie maanden zonder onderwijs", "Aandeel gemelde thuiszitters dat binnen drie maanden terug is", "90% in 2029"),
              ("Deelname vso blijft onder landelijk gemiddelde", "Deelnamepercentage vso op 1 oktober", "maximaal 3,0%"),
              ("Meer jongeren keren terug naar het regulier vo", "Aantal terugplaatsingen per schooljaar", "15 in 2028-2029"),
              ("Jongeren met lwoo halen een diploma", "Diplomaresultaat lwoo-leerlingen", "ten minste 90%"),
              ("Snelle besluiten", "Doorlooptijd TLV", "gemiddeld 4 weken")),
        H2("7.2 Volgen en verantwoorden"),
        P("Het verband gebruikt een dashboard met gegevens van DUO, de eigen registratie van TLV's en de registratie van "
          "de thuiszitterstafel. Het bureau rapporteert ieder kwartaal aan het algemeen bestuur en twee keer per jaar aan "
          "de ondersteuningsplanraad en de gemeenten. In het jaarverslag verantwoorden we de bereikte resultaten ten "
          "opzichte van de streefwaarden, met een toelichting bij afwijkingen. In 2027 volgt een tussentijdse evaluatie."),
        H1("8 Financiën"),
        H2("8.1 Verdeelmodel"),
        P("Het verband ontvangt een budget voor lichte ondersteuning, een budget voor zware ondersteuning en de middelen "
          "voor lwoo en pro. De afdrachten voor vso, lwoo en pro gaan via DUO rechtstreeks naar de scholen. Het resterende "
          "budget wordt als volgt verdeeld: 60% gaat als ondersteuningsbudget naar de schoolbesturen, op basis van het "
          "aantal leerlingen op 1 oktober (€ 212 per leerling in 2025-2026); 25% is bestemd voor de thuiszitterstafel, "
          "de Passende-plektafel en maatwerktrajecten; 15% voor bureau en bestuur. Het algemeen bestuur stelt de "
          "bedragen jaarlijks in december vast bij de begroting."),
        P("Besturen verantwoorden de besteding van het ondersteuningsbudget in hun jaarverslag en in een jaarlijks "
          "gesprek met de directeur-bestuurder, aan de hand van een vast format."),
        H2("8.2 Meerjarenbegroting"),
        TABLE(("× € 1.000", "2025", "2026", "2027", "2028"),
              ("Baten lichte en zware ondersteuning", "8.140", "8.020", "7.910", "7.800"),
              ("Afdrachten vso, lwoo en pro", "-4.620", "-4.570", "-4.520", "-4.470"),
              ("Ondersteuningsbudget besturen", "-2.100", "-2.070", "-2.040", "-2.010"),
              ("Thuiszitterstafel, Passende-plektafel en maatwerk", "-880", "-860", "-850", "-840"),
              ("Bureau, commissie en bestuur", "-530", "-520", "-510", "-500"),
              ("Resultaat", "10", "0", "-10", "-20")),
        P("De algemene reserve bedraagt € 0,9 miljoen. Het bestuur hanteert een ondergrens voor het weerstandsvermogen van "
          "5% van de baten."),
        H1("9 Gemeenten en jeugdhulp"),
        P("Op 13 februari 2025 voerden verband en gemeenten OOGO over het concept van dit plan. Afgesproken is dat de "
          "jeugdhulpaanbieders met een vaste contactpersoon aansluiten bij de ondersteuningsteams van de scholen, en dat de "
          "gemeenten de zorgcomponent van maatwerktrajecten voor thuiszitters bekostigen. Ook leerlingenvervoer, "
          "huisvesting en de aansluiting op mbo en arbeidsmarkt stonden op de agenda."),
        H1("10 Organisatie, medezeggenschap en communicatie"),
        P("Het verband heeft een directeur-bestuurder en een raad van toezicht van vijf leden. De algemene vergadering van "
          "schoolbesturen stelt onder meer het ondersteuningsplan en de begroting vast. De ondersteuningsplanraad stemde "
          "op 25 maart 2025 in met dit plan."),
        P("Het verband communiceert met scholen via een maandelijkse nieuwsbrief en via de schoolcontactpersonen. Een "
          "communicatieplan richting ouders en leerlingen, inclusief de manier waarop het ouder- en jeugdsteunpunt wordt "
          "ingericht, volgt in het schooljaar 2025-2026."),
        H1("11 Personeel, ICT en privacy"),
        P("Op het bureau werken 9 medewerkers (7,2 fte): de directeur-bestuurder, vier schoolcontactpersonen, een "
          "orthopedagoog, een secretaris van de Commissie Toewijzing en twee administratieve medewerkers. Het verband "
          "huurt de GZ-psycholoog in. Alle medewerkers hebben een persoonlijk ontwikkelplan; het scholingsbudget "
          "bedraagt 2% van de loonsom."),
        P("Het verband werkt met een digitaal dossier dat voldoet aan de AVG. Medische gegevens worden niet langer "
          "bewaard dan drie jaar na het besluit. Een functionaris gegevensbescherming wordt gedeeld met het PO-verband."),
        H1("12 Vaststelling"),
        P("Het concept is op 13 februari 2025 besproken met de gemeenten en op 20 februari 2025 met het PO-verband "
          "Lindeland. De OPR stemde in op 25 maart 2025 en het algemeen bestuur stelde het plan vast op 8 april 2025. "
          "Het plan is op 15 april 2025 aan de Inspectie van het Onderwijs gezonden."),
        ("pb",),
        H1("Lijst van afkortingen en begrippen"),
        UL("Basisondersteuning — de ondersteuning die iedere school in Lindeland ten minste biedt, waaronder een "
           "ondersteuningscoördinator, een mentoraat met wekelijkse mentorles en een dyslexie- en faalangstaanbod.",
           "Dekkend aanbod — samenhangend geheel van voorzieningen binnen en tussen de scholen.",
           "OJSP — ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terechtkunnen.",
           "Onderwijsconsulenten — landelijke, onafhankelijke adviseurs voor ouders.",
           "OPP — ontwikkelingsperspectiefplan.",
           "Pro — praktijkonderwijs.",
           "TLV — toelaatbaarheidsverklaring.",
           "Lwoo — leerwegondersteunend onderwijs."),
    ]
    return b


# ----------------------------------------------------------------------------
# Plan E — PO, .html — Passend Onderwijs Duinstreek PO (PO 29-05), 2026-2030,
# "Deel A – Koers" (Deel B Uitvoeringskader is not part of the input)
# BO present | PL missing | TS missing | FI missing | DA missing (all -> Deel B)
# RE partial (doelen present, monitoring -> Deel B) | OU partial (steunpunt only)
# ----------------------------------------------------------------------------
def plan_e():
    b = [
        ("title", "Ondersteuningsplan 2026-2030 — Deel A: Koers"),
        ("sub", "Stichting Passend Onderwijs Duinstreek, samenwerkingsverband primair onderwijs PO 29-05. "
                "Webversie van het ondersteuningsplan voor de schooljaren 2026-2027 tot en met 2029-2030."),
        ("toc", "Op deze pagina", [
            "Voorwoord",
            "Leeswijzer: Deel A en Deel B",
            "1 Terugblik: acht jaar passend onderwijs in Duinstreek",
            "2 Missie, visie en kernwaarden",
            "3 Basisondersteuning",
            "4 Ambities en beoogde resultaten 2026-2030",
            "5 Ondersteuningsroute, toelaatbaarheid, terugplaatsing en financiën",
            "6 Ouders",
            "7 Organisatie en governance",
            "8 Medezeggenschap en overleg met gemeenten",
            "9 Personeel en professionalisering",
            "10 ICT en privacy",
            "11 Planning",
            "Begrippenlijst",
        ]),
        H1("Voorwoord"),
        P("Voor u ligt Deel A van het ondersteuningsplan 2026-2030 van Passend Onderwijs Duinstreek. Het is ons derde "
          "ondersteuningsplan. Waar het eerste plan uit 2014 een dik boekwerk was en het tweede plan nog ruim zeventig "
          "pagina's telde, kiezen we nu voor een andere vorm. Deel A beschrijft de koers: waar staan we voor, wat "
          "verwachten we van iedere school en wat willen we de komende vier jaar bereiken. Deel B, het "
          "Uitvoeringskader, beschrijft hoe we dat organiseren."),
        P("We kozen voor deze tweedeling omdat de koers vier jaar stabiel moet zijn, terwijl de uitvoering soms sneller "
          "moet kunnen meebewegen met wat scholen en kinderen nodig hebben. Ook lezen ouders en leerkrachten liever een "
          "kort en helder stuk dan een dik rapport."),
        P("Dit plan is tot stand gekomen in gesprek met veel mensen: intern begeleiders, schoolleiders, bestuurders, "
          "leerkrachten, ouders, de leden van de ondersteuningsplanraad en onze partners bij de gemeenten. Op vier "
          "koersavonden in het najaar van 2025 dachten ruim 160 mensen mee. Hun inbreng is terug te vinden in de "
          "ambities in hoofdstuk 4. Wij zijn iedereen daarvoor dankbaar."),
        P("Sanne de Wit, directeur-bestuurder, en Hans Kooistra, voorzitter van de raad van toezicht"),
        H1("Leeswijzer: Deel A en Deel B"),
        P("Deel A (dit document) bevat de terugblik, de missie en visie, de basisondersteuning, de ambities voor de "
          "planperiode, de informatie over onafhankelijke ondersteuning voor ouders, en de hoofdstukken over "
          "organisatie, medezeggenschap, personeel, ICT en planning."),
        P("Deel B, het Uitvoeringskader 2026-2030, bevat de ondersteuningsroute, de procedures voor toelaatbaarheid en "
          "terugplaatsing, het verdeelmodel en de meerjarenbegroting, en het kwaliteitskader. Deel B wordt door het "
          "bestuur afzonderlijk vastgesteld en is als los document te downloaden van onze website. Waar in Deel A naar "
          "Deel B wordt verwezen, staat het hoofdstuknummer erbij."),
        H1("1 Terugblik: acht jaar passend onderwijs in Duinstreek"),
        P("Passend Onderwijs Duinstreek bestaat sinds 2014. In de eerste jaren lag de nadruk op het opbouwen van een "
          "organisatie en op het leren samenwerken tussen besturen die elkaar tot dan toe vooral als concurrenten zagen. "
          "In de periode 2018-2022 is veel energie gestoken in het versterken van de intern begeleiders en in het "
          "verkleinen van de afstand tussen verband en school."),
        P("In de afgelopen planperiode, 2022-2026, stonden drie thema's centraal: eenvoud, vakmanschap en ontmoeting. "
          "Onder eenvoud vielen de invoering van één digitaal dossier voor alle scholen, het schrappen van overbodige "
          "formulieren en de vernieuwing van onze website. Onder vakmanschap vielen de leergang voor intern begeleiders, "
          "die door 38 intern begeleiders is afgerond, en de jaarlijkse studiedag voor alle leerkrachten. Onder "
          "ontmoeting vielen de netwerken van directeuren en intern begeleiders en de koersavonden."),
        P("Een uitgebreide evaluatie van het plan 2022-2026 is opgenomen in het jaarverslag 2025, dat in juni 2026 "
          "verschijnt. Die evaluatie vormt ook de basis voor de herziening van Deel B."),
        P("Wat blijft er in dit plan hetzelfde? De missie, de kernwaarden en de indeling van de ondersteuning in basis- en "
          "extra ondersteuning blijven ongewijzigd. Wat verandert er? De basisondersteuning wordt aangevuld met twee "
          "nieuwe standaarden, we formuleren voor het eerst meetbare ambities voor de hele planperiode, en we splitsen "
          "het plan in een koersdeel en een uitvoeringsdeel. Het stelsel van 'zorgniveaus' uit het eerste plan, dat in "
          "het tweede plan al grotendeels was losgelaten, komt in dit plan niet meer terug."),
        H1("2 Missie, visie en kernwaarden"),
        H2("2.1 Missie"),
        P("Passend Onderwijs Duinstreek zorgt er samen met de scholen voor dat ieder kind in onze regio onderwijs krijgt "
          "dat past bij wie het is en wat het nodig heeft, zo dicht mogelijk bij huis."),
        H2("2.2 Visie"),
        P("Wij geloven dat ieder kind zich wil ontwikkelen en dat ieder kind dat kan, mits de omgeving aansluit bij wat het "
          "nodig heeft. Kinderen verschillen, en dat is normaal. Een goede school kijkt naar wat een kind kan en wat het "
          "nodig heeft om de volgende stap te zetten, en stemt het onderwijs daarop af. Dat vraagt om leerkrachten die "
          "kinderen goed kennen, om scholen die samen leren en om een samenwerkingsverband dat scholen ondersteunt in plaats "
          "van ze te controleren."),
        P("We willen dat zoveel mogelijk kinderen in hun eigen wijk of dorp naar school gaan, samen met hun broertjes, "
          "zusjes en buurkinderen. Dat is niet voor ieder kind mogelijk, en dat hoeft ook niet: voor sommige kinderen is "
          "een gespecialiseerde omgeving de beste plek. Maar de vraag wat een kind nodig heeft, gaat altijd vooraf aan de "
          "vraag waar het naar school gaat."),
        P("Ouders en school zijn partners. Ouders kennen hun kind als geen ander; de school kent het kind als leerling. "
          "Samen kijken zij naar wat het kind nodig heeft. Waar het kan, praat het kind zelf mee over zijn of haar "
          "ontwikkeling."),
        H2("2.3 Wat betekent dit voor de leerkracht?"),
        P("Een visie krijgt pas betekenis in de klas. Voor de leerkracht betekent onze visie dat hij of zij niet alleen "
          "staat. Wie zich zorgen maakt over een kind, kan terecht bij de intern begeleider en, via het "
          "ondersteuningsteam, bij de onderwijsspecialist van het verband. Het verband wil daarbij niet op afstand "
          "oordelen, maar meekijken in de groep, samen met de leerkracht nadenken over wat werkt en daarna meehelpen "
          "om dat ook te doen."),
        P("Het betekent ook dat we vragen om professioneel vakmanschap: leerkrachten die hun groep kennen, doelen stellen, "
          "kijken of die doelen worden gehaald en hun aanpak bijstellen als dat nodig is. Dat is niet nieuw, maar het blijft "
          "de kern. We merken dat veel leerkrachten behoefte hebben aan tijd en ruimte om dit goed te doen. Schoolbesturen "
          "en verband zoeken samen naar manieren om die ruimte te creëren, bijvoorbeeld door minder administratie en door "
          "ondersteuning in de klas in plaats van buiten de klas."),
        P("Tot slot betekent het dat we fouten mogen maken. Passend onderwijs is geen exacte wetenschap. Wat voor het ene "
          "kind werkt, werkt voor het andere niet. We leren het meest wanneer we openlijk bespreken wat niet lukte."),
        H2("2.4 Kernwaarden"),
        UL("Vertrouwen: we gaan ervan uit dat iedereen het beste wil voor het kind, en we geven professionals ruimte.",
           "Eenvoud: we houden regels en formulieren zo beperkt mogelijk.",
           "Samen: we lossen vraagstukken op met elkaar, niet over elkaar.",
           "Transparantie: we zijn open over onze keuzes, ook als die lastig zijn.",
           "Leren: we evalueren wat we doen en passen het aan als het beter kan."),
        H1("3 Basisondersteuning"),
        H2("3.1 Wat is basisondersteuning?"),
        P("Basisondersteuning is de ondersteuning die iedere basisschool in Duinstreek, op iedere locatie, aan ieder kind "
          "biedt. Het is de gezamenlijk afgesproken ondergrens: geen school in het verband biedt minder. De "
          "basisondersteuning is voor alle scholen gelijk, ongeacht bestuur, denominatie of grootte. Het bestuur van het "
          "verband heeft het niveau op 2 december 2025 vastgesteld, na instemming van de ondersteuningsplanraad."),
        P("Wanneer een kind meer nodig heeft dan de basisondersteuning, spreken we van extra ondersteuning. Hoe die "
          "wordt georganiseerd, staat in Deel B."),
        H2("3.2 Veertien standaarden"),
        P("De basisondersteuning in Duinstreek bestaat uit veertien standaarden. Twaalf daarvan golden ook in het vorige "
          "plan; de standaarden 13 en 14 zijn nieuw. Op iedere school in Duinstreek kunnen ouders rekenen op:"),
        OL("een veilige en gestructureerde leeromgeving, met een aanpak tegen pesten en een jaarlijkse meting van de sociale veiligheid;",
           "leerkrachten die handelingsgericht werken en hun onderwijs afstemmen op verschillen tussen kinderen;",
           "een intern begeleider die ten minste twee dagdelen per week beschikbaar is per 150 leerlingen;",
           "een leerlingvolgsysteem en twee keer per jaar een groepsbespreking en leerlingbespreking;",
           "een ondersteuningsteam op school, met de intern begeleider, de directeur en de onderwijsspecialist van het verband;",
           "vroegtijdige signalering van leer- en ontwikkelingsproblemen bij kleuters;",
           "een aanpak voor dyslexie volgens het landelijk protocol, inclusief extra leestijd en het gebruik van voorleessoftware;",
           "een aanpak voor ernstige rekenproblemen en dyscalculie volgens het landelijk protocol;",
           "een aanbod voor kinderen die meer aankunnen, met compacten en verrijken in de eigen groep;",
           "begeleiding van kinderen met lichte gedragsvragen, met een schoolbreed gedragsprotocol;",
           "afspraken over medisch handelen en medicijnverstrekking;",
           "een ontwikkelingsperspectiefplan voor ieder kind dat op een of meer vakken een eigen leerlijn volgt;",
           "(nieuw) een aanbod voor kinderen met een taalachterstand, inclusief een NT2-aanpak voor nieuwkomers in de eerste twee jaar;",
           "(nieuw) een leerkracht of specialist per school die geschoold is in het signaleren van en omgaan met trauma en stress bij kinderen."),
        H2("3.3 Hoe borgen we de basisondersteuning?"),
        P("Iedere school beoordeelt jaarlijks zelf of zij aan de veertien standaarden voldoet, met een vaste zelfevaluatie. "
          "Om de drie jaar bezoekt een visitatieteam, bestaande uit een directeur en een intern begeleider van een school "
          "van een ander bestuur en de onderwijsspecialist van het verband, de school. Het team spreekt met leerkrachten, "
          "de intern begeleider en ouders, en legt zijn bevindingen vast in een kort verslag. Als een school op een "
          "standaard tekortschiet, spreken school, bestuur en verband binnen twee maanden een verbetertraject af."),
        H1("4 Ambities en beoogde resultaten 2026-2030"),
        P("Op de koersavonden hebben we met elkaar besproken wat we in vier jaar willen bereiken voor kinderen die extra "
          "ondersteuning nodig hebben. Dat heeft geleid tot vier ambities, die we voor het eerst vertalen in meetbare "
          "beoogde resultaten voor 31 juli 2030."),
        TABLE(("Ambitie", "Beoogd resultaat (31 juli 2030)"),
              ("1. Ieder kind groeit", "Ten minste 80% van de kinderen met een ontwikkelingsperspectiefplan haalt de tussendoelen die in het plan zijn afgesproken."),
              ("2. Thuisnabij waar het kan", "Het gezamenlijke deelnamepercentage sbo en so is niet hoger dan 3,5%."),
              ("3. Taal als basis", "Ten minste 85% van de nieuwkomers volgt na twee jaar NT2-aanpak het onderwijs in de eigen groep zonder aparte taalondersteuning."),
              ("4. Ouders voelen zich gehoord", "Ouders van kinderen met extra ondersteuning geven de samenwerking met school gemiddeld ten minste een 7,5.")),
        P("Bij iedere ambitie hoort een aantal activiteiten. Die staan in het jaarplan van het verband. Hoe we de voortgang "
          "op de ambities volgen, welke bronnen we daarvoor gebruiken en hoe we erover rapporteren, is beschreven in het "
          "kwaliteitskader in Deel B, hoofdstuk 6."),
        H1("5 Ondersteuningsroute, toelaatbaarheid, terugplaatsing en financiën"),
        P("De volgende onderwerpen zijn uitgewerkt in Deel B, het Uitvoeringskader 2026-2030:"),
        UL("de ondersteuningsroute en het aanbod aan extra ondersteuning, arrangementen en voorzieningen (Deel B, hoofdstuk 1);",
           "de procedure en criteria voor toelaatbaarheidsverklaringen voor het sbo en het so (Deel B, hoofdstuk 2);",
           "terugplaatsing en overplaatsing naar het basisonderwijs (Deel B, hoofdstuk 3);",
           "het verdeelmodel, de meerjarenbegroting en de verantwoording van middelen (Deel B, hoofdstuk 4);",
           "de aanpak van kinderen zonder passende plek en de samenwerking met de jeugdhulp (Deel B, hoofdstuk 5);",
           "het kwaliteitskader (Deel B, hoofdstuk 6)."),
        P("Deel B wordt jaarlijks geactualiseerd. Wijzigingen worden, net als wijzigingen van Deel A, ter instemming aan "
          "de ondersteuningsplanraad voorgelegd."),
        H1("6 Ouders"),
        H2("6.1 Onafhankelijke ondersteuning voor ouders"),
        P("Soms lopen gesprekken tussen ouders en school vast, of hebben ouders een vraag die zij liever niet aan de school "
          "of het verband stellen. Daarvoor is er het Ouder- en Jeugdsteunpunt Duinstreek. Het steunpunt is onafhankelijk: "
          "het is ondergebracht bij de Stichting Ouderkracht Kust, die geen banden heeft met de schoolbesturen. Ouders en "
          "kinderen kunnen er gratis terecht met vragen en zorgen, of als zij het niet eens zijn met een besluit. Een "
          "medewerker van het steunpunt kan meedenken, meegaan naar een gesprek op school en, als beide partijen dat "
          "willen, bemiddelen. Het steunpunt is bereikbaar via een telefoonnummer en een e-mailadres dat op iedere "
          "schoolwebsite staat, en houdt op dinsdag- en donderdagochtend spreekuur in de bibliotheek van Duinstreek."),
        P("Komen ouders en school er samen niet uit, dan kunnen ouders daarnaast een beroep doen op de "
          "Onderwijsconsulenten, een landelijke en onafhankelijke voorziening, of een klacht indienen volgens de "
          "klachtenregeling van het schoolbestuur. Voor geschillen over het ontwikkelingsperspectiefplan of over "
          "toelating en verwijdering kunnen ouders terecht bij de Geschillencommissie passend onderwijs."),
        H2("6.2 Ouders als partner"),
        P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. Het verband heeft daarnaast een ouderpanel van "
          "twaalf ouders, dat drie keer per jaar bijeenkomt en de directeur-bestuurder adviseert. Op school worden ouders "
          "betrokken bij iedere bespreking van hun kind in het ondersteuningsteam."),
        P("Hoe wij ouders informeren over de ondersteuning die er in Duinstreek is, werken we uit in een nieuw "
          "communicatieplan. Dat plan wordt in het najaar van 2026 samen met het ouderpanel opgesteld."),
        H1("7 Organisatie en governance"),
        P("Passend Onderwijs Duinstreek is een stichting. Aangesloten zijn elf schoolbesturen met samen 47 basisscholen, "
          "twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs. Het bestuur van de "
          "stichting bestaat uit één directeur-bestuurder. De raad van toezicht, met vijf leden, houdt toezicht op het "
          "bestuur en keurt onder meer het ondersteuningsplan, het jaarverslag en de begroting goed. Twee leden van de raad "
          "worden voorgedragen door de aangesloten schoolbesturen; drie leden zijn onafhankelijk."),
        P("De aangesloten schoolbesturen vormen samen de Algemene Vergadering. Zij komt twee keer per jaar bijeen en heeft "
          "een adviserende rol bij het ondersteuningsplan en de begroting. De statuten van de stichting bevatten een "
          "geschillenregeling voor geschillen tussen de aangesloten besturen."),
        P("Het bureau van het verband is gevestigd in Duinstreek-Centrum. Het bureau ondersteunt de directeur-bestuurder "
          "en de scholen, voert het secretariaat van de raad van toezicht en de Algemene Vergadering en beheert het "
          "digitale dossier."),
        H1("8 Medezeggenschap en overleg met gemeenten"),
        P("De ondersteuningsplanraad telt tien leden: vijf ouders en vijf personeelsleden, afgevaardigd vanuit de "
          "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De "
          "OPR heeft op 16 maart 2026 ingestemd met Deel A."),
        P("Over het concept van dit plan is op 5 maart 2026 op overeenstemming gericht overleg gevoerd met de colleges van "
          "burgemeester en wethouders van de gemeenten Duinstreek en Zandvoort-Noord. Het verslag van dat overleg is "
          "opgenomen als bijlage bij Deel B. Op 10 maart 2026 is het plan besproken met het samenwerkingsverband voor "
          "voortgezet onderwijs in de regio."),
        H1("9 Personeel en professionalisering"),
        P("Op het bureau van het verband werken vijftien medewerkers, onder wie acht onderwijsspecialisten. De "
          "onderwijsspecialisten zijn orthopedagoog of hebben een masteropleiding op het gebied van speciale "
          "onderwijsbehoeften. Iedere school heeft een vaste onderwijsspecialist."),
        P("Het verband investeert in de deskundigheid van intern begeleiders en leerkrachten. De leergang voor intern "
          "begeleiders, die in de vorige periode is gestart, wordt voortgezet. Nieuw is een korte leergang 'trauma-sensitief "
          "lesgeven', die aansluit bij standaard 14 van de basisondersteuning. Daarnaast organiseert het verband jaarlijks "
          "een studiedag voor alle leerkrachten en schoolleiders, en faciliteert het netwerken voor directeuren en intern "
          "begeleiders."),
        P("Net als in de rest van het land is het lastig om voldoende leerkrachten te vinden. Het verband kan dat probleem "
          "niet oplossen, maar draagt bij door de werkdruk die samenhangt met ondersteuning zo laag mogelijk te houden, "
          "onder meer door het aantal formulieren te beperken."),
        H1("10 ICT en privacy"),
        P("Het verband werkt met één digitaal dossier, waarin school en onderwijsspecialist samen de ondersteuningsvraag "
          "van een kind vastleggen. Alleen medewerkers die bij het kind betrokken zijn, hebben toegang. Het verband heeft "
          "een functionaris gegevensbescherming, en een privacyreglement dat voldoet aan de Algemene verordening "
          "gegevensbescherming. Gegevens worden niet langer bewaard dan nodig."),
        H1("11 Planning"),
        TABLE(("Wanneer", "Wat"),
              ("december 2025", "Vaststelling basisondersteuning door het bestuur"),
              ("5 maart 2026", "OOGO met de gemeenten"),
              ("16 maart 2026", "Instemming OPR met Deel A"),
              ("31 maart 2026", "Vaststelling Deel A door het bestuur, goedkeuring raad van toezicht"),
              ("april 2026", "Toezending ondersteuningsplan aan de Inspectie"),
              ("juni 2026", "Vaststelling Deel B en jaarplan 2026-2027"),
              ("najaar 2026", "Communicatieplan ouders"),
              ("voorjaar 2030", "Start voorbereiding ondersteuningsplan 2030-2034")),
        H1("Begrippenlijst"),
        UL("Arrangement — een afspraak over extra ondersteuning voor een kind, met doelen, inzet en duur.",
           "Basisondersteuning — de ondersteuning die iedere school in het verband ten minste biedt.",
           "Deel B — het Uitvoeringskader bij dit ondersteuningsplan.",
           "Dekkend aanbod — een aanbod waarin voor ieder kind een passende plek is.",
           "Meerjarenbegroting — de begroting van het verband voor vier jaar.",
           "OJSP — Ouder- en Jeugdsteunpunt.",
           "OPP — ontwikkelingsperspectiefplan.",
           "Terugplaatsing — de overstap van het sbo of so terug naar de basisschool.",
           "TLV — toelaatbaarheidsverklaring, nodig voor plaatsing in het sbo of so.",
           "Verdeelmodel — de manier waarop het verband middelen over de scholen verdeelt."),
    ]
    return b


# ----------------------------------------------------------------------------
# Near-miss — a VO *school's* own "ondersteuningsplan" (school-level zorgplan),
# not the plan of a samenwerkingsverband.
# ----------------------------------------------------------------------------
def not_a_plan():
    b = [
        ("title", "Ondersteuningsplan 2025-2026"),
        ("sub", "Scholengemeenschap De Wiekslag — vmbo, havo, vwo. Locatie Molenstraat. "
                "Vastgesteld door de schoolleiding op 9 september 2025, na advies van de deelraad."),
        ("toc", "Inhoud", [
            "1 Inleiding",
            "2 Terugblik op schooljaar 2024-2025",
            "3 Basisondersteuning op De Wiekslag",
            "4 De ondersteuningsstructuur: mentor, coördinator, ondersteuningsteam",
            "5 Extra ondersteuning en het Time-In-lokaal",
            "6 Lwoo, vso en de samenwerking met het samenwerkingsverband",
            "7 Ouders en leerlingen",
            "8 Middelen en formatie",
            "9 Resultaten en doelen voor dit schooljaar",
            "10 Jaarplanning",
        ]),
        ("pb",),
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe De Wiekslag, locatie Molenstraat, in het schooljaar 2025-2026 de "
          "ondersteuning van leerlingen organiseert. Het plan is een uitwerking van ons schoolondersteuningsprofiel en "
          "past binnen de afspraken van Samenwerkingsverband VO Wieringerland (VO 27-06), waarbij onze school is "
          "aangesloten. Het ondersteuningsplan van het samenwerkingsverband zelf is te vinden op de website van het "
          "verband; dit document gaat alleen over onze eigen school."),
        P("Het plan is bedoeld voor mentoren, docenten en het ondersteuningsteam, en wordt elk jaar in september "
          "geactualiseerd. Een samenvatting voor ouders staat in de schoolgids."),
        H1("2 Terugblik op schooljaar 2024-2025"),
        P("In het afgelopen schooljaar hebben we 212 leerlingen besproken in het ondersteuningsteam, tegen 187 het jaar "
          "daarvoor. 64 leerlingen hadden een ontwikkelingsperspectiefplan. Voor vier leerlingen is via het "
          "samenwerkingsverband een toelaatbaarheidsverklaring voor het vso aangevraagd; drie daarvan zijn toegekend. "
          "Twee leerlingen zijn vanuit het vso teruggekomen naar onze school; zij kregen in het eerste half jaar extra "
          "begeleiding van de ambulant begeleider van het vso."),
        P("Het Time-In-lokaal werd 1.430 keer bezocht. De meeste bezoeken waren kortdurend (minder dan een lesuur). De "
          "evaluatie onder docenten laat zien dat het lokaal vooral in de onderbouw wordt gewaardeerd."),
        P("Wat niet goed ging: de overdracht van informatie van de basisschool naar de mentor kwam in een aantal gevallen "
          "te laat, waardoor leerlingen pas in november in beeld kwamen. Dit jaar houden we daarom in juni "
          "kennismakingsgesprekken met alle nieuwe leerlingen en hun ouders."),
        H1("3 Basisondersteuning op De Wiekslag"),
        P("Onze school biedt de basisondersteuning die binnen het samenwerkingsverband is afgesproken. Concreet betekent "
          "dat op onze locatie: een mentoruur per week in de onderbouw, een dyslexiecoach, faalangstreductietraining in "
          "leerjaar 1 en 2, een training sociale vaardigheden, huiswerkbegeleiding op maandag tot en met donderdag, en "
          "een vertrouwenspersoon. Alle docenten volgen dit jaar een training over executieve functies."),
        H1("4 De ondersteuningsstructuur: mentor, coördinator, ondersteuningsteam"),
        P("De mentor is het eerste aanspreekpunt voor leerling en ouders. Signaleert de mentor dat een leerling meer "
          "nodig heeft, dan bespreekt hij dat met de teamleider en de ondersteuningscoördinator. Het ondersteuningsteam "
          "(OT) van de school komt iedere twee weken bijeen. Daarin zitten de ondersteuningscoördinator, de "
          "orthopedagoog van de school, de schoolmaatschappelijk werker, de jeugdarts (op afroep) en de "
          "schoolcontactpersoon van het samenwerkingsverband."),
        OL("Niveau 1: ondersteuning in de klas door de docent en mentor.",
           "Niveau 2: ondersteuning door de mentor en teamleider, met inzet van de trainingen uit de basisondersteuning.",
           "Niveau 3: bespreking in het OT en opstellen van een OPP.",
           "Niveau 4: extra ondersteuning via het Time-In-traject of een arrangement met het samenwerkingsverband.",
           "Niveau 5: aanvraag van een TLV voor het vso of een plaatsing in het OPDC van het verband."),
        H1("5 Extra ondersteuning en het Time-In-lokaal"),
        P("Het Time-In-lokaal is de hele dag open en wordt bemand door twee onderwijsassistenten. Leerlingen die tijdelijk "
          "niet in de les kunnen functioneren, kunnen hier onder begeleiding aan hun werk. Voor leerlingen die langer "
          "ondersteuning nodig hebben, is er het Time-In-traject van acht weken, met een vaste begeleider en een "
          "wekelijks gesprek met ouders."),
        P("Leerlingen met autisme kunnen gebruikmaken van een prikkelarme werkplek en een vaste coach. Voor hoogbegaafde "
          "leerlingen organiseert de school een plusprogramma in leerjaar 1 tot en met 3."),
        H1("6 Lwoo, vso en de samenwerking met het samenwerkingsverband"),
        P("Onze school heeft een lwoo-licentie voor de basis- en kaderberoepsgerichte leerweg. De aanwijzing voor lwoo "
          "wordt aangevraagd door onze zorgcoördinator bij de commissie van het samenwerkingsverband. Lwoo-leerlingen "
          "zitten in kleinere klassen (maximaal 18 leerlingen) en krijgen extra lesuren Nederlands en rekenen."),
        P("Als onze school een leerling niet de ondersteuning kan bieden die hij nodig heeft, bespreken we met ouders en "
          "het samenwerkingsverband of een TLV voor het vso passend is. De procedure en criteria daarvoor zijn vastgesteld "
          "door het samenwerkingsverband en staan in het ondersteuningsplan van het verband."),
        H1("7 Ouders en leerlingen"),
        P("Ouders worden betrokken bij iedere stap. Zij worden uitgenodigd voor het OT-gesprek over hun kind en "
          "ondertekenen het handelingsdeel van het OPP. Leerlingen praten mee over hun eigen OPP. De school informeert "
          "ouders via de schoolgids, het ouderportaal en drie ouderavonden per jaar."),
        P("Ouders die het niet eens zijn met de school, kunnen terecht bij de klachtencontactpersoon van de school, bij de "
          "vertrouwenspersoon van het bestuur of bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        H1("8 Middelen en formatie"),
        P("De school ontvangt van het samenwerkingsverband een ondersteuningsbudget van € 184.000 voor dit schooljaar. "
          "Daarvan bekostigen we het Time-In-lokaal (€ 96.000), de orthopedagoog (0,4 fte, € 38.000), de "
          "faalangstreductietraining en de training sociale vaardigheden (€ 14.000) en de coaching van leerlingen met "
          "autisme (€ 36.000). De formatie van de ondersteuningscoördinator (0,8 fte) komt uit de lumpsum van de school."),
        H1("9 Resultaten en doelen voor dit schooljaar"),
        UL("Ten minste 90% van de leerlingen met een OPP gaat over naar het volgende leerjaar of haalt het diploma.",
           "Het aantal bezoeken aan het Time-In-lokaal daalt met 15% doordat docenten eerder ingrijpen in de les.",
           "Alle nieuwe leerlingen met een ondersteuningsbehoefte zijn vóór 1 oktober besproken in het OT.",
           "De tevredenheid van ouders over de ondersteuning (oudervragenlijst mei 2026) is ten minste 7,0."),
        H1("10 Jaarplanning"),
        TABLE(("Maand", "Activiteit"),
              ("september", "Actualisatie OPP's, startgesprekken met leerlingen met een OPP"),
              ("oktober", "Eerste ronde leerlingbesprekingen"),
              ("januari", "Evaluatie OPP's, tussentijdse evaluatie Time-In"),
              ("maart", "Aanvragen lwoo voor nieuwe brugklassers"),
              ("mei", "Oudervragenlijst; tweede evaluatie OPP's"),
              ("juni", "Kennismakingsgesprekken nieuwe leerlingen; evaluatie van dit plan")),
    ]
    return b


# ----------------------------------------------------------------------------
# common filler chapters (context, law, national developments, governance ...)
# Written so that they address none of the 14 core criteria.
# ----------------------------------------------------------------------------
def wettelijk_kader(sector):
    target = "het basisonderwijs" if sector == "po" else "het voortgezet onderwijs"
    art = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else "de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)"
    return [
        H2("Wettelijk kader"),
        P(f"Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dat is geregeld in {art}. "
          "De wet noemt een aantal onderwerpen die het plan in elk geval moet bevatten: de manier waarop een samenhangend "
          "geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning op alle scholen; de "
          "procedure en criteria voor de verdeling en besteding van middelen, mede in het licht van een meerjarenbegroting; "
          "de procedure en criteria voor toelaatbaarheid; de procedure en het beleid voor terugplaatsing of overplaatsing "
          f"naar {target}; de beoogde en bereikte resultaten; en de manier waarop ouders worden geïnformeerd over de "
          "ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden."),
        P("Voordat het plan wordt vastgesteld, voert het verband op overeenstemming gericht overleg met de gemeenten en "
          "overlegt het met het samenwerkingsverband voor het andere onderwijstype in de regio. De ondersteuningsplanraad "
          "moet met het plan instemmen. Het plan wordt vóór 1 mei toegezonden aan de Inspectie van het Onderwijs."),
    ]


def regio_in_beeld(naam, gemeenten, krimp, besturen):
    return [
        H2("De regio in beeld"),
        P(f"De regio van {naam} bestaat uit de gemeenten {gemeenten}. Het is een gebied met een stedelijke kern en een "
          "landelijk buitengebied met kleine kernen. De afstanden tot de scholen in het buitengebied zijn groot, wat "
          "gevolgen heeft voor het leerlingenvervoer en voor de bereikbaarheid van voorzieningen."),
        P(f"Het aantal leerlingen in de regio neemt de komende jaren af. De prognoses van de gemeenten gaan uit van een "
          f"daling van ongeveer {krimp}% tot 2030. Die daling is in het buitengebied sterker dan in de stedelijke kern. "
          "Verschillende besturen bereiden fusies of samenwerkingsscholen voor. Tegelijk zien scholen dat de "
          "vragen van leerlingen complexer worden, onder meer door problemen thuis, armoede en de gevolgen van de "
          "coronaperiode."),
        P(f"Bij het verband zijn de volgende besturen aangesloten: {besturen}. Zij verschillen in grootte, van een "
          "eenpitter tot een bestuur met meer dan twintig scholen, en in denominatie: openbaar, protestants-christelijk, "
          "rooms-katholiek, algemeen bijzonder en reformatorisch."),
    ]


def landelijke_ontwikkelingen(include_ojsp=True):
    b = [
        H2("Landelijke ontwikkelingen"),
        P("Na de evaluatie van passend onderwijs in 2020 heeft het ministerie van OCW met de sectorraden een verbeteraanpak "
          "opgesteld. Die aanpak bevat maatregelen op het gebied van de kwaliteit van de ondersteuning, de rol van de "
          "samenwerkingsverbanden, de positie van ouders en leerlingen en de verbinding met de zorg. Een aantal maatregelen "
          "is inmiddels uitgevoerd, andere lopen nog."),
        P("In 2025 heeft het kabinet een advies ontvangen over een landelijke norm voor basisondersteuning. Of en wanneer "
          "die norm wettelijk wordt vastgelegd, is bij het schrijven van dit plan nog niet bekend. Daarnaast werkt het "
          "kabinet aan de beweging naar inclusiever onderwijs, waarin regulier en speciaal onderwijs meer samen optrekken. "
          "Het verband volgt deze ontwikkelingen en past het plan zo nodig tussentijds aan, na instemming van de "
          "ondersteuningsplanraad."),
    ]
    if include_ojsp:
        b.append(P("De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt drie veranderingen: "
                   "het hoorrecht van leerlingen bij het ontwikkelingsperspectief, de opname van de ondersteuning in de "
                   "schoolgids, en de verplichting voor ieder samenwerkingsverband om een ouder- en jeugdsteunpunt te "
                   "hebben."))
    return b


def governance_extra(naam):
    return [
        H2("Goed bestuur"),
        P(f"{naam} hanteert de Code Goed Bestuur in het primair en voortgezet onderwijs. Bestuur en intern toezicht zijn "
          "gescheiden. De raad van toezicht werkt met een auditcommissie en een remuneratiecommissie, evalueert jaarlijks "
          "het eigen functioneren en voert ieder jaar een functioneringsgesprek met de directeur-bestuurder. De raad heeft "
          "een toezichtkader vastgesteld waarin staat welke informatie hij wanneer ontvangt."),
        P("Het verband heeft een integriteitscode, een regeling voor het melden van vermoedens van misstanden en een "
          "nevenfunctieregeling voor bestuur en toezicht. Deze regelingen zijn in 2024 geactualiseerd."),
    ]


def professionalisering(naam):
    return [
        H2("Kennisdeling en professionalisering"),
        P(f"{naam} ziet kennisdeling als een kerntaak. In netwerken ontmoeten professionals van verschillende scholen "
          "elkaar om casuïstiek te bespreken, materialen uit te wisselen en van elkaar te leren. Het verband faciliteert deze "
          "netwerken met een ruimte, een gespreksleider en een klein budget. Ieder netwerk stelt aan het begin van het "
          "schooljaar een eigen programma op."),
        P("Daarnaast organiseert het verband een jaarlijkse conferentie met een landelijke spreker en workshops door "
          "collega's uit de scholen. De conferentie van 2025 stond in het teken van executieve functies en "
          "gedragsproblematiek; in 2026 is het thema 'samen met de zorg'. Medewerkers van het bureau volgen jaarlijks ten "
          "minste één externe scholing en nemen deel aan intervisie."),
    ]


def arbeidsmarkt():
    return [
        H2("Arbeidsmarkt en werkdruk"),
        P("Het tekort aan leraren en ondersteunend personeel is ook in onze regio voelbaar. Vacatures voor "
          "ondersteuningscoördinatoren, orthopedagogen en onderwijsassistenten staan langer open dan voorheen. Het verband "
          "werkt samen met de regionale aanpak personeelstekort en met de lerarenopleidingen om zij-instromers en studenten "
          "kennis te laten maken met het werken met leerlingen die extra ondersteuning nodig hebben."),
        P("In medewerkerspeilingen noemen docenten de administratieve last rond ondersteuning als een van de grootste "
          "bronnen van werkdruk. Het verband heeft daarom een 'schrapsessie' gehouden met ondersteuningscoördinatoren; "
          "formulieren die niet strikt nodig zijn, zijn afgeschaft."),
    ]


def pc_cyclus():
    return [
        H2("Planning- en controlcyclus"),
        P("Het ondersteuningsplan wordt vertaald in een jaarplan en een jaarbegroting. De directeur-bestuurder legt het "
          "concept-jaarplan in oktober voor aan het schoolleidersoverleg; de begroting wordt in december vastgesteld. In "
          "maart en september ontvangt het bestuur een managementrapportage over de uitvoering van het jaarplan en de "
          "financiële stand van zaken. De jaarrekening wordt gecontroleerd door een externe accountant en vóór 1 juli "
          "vastgesteld; het jaarverslag wordt daarna op de website gepubliceerd."),
        P("De raad van toezicht bespreekt de managementrapportages en de jaarrekening in aanwezigheid van de accountant. "
          "De auditcommissie van de raad bereidt die bespreking voor. Het bestuur rapporteert ook aan de gemeenten over "
          "de afspraken die in het OOGO zijn gemaakt, en aan de ondersteuningsplanraad over de voortgang van het plan."),
        P("Het verband werkt met een risicoparagraaf in de begroting. De belangrijkste risico's zijn een onverwachte "
          "stijging van het aantal leerlingen in het vso, de daling van het leerlingenaantal en de onzekerheid over de "
          "landelijke bekostiging. Het bestuur bespreekt de risico's twee keer per jaar."),
    ]


EXTRAS = {
    "eemdelta-po-op-2026-2030": [
        ("2 Terugblik op de planperiode 2022-2026", lambda: wettelijk_kader("po")),
        ("12 Planning en vaststelling", lambda: governance_extra("Samenwerkingsverband Eemdelta PO")),
    ],
    "zuiderhaven-vo-op-2026-2030": [
        ("2 Wat we leerden van 2022-2026", lambda: regio_in_beeld("Zuiderhaven", "Zuiderhaven, Marsdijk en Oudelande", 9,
            "Stichting Openbaar VO Zuiderhaven, Lyceum Zuiderhaven, Christelijke Scholengroep Marsdijk, Stichting Het Baken, "
            "Stichting De Kade, Praktijkonderwijs Oudelande en Stichting Katholiek VO Zuid")),
        ("4 Basisondersteuning", lambda: landelijke_ontwikkelingen(True)),
        ("13 Van plan naar uitvoering", lambda: arbeidsmarkt()),
    ],
    "heuvelrand-po-op-2026-2030": [
        ("2 Evaluatie van het ondersteuningsplan 2022-2026", lambda: wettelijk_kader("po") + regio_in_beeld(
            "SWV Heuvelrand", "Heuvelrand, Doornveld, Amerongen-Oost en Leersum-Noord", 6,
            "Stichting Openbaar Onderwijs Heuvelrand, PCBO Doornveld, Stichting Katholiek Onderwijs Heuvelrug, "
            "Stichting De Linde, SBO De Regenboog, Vereniging Reformatorisch Onderwijs, Stichting Vrije School Heuvelrand, "
            "Stichting Jenaplan Amerongen en Stichting Montessori Leersum")),
        ("3 Visie en uitgangspunten", lambda: landelijke_ontwikkelingen(True)),
        ("13 Totstandkoming van dit plan", lambda: professionalisering("SWV Heuvelrand")),
    ],
    "lindeland-vo-op-2025-2029": [
        ("2 Terugblik 2021-2025", lambda: wettelijk_kader("vo") + regio_in_beeld(
            "SWV VO Lindeland", "Lindeland, Westerkwartier-Zuid en Haarsveld", 11,
            "Stichting Openbaar Voortgezet Onderwijs Lindeland, Christelijk College Haarsveld, Stichting Praktijkonderwijs "
            "De Werf, Stichting Het Anker en Stichting Katholiek Onderwijs Westerkwartier")),
        ("3 Koers 2025-2029", lambda: landelijke_ontwikkelingen(False)),
        ("11 Personeel, ICT en privacy", lambda: governance_extra("Het samenwerkingsverband")),
        ("12 Vaststelling", lambda: professionalisering("Het samenwerkingsverband") + arbeidsmarkt() + pc_cyclus()),
    ],
    "duinstreek-po-op-2026-2030-deel-a": [
        ("1 Terugblik: acht jaar passend onderwijs in Duinstreek", lambda: wettelijk_kader("po") + regio_in_beeld(
            "Passend Onderwijs Duinstreek", "Duinstreek en Zandvoort-Noord", 7,
            "Stichting Openbaar Primair Onderwijs Duinstreek, Stichting Katholiek Onderwijs Kust, PCPO Zandvoort-Noord, "
            "Stichting Dalton Duinstreek, Vereniging Vrije School Kust, Stichting SBO De Duinroos, Stichting SO De Branding, "
            "Stichting Islamitisch Onderwijs Kust, Stichting Montessori Duinstreek, Stichting Jenaplan Zandvoort en "
            "Stichting Eenpitter De Zeester")),
        ("3 Basisondersteuning", lambda: landelijke_ontwikkelingen(False)),
        ("8 Medezeggenschap en overleg met gemeenten", lambda: governance_extra("Passend Onderwijs Duinstreek")),
    ],
}


def with_extras(name, blocks):
    for heading, make in EXTRAS.get(name, []):
        idx = next(i for i, blk in enumerate(blocks) if blk[0] == "h1" and blk[1] == heading)
        blocks[idx:idx] = make()
    return blocks


# ----------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------
def labels():
    out = {}
    out["eemdelta-po-op-2026-2030"] = label(
        ["eemdelta-po-op-2026-2030.docx"], "po",
        {"terugstroom.procedure", "dekkend-aanbod.lacunes", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 4 defines the agreed minimum for every school/vestiging and lists 12 concrete standards; kwaliteitskaart + audit = borging.",
         "plaatsing": "Ch. 6.1-6.4: applicant, numbered steps, CvT decides within 6 weeks, sbo and so criteria, two deskundigen, duration and category; no bezwaar route anywhere.",
         "terugstroom": "Terugplaatsing sits inside the TLV chapter (6.5): aims, conditions and terugplaatsingsarrangement (policy) are given, but who initiates/evaluates/decides is deferred to 2026-2027; figures in ch. 2.",
         "financien": "Ch. 8 'Geld en middelen': verdeling per leerling on teldatum by AB in March, besteding via 4-year begroting table, reserves and verantwoording.",
         "dekkend-aanbod": "Ch. 5 gives the five-level continuum with voorzieningen and OZA, but gap analysis is deferred to year 1 ('weten we onvoldoende'); thuiszitters only named as OOGO topic.",
         "resultaten": "Ch. 7: table of beoogde resultaten with streefwaarden and a monitoring/reporting cycle; ch. 2 evaluates previous plan with figures.",
         "ouders": "Ch. 9: website ouderpagina, brochure, schoolgids, info evenings (informatie); independent help/OJSP only announced for spring 2027; onderwijsconsulenten/OJSP only in begrippenlijst."})
    out["zuiderhaven-vo-op-2026-2030"] = label(
        ["zuiderhaven-vo-op-2026-2030.docx"], "vo",
        {"basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding", "resultaten.doelen",
         "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": [], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": [], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 4 defines the level (minimum for every vestiging/leerweg) but the old 12 standards are 'vervallen' and the new content is deferred to the landelijke norm (2027-2028); content only in afkortingenlijst.",
         "plaatsing": "Ch. 6.1/6.2: vso, lwoo and pro procedure (who applies, dossier, commissie, termijnen, deskundigen, duration, LBT bezwaar); criteria only in absent bijlage 5 and bijlage 6.",
         "terugstroom": "Ch. 6.3 (inside the TLV chapter) gives policy (aim, conditions, overstaparrangement) and procedure (yearly OPP evaluation, 1 Feb contact, decisions, new TLV before 1 April).",
         "financien": "Ch. 7.1 verdeelmodel (afdrachten, 55/35/10%, per leerling + vaste voet, AB in April); begroting/amounts explicitly not in the plan (7.2); reserves in 7.3.",
         "dekkend-aanbod": "Ch. 5: layered aanbod (school, OPDC De Overstap, Op Koers, ISK, pro/lwoo/vso, OZA) and gaps: zorgplicht route, Plaatsingsoverleg, thuiszitterstafel with escalation.",
         "resultaten": "No intended or achieved results: evaluation only in jaarverslag (reference), speerpunten are organisational and their beoogde resultaten go to the jaarplan, ch. 11 kwaliteitskader deferred to 2026-2027.",
         "ouders": "Ch. 8 'Communicatie' 8.2: website rubriek, folder, info evening, TLV letter; independent Steunpunt Ouders en Jongeren, Onderwijsconsulenten, Geschillencommissie."})
    out["heuvelrand-po-op-2026-2030"] = label(
        ["heuvelrand-po-op-2026-2030.pdf"], "po",
        {"plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
         "resultaten.doelen"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 4: agreed equal minimum for every school/location plus a table of concrete components; yearly consulent check + verbeterplan.",
         "plaatsing": "Ch. 6.2 gives sbo and so criteria, 6.3 deskundigen/duration/category, 9.2 bezwaar via LBT; the old Loket route lapses 1-8-2026 and the new route is still to be worked out (6.1).",
         "terugstroom": "Nothing on return to basisonderwijs: 6.4 'Doorstroom na het sbo' is about VO after groep 8; terugplaatsing only in the begrippenlijst.",
         "financien": "Ch. 7.2 meerjarenbegroting table shows besteding, reserves and verantwoording; the verdeelmodel is being revised and not described (7.1).",
         "dekkend-aanbod": "Ch. 5: continuum (arrangement, Expertisecentrum, three bovenschoolse voorzieningen, sbo/so) and gaps: Overleg Passende Plek, yearly inventory, new group, zorgplicht escalation.",
         "resultaten": "Ch. 8.1 monitoring cycle and ch. 2 achieved results against the old plan's goals; beoogde resultaten for 2026-2030 explicitly deferred to jaarplan 2026-2027 (8.2).",
         "ouders": "Ch. 9: website, oudergids, schoolgids, ouderlijn; independent Steunpunt Heuvelrand (OJSP), Onderwijsconsulenten, Geschillencommissie."})
    out["lindeland-vo-op-2025-2029"] = label(
        ["lindeland-vo-op-2025-2029.pdf"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
         "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": []},
        {"basisondersteuning": "Ch. 4 only refers to a separate 2022 document on the website (to be revised); the definition and content appear only in the begrippenlijst.",
         "plaatsing": "Ch. 5: vso procedure (applicant, dossier, Commissie Toewijzing, 6 weeks), vso criteria, opting-out lwoo criteria, national pro criteria, deskundigen, duration/category; no bezwaar.",
         "terugstroom": "5.4 gives the procedure (yearly evaluation, 1 March talk, receiving school decides, new TLV before 1 April) but the policy is deferred to 2026 and refers to the old plan; figures in ch. 2/7.",
         "financien": "Ch. 8: verdeelmodel with percentages and per-leerling amount, meerjarenbegroting table, reserve and verantwoording.",
         "dekkend-aanbod": "Ch. 6.1/6.2 handle gaps (Passende-plektafel, thuiszitterstafel, escalation); the overview of provisions is outdated and a new ondersteuningskaart follows in 2026 (6.3).",
         "resultaten": "Ch. 7: table of beoogde resultaten with streefwaarden plus dashboard, quarterly reporting and jaarverslag; ch. 2 reports achieved figures.",
         "ouders": "Nothing addressed: ch. 10 only announces a communication plan incl. the OJSP for 2025-2026; OJSP/onderwijsconsulenten only in the begrippenlijst."})
    out["duinstreek-po-op-2026-2030-deel-a"] = label(
        ["duinstreek-po-op-2026-2030-deel-a.html"], "po",
        {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
         "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
         "resultaten.monitoring", "ouders.informatie"},
        {"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": [], "financien": [],
         "dekkend-aanbod": [], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 3: the agreed equal minimum for every school/location, 14 concrete standards, visitatie-based borging.",
         "plaatsing": "Only a reference: ch. 5 points to Deel B hoofdstuk 2 (not part of the input); TLV only in begrippenlijst/TOC.",
         "terugstroom": "Only a reference to Deel B hoofdstuk 3 (ch. 5); terugplaatsing in TOC heading and begrippenlijst only.",
         "financien": "Only a reference to Deel B hoofdstuk 4 (ch. 5); begroting mentioned in passing in governance.",
         "dekkend-aanbod": "Ondersteuningsroute, extra ondersteuning and pupils without a place are all referred to Deel B hoofdstuk 1 and 5; no provisions or gap handling described.",
         "resultaten": "Ch. 4 gives four ambities with measurable beoogde resultaten for 2030; how progress is monitored/reported is referred to Deel B hoofdstuk 6 and the evaluation to the jaarverslag.",
         "ouders": "Ch. 6.1 describes the independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/geschillen; how parents are informed about support is deferred to a communication plan (najaar 2026)."})
    out["wiekslag-school-ondersteuningsplan-2025-2026"] = {
        "documents": ["wiekslag-school-ondersteuningsplan-2025-2026.docx"], "sector": "vo",
        "looks_like_plan": False, "elements": {}, "criteria": {},
        "notes": {"looks_like_plan": "School-level ondersteuningsplan of one VO school (zorgstructuur, OT, Time-In, school budget, "
                              "school goals), adopted by the schoolleiding; it refers to the SWV's own plan and is not an "
                              "ondersteuningsplan of a samenwerkingsverband."}}
    return out


def main():
    plans = {
        "eemdelta-po-op-2026-2030": (plan_a, "docx", "Ondersteuningsplan 2026-2030 | SWV Passend Onderwijs Eemdelta PO"),
        "zuiderhaven-vo-op-2026-2030": (plan_b, "docx", "SWV VO Zuiderhaven — Ondersteuningsplan 2026-2030"),
        "heuvelrand-po-op-2026-2030": (plan_c, "pdf", "Samen sterk voor elk kind — SWV PO Heuvelrand"),
        "lindeland-vo-op-2025-2029": (plan_d, "pdf", "SWV VO Lindeland | Ondersteuningsplan 2025-2029"),
        "duinstreek-po-op-2026-2030-deel-a": (plan_e, "html", "Ondersteuningsplan 2026-2030 Deel A — Passend Onderwijs Duinstreek"),
        "wiekslag-school-ondersteuningsplan-2025-2026": (not_a_plan, "docx", "De Wiekslag — ondersteuningsplan 2025-2026"),
    }
    for name, (fn, fmt, header) in plans.items():
        blocks = with_extras(name, fn())
        path = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(path, blocks, header, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, header, header)
        else:
            write_html(path, blocks, header)
        print(f"{path.name}: {words(blocks)} words")
    for name, data in labels().items():
        write_label(f"{name}.expected.yaml", data)


if __name__ == "__main__":
    main()
