#!/usr/bin/env python3
"""Generate the holdout144 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus one <name>.expected.yaml label file per document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# block helpers: a document is a list of (kind, payload)
#   ("title", str) ("sub", str) ("h1", str) ("h2", str) ("p", str) ("ul", [str])
#   ("table", [[str]]) ("toc", None) ("pagebreak", None)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(rows):
    return ("table", rows)


def toc_entries(blocks):
    return [b[1] for b in blocks if b[0] == "h1"]


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    # fixed core properties for determinism
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    import datetime as _dt
    cp.created = _dt.datetime(2026, 3, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2026, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    toc = toc_entries(blocks)
    for kind, pay in blocks:
        if kind == "title":
            doc.add_heading(pay, level=0)
        elif kind == "sub":
            doc.add_paragraph(pay)
        elif kind == "h1":
            doc.add_heading(pay, level=1)
        elif kind == "h2":
            doc.add_heading(pay, level=2)
        elif kind == "p":
            doc.add_paragraph(pay)
        elif kind == "ul":
            for it in pay:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(pay), cols=len(pay[0]))
            t.style = "Table Grid"
            for r, row in enumerate(pay):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for i, e in enumerate(toc, 1):
                doc.add_paragraph(f"{e}")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-identical per run."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, header_text, footer_text):
    toc = toc_entries(blocks)
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(header_text)}</title>", "</head>", "<body>",
           f'<header><p class="kop">{html.escape(header_text)}</p></header>', "<main>"]
    n = 0
    for kind, pay in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(pay)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="ondertitel">{html.escape(pay)}</p>')
        elif kind == "h1":
            n += 1
            out.append(f'<h2 id="h{n}">{html.escape(pay)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{html.escape(pay)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(pay)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in pay) + "</ul>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(pay):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoud</h2><ol>' +
                       "".join(f'<li><a href="#h{i}">{html.escape(e)}</a></li>' for i, e in enumerate(toc, 1)) +
                       "</ol></nav>")
    out += ["</main>", f'<footer><p>{html.escape(footer_text)}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout144_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, pay in blocks:
        if kind in ("title", "sub", "h1", "h2", "p"):
            n += len(pay.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in pay)
        elif kind == "table":
            n += sum(len(c.split()) for row in pay for c in row)
    return n


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, criteria, advisory, notes, expected_status):
    st = status_from(criteria, advisory)
    assert st == expected_status, (name, st, expected_status)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {st[e]}" for e in ELEMENTS) + "}", "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_notplan_label(name, documents, sector, note):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:", f"  document: {q(note)}"]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def crit(true_set):
    return {c: (c in true_set) for c in CORE}


# ---------------------------------------------------------------------------
# shared filler chapters (the prose real plans carry around the legal items)
# p: dict with naam, kort, code, regio, gemeenten, periode, scholen, besturen, leerlingen
# ---------------------------------------------------------------------------


def voorwoord(p, variant=0):
    if variant == 0:
        return [
            H1("Voorwoord"),
            P(f"""Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Het is het derde
            ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014. In de afgelopen jaren is
            er veel gebeurd. Scholen hebben hun ondersteuning verder ontwikkeld, de samenwerking met gemeenten en
            jeugdhulp is hechter geworden en we hebben geleerd van wat goed ging en van wat beter kan. Tegelijk
            zien we dat de druk op het onderwijs groot is: het lerarentekort, de toename van complexe
            ondersteuningsvragen en de wachtlijsten in de jeugdhulp vragen veel van iedereen die dagelijks met
            kinderen werkt."""),
            P(f"""Dit plan is tot stand gekomen in gesprek met velen: directeuren, intern begeleiders, leraren,
            schoolbesturen, de ondersteuningsplanraad, ketenpartners en gemeenten. Wij danken iedereen die heeft
            meegedacht. Het plan beschrijft op hoofdlijnen waar we de komende vier jaar samen voor staan. Het is
            geen eindpunt; het is een kompas. Ieder jaar vertalen we het in een jaarplan en een begroting, en
            ieder jaar kijken we terug op wat het heeft opgeleverd voor kinderen, ouders en scholen."""),
            P(f"""Passend onderwijs is nooit af. Maar we zijn ervan overtuigd dat we met dit plan een stevige
            volgende stap zetten. Samen met de {p['scholen']} scholen in de {p['regio']} werken we eraan dat elk
            kind zich kan ontwikkelen, zo dicht mogelijk bij huis."""),
            P(f"""{p['directeur']}, directeur-bestuurder {p['kort']}"""),
        ]
    return [
        H1("Voorwoord"),
        P(f"""Met veel plezier presenteren wij het nieuwe ondersteuningsplan van {p['naam']}. Een plan dat we
        niet vanachter een bureau hebben geschreven, maar samen met de mensen die passend onderwijs elke dag
        vormgeven. We hebben gesproken met leerkrachten, met intern begeleiders, met ouders in de
        ondersteuningsplanraad en met de wethouders van {p['gemeenten']}. Wat we hoorden was eensgezind:
        minder papier, meer nabijheid, en vooral: snelle en deskundige hulp als een kind vastloopt."""),
        P(f"""Dit plan is bewust compact gehouden. We beschrijven de kaders en afspraken die voor alle scholen
        gelden. De uitwerking vindt plaats in de jaarplannen, in de schoolondersteuningsprofielen en in de
        handreikingen die op onze website staan. Zo blijft het plan leesbaar en houden we ruimte om bij te
        sturen wanneer de praktijk daarom vraagt."""),
        P(f"""Graag danken we iedereen die heeft bijgedragen. We kijken uit naar de samenwerking in de komende
        planperiode."""),
        P(f"""Namens het bestuur, {p['directeur']}"""),
    ]


def inleiding(p, extra=""):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"""Ieder samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. Dit
        plan geldt voor de schooljaren {p['periode']} en treedt in werking op 1 augustus {p['start']}. Het plan
        is opgesteld op basis van de wettelijke eisen en sluit aan bij de ontwikkelingen in het landelijke
        beleid, waaronder de Verbeteraanpak passend onderwijs en de Wet versterking positie ouders en
        leerlingen in het passend onderwijs. {extra}"""),
        P(f"""Het plan is als volgt opgebouwd. Na de context van ons samenwerkingsverband en onze missie en visie
        beschrijven we de ondersteuning op de scholen, de route naar extra en speciale ondersteuning en de
        afspraken over geld, kwaliteit en communicatie. Afgesloten wordt met de organisatie, de planning en
        een begrippenlijst. Waar in de tekst 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar
        'school' staat, bedoelen we elke vestiging van een aangesloten schoolbestuur."""),
    ]


def context(p, with_rates=True):
    rows = [["Kengetal", "Teldatum 1 oktober 2024", "Teldatum 1 oktober 2025"],
            ["Aantal schoolbesturen", str(p['besturen']), str(p['besturen'])],
            ["Aantal scholen (vestigingen)", str(p['scholen']), str(p['scholen'])],
            ["Aantal leerlingen basisonderwijs" if p['sector'] == 'po' else "Aantal leerlingen vo",
             p['leerlingen'][0], p['leerlingen'][1]]]
    if with_rates:
        rows += [["Deelnamepercentage sbo" if p['sector'] == 'po' else "Deelnamepercentage pro", p['rates'][0], p['rates'][1]],
                 ["Deelnamepercentage so" if p['sector'] == 'po' else "Deelnamepercentage vso", p['rates'][2], p['rates'][3]]]
    return [
        H1("Ons samenwerkingsverband"),
        H2("Regio en besturen"),
        P(f"""{p['naam']} ({p['code']}) omvat de gemeenten {p['gemeenten']}. Het is een
        {'stichting' if p.get('stichting', True) else 'vereniging'} waarin {p['besturen']} schoolbesturen
        samenwerken. Het gaat om openbare, protestants-christelijke, rooms-katholieke en algemeen bijzondere
        scholen, een aantal samenwerkingsscholen en {p['speciaal']}. De regio kent zowel stedelijke kernen als
        een uitgestrekt platteland met kleine scholen. Dat vraagt om maatwerk in de manier waarop we
        expertise dichtbij brengen."""),
        H2("Kengetallen"),
        P("""In de onderstaande tabel staan enkele kengetallen. De leerlingaantallen zijn ontleend aan de
        teldata van DUO. De leerlingenprognose laat voor de komende jaren een lichte daling zien, vooral in de
        kleinere kernen."""),
        TABLE(rows),
        P("""De daling van het aantal leerlingen heeft gevolgen voor de inkomsten van het samenwerkingsverband
        en van de schoolbesturen. In het hoofdstuk over de organisatie gaan we in op wat dat betekent voor de
        formatie van het bureau."""),
    ]


def visie(p, variant=0, ouders=True):
    om = " en de samenwerking met ouders en ketenpartners te versterken" if ouders else " en de samenwerking met ketenpartners te versterken"
    os_ = (" Ouders zijn daarbij ervaringsdeskundigen en partners. Wij willen dat zij zich gehoord voelen."
           if ouders else "")
    blocks = [
        H1("Missie, visie en ambities"),
        H2("Missie"),
        P(f"""{p['kort']} zorgt er samen met de aangesloten besturen voor dat ieder kind in de regio onderwijs
        krijgt dat past bij zijn of haar mogelijkheden, zo thuisnabij en zo regulier als mogelijk. We doen dat
        door expertise te bundelen, middelen doelmatig in te zetten{om}."""),
        H2("Visie"),
        P("""Wij geloven dat ieder kind zich wil ontwikkelen en dat ieder kind ergens goed in is. De leerkracht
        maakt het verschil. Een leerkracht die zich gesteund voelt door een deskundig team, door een
        betrokken intern begeleider en door snelle hulp van buiten de school, kan het verschil maken voor een
        kind dat vastloopt. Daarom investeren we in de kracht van de leerkracht en het team."""),
        P(f"""We kijken naar wat een kind nodig heeft, niet naar wat een kind 'heeft'. Diagnoses en labels zijn
        niet leidend; de onderwijsbehoefte is het vertrekpunt. We werken handelingsgericht, met oog voor de
        context van het kind: de klas, de school, het gezin en de buurt.{os_}"""),
        H2("Ambities voor de planperiode"),
        P("""In de gesprekken ter voorbereiding van dit plan zijn vier ambities naar voren gekomen. Ze geven
        richting aan het jaarplan en aan de inzet van mensen en middelen."""),
        UL("Ambitie 1 – Sterke basis: elke school heeft de ondersteuning op orde en weet wanneer en hoe zij hulp inschakelt.",
           "Ambitie 2 – Snel en dichtbij: hulp is er op het moment dat het nodig is, zonder lange wachttijden.",
           "Ambitie 3 – Samen met de ketenpartners: onderwijs en jeugdhulp trekken samen op rond kind en gezin.",
           "Ambitie 4 – Lerende organisatie: we delen kennis en leren van resultaten."),
    ]
    if variant == 1:
        blocks.append(P("""Deze ambities zijn bewust breed geformuleerd. Zij geven de richting aan; de
        concrete uitwerking vindt plaats in de jaarplannen van het samenwerkingsverband."""))
    return blocks


def governance(p):
    return [
        H1("Organisatie en governance"),
        H2("Juridische vorm en bestuur"),
        P(f"""{p['naam']} is een stichting. De statuten zijn voor het laatst gewijzigd in 2022 om te voldoen aan
        de Wet bestuur en toezicht rechtspersonen (WBTR). De stichting kent een scheiding tussen bestuur en
        intern toezicht. De directeur-bestuurder is belast met het bestuur van de stichting en legt
        verantwoording af aan de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie
        op voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden."""),
        P("""Daarnaast kent de stichting een algemene vergadering van aangesloten besturen (het
        bestuurlijk overleg). Dit overleg komt vier keer per jaar bijeen en adviseert over het jaarplan, de
        begroting en belangrijke beleidswijzigingen. Het bestuurlijk overleg is ook het platform waar de
        besturen elkaar informeren over ontwikkelingen binnen hun eigen organisatie."""),
        H2("Het bureau"),
        P(f"""Het bureau van het samenwerkingsverband is gevestigd in {p['vestiging']}. Er werken een
        directeur-bestuurder, een beleidsmedewerker, een controller (gedetacheerd), een office manager en een
        team van onderwijsadviseurs en orthopedagogen. De medewerkers van het bureau werken nauw samen met de
        intern begeleiders en directeuren van de scholen."""),
        H2("Medezeggenschap van het personeel"),
        P("""Het personeel van het bureau heeft een eigen medezeggenschapsraad (MR) van drie leden. Deze MR heeft
        de bevoegdheden die de Wet medezeggenschap op scholen toekent aan een personeelsgeleding."""),
    ]


def opr(p, with_parents=True):
    if with_parents:
        return [
            H1("Ondersteuningsplanraad"),
            P(f"""De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden,
            afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht
            op het ondersteuningsplan en op wijzigingen daarvan. De OPR heeft op {p['opr_datum']} ingestemd met
            dit plan. De OPR vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder en één keer
            met de raad van toezicht. Leden van de OPR ontvangen jaarlijks een scholing over hun rol."""),
            P("""De ouders in de OPR brengen het perspectief van gezinnen in; zij houden contact met hun
            achterban via de medezeggenschapsraden van de scholen. Het bureau ondersteunt de OPR met een
            ambtelijk secretaris."""),
        ]
    return [
        H1("Ondersteuningsplanraad"),
        P(f"""De ondersteuningsplanraad (OPR) telt tien leden, afgevaardigd door de medezeggenschapsraden van de
        aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR heeft op
        {p['opr_datum']} ingestemd met dit plan. Het reglement van de OPR is te vinden op de website van het
        samenwerkingsverband. De raad wordt ondersteund door een ambtelijk secretaris."""),
    ]


def personeel(p):
    return [
        H1("Personeel en professionalisering"),
        P("""De kwaliteit van passend onderwijs staat of valt met de mensen die het uitvoeren. Het lerarentekort
        raakt ook onze regio. Vacatures voor intern begeleiders en specialisten zijn moeilijk te vervullen en
        in het speciaal (basis)onderwijs werken steeds vaker onbevoegde krachten. Het samenwerkingsverband
        kan het lerarentekort niet oplossen, maar wel bijdragen aan het behoud van deskundigheid."""),
        P("""In de planperiode organiseren we jaarlijks een netwerk voor intern begeleiders, een leergang
        'gedrag in de klas' en een studiedag voor alle scholen. De orthopedagogen van het bureau verzorgen
        een deel van deze scholing. Daarnaast stimuleren we dat leraren
        uit het speciaal (basis)onderwijs en het reguliere onderwijs bij elkaar in de klas kijken."""),
        P("""Het bureau zelf heeft een formatie van ongeveer 14 fte. Bij een verdere daling van de inkomsten
        wordt de formatie van het bureau niet uitgebreid. Nieuwe taken vangen we zoveel mogelijk op binnen
        de bestaande formatie. De gesprekscyclus en het professionaliseringsbeleid van de
        bureaumedewerkers zijn vastgelegd in het personeelsbeleid van de stichting."""),
    ]


def ict_privacy(p):
    return [
        H1("ICT, gegevens en privacy"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor
        arrangementen en toelaatbaarheidsverklaringen. Dat doen we zorgvuldig en volgens de Algemene
        verordening gegevensbescherming (AVG). Aanvragen worden digitaal ingediend via een beveiligde
        omgeving. Alleen medewerkers die betrokken zijn bij de behandeling hebben toegang tot het dossier.
        Gegevens worden niet langer bewaard dan nodig: dossiers van toelaatbaarheid bewaren we tot drie jaar
        na het besluit."""),
        P("""Het samenwerkingsverband heeft een functionaris gegevensbescherming (FG), gedeeld met enkele
        andere samenwerkingsverbanden in de provincie. Datalekken worden gemeld bij de FG en waar nodig bij
        de Autoriteit Persoonsgegevens. In de planperiode vervangen we het huidige registratiesysteem door
        een nieuw systeem dat beter aansluit bij de administraties van de scholen."""),
    ]


