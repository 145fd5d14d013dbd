#!/usr/bin/env python3
"""Generate the holdout297 labelled test set for opcheck.

Five fictional ondersteuningsplannen (4 PO, 1 VO) and one near-miss document
(a school-level 'ondersteuningsplan' of a basisschool), each with a label file
<name>.expected.yaml. Deterministic, no network. PDFs are rendered from a
generated .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Document model: list of (kind, payload)
#   ("title", str) ("h1", str) ("h2", str) ("p", str) ("bullets", [str])
#   ("table", [[str]]) ("toc", [str]) ("gloss", [(term, definition)])
# ---------------------------------------------------------------------------


DEFAULTS = dict(ib="intern begeleiders", code="Code Goed Bestuur in het primair onderwijs",
                cao="cao primair onderwijs")


def fill(blocks, ctx):
    ctx = dict(DEFAULTS, **ctx)
    out = []
    for kind, payload in blocks:
        if isinstance(payload, str):
            payload = payload.format(**ctx)
        elif kind in ("bullets", "toc"):
            payload = [s.format(**ctx) for s in payload]
        elif kind == "table":
            payload = [[c.format(**ctx) for c in row] for row in payload]
        elif kind == "gloss":
            payload = [(a.format(**ctx), b.format(**ctx)) for a, b in payload]
        out.append((kind, payload))
    return out


def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "sub":
            doc.add_paragraph(payload)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for b in payload:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in payload:
                doc.add_paragraph(line)
        elif kind == "gloss":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for a, b in payload:
                r = t.add_row().cells
                r[0].text = a
                r[1].text = b
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(payload[0]))
            t.style = "Table Grid"
            for row in payload:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.core_properties.author = "holdout297"
    doc.save(str(path))


def write_txt(blocks, path):
    lines = []
    for kind, payload in blocks:
        if kind == "title":
            lines += [payload.upper(), "=" * len(payload), ""]
        elif kind == "sub":
            lines += [payload, ""]
        elif kind == "pagebreak":
            lines += ["", ""]
        elif kind == "h1":
            lines += ["", payload, "-" * len(payload), ""]
        elif kind == "h2":
            lines += [payload, ""]
        elif kind == "p":
            lines += [payload, ""]
        elif kind == "bullets":
            lines += ["  * " + b for b in payload] + [""]
        elif kind == "toc":
            lines += ["INHOUD", ""] + ["  " + x for x in payload] + [""]
        elif kind == "gloss":
            lines += ["  %-28s %s" % (a, b) for a, b in payload] + [""]
        elif kind == "table":
            widths = [max(len(r[i]) for r in payload) for i in range(len(payload[0]))]
            for row in payload:
                lines.append("  " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(row)))
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout297_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header, footer)
        subprocess.run(
            ["soffice", "--headless", "-env:UserInstallation=file://" + str(tmp / "lo_profile"),
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, data):
    path = OUT / (name + ".expected.yaml")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200),
                    encoding="utf-8")


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


def label(documents, sector, missing_core, advisory, notes):
    """missing_core: set of core criterion ids NOT addressed.
    Element status derived by the Part A rule; an element with no core criterion
    addressed is 'partial' only if an advisory criterion is addressed."""
    criteria = {c: (c not in missing_core) for c in CORE}
    elements = {}
    for e in ELEMENTS:
        cs = [criteria[c] for c in CORE if c.startswith(e + ".")]
        if all(cs):
            elements[e] = "present"
        elif any(cs) or advisory.get(e):
            elements[e] = "partial"
        else:
            elements[e] = "missing"
    return {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }


# ---------------------------------------------------------------------------
# Shared filler. Every paragraph here is written so that it does NOT address a
# core or advisory criterion of Part A: passing mentions only.
# ---------------------------------------------------------------------------
FILLER = {
    "voorwoord": [
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan {periode} van {swv}. Het is het derde plan sinds de invoering "
              "van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de landelijke "
              "evaluatie en de verbeteraanpak passend onderwijs. Er is veel gebeurd in de afgelopen jaren: het "
              "lerarentekort raakte ook onze regio, de coronaperiode liet sporen na bij kinderen en gezinnen, en "
              "de vraag naar ondersteuning is in omvang en complexiteit toegenomen."),
        ("p", "Dit plan is tot stand gekomen in een intensief traject. Schoolleiders, {ib}, "
              "leraren, bestuurders, de leden van de ondersteuningsplanraad, de gemeenten en onze partners in "
              "de jeugdhulp hebben in werksessies en gesprekken meegedacht. Wij danken iedereen voor de "
              "openheid en de kritische vragen. We zijn trots op de resultaten die we de afgelopen jaren samen "
              "hebben geboekt, en tegelijk realistisch: niet alles wat we ons hadden voorgenomen, is gelukt."),
        ("p", "Passend onderwijs blijft mensenwerk. Achter elk arrangement, elke toelaatbaarheidsverklaring en "
              "elk gesprek met ouders staat een kind dat recht heeft op een goede plek. Dat houden we voor ogen, "
              "ook als de regels ingewikkeld worden en de middelen schaars zijn. Wij wensen u veel leesplezier."),
        ("p", "{directeur}, directeur-bestuurder {kort}"),
    ],
    "leeswijzer": [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan volgt in grote lijnen de opbouw die de wet voorschrijft, maar is geschreven voor een breed "
              "publiek: schoolbesturen, schoolleiders, {ib}, leraren, ouders, gemeenten en "
              "ketenpartners. Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar "
              "'school' staat, bedoelen we iedere vestiging van een school. Afkortingen en begrippen zijn "
              "toegelicht in de begrippenlijst achterin. Het plan beschrijft het 'wat' en het 'waarom'; de "
              "uitwerking in activiteiten volgt jaarlijks in het jaarplan van het verband."),
    ],
    "wettelijk": [
        ("h2", "Wettelijk kader en status van dit plan"),
        ("p", "Ieder samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast "
              "({artikel}). Het plan heeft de status van een beleidsplan: het bindt de aangesloten schoolbesturen "
              "en vormt het kader voor het jaarplan, de begroting en de jaarverslaggeving. Het concept is "
              "besproken met de schoolbesturen in het algemeen bestuur, met de ondersteuningsplanraad en met de "
              "colleges van burgemeester en wethouders van de gemeenten in ons werkgebied. Het plan treedt in "
              "werking op 1 augustus 2026 en loopt tot en met 31 juli 2030. Het wordt vóór 1 mei 2026 aan de "
              "inspectie van het onderwijs toegezonden."),
    ],
    "visie": [
        ("h1", "Visie en missie"),
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat aansluit bij wat het nodig heeft, zo "
              "dicht mogelijk bij huis en samen met leeftijdgenoten uit de eigen buurt. Verschillen tussen kinderen "
              "zien we als een gegeven en niet als een probleem. Leraren zijn de sleutel: zij maken in de klas "
              "het verschil. Onze rol als verband is voorwaarden scheppen, verbinden en ondersteunen, niet "
              "voorschrijven hoe een school haar werk moet doen."),
        ("p", "Onze missie luidt: '{motto}'. Daarmee bedoelen we dat scholen, ouders, gemeenten en zorgpartners "
              "samen verantwoordelijk zijn voor de ontwikkeling van kinderen, en dat niemand een kind laat vallen "
              "omdat een regel of een budget dat lijkt voor te schrijven. We kiezen voor vertrouwen boven "
              "controle, voor eenvoud boven bureaucratie en voor het gesprek boven het formulier."),
        ("p", "Vier kernwaarden geven richting aan ons handelen: nabijheid (ondersteuning zo dicht mogelijk bij "
              "het kind), gelijkwaardigheid (ouders, kinderen en professionals zijn partners), "
              "eigenaarschap (besturen nemen verantwoordelijkheid voor elkaars leerlingen) en "
              "lerend vermogen (we evalueren, leren van fouten en passen ons aan). Deze waarden hebben we met "
              "schoolleiders en {ib} uitgewerkt in een reeks bijeenkomsten in het voorjaar van 2025."),
    ],
    "inclusief": [
        ("h2", "Op weg naar inclusiever onderwijs"),
        ("p", "Het kabinet heeft de ambitie uitgesproken dat het onderwijs in Nederland stap voor stap "
              "inclusiever wordt. Wij onderschrijven die richting. Tegelijk zien we dat inclusief onderwijs niet "
              "betekent dat elke school alles kan. Het vraagt om samenwerking tussen regulier en speciaal "
              "onderwijs, om slimme combinaties van onderwijs en zorg en om leraren die zich gesteund voelen. In "
              "de planperiode verkennen we samen met de besturen wat inclusiever onderwijs in onze regio kan "
              "betekenen. Die verkenning is nadrukkelijk een gesprek en geen blauwdruk."),
    ],
    "governance": [
        ("h1", "Organisatie en governance"),
        ("p", "{swv} is een stichting. Bij de stichting zijn {besturen} schoolbesturen aangesloten. De "
              "stichting kent een scheiding tussen bestuur en intern toezicht. Het bestuur is belegd bij een "
              "directeur-bestuurder. Het intern toezicht wordt uitgeoefend door een raad van toezicht die bestaat "
              "uit vijf leden, van wie drie op voordracht van de aangesloten schoolbesturen en twee onafhankelijke "
              "leden. De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten "
              "schoolbesturen en het samenwerkingsverband."),
        ("p", "De aangesloten schoolbesturen ontmoeten elkaar in de bestuursvergadering, die vier keer per jaar "
              "bijeenkomt. Daar worden de jaarstukken besproken en worden besluiten van strategische aard "
              "voorbereid. Het verband volgt de {code} en legt in het "
              "jaarverslag verantwoording af over de naleving daarvan. Een bestuursreglement en een "
              "toezichtkader regelen de onderlinge verhoudingen."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in {plaats}. Het bureau bestaat uit een "
              "directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
              "consulenten en orthopedagogen. Het bureau werkt vanuit een kantoor dat wordt gedeeld met de "
              "leerplichtafdeling van de gemeente, wat de lijnen kort houdt. De formatie van het bureau bedroeg "
              "op 1 januari 2026 {fte} fte."),
    ],
    "opr_neutraal": [
        ("h2", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform artikel 4a van de Wet "
              "medezeggenschap op scholen. De OPR heeft instemmingsrecht op de vaststelling en wijziging van het "
              "ondersteuningsplan. De OPR heeft op {opr_datum} ingestemd met dit plan. Daarnaast heeft het "
              "verband een medezeggenschapsraad voor het eigen personeel. De directeur-bestuurder overlegt ten "
              "minste vier keer per jaar met de OPR; de agenda wordt in gezamenlijk overleg opgesteld."),
    ],
    "opr_ouders": [
        ("h2", "Medezeggenschap en de rol van ouders in de OPR"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De leden worden gekozen uit en "
              "door de medezeggenschapsraden van de aangesloten scholen; de helft van de leden is ouder en de "
              "helft is personeelslid. Zo hebben ouders via de OPR rechtstreeks invloed op het beleid van het "
              "verband: zonder instemming van de OPR kan het ondersteuningsplan niet worden vastgesteld. De OPR "
              "stemde op {opr_datum} in met dit plan. Nieuwe OPR-leden volgen een scholing die het verband "
              "bekostigt."),
    ],
    "oogo_proc": [
        ("h2", "Op overeenstemming gericht overleg (OOGO)"),
        ("p", "Het concept van dit ondersteuningsplan is op {oogo_datum} besproken in het op overeenstemming "
              "gericht overleg met de colleges van burgemeester en wethouders van {gemeenten}. Het overleg is "
              "afgesloten met overeenstemming; er zijn geen punten van verschil vastgesteld. Het verslag van het "
              "overleg is ondertekend door de wethouders onderwijs en de directeur-bestuurder. Het overleg met "
              "het samenwerkingsverband voor voortgezet onderwijs met een (deels) overlappend werkgebied vond "
              "plaats op dezelfde datum."),
    ],
    "personeel": [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort en het tekort aan {ib} en specialisten raken de uitvoering van "
              "passend onderwijs direct. Scholen met veel vacatures hebben minder ruimte voor ondersteuning en "
              "zijn kwetsbaarder wanneer een ervaren kracht vertrekt. Het samenwerkingsverband is geen werkgever "
              "van leraren; dat zijn de schoolbesturen. Wel ondersteunen we besturen bij het versterken van de "
              "deskundigheid van hun personeel."),
        ("p", "Het verband organiseert jaarlijks een netwerk voor {ib}, een leergang "
              "'omgaan met gedrag' voor leraren en een inspiratiedag voor schoolleiders. Daarnaast stellen we een "
              "kennisbank beschikbaar met praktijkvoorbeelden en handreikingen. Onze eigen medewerkers volgen "
              "een professionaliseringsplan; de orthopedagogen zijn geregistreerd en houden hun registratie "
              "actueel. Bij het werven van nieuwe medewerkers letten we op diversiteit en op ervaring in zowel "
              "het regulier als het speciaal onderwijs."),
        ("p", "Het bureau heeft een eigen personeelsbeleid, vastgelegd in het functiebouwwerk en de "
              "gesprekscyclus. Het ziekteverzuim onder de medewerkers van het bureau was in 2025 laag. "
              "Het verband volgt de {cao}."),
    ],
    "ict": [
        ("h1", "ICT, privacy en gegevensverwerking"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
              "gegevens over gezondheid. Dat gebeurt alleen voor zover dat noodzakelijk is voor de wettelijke "
              "taken van het verband, zoals het toewijzen van ondersteuning en het beslissen over "
              "toelaatbaarheid. Het verband heeft een functionaris gegevensbescherming aangesteld, houdt een "
              "verwerkingsregister bij en heeft met alle leveranciers verwerkersovereenkomsten gesloten."),
        ("p", "Dossiers worden uitgewisseld via een beveiligde digitale omgeving, {portaal}. E-mail wordt niet "
              "gebruikt voor het versturen van dossierstukken. Medewerkers tekenen een geheimhoudingsverklaring "
              "en volgen jaarlijks een korte training informatiebeveiliging. Bij een datalek volgen we de "
              "meldprocedure van de Autoriteit Persoonsgegevens. Gegevens die zijn verwerkt voor een besluit "
              "worden niet langer bewaard dan de wettelijke termijn."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. Een projectgroep met "
              "vertegenwoordigers van schoolbesturen bereidt de aanbesteding voor. Uitgangspunt is dat scholen zo "
              "min mogelijk gegevens dubbel hoeven in te voeren."),
    ],
    "planning": [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Dit ondersteuningsplan is het kader voor vier jaar. Jaarlijks werken we het plan uit in een "
              "jaarplan met concrete activiteiten, dat in november in concept wordt besproken met de schoolbesturen "
              "en in december wordt vastgesteld. Halverwege de planperiode, in het voorjaar van 2028, houden we "
              "een tussentijdse evaluatie met schoolleiders en {ib}. Wijzigingen van het plan "
              "leggen we voor aan de ondersteuningsplanraad."),
        ("table", [["Periode", "Activiteit"],
                   ["september", "startbijeenkomst schoolleiders en {ib}"],
                   ["oktober", "bestuursvergadering: jaarverslag vorig schooljaar"],
                   ["november", "concept jaarplan en begroting"],
                   ["december", "vaststelling jaarplan en begroting"],
                   ["maart", "werkconferentie met gemeenten en ketenpartners"],
                   ["juni", "bestuursvergadering: evaluatie en vooruitblik"]]),
    ],
    "inspectie": [
        ("h2", "Toezicht door de inspectie"),
        ("p", "De inspectie van het onderwijs heeft het samenwerkingsverband in het najaar van 2023 bezocht in "
              "het kader van het vierjaarlijks onderzoek. Het rapport is openbaar en te vinden op de website van "
              "de inspectie. De inspectie sprak met het bestuur, de raad van toezicht, de ondersteuningsplanraad, "
              "schoolleiders en gemeenten. De aandachtspunten uit dat rapport zijn meegenomen bij het schrijven "
              "van dit plan."),
    ],
    "vo_overleg": [
        ("h2", "Overleg met het voortgezet onderwijs"),
        ("p", "Met het samenwerkingsverband voortgezet onderwijs in onze regio is formeel overleg gevoerd over "
              "dit plan, zoals de wet voorschrijft. Het overleg vond plaats op {oogo_datum} en leidde niet tot "
              "wijzigingen. De directeuren van beide verbanden spreken elkaar daarnaast enkele keren per jaar."),
    ],
    "duurzaam": [
        ("h2", "Huisvesting en leerlingenvervoer"),
        ("p", "Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Het samenwerkingsverband "
              "heeft daarin geen zeggenschap, maar agendeert signalen van scholen en ouders in het overleg met de "
              "gemeenten. Zo speelt in {plaats} de vraag of het schoolgebouw van het speciaal onderwijs nog "
              "past bij het aantal leerlingen, en zijn er in sommige dorpen lange reistijden. Die onderwerpen "
              "staan op de agenda van het bestuurlijk overleg met de wethouders."),
    ],
}


def filler(*keys):
    out = []
    for k in keys:
        out.extend(FILLER[k])
    return out


# ---------------------------------------------------------------------------
# Plan 1: small PO verband, .docx
# ---------------------------------------------------------------------------
P1_CTX = dict(
    swv="Samenwerkingsverband Passend Primair Onderwijs Maas en Heide", kort="SWV Maas en Heide",
    periode="2026-2030", directeur="Ineke van Rooij", motto="Dichtbij waar het kan, samen waar het moet",
    artikel="artikel 18a Wet op het primair onderwijs", besturen="negen", plaats="Heidelo", fte="6,4",
    opr_datum="10 maart 2026", oogo_datum="3 februari 2026",
    gemeenten="de gemeenten Heidelo, Maasbroek en Oud-Venray", portaal="Kindkompas",
)

P1 = [
    ("title", "Ondersteuningsplan 2026-2030"),
    ("sub", "{swv} (PO 31-09)"),
    ("sub", "Vastgesteld door de directeur-bestuurder op 17 maart 2026, na instemming van de ondersteuningsplanraad"),
    ("toc", ["Voorwoord ........................................................ 2",
             "1 Inleiding ...................................................... 3",
             "2 Ons verband in cijfers ......................................... 4",
             "3 Visie en missie ................................................ 5",
             "4 Basisondersteuning: wat elke school biedt ...................... 6",
             "5 Toelaatbaarheid tot sbo en so .................................. 8",
             "   5.4 Na afloop van de TLV ...................................... 10",
             "6 Naar een dekkend aanbod ........................................ 11",
             "7 Kwaliteit en resultaten ........................................ 12",
             "8 Communicatie ................................................... 14",
             "9 Geld en middelen ............................................... 15",
             "10 Organisatie en governance ..................................... 17",
             "11 Personeel, ICT en planning .................................... 18",
             "Bijlage A Begrippenlijst ........................................ 20",
             "Bijlage B Meerjarenbegroting en verdeelmodel .................... 21",
             "Bijlage C Ouder- en jeugdsteunpunt en klachtenregeling ........... 22"]),
] + filler("voorwoord") + [
    ("h1", "1 Inleiding"),
    ("p", "Het samenwerkingsverband Maas en Heide is een van de kleinere verbanden in het land. Negen "
          "schoolbesturen werken samen voor ruim 6.800 leerlingen op 34 scholen in drie gemeenten. Die schaal "
          "heeft voordelen: we kennen elkaar, lijnen zijn kort en afspraken worden snel gemaakt. Het heeft ook "
          "nadelen: één leerling met een zware ondersteuningsvraag kan al een merkbaar effect hebben op de "
          "begroting, en voor sommige voorzieningen zijn we afhankelijk van buurverbanden."),
] + filler("leeswijzer", "wettelijk") + [
    ("h1", "2 Ons verband in cijfers"),
    ("p", "Op de teldatum van 1 oktober 2025 telde het verband 6.812 leerlingen. Daarvan zaten 6.531 "
          "leerlingen op een van de 31 basisscholen, 176 op een van de twee scholen voor speciaal basisonderwijs "
          "(De Brug en Het Palet) en 105 leerlingen uit ons verband op een school voor speciaal onderwijs, "
          "onder wie 58 op De Zeven Linden in Heidelo en de overige buiten de regio. Het leerlingaantal daalt "
          "sinds 2019 met ongeveer één procent per jaar; de prognoses van de gemeenten laten zien dat die daling "
          "tot 2030 doorzet, vooral in de kleine kernen."),
    ("table", [["Kengetal (1 oktober)", "2023", "2024", "2025"],
               ["Leerlingen basisonderwijs", "6.702", "6.611", "6.531"],
               ["Leerlingen sbo", "181", "179", "176"],
               ["Leerlingen so (uit ons verband)", "98", "101", "105"],
               ["Deelnamepercentage sbo", "2,6%", "2,6%", "2,6%"],
               ["Deelnamepercentage so", "1,4%", "1,5%", "1,5%"]]),
    ("p", "De deelnamepercentages liggen iets boven het landelijk gemiddelde. Dat is geen doel op zich en "
          "ook geen probleem op zich; het vraagt wel om een goed gesprek over de vraag of kinderen de plek "
          "krijgen die ze nodig hebben."),
] + filler("visie", "inclusief") + [
    ("h1", "4 Basisondersteuning: wat elke school biedt"),
    ("p", "Onder basisondersteuning verstaan wij in Maas en Heide het geheel van ondersteuning dat iedere "
          "basisschool in ons verband, op elke vestiging, zelf biedt aan ieder kind dat het nodig heeft, "
          "zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De negen besturen hebben "
          "dit niveau samen afgesproken. Het is een ondergrens: scholen mogen meer bieden, maar geen enkele "
          "school biedt minder. Wat een school daarbovenop biedt, heet bij ons extra ondersteuning."),
    ("p", "Concreet betekent de afspraak dat ouders op elke school van ons verband het volgende kunnen verwachten:"),
    ("bullets", [
        "een intern begeleider met een opleiding op masterniveau, die ten minste twee dagen per week beschikbaar is voor de school (bij scholen onder de 150 leerlingen ten minste één dag);",
        "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, waarin de intern begeleider, de schoolleider, en een orthopedagoog van het verband zitten;",
        "handelingsgericht werken: twee keer per jaar een groepsbespreking per groep en een groepsoverzicht of groepsplan waarin staat welke kinderen welke instructie krijgen;",
        "een dyslexie- en een dyscalculieprotocol dat de school aantoonbaar uitvoert, inclusief signalering vanaf groep 2;",
        "een aanbod voor kinderen die meer aankunnen, ten minste bestaand uit compacten en verrijken in de eigen groep;",
        "een methode of aanpak voor sociaal-emotionele ontwikkeling en een anti-pestprotocol met een aanspreekpunt;",
        "afspraken over medisch handelen en een protocol voor kinderen met een chronische ziekte;",
        "een ontwikkelingsperspectief (OPP) voor ieder kind dat op een of meer vakken een eigen leerlijn volgt, dat twee keer per jaar met ouders wordt besproken.",
    ]),
    ("p", "Elke school beschrijft in haar schoolgids hoe zij deze onderdelen invult. Het bureau van het verband "
          "loopt die beschrijvingen eens per twee jaar na aan de hand van een kwaliteitskaart "
          "basisondersteuning. Scholen die op een of meer onderdelen onder de afgesproken ondergrens blijven, "
          "maken met hun bestuur een verbeterplan met een termijn van ten hoogste een jaar; de directeur-"
          "bestuurder bespreekt de voortgang in het bestuurlijk overleg."),
    ("h1", "5 Toelaatbaarheid tot sbo en so"),
    ("p", "Voor een plaats op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) "
          "is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Hoe een aanvraag "
          "verloopt, welke stukken nodig zijn en wie over de aanvraag beslist, leest u in de Routekaart TLV op "
          "onze website www.maasenheide-po.nl/routekaart. In dit hoofdstuk beschrijven we de criteria die het "
          "verband hanteert."),
    ("h2", "5.1 Criteria voor een TLV speciaal basisonderwijs"),
    ("p", "Een leerling is toelaatbaar tot het sbo als aan alle drie de volgende voorwaarden is voldaan:"),
    ("bullets", [
        "de basisschool heeft de basisondersteuning en ten minste een half schooljaar extra ondersteuning geboden, vastgelegd in een OPP met evaluaties;",
        "de leerling heeft een ondersteuningsbehoefte op meerdere gebieden tegelijk (leren, gedrag, werkhouding of sociaal-emotioneel) die in een groep van meer dan 25 leerlingen niet kan worden geboden;",
        "de leerling heeft baat bij kleinere groepen en een doorlopend specialistisch aanbod, en dat aanbod is in het sbo beschikbaar.",
    ]),
    ("h2", "5.2 Criteria voor een TLV speciaal onderwijs"),
    ("p", "Een leerling is toelaatbaar tot het so als de ondersteuningsbehoefte zo intensief of specifiek is "
          "dat ook het sbo die niet kan bieden. Het verband kijkt daarbij naar de ernst en duur van de "
          "problematiek, de noodzaak van een combinatie van onderwijs en zorg gedurende de schooldag, en de "
          "veiligheid van de leerling en de groep. Voor leerlingen met een ernstige meervoudige beperking of "
          "een zeer moeilijk lerend profiel (IQ onder 55, in combinatie met beperkte zelfredzaamheid) geeft het "
          "verband in beginsel zonder voorafgaand traject in het regulier onderwijs een TLV af."),
    ("h2", "5.3 Duur en categorie"),
    ("p", "Een TLV voor het sbo geven we af tot het einde van de basisschoolperiode van de leerling. Een TLV "
          "voor het so geven we af voor twee schooljaren, voor leerlingen met een ernstige meervoudige beperking "
          "voor de gehele schoolloopbaan. Bij een TLV so bepaalt het verband de bekostigingscategorie laag, "
          "midden of hoog aan de hand van de landelijke indeling; in de regel is dat categorie laag."),
    ("h2", "5.4 Na afloop van de TLV"),
    ("p", "Het verband wil dat geen enkel kind langer in het speciaal (basis)onderwijs blijft dan nodig is. "
          "Terugkeer naar een basisschool, bij voorkeur in de eigen woonkern, is het uitgangspunt zodra het "
          "OPP laat zien dat de leerling de doelen van de eigen leerlijn haalt en de ondersteuningsbehoefte in "
          "een reguliere groep kan worden opgevangen. Wij verwachten van de ontvangende basisschool dat zij de "
          "leerling plaatst als aan die voorwaarden is voldaan."),
    ("p", "Leerlingen die teruggaan, krijgen gedurende het eerste schooljaar een terugkeerarrangement: "
          "twintig uur ambulante begeleiding door een leerkracht van de sbo- of so-school, een "
          "evaluatiegesprek na zes weken en een budget van € 2.500 voor de ontvangende school. Dat budget "
          "betaalt het verband uit de post 'terugkeer' van de begroting. Een stappenplan voor de "
          "terugplaatsing zelf (wie het initiatief neemt, wanneer wordt geëvalueerd en wie het besluit neemt) "
          "werken de sbo- en so-scholen samen met de basisscholen uit in het schooljaar 2026-2027."),
    ("h1", "6 Naar een dekkend aanbod"),
    ("p", "Een dekkend aanbod betekent dat er voor ieder kind in de regio een passende plek is. Of dat in "
          "Maas en Heide zo is, willen we de komende periode beter in beeld krijgen. In het eerste planjaar "
          "stellen we daarom een overzicht op van het ondersteuningsaanbod binnen en tussen de scholen, en "
          "bespreken we met de besturen welke voorzieningen ontbreken. De uitkomst daarvan verwerken we in het "
          "jaarplan 2027-2028. Tot die tijd gelden de bestaande werkafspraken tussen de besturen."),
    ("h1", "7 Kwaliteit en resultaten"),
    ("p", "Voor deze planperiode hebben het bestuur en de OPR vier beoogde resultaten vastgesteld voor "
          "leerlingen die extra ondersteuning nodig hebben. Bij elk resultaat hoort een indicator en een "
          "streefwaarde voor 31 juli 2030."),
    ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
               ["Kinderen met een OPP maken aantoonbaar groei door", "aandeel OPP's waarin ten minste 75% van de tussendoelen is gehaald", "61%", "80%"],
               ["Meer kinderen volgen onderwijs in de eigen kern", "deelnamepercentage sbo", "2,6%", "2,2%"],
               ["Ouders zijn tevreden over de ondersteuning", "gemiddeld cijfer in de oudertevredenheidspeiling", "7,1", "7,6"],
               ["Scholen voldoen aan de afgesproken basisondersteuning", "aandeel scholen dat op alle onderdelen van de kwaliteitskaart voldoet", "74%", "100%"]]),
    ("p", "Het bureau verzamelt de gegevens twee keer per jaar: op 1 oktober (telling en deelnamepercentages "
          "uit DUO-gegevens) en op 1 maart (OPP-gegevens die de scholen aanleveren via Kindkompas). De "
          "oudertevredenheid peilen we in het voorjaar van 2027 en 2029 via een korte vragenlijst die alle "
          "ouders van kinderen met een OPP ontvangen. De uitkomsten staan in een halfjaarlijkse "
          "monitorrapportage die het bestuur en de OPR bespreken, en in het jaarverslag. Blijft een indicator "
          "twee metingen achter bij de verwachte lijn, dan bespreekt het bestuur in de eerstvolgende "
          "bestuursvergadering welke bijsturing nodig is."),
    ("h1", "8 Communicatie"),
    ("p", "Goede communicatie is voor een klein verband onmisbaar. Intern communiceren we via een digitale "
          "nieuwsbrief voor schoolleiders en intern begeleiders, die zes keer per jaar verschijnt. Het bureau "
          "is bereikbaar via een algemeen telefoonnummer en e-mailadres."),
    ("p", "Ouders informeren we op verschillende manieren over de ondersteuning die scholen en het verband "
          "bieden. Op www.maasenheide-po.nl staat een oudersectie met uitleg over basisondersteuning, extra "
          "ondersteuning en het speciaal (basis)onderwijs. De folder 'Passend onderwijs in Maas en Heide' ligt "
          "op alle scholen en bij de consultatiebureaus, en is ook beschikbaar in het Engels, Pools en Arabisch. "
          "Elke school neemt in de schoolgids een vaste paragraaf op over de ondersteuning op die school. "
          "Twee keer per jaar organiseert het verband een informatieavond voor ouders, afwisselend in Heidelo "
          "en Maasbroek. Ouders kunnen met vragen over de mogelijkheden ook terecht bij de consulent ouders "
          "van het bureau."),
    ("p", "Ouders die onafhankelijk advies of ondersteuning zoeken, verwijzen we naar de pagina 'Hulp voor "
          "ouders' op onze website en naar bijlage C van dit plan."),
] + filler("opr_ouders") + [
    ("h1", "9 Geld en middelen"),
    ("p", "Het verband ontvangt jaarlijks de ondersteuningsmiddelen van het Rijk. Na aftrek van de "
          "afdrachten aan het speciaal onderwijs (via DUO) en de bekostiging van de groei van het sbo resteert "
          "het budget dat het verband zelf verdeelt. Het algemeen bestuur stelt het verdeelmodel vast; de "
          "OPR heeft adviesrecht."),
    ("h2", "9.1 Verdeelmodel"),
    ("p", "Het verband verdeelt de middelen volgens een schoolmodel: het grootste deel gaat rechtstreeks naar "
          "de schoolbesturen. Elk bestuur ontvangt een vaste voet van € 6.000 per school plus € 118 per "
          "leerling, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. Besturen zetten "
          "dit budget in voor extra ondersteuning op hun scholen en voor de intern begeleiding boven het niveau "
          "van de basisondersteuning. Een deel van het budget blijft bovenschools voor de orthopedagogen van "
          "het verband, de terugkeerarrangementen en een solidariteitsbudget. Besturen kunnen uit het "
          "solidariteitsbudget een bijdrage aanvragen als het aantal leerlingen met een OPP op een school meer "
          "dan twee keer het gemiddelde van het verband bedraagt."),
    ("h2", "9.2 Meerjarenbegroting"),
    ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsmiddelen", "5.930", "5.870", "5.805", "5.740"],
               ["Afdrachten so en sbo-groei (DUO)", "-2.210", "-2.240", "-2.250", "-2.255"],
               ["Schoolbudgetten besturen", "2.700", "2.650", "2.610", "2.570"],
               ["Orthopedagogen en consulenten", "520", "530", "540", "550"],
               ["Terugkeerarrangementen", "60", "60", "65", "65"],
               ["Solidariteitsbudget", "150", "150", "150", "150"],
               ["Bureau en bestuur", "310", "315", "320", "325"],
               ["Resultaat", "-20", "-75", "-130", "-175"]]),
    ("p", "De begroting kent in de eerste jaren een bewust negatief resultaat. Daarmee bouwen we de reserve af "
          "naar een weerstandsvermogen van ongeveer 8% van de baten, in lijn met de signaleringswaarde van de "
          "inspectie. Besturen leggen jaarlijks vóór 1 juni in een vast format verantwoording af over de "
          "besteding van hun schoolbudget; het bureau bundelt die verantwoording in het jaarverslag."),
    ("h1", "10 Organisatie en governance"),
] + filler("governance")[1:] + filler("oogo_proc", "inspectie") + [
    ("h1", "11 Personeel, ICT en planning"),
] + filler("personeel")[1:] + filler("ict")[1:] + filler("planning")[1:] + [
    ("h1", "Bijlage A Begrippenlijst"),
    ("gloss", [("Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep, met doel, duur en inzet."),
               ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het verband bieden."),
               ("Bezwaar", "Ouders en scholen kunnen bezwaar maken tegen een besluit over een TLV bij de Landelijke Bezwaaradviescommissie."),
               ("Dekkend netwerk", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is."),
               ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk punt waar ouders en kinderen terechtkunnen met vragen en onenigheid."),
               ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
               ("OPR", "Ondersteuningsplanraad."),
               ("Terugplaatsing", "De overstap van een leerling van sbo of so terug naar het regulier basisonderwijs."),
               ("TLV", "Toelaatbaarheidsverklaring voor sbo of so.")]),
    ("h1", "Bijlage B Meerjarenbegroting en verdeelmodel"),
    ("p", "Zie hoofdstuk 9."),
    ("h1", "Bijlage C Ouder- en jeugdsteunpunt en klachtenregeling"),
    ("p", "Deze bijlage wordt na vaststelling van de regionale afspraken over het ouder- en jeugdsteunpunt "
          "toegevoegd."),
]

P1_LABEL = label(
    ["po-maasenheide.docx"], "po",
    {"plaatsing.procedure", "terugstroom.procedure", "dekkend-aanbod.continuum",
     "dekkend-aanbod.lacunes", "ouders.steunpunt"},
    {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
     "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
     "ouders": ["betrokkenheid"]},
    {
        "basisondersteuning": "Ch 4 defines the agreed minimum for every vestiging and lists concrete provisions; kwaliteitskaart/verbeterplan = borging.",
        "plaatsing": "Ch 5 gives sbo/so criteria (5.1, 5.2) and duration/category (5.3); the procedure itself is only referred to a website Routekaart, so procedure not addressed.",
        "terugstroom": "Hidden in 5.4 'Na afloop van de TLV' inside the TLV chapter: policy (aim, conditions, terugkeerarrangement) present; stappenplan deferred to 2026-2027, so procedure missing.",
        "financien": "Ch 9 'Geld en middelen': verdeelmodel (vaste voet + per-leerling, solidariteitsbudget criterion) and meerjarenbegroting table; reserves and verantwoording too.",
        "dekkend-aanbod": "Ch 6 only defers the overview of the aanbod to year one; OOGO paragraph is purely procedural; passing mentions of extra ondersteuning/sbo/so and the TOC/glossary do not describe a continuum or gap handling.",
        "resultaten": "Ch 7: targets table with nulmeting/streefwaarde and a twice-yearly monitoring cycle reported to bestuur/OPR.",
        "ouders": "Information channels are in ch 8 'Communicatie'; independent help is only a website/absent Bijlage C reference (the OJSP is defined in the glossary only).",
    },
)


# ---------------------------------------------------------------------------
# Plan 2: large urban PO verband, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------
P2_CTX = dict(
    swv="Stichting Samenwerkingsverband Primair Onderwijs Haven en Stad", kort="SWV Haven en Stad",
    periode="2026-2030", directeur="drs. Mohamed El Amrani", motto="Ieder kind telt, iedere school doet mee",
    artikel="artikel 18a Wet op het primair onderwijs", besturen="27", plaats="Havenstad", fte="41,8",
    opr_datum="24 februari 2026", oogo_datum="27 januari 2026",
    gemeenten="de gemeenten Havenstad en Westerdijk", portaal="OnderwijsDossier Haven en Stad",
)

P2 = [
    ("title", "Ondersteuningsplan 2026-2030 'Ieder kind telt'"),
    ("sub", "{swv} (PO 28-14)"),
    ("sub", "Definitieve versie, vastgesteld op 3 maart 2026"),
    ("toc", ["Voorwoord 2", "Samenvatting 3", "1 Terugblik op de periode 2022-2026 4",
             "2 Visie en missie 6", "3 Basisondersteuning 8", "4 De ondersteuningsroute en arrangementen 10",
             "5 Toelaatbaarheid 13", "   5.5 Einde TLV en terugkeer 16", "6 Thuiszitters en een dekkend netwerk 17",
             "7 Ouders en jeugd 19", "8 Samenwerking met de gemeenten 21", "9 Kwaliteitszorg en resultaten 23",
             "10 Financiën 26", "11 Organisatie, personeel en ICT 28", "Bijlage 1 Begrippenlijst 31",
             "Bijlage 2 Kwaliteitskaart basisondersteuning 33", "Bijlage 3 Meerjarenbegroting 2026-2030 35"]),
] + filler("voorwoord") + [
    ("h1", "Samenvatting"),
    ("p", "Haven en Stad is met 27 schoolbesturen, 112 basisscholen, vijf scholen voor speciaal basisonderwijs "
          "en acht so-locaties een van de grootste samenwerkingsverbanden primair onderwijs van Nederland. In "
          "dit plan beschrijven we hoe we de komende vier jaar werken aan passend onderwijs: wat iedere school "
          "biedt, hoe de route naar extra ondersteuning loopt, hoe we besluiten over toelaatbaarheid en "
          "terugkeer, hoe we thuiszitten voorkomen, hoe we ouders betrekken, welke resultaten we willen "
          "bereiken en hoe we het geld verdelen. De belangrijkste keuzes in één zin: we versterken de "
          "basis, we vereenvoudigen de route en we maken resultaten zichtbaar."),
    ("h1", "1 Terugblik op de periode 2022-2026"),
    ("p", "In het vorige plan stonden drie ambities centraal: minder thuiszitters, snellere toewijzing van "
          "ondersteuning en meer kinderen die thuisnabij onderwijs volgen. De eerste twee ambities zijn "
          "grotendeels gerealiseerd. Het aantal langdurig relatief verzuimers daalde van 64 in 2022 naar 29 in "
          "2025. De gemiddelde doorlooptijd van een aanvraag voor een arrangement daalde van negen naar vijf "
          "weken. De derde ambitie is niet gehaald: het deelnamepercentage so steeg van 1,9% naar 2,1%, vooral "
          "door een toename van jonge kinderen met complexe gedragsproblematiek."),
    ("p", "Uit de evaluatie met schoolleiders bleek dat de route naar ondersteuning als ingewikkeld wordt "
          "ervaren, met te veel formulieren. Ouders gaven in de peiling van 2025 het verband een 6,8 voor "
          "begrijpelijkheid van de informatie. Die uitkomsten hebben de keuzes in dit plan sterk beïnvloed."),
] + filler("visie", "inclusief") + [
    ("h1", "3 Basisondersteuning"),
    ("p", "Basisondersteuning is het door alle 27 besturen afgesproken niveau van ondersteuning dat iedere "
          "school en iedere vestiging in Haven en Stad ten minste biedt. Het niveau geldt voor alle scholen "
          "gelijk; een school kan geen lager niveau kiezen. Basisondersteuning is vrij toegankelijk: er is geen "
          "aanvraag of toestemming van het verband voor nodig."),
    ("p", "Wij hanteren de vier aspecten uit het Referentiekader passend onderwijs: basiskwaliteit, "
          "preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en planmatig "
          "werken. De concrete uitwerking van deze aspecten in standaarden en indicatoren is opgenomen in de "
          "Kwaliteitskaart Basisondersteuning Haven en Stad (bijlage 2). De besturen hebben afgesproken dat die "
          "kwaliteitskaart in het schooljaar 2026-2027 wordt geactualiseerd."),
    ("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning vormgeeft. Het verband "
          "bezoekt elke school eens in de vier jaar voor een kwaliteitsgesprek over de basisondersteuning. "
          "Blijkt een school op onderdelen onder de afgesproken ondergrens te zitten, dan maakt het bestuur "
          "binnen drie maanden een verbeterplan, waarvan de uitvoering na een jaar opnieuw wordt besproken."),
    ("h1", "4 De ondersteuningsroute en arrangementen"),
    ("p", "Het ondersteuningsaanbod in Haven en Stad is opgebouwd in vijf niveaus die op elkaar aansluiten. "
          "Een kind kan op elk moment op- of afschalen; het doel is steeds de lichtst mogelijke vorm die "
          "werkt."),
    ("table", [["Niveau", "Wat", "Waar", "Wie beslist"],
               ["1", "Basisondersteuning in de groep", "elke school", "leerkracht en IB"],
               ["2", "Schoolarrangement (extra ondersteuning binnen de school, bijv. RT, gedragsbegeleiding)", "elke school, uit schoolbudget", "school(bestuur)"],
               ["3", "Bovenschools arrangement: observatiegroep Kompas, taalklassen voor nieuwkomers (4 locaties), plusklassen hoogbegaafdheid (6 locaties), ambulante begeleiding", "bovenschoolse voorzieningen", "toewijzingsteam van het verband"],
               ["4", "Speciaal basisonderwijs", "5 sbo-scholen", "Commissie van Toelaatbaarheid"],
               ["5", "Speciaal onderwijs cluster 3 en 4, onderwijs-zorgarrangementen", "8 so-locaties, zorgboerderij De Hoeve", "Commissie van Toelaatbaarheid"]]),
    ("p", "Voor niveau 2 en 3 heeft iedere school een vaste consulent van het verband. De consulent sluit "
          "aan bij het ondersteuningsteam van de school, adviseert over een passend arrangement en bewaakt dat "
          "de ondersteuning binnen vier weken na het gesprek start. Bovenschoolse arrangementen duren in de "
          "regel een half jaar tot een jaar en worden na afloop geëvalueerd."),
    ("h1", "5 Toelaatbaarheid"),
    ("h2", "5.1 Wie vraagt aan"),
    ("p", "Een TLV voor het sbo of so wordt aangevraagd door het bevoegd gezag van de school waar de leerling "
          "is ingeschreven of aangemeld. De intern begeleider stelt het dossier samen: het groeidocument met "
          "het OPP, de evaluaties van de geboden ondersteuning, het onderwijskundig rapport en de zienswijze van "
          "ouders. De aanvraag wordt ingediend via het OnderwijsDossier bij het Loket Toelaatbaarheid."),
    ("h2", "5.2 Deskundigenadvies"),
    ("p", "Het Loket legt iedere aanvraag voor aan twee deskundigen: een orthopedagoog of psycholoog van het "
          "verband en, afhankelijk van de vraag, een tweede deskundige (kinderpsychiater, maatschappelijk "
          "werker, jeugdarts of pedagoog). Beide deskundigen brengen elk een eigen schriftelijk advies uit. "
          "Deskundigen die bij de voorbereiding van de aanvraag betrokken waren, adviseren niet. Ouders "
          "ontvangen een afschrift van beide adviezen."),
    ("h2", "5.3 Besluit en termijnen"),
    ("p", "De Commissie van Toelaatbaarheid (CvT) neemt namens het bestuur een besluit binnen zes weken na "
          "ontvangst van een volledig dossier. Bij een crisissituatie kan de voorzitter binnen vijf werkdagen "
          "een tijdelijke TLV van maximaal drie maanden afgeven. De CvT bepaalt bij een TLV so ook de "
          "bekostigingscategorie (laag, midden of hoog). Een TLV sbo loopt in de regel tot het einde van het "
          "schooljaar waarin de leerling twaalf wordt; een TLV so geldt voor twee schooljaren."),
    ("p", "Bij het beoordelen van een aanvraag maakt de commissie een integrale afweging. Vaste criteria "
          "hanteren we bewust niet, omdat elk kind anders is en we willen voorkomen dat een lijstje bepaalt "
          "waar een kind naar school gaat. Een nadere uitwerking van het afwegingskader volgt in 2027, na "
          "overleg met de sbo- en so-scholen."),
    ("h2", "5.4 Bezwaar"),
    ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit van de CvT. Het "
          "verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die "
          "het bestuur adviseert over het bezwaar."),
    ("h2", "5.5 Einde TLV en terugkeer"),
    ("p", "Wij willen dat kinderen in het speciaal (basis)onderwijs niet langer blijven dan nodig is, en dat "
          "een terugkeer naar het regulier onderwijs goed wordt voorbereid en begeleid. Terugkeer is aan de orde "
          "als de leerling volgens het OPP op schema ligt voor de eigen doelen, als de ondersteuningsbehoefte "
          "met een arrangement op niveau 2 of 3 in een reguliere school kan worden geboden en als ouders "
          "instemmen met de overstap."),
    ("p", "De procedure is als volgt. Het sbo of so evalueert het OPP van iedere leerling jaarlijks vóór 1 "
          "maart en beoordeelt daarbij of terugkeer mogelijk is. In het laatste jaar van de TLV organiseert "
          "de sbo- of so-school vóór 1 maart een overleg met ouders, de consulent van het verband en een "
          "mogelijke ontvangende school. De sbo- of so-school doet daarna een voorstel: terugkeer, of een "
          "aanvraag voor een nieuwe TLV die vóór 1 mei bij het Loket moet liggen. Bij terugkeer eindigt de "
          "TLV op 31 juli; het verband kent de ontvangende school een terugkeerarrangement toe van een half "
          "jaar ambulante begeleiding door de sbo- of so-school. Na drie en na zes maanden evalueert de "
          "consulent de plaatsing met ouders en school."),
    ("p", "In het schooljaar 2024-2025 keerden 41 leerlingen vanuit het sbo en 9 leerlingen vanuit het so "
          "terug naar een reguliere basisschool. Na een jaar zat 88% van hen nog op die school."),
    ("h1", "6 Thuiszitters en een dekkend netwerk"),
    ("p", "Ons aanbod is niet vanzelf dekkend. Twee keer per jaar, in oktober en maart, analyseren het "
          "verband en de leerplichtambtenaren samen welke kinderen geen passende plek hebben, welke "
          "voorzieningen wachtlijsten hebben en waar het aanbod ontbreekt. De uitkomst wordt besproken in de "
          "bestuursvergadering, die besluit over maatregelen. In 2025 leidde dat bijvoorbeeld tot een extra "
          "observatiegroep voor kleuters."),
    ("p", "Dreigt een kind thuis te komen zitten of zit het al thuis, dan meldt de school dat binnen vijf "
          "schooldagen bij de consulent. Binnen tien schooldagen volgt een overleg met ouders, school, "
          "leerplicht en zo nodig jeugdhulp. Lukt het niet om binnen zes weken een passende plek te vinden, "
          "dan schaalt de consulent op naar het Thuiszittersoverleg onder leiding van de directeur-bestuurder, "
          "die doorzettingsmacht heeft om een plek bij een van de aangesloten besturen te regelen. Zo "
          "waarborgen we de zorgplicht ook als de eigen school geen passend aanbod heeft."),
    ("h1", "7 Ouders en jeugd"),
    ("p", "Ouders zijn de eerste deskundigen van hun kind. Ze worden betrokken bij het OPP en tekenen voor "
          "het handelingsdeel. Kinderen hebben hoorrecht: hun mening over het OPP wordt vastgelegd."),
    ("p", "Ouders vinden informatie over ondersteuning in de schoolgids van hun school, op de website "
          "www.havenenstad-po.nl (met een oudergids in zeven talen en korte uitlegvideo's) en via de "
          "ouderinformatielijn, die op werkdagen tussen 9.00 en 16.00 uur bereikbaar is. In elk stadsdeel "
          "houdt het verband twee keer per jaar een ouderavond over passend onderwijs."),
    ("p", "Voor onafhankelijk advies en steun kunnen ouders en kinderen terecht bij het Ouder- en "
          "Jeugdsteunpunt Haven en Stad. Het steunpunt is ondergebracht bij een onafhankelijke stichting, "
          "werkt met ervaringsdeskundige ouders en kan meegaan naar gesprekken op school. Bij een verschil van "
          "mening kunnen ouders ook kosteloos een onderwijsconsulent inschakelen. Klachten over het verband "
          "kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs; geschillen over toelating en "
          "verwijdering bij de Geschillencommissie passend onderwijs."),
] + filler("opr_ouders") + [
    ("h1", "8 Samenwerking met de gemeenten"),
    ("p", "Met de gemeenten Havenstad en Westerdijk hebben we in het OOGO afspraken gemaakt over vier "
          "thema's: jeugdhulp in en om de school (schoolmaatschappelijk werk en een jeugdhulpmedewerker per "
          "cluster van scholen), onderwijs-zorgarrangementen voor kinderen die niet volledig naar school kunnen, "
          "het terugdringen van verzuim en thuiszitten, en de aansluiting tussen voorschoolse educatie en "
          "groep 1. De afspraken staan in een gezamenlijke agenda die jaarlijks wordt geactualiseerd."),
] + filler("oogo_proc", "duurzaam") + [
    ("h1", "9 Kwaliteitszorg en resultaten"),
    ("p", "Voor de periode 2026-2030 streven we de volgende resultaten na voor kinderen die extra "
          "ondersteuning nodig hebben:"),
    ("table", [["Doel", "Indicator", "2025", "Streven 2030"],
               ["Minder kinderen zonder passende plek", "aantal thuiszitters langer dan 4 weken (peildatum 1 maart)", "29", "< 10"],
               ["Snellere ondersteuning", "gemiddelde doorlooptijd tot start arrangement", "5 weken", "3 weken"],
               ["Meer thuisnabij onderwijs", "deelnamepercentage so", "2,1%", "1,8%"],
               ["Duurzame terugkeer", "aandeel teruggekeerde leerlingen dat na een jaar nog op de reguliere school zit", "88%", "90%"],
               ["Tevreden ouders", "rapportcijfer begrijpelijkheid informatie", "6,8", "7,5"]]),
    ("p", "We volgen deze indicatoren met een dashboard dat elk kwartaal wordt bijgewerkt met gegevens uit "
          "het OnderwijsDossier, DUO en de leerplichtadministratie. Het bestuur bespreekt het dashboard elk "
          "kwartaal; de raad van toezicht en de OPR ontvangen het twee keer per jaar. In het jaarverslag "
          "rapporteren we over de bereikte resultaten en de middelen die eraan zijn besteed. Elke twee jaar "
          "peilen we de tevredenheid van ouders en scholen."),
    ("h1", "10 Financiën"),
    ("p", "Het verband verdeelt de beschikbare ondersteuningsmiddelen volgens een verdeelmodel dat het "
          "algemeen bestuur heeft vastgesteld. Het model kent drie onderdelen. Het schoolbudget wordt "
          "verdeeld naar rato van het aantal leerlingen op de teldatum 1 oktober, met een toeslag voor "
          "scholen met een hoge achterstandsscore volgens de CBS-indicator. Het budget voor bovenschoolse "
          "arrangementen wordt toegewezen per arrangement, door het toewijzingsteam. De afdrachten aan sbo en "
          "so volgen de wettelijke regels. Het bestuur stelt de verdeling jaarlijks in december vast."),
    ("p", "Een meerjarenbegroting nemen we niet in dit plan op: het bestuur stelt de begroting elk jaar "
          "afzonderlijk vast. De bedragen per onderdeel en het meerjarenperspectief zijn p.m. en volgen na "
          "vaststelling van de begroting 2027 in bijlage 3."),
    ("h1", "11 Organisatie, personeel en ICT"),
] + filler("governance")[1:] + filler("personeel")[1:] + filler("ict")[1:] + filler("planning") + [
    ("h1", "Bijlage 1 Begrippenlijst"),
    ("gloss", [("Basisondersteuning", "Afgesproken niveau van ondersteuning, met standaarden voor onder meer dyslexie, gedrag en hoogbegaafdheid."),
               ("CvT", "Commissie van Toelaatbaarheid."),
               ("Meerjarenbegroting", "Begroting van het verband voor vier jaar, met baten en lasten per jaar."),
               ("OJSP", "Ouder- en jeugdsteunpunt."),
               ("Terugkeerarrangement", "Begeleiding bij de terugkeer van sbo of so naar een reguliere school."),
               ("Verdeelmodel", "De regels waarmee het verband de middelen over de besturen verdeelt.")]),
    ("h1", "Bijlage 2 Kwaliteitskaart basisondersteuning"),
    ("p", "Wordt nagezonden."),
    ("h1", "Bijlage 3 Meerjarenbegroting 2026-2030"),
    ("p", "p.m."),
]

P2_LABEL = label(
    ["po-havenenstad.pdf"], "po",
    {"basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding"},
    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
     "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
     "ouders": ["betrokkenheid"]},
    {
        "basisondersteuning": "Ch 3 defines the agreed minimum for every vestiging but only names the four Referentiekader aspects; the concrete standards are in an absent Bijlage 2 ('wordt nagezonden').",
        "plaatsing": "Ch 5 has a full procedure (5.1-5.4: applicant, dossier, two deskundigen, CvT within 6 weeks, bezwaar) but explicitly no criteria ('integrale afweging', afwegingskader volgt in 2027).",
        "terugstroom": "Inside the TLV chapter, 5.5 'Einde TLV en terugkeer': policy with conditions, procedure with dates (1 maart, 1 mei, 31 juli), terugkeerarrangement, figures.",
        "financien": "Ch 10 gives verdeelmodel procedure and criteria (teldatum, CBS-toeslag, per-arrangement toewijzing) but no amounts; meerjarenbegroting is 'p.m.' and Bijlage 3 is empty.",
        "dekkend-aanbod": "Ch 4 five-level continuum table; ch 6 gap analysis twice a year, thuiszitters escalation with doorzettingsmacht; ch 8 OOGO agreements.",
        "resultaten": "Ch 1 terugblik with achieved figures; ch 9 targets table and quarterly dashboard/jaarverslag monitoring.",
        "ouders": "Ch 7: schoolgids, website, ouderinformatielijn, ouderavonden; independent OJSP, onderwijsconsulenten, klachten/geschillen.",
    },
)


# ---------------------------------------------------------------------------
# Plan 3: small rural PO verband, plain text
# ---------------------------------------------------------------------------
P3_CTX = dict(
    swv="Samenwerkingsverband Kop van de Polder", kort="SWV Kop van de Polder",
    periode="2026-2030", directeur="Gert-Jan Zijlstra", motto="Elk kind een plek in het dorp",
    artikel="artikel 18a WPO", besturen="zes", plaats="Nieuwe Kolk", fte="4,2",
    opr_datum="5 maart 2026", oogo_datum="20 januari 2026",
    gemeenten="de gemeenten Polderland en Noorderkolk", portaal="ZorgDossier Kop",
)

P3 = [
    ("title", "Ondersteuningsplan Kop van de Polder 2026-2030"),
    ("sub", "Samenwerkingsverband passend onderwijs PO 21-05 - tekstversie voor de website"),
    ("toc", ["Voorwoord", "1. Over ons verband", "2. Visie en missie",
             "3. Wat elke school in de regio minimaal biedt", "4. Ondersteuning binnen en tussen scholen",
             "5. Toelaatbaarheid en terugplaatsing", "6. Ouders", "7. Geld en middelen",
             "8. Wat we willen bereiken", "9. Samenwerking met gemeenten en jeugdhulp",
             "10. Organisatie, medezeggenschap, personeel en ICT", "11. Planning",
             "Begrippenlijst"]),
] + filler("voorwoord") + [
    ("h1", "1. Over ons verband"),
    ("p", "Kop van de Polder is een plattelandsverband. Zes schoolbesturen met samen 29 basisscholen en "
          "één school voor speciaal basisonderwijs, De Zandloper in Nieuwe Kolk, werken samen in twee "
          "gemeenten. Veel scholen zijn klein: twaalf scholen hebben minder dan honderd leerlingen. Op 1 "
          "oktober 2025 telden we 4.390 leerlingen in het basisonderwijs en 96 in het sbo. Een school voor "
          "speciaal onderwijs is er in onze regio niet; 71 kinderen uit ons verband reizen dagelijks naar een "
          "so-school in Alkmaar, Hoorn of Den Helder. In 2025 gaf het verband 37 toelaatbaarheidsverklaringen "
          "af, waarvan 22 voor het sbo."),
    ("p", "De krimp is de grootste uitdaging. Het aantal leerlingen daalt naar verwachting met 11% tot 2030. "
          "Besturen overwegen fusies van kleine scholen; dat raakt ook de ondersteuning, want in een kleine "
          "school is de intern begeleider vaak ook leerkracht of directeur."),
] + filler("leeswijzer", "wettelijk", "visie", "inclusief") + [
    ("h2", "Krimp en kleine scholen"),
    ("p", "In de kleinste dorpen staat het voortbestaan van de school soms ter discussie. Voor ouders is de "
          "dorpsschool vaak meer dan een school: het is een ontmoetingsplek en een reden om in het dorp te "
          "blijven wonen. Besturen maken die afweging zorgvuldig en in overleg met de gemeenten. Voor het "
          "samenwerkingsverband is het belangrijk dat ook bij een fusie of sluiting de kennis over kinderen "
          "met een ondersteuningsbehoefte niet verloren gaat. We vragen besturen daarom om bij iedere "
          "schoolsluiting een warme overdracht te organiseren tussen de intern begeleiders van de oude en de "
          "nieuwe school. In de planperiode verkennen we met de besturen of gezamenlijke intern begeleiders "
          "voor clusters van kleine scholen een goede oplossing is; die verkenning heeft geen gevolgen voor de "
          "afspraken in dit plan."),
    ("h1", "3. Wat elke school in de regio minimaal biedt"),
    ("p", "De zes besturen hebben afgesproken wat ouders bij elke school in Kop van de Polder mogen "
          "verwachten, ongeacht de grootte of de denominatie van de school. Deze afspraak noemen we de "
          "ondergrens; in de wet heet het basisondersteuning. Een school die de ondergrens niet haalt, "
          "spreekt zijn eigen bestuur daarop aan en krijgt hulp van het verband om het niveau te bereiken. "
          "De ondergrens bestaat uit tien afspraken:"),
    ("bullets", [
        "1. Elke school heeft een intern begeleider, ook als die taak wordt gecombineerd met lesgeven; de school maakt daarvoor ten minste acht uur per week vrij.",
        "2. Elke school werkt met een leerlingvolgsysteem en bespreekt de resultaten van alle groepen twee keer per jaar.",
        "3. Elke school heeft een dyslexieprotocol en biedt kinderen met dyslexie hulpmiddelen zoals voorleessoftware.",
        "4. Elke school biedt kinderen met een ontwikkelingsvoorsprong verrijkingsstof en een wekelijks moment met ontwikkelingsgelijken (zo nodig samen met een buurschool).",
        "5. Elke school heeft een aanpak voor gedrag in de klas en een pestprotocol.",
        "6. Elke school kan kinderen die Nederlands als tweede taal leren, in het eerste jaar extra taalinstructie geven.",
        "7. Elke school kan de orthopedagoog van het verband binnen twee weken inschakelen voor een consultatie.",
        "8. Elke school stelt voor kinderen met een eigen leerlijn een ontwikkelingsperspectief op.",
        "9. Elke school heeft een protocol medisch handelen en een veilig, rustig plekje voor een kind dat even uit de groep moet.",
        "10. Elke school werkt samen met het Centrum voor Jeugd en Gezin in het dorp of de gemeente.",
    ]),
    ("h1", "4. Ondersteuning binnen en tussen scholen"),
    ("p", "Als een kind meer nodig heeft dan de ondergrens, bouwt de ondersteuning zich in stappen op. Stap 1 "
          "is ondersteuning in de eigen groep en school. Stap 2 is een onderwijsarrangement van het verband: de "
          "school vraagt via de consulent een arrangement aan, bijvoorbeeld ambulante begeleiding door een "
          "leerkracht van De Zandloper, extra handen in de klas of een kortdurende training. Stap 3 is een "
          "plek in een bovenschoolse voorziening: de Plusgroep voor hoogbegaafde kinderen (één dag per week in "
          "Nieuwe Kolk), de Taalklas voor nieuwkomers in Polderland en de observatiegroep van De Zandloper. "
          "Stap 4 is een plaatsing in het speciaal basisonderwijs, stap 5 een plaatsing in het speciaal "
          "onderwijs buiten de regio. Een schema van deze stappen hangt in elke school."),
    ("p", "Tussen de scholen maken we gebruik van elkaars kennis: kleine scholen kunnen via de 'scholenkring' "
          "een collega-IB'er van een nabije school inschakelen, en De Zandloper fungeert als expertisecentrum "
          "voor de regio."),
    ("p", "Of dit aanbod voldoende dekkend is, weten we eerlijk gezegd nog niet goed. In 2027 laten we een "
          "onafhankelijk bureau onderzoeken welke kinderen niet de plek krijgen die ze nodig hebben. Daarna "
          "bepalen we, samen met de gemeenten, welke acties nodig zijn."),
    ("h1", "5. Toelaatbaarheid en terugplaatsing"),
    ("p", "De procedure voor het aanvragen van een toelaatbaarheidsverklaring, de criteria die het verband "
          "hanteert en de afspraken over terugplaatsing naar het basisonderwijs zijn vastgelegd in het "
          "Handboek Toewijzing Kop van de Polder (bijlage C). Het handboek wordt na vaststelling door het "
          "bestuur aan dit plan toegevoegd."),
    ("h1", "6. Ouders"),
    ("p", "Ouders kennen hun kind het best. Wij willen dat zij weten wat hun school en het verband kunnen "
          "bieden. Daarom staat in de schoolgids van elke school een vaste paragraaf 'Ondersteuning op onze "
          "school' met de tien afspraken uit hoofdstuk 3 en wat de school daarbovenop biedt. Op de website "
          "www.kopvandepolder.nl staat de 'Ouderwijzer', een pagina met antwoorden op veelgestelde vragen en "
          "het schema van de ondersteuningsstappen. Elk voorjaar organiseren we in beide gemeenten een "
          "ouderavond, samen met het Centrum voor Jeugd en Gezin. Een folder over de Plusgroep en de Taalklas "
          "wordt meegegeven bij aanmelding."),
    ("p", "Voor onafhankelijke steun kunnen ouders en kinderen terecht bij het Steunpunt Ouders Noordkop, "
          "een ouder- en jeugdsteunpunt dat samen met twee buurverbanden is opgezet en dat los staat van "
          "scholen en besturen. Het steunpunt geeft advies, gaat mee naar gesprekken en verwijst zo nodig door "
          "naar de onderwijsconsulenten. Klachten over het verband behandelt de Landelijke Klachtencommissie "
          "Onderwijs."),
] + filler("opr_ouders") + [
    ("h1", "7. Geld en middelen"),
    ("p", "Het verband ontvangt jaarlijks ongeveer 3,4 miljoen euro aan ondersteuningsmiddelen. Daarvan gaat "
          "ongeveer de helft via DUO rechtstreeks naar het speciaal onderwijs en de groei van het sbo. Over de "
          "rest besluit het bestuur aan de hand van drie verdeelregels:"),
    ("bullets", [
        "Schoolbudget: elk schoolbestuur ontvangt € 105 per leerling (teldatum 1 oktober van het vorige jaar) voor de ondersteuning boven de ondergrens.",
        "Kleine-scholentoeslag: scholen met minder dan 100 leerlingen ontvangen daarnaast € 3.000 per jaar, omdat de intern begeleiding daar relatief duur is.",
        "Arrangementenpot: onderwijsarrangementen (stap 2) en bovenschoolse voorzieningen (stap 3) worden betaald uit een centrale pot; de consulent kent een arrangement toe als de school de ondergrens aantoonbaar heeft geboden en het OPP laat zien dat dat niet voldoende is.",
    ]),
    ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten", "3.410", "3.340", "3.270", "3.200"],
               ["Afdrachten so en sbo (DUO)", "1.690", "1.680", "1.670", "1.660"],
               ["Schoolbudgetten", "460", "450", "440", "430"],
               ["Kleine-scholentoeslag", "36", "36", "33", "33"],
               ["Arrangementenpot", "640", "620", "600", "580"],
               ["Bovenschoolse voorzieningen", "310", "310", "300", "300"],
               ["Bureau", "290", "292", "295", "297"],
               ["Saldo", "-16", "-48", "-68", "-100"]]),
    ("p", "De reserve bedraagt eind 2025 ongeveer 1,1 miljoen euro. Door de negatieve saldi daalt die naar "
          "ongeveer 0,9 miljoen euro, wat past bij de risico's van een klein verband."),
    ("h1", "8. Wat we willen bereiken"),
    ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereikt hebben:"),
    ("bullets", [
        "Alle 29 scholen voldoen aantoonbaar aan de tien afspraken van de ondergrens (2025: 22 scholen).",
        "Ten minste 80% van de kinderen met een onderwijsarrangement haalt de doelen die bij de start zijn afgesproken.",
        "Het aantal kinderen dat voor speciaal onderwijs buiten de regio moet reizen, is gedaald van 71 naar hooguit 60.",
        "Ten minste 90% van de ouders van kinderen in de Plusgroep en de Taalklas beoordeelt de ondersteuning als goed.",
    ]),
    ("p", "Hoe en wanneer we deze doelen meten en aan wie we daarover rapporteren, leggen we vast in een "
          "monitoringsplan dat in de loop van 2027 verschijnt."),
    ("h1", "9. Samenwerking met gemeenten en jeugdhulp"),
    ("p", "Met de gemeenten Polderland en Noorderkolk hebben we in het OOGO afgesproken dat elke school een "
          "vaste contactpersoon van het Centrum voor Jeugd en Gezin heeft, dat jeugdhulp onder schooltijd in "
          "de school kan worden geboden als dat voor het kind beter is, en dat we voor kinderen die onderwijs "
          "en zorg combineren samen een onderwijs-zorgarrangement opstellen, waarvan de gemeente het zorgdeel "
          "betaalt. Het leerlingenvervoer naar so-scholen buiten de regio blijft een zorgpunt."),
] + filler("oogo_proc", "vo_overleg", "duurzaam") + [
    ("h1", "10. Organisatie, medezeggenschap, personeel en ICT"),
] + filler("governance")[1:] + filler("inspectie") + filler("personeel")[1:] + filler("ict")[1:] + [
    ("h1", "11. Planning"),
] + filler("planning")[1:] + [
    ("h1", "Begrippenlijst"),
    ("gloss", [("Basisondersteuning", "Zie ondergrens."),
               ("Dekkend aanbod", "Voor ieder kind is een passende plek beschikbaar; thuiszitters worden voorkomen."),
               ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
               ("Monitoring", "Het periodiek verzamelen en bespreken van gegevens over de resultaten."),
               ("Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar een basisschool, met begeleiding."),
               ("TLV", "Toelaatbaarheidsverklaring; wordt aangevraagd door het schoolbestuur en afgegeven door het verband na advies van twee deskundigen.")]),
]

P3_LABEL = label(
    ["po-kopvandepolder.txt"], "po",
    {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
     "dekkend-aanbod.lacunes", "resultaten.monitoring"},
    {"basisondersteuning": ["borging"], "financien": ["reserves"],
     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    {
        "basisondersteuning": "Ch 3 'Wat elke school in de regio minimaal biedt' (called 'ondergrens'): agreed minimum for every school with ten concrete afspraken.",
        "plaatsing": "Ch 5 only refers to an absent Handboek Toewijzing (bijlage C); the TLV count in ch 1 and the glossary entry (aanvrager, twee deskundigen) do not count.",
        "terugstroom": "Ch 5 heading names terugplaatsing but the body only refers to the absent handboek; glossary entry only.",
        "financien": "Ch 7 'Geld en middelen': three verdeelregels with amounts and criteria, begroting table 2026-2029, reserve.",
        "dekkend-aanbod": "Ch 4 describes the five-step continuum within/between schools; gap analysis deferred to 2027 ('weten we nog niet goed'); OOGO agreements in ch 9 (ketenpartners).",
        "resultaten": "Ch 8 lists measurable intended results; how they are measured/reported is deferred to a monitoringsplan 'in de loop van 2027' (the planning chapter's mid-term evaluation of the plan and the glossary entry 'Monitoring' do not count).",
        "ouders": "Ch 6: schoolgids paragraph, Ouderwijzer web page, ouderavonden, folder; Steunpunt Ouders Noordkop (OJSP), onderwijsconsulenten, klachtencommissie.",
    },
)


# ---------------------------------------------------------------------------
# Plan 4: VO verband, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------
P4_CTX = dict(
    swv="Samenwerkingsverband Voortgezet Onderwijs Linge en Betuwe", kort="SWV VO Linge en Betuwe",
    periode="2026-2030", directeur="Marloes Hendriksen MEd", motto="Op weg naar een diploma, samen onderweg",
    artikel="artikel 17a WVO, thans artikel 2.47 e.v. WVO 2020", besturen="acht", plaats="Lingedal", fte="18,5",
    opr_datum="2 april 2026", oogo_datum="12 februari 2026",
    gemeenten="de gemeenten Lingedal, Betuwerwaard en Geldermalsen-Oost", portaal="Overstapportaal Linge",
    ib="ondersteuningscoördinatoren", code="Code Goed Onderwijsbestuur VO", cao="cao voortgezet onderwijs",
)

P4 = [
    ("title", "Ondersteuningsplan 2026-2030"),
    ("sub", "{swv} (VO 25-11)"),
    ("sub", "Versie voor instemming OPR en vaststelling door het bestuur"),
    ("toc", ["Voorwoord ..... 2", "1 Inleiding ..... 3", "2 Visie en missie ..... 4",
             "3 Basisondersteuning ..... 6", "4 Het ondersteuningsaanbod ..... 7",
             "5 Toelaatbaarheid vso, lwoo en pro ..... 10", "6 Terugplaatsing en overplaatsing ..... 14",
             "7 Thuiszitters en zorgplicht ..... 15", "8 Ouders en leerlingen ..... 17",
             "9 Samenwerking met gemeenten ..... 18", "10 Kwaliteitszorg ..... 19",
             "11 Financiën ..... 21", "12 Organisatie, personeel en ICT ..... 22",
             "Bijlage I Afkortingen ..... 25", "Bijlage II Meerjarenbegroting ..... 26"]),
] + filler("voorwoord") + [
    ("h1", "1 Inleiding"),
    ("p", "Het samenwerkingsverband Linge en Betuwe omvat veertien scholen voor voortgezet onderwijs van acht "
          "besturen, waaronder twee scholen voor praktijkonderwijs en één school voor voortgezet speciaal "
          "onderwijs met twee locaties. Op 1 oktober 2025 telde het verband 11.240 leerlingen. Daarvan "
          "volgden 1.310 leerlingen leerwegondersteunend onderwijs, 402 praktijkonderwijs en 318 het vso. Het "
          "verband is sinds 2014 actief; dit is het derde ondersteuningsplan."),
] + filler("leeswijzer", "wettelijk") + [
    ("h2", "Hoe dit plan tot stand kwam"),
    ("p", "Het schrijven van dit plan begon in september 2024 met een startbijeenkomst voor alle "
          "schoolleiders. Daarna volgden vier werksessies met telkens een ander gezelschap: intern "
          "begeleiders, bestuurders, medewerkers van het bureau en vertegenwoordigers van de gemeenten. In "
          "elke sessie stond dezelfde vraag centraal: wat moet er in de komende vier jaar anders, en wat moet "
          "vooral blijven zoals het is? De opbrengst van die sessies is samengevat in een notitie die in het "
          "voorjaar van 2025 in de bestuursvergadering is besproken. Een schrijfgroep van vijf personen heeft "
          "op basis daarvan de tekst opgesteld. Het eerste concept is in november 2025 voorgelegd aan de "
          "schoolbesturen; hun reacties zijn verwerkt in deze versie."),
    ("p", "Niet alle wensen uit de werksessies hebben een plek gekregen. Sommige onderwerpen, zoals de "
          "huisvesting van het speciaal onderwijs, liggen buiten onze bevoegdheid. Andere onderwerpen vragen "
          "meer tijd en worden in de jaarplannen uitgewerkt. We hebben geprobeerd het plan kort en leesbaar te "
          "houden; achtergronddocumenten zijn op aanvraag verkrijgbaar bij het bureau."),
] + filler("visie", "inclusief") + [
    ("h2", "Communicatie met scholen en besturen"),
    ("p", "Het bureau informeert schoolleiders en intern begeleiders via een maandelijkse nieuwsbrief en via "
          "het besloten deel van de website. Bestuurders ontvangen na iedere bestuursvergadering een korte "
          "samenvatting van de besluiten. Twee keer per jaar organiseert het verband een netwerkbijeenkomst "
          "voor alle scholen, waarin een actueel thema centraal staat, zoals gedrag in de onderbouw of de "
          "samenwerking met de wijkteams. Nieuwe schoolleiders en intern begeleiders krijgen een "
          "kennismakingsgesprek met de directeur-bestuurder en een introductiemap."),
    ("p", "Het bureau is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 uur. In de schoolvakanties "
          "is er een beperkte bezetting; spoedvragen van scholen worden dan binnen twee werkdagen "
          "beantwoord. De medewerkers van het bureau werken deels op locatie bij de scholen en deels op het "
          "kantoor in Vechtwoude. Vergaderingen van het bestuur en de ondersteuningsplanraad vinden "
          "afwisselend plaats op een van de scholen, zodat bestuurders en raadsleden de scholen ook van binnen "
          "leren kennen. In de planperiode willen we het aantal overleggen beperken en waar mogelijk "
          "combineren, zodat schoolleiders en intern begeleiders meer tijd overhouden voor hun eigen school."),
    ("h1", "3 Basisondersteuning"),
    ("p", "In het vorige ondersteuningsplan hebben de besturen de basisondersteuning van het verband "
          "vastgelegd. Die afspraken blijven van kracht totdat de landelijke norm basisondersteuning wettelijk "
          "is verankerd. Zodra de landelijke norm er is, herijken we de inhoud en het niveau van de "
          "basisondersteuning in ons verband; dat verwachten we in de loop van 2027."),
    ("p", "Het verband toetst jaarlijks of scholen de basisondersteuning op orde hebben. Elke school "
          "levert daarvoor in september een zelfevaluatie aan, die een auditteam van twee "
          "ondersteuningscoördinatoren van andere scholen en een orthopedagoog van het verband toetst met een "
          "schoolbezoek. Scholen die op onderdelen onvoldoende scoren, stellen binnen twee maanden een "
          "verbeterplan op; het bestuur van het verband volgt de uitvoering en kan bij achterblijvende "
          "verbetering een deel van het schoolbudget bestemmen voor een verbetertraject."),
    ("h1", "4 Het ondersteuningsaanbod"),
    ("p", "Het ondersteuningsaanbod in Linge en Betuwe is opgebouwd als een continuüm van lichte naar zware "
          "ondersteuning. Elke school biedt basisondersteuning en extra ondersteuning binnen de school, "
          "bijvoorbeeld via een ondersteuningsklas, een trajectvoorziening of lwoo. Voor leerlingen die tijdelijk "
          "meer nodig hebben dan hun school kan bieden, zijn er bovenschoolse voorzieningen. Voor leerlingen "
          "voor wie dat niet volstaat, zijn er het praktijkonderwijs en het vso."),
    ("table", [["Voorziening", "Voor wie", "Capaciteit", "Duur"],
               ["Ondersteuningsklas (op 6 vmbo-scholen)", "leerlingen met leer- of gedragsvragen die een kleinere groep nodig hebben", "12-15 per klas", "1-2 jaar"],
               ["OPDC De Overstap", "leerlingen die tijdelijk niet in de reguliere les kunnen functioneren", "48 plaatsen", "max. 1 jaar"],
               ["Rebound Lingedal", "time-out bij ernstige gedragsproblemen", "12 plaatsen", "6-12 weken"],
               ["Plusvoorziening Betuwe", "hoogbegaafde leerlingen met onderpresteren", "30 plaatsen", "1 dag per week"],
               ["Schakelklas nieuwkomers", "anderstalige leerlingen 12-16 jaar", "40 plaatsen", "max. 2 jaar"],
               ["Praktijkonderwijs (2 scholen)", "leerlingen met een pro-toelaatbaarheid", "420 plaatsen", "tot diploma/arbeid"],
               ["Vso De Lingeborg", "leerlingen met een TLV vso", "330 plaatsen", "volgens TLV"]]),
    ("p", "Scholen vragen een plek in een bovenschoolse voorziening aan via het Loket van het verband. De "
          "loketconsulent bespreekt de aanvraag binnen tien schooldagen met school, ouders en leerling en kent "
          "de plek toe. Elke plaatsing in een bovenschoolse voorziening heeft een terugkeerdatum naar de eigen "
          "school."),
    ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
    ("h2", "5.1 Toelaatbaarheid vso"),
    ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, dient de "
          "aanvraag in via het Overstapportaal Linge. Bij de aanvraag horen het OPP met de evaluaties van de "
          "geboden ondersteuning, de zienswijze van ouders en van de leerling, en relevante verslagen van "
          "jeugdhulp of onderzoek. Het Loket toetst binnen vijf werkdagen of het dossier volledig is. De "
          "Commissie Toewijzing van het verband beslist daarna binnen zes weken."),
    ("p", "De Commissie Toewijzing vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
          "afhankelijk van de leerling, een kinder- en jeugdpsychiater, een maatschappelijk werker of een "
          "jeugdarts. Elke deskundige adviseert schriftelijk en afzonderlijk; ouders ontvangen een kopie van "
          "beide adviezen. Een TLV vso wordt afgegeven voor ten hoogste drie schooljaren, met "
          "bekostigingscategorie laag, midden of hoog."),
    ("p", "De commissie hanteert de volgende criteria; aan alle vier moet zijn voldaan:"),
    ("table", [["Criterium", "Toelichting"],
               ["A. Ondersteuning in het regulier onderwijs is benut", "de school heeft ten minste zes maanden extra ondersteuning geboden en geëvalueerd, tenzij de ernst van de problematiek dat onverantwoord maakt"],
               ["B. Intensieve ondersteuningsbehoefte", "de leerling heeft gedurende de hele schooldag een intensieve combinatie van onderwijs en begeleiding nodig"],
               ["C. Geen passend regulier alternatief", "ook een bovenschoolse voorziening (OPDC, rebound) biedt geen perspectief"],
               ["D. Perspectief in het vso", "het vso kan een ontwikkelingsperspectief bieden dat aansluit bij de uitstroomrichting van de leerling"]]),
    ("h2", "5.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
    ("p", "Voor lwoo en pro hanteert het verband de landelijke criteria; het verband heeft geen eigen "
          "lwoo-criteria vastgesteld. De basisschool levert vóór 1 februari van groep 8 de gegevens aan "
          "(schooladvies, toetsgegevens, sociaal-emotionele gegevens en zo nodig een intelligentieonderzoek) "
          "via het Overstapportaal. De Commissie Toewijzing beslist vóór 15 maart over de aanwijzing lwoo en "
          "de toelaatbaarheid pro, zodat leerlingen tijdig kunnen worden ingeschreven. Een aanwijzing lwoo "
          "geldt voor de duur van de opleiding; een pro-toelaatbaarheid geldt voor de gehele schoolloopbaan."),
    ("h2", "5.3 Bezwaar"),
    ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders en school binnen zes weken bezwaar maken bij "
          "het bestuur van het verband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen en beslist binnen tien weken."),
    ("h1", "6 Terugplaatsing en overplaatsing"),
    ("p", "De vso-school evalueert het OPP van iedere leerling minstens één keer per schooljaar. In het "
          "laatste jaar van de TLV organiseert de vso-school vóór 1 februari een evaluatiegesprek met de "
          "leerling, de ouders en de loketconsulent. Daarin wordt besloten of de vso-school een nieuwe TLV "
          "aanvraagt of dat de leerling wordt aangemeld bij een school voor regulier voortgezet onderwijs. In "
          "het laatste geval meldt de vso-school de leerling vóór 1 april aan bij de ontvangende school en "
          "eindigt de TLV op 31 juli. De Commissie Toewijzing neemt het besluit over een nieuwe TLV volgens de "
          "procedure van hoofdstuk 5."),
    ("p", "Het beleid van het verband ten aanzien van terugplaatsing en overplaatsing, inclusief de doelen, "
          "de voorwaarden en de begeleiding na terugkeer, wordt in 2026 herijkt. De uitkomst wordt als "
          "addendum aan dit plan toegevoegd."),
    ("h1", "7 Thuiszitters en zorgplicht"),
    ("p", "Iedere school heeft zorgplicht: een leerling die zich aanmeldt en extra ondersteuning nodig heeft, "
          "krijgt binnen zes weken (met één keer verlenging van vier weken) een passende plek op de eigen "
          "school of op een andere school die de leerling toelaat. Lukt dat niet, dan schakelt de school "
          "uiterlijk in week vier de loketconsulent in, die met de andere besturen een plek zoekt."),
    ("p", "Het verband houdt samen met de afdelingen leerplicht van de drie gemeenten een actuele lijst bij "
          "van thuiszitters en leerlingen met een vrijstelling. Elke maand bespreekt het Thuiszittersoverleg "
          "iedere leerling op die lijst. Blijft een oplossing langer dan drie maanden uit, dan legt de "
          "directeur-bestuurder de casus voor aan de bestuurders van de betrokken scholen, die gezamenlijk "
          "doorzettingsmacht hebben. Wachtlijsten voor het OPDC en het vso rapporteert het Loket elk kwartaal "
          "aan het bestuur; bij een wachtlijst van meer dan vier weken besluit het bestuur over tijdelijke "
          "uitbreiding van de capaciteit."),
    ("h1", "8 Ouders en leerlingen"),
    ("p", "Ouders en leerlingen zijn gesprekspartner bij alles wat het verband en de scholen voor een "
          "leerling regelen. Leerlingen hebben hoorrecht bij het opstellen van hun OPP. In de OPR hebben "
          "ouders en leerlingen samen de helft van de zetels."),
    ("p", "De informatievoorziening aan ouders over de ondersteuningsmogelijkheden wordt in 2026 vernieuwd. "
          "Een nieuwe website en een ouderfolder zijn in voorbereiding."),
    ("p", "Ouders en leerlingen die onafhankelijk advies zoeken of het niet eens zijn met een school of met "
          "het verband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt is "
          "onafhankelijk van scholen en verband, luistert, adviseert en kan bemiddelen. Daarnaast kunnen zij "
          "een beroep doen op de onderwijsconsulenten. Klachten kunnen worden ingediend bij de Landelijke "
          "Klachtencommissie Onderwijs, geschillen over toelating en verwijdering bij de Geschillencommissie "
          "passend onderwijs."),
] + filler("opr_neutraal") + [
    ("h1", "9 Samenwerking met gemeenten"),
    ("p", "In het OOGO met de gemeenten Lingedal, Betuwerwaard en Geldermalsen-Oost zijn afspraken gemaakt "
          "over jeugdhulp op school (een jeugdprofessional op elke vestiging), over onderwijs-zorgarrangementen "
          "in het vso en het OPDC, en over de overgang naar het mbo en de arbeidsmarkt voor leerlingen uit "
          "het pro en vso. Gemeenten en verband financieren samen de jeugdprofessionals."),
] + filler("oogo_proc") + [
    ("h1", "10 Kwaliteitszorg"),
    ("p", "De kwaliteitszorg van het verband volgt een vaste jaarcyclus. Het Loket registreert alle "
          "aanvragen, toewijzingen, TLV's, plaatsingen in bovenschoolse voorzieningen, thuiszitters en "
          "terugplaatsingen. Het bureau verwerkt deze gegevens elk kwartaal in een dashboard met onder meer "
          "deelnamepercentages (vso, pro, lwoo) naast het landelijk gemiddelde, doorlooptijden en uitstroom uit "
          "het OPDC. Het dashboard wordt besproken in het bestuur en twee keer per jaar in de OPR."),
    ("p", "Eens per twee jaar houdt het verband een tevredenheidsonderzoek onder scholen, ouders en "
          "leerlingen die een arrangement of voorziening hebben gehad. De uitkomsten, de cijfers uit het "
          "dashboard en een analyse daarvan staan in het jaarverslag, dat vóór 1 juli verschijnt. De beoogde "
          "resultaten voor leerlingen met extra ondersteuning formuleren we per schooljaar in het jaarplan."),
] + filler("inspectie") + [
    ("h1", "11 Financiën"),
    ("p", "De financiële vertaling van dit ondersteuningsplan, inclusief de verdeelsystematiek en de "
          "meerjarenbegroting, is opgenomen in de Kadernota Middelen 2026-2030. De kadernota wordt jaarlijks "
          "door het bestuur vastgesteld en afzonderlijk aan de OPR voorgelegd. Voor de meerjarenbegroting "
          "verwijzen we naar bijlage II."),
    ("h1", "12 Organisatie, personeel en ICT"),
] + filler("governance")[1:] + filler("personeel")[1:] + filler("ict")[1:] + filler("planning") + [
    ("h1", "Bijlage I Afkortingen"),
    ("gloss", [("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
               ("LWOO", "leerwegondersteunend onderwijs"),
               ("OJSP", "ouder- en jeugdsteunpunt"),
               ("OPDC", "orthopedagogisch-didactisch centrum"),
               ("OPR", "ondersteuningsplanraad"),
               ("PrO", "praktijkonderwijs"),
               ("TLV", "toelaatbaarheidsverklaring"),
               ("VSO", "voortgezet speciaal onderwijs")]),
    ("h1", "Bijlage II Meerjarenbegroting"),
    ("p", "Volgt na vaststelling van de Kadernota Middelen."),
]

P4_LABEL = label(
    ["vo-lingeenbetuwe.pdf"], "vo",
    {"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
     "financien.verdeling", "financien.besteding", "resultaten.doelen", "ouders.informatie"},
    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
     "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    {
        "basisondersteuning": "Ch 3 only refers to the previous plan and defers level and content to the landelijke norm (2027); only the yearly audit/verbeterplan (borging) is addressed, so partial via an advisory criterion.",
        "plaatsing": "Ch 5: vso procedure (portaal, Loket, Commissie Toewijzing, 6 weeks), criteria A-D in a table, two deskundigen, duration/category, lwoo/pro route with dates, bezwaar via LBT.",
        "terugstroom": "Ch 6 gives the procedure (annual OPP evaluation, meeting before 1 Feb of last TLV year, aanmelding before 1 April, TLV ends 31 July); policy (aims, conditions, support after return) deferred to an addendum.",
        "financien": "Ch 11 only refers to a separate Kadernota Middelen and an empty Bijlage II ('volgt'); nothing about verdeling or besteding in the body.",
        "dekkend-aanbod": "Ch 4 continuum table of voorzieningen (ondersteuningsklas, OPDC, rebound, pro, vso); ch 7 zorgplicht, thuiszitters list and escalation, wachtlijsten; ch 9 OOGO.",
        "resultaten": "Ch 10 'Kwaliteitszorg' describes the quarterly dashboard, surveys and jaarverslag (monitoring) but intended results are left to the yearly jaarplan.",
        "ouders": "Ch 8: information for parents 'wordt in 2026 vernieuwd' (deferral); independent help via OJSP Rivierenland, onderwijsconsulenten, klachten/geschillen; hoorrecht and OPR seats.",
    },
)


# ---------------------------------------------------------------------------
# Plan 5: mid-size PO verband, .docx
# ---------------------------------------------------------------------------
P5_CTX = dict(
    swv="Samenwerkingsverband Passend Primair Onderwijs Vechtstreek-Oost", kort="SWV Vechtstreek-Oost",
    periode="2026-2030", directeur="Paul Verbeek", motto="Samen sterk voor elk kind",
    artikel="artikel 18a van de Wet op het primair onderwijs", besturen="twaalf", plaats="Vechtwoude", fte="14,0",
    opr_datum="19 maart 2026", oogo_datum="29 januari 2026",
    gemeenten="de gemeenten Vechtwoude, Oostermolen en Dalfsen-Noord", portaal="Vechtportaal",
)

P5 = [
    ("title", "Ondersteuningsplan 2026-2030"),
    ("sub", "{swv} (PO 23-07)"),
    ("sub", "Concept 0.9 - ter instemming aan de ondersteuningsplanraad"),
    ("toc", ["Voorwoord 2", "1 Inleiding 3", "2 Visie en missie 4", "3 Basisondersteuning 6",
             "4 Ondersteuningsaanbod en dekkend netwerk 7", "5 Toelaatbaarheid sbo en so 9",
             "6 Terug naar de basisschool 12", "7 Resultaten 13", "8 Ouders 14",
             "9 Financieel beleid 15", "10 Samenwerking met gemeenten 17",
             "11 Organisatie en personeel 18", "12 Privacy 20", "Begrippenlijst 21",
             "Bijlage 1 Referentiekader basisondersteuning 22"]),
] + filler("voorwoord") + [
    ("h1", "1 Inleiding"),
    ("p", "In {kort} werken twaalf schoolbesturen samen. Zij zijn verantwoordelijk voor 58 basisscholen, "
          "drie scholen voor speciaal basisonderwijs en de so-school De Vechtoever, met in totaal ongeveer "
          "14.900 leerlingen. Het werkgebied omvat drie gemeenten met zowel een middelgrote stad als een "
          "uitgestrekt buitengebied. Dit plan is de opvolger van het ondersteuningsplan 2022-2026."),
] + filler("leeswijzer", "wettelijk") + [
    ("h2", "Hoe dit plan tot stand kwam"),
    ("p", "Het schrijven van dit plan begon in september 2024 met een startbijeenkomst voor alle "
          "schoolleiders. Daarna volgden vier werksessies met telkens een ander gezelschap: intern "
          "begeleiders, bestuurders, medewerkers van het bureau en vertegenwoordigers van de gemeenten. In "
          "elke sessie stond dezelfde vraag centraal: wat moet er in de komende vier jaar anders, en wat moet "
          "vooral blijven zoals het is? De opbrengst van die sessies is samengevat in een notitie die in het "
          "voorjaar van 2025 in de bestuursvergadering is besproken. Een schrijfgroep van vijf personen heeft "
          "op basis daarvan de tekst opgesteld. Het eerste concept is in november 2025 voorgelegd aan de "
          "schoolbesturen; hun reacties zijn verwerkt in deze versie."),
    ("p", "Niet alle wensen uit de werksessies hebben een plek gekregen. Sommige onderwerpen, zoals de "
          "huisvesting van het speciaal onderwijs, liggen buiten onze bevoegdheid. Andere onderwerpen vragen "
          "meer tijd en worden in de jaarplannen uitgewerkt. We hebben geprobeerd het plan kort en leesbaar te "
          "houden; achtergronddocumenten zijn op aanvraag verkrijgbaar bij het bureau."),
] + filler("visie", "inclusief") + [
    ("h2", "Communicatie met scholen en besturen"),
    ("p", "Het bureau informeert schoolleiders en intern begeleiders via een maandelijkse nieuwsbrief en via "
          "het besloten deel van de website. Bestuurders ontvangen na iedere bestuursvergadering een korte "
          "samenvatting van de besluiten. Twee keer per jaar organiseert het verband een netwerkbijeenkomst "
          "voor alle scholen, waarin een actueel thema centraal staat, zoals gedrag in de onderbouw of de "
          "samenwerking met de wijkteams. Nieuwe schoolleiders en intern begeleiders krijgen een "
          "kennismakingsgesprek met de directeur-bestuurder en een introductiemap."),
    ("p", "Het bureau is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 uur. In de schoolvakanties "
          "is er een beperkte bezetting; spoedvragen van scholen worden dan binnen twee werkdagen "
          "beantwoord. De medewerkers van het bureau werken deels op locatie bij de scholen en deels op het "
          "kantoor in Vechtwoude. Vergaderingen van het bestuur en de ondersteuningsplanraad vinden "
          "afwisselend plaats op een van de scholen, zodat bestuurders en raadsleden de scholen ook van binnen "
          "leren kennen. In de planperiode willen we het aantal overleggen beperken en waar mogelijk "
          "combineren, zodat schoolleiders en intern begeleiders meer tijd overhouden voor hun eigen school."),
    ("h1", "3 Basisondersteuning"),
    ("p", "Basisondersteuning is een belangrijk fundament onder passend onderwijs in onze regio. Voor de "
          "beschrijving van de basisondersteuning verwijzen wij naar bijlage 1, het Referentiekader "
          "basisondersteuning Vechtstreek-Oost 2022, en naar de schoolgidsen van de scholen. In de planperiode "
          "volgen wij de ontwikkelingen rond de landelijke norm basisondersteuning nauwgezet."),
    ("h1", "4 Ondersteuningsaanbod en dekkend netwerk"),
    ("p", "Het ondersteuningsaanbod binnen en tussen de scholen staat beschreven op de sociale kaart op "
          "www.vechtstreek-oost.nl/aanbod. Die kaart wordt door de scholen zelf bijgehouden."),
    ("p", "Wij willen dat geen kind in onze regio thuiszit. Iedere school heeft zorgplicht: een kind dat "
          "wordt aangemeld en extra ondersteuning nodig heeft, krijgt binnen zes weken (eenmaal te verlengen "
          "met vier weken) een passende plek op de eigen school of op een andere school. Kan het eigen bestuur "
          "geen plek vinden, dan meldt de school het kind binnen vijf schooldagen aan bij het "
          "Doorbraakoverleg van het verband. Daarin zitten de directeur-bestuurder, een leerplichtambtenaar en "
          "een vertegenwoordiger van de gemeentelijke jeugdhulp. Het Doorbraakoverleg wijst binnen tien "
          "schooldagen een school of voorziening aan; de besturen hebben afgesproken dat zij zo'n aanwijzing "
          "opvolgen."),
    ("p", "Twee keer per jaar maakt het bureau een overzicht van kinderen die langer dan vier weken thuiszitten, "
          "kinderen met een vrijstelling van de leerplicht en wachtlijsten bij sbo en so. De "
          "bestuursvergadering bespreekt dat overzicht en besluit over maatregelen als er structureel plekken "
          "ontbreken, bijvoorbeeld een extra groep of een afspraak met een so-school buiten de regio. In 2025 "
          "leidde dat tot een tweede jonge-kindgroep op De Vechtoever."),
    ("h1", "5 Toelaatbaarheid sbo en so"),
    ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
          "toelaatbaarheidsverklaring (TLV) van het verband nodig. De procedure kent vijf stappen."),
    ("bullets", [
        "Stap 1 - Het ondersteuningsteam van de school bespreekt de ondersteuningsvraag en concludeert dat een TLV nodig is. De school werkt het groeidocument bij.",
        "Stap 2 - Het bevoegd gezag van de school dient de aanvraag in via het Vechtportaal, met het groeidocument, het OPP met evaluaties en het onderwijskundig rapport.",
        "Stap 3 - Het bureau legt de aanvraag binnen vijf werkdagen voor aan twee deskundigen: een orthopedagoog of psycholoog van het verband en een tweede deskundige die past bij de vraag (bijvoorbeeld een jeugdarts of kinderpsychiater). Beide deskundigen adviseren schriftelijk.",
        "Stap 4 - De TLV-commissie besluit binnen zes weken na ontvangst van de volledige aanvraag.",
        "Stap 5 - Het besluit wordt schriftelijk bekendgemaakt aan het bevoegd gezag en de betrokkenen.",
    ]),
    ("p", "De TLV-commissie beoordeelt de aanvraag aan de hand van de criteria in onderstaande tabel."),
    ("table", [["Soort TLV", "Criteria (alle moeten van toepassing zijn)", "Duur"],
               ["sbo", "1. de school heeft ten minste twee cycli van extra ondersteuning uitgevoerd en geëvalueerd; 2. de leerling heeft op ten minste twee ontwikkelingsgebieden een achterstand of belemmering; 3. de leerling heeft structureel een kleine groep en specialistische begeleiding nodig", "tot einde basisschool"],
               ["so categorie laag", "1. als sbo, criterium 1; 2. de leerling heeft gedurende de gehele schooldag intensieve begeleiding nodig; 3. het sbo kan deze begeleiding niet bieden (advies sbo-school bijgevoegd)", "2 schooljaren"],
               ["so categorie midden/hoog", "lichamelijke of meervoudige beperking waardoor aangepaste voorzieningen en verzorging nodig zijn die in regulier onderwijs en sbo ontbreken", "4 schooljaren"]]),
    ("h1", "6 Terug naar de basisschool"),
    ("p", "Plaatsing in het sbo of so is voor ons geen eindstation. Ons beleid is dat ieder kind teruggaat naar "
          "het basisonderwijs zodra het daar met extra ondersteuning verder kan. Voorwaarde is dat het OPP "
          "laat zien dat het kind de gestelde doelen haalt en dat een basisschool in de buurt de benodigde "
          "ondersteuning kan bieden. Na de overstap houdt de sbo- of so-school nog een jaar contact: een "
          "leerkracht begeleidt de ontvangende leerkracht acht keer, en het verband betaalt de ontvangende "
          "school daarvoor een vast bedrag van € 3.000."),
    ("p", "De sbo- of so-school beoordeelt bij elke OPP-evaluatie in januari of terugplaatsing aan de orde is. "
          "Is dat zo, of is het laatste TLV-jaar aangebroken, dan nodigt de school de consulent van het verband "
          "en een mogelijke ontvangende school uit voor een terugplaatsingsoverleg vóór 1 april. De directeur "
          "van de sbo- of so-school besluit, na dat overleg, over terugplaatsing per 1 augustus; het verband "
          "registreert het einde van de TLV. Na zes en na twaalf weken evalueert de consulent de plaatsing met "
          "de ontvangende school."),
    ("h1", "7 Resultaten"),
    ("p", "Wij vinden het belangrijk om resultaatgericht te werken. Voor een overzicht van de resultaten van de "
          "afgelopen periode verwijzen wij naar het jaarverslag 2024-2025. In de loop van 2027 stellen we "
          "indicatoren vast waarmee we de resultaten van deze planperiode gaan volgen."),
    ("h1", "8 Ouders"),
    ("p", "Ouders zijn voor ons belangrijke partners. Een goede relatie tussen school en ouders is de basis "
          "voor een goede ondersteuning van het kind. Wij vragen scholen om ouders tijdig te betrekken."),
    ("h1", "9 Financieel beleid"),
    ("p", "Het nieuwe verdeelmodel wordt in de loop van 2026 door het algemeen bestuur vastgesteld. Tot die "
          "tijd worden de middelen verdeeld zoals in voorgaande jaren. De meerjarenbegroting voor de "
          "planperiode ziet er als volgt uit."),
    ("table", [["x € 1.000", "2026", "2027", "2028", "2029", "2030"],
               ["Rijksbijdrage ondersteuning", "12.940", "12.810", "12.700", "12.620", "12.540"],
               ["Afdrachten so/sbo via DUO", "5.410", "5.450", "5.480", "5.500", "5.520"],
               ["Schoolbudgetten aan besturen", "4.850", "4.760", "4.680", "4.620", "4.560"],
               ["TLV-procedure, consulenten en orthopedagogen", "1.120", "1.140", "1.160", "1.180", "1.200"],
               ["Doorbraakoverleg en maatwerkplekken", "380", "380", "390", "390", "400"],
               ["Terugplaatsingsbudgetten", "90", "90", "90", "90", "90"],
               ["Bureau, bestuur en huisvesting", "760", "770", "780", "790", "800"],
               ["Exploitatieresultaat", "330", "230", "120", "50", "-30"]]),
    ("p", "De reserve van het verband bedroeg eind 2025 € 2,9 miljoen. Dat is boven de signaleringswaarde. "
          "Het bestuur heeft besloten het surplus in de planperiode in te zetten voor de maatwerkplekken."),
    ("h1", "10 Samenwerking met gemeenten"),
    ("p", "Met de drie gemeenten is in het OOGO afgesproken dat de jeugdhulp een vaste plaats krijgt in het "
          "Doorbraakoverleg en dat de gemeenten onderwijs-zorgarrangementen op De Vechtoever medefinancieren."),
] + filler("oogo_proc", "vo_overleg", "duurzaam") + [
    ("h1", "11 Organisatie en personeel"),
] + filler("governance")[1:] + filler("opr_neutraal", "inspectie") + filler("personeel")[1:] + [
    ("h1", "12 Privacy"),
] + filler("ict")[1:] + [
    ("h2", "Jaarcyclus"),
    ("p", "Dit plan wordt jaarlijks uitgewerkt in een jaarplan en een begroting, die in december worden "
          "vastgesteld. Wijzigingen van het plan leggen we voor aan de ondersteuningsplanraad."),
    ("h1", "Begrippenlijst"),
    ("gloss", [("Basisondersteuning", "Het door de besturen afgesproken niveau van ondersteuning dat alle scholen van het verband bieden, waaronder een dyslexieprotocol, een intern begeleider en een aanpak voor gedrag."),
               ("Dekkend netwerk", "Samenhangend geheel van voorzieningen binnen en tussen scholen."),
               ("Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij problemen rond toelating of passend onderwijs."),
               ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders terechtkunnen voor onafhankelijke informatie."),
               ("Resultaten", "Beoogde en bereikte effecten van het beleid voor leerlingen met extra ondersteuning."),
               ("Verdeelmodel", "De wijze waarop het verband de ondersteuningsmiddelen over de besturen verdeelt.")]),
    ("h1", "Bijlage 1 Referentiekader basisondersteuning"),
    ("p", "[Bijlage wordt in de definitieve versie opgenomen.]"),
]

P5_LABEL = label(
    ["po-vechtstreekoost.docx"], "po",
    {"basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
     "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring",
     "ouders.informatie", "ouders.steunpunt"},
    {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
     "dekkend-aanbod": ["ketenpartners"]},
    {
        "basisondersteuning": "Ch 3 only refers to Bijlage 1 (a placeholder) and the schoolgidsen; the definition with concrete items is in the begrippenlijst only.",
        "plaatsing": "Ch 5: five numbered steps (bestuur applies via portaal, two deskundigen, TLV-commissie within 6 weeks); criteria and duration only in the table; no bezwaar route.",
        "terugstroom": "Ch 6 'Terug naar de basisschool': policy (aim, conditions, a year of support, EUR 3,000) and procedure (January evaluation, overleg before 1 April, decision, evaluation after 6/12 weeks).",
        "financien": "Ch 9: meerjarenbegroting 2026-2030 with amounts and reserve, but the verdeelmodel 'wordt in de loop van 2026 vastgesteld' / 'zoals in voorgaande jaren'.",
        "dekkend-aanbod": "Ch 4: continuum only referred to a website sociale kaart; zorgplicht, Doorbraakoverleg and twice-yearly gap overview address lacunes; OOGO in ch 10.",
        "resultaten": "Ch 7 refers to the jaarverslag and defers indicators to 2027; 'resultaatgericht' and the glossary entry are passing mentions.",
        "ouders": "Ch 8 is three general sentences about partnership; no channels, no independent help (OJSP/onderwijsconsulenten appear in the begrippenlijst only).",
    },
)


# ---------------------------------------------------------------------------
# Near miss: school-level 'ondersteuningsplan' of one basisschool (markdown)
# ---------------------------------------------------------------------------
N1_TEXT = """# Ondersteuningsplan OBS De Wielewaal 2025-2026

