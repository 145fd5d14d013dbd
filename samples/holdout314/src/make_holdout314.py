#!/usr/bin/env python3
"""Generate holdout set 314: five fictional ondersteuningsplannen (PO/VO) and one near-miss document,
with hand-written labels (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Shared filler. ctx keys: swv, kort, code, regio, gemeenten, sector, so, scholen, besturen,
# leerlingen, periode, directeur
# ---------------------------------------------------------------------------------------------


def sect(ctx):
    po = ctx["sector"] == "po"
    return {
        "regulier": "het reguliere basisonderwijs" if po else "het reguliere voortgezet onderwijs",
        "schooltypen": ("basisscholen, scholen voor speciaal basisonderwijs en scholen voor speciaal onderwijs"
                        if po else "scholen voor vmbo, havo en vwo, praktijkonderwijs en voortgezet speciaal onderwijs"),
        "leerling": "kinderen" if po else "jongeren",
        "samen": ctx.get("samen", "Samen: ouders, leerlingen, scholen en ketenpartners zijn gelijkwaardige gesprekspartners."),
        "overgang": "de overstap naar het voortgezet onderwijs" if po else "de overstap naar het mbo en de arbeidsmarkt",
    }


def fmt(text, ctx):
    d = dict(ctx)
    d.update(sect(ctx))
    return text.format(**d)


def P(text, ctx):
    return ("p", fmt(text, ctx))


def voorwoord(ctx):
    return [
        ("h1", "Voorwoord"),
        P("Voor u ligt het ondersteuningsplan {periode} van {swv}. Dit plan is het vierde ondersteuningsplan sinds "
          "de invoering van de Wet passend onderwijs in 2014. In de afgelopen jaren hebben de schoolbesturen in onze "
          "regio veel geleerd over wat werkt en wat niet. We hebben gezien dat {leerling} die iets extra's nodig hebben "
          "het meest gebaat zijn bij leraren die de tijd en de ruimte krijgen om af te stemmen op wat een leerling nodig "
          "heeft, en bij scholen die daarin niet alleen staan. Dat klinkt eenvoudig, maar het vraagt veel van iedereen: "
          "van leraren, van intern begeleiders en ondersteuningscoördinatoren, van schoolleiders, van bestuurders en ook "
          "van ouders en ketenpartners.", ctx),
        P("Het plan is tot stand gekomen in een zorgvuldig proces. In het voorjaar van 2024 hebben we in vijf "
          "regiobijeenkomsten met directeuren, ouders, leerlingen, jeugdprofessionals en ambtenaren van de gemeenten "
          "{gemeenten} gesproken over de koers voor de komende vier jaar. Veel van wat daar is gezegd, komt in dit plan "
          "terug. Waar we iets nog niet konden afspreken, hebben we dat eerlijk opgeschreven. Ik dank iedereen die heeft "
          "meegedacht en meegeschreven, in het bijzonder de leden van de ondersteuningsplanraad, die het concept kritisch "
          "hebben gelezen en ons scherp hielden op de leesbaarheid voor ouders.", ctx),
        P("Passend onderwijs is geen project met een einddatum. Het is een manier van werken waarin we steeds opnieuw "
          "kijken naar wat een leerling nodig heeft, welke middelen daarvoor beschikbaar zijn en welke resultaten we "
          "samen willen bereiken. Dit plan geeft richting, maar het is geen keurslijf. Ik nodig iedereen uit om ons aan "
          "te spreken op wat we hier beloven.", ctx),
        P("{directeur}, directeur-bestuurder {kort}", ctx),
    ]


def leeswijzer(ctx, hoofdstukken):
    return [
        ("h2", "Leeswijzer"),
        P("Dit ondersteuningsplan is opgebouwd uit een aantal hoofdstukken. " + hoofdstukken + " Achter in het plan "
          "vindt u een begrippenlijst en een lijst met afkortingen. Waar in de tekst wordt verwezen naar een bijlage, "
          "is die bijlage op de website van het samenwerkingsverband te vinden, tenzij anders vermeld.", ctx),
    ]


def context(ctx, rows):
    return [
        ("h1", "Ons samenwerkingsverband"),
        P("{swv} (registratiecode {code}) is een stichting waarin {besturen} schoolbesturen samenwerken. Het "
          "samenwerkingsverband omvat de gemeenten {gemeenten}. In het gebied liggen {scholen} scholen: "
          "{schooltypen}. Samen bieden zij onderwijs aan ongeveer {leerlingen} leerlingen. De regio kent een mix van "
          "stedelijk en landelijk gebied, met een grote kern en een aantal kleinere dorpen waar scholen soms klein zijn "
          "en ver uit elkaar liggen. Dat heeft gevolgen voor de reisafstanden van leerlingen en voor de mogelijkheden "
          "om expertise te delen.", ctx),
        P("De leerlingaantallen in de regio dalen licht. De prognoses van de gemeenten laten tot 2030 een daling zien "
          "van ongeveer vier procent, met grote verschillen tussen de kernen. Voor sommige kleine scholen betekent dit "
          "dat zij de komende jaren onder de opheffingsnorm kunnen komen. Schoolbesturen voeren daarover zelf het "
          "gesprek; het samenwerkingsverband volgt de ontwikkeling omdat zij van invloed is op de spreiding van "
          "voorzieningen en expertise.", ctx),
        ("table", rows),
        P("Tabel: schoolbesturen en leerlingaantallen op de teldatum 1 oktober 2024 (bron: DUO).", ctx),
    ]


def visie(ctx):
    return [
        ("h1", "Visie, missie en kernwaarden"),
        ("h2", "Visie"),
        P("Wij geloven dat ieder kind en iedere jongere recht heeft op onderwijs dat past bij wat hij of zij kan en "
          "nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten uit de eigen buurt. Verschillen tussen "
          "leerlingen zijn normaal. Een school die goed omgaat met verschillen, is een betere school voor alle "
          "leerlingen. Dat uitgangspunt verbindt de schoolbesturen in ons samenwerkingsverband, ongeacht hun "
          "denominatie of onderwijsconcept.", ctx),
        P("Onze visie rust op drie pijlers. De eerste is vertrouwen: we vertrouwen op de professionaliteit van leraren "
          "en schoolteams en organiseren de ondersteuning zo dicht mogelijk bij de leerling. De tweede is "
          "gezamenlijkheid: geen school staat er alleen voor, en waar een school handelingsverlegen raakt, denken "
          "andere scholen en het samenwerkingsverband mee. De derde is ontwikkeling: we leren van wat we doen, we "
          "kijken kritisch naar onze eigen werkwijze en we passen die aan als dat nodig is.", ctx),
        ("h2", "Missie"),
        P("{kort} zorgt er samen met de aangesloten schoolbesturen voor dat {leerling} in de regio een passende plek "
          "in het onderwijs krijgen en zich zo ononderbroken mogelijk kunnen ontwikkelen. We doen dat door scholen te "
          "ondersteunen, door expertise te bundelen en te delen, en door samen met gemeenten en jeugdhulp te zorgen "
          "dat onderwijs en zorg elkaar versterken in plaats van elkaar in de weg te zitten.", ctx),
        ("h2", "Kernwaarden"),
        ("ul", [fmt(x, ctx) for x in [
            "Thuisnabij: waar het kan, gaat een leerling naar school in de eigen omgeving.",
            "Eenvoudig: procedures zijn kort, begrijpelijk en zonder onnodige papierwinkel.",
            "{samen}",
            "Lerend: we evalueren wat we doen en durven bij te sturen.",
            "Transparant: we leggen uit welke keuzes we maken en waarom.",
        ]]),
        P("Deze kernwaarden zijn geen losse woorden. Ze vormen de toetssteen voor de keuzes die het bestuur en de "
          "directeur-bestuurder in de komende planperiode maken, en ze worden jaarlijks in het gesprek met de "
          "schoolbesturen en de ondersteuningsplanraad besproken.", ctx),
    ]


def governance(ctx):
    return [
        ("h1", "Organisatie en governance"),
        P("Het samenwerkingsverband is een stichting. De statuten zijn voor het laatst gewijzigd in 2022 en bevatten "
          "een regeling voor de beslechting van geschillen tussen de aangesloten schoolbesturen. De stichting kent een "
          "scheiding tussen bestuur en toezicht in een zogenoemd one-tier model: het algemeen bestuur bestaat uit "
          "uitvoerende en toezichthoudende leden. De dagelijkse leiding ligt bij de directeur-bestuurder, die "
          "verantwoording aflegt aan het algemeen bestuur. Twee onafhankelijke toezichthouders zitten het toezicht voor.", ctx),
        P("Het algemeen bestuur vergadert zes keer per jaar. Het stelt het ondersteuningsplan, de jaarbegroting, het "
          "jaarverslag en de jaarrekening vast. Het bestuur hanteert de Code Goed Bestuur van de sectorraad. Een "
          "auditcommissie bereidt de bespreking van de financiële stukken voor en voert jaarlijks het gesprek met de "
          "accountant. Een remuneratiecommissie voert het jaargesprek met de directeur-bestuurder.", ctx),
        P("Het bureau van het samenwerkingsverband bestaat uit een kleine staf: de directeur-bestuurder, een "
          "beleidsmedewerker, een controller (gedetacheerd), een secretariaat, en een team van consulenten en "
          "orthopedagogen. In totaal gaat het om ongeveer twaalf fte. Het bureau is gehuisvest in een gedeeld "
          "onderwijskantoor, samen met de leerplichtafdeling van de grootste gemeente, wat de lijnen kort houdt.", ctx),
        P("Naast het algemeen bestuur kent het samenwerkingsverband een directeurenoverleg, waarin per bestuur een "
          "directeur of kwaliteitsmedewerker zitting heeft. Het directeurenoverleg adviseert het bestuur over beleid en "
          "is de plek waar scholen ervaringen uitwisselen. Daarnaast komen de intern begeleiders en "
          "ondersteuningscoördinatoren vier keer per jaar bijeen in een netwerkbijeenkomst.", ctx),
    ]


def opr(ctx, met_ouders=True):
    if met_ouders:
        samenstelling = ("De OPR bestaat uit twaalf leden: zes leden uit het personeel en zes ouders of leerlingen, "
                         "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR "
                         "bewaken in het bijzonder de begrijpelijkheid van het plan voor andere ouders. ")
    else:
        samenstelling = "De OPR is samengesteld volgens het reglement dat door het bestuur is vastgesteld. "
    return [
        ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
        P("Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) zoals bedoeld in artikel 4a van de Wet "
          "medezeggenschap op scholen. " + samenstelling + "De OPR heeft instemmingsrecht op het ondersteuningsplan en "
          "op wijzigingen daarvan. Daarnaast voert de OPR twee keer per jaar een overlegvergadering met de "
          "directeur-bestuurder. Het samenwerkingsverband faciliteert de OPR met een budget voor scholing en "
          "ondersteuning door een ambtelijk secretaris.", ctx),
        P("Dit ondersteuningsplan is op 11 maart 2025 aan de OPR voorgelegd. De OPR heeft op 8 april 2025 ingestemd, "
          "na een gesprek waarin de OPR vroeg om meer duidelijkheid over de planning van de evaluaties. Die vraag is in "
          "de definitieve tekst verwerkt.", ctx),
    ]


def oogo(ctx, inhoudelijk=True):
    out = [("h1", "Samenwerking met gemeenten")]
    if inhoudelijk:
        out += [
            P("Onderwijs en jeugdhulp raken elkaar op veel plekken. Het samenwerkingsverband voert daarom structureel "
              "overleg met de gemeenten {gemeenten}. Naast het wettelijk verplichte op overeenstemming gericht overleg "
              "(OOGO) over het ondersteuningsplan en over het jeugdbeleidsplan van de gemeenten is er een ambtelijk "
              "overleg dat zes keer per jaar bijeenkomt. In een gezamenlijke agenda zijn afspraken vastgelegd over "
              "de inzet van jeugdhulp op school, over onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs "
              "als zorg nodig hebben, over leerlingenvervoer en over onderwijshuisvesting.", ctx),
            P("Een praktisch voorbeeld is de schoolmaatschappelijk werker: iedere school heeft een vast aanspreekpunt "
              "vanuit het lokale wijkteam, dat op afspraak aanschuift bij het ondersteuningsteam van de school. De "
              "gemeenten financieren deze inzet; het samenwerkingsverband zorgt voor de afstemming en de scholing. Bij "
              "onderwijs-zorgarrangementen betaalt de gemeente het zorgdeel en het samenwerkingsverband of het "
              "schoolbestuur het onderwijsdeel, volgens afspraken die in het OOGO zijn gemaakt.", ctx),
        ]
    out += [
        P("Het OOGO over dit ondersteuningsplan vond plaats op 4 februari 2025. De gemeenten hebben het concept "
          "besproken in hun portefeuillehoudersoverleg en hebben op 3 maart 2025 schriftelijk laten weten in te stemmen "
          "met het plan. Ook is overleg gevoerd met het aangrenzende samenwerkingsverband "
          + ("voortgezet onderwijs" if ctx["sector"] == "po" else "primair onderwijs") +
          " waarvan het gebied overlapt.", ctx),
    ]
    return out


def personeel(ctx):
    return [
        ("h1", "Personeel en professionalisering"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Het samenwerkingsverband heeft "
          "zelf een beperkt aantal medewerkers in dienst; het grootste deel van de ondersteuning wordt geboden door "
          "personeel van de schoolbesturen. Het personeelsbeleid van het samenwerkingsverband richt zich daarom op twee "
          "sporen: een goed toegerust eigen team en het versterken van de deskundigheid op de scholen.", ctx),
        P("Voor het eigen team investeren we in vakinhoudelijke scholing, intervisie en een goede inwerking van nieuwe "
          "collega's. Alle orthopedagogen zijn BIG- of NVO-geregistreerd en nemen deel aan een regionaal "
          "intervisienetwerk. Het ziekteverzuim in het team was in 2024 3,1 procent. Het samenwerkingsverband is "
          "aangesloten bij de cao van de sector en volgt de functiebeschrijvingen van een van de aangesloten besturen.", ctx),
        P("Voor de scholen organiseert het samenwerkingsverband een scholingsaanbod: korte trainingen, "
          "netwerkbijeenkomsten en leergangen, onder meer over gedrag, executieve functies, taalontwikkeling en "
          "samenwerking met ouders. Het aanbod wordt elk jaar in een brochure gepubliceerd. Daarnaast kunnen scholen "
          "een beroep doen op een kennisbank met praktijkvoorbeelden. Het lerarentekort in de regio maakt het lastig "
          "om leraren vrij te roosteren voor scholing; daarom bieden we steeds vaker korte modules aan op school.", ctx),
    ]


def ict_privacy(ctx):
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
          "ondersteuning en bij de afgifte van verklaringen. Dat gebeurt op basis van de Algemene verordening "
          "gegevensbescherming en de wettelijke grondslag in de onderwijswetgeving. Het samenwerkingsverband heeft een "
          "functionaris gegevensbescherming aangesteld, die wordt gedeeld met twee andere samenwerkingsverbanden.", ctx),
        P("Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving. Medewerkers hebben alleen "
          "toegang tot de gegevens die zij voor hun taak nodig hebben. Gegevens worden niet langer bewaard dan nodig: in "
          "de regel tot drie jaar na het laatste besluit. Het privacyreglement en het verwerkingsregister worden "
          "jaarlijks geactualiseerd. In 2025 laat het samenwerkingsverband een externe audit uitvoeren op de "
          "informatiebeveiliging van het digitale dossiersysteem.", ctx),
        P("Op het gebied van ICT sluit het samenwerkingsverband aan bij de voorzieningen van een van de grotere "
          "besturen. Het gaat om kantoorautomatisering, een beveiligde mailomgeving en de licentie van het "
          "dossiersysteem. Investeringen in ICT worden afgeschreven in drie tot vijf jaar.", ctx),
    ]


def planning(ctx):
    return [
        ("h1", "Planning en totstandkoming"),
        P("Dit plan geldt voor de schooljaren {periode}. Het plan is op 15 april 2025 door het algemeen bestuur "
          "vastgesteld, na instemming van de ondersteuningsplanraad en na het OOGO met de gemeenten, en vervolgens "
          "vóór 1 mei 2025 aan de Inspectie van het Onderwijs toegezonden. Het bestuur werkt het plan jaarlijks uit in "
          "een jaarplan met een bijbehorende jaarbegroting.", ctx),
        ("table", [["Moment", "Activiteit"],
                   ["najaar 2024", "regiobijeenkomsten en schrijfgroep"],
                   ["januari 2025", "concept besproken in directeurenoverleg"],
                   ["4 februari 2025", "OOGO met gemeenten"],
                   ["11 maart 2025", "concept naar de OPR"],
                   ["8 april 2025", "instemming OPR"],
                   ["15 april 2025", "vaststelling door algemeen bestuur"],
                   ["april 2025", "toezending aan de Inspectie"]]),
    ]


def slot(ctx):
    return [
        ("h1", "Tot slot"),
        P("Een ondersteuningsplan is een momentopname. De samenleving verandert, wetgeving verandert en ook de vragen "
          "van leerlingen en ouders veranderen. We verwachten dat in de komende planperiode nieuwe landelijke afspraken "
          "worden gemaakt, bijvoorbeeld over een landelijke norm en over de positie van ouders en leerlingen. Als dat "
          "gebeurt, passen we dit plan aan, uiteraard met instemming van de ondersteuningsplanraad. Tot die tijd is dit "
          "plan het gezamenlijke kompas van de schoolbesturen in onze regio.", ctx),
    ]


def begrippen(ctx, extra=None):
    items = [
        ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of een groep leerlingen."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."],
        ["Meerjarenbegroting", "De begroting van het samenwerkingsverband voor meerdere jaren vooruit."],
        ["Ondersteuningsprofiel (SOP)", "Document waarin een school beschrijft welke ondersteuning zij biedt."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en zorgen."],
        ["Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar een reguliere school."],
        ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."],
        ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de schoolbesturen."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
    ]
    if extra:
        items += extra
    items.sort()
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Betekenis"]] + items)]


def afkortingen(ctx):
    rows = [["Afkorting", "Betekenis"],
            ["AB", "Algemeen bestuur"], ["DUO", "Dienst Uitvoering Onderwijs"], ["IB", "Intern begeleider"],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"],
            ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
            ["TLV", "Toelaatbaarheidsverklaring"]]
    if ctx["sector"] == "po":
        rows += [["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"]]
    else:
        rows += [["LWOO", "Leerwegondersteunend onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                 ["PrO", "Praktijkonderwijs"], ["VSO", "Voortgezet speciaal onderwijs"]]
    return [("h1", "Lijst van afkortingen"), ("table", rows)]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


def toc_blocks(blocks):
    lines, h1n, h2n, page = [], 0, 0, 3
    for b in blocks:
        if b[0] == "h1":
            h1n += 1
            h2n = 0
            page += 2
            lines.append(f"{h1n}. {b[1]} " + "." * 8 + f" {page}")
        elif b[0] == "h2":
            h2n += 1
            lines.append(f"    {h1n}.{h2n} {b[1]} " + "." * 8 + f" {page}")
    return lines


def assemble(title, subtitle, blocks):
    return {"title": title, "subtitle": subtitle, "toc": toc_blocks(blocks), "blocks": blocks}


def number_headings(doc):
    out, h1n, h2n = [], 0, 0
    for b in doc["blocks"]:
        if b[0] == "h1":
            h1n += 1
            h2n = 0
            out.append(("h1", f"{h1n}. {b[1]}"))
        elif b[0] == "h2":
            h2n += 1
            out.append(("h2", f"{h1n}.{h2n} {b[1]}"))
        else:
            out.append(b)
    return out


def write_docx(doc, path, header=None):
    d = Document()
    d.core_properties.author = "holdout314"
    import datetime
    fixed = datetime.datetime(2025, 4, 15, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_printed = fixed
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    d.add_heading(doc["title"], level=0)
    if doc["subtitle"]:
        for line in doc["subtitle"].split("\n"):
            d.add_paragraph(line)
    d.add_page_break()
    d.add_paragraph("Inhoudsopgave").runs[0].bold = True
    for line in doc["toc"]:
        d.add_paragraph(line)
    d.add_page_break()
    for b in number_headings(doc):
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so the output is byte-for-byte reproducible."""
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout314.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 15, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_txt(doc, path, header=None):
    out = []
    if header:
        out += [header, ""]
    out += [doc["title"].upper(), ""]
    if doc["subtitle"]:
        out += doc["subtitle"].split("\n") + [""]
    out += ["INHOUDSOPGAVE", ""] + doc["toc"] + ["", ""]
    for b in number_headings(doc):
        kind = b[0]
        if kind == "h1":
            out += ["", b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "h2":
            out += [b[1], "-" * len(b[1]), ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["  * " + it for it in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            w = [max(len(str(r[j])) for r in rows) for j in range(len(rows[0]))]
            for i, r in enumerate(rows):
                out.append(" | ".join(str(c).ljust(w[j]) for j, c in enumerate(r)))
                if i == 0:
                    out.append("-+-".join("-" * x for x in w))
            out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(doc, path, header=None):
    out = [f"# {doc['title']}", ""]
    if doc["subtitle"]:
        out += ["*" + s + "*  " for s in doc["subtitle"].split("\n")] + [""]
    out += ["## Inhoudsopgave", ""] + ["    " + x.strip() if x.startswith("    ") else "- " + x for x in doc["toc"]] + [""]
    for b in number_headings(doc):
        kind = b[0]
        if kind == "h1":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout314_lo_"))
    try:
        profile = tmp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks=True):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks, "elements": elements,
            "criteria": criteria, "advisory_addressed": advisory, "notes": notes}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in advisory.items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        q = yaml.safe_dump(v, allow_unicode=True, width=10000, default_style='"').strip()
        lines.append(f"  {k}: {q}")
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def criteria_from_false(false_set, missing_elements=()):
    c = {}
    for k in CORE:
        c[k] = not (k in false_set or k.split(".")[0] in missing_elements)
    return c


def status_from(criteria, addressed_elsewhere):
    """Derive element status from core criteria; addressed_elsewhere = elements with only advisory content."""
    st = {}
    for e in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == e]
        if all(vals):
            st[e] = "present"
        elif any(vals) or e in addressed_elsewhere:
            st[e] = "partial"
        else:
            st[e] = "missing"
    return st




