#!/usr/bin/env python3
"""Generate the holdout191 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (via LibreOffice) and .html.

Deterministic, no network. Output goes to the folder above this script's folder.
Labels (<name>.expected.yaml) are written by hand-maintained dictionaries below.
"""
import datetime
import html
import zipfile
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# block helpers: a document is a list of (kind, payload)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def B(items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


def TITLE(t, sub):
    return ("title", (t, sub))


def HEADER(t):
    return ("header", t)


# ---------------------------------------------------------------------------------------------
# shared filler (careful: these blocks must not address criteria unless a flag allows it)


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds
        de invoering van passend onderwijs in 2014. In de afgelopen jaren is er veel gebeurd: de
        leerlingaantallen in onze regio zijn veranderd, het lerarentekort raakt alle scholen en de
        vragen van kinderen en jongeren zijn complexer geworden. Tegelijkertijd zien we hoeveel
        energie er op de scholen zit. Leraren, intern begeleiders, ondersteuningscoördinatoren,
        directeuren en bestuurders hebben zich ingezet om voor ieder kind een passende plek te vinden.
        Daar zijn we trots op, en we zijn trots op de resultaten die scholen samen hebben bereikt."""),
        P(f"""Dit plan is tot stand gekomen in gesprek met veel mensen: schoolleiders, intern begeleiders,
        leden van de ondersteuningsplanraad, ambtenaren en wethouders van de gemeenten
        {c['gemeenten']}, en partners uit de jeugdhulp. Wij danken iedereen die heeft meegedacht.
        Het plan is bewust compact gehouden op de onderdelen waar scholen zelf aan zet zijn, en
        uitgebreider waar het samenwerkingsverband een eigen taak heeft. Waar in dit plan 'wij' staat,
        bedoelen we het samenwerkingsverband: de gezamenlijke schoolbesturen en het bureau."""),
        P(f"""Een plan is pas waardevol als het gebruikt wordt. We nodigen ouders, leraren en partners uit
        om ons aan te spreken op wat hier staat. De komende vier jaar blijven we in gesprek, met
        scholen, met gemeenten en met iedereen die zich betrokken voelt bij het onderwijs aan kinderen
        en jongeren die iets extra's nodig hebben.
        {c['bestuurder']}, directeur-bestuurder"""),
    ]


def visie(c, partnership=True):
    extra = ("""Ouders zijn voor ons gelijkwaardige partners: zij kennen hun kind het best en worden
        betrokken bij elke beslissing over de ondersteuning van hun kind, te beginnen bij het
        opstellen van het ontwikkelingsperspectief.""" if partnership else
             """Wij kijken naar wat een kind nodig heeft en niet naar wat een kind mankeert.""")
    return [
        H1("Visie en missie"),
        H2("Onze visie"),
        P(f"""Ieder kind heeft recht op onderwijs dat past bij zijn of haar mogelijkheden, zo dicht mogelijk
        bij huis en zo gewoon als het kan. Wij geloven dat de meeste kinderen het best tot hun recht
        komen in een reguliere klas, met leeftijdgenoten uit hun eigen wijk of dorp, en dat de school
        daarvoor de ruimte en de deskundigheid moet krijgen. {extra}"""),
        P("""Passend onderwijs is geen doel op zich. Het is een manier van werken waarin we uitgaan van
        onderwijsbehoeften, waarin we vroeg signaleren en handelen, en waarin we grenzen durven te
        benoemen. Niet elke school kan alles, maar samen kunnen we veel. Inclusiever onderwijs is de
        richting die het rijk heeft gekozen en die wij onderschrijven, in een tempo dat scholen
        aankunnen."""),
        H2("Onze missie"),
        P(f"""{c['naam']} zorgt ervoor dat de aangesloten schoolbesturen samen hun verantwoordelijkheid nemen
        voor alle leerlingen in de regio. We verbinden scholen onderling en met partners, we maken
        deskundigheid beschikbaar waar die nodig is, en we leggen verantwoording af over de keuzes
        die we maken. Onze kernwaarden zijn: dichtbij, deskundig, betrouwbaar en transparant."""),
        H2("Hoe wij werken"),
        B(["We beginnen bij de vraag van het kind en de leraar, niet bij het formulier.",
           "We zoeken oplossingen eerst dichtbij: in de klas, dan in de school, dan daarbuiten.",
           "We spreken elkaar aan op afspraken, tussen besturen en tussen scholen.",
           "We delen wat we weten, ook als iets niet gelukt is."]),
        P("""Deze werkprincipes gelden voor het bureau, de commissies en de scholen. Ze worden in de
        netwerken van intern begeleiders en ondersteuningscoördinatoren regelmatig besproken."""),
    ]


def context(c):
    rows = [["Gegeven", "Aantal (teldatum 1 oktober 2024)"]] + c["kengetallen"]
    return [
        H1("De regio in cijfers"),
        P(f"""{c['naam']} (registratienummer {c['code']}) omvat de gemeenten {c['gemeenten']}. In het gebied
        werken {c['besturen']} schoolbesturen samen. De regio kent zowel stedelijke kernen als
        uitgestrekte plattelandsgebieden met kleine scholen. Het leerlingaantal daalt licht in het
        buitengebied en stijgt in de nieuwbouwwijken van de grotere kernen. Voor de planning van
        huisvesting en leerlingenvervoer heeft dat gevolgen waarover wij met de gemeenten in gesprek
        zijn."""),
        T(rows),
        P("""De cijfers in deze tabel zijn afkomstig uit de DUO-telling en de eigen registratie van het
        bureau. Ze geven een beeld van de omvang van de regio; ze zeggen op zichzelf niets over de
        kwaliteit van de ondersteuning."""),
    ]


def governance(c, reserves=False):
    out = [
        H1("Organisatie en governance"),
        P(f"""Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen vormen samen de
        Algemene Vergadering (AV), die de statuten en de hoofdlijnen van het beleid bewaakt. De
        dagelijkse leiding ligt bij de directeur-bestuurder. De Raad van Toezicht (RvT) bestaat uit
        vijf leden, van wie drie onafhankelijk; de RvT houdt toezicht, is werkgever van de
        directeur-bestuurder en keurt jaarlijks de begroting en de jaarrekening goed. Het
        samenwerkingsverband volgt de Code Goed Bestuur van de {c['raad']}."""),
        P("""Het bureau van het samenwerkingsverband is gehuisvest in een gedeeld kantoor met de
        leerplichtafdeling van de grootste gemeente. Het bureau ondersteunt de besturen, organiseert
        netwerken voor intern begeleiders en ondersteuningscoördinatoren, voert het secretariaat van
        de commissies en verzorgt de contacten met gemeenten en inspectie. In een
        managementstatuut is vastgelegd welke bevoegdheden bij de directeur-bestuurder liggen."""),
        P("""De statuten bevatten een geschillenregeling voor geschillen tussen aangesloten besturen. In de
        afgelopen planperiode is daar geen gebruik van gemaakt. Nieuwe besturen die zich in de regio
        vestigen, sluiten zich volgens de wet bij het samenwerkingsverband aan."""),
    ]
    if reserves:
        out.append(P("""Het samenwerkingsverband hanteert een signaleringswaarde voor de algemene reserve conform
        de methodiek van de inspectie. De reserve bedroeg op 31 december 2024 € 1.180.000, wat
        onder de signaleringswaarde ligt; het weerstandsvermogen is voldoende om de risico's uit de
        risicoparagraaf (fluctuatie in verwijzingen, personele risico's) op te vangen."""))
    return out


def opr(c, composition=True):
    if composition:
        t = f"""De ondersteuningsplanraad (OPR) bestaat uit {c['opr_leden']} leden: de helft
        personeelsleden en de helft ouders{' of leerlingen' if c['sector'] == 'vo' else ''}, afgevaardigd
        door de medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR brengen het
        perspectief van gezinnen in en hebben instemmingsrecht op dit plan. De OPR vergadert zes keer per
        jaar en heeft een eigen budget voor scholing."""
    else:
        t = """De ondersteuningsplanraad (OPR) heeft een reglement dat in 2023 is herzien. De OPR
        vergadert zes keer per jaar en heeft een eigen budget voor scholing."""
    return [
        H1("Medezeggenschap"),
        P(t),
        P(f"""De OPR heeft op {c['opr_datum']} ingestemd met dit ondersteuningsplan. In de aanloop naar dit
        plan zijn drie themabijeenkomsten met de OPR gehouden. Daarnaast heeft het samenwerkingsverband
        een eigen medezeggenschapsraad voor het personeel van het bureau."""),
    ]


def oogo(c, full=True, thuiszitters_passing=True, school_contact=True):
    out = [H1("Samenwerking met gemeenten")]
    if not full:
        out.append(P(f"""Over het concept van dit plan is op {c['oogo_datum']} op overeenstemming gericht overleg
        (OOGO) gevoerd met de colleges van B&W; het verslag is beschikbaar bij het bureau."""))
        return out
    out += [
        P(f"""Op {c['oogo_datum']} is met de colleges van B&W van de gemeenten {c['gemeenten']} op
        overeenstemming gericht overleg (OOGO) gevoerd over het concept van dit plan. Er is
        overeenstemming bereikt. Het OOGO volgt een procedure met een geschillenregeling die in 2022 met
        de gemeenten is afgesproken."""),
        P("""Gemeenten zijn verantwoordelijk voor jeugdhulp, leerplicht, leerlingenvervoer en
        onderwijshuisvesting; het samenwerkingsverband voor de ondersteuning op en tussen scholen. Waar
        die verantwoordelijkheden elkaar raken, maken we afspraken. Vaste onderwerpen in het
        bestuurlijk overleg zijn de aansluiting tussen school en wijkteam, de inzet van
        jeugdhulp onder schooltijd, het leerlingenvervoer naar speciale scholen en de huisvesting van
        bovenschoolse voorzieningen."""),
    ]
    if school_contact:
        out.append(P("""Per school is een contactpersoon van het lokale team beschikbaar die aansluit bij het
        ondersteuningsteam van de school. Jeugdhulp in de klas wordt gefinancierd uit gemeentelijke
        middelen; het samenwerkingsverband draagt bij in de coördinatie."""))
    else:
        out.append(P("""Jeugdhulp in de klas wordt gefinancierd uit gemeentelijke middelen; over de
        coördinatie worden per gemeente afspraken gemaakt."""))
    if thuiszitters_passing:
        out.append(P("""Ook het terugdringen van verzuim is een gezamenlijk belang van gemeenten en
        samenwerkingsverband."""))
    return out


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""Het bureau heeft een formatie van {c['fte']} fte, onder wie orthopedagogen,
        onderwijsconsulenten, een beleidsmedewerker, een controller en een secretariaat. Een deel van
        de medewerkers is gedetacheerd vanuit de aangesloten besturen. Het personeelsbeleid is
        afgestemd op de cao van de sector; jaarlijks voert iedere medewerker een
        ontwikkelgesprek."""),
        P("""Professionalisering van leraren is in de eerste plaats een taak van de besturen. Het
        samenwerkingsverband faciliteert kennisdeling door netwerkbijeenkomsten voor intern
        begeleiders en ondersteuningscoördinatoren, een jaarlijkse studiedag en leernetwerken rond
        thema's als gedrag, meer- en hoogbegaafdheid en executieve functies. Het scholingsaanbod wordt
        elk jaar in samenspraak met de besturen vastgesteld."""),
        P("""Het lerarentekort maakt het lastig om arrangementen altijd met vaste gezichten uit te voeren.
        We investeren daarom in onderwijsassistenten en in samenwerking met de pabo en de
        lerarenopleidingen in de regio."""),
    ]


def ict(c):
    return [
        H1("ICT, gegevens en privacy"),
        P("""Aanvragen en dossiers lopen via een beveiligde digitale omgeving. Scholen, het bureau en de
        commissies werken in hetzelfde systeem, zodat informatie niet per e-mail wordt rondgestuurd.
        Toegang is rolgebaseerd: alleen wie betrokken is bij een leerling kan het dossier inzien."""),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, voor zover
        dat nodig is voor zijn wettelijke taken. Gegevens over een toelaatbaarheidsbesluit worden tot
        drie jaar na het besluit bewaard. Er is een functionaris gegevensbescherming aangesteld die
        het bureau en de commissies adviseert. Het privacyreglement is in 2024 geactualiseerd en
        aangepast aan de AVG."""),
    ]


