#!/usr/bin/env python3
"""Generate holdout259: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Formats: .docx (python-docx), .pdf (LibreOffice from a temporary .docx), .md and .txt.
"""
import datetime
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Mini markup: one block per line.
#   "TITLE: x" title page line, "PAGEBREAK", "# " h1, "## " h2, "Q: " question (bold),
#   "- " bullet, "| a | b |" table row (first row of a run = header), "TOC" table of contents,
#   anything else = paragraph.
# --------------------------------------------------------------------------------------------


def fill(text, v):
    for k, val in v.items():
        text = text.replace("{" + k + "}", val)
    return text


def blocks(text):
    out = []
    table = None
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = []
                out.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line:
            continue
        if line.startswith("TITLE: "):
            out.append(("title", line[7:]))
        elif line == "PAGEBREAK":
            out.append(("pagebreak", ""))
        elif line == "TOC":
            out.append(("toc", ""))
        elif line.startswith("## "):
            out.append(("h2", line[3:]))
        elif line.startswith("# "):
            out.append(("h1", line[2:]))
        elif line.startswith("Q: "):
            out.append(("q", line[3:]))
        elif line.startswith("- "):
            out.append(("li", line[2:]))
        else:
            out.append(("p", line))
    return out


def toc_lines(bl, extra):
    lines = [t for k, t in bl if k == "h1"]
    return lines + extra


def write_docx(bl, path, header, toc_extra):
    doc = Document()
    doc.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.author = "holdout259"
    doc.core_properties.title = header
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = header
    doc.sections[0].footer.paragraphs[0].text = header + " | concept voor OPR en OOGO"
    for kind, val in bl:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(20)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for i, t in enumerate(toc_lines(bl, toc_extra)):
                doc.add_paragraph(t + " ........ " + str(3 + 2 * i))
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "q":
            p = doc.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(val):
                cells = t.add_row().cells
                for ci in range(ncol):
                    txt = row[ci] if ci < len(row) else ""
                    cells[ci].text = txt
                    if ri == 0:
                        for r in cells[ci].paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        else:
            doc.add_paragraph(val)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_md(bl, path, header, toc_extra):
    out = ["<!-- " + header + " -->", ""]
    for kind, val in bl:
        if kind == "title":
            out += ["**" + val + "**", ""]
        elif kind == "pagebreak":
            out += ["---", ""]
        elif kind == "toc":
            out += ["## Inhoud", ""]
            out += ["- " + t for t in toc_lines(bl, toc_extra)]
            out.append("")
        elif kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "q":
            out += ["**" + val + "**", ""]
        elif kind == "li":
            out.append("- " + val)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            rows = [r + [""] * (ncol - len(r)) for r in val]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * ncol)
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        else:
            out += [val, ""]
    text = "\n".join(out)
    text = re.sub(r"(\n- [^\n]*)\n(?!- |\n)", r"\1\n\n", text)
    path.write_text(text, encoding="utf-8")


def write_txt(bl, path, header, toc_extra):
    out = [header, "=" * len(header), ""]
    for kind, val in bl:
        if kind == "title":
            out += [val.upper(), ""]
        elif kind == "pagebreak":
            out += ["", ""]
        elif kind == "toc":
            out += ["INHOUD", ""]
            out += ["  " + t for t in toc_lines(bl, toc_extra)]
            out.append("")
        elif kind == "h1":
            out += ["", val.upper(), "-" * len(val), ""]
        elif kind == "h2":
            out += [val, ""]
        elif kind == "q":
            out += ["> " + val, ""]
        elif kind == "li":
            out.append("  * " + val)
        elif kind == "table":
            for r in val:
                out.append("  " + " ; ".join(r))
            out.append("")
        else:
            out += [val, ""]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout259_lo_"))
    try:
        prof = tmp / "profile"
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + prof.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(bl):
    n = 0
    for kind, val in bl:
        if kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        else:
            n += len(val.split())
    return n


# --------------------------------------------------------------------------------------------
# Filler chapters shared (with variables) by the plans. They mention element words in passing
# only; none of them addresses a core criterion of Part A.
# --------------------------------------------------------------------------------------------
FILL = {}

FILL["voorwoord"] = """
# Voorwoord
Voor u ligt het ondersteuningsplan {PERIODE} van {SWV}. Het is het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste dat we vanaf de eerste schets samen met de ondersteuningsplanraad hebben opgebouwd. In de afgelopen jaren hebben scholen, besturen en partners hard gewerkt, en op veel plekken zien we mooie resultaten: leerkrachten die met meer vertrouwen een leerling met een ondersteuningsbehoefte in de klas houden, intern begeleiders en ondersteuningscoördinatoren die elkaar over de grenzen van besturen heen weten te vinden en gemeenten die aanschuiven als het ingewikkeld wordt. Tegelijk weten we dat het voor een deel van de leerlingen nog niet goed genoeg gaat.
Dit plan is geen handboek. Het beschrijft wat we met elkaar hebben afgesproken, waar we de komende vier jaar naartoe willen en hoe we de middelen die het Rijk ons toevertrouwt willen inzetten. Waar nodig verwijzen we naar uitwerkingen die het bestuur afzonderlijk vaststelt. We hebben geprobeerd het plan leesbaar te houden voor iedereen die ermee te maken heeft: leerkrachten, schoolleiders, bestuurders, ouders en onze partners in de gemeenten en de jeugdhulp. {VW_QA}
Graag bedank ik iedereen die heeft meegedacht: de werkgroepen, de leden van de ondersteuningsplanraad, de wethouders en beleidsmedewerkers van de gemeenten {GEM}, en de vele professionals die tijdens de consultatierondes in het najaar hun ervaringen deelden. Zonder hun kritische blik was dit plan dikker en vager geworden.
{DIRECTEUR}, directeur-bestuurder
"""

FILL["regio"] = """
# Ons samenwerkingsverband
{SWV} ({CODE}) is een stichting waarin {NBEST} schoolbesturen samenwerken. Het werkgebied omvat de gemeenten {GEM}. In het gebied staan {NSCH} en gaan ongeveer {NLL} leerlingen naar school. Het gebied kent zowel stedelijke kernen als uitgestrekte landelijke delen, wat gevolgen heeft voor reistijden en voor de bereikbaarheid van gespecialiseerde voorzieningen.
Het leerlingaantal daalt licht. De prognoses van de gemeenten laten tot 2030 een krimp zien van ongeveer vier procent, met grote verschillen tussen de kernen. Voor kleine scholen betekent dat dat zij steeds vaker samenwerken of fuseren. Voor het samenwerkingsverband betekent het dat we de komende jaren met minder leerlingen dezelfde kwaliteit van ondersteuning willen blijven bieden, terwijl de vaste lasten niet vanzelf meedalen.
Binnen het gebied werken we samen met {ANDERSWV}, onder meer over de overstap tussen primair en voortgezet onderwijs. Er is twee keer per jaar bestuurlijk overleg; de afspraken over de warme overdracht liggen vast in een convenant dat in 2024 is vernieuwd.
"""

FILL["visie"] = """
# Visie en missie
Onze missie is kort: iedere leerling in {REGIO} krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis. Dat klinkt eenvoudig, maar het vraagt veel van scholen, van leraren en van de samenwerking met de mensen om de leerling heen.
We gaan uit van de mogelijkheden van leerlingen en niet van hun beperkingen. Een diagnose is geen voorwaarde voor ondersteuning: het gaat om de vraag wat een leerling nodig heeft om zich te ontwikkelen en wat de leraar nodig heeft om dat te bieden. Daarbij past een houding van vertrouwen: we leggen de verantwoordelijkheid zo laag mogelijk in de organisatie, bij de school en het team dat de leerling kent.
Vier kernwaarden zijn richtinggevend: nabijheid, eigenaarschap, samenwerking en transparantie. Nabijheid betekent dat ondersteuning zo veel mogelijk in de eigen klas en de eigen school plaatsvindt. Eigenaarschap betekent dat schoolbesturen zelf verantwoordelijk zijn voor de kwaliteit van de ondersteuning op hun scholen. Samenwerking betekent dat we niet wachten tot een probleem groot is, maar vroeg de juiste partner aan tafel vragen. Transparantie betekent dat we open zijn over keuzes en over wat wel en niet lukt.
Inclusiever onderwijs is voor ons een richting, geen eindpunt. We willen de komende planperiode stappen zetten, maar we zijn realistisch over wat scholen in een tijd van personeelstekorten kunnen dragen. Daarom kiezen we voor een beperkt aantal speerpunten en zetten we liever een kleine stap die lukt dan een grote die strandt.
"""

FILL["governance"] = """
# Organisatie en governance
De stichting kent een scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door een directeur-bestuurder, die wordt benoemd door de Raad van Toezicht. De Raad van Toezicht bestaat uit vijf leden, van wie drie afkomstig zijn uit de kring van de aangesloten schoolbesturen en twee onafhankelijk zijn. De algemene vergadering van aangesloten besturen stelt het ondersteuningsplan, de begroting en het jaarverslag vast op voorstel van de directeur-bestuurder, na goedkeuring door de Raad van Toezicht.
Het bureau van het samenwerkingsverband is gevestigd in {STAD}. Er werken circa {FTE} fte aan medewerkers: consulenten, orthopedagogen, een beleidsmedewerker, een controller en ondersteunend personeel. Het bureau ondersteunt de scholen, voert de wettelijke taken uit en bereidt de besluitvorming van het bestuur voor.
De statuten en het bestuursreglement zijn in 2024 geactualiseerd. Daarin is ook de geschillenregeling tussen de aangesloten besturen opgenomen. Het toezichtkader van de Raad van Toezicht is gebaseerd op de code goed bestuur van de sectorraad. Eén keer per jaar evalueert de Raad van Toezicht zijn eigen functioneren.
"""

FILL["opr_ouders"] = """
# Medezeggenschap
Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR telt {NOPR} leden, die worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen: de helft van de leden is personeelslid, de andere helft {OPRLEDEN}. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau.
De OPR is vanaf het begin betrokken geweest bij het opstellen van dit plan. In drie themabijeenkomsten is met de leden gesproken over de ervaringen van ouders en medewerkers met de ondersteuning in de regio; die ervaringen zijn in de hoofdstukken verwerkt. De OPR heeft op {OPRDATUM} ingestemd met dit ondersteuningsplan. De directeur-bestuurder overlegt minimaal vijf keer per jaar met de OPR.
"""

FILL["opr_kaal"] = """
# Medezeggenschap
Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR telt {NOPR} leden, die volgens het reglement worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau.
De OPR is vanaf het begin betrokken geweest bij het opstellen van dit plan. In drie themabijeenkomsten is met de leden gesproken over hun ervaringen met de ondersteuning in de regio. De OPR heeft op {OPRDATUM} ingestemd met dit ondersteuningsplan. De directeur-bestuurder overlegt minimaal vijf keer per jaar met de OPR.
"""

FILL["oogo"] = """
# Samenwerking met gemeenten en jeugdhulp
Goede ondersteuning stopt niet bij de schooldeur. Veel leerlingen met een ondersteuningsbehoefte hebben ook te maken met jeugdhulp, en omgekeerd. Met de gemeenten {GEM} voeren we daarom niet alleen het wettelijk verplichte op overeenstemming gericht overleg (OOGO) over dit plan, maar werken we ook het hele jaar door samen.
Het OOGO over het concept van dit plan vond plaats op {OOGODATUM}. De gemeenten hebben hun jeugdbeleid naast dit ondersteuningsplan gelegd. De gezamenlijke afspraken gaan over de inzet van jeugdhulp op school (de schoolmaatschappelijk werker en de praktijkondersteuner jeugd zijn voor iedere school bereikbaar), onderwijs-zorgarrangementen voor leerlingen die onderwijs en zorg gecombineerd nodig hebben, de aansluiting van de wijkteams bij de ondersteuningsteams van de scholen, leerlingenvervoer en onderwijshuisvesting.
Voor onderwijs-zorgarrangementen hanteren we een gezamenlijke werkwijze: school, jeugdhulpaanbieder en gemeente stellen één plan op, met één regisseur die de voortgang bewaakt. Deze werkwijze is vastgelegd in een convenant dat in 2024 is vernieuwd en dat door alle gemeenten en besturen is ondertekend.
"""