*Openbare basisschool De Wielewaal, Heidelo - onderdeel van Stichting Openbaar Onderwijs Heidelo*
*Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Maas en Heide (PO 31-09)*

## Inhoud

1. Inleiding
2. Onze school en onze leerlingen
3. De ondersteuningsstructuur: zorgniveaus 1 tot en met 5
4. Groepsbesprekingen en leerlingbesprekingen
5. Basisondersteuning en extra ondersteuning op De Wielewaal
6. Aanvraag arrangement of toelaatbaarheidsverklaring bij het samenwerkingsverband
7. Ouders
8. Inzet van middelen
9. Jaarplanning ondersteuning

## 1. Inleiding

Dit ondersteuningsplan beschrijft hoe wij op De Wielewaal de ondersteuning aan onze leerlingen organiseren
in het schooljaar 2025-2026. Het plan is geschreven door de intern begeleider en de directeur en besproken in
het team en in de medezeggenschapsraad. Het plan is een uitwerking van ons schoolondersteuningsprofiel en sluit
aan bij het ondersteuningsplan van het samenwerkingsverband Maas en Heide. Het wordt elk schooljaar
geactualiseerd.

## 2. Onze school en onze leerlingen

De Wielewaal telt op 1 oktober 2025 212 leerlingen in negen groepen. Ongeveer 18% van de leerlingen heeft een
gewicht in de onderwijsachterstandenregeling. In het afgelopen schooljaar hadden 9 leerlingen een
ontwikkelingsperspectief (OPP), gingen 2 leerlingen met een toelaatbaarheidsverklaring naar het speciaal
basisonderwijs en kwam 1 leerling vanuit het sbo bij ons terug in groep 6.

