#!/usr/bin/env python3
"""Generate the holdout63 test set for opcheck.

Five fictional ondersteuningsplannen (PO and VO; two concept drafts, two average plans, one strong
plan) plus one near-miss document (an SWV jaarverslag), each with a hand-written label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from generated .docx files with LibreOffice (soffice --headless).
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_COLOR_INDEX, WD_BREAK
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block model: a document is a list of tuples
#   ("title", [lines])            title page lines (first line large)
#   ("toc", [lines])              inhoudsopgave lines
#   ("h1"|"h2"|"h3", text)
#   ("p", text)
#   ("note", text)                reviewer remark / placeholder (highlighted in drafts)
#   ("ul", [items])
#   ("table", [header, row, ...])
#   ("glossary", [(term, expl), ...])
#   ("comment", text)             Word comment attached to the previous paragraph (docx only)
#   ("pagebreak",)
# ---------------------------------------------------------------------------------------------


def _add_runs(par, text, highlight=False):
    run = par.add_run(text)
    if highlight:
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return run


def build_docx(blocks, path: Path, header: str = "", footer: str = "", author: str = "Redactie"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    last_runs = None
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            for i, line in enumerate(lines):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            p = doc.add_paragraph()
            last_runs = [_add_runs(p, b[1])]
        elif kind == "note":
            p = doc.add_paragraph()
            r = _add_runs(p, b[1], highlight=True)
            r.italic = True
            last_runs = [r]
        elif kind == "ul":
            for item in b[1]:
                p = doc.add_paragraph(style="List Bullet")
                last_runs = [_add_runs(p, item)]
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
            doc.add_paragraph()
        elif kind == "glossary":
            t = doc.add_table(rows=len(b[1]) + 1, cols=2)
            t.style = "Table Grid"
            t.cell(0, 0).text = "Begrip / afkorting"
            t.cell(0, 1).text = "Betekenis"
            for i, (term, expl) in enumerate(b[1], start=1):
                t.cell(i, 0).text = term
                t.cell(i, 1).text = expl
            doc.add_paragraph()
        elif kind == "comment":
            if last_runs:
                doc.add_comment(last_runs, text=b[1], author=author, initials="".join(w[0] for w in author.split()))
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    # fixed core properties for determinism
    cp = doc.core_properties
    import datetime as _dt
    cp.author = author
    cp.created = _dt.datetime(2026, 1, 15, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 1, 15, 9, 0, 0)
    cp.last_modified_by = author
    cp.revision = 1
    doc.save(str(path))


def build_html(blocks, path: Path, title: str):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "nav{background:#eef;padding:1em}</style>", "</head>", "<body>",
           '<header class="site-header"><p>' + html.escape(title) + " | Ondersteuningsplan 2026-2030</p></header>",
           "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"doc-title\">{html.escape(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f"<p class=\"subtitle\">{html.escape(line)}</p>")
        elif kind == "toc":
            out.append('<nav><p><strong>Inhoud</strong></p><ul>')
            out += [f"<li>{html.escape(x)}</li>" for x in b[1]]
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f"<h{lvl}>{html.escape(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif kind == "note":
            out.append(f"<p><mark>{html.escape(b[1])}</mark></p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "glossary":
            out.append("<dl>" + "".join(f"<dt>{html.escape(t)}</dt><dd>{html.escape(e)}</dd>" for t, e in b[1]) + "</dl>")
        elif kind in ("comment", "pagebreak"):
            continue
        else:
            raise ValueError(kind)
    out += ["</main>", '<footer><p>Stichting Samenwerkingsverband PO Veenhorst &middot; Kerkstraat 14 &middot; '
            'Veenhorst &middot; privacyverklaring &middot; cookies</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", str(out_dir), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = out_dir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"PDF not produced for {docx_path}")
    return pdf


def word_count(blocks) -> int:
    n = 0
    for b in blocks:
        if b[0] in ("p", "note", "h1", "h2", "h3", "comment"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
        elif b[0] == "glossary":
            n += sum(len(t.split()) + len(e.split()) for t, e in b[1])
    return n


def _q(text: str) -> str:
    import json
    return json.dumps(text, ensure_ascii=False)


def _b(v: bool) -> str:
    return "true" if v else "false"


def write_label(name: str, data: dict):
    """Write a label file in exactly the layout of the contract (flow lists/maps where the example uses them)."""
    lines = [f"documents: [{', '.join(data['documents'])}]",
             f"sector: {data['sector']}",
             f"looks_like_plan: {_b(data['looks_like_plan'])}"]
    if data["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in data["elements"].items()) + "}")
    else:
        lines.append("elements: {}")
    if data["criteria"]:
        lines.append("criteria:")
        lines += [f"  {k}: {_b(v)}" for k, v in data["criteria"].items()]
    else:
        lines.append("criteria: {}")
    if data.get("advisory_addressed"):
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in data["advisory_addressed"].items()]
    lines.append("notes:")
    lines += [f"  {k}: {_q(v)}" for k, v in data["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == {k: v for k, v in data.items()}, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def status_from(criteria: dict, advisory: dict) -> dict:
    """Apply the Part A status rule to the hand-set criteria (used as a consistency check)."""
    out = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]:
        core = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(core):
            out[el] = "present"
        elif any(core) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


# =============================================================================================
# P1  PO, concept (draft) -- Samenwerkingsverband Passend Primair Onderwijs De Waalboog
# =============================================================================================
P1_NAME = "po-waalboog-concept-2026"

P1 = [
    ("title", ["Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband Passend Primair Onderwijs De Waalboog (PO 26-93)",
               "CONCEPT versie 0.4 - 9 januari 2026 - ter bespreking in de stuurgroep OP",
               "Niet verspreiden buiten stuurgroep, AB en OPR-werkgroep"]),
    ("toc", ["Voorwoord .......... 3",
             "1 Inleiding en leeswijzer .......... 4",
             "2 Onze regio in cijfers .......... 5",
             "3 Visie en missie .......... 6",
             "4 Basisondersteuning .......... 8",
             "5 Een dekkend aanbod: arrangementen en thuiszitters .......... 10",
             "6 Toelaatbaarheid sbo en so .......... 12",
             "   6.4 Terugplaatsing en einde TLV .......... 14",
             "7 Ouders en leerlingen: informatie en onafhankelijke ondersteuning .......... 15",
             "8 Middelen en meerjarenbegroting .......... 16",
             "9 Beoogde resultaten en kwaliteitszorg .......... 18",
             "10 Organisatie, governance en medezeggenschap .......... 20",
             "11 Personeel, ICT en privacy .......... 22",
             "12 Planning en totstandkoming .......... 23",
             "Bijlage 1 Begrippenlijst .......... 24",
             "Bijlage 2 Standaarden basisondersteuning (volgt) .......... 26"]),
    ("note", "[Opmerking redactie (MvD, 9-1): paginanummers in de inhoudsopgave kloppen nog niet; hoofdstuktitels zijn "
             "voorlopig. Hoofdstukken 5, 6.4 en 7 zijn nog leeg of bijna leeg. Graag input vóór 23 januari.]"),

    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het concept van het vierde ondersteuningsplan van De Waalboog. Sinds de invoering van passend "
          "onderwijs in 2014 hebben de zeven schoolbesturen in onze regio veel met elkaar opgebouwd. We zijn trots op "
          "wat er op de scholen gebeurt: leerkrachten, intern begeleiders en directeuren zetten zich dag in dag uit in "
          "voor kinderen die iets extra's nodig hebben. Tegelijk zien we dat het werk niet af is. De vraag naar "
          "ondersteuning groeit, het lerarentekort drukt op de scholen en de samenwerking met de jeugdhulp is in "
          "sommige gemeenten nog kwetsbaar."),
    ("p", "Dit plan is geschreven in een periode waarin het landelijke beleid volop in beweging is. De landelijke norm "
          "voor basisondersteuning, de Wet versterking positie ouders en leerlingen en de nieuwe bekostigingssystematiek "
          "hebben allemaal gevolgen voor ons werk. Waar we op dit moment nog geen keuzes kunnen maken, geven we dat in "
          "dit concept eerlijk aan. Het plan is daarmee een groeidocument: in de komende maanden vullen we het aan met "
          "de opbrengsten van de werkconferenties, de gesprekken met de gemeenten en de reacties van de "
          "ondersteuningsplanraad."),
    ("p", "Ik dank de leden van de stuurgroep, de werkgroepen en alle intern begeleiders die in het najaar van 2025 "
          "hebben meegedacht. Zonder hun kennis van de praktijk was dit plan niet mogelijk geweest."),
    ("p", "Drs. H.J. (Hanneke) van Eijsden, directeur-bestuurder"),
    ("note", "[MvD: voorwoord nog laten lezen door de voorzitter AB; mogelijk korter maken.]"),

    ("h1", "1 Inleiding en leeswijzer"),
    ("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a "
          "WPO). Het plan beschrijft hoe de aangesloten schoolbesturen samen zorgen voor passend onderwijs voor alle "
          "leerlingen in de regio. Dit ondersteuningsplan geldt voor de schooljaren 2026-2027 tot en met 2029-2030, "
          "dus van 1 augustus 2026 tot en met 31 juli 2030."),
    ("p", "Het plan is op hoofdlijnen geschreven. De uitwerking van de ambities volgt jaarlijks in het jaarplan en de "
          "jaarbegroting. Hoofdstuk 2 schetst de regio. Hoofdstuk 3 beschrijft visie en missie. Daarna volgen de "
          "hoofdstukken over de inhoud van de ondersteuning, de toelaatbaarheid tot het speciaal basisonderwijs en het "
          "speciaal onderwijs, de middelen en de beoogde resultaten. De hoofdstukken 10 tot en met 12 gaan over "
          "organisatie, personeel en de totstandkoming van het plan. In de begrippenlijst (bijlage 1) leggen we de "
          "belangrijkste termen uit."),
    ("p", "Waar in dit plan 'scholen' staat, bedoelen we alle vestigingen van basisscholen, sbo-scholen en so-scholen "
          "die bij De Waalboog zijn aangesloten, tenzij anders vermeld."),

    ("h2", "1.1 Hoe dit plan tot stand kwam"),
    ("p", "De voorbereiding van dit plan begon in het voorjaar van 2025 met een evaluatie van het vorige plan door "
          "de stuurgroep. Daarna zijn vier werkgroepen ingesteld: Basisondersteuning, Toelaatbaarheid, Kwaliteit en "
          "Financiën. Elke werkgroep bestaat uit een bestuurder, twee directeuren, twee intern begeleiders en een "
          "medewerker van het bureau. De werkgroepen leveren hun teksten aan bij de redactie, die de teksten "
          "samenvoegt en afstemt. In deze versie zijn nog niet alle teksten van de werkgroepen verwerkt; waar dat zo "
          "is, staat dat aangegeven."),
    ("p", "Naast de werkgroepen zijn in het najaar van 2025 drie werkconferenties georganiseerd, met in totaal ruim "
          "honderdtwintig deelnemers uit de scholen. De verslagen van deze conferenties zijn voor de leden van de "
          "stuurgroep beschikbaar in de gedeelde map. De stuurgroep heeft besloten het plan dit keer korter te maken "
          "dan het vorige: het plan van 2022 telde 96 pagina's en werd door weinig mensen helemaal gelezen."),
    ("note", "[RB: 'korter' - de huidige versie is nu al 40 pagina's; wellicht deze zin schrappen.]"),
    ("h1", "2 Onze regio in cijfers"),
    ("p", "De Waalboog omvat de gemeenten Waalhoven, Oud-Betuwe, Lingemond en Rijnwaard. In deze gemeenten wonen "
          "circa 94.000 inwoners. Bij het samenwerkingsverband zijn zeven schoolbesturen aangesloten met samen 41 "
          "basisscholen, twee scholen voor speciaal basisonderwijs en één so-school met twee locaties (cluster 3 en "
          "cluster 4). Op de teldatum 1 oktober 2025 telden de scholen samen 8.612 leerlingen."),
    ("table", [["Bestuur", "Aantal scholen", "Leerlingen 1-10-2025"],
               ["Stichting Katholiek Onderwijs Waalhoven", "12", "2.740"],
               ["Openbaar Primair Onderwijs Betuwe-West", "9", "1.835"],
               ["Stichting Protestants-Christelijk Onderwijs Lingemond", "8", "1.602"],
               ["Vereniging Jenaplan Rijnwaard", "3", "511"],
               ["Stichting Vrije School De Waard", "1", "214"],
               ["Stichting Speciaal Onderwijs Rivierenland (so)", "1 (2 locaties)", "287"],
               ["Stichting Eenmalig Sbo De Boog", "2 (sbo) + 6", "1.423"]]),
    ("p", "Het leerlingenaantal daalt in de komende jaren licht. Volgens de prognose van de gemeenten neemt het aantal "
          "leerlingen tot 2030 met ongeveer vier procent af, met grote verschillen tussen de kernen. In Oud-Betuwe is "
          "sprake van krimp, in Waalhoven worden nieuwe woonwijken gebouwd. Dat vraagt van de besturen dat zij hun "
          "scholenbestand en hun personeelsbeleid goed op elkaar afstemmen."),
    ("note", "[JK: kunnen we hier ook de deelnamepercentages sbo/so opnemen? -> MvD: liever in H9, maar die cijfers "
             "hebben we nog niet van DUO. Voorlopig weglaten.]"),

    ("h2", "2.1 Landelijke ontwikkelingen"),
    ("p", "Het nieuwe plan verschijnt in een tijd van grote landelijke veranderingen. Na de eindevaluatie van passend "
          "onderwijs in 2020 heeft het kabinet de Verbeteraanpak passend onderwijs gepresenteerd, met vijfentwintig "
          "maatregelen. Een deel daarvan is inmiddels uitgevoerd, een ander deel loopt nog. In de Kamerbrief van "
          "april 2025 heeft de minister aangekondigd dat er een landelijke norm voor de basisondersteuning komt. Hoe "
          "die norm er precies uit gaat zien en wanneer hij wettelijk wordt vastgelegd, is op het moment van schrijven "
          "nog niet duidelijk. Wij volgen de ontwikkelingen nauwgezet via de PO-Raad en het Steunpunt Passend Onderwijs."),
    ("p", "Daarnaast is de bekostiging van het primair onderwijs vereenvoudigd. Scholen worden sinds 2023 bekostigd "
          "op basis van het aantal leerlingen op 1 februari van het voorgaande jaar. Voor het samenwerkingsverband "
          "betekent dit dat de verdeling van de middelen beter voorspelbaar is, maar ook dat de besturen eerder "
          "moeten weten waar zij aan toe zijn. Ook de discussie over de rol van het samenwerkingsverband als "
          "'regisseur' of als 'uitvoerder' speelt landelijk. De besturen in De Waalboog hebben gekozen voor een "
          "samenwerkingsverband dat faciliteert en verbindt, en dat zo min mogelijk zelf uitvoert."),
    ("p", "Tot slot is de arbeidsmarkt een belangrijke factor. Het tekort aan leerkrachten en specialisten is in onze "
          "regio kleiner dan in de Randstad, maar neemt toe. Vooral in de kleinere kernen is het lastig om vacatures "
          "voor intern begeleiders en orthopedagogen te vervullen. De besturen overleggen daarom over een gezamenlijke "
          "vacaturebank. Ook onderzoeken zij of gezamenlijke opleidingstrajecten voor intern begeleiders "
          "mogelijk zijn, in samenwerking met de pabo in Nijmegen."),
    ("p", "In het algemeen bestuur is afgesproken dat het samenwerkingsverband deze ontwikkelingen niet afwacht, maar "
          "er actief op inspeelt. Waar landelijke keuzes nog ontbreken, kiezen wij voor een voorlopige regionale "
          "aanpak die we aanpassen zodra er meer duidelijkheid is."),
    ("h1", "3 Visie en missie"),
    ("h2", "3.1 Missie"),
    ("p", "De Waalboog bestaat om de schoolbesturen in staat te stellen hun gezamenlijke opdracht waar te maken: ieder "
          "kind in onze regio krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis. Het "
          "samenwerkingsverband is daarbij geen doel op zich, maar een middel. Wij faciliteren, verbinden en "
          "stimuleren; de scholen en besturen voeren uit."),
    ("h2", "3.2 Visie"),
    ("p", "Wij geloven dat kinderen zich het best ontwikkelen in een omgeving waarin zij gezien worden, waarin "
          "leerkrachten vertrouwen krijgen en waarin professionals van verschillende disciplines elkaar versterken. "
          "Inclusiever onderwijs is voor ons een richting, geen eindpunt. We willen dat de grens tussen regulier en "
          "speciaal onderwijs steeds minder scherp wordt. Daarvoor is nodig dat scholen expertise delen, dat er "
          "ruimte is voor maatwerk en dat besturen over de grenzen van hun eigen organisatie heen kijken."),
    ("p", "In onze visie staan vijf kernwaarden centraal: nabijheid, vertrouwen, eigenaarschap, samenwerking en "
          "eenvoud. Nabijheid betekent dat de ondersteuning zo veel mogelijk in of dicht bij de eigen school "
          "plaatsvindt. Vertrouwen betekent dat we uitgaan van de professionaliteit van de leerkracht en de school. "
          "Eigenaarschap betekent dat schoolbesturen verantwoordelijkheid nemen voor alle leerlingen in de regio, niet "
          "alleen voor de leerlingen op hun eigen scholen. Samenwerking betekent dat besturen en scholen elkaar "
          "opzoeken en van elkaar leren. Eenvoud betekent dat we procedures zo licht "
          "mogelijk houden en bureaucratie vermijden."),
    ("p", "Deze kernwaarden zijn in het najaar van 2025 in drie werkconferenties besproken met directeuren, intern "
          "begeleiders en bestuurders. De opbrengst daarvan is verwerkt in de ambities in hoofdstuk 9."),
    ("note", "[Reviewer RB: 'inclusiever onderwijs is een richting' - is dit afgestemd met het AB? Bij de vorige "
             "versie was hier discussie over.]"),
    ("comment", "Formulering kernwaarden nog checken bij de werkgroep communicatie."),

    ("h1", "4 Basisondersteuning"),
    ("p", "Basisondersteuning is in De Waalboog het door alle besturen samen afgesproken niveau van ondersteuning dat "
          "iedere school, op iedere vestiging, zelf aan alle leerlingen biedt. Het gaat om de ondersteuning die "
          "zonder aanvraag bij het samenwerkingsverband beschikbaar is en die een school met haar eigen middelen en "
          "mensen organiseert. De besturen hebben in het algemeen bestuur van 2 oktober 2025 afgesproken dat dit "
          "niveau voor alle scholen gelijk is: een school mag meer bieden, maar niet minder. "),
    ("p", "In de vorige planperiode werkten we met een beschrijving die per bestuur verschilde. Dat leidde tot "
          "onduidelijkheid bij scholen en bij de professionals die met onze scholen samenwerken. Met het nieuwe plan "
          "kiezen we voor één gezamenlijk kader voor de hele regio."),
    ("note", "[PM: hier de tabel met de twaalf standaarden basisondersteuning invoegen uit de notitie van de "
             "werkgroep Basisondersteuning. De notitie is nog niet vastgesteld; de werkgroep rondt af na de landelijke "
             "norm. Zie ook bijlage 2 (volgt).]"),
    ("p", "De standaarden worden in de loop van het schooljaar 2026-2027 met de intern begeleiders uitgewerkt in "
          "concrete voorbeelden per school."),
    ("note", "[JK: hoe gaan we controleren of scholen het niveau halen? Kwaliteitskaart? Audit? -> nog bespreken in "
             "stuurgroep 23-1.]"),

    ("h1", "5 Een dekkend aanbod: arrangementen en thuiszitters"),
    ("note", "[Dit hoofdstuk wordt geschreven na de netwerkanalyse die in het voorjaar van 2026 door een extern bureau "
             "wordt uitgevoerd. Tekst volgt in versie 0.6.]"),
    ("comment", "Offerte netwerkanalyse ligt bij het AB (besluit 12 februari)."),

    ("h1", "6 Toelaatbaarheid sbo en so"),
    ("h2", "6.1 Inleiding"),
    ("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs of het "
          "speciaal onderwijs (artikel 18a lid 6 WPO en artikel 40 WEC). In dit hoofdstuk beschrijven we op welke "
          "gronden een leerling toelaatbaar wordt verklaard."),
    ("h2", "6.2 Aanvraag en besluitvorming"),
    ("note", "[Stroomschema aanvraagprocedure TLV invoegen. Jeroen checkt nog de termijnen en de samenstelling van de "
             "commissie - die wijzigen per 1-8-2026.]"),
    ("h2", "6.3 Criteria voor toelaatbaarheid"),
    ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"),
    ("ul", ["de ondersteuningsbehoefte van de leerling is beschreven in een ontwikkelingsperspectief dat ten minste "
            "twee cycli van handelingsgericht werken omvat;",
            "de school heeft aantoonbaar gebruikgemaakt van de basisondersteuning en van ten minste één "
            "aanvullende interventie van minimaal twaalf weken, die is geëvalueerd;",
            "er is sprake van een ernstige en hardnekkige achterstand op meerdere leergebieden (een "
            "leerrendement van minder dan 50 procent over ten minste twee jaar) en/of van gedrags- of "
            "sociaal-emotionele problematiek die een kleinere groep en een specifiek pedagogisch klimaat vraagt;",
            "de verwachting is dat de leerling in een sbo-setting binnen de planperiode van de TLV aantoonbaar "
            "betere ontwikkelkansen heeft dan in het reguliere basisonderwijs met extra ondersteuning."]),
    ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) als daarnaast blijkt dat de "
          "leerling voor een langere periode een intensieve, specialistische onderwijsbehoefte heeft die ook in het "
          "sbo niet kan worden geboden. Het gaat dan bijvoorbeeld om leerlingen met een ernstige verstandelijke "
          "beperking (IQ-indicatie lager dan 55 tot 60), leerlingen met een lichamelijke beperking of langdurige "
          "ziekte die een aangepaste leeromgeving en medische zorg in onderwijstijd nodig hebben, en leerlingen met "
          "ernstige psychiatrische of gedragsproblematiek waarbij een combinatie van onderwijs en behandeling "
          "noodzakelijk is."),
    ("p", "Een diagnose alleen is nooit doorslaggevend. Doorslaggevend is de onderwijsbehoefte van de leerling in "
          "relatie tot wat de reguliere school en het sbo kunnen bieden."),
    ("p", "TLV's voor het speciaal basisonderwijs worden afgegeven tot het einde van de basisschoolperiode. TLV's "
          "voor het speciaal onderwijs worden afgegeven voor twee schooljaren, in de bekostigingscategorie laag, "
          "tenzij de ondersteuningsbehoefte aantoonbaar een hogere categorie (midden: lichamelijk gehandicapt of "
          "langdurig ziek; hoog: meervoudig gehandicapt) rechtvaardigt."),
    ("note", "[RB: moeten de deskundigen hier ook beschreven worden? Volgens mij is dat een wettelijke eis. -> "
             "Jeroen neemt het mee in 6.2.]"),
    ("h2", "6.4 Terugplaatsing en einde TLV"),
    ("note", "[tekst volgt - afstemmen met de directeuren van de sbo-scholen en de so-school; zij hebben eigen "
             "protocollen die we willen harmoniseren]"),

    ("h1", "7 Ouders en leerlingen: informatie en onafhankelijke ondersteuning"),
    ("note", "[RB: tekst aanvragen bij het Ouder- en Jeugdsteunpunt Rivierenland - zij willen zelf een paragraaf "
             "aanleveren. Deadline 1 februari.]"),
    ("comment", "Nog niets ontvangen per 9-1."),

    ("h1", "8 Middelen en meerjarenbegroting"),
    ("h2", "8.1 Inkomsten"),
    ("p", "Het samenwerkingsverband ontvangt van DUO een budget voor lichte en zware ondersteuning. Na aftrek van de "
          "afdrachten voor leerlingen in het so en de bekostiging van het sbo boven de twee procent resteert het "
          "budget dat het samenwerkingsverband kan verdelen. Door de daling van het leerlingenaantal daalt het "
          "budget in de planperiode licht."),
    ("h2", "8.2 Verdeling van de middelen over de besturen"),
    ("p", "De Waalboog werkt met een schoolbudgetmodel. Het algemeen bestuur heeft besloten dat met ingang van "
          "1 augustus 2026 het verdeelbare budget als volgt wordt toegekend:"),
    ("ul", ["85 procent van het verdeelbare budget gaat naar de schoolbesturen, naar rato van het aantal leerlingen "
            "op de teldatum 1 oktober van het voorgaande jaar (basisonderwijs en sbo; so-leerlingen tellen niet "
            "mee); voor 2026-2027 komt dit neer op circa € 212 per leerling;",
            "elke vestiging ontvangt daarnaast een vaste voet van € 4.500, ongeacht het leerlingenaantal, zodat "
            "kleine scholen in de krimpgebieden een minimale formatie voor ondersteuning kunnen behouden;",
            "15 procent blijft bij het samenwerkingsverband voor de bovenschoolse taken: het bureau, de "
            "toelaatbaarheidsprocedure, de consulenten en een innovatiebudget waarop besturen een aanvraag "
            "kunnen doen;",
            "de besturen ontvangen hun budget in twaalf maandelijkse termijnen."]),
    ("p", "Besturen verantwoorden de inzet van de middelen jaarlijks in een format dat het samenwerkingsverband "
          "aanlevert. Over het format wordt nog een besluit genomen."),
    ("h2", "8.3 Meerjarenbegroting 2026-2030"),
    ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdrachten DUO (so, sbo > 2%)", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Toekenning aan besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bovenschoolse voorzieningen en bureau", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Resultaat", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ("note", "[Controller: meerjarenbegroting wordt ingevuld na de septembercirculaire en na het besluit over het "
             "innovatiebudget. Tot die tijd p.m.]"),
    ("h2", "8.4 Reserves"),
    ("p", "Per 31 december 2024 bedroeg het eigen vermogen van De Waalboog € 1,94 miljoen. Het algemeen bestuur heeft "
          "in 2023 met de Verbeteraanpak passend onderwijs (maatregel 23) een bestedingsplan vastgesteld. De "
          "signaleringswaarde voor bovenmatig eigen vermogen volgens de methodiek van de inspectie bedraagt € 1,21 "
          "miljoen. Het meerdere wordt in 2026 en 2027 ingezet; de wijze waarop volgt uit het besluit over het "
          "innovatiebudget."),

    ("h1", "9 Beoogde resultaten en kwaliteitszorg"),
    ("p", "Aan het eind van de planperiode, op 31 juli 2030, willen we de volgende resultaten hebben bereikt voor "
          "leerlingen die extra ondersteuning nodig hebben:"),
    ("table", [["Nr.", "Beoogd resultaat in 2030", "Indicator / streefwaarde"],
               ["R1", "Meer leerlingen met een extra ondersteuningsbehoefte blijven thuisnabij op een reguliere school",
                "Deelnamepercentage sbo ten hoogste 2,0% en so ten hoogste 1,4% (schooljaar 2029-2030)"],
               ["R2", "Leerlingen met een OPP halen hun doelen",
                "Ten minste 75% van de leerlingen met een OPP behaalt de in het OPP gestelde uitstroombestemming"],
               ["R3", "Leerkrachten voelen zich toegerust", "Gemiddelde waardering leerkrachten voor de ondersteuning "
                "in de eigen school ten minste 7,5"],
               ["R4", "Alle scholen bieden het afgesproken niveau basisondersteuning",
                "100% van de vestigingen voldoet aan de standaarden uiterlijk 1 augustus 2028"]]),
    ("p", "Deze resultaten zijn afgeleid van de kernwaarden in hoofdstuk 3 en zijn besproken in de werkconferenties "
          "van oktober en november 2025."),
    ("note", "[Hoe we de resultaten meten, wie daarover rapporteert en wanneer: voorstel van de werkgroep Kwaliteit "
             "volgt. MvD: nog niet ontvangen, navragen bij Karin.]"),
    ("comment", "Eventueel aansluiten bij het kwaliteitszorgsysteem van het grootste bestuur?"),

    ("h1", "10 Organisatie, governance en medezeggenschap"),
    ("h2", "10.1 Rechtsvorm en bestuur"),
    ("p", "De Waalboog is een stichting. In de statuten is vastgelegd dat alle aangesloten schoolbesturen deel "
          "uitmaken van het algemeen bestuur (AB). Het AB houdt toezicht op de directeur-bestuurder, die het "
          "samenwerkingsverband bestuurt en leidt. Daarmee is de scheiding tussen bestuur en intern toezicht "
          "geregeld volgens het one-tier-model. Het AB vergadert ten minste vijf keer per jaar. Het AB heeft een "
          "auditcommissie, die de begroting en de jaarrekening voorbereidt, en een remuneratiecommissie."),
    ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen, zoals artikel "
          "18a lid 4 WPO voorschrijft. Het samenwerkingsverband volgt de Code Goed Bestuur in het primair onderwijs "
          "van de PO-Raad. Afwijkingen van de code worden in het jaarverslag gemeld."),
    ("h2", "10.2 Het bureau"),
    ("p", "Het bureau van De Waalboog is gevestigd in Waalhoven. Het bureau ondersteunt het bestuur, voert de "
          "toelaatbaarheidsprocedure uit en begeleidt de consulenten. De directeur-bestuurder wordt ondersteund door "
          "een beleidsmedewerker, een controller (0,4 fte, ingehuurd) en een managementassistent."),
    ("h2", "10.3 Medezeggenschap"),
    ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) met instemmingsrecht op het "
          "ondersteuningsplan (artikel 14a WMS). De leden worden gekozen uit en door de medezeggenschapsraden van de "
          "aangesloten scholen. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
          "personeel van het bureau. De OPR wordt in maart 2026 om instemming gevraagd."),
    ("h2", "10.4 Overleg met gemeenten en het VO"),
    ("p", "Het concept van dit plan wordt in het op overeenstemming gericht overleg (OOGO) besproken met de wethouders "
          "onderwijs van de vier gemeenten. Het OOGO is gepland op 14 april 2026 [datum bevestigen]. Met het "
          "samenwerkingsverband VO Rivierenland vindt op 2 april 2026 overleg plaats over het concept, zoals artikel "
          "18a lid 9 WPO voorschrijft. Agendapunten voor het OOGO zijn onder meer thuiszitters, leerlingenvervoer en "
          "onderwijshuisvesting."),

    ("h1", "11 Personeel, ICT en privacy"),
    ("h2", "11.1 Personeel"),
    ("p", "Het samenwerkingsverband heeft op 1 januari 2026 14 medewerkers in dienst (10,2 fte), onder wie zes "
          "consulenten passend onderwijs en drie orthopedagogen. "
          "Het samenwerkingsverband hanteert de cao primair onderwijs. Jaarlijks voeren "
          "alle medewerkers een gesprekscyclus met de directeur-bestuurder. In de planperiode investeren we in de "
          "scholing van de consulenten op het gebied van meer- en hoogbegaafdheid en van taalontwikkeling bij "
          "nieuwkomers."),
    ("p", "Het lerarentekort raakt ook ons werk. Onderwijsassistenten en zij-instromers vormen een groeiend deel van "
          "de teams. De besturen hebben afgesproken dat zij bij de inductie van nieuwe leerkrachten aandacht besteden "
          "aan handelingsgericht werken. Het samenwerkingsverband biedt daarvoor een regionaal scholingsaanbod."),
    ("h2", "11.2 ICT en privacy"),
    ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over de gezondheid van leerlingen, "
          "voor zover dat nodig is voor zijn wettelijke taken (artikel 18a lid 13 WPO). Het samenwerkingsverband "
          "heeft een functionaris gegevensbescherming (gedeeld met twee andere samenwerkingsverbanden), een "
          "verwerkingsregister en een procedure voor datalekken. Gegevens worden uitgewisseld via een beveiligde "
          "digitale omgeving die voldoet aan het Privacyconvenant Onderwijs. De bewaartermijn is drie jaar na het "
          "laatste besluit."),

    ("h1", "12 Planning en totstandkoming"),
    ("table", [["Wanneer", "Wat"],
               ["september - november 2025", "Werkconferenties directeuren, IB'ers en bestuurders"],
               ["9 januari 2026", "Concept 0.4 naar stuurgroep"],
               ["12 februari 2026", "Concept 0.6 naar AB"],
               ["maart 2026", "Instemmingsverzoek OPR"],
               ["2 en 14 april 2026", "Overleg SWV VO en OOGO gemeenten"],
               ["uiterlijk 24 april 2026", "Vaststelling door AB en verzending aan de inspectie (vóór 1 mei)"],
               ["1 augustus 2026", "Inwerkingtreding"]]),
    ("p", "Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan met een jaarbegroting. Wijzigingen in "
          "het plan tijdens de planperiode worden opnieuw aan de OPR voorgelegd."),

    ("h1", "Bijlage 1 Begrippenlijst"),
    ("glossary", [
        ("Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep leerlingen, met "
                        "doelen, inzet en duur."),
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het "
                               "samenwerkingsverband bieden: basiskwaliteit, preventieve en licht curatieve "
                               "interventies, een ondersteuningsstructuur en planmatig werken."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende "
                           "plek beschikbaar is."),
        ("Meerjarenbegroting", "Begroting voor ten minste vier jaar vooruit."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met "
                 "vragen over passend onderwijs."),
        ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
        ("OPP", "Ontwikkelingsperspectiefplan."),
        ("OPR", "Ondersteuningsplanraad."),
        ("Terugplaatsing", "De overstap van een leerling uit het sbo of so terug naar het reguliere basisonderwijs."),
        ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring voor het sbo of so."),
        ("Verevening", "Correctie op het budget voor zware ondersteuning op basis van het deelnamepercentage so."),
        ("Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."),
    ]),
    ("h1", "Bijlage 2 Standaarden basisondersteuning"),
    ("note", "[volgt na vaststelling notitie werkgroep]"),
]

P1_LABEL = {
    "documents": [f"{P1_NAME}.docx", f"{P1_NAME}.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False,
        "plaatsing.criteria": True,
        "terugstroom.procedure": False,
        "terugstroom.beleid": False,
        "financien.verdeling": True,
        "financien.besteding": False,
        "dekkend-aanbod.continuum": False,
        "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True,
        "resultaten.monitoring": False,
        "ouders.informatie": False,
        "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "plaatsing": ["duur-categorie"],
        "financien": ["reserves"],
        "resultaten": ["meetbaar"],
    },
    "notes": {
        "basisondersteuning": "H4 defines the agreed minimum for every vestiging (niveau), but the content is a "
                              "'[PM: tabel met twaalf standaarden invoegen]' placeholder and bijlage 2 says 'volgt'; "
                              "the 4-aspect definition is only in the begrippenlijst.",
        "plaatsing": "6.3 gives concrete sbo and so criteria plus TLV duration/bekostigingscategorie; 6.2 (procedure) "
                     "is only a placeholder for a stroomschema, no applicant, body or termijnen anywhere.",
        "terugstroom": "6.4 'Terugplaatsing en einde TLV' contains only '[tekst volgt ...]'; the word appears "
                       "elsewhere only in TOC and begrippenlijst.",
        "financien": "8.2 gives the verdeelmodel (85% per leerling ~EUR 212, vaste voet EUR 4.500, 15% bovenschools); "
                     "the meerjarenbegroting in 8.3 is all 'p.m.' and nothing says what the means are spent on; "
                     "8.4 covers reserves (advisory).",
        "dekkend-aanbod": "H5 is a placeholder ('Tekst volgt in versie 0.6'); thuiszitters only as an OOGO agenda "
                          "word and in the begrippenlijst; OOGO paragraph is purely procedural.",
        "resultaten": "H9 table gives beoogde resultaten with streefwaarden; how results are measured/reported is "
                      "deferred ('voorstel van de werkgroep Kwaliteit volgt').",
        "ouders": "H7 is only a reviewer note asking the OJSP for text; OJSP appears only in the begrippenlijst; "
                  "no parental role described (OPR mentioned without composition).",
    },
}

# =============================================================================================
# P2  VO, concept (draft) -- Samenwerkingsverband VO Kempenrand
# =============================================================================================
P2_NAME = "vo-kempenrand-concept-2026"

P2 = [
    ("title", ["Koers op maat",
               "Ondersteuningsplan Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-94)",
               "Planperiode 1 augustus 2026 - 31 juli 2030",
               "Werkversie 0.3 (concept) - 5 december 2025 - met opmerkingen van de klankbordgroep"]),
    ("toc", ["Voorwoord",
             "1 Waarom dit plan",
             "2 De Kempenrand: scholen en leerlingen",
             "3 Koers: visie, missie en uitgangspunten",
             "4 Basisondersteuning op elke school",
             "5 Toelaatbaarheid vso, lwoo en pro",
             "6 Het ondersteuningsaanbod in de regio",
             "   6.3 Thuiszitters en witte vlekken",
             "7 Terugkeer van vso naar regulier vo",
             "8 Communicatie",
             "9 Financiën en meerjarenbegroting",
             "10 Resultaten, monitoring en verantwoording",
             "11 Organisatie en medezeggenschap",
             "12 Samenwerking met gemeenten",
             "13 Medewerkers, professionalisering en privacy",
             "14 Tijdpad",
             "Begrippen en afkortingen"]),
    ("note", "[Klankbordgroep 2-12: graag overal 'leerling' in plaats van 'jongere', en 'wij' in plaats van 'het "
             "samenwerkingsverband' waar dat kan. Nog niet overal doorgevoerd.]"),

    ("h1", "Voorwoord"),
    ("p", "Koers op maat. Zo hebben we dit ondersteuningsplan genoemd, omdat het de richting aangeeft die wij als "
          "scholen voor voortgezet onderwijs in de Kempenrand de komende vier jaar samen willen varen. Op maat, "
          "omdat geen leerling hetzelfde is en omdat ook onze scholen van elkaar verschillen: van een grote "
          "scholengemeenschap met ruim 2.400 leerlingen tot een kleine school voor praktijkonderwijs in een dorp."),
    ("p", "De afgelopen planperiode hebben we veel geleerd. We hebben ervaren dat snelle, laagdrempelige hulp dicht "
          "bij de leerling meer oplevert dan lange procedures. We hebben ook gezien dat de druk op scholen groot is: "
          "meer leerlingen met angst- en somberheidsklachten, meer schoolverzuim na de coronaperiode en een krappe "
          "arbeidsmarkt. Dit plan is ons antwoord daarop."),
    ("p", "Dit is nadrukkelijk een werkversie. Niet alle hoofdstukken zijn al geschreven. We delen deze versie toch "
          "met de klankbordgroep, de ondersteuningsplanraad en de gemeenten, omdat we het plan samen willen maken."),
    ("p", "Mr. drs. P. (Pieter) Goossens, directeur-bestuurder"),

    ("h1", "1 Waarom dit plan"),
    ("p", "Het samenwerkingsverband heeft de wettelijke taak om een samenhangend geheel van ondersteuningsvoorzieningen "
          "te realiseren binnen en tussen de scholen, zodat leerlingen een zo ononderbroken mogelijk "
          "ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo passend "
          "mogelijke plaats in het onderwijs krijgen (artikel 2.47 WVO 2020, voorheen artikel 17a WVO). Het "
          "ondersteuningsplan legt vast hoe wij dat doen. Het plan wordt ten minste eens in de vier jaar vastgesteld "
          "en vóór 1 mei aan de inspectie gezonden."),
    ("p", "Het huidige plan loopt af op 31 juli 2026. Dit nieuwe plan bouwt voort op de evaluatie van het huidige "
          "plan, die in het voorjaar van 2025 door een extern bureau is uitgevoerd. De belangrijkste conclusies van "
          "die evaluatie waren dat de samenwerking tussen de scholen goed is, dat de lijnen kort zijn, maar dat de "
          "afspraken tussen scholen te weinig zijn vastgelegd en dat het voor buitenstaanders lastig is om te zien "
          "wat het samenwerkingsverband precies doet."),
    ("note", "[JK: evaluatierapport als bijlage toevoegen? -> PG: nee, staat op de website.]"),

    ("h1", "2 De Kempenrand: scholen en leerlingen"),
    ("p", "Het samenwerkingsverband omvat de gemeenten Kempenrand, Heeze-Dommel, Bergeijkse Akkers en Valkenrode. Bij "
          "het samenwerkingsverband zijn zes schoolbesturen aangesloten met samen elf scholen (veertien vestigingen) "
          "voor voortgezet onderwijs, waaronder twee scholen voor praktijkonderwijs en twee scholen voor voortgezet "
          "speciaal onderwijs (cluster 3 en cluster 4). Op 1 oktober 2025 volgden 14.312 leerlingen onderwijs op een "
          "van onze scholen."),
    ("table", [["Schooltype", "Vestigingen", "Leerlingen 1-10-2025"],
               ["Vmbo (alle leerwegen)", "6", "4.980"],
               ["Havo/vwo (incl. scholengemeenschappen)", "4", "8.117"],
               ["Praktijkonderwijs", "2", "596"],
               ["Voortgezet speciaal onderwijs", "2", "619"],
               ["Totaal", "14", "14.312"]]),
    ("p", "De regio is gemengd stedelijk en landelijk. Een groot deel van de leerlingen reist dagelijks met de fiets "
          "of de bus naar een van de twee kernen waar de meeste scholen staan. Het aantal leerlingen stijgt tot 2028 "
          "licht en daalt daarna. De verschillen tussen de vestigingen zijn groot: de kleinste vestiging telt 180 "
          "leerlingen, de grootste ruim 2.400."),

    ("h2", "2.1 Ontwikkelingen die op ons afkomen"),
    ("p", "Het voortgezet onderwijs in de Kempenrand staat de komende jaren voor een aantal stevige opgaven. De "
          "leerlingaantallen dalen na 2028, waardoor kleinere vestigingen onder druk komen te staan. De besturen "
          "voeren daarover gesprekken in het kader van het regionaal plan onderwijsvoorzieningen. Daarnaast worden "
          "de scholen geconfronteerd met een tekort aan docenten in vakken als wiskunde, Duits en natuurkunde. "
          "Voor het ondersteuningsplan is dat relevant, omdat de ondersteuning van leerlingen in de klas staat of "
          "valt met de beschikbaarheid van goed opgeleide docenten en mentoren."),
    ("p", "Landelijk zijn er ook veranderingen. De Wet versterking positie ouders en leerlingen in het passend "
          "onderwijs brengt het hoorrecht voor leerlingen en een verplicht ouder- en jeugdsteunpunt. Er komt een "
          "landelijke norm voor de basisondersteuning. De inspectie heeft in haar Staat van het Onderwijs gewezen op "
          "de toename van het aantal leerlingen met psychische klachten. En de aansluiting tussen vo en mbo blijft "
          "aandacht vragen: te veel jongeren met een ondersteuningsbehoefte vallen in het eerste mbo-jaar uit."),
    ("p", "Tot slot speelt de discussie over inclusiever onderwijs. Het kabinet heeft de ambitie uitgesproken om het "
          "onderwijs inclusiever te maken, zodat meer leerlingen met een beperking een plek vinden in het "
          "reguliere onderwijs. De schoolbesturen in de Kempenrand onderschrijven die ambitie, maar vinden ook dat "
          "inclusiever onderwijs tijd, ruimte en deskundigheid vraagt. In dit plan zoeken we een realistische balans."),
    ("note", "[PG: paragraaf 2.1 nog inkorten? Klankbordgroep vond hem te lang. - JK: laten staan voor de OPR.]"),
    ("h1", "3 Koers: visie, missie en uitgangspunten"),
    ("p", "Onze missie is kort: samen zorgen dat iedere leerling in de Kempenrand een plek heeft waar hij of zij "
          "kan leren en zich kan ontwikkelen. Wij werken vanuit vier uitgangspunten."),
    ("ul", ["Dichtbij: ondersteuning vindt zo veel mogelijk plaats in de klas en op de eigen school.",
            "Snel: wie hulp nodig heeft, krijgt die zonder lange wachttijd en zonder onnodige papieren.",
            "Samen: scholen, ouders, leerlingen en partners in zorg en jeugdhulp zoeken samen naar oplossingen.",
            "Helder: iedereen weet wat hij van de ander kan verwachten."]),
    ("p", "Deze uitgangspunten vormen de rode draad in dit plan. Ze zijn ontleend aan de gesprekken die wij in 2025 "
          "met leerlingen, ouders, docenten en mentoren hebben gevoerd in de zogenaamde 'koersgesprekken'. Daaraan "
          "deden ruim 160 mensen mee."),
    ("p", "Wij zien passend onderwijs als een gezamenlijke verantwoordelijkheid van alle scholen. Dat betekent dat "
          "een school niet alleen kijkt naar de eigen leerlingen, maar ook naar de leerling die nog geen plek heeft. "
          "Het betekent ook dat scholen van elkaar leren, dat ze expertise delen en dat ze elkaars voorzieningen "
          "benutten. Het samenwerkingsverband is daarbij de verbindende schakel."),

    ("h1", "4 Basisondersteuning op elke school"),
    ("note", "[Referentiekader basisondersteuning VO 2026: tekst volgt na besluit AB van 23 januari. JK: kan hier "
             "niet gewoon de tekst uit het oude plan in? -> PG: nee, het oude kader is vervallen en de scholen "
             "willen eerst de landelijke norm afwachten.]"),
    ("comment", "Zie mail MvH 28-11 over landelijke norm."),

    ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
    ("note", "[Concepttekst nog niet aangeleverd door de Commissie Toelaatbaarheid. Wordt opgenomen in versie 0.5. "
             "Let op: ook de vraag of wij de landelijke lwoo-criteria blijven volgen moet nog in het AB.]"),

    ("h1", "6 Het ondersteuningsaanbod in de regio"),
    ("h2", "6.1 Van klas tot bovenschoolse voorziening"),
    ("p", "In de Kempenrand is het ondersteuningsaanbod opgebouwd in vier lagen die op elkaar aansluiten. Bovenop de "
          "basisondersteuning van de school (zie hoofdstuk 4) staan de volgende voorzieningen ter beschikking."),
    ("table", [["Laag", "Voorziening", "Voor wie", "Capaciteit / duur"],
               ["1 Extra ondersteuning op de eigen school",
                "Arrangement op maat, afgesproken in het ondersteuningsteam van de school; trajectvoorziening "
                "('Steunpunt') op negen van de veertien vestigingen",
                "Leerlingen die tijdelijk meer begeleiding nodig hebben dan de mentor kan bieden",
                "Trajecten van 6 tot 20 weken"],
               ["2 Arrangementen tussen scholen",
                "Plusklas hoogbegaafdheid (Valkenrode), taalklas NT2 / ISK (Kempenrand), "
                "'Kompasklas' voor leerlingen met autisme (twee havo/vwo-vestigingen)",
                "Leerlingen van alle scholen in de regio",
                "Plusklas 24 plaatsen, ISK 90 plaatsen, Kompasklas 2 x 14 plaatsen"],
               ["3 Bovenschoolse voorzieningen",
                "OPDC De Kempenpoort (tijdelijke plaatsing, terugkeer naar eigen school); rebound-traject 'Adem' "
                "(12 weken, deels op eigen school); onderwijs-zorgarrangement 'Samen Sterk' met jeugdhulp",
                "Leerlingen die tijdelijk niet op de eigen school kunnen functioneren",
                "OPDC 36 plaatsen, maximaal één schooljaar; rebound 20 trajecten tegelijk; OZA 12 plaatsen"],
               ["4 Gespecialiseerd onderwijs",
                "Vso cluster 3 De Linde, vso cluster 4 Het Baken, praktijkonderwijs De Werkplaats en Pro Valkenrode",
                "Leerlingen die langdurig een gespecialiseerde onderwijsomgeving nodig hebben",
                "Zie hoofdstuk 5"]]),
    ("p", "In het ondersteuningsteam van de school wordt besproken welke ondersteuning een leerling nodig heeft en welke laag daarbij "
          "past. De consulent van het samenwerkingsverband sluit aan bij het ondersteuningsteam als de school "
          "twijfelt of een voorziening in laag 2 of 3 nodig is. De consulent brengt de school dan in contact met de "
          "voorziening en zorgt voor een warme overdracht."),
    ("p", "Het OPDC en het rebound-traject zijn bedoeld als tijdelijke voorziening: de leerling blijft ingeschreven "
          "op de eigen school en keert daar na afloop terug. Het onderwijs-zorgarrangement 'Samen Sterk' wordt samen "
          "met de jeugdhulpaanbieders Kempenzorg en Lindehoeve uitgevoerd; de gemeenten financieren de "
          "jeugdhulpcomponent. Afspraken daarover zijn vastgelegd in het convenant onderwijs-jeugdhulp 2024-2028."),
    ("h2", "6.2 Doorlopende lijnen"),
    ("p", "Voor de overstap van het primair naar het voortgezet onderwijs werken we met het samenwerkingsverband PO "
          "Kempen-Dommel aan een gezamenlijke overstapkalender. Leerlingen met een ondersteuningsbehoefte krijgen een "
          "warme overdracht: de intern begeleider van de basisschool en de ondersteuningscoördinator van de vo-school "
          "bespreken vóór 1 april de leerling samen. Voor de overstap naar het mbo hebben we afspraken met het "
          "Kempen College: de loopbaanbegeleiders van het mbo zijn in het voorjaar op de vo-scholen aanwezig en "
          "leerlingen met extra ondersteuning krijgen een intakegesprek vóór 1 juni."),
    ("h2", "6.2a Nieuwkomers en hoogbegaafde leerlingen"),
    ("p", "Leerlingen die korter dan twee jaar in Nederland wonen en de Nederlandse taal nog onvoldoende beheersen, "
          "volgen onderwijs in de internationale schakelklas in Kempenrand. De ISK biedt een intensief taalprogramma "
          "en bereidt leerlingen voor op de overstap naar het reguliere vo, het mbo of de arbeidsmarkt. Na de ISK "
          "krijgen leerlingen op hun nieuwe school nog een jaar lang twee uur per week extra taalondersteuning van "
          "een NT2-docent van de ISK."),
    ("p", "Voor hoogbegaafde leerlingen die op hun eigen school onvoldoende uitdaging vinden, is er de plusklas in "
          "Valkenrode. Leerlingen volgen daar één dag per week een verrijkingsprogramma, naast hun gewone rooster. "
          "Voor hoogbegaafde leerlingen met een ondersteuningsbehoefte (bijvoorbeeld in combinatie met autisme of "
          "faalangst) werkt de plusklas samen met de Kompasklassen. In de loop van de planperiode verkennen wij of "
          "een voltijds voorziening nodig is."),
    ("note", "[MvH: de HB-subsidie van het Rijk loopt af in 2026 - consequenties nog bespreken met het AB.]"),
    ("h2", "6.2b Van vo naar mbo en werk"),
    ("p", "Voor leerlingen in het praktijkonderwijs en het vso is de overgang naar vervolgonderwijs, werk of "
          "dagbesteding een kwetsbaar moment. De scholen voor praktijkonderwijs werken daarom met een "
          "stageprogramma vanaf het derde leerjaar en met een nazorgperiode van een jaar na het verlaten van de "
          "school. In samenwerking met het UWV en de gemeenten wordt voor iedere leerling die uitstroomt naar arbeid "
          "een baanafspraak of begeleiding op de werkplek geregeld. Het vso werkt met uitstroomprofielen: "
          "vervolgonderwijs, arbeidsmarkt en dagbesteding. Leerlingen met het profiel dagbesteding krijgen in hun "
          "laatste schooljaar een overdracht naar een dagbestedingslocatie in hun woonplaats."),
    ("p", "Met het Kempen College is afgesproken dat de entreeopleiding en de niveau-2-opleidingen ook plaats bieden "
          "aan leerlingen die nog extra begeleiding nodig hebben. Daarvoor werkt het mbo met een "
          "studentbegeleider die de leerling al in het laatste vo-jaar leert kennen."),
    ("h2", "6.3 Thuiszitters en witte vlekken"),
    ("note", "[Cijfers thuiszitters 2024-2025 nog opvragen bij leerplicht (RBL Zuidoost). Tekst volgt; ook de "
             "analyse van wachtlijsten voor het OZA moet nog gemaakt worden. - JK]"),

    ("h1", "7 Terugkeer van vso naar regulier vo"),
    ("p", "Wij vinden dat een leerling die in het voortgezet speciaal onderwijs zit, zo mogelijk weer onderwijs volgt "
          "in het reguliere voortgezet onderwijs, bij voorkeur dicht bij huis. Plaatsing in het vso is voor ons geen "
          "eindstation. Tegelijk weten we dat een terugkeer die te vroeg of onvoorbereid plaatsvindt, schade kan doen. "
          "Ons beleid rust daarom op drie pijlers."),
    ("ul", ["Perspectief vanaf de start: in het ontwikkelingsperspectief van elke vso-leerling staat vanaf het begin "
            "of terugkeer naar het regulier vo een realistisch perspectief is, en onder welke voorwaarden.",
            "Voorwaarden voor terugkeer: een leerling keert terug als hij of zij in een groep van ongeveer 25 "
            "leerlingen kan functioneren, voldoende zelfstandig kan werken met het reguliere rooster en lesmateriaal, "
            "en als er een ontvangende school is die de benodigde ondersteuning kan bieden.",
            "Ondersteuning na terugkeer: elke teruggekeerde leerling krijgt een terugkeerarrangement van ten minste "
            "één schooljaar. De vso-school levert daarin ambulante begeleiding (gemiddeld drie uur per week in de "
            "eerste tien weken, daarna afbouwend) en de ontvangende school wijst een vaste coach aan. Als het niet "
            "lukt, kan de leerling binnen het schooljaar zonder nieuwe wachttijd terug naar de vso-school."]),
    ("p", "Hetzelfde uitgangspunt geldt voor overplaatsing tussen vso en praktijkonderwijs: een leerling die in het "
          "praktijkonderwijs beter tot zijn recht komt, moet daar zonder drempels naartoe kunnen."),
    ("note", "[Het stappenplan (wie neemt het initiatief, wanneer wordt geëvalueerd, wie besluit) werken we in "
             "schooljaar 2026-2027 uit samen met De Linde en Het Baken. Hier later invoegen.]"),
    ("comment", "Is dat niet te laat? Inspectie kijkt hier naar. - RvB"),

    ("h1", "8 Communicatie"),
    ("h2", "8.1 Communicatie met scholen en partners"),
    ("p", "Wij communiceren met de scholen via het maandelijkse overleg van de ondersteuningscoördinatoren, een "
          "digitale nieuwsbrief die zes keer per jaar verschijnt en het jaarlijkse congres 'Koers op maat'. Met de "
          "gemeenten en de jeugdhulp communiceren wij via het regionale overleg onderwijs-jeugd."),
    ("h2", "8.2 Informatie voor ouders en leerlingen"),
    ("p", "Ouders en leerlingen moeten gemakkelijk kunnen vinden welke ondersteuning er in de regio is en hoe zij die "
          "kunnen krijgen. Daarom doen wij het volgende:"),
    ("ul", ["Op de website staat een aparte ouder- en leerlingenpagina met een overzicht van alle voorzieningen uit "
            "hoofdstuk 6, per voorziening met doelgroep, aanmeldroute en contactpersoon.",
            "De brochure 'Passend onderwijs in de Kempenrand' is beschikbaar in het Nederlands, Engels, Arabisch en "
            "Pools en wordt via de basisscholen aan alle ouders van leerlingen in groep 8 uitgereikt.",
            "Elke vo-school beschrijft in haar schoolgids welke ondersteuning de school biedt en verwijst naar de "
            "ouderpagina van het samenwerkingsverband.",
            "Twee keer per jaar (oktober en maart) organiseren wij een informatieavond voor ouders over de overstap "
            "naar het vo en de mogelijkheden van extra ondersteuning.",
            "Ouders kunnen op werkdagen tussen 9.00 en 15.00 uur bellen met de informatielijn van het bureau."]),
    ("h2", "8.3 Onafhankelijke ondersteuning voor ouders en leerlingen"),
    ("p", "Soms lopen ouders of leerlingen vast, of zijn zij het niet eens met de school. Dan is het belangrijk dat zij "
          "terechtkunnen bij iemand die onafhankelijk is. In de Kempenrand is dat het Ouder- en Jeugdsteunpunt "
          "Kempenrand (OJSP). Het OJSP wordt uitgevoerd door de stichting Zorgbelang Zuid en is onafhankelijk van het "
          "samenwerkingsverband en de scholen. Ouders en leerlingen kunnen er kosteloos terecht voor informatie, "
          "advies en een onafhankelijke gesprekspartner die meegaat naar gesprekken op school. Het OJSP is bereikbaar "
          "via telefoon, e-mail en een wekelijks inloopspreekuur in de bibliotheek van Kempenrand. Het OJSP meldt "
          "twee keer per jaar geanonimiseerd aan ons bestuur welke signalen het ontvangt."),
    ("p", "Daarnaast kunnen ouders gebruikmaken van de landelijke Onderwijsconsulenten, die kosteloos bemiddelen "
          "wanneer ouders en school er samen niet uitkomen. Ouders kunnen een geschil over toelating, verwijdering of "
          "het ontwikkelingsperspectief voorleggen aan de Geschillencommissie passend onderwijs. Klachten over het "
          "samenwerkingsverband zelf kunnen worden ingediend bij de landelijke klachtencommissie waarbij wij zijn "
          "aangesloten."),
    ("h2", "8.4 De stem van ouders en leerlingen"),
    ("p", "De helft van de leden van de ondersteuningsplanraad bestaat uit ouders en leerlingen. Leerlingen hebben "
          "het recht om hun mening te geven over hun ontwikkelingsperspectief (hoorrecht). Wij vragen scholen om in "
          "het ondersteuningsteam altijd een gesprek met ouders en leerling te voeren voordat een arrangement start."),

    ("h1", "9 Financiën en meerjarenbegroting"),
    ("note", "[Controller: paragraaf volgt na vaststelling van de begroting 2026 door het AB (12 maart). Tot die tijd "
             "verwijzen we naar de Kadernota 2026 die separaat aan het AB is gestuurd.]"),
    ("comment", "Kadernota niet meesturen naar OPR in deze fase."),

    ("h1", "10 Resultaten, monitoring en verantwoording"),
    ("h2", "10.1 Wat willen we bereiken?"),
    ("note", "[De beoogde resultaten voor 2026-2030 formuleren we in de werkconferentie van juni 2026. Ze worden "
             "opgenomen in het eerste jaarplan en in een voortgangsparagraaf bij dit plan. - PG]"),
    ("h2", "10.2 Hoe volgen we de ontwikkelingen?"),
    ("p", "Wij volgen de ontwikkelingen in de regio met een vaste monitoringcyclus. Het bureau beheert een dashboard "
          "dat elk kwartaal wordt bijgewerkt met gegevens uit DUO, uit de eigen registratie van arrangementen en "
          "voorzieningen en uit de leerlingvolgsystemen van de scholen (geanonimiseerd). Het dashboard bevat in elk "
          "geval de volgende indicatoren:"),
    ("ul", ["het percentage leerlingen in het vso en in het praktijkonderwijs op de teldatum 1 oktober, vergeleken "
            "met het landelijk gemiddelde;",
            "het aantal gestarte en afgeronde trajecten per voorziening uit hoofdstuk 6 en de gemiddelde duur;",
            "het percentage leerlingen dat na een OPDC- of rebound-traject binnen drie maanden weer volledig op de "
            "eigen school onderwijs volgt;",
            "het aantal leerlingen dat vanuit het vso is teruggekeerd naar het regulier vo;",
            "de uitstroom van leerlingen met extra ondersteuning naar mbo, arbeid en dagbesteding, en het percentage "
            "dat één jaar later nog ingeschreven staat (bestendigheid);",
            "de tevredenheid van ouders, leerlingen en scholen, gemeten in een tweejaarlijkse peiling."]),
    ("p", "Het bureau rapporteert elk kwartaal aan het algemeen bestuur. Eenmaal per jaar bespreken de "
          "ondersteuningscoördinatoren de uitkomsten in een analysebijeenkomst, waarin zij verklaringen zoeken en "
          "verbeterpunten formuleren. De bereikte resultaten worden jaarlijks verantwoord in het jaarverslag dat vóór "
          "1 juli verschijnt en met de ondersteuningsplanraad wordt besproken. Halverwege de planperiode, in het "
          "voorjaar van 2028, laten wij een externe tussenevaluatie uitvoeren."),

    ("h1", "11 Organisatie en medezeggenschap"),
    ("p", "Het samenwerkingsverband is een vereniging. De leden zijn de zes aangesloten schoolbesturen, die samen de "
          "algemene ledenvergadering (ALV) vormen. De ALV benoemt de leden van de raad van toezicht (RvT), die uit "
          "drie onafhankelijke leden bestaat. De RvT houdt toezicht op de directeur-bestuurder. De ALV stelt het "
          "ondersteuningsplan vast op voorstel van de directeur-bestuurder, na instemming van de "
          "ondersteuningsplanraad en goedkeuring door de RvT."),
    ("p", "De ondersteuningsplanraad bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, "
          "afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert vijf keer per jaar. In 2025 "
          "heeft de OPR een eigen scholingsbudget gekregen en is een ambtelijk secretaris aangesteld."),
    ("p", "Het bureau van het samenwerkingsverband is gehuisvest in het onderwijscentrum aan de Markt in Kempenrand. "
          "De directeur-bestuurder wordt ondersteund door een managementteam met een manager ondersteuning en een "
          "manager bedrijfsvoering."),

    ("h1", "12 Samenwerking met gemeenten"),
    ("p", "Wij voeren met de vier gemeenten op overeenstemming gericht overleg (OOGO) over dit plan en over de "
          "jeugdplannen van de gemeenten. Het OOGO over dit plan vindt plaats op 19 maart 2026. Thema's op de agenda "
          "zijn thuiszitters, leerlingenvervoer, onderwijshuisvesting, de aansluiting onderwijs-arbeidsmarkt en de "
          "inzet van jeugdhulp in de school. Over de jeugdhulp in de school zijn afspraken gemaakt in het convenant "
          "onderwijs-jeugdhulp 2024-2028: in iedere school is wekelijks een jeugdhulpverlener van het lokale team "
          "aanwezig, die zonder beschikking korte trajecten met leerlingen en gezinnen kan starten."),
    ("note", "[Gemeente Valkenrode wil ook afspraken over vroegtijdig schoolverlaten opnemen - nog bespreken.]"),

    ("h1", "13 Medewerkers, professionalisering en privacy"),
    ("p", "In het bureau van het samenwerkingsverband werken 22 medewerkers (16,4 fte): consulenten, orthopedagogen, "
          "medewerkers van het OPDC en de rebound, en staf. Het personeel van het OPDC is in dienst van het "
          "samenwerkingsverband; de docenten van de Kompasklassen en de plusklas zijn in dienst van de scholen. "
          "De medewerkers vallen onder de cao vo."),
    ("p", "Wij vinden het belangrijk dat kennis over ondersteuning niet bij een paar specialisten blijft, maar op alle "
          "scholen aanwezig is. Daarom bieden wij een regionaal professionaliseringsprogramma aan, met onder meer een "
          "leergang voor mentoren, intervisie voor ondersteuningscoördinatoren en een kenniskring over angst en "
          "somberheid bij jongeren. Scholen kunnen collega's uitwisselen via de regionale 'kennisbank'."),
    ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover nodig voor zijn wettelijke "
          "taken. Wij volgen de AVG en het Privacyconvenant Onderwijs. Wij hebben een functionaris "
          "gegevensbescherming en een verwerkingsregister. Gegevens worden uitgewisseld via een beveiligd "
          "digitaal platform."),

    ("h1", "14 Tijdpad"),
    ("table", [["Datum", "Stap"],
               ["5 december 2025", "Werkversie 0.3 naar klankbordgroep en OPR-werkgroep"],
               ["23 januari 2026", "AB: referentiekader basisondersteuning"],
               ["februari 2026", "Versie 0.5 met hoofdstukken 4, 5, 6.3 en 9"],
               ["19 maart 2026", "OOGO gemeenten; overleg SWV PO Kempen-Dommel op 12 maart"],
               ["april 2026", "Instemming OPR, goedkeuring RvT, vaststelling ALV"],
               ["vóór 1 mei 2026", "Toezending aan de inspectie"]]),

    ("h1", "Begrippen en afkortingen"),
    ("glossary", [
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat elke school binnen "
                               "het samenwerkingsverband biedt, op basis van afspraken in het referentiekader."),
        ("Lichte ondersteuning", "Middelen die het samenwerkingsverband ontvangt voor ondersteuning in het "
                                 "regulier vo, waaronder de voormalige lwoo-middelen."),
        ("LWOO", "Leerwegondersteunend onderwijs."),
        ("Meerjarenbegroting", "Begroting voor de komende vier jaar, met baten, lasten en reserves."),
        ("OJSP", "Ouder- en Jeugdsteunpunt."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("PrO", "Praktijkonderwijs."),
        ("Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier vo."),
        ("Thuiszitter", "Leerling die zonder geldige reden langer dan vier weken niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring voor het vso."),
        ("Verdeelmodel", "De afspraken over hoe de middelen over de scholen worden verdeeld."),
        ("Verevening", "Verrekening van de kosten van het vso met het budget voor zware ondersteuning."),
        ("Zorgplicht", "De plicht van het schoolbestuur om voor een aangemelde leerling met een "
                       "ondersteuningsbehoefte een passende plek te vinden."),
    ]),
]

P2_LABEL = {
    "documents": [f"{P2_NAME}.docx"],
    "sector": "vo",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": False,
        "basisondersteuning.inhoud": False,
        "plaatsing.procedure": False,
        "plaatsing.criteria": False,
        "terugstroom.procedure": False,
        "terugstroom.beleid": True,
        "financien.verdeling": False,
        "financien.besteding": False,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False,
        "resultaten.monitoring": True,
        "ouders.informatie": True,
        "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H4 is only a placeholder ('tekst volgt na besluit AB'); the definition exists only in the "
                              "begrippenlijst and 6.1 mentions 'de basisondersteuning van de school (zie hoofdstuk 4)' "
                              "in passing.",
        "plaatsing": "H5 'Toelaatbaarheid vso, lwoo en pro' is a placeholder; TLV/lwoo/PrO only in TOC and begrippenlijst; "
                     "the vso appears only as a layer of the continuum, no procedure, criteria, deskundigen or bezwaar.",
        "terugstroom": "H7 gives policy (perspective in OPP from the start, conditions for return, terugkeerarrangement "
                       "with ambulante begeleiding); the stappenplan (initiative, evaluation, decision) is deferred "
                       "to 2026-2027.",
        "financien": "H9 is a controller placeholder referring to a separate Kadernota; verdeelmodel, meerjarenbegroting, "
                     "verevening only in the begrippenlijst; no amounts anywhere.",
        "dekkend-aanbod": "6.1 table describes the four-layer continuum with capacities, 6.2 doorlopende lijnen, "
                          "H12 jeugdhulp in school (ketenpartners); 6.3 on thuiszitters/witte vlekken is a "
                          "placeholder and thuiszitters only appear as OOGO agenda item / glossary.",
        "resultaten": "10.1 beoogde resultaten deferred to the June 2026 werkconferentie; 10.2 describes the "
                      "monitoring cycle (dashboard indicators, quarterly reports, jaarverslag, tussenevaluatie 2028).",
        "ouders": "Hidden in H8 'Communicatie': 8.2 channels (ouderpagina, brochure in 4 languages, schoolgids, "
                  "informatieavonden), 8.3 independent OJSP, Onderwijsconsulenten, Geschillencommissie; 8.4 OPR and "
                  "hoorrecht.",
    },
}

# =============================================================================================
# P3  PO, average plan, HTML web version -- Samenwerkingsverband PO Veenhorst
# =============================================================================================
P3_NAME = "po-veenhorst-2026"

P3 = [
    ("title", ["Ondersteuningsplan 2026-2030: Samen kansrijk",
               "Stichting Samenwerkingsverband Passend Primair Onderwijs Veenhorst (PO 21-97)",
               "Vastgesteld door het algemeen bestuur op 16 april 2026, na instemming van de ondersteuningsplanraad "
               "op 31 maart 2026"]),
    ("toc", ["1. Voorwoord",
             "2. Over het samenwerkingsverband",
             "3. Terugblik op de planperiode 2022-2026",
             "4. Visie en ambitie",
             "5. Basisondersteuning: wat elke school biedt",
             "6. Toelaatbaarheid sbo en so",
             "7. Passende plek voor ieder kind: thuiszitters en zorgplicht",
             "8. Ouders",
             "9. Kwaliteit en resultaten",
             "10. Financiën",
             "11. Organisatie, medezeggenschap en samenwerking",
             "12. Begrippenlijst"]),

    ("h1", "1. Voorwoord"),
    ("p", "Samen kansrijk. Dat is de titel van dit ondersteuningsplan, en dat is ook waar het ons om gaat: ieder kind "
          "in Veenhorst, Dedemsdal en Schoonebroek moet de kans krijgen om zich te ontwikkelen, op een school die "
          "bij hem of haar past. Dat lukt alleen als we het samen doen: scholen, besturen, ouders, gemeenten en "
          "jeugdhulp."),
    ("p", "In de afgelopen vier jaar hebben we veel bereikt. De samenwerking tussen de besturen is hechter "
          "geworden, de procedures zijn eenvoudiger en de scholen weten ons beter te vinden. Tegelijk zijn er nog "
          "kinderen die te lang thuiszitten of wachten op een passende plek. Dat accepteren we niet. In dit plan "
          "leest u hoe we de komende jaren verder werken."),
    ("p", "Dit plan is tot stand gekomen in nauwe samenspraak met de intern begeleiders, de directeuren, de "
          "ondersteuningsplanraad en de gemeenten. Ik dank iedereen die heeft meegedacht."),
    ("p", "Marleen Bouwhuis, directeur-bestuurder"),

    ("h1", "2. Over het samenwerkingsverband"),
    ("p", "Samenwerkingsverband Passend Primair Onderwijs Veenhorst is een stichting waarin vijf schoolbesturen "
          "samenwerken. Samen hebben zij 29 basisscholen, één school voor speciaal basisonderwijs (De Brug, twee "
          "locaties) en één school voor speciaal onderwijs (De Horizon, cluster 3 en 4). Het samenwerkingsverband "
          "omvat de gemeenten Veenhorst, Dedemsdal en Schoonebroek. Op 1 oktober 2025 gingen 6.204 leerlingen naar "
          "een school in ons gebied."),
    ("p", "Het gebied is overwegend landelijk. Veel scholen zijn klein: elf scholen hebben minder dan honderd "
          "leerlingen. Dat vraagt om samenwerking tussen scholen, omdat een kleine school niet alle expertise in huis "
          "kan hebben. De afstanden zijn groot; voor sommige kinderen betekent een plek op De Brug of De Horizon een "
          "dagelijkse busrit van meer dan een half uur."),
    ("p", "Het bureau van het samenwerkingsverband is gevestigd in het Kindcentrum Noord in Veenhorst. Er werken "
          "negen mensen: de directeur-bestuurder, een beleidsmedewerker, een secretaresse, vier "
          "onderwijsadviseurs en twee orthopedagogen."),

    ("h1", "3. Terugblik op de planperiode 2022-2026"),
    ("p", "In de vorige planperiode stonden drie thema's centraal: eenvoudiger procedures, meer expertise in de "
          "school en betere samenwerking met de jeugdhulp. Op alle drie de thema's hebben we stappen gezet."),
    ("ul", ["We hebben het digitale aanvraagportaal ingevoerd, waardoor scholen niet langer papieren dossiers hoeven "
            "te sturen.",
            "We hebben een scholingsprogramma voor intern begeleiders opgezet, met onder meer bijeenkomsten over "
            "gedrag, hoogbegaafdheid en taalontwikkeling. Vrijwel alle IB'ers hebben hieraan deelgenomen.",
            "We hebben met de drie gemeenten afspraken gemaakt over een vast aanspreekpunt jeugdhulp per school.",
            "We hebben elk jaar een netwerkbijeenkomst georganiseerd voor directeuren en IB'ers."]),
    ("p", "Niet alles is gelukt. Het voornemen om een gezamenlijke observatieklas op te zetten, is door gebrek aan "
          "personeel niet gerealiseerd. Ook de digitalisering van de groeidocumenten loopt achter."),

    ("h1", "4. Visie en ambitie"),
    ("p", "Wij willen dat kinderen in Veenhorst zo veel mogelijk samen naar school gaan, dicht bij huis. Passend "
          "onderwijs is voor ons geen systeem, maar een houding: de leerkracht kijkt naar wat een kind nodig heeft, "
          "en de school, het bestuur en het samenwerkingsverband zorgen dat de leerkracht daarbij wordt "
          "ondersteund. We werken resultaatgericht en handelingsgericht, en we gaan uit van de mogelijkheden van een "
          "kind, niet van zijn beperkingen."),
    ("p", "Onze ambitie voor de komende jaren vatten we samen in drie woorden: dichtbij, deskundig en duidelijk. "
          "Dichtbij: de ondersteuning komt naar het kind toe. Deskundig: in iedere school is voldoende kennis "
          "aanwezig, en waar dat niet zo is, weten scholen die snel te vinden. Duidelijk: voor scholen en ouders is "
          "helder wat zij van elkaar en van het samenwerkingsverband kunnen verwachten."),
    ("p", "Deze ambitie is in het najaar van 2025 besproken met de directeuren, de intern begeleiders en de "
          "ondersteuningsplanraad. Zij herkenden zich in de drie woorden, maar vroegen om de ambitie in de jaarplannen "
          "concreet te maken. Dat zullen we doen."),

    ("h1", "5. Basisondersteuning: wat elke school biedt"),
    ("p", "Alle scholen in het samenwerkingsverband bieden hetzelfde minimale niveau van basisondersteuning. De "
          "besturen hebben dit niveau samen vastgesteld in de notitie 'Basis in Veenhorst' (algemeen bestuur, "
          "12 maart 2025). Het geldt voor alle 29 basisscholen, op al hun locaties. Het overzicht hieronder laat "
          "zien wat ouders en kinderen op iedere school mogen verwachten."),
    ("table", [["Onderdeel", "Wat elke school in Veenhorst ten minste biedt"],
               ["Ondersteuningsstructuur",
                "Een intern begeleider met ten minste één dag per week per 100 leerlingen (minimaal 0,4 fte per "
                "school); een zorgoverleg per groep ten minste drie keer per jaar; een ondersteuningsteam met "
                "onderwijsadviseur van het samenwerkingsverband en jeugdverpleegkundige, ten minste vier keer per jaar"],
               ["Handelingsgericht werken",
                "Groepsplannen of een vergelijkbare werkwijze; twee keer per jaar analyse van de toetsgegevens; "
                "een ontwikkelingsperspectief voor leerlingen met een eigen leerlijn"],
               ["Lezen en dyslexie", "Werken volgens het Protocol leesproblemen en dyslexie; signalering in groep 2 en "
                "3; extra instructie in een kleine groep van ten minste drie keer 20 minuten per week"],
               ["Rekenen en dyscalculie", "Werken volgens het Protocol ernstige reken-wiskundeproblemen en dyscalculie"],
               ["Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociale veiligheid (bijvoorbeeld "
                "Positive Behavior Support of Kanjertraining), een anti-pestcoördinator en een jaarlijkse "
                "veiligheidsmonitor"],
               ["Meer- en hoogbegaafdheid", "Signalering met een gestandaardiseerd instrument; compacten en "
                "verrijken in de groep; deelname aan de bovenschoolse plusgroep van het eigen bestuur"],
               ["Taal en NT2", "Extra taalaanbod voor kinderen met een taalachterstand, woordenschatonderwijs in "
                "alle groepen"],
               ["Medische handelingen", "Een protocol medisch handelen; afspraken over medicijnverstrekking"],
               ["Samenwerking", "Een vast aanspreekpunt jeugdhulp van de gemeente; schoolmaatschappelijk werk op "
                "afroep"]]),
    ("p", "Iedere school beschrijft in haar schoolgids hoe zij deze basisondersteuning invult, en welke extra "
          "ondersteuning de school daarnaast biedt. De onderwijsadviseur van het samenwerkingsverband bespreekt elk "
          "jaar in het voorjaar met de directeur en de intern begeleider een 'kwaliteitskaart' waarop de school "
          "per onderdeel aangeeft of zij aan het afgesproken niveau voldoet. Als een school op een onderdeel niet "
          "voldoet, maakt zij een verbeterplan met haar bestuur; de onderwijsadviseur ondersteunt daarbij."),
    ("p", "Wanneer de basisondersteuning voor een leerling niet voldoende is, kan de school extra ondersteuning "
          "inzetten. Hoe de scholen en besturen dat organiseren, leest u in hoofdstuk 7."),

    ("h1", "6. Toelaatbaarheid sbo en so"),
    ("h2", "6.1 Wanneer is een TLV nodig?"),
    ("p", "Voor een plaatsing op De Brug (speciaal basisonderwijs) of De Horizon (speciaal onderwijs, cluster 3 en 4) "
          "is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor cluster 1 "
          "(visueel) en cluster 2 (auditief en communicatief) geldt een landelijke procedure van Visio, Bartiméus, "
          "Kentalis of Auris; daarover beslist het samenwerkingsverband niet."),
    ("h2", "6.2 Hoe verloopt de aanvraag?"),
    ("ul", ["Stap 1 - De school bespreekt de leerling in het ondersteuningsteam, samen met de ouders. Zij stellen "
            "vast dat de ondersteuningsbehoefte de mogelijkheden van de school te boven gaat.",
            "Stap 2 - Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een nieuwe "
            "leerling, de school waar de leerling is aangemeld) dient via het digitale portaal een aanvraag in. "
            "De aanvraag bevat het groeidocument of OPP, het verslag van het ondersteuningsteam, de "
            "handelingsplannen van de afgelopen periode en de zienswijze van de ouders.",
            "Stap 3 - Het bureau controleert binnen vijf werkdagen of de aanvraag volledig is.",
            "Stap 4 - Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: altijd een orthopedagoog "
            "of psycholoog, en afhankelijk van de vraag een tweede deskundige (bijvoorbeeld een kinderarts, een "
            "maatschappelijk werker of een kinder- en jeugdpsychiater). De deskundigen zijn niet eerder bij de "
            "leerling betrokken geweest. Ouders ontvangen een kopie van beide adviezen.",
            "Stap 5 - De Commissie Toelaatbaarheid (drie leden, onder wie de directeur-bestuurder als voorzitter) "
            "neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. In spoedsituaties kan de "
            "voorzitter binnen vijf werkdagen een tijdelijke TLV afgeven van maximaal drie maanden."]),
    ("p", "Bent u het niet eens met het besluit? Informatie over de bezwaarprocedure vindt u op onze website onder "
          "'Bezwaar en beroep'."),
    ("h2", "6.3 Criteria"),
    ("p", "De commissie verklaart een leerling toelaatbaar tot het sbo als de school aantoonbaar de "
          "basisondersteuning en ten minste één periode van extra ondersteuning heeft ingezet, en als de leerling "
          "daarnaast behoefte heeft aan een kleinere groep (maximaal 16 leerlingen), een intensieve "
          "orthopedagogische aanpak gedurende de hele schooldag of een aangepast leerstofaanbod op meerdere "
          "vakgebieden. Een leerling is toelaatbaar tot het so als de ondersteuningsbehoefte ook in het sbo niet "
          "kan worden geboden, bijvoorbeeld omdat de leerling een ernstige verstandelijke beperking heeft, "
          "structurele medische zorg onder schooltijd nodig heeft of een combinatie van onderwijs en behandeling "
          "vraagt. De commissie kijkt naar de ondersteuningsbehoefte, niet naar een diagnose."),
    ("h2", "6.4 Duur en bekostiging"),
    ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor twee "
          "schooljaren, of voor één schooljaar als er een reëel perspectief is op een overstap naar het sbo of een "
          "basisschool. Bij een TLV voor het so stelt de commissie de bekostigingscategorie vast: laag (categorie 1), "
          "midden (categorie 2, lichamelijk gehandicapt of langdurig ziek) of hoog (categorie 3, meervoudig "
          "gehandicapt)."),
    ("h2", "6.5 Na de toelaatbaarheidsverklaring"),
    ("p", "Wij willen dat kinderen niet langer op een speciale school blijven dan nodig is. Als een kind op De Brug of "
          "De Horizon zo ver is gekomen dat het weer op een gewone basisschool kan leren, willen we dat het die stap "
          "maakt, bij voorkeur naar een school in de eigen woonplaats. Voorwaarde is dat het kind de basisondersteuning "
          "van een reguliere school, eventueel met extra ondersteuning, aankan, en dat de ontvangende school en de "
          "ouders achter de overstap staan."),
    ("p", "Zo werkt het. Elk jaar evalueert de sbo- of so-school het ontwikkelingsperspectief met de ouders. In het "
          "laatste jaar van de TLV nodigt de school vóór 1 december de ouders en de onderwijsadviseur van het "
          "samenwerkingsverband uit voor een perspectiefgesprek. In dat gesprek wordt besproken of het kind kan "
          "overstappen naar een basisschool (of het sbo), of dat verlenging nodig is. Is een overstap haalbaar, dan "
          "zoekt de onderwijsadviseur met de ouders een ontvangende school en vindt vóór 1 maart een "
          "overdrachtsgesprek plaats. Is verlenging nodig, dan dient de school vóór 1 maart een nieuwe aanvraag in "
          "bij de Commissie Toelaatbaarheid, die volgens de procedure van 6.2 beslist. De directeur van de sbo- of "
          "so-school is verantwoordelijk voor het tijdig starten van deze stappen."),
    ("p", "Kinderen die overstappen krijgen een overgangsarrangement van zes maanden: een leerkracht van De Brug of "
          "De Horizon begeleidt het kind en de nieuwe leerkracht twee uur per week, en er is een proefperiode van "
          "zes weken waarin het kind terug kan naar de eigen school als de overstap niet lukt. De kosten van het "
          "overgangsarrangement worden gedragen door het samenwerkingsverband."),

    ("h1", "7. Passende plek voor ieder kind: thuiszitters en zorgplicht"),
    ("p", "Iedere school heeft zorgplicht: als ouders hun kind aanmelden, moet het bestuur een passende plek bieden, "
          "op de eigen school of op een andere school. In Veenhorst hebben de besturen afgesproken hoe zij die "
          "zorgplicht samen waarmaken als het een bestuur niet lukt."),
    ("ul", ["Een bestuur dat binnen de wettelijke termijn van zes weken (eenmaal te verlengen met vier weken) geen "
            "passende plek kan vinden, meldt dit bij het samenwerkingsverband.",
            "Het samenwerkingsverband roept binnen tien werkdagen de 'tafel passende plek' bijeen: de "
            "directeur-bestuurder, de betrokken besturen, de leerplichtambtenaar en, als dat nodig is, de jeugdhulp.",
            "Als de betrokken partijen niet binnen vier weken tot een oplossing komen, heeft de directeur-bestuurder "
            "doorzettingsmacht: zij kan een bestuur opdragen een leerling (tijdelijk) te plaatsen.",
            "Iedere leerling die langer dan vier weken zonder geldige reden niet naar school gaat, wordt door de "
            "school gemeld bij de leerplichtambtenaar en bij het samenwerkingsverband. Binnen twee weken na de "
            "melding is er een plan voor terugkeer naar onderwijs, met een casusregisseur."]),
    ("p", "Eén keer per jaar, in juni, brengen het samenwerkingsverband en de gemeenten samen in kaart voor welke "
          "groepen kinderen er geen of onvoldoende passend aanbod is in de regio (de 'witte vlekken') en waar "
          "wachtlijsten ontstaan, bijvoorbeeld voor het so cluster 4. De uitkomst wordt besproken in het algemeen "
          "bestuur en in het OOGO; het bestuur besluit vóór 1 oktober over maatregelen, zoals het inkopen van "
          "plaatsen buiten de regio of het starten van een nieuwe voorziening."),
    ("p", "Een volledig overzicht van de extra ondersteuning en de bovenschoolse voorzieningen in de regio (het "
          "'ondersteuningscontinuüm') stellen wij in het eerste jaar van de planperiode op, samen met de besturen. "
          "Tot die tijd organiseert elk bestuur de extra ondersteuning op zijn eigen wijze."),

    ("h1", "8. Ouders"),
    ("p", "Ouders zijn de belangrijkste partners van de school. Zij kennen hun kind het best. Daarom betrekken de "
          "scholen ouders bij elke stap: bij het opstellen van het ontwikkelingsperspectief, in het "
          "ondersteuningsteam en bij een aanvraag voor een TLV."),
    ("p", "Wij vinden het belangrijk dat ouders goed op de hoogte zijn van de mogelijkheden. Zo informeren wij ouders:"),
    ("ul", ["Iedere school beschrijft in de schoolgids de basisondersteuning en de extra ondersteuning die de school "
            "biedt, en verwijst naar het samenwerkingsverband.",
            "Op onze website staat een ouderpagina met uitleg over basisondersteuning, extra ondersteuning, de "
            "TLV-procedure en de scholen voor sbo en so, met veelgestelde vragen.",
            "De folder 'Passend onderwijs in Veenhorst' wordt uitgereikt bij de aanmelding op een basisschool en ligt "
            "bij de consultatiebureaus en de kinderopvang.",
            "Ouders kunnen een afspraak maken met een onderwijsadviseur van het samenwerkingsverband voor uitleg over "
            "de mogelijkheden; dit is kosteloos."]),
    ("p", "Voor onafhankelijk advies en ondersteuning kunnen ouders in de toekomst terecht bij een ouder- en "
          "jeugdsteunpunt. Het samenwerkingsverband onderzoekt in 2026-2027 samen met de andere samenwerkingsverbanden "
          "in de provincie hoe dat steunpunt wordt ingericht. Zodra het steunpunt operationeel is, vindt u de "
          "contactgegevens op onze website."),
    ("p", "In de ondersteuningsplanraad zijn ouders vertegenwoordigd; zij hebben instemmingsrecht op dit plan."),

    ("h1", "9. Kwaliteit en resultaten"),
    ("p", "De schoolbesturen zijn verantwoordelijk voor de kwaliteit van het onderwijs op hun scholen. De "
          "inspectie beoordeelt die kwaliteit. Alle scholen in ons gebied hebben het oordeel voldoende of goed, en "
          "de leerresultaten op de eindtoets liggen op of boven het landelijk gemiddelde. Daar zijn we trots op."),
    ("p", "Voor het samenwerkingsverband zelf werken wij in de loop van 2027 een kwaliteitskader uit. Daarin nemen "
          "wij ook op welke resultaten wij willen bereiken voor kinderen met extra ondersteuning en hoe wij die "
          "gaan volgen. Het kwaliteitskader wordt na vaststelling als bijlage aan dit plan toegevoegd."),

    ("h1", "10. Financiën"),
    ("h2", "10.1 Inkomsten"),
    ("p", "Het samenwerkingsverband ontvangt jaarlijks van het Rijk een budget voor lichte en zware ondersteuning. "
          "Van dat budget houdt DUO eerst de bedragen in voor de leerlingen op De Horizon (so) en voor het deel "
          "van De Brug dat boven de twee procent van het leerlingenaantal uitkomt. Voor 2026 gaat het om een "
          "totaal van ruim € 5,5 miljoen, waarvan circa € 2,2 miljoen direct naar het speciaal (basis)onderwijs "
          "gaat."),
    ("h2", "10.2 Verdeling"),
    ("p", "Het verdeelmodel wordt in 2026-2027 herzien. Tot dat moment blijft de verdeling gelden zoals vastgelegd in "
          "het besluit van het algemeen bestuur van 8 juni 2022, dat op onze website is te raadplegen."),
    ("h2", "10.3 Meerjarenbegroting"),
    ("p", "De meerjarenbegroting hieronder laat zien waaraan het samenwerkingsverband de middelen de komende jaren "
          "besteedt. Bedragen zijn in euro's x 1.000."),
    ("table", [["", "2026", "2027", "2028", "2029"],
               ["Baten rijksbijdrage ondersteuning", "5.512", "5.468", "5.401", "5.355"],
               ["Overige baten (gemeenten, projecten)", "86", "60", "40", "40"],
               ["Totaal baten", "5.598", "5.528", "5.441", "5.395"],
               ["Afdrachten so en sbo (DUO)", "2.214", "2.190", "2.160", "2.140"],
               ["Middelen naar schoolbesturen", "2.310", "2.295", "2.270", "2.250"],
               ["Onderwijsadviseurs en orthopedagogen", "512", "525", "538", "551"],
               ["Overgangsarrangementen en tafel passende plek", "140", "150", "150", "150"],
               ["Bureau en bestuur", "396", "402", "410", "418"],
               ["Professionalisering IB'ers", "85", "70", "70", "70"],
               ["Totaal lasten", "5.657", "5.632", "5.598", "5.579"],
               ["Resultaat", "-59", "-104", "-157", "-184"]]),
    ("p", "De negatieve resultaten zijn bewust begroot: het samenwerkingsverband heeft een eigen vermogen van "
          "€ 1,3 miljoen, dat hoger is dan nodig. Met de begrote tekorten wordt het eigen vermogen tot 2030 "
          "teruggebracht naar een niveau dat past bij de risico's."),

    ("h1", "11. Organisatie, medezeggenschap en samenwerking"),
    ("p", "De stichting heeft een algemeen bestuur, waarin de vijf schoolbesturen zijn vertegenwoordigd, en een "
          "directeur-bestuurder. Het algemeen bestuur houdt intern toezicht. Het bestuur hanteert de Code Goed "
          "Bestuur van de PO-Raad. Het algemeen bestuur vergadert zes keer per jaar; twee keer per jaar is er een "
          "bestuurlijke conferentie met de directeuren."),
    ("p", "De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden. De OPR heeft "
          "op 31 maart 2026 ingestemd met dit plan. Het samenwerkingsverband heeft voor het personeel van het bureau "
          "een eigen medezeggenschapsraad."),
    ("p", "Met de gemeenten Veenhorst, Dedemsdal en Schoonebroek voeren wij op overeenstemming gericht overleg "
          "(OOGO). Het OOGO over dit plan vond plaats op 5 maart 2026. De gemeenten hebben geen bezwaren geuit. "
          "Met het samenwerkingsverband voortgezet onderwijs Veenhorst-Zuid is op 24 februari 2026 overleg gevoerd "
          "over de overstap naar het voortgezet onderwijs."),
    ("p", "Het samenwerkingsverband gaat zorgvuldig om met persoonsgegevens. Wij volgen de Algemene verordening "
          "gegevensbescherming en het Privacyconvenant Onderwijs. Dossiers van aanvragen worden tot drie jaar na het "
          "besluit bewaard."),
    ("p", "Het ondersteuningsplan is op 16 april 2026 vastgesteld en op 20 april 2026 aan de inspectie gezonden. "
          "Het plan wordt jaarlijks uitgewerkt in een jaarplan."),

    ("h2", "11.1 Medewerkers en professionalisering"),
    ("p", "Het bureau van het samenwerkingsverband is klein en wendbaar. De onderwijsadviseurs zijn allen ervaren "
          "intern begeleiders of orthopedagogen die jarenlang in het onderwijs hebben gewerkt. Zij kennen de scholen "
          "en de scholen kennen hen. Iedere school heeft een vaste onderwijsadviseur. De orthopedagogen voeren de "
          "deskundigenadviezen uit en ondersteunen de onderwijsadviseurs bij complexe vragen."),
    ("p", "Wij investeren in de deskundigheid van onze eigen medewerkers en in die van de scholen. Voor de scholen "
          "organiseren wij jaarlijks een scholingsaanbod voor intern begeleiders en leerkrachten, met onder meer "
          "modules over gedrag in de klas, over het opstellen van een goed ontwikkelingsperspectief en over het "
          "gesprek met ouders. Het aanbod wordt samengesteld op basis van de vragen die de scholen aan het begin van "
          "het schooljaar inbrengen. Daarnaast faciliteren wij drie lerende netwerken: voor intern begeleiders van "
          "kleine scholen, voor specialisten hoogbegaafdheid en voor gedragsspecialisten."),
    ("h2", "11.2 ICT en het aanvraagportaal"),
    ("p", "Sinds 2023 werken de scholen met een digitaal aanvraagportaal. In het portaal worden het groeidocument, "
          "de verslagen van het ondersteuningsteam en de aanvragen voor een TLV vastgelegd. Ouders hebben een eigen "
          "inlog waarmee zij het dossier van hun kind kunnen inzien. Het portaal voldoet aan de eisen van de AVG; "
          "de leverancier heeft een verwerkersovereenkomst met het samenwerkingsverband gesloten. In de komende "
          "planperiode wordt het portaal gekoppeld aan de leerlingadministratiesystemen van de scholen, zodat "
          "gegevens niet dubbel hoeven te worden ingevoerd."),
    ("h2", "11.3 Huisvesting en bereikbaarheid"),
    ("p", "Het bureau is gehuisvest in Kindcentrum Noord in Veenhorst. Omdat het werkgebied groot is, houden de "
          "onderwijsadviseurs hun gesprekken zo veel mogelijk op de scholen zelf. Voor overleggen met meerdere "
          "partijen wordt gebruikgemaakt van de vergaderruimtes van de gemeenten. Het bureau is op werkdagen "
          "telefonisch bereikbaar tussen 8.30 en 16.30 uur."),
    ("h1", "12. Begrippenlijst"),
    ("glossary", [
        ("Arrangement", "Een op maat gemaakt pakket extra ondersteuning voor een leerling of een groep."),
        ("Beoogde resultaten", "De doelen die het samenwerkingsverband zich stelt voor leerlingen met extra "
                               "ondersteuning."),
        ("Bereikte resultaten", "Wat het samenwerkingsverband daadwerkelijk heeft gerealiseerd."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor er voor ieder kind een passende plek is."),
        ("Onafhankelijke cliëntondersteuning", "Ondersteuning voor ouders door iemand die niet in dienst is van de "
                                               "school of het samenwerkingsverband."),
        ("Ouder- en jeugdsteunpunt", "Een onafhankelijk steunpunt voor ouders en jongeren met vragen over passend "
                                     "onderwijs."),
        ("Terugplaatsing", "De overstap van een leerling van sbo of so naar het regulier basisonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Verdeelmodel", "De regels volgens welke de middelen over de schoolbesturen worden verdeeld."),
    ]),
]

P3_LABEL = {
    "documents": [f"{P3_NAME}.html"],
    "sector": "po",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True,
        "plaatsing.criteria": True,
        "terugstroom.procedure": True,
        "terugstroom.beleid": True,
        "financien.verdeling": False,
        "financien.besteding": True,
        "dekkend-aanbod.continuum": False,
        "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False,
        "resultaten.monitoring": False,
        "ouders.informatie": True,
        "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H5 states one minimum level for all 29 schools; the concrete content is only in the "
                              "table 'Wat elke school in Veenhorst ten minste biedt'; kwaliteitskaart = borging.",
        "plaatsing": "6.2 numbered steps (bevoegd gezag applies, dossier, two separate deskundigen, Commissie "
                     "Toelaatbaarheid within 6 weeks), 6.3 criteria, 6.4 duration and category; bezwaar is only a "
                     "reference to the website.",
        "terugstroom": "Hidden in 6.5 'Na de toelaatbaarheidsverklaring' inside the TLV chapter, without the word "
                       "terugplaatsing: policy (thuisnabij, conditions, overgangsarrangement, proefperiode) and "
                       "procedure (perspectiefgesprek before 1 December of the last TLV year, decision before 1 March).",
        "financien": "10.3 meerjarenbegroting 2026-2029 with amounts per spending line (besteding) and reserves "
                     "paragraph; 10.2 verdeling only refers to a 2022 AB decision on the website and says the model "
                     "will be revised.",
        "dekkend-aanbod": "H7 addresses gaps (zorgplicht escalation, tafel passende plek, doorzettingsmacht, thuiszitter "
                          "meldingen, annual witte-vlekken analysis); jeugdhulp aanspreekpunt (ketenpartners); the continuum of extra/bovenschoolse support is "
                          "explicitly deferred to the first plan year.",
        "resultaten": "H9 'Kwaliteit en resultaten' only mentions inspectie judgements and eindtoets leerresultaten "
                      "(near-miss) and defers goals and monitoring to a 2027 kwaliteitskader; 'beoogde/bereikte "
                      "resultaten' only in the begrippenlijst; terugblik H3 lists activities, no results; "
                      "the H4 ambitie 'dichtbij, deskundig, duidelijk' is a slogan to be made concrete in jaarplannen.",
        "ouders": "H8 lists information channels (schoolgids, ouderpagina, folder, gesprek met onderwijsadviseur); "
                  "independent support is deferred ('in de toekomst ... ouder- en jeugdsteunpunt', being explored "
                  "in 2026-2027); bezwaar only via website.",
    },
}

# =============================================================================================
# P4  VO, average plan, PDF only -- Samenwerkingsverband VO Duinstreek Noord
# =============================================================================================
P4_NAME = "vo-duinstreek-noord-2026"

P4 = [
    ("title", ["Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband Voortgezet Onderwijs Duinstreek Noord (VO 27-96)",
               "Vastgesteld door het bestuur op 14 april 2026",
               "Instemming ondersteuningsplanraad: 7 april 2026 - OOGO gemeenten: 26 maart 2026"]),
    ("toc", ["1 Inleiding",
             "2 Het samenwerkingsverband in beeld",
             "3 Visie en koers 2026-2030",
             "4 Basisondersteuning",
             "5 Extra ondersteuning en het dekkend aanbod",
             "6 Toewijzing: vso, lwoo en praktijkonderwijs",
             "7 Terugplaatsing",
             "8 Ouders en leerlingen",
             "9 Kwaliteitszorg",
             "10 Geld en middelen",
             "11 Bestuur, medezeggenschap, klachten en geschillen",
             "12 Samenwerking met gemeenten en mbo",
             "13 Personeel en organisatie",
             "Bijlage A Afkortingen"]),

    ("h1", "1 Inleiding"),
    ("p", "Dit is het ondersteuningsplan van het samenwerkingsverband voortgezet onderwijs Duinstreek Noord voor de "
          "periode 1 augustus 2026 tot en met 31 juli 2030. Het plan beschrijft hoe de aangesloten schoolbesturen "
          "samen zorgen voor een passende onderwijsplek voor alle leerlingen in de regio, en hoe wij daarbij de "
          "middelen inzetten die wij daarvoor van het Rijk ontvangen."),
    ("p", "Het plan is opgesteld door het bureau van het samenwerkingsverband, in samenwerking met een werkgroep van "
          "ondersteuningscoördinatoren en teamleiders. In het najaar van 2025 zijn drie consultatierondes gehouden "
          "met de schoolleiders, de ondersteuningsplanraad en de gemeenten. Het plan is op 7 april 2026 door de "
          "ondersteuningsplanraad met instemming ontvangen."),
    ("p", "Het plan is bewust compact gehouden. Waar het gaat om uitvoeringsafspraken die vaker wijzigen, verwijzen "
          "wij naar het jaarplan of naar de handleidingen op onze website."),

    ("h1", "2 Het samenwerkingsverband in beeld"),
    ("p", "Duinstreek Noord omvat de gemeenten Zeewijk, Duinoord, Helmstede en Westerduin. Bij het "
          "samenwerkingsverband zijn acht schoolbesturen aangesloten met samen negentien vestigingen: zeven "
          "vestigingen met vmbo, acht met havo/vwo, twee scholen voor praktijkonderwijs en twee vso-scholen "
          "(De Duinroos, cluster 4, en Het Strandhuis, cluster 3)."),
    ("table", [["Kengetal", "1-10-2023", "1-10-2024", "1-10-2025"],
               ["Leerlingen totaal", "17.904", "17.811", "17.660"],
               ["Waarvan praktijkonderwijs", "642", "655", "671"],
               ["Waarvan vso", "488", "503", "497"],
               ["Leerlingen met lwoo-aanwijzing", "1.710", "1.688", "1.702"]]),
    ("p", "Het leerlingenaantal daalt de komende jaren met gemiddeld één procent per jaar. De daling is het sterkst "
          "in Helmstede en Westerduin. Dat heeft gevolgen voor de kleinere vestigingen en voor de middelen die het "
          "samenwerkingsverband ontvangt."),

    ("h2", "2.1 Wat ons opvalt in de regio"),
    ("p", "De scholen in Duinstreek Noord signaleren de afgelopen jaren een aantal ontwikkelingen. Het aantal "
          "leerlingen met angst-, stemmings- en gedragsproblemen neemt toe. Mentoren besteden meer tijd aan "
          "begeleiding en hebben daardoor minder tijd voor hun lessen. Tegelijk is het moeilijker geworden om "
          "vacatures te vervullen, vooral voor docenten in de exacte vakken en voor ondersteuningscoördinatoren. "
          "Dat vraagt om slimme keuzes: niet iedere school kan alle expertise zelf in huis hebben."),
    ("p", "De regio kent een groot toeristisch seizoen, waardoor een deel van de ouders in de zomer en in de "
          "vakanties onregelmatig werkt. Dat heeft invloed op de bereikbaarheid van ouders en op het schoolverzuim "
          "rondom vakanties. Ook zien wij een groeiend aantal gezinnen dat van buiten de regio komt, onder wie "
          "arbeidsmigranten uit Midden- en Oost-Europa. De scholen hebben daarmee ervaring opgedaan in de ISK en in "
          "de doorstroom vanuit de ISK naar het reguliere vo."),
    ("p", "Landelijk spelen de Verbeteraanpak passend onderwijs, de komst van een landelijke norm voor de "
          "basisondersteuning en de Wet versterking positie ouders en leerlingen. Het samenwerkingsverband volgt "
          "deze ontwikkelingen via de VO-raad en het Steunpunt Passend Onderwijs en past dit plan aan zodra dat "
          "nodig is. Wijzigingen worden altijd aan de ondersteuningsplanraad voorgelegd."),
    ("p", "Voor de schoolbesturen betekent dit dat zij de komende jaren nauwer samenwerken: in de uitwisseling van "
          "personeel, in gezamenlijke scholing en in het delen van voorzieningen. Het samenwerkingsverband "
          "ondersteunt die samenwerking met een regionaal netwerk van ondersteuningscoördinatoren, dat zes keer per "
          "jaar bijeenkomt, en met een jaarlijkse studiedag voor alle mentoren in de regio."),
    ("h1", "3 Visie en koers 2026-2030"),
    ("p", "Iedere jongere in Duinstreek Noord verdient onderwijs dat past bij wat hij of zij kan en wil. Wij zien "
          "passend onderwijs als een gezamenlijke opdracht van de scholen. Wij kiezen daarbij voor vier speerpunten:"),
    ("ul", ["Sterke basis: elke school biedt dezelfde stevige basisondersteuning.",
            "Snel schakelen: binnen vier weken na een hulpvraag is er een passend aanbod.",
            "Thuisnabij waar het kan, gespecialiseerd waar het moet.",
            "Geen jongere tussen wal en schip: niemand zit thuis zonder onderwijsaanbod."]),
    ("p", "Deze speerpunten zijn uitgewerkt in de hoofdstukken 4 tot en met 7 en vertaald naar meetbare doelen in "
          "hoofdstuk 9."),

    ("h1", "4 Basisondersteuning"),
    ("p", "De basisondersteuning is de ondersteuning die iedere vestiging van iedere aangesloten school in Duinstreek "
          "Noord ten minste biedt aan alle leerlingen, zonder tussenkomst van het samenwerkingsverband. De besturen "
          "hebben het niveau in 2025 opnieuw vastgesteld. Het is een ondergrens: scholen mogen meer bieden, maar niet "
          "minder. De basisondersteuning bestaat in Duinstreek Noord uit de volgende tien standaarden."),
    ("ul", ["1. Elke vestiging heeft een ondersteuningscoördinator (ten minste 0,5 fte per 500 leerlingen) en een "
            "ondersteuningsteam dat ten minste acht keer per jaar bijeenkomt.",
            "2. Elke vestiging heeft toegang tot een orthopedagoog of psycholoog, in dienst of ingehuurd, voor "
            "ten minste vier uur per week.",
            "3. Mentoren voeren met iedere leerling ten minste drie keer per jaar een individueel gesprek.",
            "4. Er is een dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware, "
            "vergrote teksten) die in een faciliteitenpas worden vastgelegd.",
            "5. Elke vestiging biedt trainingen op het gebied van faalangst, sociale vaardigheden en "
            "studievaardigheden (executieve functies).",
            "6. Er is een time-out- of opvangruimte met begeleiding, waar leerlingen tijdelijk tot rust kunnen komen.",
            "7. Elke vestiging heeft een aanpak voor verzuim, met een verzuimcoördinator en vaste afspraken met de "
            "jeugdarts (interventie vanaf 16 uur ongeoorloofd verzuim in vier weken).",
            "8. Leerlingen met een medische aandoening krijgen een medisch handelingsprotocol.",
            "9. Voor leerlingen die extra ondersteuning nodig hebben, stelt de school binnen zes weken een "
            "ontwikkelingsperspectief op.",
            "10. Elke vestiging werkt samen met schoolmaatschappelijk werk en de jeugdarts van de GGD."]),
    ("p", "Elke school legt in haar schoolondersteuningsprofiel vast hoe zij deze standaarden invult. Eens in de twee "
          "jaar voert het samenwerkingsverband een audit uit op iedere vestiging, met een ondersteuningscoördinator "
          "van een andere school als auditor. Als een vestiging een standaard niet haalt, maakt het bestuur binnen drie "
          "maanden een verbeterplan, dat het samenwerkingsverband volgt."),

    ("h1", "5 Extra ondersteuning en het dekkend aanbod"),
    ("h2", "5.1 Het ondersteuningscontinuüm"),
    ("p", "Boven op de basisondersteuning kent Duinstreek Noord drie niveaus van extra ondersteuning."),
    ("ul", ["Niveau 2 - extra ondersteuning op de eigen school: ondersteuningsarrangementen die de school zelf "
            "organiseert met het schoolbudget (hoofdstuk 10), zoals een begeleidingsklas, een steunpunt autisme of "
            "individuele coaching. Elke school beschrijft haar arrangementen in het SOP.",
            "Niveau 3 - bovenschoolse voorzieningen: het OPDC Duinstreek (48 plaatsen, tijdelijke plaatsing van "
            "maximaal twee jaar met terugkeer naar een reguliere school), de Rebound (20 plaatsen, tien weken), de "
            "Schakelklas Nieuwkomers (ISK, 120 plaatsen) en het onderwijs-zorgarrangement 'De Brug' "
            "(16 plaatsen), dat samen met jeugdhulpaanbieder Kustzorg wordt uitgevoerd.",
            "Niveau 4 - gespecialiseerd onderwijs: het praktijkonderwijs en het vso (De Duinroos en Het "
            "Strandhuis). Voor leerlingen met een zeer specifieke vraag (bijvoorbeeld ernstige epilepsie of "
            "doofblindheid) koopt het samenwerkingsverband plaatsen in buiten de regio."]),
    ("p", "De scholen kunnen voor een leerling een beroep doen op een voorziening van niveau 3 via de consulent van "
          "het samenwerkingsverband, die aan elk ondersteuningsteam verbonden is. De consulent beslist samen met de "
          "voorziening binnen tien werkdagen over de start van een traject."),
    ("h2", "5.2 Thuiszitters en witte vlekken"),
    ("p", "Geen jongere mag thuiszitten zonder passend onderwijsaanbod. Wij hanteren de volgende aanpak:"),
    ("ul", ["Scholen melden elke leerling die langer dan drie weken niet of grotendeels niet naar school gaat bij de "
            "consulent en de leerplichtambtenaar.",
            "Binnen tien werkdagen is er een overleg met de leerling, ouders, school, leerplicht en zo nodig "
            "jeugdhulp, waarin een plan voor terugkeer naar onderwijs wordt gemaakt.",
            "Komen de partijen er niet uit, dan komt de casus binnen twee weken aan de regionale thuiszitterstafel, "
            "waar de directeur-bestuurder doorzettingsmacht heeft.",
            "Het samenwerkingsverband houdt samen met leerplicht een actuele lijst bij van alle thuiszitters en "
            "vrijstellingen en bespreekt die elke maand."]),
    ("p", "Elk jaar analyseren wij, op basis van de thuiszitterslijst, de wachtlijsten van de voorzieningen en de "
          "signalen van scholen, voor welke leerlingen het aanbod tekortschiet. In 2025 bleek dat er te weinig "
          "plaatsen zijn voor hoogbegaafde leerlingen met een ondersteuningsbehoefte en voor leerlingen met "
          "autisme in de havo/vwo-bovenbouw. Daarom starten wij in 2026-2027 een HB-voorziening op twee locaties en "
          "breiden wij het steunpunt autisme uit met 24 plaatsen."),

    ("h1", "6 Toewijzing: vso, lwoo en praktijkonderwijs"),
    ("h2", "6.1 Toelaatbaarheid vso"),
    ("p", "Voor toelating tot het vso is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. "
          "De procedure is als volgt."),
    ("ul", ["De school waar de leerling staat ingeschreven (of is aangemeld) dient namens het bevoegd gezag een "
            "aanvraag in bij de Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het "
            "ontwikkelingsperspectief, een evaluatie van de ingezette ondersteuning, het verslag van het "
            "ondersteuningsteam en de zienswijze van ouders en leerling.",
            "Twee deskundigen geven afzonderlijk schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk "
            "van de leerling, een tweede deskundige zoals een kinderpsychiater, een maatschappelijk werker of een "
            "jeugdarts. Ouders en school ontvangen een afschrift van de adviezen.",
            "De Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige aanvraag. De commissie "
            "bestaat uit een onafhankelijke voorzitter, de manager ondersteuning en een orthopedagoog.",
            "In de TLV staan de geldigheidsduur (meestal twee schooljaren, ten hoogste tot het einde van het "
            "schooljaar waarin de leerling 18 jaar wordt) en de bekostigingscategorie (laag, midden of hoog)."]),
    ("p", "De commissie toetst aanvragen aan het Toetsingskader TLV vso 2025, dat op onze website is gepubliceerd."),
    ("h2", "6.2 Lwoo en praktijkonderwijs"),
    ("p", "Voor lwoo en praktijkonderwijs volgt het samenwerkingsverband de landelijke regelgeving; wij hebben niet "
          "gekozen voor eigen lwoo-criteria. Aanvragen worden door de ontvangende vo-school ingediend vóór 1 april "
          "van het jaar waarin de leerling overstapt, met het onderwijskundig rapport van de basisschool en de "
          "testgegevens. De Commissie Toewijzing besluit vóór 1 juni. De aanwijzing lwoo geldt voor de duur van de "
          "opleiding; een TLV praktijkonderwijs geldt voor de gehele schoolloopbaan in het praktijkonderwijs."),
    ("h2", "6.3 Bezwaar"),
    ("p", "Ouders en leerlingen die het niet eens zijn met een besluit over een TLV, lwoo of praktijkonderwijs, kunnen "
          "binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan "
          "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en beslist daarna op het bezwaar."),

    ("h1", "7 Terugplaatsing"),
    ("p", "Een leerling die op het vso zit, kan teruggaan naar het regulier vo of overstappen naar het "
          "praktijkonderwijs of het mbo. Daarvoor geldt de volgende procedure."),
    ("table", [["Wanneer", "Wat", "Wie"],
               ["Elk jaar", "Evaluatie van het OPP, met de vraag of terugkeer naar regulier onderwijs mogelijk is",
                "Vso-school met ouders en leerling"],
               ["Vóór 1 november van het laatste TLV-jaar", "Multidisciplinair overleg over het vervolg: terugplaatsing, "
                "overplaatsing of verlenging", "Vso-school, consulent SWV, ouders, leerling"],
               ["Vóór 1 februari", "Advies van de vso-school aan ouders en Commissie Toewijzing",
                "Directeur vso-school"],
               ["Vóór 1 maart", "Bij verlenging: nieuwe TLV-aanvraag (procedure 6.1); bij terugplaatsing: consulent "
                "zoekt met ouders een ontvangende school", "Vso-school / consulent"],
               ["Vóór 1 april", "Intake en overdrachtsgesprek op de ontvangende school",
                "Ontvangende school, vso-school"],
               ["1 augustus", "Start op de nieuwe school; einde TLV", "-"]]),
    ("p", "Het beleid voor terugplaatsing, met de doelen, de voorwaarden en de ondersteuning na terugkeer, herijken "
          "wij in 2026 samen met de twee vso-scholen. Tot die tijd blijven de afspraken uit het vorige "
          "ondersteuningsplan van kracht."),

    ("h1", "8 Ouders en leerlingen"),
    ("p", "Ouders en leerlingen zijn partners. Zij zijn betrokken bij het opstellen en evalueren van het "
          "ontwikkelingsperspectief en bij elk gesprek in het ondersteuningsteam waarin over de leerling wordt "
          "besloten. Leerlingen hebben hoorrecht: zij geven hun mening over hun ontwikkelingsperspectief, en die "
          "mening wordt in het OPP vastgelegd. In de ondersteuningsplanraad zijn ouders en leerlingen samen voor de "
          "helft vertegenwoordigd."),
    ("p", "Wij merken dat ouders de weg naar de ondersteuning niet altijd kunnen vinden. Een communicatieplan richting "
          "ouders en leerlingen, met een vernieuwde website en een ouderfolder, ontwikkelen wij in het schooljaar "
          "2026-2027."),

    ("h1", "9 Kwaliteitszorg"),
    ("h2", "9.1 Doelen voor 2030"),
    ("p", "Wij hebben de speerpunten uit hoofdstuk 3 vertaald naar de volgende beoogde resultaten voor leerlingen "
          "met een ondersteuningsbehoefte. Achter elk doel staat de uitgangssituatie."),
    ("table", [["Doel", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
               ["Minder thuiszitters", "Aantal leerlingen langer dan 3 maanden thuis zonder aanbod (peildatum 1 juni)",
                "14", "ten hoogste 3"],
               ["Thuisnabij onderwijs", "Deelnamepercentage vso (1 oktober)", "2,85%", "2,50%"],
               ["Snel schakelen", "Percentage trajecten niveau 3 gestart binnen 4 weken na hulpvraag", "62%", "90%"],
               ["Succesvolle terugkeer", "Percentage leerlingen dat na OPDC/Rebound een jaar later nog op een "
                "reguliere school zit", "71%", "85%"],
               ["Tevredenheid", "Gemiddeld rapportcijfer ouders over de ondersteuning", "6,8", "7,5"],
               ["Terugplaatsing vso", "Aantal leerlingen per jaar van vso naar regulier vo", "9", "15"]]),
    ("h2", "9.2 Hoe wij de resultaten volgen"),
    ("p", "Wij werken volgens een vaste kwaliteitscyclus. Het bureau verzamelt elk kwartaal de gegevens uit de "
          "eigen registratie, de DUO-bestanden en de thuiszitterslijst en zet die in een dashboard. Het bestuur "
          "bespreekt het dashboard elk kwartaal. In juni houden de ondersteuningscoördinatoren en de schoolleiders een "
          "analysebijeenkomst waarin zij de resultaten duiden en verbeteracties afspreken voor het volgende jaarplan. "
          "De bereikte resultaten worden elk jaar gerapporteerd in het jaarverslag, en de ondersteuningsplanraad "
          "bespreekt dat jaarverslag. In 2028 laten wij een tussenevaluatie uitvoeren door een externe partij."),
    ("p", "In de vorige planperiode hebben wij de volgende resultaten bereikt: het aantal thuiszitters daalde van 23 "
          "(2021-2022) naar 14 (2024-2025); het deelnamepercentage vso daalde van 3,10% naar 2,85%; 71% van de "
          "leerlingen uit het OPDC en de Rebound zat een jaar later nog op een reguliere school. De doelstelling voor "
          "tevredenheid (7,0) werd niet gehaald. Per euro die het samenwerkingsverband aan het OPDC besteedt, "
          "volgen wij het aantal geslaagde terugkeertrajecten; in 2024-2025 kostte een traject gemiddeld € 9.400."),

    ("h1", "10 Geld en middelen"),
    ("h2", "10.1 Uitgangspunten"),
    ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Onder de lichte "
          "ondersteuning vallen ook de middelen voor lwoo en praktijkonderwijs. Van de zware ondersteuning "
          "worden de kosten van het vso via DUO ingehouden (verevening). Ons uitgangspunt is: het geld volgt de "
          "ondersteuning, en zoveel mogelijk gaat direct naar de scholen."),
    ("h2", "10.2 Zo verdelen wij de middelen"),
    ("table", [["Budget", "Verdeelsleutel", "Bedrag 2026-2027"],
               ["Schoolbudget basis en extra ondersteuning", "Vaste voet € 25.000 per vestiging plus € 118 per "
                "leerling (teldatum 1 oktober t-1)", "€ 2.558.000"],
               ["Lwoo-middelen", "Per leerling met een lwoo-aanwijzing op 1 oktober t-1, normbedrag € 1.520",
                "€ 2.587.000"],
               ["Praktijkonderwijs", "Per leerling pro op 1 oktober t-1, aanvullend bedrag € 1.060", "€ 711.000"],
               ["Bovenschoolse voorzieningen (OPDC, Rebound, OZA)", "Budgetfinanciering op basis van plaatsen",
                "€ 1.934.000"],
               ["Bureau, consulenten, Commissie Toewijzing", "Begroting bureau", "€ 1.102.000"]]),
    ("p", "Het bestuur stelt de verdeling jaarlijks vóór 1 juli vast in de begroting voor het volgende schooljaar. "
          "Schoolbesturen verantwoorden de besteding van het schoolbudget en de lwoo-middelen jaarlijks vóór 1 "
          "november in een verantwoordingsformat: hoeveel leerlingen, welke arrangementen, welke formatie. Het "
          "samenwerkingsverband bespreekt die verantwoording in het bestuur en rapporteert erover in het "
          "jaarverslag."),
    ("h2", "10.3 Meerjarenbegroting"),
    ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten lichte ondersteuning (incl. lwoo/pro)", "7.020", "6.955", "6.880", "6.815"],
               ["Baten zware ondersteuning", "6.410", "6.350", "6.290", "6.230"],
               ["Verevening / afdracht vso (DUO)", "-4.480", "-4.420", "-4.350", "-4.300"],
               ["Totaal beschikbaar", "8.950", "8.885", "8.820", "8.745"],
               ["Schoolbudgetten, lwoo en pro", "5.840", "5.780", "5.720", "5.660"],
               ["Bovenschoolse voorzieningen", "1.934", "1.990", "2.010", "2.010"],
               ["HB-voorziening en steunpunt autisme (nieuw)", "120", "240", "240", "240"],
               ["Bureau en bestuur", "1.102", "1.110", "1.120", "1.130"],
               ["Resultaat", "-46", "-235", "-270", "-295"]]),
    ("p", "Het eigen vermogen bedroeg eind 2025 € 3,1 miljoen. De risico's zijn in 2025 opnieuw geïnventariseerd; "
          "het benodigde weerstandsvermogen is vastgesteld op € 1,6 miljoen. Het meerdere wordt met de begrote "
          "tekorten in de planperiode ingezet voor de nieuwe voorzieningen."),

    ("h1", "11 Bestuur, medezeggenschap, klachten en geschillen"),
    ("h2", "11.1 Bestuur en toezicht"),
    ("p", "Het samenwerkingsverband is een stichting met een bestuur dat bestaat uit vertegenwoordigers van de acht "
          "aangesloten schoolbesturen, en een directeur-bestuurder aan wie de dagelijkse leiding is gemandateerd. Het "
          "intern toezicht is belegd bij een toezichtcommissie van drie onafhankelijke leden. De statuten bevatten "
          "een geschillenregeling voor geschillen tussen de besturen."),
    ("h2", "11.2 Medezeggenschap"),
    ("p", "De ondersteuningsplanraad heeft instemmingsrecht op dit plan en op wijzigingen daarvan. De OPR vergadert "
          "zes keer per jaar en heeft een eigen budget voor scholing en ondersteuning."),
    ("h2", "11.3 Als het schuurt: onafhankelijke hulp, klachten en geschillen"),
    ("p", "Ouders en leerlingen die vastlopen of het oneens zijn met de school of het samenwerkingsverband, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Duinstreek. Het steunpunt werkt onafhankelijk van de scholen en "
          "het samenwerkingsverband, is gratis en biedt advies, bemiddeling en een onafhankelijke gesprekspartner die "
          "met ouders en leerling meegaat naar gesprekken. Het steunpunt is bereikbaar via telefoon, app en e-mail en "
          "houdt wekelijks spreekuur in Zeewijk en Helmstede. Daarnaast kunnen ouders gratis een beroep doen op de "
          "Onderwijsconsulenten. Geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen "
          "worden voorgelegd aan de Geschillencommissie passend onderwijs. Voor klachten over het "
          "samenwerkingsverband geldt onze klachtenregeling; wij zijn aangesloten bij de Landelijke "
          "Klachtencommissie Onderwijs."),

    ("h1", "12 Samenwerking met gemeenten en mbo"),
    ("p", "Met de vier gemeenten voeren wij op overeenstemming gericht overleg. In het OOGO van 26 maart 2026 zijn "
          "afspraken gemaakt over de inzet van jeugdhulp op school (een jeugd- en gezinscoach op elke vestiging "
          "voor ten minste acht uur per week, bekostigd door de gemeenten), over de aanpak van thuiszitters en over "
          "leerlingenvervoer. Met het ROC Duinstreek is afgesproken dat leerlingen met extra ondersteuning een "
          "warme overdracht naar het mbo krijgen."),
    ("p", "Met het samenwerkingsverband primair onderwijs Duinstreek is overleg gevoerd over de overstap van PO naar "
          "VO. Beide samenwerkingsverbanden hanteren één overstapkalender."),

    ("h1", "13 Personeel en organisatie"),
    ("p", "Het bureau van het samenwerkingsverband telt 31 medewerkers (24,6 fte), van wie 18 werkzaam in het "
          "OPDC en de Rebound. De consulenten zijn orthopedagogen of hebben een master SEN. Het samenwerkingsverband "
          "investeert in de deskundigheid van zijn medewerkers en organiseert voor de scholen een jaarlijks "
          "scholingsprogramma. Wij zijn een lerende organisatie en evalueren onze eigen werkwijze jaarlijks in een "
          "teamdag. Het samenwerkingsverband werkt met een beveiligd digitaal dossier en volgt de AVG."),
    ("p", "Het ICT-beleid van het samenwerkingsverband is gericht op veiligheid en eenvoud. Medewerkers werken met "
          "een beheerde werkplek en tweestapsverificatie. Persoonsgegevens worden bewaard tot drie jaar na het "
          "laatste besluit over de leerling."),

    ("h2", "13.1 Professionalisering"),
    ("p", "Het scholingsprogramma voor de scholen wordt elk jaar in mei vastgesteld op basis van een korte "
          "behoeftepeiling onder de ondersteuningscoördinatoren. In 2026-2027 ligt de nadruk op drie thema's: "
          "het herkennen van en omgaan met angst en somberheid in de klas, het werken met executieve functies in de "
          "onderbouw en het voeren van het gesprek met leerlingen over hun ontwikkelingsperspectief. Daarnaast "
          "organiseert het samenwerkingsverband een leergang 'Mentor in de 21e eeuw' van zes bijeenkomsten, waarvoor "
          "iedere school ten minste twee mentoren per jaar kan aanmelden. Docenten die de leergang hebben gevolgd, "
          "worden op hun school ingezet als aanspreekpunt voor collega's."),
    ("p", "Voor de eigen medewerkers geldt een gesprekscyclus met een jaarlijks ontwikkelgesprek. Consulenten "
          "nemen deel aan intervisie en aan de landelijke netwerken van het Steunpunt Passend Onderwijs. De "
          "medewerkers van het OPDC volgen elke twee jaar een training in de-escalerend werken."),
    ("h2", "13.2 Huisvesting"),
    ("p", "Het OPDC en de Rebound zijn gehuisvest in een voormalig schoolgebouw in Zeewijk, dat het "
          "samenwerkingsverband huurt van de gemeente. Het gebouw is in 2024 gerenoveerd en biedt ruimte aan zes "
          "lokalen, een praktijklokaal en een stilteruimte. Het bureau is in hetzelfde gebouw gevestigd, wat de "
          "samenwerking tussen consulenten en OPDC-medewerkers ten goede komt. De gemeente heeft toegezegd het "
          "huurcontract tot ten minste 2031 te verlengen."),
    ("h1", "Bijlage A Afkortingen"),
    ("glossary", [
        ("HB", "Hoogbegaafdheid"),
        ("ISK", "Internationale schakelklas"),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
        ("Lwoo", "Leerwegondersteunend onderwijs"),
        ("OJSP", "Ouder- en jeugdsteunpunt"),
        ("OPDC", "Orthopedagogisch-didactisch centrum"),
        ("OPP", "Ontwikkelingsperspectief"),
        ("OPR", "Ondersteuningsplanraad"),
        ("OZA", "Onderwijs-zorgarrangement"),
        ("Pro", "Praktijkonderwijs"),
        ("SOP", "Schoolondersteuningsprofiel"),
        ("TLV", "Toelaatbaarheidsverklaring"),
        ("Vso", "Voortgezet speciaal onderwijs"),
    ]),
]

P4_LABEL = {
    "documents": [f"{P4_NAME}.pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "criteria": {
        "basisondersteuning.niveau": True,
        "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True,
        "plaatsing.criteria": False,
        "terugstroom.procedure": True,
        "terugstroom.beleid": False,
        "financien.verdeling": True,
        "financien.besteding": True,
        "dekkend-aanbod.continuum": True,
        "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True,
        "resultaten.monitoring": True,
        "ouders.informatie": False,
        "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "H4 defines the minimum for every vestiging and lists ten concrete standards; biennial "
                              "audit with verbeterplan (borging).",
        "plaatsing": "6.1/6.2 give the vso TLV procedure (applicant, dossier, two deskundigen, Commissie Toewijzing, "
                     "6 weeks) and the lwoo/pro procedure, 6.3 bezwaar via LBT; the criteria are only a reference to "
                     "the 'Toetsingskader TLV vso 2025' on the website, and for lwoo/pro only 'landelijke regelgeving'.",
        "terugstroom": "H7 table gives the return procedure (annual OPP evaluation, MDO before 1 November of the last "
                       "TLV year, advice before 1 February, intake before 1 April, end TLV 1 August); the policy "
                       "(aims, conditions, support after return) is deferred to a 2026 herijking / previous plan; the "
                       "numeric target in 9.1 (9 -> 15 terugplaatsingen) counts as terugstroom monitoring, not beleid.",
        "financien": "Under the heading 'Geld en middelen': 10.2 verdeelsleutels with amounts (vaste voet + per "
                     "leerling, lwoo/pro normbedragen), 10.3 meerjarenbegroting 2026-2029, reserves and "
                     "weerstandsvermogen, verantwoording by boards before 1 November.",
        "dekkend-aanbod": "5.1 continuum niveau 2-4 with capacities, 5.2 thuiszitters approach with doorzettingsmacht "
                          "and annual gap analysis with actions (HB-voorziening, steunpunt autisme); H12 jeugdhulp.",
        "resultaten": "Under 'Kwaliteitszorg': 9.1 goals table with nulmeting and streefwaarden, 9.2 monitoring "
                      "cycle and achieved results of the previous period incl. cost per traject.",
        "ouders": "Independent support only in 11.3 'Als het schuurt' (OJSP, Onderwijsconsulenten, Geschillencommissie, "
                  "klachtenregeling); H8 'Ouders en leerlingen' covers involvement/hoorrecht but defers the "
                  "information channels (communicatieplan, website, ouderfolder) to 2026-2027.",
    },
}

# =============================================================================================
# P5  PO, strong and complete plan, dense formal language -- SWV IJsselvallei-Zuid
# =============================================================================================
P5_NAME = "po-ijsselvallei-zuid-2026"

P5 = [
    ("title", ["Ondersteuningsplan 2026-2030",
               "Stichting Samenwerkingsverband Passend Onderwijs IJsselvallei-Zuid (PO 23-95)",
               "Vastgesteld door het bestuur d.d. 9 april 2026 (besluitnummer B-2026-014), na instemming van de "
               "ondersteuningsplanraad d.d. 24 maart 2026 en na afronding van het op overeenstemming gericht overleg "
               "d.d. 17 maart 2026",
               "Planperiode: 1 augustus 2026 tot en met 31 juli 2030"]),
    ("toc", ["1 Wettelijk kader, reikwijdte en totstandkoming",
             "2 Context, kengetallen en evaluatie van de planperiode 2022-2026",
             "3 Missie, visie en strategische doelstellingen",
             "4 Basisondersteuning",
             "5 Ondersteuningscontinuüm en dekkend netwerk",
             "6 Toelaatbaarheid tot het sbo en het so",
             "7 Terugplaatsing en overplaatsing",
             "8 Beoogde en bereikte resultaten; kwaliteitszorg",
             "9 Financieel beleid en meerjarenbegroting",
             "10 Informatievoorziening aan en ondersteuning van ouders",
             "11 Governance, medezeggenschap, overleg en gegevensverwerking",
             "Bijlage I Verklarende woordenlijst"]),

    ("h1", "1 Wettelijk kader, reikwijdte en totstandkoming"),
    ("p", "Dit ondersteuningsplan wordt vastgesteld ter uitvoering van artikel 18a, zevende lid, van de Wet op het "
          "primair onderwijs (WPO), op grond waarvan het samenwerkingsverband ten minste eenmaal per vier jaar een "
          "ondersteuningsplan vaststelt. Het plan strekt tot verwezenlijking van het in artikel 18a, tweede lid, WPO "
          "omschreven doel: het realiseren van een samenhangend geheel van ondersteuningsvoorzieningen binnen en "
          "tussen de scholen, zodanig dat leerlingen een zo ononderbroken mogelijk ontwikkelingsproces kunnen "
          "doorlopen en dat leerlingen die extra ondersteuning behoeven een zo passend mogelijke plaats in het "
          "onderwijs krijgen. Het plan bevat ten minste de onderdelen die in artikel 18a, achtste lid, onder a tot "
          "en met j, WPO zijn genoemd; de onderstaande concordantietabel geeft aan in welke paragraaf elk onderdeel "
          "is uitgewerkt."),
    ("table", [["Art. 18a lid 8 WPO", "Onderwerp", "Paragraaf"],
               ["onder a", "Samenhangend geheel van voorzieningen, incl. basisondersteuning", "4 en 5"],
               ["onder b", "Procedure en criteria verdeling, besteding en toewijzing middelen; meerjarenbegroting", "9"],
               ["onder c", "Procedure en criteria toelaatbaarheid sbo en so", "6"],
               ["onder d", "Procedure en beleid terugplaatsing en overplaatsing", "7"],
               ["onder e", "Beoogde en bereikte resultaten en de daaraan verbonden bekostiging", "8 en 9.6"],
               ["onder f", "Informatie aan ouders en onafhankelijke ondersteuningsmogelijkheden", "10"],
               ["onder g tot en met j", "Overdracht van bekostiging bij groei sbo en so; peildata", "9.5"]]),
    ("p", "Het plan is op overeenstemming gericht besproken met de colleges van burgemeester en wethouders van de "
          "gemeenten Zutphenburg, Brummerveld, Voorstede en Lochemse Enk (artikel 18a, negende lid, WPO juncto "
          "artikel 2.7 Jeugdwet); het OOGO is op 17 maart 2026 met overeenstemming afgerond. Met het "
          "samenwerkingsverband voortgezet onderwijs IJsselvallei, waarvan het werkgebied samenvalt met het onze, is op "
          "3 maart 2026 overleg gevoerd. De ondersteuningsplanraad heeft op 24 maart 2026 ingestemd (artikel 14a "
          "Wet medezeggenschap op scholen). Het plan is op 14 april 2026, en daarmee vóór 1 mei, via het Internet "
          "Schooldossier aan de inspectie toegezonden (artikel 18a, tiende lid, WPO)."),
    ("p", "Het plan is voorts getoetst aan de uitspraken van de Landelijke Commissie voor Geschillen WMS van 12 juni "
          "2014 (106185) en 22 december 2020, waarin is overwogen dat een ondersteuningsplan voldoende concreet moet "
          "bepalen welke ondersteuning waar beschikbaar is, welke criteria gelden en wat daarvan de financiële "
          "consequenties zijn."),

    ("h1", "2 Context, kengetallen en evaluatie van de planperiode 2022-2026"),
    ("p", "Het samenwerkingsverband omvat veertien schoolbesturen met tezamen 52 basisscholen (61 vestigingen), drie "
          "scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3: De Hoven; "
          "cluster 4: Het Kompas, met een afdeling voor zeer moeilijk lerende kinderen). Op de teldatum 1 oktober "
          "2025 bedroeg het totaal aantal leerlingen 11.384, van wie 312 in het sbo en 204 in het so."),
    ("table", [["Indicator", "1-10-2022", "1-10-2025", "Landelijk 2025"],
               ["Deelnamepercentage sbo", "2,95%", "2,74%", "2,70%"],
               ["Deelnamepercentage so", "1,92%", "1,79%", "1,75%"],
               ["Afgegeven TLV's (schooljaar)", "188", "164", "-"],
               ["Terugplaatsingen sbo/so naar regulier", "11", "19", "-"],
               ["Thuiszitters > 3 maanden (peildatum 1 juni)", "9", "4", "-"],
               ["Vrijstellingen art. 5 onder a Leerplichtwet", "21", "17", "-"]]),
    ("p", "De externe evaluatie van het ondersteuningsplan 2022-2026 (uitgevoerd in het najaar van 2025) wees uit dat "
          "vier van de zes beoogde resultaten zijn bereikt. Niet bereikt werden de streefwaarde voor de "
          "doorlooptijd van arrangementen (doel: 85% binnen vier weken; realisatie: 73%) en die voor de "
          "tevredenheid van ouders over de informatievoorziening (doel: 7,5; realisatie: 7,1). De bevindingen zijn "
          "verwerkt in de hoofdstukken 8 en 10."),

    ("h1", "3 Missie, visie en strategische doelstellingen"),
    ("p", "Het samenwerkingsverband stelt zich ten doel dat iedere leerling in het werkgebied, ongeacht diens "
          "ondersteuningsbehoefte, een ononderbroken ontwikkelingsproces doorloopt op een school die zo dicht "
          "mogelijk bij huis de benodigde ondersteuning biedt. Het bestuur onderschrijft het uitgangspunt van het "
          "VN-Verdrag inzake de rechten van personen met een handicap (artikel 24) dat inclusief onderwijs de "
          "norm is, en beschouwt de verdere ontwikkeling naar inclusiever onderwijs als een gefaseerde opgave die "
          "binnen de grenzen van de beschikbare middelen en de draagkracht van de scholen wordt gerealiseerd."),
    ("p", "De strategische doelstellingen voor de planperiode zijn: (1) versterking en borging van de "
          "basisondersteuning op alle vestigingen; (2) verkorting van de doorlooptijd tussen signalering en "
          "passend aanbod; (3) terugdringing van thuiszitten en vrijstellingen; (4) vergroting van het aantal "
          "leerlingen dat uit het sbo of so terugkeert naar het reguliere onderwijs; (5) verbetering van de "
          "informatievoorziening aan ouders. De doelstellingen zijn in hoofdstuk 8 geoperationaliseerd in "
          "meetbare indicatoren."),

    ("h1", "4 Basisondersteuning"),
    ("h2", "4.1 Begrip en niveau"),
    ("p", "Onder basisondersteuning wordt in dit plan verstaan: het door de aangesloten schoolbesturen gezamenlijk "
          "vastgestelde, voor het gehele samenwerkingsverband geldende niveau van ondersteuning dat iedere vestiging "
          "van iedere aangesloten basisschool binnen de eigen ondersteuningsstructuur, onder regie van de school en "
          "zo nodig met inzet van ketenpartners, aan alle leerlingen biedt (artikel 18a, achtste lid, onder a, WPO). "
          "Het niveau is een ondergrens en geldt onverkort voor alle 61 vestigingen. Het omvat de vier aspecten "
          "van het Referentiekader passend onderwijs: basiskwaliteit, preventieve en licht curatieve interventies, "
          "onderwijsondersteuningsstructuur en planmatig werken."),
    ("h2", "4.2 Standaarden"),
    ("p", "Het niveau is uitgewerkt in de volgende standaarden, waaraan iedere vestiging per 1 augustus 2027 voldoet:"),
    ("table", [["Nr.", "Standaard", "Concretisering"],
               ["B1", "Basiskwaliteit", "De vestiging beschikt over een inspectieoordeel ten minste 'voldoende'."],
               ["B2", "Intern begeleider", "Ten minste 0,1 fte per 50 leerlingen, met een minimum van 0,4 fte per "
                "vestiging; de IB'er is geschoold op master- of post-hbo-niveau."],
               ["B3", "Ondersteuningsteam", "Ten minste vijf keer per schooljaar, met een consulent van het "
                "samenwerkingsverband, de jeugdverpleegkundige en de schoolcontactpersoon van het lokale team."],
               ["B4", "Handelingsgericht werken", "Cyclus van signaleren, analyseren, plannen en evalueren, ten minste "
                "twee keer per jaar per groep; groepsoverzichten."],
               ["B5", "Ontwikkelingsperspectief", "Een OPP binnen zes weken na het besluit tot inzet van extra "
                "ondersteuning, ten minste jaarlijks geëvalueerd met ouders; hoorrecht van de leerling."],
               ["B6", "Dyslexie", "Uitvoering van het Protocol leesproblemen en dyslexie; signalering vanaf groep 2; "
                "dossieropbouw voor de vergoede dyslexiezorg."],
               ["B7", "Dyscalculie", "Uitvoering van het Protocol ernstige reken-wiskundeproblemen en dyscalculie."],
               ["B8", "Sociale veiligheid", "Een schoolbrede aanpak gedrag, een jaarlijkse veiligheidsmonitor, een "
                "anti-pestcoördinator en een gedragsprotocol."],
               ["B9", "Meer- en hoogbegaafdheid", "Signalering met een gevalideerd instrument; compacten en verrijken; "
                "een verrijkingsgroep op bestuursniveau."],
               ["B10", "Taal en NT2", "Een aanbod voor leerlingen met een taalachterstand; samenwerking met de "
                "voorschoolse educatie."],
               ["B11", "Medisch handelen", "Een protocol medisch handelen conform de handreiking van de PO-Raad."],
               ["B12", "Fysieke toegankelijkheid", "Afspraken per vestiging over toegankelijkheid voor leerlingen met "
                "een lichamelijke beperking."],
               ["B13", "Preventief ambulante begeleiding", "Consultatie door een ambulant begeleider van het so binnen "
                "tien werkdagen na een vraag, zonder aanvraagprocedure."],
               ["B14", "Verzuim", "Een verzuimprotocol; melding bij leerplicht conform de Leerplichtwet."]]),
    ("h2", "4.3 Borging"),
    ("p", "Iedere school beschrijft de invulling van de standaarden in de schoolgids respectievelijk het "
          "schoolondersteuningsprofiel, dat ten minste eenmaal per vier jaar wordt vastgesteld (artikel 13, eerste "
          "lid, onder e, WPO). Het samenwerkingsverband toetst de naleving jaarlijks aan de hand van een "
          "kwaliteitskaart en eenmaal per twee jaar door middel van een collegiale audit. Indien een vestiging een "
          "standaard niet haalt, stelt het bevoegd gezag binnen drie maanden een verbeterplan op; bij het "
          "uitblijven van verbetering binnen een jaar agendeert de directeur-bestuurder de kwestie in het bestuur, "
          "dat een bestuurlijke aanwijzing kan geven op grond van de statuten."),

    ("h1", "5 Ondersteuningscontinuüm en dekkend netwerk"),
    ("h2", "5.1 Het continuüm"),
    ("p", "Het samenhangend geheel van ondersteuningsvoorzieningen is opgebouwd uit vijf niveaus: (0) de "
          "basisondersteuning (hoofdstuk 4); (1) extra ondersteuning op de eigen school met inzet van het "
          "schoolbudget (arrangementen op leerling- of groepsniveau, bijvoorbeeld een onderwijsassistent, een "
          "rekenspecialist of een gedragsspecialist); (2) arrangementen tussen scholen, waaronder de "
          "plusklassen (vier locaties, 96 plaatsen), de taalklassen voor nieuwkomers (twee locaties, 60 plaatsen) "
          "en de observatiegroep 'De Overstap' (12 plaatsen, maximaal 16 weken); (3) bovenschoolse voorzieningen "
          "en onderwijs-zorgarrangementen, waaronder het OZA 'Samen naar school' (24 plaatsen, in samenwerking met "
          "jeugdhulpaanbieders De Hazelaar en Ambiq) en de voltijds HB-voorziening 'Curio' (28 plaatsen); "
          "(4) het speciaal basisonderwijs en het speciaal onderwijs, waaronder een kleinschalige so-groep voor "
          "leerlingen met ernstig meervoudige beperkingen."),
    ("h2", "5.2 Route en zorgplicht"),
    ("p", "De route van ondersteuningsvraag naar aanbod verloopt via het ondersteuningsteam van de school, waarin "
          "de consulent van het samenwerkingsverband participeert. Arrangementen op niveau 2 en 3 worden op "
          "voorstel van het ondersteuningsteam door de consulent toegekend binnen tien werkdagen. Ter uitvoering van "
          "de zorgplicht (artikel 40, vierde lid, WPO) hebben de besturen een regionaal zorgplichtprotocol "
          "vastgesteld: indien een bestuur niet binnen de wettelijke termijn een passende plek kan bieden, meldt het "
          "dit bij het samenwerkingsverband, dat binnen tien werkdagen een casusoverleg beleggt."),
    ("h2", "5.3 Lacunes, thuiszitters en doorzettingsmacht"),
    ("p", "Het samenwerkingsverband stelt jaarlijks vóór 1 maart, in samenwerking met de gemeenten en leerplicht, "
          "een netwerkanalyse op waarin wachtlijsten, thuiszitters, vrijstellingen, plaatsingen buiten de regio en "
          "signalen van scholen worden geanalyseerd. Uit de analyse van 2025 bleek een tekort aan plaatsen voor "
          "jonge kinderen (4 tot 6 jaar) met een complexe ondersteuningsbehoefte; het bestuur heeft daarop besloten "
          "per 1 augustus 2026 een kleuterobservatiegroep te starten (8 plaatsen). Iedere leerling die langer dan "
          "vier weken verzuimt zonder passend aanbod, wordt besproken in het Thuiszittersoverleg, waarin "
          "samenwerkingsverband, leerplicht, jeugdhulp en de betrokken school participeren; binnen vier weken "
          "wordt een traject naar onderwijs vastgesteld. De directeur-bestuurder beschikt over doorzettingsmacht "
          "jegens de aangesloten besturen. Met de gemeenten is in het OOGO afgesproken dat de gemeentelijke "
          "doorzettingsfunctie jeugdhulp in dezelfde casus gelijktijdig wordt ingezet."),

    ("h1", "6 Toelaatbaarheid tot het sbo en het so"),
    ("h2", "6.1 Bevoegdheid"),
    ("p", "Het samenwerkingsverband beslist op aanvraag van het bevoegd gezag of een leerling toelaatbaar is tot "
          "het speciaal basisonderwijs of tot het speciaal onderwijs (artikel 18a, zesde lid, onder c, WPO en "
          "artikel 40, tiende lid, Wet op de expertisecentra). Het besluit is een besluit in de zin van de Algemene "
          "wet bestuursrecht."),
    ("h2", "6.2 Procedure"),
    ("p", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of, "
          "indien de leerling nog niet is ingeschreven, van de school waar de leerling is aangemeld. De aanvraag "
          "bevat het groeidocument met ontwikkelingsperspectief, een evaluatie van de ingezette basis- en extra "
          "ondersteuning over ten minste zes maanden, het verslag van het multidisciplinair overleg en de schriftelijke "
          "zienswijze van de ouders. Het secretariaat toetst de aanvraag binnen vijf werkdagen op volledigheid. "
          "Vervolgens brengen twee deskundigen, te weten een orthopedagoog of psycholoog en, afhankelijk van de "
          "problematiek, een tweede deskundige als bedoeld in artikel 34.8 van het Besluit bekostiging WPO "
          "(kinder- en jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker of arts), ieder afzonderlijk "
          "schriftelijk advies uit. Deskundigen die bij de voorbereiding van de aanvraag betrokken zijn geweest, "
          "zijn van advisering uitgesloten. Ouders ontvangen een afschrift van ieder advies (artikel 18a, "
          "veertiende lid, WPO). De Commissie Toelaatbaarheid, bestaande uit een onafhankelijk voorzitter en twee "
          "leden, beslist binnen zes weken na ontvangst van de volledige aanvraag; deze termijn kan eenmaal met "
          "vier weken worden verlengd. In crisissituaties kan de voorzitter een voorlopige TLV voor ten hoogste drie "
          "maanden afgeven."),
    ("h2", "6.3 Criteria"),
    ("p", "Een leerling is toelaatbaar tot het sbo indien (a) de school de basisondersteuning en gedurende ten "
          "minste zes maanden extra ondersteuning op niveau 1 of 2 heeft ingezet en deze aantoonbaar ontoereikend "
          "is gebleken, (b) de leerling een ondersteuningsbehoefte heeft die structureel een kleine groep, een "
          "aangepast curriculum op ten minste twee leergebieden of een gespecialiseerd pedagogisch klimaat gedurende "
          "de gehele schooldag vereist, en (c) de deskundigen adviseren dat de ontwikkelingsperspectieven in het sbo "
          "beter kunnen worden gerealiseerd. Een leerling is toelaatbaar tot het so indien daarnaast sprake is van "
          "een ondersteuningsbehoefte die specifieke expertise of voorzieningen van het so vereist, zoals een "
          "verstandelijke beperking met een intelligentieniveau onder circa 70 in combinatie met beperkte "
          "zelfredzaamheid, een lichamelijke beperking of langdurige ziekte die medische zorg of aangepaste "
          "voorzieningen gedurende de schooldag noodzakelijk maakt, of een psychiatrische of gedragsproblematiek "
          "waarvoor een geïntegreerd onderwijs-zorgaanbod nodig is dat in het sbo niet voorhanden is."),
    ("h2", "6.4 Duur en bekostigingscategorie"),
    ("p", "Een TLV voor het sbo wordt afgegeven voor de resterende duur van de basisschoolperiode, met een "
          "verplichte herbeoordeling na twee schooljaren. Een TLV voor het so wordt afgegeven voor één of twee "
          "schooljaren, te rekenen tot 31 juli; bij afgifte in de loop van een schooljaar wordt het restant van dat "
          "schooljaar toegevoegd (artikel 40, elfde lid, WEC). Bij een TLV voor het so stelt de commissie de "
          "bekostigingscategorie vast: laag, midden (leerlingen met een lichamelijke handicap of langdurig ziek) of "
          "hoog (meervoudig gehandicapte leerlingen)."),
    ("h2", "6.5 Bezwaar"),
    ("p", "Tegen het besluit kan binnen zes weken bezwaar worden gemaakt bij het bestuur van het "
          "samenwerkingsverband. Het bestuur winnt advies in bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen (LBT), als adviescommissie bedoeld in artikel 7:13 Awb en artikel 18a, "
          "twaalfde lid, WPO. Tegen de beslissing op bezwaar staat beroep open bij de rechtbank."),

    ("h1", "7 Terugplaatsing en overplaatsing"),
    ("h2", "7.1 Beleid"),
    ("p", "Het beleid van het samenwerkingsverband is erop gericht dat een leerling niet langer in het sbo of so "
          "verblijft dan diens ondersteuningsbehoefte vereist. Bij iedere TLV wordt in het ontwikkelingsperspectief "
          "een uitstroomperspectief opgenomen waarin expliciet wordt aangegeven of terugplaatsing naar het "
          "basisonderwijs (of overplaatsing van so naar sbo) een reëel perspectief is. Terugplaatsing vindt plaats "
          "naar een school zo dicht mogelijk bij de woonplaats, wanneer de leerling (a) de doelen uit het OPP "
          "grotendeels heeft bereikt, (b) met de basisondersteuning en een arrangement van ten hoogste niveau 2 "
          "kan functioneren en (c) de ontvangende school en de ouders instemmen. Iedere teruggeplaatste leerling "
          "ontvangt een terugplaatsingsarrangement van ten minste twaalf maanden, bestaande uit ambulante "
          "begeleiding door de school van herkomst (ten minste twee uur per week gedurende de eerste twintig weken) "
          "en consultatie voor de ontvangende leerkracht; het arrangement wordt door het samenwerkingsverband "
          "bekostigd (zie 9.4)."),
    ("h2", "7.2 Procedure"),
    ("p", "Ter uitvoering van artikel 40, vijftiende lid, WEC draagt de school voor sbo of so er zorg voor dat in het "
          "laatste jaar van de geldigheidsduur van de TLV de terugplaatsing of overplaatsing wordt voorbereid. De "
          "procedure is als volgt: (1) jaarlijkse evaluatie van het OPP met ouders, waarin het uitstroomperspectief "
          "wordt getoetst; (2) in het laatste jaar van de TLV, uiterlijk 1 december, een perspectiefoverleg onder "
          "regie van de sbo- of so-school, met ouders, de consulent van het samenwerkingsverband en zo mogelijk de "
          "beoogde ontvangende school; (3) uiterlijk 1 februari een advies van de directeur van de sbo- of so-school; "
          "(4) bij terugplaatsing uiterlijk 1 april een plaatsingsafspraak met de ontvangende school en vaststelling "
          "van het terugplaatsingsarrangement door de consulent; (5) bij voortzetting een nieuwe aanvraag volgens "
          "6.2, in te dienen uiterlijk 1 maart, zodat de Commissie Toelaatbaarheid vóór 1 mei beslist. Tussentijdse "
          "terugplaatsing is op ieder moment mogelijk op initiatief van school of ouders."),
    ("h2", "7.3 Monitoring"),
    ("p", "Het aantal terugplaatsingen en overplaatsingen wordt jaarlijks geregistreerd en gerapporteerd; in "
          "2024-2025 betrof het 19 leerlingen, van wie 17 een jaar later nog in het reguliere onderwijs verbleven. "
          "De streefwaarde is opgenomen in hoofdstuk 8."),

    ("h1", "8 Beoogde en bereikte resultaten; kwaliteitszorg"),
    ("h2", "8.1 Beoogde resultaten"),
    ("table", [["Doelstelling", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
               ["1 Basisondersteuning", "Percentage vestigingen dat aan alle standaarden B1-B14 voldoet", "68%", "100%"],
               ["2 Doorlooptijd", "Percentage arrangementen gestart binnen vier weken na vraag", "73%", "90%"],
               ["3 Thuiszitten", "Aantal thuiszitters > 3 maanden (1 juni)", "4", "0"],
               ["3 Vrijstellingen", "Aantal vrijstellingen art. 5 onder a Leerplichtwet", "17", "ten hoogste 10"],
               ["4 Terugplaatsing", "Aantal terugplaatsingen per schooljaar", "19", "ten minste 25"],
               ["4 Duurzaamheid", "Percentage teruggeplaatste leerlingen na 1 jaar nog regulier", "89%", "ten minste 90%"],
               ["5 Ouders", "Tevredenheid ouders over informatievoorziening (schaal 1-10)", "7,1", "ten minste 7,8"],
               ["Kwalitatief", "Leerlingen met een OPP ervaren dat zij gehoord worden (leerlingpanel)", "-",
                "Positief oordeel in tweejaarlijkse panelrapportage"]]),
    ("h2", "8.2 Monitoring, evaluatie en verantwoording"),
    ("p", "Het samenwerkingsverband hanteert een cyclus van planning en control conform de standaarden KA1 tot en "
          "met KA3 van het onderzoekskader van de inspectie. De indicatoren worden per kwartaal gemonitord via een "
          "dashboard dat wordt gevoed uit DUO-gegevens, de registratie van TLV's en arrangementen, de "
          "leerplichtregistratie en de verantwoording van de besturen. Het bestuur ontvangt per kwartaal een "
          "managementrapportage. Jaarlijks worden de bereikte resultaten, kwantitatief en kwalitatief, verantwoord "
          "in het jaarverslag, dat vóór 1 juli wordt vastgesteld en met de ondersteuningsplanraad wordt besproken. "
          "Een externe tussenevaluatie vindt plaats in het voorjaar van 2028; een eindevaluatie in het najaar van "
          "2029, ter voorbereiding op het volgende plan."),
    ("h2", "8.3 Relatie tussen resultaten en bekostiging"),
    ("p", "Aan iedere doelstelling is in de meerjarenbegroting (9.4) een budget verbonden; het jaarverslag vermeldt "
          "per doelstelling de gerealiseerde lasten. Zo is voor doelstelling 4 (terugplaatsing) een budget van "
          "€ 180.000 per jaar beschikbaar voor terugplaatsingsarrangementen, en voor doelstelling 3 € 95.000 voor "
          "het Thuiszittersoverleg en de casusregie."),

    ("h1", "9 Financieel beleid en meerjarenbegroting"),
    ("h2", "9.1 Uitgangspunten"),
    ("p", "De middelen voor ondersteuning worden ingezet overeenkomstig artikel 18a, achtste lid, onder b, WPO. "
          "Uitgangspunten zijn dat de middelen zo direct mogelijk ten goede komen aan de leerlingen, dat de "
          "verdeling transparant en voorspelbaar is, en dat het eigen vermogen niet hoger is dan het vastgestelde "
          "weerstandsvermogen vereist."),
    ("h2", "9.2 Verdeling en toewijzing"),
    ("p", "Na aftrek van de afdrachten aan het so en het sbo en van de bovenschoolse lasten worden de "
          "middelen als volgt verdeeld: (a) een schoolbudget aan ieder bevoegd gezag van € 165 per leerling op de "
          "teldatum 1 oktober van het voorafgaande jaar, vermeerderd met een vaste voet van € 6.000 per vestiging; "
          "(b) een budget voor arrangementen op niveau 2 en 3 dat door de consulenten op basis van het "
          "arrangementenkader wordt toegewezen; (c) een innovatiefonds van € 150.000 per jaar, waarop besturen op "
          "basis van door het bestuur vastgestelde criteria (bijdrage aan de doelstellingen van hoofdstuk 3, "
          "cofinanciering van ten minste 25%, deelname van ten minste twee besturen) een aanvraag kunnen doen. "
          "Het bestuur stelt de verdeling jaarlijks vóór 1 juli vast bij de begroting."),
    ("h2", "9.3 Besteding en verantwoording"),
    ("p", "De besturen besteden het schoolbudget aan extra ondersteuning op niveau 1 en aan de versterking van de "
          "basisondersteuning, conform de standaarden van hoofdstuk 4. Zij verantwoorden de besteding jaarlijks vóór "
          "1 december in een door het samenwerkingsverband vastgesteld format, met vermelding van de ingezette "
          "formatie, het aantal bereikte leerlingen en de behaalde resultaten. Niet-bestede middelen boven 10% van het "
          "schoolbudget worden verrekend met het budget van het volgende jaar."),
    ("h2", "9.4 Meerjarenbegroting"),
    ("table", [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage lichte ondersteuning", "2.140", "2.128", "2.110", "2.096"],
               ["Rijksbijdrage zware ondersteuning", "7.920", "7.880", "7.830", "7.790"],
               ["Afdracht so (DUO)", "-3.660", "-3.640", "-3.610", "-3.590"],
               ["Afdracht sbo boven 2% en groeibekostiging", "-1.210", "-1.190", "-1.170", "-1.150"],
               ["Beschikbaar", "5.190", "5.178", "5.160", "5.146"],
               ["Schoolbudgetten (a)", "2.244", "2.236", "2.225", "2.218"],
               ["Arrangementen niveau 2 en 3 (b)", "1.410", "1.440", "1.460", "1.470"],
               ["Terugplaatsingsarrangementen", "180", "180", "180", "180"],
               ["Thuiszittersoverleg en casusregie", "95", "95", "95", "95"],
               ["Innovatiefonds (c)", "150", "150", "150", "150"],
               ["Consulenten, commissie, bureau", "1.205", "1.225", "1.245", "1.265"],
               ["Totaal lasten", "5.284", "5.326", "5.355", "5.378"],
               ["Saldo", "-94", "-148", "-195", "-232"]]),
    ("h2", "9.5 Overdracht van bekostiging bij groei"),
    ("p", "Het samenwerkingsverband stelt vast of sprake is van groei van het sbo en het so als bedoeld in de "
          "artikelen 118, vierde lid, 124 en 125b WPO aan de hand van de peildatum 1 februari. De overdracht van "
          "middelen voor personeelskosten en materiële instandhouding aan de betrokken scholen wordt berekend naar "
          "rato van het aantal leerlingen dat na 1 oktober is ingestroomd, conform de landelijke rekenregels."),
    ("h2", "9.6 Reserves en weerstandsvermogen"),
    ("p", "Het eigen vermogen bedroeg per 31 december 2025 € 2,05 miljoen. Op basis van een risicoanalyse is het "
          "benodigde weerstandsvermogen vastgesteld op € 1,35 miljoen; de signaleringswaarde van de inspectie "
          "bedraagt € 1,42 miljoen. De begrote negatieve saldi in 9.4 brengen het eigen vermogen in 2029 op "
          "het niveau van het benodigde weerstandsvermogen."),

    ("h1", "10 Informatievoorziening aan en ondersteuning van ouders"),
    ("h2", "10.1 Informatie"),
    ("p", "Ouders worden over de ondersteuningsvoorzieningen geïnformeerd via (a) de schoolgids van iedere school, "
          "waarin de basisondersteuning en de extra ondersteuning van de school zijn beschreven; (b) de website van "
          "het samenwerkingsverband, met een ouderportaal waarin alle voorzieningen van hoofdstuk 5, de "
          "toelaatbaarheidsprocedure en de terugplaatsingsprocedure in begrijpelijke taal zijn beschreven; (c) de "
          "ouderbrochure 'Welke ondersteuning krijgt mijn kind?', beschikbaar in vijf talen; (d) twee "
          "ouderavonden per jaar; en (e) het spreekuur van de consulenten. Bij ieder besluit over toelaatbaarheid "
          "ontvangen ouders een afschrift van de deskundigenadviezen."),
    ("h2", "10.2 Onafhankelijke ondersteuning"),
    ("p", "Ouders en leerlingen kunnen kosteloos terecht bij het Ouder- en Jeugdsteunpunt IJsselvallei, dat "
          "overeenkomstig de Wet versterking positie ouders en leerlingen in het passend onderwijs (Kamerstukken "
          "36443) wordt uitgevoerd door een van het samenwerkingsverband onafhankelijke organisatie, in "
          "gezamenlijke opdracht van het samenwerkingsverband PO en het samenwerkingsverband VO. Het steunpunt "
          "informeert, adviseert en begeleidt ouders en leerlingen uitsluitend in het belang van de leerling, en "
          "rapporteert halfjaarlijks geanonimiseerde signalen aan het bestuur. Daarnaast wijst het "
          "samenwerkingsverband ouders op de Onderwijsconsulenten, de Geschillencommissie passend onderwijs "
          "(toelating, verwijdering, ontwikkelingsperspectief), de klachtenregeling van het samenwerkingsverband en "
          "de bezwaarprocedure van 6.5."),
    ("h2", "10.3 Betrokkenheid"),
    ("p", "Ouders zijn gesprekspartner bij het opstellen en evalueren van het ontwikkelingsperspectief; de leerling "
          "wordt gehoord (hoorrecht). In de ondersteuningsplanraad is de helft van de zetels bestemd voor ouders."),

    ("h1", "11 Governance, medezeggenschap, overleg en gegevensverwerking"),
    ("p", "Het samenwerkingsverband is een stichting in de zin van artikel 18a, vierde lid, WPO. Het bestuur bestaat "
          "uit een directeur-bestuurder; het intern toezicht wordt uitgeoefend door een raad van toezicht van vijf "
          "leden, van wie drie onafhankelijk. De algemene vergadering van aangesloten besturen benoemt de leden van de "
          "raad van toezicht en stelt, na instemming van de ondersteuningsplanraad, het ondersteuningsplan vast. De "
          "statuten bevatten een geschillenregeling. Het samenwerkingsverband onderschrijft de Code Goed Bestuur "
          "in het primair onderwijs."),
    ("p", "De ondersteuningsplanraad (artikel 4a WMS) telt twaalf leden. Wijzigingen van het ondersteuningsplan "
          "gedurende de planperiode behoeven eveneens de instemming van de OPR."),
    ("p", "Gegevens, waaronder gegevens over gezondheid, worden verwerkt voor zover dat noodzakelijk is voor de "
          "taken bedoeld in artikel 18a, zesde lid, onder b tot en met d, WPO, en bewaard tot drie jaar na het besluit "
          "(artikel 18a, dertiende lid, WPO). Het samenwerkingsverband heeft een functionaris gegevensbescherming."),

    ("h1", "Bijlage I Verklarende woordenlijst"),
    ("glossary", [
        ("Arrangement", "Geheel van afspraken over extra ondersteuning (inhoud, duur, middelen)."),
        ("Basisondersteuning", "Zie 4.1."),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("OOGO", "Op overeenstemming gericht overleg."),
        ("OZA", "Onderwijs-zorgarrangement."),
        ("Terugplaatsing", "Overstap van sbo of so naar het basisonderwijs na of tijdens de geldigheidsduur van de TLV."),
        ("Weerstandsvermogen", "Het deel van het eigen vermogen dat nodig is om financiële risico's op te vangen."),
    ]),
]

P5_LABEL = {
    "documents": [f"{P5_NAME}.docx", f"{P5_NAME}.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "criteria": {k: True for k in CORE},
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "4.1 defines the SWV-wide minimum for all 61 vestigingen (art. 18a lid 8a), 4.2 table "
                              "with 14 standards, 4.3 kwaliteitskaart, audit and verbeterplan.",
        "plaatsing": "6.2 full procedure (bevoegd gezag, dossier, two separate deskundigen per art. 34.8 Bbwpo, "
                     "commission, 6+4 weeks), 6.3 sbo and so criteria, 6.4 duration and category, 6.5 bezwaar via LBT.",
        "terugstroom": "7.1 policy (uitstroomperspectief, conditions a-c, terugplaatsingsarrangement 12 months), "
                       "7.2 five-step procedure with dates, 7.3 figures.",
        "financien": "9.2 verdeling (EUR 165 per leerling + vaste voet, arrangementen, innovatiefonds criteria), "
                     "9.3 besteding/verantwoording, 9.4 meerjarenbegroting, 9.6 reserves.",
        "dekkend-aanbod": "5.1 five-level continuum with capacities, 5.2 route and zorgplicht, 5.3 annual "
                          "netwerkanalyse, Thuiszittersoverleg, doorzettingsmacht, OZA with jeugdhulp.",
        "resultaten": "8.1 goals with nulmeting and streefwaarden, 8.2 monitoring cycle and jaarverslag, 8.3 link "
                      "to funding; achieved figures in H2.",
        "ouders": "10.1 channels (schoolgids, ouderportaal, brochure in 5 languages, ouderavonden), 10.2 OJSP, "
                  "Onderwijsconsulenten, Geschillencommissie, 10.3 involvement.",
    },
}

# =============================================================================================
# N1  NOT a plan: jaarverslag (annual report) of a PO samenwerkingsverband
# =============================================================================================
N1_NAME = "jaarverslag-swv-maaskant-2025"

N1 = [
    ("title", ["Jaarverslag 2025",
               "Stichting Samenwerkingsverband Passend Onderwijs Maaskant (PO 30-96)",
               "Bestuursverslag en verantwoording over de uitvoering van het ondersteuningsplan 2022-2026",
               "Vastgesteld door het bestuur op 12 mei 2026; goedgekeurd door de raad van toezicht op 26 mei 2026"]),
    ("toc", ["1 Voorwoord van de bestuurder",
             "2 Kerngegevens",
             "3 Verantwoording over de doelen van het ondersteuningsplan",
             "   3.1 Basisondersteuning",
             "   3.2 Dekkend aanbod en thuiszitters",
             "   3.3 Toelaatbaarheidsverklaringen",
             "   3.4 Terugplaatsing",
             "   3.5 Ouders",
             "4 Financieel verslag 2025",
             "5 Governance en medezeggenschap",
             "6 Vooruitblik 2026",
             "Bijlage: verslag van de raad van toezicht"]),

    ("h1", "1 Voorwoord van de bestuurder"),
    ("p", "Met genoegen presenteer ik het jaarverslag over 2025 van Samenwerkingsverband Maaskant. In dit verslag "
          "leggen wij verantwoording af over wat wij in het kalenderjaar 2025 hebben gedaan, wat dat heeft "
          "opgeleverd en hoe wij de middelen hebben besteed. Het verslag bevat het bestuursverslag; de jaarrekening "
          "2025 met de controleverklaring van de accountant is als afzonderlijk document bij DUO gedeponeerd."),
    ("p", "2025 was het laatste volledige kalenderjaar van het ondersteuningsplan 2022-2026. Het was ook het jaar "
          "waarin wij het nieuwe ondersteuningsplan 2026-2030 hebben voorbereid. Dat nieuwe plan is een apart "
          "document en valt buiten dit verslag; de ondersteuningsplanraad heeft er in maart 2026 mee ingestemd."),
    ("p", "Ik dank alle scholen, besturen, intern begeleiders en onze medewerkers voor hun inzet in het afgelopen "
          "jaar. Zonder hen was er niets te verantwoorden geweest."),
    ("p", "Drs. E. (Els) Verhoeven, directeur-bestuurder"),

    ("h1", "2 Kerngegevens"),
    ("table", [["Kengetal", "2023", "2024", "2025"],
               ["Aangesloten besturen", "9", "9", "8"],
               ["Basisscholen (vestigingen)", "44 (47)", "44 (47)", "43 (46)"],
               ["Leerlingen 1 oktober", "9.120", "9.011", "8.934"],
               ["Deelnamepercentage sbo", "2,41%", "2,38%", "2,29%"],
               ["Deelnamepercentage so", "1,62%", "1,66%", "1,70%"],
               ["Afgegeven TLV's sbo", "71", "66", "63"],
               ["Afgegeven TLV's so", "42", "47", "45"],
               ["Terugplaatsingen naar regulier", "8", "10", "13"],
               ["Thuiszitters > 3 maanden (1 juni)", "6", "5", "3"],
               ["Medewerkers bureau (fte)", "11,2", "11,8", "12,4"]]),
    ("p", "Het aantal leerlingen daalde in 2025 met 77. Het deelnamepercentage so steeg licht, vooral door de "
          "instroom van jonge kinderen met een complexe ondersteuningsvraag. Het deelnamepercentage sbo daalde, "
          "in lijn met de doelstelling van het ondersteuningsplan."),

    ("h1", "3 Verantwoording over de doelen van het ondersteuningsplan"),
    ("p", "Het ondersteuningsplan 2022-2026 kent vijf doelen. Per doel rapporteren wij hieronder wat wij in 2025 "
          "hebben gedaan en wat de stand van zaken is ten opzichte van de streefwaarde."),
    ("h2", "3.1 Basisondersteuning"),
    ("p", "Doel uit het ondersteuningsplan: in 2026 voldoen alle vestigingen aan de zestien standaarden "
          "basisondersteuning. Stand eind 2025: 41 van de 46 vestigingen (89%) voldoen aan alle standaarden; in "
          "2024 was dat 36 (77%). De vijf vestigingen die nog niet voldoen, werken met een verbeterplan. In 2025 "
          "zijn 23 audits uitgevoerd. De standaarden zelf zijn beschreven in het ondersteuningsplan en zijn in 2025 "
          "niet gewijzigd."),
    ("h2", "3.2 Dekkend aanbod en thuiszitters"),
    ("p", "In 2025 is de observatiegroep voor jonge kinderen in Maasdonk gestart met acht plaatsen; eind 2025 waren "
          "alle plaatsen bezet. Het aantal thuiszitters langer dan drie maanden daalde naar drie. Het "
          "thuiszittersoverleg kwam elf keer bijeen en besprak 34 casussen. De wachtlijst voor het so cluster 4 "
          "bedroeg op 1 december 2025 zes leerlingen; voor hen is een tijdelijk arrangement op de eigen school ingezet."),
    ("h2", "3.3 Toelaatbaarheidsverklaringen"),
    ("p", "In 2025 heeft de Commissie Toelaatbaarheid 108 TLV's afgegeven (63 sbo, 45 so) en drie aanvragen "
          "afgewezen. De gemiddelde doorlooptijd bedroeg 29 kalenderdagen. Tegen twee besluiten is bezwaar gemaakt; "
          "in beide gevallen heeft het bestuur na advies van de LBT het bezwaar ongegrond verklaard. De procedure en "
          "de criteria zijn ongewijzigd gebleven ten opzichte van het ondersteuningsplan."),
    ("h2", "3.4 Terugplaatsing"),
    ("p", "In 2025 zijn 13 leerlingen vanuit het sbo of so teruggeplaatst naar een reguliere basisschool, tegen 10 in "
          "2024. Alle teruggeplaatste leerlingen kregen een terugplaatsingsarrangement. Van de leerlingen die in "
          "2024 zijn teruggeplaatst, zat eind 2025 nog 90% op een reguliere school. De streefwaarde uit het "
          "ondersteuningsplan (12 per jaar) is daarmee gehaald."),
    ("h2", "3.5 Ouders"),
    ("p", "Het Ouder- en Jeugdsteunpunt Maaskant had in 2025 186 contacten met ouders, tegen 141 in 2024. De meeste "
          "vragen gingen over de overstap naar het so en over de samenwerking met de school. In 2025 zijn twee "
          "ouderavonden georganiseerd met in totaal 140 bezoekers. De ouderpagina op de website is 6.400 keer "
          "bezocht. De tevredenheid van ouders over de informatievoorziening, gemeten in de peiling van oktober "
          "2025, bedroeg 7,3 (doel: 7,5)."),

    ("h1", "4 Financieel verslag 2025"),
    ("h2", "4.1 Resultaat"),
    ("p", "Het boekjaar 2025 is afgesloten met een negatief resultaat van € 212.000, tegen een begroot negatief "
          "resultaat van € 260.000. Het verschil wordt vooral verklaard door lagere personeelslasten door "
          "vacatures bij het bureau."),
    ("table", [["(x € 1.000)", "Begroting 2025", "Realisatie 2025", "Realisatie 2024"],
               ["Rijksbijdragen", "8.310", "8.402", "8.195"],
               ["Afdrachten so en sbo", "-3.920", "-3.968", "-3.801"],
               ["Schoolbudgetten besturen", "2.760", "2.760", "2.702"],
               ["Arrangementen en voorzieningen", "1.240", "1.196", "1.088"],
               ["Bureau, consulenten en commissie", "650", "690", "641"],
               ["Resultaat", "-260", "-212", "-37"]]),
    ("h2", "4.2 Verdeling en besteding door besturen"),
    ("p", "De schoolbudgetten zijn in 2025 verdeeld volgens het verdeelmodel van het ondersteuningsplan (€ 295 per "
          "leerling plus een vaste voet van € 5.000 per vestiging). Alle besturen hebben vóór 1 december 2025 hun "
          "verantwoording ingediend. Gemiddeld besteedden de besturen 64% van het schoolbudget aan "
          "onderwijsassistentie en extra formatie, 21% aan specialisten en 15% aan scholing."),
    ("h2", "4.3 Reserves"),
    ("p", "Het eigen vermogen bedroeg op 31 december 2025 € 1,82 miljoen (2024: € 2,03 miljoen). Het vermogen ligt "
          "nog boven de signaleringswaarde van de inspectie (€ 1,46 miljoen). Het bestedingsplan loopt volgens "
          "schema."),
    ("h2", "4.4 Continuïteitsparagraaf"),
    ("p", "De continuïteitsparagraaf met de meerjarenbegroting 2026-2028, de toelichting op de risico's en de "
          "rapportage over het interne risicobeheersingssysteem is opgenomen in de jaarrekening 2025."),

    ("h1", "5 Governance en medezeggenschap"),
    ("p", "Het bestuur bestaat uit de directeur-bestuurder. De raad van toezicht vergaderde in 2025 vijf keer. De "
          "algemene vergadering van aangesloten besturen kwam drie keer bijeen. De ondersteuningsplanraad vergaderde "
          "zes keer en heeft onder meer advies uitgebracht over de begroting 2026. In maart 2026 stemde de OPR in "
          "met het ondersteuningsplan 2026-2030. Het OOGO met de gemeenten over dat plan vond plaats op 4 maart 2026."),
    ("p", "Er zijn in 2025 geen klachten ingediend over het samenwerkingsverband. Er waren geen geschillen tussen de "
          "aangesloten besturen."),

    ("h1", "6 Vooruitblik 2026"),
    ("p", "In 2026 start het nieuwe ondersteuningsplan. De belangrijkste opgaven voor het komende jaar zijn de "
          "invoering van de landelijke norm basisondersteuning, de verdere afbouw van het eigen vermogen en de "
          "uitbreiding van de observatiegroep. De begroting 2026 is in december 2025 vastgesteld."),

    ("h1", "Bijlage: verslag van de raad van toezicht"),
    ("p", "De raad van toezicht heeft in 2025 toezicht gehouden op de realisatie van de doelen uit het "
          "ondersteuningsplan, op de financiële continuïteit en op de rechtmatigheid van de bestedingen. De raad "
          "heeft de begroting 2026 en het jaarverslag 2024 goedgekeurd en de accountant benoemd voor de boekjaren "
          "2025-2027. De raad heeft een zelfevaluatie uitgevoerd onder externe begeleiding. De raad is tevreden over "
          "de samenwerking met de directeur-bestuurder."),
]

N1_LABEL = {
    "documents": [f"{N1_NAME}.pdf"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "Annual report (jaarverslag/bestuursverslag 2025) of a PO samenwerkingsverband: reports what was "
                    "done in 2025 against the goals of the 2022-2026 plan (realisatie vs begroting, TLV counts, "
                    "terugplaatsingen, OJSP contacts) and explicitly says the ondersteuningsplan 2026-2030 is a "
                    "separate document outside this report. Plan vocabulary throughout, but not an ondersteuningsplan.",
    },
}


# =============================================================================================
# build
# =============================================================================================
EXPECTED = {
    P1_NAME: {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "missing"},
    P2_NAME: {"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    P3_NAME: {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
    P4_NAME: {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    P5_NAME: {el: "present" for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien",
                                       "dekkend-aanbod", "resultaten", "ouders"]},
}


def plan_label(label: dict, name: str) -> dict:
    crit = label["criteria"]
    assert list(crit) == CORE, name
    elements = status_from(crit, label["advisory_addressed"])
    assert elements == EXPECTED[name], (name, elements)
    return {
        "documents": label["documents"],
        "sector": label["sector"],
        "looks_like_plan": True,
        "elements": elements,
        "criteria": crit,
        "advisory_addressed": label["advisory_addressed"],
        "notes": label["notes"],
    }


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    plans = [(P1_NAME, P1, P1_LABEL), (P2_NAME, P2, P2_LABEL), (P3_NAME, P3, P3_LABEL),
             (P4_NAME, P4, P4_LABEL), (P5_NAME, P5, P5_LABEL)]
    for name, blocks, _ in plans:
        n = word_count(blocks)
        print(f"{name}: {n} words")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # P1: concept, docx + pdf
        build_docx(P1, OUT / f"{P1_NAME}.docx", header="CONCEPT v0.4 - niet verspreiden",
                   footer="Ondersteuningsplan De Waalboog 2026-2030 | concept 9-1-2026", author="Marieke van Dijk")
        to_pdf(OUT / f"{P1_NAME}.docx", OUT)
        # P2: concept, docx only
        build_docx(P2, OUT / f"{P2_NAME}.docx", header="Werkversie 0.3 - Koers op maat - VERTROUWELIJK",
                   footer="SWV VO Kempenrand | ondersteuningsplan 2026-2030 (concept)", author="Joost Kerkhof")
        # P3: html
        build_html(P3, OUT / f"{P3_NAME}.html", title="Samenwerkingsverband PO Veenhorst")
        # P4: pdf only (docx rendered in a temp dir)
        build_docx(P4, tmp / f"{P4_NAME}.docx", header="SWV VO Duinstreek Noord",
                   footer="Ondersteuningsplan 2026-2030", author="SWV Duinstreek Noord")
        shutil.copy(to_pdf(tmp / f"{P4_NAME}.docx", tmp), OUT / f"{P4_NAME}.pdf")
        # P5: docx + pdf
        build_docx(P5, OUT / f"{P5_NAME}.docx", header="SWV PO 23-95 IJsselvallei-Zuid | Ondersteuningsplan 2026-2030",
                   footer="Vastgesteld 9 april 2026 - besluit B-2026-014", author="SWV IJsselvallei-Zuid")
        to_pdf(OUT / f"{P5_NAME}.docx", OUT)
        # N1: jaarverslag, pdf only
        build_docx(N1, tmp / f"{N1_NAME}.docx", header="Jaarverslag 2025 - SWV Maaskant",
                   footer="Bestuursverslag 2025", author="SWV Maaskant")
        shutil.copy(to_pdf(tmp / f"{N1_NAME}.docx", tmp), OUT / f"{N1_NAME}.pdf")

    for name, _, label in plans:
        write_label(name, plan_label(label, name))
    write_label(N1_NAME, N1_LABEL)
    print("done:", sorted(p.name for p in OUT.iterdir() if p.is_file()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