FILL["personeel"] = """
# Personeel en professionalisering
Het lerarentekort raakt ook de ondersteuning. Scholen hebben moeite om vacatures voor intern begeleiders, onderwijsassistenten en gedragsspecialisten te vullen. Het samenwerkingsverband kan dat tekort niet oplossen, maar wel helpen de beschikbare expertise beter te benutten en te delen.
Daarom organiseren we vier keer per jaar een netwerkbijeenkomst voor {NETWERK} en twee keer per jaar een regionale studiedag. Het scholingsaanbod van het samenwerkingsverband richt zich op handelingsgericht werken, het omgaan met gedrag in de klas, het gesprek met leerlingen over hun ontwikkeling en het samenwerken met jeugdhulp. Nieuwe intern begeleiders en ondersteuningscoördinatoren volgen een inwerkprogramma van een jaar.
Het bureau van het samenwerkingsverband heeft zelf ook een personeelsbeleid. Medewerkers volgen jaarlijks scholing, werken met een persoonlijk ontwikkelplan en voeren gesprekken volgens de gesprekscyclus. Bij vacatures werken we waar mogelijk samen met de aangesloten besturen, zodat expertise in de regio behouden blijft.
"""

FILL["ict"] = """
# ICT, registratie en privacy
Aanvragen, dossiers en besluiten verlopen via een beveiligde digitale omgeving waarin scholen en het bureau samenwerken. Alleen medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. Het samenwerkingsverband heeft een functionaris gegevensbescherming, een verwerkingsregister en een procedure voor het melden van datalekken.
Persoonsgegevens over gezondheid verwerken we alleen voor zover dat nodig is voor de wettelijke taken. De gegevens die nodig zijn voor een besluit over een toelaatbaarheidsverklaring bewaren we tot drie jaar na dat besluit. Met de aangesloten besturen is een verwerkersovereenkomst gesloten. In 2027 vervangen we het huidige registratiesysteem; de aanbesteding daarvoor start in het voorjaar van 2026.
"""

FILL["planning"] = """
# Planning en vaststelling
Dit ondersteuningsplan geldt van 1 augustus {JAAR1} tot en met 31 juli {JAAR2}. Het plan is als volgt tot stand gekomen en vastgesteld:
| Stap | Datum |
| Concept besproken met directeuren en besturen | 14 november {JAAR0} |
| Concept besproken met de OPR | 9 december {JAAR0} |
| OOGO met de gemeenten | {OOGODATUM} |
| Overleg met het aangrenzende samenwerkingsverband | 5 februari {JAAR1} |
| Instemming OPR | {OPRDATUM} |
| Vaststelling door de algemene vergadering | 8 april {JAAR1} |
| Toezending aan de Inspectie van het Onderwijs | vóór 1 mei {JAAR1} |
Tussentijdse wijzigingen van dit plan leggen we ter instemming voor aan de ondersteuningsplanraad. Het plan wordt elk schooljaar uitgewerkt in een jaarplan met een jaarbegroting.
"""

FILL["landelijk_ouders"] = """
# Landelijke ontwikkelingen
Dit plan is geschreven in een periode waarin passend onderwijs landelijk in beweging is. De Verbeteraanpak passend onderwijs loopt door tot 2035. De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt onder meer het hoorrecht van leerlingen bij het ontwikkelingsperspectief en verplicht ieder samenwerkingsverband om een ouder- en jeugdsteunpunt te hebben. Ook wordt gewerkt aan een landelijke norm voor basisondersteuning.
Wij volgen deze ontwikkelingen via de sectorraden en het Steunpunt Passend Onderwijs. Waar een wetswijziging tijdens de planperiode ingaat, passen we het plan aan en leggen we de wijziging voor aan de ondersteuningsplanraad.
"""

FILL["landelijk_kaal"] = """
# Landelijke ontwikkelingen
Dit plan is geschreven in een periode waarin passend onderwijs landelijk in beweging is. De Verbeteraanpak passend onderwijs loopt door tot 2035 en in Den Haag wordt gewerkt aan een landelijke norm voor basisondersteuning. Wij volgen deze ontwikkelingen via de sectorraad en het Steunpunt Passend Onderwijs. Waar een wetswijziging tijdens de planperiode ingaat, passen we het plan aan en leggen we de wijziging voor aan de ondersteuningsplanraad.
"""


FILL["besturen"] = """
# Samenwerking tussen besturen en scholen
Het samenwerkingsverband is van en voor de besturen. Dat vraagt om een overlegstructuur waarin besturen, directeuren en professionals elkaar regelmatig spreken. Het bestuurlijk overleg van de bestuurders komt zes keer per jaar bijeen en bereidt de algemene vergadering voor. Daarnaast is er per kern een directeurenoverleg, dat vier keer per jaar plaatsvindt en waarin ook de consulent van het samenwerkingsverband aanschuift.
Voor specifieke onderwerpen werken we met tijdelijke werkgroepen. In de afgelopen periode waren dat onder meer werkgroepen over het inwerken van nieuwe intern begeleiders en ondersteuningscoördinatoren, over de samenwerking met het mbo en over het gebruik van één format voor het groeidocument. Een werkgroep heeft een opdracht met een einddatum en wordt daarna opgeheven. Zo voorkomen we dat de overlegstructuur blijft groeien.
Ieder voorjaar organiseren we een regiodag voor alle directeuren, intern begeleiders en ondersteuningscoördinatoren. Die dag staat in het teken van ontmoeting en het delen van goede voorbeelden. De evaluaties van de regiodag zijn steeds positief; deelnemers waarderen vooral de gesprekken met collega's van andere besturen.
"""

FILL["bureau"] = """
# Het bureau en de huisvesting
Het bureau van het samenwerkingsverband verhuist in de zomer van 2026 naar een gedeeld pand met de gemeentelijke jeugdteams. Die keuze past bij onze wens om dichter bij de partners te werken. Het nieuwe pand is goed bereikbaar met het openbaar vervoer en heeft gespreksruimtes die ook door scholen kunnen worden gebruikt.
Het bureau werkt volgens vaste kantoortijden, maar consulenten en orthopedagogen zijn het grootste deel van de week op de scholen te vinden. Het secretariaat is op werkdagen bereikbaar van 8.30 tot 16.30 uur. In de schoolvakanties is het bureau beperkt bezet. Voor de eigen bedrijfsvoering werken we samen met een administratiekantoor en een externe accountant.
Bij de inrichting van het nieuwe pand letten we op duurzaamheid: het pand heeft zonnepanelen, en medewerkers worden gestimuleerd om met de fiets of het openbaar vervoer naar de scholen te reizen. Reiskosten declareren medewerkers volgens de regeling van de cao.
"""

FILL["vervoer"] = """
# Leerlingenvervoer
Leerlingenvervoer is een taak van de gemeenten en valt buiten de verantwoordelijkheid van het samenwerkingsverband. Toch merken we in de praktijk dat vervoer een grote rol speelt bij de vraag of een leerling naar een bepaalde school kan. Lange reistijden zijn zwaar, vooral voor jonge kinderen en voor leerlingen met een ondersteuningsbehoefte.
In het OOGO en in het ambtelijk overleg met de gemeenten vragen we daarom aandacht voor de reistijden en voor de continuïteit van chauffeurs. De gemeenten hebben afgesproken dat een aanvraag voor vervoer binnen vier weken wordt afgehandeld en dat een leerling niet langer dan 60 minuten per rit onderweg is. Scholen kunnen signalen over het vervoer doorgeven aan het bureau, dat ze bundelt en twee keer per jaar met de gemeenten bespreekt.
"""


def glossary(entries):
    G = {
        "Arrangement": "Afspraak over extra ondersteuning voor een leerling of groep, met doel, inzet en duur.",
        "Basisondersteuning": "De ondersteuning die iedere school binnen het samenwerkingsverband biedt.",
        "Bekostigingscategorie": "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het (v)so.",
        "Dekkend aanbod": "Een samenhangend geheel van ondersteuningsvoorzieningen, zodat iedere leerling een passende plek heeft.",
        "Deskundigenadvies": "Advies van twee deskundigen dat nodig is voor een besluit over toelaatbaarheid.",
        "Lwoo": "Leerwegondersteunend onderwijs.",
        "Meerjarenbegroting": "Begroting voor meerdere jaren, vastgesteld door het bestuur.",
        "OJSP": "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jeugdigen.",
        "Onderwijsconsulenten": "Landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
        "OOGO": "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
        "OPP": "Ontwikkelingsperspectiefplan.",
        "OPR": "Ondersteuningsplanraad.",
        "Pro": "Praktijkonderwijs.",
        "Resultaten": "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben.",
        "SOP": "Schoolondersteuningsprofiel.",
        "Terugplaatsing": "Het teruggaan van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs.",
        "Thuiszitter": "Leerplichtige leerling die zonder geldige reden niet naar school gaat.",
        "TLV": "Toelaatbaarheidsverklaring voor sbo, so of vso.",
        "Verdeelmodel": "De regels waarmee het samenwerkingsverband middelen verdeelt over besturen en scholen.",
        "Vso": "Voortgezet speciaal onderwijs.",
    }
    lines = ["# Begrippenlijst"]
    for e in entries:
        lines.append("- " + e + ": " + G[e])
    return "\n".join(lines) + "\n"


# ============================================================================================
# Plan 1 - PO, .docx - SWV PO De Maasoever
# ============================================================================================
P1_VARS = dict(
    SWV="Samenwerkingsverband Passend Primair Onderwijs De Maasoever", CODE="PO 31-04",
    REGIO="het Maasoevergebied", PERIODE="2026-2030", NBEST="elf", GEM="Maasdonk-Oost, Heerewaarde en Lithoijen",
    NSCH="38 basisscholen met 45 vestigingen, twee scholen voor speciaal basisonderwijs en drie so-locaties",
    NLL="9.400", ANDERSWV="het samenwerkingsverband voor voortgezet onderwijs in de regio",
    DIRECTEUR="Marieke van Dorst", STAD="Heerewaarde", FTE="14", NOPR="twaalf", OPRLEDEN="ouder",
    OPRDATUM="3 maart 2026", OOGODATUM="22 januari 2026", NETWERK="intern begeleiders",
    JAAR0="2025", JAAR1="2026", JAAR2="2030",
    VW_QA="Daarom is het hoofdstuk voor ouders geschreven in de vorm van vragen en antwoorden.")