## 3. De ondersteuningsstructuur: zorgniveaus 1 tot en met 5

Wij werken met vijf zorgniveaus.

- **Niveau 1** - Algemene zorg in de groep: de leerkracht geeft goed onderwijs volgens het directe
  instructiemodel en werkt met drie instructieniveaus.
- **Niveau 2** - Extra zorg in de groep: de leerkracht signaleert en biedt verlengde instructie of verrijking,
  vastgelegd in het groepsplan.
- **Niveau 3** - Speciale zorg na intern onderzoek: de intern begeleider wordt ingeschakeld, doet zo nodig
  aanvullend onderzoek en stelt met de leerkracht een handelingsplan op.
- **Niveau 4** - Speciale zorg na extern onderzoek: het ondersteuningsteam (IB, directeur, orthopedagoog van
  het samenwerkingsverband) bespreekt de leerling; er kan een arrangement bij het samenwerkingsverband worden
  aangevraagd.
- **Niveau 5** - Verwijzing: de school vraagt een toelaatbaarheidsverklaring aan voor het sbo of so.

## 4. Groepsbesprekingen en leerlingbesprekingen

Drie keer per jaar (oktober, februari, juni) houdt de intern begeleider met iedere leerkracht een
groepsbespreking. Daarin worden de resultaten van de toetsen uit het leerlingvolgsysteem besproken, de
groepsplannen geëvalueerd en leerlingen met specifieke onderwijsbehoeften benoemd. Leerlingen over wie zorgen
bestaan, worden besproken in de leerlingbespreking. Het ondersteuningsteam komt zes keer per jaar bijeen.