# =============================================================================================
# Plan 1: PO Lingewaarden (docx + pdf). TS partial (procedure deferred), RE partial (monitoring deferred)
# =============================================================================================

def plan_lingewaarden():
    ctx = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Lingewaarden", kort="SWV Lingewaarden",
               code="PO 25-11", regio="Lingewaarden", gemeenten="Lingedal, Overbetuwe-Zuid en Waalmonde",
               sector="po", besturen="elf", scholen="74", leerlingen="14.200", periode="2025-2029",
               directeur="drs. M.A. (Marieke) van Hulten")
    b = []
    b += voorwoord(ctx)
    b += leeswijzer(ctx, "Na de schets van ons samenwerkingsverband en onze visie beschrijven we wat iedere school "
                         "biedt, hoe extra ondersteuning en toelaatbaarheid geregeld zijn, hoe we het geld inzetten en "
                         "welke resultaten we nastreven.")
    b += context(ctx, [["Schoolbestuur", "Scholen", "Leerlingen"],
                       ["Stichting Lingewijs", "19", "3.840"], ["PCBO Waalmonde", "14", "2.710"],
                       ["Stichting Katholiek Onderwijs Overbetuwe-Zuid", "12", "2.390"],
                       ["Openbaar Onderwijs Lingedal", "11", "2.260"], ["Zeven kleinere besturen (samen)", "15", "2.480"],
                       ["SBO De Brug en SBO Het Anker", "2", "310"], ["SO De Regenboog (cluster 3 en 4)", "1", "210"]])
    b += visie(ctx)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        P("In ons samenwerkingsverband hebben de schoolbesturen samen vastgesteld welke ondersteuning iedere "
          "basisschool, op iedere locatie, zelf biedt zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
          "nodig is. Dit is de basisondersteuning. Het niveau is voor alle 70 reguliere basisscholen gelijk; een school "
          "mag meer bieden, maar nooit minder. Het afgesproken niveau is opgenomen in de 'Lingewaarden-standaard' die "
          "het algemeen bestuur op 12 november 2024 heeft vastgesteld en die voor de hele planperiode geldt.", ctx),
        P("Wat mag u als ouder van iedere school verwachten? De standaard bestaat uit tien onderdelen:", ctx),
        ("table", [["Nr", "Onderdeel", "Wat dat concreet betekent"],
                   ["1", "Intern begeleider", "Iedere school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen."],
                   ["2", "Dyslexie en dyscalculie", "De school werkt volgens het Protocol Leesproblemen en Dyslexie en het Protocol ERWD; signalering vanaf groep 2."],
                   ["3", "Gedrag", "Een schoolbreed gedragsprogramma (bijvoorbeeld PBS) en een aandachtsfunctionaris."],
                   ["4", "Meer- en hoogbegaafdheid", "Signalering met een vast instrument en verrijkingsaanbod in de eigen groep."],
                   ["5", "Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief nieuwkomers in het eerste jaar."],
                   ["6", "Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; planmatig werken met groepsplannen of -overzichten."],
                   ["7", "Ondersteuningsteam", "Een ondersteuningsteam (OT) met ouders, IB, schoolmaatschappelijk werk en zo nodig de consulent van het SWV."],
                   ["8", "Medisch handelen", "Een protocol medisch handelen; eenvoudige medische handelingen worden op school uitgevoerd."],
                   ["9", "Fysieke toegankelijkheid", "Het gebouw is rolstoeltoegankelijk of de school heeft een afspraak met een toegankelijke buurtschool."],
                   ["10", "Overdracht", "Warme overdracht bij iedere schoolwisseling en bij de overstap naar het VO."]]),
        P("Scholen beschrijven in hun schoolondersteuningsprofiel, en vanaf 2026 in de schoolgids, hoe zij deze tien "
          "onderdelen invullen. De consulenten van het samenwerkingsverband bespreken iedere twee jaar met elke school "
          "aan de hand van een kwaliteitskaart of de school de standaard haalt. Haalt een school een onderdeel niet, dan "
          "maakt de school binnen drie maanden een verbeterplan dat het bestuur van de school en de consulent samen "
          "volgen.", ctx),
        ("h1", "Het ondersteuningscontinuüm"),
        P("De ondersteuning in Lingewaarden is georganiseerd in vier lagen die op elkaar aansluiten. Laag 1 is de "
          "basisondersteuning zoals hierboven beschreven. Laag 2 is extra ondersteuning op de eigen school, in de vorm "
          "van een arrangement: de school vraagt via het ondersteuningsteam een consulent in, en samen met ouders wordt "
          "een arrangement opgesteld, bijvoorbeeld extra begeleiding door een gedragsspecialist of inzet van een "
          "onderwijsassistent. Laag 3 bestaat uit de bovenschoolse voorzieningen: de Plusklas voor hoogbegaafde "
          "leerlingen (vier locaties), de taalklas voor nieuwkomers in Waalmonde, en de observatiegroep 'De Sprong' "
          "waar kinderen maximaal twaalf weken kunnen worden geobserveerd. Laag 4 is het speciaal basisonderwijs (SBO "
          "De Brug en SBO Het Anker) en het speciaal onderwijs (SO De Regenboog, en voor cluster 3 en 4 leerlingen "
          "ook drie so-scholen net buiten de regio).", ctx),
        P("Een school die handelingsverlegen raakt, kan binnen vijf werkdagen een consulent inschakelen. De consulent "
          "is de vaste verbinding tussen school, ouders en de voorzieningen in laag 3 en 4. Zo ontstaat een doorgaande "
          "route van basis naar extra naar gespecialiseerd, zonder dat ouders zelf de weg hoeven te zoeken.", ctx),
        ("h2", "Witte vlekken en thuiszitters"),
        P("Twee keer per jaar, in oktober en in maart, bespreekt het directeurenoverleg een overzicht van alle "
          "leerlingen die geen passende plek hebben: thuiszitters, leerlingen met een vrijstelling, leerlingen op een "
          "wachtlijst voor het so, en leerlingen die meer dan vier weken gedeeltelijk zijn ingeroosterd. In oktober 2024 "
          "ging het om 23 leerlingen. Voor iedere leerling wijst het samenwerkingsverband binnen twee weken een "
          "casusregisseur aan die met school, ouders, leerplicht en jeugdhulp een plan maakt. Uit het overzicht van 2024 "
          "bleek dat er geen passend aanbod is voor jonge kinderen met ernstige gedragsproblemen die (nog) niet naar het "
          "so kunnen. Daarom start in augustus 2025 een kleine tussenvoorziening op SBO De Brug met acht plaatsen. "
          "Besturen hebben in een convenant afgesproken dat een school een leerling pas uitschrijft als een andere "
          "school de leerling heeft ingeschreven (zorgplicht).", ctx),
        ("h1", "Extra ondersteuning en toelaatbaarheid"),
        ("h2", "Toelaatbaarheidsverklaring voor SBO en SO"),
        P("Voor plaatsing in het speciaal basisonderwijs of het speciaal onderwijs is een toelaatbaarheidsverklaring "
          "(TLV) van het samenwerkingsverband nodig. De aanvraag wordt gedaan door het bestuur van de school waar de "
          "leerling is ingeschreven, in de praktijk door de intern begeleider. De school levert het groeidocument of "
          "OPP, het onderwijskundig rapport en de zienswijze van de ouders aan. De Commissie Toelaatbaarheid van het "
          "samenwerkingsverband neemt een besluit binnen zes weken na ontvangst van een volledige aanvraag. In de "
          "commissie zitten een orthopedagoog en een GZ-psycholoog van het samenwerkingsverband; zij geven ieder een "
          "eigen schriftelijk deskundigenadvies en zijn niet betrokken geweest bij de aanvraag. Bij een so-aanvraag "
          "wordt afhankelijk van het kind een kinderarts of maatschappelijk werker als tweede deskundige ingeschakeld.", ctx),
        P("De commissie toetst de aanvraag aan de volgende criteria:", ctx),
        ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                   ["SBO", "de ondersteuningsbehoefte de mogelijkheden van laag 1 en 2 overstijgt, er ten minste een half jaar een arrangement is ingezet en geëvalueerd, en de leerling is aangewezen op een kleine groep met een specifiek pedagogisch klimaat."],
                   ["SO cluster 3", "er sprake is van een (verstandelijke of lichamelijke) beperking of langdurige ziekte waardoor de leerling is aangewezen op een intensief, onderwijs-zorgaanbod dat het SBO niet kan bieden."],
                   ["SO cluster 4", "er sprake is van ernstige gedrags- of psychiatrische problematiek, het SBO-aanbod onvoldoende is gebleken of aantoonbaar onvoldoende zal zijn, en er een behoefte is aan structuur en behandeling gedurende de hele schooldag."]]),
        P("De TLV wordt in de regel afgegeven tot het einde van het schooljaar waarin de leerling een volgend "
          "ontwikkelmoment bereikt, met een maximum van twee schooljaren; voor leerlingen met een structurele beperking "
          "kan de TLV tot het einde van de basisschoolperiode gelden. Voor het SO wordt de bekostigingscategorie laag, "
          "midden of hoog vastgesteld op basis van het deskundigenadvies. Ouders die het niet eens zijn met een besluit "
          "kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT).", ctx),
        ("h2", "Na de TLV: terug naar de basisschool"),
        P("Het speciaal onderwijs is voor veel kinderen een tijdelijke plek. Ons uitgangspunt is dat een kind terugkeert "
          "naar een reguliere basisschool zodra de ondersteuningsbehoefte dat toelaat, bij voorkeur naar een school "
          "dicht bij huis. Terugplaatsing is aan de orde wanneer het OPP laat zien dat de leerling de doelen van het "
          "uitstroomprofiel kan halen met ondersteuning uit laag 1 en 2. De ontvangende school krijgt bij een "
          "terugplaatsing altijd een terugplaatsingsarrangement: gedurende zes maanden begeleiding door een "
          "ambulant begeleider van de s(b)o-school en een budget van € 4.500 voor extra handen in de klas. Hoe de "
          "stappen en de verantwoordelijkheden bij terugplaatsing precies verlopen, werken we in het schooljaar "
          "2025-2026 samen met de sbo- en so-scholen uit in een stappenplan.", ctx),
    ]
    b += governance(ctx)
    b += opr(ctx)
    b += oogo(ctx)
    b += [
        ("h1", "Geld en middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk een ondersteuningsbudget voor lichte en zware "
          "ondersteuning. Na aftrek van de afdrachten aan DUO voor het so en het sbo resteert het bedrag dat het "
          "samenwerkingsverband zelf verdeelt. Het algemeen bestuur stelt de verdeling jaarlijks in december vast, "
          "volgens het onderstaande verdeelmodel.", ctx),
        ("table", [["Onderdeel verdeelmodel", "Criterium", "Bedrag 2025"],
                   ["Schoolbudget basis", "€ 145 per leerling op teldatum 1 oktober van het voorgaande jaar", "€ 1.965.000"],
                   ["Vaste voet per school", "€ 6.000 per reguliere basisschool", "€ 420.000"],
                   ["Arrangementen laag 2", "toekenning per leerling door de consulent, gemiddeld € 3.800", "€ 760.000"],
                   ["Bovenschoolse voorzieningen", "budget per voorziening op basis van aantal plaatsen", "€ 690.000"],
                   ["Bureau en consulenten", "formatieplan", "€ 1.120.000"]]),
        P("Schoolbudgetten worden betaald aan het schoolbestuur, dat ze besteedt aan de basisondersteuning en aan "
          "preventieve inzet op zijn scholen. Besturen verantwoorden jaarlijks vóór 1 mei in een vast format hoe zij de "
          "middelen hebben besteed; het samenwerkingsverband neemt een samenvatting op in het jaarverslag.", ctx),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbudget", "11.640", "11.520", "11.410", "11.300"],
                   ["Afdrachten SO (DUO)", "4.210", "4.180", "4.150", "4.120"],
                   ["Afdrachten en groeibekostiging SBO", "2.480", "2.450", "2.420", "2.390"],
                   ["Schoolbudgetten en vaste voet", "2.385", "2.360", "2.340", "2.320"],
                   ["Arrangementen en voorzieningen", "1.450", "1.480", "1.490", "1.500"],
                   ["Bureau en consulenten", "1.120", "1.130", "1.140", "1.150"],
                   ["Resultaat", "-5", "-80", "-130", "-180"]]),
        P("De negatieve resultaten zijn bewust begroot: de reserve van het samenwerkingsverband lag eind 2024 boven de "
          "signaleringswaarde van de Inspectie. Met de geplande tekorten daalt het weerstandsvermogen naar ongeveer 6 "
          "procent van de baten, wat het bestuur voldoende vindt om de risico's (vooral groei van het so) op te vangen.", ctx),
        ("h1", "Ambities en resultaten"),
        P("Voor de planperiode heeft het bestuur de volgende beoogde resultaten voor leerlingen met een "
          "ondersteuningsbehoefte vastgesteld:", ctx),
        ("table", [["Ambitie", "Streefwaarde in 2029"],
                   ["Minder leerlingen zonder passende plek", "ten hoogste 10 leerlingen op de peildatum (2024: 23)"],
                   ["Thuisnabij onderwijs", "het deelnamepercentage so daalt van 1,9 naar 1,6 procent"],
                   ["Snelle hulp", "bij 90 procent van de arrangementen start de ondersteuning binnen vier weken"],
                   ["Tevreden ouders", "ouders van leerlingen met een arrangement geven gemiddeld ten minste een 7,5"]]),
        P("Hoe we de voortgang op deze ambities gaan meten en aan wie we erover rapporteren, leggen we in het eerste "
          "planjaar vast in een monitoringsplan. Tot die tijd bespreken de schoolbesturen de ambities in het "
          "directeurenoverleg.", ctx),
        ("h1", "Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met scholen via "
          "een maandelijkse nieuwsbrief en met gemeenten via het ambtelijk overleg. Voor ouders geldt het volgende. Op "
          "de website staat een ouderpagina waarop per school het ondersteuningsprofiel en de Lingewaarden-standaard te "
          "vinden zijn, met uitleg in gewone taal over arrangementen, de Plusklas, de observatiegroep en het speciaal "
          "onderwijs. Iedere school reikt ouders bij de inschrijving de folder 'Wat als mijn kind meer nodig heeft?' uit, "
          "die ook in het Arabisch, Pools en Turks beschikbaar is. Twee keer per jaar organiseert het "
          "samenwerkingsverband een informatieavond voor ouders.", ctx),
        P("Ouders die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Lingewaarden. Dat steunpunt is ondergebracht bij een onafhankelijke "
          "stichting en werkt niet in opdracht van de scholen. Daarnaast kunnen ouders kosteloos een onderwijsconsulent "
          "inschakelen via Onderwijsconsulenten (landelijk) en een klacht indienen bij de landelijke klachtencommissie "
          "waarbij alle besturen zijn aangesloten.", ctx),
    ]
    b += personeel(ctx)
    b += ict_privacy(ctx)
    b += planning(ctx)
    b += slot(ctx)
    b += begrippen(ctx)
    b += afkortingen(ctx)
    doc = assemble("Ondersteuningsplan 2025-2029", "Samenwerkingsverband Passend Primair Onderwijs Lingewaarden\n"
                   "PO 25-11\nVastgesteld door het algemeen bestuur op 15 april 2025", b)
    header = "Ondersteuningsplan SWV Lingewaarden 2025-2029 | basisondersteuning - toelaatbaarheid - terugplaatsing"
    tmp = Path(tempfile.mkdtemp(prefix="holdout314_p1_"))
    try:
        write_docx(doc, OUT / "po-lingewaarden.docx", header)
        write_docx(doc, tmp / "po-lingewaarden.docx", header)
        docx_to_pdf(tmp / "po-lingewaarden.docx", OUT / "po-lingewaarden.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    crit = criteria_from_false({"terugstroom.procedure", "resultaten.monitoring"})
    write_label("po-lingewaarden", ["po-lingewaarden.docx", "po-lingewaarden.pdf"], "po", status_from(crit, ()), crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning: wat elke school biedt': same minimum for every location + 10-item table (IB, dyslexie, gedrag, ...); borging via kwaliteitskaart.",
                 "plaatsing": "ch. 'Extra ondersteuning en toelaatbaarheid': aanvrager, dossier, commissie, 6 weken; criteria per SBO/SO cluster only in a table; two deskundigen, duur, categorie, LBT.",
                 "terugstroom": "policy (thuisnabij, OPP-condition, 6-month terugplaatsingsarrangement) hidden in TLV chapter; procedure (steps/who) explicitly deferred to a stappenplan in 2025-2026.",
                 "financien": "under heading 'Geld en middelen': verdeelmodel table with per-leerling amounts and multi-year table; reserves and verantwoording.",
                 "dekkend-aanbod": "ch. 'Het ondersteuningscontinuum' four layers + 'Witte vlekken en thuiszitters' (overview twice a year, casusregisseur, new tussenvoorziening, zorgplicht convenant).",
                 "resultaten": "ch. 'Ambities en resultaten' gives targets with streefwaarden; how progress is measured/reported is deferred to a monitoringsplan in the first plan year.",
                 "ouders": "under heading 'Communicatie': website ouderpagina, folder in 4 languages, info evenings; independent Ouder- en Jeugdsteunpunt + onderwijsconsulenten."})


