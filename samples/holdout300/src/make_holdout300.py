#!/usr/bin/env python3
"""Generate the holdout300 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, each with a hand-written <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# document model
# --------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, title, subtitle, header):
        self.title, self.subtitle, self.header = title, subtitle, header
        self.front = []      # title page lines
        self.blocks = []     # (kind, payload)
        self.n1 = 0
        self.n2 = 0

    def h1(self, text, numbered=True):
        if numbered:
            self.n1 += 1
            self.n2 = 0
            text = f"{self.n1} {text}"
        self.blocks.append(("h1", text))

    def h2(self, text):
        self.n2 += 1
        self.blocks.append(("h2", f"{self.n1}.{self.n2} {text}"))

    def p(self, *texts):
        for t in texts:
            self.blocks.append(("p", " ".join(t.split())))

    def ul(self, items):
        self.blocks.append(("ul", [" ".join(i.split()) for i in items]))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def toc(self):
        out, page = [], 3
        for kind, text in self.blocks:
            if kind == "h1":
                page += 2
                out.append((0, text, page))
            elif kind == "h2":
                out.append((1, text, page))
        return out

    def words(self):
        n = 0
        for kind, pl in self.blocks:
            if kind in ("p", "h1", "h2"):
                n += len(pl.split())
            elif kind == "ul":
                n += sum(len(i.split()) for i in pl)
            elif kind == "table":
                n += sum(len(str(c).split()) for r in pl for c in r)
        return n


def _normalise_zip(path):
    """Rewrite a zip container with fixed timestamps so output is byte-stable."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


