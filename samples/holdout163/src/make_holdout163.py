#!/usr/bin/env python3
"""Generate the holdout163 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document
(a school-level 'ondersteuningsplan' of a VO school).

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout163>/<name>.docx|.pdf|.md  and  <name>.expected.yaml
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0)

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]

# --------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("bullets", [..])
#   ("table", [[header...], [row...], ...]) ("comment", text) ("toc", [..])
#   ("pagebreak",)
# --------------------------------------------------------------------------


def P(t):
    return ("p", " ".join(t.split()))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def B(items):
    return ("bullets", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


def C(t):
    return ("comment", " ".join(t.split()))


def TOC(items):
    return ("toc", items)


def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "comment":
            para = doc.add_paragraph()
            run = para.add_run(b[1])
            run.italic = True
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for it in b[1]:
                doc.add_paragraph(it)
        elif kind == "table":
            rows = b[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in table.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def render_md(blocks, path):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines += ["# " + b[1], ""]
        elif kind == "h1":
            lines += ["## " + b[1], ""]
        elif kind == "h2":
            lines += ["### " + b[1], ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "bullets":
            lines += ["- " + it for it in b[1]] + [""]
        elif kind == "comment":
            lines += ["> " + b[1], ""]
        elif kind == "toc":
            lines += ["**Inhoud**", ""] + ["- " + it for it in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                lines.append("| " + " | ".join(str(c) for c in r) + " |")
            lines.append("")
        elif kind == "pagebreak":
            lines += ["---", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def render_pdf(blocks, path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout163_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "h1", "h2", "p", "comment"):
            n += len(b[1].split())
        elif b[0] in ("bullets", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": looks,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": advisory,
        "notes": notes,
    }
    if looks:
        assert list(criteria) == CORE, name
        for el, st in elements.items():
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            if all(vals):
                assert st == "present", (name, el)
            elif any(vals) or advisory.get(el):
                assert st == "partial", (name, el)
            else:
                assert st == "missing", (name, el)
    def flow_list(xs):
        return "[" + ", ".join(xs) + "]"

    lines = ["documents: " + flow_list(documents), "sector: " + sector,
             "looks_like_plan: " + ("true" if looks else "false"),
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}"]
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: {flow_list(v)}" for k, v in advisory.items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in notes.items()]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------
# Shared filler (voorwoord, visie, governance, OPR, personeel, ICT, planning).
# Written so that it does NOT address any core or advisory criterion; it only
# uses the vocabulary in passing.
# --------------------------------------------------------------------------


def filler_voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['period']} van {c['swv']}. Dit plan is het
        resultaat van een intensief traject waarin schoolbesturen, directeuren, intern begeleiders,
        ondersteuningscoördinatoren, medewerkers van het bureau, de ondersteuningsplanraad en onze
        partners in de gemeenten {c['gemeenten']} met elkaar in gesprek zijn gegaan. Wij zijn hen
        daarvoor zeer erkentelijk. Het plan bouwt voort op wat de afgelopen jaren is opgebouwd en
        kijkt tegelijk vooruit naar een periode waarin passend onderwijs opnieuw in beweging is."""),
        P(f"""De afgelopen planperiode stond in het teken van herstel na de coronajaren, van een
        groeiend lerarentekort en van een toenemende complexiteit van de vragen die scholen bij ons
        neerleggen. Tegelijk zagen we veel veerkracht: scholen die elkaar opzoeken, ouders die
        meedenken, gemeenten die met ons investeren in de verbinding tussen onderwijs en jeugdhulp.
        Wij zijn trots op de resultaten die samen zijn behaald en realiseren ons dat er nog veel te
        doen is. Met dit plan willen we richting geven zonder de professionele ruimte van scholen
        in te perken. Het plan beschrijft wat we samen afspreken; hoe scholen dat in hun eigen
        praktijk vormgeven, is aan de scholen zelf."""),
        P(f"""Ik wens u veel leesplezier en nodig u uit om met ons in gesprek te blijven. Passend
        onderwijs maken we met elkaar, elke dag opnieuw, in elke klas en op elke school.
        {c['directeur']}, directeur-bestuurder {c['swv_kort']}."""),
    ]


def filler_leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P(f"""Hoofdstuk 1 schetst de context van ons samenwerkingsverband: de regio, de aangesloten
        besturen en de ontwikkelingen in wet- en regelgeving. Daarna volgen de missie en visie. De
        inhoudelijke hoofdstukken beschrijven achtereenvolgens de ondersteuning op de scholen, de
        toewijzing van ondersteuning en de samenwerking met partners. Het plan sluit af met de
        organisatie, de financiële paragraaf en de planning. Waar dit plan spreekt over 'ouders',
        bedoelen we ook verzorgers en andere wettelijk vertegenwoordigers. Een begrippenlijst en een
        lijst met afkortingen zijn als bijlage opgenomen. De bijlagen zijn onderdeel van dit document,
        tenzij anders vermeld."""),
    ]


def filler_context(c):
    rows = [["Bestuur", "Aantal scholen/vestigingen", "Leerlingen (1-10-2025)"]] + c["besturen"]
    return [
        H1("1. Ons samenwerkingsverband"),
        H2("1.1 De regio"),
        P(f"""{c['swv']} ({c['code']}) omvat de gemeenten {c['gemeenten']}. Het gebied kent een
        mengeling van stedelijke kernen en kleine dorpen. In de kernen zien we een stijgend aantal
        leerlingen met een migratieachtergrond en een toename van gezinnen in armoede; in de dorpen
        juist krimp en kleine scholen die onder druk staan. De afstanden in het buitengebied maken
        leerlingenvervoer een belangrijk gespreksonderwerp met de gemeenten. Het verband is een
        stichting; de aangesloten schoolbesturen zijn vertegenwoordigd in het algemeen bestuur."""),
        P(f"""In de planperiode verwachten we een lichte daling van het totale aantal leerlingen,
        met grote verschillen per kern. Voor de organisatie betekent dit dat we voorzichtig omgaan met
        langjarige verplichtingen. De prognoses worden jaarlijks geactualiseerd op basis van de
        gemeentelijke bevolkingsprognoses en de telling van DUO."""),
        H2("1.2 Aangesloten besturen en scholen"),
        T(rows),
        P(f"""Daarnaast werken wij nauw samen met de scholen voor {c['speciaal']} in en buiten de regio.
        Ook scholen die niet bij ons verband zijn aangesloten maar wel leerlingen uit onze regio
        ontvangen, betrekken wij bij overleggen over de regionale ontwikkelingen."""),
        H2("1.3 Ontwikkelingen in wet- en regelgeving"),
        P("""De planperiode valt samen met een aantal landelijke ontwikkelingen. De Wet versterking
        positie ouders en leerlingen in het passend onderwijs brengt wijzigingen met zich mee, onder
        meer voor de inhoud van de schoolgids. Daarnaast werkt het ministerie aan een landelijke norm voor
        basisondersteuning. Wij volgen deze ontwikkelingen nauwgezet. Waar wetgeving tijdens de
        planperiode wijzigt, passen we het plan aan via een voortgangsparagraaf die aan de
        ondersteuningsplanraad wordt voorgelegd."""),
        P("""Ook de Verbeteraanpak passend onderwijs blijft richtinggevend. Belangrijke thema's daaruit
        zijn de helderheid over wat scholen bieden, de positie van ouders en leerlingen, de aansluiting
        tussen onderwijs en zorg en een doelmatige inzet van middelen. Deze thema's komen in de
        verschillende hoofdstukken van dit plan terug."""),
    ]


def filler_visie(c):
    return [
        H1("2. Missie en visie"),
        H2("2.1 Missie"),
        P(f"""{c['swv_kort']} zorgt ervoor dat alle leerlingen in de regio een zo passend mogelijke
        onderwijsplek krijgen, zo dicht mogelijk bij huis. We doen dat door scholen te ondersteunen,
        expertise te bundelen en samen te werken met ouders, gemeenten en zorgpartners. We geloven dat
        ieder kind wil leren en dat iedere leraar het verschil kan maken, mits hij of zij daarin wordt
        gesteund."""),
        H2("2.2 Visie op passend onderwijs"),
        P("""Passend onderwijs gaat niet over systemen of formulieren, maar over kinderen en jongeren
        die zich gezien voelen. Wij kijken naar wat een leerling nodig heeft en niet naar wat er mis
        is. Dat vraagt om een handelingsgerichte houding van leraren, om schoolteams die hun
        vakmanschap delen en om een samenwerkingsverband dat faciliteert in plaats van voorschrijft.
        Inclusiever onderwijs is het perspectief waarop wij koersen: meer leerlingen die samen
        onderwijs volgen in een reguliere setting, met de ondersteuning die daarbij hoort."""),
        P("""Wij zien ouders als eerste deskundigen van hun kind. Scholen en ouders trekken samen op;
        het samenwerkingsverband ondersteunt die samenwerking. Tegelijk erkennen we dat niet elke
        vraag in de eigen school beantwoord kan worden. Dan is het belangrijk dat de route naar
        passende hulp kort, duidelijk en zonder onnodige bureaucratie is."""),
        H2("2.3 Kernwaarden"),
        B(["Nabij: ondersteuning zo dicht mogelijk bij de leerling en de leraar.",
           "Samen: we delen kennis, verantwoordelijkheid en middelen.",
           "Helder: we zijn transparant over keuzes en afspraken.",
           "Lerend: we evalueren, passen aan en leren van elkaar."]),
        P("""Deze kernwaarden zijn geformuleerd tijdens twee visiebijeenkomsten met directeuren,
        intern begeleiders en leden van de ondersteuningsplanraad in het voorjaar van 2025. Ze vormen
        de toetssteen voor de keuzes die in dit plan worden gemaakt."""),
    ]


def filler_governance(c, with_jaarverslag=True):
    extra = ("""Het algemeen bestuur stelt jaarlijks het jaarverslag en de jaarrekening vast; de
        accountant controleert de rechtmatigheid.""" if with_jaarverslag else
             """Het algemeen bestuur komt vijf keer per jaar bijeen.""")
    return [
        H1("Organisatie en governance"),
        H2("Bestuursmodel"),
        P(f"""{c['swv']} is een stichting met een scheiding tussen bestuur en intern toezicht. De
        directeur-bestuurder vormt het bestuur in de zin van de statuten en is verantwoordelijk voor
        de uitvoering van het beleid. Het algemeen bestuur, waarin alle aangesloten schoolbesturen
        zitting hebben, houdt toezicht op de directeur-bestuurder en keurt de belangrijkste besluiten
        goed, waaronder dit ondersteuningsplan. {extra} De code goed bestuur van de sectorraad wordt
        onderschreven."""),
        P("""Het bureau van het samenwerkingsverband bestaat uit een klein team: de directeur-bestuurder,
        een beleidsmedewerker, een controller, een secretariaat en een team van consulenten en
        orthopedagogen. Het bureau is gevestigd in een bedrijfsverzamelgebouw en heeft daarnaast
        spreekruimtes op twee scholen. Voor de privacy van leerlingen werkt het bureau met een
        functionaris gegevensbescherming die wordt gedeeld met twee andere verbanden."""),
        H2("Medezeggenschap"),
        P("""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform artikel 4a van de
        Wet medezeggenschap op scholen. De OPR heeft instemmingsrecht op dit ondersteuningsplan en op
        tussentijdse wijzigingen daarvan. De directeur-bestuurder overlegt minimaal vier keer per jaar
        met de OPR. Het reglement en het statuut van de OPR zijn in 2025 geactualiseerd. Daarnaast
        heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau."""),
    ]


def filler_personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P("""Het lerarentekort raakt ook passend onderwijs. Scholen hebben moeite om vacatures voor
        intern begeleiders, onderwijsassistenten en gedragsspecialisten te vervullen. Het
        samenwerkingsverband kan dat tekort niet oplossen, maar wel bijdragen aan het behoud en de
        ontwikkeling van kennis in de regio. Daarom investeren we in netwerken, leergemeenschappen
        en een gezamenlijk scholingsaanbod."""),
        P("""Het scholingsaanbod omvat onder meer trainingen over gedrag in de klas, over het
        signaleren van angst- en stemmingsproblemen en over het werken met een ontwikkelingsperspectief.
        Ook organiseren we jaarlijks een regionale studiedag met workshops die door leraren uit de
        regio zelf worden gegeven. Het netwerk van intern begeleiders en ondersteuningscoördinatoren
        komt zes keer per jaar bijeen. Nieuwe medewerkers van het bureau volgen een inwerkprogramma
        en lopen mee op scholen."""),
        P("""Voor het eigen personeel van het bureau geldt een gesprekkencyclus met jaarlijkse
        ontwikkelgesprekken. De formatie van het bureau blijft in de planperiode gelijk; uitbreiding
        vindt alleen plaats als de taken daar aanleiding toe geven en na besluitvorming in het
        algemeen bestuur. Consulenten en orthopedagogen zijn geregistreerd in het relevante
        beroepsregister en nemen deel aan intervisie."""),
    ]