# =============================================================================================
# Plan 2: VO Duinkust (pdf only). BO partial (inhoud), FI partial (besteding), DA partial (lacunes), OU missing
# =============================================================================================

def plan_duinkust():
    ctx = dict(swv="Stichting Samenwerkingsverband Voortgezet Onderwijs Duinkust", kort="SWV VO Duinkust",
               code="VO 27-03", regio="Duinkust", gemeenten="Zeewolde-aan-Zee, Strandhoven en Helmduin",
               sector="vo", besturen="zes", scholen="17", leerlingen="9.800", periode="2025-2029",
               directeur="J.P. (Jeroen) Verkerk MBA",
               samen="Samen: scholen, besturen en ketenpartners zijn gelijkwaardige gesprekspartners.")
    b = []
    b += voorwoord(ctx)
    b += leeswijzer(ctx, "Hoofdstuk 2 en 3 schetsen het samenwerkingsverband en onze visie. Daarna volgen de "
                         "ondersteuningsstructuur, de toewijzing van vso, lwoo en pro, de kwaliteitszorg en het "
                         "financieel beleid.")
    b += context(ctx, [["Schoolbestuur", "Vestigingen", "Leerlingen"],
                       ["Stichting Openbaar VO Duinkust", "5", "3.420"], ["Christelijke Scholengemeenschap Strandhoven", "4", "2.860"],
                       ["RK Lyceum Helmduin", "2", "1.650"], ["Stichting Praktijkonderwijs Kust", "2", "520"],
                       ["Stichting VSO De Branding", "2", "610"], ["Vrije School Duinkust", "2", "740"]])
    b += visie(ctx)
    b += [
        ("h1", "De ondersteuningsstructuur"),
        ("h2", "Basisondersteuning"),
        P("Basisondersteuning is in Duinkust het door alle zes besturen afgesproken niveau van ondersteuning dat "
          "iedere vestiging van iedere school voor voortgezet onderwijs biedt, ongeacht schoolsoort of denominatie. Het "
          "algemeen bestuur heeft dit niveau in juni 2024 opnieuw bevestigd. Het niveau sluit aan bij de vier aspecten "
          "uit het landelijke referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, de "
          "onderwijsondersteuningsstructuur en planmatig werken.", ctx),
        P("Hoe iedere vestiging de basisondersteuning concreet invult, welke interventies worden geboden en welke "
          "specialisten beschikbaar zijn, verschilt per school en is beschreven in het schoolondersteuningsprofiel op "
          "de website van de betreffende school. De directeur-bestuurder voert jaarlijks een kwaliteitsgesprek met "
          "iedere vestiging waarin het schoolondersteuningsprofiel wordt besproken; als een vestiging achterblijft, "
          "worden afspraken gemaakt die in het volgende gesprek terugkomen.", ctx),
        ("h2", "Van basis naar extra en specialistisch"),
        P("Boven op de basisondersteuning kent Duinkust drie niveaus van extra ondersteuning. Op niveau 2 krijgt een "
          "leerling een arrangement binnen de eigen school, bijvoorbeeld een trajectvoorziening, een "
          "faalangstreductietraining of coaching door een ondersteuningscoördinator. Op niveau 3 kan een leerling "
          "tijdelijk, maximaal twaalf weken, naar de reboundvoorziening 'Het Baken' of voor langere tijd naar het "
          "orthopedagogisch-didactisch centrum (OPDC) 'De Duinpan', dat twee groepen van twaalf leerlingen heeft. "
          "Niveau 4 is het voortgezet speciaal onderwijs op de twee vestigingen van VSO De Branding (cluster 4 en "
          "cluster 3). Daarnaast zijn er in de regio leerwegondersteunend onderwijs op vier vmbo-vestigingen, "
          "praktijkonderwijs op twee locaties en een internationale schakelklas (ISK) voor nieuwkomers.", ctx),
        ("table", [["Niveau", "Voorziening", "Toegang"],
                   ["1", "Basisondersteuning op iedere vestiging", "vrij toegankelijk"],
                   ["2", "Arrangement in de eigen school", "ondersteuningsteam van de school"],
                   ["3", "Rebound Het Baken / OPDC De Duinpan", "aanmelding via het Loket van het SWV"],
                   ["4", "VSO De Branding", "toelaatbaarheidsverklaring"],
                   ["-", "LWOO / PrO", "aanwijzing lwoo / TLV pro door het SWV"]]),
        ("h2", "Thuiszitters"),
        P("Ook in Duinkust zijn er jongeren die korter of langer niet naar school gaan. Hoe wij witte vlekken in het "
          "aanbod en thuiszitters structureel in beeld gaan brengen en welke aanpak daarbij past, gaan we in de loop "
          "van 2026 samen met de afdelingen leerplicht onderzoeken. De uitkomsten worden te zijner tijd aan het bestuur "
          "voorgelegd.", ctx),
        ("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
        ("h2", "Toelaatbaarheid tot het vso"),
        P("Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bestuur van de school waar de leerling "
          "is ingeschreven of aangemeld. De aanvraag gaat via het Loket van het samenwerkingsverband en bevat het OPP, "
          "een verslag van het multidisciplinair overleg en de handtekening van de ouders voor gezien. Het Loket "
          "toetst binnen vijf werkdagen of de aanvraag volledig is. De Commissie Toewijzing besluit binnen zes weken. De "
          "commissie vraagt advies aan twee deskundigen: een orthopedagoog-generalist of psycholoog, en afhankelijk van "
          "de leerling een jeugdarts, kinderpsychiater of maatschappelijk werker.", ctx),
        P("Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: (1) de "
          "ondersteuningsbehoefte is zo groot dat de leerling een aanbod nodig heeft met een groepsgrootte en "
          "intensiteit die de niveaus 1 tot en met 3 niet kunnen bieden; (2) de school heeft aantoonbaar ten minste "
          "één arrangement op niveau 2 of 3 ingezet en geëvalueerd, tenzij de ernst van de problematiek dat "
          "onmogelijk maakt; (3) het OPP laat zien dat het uitstroomprofiel van de leerling in het vso haalbaar is en "
          "in het regulier onderwijs niet. De TLV geldt voor ten hoogste twee schooljaren en vermeldt de "
          "bekostigingscategorie laag, midden of hoog.", ctx),
        ("h2", "Looptijd en afloop van de TLV"),
        P("Het vso is bedoeld als tussenstap waar dat kan. Het samenwerkingsverband streeft ernaar dat leerlingen "
          "die het vso niet meer nodig hebben terugkeren naar een school voor regulier voortgezet onderwijs, bij "
          "voorkeur in hun eigen woonplaats. Een terugplaatsing komt in beeld wanneer de leerling twee opeenvolgende "
          "OPP-evaluaties de gestelde doelen heeft gehaald en de gedragsdoelen stabiel zijn.", ctx),
        P("De procedure is als volgt. De vso-school evalueert het OPP ieder jaar; in het laatste jaar van de TLV "
          "doet zij dat vóór 1 februari, samen met de leerling, diens ouders en een consulent van het "
          "samenwerkingsverband. Adviseert de vso-school terugplaatsing, dan zoekt de consulent binnen vier weken een "
          "ontvangende VO-school en organiseert hij een overdrachtsgesprek. Is verdere vso-plaatsing nodig, dan vraagt "
          "de vso-school uiterlijk 1 april een nieuwe TLV aan; de Commissie Toewijzing besluit daarover. Zonder nieuwe "
          "TLV eindigt de plaatsing op 31 juli. Een teruggeplaatste leerling krijgt gedurende het eerste schooljaar een "
          "overgangsarrangement met wekelijkse begeleiding door een ambulant begeleider van De Branding; de "
          "ontvangende school ontvangt daarvoor € 6.000. In 2024 keerden 17 leerlingen vanuit het vso terug naar het "
          "regulier onderwijs.", ctx),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Duinkust hanteert voor lwoo en pro de landelijke criteria; het samenwerkingsverband maakt geen gebruik van "
          "de mogelijkheid om eigen lwoo-criteria vast te stellen. Een leerling komt in aanmerking voor lwoo bij een IQ "
          "tussen 75 en 90 en een leerachterstand van ten minste 25 procent op twee domeinen (waarvan één begrijpend "
          "lezen of inzichtelijk rekenen), of bij een IQ tussen 91 en 120 met dezelfde achterstand en een "
          "sociaal-emotionele problematiek. Voor pro gelden een IQ tussen 55 en 80 en een leerachterstand van ten minste "
          "50 procent op twee of meer domeinen. De VO-school waar de leerling is aangemeld, dient vóór 1 maart een "
          "aanvraag in bij het Loket met de gegevens uit het basisonderwijs en het capaciteitenonderzoek. De Commissie "
          "Toewijzing besluit binnen vier weken; een aanwijzing lwoo geldt voor de duur van de opleiding, een TLV pro "
          "voor de hele schoolloopbaan in het praktijkonderwijs.", ctx),
    ]
    b += governance(ctx)
    b += opr(ctx, met_ouders=False)
    b += oogo(ctx)
    b += [
        ("h1", "Kwaliteitszorg en resultaten"),
        ("h2", "Wat we willen bereiken"),
        P("Voor de planperiode zijn de volgende beoogde resultaten voor leerlingen met een extra ondersteuningsbehoefte "
          "vastgesteld:", ctx),
        ("table", [["Doel", "Indicator", "Nu (2024)", "Streefwaarde 2029"],
                   ["Meer leerlingen thuisnabij", "deelname vso op 1 oktober", "3,9%", "3,4%"],
                   ["Succesvolle terugkeer", "teruggeplaatste leerlingen die na een jaar nog regulier zijn", "71%", "85%"],
                   ["Snelle toewijzing", "doorlooptijd TLV-aanvraag in werkdagen", "34", "25"],
                   ["Diploma of startkwalificatie", "leerlingen OPDC die binnen 2 jaar regulier verder gaan", "58%", "70%"]]),
        ("h2", "Hoe we meten en verantwoorden"),
        P("Het bureau stelt ieder kwartaal een rapportage op voor het algemeen bestuur met de indicatoren uit de tabel "
          "en de aantallen aanvragen, toewijzingen en arrangementen per school. Eens per jaar, in het jaarverslag, "
          "rapporteren we de bereikte resultaten ten opzichte van de streefwaarden, inclusief de kosten per voorziening. "
          "In het najaar bespreekt de directeur-bestuurder de uitkomsten met de OPR en het directeurenoverleg; als een "
          "indicator twee jaar achter elkaar achterblijft, stelt het bestuur een verbeterplan vast. In 2027 laten we een "
          "externe tussenevaluatie uitvoeren.", ctx),
        ("h1", "Financieel beleid"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (inclusief de middelen voor lwoo en pro) "
          "en voor zware ondersteuning. De afdrachten voor het vso worden rechtstreeks door DUO ingehouden.", ctx),
        P("De middelen voor lichte ondersteuning worden als volgt verdeeld: 70 procent gaat naar de besturen naar rato "
          "van het aantal leerlingen op 1 oktober van het voorgaande jaar; iedere vestiging ontvangt daarnaast een vaste "
          "voet van € 25.000. De lwoo- en pro-middelen gaan naar de besturen op basis van het aantal aangewezen "
          "leerlingen op 1 oktober, met een bedrag per leerling dat het algemeen bestuur in december vaststelt. De "
          "resterende middelen zijn bestemd voor de voorzieningen op niveau 3 en voor het bureau; schoolbesturen kunnen "
          "daarnaast een individueel arrangement aanvragen bij het Loket, dat besluit op basis van het OPP. Besturen "
          "verantwoorden de besteding jaarlijks vóór 1 juni in het verantwoordingsformat van het samenwerkingsverband.", ctx),
        P("De meerjarenbegroting 2025-2028 is opgenomen in bijlage 6 bij dit plan. De bedragen voor de jaren vanaf 2026 "
          "zijn daarin p.m. opgenomen, omdat de nieuwe bekostigingssystematiek voor het voortgezet onderwijs nog niet "
          "bekend is.", ctx),
    ]
    b += personeel(ctx)
    b += ict_privacy(ctx)
    b += planning(ctx)
    b += slot(ctx)
    b += begrippen(ctx)
    b += afkortingen(ctx)
    doc = assemble("Ondersteuningsplan 2025-2029", "Stichting Samenwerkingsverband Voortgezet Onderwijs Duinkust\n"
                   "VO 27-03\nDefinitieve versie, april 2025", b)
    tmp = Path(tempfile.mkdtemp(prefix="holdout314_p2_"))
    try:
        write_docx(doc, tmp / "vo-duinkust.docx", "SWV VO Duinkust - Ondersteuningsplan 2025-2029 - ouders en leerlingen centraal")
        docx_to_pdf(tmp / "vo-duinkust.docx", OUT / "vo-duinkust.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    crit = criteria_from_false({"basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.lacunes"},
                               missing_elements=("ouders",))
    write_label("vo-duinkust", ["vo-duinkust.pdf"], "vo", status_from(crit, ()), crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "terugstroom": ["monitoring"], "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "'Basisondersteuning': defines the agreed level for every vestiging (niveau) but only names the 4 referentiekader aspects; concrete content referred to each school's SOP on the school website.",
                 "plaatsing": "'Toewijzing: vso, lwoo en praktijkonderwijs': Loket, Commissie Toewijzing, 6 weeks, 3 vso conditions, lwoo/pro criteria and procedure, two deskundigen, duration + categorie; no bezwaar route.",
                 "terugstroom": "hidden in 'Looptijd en afloop van de TLV' inside the toewijzing chapter: aim/conditions, yearly OPP evaluation, 1 Feb/1 April steps, overgangsarrangement, 17 returns in 2024.",
                 "financien": "'Financieel beleid': verdeling criteria (70% per leerling, vaste voet, lwoo/pro per leerling); meerjarenbegroting only in absent bijlage 6 with p.m. amounts.",
                 "dekkend-aanbod": "continuum of niveaus 1-4, rebound, OPDC, lwoo/pro, ISK (text + table); thuiszitters/witte vlekken only deferred ('gaan we in de loop van 2026 onderzoeken').",
                 "resultaten": "'Kwaliteitszorg en resultaten': target table with indicators, baseline and streefwaarden; quarterly reports, jaarverslag, verbeterplan.",
                 "ouders": "no information channels and no independent help for parents; OPR described without parent composition; 'ouders' only in voorwoord, TLV signature, header and glossary (OJSP)."})