def planning(p, verslag=True):
    s = int(p['start'])
    vs = "Het jaarverslag verschijnt voor 1 juli van het volgende jaar. " if verslag else ""
    return [
        H1("Planning en beleidscyclus"),
        P(f"""Het ondersteuningsplan wordt jaarlijks vertaald naar een jaarplan met een jaarbegroting. Het
        jaarplan wordt voor 1 november vastgesteld door het bestuur, na advies van het bestuurlijk overleg.
        {vs}Halverwege de planperiode, in het
        voorjaar van {s + 2}, houden we een tussenevaluatie met scholen, OPR en gemeenten."""),
        TABLE([["Moment", "Activiteit"],
               [f"najaar {s}", "jaarplan en begroting vastgesteld"],
               [f"voorjaar {s + 1}", "bijeenkomst met de OPR over de voortgang"],
               [f"voorjaar {s + 2}", "tussenevaluatie ondersteuningsplan"],
               [f"najaar {s + 3}", "start voorbereiding nieuw ondersteuningsplan"],
               [f"voor 1 mei {s + 4}", "nieuw ondersteuningsplan naar de inspectie"]]),
    ]


def totstandkoming(p, oogo_substantive=True):
    blocks = [
        H1("Totstandkoming van dit plan"),
        P(f"""Het concept van dit plan is besproken met de directeuren en intern begeleiders in
        regiobijeenkomsten in het najaar van {int(p['start']) - 1}. Het bestuurlijk overleg heeft het concept
        op {p['bo_datum']} besproken. Het op overeenstemming gericht overleg (OOGO) met de gemeenten
        {p['gemeenten']} vond plaats op {p['oogo_datum']}. Het overleg met het aangrenzende
        samenwerkingsverband {'VO' if p['sector'] == 'po' else 'PO'} is gevoerd op {p['vo_datum']}. De OPR
        heeft op {p['opr_datum']} ingestemd. Het bestuur heeft het plan daarna op {p['vast_datum']} vastgesteld.
        Het plan is voor 1 mei {p['start']} aan de inspectie van het onderwijs toegezonden."""),
    ]
    if oogo_substantive:
        blocks.append(P("""In het OOGO zijn afspraken gemaakt over de inzet van jeugdhulp op school, de aanpak
        van verzuim, het leerlingenvervoer en de onderwijshuisvesting. De gemeenten en het
        samenwerkingsverband hebben een gezamenlijke agenda opgesteld, die twee keer per jaar in het
        bestuurlijk overleg onderwijs-jeugd wordt besproken."""))
    return blocks


def begrippen(entries):
    return [H1("Begrippenlijst"), TABLE([["Begrip", "Betekenis"]] + [list(e) for e in entries])]


GLOSSARY_PO = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
    ("Arrangement", "Een op maat gemaakt pakket van extra ondersteuning voor een leerling of groep."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor ieder kind een passende plek is."),
    ("OPP", "Ontwikkelingsperspectiefplan: beschrijft het verwachte uitstroomniveau en de ondersteuning."),
    ("OPR", "Ondersteuningsplanraad: medezeggenschapsorgaan van het samenwerkingsverband."),
    ("OOGO", "Op overeenstemming gericht overleg met de gemeenten."),
    ("SOP", "Schoolondersteuningsprofiel: beschrijft de ondersteuning die een school biedt."),
    ("TLV", "Toelaatbaarheidsverklaring: besluit dat een leerling toelaatbaar is tot sbo of so."),
    ("Terugplaatsing", "De overstap van een leerling uit het sbo of so naar het regulier basisonderwijs."),
    ("Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat."),
    ("Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over scholen en besturen."),
    ("Meerjarenbegroting", "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen over passend onderwijs."),
    ("Onderwijsconsulent", "Onafhankelijk adviseur die ouders en scholen kosteloos helpt bij vastgelopen situaties."),
    ("Zorgplicht", "De plicht van het schoolbestuur om een passende onderwijsplek te bieden of te vinden."),
]


def kennisdeling(p):
    return [
        H1("Kennisdeling en netwerken"),
        P(f"""Kennis over passend onderwijs zit verspreid over veel mensen in de regio: bij leerkrachten en
        intern begeleiders, bij de medewerkers van het speciaal (basis)onderwijs en bij de adviseurs van het
        bureau. {p['kort']} wil die kennis beter benutten. Daarom organiseren we drie keer per jaar een
        netwerkbijeenkomst voor intern begeleiders, waarin een thema centraal staat, zoals executieve
        functies, het jonge kind, gedrag in de klas of de samenwerking met het jeugdteam. De bijeenkomsten
        worden voorbereid door een werkgroep van intern begeleiders."""),
        P("""Daarnaast is er een directeurennetwerk dat twee keer per jaar bijeenkomt. Directeuren wisselen
        daar ervaringen uit over de organisatie van de ondersteuning in hun school en over thema's als
        lerarentekort, werkdruk en de samenwerking met ketenpartners. Het bureau verzorgt de
        verslaglegging en zorgt ervoor dat vragen uit de netwerken worden meegenomen in het beleid."""),
        P("""We stimuleren ook dat scholen bij elkaar op bezoek gaan. Een school die goede ervaringen heeft
        met een bepaalde aanpak, kan andere scholen uitnodigen om te komen kijken. Het bureau houdt een
        overzicht bij van zulke 'kijkscholen'. Tot slot werken we samen met de pabo en de lerarenopleidingen
        in de regio: studenten lopen stage in het speciaal (basis)onderwijs en in reguliere scholen, en
        docenten van de opleidingen nemen deel aan de netwerkbijeenkomsten."""),
    ]


def communicatie_scholen(p):
    return [
        H1("Communicatie met scholen en besturen"),
        P(f"""Het bureau van {p['kort']} informeert de scholen via een digitale nieuwsbrief die zes keer per jaar
        verschijnt. Daarin staan actuele ontwikkelingen, wijzigingen in procedures en data van bijeenkomsten.
        Directeuren en intern begeleiders ontvangen de nieuwsbrief automatisch; andere teamleden kunnen zich
        aanmelden. Op de website staat een deel voor professionals met formulieren en handreikingen."""),
        P("""De besturen worden geïnformeerd via het bestuurlijk overleg en via een kwartaalrapportage van de
        directeur-bestuurder. De gemeenten ontvangen twee keer per jaar een overzicht van de ontwikkelingen
        die voor hen van belang zijn."""),
    ]


# ===========================================================================
# Plan A – PO, .docx, long and mostly well written
# basis P, plaatsing P, terugstroom partial (procedure only, inside TLV chapter), financien P
# ("Geld en middelen"), dekkend P, resultaten partial (doelen only, monitoring deferred),
# ouders P (inside "Communicatie")
# ===========================================================================
PA = dict(naam="Samenwerkingsverband Passend Onderwijs De Waterlinie", kort="SWV De Waterlinie",
          code="PO 26-14", regio="regio Waterlinie", gemeenten="Lingewaarde, Molenstede en Hagestein",
          periode="2026-2030", start="2026", scholen=58, besturen=9, leerlingen=("11.412", "11.206"),
          rates=("1,9%", "1,8%", "1,6%", "1,7%"), sector="po", directeur="Marieke van Doorn",
          vestiging="Molenstede", speciaal="twee scholen voor speciaal basisonderwijs en drie so-locaties (cluster 3 en 4)",
          opr_datum="18 februari 2026", bo_datum="21 januari 2026", oogo_datum="27 januari 2026",
          vo_datum="3 februari 2026", vast_datum="11 maart 2026")