## 5. Basisondersteuning en extra ondersteuning op De Wielewaal

De basisondersteuning op onze school bestaat uit: een intern begeleider (drie dagen per week), een
dyslexieprotocol, een plusgroep voor leerlingen die meer aankunnen (een middag per week), de Kanjertraining in
alle groepen, een anti-pestcoördinator en een protocol medisch handelen. Extra ondersteuning bieden wij met
remedial teaching door een onderwijsassistent (twee dagen per week) en met een arrangement 'gedrag' van het
samenwerkingsverband voor twee leerlingen.

## 6. Aanvraag arrangement of toelaatbaarheidsverklaring bij het samenwerkingsverband

Als de ondersteuning die wij kunnen bieden niet voldoende is, vraagt de directeur namens het bestuur een
arrangement of een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt
het dossier samen. Het samenwerkingsverband beslist; de procedure en criteria staan in het ondersteuningsplan
van het samenwerkingsverband. Bij terugplaatsing vanuit het sbo volgen wij de afspraken van het
samenwerkingsverband en maken wij een plan voor de eerste maanden.

## 7. Ouders

Ouders worden bij elke stap betrokken. Bij niveau 3 informeert de leerkracht de ouders, vanaf niveau 4 zijn
ouders aanwezig bij het gesprek met het ondersteuningsteam. Een OPP wordt met ouders besproken en door hen
ondertekend. Ouders die het niet eens zijn met de school, kunnen gebruikmaken van de klachtenregeling van de
stichting of contact opnemen met de onderwijsconsulenten. Informatie over de ondersteuning staat in de
schoolgids en op de website van de school.

