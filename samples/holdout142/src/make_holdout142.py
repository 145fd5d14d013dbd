#!/usr/bin/env python3
"""Generate the holdout142 test set: five fictional ondersteuningsplannen (PO and VO,
drafts and final versions) and one near-miss document (an OPR instemmingsbesluit).

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout142>/<name>.docx|.pdf|.html  and  <name>.expected.yaml
PDFs are rendered from a generated .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------
# Rendering
# Blocks: ("title", [lines]) ("toc", [entries]) ("h1", t) ("h2", t) ("p", t) ("ul", [items])
#         ("ol", [items]) ("table", [[cells], ...]) ("note", t) ("pb",)
# --------------------------------------------------------------------------------------


def render_docx(doc, path):
    d = Document()
    cp = d.core_properties
    cp.author = doc.get("author", "Bureau samenwerkingsverband")
    cp.title = doc["title"]
    fixed = datetime.datetime(2026, 2, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = cp.author
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc.get("header"):
        sec.header.paragraphs[0].text = doc["header"]
    if doc.get("footer"):
        sec.footer.paragraphs[0].text = doc["footer"]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph().add_run("Inhoudsopgave").bold = True
            for e in b[1]:
                d.add_paragraph(e)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        elif kind in ("ul", "ol"):
            st = "List Bullet" if kind == "ul" else "List Number"
            for it in b[1]:
                d.add_paragraph(it, style=st)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    tmp = Path(tempfile.mkdtemp(prefix="holdout142_docx_"))
    try:
        raw = tmp / "raw.docx"
        d.save(str(raw))
        # rewrite the zip with fixed timestamps so that output is byte-deterministic
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 1, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(zi, zin.read(info.filename))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(doc, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(doc['title'])}</title></head><body>"]
    if doc.get("header"):
        out.append(f'<header><nav class="site">{e(doc["header"])}</nav></header>')
    out.append("<main>")
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{e(x)}</li>" for x in b[1]]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "note":
            out.append(f'<p class="note"><em>{e(b[1])}</em></p>')
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            pass
    out.append("</main>")
    if doc.get("footer"):
        out.append(f"<footer>{e(doc['footer'])}</footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(doc, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout142_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(doc, src)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _flow(obj):
    return yaml.safe_dump(obj, allow_unicode=True, default_flow_style=True, width=10000, sort_keys=False).strip()


def write_label(name, label):
    """Write the label in the house format: flow style for documents/elements/advisory lists,
    block style for criteria and notes."""
    lines = [f"documents: {_flow(label['documents'])}", f"sector: {label['sector']}",
             f"looks_like_plan: {str(label['looks_like_plan']).lower()}",
             f"elements: {_flow(label['elements'])}"]
    if label["criteria"]:
        lines.append("criteria:")
        lines += [f"  {k}: {str(v).lower()}" for k, v in label["criteria"].items()]
    else:
        lines.append("criteria: {}")
    if label["advisory_addressed"]:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: {_flow(v)}" for k, v in label["advisory_addressed"].items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in label["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == label, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
        "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
        "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def status_from(criteria, advisory, element):
    core = [v for k, v in criteria.items() if k.split(".")[0] == element]
    if all(core):
        return "present"
    if any(core) or advisory.get(element):
        return "partial"
    return "missing"


def make_label(documents, sector, false_criteria, advisory, notes):
    criteria = {c: c not in false_criteria for c in CORE}
    elements = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
               "resultaten", "ouders"]:
        elements[el] = status_from(criteria, advisory, el)
    return {"documents": documents, "sector": sector, "looks_like_plan": True,
            "elements": elements, "criteria": criteria,
            "advisory_addressed": {k: v for k, v in advisory.items() if v}, "notes": notes}


# --------------------------------------------------------------------------------------
# Shared filler (real plans carry a lot of it). Written so that it does not address any
# core criterion: values, governance, procedure of adoption, staff, ICT, trends.
# --------------------------------------------------------------------------------------


def f_voorwoord(c):
    return [
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['swv']}. Dit plan is het "
              "resultaat van een traject waarin schoolleiders, intern begeleiders, "
              "ondersteuningscoördinatoren, bestuurders, de gemeenten en de ondersteuningsplanraad "
              "hebben meegedacht. Wij danken iedereen die de afgelopen maanden tijd heeft vrijgemaakt "
              "voor gesprekken, werksessies en het kritisch lezen van conceptversies."),
        ("p", "Passend onderwijs is geen project meer dat ergens begint en eindigt; het is de manier "
              "waarop wij samen ons onderwijs organiseren. Tegelijk zien we dat de druk op scholen "
              "toeneemt. Het lerarentekort, de groeiende vraag naar jeugdhulp en de complexiteit van "
              "de ondersteuningsvragen vragen veel van leraren, van schoolleiders en ook van ouders. "
              "In dit plan kiezen we daarom voor focus en voor heldere afspraken. Waar dat nodig is, "
              "zijn afspraken uitgewerkt in procedures en reglementen; waar het kan, laten we ruimte "
              "aan de scholen om hun eigen weg te vinden."),
        ("p", "Wij hopen dat dit plan voor leraren, schoolleiders, ouders en partners een bruikbaar "
              "kompas is, en dat het uitnodigt tot gesprek. Middelen, mensen en tijd zijn schaars; "
              "des te belangrijker is het dat wij ze gericht inzetten. Reacties op dit plan zijn "
              "altijd welkom via het bureau van het samenwerkingsverband."),
        ("p", f"{c['ondertekenaar']}, directeur-bestuurder"),
    ]


def f_wettelijk(c):
    art = "artikel 18a van de Wet op het primair onderwijs" if c["sector"] == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans de overeenkomstige artikelen van de WVO 2020)"
    return [
        ("p", f"Het ondersteuningsplan is het belangrijkste beleidsdocument van het "
              f"samenwerkingsverband. Het plan wordt ten minste eens in de vier jaar vastgesteld. "
              f"Volgens {art} beschrijft het plan in elk geval hoe het samenwerkingsverband een "
              "samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de "
              "basisondersteuning op alle scholen; de procedure en criteria voor de verdeling en "
              "besteding van middelen; de procedure en criteria voor toelaatbaarheid; het beleid voor "
              "terugplaatsing en overplaatsing; de beoogde en bereikte resultaten; en de wijze waarop "
              "ouders worden geïnformeerd, ook over onafhankelijke ondersteuning."),
        ("p", "Voordat het bestuur het plan vaststelt, is op overeenstemming gericht overleg (OOGO) "
              "gevoerd met de gemeenten in onze regio en heeft de ondersteuningsplanraad ingestemd. "
              "Het vastgestelde plan wordt vóór 1 mei aan de Inspectie van het Onderwijs gezonden."),
    ]


def f_visie(c):
    kind = "ieder kind" if c["sector"] == "po" else "iedere jongere"
    return [
        ("p", f"Wij geloven dat {kind} recht heeft op onderwijs dat past, dichtbij huis en samen met "
              "leeftijdgenoten waar dat kan. Dat is geen vrijblijvende gedachte: het raakt aan de "
              "manier waarop een samenleving met verschillen omgaat. Het VN-verdrag inzake de rechten "
              "van personen met een handicap en de landelijke route naar inclusiever onderwijs in 2035 "
              "vormen daarbij een belangrijke achtergrond."),
        ("p", "Onze kernwaarden zijn samen, dichtbij en doen wat nodig is. Samen: schoolbesturen, "
              "scholen, gemeenten, jeugdhulp en ouders dragen gezamenlijk verantwoordelijkheid. "
              "Dichtbij: ondersteuning wordt zo veel mogelijk geboden in de eigen klas, door de eigen "
              "leraar, met hulp van anderen. Doen wat nodig is: we laten ons niet leiden door "
              "regels, budgetten of schotten, maar door de vraag wat een leerling nodig heeft."),
        ("p", "Deze waarden vragen iets van de cultuur in ons verband. We kiezen voor vertrouwen in "
              "professionals, korte lijnen en het gesprek aan de voorkant. Wij willen leren van wat "
              "goed gaat en eerlijk zijn over wat niet goed gaat. Het samenwerkingsverband is daarbij "
              "geen loket op afstand, maar een partner die meedenkt en verbindt."),
    ]


def f_governance(c):
    return [
        ("p", f"{c['swv']} is een stichting. Aangesloten zijn {c['besturen']} schoolbesturen, die "
              "samen de Algemene Vergadering vormen. Het samenwerkingsverband kent een scheiding "
              "tussen bestuur en intern toezicht: de directeur-bestuurder bestuurt de stichting en "
              "legt verantwoording af aan de Raad van Toezicht. De Raad van Toezicht bestaat uit vijf "
              "leden, van wie drie onafhankelijke leden en twee leden op voordracht van de "
              "schoolbesturen."),
        ("p", "De Algemene Vergadering benoemt de leden van de Raad van Toezicht, keurt de "
              "statuten goed en wordt betrokken bij strategische keuzes. De Raad van Toezicht "
              "keurt de begroting, het jaarverslag en het ondersteuningsplan goed. De "
              "directeur-bestuurder stelt het ondersteuningsplan vast na instemming van de "
              "ondersteuningsplanraad en na OOGO met de gemeenten. De governancecode van de sector "
              "is van toepassing; afwijkingen worden in het jaarverslag toegelicht."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder en de "
              "scholen. Het bureau is gehuisvest in " + c["bureau_plaats"] + ". Het bureau "
              "organiseert netwerken, beheert de digitale dossiers en is het aanspreekpunt voor "
              "gemeenten en ketenpartners."),
    ]


def f_opr(c, met_ouders=True):
    if met_ouders:
        samenstelling = ("De OPR bestaat uit twaalf leden: zes ouders (in het vo: ouders of "
                         "leerlingen) en zes personeelsleden, gekozen door en uit de "
                         "medezeggenschapsraden van de aangesloten scholen.")
    else:
        samenstelling = ("De OPR bestaat uit twaalf leden, afgevaardigd door de "
                         "medezeggenschapsraden van de aangesloten scholen.")
    return [
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en op "
              "iedere wijziging van het ondersteuningsplan. " + samenstelling +
              " De OPR vergadert ten minste zes keer per jaar, waarvan twee keer met de "
              "directeur-bestuurder. Het samenwerkingsverband faciliteert de OPR met een "
              "ambtelijk secretaris, een scholingsbudget en een vergoeding per vergadering."),
        ("p", "Naast de OPR heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
              "personeel van het bureau. Geschillen over instemming kunnen worden voorgelegd aan de "
              "Landelijke Commissie voor Geschillen WMS. Het reglement van de OPR is in 2024 "
              "geactualiseerd."),
    ]


def f_personeel(c):
    return [
        ("p", f"Het bureau van het samenwerkingsverband heeft een formatie van ongeveer {c['fte']} fte: "
              "de directeur-bestuurder, een beleidsmedewerker, een controller (gedeeltelijk "
              "ingehuurd), orthopedagogen, consulenten passend onderwijs en een secretariaat. "
              "De medewerkers zijn in dienst van de stichting of gedetacheerd vanuit een van de "
              "aangesloten besturen."),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Leraren moeten steeds vaker omgaan met "
              "grote verschillen in de klas, terwijl vacatures langer openstaan. Wij investeren "
              "daarom in deskundigheid: via leernetwerken voor intern begeleiders en "
              "ondersteuningscoördinatoren, via intervisie en via een jaarlijks scholingsaanbod "
              "over onder meer gedrag, trauma-sensitief lesgeven en executieve functies. Het "
              "scholingsaanbod wordt samen met de pabo en de lerarenopleidingen ontwikkeld."),
        ("p", "Aandacht voor werkdruk en werkplezier is onderdeel van ons personeelsbeleid. Het "
              "bureau houdt jaarlijks een medewerkerstevredenheidsonderzoek en voert "
              "gesprekkencyclus volgens de cao. Verzuim van bureaumedewerkers ligt onder het "
              "sectorgemiddelde."),
    ]


def f_ict(c):
    return [
        ("p", f"Het samenwerkingsverband werkt met een beveiligde digitale omgeving ({c['systeem']}) "
              "waarin scholen aanvragen indienen en dossiers delen. Alleen medewerkers die een "
              "dossier nodig hebben voor hun taak krijgen toegang. Met alle scholen is een "
              "verwerkersovereenkomst gesloten."),
        ("p", "Wij verwerken persoonsgegevens volgens de Algemene verordening gegevensbescherming "
              "(AVG). Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover "
              "dat voor de wettelijke taken nodig is. Het samenwerkingsverband heeft een functionaris "
              "gegevensbescherming (gedeeld met drie andere samenwerkingsverbanden) en een "
              "privacyreglement dat op de website is gepubliceerd. Datalekken worden gemeld en "
              "geregistreerd; in 2025 was er één melding, zonder gevolgen voor betrokkenen."),
    ]


def f_trends(c):
    return [
        ("p", "Landelijk is er veel in beweging. Na de evaluatie van passend onderwijs in 2020 is de "
              "verbeteraanpak gestart, met onder meer aandacht voor de reserves van "
              "samenwerkingsverbanden, voor thuiszitters en voor de positie van ouders en leerlingen. "
              "De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt onder "
              "meer het hoorrecht van leerlingen bij het ontwikkelingsperspectief en de verplichting "
              "voor elk samenwerkingsverband om een ouder- en jeugdsteunpunt te hebben."),
        ("p", "Daarnaast werkt het ministerie aan een landelijke norm voor de basisondersteuning. "
              "Wanneer die norm wettelijk wordt vastgelegd, zal dat gevolgen hebben voor de afspraken "
              "in ons verband. Ook de vereenvoudiging van de bekostiging en de route naar "
              "inclusiever onderwijs vragen de komende jaren om bijstelling. Dit plan is daarom "
              "nadrukkelijk een plan dat kan meebewegen."),
    ]


def f_oogo(c, inhoudelijk=True):
    out = [("p", f"Met de gemeenten {c['gemeenten']} is op {c['oogo']} op overeenstemming gericht "
                 "overleg (OOGO) gevoerd over het concept van dit plan. De wethouders onderwijs en "
                 "jeugd hebben ingestemd met de hoofdlijnen. Het verslag van het OOGO is bij het "
                 "samenwerkingsverband op te vragen.")]
    if inhoudelijk:
        out.append(("p", "In het OOGO zijn gezamenlijke thema's afgesproken: de aansluiting tussen "
                         "onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, "
                         "thuiszitters, en de overgang naar vervolgonderwijs en arbeid. Per thema is "
                         "een trekker benoemd. Gemeenten en samenwerkingsverband financieren samen "
                         "onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als "
                         "jeugdhulp nodig hebben; de jeugdhulp wordt daarbij in de school geboden."))
    return out


def f_planning(c, concept=False):
    rows = [["Periode", "Activiteit"]] + c["planning"]
    out = [("p", "Dit plan is in de volgende stappen tot stand gekomen. Schoolleiders, intern "
                 "begeleiders en ondersteuningscoördinatoren hebben in werksessies bijgedragen; de "
                 "OPR is vanaf het begin als meelezer betrokken."),
           ("table", rows)]
    if concept:
        out.append(("note", "[Planning is voorlopig; data OOGO en vaststelling nog bevestigen "
                            "met secretariaat.]"))
    return out


def f_samenwerking(c):
    return [
        ("p", "Het samenwerkingsverband staat niet alleen. Wij werken samen met de hogeschool en de "
              "lerarenopleidingen in de regio, onder meer in een lectoraat over inclusief onderwijs "
              "waarin leraren onderzoek doen in hun eigen klas. Studenten lopen stage op scholen "
              "die met complexe ondersteuningsvragen werken, zodat nieuwe leraren al tijdens hun "
              "opleiding ervaring opdoen. Met de landelijke sectororganisaties en met collega-"
              "samenwerkingsverbanden in de provincie wisselen wij kennis en instrumenten uit."),
        ("p", "Daarnaast nemen wij deel aan een provinciaal netwerk van directeuren van "
              "samenwerkingsverbanden. Daar worden onderwerpen besproken die de grenzen van één "
              "verband overstijgen, zoals de positie van kinderen in residentiële instellingen, "
              "de samenwerking met zorgverzekeraars en de gezamenlijke inkoop van scholing. Wij "
              "delen onze ervaringen ook actief: wat bij ons werkt, stellen wij beschikbaar aan "
              "anderen, en omgekeerd."),
    ]


def f_communicatie_scholen(c):
    return [
        ("p", "Goede communicatie met scholen is een voorwaarde voor alles wat in dit plan staat. Het "
              "samenwerkingsverband verstuurt een digitale nieuwsbrief aan schoolleiders, intern "
              "begeleiders en ondersteuningscoördinatoren. Daarnaast zijn er vaste netwerken: het "
              "directeurenoverleg, het netwerk van intern begeleiders of ondersteuningscoördinatoren "
              "en een jaarlijkse inspiratiedag rond een thema dat scholen zelf aandragen."),
        ("p", "Wij willen de afstand tussen het bureau en de werkvloer klein houden. Medewerkers "
              "van het bureau bezoeken scholen regelmatig, sluiten aan bij teamvergaderingen als "
              "daarom wordt gevraagd en zijn telefonisch goed bereikbaar. Elk voorjaar organiseren "
              "wij een dialoogbijeenkomst waarin schoolleiders en leraren vertellen wat zij van het "
              "samenwerkingsverband merken en wat beter kan. De opbrengst daarvan gebruiken wij bij "
              "het opstellen van het jaarplan."),
    ]


def f_cultuur(c):
    return [
        ("p", "Passend onderwijs vraagt meer dan regels en procedures: het vraagt een cultuur waarin "
              "professionals elkaar aanspreken, van elkaar leren en samen verantwoordelijkheid nemen. "
              "Schoolbesturen in ons verband hebben afgesproken dat zij elkaar niet zien als "
              "concurrenten, maar als partners in één regio. Dat betekent ook dat een school die "
              "vastloopt, hulp kan vragen aan een andere school, zonder dat dit als falen wordt "
              "gezien."),
        ("p", "Wij investeren in vertrouwen door transparant te zijn over keuzes en door lastige "
              "onderwerpen bespreekbaar te maken. Dilemma's – tussen het belang van één leerling en "
              "dat van de groep, tussen wat wenselijk en wat haalbaar is – leggen wij niet weg, maar "
              "bespreken wij in het directeurenoverleg en in de netwerken. Daarbij hoort ook het "
              "erkennen van de grenzen van wat onderwijs kan bieden, en het gesprek met partners "
              "over wat daarbuiten ligt."),
        ("p", "Ten slotte vinden wij het belangrijk dat de stem van leraren doorklinkt in ons beleid. "
              "Leraren weten als geen ander wat een klas nodig heeft. Daarom zijn in iedere "
              "werkgroep van het samenwerkingsverband ook leraren vertegenwoordigd, en wordt hun "
              "deelname door de besturen gefaciliteerd."),
    ]


# --------------------------------------------------------------------------------------
# Plan A: PO, concept v0.8 for the OPR (.docx)
# --------------------------------------------------------------------------------------

A = dict(swv="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie", kort="De Waterlinie",
         periode="2026–2030", sector="po", ondertekenaar="drs. H.J. (Hester) Brandsma",
         besturen="negen", bureau_plaats="Lingehaven", fte="14", systeem="Kindkans",
         gemeenten="Lingehaven, Waalkant en Dijkzicht", oogo="10 maart 2026",
         planning=[["september 2025", "Start traject, evaluatie vorig plan met schoolleiders"],
                   ["november 2025", "Werksessies met intern begeleiders en besturen"],
                   ["februari 2026", "Concept 0.8 ter bespreking in de OPR"],
                   ["maart 2026", "OOGO met de gemeenten; instemmingsverzoek OPR"],
                   ["april 2026", "Vaststelling; toezending aan de Inspectie vóór 1 mei"]])


def plan_a():
    c = A
    b = [("title", ["Concept-ondersteuningsplan 2026–2030",
                    c["swv"] + " (PO 25-91)",
                    "Versie 0.8 – ter bespreking in de ondersteuningsplanraad van 12 februari 2026",
                    "Status: concept, niet verspreiden"]),
         ("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Onze regio", "4 Visie en kernwaarden",
                  "5 Basisondersteuning", "6 Extra ondersteuning en een dekkend aanbod",
                  "7 Toelaatbaarheid sbo en so", "8 Terugplaatsing en overplaatsing",
                  "9 Communicatie", "10 Financiën en meerjarenbegroting",
                  "11 Kwaliteit en resultaten", "12 Organisatie en governance",
                  "13 Medezeggenschap en OOGO", "14 Personeel en professionalisering",
                  "15 ICT en privacy", "16 Overstap naar het voortgezet onderwijs",
                  "17 Planning en totstandkoming", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Meerjarenbegroting 2026–2030"]),
         ("h1", "1 Voorwoord")] + f_voorwoord(c)
    b += [("h1", "2 Inleiding en leeswijzer")] + f_wettelijk(c) + [
        ("p", "In hoofdstuk 5 beschrijven we de basisondersteuning, in hoofdstuk 6 het aanbod "
              "daarboven. Hoofdstuk 7 gaat over toelaatbaarheid tot het speciaal basisonderwijs en "
              "het speciaal onderwijs, hoofdstuk 8 over terugplaatsing. De informatie voor ouders is "
              "ondergebracht in hoofdstuk 9 (Communicatie). De financiën en de meerjarenbegroting "
              "staan in hoofdstuk 10, de resultaten in hoofdstuk 11."),
        ("note", "[Opmerking redactie: leeswijzer aanpassen als hoofdstukindeling definitief is.]"),
        ("h1", "3 Onze regio"),
        ("p", "De Waterlinie omvat de gemeenten Lingehaven, Waalkant en Dijkzicht. Het is een "
              "gebied met twee middelgrote kernen en veel kleine dorpen langs de rivier. Negen "
              "schoolbesturen zijn aangesloten, met samen 58 basisscholen, één school voor speciaal "
              "basisonderwijs (De Wissel) en twee scholen voor speciaal onderwijs: De Toermalijn "
              "(cluster 3) en De Kompasroos (cluster 4). Samen tellen de scholen ongeveer 11.800 "
              "leerlingen."),
        ("p", "Het leerlingaantal daalt in de dorpen en groeit licht in Lingehaven, waar een nieuwe "
              "wijk wordt gebouwd. Per saldo verwachten we de komende vier jaar een daling van "
              "ongeveer één procent per jaar. Voor kleine scholen is dat een reële zorg: bij minder "
              "leerlingen is het lastiger om expertise in huis te houden. Veel scholen werken daarom "
              "samen in clusters van drie tot vijf scholen."),
        ("p", "De regio kent een relatief hoog aandeel gezinnen met een laag inkomen in de oude "
              "wijken van Waalkant, en een groeiend aantal nieuwkomers, vooral in Lingehaven. Dat "
              "vraagt om aandacht voor taal, voor gezinsondersteuning en voor de samenwerking met "
              "het sociaal domein."),
        ("h1", "4 Visie en kernwaarden")] + f_visie(c) + f_trends(c)
    b += [
        ("h1", "5 Basisondersteuning"),
        ("h2", "5.1 Wat wij onder basisondersteuning verstaan"),
        ("p", "Basisondersteuning is in De Waterlinie het niveau van ondersteuning dat de negen "
              "schoolbesturen samen hebben afgesproken en dat iedere vestiging biedt, ongeacht de "
              "grootte, de denominatie of de ligging van de school. Het is een ondergrens: geen "
              "enkele school in ons verband biedt minder. Een kind hoeft voor deze ondersteuning "
              "niets aan te vragen; zij is er gewoon, binnen de eigen school, onder "
              "verantwoordelijkheid van het eigen schoolbestuur. Scholen kunnen meer bieden en "
              "leggen dat vast in hun schoolgids."),
        ("h2", "5.2 Wat elke school biedt"),
        ("p", "Ouders mogen van elke school in De Waterlinie ten minste het volgende verwachten:"),
        ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die minimaal zes "
                "keer per jaar groepsbesprekingen voert met de leerkrachten;",
                "een ondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, met de intern "
                "begeleider, de schoolmaatschappelijk werker, de jeugdverpleegkundige en op afroep "
                "de orthopedagoog van het samenwerkingsverband;",
                "een dyslexieprotocol volgens het Protocol Leesproblemen en Dyslexie, met extra "
                "leesbegeleiding van twee keer twintig minuten per week voor leerlingen met "
                "ernstige leesproblemen;",
                "een aanpak voor ernstige reken-wiskundeproblemen en dyscalculie volgens het "
                "protocol ERWD;",
                "een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of De "
                "Vreedzame School) met een jaarlijkse veiligheidsmonitor;",
                "een aanbod voor meer- en hoogbegaafde leerlingen: compacten en verrijken in de "
                "groep en toegang tot de bovenschoolse Denkkamer;",
                "een protocol medisch handelen, met afspraken over het toedienen van medicijnen;",
                "een basisaanbod NT2 voor leerlingen met een taalachterstand;",
                "handelingsgericht werken: een groepsplan of individueel handelingsplan voor iedere "
                "leerling met een specifieke onderwijsbehoefte, en een ontwikkelingsperspectief "
                "(OPP) voor leerlingen die de einddoelen niet halen, dat ten minste twee keer per "
                "jaar met ouders wordt besproken."]),
        ("h2", "5.3 Borging"),
        ("p", "Elk voorjaar voert de orthopedagoog van het samenwerkingsverband een gesprek met de "
              "directie en de intern begeleider aan de hand van de Kwaliteitskaart "
              "Basisondersteuning. Voldoet een school op een onderdeel niet, dan stelt de school "
              "binnen drie maanden een verbeterplan op, dat het schoolbestuur met het "
              "samenwerkingsverband bespreekt."),
        ("note", "[Vraag OPR-werkgroep: kan de Kwaliteitskaart als bijlage worden toegevoegd?]"),
        ("h1", "6 Extra ondersteuning en een dekkend aanbod"),
        ("h2", "6.1 Vier lagen"),
        ("p", "Onze ondersteuning is opgebouwd in vier lagen die op elkaar aansluiten. Laag 1 is "
              "de basisondersteuning uit hoofdstuk 5. Laag 2 is extra ondersteuning binnen de eigen "
              "school in de vorm van een arrangement: de school vraagt bij het Loket een "
              "arrangement aan, bijvoorbeeld extra begeleiding bij gedrag, ambulante begeleiding "
              "vanuit het so of de tijdelijke inzet van een onderwijsassistent. Laag 3 bestaat uit "
              "de bovenschoolse voorzieningen: de Observatiegroep De Brug (twaalf plaatsen, voor "
              "kinderen van 4 tot 8 jaar bij wie de ondersteuningsbehoefte nog onduidelijk is), de "
              "Denkkamer voor meer- en hoogbegaafde leerlingen (één dag per week, op twee locaties) "
              "en de Taalklas voor nieuwkomers in Lingehaven. Laag 4 is het speciaal "
              "(basis)onderwijs: sbo De Wissel, so De Toermalijn en so De Kompasroos."),
        ("p", "Kinderen die zowel onderwijs als jeugdhulp nodig hebben, kunnen in laag 2 tot en met "
              "4 gebruikmaken van een onderwijs-zorgarrangement, waarbij de jeugdhulp onder "
              "schooltijd in de school wordt geboden."),
        ("h2", "6.2 Witte vlekken en thuiszitters"),
        ("p", "Twee keer per jaar, in oktober en in maart, brengen het Loket en de "
              "leerplichtambtenaren van de drie gemeenten in beeld welke kinderen geen passende "
              "plek hebben, welke kinderen op een wachtlijst staan en welke kinderen geheel of "
              "gedeeltelijk thuiszitten. Iedere melding van een kind dat langer dan vier weken geen "
              "onderwijs volgt, wordt binnen tien werkdagen besproken aan de Thuiszitterstafel, "
              "waaraan het samenwerkingsverband, leerplicht, het wijkteam en het betrokken "
              "schoolbestuur deelnemen. Komen partijen er niet uit, dan neemt de "
              "directeur-bestuurder een bindend besluit over de school die het kind tijdelijk "
              "opvangt."),
        ("p", "Uit de analyse van 2025 bleek dat er in de regio geen passend aanbod is voor jonge "
              "kinderen met zeer ernstige gedragsproblemen die (nog) niet in het so terechtkunnen. "
              "Wij starten daarom per 1 augustus 2027 een kleinschalige onderwijs-zorggroep, samen "
              "met jeugdhulpaanbieder De Linde, die samenwerkingsverband en gemeenten gezamenlijk "
              "bekostigen. Het doel blijft dat een kind dat thuiszit zo snel mogelijk terugkeert "
              "naar school."),
        ("h1", "7 Toelaatbaarheid sbo en so"),
        ("h2", "7.1 Wanneer een TLV nodig is"),
        ("p", "Voor plaatsing op sbo De Wissel en op de so-scholen is een toelaatbaarheidsverklaring "
              "(TLV) van het samenwerkingsverband nodig. Cluster 1 en cluster 2 vallen buiten het "
              "samenwerkingsverband; daarvoor gelden de procedures van de landelijke instellingen."),
        ("h2", "7.2 De aanvraag, stap voor stap"),
        ("ol", ["Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag "
                "digitaal in via Kindkans. Bij de aanvraag horen het OPP, het groeidocument met de "
                "evaluaties van ten minste twee handelingsperiodes, het onderwijskundig rapport en "
                "de zienswijze van de ouders.",
                "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Twee deskundigen geven elk afzonderlijk een schriftelijk advies: een orthopedagoog "
                "of psycholoog van het samenwerkingsverband en, afhankelijk van de vraag, een tweede "
                "deskundige (kinderarts, maatschappelijk werker of kinder- en jeugdpsychiater). Geen "
                "van beiden is bij de aanvraag betrokken geweest. Ouders krijgen een afschrift van "
                "beide adviezen.",
                "De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het "
                "complete dossier. Bij een so-TLV stelt de commissie ook de bekostigingscategorie "
                "vast (laag, midden of hoog).",
                "Een TLV voor het sbo wordt afgegeven voor ten hoogste twee schooljaren, een TLV "
                "voor het so voor één tot drie schooljaren, steeds eindigend op 31 juli."]),
        ("h2", "7.3 Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de dagtekening van het "
              "besluit bezwaar maken bij het samenwerkingsverband. Wij zijn aangesloten bij de "
              "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die ons over "
              "het bezwaar adviseert."),
        ("h2", "7.4 Afwegingskader"),
        ("note", "[Deze paragraaf is nog niet gereed.]"),
        ("p", "De huidige afwegingscriteria dateren van 2014 en sluiten niet meer aan bij de "
              "praktijk. In het voorjaar van 2026 herzien we het afwegingskader samen met de "
              "directeuren van De Wissel, De Toermalijn en De Kompasroos. Tot die tijd weegt de "
              "commissie iedere aanvraag zorgvuldig en in samenhang. Het nieuwe kader wordt na "
              "instemming van de OPR als paragraaf 7.4 in dit plan opgenomen."),
        ("note", "[Vraag OPR: kan de OPR instemmen met een plan waarin deze paragraaf ontbreekt?]"),
        ("h1", "8 Terugplaatsing en overplaatsing"),
        ("note", "[Tekst volgt. De werkgroep terugplaatsing (De Wissel, De Toermalijn, twee intern "
                 "begeleiders) levert vóór 1 april 2026 een voorstel aan.]"),
        ("h1", "9 Communicatie"),
        ("h2", "9.1 Communicatie met scholen en partners"),
        ("p", "Het samenwerkingsverband verstuurt zes keer per jaar een digitale nieuwsbrief aan "
              "schoolleiders en intern begeleiders. Daarnaast zijn er het IB-netwerk (vier keer per "
              "jaar), het directeurenoverleg per gemeente en een jaarlijkse studiedag. Met de "
              "gemeenten en jeugdhulpaanbieders is er een gezamenlijke kennisbank."),
        ("h2", "9.2 Informatie voor ouders"),
        ("p", "Ouders vinden op de ouderpagina van onze website in gewone taal een overzicht van de "
              "basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de "
              "TLV-procedure. De ouderfolder 'Wat als mijn kind meer nodig heeft?' is beschikbaar "
              "in het Nederlands, Arabisch, Pools en Turks en ligt op iedere school. Iedere school "
              "neemt in de schoolgids een vaste paragraaf op over de basisondersteuning en de extra "
              "ondersteuning die de school biedt. Twee keer per jaar organiseren wij per gemeente "
              "een informatieavond voor ouders."),
        ("h2", "9.3 Als ouders er niet uitkomen"),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
              "Waterlinie, dat wordt uitgevoerd door Stichting Ouderkracht Rivierenland, los van de "
              "schoolbesturen en het samenwerkingsverband. Het steunpunt is telefonisch en per "
              "e-mail bereikbaar en heeft op dinsdag- en donderdagochtend een inloopspreekuur in de "
              "bibliotheek van Lingehaven. Daarnaast kunnen ouders kosteloos een beroep doen op de "
              "Onderwijsconsulenten, en bij een geschil over toelating, verwijdering of het OPP "
              "terecht bij de Geschillencommissie passend onderwijs."),
        ("h2", "9.4 Ouders als partner"),
        ("p", "Ouders zijn ervaringsdeskundige en gesprekspartner. Zij worden uitgenodigd voor "
              "ieder ondersteuningsteam waarin hun kind wordt besproken, en hun kind heeft het "
              "recht om zijn of haar mening te geven over het OPP."),
        ("h1", "10 Financiën en meerjarenbegroting"),
        ("h2", "10.1 Uitgangspunten"),
        ("p", "De middelen volgen de leerling en komen zo dicht mogelijk bij de klas terecht. "
              "Het samenwerkingsverband houdt niet meer in reserve dan nodig is om risico's op te "
              "vangen."),
        ("h2", "10.2 Verdeelmodel"),
        ("p", "Het algemeen bestuur stelt jaarlijks in december het verdeelmodel vast voor het "
              "volgende kalenderjaar. Eerst worden de afdrachten aan DUO voor sbo en so, inclusief "
              "de groeibekostiging op peildatum 1 februari, in mindering gebracht. Van het "
              "resterende bedrag gaat 70 procent naar de schoolbesturen als schoolbudget: € 165 "
              "per leerling op teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van "
              "€ 6.000 per vestiging. 20 procent is bestemd voor arrangementen, die het Loket "
              "toekent op aanvraag van de school, wanneer de school aantoont dat de "
              "basisondersteuning volledig is ingezet en geëvalueerd. 10 procent is bestemd voor de "
              "bovenschoolse voorzieningen, die centraal worden bekostigd."),
        ("h2", "10.3 Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026–2030 is in bewerking. Omdat de gevolgen van de "
              "vereenvoudiging van de bekostiging en de nieuwe verevening nog niet bekend zijn, "
              "nemen wij de uitgewerkte begroting op zodra de septembercirculaire 2026 is "
              "verschenen (zie bijlage 2)."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbekostiging", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "11 Kwaliteit en resultaten"),
        ("h2", "11.1 Beoogde resultaten"),
        ("p", "Aan het einde van de planperiode, in juli 2030, willen wij het volgende hebben "
              "bereikt:"),
        ("ul", ["het deelnamepercentage sbo en so samen is niet hoger dan 2,8 procent;",
                "geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod;",
                "in ten minste 90 procent van de TLV-aanvragen valt het besluit binnen zes weken;",
                "iedere school voldoet aantoonbaar aan alle onderdelen van de basisondersteuning;",
                "ten minste 80 procent van de ouders die met het Loket te maken hadden, waardeert de "
                "begeleiding met een 7 of hoger."]),
        ("h2", "11.2 Hoe wij volgen of we op koers liggen"),
        ("note", "[PM – volgt. De wijze waarop wij deze resultaten meten, evalueren en rapporteren "
                 "werken wij uit in het kwaliteitskader passend onderwijs, dat in het najaar van "
                 "2026 aan het bestuur wordt voorgelegd.]"),
        ("h1", "12 Organisatie en governance")] + f_governance(c)
    b += [("h1", "13 Medezeggenschap en OOGO")] + f_opr(c) + f_oogo(c)
    b += [("h1", "14 Personeel en professionalisering")] + f_personeel(c)
    b += [("h1", "15 ICT en privacy")] + f_ict(c)
    b += [("h1", "16 Overstap naar het voortgezet onderwijs"),
          ("p", "Met het samenwerkingsverband VO in onze regio zijn afspraken gemaakt over de "
                "overstap. Voor iedere leerling met een ondersteuningsbehoefte vindt in groep 8 een "
                "warme overdracht plaats tussen de basisschool en de school voor voortgezet "
                "onderwijs. Het schooladvies en het onderwijskundig rapport worden uiterlijk 1 maart "
                "via het overstapdossier gedeeld. De VO-scholen hebben een gezamenlijke "
                "aanmeldweek; de plaatsingscommissies van de VO-scholen betrekken de basisschool "
                "bij twijfel."),
          ("p", "Een werkgroep van intern begeleiders en mentoren uit de brugklas bespreekt jaarlijks "
                "de doorstroom en de knelpunten die zich voordoen. In het OOGO met de gemeenten is "
                "afgesproken dat het leerlingenvervoer de overstap niet mag belemmeren."),
          ("h1", "17 Planning en totstandkoming")] + f_planning(c, concept=True)
    b += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle "
                      "scholen in het samenwerkingsverband bieden."],
                     ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor "
                      "ieder kind een passende plek beschikbaar is."],
                     ["Meerjarenbegroting", "Begroting voor ten minste vier jaar."],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en "
                      "leerlingen."],
                     ["Terugplaatsing", "Overgang van een leerling van sbo of so naar het "
                      "reguliere basisonderwijs, na afloop van de TLV."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]]),
          ("h1", "Bijlage 2 Meerjarenbegroting 2026–2030"),
          ("note", "[Volgt na de septembercirculaire 2026.]")]
    doc = dict(title="Concept-ondersteuningsplan De Waterlinie 2026–2030 v0.8",
               header="CONCEPT v0.8 – Ondersteuningsplan De Waterlinie 2026–2030 – terugplaatsing "
                      "en meerjarenbegroting volgen",
               footer="De Waterlinie | concept 12-02-2026", blocks=b)
    name = "po-waterlinie-concept-v08"
    render_docx(doc, OUT / f"{name}.docx")
    write_label(name, make_label(
        [f"{name}.docx"], "po",
        {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
         "financien.besteding", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": [], "financien": [], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H5: afgesproken ondergrens voor iedere vestiging plus concrete lijst (IB-fte, OT, dyslexie, ERWD, PBS, NT2, OPP); borging via Kwaliteitskaart (5.3).",
         "plaatsing": "H7: stappen, deskundigen, termijn, duur, categorie en bezwaar beschreven; 7.4 criteria uitgesteld ('herzien in voorjaar 2026', 'weegt zorgvuldig').",
         "terugstroom": "H8 alleen '[Tekst volgt]'; woord alleen in inhoudsopgave, leeswijzer, koptekst en begrippenlijst; 'thuiszitter terugkeert naar school' in 6.2 is near-miss.",
         "financien": "10.2 verdeelmodel met bedragen/percentages en beslismoment; 10.3 meerjarenbegroting in bewerking, tabel alleen p.m.; bijlage 2 'volgt'.",
         "dekkend-aanbod": "6.1 vier lagen met voorzieningen; 6.2 halfjaarlijkse inventarisatie, Thuiszitterstafel, doorzettingsmacht, witte vlek met actie 2027.",
         "resultaten": "11.1 meetbare beoogde resultaten 2030; 11.2 monitoring 'PM – volgt' (kwaliteitskader najaar 2026).",
         "ouders": "Verstopt in H9 Communicatie: 9.2 website/folder/schoolgids/avonden; 9.3 OJSP, Onderwijsconsulenten, Geschillencommissie."}))


# --------------------------------------------------------------------------------------
# Plan B: VO, definitive version (.docx and .pdf)
# --------------------------------------------------------------------------------------

B = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", kort="VO Kempenrand",
         periode="2026–2030", sector="vo", ondertekenaar="mr. drs. P. (Pieter) van Aert",
         besturen="zes", bureau_plaats="Heeselt", fte="11", systeem="OnderwijsTransparant",
         gemeenten="Heeselt, Dommelrijk en Bladelhoven", oogo="4 februari 2026",
         planning=[["september 2025", "Evaluatie ondersteuningsplan 2022–2026"],
                   ["oktober–december 2025", "Werksessies met ondersteuningscoördinatoren en besturen"],
                   ["januari 2026", "Concept naar OPR en gemeenten"],
                   ["4 februari 2026", "OOGO met de gemeenten"],
                   ["10 maart 2026", "Instemming OPR"],
                   ["24 maart 2026", "Vaststelling door de directeur-bestuurder, goedkeuring RvT"],
                   ["april 2026", "Toezending aan de Inspectie"]])


def plan_b_doc():
    c = B
    b = [("title", ["Ondersteuningsplan 2026–2030", c["swv"] + " (VO 30-91)",
                    "Definitieve versie, vastgesteld op 24 maart 2026",
                    "Met instemming van de ondersteuningsplanraad d.d. 10 maart 2026"]),
         ("toc", ["Voorwoord", "Samenvatting", "1 Inleiding", "2 Regio en kengetallen", "3 Visie",
                  "4 Het ondersteuningsaanbod", "   4.1 Basisondersteuning (niveau 1)",
                  "   4.2 Extra ondersteuning in de school (niveau 2)",
                  "   4.3 Bovenschoolse voorzieningen (niveau 3)", "   4.4 Voortgezet speciaal onderwijs (niveau 4)",
                  "   4.5 Dekkend netwerk en thuiszitters", "5 Toewijzing: vso, lwoo en pro",
                  "6 Doorlopende leer- en ondersteuningslijnen", "7 Ouders en leerlingen",
                  "8 Samenwerking met gemeenten", "9 Kwaliteitszorg",
                  "10 Organisatie, governance en medezeggenschap", "11 Geld en middelen",
                  "12 Personeel", "13 Planning", "Bijlage 1 Afkortingen",
                  "Bijlage 3 Kaart Basisondersteuning (separaat)"]),
         ("h1", "Voorwoord")] + f_voorwoord(c)
    b += [("h1", "Samenvatting"),
          ("p", "In dit plan beschrijven wij onder meer de basisondersteuning die elke school biedt, "
                "de toewijzing van vso, lwoo en praktijkonderwijs, ons terugplaatsingsbeleid, de "
                "verdeling van middelen, onze beoogde resultaten en de manier waarop wij ouders en "
                "leerlingen informeren. De belangrijkste keuzes voor de komende vier jaar zijn: "
                "meer ondersteuning dichtbij de klas, kortere doorlooptijden bij toewijzing en een "
                "sterkere positie van ouders en leerlingen."),
          ("h1", "1 Inleiding")] + f_wettelijk(c) + [
          ("p", "Dit plan is een actualisatie van het plan 2022–2026. Veel afspraken blijven "
                "ongewijzigd; waar er iets verandert, is dat in de tekst aangegeven."),
          ("h1", "2 Regio en kengetallen"),
          ("p", "VO Kempenrand omvat de gemeenten Heeselt, Dommelrijk en Bladelhoven. Zes "
                "schoolbesturen zijn aangesloten met elf scholen op veertien vestigingen: "
                "scholengemeenschappen voor vmbo, havo en vwo, één school voor praktijkonderwijs "
                "(Praktijkschool De Rank) en één school voor voortgezet speciaal onderwijs (De "
                "Wingerd, cluster 4). Samen tellen de scholen ongeveer 9.400 leerlingen."),
          ("table", [["Kengetal (1 oktober 2025)", "Aantal"],
                     ["Leerlingen regulier vo", "8.610"], ["Leerlingen praktijkonderwijs", "318"],
                     ["Leerlingen vso", "342"], ["Leerlingen in het OPDC", "38"],
                     ["Aangesloten scholen / vestigingen", "11 / 14"]]),
          ("p", "De regio is landelijk van karakter, met één grotere kern (Heeselt). Veel leerlingen "
                "reizen tien kilometer of meer naar school. Het leerlingaantal is de afgelopen jaren "
                "stabiel gebleven en zal volgens de prognose vanaf 2028 licht dalen."),
          ("h1", "3 Visie")] + f_visie(c) + f_trends(c)
    b += [
        ("h1", "4 Het ondersteuningsaanbod"),
        ("p", "Ons ondersteuningsaanbod is georganiseerd in vier niveaus die op elkaar aansluiten: "
              "wat een school niet zelf kan bieden, wordt op het volgende niveau georganiseerd, "
              "zo dichtbij als mogelijk."),
        ("h2", "4.1 Basisondersteuning (niveau 1)"),
        ("p", "Basisondersteuning is in VO Kempenrand het niveau van ondersteuning dat alle "
              "aangesloten scholen – van praktijkonderwijs tot gymnasium – op elke vestiging "
              "bieden, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De "
              "besturen hebben dit niveau in 2024 gezamenlijk vastgesteld als ondergrens; het geldt "
              "voor iedere vestiging in gelijke mate."),
        ("p", "De concrete standaarden waaraan elke school moet voldoen, zijn uitgewerkt in de Kaart "
              "Basisondersteuning VO Kempenrand (bijlage 3, separaat gepubliceerd). De scholen "
              "beschrijven in hun schoolgids hoe zij de standaarden invullen. De landelijke norm "
              "basisondersteuning nemen wij over zodra deze wettelijk is vastgelegd."),
        ("p", "Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een "
              "kwaliteitsgesprek over de basisondersteuning. Wanneer een vestiging niet aan de kaart "
              "voldoet, maken bestuur en samenwerkingsverband een verbeterafspraak met een termijn "
              "van ten hoogste één schooljaar."),
        ("h2", "4.2 Extra ondersteuning in de school (niveau 2)"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, zet de school een "
              "arrangement in binnen de eigen school. Iedere school heeft daarvoor een "
              "trajectvoorziening of ondersteuningsklas, waar leerlingen tijdelijk (deels) buiten "
              "de klas begeleiding krijgen. Scholen bekostigen dit uit het budget lichte "
              "ondersteuning (zie hoofdstuk 11). Voor leerlingen die dat nodig hebben wordt een OPP "
              "opgesteld."),
        ("h2", "4.3 Bovenschoolse voorzieningen (niveau 3)"),
        ("ul", ["OPDC De Overstap (40 plaatsen): tijdelijke plaatsing van ten hoogste één jaar voor "
                "leerlingen die in het regulier vastlopen, met als doel terugkeer naar de eigen of "
                "een andere reguliere school;",
                "Rebound Kempenrand: een traject van twaalf weken voor leerlingen die door gedrag "
                "tijdelijk niet in de klas kunnen functioneren;",
                "ISK Heeselt: internationale schakelklas voor nieuwkomers van 12 tot 18 jaar;",
                "Prisma: deeltijdvoorziening voor (hoog)begaafde leerlingen die vastlopen, twee "
                "dagdelen per week."]),
        ("h2", "4.4 Voortgezet speciaal onderwijs (niveau 4)"),
        ("p", "Voor leerlingen die in het regulier onderwijs, ook met bovenschoolse ondersteuning, "
              "niet tot hun recht komen, is er het vso. In de regio is dat De Wingerd (cluster 4). "
              "Leerlingen met een cluster 3-behoefte gaan naar vso Het Palet in een naburige regio, "
              "met wie wij daarover afspraken hebben gemaakt."),
        ("h2", "4.5 Dekkend netwerk en thuiszitters"),
        ("p", "Elk kwartaal bespreekt het Trajectteam van het samenwerkingsverband met leerplicht "
              "en RMC alle leerlingen die langer dan vier weken (gedeeltelijk) verzuimen of geen "
              "school hebben. Voor iedere jongere zonder passende plek wijst het "
              "samenwerkingsverband binnen twee weken een trajectbegeleider aan, die de regie "
              "houdt tot er een plek is. De besturen hebben afgesproken dat de school van "
              "aanmelding haar zorgplicht houdt totdat een andere school de leerling heeft "
              "ingeschreven; komen scholen er niet uit, dan beslist de directeur-bestuurder."),
        ("p", "Jaarlijks in januari analyseren wij waar het aanbod tekortschiet. In 2025 bleek er "
              "onvoldoende aanbod voor jongeren die hoogbegaafd zijn en tegelijk autisme hebben. "
              "Vanaf augustus 2027 richten we daarom binnen Prisma een kleine groep voor deze "
              "leerlingen in. Ook de wachtlijst van De Wingerd volgen wij maandelijks."),
        ("h1", "5 Toewijzing: vso, lwoo en pro"),
        ("h2", "5.1 Procedure toelaatbaarheid vso"),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "Ondersteuningsteam school", "Bespreekt de leerling; school stelt OPP op en "
                    "evalueert ten minste twee keer", "—"],
                   ["2", "Bevoegd gezag van de school", "Dient aanvraag in via OnderwijsTransparant "
                    "met OPP, evaluaties, zienswijze ouders en leerling", "—"],
                   ["3", "Twee deskundigen", "Geven elk een eigen schriftelijk advies", "binnen 3 weken"],
                   ["4", "Commissie Toewijzing", "Besluit over toelaatbaarheid, duur en categorie",
                    "binnen 6 weken na complete aanvraag (1x te verlengen met 4 weken)"],
                   ["5", "Bureau SWV", "Stuurt besluit met volgnummer en afschrift adviezen aan "
                    "school en ouders", "binnen 5 werkdagen"]]),
        ("h2", "5.2 Criteria vso"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden "
              "is voldaan: (1) de reguliere school heeft de basisondersteuning en ten minste één "
              "arrangement op niveau 2 of 3 ingezet en geëvalueerd, vastgelegd in het OPP; (2) de "
              "leerling heeft een ondersteuningsbehoefte op ten minste twee van de vier domeinen "
              "(leren, gedrag en sociaal-emotioneel functioneren, communicatie, medisch-fysiek) die "
              "de mogelijkheden van het regulier onderwijs en de bovenschoolse voorzieningen "
              "overstijgt; (3) beide deskundigen bevestigen dat het vso het onderwijsperspectief "
              "van de leerling het best waarborgt. Voor leerlingen met een Wlz-indicatie en een IQ "
              "onder 55 geldt voorwaarde (1) niet."),
        ("h2", "5.3 Leerwegondersteunend onderwijs (lwoo)"),
        ("p", "VO Kempenrand hanteert de landelijke criteria voor lwoo. Een leerling komt in "
              "aanmerking bij een IQ van 75 tot en met 90 en een leerachterstand van 25 tot 50 "
              "procent op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, "
              "technisch lezen en spelling, waarvan één rekenen of begrijpend lezen; of bij een IQ "
              "van 91 tot en met 120 met die leerachterstand én sociaal-emotionele problematiek. De "
              "vo-school dient de aanvraag uiterlijk 1 maart in; de Commissie Toewijzing besluit "
              "binnen vier weken. De aanwijzing geldt voor de duur van de opleiding."),
        ("h2", "5.4 Praktijkonderwijs (pro)"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en "
              "een leerachterstand van ten minste 50 procent op ten minste twee domeinen, waarvan "
              "één begrijpend lezen of inzichtelijk rekenen. De aanvraag loopt via dezelfde route "
              "als bij lwoo; de TLV pro geldt voor de duur van de opleiding."),
        ("h2", "5.5 Duur en bekostigingscategorie"),
        ("p", "Een TLV vso wordt afgegeven voor één, twee of drie schooljaren en eindigt op 31 juli. "
              "De commissie stelt de categorie vast: laag voor de meeste leerlingen in cluster 4 en "
              "zml, midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, "
              "hoog voor leerlingen met een meervoudige beperking."),
        ("h2", "5.6 Bezwaar"),
        ("p", "Tegen een besluit kunnen ouders of het bevoegd gezag binnen zes weken bezwaar maken. "
              "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT)."),
        ("h1", "6 Doorlopende leer- en ondersteuningslijnen"),
        ("h2", "6.1 Van po naar vo"),
        ("p", "Met de samenwerkingsverbanden PO in de regio zijn afspraken gemaakt over de overstap. "
              "Voor leerlingen met een ondersteuningsbehoefte vindt een warme overdracht plaats. "
              "De plaatsingscommissies van de vo-scholen betrekken bij twijfel de basisschool en de "
              "orthopedagoog van het samenwerkingsverband."),
        ("h2", "6.2 Van vo naar mbo en arbeid"),
        ("p", "Samen met het mbo en het RMC zorgen wij dat geen leerling tussen wal en schip valt na "
              "het diploma. Voor leerlingen van praktijkonderwijs en vso is er een "
              "netwerkafspraak met werkgevers en de gemeenten."),
        ("h2", "6.3 Van vso naar regulier vo"),
        ("p", "Ons uitgangspunt is dat een leerling niet langer in het vso blijft dan nodig. Een "
              "leerling in het vso heeft recht op een perspectief op regulier onderwijs waar dat "
              "verantwoord is. Terugkeer naar het regulier vo ligt in de rede wanneer de "
              "ondersteuningsbehoefte met de basisondersteuning en een arrangement op niveau 2 of 3 "
              "kan worden opgevangen, de leerling en ouders gemotiveerd zijn en een ontvangende "
              "school is gevonden die past bij het niveau van de leerling."),
        ("p", "Na terugkeer krijgt de leerling een terugkeerarrangement van ten hoogste één "
              "schooljaar: ambulante begeleiding vanuit De Wingerd (twee uur per week) en een vaste "
              "coach op de ontvangende school. Het samenwerkingsverband vergoedt de ontvangende "
              "school daarvoor € 4.500 per leerling. Ook overplaatsing naar een andere vso-school of "
              "een traject via het OPDC behoort tot de mogelijkheden. In het schooljaar 2024–2025 "
              "keerden zeven leerlingen vanuit het vso terug naar het regulier vo."),
        ("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, op welke momenten in "
              "het laatste jaar van de TLV wordt geëvalueerd en wie het besluit neemt – stellen wij "
              "in het schooljaar 2026–2027 samen met De Wingerd en de vo-scholen op."),
        ("h1", "7 Ouders en leerlingen"),
        ("h2", "7.1 Informatie"),
        ("p", "Op de pagina 'Ouders & leerlingen' van onze website staat per school welke "
              "ondersteuning zij biedt, welke bovenschoolse voorzieningen er zijn en hoe de "
              "toewijzing verloopt. Ieder jaar verschijnt de Ouderwijzer passend onderwijs, een "
              "brochure die via de basisscholen aan alle ouders van groep 8 wordt verstrekt en bij "
              "iedere aanmelding wordt meegegeven. Daarnaast is de mentor voor ouders het eerste "
              "aanspreekpunt, en organiseert het samenwerkingsverband jaarlijks in oktober een "
              "informatieavond over ondersteuning in het vo."),
        ("h2", "7.2 Onafhankelijke ondersteuning"),
        ("p", "Het Steunpunt Ouders & Jongeren Kempenrand (ons ouder- en jeugdsteunpunt) is "
              "ondergebracht bij Stichting JIJ&Ouders en werkt onafhankelijk van scholen en "
              "samenwerkingsverband. Ouders en jongeren kunnen er gratis terecht met vragen, voor "
              "een second opinion of voor begeleiding naar een gesprek op school; het steunpunt is "
              "bereikbaar via telefoon, app en e-mail. Daarnaast kunnen ouders een beroep doen op de "
              "Onderwijsconsulenten. Het samenwerkingsverband heeft een klachtenregeling; "
              "geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ("h2", "7.3 Stem van leerlingen en ouders"),
        ("p", "Leerlingen hebben hoorrecht bij het opstellen en bijstellen van hun OPP. Ouders en "
              "leerlingen zijn vertegenwoordigd in de OPR en in de klankbordgroep die twee keer per "
              "jaar met de directeur-bestuurder spreekt."),
        ("h1", "8 Samenwerking met gemeenten")] + f_oogo(c)
    b += [
        ("h1", "9 Kwaliteitszorg"),
        ("h2", "9.1 Onze kwaliteitscyclus"),
        ("p", "Wij werken volgens een vaste jaarcyclus. In juni evalueren wij het jaarplan; in "
              "september verschijnt het nieuwe jaarplan. Twee keer per jaar, in februari en "
              "september, stelt het bureau een monitor op met de volgende gegevens: het "
              "deelnamepercentage vso op 1 oktober (bron: DUO), het aantal thuiszitters per "
              "kwartaal (bron: leerplicht), het aantal TLV's, lwoo-aanwijzingen en pro-TLV's, de "
              "gemiddelde doorlooptijd van aanvragen en, eens in de twee jaar, de tevredenheid van "
              "scholen en ouders. De monitor wordt besproken met het bestuur, de Raad van Toezicht, "
              "de OPR en – in het OOGO – met de gemeenten. De bereikte resultaten worden vóór 1 "
              "juli in het jaarverslag gepubliceerd."),
        ("h2", "9.2 Bereikte resultaten 2022–2026"),
        ("table", [["Indicator", "2022", "2025"],
                   ["Deelnamepercentage vso (1 oktober)", "3,9%", "3,5%"],
                   ["Thuiszitters (peildatum 1 oktober)", "21", "14"],
                   ["Gemiddelde doorlooptijd TLV", "7,5 weken", "5,2 weken"],
                   ["Tevredenheid ouders (schaal 1–10)", "6,8", "7,1"]]),
        ("h2", "9.3 Beoogde resultaten"),
        ("p", "De beoogde resultaten voor de planperiode 2026–2030 leggen wij niet in dit plan vast. "
              "Wij formuleren ze ieder jaar opnieuw in het jaarplan, zodat ze kunnen meebewegen met "
              "de ontwikkelingen. Het jaarplan 2026–2027 verschijnt in september 2026."),
        ("h1", "10 Organisatie, governance en medezeggenschap")] + f_governance(c) + f_opr(c)
    b += [
        ("h1", "11 Geld en middelen"),
        ("h2", "11.1 Verdeling"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor "
              "lwoo en pro. De verdeling gebeurt als volgt. De middelen lichte ondersteuning gaan "
              "naar de besturen: € 182 per leerling op teldatum 1 oktober, onder de voorwaarde dat "
              "zij worden besteed aan de basisondersteuning en aan arrangementen op niveau 2. De "
              "bovenschoolse voorzieningen (niveau 3) worden centraal bekostigd. De middelen lwoo en "
              "pro worden doorbetaald aan de school waar de aangewezen leerling staat "
              "ingeschreven, naar rato van het aantal leerlingen met een aanwijzing of TLV. De "
              "afdrachten voor het vso worden door DUO ingehouden. Het algemeen bestuur stelt de "
              "verdeling jaarlijks in juni vast voor het volgende schooljaar, na advies van de OPR."),
        ("h2", "11.2 Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten zware ondersteuning (na afdracht vso)", "1.940", "1.910", "1.880", "1.850"],
                   ["Baten lichte ondersteuning", "1.720", "1.705", "1.690", "1.670"],
                   ["Baten lwoo en pro", "5.860", "5.820", "5.760", "5.700"],
                   ["Lasten: budgetten besturen lichte ondersteuning", "1.711", "1.694", "1.676", "1.658"],
                   ["Lasten: lwoo en pro doorbetaald", "5.860", "5.820", "5.760", "5.700"],
                   ["Lasten: OPDC, Rebound, Prisma", "1.260", "1.290", "1.300", "1.300"],
                   ["Lasten: terugkeerarrangementen", "45", "54", "54", "54"],
                   ["Lasten: bureau, Trajectteam en overhead", "720", "735", "750", "760"],
                   ["Resultaat", "-76", "-158", "-210", "-252"]]),
        ("p", "De begroting is bewust negatief: wij zetten de komende jaren een deel van de reserve "
              "in voor de nieuwe groep binnen Prisma en voor de terugkeerarrangementen."),
        ("h2", "11.3 Reserves en verantwoording"),
        ("p", "De algemene reserve bedroeg eind 2025 € 1,2 miljoen. Het weerstandsvermogen ligt "
              "daarmee onder de signaleringswaarde voor bovenmatige reserves. De besturen leggen "
              "jaarlijks vóór 1 mei met een vast verantwoordingsformat verantwoording af over de "
              "besteding van de middelen lichte ondersteuning."),
        ("h1", "12 Personeel")] + f_personeel(c) + f_ict(c)
    b += [("h1", "13 Planning")] + f_planning(c)
    b += [("h1", "Bijlage 1 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OJSP", "ouder- en jeugdsteunpunt"], ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["OPP", "ontwikkelingsperspectiefplan"], ["OPR", "ondersteuningsplanraad"],
                     ["pro", "praktijkonderwijs"], ["TLV", "toelaatbaarheidsverklaring"],
                     ["vso", "voortgezet speciaal onderwijs"]])]
    return dict(title="Ondersteuningsplan VO Kempenrand 2026–2030",
                header="VO Kempenrand | Ondersteuningsplan 2026–2030 | definitief",
                footer="Vastgesteld 24 maart 2026", blocks=b)


def plan_b():
    name = "vo-kempenrand-2026-2030"
    doc = plan_b_doc()
    render_docx(doc, OUT / f"{name}.docx")
    render_pdf(doc, OUT / f"{name}.pdf")
    write_label(name, make_label(
        [f"{name}.docx", f"{name}.pdf"], "vo",
        {"basisondersteuning.inhoud", "terugstroom.procedure", "resultaten.doelen"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "4.1 definieert de ondergrens voor iedere vestiging en beschrijft borging, maar de standaarden staan alleen in de niet-bijgevoegde bijlage 3 'Kaart Basisondersteuning' en in de schoolgidsen.",
         "plaatsing": "H5: stappentabel vso (5.1), criteria vso (5.2), lwoo- en pro-criteria met procedure (5.3-5.4), duur/categorie (5.5), LBT (5.6).",
         "terugstroom": "Verstopt in 6.3 'Van vso naar regulier vo': uitgangspunt, voorwaarden, terugkeerarrangement €4.500, cijfer 2024-25; stappenplan uitgesteld naar 2026-2027.",
         "financien": "Onder 'Geld en middelen' (H11): verdeling per leerling met voorwaarden en beslismoment, meerjarenbegroting x €1.000, reserves en verantwoordingsformat.",
         "dekkend-aanbod": "H4 niveaus 1-4 met OPDC/Rebound/ISK/Prisma/vso; 4.5 Trajectteam, zorgplicht-afspraak, jaarlijkse analyse met witte vlek en actie 2027.",
         "resultaten": "H9 Kwaliteitszorg: monitor, bronnen, rapportage en bereikte resultaten-tabel; 9.3 beoogde resultaten expliciet naar jaarplan verwezen (samenvatting noemt ze wel: trap).",
         "ouders": "H7: website per school, Ouderwijzer, mentor, informatieavond; OJSP bij JIJ&Ouders, Onderwijsconsulenten, klachtenregeling, Geschillencommissie."}))


# --------------------------------------------------------------------------------------
# Plan C: PO, final version, PDF only
# --------------------------------------------------------------------------------------

C = dict(swv="Stichting Passend Primair Onderwijs Zuiderduinen", kort="Zuiderduinen",
         periode="2026–2030", sector="po", ondertekenaar="M. (Mirjam) de Goede MEd",
         besturen="zeven", bureau_plaats="Duinwijk", fte="12", systeem="het digitale groeidocument",
         gemeenten="Duinwijk, Strandhoven en Helmveld", oogo="28 januari 2026",
         planning=[["oktober 2025", "Evaluatie vorig plan in directeurenoverleg en OPR"],
                   ["november 2025", "Schrijfgroep stelt eerste concept op"],
                   ["januari 2026", "OOGO (28 januari)"],
                   ["februari 2026", "Instemming OPR (19 februari)"],
                   ["maart 2026", "Vaststelling door het bestuur (12 maart)"],
                   ["april 2026", "Toezending Inspectie"]])


def plan_c_doc():
    c = C
    b = [("title", ["Ondersteuningsplan 2026–2030", c["swv"] + " (PO 27-91)",
                    "Samen zorgen voor passend onderwijs aan de kust",
                    "Vastgesteld door het bestuur op 12 maart 2026"]),
         ("toc", ["Voorwoord", "1 Inleiding", "2 Onze regio", "3 Visie en koers",
                  "4 Ondersteuning in Zuiderduinen", "5 Toelaatbaarheid en terugplaatsing",
                  "6 Informatie voor ouders", "7 Resultaten en kwaliteit",
                  "8 Samenwerking met gemeenten", "9 Organisatie", "10 Medezeggenschap",
                  "11 Personeel", "12 Bedrijfsvoering en financiën", "13 Privacy",
                  "14 Totstandkoming", "Begrippenlijst"]),
         ("h1", "Voorwoord")] + f_voorwoord(c)
    b += [("h1", "1 Inleiding")] + f_wettelijk(c) + [
          ("p", "Dit plan beschrijft de afspraken van de zeven besturen voor de periode 1 augustus "
                "2026 tot en met 31 juli 2030. Het plan is geschreven voor professionals én voor "
                "ouders; daarom hebben wij geprobeerd zo min mogelijk vaktaal te gebruiken."),
          ("h1", "2 Onze regio"),
          ("p", "Zuiderduinen omvat de gemeenten Duinwijk, Strandhoven en Helmveld. Zeven "
                "schoolbesturen zijn aangesloten met 44 basisscholen, sbo De Zeester en so Het "
                "Duinhuis (cluster 3 en 4). Samen tellen de scholen ongeveer 8.200 leerlingen. In "
                "de zomer verdubbelt de bevolking van Strandhoven door het toerisme; dat heeft geen "
                "invloed op de scholen, wel op de woningmarkt en daarmee op de werving van "
                "leraren."),
          ("p", "De regio vergrijst. Het aantal leerlingen daalt naar verwachting met ongeveer acht "
                "procent in tien jaar. Twee kleine scholen in Helmveld zijn in 2024 gefuseerd."),
          ("h1", "3 Visie en koers")] + f_visie(c) + f_cultuur(c) + f_trends(c)
    b += [
        ("h1", "4 Ondersteuning in Zuiderduinen"),
        ("h2", "4.1 Basisondersteuning: wat u op elke school mag verwachten"),
        ("p", "De basisondersteuning is in Zuiderduinen vastgelegd als gemeenschappelijke standaard "
              "van alle zeven besturen: iedere vestiging biedt haar, van de kleinste dorpsschool in "
              "Helmveld tot de grootste school in Duinwijk. Wat in tabel 4.1 staat, is dus overal "
              "aanwezig; ouders hoeven er niet om te vragen."),
        ("table", [["Domein", "Elke school biedt ten minste"],
                   ["Leren en ontwikkeling", "Een leerlingvolgsysteem met drie groepsbesprekingen per "
                    "jaar; een dyslexieprotocol met extra leesinstructie; een rekenprotocol voor "
                    "leerlingen met hardnekkige rekenproblemen."],
                   ["Gedrag en welbevinden", "Een schoolbreed programma voor sociaal-emotionele "
                    "ontwikkeling; een jaarlijkse monitor sociale veiligheid; een aandachtsfunctionaris "
                    "meldcode."],
                   ["Meer- en hoogbegaafdheid", "Signalering bij instroom en in groep 3; compacten en "
                    "verrijken in de eigen groep."],
                   ["Medisch en fysiek", "Een protocol medisch handelen; afspraken over "
                    "medicijnverstrekking."],
                   ["Ondersteuningsstructuur", "Een intern begeleider; een ondersteuningsteam dat ten "
                    "minste drie keer per jaar bijeenkomt; consultatie van de orthopedagoog van het "
                    "samenwerkingsverband binnen tien werkdagen na een vraag."],
                   ["Samenwerking", "Schoolmaatschappelijk werk en een jeugdverpleegkundige die "
                    "aan de school verbonden zijn; een vaste contactpersoon van het lokale team."]]),
        ("h2", "4.2 Extra ondersteuning en arrangementen"),
        ("p", "Wat een kind nodig heeft boven de basisondersteuning, organiseren wij langs vijf "
              "niveaus. Niveau 1 en 2 vallen binnen de basisondersteuning: ondersteuning in de "
              "groep en met hulp van de intern begeleider. Op niveau 3 vraagt de school een "
              "arrangement aan bij het samenwerkingsverband, bijvoorbeeld een begeleider gedrag, "
              "een taalarrangement of extra handen in de klas. Op niveau 4 kan een kind tijdelijk "
              "deelnemen aan een bovenschoolse voorziening (4.3). Niveau 5 is het speciaal "
              "(basis)onderwijs."),
        ("h2", "4.3 Bovenschoolse voorzieningen"),
        ("ul", ["Kangoeroegroep: één ochtend per week voor meer- en hoogbegaafde leerlingen van groep "
                "5 tot en met 8, op drie locaties;",
                "Taalschool Duinwijk: een jaar intensief Nederlands voor nieuwkomers van 6 tot 12 jaar;",
                "Observatieklas Het Helmgras: maximaal twaalf weken observatie en diagnostiek voor "
                "kinderen van 4 tot 7 jaar, in samenwerking met de jeugdhulp."]),
        ("h2", "4.4 Speciaal basisonderwijs en speciaal onderwijs"),
        ("p", "Sbo De Zeester biedt onderwijs in kleine groepen met specialistische didactiek. So Het "
              "Duinhuis heeft een afdeling voor kinderen met een verstandelijke of lichamelijke "
              "beperking of langdurige ziekte (cluster 3) en een afdeling voor kinderen met ernstige "
              "gedrags- of psychiatrische problematiek (cluster 4)."),
        ("h2", "4.5 Passend aanbod voor ieder kind"),
        ("p", "Of ons aanbod voor alle kinderen in de regio toereikend is, onderzoeken wij in 2027 in "
              "een regionale analyse. Ook thuiszitters hebben onze aandacht."),
        ("h1", "5 Toelaatbaarheid en terugplaatsing"),
        ("h2", "5.1 De procedure"),
        ("p", "Wanneer een kind is aangewezen op sbo of so, dient het schoolbestuur van de school "
              "waar het kind is ingeschreven een aanvraag in bij de Commissie van Toelaatbaarheid "
              "(CvT). De aanvraag gaat via het digitale groeidocument en bevat het OPP, de "
              "evaluaties van de geboden ondersteuning en de handtekening van de ouders voor gezien. "
              "De CvT vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en een "
              "tweede deskundige die past bij de vraag van het kind. De CvT besluit binnen zes weken. "
              "Een TLV voor het sbo geldt twee schooljaren, een TLV voor het so één tot vier "
              "schooljaren; bij het so vermeldt de TLV ook de bekostigingscategorie (laag, midden "
              "of hoog)."),
        ("h2", "5.2 Afwegingskader"),
        ("p", "De CvT toetst iedere aanvraag aan het afwegingskader in tabel 5.1."),
        ("table", [["Voorwaarde", "sbo", "so cluster 3", "so cluster 4"],
                   ["Geboden ondersteuning", "Ten minste twee geëvalueerde handelingsperiodes en "
                    "een arrangement op niveau 3", "Idem; bij een ernstige verstandelijke beperking "
                    "kan dit vervallen", "Ten minste twee geëvalueerde handelingsperiodes en een "
                    "arrangement op niveau 3 of 4"],
                   ["Ondersteuningsbehoefte", "Leerachterstand van ten minste 1,5 jaar op twee "
                    "domeinen én behoefte aan een kleine groep met specialistische didactiek",
                    "IQ lager dan 70, of langdurige ziekte of lichamelijke beperking die dagelijks "
                    "specialistische zorg vraagt", "Ernstige gedrags- of psychiatrische "
                    "problematiek die het sbo niet kan opvangen, met betrokkenheid van de jeugdhulp"],
                   ["Advies deskundigen", "Beide deskundigen adviseren positief", "Beide "
                    "deskundigen adviseren positief", "Beide deskundigen adviseren positief"]]),
        ("h2", "5.3 Als de TLV afloopt"),
        ("p", "Wij vinden dat een kind niet langer in het speciaal (basis)onderwijs hoort te zijn dan "
              "nodig is. Ons beleid is dat een kind teruggaat naar een reguliere basisschool, zo "
              "dicht mogelijk bij huis, zodra de ondersteuningsbehoefte dat toelaat. Voorwaarde is "
              "dat de ontvangende school de ondersteuning kan bieden met de basisondersteuning en "
              "zo nodig een arrangement. Na de overstap krijgt het kind een terugplaatsingsarrangement "
              "van één schooljaar: ambulante begeleiding vanuit De Zeester of Het Duinhuis en een "
              "budget van € 3.000 voor de ontvangende school."),
        ("p", "In het laatste jaar van de TLV evalueert de sbo- of so-school uiterlijk 1 februari het "
              "OPP met ouders en een consulent van het samenwerkingsverband. Daarbij wordt bepaald "
              "of terugplaatsing, overplaatsing naar een andere school voor speciaal onderwijs of "
              "verlenging aan de orde is. Bij terugplaatsing neemt de sbo- of so-school het "
              "initiatief: zij zoekt samen met ouders een reguliere school en zorgt vóór 1 juni voor "
              "een warme overdracht; het bestuur van de ontvangende school besluit over de "
              "inschrijving. Bij verlenging dient de sbo- of so-school vóór 1 april een nieuwe "
              "aanvraag in. Zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
        ("h1", "6 Informatie voor ouders"),
        ("p", "Op onze website staat per school het ondersteuningsprofiel, en een uitleg in "
              "eenvoudige taal over de route van basisondersteuning naar speciaal onderwijs. De "
              "brochure 'Passend onderwijs in Zuiderduinen' krijgen ouders bij de inschrijving op "
              "een basisschool; de scholen nemen de kern ervan op in de schoolgids. Eens per jaar "
              "organiseert het samenwerkingsverband een ouderavond over een actueel thema. Bij "
              "vragen over de ondersteuning van hun kind is de intern begeleider van de school het "
              "eerste aanspreekpunt."),
        ("p", "Vanaf 2026 moet elk samenwerkingsverband een ouder- en jeugdsteunpunt hebben. Wij "
              "onderzoeken samen met het VO-verband hoe wij dat inrichten. De uitwerking volgt in een "
              "aanvulling op dit plan; tot die tijd is de intern begeleider het aanspreekpunt voor "
              "vragen."),
        ("h1", "7 Resultaten en kwaliteit"),
        ("h2", "7.1 Wat wij willen bereiken"),
        ("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Deelnamepercentage sbo (1 oktober)", "1,9%", "1,7%"],
                   ["Deelnamepercentage so (1 oktober)", "1,6%", "1,5%"],
                   ["Terugplaatsingen uit sbo/so per schooljaar", "6", "10"],
                   ["Gemiddelde doorlooptijd TLV-aanvraag", "8 weken", "6 weken"],
                   ["Tevredenheid intern begeleiders over consultatie", "7,2", "7,8"]]),
        ("h2", "7.2 Hoe wij meten en verantwoorden"),
        ("p", "Twee keer per jaar stelt het bureau een monitor op met de indicatoren uit tabel 7.1, "
              "op basis van DUO-gegevens (peildatum 1 oktober), de registratie van de CvT en een "
              "korte vragenlijst onder intern begeleiders. De monitor wordt besproken in het "
              "directeurenoverleg, het bestuur en de OPR. Wijkt een indicator meer dan tien procent "
              "af van de koers naar de streefwaarde, dan bespreekt het bestuur maatregelen. Het "
              "jaarverslag beschrijft de bereikte resultaten en de kosten van de arrangementen en "
              "voorzieningen."),
        ("h2", "7.3 Terugblik op 2022–2026"),
        ("p", "In de vorige planperiode daalde de gemiddelde doorlooptijd van TLV-aanvragen van elf "
              "naar acht weken. Het aantal arrangementen op niveau 3 steeg van 112 naar 164, wat "
              "laat zien dat scholen vaker eerder hulp inschakelen."),
        ("h1", "8 Samenwerking met gemeenten")] + f_oogo(c)
    b += [("h1", "9 Organisatie")] + f_governance(c)
    b += [("h1", "10 Medezeggenschap")] + f_opr(c)
    b += [("h1", "11 Personeel")] + f_personeel(c)
    b += [
        ("h1", "12 Bedrijfsvoering en financiën"),
        ("h2", "12.1 Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 6,9 miljoen aan "
              "ondersteuningsbekostiging. Daarvan houdt DUO de afdrachten voor het sbo en so in."),
        ("h2", "12.2 Verdeling van de middelen"),
        ("p", "Het verdeelmodel wordt in 2026 herzien. Een voorstel voor een nieuw verdeelmodel, met "
              "de criteria waarop de middelen over de besturen en scholen worden verdeeld, volgt na "
              "de evaluatie in het najaar van 2026. Tot die tijd blijft de huidige verdeling van "
              "kracht."),
        ("h2", "12.3 Meerjarenbegroting"),
        ("table", [["Bedragen in €", "2026", "2027", "2028", "2029"],
                   ["Ondersteuningsbekostiging (na afdrachten)", "4.310.000", "4.255.000",
                    "4.190.000", "4.120.000"],
                   ["Middelen naar besturen", "2.950.000", "2.910.000", "2.860.000", "2.810.000"],
                   ["Arrangementen niveau 3", "610.000", "620.000", "620.000", "620.000"],
                   ["Bovenschoolse voorzieningen", "420.000", "430.000", "430.000", "430.000"],
                   ["Terugplaatsingsarrangementen", "18.000", "24.000", "30.000", "30.000"],
                   ["Bureau en ondersteuning", "540.000", "550.000", "560.000", "570.000"],
                   ["Saldo", "-228.000", "-279.000", "-310.000", "-340.000"]]),
        ("h2", "12.4 Reserves"),
        ("p", "De reserve bedraagt eind 2025 € 1,6 miljoen. De negatieve saldi in de begroting "
              "brengen de reserve in 2029 terug tot het niveau van de signaleringswaarde."),
        ("h1", "13 Privacy")] + f_ict(c)
    b += [("h1", "14 Totstandkoming")] + f_planning(c)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Dekkend aanbod", "Voor ieder kind is er een passende plek; er zijn geen "
                      "thuiszitters en geen wachtlijsten."],
                     ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en kinderen "
                      "terechtkunnen met vragen en bij onenigheid."],
                     ["Verdeelmodel", "De afspraken over de verdeling van middelen over de besturen."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    return dict(title="Ondersteuningsplan Zuiderduinen 2026–2030",
                header="Ondersteuningsplan Zuiderduinen 2026–2030",
                footer="Stichting Passend Primair Onderwijs Zuiderduinen", blocks=b)


def plan_c():
    name = "po-zuiderduinen-op-2026-2030"
    render_pdf(plan_c_doc(), OUT / f"{name}.pdf")
    write_label(name, make_label(
        [f"{name}.pdf"], "po",
        {"financien.verdeling", "dekkend-aanbod.lacunes", "ouders.steunpunt"},
        {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": [], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "4.1: gemeenschappelijke standaard voor iedere vestiging; concrete inhoud alleen in tabel 4.1.",
         "plaatsing": "5.1 procedure (schoolbestuur, CvT, twee deskundigen, zes weken, duur, categorie); criteria alleen in tabel 5.1 (afwegingskader). Geen bezwaarroute.",
         "terugstroom": "Verstopt in het TLV-hoofdstuk, 5.3 'Als de TLV afloopt': beleid + arrangement, en procedure met data (1 februari, 1 april, 1 juni, 31 juli).",
         "financien": "12.3 meerjarenbegroting met bedragen (besteding); 12.2 verdeelmodel 'wordt herzien, voorstel volgt', huidige verdeling niet beschreven.",
         "dekkend-aanbod": "4.2-4.4 vijf niveaus en voorzieningen; 4.5 gap-analyse uitgesteld naar 2027, thuiszitters alleen 'hebben onze aandacht' (en in OOGO-thema's/begrippenlijst).",
         "resultaten": "H7: tabel nulmeting/streefwaarde 2030; 7.2 monitor, bronnen, bespreking, bijsturing.",
         "ouders": "H6: website, brochure, schoolgids, ouderavond; OJSP 'uitwerking volgt', IB'er is geen onafhankelijke hulp; OJSP alleen in begrippenlijst en trendtekst."}))


# --------------------------------------------------------------------------------------
# Plan D: VO, early draft v0.7 (.docx)
# --------------------------------------------------------------------------------------

D = dict(swv="Samenwerkingsverband VO IJsselvallei-Noord", kort="IJsselvallei-Noord",
         periode="2026–2030", sector="vo", ondertekenaar="[naam directeur-bestuurder]",
         besturen="vijf", bureau_plaats="Olstervelde", fte="9", systeem="OnderwijsTransparant",
         gemeenten="Wijheerde, Olstervelde en Heinoord", oogo="[datum]",
         planning=[["januari 2026", "Concept 0.7 naar kerngroep"],
                   ["februari 2026", "Concept 0.9 naar OPR (eerste bespreking)"],
                   ["maart 2026", "OOGO; instemmingsverzoek OPR"],
                   ["april 2026", "Vaststelling en toezending Inspectie"]])


def plan_d():
    c = D
    b = [("title", ["Ondersteuningsplan 2026–2030 – werkversie", c["swv"] + " (VO 23-91)",
                    "Concept 0.7 – 16 januari 2026", "Interne werkversie kerngroep; opmerkingen in rood"]),
         ("table", [["Versie", "Datum", "Wijziging"],
                    ["0.5", "28-11-2025", "Eerste opzet hoofdstukken"],
                    ["0.6", "19-12-2025", "Financieel kader toegevoegd, thuiszitters herschreven"],
                    ["0.7", "16-01-2026", "Tabel terugplaatsing, begrippenlijst, reacties kerngroep"]]),
         ("toc", ["1 Voorwoord", "2 Inleiding", "3 Onze regio", "4 Visie", "5 Basisondersteuning",
                  "6 Dekkend netwerk", "7 Toewijzing vso, lwoo en pro", "8 Doorlopende lijnen",
                  "9 Ouders en leerlingen", "10 Kwaliteit en resultaten", "11 Financieel kader",
                  "12 Gemeenten en OOGO", "13 Governance en medezeggenschap", "14 Personeel",
                  "15 Privacy en ICT", "16 Planning", "Begrippenlijst"]),
         ("h1", "1 Voorwoord"),
         ("note", "[Voorwoord nog aanpassen na bespreking kerngroep – nu tekst uit vorig plan]")] + \
        f_voorwoord(c)
    b += [("h1", "2 Inleiding")] + f_wettelijk(c) + [
          ("p", "Dit concept is bedoeld voor de kerngroep (besturen, twee ondersteuningscoördinatoren "
                "en het bureau). Hoofdstukken die nog niet gereed zijn, zijn gemarkeerd."),
          ("h1", "3 Onze regio"),
          ("p", "IJsselvallei-Noord omvat de gemeenten Wijheerde, Olstervelde en Heinoord. Vijf "
                "schoolbesturen zijn aangesloten met negen scholen voor voortgezet onderwijs, "
                "waaronder praktijkschool Het Anker en vso De Kei. Het orthopedagogisch-didactisch "
                "centrum De Schakel is onderdeel van een van de scholengemeenschappen. Samen tellen "
                "de scholen ongeveer 7.600 leerlingen."),
          ("p", "De regio heeft een sterke agrarische en maakindustriële sector. Veel leerlingen "
                "kiezen voor een beroepsgerichte leerweg; de aansluiting met het mbo in Olstervelde "
                "is goed. De scholen zijn verspreid over drie kernen; leerlingen uit de buitengebieden "
                "reizen soms meer dan een half uur."),
          ("p", "Het leerlingaantal groeit tot 2028 licht door nieuwbouw in Wijheerde en daalt daarna. "
                "De scholen werken samen in een regionaal platform voor de aanpak van het "
                "lerarentekort."),
          ("p", "Sociaal-economisch is de regio gemengd. In de kernen Wijheerde en Heinoord wonen "
                "relatief veel jonge gezinnen; in Olstervelde is het aandeel huishoudens met een laag "
                "inkomen hoger dan het provinciale gemiddelde. De gemeenten hebben ieder een eigen "
                "jeugdteam en werken samen in een regionale inkooporganisatie voor specialistische "
                "jeugdhulp. Voor de scholen betekent dat drie verschillende aanspreekpunten, wat in de "
                "praktijk soms tot vertraging leidt."),
          ("note", "[Kerngroep: regiobeschrijving inkorten? Nu vrijwel gelijk aan vorig plan.]"),
          ("h1", "4 Visie")] + f_visie(c) + f_cultuur(c) + f_trends(c)
    b += [
        ("h1", "5 Basisondersteuning"),
        ("note", "[PM – tekst wordt aangeleverd door de werkgroep basisondersteuning. Afstemming met de "
                 "landelijke norm basisondersteuning afwachten; mogelijk nemen we de norm integraal "
                 "over.]"),
        ("h1", "6 Dekkend netwerk"),
        ("h2", "6.1 Het ondersteuningscontinuüm"),
        ("note", "[Figuur en beschrijving niveaus 1–4 volgen in versie 0.9 – input werkgroep aanbod.]"),
        ("h2", "6.2 Thuiszitters en jongeren zonder passende plek"),
        ("p", "Iedere vo-school meldt een leerling die langer dan drie weken ongeoorloofd of "
              "geoorloofd verzuimt zonder zicht op terugkeer bij het Trajectbureau van het "
              "samenwerkingsverband. Elke week is er een overleg 'Sluitende aanpak' met leerplicht, "
              "RMC en de jeugdconsulenten van de drie gemeenten. Binnen vijf werkdagen na een melding "
              "wijst het Trajectbureau een trajectbegeleider aan; binnen vier weken ligt er een plan "
              "met een onderwijsaanbod. Lukt dat niet, dan wordt de casus voorgelegd aan het "
              "regionaal escalatieoverleg, waar de directeur-bestuurder doorzettingsmacht heeft."),
        ("p", "Ieder jaar in januari maken wij een analyse van witte vlekken: groepen leerlingen voor "
              "wie in de regio geen passend aanbod is. In 2025 ging het om jongeren met angst- en "
              "stemmingsproblematiek die (gedeeltelijk) thuiszitten. Voor hen start op 1 februari "
              "2027 de pilot Herstart, een combinatie van onderwijs op afstand en kleine groepen op "
              "school. Ook houden we maandelijks de wachtlijst van De Kei bij."),
        ("p", "De besturen hebben afgesproken dat de school van aanmelding de zorgplicht houdt tot "
              "een andere school de leerling heeft ingeschreven. Bij een verschil van inzicht tussen "
              "scholen beslist de directeur-bestuurder binnen tien werkdagen."),
        ("note", "[Kerngroep: willen we hier ook de cijfers thuiszitters opnemen? – navragen bij "
                 "leerplicht]"),
        ("h1", "7 Toewijzing vso, lwoo en pro"),
        ("note", "[Deze paragraaf wordt herschreven na vaststelling van het Reglement Toewijzing 2026 "
                 "in het bestuur van maart. Zie voorlopig de huidige procedure op de website.]"),
        ("p", "Het aantal lwoo-aanwijzingen is de afgelopen jaren stabiel gebleven; het aantal "
              "TLV's voor het vso stijgt licht."),
        ("h1", "8 Doorlopende lijnen"),
        ("h2", "8.1 Van po naar vo"),
        ("p", "Met de samenwerkingsverbanden PO in de regio is een overstapprotocol afgesproken. "
              "Basisscholen leveren het onderwijskundig rapport uiterlijk 1 maart aan. Voor "
              "leerlingen met een ondersteuningsbehoefte is er een warme overdracht tussen de intern "
              "begeleider en de ondersteuningscoördinator. De plaatsingscommissies van de vo-scholen "
              "nemen een besluit over de toelating binnen de wettelijke termijn."),
        ("h2", "8.2 Van vo naar mbo en werk"),
        ("p", "Voor leerlingen van het praktijkonderwijs en het vso is er een regionale "
              "werkgeversalliantie. Het RMC volgt jongeren tot 23 jaar zonder startkwalificatie."),
        ("p", "De overgang van vo naar mbo is voor veel jongeren een kwetsbaar moment. Zij krijgen te "
              "maken met een nieuwe school, vaak in een andere plaats, met meer zelfstandigheid en "
              "minder vaste begeleiding. Samen met het mbo-college in Olstervelde hebben de scholen "
              "afgesproken dat loopbaanbegeleiders van beide kanten elkaar in het voorjaar spreken "
              "over de leerlingen die extra aandacht nodig hebben. Het mbo organiseert zomerscholen "
              "en kennismakingsdagen; de vo-scholen zorgen voor een volledig overstapdossier."),
        ("p", "Voor jongeren die direct naar werk gaan, vooral vanuit het praktijkonderwijs en de "
              "arbeidsmarktgerichte uitstroomprofielen van het vso, werkt de werkgeversalliantie met "
              "leerwerkplekken en jobcoaches. Gemeenten zetten daarbij instrumenten uit de "
              "Participatiewet in. De scholen volgen hun oud-leerlingen twee jaar na uitstroom; de "
              "gegevens daarvan delen zij met het RMC. Wij verkennen in 2026 met de provincie of een "
              "regionaal loket voor werkfit-trajecten haalbaar is."),
        ("h2", "8.3 Terugplaatsing en overplaatsing"),
        ("p", "De stappen bij afloop van een TLV vso staan in tabel 8.1."),
        ("table", [["Moment", "Wie", "Wat"],
                   ["Start laatste TLV-jaar (september)", "vso-school", "Evalueert het OPP en bepaalt "
                    "of terugplaatsing, overplaatsing of verlenging in beeld is"],
                   ["Uiterlijk 1 december", "vso-school en consulent SWV", "Terugplaatsingsoverleg; "
                    "bij terugplaatsing benadert de consulent een passende vo-school"],
                   ["Uiterlijk 1 maart", "Ontvangende vo-school", "Besluit over inschrijving na een "
                    "kennismaking en overdracht van het dossier"],
                   ["Uiterlijk 1 april", "vso-school", "Bij verlenging: nieuwe TLV in gang zetten "
                    "(zie hoofdstuk 7)"],
                   ["31 juli", "—", "TLV eindigt; zonder nieuwe TLV geen plaatsing meer in het vso"]]),
        ("note", "[Beleidsuitgangspunten, voorwaarden en ondersteuning na terugkeer: nog uitwerken met "
                 "De Kei. In de loop van 2027 stellen we vast welke begeleiding een teruggeplaatste "
                 "leerling krijgt.]"),
        ("h1", "9 Ouders en leerlingen"),
        ("note", "[Tekst volgt – afstemming met werkgroep OJSP en met de ouders in de OPR.]"),
        ("h1", "10 Kwaliteit en resultaten"),
        ("note", "[Invullen na de evaluatiesessie met de schoolleiders van 18 maart – input M. "
                 "Veldkamp. Let op: nulmeting en streefwaarden nodig.]"),
        ("h1", "11 Financieel kader"),
        ("h2", "11.1 Verdeling"),
        ("p", "De middelen voor lichte ondersteuning verdelen wij als volgt: 85 procent gaat naar de "
              "besturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar "
              "(voor 2026 komt dat neer op € 196 per leerling); 15 procent is bestemd voor het "
              "Trajectbureau en de pilot Herstart. De middelen voor lwoo en pro worden doorgegeven "
              "aan de school waar de leerling staat ingeschreven, per leerling met een aanwijzing of "
              "TLV. Van de middelen voor zware ondersteuning worden de afdrachten voor het vso door "
              "DUO ingehouden; het restant financiert De Schakel (vaste bijdrage van € 640.000 per "
              "jaar) en de arrangementen die het Trajectbureau toekent. Het bestuur stelt de "
              "verdeling jaarlijks in juni vast."),
        ("h2", "11.2 Meerjarenbegroting"),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "1.650", "1.665", "1.670", "1.640"],
                   ["Baten zware ondersteuning (na afdrachten)", "1.380", "1.360", "1.350", "1.330"],
                   ["Baten lwoo en pro", "4.920", "4.950", "4.960", "4.900"],
                   ["Budgetten besturen", "1.403", "1.415", "1.420", "1.394"],
                   ["Trajectbureau en pilot Herstart", "247", "250", "250", "246"],
                   ["OPDC De Schakel", "640", "640", "640", "640"],
                   ["Arrangementen zware ondersteuning", "520", "530", "530", "520"],
                   ["Lwoo en pro doorgegeven", "4.920", "4.950", "4.960", "4.900"],
                   ["Bureau", "310", "315", "320", "325"],
                   ["Saldo", "-90", "-125", "-140", "-155"]]),
        ("h2", "11.3 Reserves"),
        ("p", "De reserve boven de signaleringswaarde is in 2025 afgebouwd. De negatieve saldi in de "
              "meerjarenbegroting worden gedekt uit de resterende reserve van € 0,9 miljoen."),
        ("note", "[Controller: bedragen 2028–2029 nog bijwerken na septembercirculaire]"),
        ("h1", "12 Gemeenten en OOGO")] + f_oogo(c)
    b += [("h1", "13 Governance en medezeggenschap")] + f_governance(c) + f_opr(c, met_ouders=False)
    b += [("h1", "14 Personeel")] + f_personeel(c) + f_samenwerking(c) + f_communicatie_scholen(c)
    b += [("h1", "15 Privacy en ICT")] + f_ict(c)
    b += [("h1", "16 Planning")] + f_planning(c, concept=True)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van "
                      "ondersteuning dat alle scholen bieden, zoals een ondersteuningscoördinator, "
                      "een dyslexie- en dyscalculieprotocol, faalangstreductietraining en een "
                      "ondersteuningsteam."],
                     ["Lwoo", "Leerwegondersteunend onderwijs; aanwijzing door de Commissie "
                      "Toewijzing op basis van IQ en leerachterstand."],
                     ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
                     ["Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband, "
                      "jaarlijks gemeten in de monitor."],
                     ["TLV", "Toelaatbaarheidsverklaring voor vso of pro."]])]
    doc = dict(title="Ondersteuningsplan IJsselvallei-Noord 2026–2030 concept 0.7",
               header="CONCEPT 0.7 – werkversie – niet citeren", footer="IJsselvallei-Noord",
               blocks=b)
    name = "vo-ijsselvallei-noord-concept-v07"
    render_docx(doc, OUT / f"{name}.docx")
    write_label(name, make_label(
        [f"{name}.docx"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
         "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.continuum",
         "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": [], "plaatsing": [], "terugstroom": [], "financien": ["reserves"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": []},
        {"basisondersteuning": "H5 alleen '[PM – tekst wordt aangeleverd]'; volledige definitie en voorbeelden staan uitsluitend in de begrippenlijst (trap).",
         "plaatsing": "H7 'wordt herschreven… zie voorlopig de website'; alleen passing cijfers lwoo/TLV; lwoo-uitleg alleen in begrippenlijst; 'plaatsingscommissies' in 8.1 is reguliere toelating.",
         "terugstroom": "8.3: procedure alleen in tabel 8.1 (wie/wanneer/einde TLV); beleid, voorwaarden en begeleiding na terugkeer uitgesteld ('in de loop van 2027').",
         "financien": "H11 Financieel kader: verdeling (85/15, € 196 per leerling, lwoo/pro, De Schakel, besluit juni) en meerjarenbegroting x €1.000; reserves 11.3.",
         "dekkend-aanbod": "6.1 continuüm 'volgt in versie 0.9'; 6.2 Trajectbureau, Sluitende aanpak, escalatie, witte-vlekkenanalyse, pilot Herstart, zorgplicht-afspraak.",
         "resultaten": "H10 alleen placeholder; 'resultaten' verder alleen in begrippenlijst en wettelijke opsomming.",
         "ouders": "H9 '[Tekst volgt]'; OJSP alleen in trendtekst (wettelijke plicht) en begrippenlijst; OPR-tekst zonder oudergeleding."}))


# --------------------------------------------------------------------------------------
# Plan E: PO, final 'koersplan op hoofdlijnen', web version (.html)
# --------------------------------------------------------------------------------------

E = dict(swv="Samenwerkingsverband Primair Onderwijs Heuvelland-Oost", kort="Heuvelland-Oost",
         periode="2026–2030", sector="po", ondertekenaar="J.M.G. (Jos) Houben",
         besturen="zes", bureau_plaats="Gulpendaal", fte="8", systeem="Kindkans",
         gemeenten="Gulpendaal, Eijsveld en Wittemheide", oogo="2 februari 2026",
         planning=[["november 2025", "Dialoogsessies met directeuren en intern begeleiders"],
                   ["januari 2026", "Concept naar OPR en gemeenten"],
                   ["2 februari 2026", "OOGO"],
                   ["5 maart 2026", "Instemming OPR"],
                   ["19 maart 2026", "Vaststelling"]])


def plan_e():
    c = E
    b = [("title", ["Ondersteuningsplan 2026–2030: koers op hoofdlijnen",
                    c["swv"] + " (PO 31-93)", "Webversie – vastgesteld 19 maart 2026"]),
         ("toc", ["Voorwoord", "1 Een plan op hoofdlijnen", "2 Onze regio", "3 Waar we voor staan",
                  "4 De basis op iedere school", "5 Naar sbo of so", "6 Terug naar de basisschool",
                  "7 Dekkend aanbod", "8 Resultaten", "9 Ouders", "10 Organisatie en middelen",
                  "11 Medezeggenschap", "12 Totstandkoming", "Afkortingen"]),
         ("h1", "Voorwoord")] + f_voorwoord(c)
    b += [("h1", "1 Een plan op hoofdlijnen")] + f_wettelijk(c) + [
        ("p", "Dit ondersteuningsplan is bewust kort gehouden. Het beschrijft de koers op hoofdlijnen "
              "en de afspraken die vier jaar meegaan. Jaarlijkse keuzes, de begroting en de "
              "uitwerking van projecten staan in het jaarplan en in afzonderlijke reglementen."),
        ("h1", "2 Onze regio"),
        ("p", "Heuvelland-Oost omvat de gemeenten Gulpendaal, Eijsveld en Wittemheide. Zes "
              "schoolbesturen zijn aangesloten met 39 basisscholen, sbo De Bron en so Mosaïek. Samen "
              "tellen de scholen ongeveer 6.300 leerlingen. Het gebied is landelijk en heuvelachtig; "
              "een derde van de scholen heeft minder dan honderd leerlingen."),
        ("p", "De krimp is in de regio al jaren zichtbaar. Besturen werken daarom steeds vaker samen, "
              "ook over de grenzen van denominatie heen. Twee dorpen hebben inmiddels een "
              "samenwerkingsschool. De nabijheid van de Belgische en Duitse grens betekent dat een "
              "klein aantal kinderen over de grens naar school gaat of vandaar komt."),
        ("h1", "3 Waar we voor staan")] + f_visie(c) + f_cultuur(c) + f_trends(c)
    b += [
        ("h1", "4 De basis op iedere school"),
        ("p", "Onze zes besturen hebben afgesproken welke ondersteuning op iedere locatie "
              "beschikbaar is, hoe klein de school ook is. Dat noemen wij de basis. Geen school zakt "
              "eronder, en ouders hoeven er niet om te vragen. Concreet betekent dat:"),
        ("ul", ["iedere school heeft iemand die de ondersteuning coördineert (intern begeleider), met "
                "tijd daarvoor: bij kleine scholen gedeeld binnen een cluster, met een minimum van "
                "één dag per week;",
                "leraren signaleren lees- en rekenproblemen vroeg en bieden volgens een vast protocol "
                "extra instructie; dyslexieonderzoek wordt aangevraagd als dat nodig is;",
                "de school heeft een aanpak tegen pesten en een jaarlijkse meting van het "
                "veiligheidsgevoel van kinderen;",
                "kinderen die meer aankunnen krijgen verrijkingsstof en worden uitgedaagd in de eigen "
                "klas;",
                "er is een vast overleg, minstens drie keer per jaar, met het lokale jeugdteam en de "
                "jeugdverpleegkundige;",
                "de school kan binnen twee weken advies vragen aan een orthopedagoog van het "
                "samenwerkingsverband;",
                "kinderen met een medische aandoening kunnen rekenen op afspraken over medicatie en "
                "medisch handelen."]),
        ("p", "Wat boven deze basis uitgaat, heet extra ondersteuning."),
        ("h1", "5 Naar sbo of so"),
        ("p", "Voor een plek op sbo De Bron of so Mosaïek heeft een kind een "
              "toelaatbaarheidsverklaring nodig. De besturen hanteren daarbij de volgende "
              "uitgangspunten."),
        ("p", "Een kind kan toelaatbaar worden verklaard tot het sbo wanneer de basisschool de "
              "ondersteuning heeft geboden die zij kan bieden, en dat in ten minste twee "
              "geëvalueerde handelingsperiodes onvoldoende is gebleken; wanneer het kind een "
              "leerachterstand heeft van meer dan een jaar op ten minste twee vakgebieden, of "
              "gedragsproblemen die in een grote groep niet te hanteren zijn; en wanneer het kind "
              "naar verwachting baat heeft bij een kleine groep met een specialistische aanpak."),
        ("p", "Een kind kan toelaatbaar worden verklaard tot het so wanneer daarnaast sprake is van "
              "een ernstige verstandelijke beperking (IQ onder 70), een lichamelijke beperking of "
              "langdurige ziekte die dagelijkse specialistische zorg vraagt (cluster 3), of van "
              "ernstige psychiatrische of gedragsproblematiek waarvoor ook het sbo niet volstaat "
              "(cluster 4)."),
        ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en binnen welke termijn een besluit "
              "valt, leest u op www.swvheuvellandoost.nl/tlv."),
        ("h1", "6 Terug naar de basisschool"),
        ("p", "Een plek in het sbo of so is voor ons geen eindstation. Wij willen dat kinderen die "
              "het aankunnen, teruggaan naar een gewone basisschool in hun eigen dorp of wijk. Dat "
              "gebeurt wanneer het kind zich zo heeft ontwikkeld dat het met de basis en eventueel "
              "wat extra ondersteuning verder kan, en wanneer er een school is die het kind wil en "
              "kan ontvangen. Na de overstap begeleidt een leerkracht van De Bron of Mosaïek het kind "
              "en de nieuwe leraar een half jaar lang, twee uur per week."),
        ("p", "Elk jaar bespreekt de sbo- of so-school in het OPP-gesprek met ouders of terugkeer "
              "mogelijk is. In het laatste jaar van de TLV voert de school uiterlijk in januari een "
              "perspectiefgesprek met ouders en een consulent van het samenwerkingsverband. Kiezen "
              "zij voor terugkeer, dan meldt de sbo- of so-school het kind vóór 1 maart aan bij de "
              "gewenste basisschool, en besluit het bestuur van die school binnen zes weken. Is "
              "terugkeer (nog) niet verantwoord, dan zorgt de sbo- of so-school tijdig voor een "
              "nieuwe TLV. Zonder nieuwe TLV eindigt de plaatsing op 31 juli. Naar een andere "
              "school voor speciaal onderwijs overplaatsen verloopt langs dezelfde stappen."),
        ("h1", "7 Dekkend aanbod"),
        ("p", "In 2026–2027 brengen wij met de scholen en de gemeenten in kaart welk aanbod er in de "
              "regio is en waar het ontbreekt (project Dekkend Heuvelland). De uitkomsten en de "
              "acties die daaruit volgen, nemen wij op in de voortgangsparagraaf 2027."),
        ("h1", "8 Resultaten"),
        ("p", "Wij hebben ons voor deze planperiode vijf concrete doelen gesteld, met een "
              "streefwaarde voor juli 2030:"),
        ("ol", ["het aandeel leerlingen in sbo en so samen daalt van 3,4 procent (1 oktober 2025) naar "
                "ten hoogste 3,0 procent;",
                "ieder jaar keren ten minste acht kinderen vanuit sbo of so terug naar een "
                "basisschool;",
                "iedere school voldoet aan alle afspraken van de basis (hoofdstuk 4);",
                "90 procent van de TLV-aanvragen wordt binnen zes weken afgehandeld;",
                "ouders van kinderen met een OPP beoordelen de samenwerking met school gemiddeld met "
                "ten minste een 7,5."]),
        ("p", "Hoe wij dit volgen: iedere zes maanden maakt het bureau een dashboard met de gegevens "
              "van DUO (peildatum 1 oktober), onze eigen registratie van TLV's en terugplaatsingen, "
              "de uitkomsten van de jaarlijkse schoolgesprekken over de basis en een korte "
              "vragenlijst aan ouders van kinderen met een OPP. Het dashboard wordt besproken met de "
              "directeuren, het bestuur, de Raad van Toezicht en de OPR. In het jaarverslag "
              "rapporteren wij per doel wat bereikt is en waarom er eventueel wordt bijgestuurd."),
        ("h1", "9 Ouders"),
        ("h2", "9.1 Onafhankelijke hulp"),
        ("p", "Ouders die vastlopen of twijfelen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
              "Heuvelland. Het steunpunt wordt uitgevoerd door een onafhankelijke "
              "ouderorganisatie en is gratis. De medewerkers luisteren, geven advies, gaan desgewenst "
              "mee naar een gesprek op school en bundelen signalen voor het bestuur van het "
              "samenwerkingsverband. Daarnaast kunnen ouders een beroep doen op de "
              "Onderwijsconsulenten. Bij een klacht over het samenwerkingsverband geldt onze "
              "klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen ouders "
              "voorleggen aan de Geschillencommissie passend onderwijs."),
        ("h2", "9.2 Informatie"),
        ("p", "Hoe wij ouders voortaan informeren over het ondersteuningsaanbod, beschrijven wij in "
              "het communicatieplan 2026–2027, dat nog wordt opgesteld."),
        ("h2", "9.3 Ouders en kinderen aan tafel"),
        ("p", "Ouders zijn aanwezig bij ieder overleg over hun kind. Kinderen met een OPP mogen "
              "vertellen wat zij ervan vinden; de school legt hun mening vast."),
        ("h1", "10 Organisatie en middelen")] + f_governance(c) + [
        ("p", "De verdeling van de middelen en de meerjarenbegroting zijn vastgelegd in het Jaarplan "
              "en de Begroting 2026, die het bestuur jaarlijks na instemming van de OPR vaststelt. "
              "Het samenwerkingsverband zet de middelen zo dicht mogelijk bij het kind in.")] + \
        f_personeel(c) + f_samenwerking(c) + f_communicatie_scholen(c) + f_ict(c)
    b += [("h1", "11 Medezeggenschap")] + f_opr(c) + [
        ("p", "De OPR stelt elk jaar in september een eigen jaarplanning op, afgestemd op de "
              "beleidscyclus van het samenwerkingsverband: het jaarplan in het najaar, de begroting "
              "in december en het jaarverslag in juni. Nieuwe leden volgen een introductietraining; "
              "voor de hele raad is er jaarlijks een scholingsbijeenkomst, waarvoor een externe "
              "deskundige wordt uitgenodigd. De OPR kan voor specifieke vragen een eigen adviseur "
              "inschakelen; de kosten daarvan draagt het samenwerkingsverband."),
        ("p", "De OPR en de directeur-bestuurder hebben afgesproken dat de OPR vroegtijdig wordt "
              "betrokken bij beleidsvoornemens, ook als daarover formeel geen instemming of advies "
              "nodig is. Twee keer per jaar is er een informeel overleg tussen de voorzitter van de "
              "OPR, de voorzitter van de Raad van Toezicht en de directeur-bestuurder. De OPR "
              "publiceert na iedere vergadering een korte samenvatting op de website van het "
              "samenwerkingsverband. Leden van de OPR worden gekozen voor drie jaar en zijn één keer "
              "herkiesbaar; zo ontstaat een evenwicht tussen continuïteit en vernieuwing."),
        ("p", "In de zuidelijke kernen is het moeilijk gebleken om kandidaten voor de OPR te vinden. "
              "De medezeggenschapsraden van de scholen in Wittemheide hebben daarom afgesproken dat "
              "zij gezamenlijk één lid afvaardigen en dat dit lid terugkoppelt in een gezamenlijke "
              "achterbanbijeenkomst.")]
    b += [("h1", "12 Totstandkoming")] + f_oogo(c, inhoudelijk=False) + f_planning(c)
    b += [("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["OOGO", "op overeenstemming gericht overleg"],
                     ["OPP", "ontwikkelingsperspectief"], ["OPR", "ondersteuningsplanraad"],
                     ["sbo", "speciaal basisonderwijs"], ["so", "speciaal onderwijs"],
                     ["TLV", "toelaatbaarheidsverklaring"]])]
    doc = dict(title="Ondersteuningsplan Heuvelland-Oost 2026–2030",
               header="Home | Over ons | Ondersteuningsplan | Financiën | Dekkend aanbod | Ouders | Contact",
               footer="© Samenwerkingsverband PO Heuvelland-Oost – privacyverklaring – cookies",
               blocks=b)
    name = "po-heuvelland-oost-op-2026-2030"
    render_html(doc, OUT / f"{name}.html")
    write_label(name, make_label(
        [f"{name}.html"], "po",
        {"plaatsing.procedure", "financien.verdeling", "financien.besteding",
         "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie"},
        {"basisondersteuning": [], "plaatsing": [], "terugstroom": [], "financien": [],
         "dekkend-aanbod": [], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4 'De basis op iedere school': ongewone formulering ('Geen school zakt eronder') plus concrete lijst.",
         "plaatsing": "H5: criteria sbo en so in lopende tekst; procedure (wie vraagt aan, stukken, termijn, wie beslist) alleen via link naar website; verlenging in H6 is terugstroom, geen TLV-procedure.",
         "terugstroom": "H6 'Terug naar de basisschool': beleid (doel, voorwaarden, begeleiding) en procedure (wie initieert, perspectiefgesprek januari, aanmelding vóór 1 maart, besluit binnen zes weken, einde TLV 31 juli).",
         "financien": "Alleen verwijzing naar Jaarplan en Begroting 2026 in H10 en passing 'middelen'; 'Financiën' alleen in navigatiebalk.",
         "dekkend-aanbod": "H7 alleen uitstel (project Dekkend Heuvelland, voortgangsparagraaf 2027); OOGO-tekst procedureel, zonder ketenafspraken.",
         "resultaten": "H8: vijf meetbare doelen 2030 en halfjaarlijks dashboard met bronnen en rapportage.",
         "ouders": "9.1 OJSP, Onderwijsconsulenten, klachtenregeling, Geschillencommissie; 9.2 informatie naar nog op te stellen communicatieplan."}))


# --------------------------------------------------------------------------------------
# Near-miss: OPR instemmingsbesluit en advies over a concept plan (.docx)
# --------------------------------------------------------------------------------------


def near_miss():
    b = [("title", ["Instemmingsbesluit en advies van de ondersteuningsplanraad",
                    "Samenwerkingsverband VO Rijnstreek-West (VO 28-97)",
                    "Over: concept-ondersteuningsplan 2026–2030, versie 1.0 van 15 januari 2026",
                    "Vergadering OPR van 26 februari 2026"]),
         ("p", "Aan: de directeur-bestuurder van het samenwerkingsverband VO Rijnstreek-West"),
         ("p", "Kenmerk: OPR-2026-004"),
         ("h1", "1 Inleiding"),
         ("p", "Op 15 januari 2026 ontving de ondersteuningsplanraad (OPR) het verzoek om in te stemmen "
               "met het concept-ondersteuningsplan 2026–2030. De OPR heeft het concept besproken in "
               "zijn vergaderingen van 29 januari en 26 februari 2026. Ter voorbereiding hebben twee "
               "werkgroepen – een oudergeleding en een personeelsgeleding – het concept hoofdstuk voor "
               "hoofdstuk gelezen aan de hand van de checklist instemming ondersteuningsplan van het "
               "Steunpunt Medezeggenschap. Op 12 februari heeft een informele toelichting met de "
               "directeur-bestuurder en de beleidsmedewerker plaatsgevonden."),
         ("p", "In dit besluit geeft de OPR per onderwerp zijn bevindingen weer, gevolgd door het "
               "besluit en de voorwaarden die de OPR daaraan verbindt. De OPR heeft daarbij gekeken "
               "naar de wettelijke eisen aan het ondersteuningsplan en naar de vraag of het plan "
               "voldoende concreet is voor ouders, leerlingen en personeel."),
         ("h1", "2 Bevindingen per onderwerp"),
         ("h2", "2.1 Basisondersteuning"),
         ("p", "De OPR waardeert dat het concept de basisondersteuning omschrijft als het niveau dat "
               "iedere vestiging biedt. De werkgroep heeft wel vastgesteld dat de standaarden zelf "
               "alleen in een bijlage staan die de OPR nog niet heeft ontvangen. De OPR vraagt de "
               "Kaart Basisondersteuning vóór vaststelling toe te voegen, zodat ouders kunnen zien "
               "wat zij van iedere school mogen verwachten."),
         ("h2", "2.2 Toewijzing vso, lwoo en pro"),
         ("p", "De procedure voor toelaatbaarheid tot het vso is helder beschreven, met een "
               "stappenschema en termijnen. De OPR vraagt om in het plan op te nemen dat de twee "
               "deskundigen elk afzonderlijk adviseren en niet betrokken zijn bij de aanvraag. Voor "
               "lwoo en pro verwijst het concept naar de landelijke criteria; de OPR kan daarmee "
               "instemmen, maar wil dat in het plan staat welke commissie beslist en binnen welke "
               "termijn."),
         ("h2", "2.3 Terugplaatsing"),
         ("p", "De OPR mist in het concept een uitwerking van het terugplaatsingsbeleid. Het concept "
               "noemt terugplaatsing als uitgangspunt, maar zegt niet wie het initiatief neemt en "
               "welke begeleiding een leerling krijgt na terugkeer. De OPR verzoekt het bestuur "
               "hierover vóór 1 augustus 2026 een voorstel aan de OPR voor te leggen."),
         ("h2", "2.4 Financiën"),
         ("p", "De meerjarenbegroting in het concept is overzichtelijk. De OPR vraagt om toelichting "
               "op de verdeelsleutel voor de middelen lichte ondersteuning, en om een overzicht van "
               "de wijze waarop besturen verantwoorden hoe zij de middelen hebben besteed. De OPR "
               "heeft kennisgenomen van de afbouw van de reserves."),
         ("h2", "2.5 Dekkend aanbod en thuiszitters"),
         ("p", "De personeelsgeleding is positief over de plannen voor een tweede OPDC-locatie. De "
               "oudergeleding wijst op de wachtlijst voor het vso en vraagt het bestuur de OPR "
               "ieder halfjaar te informeren over het aantal thuiszitters en de wachttijden."),
         ("h2", "2.6 Resultaten"),
         ("p", "De OPR constateert dat de beoogde resultaten in het concept meetbaar zijn "
               "geformuleerd. Wel ontbreekt een terugblik op de resultaten van de vorige periode. "
               "De OPR verzoekt deze toe te voegen, met de cijfers uit het jaarverslag 2024."),
         ("h2", "2.7 Ouders en leerlingen"),
         ("p", "De OPR is blij met de komst van het ouder- en jeugdsteunpunt. De oudergeleding vraagt "
               "om in het plan op te nemen hoe ouders het steunpunt kunnen bereiken en hoe de "
               "onafhankelijkheid is geborgd. Ook vraagt de OPR de ouderfolder in meer talen uit te "
               "brengen."),
         ("h2", "2.8 Personeel en werkdruk"),
         ("p", "De personeelsgeleding vraagt aandacht voor de gevolgen van het plan voor leraren en "
               "ondersteuners. De OPR verzoekt het bestuur in het jaarplan op te nemen hoe de "
               "scholing op het gebied van gedrag wordt georganiseerd en hoe de werkdruk van "
               "ondersteuningscoördinatoren wordt gevolgd."),
         ("h2", "2.9 Procedure"),
         ("p", "De OPR heeft geconstateerd dat het OOGO met de gemeenten op 19 februari 2026 heeft "
               "plaatsgevonden. De OPR vraagt het verslag daarvan te ontvangen. De OPR wijst erop dat "
               "het plan vóór 1 mei bij de Inspectie moet zijn ingediend."),
         ("h1", "3 Besluit"),
         ("p", "De OPR besluit in te stemmen met het ondersteuningsplan 2026–2030 van het "
               "samenwerkingsverband VO Rijnstreek-West, onder de volgende voorwaarden:"),
         ("ol", ["de Kaart Basisondersteuning wordt als bijlage aan het plan toegevoegd;",
                 "het bestuur legt vóór 1 augustus 2026 een voorstel over het terugplaatsingsbeleid "
                 "aan de OPR voor;",
                 "het bestuur informeert de OPR ieder halfjaar over thuiszitters en wachttijden vso;",
                 "de passage over het ouder- en jeugdsteunpunt wordt aangevuld met de bereikbaarheid "
                 "en de borging van de onafhankelijkheid."]),
         ("p", "De OPR verzoekt de directeur-bestuurder binnen vier weken schriftelijk te reageren op "
               "dit besluit en aan te geven hoe de voorwaarden worden verwerkt. De OPR behoudt zich "
               "het recht voor om bij het niet nakomen van de voorwaarden de Landelijke Commissie voor "
               "Geschillen WMS in te schakelen."),
         ("h1", "4 Stemming"),
         ("p", "Aanwezig waren elf van de twaalf leden. Het besluit is genomen met tien stemmen voor "
               "en één onthouding. De onthouding is gemotiveerd door het ontbreken van het "
               "terugplaatsingsbeleid."),
         ("h1", "5 Tot slot"),
         ("p", "De OPR dankt het bureau voor de prettige samenwerking en de open houding tijdens de "
               "voorbereiding. De OPR ziet ernaar uit om in de komende planperiode de uitvoering van "
               "het plan te volgen en daarover jaarlijks met de directeur-bestuurder in gesprek te "
               "gaan."),
         ("p", "Namens de ondersteuningsplanraad,"),
         ("p", "A. (Annelies) Verbeek, voorzitter – R. (Rachid) El Amrani, secretaris"),
         ("h1", "Bijlage: behandelde stukken"),
         ("ul", ["Concept-ondersteuningsplan 2026–2030, versie 1.0 (15 januari 2026)",
                 "Meerjarenbegroting 2026–2029 (concept)", "Verslag informele toelichting 12 februari 2026",
                 "Checklist instemming ondersteuningsplan, Steunpunt Medezeggenschap"])]
    doc = dict(title="Instemmingsbesluit OPR VO Rijnstreek-West ondersteuningsplan 2026–2030",
               header="OPR VO Rijnstreek-West – instemmingsbesluit ondersteuningsplan 2026–2030",
               footer="Kenmerk OPR-2026-004", blocks=b)
    name = "vo-rijnstreek-west-opr-instemmingsbesluit"
    render_docx(doc, OUT / f"{name}.docx")
    label = {"documents": [f"{name}.docx"], "sector": "vo", "looks_like_plan": False,
             "elements": {}, "criteria": {}, "advisory_addressed": {},
             "notes": {"document": "Instemmingsbesluit en advies van de OPR over een concept-"
                                   "ondersteuningsplan: bespreekt alle zeven onderwerpen en gebruikt "
                                   "SWV-vocabulaire (OPR, OOGO, vso/lwoo/pro, OJSP, Kaart "
                                   "Basisondersteuning), maar is een medezeggenschapsbrief met "
                                   "bevindingen en voorwaarden, niet het plan zelf."}}
    write_label(name, label)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plan_a()
    plan_b()
    plan_c()
    plan_d()
    plan_e()
    near_miss()


if __name__ == "__main__":
    main()