P1_BODY = """
TITLE: Ondersteuningsplan 2026-2030
TITLE: Samenwerkingsverband Passend Primair Onderwijs De Maasoever (PO 31-04)
Samen sterk voor ieder kind: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, dekkend aanbod, resultaten en ouders.
PAGEBREAK
TOC
PAGEBREAK
{{voorwoord}}
{{regio}}
{{visie}}
# Wat iedere school biedt
## Basisondersteuning: de afgesproken ondergrens
Alle aangesloten besturen hebben met elkaar afgesproken welke ondersteuning iedere school in De Maasoever minimaal biedt. Deze afspraak geldt voor elke vestiging, groot of klein, stad of dorp, en ongeacht het bestuur of de denominatie. Een school mag meer bieden dan deze ondergrens, maar nooit minder. Wat een school daarbovenop kan, staat in haar schoolondersteuningsprofiel.
De ondergrens bestaat uit de volgende voorzieningen, die een ouder op iedere school mag verwachten:
- een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning op school coördineert en het aanspreekpunt is voor leerkrachten;
- drie keer per jaar een groepsbespreking per groep en een leerlingbespreking waar dat nodig is, volgens de werkwijze van handelingsgericht werken;
- een ondersteuningsteam dat minstens drie keer per jaar bijeenkomt, met de intern begeleider, de orthopedagoog van het samenwerkingsverband en, waar nodig, de schoolmaatschappelijk werker;
- een dyslexieprotocol en een dyscalculieprotocol, inclusief de begeleiding van leerlingen met een vermoeden van ernstige enkelvoudige dyslexie tot de aanmelding voor onderzoek;
- een schoolbrede aanpak voor sociale veiligheid en gedrag, met een anti-pestprogramma en een vaste werkwijze bij escalatie;
- een aanbod voor leerlingen die meer aankunnen (verdieping en verrijking in de eigen groep) en voor leerlingen met een taalachterstand;
- een protocol medisch handelen, zodat leerlingen met bijvoorbeeld diabetes of epilepsie veilig naar school kunnen;
- een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die op een eigen leerlijn werkt of extra ondersteuning krijgt.
## Hoe we de basisondersteuning bewaken
Ieder voorjaar vullen de scholen de kwaliteitskaart basisondersteuning in. De consulent van het samenwerkingsverband bespreekt de uitkomst met de directeur en de intern begeleider. Voldoet een school op een of meer onderdelen niet, dan stelt het bestuur binnen drie maanden een verbeterplan op, dat de consulent een half jaar later met de school naloopt. Blijft de school structureel onder de ondergrens, dan bespreekt de directeur-bestuurder dit met het bevoegd gezag.
# Extra ondersteuning en arrangementen
Als de basisondersteuning niet genoeg is, kan de school extra ondersteuning inzetten. We onderscheiden vijf niveaus, die samen het ondersteuningscontinuüm in De Maasoever vormen:
| Niveau | Wat | Wie regelt het |
| 1 | Ondersteuning in de groep door de leerkracht | Leerkracht |
| 2 | Extra ondersteuning binnen de school (basisondersteuning) | Intern begeleider |
| 3 | Arrangement op school met inzet van expertise van buiten | School met consulent SWV |
| 4 | Bovenschoolse voorziening: de observatiegroep De Kiem en de taalklas | Samenwerkingsverband |
| 5 | Speciaal basisonderwijs of speciaal onderwijs | Commissie van Toelaatbaarheid |
Een arrangement op niveau 3 vraagt de school aan bij het loket van het samenwerkingsverband. Het arrangement wordt vastgelegd in het OPP en heeft een looptijd van maximaal een schooljaar. De observatiegroep De Kiem biedt plaats aan tien leerlingen van 4 tot 8 jaar, die daar maximaal twaalf weken verblijven terwijl hun eigen school wordt geholpen om hun terugkeer voor te bereiden. De taalklas is bedoeld voor nieuwkomers in de eerste twaalf maanden van hun verblijf in Nederland.
Of er in ons gebied plekken of voorzieningen ontbreken, en hoe we omgaan met kinderen die thuiszitten of op een wachtlijst staan, brengen we in het eerste planjaar samen met de gemeenten in kaart. De uitkomsten en de afspraken die daaruit volgen, worden opgenomen in de voortgangsparagraaf die we in het voorjaar van 2027 aan de OPR voorleggen.
# Toelaatbaarheid tot sbo en so
## De procedure in vier stappen
Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar de leerling is ingeschreven of aangemeld. Het samenwerkingsverband neemt geen aanvragen van ouders rechtstreeks in behandeling, maar ouders zijn bij iedere stap betrokken.
- Stap 1: het ondersteuningsteam van de school bespreekt de leerling en stelt vast dat de mogelijkheden van de school, ook met een arrangement, zijn uitgeput.
- Stap 2: de school dient via het digitale loket een aanvraag in met het groeidocument, het OPP, het onderwijskundig rapport en de zienswijze van de ouders.
- Stap 3: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit. De eerste deskundige is altijd een orthopedagoog of psycholoog; de tweede is, afhankelijk van de vraag, een kinderpsychiater, een maatschappelijk werker, een arts of een pedagoog. Geen van beiden is betrokken geweest bij de aanvraag.
- Stap 4: de Commissie van Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders en school ontvangen het besluit en een afschrift van beide adviezen.
## Wanneer is een leerling toelaatbaar?
Een leerling is toelaatbaar tot het speciaal basisonderwijs als de school en een arrangement aantoonbaar onvoldoende zijn gebleken, de leerling een ondersteuningsbehoefte heeft op ten minste twee van de domeinen leren, gedrag, werkhouding en sociaal-emotionele ontwikkeling, en de leerling baat heeft bij een kleinere groep met een specialistisch pedagogisch klimaat. Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 als daarnaast sprake is van een ernstige en langdurige beperking of stoornis die intensieve, specialistische ondersteuning gedurende de hele schooldag nodig maakt, en het OPP laat zien dat het uitstroomprofiel alleen in het so haalbaar is.
## Duur, categorie en bezwaar
Een TLV voor het sbo geldt in de regel twee schooljaren. Een TLV voor het so geldt één tot vier schooljaren; bij een TLV voor het so stelt de commissie ook de bekostigingscategorie laag, midden of hoog vast. Wie het niet eens is met het besluit, kan binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar.
## Terugplaatsing: een TLV is geen eindstation
Wij zien een plaatsing in het sbo of so als tijdelijk waar dat kan. Ons uitgangspunt is dat een leerling teruggaat naar een reguliere basisschool zodra het OPP laat zien dat de leerling daar met ondersteuning tot ontwikkeling kan komen. Voorwaarde is dat er een school in de buurt van het kind is die de ondersteuning kan bieden. Iedere leerling die terugkeert, krijgt een terugplaatsingsarrangement: een half jaar begeleiding door de leerkracht van de sbo- of so-school in de nieuwe groep, en extra uren van de intern begeleider van de ontvangende school.
Hoe de evaluatie in het laatste jaar van de TLV precies verloopt, wie het initiatief neemt en wie uiteindelijk beslist, leggen we vast in een werkinstructie die in de loop van schooljaar 2026-2027 verschijnt.
# Geld en middelen
## Hoe verdelen we het ondersteuningsbudget?
De Maasoever werkt met een schoolmodel: het grootste deel van het geld gaat naar de besturen, die het inzetten op hun scholen. Het bestuur van het samenwerkingsverband stelt jaarlijks in december de verdeling vast voor het volgende kalenderjaar. De verdeling gebeurt volgens drie vaste regels:
- iedere school ontvangt een vaste voet van 15.000 euro per vestiging, zodat ook kleine scholen de basisondersteuning kunnen betalen;
- daarnaast ontvangt ieder bestuur 162 euro per leerling, op basis van de leerlingtelling van 1 oktober van het voorgaande jaar;
- arrangementen op niveau 3 worden per aanvraag toegekend uit een bovenschools budget; het loket toetst de aanvraag aan de eisen die in het arrangementenkader staan: een OPP, een doel, een evaluatiedatum en een bedrag.
De afdrachten voor leerlingen in sbo en so worden vooraf van het budget afgetrokken.
## Meerjarenbegroting
| Post (x 1.000 euro) | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbekostiging | 11.240 | 11.080 | 10.950 | 10.820 |
| Afdracht sbo en so (DUO) | 5.310 | 5.250 | 5.200 | 5.150 |
| Vaste voet en bedrag per leerling naar besturen | 2.200 | 2.180 | 2.160 | 2.140 |
| Bovenschoolse arrangementen niveau 3 | 1.450 | 1.450 | 1.420 | 1.400 |
| Observatiegroep De Kiem en taalklas | 690 | 700 | 710 | 710 |
| Bureau, consulenten en orthopedagogen | 1.420 | 1.440 | 1.450 | 1.460 |
| Resultaat | 170 | 60 | 10 | -40 |
Het weerstandsvermogen bedraagt eind 2025 6,8 procent. We houden een ondergrens aan van 4 procent; daarboven zetten we middelen in voor de bovenschoolse arrangementen. Ieder bestuur verantwoordt jaarlijks voor 1 mei in een vast format hoe de ontvangen middelen zijn besteed; deze verantwoordingen worden in het bestuurlijk overleg besproken.
# Kwaliteit en resultaten
Dit hoofdstuk wordt ingevuld na de evaluatie van het vorige plan. p.m.
# Vragen van ouders
Q: Hoe weet ik wat de school van mijn kind kan bieden?
Iedere school beschrijft haar ondersteuning in de schoolgids en in het schoolondersteuningsprofiel. Op de website van De Maasoever staat per school een samenvatting, met een link naar het volledige profiel. Daarnaast is er een ouderfolder 'Passend onderwijs in De Maasoever', in het Nederlands, Engels, Pools en Arabisch, die scholen meegeven bij de aanmelding.
Q: Waar krijg ik uitleg over arrangementen en de observatiegroep?
Twee keer per jaar organiseren we een informatieavond voor ouders in Heerewaarde en in Lithoijen. Op de website staat een korte film over de route van ondersteuningsvraag tot arrangement. Ouders kunnen ook bellen met het bureau; iedere werkdag is tussen 9.00 en 12.00 uur een consulent bereikbaar.
Q: Mag ik meepraten over het OPP van mijn kind?
Ja. De school stelt het OPP op na overleg met u, en u moet instemmen met het handelingsdeel. Uw kind mag ook zijn of haar mening geven over het OPP.
{{opr_ouders}}
# Communicatie
De Maasoever communiceert met scholen via een maandelijkse nieuwsbrief en via het professionalsgedeelte van de website. Besturen en directeuren krijgen ieder kwartaal een bestuurlijke rapportage. Pers en politiek benaderen we actief rond de vaststelling van het plan en de begroting.
Voor ouders die vastlopen of het niet eens zijn met de school of met het samenwerkingsverband, is er het Ouder- en Jeugdsteunpunt De Maasoever. Het steunpunt is onafhankelijk van de scholen en het samenwerkingsverband, werkt met getrainde ervaringsdeskundige ouders en is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur. Ouders kunnen daarnaast gratis terecht bij de Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, bij de Geschillencommissie passend onderwijs. Het samenwerkingsverband heeft ook een eigen klachtenregeling.
{{oogo}}
{{personeel}}
{{ict}}
{{landelijk_ouders}}
{{besturen}}
{{bureau}}
{{vervoer}}
{{planning}}
"""

P1_GLOSS = ["Arrangement", "Basisondersteuning", "Dekkend aanbod", "OJSP", "OOGO", "OPP", "OPR",
            "Resultaten", "Terugplaatsing", "Thuiszitter", "TLV", "Verdeelmodel"]
P1_TOC_EXTRA = ["Bijlage 1 Begrippenlijst", "Bijlage 2 Kwaliteitskaart basisondersteuning",
                "Bijlage 3 Werkinstructie terugplaatsing (volgt)"]


# ============================================================================================
# Plan 2 - VO, .docx - SWV VO Kempenrand
# ============================================================================================
P2_VARS = dict(
    SWV="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", CODE="VO 32-02",
    REGIO="de Kempenrand", PERIODE="2026-2030", NBEST="acht",
    GEM="Bergeijkerveld, Dommelhoven, Riethoven-Zuid en Valkenswaard-Oost",
    NSCH="14 scholen voor voortgezet onderwijs met 22 vestigingen, een school voor praktijkonderwijs en twee vso-scholen",
    NLL="11.700", ANDERSWV="de twee samenwerkingsverbanden primair onderwijs in de regio",
    DIRECTEUR="Ruud Smulders", STAD="Dommelhoven", FTE="19", NOPR="zestien",
    OPRLEDEN="ouder of leerling", OPRDATUM="10 maart 2026", OOGODATUM="29 januari 2026",
    NETWERK="ondersteuningscoördinatoren", JAAR0="2025", JAAR1="2026", JAAR2="2030",
    VW_QA="Het hoofdstuk over toewijzing bevat veelgestelde vragen van ouders en leerlingen.")