def planning(c, kwaliteitscyclus=False):
    out = [
        H1("Planning en vaststelling"),
        P(f"""Dit plan geldt voor de schooljaren {c['periode']}, van 1 augustus 2025 tot en met 31 juli 2029.
        Het concept is besproken met de besturen, het OOGO is gevoerd op {c['oogo_datum']}, de OPR heeft
        ingestemd op {c['opr_datum']} en het bestuur heeft het plan vastgesteld op {c['vaststelling']}.
        Het plan is vóór 1 mei 2025 aan de inspectie gezonden."""),
        T([["Moment", "Wat"],
           ["najaar 2024", "Gesprekken met scholen, themabijeenkomsten OPR"],
           ["januari 2025", "Concept besproken in de Algemene Vergadering"],
           [c['oogo_datum'], "OOGO met gemeenten"],
           [c['opr_datum'], "Instemming OPR"],
           [c['vaststelling'], "Vaststelling door het bestuur"],
           ["april 2025", "Toezending aan de inspectie"]]),
    ]
    if kwaliteitscyclus:
        out.append(P("""Het plan wordt uitgewerkt in jaarplannen met een jaarbegroting. Elk jaarplan wordt in
        het voorjaar met de OPR geëvalueerd en de uitkomsten worden in het jaarverslag gerapporteerd."""))
    else:
        out.append(P("""De uitwerking van dit plan in jaarplannen volgt na de vaststelling."""))
    return out


def extra_filler(c):
    other = "VO" if c["sector"] == "po" else "PO"
    return [
        H1("Toezicht door de inspectie"),
        P(f"""De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. In de vorige
        planperiode heeft een vierjaarlijks onderzoek plaatsgevonden; het rapport is gepubliceerd op de
        website van de inspectie. Het samenwerkingsverband bespreekt de uitkomsten van
        inspectieonderzoeken met de besturen, de OPR en de Raad van Toezicht. Daarnaast volgt de
        inspectie de financiële positie van het samenwerkingsverband via de jaarrekening en spreekt zij
        bij elk bezoek met de ondersteuningsplanraad. {c['naam']} ziet het toezicht als een kans om
        te leren en nodigt de inspectie uit om ook tussentijds mee te kijken."""),
        H1("Leerlingenvervoer en huisvesting"),
        P("""Het leerlingenvervoer is een taak van de gemeenten. Veel leerlingen van het speciaal onderwijs
        reizen dagelijks lange afstanden, soms meer dan een uur per rit. Wij signaleren knelpunten aan
        de gemeenten en denken mee over het aanbesteden van het vervoer, maar besluiten over de
        vervoersvoorziening en de eigen bijdrage van gezinnen liggen bij de gemeente. Ook de huisvesting
        van scholen is een gemeentelijke verantwoordelijkheid; het integraal huisvestingsplan van de
        grootste gemeente loopt tot 2035."""),
        H1("Bedrijfsvoering"),
        P("""De financiële administratie en de salarisadministratie zijn uitbesteed aan een
        administratiekantoor. Het samenwerkingsverband beschikt over een handboek administratieve
        organisatie en interne controle. De jaarrekening wordt gecontroleerd door een externe
        accountant, die ook een oordeel geeft over de rechtmatigheid. Het bureau werkt zoveel mogelijk
        papierloos en maakt gebruik van het openbaar vervoer voor dienstreizen. Inkoop verloopt volgens
        een inkoopbeleid dat in 2023 is vastgesteld; contracten boven de Europese drempel worden
        aanbesteed."""),
        H1(f"Samenwerking met het {other}"),
        P(f"""Het samenwerkingsverband {other} in de regio is een vaste gesprekspartner. Twee keer per jaar is er een
        bestuurlijk overleg over onderwerpen die beide verbanden raken, zoals de samenwerking met de
        gemeenten, de deskundigheid van het personeel en de gezamenlijke inkoop van diensten. De
        ontwerpplannen van beide verbanden zijn over en weer voorgelegd; er zijn geen
        tegenstrijdigheden geconstateerd."""),
        H1("Kennis en innovatie"),
        P("""Samen met de hogeschool in de regio neemt het samenwerkingsverband deel aan een werkplaats
        onderwijsonderzoek. Leraren en intern begeleiders doen daar kleinschalig praktijkonderzoek naar
        vragen uit hun eigen school, zoals het effect van co-teaching of de inzet van digitale
        hulpmiddelen bij lezen. De uitkomsten worden gedeeld in de netwerken en op de jaarlijkse
        studiedag. Het samenwerkingsverband reserveert hiervoor tijd van een beleidsmedewerker; de
        hogeschool levert begeleiding door een lector."""),
    ]


def begrippen(items):
    return [H1("Begrippenlijst"), T([["Begrip", "Betekenis"]] + items)]


def afkortingen(items):
    return [H1("Afkortingen"), T([["Afkorting", "Voluit"]] + items)]


COMMON_ABBR = [
    ["AB", "Algemeen bestuur"], ["AV", "Algemene Vergadering"], ["IB'er", "Intern begeleider"],
    ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
    ["OPP", "Ontwikkelingsperspectief(plan)"], ["OPR", "Ondersteuningsplanraad"],
    ["RvT", "Raad van Toezicht"], ["SOP", "Schoolondersteuningsprofiel"],
    ["SWV", "Samenwerkingsverband"], ["TLV", "Toelaatbaarheidsverklaring"],
]


# ---------------------------------------------------------------------------------------------
# renderers


def fill_toc(blocks):
    """Replace a ("toc", None) block by the numbered list of the chapter headings after it."""
    out = []
    for i, (kind, val) in enumerate(blocks):
        if kind == "toc" and val is None:
            heads = [v for k, v in blocks[i + 1:] if k == "h1"]
            val = [f"{n} {h}" for n, h in enumerate(heads, 1)]
        out.append((kind, val))
    return out