def plan_a():
    p = PA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['naam']} ({p['code']}) – Samen sterk voor elk kind"),
         ("sub", "Vastgesteld door het bestuur op 11 maart 2026, na instemming van de ondersteuningsplanraad"),
         ("toc", None), ("pagebreak", None)]
    b += voorwoord(p, 0)
    b += inleiding(p)
    b += context(p)
    b += visie(p)
    b += [
        H1("Basisondersteuning: wat elke school biedt"),
        P("""Basisondersteuning is de ondersteuning die iedere school van De Waterlinie biedt aan ieder kind,
        zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in 2025
        samen een gezamenlijke standaard vastgesteld: de Waterliniestandaard. Deze standaard is de
        ondergrens; iedere vestiging van ieder aangesloten bestuur moet hieraan voldoen. Een school mag meer
        bieden, minder niet. Wat een school boven de standaard biedt, staat in haar schoolgids en
        schoolondersteuningsprofiel."""),
        P("""De Waterliniestandaard bestaat uit tien onderdelen. Ouders kunnen op elke school van het
        samenwerkingsverband het volgende verwachten:"""),
        UL("Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert en het aanspreekpunt is voor leerkrachten en ouders.",
           "Een ondersteuningsstructuur met minimaal drie groepsbesprekingen per jaar en een leerlingbespreking wanneer een kind onvoldoende profiteert van de aanpak in de groep.",
           "Werken met het protocol Leesproblemen en Dyslexie en het protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief vroegtijdige signalering vanaf groep 2 en extra instructie in kleine groepjes.",
           "Een aanbod voor sociaal-emotionele ontwikkeling met een erkende methode en een jaarlijkse monitor van het welbevinden, met een anti-pestcoördinator.",
           "Een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de eigen groep, met een signaleringsinstrument voor (hoog)begaafdheid.",
           "Ondersteuning bij taalachterstand en NT2 in de eigen groep, met een doorgaande leerlijn woordenschat.",
           "Een school-ondersteuningsteam (SOT) dat ten minste vier keer per jaar bijeenkomt, met de intern begeleider, de schoolcontactpersoon van het samenwerkingsverband en, waar nodig, het jeugdteam van de gemeente.",
           "Afspraken over medische handelingen en een protocol medisch handelen dat jaarlijks met het team wordt besproken.",
           "Een ontwikkelingsperspectiefplan (OPP) voor kinderen die op een of meer vakgebieden een eigen leerlijn volgen, opgesteld in overleg met ouders.",
           "Een fysiek toegankelijk gebouw of, waar dat niet kan, een afspraak met een nabije school van hetzelfde bestuur."),
        P("""Voor deze basisondersteuning ontvangen de besturen middelen van het samenwerkingsverband (zie het
        hoofdstuk Geld en middelen). De standaard is een gezamenlijke afspraak; het schoolbestuur is
        verantwoordelijk voor de uitvoering op zijn scholen."""),
        H2("Hoe we de basisondersteuning bewaken"),
        P("""Iedere school vult jaarlijks in het voorjaar de kwaliteitskaart basisondersteuning in. De
        schoolcontactpersoon bespreekt de uitkomst met de directeur en de intern begeleider. Voldoet een
        school op een of meer onderdelen niet aan de standaard, dan maakt het bestuur binnen drie maanden
        een verbeterplan en volgt het samenwerkingsverband dit plan tot de school weer aan de standaard
        voldoet. De uitkomsten per bestuur worden jaarlijks in het bestuurlijk overleg besproken."""),
        H1("Extra ondersteuning en een dekkend aanbod"),
        H2("Het ondersteuningscontinuüm"),
        P("""Wanneer de basisondersteuning niet voldoende is, kan een school extra ondersteuning inzetten. We
        onderscheiden vier lagen, die samen het aanbod van De Waterlinie vormen:"""),
        TABLE([["Laag", "Wat", "Hoe te verkrijgen"],
               ["1. Basisondersteuning", "Waterliniestandaard op iedere school", "Geen aanvraag; school zet zelf in"],
               ["2. Extra ondersteuning in de school", "Schoolarrangement: extra handen, specialist in de klas, individuele begeleiding", "School bespreekt in het SOT; inzet uit het schoolbudget"],
               ["3. Bovenschoolse arrangementen", "Plusklas (bovenbouw), taalklas voor nieuwkomers in Molenstede, observatiegroep De Brug (maximaal 12 weken), ambulante begeleiding gedrag", "Aanvraag bij het Loket van het SWV; besluit binnen 4 weken"],
               ["4. Speciaal onderwijs", "Sbo De Regenboog en sbo Het Anker; so-locaties cluster 3 (ZML) en cluster 4", "Toelaatbaarheidsverklaring (zie hoofdstuk Toelaatbaarheid)"]]),
        P("""Ook het onderwijs-zorgarrangement Samen op Koers hoort bij laag 3: een kleine groep van acht
        kinderen met een intensieve behoefte aan zowel onderwijs als jeugdhulp, die op een reguliere
        school in Hagestein les krijgen met een pedagogisch medewerker van de jeugdhulpaanbieder in de
        groep. De gemeenten financieren het jeugdhulpdeel, het samenwerkingsverband het onderwijsdeel."""),
        H2("Geen kind tussen wal en schip"),
        P("""Een dekkend aanbod betekent dat er voor ieder kind een plek is. Om te weten waar het aanbod
        tekortschiet, voert het bureau elk jaar in oktober een analyse uit: welke aanvragen konden we niet
        of niet op tijd honoreren, hoeveel kinderen staan op een wachtlijst voor sbo of so, en welke
        kinderen zitten thuis? De uitkomsten bespreken we in het bestuurlijk overleg; het bestuur besluit
        vervolgens over uitbreiding of aanpassing van het aanbod. Zo is in 2024 de observatiegroep De Brug
        gestart omdat de analyse liet zien dat jonge kinderen met gedragsproblemen te lang zonder passende
        plek zaten."""),
        P("""Voor thuiszitters hanteren we een vaste route. Een school meldt een kind dat langer dan vier weken
        (deels) thuiszit bij het Loket. Binnen twee weken organiseert de trajectbegeleider van het
        samenwerkingsverband een overleg met school, ouders, leerplicht en jeugdhulp. Als dat niet binnen
        zes weken tot een plek leidt, schakelt de directeur-bestuurder de thuiszitterstafel in: een
        overleg van de betrokken bestuurders en de wethouder, dat doorzettingsmacht heeft. Elk schoolbestuur
        behoudt zijn zorgplicht; het samenwerkingsverband ondersteunt bij het vinden van een plek wanneer
        de eigen school die niet kan bieden."""),
        H1("Toelaatbaarheid tot sbo en so"),
        H2("De aanvraag"),
        P("""Het schoolbestuur van de school waar het kind staat ingeschreven vraagt de
        toelaatbaarheidsverklaring (TLV) aan bij het Loket van het samenwerkingsverband. Bij de aanvraag
        horen het groeidocument met het OPP, het verslag van het multidisciplinair overleg (MDO) en de
        zienswijze van ouders. Ouders ondertekenen de aanvraag; als zij het niet eens zijn met de aanvraag
        nemen we hun zienswijze volledig op in het dossier."""),
        P("""Het Loket controleert binnen vijf werkdagen of het dossier compleet is. Daarna vragen we advies aan
        twee deskundigen: een orthopedagoog of psycholoog van het samenwerkingsverband die niet eerder bij
        het kind betrokken was, en een tweede deskundige die past bij de vraag van het kind, bijvoorbeeld
        een kinderpsychiater, maatschappelijk werker of arts. Beide deskundigen brengen ieder een eigen
        schriftelijk advies uit. De Commissie van Toelaatbaarheid (CvT), die namens de directeur-bestuurder
        besluit, neemt binnen zes weken na ontvangst van het complete dossier een besluit. Ouders en school
        ontvangen het besluit en een kopie van beide adviezen."""),
        H2("Wanneer is een kind toelaatbaar?"),
        P("""De commissie geeft een TLV sbo af wanneer aan de volgende voorwaarden is voldaan:"""),
        UL("de school heeft de basisondersteuning en ten minste één extra arrangement gedurende minimaal een half jaar planmatig ingezet en geëvalueerd;",
           "het kind heeft een ondersteuningsbehoefte op meer dan één gebied (leren, gedrag, werkhouding of sociaal-emotioneel), die in de reguliere groep ook met extra ondersteuning niet kan worden beantwoord;",
           "het kind heeft een kleinere groep en een specifieke, voor het sbo kenmerkende aanpak nodig om tot ontwikkeling te komen."),
        P("""Een TLV so wordt afgegeven wanneer daarnaast sprake is van een intensieve, langdurige
        ondersteuningsbehoefte die het sbo niet kan bieden, bijvoorbeeld vanwege een zeer laag
        ontwikkelingsperspectief (cluster 3) of ernstige gedragsproblematiek die een behandelcomponent in
        het onderwijs vereist (cluster 4). Bij crisis of een veiligheidsrisico kan de commissie met
        spoed, binnen tien werkdagen, een tijdelijke TLV afgeven."""),
        H2("Duur en categorie"),
        P("""Een TLV sbo geven we in de regel af tot het einde van de basisschoolperiode. Een TLV so geven
        we af voor twee schooljaren, of korter als de deskundigen dat adviseren. Voor het so stelt de
        commissie de bekostigingscategorie vast: laag, midden of hoog. Categorie midden en hoog worden
        alleen toegekend op advies van een arts of gedragswetenschapper met expertise in de betreffende
        beperking."""),
        H2("Afloop van de TLV"),
        P("""Uiterlijk zes maanden voor het einde van een TLV bespreekt de sbo- of so-school in de
        OPP-evaluatie met ouders en de schoolcontactpersoon van het samenwerkingsverband of het kind kan
        terugkeren naar een basisschool. De speciale school stelt daarvoor een advies op. Is terugkeer aan
        de orde, dan neemt de speciale school contact op met de basisschool van voorkeur van de ouders;
        die basisschool onderzoekt binnen zes weken of zij het kind kan plaatsen. Is verlenging nodig, dan
        vraagt het bestuur van de speciale school een nieuwe TLV aan volgens de procedure hierboven. De
        commissie besluit; zonder besluit eindigt de TLV op 31 juli van het laatste schooljaar."""),
        P("""Ons beleid rond terugplaatsing, waaronder de vraag welke begeleiding een kind na de overstap
        krijgt, nemen we in de eerste helft van de planperiode onder de loep."""),
        H2("Bezwaar"),
        P("""Ouders en schoolbesturen die het niet eens zijn met een besluit over toelaatbaarheid, kunnen
        binnen zes weken bezwaar maken bij het samenwerkingsverband. Wij vragen advies aan de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) van Onderwijsgeschillen voordat de
        directeur-bestuurder op het bezwaar beslist."""),
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P("""Onderwijs en jeugdhulp hebben elkaar nodig. Met de drie gemeenten hebben we afgesproken dat op
        iedere school een vaste contactpersoon van het lokale jeugdteam beschikbaar is, die aanschuift bij
        het SOT. Voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, zijn de onderwijs-
        zorgarrangementen (zoals Samen op Koers) gezamenlijk ontwikkeld. De gemeenten en het
        samenwerkingsverband bespreken twee keer per jaar de voortgang in het bestuurlijk overleg
        onderwijs-jeugd."""),
        P("""Thema's voor de komende jaren zijn de aansluiting voorschool-basisschool, de overstap naar het
        voortgezet onderwijs, het leerlingenvervoer naar sbo en so en de huisvesting van de taalklas."""),
        H1("Geld en middelen"),
        H2("Inkomsten"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na
        aftrek van de afdrachten aan het so (via DUO) en de overdracht aan het sbo resteert het budget dat het
        samenwerkingsverband verdeelt. De verevening is sinds 2021 afgerond."""),
        H2("Verdeling"),
        P("""De besturen ontvangen een schoolbudget van € 145 per leerling (teldatum 1 oktober voorafgaand aan
        het schooljaar), aangevuld met een vaste voet van € 4.000 per vestiging om kleine scholen te
        ontzien. Het schoolbudget is bestemd voor de Waterliniestandaard en voor extra ondersteuning in de
        school (laag 2). De bovenschoolse arrangementen (laag 3) betaalt het samenwerkingsverband
        rechtstreeks; scholen vragen ze aan bij het Loket. Het bestuur stelt het bedrag per leerling
        jaarlijks vast bij de begroting. Besturen verantwoorden de besteding van het schoolbudget jaarlijks
        in een format dat in het bestuurlijk overleg is afgesproken; het samenwerkingsverband bespreekt deze
        verantwoording met ieder bestuur."""),
        H2("Meerjarenbegroting"),
        TABLE([["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsbudget (na afdrachten)", "6.840", "6.760", "6.690", "6.610"],
               ["Schoolbudgetten besturen", "1.860", "1.830", "1.810", "1.790"],
               ["Bovenschoolse arrangementen (laag 3)", "1.420", "1.440", "1.440", "1.440"],
               ["Overdracht sbo (boven 2%)", "2.350", "2.330", "2.300", "2.270"],
               ["Onderwijs-zorgarrangement Samen op Koers", "310", "320", "320", "320"],
               ["Loket, CvT en trajectbegeleiding", "540", "540", "540", "540"],
               ["Bureau en overhead", "520", "520", "510", "500"],
               ["Resultaat", "-160", "-220", "-230", "-250"]]),
        P("""De negatieve resultaten zijn bewust begroot: daarmee bouwen we de reserve af die in de vorige
        planperiode boven de signaleringswaarde uitkwam. Eind 2029 verwachten we een weerstandsvermogen van
        circa 6%, binnen de bandbreedte die het bestuur heeft vastgesteld."""),
        H1("Doelen voor 2026-2030"),
        P("""Voor de planperiode hebben we de volgende beoogde resultaten voor kinderen met een
        ondersteuningsbehoefte vastgesteld:"""),
        TABLE([["Doel", "Streefwaarde 2030"],
               ["Alle scholen voldoen aan de Waterliniestandaard", "100% van de vestigingen"],
               ["Kinderen wachten niet op een plek in sbo of so", "wachttijd na TLV maximaal 6 weken"],
               ["Minder kinderen thuis zonder onderwijs", "geen kind langer dan 3 maanden thuis"],
               ["Kinderen in observatiegroep De Brug stromen door naar een passende plek", "90% binnen 12 weken"],
               ["Ouders zijn tevreden over de route naar extra ondersteuning", "rapportcijfer 7,5 of hoger"]]),
        P("""Hoe we de voortgang op deze doelen meten en erover rapporteren, werken we in het eerste
        planjaar uit in een monitor- en kwaliteitskader. Dit kader leggen we in de loop van 2027 ter
        instemming voor aan de OPR."""),
        H1("Communicatie"),
        P("""Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met scholen via de
        nieuwsbrief voor intern begeleiders en directeuren en via het netwerk van schoolcontactpersonen."""),
        P("""Ouders informeren we op meerdere manieren. Op de website staat per school wat de school biedt
        (schoolgids en schoolondersteuningsprofiel) en een uitleg van de Waterliniestandaard in gewone taal.
        Iedere school deelt bij aanmelding de folder 'Extra hulp voor uw kind? Zo werkt het' uit, die
        beschikbaar is in het Nederlands, Engels, Pools, Arabisch en Turks. Twee keer per jaar organiseren
        we een informatieavond voor ouders over de route naar extra ondersteuning en sbo/so. Ouders kunnen
        met vragen ook rechtstreeks bellen of mailen met het Loket."""),
        P("""Soms lopen ouders vast of zijn zij het niet eens met school of met het samenwerkingsverband. Zij
        kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Waterlinie, dat onafhankelijk van de scholen
        en het samenwerkingsverband werkt en gratis advies en begeleiding geeft (ook bij gesprekken op
        school). Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Klachten
        over het samenwerkingsverband kunnen worden ingediend bij de landelijke klachtencommissie van
        Onderwijsgeschillen; geschillen over toelating, verwijdering of het OPP bij de Geschillencommissie
        passend onderwijs."""),
    ]
    b += opr(p, True)
    b += governance(p)
    b += personeel(p)
    b += ict_privacy(p)
    b += totstandkoming(p, True)
    b += planning(p, verslag=False)
    b += begrippen(GLOSSARY_PO)
    return b


def label_a(docs):
    c = crit({"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie",
              "ouders.steunpunt"})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H 'Basisondersteuning: wat elke school biedt': Waterliniestandaard as floor for every vestiging + 10-item list; kwaliteitskaart/verbeterplan = borging.",
        "plaatsing": "H 'Toelaatbaarheid tot sbo en so': aanvraag by bestuur, Loket, two deskundigen, CvT within 6 weeks, sbo/so criteria list, duur/categorie, bezwaar via LBT.",
        "terugstroom": "Only inside TLV chapter, subsection 'Afloop van de TLV': steps/actors/moments given (procedure); policy on aims/conditions/support after return is deferred ('nemen we ... onder de loep').",
        "financien": "H 'Geld en middelen': EUR 145 per leerling + vaste voet (verdeling), meerjarenbegroting table 2026-2029 (besteding), reserve afbouw, verantwoording by besturen.",
        "dekkend-aanbod": "H 'Extra ondersteuning en een dekkend aanbod': 4-layer continuum table; yearly gap analysis, thuiszitters route and thuiszitterstafel (lacunes).",
        "resultaten": "H 'Doelen voor 2026-2030' gives targets with streefwaarden, but measuring/reporting is deferred to a monitor- en kwaliteitskader 'in de loop van 2027'; planning chapter has no results monitoring.",
        "ouders": "Under 'Communicatie': website, folder in 5 languages, info evenings (informatie); Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/GPO (steunpunt).",
    }
    expected = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"}
    write_label("po-waterlinie-2026-2030", docs, "po", c, adv, notes, expected)


def landelijk(p):
    return [
        H1("Landelijke ontwikkelingen"),
        P("""Sinds de evaluatie van passend onderwijs in 2020 werken het ministerie, de sectorraden en de
        samenwerkingsverbanden aan de Verbeteraanpak passend onderwijs. Daarin staan maatregelen over
        onder meer de rol van ouders, de inzet van middelen, de aansluiting tussen onderwijs en zorg en het
        terugdringen van thuiszitten. Een aantal maatregelen raakt direct aan dit plan, zoals de afbouw van
        bovenmatige reserves, de komst van een ouder- en jeugdsteunpunt in ieder samenwerkingsverband en de
        landelijke norm voor basisondersteuning."""),
        P("""De Wet versterking positie ouders en leerlingen in het passend onderwijs verankert het hoorrecht
        van leerlingen bij het ontwikkelingsperspectief en verplaatst de informatie over de ondersteuning van
        het schoolondersteuningsprofiel naar de schoolgids. Voor het samenwerkingsverband betekent dit dat
        we onze afspraken over de schoolondersteuningsprofielen herzien. Het is nog niet duidelijk
        wanneer de landelijke norm voor basisondersteuning wettelijk wordt vastgelegd; we volgen de
        ontwikkelingen nauwgezet en passen onze afspraken aan zodra dat nodig is."""),
        P("""Tot slot noemen we de ontwikkeling naar inclusiever onderwijs, zoals die in de landelijke
        visie op passend onderwijs 2035 wordt geschetst. Inclusief onderwijs vraagt dat het reguliere en het
        speciaal (basis)onderwijs nauwer gaan samenwerken, bijvoorbeeld in gezamenlijke voorzieningen op één
        locatie. Wij zien daar kansen voor onze regio, maar beseffen ook dat het een ontwikkeling van de
        lange adem is. Het is een onderwerp dat we in de planperiode met de besturen verder zullen
        verkennen."""),
    ]


# ===========================================================================
# Plan B – PO, .pdf, "op hoofdlijnen"
# basis partial (niveau yes, content only in absent bijlage 2), plaatsing missing (website
# referral), terugstroom missing, financien partial (verdeling only), dekkend P, resultaten missing,
# ouders partial (informatie only; steunpunt deferred)
# ===========================================================================
PB = dict(naam="Samenwerkingsverband Primair Onderwijs Kempen-Oost", kort="SWV Kempen-Oost",
          code="PO 30-07", regio="Oostelijke Kempen", gemeenten="Bergeijk-Oost, Someren-Heide en Asten-Vlier",
          periode="2026-2030", start="2026", scholen=41, besturen=6, leerlingen=("7.985", "7.870"),
          rates=("", "", "", ""), sector="po", directeur="Joost Verhoeven", vestiging="Someren-Heide",
          speciaal="één school voor speciaal basisonderwijs en twee so-scholen",
          opr_datum="10 maart 2026", bo_datum="5 februari 2026", oogo_datum="12 februari 2026",
          vo_datum="19 februari 2026", vast_datum="24 maart 2026")


def plan_b():
    p = PB
    b = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen"),
         ("sub", f"{p['naam']} ({p['code']})"),
         ("sub", "Elk kind een plek – dichtbij waar het kan, speciaal waar het moet"),
         ("toc", None), ("pagebreak", None)]
    b += voorwoord(p, 1)
    b += inleiding(p, "Dit plan is een beleidsplan op hoofdlijnen; de uitwerking staat in de jaarplannen en in de handreikingen op onze website.")
    b += context(p, with_rates=False)
    b += visie(p)[:6]
    b += landelijk(p)
    b += [
        H1("Basisondersteuning"),
        P("""Alle scholen van Kempen-Oost bieden ten minste het afgesproken niveau van basisondersteuning. Dat
        niveau is voor alle vestigingen van alle aangesloten besturen gelijk en is vastgelegd in de Kempense
        kwaliteitskaart basisondersteuning, die het bestuur in juni 2024 heeft vastgesteld. Een school die
        meer biedt dan de kwaliteitskaart, beschrijft dat in haar schoolondersteuningsprofiel."""),
        P("""De kwaliteitskaart beschrijft per domein (leren, gedrag, sociaal-emotionele ontwikkeling,
        communicatie en fysiek-medisch) welke voorzieningen, deskundigheid en afspraken op iedere school
        aanwezig zijn. De volledige kwaliteitskaart is opgenomen als bijlage 2 bij dit plan."""),
        P("""Basisondersteuning is nadrukkelijk meer dan een lijst. Het gaat om een manier van werken waarin de
        leerkracht de onderwijsbehoeften van kinderen centraal stelt en tijdig hulp inschakelt. Daarom
        investeren we ook in de professionalisering van leerkrachten en intern begeleiders (zie het
        hoofdstuk Personeel en professionalisering)."""),
        H1("Het ondersteuningsaanbod in Kempen-Oost"),
        P("""Ons ondersteuningsaanbod is opgebouwd in niveaus. Samen vormen zij een doorlopende lijn van
        lichte naar intensieve ondersteuning, zodat de ondersteuning meegroeit met wat het kind nodig
        heeft:"""),
        UL("Niveau 1 en 2 – ondersteuning in de groep en in de school, binnen de basisondersteuning.",
           "Niveau 3 – extra ondersteuning op de eigen school met een arrangement: de school vraagt dit aan bij het Kempenteam van het samenwerkingsverband, dat binnen vier weken met school en ouders een arrangement opstelt (bijvoorbeeld extra begeleiding door een gedragsspecialist, een taal-leesarrangement of een arrangement voor een kind met een lichamelijke beperking).",
           "Niveau 4 – bovenschoolse voorzieningen: de Kempenklas in Someren-Heide (observatie en kortdurende plaatsing tot 16 weken, maximaal 10 kinderen), de plusklas voor meer- en hoogbegaafde kinderen (één dagdeel per week, op drie locaties) en de schakelklas voor nieuwkomers.",
           "Niveau 5 – speciaal basisonderwijs en speciaal onderwijs; hiervoor is een toelaatbaarheidsverklaring nodig."),
        P("""Het Kempenteam bestaat uit orthopedagogen, gedragsspecialisten en een jeugdverpleegkundige van de
        GGD. Iedere school heeft een vaste consulent uit het Kempenteam, die zes keer per jaar op school
        komt."""),
        H2("Dekkend netwerk en thuiszitters"),
        P("""Niet voor ieder kind is direct een passende plek beschikbaar. Elk voorjaar inventariseert het
        bureau samen met de besturen de 'witte vlekken': welke kinderen konden we niet passend bedienen en
        waarom? Op basis daarvan past het bestuur het aanbod aan; zo is in 2025 de schakelklas uitgebreid
        naar twee locaties. Kinderen voor wie geen passende plek is, worden door de school gemeld bij het
        Kempenteam. Binnen vier weken moet een plan liggen, zo nodig met een tijdelijke plaatsing in de
        Kempenklas."""),
        P("""Elke zes weken vindt het thuiszittersoverleg plaats met de leerplichtambtenaren van de drie
        gemeenten, het jeugdteam en de consulenten van het Kempenteam. Ieder kind dat thuiszit heeft een
        casusregisseur. Kan een kind niet binnen drie maanden terug naar school, dan agendeert de directeur
        het in het bestuurlijk overleg, waarin de besturen samen afspreken welke school de plek biedt."""),
        H1("Toelaatbaarheid"),
        P("""Voor een plaats op een school voor speciaal basisonderwijs of speciaal onderwijs is een
        toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De actuele werkwijze, de formulieren
        en de afwegingskaders zijn te vinden in de Handreiking Toelaatbaarheid op onze website. Zo kunnen
        we de werkwijze aanpassen wanneer de praktijk of de regelgeving daarom vraagt, zonder dat het hele
        ondersteuningsplan opnieuw hoeft te worden vastgesteld."""),
        H1("Financiën"),
        H2("Het verdeelmodel"),
        P("""Kempen-Oost werkt met een schoolmodel. Van het budget dat overblijft na de afdrachten aan het so en
        het sbo, gaat 80% rechtstreeks naar de besturen. Zij ontvangen € 160 per leerling, op basis van het
        aantal leerlingen op 1 oktober van het voorgaande jaar. De overige 20% blijft bij het
        samenwerkingsverband voor het Kempenteam, de arrangementen op niveau 3 en de bovenschoolse
        voorzieningen op niveau 4. Een arrangement wordt toegekend als de school de basisondersteuning
        aantoonbaar heeft ingezet en het Kempenteam vaststelt dat de ondersteuningsvraag de mogelijkheden van
        de school overstijgt. Het bestuur stelt de verdeling jaarlijks vast bij de begroting."""),
        H2("Begroting"),
        P("""De besturen besteden hun deel naar eigen inzicht, binnen de kaders van hun
        schoolondersteuningsprofielen. De meerjarenbegroting van het samenwerkingsverband wordt ieder jaar
        afzonderlijk vastgesteld en gepubliceerd op de website. Een overzicht van de verwachte bedragen per
        post voor de planperiode: p.m."""),
        P("""De algemene reserve ligt onder de signaleringswaarde van de inspectie. Er is daarom geen
        noodzaak tot een afbouwplan."""),
        H1("Kwaliteit"),
        P("""Wij werken volgens de PDCA-cyclus. Hoe we de opbrengsten van passend onderwijs in Kempen-Oost
        zichtbaar maken, is het onderwerp van het project 'Kijken naar effect', dat wij samen met twee
        andere samenwerkingsverbanden uitvoeren. Wanneer dat project in 2027 is afgerond, voegen wij een
        paragraaf over doelen en resultaten als addendum aan dit plan toe."""),
        H1("Ouders"),
        P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. We vinden het belangrijk dat zij
        weten wat zij van school en samenwerkingsverband mogen verwachten. Op onze website staat een
        ouderpagina met uitleg over het ondersteuningsaanbod, de niveaus 1 tot en met 5 en de rol van het
        Kempenteam. Iedere school geeft bij de intake de ouderbrochure 'Passend onderwijs in Kempen-Oost'
        mee. Twee keer per jaar houden we een ouderavond, in het voor- en najaar, op wisselende locaties.
        Daarnaast kunnen ouders het spreekuur van het Kempenteam bezoeken (elke eerste woensdag van de
        maand)."""),
        P("""Het wetsvoorstel versterking positie ouders en leerlingen verplicht ieder samenwerkingsverband een
        ouder- en jeugdsteunpunt in te richten. Samen met het samenwerkingsverband voortgezet onderwijs
        onderzoeken we hoe we dit steunpunt het best kunnen vormgeven."""),
    ]
    b += opr(p, True)
    b += governance(p)
    b += personeel(p)
    b += kennisdeling(p)
    b += communicatie_scholen(p)
    b += ict_privacy(p)
    b += totstandkoming(p, True)
    b += planning(p, verslag=False)
    b += begrippen(GLOSSARY_PO)
    return b


