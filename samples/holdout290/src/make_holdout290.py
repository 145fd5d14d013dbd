#!/usr/bin/env python3
"""Generate the holdout290 labelled test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level 'ondersteuningsplan' of a single VO school), with label files
<name>.expected.yaml next to them. Deterministic, no network. PDFs are rendered from .docx with
LibreOffice (soffice --headless). All output goes to the folder above this script's folder.
"""
import datetime
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2024, 4, 15, 10, 0, 0)

# --------------------------------------------------------------------------------------------
# Block model: ("h1", text) ("h2", text) ("p", text) ("bullets", [..]) ("table", [[..], ..])
# ("toc", [..]) ("title", [lines])
# --------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def B(items):
    return ("bullets", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


def TOC(items):
    return ("toc", items)


def TITLE(lines):
    return ("title", lines)


def write_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph().add_run("Inhoudsopgave").bold = True
            for item in val:
                d.add_paragraph(item)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx with fixed zip timestamps so that repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 4, 15, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_txt(blocks, path):
    out = []
    wrap = textwrap.TextWrapper(width=100)
    for kind, val in blocks:
        if kind == "title":
            out += [l.upper() if i == 0 else l for i, l in enumerate(val)]
            out += ["", "=" * 100, ""]
        elif kind == "toc":
            out += ["INHOUD", ""] + ["  " + i for i in val] + ["", "=" * 100, ""]
        elif kind == "h1":
            out += ["", val.upper(), "=" * len(val), ""]
        elif kind == "h2":
            out += ["", val, "-" * len(val), ""]
        elif kind == "p":
            out += wrap.wrap(val) + [""]
        elif kind == "bullets":
            for it in val:
                out += textwrap.wrap(it, width=100, initial_indent="  - ", subsequent_indent="    ")
            out.append("")
        elif kind == "table":
            widths = [max(len(r[j]) for r in val) for j in range(len(val[0]))]
            for i, row in enumerate(val):
                out.append(" | ".join(c.ljust(widths[j]) for j, c in enumerate(row)).rstrip())
                if i == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout290_pdf_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def count_words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("bullets", "toc", "title"):
            n += sum(len(v.split()) for v in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------
CORE = [
    ("basisondersteuning", ["niveau", "inhoud"]),
    ("plaatsing", ["procedure", "criteria"]),
    ("terugstroom", ["procedure", "beleid"]),
    ("financien", ["verdeling", "besteding"]),
    ("dekkend-aanbod", ["continuum", "lacunes"]),
    ("resultaten", ["doelen", "monitoring"]),
    ("ouders", ["informatie", "steunpunt"]),
]


def status_from(crit, adv, el):
    vals = [crit[f"{el}.{c}"] for c in dict(CORE)[el]]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit, adv, notes):
    assert len(crit) == 14
    elements = {el: status_from(crit, adv, el) for el, _ in CORE}
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}",
             "criteria:"]
    for el, cs in CORE:
        for c in cs:
            lines.append(f"  {el}.{c}: {'true' if crit[f'{el}.{c}'] else 'false'}")
    lines.append("advisory_addressed:")
    if not any(adv.values()):
        lines[-1] = "advisory_addressed: {}"
    for el, lst in adv.items():
        if lst:
            lines.append(f"  {el}: [{', '.join(lst)}]")
    lines.append("notes:")
    for el, _ in CORE:
        lines.append(f"  {el}: {yaml_str(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elements


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def crit_from(s):
    """s: 14 characters of 1/0 in CORE order."""
    keys = [f"{el}.{c}" for el, cs in CORE for c in cs]
    assert len(s) == 14
    return {k: ch == "1" for k, ch in zip(keys, s)}


# --------------------------------------------------------------------------------------------
# Shared filler (contains element vocabulary in passing only)
# --------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['swv']}. Dit plan beschrijft hoe de
        aangesloten schoolbesturen de komende vier schooljaren samenwerken om elk kind in {c['regio']} een zo
        passend mogelijke plek in het onderwijs te bieden. Het plan is het resultaat van een traject van ruim
        een jaar waarin directeuren, {c['ib_mv']}, leraren, gemeenten, de ondersteuningsplanraad en het bureau
        hebben meegedacht. Wij zijn iedereen die daaraan heeft bijgedragen zeer erkentelijk."""),
        P(f"""De afgelopen planperiode was geen gewone periode. Het lerarentekort, de nasleep van de
        schoolsluitingen en de groeiende vraag naar jeugdhulp stelden de scholen voor grote uitdagingen. Tegelijk
        zagen we veel energie: scholen die van elkaar leren, teams die creatieve oplossingen vinden en besturen
        die over de grenzen van hun eigen organisatie heen kijken. Die energie willen we vasthouden. Met dit plan
        kiezen we bewust voor continuïteit: we bouwen voort op wat goed gaat en maken keuzes waar dat nodig is."""),
        P(f"""Passend onderwijs is geen doel op zich, maar een middel om {c['kinderen']} te laten leren en zich te
        laten ontwikkelen. Dat vraagt om scholen die de ruimte krijgen, om middelen die terechtkomen waar ze nodig
        zijn, en om ouders die zich gehoord voelen. Het vraagt ook om eerlijkheid over wat nog niet goed gaat. Wij
        nodigen u uit om dit plan te lezen, met ons in gesprek te gaan en ons scherp te houden op de resultaten die
        we samen willen bereiken."""),
        P(f"""{c['bestuurder']}, directeur-bestuurder {c['kort']}"""),
    ]


def leeswijzer(c):
    return [
        H1("Inleiding en leeswijzer"),
        P(f"""Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast
        ({c['artikel']}). Het plan beschrijft de afspraken die de schoolbesturen met elkaar maken over de
        ondersteuning van {c['kinderen']} en vormt het kader voor het jaarplan en de jaarbegroting van
        {c['kort']}. Het plan geldt van 1 augustus {c['start']} tot en met 31 juli {c['start'] + 4}."""),
        P("""Na deze inleiding schetsen we de context van ons verband en onze visie. In de hoofdstukken daarna komen
        achtereenvolgens de basisondersteuning, het ondersteuningsaanbod en de arrangementen, de toelaatbaarheid
        tot het speciaal onderwijs, de terugplaatsing, de financiën, de resultaten en de informatie aan ouders aan
        bod. We sluiten af met de organisatie, de medezeggenschap, de samenwerking met gemeenten en de planning.
        Achterin vindt u een begrippenlijst en een lijst met afkortingen."""),
        P("""Dit plan is bewust op hoofdlijnen geschreven. Het beschrijft wat we met elkaar afspreken; hoe scholen
        dat vormgeven, leggen zij vast in hun eigen beleidsstukken. Waar dit plan verwijst naar bijlagen of
        documenten op de website, zijn die afzonderlijk vastgesteld en gepubliceerd."""),
    ]


def terugblik(c):
    return [
        H1("Terugblik op de vorige planperiode"),
        P(f"""In de vorige planperiode heeft {c['kort']} een aantal belangrijke organisatorische stappen gezet. Het
        bureau verhuisde in 2021 naar een nieuwe locatie in {c['stad']}, waar het nu een gebouw deelt met de
        leerplichtafdeling en het centrum voor jeugd en gezin. De twee afzonderlijke loketten die het verband tot
        dan toe kende, zijn samengevoegd tot één aanspreekpunt voor scholen. In 2022 is een nieuwe
        directeur-bestuurder aangetreden en is het toezichtmodel gewijzigd."""),
        P("""De coronaperiode heeft veel van de scholen en van het bureau gevraagd. Overleggen verliepen lange tijd
        online, netwerkbijeenkomsten werden uitgesteld en verschillende projecten liepen vertraging op. Een
        aantal van die projecten, zoals de vernieuwing van de website en de digitalisering van het
        aanvraagproces, is inmiddels afgerond. Andere projecten nemen we mee naar deze planperiode."""),
        P("""Uit de gesprekken met schoolleiders, bestuurders en de ondersteuningsplanraad kwamen drie lessen naar
        voren. Ten eerste: houd het eenvoudig en voorspelbaar, zodat scholen weten waar zij aan toe zijn. Ten
        tweede: investeer in de relatie met de gemeenten, want de vragen van kinderen stoppen niet bij de
        schooldeur. Ten derde: wees helder over wat het verband wel en niet doet. Deze lessen zijn in dit plan
        verwerkt."""),
    ]


def context(c):
    return [
        H1("Ons samenwerkingsverband in cijfers"),
        P(f"""{c['swv']} ({c['code']}) omvat het grondgebied van de gemeenten {c['gemeenten']}. Het verband is een
        stichting waarin {c['n_besturen']} schoolbesturen samenwerken. Het gebied kent een mix van stedelijke
        kernen en landelijke dorpen; de afstanden tussen scholen lopen in het buitengebied op tot twintig
        kilometer. In een aantal dorpen daalt het aantal {c['kinderen']}, terwijl in {c['stad']} nieuwbouwwijken
        zorgen voor groei."""),
        T([["Kenmerk", "Aantal (peildatum 1 oktober 2023)"],
           ["Aangesloten schoolbesturen", str(c["n_besturen"])],
           [c["scholen_label"], str(c["n_scholen"])],
           ["Leerlingen", c["n_ll"]],
           ["Gemeenten", str(len(c["gemeenten"].split(",")) + 1)],
           ["Medewerkers bureau (fte)", c["fte"]]]),
        P("""Het aantal nieuwkomers in de regio is de afgelopen jaren toegenomen. Ook zien we dat vragen van
        leerlingen complexer worden, onder meer door de toenemende druk op gezinnen. Deze ontwikkelingen vragen om
        wendbaarheid van scholen en van het verband. De cijfers in dit hoofdstuk beschrijven de omvang van het
        verband en zijn bedoeld als achtergrond."""),
    ]


def visie(c, partner=True):
    out = [
        H1("Missie, visie en kernwaarden"),
        P(f"""Onze missie is eenvoudig geformuleerd: ieder kind verdient onderwijs dat past. {c['kort']} wil dat
        {c['kinderen']} in de regio zo dicht mogelijk bij huis onderwijs volgen, samen met leeftijdgenoten,
        en de ondersteuning krijgen die zij nodig hebben om zich te ontwikkelen. We geloven dat dat het beste lukt
        wanneer scholen, besturen en partners elkaar vertrouwen en ruimte geven."""),
        P("""Onze visie rust op vier kernwaarden. Samen: we delen kennis, expertise en verantwoordelijkheid en lossen
        vraagstukken op het niveau op waar ze het best kunnen worden opgelost. Dichtbij: ondersteuning wordt
        zoveel mogelijk in de klas en in de school geboden, door mensen die het kind kennen. Eigenaarschap: de
        school is de eerste verantwoordelijke voor de ondersteuning van de leerling; het verband faciliteert.
        Resultaatgericht: we doen de dingen die werken en durven te stoppen met wat niet werkt."""),
        P("""Deze kernwaarden vertalen zich in een aantal ambities die als een rode draad door dit plan lopen. We
        streven naar minder bureaucratie en meer tijd voor het kind. We willen dat leraren zich gesteund voelen
        en dat het verband zichtbaar en bereikbaar is. We zetten in op preventie en op vroegtijdig signaleren.
        En we willen dat elke euro zo dicht mogelijk bij de leerling wordt ingezet."""),
    ]
    if partner:
        out.append(P("""Ouders zijn voor ons belangrijke gesprekspartners. Zij kennen hun kind het best en hun
        inbreng is onmisbaar om tot goede afspraken te komen."""))
    else:
        out.append(P("""Die ambities zijn niet nieuw, maar vragen in een tijd van krapte op de arbeidsmarkt
        en toenemende complexiteit telkens opnieuw om aandacht en om heldere keuzes van alle betrokkenen."""))
    return out


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"""{c['kort']} is een stichting. De statuten zijn laatstelijk gewijzigd in 2022. Het verband kent een
        scheiding tussen bestuur en intern toezicht: de directeur-bestuurder vormt het bestuur en legt
        verantwoording af aan de raad van toezicht, die bestaat uit drie onafhankelijke leden met expertise op het
        gebied van onderwijs, financiën en jeugdhulp. De algemene vergadering van aangesloten schoolbesturen
        benoemt de leden van de raad van toezicht en stelt onder meer het ondersteuningsplan vast."""),
        P("""De directeur-bestuurder wordt ondersteund door een klein bureau met een managementassistent, een
        beleidsmedewerker, een controller (gedetacheerd) en een team van consulenten en orthopedagogen. Het bureau
        voert de wettelijke taken uit, ondersteunt scholen, bereidt besluiten voor en onderhoudt de contacten met
        gemeenten en partners. Het verband hanteert de Code Goed Bestuur van de sectorraad en evalueert het eigen
        functioneren jaarlijks."""),
        P("""Naast de formele overlegorganen kent het verband een directeurenoverleg per deelregio en een
        netwerk van intern begeleiders en ondersteuningscoördinatoren. Deze netwerken zijn geen besluitvormende
        organen, maar spelen een belangrijke rol in de uitwisseling van ervaringen en het voorbereiden van
        beleid. De deelnemers brengen signalen uit de praktijk in en nemen afspraken mee terug naar hun
        scholen."""),
    ]


def opr(c):
    return [
        H1("Medezeggenschap"),
        P(f"""{c['kort']} heeft een ondersteuningsplanraad (OPR) van twaalf leden, afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het
        ondersteuningsplan en op wijzigingen daarvan. De OPR heeft op {c['opr_datum']} ingestemd met dit plan. Het
        reglement van de OPR is in 2023 geactualiseerd."""),
        P("""De OPR vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder en één keer met de raad
        van toezicht. Nieuwe leden volgen een introductietraining. De OPR kan zich laten adviseren door externe
        deskundigen; de kosten daarvan komen voor rekening van het verband. Daarnaast heeft het verband een eigen
        medezeggenschapsraad voor het personeel van het bureau."""),
    ]


def oogo(c, full=True):
    if not full:
        return [
            H1("Totstandkoming"),
            P(f"""Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht
            overleg (OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Daarnaast is
            overleg gevoerd met het samenwerkingsverband {c['ander']}. Het plan is na instemming van de OPR
            vastgesteld door de algemene vergadering en voor 1 mei toegezonden aan de inspectie."""),
        ]
    return [
        H1("Samenwerking met gemeenten"),
        P(f"""Het concept van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht overleg
        (OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO is afgerond met een
        gezamenlijke verklaring. Ook is overleg gevoerd met het samenwerkingsverband {c['ander']}, waarvan het
        gebied overlapt met het onze."""),
        P("""Onderwerpen op de OOGO-agenda waren onder meer leerlingenvervoer, onderwijshuisvesting en de
        aansluiting tussen onderwijs en jeugdhulp. Met de gemeenten is afgesproken dat iedere school een vaste
        jeugdprofessional van het lokale team heeft, die ten minste eens per maand op school aanwezig is en
        aansluit bij het ondersteuningsteam. Onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als
        zorg nodig hebben, worden gezamenlijk gefinancierd volgens een verdeelsleutel die per arrangement wordt
        vastgelegd. Beleidsmedewerkers van verband en gemeenten overleggen vier keer per jaar."""),
    ]


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Het lerarentekort raakt
        ook onze regio: vacatures zijn moeilijk te vervullen en in sommige scholen staan onbevoegden voor de klas.
        {c['kort']} kan het tekort niet oplossen, maar wil wel bijdragen aan een aantrekkelijk werkklimaat en aan
        de deskundigheid van leraren en ondersteuners."""),
        P("""Het verband organiseert jaarlijks een scholingsaanbod voor leraren, intern begeleiders en
        ondersteuningscoördinatoren, onder meer over gedrag, executieve functies, taalontwikkeling en het werken
        met ontwikkelingsperspectieven. Daarnaast zijn er lerende netwerken waarin scholen casuïstiek bespreken en
        elkaar bevragen. De deelname aan deze netwerken is vrijwillig, maar groeit elk jaar."""),
        P("""Het bureau zelf is een kleine organisatie met medewerkers die veel verschillende taken combineren. We
        investeren in de professionele ontwikkeling van het eigen team en letten op de werkdruk. Het
        functiehuis is in 2023 herzien; alle medewerkers voeren jaarlijks een gesprekkencyclus. Het verband is geen
        werkgever van leraren; de formatie op de scholen is de verantwoordelijkheid van de schoolbesturen."""),
    ]


def ict(c):
    return [
        H1("ICT, privacy en gegevensbescherming"),
        P("""Het verband werkt met een beveiligde digitale omgeving waarin scholen aanvragen indienen en
        documenten delen. Toegang is beperkt tot de medewerkers die de gegevens nodig hebben voor de uitvoering van
        hun taak. Met alle scholen is een verwerkersovereenkomst gesloten. Het verband heeft een functionaris
        gegevensbescherming en houdt een verwerkingsregister bij."""),
        P("""Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat noodzakelijk is voor de
        wettelijke taken van het verband. Dossiers worden tot drie jaar na het laatste besluit bewaard en daarna
        vernietigd. Datalekken worden gemeld volgens de interne procedure. In 2025 migreert het verband naar een
        nieuw registratiesysteem; de privacy-impact daarvan is vooraf beoordeeld."""),
    ]


def planning(c, items):
    rows = [["Wanneer", "Wat", "Wie"]] + items
    return [
        H1("Planning en totstandkoming van dit plan"),
        P(f"""Dit plan is in concept besproken met de directeuren, de besturen en de gemeenten. Na instemming van de
        OPR op {c['opr_datum']} is het plan vastgesteld door de algemene vergadering en vóór 1 mei {c['start']}
        toegezonden aan de inspectie. Het plan wordt jaarlijks uitgewerkt in een jaarplan met bijbehorende
        jaarbegroting. Onderstaande planning geeft de belangrijkste mijlpalen voor de komende periode weer."""),
        T(rows),
    ]


def glossary(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of een groep leerlingen."],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat "
             "alle scholen bieden, inclusief preventieve en licht curatieve interventies."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende "
             "plek beschikbaar is."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen "
             "over passend onderwijs."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier "
             "onderwijs na afloop van de toelaatbaarheidsverklaring."],
            ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
             "tot het speciaal (basis)onderwijs."],
            ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een "
             "passende plek te bieden."]]
    rows += list(extra)
    return [H1("Begrippenlijst"), T(rows)]