def filler_ict(c):
    return [
        H1("ICT, privacy en gegevensbeheer"),
        P(f"""Het samenwerkingsverband werkt met een digitaal registratiesysteem waarin aanvragen,
        adviezen en besluiten worden vastgelegd. Scholen hebben toegang via een beveiligde
        omgeving met tweefactorauthenticatie. In 2026 vervangen we het huidige systeem door een
        nieuwe versie die beter aansluit op de leerlingadministratiesystemen van de scholen. De
        overstap wordt begeleid door een werkgroep van intern begeleiders en administratief
        medewerkers."""),
        P("""Wij verwerken persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat
        nodig is voor onze wettelijke taken. De bewaartermijnen volgen de wettelijke regels. Het
        privacyreglement is in 2025 herzien en is door het algemeen bestuur vastgesteld. Datalekken
        worden gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit
        Persoonsgegevens. Jaarlijks voeren we een korte interne audit uit op de toegangsrechten."""),
    ]


def filler_planning(c, rows):
    return [
        H1("Planning en totstandkoming"),
        P(f"""Dit plan is in 2025 voorbereid door een schrijfgroep met vertegenwoordigers van
        besturen, directeuren en het bureau. Het concept is besproken met het directeurenoverleg,
        het algemeen bestuur, de ondersteuningsplanraad en de gemeenten. Onderstaande tabel geeft
        de belangrijkste stappen weer."""),
        T([["Stap", "Datum"]] + rows),
        P("""Na vaststelling wordt het plan gepubliceerd en toegezonden aan de Inspectie van het
        Onderwijs. Het plan geldt voor vier schooljaren. Tussentijdse wijzigingen worden
        voorgelegd aan de ondersteuningsplanraad."""),
    ]


def filler_extra(c):
    return [
        H1("Overlegstructuur en jaarcyclus"),
        P(f"""{c['swv_kort']} kent een vaste overlegstructuur. Het directeurenoverleg komt zes keer per
        jaar bijeen en bereidt beleid voor dat daarna in het algemeen bestuur wordt besproken. In het
        netwerk van intern begeleiders en ondersteuningscoördinatoren worden praktijkvragen gedeeld en
        nieuwe werkwijzen uitgeprobeerd. De consulenten van het bureau hebben iedere week een
        teamoverleg en eens per maand casuïstiekbespreking onder leiding van een externe
        gespreksleider. Daarnaast is er twee keer per jaar een regiobijeenkomst waarvoor alle scholen,
        de gemeenten en de zorgpartners worden uitgenodigd, met steeds een ander thema, zoals
        taalontwikkeling, digitale geletterdheid of de samenwerking met de kinderopvang."""),
        P("""De jaarcyclus van het bureau volgt het schooljaar. In het najaar worden de
        beleidsvoornemens voor het volgende kalenderjaar voorbereid, in december stelt het algemeen
        bestuur de begroting vast en in het voorjaar volgen de gesprekken met de besturen. De
        zomerperiode wordt benut voor het bijwerken van procedures, formulieren en het
        registratiesysteem. Alle vergaderstukken worden via een beveiligde digitale omgeving gedeeld."""),
        H1("Werkdruk en duurzame inzetbaarheid"),
        P("""Het werk in passend onderwijs is intensief. Medewerkers van het bureau en van de scholen
        hebben te maken met complexe situaties en soms met emotionele gesprekken. Het bureau besteedt
        daarom aandacht aan werkdruk en duurzame inzetbaarheid: er is een vertrouwenspersoon voor
        medewerkers, medewerkers kunnen gebruikmaken van coaching en er is een jaarlijks
        medewerkerstevredenheidsonderzoek. Het ziekteverzuim van het bureau lag in 2025 onder het
        sectorgemiddelde. Thuiswerken is mogelijk in overleg met de leidinggevende."""),
        H1("Integriteit en duurzaamheid"),
        P("""Het samenwerkingsverband hanteert een integriteitscode voor bestuurders en medewerkers,
        inclusief een regeling voor het melden van vermoedens van misstanden. Nevenfuncties van de
        directeur-bestuurder en van de leden van het algemeen bestuur worden jaarlijks geïnventariseerd.
        Bij inkoop volgen we een inkoopbeleid met aandacht voor duurzaamheid en maatschappelijk
        verantwoord ondernemen; het bureau reist zoveel mogelijk met het openbaar vervoer en de
        kantoorinrichting is grotendeels tweedehands. Het samenwerkingsverband werkt alleen met
        leveranciers die aantoonbaar voldoen aan de eisen van de AVG."""),
        H1("Arbeidsmarkt en demografie in de regio"),
        P(f"""De regio rond {c['gemeenten']} kent een krappe arbeidsmarkt. Veel jonge gezinnen verhuizen
        naar de nieuwbouwwijken aan de rand van de grotere kernen, terwijl de dorpskernen vergrijzen.
        Werkgevers in de zorg, de logistiek en de techniek zoeken personeel, en ook het onderwijs
        concurreert om dezelfde mensen. Het samenwerkingsverband werkt daarom samen met de
        lerarenopleidingen en de regionale onderwijsarbeidsmarktplatforms om zij-instromers en
        onderwijsassistenten te werven en op te leiden. Zo organiseren we samen met de pabo en de
        lerarenopleiding een minor passend onderwijs waarin studenten stage lopen op scholen in de
        regio."""),
    ]


def glossary(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden."],
            ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs of vso; bevat geldigheidsduur en bekostigingscategorie."],
            ["Terugplaatsing", "Het terugkeren van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs, met begeleiding na de overstap."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft; ook aanpak van thuiszitters."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin de verdeling en besteding van ondersteuningsmiddelen staat."],
            ["Beoogde resultaten", "De doelen die het samenwerkingsverband wil bereiken, met indicatoren en monitoring."],
            ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen en bij onenigheid met school."],
            ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders kosteloos adviseert bij vastgelopen situaties."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een passend aanbod te doen aan een aangemelde leerling."]]
    rows += list(extra)
    return [H1("Bijlage: Begrippenlijst"), T(rows)]