P2_BODY = """
TITLE: Ondersteuningsplan Kempenrand 2026-2030
TITLE: Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 32-02)
Vastgesteld door de algemene vergadering op 8 april 2026
PAGEBREAK
TOC
PAGEBREAK
{{voorwoord}}
{{regio}}
{{visie}}
# Ondersteuning op drie niveaus
## Niveau 1: basisondersteuning
Alle 14 aangesloten scholen hebben afgesproken dat iedere vestiging, van de kleinste vmbo-locatie tot het grootste gymnasium, hetzelfde minimumniveau van basisondersteuning biedt. Dat minimumniveau is voor het hele samenwerkingsverband gelijk en is vastgelegd in de Kwaliteitskaart Basisondersteuning Kempenrand. Scholen beschrijven in hun schoolgids hoe zij dit niveau op hun eigen manier invullen.
De standaarden en de concrete voorzieningen die bij dit minimumniveau horen, zijn opgenomen in bijlage 2, de Kwaliteitskaart. De kaart wordt in 2027 herzien in het licht van de landelijke norm.
Het samenwerkingsverband voert iedere twee jaar bij iedere vestiging een audit basisondersteuning uit, samen met een collega-ondersteuningscoördinator van een andere school. Voldoet een vestiging niet, dan maken directeur en bureau afspraken over verbetering, met een termijn van ten hoogste een schooljaar; het auditrapport gaat naar het bevoegd gezag.
## Niveau 2: extra ondersteuning en bovenschoolse arrangementen
Als de basisondersteuning niet volstaat, zet de school extra ondersteuning in. Elke school heeft een eigen ondersteuningsaanbod bovenop de basis, zoals een trajectvoorziening, een rustruimte met begeleiding of een programma voor leerlingen met autisme. Daarnaast kent de Kempenrand drie bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De Brug voor leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren (maximaal een jaar), de reboundvoorziening Kompas voor een time-out van acht tot twaalf weken, en de plusvoorziening voor hoogbegaafde leerlingen die in de reguliere lessen vastlopen.
## Niveau 3: speciaal onderwijs
Voor leerlingen die intensieve, specialistische ondersteuning nodig hebben, zijn er in de regio twee vso-scholen (cluster 3 en cluster 4) en een school voor praktijkonderwijs. Leerwegondersteunend onderwijs wordt gegeven op zes vmbo-vestigingen.
## Samen zorgen dat niemand tussen wal en schip valt
Het samenwerkingsverband houdt samen met de leerplichtambtenaren een actuele lijst bij van leerlingen die langer dan vier weken niet of nauwelijks naar school gaan. Iedere maand bespreekt het thuiszittersoverleg, met leerplicht, jeugdhulp en het bureau, iedere leerling op die lijst. Binnen twee weken na melding is er een plan met een eigenaar; lukt het niet binnen drie maanden, dan gebruikt de directeur-bestuurder zijn doorzettingsmacht om een school of voorziening aan te wijzen. Scholen met zorgplicht die geen passende plek kunnen bieden, melden dit bij het loket, dat binnen tien werkdagen een alternatief zoekt.
Eens per jaar analyseren we waar het aanbod tekortschiet. De laatste analyse liet zien dat er te weinig plekken zijn voor hoogbegaafde leerlingen met een dubbel bijzondere ondersteuningsbehoefte en dat de wachttijd voor de reboundvoorziening te lang is. Daarom breiden we de plusvoorziening in 2027 uit met een tweede groep en verkorten we de wachttijd voor Kompas door een tweede instroommoment per periode.
# Toewijzing van vso, lwoo en praktijkonderwijs
Dit hoofdstuk is geschreven in de vorm van veelgestelde vragen van ouders en leerlingen.
Q: Wie vraagt een toelaatbaarheidsverklaring voor het vso aan?
De school waar de leerling staat ingeschreven of is aangemeld, vraagt de TLV aan bij de Commissie Toewijzing van het samenwerkingsverband. De aanvraag bevat het OPP, het groeidocument, het verslag van het multidisciplinair overleg waarin ouders en leerling hun zienswijze hebben gegeven, en de adviezen van de deskundigen. De Commissie Toewijzing besluit binnen zes weken.
Q: Wie adviseren over de aanvraag?
Twee deskundigen die niet bij de aanvraag betrokken zijn geweest. De eerste is een orthopedagoog of GZ-psycholoog van het samenwerkingsverband. De tweede wordt per leerling gekozen: een jeugdarts, een kinder- en jeugdpsychiater of een maatschappelijk werker. Beide geven een eigen, schriftelijk advies.
Q: Wanneer is mijn kind toelaatbaar tot het vso?
De commissie toetst vier criteria. Een leerling is toelaatbaar als (1) de ondersteuning op niveau 1 en 2, inclusief een bovenschools arrangement, aantoonbaar is ingezet en geëvalueerd en onvoldoende is gebleken, (2) de leerling een structurele ondersteuningsbehoefte heeft op het gebied van leren, gedrag of lichamelijke of medische zorg die de mogelijkheden van de reguliere school overstijgt, (3) de leerling voor het grootste deel van de schooldag een specialistische setting nodig heeft, en (4) het uitstroomperspectief in het OPP past bij wat de vso-school biedt.
Q: Hoe lang geldt een TLV?
Een TLV vso wordt afgegeven voor één, twee of vier schooljaren, afhankelijk van het verwachte verloop. De commissie stelt daarbij de bekostigingscategorie laag, midden of hoog vast.
Q: Hoe wordt bepaald of mijn kind lwoo of praktijkonderwijs krijgt?
De basisschool of de vo-school dient de aanvraag in bij de Commissie Toewijzing, uiterlijk 1 maart voorafgaand aan het eerste leerjaar. Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen (begrijpend lezen, technisch lezen, spellen, rekenen). Kempenrand heeft gekozen voor eigen criteria voor lwoo: een leerling krijgt lwoo als uit het OPP en het onderwijskundig rapport blijkt dat hij of zij in ten minste twee domeinen een achterstand van anderhalf tot drie jaar heeft, of in één domein met daarnaast een sociaal-emotionele belemmering. De aanwijzing lwoo geldt voor de duur van de opleiding.
Q: Kan mijn kind na het vso terug naar een gewone school?
Dat is voor ons het uitgangspunt. Een leerling blijft niet langer in het vso dan nodig is. Terugplaatsing naar het regulier vo is een reële optie als de leerling zich volgens het OPP zo heeft ontwikkeld dat hij of zij met ondersteuning op niveau 2 verder kan, en als er een passende vo-school in de buurt is.
Q: Hoe gaat dat in zijn werk?
Uiterlijk 1 maart van het laatste schooljaar van de TLV evalueert de vso-school het OPP met de leerling en de ouders. Als terugplaatsing in beeld is, organiseert de vso-school een overleg met de consulent van het samenwerkingsverband en een mogelijke ontvangende school. De Commissie Toewijzing beslist vóór 1 mei: een nieuwe TLV of terugplaatsing. Bij terugplaatsing krijgt de leerling een overgangsarrangement van zes maanden, waarin een begeleider van de vso-school wekelijks meekijkt op de nieuwe school.
Q: Hoeveel leerlingen gaan terug?
In schooljaar 2024-2025 keerden elf leerlingen vanuit het vso terug naar een reguliere vo-school; in 2023-2024 waren dat er zeven.
# Verdeling van middelen
Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder lwoo en praktijkonderwijs) en voor zware ondersteuning. De verdeling is als volgt geregeld:
- De middelen voor lwoo en praktijkonderwijs gaan volledig naar de scholen die dit onderwijs verzorgen, naar rato van het aantal aangewezen leerlingen op 1 oktober.
- Iedere vestiging ontvangt voor extra ondersteuning een vaste voet van 25.000 euro en 180 euro per ingeschreven leerling.
- De bovenschoolse voorzieningen (OPDC De Brug, Kompas en de plusvoorziening) worden centraal bekostigd op basis van het aantal plaatsen.
- De afdrachten voor vso-leerlingen worden vooraf ingehouden.
De meerjarenbegroting 2026-2030 wordt na vaststelling door de algemene vergadering in december als bijlage 4 aan dit plan toegevoegd.
| Post | 2026 | 2027 | 2028 | 2029 |
| Extra ondersteuning scholen | p.m. | p.m. | p.m. | p.m. |
| Bovenschoolse voorzieningen | p.m. | p.m. | p.m. | p.m. |
| Bureau en organisatie | p.m. | p.m. | p.m. | p.m. |
Het weerstandsvermogen ligt boven de signaleringswaarde van de Inspectie. We bouwen het overschot in drie jaar af door de uitbreiding van de plusvoorziening eenmalig uit de reserve te betalen. Scholen verantwoorden de besteding van de ontvangen middelen jaarlijks in een verantwoordingsgesprek met het bureau, aan de hand van een vast format.
# Wat we willen bereiken
## Onze doelen voor 2030
- Het aantal thuiszitters dat langer dan drie maanden thuis zit, daalt van 14 (1 oktober 2025) naar hooguit 5 in 2030.
- In 95 procent van de aanvragen neemt de Commissie Toewijzing binnen zes weken een besluit.
- Het deelnamepercentage vso blijft op of onder 3,2 procent (peildatum 1 oktober 2025: 3,4 procent).
- Iedere vestiging voldoet in 2028 bij de audit aan alle standaarden van de basisondersteuning.
## Hoe we volgen of het lukt
We verzamelen ieder kwartaal gegevens over aanvragen, doorlooptijden, thuiszitters en plaatsingen in een dashboard dat bestuur, Raad van Toezicht en OPR kunnen inzien. Eens per jaar maken we een analyse per doel, die we bespreken met de directeuren en de OPR. De bereikte resultaten staan in het jaarverslag, dat voor 1 juli verschijnt. In 2028 laten we een tussentijdse evaluatie uitvoeren door een extern bureau.
# Ouders en leerlingen
Ouders en leerlingen moeten weten welke ondersteuning er is en hoe ze die kunnen krijgen. Daarom informeren we hen via:
- de website kempenrand.nl, met een ouderpagina waarop per school de ondersteuning en de bovenschoolse voorzieningen beschreven staan;
- de brochure 'Passend onderwijs in de Kempenrand', die iedere leerling van groep 8 ontvangt;
- de schoolgidsen van de scholen, die verplicht een paragraaf over de ondersteuning bevatten;
- twee ouderavonden per jaar, in het voorjaar in samenwerking met de basisscholen.
Heeft u een vraag over de ondersteuning van uw kind? Neem dan eerst contact op met de mentor of de ondersteuningscoördinator van de school. Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten we samen met de samenwerkingsverbanden primair onderwijs in; de vorm daarvan is nog onderwerp van gesprek.
Leerlingen hebben hoorrecht bij hun OPP. Scholen leggen in het OPP vast hoe de leerling is gehoord.
{{opr_ouders}}
{{oogo}}
{{governance}}
{{personeel}}
{{ict}}
{{landelijk_ouders}}
{{besturen}}
{{bureau}}
{{vervoer}}
{{planning}}
"""

P2_GLOSS = ["Arrangement", "Basisondersteuning", "Bekostigingscategorie", "Deskundigenadvies", "Lwoo",
            "Meerjarenbegroting", "OJSP", "Onderwijsconsulenten", "OOGO", "OPP", "OPR", "Pro",
            "Terugplaatsing", "TLV", "Vso"]
P2_TOC_EXTRA = ["Bijlage 1 Begrippenlijst", "Bijlage 2 Kwaliteitskaart Basisondersteuning Kempenrand",
                "Bijlage 4 Meerjarenbegroting 2026-2030"]


# ============================================================================================
# Plan 3 - PO, .pdf (from .docx) - SWV PO Noorderzand
# ============================================================================================
P3_VARS = dict(
    SWV="Samenwerkingsverband Passend Primair Onderwijs Noorderzand", CODE="PO 31-11",
    REGIO="Noorderzand", PERIODE="2026-2030", NBEST="negen",
    GEM="Zandwijk, Oosterduinen en Hollum-Noord",
    NSCH="52 basisscholen, een school voor speciaal basisonderwijs met twee locaties en twee so-scholen",
    NLL="8.900", ANDERSWV="het samenwerkingsverband voor voortgezet onderwijs Noorderzand-Kust",
    DIRECTEUR="Annelies Bakker-de Vries", STAD="Zandwijk", FTE="11", NOPR="tien", OPRLEDEN="ouder",
    OPRDATUM="17 februari 2026", OOGODATUM="15 januari 2026", NETWERK="intern begeleiders",
    JAAR0="2025", JAAR1="2026", JAAR2="2030",
    VW_QA="Omdat veel lezers ouders zijn, hebben we de inhoudelijke hoofdstukken opgebouwd rond de vragen die ouders ons het vaakst stellen.")