def afkortingen(vo):
    items = ["OJSP – ouder- en jeugdsteunpunt", "OOGO – op overeenstemming gericht overleg",
             "OPP – ontwikkelingsperspectiefplan", "OPR – ondersteuningsplanraad",
             "SOP – schoolondersteuningsprofiel", "SWV – samenwerkingsverband",
             "TLV – toelaatbaarheidsverklaring", "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"]
    if vo:
        items += ["LWOO – leerwegondersteunend onderwijs", "PrO – praktijkonderwijs",
                  "OPDC – orthopedagogisch-didactisch centrum", "VSO – voortgezet speciaal onderwijs"]
    else:
        items += ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs", "IB – intern begeleider"]
    return [H1("Afkortingen"), B(sorted(items))]


PO_CTX = dict(kinderen="kinderen", ib_mv="intern begeleiders", scholen_label="Basisscholen (incl. sbo/so-locaties)")
VO_CTX = dict(kinderen="jongeren", ib_mv="ondersteuningscoördinatoren", scholen_label="Vestigingen vo en vso")


# --------------------------------------------------------------------------------------------
# Plan 1: PO Zuidwaarde (.docx)
# --------------------------------------------------------------------------------------------
def plan_zuidwaarde():
    c = dict(PO_CTX, swv="Samenwerkingsverband Passend Primair Onderwijs Zuidwaarde", kort="SWV Zuidwaarde",
             code="PO 29-90", regio="de regio Zuidwaarde", stad="Zuidwaarde", periode="2024-2028", start=2024,
             gemeenten="Zuidwaarde, Ommerdijk, Veltmaas en Hagenrode", n_besturen=9, n_scholen=41,
             n_ll="9.870", fte="11,4", bestuurder="drs. M.J. (Marieke) van Oosterom",
             artikel="artikel 18a, achtste lid, van de Wet op het primair onderwijs", opr_datum="19 maart 2024",
             oogo_datum="6 februari 2024", ander="VO Zuidwaarde-Veltmaas")
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik op de vorige planperiode",
           "3 Ons samenwerkingsverband in cijfers", "4 Missie, visie en kernwaarden",
           "5 Wat elke school biedt", "6 Van licht naar intensief: het ondersteuningsaanbod",
           "6.1 Arrangementen en bovenschoolse voorzieningen", "6.2 Thuiszitters en wachtlijsten",
           "7 Toelaatbaarheid sbo en so", "7.1 Procedure", "7.2 Criteria", "7.3 Terug naar het regulier onderwijs",
           "8 Geld en middelen", "9 Ambities voor 2028", "10 Communicatie", "11 Organisatie en governance",
           "12 Medezeggenschap", "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
           "15 ICT, privacy en gegevensbescherming", "16 Planning", "Begrippenlijst", "Afkortingen"]
    blocks = [TITLE(["Ondersteuningsplan 2024-2028", c["swv"], "Samen sterk voor ieder kind",
                     "Vastgesteld door de algemene vergadering op 26 maart 2024"]), TOC(toc)]
    blocks += voorwoord(c) + leeswijzer(c) + terugblik(c) + context(c) + visie(c)
    blocks += [
        H1("Wat elke school biedt"),
        P("""Alle 41 scholen in ons verband, en iedere vestiging van die scholen, bieden ten minste de
        ondersteuning die in dit hoofdstuk staat. Dit is de gezamenlijke ondergrens die de negen besturen met
        elkaar hebben afgesproken: wat hieronder staat, mag elke ouder op elke school in Zuidwaarde, Ommerdijk,
        Veltmaas en Hagenrode verwachten, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is.
        Scholen kunnen meer bieden en beschrijven dat in hun schoolondersteuningsprofiel; minder mag niet."""),
        T([["Onderdeel", "Wat de school in ieder geval doet"],
           ["Lezen en spellen", "Werkt met het Protocol Leesproblemen en Dyslexie, signaleert vanaf groep 2 en "
            "biedt een leerling met ernstige leesproblemen minimaal drie keer per week extra instructie."],
           ["Rekenen", "Werkt met het Protocol ERWD en biedt verlengde instructie in kleine groepen."],
           ["Gedrag en welbevinden", "Volgt de sociaal-emotionele ontwikkeling twee keer per jaar met een "
            "genormeerd instrument en heeft een schoolbreed gedragsprogramma (bijvoorbeeld PBS of De Vreedzame "
            "School)."],
           ["Meer- en hoogbegaafdheid", "Signaleert met een vast instrument en biedt verrijking en compacting in "
            "de eigen groep."],
           ["Ondersteuningsstructuur", "Heeft een intern begeleider met minimaal 0,4 fte per 200 leerlingen en "
            "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met de consulent van het SWV."],
           ["Medisch handelen", "Heeft een protocol medisch handelen en een aangepaste werkplek voor leerlingen "
            "met een lichte fysieke beperking."],
           ["Handelingsgericht werken", "Werkt planmatig met groepsplannen of een vergelijkbare werkwijze en "
            "stelt voor leerlingen met een eigen leerlijn een OPP op."]]),
        P("""Twee keer per planperiode bezoekt een consulent van het verband iedere school om samen met de
        directeur en de intern begeleider de kwaliteitskaart basisondersteuning in te vullen. Voldoet een
        school op een onderdeel niet, dan stelt de school binnen drie maanden een verbeterplan op; het
        bestuur van de school bespreekt de voortgang met de directeur-bestuurder van het verband."""),
        H1("Van licht naar intensief: het ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod in ons verband is opgebouwd in vijf niveaus die op elkaar aansluiten.
        Niveau 1 en 2 vallen binnen de basisondersteuning van iedere school. Op niveau 3 zet de school een
        arrangement in dat het verband financiert, bijvoorbeeld een individueel arrangement gedrag of een
        groepsarrangement taal. Niveau 4 omvat de bovenschoolse voorzieningen: de observatiegroep De Kade, de
        plusklassen in Zuidwaarde en Veltmaas, de taalklas voor nieuwkomers en het onderwijs-zorgarrangement De
        Brug. Niveau 5 is het speciaal basisonderwijs (sbo De Wissel en sbo Het Anker) en het speciaal onderwijs
        (so De Horizon, cluster 4, en so De Springplank, cluster 3)."""),
        H2("Arrangementen en bovenschoolse voorzieningen"),
        P("""Een school vraagt een arrangement aan via het digitale loket. De consulent bespreekt de vraag in het
        ondersteuningsteam van de school en adviseert binnen vier weken. Bovenschoolse voorzieningen zijn tijdelijk:
        een plaatsing in de observatiegroep duurt maximaal twaalf weken, waarna de leerling terugkeert naar de
        eigen school of een vervolgplek krijgt."""),
        H2("Thuiszitters en wachtlijsten"),
        P("""Iedere leerling die langer dan vier weken niet naar school gaat, wordt door de school gemeld bij het
        thuiszittersoverleg. Dit overleg komt iedere maand bijeen met de leerplichtambtenaren van de vier
        gemeenten, de consulenten en de jeugdprofessionals. Voor iedere thuiszitter wordt binnen twee weken een
        casusregisseur aangewezen. Komen partijen er niet uit, dan neemt de directeur-bestuurder een bindend
        besluit over de plek waar de leerling onderwijs krijgt (doorzettingsmacht)."""),
        P("""Het verband houdt tweemaal per jaar een inventarisatie onder de scholen naar leerlingen voor wie geen
        passende plek beschikbaar is. Waar een tekort blijkt, zoals in 2023 bij het so cluster 3, spreken de
        besturen een uitbreiding af; sinds augustus 2024 biedt so De Springplank twaalf extra plaatsen op een
        nevenlocatie in Ommerdijk."""),
        H1("Toelaatbaarheid sbo en so"),
        H2("Procedure"),
        P("""Het bestuur van de school waar de leerling staat ingeschreven, vraagt de toelaatbaarheidsverklaring aan
        via het digitale loket. De aanvraag bevat het groeidocument of OPP, het verslag van het
        ondersteuningsteam, de zienswijze van de ouders en, voor so, het verslag van het eerdere onderzoek. De
        Commissie Toelaatbaarheid van het verband vraagt advies aan twee deskundigen: een orthopedagoog of
        psycholoog en, afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld een kinderarts,
        maatschappelijk werker of pedagoog). Beide deskundigen geven een eigen schriftelijk advies en zijn niet
        betrokken geweest bij de aanvraag. De commissie besluit binnen zes weken na ontvangst van een volledige
        aanvraag. Ouders ontvangen een afschrift van het besluit en van beide adviezen."""),
        P("""Een TLV voor het sbo geldt tot het einde van het schooljaar waarin de leerling twaalf jaar wordt; een
        TLV voor het so geldt voor twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog.
        Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het verband is
        aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)."""),
        H2("Criteria"),
        T([["Toelaatbaar tot", "Criteria (alle drie van toepassing)"],
           ["Sbo", "1. De school heeft aantoonbaar de basisondersteuning en ten minste één arrangement (niveau 3) "
            "ingezet; 2. de ontwikkeling stagneert op twee of meer domeinen ondanks die ondersteuning; 3. de "
            "leerling heeft een groepsgrootte en specialistische kennis nodig die de school niet kan bieden."],
           ["So cluster 3", "1. Ernstige verstandelijke, lichamelijke of meervoudige beperking; 2. "
            "ondersteuningsbehoefte ook op het gebied van verzorging of medisch handelen; 3. ontwikkeling vraagt "
            "een aangepast curriculum."],
           ["So cluster 4", "1. Ernstige gedrags- of psychiatrische problematiek; 2. het gedrag belemmert het "
            "leren van de leerling en van anderen in het sbo of regulier onderwijs; 3. een intensief "
            "gedragsprogramma in kleine groepen is nodig."]]),
        H2("Terug naar het regulier onderwijs"),
        P("""Deze paragraaf wordt aangevuld zodra de evaluatie van de pilot ‘Terug naar de basis’ in het voorjaar
        van 2026 beschikbaar is. De pilot loopt op twee scholen."""),
        H1("Geld en middelen"),
        P("""Het verband ontvangt jaarlijks circa 10,9 miljoen euro aan ondersteuningsmiddelen. Daarvan gaat eerst
        de wettelijke afdracht voor so-leerlingen (via DUO) en de groeibekostiging sbo af. Het restant wordt
        verdeeld volgens het verdeelmodel dat de algemene vergadering elk jaar in december vaststelt: ieder bestuur
        ontvangt een schoolbudget van € 172 per leerling (peildatum 1 oktober) plus een vaste voet van € 6.500 per
        vestiging. Arrangementen op niveau 3 en de bovenschoolse voorzieningen worden centraal bekostigd op basis
        van toegekende aanvragen."""),
        T([["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
           ["Baten ondersteuningsmiddelen", "10.920", "10.810", "10.700", "10.640"],
           ["Afdracht so (DUO)", "4.310", "4.280", "4.260", "4.240"],
           ["Bekostiging sbo boven 2% (groei)", "1.150", "1.120", "1.090", "1.080"],
           ["Schoolbudgetten besturen", "1.964", "1.940", "1.915", "1.900"],
           ["Arrangementen niveau 3", "1.380", "1.380", "1.360", "1.350"],
           ["Bovenschoolse voorzieningen", "1.240", "1.240", "1.230", "1.220"],
           ["Bureau, consulenten en orthopedagogen", "930", "920", "910", "900"],
           ["Resultaat", "-54", "-70", "-65", "-50"]]),
        P("""De algemene reserve bedroeg op 31 december 2023 € 1,4 miljoen en ligt daarmee onder de
        signaleringswaarde. De besturen verantwoorden de besteding van de schoolbudgetten jaarlijks in hun
        jaarverslag volgens een gezamenlijk format."""),
        H1("Ambities voor 2028"),
        P("""Voor deze planperiode hebben de besturen vier ambities geformuleerd voor leerlingen die extra
        ondersteuning nodig hebben."""),
        T([["Ambitie", "Streefwaarde 2028"],
           ["Minder thuiszitters", "Geen leerling langer dan drie maanden thuis zonder onderwijsaanbod"],
           ["Sneller de juiste ondersteuning", "Doorlooptijd aanvraag arrangement gemiddeld maximaal 4 weken"],
           ["Thuisnabij onderwijs", "Deelnamepercentage sbo en so samen onder 3,5%"],
           ["Tevreden ouders", "Ten minste 80% van de ouders van leerlingen met een arrangement is tevreden"]]),
        P("""Hoe we de voortgang op deze ambities gaan volgen en met wie we de uitkomsten bespreken, werken we in het
        eerste jaar van de planperiode uit in een monitoringsplan."""),
        H1("Communicatie"),
        P("""Het verband wil voor scholen, ouders en partners herkenbaar en bereikbaar zijn. De website bevat een
        aparte ouderpagina met uitleg over de basisondersteuning, de arrangementen en de route naar het sbo en so.
        Iedere school geeft bij de intake de brochure ‘Passend onderwijs in Zuidwaarde’ mee en verwijst in de
        schoolgids naar het schoolondersteuningsprofiel. Twee keer per jaar organiseert het verband een
        informatieavond voor ouders, in 2024 in Zuidwaarde en Hagenrode."""),
        P("""Ouders die een vraag hebben of het ergens niet mee eens zijn, kunnen terecht bij het Ouder- en
        Jeugdsteunpunt Zuidwaarde. Het steunpunt is onafhankelijk van scholen en verband, is gratis en is op
        werkdagen telefonisch en via de chat bereikbaar. Ook kunnen ouders gebruikmaken van de landelijke
        Onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de
        Geschillencommissie passend onderwijs."""),
        P("""In de OPR zijn ouders en personeelsleden elk voor de helft vertegenwoordigd."""),
    ]
    blocks += governance(c) + opr(c) + oogo(c) + personeel(c) + ict(c)
    blocks += planning(c, [["Najaar 2024", "Evaluatie kwaliteitskaart basisondersteuning", "Bureau"],
                           ["December 2024", "Vaststelling verdeelmodel 2025", "Algemene vergadering"],
                           ["2025", "Migratie registratiesysteem", "Bureau"],
                           ["Voorjaar 2026", "Evaluatie pilot Terug naar de basis", "Bureau en sbo-scholen"],
                           ["Voorjaar 2027", "Start voorbereiding nieuw plan", "Directeur-bestuurder"]])
    blocks += glossary() + afkortingen(False)
    header = "Ondersteuningsplan SWV Zuidwaarde 2024-2028 | basisondersteuning · toelaatbaarheid · terugplaatsing"
    crit = crit_from("11" + "11" + "00" + "11" + "11" + "10" + "11")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5 'Wat elke school biedt': common minimum for every vestiging plus table of concrete standards; kwaliteitskaart visits = borging.",
        "plaatsing": "H7.1/7.2: loket, Commissie Toelaatbaarheid, two deskundigen, 6 weeks, duration/category, LBT; criteria table for sbo/so cluster 3/4.",
        "terugstroom": "Only TOC entry 7.3, the glossary and a deferral in 7.3 ('wordt aangevuld ... voorjaar 2026'); nothing in body text.",
        "financien": "H8 'Geld en middelen': verdeelmodel (EUR 172 per leerling + vaste voet) and meerjarenbegroting table; reserve and verantwoording.",
        "dekkend-aanbod": "H6 five-level continuum incl. bovenschoolse voorzieningen; 6.2 thuiszittersoverleg, doorzettingsmacht, gap inventory; OOGO jeugdprofessional.",
        "resultaten": "H9 ambities table with targets (doelen, measurable) but monitoring deferred to a monitoringsplan to be written.",
        "ouders": "Hidden in H10 'Communicatie': ouderpagina, brochure, schoolgids, infoavonden; Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, GPO.",
    }
    return "po-zuidwaarde", c, blocks, header, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 2: VO Kustlanden (.docx)
# --------------------------------------------------------------------------------------------
def plan_kustlanden():
    c = dict(VO_CTX, swv="Samenwerkingsverband Voortgezet Onderwijs Kustlanden", kort="SWV VO Kustlanden",
             code="VO 29-91", regio="de Kustlanden", stad="Duinhaven", periode="2024-2028", start=2024,
             gemeenten="Duinhaven, Westerzand en Zeeveld", n_besturen=6, n_scholen=17, n_ll="11.240", fte="8,2",
             bestuurder="J.P. (Joost) Meerman MEd",
             artikel="artikel 17a, achtste lid, WVO, thans artikel 2.50 WVO 2020",
             opr_datum="14 maart 2024", oogo_datum="30 januari 2024", ander="PO Kustlanden")
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik op de vorige planperiode",
           "3 Ons samenwerkingsverband in cijfers", "4 Missie, visie en kernwaarden", "5 Basisondersteuning",
           "6 Het ondersteuningsaanbod", "7 Toewijzing: vso, lwoo en pro", "7.1 Toelaatbaarheid vso",
           "7.2 Lwoo en praktijkonderwijs", "7.3 Afloop van de TLV", "8 Financiën",
           "9 Kwaliteit en resultaten", "10 Ouders en leerlingen", "11 Organisatie en governance",
           "12 Medezeggenschap", "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
           "15 ICT, privacy en gegevensbescherming", "16 Planning", "Begrippenlijst", "Afkortingen"]
    blocks = [TITLE(["Ondersteuningsplan 2024-2028", c["swv"], "Elke jongere een passende plek",
                     "Versie voor instemming OPR, maart 2024"]), TOC(toc)]
    blocks += voorwoord(c) + leeswijzer(c) + terugblik(c) + context(c) + visie(c)
    blocks += [
        H1("Basisondersteuning"),
        P("""Basisondersteuning is in Kustlanden het niveau van ondersteuning dat de zes besturen met elkaar hebben
        afgesproken en dat iedere vestiging van iedere aangesloten school voor voortgezet onderwijs biedt, ongeacht
        leerweg of schoolgrootte. Het is de ondergrens: geen enkele vestiging biedt minder. Basisondersteuning
        wordt geboden onder eindverantwoordelijkheid van de school en zonder tussenkomst van het
        samenwerkingsverband."""),
        P("""De concrete invulling van de basisondersteuning is uitgewerkt in het Kader Basisondersteuning VO
        Kustlanden (bijlage 3). Iedere school beschrijft daarnaast in het schoolondersteuningsprofiel welke
        ondersteuning zij boven op de basis biedt. Een geactualiseerde versie van het kader wordt in het
        schooljaar 2024-2025 met de ondersteuningscoördinatoren opgesteld."""),
        H1("Het ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod in Kustlanden is opgebouwd als een doorlopende reeks. Binnen de school is er
        de basisondersteuning en daarbovenop extra ondersteuning die de school zelf organiseert uit haar
        budget lichte ondersteuning, zoals een trajectvoorziening, een steunpunt autisme of
        faalangstreductietraining. Wanneer een jongere meer nodig heeft dan de school kan bieden, kan een
        tijdelijke plaatsing in het OPDC De Brug volgen (maximaal één schooljaar, met behoud van inschrijving op de
        eigen school) of een kortdurende plaatsing in de reboundvoorziening (twaalf weken). Voor jongeren met een
        intensieve ondersteuningsbehoefte zijn er twee vso-scholen in de regio: De Duinroos (cluster 3) en
        Het Baken-vso (cluster 4). Nieuwkomers beginnen in de internationale schakelklas (ISK) in Duinhaven."""),
        T([["Niveau", "Voorziening", "Voor wie", "Toegang"],
           ["1", "Basisondersteuning op elke vestiging", "Alle leerlingen", "Direct, via mentor"],
           ["2", "Extra ondersteuning op school (trajectvoorziening, steunpunt)",
            "Leerlingen met een specifieke vraag", "Ondersteuningsteam van de school"],
           ["3", "OPDC De Brug en rebound", "Tijdelijk vastgelopen leerlingen", "Commissie Toewijzing"],
           ["4", "Vso De Duinroos en Het Baken-vso", "Intensieve ondersteuningsbehoefte", "TLV"],
           ["–", "ISK Duinhaven", "Nieuwkomers 12-18 jaar", "Aanmelding bij ISK"]]),
        P("""Het thuiszittersbeleid en een analyse van de witte vlekken in ons aanbod stellen we in de loop van 2025
        samen met de gemeenten op. Thuiszitters hebben onze volle aandacht."""),
        H1("Toewijzing: vso, lwoo en pro"),
        H2("Toelaatbaarheid vso"),
        P("""Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag voor
        een toelaatbaarheidsverklaring in via het portaal Kompas van het verband. De aanvraag bevat het OPP, het
        verslag van het multidisciplinair overleg en het handelingsdeel met de inzet tot nu toe. De Commissie
        Toewijzing stelt vast of de aanvraag volledig is en legt haar binnen twee weken voor aan twee
        deskundigen: een orthopedagoog of GZ-psycholoog van het verband en een tweede deskundige die past bij de
        vraag van de leerling. Na ontvangst van beide schriftelijke adviezen besluit de Commissie Toewijzing binnen
        zes weken na de volledige aanvraag. Een TLV wordt in de regel afgegeven voor twee schooljaren."""),
        P("""De toetsingscriteria voor het vso zijn onderwerp van de herijking ‘TLV 2.0’. De uitkomst daarvan wordt na
        instemming van de OPR als addendum bij dit plan gepubliceerd."""),
        H2("Lwoo en praktijkonderwijs"),
        P("""Voor leerwegondersteunend onderwijs en praktijkonderwijs meldt de basisschool de leerling uiterlijk
        1 februari van groep 8 aan bij het verband, met het onderwijskundig rapport en de gegevens uit het
        leerlingvolgsysteem. Waar nodig neemt het verband een aanvullend capaciteitenonderzoek af. De Commissie
        Toewijzing besluit vóór 1 april, zodat de leerling tijdig kan worden ingeschreven. Een aanwijzing lwoo
        geldt voor de duur van de opleiding; een toelaatbaarheidsverklaring pro eveneens."""),
        H2("Afloop van de TLV"),
        P("""Het verband wil dat jongeren niet langer in het vso blijven dan nodig is. Uitgangspunt is dat een
        leerling terugkeert naar een reguliere school voor voortgezet onderwijs zodra het OPP laat zien dat de
        leerling daar met ondersteuning kan functioneren, bij voorkeur dicht bij huis. Voorwaarden zijn een
        ontvangende school die de benodigde ondersteuning kan bieden en een warme overdracht."""),
        P("""In oktober van het laatste jaar van de TLV bespreekt de vso-school in het evaluatiegesprek van het OPP
        met ouders en leerling of terugkeer mogelijk is. De vso-school neemt het initiatief en betrekt de
        trajectbegeleider van het verband. Is terugkeer haalbaar, dan zoekt de trajectbegeleider vóór 1 maart met
        ouders een ontvangende school; het bestuur van die school besluit over de inschrijving. Is terugkeer niet
        haalbaar, dan dient de vso-school vóór 1 maart een aanvraag in voor een nieuwe TLV. De TLV eindigt op
        31 juli. Na terugkeer krijgt de leerling een terugkeerarrangement van zes maanden ambulante begeleiding door
        een leraar van de vso-school, bekostigd door het verband (€ 4.500 per leerling)."""),
        H1("Financiën"),
        P("""De middelen van het verband worden volgens vaste afspraken verdeeld. De algemene vergadering stelt de
        verdeling jaarlijks in november vast op voorstel van de directeur-bestuurder, na advies van de
        auditcommissie. De verdeelsleutels staan in onderstaande tabel."""),
        T([["Budget", "Verdeelsleutel", "Peildatum", "Besluit"],
           ["Lichte ondersteuning", "Naar rato van het aantal leerlingen per school", "1 oktober t-1",
            "Algemene vergadering"],
           ["Budget extra ondersteuning", "€ 95 per leerling plus vaste voet € 12.000 per vestiging",
            "1 oktober t-1", "Algemene vergadering"],
           ["OPDC en rebound", "Centraal, op basis van toegewezen plaatsingen", "–", "Commissie Toewijzing"],
           ["Arrangementen", "Per aanvraag, volgens tarief per arrangement", "–", "Commissie Toewijzing"]]),
        T([["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
           ["Baten zware ondersteuning", "8.460", "8.390", "8.330", "8.300"],
           ["Baten lichte ondersteuning (lwoo/pro)", "6.120", "6.080", "6.050", "6.010"],
           ["Afdracht vso (DUO)", "4.980", "4.960", "4.940", "4.930"],
           ["Lichte ondersteuning naar scholen", "6.120", "6.080", "6.050", "6.010"],
           ["Budget extra ondersteuning scholen", "1.270", "1.260", "1.250", "1.245"],
           ["OPDC De Brug en rebound", "1.310", "1.310", "1.300", "1.300"],
           ["Arrangementen en terugkeerarrangementen", "340", "340", "330", "330"],
           ["Bureau en Commissie Toewijzing", "620", "615", "610", "605"],
           ["Resultaat", "-60", "-95", "-100", "-110"]]),
        P("""Scholen leggen jaarlijks vóór 1 maart verantwoording af over de besteding van het budget extra
        ondersteuning, met een vast format dat per school de ingezette formatie en voorzieningen toont."""),
        H1("Kwaliteit en resultaten"),
        P("""Resultaatgericht werken is een van onze kernwaarden. Een nieuw kwaliteitskader, met daarin de beoogde
        resultaten voor deze planperiode en de wijze waarop we die volgen, is in voorbereiding en wordt na
        vaststelling door het bestuur aan dit plan toegevoegd. Tot die tijd bespreekt de directeur-bestuurder
        de voortgang van de projecten uit het jaarplan met de besturen."""),
        H1("Ouders en leerlingen"),
        P("""Het verband informeert ouders op verschillende manieren over de ondersteuning in het voortgezet
        onderwijs. Op de website staat een ouderpagina met uitleg over de basisondersteuning, het OPDC, de
        rebound, het vso en de route naar lwoo en pro. In november verzorgt het verband op iedere basisschool een
        voorlichtingsavond voor ouders van groep 7 en 8. Elke school beschrijft in de schoolgids de ondersteuning
        die zij biedt en verwijst naar de folder ‘Extra ondersteuning in het vo’, die in het Nederlands, Engels,
        Arabisch en Pools beschikbaar is."""),
        P("""De inrichting van een ouder- en jeugdsteunpunt bereiden we voor; de start is voorzien zodra de wettelijke
        verplichting in werking treedt. In de OPR zijn ouders en leerlingen samen voor de helft
        vertegenwoordigd."""),
    ]
    blocks += governance(c) + opr(c) + oogo(c) + personeel(c) + ict(c)
    blocks += planning(c, [["Schooljaar 2024-2025", "Actualisatie Kader Basisondersteuning", "Ondersteuningscoördinatoren"],
                           ["2025", "Herijking TLV 2.0 en addendum", "Commissie Toewijzing, OPR"],
                           ["2025", "Thuiszittersbeleid met gemeenten", "Directeur-bestuurder"],
                           ["Najaar 2025", "Nieuw kwaliteitskader", "Bestuur"],
                           ["2026", "Start ouder- en jeugdsteunpunt", "Bureau"]])
    blocks += glossary() + afkortingen(True)
    header = "SWV VO Kustlanden – Ondersteuningsplan 2024-2028"
    crit = crit_from("10" + "10" + "11" + "11" + "10" + "00" + "10")
    adv = {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": [],
           "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": [],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5 defines the common minimum for every vestiging (niveau) but the content is only in the absent 'Kader Basisondersteuning' (bijlage 3).",
        "plaatsing": "H7.1/7.2 give procedures for vso TLV (portaal, Commissie Toewijzing, 2 deskundigen, 6 weeks) and lwoo/pro; vso criteria deferred to 'TLV 2.0' addendum.",
        "terugstroom": "Hidden in 7.3 'Afloop van de TLV' inside the toewijzing chapter: policy/conditions, steps with dates and actors, terugkeerarrangement.",
        "financien": "H8: verdeelsleutels only in a table, meerjarenbegroting table with amounts, verantwoording before 1 maart.",
        "dekkend-aanbod": "H6 levels table (basis, extra, OPDC/rebound, vso, ISK) = continuum; thuiszitters/witte vlekken only deferred to 2025.",
        "resultaten": "H9 only says resultaatgericht is a value and a kwaliteitskader with beoogde resultaten is 'in voorbereiding'; nothing addressed.",
        "ouders": "H10: website, voorlichtingsavond, schoolgids, translated folder; ouder- en jeugdsteunpunt only 'bereiden we voor' (deferral).",
    }
    return "vo-kustlanden", c, blocks, header, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 3: PO Lingeoord (.docx and .pdf)