## 8. Inzet van middelen

De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband (in 2025-2026
EUR 24.800). Dat bedrag zetten wij in voor de onderwijsassistent voor remedial teaching (EUR 19.500) en voor
scholing van het team in het werken met groepsplannen (EUR 5.300).

| Post | Bedrag |
|---|---|
| Onderwijsassistent RT (0,4 fte) | EUR 19.500 |
| Scholing groepsplannen | EUR 5.300 |
| Totaal | EUR 24.800 |

## 9. Jaarplanning ondersteuning

| Maand | Activiteit |
|---|---|
| september | startgesprekken ouders, groepsoverdracht |
| oktober | groepsbesprekingen ronde 1 |
| januari | midden-toetsen leerlingvolgsysteem |
| februari | groepsbesprekingen ronde 2, OPP-evaluaties |
| juni | groepsbesprekingen ronde 3, overdracht naar volgend leerjaar |

*Vastgesteld door de directeur op 1 september 2025, na advies van de medezeggenschapsraad.*
"""

N1_LABEL = {
    "documents": ["notplan-wielewaal-schoolondersteuningsplan.md"],
    "sector": "po",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, school budget); "
                    "it refers to the samenwerkingsverband and its plan but is not the SWV's ondersteuningsplan (domain 5.4).",
    },
}


# ---------------------------------------------------------------------------
def dump_label(name, data):
    """Write the label in the documented layout (flow maps for documents/elements)."""
    q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = ["documents: [" + ", ".join(data["documents"]) + "]",
             "sector: " + data["sector"],
             "looks_like_plan: " + ("true" if data["looks_like_plan"] else "false")]
    if data["elements"]:
        lines.append("elements: {" + ", ".join("%s: %s" % kv for kv in data["elements"].items()) + "}")
        lines.append("criteria:")
        for k, v in data["criteria"].items():
            lines.append("  %s: %s" % (k, "true" if v else "false"))
        lines.append("advisory_addressed:")
        for k, v in data["advisory_addressed"].items():
            lines.append("  %s: [%s]" % (k, ", ".join(v)))
    else:
        lines += ["elements: {}", "criteria: {}"]
    lines.append("notes:")
    for k, v in data["notes"].items():
        lines.append("  %s: %s" % (k, q(v)))
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    p1 = fill(P1, P1_CTX)
    write_docx(p1, OUT / "po-maasenheide.docx",
               header="SWV Maas en Heide - Ondersteuningsplan 2026-2030 - terugplaatsing, resultaten, ouders",
               footer="Vastgesteld 17 maart 2026")
    dump_label("po-maasenheide", P1_LABEL)

    p2 = fill(P2, P2_CTX)
    docx_to_pdf(p2, OUT / "po-havenenstad.pdf",
                header="Ondersteuningsplan 2026-2030 Haven en Stad", footer="Ieder kind telt")
    dump_label("po-havenenstad", P2_LABEL)

    p3 = fill(P3, P3_CTX)
    write_txt(p3, OUT / "po-kopvandepolder.txt")
    dump_label("po-kopvandepolder", P3_LABEL)

    p4 = fill(P4, P4_CTX)
    docx_to_pdf(p4, OUT / "vo-lingeenbetuwe.pdf",
                header="SWV VO Linge en Betuwe | Ondersteuningsplan 2026-2030",
                footer="Financiën en meerjarenbegroting: zie Kadernota Middelen")
    dump_label("vo-lingeenbetuwe", P4_LABEL)

    p5 = fill(P5, P5_CTX)
    write_docx(p5, OUT / "po-vechtstreekoost.docx",
               header="Ondersteuningsplan 2026-2030 | basisondersteuning - resultaten - ouders en OJSP",
               footer="SWV Vechtstreek-Oost - concept voor de OPR")
    dump_label("po-vechtstreekoost", P5_LABEL)

    (OUT / "notplan-wielewaal-schoolondersteuningsplan.md").write_text(N1_TEXT, encoding="utf-8")
    dump_label("notplan-wielewaal-schoolondersteuningsplan", N1_LABEL)
    print("written to", OUT)


if __name__ == "__main__":
    sys.exit(main())
