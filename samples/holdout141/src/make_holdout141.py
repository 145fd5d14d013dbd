#!/usr/bin/env python3
"""Generate the holdout141 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, each with an <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
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

# --------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
# ("table", [[header..], [row..], ..]) ("toc", [lines]) ("pagebreak", None)
# --------------------------------------------------------------------------------------------

def P(t):
    return ("p", " ".join(t.split()))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def OL(items):
    return ("ol", [" ".join(i.split()) for i in items])


def TABLE(rows):
    return ("table", rows)


def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for i in val:
                doc.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in val:
                doc.add_paragraph(i, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<header><nav><a href="#">Home</a> | <a href="#">Voor ouders</a> | '
           '<a href="#">Voor scholen</a> | <a href="#">Ondersteuningsplan</a> | '
           '<a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>'
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for row in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            continue
    out += ["</main>", '<footer><p>Samenwerkingsverband VO Zeekant · Postbus 210 · '
            'Zeekant · privacyverklaring · cookies</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout141_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
        elif val:
            n += sum(len(i.split()) for i in val)
    return n


def _q(v):
    return '"' + v.replace('\\', '\\\\').replace('"', '\\"') + '"'


def dump_label(d):
    lines = ["documents: [" + ", ".join(d["documents"]) + "]",
             f"sector: {d['sector']}",
             f"looks_like_plan: {'true' if d['looks_like_plan'] else 'false'}"]
    if not d["looks_like_plan"]:
        lines += ["elements: {}", "criteria: {}", "notes:"]
        lines += [f"  {k}: {_q(v)}" for k, v in d["notes"].items()]
        return "\n".join(lines) + "\n"
    lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in d["elements"].items()) + "}")
    lines.append("criteria:")
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in d["criteria"].items()]
    lines.append("advisory_addressed:")
    lines += [f"  {k}: [" + ", ".join(v) + "]" for k, v in d["advisory_addressed"].items()]
    lines.append("notes:")
    lines += [f"  {k}: {_q(v)}" for k, v in d["notes"].items()]
    return "\n".join(lines) + "\n"


def write_label(name, documents, sector, crit, advisory, notes, looks_like_plan=True):
    if not looks_like_plan:
        data = {"documents": documents, "sector": sector, "looks_like_plan": False,
                "elements": {}, "criteria": {}, "notes": notes}
    else:
        assert set(crit) == set(CORE), set(CORE) ^ set(crit)
        elements = {}
        for el in ELEMENTS:
            vals = [crit[c] for c in CORE if c.startswith(el + ".")]
            if all(vals):
                elements[el] = "present"
            elif any(vals) or advisory.get(el):
                elements[el] = "partial"
            else:
                elements[el] = "missing"
        data = {"documents": documents, "sector": sector, "looks_like_plan": True,
                "elements": elements,
                "criteria": {c: crit[c] for c in CORE},
                "advisory_addressed": {k: v for k, v in advisory.items() if v},
                "notes": notes}
    text = dump_label(data)
    assert yaml.safe_load(text) == data
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")
    return data


# --------------------------------------------------------------------------------------------
# Shared filler: sections every plan has that mention element words only in passing.
# ctx keys: swv (full name), kort (short name), regio, periode, code, scholen, besturen, llnr
# --------------------------------------------------------------------------------------------

def f(text, ctx):
    return text.format(**ctx)


def filler_visie(ctx, variant=0):
    if variant == 0:
        return [
            H1("Visie en missie"),
            P(f("""Wij geloven dat ieder{kind} in {regio} recht heeft op onderwijs dat bij hem of haar
            past, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Onze missie is kort samen te vatten:
            elke leerling een passende plek, en geen leerling tussen wal en schip. Die missie is niet nieuw, maar
            de context waarin we haar waarmaken verandert snel. Het lerarentekort, de toename van complexe
            vragen rond mentale gezondheid en de druk op de jeugdhulp vragen om een samenwerkingsverband dat
            niet alleen regelt, maar vooral verbindt.""", ctx)),
            P(f("""{kort} is er voor de scholen, en via de scholen voor de leerlingen en hun ouders. Wij zijn geen
            school en geven zelf geen les. Onze meerwaarde zit in het organiseren van samenwerking, het
            bundelen van expertise en het zorgvuldig inzetten van de middelen die ons door de overheid zijn
            toevertrouwd. Waar scholen het verschil maken in de klas, maken wij het verschil in de regio.""", ctx)),
            P(f("""Onze kernwaarden zijn vertrouwen, eigenaarschap en transparantie. Vertrouwen, omdat de
            professionals in de scholen het beste weten wat een leerling nodig heeft. Eigenaarschap, omdat
            schoolbesturen samen verantwoordelijk zijn voor passend onderwijs in de regio. Transparantie, omdat
            we open willen zijn over keuzes, over geld en over wat wel en niet lukt. Deze waarden vormen de
            toets voor alle besluiten die het bestuur in de komende planperiode neemt.""", ctx)),
        ]
    return [
        H1("Onze koers"),
        P(f("""Passend onderwijs is geen project maar een opdracht die we elke dag opnieuw waarmaken. De
        besturen in {regio} hebben de afgelopen jaren veel bereikt: de samenwerking tussen scholen is hecht,
        de lijnen met gemeenten zijn kort en er is een cultuur ontstaan waarin scholen elkaar aanspreken en
        helpen. Tegelijk zien we dat het systeem soms te ingewikkeld is, voor ouders, voor leerlingen en
        voor de leraren die het moeten uitvoeren.""", ctx)),
        P(f("""In deze planperiode kiezen we daarom voor eenvoud. Minder formulieren, minder loketten, meer
        tijd voor de leerling. We willen dat een mentor of leerkracht niet hoeft na te denken over de vraag
        bij wie hij moet zijn: de route moet logisch en kort zijn. Dat vraagt iets van de scholen, van het
        samenwerkingsverband en van onze partners.""", ctx)),
        P(f("""Onze koers rust op drie pijlers: thuisnabij waar het kan, specialistisch waar het moet, en
        altijd in samenspraak. Samenspraak met de leerling zelf, met ouders en met de professionals om de
        leerling heen. Die pijlers komen in elk hoofdstuk van dit plan terug.""", ctx)),
    ]


def filler_governance(ctx, variant=0, with_money=True):
    blocks = [
        H1("Organisatie en bestuur" if variant == 0 else "Governance en organisatie"),
        P(f("""{swv} is een stichting waarin {besturen} schoolbesturen samenwerken. De stichting kent een
        scheiding tussen bestuur en intern toezicht. Het bestuur is opgedragen aan een
        directeur-bestuurder; de raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van
        de aangesloten schoolbesturen en twee onafhankelijke leden. De raad van toezicht vergadert ten
        minste vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie.""", ctx)),
        P(f("""Naast de formele organen kent het samenwerkingsverband een algemene vergadering van
        aangesloten besturen, het zogenoemde Bestuurlijk Overleg. In dit overleg worden de strategische
        keuzes voorbereid en worden de besturen gehoord voordat de directeur-bestuurder besluit. De statuten
        bevatten een geschillenregeling voor geschillen tussen aangesloten besturen en het
        samenwerkingsverband.""", ctx)),
        P(f("""Het bureau van {kort} is gevestigd in {regio} en telt ongeveer {fte} fte. Het bureau ondersteunt
        de directeur-bestuurder en voert de uitvoerende taken uit: het secretariaat van de commissies, de
        administratie, communicatie en de inzet van consulenten. De financiële administratie is
        uitbesteed aan een administratiekantoor.""", ctx)),
    ]
    if with_money:
        blocks.append(P(f("""De raad van toezicht keurt jaarlijks de begroting en de jaarrekening goed en wijst de
        accountant aan. De code goed bestuur van de sectorraad is van toepassing; afwijkingen worden
        toegelicht.""", ctx)))
    return blocks


def filler_opr(ctx, procedural_only=False):
    blocks = [H1("Medezeggenschap")]
    if procedural_only:
        blocks.append(P(f("""Voor de vaststelling van dit ondersteuningsplan is instemming nodig van de
        ondersteuningsplanraad (OPR). Het concept is op {opr_datum} aan de OPR voorgelegd. De OPR heeft
        schriftelijk vragen gesteld, die in een gezamenlijke vergadering zijn besproken. De OPR heeft op
        {opr_instemming} ingestemd. Daarnaast heeft de medezeggenschapsraad van het samenwerkingsverband
        zelf advies uitgebracht over de onderdelen die het personeel van het bureau raken.""", ctx)))
        blocks.append(P(f("""Het reglement van de OPR is in 2024 geactualiseerd en regelt onder meer de
        zittingstermijn, de vergaderfrequentie en de faciliteiten. De OPR ontvangt een vergoeding per
        vergadering en kan scholing volgen op kosten van het samenwerkingsverband.""", ctx)))
        return blocks
    blocks.append(P(f("""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op
    wijzigingen daarvan. De OPR bestaat uit {opr_leden} die zijn afgevaardigd door
    de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar, waarvan twee
    keer met de directeur-bestuurder en één keer met de raad van toezicht.""", ctx)))
    blocks.append(P(f("""Het concept van dit plan is op {opr_datum} aan de OPR voorgelegd. Vooraf zijn drie
    themabijeenkomsten gehouden waarin de OPR heeft meegedacht over de hoofdlijnen. De OPR heeft op
    {opr_instemming} ingestemd met het plan.""", ctx)))
    return blocks


def filler_oogo(ctx, substantive=True):
    blocks = [H1("Samenwerking met gemeenten" if substantive else "Overleg met gemeenten")]
    blocks.append(P(f("""Het samenwerkingsverband heeft het concept van dit plan besproken in het op
    overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van {gemeenten}.
    Het OOGO heeft plaatsgevonden op {oogo_datum}. Het verslag is ondertekend door de wethouders onderwijs
    en de directeur-bestuurder. Ook is overleg gevoerd met het aangrenzende samenwerkingsverband {buur}.""", ctx)))
    if substantive:
        blocks.append(P(f("""Met de gemeenten zijn voor deze planperiode afspraken gemaakt over de inzet van
        jeugdhulp in en rond de school. Iedere school heeft een vaste contactpersoon van het lokale team
        jeugd; voor leerlingen die onderwijs en zorg combineren worden onderwijs-zorgarrangementen ingezet,
        waarbij de gemeente de zorgcomponent financiert en het samenwerkingsverband de onderwijscomponent.
        Twee keer per jaar bespreken samenwerkingsverband en gemeenten in een bestuurlijk overleg de
        voortgang.""", ctx)))
        blocks.append(P(f("""Thema's die in het OOGO terugkomen zijn verder leerlingenvervoer, onderwijshuisvesting
        en de aansluiting tussen onderwijs en arbeidsmarkt. Deze onderwerpen vallen onder de
        verantwoordelijkheid van de gemeenten; het samenwerkingsverband denkt mee.""", ctx)))
    return blocks


def filler_personeel(ctx):
    return [
        H1("Personeel en professionalisering"),
        P(f("""De kwaliteit van passend onderwijs staat of valt met de mensen die het uitvoeren. Het
        samenwerkingsverband investeert daarom in de professionalisering van mentoren, docenten,
        ondersteuningscoördinatoren en intern begeleiders. Dat doen we via een regionaal scholingsaanbod,
        netwerkbijeenkomsten en intervisie. De onderwerpen worden jaarlijks vastgesteld op basis van de
        vragen uit de scholen; in de afgelopen jaren waren dat onder meer gedrag in de klas, omgaan met
        angst en somberheid, en differentiëren.""", ctx)),
        P(f("""Het personeel in dienst van het samenwerkingsverband valt onder de cao van de sector. Het
        bureau kent een functiehuis met consulenten, orthopedagogen, een beleidsmedewerker en
        administratieve ondersteuning. Bij de vaststelling van dit plan is nagegaan welke gevolgen het heeft
        voor het personeel; de personeelsgeleding van de OPR is hierover geïnformeerd. Er zijn geen
        gedwongen wijzigingen in functies voorzien.""", ctx)),
        P(f("""Het lerarentekort raakt ook passend onderwijs. Vacatures voor ondersteunende functies blijven
        soms lang open. Het samenwerkingsverband ondersteunt de besturen bij het werven van zij-instromers
        en het opleiden van onderwijsassistenten met een specialisatie in ondersteuning. Met de regionale
        lerarenopleiding is een samenwerkingsovereenkomst gesloten.""", ctx)),
    ]


def filler_ict(ctx):
    return [
        H1("Privacy en informatievoorziening"),
        P(f("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij de
        beoordeling van aanvragen. Daarvoor gelden de regels van de Algemene verordening
        gegevensbescherming en de onderwijswetgeving. Het samenwerkingsverband heeft een functionaris
        gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden. Gegevens worden niet
        langer bewaard dan nodig; voor dossiers van aanvragen geldt een bewaartermijn van drie jaar na het
        besluit.""", ctx)),
        P(f("""Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen hebben
        alleen toegang tot de dossiers van hun eigen leerlingen. In deze planperiode vervangen we het
        huidige registratiesysteem; de aanbesteding is gestart in het najaar van 2025. Bij de keuze weegt
        informatiebeveiliging zwaar mee.""", ctx)),
        P(f("""Datalekken worden gemeld bij de functionaris en, waar nodig, bij de Autoriteit
        Persoonsgegevens. Medewerkers volgen jaarlijks een korte training bewustwording. De
        privacyverklaring van het samenwerkingsverband is op de website te vinden.""", ctx)),
    ]


def filler_kennis(ctx):
    return [
        H1("Kennisdeling en netwerken"),
        P(f("""Een samenwerkingsverband is bij uitstek een lerende organisatie. De scholen in {regio} hebben
        veel kennis in huis die nog te weinig gedeeld wordt. Daarom organiseren we netwerken voor
        ondersteuningscoördinatoren, voor zorgcoördinatoren van het praktijkonderwijs en voor de
        teamleiders van de onderbouw. In deze netwerken worden casussen besproken, worden goede
        voorbeelden gedeeld en worden vragen voor het samenwerkingsverband opgehaald.""", ctx)),
        P(f("""Daarnaast organiseert het samenwerkingsverband jaarlijks een regionale studiedag passend
        onderwijs, met workshops door professionals uit de eigen scholen en externe sprekers. De
        studiedag wordt goed bezocht: de afgelopen edities telden steeds meer dan vierhonderd
        deelnemers.""", ctx)),
    ]


def filler_planning(ctx, rows):
    return [
        H1("Planning en vervolg"),
        P(f("""Dit plan beschrijft de koers voor de periode {periode}. Het plan wordt elk jaar uitgewerkt in
        een jaarplan met concrete activiteiten. De onderstaande planning geeft de belangrijkste mijlpalen
        weer.""", ctx)),
        TABLE([["Periode", "Mijlpaal"]] + rows),
    ]