def label_b(docs):
    c = crit({"basisondersteuning.niveau", "financien.verdeling", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "ouders.informatie"})
    adv = {"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H 'Basisondersteuning': same floor for all vestigingen (niveau), but the concrete content is only in the kwaliteitskaart 'bijlage 2', which is not part of the document.",
        "plaatsing": "H 'Toelaatbaarheid' only states a TLV is needed and refers to the Handreiking Toelaatbaarheid on the website; no procedure, no criteria (privacy retention sentence is not procedure).",
        "terugstroom": "Not addressed anywhere; the word terugplaatsing occurs only in the begrippenlijst and the running footer.",
        "financien": "H 'Financien/Het verdeelmodel': 80/20 schoolmodel, EUR 160 per leerling, criteria for arrangementen (verdeling); besteding/meerjarenbegroting deferred to separate document and 'p.m.'.",
        "dekkend-aanbod": "H 'Het ondersteuningsaanbod in Kempen-Oost': niveaus 1-5 with Kempenklas/plusklas/schakelklas (continuum); witte vlekken inventory, thuiszittersoverleg, casusregisseur (lacunes).",
        "resultaten": "No intended results or monitoring: visie has no ambities list; H 'Kwaliteit' only names PDCA and defers goals/results to a 2027 addendum.",
        "ouders": "H 'Ouders': ouderpagina, brochure, ouderavonden, spreekuur (informatie); the ouder- en jeugdsteunpunt is only being 'onderzocht', no independent help named (steunpunt false).",
    }
    expected = {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "missing",
                "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"}
    write_label("po-kempen-oost-op-2026-2030", docs, "po", c, adv, notes, expected)