def abbreviations(extra=()):
    rows = [["Afkorting", "Betekenis"],
            ["AB", "Algemeen bestuur"], ["DUO", "Dienst Uitvoering Onderwijs"],
            ["IB'er", "Intern begeleider"], ["MDO", "Multidisciplinair overleg"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectief(plan)"], ["OPR", "Ondersteuningsplanraad"],
            ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
            ["TLV", "Toelaatbaarheidsverklaring"]]
    rows += list(extra)
    return [H1("Bijlage: Afkortingen"), T(rows)]


def visie_zonder_ouders(blocks):
    """Drop the visie paragraph about parents (used for the plan where ouders is missing)."""
    return [b for b in blocks if not (b[0] == "p" and b[1].startswith("Wij zien ouders"))]


# ==========================================================================
# Plan 1: PO, concept for the OPR with open comments (.docx)
# ==========================================================================
def plan1():
    c = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Zuidrand", swv_kort="SWV Zuidrand",
             code="PO 28-09", period="2026-2030", gemeenten="Heerveld, Lindenoord en Oudewater-Zuid",
             directeur="Mirjam Koster", speciaal="speciaal basisonderwijs en speciaal onderwijs",
             besturen=[["Stichting Kindwijs", "12", "3.140"], ["Stichting PCO Lindenoord", "9", "2.215"],
                       ["OBS-stichting Oudewater", "7", "1.380"], ["Stichting Katholiek Onderwijs Zuidrand", "10", "2.560"],
                       ["Eenpitters (3 besturen)", "3", "410"], ["SBO De Wegwijzer", "1", "168"]])
    b = [("title", "Ondersteuningsplan 2026-2030 — CONCEPT versie 0.8"),
         P("""Samenwerkingsverband Passend Primair Onderwijs Zuidrand (PO 28-09). Conceptversie ter
         bespreking in de ondersteuningsplanraad van 10 maart 2026. Opmerkingen van de OPR-leden uit de
         voorbespreking van 12 februari 2026 zijn geel gemarkeerd opgenomen; reacties van het bureau
         staan erachter. Niet verspreiden buiten OPR, AB en directeurenoverleg."""),
         TOC(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie en visie",
              "3. Basisondersteuning: wat elke school biedt", "4. Dekkend aanbod en arrangementen",
              "5. Toelaatbaarheid, plaatsing en terugplaatsing", "6. Kwaliteit en resultaten",
              "7. Communicatie", "8. Samenwerking met gemeenten (OOGO)", "9. Financiën",
              "Organisatie en governance", "Personeel en professionalisering",
              "ICT, privacy en gegevensbeheer", "Planning en totstandkoming",
              "Bijlage: Begrippenlijst", "Bijlage: Afkortingen"]),
         C("""[Opmerking OPR (oudergeleding, 12-02): het concept is lang; kan er een samenvatting voor
         ouders bij? — Reactie bureau: samenvatting volgt na instemming.]""")]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c) + filler_visie(c)
    b += [H1("3. Basisondersteuning: wat elke school biedt"),
          P("""Basisondersteuning is in Zuidrand de ondergrens die alle aangesloten besturen met elkaar
          hebben afgesproken: iedere vestiging, van de grootste school in Heerveld tot de kleinste
          dorpsschool met 48 leerlingen, biedt ten minste de hieronder beschreven ondersteuning,
          zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Wat daarboven
          uitgaat, noemen we extra ondersteuning (hoofdstuk 4)."""),
          P("""Concreet mag een ouder op elke school in Zuidrand het volgende verwachten:"""),
          B(["een intern begeleider met ten minste 0,4 fte per 200 leerlingen (kleine scholen minimaal 0,2 fte) die de ondersteuning coördineert;",
             "een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de IB'er, de orthopedagoog van het SWV en op afroep de jeugdverpleegkundige en de schoolmaatschappelijk werker;",
             "uitvoering van het Protocol Leesproblemen en Dyslexie en het protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie, inclusief de dyslexieverklaring-route;",
             "een schoolbrede aanpak voor sociale veiligheid en gedrag (zoals PBS of de Vreedzame School) en een gedragsprotocol;",
             "verrijkingsstof en een compacting-aanpak voor (meer)begaafde leerlingen in de eigen groep;",
             "basale NT2-ondersteuning voor leerlingen die korter dan twee jaar in Nederland zijn;",
             "een protocol medisch handelen, zodat eenvoudige medische handelingen op school kunnen plaatsvinden;",
             "handelingsgericht werken: groepsbesprekingen drie keer per jaar en een OPP voor iedere leerling met een eigen leerlijn."]),
          C("""[Opmerking OPR (personeelsgeleding): is 0,4 fte IB voor kleine scholen haalbaar? —
          Reactie bureau: wordt besproken in het AB van 3 maart; de ondergrens van 0,2 fte blijft.]"""),
          P("""Het bureau bezoekt iedere school eens per twee jaar en loopt samen met de directeur de
          kwaliteitskaart basisondersteuning door. Voldoet een school niet aan een onderdeel, dan maakt
          het bestuur binnen drie maanden een verbeterplan, dat de consulent na een half jaar
          opnieuw bespreekt."""),
          H1("4. Dekkend aanbod en arrangementen"),
          P("""Het samenwerkingsverband werkt met een ondersteuningscontinuüm in vier lagen. De eerste
          laag is de basisondersteuning op iedere school. De tweede laag is extra ondersteuning in de
          eigen school via een arrangement: de school vraagt dit aan bij de consulent, die samen met de
          IB'er en de ouders bepaalt welke inzet nodig is, bijvoorbeeld extra handen in de klas, een
          gedragsspecialist of ambulante begeleiding vanuit het sbo of so. De derde laag bestaat uit
          bovenschoolse voorzieningen: de Taalklas in Heerveld voor nieuwkomers (maximaal 16 plaatsen),
          de observatiegroep De Brug voor jonge kinderen met een onduidelijke ontwikkelingsvraag
          (maximaal 10 plaatsen, verblijf maximaal 16 weken) en de voltijd-plusklas voor hoogbegaafde
          leerlingen in Lindenoord. De vierde laag is het speciaal basisonderwijs (SBO De Wegwijzer) en
          het speciaal onderwijs cluster 3 en 4 in en buiten de regio."""),
          P("""Om witte vlekken in het aanbod op te sporen, brengt het bureau ieder voorjaar in kaart welke
          leerlingen geen passende plek hebben, op een wachtlijst staan of langer dan vier weken
          (gedeeltelijk) thuiszitten. Het thuiszittersoverleg met de leerplichtambtenaren van de drie
          gemeenten komt maandelijks bij elkaar en bespreekt iedere leerling die langer dan vier weken
          geen onderwijs volgt; binnen twee weken na melding wordt een trajectbegeleider van het SWV
          gekoppeld. Lukt het niet binnen drie maanden een plek te vinden, dan schaalt de
          directeur-bestuurder op naar de doorbraaktafel met de gemeente. De analyse van 2025 liet
          zien dat er geen passend aanbod is voor jonge kinderen die naast onderwijs intensieve zorg
          nodig hebben. Daarom start in augustus 2026 een onderwijs-zorggroep in Oudewater-Zuid, die
          samen met de gemeente wordt gefinancierd. De zorgplicht blijft bij het bestuur van de school
          van aanmelding; het bureau ondersteunt bij de zoektocht naar een plek."""),
          C("""[Opmerking OPR: hoe lang is de wachtlijst bij De Brug nu? — Reactie bureau: 7 kinderen
          per 1 februari 2026; wordt in de definitieve versie niet opgenomen omdat het wisselt.]"""),
          H1("5. Toelaatbaarheid, plaatsing en terugplaatsing"),
          H2("5.1 De aanvraag"),
          P("""Een leerling kan alleen naar het sbo of het so als het samenwerkingsverband een
          toelaatbaarheidsverklaring (TLV) afgeeft. De aanvraag wordt ingediend door het bevoegd
          gezag van de school waar de leerling staat ingeschreven of is aangemeld. De school dient de
          aanvraag digitaal in bij het Loket Zuidrand met: het groeidocument of OPP, het verslag van
          het laatste ondersteuningsteam, de zienswijze van de ouders en, indien beschikbaar, recente
          onderzoeksverslagen. Het loket controleert binnen vijf werkdagen of het dossier compleet is."""),
          H2("5.2 Advies en besluit"),
          P("""De Commissie Toelaatbaarheid (CvT) van het SWV komt iedere twee weken bijeen. Voor elke
          aanvraag brengen twee deskundigen ieder een eigen schriftelijk advies uit: een orthopedagoog
          of psycholoog en, afhankelijk van de vraag, een tweede deskundige (kinderarts,
          maatschappelijk werker of kinder- en jeugdpsychiater). De deskundigen zijn niet betrokken
          geweest bij de aanvraag. De directeur-bestuurder neemt namens het SWV het besluit binnen zes
          weken na ontvangst van het complete dossier. Ouders ontvangen een afschrift van de adviezen
          en van het besluit."""),
          H2("5.3 Criteria"),
          P("""De criteria waarop de CvT toetst of een leerling toelaatbaar is, worden op dit moment
          herschreven op basis van de evaluatie van 2025. De nieuwe criteria legt de CvT in de loop van
          het voorjaar van 2026 vast; ze worden als addendum bij dit plan gevoegd."""),
          C("""[Opmerking OPR (oudergeleding): zonder criteria kunnen wij niet beoordelen wanneer een kind
          naar het sbo of so kan. Graag opnemen vóór instemming. — Reactie bureau: het addendum wordt
          nagezonden; de criteria zijn nog in bespreking met de so-scholen.]"""),
          H2("5.4 Duur en categorie"),
          P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode, met een evaluatie
          na twee jaar. Een TLV voor het so wordt afgegeven voor één of twee schooljaren, tot en met
          31 juli van het laatste schooljaar. Bij een TLV so bepaalt de CvT de bekostigingscategorie
          laag, midden of hoog."""),
          H2("5.5 Afloop van de TLV en terugkeer naar de basisschool"),
          P("""Zuidrand wil dat kinderen niet langer in het speciaal onderwijs blijven dan nodig is.
          Terugkeer naar een basisschool zo dicht mogelijk bij huis is het uitgangspunt, mits de
          ondersteuningsbehoefte in het OPP aantoonbaar is afgenomen en een ontvangende school met de
          ouders een plan heeft opgesteld. Een teruggeplaatst kind krijgt een terugkeerarrangement:
          gedurende zes maanden begeleidt een leerkracht van de sbo- of so-school het kind en de nieuwe
          leerkracht, gefinancierd door het SWV met een vast bedrag van € 3.500 per leerling."""),
          P("""In het laatste jaar van iedere TLV organiseert de sbo- of so-school uiterlijk 1 maart
          een evaluatiegesprek met ouders, de consulent van het SWV en, als terugkeer in beeld is, de
          beoogde basisschool. De s(b)o-school doet daarna een voorstel: terugplaatsing, overplaatsing
          naar een andere school of een aanvraag voor een nieuwe TLV. Bij een nieuwe TLV volgt de
          procedure van paragraaf 5.1 en 5.2. Kiest het overleg voor terugkeer, dan meldt de ouder het
          kind vóór 1 mei aan bij de basisschool, die binnen zes weken besluit; de overstap vindt bij
          voorkeur plaats na de zomervakantie. Na drie en na zes maanden evalueert de consulent de
          terugkeer met ouders en school."""),
          H1("6. Kwaliteit en resultaten"),
          C("""[Dit hoofdstuk wordt na bespreking in de OPR-vergadering van 10 maart 2026 uitgeschreven.
          Opmerking OPR: graag meetbare doelen en een terugblik op de vorige periode opnemen. — Reactie
          bureau: de schrijfgroep levert de tekst aan vóór de definitieve versie.]"""),
          H1("7. Communicatie"),
          P("""Goede communicatie is voor het samenwerkingsverband een voorwaarde om passend onderwijs te
          laten werken. Scholen zijn het eerste aanspreekpunt voor ouders. Daarnaast informeert het SWV
          ouders zelf over de ondersteuningsmogelijkheden in de regio. Op de ouderpagina van de website
          staan per laag van het continuüm de voorzieningen, de route naar extra ondersteuning en de
          TLV-procedure uitgelegd in eenvoudige taal. De ouderfolder 'Wat als mijn kind meer nodig
          heeft?' is beschikbaar in het Nederlands, Engels, Arabisch, Pools en Oekraïens en ligt op
          iedere school. Twee keer per jaar organiseert het SWV een informatieavond voor ouders over
          de overstap naar het sbo en over de bovenschoolse voorzieningen. De schoolgids van iedere
          school bevat een vaste paragraaf over de basisondersteuning en verwijst naar de ouderpagina.
          Ouders kunnen daarnaast telefonisch of per mail terecht bij het Loket Zuidrand, dat op
          werkdagen binnen twee dagen reageert."""),
          P("""Over onafhankelijke ondersteuning voor ouders volgt in de definitieve versie een aparte
          paragraaf."""),
          C("""[Opmerking OPR-secretaris: paragraaf over het ouder- en jeugdsteunpunt nog aanvullen;
          het SWV en de gemeenten zijn in gesprek over wie het steunpunt gaat uitvoeren. — Reactie
          bureau: klopt, tekst volgt.]"""),
          P("""Ouders zijn altijd betrokken bij het ondersteuningsteam van hun kind en geven hun
          zienswijze bij een TLV-aanvraag. Voor professionals verschijnt vier keer per jaar een
          digitale nieuwsbrief."""),
          H1("8. Samenwerking met gemeenten (OOGO)"),
          P("""Het concept van dit plan is op 28 januari 2026 in het op overeenstemming gericht overleg
          met de wethouders onderwijs en jeugd van de drie gemeenten besproken. Gezamenlijke thema's
          voor de planperiode zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer,
          onderwijshuisvesting en de aanpak van thuiszitters. Met de gemeenten is afgesproken dat de
          schoolmaatschappelijk werkers in de ondersteuningsteams blijven deelnemen en dat de
          onderwijs-zorggroep gezamenlijk wordt bekostigd. Het definitieve OOGO vindt plaats op 14
          april 2026."""),
          H1("9. Financiën"),
          H2("9.1 Verdeling van de middelen"),
          P("""Het samenwerkingsverband kiest voor een schoolmodel: het grootste deel van de middelen
          gaat rechtstreeks naar de besturen. De verdeling gebeurt als volgt: ieder bestuur ontvangt
          € 165 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, plus een vaste
          voet van € 7.500 per vestiging om kleine scholen te ontzien. Arrangementen in laag twee
          worden per aanvraag toegekend door de consulent op basis van een vast tarief per uur
          ondersteuning; de bovenschoolse voorzieningen krijgen een vast budget per plaats. De
          afdrachten voor het so en de groeibekostiging sbo lopen via DUO en worden eerst in mindering
          gebracht. Het AB stelt de bedragen jaarlijks vóór 1 juli vast."""),
          P("""Besturen leggen in hun jaarverslag verantwoording af over de inzet van de ontvangen
          middelen aan de hand van een vast format."""),
          H2("9.2 Meerjarenbegroting"),
          T([["Post", "2026", "2027", "2028", "2029"],
             ["Baten rijksbijdrage", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Afdrachten DUO (so, groei sbo)", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Doorbetaling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Arrangementen en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau en personeel", "p.m.", "p.m.", "p.m.", "p.m."]]),
          C("""[Opmerking penningmeester AB: bedragen volgen zodra de rijksbijdrage 2026 definitief is.
          Opmerking OPR: zonder bedragen is de begroting niet te beoordelen.]""")]
    b += filler_governance(c) + filler_personeel(c) + filler_ict(c)
    b += filler_planning(c, [["Voorbespreking OPR", "12 februari 2026"], ["AB bespreking concept", "3 maart 2026"],
                             ["OPR-vergadering (instemming)", "10 maart 2026 (onder voorbehoud)"],
                             ["OOGO definitief", "14 april 2026"], ["Vaststelling AB en verzending Inspectie", "vóór 1 mei 2026"]])
    b += glossary() + abbreviations([["CvT", "Commissie Toelaatbaarheid"], ["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"]])
    name = "po-zuidrand-concept-opr-2026"
    render_docx(b, OUT / (name + ".docx"), header_text="SWV Zuidrand | CONCEPT ondersteuningsplan 2026-2030 | resultaten, ouders, financiën",
                footer_text="Concept v0.8 — niet verspreiden")
    crit = dict.fromkeys(CORE, True)
    crit.update({"plaatsing.criteria": False, "financien.besteding": False,
                 "resultaten.doelen": False, "resultaten.monitoring": False, "ouders.steunpunt": False})
    write_label(name, [name + ".docx"], "po", True,
                {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
                crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 3 defines the SWV-wide ondergrens for every vestiging and lists concrete voorzieningen; kwaliteitskaart visit = borging.",
                 "plaatsing": "Ch. 5.1-5.2 give applicant, loket, CvT, two deskundigen, 6-week term; 5.3 criteria only deferred ('in de loop van het voorjaar ... addendum') with an OPR comment.",
                 "terugstroom": "Hidden as 5.5 inside the TLV chapter: policy (thuisnabij, conditions, terugkeerarrangement EUR 3.500) and procedure (evaluation by 1 March, proposal, aanmelding by 1 May, evaluations).",
                 "financien": "9.1 gives verdeelmodel (EUR 165 per leerling, vaste voet, tarieven); 9.2 meerjarenbegroting is all 'p.m.' with a comment that amounts follow.",
                 "dekkend-aanbod": "Ch. 4: four-layer continuum with named voorzieningen; witte-vlekken analysis, thuiszittersoverleg, doorbraaktafel, new onderwijs-zorggroep.",
                 "resultaten": "Ch. 6 is only a placeholder comment ('wordt ... uitgeschreven'); 'resultaten' elsewhere only in passing (voorwoord, running header).",
                 "ouders": "Information channels are in ch. 7 'Communicatie'; independent support deferred ('volgt in de definitieve versie') and an open OPR comment; OJSP only in glossary."})
    return b


# ==========================================================================
# Plan 2: VO, geactualiseerde versie (.docx)
# ==========================================================================
def plan2():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Rivierenland-West", swv_kort="SWV VO Rivierenland-West",
             code="VO 30-04", period="2026-2030", gemeenten="Waalsteden, Bommeloord, Lingehof en Neerdijk",
             directeur="Karim El Idrissi", speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
             besturen=[["Stichting Rivierencollege", "3 scholen / 6 vestigingen", "5.420"],
                       ["Stichting Openbaar VO Waalsteden", "2 / 4", "3.310"],
                       ["Stichting Christelijk VO Lingehof", "2 / 3", "2.870"],
                       ["Praktijkschool De Dijk", "1 / 1", "410"],
                       ["Overige besturen (3)", "3 / 5", "2.150"]])
    b = [("title", "Ondersteuningsplan 2026-2030 — geactualiseerde versie september 2027"),
         P("""Samenwerkingsverband Voortgezet Onderwijs Rivierenland-West (VO 30-04). Tussentijdse
         actualisatie van het ondersteuningsplan 2026-2030, na instemming van de ondersteuningsplanraad
         op 21 juni 2027 vastgesteld door het algemeen bestuur op 4 juli 2027. Gewijzigde passages zijn
         in de tabel 'Wijzigingen' opgesomd."""),
         TOC(["Wijzigingen ten opzichte van de versie van april 2026", "Voorwoord",
              "1. Ons samenwerkingsverband", "2. Missie en visie", "3. Basisondersteuning",
              "4. Het ondersteuningsaanbod", "5. Toewijzing: vso, lwoo en praktijkonderwijs",
              "6. Overstap van vso naar regulier", "7. Resultaten en kwaliteitszorg", "8. Ouders en leerlingen",
              "9. Geld en middelen", "Organisatie en governance", "Personeel en professionalisering",
              "ICT, privacy en gegevensbeheer", "Planning en totstandkoming", "Bijlage: Begrippenlijst",
              "Bijlage: Afkortingen"]),
         H1("Wijzigingen ten opzichte van de versie van april 2026"),
         T([["Paragraaf", "Wijziging"],
            ["3", "Verwijzing naar de herziene kwaliteitskaart basisondersteuning VO (bijlage 2)."],
            ["5.3", "Lwoo-aanvraag: uiterste indieningsdatum verschoven naar 1 maart."],
            ["6", "Nieuw: overstaparrangement na terugkeer uit het vso."],
            ["7", "Bereikte resultaten schooljaar 2026-2027 toegevoegd."],
            ["8", "Ouder- en jeugdsteunpunt Rivierenland is per 1 januari 2027 gestart."],
            ["9", "Meerjarenbegroting 2027-2030 geactualiseerd; reservepositie."]])]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c) + filler_visie(c)
    b += [H1("3. Basisondersteuning"),
          P("""Alle elf aangesloten scholen, op al hun negentien vestigingen, bieden het gezamenlijk
          vastgestelde niveau van basisondersteuning. Dit niveau is de ondergrens in ons verband: wat
          een leerling op de ene vestiging zonder aanvraag kan krijgen, moet hij ook op iedere andere
          vestiging kunnen krijgen. Alles wat daarboven gaat, valt onder de extra ondersteuning uit
          hoofdstuk 4."""),
          P("""De concrete invulling van de standaarden is uitgewerkt in de Kwaliteitskaart
          basisondersteuning VO, die als bijlage 2 bij dit plan hoort. Na het verschijnen van de
          landelijke norm basisondersteuning passen wij de standaarden aan; de besturen nemen daarover
          in 2028 een besluit."""),
          P("""Het samenwerkingsverband voert iedere twee jaar op elke vestiging een audit uit aan de
          hand van de kwaliteitskaart. De uitkomsten worden met het bestuur besproken; bij tekorten
          legt het bestuur binnen vier maanden een verbeterplan voor aan de directeur-bestuurder."""),
          H1("4. Het ondersteuningsaanbod"),
          P("""Het ondersteuningsaanbod in Rivierenland-West is opgebouwd als een continuüm. Op iedere
          school is de basisondersteuning aanwezig. Daarboven kan de school met middelen van het SWV
          extra ondersteuning organiseren binnen de eigen school, zoals een trajectvoorziening of
          ondersteuningsklas; iedere school heeft minimaal één trajectvoorziening en een
          ondersteuningscoördinator. Is meer nodig, dan kan een leerling tijdelijk terecht bij het OPDC
          De Overstap (48 plaatsen, maximaal één schooljaar) of bij de rebound-voorziening (12 plaatsen,
          maximaal 13 weken). Voor leerlingen die structureel een intensief specialistisch aanbod
          nodig hebben, zijn er twee vso-scholen in de regio (cluster 4 en een zml-afdeling) en
          praktijkonderwijs op De Dijk. Voor hoogbegaafde leerlingen is er een bovenschools
          plusprogramma op twee havo/vwo-scholen; voor nieuwkomers de ISK in Waalsteden."""),
          P("""Een aanpak voor leerlingen zonder passende plek, inclusief een regionaal
          thuiszittersprotocol en een analyse van witte vlekken in het aanbod, werken wij samen met de
          gemeenten uit; dit deel volgt in de eerstvolgende actualisatie van dit plan."""),
          H1("5. Toewijzing: vso, lwoo en praktijkonderwijs"),
          H2("5.1 Toelaatbaarheid vso"),
          P("""De school waar de leerling staat ingeschreven, of bij nieuwe leerlingen de school van
          aanmelding, vraagt de TLV aan bij het Loket Rivierenland. Het dossier bevat het OPP met de
          evaluatie van de ingezette extra ondersteuning, het verslag van het multidisciplinair overleg
          en de zienswijze van ouders en leerling. De TLV-commissie vraagt twee deskundigen om ieder
          afzonderlijk schriftelijk te adviseren: een orthopedagoog of GZ-psycholoog en een tweede
          deskundige naar gelang de vraag. De directeur-bestuurder besluit binnen zes weken. Een TLV
          vso wordt afgegeven voor maximaal drie schooljaren, met bekostigingscategorie laag, midden of
          hoog."""),
          P("""De commissie beoordeelt de aanvraag aan de hand van de volgende criteria:"""),
          T([["Criterium", "Toelichting"],
             ["Ondersteuningsbehoefte", "De behoefte ligt op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, medisch/fysiek) en overstijgt de extra ondersteuning die regulier vo kan bieden."],
             ["Ingezette ondersteuning", "Ten minste één schooljaar extra ondersteuning is ingezet en geëvalueerd in het OPP, of er is sprake van een crisissituatie."],
             ["Perspectief", "Het uitstroomperspectief is in het regulier vo, met arrangement, niet haalbaar."],
             ["Categorie", "Midden bij lichamelijke beperking of langdurige ziekte met veel verzorging; hoog bij meervoudige beperking; overig laag."]]),
          P("""Ouders die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken bij
          het SWV. Het SWV is aangesloten bij de Landelijke Bezwaaradviescommissie
          Toelaatbaarheidsverklaringen, die het bestuur adviseert."""),
          H2("5.2 Praktijkonderwijs"),
          P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
          leerachterstand van ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend
          lezen of inzichtelijk rekenen. De basisschool levert de gegevens aan via de PO-VO-route; de
          TLV-commissie beslist binnen vier weken. Een TLV pro geldt voor de duur van de opleiding."""),
          H2("5.3 Leerwegondersteunend onderwijs"),
          P("""Het SWV hanteert de landelijke lwoo-criteria (IQ 75-90 of 91-120 met sociaal-emotionele
          problematiek, en een leerachterstand van 1,5 tot 3 jaar op twee domeinen). De vo-school dient
          de aanvraag uiterlijk 1 maart in; het SWV beslist vóór 1 april, zodat ouders vóór de
          definitieve plaatsing weten waar zij aan toe zijn."""),
          H1("6. Overstap van vso naar regulier"),
          P("""Het SWV vindt dat een leerling niet langer in het vso hoort te blijven dan nodig is.
          Terugkeer naar het regulier voortgezet onderwijs is het doel wanneer de leerling het
          niveau van de reguliere leerweg aankan, de gedragsdoelen in het OPP grotendeels zijn behaald
          en een ontvangende school bereid is een passend aanbod te doen. Iedere teruggekeerde
          leerling krijgt een overstaparrangement: gedurende een heel schooljaar een vaste coach van de
          vso-school (0,1 fte per leerling), gefinancierd door het SWV, en een warme overdracht tussen
          mentoren. De ontvangende school verplicht zich om de leerling minimaal dat schooljaar niet
          zonder overleg met het SWV door te verwijzen."""),
          P("""Het stappenplan terugplaatsing, met de beslismomenten en de rolverdeling tussen vso-school,
          ontvangende school en SWV, herijken we in schooljaar 2027-2028 met de vso-scholen; tot die
          tijd verwijzen we naar het stappenplan uit 2022 op onze website."""),
          P("""In schooljaar 2026-2027 keerden 14 leerlingen uit het vso terug naar het regulier vo; in
          2025-2026 waren dat er 9."""),
          H1("7. Resultaten en kwaliteitszorg"),
          H2("7.1 Beoogde resultaten"),
          P("""Voor de planperiode heeft het SWV de volgende beoogde resultaten geformuleerd voor
          leerlingen met een ondersteuningsbehoefte:"""),
          T([["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030", "Bereikt 2026-2027"],
             ["Meer leerlingen met extra ondersteuning halen een diploma in het regulier vo", "% diploma binnen nominale duur + 1 jaar", "78%", "85%", "80%"],
             ["Deelname vso daalt naar landelijk niveau", "% vso op 1 oktober", "3,9%", "3,2%", "3,7%"],
             ["Snellere toewijzing", "gemiddelde doorlooptijd TLV in weken", "7,5", "≤ 6", "6,2"],
             ["Tevreden ouders", "rapportcijfer ouderpeiling", "6,8", "≥ 7,5", "7,1"]]),
          H2("7.2 Monitoring en verantwoording"),
          P("""Het bureau houdt een dashboard bij dat iedere drie maanden wordt geactualiseerd met
          gegevens van DUO, het registratiesysteem en de scholen. De directeur-bestuurder bespreekt de
          kwartaalrapportage met het algemeen bestuur. Eens per jaar organiseert het SWV een
          evaluatiebijeenkomst met ondersteuningscoördinatoren waarin de cijfers worden geduid en
          bijsturing wordt afgesproken. De oudertevredenheid wordt iedere twee jaar gemeten. De bereikte
          resultaten worden jaarlijks gerapporteerd in het jaarverslag en besproken met de OPR; zie de
          laatste kolom van de tabel voor de stand na het eerste jaar."""),
          H1("8. Ouders en leerlingen"),
          P("""Het SWV informeert ouders over het ondersteuningsaanbod via de website, waarop per school
          de basis- en extra ondersteuning en de route naar OPDC, rebound en vso worden beschreven, en
          via de brochure 'Ouderwijzer VO', die alle leerlingen in groep 8 met het adviesgesprek
          meekrijgen. Iedere school beschrijft in de schoolgids haar ondersteuning. In oktober en
          februari organiseert het SWV informatieavonden voor ouders van leerlingen met een
          ondersteuningsbehoefte die de overstap naar het vo maken."""),
          P("""Per 1 januari 2027 is het Ouder- en Jeugdsteunpunt Rivierenland gestart. Ouders en
          jongeren kunnen daar kosteloos terecht met vragen of wanneer zij het niet eens zijn met de
          school of het SWV. Het steunpunt is onafhankelijk: het wordt uitgevoerd door de stichting
          MEE Rivierenland en werkt uitsluitend in het belang van de leerling. Het is bereikbaar op
          werkdagen via telefoon en chat en houdt spreekuren in Waalsteden en Bommeloord. Daarnaast
          kunnen ouders een beroep doen op de Onderwijsconsulenten en, bij geschillen over toelating,
          verwijdering of het OPP, op de Geschillencommissie passend onderwijs."""),
          P("""In de OPR zijn ouders en leerlingen vertegenwoordigd. Bij iedere TLV-aanvraag worden
          ouders en de leerling gehoord."""),
          H1("9. Geld en middelen"),
          H2("9.1 Verdeling"),
          P("""De middelen voor lichte ondersteuning worden volledig doorbetaald aan de besturen op basis
          van het aantal leerlingen op 1 oktober. Van de middelen voor zware ondersteuning worden eerst
          de afdrachten aan DUO voor vso-leerlingen betaald. Van het restant gaat een vast bedrag van
          € 210 per leerling naar de besturen voor extra ondersteuning in de school (trajectvoorziening,
          ondersteuningscoördinator), en worden het OPDC en de rebound bekostigd met een vast budget
          per plaats. Individuele arrangementen boven € 5.000 worden toegekend door de
          directeur-bestuurder op advies van de consulent. Besturen verantwoorden de besteding in een
          jaarlijkse rapportage volgens een vast format."""),
          H2("9.2 Meerjarenbegroting"),
          T([["(x € 1.000)", "2027", "2028", "2029", "2030"],
             ["Baten zware ondersteuning", "14.820", "14.650", "14.480", "14.300"],
             ["Baten lichte ondersteuning (lwoo/pro)", "9.140", "9.060", "8.990", "8.910"],
             ["Afdracht vso via DUO", "-7.960", "-7.880", "-7.790", "-7.700"],
             ["Doorbetaling besturen lichte ondersteuning", "-9.140", "-9.060", "-8.990", "-8.910"],
             ["Extra ondersteuning besturen (€ 210 p.l.)", "-2.970", "-2.940", "-2.910", "-2.880"],
             ["OPDC De Overstap en rebound", "-2.450", "-2.450", "-2.450", "-2.450"],
             ["Overstaparrangementen en individuele arrangementen", "-480", "-460", "-440", "-420"],
             ["Bureau, personeel en huisvesting", "-1.180", "-1.190", "-1.200", "-1.210"],
             ["Resultaat", "-220", "-270", "-310", "-370"]]),
          H2("9.3 Reserves"),
          P("""Per 31 december 2026 bedraagt de algemene reserve € 2,1 miljoen. De signaleringswaarde
          van de Inspectie ligt voor ons verband op € 1,6 miljoen. Met de geraamde negatieve
          resultaten bouwen we het bovenmatige deel in de planperiode gecontroleerd af.""")]
    b += filler_governance(c) + filler_personeel(c) + filler_ict(c)
    b += [H1("Samenwerking met gemeenten"),
          P("""Met de vier gemeenten voert het SWV twee keer per jaar op overeenstemming gericht overleg.
          In de planperiode werken we samen aan schoolmaatschappelijk werk op iedere vestiging, aan
          onderwijs-zorgarrangementen voor leerlingen die naast onderwijs jeugdhulp nodig hebben en aan
          de aansluiting met het mbo. Het OOGO over deze actualisatie vond plaats op 7 juni 2027.""")]
    b += filler_planning(c, [["Bespreking actualisatie in AB", "12 april 2027"], ["OOGO", "7 juni 2027"],
                             ["Instemming OPR", "21 juni 2027"], ["Vaststelling AB", "4 juli 2027"]])
    b += glossary([["Lwoo", "Leerwegondersteunend onderwijs."], ["OPDC", "Orthopedagogisch-didactisch centrum."]])
    b += abbreviations([["ISK", "Internationale schakelklas"], ["pro", "Praktijkonderwijs"], ["vso", "Voortgezet speciaal onderwijs"]])
    name = "vo-rivierenland-west-geactualiseerd-2027"
    render_docx(b, OUT / (name + ".docx"), header_text="Ondersteuningsplan SWV VO Rivierenland-West 2026-2030 (geactualiseerd 2027)",
                footer_text="Vastgesteld 4 juli 2027")
    crit = dict.fromkeys(CORE, True)
    crit.update({"basisondersteuning.inhoud": False, "terugstroom.procedure": False, "dekkend-aanbod.lacunes": False})
    write_label(name, [name + ".docx"], "vo", True,
                {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
                crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 3 states the SWV-wide minimum for all 19 vestigingen, but the concrete standards are only in the absent 'bijlage 2' kwaliteitskaart; audit = borging.",
                 "plaatsing": "Ch. 5: vso procedure (loket, dossier, two deskundigen, 6 weeks), criteria in a table, pro and lwoo criteria/terms, LBT bezwaar.",
                 "terugstroom": "Ch. 6 'Overstap van vso naar regulier' gives policy, conditions and overstaparrangement; the procedure/stappenplan is deferred to 2027-2028 and referred to the website.",
                 "financien": "Ch. 9 'Geld en middelen': verdeling (per leerling EUR 210, budget per plaats, arrangementen) and a 2027-2030 meerjarenbegroting with amounts, reserves.",
                 "dekkend-aanbod": "Ch. 4 describes the continuum (trajectvoorziening, OPDC, rebound, vso, pro, HB, ISK); the approach to gaps/thuiszitters is explicitly deferred ('volgt in de eerstvolgende actualisatie').",
                 "resultaten": "Ch. 7: goals with nulmeting/streefwaarde table and quarterly dashboard, annual evaluation and jaarverslag.",
                 "ouders": "Ch. 8: website, brochure, schoolgids, information evenings; OJSP Rivierenland (MEE), Onderwijsconsulenten, Geschillencommissie."})
    return b