# =============================================================================================
# Plan 3: PO Kempenrand (docx). PL partial (criteria -> bijlage), TS missing, RE missing, OU partial (steunpunt)
# =============================================================================================

def plan_kempenrand():
    ctx = dict(swv="Samenwerkingsverband Primair Onderwijs De Kempenrand", kort="SWV De Kempenrand",
               code="PO 30-08", regio="Kempenrand", gemeenten="Heiloo-Kempen, Bergeijkse Velden en Lommerdonk",
               sector="po", besturen="acht", scholen="41", leerlingen="7.600", periode="2025-2029",
               directeur="A. (Anouk) Smulders")
    b = []
    b += voorwoord(ctx)
    b += leeswijzer(ctx, "We beginnen met een terugblik op de vorige planperiode en een schets van de regio. "
                         "Daarna beschrijven we de ondergrens van ondersteuning, het aanbod, de toewijzing en de "
                         "financiën, en ten slotte de communicatie met ouders.")
    b += [
        ("h1", "Terugblik en resultaten vorige planperiode"),
        P("De vorige planperiode (2021-2025) stond in het teken van de overgang naar een nieuw toewijzingsmodel en van "
          "de nasleep van de coronaperiode. Wat hebben we gedaan? We hebben een nieuwe website gelanceerd, twaalf "
          "netwerkbijeenkomsten voor intern begeleiders georganiseerd, een studiedag over gedrag gehouden met meer dan "
          "driehonderd deelnemers, een werkgroep hoogbegaafdheid ingesteld en het dossiersysteem vervangen. Ook is het "
          "bureau verhuisd naar het onderwijskantoor in Lommerdonk. De schoolbesturen kijken met tevredenheid terug op "
          "de samenwerking in deze periode.", ctx),
        P("In deze periode is ook de samenwerking met de gemeenten geïntensiveerd. Er zijn drie werkconferenties "
          "gehouden en er is een gezamenlijke werkgroep onderwijs-jeugdhulp gestart.", ctx),
    ]
    b += context(ctx, [["Schoolbestuur", "Scholen", "Leerlingen"],
                       ["Stichting Kempenscholen", "13", "2.480"], ["Stichting Katholiek Onderwijs Lommerdonk", "10", "1.910"],
                       ["Openbaar Onderwijs De Velden", "8", "1.450"], ["Vier kleinere besturen", "8", "1.420"],
                       ["SBO De Heikant", "1", "190"], ["SO Het Vlot (cluster 4)", "1", "150"]])
    b += visie(ctx)
    b += [
        ("h1", "De ondergrens: wat ieder kind op iedere school krijgt"),
        P("Alle scholen in De Kempenrand hebben afgesproken welke ondersteuning zij in ieder geval bieden. Die "
          "ondergrens geldt voor iedere vestiging en is niet vrijblijvend: een school die onder de ondergrens zakt, "
          "spreekt het eigen bestuur daarop aan. Het gaat om de volgende afspraken.", ctx),
        ("ul", [
            "Een intern begeleider die dagelijks bereikbaar is voor leraren en ouders.",
            "Een leesinterventie en een rekeninterventie voor kinderen die achterblijven, volgens de landelijke protocollen.",
            "Een aanpak voor sociale veiligheid, met een anti-pestcoördinator en een jaarlijkse monitor.",
            "Een aanbod voor kinderen die meer aankunnen, in of naast de eigen groep.",
            "Begeleiding van kinderen met een taalachterstand, in samenwerking met de voorschoolse educatie.",
            "Twee keer per jaar een leerlingbespreking per groep, en een ondersteuningsteam met de jeugdverpleegkundige en schoolmaatschappelijk werk.",
            "Een protocol voor medicijnverstrekking en eenvoudige medische handelingen.",
        ]),
        P("Het samenwerkingsverband spreekt de scholen op deze afspraken aan tijdens de jaarlijkse "
          "schoolbezoeken van de consulenten.", ctx),
        ("h1", "Het aanbod in De Kempenrand"),
        P("Boven op de ondergrens kunnen scholen extra ondersteuning inzetten. Die extra ondersteuning bestaat uit "
          "arrangementen op de eigen school (begeleiding door een specialist van het expertiseteam, een "
          "onderwijsassistent, een individuele leerlijn), uit de bovenschoolse Kempenklas voor kinderen met een "
          "ontwikkelingsvoorsprong (één dag per week op twee locaties), uit de schakelgroep voor kinderen met een "
          "ernstige taalachterstand, en uit het speciaal basisonderwijs (SBO De Heikant) en het speciaal onderwijs (SO "
          "Het Vlot voor cluster 4; voor cluster 3 gaan kinderen naar so-scholen in de buurregio's). Zo ontstaat een "
          "doorlopende reeks van steeds intensievere ondersteuning, waarbij het expertiseteam de verbinding legt.", ctx),
        ("h2", "Geen kind buiten de boot"),
        P("Iedere maand komt het thuiszittersoverleg bijeen: de leerplichtambtenaren van de drie gemeenten, een "
          "consulent van het samenwerkingsverband en, per casus, de school en het wijkteam. Iedere leerling die langer "
          "dan vier weken niet (volledig) naar school gaat, wordt daar besproken tot er een oplossing is. Lukt het niet "
          "binnen acht weken, dan schaalt de consulent op naar de directeur-bestuurder, die de betrokken besturen bij "
          "elkaar roept. Eens per jaar analyseert het bureau welke hulpvragen het aanbod niet kan beantwoorden; die "
          "analyse liet in 2024 zien dat er een tekort is aan plaatsen voor jonge kinderen met een combinatie van "
          "leer- en gedragsproblemen. De besturen openen daarom per 1 augustus 2026 een tweede schakelgroep.", ctx),
        ("h1", "Toewijzing van extra ondersteuning"),
        ("h2", "Toelaatbaarheid tot SBO en SO"),
        P("De aanvraag voor een toelaatbaarheidsverklaring verloopt in vijf stappen:", ctx),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "school (IB)", "bespreekt de aanvraag in het ondersteuningsteam met ouders", "-"],
                   ["2", "schoolbestuur", "dient de aanvraag in via het digitale loket met groeidocument", "-"],
                   ["3", "consulent SWV", "controleert volledigheid en voert zo nodig een observatie uit", "10 werkdagen"],
                   ["4", "twee deskundigen", "orthopedagoog en tweede deskundige geven ieder schriftelijk advies", "-"],
                   ["5", "Commissie Toewijzing", "neemt een besluit en stuurt dit aan school en ouders", "binnen 6 weken na stap 2"]]),
        P("De criteria die de commissie hanteert, zijn uitgewerkt in het Toewijzingsprotocol (bijlage 5). Tegen het "
          "besluit kunnen ouders en school bezwaar maken bij de Landelijke Bezwaaradviescommissie (LBT).", ctx),
        ("h2", "Terugplaatsing"),
        P("Deze paragraaf wordt na het overleg met SBO De Heikant en SO Het Vlot in het najaar van 2025 aangevuld.", ctx),
        ("h2", "De overstap naar het voortgezet onderwijs"),
        P("Voor alle kinderen, ook die in het sbo en so, is de overstap naar het voortgezet onderwijs een belangrijk "
          "moment. De scholen volgen de regionale overstapkalender en zorgen voor een warme overdracht. Kinderen met "
          "een OPP krijgen een uitstroomperspectief dat in groep 7 met ouders wordt besproken.", ctx),
    ]
    b += governance(ctx)
    b += opr(ctx)
    b += oogo(ctx)
    b += [
        ("h1", "Financiën"),
        P("In de tabellen hieronder staat hoe de ondersteuningsmiddelen worden verdeeld en waaraan ze in de "
          "planperiode worden besteed.", ctx),
        ("table", [["Verdeelsleutel ondersteuningsmiddelen", "Grondslag", "Toekenning"],
                   ["Schoolbudget", "€ 160 per leerling (teldatum 1 oktober t-1)", "jaarlijks in januari aan het bestuur"],
                   ["Kleine-scholentoeslag", "€ 5.000 per school met minder dan 100 leerlingen", "jaarlijks in januari"],
                   ["Arrangementen", "aanvraag door school, besluit consulent op basis van OPP", "per arrangement, max. € 7.500"],
                   ["Expertiseteam", "inzet naar behoefte op aanvraag van de school", "in natura"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbudget", "6.210", "6.150", "6.090", "6.040"],
                   ["Afdrachten SBO en SO", "3.320", "3.300", "3.290", "3.280"],
                   ["Schoolbudgetten en toeslag", "1.270", "1.250", "1.230", "1.220"],
                   ["Arrangementen", "640", "650", "650", "650"],
                   ["Kempenklas en schakelgroepen", "360", "420", "480", "480"],
                   ["Expertiseteam en bureau", "650", "660", "670", "680"],
                   ["Saldo", "-30", "-130", "-230", "-270"]]),
        ("h1", "Communicatie"),
        P("Het samenwerkingsverband wil dat ouders weten waar zij aan toe zijn. Op de website staat een rubriek 'Voor "
          "ouders' met per school de ondersteuningsmogelijkheden, een uitleg over de Kempenklas en de schakelgroep, en "
          "een stroomschema van de toewijzing. Scholen nemen in hun schoolgids een vaste paragraaf op over de "
          "ondersteuning op school en in de regio. Bij het eerste ondersteuningsteam krijgen ouders de brochure 'Samen "
          "kijken naar wat uw kind nodig heeft'. Daarnaast heeft het samenwerkingsverband een contactpersoon ouders, "
          "die elke dinsdag telefonisch bereikbaar is voor vragen over het aanbod.", ctx),
        P("Een ouder- en jeugdsteunpunt richten wij in zodra de nieuwe wetgeving daarover in werking treedt. Nadere "
          "informatie hierover volgt.", ctx),
    ]
    b += personeel(ctx)
    b += ict_privacy(ctx)
    b += planning(ctx)
    b += slot(ctx)
    b += begrippen(ctx, extra=[["Terugplaatsingsarrangement", "Begeleiding van een leerling die vanuit het s(b)o terugkeert naar de basisschool."]])
    b += afkortingen(ctx)
    doc = assemble("Ondersteuningsplan De Kempenrand 2025-2029", "Samenwerkingsverband Primair Onderwijs De Kempenrand\n"
                   "PO 30-08\nVersie 1.3 - vastgesteld", b)
    write_docx(doc, OUT / "po-kempenrand.docx", "Ondersteuningsplan 2025-2029 | resultaten, terugplaatsing en ouders")
    crit = criteria_from_false({"plaatsing.criteria", "ouders.steunpunt"}, missing_elements=("terugstroom", "resultaten"))
    write_label("po-kempenrand", ["po-kempenrand.docx"], "po", status_from(crit, ()), crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                 "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "unusual wording 'De ondergrens: wat ieder kind op iedere school krijgt': agreed for every vestiging + 7 concrete bullets; the word basisondersteuning only in glossary.",
                 "plaatsing": "'Toelaatbaarheid tot SBO en SO': five-step table (who/what/termijn), two deskundigen, LBT; criteria only referred to absent 'Toewijzingsprotocol (bijlage 5)'.",
                 "terugstroom": "heading 'Terugplaatsing' exists but only says it 'wordt ... aangevuld'; otherwise only glossary ('Terugplaatsingsarrangement'), header and PO-VO overstap/uitstroomperspectief near-misses.",
                 "financien": "'Financien' is tables only: verdeelsleutel with per-leerling amounts and a 4-year meerjarenbegroting.",
                 "dekkend-aanbod": "'Het aanbod in De Kempenrand' (arrangementen, Kempenklas, schakelgroep, sbo/so) + 'Geen kind buiten de boot' (monthly thuiszittersoverleg, escalation, yearly gap analysis, new group 2026).",
                 "resultaten": "heading 'Terugblik en resultaten vorige planperiode' lists activities only; no intended results, no monitoring; 'resultaten' also only in header/glossary.",
                 "ouders": "'Communicatie': website rubriek, schoolgids paragraph, brochure, contactpersoon (informatie); OJSP deferred ('richten wij in zodra ... Nadere informatie volgt')."})