# ===========================================================================
# Plan C – PO, .docx, medium quality
# basis P, plaatsing partial (criteria yes, procedure deferred to a reglement), terugstroom P (inside
# TLV chapter), financien P (besteding only in a table), dekkend partial (lacunes deferred),
# resultaten P, ouders missing ("Communicatie" is about professionals only)
# ===========================================================================
PC = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Veenkoloniën-Zuid", kort="SWV Veenkoloniën-Zuid",
          code="PO 20-12", regio="zuidelijke Veenkoloniën", gemeenten="Veendijk, Borgerveen en Mussel-Aa",
          periode="2026-2030", start="2026", scholen=47, besturen=5, leerlingen=("6.930", "6.812"),
          rates=("2,4%", "2,3%", "1,9%", "2,0%"), sector="po", directeur="Anne-Greet Hofstede",
          vestiging="Borgerveen", speciaal="een sbo-school met twee locaties en een so-school voor cluster 4",
          opr_datum="2 april 2026", bo_datum="4 maart 2026", oogo_datum="9 maart 2026",
          vo_datum="11 maart 2026", vast_datum="14 april 2026")


def plan_c():
    p = PC
    b = [("title", "Ondersteuningsplan Veenkoloniën-Zuid 2026-2030"),
         ("sub", f"{p['naam']} – {p['code']}"),
         ("sub", "Versie 1.0 – vastgesteld 14 april 2026"),
         ("toc", None), ("pagebreak", None)]
    b += voorwoord(p, 0)
    b += inleiding(p)
    b += context(p)
    b += visie(p, ouders=False)
    b += [
        H1("Terugblik op de planperiode 2022-2026"),
        P("""In het ondersteuningsplan 2022-2026 stonden drie doelen centraal: de basisondersteuning op alle
        scholen op peil brengen, het aantal verwijzingen naar het sbo terugdringen en de samenwerking met
        de jeugdteams verbeteren. Uit het jaarverslag 2024-2025 en de eindevaluatie blijkt het volgende:"""),
        TABLE([["Doel 2022-2026", "Streefwaarde", "Behaald (peildatum 1 oktober 2025)"],
               ["Scholen die voldoen aan de ijkpunten basisondersteuning", "90%", "83% (39 van 47)"],
               ["Deelnamepercentage sbo", "≤ 2,3%", "2,4%"],
               ["Scholen met vaste contactpersoon jeugdteam", "100%", "100%"],
               ["Doorlooptijd aanvraag arrangement", "≤ 6 weken", "gemiddeld 5,2 weken"]]),
        P("""Het doel voor de basisondersteuning is niet volledig gehaald. Vooral kleine scholen hebben moeite
        om de expertise op het gebied van gedrag te borgen. Het deelnamepercentage sbo is licht gedaald,
        maar ligt nog boven de streefwaarde en boven het landelijk gemiddelde. De samenwerking met de
        jeugdteams is volgens de intern begeleiders sterk verbeterd."""),
        H1("Onze basisondersteuning"),
        P("""In Veenkoloniën-Zuid hebben de besturen afgesproken welke ondersteuning op iedere school
        aanwezig is. Dit noemen we de ijkpunten basisondersteuning. De ijkpunten gelden voor alle 47
        scholen, ongeacht het bestuur of de omvang van de school. Zij zijn gebaseerd op de vier aspecten van
        het referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, de
        onderwijsondersteuningsstructuur en planmatig werken."""),
        TABLE([["Ijkpunt", "Wat houdt dat in op iedere school"],
               ["Signaleren", "Twee keer per jaar een leerlingvolgsysteem-analyse en een groepsbespreking per groep"],
               ["Dyslexie en dyscalculie", "Werken volgens de landelijke protocollen; extra lees- en rekeninstructie in de groep en vroegsignalering in groep 2 en 3"],
               ["Gedrag", "Een schoolbrede aanpak voor positief gedrag (bijvoorbeeld PBS) en een gedragsplan voor individuele leerlingen"],
               ["Sociale veiligheid", "Jaarlijkse monitoring van de sociale veiligheid en een anti-pestprotocol"],
               ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep en een signaleringsinstrument"],
               ["Intern begeleider", "Een intern begeleider met voldoende tijd (minimaal één dag per week per 150 leerlingen)"],
               ["Medisch handelen", "Een protocol medisch handelen en afspraken over medicijngebruik"],
               ["Samenwerking", "Vaste contactpersoon van het jeugdteam en van de jeugdgezondheidszorg"]]),
        P("""Ieder jaar beoordeelt het samenwerkingsverband in een gesprek met elke school of de school aan de
        ijkpunten voldoet. Scholen die niet voldoen, krijgen ondersteuning van een consulent en maken een
        plan van aanpak."""),
        H1("De ondersteuningsroute"),
        P("""Als de basisondersteuning niet voldoende is, volgt de school de ondersteuningsroute. Die route kent
        drie stappen na de basisondersteuning:"""),
        UL("Stap 1 – Consultatie: de school bespreekt het kind met de consulent van het samenwerkingsverband in het ondersteuningsteam. Vaak is advies aan de leerkracht voldoende.",
           "Stap 2 – Veenarrangement: extra ondersteuning op de eigen school, bijvoorbeeld een onderwijsassistent, een gedragsspecialist of een aangepast programma. De school vraagt het arrangement aan bij het bureau; de consulent stelt samen met de school de doelen op.",
           "Stap 3 – Bovenschoolse voorziening: tijdelijke plaatsing in de Wijkklas (observatie en begeleiding voor kinderen met gedragsproblemen, maximaal 20 weken) of in de taalklas voor nieuwkomers in Borgerveen.",
           "Stap 4 – Speciaal (basis)onderwijs: plaatsing op de sbo-school of de so-school cluster 4, met een toelaatbaarheidsverklaring."),
        P("""Daarnaast zijn er in de regio twee onderwijs-zorgarrangementen voor kinderen die door hun
        ondersteuningsbehoefte niet de hele dag naar school kunnen. Deze arrangementen zijn opgezet met de
        gemeenten en een jeugdhulpaanbieder."""),
        H2("Thuiszitters en witte vlekken"),
        P("""Ook in onze regio zijn er kinderen die (gedeeltelijk) thuiszitten. Het aantal is klein, maar
        iedere thuiszitter is er één te veel. Samen met de gemeenten willen we in 2027 een sluitende
        aanpak ontwikkelen. Ook een analyse van de ontbrekende voorzieningen in de regio staat voor de
        komende planperiode op de agenda. De schoolbesturen blijven verantwoordelijk voor hun
        zorgplicht."""),
        H1("Toelaatbaarheid en terugplaatsing"),
        H2("Criteria"),
        P("""Het samenwerkingsverband geeft een toelaatbaarheidsverklaring (TLV) af voor het speciaal
        basisonderwijs als:"""),
        UL("de school ten minste één jaar een Veenarrangement heeft ingezet en dit twee keer is geëvalueerd;",
           "de leerling een leerachterstand heeft van meer dan anderhalf jaar op twee of meer hoofdvakken, in combinatie met problemen in werkhouding, gedrag of sociaal-emotionele ontwikkeling;",
           "de ondersteuning die de leerling nodig heeft een kleine groep (maximaal 16 leerlingen) en een dagelijkse specialistische aanpak vraagt."),
        P("""Een TLV voor het so cluster 4 wordt afgegeven als de leerling ernstige gedrags- of psychiatrische
        problemen heeft die een structureel therapeutisch klimaat vragen, en de Wijkklas of het sbo niet
        toereikend is gebleken of naar het oordeel van de deskundigen niet toereikend zal zijn. Voor een TLV
        so cluster 3 geldt dat de leerling een verstandelijke, lichamelijke of meervoudige beperking heeft
        waardoor het sbo geen passend aanbod kan doen."""),
        P("""Een TLV sbo geldt voor twee schooljaren; een TLV so voor drie schooljaren."""),
        H2("Procedure"),
        P("""De aanvraagprocedure, de rol van de toewijzingscommissie en de termijnen worden beschreven in het
        nieuwe Toewijzingsreglement. Dit reglement wordt na advies van het bestuurlijk overleg in het najaar
        van 2026 vastgesteld."""),
        H2("Terug naar het reguliere onderwijs"),
        P("""Ons uitgangspunt is dat kinderen niet langer in het speciaal (basis)onderwijs verblijven dan
        nodig is. Bij iedere evaluatie van het ontwikkelingsperspectief kijkt de sbo- of so-school of
        terugkeer naar een basisschool mogelijk is. Voorwaarden zijn dat het kind zich in de
        werkhouding en het gedrag zo heeft ontwikkeld dat het met extra ondersteuning in een reguliere groep
        kan functioneren, en dat er een basisschool is die het kind met een arrangement kan opvangen."""),
        P("""De procedure is als volgt. In oktober van het laatste jaar van de TLV vindt de OPP-evaluatie plaats,
        waarbij de consulent van het samenwerkingsverband aanwezig is. De sbo- of so-school brengt voor 1
        februari een advies uit: terugplaatsing, overplaatsing naar een andere speciale school of verlenging.
        Bij een advies tot terugplaatsing besluit de directeur van het samenwerkingsverband binnen vier weken
        over het terugplaatsingsarrangement; de basisschool bereidt de overstap voor en het kind start na
        de zomervakantie. Is verlenging nodig, dan volgt een nieuwe aanvraag."""),
        P("""Na de overstap krijgt de basisschool gedurende één schooljaar ambulante begeleiding van de
        sbo- of so-school en een terugplaatsingsbudget van € 3.500. Na een half jaar en na een jaar wordt
        de overstap geëvalueerd."""),
        H1("Samenwerking met gemeenten"),
        P("""De gemeenten Veendijk, Borgerveen en Mussel-Aa zijn belangrijke partners. Samen zijn we
        verantwoordelijk voor een sluitende aanpak rond kinderen die onderwijs én zorg nodig hebben. Op
        iedere school is een contactpersoon van het jeugdteam; scholen kunnen jeugdhulp inschakelen zonder
        verwijzing van de huisarts. In het OOGO is afgesproken dat we de komende jaren werken aan
        zorg in onderwijstijd, het leerlingenvervoer en de aansluiting tussen voorschoolse voorzieningen
        en de basisschool."""),
        H1("Financiën"),
        P("""Het samenwerkingsverband ontvangt jaarlijks circa € 6,1 miljoen aan ondersteuningsmiddelen. Na de
        afdrachten aan het so en de overdracht aan het sbo resteert een bedrag dat als volgt wordt verdeeld.
        De besturen ontvangen een basisbudget van € 120 per leerling (teldatum 1 oktober) voor de
        basisondersteuning en de consultatie. Veenarrangementen worden toegekend door het bureau op basis
        van de aanvraag van de school; een arrangement wordt toegekend als het ondersteuningsteam de
        ondersteuningsbehoefte heeft vastgesteld en de school de ijkpunten basisondersteuning heeft ingezet.
        Een arrangement bedraagt maximaal € 7.500 per leerling per schooljaar. De meerjarenbegroting staat
        hieronder."""),
        TABLE([["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage ondersteuning", "6.120", "6.040", "5.960", "5.890"],
               ["Afdracht so (DUO)", "-1.980", "-1.990", "-2.000", "-2.000"],
               ["Overdracht sbo", "-1.410", "-1.380", "-1.350", "-1.320"],
               ["Basisbudget besturen", "820", "810", "800", "790"],
               ["Veenarrangementen", "950", "950", "940", "930"],
               ["Wijkklas en taalklas", "420", "420", "420", "420"],
               ["Terugplaatsingsbudgetten", "35", "35", "35", "35"],
               ["Consulenten en bureau", "640", "630", "620", "610"],
               ["Saldo", "-135", "-175", "-205", "-215"]]),
        H1("Resultaten en kwaliteitszorg"),
        P("""Voor de planperiode 2026-2030 stellen we de volgende beoogde resultaten:"""),
        UL("In 2030 voldoen alle scholen (100%) aan de ijkpunten basisondersteuning.",
           "Het deelnamepercentage sbo daalt naar 2,1% in 2030.",
           "Ten minste 80% van de Veenarrangementen wordt positief geëvalueerd: de doelen van het arrangement zijn gehaald.",
           "Jaarlijks keren ten minste vijf leerlingen uit het sbo of so terug naar een basisschool.",
           "De doorlooptijd van aanvraag tot start van een arrangement is maximaal zes weken."),
        P("""Twee keer per jaar (in januari en juni) maakt het bureau een monitor met de stand van zaken op deze
        indicatoren, op basis van de registratie van aanvragen, de DUO-teldata en de evaluaties van de
        arrangementen. De monitor wordt besproken in het bestuurlijk overleg en met de OPR. In het
        jaarverslag rapporteren we over de bereikte resultaten en de kosten per voorziening. De raad van
        toezicht ziet toe op de voortgang."""),
        H1("Communicatie"),
        P("""Het samenwerkingsverband communiceert met de scholen via een maandelijkse digitale nieuwsbrief voor
        directeuren en intern begeleiders, via het netwerk intern begeleiders en via de website. Op de
        website staat een besloten deel voor professionals met formulieren, handreikingen en het
        aanvraagportaal. Daarnaast zijn we actief op LinkedIn. Voor de gemeenten maken we jaarlijks een
        factsheet met de belangrijkste cijfers."""),
    ]
    b += opr(p, False)
    b += governance(p)
    b += landelijk(p)
    b += personeel(p)
    b += ict_privacy(p)
    b += totstandkoming(p, True)
    b += planning(p, verslag=True)
    b += begrippen(GLOSSARY_PO)
    return b