# ==========================================================================
# Plan 3: PO, vastgesteld plan (.pdf via LibreOffice)
# ==========================================================================
def plan3():
    c = dict(swv="Stichting Samenwerkingsverband Passend Onderwijs De Vaart", swv_kort="SWV De Vaart",
             code="PO 25-11", period="2026-2030", gemeenten="Vaartdorp, Hoogeveld en Midden-Trekvliet",
             directeur="Anneke Brouwer", speciaal="speciaal basisonderwijs en speciaal onderwijs",
             besturen=[["Stichting Openbaar Onderwijs De Vaart", "15", "3.905"],
                       ["Stichting Christelijk Primair Onderwijs Trekvliet", "13", "3.120"],
                       ["Stichting Onderwijs Hoogeveld", "8", "1.985"],
                       ["Stichting sbo De Vaart (2 sbo-scholen)", "2", "312"],
                       ["Overige besturen", "4", "640"]])
    b = [("title", "Ondersteuningsplan 2026-2030"),
         P("""Stichting Samenwerkingsverband Passend Onderwijs De Vaart, PO 25-11. Vastgesteld door het
         algemeen bestuur op 16 april 2026, na instemming van de ondersteuningsplanraad op 7 april 2026
         en op overeenstemming gericht overleg met de gemeenten op 26 maart 2026."""),
         TOC(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie en visie", "3. Ondersteuning op school",
              "4. Arrangeren en het regionale aanbod", "5. Verwijzing naar sbo en so",
              "6. Beoogde resultaten", "7. Klachten, bezwaren en geschillen", "8. Financieel beleid",
              "Organisatie en governance", "Personeel en professionalisering", "ICT, privacy en gegevensbeheer",
              "Planning en totstandkoming", "Bijlage: Begrippenlijst (o.a. terugplaatsing, OJSP)", "Bijlage: Afkortingen"])]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c) + filler_visie(c)
    b += [H1("3. Ondersteuning op school"),
          P("""In De Vaart hebben de besturen afgesproken dat de basisondersteuning op iedere vestiging
          hetzelfde minimumniveau heeft. Dat niveau is vastgelegd in twaalf standaarden, die in de
          tabel hieronder staan. Iedere school werkt de standaarden uit in haar eigen
          ondersteuningsbeleid."""),
          T([["Domein", "Wat elke school in De Vaart minimaal biedt"],
             ["Structuur", "Een IB'er (minimaal 1 dag per week per 100 leerlingen) en een ondersteuningsteam dat vijf keer per jaar overlegt met de schoolcontactpersoon van het SWV."],
             ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vanaf groep 3 drie keer per jaar signalering en een leesinterventie van 3 x 20 minuten per week voor zwakke lezers."],
             ["Rekenen", "Werken volgens het protocol ERWD; remediërend programma met het drieslagmodel."],
             ["Gedrag", "Een schoolbrede aanpak positief gedrag, een pestprotocol en een gedragsspecialist die per bestuur beschikbaar is."],
             ["Sociaal-emotioneel", "Twee keer per jaar een volgsysteem sociaal-emotionele ontwikkeling met vervolgacties."],
             ["Begaafdheid", "Signaleren met een vast instrument, compacten en verrijken in de groep."],
             ["Taal/NT2", "Woordenschatprogramma en NT2-materiaal voor nieuwkomers na de taalklas."],
             ["Medisch", "Protocol medisch handelen en afspraken met de jeugdverpleegkundige."],
             ["Fysiek", "Gebouw toegankelijk voor leerlingen in een rolstoel of met beperkte mobiliteit, of afspraken met een school in de nabijheid."],
             ["Planmatig werken", "Groepsplannen of blokplannen, groepsbesprekingen drie keer per jaar, OPP bij een eigen leerlijn."],
             ["Samenwerking", "Vaste contactpersonen bij het wijkteam en het consultatiebureau."],
             ["Overdracht", "Warme overdracht bij schoolwissel en naar het vo."]]),
          P("""De schoolcontactpersoon van het SWV bespreekt jaarlijks met de directie of de standaarden
          worden gehaald."""),
          H1("4. Arrangeren en het regionale aanbod"),
          P("""Wanneer de basisondersteuning niet voldoende is, kan de school een arrangement aanvragen.
          Het regionale aanbod loopt van lichte arrangementen in de eigen groep, via groepsarrangementen
          op een andere school, naar plaatsing in het sbo of so. De Vaart kent de volgende bovenschoolse
          voorzieningen: de taalklas Vaartdorp (nieuwkomers, maximaal één jaar), de plusklas per
          bestuur (één dagdeel per week), de Kapteynklas voor hoogbegaafde leerlingen (voltijd, 14
          plaatsen), het arrangement Jonge Kind in Hoogeveld (observatie en behandeling samen met
          jeugdhulpaanbieder Kwadrant, 8 plaatsen) en het ambulante team van sbo-collega's. Het SWV
          zorgt ervoor dat elke school binnen twee weken na een aanvraag een consulent aan tafel
          heeft."""),
          P("""Iedere leerling die zonder onderwijs thuis zit, meldt de school binnen een week bij het SWV
          en de leerplichtambtenaar. Het SWV houdt een thuiszitterslijst bij en bespreekt die elke zes
          weken met leerplicht en het wijkteam. Eén keer per jaar maakt het SWV een analyse van de
          leerlingen voor wie geen passende plek beschikbaar was en van de wachtlijsten in het so. Op
          basis van de analyse 2024-2025 is het aanbod voor het jonge kind uitgebreid en is met de
          gemeente Midden-Trekvliet afgesproken dat er vanaf 2026 een tweede groep komt. De school van
          aanmelding houdt de zorgplicht en wordt ondersteund door de consulent."""),
          H1("5. Verwijzing naar sbo en so"),
          P("""De route naar het sbo of so verloopt in vier stappen."""),
          B(["Stap 1 – Het ondersteuningsteam van de school stelt samen met ouders vast dat de ondersteuningsbehoefte de mogelijkheden van de school overstijgt; het OPP en het groeidocument worden bijgewerkt.",
             "Stap 2 – Het schoolbestuur dient de aanvraag in bij de Commissie Toewijzing van het SWV; ouders geven hun zienswijze.",
             "Stap 3 – Twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige, zoals een maatschappelijk werker of kinderarts) geven ieder een eigen schriftelijk advies. Zij zijn niet betrokken bij de begeleiding van de leerling.",
             "Stap 4 – De Commissie Toewijzing besluit namens het bestuur binnen zes weken en stuurt ouders en school het besluit met de adviezen."]),
          P("""Een leerling is toelaatbaar tot het sbo wanneer de school aantoonbaar minimaal twee
          perioden van handelingsgericht werken met extra ondersteuning heeft ingezet en geëvalueerd,
          de leerling een achterstand van meer dan een jaar heeft op ten minste twee vakgebieden of
          gedragsproblemen heeft die het leren ernstig belemmeren, en een kleinere groep met
          specialistische begeleiding naar verwachting wel tot ontwikkeling leidt. Een leerling is
          toelaatbaar tot het so wanneer daarnaast sprake is van een structurele beperking
          (verstandelijk, lichamelijk, langdurig ziek of ernstige gedrags- of psychiatrische
          problematiek) waardoor een gespecialiseerde setting met behandeling of zorg nodig is. De
          commissie bepaalt bij een so-TLV de categorie laag, midden of hoog."""),
          P("""Een TLV sbo wordt afgegeven tot het einde van de basisschoolperiode; een TLV so voor
          maximaal twee schooljaren. Ouders die het niet eens zijn met het besluit kunnen binnen zes weken
          bezwaar maken; het SWV vraagt advies aan de Landelijke Bezwaaradviescommissie."""),
          H1("6. Beoogde resultaten"),
          P("""Voor leerlingen met een ondersteuningsbehoefte wil De Vaart aan het eind van de
          planperiode het volgende bereiken:"""),
          B(["het aantal thuiszitters is teruggebracht van 21 (1 oktober 2025) naar maximaal 8;",
             "het percentage leerlingen in sbo en so samen is gedaald van 3,6% naar 3,0%;",
             "90% van de arrangementen bereikt het afgesproken doel;",
             "alle scholen voldoen aan de twaalf standaarden van de basisondersteuning."]),
          P("""Hoe wij de voortgang op deze doelen volgen en erover rapporteren, leggen wij vast in het
          jaarplan 2027; daarin staat ook welke bronnen we gebruiken."""),
          H1("7. Klachten, bezwaren en geschillen"),
          P("""Soms lopen ouders en school vast. Ouders kunnen dan terecht bij het Ouder- en
          Jeugdsteunpunt De Vaart, dat onafhankelijk van scholen en het SWV werkt en wordt uitgevoerd
          door Zorgbelang. Het steunpunt is bereikbaar op maandag tot en met donderdag, houdt
          spreekuur op het gemeentehuis van Vaartdorp en kan meegaan naar gesprekken op school.
          Ouders kunnen daarnaast kosteloos advies vragen aan de Onderwijsconsulenten. Voor klachten
          over het SWV geldt de klachtenregeling; het SWV is aangesloten bij de Landelijke
          Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering of het OPP kunnen worden
          voorgelegd aan de Geschillencommissie passend onderwijs."""),
          P("""Informatie voor ouders over het ondersteuningsaanbod in de regio volgt in een aparte
          ouderversie van dit plan."""),
          H1("8. Financieel beleid"),
          P("""De Vaart verdeelt de middelen volgens een schoolmodel. Na aftrek van de DUO-afdrachten voor
          so en de groeibekostiging sbo ontvangen de besturen € 190 per leerling (teldatum 1 oktober
          t-1) voor extra ondersteuning in de scholen. Groepsarrangementen en bovenschoolse
          voorzieningen worden centraal bekostigd; de Commissie Toewijzing kent individuele
          arrangementen toe tot maximaal € 8.000 per leerling per jaar. Het AB stelt de verdeling
          jaarlijks in december vast bij de begroting."""),
          T([["(x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsmiddelen", "11.640", "11.520", "11.410", "11.300"],
             ["Afdracht so en sbo (DUO)", "-6.210", "-6.180", "-6.150", "-6.120"],
             ["Bedrag per leerling naar besturen", "-1.900", "-1.880", "-1.860", "-1.840"],
             ["Bovenschoolse voorzieningen", "-1.640", "-1.640", "-1.640", "-1.640"],
             ["Individuele arrangementen", "-980", "-960", "-940", "-920"],
             ["Bureau en consulenten", "-1.010", "-1.020", "-1.030", "-1.040"],
             ["Resultaat", "-100", "-160", "-210", "-260"]]),
          P("""De begrote tekorten worden gedekt uit de algemene reserve, die per 1 januari 2026
          € 1,4 miljoen bedraagt.""")]
    b += filler_governance(c, with_jaarverslag=False) + filler_personeel(c) + filler_ict(c) + filler_extra(c)
    b += [H1("Samenwerking met gemeenten"),
          P("""De gemeenten en het SWV werken samen aan de verbinding tussen onderwijs en jeugdhulp. Het
          wijkteam sluit aan bij de ondersteuningsteams; onderwijs-zorgarrangementen worden samen
          gefinancierd. Het OOGO over dit plan vond plaats op 26 maart 2026.""")]
    b += filler_planning(c, [["Concept gereed", "december 2025"], ["OOGO", "26 maart 2026"],
                             ["Instemming OPR", "7 april 2026"], ["Vaststelling AB", "16 april 2026"]])
    b += glossary() + abbreviations([["CT", "Commissie Toewijzing"]])
    name = "po-de-vaart-2026-2030"
    render_pdf(b, OUT / (name + ".pdf"), header_text="SWV De Vaart — Ondersteuningsplan 2026-2030",
               footer_text="Terugplaatsing, toelaatbaarheid en ouders: zie www.swvdevaart.nl")
    crit = dict.fromkeys(CORE, True)
    crit.update({"terugstroom.procedure": False, "terugstroom.beleid": False,
                 "resultaten.monitoring": False, "ouders.informatie": False})
    write_label(name, [name + ".pdf"], "po", True,
                {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
                crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 3 'Ondersteuning op school': SWV-wide minimum in body text; the concrete content is only in the standards table.",
                 "plaatsing": "Ch. 5 'Verwijzing naar sbo en so': four numbered steps, sbo and so criteria, deskundigen, duration, bezwaar.",
                 "terugstroom": "Nothing in the body; 'terugplaatsing' only in TOC, glossary and page footer (website reference).",
                 "financien": "Ch. 8: schoolmodel with EUR 190 per leerling and arrangement limits; 2026-2029 table with amounts.",
                 "dekkend-aanbod": "Ch. 4 'Arrangeren en het regionale aanbod': continuum with named voorzieningen; thuiszitterslijst, annual gap analysis, zorgplicht.",
                 "resultaten": "Ch. 6 lists measurable beoogde resultaten; how progress is monitored/reported is deferred to 'jaarplan 2027'.",
                 "ouders": "Ch. 7 'Klachten, bezwaren en geschillen' names OJSP, Onderwijsconsulenten, Geschillencommissie; information to parents deferred to 'een aparte ouderversie'."})
    return b