def render_docx(d, path):
    doc = docx.Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "bureau samenwerkingsverband"
    cp.title = d.title
    cp.revision = 1
    doc.sections[0].header.paragraphs[0].text = d.header
    doc.sections[0].footer.paragraphs[0].text = d.header.split("|")[0].strip() + " – pagina"
    doc.add_heading(d.title, 0)
    doc.add_paragraph(d.subtitle)
    for line in d.front:
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_paragraph("Inhoud").runs[0].bold = True
    for lvl, text, page in d.toc():
        doc.add_paragraph(("    " * lvl) + f"{text} .......... {page}")
    doc.add_page_break()
    for kind, pl in d.blocks:
        if kind == "h1":
            doc.add_heading(pl, 1)
        elif kind == "h2":
            doc.add_heading(pl, 2)
        elif kind == "p":
            doc.add_paragraph(pl)
        elif kind == "ul":
            for it in pl:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(pl), cols=len(pl[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pl):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(str(path))
    _normalise_zip(path)


def render_md(d, path):
    L = [f"# {d.title}", "", f"*{d.subtitle}*", ""]
    L += [f"{x}  " for x in d.front] + ["", "## Inhoud", ""]
    for lvl, text, _ in d.toc():
        L.append(("  " * lvl) + f"- {text}")
    L.append("")
    for kind, pl in d.blocks:
        if kind == "h1":
            L += [f"## {pl}", ""]
        elif kind == "h2":
            L += [f"### {pl}", ""]
        elif kind == "p":
            L += [pl, ""]
        elif kind == "ul":
            L += [f"- {i}" for i in pl] + [""]
        elif kind == "table":
            L.append("| " + " | ".join(map(str, pl[0])) + " |")
            L.append("|" + "---|" * len(pl[0]))
            for r in pl[1:]:
                L.append("| " + " | ".join(map(str, r)) + " |")
            L.append("")
    path.write_text("\n".join(L), encoding="utf-8")


def _esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(d, path):
    H = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
         f"<title>{_esc(d.title)}</title></head><body>",
         f"<header><p>{_esc(d.header)}</p></header>",
         f"<h1>{_esc(d.title)}</h1>", f"<p><em>{_esc(d.subtitle)}</em></p>"]
    H += [f"<p>{_esc(x)}</p>" for x in d.front]
    H.append('<nav><h2>Inhoud</h2><ul>')
    H += [f"<li>{_esc(t)}</li>" for _, t, _ in d.toc()]
    H.append("</ul></nav><main>")
    for kind, pl in d.blocks:
        if kind == "h1":
            H.append(f"<h2>{_esc(pl)}</h2>")
        elif kind == "h2":
            H.append(f"<h3>{_esc(pl)}</h3>")
        elif kind == "p":
            H.append(f"<p>{_esc(pl)}</p>")
        elif kind == "ul":
            H.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in pl) + "</ul>")
        elif kind == "table":
            H.append("<table border=\"1\">")
            H.append("<tr>" + "".join(f"<th>{_esc(c)}</th>" for c in pl[0]) + "</tr>")
            for r in pl[1:]:
                H.append("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in r) + "</tr>")
            H.append("</table>")
    H.append("</main><footer><p>" + _esc(d.header) + "</p></footer></body></html>")
    path.write_text("\n".join(H), encoding="utf-8")


def render_pdf(d, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout300_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(d, src)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]
CORE = {"basisondersteuning": ["niveau", "inhoud"], "plaatsing": ["procedure", "criteria"],
        "terugstroom": ["procedure", "beleid"], "financien": ["verdeling", "besteding"],
        "dekkend-aanbod": ["continuum", "lacunes"], "resultaten": ["doelen", "monitoring"],
        "ouders": ["informatie", "steunpunt"]}


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, advisory, notes, looks_like_plan=True):
    L = [f"documents: [{', '.join(documents)}]"]
    if not looks_like_plan:
        L += [f"sector: {sector}", "looks_like_plan: false", "elements: {}", "criteria: {}",
              "advisory_addressed: {}", "notes:", f"  document: {_q(notes['document'])}"]
    else:
        status = {}
        for el in ELEMENTS:
            vals = [crit[f"{el}.{c}"] for c in CORE[el]]
            if all(vals):
                status[el] = "present"
            elif any(vals) or advisory.get(el):
                status[el] = "partial"
            else:
                status[el] = "missing"
        L += [f"sector: {sector}", "looks_like_plan: true",
              "elements: {" + ", ".join(f"{e}: {status[e]}" for e in ELEMENTS) + "}", "criteria:"]
        for el in ELEMENTS:
            for c in CORE[el]:
                L.append(f"  {el}.{c}: {'true' if crit[el + '.' + c] else 'false'}")
        L.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                L.append(f"  {el}: [{', '.join(advisory[el])}]")
        L.append("notes:")
        for el in ELEMENTS:
            L.append(f"  {el}: {_q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(L) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# shared filler (written so that it mentions element words only in passing)
# --------------------------------------------------------------------------------------------
def voorwoord(d, c):
    d.h1("Voorwoord")
    d.p(f"""Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Het is het {c['generatie']}
    ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014. In de afgelopen periode is
    er veel bereikt, maar we zien ook dat de opgave niet kleiner wordt. Leerkrachten ervaren een grotere
    diversiteit in de klas, het lerarentekort drukt op de scholen en de wachtlijsten in de jeugdhulp maken
    het lastig om op tijd de juiste hulp te organiseren.""",
        f"""Dit plan is tot stand gekomen in gesprek met directeuren, intern begeleiders, leerkrachten,
    ouders, gemeenten en jeugdhulpaanbieders. In {c['sessies']} werksessies hebben we met elkaar besproken
    wat goed gaat en wat beter kan. Die gesprekken waren open en soms ook confronterend. We danken iedereen
    die heeft meegedacht en meegeschreven voor de inzet en de kritische vragen.""",
        """Een ondersteuningsplan is geen doel op zich. Het gaat erom dat kinderen de ondersteuning krijgen die
    zij nodig hebben, zo dicht mogelijk bij huis, en dat de middelen die we daarvoor van het Rijk ontvangen
    zo goed mogelijk terechtkomen op de plek waar het kind is: in de klas. Dat vraagt om vertrouwen tussen
    besturen, om heldere afspraken en om de bereidheid om van elkaar te leren.""",
        f"""Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven over passend
    onderwijs in {c['regio_kort']}.""")
    d.p(f"{c['bestuurder']}, directeur-bestuurder")


def over_ons(d, c, extra_rows=()):
    d.h1("Ons samenwerkingsverband")
    d.h2("Regio en besturen")
    d.p(f"""{c['name']} (registratienummer {c['code']}) is een stichting waarin {c['n_besturen']} schoolbesturen
    samenwerken. Het werkgebied omvat {c['gemeenten_tekst']}. In het verband vallen {c['n_scholen']} scholen
    met samen ongeveer {c['n_lln']} leerlingen. {c['sbo_so_tekst']}""",
        f"""De regio kent een gemengd karakter: naast {c['karakter']}. Het leerlingaantal {c['krimp']}
    Deze ontwikkeling heeft gevolgen voor de spreiding van voorzieningen en voor de bekostiging van het
    verband, omdat de ondersteuningsmiddelen grotendeels per leerling worden toegekend.""")
    d.h2("Kengetallen")
    d.p("De onderstaande tabel geeft een beeld van de omvang van het samenwerkingsverband op de teldatum "
        "1 oktober 2025.")
    rows = [["Kengetal", "Aantal"], ["Aangesloten schoolbesturen", c["n_besturen"]],
            ["Scholen en vestigingen", c["n_scholen"]], ["Leerlingen (teldatum 1 oktober 2025)", c["n_lln"]],
            ["Gemeenten in het werkgebied", c["n_gemeenten"]]]
    rows += list(extra_rows)
    d.table(rows)
    d.p("""Voor de leesbaarheid gebruiken we in dit plan het woord 'school' voor iedere vestiging of locatie
    van een aangesloten bestuur. Waar we 'ouders' schrijven, bedoelen we ook verzorgers en voogden.""")


def visie(d, c, ouders_pijler=True):
    d.h1("Missie, visie en ambities")
    d.h2("Missie")
    d.p(f"""{c['short']} zorgt er samen met de aangesloten besturen voor dat ieder kind in de regio zich
    kan ontwikkelen op een plek die bij hem of haar past. We doen dat vanuit de overtuiging dat kinderen het
    meest hebben aan goed onderwijs in een gewone klas, met leerkrachten die weten wat ze doen en die zich
    gesteund voelen. Waar dat niet genoeg is, organiseren we meer.""")
    d.h2("Visie")
    d.p("""Passend onderwijs is in onze ogen een gezamenlijke verantwoordelijkheid van scholen, besturen,
    ouders en partners in de wijk. Geen school kan het alleen. Onze visie rust op vier pijlers:""")
    d.ul(["Het kind centraal: we kijken naar wat een kind nodig heeft en niet naar wat het mankeert.",
          "De leerkracht doet ertoe: investeren in vakmanschap levert meer op dan het optuigen van structuren.",
          ("Samen met ouders: ouders kennen hun kind het best en zijn gelijkwaardige gesprekspartners."
           if ouders_pijler else
           "Dichtbij: ondersteuning wordt georganiseerd in de school en in de wijk, niet op afstand."),
          "Eenvoud: minder regels, minder formulieren en korte lijnen tussen school en samenwerkingsverband."])
    d.p("""Deze pijlers komen in alle hoofdstukken van dit plan terug. Ze zijn geen loze woorden: we gebruiken
    ze als toetssteen bij elk besluit van het bestuur, bij de inrichting van arrangementen en bij de keuzes die
    we maken over de inzet van middelen. Een voorstel dat de papierwinkel voor scholen vergroot zonder dat
    kinderen daar merkbaar beter van worden, halen we van tafel.""")
    d.h2("Ambities voor deze planperiode")
    d.p(f"""Voor de periode {c['period']} hebben we drie ambities geformuleerd. In de eerste plaats willen we
    dat scholen zich beter toegerust voelen om met verschillen om te gaan. In de tweede plaats willen we de
    samenwerking met de gemeenten verdiepen, zodat onderwijs en jeugdhulp elkaar versterken in plaats van
    op elkaar te wachten. In de derde plaats willen we als organisatie wendbaar blijven in een tijd waarin de
    landelijke kaders rond passend onderwijs opnieuw in beweging zijn.""",
        """Deze ambities zijn bewust breed geformuleerd. Ze geven richting aan het werk van het bureau en aan
    de gesprekken met de besturen. In het jaarplan maken we ze jaarlijks concreet.""")


def governance(d, c, ouders_in_opr=True):
    d.h1("Organisatie en governance")
    d.h2("Rechtsvorm en bestuur")
    d.p(f"""{c['short']} is een stichting. {c['bestuursmodel']} De dagelijkse leiding berust bij de
    directeur-bestuurder, die wordt ondersteund door een klein bureau met een beleidsmedewerker, een
    controller (op detacheringsbasis) en een secretariaat. Het bestuur legt jaarlijks verantwoording af
    over de uitvoering van het beleid in het bestuursverslag.""",
        f"""Het intern toezicht is ingericht volgens de {c.get('code_bestuur', 'Code Goed Bestuur in het primair onderwijs')}. De
    toezichthouders bezoeken minimaal eenmaal per jaar een school en voeren jaarlijks een zelfevaluatie uit.
    Belangenverstrengeling wordt voorkomen doordat bestuurders van aangesloten besturen niet tegelijk
    toezicht houden op de uitvoering van besluiten waarbij hun eigen bestuur direct belang heeft.""")
    d.h2("Medezeggenschap")
    if ouders_in_opr:
        opr = """De ondersteuningsplanraad (OPR) bestaat uit vertegenwoordigers van personeel en ouders die
        worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft
        instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan."""
    else:
        opr = """De ondersteuningsplanraad (OPR) bestaat uit acht leden die worden afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan."""
    d.p(opr, """De directeur-bestuurder overlegt minimaal vier keer per jaar met de OPR. Daarnaast heeft het
    samenwerkingsverband als werkgever een eigen medezeggenschapsraad voor het personeel van het bureau.
    Om de leden van de OPR goed toe te rusten, wordt jaarlijks een scholingsbijeenkomst georganiseerd.""")
    d.h2("Besluitvorming")
    d.p("""Besluiten over het ondersteuningsplan, de begroting, de jaarrekening en het bestuursverslag worden
    voorbereid door het bureau, besproken in het directeurenoverleg en vastgesteld door het bestuur. Het
    directeurenoverleg heeft een adviserende rol en vormt de verbinding met de dagelijkse praktijk van de
    scholen. Werkgroepen met intern begeleiders en directeuren bereiden inhoudelijke thema's voor.""")


def oogo(d, c, inhoudelijk=True):
    d.h1("Samenwerking met gemeenten")
    if not inhoudelijk:
        d.p(f"""Het ontwerp van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht
        overleg (OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten_kort']}. Het verslag
        van dat overleg is bij het bestuur bekend.""")
        return
    d.p(f"""Met de gemeenten {c['gemeenten_kort']} voeren we jaarlijks het op overeenstemming gericht overleg
    (OOGO). Het ontwerp van dit plan is besproken op {c['oogo_datum']}. De gemeenten hebben het plan
    voorzien van een positief advies, met de kanttekening dat de aansluiting tussen onderwijs en jeugdhulp
    de komende jaren meer aandacht verdient.""",
        """Gezamenlijke thema's in het OOGO zijn de aansluiting tussen onderwijsondersteuning en jeugdhulp,
    leerlingenvervoer, onderwijshuisvesting, vroegsignalering in de voorschoolse periode en de
    overgang van primair naar voortgezet onderwijs. Over leerlingenvervoer en huisvesting beslissen de
    gemeenten; het samenwerkingsverband denkt mee en brengt signalen van scholen in.""",
        """Op bestuurlijk niveau vindt twee keer per jaar een overleg plaats tussen de directeur-bestuurder
    en de wethouders onderwijs en jeugd. Op uitvoerend niveau zijn er vaste contactpersonen bij de
    gemeentelijke toegang tot jeugdhulp. We maken afspraken over gegevensuitwisseling binnen de grenzen
    van de privacywetgeving.""")


def personeel(d, c):
    d.h1("Personeel en professionalisering")
    d.p(f"""Het bureau van {c['short']} is klein en werkt met een flexibele schil. Inhoudelijke expertise wordt
    waar mogelijk ingehuurd bij of gedetacheerd vanuit de aangesloten besturen, zodat kennis in de regio
    blijft. Het personeelsbeleid is gericht op duurzame inzetbaarheid en op het behoud van ervaren
    medewerkers.""",
        """De belangrijkste investering in passend onderwijs is de deskundigheid van leerkrachten en intern
    begeleiders. Het samenwerkingsverband organiseert daarom een jaarlijks scholingsaanbod, netwerken voor
    intern begeleiders en een leergang voor startende IB'ers. De netwerkbijeenkomsten worden goed bezocht
    en zijn volgens de deelnemers de plek waar praktijkkennis wordt gedeeld.""",
        f"""Het lerarentekort raakt ook het {c.get('so_term', 'speciaal (basis)onderwijs')}. We onderzoeken met de besturen hoe we
    gezamenlijk kunnen werven en hoe we zij-instromers kunnen begeleiden. Dit is een onderwerp dat de
    grenzen van het ondersteuningsplan overstijgt; we nemen het op in het strategisch personeelsbeleid
    van de besturen.""")


def kennisdeling(d, c):
    d.h1("Kennisdeling en innovatie")
    d.p(f"""Passend onderwijs is vakwerk. In {c['regio_kort']} is veel kennis aanwezig, maar die zit vaak opgesloten in
    één school of bij één specialist. Daarom investeren we in deze planperiode in het delen van kennis tussen
    scholen en besturen. We organiseren jaarlijks een regionale studiedag voor leerkrachten, met werkvormen die
    direct in de klas toepasbaar zijn, en we ondersteunen lerende netwerken rond thema's als gedrag, taal,
    hoogbegaafdheid en het jonge kind.""",
        """Scholen die een nieuwe aanpak willen uitproberen, kunnen een kleine innovatiesubsidie aanvragen. Een
    voorwaarde is dat de school de opbrengst deelt in een netwerkbijeenkomst, zodat andere scholen ervan kunnen
    leren. De eerste ervaringen laten zien dat vooral kleine scholen hiervan profiteren: zij missen vaak de ruimte
    om zelf te experimenteren, maar nemen graag over wat elders werkt.""",
        f"""Daarnaast werken we samen met {c.get('opleiding', 'de regionale pabo en de lerarenopleidingen')}. Studenten lopen stage in het
    {c.get('so_term', 'speciaal (basis)onderwijs')} en op scholen met een bijzondere ondersteuningsaanpak. Zo raken toekomstige
    leraren vertrouwd met de diversiteit die zij later in hun eigen klas zullen tegenkomen. Met de hogeschool
    verkennen we of een gezamenlijk praktijkgericht onderzoek mogelijk is naar de effecten van co-teaching in
    groepen met veel ondersteuningsvragen.""",
        """Tot slot volgen we de landelijke ontwikkelingen nauwgezet. De verbeteraanpak passend onderwijs, de
    discussie over inclusiever onderwijs en de plannen rond een landelijke norm hebben gevolgen voor ons werk.
    Het bureau brengt hierover twee keer per jaar een korte notitie uit voor bestuur en directeuren.""")


def ict_privacy(d, c):
    d.h1("ICT, privacy en gegevensbescherming")
    d.p("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen bij aanvragen voor
    arrangementen en toelaatbaarheidsverklaringen. Daarvoor gebruiken we een beveiligde digitale omgeving
    waarin scholen dossiers kunnen aanleveren. Medewerkers hebben alleen toegang tot de gegevens die zij
    voor hun taak nodig hebben.""",
        """Er is een functionaris gegevensbescherming aangesteld, die wordt gedeeld met een van de
    aangesloten besturen. Datalekken worden gemeld volgens de geldende procedure. Het privacyreglement
    wordt periodiek geactualiseerd en is besproken met de OPR. Dossiers worden niet langer bewaard dan
    wettelijk is toegestaan.""",
        """In deze planperiode vervangen we het huidige registratiesysteem. De keuze voor een nieuw systeem
    maken we samen met een vertegenwoordiging van intern begeleiders, zodat het systeem aansluit bij de
    werkwijze op scholen. Koppelingen met de leerlingadministratie van de scholen worden alleen gemaakt als
    daarvoor een grondslag bestaat.""")


def planning(d, c):
    d.h1("Planning en jaarcyclus")
    d.p(f"""Het ondersteuningsplan geldt voor de periode {c['period']}. Jaarlijks stellen we een jaarplan en
    een begroting op waarin de ambities van dit plan worden vertaald naar activiteiten. Het schema hieronder
    laat de vaste momenten in de jaarcyclus zien.""")
    d.table([["Periode", "Activiteit", "Betrokken"],
             ["september", "Jaarplan vastgesteld, start werkgroepen", "bestuur, bureau"],
             ["november", "Bijeenkomst intern begeleiders", "bureau, IB-netwerk"],
             ["december", "Begroting volgend kalenderjaar", "bestuur, OPR (advies)"],
             ["maart", "Tussentijdse bespreking voortgang", "directeurenoverleg"],
             ["juni", "Jaarrekening en bestuursverslag", "bestuur, toezicht"],
             ["juli", "Evaluatie jaarplan, vooruitblik", "bestuur, OPR"]])
    d.p("""Het plan kan tussentijds worden gewijzigd als de landelijke regelgeving of de situatie in de regio
    daarom vraagt. Wijzigingen worden op dezelfde wijze voorbereid en vastgesteld als het plan zelf.""")


def totstandkoming(d, c):
    d.h1("Totstandkoming van dit plan")
    d.p(f"""Het ontwerp van dit plan is besproken met het directeurenoverleg en de besturen. Het OOGO met de
    gemeenten vond plaats op {c['oogo_datum']}; het overleg met het samenwerkingsverband
    {c['ander_swv']} op {c['overleg_datum']}. De OPR heeft op {c['opr_datum']} ingestemd met het plan. Het
    bestuur heeft het plan vastgesteld op {c['vaststelling']} en het daarna toegezonden aan de inspectie
    van het onderwijs.""")


def begrippen(d, items, title="Begrippenlijst"):
    d.h1(f"Bijlage 1 {title}", numbered=False)
    d.table([["Begrip", "Betekenis"]] + [list(x) for x in items])


def afkortingen(d, items):
    d.h1("Bijlage 2 Afkortingen", numbered=False)
    d.ul([f"{a}: {b}" for a, b in items])


STD_BEGRIPPEN = [
    ("Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep, afgestemd op de behoefte."),
    ("Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
     "scholen bieden, binnen de eigen organisatie en zo nodig met ketenpartners."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende plek is."),
    ("Meerjarenbegroting", "Begroting waarin de verwachte baten en lasten voor meerdere jaren zijn opgenomen."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen "
     "over onderwijs en ondersteuning."),
    ("Terugplaatsing", "Overgang van een leerling uit het speciaal (basis)onderwijs naar het reguliere onderwijs."),
    ("Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het "
     "speciaal (basis)onderwijs."),
    ("Zorgplicht", "De plicht van een schoolbestuur om een passende onderwijsplek te bieden of te vinden."),
]
STD_AFK = [("AB", "algemeen bestuur"), ("IB", "intern begeleider"), ("MDO", "multidisciplinair overleg"),
           ("OJSP", "ouder- en jeugdsteunpunt"), ("OOGO", "op overeenstemming gericht overleg"),
           ("OPP", "ontwikkelingsperspectiefplan"), ("OPR", "ondersteuningsplanraad"),
           ("SBO", "speciaal basisonderwijs"), ("SO", "speciaal onderwijs"),
           ("SOP", "schoolondersteuningsprofiel"), ("TLV", "toelaatbaarheidsverklaring")]


# --------------------------------------------------------------------------------------------
# Plan 1: small PO verband, Word. basis present, plaatsing partial (criteria deferred),
# terugstroom present but hidden in the TLV chapter, financien present under "Geld en middelen",
# dekkend partial (lacunes not addressed), resultaten missing, ouders missing.
# --------------------------------------------------------------------------------------------
def plan1():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Linge", short="SWV De Linge",
             code="PO 26-14", period="2026-2030", generatie="derde", sessies="vijf", regio_kort="de Lingestreek",
             bestuurder="Marieke van Asperen", n_besturen=4, n_scholen=21, n_lln="4.350", n_gemeenten=3,
             gemeenten_tekst="de gemeenten Lingewaal-Oost, Vuren en Heukelum-Zuid",
             gemeenten_kort="Lingewaal-Oost, Vuren en Heukelum-Zuid",
             sbo_so_tekst="Binnen de grenzen van het verband ligt één school voor speciaal basisonderwijs, sbo De "
                          "Bongerd. Scholen voor speciaal onderwijs liggen buiten de regio, in Gorinchem en Tiel.",
             karakter="een kleine stadskern liggen veel dorpen met één of twee basisscholen",
             krimp="daalt sinds 2019 licht; de prognose voorziet een verdere daling van ongeveer vijf procent tot 2030.",
             bestuursmodel="Het algemeen bestuur bestaat uit de bestuurders van de vier aangesloten besturen en "
                           "houdt toezicht op de directeur-bestuurder, aan wie het bestuur is opgedragen.",
             oogo_datum="14 januari 2026", ander_swv="VO Rivierenland", overleg_datum="21 januari 2026",
             opr_datum="10 maart 2026", vaststelling="24 maart 2026")
    d = Doc("Ondersteuningsplan 2026-2030", "Samen sterk in de Lingestreek",
            "SWV De Linge | Ondersteuningsplan 2026-2030 | basisondersteuning – toelaatbaarheid – middelen")
    d.front = [c["name"], f"Registratienummer {c['code']}", "Vastgesteld door het algemeen bestuur op 24 maart 2026",
               "Met instemming van de ondersteuningsplanraad"]
    voorwoord(d, c)
    d.h1("Samenvatting")
    d.p("""Dit plan beschrijft hoe de vier besturen in de Lingestreek samen passend onderwijs vormgeven. Het
    begint bij de basisondersteuning die iedere school biedt. Daarna beschrijven we de extra ondersteuning,
    de toelaatbaarheid tot het speciaal (basis)onderwijs, de inzet van geld en middelen en de organisatie.
    Over resultaten, ouders en het dekkend aanbod leest u in de hoofdstukken 5 tot en met 10 meer.""")
    over_ons(d, c)
    visie(d, c, ouders_pijler=False)

    d.h1("Basisondersteuning: wat elke school biedt")
    d.p("""De vier besturen hebben met elkaar afgesproken dat alle 21 basisscholen in het samenwerkingsverband,
    op iedere vestiging, ten minste hetzelfde niveau van ondersteuning bieden. Dat niveau noemen we de
    basisondersteuning. Het is een ondergrens: een school mag meer bieden, maar nooit minder. Een leerling
    hoeft voor basisondersteuning geen aanvraag te doen bij het samenwerkingsverband; de school organiseert
    dit zelf, binnen haar eigen formatie en budget.""",
        """De afspraken zijn uitgewerkt in acht standaarden. De tabel hieronder beschrijft per standaard wat
    ouders en leerkrachten op elke school mogen verwachten.""")
    d.table([["Standaard", "Wat elke school ten minste biedt"],
             ["1 Intern begeleider", "Een intern begeleider met een afgeronde opleiding, minimaal 0,4 fte per 200 leerlingen, die de ondersteuning coördineert."],
             ["2 Handelingsgericht werken", "Drie keer per jaar een groepsbespreking per groep; groepsplannen of groepsoverzichten met onderwijsbehoeften."],
             ["3 Dyslexie en dyscalculie", "Werken volgens het landelijke protocol leesproblemen en dyslexie en het protocol ERWD, inclusief voorleessoftware."],
             ["4 Gedrag en welbevinden", "Een schoolbrede aanpak voor sociale veiligheid, een jaarlijkse monitor en een anti-pestcoördinator."],
             ["5 Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep, een verrijkingsgroep op school of bovenschools."],
             ["6 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere thuistaal."],
             ["7 Medisch handelen", "Een protocol medisch handelen en afspraken over het toedienen van medicijnen."],
             ["8 Ketenpartners", "Een vaste schoolcontactpersoon van het jeugdteam en schoolmaatschappelijk werk dat binnen twee weken beschikbaar is."]])
    d.p("""Deze standaarden gelden ongeacht de grootte van de school. Kleine dorpsscholen kunnen voor de standaarden
    5 en 6 samenwerken met een naburige school; de verantwoordelijkheid blijft bij de eigen school.""",
        """Eens per jaar bespreekt de directeur-bestuurder van het samenwerkingsverband met iedere schooldirecteur
    de kwaliteitskaart basisondersteuning. Scoort een school op een standaard onvoldoende, dan maakt het bestuur
    van die school binnen drie maanden een verbeterplan, waarvan de uitvoering een jaar later opnieuw wordt
    besproken.""")

    d.h1("Extra ondersteuning en arrangementen")
    d.p("""Soms is de basisondersteuning niet genoeg. Dan kan de school extra ondersteuning inzetten. Ons
    ondersteuningsaanbod is opgebouwd in lagen die op elkaar aansluiten:""")
    d.ul(["Laag 1 – basisondersteuning in de groep en in de school (zie hoofdstuk 5).",
          "Laag 2 – arrangement op school: na een bespreking in het ondersteuningsteam van de school, waaraan de "
          "consulent van het samenwerkingsverband deelneemt, kan de school een arrangement inzetten, bijvoorbeeld "
          "extra begeleiding door een specialist, een time-outplek in een andere groep of een aangepast programma.",
          "Laag 3 – bovenschoolse voorziening: de Lingeklas voor leerlingen met complexe gedragsvragen (maximaal "
          "twaalf leerlingen, drie dagdelen per week, leerlingen blijven ingeschreven op de eigen school) en de "
          "plusklas voor hoogbegaafde leerlingen op twee locaties.",
          "Laag 4 – speciaal basisonderwijs op sbo De Bongerd.",
          "Laag 5 – speciaal onderwijs in cluster 3 en 4, buiten de regio."])
    d.p("""Voor leerlingen met een combinatie van onderwijs- en zorgbehoeften werken we met de jeugdteams van de
    drie gemeenten samen in het onderwijs-zorgarrangement 'Samen naar school', waarin een jeugdhulpverlener
    een deel van de week in de klas meedraait. De gemeenten financieren het zorgdeel, het samenwerkingsverband
    het onderwijsdeel.""",
        """Of ons aanbod voor alle kinderen in de regio dekkend is, brengen we in beeld zodra de nieuwe
    regionale monitor beschikbaar is. Thuiszitters zijn in een kleine regio als de onze gelukkig een
    uitzondering; zij hebben onze blijvende aandacht.""")

    d.h1("Toelaatbaarheid tot het speciaal (basis)onderwijs")
    d.h2("Aanvraag en besluit")
    d.p("""Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bestuur van de school waar de leerling
    staat ingeschreven, in de praktijk door de intern begeleider namens de directeur. Voorafgaand aan de aanvraag
    vindt een multidisciplinair overleg (MDO) plaats met de ouders, de leerkracht, de intern begeleider en de
    consulent van het samenwerkingsverband. De school levert via het beveiligde portaal het groeidocument, het
    ontwikkelingsperspectiefplan en de zienswijze van de ouders aan.""",
        """De Commissie van Toelaatbaarheid (CvT) van het samenwerkingsverband neemt binnen zes weken na ontvangst
    van een volledige aanvraag een besluit. Zij vraagt daarvoor advies aan twee deskundigen: een orthopedagoog
    of psycholoog en, afhankelijk van de vraag van het kind, een tweede deskundige, zoals een
    maatschappelijk werker, een kinderarts of een kinder- en jeugdpsychiater. De deskundigen zijn niet
    betrokken geweest bij de voorbereiding van de aanvraag en geven ieder een eigen schriftelijk advies.""")
    d.h2("Toetsingskader")
    d.p("""De inhoudelijke criteria waarop de commissie toetst, worden in het schooljaar 2026-2027 door de CvT in
    overleg met de directie van De Bongerd en de so-scholen herijkt. Na vaststelling door het bestuur voegen we
    ze als aanvulling aan dit plan toe. Tot die tijd weegt de commissie iedere aanvraag zorgvuldig op haar eigen
    merites.""")
    d.h2("Duur en bekostiging")
    d.p("""Een TLV voor het speciaal basisonderwijs wordt in de regel afgegeven tot het einde van de
    basisschoolperiode. Een TLV voor het speciaal onderwijs geldt voor twee schooljaren en vermeldt de
    bekostigingscategorie (laag, midden of hoog).""")
    d.h2("Als de TLV afloopt")
    d.p("""In het laatste schooljaar van de TLV neemt de school voor s(b)o het initiatief: uiterlijk 1 februari
    nodigt zij de ouders, de consulent van het samenwerkingsverband en de intern begeleider van een mogelijke
    ontvangende basisschool uit voor een evaluatiegesprek op basis van het ontwikkelingsperspectief. Het
    gesprek mondt uit in een advies: terug naar het reguliere onderwijs, of verder in het s(b)o. In het eerste
    geval meldt de s(b)o-school de leerling met instemming van de ouders aan bij de ontvangende school; in het
    tweede geval vraagt zij vóór 1 april een nieuwe TLV aan. De CvT beslist over die nieuwe aanvraag.""",
        """Ons uitgangspunt is dat een plaatsing in het speciaal (basis)onderwijs tijdelijk kan zijn: waar een
    leerling zich voldoende heeft ontwikkeld om in een reguliere groep mee te doen, kiezen we voor een school
    zo dicht mogelijk bij huis. Voorwaarde is dat de ontvangende school de benodigde ondersteuning kan bieden.
    Na de overstap krijgt de ontvangende school een terugkeerarrangement: gedurende drie maanden begeleidt een
    leerkracht van De Bongerd of van de so-school de leerling en de nieuwe leerkracht, één dagdeel per week.
    Dit arrangement wordt betaald uit het budget bovenschoolse arrangementen.""")
    d.h2("Bezwaar")
    d.p("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over
    toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen, die het bestuur adviseert voordat het op het bezwaar beslist.""")

    d.h1("Geld en middelen")
    d.p("""Het samenwerkingsverband ontvangt jaarlijks een budget voor lichte en zware ondersteuning van het Rijk.
    Na aftrek van de afdrachten voor leerlingen in het speciaal onderwijs en de groeibekostiging van het sbo
    verdelen we het budget als volgt:""")
    d.ul(["Schoolbudgetten: ieder bestuur ontvangt € 165 per leerling op de teldatum van 1 oktober van het jaar "
          "daarvoor, plus een vaste voet van € 6.000 per school, om de basisondersteuning en de arrangementen op "
          "school te bekostigen;",
          "Bovenschoolse arrangementen: een centraal budget waaruit de Lingeklas, de plusklas en terugkeer"
          "arrangementen worden betaald; toewijzing gebeurt door de consulenten op basis van een aanvraag van de "
          "school;",
          "Organisatie: bureau, consulenten en CvT, begrensd op ten hoogste acht procent van de inkomsten."])
    d.p("""De besturen leggen in hun jaarverslag verantwoording af over de besteding van de schoolbudgetten,
    volgens een vast format dat het samenwerkingsverband aanlevert. De meerjarenbegroting hieronder laat zien
    waaraan de middelen in de planperiode worden besteed (bedragen x € 1.000).""")
    d.table([["Post", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsbudget", "3.410", "3.365", "3.320", "3.280"],
             ["Afdrachten so en groeibekostiging sbo", "1.120", "1.130", "1.140", "1.150"],
             ["Schoolbudgetten besturen", "844", "832", "822", "812"],
             ["Sbo De Bongerd (aanvullend)", "540", "530", "520", "510"],
             ["Bovenschoolse arrangementen", "560", "545", "530", "520"],
             ["Consulenten en CvT", "150", "150", "150", "150"],
             ["Bureau en organisatie", "245", "240", "238", "236"],
             ["Resultaat", "-49", "-62", "-80", "-98"]])
    d.p("""De negatieve resultaten zijn bewust begroot: het weerstandsvermogen ligt met 21 procent boven de
    signaleringswaarde, en de reserve wordt in vier jaar teruggebracht naar het niveau dat bij de risico's past.""")

    d.h1("Opbrengsten en ambities")
    d.p("""In de komende maanden formuleren we samen met de besturen welke opbrengsten we in deze planperiode
    willen zien. Het is nu te vroeg om daarover uitspraken te doen; de paragraaf over resultaten volgt in de
    eerste voortgangsrapportage. Wel staat vast dat we ons bij het formuleren laten leiden door de visie uit
    hoofdstuk 4.""")

    d.h1("Communicatie")
    d.p("""Goede communicatie tussen het samenwerkingsverband en de scholen is onmisbaar. Vier keer per jaar
    verschijnt een digitale nieuwsbrief voor directeuren en intern begeleiders. De consulenten zijn op vaste
    dagen op de scholen aanwezig. Voor bestuurders is er een jaarlijkse bestuursconferentie. Met de gemeenten
    delen we een kwartaalrapportage over het gebruik van de onderwijs-zorgarrangementen.""",
        """Ook intern werken we aan heldere communicatie: het bureau houdt een actuele contactlijst bij van alle
    scholen en zorgt ervoor dat wijzigingen in procedures tijdig bij de intern begeleiders bekend zijn.""")

    governance(d, c, ouders_in_opr=False)
    oogo(d, c)
    personeel(d, c)
    ict_privacy(d, c)
    planning(d, c)
    totstandkoming(d, c)
    begrippen(d, STD_BEGRIPPEN)
    afkortingen(d, STD_AFK)

    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "Ch.5 'Basisondersteuning: wat elke school biedt': agreed minimum for all 21 schools plus 8 standards in a table; kwaliteitskaart borging.",
        "plaatsing": "Ch.7 'Toelaatbaarheid tot het speciaal (basis)onderwijs' gives applicant, MDO, dossier, CvT, 6 weeks, two deskundigen, duration, LBT bezwaar; criteria explicitly deferred to 2026-2027 ('Toetsingskader').",
        "terugstroom": "Hidden in ch.7 (TLV chapter) subsection 'Als de TLV afloopt': s(b)o school initiates by 1 Feb, evaluation, decision/new TLV; policy thuisnabij + 3-month terugkeerarrangement.",
        "financien": "Ch.'Geld en middelen': per-leerling €165 + vaste voet, central budget, 8% cap; meerjarenbegroting table 2026-2029; weerstandsvermogen; jaarverslag format.",
        "dekkend-aanbod": "Ch.6 'Extra ondersteuning en arrangementen': layered continuum (laag 1-5, Lingeklas, plusklas, sbo, so) and OZA with jeugdteams; gaps only deferred ('zodra de nieuwe monitor') and thuiszitters passing mention.",
        "resultaten": "Ch.'Opbrengsten en ambities' only defers ('volgt in de eerste voortgangsrapportage'); no goals, no monitoring, no figures.",
        "ouders": "No parent information or steunpunt in body: 'Communicatie' is about schools/gemeenten only; OJSP only in begrippenlijst/afkortingen; OPR described without parents; parents appear only as TLV-procedure actors (MDO, zienswijze, LBT bezwaar = plaatsing).",
    }
    return "po-de-linge-2026", d, "po", crit, adv, notes, {
        "basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present", "financien": "present",
        "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "missing"}


# --------------------------------------------------------------------------------------------
# Plan 2: large PO verband, Word. basis partial (content in absent bijlage), plaatsing present in
# unusual wording, terugstroom partial (procedure deferred), financien partial (begroting elsewhere),
# dekkend present, resultaten present, ouders present inside "Communicatie en dialoog".
# --------------------------------------------------------------------------------------------
def plan2():
    c = dict(name="Stichting Samenwerkingsverband Primair Onderwijs Amstelland-Zuid", short="SWV Amstelland-Zuid",
             code="PO 27-05", period="2026-2030", generatie="derde", sessies="elf", regio_kort="Amstelland-Zuid",
             bestuurder="drs. Hamid El Khatib", n_besturen=14, n_scholen=96, n_lln="24.800", n_gemeenten=5,
             gemeenten_tekst="vijf gemeenten ten zuiden van de Amstel, van stedelijke wijken tot veenweidedorpen",
             gemeenten_kort="Amstelzijde, Ouderkerk-Zuid, Waverveen, Uithoorn-Oost en De Ronde Venen-Noord",
             sbo_so_tekst="Het verband telt drie scholen voor speciaal basisonderwijs en vier scholen voor speciaal "
                          "onderwijs in cluster 3 en 4.",
             karakter="een verstedelijkt noordelijk deel met grote scholen kent het zuiden kleine dorpsscholen",
             krimp="groeit in het noorden door nieuwbouw en krimpt in de dorpen.",
             bestuursmodel="Er is gekozen voor een raad-van-toezichtmodel: een onafhankelijke raad van toezicht van vijf "
                           "leden houdt toezicht op de directeur-bestuurder; de aangesloten besturen vormen samen de "
                           "algemene vergadering.",
             oogo_datum="3 december 2025", ander_swv="VO Amstelland", overleg_datum="10 december 2025",
             opr_datum="18 februari 2026", vaststelling="4 maart 2026")
    d = Doc("Ondersteuningsplan 2026-2030", "Elk kind een passende plek – samen en dichtbij",
            "SWV Amstelland-Zuid | Ondersteuningsplan 2026-2030")
    d.front = [c["name"], f"Registratienummer {c['code']}", "Versie 1.0 – definitief",
               "Vastgesteld door de directeur-bestuurder, goedgekeurd door de raad van toezicht op 4 maart 2026"]
    voorwoord(d, c)
    over_ons(d, c, extra_rows=[["Leerlingen in het sbo (1 oktober 2025)", "512"],
                                ["Leerlingen in het so (1 oktober 2025)", "338"]])
    d.h2("Terugblik op de vorige planperiode")
    d.p("""In de planperiode 2022-2026 hebben we de ondersteuning dichter bij de scholen georganiseerd: iedere
    school heeft een vaste trajectbegeleider gekregen, en het aantal aanvragen voor arrangementen is met een
    derde gedaald doordat scholen eerder en lichter hulp inschakelen. De evaluatie van die periode, met cijfers,
    vindt u in hoofdstuk 8.""")
    visie(d, c)

    d.h1("Basisondersteuning")
    d.p("""Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat op iedere
    vestiging van elk aangesloten bestuur aanwezig is. Geen school mag daaronder zakken, ongeacht haar grootte,
    denominatie of populatie. Basisondersteuning vraagt geen toestemming of aanvraag bij het samenwerkingsverband
    en wordt bekostigd uit de lumpsum van de school en het schoolbudget.""",
        """Net als in het Referentiekader passend onderwijs onderscheiden we vier aspecten: basiskwaliteit,
    preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Welke
    voorzieningen, interventies en expertise daar in Amstelland-Zuid concreet onder vallen, is beschreven in de
    Kaart Basisondersteuning (bijlage 3) en wordt per school uitgewerkt in het schoolondersteuningsprofiel.""",
        """De trajectbegeleiders bespreken jaarlijks met iedere directeur hoe de school ervoor staat. Blijkt dat
    een school onderdelen van de basisondersteuning niet waarmaakt, dan spreekt de directeur-bestuurder het
    bevoegd gezag aan en worden afspraken over verbetering vastgelegd en na zes maanden gecontroleerd.""")

    d.h1("Van basis naar specialistisch: ons aanbod")
    d.h2("Een doorlopend geheel")
    d.p("""Het aanbod in Amstelland-Zuid bestaat uit vier niveaus die naadloos op elkaar moeten aansluiten.
    Voor elk niveau is vastgelegd wie de ondersteuning biedt en waar:""")
    d.table([["Niveau", "Wat", "Waar / door wie"],
             ["1 Basis", "Basisondersteuning in de groep en de school", "Elke school, intern begeleider"],
             ["2 Arrangement op school", "Individuele of groepsarrangementen, bijv. leesbegeleiding, sova-training, begeleiding door een gedragsspecialist", "Eigen school, met schoolbudget; trajectbegeleider adviseert"],
             ["3 Bovenschools", "Observatiegroep jonge kinderen (4-6 jaar), Taalklas nieuwkomers, voltijds HB-groep 'De Denktank', Rebound PO", "Vier locaties verspreid over de regio"],
             ["4 Speciaal", "Sbo (3 scholen), so cluster 3 en 4 (4 scholen), onderwijs-zorgarrangementen", "Met toelaatbaarheidsverklaring"]])
    d.p("""Tussen de niveaus bestaan geen harde drempels: een kind kan tijdelijk gebruikmaken van een
    bovenschoolse voorziening en daarna met een arrangement op de eigen school verder. De trajectbegeleider
    bewaakt dat niemand tussen wal en schip valt.""")
    d.h2("Sluitend netwerk en thuiszitters")
    d.p("""Ieder schoolbestuur heeft zorgplicht. Vindt een bestuur binnen zes weken geen passende plek, dan
    neemt het samenwerkingsverband de regie: de trajectbegeleider roept binnen vijf werkdagen een overleg bij
    elkaar met ouders, school, leerplicht en zo nodig jeugdhulp, en maakt een plan met een einddatum.""",
        """Iedere maand komt de thuiszitterstafel bijeen, waar leerplicht, jeugdhulp, het samenwerkingsverband en
    de betrokken besturen alle leerlingen bespreken die langer dan vier weken (geoorloofd of ongeoorloofd) niet
    naar school gaan. Op 1 oktober 2025 ging het om 17 kinderen. Wachtlijsten voor het so cluster 4 houden we
    maandelijks bij. Omdat we zagen dat er voor jonge kinderen met ernstige gedragsvragen onvoldoende plaatsen
    waren, openen we per 1 augustus 2026 een tweede observatiegroep; in 2027 evalueren we of de wachtlijst
    daarmee is verdwenen.""")
    d.h2("Samen met jeugdhulp")
    d.p("""Met de gemeenten is afgesproken dat in elke school een jeugd- en gezinscoach beschikbaar is en dat
    onderwijs-zorgarrangementen gezamenlijk worden gefinancierd. In het OOGO maken we jaarlijks afspraken over
    de inzet.""")

    d.h1("Wanneer kan een kind naar de speciale school?")
    d.h2("Zo gaat het in zijn werk")
    d.p("""Het bestuur van de school waar het kind staat ingeschreven of is aangemeld, dient het verzoek in bij
    het Bureau Toewijzing van het samenwerkingsverband. Daaraan gaat altijd een gesprek vooraf tussen ouders,
    school en trajectbegeleider, waarin samen wordt gekeken of een speciale school de beste optie is. Het
    verzoek bevat het groeidocument met de ondersteuningsbehoefte, het OPP en de zienswijze van de ouders.""",
        """Het Bureau Toewijzing stelt binnen vijf werkdagen vast of het dossier compleet is. Twee deskundigen
    beoordelen het dossier, ieder afzonderlijk: altijd een orthopedagoog of psycholoog, aangevuld met een
    tweede deskundige die past bij de vraag, bijvoorbeeld een kinderpsychiater of een jeugdarts. Binnen zes
    weken na een compleet verzoek besluit de directeur-bestuurder namens het samenwerkingsverband. Ouders
    ontvangen een afschrift van de adviezen.""")
    d.h2("Wanneer is een kind toelaatbaar?")
    d.p("""Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende voorwaarden is
    voldaan:""")
    d.ul(["de school heeft aantoonbaar ten minste twee perioden van een arrangement uitgevoerd en geëvalueerd, met "
          "inzet van externe expertise;",
          "de ontwikkeling blijft ondanks die inzet duidelijk achter: een leerrendement van minder dan 50 procent over "
          "de afgelopen anderhalf jaar, of sociaal-emotionele problemen die een kleine groep en een aangepast "
          "dagprogramma gedurende de hele schooldag nodig maken;",
          "de ondersteuningsbehoefte past bij het profiel van het sbo en niet (meer) bij het aanbod op niveau 2 of 3."])
    d.p("""Voor het speciaal onderwijs geldt daarnaast: in cluster 3 een ernstige verstandelijke, lichamelijke of
    langdurig medische beperking die de deelname aan het onderwijs structureel belemmert; in cluster 4 ernstige
    gedrags- of psychiatrische problematiek waarvoor een gespecialiseerde onderwijs-zorgomgeving nodig is. De
    bekostigingscategorie (laag, midden of hoog) volgt uit de intensiteit van de begeleiding en de verzorging die
    het kind nodig heeft.""")
    d.h2("Duur en bezwaar")
    d.p("""Een TLV voor het sbo of so wordt afgegeven voor twee schooljaren, voor kinderen in groep 7 en 8 tot het
    einde van de basisschool. Ouders die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken.
    Het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie.""")
    d.h2("Terug naar de reguliere school")
    d.p("""Wij vinden dat een plaatsing in het speciaal (basis)onderwijs geen eindstation hoeft te zijn. Uitgangspunt
    is dat kinderen teruggaan naar een reguliere basisschool, liefst dicht bij huis, zodra hun ontwikkeling dat
    toelaat en de ontvangende school de benodigde ondersteuning kan bieden. Na terugkeer krijgt de ontvangende
    school een terugkeerarrangement van maximaal een half jaar, waarin een leerkracht van de s(b)o-school
    meekijkt en de nieuwe leerkracht coacht.""",
        """Het stappenplan voor terugplaatsing – wie het initiatief neemt, welke evaluatiemomenten er zijn en wie
    het besluit neemt – wordt door de werkgroep s(b)o opgesteld en is naar verwachting in het voorjaar van 2027
    gereed. In het schooljaar 2024-2025 keerden elf leerlingen vanuit het sbo en so terug naar een reguliere
    school.""")

    d.h1("Financiën")
    d.h2("Verdeling van de ondersteuningsmiddelen")
    d.p("""Het samenwerkingsverband werkt met een schoolmodel. Na aftrek van de wettelijke afdrachten aan het sbo en
    so gaat 70 procent van de beschikbare middelen als schoolbudget naar de besturen: € 118 per leerling op de
    teldatum van 1 oktober, met een minimum van € 12.000 per school. De overige 30 procent blijft centraal voor
    de bovenschoolse voorzieningen, de trajectbegeleiding en de onderwijs-zorgarrangementen; die worden toegekend
    door het Bureau Toewijzing op basis van een aanvraag van de school.""",
        """Besturen verantwoorden jaarlijks in een vast format hoe het schoolbudget is ingezet. De controller
    analyseert de verantwoordingen en bespreekt afwijkingen met het bestuur.""")
    d.h2("Begroting en reserves")
    d.p("""De meerjarenbegroting 2026-2030 wordt jaarlijks door de directeur-bestuurder opgesteld, goedgekeurd door
    de raad van toezicht en afzonderlijk gepubliceerd; zij maakt geen deel uit van dit plan. Het weerstandsvermogen
    ligt boven de signaleringswaarde; de bovenmatige reserve wordt in drie jaar afgebouwd via extra inzet op de
    bovenschoolse voorzieningen.""")

    d.h1("Resultaten en kwaliteitszorg")
    d.h2("Wat we willen bereiken")
    d.p("""Voor deze planperiode hebben we de volgende beoogde resultaten voor leerlingen met een
    ondersteuningsbehoefte vastgesteld, met een streefwaarde voor 2030:""")
    d.table([["Doel", "Stand 2025", "Streefwaarde 2030"],
             ["Leerlingen die langer dan vier weken thuiszitten", "17", "hooguit 5"],
             ["Deelname sbo en so samen", "3,4%", "3,0%"],
             ["Terugkeer naar regulier per jaar", "11", "20"],
             ["Ouders tevreden over de ondersteuning (peiling)", "72%", "80%"],
             ["Scholen die alle standaarden basisondersteuning halen", "81%", "100%"]])
    d.h2("Hoe we het volgen")
    d.p("""Het bureau verzamelt twee keer per jaar gegevens uit de leerlingadministratie, de registratie van
    arrangementen en TLV's en de thuiszittersregistratie. Om het jaar houden we een tevredenheidspeiling onder
    ouders en scholen. De uitkomsten bespreken we met de raad van toezicht, de OPR en het directeurenoverleg en
    we rapporteren erover in het jaarverslag. Wijken de resultaten af van de streefwaarden, dan stelt de
    directeur-bestuurder bijsturingsmaatregelen voor.""")
    d.h2("Terugblik 2022-2026")
    d.p("""In de vorige periode daalde het aantal thuiszitters van 29 naar 17 en bleef de deelname aan het
    speciaal onderwijs stabiel. De doelstelling om de doorlooptijd van TLV-aanvragen terug te brengen naar zes
    weken is gehaald.""")

    d.h1("Communicatie en dialoog")
    d.p("""Communicatie is voor ons geen sluitstuk. We willen dat iedereen – leerkrachten, directeuren, bestuurders,
    gemeenten en vooral ouders – weet waar het samenwerkingsverband voor staat en wat het kan bieden.""")
    d.h2("Ouders weten waar ze aan toe zijn")
    d.p("""Ouders vinden op onze website per school de ondersteuning die de school biedt, de mogelijkheden voor
    extra ondersteuning en de bovenschoolse voorzieningen. Iedere school neemt in haar schoolgids een vaste
    paragraaf over passend onderwijs op. De brochure 'Passend onderwijs in tien vragen' wordt bij de aanmelding
    op iedere school uitgereikt en is er in het Nederlands, Engels, Arabisch en Turks. Twee keer per jaar
    organiseren we per deelregio een informatieavond voor ouders.""")
    d.h2("Hulp als u er samen niet uitkomt")
    d.p("""Heeft u vragen, of bent u het niet eens met de school of met het samenwerkingsverband, dan kunt u
    terecht bij het Ouder- en Jeugdsteunpunt Amstelland. De ouderadviseurs daar werken onafhankelijk van de
    scholen en van het samenwerkingsverband en zijn op werkdagen bereikbaar. Daarnaast kunt u gratis een beroep
    doen op de Onderwijsconsulenten. Klachten kunt u voorleggen aan de klachtencommissie waarbij het
    samenwerkingsverband is aangesloten.""")
    d.h2("Ouders als partner")
    d.p("""Ouders zijn betrokken bij het opstellen en evalueren van het OPP van hun kind en zijn vertegenwoordigd in
    de OPR. Kinderen vanaf groep 5 worden gehoord over hun eigen ondersteuning.""")

    governance(d, c)
    oogo(d, c)
    personeel(d, c)
    ict_privacy(d, c)
    planning(d, c)
    totstandkoming(d, c)
    begrippen(d, STD_BEGRIPPEN + [("Kaart Basisondersteuning", "Overzicht van de afspraken over basisondersteuning, zie bijlage 3.")])
    afkortingen(d, STD_AFK + [("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen")])

    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.'Basisondersteuning' defines the minimum level for every vestiging, but the concrete content is only the abstract 4-aspect Referentiekader wording plus a reference to absent bijlage 3 / SOP's.",
        "plaatsing": "Ch.'Wanneer kan een kind naar de speciale school?': applicant, Bureau Toewijzing, two separate deskundigen, 6 weeks, directeur-bestuurder decides; three-part sbo criteria and cluster 3/4 criteria; duration and LBT.",
        "terugstroom": "Subsection 'Terug naar de reguliere school' inside the TLV chapter gives policy (thuisnabij, conditions, half-year terugkeerarrangement); the stappenplan (procedure) is deferred to spring 2027; 11 returns reported.",
        "financien": "Ch.'Financiën': schoolmodel 70/30, €118 per leerling, minimum per school; meerjarenbegroting explicitly not part of the plan, no amounts of spending; reserves and verantwoording addressed.",
        "dekkend-aanbod": "Ch.'Van basis naar specialistisch': four-level table; 'Sluitend netwerk en thuiszitters' with thuiszitterstafel, zorgplicht regie, wachtlijst and new observatiegroep per 1-8-2026.",
        "resultaten": "Ch.'Resultaten en kwaliteitszorg': goals table with streefwaarden 2030; twice-yearly data, peiling, jaarverslag; terugblik figures.",
        "ouders": "Inside ch.'Communicatie en dialoog': website per school, schoolgids, brochure, informatieavonden; OJSP Amstelland, Onderwijsconsulenten, klachtencommissie; OPP/OPR role.",
    }
    return "po-amstelland-zuid-2026", d, "po", crit, adv, notes, {
        "basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial", "financien": "partial",
        "dekkend-aanbod": "present", "resultaten": "present", "ouders": "present"}


# --------------------------------------------------------------------------------------------
# Plan 3: medium PO verband, PDF. basis missing (deferred to landelijke norm), plaatsing present
# (procedure only in a table), terugstroom missing (summary promises it), financien present
# (besteding only in table), dekkend present, resultaten partial (monitoring deferred),
# ouders partial (steunpunt yes, informatie deferred).
# --------------------------------------------------------------------------------------------
def plan3():
    c = dict(name="Samenwerkingsverband Kempenrand Primair Onderwijs", short="SWV Kempenrand",
             code="PO 30-08", period="2026-2030", generatie="derde", sessies="zes", regio_kort="de Kempenrand",
             bestuurder="Jolanda Verhoeven-Smits", n_besturen=7, n_scholen=48, n_lln="9.900", n_gemeenten=4,
             gemeenten_tekst="de gemeenten Bergeijk-Noord, Reusel-Oost, Eersel-Heide en Bladel-Kempen",
             gemeenten_kort="Bergeijk-Noord, Reusel-Oost, Eersel-Heide en Bladel-Kempen",
             sbo_so_tekst="Er zijn twee scholen voor speciaal basisonderwijs en één so-school voor cluster 4; "
                          "leerlingen met een cluster 3-ondersteuningsbehoefte gaan naar so-scholen in Eindhoven.",
             karakter="enkele middelgrote kernen ligt een groot landelijk gebied met kleine scholen",
             krimp="is de afgelopen jaren stabiel gebleven, met kleine verschillen per kern.",
             bestuursmodel="Het bestuur bestaat uit een onafhankelijk voorzitter en twee leden die namens de "
                           "zeven besturen zitting hebben; een toezichtscommissie houdt toezicht.",
             oogo_datum="28 januari 2026", ander_swv="VO De Kempen", overleg_datum="4 februari 2026",
             opr_datum="17 maart 2026", vaststelling="31 maart 2026")
    d = Doc("Ondersteuningsplan Kempenrand 2026-2030", "Samen verder bouwen",
            "SWV Kempenrand PO 30-08 | Ondersteuningsplan 2026-2030 | definitief")
    d.front = [c["name"], "Definitieve versie, vastgesteld op 31 maart 2026"]
    voorwoord(d, c)
    d.h1("Samenvatting")
    d.p("""In dit plan beschrijven we hoe de zeven besturen in de Kempenrand de komende vier jaar samen passend
    onderwijs organiseren. Hoofdstuk 5 gaat over de ondersteuning in de school, waaronder de basisondersteuning.
    Hoofdstuk 6 beschrijft hoe kinderen toelaatbaar worden verklaard tot het speciaal (basis)onderwijs en hoe
    zij daarna weer kunnen terugkeren. In hoofdstuk 7 staat ons dekkend aanbod, in hoofdstuk 8 de bekostiging
    en in hoofdstuk 9 wat we willen bereiken.""")
    over_ons(d, c)
    d.p("""Terugblik: in de vorige planperiode zijn de twee sbo-scholen onder één directie gebracht en is de
    so-school verhuisd naar een nieuw gebouw. De uitstroom naar het voortgezet onderwijs verliep via de
    gebruikelijke warme overdracht met de VO-scholen in de regio.""")
    visie(d, c)

    d.h1("Ondersteuning in de school")
    d.h2("Basisondersteuning")
    d.p("""Het niveau en de inhoud van de basisondersteuning in de Kempenrand worden op dit moment herijkt. De
    landelijke norm basisondersteuning is aangekondigd; zolang de inhoud daarvan niet bekend is, leggen wij geen
    eigen standaarden vast. Zodra de norm is vastgesteld, bespreken we met de besturen wat die betekent voor de
    scholen in de regio. Een nieuwe set afspraken wordt dan als addendum bij dit plan gevoegd.""")
    d.h2("Extra ondersteuning")
    d.p("""Heeft een leerling meer nodig, dan bespreekt de intern begeleider dat in het ondersteuningsteam van de
    school, waarin ook de onderwijsadviseur van het samenwerkingsverband zit. Samen wordt bepaald of een
    arrangement nodig is en welke expertise daarvoor wordt ingezet.""")

    d.h1("Toelaatbaarheid")
    d.p("""Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het speciaal basisonderwijs
    en het speciaal onderwijs. Dat doet de Commissie Arrangeren en Toelaten (CAT). De route verloopt in vijf
    stappen:""")
    d.table([["Stap", "Wie", "Wat", "Termijn"],
             ["1", "School en ouders", "Bespreking in het ondersteuningsteam; ouders geven hun zienswijze", "—"],
             ["2", "Bevoegd gezag van de school", "Aanvraag TLV via het digitale loket met groeidocument en OPP", "—"],
             ["3", "Secretaris CAT", "Controle volledigheid; zo nodig aanvulling", "binnen 5 werkdagen"],
             ["4", "Twee deskundigen", "Orthopedagoog of psycholoog plus een tweede deskundige adviseren ieder afzonderlijk", "binnen 3 weken"],
             ["5", "CAT", "Besluit en schriftelijke motivering aan ouders en school", "binnen 6 weken na stap 3"]])
    d.p("""Toelaatbaar tot het sbo is een kind van wie vaststaat dat de reguliere school, ook met een arrangement
    van ten minste een half jaar en de inzet van de onderwijsadviseur, niet kan voorzien in wat het kind nodig
    heeft, en van wie de ondersteuningsvraag vooral ligt op het gebied van leren en ontwikkeling in een kleinere
    groep met meer structuur. Toelaatbaar tot het so is een kind dat daarnaast structureel specialistische
    onderwijs-zorgondersteuning nodig heeft vanwege een verstandelijke, lichamelijke of psychiatrische
    problematiek, die ook in het sbo niet kan worden geboden. De CAT kijkt in beide gevallen naar wat er al
    is geprobeerd, naar het ontwikkelingsperspectief en naar de wens van ouders.""",
        """Een TLV wordt afgegeven voor twee schooljaren; voor het so vermeldt de TLV de bekostigingscategorie.""")

    d.h1("Een dekkend aanbod in de Kempenrand")
    d.h2("Het aanbod")
    d.p("""Binnen en tussen de scholen is een samenhangend geheel van voorzieningen beschikbaar. Na de ondersteuning
    in de school (arrangementen) zijn er drie bovenschoolse voorzieningen: de Kempenklas voor hoogbegaafde
    leerlingen (één dag per week, vier locaties), de observatiegroep voor jonge kinderen bij het sbo en de
    schakelklas voor nieuwkomers. Daarna volgen het sbo en het so. Voor kinderen die onderwijs en zorg
    gecombineerd nodig hebben, bestaan drie onderwijs-zorgarrangementen in samenwerking met jeugdhulpaanbieders.""")
    d.h2("Witte vlekken en thuiszitters")
    d.p("""Jaarlijks in november brengt het samenwerkingsverband samen met de besturen in kaart voor welke kinderen
    geen passend aanbod beschikbaar was. Dat gebeurt aan de hand van de aanvragen die niet konden worden
    gehonoreerd, de wachtlijsten en de meldingen van leerplicht. In de analyse van 2025 bleek dat er te weinig
    plekken zijn voor kinderen met een combinatie van autisme en angstklachten; in 2026-2027 starten we daarom een
    kleine groep op een reguliere school met ondersteuning van het so.""",
        """Kinderen die thuiszitten of dreigen thuis te komen zitten, worden binnen één week na melding besproken
    in het Kempenrand Overleg Thuiszitters, met leerplicht, de jeugdarts en de onderwijsadviseur. Er wordt altijd
    een casusregisseur aangewezen die het plan bewaakt tot het kind weer naar school gaat.""")

    d.h1("Bekostiging")
    d.p("""Het samenwerkingsverband verdeelt de middelen volgens een schoolmodel. Na aftrek van de afdrachten aan
    het sbo en so en de kosten van de bovenschoolse voorzieningen ontvangen de besturen een budget van € 140 per
    leerling, op basis van het leerlingaantal op 1 oktober. Voor arrangementen met een zwaarte boven de € 5.000
    per leerling per jaar kan een bestuur een aanvullende bijdrage aanvragen bij de CAT, die daarover beslist op
    basis van het OPP en een begroting van de school.""")
    d.table([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten Rijk (lichte + zware ondersteuning)", "7.820", "7.800", "7.790", "7.780"],
             ["Afdrachten sbo en so", "3.940", "3.960", "3.980", "4.000"],
             ["Budget besturen (€ 140 per leerling)", "1.386", "1.380", "1.375", "1.370"],
             ["Aanvullende arrangementen CAT", "720", "720", "720", "720"],
             ["Bovenschoolse voorzieningen", "980", "990", "1.000", "1.010"],
             ["Onderwijs-zorgarrangementen (onderwijsdeel)", "310", "310", "310", "310"],
             ["Bureau, CAT en onderwijsadviseurs", "540", "545", "550", "555"],
             ["Saldo", "-56", "-105", "-145", "-185"]])

    d.h1("Wat we willen bereiken")
    d.p("""In deze planperiode willen we de volgende resultaten bereiken voor kinderen die extra ondersteuning
    nodig hebben:""")
    d.ul(["in 2030 gaat geen enkel kind langer dan drie maanden niet naar school;",
          "de wachttijd voor een plaats in het so is in 2028 teruggebracht tot hooguit zes weken;",
          "90 procent van de kinderen met een arrangement haalt de doelen uit het OPP;",
          "het aantal kinderen dat buiten de regio naar het so gaat, daalt met een kwart."])
    d.p("""Hoe wij de voortgang op deze doelen volgen en erover rapporteren, beschrijven we in een monitoringsplan
    dat in de loop van het schooljaar 2026-2027 wordt opgesteld.""")

    d.h1("Samenwerking met ouders")
    d.p("""Goede voorlichting aan ouders vinden we belangrijk. Een communicatieplan is in voorbereiding en volgt na
    de zomer.""",
        """Heeft u een vraag over de ondersteuning van uw kind, of bent u het oneens met een besluit van de school of
    van het samenwerkingsverband? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Kempen. Dat steunpunt werkt
    onafhankelijk, is op werkdagen telefonisch en per e-mail bereikbaar en kan u ook begeleiden naar een gesprek
    op school. Komt u er niet uit, dan kunt u de Onderwijsconsulenten inschakelen of een klacht indienen bij de
    landelijke klachtencommissie van Onderwijsgeschillen.""")

    governance(d, c)
    oogo(d, c)
    personeel(d, c)
    kennisdeling(d, c)
    ict_privacy(d, c)
    planning(d, c)
    totstandkoming(d, c)
    begrippen(d, STD_BEGRIPPEN + [("Warme overdracht", "Gesprek tussen de basisschool en de VO-school over een leerling.")])
    afkortingen(d, STD_AFK + [("CAT", "Commissie Arrangeren en Toelaten")])

    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": False, "ouders.steunpunt": True}
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Section 5.1 only defers to the landelijke norm/addendum; the term is otherwise only in the TOC, summary and begrippenlijst.",
        "plaatsing": "Ch.'Toelaatbaarheid': the procedure (who, steps, CAT, termijnen, two deskundigen) is only in the 5-step table; criteria for sbo and so in prose; duration and category; no bezwaar.",
        "terugstroom": "Nothing in the body: the Samenvatting promises return in ch.6 (Toelaatbaarheid) but ch.6 has none; only 'terugblik', 'uitstroom'/'warme overdracht' near-misses and the begrippenlijst entry.",
        "financien": "Ch.'Bekostiging': schoolmodel €140 per leerling, CAT aanvullende bijdrage above €5.000; besteding only in the meerjarenbegroting table 2026-2029.",
        "dekkend-aanbod": "Ch.'Een dekkend aanbod': arrangementen, Kempenklas, observatiegroep, schakelklas, sbo/so, OZA; yearly gap analysis, new group 2026-2027, thuiszitters overleg with casusregisseur.",
        "resultaten": "Ch.'Wat we willen bereiken' lists measurable goals; monitoring/reporting explicitly deferred to a monitoringsplan in 2026-2027.",
        "ouders": "Ch.'Samenwerking met ouders': OJSP Kempen, Onderwijsconsulenten, klachtencommissie (steunpunt); informing parents deferred ('communicatieplan ... volgt'); ouders' zienswijze in TLV step 1 and OPR membership count as betrokkenheid.",
    }
    return "po-kempenrand-2026", d, "po", crit, adv, notes, {
        "basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing", "financien": "present",
        "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"}