P3_BODY = """
TITLE: Ondersteuningsplan 2026-2030
TITLE: Samenwerkingsverband Passend Primair Onderwijs Noorderzand (PO 31-11)
Versie 1.0, vastgesteld op 11 maart 2026
PAGEBREAK
TOC
PAGEBREAK
{{voorwoord}}
{{visie}}
{{regio}}
# Wat mag u van iedere school verwachten?
Q: Wat is basisondersteuning?
Basisondersteuning is de ondersteuning die alle 52 basisscholen in Noorderzand minimaal bieden, op iedere locatie, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau samen vastgesteld; het is dus niet afhankelijk van de school die u kiest.
Q: Wat houdt dat concreet in?
Op iedere school in Noorderzand:
- werkt een intern begeleider die u kunt spreken over de ontwikkeling van uw kind;
- wordt de ontwikkeling van ieder kind minstens twee keer per jaar met een leerlingvolgsysteem gevolgd en in een groepsbespreking besproken;
- kan de leerkracht binnen twee weken een consulent van het samenwerkingsverband inschakelen voor advies of observatie in de klas;
- is er een aanpak voor kinderen met lees- en spellingsproblemen of dyslexie, en voor kinderen met rekenproblemen;
- is er een programma voor sociale veiligheid en een pestprotocol;
- krijgen kinderen die meer aankunnen verrijkingsstof en, als dat nodig is, een plek in de plusgroep van het bestuur;
- worden kinderen die Nederlands als tweede taal leren extra ondersteund in de eigen groep;
- weet het team hoe het moet handelen bij medische vragen, zoals het geven van medicijnen.
Q: En als mijn kind meer nodig heeft?
Dan spreekt de school met u af welke extra ondersteuning mogelijk is. Dat kan binnen de school, met een arrangement van het samenwerkingsverband, of op een andere school. Het volgende hoofdstuk laat zien hoe die stappen samenhangen.
# Van basis naar speciaal: het ondersteuningscontinuüm
In Noorderzand bouwen we de ondersteuning op in lagen. Elke laag is beschikbaar in de hele regio.
| Laag | Voorziening | Voor wie | Duur |
| Basis | Basisondersteuning op iedere school | Alle leerlingen | Doorlopend |
| Extra op school | Arrangement met inzet van een ambulant begeleider of gedragsspecialist | Leerlingen met een OPP | Tot een schooljaar |
| Bovenschools | Plusgroep (meer- en hoogbegaafd), taalklas nieuwkomers, observatiegroep Het Anker | Leerlingen van meerdere scholen | 12 weken tot een schooljaar |
| Speciaal | Sbo De Duinroos (twee locaties) | Leerlingen met TLV sbo | Looptijd TLV |
| Speciaal | So De Vuurtoren (cluster 3), so De Branding (cluster 4) | Leerlingen met TLV so | Looptijd TLV |
Daarnaast hebben we met jeugdhulpaanbieder De Kustlijn twee onderwijs-zorgarrangementen voor kinderen die onderwijs en behandeling gecombineerd nodig hebben.
## Als er geen passende plek is
Iedere school heeft zorgplicht. Lukt het een school niet om binnen tien weken een passende plek te vinden, dan neemt de consulent van het samenwerkingsverband de regie over. Voor kinderen die (dreigen) thuis (te) zitten, is er de Thuiszitterstafel, waar leerplicht, jeugdhulp, het bureau en de betrokken school iedere twee weken bijeenkomen. Elk kind aan die tafel krijgt binnen vijf werkdagen een casusregisseur. Ook houden we een overzicht bij van wachtlijsten voor de bovenschoolse voorzieningen. Toen daaruit in 2025 bleek dat de observatiegroep structureel vol zat, hebben we een tweede groep geopend. Jaarlijks bespreken we met de gemeenten of er nieuwe witte vlekken zijn en welke voorziening daarvoor nodig is.
# Naar het speciaal (basis)onderwijs
Q: Hoe vraagt de school een toelaatbaarheidsverklaring aan?
De school bespreekt uw kind eerst in het ondersteuningsteam, waarin u als ouder deelneemt. Als het team concludeert dat uw kind is aangewezen op het sbo of so, vraagt het schoolbestuur een toelaatbaarheidsverklaring aan bij het Loket Noorderzand. Het loket controleert binnen vijf werkdagen of het dossier compleet is. Twee deskundigen - een orthopedagoog of psycholoog en, afhankelijk van de vraag, een arts, maatschappelijk werker of kinderpsychiater - geven daarna elk een eigen schriftelijk advies. Zij zijn niet betrokken geweest bij de begeleiding van uw kind. De Commissie van Toelaatbaarheid neemt het besluit binnen vijf weken na ontvangst van het complete dossier. U krijgt een afschrift van het besluit en van de adviezen.
Q: Wanneer krijgt mijn kind een TLV?
De criteria voor toelaatbaarheid tot sbo en so worden op dit moment herijkt door de Commissie van Toelaatbaarheid. Na vaststelling door het bestuur, naar verwachting in het voorjaar van 2027, publiceren wij ze op onze website. Tot die tijd beoordeelt de commissie iedere aanvraag zorgvuldig op maat.
Q: Hoe lang geldt een TLV?
Een TLV sbo geldt tot het einde van het schooljaar waarin uw kind twaalf jaar wordt. Een TLV so geldt twee schooljaren en vermeldt de bekostigingscategorie (laag, midden of hoog).
Q: Wat kan ik doen als ik het niet eens ben met het besluit?
U kunt binnen zes weken bezwaar maken bij het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op uw bezwaar beslist.
# Terug naar de basisschool
Q: Kan mijn kind na het sbo of so terug naar een gewone basisschool?
Ja, als dat past bij de ontwikkeling van uw kind. Wij vinden dat een kind niet langer in het speciaal (basis)onderwijs hoort te blijven dan nodig is. Terugplaatsing is mogelijk als uit het OPP blijkt dat uw kind de leerdoelen haalt die in een reguliere groep gelden en als de sociaal-emotionele ontwikkeling dat toelaat. We streven naar een basisschool dicht bij huis.
Q: Wie bepaalt dat, en wanneer?
De sbo- of so-school bespreekt ieder jaar, uiterlijk in februari, met u of terugplaatsing een optie is. In het laatste jaar van de TLV is dat gesprek verplicht en schuift de consulent van het samenwerkingsverband aan. Als iedereen terugplaatsing haalbaar vindt, meldt u uw kind aan bij de nieuwe basisschool en legt de Commissie van Toelaatbaarheid vast dat de TLV niet wordt verlengd. Als terugplaatsing nog niet haalbaar is, vraagt de school vóór 1 april een nieuwe TLV aan.
Q: Welke hulp krijgt mijn kind na de overstap?
De nieuwe school krijgt een terugplaatsingsarrangement van een schooljaar. De leerkracht van het sbo of so komt in de eerste maanden op bezoek en adviseert de nieuwe leerkracht.
# Financiën en middelen
Dit ondersteuningsplan beschrijft de inhoudelijke koers. De financiële paragraaf van dit plan is opgenomen in de afzonderlijke meerjarenbegroting 2026-2030, die het bestuur in december vaststelt en die u vindt op www.noorderzand.nl/financien. Ook de toelichting op de verdeling van de middelen over de besturen staat daar.
# Wat willen we bereiken?
In 2030 willen we het volgende hebben bereikt:
- Er zijn in Noorderzand geen kinderen die langer dan drie maanden zonder onderwijs thuiszitten.
- Ten minste 60 procent van de leerlingen met een arrangement kan na afloop zonder extra ondersteuning in de eigen groep verder.
- Het aantal terugplaatsingen vanuit sbo en so stijgt van 6 per jaar naar 12 per jaar.
- 90 procent van de ouders geeft de samenwerking met school over het OPP een voldoende.
Hoe we deze doelen gaan volgen en waarover we rapporteren, werken we uit in het jaarplan 2026-2027.
# Ouders
Wij vinden goede informatie voor ouders belangrijk en gaan daar de komende periode mee aan de slag.
Q: Ik ben het niet eens met de school. Waar kan ik terecht?
Bij het Ouder- en Jeugdsteunpunt Noorderzand. Het steunpunt is onafhankelijk: het valt niet onder de scholen of het samenwerkingsverband, maar is ondergebracht bij de stichting MEE Kust. Een ouderadviseur luistert naar uw vraag, zoekt informatie uit en kan meegaan naar een gesprek op school. Ook bij de landelijke Onderwijsconsulenten kunt u kosteloos advies vragen. Bij een geschil over toelating, verwijdering of het OPP kunt u terecht bij de Geschillencommissie passend onderwijs.
{{opr_ouders}}
{{oogo}}
{{governance}}
{{personeel}}
{{ict}}
{{landelijk_kaal}}
{{besturen}}
{{bureau}}
{{vervoer}}
{{planning}}
"""

P3_GLOSS = ["Arrangement", "Basisondersteuning", "Bekostigingscategorie", "Dekkend aanbod", "Meerjarenbegroting",
            "OJSP", "OOGO", "OPP", "OPR", "Resultaten", "Terugplaatsing", "TLV", "Verdeelmodel"]
P3_TOC_EXTRA = ["Bijlage 1 Begrippenlijst", "Bijlage 2 Meerjarenbegroting en verdeelmodel (zie website)"]


# ============================================================================================
# Plan 4 - VO, .pdf (from .docx) - SWV VO Hooge Veld
# ============================================================================================
P4_VARS = dict(
    SWV="Samenwerkingsverband VO Hooge Veld", CODE="VO 32-05",
    REGIO="het Hooge Veld", PERIODE="2026-2030", NBEST="zes",
    GEM="Veldhoven-Noord, Hoogeloon-West en Steensel",
    NSCH="11 scholen voor voortgezet onderwijs met 19 vestigingen, een school voor praktijkonderwijs en een vso-school",
    NLL="8.300", ANDERSWV="de samenwerkingsverbanden primair onderwijs in de regio",
    DIRECTEUR="Jeroen Verhagen", STAD="Steensel", FTE="12", NOPR="twaalf",
    OPRDATUM="24 februari 2026", OOGODATUM="5 februari 2026", NETWERK="ondersteuningscoördinatoren",
    JAAR0="2025", JAAR1="2026", JAAR2="2030", VW_QA="")