# ==========================================================================
# Plan 4: VO, vastgesteld plan (.pdf via LibreOffice)
# ==========================================================================
def plan4():
    c = dict(swv="Samenwerkingsverband VO Kempenland-Oost", swv_kort="SWV Kempenland-Oost",
             code="VO 31-07", period="2026-2030", gemeenten="Eersel-Heide, Bergakker, Valkendonk en Someren-Oost",
             directeur="drs. Peter van Lieshout", speciaal="voortgezet speciaal onderwijs en praktijkonderwijs",
             besturen=[["Stichting Kempenland Scholen", "4 / 6", "6.210"], ["Stichting Carolus VO", "2 / 3", "3.480"],
                       ["Stichting Praktijkonderwijs Kempen", "1 / 2", "520"], ["Openbaar VO Valkendonk", "1 / 1", "1.140"]])
    b = [("title", "Ondersteuningsplan 2026-2030"),
         P("""Samenwerkingsverband VO Kempenland-Oost (VO 31-07). Vastgesteld door het algemeen bestuur op
         22 april 2026. De ondersteuningsplanraad heeft op 14 april 2026 ingestemd. Dit plan vervangt het
         ondersteuningsplan 2022-2026."""),
         TOC(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie en visie", "3. Basisondersteuning",
              "4. Dekkend aanbod", "5. Toelaatbaarheid vso, lwoo en pro", "6. Overstappen en terugkeer",
              "7. Kwaliteitszorg", "8. Communicatie", "9. Financiën en meerjarenbegroting",
              "Organisatie en governance", "Personeel en professionalisering", "ICT, privacy en gegevensbeheer",
              "Planning en totstandkoming", "Bijlage: Begrippenlijst", "Bijlage: Afkortingen",
              "Bijlage 5: Handboek Toewijzing 2026 (separaat)"])]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c) + filler_visie(c)
    b += [H1("3. Basisondersteuning"),
          P("""Het gezamenlijke niveau van basisondersteuning wordt na het verschijnen van de landelijke
          norm opnieuw vastgesteld. De besturen streven ernaar dit in de loop van 2027 af te ronden,
          zodat het nieuwe niveau met ingang van schooljaar 2027-2028 kan gelden. Tot die tijd
          verwijzen wij naar de schoolgidsen van de afzonderlijke scholen."""),
          H1("4. Dekkend aanbod"),
          P("""In schooljaar 2026-2027 voert het SWV samen met de gemeenten een analyse uit van het
          ondersteuningsaanbod in de regio. Op basis daarvan beschrijven wij het
          ondersteuningscontinuüm en de afspraken over een dekkend aanbod in een addendum bij dit plan,
          dat in het voorjaar van 2027 aan de ondersteuningsplanraad wordt voorgelegd."""),
          H1("5. Toelaatbaarheid vso, lwoo en pro"),
          P("""Toelaatbaar tot het vso is een leerling die aan alle onderstaande voorwaarden voldoet:"""),
          B(["de school heeft ten minste twee periodes van minimaal twaalf weken extra ondersteuning ingezet en in het OPP geëvalueerd;",
             "de ondersteuningsbehoefte betreft ten minste twee van de domeinen leren, gedrag, communicatie, lichamelijke gezondheid en zelfredzaamheid;",
             "de leerling heeft structureel een intensiteit van begeleiding nodig (groepsgrootte, behandeling, zorg in onderwijstijd) die in het regulier vo niet kan worden geboden;",
             "het uitstroomperspectief vervolgonderwijs, arbeid of dagbesteding is in het vso beter haalbaar."]),
          P("""De bekostigingscategorie is laag, tenzij er sprake is van een lichamelijke beperking of
          langdurige ziekte met intensieve verzorging (midden) of een meervoudige beperking (hoog). Een TLV
          vso geldt voor twee schooljaren; bij een ernstige meervoudige beperking voor de hele
          schoolloopbaan."""),
          P("""Voor lwoo en praktijkonderwijs hanteert Kempenland-Oost de landelijke criteria. Een
          leerling komt in aanmerking voor praktijkonderwijs bij een IQ van 55 tot en met 80 en een
          leerachterstand van ten minste drie jaar op minimaal twee domeinen, waaronder begrijpend
          lezen of inzichtelijk rekenen. Een leerling heeft recht op lwoo bij een IQ van 75 tot en met
          90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of bij
          een IQ van 91 tot en met 120 met een leerachterstand en sociaal-emotionele problematiek."""),
          P("""De aanvraagroute, de termijnen, de samenstelling van de commissie en de mogelijkheden om
          bezwaar te maken zijn beschreven in het Handboek Toewijzing 2026 (bijlage 5, separaat
          document)."""),
          H1("6. Overstappen en terugkeer"),
          P("""Kempenland-Oost gaat ervan uit dat het vso voor veel leerlingen een tijdelijke plek is.
          Ons beleid is dat iedere vso-leerling met een regulier uitstroomperspectief in beeld blijft
          voor een terugkeer naar het regulier voortgezet onderwijs, bij voorkeur naar een school in de
          eigen woonplaats. Voorwaarden zijn dat de leerling in het vso ten minste een half jaar stabiel
          functioneert, dat hij het programma van de beoogde leerweg kan volgen en dat ouders en
          leerling de overstap willen. Na de terugkeer begeleidt een ambulant begeleider van de
          vso-school de leerling en de mentor gedurende twintig weken; het SWV betaalt deze begeleiding
          uit het budget terugkeerbegeleiding (zie hoofdstuk 9)."""),
          P("""De procedure is als volgt. Uiterlijk in januari van het laatste jaar van de TLV, en
          daarnaast bij elke jaarlijkse OPP-evaluatie, bespreekt de commissie van begeleiding van de
          vso-school of terugkeer mogelijk is. Zij nodigt daarvoor de consulent van het SWV, de ouders
          en de leerling uit. Adviseert de commissie terugkeer, dan zoekt de consulent binnen vier
          weken met ouders een ontvangende school; die school beslist binnen zes weken over de
          toelating en stelt met de vso-school een overdrachtsplan op. Adviseert de commissie verlenging,
          dan vraagt de vso-school vóór 1 april een nieuwe TLV aan. Loopt de TLV af zonder nieuwe
          aanvraag, dan eindigt de bekostiging op 31 juli en is de ontvangende school vanaf 1 augustus
          verantwoordelijk. De consulent evalueert iedere terugkeer na tien en na twintig weken."""),
          H1("7. Kwaliteitszorg"),
          P("""Kwaliteitszorg gaat bij ons over de vraag of leerlingen die extra ondersteuning nodig
          hebben daar ook beter van worden. Voor de planperiode hebben wij de volgende beoogde
          resultaten vastgesteld:"""),
          T([["Beoogd resultaat", "Indicator", "2025 (nulmeting)", "Doel 2030"],
             ["Minder leerlingen in het vso", "deelname vso 1 oktober", "4,4%", "3,8%"],
             ["Meer terugkeer uit het vso", "aantal terugkeerders per jaar", "6", "15"],
             ["Terugkeer is duurzaam", "% nog op reguliere school na 1 jaar", "67%", "80%"],
             ["Snel duidelijkheid bij TLV", "% besluiten binnen 6 weken", "72%", "95%"],
             ["Ouders voelen zich gehoord", "score ouderpeiling (1-10)", "6,9", "7,5"]]),
          P("""De bureaucontroller verzamelt de gegevens per kwartaal uit het registratiesysteem en uit de
          DUO-telling van 1 oktober. In maart en oktober bespreekt het managementoverleg de
          voortgangsrapportage; het algemeen bestuur ontvangt die rapportage ter bespreking. De
          ouderpeiling wordt elk tweede jaar in het voorjaar uitgezet. De bereikte resultaten staan
          jaarlijks in het jaarverslag, dat met de ondersteuningsplanraad wordt besproken. Halverwege de
          planperiode, in 2028, laat het SWV een externe evaluatie uitvoeren."""),
          H1("8. Communicatie"),
          P("""Het SWV communiceert met scholen, ouders, leerlingen en partners. Voor ouders is er een
          eigen ouderpagina op de website met uitleg over extra ondersteuning, het vso, lwoo en
          praktijkonderwijs, aangevuld met korte uitlegvideo's. Bij de aanmelding in het vo ontvangen
          alle ouders de folder 'Ondersteuning in het vo: zo zit het'. De ondersteuningscoördinator van
          iedere school is voor ouders het vaste aanspreekpunt en verwijst door naar de consulent van
          het SWV. Elk najaar is er een ouderavond in samenwerking met de PO-verbanden over de overstap
          van leerlingen met een ondersteuningsbehoefte."""),
          P("""Ouders en jongeren die onafhankelijk advies willen, bijvoorbeeld als zij het niet eens zijn
          met de school, kunnen terecht bij Steunpunt Ouders Kempen, het ouder- en jeugdsteunpunt dat
          het SWV samen met het PO-verband financiert en dat wordt uitgevoerd door een onafhankelijke
          stichting. Het steunpunt is te bereiken via telefoon, mail en een wekelijks inloopspreekuur in
          Bergakker. Ook de Onderwijsconsulenten kunnen ouders kosteloos bijstaan. Voor klachten over het
          SWV zelf geldt de klachtenregeling van het SWV."""),
          P("""Ouders en leerlingen hebben ieder een zetel in de ondersteuningsplanraad. Leerlingen worden
          gehoord over hun OPP."""),
          H1("9. Financiën en meerjarenbegroting"),
          P("""Het verdeelmodel van het SWV wordt in 2026 herzien. Het algemeen bestuur besluit in de loop
          van 2027 over de nieuwe verdeelsleutel en de criteria voor toekenning. Tot die tijd ontvangen
          de besturen een voorschot."""),
          P("""De middelen worden in de planperiode als volgt besteed:"""),
          T([["(x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten zware ondersteuning", "10.240", "10.130", "10.020", "9.900"],
             ["Baten lichte ondersteuning", "6.870", "6.800", "6.740", "6.680"],
             ["Afdracht vso (DUO)", "-6.050", "-5.960", "-5.860", "-5.760"],
             ["Lwoo en pro naar besturen", "-6.870", "-6.800", "-6.740", "-6.680"],
             ["Ondersteuning in de scholen (besturen)", "-2.300", "-2.300", "-2.300", "-2.300"],
             ["Terugkeerbegeleiding vso", "-180", "-220", "-260", "-300"],
             ["Bureau, consulenten, steunpunt", "-1.250", "-1.260", "-1.270", "-1.280"],
             ["Resultaat", "460", "390", "330", "260"]]),
          P("""Het positieve resultaat wordt toegevoegd aan de bestemmingsreserve voor de herziening van
          het verdeelmodel.""")]
    b += filler_governance(c) + filler_personeel(c) + filler_ict(c) + filler_extra(c)
    b += [H1("Overleg met gemeenten"),
          P("""Het op overeenstemming gericht overleg over het concept van dit plan is gevoerd met de vier
          gemeenten op 2 april 2026; de gemeenten hebben ingestemd met het concept. Het overleg met de
          PO-verbanden vond plaats op 19 maart 2026.""")]
    b += filler_planning(c, [["Overleg PO-verbanden", "19 maart 2026"], ["OOGO", "2 april 2026"],
                             ["Instemming OPR", "14 april 2026"], ["Vaststelling AB", "22 april 2026"]])
    b += glossary([["Lwoo", "Leerwegondersteunend onderwijs."], ["Praktijkonderwijs", "Onderwijs voor leerlingen die naar arbeid uitstromen."]])
    b += abbreviations([["pro", "Praktijkonderwijs"], ["vso", "Voortgezet speciaal onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"]])
    name = "vo-kempenland-oost-2026-2030"
    render_pdf(b, OUT / (name + ".pdf"), header_text="SWV VO Kempenland-Oost | Ondersteuningsplan 2026-2030 | Basisondersteuning en dekkend aanbod",
               footer_text="Vastgesteld AB 22 april 2026")
    crit = dict.fromkeys(CORE, True)
    crit.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": False, "financien.verdeling": False,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False})
    write_label(name, [name + ".pdf"], "vo", True,
                {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
                crit,
                {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 3 only defers ('in de loop van 2027') and refers to school guides; the word appears further only in TOC, header and glossary.",
                 "plaatsing": "Ch. 5 gives vso, pro and lwoo criteria plus category/duration; the procedure (route, termijnen, commissie, bezwaar) is only referred to the absent 'bijlage 5, separaat'.",
                 "terugstroom": "Ch. 6 'Overstappen en terugkeer': policy with conditions and 20-week support, plus a dated procedure (January of last TLV year, 4/6 weeks, 1 April, 31 July).",
                 "financien": "Ch. 9: meerjarenbegroting 2026-2029 with amounts; verdeelmodel explicitly under revision ('besluit in de loop van 2027'), only a 'voorschot' without criteria.",
                 "dekkend-aanbod": "Ch. 4 only announces an analysis and an addendum; OOGO section is purely procedural (dates), no continuum, no thuiszitters approach.",
                 "resultaten": "Ch. 7 'Kwaliteitszorg': beoogde resultaten table with nulmeting/doel and quarterly monitoring, jaarverslag, external evaluation 2028.",
                 "ouders": "Hidden in ch. 8 'Communicatie': ouderpagina, folder, aanspreekpunt, ouderavond; Steunpunt Ouders Kempen (OJSP) and Onderwijsconsulenten."})
    return b


# ==========================================================================
# Plan 5: PO, 'op hoofdlijnen', geactualiseerde webversie (.md)
# ==========================================================================
def plan5():
    c = dict(swv="Samenwerkingsverband Passend Onderwijs Duinstreek PO", swv_kort="SWV Duinstreek",
             code="PO 27-02", period="2026-2030", gemeenten="Zandvoorde, Helmduin en Strandwijk",
             directeur="Ruud Verhoeven", speciaal="speciaal basisonderwijs en speciaal onderwijs",
             besturen=[["Stichting Duin en Bollen Onderwijs", "11", "2.780"], ["Stichting Katholiek PO Helmduin", "8", "1.960"],
                       ["Stichting Openbaar Onderwijs Strandwijk", "9", "2.340"], ["SBO De Duinpan", "1", "145"],
                       ["Overige besturen", "3", "520"]])
    b = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen — geactualiseerd januari 2028"),
         P("""*Webversie.* Samenwerkingsverband Passend Onderwijs Duinstreek PO (PO 27-02). Dit is de
         geactualiseerde versie van het ondersteuningsplan op hoofdlijnen, waarin de ontwikkelingen van
         de schooljaren 2026-2027 en 2027-2028 zijn verwerkt. De ondersteuningsplanraad heeft op 11
         december 2027 met de actualisatie ingestemd. Het plan beschrijft op hoofdlijnen het 'wat';
         de scholen bepalen het 'hoe'. Uitwerkingen staan in afzonderlijke documenten: het jaarplan, de
         Kadernota Financiën en het Reglement Toelaatbaarheid."""),
         TOC(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie en visie", "3. Wat is er veranderd?",
              "4. Basisondersteuning", "5. Toelaatbaarheid", "6. Terug naar de basisschool",
              "7. Thuiszitters en passende plekken", "8. Monitoring en verantwoording", "9. Financiën",
              "10. Ouders", "Organisatie en governance", "Personeel en professionalisering",
              "ICT, privacy en gegevensbeheer", "Planning en totstandkoming", "Bijlage: Begrippenlijst",
              "Bijlage: Afkortingen"])]
    b += filler_voorwoord(c) + filler_leeswijzer(c) + filler_context(c) + visie_zonder_ouders(filler_visie(c))
    b += [H1("3. Wat is er veranderd?"),
          P("""Sinds de vaststelling in 2026 is er veel gebeurd. Het bureau is verhuisd naar een
          nieuwe locatie in Helmduin, het registratiesysteem is vervangen en er is een tweede
          consulent aangesteld. Het algemeen bestuur heeft in 2027 een nieuwe directeur-bestuurder
          benoemd. Ook is de samenwerking met het VO-verband in de regio geïntensiveerd, onder meer
          door gezamenlijke netwerkbijeenkomsten voor intern begeleiders en mentoren. Deze
          geactualiseerde versie verwerkt die veranderingen en neemt de afspraken over thuiszitters en
          over de afloop van toelaatbaarheidsverklaringen op die in 2027 zijn gemaakt."""),
          P("""Niet alles is al uitgewerkt. Zoals in 2026 aangekondigd, loopt de herziening van de
          basisondersteuning nog; die wordt verwerkt in de volgende actualisatie."""),
          H1("4. Basisondersteuning"),
          P("""De besturen stellen in het voorjaar van 2028 een nieuw, gezamenlijk niveau van
          basisondersteuning vast, waarbij de landelijke norm het vertrekpunt is. Tot die tijd werken de
          scholen met de kwaliteitskaart uit het vorige ondersteuningsplan."""),
          P("""Ook nu al controleert het SWV of scholen de basis op orde hebben. Elke school vult
          jaarlijks vóór 1 november de kwaliteitskaart in. De consulent bespreekt de uitkomst met de
          directeur en bezoekt de school wanneer onderdelen als onvoldoende zijn beoordeeld. In dat
          geval stelt het bestuur binnen drie maanden een verbeterplan op; de directeur-bestuurder
          meldt het algemeen bestuur twee keer per jaar welke scholen een verbeterplan hebben en of
          dat is uitgevoerd."""),
          H1("5. Toelaatbaarheid"),
          P("""Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het sbo en het
          so. Het Reglement Toelaatbaarheid wordt separaat door het bestuur vastgesteld en is te vinden
          op www.swvduinstreek.nl/tlv."""),
          H1("6. Terug naar de basisschool"),
          P("""Voor iedere leerling in het sbo of so met een TLV van het SWV geldt de volgende werkwijze.
          In het laatste jaar van de TLV houdt de sbo- of so-school vóór 1 februari een
          evaluatiegesprek over het OPP. Daarbij zijn de intern begeleider van de s(b)o-school, de
          groepsleerkracht en de consulent van het SWV aanwezig. De s(b)o-school stelt na het gesprek één van drie
          routes voor: terugkeer naar een basisschool, overplaatsing naar een andere
          speciale school, of een aanvraag voor een nieuwe TLV. De consulent beslist vóór 1 maart over
          het vervolg en legt dat schriftelijk vast. Bij terugkeer wordt de leerling vóór 1
          april aangemeld bij de gekozen basisschool en draagt de s(b)o-school het dossier over aan de
          intern begeleider. Vier en twaalf weken na de overstap evalueert de consulent met de
          ontvangende school hoe het gaat."""),
          H1("7. Thuiszitters en passende plekken"),
          P("""Het SWV wil weten welke kinderen geen passend onderwijs krijgen. Scholen melden iedere
          leerling die langer dan twee weken zonder geldige reden (gedeeltelijk) geen onderwijs volgt,
          via het meldformulier bij het SWV en de leerplichtambtenaar. Het thuiszittersoverleg van SWV,
          leerplicht en de jeugdteams van de drie gemeenten bespreekt elke drie weken alle gemelde
          leerlingen. Voor iedere leerling wordt binnen tien werkdagen een casusregisseur aangewezen en
          een terugkeerplan opgesteld. Als er na acht weken geen oplossing is, wordt de leerling
          besproken aan de doorbraaktafel, waar SWV, gemeente en zorgaanbieders met mandaat
          beslissen. Twee keer per jaar brengt het SWV de wachtlijsten van de so-scholen en het aantal
          kinderen zonder passende plek in kaart; de uitkomsten worden met de besturen besproken en
          leiden waar nodig tot afspraken over een tijdelijke voorziening. De zorgplicht blijft bij
          het bestuur van de school van aanmelding; als een bestuur geen plek vindt, neemt de
          directeur-bestuurder binnen zes weken de regie over."""),
          H1("8. Monitoring en verantwoording"),
          P("""Het SWV verzamelt elk kwartaal de kengetallen over het aantal afgegeven TLV's, de deelname
          aan sbo en so op de teldatum, het aantal thuiszitters en vrijstellingen, de doorlooptijden
          van aanvragen en het aantal terugplaatsingen. Het bureau bundelt deze gegevens in een
          kwartaalrapportage voor het algemeen bestuur. Eens per jaar evalueert het SWV met directeuren
          en IB'ers wat de cijfers betekenen; de uitkomsten staan in het jaarverslag, dat in juni wordt
          besproken met de ondersteuningsplanraad. In schooljaar 2026-2027 gaf het SWV 61 TLV's af en
          keerden 5 leerlingen terug naar het basisonderwijs."""),
          P("""De concrete doelen per speerpunt worden jaarlijks in het jaarplan vastgesteld. Het
          jaarplan 2028 verschijnt in maart 2028."""),
          H1("9. Financiën"),
          P("""De verdeling van de middelen en de meerjarenbegroting zijn opgenomen in de Kadernota
          Financiën, die het algemeen bestuur jaarlijks separaat vaststelt. De kadernota 2028 wordt na
          vaststelling op de website gepubliceerd."""),
          H1("10. Ouders"),
          P("""Een nieuwe paragraaf over de informatievoorziening aan ouders en over het ouder- en
          jeugdsteunpunt volgt zodra de gemeenten en het SWV de opdracht voor het steunpunt hebben
          gegund. Naar verwachting is dat in de loop van 2028."""),
          H1("Samenwerking met gemeenten"),
          P("""Het SWV voert jaarlijks op overeenstemming gericht overleg met de gemeenten Zandvoorde,
          Helmduin en Strandwijk. Onderwerpen zijn onder meer de afstemming tussen onderwijs en
          jeugdhulp, het leerlingenvervoer, onderwijshuisvesting en de gezamenlijke aanpak van
          thuiszitters. Het OOGO over deze actualisatie vond plaats op 27 november 2027."""),
          H1("Communicatie met scholen en partners"),
          P("""Het bureau informeert schoolleiders, intern begeleiders en partners via een digitale
          nieuwsbrief die acht keer per jaar verschijnt, via het besloten deel van de website en via de
          netwerkbijeenkomsten. Nieuwe directeuren en intern begeleiders krijgen een
          kennismakingsgesprek met de consulent van hun school en een introductiemap met de
          belangrijkste afspraken, formulieren en contactgegevens. Wijzigingen in werkwijzen worden
          altijd eerst besproken in het directeurenoverleg en pas daarna gecommuniceerd. In 2027 is de
          huisstijl vernieuwd en zijn alle formulieren herschreven in begrijpelijke taal.""")]
    b += filler_governance(c) + filler_personeel(c) + filler_ict(c) + filler_extra(c)
    b += filler_planning(c, [["OOGO actualisatie", "27 november 2027"], ["Instemming OPR", "11 december 2027"],
                             ["Vaststelling AB", "18 december 2027"], ["Publicatie webversie", "januari 2028"]])
    b += glossary() + abbreviations()
    name = "po-duinstreek-hoofdlijnen-geactualiseerd-2028"
    render_md(b, OUT / (name + ".md"))
    crit = dict.fromkeys(CORE, False)
    crit.update({"terugstroom.procedure": True, "dekkend-aanbod.lacunes": True, "resultaten.monitoring": True})
    write_label(name, [name + ".md"], "po", True,
                {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                 "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "missing"},
                crit,
                {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "Ch. 4: level deferred to 'voorjaar van 2028' and old kwaliteitskaart (not in input); only the check (kwaliteitskaart, verbeterplan) is described = borging only.",
                 "plaatsing": "Ch. 5 only refers to the separate Reglement Toelaatbaarheid on the website; no procedure, criteria, deskundigen or bezwaar anywhere.",
                 "terugstroom": "Ch. 6 gives a dated procedure (1 Feb evaluation, decision by 1 March, aanmelding by 1 April, evaluations) but no policy aims, conditions or support after return.",
                 "financien": "Ch. 9 refers verdeling and meerjarenbegroting to the separate Kadernota Financiën; no amounts or criteria.",
                 "dekkend-aanbod": "Ch. 7 'Thuiszitters en passende plekken' handles gaps (meldingen, thuiszittersoverleg, doorbraaktafel, wachtlijsten, zorgplicht) but no continuum of provisions is described.",
                 "resultaten": "Ch. 8: quarterly kengetallen, annual evaluation, jaarverslag (monitoring); goals deferred to the jaarplan.",
                 "ouders": "Ch. 10 only announces a future paragraph ('volgt ... in de loop van 2028'); OJSP/informatie only in TOC and glossary."})
    return b


# ==========================================================================
# Near miss: school-level 'ondersteuningsplan' of one VO school (.docx)
# ==========================================================================
def nearmiss():
    b = [("title", "Ondersteuningsplan 2026-2027 — Het Baken College"),
         P("""Het Baken College, school voor vmbo, havo en vwo, locaties Waalsteden en Neerdijk. Aangesloten
         bij Samenwerkingsverband VO Rivierenland-West (VO 30-04). Vastgesteld door de schoolleiding op 1
         september 2026, met advies van de medezeggenschapsraad."""),
         TOC(["1. Inleiding", "2. Onze visie op ondersteuning", "3. Basisondersteuning op Het Baken",
              "4. Extra ondersteuning en arrangementen", "5. Toelaatbaarheid vso, lwoo en pro",
              "6. Terugplaatsing en instroom vanuit het vso", "7. Ouders", "8. Middelen",
              "9. Resultaten en evaluatie", "10. Jaarplanning ondersteuning"]),
         H1("1. Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe Het Baken College de ondersteuning van leerlingen in
         schooljaar 2026-2027 organiseert. Het plan is bedoeld voor mentoren, docenten, teamleiders en
         het ondersteuningsteam van onze school, en geeft ouders inzicht in onze werkwijze. Het plan is
         een uitwerking van het ondersteuningsplan van het samenwerkingsverband en van ons
         schoolondersteuningsprofiel, en wordt ieder jaar geactualiseerd."""),
         H1("2. Onze visie op ondersteuning"),
         P("""Op Het Baken willen we dat iedere leerling zich veilig voelt en zich maximaal ontwikkelt.
         De mentor is de spil: hij of zij kent de leerling, onderhoudt het contact met ouders en
         signaleert vroegtijdig. Het ondersteuningsteam helpt de mentor wanneer meer nodig is. We
         werken handelingsgericht en betrekken de leerling zelf bij gesprekken over zijn ontwikkeling."""),
         H1("3. Basisondersteuning op Het Baken"),
         P("""Onze basisondersteuning voldoet aan de afspraken van het samenwerkingsverband. Iedere
         leerling kan op onze school rekenen op: een mentoruur per week, een dyslexie- en
         dyscalculieprotocol met faciliteiten (extra tijd, voorleessoftware), huiswerkbegeleiding op
         twee middagen, een faalangstreductietraining en een sociale-vaardigheidstraining in leerjaar 1
         en 2, een zorgcoördinator en een vertrouwenspersoon, en een time-outruimte met begeleiding."""),
         H1("4. Extra ondersteuning en arrangementen"),
         P("""Voor leerlingen die meer nodig hebben, kent Het Baken drie zorgniveaus. Niveau 1 is de
         begeleiding door de mentor. Niveau 2 is begeleiding door een specialist binnen de school: de
         orthopedagoog, de remedial teacher of de gedragscoach. Op niveau 3 bespreekt het
         ondersteuningsteam (zorgcoördinator, orthopedagoog, jeugdarts, schoolmaatschappelijk werker en
         leerplicht) de leerling en stelt een ontwikkelingsperspectiefplan op. Onze trajectvoorziening
         'De Haven' biedt plaats aan 15 leerlingen die tijdelijk buiten de klas willen werken."""),
         P("""Het ondersteuningsteam vergadert iedere twee weken. Groepsbesprekingen vinden drie keer per
         jaar plaats na de rapportperiodes; daarin bespreken mentoren en docenten de hele klas."""),
         H1("5. Toelaatbaarheid vso, lwoo en pro"),
         P("""Wanneer de ondersteuning van onze school niet toereikend is, vraagt de zorgcoördinator
         namens het bevoegd gezag een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De
         procedure en criteria staan in het ondersteuningsplan van het samenwerkingsverband. Voor
         leerlingen die in aanmerking komen voor lwoo zorgt de school dat het dossier vóór 1 maart bij
         het samenwerkingsverband is ingediend."""),
         H1("6. Terugplaatsing en instroom vanuit het vso"),
         P("""Leerlingen die vanuit het vso terugkeren, krijgen op Het Baken een vaste coach en een
         startgesprek met ouders, mentor en zorgcoördinator. Na zes weken volgt een evaluatie."""),
         H1("7. Ouders"),
         P("""Ouders worden vroegtijdig betrokken. De mentor neemt contact op zodra er zorgen zijn; bij
         een bespreking in het ondersteuningsteam wordt vooraf toestemming gevraagd. Ouders kunnen met
         vragen over ondersteuning terecht bij de zorgcoördinator. Voor onafhankelijk advies verwijzen we
         naar het ouder- en jeugdsteunpunt van het samenwerkingsverband."""),
         H1("8. Middelen"),
         P("""De school ontvangt van het samenwerkingsverband een budget voor extra ondersteuning. In
         2026-2027 zetten we dat in voor 1,6 fte orthopedagoog en remedial teaching, de trajectvoorziening
         De Haven en scholing van mentoren. De teamleider ondersteuning legt hierover verantwoording af
         aan het bestuur."""),
         H1("9. Resultaten en evaluatie"),
         P("""Aan het einde van het schooljaar evalueren we de ondersteuning met het team, de
         leerlingenraad en de ouderraad. Doelen voor 2026-2027: minder dan 2% voortijdig schoolverlaters,
         90% van de leerlingen met een OPP bereikt het geplande niveau, en een tevredenheidsscore van 7,5
         onder ouders."""),
         H1("10. Jaarplanning ondersteuning"),
         T([["Periode", "Activiteit"],
            ["September", "Kennismakingsgesprekken mentor-ouder-leerling; overdracht van basisscholen"],
            ["Oktober", "Screening dyslexie en faalangst leerjaar 1"],
            ["November", "Eerste groepsbesprekingen"],
            ["Februari", "Lwoo-dossiers gereed; tweede groepsbesprekingen"],
            ["Juni", "Evaluatie OPP's en jaarverslag ondersteuning"]])]
    name = "nearmiss-vo-school-ondersteuningsplan-2026"
    render_docx(b, OUT / (name + ".docx"), header_text="Het Baken College — Ondersteuningsplan 2026-2027")
    write_label(name, [name + ".docx"], "vo", False, {}, {}, {},
                {"document": "School-level ondersteuningsplan of one VO school (zorgniveaus, mentor, ondersteuningsteam, schooljaar 2026-2027, MR advice); it is the SWV member school's own plan that defers TLV procedure/criteria to the SWV plan, not the ondersteuningsplan of a samenwerkingsverband."})
    return b


def main():
    counts = {}
    for fn in (plan1, plan2, plan3, plan4, plan5, nearmiss):
        counts[fn.__name__] = word_count(fn())
    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