def filler_wettelijk(ctx):
    return [
        H1("Wettelijk kader"),
        P(f("""Het samenwerkingsverband is op grond van {artikel} verplicht ten minste eens in de vier jaar een
        ondersteuningsplan vast te stellen. De wet noemt een aantal onderwerpen die het plan in elk geval
        moet bevatten: hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen
        realiseert, inclusief de basisondersteuning; de procedure en criteria voor de verdeling, besteding
        en toewijzing van middelen; de procedure en criteria voor toelaatbaarheid; het beleid voor
        terugplaatsing en overplaatsing; de beoogde en bereikte resultaten; en de wijze waarop ouders
        worden geïnformeerd, ook over onafhankelijke ondersteuningsmogelijkheden.""", ctx)),
        P(f("""Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht
        overleg met de gemeenten en overleg met de samenwerkingsverbanden waarmee het gebied overlapt.
        De ondersteuningsplanraad heeft instemmingsrecht. Het vastgestelde plan wordt vóór 1 mei
        voorafgaand aan de planperiode naar de inspectie gezonden.""", ctx)),
        P(f("""Met de Wet versterking positie ouders en leerlingen in het passend onderwijs verandert een aantal
        zaken: leerlingen krijgen hoorrecht bij het ontwikkelingsperspectief, de informatie over de
        ondersteuning op scholen verhuist naar de schoolgids, en samenwerkingsverbanden worden verplicht een
        ouder- en jeugdsteunpunt te hebben. Waar deze wijzigingen tijdens de planperiode ingaan, passen we
        onze werkwijze en zo nodig dit plan aan.""", ctx)),
    ]


def filler_totstandkoming(ctx):
    return [
        H1("Hoe dit plan tot stand kwam"),
        P(f("""Het schrijven van dit plan begon in het voorjaar van 2025 met een evaluatie van het vorige plan.
        Een stuurgroep van drie bestuurders en de directeur stelde de opdracht vast. Een schrijfgroep met
        schoolleiders, ondersteuningscoördinatoren of intern begeleiders en een beleidsmedewerker van het
        bureau werkte de hoofdstukken uit. Tussentijds is het concept drie keer besproken in het
        bestuurlijk overleg en twee keer in een themabijeenkomst met de ondersteuningsplanraad.""", ctx)),
        P(f("""In september en oktober 2025 hebben we een digitale consultatie gehouden onder alle scholen in
        {regio}. Ruim honderd professionals gaven een reactie. De meest gehoorde wens was: minder papier en
        meer tijd voor het kind. Ook werd gevraagd om heldere taal, zodat het plan ook voor nieuwe collega's
        leesbaar is. We hebben geprobeerd aan beide wensen tegemoet te komen.""", ctx)),
        P(f("""Het concept is daarna voorgelegd aan de gemeenten, aan het aangrenzende samenwerkingsverband en
        aan de ondersteuningsplanraad. Hun opmerkingen hebben geleid tot aanpassingen in onder meer de
        hoofdstukken over samenwerking en over de organisatie.""", ctx)),
    ]


def filler_bureau(ctx):
    return [
        H1("Het bureau"),
        P(f("""Het bureau van {kort} verhuisde in 2025 naar een nieuwe locatie in het centrum van de regio, in
        een gebouw dat beter bereikbaar is met het openbaar vervoer. De nieuwe locatie heeft meer
        vergaderruimte, zodat overleggen vaker op het bureau kunnen plaatsvinden. Het bureau is op werkdagen geopend van 8.30 tot 17.00 uur. Medewerkers
        werken een deel van de week op de scholen; zij hebben daar een vaste werkplek.""", ctx)),
        P(f("""Het bureau werkt met een jaarplanning waarin de vergaderingen van bestuur, toezicht en
        medezeggenschap, de commissievergaderingen en de scholingsactiviteiten zijn opgenomen. Voor interne
        kwaliteit hanteert het bureau een eenvoudig klantvolgsysteem: vragen van scholen worden
        geregistreerd en binnen afgesproken termijnen beantwoord. Eens per jaar houdt het bureau een
        teamdag waarin de eigen werkwijze wordt geëvalueerd.""", ctx)),
    ]


def filler_risico(ctx):
    return [
        H1("Ontwikkelingen en risico's"),
        P(f("""Een plan voor vier jaar wordt geschreven in onzekere tijden. We noemen de belangrijkste
        ontwikkelingen die van invloed kunnen zijn. De eerste is het personeelstekort in onderwijs en
        jeugdhulp, dat nu al leidt tot wachttijden en tot klassen zonder vaste leraar. De tweede is de
        daling van het aantal leerlingen in grote delen van {regio}, waardoor kleine scholen onder druk
        komen te staan. De derde is de landelijke politiek: de aangekondigde norm voor basisondersteuning,
        de wijzigingen in de bekostiging en de plannen voor inclusiever onderwijs kunnen tijdens de
        planperiode nieuwe keuzes vragen.""", ctx)),
        P(f("""Het bestuur volgt deze ontwikkelingen en bespreekt ze jaarlijks met de raad van toezicht en de
        aangesloten besturen. Waar nodig wordt het plan tussentijds aangepast; wijzigingen worden aan de
        ondersteuningsplanraad ter instemming voorgelegd.""", ctx)),
    ]


def filler_kennis_po(ctx):
    return [
        H1("Kennisdeling"),
        P(f("""De intern begeleiders in {regio} vormen samen een krachtig netwerk. Vier keer per jaar komen zij
        bijeen in regionale IB-netwerken, georganiseerd door het samenwerkingsverband. Er worden casussen
        besproken, nieuwe inzichten uitgewisseld en vragen opgehaald. Daarnaast zijn er themagroepen voor
        directeuren, voor leerkrachten van groep 1 en 2 en voor gedragsspecialisten.""", ctx)),
        P(f("""Het samenwerkingsverband biedt jaarlijks een scholingsaanbod aan. Onderwerpen zijn onder meer
        handelingsgericht werken, omgaan met gedrag, taalontwikkeling en het voeren van gesprekken met
        ouders. Scholen kunnen ook zelf een teamscholing aanvragen bij het bureau.""", ctx)),
    ]


def title_page(title, sub_lines):
    blocks = [("title", title)]
    for s in sub_lines:
        blocks.append(("subtitle", s))
    blocks.append(("pagebreak", None))
    return blocks


# ============================================================================================
# Plan A: VO De Lingestreek, docx, fairly complete; resultaten.monitoring and ouders.informatie
# not addressed; terugplaatsing hidden inside the TLV chapter; money under "Geld en middelen".
# ============================================================================================