# --------------------------------------------------------------------------------------------
def plan_lingeoord():
    c = dict(PO_CTX, swv="Stichting Samenwerkingsverband Primair Onderwijs Lingeoord", kort="SWV Lingeoord",
             code="PO 29-92", regio="Lingeoord en omstreken", stad="Lingeoord", periode="2024-2028", start=2024,
             gemeenten="Lingeoord, Aldenwaard en Bommelhoeve", n_besturen=7, n_scholen=36, n_ll="7.615",
             fte="9,0", bestuurder="mr. drs. H. (Hanneke) Verbrugge",
             artikel="artikel 18a WPO", opr_datum="21 maart 2024", oogo_datum="13 februari 2024",
             ander="VO Lingeoord-Bommelhoeve")
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik op de vorige planperiode",
           "3 Ons samenwerkingsverband in cijfers", "4 Missie, visie en kernwaarden",
           "5 De basis op orde: standaarden", "6 Ondersteuning in niveaus", "7 Toelaatbaarheid",
           "8 Samenwerking met sbo De Vlonder en so De Kreek", "9 Passend onderwijs voor ieder kind: thuiszitters",
           "10 Financieel beleid", "11 Kwaliteitszorg", "12 Klachten en geschillen",
           "13 Organisatie en governance", "14 Medezeggenschap", "15 Samenwerking met gemeenten",
           "16 Personeel en professionalisering", "17 ICT, privacy en gegevensbescherming", "18 Planning",
           "Bijlage 1 Begrippenlijst", "Bijlage 2 Handboek Toewijzing (separaat)", "Afkortingen"]
    blocks = [TITLE(["Ondersteuningsplan", c["swv"], "Planperiode 1 augustus 2024 – 31 juli 2028"]), TOC(toc)]
    blocks += voorwoord(c) + leeswijzer(c) + terugblik(c) + context(c) + visie(c)
    blocks += [
        H1("De basis op orde: standaarden"),
        P("""De besturen in Lingeoord hebben tien standaarden afgesproken. Samen vormen zij de ondergrens van de
        ondersteuning: iedere vestiging van iedere aangesloten basisschool voldoet eraan, en wat in de rechterkolom
        staat kan een ouder op elke school verwachten."""),
        T([["Nr", "Standaard", "Wat u op elke school mag verwachten"],
           ["1", "Veilig schoolklimaat", "Een anti-pestprogramma en een aanspreekpunt pesten; jaarlijkse "
            "veiligheidsmonitor onder leerlingen van groep 5 tot en met 8."],
           ["2", "Vroegsignalering", "Screening van taal en motoriek bij instroom in groep 1 en een "
            "warme overdracht met de voorschool."],
           ["3", "Dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief "
            "begeleiding tijdens en na het vergoede traject."],
           ["4", "Dyscalculie", "Werken volgens het Protocol ERWD; compenserende hulpmiddelen waar nodig."],
           ["5", "Gedrag", "Een schoolbrede aanpak voor gedrag en korte interventies zoals Rots en Water of "
            "Kanjertraining voor kleine groepen."],
           ["6", "Meer- en hoogbegaafdheid", "Signalering en verrijking in de klas; compacten van de leerstof."],
           ["7", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere "
            "moedertaal."],
           ["8", "Ondersteuningsstructuur", "Een intern begeleider en een ondersteuningsteam met de "
            "schoolconsulent van het SWV, ten minste vijf keer per jaar."],
           ["9", "Medische handelingen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
           ["10", "Planmatig werken", "Handelingsgericht werken met een jaarlijkse cyclus van signaleren, "
            "analyseren, plannen en evalueren; een OPP voor leerlingen met een eigen leerlijn."]]),
        P("""Iedere twee jaar voert een consulent met de directeur een audit op de standaarden uit. Voldoet een
        school niet aan een standaard, dan maakt het bestuur afspraken over verbetering en volgt binnen een jaar
        een herhaalaudit."""),
        H1("Ondersteuning in niveaus"),
        P("""Het aanbod in Lingeoord loopt van licht naar intensief. Niveau 1 is de ondersteuning in de groep,
        niveau 2 de ondersteuning binnen de school die valt onder de standaarden. Niveau 3 betreft arrangementen
        die de school met het verband afspreekt, zoals een arrangement ‘jonge risicoleerling’ of een
        gedragsarrangement van twintig weken. Niveau 4 bestaat uit de bovenschoolse voorzieningen: de
        Taalschool in Lingeoord, de plusgroep in Aldenwaard en de observatiegroep in sbo De Vlonder. Niveau 5 is
        het speciaal basisonderwijs (De Vlonder) en het speciaal onderwijs (De Kreek, cluster 4; voor cluster 3
        werken we samen met so De Parel buiten de regio)."""),
        H1("Toelaatbaarheid"),
        P("""De procedure en de criteria voor het afgeven van een toelaatbaarheidsverklaring voor het sbo en het so
        zijn beschreven in het Handboek Toewijzing, dat als bijlage 2 bij dit plan hoort. Het handboek wordt
        jaarlijks geactualiseerd en is voor scholen beschikbaar in de digitale omgeving."""),
        H1("Samenwerking met sbo De Vlonder en so De Kreek"),
        P("""De Vlonder en De Kreek zijn volwaardige partners in het verband. De directeuren nemen deel aan het
        directeurenoverleg en de scholen stellen hun expertise beschikbaar aan de reguliere scholen, onder meer via
        consultatie en de observatiegroep."""),
        P("""Ons beleid is dat een plaatsing in het sbo of so in beginsel tijdelijk is. Ieder kind in het sbo en so
        heeft een OPP met een uitstroomperspectief dat ook de mogelijkheid van terugkeer naar een reguliere
        basisschool in de eigen wijk of het eigen dorp beschrijft. Voorwaarde voor terugkeer is dat de
        ontvangende school de ondersteuning kan bieden die in het OPP staat, zo nodig met een arrangement.
        Na terugkeer ontvangt de leerling een terugplaatsingsarrangement: twintig weken ambulante begeleiding door
        een leerkracht van De Vlonder of De Kreek, gefinancierd door het verband."""),
        P("""De sbo- of so-school evalueert het OPP ieder jaar in januari met de ouders. In het laatste jaar van de
        TLV organiseert de school vóór 1 april een overleg met de ouders, de beoogde ontvangende school en de
        consulent van het verband. Daarin wordt besloten of terugplaatsing, verlenging of overplaatsing naar
        een andere school aan de orde is. Het bestuur van de ontvangende school beslist over de inschrijving;
        de consulent regelt het terugplaatsingsarrangement. Loopt de TLV af zonder aanvraag voor een nieuwe TLV,
        dan eindigt de plaatsing op 31 juli. In 2022-2023 keerden negen leerlingen terug naar het regulier
        basisonderwijs."""),
        H1("Passend onderwijs voor ieder kind: thuiszitters"),
        P("""Geen kind hoort thuis te zitten. Scholen melden verzuim van meer dan twee weken aan de leerplicht en
        aan de consulent. Het Thuiszittersoverleg Lingeoord, met leerplicht, jeugdhulp en het verband, bespreekt
        maandelijks iedere leerling zonder passende plek en stelt binnen drie weken een plan op. Bij een
        wachtlijst voor het so cluster 4 biedt de observatiegroep een tussenplek. Iedere zes maanden rapporteert
        het verband aan de besturen welke leerlingen geen passend aanbod hebben en welke voorzieningen daarom
        ontbreken; de besturen besluiten dan over aanvullende voorzieningen."""),
        H1("Financieel beleid"),
        P("""De ondersteuningsmiddelen bedragen in 2024 naar verwachting € 9,45 miljoen. Na aftrek van de
        afdrachten aan het sbo en so worden de middelen als volgt toegekend: ieder bestuur ontvangt een
        schoolbudget van € 165 per leerling op de teldatum 1 oktober en een vaste voet van € 8.000 per vestiging.
        Arrangementen op niveau 3 worden op aanvraag toegekend door de consulent, binnen het jaarlijks door het
        bestuur vastgestelde plafond. De directeur-bestuurder stelt de toekenning jaarlijks in december vast na
        instemming van de algemene vergadering."""),
        T([["Meerjarenbegroting", "2025", "2026", "2027"],
           ["Schoolbudgetten", "p.m.", "p.m.", "p.m."], ["Arrangementen", "p.m.", "p.m.", "p.m."],
           ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m."], ["Bureau", "p.m.", "p.m.", "p.m."]]),
        P("""De meerjarenbegroting wordt na vaststelling door het bestuur in december 2024 toegevoegd."""),
        H1("Kwaliteitszorg"),
        P("""Het verband werkt met een cyclus van plannen, uitvoeren, meten en bijstellen. Ieder kwartaal verzamelt
        het bureau gegevens uit DUO, de eigen registratie en de leerplichtadministratie in een dashboard. Het
        dashboard wordt besproken met de directeuren en de besturen. Eens per twee jaar houdt het verband een
        tevredenheidspeiling onder scholen en ouders. De uitkomsten worden jaarlijks gerapporteerd in het
        jaarverslag en besproken met de OPR en de raad van toezicht."""),
        T([["Kengetal", "2021", "2022", "2023"],
           ["Deelnamepercentage sbo", "2,4%", "2,5%", "2,3%"], ["Deelnamepercentage so", "1,6%", "1,7%", "1,7%"],
           ["Aantal toegekende arrangementen", "212", "238", "251"], ["Thuiszitters (1 oktober)", "8", "7", "5"]]),
        P("""De beoogde resultaten voor deze planperiode leiden we af uit de evaluatie van het najaar van 2024 en
        nemen we op in het jaarplan 2025."""),
        H1("Klachten en geschillen"),
        P("""Ouders die vragen hebben over de ondersteuning van hun kind of het niet eens zijn met de school of het
        verband, kunnen terecht bij Steunpunt Samen Verder, het onafhankelijke ouder- en jeugdsteunpunt voor de
        regio Lingeoord. Het steunpunt denkt kosteloos mee, kan bemiddelen en gaat desgewenst mee naar gesprekken.
        Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten. Het verband is aangesloten bij de
        Geschillencommissie passend onderwijs en bij de landelijke klachtencommissie van Stichting
        Onderwijsgeschillen."""),
        P("""Hoe wij ouders informeren over het ondersteuningsaanbod, leggen we vast in het communicatieplan dat in
        2025 verschijnt."""),
    ]
    blocks += governance(c) + opr(c) + oogo(c) + personeel(c) + ict(c)
    blocks += planning(c, [["December 2024", "Vaststelling meerjarenbegroting", "Bestuur"],
                           ["Januari 2025", "Jaarplan met beoogde resultaten", "Directeur-bestuurder"],
                           ["2025", "Communicatieplan", "Bureau"],
                           ["2026", "Tweede auditronde standaarden", "Consulenten"]])
    blocks += glossary() + afkortingen(False)
    header = "SWV Lingeoord | Ondersteuningsplan 2024-2028"
    crit = crit_from("11" + "00" + "11" + "10" + "11" + "01" + "01")
    adv = {"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": ["monitoring"], "financien": [],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5: ten standards as ondergrens for every vestiging; concrete content only in a table; biennial audit = borging.",
        "plaatsing": "H7 only refers to the Handboek Toewijzing (bijlage 2, not included); no procedure, criteria, deskundigen or bezwaar in the body.",
        "terugstroom": "Hidden in H8 'Samenwerking met sbo De Vlonder en so De Kreek': policy, conditions, terugplaatsingsarrangement, yearly OPP evaluation, overleg before 1 april, end 31 juli; 9 returns.",
        "financien": "H10: verdeling (EUR 165 per leerling, vaste voet, arrangementen plafond) addressed; meerjarenbegroting only p.m. and 'wordt toegevoegd'.",
        "dekkend-aanbod": "H6 niveaus 1-5 with voorzieningen; H9 thuiszittersoverleg and six-monthly gap report; OOGO jeugdprofessional.",
        "resultaten": "H11 Kwaliteitszorg: quarterly dashboard, jaarverslag, kengetallen table (monitoring); beoogde resultaten deferred to jaarplan 2025.",
        "ouders": "Steunpunt Samen Verder/Onderwijsconsulenten/GPO under H12 'Klachten en geschillen'; how parents are informed deferred to communicatieplan 2025.",
    }
    return "po-lingeoord", c, blocks, header, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 4: VO Heuvelrand (.pdf, rendered from a .docx that is not kept)
# --------------------------------------------------------------------------------------------
def plan_heuvelrand():
    c = dict(VO_CTX, swv="Samenwerkingsverband VO Heuvelrand", kort="SWV Heuvelrand",
             code="VO 29-93", regio="de Heuvelrand", stad="Bergrade", periode="2025-2029", start=2025,
             gemeenten="Bergrade, Loosdonk, Essenhorst en Wijkerveen", n_besturen=8, n_scholen=22,
             n_ll="14.380", fte="12,6", bestuurder="drs. R.A. (Rachid) el Amrani",
             artikel="de Wet voortgezet onderwijs 2020 (voorheen artikel 17a WVO)", opr_datum="11 maart 2025",
             oogo_datum="4 februari 2025", ander="PO Heuvelrand")
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik op de vorige planperiode",
           "2.3 Basisondersteuning", "3 Ons samenwerkingsverband in cijfers", "4 Missie, visie en kernwaarden",
           "5 Ondersteuningsaanbod", "6 Geen jongere buiten beeld", "7 Toelaatbaarheid vso, pro en lwoo",
           "8 Na het vso", "9 Financiën", "10 Doelen en opbrengsten", "11 Ouders en leerlingen",
           "12 Organisatie en governance", "13 Medezeggenschap", "14 Samenwerking met gemeenten",
           "15 Personeel en professionalisering", "16 ICT, privacy en gegevensbescherming", "17 Planning",
           "Begrippenlijst", "Afkortingen"]
    blocks = [TITLE(["Ondersteuningsplan 2025-2029", c["swv"], "Samen verder, dichtbij",
                     "Vastgesteld 25 maart 2025"]), TOC(toc)]
    blocks += voorwoord(c) + leeswijzer(c) + terugblik(c)
    blocks += [
        H2("Basisondersteuning"),
        P("""De herijking van de afspraken over basisondersteuning loopt nog. De nieuwe afspraken worden na
        instemming van de OPR als addendum aan dit plan toegevoegd; dat is naar verwachting in het najaar van 2025
        het geval. Elke school heeft een schoolondersteuningsprofiel."""),
    ]
    blocks += context(c) + visie(c)
    blocks += [
        H1("Ondersteuningsaanbod"),
        P("""De scholen in de Heuvelrand bieden samen een breed palet aan ondersteuning. Een actueel overzicht van
        alle voorzieningen en arrangementen in de regio, de sociale kaart passend onderwijs, verschijnt in 2025
        en wordt daarna jaarlijks bijgewerkt. Tot die tijd kunnen scholen voor vragen over het aanbod terecht bij
        de consulenten van het verband."""),
        H1("Geen jongere buiten beeld"),
        P("""Iedere school meldt een leerling die vier weken of langer geheel of gedeeltelijk verzuimt bij de
        leerplichtambtenaar en bij het verband. Alle meldingen komen op de Thuiszitterstafel, die iedere twee
        weken bijeenkomt met leerplicht, jeugdhulp, de GGD en een consulent van het verband. Voor iedere
        thuiszitter wijst de tafel binnen vijf werkdagen een regisseur aan en wordt binnen zes weken een
        onderwijsperspectief afgesproken. Lukt dat niet, dan legt de regisseur de casus voor aan de
        directeur-bestuurder, die kan besluiten welk bestuur de zorgplicht invult (doorzettingsmacht)."""),
        P("""Twee keer per jaar analyseert het verband de meldingen en de wachtlijsten van de vso-scholen. Blijkt
        dat voor een groep jongeren een passende plek ontbreekt, dan legt het verband de besturen een voorstel
        voor. Zo is naar aanleiding van de analyse van 2024 afgesproken om een deeltijdvoorziening voor jongeren
        met angstproblematiek te ontwikkelen."""),
        T([["Peildatum", "Thuiszitters > 4 weken", "Absoluut verzuimers", "Vrijstellingen 5a"],
           ["1 oktober 2022", "31", "6", "18"], ["1 oktober 2023", "27", "4", "17"],
           ["1 oktober 2024", "22", "5", "15"]]),
        H1("Toelaatbaarheid vso, pro en lwoo"),
        P("""Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij de overstap van PO naar VO,
        de school waar de leerling is aangemeld) vraagt de toelaatbaarheid aan bij het Loket Toewijzing van het
        verband. De procedure verloopt in vier stappen."""),
        B(["Stap 1 – Aanvraag: de school levert het OPP, het verslag van het multidisciplinair overleg met ouders "
           "en leerling, en de zienswijze van ouders aan.",
           "Stap 2 – Deskundigenadvies: een orthopedagoog of psycholoog en een tweede deskundige (afhankelijk van "
           "de vraag een jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater) geven ieder afzonderlijk "
           "schriftelijk advies. De deskundigen zijn niet eerder bij de leerling betrokken geweest.",
           "Stap 3 – Besluit: de Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige "
           "aanvraag. Voor pro en lwoo besluit de commissie uiterlijk 15 maart van het jaar van de overstap.",
           "Stap 4 – Bericht: ouders en school ontvangen het besluit met een afschrift van de adviezen. Tegen het "
           "besluit kunnen ouders binnen zes weken bezwaar maken; het verband vraagt advies aan de Landelijke "
           "Bezwaaradviescommissie (LBT)."]),
        T([["Voorziening", "Criteria", "Geldigheid"],
           ["Vso cluster 3", "Ernstige verstandelijke, lichamelijke of langdurige medische beperking; de "
            "leerling heeft naast onderwijs structureel verzorging of medische begeleiding nodig.",
            "Tot einde vso-periode of 2 jaar; categorie laag, midden of hoog"],
           ["Vso cluster 4", "Ernstige gedrags- of psychiatrische problematiek; ondanks aantoonbare inzet van "
            "extra ondersteuning op de reguliere school is geen ontwikkeling zichtbaar.", "2 schooljaren; categorie laag"],
           ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste drie jaar op twee "
            "van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen.", "Gehele opleiding"],
           ["Lwoo", "Landelijke criteria: IQ 75-90 met leerachterstand van 1,5 tot 3 jaar op twee domeinen, of "
            "IQ 91-120 met leerachterstand en sociaal-emotionele problematiek.", "Gehele opleiding"]]),
        H1("Na het vso"),
        P("""Het verband wil dat een jongere die het vso niet langer nodig heeft, terugkeert naar een reguliere
        school voor voortgezet onderwijs, zo dicht mogelijk bij huis en met behoud van wat in het vso is
        opgebouwd. Terugkeer is aan de orde wanneer de ontwikkeling volgens het OPP dat toelaat en een
        ontvangende school de ondersteuning kan bieden die de jongere nodig heeft. Na terugkeer krijgt iedere
        jongere gedurende het eerste half jaar een overstapcoach van het verband, die wekelijks contact heeft met
        de jongere en de mentor."""),
        P("""Het stappenplan terugplaatsing, met daarin wie het initiatief neemt, de evaluatiemomenten en de
        besluitvorming, wordt in 2025 in samenspraak met de vso-scholen opgesteld."""),
        H1("Financiën"),
        P("""Het financiële beleid van het samenwerkingsverband, waaronder de verdeelsystematiek en de
        meerjarenbegroting, is uitgewerkt in het Financieel Kader Heuvelrand 2025-2029. Dat kader ligt als
        separaat document onder dit plan en wordt jaarlijks door het bestuur geactualiseerd. De middelen van het
        verband zijn bedoeld voor de ondersteuning van jongeren en worden zo dicht mogelijk bij de leerling
        ingezet."""),
        H1("Doelen en opbrengsten"),
        P("""Voor jongeren die extra ondersteuning nodig hebben, wil het verband in deze planperiode de volgende
        resultaten bereiken."""),
        T([["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
           ["Minder thuiszitters", "Aantal thuiszitters > 4 weken op 1 oktober", "22", "≤ 10"],
           ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV-aanvraag (weken)", "7,5", "≤ 5"],
           ["Thuisnabij onderwijs", "Deelnamepercentage vso", "4,1%", "≤ 3,6%"],
           ["Succesvolle terugkeer", "Aandeel teruggekeerde jongeren dat na een jaar nog op de reguliere "
            "school is", "–", "≥ 80%"],
           ["Tevredenheid", "Tevredenheid ouders over de toewijzing (schaal 1-10)", "6,8", "≥ 7,5"]]),
        P("""Het bureau verzamelt de gegevens voor deze indicatoren uit DUO, het eigen registratiesysteem en de
        leerplichtadministratie. Ieder half jaar verschijnt een monitor die wordt besproken met de besturen en de
        OPR. In het jaarverslag rapporteert het verband over de bereikte resultaten en over afwijkingen van de
        streefwaarden; waar nodig stelt het bestuur het jaarplan bij. Eens per twee jaar houden we een
        tevredenheidsonderzoek onder ouders en scholen."""),
        H1("Ouders en leerlingen"),
        P("""Ouders vinden informatie over de ondersteuningsmogelijkheden op de website van het verband en in de
        brochure ‘Ouderwijzer Heuvelrand’, die alle basisscholen in groep 7 meegeven. Iedere vo-school beschrijft
        de ondersteuning in de schoolgids. In oktober organiseert het verband in Bergrade en Wijkerveen een
        informatieavond over de overstap naar het voortgezet onderwijs voor ouders van leerlingen met een
        ondersteuningsbehoefte."""),
        P("""Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt
        Heuvelrand. Het steunpunt is ondergebracht bij een onafhankelijke stichting, is kosteloos en bundelt de
        signalen van ouders en jongeren in een jaarlijkse rapportage aan het bestuur. Daarnaast kunnen ouders zich
        wenden tot de Onderwijsconsulenten. Ouders en leerlingen zijn betrokken bij het OPP en nemen deel aan het
        multidisciplinair overleg."""),
    ]
    blocks += governance(c) + opr(c) + oogo(c) + personeel(c) + ict(c)
    blocks += planning(c, [["Najaar 2025", "Addendum basisondersteuning", "Bestuur, OPR"],
                           ["2025", "Sociale kaart passend onderwijs", "Bureau"],
                           ["2025", "Stappenplan terugplaatsing", "Bureau en vso-scholen"],
                           ["Elk half jaar", "Monitor doelen en opbrengsten", "Bureau"]])
    blocks += glossary() + afkortingen(True)
    header = "Ondersteuningsplan 2025-2029 · SWV VO Heuvelrand"
    crit = crit_from("00" + "11" + "01" + "00" + "01" + "11" + "11")
    adv = {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Only a deferral ('addendum ... najaar 2025') in 2.3, a passing SOP mention, TOC and glossary; nothing addressed.",
        "plaatsing": "H7: four numbered steps (Loket, 2 deskundigen, Commissie Toewijzing, 6 weeks, LBT) and criteria table vso/pro/lwoo incl. duration/category.",
        "terugstroom": "H8 'Na het vso': policy, conditions and overstapcoach after return; the stappenplan (procedure) 'wordt in 2025 opgesteld'.",
        "financien": "H9 only refers to the separate Financieel Kader (verdeelsystematiek, meerjarenbegroting) and a value statement; nothing addressed.",
        "dekkend-aanbod": "H6 Thuiszitterstafel, zorgplicht decision, twice-yearly gap analysis = lacunes; continuum deferred to sociale kaart 2025 (H5).",
        "resultaten": "H10: goals table with indicators, nulmeting and streefwaarden; half-yearly monitor, jaarverslag, tevredenheidsonderzoek.",
        "ouders": "H11: website, Ouderwijzer brochure, schoolgids, infoavond; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten; OPP/MDO role.",
    }
    return "vo-heuvelrand", c, blocks, header, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 5: PO De Delta (.txt)
# --------------------------------------------------------------------------------------------
def plan_delta():
    c = dict(PO_CTX, swv="Samenwerkingsverband Passend Onderwijs De Delta PO", kort="SWV De Delta",
             code="PO 29-94", regio="de Delta", stad="Havenmonde", periode="2024-2028", start=2024,
             gemeenten="Havenmonde, Schorredijk en Oudewater-Delta", n_besturen=5, n_scholen=29, n_ll="5.930",
             fte="6,3", bestuurder="A. (Anouk) de Ridder-Kamphuis",
             artikel="artikel 18a WPO", opr_datum="12 maart 2024", oogo_datum="7 februari 2024",
             ander="VO De Delta")
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Terugblik op de vorige planperiode",
           "3 Ons samenwerkingsverband in cijfers", "4 Missie, visie en kernwaarden",
           "5 Kwaliteit van de ondersteuning op school", "6 Een passende plek voor ieder kind",
           "7 Toelaatbaarheid sbo en so", "8 Terugplaatsing", "9 Middelen", "10 Wat we willen bereiken",
           "11 Ouders en communicatie", "12 Organisatie en governance", "13 Medezeggenschap",
           "14 Totstandkoming", "15 Personeel en professionalisering", "16 Kennis en onderzoek",
           "17 Dienstverlening van het bureau", "18 ICT, privacy en gegevensbescherming", "19 Planning", "Begrippenlijst", "Afkortingen"]
    blocks = [TITLE(["Ondersteuningsplan 2024-2028", c["swv"], f"Registratienummer {c['code']}",
                     "Tekstversie voor de website"]), TOC(toc)]
    blocks += voorwoord(c) + leeswijzer(c) + terugblik(c) + context(c) + visie(c, partner=False)
    blocks += [
        H1("Kwaliteit van de ondersteuning op school"),
        P("""Welk niveau van basisondersteuning alle scholen ten minste moeten bieden, stellen de besturen in de loop
        van 2025 opnieuw vast. De huidige afspraken zijn terug te vinden in de schoolondersteuningsprofielen van
        de scholen."""),
        P("""Elke twee jaar voert het bureau met iedere school een kwaliteitsgesprek over de vraag of de school de
        basisondersteuning waarmaakt die zij in haar schoolondersteuningsprofiel heeft beschreven. Het gesprek
        wordt gevoerd door een orthopedagoog van het verband met de directeur en de intern begeleider, aan de hand
        van een vaste kijkwijzer en een lesbezoek. Blijft een school achter, dan stelt zij binnen zes maanden een
        verbeterplan op; de orthopedagoog ondersteunt bij de uitvoering en het bestuur van de school wordt over
        de uitkomst geïnformeerd."""),
        H1("Een passende plek voor ieder kind"),
        P("""Het overzicht van het ondersteuningsaanbod in de Delta en de analyse van het dekkend netwerk worden als
        Sociale Kaart PO De Delta in 2025 gepubliceerd. Dit hoofdstuk wordt daarna aangevuld."""),
        H1("Toelaatbaarheid sbo en so"),
        P("""Hoe een aanvraag verloopt, welke stukken nodig zijn en binnen welke termijn wordt besloten, staat in het
        stroomschema op www.swvdedelta.nl/tlv. Een leerling is toelaatbaar wanneer aan de criteria in onderstaande
        tabel is voldaan."""),
        T([["Soort", "Een leerling is toelaatbaar wanneer", "Geldigheid"],
           ["Sbo", "de basisschool de basisondersteuning en minimaal twintig weken een arrangement heeft ingezet, "
            "de leerling op twee of meer leergebieden ten minste anderhalf jaar achterloopt of op gedrag vastloopt, "
            "en de leerling een kleinere groep en een specifieke pedagogische aanpak nodig heeft",
            "Tot het einde van de basisschoolperiode"],
           ["So cluster 3", "sprake is van een verstandelijke beperking (IQ lager dan 55) of een lichamelijke of "
            "meervoudige beperking waarbij de leerling structureel verzorging of medische ondersteuning nodig heeft",
            "Twee schooljaren"],
           ["So cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek die het leren "
            "structureel belemmert en een therapeutisch klimaat met intensieve begeleiding vereist",
            "Twee schooljaren"]]),
        H1("Terugplaatsing"),
        P("""Onderstaande tabel beschrijft de stappen die de scholen volgen wanneer een TLV afloopt."""),
        T([["Stap", "Wat", "Wie", "Wanneer"],
           ["1", "Evaluatie van het OPP, met expliciete weging van terugplaatsing", "Sbo- of so-school",
            "Jaarlijks in januari"],
           ["2", "Terugplaatsingsoverleg in het laatste TLV-jaar", "Sbo- of so-school, consulent SWV, "
            "beoogde ontvangende school", "Vóór 1 maart"],
           ["3", "Besluit over inschrijving", "Bestuur van de ontvangende school", "Vóór 1 mei"],
           ["4", "Indien geen terugplaatsing: aanvraag nieuwe TLV", "Sbo- of so-school", "Vóór 1 mei"],
           ["5", "Einde TLV en overdracht met onderwijskundig rapport", "Sbo- of so-school", "31 juli"]]),
        P("""Het terugplaatsingsbeleid zelf herijken we in het schooljaar 2025-2026 met de sbo- en so-scholen."""),
        H1("Middelen"),
        P("""Het verdeelmodel wordt in 2025 herzien; het nieuwe model volgt na instemming van de OPR. De
        meerjarenbegroting ziet er als volgt uit."""),
        T([["Begroting (bedragen in euro)", "2024", "2025", "2026", "2027"],
           ["Baten: ondersteuningsmiddelen OCW", "6.480.000", "6.420.000", "6.370.000", "6.330.000"],
           ["Lasten: afdrachten sbo en so (DUO)", "3.060.000", "3.040.000", "3.020.000", "3.010.000"],
           ["Lasten: schoolbudgetten besturen", "1.650.000", "1.640.000", "1.630.000", "1.620.000"],
           ["Lasten: arrangementen en voorzieningen", "1.080.000", "1.070.000", "1.060.000", "1.050.000"],
           ["Lasten: personeel bureau", "560.000", "565.000", "570.000", "575.000"],
           ["Lasten: huisvesting en overig", "170.000", "170.000", "170.000", "170.000"],
           ["Saldo", "-40.000", "-65.000", "-80.000", "-95.000"]]),
        P("""De algemene reserve bedraagt per 31 december 2023 € 1,2 miljoen. De begrote tekorten worden daaruit
        gedekt; daarmee blijft de reserve boven het door de raad van toezicht vastgestelde minimum van
        € 600.000."""),
        H1("Wat we willen bereiken"),
        P("""Voor leerlingen die extra ondersteuning nodig hebben, heeft het verband de volgende doelen gesteld. De
        tabel geeft per doel aan hoe en wanneer we meten en waar we erover rapporteren."""),
        T([["Doel", "Indicator", "Streefwaarde 2028", "Bron en meetmoment", "Rapportage"],
           ["Tijdige toewijzing", "Doorlooptijd TLV-aanvraag", "90% binnen 6 weken", "Registratiesysteem, "
            "doorlopend", "Kwartaalrapportage bestuur"],
           ["Ontwikkeling volgens plan", "Aandeel leerlingen met arrangement dat de OPP-doelen haalt", "≥ 75%",
            "Evaluatie OPP's, juni", "Jaarverslag"],
           ["Thuisnabij onderwijs", "Deelnamepercentage sbo + so", "≤ 3,8% (2023: 4,2%)", "DUO, 1 oktober",
            "Jaarverslag"],
           ["Tevreden scholen", "Tevredenheid van intern begeleiders over de ondersteuning van het verband",
            "≥ 7,5", "Peiling, tweejaarlijks", "Jaarverslag en OPR"]]),
        P("""De directeur-bestuurder bespreekt de uitkomsten ieder jaar in mei met de besturen; op basis daarvan
        worden de activiteiten in het jaarplan bijgesteld."""),
        H1("Ouders en communicatie"),
        P("""Een nieuwe communicatiestrategie, inclusief de inrichting van het wettelijk verplichte ouder- en
        jeugdsteunpunt, is in voorbereiding en volgt in de loop van 2025."""),
    ]
    blocks += governance(c) + opr(c) + oogo(c, full=False) + personeel(c)
    blocks += [
        H1("Kennis en onderzoek"),
        P("""Het verband werkt samen met de pabo in Havenmonde en met een lectoraat inclusief onderwijs. Studenten
        doen afstudeeronderzoek op scholen in de regio, bijvoorbeeld naar de effecten van co-teaching en naar de
        rol van onderwijsassistenten. De uitkomsten worden gedeeld in de netwerken van intern begeleiders en op de
        jaarlijkse studiedag. Het verband stelt jaarlijks een klein budget beschikbaar voor praktijkgericht
        onderzoek; scholen kunnen daarvoor een voorstel indienen bij het bureau. Een commissie van twee
        directeuren en een medewerker van het lectoraat beoordeelt de voorstellen op relevantie voor de regio."""),
        P("""Daarnaast neemt het verband deel aan landelijke kennisnetwerken van samenwerkingsverbanden en aan de
        regionale werkgroep die de gevolgen van de dalende leerlingaantallen onderzoekt. Kennis die daar wordt
        opgedaan, wordt vertaald naar praktische handreikingen voor scholen."""),
    ]
    blocks += [
        H1("Dienstverlening van het bureau"),
        P("""Het bureau van het verband is gevestigd in het Onderwijshuis aan de Kaaikade in Havenmonde. Het bureau
        is op werkdagen van 8.30 tot 16.30 uur bereikbaar voor directeuren, intern begeleiders en besturen. Vragen
        van scholen worden binnen twee werkdagen beantwoord; de consulenten houden op vaste dagen spreekuur op de
        scholen in Schorredijk en Oudewater-Delta, zodat de reistijd voor intern begeleiders beperkt blijft."""),
        P("""In de vorige planperiode gaven scholen aan dat zij het bureau niet altijd goed wisten te vinden. Daarom
        heeft iedere school sinds augustus 2023 een vaste contactpersoon op het bureau. Die contactpersoon bezoekt
        de school minimaal drie keer per jaar, sluit aan bij een overleg van de intern begeleider met de directie
        en brengt signalen uit de school in bij het bureauoverleg. Daarnaast verschijnt vier keer per jaar een
        digitale nieuwsbrief voor scholen met actualiteiten over wet- en regelgeving, scholing en de
        netwerken."""),
        P("""Het bureau werkt met een jaarlijkse dienstverleningsmonitor onder directeuren en intern begeleiders.
        De uitkomsten worden besproken in het directeurenoverleg en gebruikt om de werkwijze van het bureau te
        verbeteren. De monitor gaat over bereikbaarheid, snelheid en deskundigheid van het bureau en staat los
        van de doelen in hoofdstuk 10."""),
    ]
    blocks += ict(c)
    blocks += planning(c, [["2025", "Vaststelling niveau basisondersteuning", "Besturen"],
                           ["2025", "Sociale Kaart PO De Delta", "Bureau"],
                           ["2025", "Nieuw verdeelmodel", "Algemene vergadering, OPR"],
                           ["2025", "Communicatiestrategie en ouder- en jeugdsteunpunt", "Bureau"],
                           ["2025-2026", "Herijking terugplaatsingsbeleid", "Bureau, sbo en so"]])
    blocks += glossary() + afkortingen(False)
    crit = crit_from("00" + "01" + "10" + "01" + "00" + "11" + "00")
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": [],
           "financien": ["reserves"], "dekkend-aanbod": [], "resultaten": ["meetbaar"], "ouders": []}
    notes = {
        "basisondersteuning": "H5: level deferred to 2025 and content only 'in the SOPs'; only the biennial kwaliteitsgesprek + verbeterplan (borging) is addressed.",
        "plaatsing": "H7: criteria table for sbo/so cluster 3/4 with geldigheid; the procedure is only a reference to the stroomschema on the website.",
        "terugstroom": "H8: procedure only as a table (steps, actors, dates, 31 juli); the policy itself 'herijken we in 2025-2026'.",
        "financien": "H9 'Middelen': meerjarenbegroting with amounts and reserve; verdeelmodel 'wordt herzien ... volgt'.",
        "dekkend-aanbod": "H6 is only a deferral to the Sociale Kaart 2025; OOGO only procedural in 'Totstandkoming'; 'passende plek' only in visie/leeswijzer/glossary.",
        "resultaten": "H10: goals table with indicator, streefwaarde, bron/meetmoment and rapportage, plus yearly bespreking in mei.",
        "ouders": "H11 is only a deferral ('in voorbereiding en volgt in de loop van 2025'); ouders elsewhere only in passing and in glossary/afkortingen.",
    }
    return "po-delta", c, blocks, None, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan of one VO school (.docx)