# =============================================================================================
# Plan 4: VO Veenzuid (txt). BO missing, PL partial (procedure), TS partial (beleid), FI missing, RE partial (doelen)
# =============================================================================================

def plan_veenzuid():
    ctx = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Veenkolonien-Zuid", kort="SWV VO Veenzuid",
               code="VO 20-05", regio="Veenkolonien-Zuid", gemeenten="Turfmond, Oud-Wijkveen en Kanaalzijde",
               sector="vo", besturen="vijf", scholen="12", leerlingen="6.900", periode="2025-2029",
               directeur="H. (Hester) Bouwman")
    b = []
    b += voorwoord(ctx)
    b += leeswijzer(ctx, "Na de inleiding volgen het ondersteuningsaanbod, de toelaatbaarheid, de overgang "
                         "na het vso, de monitoring, financien en de informatie voor ouders en leerlingen.")
    b += context(ctx, [["Schoolbestuur", "Vestigingen", "Leerlingen"],
                       ["Stichting VO Turfmond", "4", "2.650"], ["Christelijk College Kanaalzijde", "3", "2.110"],
                       ["Openbare Scholengemeenschap Oud-Wijkveen", "2", "1.370"],
                       ["Praktijkschool Veenzuid", "1", "340"], ["VSO De Horizon", "2", "430"]])
    b += visie(ctx)
    b += [
        ("h1", "Het ondersteuningsaanbod"),
        P("Het aanbod in Veenzuid is opgebouwd in lagen. Wat er op iedere school aan ondersteuning is, verschilt "
          "nu nog per school en staat in het schoolondersteuningsprofiel van de school. Gezamenlijke afspraken over "
          "een basisniveau maken we pas wanneer de landelijke norm voor basisondersteuning bekend is; tot dan blijft "
          "dit onderwerp op de agenda van het directeurenoverleg.", ctx),
        ("table", [["Laag", "Voorziening", "Voor wie", "Capaciteit"],
                   ["1", "ondersteuning binnen de school (zie SOP)", "alle leerlingen", "-"],
                   ["2", "ondersteuningsarrangement via het ondersteuningsteam", "leerlingen met een OPP", "ca. 180 per jaar"],
                   ["3", "Rebound De Schakel (max. 12 weken)", "leerlingen die tijdelijk vastlopen", "16 plaatsen"],
                   ["3", "OPDC De Overstap (1-2 jaar)", "leerlingen met leer- en gedragsproblemen in leerjaar 1-2", "24 plaatsen"],
                   ["3", "ISK Kanaalzijde", "nieuwkomers 12-18 jaar", "60 plaatsen"],
                   ["4", "VSO De Horizon cluster 3 en 4", "leerlingen met een TLV", "430 leerlingen"],
                   ["-", "LWOO en praktijkonderwijs", "leerlingen met aanwijzing of TLV pro", "zie toewijzing"]]),
        P("De lagen sluiten op elkaar aan: een leerling gaat pas naar een volgende laag als de vorige onvoldoende "
          "blijkt, en keert waar mogelijk terug naar een lagere laag. Het ondersteuningsteam van de school is de "
          "toegang tot laag 2; de trajectbegeleiders van het samenwerkingsverband zijn de toegang tot laag 3 en 4 en "
          "houden contact met jeugdhulp. Voor leerlingen die zowel onderwijs als zorg nodig hebben, zijn er twee "
          "onderwijs-zorgarrangementen op De Horizon, samen gefinancierd met de gemeenten.", ctx),
        ("h2", "Thuiszitters en wachtlijsten"),
        P("Het samenwerkingsverband houdt samen met leerplicht een actuele lijst bij van alle jongeren die niet of "
          "gedeeltelijk naar school gaan, en van alle leerlingen die op een wachtlijst staan voor een voorziening. De "
          "thuiszitterstafel (leerplicht, trajectbegeleider, jeugdarts, wijkteam) bespreekt iedere casus binnen twee "
          "weken na melding en wijst een regisseur aan. Wachtlijsten langer dan zes weken worden aan het bestuur "
          "gemeld, dat dan binnen een maand extra capaciteit inkoopt of een tijdelijke oplossing regelt. Uit de "
          "analyse van 2024 bleek dat meisjes met internaliserende problematiek vaak buiten beeld raken; daarom start in "
          "2025 een kleine dagvoorziening in samenwerking met de jeugd-GGZ.", ctx),
        ("h1", "Toelaatbaarheid"),
        P("Voor het vso, lwoo en praktijkonderwijs is een besluit van het samenwerkingsverband nodig. Hoe een aanvraag "
          "verloopt, welke stukken nodig zijn en wie beslist, staat beschreven in het Loketreglement dat op de website "
          "van het samenwerkingsverband is gepubliceerd. Voor de beoordeling gelden de volgende criteria:", ctx),
        ("table", [["Voorziening", "Criteria"],
                   ["VSO cluster 3", "verstandelijke beperking (IQ < 70) of lichamelijke beperking/langdurige ziekte met een ondersteuningsbehoefte die laag 1-3 overstijgt"],
                   ["VSO cluster 4", "ernstige gedrags- of psychiatrische problematiek; aantoonbaar onvoldoende resultaat van een arrangement op laag 2 of 3"],
                   ["LWOO", "landelijke criteria: IQ 75-90 en leerachterstand 25-50% op ten minste twee domeinen (of IQ 91-120 met sociaal-emotionele problematiek)"],
                   ["PrO", "landelijke criteria: IQ 55-80 en leerachterstand van 50% of meer op ten minste twee domeinen"]]),
        P("Een TLV voor het vso geldt voor ten hoogste twee schooljaren en vermeldt de bekostigingscategorie.", ctx),
        ("h2", "Afloop van een TLV"),
        P("In het laatste jaar van een TLV evalueert de vso-school uiterlijk 1 maart het OPP. Zij stuurt de evaluatie "
          "naar de trajectbegeleider van het samenwerkingsverband. Als de vso-school een nieuwe TLV nodig acht, dient "
          "het bestuur van de vso-school vóór 1 april een aanvraag in en besluit het samenwerkingsverband binnen zes "
          "weken. Wordt geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli; de vso-school meldt de leerling "
          "vóór 1 mei aan bij een school voor regulier voortgezet onderwijs en de trajectbegeleider zit het "
          "overdrachtsgesprek voor.", ctx),
    ]
    b += governance(ctx)
    b += opr(ctx)
    b += oogo(ctx)
    b += [
        ("h1", "Monitoring en kwaliteitszorg"),
        P("Het samenwerkingsverband verzamelt ieder jaar op 1 oktober en 1 februari kengetallen: het aantal "
          "toelaatbaarheidsverklaringen, de deelname aan vso en praktijkonderwijs, het aantal thuiszitters en "
          "vrijstellingen, het aantal terugplaatsingen en de doorlooptijd van aanvragen. De cijfers worden per school "
          "besproken in een jaarlijks kwaliteitsgesprek en in het directeurenoverleg, en in het jaarverslag aan de "
          "OPR en de gemeenten gerapporteerd. Eens per twee jaar houden we een tevredenheidspeiling onder ouders en "
          "scholen.", ctx),
        ("table", [["Kengetal", "1-10-2022", "1-10-2023", "1-10-2024"],
                   ["Deelname vso", "4,6%", "4,4%", "4,5%"], ["Deelname pro", "3,1%", "3,0%", "3,2%"],
                   ["Thuiszitters (> 4 weken)", "19", "14", "12"], ["Terugplaatsingen vanuit vso", "8", "11", "9"],
                   ["Gem. doorlooptijd aanvraag (werkdagen)", "41", "37", "30"]]),
        P("Welke resultaten we in deze planperiode willen bereiken, stellen we vast nadat in de loop van 2026 een "
          "nulmeting is uitgevoerd. De streefwaarden worden dan als addendum aan dit plan toegevoegd.", ctx),
        ("h1", "Financien"),
        P("De verdeling van de ondersteuningsmiddelen over de besturen en de meerjarenbegroting worden jaarlijks "
          "vastgelegd in het jaarplan en de begroting van het samenwerkingsverband. Deze documenten maken geen deel uit "
          "van dit ondersteuningsplan; zij worden na vaststelling op de website geplaatst. Het bestuur onderzoekt in "
          "2025-2026 of het huidige verdeelmodel moet worden herzien.", ctx),
        ("h1", "Ouders en leerlingen"),
        ("h2", "Hoe wij u informeren"),
        P("Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is. Daarom publiceren we op de website een "
          "overzicht van alle voorzieningen uit de lagen 2 tot en met 4, met per voorziening een korte film. Iedere "
          "school verwijst in de schoolgids naar dit overzicht en naar het eigen schoolondersteuningsprofiel. In "
          "november organiseren we samen met de scholen een informatiemarkt voor ouders van leerlingen in groep 7 en 8 "
          "die extra ondersteuning nodig hebben. Het samenwerkingsverband heeft een ouderfolder in eenvoudige taal, "
          "ook in het Engels en Oekraïens. Ouders van een leerling voor wie een arrangement of TLV wordt aangevraagd, "
          "krijgen altijd een kopie van de adviezen.", ctx),
        ("h2", "Als u er met school niet uitkomt"),
        P("Loopt het gesprek met school vast, dan kunt u contact opnemen met het Steunpunt Passend Onderwijs Veenzuid. "
          "Het steunpunt is onafhankelijk van de scholen en het samenwerkingsverband en wordt bemenst door twee "
          "ervaren ouders en een jurist. U kunt ook gratis een onderwijsconsulent inschakelen. Bij een klacht kunt u "
          "terecht bij de klachtencommissie van het schoolbestuur of bij de Geschillencommissie passend onderwijs.", ctx),
    ]
    b += personeel(ctx)
    b += ict_privacy(ctx)
    b += planning(ctx)
    b += slot(ctx)
    b += begrippen(ctx)
    b += afkortingen(ctx)
    doc = assemble("Ondersteuningsplan Veenkolonien-Zuid 2025-2029",
                   "Samenwerkingsverband Voortgezet Onderwijs Veenkolonien-Zuid (VO 20-05)\nVastgesteld 15 april 2025", b)
    write_txt(doc, OUT / "vo-veenzuid.txt", "SWV VO Veenzuid | Ondersteuningsplan 2025-2029 | pagina-indeling volgt de PDF-versie")
    crit = criteria_from_false({"plaatsing.procedure", "terugstroom.beleid", "resultaten.doelen"},
                               missing_elements=("basisondersteuning", "financien"))
    write_label("vo-veenzuid", ["vo-veenzuid.txt"], "vo", status_from(crit, ()), crit,
                {"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "no agreed level and no content: 'verschilt per school, staat in het SOP', shared level deferred until the landelijke norm; term only in glossary/TOC-like text.",
                 "plaatsing": "'Toelaatbaarheid': criteria table for vso cl.3/4, lwoo, pro; procedure (who applies, steps, who decides) only in the Loketreglement on the website; duration/categorie mentioned.",
                 "terugstroom": "'Afloop van een TLV': steps with dates and actors (evaluation 1 March, new TLV by 1 April, end 31 July, overdracht); no aims, conditions or support after return.",
                 "financien": "'Financien' only refers verdeling and meerjarenbegroting to separate jaarplan/begroting on the website and says the model is being studied.",
                 "dekkend-aanbod": "'Het ondersteuningsaanbod' layer table (rebound, OPDC, ISK, vso, lwoo/pro) + 'Thuiszitters en wachtlijsten' (thuiszitterstafel, escalation, new dagvoorziening).",
                 "resultaten": "'Monitoring en kwaliteitszorg': kengetallen, kwaliteitsgesprekken, jaarverslag and a 3-year figures table; intended results deferred until after a 2026 nulmeting.",
                 "ouders": "'Ouders en leerlingen': website overview, schoolgids, informatiemarkt, folder in 3 languages; independent Steunpunt, onderwijsconsulent, geschillencommissie."})


