#!/usr/bin/env python3
"""Generate the holdout222 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# rendering helpers. A document is a dict with title lines, header text and a
# list of blocks: ("h1", text) ("h2", text) ("p", text) ("ul", [items])
# ("table", [header], [[row], ...])
# ---------------------------------------------------------------------------


def toc_lines(blocks):
    lines = []
    page = 3
    for i, b in enumerate(blocks):
        if b[0] in ("h1", "h2"):
            page += 1 if b[0] == "h1" else 0
            indent = "" if b[0] == "h1" else "    "
            lines.append(f"{indent}{b[1]} .......... {page}")
    return lines


def render_docx(doc_spec, path):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = doc_spec.get("author", "Bureau samenwerkingsverband")
    d.core_properties.title = doc_spec["title"][0]
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = d.sections[0]
    if doc_spec.get("header"):
        sec.header.paragraphs[0].text = doc_spec["header"]
    if doc_spec.get("footer"):
        sec.footer.paragraphs[0].text = doc_spec["footer"]
    # title page
    d.add_paragraph(doc_spec["title"][0], style="Title")
    for line in doc_spec["title"][1:]:
        d.add_paragraph(line)
    d.add_page_break()
    # toc
    d.add_paragraph("Inhoudsopgave", style="Heading 1")
    for line in toc_lines(doc_spec["blocks"]):
        d.add_paragraph(line)
    d.add_page_break()
    for b in doc_spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for c, txt in enumerate(header):
                t.rows[0].cells[c].text = txt
            for row in rows:
                cells = t.add_row().cells
                for c, txt in enumerate(row):
                    cells[c].text = txt
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(path))


def md_escape_cell(s):
    return s.replace("|", "/")


def render_md(doc_spec, path):
    out = []
    out.append(f"# {doc_spec['title'][0]}")
    out.append("")
    for line in doc_spec["title"][1:]:
        out.append(f"*{line}*  ")
    out.append("")
    out.append("## Inhoud")
    out.append("")
    for line in toc_lines(doc_spec["blocks"]):
        name = line.split(" ..........")[0]
        out.append(("  " if name.startswith("    ") else "") + "- " + name.strip())
    out.append("")
    for b in doc_spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {item}" for item in b[1]] + [""]
        elif kind == "table":
            header, rows = b[1], b[2]
            out.append("| " + " | ".join(md_escape_cell(h) for h in header) + " |")
            out.append("|" + "---|" * len(header))
            for row in rows:
                out.append("| " + " | ".join(md_escape_cell(c) for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(doc_spec, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc_spec['title'][0])}</title>", "</head>", "<body>"]
    if doc_spec.get("header"):
        out.append(f'<header><p class="kop">{e(doc_spec["header"])}</p></header>')
    out.append("<main>")
    out.append(f"<h1>{e(doc_spec['title'][0])}</h1>")
    for line in doc_spec["title"][1:]:
        out.append(f'<p class="sub">{e(line)}</p>')
    for b in doc_spec["blocks"]:
        kind = b[0]
        if kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            header, rows = b[1], b[2]
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in header) + "</tr>")
            for row in rows:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    if doc_spec.get("footer"):
        out.append(f"<footer><p>{e(doc_spec['footer'])}</p></footer>")
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(doc_spec, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout222_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(doc_spec, src)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(doc_spec):
    n = 0
    for b in doc_spec["blocks"]:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] == "ul":
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in [b[1]] + b[2] for c in row)
    return n


# ---------------------------------------------------------------------------
# shared filler (deliberately free of element substance; see notes per plan)
# ---------------------------------------------------------------------------

def voorwoord(c):
    kids = c["kids"]
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. In dit plan leggen de "
              f"aangesloten schoolbesturen vast hoe zij de komende vier schooljaren samen werken aan passend "
              f"onderwijs voor alle {kids} in {c['region']}. Het is het derde plan sinds de invoering van de Wet "
              f"passend onderwijs in 2014 en het eerste dat volledig is geschreven na de tussentijdse evaluatie "
              f"van de verbeteraanpak passend onderwijs."),
        ("p", f"Passend onderwijs is geen project meer; het is de manier waarop wij ons onderwijs inrichten. Toch "
              f"merken we dagelijks dat het stelsel schuurt. Leraren ervaren een toenemende complexiteit in hun "
              f"klassen, ouders zoeken hun weg in een landschap van loketten en regelingen, en de middelen zijn "
              f"niet onbeperkt. In de gesprekken die we het afgelopen jaar voerden met directeuren, "
              f"{c['ib']}, leraren, ouders en onze partners bij gemeenten en jeugdhulp klonk steeds dezelfde wens "
              f"door: maak het eenvoudiger, organiseer het dichter bij huis en maak het concreet."),
        ("p", "Dat laatste hebben we ter harte genomen. Waar het vorige plan vooral een visiedocument was, willen we "
              "met dit plan laten zien wat scholen, ouders en partners van ons kunnen verwachten. Niet alles is al "
              "uitgewerkt: sommige onderwerpen vragen nog gesprek en besluitvorming, en dat zeggen we dan ook "
              "eerlijk. Het plan is daarmee een werkdocument dat we jaarlijks naast de praktijk leggen."),
        ("p", f"Wij danken iedereen die heeft bijgedragen: de werkgroepen van {c['ib']} en directeuren, de "
              f"beleidsmedewerkers van de gemeenten, de collega's van de speciale scholen en niet in de laatste "
              f"plaats de leden van de ondersteuningsplanraad, die het concept kritisch en betrokken hebben "
              f"gelezen. Hun vragen hebben het plan beter gemaakt."),
        ("p", f"{c['director']}, directeur-bestuurder"),
    ]


def visie(c):
    kids = c["kids"]
    return [
        ("p", f"Ieder kind verdient onderwijs dat past bij wie het is en wat het kan. Dat is de kern van onze "
              f"missie en het vertrekpunt van alles wat in dit plan staat. Wij geloven dat {kids} het best tot "
              f"hun recht komen in een omgeving die hen kent, dichtbij huis, samen met leeftijdgenoten uit hun "
              f"eigen buurt. Dat betekent niet dat elk kind op elke school terecht kan; het betekent wel dat we "
              f"eerst zoeken naar mogelijkheden in de eigen omgeving en pas daarna naar alternatieven."),
        ("p", "Onze visie rust op vier pijlers. De eerste is nabijheid: ondersteuning komt naar het kind toe, niet "
              "andersom. De tweede is vakmanschap: de leraar is de belangrijkste factor en verdient ondersteuning "
              "die hem of haar in staat stelt het verschil te maken. De derde is samenhang: onderwijs, zorg en "
              "gezin trekken samen op, met één plan en zo min mogelijk overdrachtsmomenten. De vierde is "
              "vertrouwen: we gaan ervan uit dat professionals het goede willen doen en organiseren de "
              "verantwoording zo licht als verantwoord is."),
        ("p", "Deze pijlers zijn geen loze woorden. Ze bepalen hoe wij keuzes maken wanneer belangen botsen. Als de "
              "vraag is of een voorziening centraal of in de school moet worden georganiseerd, kiezen we in "
              "principe voor de school. Als de vraag is of een procedure zwaarder moet worden gemaakt om risico's "
              "te beperken, kiezen we in principe voor vertrouwen en leggen we de verantwoordelijkheid zo laag "
              "mogelijk. Dat zijn keuzes met gevolgen, en we zijn ons ervan bewust dat ze niet altijd goed "
              "uitpakken."),
        ("p", "Onze missie vertalen we naar een koers die we in de afgelopen maanden samen met de besturen hebben "
              "aangescherpt. Die koers is samen te vatten in drie woorden: dichtbij, deskundig en duidelijk. "
              "Dichtbij omdat we de ondersteuning zoveel mogelijk in en om de school willen organiseren. Deskundig "
              "omdat we investeren in de kennis van leraren en teams. Duidelijk omdat iedereen moet kunnen weten "
              "waar hij aan toe is."),
    ]


def governance(c):
    return [
        ("p", f"{c['name']} is een stichting waarin {c['boards']} schoolbesturen samenwerken. De statuten kennen "
              f"een scheiding tussen bestuur en toezicht. Het bestuur wordt gevormd door een directeur-bestuurder "
              f"die is benoemd door de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie "
              f"drie worden voorgedragen door de algemene vergadering van aangesloten schoolbesturen en twee "
              f"onafhankelijk zijn. De algemene vergadering stelt het ondersteuningsplan vast, na instemming van "
              f"de ondersteuningsplanraad en na het op overeenstemming gericht overleg met de gemeenten."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsadviseur, een "
              "controller, een secretariaat en een team van consulenten en orthopedagogen. Het bureau is "
              "gevestigd in een gedeeld kantoor met het samenwerkingsverband van de andere sector, zodat "
              "afstemming over de overstap en over gezamenlijke thema's eenvoudig blijft. Vergaderingen van de "
              "algemene vergadering vinden vier keer per jaar plaats; de raad van toezicht vergadert zes keer "
              "per jaar en heeft een auditcommissie en een remuneratiecommissie."),
        ("p", "De code goed bestuur van de sectorraad is van toepassing. De raad van toezicht evalueert jaarlijks "
              "het eigen functioneren en dat van de directeur-bestuurder. Eventuele tegenstrijdige belangen worden "
              "gemeld en vastgelegd. In de statuten is een geschillenregeling opgenomen voor geschillen tussen "
              "aangesloten besturen onderling en tussen besturen en het samenwerkingsverband."),
        ("p", "In de komende periode onderzoeken we of de huidige governancestructuur nog past bij de omvang en "
              "de taken van het verband. Daarbij kijken we onder meer naar de rol van de algemene vergadering en "
              "naar de mogelijkheid van een gezamenlijke raad van toezicht met het andere samenwerkingsverband."),
    ]


def opr(c, with_parents=True):
    if with_parents:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes ouders"
                + (" of leerlingen" if c["sector"] == "vo" else "") +
                ", afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen.")
    else:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden die worden afgevaardigd vanuit de "
                "medezeggenschapsraden van de aangesloten scholen.")
    return [
        ("p", comp + " De OPR heeft instemmingsrecht op de vaststelling en op wijzigingen van het "
              "ondersteuningsplan. De raad vergadert vijf keer per jaar, waarvan twee keer met de "
              "directeur-bestuurder. Voor de voorbereiding van dit plan heeft de OPR een eigen werkgroep "
              "ingesteld die drie keer met de schrijfgroep heeft gesproken."),
        ("p", "Het samenwerkingsverband faciliteert de OPR met een ambtelijk secretaris, een scholingsbudget en "
              "een vergoeding voor leden die niet in dienst zijn van een van de aangesloten besturen. Het "
              "reglement en het huishoudelijk reglement van de OPR zijn in 2024 herzien. Daarnaast heeft het "
              "verband een eigen medezeggenschapsraad voor het personeel van het bureau."),
    ]


def oogo_full(c):
    return [
        ("p", f"Het samenwerkingsverband werkt samen met de gemeenten {c['municipalities']}. Het op "
              f"overeenstemming gericht overleg (OOGO) over het concept van dit plan vond plaats op "
              f"{c['oogo_date']}. De gemeenten hebben ingestemd met de paragrafen die de raakvlakken met "
              f"jeugdhulp en leerplicht betreffen. Het verslag van het OOGO is bij het bureau opvraagbaar."),
        ("p", "Met de gemeenten maken we afspraken over de inzet van jeugdhulp in en om de school. In elke "
              "gemeente is een vaste contactpersoon van het wijkteam aan de scholen verbonden, die aansluit bij "
              "het ondersteuningsteam als de situatie van een kind daarom vraagt. Voor kinderen die naast "
              "onderwijs ook zorg nodig hebben, stellen school, jeugdhulp en gemeente samen een "
              "onderwijs-zorgarrangement op, met één plan en één regisseur."),
        ("p", "Andere gezamenlijke thema's zijn het leerlingenvervoer, de onderwijshuisvesting van speciale "
              "voorzieningen, de aansluiting op voorschoolse voorzieningen en de samenwerking met de "
              "leerplichtambtenaren van de regionale bureaus. Twee keer per jaar vindt een bestuurlijk overleg "
              "plaats met de wethouders onderwijs en jeugd."),
    ]


def personeel(c):
    return [
        ("p", "Passend onderwijs staat of valt met de mensen die het elke dag doen. De schoolbesturen zijn "
              "werkgever van de leraren en ondersteuners in de scholen; het samenwerkingsverband is werkgever van "
              "de medewerkers van het bureau en van de ambulante dienst. In totaal zijn bij het verband "
              f"{c['fte']} fte in dienst."),
        ("p", "Het lerarentekort raakt ook ons. Vacatures voor orthopedagogen en gedragsspecialisten staan soms "
              "maanden open. We kiezen daarom voor een strategie waarin we eigen mensen opleiden, kennis delen "
              "tussen scholen en de inzet van externe deskundigen beperken tot situaties waarin specifieke kennis "
              "nodig is. Samen met de besturen organiseren we een leergang voor startende "
              f"{c['ib']}, een netwerk voor gedragsspecialisten en jaarlijks een studiedag voor alle medewerkers."),
        ("p", "Werkdruk is een terugkerend onderwerp in gesprekken met de personeelsgeleding van de OPR. Wij nemen "
              "dat serieus. Bij nieuwe werkwijzen vragen we ons steeds af wat het van leraren vraagt en of "
              "administratieve lasten kunnen worden verminderd. Formulieren zijn de afgelopen jaren flink "
              "ingekort en we streven ernaar dat gegevens maar één keer hoeven te worden ingevoerd."),
        ("p", "Het verband heeft een eigen functiebouw en een strategisch personeelsbeleid dat in 2024 is "
              "geactualiseerd. Medewerkers voeren jaarlijks een gesprekkencyclus met hun leidinggevende en "
              "hebben een individueel scholingsbudget."),
    ]


def ict(c):
    return [
        ("p", "Het verband werkt met een digitaal dossier waarin scholen aanvragen indienen en waarin "
              "consulenten en deskundigen hun adviezen vastleggen. Het systeem voldoet aan de eisen van de "
              "Algemene verordening gegevensbescherming (AVG). Alleen medewerkers die bij een aanvraag betrokken "
              "zijn, hebben toegang tot de gegevens van een leerling. Gegevens worden bewaard tot drie jaar na "
              "het laatste besluit en daarna vernietigd, tenzij een wettelijke bepaling langer bewaren vereist."),
        ("p", "Het verband heeft een functionaris gegevensbescherming, die wordt gedeeld met drie andere "
              "samenwerkingsverbanden. Jaarlijks wordt een privacyaudit uitgevoerd. Datalekken worden gemeld "
              "volgens het protocol; in 2024 zijn er twee meldingen gedaan, die geen gevolgen hadden voor "
              "betrokkenen."),
        ("p", "Voor de communicatie met scholen gebruiken we een beveiligde omgeving. E-mail met persoonsgegevens "
              "wordt alleen versleuteld verzonden. In de komende periode vervangen we het huidige dossiersysteem; "
              "de aanbesteding daarvoor is in voorbereiding. Bij de keuze voor een nieuw systeem wegen "
              "gebruiksgemak voor scholen, koppelingen met de leerlingadministratiesystemen en de mogelijkheid "
              "om gegevens geanonimiseerd te analyseren zwaar mee."),
    ]


def vaststelling(c):
    return [
        ("p", f"Dit ondersteuningsplan is voorbereid door een schrijfgroep onder leiding van de "
              f"directeur-bestuurder. Het concept is besproken in de algemene vergadering, met de "
              f"directeurenoverleggen en met de gemeenten. Het OOGO vond plaats op {c['oogo_date']}. De "
              f"ondersteuningsplanraad heeft op {c['opr_date']} ingestemd. De algemene vergadering heeft het plan "
              f"vastgesteld op {c['vast_date']}. Het plan is vóór 1 mei aan de inspectie van het onderwijs "
              f"toegezonden via het Internet Schooldossier."),
        ("p", "Het plan geldt voor vier schooljaren. Wijzigingen tijdens de planperiode worden opnieuw ter "
              "instemming aan de OPR voorgelegd."),
    ]


def begrippen(c, extra=()):
    po = c["sector"] == "po"
    rows = [
        ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, inzet en duur."],
        ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat binnen "
                               "de ondersteuningsstructuur van de school wordt uitgevoerd."],
        ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het "
                                  + ("so." if po else "vso.")],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
        ["Deskundigenadvies", "Advies van twee deskundigen over de toelaatbaarheid van een leerling."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren die inzicht geeft in inkomsten en uitgaven."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."],
        ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Resultaten", "De beoogde en bereikte uitkomsten van het beleid van het samenwerkingsverband."],
        ["SOP", "Schoolondersteuningsprofiel: beschrijving van de ondersteuning die een school kan bieden."],
        ["Terugplaatsing", "Overgang van een leerling van het " + ("s(b)o naar het basisonderwijs."
                           if po else "vso naar het regulier voortgezet onderwijs.")],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring voor " + ("het sbo of so." if po else "het vso of praktijkonderwijs.")],
        ["Verdeelmodel", "De wijze waarop het samenwerkingsverband middelen verdeelt over schoolbesturen en voorzieningen."],
        ["Zorgplicht", "Plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."],
    ]
    if not po:
        rows += [["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                 ["OPDC", "Orthopedagogisch-didactisch centrum."]]
    rows += [list(x) for x in extra]
    rows.sort(key=lambda r: r[0].lower())
    return [("h1", "Bijlage: Begrippenlijst"), ("table", ["Begrip", "Betekenis"], rows)]



def totstandkoming_proces(c):
    return [
        ("p", "Aan dit plan is ruim een jaar gewerkt. In het voorjaar van het voorgaande schooljaar hielden we drie "
              "werkconferenties met directeuren, leraren en ondersteuners uit alle besturen. Op elke conferentie "
              "stond een andere vraag centraal: wat gaat goed, wat moet anders en wat hebben scholen van het "
              "verband nodig. De opbrengst is verwerkt in een eerste schets, die vervolgens in een digitale "
              "vragenlijst aan alle scholen is voorgelegd. Bijna driekwart van de scholen reageerde."),
        ("p", "Daarnaast spraken we met de collega-verbanden in de regio, met de leerplichtambtenaren en met "
              "beleidsmedewerkers van de gemeenten. Een klankbordgroep van zeven personen, onder wie twee "
              "directeuren van speciale scholen, las alle conceptversies mee. De schrijfgroep heeft de reacties "
              "gebundeld en per reactie vastgelegd wat ermee is gedaan; dat overzicht is op verzoek beschikbaar."),
        ("p", "We hebben bewust gekozen voor een compact plan. Onderwerpen die jaarlijks veranderen, zoals de "
              "activiteitenplanning, horen in het jaarplan thuis. Onderwerpen die een langere adem vragen, staan "
              "in dit plan. Het plan is geschreven voor een breed publiek en vermijdt waar mogelijk vakjargon."),
    ]


def inspectie_toezicht(c):
    return [
        ("p", "De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Zij bezoekt het verband "
              "ten minste eens in de vier jaar en spreekt daarbij met het bestuur, de intern toezichthouders, de "
              "ondersteuningsplanraad en een selectie van scholen. Het laatste vierjaarlijks onderzoek vond plaats "
              "in het najaar van 2023; het verband valt onder het basistoezicht."),
        ("p", "Het ondersteuningsplan wordt na vaststelling aan de inspectie toegezonden. De inspectie "
              "controleert eerst of de procedure goed is doorlopen, met name het OOGO met de gemeenten, het "
              "overleg met het aangrenzende samenwerkingsverband en de instemming van de OPR. Daarna beoordeelt "
              "zij de inhoud aan de hand van de wettelijke eisen. Wij zien het toezicht als een kans om te leren "
              "en delen de uitkomsten met de aangesloten besturen."),
    ]


def kennisdeling(c):
    return [
        ("p", f"Kennis delen is een van de sterkste instrumenten die een samenwerkingsverband heeft. In "
              f"{c['short']} bestaan vijf leernetwerken: voor {c['ib']}, voor gedragsspecialisten, voor "
              f"taalspecialisten, voor directeuren en voor leraren die met nieuwkomers werken. Elk netwerk komt "
              f"vier keer per jaar bijeen en wordt begeleid door een medewerker van het bureau."),
        ("p", "Daarnaast organiseert het verband jaarlijks een regionale studiedag met een landelijke spreker en "
              "een programma van workshops die door collega's uit de scholen worden verzorgd. Het "
              "scholingsaanbod wordt ieder voorjaar vastgesteld op basis van de wensen die scholen aangeven. "
              "Voor nieuwe leraren is er een introductiemiddag over passend onderwijs in de regio."),
        ("p", "In de komende periode willen we intervisie en collegiale consultatie verder stimuleren. Leraren die "
              "een werkwijze hebben ontwikkeld die goed werkt, krijgen de gelegenheid die op andere scholen te "
              "laten zien. Een digitale kennisbank met praktijkvoorbeelden is in opbouw."),
    ]

# ---------------------------------------------------------------------------
# Plan 1: PO, docx — SWV De Brede Stroom
# ---------------------------------------------------------------------------

def plan1():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Brede Stroom", short="De Brede Stroom",
             code="PO 29-14", period="2025-2029", sector="po", kids="kinderen",
             region="de gemeenten Lingeveld, Waaldijk en Oosterbroek", ib="intern begeleiders",
             director="M. van Rossum", boards="acht", fte="23,4", municipalities="Lingeveld, Waaldijk en Oosterbroek",
             oogo_date="18 februari 2025", opr_date="11 maart 2025", vast_date="25 maart 2025")
    B = []
    B += voorwoord(c)
    B += [("h1", "1 Inleiding en leeswijzer"),
          ("p", "Dit ondersteuningsplan is opgesteld op grond van artikel 18a van de Wet op het primair onderwijs. "
                "Het beschrijft hoe wij een samenhangend geheel van ondersteuningsvoorzieningen realiseren binnen "
                "en tussen de scholen. In hoofdstuk 4 beschrijven we de ondersteuning in de scholen, de "
                "toelaatbaarheid tot het speciaal (basis)onderwijs en de terug- en doorplaatsing. Hoofdstuk 5 gaat "
                "over het dekkende netwerk, hoofdstuk 6 over geld en middelen, hoofdstuk 7 over onze ambities. "
                "Wat ouders van ons mogen verwachten, leest u in hoofdstuk 8. Achter in het plan vindt u de "
                "ontwikkelagenda en een overzicht van de wettelijke eisen met verwijzing naar de plek in dit plan."),
          ("h1", "2 Ons verband in het kort"),
          ("p", "De Brede Stroom omvat 41 basisscholen, twee scholen voor speciaal basisonderwijs (De Kade en "
                "Het Veer) en een so-locatie voor cluster 4 (De Bongerd). Samen bedienen zij ruim 11.600 "
                "leerlingen. Acht schoolbesturen zijn aangesloten: twee grote besturen met meer dan tien scholen, "
                "vier middelgrote besturen en twee eenpitters. De scholen liggen verspreid over een landelijk gebied "
                "met drie kernen en veel kleine dorpen."),
          ("p", "Het leerlingaantal daalt licht. Voor de planperiode verwachten we een krimp van ongeveer twee "
                "procent per jaar, die vooral de kleine dorpsscholen treft. Tegelijk zien we dat de "
                "ondersteuningsvragen complexer worden. Scholen melden meer kinderen met gedragsproblematiek en "
                "meer kinderen die na een verhuizing of gezinsproblemen instromen."),
          ("h1", "3 Visie en missie")]
    B += visie(c)
    B += [("h1", "4 Ondersteuning in onze scholen"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "Basisondersteuning is in De Brede Stroom het niveau van ondersteuning dat alle 44 scholen en "
                "locaties van het verband, inclusief de nevenvestigingen, ten minste bieden aan ieder kind dat er "
                "staat ingeschreven, zonder dat daarvoor een aanvraag bij het verband nodig is. De acht besturen "
                "hebben dit niveau in november 2024 gezamenlijk vastgesteld; het is bindend voor iedere vestiging. "
                "Een school mag meer bieden, niet minder."),
          ("p", "Concreet betekent dit dat ouders op iedere school van ons verband het volgende kunnen verwachten:"),
          ("ul", ["een intern begeleider met ten minste één dag per week per 150 leerlingen en een vast aanspreekpunt voor ouders;",
                  "handelingsgericht werken met groepsoverzichten en twee groepsbesprekingen per jaar;",
                  "een dyslexieprotocol en een dyscalculieprotocol met signalering vanaf groep 2, inclusief extra lees- en rekeninterventies van ten minste drie keer twintig minuten per week;",
                  "een aanbod voor kinderen die meer aankunnen, met verrijkingsmateriaal in de klas en deelname aan een bovenschoolse plusgroep;",
                  "een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol met een aangewezen coördinator;",
                  "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de orthopedagoog van het verband en de jeugdverpleegkundige;",
                  "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                  "NT2-ondersteuning voor kinderen die korter dan twee jaar in Nederland zijn, met een taalprogramma van minimaal vier uur per week;",
                  "een ontwikkelingsperspectief (OPP) voor ieder kind dat op een of meer vakken een eigen leerlijn volgt."]),
          ("p", "Het verband ziet toe op de uitvoering. Iedere school vult jaarlijks vóór 1 december de "
                "kwaliteitskaart basisondersteuning in; een consulent bespreekt de uitkomsten met de directeur. "
                "Scholen die op een of meer onderdelen onder het niveau blijven, stellen binnen drie maanden een "
                "verbeterplan op, waarvan de uitvoering na een jaar opnieuw wordt besproken."),
          ("h2", "4.2 Extra ondersteuning en arrangementen"),
          ("p", "Heeft een kind meer nodig dan de basisondersteuning, dan kan de school een arrangement inzetten. "
                "We onderscheiden drie treden. Op trede 1 zet de school extra ondersteuning in uit het eigen "
                "schoolbudget, bijvoorbeeld een remedial teacher of een kleine leesgroep. Op trede 2 vraagt de "
                "school een bovenschools arrangement aan bij de Commissie Arrangeren van het verband: ambulante "
                "begeleiding door een gedragsspecialist, een plaats in de observatiegroep De Brug (twaalf weken) "
                "of een plaats in een van de drie bovenschoolse plusklassen. Op trede 3 is plaatsing in het sbo of "
                "so aan de orde. De treden vormen samen één doorlopende route."),
          ("p", "Naast deze treden kent het verband een onderwijs-zorgarrangement voor kinderen die zowel onderwijs "
                "als jeugdhulp nodig hebben, en een nieuwkomersvoorziening in Lingeveld voor kinderen die net in "
                "Nederland zijn."),
          ("h2", "4.3 Toelaatbaarheid tot het sbo en so"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar het "
                "kind is ingeschreven. De aanvraag verloopt in vijf stappen:"),
          ("ul", ["Stap 1 – De school bespreekt de situatie in het ondersteuningsteam en vult het digitale groeidocument aan met het OPP, de evaluatie van de ingezette ondersteuning en de zienswijze van de ouders.",
                  "Stap 2 – Het bestuur dient de aanvraag in bij het Loket van het verband. Het Loket controleert binnen vijf werkdagen of het dossier volledig is.",
                  "Stap 3 – Twee deskundigen brengen elk afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de situatie, een maatschappelijk werker, kinderpsychiater of arts. De deskundigen zijn niet eerder bij de aanvraag betrokken geweest.",
                  "Stap 4 – De Commissie van Toelaatbaarheid (CvT) neemt binnen zes weken na ontvangst van het volledige dossier een besluit.",
                  "Stap 5 – Het besluit en afschriften van beide adviezen worden aan school en ouders gestuurd."]),
          ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode; een TLV voor het so "
                "geldt voor twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog. Tegen een "
                "besluit kunnen ouders binnen zes weken bezwaar maken bij het verband; het bezwaar wordt voorgelegd "
                "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("p", "De CvT weegt iedere aanvraag op maat. Een afwegingskader waarin staat wanneer een kind toelaatbaar "
                "is tot het sbo of tot het so, is in voorbereiding; de werkgroep toelaatbaarheid levert het kader in "
                "de loop van schooljaar 2025-2026 op, waarna het ter instemming aan de OPR wordt voorgelegd."),
          ("h2", "4.4 Terug- en doorplaatsing"),
          ("p", "Over terug- en doorplaatsing gaan we in deze planperiode opnieuw met de sbo-scholen en de "
                "so-locatie in gesprek. Het huidige beleid stamt uit de vorige planperiode en sluit niet meer aan "
                "bij de praktijk. Een geactualiseerde notitie verschijnt als aanvulling op dit plan zodra de "
                "gesprekken zijn afgerond; tot die tijd blijven de afspraken van de afzonderlijke scholen leidend."),
          ("p", "Voor de overstap naar het voortgezet onderwijs verwijzen we naar de regionale afspraken over de "
                "warme overdracht, die jaarlijks met het samenwerkingsverband VO worden herzien."),
          ("h1", "5 Dekkend netwerk en thuiszitters"),
          ("p", "Een dekkend netwerk betekent dat er voor ieder kind in de regio een passende plek is. Jaarlijks in "
                "mei brengen de consulenten samen met de schoolbesturen in kaart welke ondersteuningsvragen niet of "
                "te laat worden beantwoord: wachtlijsten, kinderen die buiten de regio naar school gaan omdat hier "
                "geen passend aanbod is, en kinderen zonder plek. De uitkomst wordt in juni in de algemene "
                "vergadering besproken; het bestuur besluit dan welk aanbod wordt uitgebreid of opgezet. Zo is in "
                "2024 besloten tot een tweede plusklas en een kleine groep voor jonge kinderen met ernstige "
                "gedragsproblemen."),
          ("p", "Voor thuiszitters hanteren we een vaste aanpak. Zodra een kind langer dan vier weken niet of "
                "nauwelijks naar school gaat, meldt de school dit bij de leerplichtambtenaar en bij het Loket. "
                "Binnen tien schooldagen komen school, ouders, leerplicht, wijkteam en een consulent van het "
                "verband bijeen en stellen een plan op met een eigenaar en een datum voor terugkeer naar onderwijs. "
                "Lukt dat niet binnen drie maanden, dan neemt de directeur-bestuurder de regie en kan deze een "
                "bestuur vragen een kind tijdelijk te plaatsen, ook als de zorgplicht bij een ander bestuur ligt."),
          ("h1", "6 Geld en middelen"),
          ("p", "Het verband ontvangt jaarlijks ongeveer € 9,8 miljoen aan ondersteuningsmiddelen. Daarvan gaat "
                "ongeveer € 3,9 miljoen rechtstreeks via DUO naar het so en sbo (afdrachten). De overige middelen "
                "verdelen we volgens het verdeelmodel dat in 2024 door de algemene vergadering is vastgesteld:"),
          ("ul", ["70 procent van de vrij besteedbare middelen gaat als schoolbudget naar de besturen, op basis van een bedrag van € 248 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.000 per school;",
                  "20 procent is bestemd voor bovenschoolse arrangementen (trede 2), die de Commissie Arrangeren toekent op basis van het groeidocument; een arrangement wordt voor maximaal één schooljaar toegekend;",
                  "10 procent is bestemd voor het bureau, de consulenten, de orthopedagogen en de OPR."]),
          ("p", "Besturen besteden het schoolbudget aan extra ondersteuning in de school, zoals remedial teaching, "
                "onderwijsassistentie en gedragsspecialisten. Zij verantwoorden de besteding jaarlijks vóór 1 mei "
                "met een vast format, dat in de algemene vergadering wordt besproken."),
          ("table", ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
           [["Baten ondersteuningsmiddelen", "9.820", "9.700", "9.590", "9.470"],
            ["Afdrachten so/sbo (DUO)", "3.910", "3.880", "3.850", "3.820"],
            ["Schoolbudgetten besturen", "4.120", "4.050", "3.980", "3.920"],
            ["Bovenschoolse arrangementen", "1.180", "1.160", "1.140", "1.120"],
            ["Bureau, consulenten, OPR", "620", "610", "600", "600"],
            ["Resultaat", "-10", "0", "20", "10"]]),
          ("p", "De algemene reserve bedraagt eind 2024 € 1,1 miljoen. Dat ligt onder de signaleringswaarde; het "
                "weerstandsvermogen is voldoende om de risico's uit de risicoparagraaf op te vangen."),
          ("h1", "7 Ambities en beoogde resultaten"),
          ("p", "Voor de planperiode hebben we vier ambities geformuleerd voor kinderen die extra ondersteuning "
                "nodig hebben. Per ambitie benoemen we wat we in juli 2029 bereikt willen hebben."),
          ("table", ["Ambitie", "Beoogd resultaat in 2029"],
           [["Kinderen leren dichtbij huis", "Minstens 97 van de 100 kinderen met een bovenschools arrangement volgen onderwijs op een school in hun eigen kern."],
            ["Ondersteuning werkt", "Bij ten minste 80% van de arrangementen zijn de doelen uit het OPP aan het eind van het arrangement behaald."],
            ["Niemand zit thuis", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod."],
            ["Snel duidelijkheid", "Over elke aanvraag voor een arrangement of TLV is binnen zes weken besloten."]]),
          ("p", "Hoe we deze ambities gaan volgen – met welke gegevens, hoe vaak en wie daarover rapporteert – "
                "leggen we vast in een monitoringskader. De opdracht daarvoor is verstrekt; het kader wordt naar "
                "verwachting in het voorjaar van 2026 aan het bestuur voorgelegd."),
          ("h1", "8 Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het verband communiceert met scholen via een "
                "maandelijkse nieuwsbrief en een netwerk van intern begeleiders."),
          ("p", "Ouders informeren we langs verschillende wegen. Bij de aanmelding op een school ontvangen ouders "
                "de folder 'Passend onderwijs in De Brede Stroom', waarin staat welke ondersteuning elke school "
                "biedt, hoe een arrangement wordt aangevraagd en bij wie ze terechtkunnen. Op de ouderpagina van "
                "onze website staan dezelfde informatie, de stappen van de TLV-procedure en de contactgegevens van "
                "de consulenten. Elke school beschrijft in de schoolgids haar ondersteuningsaanbod en noemt de "
                "contactpersoon passend onderwijs. Twee keer per jaar organiseren we een informatieavond voor "
                "ouders in een van de drie kernen."),
          ("p", "Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
                "Rivierenland. Het steunpunt staat los van het verband en de schoolbesturen, is bereikbaar op "
                "werkdagen via telefoon en e-mail en kan meegaan naar gesprekken op school. Ook kunnen ouders "
                "kosteloos een beroep doen op Onderwijsconsulenten. Klachten over het verband worden behandeld "
                "volgens de klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen worden "
                "voorgelegd aan de Geschillencommissie passend onderwijs."),
          ("h1", "9 Samenwerking met gemeenten")]
    B += oogo_full(c)
    B += [("h1", "10 Organisatie en governance")]
    B += governance(c)
    B += [("h1", "11 Medezeggenschap")]
    B += opr(c)
    B += [("h1", "12 Personeel en professionalisering")]
    B += personeel(c)
    B += [("h1", "13 ICT en privacy")]
    B += ict(c)
    B += [("h1", "14 Ontwikkelagenda 2025-2029"),
          ("p", "De ontwikkelagenda laat zien welke onderwerpen we in de planperiode verder uitwerken. De agenda "
                "wordt jaarlijks geactualiseerd in het jaarplan."),
          ("table", ["Periode", "Onderwerp", "Eigenaar", "Stand"],
           [["2025-2026", "Afwegingskader toelaatbaarheid sbo/so", "Werkgroep toelaatbaarheid", "In voorbereiding"],
            ["2025-2026", "Monitoringskader ambities", "Beleidsadviseur", "Opdracht verstrekt"],
            ["2026", "Notitie terug- en doorplaatsing", "Directeur-bestuurder met sbo/so", "p.m."],
            ["2026-2027", "Evaluatie verdeelmodel", "Controller", "Gepland"],
            ["2027", "Tussentijdse evaluatie ondersteuningsplan (opzet volgt uit monitoringskader)", "Algemene vergadering", "Gepland"],
            ["2028-2029", "Voorbereiding nieuw ondersteuningsplan", "Directeur-bestuurder", "Gepland"]]),
          ("h1", "15 Wettelijke eisen"),
          ("p", "Onderstaand overzicht koppelt de onderdelen van artikel 18a, achtste lid, WPO aan de plek in dit plan."),
          ("table", ["Wettelijk onderdeel", "Plaats in dit plan"],
           [["a. samenhangend geheel van voorzieningen, incl. basisondersteuning", "Hoofdstuk 4 en 5"],
            ["b. verdeling en besteding van middelen, meerjarenbegroting", "Hoofdstuk 6"],
            ["c. procedure en criteria toelaatbaarheid sbo/so", "Paragraaf 4.3"],
            ["d. terugplaatsing en overplaatsing", "Paragraaf 4.4"],
            ["e. beoogde en bereikte resultaten", "Hoofdstuk 7"],
            ["f. informatie aan ouders en onafhankelijke ondersteuning", "Hoofdstuk 8"]]),
          ("h1", "16 Totstandkoming en vaststelling")]
    B += vaststelling(c)
    B += begrippen(c)
    spec = dict(title=["Ondersteuningsplan 2025-2029", c["name"] + " (" + c["code"] + ")",
                       "Samen sterk voor passend onderwijs: basisondersteuning, toelaatbaarheid, terugplaatsing, "
                       "middelen, resultaten en ouders", "Vastgesteld door de algemene vergadering op 25 maart 2025"],
                header="Ondersteuningsplan De Brede Stroom 2025-2029 | terugplaatsing – resultaten – ouders",
                footer="SWV De Brede Stroom – PO 29-14", blocks=B)
    return spec


# ---------------------------------------------------------------------------
# Plan 2: VO, docx — SWV VO Heuvelrand-Eemland
# ---------------------------------------------------------------------------

def plan2():
    c = dict(name="Stichting Samenwerkingsverband VO Heuvelrand-Eemland", short="Heuvelrand-Eemland",
             code="VO 26-09", period="2026-2030", sector="vo", kids="jongeren",
             region="de regio Heuvelrand en Eemland", ib="ondersteuningscoördinatoren",
             director="drs. A. El Amrani", boards="elf", fte="31,8",
             municipalities="Heuvelrand, Eemdijk, Soest-Noord en Baarnsveld",
             oogo_date="3 februari 2026", opr_date="17 maart 2026", vast_date="31 maart 2026")
    B = []
    B += voorwoord(c)
    B += [("h1", "1 Inleiding"),
          ("p", "Dit plan is het ondersteuningsplan als bedoeld in artikel 17a van de Wet op het voortgezet "
                "onderwijs (thans artikel 2.47 en verder van de WVO 2020). Het bouwt voort op het plan 2022-2026 en "
                "op de evaluatie daarvan. In hoofdstuk 4 beschrijven we het ondersteuningsaanbod in vier niveaus, "
                "in hoofdstuk 5 de toewijzing van ondersteuning en de toelaatbaarheid. Hoofdstuk 6 gaat over "
                "kwaliteit en resultaten en hoofdstuk 7 over het financieel beleid."),
          ("h1", "2 Context en kengetallen"),
          ("p", "In het verband werken elf schoolbesturen samen met 19 scholen voor regulier voortgezet onderwijs, "
                "twee scholen voor praktijkonderwijs en drie vso-scholen. Op 1 oktober 2025 telde het verband "
                "16.940 leerlingen. Het deelnamepercentage vso bedroeg 3,1 procent (landelijk 3,6 procent); 1.420 "
                "leerlingen ontvingen leerwegondersteuning en 610 leerlingen volgden praktijkonderwijs."),
          ("p", "De regio kenmerkt zich door een sterke spreiding: twee middelgrote steden met een breed aanbod en "
                "een uitgestrekt buitengebied waar leerlingen soms meer dan een halfuur reizen. Het leerlingaantal "
                "blijft tot 2028 ongeveer gelijk en neemt daarna licht af."),
          ("h2", "2.1 Terugblik op de vorige planperiode"),
          ("p", "In de vorige planperiode is het aantal leerlingen dat een bovenschoolse voorziening bezocht "
                "gedaald van 212 naar 168, vooral doordat scholen meer ondersteuning in de eigen school organiseren. "
                "Het aantal TLV's vso bleef stabiel rond 140 per jaar. De evaluatie liet zien dat scholen de "
                "samenwerking met het OPDC waarderen maar de doorlooptijd van aanvragen te lang vinden."),
          ("h1", "3 Missie, visie en koers")]
    B += visie(c)
    B += [("h1", "4 Het ondersteuningsaanbod"),
          ("p", "Het ondersteuningsaanbod in ons verband is opgebouwd in vier niveaus, die samen een doorlopende "
                "keten vormen. Een leerling krijgt de ondersteuning op het laagst mogelijke niveau dat toereikend is."),
          ("h2", "4.1 Niveau 1: basisondersteuning"),
          ("p", "Alle scholen voor regulier voortgezet onderwijs in Heuvelrand-Eemland, met al hun vestigingen, "
                "bieden hetzelfde afgesproken niveau van basisondersteuning. Het algemeen bestuur heeft dit "
                "niveau in december 2025 vastgesteld als ondergrens die voor alle vestigingen geldt; een school "
                "die het niveau niet haalt, moet dit melden aan het bestuur van het verband."),
          ("p", "Welke voorzieningen, interventies en deskundigheid daar precies onder vallen, is uitgewerkt in de "
                "Kaart Basisondersteuning VO (bijlage B bij dit plan). Daarnaast publiceren de scholen hun "
                "ondersteuningsprofiel op hun eigen website."),
          ("h2", "4.2 Niveau 2: extra ondersteuning in de school"),
          ("p", "Niveau 2 omvat extra ondersteuning die een school zelf organiseert met de middelen die zij via "
                "het verdeelmodel ontvangt: bijvoorbeeld een trajectvoorziening, een time-outruimte met "
                "begeleiding, faalangst- en examentraining in kleine groepen of ambulante begeleiding door een "
                "gedragsdeskundige. Scholen beschrijven dit aanbod in hun ondersteuningsprofiel; de "
                "ondersteuningscoördinator stelt in overleg met de mentor een arrangement op."),
          ("h2", "4.3 Niveau 3: bovenschoolse voorzieningen"),
          ("p", "Voor leerlingen die tijdelijk niet in de eigen school kunnen worden ondersteund, kent het verband "
                "drie bovenschoolse voorzieningen. Het OPDC De Overstap biedt maximaal één schooljaar onderwijs in "
                "kleine groepen voor leerlingen met leer- en gedragsproblemen in de onderbouw. De Rebound in "
                "Eemdijk biedt een time-out van acht tot twaalf weken met behoud van inschrijving. De Schakelklas "
                "is er voor nieuwkomers die nog onvoldoende Nederlands spreken. Plaatsing in een bovenschoolse "
                "voorziening loopt via de Commissie Toewijzing."),
          ("h2", "4.4 Niveau 4: speciaal onderwijs en praktijkonderwijs"),
          ("p", "Niveau 4 omvat het voortgezet speciaal onderwijs van de drie vso-scholen in de regio (cluster 3 en "
                "4) en de twee scholen voor praktijkonderwijs. Daarnaast maken leerlingen gebruik van vso-scholen "
                "buiten de regio, vooral voor cluster 3 met een medische component."),
          ("h2", "4.5 Witte vlekken en thuiszitters"),
          ("p", "Of het aanbod in de regio sluitend is, gaan we in 2026-2027 onderzoeken in een regionale "
                "analyse samen met de gemeenten. Een aanpak voor thuiszitters en voor jongeren zonder passende plek "
                "wordt daarna opgenomen in het jaarplan; tot die tijd volgen we de landelijke handreiking."),
          ("h1", "5 Toewijzing en toelaatbaarheid"),
          ("h2", "5.1 Toelaatbaarheid vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, dient de "
                "aanvraag voor een TLV vso in bij de Commissie Toewijzing. Het dossier bevat het OPP met ten minste "
                "twee geëvalueerde ondersteuningscycli, het onderwijskundig rapport en relevante onderzoeksgegevens. "
                "Het secretariaat stelt binnen een week vast of het dossier compleet is. Daarna brengen twee "
                "deskundigen – een orthopedagoog of psycholoog en, afhankelijk van de situatie, een jeugdarts, "
                "kinderpsychiater of maatschappelijk werker – ieder afzonderlijk schriftelijk advies uit. De "
                "commissie besluit binnen vier weken na ontvangst van het complete dossier."),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (1) de "
                "ondersteuningsbehoefte overstijgt aantoonbaar wat op niveau 1 tot en met 3 kan worden geboden; "
                "(2) de ingezette ondersteuning is gedurende ten minste twee OPP-cycli geëvalueerd en ontoereikend "
                "gebleken, of er is sprake van een acute veiligheidssituatie; (3) het vso kan naar verwachting wel "
                "aan de ondersteuningsbehoefte tegemoetkomen. Voor cluster 3 geldt daarnaast dat sprake is van een "
                "verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte die de deelname aan "
                "het regulier onderwijs wezenlijk beperkt."),
          ("h2", "5.2 Leerwegondersteunend onderwijs"),
          ("p", "Het verband hanteert de landelijke criteria voor lwoo: een intelligentiequotiënt tussen 75 en 90 "
                "en een leerachterstand van anderhalf tot drie jaar op ten minste twee van de domeinen begrijpend "
                "lezen, inzichtelijk rekenen, technisch lezen en spellen, of een IQ tussen 91 en 120 in combinatie "
                "met een leerachterstand en sociaal-emotionele problematiek. De basisschool levert de gegevens aan "
                "via het overdrachtsdossier; de Commissie Toewijzing besluit uiterlijk 1 maart voorafgaand aan het "
                "eerste schooljaar. De aanwijzing geldt voor de gehele vmbo-opleiding."),
          ("h2", "5.3 Praktijkonderwijs"),
          ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand "
                "van drie jaar of meer op ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk "
                "rekenen. De school voor praktijkonderwijs vraagt de TLV aan; de Commissie Toewijzing besluit binnen "
                "vier weken. Een TLV pro geldt voor de duur van de opleiding."),
          ("h2", "5.4 Geldigheid en bekostigingscategorie"),
          ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, tenzij de deskundigen adviseren dat een langere "
                "duur passend is; de maximale duur is vier schooljaren. De commissie bepaalt de bekostigingscategorie "
                "(laag, midden of hoog) op basis van de ondersteuningsbehoefte; categorie midden en hoog worden "
                "alleen toegekend bij een lichamelijke of meervoudige beperking."),
          ("h2", "5.5 Na de TLV: terug naar het regulier voortgezet onderwijs"),
          ("p", "Het verband wil dat leerlingen niet langer in het vso blijven dan nodig is. Uitgangspunt is dat "
                "iedere vso-leerling die de doelen van het OPP haalt en in staat is een regulier programma te volgen, "
                "wordt teruggeplaatst, bij voorkeur op een school dicht bij huis. Voorwaarden zijn dat de "
                "ontvangende school de benodigde ondersteuning kan bieden en dat er een warme overdracht plaatsvindt."),
          ("p", "De vso-school bespreekt in iedere OPP-evaluatie of terugplaatsing in beeld komt. In het laatste jaar "
                "van de TLV voert de vso-school uiterlijk in januari een terugplaatsingsgesprek met de leerling en "
                "de consulent van het verband. Bij een positief advies zoekt de consulent binnen zes weken een "
                "ontvangende school; het bestuur van die school besluit over de inschrijving. Na terugkeer krijgt "
                "de leerling een overgangsarrangement van zes maanden met ambulante begeleiding vanuit het vso, "
                "dat door het verband wordt bekostigd. Is terugkeer nog niet haalbaar, dan vraagt de vso-school "
                "een nieuwe TLV aan. In 2024-2025 zijn 23 leerlingen teruggeplaatst."),
          ("h1", "6 Kwaliteit en resultaten"),
          ("p", "Het verband wil voor leerlingen met een ondersteuningsbehoefte in 2030 de volgende resultaten "
                "bereiken. De tabel toont per indicator de nulmeting en de streefwaarde."),
          ("table", ["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
           [["Leerlingen met arrangement dat OPP-doelen haalt", "68%", "80%"],
            ["Doorlooptijd aanvraag TLV (werkdagen)", "34", "20"],
            ["Leerlingen teruggeplaatst vanuit vso per jaar", "23", "35"],
            ["Leerlingen in OPDC die binnen 1 jaar terugkeren", "71%", "85%"],
            ["Tevredenheid scholen over toewijzing (1-10)", "6,4", "7,5"]]),
          ("p", "De kwaliteitscyclus van het verband volgt de PDCA-systematiek. Elk kwartaal stelt het bureau een "
                "dashboard op met de indicatoren uit de tabel, gebaseerd op gegevens uit het dossiersysteem, DUO en "
                "de leerplichtregistratie. Het dashboard wordt besproken in het directeurenoverleg en het algemeen "
                "bestuur. Jaarlijks rapporteren we de bereikte resultaten in het jaarverslag, met een kwalitatieve "
                "toelichting op basis van evaluatiegesprekken met alle scholen. In 2028 laten we een externe "
                "tussenevaluatie uitvoeren."),
          ("h1", "7 Financieel beleid"),
          ("p", "Het verband ontvangt middelen voor lichte en zware ondersteuning. De bekostiging van lwoo en pro "
                "loopt rechtstreeks via DUO naar de scholen. De verdeling van de overige middelen volgt het "
                "verdeelmodel dat het algemeen bestuur in 2025 heeft vastgesteld:"),
          ("ul", ["de middelen lichte ondersteuning worden volledig doorgegeven aan de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar;",
                  "uit de middelen zware ondersteuning ontvangt iedere vestiging een vaste voet van € 25.000 en een bedrag van € 96 per leerling;",
                  "het resterende deel is bestemd voor de bovenschoolse voorzieningen, de afdrachten aan het vso en het bureau; plaatsen in het OPDC worden toegewezen door de Commissie Toewijzing."]),
          ("p", "Besturen verantwoorden jaarlijks vóór 1 juni in een vast format hoe zij de ontvangen middelen "
                "hebben ingezet."),
          ("p", "De meerjarenbegroting 2026-2030 wordt in december door het algemeen bestuur vastgesteld en daarna "
                "als afzonderlijk document aan dit plan toegevoegd. De tabel hieronder toont de opbouw."),
          ("table", ["Begrotingspost", "2026", "2027", "2028", "2029"],
           [["Baten zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Baten lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bureau en organisatie", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("h1", "8 Samenwerking met gemeenten")]
    B += oogo_full(c)
    B += [("h1", "9 Bestuur en organisatie")]
    B += governance(c)
    B += [("h1", "10 Medezeggenschap")]
    B += opr(c, with_parents=False)
    B += [("h1", "11 Personeel")]
    B += personeel(c)
    B += [("h1", "12 Digitale ondersteuning en privacy")]
    B += ict(c)
    B += [("h1", "13 Communicatie"),
          ("p", "Het verband communiceert vooral met en via de scholen. Ondersteuningscoördinatoren ontvangen "
                "maandelijks een nieuwsbrief, en vier keer per jaar is er een netwerkbijeenkomst. Het professionele "
                "deel van de website, bedoeld voor scholen en ketenpartners, bevat formats, werkwijzen en de "
                "planning van de Commissie Toewijzing. Over de communicatie met ouders en leerlingen stellen we in "
                "2026 een afzonderlijke notitie op."),
          ("h1", "14 Jaarplanning 2026-2027"),
          ("table", ["Maand", "Activiteit", "Verantwoordelijk"],
           [["september 2026", "Start regionale analyse witte vlekken", "Beleidsadviseur"],
            ["oktober 2026", "Teldatum; actualisatie verdeling lichte ondersteuning", "Controller"],
            ["december 2026", "Vaststelling meerjarenbegroting 2026-2030", "Algemeen bestuur"],
            ["februari 2027", "Notitie communicatie ouders en leerlingen; nieuwe ouderpagina (p.m.)", "Directeur-bestuurder"],
            ["maart 2027", "Besluiten lwoo nieuwe brugklassers", "Commissie Toewijzing"],
            ["juni 2027", "Jaarverslag en evaluatie indicatoren", "Bureau"]]),
          ("h1", "15 Overzicht wettelijke eisen"),
          ("table", ["Artikel 17a lid 8 WVO", "Waar in dit plan"],
           [["a. samenhangend geheel en basisondersteuning", "Hoofdstuk 4, bijlage B"],
            ["b. verdeling, besteding, meerjarenbegroting", "Hoofdstuk 7"],
            ["c. toelaatbaarheid vso, lwoo, pro", "Hoofdstuk 5"],
            ["d. terugplaatsing en overplaatsing", "Paragraaf 5.5"],
            ["e. resultaten", "Hoofdstuk 6"],
            ["f. informatie ouders, onafhankelijke ondersteuning", "Hoofdstuk 13"]]),
          ("h1", "16 Vaststelling")]
    B += vaststelling(c)
    B += begrippen(c)
    spec = dict(title=["Ondersteuningsplan 2026-2030", c["name"] + " (" + c["code"] + ")",
                       "Vastgesteld 31 maart 2026"],
                header="SWV VO Heuvelrand-Eemland – Ondersteuningsplan 2026-2030 – ouders en leerlingen",
                footer="Bijlagen A-D afzonderlijk verkrijgbaar", blocks=B)
    return spec


# ---------------------------------------------------------------------------
# Plan 3: PO, pdf — SWV Duin en Polder
# ---------------------------------------------------------------------------

def plan3():
    c = dict(name="Samenwerkingsverband Primair Onderwijs Duin en Polder", short="Duin en Polder",
             code="PO 31-07", period="2025-2029", sector="po", kids="kinderen",
             region="de kuststreek van Duinwijk, Polderveen en Strandmeer", ib="intern begeleiders",
             director="J. Verbeek-Smit", boards="zes", fte="17,2",
             municipalities="Duinwijk, Polderveen en Strandmeer",
             oogo_date="4 maart 2025", opr_date="1 april 2025", vast_date="15 april 2025")
    B = []
    B += voorwoord(c)
    B += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft het beleid van Duin en Polder voor de periode 2025-2029. Het "
                "plan is op hoofdlijnen geschreven; de uitwerking vindt plaats in de jaarplannen en in de "
                "handreikingen die het verband voor scholen publiceert."),
          ("h1", "2 Kaders en wettelijke eisen"),
          ("p", "De wet schrijft voor welke onderwerpen het ondersteuningsplan ten minste bevat. Onderstaand "
                "overzicht laat zien waar u ze vindt."),
          ("table", ["Wettelijke eis (art. 18a lid 8 WPO)", "Vindplaats"],
           [["Basisondersteuning op alle vestigingen", "§ 4.1 en de SOP's van de scholen"],
            ["Samenhangend geheel van voorzieningen", "§ 4.2 en § 4.3"],
            ["Verdeling en besteding middelen, meerjarenbegroting", "Hoofdstuk 6"],
            ["Procedure en criteria toelaatbaarheid sbo en so", "Hoofdstuk 5"],
            ["Terugplaatsing en overplaatsing", "§ 5.4 en bijlage 6"],
            ["Beoogde en bereikte resultaten", "Hoofdstuk 7"],
            ["Informatie aan ouders, onafhankelijke ondersteuning", "Hoofdstuk 8"]]),
          ("h1", "3 Visie")]
    B += visie(c)
    B += [("h1", "4 Van basis naar speciaal"),
          ("h2", "4.1 Basis op orde"),
          ("p", "In 2024 zijn we met de besturen het project 'Basis op orde' gestart. Het project moet leiden tot "
                "nieuwe afspraken over de basisondersteuning in het verband. De werkgroep rondt haar werk in de "
                "loop van 2026 af; het resultaat wordt als wijziging van dit plan aan de OPR voorgelegd. Tot die "
                "tijd verwijzen we voor de ondersteuning die scholen bieden naar de schoolondersteuningsprofielen "
                "op de websites van de scholen."),
          ("h2", "4.2 Het ondersteuningscontinuüm"),
          ("p", "Wanneer een school met haar eigen mogelijkheden niet uitkomt, staat een doorlopende reeks "
                "voorzieningen klaar. Eerst kan de school advies vragen aan de schoolcontactpersoon van het "
                "verband, die binnen twee weken meedenkt in het ondersteuningsteam. Daarna kan een "
                "arrangement op maat worden ingezet: begeleiding van leraar en kind door een specialist van het "
                "expertisecentrum, een tijdelijke plaats in de taalklas voor nieuwkomers, de Kangoeroegroep voor "
                "hoogbegaafde kinderen (één dagdeel per week) of de time-outgroep 'De Haven' voor kinderen met "
                "ernstige gedragsproblemen (maximaal tien weken). Als ook dat niet volstaat, kan het kind worden "
                "geplaatst op een van de twee sbo-scholen of op de so-school De Branding (cluster 3 en 4). Voor "
                "kinderen met een lichamelijke beperking wordt samengewerkt met een so-school in de naburige regio."),
          ("h2", "4.3 Dekkend netwerk en thuiszitters"),
          ("p", "Twee keer per jaar inventariseert het verband met de besturen voor welke kinderen geen passend "
                "aanbod beschikbaar is of waar een wachtlijst dreigt. De uitkomsten bespreekt de "
                "directeur-bestuurder met de besturen; zij spreken af welk bestuur een ontbrekende voorziening "
                "opzet."),
          ("p", "Kinderen die thuiszitten of dreigen thuis te komen zitten, worden besproken in de "
                "thuiszittertafel, waaraan leerplicht, jeugdhulp, de school en het verband deelnemen. Binnen drie "
                "weken na melding ligt er een plan met een concrete startdatum. Als de zorgplicht niet tot een "
                "plek leidt, wijst de thuiszittertafel een bestuur aan dat het kind tijdelijk opvangt."),
          ("h1", "5 Toelaatbaarheid sbo en so"),
          ("h2", "5.1 Aanvraag en besluit"),
          ("p", "De TLV-aanvraag wordt ingediend door het schoolbestuur van de school waar het kind staat "
                "ingeschreven. De school stelt daarvoor het groeidocument op met het OPP, de zienswijze van de "
                "ouders en de evaluatie van de ingezette ondersteuning. Het verband stuurt de aanvraag door naar "
                "twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige die past bij de "
                "vraag (bijvoorbeeld een kinderpsychiater of jeugdarts). Beide brengen afzonderlijk schriftelijk "
                "advies uit. Op basis van de adviezen besluit de Commissie Toelaatbaarheid binnen zes weken; in "
                "spoedsituaties binnen tien werkdagen."),
          ("h2", "5.2 Criteria"),
          ("p", "Een kind is toelaatbaar tot het sbo als: de school gedurende ten minste een half jaar planmatig "
                "extra ondersteuning heeft geboden die in het OPP is geëvalueerd; de ondersteuningsbehoefte vraagt om "
                "een kleinere groep en een aangepast programma voor meerdere vakgebieden; en een arrangement in de "
                "eigen school onvoldoende perspectief biedt. Een kind is toelaatbaar tot het so als bovendien sprake "
                "is van een ernstige gedrags- of psychiatrische problematiek (cluster 4) of een verstandelijke, "
                "lichamelijke of meervoudige beperking (cluster 3) waardoor het kind een intensieve, "
                "doorlopende specialistische begeleiding nodig heeft die het sbo niet kan bieden."),
          ("h2", "5.3 Duur en categorie"),
          ("p", "Een TLV sbo wordt afgegeven voor twee schooljaren; een TLV so voor maximaal drie schooljaren, met "
                "vermelding van de bekostigingscategorie laag, midden of hoog."),
          ("h2", "5.4 Einde van de TLV"),
          ("p", "Het verband gaat ervan uit dat plaatsing in het speciaal (basis)onderwijs tijdelijk kan zijn. "
                "Uitgangspunt is dat een kind terugkeert naar een basisschool zodra de ondersteuningsbehoefte dat "
                "toelaat, bij voorkeur naar een school in de eigen woonkern. Een terugplaatsing gaat altijd "
                "gepaard met een overgangsarrangement van minimaal een half jaar, waarin een leerkracht van de sbo- "
                "of so-school de ontvangende school begeleidt. Het verband bekostigt dit arrangement."),
          ("p", "De stappen, termijnen en rollen bij terugplaatsing staan beschreven in de Handreiking Terugplaatsing "
                "(bijlage 6)."),
          ("h1", "6 Financiën"),
          ("h2", "6.1 Verdeling"),
          ("p", "Het huidige verdeelmodel is in 2019 vastgesteld en wordt herzien. Een nieuwe verdeelsystematiek "
                "wordt in de loop van 2026 vastgesteld door de algemene vergadering, na advies van de "
                "financiële commissie."),
          ("h2", "6.2 Meerjarenbegroting"),
          ("p", "De meerjarenbegroting hieronder geeft weer waaraan het verband de middelen in de planperiode besteedt."),
          ("table", ["Post (bedragen in euro)", "2025", "2026", "2027", "2028"],
           [["Rijksbijdrage ondersteuning", "7.412.000", "7.350.000", "7.280.000", "7.220.000"],
            ["Afdrachten sbo en so via DUO", "2.960.000", "2.940.000", "2.920.000", "2.900.000"],
            ["Middelen naar schoolbesturen", "2.850.000", "2.830.000", "2.800.000", "2.780.000"],
            ["Arrangementen expertisecentrum", "780.000", "770.000", "760.000", "750.000"],
            ["Time-outgroep De Haven", "310.000", "310.000", "310.000", "310.000"],
            ["Taalklas en Kangoeroegroep", "220.000", "220.000", "215.000", "215.000"],
            ["Overgangsarrangementen terugplaatsing", "90.000", "95.000", "100.000", "100.000"],
            ["Bureau en bestuur", "200.000", "185.000", "175.000", "165.000"]]),
          ("p", "Het exploitatieresultaat is in alle jaren nagenoeg nul. Het verband heeft geen bovenmatige reserve."),
          ("h1", "7 Kwaliteit"),
          ("p", "Kwaliteit is voor ons geen papieren werkelijkheid. We willen dat scholen en verband samen leren en "
                "verbeteren. Welke beoogde resultaten we voor kinderen met een ondersteuningsbehoefte nastreven en "
                "hoe we de bereikte resultaten in beeld brengen, werken we in schooljaar 2025-2026 met de besturen "
                "uit in een set indicatoren. De eerste rapportage daarover volgt in het jaarverslag over 2026."),
          ("h1", "8 Ouders"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij willen dat zij goed op de hoogte "
                "zijn van de mogelijkheden. Op de website van het verband staat een ouderpagina met uitleg over "
                "het ondersteuningscontinuüm, de arrangementen, de TLV-procedure en de contactgegevens van de "
                "schoolcontactpersonen. Elke school geeft in de schoolgids aan welke ondersteuning zij biedt en "
                "wie ouders kunnen aanspreken. Nieuwe ouders ontvangen bij inschrijving een korte brochure van het "
                "verband, die ook in het Engels, Pools en Arabisch beschikbaar is. Daarnaast organiseert het verband "
                "jaarlijks een ouderavond over passend onderwijs."),
          ("p", "De wet vraagt dat ouders ook onafhankelijke ondersteuning kunnen vinden. Samen met het "
                "samenwerkingsverband VO verkennen we de inrichting van een ouder- en jeugdsteunpunt; een besluit "
                "daarover nemen we in 2026."),
          ("h1", "9 Gemeenten en jeugdhulp")]
    B += oogo_full(c)
    B += [("h1", "10 Organisatie")]
    B += governance(c)
    B += [("h1", "11 Medezeggenschap")]
    B += opr(c)
    B += [("h1", "12 Personeel")]
    B += personeel(c)
    B += [("h1", "13 ICT en gegevensbescherming")]
    B += ict(c)
    B += [("h1", "14 Ontwikkelagenda 2025-2029"),
          ("table", ["Schooljaar", "Thema", "Wat gaan we doen", "Gereed"],
           [["2025-2026", "Basis op orde", "Nieuwe afspraken basisondersteuning", "Zomer 2026"],
            ["2025-2026", "Kwaliteit", "Set indicatoren beoogde en bereikte resultaten", "Jaarverslag 2026"],
            ["2026", "Financiën", "Nieuw verdeelmodel", "Eind 2026"],
            ["2026", "Ouders", "Besluit ouder- en jeugdsteunpunt", "n.t.b."],
            ["2026-2027", "Terugplaatsing", "Actualisatie Handreiking Terugplaatsing", "2027"],
            ["2027-2028", "Evaluatie", "Tussenevaluatie plan", "Voorjaar 2028"]]),
          ("h1", "15 Totstandkoming")]
    B += totstandkoming_proces(c)
    B += vaststelling(c)
    B += [("h1", "16 Toezicht")]
    B += inspectie_toezicht(c)
    B += [("h1", "17 Kennisdeling")]
    B += kennisdeling(c)
    B += begrippen(c)
    spec = dict(title=["Ondersteuningsplan Duin en Polder 2025-2029", c["name"] + " – " + c["code"],
                       "Plan op hoofdlijnen"],
                header="Duin en Polder | Ondersteuningsplan 2025-2029 | basisondersteuning en resultaten",
                footer="www.swv-duinenpolder.example", blocks=B)
    return spec


# ---------------------------------------------------------------------------
# Plan 4: VO, pdf — SWV VO Maasoever
# ---------------------------------------------------------------------------

def plan4():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Maasoever", short="Maasoever",
             code="VO 30-12", period="2026-2030", sector="vo", kids="jongeren",
             region="het Maasoevergebied", ib="ondersteuningscoördinatoren",
             director="R. Kuipers", boards="negen", fte="26,5",
             municipalities="Maasdal, Oeverbeek, Heerwijk en Grevenrode",
             oogo_date="27 januari 2026", opr_date="24 februari 2026", vast_date="10 maart 2026")
    B = []
    B += voorwoord(c)
    B += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan is het vierde plan van Maasoever. Het vervangt het plan 2022-2026 en geldt "
                "van 1 augustus 2026 tot en met 31 juli 2030."),
          ("h1", "2 Wettelijke opdracht"),
          ("table", ["Onderdeel art. 17a lid 8 WVO", "Hoe wij hieraan voldoen"],
           [["Basisondersteuning", "Hoofdstuk 5: standaarden voor alle vestigingen"],
            ["Samenhangend geheel, dekkend aanbod", "Hoofdstuk 6"],
            ["Verdeling en besteding middelen, meerjarenbegroting", "Hoofdstuk 8 en Financiële Kadernota"],
            ["Toelaatbaarheid vso, lwoo en pro", "Hoofdstuk 7 en Handboek Toewijzing"],
            ["Terugplaatsing en overplaatsing", "§ 7.5"],
            ["Beoogde en bereikte resultaten", "Hoofdstuk 9"],
            ["Ouders: informatie en onafhankelijke steun", "Hoofdstuk 10"]]),
          ("h1", "3 Onze regio"),
          ("p", "Maasoever telt 14 scholen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs en "
                "twee vso-scholen, verdeeld over negen besturen. Op 1 oktober 2025 volgden 12.310 leerlingen "
                "onderwijs in het verband; 2,9 procent van hen zat in het vso. Het gebied is grotendeels landelijk "
                "en grenst aan Duitsland en België, wat gevolgen heeft voor de instroom van leerlingen van buiten."),
          ("h1", "4 Koers 2026-2030")]
    B += visie(c)
    B += [("h1", "5 Basisondersteuning"),
          ("p", "Wat een jongere op elke school van Maasoever mag verwachten, is vastgelegd in acht standaarden. "
                "De standaarden gelden voor iedere vestiging van iedere aangesloten school, ongeacht het bestuur, "
                "en vormen de ondergrens waaronder geen school mag zakken. De algemene ledenvergadering heeft ze "
                "in september 2025 vastgesteld."),
          ("table", ["Standaard", "Wat dat inhoudt"],
           [["1 Mentoraat", "Elke leerling heeft een mentor met wekelijks mentoruur en minimaal drie individuele gesprekken per jaar."],
            ["2 Ondersteuningscoördinator", "Elke vestiging heeft een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen."],
            ["3 Dyslexie en dyscalculie", "Faciliteiten volgens protocol: extra tijd, voorleessoftware, vergroot lettertype, rekenkaart."],
            ["4 Sociale veiligheid", "Anti-pestcoördinator, vertrouwenspersoon en een jaarlijks gemonitord veiligheidsbeleid."],
            ["5 Executieve functies", "Trainingen plannen en organiseren in klas 1 en 2; huiswerkbegeleiding op school."],
            ["6 Faalangst en SOVA", "Faalangstreductietraining en sociale-vaardigheidstraining in kleine groepen."],
            ["7 Time-out en opvang", "Een opvangruimte met begeleiding gedurende alle lesuren."],
            ["8 Ondersteuningsteam", "Zesmaal per jaar een ondersteuningsteam met schoolmaatschappelijk werk, jeugdarts en leerplicht."]]),
          ("p", "Jaarlijks voert het verband op iedere vestiging een audit uit aan de hand van de standaarden. "
                "Vestigingen die een standaard niet halen, maken een verbeterplan met een termijn van maximaal "
                "één schooljaar."),
          ("h1", "6 Extra ondersteuning en voorzieningen"),
          ("p", "Boven op de basisondersteuning organiseert Maasoever een reeks voorzieningen die met elkaar een "
                "sluitende keten vormen. In de school zijn er ondersteuningsarrangementen zoals "
                "trajectvoorzieningen en begeleiding door een ambulant begeleider. Bovenschools is er het OPDC "
                "Maaspoort voor leerlingen in de onderbouw die tijdelijk in een kleine setting onderwijs nodig "
                "hebben, het programma Op de Rails voor jongeren die dreigen uit te vallen, en een "
                "onderwijs-zorgarrangement in samenwerking met een jeugdhulpaanbieder. Het vso en het "
                "praktijkonderwijs sluiten de keten."),
          ("p", "Ieder voorjaar analyseert het verband samen met de besturen of er jongeren zijn voor wie geen "
                "passend aanbod bestaat, hoe lang wachttijden zijn en waar jongeren buiten de regio naar school "
                "moeten. Ontbrekend aanbod wordt in het jaarplan opgenomen met een verantwoordelijk bestuur en "
                "een startdatum. Jongeren die thuiszitten worden binnen twee weken besproken in het "
                "Thuiszittersoverleg; het verband kan een school vragen een jongere tijdelijk op te vangen en "
                "zet zo nodig een maatwerktraject in met onderwijs en zorg."),
          ("h1", "7 Toewijzing"),
          ("h2", "7.1 Toelaatbaarheid vso"),
          ("p", "Een jongere is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte structureel groter is "
                "dan de basisondersteuning en de voorzieningen van hoofdstuk 6 kunnen bieden, blijkend uit een OPP "
                "dat ten minste twee keer is geëvalueerd; (b) er sprake is van ernstige gedrags- of psychiatrische "
                "problematiek (cluster 4) of een verstandelijke, lichamelijke of meervoudige beperking of "
                "langdurige ziekte (cluster 3); en (c) de jongere aangewezen is op de intensieve begeleiding, "
                "kleine groepen en specialistische expertise van het vso."),
          ("p", "Hoe een aanvraag wordt ingediend, welke termijnen gelden en hoe de commissie is samengesteld, is "
                "beschreven in het Handboek Toewijzing op de website van het verband."),
          ("h2", "7.2 Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo hanteert Maasoever de landelijke criteria (IQ 75-90 met een leerachterstand van 1,5 tot "
                "3 jaar op twee domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek). Voor "
                "praktijkonderwijs gelden de landelijke criteria: IQ 55-80 en een leerachterstand van drie jaar of "
                "meer op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."),
          ("h2", "7.3 Geldigheid"),
          ("p", "TLV's vso worden in de regel afgegeven voor twee schooljaren, in categorie laag tenzij sprake is "
                "van een lichamelijke of meervoudige beperking. Een TLV pro en een aanwijzing lwoo gelden voor de "
                "duur van de opleiding."),
          ("h2", "7.4 Bezwaar"),
          ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken bezwaar "
                "maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen."),
          ("h2", "7.5 Einde TLV en terugplaatsing"),
          ("p", "Bij elke TLV legt de vso-school in het OPP vast wanneer de eerste evaluatie plaatsvindt. Uiterlijk "
                "op 1 februari van het laatste jaar van de TLV nodigt de vso-school de jongere, de ouders en de "
                "consulent van het verband uit voor een evaluatiegesprek. De consulent adviseert binnen drie weken "
                "of terugplaatsing haalbaar is; de directeur van het verband besluit over de terugplaatsing. Bij een besluit tot "
                "terugplaatsing neemt de consulent contact op met de ontvangende school, die vóór 1 mei laat weten of "
                "zij de jongere per 1 augustus kan inschrijven. De TLV eindigt op 31 juli."),
          ("p", "Welke uitgangspunten en voorwaarden voor terugplaatsing gelden en welke ondersteuning jongeren na "
                "terugkeer krijgen, bespreken we in 2026-2027 met de vso-scholen; de afspraken volgen in een "
                "afzonderlijke beleidsnotitie."),
          ("h1", "8 Middelen"),
          ("p", "Voor de verdeling van de ondersteuningsmiddelen en voor de meerjarenbegroting verwijzen we naar de "
                "Financiële Kadernota 2026-2030, die na vaststelling van dit ondersteuningsplan verschijnt."),
          ("h1", "9 Kwaliteitszorg en resultaten"),
          ("p", "Maasoever werkt met een vaste kwaliteitscyclus. Twee keer per jaar, in februari en september, "
                "verschijnt de Maasmonitor met gegevens over het aantal arrangementen, de doorlooptijd van "
                "aanvragen, het aantal TLV's per cluster, het aantal thuiszitters en vrijstellingen, de "
                "terugplaatsingen en de uitstroom uit het OPDC. Bronnen zijn het dossiersysteem, DUO, de "
                "leerplichtregistratie en een jaarlijkse tevredenheidspeiling onder scholen en ouders. De monitor "
                "wordt besproken in het directeurenoverleg, de algemene ledenvergadering en de OPR. In het "
                "jaarverslag rapporteert het verband over de bereikte resultaten en licht het verschillen toe. "
                "Elke school voert jaarlijks een evaluatiegesprek met de consulent over de eigen cijfers."),
          ("p", "Welke resultaten we in deze planperiode willen bereiken, stellen we vast nadat in schooljaar "
                "2026-2027 de nulmeting is uitgevoerd. De streefwaarden worden daarna in het jaarplan opgenomen."),
          ("h1", "10 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen moeten kunnen weten welke ondersteuning er is. Het verband informeert hen via "
                "de ouder- en leerlingenpagina op de website, met uitleg over de standaarden basisondersteuning, de "
                "voorzieningen en de route naar het vso. Iedere school neemt in de schoolgids een vaste paragraaf "
                "op over passend onderwijs met de naam van de ondersteuningscoördinator. In groep 8 ontvangen alle "
                "ouders via de basisscholen de brochure 'Naar het vo met ondersteuning'. Elk najaar houdt het verband "
                "twee informatieavonden."),
          ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
                "Maasoever, dat wordt uitgevoerd door een onafhankelijke stichting en gratis is. Ook "
                "Onderwijsconsulenten kunnen worden ingeschakeld. Het steunpunt bundelt signalen en bespreekt die "
                "twee keer per jaar met het bestuur. Jongeren hebben hoorrecht bij het opstellen van het OPP."),
          ("h1", "11 Gemeenten")]
    B += oogo_full(c)
    B += [("h1", "12 Organisatie")]
    B += governance(c)
    B += [("h1", "13 Ondersteuningsplanraad")]
    B += opr(c)
    B += [("h1", "14 Personeel")]
    B += personeel(c)
    B += [("h1", "15 ICT en privacy")]
    B += ict(c)
    B += [("h1", "16 Jaarplanning 2026-2027"),
          ("table", ["Wanneer", "Wat", "Wie"],
           [["Augustus 2026", "Inwerkingtreding ondersteuningsplan", "Directeur"],
            ["September 2026", "Maasmonitor najaar; start nulmeting", "Beleidsmedewerker kwaliteit"],
            ["Oktober 2026", "Financiële Kadernota: verdeelmodel en meerjarenbegroting (in voorbereiding)", "Controller"],
            ["Januari 2027", "Beleidsnotitie terugplaatsing", "Directeur met vso-scholen"],
            ["Februari 2027", "Maasmonitor voorjaar", "Beleidsmedewerker kwaliteit"],
            ["Juni 2027", "Streefwaarden in jaarplan 2027-2028", "Algemene ledenvergadering"]]),
          ("h1", "17 Vaststelling")]
    B += totstandkoming_proces(c)
    B += vaststelling(c)
    B += [("h1", "18 Inspectietoezicht")]
    B += inspectie_toezicht(c)
    B += [("h1", "19 Kennisdeling en leernetwerken")]
    B += kennisdeling(c)
    B += begrippen(c)
    spec = dict(title=["Ondersteuningsplan 2026-2030", c["name"], c["code"],
                       "Inclusief financieel kader, toewijzing, terugplaatsing en resultaten"],
                header="Maasoever | Ondersteuningsplan 2026-2030 | financiën en meerjarenbegroting",
                footer="Samenwerkingsverband VO Maasoever", blocks=B)
    return spec


# ---------------------------------------------------------------------------
# Plan 5: PO, markdown — SWV Kempenrand
# ---------------------------------------------------------------------------

def plan5():
    c = dict(name="Samenwerkingsverband Primair Onderwijs Kempenrand", short="Kempenrand",
             code="PO 32-04", period="2025-2029", sector="po", kids="kinderen",
             region="de Kempenrand", ib="intern begeleiders", director="L. Hendrikx",
             boards="zeven", fte="14,9", municipalities="Bergheide, Kempdonk en Lierop-Zuid",
             oogo_date="10 maart 2025", opr_date="8 april 2025", vast_date="22 april 2025")
    B = []
    B += voorwoord(c)
    B += [("h1", "1 Waarom dit plan"),
          ("p", "Dit plan beschrijft hoe Kempenrand de komende vier jaar werkt aan passend onderwijs. We hebben "
                "geprobeerd het in gewone taal te schrijven, zodat ook ouders en leraren het kunnen lezen zonder "
                "woordenboek. Waar vaktermen nodig zijn, staan ze achterin uitgelegd."),
          ("h2", "1.1 Wat de wet vraagt"),
          ("table", ["Wettelijke eis", "Waar te vinden", "Status"],
           [["Basisondersteuning alle vestigingen", "Hoofdstuk 3", "Gereed"],
            ["Samenhangend geheel / dekkend aanbod", "Hoofdstuk 7", "In ontwikkeling"],
            ["Toelaatbaarheid sbo en so", "Hoofdstuk 8", "Zie website Loket"],
            ["Terugplaatsing en overplaatsing", "Hoofdstuk 4", "Gereed"],
            ["Verdeling, besteding, meerjarenbegroting", "Hoofdstuk 5", "Gereed"],
            ["Beoogde en bereikte resultaten", "Hoofdstuk 6", "Gereed"],
            ["Ouders: informatie en onafhankelijke steun", "Hoofdstuk 9", "Deels gereed"]]),
          ("h2", "1.2 Terugblik"),
          ("p", "In de vorige periode hebben we veel geleerd. Scholen werken meer samen dan vroeger en de "
                "verbinding met de speciale scholen is sterker geworden. Tegelijk bleek dat afspraken soms te vaag "
                "waren om er echt op te kunnen sturen. Dat willen we in dit plan beter doen."),
          ("h1", "2 Ons verhaal")]
    B += visie(c)
    B += [("h1", "3 Wat elk kind op elke school krijgt"),
          ("p", "Er is een ondergrens die voor alle 33 basisscholen van Kempenrand gelijk is, op elke locatie en bij "
                "elk bestuur. Daarvoor hoeft niemand iets aan te vragen: het hoort er gewoon bij. De zeven besturen "
                "hebben deze ondergrens samen afgesproken en zich eraan verbonden. Concreet gaat het om:"),
          ("table", ["Onderdeel", "Wat u op elke school aantreft"],
           [["Vaste begeleider", "Een intern begeleider met vaste tijd voor groeps- en leerlingbesprekingen."],
            ["Lezen en rekenen", "Extra instructie in een kleine groep bij een achterstand, volgens het dyslexie- en dyscalculieprotocol."],
            ["Gedrag en welbevinden", "Een aanpak voor sociale veiligheid, een gedragsprotocol en een aanspreekpunt pesten."],
            ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep voor kinderen die meer aankunnen."],
            ["Eigen leerlijn", "Een ontwikkelingsperspectief (OPP) met halfjaarlijkse evaluatie als een kind op een eigen niveau werkt."],
            ["Medische zorg", "Afspraken over medicijngebruik en medisch handelen, vastgelegd in een protocol."],
            ["Meedenken", "De orthopedagoog van het verband is op vaste momenten in de school beschikbaar voor overleg."]]),
          ("p", "De orthopedagogen van het verband kijken bij hun schoolbezoeken twee keer per jaar mee of de "
                "afspraken worden nageleefd en bespreken tekorten met de directeur."),
          ("h1", "4 Weer naar een gewone school"),
          ("p", "Een plek op het sbo of so hoeft niet voor altijd te zijn. Wij willen dat kinderen die dat kunnen, "
                "teruggaan naar een basisschool dicht bij huis. Dat lukt alleen als de overstap goed wordt "
                "voorbereid en als het kind op de nieuwe school niet aan zijn lot wordt overgelaten. Daarom krijgt "
                "ieder kind dat teruggaat een jaar lang begeleiding van een leerkracht van de sbo- of so-school, "
                "die ook de nieuwe leerkracht coacht. Het verband betaalt deze begeleiding."),
          ("p", "Zo gaat het in de praktijk. Bij elke halfjaarlijkse OPP-bespreking op de sbo- of so-school staat de "
                "vraag op de agenda of teruggaan mogelijk is. Denkt de school, of denken de ouders, dat het kind er "
                "klaar voor is, dan organiseert de sbo- of so-school een overleg met de ouders, de consulent van "
                "het verband en een basisschool naar keuze van de ouders. In het laatste jaar van de TLV vindt dit "
                "overleg in elk geval plaats, uiterlijk in maart. De directeur van het verband beslist over het "
                "begeleidingsjaar; de basisschool beslist over de inschrijving. De overstap vindt bij voorkeur "
                "plaats na een zomer- of kerstvakantie."),
          ("h1", "5 Geld"),
          ("p", "Kempenrand ontvangt ongeveer € 6,1 miljoen per jaar voor ondersteuning. De tabellen laten zien hoe "
                "dat geld wordt verdeeld en waaraan het wordt uitgegeven."),
          ("table", ["Verdeling", "Grondslag", "Wie beslist"],
           [["Schoolbudget", "€ 205 per leerling op teldatum 1 oktober, plus € 4.500 per locatie", "Algemene vergadering, jaarlijks in december"],
            ["Budget bijzondere situaties", "Aanvraag school; toekenning bij ondersteuningsvraag die schoolbudget overstijgt, max. € 15.000 per kind per jaar", "Directeur verband binnen vier weken"],
            ["Begeleidingsjaar terugplaatsing", "Vast bedrag € 8.000 per teruggeplaatst kind", "Directeur verband"],
            ["Afdrachten sbo en so", "Wettelijke regeling, peildatum 1 februari", "DUO"]]),
          ("table", ["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
           [["Baten", "6.120", "6.060", "5.990", "5.930"],
            ["Afdrachten sbo/so", "2.480", "2.470", "2.460", "2.450"],
            ["Schoolbudgetten", "2.540", "2.500", "2.460", "2.420"],
            ["Budget bijzondere situaties", "520", "510", "500", "490"],
            ["Begeleidingsjaar terugplaatsing", "96", "112", "128", "128"],
            ["Orthopedagogen en consulenten", "390", "390", "385", "385"],
            ["Bureau en OPR", "120", "118", "117", "117"]]),
          ("p", "Besturen leggen jaarlijks in juni verantwoording af over de inzet van het schoolbudget."),
          ("h1", "6 Wat we willen bereiken en hoe we dat volgen"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we aan het eind van de planperiode het "
                "volgende bereikt hebben: ten minste 75 procent van de kinderen met een budget bijzondere situaties "
                "haalt de doelen uit het OPP; per jaar gaan ten minste twaalf kinderen vanuit het sbo of so terug "
                "naar een basisschool, en negen van de tien van hen zitten daar een jaar later nog; ouders van "
                "kinderen met een OPP geven de samenwerking met school gemiddeld ten minste een 7,5."),
          ("p", "We volgen dit met een jaarlijkse rapportage die het bureau in oktober opstelt. De orthopedagogen "
                "verzamelen de OPP-evaluaties, de sbo- en so-scholen leveren de gegevens over terugplaatsingen aan "
                "en eens per twee jaar houden we een ouderpeiling. De rapportage gaat naar de algemene vergadering "
                "en de OPR en wordt in het jaarverslag opgenomen; bij afwijkingen spreekt het bestuur bijsturing af."),
          ("h1", "7 Een passend aanbod"),
          ("p", "Hoe het aanbod in de regio als geheel in elkaar zit, en waar het nog tekortschiet, brengen we in "
                "kaart in het project 'Kaart van Kempenrand'. Dat project loopt tot in 2026; de uitkomsten worden "
                "daarna aan dit plan toegevoegd."),
          ("h1", "8 Toelaatbaarheid"),
          ("p", "Voor informatie over de toelaatbaarheidsverklaring en de werkwijze van het Loket verwijzen we naar "
                "de pagina 'Loket' op onze website."),
          ("h1", "9 Ouders"),
          ("p", "Soms lopen ouders vast, of zijn ze het niet eens met de school of met het verband. Dan is het "
                "belangrijk dat zij terechtkunnen bij iemand die niet bij de school of het verband hoort. In "
                "Kempenrand is dat het Ouder- en Jeugdsteunpunt De Wegwijzer. De Wegwijzer is een zelfstandige "
                "stichting, denkt mee, bemiddelt en gaat desgewenst mee naar gesprekken; ouders kunnen er "
                "rechtstreeks terecht, zonder tussenkomst van school. Daarnaast kunnen ouders kosteloos een beroep "
                "doen op Onderwijsconsulenten. Voor klachten over het verband geldt de klachtenregeling; geschillen "
                "over het OPP, toelating of verwijdering kunnen naar de Geschillencommissie passend onderwijs."),
          ("p", "Ouders zijn daarnaast vertegenwoordigd in de OPR en worden bij de opstelling en evaluatie van het "
                "OPP altijd gehoord."),
          ("p", "Langs welke wegen we ouders voortaan informeren over de ondersteuning in Kempenrand, werken we uit "
                "in het communicatieplan dat in het voorjaar van 2026 verschijnt."),
          ("h1", "10 Gemeenten"),
          ("p", f"Het op overeenstemming gericht overleg met de gemeenten {c['municipalities']} over dit plan vond "
                f"plaats op {c['oogo_date']}. Het verslag is bij het bureau op te vragen."),
          ("h1", "11 Organisatie")]
    B += governance(c)
    B += [("h1", "12 Medezeggenschap")]
    B += opr(c)
    B += [("h1", "13 Mensen")]
    B += personeel(c)
    B += [("h1", "14 ICT en privacy")]
    B += ict(c)
    B += [("h1", "15 Ontwikkelagenda"),
          ("table", ["Jaar", "Onderwerp", "Stand van zaken"],
           [["2025", "Kaart van Kempenrand (aanbod en witte vlekken)", "Gestart"],
            ["2025-2026", "Thuiszittersaanpak herijken", "p.m."],
            ["2026", "Communicatieplan ouders", "Voorjaar 2026"],
            ["2026", "Herziening Loket en TLV-procedure", "Volgt"],
            ["2027", "Tussenevaluatie", "Gepland"],
            ["2028", "Nieuw ondersteuningsplan", "Gepland"]]),
          ("h1", "16 Hoe dit plan tot stand kwam")]
    B += totstandkoming_proces(c)
    B += vaststelling(c)
    B += [("h1", "17 Toezicht door de inspectie")]
    B += inspectie_toezicht(c)
    B += [("h1", "18 Samen leren")]
    B += kennisdeling(c)
    B += begrippen(c)
    spec = dict(title=["Ondersteuningsplan 2025-2029", c["name"] + " (" + c["code"] + ")",
                       "Passend onderwijs in gewone taal"],
                blocks=B)
    return spec


# ---------------------------------------------------------------------------
# Near miss: a school's own (school-level) ondersteuningsplan, html
# ---------------------------------------------------------------------------

def nearmiss():
    B = [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Zandhorst College, locatie Veldweg, de ondersteuning aan "
              "leerlingen organiseert in het schooljaar 2025-2026. Het plan is opgesteld door het zorgadviesteam en "
              "besproken met de medezeggenschapsraad. Onze school is aangesloten bij het samenwerkingsverband VO "
              "van de regio; het ondersteuningsplan van dat samenwerkingsverband vormt het kader voor dit "
              "schoolplan."),
        ("h1", "2 Basisondersteuning op onze school"),
        ("p", "Onze basisondersteuning bestaat uit een sterk mentoraat, faalangsttraining, dyslexiefaciliteiten, "
              "een huiswerkklas en een time-outvoorziening. De mentor is het eerste aanspreekpunt voor leerlingen "
              "en ouders. Het schoolondersteuningsprofiel (SOP) geeft een volledig overzicht."),
        ("h1", "3 Zorgniveaus"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de zorg in de klas door de docent. Niveau 2 is de "
              "extra zorg door de mentor. Niveau 3 is de ondersteuning door de zorgcoördinator en de "
              "begeleiders. Niveau 4 is de inzet van externe deskundigen via het zorgadviesteam (ZAT). Niveau 5 "
              "is verwijzing naar een andere school of voorziening."),
        ("h1", "4 Leerlingbesprekingen en het zorgadviesteam"),
        ("p", "Drie keer per jaar houden de teams per leerjaar een leerlingbespreking. Leerlingen over wie zorgen "
              "bestaan, worden aangemeld bij de zorgcoördinator. Het ZAT komt eens per zes weken bijeen met de "
              "schoolmaatschappelijk werker, de jeugdarts, de leerplichtambtenaar en de ambulant begeleider."),
        ("h1", "5 Extra ondersteuning en arrangementen"),
        ("p", "Voor leerlingen die meer nodig hebben, stelt de school een ontwikkelingsperspectiefplan (OPP) op. "
              "Ouders en leerling worden bij het opstellen betrokken. Arrangementen worden bekostigd uit het budget "
              "dat de school van het samenwerkingsverband ontvangt."),
        ("h1", "6 Toelaatbaarheidsverklaring"),
        ("p", "Als de school niet kan voorzien in de ondersteuningsbehoefte, vraagt de zorgcoördinator namens de "
              "directie een toelaatbaarheidsverklaring (TLV) voor het vso aan bij het samenwerkingsverband. Het "
              "samenwerkingsverband beslist. Leerlingen die lwoo nodig hebben, worden in de brugklas gevolgd."),
        ("h1", "7 Ouders"),
        ("p", "Ouders worden geïnformeerd via de schoolgids, de ouderavonden en het ouderportaal. Bij vragen of "
              "klachten kunnen ouders terecht bij de mentor, de zorgcoördinator of de vertrouwenspersoon van de "
              "school."),
        ("h1", "8 Evaluatie"),
        ("p", "Aan het einde van het schooljaar evalueert het zorgadviesteam dit plan. De resultaten worden "
              "besproken met de directie en de medezeggenschapsraad. Het plan wordt jaarlijks bijgesteld."),
        ("h1", "8a Samenwerking met het samenwerkingsverband"),
        ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning over de besturen; onze "
              "school ontvangt een deel daarvan via het eigen bestuur. Leerlingen die vanuit het vso terugkeren, "
              "ontvangen bij ons een warm welkom en een vaste begeleider. Over de resultaten van onze "
              "ondersteuning rapporteren we aan het bestuur. Voor thuiszitters werken we samen met leerplicht."),
        ("h1", "9 Jaarplanning zorg 2025-2026"),
        ("table", ["Periode", "Activiteit"],
         [["september", "Screening brugklassers, dyslexie-intake"], ["november", "Leerlingbespreking 1"],
          ["februari", "Leerlingbespreking 2, OPP-evaluaties"], ["juni", "Leerlingbespreking 3, evaluatie ondersteuningsplan"]]),
    ]
    return dict(title=["Ondersteuningsplan 2025-2026", "Het Zandhorst College – locatie Veldweg",
                       "Vmbo-havo-vwo | opgesteld door het zorgadviesteam"],
                header="Het Zandhorst College | Ondersteuningsplan schooljaar 2025-2026", blocks=B)


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

LABELS = {
    "po-brede-stroom": dict(
        documents=["po-brede-stroom.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "§4.1 defines the binding minimum for all 44 locations and lists nine concrete provisions; kwaliteitskaart + verbeterplan = borging.",
               "plaatsing": "§4.3 gives a 5-step procedure (Loket, two deskundigen, CvT, 6 weeks, bezwaar LBT) but the criteria are deferred to an afwegingskader 'in de loop van schooljaar 2025-2026'.",
               "terugstroom": "§4.4 'Terug- en doorplaatsing' only defers to a future notitie and to the schools' own arrangements; warme overdracht PO-VO is a near miss; TOC, leeswijzer, legal table, header and glossary are traps.",
               "financien": "Chapter 6 'Geld en middelen': verdeelmodel 70/20/10 with € 248 per leerling + vaste voet, meerjarenbegroting table 2025-2028, reserve, verantwoording before 1 May.",
               "dekkend-aanbod": "§4.2 trede 1-3 continuum plus chapter 5 yearly gap inventory and thuiszitter approach with doorzettingsmacht.",
               "resultaten": "Chapter 7 table of beoogde resultaten with numbers; monitoring deferred to a monitoringskader expected spring 2026.",
               "ouders": "Hidden in chapter 8 'Communicatie': folder, ouderpagina, schoolgids, informatieavond; OJSP Rivierenland, Onderwijsconsulenten, Geschillencommissie; OPR with six parents and zienswijze ouders in TLV step 1 = betrokkenheid."}),
    "vo-heuvelrand": dict(
        documents=["vo-heuvelrand.docx"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                            "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "§4.1 states the AB-set minimum for all vestigingen, but the content is only in 'Kaart Basisondersteuning VO (bijlage B)' (absent) and school websites.",
               "plaatsing": "Chapter 5: vso procedure (bevoegd gezag, dossier, two deskundigen, Commissie Toewijzing, 4 weeks) and criteria; lwoo and pro criteria and procedure; §5.4 duration and category. No bezwaar.",
               "terugstroom": "Inside the TLV chapter (§5.5): policy (aim, conditions, overgangsarrangement) and procedure (OPP evaluation, January talk, consulent, 6 weeks); 23 terugplaatsingen reported.",
               "financien": "Chapter 7 verdeelmodel (vaste voet € 25.000, € 96 per leerling) present; meerjarenbegroting deferred to December and the table is all 'p.m.'.",
               "dekkend-aanbod": "Levels 1-4 with OPDC, Rebound, Schakelklas, vso/pro form the continuum; §4.5 defers the gap analysis and thuiszitter approach; OOGO chapter has OZA (ketenpartners).",
               "resultaten": "Chapter 6: indicator table with nulmeting and streefwaarde 2030; quarterly dashboard, jaarverslag, external midterm evaluation.",
               "ouders": "No information channels and no independent support: chapter 13 'Communicatie' addresses schools only and defers parent communication to a 2026 notitie; legal table points to ch. 13; OJSP/Onderwijsconsulenten only in the glossary; OPR composition without parents; header mentions 'ouders en leerlingen'."}),
    "po-duin-en-polder": dict(
        documents=["po-duin-en-polder.pdf"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "§4.1 'Basis op orde' only announces new agreements in 2026 and refers to SOPs on school websites; legal table, header and glossary are traps.",
               "plaatsing": "Chapter 5: who applies, groeidocument, two separate deskundigen, Commissie Toelaatbaarheid within 6 weeks (spoed 10 days); §5.2 criteria for sbo and so; §5.3 duration and category.",
               "terugstroom": "§5.4 'Einde van de TLV' states policy (temporary placement, thuisnabij, overgangsarrangement half year, paid by SWV); steps/terms only in 'Handreiking Terugplaatsing (bijlage 6)', not included.",
               "financien": "§6.1 says the verdeelmodel is being revised (new model 'in de loop van 2026'); §6.2 meerjarenbegroting table with amounts covers besteding.",
               "dekkend-aanbod": "§4.2 continuum (schoolcontactpersoon, arrangementen, taalklas, Kangoeroegroep, De Haven, sbo/so) and §4.3 twice-yearly gap inventory and thuiszittertafel.",
               "resultaten": "Chapter 7 'Kwaliteit' only defers intended results and monitoring to an indicator set in 2025-2026 and the jaarverslag 2026; nothing substantive.",
               "ouders": "Chapter 8: ouderpagina, schoolgids, translated brochure, ouderavond; independent support (OJSP) only 'verkennen ... besluit in 2026'."}),
    "vo-maasoever": dict(
        documents=["vo-maasoever.pdf"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie", "bezwaar"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Chapter 5: eight standards valid for every vestiging, content only in a table; yearly audit and verbeterplan.",
               "plaatsing": "§7.1 vso criteria and §7.2 lwoo/pro criteria present; the application procedure, terms and committee are only in the 'Handboek Toewijzing op de website'; §7.3 duration/category and §7.4 bezwaar (LBT) advisory.",
               "terugstroom": "§7.5: procedure (evaluation by 1 February in last TLV year, consulent advice in 3 weeks, directeur decides, TLV ends 31 July); policy and support after return deferred to a notitie in 2026-2027.",
               "financien": "Chapter 8 'Middelen' only refers to a Financiële Kadernota that appears later; jaarplanning row '(in voorbereiding)'; legal table and running header are traps.",
               "dekkend-aanbod": "Chapter 6: continuum (in-school arrangements, OPDC Maaspoort, Op de Rails, OZA, vso/pro) plus yearly gap analysis and Thuiszittersoverleg within two weeks.",
               "resultaten": "Chapter 9: Maasmonitor twice a year with sources, discussed in bodies, jaarverslag; intended results deferred until after the 2026-2027 nulmeting. Reported vso share (2,9%) counts as meetbaar only.",
               "ouders": "Chapter 10: ouder- en leerlingenpagina, schoolgids paragraph, brochure, information evenings; independent OJSP Maasoever and Onderwijsconsulenten; hoorrecht."}),
    "po-kempenrand": dict(
        documents=["po-kempenrand.md"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"], "financien": ["verantwoording"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Chapter 3 'Wat elk kind op elke school krijgt': 'ondergrens' for all 33 schools, content only in a table; orthopedagogen check twice a year.",
               "plaatsing": "Chapter 8 'Toelaatbaarheid' only refers to the 'Loket' page on the website; legal table says 'Zie website Loket'; agenda row 'Volgt'; glossary defines TLV.",
               "terugstroom": "Chapter 4 'Weer naar een gewone school' (no signal word terugplaatsing in heading): policy (thuisnabij, one-year begeleiding paid by SWV) and procedure (half-yearly OPP check, meeting by March of last TLV year, who decides).",
               "financien": "Chapter 5 'Geld': content only in two tables (verdeling with grondslag and decider; begroting 2025-2028); verantwoording in June.",
               "dekkend-aanbod": "Chapter 7 'Een passend aanbod' only announces the project 'Kaart van Kempenrand'; thuiszitters only as 'p.m.' agenda row and glossary; OOGO paragraph is purely procedural; the 'budget bijzondere situaties' row in the Geld tables is financien, not a described continuum.",
               "resultaten": "Chapter 6: numeric targets (75% OPP, 12 terugplaatsingen, 7,5) and yearly October report with sources to AV/OPR/jaarverslag.",
               "ouders": "Chapter 9: independent OJSP De Wegwijzer, Onderwijsconsulenten, klachten/Geschillencommissie; how parents are informed is deferred to a communicatieplan spring 2026."}),
    "vo-zandhorst-school-ondersteuningsplan": dict(
        documents=["vo-zandhorst-school-ondersteuningsplan.html"], sector="vo", looks_like_plan=False,
        elements={}, criteria={}, advisory_addressed={},
        notes={"document": "School-level ondersteuningsplan of one VO school (zorgniveaus, leerlingbesprekingen, ZAT, yearly evaluation by the school's zorgadviesteam); it refers to the samenwerkingsverband as an outside body, so it is not an SWV plan despite basisondersteuning/TLV/OPP/ouders vocabulary."}),
}


def write_label(stem, lab):
    import json
    import yaml
    q = json.dumps  # a JSON string is a valid double-quoted YAML scalar
    lines = ["documents: [" + ", ".join(lab["documents"]) + "]", f"sector: {lab['sector']}",
             "looks_like_plan: " + ("true" if lab["looks_like_plan"] else "false")]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in lab["elements"].items()) + "}")
        lines.append("criteria:")
        for k, v in lab["criteria"].items():
            lines.append(f"  {k}: " + ("true" if v else "false"))
    else:
        lines += ["elements: {}", "criteria: {}"]
    if lab["advisory_addressed"]:
        lines.append("advisory_addressed:")
        for k, v in lab["advisory_addressed"].items():
            lines.append(f"  {k}: [" + ", ".join(v) + "]")
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v, ensure_ascii=False)}")
    txt = "\n".join(lines) + "\n"
    yaml.safe_load(txt)  # must parse
    (OUT / f"{stem}.expected.yaml").write_text(txt, encoding="utf-8")


def main():
    specs = {
        "po-brede-stroom": (plan1(), "docx"),
        "vo-heuvelrand": (plan2(), "docx"),
        "po-duin-en-polder": (plan3(), "pdf"),
        "vo-maasoever": (plan4(), "pdf"),
        "po-kempenrand": (plan5(), "md"),
        "vo-zandhorst-school-ondersteuningsplan": (nearmiss(), "html"),
    }
    for stem, (spec, fmt) in specs.items():
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            render_docx(spec, path)
        elif fmt == "pdf":
            render_pdf(spec, path)
        elif fmt == "md":
            render_md(spec, path)
        elif fmt == "html":
            render_html(spec, path)
        write_label(stem, LABELS[stem])
        print(f"{path.name}: {word_count(spec)} words")


if __name__ == "__main__":
    main()
