#!/usr/bin/env python3
"""Generate the holdout225 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (mostly VO) and one near-miss document
(a school-level ondersteuningsplan), each with an .expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime
import html as htmlmod
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


# ---------------------------------------------------------------- blocks
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def OL(items): return ("ol", items)
def TABLE(caption, rows): return ("table", caption, rows)
def TOC(entries): return ("toc", entries)
def TITLE(title, lines): return ("title", title, lines)
def BREAK(): return ("break",)


# ---------------------------------------------------------------- renderers
def render_docx(meta, blocks, path):
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 3, 2, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = meta.get("author", "Bureau samenwerkingsverband")
    cp.title = meta["title"]
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = meta["header"]
    sec.footer.paragraphs[0].text = meta["footer"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(24)
            for line in b[2]:
                q = doc.add_paragraph()
                q.add_run(line).font.size = Pt(13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for num, title, page in b[1]:
                doc.add_paragraph(f"{num}\t{title}\t{page}")
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
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            cap = doc.add_paragraph()
            cap.add_run(b[1]).italic = True
            rows = b[2]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that output is byte-stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


def render_pdf(meta, blocks, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout225_gen_"))
    try:
        stem = path.stem
        docx_path = tmp / f"{stem}.docx"
        render_docx(meta, blocks, docx_path)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / f"{stem}.pdf", path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(meta, blocks, path):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(meta['title'])}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "header,footer{color:#666;font-size:small}</style>",
           "</head>", "<body>", f'<header class="kop">{e(meta["header"])}</header>']
    sec_open = False
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f'<div class="titelpagina"><h1>{e(b[1])}</h1>')
            for line in b[2]:
                out.append(f"<p>{e(line)}</p>")
            out.append("</div>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            for num, title, _page in b[1]:
                anchor = "h" + num.replace(".", "-")
                out.append(f'<li><a href="#{anchor}">{e(num)} {e(title)}</a></li>')
            out.append("</ul></nav>")
        elif kind == "h1":
            if sec_open:
                out.append("</section>")
            num = b[1].split(" ")[0]
            anchor = "h" + num.replace(".", "-")
            out.append(f'<section id="{e(anchor)}"><h2>{e(b[1])}</h2>')
            sec_open = True
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            out.append(f"<table><caption>{e(b[1])}</caption>")
            for i, row in enumerate(b[2]):
                c = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in row) + "</tr>")
            out.append("</table>")
    if sec_open:
        out.append("</section>")
    out.append(f'<footer>{e(meta["footer"])}</footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_label(name, label):
    crit = label.get("criteria", {})
    if label["looks_like_plan"]:
        assert list(crit.keys()) == CORE, name
        # status must follow the Part A rule from the core criteria
        for el in ELEMENTS:
            vals = [crit[c] for c in CORE if c.split(".")[0] == el]
            st = label["elements"][el]
            if all(vals):
                assert st == "present", (name, el)
            elif any(vals) or label.get("advisory_addressed", {}).get(el):
                assert st == "partial", (name, el)
            else:
                assert st in ("missing", "partial"), (name, el)
    def q(v):
        return yaml.safe_dump(v, allow_unicode=True, width=10000,
                              default_flow_style=True).strip().removesuffix("...").strip()
    lines = [f"documents: [{', '.join(label['documents'])}]",
             f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in label.get("advisory_addressed", {}).items()]
    else:
        lines += ["elements: {}", "criteria: {}"]
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in label["notes"].items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == {k: v for k, v in label.items()
                                    if k != "advisory_addressed" or label["elements"]}, name
    (OUT / name).write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- shared filler
def voorwoord(c):
    if c["sector"] == "po":
        wie = "directeuren, intern begeleiders, leerkrachten"
        kind = ("het kind dat in groep 3 niet tot lezen komt, het kind dat na een lange periode thuis weer "
                "naar school wil, het kind dat meer uitdaging nodig heeft")
    else:
        wie = "schoolleiders, ondersteuningscoördinatoren, mentoren"
        kind = ("de leerling die vastloopt in de brugklas, de leerling die na een lange periode thuis weer "
                "naar school wil, de leerling die meer uitdaging nodig heeft")
    return [
        H1("1 Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het resultaat van "
          f"ruim een jaar gesprekken met {wie}, ouders, "
          f"leerlingen, gemeenten en onze partners in jeugdhulp en zorg. In die gesprekken ging het zelden "
          f"over regels en bijna altijd over kinderen: {kind}."),
        P(f"De afgelopen planperiode heeft ons veel geleerd. We zagen dat scholen elkaar beter weten te "
          f"vinden en dat de drempel om een collega-school om raad te vragen lager is geworden. We zagen ook "
          f"dat het lerarentekort, de toegenomen complexiteit van de ondersteuningsvragen en de krappe "
          f"jeugdhulp de scholen onder druk zetten. Dit plan probeert daar een eerlijk antwoord op te geven: "
          f"niet alles wat wenselijk is, is haalbaar, en waar we keuzes maken, maken we die zichtbaar."),
        P(f"Dit plan is tot stand gekomen onder regie van een schrijfgroep waarin besturen, schoolleiders en "
          f"het bureau van het samenwerkingsverband samenwerkten. Concepten zijn besproken in het "
          f"directeurenoverleg, met de ondersteuningsplanraad en in het op overeenstemming gericht overleg "
          f"met de gemeenten. Ik dank iedereen die heeft meegelezen, meegedacht en soms ook kritisch "
          f"tegengesproken: het plan is er beter van geworden."),
        P(f"{c['directeur']}, directeur-bestuurder {c['naam']}"),
    ]


def wettelijk_kader(c):
    art = "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en verder van de WVO 2020)" \
        if c["sector"] == "vo" else "artikel 18a van de Wet op het primair onderwijs"
    return [
        P(f"Elk samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. De "
          f"grondslag daarvoor is {art}. De wet somt op welke onderwerpen het plan in elk geval bevat, "
          f"waaronder de basisondersteuning, de verdeling en besteding van middelen, de toelaatbaarheid tot "
          f"het speciaal onderwijs, de terugplaatsing, de beoogde en behaalde resultaten en de informatie "
          f"aan ouders. Waar deze onderwerpen in dit plan aan bod komen, leest u in de inhoudsopgave."),
        P("Het plan is een kaderstellend document. Het beschrijft de afspraken die voor alle aangesloten "
          "scholen gelden en de koers van het samenwerkingsverband. De uitwerking per jaar vindt plaats in het "
          "jaarplan en de jaarbegroting; de verantwoording over het afgelopen jaar vindt plaats in het "
          "jaarverslag. Wijzigingen van het plan gedurende de planperiode worden ter instemming aan de "
          "ondersteuningsplanraad voorgelegd."),
    ]


def missie_visie(c, nr):
    return [
        H1(f"{nr} Missie, visie en ambities"),
        H2(f"{nr}.1 Missie"),
        P(f"{c['naam']} wil dat iedere jongere in de regio {c['regio']} onderwijs volgt dat past bij wat hij "
          f"of zij kan en nodig heeft, zo dicht mogelijk bij huis en zo regulier als mogelijk. Wij zijn er "
          f"voor de leerling, en we doen dat door scholen te ondersteunen, te verbinden en waar nodig aan te "
          f"spreken. De school is en blijft de eerste plek waar de ondersteuning wordt georganiseerd."),
        H2(f"{nr}.2 Visie"),
        P("Wij gaan uit van de mogelijkheden van jongeren, niet van hun beperkingen. Wij kijken naar wat een "
          "leerling nodig heeft om zich te ontwikkelen en niet naar een diagnose of een etiket. Ondersteuning "
          "begint in de klas, bij een mentor of docent die de leerling kent. Goede ondersteuning is daarom in "
          "de eerste plaats goed onderwijs: duidelijke lessen, een veilig klimaat en aandacht voor verschillen."),
        P("Samenwerking is geen doel op zich. We werken samen omdat geen enkele school in haar eentje alle "
          "expertise in huis kan hebben die nodig is. Scholen delen kennis, stellen voorzieningen voor elkaar "
          "open en nemen samen verantwoordelijkheid voor de leerlingen in de regio. Wat we doen, moet in de "
          "klas merkbaar zijn; anders doen we het niet."),
        H2(f"{nr}.3 Ambities voor de planperiode"),
        P("Voor de komende vier jaar hebben we vier ambities geformuleerd die in de hoofdstukken van dit plan "
          "terugkomen: (1) scholen versterken in het omgaan met verschillen, (2) minder bureaucratie rond "
          "ondersteuning, (3) betere samenwerking met jeugdhulp en gemeenten en (4) meer zicht op wat onze "
          "inzet oplevert. Deze ambities zijn richtinggevend; de concrete uitwerking staat in de "
          "betreffende hoofdstukken."),
    ]


def governance(c, nr):
    return [
        H1(f"{nr} Organisatie en governance"),
        P(f"{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, "
          f"dat de hoofdlijnen van beleid bepaalt en het ondersteuningsplan, de begroting en het jaarverslag "
          f"vaststelt. De dagelijkse leiding ligt bij de directeur-bestuurder, die verantwoording aflegt aan "
          f"het algemeen bestuur. Het intern toezicht is belegd bij een raad van toezicht van vijf leden, van "
          f"wie er drie onafhankelijk zijn. De scheiding tussen bestuur en toezicht is vastgelegd in de "
          f"statuten en in het toezichtskader."),
        P("De raad van toezicht vergadert ten minste vijf keer per jaar en heeft een auditcommissie en een "
          "commissie onderwijs en kwaliteit ingesteld. De raad keurt de begroting en het jaarverslag goed, "
          "benoemt de accountant en is werkgever van de directeur-bestuurder. De leden van de raad handelen "
          "volgens de Code Goed Bestuur in het onderwijs; nevenfuncties worden jaarlijks openbaar gemaakt."),
        P("Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder en voert de "
          "uitvoerende taken uit: secretariaat, financiële administratie, beleidsondersteuning, de "
          "deskundigen van het loket en de coördinatie van de bovenschoolse voorzieningen. Het bureau is "
          "gehuisvest in een gebouw dat centraal in de regio ligt en goed bereikbaar is met het openbaar "
          "vervoer. Statuten en huishoudelijk reglement liggen ter inzage op het bureau."),
        P("Het directeurenoverleg, waarin van elk bestuur een directeur of sectordirecteur zitting heeft, "
          "adviseert de directeur-bestuurder over beleid en uitvoering. Daarnaast is er een netwerk van "
          "ondersteuningscoördinatoren dat zes keer per jaar bijeenkomt om ervaringen uit te wisselen en "
          "nieuwe ontwikkelingen te bespreken."),
    ]


def medezeggenschap(c, nr, met_ouders=True):
    if met_ouders:
        samenstelling = ("De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, "
                         "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. ")
    else:
        samenstelling = ("De OPR bestaat uit twaalf leden, afgevaardigd door de medezeggenschapsraden van de "
                         "aangesloten scholen. ")
    return [
        H1(f"{nr} Medezeggenschap"),
        P("Het samenwerkingsverband kent twee medezeggenschapsorganen: de ondersteuningsplanraad (OPR) en de "
          "medezeggenschapsraad voor het personeel van het bureau. " + samenstelling +
          "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR "
          "vergadert vijf keer per jaar en heeft een eigen budget voor scholing en ondersteuning."),
        P(f"De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. In de aanloop naar de "
          f"instemming zijn drie themabijeenkomsten georganiseerd waarin de OPR met het bestuur en de "
          f"schrijfgroep van gedachten wisselde. De opmerkingen van de OPR zijn verwerkt in de definitieve "
          f"versie; een overzicht van de verwerking is ter inzage bij het secretariaat."),
        P("Het reglement en het medezeggenschapsstatuut van de OPR zijn in 2025 geactualiseerd in verband met "
          "de gewijzigde Wet medezeggenschap op scholen. De OPR kan zich bij geschillen over instemming wenden "
          "tot de Landelijke Commissie voor Geschillen WMS."),
    ]


def oogo(c, nr, inhoudelijk=True):
    blocks = [H1(f"{nr} Samenwerking met gemeenten (OOGO)")]
    blocks.append(P(f"Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd "
                    f"op {c['oogo_datum']} met de colleges van burgemeester en wethouders van "
                    f"{c['gemeenten']}. Het verslag van dit overleg is vastgesteld door alle partijen. Met het "
                    f"samenwerkingsverband {c['ander_swv']} is overleg gevoerd over de aansluiting van beide "
                    f"plannen."))
    if inhoudelijk:
        blocks.append(P("Met de gemeenten werken we samen aan een sluitende aanpak rond onderwijs en "
                        "jeugdhulp. De gemeenten stellen jeugdprofessionals beschikbaar die op afroep "
                        "met scholen meedenken over individuele jongeren. Voor leerlingen die zowel onderwijs "
                        "als zorg nodig hebben, bestaan onderwijs-zorgarrangementen waarin de school, de "
                        "jeugdhulpaanbieder en de gemeente samen de kosten en de begeleiding dragen. Thema's in "
                        "het overleg zijn verder leerlingenvervoer, onderwijshuisvesting, " +
                        ("de overgang naar het mbo en de aanpak van voortijdig schoolverlaten."
                         if c["sector"] == "vo" else "voorschoolse educatie en de overgang naar het vo.")))
    blocks.append(P("Het OOGO wordt ten minste tweemaal per jaar gevoerd op bestuurlijk niveau en wordt "
                    "voorbereid door een ambtelijke werkgroep. Afspraken over geschilbeslechting zijn "
                    "vastgelegd in het convenant dat partijen in 2024 hebben ondertekend."))
    return blocks


def personeel(c, nr):
    return [
        H1(f"{nr} Personeel en deskundigheid"),
        P(f"Het bureau van {c['naam']} heeft {c['fte']} fte in dienst. Het gaat om de directeur-bestuurder, "
          f"een controller, beleidsmedewerkers, secretariële ondersteuning en de medewerkers van het loket: "
          f"orthopedagogen, psychologen en consulenten. Daarnaast worden medewerkers van de scholen "
          f"gedetacheerd voor de bovenschoolse voorzieningen. Voor deze medewerkers geldt de cao van de sector "
          f"waaruit zij afkomstig zijn."),
        P("Het samenwerkingsverband investeert in de deskundigheid van de eigen medewerkers via een jaarlijks "
          "scholingsplan en intervisie. Voor de medewerkers van het loket geldt dat zij BIG- of NIP-/NVO-"
          "geregistreerd zijn of de registratie binnen twee jaar behalen. Het verloop onder medewerkers was de "
          "afgelopen jaren laag; de vacatures die ontstonden, konden binnen drie maanden worden vervuld."),
        P("Het lerarentekort raakt ook de ondersteuning. Wanneer een school geen bevoegde docent kan vinden, "
          "komt de ondersteuning aan leerlingen het eerst in de knel. Het samenwerkingsverband neemt deel aan "
          "het regionale arbeidsmarktplatform en stelt zijn expertise beschikbaar voor de scholing van "
          "zij-instromers. Over de personele gevolgen van dit plan voor het bureau is de personeelsgeleding "
          "geïnformeerd."),
    ]


def ict_privacy(c, nr):
    return [
        H1(f"{nr} ICT, privacy en gegevens"),
        P("Voor de uitwisseling van leerlinggegevens gebruikt het samenwerkingsverband een beveiligde "
          "digitale omgeving. Scholen dienen aanvragen en dossiers uitsluitend via deze omgeving in; "
          "verzending van dossiers per e-mail is niet toegestaan. De omgeving voldoet aan de eisen van de "
          "Algemene verordening gegevensbescherming (AVG) en wordt jaarlijks getoetst door een externe partij."),
        P("Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en beschikt over een "
          "privacyreglement, een verwerkingsregister en een procedure voor datalekken. Gegevens over de "
          "gezondheid van leerlingen worden alleen verwerkt voor zover dat noodzakelijk is voor de wettelijke "
          "taken en worden niet langer bewaard dan de wettelijke termijn."),
        P("Voor de sturing gebruikt het bureau een managementinformatiesysteem dat gegevens van DUO en uit de "
          "eigen registraties combineert. De ICT-omgeving van het bureau is in 2025 vernieuwd; alle "
          "medewerkers werken met tweestapsverificatie."),
    ]


def planning(c, nr, rows):
    return [
        H1(f"{nr} Planning en vaststelling"),
        P("Onderstaande tabel geeft de belangrijkste mijlpalen van de planperiode. Per jaar wordt de planning "
          "uitgewerkt in het jaarplan, dat na advies van het directeurenoverleg door het bestuur wordt "
          "vastgesteld en met de OPR wordt besproken."),
        TABLE(f"Tabel {nr}.1 Mijlpalen", [["Wanneer", "Wat", "Wie"]] + rows),
        P(f"Vaststelling: dit plan is door het bestuur vastgesteld op {c['vaststelling']}, na instemming van "
          f"de OPR op {c['opr_datum']} en na het OOGO met de gemeenten op {c['oogo_datum']}. Het plan is "
          f"vóór 1 mei aan de Inspectie van het Onderwijs toegezonden."),
    ]


def begrippen(nr, sector, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het "
                                   "samenwerkingsverband bieden."],
            ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
            ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor vier jaar."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jongeren."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Resultaten", "Beoogde en bereikte effecten van de ondersteuning voor leerlingen."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "De regels waarmee de ondersteuningsmiddelen over de scholen worden verdeeld."]]
    if sector == "vo":
        rows += [["LWOO", "Leerwegondersteunend onderwijs."],
                 ["OPDC", "Orthopedagogisch-didactisch centrum."],
                 ["PrO", "Praktijkonderwijs."],
                 ["VSO", "Voortgezet speciaal onderwijs."]]
    else:
        rows += [["SBO", "Speciaal basisonderwijs."], ["SO", "Speciaal onderwijs."]]
    rows += [list(x) for x in extra]
    return [H1(f"{nr} Begrippen en afkortingen"),
            P("In deze lijst staan de begrippen en afkortingen die in dit plan worden gebruikt."),
            TABLE(f"Tabel {nr}.1 Begrippenlijst", rows)]


# ====================================================================== plan 1
# VO, large verband, Word. B present (inhoud only in a table), PL present,
# T partial (beleid deferred), F present, D present, R partial (monitoring
# deferred), O present (inside "Communicatie").
def plan1():
    c = dict(naam="Samenwerkingsverband VO Maas en Peel", regio="Maas en Peel", periode="2026-2030",
             directeur="drs. H.J. (Henk) Verstappen", sector="vo", opr_datum="17 maart 2026",
             oogo_datum="3 maart 2026", vaststelling="24 maart 2026",
             gemeenten="Maasheide, Peelrand, Venhorst, Lierop en Sint-Odulfus",
             ander_swv="PO Maas en Peel (PO 30-07)", fte="21,4")
    toc = [("1", "Voorwoord", 3), ("2", "Samenvatting", 4), ("3", "Inleiding en wettelijk kader", 5),
           ("4", "Onze regio in cijfers", 6), ("5", "Missie, visie en ambities", 8),
           ("6", "Basisondersteuning: wat elke school biedt", 10),
           ("7", "Ondersteuningscontinuüm en dekkend netwerk", 13),
           ("8", "Toelaatbaarheid vso, lwoo en praktijkonderwijs", 17),
           ("9", "Kwaliteit en resultaten", 22), ("10", "Financieel beleid", 25),
           ("11", "Communicatie", 29), ("12", "Samenwerking met gemeenten (OOGO)", 31),
           ("13", "Organisatie en governance", 32), ("14", "Medezeggenschap", 34),
           ("15", "Personeel en deskundigheid", 35), ("16", "ICT, privacy en gegevens", 36),
           ("17", "Planning en vaststelling", 37), ("18", "Begrippen en afkortingen", 39)]
    b = [TITLE("Ondersteuningsplan 2026-2030",
               ["Samenwerkingsverband VO Maas en Peel (VO 30-08)",
                "Samen sterk voor elke leerling",
                "Vastgesteld door het algemeen bestuur op 24 maart 2026",
                "Met instemming van de ondersteuningsplanraad"]),
         TOC(toc)]
    b += voorwoord(c)
    b += [H1("2 Samenvatting"),
          P("Het samenwerkingsverband omvat veertien schoolbesturen met samen achtendertig vestigingen voor "
            "voortgezet onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs. In dit plan beschrijven "
            "we wat elke school minimaal biedt, hoe de ondersteuning daarboven is opgebouwd, hoe leerlingen "
            "toegang krijgen tot het vso, lwoo en praktijkonderwijs, hoe we het geld verdelen en waar het aan "
            "wordt besteed, en hoe ouders worden geïnformeerd. Nieuw ten opzichte van het vorige plan zijn de "
            "Standaard Basis Maas en Peel, de vereenvoudigde toewijzing van lichte ondersteuning en het ouder- "
            "en jongerensteunpunt Peelpunt."),
          P("Het plan is een kaderplan. De jaarlijkse uitwerking volgt in het jaarplan; de begroting wordt "
            "jaarlijks geactualiseerd. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030."),
          H1("3 Inleiding en wettelijk kader")]
    b += wettelijk_kader(c)
    b += [P("Het samenwerkingsverband is in 2013 opgericht en voert sinds 1 augustus 2014 de taken uit die de "
            "wet aan samenwerkingsverbanden opdraagt. Sinds 2016 is het samenwerkingsverband ook "
            "verantwoordelijk voor de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot "
            "het praktijkonderwijs. Dit is het derde ondersteuningsplan van het samenwerkingsverband."),
          H1("4 Onze regio in cijfers"),
          P("De regio Maas en Peel is een uitgestrekt gebied met twee middelgrote kernen en veel kleinere "
            "dorpen. Het aantal leerlingen in het voortgezet onderwijs daalt de komende jaren naar verwachting "
            "met ongeveer acht procent. Die krimp is niet gelijk verdeeld: vooral de kleinere vestigingen in "
            "het oosten van de regio krijgen minder leerlingen. Dat heeft gevolgen voor de spreiding van het "
            "onderwijsaanbod en voor de bereikbaarheid van voorzieningen."),
          TABLE("Tabel 4.1 Kengetallen (teldatum 1 oktober 2025)",
                [["", "Aantal"], ["Schoolbesturen", "14"], ["Vestigingen regulier vo", "31"],
                 ["Vestigingen praktijkonderwijs", "3"], ["Vestigingen vso", "4"],
                 ["Leerlingen totaal", "27.140"], ["Leerlingen met lwoo", "2.310"],
                 ["Leerlingen praktijkonderwijs", "612"], ["Leerlingen vso", "798"],
                 ["Deelnamepercentage vso", "2,9%"]]),
          P("Het deelnamepercentage vso ligt iets onder het landelijk gemiddelde. Het aandeel leerlingen met "
            "lwoo is de afgelopen jaren stabiel gebleven. De leerlingenprognoses zijn gebaseerd op de "
            "regionale prognose van de gemeenten en de gegevens van DUO."),
          P("In de regio zijn ook twee instellingen voor cluster 1 en 2 actief. De toelating tot deze vormen "
            "van onderwijs loopt via de landelijke instellingen en valt buiten de taak van het "
            "samenwerkingsverband.")]
    b += missie_visie(c, 5)
    b += [H1("6 Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is in Maas en Peel het geheel van ondersteuning dat iedere vestiging van het "
            "samenwerkingsverband aan al haar leerlingen biedt, zonder aanvraag, zonder tussenkomst van het "
            "samenwerkingsverband en zonder dat ouders daarvoor iets hoeven te regelen. De besturen hebben in "
            "2025 samen de Standaard Basis Maas en Peel vastgesteld. Dat is het minimumniveau dat voor elke "
            "vestiging geldt, van praktijkonderwijs tot gymnasium. Een school mag meer bieden, niet minder."),
          P("De standaard bestaat uit tien onderdelen. Tabel 6.1 laat zien wat ouders en leerlingen per "
            "onderdeel op elke school mogen verwachten. De tabel is de kern van dit hoofdstuk; de tekst "
            "eromheen licht de afspraken toe."),
          TABLE("Tabel 6.1 Standaard Basis Maas en Peel: wat u op elke school mag verwachten",
                [["Onderdeel", "Wat elke vestiging minimaal biedt"],
                 ["1 Ondersteuningsstructuur", "Een ondersteuningscoördinator (ten minste 0,4 fte per 500 "
                  "leerlingen) en een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt."],
                 ["2 Mentoraat", "Elke leerling heeft een mentor die wekelijks een mentoruur geeft en ten "
                  "minste drie keer per jaar een individueel gesprek met de leerling voert."],
                 ["3 Dyslexie en dyscalculie", "Een protocol dyslexie en dyscalculie met toetsaanpassingen "
                  "(extra tijd, vergroting, voorleessoftware) vanaf de eerste schoolweek."],
                 ["4 Sociaal-emotionele ontwikkeling", "Een training sociale vaardigheden of faalangst in "
                  "leerjaar 1 en 2, en een anti-pestcoördinator."],
                 ["5 Executieve functies", "Huiswerkbegeleiding of een studievaardighedentraining, en een "
                  "check-in/check-out-aanpak voor leerlingen die houvast nodig hebben."],
                 ["6 Time-out en opvang", "Een vaste opvangplek met een volwassene tijdens alle lesuren."],
                 ["7 Medisch handelen", "Een protocol medisch handelen en ten minste twee BHV'ers per "
                  "vestiging die getraind zijn in het toedienen van medicatie."],
                 ["8 Taal", "Ondersteuning bij taalachterstanden, waaronder NT2-begeleiding voor "
                  "leerlingen die korter dan vier jaar in Nederland zijn."],
                 ["9 Planmatig werken", "Een ontwikkelingsperspectiefplan voor elke leerling die extra "
                  "ondersteuning ontvangt, met evaluatie ten minste tweemaal per jaar."],
                 ["10 Samenwerking", "Een vaste contactpersoon van de jeugdhulp en de jeugdarts die "
                  "aansluit bij het ondersteuningsteam."]]),
          P("Onderdelen 1, 2 en 9 vormen samen de ondersteuningsstructuur. Onderdelen 3 tot en met 8 zijn "
            "preventieve en licht curatieve interventies. Daarnaast geldt uiteraard de basiskwaliteit zoals "
            "de Inspectie die beoordeelt; die is een voorwaarde en geen onderdeel van de standaard."),
          P("Elke vestiging beschrijft in de schoolgids hoe zij de tien onderdelen invult. Het bureau van het "
            "samenwerkingsverband bezoekt elke vestiging eenmaal per twee jaar en beoordeelt met de "
            "kwaliteitskaart of de standaard wordt gehaald. Voldoet een vestiging op een onderdeel niet, dan "
            "stelt het bestuur binnen drie maanden een verbeterplan op dat het samenwerkingsverband volgt tot "
            "het onderdeel op orde is."),
          P("Alles wat boven de standaard uitgaat, noemen we extra ondersteuning. Extra ondersteuning wordt "
            "gegeven in de vorm van een arrangement; hoofdstuk 7 beschrijft welke arrangementen er zijn.")]
    b += [H1("7 Ondersteuningscontinuüm en dekkend netwerk"),
          H2("7.1 Vier niveaus"),
          P("De ondersteuning in Maas en Peel is opgebouwd in vier niveaus die op elkaar aansluiten. Hoe "
            "zwaarder de ondersteuning, hoe minder leerlingen ervan gebruikmaken en hoe meer het "
            "samenwerkingsverband erbij betrokken is."),
          UL(["Niveau 1 – basisondersteuning op elke vestiging (hoofdstuk 6).",
              "Niveau 2 – extra ondersteuning op de eigen school: een arrangement dat de school zelf inzet "
              "uit haar schoolbudget, bijvoorbeeld een trajectklas, een coach of een aangepast rooster.",
              "Niveau 3 – bovenschoolse arrangementen: het OPDC De Brug (tijdelijke plaatsing van maximaal "
              "twee jaar voor leerlingen in het vmbo met gedrags- en leerproblemen), de Reboundvoorziening "
              "Kompaan (tijdelijke opvang van maximaal twaalf weken) en de Plusklas voor hoogbegaafde "
              "leerlingen die vastlopen.",
              "Niveau 4 – voortgezet speciaal onderwijs op een van de vier vso-vestigingen in de regio, "
              "cluster 3 en cluster 4, met een toelaatbaarheidsverklaring (hoofdstuk 8)."]),
          P("Naast deze niveaus kent het verband het lwoo en het praktijkonderwijs als vormen van ondersteuning "
            "binnen het regulier voortgezet onderwijs. Leerlingen kunnen tussen de niveaus bewegen: een "
            "leerling die na een periode op De Brug terugkeert naar de eigen school, houdt daar een "
            "arrangement op niveau 2 zolang dat nodig is."),
          H2("7.2 Dekkend netwerk en thuiszitters"),
          P("Een dekkend netwerk betekent voor ons dat er voor elke jongere in de regio binnen redelijke tijd "
            "een passende plek is. Om te weten waar het netwerk gaten vertoont, stelt het bureau elk jaar in "
            "januari de Kaart dekkend aanbod op. Daarvoor worden alle verzoeken geanalyseerd die het loket niet "
            "binnen zes weken kon plaatsen, alle leerlingen die langer dan vier weken thuiszitten en alle "
            "signalen van scholen en leerplichtambtenaren. De kaart wordt besproken in het directeurenoverleg "
            "en leidt tot concrete afspraken over nieuwe of aangepaste voorzieningen."),
          P("De kaart van 2025 liet twee lacunes zien: er ontbreekt een plek voor hoogbegaafde leerlingen met "
            "ernstige sociaal-emotionele problemen, en voor leerlingen in het praktijkonderwijs met "
            "psychiatrische problematiek is de wachttijd te lang. Voor de eerste lacune start in augustus 2026 "
            "de Plusklas; voor de tweede is met de jeugdhulpaanbieder een onderwijs-zorgarrangement ontwikkeld."),
          P("Elke gemeente kent een thuiszittersoverleg dat maandelijks bijeenkomt, met de leerplichtambtenaar, "
            "de consulent van het samenwerkingsverband en de betrokken school. Wanneer binnen zes weken geen "
            "oplossing is gevonden, kan de directeur-bestuurder doorzettingsmacht inzetten: hij wijst dan een "
            "school of voorziening aan die de leerling tijdelijk opneemt. Voor de zorgplicht geldt de wettelijke "
            "termijn van zes weken, met één verlenging van vier weken; als de school van aanmelding geen "
            "passende plek vindt, schakelt zij uiterlijk in de vierde week het loket in."),
          H2("7.3 Samenwerking met jeugdhulp"),
          P("Voor leerlingen die zowel onderwijs als jeugdhulp nodig hebben, zijn er onderwijs-"
            "zorgarrangementen die met de gemeenten zijn afgesproken. In zo'n arrangement werken de school en de "
            "jeugdhulpaanbieder met één plan. De gemeenten dragen de kosten van de zorgcomponent, het "
            "samenwerkingsverband die van de onderwijscomponent.")]
    b += [H1("8 Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
          H2("8.1 Wie vraagt aan en hoe"),
          P("Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
            "school waar de leerling is ingeschreven of aangemeld. De ondersteuningscoördinator van die school "
            "dient de aanvraag in via het digitale loket. Het dossier bevat ten minste het "
            "ontwikkelingsperspectiefplan met twee geëvalueerde cycli, het groeidocument, het onderwijskundig "
            "rapport en de zienswijze van ouders en leerling. Ouders ondertekenen de aanvraag mee of geven "
            "schriftelijk aan waarom zij dat niet doen."),
          H2("8.2 Wie beslist, met welk advies"),
          P("Over de aanvraag beslist de Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband, namens "
            "de directeur-bestuurder. Voordat de CvT beslist, adviseren twee deskundigen elk afzonderlijk en "
            "schriftelijk: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede "
            "deskundige zoals een kinderpsychiater, maatschappelijk werker of arts. De deskundigen zijn niet "
            "betrokken geweest bij het opstellen van de aanvraag. Ouders ontvangen een afschrift van beide "
            "adviezen. De CvT beslist binnen zes weken na ontvangst van een volledig dossier; in spoedgevallen "
            "binnen vijf werkdagen."),
          H2("8.3 Criteria"),
          P("Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is voldaan:"),
          OL(["de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 ingezet "
              "en de evaluatie daarvan laat zien dat de doelen in het OPP niet worden gehaald;",
              "de ondersteuningsbehoefte van de leerling vraagt om een combinatie van kleine groep, "
              "specialistische begeleiding en een aangepast curriculum die in het regulier onderwijs ook met "
              "extra middelen niet te organiseren is;",
              "het vso kan naar het oordeel van beide deskundigen wel in deze behoefte voorzien."]),
          P("Voor leerlingen die rechtstreeks uit het so komen of die van buiten de regio instromen, geldt "
            "voorwaarde 1 niet; de CvT beoordeelt dan op basis van het dossier van de vorige school."),
          H2("8.4 Duur en bekostigingscategorie"),
          P("De TLV wordt afgegeven voor één, twee of vier schooljaren en loopt altijd tot en met 31 juli van "
            "het laatste schooljaar. De CvT bepaalt de bekostigingscategorie: laag voor de meeste leerlingen "
            "in cluster 4 en zml, midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, "
            "hoog voor leerlingen met een meervoudige beperking."),
          H2("8.5 Lwoo en praktijkonderwijs"),
          P("Voor lwoo hanteert het samenwerkingsverband de landelijke criteria: een IQ tussen 75 en 90 met een "
            "leerachterstand van anderhalf tot drie jaar in ten minste twee domeinen, of een IQ tussen 91 en "
            "120 met een leerachterstand en sociaal-emotionele problematiek. Voor praktijkonderwijs gelden de "
            "landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer in ten "
            "minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school van "
            "aanmelding vraagt de aanwijzing of de TLV aan vóór 1 mei; het loket beslist vóór 15 juni. Een "
            "aanwijzing lwoo geldt voor de hele schoolloopbaan."),
          H2("8.6 Einde van de TLV en terugkeer"),
          P("In het laatste jaar van een TLV stelt de vso-school vóór 1 februari vast of de leerling het "
            "vso kan verlaten. Is dat het geval, dan organiseert de vso-school een overdrachtsgesprek met de "
            "leerling, de ouders en de beoogde vo-school, waarin het OPP wordt overgedragen. De ontvangende "
            "school meldt de leerling aan; de plaatsing gaat in op 1 augustus en de TLV eindigt op 31 juli. "
            "Is verlenging nodig, dan vraagt de vso-school vóór 1 maart een nieuwe TLV aan bij de CvT."),
          P("Welke ambities het samenwerkingsverband heeft met terugplaatsing, onder welke voorwaarden een "
            "ontvangende school een leerling opneemt en welke ondersteuning na de overstap beschikbaar is, "
            "bespreken we in 2026-2027 met de vso-scholen. De uitkomst verwerken we in een "
            "terugplaatsingsnotitie die als wijziging van dit plan aan de OPR wordt voorgelegd."),
          H2("8.7 Bezwaar"),
          P("Ouders die het niet eens zijn met een besluit over toelaatbaarheid of lwoo kunnen binnen zes weken "
            "bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar.")]
    b += [H1("9 Kwaliteit en resultaten"),
          P("Het samenwerkingsverband wil aantoonbaar bijdragen aan betere kansen voor leerlingen die extra "
            "ondersteuning nodig hebben. Voor de planperiode zijn de volgende beoogde resultaten vastgesteld:"),
          TABLE("Tabel 9.1 Beoogde resultaten 2030",
                [["Doel", "Uitgangssituatie 2025", "Streefwaarde 2030"],
                 ["Leerlingen die langer dan vier weken thuiszitten", "31", "minder dan 15"],
                 ["Vestigingen die alle tien onderdelen van de standaard halen", "22 van 38", "38 van 38"],
                 ["Vso-leerlingen met een passende uitstroombestemming", "84%", "ten minste 90%"],
                 ["Leerlingen met een arrangement die zonder vertraging doorstromen", "onbekend", "80%"],
                 ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
          P("Deze doelen zijn ambitieus. Ze vragen inzet van alle scholen en van het bureau. Daarnaast wil het "
            "samenwerkingsverband dat iedere leerling met een OPP een diploma of certificaat behaalt dat past "
            "bij zijn mogelijkheden."),
          P("Hoe we de bereikte resultaten gaan meten, wie welke gegevens aanlevert, wanneer we ze bespreken en "
            "hoe we erover rapporteren, leggen we vast in een kwaliteitskader. De directeur-bestuurder legt "
            "het kwaliteitskader in de loop van het schooljaar 2026-2027 ter vaststelling voor aan het bestuur. "
            "Tot die tijd blijft de werkwijze van de vorige planperiode van kracht.")]
    b += [H1("10 Financieel beleid"),
          H2("10.1 Uitgangspunten"),
          P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk de middelen voor lichte en zware "
            "ondersteuning. Een groot deel daarvan is al bestemd voordat het bij ons binnenkomt: de kosten van "
            "het vso worden door DUO ingehouden op basis van de afgegeven TLV's. Het bedrag dat resteert, "
            "verdelen we volgens het verdeelmodel in 10.2."),
          H2("10.2 Verdeelmodel"),
          P("Het verdeelmodel gaat uit van het principe dat geld de leerling volgt en dat scholen zelf "
            "verantwoordelijk zijn voor de extra ondersteuning op niveau 2. Na aftrek van de afdrachten en de "
            "kosten van het bureau gaat 62 procent van de vrije middelen als schoolbudget naar de besturen. "
            "Het schoolbudget bestaat uit een vaste voet van € 15.000 per vestiging en een bedrag per leerling "
            "(in 2026: € 176) op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. De "
            "overige 38 procent financiert de bovenschoolse arrangementen op niveau 3 en het loket."),
          P("Het algemeen bestuur stelt het verdeelmodel jaarlijks in december vast, na advies van het "
            "directeurenoverleg. Wijzigingen in het verdeelmodel gaan in op 1 januari van het jaar daarop en "
            "worden bij een herverdeling van meer dan tien procent per bestuur in twee jaar ingevoerd. Lwoo- en "
            "pro-middelen worden volledig doorbetaald aan de besturen met lwoo en pro, naar rato van het aantal "
            "leerlingen met een aanwijzing of TLV."),
          H2("10.3 Meerjarenbegroting"),
          TABLE("Tabel 10.1 Meerjarenbegroting (x € 1.000)",
                [["Post", "2026", "2027", "2028", "2029"],
                 ["Baten rijksbijdrage ondersteuning", "21.450", "21.120", "20.780", "20.400"],
                 ["Baten lwoo en pro", "11.830", "11.650", "11.470", "11.300"],
                 ["Afdracht vso (DUO)", "-9.640", "-9.580", "-9.520", "-9.470"],
                 ["Doorbetaling lwoo en pro", "-11.830", "-11.650", "-11.470", "-11.300"],
                 ["Schoolbudgetten niveau 2", "-6.890", "-6.780", "-6.650", "-6.520"],
                 ["Bovenschoolse arrangementen niveau 3", "-3.290", "-3.220", "-3.170", "-3.100"],
                 ["Bureau en loket", "-1.690", "-1.720", "-1.750", "-1.780"],
                 ["Resultaat", "-60", "-180", "-310", "-470"]]),
          P("De begroting laat de komende jaren een bewust negatief resultaat zien. Daarmee bouwen we de "
            "reserve af die boven de signaleringswaarde uitkwam. Het weerstandsvermogen bedraagt eind 2025 "
            "7,8 procent van de baten en daalt tot 5,5 procent in 2029; het bestuur hanteert een ondergrens "
            "van 4 procent op basis van de risicoanalyse."),
          H2("10.4 Verantwoording"),
          P("Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juni in een vast "
            "format: aantallen arrangementen, ingezette formatie en uitgaven per onderdeel van de standaard. Het bureau "
            "bundelt deze verantwoordingen in het jaarverslag.")]
    b += [H1("11 Communicatie"),
          P("Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met scholen, "
            "gemeenten, ketenpartners en ouders. Dit hoofdstuk beschrijft hoe we dat doen."),
          H2("11.1 Scholen en partners"),
          P("Scholen ontvangen zes keer per jaar een digitale nieuwsbrief. Ondersteuningscoördinatoren hebben "
            "een eigen netwerk en een besloten online omgeving met formats, protocollen en contactgegevens. "
            "Ketenpartners worden geïnformeerd via het OOGO en de ambtelijke werkgroep."),
          H2("11.2 Ouders en leerlingen"),
          P("Ouders vinden informatie over de ondersteuning op elke school in de schoolgids: elke vestiging "
            "beschrijft daarin de tien onderdelen van de standaard en de extra ondersteuning die zij biedt. Op "
            "de website van het samenwerkingsverband staat een overzicht van alle arrangementen en voorzieningen "
            "in de regio, met per voorziening een contactpersoon. De folder Passend onderwijs in Maas en Peel "
            "wordt jaarlijks in augustus aan alle ouders van brugklasleerlingen uitgereikt en is beschikbaar in "
            "het Nederlands, Engels, Arabisch en Pools. Twee keer per jaar organiseert het samenwerkingsverband "
            "een informatieavond voor ouders van leerlingen in groep 8 en de brugklas."),
          P("Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
            "terecht bij Peelpunt, het ouder- en jongerensteunpunt. Peelpunt werkt onafhankelijk van de scholen: "
            "de medewerkers zijn in dienst van een welzijnsorganisatie en handelen uitsluitend in het belang van "
            "de leerling. Peelpunt is bereikbaar via telefoon, e-mail en een wekelijks spreekuur. Daarnaast "
            "kunnen ouders gratis een beroep doen op de onderwijsconsulenten van het Rijk. Voor klachten is het "
            "samenwerkingsverband aangesloten bij de Landelijke Klachtencommissie Onderwijs; geschillen over de "
            "zorgplicht kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
          P("Ouders zijn partner bij het opstellen van het OPP: het OPP wordt met ouders besproken en ouders "
            "hebben instemmingsrecht op het handelingsdeel. Leerlingen hebben hoorrecht.")]
    b += oogo(c, 12)
    b += governance(c, 13)
    b += medezeggenschap(c, 14)
    b += personeel(c, 15)
    b += ict_privacy(c, 16)
    b += planning(c, 17, [["2026-2027", "Kwaliteitskader en terugplaatsingsnotitie", "Directeur-bestuurder"],
                          ["2026-2027", "Start Plusklas", "Bureau en besturen"],
                          ["2027-2028", "Tussenevaluatie standaard basisondersteuning", "Bureau"],
                          ["2028-2029", "Evaluatie verdeelmodel", "Algemeen bestuur"],
                          ["2029-2030", "Voorbereiding nieuw ondersteuningsplan", "Schrijfgroep"]])
    b += begrippen(18, "vo", [["Peelpunt", "Ouder- en jongerensteunpunt van het samenwerkingsverband."],
                              ["CvT", "Commissie Toelaatbaarheid."]])
    meta = dict(title="Ondersteuningsplan 2026-2030 SWV VO Maas en Peel",
                header="Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Maas en Peel",
                footer="SWV VO Maas en Peel - versie vastgesteld 24-03-2026")
    label = dict(
        documents=["vo-maaspeel-op-2026.docx"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "present"},
        criteria=dict(zip(CORE, [True, True, True, True, True, False, True, True, True, True,
                                 True, False, True, True])),
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 6 defines the Standaard Basis as minimum for every vestiging; the concrete content is only in Tabel 6.1; borging via kwaliteitskaart/verbeterplan",
               "plaatsing": "ch. 8.1-8.5: aanvraag by bevoegd gezag via loket, CvT decides in 6 weeks, two separate deskundigen, three vso criteria plus lwoo/pro criteria, duration/category, LBT bezwaar (8.7)",
               "terugstroom": "procedure in 8.6 (vso school decides before 1 Feb, overdrachtsgesprek, TLV ends 31 July); policy (aims, conditions, support after return) explicitly deferred to a 2026-2027 notitie",
               "financien": "ch. 10: verdeelmodel (62%/38%, vaste voet EUR 15.000, EUR 176 per leerling, vaststelling in December) and meerjarenbegroting table 2026-2029; reserves and verantwoording",
               "dekkend-aanbod": "ch. 7: four levels with OPDC/Rebound/Plusklas/vso; Kaart dekkend aanbod, thuiszittersoverleg, doorzettingsmacht, zorgplicht; OZA with gemeenten",
               "resultaten": "ch. 9 table of beoogde resultaten with streefwaarden; how results are measured/reported deferred to a kwaliteitskader to be set in 2026-2027",
               "ouders": "addressed inside ch. 11 Communicatie (11.2): schoolgids, website, folder, informatieavonden; Peelpunt OJSP, onderwijsconsulenten, klachtencommissie"})
    return "vo-maaspeel-op-2026", meta, b, label


# ====================================================================== plan 2
# VO, small verband, PDF ("op hoofdlijnen"). B partial (inhoud -> SOP/absent
# bijlage), PL partial (criteria deferred), T missing (glossary only), F partial
# (besteding p.m./absent bijlage), D partial (lacunes deferred), R missing,
# O partial (steunpunt deferred).
def plan2():
    c = dict(naam="Samenwerkingsverband VO Duinstreek Noord", regio="Duinstreek Noord", periode="2026-2030",
             directeur="mw. A.C. (Annelies) de Graaf-Zwart", sector="vo", opr_datum="9 april 2026",
             oogo_datum="19 maart 2026", vaststelling="14 april 2026",
             gemeenten="Duinrand en Zeeveld", ander_swv="PO Duinstreek (PO 27-14)", fte="4,2")
    toc = [("1", "Voorwoord", 3), ("2", "Inleiding", 4), ("3", "Ons samenwerkingsverband", 5),
           ("4", "Terugblik op de vorige planperiode", 6), ("5", "Missie, visie en ambities", 7),
           ("6", "Basisondersteuning", 9), ("7", "Extra ondersteuning en voorzieningen", 10),
           ("8", "Toewijzing en toelaatbaarheid", 12), ("9", "Financiën", 14), ("10", "Ouders", 16),
           ("11", "Samenwerking met gemeenten (OOGO)", 17), ("12", "Organisatie en governance", 18),
           ("13", "Medezeggenschap", 19), ("14", "Personeel en deskundigheid", 20),
           ("15", "ICT, privacy en gegevens", 21), ("16", "Planning en vaststelling", 22),
           ("17", "Begrippen en afkortingen", 23), ("Bijlage 2", "Referentiekader basisondersteuning", 25),
           ("Bijlage 3", "Meerjarenbegroting 2026-2030", 27)]
    b = [TITLE("Ondersteuningsplan 2026-2030 – op hoofdlijnen",
               ["Samenwerkingsverband Voortgezet Onderwijs Duinstreek Noord (VO 27-09)",
                "Drie besturen, zes scholen, één regio",
                "Definitieve versie, april 2026"]),
         TOC(toc)]
    b += voorwoord(c)
    b += [H1("2 Inleiding")]
    b += wettelijk_kader(c)
    b += [P("Wij hebben bewust gekozen voor een plan op hoofdlijnen. Ons samenwerkingsverband is klein en de "
            "lijnen zijn kort. Veel afspraken worden in de praktijk gemaakt tussen de ondersteuningscoördinatoren "
            "en het loket. Dit plan legt vast wat voor alle scholen geldt; de scholen bepalen zelf hoe zij de "
            "afspraken in hun eigen situatie uitvoeren."),
          H1("3 Ons samenwerkingsverband"),
          P("Samenwerkingsverband VO Duinstreek Noord omvat de scholen voor voortgezet onderwijs in de "
            "gemeenten Duinrand en Zeeveld. Drie schoolbesturen zijn aangesloten: Stichting Openbaar Onderwijs "
            "Duinrand, de Vereniging voor Christelijk Voortgezet Onderwijs Zeeveld en Stichting Horst-Onderwijs, "
            "het bestuur van de vso-school De Horst. Samen hebben zij zes scholen: twee scholengemeenschappen "
            "voor vmbo, havo en vwo, een categoraal gymnasium, een vmbo-school met lwoo, een school voor "
            "praktijkonderwijs en de vso-school De Horst (cluster 4)."),
          TABLE("Tabel 3.1 Leerlingaantallen per 1 oktober 2025",
                [["School", "Leerlingen"], ["Duinrand College", "1.420"], ["Zeeveld Lyceum", "1.165"],
                 ["Stedelijk Gymnasium Duinrand", "610"], ["Vmbo De Kust", "540"],
                 ["Praktijkschool Zeeveld", "205"], ["De Horst (vso)", "160"], ["Totaal", "4.100"]]),
          P("Het aantal leerlingen is de afgelopen vijf jaar vrijwel gelijk gebleven. De gemeenten verwachten "
            "een lichte groei door woningbouw in Zeeveld. Het bureau van het samenwerkingsverband is klein en "
            "is gehuisvest in het gebouw van het Duinrand College."),
          H1("4 Terugblik op de vorige planperiode"),
          P("De vorige planperiode stond in het teken van het opbouwen van vertrouwen tussen de scholen. In de "
            "eerste jaren werd veel tijd besteed aan het afstemmen van werkwijzen. In de gesprekken voor dit "
            "plan gaven schoolleiders aan dat de samenwerking is verbeterd, maar dat de administratieve last "
            "rond aanvragen nog te groot is. Ondersteuningscoördinatoren vroegen om meer duidelijkheid over de "
            "rol van het loket en om minder formulieren. Die signalen hebben we meegenomen in dit plan."),
          P("Ook de coronaperiode heeft haar sporen nagelaten. Scholen merken dat meer leerlingen kampen met "
            "somberheid en motivatieproblemen. Tegelijk is de samenwerking met de jeugdhulp in die periode "
            "juist versterkt, omdat partijen elkaar nodig hadden.")]
    b += missie_visie(c, 5)
    b += [H1("6 Basisondersteuning"),
          P("De drie besturen hebben afgesproken dat op iedere school in Duinstreek Noord hetzelfde niveau van "
            "basisondersteuning geldt. Dat niveau is de ondergrens: geen enkele school biedt minder, ook niet "
            "het gymnasium en ook niet de school voor praktijkonderwijs. Het niveau is vastgelegd in de "
            "Basisafspraak Duinstreek Noord die de besturen in juni 2025 hebben ondertekend."),
          P("Hoe de basisondersteuning op een school er concreet uitziet, staat in het schoolondersteunings"
            "profiel van die school, dat op de website van de school te vinden is. Het referentiekader dat de "
            "besturen bij de Basisafspraak hebben gebruikt, is opgenomen in bijlage 2."),
          P("Wij zijn ons ervan bewust dat de Wet versterking positie ouders en leerlingen de "
            "schoolondersteuningsprofielen laat opgaan in de schoolgids. Wanneer dat zover is, passen we de "
            "verwijzing aan.")]
    b += [H1("7 Extra ondersteuning en voorzieningen"),
          P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, zijn er in Duinstreek Noord drie "
            "treden van extra ondersteuning. Elke trede bouwt voort op de vorige."),
          UL(["Trede 1 – extra ondersteuning op de eigen school. Elke school heeft een trajectvoorziening: een "
              "ruimte met een vaste begeleider waar leerlingen een deel van de week les krijgen of tot rust "
              "komen. De school zet hiervoor het budget lichte ondersteuning in.",
              "Trede 2 – Het Anker, de bovenschoolse voorziening van het samenwerkingsverband. Het Anker biedt "
              "tijdelijk onderwijs in een kleine groep, voor maximaal zes maanden, aan leerlingen die op hun "
              "eigen school tijdelijk niet meer kunnen functioneren. De leerling blijft ingeschreven op de eigen "
              "school en keert na het traject daar terug.",
              "Trede 3 – voortgezet speciaal onderwijs op De Horst (cluster 4) of, voor cluster 3, op een "
              "vso-school in een naburig samenwerkingsverband, met een toelaatbaarheidsverklaring."]),
          P("Naast deze treden zijn er lwoo en praktijkonderwijs. Voor leerlingen met zowel een "
            "onderwijs- als een zorgvraag werken de scholen samen met het schoolmaatschappelijk werk en met "
            "de jeugdhulp van de gemeenten (zie hoofdstuk 11)."),
          P("Het terugdringen van thuiszitten en het vinden van een plek voor leerlingen die nergens lijken te "
            "passen, blijft een gezamenlijke opgave. Of ons aanbod op dit punt dekkend is, laten we in 2027 "
            "onderzoeken; op basis daarvan besluit het bestuur of er aanvullende afspraken nodig zijn.")]
    b += [H1("8 Toewijzing en toelaatbaarheid"),
          H2("8.1 Procedure"),
          P("Toewijzing van Het Anker, toelaatbaarheid tot het vso en aanvragen voor lwoo en praktijkonderwijs "
            "lopen via één route. Het bevoegd gezag van de school waar de leerling staat ingeschreven of is "
            "aangemeld, dient de aanvraag in bij de Commissie Toewijzing van het samenwerkingsverband. De "
            "aanvraag bestaat uit het aanvraagformulier, het OPP, het onderwijskundig rapport en een verslag "
            "van het gesprek met ouders en leerling."),
          OL(["Stap 1: de ondersteuningscoördinator bespreekt de leerling vooraf met de consulent van het loket "
              "(vooroverleg).",
              "Stap 2: de school dient de volledige aanvraag digitaal in.",
              "Stap 3: twee deskundigen – een orthopedagoog of psycholoog en een tweede deskundige die past bij "
              "de vraag – geven elk een schriftelijk advies.",
              "Stap 4: de Commissie Toewijzing neemt binnen zes weken een besluit en stuurt dit aan de school "
              "en de ouders.",
              "Stap 5: bij een positief besluit meldt de school de leerling aan bij de ontvangende school of "
              "voorziening."]),
          P("Een TLV voor het vso wordt in de regel afgegeven voor twee schooljaren, in de "
            "bekostigingscategorie laag, tenzij de deskundigen een andere categorie adviseren."),
          H2("8.2 Criteria"),
          P("De criteria waaraan de Commissie Toewijzing aanvragen toetst, worden in de komende periode herzien "
            "en geharmoniseerd met die van de omliggende samenwerkingsverbanden. Zolang de herziening loopt, "
            "weegt de commissie elke aanvraag op haar eigen merites.")]
    b += [H1("9 Financiën"),
          H2("9.1 Verdeling"),
          P("Het samenwerkingsverband hanteert een eenvoudig verdeelmodel. Iedere school ontvangt een budget "
            "lichte ondersteuning van € 85 per leerling, op basis van het aantal leerlingen op 1 oktober van "
            "het voorgaande jaar, met een minimum van € 40.000 per school. Het Anker wordt centraal bekostigd. "
            "Voor trajecten op Het Anker betaalt de verwijzende school geen bijdrage. De lwoo- en pro-middelen "
            "worden volledig doorbetaald aan de scholen die lwoo en praktijkonderwijs verzorgen, op basis van "
            "het aantal leerlingen met een aanwijzing of TLV op 1 oktober."),
          P("Het bestuur stelt de bedragen jaarlijks vast bij de begroting, na advies van de schoolleiders. "
            "Een school die het budget in een jaar niet volledig besteedt, mag het restant meenemen naar het "
            "volgende jaar tot een maximum van twintig procent."),
          H2("9.2 Begroting"),
          P("De meerjarenbegroting 2026-2030 is als bijlage 3 bij dit plan gevoegd. Onderstaand overzicht geeft "
            "de hoofdposten; de bedragen worden bij de vaststelling van de begroting 2027 ingevuld."),
          TABLE("Tabel 9.1 Hoofdposten begroting",
                [["Post", "2026", "2027", "2028", "2029"],
                 ["Budget lichte ondersteuning scholen", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Het Anker", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Doorbetaling lwoo en pro", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Bureau en loket", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += [H1("10 Ouders"),
          P("Ouders moeten weten waar zij aan toe zijn. Het samenwerkingsverband informeert ouders op drie "
            "manieren. De website van het samenwerkingsverband bevat een ouderpagina met uitleg over de "
            "ondersteuning, Het Anker, lwoo, praktijkonderwijs en het vso, en met de contactgegevens van de "
            "ondersteuningscoördinator van iedere school. Ouders van leerlingen in groep 8 ontvangen in "
            "november de brochure Naar het voortgezet onderwijs in Duinstreek Noord. Ieder voorjaar is er een "
            "informatieavond over ondersteuning in het voortgezet onderwijs, samen met het PO-"
            "samenwerkingsverband."),
          P("De wet verplicht samenwerkingsverbanden om een ouder- en jeugdsteunpunt in te richten. Hoe wij "
            "dat doen, samen met de omliggende samenwerkingsverbanden of zelfstandig, werken we in 2026 uit.")]
    b += oogo(c, 11)
    b += governance(c, 12)
    b += medezeggenschap(c, 13)
    b += personeel(c, 14)
    b += ict_privacy(c, 15)
    b += planning(c, 16, [["2026", "Uitwerking ouder- en jeugdsteunpunt", "Bureau"],
                          ["2026-2027", "Herziening criteria Commissie Toewijzing", "Commissie Toewijzing"],
                          ["2027", "Onderzoek dekkend aanbod", "Extern bureau"],
                          ["2028", "Tussentijdse evaluatie plan", "Bestuur en OPR"]])
    b += begrippen(17, "vo", [["Het Anker", "Bovenschoolse voorziening van het samenwerkingsverband."],
                              ["Kwaliteitszorg", "Het systematisch volgen en verbeteren van de ondersteuning."]])
    meta = dict(title="Ondersteuningsplan 2026-2030 SWV VO Duinstreek Noord",
                header="SWV VO Duinstreek Noord – Ondersteuningsplan op hoofdlijnen 2026-2030",
                footer="Definitieve versie april 2026")
    label = dict(
        documents=["vo-duinstreek-op-2026.pdf"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "missing",
                  "ouders": "partial"},
        criteria=dict(zip(CORE, [True, False, True, False, False, False, True, False, True, False,
                                 False, False, True, False])),
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 6 states one minimum level (Basisafspraak) for all schools, but the content is only referred to school SOPs on websites and to bijlage 2, which is not in the document",
               "plaatsing": "ch. 8.1 gives the procedure (bevoegd gezag, Commissie Toewijzing, 5 steps, 2 deskundigen, 6 weeks); 8.2 criteria are deferred ('worden herzien', 'op eigen merites')",
               "terugstroom": "terugplaatsing occurs only in the begrippenlijst; return from Het Anker (trede 2) is not terugplaatsing from vso",
               "financien": "9.1 verdeelmodel (EUR 85 per leerling, minimum EUR 40.000, carry-over rule); 9.2 budget only p.m. and referred to absent bijlage 3",
               "dekkend-aanbod": "ch. 7 describes the three treden (trajectvoorziening, Het Anker, vso); finding/handling gaps deferred to a 2027 study",
               "resultaten": "no intended results and no monitoring; 'resultaten'/'kwaliteitszorg' only in the legal-frame sentence and the begrippenlijst",
               "ouders": "ch. 10 informs via website, brochure, informatieavond; the ouder- en jeugdsteunpunt is deferred to 2026 and no other independent help is named; OPR with parents"})
    return "vo-duinstreek-op-2026", meta, b, label


# ====================================================================== plan 3
# PO, PDF. B present, PL partial (procedure only on website), T present but
# hidden inside the TLV chapter, F present under "Geld en middelen" with the
# besteding only in a table, D partial (continuum deferred), R present,
# O partial (informatie deferred to a communicatieplan).
def plan3():
    c = dict(naam="Stichting Passend Primair Onderwijs Waalzicht", regio="Waalzicht", periode="2026-2030",
             directeur="dhr. R. (Ruud) Hendriksen", sector="po", opr_datum="26 februari 2026",
             oogo_datum="12 februari 2026", vaststelling="5 maart 2026",
             gemeenten="Waaldorp, Ooijstad en Bemmelerwaard", ander_swv="VO Waalzicht (VO 25-10)",
             fte="12,6")
    toc = [("1", "Voorwoord", 3), ("2", "Inleiding", 4), ("3", "Terugblik 2022-2026", 5),
           ("4", "De scholen van Waalzicht", 7), ("5", "Missie, visie en ambities", 8),
           ("6", "Basisondersteuning", 10), ("7", "Geen kind tussen wal en schip", 13),
           ("8", "Toelaatbaarheid sbo en so", 15), ("9", "Resultaten en kwaliteitszorg", 19),
           ("10", "Geld en middelen", 22), ("11", "Communicatie en ouders", 25),
           ("12", "Samenwerking met gemeenten (OOGO)", 26), ("13", "Organisatie en governance", 27),
           ("14", "Medezeggenschap", 28), ("15", "Personeel en deskundigheid", 29),
           ("16", "ICT, privacy en gegevens", 30), ("17", "Planning en vaststelling", 31),
           ("18", "Begrippen en afkortingen", 32)]
    b = [TITLE("Ondersteuningsplan 2026-2030",
               ["Stichting Passend Primair Onderwijs Waalzicht (PO 25-11)",
                "Elk kind een passende plek",
                "Vastgesteld 5 maart 2026"]),
         TOC(toc)]
    b += voorwoord(c)
    b += [H1("2 Inleiding")]
    b += wettelijk_kader(c)
    b += [H1("3 Terugblik 2022-2026"),
          P("In het vorige ondersteuningsplan stonden drie speerpunten centraal: de basisondersteuning op "
            "orde, minder thuiszitters en een eenvoudigere toewijzing. Op de eerste twee speerpunten is "
            "vooruitgang geboekt. De toewijzing is eenvoudiger geworden doordat scholen voor de meeste "
            "arrangementen geen aanvraag meer hoeven te doen, maar het budget zelf beheren."),
          P("Niet alles is gelukt. De samenwerking met de jeugdhulp verliep in twee van de drie gemeenten "
            "moeizaam door wachtlijsten en personeelswisselingen. Het voornemen om een gezamenlijke "
            "kinderopvang-onderwijsvoorziening voor jonge risicoleerlingen op te zetten, is niet van de grond "
            "gekomen. In dit plan kiezen we daarom voor minder nieuwe projecten en meer aandacht voor wat al "
            "loopt."),
          H1("4 De scholen van Waalzicht"),
          P("Bij Waalzicht zijn negen schoolbesturen aangesloten met samen 52 basisscholen, twee scholen voor "
            "speciaal basisonderwijs (De Kribbe en De Uiterwaard) en één so-school voor cluster 4 met een "
            "afdeling cluster 3 (De Waalkant). Het leerlingenaantal in het basisonderwijs bedraagt 11.870 op "
            "1 oktober 2025. Het sbo telt 318 leerlingen (2,6 procent), het so 164 leerlingen (1,3 procent)."),
          P("De scholen verschillen sterk in grootte, van een dorpsschool met 48 leerlingen tot een "
            "stadsschool met ruim 600 leerlingen. In de stad hebben scholen te maken met een hoge "
            "onderwijsachterstandenscore; in de dorpen speelt vooral de krimp.")]
    b += missie_visie(c, 5)
    b += [H1("6 Basisondersteuning"),
          P("In Waalzicht verstaan we onder basisondersteuning het niveau van ondersteuning dat elke school "
            "van elk aangesloten bestuur ten minste biedt aan ieder kind. Het niveau is voor alle 55 scholen "
            "gelijk, inclusief de sbo-scholen en De Waalkant. Het is afgesproken in het bestuurlijk overleg "
            "en ondertekend door alle besturen."),
          P("Concreet betekent dit dat op elke school het volgende aanwezig is. Er is een intern begeleider "
            "met ten minste één dag per week per 150 leerlingen en een registeropleiding of de bereidheid die "
            "binnen twee jaar te volgen. De school werkt handelingsgericht: zij voert drie keer per jaar "
            "groepsbesprekingen en maakt voor kinderen die extra ondersteuning krijgen een "
            "ontwikkelingsperspectief. De school heeft een dyslexieprotocol en een protocol ernstige reken-"
            "wiskundeproblemen en dyscalculie, en past de aanpak uit die protocollen toe vanaf groep 1. Er is "
            "een aanbod voor kinderen die meer aankunnen, ten minste in de vorm van verrijking en "
            "compacten in de eigen groep. De school gebruikt een programma voor sociaal-emotioneel leren in "
            "alle groepen en heeft een gedragsprotocol en een pestprotocol. Leerkrachten kunnen zonder "
            "aanvraag een consultatie krijgen van de gedragsspecialist of orthopedagoog van het "
            "samenwerkingsverband (preventieve ambulante begeleiding). De school heeft een protocol medisch "
            "handelen en werkt samen met de jeugdverpleegkundige en het schoolmaatschappelijk werk."),
          P("De basisondersteuning wordt eens per twee jaar getoetst in een audit door twee intern begeleiders "
            "van andere besturen en een medewerker van het samenwerkingsverband. Scholen die op een onderdeel "
            "onvoldoende scoren, maken een verbeterplan dat in de volgende audit wordt gecontroleerd.")]
    b += [H1("7 Geen kind tussen wal en schip"),
          P("Waalzicht heeft de opdracht te zorgen dat voor ieder kind een passende plek is. Hoe het aanbod "
            "van arrangementen en voorzieningen in onze regio samenhangt – van de basisondersteuning tot het "
            "speciaal onderwijs – brengen we in beeld in de Waalzicht-ondersteuningskaart. Die kaart is in "
            "ontwikkeling en wordt in het voorjaar van 2027 aan de OPR voorgelegd."),
          P("Wel is helder hoe we omgaan met kinderen voor wie geen passende plek beschikbaar is. Een school "
            "die een kind aangemeld krijgt en geen passend aanbod kan doen, heeft zorgplicht: zij zoekt binnen "
            "zes weken, met eenmaal vier weken verlenging, een andere school die het kind wel kan opnemen. "
            "Lukt dat niet, dan meldt de school het kind binnen vijf werkdagen bij het "
            "samenwerkingsverband. De consulent organiseert dan binnen twee weken een Waalzichttafel met "
            "ouders, school, leerplicht en jeugdhulp. Als de tafel geen oplossing vindt, besluit de "
            "directeur-bestuurder welke school of voorziening het kind tijdelijk opneemt."),
          P("Elk kind dat langer dan vier weken niet of gedeeltelijk naar school gaat, wordt door de "
            "leerplichtambtenaar en de school gemeld in het thuiszittersregister van Waalzicht. Eenmaal per "
            "kwartaal analyseert het bureau het register: waar zitten de knelpunten, welke groepen kinderen "
            "vallen steeds buiten de boot, en welk aanbod ontbreekt. In 2025 bleek zo dat er geen plek is voor "
            "jonge kinderen (4 tot 7 jaar) met ernstige gedragsproblemen in combinatie met een "
            "ontwikkelingsachterstand. Met De Waalkant en een jeugdhulpaanbieder wordt in 2026 een "
            "combinatiegroep voor deze kinderen ingericht.")]
    b += [H1("8 Toelaatbaarheid sbo en so"),
          H2("8.1 Aanvragen"),
          P("De manier waarop een school een toelaatbaarheidsverklaring aanvraagt, de formulieren en de "
            "termijnen vindt u op www.waalzicht-po.nl/tlv. Hieronder staan de criteria die voor alle "
            "aanvragen gelden."),
          H2("8.2 Criteria sbo"),
          P("Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer:"),
          UL(["de school de basisondersteuning en een arrangement voor extra ondersteuning heeft ingezet, "
              "vastgelegd in een ontwikkelingsperspectief dat ten minste twee keer is geëvalueerd;",
              "uit de evaluaties blijkt dat het kind zich in de reguliere groep onvoldoende ontwikkelt, op het "
              "gebied van leren, gedrag of beide;",
              "het kind baat heeft bij een kleinere groep (maximaal 16 kinderen) met meer specialistische "
              "begeleiding, maar geen so-setting nodig heeft."]),
          H2("8.3 Criteria so"),
          P("Een kind is toelaatbaar tot het so (cluster 3 of 4) wanneer het, naast de voorwaarden voor het "
            "sbo, een zodanige ondersteuningsbehoefte heeft dat intensieve specialistische begeleiding, "
            "zorg gedurende de schooldag of een therapeutisch klimaat nodig is. Voor cluster 3 gaat het om "
            "kinderen met een verstandelijke, lichamelijke of meervoudige beperking of een langdurige ziekte; "
            "voor cluster 4 om kinderen met ernstige gedrags- of psychiatrische problematiek."),
          H2("8.4 Duur"),
          P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
            "afgegeven voor twee schooljaren, of voor vier jaar als de ondersteuningsbehoefte naar verwachting "
            "blijvend is. Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken; "
            "het samenwerkingsverband laat zich adviseren door de Landelijke Bezwaaradviescommissie."),
          H2("8.5 Na afloop van de TLV"),
          P("Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Ons uitgangspunt is dat "
            "ieder kind in het speciaal (basis)onderwijs elk jaar de vraag krijgt of terugkeer naar een "
            "basisschool mogelijk is. We willen dat jaarlijks ten minste vijftien kinderen uit het sbo en so "
            "terugkeren. Een terugplaatsing gebeurt alleen als de ontvangende basisschool het "
            "ontwikkelingsperspectief kan waarmaken en de ouders ermee instemmen."),
          P("In het laatste jaar van een so-TLV en jaarlijks voor kinderen in het sbo houdt de school in "
            "januari een evaluatiegesprek met ouders en de consulent van het samenwerkingsverband. Als "
            "terugplaatsing haalbaar lijkt, zoekt de consulent vóór 1 april samen met de ouders een "
            "basisschool. De ontvangende school en de sbo- of so-school maken een overdrachtsplan; de "
            "overstap vindt bij voorkeur plaats na de zomervakantie. De so-TLV eindigt dan op 31 juli. "
            "Na de overstap ontvangt de basisschool een terugkeerarrangement: een jaar lang begeleiding door "
            "een ambulant begeleider van de sbo- of so-school en een budget van € 4.500 voor extra handen in "
            "de groep. Na zes en na twaalf maanden evalueert de consulent de overstap met school en ouders.")]
    b += [H1("9 Resultaten en kwaliteitszorg"),
          P("Waalzicht wil laten zien wat de ondersteuning oplevert. Voor de planperiode hebben we de "
            "volgende beoogde resultaten vastgesteld:"),
          UL(["het aantal thuiszitters daalt van 23 (1 oktober 2025) naar minder dan 10 in 2030;",
              "alle 55 scholen voldoen in 2028 aan de basisondersteuning volgens de audit (2025: 44);",
              "ten minste 85 procent van de kinderen met een OPP haalt de uitstroombestemming die in het OPP "
              "is vastgelegd;",
              "jaarlijks keren ten minste vijftien kinderen uit het sbo en so terug naar het basisonderwijs "
              "(2024-2025: 9)."]),
          P("Het bureau verzamelt twee keer per jaar, op 1 oktober en 1 maart, de gegevens over thuiszitters, "
            "toelaatbaarheidsverklaringen, terugplaatsingen en de uitstroom van kinderen met een OPP. Deze "
            "gegevens worden in een dashboard per bestuur besproken in het bestuurlijk overleg. De "
            "auditresultaten worden jaarlijks in een kwaliteitsrapportage samengevat. In het jaarverslag "
            "rapporteren we over de beoogde en bereikte resultaten en over de kosten van de ingezette "
            "arrangementen. In 2028 laat het bestuur een tussenevaluatie uitvoeren door een extern bureau.")]
    b += [H1("10 Geld en middelen"),
          P("Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Uit de zware "
            "ondersteuning worden eerst de afdrachten voor het so en de groeibekostiging van het sbo betaald. "
            "Het resterende bedrag wordt als volgt verdeeld."),
          P("Elk bestuur ontvangt een schoolbudget van € 135 per leerling op de teldatum 1 oktober van het "
            "voorgaande jaar. Besturen met scholen in de stad ontvangen daarbovenop een toeslag van € 20 per "
            "leerling met een hoge achterstandsscore. Besturen zetten het schoolbudget in voor extra "
            "ondersteuning en arrangementen op hun scholen. Het terugkeerarrangement en de Waalzichttafel "
            "worden centraal bekostigd. Het bestuur van het samenwerkingsverband stelt de bedragen jaarlijks "
            "in oktober vast bij de begroting, nadat de directeuren zijn gehoord."),
          P("Besturen verantwoorden de inzet van hun schoolbudget in hun eigen jaarverslag en in een korte "
            "rapportage aan het samenwerkingsverband. De reserve van het samenwerkingsverband is begrensd op "
            "vijf procent van de jaarlijkse baten."),
          TABLE("Tabel 10.1 Meerjarenbegroting Waalzicht (bedragen in euro)",
                [["", "2026", "2027", "2028", "2029"],
                 ["Baten ondersteuningsmiddelen", "9.842.000", "9.716.000", "9.603.000", "9.511.000"],
                 ["Afdracht so", "-3.105.000", "-3.080.000", "-3.060.000", "-3.040.000"],
                 ["Afdracht groeibekostiging sbo", "-410.000", "-400.000", "-390.000", "-380.000"],
                 ["Schoolbudgetten besturen", "-1.840.000", "-1.820.000", "-1.800.000", "-1.785.000"],
                 ["Bekostiging sbo boven 2%", "-2.650.000", "-2.620.000", "-2.600.000", "-2.580.000"],
                 ["Terugkeerarrangementen", "-68.000", "-68.000", "-68.000", "-68.000"],
                 ["Waalzichttafel en thuiszitters", "-240.000", "-240.000", "-235.000", "-235.000"],
                 ["Bureau, audit en consulenten", "-1.390.000", "-1.410.000", "-1.430.000", "-1.450.000"],
                 ["Saldo", "139.000", "78.000", "20.000", "-27.000"]])]
    b += [H1("11 Communicatie en ouders"),
          P("De wijze waarop wij ouders informeren over de ondersteuning op de scholen en in de regio, werken "
            "we uit in het communicatieplan 2026-2027. Daarin komen ook de website en de nieuwsbrief aan de "
            "orde."),
          P("Ouders die vragen hebben over de ondersteuning van hun kind, of die het oneens zijn met de "
            "school of met het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
            "Rivierenland. Het steunpunt is onafhankelijk: het is ondergebracht bij een stichting zonder "
            "banden met de schoolbesturen en wordt gezamenlijk gefinancierd door drie "
            "samenwerkingsverbanden. Het steunpunt helpt ouders bij gesprekken met school, verwijst naar de "
            "onderwijsconsulenten en ondersteunt bij een klacht of een geschil. Klachten over het "
            "samenwerkingsverband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs."),
          P("Ouders zijn vertegenwoordigd in de OPR en worden betrokken bij het opstellen van het "
            "ontwikkelingsperspectief van hun kind.")]
    b += oogo(c, 12)
    b += governance(c, 13)
    b += medezeggenschap(c, 14)
    b += personeel(c, 15)
    b += ict_privacy(c, 16)
    b += planning(c, 17, [["2026", "Combinatiegroep jonge kinderen", "De Waalkant"],
                          ["2026-2027", "Communicatieplan", "Bureau"],
                          ["Voorjaar 2027", "Waalzicht-ondersteuningskaart", "Bureau en OPR"],
                          ["2028", "Externe tussenevaluatie", "Bestuur"]])
    b += begrippen(18, "po", [["IB'er", "Intern begeleider."],
                              ["Waalzichttafel", "Overleg voor kinderen zonder passende plek."]])
    meta = dict(title="Ondersteuningsplan 2026-2030 Passend Primair Onderwijs Waalzicht",
                header="Ondersteuningsplan Waalzicht 2026-2030",
                footer="Stichting Passend Primair Onderwijs Waalzicht – PO 25-11")
    label = dict(
        documents=["po-waalzicht-op-2026.pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "partial"},
        criteria=dict(zip(CORE, [True, True, False, True, True, True, True, True, False, True,
                                 True, True, False, True])),
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["duur-categorie", "bezwaar"],
                            "terugstroom": ["monitoring"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 6: one level for all 55 schools, concrete list (IB'er 1 day/150 pupils, HGW, protocols, SEL, consultatie) in prose; audit every two years",
               "plaatsing": "ch. 8.2-8.3 give sbo and so criteria; the aanvraag procedure, forms and termijnen are only referred to a web page (8.1); no deciding body",
               "terugstroom": "hidden in 8.5 'Na afloop van de TLV' inside the TLV chapter: policy (yearly question, target 15, conditions, terugkeerarrangement) and procedure (January evaluation, consulent, before 1 April, overdrachtsplan, TLV ends 31 July, evaluations); figures in ch. 9",
               "financien": "under 'Geld en middelen' (ch. 10): EUR 135 per leerling plus EUR 20 toeslag, set in October; spending only in Tabel 10.1 meerjarenbegroting",
               "dekkend-aanbod": "ch. 7: zorgplicht, Waalzichttafel, thuiszittersregister analysis and identified gap are addressed; the coherent set of arrangementen/voorzieningen is deferred to the 'ondersteuningskaart' (spring 2027)",
               "resultaten": "ch. 9: four beoogde resultaten with figures; measurement twice a year, dashboard, kwaliteitsrapportage, jaarverslag",
               "ouders": "ch. 11: how parents are informed is deferred to the communicatieplan 2026-2027; independent OJSP Rivierenland, onderwijsconsulenten and klachtencommissie are described"})
    return "po-waalzicht-op-2026", meta, b, label


# ====================================================================== plan 4
# VO, medium verband, HTML web version. B present, PL missing (reference to a
# separate Handboek Toewijzing), T present, F partial (verdeling deferred,
# besteding in table), D missing (deferred; OOGO only procedural), R present,
# O present.
def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Eemvallei", regio="Eemvallei",
             periode="2026-2030", directeur="mw. dr. S. (Sanne) Bakker", sector="vo",
             opr_datum="2 april 2026", oogo_datum="11 maart 2026", vaststelling="16 april 2026",
             gemeenten="Eemstad, Hoogland-Oost, Leusveld en Soestberg",
             ander_swv="PO Eemvallei (PO 26-05)", fte="9,8")
    toc = [("1", "Voorwoord", ""), ("2", "Inleiding", ""), ("3", "Eemvallei in beeld", ""),
           ("4", "Missie, visie en ambities", ""), ("5", "Basisondersteuning", ""),
           ("6", "Ondersteuningsaanbod en toewijzing", ""), ("7", "Terug naar het regulier onderwijs", ""),
           ("8", "Resultaten", ""), ("9", "Financiën", ""), ("10", "Ouders en jongeren", ""),
           ("11", "Samenwerking met gemeenten (OOGO)", ""), ("12", "Organisatie en governance", ""),
           ("13", "Medezeggenschap", ""), ("14", "Personeel en deskundigheid", ""),
           ("15", "ICT, privacy en gegevens", ""), ("16", "Planning en vaststelling", ""),
           ("17", "Begrippen en afkortingen", "")]
    b = [TITLE("Ondersteuningsplan 2026-2030 (webversie)",
               ["Samenwerkingsverband Voortgezet Onderwijs Eemvallei – VO 26-06",
                "Deze webversie is gelijk aan de door het bestuur vastgestelde pdf-versie."]),
         TOC(toc)]
    b += voorwoord(c)
    b += [H1("2 Inleiding")]
    b += wettelijk_kader(c)
    b += [P("Deze webversie is bedoeld om het plan toegankelijk te maken voor iedereen die ermee werkt. De "
            "hoofdstukken kunnen los worden gelezen. Waar in de tekst wordt verwezen naar andere documenten "
            "van het samenwerkingsverband, zijn die te vinden in de documentenbibliotheek op deze website."),
          H2("2.1 Hoe dit plan tot stand kwam"),
          P("De voorbereiding van dit plan begon in september 2024 met een evaluatie van het vorige plan in "
            "het directeurenoverleg. Daarna zijn vier werksessies gehouden met ondersteuningscoördinatoren, "
            "teamleiders en medewerkers van het loket. In het voorjaar van 2025 organiseerde het bureau twee "
            "avonden voor leden van de medezeggenschapsraden en een bijeenkomst met leerlingen uit de "
            "leerlingenraden van vijf vestigingen. De opbrengst van al deze gesprekken is gebundeld in een "
            "startnotitie die in juni 2025 door het bestuur is besproken."),
          P("Op basis van de startnotitie schreef een kleine schrijfgroep de eerste versie. Die versie is in "
            "het najaar van 2025 voorgelegd aan het directeurenoverleg, de OPR en de ambtenaren onderwijs en "
            "jeugd van de vier gemeenten. De reacties waren op onderdelen kritisch: de OPR vroeg om meer "
            "duidelijkheid in de taal van het plan, de gemeenten vroegen om een heldere planning. De tweede "
            "versie is in januari 2026 afgerond en vormde de basis voor het OOGO en de instemming van de OPR. "
            "De redactie van de webversie is verzorgd door de communicatiemedewerker van het bureau."),
          H1("3 Eemvallei in beeld"),
          P("Het samenwerkingsverband omvat zeven schoolbesturen met negentien vestigingen: vijftien "
            "vestigingen voor regulier voortgezet onderwijs, twee scholen voor praktijkonderwijs en twee "
            "vso-scholen. Op 1 oktober 2025 volgden 12.430 leerlingen onderwijs op een van deze vestigingen, "
            "van wie 1.160 met lwoo, 390 in het praktijkonderwijs en 415 in het vso."),
          TABLE("Tabel 3.1 Ontwikkeling leerlingaantallen",
                [["Teldatum", "Regulier vo", "Praktijkonderwijs", "Vso"],
                 ["1-10-2022", "11.980", "372", "431"], ["1-10-2023", "11.905", "381", "424"],
                 ["1-10-2024", "11.710", "386", "418"], ["1-10-2025", "11.625", "390", "415"]]),
          P("De regio kent een grote stad en drie kleinere gemeenten. Ongeveer een derde van de leerlingen "
            "reist dagelijks van een kleinere gemeente naar een school in Eemstad. De verwachting is dat het "
            "aantal leerlingen de komende planperiode met circa vijf procent daalt.")]
    b += missie_visie(c, 4)
    b += [H1("5 Basisondersteuning"),
          P("De basisondersteuning is in Eemvallei het gemeenschappelijke minimumniveau van ondersteuning dat "
            "alle negentien vestigingen bieden. De besturen hebben dit niveau in 2025 opnieuw vastgesteld in "
            "de afspraak Basis Eemvallei. Een vestiging kan meer bieden; wat zij biedt, mag niet onder dit "
            "niveau liggen."),
          H2("5.1 Wat ouders en leerlingen op iedere vestiging mogen verwachten"),
          UL(["een mentor per klas, met wekelijks een mentoruur in de onderbouw;",
              "een ondersteuningscoördinator en een intern ondersteuningsteam dat leerlingen bespreekt met "
              "de jeugdarts en de schoolmaatschappelijk werker;",
              "begeleiding bij dyslexie en dyscalculie volgens het gezamenlijke protocol, met faciliteiten "
              "zoals extra tijd en auditieve ondersteuning bij toetsen;",
              "een aanbod voor sociale vaardigheden en faalangstreductie;",
              "een rustplek en een vaste aanspreekpersoon voor leerlingen die tijdelijk uit de les moeten;",
              "begeleiding bij plannen en organiseren in de onderbouw;",
              "een protocol medisch handelen en afspraken over het verstrekken van medicijnen;",
              "begeleiding bij de Nederlandse taal voor leerlingen die korter dan drie jaar in Nederland zijn."]),
          P("Wat daarboven nodig is, valt buiten de basisondersteuning. Vestigingen verantwoorden de "
            "basisondersteuning in de schoolgids. Het samenwerkingsverband kijkt jaarlijks aan de hand van "
            "een vaste checklist of alle onderdelen daarin zijn beschreven en bespreekt de uitkomst met het "
            "bestuur.")]
    b += [H1("6 Ondersteuningsaanbod en toewijzing"),
          P("Een beschrijving van het samenhangende aanbod van arrangementen en voorzieningen in de regio – "
            "wat er op de scholen, tussen de scholen en in het vso beschikbaar is – nemen we op in de "
            "Ondersteuningswijzer Eemvallei, die in het najaar van 2026 verschijnt. In het schooljaar "
            "2026-2027 laten we bovendien onderzoeken of er groepen leerlingen zijn voor wie in de regio geen "
            "passend aanbod bestaat."),
          P("Voor de toelaatbaarheid tot het vso en het praktijkonderwijs en voor de aanwijzing voor lwoo "
            "verwijzen we naar het Handboek Toewijzing 2026 van het samenwerkingsverband. Het handboek wordt "
            "door de directeur-bestuurder vastgesteld en staat in de documentenbibliotheek op deze website.")]
    b += [H1("7 Terug naar het regulier onderwijs"),
          H2("7.1 Ons beleid"),
          P("Eemvallei wil dat vso-leerlingen die dat kunnen, de overstap maken naar het regulier voortgezet "
            "onderwijs of het mbo. We stellen ons ten doel dat jaarlijks ten minste twaalf leerlingen vanuit "
            "het vso overstappen naar een reguliere vo-school. Een overstap gebeurt alleen als aan drie "
            "voorwaarden is voldaan: de vso-school geeft een positief advies, de ontvangende school kan het "
            "ontwikkelingsperspectief uitvoeren met haar basisondersteuning en een overgangsarrangement, en "
            "leerling en ouders willen de overstap."),
          P("Iedere leerling die overstapt, krijgt een overgangsarrangement. Gedurende het eerste half jaar "
            "blijft een begeleider van de vso-school twee uur per week betrokken bij de leerling, de mentor "
            "krijgt één uur per week extra voor de begeleiding en de leerling kan terugvallen op de rustplek "
            "van de ontvangende school. Na drie en na zes maanden evalueren de scholen de overstap samen met "
            "leerling en ouders."),
          H2("7.2 Zo gaat het in zijn werk"),
          OL(["In september van het laatste TLV-jaar bespreekt de commissie van begeleiding van de vso-school "
              "of terugplaatsing of overplaatsing aan de orde is.",
              "Vóór 1 december vindt een gesprek plaats tussen vso-school, leerling, ouders en de consulent "
              "van het loket.",
              "De consulent zoekt samen met de ouders vóór 1 februari een ontvangende school; de ouders melden "
              "de leerling daar aan.",
              "De ontvangende school beslist binnen zes weken over de toelating en stelt met de vso-school "
              "het overgangsarrangement op.",
              "De overstap vindt plaats op 1 augustus; de TLV eindigt op 31 juli en wordt niet verlengd.",
              "Is de overstap niet haalbaar, dan vraagt de vso-school vóór 1 maart een nieuwe TLV aan."]),
          P("Het loket houdt bij hoeveel leerlingen zijn teruggeplaatst en hoeveel van hen na een jaar nog op "
            "de reguliere school zitten. In 2024-2025 stapten zeven leerlingen over; zes van hen zaten een jaar "
            "later nog op de nieuwe school.")]
    b += [H1("8 Resultaten"),
          P("In deze planperiode wil Eemvallei de volgende resultaten bereiken voor leerlingen die extra "
            "ondersteuning nodig hebben:"),
          TABLE("Tabel 8.1 Beoogde resultaten",
                [["Resultaat", "Nulmeting", "Doel 2030"],
                 ["Vestigingen die de Basis Eemvallei volledig beschrijven in de schoolgids", "14 van 19",
                  "19 van 19"],
                 ["Overstappers vso naar regulier per jaar", "7", "ten minste 12"],
                 ["Leerlingen met een OPP die zonder zittenblijven doorstromen", "71%", "80%"],
                 ["Vso-leerlingen met diploma of certificaat bij uitstroom", "58%", "65%"],
                 ["Tevredenheid ouders over informatie (schaal 1-10)", "6,9", "7,5"]]),
          P("Het bureau meet deze resultaten jaarlijks per 1 oktober aan de hand van DUO-gegevens, de "
            "registratie van het loket en een korte vragenlijst onder ouders. De uitkomsten worden in "
            "november besproken met het directeurenoverleg en de OPR, en in het jaarverslag gepubliceerd "
            "naast de kosten die ervoor zijn gemaakt. Als een resultaat twee jaar achter elkaar achterblijft, "
            "stelt de directeur-bestuurder een verbeterplan op.")]
    b += [H1("9 Financiën"),
          P("Het samenwerkingsverband werkt met een nieuw verdeelmodel. Het huidige model, dat is gebaseerd "
            "op historische aantallen leerlingen in het vso, voldoet niet meer. Het nieuwe verdeelmodel wordt "
            "in de loop van 2026 uitgewerkt en daarna ter instemming aan de OPR voorgelegd. Tot die tijd "
            "blijven de huidige afspraken gelden."),
          P("De meerjarenbegroting hieronder is gebaseerd op de middelen die het samenwerkingsverband naar "
            "verwachting ontvangt en op de uitgavenpatronen van de afgelopen jaren."),
          TABLE("Tabel 9.1 Meerjarenbegroting 2026-2029 (bedragen x € 1.000)",
                [["", "2026", "2027", "2028", "2029"],
                 ["Rijksbijdrage lichte en zware ondersteuning", "10.610", "10.450", "10.300", "10.160"],
                 ["Rijksbijdrage lwoo en pro", "6.270", "6.190", "6.120", "6.050"],
                 ["Afdracht vso", "-5.020", "-4.980", "-4.950", "-4.930"],
                 ["Doorbetaling lwoo en pro aan besturen", "-6.270", "-6.190", "-6.120", "-6.050"],
                 ["Middelen naar besturen voor ondersteuning", "-3.980", "-3.900", "-3.820", "-3.750"],
                 ["Overgangsarrangementen", "-54", "-72", "-72", "-72"],
                 ["Loket en bureau", "-1.240", "-1.260", "-1.280", "-1.300"],
                 ["Saldo", "316", "238", "178", "108"]]),
          P("Het positieve saldo wordt toegevoegd aan de algemene reserve. Het bestuur heeft besloten dat de "
            "reserve niet hoger mag worden dan de signaleringswaarde van de Inspectie.")]
    b += [H1("10 Ouders en jongeren"),
          P("Ouders en jongeren moeten weten welke ondersteuning er is en waar zij terechtkunnen. Elke "
            "vestiging beschrijft in de schoolgids welke basisondersteuning en welke extra ondersteuning zij "
            "biedt. Op deze website staat een ouderpagina met uitleg in gewone taal, een overzicht van de "
            "ondersteuningscoördinatoren per vestiging en antwoorden op veelgestelde vragen. In oktober "
            "organiseert het samenwerkingsverband samen met het PO-samenwerkingsverband een ouderavond over "
            "de overstap naar het voortgezet onderwijs."),
          P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Steunpunt Ouders & Jongeren "
            "Eemvallei. Het steunpunt is ondergebracht bij de stichting MEE en werkt los van de scholen en het "
            "samenwerkingsverband. Het steunpunt luistert, geeft informatie, gaat mee naar gesprekken op "
            "school en helpt bij een klacht of een geschil. Ouders kunnen daarnaast gratis contact opnemen "
            "met de onderwijsconsulenten. Geschillen over de toelating van leerlingen die extra ondersteuning "
            "nodig hebben, kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
          P("In de OPR zitten ouders en leerlingen. Jongeren met een OPP worden gehoord voordat het OPP "
            "wordt vastgesteld.")]
    b += oogo(c, 11, inhoudelijk=False)
    b += governance(c, 12)
    b += medezeggenschap(c, 13)
    b += personeel(c, 14)
    b += ict_privacy(c, 15)
    b += planning(c, 16, [["Najaar 2026", "Ondersteuningswijzer Eemvallei", "Bureau"],
                          ["2026", "Uitwerking nieuw verdeelmodel", "Controller en bestuur"],
                          ["2026-2027", "Onderzoek naar ontbrekend aanbod", "Extern bureau"],
                          ["2028", "Tussenevaluatie resultaten", "Bureau en OPR"]])
    b += begrippen(17, "vo", [["Handboek Toewijzing", "Document met de werkwijze van het loket."],
                              ["Overgangsarrangement", "Begeleiding na de overstap van vso naar regulier."]])
    meta = dict(title="Ondersteuningsplan 2026-2030 SWV VO Eemvallei",
                header="SWV VO Eemvallei | Home > Over ons > Ondersteuningsplan 2026-2030",
                footer="© Samenwerkingsverband VO Eemvallei | Privacyverklaring | Contact")
    label = dict(
        documents=["vo-eemvallei-op-2026.html"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                  "ouders": "present"},
        criteria=dict(zip(CORE, [True, True, False, False, True, True, False, True, False, False,
                                 True, True, True, True])),
        advisory_addressed={"basisondersteuning": ["borging"],
                            "terugstroom": ["monitoring"],
                            "financien": ["reserves"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 5: Basis Eemvallei as minimum for all 19 vestigingen, list of eight provisions in 5.1, yearly schoolgids checklist",
               "plaatsing": "ch. 6 only refers vso/pro toelaatbaarheid and lwoo to the separate Handboek Toewijzing on the website; TLV appears otherwise only in the terugplaatsing chapter and glossary",
               "terugstroom": "ch. 7: policy (aim, three conditions, overgangsarrangement) and six-step procedure with dates, end of TLV; figures 2024-2025",
               "financien": "ch. 9: the verdeelmodel is being redesigned 'in de loop van 2026' (deferral); meerjarenbegroting table with amounts; reserve cap",
               "dekkend-aanbod": "ch. 6 defers the description of the aanbod to the Ondersteuningswijzer (autumn 2026) and the gap study to 2026-2027; OOGO only procedural; 'bovenschoolse voorzieningen' only in passing in governance/personeel",
               "resultaten": "ch. 8: table of beoogde resultaten with nulmeting and target; yearly measurement per 1 October, reporting to DO/OPR and jaarverslag",
               "ouders": "ch. 10: schoolgids, ouderpagina, ouderavond; independent Steunpunt Ouders & Jongeren, onderwijsconsulenten, geschillencommissie; hoorrecht"})
    return "vo-eemvallei-op-2026", meta, b, label


# ====================================================================== plan 5
# VO, large verband, Word ("deel A"). B missing (only a reference to a separate
# kwaliteitskaart + glossary), PL present, T partial (procedure deferred),
# F missing (deel B separate), D present, R partial (doelen deferred),
# O missing (Communicatie chapter addresses only schools/partners).
def plan5():
    c = dict(naam="Passend Onderwijs VO Veenkoloniën-Zuid", regio="Veenkoloniën-Zuid", periode="2026-2030",
             directeur="dhr. drs. J.W. (Jan-Willem) Huizing", sector="vo", opr_datum="31 maart 2026",
             oogo_datum="10 maart 2026", vaststelling="8 april 2026",
             gemeenten="Veendam-Zuid, Stadskanaalmond, Borgercompagnie en Vledderveen",
             ander_swv="PO Veenkoloniën-Zuid (PO 20-12)", fte="17,0")
    toc = [("1", "Voorwoord", 3), ("2", "Leeswijzer: deel A en deel B", 4), ("3", "De regio in cijfers", 5),
           ("4", "Missie, visie en ambities", 6), ("5", "Basisondersteuning", 8),
           ("6", "Het ondersteuningscontinuüm", 9), ("7", "Een dekkend netwerk", 12),
           ("8", "Toelaatbaarheid en toewijzing", 14), ("9", "Terugplaatsing en overplaatsing", 18),
           ("10", "Kwaliteitszorg en monitoring", 19), ("11", "Financiën", 21), ("12", "Communicatie", 22),
           ("13", "Samenwerking met gemeenten (OOGO)", 23), ("14", "Organisatie en governance", 24),
           ("15", "Medezeggenschap", 25), ("16", "Personeel en deskundigheid", 26),
           ("17", "ICT, privacy en gegevens", 27), ("18", "Planning en vaststelling", 28),
           ("19", "Begrippen en afkortingen", 29)]
    b = [TITLE("Ondersteuningsplan 2026-2030 – Deel A: inhoudelijk kader",
               ["Passend Onderwijs VO Veenkoloniën-Zuid (VO 20-04)",
                "Vastgesteld door het bestuur op 8 april 2026"]),
         TOC(toc)]
    b += voorwoord(c)
    b += [H1("2 Leeswijzer: deel A en deel B"),
          P("Het ondersteuningsplan 2026-2030 bestaat uit twee delen. Dit deel A bevat het inhoudelijk kader: "
            "de visie, het ondersteuningscontinuüm, de toewijzing, de terugplaatsing en de kwaliteitszorg. "
            "Deel B bevat het financieel kader, het verdeelmodel en de meerjarenbegroting. Deel B wordt "
            "afzonderlijk vastgesteld en jaarlijks geactualiseerd, zodat het steeds aansluit bij de actuele "
            "bekostiging."),
          P("In de inleiding van deel B wordt toegelicht hoe beide delen samenhangen. Waar in deel A over geld "
            "wordt gesproken, gaat het om de inhoudelijke keuzes; de bedragen staan in deel B.")]
    b += wettelijk_kader(c)
    b += [H1("3 De regio in cijfers"),
          P("Veenkoloniën-Zuid is een landelijke regio met vier gemeenten en een langgerekte structuur langs "
            "de kanalen. Elf schoolbesturen zijn aangesloten, met samen eenendertig vestigingen. Door de "
            "afstanden is de bereikbaarheid van voorzieningen een terugkerend thema: een leerling uit het "
            "zuiden van de regio reist soms meer dan een uur naar een vso-school."),
          TABLE("Tabel 3.1 Kerncijfers 1 oktober 2025",
                [["Kenmerk", "Aantal"], ["Schoolbesturen", "11"], ["Vestigingen", "31"],
                 ["Leerlingen regulier vo", "19.240"], ["waarvan met lwoo", "1.890"],
                 ["Leerlingen praktijkonderwijs", "820"], ["Leerlingen vso", "1.440"],
                 ["Deelnamepercentage vso", "6,3%"]]),
          P("Het deelnamepercentage vso is hoog in vergelijking met het landelijk beeld. Dat heeft deels een "
            "historische oorzaak: in de regio staan drie grote vso-scholen die ook leerlingen van buiten de "
            "regio opvangen. Het bestuur heeft in 2025 laten onderzoeken welk deel van de vso-leerlingen "
            "uit de eigen regio komt; dat is 71 procent.")]
    b += missie_visie(c, 4)
    b += [H1("5 Basisondersteuning"),
          P("De afspraken over de basisondersteuning zijn vastgelegd in de Kwaliteitskaart Basisondersteuning "
            "VKZ, die de besturen in 2024 hebben vastgesteld. De kwaliteitskaart is een afzonderlijk document "
            "en maakt geen deel uit van dit plan. In 2027 herzien we de kwaliteitskaart in het licht van de "
            "landelijke norm voor basisondersteuning, zodra daarover meer duidelijkheid is.")]
    b += [H1("6 Het ondersteuningscontinuüm"),
          P("Het ondersteuningscontinuüm van Veenkoloniën-Zuid kent, na de basisondersteuning, drie lagen. "
            "Leerlingen stromen zo nodig door naar een volgende laag en zo snel mogelijk weer terug."),
          H2("6.1 Laag A: extra ondersteuning op de eigen school"),
          P("Iedere school biedt, boven de basisondersteuning, een eigen pakket extra ondersteuning in de vorm "
            "van schoolarrangementen. Het gaat onder meer om trajectgroepen, individuele coaching, een "
            "aangepast lesprogramma, begeleiding door een gedragsspecialist en, op vijf vestigingen, "
            "plusprogramma's voor hoogbegaafde leerlingen. De school stelt voor iedere leerling met een "
            "schoolarrangement een OPP op."),
          H2("6.2 Laag B: bovenschoolse arrangementen"),
          P("Wanneer een leerling op de eigen school niet verder komt, kan het Regionaal Expertiseteam (RET) "
            "een bovenschools arrangement toekennen. Er zijn vier bovenschoolse arrangementen:"),
          UL(["Het Veenhuis, het OPDC van de regio, voor leerlingen in het vmbo die door een combinatie van "
              "leer- en gedragsproblemen vastlopen (maximaal twee jaar);",
              "Op de Rails, een reboundtraject van acht tot twaalf weken voor leerlingen die tijdelijk niet "
              "op hun school kunnen zijn;",
              "de observatieplaatsing, waarbij een leerling maximaal drie maanden op een vso-school verblijft "
              "om de ondersteuningsbehoefte vast te stellen;",
              "het arrangement Autisme in het regulier onderwijs, met een specialist die de school begeleidt."]),
          H2("6.3 Laag C: voortgezet speciaal onderwijs"),
          P("Voor leerlingen die ook met een bovenschools arrangement niet in het regulier onderwijs kunnen "
            "functioneren, zijn er de drie vso-scholen in de regio: De Veenborg (cluster 4), De Mondriaan "
            "(cluster 3) en Het Kompas (cluster 3 en 4, met een afdeling voor langdurig zieke leerlingen). "
            "Plaatsing in het vso vraagt een toelaatbaarheidsverklaring (hoofdstuk 8).")]
    b += [H1("7 Een dekkend netwerk"),
          P("Het samenwerkingsverband is ervoor verantwoordelijk dat het aanbod in de regio dekkend is. Om "
            "lacunes op te sporen, houdt het RET een registratie bij van alle leerlingen voor wie niet binnen "
            "tien weken een passende plek is gevonden en van alle leerlingen die langer dan vier weken "
            "thuiszitten. Deze registratie wordt ieder halfjaar met de leerplichtambtenaren van de vier "
            "gemeenten besproken. Wanneer een groep leerlingen herhaaldelijk tussen wal en schip valt, legt de "
            "directeur-bestuurder een voorstel voor een aanvullende voorziening voor aan het bestuur."),
          P("Bij een dreigende thuiszitter meldt de school de leerling direct bij het RET. Binnen tien "
            "werkdagen volgt een casusoverleg met de school, de leerplichtambtenaar en de jeugdhulp."
            " Leidt het casusoverleg niet tot een oplossing, dan gebruikt de "
            "directeur-bestuurder zijn doorzettingsmacht om een school of voorziening aan te wijzen."),
          P("In 2025 bleek uit de registratie dat er geen passend aanbod is voor jongeren van 16 en 17 jaar "
            "die het vso hebben verlaten zonder diploma en niet naar het mbo kunnen. Met het mbo en de "
            "gemeenten is daarom de Tussenroute ontwikkeld, die in augustus 2026 start. Ook de reistijd naar "
            "het vso voor leerlingen uit het zuiden is als lacune benoemd; hiervoor wordt met de gemeenten "
            "gesproken over een dependance van De Veenborg.")]
    b += [H1("8 Toelaatbaarheid en toewijzing"),
          H2("8.1 Het Regionaal Expertiseteam"),
          P("Alle besluiten over bovenschoolse arrangementen, toelaatbaarheid tot het vso, toelaatbaarheid "
            "tot het praktijkonderwijs en aanwijzing voor lwoo worden genomen door het Regionaal Expertiseteam "
            "(RET), namens het bestuur. Het RET bestaat uit een voorzitter, twee orthopedagogen, een "
            "GZ-psycholoog, een jeugdarts en een maatschappelijk werker."),
          H2("8.2 Aanvraag vso"),
          P("De aanvraag voor een TLV vso wordt ingediend door het bevoegd gezag van de school waar de leerling "
            "staat ingeschreven. De aanvraag bevat het OPP met de evaluaties, het groeidocument en, als de "
            "leerling eerder een bovenschools arrangement had, het eindverslag daarvan. Het RET beslist binnen "
            "vier weken na ontvangst van de volledige aanvraag. Voor het besluit brengen twee leden van het "
            "RET elk een eigen schriftelijk advies uit: een orthopedagoog of psycholoog en een tweede "
            "deskundige die past bij de problematiek van de leerling. Leden die bij de aanvraag betrokken "
            "waren, adviseren niet."),
          H2("8.3 Criteria vso"),
          P("Het RET verklaart een leerling toelaatbaar tot het vso als:"),
          OL(["de leerling ten minste een half jaar een bovenschools arrangement heeft gehad, of als "
              "onderbouwd is waarom een bovenschools arrangement niet passend is;",
              "de ondersteuningsbehoefte blijvend een combinatie vraagt van een kleine groep, specialistische "
              "begeleiding en een aangepast programma;",
              "de leerling zonder die combinatie geen ontwikkeling zal doormaken in de richting van het "
              "uitstroomprofiel in het OPP."]),
          P("De TLV wordt afgegeven voor twee jaar, of voor de resterende schoolloopbaan als de "
            "ondersteuningsbehoefte naar het oordeel van beide deskundigen blijvend is. De "
            "bekostigingscategorie is laag, tenzij sprake is van een lichamelijke beperking of langdurige "
            "ziekte (midden) of een meervoudige beperking (hoog)."),
          H2("8.4 Lwoo en praktijkonderwijs"),
          P("Veenkoloniën-Zuid hanteert de landelijke criteria voor lwoo en praktijkonderwijs. De school van "
            "aanmelding dient de aanvraag vóór 15 maart in, met de gegevens van het intelligentieonderzoek en "
            "de leerachterstanden uit het leerlingvolgsysteem van de basisschool. Voor praktijkonderwijs moet "
            "het IQ tussen 55 en 80 liggen en moet de leerling op ten minste twee domeinen, waaronder "
            "begrijpend lezen of inzichtelijk rekenen, een achterstand van drie jaar of meer hebben. Voor "
            "lwoo geldt een IQ tussen 75 en 90 met een achterstand van anderhalf tot drie jaar op ten minste "
            "twee domeinen. Het RET beslist vóór 1 mei.")]
    b += [H1("9 Terugplaatsing en overplaatsing"),
          P("Ons beleid is dat een plaatsing in het vso zo kort duurt als verantwoord is. Voor iedere "
            "vso-leerling wordt in het OPP vastgelegd of terugkeer naar het regulier onderwijs een "
            "perspectief is. Terugplaatsing vindt alleen plaats als de ontvangende school het OPP kan "
            "uitvoeren en de vso-school daarover positief adviseert. Een teruggeplaatste leerling krijgt in "
            "het eerste jaar begeleiding van een ambulant begeleider van de vso-school en een vaste coach op "
            "de nieuwe school; na een half jaar volgt een evaluatie. Als de terugkeer niet slaagt, kan de "
            "leerling zonder nieuwe aanvraag binnen de looptijd van de oude TLV terugkeren naar het vso."),
          P("Hoe de terugplaatsing stap voor stap verloopt – wie het initiatief neemt, op welke momenten wordt "
            "geëvalueerd en hoe de TLV wordt beëindigd – wordt vastgelegd in een werkinstructie die het RET "
            "in 2026-2027 samen met de vso-scholen opstelt.")]
    b += [H1("10 Kwaliteitszorg en monitoring"),
          P("Het samenwerkingsverband volgt de ondersteuning in de regio met de Monitor Passend Onderwijs "
            "VKZ. De monitor combineert gegevens van DUO, de registratie van het RET en de gegevens die de "
            "besturen jaarlijks vóór 1 december aanleveren. Elk kwartaal ontvangt het bestuur een rapportage "
            "over het aantal toelaatbaarheidsverklaringen, bovenschoolse arrangementen, thuiszitters en "
            "terugplaatsingen. Eenmaal per jaar voert de directeur-bestuurder met ieder schoolbestuur een "
            "kwaliteitsdialoog over de ontwikkeling van de cijfers en over de uitstroom van leerlingen met een "
            "OPP. De bevindingen worden verantwoord in het jaarverslag."),
          TABLE("Tabel 10.1 Bereikte aantallen 2023-2025",
                [["Indicator", "2023", "2024", "2025"],
                 ["Afgegeven TLV's vso", "312", "298", "287"],
                 ["Bovenschoolse arrangementen", "164", "181", "190"],
                 ["Thuiszitters langer dan 4 weken (peildatum 1 maart)", "38", "33", "29"],
                 ["Terugplaatsingen vso naar regulier", "11", "9", "14"]]),
          P("Welke concrete resultaten we in deze planperiode willen bereiken, stellen we vast na een "
            "nulmeting in het voorjaar van 2027. Tot die tijd gebruiken we de monitor om het gesprek te "
            "voeren, niet om af te rekenen.")]
    b += [H1("11 Financiën"),
          P("Het financieel kader van het ondersteuningsplan is opgenomen in deel B. Daarin staan het "
            "verdeelmodel, de meerjarenbegroting 2026-2030, de reservepositie en de wijze van verantwoording "
            "door de besturen. Deel B wordt in juni 2026 door het bestuur vastgesteld, na instemming van de "
            "OPR met de hoofdlijnen.")]
    b += [H1("12 Communicatie"),
          P("Het samenwerkingsverband communiceert helder en tijdig met de scholen en de partners in de regio. "
            "De scholen ontvangen maandelijks een nieuwsbrief van het RET en hebben toegang tot een digitale "
            "werkomgeving met formulieren en protocollen. Schoolleiders en ondersteuningscoördinatoren worden "
            "tweemaal per jaar uitgenodigd voor een regiobijeenkomst. Met de gemeenten en de jeugdhulp "
            "communiceren we via de vaste contactpersonen in het OOGO."),
          P("In 2026 wordt de website van het samenwerkingsverband vernieuwd. De huisstijl wordt daarbij "
            "aangepast en de documentenbibliotheek wordt opnieuw ingedeeld.")]
    b += oogo(c, 13)
    b += governance(c, 14)
    b += medezeggenschap(c, 15, met_ouders=False)
    b += personeel(c, 16)
    b += ict_privacy(c, 17)
    b += planning(c, 18, [["Juni 2026", "Vaststelling deel B", "Bestuur"],
                          ["Augustus 2026", "Start Tussenroute", "RET, mbo en gemeenten"],
                          ["2026-2027", "Werkinstructie terugplaatsing", "RET en vso-scholen"],
                          ["Voorjaar 2027", "Nulmeting en doelen", "Bureau"],
                          ["2027", "Herziening kwaliteitskaart", "Besturen"]])
    b += begrippen(19, "vo", [["RET", "Regionaal Expertiseteam."],
                              ["Kwaliteitskaart", "Document met de afspraken over basisondersteuning."]])
    meta = dict(title="Ondersteuningsplan 2026-2030 deel A Passend Onderwijs VO Veenkoloniën-Zuid",
                header="Ondersteuningsplan 2026-2030 deel A | Passend Onderwijs VO Veenkoloniën-Zuid",
                footer="VO 20-04 | deel A inhoudelijk kader")
    label = dict(
        documents=["vo-veenkolonien-op-2026.docx"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "missing"},
        criteria=dict(zip(CORE, [False, False, True, True, False, True, False, False, True, True,
                                 False, True, False, False])),
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "ch. 5 only refers to the separate Kwaliteitskaart (not part of the plan) and defers its revision to 2027; 'na de basisondersteuning' in ch. 6 and the glossary definition do not address it",
               "plaatsing": "ch. 8: RET decides, aanvraag by bevoegd gezag, dossier, 4 weeks, two separate advices; vso criteria (8.3), lwoo/pro national criteria with dates (8.4); duration and category; no bezwaar route",
               "terugstroom": "ch. 9 gives policy (aim, conditions, first-year support, fallback); the step-by-step procedure is deferred to a 2026-2027 werkinstructie; figures in Tabel 10.1",
               "financien": "ch. 11 only refers to deel B (to be adopted June 2026); no verdeelmodel or amounts in this document",
               "dekkend-aanbod": "ch. 6 continuum in three layers (schoolarrangementen, OPDC/rebound/observatie, vso); ch. 7 registration of gaps, casusoverleg, doorzettingsmacht, Tussenroute; OOGO cooperation",
               "resultaten": "ch. 10 describes monitoring (monitor, quarterly report, kwaliteitsdialoog, jaarverslag) with achieved figures; intended results deferred until after the 2027 nulmeting",
               "ouders": "no information to parents and no independent support; ch. 12 'Communicatie' covers schools and partners only; OPR described without parents; OJSP only in the glossary"})
    return "vo-veenkolonien-op-2026", meta, b, label


# ====================================================================== near miss
# A school-level "ondersteuningsplan" of one VO school: same vocabulary
# (basisondersteuning, TLV, arrangement, OPP, ouders, budget), but it is the
# school's own zorgplan for one school year, not a plan of a samenwerkingsverband.
def near_miss():
    b = [TITLE("Ondersteuningsplan schooljaar 2025-2026",
               ["Het Baken Lyceum – vmbo-tl, havo, vwo",
                "Onderdeel van het schoolplan 2023-2027",
                "Aangesloten bij Samenwerkingsverband VO Kustland"]),
         TOC([("1", "Inleiding", 2), ("2", "Onze ondersteuningsstructuur", 3),
              ("3", "Basisondersteuning op Het Baken", 5), ("4", "Extra ondersteuning en arrangementen", 7),
              ("5", "Aanvragen bij het samenwerkingsverband", 8), ("6", "Ouders en leerlingen", 9),
              ("7", "Middelen", 10), ("8", "Jaarplanning ondersteuning", 11), ("9", "Evaluatie", 12)]),
         H1("1 Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe Het Baken Lyceum in het schooljaar 2025-2026 de "
           "ondersteuning aan leerlingen organiseert. Het plan is een uitwerking van het hoofdstuk "
           "Leerlingbegeleiding uit ons schoolplan 2023-2027 en van ons schoolondersteuningsprofiel. Het is "
           "bedoeld voor docenten, mentoren, teamleiders en het ondersteuningsteam, en wordt elk jaar in juni "
           "geëvalueerd en bijgesteld. Het plan is besproken in de medezeggenschapsraad van de school."),
         P("Het Baken Lyceum heeft 1.180 leerlingen, verdeeld over vmbo-tl, havo en vwo. De school is "
           "aangesloten bij Samenwerkingsverband VO Kustland. Het samenwerkingsverband stelt een eigen "
           "ondersteuningsplan vast; dit document is het ondersteuningsplan van onze school en vervangt dat "
           "niet."),
         H1("2 Onze ondersteuningsstructuur"),
         P("De ondersteuning op Het Baken is georganiseerd in drie lijnen. De eerste lijn is de mentor, die "
           "de leerling het best kent en het eerste aanspreekpunt is voor leerling en ouders. De mentor "
           "signaleert, voert gesprekken en stemt af met de vakdocenten. De tweede lijn bestaat uit de "
           "teamleider, de zorgcoördinator en de decaan. De derde lijn is het ondersteuningsteam (OT), waarin "
           "de ondersteuningscoördinator, de orthopedagoog van de school, de schoolmaatschappelijk werker, "
           "de jeugdarts en de leerplichtambtenaar zitting hebben."),
         P("Het OT komt elke twee weken bijeen. Mentoren melden een leerling aan via het leerlingvolgsysteem, "
           "na overleg met de teamleider en met de ouders. Het OT stelt een handelingsadvies op en bepaalt "
           "wie verantwoordelijk is voor de uitvoering. Na zes weken wordt het advies geëvalueerd."),
         UL(["Mentor: signaleren, begeleiden, contact met ouders, mentorgesprekken (drie per jaar).",
             "Teamleider: coördinatie binnen de afdeling, verzuimaanpak, contact met leerplicht.",
             "Zorgcoördinator: aanmelding OT, dossiervorming, contact met externe hulpverlening.",
             "Orthopedagoog: onderzoek, advisering, begeleiding van mentoren.",
             "Decaan: loopbaanbegeleiding, profielkeuze, overstap naar mbo en hoger onderwijs."]),
         H1("3 Basisondersteuning op Het Baken"),
         P("Onze basisondersteuning sluit aan bij de afspraken van het samenwerkingsverband. Op Het Baken "
           "betekent dat: een mentoruur per week in leerjaar 1 tot en met 3, een dyslexie- en "
           "dyscalculiebeleid met faciliteiten bij toetsen, een faalangsttraining in de onderbouw, een "
           "huiswerkklas vier middagen per week, een Rots en Water-training, een time-outruimte met vaste "
           "begeleiding, en begeleiding bij plannen en organiseren door de studiecoach."),
         P("Docenten werken handelingsgericht. In de leerlingbespreking na elke periode worden leerlingen "
           "besproken die opvallen in resultaten of gedrag. Voor leerlingen die meer nodig hebben, wordt een "
           "ontwikkelingsperspectiefplan (OPP) opgesteld, in overleg met ouders en leerling."),
         H1("4 Extra ondersteuning en arrangementen"),
         P("Voor leerlingen die meer nodig hebben dan de basisondersteuning, biedt Het Baken een aantal "
           "arrangementen: de Baken-plusklas voor leerlingen met autisme (maximaal 14 leerlingen), individuele "
           "coaching door de orthopedagoog en een aangepast rooster in overleg met de teamleider. De "
           "Baken-plusklas wordt bekostigd uit het schoolbudget dat wij van het samenwerkingsverband "
           "ontvangen."),
         P("Als de arrangementen van de school niet voldoende zijn, kan de school een bovenschools "
           "arrangement aanvragen bij het samenwerkingsverband, bijvoorbeeld een tijdelijke plaatsing in het "
           "OPDC. Leerlingen die terugkeren uit het OPDC krijgen een terugkeergesprek met mentor, ouders en de "
           "ondersteuningscoördinator en worden de eerste tien weken wekelijks door de mentor gevolgd."),
         H1("5 Aanvragen bij het samenwerkingsverband"),
         P("Wanneer het OT concludeert dat een leerling is aangewezen op voortgezet speciaal onderwijs, "
           "bereidt de zorgcoördinator een aanvraag voor een toelaatbaarheidsverklaring (TLV) voor. De "
           "aanvraag wordt namens het bestuur ingediend bij het loket van het samenwerkingsverband, dat "
           "daarover beslist. De school voegt het OPP, het groeidocument en de zienswijze van ouders bij. De "
           "procedure en de criteria van het samenwerkingsverband staan in het ondersteuningsplan van "
           "SWV VO Kustland."),
         P("In schooljaar 2024-2025 heeft de school zes TLV-aanvragen ingediend; vijf daarvan zijn "
           "toegekend. Twee leerlingen zijn vanuit het vso bij ons ingestroomd."),
         H1("6 Ouders en leerlingen"),
         P("Ouders zijn partner in de begeleiding van hun kind. Zij worden betrokken bij elke stap: bij de "
           "aanmelding bij het OT, bij het opstellen van het OPP en bij een aanvraag bij het "
           "samenwerkingsverband. Ouders worden via Magister en via de mentor geïnformeerd over de "
           "ondersteuning; de schoolgids beschrijft de ondersteuningsmogelijkheden van de school."),
         P("Ouders die het niet eens zijn met de school, kunnen een klacht indienen volgens de "
           "klachtenregeling van de stichting. Zij kunnen ook terecht bij de vertrouwenspersoon van de school "
           "of bij het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
         H1("7 Middelen"),
         P("De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning. In "
           "2025-2026 bedraagt dit € 212.000. Het budget wordt als volgt ingezet:"),
         TABLE("Tabel 7.1 Inzet schoolbudget 2025-2026",
               [["Onderdeel", "Bedrag"], ["Baken-plusklas (formatie en materiaal)", "€ 118.000"],
                ["Orthopedagoog (0,5 fte)", "€ 46.000"], ["Huiswerkklas en studiecoach", "€ 28.000"],
                ["Scholing mentoren", "€ 12.000"], ["Onvoorzien", "€ 8.000"]]),
         H1("8 Jaarplanning ondersteuning"),
         TABLE("Tabel 8.1 Jaarplanning",
               [["Periode", "Activiteit"], ["September", "Kennismakingsgesprekken mentoren, screening brugklas"],
                ["Oktober", "Eerste leerlingbespreking, start faalangsttraining"],
                ["Januari", "Evaluatie OPP's, tweede leerlingbespreking"],
                ["Maart", "Voorbereiding TLV-aanvragen en overstap vso"],
                ["Juni", "Evaluatie ondersteuningsplan, overdracht naar volgend leerjaar"]]),
         H1("9 Evaluatie"),
         P("Het ondersteuningsplan wordt in juni geëvalueerd door het OT en de schoolleiding. Daarbij kijken we "
           "naar het aantal OT-besprekingen, de doorlooptijd van handelingsadviezen, de tevredenheid van "
           "mentoren en ouders en de resultaten van leerlingen met een OPP. De uitkomsten worden besproken met "
           "de medezeggenschapsraad en verwerkt in het plan voor het volgende schooljaar."),
         P("Voor schooljaar 2025-2026 zijn onze doelen: alle OPP's worden binnen zes weken na de start van "
           "het arrangement opgesteld, het verzuim in de bovenbouw havo daalt met tien procent en alle "
           "mentoren volgen de training Gesprekken met ouders."),
         ]
    meta = dict(title="Ondersteuningsplan 2025-2026 Het Baken Lyceum",
                header="Het Baken Lyceum – Ondersteuningsplan 2025-2026",
                footer="Het Baken Lyceum | ondersteuningsteam")
    label = dict(
        documents=["vo-hetbaken-schoolondersteuningsplan-2025.docx"], sector="vo", looks_like_plan=False,
        elements={}, criteria={},
        notes={"document": "school-level ondersteuningsplan of one VO school for one school year (zorgstructuur, OT, school budget, mentor lines); it refers to the ondersteuningsplan of SWV VO Kustland and has no OPR, OOGO, planperiode or verband-wide tasks"})
    return "vo-hetbaken-schoolondersteuningsplan-2025", meta, b, label


# ====================================================================== main
def main():
    jobs = [(plan1, "docx"), (plan2, "pdf"), (plan3, "pdf"), (plan4, "html"), (plan5, "docx"),
            (near_miss, "docx")]
    for fn, fmt in jobs:
        stem, meta, blocks, label = fn()
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            render_docx(meta, blocks, path)
        elif fmt == "pdf":
            render_pdf(meta, blocks, path)
        else:
            render_html(meta, blocks, path)
        assert label["documents"] == [path.name], (label["documents"], path.name)
        write_label(f"{stem}.expected.yaml", label)
        print("wrote", path.name)


if __name__ == "__main__":
    main()