def label_c(docs):
    c = crit({"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
              "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring"})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H 'Onze basisondersteuning': ijkpunten valid for all 47 schools + table of concrete ijkpunten; yearly check with plan van aanpak (borging).",
        "plaatsing": "H 'Toelaatbaarheid en terugplaatsing': sbo/so criteria listed and TLV duration; the procedure (aanvraag, commissie, termijnen) is deferred to a Toewijzingsreglement to be adopted in najaar 2026.",
        "terugstroom": "Hidden in TLV chapter, subsection 'Terug naar het reguliere onderwijs': policy + conditions + support after return, and steps (OPP-evaluatie oktober, advies voor 1 februari, besluit directeur binnen 4 weken).",
        "financien": "H 'Financien': EUR 120 per leerling + arrangement criteria/maximum (verdeling); spending per post only in the meerjarenbegroting table 2026-2029.",
        "dekkend-aanbod": "H 'De ondersteuningsroute': steps consultatie -> Veenarrangement -> Wijkklas/taalklas -> sbo/so (continuum); thuiszitters/witte vlekken only deferred to 2027 (lacunes false).",
        "resultaten": "Terugblik table with achieved figures plus H 'Resultaten en kwaliteitszorg': five targets, half-yearly monitor, jaarverslag with results and costs.",
        "ouders": "No information to parents and no independent help; 'Communicatie' covers schools/professionals/gemeenten only; OPR paragraph names no parents; OJSP only named as national measure in 'Landelijke ontwikkelingen'.",
    }
    expected = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"}
    write_label("po-veenkolonien-zuid-ondersteuningsplan", docs, "po", c, adv, notes, expected)


# ===========================================================================
# Plan D – PO, .pdf, thin plan with a strong TLV chapter
# basis missing (deferred), plaatsing P, terugstroom partial (beleid only), financien missing
# (separate kaderbrief), dekkend missing (deferred), resultaten partial (monitoring only),
# ouders partial (steunpunt only, in 'Klachten en geschillen')
# ===========================================================================
PD = dict(naam="Stichting Samenwerkingsverband PO Heuvelrand", kort="SWV Heuvelrand",
          code="PO 27-03", regio="Heuvelrand", gemeenten="Rhenen-Berg, Leersum-Heide en Amerongen-Dal",
          periode="2026-2030", start="2026", scholen=36, besturen=7, leerlingen=("5.310", "5.244"),
          rates=("1,5%", "1,6%", "1,8%", "1,8%"), sector="po", directeur="drs. Pieter Langerak",
          vestiging="Leersum-Heide", speciaal="één sbo-school en één so-school (cluster 3 en 4)",
          opr_datum="25 maart 2026", bo_datum="12 februari 2026", oogo_datum="3 maart 2026",
          vo_datum="5 maart 2026", vast_datum="8 april 2026")


def plan_d():
    p = PD
    b = [("title", "Ondersteuningsplan 2026 – 2030"),
         ("sub", p["naam"]),
         ("sub", f"Registratienummer {p['code']}"),
         ("toc", None), ("pagebreak", None)]
    b += voorwoord(p, 1)
    b += inleiding(p)
    b += context(p)
    b += visie(p)[:6]
    b += [
        H1("Krimp en kleine scholen"),
        P("""De regio Heuvelrand krijgt de komende jaren te maken met een verdere daling van het aantal
        leerlingen. Volgens de prognoses daalt het aantal leerlingen in het basisonderwijs tot 2030 met
        ongeveer 6 procent. Vooral in de dorpen aan de oostkant van de regio staan kleine scholen onder
        druk. Drie scholen hebben minder dan 60 leerlingen. De schoolbesturen voeren hierover overleg met
        de gemeenten in het kader van het integraal huisvestingsplan."""),
        P("""Voor het samenwerkingsverband is krimp vooral een aandachtspunt omdat kleine scholen kwetsbaar
        zijn bij uitval van personeel. Het bestuurlijk overleg bespreekt twee keer per jaar de gevolgen van
        de ontwikkelingen voor de samenwerking in de regio."""),
        H1("Ondersteuning op en tussen de scholen"),
        P("""In het schooljaar 2024-2025 heeft het bestuur besloten de ondersteuningsstructuur van het
        samenwerkingsverband te herzien. Aanleiding was de vaststelling dat scholen de begrippen
        basisondersteuning en extra ondersteuning verschillend invullen en dat de bestaande afspraken uit
        2018 niet meer aansluiten bij de praktijk. Een werkgroep van directeuren en intern begeleiders
        werkt aan een nieuwe beschrijving van de basisondersteuning, de extra ondersteuning en de
        voorzieningen tussen de scholen."""),
        P("""Deze nieuwe beschrijving wordt in de loop van het schooljaar 2026-2027 uitgewerkt in het
        document 'Ondersteuning in Heuvelrand' en daarna ter instemming aan de OPR voorgelegd. Tot die tijd
        blijven de schoolondersteuningsprofielen van de scholen het uitgangspunt."""),
        H1("Toelaatbaarheidsverklaringen"),
        P("""Een leerling kan alleen worden ingeschreven op de sbo-school of de so-school als het
        samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. Hieronder beschrijven we
        hoe een TLV wordt aangevraagd, op welke gronden wordt besloten, hoe lang een TLV geldig is en hoe
        bezwaar kan worden gemaakt."""),
        H2("Stappen"),
        UL("Stap 1. De school bespreekt de leerling in het multidisciplinair overleg (MDO), waaraan in ieder geval de ouders, de intern begeleider, de leerkracht en de orthopedagoog van het samenwerkingsverband deelnemen. In het MDO wordt vastgesteld of een TLV-aanvraag aan de orde is.",
           "Stap 2. Het bevoegd gezag van de school waar de leerling is ingeschreven dient de aanvraag in bij de Commissie Toelaatbaarheid van het samenwerkingsverband. De aanvraag bevat het OPP, het groeidocument, het verslag van het MDO, eventueel onderzoeksverslagen en de zienswijze van de ouders.",
           "Stap 3. De commissie toetst binnen tien werkdagen of de aanvraag volledig is. Bij een onvolledige aanvraag krijgt de school twee weken om aan te vullen.",
           "Stap 4. Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet eerder bij de leerling betrokken geweest.",
           "Stap 5. De commissie besluit binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed kan de voorzitter binnen vijf werkdagen een voorlopig besluit nemen.",
           "Stap 6. Ouders en school ontvangen het besluit schriftelijk, met een afschrift van beide deskundigenadviezen."),
        H2("Criteria"),
        P("""De commissie beoordeelt een aanvraag aan de hand van de volgende criteria. Een leerling is
        toelaatbaar tot het sbo als (a) de school de mogelijkheden van de eigen ondersteuning aantoonbaar
        heeft benut en geëvalueerd over een periode van ten minste zes maanden, (b) de leerling een
        meervoudige ondersteuningsbehoefte heeft op het gebied van leren en gedrag of werkhouding, en (c)
        de leerling naar verwachting in een kleinere groep met specialistische begeleiding tot een betere
        ontwikkeling komt. Een leerling is toelaatbaar tot het so als daarnaast sprake is van een
        ondersteuningsbehoefte die voortvloeit uit een verstandelijke beperking (IQ lager dan 70 met
        beperkingen in het adaptief gedrag), een lichamelijke of meervoudige beperking, langdurige ziekte of
        ernstige psychiatrische of gedragsproblematiek waarvoor het sbo onvoldoende toegerust is."""),
        H2("Geldigheid en bekostigingscategorie"),
        P("""Een TLV sbo is geldig tot het einde van het schooljaar waarin de leerling de basisschoolleeftijd
        verlaat, met een maximum van vier schooljaren. Een TLV so is geldig voor ten hoogste drie
        schooljaren. Bij een TLV so stelt de commissie de bekostigingscategorie vast (laag, midden of hoog)
        op basis van het advies van de deskundigen."""),
        H2("Bezwaar"),
        P("""Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het bestuur
        van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat het beslist."""),
        H1("Terugplaatsing"),
        P("""Het samenwerkingsverband vindt het belangrijk dat leerlingen niet langer dan nodig in het speciaal
        (basis)onderwijs verblijven. Ons doel is dat iedere leerling voor wie dat mogelijk is, terugkeert naar
        een reguliere basisschool, bij voorkeur dicht bij huis. Een terugplaatsing komt in beeld wanneer de
        leerling in het OPP op schema ligt, de gedragsdoelen grotendeels zijn behaald en de leerling met
        begeleiding kan functioneren in een grotere groep. Een leerling wordt niet teruggeplaatst in het
        laatste halfjaar van groep 8."""),
        P("""Na de terugplaatsing ontvangt de ontvangende basisschool een terugplaatsingsarrangement: gedurende
        één schooljaar ambulante begeleiding door een medewerker van de sbo- of so-school, die de
        leerkracht coacht en twee keer per maand op school komt."""),
        P("""De werkwijze bij terugplaatsing wordt vastgelegd in een protocol dat het samenwerkingsverband in
        2026-2027 opstelt."""),
        H1("Monitoring en verantwoording"),
        P("""Het samenwerkingsverband verzamelt ieder jaar de volgende gegevens: het aantal afgegeven TLV's
        per soort en categorie, het deelnamepercentage sbo en so op 1 oktober (in vergelijking met het
        landelijk gemiddelde), de doorlooptijd van TLV-aanvragen, het aantal terugplaatsingen en de
        tevredenheid van scholen en ouders over de procedures (via een korte vragenlijst na afloop van
        iedere aanvraag). Het bureau rapporteert deze gegevens twee keer per jaar aan het bestuur en de OPR.
        In het jaarverslag (voor 1 juli) worden de gegevens opgenomen en vergeleken met voorgaande jaren."""),
        P("""De doelen voor het komende jaar worden jaarlijks opgenomen in het jaarplan van het
        samenwerkingsverband."""),
        H1("Financiën"),
        P("""Het financieel beleid, het verdeelmodel en de meerjarenbegroting van het samenwerkingsverband zijn
        vastgelegd in de Financiële kaderbrief 2026-2030. Dit is een afzonderlijk document dat het bestuur
        jaarlijks actualiseert en dat niet tot dit ondersteuningsplan behoort."""),
        H1("Ouders"),
        P("""Ouders zijn belangrijke partners van school en samenwerkingsverband. In het MDO en bij de
        aanvraag van een TLV zijn ouders altijd betrokken; hun zienswijze maakt deel uit van de aanvraag."""),
        P("""Hoe het samenwerkingsverband ouders informeert over het ondersteuningsaanbod, wordt opgenomen in
        het communicatieplan dat het bureau in het eerste jaar van de planperiode opstelt."""),
    ]
    b += opr(p, True)
    b += [
        H1("Klachten en geschillen"),
        P("""Soms lopen de verwachtingen van ouders en school uiteen. Ouders die met de school of met het
        samenwerkingsverband niet tot een oplossing komen, of die onafhankelijk advies willen, kunnen
        kosteloos terecht bij de Onderwijsconsulenten en bij het Ouder- en Jeugdsteunpunt Utrechtse
        Heuvelrug, dat onafhankelijk is van scholen en samenwerkingsverband en ouders ook kan begeleiden bij
        gesprekken. Voor klachten over het samenwerkingsverband is het bestuur aangesloten bij de Landelijke
        Klachtencommissie Onderwijs; geschillen over toelating, verwijdering en het OPP kunnen worden
        voorgelegd aan de Geschillencommissie passend onderwijs."""),
    ]
    b += governance(p)
    b += personeel(p)
    b += kennisdeling(p)
    b += communicatie_scholen(p)
    b += ict_privacy(p)
    b += totstandkoming(p, False)
    b += planning(p, verslag=True)
    b += begrippen(GLOSSARY_PO)
    return b