# --------------------------------------------------------------------------------------------
def nearmiss_baken():
    blocks = [
        TITLE(["Ondersteuningsplan 2024-2025", "Christelijk College Het Baken – locatie Duinhaven",
               "Mavo · havo · vwo", "Aangesloten bij SWV VO Kustlanden"]),
        TOC(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op Het Baken", "4 Zorgniveaus",
             "5 Het ondersteuningsteam", "6 Extra ondersteuning via het samenwerkingsverband",
             "7 Terugplaatsing vanuit het vso", "8 Middelen", "9 Ouders", "10 Doelen voor dit schooljaar"]),
        H1("Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Het Baken, locatie Duinhaven, in het schooljaar 2024-2025 de
        ondersteuning van leerlingen organiseert. Het plan is een uitwerking van ons schoolondersteuningsprofiel
        en van de afspraken in het ondersteuningsplan van het samenwerkingsverband VO Kustlanden. Het is
        opgesteld door de ondersteuningscoördinator en het zorgteam en besproken met de schoolleiding en de
        medezeggenschapsraad. Het plan wordt ieder schooljaar geactualiseerd."""),
        H1("Onze leerlingen"),
        P("""Het Baken telt op 1 oktober 2023 1.140 leerlingen, verdeeld over mavo (380), havo (430) en vwo (330).
        Ongeveer 14% van de leerlingen heeft een vorm van extra begeleiding, vooral op het gebied van dyslexie,
        faalangst, concentratie en sociaal-emotionele vragen. Twaalf leerlingen hebben een
        ontwikkelingsperspectiefplan."""),
        H1("Basisondersteuning op Het Baken"),
        P("""Iedere leerling op Het Baken kan rekenen op de basisondersteuning die in ons schoolondersteuningsprofiel
        staat: een mentor met wekelijks mentoruur, dyslexie- en dyscalculiebegeleiding volgens protocol,
        huiswerkbegeleiding in de middagpauze, faalangstreductietraining, een examenvreestraining in klas 4 en 5,
        en de mogelijkheid om in de stilteruimte te werken. De mentor is het eerste aanspreekpunt voor leerling
        en ouders."""),
        H1("Zorgniveaus"),
        T([["Niveau", "Wat", "Wie"],
           ["0", "Goed lesgeven en mentoraat", "Docent, mentor"],
           ["1", "Extra aandacht in de klas", "Docent, mentor"],
           ["2", "Begeleiding binnen school (faalangst, dyslexie, huiswerk)", "Begeleiders, zorgcoördinator"],
           ["3", "Ondersteuningsteam met externe partners", "Ondersteuningscoördinator, schoolmaatschappelijk werk"],
           ["4", "Extra ondersteuning via het samenwerkingsverband", "Ondersteuningscoördinator, SWV"]]),
        H1("Het ondersteuningsteam"),
        P("""Het ondersteuningsteam (OT) komt elke twee weken bijeen. Vaste leden zijn de ondersteuningscoördinator,
        de schoolmaatschappelijk werker, de jeugdverpleegkundige van de GGD, de leerplichtambtenaar en de consulent
        van het samenwerkingsverband. De mentor brengt een leerling in na overleg met ouders. Het OT stelt een
        handelingsplan op en evalueert dat na zes weken. Bij verzuim werken we volgens het verzuimprotocol van de
        gemeente Duinhaven."""),
        H1("Extra ondersteuning via het samenwerkingsverband"),
        P("""Wanneer een leerling meer nodig heeft dan Het Baken kan bieden, kan de ondersteuningscoördinator een
        arrangement of een plaatsing in het OPDC aanvragen bij het samenwerkingsverband. Is een plaatsing in het
        voortgezet speciaal onderwijs nodig, dan vraagt de school namens het bevoegd gezag een
        toelaatbaarheidsverklaring aan. De procedure daarvoor en de criteria staan in het ondersteuningsplan van
        het samenwerkingsverband. Ouders worden bij elke stap betrokken en ondertekenen het OPP."""),
        H1("Terugplaatsing vanuit het vso"),
        P("""Het Baken staat open voor leerlingen die vanuit het vso terugkeren naar het regulier onderwijs. Vóór de
        overstap voeren de ondersteuningscoördinator, de vso-school, de ouders en de leerling een
        kennismakingsgesprek. De leerling krijgt in het eerste halfjaar een vaste coach. In 2023-2024 zijn twee
        leerlingen vanuit het vso op Het Baken ingestroomd."""),
        H1("Middelen"),
        P("""Het Baken ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning en een budget extra
        ondersteuning. In 2024 gaat het om € 186.000. De school besteedt dit aan de formatie van de
        ondersteuningscoördinator (0,8 fte), twee begeleiders (samen 1,2 fte), de trainingen en de
        huiswerkbegeleiding. De schoolleiding legt jaarlijks verantwoording af aan het samenwerkingsverband."""),
        H1("Ouders"),
        P("""Ouders worden via de schoolgids, de website en de ouderavonden geïnformeerd over de ondersteuning op
        Het Baken. Bij vragen kunnen ouders contact opnemen met de mentor of de ondersteuningscoördinator. Voor
        onafhankelijk advies verwijzen we naar de Onderwijsconsulenten en naar het ouder- en jeugdsteunpunt dat
        het samenwerkingsverband inricht. Klachten worden behandeld volgens de klachtenregeling van de
        stichting."""),
        H1("Doelen voor dit schooljaar"),
        B(["Alle mentoren volgen de training ‘gesprekken met ouders’ (uiterlijk januari 2025).",
           "Het aantal leerlingen dat langer dan vier weken verzuimt daalt van 9 naar maximaal 5.",
           "De faalangstreductietraining wordt uitgebreid naar klas 1 en 2.",
           "Evaluatie van dit plan in juni 2025 met het zorgteam en de medezeggenschapsraad."]),
    ]
    return blocks


def nearmiss_label():
    text = """documents: [vo-hetbaken-schoolplan.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one VO school (Het Baken) for one school year: zorgniveaus, OT, its own SOP-based basisondersteuning and budget; it refers to SWV VO Kustlanden and its plan but is not an ondersteuningsplan of a samenwerkingsverband (no verband-wide policy, OPR/OOGO, planperiode)."
"""
    (OUT / "vo-hetbaken-schoolplan.expected.yaml").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    summary = []
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout290_gen_"))
    try:
        for fn, fmt in [(plan_zuidwaarde, "docx"), (plan_kustlanden, "docx"), (plan_lingeoord, "docx+pdf"),
                        (plan_heuvelrand, "pdf"), (plan_delta, "txt")]:
            name, c, blocks, header, crit, adv, notes = fn()
            footer = f"{c['swv']} · {c['code']}"
            docs = []
            if fmt == "txt":
                write_txt(blocks, OUT / f"{name}.txt")
                docs.append(f"{name}.txt")
            else:
                dpath = OUT / f"{name}.docx" if "docx" in fmt else tmpdir / f"{name}.docx"
                write_docx(blocks, dpath, header=header, footer=footer)
                if "docx" in fmt:
                    docs.append(f"{name}.docx")
                if "pdf" in fmt:
                    docx_to_pdf(dpath, OUT / f"{name}.pdf")
                    docs.append(f"{name}.pdf")
            el = write_label(name, docs, "vo" if name.startswith("vo") else "po", crit, adv, notes)
            summary.append((name, count_words(blocks), el))
        write_docx(nearmiss_baken(), OUT / "vo-hetbaken-schoolplan.docx",
                   header="Het Baken – Ondersteuningsplan school 2024-2025")
        nearmiss_label()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for name, words, el in summary:
        print(f"{name}: {words} words; " + ", ".join(f"{k}={v}" for k, v in el.items()))


if __name__ == "__main__":
    sys.exit(main())