P4_BODY = """
TITLE: Ondersteuningsplan Samenwerkingsverband VO Hooge Veld
TITLE: Planperiode 1 augustus 2026 - 31 juli 2030 (VO 32-05)
PAGEBREAK
TOC
PAGEBREAK
{{voorwoord}}
# Leeswijzer en wettelijk kader
Dit ondersteuningsplan is opgesteld op grond van artikel 17a van de Wet op het voortgezet onderwijs, inmiddels opgenomen in de Wet voortgezet onderwijs 2020. De wet schrijft voor welke onderwerpen een ondersteuningsplan ten minste bevat: de basisondersteuning en het samenhangende geheel van voorzieningen, de verdeling en besteding van middelen, de toelaatbaarheid tot het vso en de toewijzing van lwoo en praktijkonderwijs, de terugplaatsing van leerlingen uit het vso, de beoogde en bereikte resultaten en de informatie aan ouders.
Het plan is bewust compact gehouden. Uitwerkingen die vaker veranderen, zoals procedures, formulieren en overzichten van voorzieningen, staan in afzonderlijke documenten die door het bestuur worden vastgesteld. Die documenten zijn bij de hoofdstukken genoemd. Het plan is geschreven voor de besturen, de scholen en de partners van het samenwerkingsverband.
De hoofdstukken volgen de logica van de beleidscyclus: eerst de context en de visie, daarna de afspraken over ondersteuning, het financieel beleid en de resultaten, en tot slot de organisatie en de planning. Waar in dit plan 'scholen' staat, bedoelen we de vestigingen van de aangesloten scholen voor voortgezet onderwijs, inclusief de school voor praktijkonderwijs en de vso-school.
{{regio}}
{{visie}}
# Basisondersteuning
De afspraken over basisondersteuning zijn samengevat in tabel 1. De tabel is tot stand gekomen in een werkgroep van ondersteuningscoördinatoren en is door de algemene vergadering vastgesteld.
| Tabel 1 | Afspraak basisondersteuning Hooge Veld |
| Reikwijdte | Ondergrens die geldt voor alle 19 vestigingen van de 11 aangesloten scholen, ongeacht bestuur of onderwijstype |
| Ondersteuningsstructuur | Op iedere vestiging een ondersteuningscoördinator (minimaal 0,5 fte per 600 leerlingen) en een intern ondersteuningsteam dat iedere zes weken bijeenkomt |
| Mentoraat | Iedere leerling heeft een mentor met minimaal één wekelijks mentoruur en twee individuele gesprekken per jaar |
| Leren | Dyslexie- en dyscalculieprotocol; faciliteiten zoals extra tijd en voorleessoftware; huiswerkbegeleiding op school |
| Gedrag en welbevinden | Anti-pestcoördinator, sociale-vaardigheidstraining en faalangstreductietraining op iedere vestiging |
| Executieve functies | Training plannen en organiseren in leerjaar 1 en 2; check-in/check-out voor leerlingen die dat nodig hebben |
| Opvang | Een time-outruimte met begeleiding gedurende de hele schooldag |
| Medisch | Protocol medisch handelen; aangepast rooster bij ziekte in overleg met de jeugdarts |
| Planmatig werken | Een OPP voor iedere leerling met extra ondersteuning, tweemaal per jaar geëvalueerd |
Extra ondersteuning is alles wat boven deze ondergrens uitgaat. Het volledige overzicht van arrangementen en voorzieningen in de regio staat in de Sociale Kaart Hooge Veld (bijlage 3, apart document), die jaarlijks wordt bijgewerkt.
# Toewijzing vso, lwoo en praktijkonderwijs
De procedures en criteria voor de toelaatbaarheid tot het vso, de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot praktijkonderwijs zijn opgenomen in het Handboek Toewijzing 2026 (bijlage 5). Het handboek wordt jaarlijks geactualiseerd.
# Thuiszitters en zorgplicht
Het samenwerkingsverband wil dat iedere jongere een passende plek heeft. Scholen melden iedere leerling die langer dan twee weken ongeoorloofd afwezig is of die zonder passend aanbod dreigt te blijven bij het Meldpunt Hooge Veld. Het meldpunt roept binnen vijf werkdagen een trajectoverleg bijeen met de school van inschrijving, de leerplichtambtenaar en, indien betrokken, de jeugdhulp. In dat overleg wordt een plan met een eigenaar en een einddatum vastgesteld. Ieder plan wordt na zes weken getoetst; als er dan geen passende plek is, besluit de directeur-bestuurder welke school de leerling plaatst. Dat besluit is bindend voor de aangesloten besturen.
Daarnaast voert het samenwerkingsverband ieder jaar in het voorjaar een analyse uit van de wachtlijsten en van de leerlingen voor wie geen passende plek werd gevonden. Over 2025 leidde die analyse tot twee maatregelen: een extra observatieplek voor jongeren met complexe psychiatrische problematiek en een afspraak met het mbo over vroegtijdige plaatsing van jongeren van 16 jaar en ouder. Uitkomsten en maatregelen worden gedeeld met de gemeenten in het OOGO.
# Financieel beleid
Tabel 2 geeft het verdeelmodel weer dat de algemene vergadering heeft vastgesteld. Toekenning vindt plaats per kalenderjaar op basis van de teldatum 1 oktober van het voorgaande jaar.
| Tabel 2 Verdeelmodel | Grondslag | Bedrag 2026 |
| Budget extra ondersteuning per vestiging | Vaste voet per vestiging | 20.000 euro |
| Budget extra ondersteuning per leerling | Per ingeschreven leerling | 155 euro |
| Lwoo | Per aangewezen leerling, naar school die lwoo verzorgt | 3.950 euro |
| Praktijkonderwijs | Per ingeschreven leerling pro, boven de landelijke bekostiging | 410 euro |
| Bovenschoolse trajectplaatsen | Per bezette plaats, op declaratie | 9.800 euro |
| Tabel 3 Meerjarenbegroting (x 1.000 euro) | 2026 | 2027 | 2028 | 2029 |
| Baten zware ondersteuning | 7.420 | 7.330 | 7.260 | 7.190 |
| Baten lichte ondersteuning (lwoo en pro) | 6.880 | 6.800 | 6.730 | 6.650 |
| Afdracht vso | 3.910 | 3.880 | 3.860 | 3.840 |
| Doorbetaling lwoo en pro aan scholen | 6.880 | 6.800 | 6.730 | 6.650 |
| Budget extra ondersteuning aan scholen | 1.670 | 1.650 | 1.630 | 1.610 |
| Bovenschoolse trajectplaatsen | 980 | 980 | 960 | 950 |
| Meldpunt, consulenten en bureau | 950 | 960 | 970 | 980 |
| Saldo | -90 | -140 | -160 | -190 |
De negatieve saldi in 2026 tot en met 2029 zijn een bewuste keuze: het samenwerkingsverband bouwt daarmee de reserve af, die eind 2025 boven de signaleringswaarde lag. Na afbouw resteert een weerstandsvermogen van ongeveer 5 procent van de baten.
# Beoogde en bereikte resultaten
Het vorige plan had drie doelen. Tabel 4 laat zien wat er is bereikt.
| Tabel 4 Doel vorige planperiode | Streefwaarde 2025 | Bereikt 2025 |
| Aantal thuiszitters langer dan 3 maanden | Maximaal 8 | 11 |
| Deelnamepercentage vso (1 oktober) | 2,9 procent | 3,1 procent |
| Aantal vestigingen dat voldoet aan de basisondersteuning | 19 van 19 | 17 van 19 |
Voor de planperiode 2026-2030 hebben we de volgende beoogde resultaten vastgesteld:
- In 2030 zijn er maximaal 5 thuiszitters die langer dan drie maanden thuiszitten.
- Het deelnamepercentage vso daalt naar 2,8 procent in 2030.
- Iedere vestiging voldoet vanaf 2027 aan alle afspraken van tabel 1.
- 80 procent van de leerlingen die een bovenschoolse trajectplaats verlaat, keert binnen een schooljaar terug in een reguliere klas en is daar na een jaar nog.
- De uitstroom van vso-leerlingen naar arbeid of vervolgonderwijs blijft ten minste 85 procent.
De monitoring volgt een vaste kwaliteitscyclus. Ieder kwartaal rapporteert het bureau aan de directeur-bestuurder over thuiszitters, deelname vso, plaatsingen en trajectplaatsen. Twee keer per jaar bespreekt de algemene vergadering een voortgangsrapportage per doel. Eens per jaar verantwoordt het samenwerkingsverband de bereikte resultaten, en de middelen die daarvoor zijn ingezet, in het jaarverslag. Als een doel twee rapportages op rij achterblijft, stelt de directeur-bestuurder een verbeterplan op.
# Communicatie
Het samenwerkingsverband informeert de aangesloten scholen via een tweewekelijkse nieuwsbrief voor ondersteuningscoördinatoren, het professionalsportaal op de website en de netwerkbijeenkomsten. Voor de gemeenten en jeugdhulpaanbieders is er een halfjaarlijkse ketenbijeenkomst. De communicatie rond de vaststelling van dit plan verloopt via de besturen.
{{opr_kaal}}
{{oogo}}
{{governance}}
{{personeel}}
{{ict}}
{{landelijk_kaal}}
{{besturen}}
{{bureau}}
{{vervoer}}
{{planning}}
"""

P4_GLOSS = ["Arrangement", "Basisondersteuning", "Bekostigingscategorie", "Deskundigenadvies", "Lwoo", "OJSP",
            "Onderwijsconsulenten", "OOGO", "OPP", "OPR", "Pro", "Terugplaatsing", "TLV", "Vso"]
P4_TOC_EXTRA = ["Bijlage 1 Begrippenlijst", "Bijlage 3 Sociale Kaart Hooge Veld (apart document)",
                "Bijlage 5 Handboek Toewijzing 2026 (apart document)"]


# ============================================================================================
# Plan 5 - PO, .md - SWV PO Waterlandse Kust (concept op hoofdlijnen)
# ============================================================================================
P5_VARS = dict(
    SWV="Samenwerkingsverband PO Waterlandse Kust", CODE="PO 31-15",
    REGIO="de Waterlandse Kust", PERIODE="2026-2030", NBEST="zeven",
    GEM="Edamsdijk, Volendijk, Purmerkust en Ilpendam-Oost",
    NSCH="41 basisscholen, een school voor speciaal basisonderwijs en een so-school voor cluster 3 en 4",
    NLL="7.600", ANDERSWV="het samenwerkingsverband VO Waterland",
    DIRECTEUR="Saskia Jonker", STAD="Purmerkust", FTE="9", NOPR="acht", OPRLEDEN="ouder",
    OPRDATUM="19 maart 2026", OOGODATUM="10 maart 2026", NETWERK="intern begeleiders",
    JAAR0="2025", JAAR1="2026", JAAR2="2030",
    VW_QA="Omdat ouders ons vaak dezelfde vragen stellen, zijn verschillende hoofdstukken opgebouwd als vragen en antwoorden.")