# =============================================================================================
# Plan 5: PO Maasheuvels (md). PL missing, DA missing, FI partial (verdeling), OU partial (informatie)
# =============================================================================================

def plan_maasheuvels():
    ctx = dict(swv="Samenwerkingsverband Passend Onderwijs Maasheuvels PO", kort="SWV Maasheuvels",
               code="PO 31-09", regio="Maasheuvels", gemeenten="Heuvelmaas, Grensdal en Sint-Odiliënrode",
               sector="po", besturen="zes", scholen="38", leerlingen="6.300", periode="2025-2029",
               directeur="drs. R. (Ruud) Penders")
    b = []
    b += voorwoord(ctx)
    b += leeswijzer(ctx, "Dit plan is een plan op hoofdlijnen. Het beschrijft de basisondersteuning, de "
                         "doorgaande lijnen, onze ambities en de financiele kaders.")
    b += context(ctx, [["Schoolbestuur", "Scholen", "Leerlingen"],
                       ["Stichting Onderwijs Heuvelmaas", "14", "2.310"], ["Stichting Grensdal Scholen", "11", "1.780"],
                       ["Stichting KBO Odiliënrode", "9", "1.560"], ["Twee eenpitters", "2", "290"],
                       ["SBO De Wingerd", "1", "200"], ["SO De Maasoever", "1", "160"]])
    b += visie(ctx)
    b += [
        ("h1", "Basisondersteuning"),
        P("De besturen hebben op 3 oktober 2024 vastgesteld wat iedere school in Maasheuvels, op iedere locatie, "
          "minimaal biedt. Dit basisniveau is bindend voor alle 36 basisscholen en wordt elk jaar door het algemeen "
          "bestuur bevestigd. Het omvat:", ctx),
        ("table", [["Thema", "Wat iedere school biedt"],
                   ["Lezen en rekenen", "een vroegtijdige signalering in groep 2 en 3 en een interventieaanbod volgens de protocollen dyslexie en dyscalculie"],
                   ["Gedrag en welbevinden", "een methode voor sociaal-emotioneel leren, een gedragsprotocol en een vertrouwenspersoon"],
                   ["Begaafdheid", "compacten en verrijken voor leerlingen die dat nodig hebben"],
                   ["Structuur", "een intern begeleider, een ondersteuningsteam en een schoolondersteuningsprofiel"],
                   ["Werkwijze", "handelingsgericht werken met drie groepsbesprekingen per jaar"],
                   ["Medisch", "een protocol medisch handelen en afspraken met de jeugdgezondheidszorg"]]),
        ("h1", "Toelaatbaarheid"),
        P("De procedure en de criteria voor de afgifte van toelaatbaarheidsverklaringen voor het sbo en het so zijn "
          "vastgelegd in het Handboek Toewijzing Maasheuvels. Dit handboek is geen onderdeel van dit plan en wordt "
          "afzonderlijk door het bestuur vastgesteld; u vindt het op onze website.", ctx),
        ("h1", "Ons aanbod"),
        P("In de komende planperiode brengen we in beeld welke voorzieningen er in de regio zijn en waar witte vlekken "
          "zitten. Op basis daarvan stelt het bestuur in 2026 een plan op. Tot die tijd werken we met de arrangementen "
          "zoals die de afgelopen jaren zijn gegroeid.", ctx),
        ("h1", "Doorgaande lijnen"),
        ("h2", "Van groep 8 naar het voortgezet onderwijs"),
        P("De overstap naar het voortgezet onderwijs verloopt volgens de regionale POVO-afspraken. Iedere leerling krijgt "
          "een warme overdracht; voor leerlingen met een OPP schuift de ondersteuningscoördinator van de VO-school aan "
          "bij het laatste gesprek.", ctx),
        ("h2", "Van sbo en so terug naar de basisschool"),
        P("Wij vinden dat een kind niet langer in het speciaal (basis)onderwijs hoort te blijven dan nodig is. "
          "Terugkeer naar een reguliere basisschool is het doel zodra het kind zich daar met de basisondersteuning en "
          "een tijdelijke extra begeleiding kan ontwikkelen, en bij voorkeur naar een school in de eigen kern. Het "
          "kind mag daarbij in de regel niet meer dan één keer in een schooljaar van school wisselen, zodat de overgang "
          "zorgvuldig kan verlopen.", ctx),
        P("Werkwijze: de sbo- of so-school bespreekt bij iedere OPP-evaluatie, en in elk geval in het laatste jaar van "
          "de TLV vóór 1 maart, met ouders of terugplaatsing mogelijk is. Als de school terugplaatsing adviseert, meldt "
          "zij dit bij het samenwerkingsverband; de orthopedagoog van het samenwerkingsverband zoekt samen met ouders "
          "binnen zes weken een ontvangende basisschool en stelt een overdrachtsplan op. De directeur van de "
          "ontvangende school besluit over de inschrijving. De overstap vindt bij voorkeur plaats na een vakantie. De "
          "sbo- of so-school begeleidt het kind en de nieuwe leraar gedurende minimaal een half jaar na de terugkeer; "
          "na drie en na zes maanden is er een evaluatie. Als blijkt dat het kind langer speciaal onderwijs nodig heeft, "
          "vraagt de school tijdig een nieuwe TLV aan.", ctx),
    ]
    b += governance(ctx)
    b += opr(ctx)
    b += oogo(ctx, inhoudelijk=False)
    b += [
        ("h1", "Ambities en resultaten"),
        P("We willen dat kinderen met een ondersteuningsbehoefte zo veel mogelijk in de eigen kern naar school gaan en "
          "dat terugkeer uit het speciaal onderwijs vaker lukt. Dat vertalen we in de volgende beoogde resultaten:", ctx),
        ("table", [["Beoogd resultaat", "Bereikt 2024", "Streefwaarde 2028"],
                   ["Deelnamepercentage sbo", "2,4%", "2,0%"], ["Deelnamepercentage so", "1,8%", "1,6%"],
                   ["Terugplaatsingen per jaar vanuit sbo/so", "6", "12"],
                   ["Ouders tevreden over de ondersteuning (rapportcijfer)", "7,1", "7,6"]]),
        P("Het bureau stelt ieder jaar in maart een monitor op met deze cijfers, afkomstig uit DUO-gegevens, de eigen "
          "registratie en een tevredenheidsonderzoek onder ouders. De monitor wordt besproken in het algemeen bestuur "
          "en met de OPR, en de bereikte resultaten worden met de ingezette middelen verantwoord in het jaarverslag. "
          "Blijft een resultaat achter, dan stelt het bestuur de aanpak bij in het jaarplan van het volgende jaar.", ctx),
        ("h1", "Financiele kaders"),
        P("Over de verdeling van de middelen over de schoolbesturen besluit het bestuur in het najaar van 2025 op "
          "basis van een voorstel van de werkgroep financien. De begroting ziet er voor de planperiode als volgt uit:", ctx),
        ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdrage ondersteuning", "5.240", "5.190", "5.150", "5.100"],
                   ["Afdrachten sbo en so", "2.860", "2.830", "2.800", "2.780"],
                   ["Middelen voor de schoolbesturen", "1.540", "1.520", "1.510", "1.490"],
                   ["Terugplaatsingsbegeleiding", "90", "120", "150", "180"],
                   ["Bureau, orthopedagogen en monitor", "820", "830", "840", "850"],
                   ["Resultaat", "-70", "-110", "-150", "-200"]]),
        P("De begrote tekorten worden gedekt uit de algemene reserve, die eind 2024 € 1,9 miljoen bedroeg. Het bestuur "
          "houdt een weerstandsvermogen aan van ten minste 5 procent van de baten.", ctx),
        ("h1", "Ouders"),
        P("Een communicatieplan voor ouders, waarin staat hoe we ouders over de ondersteuningsmogelijkheden informeren, "
          "volgt in 2026.", ctx),
        P("Als ouders er met de school of met het samenwerkingsverband niet uitkomen, kunnen zij terecht bij het "
          "onafhankelijke ouder- en jeugdsteunpunt 'Maas & Ouders', dat elke werkdag telefonisch bereikbaar is en op "
          "woensdag een spreekuur houdt in de bibliotheek van Heuvelmaas. Ook kunnen ouders kosteloos een beroep doen "
          "op een onderwijsconsulent van Onderwijsconsulenten.", ctx),
    ]
    b += personeel(ctx)
    b += ict_privacy(ctx)
    b += planning(ctx)
    b += slot(ctx)
    b += begrippen(ctx)
    b += afkortingen(ctx)
    doc = assemble("Ondersteuningsplan Maasheuvels 2025-2029 - op hoofdlijnen",
                   "Samenwerkingsverband Passend Onderwijs Maasheuvels PO (PO 31-09)", b)
    write_md(doc, OUT / "po-maasheuvels.md")
    crit = criteria_from_false({"financien.verdeling", "ouders.informatie"},
                               missing_elements=("plaatsing", "dekkend-aanbod"))
    write_label("po-maasheuvels", ["po-maasheuvels.md"], "po", status_from(crit, ()), crit,
                {"terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "'Basisondersteuning': binding minimum for every location (niveau) + thema table of what every school offers (inhoud).",
                 "plaatsing": "'Toelaatbaarheid' only refers procedure and criteria to the separate Handboek Toewijzing on the website; nothing else.",
                 "terugstroom": "hidden under 'Doorgaande lijnen > Van sbo en so terug naar de basisschool': policy (aim, conditions) and 'Werkwijze' steps, decider, evaluations, support after return.",
                 "financien": "'Financiele kaders': 4-year begroting with amounts and reserves; verdeling over besturen deferred to a decision in autumn 2025.",
                 "dekkend-aanbod": "'Ons aanbod' only defers the inventory and witte vlekken to 2026; OOGO only as a procedural date; no continuum, thuiszitters or zorgplicht content.",
                 "resultaten": "'Ambities en resultaten': table with achieved 2024 and target 2028 values; yearly March monitor, AB/OPR, jaarverslag with linked funding.",
                 "ouders": "'Ouders': how parents are informed is deferred ('communicatieplan ... volgt in 2026'); independent OJSP 'Maas & Ouders' and onderwijsconsulenten described."})


