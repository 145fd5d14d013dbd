#!/usr/bin/env python3
"""Generate holdout set 79: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (PO and VO) plus one near-miss document, in .docx, .pdf and .html.

Deterministic and offline. Output goes to the folder above this script's folder.
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).
Label files (<name>.expected.yaml) are written next to the documents.
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

# ---------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", [lines]) ("toc", [lines]) ("h1"/"h2"/"h3", text) ("p", text)
#   ("ul", [items]) ("table", [[header...], [row...], ...]) ("qa", question, answer) ("pb",)
# ---------------------------------------------------------------------------


def words(blocks):
    n = 0
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3", "p"):
            n += len(b[1].split())
        elif kind in ("ul", "title", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif kind == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
        elif kind == "qa":
            n += len(b[1].split()) + len(b[2].split())
    return n


def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
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
        elif kind == "qa":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
            doc.add_paragraph(b[2])
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.created = cp.modified = datetime.datetime(2025, 4, 1, 9, 0, 0)
    cp.revision = 1
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite a .docx with fixed timestamps so that output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def write_html(blocks, path, title, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><p>{e(header)}</p></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<section class="titel">')
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitel">{e(line)}</p>')
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ul>')
            out.extend(f"<li>{e(x)}</li>" for x in b[1])
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f"<h{lvl}>{e(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "qa":
            out.append(f'<details open><summary>{e(b[1])}</summary><p>{e(b[2])}</p></details>')
        elif kind == "pb":
            pass
    out.append("</main>")
    if footer:
        out.append(f'<footer><p>{e(footer)}</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/profile",
                        "--convert-to", "pdf", "--outdir", td, str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = Path(td) / (Path(docx_path).stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))


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


def status_from(criteria, advisory):
    """Part A status rule, used to keep labels consistent."""
    st = {}
    for el in ELEMENTS:
        core = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(core):
            st[el] = "present"
        elif any(core) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def yq(v):
    """Double-quoted YAML scalar."""
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, criteria, advisory, notes, expect):
    assert list(criteria) == CORE, name
    elements = status_from(criteria, advisory)
    assert elements == expect, (name, elements, expect)
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}",
             "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    lines.append("advisory_addressed:")
    for k, v in advisory.items():
        lines.append(f"  {k}: [{', '.join(v)}]")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {yq(v)}")
    text = "\n".join(lines) + "\n"
    yaml.safe_load(text)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def write_notplan_label(name, documents, note):
    text = (f"documents: [{', '.join(documents)}]\n"
            "sector: po\n"
            "looks_like_plan: false\n"
            "elements: {}\n"
            "criteria: {}\n"
            "advisory_addressed: {}\n"
            "notes:\n"
            f"  document: {yq(note)}\n")
    yaml.safe_load(text)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# Shared filler text (organisation, privacy, staff) that real plans contain.
# It mentions element vocabulary only in passing.
# ---------------------------------------------------------------------------

def filler_governance(swv, besturen, model):
    if model == "rvt":
        toezicht = (f"{swv} is een stichting. De directeur-bestuurder vormt het bestuur en is eindverantwoordelijk "
                    "voor de uitvoering van dit ondersteuningsplan. De Raad van Toezicht bestaat uit vijf leden, van wie "
                    "drie afkomstig uit de kring van de aangesloten schoolbesturen en twee onafhankelijke leden. De "
                    "Raad van Toezicht keurt het ondersteuningsplan, de begroting en het jaarverslag goed en is "
                    "werkgever van de directeur-bestuurder.")
    else:
        toezicht = (f"{swv} is een vereniging. De Algemene Ledenvergadering (ALV), waarin alle {besturen} aangesloten "
                    "schoolbesturen zijn vertegenwoordigd, stelt het ondersteuningsplan vast en houdt toezicht. Het "
                    "dagelijks bestuur is gemandateerd aan de directeur, die verantwoording aflegt aan de ALV.")
    return [
        ("p", toezicht),
        ("p", "De scheiding tussen bestuur en intern toezicht is vastgelegd in de statuten en in het "
              "bestuursreglement. We volgen de Code Goed Bestuur in het primair en voortgezet onderwijs zoveel als "
              "voor een samenwerkingsverband van toepassing is. Jaarlijks evalueert het toezichthoudend orgaan het "
              "eigen functioneren, waarbij eens in de drie jaar een externe begeleider wordt betrokken."),
        ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten schoolbesturen en het "
              "samenwerkingsverband, zoals de wet voorschrijft. Tot nu toe is van deze regeling geen gebruik gemaakt. "
              "Besluiten worden voorbereid in het directeurenoverleg, waarin de besturen op beleidsniveau met elkaar "
              "en met het bureau van gedachten wisselen."),
    ]


def filler_privacy(swv):
    return [
        ("p", f"{swv} verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover dat "
              "nodig is voor de wettelijke taken. Dat gebeurt op grond van de wet op het primair en voortgezet "
              "onderwijs en de Algemene verordening gegevensbescherming (AVG). We leggen niet meer vast dan "
              "noodzakelijk en bewaren dossiers niet langer dan wettelijk is toegestaan: in de regel tot drie jaar na "
              "het besluit waarvoor ze zijn aangelegd."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming (FG) die wordt gedeeld met twee "
              "schoolbesturen. Het privacyreglement is in 2024 geactualiseerd. Medewerkers van het bureau volgen "
              "jaarlijks een korte training over informatiebeveiliging. Datalekken worden gemeld bij de FG en waar "
              "nodig bij de Autoriteit Persoonsgegevens."),
        ("p", "Voor de uitwisseling van dossiers gebruiken we een beveiligde digitale omgeving. Scholen uploaden "
              "stukken uitsluitend via deze omgeving; het gebruik van e-mail voor leerlinggegevens is niet "
              "toegestaan. In de planperiode vervangen we het huidige systeem, waarvan het contract in 2026 afloopt. "
              "Een werkgroep met ICT-coördinatoren van de besturen stelt het programma van eisen op."),
    ]


def filler_personeel(swv, fte, extra):
    return [
        ("p", f"Het bureau van {swv} telt op dit moment ongeveer {fte} fte. Het team bestaat uit "
              f"{extra}, een beleidsmedewerker, een controller (deels ingehuurd) en secretariële ondersteuning. "
              "De formatie is de afgelopen jaren stabiel gebleven; we kiezen bewust voor een klein bureau."),
        ("p", "Net als de scholen merkt ook het samenwerkingsverband de gevolgen van het lerarentekort en het "
              "tekort aan orthopedagogen en psychologen. We investeren daarom in goed werkgeverschap: ruimte voor "
              "scholing, intervisie, een regeling voor hybride werken en aandacht voor werkdruk. Nieuwe medewerkers "
              "krijgen een inwerkprogramma en een vaste buddy."),
        ("p", "Deskundigheidsbevordering voor de scholen organiseren we via netwerken van intern begeleiders en "
              "ondersteuningscoördinatoren, een jaarlijkse studiedag en een scholingsaanbod dat samen met de "
              "pabo/lerarenopleiding in de regio wordt ontwikkeld. Het scholingsaanbod is nadrukkelijk bedoeld voor "
              "leraren, niet alleen voor specialisten."),
    ]


# ---------------------------------------------------------------------------
# Plan 1: small PO verband, summary at the front, numbered paragraphs (.docx)
# ---------------------------------------------------------------------------

def plan_kempenrand():
    swv = "Samenwerkingsverband De Kempenrand"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Samenwerkingsverband Passend Primair Onderwijs De Kempenrand (PO 30-11)",
                        "Basisondersteuning • Toelaatbaarheid • Terugplaatsing • Middelen • Resultaten • Ouders",
                        "Vastgesteld door de Algemene Ledenvergadering op 10 april 2025",
                        "Instemming ondersteuningsplanraad: 27 maart 2025"]))
    b.append(("toc", [
        "Samenvatting",
        "1 Inleiding",
        "   1.1 Voorwoord  1.2 Wettelijk kader  1.3 Totstandkoming  1.4 Leeswijzer",
        "2 Ons samenwerkingsverband",
        "   2.1 Besturen en scholen  2.2 Missie en visie  2.3 Terugblik",
        "3 Ondersteuning op de scholen",
        "   3.1 Ondersteuningsniveaus  3.2 Basisondersteuning  3.3 Extra ondersteuning en arrangementen",
        "   3.4 Dekkend aanbod en thuiszitters",
        "4 Toelaatbaarheid tot sbo en so",
        "   4.1 Aanvraag  4.2 Criteria  4.3 Duur en categorie  4.4 Bezwaar  4.5 Na de TLV",
        "5 Geld en middelen",
        "6 Communicatie",
        "7 Kwaliteit en resultaten",
        "8 Organisatie",
        "9 Planning 2025-2029",
        "Bijlage 1 Begrippenlijst",
        "Bijlage 3 Beoordelingskader toelaatbaarheid (afzonderlijk document)",
    ]))
    b.append(("h1", "Samenvatting"))
    b.append(("p", "De Kempenrand is een klein samenwerkingsverband: zes schoolbesturen, 23 basisscholen en één "
                   "school voor speciaal basisonderwijs, samen ruim 4.100 leerlingen in vier gemeenten. Dit "
                   "ondersteuningsplan beschrijft hoe we de komende vier schooljaren, van 1 augustus 2025 tot en met "
                   "31 juli 2029, samen zorgen voor passend onderwijs voor ieder kind in de regio."))
    b.append(("p", "De belangrijkste keuzes in het kort. Alle scholen bieden hetzelfde niveau van basisondersteuning, "
                   "vastgelegd in twaalf afspraken (paragraaf 3.2). Extra ondersteuning organiseren scholen zelf met "
                   "een schoolbudget en, waar dat niet volstaat, met een arrangement van het samenwerkingsverband. "
                   "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor sbo en so via de Commissie "
                   "van Toelaatbaarheid (hoofdstuk 4). Het grootste deel van het geld gaat als schoolbudget naar de "
                   "besturen (hoofdstuk 5). Ouders informeren we via de scholen, de website en een ouderfolder; voor "
                   "onafhankelijk advies kunnen zij terecht bij het ouder- en jeugdsteunpunt (hoofdstuk 6)."))
    b.append(("p", "Niet alles is al af. Een analyse van ons aanbod op witte vlekken en de aanpak van thuiszitters "
                   "werken we het komende jaar uit met de gemeenten. Ook het kwaliteitskader, waarin we vastleggen "
                   "welke resultaten we willen bereiken, stellen we in het eerste planjaar op. Beide onderdelen "
                   "voegen we na instemming van de ondersteuningsplanraad als voortgangsparagraaf aan dit plan toe."))
    b.append(("h1", "1 Inleiding"))
    b.append(("h2", "1.1 Voorwoord"))
    b.append(("p", "Voor u ligt het derde ondersteuningsplan van De Kempenrand. Toen passend onderwijs in 2014 "
                   "begon, stond vooral de organisatie centraal: een nieuwe rechtspersoon, een loket, afspraken over "
                   "geld. Tien jaar later zijn we een stuk verder. De scholen kennen elkaar, de intern begeleiders "
                   "weten de weg, en de lijnen met de gemeenten zijn kort. Tegelijk zien we dat het onderwijs onder "
                   "druk staat. Het lerarentekort raakt ook onze dorpen, de vragen van kinderen worden complexer en "
                   "de wachtlijsten in de jeugdhulp zijn lang."))
    b.append(("p", "In dit plan kiezen we voor een nuchtere koers. We houden vast aan wat werkt en verbeteren wat "
                   "beter kan. Het plan is geschreven voor besturen, scholen, ouders en partners. We hebben "
                   "geprobeerd het leesbaar te houden; de technische onderdelen staan in de bijlagen. Wij danken de "
                   "leden van de ondersteuningsplanraad, de intern begeleiders, de directeuren en de ouders die "
                   "hebben meegelezen voor hun scherpe vragen en opbouwende kritiek."))
    b.append(("p", "Marieke van Dongen, directeur"))
    b.append(("h2", "1.2 Wettelijk kader"))
    b.append(("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan op "
                   "(artikel 18a Wet op het primair onderwijs). De wet noemt de onderwerpen die het plan in elk geval "
                   "bevat, waaronder de basisondersteuning, de verdeling en besteding van de middelen, de procedure en "
                   "criteria voor toelaatbaarheid, terugplaatsing, de beoogde en bereikte resultaten en de informatie "
                   "aan ouders. Het plan wordt vóór 1 mei aan de Inspectie van het Onderwijs gezonden."))
    b.append(("h2", "1.3 Totstandkoming"))
    b.append(("p", "Het plan is in de loop van 2024 voorbereid in vier werkgroepen met intern begeleiders, "
                   "directeuren en medewerkers van het bureau. Een eerste concept is in december 2024 besproken in "
                   "het directeurenoverleg en in de ondersteuningsplanraad. Het op overeenstemming gericht overleg "
                   "(OOGO) met de colleges van burgemeester en wethouders van de vier gemeenten vond plaats op "
                   "5 februari 2025; het verslag is opgenomen in het dossier van het bureau. Met het samenwerkingsverband "
                   "voortgezet onderwijs is op 12 februari 2025 overleg gevoerd. De ondersteuningsplanraad stemde op "
                   "27 maart 2025 in; de Algemene Ledenvergadering stelde het plan vast op 10 april 2025."))
    b.append(("h2", "1.4 Leeswijzer"))
    b.append(("p", "Hoofdstuk 2 schetst het samenwerkingsverband. Hoofdstuk 3 gaat over de ondersteuning op de "
                   "scholen, van basisondersteuning tot speciaal onderwijs. Hoofdstuk 4 beschrijft de weg naar het "
                   "speciaal (basis)onderwijs en terug. Hoofdstuk 5 gaat over geld, hoofdstuk 6 over communicatie "
                   "met ouders en partners, hoofdstuk 7 over kwaliteit. De hoofdstukken 8 en 9 gaan over organisatie "
                   "en planning. Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden."))
    b.append(("h1", "2 Ons samenwerkingsverband"))
    b.append(("h2", "2.1 Besturen en scholen"))
    b.append(("p", "Bij De Kempenrand zijn zes schoolbesturen aangesloten. Samen hebben zij 23 basisscholen en één "
                   "school voor speciaal basisonderwijs (sbo De Vlonder). Er staat in onze regio geen school voor "
                   "speciaal onderwijs; kinderen die so nodig hebben, gaan naar scholen in de omliggende regio's."))
    b.append(("table", [
        ["Bestuur", "Aantal scholen", "Leerlingen (1-10-2024)"],
        ["Stichting Kempenkind (katholiek)", "9", "1.640"],
        ["Openbaar Onderwijs Bergeijkerveld", "5", "880"],
        ["Vereniging PCO De Ark", "4", "710"],
        ["Stichting Dalton Kempen", "2", "390"],
        ["Stichting Vrije School Zuid", "1", "170"],
        ["Stichting Speciaal Basisonderwijs De Vlonder", "1 (sbo)", "146"],
        ["Totaal", "22 + 1", "3.936"],
    ]))
    b.append(("p", "Het leerlingaantal loopt licht terug, vooral in de kleinere kernen. De besturen verwachten dat "
                   "in de planperiode twee scholen onder de opheffingsnorm komen. Dat raakt ook het "
                   "samenwerkingsverband: minder leerlingen betekent minder middelen. Over de gevolgen voor de "
                   "begroting leest u meer in hoofdstuk 5."))
    b.append(("h2", "2.2 Missie en visie"))
    b.append(("p", "Onze missie: ieder kind in de Kempenrand krijgt onderwijs dat past, zo dicht mogelijk bij huis. "
                   "We geloven dat kinderen het best opgroeien in hun eigen omgeving, met hun vriendjes uit de straat "
                   "en de sportclub. Daarom zetten we in op sterke basisscholen die veel kinderen kunnen bedienen, "
                   "met speciaal (basis)onderwijs als waardevolle aanvulling voor kinderen die dat echt nodig hebben."))
    b.append(("p", "We werken vanuit vier uitgangspunten. Eén: we kijken naar wat een kind nodig heeft, niet naar "
                   "een label of diagnose. Twee: de leraar maakt het verschil, en heeft daarom steun nodig in de klas. "
                   "Drie: ouders, school en samenwerkingsverband trekken samen op. Vier: we organiseren het zo licht "
                   "als het kan en zo zwaar als het moet. Goede resultaten voor alle kinderen zijn het doel van al "
                   "onze inspanningen, maar we realiseren ons dat die resultaten er voor ieder kind anders uitzien."))
    b.append(("h2", "2.3 Terugblik"))
    b.append(("p", "De vorige planperiode (2021-2025) werd sterk bepaald door de nasleep van de coronaperiode en "
                   "door een bestuurlijke wijziging: in 2022 is de rechtsvorm gewijzigd van stichting naar "
                   "vereniging, omdat de besturen zich nauwer bij het samenwerkingsverband wilden betrekken. In 2023 "
                   "is de huidige directeur aangetreden. De werkwijze van de Commissie van Toelaatbaarheid is in die "
                   "periode vereenvoudigd en het aanvraagformulier is ingekort. Een formele evaluatie van het vorige "
                   "plan heeft niet plaatsgevonden; de ervaringen uit de werkgroepen zijn in dit plan verwerkt."))
    b.append(("h1", "3 Ondersteuning op de scholen"))
    b.append(("h2", "3.1 Ondersteuningsniveaus"))
    b.append(("p", "We onderscheiden vier niveaus. Niveau 1 is de basisondersteuning die iedere school biedt. Niveau 2 "
                   "is extra ondersteuning binnen de school, betaald uit het schoolbudget. Niveau 3 is een arrangement "
                   "van het samenwerkingsverband op de eigen school of in een bovenschoolse voorziening. Niveau 4 is "
                   "plaatsing in het speciaal basisonderwijs of speciaal onderwijs met een toelaatbaarheidsverklaring. "
                   "De niveaus vormen samen één doorlopende lijn: een kind gaat pas naar een volgend niveau als de "
                   "mogelijkheden van het vorige zijn benut, maar het hoeft die niveaus niet allemaal eerst te "
                   "doorlopen als duidelijk is wat het nodig heeft."))
    b.append(("h2", "3.2 Basisondersteuning"))
    b.append(("h3", "3.2.1 Afspraken over het niveau"))
    b.append(("p", "Basisondersteuning is in De Kempenrand de ondersteuning die iedere basisschool van het "
                   "samenwerkingsverband, op elke vestiging, biedt aan ieder kind dat dat nodig heeft, zonder "
                   "aanvraag bij het samenwerkingsverband en zonder extra middelen. De besturen hebben dit niveau "
                   "samen vastgesteld; het is een ondergrens die voor alle scholen gelijk is. Scholen mogen meer "
                   "bieden, en beschrijven dat in hun schoolondersteuningsprofiel, maar niet minder."))
    b.append(("h3", "3.2.2 Wat ouders op iedere school mogen verwachten"))
    b.append(("p", "De afspraken over de basisondersteuning bestaan uit twaalf concrete afspraken. Elke school:"))
    b.append(("ul", [
        "heeft een intern begeleider met ten minste acht uur per week per 200 leerlingen beschikbaar voor "
        "ondersteuning, leerlingbesprekingen en contact met ouders;",
        "werkt met een leerlingvolgsysteem en bespreekt alle groepen minimaal drie keer per jaar in een "
        "groepsbespreking;",
        "werkt volgens het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en "
        "Dyscalculie, inclusief de signalering en begeleiding tot en met het aanvragen van onderzoek;",
        "biedt extra instructie en verlengde instructie in kleine groepjes voor rekenen, lezen en taal;",
        "heeft een aanbod voor sociaal-emotionele ontwikkeling en een methode voor het volgen daarvan, plus een "
        "anti-pestprotocol;",
        "biedt verrijking binnen de groep voor kinderen die meer aankunnen (compacten en verrijken);",
        "kan een ontwikkelingsperspectief (OPP) opstellen en uitvoeren voor een kind met een eigen leerlijn;",
        "heeft een protocol medisch handelen en kan eenvoudige medische handelingen laten uitvoeren;",
        "werkt handelingsgericht: ondersteuningsbehoeften worden vastgelegd in een groepsplan of groepsoverzicht;",
        "kan een beroep doen op de orthopedagoog van het samenwerkingsverband voor consultatie en observatie "
        "(maximaal zes uur per casus);",
        "heeft een schoolmaatschappelijk werker of jeugdprofessional van het lokale team op vaste momenten in "
        "de school;",
        "voert met ouders van elk kind met een ondersteuningsvraag ten minste drie keer per jaar een gesprek.",
    ]))
    b.append(("h3", "3.2.3 Borging"))
    b.append(("p", "Elke school beschrijft in het schoolondersteuningsprofiel hoe zij de twaalf afspraken uitvoert. Het "
                   "bureau toetst eens per twee jaar steekproefsgewijs vijf scholen aan de hand van een "
                   "kwaliteitskaart. Voldoet een school op een onderdeel niet, dan maakt de school binnen drie "
                   "maanden een verbeterplan, dat het bestuur met het samenwerkingsverband bespreekt."))
    b.append(("h2", "3.3 Extra ondersteuning en arrangementen"))
    b.append(("h3", "3.3.1 Extra ondersteuning op school"))
    b.append(("p", "Als de basisondersteuning niet genoeg is, zet de school extra ondersteuning in uit het "
                   "schoolbudget: bijvoorbeeld een onderwijsassistent voor een kleine groep, een remedial teacher, "
                   "een training sociale vaardigheden of inzet van een specialist van het bestuur. De school stelt "
                   "hiervoor een ontwikkelingsperspectief op als het kind een eigen leerlijn krijgt."))
    b.append(("h3", "3.3.2 Arrangementen van het samenwerkingsverband"))
    b.append(("p", "Voor kinderen bij wie de extra ondersteuning van de school niet toereikend is, kan de school een "
                   "arrangement aanvragen. Het ondersteuningsteam van de school (intern begeleider, ouders, "
                   "leerkracht, orthopedagoog van het samenwerkingsverband) stelt de aanvraag op. Voorbeelden zijn "
                   "een arrangement gedrag met ambulante begeleiding door een specialist van sbo De Vlonder, een "
                   "arrangement voor een kind met een ernstige taalontwikkelingsstoornis in afstemming met cluster 2, "
                   "of een arrangement voor een kind dat tijdelijk een aangepast rooster nodig heeft."))
    b.append(("h3", "3.3.3 Bovenschoolse voorzieningen"))
    b.append(("p", "Het samenwerkingsverband kent drie bovenschoolse voorzieningen: de Plusklas voor meer- en "
                   "hoogbegaafde kinderen (één dagdeel per week, twee locaties), de Taalklas voor nieuwkomers in "
                   "Bergeijkerveld (maximaal een jaar) en de Observatiegroep op De Vlonder, waar kinderen maximaal "
                   "twaalf weken kunnen verblijven om hun ondersteuningsbehoefte helder te krijgen. Daarna volgt het "
                   "speciaal (basis)onderwijs: sbo De Vlonder in onze regio en scholen voor so in Eindhoven, "
                   "Veldhoven en Weert."))
    b.append(("h2", "3.4 Dekkend aanbod en thuiszitters"))
    b.append(("p", "Een samenwerkingsverband moet zorgen voor een dekkend aanbod, zodat voor ieder kind een passende "
                   "plek is. We hebben de indruk dat ons aanbod redelijk dekkend is, maar we weten het niet zeker. "
                   "In schooljaar 2025-2026 laten we daarom een analyse uitvoeren van de witte vlekken in ons aanbod. "
                   "De aanpak van thuiszitters en van kinderen die (nog) geen passende plek hebben, werken we in "
                   "dezelfde periode samen met de leerplichtambtenaren en de gemeenten uit in een convenant. Tot die "
                   "tijd gelden de afspraken die de gemeenten daarover hebben gemaakt. De uitkomsten worden als "
                   "voortgangsparagraaf aan dit plan toegevoegd (zie bijlage 5, in voorbereiding)."))
    b.append(("h1", "4 Toelaatbaarheid tot sbo en so"))
    b.append(("h2", "4.1 Aanvraag"))
    b.append(("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal basisonderwijs "
                   "of het speciaal onderwijs. De aanvraag voor een toelaatbaarheidsverklaring (TLV) wordt ingediend "
                   "door het schoolbestuur van de school waar het kind is ingeschreven of aangemeld. In de praktijk "
                   "doet de intern begeleider dat namens het bestuur. De procedure kent vijf stappen:"))
    b.append(("ul", [
        "Stap 1. Het ondersteuningsteam van de school bespreekt het kind en concludeert, samen met ouders, dat "
        "plaatsing in sbo of so nodig lijkt. De school meldt dit bij het bureau.",
        "Stap 2. De school stuurt het groeidocument, het ontwikkelingsperspectief, het onderwijskundig rapport en "
        "de zienswijze van de ouders via de beveiligde omgeving naar het bureau.",
        "Stap 3. Twee deskundigen geven elk afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog "
        "van het samenwerkingsverband en, afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een "
        "maatschappelijk werker of kinderarts). Geen van beiden was eerder bij de aanvraag betrokken.",
        "Stap 4. De Commissie van Toelaatbaarheid (voorzitter: de directeur; leden: twee orthopedagogen) neemt "
        "binnen zes weken na ontvangst van een volledige aanvraag een besluit.",
        "Stap 5. Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de adviezen. De "
        "ontvangende school beslist vervolgens over de inschrijving.",
    ]))
    b.append(("p", "In spoedsituaties, bijvoorbeeld na een ernstig incident op school, kan de commissie binnen "
                   "vijf werkdagen een tijdelijke TLV afgeven voor maximaal drie maanden."))
    b.append(("h2", "4.2 Criteria"))
    b.append(("p", "De Commissie van Toelaatbaarheid beoordeelt de aanvraag aan de hand van het Beoordelingskader "
                   "toelaatbaarheid. Dit kader is opgenomen als bijlage 3 bij dit plan en wordt in de loop van 2025 "
                   "geactualiseerd in overleg met de scholen voor speciaal (basis)onderwijs in de regio."))
    b.append(("h2", "4.3 Duur en bekostigingscategorie"))
    b.append(("p", "Een TLV voor het speciaal basisonderwijs wordt in de regel afgegeven tot het einde van de "
                   "basisschoolperiode. Een TLV voor het speciaal onderwijs heeft een looptijd van twee schooljaren "
                   "en eindigt op 31 juli. Voor het so stelt de commissie ook de bekostigingscategorie vast: laag, "
                   "midden of hoog, afhankelijk van de ondersteuningsbehoefte van het kind en op advies van de "
                   "ontvangende so-school."))
    b.append(("h2", "4.4 Bezwaar"))
    b.append(("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
                   "toelaatbaarheid. De Kempenrand is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen (LBT). De commissie brengt advies uit, waarna het samenwerkingsverband "
                   "opnieuw beslist."))
    b.append(("h2", "4.5 Na de TLV: terug naar de basisschool of verlengen"))
    b.append(("p", "Een plek in het speciaal (basis)onderwijs is voor ons geen eindstation. Het uitgangspunt is dat "
                   "een kind teruggaat naar een basisschool, bij voorkeur dicht bij huis, zodra dat verantwoord kan. "
                   "Voorwaarde is dat het kind zich in het sbo of so zo heeft ontwikkeld dat een reguliere school, "
                   "eventueel met een arrangement, kan bieden wat het nodig heeft, en dat ouders achter de overstap "
                   "staan."))
    b.append(("p", "De sbo- of so-school bespreekt elk jaar bij de evaluatie van het ontwikkelingsperspectief met de "
                   "ouders of terugplaatsing aan de orde is. In het laatste jaar van de TLV doet de school dat uiterlijk "
                   "op 1 maart. Adviseert de school terugplaatsing, dan meldt zij dit bij het bureau. De orthopedagoog "
                   "van het samenwerkingsverband zoekt samen met ouders een passende basisschool en organiseert een "
                   "overdrachtsgesprek. Is verder speciaal onderwijs nodig, dan vraagt de so-school vóór 1 april een "
                   "nieuwe TLV aan; de Commissie van Toelaatbaarheid beslist daarover op dezelfde manier als in 4.1."))
    b.append(("p", "Na de terugplaatsing krijgt de ontvangende basisschool een terugplaatsingsarrangement: gedurende "
                   "een half jaar twee uur per week begeleiding door een specialist van de school van herkomst en "
                   "een budget van € 2.500 voor extra inzet in de klas. Na drie maanden volgt een evaluatiegesprek "
                   "met ouders, de ontvangende school en de orthopedagoog."))
    b.append(("h1", "5 Geld en middelen"))
    b.append(("h2", "5.1 Inkomsten"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
                   "Daarvan gaat eerst een deel rechtstreeks, via DUO, naar de scholen voor speciaal onderwijs "
                   "(afdrachten). Voor het sbo draagt het samenwerkingsverband af op basis van het aantal leerlingen "
                   "op de teldatum. Wat overblijft, is vrij besteedbaar voor het samenwerkingsverband."))
    b.append(("h2", "5.2 Verdeling over de besturen"))
    b.append(("p", "De besturen hebben gekozen voor een schoolmodel: zoveel mogelijk geld gaat naar de scholen. De "
                   "verdeling gaat als volgt:"))
    b.append(("ul", [
        "Schoolbudget: € 165 per leerling op basis van de teldatum 1 oktober van het voorafgaande jaar, plus een "
        "vaste voet van € 6.000 per school. Het bestuur ontvangt het budget in twaalf maandelijkse termijnen.",
        "Arrangementen: een centraal budget waaruit de Commissie van Toelaatbaarheid arrangementen toekent op "
        "aanvraag van de school; het bedrag per arrangement hangt af van de duur en de inzet (gemiddeld € 4.800).",
        "Bovenschoolse voorzieningen: vaste bijdrage aan de Plusklas, de Taalklas en de Observatiegroep.",
        "Bureau en commissie: maximaal 9 procent van de totale baten.",
    ]))
    b.append(("p", "Besturen verantwoorden jaarlijks in een korte rapportage hoe het schoolbudget is ingezet. Wordt "
                   "het budget twee jaar achter elkaar voor minder dan 80 procent aan ondersteuning besteed, dan "
                   "bespreekt de ALV een korting op het budget voor het volgende jaar."))
    b.append(("h2", "5.3 Meerjarenbegroting"))
    b.append(("p", "De meerjarenbegroting is gebaseerd op een daling van het leerlingaantal met ongeveer 1,5 procent "
                   "per jaar. Bedragen x € 1.000."))
    b.append(("table", [
        ["Post", "2025", "2026", "2027", "2028"],
        ["Baten rijksbijdrage ondersteuning", "2.985", "2.941", "2.898", "2.855"],
        ["Afdrachten so (DUO)", "-610", "-600", "-595", "-590"],
        ["Afdracht sbo De Vlonder", "-830", "-815", "-800", "-790"],
        ["Schoolbudgetten besturen", "-785", "-775", "-765", "-752"],
        ["Arrangementen en terugplaatsing", "-330", "-330", "-325", "-320"],
        ["Bovenschoolse voorzieningen", "-165", "-165", "-160", "-160"],
        ["Bureau, commissie, huisvesting", "-265", "-260", "-258", "-255"],
        ["Resultaat", "0", "-4", "-5", "-12"],
    ]))
    b.append(("h2", "5.4 Reserves"))
    b.append(("p", "De algemene reserve bedroeg op 31 december 2024 € 412.000. De besturen hebben afgesproken dat de "
                   "reserve niet hoger wordt dan 5 procent van de baten plus een buffer voor risico's. Het bedrag "
                   "boven die grens is in 2023 en 2024 via een eenmalige extra bijdrage aan de schoolbudgetten "
                   "teruggegeven."))
    b.append(("h1", "6 Communicatie"))
    b.append(("h2", "6.1 Algemeen"))
    b.append(("p", "Het samenwerkingsverband communiceert open en begrijpelijk. Voor scholen is er een digitale "
                   "nieuwsbrief (vijf keer per jaar) en een besloten deel van de website met formulieren. Besturen en "
                   "directeuren worden geïnformeerd via het directeurenoverleg. Met de gemeenten is er elk kwartaal "
                   "een ambtelijk overleg."))
    b.append(("h2", "6.2 Informatie aan ouders"))
    b.append(("p", "Ouders horen in de eerste plaats van de school wat de school aan ondersteuning biedt: in de "
                   "schoolgids en het schoolondersteuningsprofiel, en in de gesprekken met de leerkracht en de intern "
                   "begeleider. Het samenwerkingsverband zorgt daarnaast voor een ouderfolder 'Passend onderwijs in de "
                   "Kempenrand', die op alle scholen ligt en bij het aanmeldgesprek wordt meegegeven. Op de website "
                   "staat een ouderpagina met de twaalf afspraken over de basisondersteuning, de arrangementen en de "
                   "weg naar het sbo en so. Twee keer per jaar organiseren we een informatieavond voor ouders, "
                   "afwisselend in het noorden en het zuiden van de regio. Ouders kunnen het bureau ook bellen voor "
                   "uitleg over een arrangement of een TLV."))
    b.append(("h2", "6.3 Onafhankelijke ondersteuning voor ouders"))
    b.append(("p", "Soms lopen ouders vast of zijn ze het niet eens met de school of het samenwerkingsverband. Zij "
                   "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Kempen, dat het samenwerkingsverband samen "
                   "met het samenwerkingsverband VO financiert, maar dat onafhankelijk werkt. De medewerkers "
                   "denken mee, gaan desgewenst mee naar een gesprek op school en verwijzen door. Ouders kunnen ook "
                   "terecht bij de Onderwijsconsulenten (landelijk, gratis) en bij Ouders & Onderwijs. Voor geschillen "
                   "over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie "
                   "passend onderwijs; klachten over het samenwerkingsverband vallen onder de klachtenregeling op de "
                   "website."))
    b.append(("h2", "6.4 Ondersteuningsplanraad"))
    b.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit zes leden: drie ouders en drie personeelsleden, "
                   "afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het "
                   "ondersteuningsplan en vergadert vier keer per jaar, waarvan eenmaal met de directeur en de "
                   "voorzitter van de ALV."))
    b.append(("h1", "7 Kwaliteit en resultaten"))
    b.append(("p", "Kwaliteitszorg is voor een klein samenwerkingsverband geen doel op zich. Het kwaliteitskader van "
                   "De Kempenrand, waarin we vastleggen welke resultaten we met passend onderwijs willen bereiken en "
                   "hoe we die volgen, stellen we op in het eerste jaar van deze planperiode. Dat doen we samen met de "
                   "besturen en de ondersteuningsplanraad. Tot die tijd rapporteren we in het jaarverslag over de "
                   "uitvoering van de activiteiten uit de planning in hoofdstuk 9."))
    b.append(("h1", "8 Organisatie"))
    b.append(("h2", "8.1 Bestuur en toezicht"))
    b.extend(filler_governance(swv, "zes", "alv"))
    b.append(("h2", "8.2 Personeel"))
    b.extend(filler_personeel(swv, "4,6", "een directeur, twee orthopedagogen"))
    b.append(("h2", "8.3 Privacy en ICT"))
    b.extend(filler_privacy(swv))
    b.append(("h2", "8.4 Samenwerking met gemeenten"))
    b.append(("p", "Met de vier gemeenten werken we samen aan de aansluiting tussen onderwijs en jeugdhulp. Op elke "
                   "school is een jeugdprofessional van het lokale team op vaste momenten aanwezig. Voor kinderen die "
                   "naast onderwijs ook zorg nodig hebben, maken school, ouders en het lokale team samen een "
                   "onderwijs-zorgarrangement, waarbij de gemeente de zorgkant en het samenwerkingsverband de "
                   "onderwijskant betaalt. Leerlingenvervoer en onderwijshuisvesting blijven verantwoordelijkheden "
                   "van de gemeenten; we stemmen wel af over de gevolgen van onze keuzes."))
    b.append(("h1", "9 Planning 2025-2029"))
    b.append(("table", [
        ["Schooljaar", "Activiteit", "Wie"],
        ["2025-2026", "Analyse witte vlekken dekkend aanbod", "Bureau, extern bureau"],
        ["2025-2026", "Convenant thuiszitters met vier gemeenten", "Directeur, leerplicht"],
        ["2025-2026", "Kwaliteitskader en beoogde resultaten vaststellen", "Bureau, ALV, OPR"],
        ["2025-2026", "Actualisering beoordelingskader toelaatbaarheid", "Commissie van Toelaatbaarheid"],
        ["2026-2027", "Vervanging digitale omgeving", "Werkgroep ICT"],
        ["2026-2027", "Tussentijdse bespreking plan met OPR", "Directeur, OPR"],
        ["2027-2028", "Herziening verdeelmodel bij dalend leerlingaantal", "ALV"],
        ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033", "Alle geledingen"],
    ]))
    b.append(("h1", "Bijlage 1 Begrippenlijst"))
    b.append(("table", [
        ["Begrip", "Betekenis"],
        ["Arrangement", "Afspraak over extra ondersteuning voor een kind, met inzet en middelen van het samenwerkingsverband."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband met passend onderwijs wil bereiken."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor ieder kind een passende plek is."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke steun voor ouders en jeugdigen."],
        ["Terugplaatsing", "Overstap van een kind van het sbo of so naar het regulier basisonderwijs."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een kind toelaatbaar is tot sbo of so."],
        ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te vinden."],
    ]))
    return b


# ---------------------------------------------------------------------------
# Plan 2: large VO verband, chapter numbering only, Q&A for parents (.docx + .pdf)
# ---------------------------------------------------------------------------

def plan_delta_rijnmond():
    swv = "Samenwerkingsverband VO Delta-Rijnmond"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029: Samen sterk in de Delta",
                        "Samenwerkingsverband Voortgezet Onderwijs Delta-Rijnmond (VO 28-04)",
                        "Definitieve versie, vastgesteld door de Raad van Toezicht op 17 april 2025"]))
    b.append(("toc", [
        "Voorwoord",
        "1 Onze regio in cijfers",
        "2 Visie en ambities",
        "3 Het ondersteuningsaanbod: van basisondersteuning tot vso",
        "4 Dekkend netwerk en thuiszitters",
        "5 Toewijzing en toelaatbaarheid (vso, pro, lwoo) en terugplaatsing",
        "6 Ouders en leerlingen",
        "7 Resultaten en kwaliteitszorg",
        "8 Financieel beleid en meerjarenbegroting",
        "9 Samenwerking met gemeenten en jeugdhulp",
        "10 Organisatie, personeel en privacy",
        "11 Planning",
        "Bijlage A Afkortingen",
    ]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Samen sterk in de Delta: dat is de titel van ons nieuwe ondersteuningsplan, en tegelijk de opdracht "
                   "die we onszelf geven. Veertien schoolbesturen met 52 vestigingen voor voortgezet onderwijs, van "
                   "praktijkonderwijs tot gymnasium en van kleine streekschool tot grootstedelijke scholengemeenschap, "
                   "werken in dit samenwerkingsverband samen. Dat vraagt om heldere afspraken, maar ook om vertrouwen."))
    b.append(("p", "De afgelopen vier jaar hebben we veel bereikt. Het aantal thuiszitters is gedaald, het OPDC heeft "
                   "een nieuw gebouw gekregen en het aantal leerlingen dat vanuit het vso terugkeert naar het regulier "
                   "onderwijs is gestegen. Tegelijk zijn de uitdagingen groot: personeelstekorten, toenemende "
                   "complexiteit van de vragen van jongeren, en een jeugdhulpsysteem dat onder druk staat. In dit plan "
                   "maken we keuzes voor de komende vier jaar. Het plan is tot stand gekomen na gesprekken met "
                   "schoolleiders, ondersteuningscoördinatoren, leerlingen, ouders, de ondersteuningsplanraad en de "
                   "gemeenten. De OPR stemde in op 3 april 2025; het OOGO met de zeven gemeenten is op 13 maart 2025 "
                   "afgerond."))
    b.append(("p", "Drs. H.A. (Hanneke) Verbeek, directeur-bestuurder"))
    b.append(("h1", "1 Onze regio in cijfers"))
    b.append(("p", "Het samenwerkingsverband omvat zeven gemeenten in het zuidelijk deel van de regio Rijnmond. Op "
                   "1 oktober 2024 telden de aangesloten scholen 31.420 leerlingen. De verwachting is dat het aantal "
                   "leerlingen tot 2029 ongeveer gelijk blijft, met een lichte daling in de kleinere gemeenten en een "
                   "groei in de stad door nieuwbouwwijken."))
    b.append(("table", [
        ["Kengetal (peildatum 1 oktober)", "2021", "2022", "2023", "2024", "Landelijk 2024"],
        ["Leerlingen regulier vo", "29.870", "30.110", "30.450", "30.190", "-"],
        ["Leerlingen vso (uit ons SWV)", "1.012", "1.036", "1.041", "1.028", "-"],
        ["Deelnamepercentage vso", "3,28%", "3,33%", "3,31%", "3,29%", "3,52%"],
        ["Leerlingen praktijkonderwijs", "1.104", "1.098", "1.121", "1.134", "-"],
        ["Leerlingen met lwoo", "3.610", "3.560", "3.502", "3.480", "-"],
        ["Thuiszitters (> 4 weken)", "41", "36", "33", "27", "-"],
        ["Terugplaatsingen vso naar vo", "18", "21", "24", "29", "-"],
    ]))
    b.append(("h1", "2 Visie en ambities"))
    b.append(("p", "Iedere jongere in onze regio verdient een plek in het onderwijs waar hij of zij zich kan "
                   "ontwikkelen tot een zelfstandige en betrokken volwassene. Dat is onze missie. Wij geloven in "
                   "inclusief onderwijs waar het kan, en gespecialiseerd onderwijs waar het moet. We kijken naar "
                   "mogelijkheden, niet naar beperkingen, en we nemen jongeren serieus: zij hebben een stem in hun "
                   "eigen ondersteuning."))
    b.append(("p", "Voor de planperiode formuleren we vier ambities. Eén: iedere jongere zit op school, niemand staat "
                   "langer dan vier weken aan de kant. Twee: de ondersteuning is dichtbij, in de klas en in de school. "
                   "Drie: overgangen (PO-VO, tussen scholen, naar mbo en arbeid) verlopen zonder onnodige breuk. Vier: "
                   "we zijn transparant over wat we doen, wat het kost en wat het oplevert. Hoe we deze ambities "
                   "meetbaar maken, leest u in hoofdstuk 7."))
    b.append(("h1", "3 Het ondersteuningsaanbod: van basisondersteuning tot vso"))
    b.append(("h2", "Ondersteuningsroute"))
    b.append(("p", "Het aanbod in de Delta is opgebouwd als een route met vier treden. De eerste trede is de "
                   "basisondersteuning op iedere school. De tweede trede is extra ondersteuning binnen de school, "
                   "betaald uit het budget lichte ondersteuning dat de besturen van het samenwerkingsverband ontvangen. "
                   "De derde trede zijn de bovenschoolse arrangementen: het OPDC, de reboundvoorziening en de "
                   "tijdelijke trajectplaatsen. De vierde trede is het voortgezet speciaal onderwijs. Praktijkonderwijs "
                   "en leerwegondersteunend onderwijs zijn onderwijsvormen met eigen toelatingsregels (hoofdstuk 5). "
                   "Een jongere kan op iedere trede instappen en ook weer terugstappen; de ondersteuningscoördinator "
                   "van de school is de spil."))
    b.append(("h2", "Basisondersteuning"))
    b.append(("p", "Basisondersteuning is het niveau van ondersteuning dat alle veertien besturen met elkaar hebben "
                   "afgesproken en dat iedere vestiging in het samenwerkingsverband biedt, ongeacht onderwijstype of "
                   "denominatie. Het is de ondergrens: geen school mag daaronder zitten, en een school die een leerling "
                   "aanneemt, kan zich niet op een lager niveau beroepen. Het afgesproken niveau geldt ook voor het "
                   "praktijkonderwijs en de vestigingen met alleen havo/vwo."))
    b.append(("p", "De concrete standaarden van de basisondersteuning zijn uitgewerkt in de Kwaliteitskaart "
                   "Basisondersteuning VO Delta-Rijnmond. De kwaliteitskaart wordt jaarlijks door de werkgroep "
                   "ondersteuningscoördinatoren geactualiseerd en is te raadplegen op de website van het "
                   "samenwerkingsverband. In het schoolondersteuningsprofiel (vanaf 2026: de schoolgids) beschrijft "
                   "iedere school hoe zij de kwaliteitskaart toepast."))
    b.append(("h2", "Extra ondersteuning in de school"))
    b.append(("p", "De besturen ontvangen een budget lichte ondersteuning (zie hoofdstuk 8). Daarmee bekostigen zij "
                   "de extra ondersteuning in de scholen. Het aanbod verschilt per school en staat in het "
                   "schoolondersteuningsprofiel. Voorbeelden zijn de ondersteuningsklassen voor leerlingen met "
                   "autisme op drie vestigingen, de schakelklas voor leerlingen met een taalachterstand op het "
                   "Zuiderpark College, de Trajectvoorziening Delta (een plek buiten de klas waar leerlingen tijdelijk "
                   "op een eigen programma werken) op elf vestigingen, en begeleiding door een jeugdarts of "
                   "jeugdverpleegkundige bij ziekteverzuim."))
    b.append(("h2", "Bovenschoolse arrangementen"))
    b.append(("p", "Het samenwerkingsverband heeft drie bovenschoolse voorzieningen. Het OPDC De Brug (120 plaatsen) "
                   "biedt onderwijs aan vmbo-leerlingen die op een reguliere school (nog) niet tot hun recht komen, "
                   "voor maximaal twee jaar, met als doel terugkeer naar een reguliere school of doorstroom naar mbo. "
                   "De reboundvoorziening Kompas (24 plaatsen) is voor leerlingen van alle niveaus die door "
                   "gedragsproblemen tijdelijk niet op school kunnen zijn, voor maximaal zestien weken. Het "
                   "Onderwijs-Zorgarrangement Schakel (12 plaatsen) combineert onderwijs en jeugdhulp voor jongeren "
                   "die (nog) niet volledig naar school kunnen. Daarnaast subsidieert het samenwerkingsverband een "
                   "voltijds aanbod voor hoogbegaafde leerlingen in de onderbouw (HB-Delta, 40 plaatsen)."))
    b.append(("h2", "Voortgezet speciaal onderwijs"))
    b.append(("p", "In de regio staan vijf scholen voor vso: twee voor cluster 4 (gedrag en psychiatrie), twee voor "
                   "cluster 3 (langdurig zieke en lichamelijk gehandicapte leerlingen en zml) en één school voor "
                   "leerlingen met een meervoudige beperking. Zij werken met drie uitstroomprofielen: "
                   "vervolgonderwijs, arbeidsmarkt en dagbesteding. De vso-scholen zijn aangesloten bij het "
                   "samenwerkingsverband en nemen deel aan de netwerken van ondersteuningscoördinatoren."))
    b.append(("h1", "4 Dekkend netwerk en thuiszitters"))
    b.append(("p", "Een dekkend netwerk betekent dat er voor iedere jongere een passende plek is, en dat we snel zien "
                   "wanneer dat niet zo is. In 2024 hebben we met alle scholen en de gemeenten een analyse gemaakt van "
                   "het aanbod. Daaruit bleek dat er drie witte vlekken zijn: te weinig plaatsen voor leerlingen met "
                   "een combinatie van autisme en hoge intelligentie (havo/vwo), geen passend aanbod voor jongeren met "
                   "ernstige angstproblematiek die langdurig thuis zitten, en wachttijden van gemiddeld elf weken voor "
                   "het OZA Schakel."))
    b.append(("p", "Voor elk van deze vlekken hebben we een actie vastgelegd. Per 1 augustus 2026 opent op het "
                   "Erasmus Lyceum een havo/vwo-ondersteuningsklas met 15 plaatsen. Samen met twee gemeenten start in "
                   "2025 een pilot 'Thuis leren, terug naar school' voor leerlingen met angstproblematiek, met "
                   "afstandsonderwijs en een geleidelijke terugkeer. Het OZA Schakel breidt in 2026 uit met 6 plaatsen; "
                   "het samenwerkingsverband en de gemeente betalen elk de helft van de extra kosten."))
    b.append(("p", "Iedere school meldt een leerling die langer dan vier weken niet naar school gaat bij het "
                   "Thuiszittersoverleg, waarin het samenwerkingsverband, leerplicht en het wijkteam maandelijks "
                   "samenkomen. Voor iedere thuiszitter wordt binnen twee weken een plan opgesteld met een "
                   "verantwoordelijke casusregisseur. Lukt het niet om binnen drie maanden een passende plek te vinden, "
                   "dan gebruikt de directeur-bestuurder de doorzettingsmacht die de besturen haar hebben gegeven: zij "
                   "kan een school of voorziening aanwijzen die de leerling tijdelijk opneemt. Het samenwerkingsverband "
                   "rapporteert drie keer per jaar over het aantal thuiszitters aan leerplicht en de gemeenten."))
    b.append(("h1", "5 Toewijzing en toelaatbaarheid (vso, pro, lwoo) en terugplaatsing"))
    b.append(("h2", "Het Loket"))
    b.append(("p", "Alle aanvragen voor een toelaatbaarheidsverklaring vso, een toelaatbaarheidsverklaring "
                   "praktijkonderwijs, een aanwijzing leerwegondersteunend onderwijs en een plaatsing in een "
                   "bovenschoolse voorziening komen binnen bij het Loket van het samenwerkingsverband. Het Loket "
                   "controleert binnen vijf werkdagen of het dossier compleet is. De Commissie Toewijzing beslist "
                   "namens de directeur-bestuurder."))
    b.append(("h2", "Toelaatbaarheid vso"))
    b.append(("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, voor leerlingen uit het "
                   "po, de vso-school waar de leerling is aangemeld) vraagt de TLV aan. Het dossier bevat het "
                   "ontwikkelingsperspectief met de geboden ondersteuning en de evaluatie daarvan, het verslag van het "
                   "multidisciplinair overleg en de zienswijze van ouders en leerling. Een orthopedagoog of psycholoog "
                   "van het samenwerkingsverband en een tweede deskundige (afhankelijk van de vraag een "
                   "jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater) adviseren elk afzonderlijk. De "
                   "Commissie Toewijzing beslist binnen zes weken na ontvangst van het complete dossier; die termijn "
                   "kan eenmaal met vier weken worden verlengd."))
    b.append(("p", "De commissie hanteert de volgende criteria. Een leerling is toelaatbaar tot het vso als aan alle "
                   "drie de voorwaarden is voldaan:"))
    b.append(("table", [
        ["Criterium", "Toelichting"],
        ["1. Ondersteuningsbehoefte overstijgt regulier", "De ondersteuningsbehoefte is zo intensief of specialistisch "
         "dat deze niet binnen het regulier vo (ook niet met een bovenschools arrangement) kan worden geboden."],
        ["2. Handelingsgericht traject doorlopen", "De school heeft ten minste zes maanden aantoonbaar "
         "basisondersteuning en extra ondersteuning geboden en geëvalueerd, behalve bij leerlingen die vanuit het so "
         "of uit een behandelsetting komen."],
        ["3. Vso biedt perspectief", "Het vso kan de leerling een passend uitstroomperspectief bieden dat in het "
         "regulier onderwijs niet haalbaar is."],
    ]))
    b.append(("p", "De TLV geldt voor één, twee of drie schooljaren, afhankelijk van het perspectief, en eindigt "
                   "altijd op 31 juli. De commissie stelt ook de bekostigingscategorie vast (laag, midden of hoog)."))
    b.append(("h2", "Praktijkonderwijs en lwoo"))
    b.append(("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
                   "leerachterstand van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of "
                   "inzichtelijk rekenen. Voor leerwegondersteunend onderwijs volgt Delta-Rijnmond eveneens de "
                   "landelijke criteria (geen opting out): een leerachterstand van anderhalf tot drie jaar op twee of "
                   "meer domeinen in combinatie met een IQ tussen 75 en 90, of met sociaal-emotionele problematiek. "
                   "De po-school levert de gegevens uiterlijk 1 februari van groep 8 aan via de overstapservice; de "
                   "vo-school vraagt de aanwijzing of TLV aan vóór 1 april, en de Commissie Toewijzing beslist "
                   "vóór 15 mei, zodat de leerling op 1 augustus kan starten. Een aanwijzing lwoo geldt voor de "
                   "gehele schoolloopbaan in het vmbo; een TLV praktijkonderwijs voor de gehele opleiding."))
    b.append(("h2", "Terugplaatsing en overplaatsing"))
    b.append(("p", "In het laatste schooljaar van de TLV bespreekt de vso-school uiterlijk 1 februari, in het "
                   "gesprek over het ontwikkelingsperspectief, met ouders en leerling of terugkeer naar het "
                   "regulier vo mogelijk is. Adviseert de vso-school terugplaatsing, dan meldt zij de leerling vóór "
                   "1 maart bij het Loket. Een trajectbegeleider van het samenwerkingsverband zoekt met ouders en "
                   "leerling binnen zes weken een passende vo-school en organiseert een driegesprek met de "
                   "ontvangende school. De ontvangende school beslist over de inschrijving en de TLV eindigt op "
                   "31 juli. Is terugplaatsing niet aan de orde, dan vraagt de vso-school een nieuwe TLV aan."))
    b.append(("p", "Het beleidskader terug- en overplaatsing uit de vorige planperiode is verlopen. Een herijkt "
                   "kader, met de doelen, de voorwaarden en de afspraken over begeleiding na de overstap, stellen we "
                   "in schooljaar 2025-2026 samen met de vso-scholen op. Het wordt na instemming van de OPR als "
                   "voortgangsparagraaf aan dit plan toegevoegd."))
    b.append(("h1", "6 Ouders en leerlingen"))
    b.append(("h2", "Ouders als partner"))
    b.append(("p", "Ouders kennen hun kind het best. We willen dat ouders vanaf het begin betrokken zijn bij gesprekken "
                   "over ondersteuning: bij het opstellen van het ontwikkelingsperspectief, in het multidisciplinair "
                   "overleg en bij een aanvraag bij het Loket. Leerlingen hebben sinds de wetswijziging hoorrecht: zij "
                   "mogen hun mening geven over hun ontwikkelingsperspectief, en de school legt die mening vast."))
    b.append(("h2", "Hoe informeren we ouders?"))
    b.append(("p", "Ouders van leerlingen in groep 8 krijgen in oktober via de basisscholen de brochure 'Naar het vo "
                   "in de Delta', waarin staat welke ondersteuning iedere vo-school biedt, hoe lwoo en "
                   "praktijkonderwijs werken en wat het OPDC en het vso zijn. Op de website staat een "
                   "ouderpagina met uitleg over de ondersteuningsroute, filmpjes van ouders en leerlingen, en een "
                   "zoekfunctie waarmee ouders per school het schoolondersteuningsprofiel kunnen vinden. Iedere "
                   "vo-school neemt in de schoolgids een vaste paragraaf over passend onderwijs op, met de "
                   "contactgegevens van de ondersteuningscoördinator. Twee keer per jaar organiseren we een "
                   "ouderavond over een thema, bijvoorbeeld de overstap naar het mbo of schoolangst. Informatie is "
                   "beschikbaar in het Nederlands, Engels, Turks, Arabisch en Pools."))
    b.append(("h2", "Ouder- en jeugdsteunpunt"))
    b.append(("p", "De wet verplicht samenwerkingsverbanden een ouder- en jeugdsteunpunt in te richten. Delta-Rijnmond "
                   "wil dat samen doen met de drie samenwerkingsverbanden primair onderwijs in de regio. Over de "
                   "vorm, de locatie en de financiering wordt in schooljaar 2025-2026 een besluit genomen; we "
                   "verwachten dat het steunpunt op 1 augustus 2026 van start gaat."))
    b.append(("h2", "Veelgestelde vragen van ouders"))
    b.append(("qa", "Mijn kind heeft dyslexie. Moet ik dat bij de aanmelding vertellen?",
              "Ja, graag. De school kan dan vanaf de eerste dag rekening houden met uw kind. Neem de dyslexieverklaring "
              "mee naar het aanmeldgesprek. De school bespreekt met u welke hulpmiddelen nodig zijn."))
    b.append(("qa", "Wat is het verschil tussen lwoo en praktijkonderwijs?",
              "Lwoo is extra ondersteuning binnen het vmbo, bijvoorbeeld in kleinere klassen. Praktijkonderwijs is een "
              "eigen schoolsoort voor leerlingen die beter leren door te doen en die niet een vmbo-diploma zullen "
              "halen. Voor beide gelden landelijke regels; zie hoofdstuk 5."))
    b.append(("qa", "Ik ben het niet eens met de school. Wat kan ik doen?",
              "Ga eerst in gesprek met de mentor. Komt u er samen niet uit, vraag dan een gesprek aan met de "
              "ondersteuningscoördinator of de teamleider. Helpt dat niet, dan kunt u contact opnemen met de "
              "schoolleiding. Het samenwerkingsverband kan op verzoek van de school meedenken."))
    b.append(("qa", "Mag mijn kind meepraten over zijn eigen ondersteuning?",
              "Ja. Uw kind heeft hoorrecht bij het ontwikkelingsperspectief en wordt uitgenodigd voor het gesprek "
              "daarover. Vanaf 16 jaar tekent uw kind ook zelf voor het ontwikkelingsperspectief."))
    b.append(("qa", "Hoe lang duurt het voordat er een besluit is over het vso?",
              "De Commissie Toewijzing beslist binnen zes weken nadat het dossier compleet is. Het Loket laat u weten "
              "wanneer dat het geval is."))
    b.append(("h1", "7 Resultaten en kwaliteitszorg"))
    b.append(("h2", "Beoogde resultaten"))
    b.append(("p", "Bij elk van de vier ambities uit hoofdstuk 2 hebben we meetbare doelen geformuleerd voor leerlingen "
                   "die extra ondersteuning nodig hebben. De nulmeting is de stand op 1 oktober 2024."))
    b.append(("table", [
        ["Ambitie", "Indicator", "Nulmeting 2024", "Streefwaarde 2027", "Streefwaarde 2029"],
        ["Iedereen op school", "Thuiszitters langer dan 4 weken", "27", "20", "15"],
        ["Iedereen op school", "Vrijstellingen 5a (nieuw per jaar)", "38", "32", "28"],
        ["Ondersteuning dichtbij", "Deelnamepercentage vso", "3,29%", "3,20%", "3,10%"],
        ["Ondersteuning dichtbij", "Terugplaatsingen vso naar vo per jaar", "29", "32", "35"],
        ["Soepele overgangen", "OPDC-leerlingen met vervolgplek binnen 2 jaar", "81%", "85%", "90%"],
        ["Soepele overgangen", "Vso-leerlingen uitstroomprofiel vervolgonderwijs met diploma", "64%", "68%", "70%"],
        ["Transparant", "Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,2", "7,5"],
    ]))
    b.append(("h2", "Hoe volgen we de resultaten?"))
    b.append(("p", "We werken volgens een vaste kwaliteitscyclus. Het bureau verzamelt de indicatoren uit eigen "
                   "registratie, de leerlingtellingen van DUO en de gegevens van leerplicht. Drie keer per jaar "
                   "ontvangen de Raad van Toezicht en de schoolleiders een kwartaalrapportage met de stand van zaken; "
                   "bij een afwijking van meer dan 10 procent van de streefwaarde analyseert het bureau de oorzaak en "
                   "stelt een verbeteractie voor. Eens per twee jaar houden we een tevredenheidspeiling onder ouders, "
                   "leerlingen en scholen. In het jaarverslag, dat uiterlijk 1 juli verschijnt, rapporteren we de "
                   "bereikte resultaten per indicator en de kosten van de belangrijkste voorzieningen. Halverwege de "
                   "planperiode, in het voorjaar van 2027, voeren we een externe evaluatie uit."))
    b.append(("h1", "8 Financieel beleid en meerjarenbegroting"))
    b.append(("h2", "Uitgangspunten"))
    b.append(("p", "Het geld volgt de ondersteuning. Middelen worden zo dicht mogelijk bij de leerling ingezet. Het "
                   "samenwerkingsverband houdt een beperkte reserve aan en stuurt op een sluitende meerjarenbegroting."))
    b.append(("h2", "Verdeelmodel"))
    b.append(("p", "Na de verplichte afdrachten aan DUO voor het vso en het praktijkonderwijs en lwoo verdeelt het "
                   "samenwerkingsverband de overige middelen volgens een vast model dat de Raad van Toezicht op "
                   "voorstel van de directeur-bestuurder vaststelt na advies van de schoolbesturen:"))
    b.append(("ul", [
        "Budget lichte ondersteuning: € 118 per leerling (teldatum 1 oktober t-1) naar het schoolbestuur, plus een "
        "vaste voet van € 15.000 per vestiging.",
        "Bovenschoolse voorzieningen: het OPDC ontvangt € 11.200 per bezette plaats, Kompas € 9.500 per plaats, "
        "OZA Schakel € 14.000 per plaats (onderwijsdeel).",
        "Maatwerkarrangementen: een centraal budget van € 450.000 per jaar, waaruit de Commissie Toewijzing "
        "individuele arrangementen toekent op basis van een aanvraag met ontwikkelingsperspectief.",
        "Organisatiekosten: maximaal 6 procent van de baten.",
    ]))
    b.append(("h2", "Meerjarenbegroting"))
    b.append(("table", [
        ["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
        ["Baten lichte en zware ondersteuning", "28.640", "28.700", "28.650", "28.590"],
        ["Afdrachten vso (DUO)", "-14.820", "-14.900", "-14.950", "-14.980"],
        ["Afdrachten pro en lwoo", "-6.410", "-6.380", "-6.350", "-6.320"],
        ["Budget lichte ondersteuning besturen", "-4.490", "-4.490", "-4.480", "-4.470"],
        ["OPDC, Kompas, OZA Schakel, HB-Delta", "-1.910", "-2.030", "-2.030", "-2.030"],
        ["Maatwerkarrangementen", "-450", "-450", "-450", "-450"],
        ["Thuiszitterspilot en ondersteuningsklas havo/vwo", "-120", "-260", "-260", "-240"],
        ["Bureau en organisatie", "-1.640", "-1.660", "-1.690", "-1.710"],
        ["Saldo", "-1.200", "-1.470", "-1.560", "-1.610"],
    ]))
    b.append(("p", "De negatieve saldi zijn een bewuste keuze: we bouwen de reserve, die eind 2024 € 7,9 miljoen "
                   "bedroeg, in vier jaar af tot het niveau van de signaleringswaarde. De besturen verantwoorden de "
                   "inzet van het budget lichte ondersteuning jaarlijks via een format per vestiging."))
    b.append(("h1", "9 Samenwerking met gemeenten en jeugdhulp"))
    b.append(("p", "Met de zeven gemeenten is in het OOGO een gezamenlijke agenda opgesteld met vijf thema's: "
                   "thuiszitters en verzuim, onderwijs-zorgarrangementen, jeugdhulp in en om de school, de overgang "
                   "naar werk voor jongeren uit pro en vso, en leerlingenvervoer. Elke vo-school heeft een vaste "
                   "schoolcontactpersoon van het wijkteam. Het samenwerkingsverband en de gemeenten financieren samen "
                   "het OZA Schakel. Het bestuurlijk overleg vindt twee keer per jaar plaats."))
    b.append(("h1", "10 Organisatie, personeel en privacy"))
    b.extend(filler_governance(swv, "veertien", "rvt"))
    b.extend(filler_personeel(swv, "21", "de directeur-bestuurder, zes orthopedagogen en psychologen, vier "
                                         "trajectbegeleiders, een Loketcoördinator"))
    b.extend(filler_privacy(swv))
    b.append(("h1", "11 Planning"))
    b.append(("ul", [
        "2025-2026: start pilot thuisonderwijs bij angstproblematiek; besluit over het ouder- en jeugdsteunpunt; "
        "herijking beleidskader terug- en overplaatsing.",
        "2026-2027: opening ondersteuningsklas havo/vwo; uitbreiding OZA Schakel; externe tussenevaluatie.",
        "2027-2028: herziening kwaliteitskaart basisondersteuning in het licht van de landelijke norm.",
        "2028-2029: eindevaluatie en voorbereiding nieuw ondersteuningsplan.",
    ]))
    b.append(("h1", "Bijlage A Afkortingen"))
    b.append(("table", [
        ["Afkorting", "Betekenis"],
        ["HB", "Hoogbegaafd(heid)"],
        ["lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren met vragen of onenigheid"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectief(plan)"],
        ["OPR", "Ondersteuningsplanraad"],
        ["OZA", "Onderwijs-zorgarrangement"],
        ["pro", "Praktijkonderwijs"],
        ["SOP", "Schoolondersteuningsprofiel, waarin de basisondersteuning staat"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["vso", "Voortgezet speciaal onderwijs"],
    ]))
    return b


# ---------------------------------------------------------------------------
# Plan 3: large PO verband, summary at the front, numbered paragraphs (.pdf only)
# ---------------------------------------------------------------------------

def plan_groot_maasveld():
    swv = "Samenwerkingsverband Groot-Maasveld"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Stichting Samenwerkingsverband Passend Primair Onderwijs Groot-Maasveld (PO 24-08)",
                        "Ieder kind een passende plek: ondersteuning, toelaatbaarheid, middelen en ouders",
                        "Versie 1.0 - april 2025"]))
    b.append(("toc", [
        "Samenvatting in één oogopslag .......... 3",
        "1 Inleiding .......... 5",
        "2 Context en kengetallen .......... 7",
        "3 Het ondersteuningscontinuüm .......... 9",
        "   3.1 Uitgangspunten  3.2 Basisondersteuning  3.3 Extra ondersteuning  3.4 Speciaal (basis)onderwijs",
        "4 Toelaatbaarheid .......... 16",
        "5 Dekkend aanbod en thuiszitters .......... 20",
        "6 Monitoring en resultaten .......... 23",
        "7 Financiën .......... 26",
        "8 Ouders .......... 29",
        "9 Organisatie en medezeggenschap .......... 31",
        "10 Jaarplanning en doorkijk .......... 34",
        "Bijlage I Begrippen .......... 36",
    ]))
    b.append(("h1", "Samenvatting in één oogopslag"))
    b.append(("ul", [
        "Groot-Maasveld is met 31 schoolbesturen, 139 basisscholen, 5 scholen voor sbo en 8 so-locaties een van de "
        "grotere samenwerkingsverbanden primair onderwijs van Nederland.",
        "Alle scholen voldoen aan dezelfde Standaarden Basisondersteuning (paragraaf 3.2).",
        "De Commissie Toelaatbaarheid beslist over toelaatbaarheid tot sbo en so; de criteria staan in 4.3.",
        "We volgen de ontwikkelingen met de Monitor Passend Onderwijs; streefwaarden volgen na de nulmeting.",
        "Ondersteuningsmiddelen gaan volgens een vast verdeelmodel naar de besturen en naar bovenschoolse "
        "voorzieningen (hoofdstuk 7).",
        "Ouders kunnen voor onafhankelijk advies terecht bij het Ouder- en Jeugdsteunpunt (hoofdstuk 8).",
    ]))
    b.append(("h1", "1 Inleiding"))
    b.append(("h2", "1.1 Aanleiding"))
    b.append(("p", "Dit is het ondersteuningsplan van Groot-Maasveld voor de schooljaren 2025-2026 tot en met "
                   "2028-2029. Het vervangt het plan 2021-2025. Het plan is het beleidskader van het "
                   "samenwerkingsverband: het beschrijft de afspraken die de schoolbesturen met elkaar maken over de "
                   "ondersteuning van leerlingen en de verdeling van middelen. De uitwerking vindt plaats in de "
                   "jaarplannen van het samenwerkingsverband en in de schoolplannen en schoolondersteuningsprofielen "
                   "van de scholen."))
    b.append(("h2", "1.2 Totstandkoming en procedure"))
    b.append(("p", "Het plan is voorbereid door een stuurgroep van vijf bestuurders, ondersteund door het bureau. In "
                   "het najaar van 2024 zijn zes regionale bijeenkomsten gehouden met directeuren en intern "
                   "begeleiders. Het concept is besproken met de ondersteuningsplanraad, die op 20 maart 2025 heeft "
                   "ingestemd. Het OOGO met de negen gemeenten is op 27 februari 2025 afgerond; het overleg met de "
                   "twee samenwerkingsverbanden voortgezet onderwijs vond plaats op 4 maart 2025. Het algemeen "
                   "bestuur heeft het plan op 9 april 2025 vastgesteld. Het plan is vóór 1 mei 2025 aan de Inspectie "
                   "gezonden."))
    b.append(("h2", "1.3 Terugblik op de vorige planperiode"))
    b.append(("p", "In de vorige planperiode lag het accent op de invoering van de Standaarden Basisondersteuning en op "
                   "het verkorten van de doorlooptijd van aanvragen. Beide zijn gelukt: alle scholen hebben de "
                   "standaarden in hun schoolondersteuningsprofiel verwerkt, en de gemiddelde doorlooptijd van een "
                   "aanvraag voor een toelaatbaarheidsverklaring daalde van negen naar vijf weken. Minder goed ging het "
                   "met de samenwerking met de jeugdhulp: wachtlijsten bij jeugd-GGZ leidden ertoe dat scholen langer "
                   "zonder hulp zaten. Ook de doorstroom van po naar vo van leerlingen met een ondersteuningsbehoefte "
                   "vraagt aandacht; daarover zijn met de samenwerkingsverbanden vo nieuwe afspraken gemaakt over de "
                   "warme overdracht."))
    b.append(("h1", "2 Context en kengetallen"))
    b.append(("h2", "2.1 De regio"))
    b.append(("p", "Het werkgebied omvat negen gemeenten: een middelgrote stad en acht omliggende gemeenten met "
                   "zowel stedelijke wijken als dorpen. De regio kent grote verschillen in sociaaleconomische "
                   "achtergrond. In vier stadswijken is het percentage kinderen dat in armoede opgroeit ruim twee keer "
                   "het landelijk gemiddelde; in andere delen van de regio juist lager. Die verschillen zien we terug "
                   "in de ondersteuningsvragen van scholen."))
    b.append(("p", "De besturen verschillen sterk in omvang: drie grote besturen hebben samen ruim de helft van de "
                   "scholen, terwijl twaalf besturen één school hebben. Dat vraagt om een organisatie die zowel de "
                   "grote als de kleine besturen recht doet. We werken daarom met drie regio's (noord, midden en zuid), "
                   "elk met een eigen regiotafel van directeuren en een vaste consulent. Beleid wordt centraal "
                   "vastgesteld; de uitvoering is zoveel mogelijk regionaal georganiseerd. Kleine besturen kunnen "
                   "voor beleidsondersteuning een beroep doen op het bureau."))
    b.append(("h2", "2.2 Leerlingen en scholen"))
    b.append(("table", [
        ["Peildatum 1 oktober", "2022", "2023", "2024"],
        ["Leerlingen basisonderwijs", "34.980", "34.720", "34.510"],
        ["Leerlingen sbo", "812", "835", "851"],
        ["Leerlingen so (uit ons SWV)", "690", "711", "728"],
        ["Deelnamepercentage sbo", "2,27%", "2,35%", "2,40%"],
        ["Deelnamepercentage so", "1,93%", "2,00%", "2,05%"],
        ["Afgegeven TLV's (totaal)", "402", "431", "447"],
        ["Thuiszitters (peildatum 1 maart)", "34", "31", "36"],
    ]))
    b.append(("p", "Het deelnamepercentage in sbo en so stijgt licht, terwijl het totaal aantal leerlingen daalt. Dat "
                   "beeld past bij de landelijke ontwikkeling. We willen de komende jaren beter begrijpen wat daarachter "
                   "zit; zie hoofdstuk 6."))
    b.append(("h1", "3 Het ondersteuningscontinuüm"))
    b.append(("h2", "3.1 Uitgangspunten"))
    b.append(("p", "Groot-Maasveld organiseert de ondersteuning als een samenhangend continuüm in vier lagen: "
                   "basisondersteuning in de groep en de school; extra ondersteuning in de school met inzet van het "
                   "schoolbudget; bovenschoolse arrangementen en voorzieningen; en speciaal (basis)onderwijs. De "
                   "lagen sluiten op elkaar aan: wat in de ene laag is opgebouwd, wordt in de volgende laag "
                   "meegenomen. Schoolbesturen zijn samen verantwoordelijk voor een dekkend geheel."))
    b.append(("h2", "3.2 Basisondersteuning"))
    b.append(("h3", "3.2.1 Definitie"))
    b.append(("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies, de "
                   "ondersteuningsstructuur en de planmatige werkwijze die alle scholen binnen het "
                   "samenwerkingsverband, op alle vestigingen, aan alle leerlingen bieden. De 31 besturen hebben dit "
                   "niveau in 2021 vastgesteld als de Standaarden Basisondersteuning Groot-Maasveld en in 2024 "
                   "herbevestigd. Een school die de standaarden niet haalt, krijgt geen aanvullende middelen om dat "
                   "te compenseren; het is de verantwoordelijkheid van het bestuur om de school op niveau te brengen."))
    b.append(("h3", "3.2.2 De standaarden"))
    b.append(("table", [
        ["Domein", "Standaard: iedere school ..."],
        ["Ondersteuningsstructuur", "heeft een intern begeleider (minimaal 0,4 fte per 250 leerlingen) en een "
         "ondersteuningsteam dat minstens zes keer per jaar bijeenkomt"],
        ["Taal en lezen", "voert het dyslexieprotocol uit tot en met niveau 3 en biedt intensieve leesinterventies"],
        ["Rekenen", "signaleert rekenproblemen tijdig en biedt begeleiding volgens het ERWD-protocol"],
        ["Gedrag en welbevinden", "heeft een programma voor sociale veiligheid, monitort welbevinden jaarlijks en "
         "kan een individueel gedragsplan opstellen"],
        ["Meer- en hoogbegaafdheid", "biedt compacten en verrijken en heeft een contactpersoon hoogbegaafdheid"],
        ["Medisch", "heeft een protocol medische handelingen en afspraken over medicijnverstrekking"],
        ["Planmatig werken", "werkt handelingsgericht met groepsoverzichten en kan een OPP opstellen"],
        ["Samenwerking", "heeft vaste afspraken met het wijkteam en de jeugdverpleegkundige van de GGD"],
    ]))
    b.append(("h3", "3.2.3 Borging"))
    b.append(("p", "Iedere school legt in het schoolondersteuningsprofiel vast hoe zij aan de standaarden voldoet. Het "
                   "bureau bezoekt jaarlijks ongeveer twintig scholen voor een audit basisondersteuning. Uitkomsten "
                   "worden met het bestuur besproken; bij tekortkomingen maakt het bestuur afspraken over herstel "
                   "binnen een schooljaar."))
    b.append(("h2", "3.3 Extra ondersteuning"))
    b.append(("h3", "3.3.1 Binnen de school"))
    b.append(("p", "Met het schoolbudget zetten besturen extra ondersteuning in, zoals ondersteuning door "
                   "onderwijsassistenten, specialisten gedrag of taal, en kleine groepen voor leerlingen met een "
                   "vergelijkbare ondersteuningsbehoefte. Besturen bepalen zelf hoe zij het budget over hun scholen "
                   "verdelen."))
    b.append(("h3", "3.3.2 Bovenschoolse arrangementen en voorzieningen"))
    b.append(("p", "Voor leerlingen die meer nodig hebben, zijn er bovenschoolse arrangementen: ambulante begeleiding "
                   "vanuit het speciaal onderwijs, een kortdurende observatieplaatsing in een sbo-school, de "
                   "Taalschool voor nieuwkomers (drie locaties), de Dagklassen voor hoogbegaafde kinderen (vier "
                   "locaties) en de onderwijs-zorggroepen Samen Verder voor jonge kinderen met een complexe "
                   "ontwikkelingsvraag, die samen met de gemeenten worden bekostigd. Een arrangement wordt "
                   "aangevraagd via het Ondersteuningsloket en toegekend door een consulent van het "
                   "samenwerkingsverband."))
    b.append(("h2", "3.4 Speciaal (basis)onderwijs"))
    b.append(("p", "De vijf sbo-scholen zijn verspreid over de regio, zodat de reisafstand voor kinderen beperkt "
                   "blijft. Voor cluster 3 en 4 zijn er acht so-locaties, waaronder een locatie voor kinderen met "
                   "een ernstig meervoudige beperking. Kinderen met een visuele of auditieve beperking (cluster 1 en 2) "
                   "vallen onder landelijke instellingen; het samenwerkingsverband werkt met die instellingen samen."))
    b.append(("h1", "4 Toelaatbaarheid"))
    b.append(("h2", "4.1 Aanvraag en besluitvorming"))
    b.append(("p", "Het schoolbestuur van de school waar een leerling staat ingeschreven, vraagt de "
                   "toelaatbaarheidsverklaring aan via het digitale Ondersteuningsloket. Voor kinderen die nog niet op "
                   "een school staan ingeschreven, bijvoorbeeld jonge kinderen uit een medisch kinderdagverblijf, "
                   "doet het bestuur van de sbo- of so-school waar het kind is aangemeld de aanvraag. De aanvraag "
                   "bevat het groeidocument, het ontwikkelingsperspectief, verslagen van eerder onderzoek en een "
                   "beschrijving van de ondersteuning die de school al heeft geboden."))
    b.append(("p", "Het loket beoordeelt binnen tien werkdagen of de aanvraag volledig is. Daarna worden de "
                   "deskundigen ingeschakeld (4.2). De Commissie Toelaatbaarheid, bestaande uit een voorzitter en "
                   "twee leden die niet bij de aanvraag betrokken waren, neemt binnen zes weken na de "
                   "volledigheidsverklaring een besluit namens het bestuur van het samenwerkingsverband. Het besluit "
                   "wordt schriftelijk aan het aanvragende schoolbestuur toegezonden."))
    b.append(("h2", "4.2 Deskundigenadvies"))
    b.append(("p", "Iedere aanvraag wordt beoordeeld door twee deskundigen die elk afzonderlijk een schriftelijk "
                   "advies uitbrengen: een orthopedagoog-generalist of GZ-psycholoog van het samenwerkingsverband, en "
                   "een tweede deskundige die past bij de vraag van het kind, bijvoorbeeld een jeugdarts, "
                   "kinderpsychiater, maatschappelijk werker of pedagoog. Een deskundige die het kind eerder heeft "
                   "onderzocht of de aanvraag mede heeft voorbereid, adviseert niet."))
    b.append(("h2", "4.3 Wanneer is een leerling toelaatbaar?"))
    b.append(("p", "De commissie toetst iedere aanvraag aan vier toetsstenen. Een leerling wordt toelaatbaar verklaard "
                   "als op alle vier de toetsstenen een bevestigend antwoord mogelijk is."))
    b.append(("ul", [
        "Toetssteen 1 - Handelingsverlegenheid is aangetoond: de school heeft de basisondersteuning en de extra "
        "ondersteuning volledig benut, ten minste twee evaluatiecycli van het ontwikkelingsperspectief "
        "doorlopen en een bovenschools arrangement overwogen.",
        "Toetssteen 2 - De ondersteuningsbehoefte is omschreven op vijf gebieden (leren, gedrag, "
        "communicatie, fysiek-medisch en thuissituatie) en vraagt om een combinatie van kleine groep, "
        "specialistische expertise en structuur die de reguliere school niet kan bieden.",
        "Toetssteen 3 - Voor sbo: het kind heeft naar verwachting een leerachterstand van meer dan een jaar in "
        "ten minste twee vakgebieden of ernstige problemen in gedrag of leren die een intensief pedagogisch "
        "klimaat vragen. Voor so: er is daarnaast sprake van een ernstige beperking, stoornis of ziekte "
        "waardoor specialistische behandeling of verzorging in de schoolsituatie nodig is.",
        "Toetssteen 4 - De beoogde sbo- of so-school kan aannemelijk maken dat zij het kind kan bieden wat "
        "nodig is.",
    ]))
    b.append(("p", "Bij jonge kinderen (tot 6 jaar) uit een medisch kinderdagverblijf of een behandelsetting geldt "
                   "toetssteen 1 niet."))
    b.append(("h2", "4.4 Duur en bekostigingscategorie"))
    b.append(("p", "Een TLV voor het sbo wordt afgegeven voor de duur van de basisschoolperiode. Een TLV voor het so "
                   "wordt afgegeven voor twee of vier schooljaren en eindigt op 31 juli; voor kinderen met een "
                   "ernstig meervoudige beperking tot het einde van de so-periode. Bij een TLV voor het so stelt de "
                   "commissie de bekostigingscategorie vast: laag (cluster 4 en zml), midden (lichamelijk gehandicapt "
                   "en langdurig ziek) of hoog (meervoudig beperkt)."))
    b.append(("h1", "5 Dekkend aanbod en thuiszitters"))
    b.append(("h2", "5.1 Zicht op het aanbod"))
    b.append(("p", "Het bureau houdt een actueel overzicht bij van alle voorzieningen, de bezetting en de "
                   "wachtlijsten. Twee keer per jaar bespreken de besturen in de regiotafels (noord, midden en zuid) of "
                   "het aanbod nog past bij de vragen van scholen. Signalen over kinderen voor wie geen plek te vinden "
                   "is, worden verzameld door de consulenten. In 2024 waren er drie knelpunten: wachtlijsten bij twee "
                   "so-locaties cluster 4, onvoldoende aanbod voor kinderen met een ernstige taalontwikkelingsstoornis "
                   "die niet in cluster 2 terechtkunnen, en te weinig plaatsen in de Dagklassen hoogbegaafdheid."))
    b.append(("h2", "5.2 Acties"))
    b.append(("ul", [
        "De so-locatie De Horizon breidt per 1 augustus 2025 uit met twee groepen (24 plaatsen); het "
        "samenwerkingsverband draagt bij aan de aanloopkosten.",
        "Met cluster 2 en twee besturen wordt een taal-arrangement ontwikkeld, dat in 2026 start op drie "
        "basisscholen.",
        "De Dagklassen groeien van vier naar vijf locaties in 2026-2027.",
    ]))
    b.append(("h2", "5.3 Thuiszitters en zorgplicht"))
    b.append(("p", "Iedere school meldt een leerling die langer dan vier weken verzuimt, of die geen school heeft "
                   "gevonden, bij de leerplichtambtenaar en bij de consulent van het samenwerkingsverband. De "
                   "consulent organiseert binnen tien werkdagen een overleg met school, leerplicht en wijkteam, en "
                   "maakt een plan met een datum waarop het kind weer (gedeeltelijk) onderwijs volgt. Als besturen "
                   "het niet eens worden over wie de zorgplicht invult, beslist de directeur-bestuurder na overleg "
                   "met de betrokken bestuurders; de besturen hebben deze doorzettingsmacht in 2022 in het "
                   "reglement vastgelegd. Eens per kwartaal wordt de lijst van thuiszitters met leerplicht "
                   "doorgenomen."))
    b.append(("h2", "5.4 Samenwerking met de gemeenten"))
    b.append(("p", "Met de negen gemeenten zijn in het OOGO afspraken gemaakt over de inzet van jeugdhulp in de "
                   "school, de onderwijs-zorggroepen, de aanpak van thuiszitten en het leerlingenvervoer naar sbo en "
                   "so. Iedere school heeft een vaste contactpersoon in het wijkteam."))
    b.append(("h1", "6 Monitoring en resultaten"))
    b.append(("h2", "6.1 De Monitor Passend Onderwijs"))
    b.append(("p", "Om te weten of passend onderwijs in Groot-Maasveld werkt, volgen we een vaste set indicatoren in "
                   "de Monitor Passend Onderwijs: deelnamepercentages sbo en so, het aantal afgegeven TLV's en "
                   "arrangementen, de doorlooptijd van aanvragen, het aantal thuiszitters en vrijstellingen, de "
                   "uitkomsten van de audits basisondersteuning en de tevredenheid van scholen over de dienstverlening. "
                   "Het bureau actualiseert de monitor elk kwartaal op basis van de eigen registratie, de telgegevens "
                   "van DUO en de gegevens van leerplicht."))
    b.append(("h2", "6.2 Evaluatie en verantwoording"))
    b.append(("p", "De monitor wordt elk kwartaal besproken in het managementoverleg en twee keer per jaar in het "
                   "algemeen bestuur en de ondersteuningsplanraad. Bij opvallende ontwikkelingen, zoals de stijging van "
                   "het deelnamepercentage sbo, laat het bureau een verdiepende analyse uitvoeren. In het jaarverslag "
                   "rapporteren we over alle indicatoren, met een vergelijking met voorgaande jaren en met het "
                   "landelijk beeld. Eens per twee jaar peilen we de tevredenheid van scholen."))
    b.append(("h2", "6.3 Beoogde resultaten"))
    b.append(("p", "In de vorige planperiode hadden we geen streefwaarden. We willen eerst een betrouwbare nulmeting "
                   "hebben voordat we vastleggen wat we willen bereiken. De nulmeting vindt plaats in schooljaar "
                   "2025-2026; daarna stelt het algemeen bestuur, na instemming van de ondersteuningsplanraad, de "
                   "beoogde resultaten voor de rest van de planperiode vast."))
    b.append(("h1", "7 Financiën"))
    b.append(("h2", "7.1 Verdeelmodel"))
    b.append(("p", "Het algemeen bestuur stelt jaarlijks in december het verdeelmodel vast, op basis van de "
                   "rijksbijdrage en na aftrek van de afdrachten voor sbo en so. Het model kent de volgende "
                   "onderdelen en verdeelsleutels:"))
    b.append(("table", [
        ["Onderdeel", "Verdeelsleutel", "Ontvanger"],
        ["Schoolbudget", "€ 152 per leerling (teldatum 1 oktober t-1) + € 4.000 vaste voet per school", "Schoolbesturen"],
        ["Achterstandscomponent", "Extra bedrag per leerling naar CBS-achterstandsscore van de school", "Schoolbesturen"],
        ["Arrangementen", "Toekenning per aanvraag door consulent; maximaal 1 schooljaar", "Scholen"],
        ["Bovenschoolse voorzieningen", "Vast bedrag per plaats, vastgesteld in de dienstverleningsovereenkomst", "Besturen van de voorziening"],
        ["Groeibekostiging sbo en so", "Overdracht bij groei tussen 1 oktober en 1 februari (peildatum)", "Sbo- en so-scholen"],
    ]))
    b.append(("p", "De besturen verantwoorden de inzet van het schoolbudget in hun jaarverslag, in een vaste paragraaf "
                   "passend onderwijs."))
    b.append(("h2", "7.2 Begroting"))
    b.append(("p", "De meerjarenbegroting maakt geen deel uit van dit ondersteuningsplan. Zij wordt jaarlijks "
                   "afzonderlijk door het algemeen bestuur vastgesteld, na advies van de auditcommissie. De "
                   "onderstaande tabel geeft de indeling van de begroting; de bedragen volgen bij de vaststelling."))
    b.append(("table", [
        ["Begrotingspost", "2025", "2026", "2027", "2028"],
        ["Rijksbijdrage lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Afdrachten sbo en so", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Schoolbudgetten en achterstandscomponent", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Arrangementen en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
    ]))
    b.append(("h2", "7.3 Reserves"))
    b.append(("p", "De reserve van het samenwerkingsverband ligt sinds 2023 onder de signaleringswaarde voor "
                   "bovenmatige reserves. Het algemeen bestuur hanteert een ondergrens voor het weerstandsvermogen van "
                   "4 procent van de baten."))
    b.append(("h1", "8 Ouders"))
    b.append(("h2", "8.1 Samenwerken met ouders"))
    b.append(("p", "Ouders zijn ervaringsdeskundigen als het om hun kind gaat. Scholen betrekken ouders bij het "
                   "opstellen van het ontwikkelingsperspectief en nodigen hen uit voor het ondersteuningsteam. Een "
                   "aanvraag bij het Ondersteuningsloket gaat altijd vergezeld van de zienswijze van de ouders."))
    b.append(("h2", "8.2 Informatie"))
    b.append(("p", "Hoe het samenwerkingsverband ouders informeert over de ondersteuningsmogelijkheden in de regio, "
                   "werken we uit in een communicatieplan dat in het voorjaar van 2026 gereed is. Een ouderversie van "
                   "dit ondersteuningsplan is in voorbereiding."))
    b.append(("h2", "8.3 Onafhankelijke ondersteuning"))
    b.append(("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Groot-Maasveld, "
                   "dat sinds 2024 wordt uitgevoerd door de regionale ouderorganisatie Ouderkracht. Het steunpunt "
                   "is bereikbaar via telefoon, e-mail en een wekelijks spreekuur in de bibliotheek; de medewerkers "
                   "kunnen ouders bijstaan in gesprekken met school of samenwerkingsverband. Daarnaast kunnen ouders "
                   "gratis gebruikmaken van de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of "
                   "het ontwikkelingsperspectief kunnen ouders naar de Geschillencommissie passend onderwijs."))
    b.append(("h1", "9 Organisatie en medezeggenschap"))
    b.append(("h2", "9.1 Bestuur en toezicht"))
    b.extend(filler_governance(swv, "31", "rvt"))
    b.append(("h2", "9.2 Ondersteuningsplanraad"))
    b.append(("p", "De ondersteuningsplanraad telt twaalf leden, zes ouders en zes personeelsleden, gekozen uit de "
                   "medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en adviesrecht op "
                   "de begroting, en vergadert zes keer per jaar."))
    b.append(("h2", "9.3 Personeel"))
    b.extend(filler_personeel(swv, "38", "de directeur-bestuurder, veertien consulenten en orthopedagogen, een "
                                         "loketteam van vijf medewerkers"))
    b.append(("h2", "9.4 Privacy"))
    b.extend(filler_privacy(swv))
    b.append(("h1", "10 Jaarplanning en doorkijk"))
    b.append(("table", [
        ["Periode", "Speerpunt"],
        ["2025-2026", "Nulmeting Monitor en vaststelling beoogde resultaten; communicatieplan ouders"],
        ["2025-2026", "Uitbreiding so De Horizon; start taal-arrangement"],
        ["2026-2027", "Vijfde locatie Dagklassen; herijking verdeelmodel achterstandscomponent"],
        ["2027-2028", "Tussenevaluatie plan met OPR en gemeenten"],
        ["2028-2029", "Voorbereiding plan 2029-2033"],
    ]))
    b.append(("h1", "Bijlage I Begrippen"))
    b.append(("table", [
        ["Begrip", "Omschrijving"],
        ["Basisondersteuning", "Afgesproken ondersteuning die alle scholen bieden; zie Standaarden Basisondersteuning."],
        ["Beoogde resultaten", "Doelen die het samenwerkingsverband wil bereiken voor leerlingen met een ondersteuningsbehoefte."],
        ["Informatievoorziening ouders", "De manier waarop ouders worden geïnformeerd over de ondersteuning."],
        ["Meerjarenbegroting", "Begroting voor vier jaar, vastgesteld door het algemeen bestuur."],
        ["Terugplaatsing", "Overstap van een leerling van sbo of so naar het regulier basisonderwijs, na afloop van de TLV."],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
        ["Zorgplicht", "Plicht van het schoolbestuur om een leerling die extra ondersteuning nodig heeft een passende plek te bieden."],
    ]))
    return b


# ---------------------------------------------------------------------------
# Plan 4: small VO verband, plan in two parts, this is Deel A only (.docx)
# ---------------------------------------------------------------------------

def plan_ijssel_veluwerand():
    swv = "Samenwerkingsverband VO IJssel-Veluwerand"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029 - Deel A",
                        "Kaders, procedures en financiën",
                        "Samenwerkingsverband Voortgezet Onderwijs IJssel-Veluwerand (VO 23-05)",
                        "Met instemming van de ondersteuningsplanraad d.d. 18 maart 2025"]))
    b.append(("toc", [
        "1 Voorwoord",
        "2 Over dit plan",
        "3 Het samenwerkingsverband",
        "4 Missie, visie en koers",
        "5 Basisondersteuning en ondersteuningsaanbod (zie Deel B)",
        "6 Toelaatbaarheid vso en praktijkonderwijs, aanwijzing lwoo",
        "7 Terugplaatsing en overplaatsing",
        "8 Beoogde resultaten",
        "9 Financiën",
        "10 Medezeggenschap, bestuur en organisatie",
        "11 Planning",
        "Bijlage 1 Lijst van afkortingen",
        "Bijlage 2 Standaarden basisondersteuning (in Deel B)",
    ]))
    b.append(("h1", "1 Voorwoord"))
    b.append(("p", "Met genoegen bieden wij u het ondersteuningsplan 2025-2029 van IJssel-Veluwerand aan. Ons "
                   "samenwerkingsverband is klein: drie schoolbesturen, vijf scholen voor voortgezet onderwijs en "
                   "één school voor voortgezet speciaal onderwijs in de regio. Dat heeft voordelen. We kennen elkaar, "
                   "de lijnen zijn kort en besluiten kunnen snel worden genomen. Het heeft ook nadelen: we zijn "
                   "kwetsbaar als een sleutelfiguur uitvalt en we kunnen niet alles zelf organiseren."))
    b.append(("p", "Voor deze planperiode hebben we gekozen voor een nieuwe opzet. Het plan bestaat uit twee delen. "
                   "Dit Deel A bevat de kaders, de procedures en de financiën: de onderdelen die voor vier jaar vast "
                   "staan. Deel B beschrijft het ondersteuningsaanbod van de scholen, de samenwerking met "
                   "ketenpartners en de communicatie met ouders en leerlingen. Deel B wordt jaarlijks bijgesteld en "
                   "verschijnt als afzonderlijk document. Zo houden we het plan actueel zonder elk jaar het hele "
                   "plan te herschrijven."))
    b.append(("p", "Wij danken de leden van de ondersteuningsplanraad voor de constructieve gesprekken, en de "
                   "ondersteuningscoördinatoren en teamleiders voor hun bijdragen aan de werkconferentie in november "
                   "2024."))
    b.append(("p", "Namens het bestuur, J.W. Hoekstra, directeur"))
    b.append(("h1", "2 Over dit plan"))
    b.append(("h2", "Wettelijke basis"))
    b.append(("p", "Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De "
                   "wet (artikel 17a van de Wet op het voortgezet onderwijs, thans de overeenkomstige artikelen van de "
                   "WVO 2020) schrijft voor welke onderwerpen het plan in elk geval bevat. Deel A en Deel B samen "
                   "dekken deze onderwerpen. De ondersteuningsplanraad heeft instemmingsrecht op beide delen."))
    b.append(("h2", "Procedure"))
    b.append(("p", "Het concept van Deel A is in december 2024 aan de ondersteuningsplanraad voorgelegd. Het OOGO met de "
                   "colleges van burgemeester en wethouders van de drie gemeenten in ons werkgebied vond plaats op "
                   "6 maart 2025; de gemeenten hebben geen bezwaren ingebracht. Het overleg met de twee "
                   "samenwerkingsverbanden primair onderwijs heeft op 24 februari 2025 plaatsgevonden. De "
                   "ondersteuningsplanraad stemde in op 18 maart 2025 en het bestuur stelde Deel A vast op "
                   "25 maart 2025. Deel B volgt uiterlijk 1 oktober 2025 en wordt dan afzonderlijk aan de OPR "
                   "voorgelegd."))
    b.append(("h2", "Terugblik op de vorige planperiode"))
    b.append(("p", "De vorige planperiode (2021-2025) was voor IJssel-Veluwerand een periode van herinrichting. In "
                   "2021 verhuisde het bureau naar het gebouw van de OSG Veluwerand, wat het contact met de scholen "
                   "vergemakkelijkte. In 2022 nam de toenmalige directeur afscheid; na een interim-periode van een "
                   "half jaar trad de huidige directeur aan. De Raad van Toezicht is in dezelfde periode vernieuwd en "
                   "uitgebreid met een lid met financiële expertise."))
    b.append(("p", "Inhoudelijk stond de periode in het teken van de eigen lwoo-criteria, die in 2018 zijn ingevoerd "
                   "en in 2022 zijn bijgesteld na een evaluatie met de basisscholen. Daarnaast is veel tijd gestoken "
                   "in het vereenvoudigen van formulieren en het digitaliseren van dossiers. De scholen gaven in de "
                   "werkconferentie aan dat de administratieve last is afgenomen, maar dat de communicatie over "
                   "wijzigingen beter kan. Dat laatste pakken we op met een vaste nieuwsbrief voor "
                   "ondersteuningscoördinatoren en teamleiders."))
    b.append(("h2", "Looptijd"))
    b.append(("p", "Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Tussentijdse wijzigingen van Deel A "
                   "worden als wijzigingsbesluit aan de OPR voorgelegd."))
    b.append(("h1", "3 Het samenwerkingsverband"))
    b.append(("p", "IJssel-Veluwerand is in 2014 opgericht als stichting. Bij het samenwerkingsverband zijn drie "
                   "schoolbesturen aangesloten: Stichting Christelijk Voortgezet Onderwijs IJsselstreek (twee "
                   "scholen), Openbare Scholengroep Veluwerand (twee scholen) en Stichting Praktijkonderwijs "
                   "De Werkplaats (één school voor praktijkonderwijs). De vso-school De Linde (cluster 4) valt onder "
                   "een bestuur uit een naburige regio en is als vestiging in ons gebied bij het samenwerkingsverband "
                   "aangesloten."))
    b.append(("table", [
        ["School", "Onderwijstype", "Leerlingen 1-10-2024"],
        ["Het IJsselcollege", "vmbo, havo, vwo", "2.140"],
        ["Christelijk Lyceum Veluwerand", "havo, vwo, gymnasium", "1.380"],
        ["OSG Veluwerand, locatie Noord", "vmbo (alle leerwegen), mavo", "1.210"],
        ["OSG Veluwerand, locatie Zuid", "mavo, havo", "860"],
        ["De Werkplaats", "praktijkonderwijs", "290"],
        ["De Linde", "vso cluster 4", "175"],
    ]))
    b.append(("p", "Het leerlingaantal in het voortgezet onderwijs neemt volgens de prognoses tot 2029 met ongeveer "
                   "8 procent af. De scholen zijn hierover met elkaar in gesprek in het kader van het regionaal "
                   "onderwijsaanbod; dat overleg valt buiten dit ondersteuningsplan."))
    b.append(("h1", "4 Missie, visie en koers"))
    b.append(("p", "IJssel-Veluwerand wil dat iedere jongere in de regio onderwijs krijgt dat bij hem of haar past, "
                   "zodat hij of zij een diploma of certificaat haalt en een goede start maakt in vervolgonderwijs of "
                   "werk. Wij gaan uit van de mogelijkheden van jongeren. We vinden dat jongeren zoveel mogelijk "
                   "samen naar school moeten kunnen gaan, in hun eigen woonomgeving."))
    b.append(("p", "Onze koers voor 2025-2029 rust op drie pijlers. De eerste pijler is eenvoud: procedures moeten "
                   "begrijpelijk zijn voor scholen, ouders en jongeren, en niet meer administratie vragen dan nodig. "
                   "De tweede pijler is vertrouwen: de besturen zijn samen verantwoordelijk en spreken elkaar aan. De "
                   "derde pijler is leren: we willen weten wat werkt en delen kennis tussen de scholen. Bij alles wat "
                   "we doen, stellen we de vraag wat het betekent voor de jongere en zijn ouders."))
    b.append(("p", "Landelijk is veel in beweging. De Verbeteraanpak passend onderwijs, de wet die de positie van "
                   "ouders en leerlingen versterkt en de komst van een landelijke norm voor de basisondersteuning "
                   "zullen in de planperiode gevolgen hebben. Zodra de landelijke norm er is, passen we Deel B aan. "
                   "Ook de afspraken over inclusiever onderwijs richting 2035 zullen we in de planperiode vertalen "
                   "naar onze regio."))
    b.append(("h1", "5 Basisondersteuning en ondersteuningsaanbod"))
    b.append(("p", "De afspraken over de basisondersteuning die alle scholen bieden, de standaarden en het "
                   "ondersteuningsaanbod van de scholen en de bovenschoolse voorzieningen zijn beschreven in Deel B "
                   "van dit plan. De standaarden basisondersteuning zijn opgenomen in bijlage 2 van Deel B."))
    b.append(("h1", "6 Toelaatbaarheid vso en praktijkonderwijs, aanwijzing lwoo"))
    b.append(("h2", "Algemeen"))
    b.append(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en "
                   "het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De procedure voor "
                   "aanvragen, de termijnen, de samenstelling van de commissie en de aanvraagformulieren zijn "
                   "opgenomen in het Handboek Toewijzing 2025, dat op de website van het samenwerkingsverband staat. "
                   "In dit hoofdstuk leggen we de inhoudelijke criteria vast."))
    b.append(("h2", "Criteria voortgezet speciaal onderwijs"))
    b.append(("p", "Een leerling is toelaatbaar tot het vso als hij of zij, ook met de ondersteuning die een reguliere "
                   "school in onze regio met een bovenschools arrangement kan bieden, niet tot ontwikkeling komt, "
                   "omdat:"))
    b.append(("ul", [
        "er sprake is van ernstige gedrags- of psychiatrische problematiek die een permanente, intensieve "
        "begeleiding in een kleine groep met een gespecialiseerd pedagogisch klimaat vraagt; of",
        "de leerling door een lichamelijke beperking, een langdurige ziekte of een verstandelijke beperking "
        "(IQ lager dan 55, of tussen 55 en 70 in combinatie met bijkomende problematiek) aangewezen is op "
        "specialistische zorg binnen de school; en",
        "de ondersteuningsbehoefte is vastgesteld op basis van een handelingsgericht traject van ten minste "
        "een half jaar, of de leerling komt direct uit het so, een behandelsetting of het buitenland.",
    ]))
    b.append(("p", "Een TLV voor het vso wordt afgegeven voor twee schooljaren, of voor de resterende duur van de "
                   "opleiding bij leerlingen met een verstandelijke beperking in het uitstroomprofiel dagbesteding. "
                   "De bekostigingscategorie is in de regel laag; midden of hoog wordt alleen toegekend bij een "
                   "lichamelijke of meervoudige beperking."))
    b.append(("h2", "Criteria praktijkonderwijs"))
    b.append(("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van ten minste 55 en ten hoogste "
                   "80, en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen "
                   "(inzichtelijk rekenen, begrijpend lezen, technisch lezen, spelling), waarvan één inzichtelijk "
                   "rekenen of begrijpend lezen is. Een TLV praktijkonderwijs geldt voor de hele opleiding."))
    b.append(("h2", "Criteria leerwegondersteunend onderwijs (eigen criteria)"))
    b.append(("p", "Sinds 2018 hanteert IJssel-Veluwerand eigen criteria voor lwoo (opting out). Een leerling komt in "
                   "aanmerking voor lwoo als de basisschool in het onderwijskundig rapport een leerachterstand van "
                   "ten minste anderhalf jaar op twee domeinen vaststelt, of als de leerling door faalangst, "
                   "concentratieproblemen of een zwakke werkhouding (blijkend uit het leerlingvolgsysteem en het "
                   "oordeel van de leerkracht groep 8) ondersteuning nodig heeft om een vmbo-diploma te halen. Een "
                   "intelligentieonderzoek is niet vereist. De aanwijzing geldt voor de hele vmbo-periode en wordt "
                   "na het tweede leerjaar bij de overgang naar de bovenbouw opnieuw bekeken."))
    b.append(("h1", "7 Terugplaatsing en overplaatsing"))
    b.append(("h2", "Beleid"))
    b.append(("p", "Een plaatsing in het vso is in ons samenwerkingsverband in principe tijdelijk. Het doel is dat een "
                   "leerling, zodra dat verantwoord is, terugkeert naar een reguliere school voor voortgezet onderwijs "
                   "in de eigen woonomgeving, of overstapt naar het praktijkonderwijs of het mbo. Terugplaatsing is "
                   "aan de orde als de leerling zijn gedrag zo heeft leren hanteren dat hij in een grotere groep kan "
                   "functioneren, als het uitstroomperspectief in het regulier onderwijs haalbaar is, en als de "
                   "ontvangende school met ondersteuning kan bieden wat nodig is."))
    b.append(("p", "Na de terugkeer krijgt de ontvangende school een terugkeerarrangement: een half jaar begeleiding "
                   "door een ambulant begeleider van De Linde (twee uur per week) en een budget van € 3.000 voor "
                   "maatregelen in de school, zoals een time-outplek of extra mentoruren. De vso-school blijft in die "
                   "periode aanspreekpunt voor de ontvangende school."))
    b.append(("h2", "Procedure"))
    b.append(("ul", [
        "Bij iedere jaarlijkse evaluatie van het ontwikkelingsperspectief beoordeelt De Linde of terugplaatsing "
        "aan de orde is en legt dat vast.",
        "In het laatste jaar van de TLV neemt De Linde uiterlijk 1 december een besluit: terugplaatsing, "
        "overplaatsing, of een aanvraag voor een nieuwe TLV.",
        "Bij terugplaatsing of overplaatsing meldt De Linde de leerling vóór 1 februari bij de coördinator "
        "toewijzing van het samenwerkingsverband, die binnen vier weken een overleg organiseert met de "
        "beoogde school.",
        "De ontvangende school beslist over inschrijving; de overstap vindt bij voorkeur plaats op 1 augustus, "
        "maar kan ook na een periode van proefplaatsing (maximaal tien weken) halverwege het schooljaar.",
        "Drie en zes maanden na de overstap evalueren de ontvangende school en de ambulant begeleider het "
        "terugkeerarrangement.",
    ]))
    b.append(("p", "In schooljaar 2023-2024 keerden zeven leerlingen van De Linde terug naar een reguliere school en "
                   "stapten vier leerlingen over naar het praktijkonderwijs."))
    b.append(("h1", "8 Beoogde resultaten"))
    b.append(("p", "Voor de planperiode hebben de besturen de volgende resultaten voor leerlingen met een "
                   "ondersteuningsbehoefte vastgesteld:"))
    b.append(("table", [
        ["Resultaatgebied", "Beoogd resultaat in 2029"],
        ["Deelname vso", "Het deelnamepercentage vso daalt van 2,9% (2024) naar 2,5%."],
        ["Terugplaatsing", "Jaarlijks keren ten minste tien leerlingen van het vso terug naar regulier vo."],
        ["Diploma", "Ten minste 90% van de leerlingen met lwoo haalt binnen de nominale duur plus één jaar een vmbo-diploma."],
        ["Praktijkonderwijs", "Ten minste 75% van de pro-leerlingen heeft een jaar na uitstroom werk of volgt een mbo-opleiding."],
        ["Tevredenheid", "Ouders van leerlingen met een OPP geven de ondersteuning gemiddeld een 7,5 of hoger."],
    ]))
    b.append(("p", "Hoe en wanneer we de voortgang op deze resultaten meten, welke bronnen we daarvoor gebruiken en hoe "
                   "we erover rapporteren, leggen we vast in het kwaliteitshandboek van het samenwerkingsverband, dat "
                   "in 2026 verschijnt."))
    b.append(("h1", "9 Financiën"))
    b.append(("h2", "Inkomsten en afdrachten"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning, en "
                   "sinds 2016 ook de middelen voor lwoo en praktijkonderwijs. DUO houdt op deze middelen de "
                   "afdrachten in voor leerlingen in het vso en het praktijkonderwijs en voor de lwoo-bekostiging van "
                   "de scholen. Wat resteert, besteedt het samenwerkingsverband aan de ondersteuning in de scholen, "
                   "aan arrangementen en aan de organisatie."))
    b.append(("h2", "Verdeling"))
    b.append(("p", "Het verdeelmodel uit de vorige planperiode loopt af op 31 december 2025. Een nieuw verdeelmodel, "
                   "waarin de lwoo-middelen en de middelen voor lichte ondersteuning worden samengevoegd, wordt in de "
                   "loop van 2025 door een werkgroep van de controllers van de besturen ontwikkeld en in december "
                   "2025 door het bestuur vastgesteld. Tot die tijd gelden de bedragen van 2024."))
    b.append(("h2", "Meerjarenbegroting"))
    b.append(("table", [
        ["Bedragen in euro's", "2025", "2026", "2027", "2028"],
        ["Rijksbijdrage lichte ondersteuning", "1.015.000", "998.000", "975.000", "955.000"],
        ["Rijksbijdrage zware ondersteuning", "3.420.000", "3.370.000", "3.310.000", "3.260.000"],
        ["Rijksbijdrage lwoo en pro", "4.880.000", "4.790.000", "4.700.000", "4.610.000"],
        ["Afdrachten vso (DUO)", "-2.160.000", "-2.130.000", "-2.090.000", "-2.060.000"],
        ["Afdrachten pro en lwoo (DUO)", "-4.410.000", "-4.340.000", "-4.270.000", "-4.200.000"],
        ["Ondersteuningsmiddelen naar besturen", "-1.890.000", "-1.850.000", "-1.800.000", "-1.760.000"],
        ["Terugkeerarrangementen en maatwerk", "-95.000", "-95.000", "-95.000", "-95.000"],
        ["Personeel bureau en commissie", "-520.000", "-530.000", "-540.000", "-550.000"],
        ["Overige lasten (huisvesting, ICT, accountant)", "-130.000", "-130.000", "-132.000", "-132.000"],
        ["Resultaat", "110.000", "83.000", "58.000", "28.000"],
    ]))
    b.append(("p", "De middelen naar de besturen worden door de scholen ingezet voor ondersteuningscoördinatie, "
                   "extra mentoruren, remedial teaching en scholing van docenten. De besturen leggen daarover "
                   "jaarlijks verantwoording af in een gezamenlijk gesprek met de directeur."))
    b.append(("h2", "Risico's en reserves"))
    b.append(("p", "Het grootste financiële risico is een stijging van het aantal leerlingen in het vso, omdat de "
                   "afdrachten dan stijgen terwijl de inkomsten dalen met het leerlingaantal. Een stijging van tien "
                   "vso-leerlingen kost ongeveer € 150.000 per jaar. Het samenwerkingsverband houdt daarom een "
                   "reserve aan van ten minste € 350.000. Eind 2024 bedroeg de reserve € 512.000."))
    b.append(("h1", "10 Medezeggenschap, bestuur en organisatie"))
    b.append(("h2", "Ondersteuningsplanraad"))
    b.append(("p", "De ondersteuningsplanraad bestaat uit zes leden, afgevaardigd door de medezeggenschapsraden van "
                   "de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan (Deel A en Deel B) "
                   "en op wijzigingen daarvan. Het bestuur en de OPR hebben afgesproken dat de OPR zes weken krijgt "
                   "voor een besluit, en dat de directeur op verzoek een toelichting geeft. De OPR heeft een eigen "
                   "budget voor scholing en ondersteuning."))
    b.append(("h2", "Bestuur en toezicht"))
    b.extend(filler_governance(swv, "drie", "rvt"))
    b.append(("h2", "Bureau en personeel"))
    b.extend(filler_personeel(swv, "5,2", "een directeur, een coördinator toewijzing, twee orthopedagogen"))
    b.append(("h2", "Privacy en gegevensverwerking"))
    b.extend(filler_privacy(swv))
    b.append(("h2", "Bestuurlijke samenwerking en besluitvorming"))
    b.append(("p", "De drie aangesloten besturen zijn elk vertegenwoordigd in het bestuurlijk overleg, dat zes keer per "
                   "jaar bijeenkomt en besluiten van het bestuur voorbereidt. Besluiten over het ondersteuningsplan, "
                   "de begroting en het verdeelmodel worden bij voorkeur met consensus genomen. Lukt dat niet, dan "
                   "geldt een gewogen stemverhouding naar leerlingaantal, met dien verstande dat geen bestuur "
                   "alleen een besluit kan nemen of blokkeren. Deze afspraak is vastgelegd in het "
                   "samenwerkingsreglement."))
    b.append(("p", "Het samenwerkingsverband werkt op onderdelen samen met de twee andere samenwerkingsverbanden "
                   "voortgezet onderwijs in de provincie, bijvoorbeeld bij de inkoop van de digitale omgeving, de "
                   "scholing van orthopedagogen en de gezamenlijke aanpak van de administratieve lasten. Deze "
                   "samenwerking is vrijblijvend en vastgelegd in een intentieverklaring uit 2023."))
    b.append(("h2", "Huisvesting, ICT en administratie"))
    b.append(("p", "Het bureau huurt sinds 2021 twee kantoorruimten en een spreekkamer in het gebouw van de OSG "
                   "Veluwerand, locatie Noord. De financiële administratie en de salarisadministratie zijn uitbesteed "
                   "aan een administratiekantoor dat ook voor twee van de aangesloten besturen werkt. De jaarrekening "
                   "wordt gecontroleerd door een onafhankelijke accountant, die jaarlijks een verslag uitbrengt aan de "
                   "Raad van Toezicht. Voor de ICT maakt het bureau gebruik van de infrastructuur van de OSG; de "
                   "kosten daarvan worden jaarlijks verrekend. In de planperiode onderzoeken we of een gezamenlijke "
                   "inkoop met de andere samenwerkingsverbanden in de provincie voordeel oplevert."))
    b.append(("h2", "Communicatie met scholen en besturen"))
    b.append(("p", "Het bureau informeert de scholen via een digitale nieuwsbrief, die zes keer per jaar verschijnt, "
                   "en via het netwerk van ondersteuningscoördinatoren, dat maandelijks bijeenkomt. Eens per jaar, in "
                   "november, organiseren we een werkconferentie voor teamleiders, mentoren en "
                   "ondersteuningscoördinatoren. Formulieren, handleidingen en het Handboek Toewijzing staan op het "
                   "besloten deel van de website. Besturen ontvangen na iedere vergadering van het bestuurlijk "
                   "overleg een korte samenvatting van de besluiten."))
    b.append(("h2", "Inspectietoezicht"))
    b.append(("p", "De Inspectie van het Onderwijs heeft het samenwerkingsverband in het voorjaar van 2023 bezocht in "
                   "het kader van het vierjaarlijks onderzoek. Het oordeel over de standaarden visie, uitvoering en "
                   "kwaliteitscultuur was voldoende; de inspectie adviseerde de verantwoording en de dialoog met de "
                   "omgeving te versterken. De opzet van dit plan in twee delen is mede een antwoord op dat advies."))
    b.append(("h1", "11 Planning"))
    b.append(("table", [
        ["Wanneer", "Wat"],
        ["Oktober 2025", "Vaststelling Deel B (aanbod, ketenpartners, ouders) na instemming OPR"],
        ["December 2025", "Vaststelling nieuw verdeelmodel"],
        ["Voorjaar 2026", "Kwaliteitshandboek gereed"],
        ["2026-2027", "Actualisering Handboek Toewijzing; evaluatie eigen lwoo-criteria"],
        ["2027-2028", "Tussentijdse evaluatie Deel A met OPR"],
        ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"],
    ]))
    b.append(("h1", "Bijlage 1 Lijst van afkortingen"))
    b.append(("table", [
        ["Afkorting", "Betekenis"],
        ["AB", "Ambulante begeleiding"],
        ["DUO", "Dienst Uitvoering Onderwijs"],
        ["lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["OPR", "Ondersteuningsplanraad"],
        ["pro", "Praktijkonderwijs"],
        ["SOP", "Schoolondersteuningsprofiel"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["vso", "Voortgezet speciaal onderwijs"],
    ]))
    return b


# ---------------------------------------------------------------------------
# Plan 5: medium PO verband, web version with questions of parents (.html)
# ---------------------------------------------------------------------------

def plan_zuidwaarts():
    swv = "Samenwerkingsverband Zuidwaarts"
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029 (webversie)",
                        "Samenwerkingsverband Passend Onderwijs Zuidwaarts, PO 29-14",
                        "Voor ouders, scholen en partners"]))
    b.append(("toc", [
        "Welkom",
        "1. Wie zijn wij?",
        "2. Waar we voor staan",
        "3. Wat mag u van elke school verwachten?",
        "4. Als uw kind meer nodig heeft",
        "5. Geen kind tussen wal en schip",
        "6. Terug naar de basisschool",
        "7. Wat willen we bereiken, en hoe houden we dat bij?",
        "8. Geld",
        "9. Ouders: informatie en steun",
        "10. Vragen van ouders",
        "11. Organisatie",
        "12. Planning",
        "Begrippenlijst",
    ]))
    b.append(("h1", "Welkom"))
    b.append(("p", "Welkom bij de webversie van het ondersteuningsplan 2025-2029 van Zuidwaarts. In dit plan leest u "
                   "hoe de basisscholen, de scholen voor speciaal basisonderwijs en de scholen voor speciaal onderwijs "
                   "in onze regio samenwerken, zodat ieder kind onderwijs krijgt dat bij hem of haar past. We hebben "
                   "het plan geschreven in gewone taal, zodat ook ouders het kunnen lezen. De formele versie, met "
                   "alle bijlagen, is op te vragen bij het bureau."))
    b.append(("p", "Het plan is besproken met de ondersteuningsplanraad, die op 19 maart 2025 heeft ingestemd, en met "
                   "de vijf gemeenten in het OOGO van 26 februari 2025. Het bestuur heeft het plan op 2 april 2025 "
                   "vastgesteld."))
    b.append(("p", "Wat hebben ouders ons meegegeven? In de gesprekken over dit plan hoorden we drie dingen vaak. "
                   "Ouders willen dat er eerder naar hen wordt geluisterd, omdat zij hun kind het best kennen. Ouders "
                   "willen één aanspreekpunt, en niet bij iedere stap een nieuw gezicht. En ouders willen weten waar "
                   "ze aan toe zijn: wat mag ik verwachten, en wat kan ik doen als het niet loopt? We hebben geprobeerd "
                   "daar in dit plan antwoord op te geven."))
    b.append(("p", "Hoe is dit plan gemaakt? In het voorjaar van 2024 hielden we twaalf gesprekstafels in de vijf "
                   "gemeenten, met ouders, leerkrachten, intern begeleiders, directeuren, jeugdprofessionals en "
                   "kinderen uit groep 7 en 8. Daarna schreef een kleine redactiegroep een eerste versie, die in het "
                   "najaar is besproken met de besturen, de ondersteuningsplanraad en de gemeenten. Veel reacties "
                   "gingen over de taal: het moest eenvoudiger. Daarom is er nu deze webversie, naast de formele "
                   "versie voor de Inspectie."))
    b.append(("p", "Ook landelijk verandert er veel. De overheid werkt aan een landelijke norm voor de "
                   "basisondersteuning, er komt een wettelijk ouder- en jeugdsteunpunt, en kinderen krijgen "
                   "hoorrecht bij hun ontwikkelingsperspectief. Waar deze veranderingen gevolgen hebben voor dit plan, "
                   "passen we het plan tussentijds aan, altijd met instemming van de ondersteuningsplanraad."))
    b.append(("h1", "1. Wie zijn wij?"))
    b.append(("p", "Zuidwaarts is een samenwerkingsverband van twaalf schoolbesturen met samen 54 basisscholen, twee "
                   "scholen voor speciaal basisonderwijs (De Regenboog en Het Palet) en twee scholen voor speciaal "
                   "onderwijs (De Kameleon, cluster 4, en De Sterrenboog, cluster 3). Op 1 oktober 2024 gingen "
                   "15.860 kinderen naar een van deze scholen. Het bureau van het samenwerkingsverband staat in "
                   "Zuidwaarde en heeft elf medewerkers."))
    b.append(("p", "Het samenwerkingsverband is er niet om zelf onderwijs te geven. Dat doen de scholen. Wij maken "
                   "afspraken tussen de schoolbesturen, verdelen het geld voor ondersteuning, beslissen over "
                   "toelaatbaarheid tot het speciaal (basis)onderwijs en zorgen dat er voor ieder kind een plek is."))
    b.append(("h1", "2. Waar we voor staan"))
    b.append(("p", "Ieder kind hoort erbij. Dat is de kern van onze visie. Kinderen groeien op in een gezin, een "
                   "buurt en een school. We willen dat zij zoveel mogelijk naar school gaan in hun eigen buurt, samen "
                   "met andere kinderen. Speciaal onderwijs is er voor kinderen die dat nodig hebben, en het liefst "
                   "voor een periode: als het kan, gaat een kind weer terug."))
    b.append(("p", "We werken vanuit drie waarden. Nabij: ondersteuning komt naar het kind toe, niet andersom. "
                   "Samen: ouders, school, samenwerkingsverband en jeugdhulp zijn partners. Open: we zeggen wat we "
                   "doen, en we laten zien wat het oplevert. Die waarden hebben we samen met scholen en ouders "
                   "gekozen in een reeks gesprekken in het voorjaar van 2024, waaraan ruim tweehonderd mensen "
                   "hebben deelgenomen."))
    b.append(("h1", "3. Wat mag u van elke school verwachten?"))
    b.append(("p", "Elke school in Zuidwaarts biedt dezelfde basisondersteuning. Dat betekent: de twaalf besturen "
                   "hebben samen één niveau afgesproken dat iedere basisschool, op iedere locatie, minimaal waarmaakt. "
                   "Basisondersteuning is ondersteuning die uw kind krijgt zonder dat daarvoor een aanvraag bij het "
                   "samenwerkingsverband nodig is. Een school mag meer doen dan de basisondersteuning, maar niet "
                   "minder."))
    b.append(("p", "In de vorige planperiode was dit niveau nog beschreven in algemene termen. Dat vonden ouders en "
                   "scholen te vaag. Daarom werken we de concrete standaarden, dus wat u precies op iedere school mag "
                   "verwachten, in het schooljaar 2025-2026 opnieuw uit, samen met de netwerken van intern "
                   "begeleiders en de ondersteuningsplanraad. We wachten daarbij ook de landelijke norm voor de "
                   "basisondersteuning af. Zodra de standaarden klaar zijn, publiceren we ze hier."))
    b.append(("h1", "4. Als uw kind meer nodig heeft"))
    b.append(("p", "Soms heeft een kind meer nodig dan de basisondersteuning. Dan kan de school extra ondersteuning "
                   "bieden of een arrangement aanvragen bij het samenwerkingsverband. Welke arrangementen en "
                   "voorzieningen er in Zuidwaarts zijn, staat in de Sociale Kaart Zuidwaarts op onze website; die "
                   "kaart wordt elke maand bijgewerkt."))
    b.append(("p", "Als een kind naar het speciaal basisonderwijs of het speciaal onderwijs gaat, is een "
                   "toelaatbaarheidsverklaring nodig. Hoe de school die aanvraagt en waar het samenwerkingsverband op "
                   "let, leest u in de brochure 'De route naar sbo en so', die op onze website staat en die u ook bij "
                   "de intern begeleider kunt krijgen."))
    b.append(("h1", "5. Geen kind tussen wal en schip"))
    b.append(("p", "Het samenwerkingsverband moet ervoor zorgen dat er voor ieder kind een passende plek is. Dat noemen "
                   "we een dekkend aanbod. Toch gebeurt het dat een kind thuis zit, of op een wachtlijst staat. Daar "
                   "hebben we de volgende afspraken over gemaakt."))
    b.append(("ul", [
        "Een school meldt een kind dat langer dan twee weken niet of maar een deel van de week naar school gaat "
        "bij de leerplichtambtenaar en bij de consulent van het samenwerkingsverband.",
        "Binnen vijf werkdagen is er een gesprek met ouders, school, leerplicht en zo nodig het wijkteam. Er "
        "komt een plan met een datum waarop het kind weer naar school gaat.",
        "Lukt dat niet binnen zes weken, dan gaat het kind naar de Plaatsingstafel: daar zitten de directeur van "
        "het samenwerkingsverband, een bestuurder en de leerplichtambtenaar. De Plaatsingstafel wijst een school "
        "aan die het kind tijdelijk opneemt, ook als die school vol is. De besturen hebben die afspraak "
        "ondertekend.",
        "Ieder halfjaar bekijken we met de besturen en de gemeenten welke groepen kinderen vaak geen plek "
        "vinden. Als er een gat zit in het aanbod, maken we een plan om het te dichten. In 2024 ging het om "
        "kinderen met ernstige angstklachten en om jonge kinderen met een ontwikkelingsachterstand die "
        "eerst dagbehandeling nodig hebben; voor beide groepen start in 2025 een proef met onderwijs op de "
        "locatie van de jeugdhulp.",
    ]))
    b.append(("p", "De zorgplicht van de schoolbesturen blijft daarbij voorop staan: het bestuur van de school waar uw "
                   "kind is aangemeld, moet een passende plek bieden of zoeken. Het samenwerkingsverband helpt "
                   "daarbij, maar neemt die plicht niet over."))
    b.append(("h1", "6. Terug naar de basisschool"))
    b.append(("p", "Wij vinden dat een plek in het speciaal basisonderwijs of speciaal onderwijs niet voor altijd hoeft "
                   "te zijn. Ons uitgangspunt is: een kind gaat terug naar een gewone basisschool zodra dat kan, en "
                   "bij voorkeur naar een school in de eigen buurt. Dat kan als het kind voldoende heeft geleerd om "
                   "met de structuur van een gewone klas om te gaan, als de basisschool met hulp kan bieden wat het "
                   "kind nodig heeft, en als ouders het met de overstap eens zijn."))
    b.append(("p", "Om de overstap te laten slagen, krijgt de basisschool die het kind ontvangt een terugkeerarrangement: "
                   "een specialist van de sbo- of so-school komt een half jaar lang wekelijks in de klas meekijken en "
                   "adviseren, en de basisschool krijgt geld voor extra handen in de klas. Ook scholen voor speciaal "
                   "onderwijs die leerlingen laten overstappen naar het sbo, krijgen zo'n arrangement. We willen het "
                   "aantal terugplaatsingen de komende jaren laten groeien (zie hoofdstuk 7)."))
    b.append(("p", "Hoe de terugplaatsing precies verloopt, bekijken de sbo- of so-school en de basisschool per kind."))
    b.append(("h1", "7. Wat willen we bereiken, en hoe houden we dat bij?"))
    b.append(("p", "We hebben voor deze planperiode vijf doelen gekozen voor kinderen die extra ondersteuning nodig "
                   "hebben. Bij ieder doel staat waar we nu staan (1 oktober 2024) en waar we in 2029 willen staan."))
    b.append(("table", [
        ["Doel", "Nu (2024)", "In 2029"],
        ["Minder kinderen thuis: aantal thuiszitters langer dan 4 weken", "14", "hoogstens 5"],
        ["Meer kinderen in de eigen buurt: deelnamepercentage sbo", "2,6%", "2,2%"],
        ["Meer kinderen in de eigen buurt: deelnamepercentage so", "1,8%", "1,6%"],
        ["Vaker terug: terugplaatsingen van sbo/so naar basisschool per jaar", "9", "20"],
        ["Tevreden ouders: rapportcijfer ouders voor de ondersteuning", "6,9", "7,5"],
    ]))
    b.append(("p", "Daarnaast hebben we een kwalitatief doel: ouders en kinderen ervaren dat er naar hen geluisterd "
                   "wordt. Dat meten we met gesprekken in plaats van met cijfers."))
    b.append(("p", "Zo houden we bij of we op koers liggen. Het bureau houdt de cijfers bij in een dashboard, dat "
                   "ieder kwartaal wordt bijgewerkt met gegevens van DUO, leerplicht en onze eigen registratie. Het "
                   "bestuur en de ondersteuningsplanraad bespreken het dashboard twee keer per jaar. Eens per jaar, in "
                   "het voorjaar, houden we een tevredenheidsonderzoek onder ouders van kinderen met een "
                   "ontwikkelingsperspectief, en gesprekstafels met ouders en kinderen. In het jaarverslag, dat in "
                   "juni verschijnt, laten we per doel zien wat we hebben bereikt. Als een doel niet in zicht komt, "
                   "zoeken we uit waarom en passen we onze aanpak aan."))
    b.append(("h2", "Wat hebben we de afgelopen jaren bereikt?"))
    b.append(("p", "In het vorige plan wilden we vooral het aantal thuiszitters omlaag brengen. Dat is maar ten dele "
                   "gelukt: het aantal daalde van 21 in 2021 naar 14 in 2024, terwijl we op 10 hadden gemikt. Het "
                   "aantal terugplaatsingen bleef gelijk. Ouders waren iets tevredener (van 6,5 naar 6,9). Uit de "
                   "gesprekstafels bleek dat ouders vooral waardeerden dat er sneller een gesprek kwam, maar dat zij "
                   "het lastig vonden om te begrijpen wie waarover beslist."))
    b.append(("h1", "8. Geld"))
    b.append(("p", "Het samenwerkingsverband krijgt geld van de overheid voor de ondersteuning van kinderen. Hoe de "
                   "middelen over de besturen, scholen en voorzieningen worden verdeeld en waaraan ze worden besteed, "
                   "staat in het afzonderlijke document 'Financieel kader en meerjarenbegroting 2025-2029'. Dat "
                   "document wordt elk jaar bijgewerkt en staat onder Downloads op onze website."))
    b.append(("h1", "9. Ouders: informatie en steun"))
    b.append(("h2", "Hoe houden we u op de hoogte?"))
    b.append(("ul", [
        "Op deze website vindt u onder 'Ouders' uitleg over passend onderwijs, de Sociale Kaart en de brochures.",
        "Iedere school beschrijft in de schoolgids welke ondersteuning de school biedt en wie het aanspreekpunt "
        "is. Vanaf 2026 staat daar ook de basisondersteuning in.",
        "Bij de aanmelding op school krijgt u de folder 'Passend onderwijs in Zuidwaarts' in het Nederlands, "
        "Arabisch, Turks, Pools of Oekraïens.",
        "Drie keer per jaar is er een ouderavond over een thema, zoals dyslexie of de overstap naar het "
        "voortgezet onderwijs. De avonden worden ook online uitgezonden.",
        "U kunt het bureau bellen of mailen met vragen; een consulent belt u binnen twee werkdagen terug.",
    ]))
    b.append(("h2", "Onafhankelijke steun"))
    b.append(("p", "Soms wilt u met iemand praten die niet van de school of het samenwerkingsverband is. Dan kunt u "
                   "terecht bij het Ouder- en Jeugdsteunpunt Zuidwaarts. Het steunpunt is onafhankelijk: het werkt "
                   "alleen in het belang van uw kind. Een ouderadviseur luistert naar uw vraag, legt uit wat uw "
                   "rechten zijn en kan meegaan naar een gesprek. Het steunpunt is bereikbaar op werkdagen van "
                   "9.00 tot 16.00 uur. Ook de Onderwijsconsulenten kunnen helpen als u er met de school niet "
                   "uitkomt. Heeft u een klacht over het samenwerkingsverband, dan kunt u die indienen bij de "
                   "landelijke klachtencommissie waarbij wij zijn aangesloten."))
    b.append(("h1", "10. Vragen van ouders"))
    b.append(("qa", "Wat is passend onderwijs eigenlijk?",
              "Passend onderwijs betekent dat ieder kind onderwijs krijgt dat past bij wat het kan en nodig heeft. "
              "Scholen hebben zorgplicht: als u uw kind aanmeldt en het heeft extra ondersteuning nodig, moet de school "
              "een passende plek bieden of samen met u zoeken."))
    b.append(("qa", "Mijn kind heeft moeite met lezen. Moet ik iets aanvragen?",
              "Nee. Bespreek het met de leerkracht of de intern begeleider. De school kijkt eerst wat zij zelf kan "
              "doen. Pas als dat niet genoeg is, komt het samenwerkingsverband in beeld."))
    b.append(("qa", "Wie beslist of mijn kind naar het speciaal (basis)onderwijs gaat?",
              "U bespreekt dat samen met de school. Alles over de aanvraag leest u in de brochure 'De route naar sbo "
              "en so' op onze website."))
    b.append(("qa", "Kan mijn kind terug naar de basisschool?",
              "Ja, dat kan, en dat vinden wij belangrijk. Lees hoofdstuk 6. Bespreek het bij het gesprek over het "
              "ontwikkelingsperspectief met de leerkracht van uw kind."))
    b.append(("qa", "Mijn kind zit al weken thuis. Wat nu?",
              "Neem contact op met de school en met het Ouder- en Jeugdsteunpunt. De school moet uw kind melden bij "
              "leerplicht en bij ons. Binnen vijf werkdagen is er een gesprek (zie hoofdstuk 5)."))
    b.append(("qa", "Krijgt de school geld voor mijn kind?",
              "Scholen krijgen van het samenwerkingsverband middelen voor ondersteuning. Hoe dat "
              "werkt, leest u in het Financieel kader op onze website."))
    b.append(("qa", "Wat is het verschil tussen de school en het samenwerkingsverband?",
              "De school geeft les aan uw kind en is uw eerste aanspreekpunt. Het samenwerkingsverband is een "
              "organisatie van de schoolbesturen samen. Wij geven zelf geen les, maar maken afspraken tussen de "
              "scholen, adviseren scholen over kinderen die extra ondersteuning nodig hebben en houden in de gaten "
              "of ieder kind een plek heeft. U heeft meestal pas met ons te maken als de school ons om hulp vraagt."))
    b.append(("qa", "Mijn kind wil zelf ook iets zeggen over de hulp die het krijgt. Kan dat?",
              "Ja. Kinderen hebben hoorrecht: de school vraagt uw kind naar zijn of haar mening over het "
              "ontwikkelingsperspectief en schrijft die op. Bij de gesprekstafels voor dit plan hebben ook kinderen "
              "meegedacht; een van hun wensen was dat volwassenen vaker gewoon aan hen vragen wat helpt."))
    b.append(("qa", "Wat is een ontwikkelingsperspectief?",
              "Een ontwikkelingsperspectief (OPP) is een plan voor een kind dat andere doelen heeft dan de rest van de "
              "groep, of dat veel extra ondersteuning krijgt. Daarin staat wat de school verwacht dat uw kind kan "
              "bereiken en welke hulp daarbij hoort. De school bespreekt het OPP met u; over het deel met de "
              "ondersteuning moet u het eens zijn."))
    b.append(("qa", "Wat doet het samenwerkingsverband met de gegevens van mijn kind?",
              "We gebruiken alleen de gegevens die nodig zijn om een besluit te nemen of advies te geven. De gegevens "
              "worden veilig bewaard en na drie jaar vernietigd. U mag altijd vragen welke gegevens wij van uw kind "
              "hebben."))
    b.append(("qa", "Ik heb een klacht over de school. Waar kan ik terecht?",
              "Bespreek het eerst met de school zelf. Iedere school heeft een klachtenregeling en een "
              "vertrouwenspersoon. Komt u er niet uit, dan kan het Ouder- en Jeugdsteunpunt met u meedenken over de "
              "volgende stap."))
    b.append(("qa", "Mag ik meepraten over het beleid?",
              "Ja. Ouders zitten in de ondersteuningsplanraad, die moet instemmen met dit plan. Wilt u lid worden of "
              "een vraag stellen aan de raad? Mail naar opr@zuidwaarts.example."))
    b.append(("h1", "11. Organisatie"))
    b.append(("h2", "Bestuur en toezicht"))
    b.extend(filler_governance(swv, "twaalf", "alv"))
    b.append(("h2", "Ondersteuningsplanraad"))
    b.append(("p", "De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier medewerkers van scholen. De "
                   "raad heeft instemmingsrecht op het ondersteuningsplan. De vergaderingen zijn openbaar; de "
                   "verslagen staan op de website."))
    b.append(("h2", "Samenwerking met gemeenten en jeugdhulp"))
    b.append(("p", "Met de vijf gemeenten werken we samen in het Regionaal Overleg Onderwijs en Jeugd. Onderwerpen zijn "
                   "jeugdhulp op school, thuiszitters, leerlingenvervoer en de overstap naar het voortgezet onderwijs. "
                   "Iedere school heeft een vaste contactpersoon in het wijkteam. In 2025 onderzoeken we samen met de "
                   "gemeenten hoe zorg onder schooltijd makkelijker kan worden geregeld."))
    b.append(("h2", "Medewerkers"))
    b.extend(filler_personeel(swv, "9,4", "een directeur, vijf consulenten, twee orthopedagogen"))
    b.append(("h2", "Privacy"))
    b.extend(filler_privacy(swv))
    b.append(("h1", "12. Planning"))
    b.append(("ul", [
        "2025-2026: standaarden basisondersteuning uitwerken; proef onderwijs op locatie jeugdhulp.",
        "2026-2027: standaarden in alle schoolgidsen; evaluatie Plaatsingstafel.",
        "2027-2028: tussentijdse evaluatie van de doelen met ouders en scholen.",
        "2028-2029: nieuw ondersteuningsplan voorbereiden.",
    ]))
    b.append(("h1", "Begrippenlijst"))
    b.append(("table", [
        ["Woord", "Uitleg"],
        ["Arrangement", "Afspraak over extra ondersteuning voor een kind, betaald door het samenwerkingsverband."],
        ["Basisondersteuning", "Wat iedere school minimaal biedt."],
        ["Bezwaar", "Als u het niet eens bent met een besluit over toelaatbaarheid, kunt u bezwaar maken."],
        ["Meerjarenbegroting", "Overzicht van inkomsten en uitgaven voor vier jaar."],
        ["Sociale Kaart", "Overzicht van alle ondersteuning en voorzieningen in de regio."],
        ["TLV", "Toelaatbaarheidsverklaring: nodig voor sbo of so. Geldt voor een bepaalde periode."],
        ["Verdeelmodel", "Afspraken over hoe het geld over de scholen wordt verdeeld."],
    ]))
    return b


# ---------------------------------------------------------------------------
# Near miss: a school-level "ondersteuningsplan" of one basisschool (.docx)
# ---------------------------------------------------------------------------

def notplan_wilgenhoek():
    b = []
    b.append(("title", ["Ondersteuningsplan 2024-2025",
                        "Openbare Basisschool De Wilgenhoek, Zuidwaarde",
                        "Zorgstructuur, ondersteuningsniveaus en samenwerking met ouders",
                        "Vastgesteld door het MT, besproken in de MR op 8 oktober 2024"]))
    b.append(("toc", [
        "1 Inleiding",
        "2 Onze school en leerlingpopulatie",
        "3 De ondersteuningsniveaus (niveau 1 tot en met 5)",
        "4 De cyclus van handelingsgericht werken",
        "5 Basisondersteuning op De Wilgenhoek",
        "6 Extra ondersteuning en het samenwerkingsverband",
        "7 Toelaatbaarheid sbo/so en terugplaatsing",
        "8 Ouders",
        "9 Taken en verantwoordelijkheden",
        "10 Jaarplanning ondersteuning 2024-2025",
    ]))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen "
                   "organiseert in schooljaar 2024-2025. Het plan is bedoeld voor het team, als naslagwerk bij de "
                   "groepsbesprekingen en leerlingbesprekingen, en voor ouders die willen weten hoe wij werken. Het "
                   "plan sluit aan bij het schoolondersteuningsprofiel (SOP) van onze school en bij het "
                   "ondersteuningsplan van Samenwerkingsverband Zuidwaarts, waarbij onze school is aangesloten. Het "
                   "plan wordt ieder jaar in september door de intern begeleider geactualiseerd."))
    b.append(("h1", "2 Onze school en leerlingpopulatie"))
    b.append(("p", "De Wilgenhoek is een openbare basisschool in de wijk Wilgendonk met 312 leerlingen in 13 groepen. "
                   "Ongeveer een kwart van de leerlingen spreekt thuis naast Nederlands een andere taal. De school "
                   "heeft een relatief hoog aantal leerlingen met een taalachterstand en een groeiende groep "
                   "leerlingen met vragen op het gebied van gedrag en welbevinden. In de onderbouw werken we met "
                   "combinatiegroepen 1-2. Het team bestaat uit 24 medewerkers, onder wie een intern begeleider "
                   "(0,8 fte), een gedragsspecialist (0,4 fte) en twee onderwijsassistenten."))
    b.append(("h1", "3 De ondersteuningsniveaus"))
    b.append(("p", "We onderscheiden vijf ondersteuningsniveaus, zoals die ook in de handreiking van het "
                   "samenwerkingsverband worden gebruikt:"))
    b.append(("ul", [
        "Niveau 1 - Algemene zorg in de groep: goed lesgeven, differentiëren in drie instructieniveaus.",
        "Niveau 2 - Extra zorg in de groep: de leerkracht biedt verlengde instructie of extra oefening, "
        "vastgelegd in het groepsplan.",
        "Niveau 3 - Speciale zorg na intern onderzoek: de intern begeleider doet een observatie of "
        "diagnostisch gesprek; er komt een individueel handelingsplan.",
        "Niveau 4 - Speciale zorg na extern onderzoek: met toestemming van ouders wordt een externe "
        "deskundige ingeschakeld; de school stelt zo nodig een ontwikkelingsperspectief (OPP) op.",
        "Niveau 5 - Verwijzing: de school vraagt met ouders een arrangement of een toelaatbaarheidsverklaring "
        "aan bij het samenwerkingsverband.",
    ]))
    b.append(("h1", "4 De cyclus van handelingsgericht werken"))
    b.append(("p", "Drie keer per jaar (oktober, februari en juni) vinden groepsbesprekingen plaats tussen "
                   "leerkracht en intern begeleider. Daarin worden de resultaten van de methodetoetsen en de "
                   "toetsen van het leerlingvolgsysteem geanalyseerd, worden de onderwijsbehoeften van leerlingen "
                   "benoemd en wordt het groepsplan bijgesteld. Leerlingen over wie de leerkracht zich zorgen maakt, "
                   "komen daarna in een leerlingbespreking met de intern begeleider en zo nodig de gedragsspecialist."))
    b.append(("p", "In november en maart houden we een teambrede leerlingbespreking volgens de methode van "
                   "collegiale consultatie. Iedere leerkracht brengt één casus in. De afspraken worden vastgelegd in "
                   "het leerlingvolgsysteem."))
    b.append(("h1", "5 Basisondersteuning op De Wilgenhoek"))
    b.append(("p", "Onze basisondersteuning is beschreven in het schoolondersteuningsprofiel. Kort samengevat bieden "
                   "wij: een dyslexieprotocol met begeleiding tot en met het aanvragen van onderzoek; een "
                   "rekenprotocol; de Kanjertraining in alle groepen; een plusgroep voor meerbegaafde leerlingen "
                   "(een uur per week); NT2-ondersteuning door een onderwijsassistent; en een vaste "
                   "schoolmaatschappelijk werker op dinsdagochtend."))
    b.append(("h1", "6 Extra ondersteuning en het samenwerkingsverband"))
    b.append(("p", "Als de basisondersteuning onvoldoende is, bespreken we de leerling in het ondersteuningsteam (OT). "
                   "Daaraan nemen deel: ouders, leerkracht, intern begeleider, de consulent van het "
                   "samenwerkingsverband en zo nodig de schoolmaatschappelijk werker of de jeugdverpleegkundige. "
                   "Het OT kan besluiten een arrangement aan te vragen. De school gebruikt daarvoor het formulier van "
                   "het samenwerkingsverband. De middelen die de school van het bestuur ontvangt voor extra "
                   "ondersteuning, zetten we in voor de gedragsspecialist en de onderwijsassistenten."))
    b.append(("h1", "7 Toelaatbaarheid sbo/so en terugplaatsing"))
    b.append(("p", "Wanneer de school, ook met een arrangement, niet kan bieden wat een leerling nodig heeft, kan in "
                   "overleg met ouders een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal "
                   "onderwijs worden aangevraagd. De intern begeleider stelt het dossier samen en dient het in via "
                   "het loket van het samenwerkingsverband. Het samenwerkingsverband beslist. In schooljaar "
                   "2023-2024 is voor twee leerlingen een TLV aangevraagd."))
    b.append(("p", "Komt een leerling vanuit het sbo of so terug naar onze school, dan houden we een "
                   "overdrachtsgesprek met de school van herkomst en de ouders, en wordt de leerling de eerste "
                   "maanden extra gevolgd door de intern begeleider."))
    b.append(("h2", "Overgang naar het voortgezet onderwijs"))
    b.append(("p", "In groep 7 krijgen ouders een voorlopig advies; in groep 8 volgt het definitieve schooladvies. "
                   "Voor leerlingen met een OPP of een arrangement houdt de intern begeleider een warme overdracht met "
                   "de school voor voortgezet onderwijs. Als lwoo of praktijkonderwijs in beeld is, levert de school "
                   "de gegevens tijdig aan via de overstapservice."))
    b.append(("h2", "Dyslexie en hoogbegaafdheid"))
    b.append(("p", "Voor leerlingen met ernstige lees- en spellingproblemen volgen we het dyslexieprotocol. Na drie "
                   "meetmomenten met onvoldoende vooruitgang, ondanks intensieve begeleiding, kan de school met ouders "
                   "een aanvraag doen voor vergoed dyslexieonderzoek via de gemeente. Leerlingen die meer aankunnen, "
                   "krijgen verrijkingsstof in de klas en kunnen na signalering met het digitale "
                   "signaleringsinstrument deelnemen aan de plusgroep."))
    b.append(("h1", "8 Ouders"))
    b.append(("p", "Ouders zijn onze partners. Zij worden bij iedere stap betrokken: na de groepsbespreking als er "
                   "extra ondersteuning nodig is, bij het handelingsplan en het OPP (waarmee ouders moeten instemmen "
                   "op het handelingsdeel), en in het ondersteuningsteam. Twee keer per jaar zijn er "
                   "oudergesprekken; ouders van leerlingen met een OPP worden drie keer per jaar uitgenodigd. Ouders "
                   "die vragen hebben over passend onderwijs, kunnen ook terecht bij het Ouder- en Jeugdsteunpunt "
                   "van het samenwerkingsverband. Informatie over de ondersteuning staat in de schoolgids en op de "
                   "website van de school."))
    b.append(("h1", "9 Taken en verantwoordelijkheden"))
    b.append(("table", [
        ["Wie", "Taken"],
        ["Leerkracht", "Signaleren, groepsplan, oudergesprekken, uitvoeren handelingsplan"],
        ["Intern begeleider", "Groepsbesprekingen, leerlingbesprekingen, OT, contact samenwerkingsverband, dossiers"],
        ["Gedragsspecialist", "Observaties, begeleiding leerkrachten, Kanjertraining"],
        ["Directeur", "Eindverantwoordelijk, besluit over aanvragen, contact bestuur"],
        ["Onderwijsassistent", "Uitvoeren van interventies in kleine groepjes"],
    ]))
    b.append(("h1", "10 Jaarplanning ondersteuning 2024-2025"))
    b.append(("table", [
        ["Maand", "Activiteit"],
        ["September", "Actualiseren ondersteuningsplan; startgesprekken met ouders"],
        ["Oktober", "Groepsbesprekingen ronde 1"],
        ["November", "Teambrede leerlingbespreking; scholing executieve functies"],
        ["Januari", "Afname toetsen leerlingvolgsysteem (midden)"],
        ["Februari", "Groepsbesprekingen ronde 2; analyse trendgegevens"],
        ["Maart", "Teambrede leerlingbespreking; OPP-evaluaties"],
        ["Juni", "Groepsbesprekingen ronde 3; overdracht naar nieuwe groep"],
    ]))
    return b


# ---------------------------------------------------------------------------
# Build everything
# ---------------------------------------------------------------------------

def main():
    made = []

    def docx(blocks, name, header=None, footer=None):
        path = OUT / name
        write_docx(blocks, path, header, footer)
        made.append(path)
        return path

    # Plan 1
    b1 = plan_kempenrand()
    docx(b1, "po-kempenrand-2025.docx", header="Ondersteuningsplan 2025-2029 | SWV De Kempenrand",
         footer="Passend onderwijs in de Kempenrand")
    # Plan 2: docx + pdf
    b2 = plan_delta_rijnmond()
    p2 = docx(b2, "vo-delta-rijnmond-2025.docx",
              header="Ondersteuningsplan 2025-2029 SWV VO Delta-Rijnmond - basisondersteuning, toelaatbaarheid, "
                     "terugplaatsing, ouders",
              footer="Samen sterk in de Delta")
    docx_to_pdf(p2, OUT / "vo-delta-rijnmond-2025.pdf")
    made.append(OUT / "vo-delta-rijnmond-2025.pdf")
    # Plan 3: pdf only (docx rendered in a temporary folder)
    b3 = plan_groot_maasveld()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "po-groot-maasveld-2025.docx"
        write_docx(b3, tmp, header="SWV PO Groot-Maasveld | Ondersteuningsplan 2025-2029",
                   footer="Ieder kind een passende plek")
        docx_to_pdf(tmp, OUT / "po-groot-maasveld-2025.pdf")
    made.append(OUT / "po-groot-maasveld-2025.pdf")
    # Plan 4
    b4 = plan_ijssel_veluwerand()
    docx(b4, "vo-ijssel-veluwerand-deel-a.docx", header="SWV VO IJssel-Veluwerand - Ondersteuningsplan Deel A",
         footer="Deel B: aanbod, ketenpartners en ouders (afzonderlijk document)")
    # Plan 5
    b5 = plan_zuidwaarts()
    write_html(b5, OUT / "po-zuidwaarts-web.html", "Ondersteuningsplan 2025-2029 | Zuidwaarts",
               header="Zuidwaarts | Home | Over ons | Ondersteuningsplan | Ouders | Toelaatbaarheid | Geld | Contact",
               footer="© 2025 Samenwerkingsverband Zuidwaarts - basisondersteuning, terugplaatsing, "
                      "ouder- en jeugdsteunpunt")
    made.append(OUT / "po-zuidwaarts-web.html")
    # Near miss
    bn = notplan_wilgenhoek()
    docx(bn, "notplan-obs-wilgenhoek-schoolplan.docx", header="OBS De Wilgenhoek - Ondersteuningsplan 2024-2025")

    for name, blocks in [("kempenrand", b1), ("delta-rijnmond", b2), ("groot-maasveld", b3),
                         ("ijssel-veluwerand", b4), ("zuidwaarts", b5), ("wilgenhoek", bn)]:
        print(f"{name}: {words(blocks)} words")

    write_labels()
    for p in made:
        print("wrote", p.relative_to(OUT))


def crit(*flags):
    return dict(zip(CORE, flags))


def write_labels():
    # Plan 1 -----------------------------------------------------------------
    write_label(
        "po-kempenrand-2025", ["po-kempenrand-2025.docx"], "po",
        crit(True, True, True, False, True, True, True, True, True, False, False, False, True, True),
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "3.2.1 defines one minimum level for every vestiging; 3.2.2 lists twelve concrete "
                               "afspraken; 3.2.3 borging via kwaliteitskaart and verbeterplan.",
         "plaatsing": "4.1 gives applicant, five steps, two deskundigen, Commissie van Toelaatbaarheid and a "
                      "six-week term; 4.2 only refers to the Beoordelingskader in bijlage 3, which is not part of "
                      "the document (and 'wordt geactualiseerd'), so the criteria are not addressed. 4.3 duration "
                      "and category, 4.4 bezwaar via LBT.",
         "terugstroom": "Hidden in the TLV chapter, 4.5 'Na de TLV': policy (thuisnabij, conditions), procedure "
                        "(annual OPP evaluation, 1 March in the last TLV year, orthopedagoog finds a school, new TLV "
                        "before 1 April) and a terugplaatsingsarrangement.",
         "financien": "Chapter 'Geld en middelen': 5.2 verdeling (EUR 165 per leerling plus vaste voet, "
                      "arrangementen budget, max 9% bureau); 5.3 meerjarenbegroting table 2025-2028; 5.4 reserves.",
         "dekkend-aanbod": "3.1 and 3.3 describe the continuum (niveaus 1-4, arrangementen, Plusklas, Taalklas, "
                           "Observatiegroep, sbo/so); 3.4 defers the gap analysis and thuiszitters approach to "
                           "2025-2026 and an absent bijlage 5, so lacunes is not addressed. 8.4 covers OZA with "
                           "gemeenten.",
         "resultaten": "Chapter 7 'Kwaliteit en resultaten' only announces a kwaliteitskader to be drawn up in the "
                       "first plan year; the summary and planning table repeat the deferral; 'goede resultaten' in "
                       "2.2 is a value phrase and the begrippenlijst entry does not count. Nothing addressed.",
         "ouders": "Inside chapter 'Communicatie': 6.2 schoolgids, SOP, ouderfolder, ouderpagina, "
                   "informatieavonden; 6.3 Ouder- en Jeugdsteunpunt Kempen, Onderwijsconsulenten, "
                   "Geschillencommissie."},
        {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present", "financien": "present",
         "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"})
    # Plan 2 -----------------------------------------------------------------
    write_label(
        "vo-delta-rijnmond-2025", ["vo-delta-rijnmond-2025.docx", "vo-delta-rijnmond-2025.pdf"], "vo",
        crit(True, False, True, True, True, False, True, True, True, True, True, True, True, False),
        {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Section 'Basisondersteuning' in chapter 3 defines the agreed minimum for every "
                               "vestiging, but the concrete standards are only in the Kwaliteitskaart on the "
                               "website (not part of the input); the extra-ondersteuning examples differ per school.",
         "plaatsing": "Chapter 5: Loket, applicant, dossier, two deskundigen, Commissie Toewijzing, six-week term; "
                      "vso criteria in a three-row table; national pro and lwoo criteria with deadlines; TLV "
                      "duration and bekostigingscategorie. No bezwaar route.",
         "terugstroom": "Chapter 5 'Terugplaatsing en overplaatsing' gives the procedure (1 February OPP talk, "
                        "melding before 1 March, trajectbegeleider, TLV ends 31 July) but says the policy framework "
                        "(aims, conditions, support after return) will be re-drawn in 2025-2026: beleid not "
                        "addressed. Kengetallen table reports terugplaatsingen.",
         "financien": "Chapter 8: verdeelmodel with per-leerling amount, vaste voet, amounts per plaats, "
                      "maatwerkbudget; meerjarenbegroting table 2025-2028; reserve reduction; verantwoording format.",
         "dekkend-aanbod": "Chapter 3 route with four treden, OPDC, rebound, OZA, HB-Delta, vso; chapter 4 gap "
                           "analysis with three witte vlekken, actions with dates, Thuiszittersoverleg and "
                           "doorzettingsmacht.",
         "resultaten": "Chapter 7: indicator table with nulmeting and streefwaarden 2027/2029; quality cycle with "
                       "kwartaalrapportage, peiling, jaarverslag per indicator, external mid-term evaluation.",
         "ouders": "Chapter 6 'Hoe informeren we ouders?' (brochure, ouderpagina, schoolgids paragraph, "
                   "ouderavonden, languages). Independent help is not addressed: the OJSP is only announced for "
                   "2026 and the Q&A on disagreement sends parents to mentor, coordinator and schoolleiding only; "
                   "the OJSP entry in Bijlage A does not count."},
        {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial", "financien": "present",
         "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"})
    # Plan 3 -----------------------------------------------------------------
    write_label(
        "po-groot-maasveld-2025", ["po-groot-maasveld-2025.pdf"], "po",
        crit(True, True, True, True, False, False, True, False, True, True, False, True, False, True),
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "3.2.1 defines the level for all scholen and vestigingen; 3.2.2 standards table "
                               "per domain (content only in a table); 3.2.3 audits.",
         "plaatsing": "4.1 applicant, dossier, loket check in ten days, Commissie Toelaatbaarheid within six weeks; "
                      "4.2 two separate deskundigen; 4.3 'vier toetsstenen' (criteria in unusual wording, separate "
                      "sbo and so); 4.4 duration and category. No bezwaar.",
         "terugstroom": "Nothing on return from sbo/so: only near-misses (terugblik in 1.3, doorstroom po-vo and "
                        "warme overdracht, TLV end date in 4.4) and the begrippenlijst entry 'Terugplaatsing'.",
         "financien": "7.1 verdeelmodel table with verdeelsleutels and decision by the algemeen bestuur; 7.2 says "
                      "the meerjarenbegroting is not part of the plan and shows a table with only 'p.m.' amounts, "
                      "so besteding is not addressed. 7.3 reserves.",
         "dekkend-aanbod": "Chapter 3 continuum in four layers with bovenschoolse voorzieningen; chapter 5 overview, "
                           "three knelpunten with actions, thuiszitter procedure and doorzettingsmacht.",
         "resultaten": "6.1-6.2 Monitor with indicators, quarterly update, bestuur/OPR discussion, jaarverslag; 6.3 "
                       "defers the beoogde resultaten until after a nulmeting in 2025-2026, so doelen is not "
                       "addressed (summary repeats the deferral).",
         "ouders": "8.2 defers how parents are informed to a communicatieplan (spring 2026) and a future "
                   "ouderversie: informatie not addressed; 8.3 OJSP via Ouderkracht, Onderwijsconsulenten, "
                   "Geschillencommissie. 8.1 parents' role in OPP/OT."},
        {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing", "financien": "partial",
         "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"})
    # Plan 4 -----------------------------------------------------------------
    write_label(
        "vo-ijssel-veluwerand-deel-a", ["vo-ijssel-veluwerand-deel-a.docx"], "vo",
        crit(False, False, False, True, True, True, False, True, False, False, True, False, False, False),
        {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
         "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]},
        {"basisondersteuning": "Chapter 5 only refers to Deel B and its bijlage 2, which are separate documents "
                               "not in the input; TOC, bijlage entry and a passing mention of the landelijke norm "
                               "do not count.",
         "plaatsing": "Chapter 6 states the criteria for vso, pro and own lwoo criteria (opting out) and TLV "
                      "duration/category, but the procedure, terms and commission are referred to the Handboek "
                      "Toewijzing on the website.",
         "terugstroom": "Chapter 7: policy (temporary placement, conditions, terugkeerarrangement) and a five-step "
                        "procedure with dates (1 December, 1 February, proefplaatsing, evaluations); figures for "
                        "2023-2024.",
         "financien": "Chapter 9: the verdeelmodel has expired and a new one will be set in December 2025 "
                      "('tot die tijd gelden de bedragen van 2024'), so verdeling is not addressed; "
                      "meerjarenbegroting table with amounts and spending purposes; verantwoording; reserves.",
         "dekkend-aanbod": "Aanbod, bovenschoolse voorzieningen and ketenpartners are all referred to Deel B; OOGO "
                           "appears only as a procedural date; OPDC only in the afkortingenlijst. Nothing addressed.",
         "resultaten": "Chapter 8 table of beoogde resultaten with targets for 2029; how progress is measured and "
                       "reported is deferred to a kwaliteitshandboek (2026).",
         "ouders": "No information channels, no independent help, no description of parents' role; parents are "
                   "referred to Deel B (voorwoord, footer), OJSP appears only in the afkortingenlijst."},
        {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present", "financien": "partial",
         "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "missing"})
    # Plan 5 -----------------------------------------------------------------
    write_label(
        "po-zuidwaarts-web", ["po-zuidwaarts-web.html"], "po",
        crit(True, False, False, False, False, True, False, False, False, True, True, True, True, True),
        {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Section 3 states one agreed minimum for every school and location, but the "
                               "concrete standards will only be worked out in 2025-2026.",
         "plaatsing": "Section 4 and the Q&A refer to the brochure 'De route naar sbo en so' on the website; "
                      "TLV duration and bezwaar appear only in the begrippenlijst; the Plaatsingstafel in section 5 "
                      "is about regular-school placement. Nothing addressed.",
         "terugstroom": "Section 6 gives policy (thuisnabij, three conditions, terugkeerarrangement) but says the "
                        "course of a return is decided per child: no procedure. Section 7 has terugplaatsing figures.",
         "financien": "Section 8 refers to the separate 'Financieel kader en meerjarenbegroting' on the website; "
                      "the Q&A answer repeats that reference; verdeelmodel only in the begrippenlijst.",
         "dekkend-aanbod": "Section 5 handles lacunes (melding, five-day meeting, Plaatsingstafel, half-yearly gap "
                           "review, pilots) but the set of provisions is only on the Sociale Kaart website; section 4 "
                           "is a bare sketch, so continuum is not addressed.",
         "resultaten": "Section 7: five targets with 2024 value and 2029 target, plus dashboard, annual survey and "
                       "jaarverslag per doel.",
         "ouders": "Section 9 lists channels (website, schoolgids, folder, ouderavonden, phone) and the independent "
                   "Ouder- en Jeugdsteunpunt, Onderwijsconsulenten and klachtencommissie; Q&A in section 10."},
        {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial", "financien": "missing",
         "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"})
    # Near miss --------------------------------------------------------------
    write_notplan_label(
        "notplan-obs-wilgenhoek-schoolplan", ["notplan-obs-wilgenhoek-schoolplan.docx"],
        "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, IB tasks, "
        "jaarplanning for one school year); it refers to the samenwerkingsverband as an outside party that decides "
        "on TLVs. Not an ondersteuningsplan of a samenwerkingsverband (domain 5.4).")


if __name__ == "__main__":
    main()