P5_BODY = """
TITLE: Ondersteuningsplan 2026-2030 op hoofdlijnen
TITLE: Samenwerkingsverband PO Waterlandse Kust (PO 31-15)
Definitieve versie na instemming OPR
PAGEBREAK
TOC
PAGEBREAK
{{voorwoord}}
# Een plan op hoofdlijnen
Dit is een plan op hoofdlijnen. Wij hebben er bewust voor gekozen om in dit plan vast te leggen wat we met elkaar willen bereiken en welke afspraken voor de hele regio gelden, en om de uitwerking zo veel mogelijk bij de scholen en besturen te laten. De scholen bepalen zelf hoe zij de afspraken in hun eigen situatie vormgeven. Dat past bij onze overtuiging dat de professional in de school het beste weet wat een leerling nodig heeft.
Een plan op hoofdlijnen betekent ook dat sommige onderdelen nog in ontwikkeling zijn. Waar dat zo is, staat het in de tekst. De uitwerkingen leggen we tijdens de planperiode ter instemming voor aan de ondersteuningsplanraad, zodat het plan stap voor stap completer wordt. Zo sluiten we aan bij de landelijke ontwikkelingen, die op een aantal punten nog onzeker zijn.
We realiseren ons dat dit vraagt om vertrouwen van scholen, ouders en partners. Daar staat tegenover dat we open zijn over wat er nog niet is, en dat we iedere uitwerking eerst met de betrokkenen bespreken voordat het bestuur een besluit neemt.
{{regio}}
{{visie}}
# Terugblik 2022-2026
De afgelopen planperiode stond in het teken van de overgang naar een nieuw bureau en een nieuwe directeur-bestuurder. Ook de coronaperiode liet nog lang sporen na: meer kinderen met sociaal-emotionele vragen en een grotere druk op de intern begeleiders. Daarnaast was 2023 het jaar waarin de Inspectie het samenwerkingsverband bezocht. De Inspectie was positief over de samenwerking tussen de besturen en vroeg ons om doelen scherper te formuleren.
In de cijfers zien we het volgende beeld over de afgelopen vier jaar:
| Kengetal (peildatum 1 oktober) | 2022 | 2023 | 2024 | 2025 | Landelijk 2025 |
| Deelnamepercentage sbo | 2,6% | 2,5% | 2,4% | 2,4% | 2,3% |
| Deelnamepercentage so | 1,9% | 2,0% | 2,1% | 2,2% | 1,8% |
| Afgegeven TLV's sbo en so | 88 | 94 | 97 | 101 | - |
| Teruggeplaatste leerlingen | 4 | 3 | 5 | 5 | - |
| Tevredenheid ouders over ondersteuning (schaal 1-10) | 7,1 | 7,0 | 7,2 | 7,3 | - |
Het aantal TLV's voor het so stijgt, vooral voor jonge kinderen met gedragsvragen. Dat baart ons zorgen en vraagt om een gesprek met de scholen over wat zij kunnen bieden.
# Basisondersteuning
De beschrijving van de basisondersteuning wordt geactualiseerd zodra de landelijke norm basisondersteuning is vastgesteld. Tot die tijd verwijzen wij naar de schoolondersteuningsprofielen van de aangesloten scholen.
# Naar het speciaal (basis)onderwijs: vragen en antwoorden
Q: Wanneer kan mijn kind naar het speciaal basisonderwijs?
Een kind kan een toelaatbaarheidsverklaring voor het sbo krijgen als aan drie voorwaarden is voldaan. Ten eerste heeft de basisschool ten minste een jaar lang planmatig extra ondersteuning geboden, vastgelegd in een OPP, en is die ondersteuning geëvalueerd. Ten tweede blijft het kind op twee of meer gebieden (bijvoorbeeld leren en gedrag) ondanks die ondersteuning duidelijk achter bij wat van hem of haar verwacht mag worden. Ten derde is het kind aangewezen op een kleinere groep, met meer structuur en specialistische begeleiding gedurende de hele week.
Q: En wanneer naar het speciaal onderwijs?
Voor het so gelden dezelfde voorwaarden. Daarnaast moet duidelijk zijn dat het kind door een ernstige verstandelijke beperking, een langdurige ziekte, een lichamelijke beperking of ernstige gedrags- of psychiatrische problematiek ook in het sbo niet tot ontwikkeling kan komen.
Q: Hoe lang geldt een TLV?
Een TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin het kind 12 jaar wordt. Een TLV voor het so geldt twee schooljaren. Bij een TLV voor het so wordt ook de bekostigingscategorie laag, midden of hoog vastgesteld.
Q: Hoe vraagt de school een TLV aan?
De aanvraagroute wordt per 1 januari 2027 vernieuwd. De nieuwe werkwijze beschrijven wij in een aparte regeling, die wij na vaststelling op de website plaatsen.
# Terugplaatsing
Q: Wat gebeurt er in het laatste jaar van de TLV?
Wij werken met een vast stappenplan.
- Stap 1: uiterlijk 1 februari van het laatste TLV-jaar bespreekt de sbo- of so-school het OPP met de ouders en, waar mogelijk, met het kind.
- Stap 2: de school nodigt de consulent van het samenwerkingsverband uit voor een evaluatiegesprek, samen met de ouders. In dat gesprek wordt bekeken of verlenging, terugplaatsing of overplaatsing naar een andere school aan de orde is.
- Stap 3: de school stuurt het verslag van het evaluatiegesprek vóór 15 maart naar de Commissie van Toelaatbaarheid.
- Stap 4: de commissie besluit vóór 1 mei of er een nieuwe TLV wordt afgegeven. Als er geen nieuwe TLV komt, eindigt de TLV op 31 juli en melden de ouders hun kind aan bij een basisschool.
Q: Wanneer is terugplaatsing wenselijk, en welke begeleiding hoort daarbij?
Dat bepalen we in ons terugplaatsingsbeleid, dat in schooljaar 2026-2027 samen met de sbo- en so-school wordt opgesteld.
# Financiën
## Begroting 2026-2029
| Begroting (bedragen in euro) | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbekostiging | 8.940.000 | 8.860.000 | 8.770.000 | 8.690.000 |
| Afdracht sbo en so | 4.720.000 | 4.760.000 | 4.790.000 | 4.810.000 |
| Toekenning aan schoolbesturen | 2.900.000 | 2.820.000 | 2.760.000 | 2.700.000 |
| Ambulante begeleiding en consulenten | 760.000 | 770.000 | 780.000 | 790.000 |
| Observatie- en plusgroep | 420.000 | 430.000 | 430.000 | 440.000 |
| Bureau en bestuur | 510.000 | 515.000 | 520.000 | 525.000 |
| Saldo | -370.000 | -435.000 | -510.000 | -575.000 |
## Verdeling
Het huidige verdeelmodel dateert uit 2018 en sluit niet meer aan bij de praktijk. Het wordt in 2026 herzien; de nieuwe verdeelcriteria volgen na besluitvorming in de algemene vergadering.
## Reserves
De reserve van het samenwerkingsverband lag eind 2025 ruim boven de signaleringswaarde. Met de negatieve saldi in de begroting bouwen we de reserve in vier jaar af tot een weerstandsvermogen van ongeveer 6 procent van de baten.
# Hoe volgen we de ontwikkelingen?
We volgen ieder jaar dezelfde kengetallen, zodat we ontwikkelingen over meerdere jaren kunnen zien: de deelnamepercentages sbo en so op 1 oktober, het aantal afgegeven TLV's, het aantal teruggeplaatste leerlingen en de tevredenheid van ouders en scholen. De tevredenheid meten we met een korte vragenlijst die na iedere afgeronde aanvraag wordt verstuurd. Het bureau rapporteert de kengetallen twee keer per jaar aan het bestuur en de OPR. In het jaarverslag, dat voor 1 juli verschijnt, beschrijven we wat de cijfers zeggen en welke afspraken daaruit voortkomen.
De beoogde resultaten voor deze planperiode formuleren wij in het najaar van 2026 samen met de OPR en de besturen.
# Ouders: vragen en antwoorden
Q: Hoe word ik als ouder geïnformeerd over de ondersteuning in de regio?
Op onze website staat een ouderpagina met uitleg over passend onderwijs en per school een link naar de schoolgids en het schoolondersteuningsprofiel. Iedere basisschool geeft bij de aanmelding de ouderfolder van het samenwerkingsverband mee. Ieder najaar organiseren we een informatieavond voor ouders; de presentatie staat daarna op de website. Heeft u een vraag, dan kunt u op werkdagen bellen met de ouderlijn van het bureau.
Q: Ik ben het niet eens met de school. Wat nu?
Ga eerst in gesprek met de leerkracht, de intern begeleider of de directeur. Komt u er samen niet uit, dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Waterland. Het steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband en helpt u gratis. U kunt ook contact opnemen met de Onderwijsconsulenten. Gaat het om een geschil over toelating, verwijdering of het OPP, dan kunt u naar de Geschillencommissie passend onderwijs. Een klacht over het samenwerkingsverband zelf behandelt de landelijke klachtencommissie waarbij wij zijn aangesloten.
Q: Word ik betrokken bij besluiten over mijn kind?
Ja. U wordt uitgenodigd voor de bespreking van het OPP en u geeft uw zienswijze als er een TLV wordt aangevraagd. Uw kind mag zelf zijn of haar mening geven over het OPP.
{{opr_ouders}}
{{governance}}
{{personeel}}
{{ict}}
{{landelijk_ouders}}
{{besturen}}
{{bureau}}
{{planning}}
"""

P5_GLOSS = ["Arrangement", "Basisondersteuning", "Dekkend aanbod", "OJSP", "OOGO", "OPP", "OPR", "Resultaten",
            "Terugplaatsing", "Thuiszitter", "TLV", "Verdeelmodel"]
P5_TOC_EXTRA = ["Bijlage 1 Begrippenlijst", "Bijlage 2 Regeling aanvraag TLV (volgt)",
                "Bijlage 3 Dekkend aanbod en thuiszittersaanpak (in voorbereiding)"]


# ============================================================================================
# Near-miss - school-level "ondersteuningsplan" of one basisschool (not an SWV plan), .txt
# ============================================================================================
N_BODY = """
TITLE: Ondersteuningsplan 2025-2026
TITLE: Openbare basisschool De Vlinderboom, Zandwijk
Onderdeel van het schoolplan 2023-2027 van Stichting Openbaar Onderwijs Zandwijk
TOC
# Inleiding
Dit ondersteuningsplan beschrijft hoe wij op De Vlinderboom de ondersteuning aan onze leerlingen organiseren. Het plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het wordt ieder schooljaar bijgesteld na de evaluatie in juni. De Vlinderboom is een openbare basisschool met 312 leerlingen in 13 groepen. Wij zijn aangesloten bij het samenwerkingsverband Noorderzand. Wat het samenwerkingsverband doet, leest u in het ondersteuningsplan van het samenwerkingsverband; dit document gaat over onze eigen school.
Onze visie op ondersteuning is eenvoudig: ieder kind hoort erbij en krijgt zo veel mogelijk les in de eigen groep. Leerkrachten zijn de spil. De intern begeleider en het ondersteuningsteam helpen de leerkracht, niet andersom.
# Onze ondersteuningsstructuur: vier niveaus
Wij werken met vier zorgniveaus, die aansluiten bij handelingsgericht werken.
| Niveau | Wat gebeurt er | Wie |
| 1 | Goed lesgeven aan de hele groep, met instructie op drie niveaus | Leerkracht |
| 2 | Extra instructie en begeleiding in kleine groepjes | Leerkracht, onderwijsassistent |
| 3 | Individuele ondersteuning na bespreking met de intern begeleider, vastgelegd in een plan | Leerkracht, intern begeleider |
| 4 | Ondersteuning met hulp van buiten de school, bijvoorbeeld een arrangement van het samenwerkingsverband | Intern begeleider, ondersteuningsteam, samenwerkingsverband |
Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houden we groepsbesprekingen. De leerkracht bespreekt dan met de intern begeleider de resultaten van de groep en de kinderen die extra aandacht nodig hebben. Kinderen over wie we ons zorgen maken, bespreken we in een leerlingbespreking.
# Basisondersteuning op De Vlinderboom
Ons schoolondersteuningsprofiel beschrijft wat wij iedere leerling bieden. In het kort:
- een intern begeleider, vier dagen per week aanwezig;
- een dyslexieprotocol en een aanpak voor rekenproblemen;
- het programma De Vreedzame School voor sociale veiligheid;
- een plusgroep op woensdagochtend voor leerlingen die meer aankunnen;
- een rustige werkplek in de gang voor kinderen die zich moeilijk kunnen concentreren.
Wat wij niet kunnen bieden: verpleegkundige zorg gedurende de hele dag, en onderwijs aan kinderen die voortdurend één-op-één begeleiding nodig hebben.
# Het ondersteuningsteam
Zes keer per jaar komt ons ondersteuningsteam (OT) bijeen. Daarin zitten de intern begeleider, de directeur, de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker en, op uitnodiging, de jeugdverpleegkundige. Ouders zijn altijd aanwezig als hun kind wordt besproken. Het OT maakt afspraken over vervolgstappen, zoals onderzoek, een arrangement of een verwijzing naar jeugdhulp.
# Vragen van ouders
Q: Mijn kind heeft moeite met lezen. Wat doet de school?
De leerkracht geeft eerst extra instructie in de groep (niveau 2). Als dat na acht weken niet genoeg helpt, bespreekt de leerkracht uw kind met de intern begeleider en krijgt uw kind extra begeleiding volgens het dyslexieprotocol. Als er een vermoeden van ernstige dyslexie is, bespreken we met u een aanmelding voor onderzoek.
Q: Wat is een ontwikkelingsperspectief (OPP)?
Een OPP stellen wij op als uw kind op een eigen leerlijn gaat werken of extra ondersteuning van buiten de school krijgt. In het OPP staat wat wij verwachten dat uw kind aan het eind van de basisschool kan, en hoe wij daar samen naartoe werken. Wij bespreken het OPP twee keer per jaar met u. U moet instemmen met het handelingsdeel.
Q: Wat als de school mijn kind niet genoeg kan bieden?
Dan vragen wij, samen met u, ondersteuning aan bij het samenwerkingsverband. Dat kan een arrangement zijn, bijvoorbeeld een ambulant begeleider die een dagdeel per week in de klas komt. Soms is een andere school beter passend. Dan vraagt ons schoolbestuur een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband, voor het speciaal basisonderwijs of het speciaal onderwijs. Het samenwerkingsverband beslist daarover; de procedure staat in het ondersteuningsplan van het samenwerkingsverband.
Q: Kan mijn kind later terugkomen?
Ja, dat kan. Wij houden contact met de sbo- of so-school en staan open voor terugplaatsing als dat bij uw kind past.
Q: Bij wie kan ik terecht als ik het niet eens ben met de school?
Eerst bij de leerkracht, daarna bij de intern begeleider of de directeur. Komt u er niet uit, dan kunt u contact opnemen met de vertrouwenspersoon van de school of met het ouder- en jeugdsteunpunt van het samenwerkingsverband. De klachtenregeling staat in onze schoolgids.
# Middelen
De school ontvangt via het bestuur ondersteuningsmiddelen van het samenwerkingsverband. Voor schooljaar 2025-2026 is dat 48.000 euro. Wij besteden dat aan:
| Besteding 2025-2026 | Bedrag |
| Uitbreiding intern begeleider (0,2 fte) | 17.500 euro |
| Onderwijsassistent voor niveau 2 en 3 (16 uur) | 24.000 euro |
| Materialen en scholing | 6.500 euro |
De directeur verantwoordt de besteding in het jaarverslag van het bestuur.
# Resultaten en evaluatie
Wij kijken ieder jaar in juni terug. In 2024-2025 volgden 38 leerlingen een plan op niveau 3; 29 van hen konden daarna weer verder op niveau 2. Vier leerlingen hadden een OPP en twee leerlingen kregen een arrangement van het samenwerkingsverband. Eén leerling is met een TLV naar het speciaal basisonderwijs gegaan. Onze doelen voor 2025-2026: alle leerkrachten werken met het nieuwe leesprotocol, en het aantal leerlingen op niveau 3 daalt naar hooguit 30.
# Ouders als partner
Ouders kennen hun kind het best. Wij betrekken ouders daarom bij iedere stap: bij de groepsbespreking krijgt u een terugkoppeling, bij de leerlingbespreking wordt u uitgenodigd, en bij het OT bent u altijd aanwezig. Informatie over onze ondersteuning staat in de schoolgids en op de website. Twee keer per jaar is er een ouderavond over een thema, zoals lezen of gedrag.
# Planning 2025-2026
| Maand | Activiteit |
| Oktober | Groepsbesprekingen, OT |
| Februari | Groepsbesprekingen, OT, bespreking OPP met ouders |
| Juni | Groepsbesprekingen, evaluatie ondersteuningsplan, bijstelling voor 2026-2027 |
Dit ondersteuningsplan is besproken met de medezeggenschapsraad op 23 september 2025.
"""


