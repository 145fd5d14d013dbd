#!/usr/bin/env python3
"""Generate the holdout158 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Rendering helpers. A document is a list of blocks:
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("bul", [items])
#   ("table", [[cells], ...])  first row is the header
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<nav class="site-menu"><a href="#">Home</a> | <a href="#">Over ons</a> | '
           '<a href="#">Ouders</a> | <a href="#">Toelaatbaarheid</a> | <a href="#">Terugplaatsing</a> | '
           '<a href="#">Financi&euml;n</a> | <a href="#">Contact</a></nav>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "bul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</main>", '<footer>&copy; 2026 Stichting Passend Onderwijs Brakelstroom &middot; '
            'ondersteuningsplan &middot; ouders &middot; privacyverklaring</footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout158_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("title", "h1", "h2", "p"):
            n += len(val.split())
        elif kind == "bul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, criteria, advisory, notes):
    assert sorted(criteria) == sorted(CORE), name
    elements = status_from(criteria, advisory)
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {elements[e]}" for e in ELEMENTS) + "}",
             "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            lines.append(f"  {e}: {yaml.safe_dump(notes[e], allow_unicode=True, width=10000).strip().removesuffix('...').strip()}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Shared filler (safe: addresses no core or advisory criterion of any element)
# ---------------------------------------------------------------------------

def voorwoord(swv, regio, periode, sector_word):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {swv}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014 en het eerste plan dat we volledig samen met de schoolleiders, de "
              f"intern begeleiders en de ondersteuningsplanraad hebben geschreven. In de afgelopen jaren is er in "
              f"{regio} veel bereikt, maar we zien ook dat de vraag naar ondersteuning complexer wordt, dat het "
              f"lerarentekort zijn sporen nalaat en dat de samenwerking met jeugdhulp nog te vaak afhangt van "
              f"personen in plaats van afspraken."),
        ("p", f"Dit plan is geen handboek. Het beschrijft de koers van ons samenwerkingsverband voor de komende "
              f"vier schooljaren en vormt de basis voor de jaarplannen en jaarbegrotingen. Waar de lezer woorden "
              f"tegenkomt als arrangement, toelaatbaarheid, middelen of resultaten, verwijzen we graag naar de "
              f"begrippenlijst achterin. Wij danken iedereen die heeft meegedacht: leerlingen, ouders, leraren, "
              f"schoolleiders, bestuurders, gemeenten en partners in het {sector_word}. Samen zorgen we ervoor dat "
              f"ieder kind zich kan ontwikkelen."),
        ("p", "Namens het bestuur, de directeur-bestuurder"),
    ]


def visie_missie(swv, kind_word):
    return [
        ("h1", "Visie en missie"),
        ("p", f"{swv} gelooft dat ieder {kind_word} recht heeft op onderwijs dat past bij wat het nodig heeft, zo "
              f"dicht mogelijk bij huis en samen met leeftijdsgenoten. Onze missie is dat scholen, ouders en "
              f"partners elkaar vinden, zodat geen {kind_word} tussen wal en schip valt. We willen een lerende "
              f"organisatie zijn die de scholen faciliteert en niet overneemt wat op school hoort."),
        ("p", "Drie kernwaarden geven richting aan ons handelen: vertrouwen, eigenaarschap en verbinding. Vertrouwen "
              "betekent dat we de professionaliteit van leraren en schoolleiders serieus nemen. Eigenaarschap "
              "betekent dat de besturen samen verantwoordelijk zijn voor passend onderwijs in de regio en dat het "
              "samenwerkingsverband geen loket is waar problemen worden neergelegd. Verbinding betekent dat we de "
              "schotten tussen onderwijs, jeugdhulp en zorg zo klein mogelijk willen maken."),
        ("p", "De visie is in het voorjaar van 2025 besproken in drie regionale bijeenkomsten met schoolleiders en "
              "intern begeleiders. Daar kwam naar voren dat scholen vooral behoefte hebben aan eenvoud, snelheid en "
              "nabijheid. Die woorden komen in dit plan steeds terug. Ook de ondersteuningsplanraad heeft de visie "
              "besproken en aangevuld met de wens om de taal van het plan begrijpelijk te houden."),
    ]


def governance(swv, n_besturen, n_scholen, toezicht):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{swv} is een stichting waarin {n_besturen} schoolbesturen samenwerken. Samen zijn zij "
              f"verantwoordelijk voor {n_scholen} scholen en locaties. De stichting kent een scheiding tussen "
              f"bestuur en intern toezicht: de directeur-bestuurder bestuurt, de {toezicht} houdt toezicht. De "
              f"{toezicht} bestaat uit bestuurders van de aangesloten schoolbesturen en een onafhankelijk voorzitter."),
        ("p", f"De {toezicht} vergadert vijf keer per jaar en keurt onder meer het jaarverslag, de jaarrekening en "
              "het bestuursverslag goed. Daarnaast is er een auditcommissie die twee keer per jaar met de "
              "directeur-bestuurder en de controller spreekt. Het bestuursreglement en het toezichtkader zijn in "
              "2024 geactualiseerd; daarin is ook de regeling voor belangenverstrengeling opgenomen. De statuten "
              "bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in een gedeeld kantoor met de leerplichtafdeling "
              "van de regio. Op het bureau werken een directeur-bestuurder, een controller, een "
              "beleidsmedewerker, een secretariaat en een team van orthopedagogen en consulenten. Het bureau "
              "ondersteunt de bestuurders en schoolleiders en bereidt de besluitvorming voor."),
    ]


def opr(datum_instemming, n_leden):
    return [
        ("h1", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR telt "
              f"{n_leden} leden die zijn afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. "
              f"De OPR heeft een eigen reglement en een eigen budget voor scholing en ondersteuning."),
        ("p", f"De OPR is vanaf het begin betrokken geweest bij het schrijven van dit plan. In drie "
              f"themabijeenkomsten is gesproken over de hoofdlijnen. Op {datum_instemming} heeft de OPR ingestemd "
              f"met het plan. De adviezen van de OPR over leesbaarheid en over het tijdpad zijn verwerkt. Wijzigingen "
              f"van het plan tijdens de planperiode leggen we opnieuw ter instemming voor."),
    ]


def oogo(gemeenten, datum):
    return [
        ("h1", "Op overeenstemming gericht overleg (OOGO)"),
        ("p", f"Het concept van dit plan is op {datum} besproken in het op overeenstemming gericht overleg met de "
              f"colleges van burgemeester en wethouders van {gemeenten}. Het verslag van dat overleg is "
              f"vastgesteld door beide partijen. Op de agenda stonden ook leerlingenvervoer en "
              f"onderwijshuisvesting; die onderwerpen vallen onder de verantwoordelijkheid van de gemeenten en "
              f"worden niet in dit plan uitgewerkt."),
        ("p", "Het OOGO vindt ten minste twee keer per jaar plaats op bestuurlijk niveau. Ambtelijk is er een "
              "maandelijks overleg tussen de beleidsmedewerker van het samenwerkingsverband en de beleidsadviseurs "
              "onderwijs van de gemeenten. Voor geschillen in het OOGO geldt de regionale geschillenregeling uit "
              "2015."),
    ]


def personeel(fte):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft {fte} fte in dienst. Het grootste deel daarvan bestaat uit "
              "orthopedagogen, gedragsspecialisten en consulenten die scholen adviseren. Het verloop is de "
              "afgelopen jaren laag geweest; wel zien we dat het steeds moeilijker wordt om vacatures voor "
              "orthopedagogen te vervullen. We investeren daarom in een traineeship samen met de hogeschool."),
        ("p", "Voor de professionalisering van leraren en intern begeleiders organiseert het samenwerkingsverband "
              "een jaarlijks scholingsaanbod met leergangen over gedrag, taalontwikkeling en het werken met "
              "ontwikkelingsperspectieven. Deelname is vrijwillig. Daarnaast bestaan er netwerken voor intern "
              "begeleiders en ondersteuningscoördinatoren die zes keer per jaar bijeenkomen. Het "
              "samenwerkingsverband volgt de cao van de sector en heeft een eigen functiebouwwerk."),
        ("p", "Werkdruk is een terugkerend gespreksonderwerp. Het samenwerkingsverband wil de administratieve "
              "last voor scholen beperken door formulieren te vereenvoudigen en dubbele uitvraag te voorkomen."),
    ]


def ict_privacy():
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor zijn "
              "wettelijke taken. We werken met een beveiligd digitaal dossier waarin scholen aanvragen indienen. "
              "Alleen medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot het dossier. Gegevens "
              "worden na afloop van de wettelijke bewaartermijn vernietigd. Er is een functionaris "
              "gegevensbescherming aangesteld die jaarlijks rapporteert aan de directeur-bestuurder."),
        ("p", "In de planperiode vervangen we het huidige dossiersysteem. De aanbesteding loopt in het schooljaar "
              "2026-2027. Bij de keuze letten we op gebruiksgemak voor scholen, koppelingen met de "
              "leerlingadministratiesystemen en de mogelijkheid om stukken veilig te delen."),
    ]


def planning(periode, jaren):
    rows = [["Schooljaar", "Mijlpaal"]]
    for j, m in jaren:
        rows.append([j, m])
    return [
        ("h1", "Planning en vaststelling"),
        ("p", f"Dit plan geldt voor de periode {periode}. Het plan wordt jaarlijks uitgewerkt in een jaarplan. Het "
              "tijdpad hieronder geeft de belangrijkste mijlpalen weer. Het plan is voor 1 mei aan de Inspectie "
              "van het Onderwijs toegezonden."),
        ("table", rows),
    ]


def kengetallen(regio, n_lln, n_scholen, extra_rows):
    rows = [["Kengetal", "Waarde"], ["Aantal leerlingen (1 oktober 2025)", n_lln],
            ["Aantal scholen en locaties", n_scholen]] + extra_rows
    return [
        ("h1", "De regio in cijfers"),
        ("p", f"De regio {regio} kent een gemengd beeld van stedelijke kernen en dorpen. Het aantal leerlingen "
              "daalt licht en die daling zet naar verwachting door tot 2030. In de kleinere kernen staan scholen "
              "onder druk door teruglopende leerlingaantallen. De tabel geeft enkele kengetallen weer."),
        ("table", rows),
    ]


def begrippen(items):
    return [("h1", "Begrippenlijst en afkortingen"), ("table", [["Begrip", "Betekenis"]] + items)]


def toc(items):
    return [("h1", "Inhoudsopgave"), ("bul", items)]


# ---------------------------------------------------------------------------
# Plan A: PO, .docx
# ---------------------------------------------------------------------------

def plan_a():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Kempenland-Oost (PO 30-07)"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", swv),
         ("p", "Samen sterk voor elk kind - vastgesteld door het bestuur op 23 april 2026")]
    b += toc(["1 Voorwoord", "2 Visie en missie", "3 De regio in cijfers", "4 Basisondersteuning: wat elke "
              "school biedt", "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid tot sbo en so",
              "7 Terugplaatsing naar het basisonderwijs", "8 Thuiszitters en dekkend netwerk",
              "9 Resultaten en kwaliteit", "10 Communicatie", "11 Geld en middelen", "12 Organisatie en governance",
              "13 Medezeggenschap", "14 OOGO", "15 Personeel", "16 ICT en privacy", "17 Planning",
              "Bijlage: begrippenlijst"])
    b += voorwoord(swv, "Kempenland-Oost", "2026-2030", "primair onderwijs")
    b += visie_missie("Ons samenwerkingsverband", "kind")
    b += kengetallen("Kempenland-Oost", "11.840", "52 (47 basisscholen, 3 sbo-locaties, 2 so-locaties)",
                     [["Aantal schoolbesturen", "9"], ["Aantal gemeenten", "4"]])
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken niveau van ondersteuning dat "
              "iedere school, op iedere vestiging, zonder aanvraag bij het samenwerkingsverband biedt. De besturen "
              "hebben dit niveau op 12 november 2025 gezamenlijk vastgesteld als 'de ondergrens van Kempenland-Oost'. "
              "Geen school mag daaronder zakken; een school mag wel meer bieden, en dat staat dan in haar "
              "schoolondersteuningsprofiel."),
        ("p", "Concreet betekent dit dat u als ouder op elke school in onze regio het volgende mag verwachten:"),
        ("bul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning op school "
                 "coördineert en het eerste aanspreekpunt is;",
                 "handelingsgericht werken met groepsplannen en drie groepsbesprekingen per jaar;",
                 "een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering vanaf groep 2 en "
                 "extra leesinstructie in groep 3 en 4;",
                 "een aanpak voor sociale veiligheid en een anti-pestcoördinator;",
                 "een aanbod voor kinderen die meer aankunnen, ten minste in de vorm van verrijking in de groep;",
                 "afspraken over medisch handelen en over het geven van medicijnen;",
                 "een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt met de schoolmaatschappelijk "
                 "werker, de jeugdverpleegkundige en de consulent van het samenwerkingsverband."]),
        ("p", "Om te weten of scholen dit niveau waarmaken, bezoekt een consulent iedere school eens per twee jaar "
              "voor een 'basischeck' aan de hand van de kwaliteitskaart basisondersteuning. Scoort een school op "
              "een onderdeel onvoldoende, dan maakt de school binnen drie maanden een verbeterplan dat met het "
              "eigen bestuur wordt besproken; het samenwerkingsverband kan een tijdelijke coach inzetten."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, spreken we van extra ondersteuning. "
              "Ons ondersteuningsaanbod bestaat uit vier lagen die op elkaar aansluiten. Laag 1 is de "
              "basisondersteuning op iedere school. Laag 2 zijn de arrangementen op de eigen school: de school "
              "vraagt in het ondersteuningsteam een arrangement aan, bijvoorbeeld extra begeleiding door een "
              "gedragsspecialist, een taalklas of een tijdelijke onderwijsassistent. Laag 3 zijn de bovenschoolse "
              "voorzieningen: de observatiegroep De Brug in Oostwijk (12 plaatsen), de plusklas voor "
              "hoogbegaafde leerlingen op drie locaties en de taalschool voor nieuwkomers. Laag 4 is het speciaal "
              "basisonderwijs en het speciaal onderwijs in de regio: sbo De Linde, sbo 't Palet, sbo "
              "Kameleon, so De Regenboog (cluster 3) en so Het Anker (cluster 4)."),
        ("p", "Tussen de lagen bewegen leerlingen in beide richtingen. De consulent van het samenwerkingsverband "
              "sluit aan bij het ondersteuningsteam en helpt de school de juiste stap te zetten. Met de jeugdteams "
              "van de vier gemeenten is afgesproken dat een jeugdconsulent aan iedere school is verbonden en dat "
              "onderwijs-zorgarrangementen gezamenlijk worden gefinancierd volgens het convenant van 2024."),
        ("p", "Een analyse van wachtlijsten en ontbrekende voorzieningen maken we nog niet; dat staat op de agenda "
              "van het jaarplan 2027-2028."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Soms kan een leerling beter naar het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). "
              "Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig die het samenwerkingsverband afgeeft."),
        ("h2", "Zo verloopt de aanvraag"),
        ("bul", ["Stap 1. Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag in via "
                 "het digitale loket. De aanvraag bevat het ontwikkelingsperspectief, het groeidocument, een "
                 "verslag van het ondersteuningsteam en de zienswijze van de ouders.",
                 "Stap 2. De Commissie Toelaatbaarheid (CTO) controleert binnen vijf werkdagen of het dossier "
                 "compleet is.",
                 "Stap 3. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of "
                 "psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinderarts of "
                 "maatschappelijk werker. Deskundigen die de aanvraag hebben voorbereid, adviseren niet.",
                 "Stap 4. De CTO besluit namens de directeur-bestuurder binnen zes weken na ontvangst van het "
                 "complete dossier. Ouders ontvangen een afschrift van beide adviezen."]),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het sbo als de school aantoonbaar de basisondersteuning en ten "
              "minste één arrangement van laag 2 gedurende minimaal zes maanden heeft ingezet, de "
              "ondersteuningsbehoefte blijkens het ontwikkelingsperspectief structureel meer vraagt dan een "
              "reguliere groep kan bieden (kleinere groep, meer structuur, specialistische didactiek), en de "
              "deskundigen dit onderschrijven. Voor het so geldt daarnaast dat de leerling een ernstige "
              "verstandelijke of lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of "
              "psychiatrische problematiek heeft waardoor ook het sbo onvoldoende kan bieden."),
        ("h2", "Duur, categorie en bezwaar"),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode; een TLV so wordt afgegeven voor twee "
              "schooljaren in bekostigingscategorie laag, midden of hoog, afhankelijk van de beperking. Ouders en "
              "het schoolbestuur kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij "
              "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h1", "Terugplaatsing naar het basisonderwijs"),
        ("p", "Ons uitgangspunt is dat kinderen zo thuisnabij en zo regulier mogelijk naar school gaan. Een "
              "plaatsing in het sbo of so is daarom nooit vanzelfsprekend definitief. Terugkeer naar een "
              "basisschool is het doel wanneer de ontwikkeling van het kind dat toelaat: het kind kan zich "
              "handhaven in een groep van 25 tot 30 leerlingen, heeft geen dagelijkse één-op-één begeleiding meer "
              "nodig en de ontvangende school kan met een arrangement de resterende ondersteuning bieden."),
        ("p", "Na terugkeer krijgt de ontvangende basisschool een terugplaatsingsarrangement: gedurende een jaar "
              "maximaal 4 uur per week begeleiding door een ambulant begeleider van de sbo- of so-school, "
              "gefinancierd door het samenwerkingsverband. De stappen, termijnen en wie besluit over "
              "terugplaatsing staan in het stroomschema terugplaatsing (bijlage 6)."),
        ("h1", "Thuiszitters en dekkend netwerk"),
        ("p", "Thuiszitters verdienen onze volle aandacht. De gemeenten publiceren jaarlijks een thuiszittersmonitor; "
              "we verwijzen daarvoor naar de website van de gemeenten. Een eigen regionale aanpak wordt in overleg "
              "met leerplicht nog nader uitgewerkt."),
        ("h1", "Resultaten en kwaliteit"),
        ("p", "Het samenwerkingsverband wil laten zien wat passend onderwijs oplevert. De beoogde resultaten voor "
              "deze planperiode stellen we vast na de nulmeting die in het voorjaar van 2027 plaatsvindt. Tot die "
              "tijd werken we met de jaarplannen."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband heeft een eigen "
              "communicatiemedewerker. Voor ouders hebben we de volgende kanalen:"),
        ("bul", ["de ouderpagina op de website met uitleg over basisondersteuning, arrangementen, de "
                 "bovenschoolse voorzieningen en de TLV-procedure, ook in het Engels, Arabisch en Pools;",
                 "de folder 'Wat als mijn kind meer nodig heeft?', die via iedere school wordt verspreid en bij "
                 "elke aanmelding wordt meegegeven;",
                 "twee informatieavonden per jaar voor ouders, in het voorjaar en het najaar;",
                 "een vaste paragraaf over ondersteuning in iedere schoolgids, met een verwijzing naar het "
                 "schoolondersteuningsprofiel."]),
        ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kempenland (telefonisch en "
              "via het inloopspreekuur op woensdag), bij de Onderwijsconsulenten en bij Ouders & Onderwijs. Het "
              "steunpunt is onafhankelijk en werkt uitsluitend in het belang van het kind. Klachten over het "
              "samenwerkingsverband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs."),
        ("p", "Ouders zijn partner in de ondersteuning van hun kind: zij zijn aanwezig bij het ondersteuningsteam, "
              "geven hun zienswijze op het ontwikkelingsperspectief en op iedere TLV-aanvraag."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 10,6 miljoen aan ondersteuningsmiddelen. "
              "Na de afdrachten aan DUO voor het so en de overdracht aan het sbo blijft circa € 4,9 miljoen over "
              "voor de regio. De verdeling is als volgt geregeld: 80 procent gaat als schoolbudget naar de "
              "besturen, op basis van € 285 per leerling volgens de teldatum 1 oktober plus een vaste voet van "
              "€ 6.000 per vestiging; 20 procent blijft bovenschools voor de observatiegroep, de plusklassen, de "
              "consulenten en de terugplaatsingsarrangementen. Het algemeen bestuur stelt de verdeling jaarlijks "
              "in december vast."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten besturen", "3.920", "3.880", "3.840", "3.800"],
                   ["Bovenschoolse voorzieningen", "610", "620", "630", "630"],
                   ["Consulenten en CTO", "290", "295", "300", "305"],
                   ["Bureau en bestuur", "180", "182", "184", "186"],
                   ["Totaal lasten", "5.000", "4.977", "4.954", "4.921"]]),
        ("p", "De algemene reserve bedraagt eind 2025 € 1,1 miljoen. Het bestuur hanteert een signaleringswaarde "
              "en bouwt het deel daarboven in drie jaar af ten gunste van de schoolbudgetten."),
    ]
    b += governance("Het samenwerkingsverband", 9, 52, "raad van toezicht")
    b += opr("14 april 2026", 12)
    b += oogo("Oostwijk, Bergeijk-Noord, Valkenhorst en Riethoven", "19 maart 2026")
    b += personeel("21,4")
    b += ict_privacy()
    b += planning("1 augustus 2026 tot en met 31 juli 2030",
                  [("2026-2027", "Start nieuw dossiersysteem, nulmeting"), ("2027-2028", "Tussenevaluatie"),
                   ("2028-2029", "Herijking verdeling"), ("2029-2030", "Voorbereiding nieuw plan")])
    b += begrippen([["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."],
                    ["CTO", "Commissie Toelaatbaarheid."],
                    ["Dekkend netwerk", "Het geheel van voorzieningen waardoor elk kind een plek heeft; thuiszitters."],
                    ["OJSP", "Ouder- en jeugdsteunpunt."],
                    ["Resultaten", "Beoogde en bereikte resultaten van passend onderwijs, gemeten met indicatoren."],
                    ["Terugplaatsing", "De terugkeer van een leerling uit sbo/so naar het basisonderwijs."],
                    ["TLV", "Toelaatbaarheidsverklaring."]])
    crit = {c: True for c in CORE}
    crit["terugstroom.procedure"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.doelen"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': agreed floor for every vestiging, concrete list, basischeck/kwaliteitskaart.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': 4 steps + CTO, criteria sbo/so, two separate deskundigen, duration/category, LBT bezwaar.",
        "terugstroom": "Ch. 'Terugplaatsing': aim thuisnabij, conditions and terugplaatsingsarrangement (beleid); steps/decider only in absent bijlage 6.",
        "financien": "Ch. 'Geld en middelen': 80/20 split, EUR 285 per leerling + vaste voet (verdeling); 4-year begroting table (besteding); reserve.",
        "dekkend-aanbod": "4-layer continuum in 'Extra ondersteuning en arrangementen'; gap analysis deferred, thuiszitters only referred to gemeente website/'nader uitgewerkt'.",
        "resultaten": "Only deferral ('stellen we vast na de nulmeting in 2027'); 'resultaten' also only in TOC/begrippenlijst.",
        "ouders": "Content hidden under 'Communicatie': ouderpagina, folder, avonden (informatie); OJSP Kempenland, Onderwijsconsulenten (steunpunt).",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan B: VO, .docx
# ---------------------------------------------------------------------------

def plan_b():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Zuidoever (VO 31-12)"
    b = [("title", "Ondersteuningsplan Zuidoever 2026-2030"),
         ("p", swv),
         ("p", "Concept ter instemming OPR - versie 0.9 - maart 2026")]
    b += toc(["Voorwoord", "1 Visie en missie", "2 Onze regio", "3 Het ondersteuningsniveau van de scholen",
              "4 Het ondersteuningsaanbod in Zuidoever", "5 Toewijzing: TLV vso, lwoo en pro",
              "6 Thuiszitters en verzuim", "7 Ambities voor 2030", "8 Financieel kader",
              "9 Organisatie", "10 OPR", "11 OOGO", "12 Personeel", "13 ICT en privacy", "14 Planning",
              "Bijlage A Begrippen", "Bijlage B Informatie voor ouders (volgt)"])
    b += voorwoord(swv, "Zuidoever", "2026-2030", "voortgezet onderwijs en het mbo")
    b += visie_missie("Samenwerkingsverband Zuidoever", "jongere")
    b += kengetallen("Zuidoever", "14.310", "21 (17 vo-scholen, 2 vso-scholen, 2 scholen voor praktijkonderwijs)",
                     [["Thuiszitters langer dan 4 weken (peildatum 1 oktober 2025)", "37"],
                      ["Deelname vso (1 oktober 2025)", "3,4%"]])
    b += [
        ("h1", "Het ondersteuningsniveau van de scholen"),
        ("p", "De besturen in Zuidoever hebben in het bestuurlijk overleg van 9 oktober 2025 afgesproken dat alle "
              "vo-scholen, op iedere vestiging en in iedere leerweg, hetzelfde minimumniveau van "
              "basisondersteuning bieden. Dat niveau is voor alle scholen gelijk en wordt niet per school "
              "onderhandeld; een school die daaronder blijft, spreekt het samenwerkingsverband aan op de "
              "gezamenlijke afspraak. Het niveau volgt de vier onderdelen van het landelijke referentiekader."),
        ("p", "Welke voorzieningen, interventies en deskundigheid daar concreet onder vallen, beschrijft iedere "
              "school in haar eigen schoolondersteuningsprofiel; die profielen zijn op de websites van de scholen "
              "te vinden en maken geen deel uit van dit plan."),
        ("h1", "Het ondersteuningsaanbod in Zuidoever"),
        ("p", "Het ondersteuningsaanbod in Zuidoever is opgebouwd als een doorlopende reeks. Binnen de scholen is er "
              "naast de basisondersteuning extra ondersteuning in de vorm van schoolarrangementen: een "
              "trajectvoorziening of ondersteuningsklas op elf scholen, faalangstreductietraining, "
              "coaching door een gedragsspecialist en kleinere klassen in de onderbouw op vier vmbo-scholen. "
              "Tussen de scholen zijn er bovenschoolse voorzieningen: het Orthopedagogisch-Didactisch Centrum "
              "(OPDC) De Overstap met 60 plaatsen voor leerlingen die tijdelijk een kleinere setting nodig "
              "hebben, de Rebound voor leerlingen die na een schorsing of crisis maximaal 12 weken uit de klas "
              "zijn, en de Schakelroute voor jongeren die na lange afwezigheid weer instromen. Daarna volgen het "
              "voortgezet speciaal onderwijs (vso Het Kompas, cluster 4, en vso De Dijk, cluster 3) en het "
              "praktijkonderwijs. Voor leerlingen die onderwijs en zorg tegelijk nodig hebben, bestaan "
              "onderwijs-zorgarrangementen die samen met de jeugdhulpaanbieders en de gemeenten worden "
              "gefinancierd."),
        ("p", "Ieder schoolbestuur heeft zorgplicht. Kan een school na aanmelding geen passende plek bieden, dan "
              "zoekt de school binnen zes weken (eenmaal te verlengen met vier weken) samen met het "
              "samenwerkingsverband een andere school. Lukt dat niet, dan schuift de plaatsingstafel van het "
              "samenwerkingsverband aan; die tafel heeft doorzettingsmacht en kan een school aanwijzen."),
        ("h1", "Toewijzing: TLV vso, lwoo en pro"),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "Een TLV voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling is "
              "ingeschreven of aangemeld. De ondersteuningscoördinator van de school stelt het dossier samen: het "
              "ontwikkelingsperspectiefplan met evaluaties, een overzicht van de ingezette arrangementen en het "
              "verslag van het multidisciplinair overleg. De aanvraag gaat naar de Commissie Toewijzing van het "
              "samenwerkingsverband. Een orthopedagoog en een tweede deskundige (psycholoog, jeugdarts of "
              "maatschappelijk werker) adviseren ieder schriftelijk. De Commissie Toewijzing besluit binnen vier "
              "weken namens het bestuur."),
        ("p", "De commissie geeft een TLV af als aan drie voorwaarden is voldaan: (1) de reguliere school heeft de "
              "basisondersteuning en ten minste één schoolarrangement of een OPDC-traject van minimaal een half "
              "jaar ingezet; (2) het ontwikkelingsperspectief laat zien dat de leerling voor het behalen van zijn "
              "uitstroomprofiel structureel een vso-setting nodig heeft; (3) beide deskundigen adviseren positief. "
              "Bij acute veiligheidsrisico's kan voorwaarde 1 vervallen. De TLV vermeldt de categorie (laag, "
              "midden of hoog) en geldt in de regel twee schooljaren."),
        ("p", "Terug naar het regulier. In de TLV zelf legt de commissie vast wanneer wordt beoordeeld of terugkeer "
              "mogelijk is. Uiterlijk in november van het laatste TLV-jaar bespreekt de vso-school in het "
              "multidisciplinair overleg of de jongere kan terugkeren naar een vo-school of het OPDC; de "
              "vso-school meldt de uitkomst voor 1 februari bij de Commissie Toewijzing, die voor 1 april besluit "
              "over een nieuwe TLV of over terugplaatsing. Zuidoever wil dat meer jongeren na een periode vso "
              "weer een diploma halen in het regulier onderwijs. Daarom geldt als beleid dat terugkeer wordt "
              "onderzocht bij iedere jongere die twee opeenvolgende OPP-evaluaties op schema ligt, dat de "
              "ontvangende school altijd een 'warme landing'-arrangement van een half jaar krijgt met een coach "
              "van de vso-school, en dat de jongere bij terugval zonder nieuwe aanvraag binnen drie maanden terug "
              "kan naar zijn vso-school. In 2024-2025 keerden 19 jongeren terug."),
        ("p", "Tegen het besluit staat bezwaar open. Het samenwerkingsverband is aangesloten bij de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Zuidoever hanteert de landelijke criteria voor lwoo en pro. De aanvraag wordt door de vo-school "
              "ingediend vóór 1 april van het jaar van instroom, met het onderwijskundig rapport van de basisschool "
              "en de uitslagen van het capaciteiten- en didactisch onderzoek. Een tweede toets door de commissie "
              "volgt binnen vier weken. Een aanwijzing lwoo geldt voor de hele duur van de opleiding; een "
              "toelaatbaarheid pro eveneens."),
        ("h1", "Thuiszitters en verzuim"),
        ("p", "Op 1 oktober 2025 zaten 37 jongeren langer dan vier weken thuis zonder onderwijs. Elke maand "
              "bespreken de consulenten en de leerplichtambtenaren alle thuiszitters aan de thuiszitterstafel. "
              "Voor iedere jongere wordt binnen twee weken een casusregisseur aangewezen en een terugkeerplan "
              "gemaakt. Blijkt dat een voorziening ontbreekt (bijvoorbeeld voor jongeren met autisme en "
              "angstproblematiek in havo/vwo), dan brengt de consulent dit in bij het bestuurlijk overleg, dat "
              "twee keer per jaar een overzicht van 'witte vlekken' bespreekt en besluit over nieuw aanbod. Zo is "
              "in 2025 besloten tot een kleinschalige havo-vwo-groep die in augustus 2026 start."),
        ("h1", "Ambities voor 2030"),
        ("p", "Voor de planperiode heeft Zuidoever vier ambities geformuleerd voor jongeren met een "
              "ondersteuningsbehoefte:"),
        ("bul", ["het aantal thuiszitters daalt van 37 naar ten hoogste 15 in 2030;",
                 "ten minste 80 procent van de OPDC-leerlingen stroomt binnen een jaar terug naar een reguliere school;",
                 "het deelnamepercentage vso daalt van 3,4 naar 3,0 procent;",
                 "90 procent van de vso-leerlingen verlaat de school met een diploma, certificaat of baan."]),
        ("p", "Hoe we deze ambities meten, volgen en rapporteren werken we uit in het kwaliteitskader, dat in de "
              "loop van 2027 verschijnt."),
        ("h1", "Financieel kader"),
        ("p", "De middelen voor lichte en zware ondersteuning worden verdeeld volgens het verdeelmodel dat het "
              "bestuur in 2024 heeft vastgesteld. Na aftrek van de afdrachten voor het vso gaat 65 procent als "
              "schoolbudget naar de besturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande "
              "jaar; lwoo- en pro-middelen worden doorbetaald naar rato van het aantal aangewezen leerlingen. 35 "
              "procent blijft bovenschools voor OPDC, Rebound, Schakelroute en de Commissie Toewijzing. Besturen "
              "verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 maart via een vast format."),
        ("p", "Meerjarenbegroting 2026-2030: p.m. De meerjarenbegroting wordt na vaststelling door het bestuur in "
              "december als bijlage aan dit plan toegevoegd."),
    ]
    b += governance("Zuidoever", 7, 21, "raad van toezicht")
    b += opr("2 april 2026", 8)
    b += oogo("Havenstad, Lekkerdam en Oudemeer", "5 maart 2026")
    b += personeel("34,8")
    b += ict_privacy()
    b += planning("2026-2030", [("2026-2027", "Start havo-vwo-groep"), ("2027-2028", "Kwaliteitskader"),
                                ("2028-2029", "Evaluatie verdeelmodel"), ("2029-2030", "Nieuw plan")])
    b += begrippen([["Basisondersteuning", "Preventieve en licht curatieve interventies die iedere school biedt."],
                    ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies krijgen."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["Ouderbijdrage", "Vrijwillige bijdrage van ouders aan de school."],
                    ["Terugplaatsing", "Terugkeer van vso naar vo."]])
    b += [("h1", "Bijlage B Informatie voor ouders"),
          ("p", "Deze paragraaf volgt in de voortgangsparagraaf van 2027. Daarin beschrijven we hoe het "
                "samenwerkingsverband ouders informeert en waar zij terechtkunnen met vragen.")]
    crit = {c: True for c in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["financien.besteding"] = False
    crit["resultaten.monitoring"] = False
    crit["ouders.informatie"] = False
    crit["ouders.steunpunt"] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "'Het ondersteuningsniveau van de scholen' sets one minimum for every vestiging (niveau) but leaves the concrete voorzieningen to the SOPs on school websites (inhoud not addressed).",
        "plaatsing": "'Toewijzing: TLV vso, lwoo en pro': requester, dossier, Commissie Toewijzing, 4 weeks, 3 conditions, deskundigen, category/duration, LBT; lwoo/pro procedure.",
        "terugstroom": "Hidden in TLV chapter paragraph 'Terug naar het regulier': November MDO, 1 Feb/1 Apr deadlines (procedure), criteria + warme-landing arrangement (beleid), 19 returns.",
        "financien": "'Financieel kader' gives 65/35 verdeelmodel and keys (verdeling) and verantwoording; meerjarenbegroting is 'p.m.', no amounts for spending.",
        "dekkend-aanbod": "Continuum in 'Het ondersteuningsaanbod in Zuidoever' (OPDC, Rebound, vso, OZA); witte vlekken + thuiszitterstafel in 'Thuiszitters en verzuim'.",
        "resultaten": "'Ambities voor 2030' has measurable targets; monitoring deferred to a kwaliteitskader 'in de loop van 2027'.",
        "ouders": "Nothing: only passing mentions (voorwoord, begrippenlijst OJSP/ouderbijdrage, TOC) and Bijlage B that says the paragraph 'volgt' in 2027.",
    }
    return b, crit, adv, notes


# ---------------------------------------------------------------------------
# Plan C: PO, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------

C_HEADER = "SWV PO De Kromme Aa | Ondersteuningsplan 2026-2030 | dekkend aanbod - terugplaatsing - ouders"
C_FOOTER = "Versie 1.0 - vastgesteld 17 april 2026 - resultaten, financien en toelaatbaarheid"


def plan_c():
    swv = "Samenwerkingsverband Primair Onderwijs De Kromme Aa (PO 27-45)"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", swv),
         ("p", "Elk kind een passende plek - dekkend aanbod, terugplaatsing en resultaten")]
    b += toc(["Voorwoord", "Visie en missie", "De regio in cijfers", "Wat iedere school biedt",
              "Toelaatbaarheid", "Dekkend aanbod en terugplaatsing", "Hoe we het geld inzetten",
              "Monitoring en verantwoording", "Ouders informeren", "Organisatie en governance", "OPR", "OOGO",
              "Personeel", "ICT en privacy", "Planning", "Begrippenlijst"])
    b += voorwoord(swv, "De Kromme Aa", "2026-2030", "primair onderwijs")
    b += visie_missie("De Kromme Aa", "kind")
    b += kengetallen("De Kromme Aa", "8.215", "38 (35 basisscholen, 2 sbo-scholen, 1 so-school)",
                     [["Aantal schoolbesturen", "6"], ["Aantal gemeenten", "3"]])
    b += [
        ("h1", "Wat iedere school biedt"),
        ("p", "In De Kromme Aa spreken we van 'de gemeenschappelijke basis': het pakket ondersteuning waarvan de "
              "zes besturen hebben afgesproken dat het op elke basisschool en op elke nevenvestiging aanwezig "
              "is. Het is de ondergrens voor de hele regio; een school kan er in haar ondersteuningsprofiel meer "
              "aan toevoegen, maar niet minder."),
        ("table", [["Onderdeel van de gemeenschappelijke basis", "Wat dit concreet betekent"],
                   ["Deskundigheid", "Een intern begeleider met een post-hbo-opleiding; toegang tot een "
                    "orthopedagoog van het bestuur binnen vier weken"],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; extra instructie in een "
                    "verlengde-instructiegroep; vergrote teksten en voorleessoftware"],
                   ["Gedrag en welbevinden", "Een schoolbrede methode voor sociaal-emotioneel leren; een "
                    "gedragsprotocol; een time-in plek in de school"],
                   ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2, minimaal "
                    "twee uur per week"],
                   ["Structuur", "Een ondersteuningsteam met de ouders, de IB'er en de jeugdverpleegkundige, "
                    "minimaal drie keer per jaar"],
                   ["Medisch", "Een protocol medisch handelen en afspraken over medicijngebruik"]]),
        ("p", "Jaarlijks in mei vult iedere school een zelfevaluatie op de gemeenschappelijke basis in; het "
              "samenwerkingsverband bespreekt de uitkomsten met de schoolleider."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. "
              "De procedure is als volgt. De basisschool bespreekt de leerling in het ondersteuningsteam en stelt "
              "met de ouders het groeidocument op. Het schoolbestuur dient de aanvraag in bij het Loket "
              "Toelaatbaarheid. Binnen tien werkdagen vindt een gesprek plaats met ouders, school en de "
              "orthopedagoog van het loket. Vervolgens adviseren twee deskundigen schriftelijk: de orthopedagoog "
              "van het loket en een tweede deskundige die niet bij de leerling betrokken was. De "
              "directeur-bestuurder besluit binnen zes weken na de aanvraag en stuurt het besluit met de "
              "adviezen aan ouders en school."),
        ("p", "Op welke gronden een TLV wordt toegekend, stellen we in schooljaar 2026-2027 opnieuw vast met "
              "de schoolleiders; de actuele criteria worden daarna via het loket bekendgemaakt."),
        ("h1", "Dekkend aanbod en terugplaatsing"),
        ("p", "Een overzicht van het ondersteuningsaanbod binnen en tussen de scholen, en van de aanpak van "
              "thuiszitters, nemen we op in het jaarplan 2027. Tot die tijd verwijzen we naar de sociale kaart op "
              "onze website. Het beleid voor terugplaatsing vanuit sbo en so wordt momenteel herzien en volgt in "
              "een aparte notitie."),
        ("h1", "Hoe we het geld inzetten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
              "Na de verplichte afdrachten voor het so en de groeibekostiging sbo verdelen we het resterende "
              "budget in twee delen. Het basisbudget gaat naar de besturen: een vast bedrag van € 195 per "
              "leerling op de teldatum 1 oktober. Het arrangementenbudget is bestemd voor individuele en "
              "groepsarrangementen; scholen vragen die aan bij het loket, dat toekent op basis van het "
              "groeidocument, tot een maximum van € 12.000 per leerling per schooljaar. De verdeling wordt elk "
              "jaar in november door het bestuur vastgesteld en gaat gepaard met de jaarbegroting."),
        ("table", [["Meerjarenbegroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "7.480.000", "7.395.000", "7.310.000", "7.240.000"],
                   ["Afdrachten so en sbo (DUO)", "3.910.000", "3.890.000", "3.870.000", "3.850.000"],
                   ["Basisbudget besturen", "1.602.000", "1.585.000", "1.568.000", "1.551.000"],
                   ["Arrangementenbudget", "1.350.000", "1.320.000", "1.300.000", "1.280.000"],
                   ["Loket en deskundigen", "360.000", "365.000", "370.000", "375.000"],
                   ["Bureau en bestuur", "240.000", "242.000", "244.000", "246.000"],
                   ["Resultaat", "18.000", "-7.000", "-42.000", "-62.000"]]),
        ("h1", "Monitoring en verantwoording"),
        ("p", "Het samenwerkingsverband volgt de ontwikkelingen nauwgezet. Twee keer per jaar, in januari en in "
              "juni, stelt de beleidsmedewerker een monitorrapportage op met het aantal toelaatbaarheidsverklaringen "
              "per school, de deelnamepercentages sbo en so (op basis van DUO-gegevens), de doorlooptijd van "
              "aanvragen, het aantal toegekende arrangementen en de tevredenheid van scholen en ouders over het "
              "loket. De rapportage wordt besproken in het bestuur en in de OPR en verschijnt samen met de "
              "evaluatie van het jaarplan in het jaarverslag. In 2024-2025 gaf het loket 74 TLV's af, was de "
              "gemiddelde doorlooptijd 31 werkdagen en gaven ouders het loket een 7,6."),
        ("p", "De beoogde resultaten per jaar leggen we vast in de jaarplannen."),
        ("h1", "Ouders informeren"),
        ("p", "Ouders krijgen informatie over de ondersteuning op drie manieren: via de schoolgids en het "
              "schoolondersteuningsprofiel van de school, via de oudersectie van onze website met een "
              "stappenplan 'van zorg over je kind naar passende ondersteuning', en via het jaarlijkse "
              "inloopcafé dat het loket in elke gemeente organiseert. Bij iedere aanvraag ontvangen ouders "
              "bovendien de folder 'De TLV in vijf stappen'."),
        ("p", "Informatie over onafhankelijke ondersteuning voor ouders volgt zodra het ouder- en jeugdsteunpunt "
              "in onze regio is ingericht."),
    ]
    b += governance("De Kromme Aa", 6, 38, "raad van toezicht")
    b += opr("10 april 2026", 10)
    b += oogo("Sint-Aadorp, Nijnsel en Boxmeerveld", "26 februari 2026")
    b += personeel("11,2")
    b += ict_privacy()
    b += planning("2026-2030", [("2026-2027", "Herijking TLV-criteria"), ("2027-2028", "Jaarplan met "
                                "overzicht aanbod"), ("2028-2029", "Tussenevaluatie"), ("2029-2030", "Nieuw plan")])
    b += begrippen([["Dekkend aanbod", "Voor ieder kind is er een passende plek binnen de regio."],
                    ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders."],
                    ["Terugplaatsing", "Terugkeer van een leerling van sbo of so naar een basisschool."],
                    ["Thuiszitter", "Leerplichtig kind dat zonder vrijstelling niet naar school gaat."],
                    ["TLV", "Toelaatbaarheidsverklaring."]])
    crit = {c: True for c in CORE}
    crit["plaatsing.criteria"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.continuum"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.doelen"] = False
    crit["ouders.steunpunt"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Wat iedere school biedt': 'gemeenschappelijke basis' as floor on every vestiging (unusual wording) with content table; yearly zelfevaluatie.",
        "plaatsing": "'Toelaatbaarheid' gives requester, loket, two deskundigen, 6-week decision (procedure); criteria deferred to 2026-2027 ('via het loket bekendgemaakt').",
        "terugstroom": "Only 'wordt momenteel herzien en volgt in een aparte notitie'; otherwise TOC, running header and begrippenlijst.",
        "financien": "'Hoe we het geld inzetten': EUR 195 per leerling + arrangementenbudget via loket (verdeling); amounts only in the meerjarenbegroting table (besteding).",
        "dekkend-aanbod": "Heading 'Dekkend aanbod en terugplaatsing' only defers to jaarplan 2027 and website sociale kaart; OOGO chapter is procedural only.",
        "resultaten": "'Monitoring en verantwoording': half-yearly monitor, jaarverslag, achieved figures; intended results only 'in de jaarplannen'.",
        "ouders": "'Ouders informeren': schoolgids, website, inloopcafe, folder (informatie); steunpunt deferred ('volgt zodra ... is ingericht'); OJSP/Onderwijsconsulenten only in begrippenlijst.",
    }
    return b, crit, adv, notes