def write_docx(blocks, path):
    blocks = fill_toc(blocks)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "header":
            doc.sections[0].header.paragraphs[0].text = val
        elif kind == "title":
            doc.add_heading(val[0], level=0)
            doc.add_paragraph(val[1])
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for it in val:
                doc.add_paragraph(it)
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = "holdout191"
    cp.created = cp.modified = cp.last_printed = datetime.datetime(2025, 3, 1, 12, 0, 0)
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_html(blocks, path, title):
    blocks = fill_toc(blocks)
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title)}</title>", "</head>", "<body>"]
    for kind, val in blocks:
        if kind == "header":
            parts.append(f'<header><p class="kop">{e(val)}</p></header>')
        elif kind == "title":
            parts.append(f"<h1>{e(val[0])}</h1><p class=\"sub\">{e(val[1])}</p>")
        elif kind == "h1":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in val[1:]]
            parts.append("<table>" + "".join(rows) + "</table>")
        elif kind == "toc":
            parts.append('<nav><h2>Inhoud</h2><ol>' + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
    parts += ["<footer><p>© Samenwerkingsverband – alle rechten voorbehouden</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def write_pdf(blocks, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout191_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    blocks = fill_toc(blocks)
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        elif kind == "title":
            n += len(val[0].split()) + len(val[1].split())
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status(crit, advisory, el):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit_false, advisory, notes, looks_like_plan=True):
    path = OUT / f"{name}.expected.yaml"
    if not looks_like_plan:
        data = {"documents": documents, "sector": sector, "looks_like_plan": False,
                "elements": {}, "criteria": {}, "notes": notes}
    else:
        crit = {k: (k not in crit_false) for k in CORE}
        els = {el: status(crit, advisory, el) for el in ELEMENTS}
        data = {"documents": documents, "sector": sector, "looks_like_plan": True,
                "elements": els, "criteria": crit, "advisory_addressed": advisory, "notes": notes}
    lines = [f"documents: [{', '.join(data['documents'])}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if data['looks_like_plan'] else 'false'}"]
    if data["elements"]:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in data["elements"].items()) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in data["criteria"].items()]
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in data["advisory_addressed"].items()]
    else:
        lines += ["elements: {}", "criteria: {}"]
    lines.append("notes:")
    lines += [f"  {k}: {yaml.safe_dump(v, allow_unicode=True, default_style=chr(34), width=10000).strip()}"
              for k, v in data["notes"].items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


# =============================================================================================
# Plan 1 — PO Zuidrand (.docx)
# B present | P partial (criteria deferred) | T present (hidden in TLV chapter) | F present
# ("Geld en middelen") | D partial (lacunes deferred) | R missing | O present (in "Communicatie")


def plan_zuidrand():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Zuidrand", code="PO 27-09",
             periode="2025-2029", gemeenten="Zuidrand, Oosterveld, Lingewaard-Zuid en Brakel",
             besturen=14, bestuurder="drs. M.A. van Beek", raad="PO-Raad", opr_leden=12,
             opr_datum="18 maart 2025", oogo_datum="12 februari 2025", vaststelling="25 maart 2025",
             fte="11,4", sector="po",
             kengetallen=[["Aangesloten schoolbesturen", "14"], ["Basisscholen (vestigingen)", "58"],
                          ["Scholen voor speciaal basisonderwijs", "2"], ["So-scholen (cluster 3 en 4)", "3"],
                          ["Leerlingen basisonderwijs", "15.240"], ["Leerlingen sbo", "312"]])
    blocks = [
        HEADER("Ondersteuningsplan SWV PO Zuidrand 2025-2029 | basisondersteuning – toelaatbaarheid – middelen – resultaten"),
        TITLE("Ondersteuningsplan 2025-2029", f"{c['naam']} ({c['code']}) — vastgesteld {c['vaststelling']}"),
        ("toc", None),
        H1("Samenvatting voor ouders"),
        P("""Dit plan beschrijft hoe de basisscholen in Zuidrand samen zorgen dat ieder kind de hulp krijgt die
        het nodig heeft. Hieronder staat in het kort wat dat voor u en uw kind betekent. Wilt u het
        precies weten, lees dan de hoofdstukken daarna."""),
        B(["Elke basisschool in onze regio heeft een intern begeleider, werkt met een vast protocol voor dyslexie en rekenproblemen en heeft een ondersteuningsteam waarin u met de school en een deskundige over uw kind kunt praten. Het hoofdstuk 'Wat elke school biedt' vertelt wat u nog meer mag verwachten.",
           "Heeft uw kind meer nodig, dan kan de school een arrangement aanvragen. Soms is een plek op een school voor speciaal (basis)onderwijs beter. Daarvoor is een toelaatbaarheidsverklaring nodig, die de school samen met u aanvraagt.",
           "Gaat het goed op de speciale school, dan kijken we elk jaar of uw kind terug kan naar een gewone basisschool in de buurt, met hulp bij de overstap.",
           "Heeft u vragen of bent u het ergens niet mee eens? Bij Zuidrand Wijzer, ons onafhankelijke ouder- en jeugdsteunpunt, helpt een onderwijsconsulent u kosteloos verder."]),
    ]
    blocks += voorwoord(c) + visie(c) + context(c)
    blocks += [
        H1("Wat elke school biedt"),
        P("""Basisondersteuning is in Zuidrand het niveau van ondersteuning dat de veertien besturen
        samen hebben afgesproken en dat elke vestiging van elke aangesloten basisschool ten minste
        biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het gaat om een
        ondergrens: scholen mogen meer bieden, en veel scholen doen dat ook. Het afgesproken niveau is
        op 9 december 2024 door de Algemene Vergadering vastgesteld en geldt voor alle 58
        vestigingen, ook voor de kleinste dorpsscholen."""),
        P("""Concreet betekent dit dat u op iedere school in onze regio het volgende aantreft:"""),
        T([["Onderdeel", "Wat de school minimaal biedt"],
           ["Intern begeleider", "Ten minste één dag per week per 150 leerlingen, met een afgeronde opleiding tot IB'er"],
           ["Ondersteuningsteam", "Minimaal vier keer per jaar een ondersteuningsteam met IB'er, onderwijsconsulent van het SWV en (op verzoek) jeugdverpleegkundige; ouders worden uitgenodigd"],
           ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; signalering vanaf groep 2; extra leesbegeleiding minimaal 3 x 20 minuten per week voor zwakke lezers"],
           ["Rekenen", "Werken volgens het protocol Ernstige RekenWiskunde-problemen en Dyscalculie (ERWD)"],
           ["Gedrag en welbevinden", "Een schoolbrede aanpak voor sociale veiligheid, een methode voor sociaal-emotioneel leren en twee keer per jaar een veiligheidsmeting"],
           ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkingsstof in de eigen groep"],
           ["Taal en NT2", "Extra woordenschatonderwijs voor leerlingen met een taalachterstand"],
           ["Medisch handelen", "Een protocol medisch handelen en een aanspreekpunt voor medicijnverstrekking"],
           ["Werkwijze", "Handelingsgericht werken met groepsoverzichten en een ontwikkelingsperspectief voor leerlingen die op een eigen leerlijn werken"]]),
        P("""Of scholen dit niveau halen, bekijken we elke twee jaar met een audit aan de hand van de
        kwaliteitskaart basisondersteuning. Een school die een onderdeel niet op orde heeft, maakt
        binnen drie maanden een verbeterplan dat met de onderwijsconsulent wordt gevolgd. Scholen
        beschrijven hun eigen invulling bovendien in de schoolgids."""),
        H1("Van basis naar extra: ons ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod in Zuidrand is opgebouwd in vier lagen, die op elkaar aansluiten en
        samen een samenhangend geheel vormen. Een kind kan tussen de lagen bewegen: wie tijdelijk meer
        nodig heeft, gaat terug naar een lichtere vorm zodra dat kan."""),
        T([["Laag", "Wat", "Waar"],
           ["1 Basisondersteuning", "Zie 'Wat elke school biedt'", "Elke basisschool"],
           ["2 Extra ondersteuning in de school", "Arrangement op maat (begeleiding, extra handen, materialen) na bespreking in het ondersteuningsteam", "Eigen school"],
           ["3 Bovenschoolse voorzieningen", "Plusklas De Sprong (meer- en hoogbegaafd, 1 dag per week), observatiegroep De Overstap (max. 12 weken), taalklas voor nieuwkomers", "Zuidrand en Oosterveld"],
           ["4 Speciaal (basis)onderwijs", "Sbo De Zandloper en sbo Het Anker; so-scholen De Horizon (cluster 4), De Kameleon (cluster 3) en Mytylschool Brakel", "Regio"]]),
        P("""Een arrangement in laag 2 wordt aangevraagd door de school, na een bespreking in het
        ondersteuningsteam waarin ouders en de onderwijsconsulent aanwezig zijn. De bovenschoolse
        voorzieningen in laag 3 hebben een eigen toelatingsoverleg met het bureau. Voor laag 4 is een
        toelaatbaarheidsverklaring nodig (zie 'Toelaatbaarheid tot sbo en so')."""),
        H2("Thuiszitters en witte vlekken"),
        P("""We willen dat geen kind thuis zit en dat er voor ieder kind een passende plek is. Hoe we
        signaleren waar ons aanbod tekortschiet, welke kinderen op dit moment geen passende plek
        hebben en welke afspraken we met leerplicht en jeugdhulp maken, werken we in de loop van
        schooljaar 2025-2026 uit in een afzonderlijk actieplan. Tot die tijd blijft dit onderwerp op de
        agenda van het bestuurlijk overleg."""),
        H1("Toelaatbaarheid tot sbo en so"),
        H2("Aanvraag en besluit"),
        P("""Voor een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs (cluster 3 en 4)
        is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt
        ingediend door het schoolbestuur van de school waar de leerling staat ingeschreven, in de
        praktijk door de intern begeleider namens de directeur. Is een kind nog niet ingeschreven,
        dan dient het bestuur van de school waar het is aangemeld de aanvraag in."""),
        P("""De aanvraag bevat een groeidocument met het ontwikkelingsperspectief, een verslag van het
        ondersteuningsteam waarin de aanvraag is besproken, de inzet van de school tot nu toe en de
        zienswijze van de ouders. De Commissie Toelaatbaarheid Zuidrand (CTZ) beoordeelt of de
        aanvraag compleet is en vraagt advies aan twee deskundigen: een orthopedagoog of
        GZ-psycholoog, en afhankelijk van het kind een tweede deskundige, zoals een
        maatschappelijk werker, een kinderpsychiater of een jeugdarts. De deskundigen geven ieder een
        eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. De CTZ besluit binnen
        zes weken na ontvangst van de volledige aanvraag; de ouders ontvangen een afschrift van beide
        adviezen en van het besluit."""),
        P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt
        afgegeven voor twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog.
        Ouders en het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken
        bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H2("Waar de commissie op let"),
        P("""De criteria waaraan de CTZ een aanvraag toetst, zijn in herziening. De huidige lijst is
        opgesteld in 2014 en sluit niet meer aan bij de manier waarop scholen nu werken. De nieuwe
        criteria worden in de loop van schooljaar 2025-2026 door de Algemene Vergadering vastgesteld
        en daarna aan dit plan toegevoegd. Tot die tijd weegt de commissie elke aanvraag in
        samenhang en kijkt zij naar het totaalbeeld van het kind."""),
        H2("Na de TLV: terug naar de basisschool"),
        P("""Het uitgangspunt in Zuidrand is dat een plaatsing in het sbo of so een tussenstap kan zijn.
        Kinderen gaan, als het kan, terug naar een reguliere basisschool zo dicht mogelijk bij huis.
        Voorwaarden zijn dat het ontwikkelingsperspectief laat zien dat het kind zich op een reguliere
        school verder kan ontwikkelen, dat de ondersteuningsbehoefte binnen de basisondersteuning of
        een arrangement te bieden is, en dat ouders en ontvangende school achter de overstap staan."""),
        P("""De sbo- of so-school bespreekt het ontwikkelingsperspectief van iedere leerling ten minste één
        keer per jaar in de commissie van begeleiding. In het laatste jaar van de TLV doet de school dat
        vóór 1 februari en legt zij de uitkomst schriftelijk vast: terugplaatsing, verlenging of
        overplaatsing. Bij terugplaatsing neemt de speciale school het initiatief: zij meldt de leerling
        samen met de ouders aan bij de basisschool van hun keuze en organiseert een warme overdracht.
        Het besluit tot terugplaatsing wordt genomen door het bevoegd gezag van de speciale school, na
        overleg met ouders en de ontvangende school. Is verlenging nodig, dan vraagt de school vóór
        1 april een nieuwe TLV aan volgens de procedure hierboven."""),
        P("""Na terugkeer krijgt de basisschool een terugplaatsingsarrangement: gedurende zes maanden
        begeleidt een ambulant begeleider van de sbo- of so-school het kind en de leerkracht, en de
        school ontvangt een budget van € 2.500 voor extra handen in de klas. Na drie en na zes maanden
        evalueren school, ouders en ambulant begeleider de overstap."""),
        H1("Communicatie"),
        P("""Goede communicatie is een voorwaarde voor vertrouwen. Het bureau heeft een
        communicatiemedewerker en publiceert vier keer per jaar een nieuwsbrief voor scholen en
        partners. Ook op sociale media zijn we actief."""),
        P("""Voor ouders houden we een eigen ouderpagina bij op zuidrandpassend.nl, met uitleg over de
        basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de route naar het
        speciaal (basis)onderwijs. De ouderfolder 'Wat als mijn kind meer nodig heeft?' ligt op elke
        school en is beschikbaar in het Nederlands, Engels, Arabisch, Turks, Pools en Oekraïens. Elke
        school beschrijft in de schoolgids welke ondersteuning zij biedt en verwijst naar de ouderpagina.
        Twee keer per jaar organiseren we een informatieavond voor ouders over passend onderwijs, één
        in het najaar in Zuidrand en één in het voorjaar in Brakel."""),
        P("""Ouders die een vraag hebben, twijfelen of het oneens zijn met de school of met het
        samenwerkingsverband, kunnen terecht bij Zuidrand Wijzer, het ouder- en jeugdsteunpunt. Zuidrand
        Wijzer werkt onafhankelijk van scholen en bestuur, is bereikbaar via telefoon, mail en een
        wekelijks inloopspreekuur en kan een ouder bijstaan in gesprekken. Daarnaast kunnen ouders
        kosteloos een beroep doen op de landelijke Onderwijsconsulenten. Klachten over het
        samenwerkingsverband kunnen worden ingediend bij de landelijke klachtencommissie waarbij wij zijn
        aangesloten; geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen
        worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
        H1("Geld en middelen"),
        P("""Het samenwerkingsverband ontvangt van het rijk middelen voor lichte en zware ondersteuning.
        Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de groeibekostiging sbo resteert
        het budget waarover het samenwerkingsverband zelf beslist."""),
        P("""We werken met een schoolmodel. Van het vrij besteedbare budget gaat 80 procent rechtstreeks
        naar de schoolbesturen, verdeeld naar rato van het aantal leerlingen op de teldatum van 1
        oktober van het voorgaande jaar (€ 152 per leerling in 2025). Besturen zetten deze middelen in
        voor extra ondersteuning op hun scholen en verantwoorden de besteding jaarlijks in een
        verantwoordingsformat dat in de Algemene Vergadering wordt besproken. De overige 20 procent
        houdt het samenwerkingsverband in voor bovenschoolse voorzieningen, het bureau en de
        terugplaatsingsarrangementen. Arrangementen in laag 2 worden toegekend door de
        onderwijsconsulent op basis van twee criteria: het ondersteuningsteam heeft de basisondersteuning
        aantoonbaar ingezet, en er is een handelingsplan met doelen voor maximaal één schooljaar."""),
        T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
           ["Baten ondersteuningsmiddelen", "13.620", "13.480", "13.350", "13.240"],
           ["Afdrachten DUO (so, groei sbo)", "-6.910", "-6.880", "-6.850", "-6.820"],
           ["Schoolbudgetten besturen (80%)", "5.368", "5.280", "5.200", "5.136"],
           ["Bovenschoolse voorzieningen", "640", "650", "660", "660"],
           ["Terugplaatsingsarrangementen", "60", "60", "70", "70"],
           ["Bureau en commissies", "820", "830", "840", "850"],
           ["Resultaat", "-178", "-220", "-270", "-296"]]),
        P("""Het negatieve resultaat is bewust: de algemene reserve ligt boven de signaleringswaarde en
        wordt in vier jaar teruggebracht tot het niveau dat nodig is om risico's op te vangen."""),
    ]
    blocks += oogo(c, full=True) + governance(c) + opr(c) + personeel(c) + ict(c)
    blocks += [
        H1("Planning, resultaten en vaststelling"),
        P("""De terugblik op de vorige planperiode is opgenomen in het jaarverslag 2024 en maakt geen deel
        uit van dit plan. De beoogde resultaten voor deze planperiode formuleren we in het eerste
        jaarplan (2025-2026), dat na de zomer aan de Algemene Vergadering wordt voorgelegd."""),
    ] + planning(c)[1:]
    blocks += begrippen([
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt"],
        ["Arrangement", "Een afgesproken pakket extra ondersteuning voor een leerling of groep"],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken, vastgelegd in het jaarplan"],
        ["Dekkend aanbod", "Een aanbod waarin voor iedere leerling een passende plek is"],
        ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het regulier basisonderwijs"],
        ["Verdeelmodel", "De afspraken over hoe de ondersteuningsmiddelen over de besturen worden verdeeld"],
        ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden"]])
    blocks += afkortingen(COMMON_ABBR + [["CTZ", "Commissie Toelaatbaarheid Zuidrand"], ["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"]])
    out = OUT / "po-zuidrand.docx"
    write_docx(blocks, out)
    label = write_label("po-zuidrand", ["po-zuidrand.docx"], "po",
                        crit_false={"plaatsing.criteria", "dekkend-aanbod.lacunes", "resultaten.doelen",
                                    "resultaten.monitoring"},
                        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                                  "ouders": ["betrokkenheid"]},
                        notes={
                            "basisondersteuning": "Ch. 'Wat elke school biedt': agreed minimum for all 58 vestigingen + concrete table; audit via kwaliteitskaart.",
                            "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so' gives applicant, dossier, CTZ, 2 deskundigen, 6 weken, duration, LBT; criteria 'in herziening', to be set in 2025-2026 (deferral), 'totaalbeeld' is not a criterion.",
                            "terugstroom": "Hidden in TLV chapter, section 'Na de TLV: terug naar de basisschool': aims/conditions, yearly CvB, 1 februari in last TLV year, decision owner, 6-month terugplaatsingsarrangement.",
                            "financien": "Ch. 'Geld en middelen': schoolmodel 80/20, EUR 152 per leerling, arrangement criteria, meerjarenbegroting table 2025-2028, reserves.",
                            "dekkend-aanbod": "Continuum table (4 lagen) present; 'Thuiszitters en witte vlekken' only defers to an actieplan in 2025-2026; OOGO text mentions verzuim in passing only.",
                            "resultaten": "Only a reference to jaarverslag 2024 and a deferral to the first jaarplan; voorwoord 'trots op de resultaten' and glossary entry are traps.",
                            "ouders": "Ch. 'Communicatie': ouderpagina, folder in 6 talen, schoolgids, informatieavonden; Zuidrand Wijzer OJSP, Onderwijsconsulenten, klachtencommissie, GPO.",
                        })
    return [out], blocks, label


# =============================================================================================
# Plan 2 — VO IJsseldelta (.docx)
# B partial (inhoud only in absent bijlage) | P present (vso, lwoo, pro) | T missing (rebound
# return, uitstroom, doorstroom near-misses) | F partial (begroting p.m.) | D present | R present |
# O partial (OJSP deferred)


def plan_ijsseldelta():
    c = dict(naam="Samenwerkingsverband VO IJsseldelta", code="VO 23-04", periode="2025-2029",
             gemeenten="Kampenveen, IJsselmuiden-Oost, Dronterhoek en Zwartewater", besturen=9,
             bestuurder="ir. J.H. Scholten", raad="VO-raad", opr_leden=10, opr_datum="11 maart 2025",
             oogo_datum="4 februari 2025", vaststelling="20 maart 2025", fte="8,2", sector="vo",
             kengetallen=[["Aangesloten schoolbesturen", "9"], ["Vestigingen vo (incl. pro)", "23"],
                          ["Vso-scholen", "2"], ["Leerlingen vo", "11.870"], ["Leerlingen met lwoo", "1.020"],
                          ["Leerlingen praktijkonderwijs", "410"]])
    blocks = [
        HEADER("SWV VO IJsseldelta — Ondersteuningsplan 2025-2029 — concept voor OPR: terugplaatsing, financiën, ouders"),
        TITLE("Ondersteuningsplan 2025-2029", f"{c['naam']} ({c['code']})"),
        ("toc", None),
        H1("In het kort (voor ouders en leerlingen)"),
        P("""Dit plan gaat over hoe de middelbare scholen in de IJsseldelta samen zorgen voor passend
        onderwijs. In gewone woorden:"""),
        B(["Elke school voor voortgezet onderwijs in onze regio biedt een afgesproken basis aan ondersteuning. Hoe uw school dat doet, leest u in de schoolgids.",
           "Heeft een leerling meer nodig, dan kan dat in de eigen school, in een tijdelijke plek buiten de school (De Brug) of op een school voor voortgezet speciaal onderwijs.",
           "Voor leerwegondersteunend onderwijs, praktijkonderwijs en het vso beslist het samenwerkingsverband. In het hoofdstuk over toewijzing staat hoe dat gaat en waar we op letten.",
           "We houden bij hoeveel leerlingen thuis zitten en hoe snel zij weer naar school gaan. Daarover leggen we elk jaar verantwoording af.",
           "Ouders kunnen informatie vinden op onze website en op de ouderavonden die we organiseren."]),
    ]
    blocks += voorwoord(c) + visie(c) + context(c)
    blocks += [
        H1("Basisondersteuning"),
        P("""Basisondersteuning is de ondersteuning die alle scholen in de IJsseldelta bieden aan iedere
        leerling die dat nodig heeft, binnen de eigen school en zonder aanvraag bij het
        samenwerkingsverband. De negen besturen hebben in de Algemene Vergadering van 3 maart 2025
        afgesproken dat dit niveau een ondergrens is die geldt voor alle 23 vestigingen, ongeacht
        schoolsoort of leerweg. Een school die minder biedt, voldoet niet aan de afspraken van het
        samenwerkingsverband."""),
        P("""De standaarden die bij dit niveau horen, zijn vastgelegd in het document 'Standaarden
        basisondersteuning VO IJsseldelta' (bijlage 2, afzonderlijk gepubliceerd). Scholen vertalen de
        standaarden naar hun eigen situatie en beschrijven die in de schoolgids. Bij de eerstvolgende
        actualisatie van de standaarden betrekken we de landelijke norm basisondersteuning."""),
        H1("Het ondersteuningsaanbod"),
        P("""Het samenwerkingsverband zorgt samen met de besturen voor een samenhangend geheel van
        ondersteuningsvoorzieningen binnen en tussen de scholen. Het aanbod is opgebouwd in niveaus:"""),
        T([["Niveau", "Voorziening", "Toegang"],
           ["1", "Basisondersteuning op elke vestiging", "Direct, via mentor en ondersteuningscoördinator"],
           ["2", "Extra ondersteuning in de school: trajectvoorziening, faalangst- en examentraining, begeleiding door orthopedagoog, zorgklas op 6 vestigingen", "Besluit ondersteuningsteam van de school"],
           ["3", "Bovenschools: OPDC De Brug (max. 2 jaar), rebound (max. 12 weken), time-out, schakelklas en ISK voor nieuwkomers", "Besluit commissie toewijzing SWV"],
           ["4", "Vso: De Vaart (cluster 4) en Het Kompas (cluster 3), onderwijs-zorgarrangementen met jeugdhulp", "TLV"]]),
        P("""Na een plaatsing in de rebound keert de leerling na maximaal twaalf weken terug naar de eigen
        school; de rebound begeleidt die terugkeer. Leerlingen van het OPDC stromen na het eerste of
        tweede leerjaar in op een reguliere vestiging of in het praktijkonderwijs."""),
        H2("Dekkend netwerk, thuiszitters en zorgplicht"),
        P("""Jaarlijks in november brengen we met de besturen, leerplicht en de jeugdhulp in kaart waar het
        aanbod tekortschiet: welke leerlingen staan op een wachtlijst, welke leerlingen zitten thuis of
        hebben een vrijstelling, en voor welke vragen is er geen passend aanbod in de regio. Die analyse
        levert een lijst met witte vlekken op, waarover de Algemene Vergadering in januari besluit.
        Voor 2025 zijn dat: een aanbod voor hoogbegaafde leerlingen met vastgelopen schoolloopbaan en
        extra plekken in de time-out."""),
        P("""Een leerling die langer dan vier weken thuis zit, wordt besproken aan de thuiszitterstafel,
        waar leerplicht, school, samenwerkingsverband en jeugdhulp binnen twee weken een plan maken.
        Lukt dat niet, dan heeft de directeur-bestuurder doorzettingsmacht: zij kan een bestuur
        verzoeken een leerling tijdelijk te plaatsen. Bij aanmelding geldt de zorgplicht van het
        bestuur; kan de school van aanmelding geen passende plek bieden, dan zoekt het bestuur met
        de consulent van het samenwerkingsverband een andere school."""),
        H1("Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("Voortgezet speciaal onderwijs"),
        P("""Een TLV voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling
        is ingeschreven, of waar hij is aangemeld. De aanvraag bevat het ontwikkelingsperspectief,
        een beschrijving van de geboden ondersteuning en de zienswijze van ouders en leerling. De
        commissie toewijzing van het samenwerkingsverband vraagt twee deskundigen om een afzonderlijk
        schriftelijk advies: een orthopedagoog-generalist of GZ-psycholoog, en een tweede deskundige
        die past bij de vraag (jeugdarts, maatschappelijk werker, kinder- en jeugdpsychiater). De
        commissie besluit binnen vijf weken."""),
        P("""Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan:
        (1) de leerling heeft een ondersteuningsbehoefte op ten minste twee domeinen (leren,
        gedrag/sociaal-emotioneel, medisch/lichamelijk, communicatie) die de mogelijkheden van niveau
        1 tot en met 3 aantoonbaar overstijgt; (2) de school heeft de ondersteuning van niveau 2
        gedurende ten minste zes maanden ingezet en geëvalueerd, tenzij er sprake is van een
        crisissituatie; (3) de deskundigen onderschrijven dat de leerling de structuur, de
        groepsgrootte of de combinatie van onderwijs en zorg van het vso nodig heeft."""),
        P("""De TLV wordt afgegeven voor één, twee of drie schooljaren en vermeldt de
        bekostigingscategorie. Ouders kunnen binnen zes weken bezwaar maken; de bezwaren worden
        voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Het samenwerkingsverband hanteert de landelijke criteria voor lwoo en pro. Voor lwoo geldt
        een IQ tussen 75 en 90 in combinatie met een leerachterstand van 25 tot 50 procent op ten minste
        twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen, of een IQ tussen 91 en
        120 met dezelfde achterstand en sociaal-emotionele problematiek. Voor pro geldt een IQ tussen
        55 en 80 en een leerachterstand van ten minste 50 procent op twee domeinen. De VO-school
        vraagt de aanwijzing lwoo of de TLV pro aan vóór 1 maart van het jaar van instroom, met het
        onderwijskundig rapport van de basisschool; de commissie toewijzing besluit vóór 1 mei. Een
        aanwijzing lwoo geldt voor de duur van de opleiding."""),
        H1("Aansluiting en overgangen"),
        P("""De overstap van het primair naar het voortgezet onderwijs regelen we samen met het
        samenwerkingsverband PO. Basisscholen en VO-scholen gebruiken één overdrachtsformulier, en voor
        leerlingen met een ondersteuningsbehoefte is er een warme overdracht. Doorstroom binnen het vo,
        bijvoorbeeld van vmbo naar havo, is een verantwoordelijkheid van de scholen."""),
        P("""Voor de uitstroom naar mbo en arbeid werken we samen met de regionale mbo-instellingen en
        de gemeenten. Het praktijkonderwijs en het vso hebben een eigen stage- en
        uitstroomprogramma; jobcoaches begeleiden jongeren het eerste jaar na school. De terugkoppeling
        over de uitstroom bespreken we jaarlijks met de besturen."""),
        H1("Wat we willen bereiken en hoe we dat volgen"),
        P("""Voor deze planperiode hebben we vijf beoogde resultaten geformuleerd voor leerlingen die
        extra ondersteuning nodig hebben:"""),
        T([["Beoogd resultaat", "Indicator", "Stand 2024", "Streefwaarde 2029"],
           ["Minder leerlingen zonder onderwijs", "Thuiszitters > 4 weken op 1 oktober", "27", "hoogstens 10"],
           ["Snelle toewijzing", "Doorlooptijd aanvraag TLV vso", "7 weken", "5 weken"],
           ["Ondersteuning dichtbij", "Deelname vso (peildatum 1 oktober)", "3,9%", "3,4%"],
           ["Succesvolle tussenvoorziening", "Leerlingen OPDC/rebound die binnen 1 jaar regulier vo volgen", "61%", "75%"],
           ["Tevreden ouders", "Gemiddelde tevredenheid ouders over ondersteuning (1-10)", "6,8", "7,5"]]),
        P("""Het bureau verzamelt de gegevens per kwartaal uit de DUO-telling, de verzuimregistratie van
        leerplicht en het eigen registratiesysteem, en presenteert ze in een dashboard voor de besturen.
        Elke twee jaar houden we een tevredenheidspeiling onder ouders en scholen. De bereikte
        resultaten rapporteren we in het jaarverslag en bespreken we met de OPR; wijkt een resultaat
        meer dan tien procent af van de lijn naar de streefwaarde, dan stelt het bureau maatregelen
        voor aan de Algemene Vergadering."""),
        H1("Ouders en leerlingen"),
        P("""Ouders en leerlingen zijn de belangrijkste ervaringsdeskundigen. Het samenwerkingsverband
        informeert ouders over de ondersteuningsmogelijkheden via de website, met een aparte pagina
        per niveau en per voorziening, via de schoolgidsen van de scholen, en via een brochure die
        elke brugklasser in september meekrijgt. Twee keer per jaar is er een ouderavond over
        passend onderwijs, waarvan één speciaal voor ouders van leerlingen in groep 8."""),
        P("""Een ouder- en jeugdsteunpunt zoals de wet dat gaat vragen, richten we in deze planperiode in.
        Over de vorm, de organisatie en de samenwerking met de steunpunten in de buurregio's besluit het
        bestuur in het voorjaar van 2026; tot die tijd werken we de mogelijkheden verder uit."""),
        H1("Financieel beleid en meerjarenbegroting"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (ook voor lwoo en pro)
        en voor zware ondersteuning. De middelen voor lwoo en pro worden, na verrekening via DUO,
        rechtstreeks aan de scholen met lwoo en pro doorgegeven op basis van het aantal aangewezen
        leerlingen op 1 oktober. Van de overige middelen gaat een vaste voet van € 25.000 naar iedere
        vestiging en een bedrag van € 118 per leerling naar de besturen. De middelen voor niveau 3
        worden centraal gehouden en per plek toegekend aan de voorzieningen, op basis van de
        bezetting op 1 oktober en 1 februari. Besturen verantwoorden de inzet van hun middelen
        jaarlijks in een vast format."""),
        T([["Meerjarenbegroting", "2025", "2026", "2027", "2028"],
           ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Lasten schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Lasten voorzieningen niveau 3", "p.m.", "p.m.", "p.m.", "p.m."],
           ["Lasten bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("""De bedragen in de meerjarenbegroting worden ingevuld zodra de rijksbijdragen voor 2025 bekend
        zijn; de ingevulde begroting volgt als addendum."""),
    ]
    blocks += oogo(c, full=True) + governance(c, reserves=True) + opr(c) + personeel(c) + ict(c)
    blocks += planning(c, kwaliteitscyclus=True)
    blocks += begrippen([
        ["Basisondersteuning", "De afgesproken ondersteuning die elke school biedt (zie bijlage 2)"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["Rebound", "Tijdelijke opvang buiten de eigen school"],
        ["Terugplaatsing", "Het terugkeren van een leerling uit het vso naar het regulier voortgezet onderwijs"],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren"],
        ["Verdeelmodel", "Afspraken over de verdeling van middelen over besturen en voorzieningen"]])
    blocks += afkortingen(COMMON_ABBR + [["ISK", "Internationale schakelklas"], ["pro", "Praktijkonderwijs"], ["vso", "Voortgezet speciaal onderwijs"]])
    out = OUT / "vo-ijsseldelta.docx"
    write_docx(blocks, out)
    label = write_label("vo-ijsseldelta", ["vo-ijsseldelta.docx"], "vo",
                        crit_false={"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
                                    "financien.besteding", "ouders.steunpunt"},
                        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                        notes={
                            "basisondersteuning": "Ch. 'Basisondersteuning' defines the agreed minimum for all 23 vestigingen, but the content is only in 'bijlage 2, afzonderlijk gepubliceerd' (absent) and the schoolgidsen.",
                            "plaatsing": "Ch. 'Toewijzing: vso, lwoo en praktijkonderwijs': applicant, dossier, commissie toewijzing, 2 deskundigen, 5 weken; three vso conditions; national lwoo/pro criteria with dates; duration, LBT.",
                            "terugstroom": "No vso->vo return anywhere; only rebound/OPDC return (tussenvoorziening, not vso), PO-VO doorstroom, uitstroom mbo, 'terugkoppeling', and the glossary entry 'Terugplaatsing' and TOC header trap.",
                            "financien": "Ch. 'Financieel beleid en meerjarenbegroting': verdeling concrete (vaste voet EUR 25.000, EUR 118 per leerling, niveau-3 per plek); begroting is all 'p.m.' and 'volgt als addendum'.",
                            "dekkend-aanbod": "Ch. 'Het ondersteuningsaanbod': niveau 1-4 table; 'Dekkend netwerk, thuiszitters en zorgplicht': yearly gap analysis, thuiszitterstafel, doorzettingsmacht.",
                            "resultaten": "Ch. 'Wat we willen bereiken en hoe we dat volgen': 5 targets with baseline/streefwaarde; quarterly dashboard, jaarverslag, OPR.",
                            "ouders": "Ch. 'Ouders en leerlingen': website, schoolgids, brochure, ouderavonden; OJSP only deferred to a decision in 2026; no other independent help named.",
                        })
    return [out], blocks, label


# =============================================================================================
# Plan 3 — PO Heuvelland (.pdf)
# B missing (chapter defers to landelijke norm) | P present (criteria in table) | T partial
# (procedure deferred to handreiking) | F present ("Financieel kader") | D partial (continuum
# deferred, lacunes addressed) | R partial (monitoring deferred) | O present


def plan_heuvelland():
    c = dict(naam="Stichting Passend Onderwijs Heuvelland", code="PO 31-06", periode="2025-2029",
             gemeenten="Heuvelland, Gulpendaal, Eysveld en Margraten-West", besturen=7,
             bestuurder="mw. dr. L. Franssen", raad="PO-Raad", opr_leden=8, opr_datum="6 maart 2025",
             oogo_datum="29 januari 2025", vaststelling="13 maart 2025", fte="6,8", sector="po",
             kengetallen=[["Aangesloten schoolbesturen", "7"], ["Basisscholen", "37"], ["Sbo-scholen", "1"],
                          ["So-scholen", "2"], ["Leerlingen basisonderwijs", "7.960"], ["Leerlingen sbo", "164"]])
    blocks = [
        HEADER("Passend Onderwijs Heuvelland · ondersteuningsplan 2025-2029"),
        TITLE("Samen sterk voor ieder kind", f"Ondersteuningsplan {c['periode']} — {c['naam']} ({c['code']})"),
        ("toc", None),
        H1("Samenvatting in gewone taal"),
        P("""Dit is het plan van de basisscholen in het Heuvelland voor de jaren 2025 tot 2029. Het gaat over
        kinderen die op school wat extra's nodig hebben. Hieronder leest u de belangrijkste punten."""),
        B(["Soms past een gewone basisschool niet. Dan kan uw kind naar het speciaal basisonderwijs of het speciaal onderwijs. In het hoofdstuk over het speciaal (basis)onderwijs staat precies wanneer dat kan en wie daarover beslist.",
           "Wij willen dat kinderen, als het kan, weer teruggaan naar een basisschool dicht bij huis.",
           "Geen kind mag thuis zitten zonder onderwijs. Wij houden een lijst bij en pakken het direct op.",
           "Het geld voor extra ondersteuning verdelen we volgens vaste regels. Die staan in het financieel kader.",
           "Heeft u een vraag of een probleem? Het Ouderpunt Heuvelland helpt u, gratis en onafhankelijk."]),
    ]
    blocks += voorwoord(c) + visie(c) + context(c)
    blocks += [
        H1("Basisondersteuning"),
        P("""Op 24 april 2025 heeft de minister een advies over een landelijke norm voor de
        basisondersteuning naar de Tweede Kamer gestuurd. Het bestuur heeft besloten het eigen
        niveau van de basisondersteuning niet opnieuw vast te stellen voordat duidelijk is hoe de
        landelijke norm wettelijk wordt verankerd. Zodra dat bekend is, werken wij het niveau en de
        inhoud van de basisondersteuning voor onze scholen uit in een addendum bij dit plan, waarover de
        OPR instemmingsrecht heeft."""),
        H1("Passende plekken en thuiszitters"),
        P("""Een volledig overzicht van de arrangementen en voorzieningen in onze regio, van de eigen
        school tot het speciaal onderwijs, actualiseren wij in het eerste jaar van deze planperiode.
        De nieuwe 'ondersteuningskaart Heuvelland' volgt in 2026."""),
        P("""Wel weten wij waar het nu schuurt. Het bureau houdt een actuele lijst bij van alle kinderen
        die langer dan twee weken zonder onderwijs thuis zitten of een gedeeltelijke vrijstelling
        hebben; deze lijst wordt iedere maand besproken met de leerplichtambtenaren. Voor elk kind
        wordt binnen tien schooldagen een casusregisseur aangewezen. In 2024 stonden 19 kinderen op
        de lijst; voor 14 van hen was binnen drie maanden een passende plek gevonden."""),
        P("""Daarnaast signaleren wij twee witte vlekken: er is een wachtlijst van gemiddeld vier maanden
        voor het so cluster 4, en er is geen passend aanbod voor jonge kinderen met een combinatie van
        een ontwikkelingsachterstand en ernstig gedragsprobleem. Voor de wachtlijst maken wij met
        de so-school afspraken over een tijdelijke observatieplaats op de sbo-locatie (start augustus
        2025). Voor de tweede vlek onderzoeken wij samen met de jeugdhulpaanbieders een
        onderwijs-zorgvoorziening; een voorstel ligt in januari 2026 bij het bestuur. Kan een school
        bij aanmelding geen passende plek bieden, dan neemt het bureau binnen zes weken de regie over
        het zoeken naar een school."""),
        H1("Speciaal basisonderwijs en speciaal onderwijs"),
        P("""Voor plaatsing op sbo De Maasbrug of op een van de so-scholen (De Geul voor cluster 3, De
        Wissel voor cluster 4) is een toelaatbaarheidsverklaring nodig. De procedure verloopt in
        vijf stappen:"""),
        T([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
           ["1", "Bespreking in het ondersteuningsteam van de school met ouders en de orthopedagoog van het SWV", "School", "—"],
           ["2", "Aanvraag met groeidocument, OPP en zienswijze ouders", "Bestuur van de school van inschrijving", "—"],
           ["3", "Twee onafhankelijke deskundigenadviezen (orthopedagoog/psycholoog + tweede deskundige)", "Bureau SWV", "binnen 3 weken"],
           ["4", "Besluit", "Commissie Toelaatbaarheid Heuvelland", "binnen 6 weken na volledige aanvraag"],
           ["5", "Bezwaar mogelijk", "Ouders / bestuur, via LBT", "binnen 6 weken"]]),
        P("""De commissie verklaart een kind toelaatbaar als het volgende aan de orde is:"""),
        T([["Sbo", "So cluster 3", "So cluster 4"],
           ["Het kind heeft een achterstand van minimaal 1,5 jaar op twee of meer leergebieden, de school heeft ten minste twee cycli van handelingsgericht werken met extern advies doorlopen, en het kind heeft een kleinere groep met een meer gespecialiseerde aanpak nodig.",
            "Het kind heeft een verstandelijke, lichamelijke of meervoudige beperking of een langdurige ziekte die een aangepast leerprogramma en verzorging vraagt die een basisschool of sbo niet kan bieden.",
            "Het kind heeft ernstige gedrags- of psychiatrische problemen die het leren in een reguliere of sbo-groep structureel blokkeren, ook na een arrangement van minimaal zes maanden."]]),
        P("""Een TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin het kind twaalf wordt.
        Een TLV voor het so geldt voor twee schooljaren, met de bekostigingscategorie laag, midden of hoog."""),
        H1("Terugplaatsing"),
        P("""Terugplaatsing naar het regulier onderwijs is voor ons een serieuze optie en geen
        uitzondering. Ons beleid is dat voor elk kind in het sbo of so ten minste jaarlijks de vraag
        wordt gesteld of het reguliere onderwijs weer passend is. Terugplaatsing is aan de orde als het
        kind in een reguliere groep kan functioneren met basisondersteuning of een arrangement, en als
        de ontvangende school die ondersteuning kan bieden. Na terugkeer krijgt de basisschool een
        overgangsarrangement van een half jaar, met ambulante begeleiding vanuit de speciale school en
        extra formatie voor de groep."""),
        P("""Hoe de terugplaatsing precies verloopt – wie het initiatief neemt, op welke momenten wordt
        geëvalueerd en wie besluit – beschrijven wij in de 'Handreiking terug- en doorplaatsing' die in
        2026 met de scholen wordt opgesteld."""),
        H1("Financieel kader"),
        P("""De ondersteuningsmiddelen worden verdeeld volgens een expertisemodel. Na aftrek van de
        afdrachten voor het so en de sbo-bekostiging ontvangt ieder bestuur een budget van € 95 per
        leerling en een vaste voet van € 12.500 per school. De resterende middelen worden ingezet voor
        arrangementen die het bureau toekent op aanvraag van een school, als het ondersteuningsteam een
        ondersteuningsbehoefte boven de basis heeft vastgesteld, en voor de orthopedagogen van het
        samenwerkingsverband. Besluiten over de verdeling neemt het bestuur jaarlijks vóór 1 juli."""),
        T([["Begroting (bedragen in €)", "2025", "2026", "2027", "2028"],
           ["Inkomsten rijk", "7.240.000", "7.160.000", "7.090.000", "7.020.000"],
           ["Afdrachten so/sbo", "3.610.000", "3.590.000", "3.570.000", "3.550.000"],
           ["Budgetten besturen", "1.218.700", "1.205.000", "1.193.000", "1.181.000"],
           ["Arrangementen", "1.540.000", "1.500.000", "1.470.000", "1.450.000"],
           ["Orthopedagogen en bureau", "790.000", "800.000", "810.000", "820.000"],
           ["Observatieplaatsen", "80.000", "80.000", "80.000", "80.000"]]),
        H1("Ambities en resultaten"),
        P("""Voor de komende vier jaar hebben wij vier beoogde resultaten voor kinderen met een
        ondersteuningsbehoefte vastgesteld:"""),
        B(["In 2029 zit geen enkel kind langer dan drie maanden zonder onderwijs thuis (2024: 5 kinderen).",
           "Het percentage leerlingen in het sbo daalt van 2,1% naar 1,8%, omdat meer kinderen met een arrangement op de eigen school blijven.",
           "Ten minste 8 leerlingen per jaar keren vanuit sbo of so terug naar het regulier onderwijs.",
           "Ouders geven de ondersteuning op de school van hun kind gemiddeld minimaal een 7,5."]),
        P("""Hoe en wanneer wij deze resultaten meten, wie daarover rapporteert en hoe wij ze evalueren,
        leggen wij in de loop van 2026 vast in een kwaliteitskader. Tot dan staan de beoogde resultaten
        als richtpunt in de jaarplannen."""),
        H1("Ouders en partnerschap"),
        P("""Ouders zijn partners in de ondersteuning van hun kind. Wij informeren ouders over de
        ondersteuningsmogelijkheden in de regio via een ouderkatern op onze website, met filmpjes over
        de route naar extra ondersteuning, via een gedrukte folder die de intern begeleider meegeeft
        bij elk eerste gesprek over extra ondersteuning, en via de schoolgids van iedere school. Voor
        ouders die het Nederlands niet goed beheersen, zet het bureau een tolk in."""),
        P("""Voor onafhankelijk advies kunnen ouders terecht bij het Ouderpunt Heuvelland, een ouder- en
        jeugdsteunpunt dat is ondergebracht bij de stichting MEE en dus los staat van scholen en
        samenwerkingsverband. Het Ouderpunt helpt ouders bij vragen, kan meegaan naar gesprekken en
        wijst de weg naar de Onderwijsconsulenten, de klachtencommissie en de Geschillencommissie
        passend onderwijs."""),
    ]
    blocks += oogo(c, full=True, school_contact=False) + governance(c) + opr(c) + personeel(c) + ict(c) + extra_filler(c) + planning(c)
    blocks += begrippen([
        ["Basisondersteuning", "Ondersteuning die iedere school in de regio biedt"],
        ["Arrangement", "Extra ondersteuning bovenop de basisondersteuning"],
        ["Ondersteuningscontinuüm", "Samenhangend geheel van voorzieningen van basis tot speciaal"],
        ["Kwaliteitskader", "Afspraken over het meten en evalueren van resultaten"],
        ["Terug- en doorplaatsing", "Overstap van sbo/so naar regulier onderwijs of een andere school"]])
    blocks += afkortingen(COMMON_ABBR + [["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"], ["MEE", "Stichting MEE"]])
    out = OUT / "po-heuvelland.pdf"
    write_pdf(blocks, out)
    label = write_label("po-heuvelland", ["po-heuvelland.pdf"], "po",
                        crit_false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure",
                                    "dekkend-aanbod.continuum", "resultaten.monitoring"},
                        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                                  "ouders": ["betrokkenheid"]},
                        notes={
                            "basisondersteuning": "Ch. 'Basisondersteuning' only defers level and content to an addendum after the landelijke norm; TOC, glossary and summary-free; nothing else describes the basis.",
                            "plaatsing": "Ch. 'Speciaal basisonderwijs en speciaal onderwijs': 5-step table (applicant, deskundigen, CTH, 6 weken, LBT) and criteria per sbo/so cluster 3/4 in a table.",
                            "terugstroom": "Ch. 'Terugplaatsing': policy (yearly question, conditions, overgangsarrangement) present; procedure (initiative, evaluation moments, decision) deferred to a 2026 handreiking.",
                            "financien": "Ch. 'Financieel kader': expertisemodel, EUR 95 per leerling + vaste voet, arrangement criterion, decision before 1 juli; begroting 2025-2028 table.",
                            "dekkend-aanbod": "Ch. 'Passende plekken en thuiszitters': overview of arrangementen/voorzieningen deferred ('ondersteuningskaart volgt in 2026'); thuiszitterslijst, witte vlekken, wachtlijst and actions present.",
                            "resultaten": "Ch. 'Ambities en resultaten': four measurable targets; measuring/reporting deferred to a kwaliteitskader in 2026; no quality cycle elsewhere.",
                            "ouders": "Ch. 'Ouders en partnerschap': website ouderkatern, folder via IB'er, schoolgids, tolk; Ouderpunt Heuvelland (OJSP at MEE), Onderwijsconsulenten, GPO.",
                        })
    return [out], blocks, label


# =============================================================================================
# Plan 4 — VO Kanaalzone (.pdf)
# B present (unusual wording "Wat u van elke school mag verwachten") | P partial (procedure only in
# absent bijlage 5) | T present (inside "Doorlopende lijnen") | F missing (reference to
# jaarbegroting) | D present | R partial (doelen after nulmeting) | O partial (informatie deferred)


def plan_kanaalzone():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kanaalzone", code="VO 26-02", periode="2025-2029",
             gemeenten="Kanaalstad, Veendijk, Nieuw-Sluis en Termunterzijl", besturen=6,
             bestuurder="drs. R. Oosting", raad="VO-raad", opr_leden=8, opr_datum="4 maart 2025",
             oogo_datum="22 januari 2025", vaststelling="14 maart 2025", fte="7,0", sector="vo",
             kengetallen=[["Aangesloten schoolbesturen", "6"], ["Vestigingen", "17"], ["Vso-locaties", "2"],
                          ["Leerlingen vo", "8.940"], ["Leerlingen pro", "385"]])
    blocks = [
        HEADER("Ondersteuningsplan Kanaalzone 2025-2029 — hoofdstukken: financiën, ouders, resultaten, toewijzing"),
        TITLE("Ondersteuningsplan 2025-2029", f"{c['naam']} ({c['code']}) — definitieve versie"),
        ("toc", None),
        H1("Voor ouders: dit plan in één oogopslag"),
        P("""Uw kind gaat naar een middelbare school in de Kanaalzone. Alle scholen hier werken samen in het
        samenwerkingsverband. Dit plan vertelt wat de scholen samen afspreken. Kort gezegd:"""),
        B(["Op elke school is een ondersteuningscoördinator, een vertrouwenspersoon en een vast plan als het lezen, rekenen of het gedrag niet goed gaat. In het hoofdstuk 'Wat u van elke school mag verwachten' staat alles op een rij.",
           "Lukt het op school niet, dan zijn er plekken buiten de school, zoals het Kanaalcollege OPDC.",
           "Een leerling die naar het vso gaat, kan later weer terug naar een gewone school. Daar helpen we bij.",
           "Bent u het ergens niet mee eens, of wilt u iemand die met u meedenkt? Steunpunt Kanaalzone is er voor u en staat los van school en samenwerkingsverband."]),
    ]
    blocks += voorwoord(c) + visie(c) + context(c)
    blocks += [
        H1("Wat u van elke school mag verwachten"),
        P("""De zes besturen hebben met elkaar een ondergrens afgesproken: de ondersteuning die op iedere
        vestiging van iedere school in de Kanaalzone aanwezig is, voor elke leerling die het nodig
        heeft, zonder tussenkomst van het samenwerkingsverband. Die ondergrens geldt voor alle 17
        vestigingen, van het praktijkonderwijs tot het gymnasium. Wat daarboven gaat, noemen we extra
        ondersteuning (zie het volgende hoofdstuk)."""),
        T([["Thema", "Wat op elke vestiging aanwezig is"],
           ["Mensen", "Een ondersteuningscoördinator (min. 0,4 fte per 500 leerlingen), een vertrouwenspersoon, een mentor met wekelijks mentoruur"],
           ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol met faciliteiten (extra tijd, voorleessoftware, vergroot materiaal)"],
           ["Sociaal-emotioneel", "Een training sociale vaardigheden of faalangstreductie, minstens één keer per jaar aangeboden"],
           ["Executieve functies", "Huiswerkbegeleiding en ondersteuning bij plannen en organiseren, minimaal twee uur per week"],
           ["Opvang", "Een vaste time-out- of opvangruimte met toezicht tijdens alle lesuren"],
           ["Medisch", "Een protocol medisch handelen en afspraken over medicijngebruik"],
           ["Overleg", "Een intern zorgoverleg en een ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts, minstens zes keer per jaar"]]),
        P("""Het bureau bezoekt elke vestiging eens per twee jaar voor een collegiale audit op deze
        afspraken. Blijkt een onderdeel niet op orde, dan maakt de school een verbeterplan met een
        termijn van maximaal zes maanden."""),
        H1("Extra ondersteuning en voorzieningen"),
        P("""Boven op de ondergrens kunnen scholen extra ondersteuning bieden in de eigen school, zoals een
        trajectgroep, een plusprogramma of een kleine klas in de onderbouw. Tussen de scholen zijn er
        bovenschoolse voorzieningen: het Kanaalcollege OPDC voor leerlingen die tijdelijk een kleinere
        setting nodig hebben (maximaal twee jaar), de rebound voor een time-out van maximaal tien weken,
        en de internationale schakelklas voor nieuwkomers. Het vso in de regio bestaat uit De
        Kade (cluster 4) en De Zandplaat (cluster 3). Met de jeugdhulp zijn er twee
        onderwijs-zorgarrangementen, op het OPDC en op De Kade."""),
        H2("Waar het aanbod tekortschiet"),
        P("""Twee keer per jaar, op 1 oktober en 1 maart, maakt het bureau met leerplicht een overzicht van
        alle thuiszitters en van leerlingen met een vrijstelling. Iedere thuiszitter heeft binnen
        tien werkdagen een casusregisseur en binnen zes weken een plan. De Algemene Vergadering
        bespreekt jaarlijks welke groepen leerlingen niet goed bediend worden. Voor schooljaar
        2025-2026 zijn dat leerlingen met een autismespectrumstoornis en hoge cognitieve capaciteiten
        en jongeren met ernstige schoolangst; voor beide groepen start in augustus 2025 een pilot
        met een kleine groep op een reguliere vestiging."""),
        H1("Toelaatbaarheid vso, lwoo en pro"),
        P("""Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte op ten minste twee
        van de vier domeinen leren, gedrag, communicatie en lichamelijke of medische situatie uitstijgt
        boven wat de school met de ondergrens en extra ondersteuning kan bieden; (b) een
        bovenschoolse voorziening niet passend is of onvoldoende heeft opgeleverd; en (c) de twee
        deskundigen in hun advies onderschrijven dat de leerling is aangewezen op het vso. Voor lwoo en
        praktijkonderwijs gelden de landelijke criteria (IQ, leerachterstand, sociaal-emotionele
        problematiek); het samenwerkingsverband maakt geen gebruik van opting out."""),
        P("""De TLV wordt afgegeven voor ten hoogste twee schooljaren. De aanvraag, de stappen, de termijnen
        en het besluit zijn beschreven in de Handreiking Toewijzing (bijlage 5)."""),
        H1("Doorlopende leer- en ondersteuningslijnen"),
        P("""Bij de overstap van basisschool naar vo zorgen we voor een warme overdracht. Ook de overgang
        naar het mbo krijgt aandacht: ieder vso en het praktijkonderwijs heeft een uitstroomcoach."""),
        H2("Van het vso terug naar een reguliere school"),
        P("""Het vso is voor een deel van de leerlingen een tijdelijke plek. Ons beleid is dat iedere
        vso-leerling met een uitstroomperspectief vmbo, havo of vwo een reële kans krijgt om terug te
        keren naar het regulier vo, als het ontwikkelingsperspectief laat zien dat de leerling de
        leerstof aankan en met ondersteuning op de ondergrens of met extra ondersteuning in een
        reguliere klas kan functioneren. De terugkeer gebeurt bij voorkeur aan het begin van een
        schooljaar of na een periode. Na de overstap ontvangt de leerling een half jaar ambulante
        begeleiding vanuit het vso, en blijft het vso een terugvalmogelijkheid gedurende de eerste
        periode."""),
        P("""Het vso evalueert het ontwikkelingsperspectief twee keer per jaar in de commissie van
        begeleiding. In het laatste jaar van de TLV neemt het vso uiterlijk in december het initiatief
        voor een gesprek met leerling, ouders en de consulent van het samenwerkingsverband over
        terugplaatsing of verlenging. Kiest men voor terugplaatsing, dan meldt het vso de leerling
        vóór 1 maart aan bij de reguliere school; de ontvangende school en het vso stellen samen een
        overstapplan op. Het bevoegd gezag van het vso besluit over de terugplaatsing. In 2024 zijn 11
        leerlingen vanuit het vso teruggeplaatst."""),
        H1("Kwaliteitszorg en resultaten"),
        P("""Het samenwerkingsverband werkt met een kwaliteitscyclus. Het bureau verzamelt elk kwartaal
        gegevens over het aantal TLV's, de plaatsingen op het OPDC en in de rebound, het aantal
        thuiszitters, de doorlooptijden van aanvragen en het aantal terugplaatsingen. Deze gegevens staan
        in een dashboard dat de besturen en de OPR kunnen inzien. In het jaarverslag rapporteert het
        bestuur over de bereikte resultaten, met een analyse per school; eens per twee jaar laat het
        samenwerkingsverband de ervaringen van leerlingen, ouders en scholen onderzoeken door een extern
        bureau. De uitkomsten worden in de Algemene Vergadering besproken en leiden zo nodig tot
        aanpassing van het jaarplan."""),
        P("""In 2024 waren er 146 leerlingen in het vso (3,7 procent), 58 plaatsingen op het OPDC en
        gemiddeld 23 thuiszitters. De beoogde resultaten voor deze planperiode formuleren wij na de
        nulmeting die in het voorjaar van 2026 wordt afgerond; tot die tijd geeft het dashboard de
        ontwikkeling weer."""),
        H1("Klachten, bezwaar en onafhankelijke hulp"),
        P("""Steunpunt Kanaalzone is het ouder- en jeugdsteunpunt van de regio. Het steunpunt wordt
        uitgevoerd door een onafhankelijke stichting, heeft geen binding met scholen of het
        samenwerkingsverband en helpt ouders en jongeren kosteloos als zij vastlopen of het oneens zijn
        met een school of met het samenwerkingsverband: het luistert, zoekt mee naar een oplossing en kan
        een ouder begeleiden bij gesprekken. Ouders kunnen daarnaast een beroep doen op de
        Onderwijsconsulenten. Geschillen over toelating, verwijdering of het ontwikkelingsperspectief
        kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs; klachten over het
        samenwerkingsverband aan de landelijke klachtencommissie."""),
        P("""Hoe het samenwerkingsverband ouders informeert over de ondersteuningsmogelijkheden in de regio,
        werken we uit in een communicatieplan dat in het schooljaar 2025-2026 wordt opgesteld."""),
        H1("Financiën"),
        P("""Het verdeelmodel, de meerjarenbegroting en de afspraken over de inzet van de middelen zijn
        opgenomen in de jaarbegroting 2026, die de Algemene Vergadering in december vaststelt. Deze
        documenten maken geen deel uit van dit ondersteuningsplan en zijn op te vragen bij het
        bureau."""),
    ]
    blocks += oogo(c, full=True) + governance(c) + opr(c) + personeel(c) + ict(c) + extra_filler(c) + planning(c, kwaliteitscyclus=True)
    blocks += begrippen([
        ["Ondergrens", "Wat elke vestiging minimaal biedt (ook: basisondersteuning)"],
        ["Verdeelmodel", "Regels voor de verdeling van ondersteuningsmiddelen"],
        ["Meerjarenbegroting", "Begroting voor vier jaar"],
        ["Nulmeting", "Eerste meting als vertrekpunt voor doelen"],
        ["Ouderinformatie", "Informatie aan ouders over de ondersteuningsmogelijkheden"],
        ["Terugplaatsing", "Terugkeer van vso naar regulier vo"]])
    blocks += afkortingen(COMMON_ABBR + [["OPDC", "Orthopedagogisch-didactisch centrum"], ["lwoo", "Leerwegondersteunend onderwijs"], ["pro", "Praktijkonderwijs"]])
    out = OUT / "vo-kanaalzone.pdf"
    write_pdf(blocks, out)
    label = write_label("vo-kanaalzone", ["vo-kanaalzone.pdf"], "vo",
                        crit_false={"plaatsing.procedure", "financien.verdeling", "financien.besteding",
                                    "resultaten.doelen", "ouders.informatie"},
                        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                        notes={
                            "basisondersteuning": "Ch. 'Wat u van elke school mag verwachten' (word 'basisondersteuning' only in glossary): 'ondergrens' for all 17 vestigingen + concrete table; biennial audit.",
                            "plaatsing": "Ch. 'Toelaatbaarheid vso, lwoo en pro': criteria (a)-(c) and national lwoo/pro criteria, TLV max 2 jaar; procedure only in 'Handreiking Toewijzing (bijlage 5)', not part of input.",
                            "terugstroom": "Inside ch. 'Doorlopende leer- en ondersteuningslijnen', 'Van het vso terug naar een reguliere school': policy + conditions + AB, CvB twice a year, initiative in December, aanmelding before 1 maart, decision by vso bevoegd gezag; 11 in 2024.",
                            "financien": "Ch. 'Financiën' only refers to the jaarbegroting 2026 (not part of plan); no amounts or distribution rules anywhere; RvT 'keurt begroting goed' is a passing mention.",
                            "dekkend-aanbod": "Ch. 'Extra ondersteuning en voorzieningen' (OPDC, rebound, ISK, vso, OZA) and 'Waar het aanbod tekortschiet' (thuiszitters overview, casusregisseur, groups, pilots).",
                            "resultaten": "Ch. 'Kwaliteitszorg en resultaten': quarterly dashboard, jaarverslag, external survey, figures 2024; beoogde resultaten deferred until after the nulmeting in 2026.",
                            "ouders": "Ch. 'Klachten, bezwaar en onafhankelijke hulp': Steunpunt Kanaalzone (OJSP), Onderwijsconsulenten, GPO; informing parents deferred to a communicatieplan 2025-2026.",
                        })
    return [out], blocks, label