def plan_a():
    ctx = dict(swv="Samenwerkingsverband Voortgezet Onderwijs De Lingestreek", kort="De Lingestreek",
               regio="de Lingestreek", periode="2026-2030", code="VO 29-11", besturen="elf",
               fte="14", gemeenten="Geldermalsen-Oost, Lingewaard-Zuid en Heukelom",
               buur="PO De Lingestreek (PO 29-12)", oogo_datum="10 maart 2026",
               opr_datum="14 januari 2026", opr_instemming="25 maart 2026", kind="e jongere", opr_leden="ouders, leerlingen en personeelsleden")
    b = title_page("Ondersteuningsplan 2026-2030", [
        "Samenwerkingsverband Voortgezet Onderwijs De Lingestreek (VO 29-11)",
        "Samen verder in de Lingestreek",
        "Vastgesteld door de directeur-bestuurder op 8 april 2026, na instemming van de OPR"])
    b.append(("toc", [
        "1 Voorwoord", "2 Samenvatting", "3 De Lingestreek in cijfers", "4 Visie en missie",
        "5 Basisondersteuning: wat elke school biedt", "6 Extra ondersteuning en het dekkend netwerk",
        "7 Toelaatbaarheid vso, lwoo en praktijkonderwijs", "8 Ouders en leerlingen",
        "9 Kwaliteit en beoogde resultaten", "10 Samenwerking met gemeenten", "11 Organisatie en bestuur",
        "12 Medezeggenschap", "13 Geld en middelen", "14 Personeel en professionalisering",
        "15 Privacy en informatievoorziening", "16 Kennisdeling en netwerken", "17 Planning en vervolg",
        "Bijlage 1 Begrippenlijst", "Bijlage 2 Overzicht aangesloten scholen (afzonderlijk)"]))
    b += [
        H1("1 Voorwoord"),
        P("""Voor u ligt het ondersteuningsplan 2026-2030 van De Lingestreek. Het is het derde plan sinds de
        invoering van passend onderwijs en het eerste dat we schrijven na de grote evaluatie van het
        stelsel. We hebben geleerd dat een plan pas werkt als het herkenbaar is voor de mensen in de
        scholen. Daarom is dit plan in gesprek met mentoren, ondersteuningscoördinatoren, schoolleiders,
        ouders en leerlingen tot stand gekomen. In twaalf bijeenkomsten spraken we met ruim tweehonderd
        mensen over wat goed gaat en wat beter moet."""),
        P("""Het plan is minder dik dan zijn voorganger. We beschrijven wat we afspreken en waarom, en laten
        de uitvoering waar mogelijk aan de scholen. Waar het gaat om rechten van leerlingen en ouders,
        zoals bij de toelaatbaarheid tot het voortgezet speciaal onderwijs, zijn we juist zo precies
        mogelijk. Ik dank iedereen die heeft meegedacht, en in het bijzonder de leden van de
        ondersteuningsplanraad voor hun kritische en constructieve inbreng."""),
        P("""Namens het bestuur, drs. M. van Haaften, directeur-bestuurder."""),
        H1("2 Samenvatting"),
        P("""De Lingestreek is het samenwerkingsverband voor voortgezet onderwijs van elf schoolbesturen met
        samen 23 vestigingen voor vmbo, havo, vwo, praktijkonderwijs en voortgezet speciaal onderwijs. In
        de planperiode 2026-2030 staan drie ambities centraal: een stevige basisondersteuning op elke
        vestiging, snellere en eenvoudigere toegang tot extra ondersteuning, en geen enkele jongere langer
        dan drie maanden thuis zonder passend aanbod. Dit plan beschrijft hoe we dat organiseren, wie
        waarover beslist en hoe we het geld verdelen."""),
        P("""Nieuw in dit plan zijn de Standaard Basisondersteuning Lingestreek, het regionaal
        expertiseteam dat scholen binnen tien werkdagen ondersteunt, en de thuiszitterstafel die elke zes
        weken bijeenkomt. Ook veranderen we het verdeelmodel: een groter deel van de middelen gaat
        rechtstreeks naar de schoolbesturen, met heldere afspraken over de besteding."""),
        H1("3 De Lingestreek in cijfers"),
        P("""Het werkgebied van De Lingestreek omvat drie gemeenten met samen ongeveer 118.000 inwoners. Op
        1 oktober 2025 telden de aangesloten scholen 9.412 leerlingen in het regulier voortgezet onderwijs,
        612 leerlingen in het praktijkonderwijs en 1.683 leerlingen met leerwegondersteuning. In het
        voortgezet speciaal onderwijs stonden 301 leerlingen ingeschreven met een
        toelaatbaarheidsverklaring van De Lingestreek. Het leerlingaantal daalt licht: de prognose voor 2030
        is ongeveer zes procent lager dan nu."""),
        TABLE([["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2025"],
               ["Vmbo (incl. lwoo)", "9", "4.870"], ["Havo/vwo", "8", "4.542"],
               ["Praktijkonderwijs", "3", "612"], ["Voortgezet speciaal onderwijs", "3", "301"]]),
        P("""Kenmerkend voor de regio is de grote spreiding: een deel van de leerlingen reist dagelijks meer dan
        twintig kilometer naar school. Dat maakt thuisnabij onderwijs in de dorpen een blijvend
        aandachtspunt, ook bij keuzes over de plek van voorzieningen."""),
    ]
    b += [("h1", "4 " + x[1]) if x[0] == "h1" else x for x in filler_visie(ctx, 0)]
    b += [
        H1("5 Basisondersteuning: wat elke school biedt"),
        P("""Basisondersteuning is in De Lingestreek het geheel van ondersteuning dat iedere vestiging van
        iedere aangesloten school ten minste biedt, zonder dat daarvoor een aanvraag bij het
        samenwerkingsverband nodig is. De besturen hebben dit niveau in 2025 samen vastgelegd in de
        Standaard Basisondersteuning Lingestreek. De standaard geldt voor alle schoolsoorten, van
        praktijkonderwijs tot gymnasium; alleen de vso-scholen vallen erbuiten omdat zij per definitie
        specialistische ondersteuning bieden. Een school mag meer bieden, maar niet minder."""),
        P("""De standaard bestaat uit tien onderdelen. Voor elk onderdeel is beschreven wat een leerling en
        zijn ouders op iedere vestiging mogen verwachten:"""),
        OL(["""Een mentor met minimaal één uur per week mentortijd in de klas en een individueel
            mentorgesprek met iedere leerling ten minste drie keer per jaar.""",
            """Een ondersteuningscoördinator per vestiging, met minimaal acht uur per week per 500
            leerlingen voor ondersteuningstaken.""",
            """Een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de
            ondersteuningscoördinator, de jeugdarts of jeugdverpleegkundige, de leerplichtambtenaar en de
            schoolmaatschappelijk werker.""",
            """Een dyslexie- en dyscalculieprotocol, met faciliteiten als extra tijd, vergroot lettertype
            en voorleessoftware bij toetsen.""",
            """Een aanbod voor sociaal-emotionele ontwikkeling: in elk geval een training faalangstreductie
            en een training sociale vaardigheden, op school of bovenschools.""",
            """Begeleiding bij executieve functies (plannen en organiseren) in de onderbouw.""",
            """Een ondersteuningsruimte of time-in-plek waar leerlingen tijdens lestijd terecht kunnen en
            waar een volwassene aanwezig is.""",
            """Een protocol medisch handelen en afspraken over leerlingen met een chronische ziekte.""",
            """Toegang tot een orthopedagoog of psycholoog van het bestuur of het samenwerkingsverband voor
            handelingsgerichte diagnostiek en consultatie.""",
            """Een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt,
            dat ten minste jaarlijks met leerling en ouders wordt geëvalueerd."""]),
        P("""Het onderscheid met extra ondersteuning is helder: alles wat in de standaard staat, organiseert de
        school zelf uit haar eigen formatie en de middelen die het bestuur via het verdeelmodel ontvangt.
        Pas als een leerling meer nodig heeft dan de standaard en de school dat aantoonbaar heeft geprobeerd,
        komt een arrangement van het samenwerkingsverband in beeld (hoofdstuk 6)."""),
        H2("5.1 Borging"),
        P("""Een auditteam van het samenwerkingsverband, samengesteld uit ondersteuningscoördinatoren van andere
        scholen en een medewerker van het bureau, bezoekt iedere vestiging eens in de twee jaar. Het team
        toetst aan de hand van de standaard of de basisondersteuning op orde is. Voldoet een vestiging op
        een onderdeel niet, dan stelt de schoolleiding binnen drie maanden een verbeterplan op; na een jaar
        volgt een hercontrole. De uitkomsten worden met het betreffende bestuur besproken."""),
        H1("6 Extra ondersteuning en het dekkend netwerk"),
        P("""Naast de basisondersteuning kent De Lingestreek drie niveaus van extra ondersteuning. Samen vormen
        ze een doorlopende reeks van licht naar zwaar. Het uitgangspunt is steeds dat een leerling zo
        thuisnabij en zo regulier mogelijk onderwijs volgt."""),
        TABLE([["Niveau", "Wat", "Waar", "Toegang"],
               ["Basis", "Standaard Basisondersteuning", "Elke vestiging", "Geen aanvraag"],
               ["Extra op school", "Schoolarrangement (bijv. begeleiding door specialist, aangepast rooster)",
                "Eigen school", "Besluit school, uit schoolbudget"],
               ["Bovenschools", "Plusvoorziening De Brug (OPDC), rebound, autismeklas havo/vwo, "
                "schakelklas nieuwkomers", "Drie locaties in de regio", "Aanvraag bij Loket Lingestreek"],
               ["Specialistisch", "Voortgezet speciaal onderwijs (cluster 3 en 4), "
                "onderwijs-zorgarrangement", "Drie vso-scholen", "Toelaatbaarheidsverklaring"]]),
        P("""Het Loket Lingestreek is het centrale aanspreekpunt voor scholen. Een school die handelingsverlegen
        is, kan binnen tien werkdagen een consulent van het regionaal expertiseteam inschakelen. De
        consulent denkt mee in het ondersteuningsteam en kan een bovenschools arrangement voorstellen. De
        arrangementencommissie beslist binnen vier weken over een aanvraag voor een bovenschoolse
        voorziening."""),
        H2("6.1 Zorgplicht en dekkend netwerk"),
        P("""Iedere school heeft zorgplicht. Kan een school een aangemelde leerling geen passende plek bieden,
        dan zoekt zij, in overleg met ouders, een andere school die dat wel kan. Lukt dat niet binnen de
        wettelijke termijn, dan schakelt de school het Loket in. De directeur-bestuurder kan een bestuur
        vragen een leerling tijdelijk op te vangen tot een passende plek gevonden is."""),
        P("""Jaarlijks maakt het samenwerkingsverband in maart een analyse van het dekkend netwerk. Daarvoor
        gebruiken we de meldingen bij het Loket, de wachtlijsten van de bovenschoolse voorzieningen, de
        gegevens van leerplicht over thuiszitters en vrijstellingen en de signalen van de scholen. In de
        analyse van 2025 vonden we twee witte vlekken: er is geen passend aanbod voor havo/vwo-leerlingen
        met een autismespectrumstoornis en een hoge prikkelgevoeligheid, en er is een wachtlijst van
        gemiddeld elf weken voor de rebound. Voor beide is een actie opgenomen in het jaarplan 2026: een
        tweede autismeklas op de locatie Zuid per 1 augustus 2026 en uitbreiding van de rebound met acht
        plaatsen."""),
        H2("6.2 Thuiszitters"),
        P("""Elke zes weken komt de thuiszitterstafel bijeen: leerplicht, jeugdhulp, het Loket en de betrokken
        school. Iedere jongere die langer dan vier weken niet naar school gaat, wordt besproken. Binnen twee
        weken na bespreking ligt er een plan met een eigenaar. Kan geen school een plek bieden, dan
        escaleert de consulent naar de directeur-bestuurder, die de besturen aanspreekt op hun gezamenlijke
        verantwoordelijkheid."""),
        H1("7 Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        P("""Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het voortgezet speciaal
        onderwijs en tot het praktijkonderwijs, en of een leerling is aangewezen op leerwegondersteunend
        onderwijs. Deze beslissingen worden genomen door de Commissie Toelaatbaarheid Lingestreek (CTL),
        die namens de directeur-bestuurder besluit."""),
        H2("7.1 De aanvraag"),
        OL(["""Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, dient de
            aanvraag in via het Loket. Ouders kunnen niet zelf aanvragen, maar worden vooraf gehoord.""",
            """Bij de aanvraag horen het actuele OPP, een verslag van het multidisciplinair overleg waarin
            ouders en, vanaf twaalf jaar, de leerling hun zienswijze hebben gegeven, de resultaten van
            eerder ingezette ondersteuning en, indien aanwezig, recent psychologisch onderzoek.""",
            """Het Loket controleert binnen vijf werkdagen of het dossier volledig is.""",
            """Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog,
            en afhankelijk van de vraag een tweede deskundige (jeugdarts, maatschappelijk werker,
            kinder- en jeugdpsychiater of pedagoog). Deskundigen die bij de aanvraag betrokken waren, adviseren
            niet.""",
            """De CTL besluit binnen zes weken na ontvangst van het volledige dossier. Ouders en school
            ontvangen het besluit en een kopie van de deskundigenadviezen."""]),
        H2("7.2 Criteria voor het vso"),
        P("""Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"""),
        UL(["""de ondersteuningsbehoefte gaat aantoonbaar uit boven wat de basisondersteuning en een
            bovenschools arrangement kunnen bieden;""",
            """de school heeft ten minste één volledige OPP-cyclus van een half jaar doorlopen, met
            inzet van het expertiseteam, tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt;""",
            """er is sprake van een blijvende behoefte aan een combinatie van kleine groep, specialistische
            begeleiding en een aangepast curriculum die alleen het vso kan bieden;""",
            """de verwachting is dat de leerling in het vso een ontwikkeling doormaakt die in het regulier
            onderwijs niet haalbaar is."""]),
        H2("7.3 Duur en bekostigingscategorie"),
        P("""Een toelaatbaarheidsverklaring wordt afgegeven voor ten hoogste twee schooljaren en loopt altijd
        af op 31 juli. Voor leerlingen met een ernstige meervoudige beperking kan de CTL een TLV afgeven tot
        het einde van de vso-periode. De CTL bepaalt de bekostigingscategorie: laag voor de meeste
        leerlingen in cluster 4 en zml, midden voor leerlingen met een lichamelijke beperking of
        langdurige ziekte, hoog voor leerlingen met een meervoudige beperking."""),
        H2("7.4 Lwoo en praktijkonderwijs"),
        P("""Voor leerwegondersteuning en praktijkonderwijs volgt De Lingestreek de landelijke criteria; we
        hebben niet gekozen voor eigen criteria. Een leerling is aangewezen op lwoo bij een IQ tussen 75 en 90
        met een leerachterstand van ten minste anderhalf jaar op twee van de vier domeinen, of bij een IQ
        tussen 91 en 120 met zo'n achterstand en sociaal-emotionele problematiek. Een leerling is toelaatbaar
        tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar
        op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De aanvraag loopt via het
        Loket; de CTL besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding;
        een TLV praktijkonderwijs voor de gehele schoolloopbaan in het praktijkonderwijs."""),
        H2("7.5 Bezwaar"),
        P("""Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid.
        De Lingestreek is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
        De directeur-bestuurder beslist op het bezwaar na advies van die commissie."""),
        H2("7.6 Na de toelaatbaarheidsverklaring"),
        P("""Een plek in het vso is niet vanzelfsprekend voor altijd. Het beleid van De Lingestreek is dat een
        leerling terugkeert naar of overstapt naar het regulier voortgezet onderwijs zodra de
        ondersteuningsbehoefte dat toelaat, bij voorkeur op een school dicht bij huis en op het moment dat
        een nieuwe fase begint, zoals de overgang naar de bovenbouw. Voorwaarde is dat de ontvangende school
        de ondersteuning die in het OPP staat met basisondersteuning en een arrangement kan bieden."""),
        P("""De vso-school evalueert het OPP jaarlijks met ouders en leerling en bespreekt daarbij expliciet of
        terugkeer naar het regulier onderwijs tot de mogelijkheden behoort. In het laatste jaar van de TLV
        meldt de vso-school vóór 1 februari bij het Loket of zij terugplaatsing of verlenging voorstelt. Bij
        terugplaatsing organiseert de consulent binnen vier weken een overdrachtsgesprek met de ontvangende
        school, ouders en leerling. Bij verlenging volgt een nieuwe aanvraag volgens paragraaf 7.1, waarbij
        de CTL vóór 1 juni besluit."""),
        P("""Na terugkeer krijgt de leerling een overstaparrangement van een half jaar: ambulante begeleiding
        vanuit de vso-school, een vast aanspreekpunt op de nieuwe school en een evaluatie na tien weken. Het
        samenwerkingsverband vergoedt de vso-school hiervoor € 4.500 per leerling. In het schooljaar
        2024-2025 keerden veertien leerlingen uit het vso terug naar het regulier onderwijs; twee van hen
        gingen binnen een jaar alsnog terug naar het vso."""),
        H1("8 Ouders en leerlingen"),
        P("""Ouders zijn de eerste partner van de school. Zij kennen hun kind het best en worden betrokken bij
        elke stap in de ondersteuning: bij het opstellen en evalueren van het OPP, in het multidisciplinair
        overleg en bij een aanvraag voor toelaatbaarheid. Leerlingen hebben hoorrecht: hun mening over het
        OPP wordt gevraagd en vastgelegd."""),
        P("""Wij realiseren ons dat de informatie voor ouders over de ondersteuning in de regio nog
        versnipperd is. In 2026 maken we daarom een nieuw communicatieplan, waarin we vastleggen langs welke
        kanalen we ouders over het ondersteuningsaanbod gaan informeren. Tot dat plan er is, verwijzen wij
        naar de scholen zelf."""),
        H2("8.1 Onafhankelijke ondersteuning"),
        P("""Ouders en jongeren die vastlopen, of het niet eens zijn met de school of met het
        samenwerkingsverband, kunnen terecht bij het Ouder- en Jongerensteunpunt Lingestreek. Het steunpunt
        werkt onafhankelijk van scholen en samenwerkingsverband: het wordt uitgevoerd door een
        ouderorganisatie die daarvoor een subsidie ontvangt en die zelf bepaalt hoe zij haar werk doet. Het
        steunpunt is bereikbaar op werkdagen van 9.00 tot 16.00 uur, kan meegaan naar gesprekken op school
        en bundelt signalen van ouders voor het bestuur. Daarnaast kunnen ouders kosteloos terecht bij de
        landelijke Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, bij de
        Geschillencommissie passend onderwijs. Het samenwerkingsverband heeft een klachtenregeling en is
        aangesloten bij de landelijke klachtencommissie."""),
        H1("9 Kwaliteit en beoogde resultaten"),
        P("""In de vorige planperiode hebben we veel bereikt, maar we hebben ook gemerkt dat doelen zonder cijfers
        weinig richting geven. In dit plan formuleren we daarom voor elke ambitie een meetbaar resultaat
        dat we in juli 2030 willen hebben bereikt."""),
        TABLE([["Ambitie", "Beoogd resultaat juli 2030", "Uitgangssituatie 2025"],
               ["Sterke basis", "Alle 20 reguliere vestigingen voldoen aan de Standaard Basisondersteuning",
                "14 van 20"],
               ["Snelle toegang", "95% van de TLV-besluiten binnen zes weken", "81%"],
               ["Thuisnabij", "Deelnamepercentage vso maximaal 3,0%", "3,2%"],
               ["Niemand thuis", "Geen jongere langer dan drie maanden zonder aanbod", "9 jongeren"],
               ["Terugkeer", "Ten minste 20 terugplaatsingen per jaar vanuit het vso", "14"]]),
        P("""Hoe we de voortgang op deze resultaten gaan volgen en waar en wanneer we erover rapporteren, werken
        we in het eerste planjaar uit in een monitoringskader. Dat kader wordt aan de OPR voorgelegd."""),
    ]
    b += [("h1", "10 " + x[1]) if x[0] == "h1" else x for x in filler_oogo(ctx, True)]
    b += [("h1", "11 " + x[1]) if x[0] == "h1" else x for x in filler_governance(ctx, 0, False)]
    b += [("h1", "12 " + x[1]) if x[0] == "h1" else x for x in filler_opr(ctx)]
    b += [
        H1("13 Geld en middelen"),
        P("""De Lingestreek ontvangt jaarlijks ongeveer 14,1 miljoen euro aan rijksmiddelen voor lichte en
        zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Daarvan gaat een groot
        deel via DUO rechtstreeks naar het vso (de afdracht). Over de rest besluit het samenwerkingsverband
        zelf."""),
        H2("13.1 Zo verdelen we"),
        P("""Het verdeelmodel is in 2025 met de besturen herzien. De middelen na afdracht worden als volgt
        verdeeld. Ten eerste ontvangt ieder bestuur een schoolbudget van € 112 per leerling (teldatum 1
        oktober van het voorgaande jaar) plus een vaste voet van € 25.000 per vestiging. Met dit budget
        financiert de school de basisondersteuning boven het eigen niveau en de schoolarrangementen. Ten
        tweede worden de middelen voor lwoo en praktijkonderwijs doorgegeven aan de scholen die deze
        leerlingen onderwijzen, naar rato van het aantal aanwijzingen op 1 oktober. Ten derde houdt het
        samenwerkingsverband middelen aan voor de bovenschoolse voorzieningen, het Loket en het
        expertiseteam. Het bestuur stelt het model en de bedragen jaarlijks vóór 1 december vast, na advies
        van het Bestuurlijk Overleg."""),
        H2("13.2 Meerjarenbegroting"),
        TABLE([["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten rijksbijdrage", "14.120", "13.980", "13.790", "13.610"],
               ["Afdracht vso (DUO)", "-5.420", "-5.350", "-5.250", "-5.180"],
               ["Lwoo en pro naar scholen", "-4.310", "-4.260", "-4.200", "-4.150"],
               ["Schoolbudgetten basis/arrangementen", "-1.780", "-1.760", "-1.740", "-1.720"],
               ["Bovenschoolse voorzieningen en rebound", "-1.450", "-1.460", "-1.470", "-1.480"],
               ["Loket, expertiseteam en CTL", "-690", "-700", "-710", "-720"],
               ["Bureau en bestuur", "-520", "-530", "-540", "-550"],
               ["Resultaat", "-50", "-80", "-120", "-190"]]),
        P("""De negatieve resultaten zijn bewust begroot: de reserve van het samenwerkingsverband ligt boven de
        signaleringswaarde en wordt in deze planperiode afgebouwd tot het niveau van het
        weerstandsvermogen dat het bestuur nodig acht (ongeveer 5% van de baten)."""),
        H2("13.3 Verantwoording"),
        P("""Besturen verantwoorden jaarlijks vóór 1 april over de besteding van het schoolbudget, via een vast
        format met per vestiging de ingezette formatie en de aantallen arrangementen."""),
    ]
    b += [("h1", "14 " + x[1]) if x[0] == "h1" else x for x in filler_personeel(ctx)]
    b += [("h1", "15 " + x[1]) if x[0] == "h1" else x for x in filler_ict(ctx)]
    b += [("h1", "16 " + x[1]) if x[0] == "h1" else x for x in filler_kennis(ctx)]
    b += [("h1", "17 " + x[1]) if x[0] == "h1" else x for x in filler_planning(ctx, [
        ["Voorjaar 2026", "Tweede autismeklas voorbereid; communicatieplan ouders opgesteld"],
        ["Schooljaar 2026-2027", "Eerste auditronde basisondersteuning; monitoringskader vastgesteld"],
        ["Najaar 2028", "Tussentijdse evaluatie met besturen, OPR en gemeenten"],
        ["Voorjaar 2030", "Voorbereiding nieuw ondersteuningsplan 2030-2034"]])]
    b += [
        H1("Bijlage 1 Begrippenlijst"),
        UL(["Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt.",
            "CTL: Commissie Toelaatbaarheid Lingestreek.",
            "Informatie voor ouders: zie de website en de schoolgids van de school.",
            "Lwoo: leerwegondersteunend onderwijs.",
            "OPP: ontwikkelingsperspectiefplan.",
            "Resultaten: de effecten die het samenwerkingsverband wil bereiken.",
            "Terugplaatsing: de overstap van een leerling uit het vso naar het regulier onderwijs.",
            "TLV: toelaatbaarheidsverklaring.",
            "Verdeelmodel: de regels volgens welke de middelen over de besturen worden verdeeld."]),
        H1("Bijlage 2 Overzicht aangesloten scholen"),
        P("""Het overzicht van de aangesloten scholen en vestigingen, met brinnummers, is als afzonderlijk
        document gepubliceerd op de website van het samenwerkingsverband."""),
    ]
    crit = {c: True for c in CORE}
    crit["resultaten.monitoring"] = False
    crit["ouders.informatie"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5 defines the verband-wide minimum (Standaard Basisondersteuning, all vestigingen) and lists ten concrete items; 5.1 audit = borging.",
        "plaatsing": "H7.1-7.5: CTL procedure with steps/termijnen, vso criteria list, lwoo/pro national criteria spelled out, two deskundigen, duur/categorie, LBT bezwaar.",
        "terugstroom": "Hidden in 7.6 'Na de toelaatbaarheidsverklaring' inside the TLV chapter: policy (aim, condition), procedure (yearly OPP, 1 februari melding, CTL), overstaparrangement, 14 returns.",
        "financien": "Under H13 'Geld en middelen': verdeelmodel (EUR 112 p.l. + vaste voet, lwoo/pro naar rato) and meerjarenbegroting table 2026-2029; reserves + verantwoording.",
        "dekkend-aanbod": "H6 table basis-extra-bovenschools-vso continuum; 6.1/6.2 yearly gap analysis with two witte vlekken and actions, thuiszitterstafel; OZA in H10.",
        "resultaten": "H9 table gives measurable beoogde resultaten, but how progress is monitored/reported is deferred to a monitoringskader 'in het eerste planjaar'.",
        "ouders": "8.1 describes an independent Ouder- en Jongerensteunpunt, Onderwijsconsulenten, geschillencommissie; informing parents is deferred to a 2026 communicatieplan (glossary 'zie website' is a trap).",
    }
    return b, ctx, crit, adv, notes


# ============================================================================================
# Plan B: VO Heuvelland-Noord, "op hoofdlijnen", rendered to PDF. Thin: basis inhoud deferred,
# TLV criteria only "op de website", terugplaatsing deferred, begroting in absent bijlage,
# no results. Dekkend aanbod and ouders well addressed.
# ============================================================================================

def plan_b():
    ctx = dict(swv="Stichting Passend Voortgezet Onderwijs Heuvelland-Noord", kort="Heuvelland-Noord", artikel="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)",
               regio="Heuvelland-Noord", periode="2026-2030", code="VO 31-02", besturen="zes",
               fte="8", gemeenten="Bergwoude, Kalkdal en Meerssen-Noord", buur="PO Heuvelland (PO 31-01)",
               oogo_datum="3 februari 2026", opr_datum="9 december 2025", opr_instemming="10 februari 2026",
               opr_leden="ouders, leerlingen en personeelsleden")
    b = title_page("Ondersteuningsplan op hoofdlijnen 2026-2030", [
        "Stichting Passend Voortgezet Onderwijs Heuvelland-Noord, VO 31-02",
        "Versie 1.3 (definitief), februari 2026"])
    b.append(("toc", [
        "1 Inleiding", "2 Onze koers", "3 Ondersteuning in Heuvelland-Noord",
        "3.1 Basisondersteuning", "3.2 De ondersteuningsroute", "3.3 Voorzieningen in de regio",
        "3.4 Zorgplicht en thuiszitters", "4 Toewijzing en toelaatbaarheid", "4.1 Vso",
        "4.2 Lwoo en pro", "4.3 Terugplaatsing", "5 Ouders", "6 Financiën", "7 Resultaten en verantwoording",
        "8 Samenwerking met gemeenten", "9 Governance en organisatie", "10 Medezeggenschap",
        "11 Personeel", "12 Privacy", "13 Planning", "Bijlagen: 1 Begrippen, 2 Sociale kaart, 3 Meerjarenbegroting"]))
    b += [
        H1("1 Inleiding"),
        P("""Dit is het ondersteuningsplan van Heuvelland-Noord voor de periode 2026-2030. Het is een plan op
        hoofdlijnen. Wij beschrijven wat we samen met de zes schoolbesturen in de regio willen bereiken en
        welke afspraken we daarvoor maken. De uitwerking volgt in jaarplannen en in de documenten die op de
        website van het samenwerkingsverband staan. Zo kunnen we de uitvoering bijstellen zonder telkens
        het hele plan te herschrijven."""),
        P("""Het samenwerkingsverband omvat veertien vestigingen van voortgezet onderwijs, waarvan twee scholen
        voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. In totaal gaan ongeveer
        7.300 jongeren in de regio naar school. De regio is landelijk van karakter; in de kleine kernen
        loopt het aantal jongeren terug, in Bergwoude groeit het licht."""),
        P("""Bij het schrijven van dit plan is gebruikgemaakt van de evaluatie van het vorige plan, van
        gesprekken met de schoolleiders en van een bijeenkomst met de ondersteuningsplanraad. De
        opmerkingen van de OPR zijn verwerkt; een overzicht daarvan is bij de stukken voor de
        instemming gevoegd."""),
    ]
    b += filler_wettelijk(ctx) + filler_totstandkoming(ctx)
    b += [("h1", "2 " + x[1]) if x[0] == "h1" else x for x in filler_visie(ctx, 1)]
    b += [
        H1("3 Ondersteuning in Heuvelland-Noord"),
        H2("3.1 Basisondersteuning"),
        P("""Basisondersteuning is in Heuvelland-Noord het niveau van ondersteuning dat alle besturen samen
        hebben afgesproken en dat elke vestiging van elke aangesloten school, met uitzondering van het vso,
        ten minste biedt. Het is een gezamenlijke ondergrens: geen school zit eronder. Wat een school daarbovenop
        biedt, is haar eigen keuze en staat in haar schoolondersteuningsprofiel."""),
        P("""De concrete invulling van de basisondersteuning is beschreven in de Kaart Basisondersteuning
        Heuvelland-Noord. Die kaart wordt in het schooljaar 2026-2027 herijkt, mede in het licht van de
        landelijke norm voor basisondersteuning die het ministerie voorbereidt. Tot die tijd blijft de
        huidige kaart van kracht; zij is te raadplegen via de website van het samenwerkingsverband."""),
        H2("3.2 De ondersteuningsroute"),
        P("""Als een leerling meer nodig heeft, volgt de school een vaste route. Eerst bespreekt de mentor de
        leerling met de ondersteuningscoördinator. Lukt het niet met wat de school zelf heeft, dan brengt de
        ondersteuningscoördinator de leerling in het ondersteuningsteam van de school, waarin ook de
        consulent van het samenwerkingsverband zit. Het ondersteuningsteam kan een arrangement op de eigen
        school inzetten of een bovenschoolse voorziening aanvragen. Als ook dat onvoldoende is, volgt een
        aanvraag voor een toelaatbaarheidsverklaring."""),
        H2("3.3 Voorzieningen in de regio"),
        P("""Het ondersteuningsaanbod in Heuvelland-Noord is opgebouwd in lagen die op elkaar aansluiten. Op
        iedere school is de basisondersteuning aanwezig. Daarnaast bieden scholen zelf arrangementen, zoals
        een klein klasje in de onderbouw, een maatwerkrooster of begeleiding door een gedragsspecialist.
        Bovenschools kent de regio de volgende voorzieningen:"""),
        UL(["""De Tussenstap, een orthopedagogisch-didactisch centrum (OPDC) voor leerlingen die tijdelijk niet
            in een reguliere klas kunnen functioneren; maximaal 24 plaatsen, plaatsing voor twaalf tot
            twintig weken met terugkeer naar de eigen school.""",
            """Een rebound-voorziening voor leerlingen die na een incident of schorsing een time-out nodig
            hebben, met tien plaatsen.""",
            """Een internationale schakelklas (ISK) voor nieuwkomers in Bergwoude.""",
            """Een plusprogramma voor hoogbegaafde leerlingen op twee havo/vwo-scholen.""",
            """Het onderwijs-zorgprogramma Samen Sterk, waarin vso en jeugdhulp samenwerken voor jongeren die
            onderwijs en intensieve zorg nodig hebben."""]),
        P("""De twee vso-scholen in de regio bieden onderwijs aan leerlingen in cluster 3 en cluster 4. Voor
        leerlingen met een zeer specifieke vraag maakt het samenwerkingsverband gebruik van vso-scholen
        buiten de regio; de reiskosten vallen onder het leerlingenvervoer van de gemeenten."""),
        H2("3.4 Zorgplicht en thuiszitters"),
        P("""Alle scholen hebben zorgplicht. Het samenwerkingsverband ziet erop toe dat geen leerling tussen de
        scholen in valt. Elke school meldt een leerling die langer dan vier weken verzuimt of die geen
        passende plek heeft bij het Meldpunt Thuiszitters van het samenwerkingsverband. Het meldpunt
        organiseert binnen tien werkdagen een gesprek met school, leerplicht, ouders en zo nodig jeugdhulp.
        Eén keer per kwartaal bespreken de besturen de lijst van thuiszitters en de jongeren met een
        vrijstelling."""),
        P("""Uit de meldingen van de afgelopen twee jaar blijkt dat het aanbod tekortschiet voor jongeren met
        ernstige psychiatrische problematiek die nog niet of niet volledig belastbaar zijn. Zij passen niet
        in de Tussenstap en staan vaak op een wachtlijst bij de jeugd-ggz. Samen met de gemeenten en de
        jeugd-ggz start daarom per 1 januari 2027 een pilot met een kleinschalige onderwijs-zorggroep voor
        acht jongeren. De pilot wordt na anderhalf jaar geëvalueerd."""),
        H1("4 Toewijzing en toelaatbaarheid"),
        H2("4.1 Voortgezet speciaal onderwijs"),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso. De aanvraag wordt gedaan
        door het bevoegd gezag van de school waar de leerling is ingeschreven. De ondersteuningscoördinator
        stelt het dossier samen: het OPP, een verslag van het ondersteuningsteam, het onderwijskundig rapport
        en de zienswijze van ouders. De commissie van toelaatbaarheid laat zich adviseren door een
        orthopedagoog of psycholoog en een tweede deskundige, en beslist binnen zes weken. Ouders ontvangen
        het besluit met een kopie van de adviezen. Tegen het besluit kunnen ouders bezwaar maken bij de
        Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        P("""Welke criteria de commissie hanteert bij de beoordeling, wordt jaarlijks door de commissie zelf
        vastgesteld en gepubliceerd op de website. Op die manier kunnen ontwikkelingen in de regio snel
        worden verwerkt."""),
        H2("4.2 Lwoo en praktijkonderwijs"),
        P("""Voor een aanwijzing leerwegondersteunend onderwijs of een toelaatbaarheidsverklaring
        praktijkonderwijs dient de ontvangende vo-school na aanmelding een aanvraag in bij het
        samenwerkingsverband, uiterlijk op 1 maart van het jaar van de overstap. De aanvraag bevat de
        gegevens uit het onderwijskundig rapport van de basisschool en, waar nodig, aanvullend onderzoek dat
        de vo-school laat uitvoeren. Het samenwerkingsverband besluit binnen vier weken en registreert het
        besluit bij DUO."""),
        H2("4.3 Terugplaatsing"),
        P("""Het beleid voor terugplaatsing en overplaatsing vanuit het vso herschrijven we in het schooljaar
        2026-2027 samen met de twee vso-scholen. We nemen daarbij de ervaringen van de afgelopen jaren mee.
        De uitkomst wordt als aanvulling op dit plan aan de OPR voorgelegd."""),
        H1("5 Ouders"),
        P("""Ouders moeten weten waar ze aan toe zijn. Daarom informeren wij ouders op verschillende manieren
        over de ondersteuning in de regio. Op de website staat een ouderpagina met uitleg over
        basisondersteuning, arrangementen, de bovenschoolse voorzieningen en de toelaatbaarheid tot vso,
        lwoo en pro, met per voorziening een contactpersoon. Er is een ouderfolder, die ook in het Engels,
        Arabisch en Pools beschikbaar is en via de basisscholen aan alle ouders van groep 8 wordt
        uitgereikt. Elk najaar houden we twee informatieavonden voor ouders van leerlingen die extra
        ondersteuning nodig hebben bij de overstap naar het voortgezet onderwijs. Scholen vermelden in hun
        schoolgids hoe ouders de ondersteuningscoördinator kunnen bereiken."""),
        P("""Soms lopen gesprekken vast, of willen ouders even met iemand sparren die niet bij de school hoort.
        Ouders en jongeren kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Heuvelland, dat
        onafhankelijk van de scholen werkt en dat samen met het samenwerkingsverband PO is ingericht. Ook
        kunnen ouders gratis advies vragen aan de Onderwijsconsulenten of contact opnemen met Ouders &
        Onderwijs. Klachten over het samenwerkingsverband kunnen worden ingediend volgens de
        klachtenregeling."""),
        P("""Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en denken mee over het beleid. Twee keer
        per jaar organiseren we een ouderpanel."""),
        H1("6 Financiën"),
        P("""Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De middelen voor
        zware ondersteuning gaan voor het grootste deel als afdracht naar de vso-scholen. De overige
        middelen verdelen we volgens de verdeelsleutel die de besturen in 2024 hebben afgesproken: de
        middelen voor lichte ondersteuning gaan naar rato van het aantal leerlingen op 1 oktober naar de
        besturen; de middelen voor lwoo en pro gaan naar de scholen die deze leerlingen onderwijzen, naar
        rato van het aantal toekenningen; de bovenschoolse voorzieningen worden gefinancierd uit een
        vast bedrag dat het bestuur vooraf reserveert. Nieuwe arrangementen worden toegekend door de
        commissie van toelaatbaarheid, die daarvoor een budget beheert."""),
        P("""De meerjarenbegroting voor de planperiode is opgenomen in bijlage 3. De bedragen voor 2027 en
        verder zijn nog p.m. en worden vastgesteld zodra de nieuwe bekostigingssystematiek bekend is."""),
        H1("7 Resultaten en verantwoording"),
        P("""Wij willen resultaatgericht werken. De beoogde resultaten voor deze planperiode stelt het bestuur
        vast na afronding van de evaluatie van het vorige plan, die in het voorjaar van 2027 gereed is. Tot
        die tijd werken we met de ambities uit hoofdstuk 2."""),
    ]
    b += [("h1", "8 " + x[1]) if x[0] == "h1" else x for x in filler_oogo(ctx, True)]
    b += [("h1", "9 " + x[1]) if x[0] == "h1" else x for x in filler_governance(ctx, 1, True)]
    b += [("h1", "10 " + x[1]) if x[0] == "h1" else x for x in filler_opr(ctx)]
    b += [("h1", "11 " + x[1]) if x[0] == "h1" else x for x in filler_personeel(ctx)]
    b += [("h1", "12 " + x[1]) if x[0] == "h1" else x for x in filler_ict(ctx)]
    b += [("h1", "13 " + x[1]) if x[0] == "h1" else x for x in filler_kennis(ctx)]
    b += filler_bureau(ctx) + filler_risico(ctx)
    b += [("h1", "14 " + x[1]) if x[0] == "h1" else x for x in filler_planning(ctx, [
        ["2026-2027", "Herijking Kaart Basisondersteuning; nieuw terugplaatsingsbeleid"],
        ["1 januari 2027", "Start pilot onderwijs-zorggroep"],
        ["Voorjaar 2027", "Evaluatie vorig plan gereed; beoogde resultaten vastgesteld"],
        ["2028", "Tussentijdse evaluatie"]])]
    b += [
        H1("Bijlage 1 Begrippen"),
        UL(["Basisondersteuning: de afgesproken ondergrens van ondersteuning op alle scholen, o.a. "
            "dyslexiebegeleiding, faalangsttraining en een ondersteuningsteam.",
            "Beoogde resultaten: de doelen die het samenwerkingsverband wil bereiken.",
            "Meerjarenbegroting: begroting voor meerdere jaren, zie bijlage 3.",
            "Terugplaatsing: de terugkeer van een leerling uit het vso naar het regulier onderwijs, "
            "met begeleiding door de vso-school.",
            "TLV: toelaatbaarheidsverklaring."]),
        H1("Bijlage 2 Sociale kaart"),
        P("""De sociale kaart met alle contactgegevens van scholen, voorzieningen en ketenpartners wordt
        digitaal bijgehouden op de website."""),
        H1("Bijlage 3 Meerjarenbegroting"),
        P("""Volgt na vaststelling van de begroting 2027."""),
    ]
    crit = {c: True for c in CORE}
    for c in ["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure",
              "terugstroom.beleid", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"]:
        crit[c] = False
    adv = {"plaatsing": ["deskundigen", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "3.1 defines the agreed ondergrens for every vestiging (niveau), but the content sits in a Kaart Basisondersteuning on the website that is being herijkt; the only concrete items are in the begrippenlijst (does not count).",
        "plaatsing": "4.1/4.2 give the vso procedure (bevoegd gezag, dossier, commissie, 6 weken, two deskundigen, LBT) and lwoo/pro procedure (1 maart, 4 weken); criteria only 'jaarlijks vastgesteld en gepubliceerd op de website'.",
        "terugstroom": "4.3 only defers ('herschrijven we in 2026-2027'); the definition with begeleiding is only in the begrippenlijst.",
        "financien": "H6 gives the verdeelsleutel (lichte ondersteuning naar rato 1 oktober, lwoo/pro naar toekenningen, vast bedrag bovenschools); the meerjarenbegroting is in bijlage 3 which says 'Volgt', amounts p.m.",
        "dekkend-aanbod": "3.2-3.4: layered aanbod with OPDC/rebound/ISK/plus/OZA and vso; Meldpunt Thuiszitters and an identified gap (psychiatrie) with a dated pilot.",
        "resultaten": "H7 only says results will be set after the 2027 evaluation; 'resultaatgericht' is a value word.",
        "ouders": "H5: ouderpagina on website, multilingual folder via groep 8, informatieavonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Ouders & Onderwijs.",
    }
    return b, ctx, crit, adv, notes


# ============================================================================================
# Plan C: PO Kempenrand, docx. Ouders entirely missing (only glossary / passing mentions and a
# "Communicatie" chapter aimed at professionals); TLV criteria but procedure only referenced;
# terugplaatsing inside the sbo/so chapter; begroting present, verdeelmodel deferred.
# ============================================================================================

def plan_c():
    ctx = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Kempenrand", kort="Kempenrand", artikel="artikel 18a van de Wet op het primair onderwijs",
               regio="de Kempenrand", periode="2026-2030", code="PO 30-08", besturen="negen",
               fte="11", gemeenten="Eersel-West, Hoogeloon en Vessem-Akker", buur="VO Kempen (VO 30-09)",
               oogo_datum="17 februari 2026", opr_datum="20 januari 2026", opr_instemming="17 maart 2026",
               kind=" kind", opr_leden="ouders en personeelsleden")
    b = title_page("Ondersteuningsplan Kempenrand 2026-2030", [
        "Samenwerkingsverband Passend Primair Onderwijs Kempenrand (PO 30-08)",
        "Elk kind een passende plek, dichtbij",
        "Vastgesteld in de vergadering van het algemeen bestuur van 1 april 2026"])
    b.append(("toc", [
        "1 Woord vooraf", "2 Terugblik 2022-2026", "3 Missie en visie", "4 Basisondersteuning",
        "5 Extra ondersteuning en arrangementen", "6 Speciaal basisonderwijs en speciaal onderwijs",
        "7 Financiën en meerjarenbegroting", "8 Kwaliteitszorg en resultaten", "9 Communicatie",
        "10 Samenwerking met gemeenten", "11 Organisatie", "12 Medezeggenschap",
        "13 Personeel en professionalisering", "14 Privacy", "15 Planning",
        "Bijlage A Begrippenlijst en afkortingen"]))
    b += [
        H1("1 Woord vooraf"),
        P("""Met trots presenteren wij het ondersteuningsplan 2026-2030 van Kempenrand. Het
        samenwerkingsverband bestaat uit negen schoolbesturen met samen 41 basisscholen, twee scholen voor
        speciaal basisonderwijs en twee so-locaties. Ruim 8.900 kinderen gaan in onze regio naar school. Dit
        plan laat zien hoe wij ervoor zorgen dat al die kinderen de ondersteuning krijgen die ze nodig
        hebben, en hoe we de middelen daarvoor inzetten."""),
        P("""Het plan is geschreven door een werkgroep van directeuren, intern begeleiders en medewerkers van
        het bureau, en besproken met de besturen, de gemeenten en de ondersteuningsplanraad. We hebben
        geprobeerd het plan compact en leesbaar te houden. Achtergrondinformatie is te vinden op onze
        website."""),
        H1("2 Terugblik 2022-2026"),
        P("""In de vorige planperiode stond de versterking van de basisondersteuning centraal. Alle scholen
        hebben een zelfevaluatie uitgevoerd en een ontwikkelplan gemaakt. Het aantal kinderen dat naar het
        speciaal basisonderwijs werd verwezen, daalde van 2,4% naar 2,1% van het totaal, en het aantal
        kinderen in het speciaal onderwijs bleef stabiel rond 1,6%. Tegelijk zagen we een toename van
        kinderen met complexe gedragsvragen in de onderbouw, waarvoor de scholen handelingsverlegenheid
        aangaven."""),
        P("""De evaluatie liet ook zien dat de samenwerking met de jeugdhulp verbeterde, maar dat de wachttijden
        bij de specialistische jeugdhulp te lang blijven. Dat raakt de scholen direct. In dit plan maken we
        daarom afspraken met de gemeenten over een snellere inzet van ondersteuning in de school."""),
    ]
    b += filler_wettelijk(ctx) + filler_totstandkoming(ctx)
    b += [("h1", "3 " + x[1]) if x[0] == "h1" else x for x in filler_visie(ctx, 1)]
    b += [
        H1("4 Basisondersteuning"),
        P("""De schoolbesturen in Kempenrand hebben afgesproken welke ondersteuning iedere basisschool en
        iedere vestiging in de regio ten minste biedt: de basisondersteuning. Dit niveau geldt voor alle
        41 basisscholen, ongeacht bestuur, denominatie of omvang. Een school die (nog) niet aan het niveau
        voldoet, werkt volgens een ontwikkelplan toe naar het afgesproken niveau en wordt daarbij door het
        samenwerkingsverband ondersteund."""),
        P("""De basisondersteuning bestaat uit de volgende onderdelen:"""),
        TABLE([["Onderdeel", "Wat elke school biedt"],
               ["Intern begeleider", "Een intern begeleider met minimaal 1 dag per week per 200 leerlingen"],
               ["Handelingsgericht werken", "Groepsbesprekingen en leerlingbesprekingen minimaal drie keer per jaar"],
               ["Dyslexie en dyscalculie", "Protocol Leesproblemen en Dyslexie en Protocol ERWD; vroegsignalering vanaf groep 2"],
               ["Gedrag", "Een schoolbreed gedragsprogramma (bijv. PBS of Kanjertraining) en een gedragsprotocol"],
               ["Taal", "Extra aanbod woordenschat voor kinderen met een taalachterstand, NT2-materiaal"],
               ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkingsaanbod in de groep"],
               ["Medisch", "Protocol medisch handelen en afspraken met de jeugdverpleegkundige"],
               ["Ondersteuningsteam", "Een ondersteuningsteam met IB, jeugdverpleegkundige, schoolmaatschappelijk "
                "werk en de consulent van Kempenrand, ten minste vijf keer per jaar"],
               ["Overdracht", "Warme overdracht bij elke overstap, ook naar het vo"]]),
        P("""Elke school beschrijft in haar schoolondersteuningsprofiel hoe zij deze onderdelen invult. Het
        bureau van Kempenrand toetst de profielen eens per vier jaar aan de afspraken."""),
        H1("5 Extra ondersteuning en arrangementen"),
        P("""Wat een kind nodig heeft boven de basisondersteuning, noemen we extra ondersteuning. Kempenrand kent
        een samenhangend aanbod dat van licht naar zwaar loopt:"""),
        UL(["""Schoolarrangementen: extra ondersteuning op de eigen school, betaald uit het budget van het bestuur,
            bijvoorbeeld een onderwijsassistent of een individueel handelingsplan met externe begeleiding.""",
            """Consultatie en advies: de consulenten en orthopedagogen van Kempenrand komen op verzoek van de
            school binnen twee weken langs.""",
            """Bovenschoolse arrangementen: de plusklas voor meer- en hoogbegaafde kinderen (vier locaties), de
            taalklas voor nieuwkomers in Hoogeloon, de observatiegroep 'Kijkhuis' voor jonge kinderen met
            een onduidelijk ontwikkelingsbeeld, en het arrangement Gedrag op Koers voor kinderen met
            ernstig gedragsproblemen, met ambulante begeleiding in de klas.""",
            """Speciaal basisonderwijs op De Wingerd en De Vlinder.""",
            """Speciaal onderwijs cluster 3 en 4 op de so-locaties in de regio en, waar nodig, daarbuiten."""]),
        P("""Deze lagen sluiten op elkaar aan: elke volgende stap wordt pas gezet als de vorige onvoldoende
        blijkt, en bij elke stap blijft de vraag hoe het kind weer naar een lichtere vorm kan."""),
        P("""Ook het aantal thuiszitters vraagt aandacht. Hoe we in de regio zicht krijgen op kinderen zonder
        passende plek en wat we dan doen, werken we in de loop van 2026 uit met de leerplichtambtenaren."""),
        H1("6 Speciaal basisonderwijs en speciaal onderwijs"),
        H2("6.1 Wanneer is een kind toelaatbaar?"),
        P("""Een kind is toelaatbaar tot het speciaal basisonderwijs als:"""),
        UL(["""de basisschool de basisondersteuning en ten minste één arrangement van een half jaar heeft
            ingezet, en het OPP laat zien dat het kind daarmee onvoldoende tot ontwikkeling komt;""",
            """het kind een combinatie nodig heeft van een kleine groep (maximaal 16 kinderen), een aangepast
            programma en een intensieve pedagogische aanpak, gedurende de hele schooldag;""",
            """de verwachting is dat het kind in het sbo wel tot ontwikkeling komt."""]),
        P("""Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 als het naast de voorwaarden
        hierboven een ondersteuningsbehoefte heeft die voortkomt uit een verstandelijke, lichamelijke of
        ernstige psychiatrische of gedragsproblematiek, waarvoor specialistische expertise en zorg in de
        school nodig zijn die het sbo niet kan bieden."""),
        H2("6.2 Aanvraag"),
        P("""De aanvraagprocedure, inclusief de vereiste stukken, de samenstelling van de commissie en de
        termijnen, staat beschreven in de Handreiking Toelaatbaarheid Kempenrand op onze website. De
        handreiking wordt in 2026 geactualiseerd."""),
        H2("6.3 Duur en categorie"),
        P("""Een TLV voor het speciaal basisonderwijs wordt afgegeven tot het einde van de basisschoolperiode.
        Een TLV voor het speciaal onderwijs wordt afgegeven voor twee schooljaren, in de regel in categorie
        laag; categorie midden of hoog wordt toegekend bij een lichamelijke of meervoudige beperking."""),
        H2("6.4 Einde van de toelaatbaarheidsverklaring"),
        P("""Kempenrand vindt dat een plaatsing in het speciaal (basis)onderwijs een middel is en geen
        eindstation. Uitgangspunt is dat een kind terugkeert naar een basisschool dicht bij huis zodra het
        OPP laat zien dat de ondersteuningsbehoefte met basisondersteuning en een arrangement op een
        basisschool te beantwoorden is. Ouders houden daarbij de keuze van de school."""),
        P("""De sbo- of so-school bespreekt elk jaar bij de evaluatie van het OPP of terugplaatsing mogelijk is.
        Uiterlijk zes maanden voor het einde van een TLV voor het speciaal onderwijs stelt de so-school vast
        of een nieuwe TLV nodig is of dat het kind terug kan. Bij terugplaatsing organiseert de consulent
        van Kempenrand een overdrachtsgesprek met de ontvangende basisschool. Het kind krijgt een
        terugplaatsingsarrangement van maximaal een jaar, waarin een begeleider van de sbo- of so-school
        de basisschool coacht. De basisschool ontvangt daarvoor een bedrag van € 3.000."""),
        H1("7 Financiën en meerjarenbegroting"),
        P("""Het huidige verdeelmodel van Kempenrand loopt af per 1 augustus 2026. In overleg met de besturen
        werken we een nieuw model uit, waarin we de keuze maken tussen een schoolmodel en een
        expertisemodel. Het nieuwe verdeelmodel volgt als addendum op dit plan."""),
        P("""De meerjarenbegroting hieronder laat zien waaraan Kempenrand de middelen in de planperiode
        besteedt."""),
        TABLE([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage ondersteuning", "11.460", "11.320", "11.180", "11.050"],
               ["Afdrachten so en sbo-groei (DUO)", "4.980", "4.950", "4.910", "4.880"],
               ["Middelen naar schoolbesturen", "3.720", "3.650", "3.590", "3.520"],
               ["Bovenschoolse arrangementen", "1.240", "1.260", "1.280", "1.300"],
               ["Consulenten en orthopedagogen", "830", "840", "850", "860"],
               ["Bureau en bestuur", "610", "620", "630", "640"],
               ["Saldo", "80", "0", "-80", "-150"]]),
        P("""De algemene reserve bedraagt eind 2025 ongeveer 2,3 miljoen euro. Het bestuur hanteert een
        ondergrens voor het weerstandsvermogen van 8% van de baten; wat daarboven ligt, wordt in de
        planperiode ingezet voor de bovenschoolse arrangementen."""),
        H1("8 Kwaliteitszorg en resultaten"),
        P("""Kempenrand wil weten of het ondersteuningsplan werkt. Daarom hebben we voor deze planperiode
        doelen geformuleerd die we kunnen meten."""),
        TABLE([["Doel", "Indicator", "Streefwaarde 2030"],
               ["Sterke basisondersteuning", "Scholen die voldoen aan het afgesproken niveau", "41 van 41"],
               ["Thuisnabij", "Deelnamepercentage sbo", "maximaal 2,0%"],
               ["Snel schakelen", "Consulent binnen twee weken op school", "90% van de verzoeken"],
               ["Terug waar het kan", "Terugplaatsingen uit sbo/so per jaar", "ten minste 12"],
               ["Tevredenheid", "Waardering scholen voor ondersteuning Kempenrand", "ten minste 7,5"]]),
        P("""Elk jaar in oktober maakt het bureau de Monitor Kempenrand met de stand van deze indicatoren, op
        basis van DUO-gegevens, de eigen registratie en een vragenlijst onder intern begeleiders. De
        directeur bespreekt de monitor met iedere bestuurder in een kwaliteitsgesprek. De uitkomsten
        worden gerapporteerd aan het algemeen bestuur en de OPR en opgenomen in het jaarverslag. Als een
        indicator twee jaar achter elkaar achterblijft, stelt het bestuur een verbeterplan vast."""),
        H1("9 Communicatie"),
        P("""Goede communicatie met de scholen is voorwaarde voor goede samenwerking. Het bureau verstuurt
        zes keer per jaar een nieuwsbrief aan directeuren en intern begeleiders. Op het besloten deel van de
        website vinden professionals formulieren, handreikingen en het scholingsaanbod. Het bureau is
        op werkdagen telefonisch bereikbaar voor vragen van scholen."""),
        P("""In de planperiode vernieuwen we de huisstijl en de website. We gaan ook meer gebruikmaken van
        korte video's om de werkwijze van het samenwerkingsverband uit te leggen aan nieuwe
        medewerkers in de scholen."""),
    ]
    b += [("h1", "10 " + x[1]) if x[0] == "h1" else x for x in filler_oogo(ctx, True)]
    b += [("h1", "11 " + x[1]) if x[0] == "h1" else x for x in filler_governance(ctx, 0, True)]
    b += [("h1", "12 " + x[1]) if x[0] == "h1" else x for x in filler_opr(ctx, procedural_only=True)]
    b += [("h1", "13 " + x[1]) if x[0] == "h1" else x for x in filler_personeel(ctx)]
    b += [("h1", "14 " + x[1]) if x[0] == "h1" else x for x in filler_ict(ctx)]
    b += filler_kennis_po(ctx) + filler_risico(ctx)
    b += [("h1", "15 " + x[1]) if x[0] == "h1" else x for x in filler_planning(ctx, [
        ["Voorjaar 2026", "Nieuw verdeelmodel uitgewerkt; Handreiking Toelaatbaarheid geactualiseerd"],
        ["Najaar 2026", "Eerste Monitor Kempenrand nieuwe stijl"],
        ["2027-2028", "Toetsing schoolondersteuningsprofielen"],
        ["2029-2030", "Voorbereiding volgend plan"]])]
    b += [
        H1("Bijlage A Begrippenlijst en afkortingen"),
        UL(["IB: intern begeleider.",
            "OJSP: ouder- en jeugdsteunpunt, waar ouders onafhankelijk advies kunnen krijgen.",
            "Onderwijsconsulenten: landelijke organisatie die ouders kosteloos en onafhankelijk adviseert.",
            "OPP: ontwikkelingsperspectief.",
            "OPR: ondersteuningsplanraad, met ouders en personeel.",
            "Ouderinformatie: de informatie die ouders over de ondersteuning ontvangen via website en schoolgids.",
            "Sbo: speciaal basisonderwijs.",
            "So: speciaal onderwijs.",
            "TLV: toelaatbaarheidsverklaring.",
            "Verdeelmodel: de manier waarop middelen over de besturen worden verdeeld."]),
    ]
    crit = {c: True for c in CORE}
    for c in ["plaatsing.procedure", "financien.verdeling", "dekkend-aanbod.lacunes",
              "ouders.informatie", "ouders.steunpunt"]:
        crit[c] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H4 states the agreed minimum for all 41 schools and a table of concrete onderdelen; SOP toetsing every four years = borging.",
        "plaatsing": "6.1 lists sbo and so criteria and 6.3 duration/category, but 6.2 only refers to a Handreiking on the website (and says it is being updated) for the procedure.",
        "terugstroom": "Inside the sbo/so chapter, 6.4 'Einde van de TLV': policy (middel, geen eindstation; thuisnabij), yearly OPP check, 6 months before end, consulent, terugplaatsingsarrangement EUR 3.000.",
        "financien": "H7 meerjarenbegroting table with amounts and reserves, but the verdeelmodel 'loopt af' and the new one 'volgt als addendum'.",
        "dekkend-aanbod": "H5 describes the layered continuum (school-, bovenschoolse arrangementen, sbo, so); thuiszitters/children without a place only deferred ('werken we in de loop van 2026 uit'); OOGO/jeugdhulp in H10.",
        "resultaten": "H8 table with indicators and streefwaarden 2030, plus the yearly Monitor Kempenrand, kwaliteitsgesprekken, reporting to bestuur/OPR/jaarverslag.",
        "ouders": "Nothing in the body: 'Communicatie' (H9) only addresses professionals; OJSP/Onderwijsconsulenten/ouderinformatie appear only in the begrippenlijst; OPR section is procedural.",
    }
    return b, ctx, crit, adv, notes


# ============================================================================================
# Plan D: VO Zeekant, web version (.html). Basisondersteuning and toelaatbaarheid only in
# separately published bijlagen A/B (missing); terugplaatsing policy without procedure;
# thuiszitters approach without a description of the continuum; money mostly in tables;
# ouders under "Communicatie".
# ============================================================================================

def plan_d():
    ctx = dict(swv="Samenwerkingsverband VO Zeekant", kort="Zeekant", artikel="de Wet voortgezet onderwijs 2020", regio="de regio Zeekant",
               periode="2026-2030", code="VO 28-05", besturen="acht", fte="10",
               gemeenten="Zeekant, Duinrade en Westerhaven", buur="PO Kust en Polder (PO 28-04)",
               oogo_datum="27 januari 2026", opr_datum="2 december 2025", opr_instemming="3 februari 2026",
               kind="e jongere", opr_leden="ouders, leerlingen en personeelsleden")
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("subtitle", "Samenwerkingsverband VO Zeekant · VO 28-05 · laatst bijgewerkt 12 maart 2026 · "
                      "Download als pdf · Bijlagen A t/m D")]
    b.append(("toc", [
        "Over dit plan", "Visie en missie", "Ons ondersteuningsaanbod", "Toelaatbaarheid en toewijzing",
        "Na het vso", "Geen jongere thuis", "Financiën", "Resultaten en kwaliteit", "Communicatie",
        "Samenwerking met gemeenten", "Organisatie en bestuur", "Medezeggenschap", "Personeel",
        "Privacy", "Kennisdeling", "Planning", "Woordenlijst"]))
    b += [
        H1("Over dit plan"),
        P("""Dit is de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Zeekant. De
        tekst is gelijk aan de vastgestelde pdf-versie, met uitzondering van de bijlagen, die als aparte
        documenten te downloaden zijn. Het plan is vastgesteld door het bestuur op 10 februari 2026, na
        instemming van de ondersteuningsplanraad en na het op overeenstemming gericht overleg met de
        gemeenten."""),
        P("""Zeekant is het samenwerkingsverband van acht schoolbesturen in de kustregio, met samen zestien
        vestigingen voor voortgezet onderwijs, waaronder twee scholen voor praktijkonderwijs en twee
        scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 gingen 8.140 leerlingen naar een
        reguliere vo-school, 455 naar het praktijkonderwijs en 268 naar het vso."""),
        P("""Het plan is bewust compact. Veel uitvoeringsafspraken staan in de bijlagen en op de website, zodat
        we ze tussentijds kunnen aanpassen. De bijlagen zijn: A. Referentiekader basisondersteuning Zeekant;
        B. Procedure en criteria toelaatbaarheid vso, lwoo en pro; C. Sociale kaart ondersteuningsaanbod;
        D. OOGO-verslag."""),
    ]
    b += filler_wettelijk(ctx) + filler_totstandkoming(ctx)
    b += filler_visie(ctx, 0)
    b += [
        H1("Ons ondersteuningsaanbod"),
        P("""Voor de basisondersteuning verwijzen we naar het Referentiekader basisondersteuning Zeekant
        (bijlage A). Het referentiekader is in 2025 geactualiseerd en wordt bij de start van de
        planperiode opnieuw bekeken in het licht van de landelijke norm."""),
        P("""Het overzicht van het ondersteuningsaanbod in de regio, per school en per voorziening, staat in de
        Sociale kaart (bijlage C), die doorlopend wordt bijgewerkt. Scholen en ouders kunnen daarin zoeken
        op postcode en op type ondersteuning."""),
        H1("Toelaatbaarheid en toewijzing"),
        P("""Het samenwerkingsverband beslist over toelaatbaarheidsverklaringen voor het vso, over de
        aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het
        praktijkonderwijs. De procedures en criteria daarvoor zijn opgenomen in bijlage B. In de
        planperiode willen we de doorlooptijd van aanvragen verder verkorten; zie het hoofdstuk
        Resultaten en kwaliteit."""),
        H1("Na het vso"),
        P("""Zeekant vindt dat het vso voor veel leerlingen een tijdelijke plek moet zijn. Ons uitgangspunt is
        dat een leerling in het vso terugkeert naar het regulier voortgezet onderwijs, of overstapt naar
        het mbo, zodra dat in het belang van de leerling is. Voorwaarden daarvoor zijn dat de leerling in
        het vso een stabiele ontwikkeling laat zien, dat de leerling en ouders de overstap willen en dat
        er een reguliere school is die de ondersteuning uit het OPP kan bieden."""),
        P("""Een leerling die terugkeert, krijgt gedurende het eerste schooljaar een terugkeerarrangement: een
        vaste coach vanuit de vso-school, die wekelijks contact heeft met leerling en mentor, en extra
        uren voor de ondersteuningscoördinator van de ontvangende school. Het samenwerkingsverband
        financiert dit arrangement."""),
        P("""Hoe de terugplaatsing in de praktijk verloopt — wie het initiatief neemt, welke momenten er zijn en
        wie besluit — leggen we in het schooljaar 2026-2027 samen met de vso-scholen vast in een
        terugkeerprotocol."""),
        H1("Geen jongere thuis"),
        P("""Iedere jongere in Zeekant hoort op school. Toch zijn er jongeren die thuiszitten of dreigen uit te
        vallen. Om hen snel in beeld te krijgen, hebben scholen, leerplicht en samenwerkingsverband
        afgesproken dat elke school een leerling meldt bij het samenwerkingsverband zodra deze vier weken
        aaneengesloten niet naar school gaat, of zodra duidelijk is dat de school geen passend aanbod meer
        heeft. Binnen vijf werkdagen na de melding wijst het samenwerkingsverband een trajectbegeleider
        aan."""),
        P("""De trajectbegeleider brengt binnen twee weken alle betrokkenen bij elkaar en stelt met hen een
        plan op met een concreet doel en een einddatum. Lukt het niet om binnen zes weken een passende
        plek te vinden, dan wordt de jongere besproken in de Zeekanttafel, waarin de directeur van het
        samenwerkingsverband, de leerplichtambtenaar en een bestuurder uit de regio zitten. De
        Zeekanttafel kan een bestuur vragen een leerling tijdelijk te plaatsen."""),
        P("""Twee keer per jaar analyseren we de meldingen. Waar vaker jongeren tussen wal en schip vallen,
        benoemen we een tekort in het aanbod. In de analyse van 2025 zagen we dat jongeren met
        schoolweigering en angstklachten het vaakst langdurig thuiszitten. Samen met twee scholen en de
        jeugd-ggz starten we in augustus 2026 een hersteltraject voor deze groep, met twaalf plaatsen."""),
        H1("Financiën"),
        P("""Zeekant ontvangt jaarlijks ongeveer 12,6 miljoen euro aan ondersteuningsmiddelen. De verdeling
        staat in onderstaande tabel; het bestuur stelt de bedragen jaarlijks vast bij de begroting, na
        overleg met de besturen in oktober."""),
        TABLE([["Onderdeel verdeelmodel", "Verdeelsleutel", "Ontvanger"],
               ["Lichte ondersteuning", "€ 95 per leerling, teldatum 1 oktober voorgaand jaar", "Schoolbesturen"],
               ["Lwoo en pro", "Naar rato aantal aanwijzingen/TLV's op 1 oktober", "Scholen met lwoo/pro"],
               ["Afdracht vso", "Volgens DUO (aantal TLV's x categorie)", "Vso-scholen"],
               ["Arrangementen en trajectbegeleiding", "Op aanvraag, budgetplafond € 900.000", "Scholen / samenwerkingsverband"],
               ["Terugkeerarrangement", "€ 5.000 per leerling", "Vso-school"]]),
        TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten", "12.640", "12.520", "12.380", "12.270"],
               ["Afdracht vso", "4.760", "4.740", "4.700", "4.680"],
               ["Lwoo en pro", "3.980", "3.940", "3.900", "3.860"],
               ["Lichte ondersteuning besturen", "780", "770", "760", "750"],
               ["Arrangementen en trajectbegeleiding", "900", "900", "900", "900"],
               ["Terugkeerarrangementen", "100", "110", "120", "130"],
               ["Personeel en bureau", "1.640", "1.660", "1.680", "1.700"],
               ["Overige lasten", "560", "540", "520", "500"],
               ["Resultaat", "-80", "-140", "-200", "-250"]]),
        P("""Besturen leggen jaarlijks verantwoording af over de besteding van de middelen voor lichte
        ondersteuning in een gesprek met de directeur."""),
        H1("Resultaten en kwaliteit"),
        P("""Wat willen we bereiken, en hoe weten we of het lukt? In onderstaande tabel staan de beoogde
        resultaten voor 2030, met de bereikte resultaten van de vorige planperiode als vertrekpunt."""),
        TABLE([["Beoogd resultaat 2030", "Bereikt 2025", "Doel 2030"],
               ["Langdurig thuiszittende jongeren (> 3 maanden)", "11", "maximaal 3"],
               ["Doorlooptijd aanvraag TLV (gemiddeld)", "7,5 week", "4 weken"],
               ["Leerlingen die vanuit vso terugkeren naar regulier vo of mbo per jaar", "9", "15"],
               ["Deelnamepercentage vso", "3,1%", "2,8%"],
               ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
        P("""Het bureau houdt een dashboard bij met deze indicatoren, dat ieder kwartaal wordt bijgewerkt met
        gegevens uit de eigen registratie, DUO en leerplicht. Twee keer per jaar rapporteert de directeur
        aan het bestuur en de ondersteuningsplanraad over de voortgang. In het jaarverslag beschrijven we
        de bereikte resultaten, zowel in cijfers als met verhalen uit de scholen, en hoeveel geld we per
        doel hebben ingezet. Ouders worden eens in de twee jaar bevraagd in een tevredenheidsonderzoek."""),
        H1("Communicatie"),
        P("""We willen dat ouders en leerlingen weten waar ze terechtkunnen. Op deze website staat onder 'Voor
        ouders' uitgelegd welke ondersteuning er in de regio is, hoe die is georganiseerd en hoe ouders er
        samen met de school gebruik van kunnen maken. Daarnaast publiceren we twee keer per jaar een
        digitale nieuwsbrief voor ouders, verspreid via de scholen, en organiseren we bij de start van het
        schooljaar een informatieavond over extra ondersteuning in het voortgezet onderwijs. Elke school
        heeft een vast aanspreekpunt ondersteuning waarvan de gegevens in de schoolgids staan."""),
        P("""Ouders en jongeren die onafhankelijk advies willen, kunnen terecht bij het Steunpunt Ouders &
        Jongeren Zeekant. Het steunpunt is ondergebracht bij een onafhankelijke stichting, heeft een eigen
        telefoonnummer en spreekuur, en kan ouders bijstaan in gesprekken met school. Ook de
        Onderwijsconsulenten zijn voor ouders kosteloos beschikbaar. Heeft u een klacht over het
        samenwerkingsverband, dan kunt u die indienen bij de landelijke klachtencommissie waarbij Zeekant
        is aangesloten."""),
    ]
    b += filler_oogo(ctx, True)
    b += filler_governance(ctx, 0, True)
    b += filler_opr(ctx)
    b += filler_personeel(ctx)[:3] + [("h1", "Privacy")] + filler_ict(ctx)[1:]
    b += filler_kennis(ctx)
    b += filler_bureau(ctx) + filler_risico(ctx)
    b += [
        H1("Leerlingen aan het woord"),
        P("""Passend onderwijs gaat over jongeren, en jongeren hebben er zelf veel over te zeggen. Bij de
        voorbereiding van dit plan hebben we in vier groepen met in totaal 38 leerlingen gesproken,
        van praktijkonderwijs tot vwo en vso. Wat zij ons meegaven, was helder: neem ons serieus, praat met
        ons en niet over ons, en zorg dat we niet steeds ons verhaal opnieuw hoeven te vertellen. Een
        leerling uit het vso zei het zo: 'Ik wil gewoon weten wie mijn vaste persoon is.' Die boodschap
        nemen we mee in alles wat we doen."""),
        P("""In de planperiode willen we leerlingen structureel betrekken. Twee leerlingen nemen zitting in de
        ondersteuningsplanraad, en eens per jaar organiseren we een leerlingenpanel over een actueel thema,
        zoals de overstap naar het mbo of het gebruik van de mobiele telefoon op school."""),
    ]
    b += filler_planning(ctx, [
        ["Augustus 2026", "Start hersteltraject schoolweigering"],
        ["2026-2027", "Terugkeerprotocol met vso-scholen vastgesteld"],
        ["Elk kwartaal", "Dashboard bijgewerkt"],
        ["2028", "Tussentijdse evaluatie"]])
    b += [
        H1("Woordenlijst"),
        UL(["Basisondersteuning: wat elke school in Zeekant minimaal biedt aan ondersteuning, zoals begeleiding "
            "bij dyslexie en een ondersteuningsteam.",
            "Bezwaar: ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid.",
            "Deskundigen: de twee deskundigen die adviseren over een toelaatbaarheidsverklaring.",
            "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in het vso.",
            "Zorgplicht: de plicht van een school om een passende plek te bieden of te zoeken."]),
    ]
    crit = {c: True for c in CORE}
    for c in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "dekkend-aanbod.continuum"]:
        crit[c] = False
    adv = {"terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Ons ondersteuningsaanbod' only says every school offers basisondersteuning as laid down in bijlage A (not part of the input); the concrete examples are only in the Woordenlijst.",
        "plaatsing": "'Toelaatbaarheid en toewijzing' only states the SWV decides and refers to bijlage B for procedure and criteria; deskundigen/bezwaar appear only in the Woordenlijst; the TLV doorlooptijd target in the resultaten table is a result, not a procedure.",
        "terugstroom": "'Na het vso' gives policy (aim, three conditions, terugkeerarrangement); the procedure (initiative, moments, decision) is deferred to a 2026-2027 terugkeerprotocol; returns counted in the resultaten table.",
        "financien": "'Financiën': verdeelmodel and meerjarenbegroting 2026-2029 given almost only as tables; verantwoording in a gesprek.",
        "dekkend-aanbod": "'Geen jongere thuis' handles gaps concretely (melding, trajectbegeleider, Zeekanttafel, twice-yearly analysis, hersteltraject); the continuum itself is only in bijlage C (Sociale kaart).",
        "resultaten": "'Resultaten en kwaliteit': table of beoogd vs bereikt with targets, quarterly dashboard, twice-yearly reporting, jaarverslag.",
        "ouders": "Under 'Communicatie': website page, nieuwsbrief, informatieavond, aanspreekpunt in schoolgids; independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten, klachtencommissie.",
    }
    return b, ctx, crit, adv, notes


# ============================================================================================
# Plan E: PO Veenkoloniën-Zuid, rendered to PDF. Financien only in a separate "Financieel kader"
# (missing); no continuum/gap content (missing); basisondersteuning content without an agreed
# level; terugplaatsing procedure without policy; monitoring without beoogde resultaten.
# ============================================================================================

def plan_e():
    ctx = dict(swv="Samenwerkingsverband Primair Onderwijs Veenkoloniën-Zuid", kort="Veenkoloniën-Zuid", artikel="artikel 18a van de Wet op het primair onderwijs",
               regio="de zuidelijke Veenkoloniën", periode="2026-2030", code="PO 21-14", besturen="zeven",
               fte="9", gemeenten="Veendijk, Zuiderveen en Mondenwold", buur="VO Veenkoloniën (VO 21-15)",
               oogo_datum="5 maart 2026", opr_datum="13 januari 2026", opr_instemming="24 maart 2026",
               kind=" kind", opr_leden="ouders en personeelsleden")
    b = title_page("Ondersteuningsplan 2026-2030", [
        "Samenwerkingsverband Primair Onderwijs Veenkoloniën-Zuid (PO 21-14)",
        "Samen zorgen voor elk kind",
        "Definitieve versie, april 2026"])
    b.append(("toc", [
        "1 Inleiding", "2 Onze regio", "3 Visie en missie", "4 Basisondersteuning",
        "5 Toelaatbaarheid sbo en so", "6 Evaluatie en beëindiging van de TLV", "7 Ouders",
        "8 Kwaliteitszorg", "9 Financiën", "10 Overleg met gemeenten", "11 Organisatie en bestuur",
        "12 Medezeggenschap", "13 Personeel en professionalisering", "14 Privacy en informatievoorziening",
        "15 Planning en vervolg", "Bijlage Afkortingen"]))
    b += [
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Samenwerkingsverband Primair Onderwijs Veenkoloniën-Zuid
        in de periode 2026-2030 invulling geeft aan passend onderwijs. Het plan is opgesteld door het bureau
        in opdracht van het bestuur en is besproken met de directeuren, de intern begeleiders, de
        ondersteuningsplanraad en de drie gemeenten in ons gebied."""),
        P("""Het vorige plan was uitgebreid en bevatte veel beschrijvingen van werkwijzen die inmiddels zijn
        veranderd. Dit plan is korter en richt zich op de afspraken die voor de hele regio gelden. De
        financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, is ondergebracht in het
        Financieel kader 2026-2030, dat het bestuur afzonderlijk vaststelt en jaarlijks actualiseert."""),
        P("""Dit plan wordt gelezen door verschillende doelgroepen: schoolleiders en intern begeleiders, leden
        van de medezeggenschap, ouders, gemeenten en de inspectie. Waar mogelijk hebben we vaktaal
        vermeden; achterin staat een lijst met afkortingen."""),
        H1("2 Onze regio"),
        P("""Veenkoloniën-Zuid omvat de gemeenten Veendijk, Zuiderveen en Mondenwold. Het gebied is landelijk,
        met een aantal grotere kernen en veel kleine dorpen. Het aantal kinderen in de basisschoolleeftijd
        daalt al jaren: in 2015 telden de scholen nog ruim 6.800 leerlingen, op 1 oktober 2025 waren het er
        5.730. De prognose is dat het aantal in 2030 rond de 5.400 ligt. Voor de kleine scholen in de dorpen
        betekent dat een voortdurende zorg over de continuïteit."""),
        P("""In het samenwerkingsverband werken zeven schoolbesturen samen. Zij zijn samen verantwoordelijk voor
        37 basisscholen, één school voor speciaal basisonderwijs (De Kiem, met twee locaties) en één
        so-school voor cluster 4 (De Horizon). Kinderen met een verstandelijke of lichamelijke beperking
        gaan naar so-scholen in de omliggende regio's."""),
        P("""De regio kent een relatief hoog aandeel gezinnen met een laag inkomen en een laag opleidingsniveau.
        De gemeenten investeren samen met de scholen in voorzieningen voor het jonge kind en in
        armoedebestrijding. Deze sociale context is belangrijk om te begrijpen waarom veel scholen in de
        regio meer vragen krijgen dan elders."""),
    ]
    b += filler_wettelijk(ctx) + filler_totstandkoming(ctx)
    b += [("h1", "3 " + x[1]) if x[0] == "h1" else x for x in filler_visie(ctx, 0)]
    b += [
        H1("4 Basisondersteuning"),
        P("""In het voorjaar van 2025 hebben we bij alle 37 basisscholen geïnventariseerd welke ondersteuning zij
        bieden. Daaruit blijkt dat op dit moment op elke basisschool in de regio de volgende ondersteuning
        aanwezig is:"""),
        UL(["""een intern begeleider die de leerkrachten ondersteunt bij het signaleren en begeleiden van
            kinderen met een ondersteuningsbehoefte;""",
            """groepsbesprekingen drie keer per jaar en een werkwijze volgens de cyclus van
            handelingsgericht werken;""",
            """een dyslexieprotocol met vroegtijdige signalering in groep 2 en 3 en extra leesbegeleiding;""",
            """een aanbod voor sociale vaardigheden en een anti-pestprotocol;""",
            """een ondersteuningsteam waarin de intern begeleider, de jeugdverpleegkundige en de
            schoolmaatschappelijk werker samen met ouders kinderen bespreken;""",
            """afspraken over medisch handelen;""",
            """een ontwikkelingsperspectief voor kinderen die een eigen leerlijn volgen."""]),
        P("""De besturen willen de basisondersteuning in de komende jaren verder versterken. Of de bovenstaande
        lijst ook het gezamenlijk afgesproken minimum voor alle scholen wordt, of dat we de lat hoger of
        anders leggen, besluiten de besturen in het schooljaar 2026-2027 bij het vaststellen van het
        Kader Basisondersteuning Veenkoloniën-Zuid. Daarbij betrekken we de landelijke norm die in
        voorbereiding is."""),
        H1("5 Toelaatbaarheid sbo en so"),
        P("""Voor plaatsing op De Kiem (sbo) of op een school voor speciaal onderwijs is een
        toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Over de afgifte beslist de
        Commissie Toelaatbaarheid Veenkoloniën-Zuid (CTV). De CTV bestaat uit een voorzitter, een
        orthopedagoog en een tweede deskundige die per aanvraag wordt gekozen (een kinderpsycholoog,
        maatschappelijk werker, jeugdarts of kinderpsychiater)."""),
        H2("5.1 De procedure"),
        OL(["""De basisschool bespreekt het kind in het ondersteuningsteam, met ouders. Als het team
            concludeert dat sbo of so nodig lijkt, stelt de intern begeleider het aanvraagdossier op.""",
            """Het schoolbestuur dient de aanvraag in bij de CTV. Het dossier bevat het OPP met de evaluatie
            van de afgelopen periode, het verslag van het ondersteuningsteam, een onderwijskundig rapport
            en de zienswijze van ouders.""",
            """De secretaris van de CTV controleert het dossier binnen vijf werkdagen op volledigheid.""",
            """De orthopedagoog en de tweede deskundige geven elk een schriftelijk advies. Zij zijn niet
            betrokken geweest bij de begeleiding van het kind.""",
            """De CTV neemt binnen zes weken na ontvangst van het volledige dossier een besluit. Ouders
            krijgen het besluit en een kopie van de adviezen.""",
            """Bij spoed, bijvoorbeeld als de veiligheid van het kind of de groep in het geding is, kan de
            voorzitter binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden afgeven."""]),
        H2("5.2 Criteria"),
        TABLE([["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
               ["Voorwaarde 1", "Basisschool heeft minimaal een jaar handelingsgericht gewerkt met OPP en "
                "extern advies", "Idem, of er is sprake van een acute veiligheidssituatie"],
               ["Voorwaarde 2", "Kind heeft een kleine groep en een aangepast tempo nodig gedurende de hele dag",
                "Kind heeft specialistische, intensieve begeleiding nodig die het sbo niet kan bieden"],
               ["Voorwaarde 3", "Leerachterstand van minimaal een jaar op twee vakgebieden of ernstige "
                "sociaal-emotionele problematiek", "Ernstige gedrags- of psychiatrische problematiek, of een "
                "verstandelijke, lichamelijke of meervoudige beperking"],
               ["Duur TLV", "Tot einde basisschoolperiode", "Twee schooljaren, tot 31 juli"],
               ["Categorie", "n.v.t.", "Laag; midden of hoog bij lichamelijke/meervoudige beperking"]]),
        H2("5.3 Bezwaar"),
        P("""Ouders die het niet eens zijn met een besluit van de CTV, kunnen binnen zes weken bezwaar maken bij
        het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H1("6 Evaluatie en beëindiging van de TLV"),
        P("""De sbo- of so-school evalueert het OPP van ieder kind ten minste één keer per jaar met ouders. In
        het laatste jaar van de TLV bespreekt de school vóór 1 maart met ouders en de consulent van het
        samenwerkingsverband of het kind kan terugkeren naar een basisschool of dat een nieuwe TLV nodig is.
        Kiest men voor terugplaatsing, dan zoeken ouders met hulp van de consulent een basisschool en vindt
        vóór 1 juni een overdrachtsgesprek plaats tussen beide scholen. Is een nieuwe TLV nodig, dan dient
        het bestuur van de sbo- of so-school een aanvraag in bij de CTV volgens de procedure van hoofdstuk 5.
        Zonder nieuwe TLV eindigt de plaatsing op 31 juli."""),
        P("""Welke uitgangspunten en voorwaarden het samenwerkingsverband voor terugplaatsing hanteert en welke
        ondersteuning een kind na de overstap krijgt, werken we in 2026-2027 uit in een notitie
        terugplaatsingsbeleid."""),
        H1("7 Ouders"),
        P("""Ouders zijn onmisbaar als het gaat om de ontwikkeling van hun kind. Wij vinden het belangrijk dat
        ouders weten welke ondersteuning er is en hoe ze die kunnen krijgen. Daarvoor hebben we de
        ouderbrochure 'Wegwijs in passend onderwijs', die iedere school bij de aanmelding meegeeft en
        die ook op onze website staat. Op de website staat verder een pagina voor ouders met uitleg over
        de ondersteuning op de basisscholen, het sbo en het so, en met antwoorden op veelgestelde vragen.
        Eén keer per jaar organiseren we per gemeente een ouderavond over passend onderwijs, samen met
        het Centrum voor Jeugd en Gezin. Ouders kunnen het bureau bellen of mailen met vragen; we
        reageren binnen twee werkdagen."""),
        P("""Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Veenkoloniën, dat
        we samen met het VO-samenwerkingsverband financieren maar dat zelfstandig werkt. Ook de landelijke
        Onderwijsconsulenten en Ouders & Onderwijs zijn voor ouders kosteloos bereikbaar. Voor klachten
        over het samenwerkingsverband geldt de klachtenregeling; het samenwerkingsverband is aangesloten
        bij een landelijke klachtencommissie."""),
        H1("8 Kwaliteitszorg"),
        P("""Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Het bureau verzamelt ieder jaar
        in september de gegevens over het afgelopen schooljaar: het aantal afgegeven TLV's per soort, het
        deelnamepercentage sbo en so op 1 oktober, het aantal terugplaatsingen, de doorlooptijd van
        aanvragen en de tevredenheid van scholen en ouders. De uitkomsten staan in de Kwaliteitsrapportage,
        die in november wordt besproken in het bestuur en in de ondersteuningsplanraad en die openbaar
        is. Met iedere schooldirecteur voert de consulent jaarlijks een kwaliteitsgesprek over de
        ondersteuning op de school. De bevindingen worden verwerkt in het jaarverslag."""),
        P("""In het schooljaar 2024-2025 gaf de CTV 58 TLV's af, waarvan 41 voor het sbo en 17 voor het so. Het
        deelnamepercentage sbo bedroeg op 1 oktober 2025 2,6%, het deelnamepercentage so 1,4%. Er werden
        zes kinderen teruggeplaatst naar een basisschool."""),
        P("""De beoogde resultaten voor deze planperiode formuleren we in het eerste planjaar samen met de
        besturen en de ondersteuningsplanraad, op basis van de Kwaliteitsrapportage 2026."""),
        H1("9 Financiën"),
        P("""Zie het Financieel kader 2026-2030."""),
    ]
    b += [("h1", "10 " + x[1]) if x[0] == "h1" else x for x in filler_oogo(ctx, False)]
    b += [
        P("""Het OOGO-verslag is openbaar en op te vragen bij het bureau. De gemeenten hebben aangegeven zich te
        kunnen vinden in de hoofdlijnen van dit plan. Afgesproken is dat het samenwerkingsverband en de
        gemeenten in 2027 opnieuw een OOGO houden over de uitvoering."""),
    ]
    b += [("h1", "11 " + x[1]) if x[0] == "h1" else x for x in filler_governance(ctx, 0, False)]
    b += [
        P("""In 2025 hebben de besturen verkend of een nauwere samenwerking met het naburige
        samenwerkingsverband wenselijk is, gezien de dalende leerlingaantallen. Besloten is om de
        samenwerking op het gebied van scholing en de bezetting van de commissie toelaatbaarheid te
        intensiveren, maar geen bestuurlijke fusie na te streven."""),
    ]
    b += [("h1", "12 " + x[1]) if x[0] == "h1" else x for x in filler_opr(ctx)]
    b += [("h1", "13 " + x[1]) if x[0] == "h1" else x for x in filler_personeel(ctx)]
    b += [("h1", "14 " + x[1]) if x[0] == "h1" else x for x in filler_ict(ctx)]
    b += filler_bureau(ctx) + filler_kennis_po(ctx) + filler_risico(ctx)
    b += [("h1", "15 " + x[1]) if x[0] == "h1" else x for x in filler_planning(ctx, [
        ["2026", "Financieel kader 2026-2030 vastgesteld"],
        ["Schooljaar 2026-2027", "Kader Basisondersteuning; notitie terugplaatsingsbeleid; beoogde resultaten"],
        ["November van elk jaar", "Kwaliteitsrapportage"],
        ["2027", "OOGO over de uitvoering"]])]
    b += [
        H1("Bijlage Afkortingen"),
        UL(["CTV: Commissie Toelaatbaarheid Veenkoloniën-Zuid",
            "Dekkend aanbod: een passend aanbod voor ieder kind in de regio",
            "IB: intern begeleider",
            "OOGO: op overeenstemming gericht overleg",
            "OPP: ontwikkelingsperspectief",
            "Sbo: speciaal basisonderwijs",
            "So: speciaal onderwijs",
            "TLV: toelaatbaarheidsverklaring",
            "Verdeelmodel: de regels voor het verdelen van de ondersteuningsmiddelen over de besturen"]),
    ]
    crit = {c: True for c in CORE}
    for c in ["basisondersteuning.niveau", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "resultaten.doelen"]:
        crit[c] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 lists what every school currently offers (inventory 2025) = inhoud, but whether this becomes the agreed minimum is explicitly left to a 2026-2027 Kader Basisondersteuning.",
        "plaatsing": "H5: CTV, six numbered steps with termijnen and spoed-TLV, criteria for sbo/so only in a table, two deskundigen, duur/categorie in table, bezwaar via LBT.",
        "terugstroom": "H6 'Evaluatie en beëindiging van de TLV' gives the procedure (yearly OPP, 1 maart, consulent, 1 juni overdracht, 31 juli); policy/conditions/support deferred to a notitie terugplaatsingsbeleid.",
        "financien": "H9 only 'Zie het Financieel kader 2026-2030' (separate document, not in input); verdeelmodel only in the afkortingenlijst; 'middelen' only in passing in the visie.",
        "dekkend-aanbod": "No description of a continuum of arrangementen/voorzieningen or of gaps/thuiszitters; 'Dekkend aanbod' only in the afkortingenlijst; OOGO section is procedural only.",
        "resultaten": "H8 describes the monitoring cycle (September data, Kwaliteitsrapportage in November to bestuur/OPR, kwaliteitsgesprekken, jaarverslag) and 2024-2025 figures, but beoogde resultaten are deferred to the first plan year.",
        "ouders": "H7: brochure 'Wegwijs in passend onderwijs', ouderpagina, yearly ouderavond, bureau contact; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Ouders & Onderwijs, klachtencommissie.",
    }
    return b, ctx, crit, adv, notes


# ============================================================================================
# Near-miss F: a VO school's own "ondersteuningsplan" (school level: ondersteuningsstructuur,
# zorgniveaus, team), which uses the SWV vocabulary but is not a plan of a samenwerkingsverband.
# ============================================================================================

def near_miss_f():
    b = title_page("Ondersteuningsplan 2025-2026", [
        "Het Baken College · vmbo – havo – vwo · locatie Zuid",
        "Onderdeel van Samenwerkingsverband VO De Lingestreek",
        "Vastgesteld door de schoolleiding, september 2025, met advies van de MR"])
    b.append(("toc", ["1 Inleiding", "2 Ondersteuningsstructuur van onze school", "3 Basisondersteuning op het Baken",
                      "4 Extra ondersteuning en arrangementen", "5 Toelaatbaarheid en verwijzing",
                      "6 Terugplaatsing en instroom", "7 Ouders", "8 Middelen", "9 Resultaten 2024-2025",
                      "10 Jaarplanning ondersteuning"]))
    b += [
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Zuid, in het schooljaar 2025-2026
        de ondersteuning van leerlingen organiseert. Het plan is een uitwerking van ons
        schoolondersteuningsprofiel en sluit aan op het ondersteuningsplan van het samenwerkingsverband.
        Het is bedoeld voor mentoren, docenten en teamleiders, en geeft ouders inzicht in wat zij van de
        school mogen verwachten. Het plan wordt jaarlijks in september geactualiseerd."""),
        P("""Locatie Zuid telt 1.140 leerlingen in vmbo-kader, vmbo-gt, havo en vwo. Ongeveer 14% van de
        leerlingen heeft een vorm van extra ondersteuning; 96 leerlingen hebben een aanwijzing lwoo."""),
        H1("2 Ondersteuningsstructuur van onze school"),
        P("""De ondersteuning op het Baken is georganiseerd in vier niveaus. Op niveau 1 begeleidt de mentor de
        leerling in de klas en in het mentoruur. Op niveau 2 schakelt de mentor de teamleider en de
        leerlingcoördinator in, bijvoorbeeld bij verzuim of bij zorgen over gedrag. Op niveau 3 wordt de
        leerling besproken in het interne zorgoverleg met de ondersteuningscoördinator, de
        orthopedagoog en de vertrouwenspersoon. Op niveau 4 wordt de leerling ingebracht in het
        ondersteuningsteam, waaraan ook de jeugdarts, leerplicht, schoolmaatschappelijk werk en de
        consulent van het samenwerkingsverband deelnemen."""),
        P("""De ondersteuningscoördinator is eindverantwoordelijk voor de ondersteuningsstructuur. Het
        ondersteuningsteam komt zes keer per jaar bijeen; tussendoor is overleg mogelijk als de situatie
        daarom vraagt. Van elk overleg wordt een verslag gemaakt dat met ouders wordt gedeeld."""),
        TABLE([["Functie", "Naam", "Uren per week"],
               ["Ondersteuningscoördinator", "mw. J. Koster", "24"], ["Orthopedagoog", "dhr. P. Brink", "16"],
               ["Leerlingcoördinator onderbouw", "mw. S. Aydin", "12"],
               ["Leerlingcoördinator bovenbouw", "dhr. T. de Wit", "12"],
               ["Dyslexiecoach", "mw. L. Verbeek", "8"], ["Vertrouwenspersoon", "mw. R. Hendriks", "4"]]),
        H1("3 Basisondersteuning op het Baken"),
        P("""Het Baken biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet
        betekent dit voor onze locatie: een mentoruur per week in alle leerjaren, drie mentorgesprekken
        per jaar, dyslexie- en dyscalculiebegeleiding door onze dyslexiecoach, faalangstreductietraining
        in leerjaar 1 en 2, een training sociale vaardigheden, het Plusplein als ondersteuningsruimte die
        het hele lesrooster open is, en huiswerkbegeleiding op maandag tot en met donderdag."""),
        P("""Leerlingen met een medische aandoening krijgen een individueel medisch protocol. Voor leerlingen die
        meer aankunnen, heeft de havo/vwo-afdeling een verrijkingsprogramma."""),
        H1("4 Extra ondersteuning en arrangementen"),
        P("""Als de basisondersteuning niet voldoende is, stelt de school in overleg met ouders en leerling een
        ontwikkelingsperspectiefplan (OPP) op. Daarin staat welke extra ondersteuning de leerling krijgt en
        welke doelen worden nagestreefd. Voorbeelden van extra ondersteuning op onze school zijn een
        reboundplek van zes weken binnen de school, coaching door de orthopedagoog en een aangepast rooster.
        Het OPP wordt twee keer per jaar met ouders en leerling geëvalueerd."""),
        P("""Heeft een leerling meer nodig dan wij als school kunnen bieden, dan kan de
        ondersteuningscoördinator een bovenschools arrangement aanvragen bij het Loket van het
        samenwerkingsverband, bijvoorbeeld een plaatsing in de Plusvoorziening De Brug."""),
        H1("5 Toelaatbaarheid en verwijzing"),
        P("""Als het voortgezet speciaal onderwijs beter passend lijkt, vraagt onze school een
        toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De ondersteuningscoördinator stelt het
        dossier samen en bespreekt de aanvraag vooraf met ouders en leerling. Het samenwerkingsverband
        neemt het besluit; wij volgen daarbij de procedure van het samenwerkingsverband. In het schooljaar
        2024-2025 hebben wij voor vier leerlingen een TLV aangevraagd."""),
        P("""Voor nieuwe leerlingen met een lwoo-indicatie vraagt de school na aanmelding de aanwijzing aan bij
        het samenwerkingsverband. De intake van nieuwe leerlingen met een ondersteuningsvraag vindt plaats
        in een gesprek met ouders, leerling en de ondersteuningscoördinator."""),
        H1("6 Terugplaatsing en instroom"),
        P("""Het Baken staat open voor leerlingen die vanuit het vso of de Plusvoorziening terugkeren naar het
        regulier onderwijs. Bij instroom zorgen we voor een warme overdracht, een vaste mentor en een
        evaluatie na zes weken. In 2024-2025 stroomden twee leerlingen vanuit het vso bij ons in."""),
        H1("7 Ouders"),
        P("""Ouders worden betrokken bij alle beslissingen over de ondersteuning van hun kind. Zij worden
        uitgenodigd voor het ondersteuningsteam als hun kind wordt besproken en ontvangen het OPP ter
        ondertekening. Informatie over de ondersteuning staat in de schoolgids en op de website van de
        school. Ouders met vragen kunnen terecht bij de mentor of de ondersteuningscoördinator. Voor
        onafhankelijk advies verwijzen wij naar het ouder- en jongerensteunpunt van het
        samenwerkingsverband en naar de Onderwijsconsulenten."""),
        H1("8 Middelen"),
        P("""De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget voor de
        basisondersteuning en de schoolarrangementen. Voor 2025-2026 bedraagt dit budget € 152.000. Dit
        wordt besteed aan de formatie van de ondersteuningscoördinator en de orthopedagoog (€ 118.000),
        de dyslexiecoach (€ 19.000) en trainingen (€ 15.000). De middelen voor lwoo worden ingezet voor
        kleinere klassen in vmbo-kader."""),
        H1("9 Resultaten 2024-2025"),
        P("""In 2024-2025 hadden 158 leerlingen een OPP. Van hen haalde 82% de doelen uit het OPP. Het verzuim
        daalde met 6%. Er waren geen thuiszitters. De tevredenheid van ouders over de ondersteuning was een
        7,4. Ons doel voor 2025-2026 is dat 85% van de leerlingen met een OPP de doelen haalt."""),
        H1("10 Jaarplanning ondersteuning"),
        TABLE([["Maand", "Activiteit"], ["September", "Mentorgesprekken, start trainingen"],
               ["Oktober", "Eerste ondersteuningsteam; OPP's opgesteld"],
               ["Februari", "Evaluatie OPP's met ouders"], ["Juni", "Tweede evaluatie OPP's; overdracht"]]),
    ]
    notes = {
        "document": "School-level ondersteuningsplan of one VO school (Het Baken College, locatie Zuid): its own zorgniveaus, team, SOP elaboration and school budget; it applies the SWV's procedures and refers to the SWV but is not the SWV's plan (no planperiode, OPR, OOGO, verdeelmodel or TLV decisions of its own).",
    }
    return b, notes


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # Plan A: docx
    b, ctx, crit, adv, notes = plan_a()
    name = "vo-lingestreek-op-2026-2030"
    write_docx(b, OUT / f"{name}.docx", "Ondersteuningsplan 2026-2030 · SWV VO De Lingestreek",
               "Ondersteuningsplan De Lingestreek · basisondersteuning · toelaatbaarheid · ouders · resultaten")
    write_label(name, [f"{name}.docx"], "vo", crit, adv, notes)
    print(name, word_count(b))
    # Plan B: pdf
    b, ctx, crit, adv, notes = plan_b()
    name = "vo-heuvelland-noord-op-hoofdlijnen"
    docx_to_pdf(b, OUT / f"{name}.pdf", "Heuvelland-Noord · Ondersteuningsplan op hoofdlijnen 2026-2030",
                "VO 31-02 · versie 1.3")
    write_label(name, [f"{name}.pdf"], "vo", crit, adv, notes)
    print(name, word_count(b))
    # Plan C: docx
    b, ctx, crit, adv, notes = plan_c()
    name = "po-kempenrand-op-2026-2030"
    write_docx(b, OUT / f"{name}.docx", "Kempenrand · Ondersteuningsplan 2026-2030 · ouders en scholen samen",
               "PO 30-08 · Samenwerkingsverband Passend Primair Onderwijs Kempenrand")
    write_label(name, [f"{name}.docx"], "po", crit, adv, notes)
    print(name, word_count(b))
    # Plan D: html
    b, ctx, crit, adv, notes = plan_d()
    name = "vo-zeekant-op-2026-2030-web"
    write_html(b, OUT / f"{name}.html", "Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Zeekant")
    write_label(name, [f"{name}.html"], "vo", crit, adv, notes)
    print(name, word_count(b))
    # Plan E: pdf
    b, ctx, crit, adv, notes = plan_e()
    name = "po-veenkolonien-zuid-op-2026-2030"
    docx_to_pdf(b, OUT / f"{name}.pdf", "SWV PO Veenkoloniën-Zuid · Ondersteuningsplan 2026-2030",
                "PO 21-14 · financiën: zie Financieel kader 2026-2030")
    write_label(name, [f"{name}.pdf"], "po", crit, adv, notes)
    print(name, word_count(b))
    # Near-miss F: docx
    b, notes = near_miss_f()
    name = "vo-baken-college-school-ondersteuningsplan"
    write_docx(b, OUT / f"{name}.docx", "Het Baken College · Ondersteuningsplan 2025-2026",
               "Locatie Zuid · onderdeel van SWV VO De Lingestreek")
    write_label(name, [f"{name}.docx"], "vo", None, None, notes, looks_like_plan=False)
    print(name, word_count(b))


if __name__ == "__main__":
    main()