def label_d(docs):
    c = crit({"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "resultaten.monitoring",
              "ouders.steunpunt"})
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H 'Ondersteuning op en tussen de scholen' only says the new description is being worked out in 2026-2027; SOPs 'het uitgangspunt'; nothing of the level or content.",
        "plaatsing": "H 'Toelaatbaarheidsverklaringen': 6 steps, Commissie Toelaatbaarheid, 6 weeks, sbo/so criteria, two deskundigen, duration/category, bezwaar via LBT.",
        "terugstroom": "H 'Terugplaatsing': aims, conditions and terugplaatsingsarrangement (beleid); the procedure is deferred to a protocol to be drawn up in 2026-2027.",
        "financien": "H 'Financien' only refers to a separate Financiele kaderbrief that is not part of the plan; no verdeling, no amounts.",
        "dekkend-aanbod": "No continuum or gap/thuiszitters approach: the ondersteuningsstructuur (incl. voorzieningen tussen scholen) is deferred; OOGO mentioned only procedurally in 'Totstandkoming'.",
        "resultaten": "H 'Monitoring en verantwoording': indicators collected yearly, reported twice a year and in jaarverslag (monitoring); goals deferred to annual jaarplan (doelen false).",
        "ouders": "Independent help (Onderwijsconsulenten, OJSP, klachten/GPO) only in H 'Klachten en geschillen'; informing parents deferred to a communicatieplan (informatie false).",
    }
    expected = {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
                "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "partial"}
    write_label("po-heuvelrand-op-2026", docs, "po", c, adv, notes, expected)


GLOSSARY_VO = [
    ("Basisondersteuning", "De ondersteuning die alle vo-scholen van het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Het geheel van voorzieningen waardoor iedere leerling een passende plek heeft."),
    ("Lwoo", "Leerwegondersteunend onderwijs."),
    ("OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke voorziening voor leerlingen die (tijdelijk) niet in de reguliere klas kunnen functioneren."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("Pro", "Praktijkonderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs, praktijkonderwijs of het OPDC."),
    ("Terugplaatsing", "De overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."),
    ("Thuiszitter", "Leerplichtige jongere die niet ingeschreven is of langer dan vier weken ongeoorloofd verzuimt."),
    ("Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen."),
    ("OJSP", "Ouder- en jeugdsteunpunt."),
    ("Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden of te vinden."),
]


def aansluiting_po_vo(p):
    return [
        H1("Aansluiting primair en voortgezet onderwijs"),
        P("""De overstap van de basisschool naar het voortgezet onderwijs is een belangrijk moment voor iedere
        leerling, en zeker voor leerlingen met een ondersteuningsbehoefte. Samen met het samenwerkingsverband
        primair onderwijs hebben we afspraken gemaakt over de warme overdracht. De basisschool levert voor
        1 maart het onderwijskundig rapport aan; bij leerlingen met een OPP vindt een overdrachtsgesprek
        plaats tussen de intern begeleider en de ondersteuningscoördinator van de vo-school."""),
        P("""Jaarlijks organiseren de beide samenwerkingsverbanden een bijeenkomst voor intern begeleiders en
        mentoren van de brugklassen, waarin de ervaringen met de overstap worden besproken. De afspraken
        over de overstap zijn vastgelegd in de regionale POVO-kalender."""),
        H1("Aansluiting op mbo en arbeidsmarkt"),
        P("""Ook de overstap naar het mbo of naar werk vraagt aandacht. Voor leerlingen uit het
        praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt werken de scholen samen met het
        regionale werkbedrijf en de gemeenten. Voor leerlingen in de entreeopleiding en de niveau 2-opleidingen
        maken de vo- en mbo-scholen afspraken over de warme overdracht. Het samenwerkingsverband faciliteert
        het overleg maar voert zelf geen trajecten uit."""),
    ]


# ===========================================================================
# Plan E – VO, .html, web version
# basis partial (niveau; inhoud only abstract referentiekader + SOP), plaatsing partial (procedure
# vso/lwoo/pro, no criteria), terugstroom P, financien partial (besteding table; verdeling deferred),
# dekkend partial (continuum only on website; lacunes yes), resultaten P, ouders P
# ===========================================================================
PE = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Zeekant", kort="SWV VO Zeekant",
          code="VO 28-05", regio="kustregio Zeekant", gemeenten="Zeedorp, Duinrijk en Havenmond",
          periode="2026-2030", start="2026", scholen=14, besturen=6, leerlingen=("12.640", "12.515"),
          rates=("2,9%", "3,0%", "3,1%", "3,0%"), sector="vo", directeur="Hanneke Sluiter",
          vestiging="Havenmond", speciaal="twee scholen voor praktijkonderwijs en drie vso-scholen",
          opr_datum="19 maart 2026", bo_datum="26 februari 2026", oogo_datum="4 maart 2026",
          vo_datum="10 maart 2026", vast_datum="2 april 2026")


def plan_e():
    p = PE
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['naam']} ({p['code']}) – webversie"),
         ("toc", None)]
    b += voorwoord(p, 0)
    b += inleiding(p)
    b += context(p)
    b += visie(p)
    b += landelijk(p)
    b += [
        H1("Basisondersteuning"),
        P("""Alle vo-scholen van Zeekant, op iedere vestiging en in iedere leerweg, bieden ten minste het niveau
        van basisondersteuning dat de besturen gezamenlijk hebben afgesproken. Dat niveau is voor alle
        scholen gelijk; scholen kunnen daarbovenop eigen keuzes maken."""),
        P("""Basisondersteuning bestaat uit vier onderdelen. De basiskwaliteit: het onderwijs voldoet aan de
        eisen van de inspectie. Preventieve en licht curatieve interventies: de school signaleert tijdig en
        biedt lichte ondersteuning. De onderwijsondersteuningsstructuur: de school heeft de ondersteuning
        goed georganiseerd en werkt samen met ketenpartners. Planmatig werken: de school werkt
        handelingsgericht en evalueert de ondersteuning cyclisch."""),
        P("""Hoe iedere school deze onderdelen invult, beschrijft de school in haar schoolgids en
        schoolondersteuningsprofiel. Die documenten zijn te vinden op de website van de school."""),
        H1("Ondersteuningsvoorzieningen"),
        P("""Het samenwerkingsverband beschikt over een breed aanbod van arrangementen en voorzieningen binnen
        en tussen de scholen. Het volledige overzicht, van de ondersteuning binnen de scholen tot en met het
        vso, staat in de Ondersteuningskaart Zeekant op onze website. De kaart wordt jaarlijks voor 1
        oktober geactualiseerd."""),
        H2("Thuiszitters en leerlingen zonder passende plek"),
        P("""Op 1 oktober 2025 stonden in onze regio 23 jongeren geregistreerd als thuiszitter; 9 van hen
        zaten langer dan drie maanden thuis. Dat vinden we te veel. Iedere vo-school meldt een leerling die
        vier weken of langer (gedeeltelijk) verzuimt bij de leerplichtambtenaar en bij het Expertteam van
        het samenwerkingsverband. Het Expertteam stelt binnen twee weken een trajectbegeleider aan, die met
        school, leerling, ouders en jeugdhulp een terugkeerplan maakt."""),
        P("""Lukt het niet binnen acht weken tot een oplossing te komen, dan wordt de leerling besproken aan de
        Thuiszitterstafel Zeekant, met de bestuurders van de betrokken scholen, de gemeenten en de
        jeugdhulpaanbieders. De directeur-bestuurder van het samenwerkingsverband heeft doorzettingsmacht:
        als partijen het niet eens worden, wijst zij de school aan die de leerling een plek biedt en stelt
        zij het benodigde budget beschikbaar. Elk jaar maakt het Expertteam een overzicht van de situaties
        waarin geen passende plek kon worden gevonden; het bestuur gebruikt dat overzicht om ontbrekende
        voorzieningen te ontwikkelen."""),
        H1("Toewijzing van extra ondersteuning"),
        H2("Vso"),
        P("""Voor plaatsing in het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) nodig.
        Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een leerling die nog
        niet is ingeschreven, de school van aanmelding) dient de aanvraag in bij het Loket Zeekant. Het
        dossier bevat het OPP, een verslag van het ondersteuningsteam en de zienswijze van ouders en
        leerling. Twee deskundigen, een orthopedagoog of GZ-psycholoog en een tweede deskundige afhankelijk
        van de hulpvraag, brengen ieder een afzonderlijk advies uit. De Commissie Toewijzing neemt binnen zes
        weken na ontvangst van het complete dossier een besluit. Bij de beoordeling weegt de commissie het
        dossier in zijn geheel."""),
        H2("Lwoo en praktijkonderwijs"),
        P("""Voor lwoo en praktijkonderwijs dient de vo-school waar de leerling is aangemeld uiterlijk 1 maart
        een aanvraag in bij het Loket, met het onderwijskundig rapport van de basisschool en de
        toetsgegevens. De Commissie Toewijzing besluit binnen vier weken, zodat de leerling voor de
        zomervakantie weet waar hij of zij aan toe is. Aanvragen na 1 maart worden in volgorde van
        binnenkomst behandeld. De commissie toetst aan de geldende regelgeving."""),
        H2("Bezwaar"),
        P("""Ouders en scholen kunnen tegen een besluit van de Commissie Toewijzing binnen zes weken bezwaar
        maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie
        Toelaatbaarheidsverklaringen."""),
        H1("Terugplaatsing vanuit het vso"),
        P("""Het vso is voor veel leerlingen een tijdelijke plek. Ons beleid is dat iedere vso-leerling die dat
        kan, de overstap maakt naar het regulier voortgezet onderwijs in de eigen regio. Voorwaarden zijn
        dat de leerling een uitstroomprofiel vervolgonderwijs heeft, de doelen in het OPP op het gebied van
        gedrag en werkhouding grotendeels heeft behaald en zelf gemotiveerd is voor de overstap."""),
        P("""Uiterlijk in november van het laatste jaar van de TLV bespreekt de vso-school in de OPP-evaluatie met
        leerling, ouders en de consulent van het Loket of terugplaatsing mogelijk is. De vso-school neemt het
        initiatief en zoekt samen met de ouders een passende vo-school. De leerling loopt daarna zes tot acht
        weken proef op de nieuwe school (proefplaatsing). Na een positieve evaluatie besluit de Commissie
        Toewijzing over het overstaptraject; de leerling wordt per 1 augustus ingeschreven op de vo-school."""),
        P("""Na de overstap krijgt de leerling een half jaar begeleiding door een ambulant begeleider van de
        vso-school, in samenwerking met de ondersteuningscoördinator van de ontvangende school. Het
        samenwerkingsverband vergoedt de ontvangende school € 4.000 per teruggeplaatste leerling. In 2024-2025
        zijn 17 leerlingen teruggeplaatst."""),
        H1("Financiën"),
        H2("Verdeling van de middelen"),
        P("""Het huidige verdeelmodel loopt op 31 juli 2026 af. Samen met de besturen ontwikkelen we een nieuw
        verdeelmodel, dat na instemming van de OPR per 1 januari 2027 ingaat. Tot die tijd geldt een
        overgangsregeling die het bestuur in een afzonderlijk besluit heeft vastgelegd."""),
        H2("Meerjarenbegroting"),
        TABLE([["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Afdracht vso via DUO", "4.310", "4.290", "4.260", "4.240"],
               ["Lwoo-middelen naar scholen", "3.850", "3.820", "3.790", "3.760"],
               ["Praktijkonderwijs (doorbetaling)", "2.120", "2.100", "2.090", "2.070"],
               ["Schoolbudgetten ondersteuning", "1.940", "1.920", "1.900", "1.880"],
               ["Expertteam en thuiszitterstrajecten", "460", "470", "470", "470"],
               ["Terugplaatsing en overstaptrajecten", "80", "80", "80", "80"],
               ["Ouder- en Jeugdsteunpunt", "95", "95", "95", "95"],
               ["Bureau, Loket en Commissie Toewijzing", "610", "600", "600", "590"],
               ["Totaal lasten", "13.465", "13.375", "13.285", "13.185"],
               ["Totaal baten", "13.240", "13.160", "13.090", "13.010"]]),
        P("""Het tekort wordt gedekt uit de algemene reserve, die daarmee in 2029 op het niveau van de
        signaleringswaarde uitkomt."""),
        H1("Resultaten"),
        P("""Onderstaande tabel laat zien welke resultaten we willen bereiken en waar we nu staan. Daarnaast
        vragen we leerlingen en ouders jaarlijks naar hun ervaringen; de belangrijkste uitkomsten nemen we op
        in het jaarverslag."""),
        TABLE([["Beoogd resultaat", "Stand 2024-2025", "Doel 2029-2030"],
               ["Thuiszitters langer dan 3 maanden", "9", "maximaal 3"],
               ["Terugplaatsingen vso naar vo per jaar", "17", "25"],
               ["Leerlingen met OPP die diploma of startkwalificatie halen", "71%", "80%"],
               ["Doorlooptijd TLV-aanvraag", "gemiddeld 5,5 week", "maximaal 5 weken"],
               ["Tevredenheid ouders over het Loket", "7,1", "7,5"]]),
        P("""Het bureau verzamelt de gegevens per kwartaal uit de registratie van het Loket, de leerplichtcijfers
        en DUO. Elk kwartaal bespreekt het bestuur een dashboard met de stand van zaken; in juni bespreken
        we de uitkomsten met de OPR en in de jaarlijkse verantwoordingsbijeenkomst met de besturen. Blijft
        een indicator achter, dan stelt het bestuur maatregelen vast in het jaarplan."""),
        H1("Ouders en leerlingen"),
        P("""Ouders en leerlingen moeten weten waar ze aan toe zijn. Op de website van het samenwerkingsverband
        staat een ouderpagina met uitleg over de ondersteuning op de scholen, de Ondersteuningskaart en de
        procedures bij het Loket, ook in eenvoudige taal. Iedere vo-school verwijst in de schoolgids naar deze
        pagina. In januari organiseren we samen met het SWV PO een informatieavond over de overstap voor
        ouders van leerlingen met een ondersteuningsbehoefte, en ouders kunnen op werkdagen het Loket bellen
        met vragen."""),
        P("""Sinds 2025 heeft Zeekant een eigen Ouder- en Jeugdsteunpunt (OJSP). Het steunpunt is onafhankelijk:
        het is ondergebracht bij een stichting voor cliëntondersteuning en de medewerkers staan alleen naast
        ouders en jongeren. Ouders en jongeren kunnen er terecht met vragen, bij onenigheid met school of
        samenwerkingsverband en voor begeleiding bij gesprekken. Het steunpunt rapporteert twee keer per jaar
        de signalen die het opvangt aan het bestuur. Daarnaast kunnen ouders een beroep doen op de
        Onderwijsconsulenten."""),
    ]
    b += aansluiting_po_vo(p)
    b += opr(p, True)
    b += governance(p)
    b += personeel(p)
    b += ict_privacy(p)
    b += totstandkoming(p, True)
    b += planning(p, verslag=True)
    b += begrippen(GLOSSARY_VO)
    return b