# --------------------------------------------------------------------------------------------
# Plan 4: large PO verband, PDF. basis present in unusual wording, plaatsing partial (procedure in
# absent handboek), terugstroom partial (policy deferred), financien missing (separate begroting),
# dekkend partial (continuum only on website), resultaten present, ouders present (info in a table).
# --------------------------------------------------------------------------------------------
def plan4():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Duin en Polder (primair onderwijs)",
             short="Duin en Polder", code="PO 28-11", period="2026-2030", generatie="derde", sessies="acht",
             regio_kort="Duin en Polder", bestuurder="Pieter-Jan Hoogervorst", n_besturen=11, n_scholen=72,
             n_lln="17.400", n_gemeenten=4,
             gemeenten_tekst="een kuststrook met twee badplaatsen en een achterland van polderdorpen in vier gemeenten",
             gemeenten_kort="Zeewijk, Duinrand, Polderwaard en Oostvliet",
             sbo_so_tekst="Er zijn twee sbo-scholen en drie so-scholen (cluster 3 en 4) in de regio.",
             karakter="de kustplaatsen met een sterk seizoensgebonden bevolking liggen er grote nieuwbouwwijken",
             krimp="is stabiel; in de nieuwbouwwijken groeit het aantal jonge kinderen snel.",
             bestuursmodel="De aangesloten besturen vormen het algemeen bestuur, dat toezicht houdt op het "
                           "uitvoerend bestuur van twee personen.",
             oogo_datum="16 december 2025", ander_swv="VO Duin en Polder", overleg_datum="8 januari 2026",
             opr_datum="26 februari 2026", vaststelling="12 maart 2026")
    d = Doc("Ondersteuningsplan 2026-2030", "Duin en Polder: dichtbij waar het kan, speciaal waar het moet",
            "Duin en Polder | OP 2026-2030 | Ondersteuning – Toelaatbaarheid – Terugplaatsing – Financiën")
    d.front = [c["name"], f"Kenmerk {c['code']}", "Vastgesteld op 12 maart 2026"]
    voorwoord(d, c)
    over_ons(d, c, extra_rows=[["Toelaatbaarheidsverklaringen afgegeven (2024-2025)", "214"]])
    visie(d, c)

    d.h1("Wat u op elke school mag verwachten")
    d.p("""Alle elf besturen hebben afgesproken dat de voorzieningen hieronder op iedere locatie in Duin en Polder
    aanwezig zijn, ongeacht het bestuur, de grootte of de richting van de school. Dit is het gezamenlijke
    minimum; scholen vullen het aan met hun eigen specialismen.""")
    d.ul(["een intern begeleider die minimaal twee dagen per week beschikbaar is en die de ondersteuning in de "
          "school coördineert;",
          "een gedragsspecialist of een vaste afspraak met een gedragsspecialist van een andere school, inzetbaar "
          "binnen twee weken;",
          "lees- en rekenbegeleiding volgens de landelijke protocollen, inclusief voorleessoftware en aangepaste toetsen "
          "voor kinderen met dyslexie;",
          "een aanbod voor kinderen die meer aankunnen: verrijkingsmateriaal in de groep en een plusgroep op school of "
          "op een naburige school;",
          "een aanpak voor sociale veiligheid met een jaarlijkse meting en een aandachtsfunctionaris;",
          "afspraken over medische handelingen en over kinderen met een fysieke beperking, zoals aanpassingen in het "
          "gebouw en hulp bij verzorging;",
          "handelingsgericht werken met groepsbesprekingen drie keer per jaar en een ontwikkelingsperspectief voor "
          "ieder kind dat op een eigen leerlijn werkt."])
    d.p("""Deze afspraken heten bij ons het 'Duin en Polder-basisaanbod'. Ze zijn niet nieuw, maar nu voor het eerst
    voor alle besturen gelijk.""")

    d.h1("Toelaatbaarheid")
    d.h2("Wanneer toelaatbaar?")
    d.p("""Het samenwerkingsverband verklaart een leerling toelaatbaar tot het speciaal basisonderwijs wanneer de
    leerling ondanks een periode van ten minste zes maanden extra ondersteuning op de basisschool, met inzet van
    expertise van buiten de school, onvoldoende tot ontwikkeling komt, en de leerling een kleinere groep en een
    meer gespecialiseerde aanpak nodig heeft dan de basisschool met een arrangement kan bieden.""",
        """Voor het speciaal onderwijs in cluster 3 geldt als criterium dat de leerling een verstandelijke,
    lichamelijke of meervoudige beperking heeft die specialistische begeleiding en verzorging vraagt; voor
    cluster 4 dat de leerling ernstige gedrags- of psychiatrische problemen heeft waardoor hij of zij ook in het
    sbo niet tot leren komt. In beide gevallen moet duidelijk zijn dat het so de benodigde ondersteuning wel
    kan bieden.""")
    d.h2("Aanvraag")
    d.p("""Hoe een aanvraag verloopt, welke documenten nodig zijn en binnen welke termijn een besluit wordt genomen,
    staat in het Handboek Toewijzing (bijlage 6). Ouders die het niet eens zijn met een besluit kunnen bezwaar
    maken; Duin en Polder is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.""")
    d.h2("Aan het einde van een TLV")
    d.p("""Uiterlijk zes maanden voor de einddatum van de TLV organiseert de s(b)o-school een evaluatie-MDO met de
    ouders, een consulent van het samenwerkingsverband en – als die al in beeld is – de ontvangende basisschool.
    Op basis van het OPP stelt het MDO vast of de leerling kan overstappen. Zo ja, dan meldt de s(b)o-school de
    leerling aan bij de ontvangende school en vindt vóór de zomervakantie een overdrachtsgesprek plaats. Zo nee,
    dan vraagt de s(b)o-school uiterlijk 1 mei een verlenging aan; zonder nieuwe TLV eindigt de plaatsing op 31
    juli.""",
        """Onze visie op terugplaatsing en de ondersteuning na terugkeer beschrijven we in een afzonderlijke notitie,
    die in het schooljaar 2026-2027 aan de OPR wordt voorgelegd.""")

    d.h1("Een plek voor ieder kind")
    d.p("""Een overzicht van alle arrangementen en voorzieningen in de regio, van de ondersteuning op school tot het
    speciaal onderwijs, vindt u op de digitale sociale kaart op onze website.""")
    d.h2("Thuiszitters")
    d.p("""Elke school meldt een leerling die meer dan tien schooldagen niet naar school gaat zonder dat er een
    onderwijsaanbod is, bij het samenwerkingsverband en bij leerplicht. Binnen vijf werkdagen na de melding
    wijst het samenwerkingsverband een trajectbegeleider aan, die samen met ouders, school, leerplicht en zo
    nodig jeugdhulp een terugkeerplan opstelt met een einddatum. Kinderen voor wie na zes weken nog geen plek is
    gevonden, worden besproken in het escalatieoverleg van de bestuurders en de wethouders.""")
    d.h2("Witte vlekken")
    d.p("""Twee keer per jaar analyseren we de wachtlijsten, de niet-gehonoreerde aanvragen en de meldingen van
    thuiszitters. In 2025 stonden 14 kinderen op de wachtlijst voor het so cluster 4, en er bleek geen passend
    aanbod voor jonge kinderen met een taalontwikkelingsstoornis in combinatie met gedragsvragen. Met het so
    cluster 4 breiden we per 1 augustus 2026 het aantal plaatsen uit met 16, en met de gemeenten zoeken we naar
    een gecombineerd onderwijs-zorgaanbod, waarover in het OOGO van december 2026 een besluit valt.""")

    d.h1("Resultaten")
    d.h2("Beoogde resultaten 2026-2030")
    d.p("""In de tabel hieronder staan de resultaten die we willen bereiken voor kinderen met extra
    ondersteuningsbehoeften, met de stand van 2025 en het streven voor 2030.""")
    d.table([["Indicator", "2025", "Streven 2030"],
             ["Thuiszitters langer dan 3 maanden", "9", "0"],
             ["Wachtlijst so cluster 4", "14", "0"],
             ["Kinderen in het so buiten de regio", "38", "25"],
             ["Scholen die het volledige basisaanbod bieden (audit)", "88%", "100%"],
             ["Intern begeleiders die de ondersteuning als voldoende ervaren", "64%", "80%"]])
    d.h2("Bereikte resultaten vorige planperiode")
    d.p("""In de periode 2022-2026 is het aantal thuiszitters gedaald van 23 naar 9. Het doel om het aantal
    TLV's voor het so buiten de regio met de helft te verminderen is niet gehaald (van 44 naar 38). Het
    deelnamepercentage sbo bleef stabiel op 2,1 procent.""")
    d.h2("Zo houden we zicht")
    d.p("""Het bureau stelt elk half jaar een monitor op met de indicatoren uit de tabel, aangevuld met de
    gegevens van DUO en de thuiszittersregistratie. De monitor wordt besproken in het algemeen bestuur, in het
    directeurenoverleg en met de OPR. Jaarlijks rapporteren we in het bestuursverslag over de resultaten en de
    bijsturing. In 2028 laten we een externe tussenevaluatie uitvoeren.""")

    d.h1("Financieel kader")
    d.p("""De financiële vertaling van dit plan is opgenomen in de meerjarenbegroting 2026-2030 en in het
    jaarlijkse bestuursverslag, die afzonderlijk door het algemeen bestuur worden vastgesteld en te vinden zijn
    op www.duinenpolder.nl. Wij verwijzen de lezer daarnaar.""")

    d.h1("Ouders")
    d.p("""Ouders moeten kunnen weten wat ze van de school en van het samenwerkingsverband kunnen verwachten. Het
    overzicht hieronder laat zien hoe wij ouders informeren.""")
    d.table([["Kanaal", "Wat", "Wanneer"],
             ["Schoolgids", "Vaste paragraaf over het basisaanbod en de extra ondersteuning van de school", "jaarlijks"],
             ["Website Duin en Polder", "Ondersteuningsmogelijkheden per school, de sociale kaart, uitleg over TLV's", "doorlopend"],
             ["Ouderfolder 'Wat kan mijn school?'", "Uitleg over het basisaanbod en de route naar extra ondersteuning", "bij aanmelding"],
             ["Ouderavond per gemeente", "Voorlichting over passend onderwijs en de sociale kaart", "twee keer per jaar"]])
    d.h2("Als u het niet eens bent")
    d.p("""Ouders die een vraag hebben of het niet eens zijn met de school, kunnen terecht bij het onafhankelijke
    Ouder- en Jeugdsteunpunt Kust en Polder. Daarnaast kunnen zij de Onderwijsconsulenten inschakelen. Voor
    klachten is Duin en Polder aangesloten bij de Landelijke Klachtencommissie Onderwijs.""")

    governance(d, c)
    oogo(d, c)
    personeel(d, c)
    kennisdeling(d, c)
    ict_privacy(d, c)
    planning(d, c)
    totstandkoming(d, c)
    begrippen(d, STD_BEGRIPPEN + [("Verdeelmodel", "Systematiek waarmee de ondersteuningsmiddelen over de besturen worden verdeeld."),
                                  ("Bijlage 6", "Handboek Toewijzing.")])
    afkortingen(d, STD_AFK)

    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"plaatsing": ["bezwaar"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"], "basisondersteuning": ["borging"]}
    notes = {
        "basisondersteuning": "Ch.'Wat u op elke school mag verwachten': agreed minimum on every locatie plus seven concrete provisions, under the name 'basisaanbod'; audit figure in resultaten table (borging).",
        "plaatsing": "Ch.'Toelaatbaarheid': sbo and cluster 3/4 criteria in prose; procedure only referred to absent Handboek Toewijzing (bijlage 6); bezwaar/LBT mentioned.",
        "terugstroom": "Section 'Aan het einde van een TLV': evaluation-MDO 6 months before end, decision, aanmelding, verlenging by 1 May; policy/support after return deferred to a notitie 2026-2027.",
        "financien": "Ch.'Financieel kader' only refers to the separate meerjarenbegroting/bestuursverslag on the website; verdeelmodel only in begrippenlijst; header lists 'Financiën'.",
        "dekkend-aanbod": "Ch.'Een plek voor ieder kind': continuum only referred to the website sociale kaart; thuiszitters route and twice-yearly witte-vlekken analysis with actions; OOGO with gemeenten.",
        "resultaten": "Ch.'Resultaten': indicator table with 2025 stand and 2030 streven, achieved results 2022-2026, half-yearly monitor, bestuursverslag, external evaluation 2028.",
        "ouders": "Ch.'Ouders': information channels only in a table (schoolgids, website, folder, ouderavond); OJSP Kust en Polder, Onderwijsconsulenten, klachtencommissie.",
    }
    return "po-duin-en-polder-2026", d, "po", crit, adv, notes, {
        "basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "partial", "financien": "missing",
        "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"}


# --------------------------------------------------------------------------------------------
# Plan 5: VO verband, Markdown. basis present, plaatsing missing (only a pointer to the
# Loketreglement), terugstroom present inside "Doorlopende lijnen", financien partial (verdeling
# deferred), dekkend missing (aanbodanalyse deferred), resultaten partial (doelen deferred),
# ouders partial (steunpunt deferred).
# --------------------------------------------------------------------------------------------
def plan5():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Vechtdal-Noord", short="SWV VO Vechtdal-Noord",
             code="VO 23-04", period="2026-2030", generatie="derde", sessies="vier", regio_kort="het Vechtdal",
             bestuurder="Annemiek Brinkhuis", n_besturen=5, n_scholen=9, n_lln="8.150", n_gemeenten=3,
             gemeenten_tekst="de gemeenten Ommen-Noord, Hardenberg-West en Dalfsen-Oost",
             gemeenten_kort="Ommen-Noord, Hardenberg-West en Dalfsen-Oost",
             sbo_so_tekst="Het gaat om vijf scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en "
                          "twee vso-scholen (cluster 3 en 4).",
             karakter="twee middelgrote kernen met brede scholengemeenschappen liggen verspreide dorpen",
             krimp="daalt de komende jaren met ongeveer zes procent.",
             bestuursmodel="Het bestuur bestaat uit de bestuurders van de vijf aangesloten besturen; een "
                           "onafhankelijk voorzitter leidt de vergaderingen en een auditcommissie adviseert over "
                           "financiële onderwerpen.",
             code_bestuur="Code Goed Onderwijsbestuur VO", opleiding="de lerarenopleidingen van de hogeschool in Zwolle",
             so_term="voortgezet speciaal onderwijs en het praktijkonderwijs",
             oogo_datum="22 januari 2026", ander_swv="PO Vechtdal", overleg_datum="29 januari 2026",
             opr_datum="5 maart 2026", vaststelling="19 maart 2026")
    d = Doc("Ondersteuningsplan 2026-2030", "Samenwerkingsverband VO Vechtdal-Noord – iedere leerling telt",
            "SWV VO Vechtdal-Noord | Ondersteuningsplan 2026-2030")
    d.front = [c["name"], f"Registratienummer {c['code']}", "Vastgesteld op 19 maart 2026, met instemming van de OPR"]
    voorwoord(d, c)
    over_ons(d, c, extra_rows=[["Leerlingen met lwoo (1 oktober 2025)", "610"],
                                ["Leerlingen in het praktijkonderwijs", "402"],
                                ["Leerlingen in het vso", "265"]])
    d.h2("Terugblik op de organisatie")
    d.p("""In de vorige planperiode is het bureau van het samenwerkingsverband verhuisd naar een gebouw naast een
    van de scholengemeenschappen, wat de drempel voor ondersteuningscoördinatoren om binnen te lopen zichtbaar
    heeft verlaagd. Het Loketreglement is in 2024 vereenvoudigd en het aantal formulieren is gehalveerd. Ook is
    de samenwerking met het samenwerkingsverband PO Vechtdal versterkt: beide verbanden delen sinds 2023 een
    controller en een functionaris gegevensbescherming. Deze organisatorische stappen vormen het fundament
    waarop dit plan voortbouwt.""")
    visie(d, c)

    d.h1("Basisondersteuning op alle vestigingen")
    d.p("""De vijf besturen hebben een gezamenlijk basisniveau afgesproken dat op alle vestigingen van het
    samenwerkingsverband geldt, van de brede scholengemeenschap tot de kleinste praktijkschool. Iedere leerling
    kan op iedere vestiging ten minste rekenen op:""")
    d.ul(["een mentor die de leerling wekelijks spreekt en het eerste aanspreekpunt is voor ouders;",
          "een ondersteuningscoördinator die de ondersteuning op de vestiging organiseert en het ondersteuningsteam "
          "voorzit;",
          "begeleiding bij dyslexie en dyscalculie: faciliteiten bij toetsen, voorleessoftware en een dyslexiecoach;",
          "trainingen in sociale vaardigheden en faalangstreductie, twee keer per jaar;",
          "hulp bij plannen en organiseren (executieve functies) via een huiswerk- en studieklas;",
          "een time-out- en opvangvoorziening in de school, zodat een leerling na een incident niet naar huis hoeft;",
          "een schoolmaatschappelijk werker en een vaste contactpersoon bij de jeugdgezondheidszorg;",
          "een aanpak van verzuim met een verzuimcoördinator die binnen drie dagen contact opneemt met thuis."])
    d.p("""De ondersteuningscoördinatoren bespreken elk voorjaar met de beleidsadviseur van het samenwerkingsverband
    of de afspraken worden waargemaakt. Tekortkomingen worden teruggelegd bij het bestuur van de school.""")
    d.p("""Extra ondersteuning gaat uit boven dit basisniveau. Daarvoor stelt de school een ontwikkelingsperspectief
    op en kan zij een arrangement inzetten.""")

    d.h1("Toelaatbaarheid vso, lwoo en pro")
    d.p("""Het samenwerkingsverband is verantwoordelijk voor de toelaatbaarheid tot het voortgezet speciaal onderwijs
    en het praktijkonderwijs en voor de aanwijzing voor leerwegondersteunend onderwijs. De route, de criteria en
    alle formulieren staan in het Loketreglement op www.swv-vechtdal-noord.nl/loket; dit plan herhaalt die niet.""")

    d.h1("Doorlopende lijnen")
    d.h2("Van po naar vo")
    d.p("""De overstap van de basisschool naar het voortgezet onderwijs verloopt via de regionale POVO-procedure.
    Basisscholen en VO-scholen voeren voor iedere leerling met een ondersteuningsbehoefte een warme overdracht.
    Het samenwerkingsverband faciliteert de jaarlijkse overstapdag voor intern begeleiders en mentoren.""")
    d.h2("Van het vso terug naar het reguliere vo")
    d.p("""Wij willen dat leerlingen die in het vso zitten, terugkeren naar een reguliere VO-school of naar het
    praktijkonderwijs zodra hun ontwikkeling dat toelaat. Een plaatsing in het vso is voor ons een tijdelijke
    stap, tenzij de beperking van de leerling blijvend een gespecialiseerde omgeving vraagt. Voorwaarde voor
    terugkeer is dat de ontvangende school de ondersteuning uit het OPP kan bieden, zo nodig met een
    arrangement.""",
        """Het verloop is als volgt. Bij iedere jaarlijkse evaluatie van het OPP bespreekt de vso-school met de
    leerling en de ouders of terugkeer haalbaar is. In het laatste jaar van de TLV is die bespreking verplicht
    en neemt ook de consulent van het samenwerkingsverband deel. Adviseert dat overleg terugkeer, dan zoekt de
    vso-school samen met de consulent vóór 1 april een ontvangende school en draagt zij het dossier over in een
    gesprek met de ondersteuningscoördinator van die school. Blijkt terugkeer nog niet verantwoord, dan legt de
    vso-school dat met redenen vast in het OPP en bespreekt zij het vervolg met het samenwerkingsverband.""",
        """Na terugkeer ontvangt de leerling gedurende het eerste halfjaar begeleiding van een ambulant begeleider
    van de vso-school, die ook de mentor coacht. Deze begeleiding wordt bekostigd uit het centrale budget van het
    samenwerkingsverband. Vorig schooljaar keerden acht leerlingen vanuit het vso terug naar het reguliere vo.""")
    d.h2("Van vo naar mbo en werk")
    d.p("""Voor de overstap naar het mbo werken de scholen met de regionale overstapkalender. Leerlingen uit het
    praktijkonderwijs en het vso met uitstroomprofiel arbeid krijgen begeleiding bij de overgang naar werk,
    in samenwerking met het regionale werkbedrijf.""")

    d.h1("Een dekkend aanbod?")
    d.p("""In het schooljaar 2026-2027 voeren we een aanbodanalyse uit. Daarin onderzoeken we welke voorzieningen er
    in de regio zijn, hoe ze op elkaar aansluiten en of er leerlingen zijn voor wie geen passend aanbod bestaat.
    De uitkomsten en de acties die daaruit voortvloeien nemen we op in de eerste voortgangsparagraaf bij dit
    plan.""")

    d.h1("Middelen")
    d.p("""De huidige verdeelsleutel voor de middelen lichte en zware ondersteuning wordt in 2026 herzien. De nieuwe
    systematiek en de bijbehorende criteria leggen we, na instemming van de OPR, vast in een addendum bij dit
    plan. Tot die tijd worden de middelen op dezelfde wijze als in 2025 aan de besturen doorbetaald.""",
        """De meerjarenbegroting laat zien waaraan het samenwerkingsverband de middelen in deze planperiode besteedt
    (bedragen in euro's).""")
    d.table([["Post", "2026", "2027", "2028", "2029"],
             ["Baten lichte ondersteuning", "2.310.000", "2.270.000", "2.230.000", "2.190.000"],
             ["Baten zware ondersteuning", "6.480.000", "6.390.000", "6.300.000", "6.220.000"],
             ["Afdrachten vso (DUO)", "4.150.000", "4.120.000", "4.090.000", "4.060.000"],
             ["Lichte ondersteuning doorbetaald aan besturen", "2.310.000", "2.270.000", "2.230.000", "2.190.000"],
             ["Arrangementen en ambulante begeleiding", "1.180.000", "1.160.000", "1.140.000", "1.120.000"],
             ["Bovenschoolse voorzieningen", "760.000", "750.000", "740.000", "730.000"],
             ["Loket en consulenten", "290.000", "290.000", "295.000", "295.000"],
             ["Bureau en bestuur", "230.000", "230.000", "232.000", "232.000"],
             ["Saldo", "-130.000", "-160.000", "-197.000", "-217.000"]])
    d.p("""De negatieve saldi worden gedekt uit de algemene reserve, die daarmee in 2029 op het niveau komt dat past
    bij de risico's van het samenwerkingsverband.""")

    d.h1("Opbrengsten en monitoring")
    d.p("""Beoogde resultaten voor deze planperiode formuleren we nadat in het najaar van 2026 een nulmeting is
    uitgevoerd. We willen geen doelen vaststellen waarvan we de uitgangssituatie niet kennen.""",
        """Wel ligt vast hoe we volgen wat er gebeurt. Twee keer per jaar (peildata 1 oktober en 1 maart) analyseert
    het bureau de gegevens over de deelname aan het vso, het praktijkonderwijs en het lwoo, het aantal
    arrangementen, de doorstroom tussen schoolsoorten en de terugkeer vanuit het vso. De analyse wordt besproken
    met het bestuur, de ondersteuningscoördinatoren en de OPR. Eenmaal per jaar rapporteren we in het
    jaarverslag; iedere twee jaar vragen we leerlingen, ouders en mentoren in een enquête naar hun ervaringen
    met de ondersteuning. In 2024-2025 lag de deelname aan het vso op 3,2 procent en aan het praktijkonderwijs op
    4,9 procent.""")

    d.h1("Ouders en leerlingen")
    d.p("""Ouders en leerlingen moeten weten welke ondersteuning er is. Iedere school beschrijft in de schoolgids het
    basisniveau en de extra ondersteuning die zij biedt. Op de website van het samenwerkingsverband staat per
    vestiging een overzicht. In groep 8 ontvangen alle ouders via de basisschool de folder 'Ondersteuning in het
    vo', en in oktober organiseren we in beide kernen een informatieavond over passend onderwijs in het vo.""",
        """Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de wettelijke verplichting ingaat; tot die
    tijd verwijzen we ouders met vragen naar de pagina 'Hulp voor ouders' op onze website.""",
        """Leerlingen worden gehoord bij het opstellen van hun OPP. In de OPR hebben vier ouders of leerlingen en vier
    personeelsleden zitting.""")

    governance(d, c)
    oogo(d, c, inhoudelijk=False)
    personeel(d, c)
    kennisdeling(d, c)
    ict_privacy(d, c)
    planning(d, c)
    totstandkoming(d, c)
    begrippen(d, STD_BEGRIPPEN + [("Lwoo", "Leerwegondersteunend onderwijs, extra ondersteuning in het vmbo."),
                                  ("OPDC", "Orthopedagogisch-didactisch centrum, tijdelijke opvang en begeleiding."),
                                  ("Praktijkonderwijs", "Schoolsoort voor leerlingen voor wie een vmbo-diploma niet haalbaar is."),
                                  ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat.")])
    afkortingen(d, STD_AFK + [("LWOO", "leerwegondersteunend onderwijs"), ("PrO", "praktijkonderwijs"),
                              ("VSO", "voortgezet speciaal onderwijs")])

    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch.'Basisondersteuning op alle vestigingen': agreed basisniveau on all vestigingen with eight concrete provisions; spring check by beleidsadviseur (borging).",
        "plaatsing": "Ch.'Toelaatbaarheid vso, lwoo en pro' only states the task and refers to the Loketreglement on the website; no procedure, criteria, deskundigen, duration or bezwaar in the body.",
        "terugstroom": "Hidden in ch.'Doorlopende lijnen' subsection 'Van het vso terug naar het reguliere vo': policy/conditions, yearly OPP check, mandatory in last TLV year, by 1 April, ambulant support first half year; 8 returns.",
        "financien": "Ch.'Middelen': verdeelsleutel being revised, criteria deferred to an addendum ('op dezelfde wijze als in 2025'; table line 'doorbetaald aan besturen' gives no criteria); meerjarenbegroting table 2026-2029 with amounts; reserve.",
        "dekkend-aanbod": "Ch.'Een dekkend aanbod?' only announces an aanbodanalyse in 2026-2027; OPDC/thuiszitter only in begrippenlijst; OOGO only as a procedural date; 'Doorlopende lijnen' (PO-VO overdracht, mbo) and budget lines are no continuum.",
        "resultaten": "Ch.'Opbrengsten en monitoring': goals deferred until after the nulmeting; monitoring twice a year, jaarverslag, enquête; achieved vso/pro percentages.",
        "ouders": "Ch.'Ouders en leerlingen': schoolgids, website per vestiging, folder, informatieavond (informatie); OJSP deferred until the legal duty, only a website pointer (no steunpunt); hoorrecht/OPR.",
    }
    return "vo-vechtdal-noord-2026", d, "vo", crit, adv, notes, {
        "basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present", "financien": "partial",
        "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "partial"}


# --------------------------------------------------------------------------------------------
# Near-miss: a single basisschool's own "ondersteuningsplan" (school-level zorgplan / SOP-like),
# full of SWV vocabulary, but not an ondersteuningsplan of a samenwerkingsverband.
# --------------------------------------------------------------------------------------------
def nearmiss():
    d = Doc("Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
            "Hoe wij op onze school de ondersteuning van leerlingen organiseren",
            "OBS De Wilgenhoek | Ondersteuningsplan schooljaar 2025-2026")
    d.front = ["Openbare basisschool De Wilgenhoek, Wilgenlaan 14, Zeewijk",
               "Onderdeel van Stichting Openbaar Onderwijs Kustlanden, aangesloten bij Samenwerkingsverband Duin en Polder",
               "Vastgesteld door de directie na advies van het team; besproken met de medezeggenschapsraad op 7 oktober 2025"]
    d.h1("Inleiding")
    d.p("""Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen organiseert. Het
    plan is bedoeld voor het team, voor ouders en voor onze partners. Het is een jaarlijks bijgesteld document
    dat aansluit bij ons schoolondersteuningsprofiel en bij het ondersteuningsplan van het samenwerkingsverband
    Duin en Polder, waarbij onze school is aangesloten.""",
        """De Wilgenhoek telt 312 leerlingen in veertien groepen. Ongeveer twintig procent van de leerlingen heeft
    een andere thuistaal dan het Nederlands. Het team bestaat uit 27 medewerkers, onder wie twee intern
    begeleiders, een gedragsspecialist en een taalcoördinator.""")
    d.h1("Onze visie op ondersteuning")
    d.p("""Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, in de groep, met deze leerkracht en
    deze ouders. Ouders zijn onze partners; zij worden betrokken zodra er zorgen zijn en denken mee over het
    plan voor hun kind.""")
    d.h1("De ondersteuningsniveaus op onze school")
    d.p("""Wij onderscheiden vijf niveaus van ondersteuning, van algemene zorg in de groep tot verwijzing naar het
    speciaal (basis)onderwijs.""")
    d.table([["Niveau", "Omschrijving", "Wie"],
             ["1", "Algemene zorg in de groep: effectieve instructie, differentiatie in drie niveaus", "Leerkracht"],
             ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching, gedragsafspraken", "Leerkracht, met IB"],
             ["3", "Speciale zorg na intern onderzoek: handelingsplan, inzet remedial teacher", "IB, leerkracht, ouders"],
             ["4", "Zorg met externe deskundigen: ondersteuningsteam, arrangement van het samenwerkingsverband", "IB, ondersteuningsteam, ouders"],
             ["5", "Aanvraag toelaatbaarheidsverklaring voor sbo of so", "Directie, IB, ouders, samenwerkingsverband"]])
    d.h2("Basisondersteuning op De Wilgenhoek")
    d.p("""Onze basisondersteuning omvat: dyslexiebegeleiding volgens het protocol, een leesverbetergroep in groep 3
    en 4, een plusgroep voor kinderen die meer aankunnen, een Kanjertraining in alle groepen en NT2-ondersteuning
    door de taalcoördinator. Deze voorzieningen staan ook in ons schoolondersteuningsprofiel.""")
    d.h1("De zorgcyclus")
    d.p("""Drie keer per jaar houdt de intern begeleider met iedere leerkracht een groepsbespreking. Daarin worden
    de resultaten van de methodeonafhankelijke toetsen, de observaties en de gesprekken met kinderen besproken.
    Leerlingen die opvallen, worden besproken in een leerlingbespreking. Zo nodig wordt een handelingsplan of
    een ontwikkelingsperspectief (OPP) opgesteld, dat twee keer per jaar met de ouders wordt geëvalueerd.""")
    d.table([["Maand", "Activiteit"], ["september", "Startgesprekken met ouders en kinderen"],
             ["oktober", "Groepsbespreking 1"], ["februari", "Toetsweek en groepsbespreking 2"],
             ["juni", "Toetsweek, groepsbespreking 3 en overdracht naar de volgende groep"]])
    d.h1("Het ondersteuningsteam")
    d.p("""Zes keer per jaar komt het ondersteuningsteam bijeen: de intern begeleiders, de consulent van het
    samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige. Ouders worden altijd
    uitgenodigd als hun kind besproken wordt. Het team kan een arrangement aanvragen bij het samenwerkingsverband
    of adviseren om een toelaatbaarheidsverklaring aan te vragen.""")
    d.h1("Verwijzing naar het speciaal (basis)onderwijs")
    d.p("""Soms blijkt dat onze school een kind, ook met extra hulp, niet kan bieden wat het nodig heeft. Dan vraagt
    de directie na overleg met de ouders bij het samenwerkingsverband een toelaatbaarheidsverklaring aan. Het
    samenwerkingsverband beslist daarover volgens zijn eigen procedure. Wij begeleiden ouders bij het zoeken naar
    een passende school. Komt een leerling vanuit het sbo terug naar onze school, dan maken we een overdrachts- en
    begeleidingsplan.""")
    d.h1("Ouders")
    d.p("""Ouders worden bij de start van het schooljaar geïnformeerd over de ondersteuning op school via de
    schoolgids en de informatieavond. Bij zorgen neemt de leerkracht contact op. Heeft u een klacht, dan kunt u
    terecht bij de directie of bij de vertrouwenspersoon van de stichting. Voor onafhankelijk advies kunt u contact
    opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband.""")
    d.h1("Middelen en resultaten")
    d.p("""De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning. Dit schooljaar
    zetten we dat in voor de remedial teacher (0,4 fte) en de gedragsspecialist (0,2 fte). In het jaarverslag van
    de school leggen we verantwoording af over de inzet en de resultaten. Vorig schooljaar haalden 86 procent van
    de kinderen met een OPP hun tussendoelen.""")
    return d


# --------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    fmt = {"po-de-linge-2026": ["docx"], "po-amstelland-zuid-2026": ["docx"],
           "po-kempenrand-2026": ["pdf"], "po-duin-en-polder-2026": ["pdf"], "vo-vechtdal-noord-2026": ["md"]}
    renderers = {"docx": render_docx, "pdf": render_pdf, "md": render_md, "html": render_html}
    for build in (plan1, plan2, plan3, plan4, plan5):
        name, d, sector, crit, adv, notes, expect = build()
        # sanity: computed statuses match the intended design
        for el in ELEMENTS:
            vals = [crit[f"{el}.{c}"] for c in CORE[el]]
            st = "present" if all(vals) else ("partial" if any(vals) or adv.get(el) else "missing")
            assert st == expect[el], (name, el, st, expect[el])
        n = d.words()
        assert n >= 3000, (name, n)
        docs = []
        for f in fmt[name]:
            renderers[f](d, OUT / f"{name}.{f}")
            docs.append(f"{name}.{f}")
        write_label(name, docs, sector, crit, adv, notes)
        print(f"{name}: {n} words -> {', '.join(docs)}")
    nm = nearmiss()
    render_html(nm, OUT / "po-wilgenhoek-schoolplan-2025.html")
    write_label("po-wilgenhoek-schoolplan-2025", ["po-wilgenhoek-schoolplan-2025.html"], "po", {}, {},
                {"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
                             "IB, ondersteuningsteam); it refers to its samenwerkingsverband but is not an SWV plan: "
                             "no OPR/OOGO, no planperiode of an SWV, single school."}, looks_like_plan=False)
    print(f"po-wilgenhoek-schoolplan-2025: {nm.words()} words")


if __name__ == "__main__":
    sys.exit(main())