# =============================================================================================
# Plan 5 — PO Waterrijk (.html)
# B partial (only the abstract four aspects) | P missing (reference to reglement) | T partial
# (procedure only, beleid deferred) | F partial (begroting, no verdeling) | D missing | R present |
# O missing (no channels, no steunpunt, OPR without composition)


def plan_waterrijk():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Waterrijk", code="PO 24-11", periode="2025-2029",
             gemeenten="Waterrijk, Polderzicht en Oudevaart", besturen=8, bestuurder="H. de Wit MBA",
             raad="PO-Raad", opr_leden=10, opr_datum="13 maart 2025", oogo_datum="5 februari 2025",
             vaststelling="27 maart 2025", fte="5,6", sector="po",
             kengetallen=[["Aangesloten schoolbesturen", "8"], ["Basisscholen", "41"], ["Sbo", "1"], ["So", "1"],
                          ["Leerlingen basisonderwijs", "9.310"], ["Leerlingen sbo", "171"], ["Leerlingen so", "96"]])
    blocks = [
        HEADER("SWV PO Waterrijk – Ondersteuningsplan 2025-2029"),
        TITLE("Ondersteuningsplan 2025-2029 op hoofdlijnen", f"{c['naam']} ({c['code']})"),
        ("toc", None),
        H1("Samenvatting in eenvoudige taal"),
        P("""Dit plan is van de basisscholen in Waterrijk, Polderzicht en Oudevaart. Het is een plan op
        hoofdlijnen: het vertelt wat we de komende vier jaar willen bereiken en hoe we bijhouden of dat
        lukt. Veel uitwerkingen volgen later, in aparte stukken."""),
        B(["We willen dat meer kinderen met extra ondersteuning op hun eigen basisschool kunnen blijven.",
           "We willen dat aanvragen voor extra ondersteuning sneller worden afgehandeld.",
           "Twee keer per jaar kijken we met de schoolbesturen of we op koers liggen.",
           "Het geld voor passend onderwijs besteden we aan de scholen, aan arrangementen en aan het bureau. Hoeveel, staat in het hoofdstuk 'Middelen'."]),
    ]
    blocks += [
        H1("Leeswijzer"),
        P("""Na het voorwoord en de visie beschrijven we de regio. Daarna volgen de onderdelen die de wet
        voor een ondersteuningsplan noemt: de basisondersteuning, het dekkend aanbod, de
        toelaatbaarheid tot het speciaal (basis)onderwijs, de terugplaatsing, de middelen, de
        resultaten en de informatie aan ouders. De laatste hoofdstukken gaan over de organisatie van het
        samenwerkingsverband. Een aantal onderdelen is in dit plan op hoofdlijnen beschreven en wordt
        later uitgewerkt; dat staat er dan steeds bij."""),
    ]
    blocks += voorwoord(c) + visie(c, partnership=False) + context(c)
    blocks += [
        H1("Basisondersteuning"),
        P("""De acht besturen hebben op 2 december 2024 afgesproken dat alle 41 basisscholen in Waterrijk
        ten minste hetzelfde basisniveau van ondersteuning bieden, op iedere vestiging. Dit basisniveau
        is de ondergrens waar elke school zich aan houdt; voor ondersteuning daarboven kan een school
        een beroep doen op het samenwerkingsverband."""),
        P("""Wij volgen daarbij de vier aspecten uit het Referentiekader passend onderwijs:
        basiskwaliteit, preventieve en licht curatieve interventies, een
        onderwijsondersteuningsstructuur, en planmatig werken. Hoe deze aspecten worden ingevuld,
        verschilt per school en is geen onderdeel van dit plan op hoofdlijnen."""),
        P("""Elke drie jaar vult iedere school een zelfevaluatie in over het basisniveau; het bureau bespreekt
        de uitkomst met de directeur en legt afspraken vast als de school onder de ondergrens zit."""),
        H1("Dekkend aanbod"),
        P("""Dit onderdeel is in ontwikkeling. Samen met de besturen brengen we in 2026 in kaart welke
        voorzieningen er zijn en waar aanvullingen nodig zijn. Een uitgewerkte paragraaf over het
        dekkend aanbod volgt bij de eerste tussentijdse wijziging van dit plan."""),
        H1("Toelaatbaarheid"),
        P("""Voor een plaats in het speciaal basisonderwijs of het speciaal onderwijs is een
        toelaatbaarheidsverklaring nodig. De werkwijze is vastgelegd in het Reglement Toelaatbaarheid
        Waterrijk (versie 2023)."""),
        H1("Terugplaatsing"),
        P("""Voor leerlingen in het sbo en so geldt de volgende werkwijze. De commissie van begeleiding van de
        sbo- of so-school evalueert elk jaar in maart het ontwikkelingsperspectief van de leerling en
        stelt vast of een overstap naar het regulier basisonderwijs aan de orde is. In het laatste
        jaar van de toelaatbaarheidsverklaring gebeurt dat uiterlijk 1 februari. Adviseert de commissie
        terugplaatsing, dan besluit de directeur van de speciale school, na overleg met de intern
        begeleider van de beoogde basisschool. De speciale school meldt de leerling vervolgens aan bij
        de basisschool en draagt het dossier over. Acht weken na de overstap evalueren de
        basisschool en de speciale school samen hoe het gaat; na een half jaar volgt een tweede
        evaluatie, waarna de betrokkenheid van de speciale school eindigt."""),
        P("""Onze uitgangspunten voor terugplaatsing – wanneer we terugplaatsing nastreven, onder welke
        voorwaarden, en welke ondersteuning een kind na de overstap krijgt – leggen we vast in de
        notitie 'Terug naar de basis', die in schooljaar 2025-2026 aan het bestuur wordt
        voorgelegd."""),
        H1("Middelen"),
        P("""De verdeelsystematiek van de ondersteuningsmiddelen wordt in schooljaar 2025-2026 herzien.
        Tot de nieuwe verdeelsleutel door de Algemene Vergadering is vastgesteld, blijft de huidige
        verdeling gehandhaafd. De begroting voor de planperiode ziet er als volgt uit:"""),
        T([["Meerjarenbegroting (in €)", "2025", "2026", "2027", "2028"],
           ["Rijksbijdrage ondersteuning", "8.460.000", "8.390.000", "8.330.000", "8.270.000"],
           ["Afdrachten sbo en so", "-4.120.000", "-4.100.000", "-4.080.000", "-4.060.000"],
           ["Middelen naar schoolbesturen", "2.950.000", "2.900.000", "2.860.000", "2.820.000"],
           ["Arrangementen", "760.000", "760.000", "760.000", "760.000"],
           ["Bureau, commissies en orthopedagogen", "610.000", "620.000", "630.000", "640.000"],
           ["Resultaat", "20.000", "10.000", "0", "-10.000"]]),
    ]
    blocks += [
        H1("Terugblik op de planperiode 2021-2025"),
        P("""In de vorige planperiode heeft het samenwerkingsverband een omslag gemaakt van een
        loketorganisatie naar een organisatie die dicht bij de scholen staat. Het bureau is verhuisd naar
        het centrum van Waterrijk, er zijn twee orthopedagogen in dienst gekomen en alle aanvragen lopen
        sinds 2023 digitaal. Het deelnamepercentage sbo en so daalde van 3,2% op 1 oktober 2021 naar
        2,9% op 1 oktober 2024. De externe evaluatie van 2024 concludeerde dat scholen het bureau beter
        weten te vinden, maar dat de doorlooptijd van aanvragen te lang is (gemiddeld acht weken) en dat
        de afspraken tussen besturen nog te vrijblijvend zijn. Die conclusies zijn de basis voor de
        ambities in dit plan."""),
        H1("Waarom een plan op hoofdlijnen"),
        P("""Dit ondersteuningsplan is bewust op hoofdlijnen geschreven. De besturen willen de komende jaren
        ruimte houden om de afspraken stap voor stap aan te scherpen, in plaats van alles vooraf vast te
        leggen. Uitwerkingen volgen in afzonderlijke notities, die telkens aan de OPR worden voorgelegd
        als de wet dat vraagt. Het nadeel van deze keuze is dat niet alles wat men in een
        ondersteuningsplan verwacht, al in dit document te vinden is. Wij zijn ons daarvan bewust en
        zullen in het jaarverslag melden welke uitwerkingen zijn vastgesteld."""),
        H1("Risico's en onzekerheden"),
        P("""De belangrijkste financiële risico's voor het samenwerkingsverband zijn een stijging van het
        aantal leerlingen in het sbo en so, waardoor de afdrachten toenemen, en onzekerheid over de
        rijksbijdragen na 2026. Het bestuur houdt daarom een algemene reserve aan van ongeveer vijf
        procent van de baten. Daarnaast is er een personeelsrisico: het bureau is klein, waardoor ziekte
        of vertrek van één medewerker direct merkbaar is. We beperken dat risico door afspraken met de
        besturen over tijdelijke inzet van hun orthopedagogen."""),
        H1("Communicatie"),
        P("""Het bureau informeert scholen en besturen via een maandelijkse digitale nieuwsbrief, een
        besloten kennisbank voor intern begeleiders en een jaarlijkse netwerkdag. Directeuren ontvangen
        na elke vergadering van de Algemene Vergadering een korte samenvatting van de besluiten.
        Bestuurders en directeuren kunnen voor vragen terecht bij een vaste contactpersoon van het
        bureau. In 2026 vernieuwen we de huisstijl en de website, zodat die beter aansluiten bij de
        werkwijze van de scholen."""),
        H1("Ambities en resultaten"),
        P("""Wij hebben voor deze planperiode drie beoogde resultaten voor leerlingen die extra
        ondersteuning nodig hebben. Bij elk resultaat hoort een indicator met een nulmeting en een
        streefwaarde."""),
        T([["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
           ["Meer kinderen blijven op de eigen school", "Deelnamepercentage sbo + so (1 oktober)", "2,9%", "2,5%"],
           ["Sneller duidelijkheid voor scholen", "Gemiddelde doorlooptijd aanvraag arrangement", "8 weken", "4 weken"],
           ["Tevreden scholen", "Tevredenheid directeuren en IB'ers over het bureau (1-10)", "6,9", "7,8"]]),
        P("""Het bureau rapporteert in maart en oktober over de indicatoren aan de Algemene Vergadering,
        op basis van de DUO-telling, het registratiesysteem en een korte vragenlijst onder scholen. De
        bereikte resultaten staan in het jaarverslag; in het laatste jaar van de planperiode laten we een
        externe evaluatie uitvoeren die de basis vormt voor het volgende plan."""),
        H1("Ouders"),
        P("""Ouders zijn de eersten die merken dat hun kind vastloopt. Dit hoofdstuk wordt bij de eerste
        wijziging van het plan aangevuld."""),
    ]
    blocks += oogo(c, full=False) + governance(c, reserves=True) + opr(c, composition=False) + personeel(c) + ict(c) + extra_filler(c) + planning(c, kwaliteitscyclus=True)
    blocks += begrippen([
        ["Basisondersteuning", "Het basisniveau van ondersteuning op iedere school"],
        ["Dekkend aanbod", "Voor ieder kind een passende plek"],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jeugdigen"],
        ["TLV", "Toelaatbaarheidsverklaring voor sbo of so, afgegeven na advies van twee deskundigen"],
        ["Verdeelsleutel", "De regel waarmee middelen over de besturen worden verdeeld"]])
    blocks += afkortingen(COMMON_ABBR + [["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"]])
    out = OUT / "po-waterrijk.html"
    write_html(blocks, out, "Ondersteuningsplan 2025-2029 – SWV PO Waterrijk")
    label = write_label("po-waterrijk", ["po-waterrijk.html"], "po",
                        crit_false={"basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                                    "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum",
                                    "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"},
                        advisory={"basisondersteuning": ["borging"], "financien": ["reserves"],
                                  "resultaten": ["meetbaar"]},
                        notes={
                            "basisondersteuning": "Ch. 'Basisondersteuning': agreed ondergrens for all 41 schools (niveau) and self-evaluation (borging); content only the abstract four Referentiekader aspects, 'verschilt per school'.",
                            "plaatsing": "Ch. 'Toelaatbaarheid' only says a TLV is needed and refers to the Reglement Toelaatbaarheid (not part of input); glossary 'na advies van twee deskundigen' is glossary-only.",
                            "terugstroom": "Ch. 'Terugplaatsing': yearly CvB in maart, 1 februari in last TLV year, directeur decides, aanmelding, evaluations at 8 weeks and 6 months; policy/conditions/support deferred to notitie 'Terug naar de basis'.",
                            "financien": "Ch. 'Middelen': meerjarenbegroting with amounts (besteding), reserves in governance; verdeelsystematiek 'wordt herzien', current distribution not described.",
                            "dekkend-aanbod": "Ch. 'Dekkend aanbod' is 'in ontwikkeling' and defers; OOGO only a one-line procedural mention; no thuiszitters, arrangement inventory or voorzieningen.",
                            "resultaten": "Ch. 'Ambities en resultaten': three targets with nulmeting/streefwaarde; reporting in maart/oktober, jaarverslag, external evaluation.",
                            "ouders": "Ch. 'Ouders' is a placeholder ('wordt aangevuld'); no channels or independent help; OPR paragraph has no composition; OJSP only in glossary/afkortingen.",
                        })
    return [out], blocks, label


# =============================================================================================
# Near-miss — school-level ondersteuningsplan/SOP of one basisschool (.docx)


def nearmiss_regenboog():
    blocks = [
        HEADER("OBS De Regenboog · Schoolondersteuningsplan 2025-2026"),
        TITLE("Ondersteuningsplan 2025-2026", "OBS De Regenboog, Zuidrand — schoolondersteuningsprofiel en zorgstructuur van de school"),
        ("toc", None),
        H1("Samenvatting voor ouders"),
        P("""In dit schoolondersteuningsplan leest u hoe OBS De Regenboog leerlingen begeleidt die iets
        extra's nodig hebben. Het plan wordt elk jaar door het team geactualiseerd en met de
        medezeggenschapsraad besproken. Het is geen plan van het samenwerkingsverband: het
        ondersteuningsplan 2025-2029 van het Samenwerkingsverband Passend Primair Onderwijs Zuidrand
        (PO 27-09) vormt het kader waarbinnen onze school werkt."""),
        H1("Inleiding"),
        P("""OBS De Regenboog is een openbare basisschool met 312 leerlingen in de wijk Hoogveld in Zuidrand.
        De school valt onder Stichting Openbaar Onderwijs Zuidrand en is aangesloten bij het
        samenwerkingsverband Zuidrand. Iedere school beschrijft in een schoolondersteuningsprofiel
        welke ondersteuning zij biedt; dit document combineert dat profiel met de interne zorgstructuur
        van de school (ons 'zorgplan') en de jaarplanning van de intern begeleiders."""),
        H1("Onze school"),
        P("""Onze leerlingenpopulatie is divers: ongeveer een kwart van de leerlingen heeft een
        meertalige achtergrond, en de school heeft een relatief hoge schoolweging. In elke groep zitten
        gemiddeld 24 leerlingen. Het team bestaat uit 21 leerkrachten, 2 intern begeleiders (samen 1,4
        fte), 3 onderwijsassistenten en een vakleerkracht bewegingsonderwijs."""),
        H1("Basisondersteuning op De Regenboog"),
        P("""De Regenboog biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken.
        Concreet betekent dat op onze school: een dyslexieprotocol met signalering vanaf groep 2,
        een rekenprotocol, de methode Kwink voor sociaal-emotioneel leren, een plusgroep voor
        meer- en hoogbegaafde leerlingen (een ochtend per week), extra woordenschatonderwijs voor
        NT2-leerlingen en een protocol medisch handelen."""),
        H1("Zorgniveaus en groepsbesprekingen"),
        P("""Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep. Niveau 2: extra
        instructie aan de verlengde instructietafel. Niveau 3: specifieke interventies na overleg met
        de intern begeleider. Niveau 4: ondersteuning met inzet van externe deskundigen via het
        ondersteuningsteam. Niveau 5: verwijzing naar sbo of so. Drie keer per jaar zijn er
        groepsbesprekingen (oktober, februari, juni) en na elke toetsperiode leerlingbesprekingen."""),
        H1("Extra ondersteuning en arrangementen"),
        P("""Voor leerlingen die meer nodig hebben dan de basisondersteuning, vraagt de intern begeleider
        een arrangement aan bij het samenwerkingsverband. In 2024-2025 had de school zes arrangementen,
        onder meer voor leerlingen met een taalontwikkelingsstoornis en voor een leerling met een
        lichamelijke beperking. Leerlingen met een eigen leerlijn krijgen een ontwikkelingsperspectief,
        dat met ouders wordt besproken en ondertekend."""),
        H1("Toelaatbaarheid sbo/so via het samenwerkingsverband"),
        P("""Als onze school een leerling niet passend kan begeleiden, bespreken we met de ouders een
        verwijzing naar het speciaal (basis)onderwijs. De intern begeleider stelt het groeidocument
        op en dient namens het bestuur de aanvraag voor een toelaatbaarheidsverklaring in bij de
        Commissie Toelaatbaarheid van het samenwerkingsverband. Het samenwerkingsverband vraagt advies
        aan twee deskundigen en besluit. In 2024-2025 zijn twee leerlingen naar sbo De Zandloper
        gegaan."""),
        H1("Terugplaatsing"),
        P("""Wij staan open voor leerlingen die vanuit het sbo of so terugkomen. In 2024-2025 is één leerling
        vanuit sbo Het Anker teruggekomen; de ambulant begeleider van Het Anker heeft de leerkracht een
        half jaar ondersteund."""),
        H1("Middelen"),
        P("""De school ontvangt via het bestuur ondersteuningsmiddelen van het samenwerkingsverband
        (€ 152 per leerling). Deze middelen zetten we in voor de onderwijsassistenten en de
        plusgroep. Daarnaast gebruikt de school NPO-middelen voor kleine instructiegroepen."""),
        H1("Resultaten"),
        P("""De eindtoetsresultaten van groep 8 lagen in 2025 boven de signaleringswaarde van de inspectie.
        De leerresultaten op lezen zijn in drie jaar verbeterd. Ouders gaven de school in de
        tevredenheidspeiling een 7,9."""),
        H1("Ouders"),
        P("""Ouders worden betrokken bij elke stap. Zij worden uitgenodigd voor het ondersteuningsteam,
        tekenen het ontwikkelingsperspectief en ontvangen na elke groepsbespreking een terugkoppeling
        als hun kind besproken is. Informatie over de ondersteuning staat in de schoolgids. Voor
        onafhankelijk advies verwijzen wij naar Zuidrand Wijzer, het ouder- en jeugdsteunpunt van het
        samenwerkingsverband."""),
        H1("Evaluatie en planning"),
        P("""Het team evalueert dit schoolondersteuningsplan elk jaar in juni. Speerpunten voor 2025-2026
        zijn: het versterken van het rekenonderwijs, het uitbreiden van de plusgroep en het invoeren van
        een nieuwe methode voor technisch lezen. De medezeggenschapsraad heeft op 10 juni 2025 positief
        geadviseerd over dit plan."""),
    ]
    out = OUT / "nearmiss-regenboog-schoolplan.docx"
    write_docx(blocks, out)
    label = write_label("nearmiss-regenboog-schoolplan", ["nearmiss-regenboog-schoolplan.docx"], "po", None, None,
                        {"document": "School-level ondersteuningsplan/SOP of one basisschool (OBS De Regenboog): zorgniveaus, groepsbesprekingen, its own arrangementen and MR advice; it explicitly says it is not the SWV plan, which only forms its kader. Uses TLV, basisondersteuning, terugplaatsing, OJSP vocabulary."},
                        looks_like_plan=False)
    return [out], blocks, label


def main():
    results = []
    for fn in (plan_zuidrand, plan_ijsseldelta, plan_heuvelland, plan_kanaalzone, plan_waterrijk, nearmiss_regenboog):
        files, blocks, label = fn()
        results.append((files, words(blocks), label))
    for files, n, label in results:
        print(f"{', '.join(f.name for f in files)}: {n} words; elements={label['elements']}")


if __name__ == "__main__":
    sys.exit(main())