def label_e(docs):
    c = crit({"basisondersteuning.niveau", "plaatsing.procedure", "terugstroom.procedure", "terugstroom.beleid",
              "financien.besteding", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"})
    adv = {"plaatsing": ["deskundigen", "bezwaar"], "terugstroom": ["monitoring"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H 'Basisondersteuning': common level for all vestigingen (niveau) but content is only the abstract four referentiekader aspects + referral to each school's schoolgids/SOP (inhoud false).",
        "plaatsing": "H 'Toewijzing van extra ondersteuning': vso aanvraag/Loket/deskundigen/6 weeks and lwoo/pro route (procedure); no criteria ('weegt het dossier in zijn geheel', 'toetst aan de geldende regelgeving').",
        "terugstroom": "H 'Terugplaatsing vanuit het vso': policy and conditions, OPP-evaluatie in november, proefplaatsing, decision by Commissie, support after return, 17 returns.",
        "financien": "H 'Financien': meerjarenbegroting table with amounts (besteding); verdeelmodel expired and new one deferred to 1-1-2027 / separate besluit (verdeling false).",
        "dekkend-aanbod": "H 'Ondersteuningsvoorzieningen': continuum only referred to the Ondersteuningskaart on the website (continuum false); thuiszitters route, Thuiszitterstafel, doorzettingsmacht, yearly gap overview (lacunes).",
        "resultaten": "H 'Resultaten': table with current values and 2029-2030 targets, quarterly dashboard, OPR/verantwoording.",
        "ouders": "H 'Ouders en leerlingen': ouderpagina, schoolgids referral, info evening, Loket phone (informatie); independent OJSP and Onderwijsconsulenten (steunpunt).",
    }
    expected = {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"}
    write_label("vo-zeekant-ondersteuningsplan", docs, "vo", c, adv, notes, expected)


# ===========================================================================
# F – near miss: a basisschool's own "ondersteuningsplan" (school-level support plan)
# ===========================================================================
def plan_f():
    b = [("title", "Ondersteuningsplan OBS De Vlonder 2025-2026"),
         ("sub", "Hoe wij op De Vlonder de ondersteuning aan onze leerlingen organiseren"),
         ("sub", "Openbare basisschool De Vlonder, Molenstede – onderdeel van Stichting Openbaar Onderwijs Lingewaarde"),
         ("toc", None), ("pagebreak", None),
         H1("Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe OBS De Vlonder de ondersteuning aan leerlingen organiseert.
         Het plan is bedoeld voor het team, de medezeggenschapsraad en voor ouders die willen weten hoe wij
         werken. Het plan wordt ieder schooljaar door de intern begeleider en de directeur geactualiseerd en
         in de eerste teamvergadering van het schooljaar besproken. Het plan sluit aan bij het
         ondersteuningsplan van ons samenwerkingsverband, De Waterlinie, en bij ons
         schoolondersteuningsprofiel."""),
         P("""De Vlonder is een openbare basisschool met 236 leerlingen in tien groepen. De school ligt in een
         gemengde wijk. Ongeveer een vijfde van onze leerlingen spreekt thuis (ook) een andere taal dan het
         Nederlands. We hebben een team van 19 leerkrachten, twee onderwijsassistenten, een intern begeleider
         (0,6 fte) en een gedragsspecialist (0,2 fte)."""),
         H1("Onze visie op ondersteuning"),
         P("""Op De Vlonder gaan we uit van wat een kind nodig heeft. We werken handelingsgericht: we kijken naar
         de onderwijsbehoeften van het kind en naar wat de leerkracht nodig heeft om het kind goed te
         begeleiden. Ouders zijn onze partners; zij kennen hun kind het best. Daarom betrekken we ouders vanaf
         het eerste signaal bij de ondersteuning."""),
         H1("De ondersteuningsniveaus op De Vlonder"),
         P("""Wij werken met vijf ondersteuningsniveaus. Het niveau zegt iets over de intensiteit van de
         ondersteuning die een kind krijgt, niet over het kind zelf."""),
         TABLE([["Niveau", "Wat", "Wie"],
                ["1", "Goed onderwijs in de groep voor alle leerlingen, met basis-, verlengde en verkorte instructie", "Leerkracht"],
                ["2", "Extra zorg in de groep: extra instructie en oefening, op basis van het groepsplan", "Leerkracht"],
                ["3", "Speciale zorg na intern overleg: handelingsplan, inzet onderwijsassistent, consultatie IB", "Leerkracht en intern begeleider"],
                ["4", "Speciale zorg na extern onderzoek of advies: inzet schoolcontactpersoon van het samenwerkingsverband, eventueel een arrangement", "IB, SOT, samenwerkingsverband"],
                ["5", "Verwijzing naar speciaal (basis)onderwijs met een toelaatbaarheidsverklaring", "Schoolbestuur, samenwerkingsverband"]]),
         H1("Groepsbesprekingen en leerlingbesprekingen"),
         P("""Drie keer per jaar, na de afname van de toetsen van het leerlingvolgsysteem in oktober, februari en
         juni, houden de leerkracht en de intern begeleider een groepsbespreking. Daarin bespreken zij de
         resultaten van de groep, de onderwijsbehoeften van de leerlingen en het groepsplan voor de komende
         periode. Leerlingen die onvoldoende profiteren van de aanpak in de groep worden besproken in een
         leerlingbespreking."""),
         P("""Na de groepsbespreking wordt het groepsplan bijgesteld. De leerkracht noteert de afspraken in het
         leerlingvolgsysteem. De intern begeleider houdt een overzicht bij van alle leerlingen met een eigen
         leerlijn of handelingsplan."""),
         H1("Het school-ondersteuningsteam (SOT)"),
         P("""Het SOT komt vier keer per jaar bijeen. Vaste deelnemers zijn de intern begeleider, de directeur,
         de schoolcontactpersoon van het samenwerkingsverband en de medewerker van het jeugdteam. Ouders
         worden altijd uitgenodigd als hun kind wordt besproken. Het SOT kan besluiten tot aanvullend
         onderzoek, tot een verwijzing naar jeugdhulp of tot een aanvraag van een arrangement bij het
         samenwerkingsverband."""),
         H1("Ontwikkelingsperspectief"),
         P("""Voor leerlingen die op één of meer vakgebieden een eigen leerlijn volgen, stellen we een
         ontwikkelingsperspectiefplan (OPP) op. Het OPP wordt twee keer per jaar met ouders geëvalueerd. Vanaf
         groep 6 praten ook de leerlingen zelf mee over hun doelen. Het OPP wordt ook gebruikt als basis voor
         een eventuele aanvraag van een arrangement of een toelaatbaarheidsverklaring."""),
         H1("Dyslexie, dyscalculie en meer- en hoogbegaafdheid"),
         P("""We werken volgens het protocol Leesproblemen en Dyslexie. In groep 2 en 3 signaleren we vroegtijdig
         risico's; kinderen die achterblijven krijgen extra leesinstructie in een klein groepje van de
         onderwijsassistent. Wanneer er na drie perioden van intensieve begeleiding onvoldoende vooruitgang is,
         bespreken we met ouders een aanvraag voor dyslexieonderzoek via de gemeente."""),
         P("""Voor leerlingen die meer aankunnen hebben we in alle groepen een verrijkingsaanbod. Leerlingen uit
         groep 5 tot en met 8 kunnen na signalering deelnemen aan de plusklas van ons bestuur, op
         woensdagochtend op een andere school."""),
         H1("Gedrag en sociale veiligheid"),
         P("""De Vlonder is een Kanjerschool. Alle leerkrachten zijn gecertificeerd. We monitoren twee keer per
         jaar het welbevinden en de sociale veiligheid. Bij zorgen over gedrag stelt de leerkracht samen met
         de gedragsspecialist een gedragsplan op. De school heeft een anti-pestcoördinator."""),
         H1("Extra ondersteuning van het samenwerkingsverband"),
         P("""Wanneer de ondersteuning van de school niet toereikend is, kunnen we een beroep doen op het
         samenwerkingsverband. Via de schoolcontactpersoon vragen we een arrangement aan. Dat kan bijvoorbeeld
         een ambulant begeleider gedrag zijn, of een tijdelijke plaatsing in de observatiegroep. Voor
         plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is een toelaatbaarheidsverklaring
         nodig, die door ons schoolbestuur wordt aangevraagd bij het samenwerkingsverband."""),
         P("""In het schooljaar 2024-2025 hebben wij vier arrangementen aangevraagd en twee
         toelaatbaarheidsverklaringen (één voor het sbo en één voor het so). Eén leerling is na twee jaar sbo
         teruggeplaatst in groep 6; zij kreeg het eerste halfjaar begeleiding van een leerkracht van het
         sbo."""),
         H1("Middelen"),
         P("""De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. Voor
         2025-2026 is dat € 34.200. Deze middelen zetten wij in voor de gedragsspecialist (0,2 fte), extra
         uren van de onderwijsassistent en scholing van het team op het gebied van gedrag. Daarnaast
         gebruiken we een deel van de NPO-middelen voor de extra leesinstructie in groep 3."""),
         H1("Samenwerking met ouders"),
         P("""We informeren ouders via de schoolgids, de nieuwsbrief en de ouderavonden aan het begin van het
         schooljaar. Zorgen over een kind bespreken we altijd eerst met de ouders. Ouders kunnen ook zelf een
         gesprek aanvragen met de intern begeleider. Voor onafhankelijk advies verwijzen we ouders naar het
         ouder- en jeugdsteunpunt van het samenwerkingsverband."""),
         H1("Doelen voor dit schooljaar"),
         UL("Alle groepsplannen zijn in oktober 2025 omgezet naar het nieuwe format.",
            "De leesresultaten in groep 4 stijgen: 80% van de leerlingen haalt in juni 2026 het streefniveau.",
            "Het team volgt twee studiemiddagen over executieve functies.",
            "Het SOT evalueert in juni 2026 de samenwerking met het jeugdteam."),
         H1("Evaluatie"),
         P("""Aan het einde van het schooljaar evalueren de directeur en de intern begeleider dit plan met het
         team. De uitkomsten worden besproken met de medezeggenschapsraad en verwerkt in het plan voor het
         volgende schooljaar."""),
         P("""Vastgesteld door de directie op 2 september 2025. De MR heeft op 16 september 2025 positief
         geadviseerd."""),
         ]
    return b


# ===========================================================================
# main
# ===========================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    made = []
    hdr = lambda p: f"{p['naam']} – Ondersteuningsplan {p['periode']}"
    ftr = "Ondersteuningsplan – basisondersteuning, toelaatbaarheid, terugplaatsing, middelen, resultaten en ouders"

    a = plan_a()
    render_docx(a, OUT / "po-waterlinie-2026-2030.docx", hdr(PA), ftr)
    label_a(["po-waterlinie-2026-2030.docx"])
    made.append(("po-waterlinie-2026-2030.docx", word_count(a)))

    bb = plan_b()
    docx_to_pdf(bb, OUT / "po-kempen-oost-op-2026-2030.pdf", hdr(PB), ftr)
    label_b(["po-kempen-oost-op-2026-2030.pdf"])
    made.append(("po-kempen-oost-op-2026-2030.pdf", word_count(bb)))

    c = plan_c()
    render_docx(c, OUT / "po-veenkolonien-zuid-ondersteuningsplan.docx", hdr(PC), ftr)
    label_c(["po-veenkolonien-zuid-ondersteuningsplan.docx"])
    made.append(("po-veenkolonien-zuid-ondersteuningsplan.docx", word_count(c)))

    d = plan_d()
    docx_to_pdf(d, OUT / "po-heuvelrand-op-2026.pdf", hdr(PD), ftr)
    label_d(["po-heuvelrand-op-2026.pdf"])
    made.append(("po-heuvelrand-op-2026.pdf", word_count(d)))

    e = plan_e()
    render_html(e, OUT / "vo-zeekant-ondersteuningsplan.html", hdr(PE), "© Samenwerkingsverband VO Zeekant – ouders, leerlingen en scholen")
    label_e(["vo-zeekant-ondersteuningsplan.html"])
    made.append(("vo-zeekant-ondersteuningsplan.html", word_count(e)))

    f = plan_f()
    render_docx(f, OUT / "de-vlonder-ondersteuningsplan-2025-2026.docx", "OBS De Vlonder – Ondersteuningsplan 2025-2026",
                "OBS De Vlonder – ondersteuning, ouders en samenwerkingsverband")
    write_notplan_label("de-vlonder-ondersteuningsplan-2025-2026", ["de-vlonder-ondersteuningsplan-2025-2026.docx"], "po",
                        "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, SOT, "
                        "school budget): not the plan of a samenwerkingsverband (no OPR, OOGO, verdeling, TLV-beslissing by the verband).")
    made.append(("de-vlonder-ondersteuningsplan-2025-2026.docx", word_count(f)))

    for name, n in made:
        print(f"{name}: {n} words")


if __name__ == "__main__":
    main()