# ============================================================================================
# Labels (strict human reading, Part A status rule)
# ============================================================================================
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"), ("dekkend-aanbod", "continuum"),
        ("dekkend-aanbod", "lacunes"), ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(el, crit, adv):
    vals = [crit[el + "." + c] for (e, c) in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


LABELS = {}

LABELS["p1"] = dict(
    sector="po",
    true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
          "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
          "ouders.informatie", "ouders.steunpunt"],
    adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Wat iedere school biedt': ondergrens for every vestiging plus a concrete list of voorzieningen; borging via kwaliteitskaart and verbeterplan.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': 4 steps, CvT decides within 6 weeks, criteria sbo/so, two deskundigen, duration/categorie, LBT bezwaar.",
        "terugstroom": "Terugplaatsing sits inside the TLV chapter: policy (temporary, conditions, terugplaatsingsarrangement) is given, but the procedure is deferred to a werkinstructie 'in de loop van 2026-2027'.",
        "financien": "Ch. 'Geld en middelen': vaste voet 15.000 + 162 euro per leerling, arrangement budget rules, meerjarenbegroting table 2026-2029, weerstandsvermogen, verantwoording per bestuur.",
        "dekkend-aanbod": "Ch. 'Extra ondersteuning en arrangementen' gives the 5-level continuum; gaps/thuiszitters/wachtlijsten only deferred to the voortgangsparagraaf 2027. OOGO chapter covers ketenpartners.",
        "resultaten": "Ch. 'Kwaliteit en resultaten' is only 'p.m.'; 'resultaten' elsewhere only in passing (voorwoord, 'Resultaat' row of the budget) and in TOC/glossary.",
        "ouders": "Info channels in Q&A 'Vragen van ouders'; independent help (OJSP, Onderwijsconsulenten, Geschillencommissie) hidden in ch. 'Communicatie'; OPR half parents, hoorrecht.",
    })

LABELS["p2"] = dict(
    sector="vo",
    true=["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
          "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
          "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"],
    adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Niveau 1: basisondersteuning' states the SWV-wide minimum for every vestiging, but the concrete voorzieningen are only in absent bijlage 2 (Kwaliteitskaart); audit = borging.",
        "plaatsing": "Q&A chapter 'Toewijzing van vso, lwoo en praktijkonderwijs': Commissie Toewijzing, dossier, 6 weeks, 4 vso criteria, pro national criteria and own lwoo criteria, deskundigen, duration/categorie; no bezwaar route.",
        "terugstroom": "Inside the toewijzing Q&A: policy (uitgangspunt, conditions, overgangsarrangement) and procedure (evaluation by 1 March, Commissie decides before 1 May) plus return figures.",
        "financien": "'Verdeling van middelen' gives verdeelregels (vaste voet 25.000, 180 per leerling, lwoo/pro pass-through), but the meerjarenbegroting is deferred to bijlage 4 and the table is all p.m.",
        "dekkend-aanbod": "Three levels incl. OPDC/rebound/plusvoorziening/vso; 'Samen zorgen dat niemand tussen wal en schip valt' covers thuiszitters, doorzettingsmacht, zorgplicht and yearly gap analysis.",
        "resultaten": "'Wat we willen bereiken': four numeric targets for 2030 and quarterly dashboard, annual analysis, jaarverslag, 2028 evaluation.",
        "ouders": "'Ouders en leerlingen' lists website/brochure/schoolgids/ouderavonden; independent help is not given: only 'contact the mentor' and the OJSP still 'onderwerp van gesprek' (OJSP/Onderwijsconsulenten only in glossary and national-law chapter).",
    })

LABELS["p3"] = dict(
    sector="po",
    true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.procedure",
          "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
          "ouders.steunpunt"],
    adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Q&A 'Wat mag u van iedere school verwachten?': minimum of all 52 schools on every locatie plus a concrete list.",
        "plaatsing": "Q&A 'Naar het speciaal (basis)onderwijs' gives the procedure (Loket, two deskundigen, CvT within 5 weeks), duration and bezwaar, but the criteria are 'being herijkt' and will be published in 2027.",
        "terugstroom": "Q&A 'Terug naar de basisschool': policy, conditions, yearly/last-year conversation, CvT role, terugplaatsingsarrangement; figure 6 -> 12 per year in the goals.",
        "financien": "Ch. 'Financiën en middelen' only refers to a separate meerjarenbegroting on the website; elsewhere only passing mentions (begroting vastgesteld in governance, TOC, glossary).",
        "dekkend-aanbod": "Continuum table (basis to so) and 'Als er geen passende plek is': zorgplicht, Thuiszitterstafel, wachtlijsten, second observatiegroep, yearly witte-vlekken check.",
        "resultaten": "'Wat willen we bereiken?' lists measurable 2030 targets, but how they are monitored/reported is deferred to the jaarplan 2026-2027.",
        "ouders": "Independent help (OJSP at MEE Kust, Onderwijsconsulenten, Geschillencommissie) is given; how parents are informed is only a vague intention ('gaan daar mee aan de slag'). OPR half parents.",
    })

LABELS["p4"] = dict(
    sector="vo",
    true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling", "financien.besteding",
          "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"],
    adv={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "Content only in Tabel 1: reikwijdte row (all 19 vestigingen) and concrete voorzieningen per domain; no borging.",
        "plaatsing": "Ch. 'Toewijzing vso, lwoo en praktijkonderwijs' only refers to the absent Handboek Toewijzing (bijlage 5); TLV/lwoo/pro elsewhere only in glossary, finance table, ICT retention sentence and vso participation figures.",
        "terugstroom": "Nothing on return from vso; 'Terugplaatsing' only in the glossary; the return of pupils from bovenschoolse trajectplaatsen and vso uitstroom in the results are near-misses.",
        "financien": "Ch. 'Financieel beleid': verdeelmodel in Tabel 2 and meerjarenbegroting in Tabel 3 with amounts, reserve afbouw/weerstandsvermogen.",
        "dekkend-aanbod": "Thuiszitters/zorgplicht chapter (Meldpunt, trajectoverleg, binding decision, yearly gap analysis) covers lacunes; the continuum is only referred to the Sociale Kaart (bijlage 3, separate) with scattered passing mentions.",
        "resultaten": "'Beoogde en bereikte resultaten': Tabel 4 achieved vs target, new measurable goals, quarterly/half-yearly/annual monitoring cycle.",
        "ouders": "Nothing for parents: 'Communicatie' addresses schools/professionals only, OPR composition not stated; OJSP/Onderwijsconsulenten only in the glossary; 'ouders' only in passing in the voorwoord.",
    })

LABELS["p5"] = dict(
    sector="po",
    true=["plaatsing.criteria", "terugstroom.procedure", "financien.besteding", "resultaten.monitoring",
          "ouders.informatie", "ouders.steunpunt"],
    adv={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch. 'Basisondersteuning' only defers (update after the landelijke norm) and refers to the schools' SOPs; otherwise only TOC, glossary and the national-developments chapter.",
        "plaatsing": "Q&A gives sbo/so criteria and duration/categorie, but 'Hoe vraagt de school een TLV aan?' is deferred to a new regeling per 1 januari 2027.",
        "terugstroom": "Ch. 'Terugplaatsing' gives a 4-step procedure in the last TLV year, but when return is desirable and support after return are deferred to a terugplaatsingsbeleid to be written in 2026-2027; figures in the terugblik.",
        "financien": "Ch. 'Financiën': begroting 2026-2029 with amounts and reserves, but the verdeelmodel 'wordt in 2026 herzien; nieuwe verdeelcriteria volgen'.",
        "dekkend-aanbod": "Nothing: no continuum, no thuiszitters/gaps approach (bijlage 3 'in voorbereiding' only in TOC), OOGO only as a date in the planning table; budget lines naming groups are passing mentions.",
        "resultaten": "'Hoe volgen we de ontwikkelingen?' and the terugblik table give monitoring and achieved figures, but the beoogde resultaten are deferred to autumn 2026.",
        "ouders": "Q&A 'Ouders: vragen en antwoorden': website, ouderfolder, informatieavond, ouderlijn; OJSP Waterland, Onderwijsconsulenten, Geschillencommissie; OPP/hoorrecht and OPR.",
    })


def label_yaml(documents, lab):
    crit = {e + "." + c: (e + "." + c) in lab["true"] for (e, c) in CORE}
    for t in lab["true"]:
        assert t in crit, t
    st = {el: status(el, crit, lab["adv"]) for el in ELEMENTS}
    lines = ["documents: [" + ", ".join(documents) + "]", "sector: " + lab["sector"], "looks_like_plan: true",
             "elements: {" + ", ".join(el + ": " + st[el] for el in ELEMENTS) + "}", "criteria:"]
    for (e, c) in CORE:
        lines.append("  %s.%s: %s" % (e, c, "true" if crit[e + "." + c] else "false"))
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["adv"].get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(lab["adv"][el])))
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append('  %s: "%s"' % (el, lab["notes"][el].replace('"', "'")))
    return "\n".join(lines) + "\n", st


def build(body, v, gloss):
    text = body
    for k, f in FILL.items():
        text = text.replace("{{" + k + "}}", f.strip("\n"))
    text = text.rstrip("\n") + "\n" + glossary(gloss)
    return blocks(fill(text, v))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plans = [
        ("p1", "po-maasoever-ondersteuningsplan-2026-2030", "docx", P1_BODY, P1_VARS, P1_GLOSS, P1_TOC_EXTRA),
        ("p2", "vo-kempenrand-ondersteuningsplan-2026-2030", "docx", P2_BODY, P2_VARS, P2_GLOSS, P2_TOC_EXTRA),
        ("p3", "po-noorderzand-ondersteuningsplan-2026-2030", "pdf", P3_BODY, P3_VARS, P3_GLOSS, P3_TOC_EXTRA),
        ("p4", "vo-hooge-veld-ondersteuningsplan-2026-2030", "pdf", P4_BODY, P4_VARS, P4_GLOSS, P4_TOC_EXTRA),
        ("p5", "po-waterlandse-kust-ondersteuningsplan-2026-2030", "md", P5_BODY, P5_VARS, P5_GLOSS, P5_TOC_EXTRA),
    ]
    for key, name, fmt, body, v, gloss, toc_extra in plans:
        bl = build(body, v, gloss)
        assert not re.search(r"\{[A-Z_0-9]+\}|\{\{", "\n".join(str(b[1]) for b in bl)), name
        wc = word_count(bl)
        assert wc >= 3000, (name, wc)
        header = v["SWV"] + " - Ondersteuningsplan " + v["PERIODE"]
        fname = name + "." + fmt
        if fmt == "docx":
            write_docx(bl, OUT / fname, header, toc_extra)
        elif fmt == "md":
            write_md(bl, OUT / fname, header, toc_extra)
        elif fmt == "pdf":
            tmp = Path(tempfile.mkdtemp(prefix="holdout259_docx_"))
            try:
                d = tmp / (name + ".docx")
                write_docx(bl, d, header, toc_extra)
                docx_to_pdf(d, OUT / fname)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        y, st = label_yaml([fname], LABELS[key])
        (OUT / (name + ".expected.yaml")).write_text(y, encoding="utf-8")
        print("%-55s %5d words  %s" % (fname, wc, st))

    nm = "po-vlinderboom-school-ondersteuningsplan-2025-2026"
    bl = blocks(N_BODY)
    write_txt(bl, OUT / (nm + ".txt"), "OBS De Vlinderboom - Ondersteuningsplan 2025-2026", [])
    y = ("documents: [%s.txt]\nsector: po\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
         "advisory_addressed: {}\nnotes:\n  document: \"School-level ondersteuningsplan of one basisschool "
         "(zorgniveaus, groepsbesprekingen, OT, school budget 48.000 euro); it refers to the ondersteuningsplan "
         "of samenwerkingsverband Noorderzand for TLV procedures and is not an SWV plan (no OPR, OOGO, "
         "planperiode, SWV-wide tasks).\"\n" % nm)
    (OUT / (nm + ".expected.yaml")).write_text(y, encoding="utf-8")
    print("%-55s %5d words  near-miss" % (nm + ".txt", word_count(bl)))


if __name__ == "__main__":
    main()