# =============================================================================================
# 6: near-miss: a single school's own 'ondersteuningsplan' (docx)
# =============================================================================================

def nearmiss_wilgenhoek():
    ctx = dict(swv="", kort="", code="", regio="", gemeenten="", sector="po", besturen="", scholen="",
               leerlingen="", periode="2025-2026", directeur="")
    b = [
        ("h1", "Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen organiseert in het "
          "schooljaar 2025-2026. Het plan is opgesteld door de intern begeleider en de directeur en besproken met het "
          "team en de medezeggenschapsraad. Het is een werkdocument voor het team en een verantwoording naar ouders "
          "en het bestuur. De Wilgenhoek is aangesloten bij het samenwerkingsverband passend onderwijs in onze regio; "
          "het ondersteuningsplan van het samenwerkingsverband vormt het kader voor dit schoolplan.", ctx),
        ("h1", "Onze leerlingen"),
        P("De Wilgenhoek telt op 1 oktober 2024 214 leerlingen in negen groepen. Ongeveer 18 procent van de leerlingen "
          "heeft een ondersteuningsbehoefte die verder gaat dan wat in de groep gebruikelijk is. Twaalf leerlingen "
          "hebben een ontwikkelingsperspectiefplan (OPP). Het schoolondersteuningsprofiel (SOP) beschrijft welke "
          "basisondersteuning en extra ondersteuning de school biedt.", ctx),
        ("h1", "Zorgniveaus"),
        ("table", [["Niveau", "Omschrijving", "Wie"],
                   ["1", "algemene zorg in de groep: differentiatie volgens het groepsoverzicht", "leraar"],
                   ["2", "extra zorg in de groep: verlengde instructie, pre-teaching", "leraar"],
                   ["3", "speciale zorg na intern onderzoek: handelingsplan", "leraar en IB"],
                   ["4", "speciale zorg met externe deskundigen: arrangement van het samenwerkingsverband", "IB, ouders, consulent SWV"],
                   ["5", "verwijzing: aanvraag toelaatbaarheidsverklaring sbo of so", "directie, ouders, SWV"]]),
        ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes van oktober, februari en juni, houdt de intern begeleider met iedere "
          "leraar een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd, de groepsoverzichten "
          "bijgesteld en leerlingen besproken die opvallen. Leerlingen voor wie de aanpak in de groep onvoldoende werkt, "
          "komen in de leerlingbespreking en zo nodig in het ondersteuningsteam. Aan het ondersteuningsteam nemen de "
          "ouders, de IB'er, de jeugdverpleegkundige en de schoolmaatschappelijk werker deel.", ctx),
        ("h1", "Extra ondersteuning vanuit het samenwerkingsverband"),
        P("Als de school handelingsverlegen is, vraagt de IB'er via het digitale loket van het samenwerkingsverband een "
          "consulent in. Samen met ouders wordt gekeken of een arrangement op school passend is. Het "
          "samenwerkingsverband stelt de school daarvoor middelen beschikbaar; in 2024-2025 ontving de school € 18.400 "
          "voor arrangementen, waarmee een onderwijsassistent twee dagen per week is ingezet. Als een plaatsing in het "
          "speciaal basisonderwijs of speciaal onderwijs nodig lijkt, vraagt de school na overleg met ouders een "
          "toelaatbaarheidsverklaring aan. Het samenwerkingsverband beslist over de toelaatbaarheid. Na terugplaatsing "
          "uit het sbo begeleidt de school het kind volgens het overdrachtsplan.", ctx),
        ("h1", "Ouders"),
        P("Ouders zijn partner. Zij worden betrokken bij ieder gesprek over hun kind en tekenen het OPP. Informatie over "
          "de ondersteuning op school staat in de schoolgids en op de website van de school. Ouders met vragen of "
          "zorgen kunnen terecht bij de leerkracht, de IB'er of de directeur; voor onafhankelijk advies kunnen zij het "
          "ouder- en jeugdsteunpunt van het samenwerkingsverband benaderen.", ctx),
        ("h1", "Professionalisering en evaluatie"),
        P("Het team volgt dit schooljaar een scholing over executieve functies. De intern begeleider neemt deel aan het "
          "IB-netwerk van het samenwerkingsverband. Het ondersteuningsplan wordt in juni 2026 geëvalueerd met het team; "
          "de doelen voor volgend jaar worden opgenomen in het jaarplan van de school.", ctx),
        ("h1", "Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"], ["september", "startgesprekken met ouders en leerlingen"],
                   ["oktober", "toetsen en groepsbespreking 1"], ["januari/februari", "toetsen en groepsbespreking 2"],
                   ["maart", "evaluatie OPP's"], ["juni", "toetsen, groepsbespreking 3, evaluatie ondersteuningsplan"],
                   ["juli", "overdracht naar de volgende groep"]]),
    ]
    doc = assemble("Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
                   "Openbare basisschool De Wilgenhoek\nZorgstructuur, ondersteuning en verantwoording", b)
    write_docx(doc, OUT / "school-wilgenhoek-ondersteuningsplan.docx", "OBS De Wilgenhoek - ondersteuningsplan 2025-2026")
    write_label("school-wilgenhoek-ondersteuningsplan", ["school-wilgenhoek-ondersteuningsplan.docx"], "po", {}, {}, {},
                {"document": "A single basisschool's own school-level 'ondersteuningsplan' (zorgniveaus, groepsbesprekingen, IB, OPP, arrangement from the SWV); it is not the plan of a samenwerkingsverband (no verband-wide basisondersteuning, no verdeelmodel, no OOGO/OPR/planperiode)."},
                looks=False)


def main():
    plan_lingewaarden()
    plan_duinkust()
    plan_kempenrand()
    plan_veenzuid()
    plan_maasheuvels()
    nearmiss_wilgenhoek()


if __name__ == "__main__":
    main()
