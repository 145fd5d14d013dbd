#!/usr/bin/env python3
"""Generate the holdout182 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, plus hand-written label files (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------------------------
# shared filler (neutral: must not address any core or advisory criterion by itself)
# ---------------------------------------------------------------------------------------------

def voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Het is het derde plan sinds "
              f"de invoering van de Wet passend onderwijs in 2014 en het eerste plan dat is opgesteld na de afronding "
              f"van de Verbeteraanpak passend onderwijs. In de afgelopen periode hebben schoolbesturen, directeuren, "
              f"intern begeleiders, leerkrachten en onze partners in de regio {p['regio']} veel gesprekken gevoerd over "
              f"de vraag wat passend onderwijs voor kinderen en jongeren in onze regio betekent. Die gesprekken waren "
              f"soms taai, vaak inspirerend en altijd betrokken."),
        ("p", "Het plan is tot stand gekomen in een zorgvuldig proces. Een schrijfgroep met vertegenwoordigers van de "
              "besturen heeft de eerste versie opgesteld. Die versie is besproken in directeurenbijeenkomsten, in "
              "netwerken van intern begeleiders en ondersteuningscoördinatoren en in twee werksessies met de "
              "ondersteuningsplanraad. Wij danken iedereen die heeft meegelezen en meegedacht. Waar wij scherper "
              "moesten formuleren, hebben wij dat gedaan; waar wij nog niet alle antwoorden hebben, zeggen wij dat eerlijk."),
        ("p", "Passend onderwijs is geen project dat ooit af is. Het vraagt van scholen dat zij elke dag opnieuw kijken "
              "naar wat een leerling nodig heeft, en van het samenwerkingsverband dat het de voorwaarden schept waaronder "
              "scholen dat kunnen doen. Dit plan beschrijft hoe wij die rol de komende vier jaar invullen. Wij wensen u "
              "veel leesplezier en zien uw reacties graag tegemoet."),
        ("p", f"{p['directeur']}, directeur-bestuurder {p['kort']}"),
    ]


def leeswijzer(p):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Dit ondersteuningsplan is vastgesteld op grond van {p['wet']}. De wet schrijft voor dat een "
              "samenwerkingsverband ten minste eens per vier jaar een ondersteuningsplan vaststelt en dat het plan een "
              "aantal onderwerpen bevat. Wij hebben ervoor gekozen het plan niet op te bouwen langs de wetsartikelen, "
              "maar langs de route die een leerling aflegt: van de ondersteuning in de eigen klas tot en met de "
              "ondersteuning in het speciaal onderwijs en weer terug. Daarna volgen de hoofdstukken over organisatie, "
              "geld en kwaliteit."),
        ("p", "Het plan is geschreven voor iedereen die bij passend onderwijs betrokken is: bestuurders en directeuren, "
              "leerkrachten en intern begeleiders, medezeggenschapsraden, gemeenten en jeugdhulppartners, en de "
              "inspectie. Wij hebben geprobeerd het plan leesbaar te houden. Vaktermen en afkortingen zijn opgenomen in "
              "de begrippenlijst achterin. Waar in de tekst wordt verwezen naar een jaarplan, gaat het om het jaarplan "
              "dat het bestuur elk jaar in december vaststelt op basis van dit meerjarige plan."),
    ]


def regio(p):
    rows = [["Kengetal", "Waarde (1 oktober 2025)"]] + p["kengetallen"]
    return [
        ("h1", "Onze regio"),
        ("p", f"{p['naam']} ({p['code']}) omvat de gemeenten {p['gemeenten']}. Het gebied kent zowel stedelijke kernen "
              "als uitgestrekte plattelandsdelen met kleine dorpsscholen. De regio is de afgelopen jaren licht "
              "gekrompen: vooral in de kleinere kernen daalt het aantal leerlingen, terwijl in de nieuwbouwwijken aan de "
              "rand van de steden juist scholen bijkomen. Die ontwikkeling heeft gevolgen voor de spreiding van "
              "voorzieningen, voor het leerlingenvervoer en voor de mogelijkheden van kleine scholen om zelf expertise "
              "op te bouwen."),
        ("p", f"Bij het samenwerkingsverband zijn {p['n_besturen']} schoolbesturen aangesloten met samen "
              f"{p['n_scholen']} schoollocaties. De besturen verschillen sterk in omvang: van eenpitters tot "
              "besturen met meer dan twintig scholen. De onderstaande tabel geeft een beeld van de omvang van het "
              "verband."),
        ("table", rows),
        ("p", "De cijfers zijn ontleend aan de teldatum van DUO. Kleine verschillen met eerdere publicaties ontstaan "
              "doordat vestigingen zijn samengevoegd of van brinnummer zijn veranderd."),
    ]


def missie_visie(p):
    return [
        ("h1", "Missie en visie"),
        ("p", f"{p['kort']} is er voor alle kinderen en jongeren in de regio {p['regio']}. Wij geloven dat elk kind "
              "recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis en samen met "
              "leeftijdgenoten waar dat kan. Wij geloven ook dat scholen dat niet alleen kunnen: het vraagt "
              "samenwerking tussen scholen, tussen besturen en met de partners rond het kind."),
        ("p", "Onze visie rust op drie waarden. Vertrouwen: wij gaan ervan uit dat professionals in de school het "
              "beste weten wat een leerling nodig heeft en geven hen daarvoor ruimte. Gezamenlijkheid: de besturen "
              "dragen samen verantwoordelijkheid voor alle leerlingen in de regio, ook voor leerlingen die niet op "
              "hun eigen scholen staan ingeschreven. Eenvoud: regels en formulieren zijn er om het werk te "
              "ondersteunen en niet andersom."),
        ("p", "Deze waarden vertalen zich in de manier waarop wij werken. Wij organiseren zo min mogelijk bovenschools "
              "en zo veel mogelijk in en rond de school. Wij vragen geen dossiers op die al bestaan. Wij zoeken bij "
              "verschil van inzicht eerst het gesprek. En wij zijn open over wat goed gaat en wat niet."),
    ]


def governance(p):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{p['kort']} is een {p['rechtsvorm']}. Het toezicht en het bestuur zijn gescheiden volgens het "
              f"{p['model']}. De directeur-bestuurder is belast met de dagelijkse leiding en vertegenwoordigt het "
              "samenwerkingsverband. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de "
              "aangesloten besturen en twee onafhankelijke leden. De raad houdt toezicht op de uitvoering van dit plan "
              "en op de rechtmatige en doelmatige besteding van de middelen; hij keurt onder meer het jaarplan en de "
              "jaarrekening goed."),
        ("p", "De aangesloten schoolbesturen komen vier keer per jaar bijeen in de algemene vergadering. Daarnaast "
              "bestaat een bestuurlijk overleg waarin de bestuurders beleidsvoornemens voorbespreken. Het bureau van het "
              f"samenwerkingsverband telt {p['fte']} fte, verdeeld over een directeur-bestuurder, een beleidsmedewerker, "
              "een controller, een secretariaat en een team van orthopedagogen en consulenten."),
        ("p", "Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad. Jaarlijks evalueert de raad van "
              "toezicht zijn eigen functioneren. Integriteit, transparantie en het voorkomen van belangenverstrengeling "
              "zijn vaste onderwerpen. Bestuurders van aangesloten schoolbesturen kunnen geen lid zijn van de raad van "
              "toezicht."),
    ]


def medezeggenschap(p, met_ouders=True):
    samenstelling = ("De raad bestaat uit twaalf leden: zes personeelsleden en zes ouders, afgevaardigd uit de "
                     "medezeggenschapsraden van de aangesloten scholen. " if met_ouders else
                     "De leden worden afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) en een medezeggenschapsraad voor het "
              "eigen personeel. De OPR heeft instemmingsrecht op de vaststelling en wijziging van het "
              f"ondersteuningsplan. {samenstelling}De OPR vergadert zes keer per jaar; de directeur-bestuurder "
              "is bij een deel van de vergaderingen aanwezig."),
        ("p", f"De OPR heeft op {p['opr_datum']} ingestemd met dit ondersteuningsplan. Tijdens de voorbereiding is de "
              "raad in twee themabijeenkomsten meegenomen in de keuzes die voorlagen. Het samenwerkingsverband "
              "faciliteert de OPR met een jaarlijks scholingsbudget en ambtelijke ondersteuning. De medezeggenschapsraad "
              "van het bureau heeft advies uitgebracht over de gevolgen van het plan voor het eigen personeel."),
    ]


def personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de deskundigheid van leerkrachten en docenten. De besturen zijn "
              "verantwoordelijk voor het personeelsbeleid op hun scholen. Het samenwerkingsverband ondersteunt hen met "
              "netwerken en een gezamenlijk scholingsaanbod. Zo zijn er regionale netwerken voor intern begeleiders, "
              "ondersteuningscoördinatoren en gedragsspecialisten, die elk vier tot zes keer per jaar bijeenkomen."),
        ("p", "Het lerarentekort raakt ook onze regio. Vooral op scholen in de stedelijke wijken staan klassen geregeld "
              "zonder bevoegde leerkracht. Dat heeft gevolgen voor de ondersteuning die scholen kunnen bieden. Wij "
              "zoeken samen met de besturen naar manieren om expertise te delen, bijvoorbeeld door onderwijsassistenten "
              "gericht op te leiden en door specialisten van het speciaal onderwijs in te zetten op reguliere scholen."),
        ("p", "Voor het eigen personeel van het bureau geldt een professionaliseringsplan. Orthopedagogen en "
              "consulenten houden hun registratie bij en nemen deel aan intervisie. Het bureau werkt met jaarlijkse "
              "gesprekkencycli en een strategisch personeelsplan dat meebeweegt met de taken uit dit plan."),
    ]


def ict_privacy(p):
    return [
        ("h1", "ICT, privacy en gegevensverwerking"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor zover dat nodig is voor de "
              "wettelijke taken. Dat gebeurt via een beveiligde digitale omgeving waarin scholen aanvragen indienen en "
              "documenten delen. Het samenwerkingsverband heeft een functionaris voor gegevensbescherming aangesteld en "
              "een privacyreglement vastgesteld. Gegevens worden niet langer bewaard dan de wettelijke termijnen."),
        ("p", "Met ingang van het schooljaar 2026-2027 stappen wij over op een nieuw registratiesysteem. De overstap "
              "wordt begeleid door een projectgroep met vertegenwoordigers van de scholen. Scholen worden tijdig "
              "geïnformeerd over de gevolgen voor hun werkwijze. Een gegevensbeschermingseffectbeoordeling (DPIA) "
              "maakt deel uit van de aanbesteding."),
    ]


def planning(p):
    rows = [["Schooljaar", "Accent"],
            ["2026-2027", "Invoering nieuw registratiesysteem; scholing netwerken"],
            ["2027-2028", "Tussentijdse bespreking plan met OPR en besturen"],
            ["2028-2029", "Voorbereiding volgend ondersteuningsplan"],
            ["2029-2030", "Vaststelling nieuw plan, OOGO en instemming OPR"]]
    return [
        ("h1", "Planning en vaststelling"),
        ("p", "Dit plan geldt voor vier schooljaren. Elk jaar werken wij de voornemens uit in een jaarplan. Het jaarplan "
              "wordt besproken met de algemene vergadering en ter informatie aan de OPR gezonden. Onderstaand overzicht "
              "geeft de accenten per jaar."),
        ("table", rows),
        ("p", f"Het plan is op {p['vaststelling']} vastgesteld door de directeur-bestuurder, na instemming van de OPR en "
              "na op overeenstemming gericht overleg met de gemeenten. Het plan is vóór 1 mei aan de inspectie "
              "toegezonden."),
    ]


def wettelijk_kader(p):
    return [
        ("h1", "Wettelijk kader"),
        ("p", f"Het samenwerkingsverband voert de taken uit die {p['wet']} opdraagt. De wet noemt onder meer het "
              "vaststellen van het ondersteuningsplan, het verdelen en toewijzen van ondersteuningsmiddelen, het "
              "beoordelen van de toelaatbaarheid tot het speciaal (basis)onderwijs of het voortgezet speciaal onderwijs "
              "en het adviseren van schoolbesturen over de ondersteuningsbehoefte van een leerling."),
        ("p", "Volgens de wet moet een ondersteuningsplan in elk geval ingaan op het samenhangende geheel van "
              "ondersteuningsvoorzieningen, waaronder de basisondersteuning; de procedure en criteria voor de verdeling, "
              "besteding en toewijzing van middelen in het licht van een meerjarenbegroting; de procedure en criteria "
              "voor plaatsing en voor terugplaatsing of overplaatsing; de beoogde en behaalde resultaten; en de manier "
              "waarop ouders worden geïnformeerd, ook over onafhankelijke ondersteuningsmogelijkheden. Daarnaast gelden "
              "procedurele eisen: op overeenstemming gericht overleg met de gemeenten, instemming van de "
              "ondersteuningsplanraad en toezending aan de inspectie vóór 1 mei."),
        ("p", "Ook de Wet medezeggenschap op scholen, de Leerplichtwet, de Jeugdwet en de Algemene wet bestuursrecht zijn "
              "op ons werk van toepassing. Waar landelijke regelgeving in de planperiode verandert, passen wij onze "
              "werkwijze aan. Wij houden daarbij rekening met de Wet versterking positie ouders en leerlingen en met de "
              "ontwikkelingen rond een landelijke norm basisondersteuning."),
    ]


def totstandkoming(p):
    return [
        ("h1", "Totstandkoming van dit plan"),
        ("p", "De voorbereiding van dit plan begon ruim een jaar voor de vaststelling met een evaluatie van het vorige "
              "plan. De directeur-bestuurder sprak met alle bestuurders afzonderlijk en bezocht een groot deel van de "
              "scholen. Daarnaast is een digitale vragenlijst uitgezet onder directeuren en intern begeleiders; ruim "
              "zestig procent van hen vulde deze in. De uitkomsten zijn besproken in een gezamenlijke startbijeenkomst."),
        ("p", "Een schrijfgroep van zeven personen heeft vervolgens de hoofdstukken opgesteld. Iedere conceptversie is "
              "voorgelegd aan een klankbordgroep en aan het bestuurlijk overleg. In deze fase zijn ook de raad van "
              "toezicht en de medezeggenschapsraad van het bureau geïnformeerd. Het concept is vervolgens in de formele "
              "procedure gebracht: bespreking in de algemene vergadering, overleg met de gemeenten en met het "
              "aangrenzende samenwerkingsverband, en het instemmingstraject met de OPR."),
        ("p", "Wij hebben bewust gekozen voor een plan dat richting geeft en tegelijk ruimte laat. De uitwerking van "
              "voornemens vindt plaats in de jaarplannen. Daarmee houden wij de mogelijkheid om bij te sturen als de "
              "omstandigheden daarom vragen, zonder dat het plan zelf telkens gewijzigd moet worden."),
    ]


def kennisdeling(p):
    return [
        ("h1", "Kennisdeling en netwerken"),
        ("p", "In een regio met veel kleine scholen is het delen van kennis een voorwaarde om goed onderwijs te kunnen "
              "geven. Het samenwerkingsverband organiseert daarom jaarlijks een regionale studiedag voor alle "
              "medewerkers van de aangesloten scholen, met lezingen en workshops over actuele thema's zoals "
              "executieve functies, meertaligheid, trauma-sensitief lesgeven en samenwerking met ouders en partners."),
        ("p", "Daarnaast bestaan leerkringen waarin leerkrachten van verschillende scholen een jaar lang samen werken aan "
              "een praktijkvraag. De leerkringen worden begeleid door een medewerker van het bureau of een externe "
              "deskundige. De opbrengsten worden gedeeld via korte filmpjes en een jaarlijkse kennismarkt. Het "
              "samenwerkingsverband werkt hierbij samen met de lerarenopleidingen in de regio, die studenten laten "
              "onderzoeken wat in de praktijk werkt."),
    ]


def bedrijfsvoering(p):
    return [
        ("h1", "Bedrijfsvoering"),
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een verzamelgebouw met andere "
              "onderwijsorganisaties, wat de onderlinge contacten vergemakkelijkt. De salarisadministratie en de "
              "financiële administratie zijn ondergebracht bij een administratiekantoor. Het samenwerkingsverband "
              "volgt het inkoopbeleid van de sector en besteedt grotere opdrachten Europees aan."),
        ("p", "Het bureau streeft naar een duurzame bedrijfsvoering: medewerkers reizen zoveel mogelijk met het openbaar "
              "vervoer, vergaderingen vinden waar mogelijk digitaal plaats en bij nieuwe aanschaf wordt gekeken naar "
              "duurzaamheid. Het samenwerkingsverband heeft een klokkenluidersregeling en een integriteitscode die op alle "
              "medewerkers en toezichthouders van toepassing zijn."),
    ]


def besturen_identiteit(p):
    return [
        ("h1", "Besturen, identiteit en samenwerking"),
        ("p", f"De {p['n_besturen']} aangesloten besturen verschillen in denominatie, omvang en onderwijsconcept. Er zijn "
              "openbare, protestants-christelijke, katholieke en algemeen bijzondere scholen, en scholen die werken "
              "volgens een specifiek onderwijsconcept zoals Dalton, Montessori of Jenaplan. Die verscheidenheid zien wij "
              "als een kracht: ouders en leerlingen hebben iets te kiezen, en scholen kunnen van elkaar leren."),
        ("p", "Tegelijk vraagt verscheidenheid om heldere afspraken. De besturen hebben in een samenwerkingsovereenkomst "
              "vastgelegd hoe zij met elkaar omgaan: zij informeren elkaar tijdig over voornemens die gevolgen hebben voor "
              "andere scholen, zij werven geen personeel actief bij elkaar weg en zij lossen meningsverschillen eerst "
              "onderling op. Komen zij er samen niet uit, dan voorzien de statuten in een geschillenregeling."),
        ("p", "De bestuurders ontmoeten elkaar naast de formele vergaderingen twee keer per jaar in een heidag. Daar "
              "staan strategische vragen centraal, zoals de gevolgen van krimp en groei, de samenwerking met andere "
              "sectoren en de positionering van het samenwerkingsverband in de regio."),
    ]


def communicatie_scholen(p):
    return [
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Het samenwerkingsverband wil goed bereikbaar zijn voor scholen. Iedere school heeft een vaste contactpersoon "
              "op het bureau, die de school ten minste twee keer per jaar bezoekt. Intern begeleiders ontvangen maandelijks "
              "een nieuwsbrief met nieuws over netwerken, scholing en regelgeving. Directeuren en bestuurders krijgen "
              "daarnaast een kwartaalbericht."),
        ("p", "Het professionalsportaal bevat formulieren, handreikingen en een agenda. In de planperiode vernieuwen wij "
              "het portaal zodat scholen hun aanvragen en documenten op één plek kunnen beheren. Met de gemeenten "
              "en andere partners communiceren wij via de vaste overlegtafels en via een digitale partnerbrief."),
    ]


def begrippen(items):
    return [("h1", "Bijlage: begrippenlijst en afkortingen"),
            ("table", [["Begrip", "Omschrijving"]] + items)]


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("toc", entries)]


# ---------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------

def write_docx(blocks, path, header_text, title):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.title = title
    d.core_properties.author = "holdout182"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = title
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            d.add_paragraph(val)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            for it in val:
                d.add_paragraph(it)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    tmp = Path(str(path) + ".holdout182.tmp")
    d.save(str(tmp))
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename):
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    tmp.unlink()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title, header_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>", "</head>", "<body>",
           f'<header><nav>{esc(header_text)}</nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{esc(val)}</p>')
        elif kind == "pagebreak":
            continue
        elif kind == "h1":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind in ("ul",):
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><ol>' + "".join(f"<li>{esc(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{esc(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        else:
            raise ValueError(kind)
    out += ["</main>", f"<footer>{esc(title)} &middot; webversie</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path, pdf_path, tmp):
    prof = Path(tmp) / "lo_profile"
    outdir = Path(tmp) / "pdfout"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(str(outdir / (Path(docx_path).stem + ".pdf")), str(pdf_path))


# ---------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def status(crit, el, adv):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit, adv, notes):
    assert set(crit) == set(CORE)
    els = {e: status(crit, e, adv) for e in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if adv.get(e):
            lines.append(f"  {e}: [{', '.join(adv[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {q(notes[e])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return els


def write_label_notplan(name, documents, sector, note):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
             "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:", f"  document: {q(note)}"]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# =============================================================================================
# Plan A - PO, .docx - SWV PO Rivierenland-West
# PL partial (criteria deferred), RE partial (monitoring deferred), OU missing (deferral + glossary)
# =============================================================================================
PA = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West", kort="SWV Rivierenland-West",
          code="PO 26-09", periode="2026-2030", regio="Rivierenland-West",
          gemeenten="Waaldijk, Lingemeer, Oosterbroek en Huissen-Dalem", n_besturen=11, n_scholen=58,
          directeur="drs. M. (Marieke) van Oosterom", wet="artikel 18a van de Wet op het primair onderwijs",
          rechtsvorm="stichting", model="raad-van-toezichtmodel", fte="14,6", opr_datum="17 maart 2026",
          vaststelling="24 maart 2026",
          kengetallen=[["Aantal schoolbesturen", "11"], ["Aantal basisscholen (locaties)", "54"],
                       ["Aantal sbo-scholen", "3"], ["Aantal so-locaties (cluster 3 en 4)", "1 (+2 buiten de regio)"],
                       ["Leerlingen basisonderwijs", "12.480"], ["Leerlingen sbo", "392"],
                       ["Deelnamepercentage sbo", "3,0%"], ["Deelnamepercentage so", "1,6%"]])


def plan_a():
    p = PA
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['naam']} ({p['code']}) - 'Samen sterk in de klas'"),
         ("sub", "Versie ter instemming OPR, februari 2026. Met de hoofdstukken basisondersteuning, toelaatbaarheid, "
                 "terugplaatsing, financiën, dekkend aanbod, resultaten en ouders."),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
              "4 Wat elke school biedt: basisondersteuning", "5 Een doorlopend aanbod van ondersteuning",
              "6 Toelaatbaarheid tot sbo en so (inclusief terugplaatsing)", "7 Wanneer er geen passende plek is",
              "8 Beoogde resultaten", "9 Samenwerking met gemeenten", "10 Geld en middelen",
              "11 Communicatie", "12 Organisatie en governance", "13 Medezeggenschap",
              "14 Personeel en professionalisering", "15 ICT en privacy", "16 Planning",
              "Bijlage: begrippenlijst (o.a. ouder- en jeugdsteunpunt, OPP, TLV)"])
    b += voorwoord(p) + leeswijzer(p) + wettelijk_kader(p) + totstandkoming(p) + regio(p) + missie_visie(p)
    b += [
        ("h1", "Wat elke school biedt: basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij in Rivierenland-West de ondersteuning die iedere school van het "
              "samenwerkingsverband, op elke vestiging, ten minste biedt aan alle leerlingen, zonder dat daarvoor een "
              "aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau samen afgesproken; het is een "
              "ondergrens en geen plafond. Een school mag meer bieden, en veel scholen doen dat ook, maar geen school "
              "biedt minder. Het niveau sluit aan bij de landelijke uitwerking van de norm basisondersteuning, met een "
              "aantal regionale aanvullingen."),
        ("p", "Concreet betekent dit dat op iedere school in onze regio het volgende aanwezig is:"),
        ("table", [["Onderdeel", "Wat u op iedere school aantreft"],
                   ["Intern begeleider", "Minimaal 0,4 fte per 200 leerlingen, met een afgeronde opleiding tot intern begeleider of gelijkwaardig"],
                   ["Leerlingvolgsysteem", "Twee keer per jaar toetsing van lezen, spelling en rekenen; groepsbesprekingen na elke toetsperiode"],
                   ["Dyslexie en dyscalculie", "Werken volgens het protocol leesproblemen en dyslexie; vroegsignalering vanaf groep 2"],
                   ["Sociale veiligheid", "Een schoolbreed programma voor sociaal-emotioneel leren en een anti-pestcoördinator"],
                   ["Gedrag", "Een gedragsprotocol en ten minste één leerkracht met een opleiding gedragsspecialist per bestuur"],
                   ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; signaleringsinstrument vanaf groep 1"],
                   ["Ontwikkelingsperspectief", "Een OPP voor iedere leerling die op een eigen leerlijn werkt, jaarlijks geëvalueerd"],
                   ["Medische handelingen", "Een protocol medisch handelen en een aanspreekpunt op de school"],
                   ["Schoolondersteuningsteam", "Een ondersteuningsteam waarin de orthopedagoog van het SWV en de jeugdverpleegkundige aanschuiven"]]),
        ("p", "Het samenwerkingsverband gaat na of scholen deze basisondersteuning waarmaken. Iedere school vult "
              "elke twee jaar de kwaliteitskaart basisondersteuning in; de consulent van het samenwerkingsverband bespreekt "
              "de uitkomst met directeur en intern begeleider. Blijkt een onderdeel niet op orde, dan maakt het bestuur "
              "binnen drie maanden een verbeterplan, waarvan de uitvoering bij het volgende schoolbezoek wordt besproken."),
        ("h1", "Een doorlopend aanbod van ondersteuning"),
        ("p", "Het ondersteuningsaanbod in onze regio is opgebouwd uit vier lagen die op elkaar aansluiten. De eerste laag "
              "is de basisondersteuning die hiervoor is beschreven. De tweede laag is lichte extra ondersteuning binnen de "
              "school, die scholen bekostigen uit het schoolbudget: bijvoorbeeld een remedial teacher, een "
              "onderwijsassistent voor een kleine groep of een kortdurende training. De derde laag bestaat uit "
              "arrangementen die het samenwerkingsverband toekent voor een leerling of groep: een tijdelijke "
              "plusklas, een time-outvoorziening, ambulante begeleiding door het so of een onderwijs-zorgarrangement "
              "samen met de jeugdhulp. De vierde laag is het gespecialiseerd onderwijs: sbo en so."),
        ("table", [["Laag", "Wat", "Wie besluit"],
                   ["1 Basis", "Basisondersteuning op elke school", "School"],
                   ["2 Licht extra", "Extra ondersteuning uit schoolbudget", "School/bestuur"],
                   ["3 Arrangement", "Bovenschoolse arrangementen, plusvoorzieningen, OZA", "Loket SWV"],
                   ["4 Specialistisch", "Sbo en so met toelaatbaarheidsverklaring", "Commissie Toelaatbaarheid"]]),
        ("p", "Tussen de lagen bestaan geen harde drempels. Een leerling kan tijdelijk een arrangement krijgen en daarna "
              "weer met de basisondersteuning verder. Het ondersteuningsteam van de school is steeds het vertrekpunt: daar "
              "wordt besproken wat een leerling nodig heeft en welke laag daarbij past."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "De aanvraag"),
        ("p", "Een schoolbestuur vraagt een toelaatbaarheidsverklaring (TLV) aan bij het loket van het "
              "samenwerkingsverband. De aanvraag wordt voorbereid in het ondersteuningsteam van de school en bevat het "
              "ontwikkelingsperspectief, een verslag van de geboden ondersteuning en de evaluatie daarvan. Het loket "
              "controleert binnen vijf werkdagen of de aanvraag compleet is."),
        ("h2", "Advies en besluit"),
        ("p", "De Commissie Toelaatbaarheid van het samenwerkingsverband beslist namens de directeur-bestuurder. Zij "
              "vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een "
              "tweede deskundige zoals een maatschappelijk werker, kinderarts of kinder- en jeugdpsychiater. Iedere "
              "deskundige brengt een eigen schriftelijk advies uit; een deskundige die bij de aanvraag betrokken was, "
              "adviseert niet. De commissie beslist binnen zes weken na ontvangst van de complete aanvraag; in spoedgevallen "
              "binnen tien werkdagen."),
        ("p", "De criteria op grond waarvan de commissie besluit of een leerling toelaatbaar is, herijken wij in het "
              "eerste planjaar samen met de sbo- en so-scholen. Zij worden daarna opgenomen in het Handboek Toewijzing."),
        ("h2", "Geldigheid"),
        ("table", [["Soort TLV", "Geldigheidsduur", "Categorie"],
                   ["Sbo", "2 schooljaren", "n.v.t."],
                   ["So cluster 4", "2 schooljaren", "laag"],
                   ["So cluster 3 (LG/LZ)", "3 schooljaren", "midden"],
                   ["So cluster 3 (MG/EMB)", "tot einde schoolloopbaan so", "hoog"]]),
        ("h2", "Afloop van de verklaring"),
        ("p", "In het laatste schooljaar waarin de TLV geldt, bespreekt de sbo- of so-school in januari met de leerling "
              "en de school van herkomst of terugkeer naar het reguliere onderwijs mogelijk is. Uiterlijk 1 maart legt de "
              "speciale school een evaluatie van het OPP voor aan de Commissie Toelaatbaarheid, met een advies: "
              "terugplaatsing, overplaatsing naar een andere school, of voortzetting. De commissie besluit vóór 1 mei. "
              "Bij terugplaatsing stelt de ontvangende basisschool samen met de speciale school een overstapplan op en "
              "loopt de TLV af op 31 juli. Bij voortzetting is een nieuwe TLV nodig, langs dezelfde route als hierboven."),
        ("p", "Ons uitgangspunt is dat een plaatsing in het sbo of so tijdelijk kan zijn. Wij willen dat leerlingen die "
              "het aankunnen terugkeren naar een school in de eigen wijk. Voorwaarde is dat de ontvangende school de "
              "benodigde ondersteuning kan bieden. Daarom krijgt iedere teruggeplaatste leerling gedurende het eerste jaar "
              "een terugkeerarrangement: ambulante begeleiding vanuit de speciale school (gemiddeld twee uur per week) en "
              "een budget van € 3.500 voor de ontvangende school. In 2024-2025 keerden 21 leerlingen uit sbo en so terug "
              "naar het basisonderwijs."),
        ("h1", "Wanneer er geen passende plek is"),
        ("p", "Ook in onze regio zijn er kinderen die thuis zitten of dreigen thuis te komen zitten. Iedere school meldt "
              "een leerling die langer dan vier weken geen of gedeeltelijk onderwijs volgt bij het loket van het "
              "samenwerkingsverband. Binnen twee weken na de melding organiseert het loket een casusoverleg met school, "
              "leerplicht en jeugdhulp. Lukt het niet om binnen zes weken een passend aanbod te realiseren, dan neemt de "
              "directeur-bestuurder de regie en kan zij een school aanwijzen die tijdelijk onderwijs biedt; de kosten "
              "komen ten laste van het samenwerkingsverband."),
        ("p", "Twee keer per jaar brengen wij in het bestuurlijk overleg in kaart voor welke ondersteuningsvragen geen "
              "aanbod in de regio bestaat. Uit de laatste inventarisatie bleek dat er een tekort is aan plekken voor "
              "jonge kinderen met een complexe ontwikkelingsvraag. Met de so-school en de kinderopvang starten wij in 2026 "
              "een gezamenlijke groep voor deze kinderen."),
        ("h1", "Beoogde resultaten"),
        ("p", "Voor de planperiode hebben wij de volgende resultaten voor leerlingen met een ondersteuningsbehoefte "
              "geformuleerd:"),
        ("table", [["Doel", "Streefwaarde 2030"],
                   ["Meer leerlingen krijgen ondersteuning in de eigen wijk", "Deelname sbo daalt van 3,0% naar 2,6%"],
                   ["Geen enkel kind zonder onderwijs", "Geen enkele leerling langer dan 3 maanden thuis"],
                   ["Snellere toewijzing", "90% van de TLV-besluiten binnen 6 weken"],
                   ["Leerlingen met een OPP halen hun uitstroomperspectief", "80% van de leerlingen met een OPP"],
                   ["Vaker terug naar regulier", "Jaarlijks ten minste 25 leerlingen teruggeplaatst"]]),
        ("p", "Hoe wij deze resultaten in beeld brengen, welke gegevens wij daarvoor verzamelen en hoe en wanneer wij "
              "erover rapporteren, wordt beschreven in een monitoringsplan dat het bestuur in de loop van 2027 vaststelt."),
        ("h1", "Samenwerking met gemeenten"),
        ("p", "Met de vier gemeenten voeren wij ten minste twee keer per jaar op overeenstemming gericht overleg (OOGO). "
              "Vaste thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting "
              "en thuiszitters. In 2025 hebben wij met de gemeenten afgesproken dat iedere school een vaste "
              "jeugdprofessional krijgt die aanschuift in het ondersteuningsteam. Voor leerlingen die zowel onderwijs "
              "als zorg nodig hebben, maken wij onderwijs-zorgarrangementen waarvan de kosten worden gedeeld."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdrachten aan het so en het sbo verdelen wij het resterende budget als volgt. 68% gaat "
              "rechtstreeks naar de schoolbesturen als schoolbudget, verdeeld naar rato van het aantal leerlingen op "
              "1 oktober van het voorgaande jaar (€ 176 per leerling in 2026). 20% is bestemd voor bovenschoolse "
              "arrangementen die het loket toekent op aanvraag, op basis van de ondersteuningsbehoefte van de leerling. "
              "12% is nodig voor het bureau, de commissie en de deskundigen."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "11.940", "11.820", "11.710", "11.600"],
                   ["Afdracht so en sbo (incl. groei)", "5.210", "5.150", "5.090", "5.040"],
                   ["Schoolbudgetten besturen", "2.200", "2.180", "2.160", "2.140"],
                   ["Bovenschoolse arrangementen en OZA", "1.890", "1.880", "1.870", "1.860"],
                   ["Terugkeerarrangementen", "90", "100", "110", "110"],
                   ["Bureau, commissie, deskundigen", "1.070", "1.060", "1.050", "1.040"],
                   ["Saldo", "-520", "-550", "-570", "-590"]]),
        ("p", "Het negatieve saldo is bewust: het samenwerkingsverband bouwt zijn reserve af tot het door de sectorraad "
              "aanbevolen niveau. Eind 2029 bedraagt de algemene reserve naar verwachting € 1,2 miljoen, wat overeenkomt "
              "met een weerstandsvermogen van circa 10%. De besturen leggen jaarlijks in hun jaarverslag verantwoording af "
              "over de inzet van het schoolbudget."),
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband communiceert vooral via de scholen en de besturen. Voor intern begeleiders en "
              "directeuren verschijnt zes keer per jaar een digitale nieuwsbrief. Op het professionalsdeel van de "
              "website staan formulieren, handreikingen en de data van netwerkbijeenkomsten. Bestuurders ontvangen een "
              "kwartaalbericht over de stand van zaken van het loket."),
        ("p", "Een paragraaf over de manier waarop ouders over de ondersteuningsmogelijkheden worden geïnformeerd en waar "
              "zij onafhankelijke hulp kunnen vinden, nemen wij op in de eerstvolgende actualisatie van dit plan."),
    ]
    b += governance(p) + medezeggenschap(p, met_ouders=False) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + planning(p)
    b += begrippen([["Basisondersteuning", "De ondersteuning die elke school in het samenwerkingsverband ten minste biedt"],
                    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen"],
                    ["OPP", "Ontwikkelingsperspectiefplan"],
                    ["OOGO", "Op overeenstemming gericht overleg met gemeenten"],
                    ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs"],
                    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so"],
                    ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen schoolsituaties"]])
    return b


def build_a():
    name = "po-rivierenland-west"
    write_docx(plan_a(), OUT / f"{name}.docx", "SWV Rivierenland-West | Ondersteuningsplan 2026-2030 | ouders, "
               "toelaatbaarheid, terugplaatsing", "Ondersteuningsplan 2026-2030 SWV PO 26-09")
    crit = {c: True for c in CORE}
    crit.update({"plaatsing.criteria": False, "resultaten.monitoring": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 'Wat elke school biedt': agreed minimum for every vestiging plus table of concrete voorzieningen; kwaliteitskaart every two years = borging.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': loket, Commissie Toelaatbaarheid, two deskundigen, 6 weeks, validity table; the criteria are deferred ('herijken wij in het eerste planjaar ... Handboek Toewijzing').",
        "terugstroom": "Hidden in subsection 'Afloop van de verklaring' of the TLV chapter: evaluation January/1 maart/besluit voor 1 mei, TLV ends 31 juli; policy (tijdelijk, voorwaarde, terugkeerarrangement EUR 3.500); 21 returned in 2024-2025.",
        "financien": "Ch. 'Geld en middelen': 68/20/12 split, EUR 176 per leerling, meerjarenbegroting table 2026-2029, reserve/weerstandsvermogen, besturen account in jaarverslag.",
        "dekkend-aanbod": "Ch. 'Een doorlopend aanbod' (4 layers + table) and 'Wanneer er geen passende plek is' (melding thuiszitters, casusoverleg, regie, gap inventory); OOGO chapter.",
        "resultaten": "Ch. 'Beoogde resultaten' gives goals with streefwaarden; how they are measured/reported is deferred to a monitoringsplan 'in de loop van 2027'.",
        "ouders": "Nothing: 'Communicatie' addresses only professionals and defers the parent paragraph to a later update; OJSP/onderwijsconsulent only in begrippenlijst; OPR text does not mention parents; title page/TOC/header mention 'ouders' only.",
    }
    return write_label(name, [f"{name}.docx"], "po", crit, adv, notes)


# =============================================================================================
# Plan B - VO, .docx + .pdf - SWV VO Kempen-Noord
# BO partial (inhoud only in absent bijlage), TS partial (beleid deferred), FI partial (begroting p.m.)
# =============================================================================================
PB = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kempen-Noord", kort="SWV VO Kempen-Noord",
          code="VO 30-11", periode="2026-2030", regio="Kempen-Noord",
          gemeenten="Bergeijk-Noord, Heezemeer, Veldhoven-Akker en Dommelrode", n_besturen=7, n_scholen=21,
          directeur="R. (Ruud) Verhoeven MEd", wet="artikel 17a van de Wet op het voortgezet onderwijs (thans "
          "artikel 2.47 en volgende van de WVO 2020)", rechtsvorm="vereniging", model="one-tier-bestuursmodel",
          fte="11,2", opr_datum="9 april 2026", vaststelling="15 april 2026",
          kengetallen=[["Aantal schoolbesturen", "7"], ["Vestigingen vo (incl. pro)", "19"], ["Vestigingen vso", "2"],
                       ["Leerlingen vo", "15.930"], ["waarvan met lwoo", "1.240"], ["Leerlingen pro", "486"],
                       ["Leerlingen vso", "402"], ["Deelnamepercentage vso", "2,5%"]])


def plan_b():
    p = PB
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['naam']} ({p['code']})"),
         ("sub", "Vastgesteld april 2026"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
              "4 Ondersteuning in het vo: van basis tot vso", "4.1 Basisondersteuning", "4.2 Extra ondersteuning en arrangementen",
              "4.3 Het Kempen-Noord Leerhuis (OPDC)", "5 Toewijzing: lwoo, pro en vso",
              "5.4 Terug van vso naar vo", "6 Thuiszitters en het dekkend netwerk", "7 Kwaliteit en resultaten",
              "8 Ouders en leerlingen", "9 Financiën", "10 Organisatie", "11 Medezeggenschap", "12 Personeel",
              "13 ICT en privacy", "14 Planning", "Bijlage 1 Begrippenlijst", "Bijlage 2 Kwaliteitskaart basisondersteuning",
              "Bijlage 3 Meerjarenbegroting"])
    b += voorwoord(p) + leeswijzer(p) + wettelijk_kader(p) + totstandkoming(p) + regio(p) + missie_visie(p)
    b += [
        ("h1", "Ondersteuning in het vo: van basis tot vso"),
        ("h2", "Basisondersteuning"),
        ("p", "In Kempen-Noord hebben de besturen afgesproken dat alle vestigingen van het samenwerkingsverband, van "
              "praktijkonderwijs tot gymnasium, hetzelfde niveau van basisondersteuning bieden. Dat niveau is de "
              "gemeenschappelijke ondergrens; geen vestiging zakt daaronder, ook niet tijdelijk. Scholen leggen in hun "
              "schoolgids vast hoe zij de basisondersteuning vormgeven."),
        ("p", "De voorzieningen, interventies en deskundigheid die bij dit niveau horen, zijn uitgewerkt in de "
              "Kwaliteitskaart Basisondersteuning (bijlage 2). De kwaliteitskaart wordt in het najaar van 2026 geactualiseerd "
              "aan de hand van de landelijke norm."),
        ("p", "Elke vestiging ontvangt eens per drie jaar een collegiale visitatie waarin de basisondersteuning aan de "
              "hand van de kwaliteitskaart wordt besproken. Het rapport gaat naar de bestuurder en de directeur van het "
              "samenwerkingsverband, die bij tekortkomingen afspraken maken over herstel binnen een schooljaar."),
        ("h2", "Extra ondersteuning en arrangementen"),
        ("p", "Boven op de basis kunnen scholen extra ondersteuning bieden. Iedere vestiging heeft daarvoor een "
              "ondersteuningsbudget (zie hoofdstuk Financiën) waarmee zij bijvoorbeeld een trajectvoorziening, "
              "een rebound-plek, faalangst- en examentrainingen of extra begeleiding door een ambulant begeleider "
              "organiseert. Voor leerlingen die meer nodig hebben dan de eigen school kan bieden, zijn er bovenschoolse "
              "arrangementen: het Leerhuis (OPDC), de Schakelklas voor nieuwkomers en de onderwijs-zorgarrangementen "
              "die samen met de jeugdhulp worden ingezet. Het vso vormt de meest intensieve vorm van ondersteuning."),
        ("table", [["Niveau", "Voorziening", "Toegang"],
                   ["Basis", "Basisondersteuning op elke vestiging", "Vrij"],
                   ["Extra op school", "Trajectvoorziening, rebound, lwoo-ondersteuning", "School"],
                   ["Bovenschools", "Leerhuis (OPDC), Schakelklas, OZA", "Commissie Toewijzing"],
                   ["Gespecialiseerd", "Vso (cluster 3 en 4), praktijkonderwijs", "TLV / pro-beschikking"]]),
        ("h2", "Het Kempen-Noord Leerhuis (OPDC)"),
        ("p", "Het Leerhuis is een orthopedagogisch-didactisch centrum voor leerlingen uit het eerste en tweede leerjaar "
              "die tijdelijk niet in een reguliere klas kunnen functioneren. Plaatsing duurt maximaal een jaar; de "
              "leerling blijft ingeschreven bij de eigen school. Het Leerhuis heeft plaats voor 36 leerlingen."),
        ("h1", "Toewijzing: lwoo, pro en vso"),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Kempen-Noord hanteert de landelijke criteria voor lwoo en pro. Een leerling is aangewezen op lwoo als "
              "hij een IQ heeft tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar in ten minste twee van de "
              "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, of bij een IQ tussen 91 en "
              "120 met dezelfde achterstand en sociaal-emotionele problematiek die de leerprestaties belemmert. Een "
              "leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van "
              "ten minste drie jaar in twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen."),
        ("p", "De vo-school waar de leerling is aangemeld, dient de aanvraag in bij de Commissie Toewijzing, uiterlijk "
              "1 april voor plaatsing per 1 augustus. De aanvraag bevat het onderwijskundig rapport van de basisschool en "
              "de testgegevens. De commissie besluit binnen vier weken. Een aanwijzing lwoo geldt voor de hele "
              "schoolloopbaan in het vmbo; een TLV pro geldt voor de duur van de opleiding."),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan drie voorwaarden is voldaan: (1) de leerling heeft een "
              "ondersteuningsbehoefte die de mogelijkheden van de basisondersteuning én van de extra ondersteuning en "
              "bovenschoolse arrangementen aantoonbaar overstijgt; (2) de school heeft gedurende ten minste zes maanden "
              "handelingsgericht gewerkt met een OPP en dit geëvalueerd, tenzij de veiligheid van de leerling of anderen "
              "onmiddellijke plaatsing vraagt; (3) de deskundigen concluderen dat de leerling aangewezen is op de "
              "specifieke expertise en de kleine setting van het vso."),
        ("p", "De procedure is als volgt. Stap 1: de school bespreekt de leerling in het ondersteuningsteam en stelt met "
              "de leerling zelf het OPP bij. Stap 2: het bevoegd gezag van de school dient de aanvraag in bij de Commissie "
              "Toewijzing. Stap 3: een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts of "
              "maatschappelijk werker) brengen ieder afzonderlijk schriftelijk advies uit. Stap 4: de commissie besluit "
              "binnen zes weken namens het bestuur. Stap 5: de leerling wordt aangemeld bij de vso-school."),
        ("p", "De TLV vso wordt afgegeven voor twee schooljaren en kent de bekostigingscategorie laag, midden of hoog. "
              "Wie het niet eens is met het besluit, kan binnen zes weken bezwaar maken. Het samenwerkingsverband is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die de directeur "
              "adviseert over het bezwaar."),
        ("h2", "Terug van vso naar vo"),
        ("p", "In het laatste jaar van de TLV organiseert de vso-school vóór 1 februari een terugkeeroverleg met de "
              "leerling, de mentor, een consulent van het samenwerkingsverband en een beoogde vo-school. Daarin wordt "
              "het OPP geëvalueerd. De Commissie Toewijzing beslist daarna of de leerling overstapt naar het vo, of er een "
              "nieuwe TLV nodig is, of dat uitstroom naar mbo of arbeid volgt. Bij overstap loopt de TLV af op 31 juli en "
              "draagt de vso-school het dossier over aan de ontvangende school."),
        ("p", "Welke ambities het samenwerkingsverband heeft met terugplaatsing en overplaatsing, en wat een leerling na "
              "de overstap aan begeleiding kan verwachten, herformuleert een werkgroep met de vso-scholen in het "
              "schooljaar 2026-2027."),
        ("h1", "Thuiszitters en het dekkend netwerk"),
        ("p", "Scholen melden verzuim van meer dan vier weken bij het samenwerkingsverband en de leerplichtambtenaar. "
              "Het Kempen-Noord Thuiszittersoverleg komt elke twee weken bijeen en bespreekt iedere melding binnen tien "
              "werkdagen. Bij een leerling zonder passende plek neemt de consulent van het samenwerkingsverband de "
              "regie en kan hij een tijdelijke plek in het Leerhuis beschikbaar stellen. Eens per jaar analyseren wij met "
              "de besturen en gemeenten waar het netwerk tekortschiet; in 2025 bleek dat vooral een aanbod voor "
              "hoogbegaafde leerlingen met psychische problematiek ontbrak. Daarvoor start in 2026 een plusgroep op "
              "een havo/vwo-vestiging."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Wij werken met een beperkt aantal doelen die we jaarlijks monitoren. Gegevens komen uit het "
              "registratiesysteem, de DUO-telling en een tweejaarlijkse enquête onder scholen, leerlingen en ouders. Het "
              "bureau rapporteert elk kwartaal aan het bestuur; de resultaten worden besproken met de OPR en gepubliceerd "
              "in het jaarverslag. Halverwege de planperiode evalueert een externe partij de aanpak."),
        ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Doel 2030"],
                   ["Leerlingen met extra ondersteuning halen een diploma of startkwalificatie", "Diplomaresultaat leerlingen met OPP", "71%", "80%"],
                   ["Minder thuiszitters", "Leerlingen > 3 maanden zonder onderwijs", "14", "< 5"],
                   ["Tijdige toewijzing", "Besluiten TLV binnen termijn", "83%", "95%"],
                   ["Passende uitstroom pro", "Pro-leerlingen met arbeid of vervolgopleiding na 1 jaar", "78%", "85%"]]),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen weten wat zij van de school en van het samenwerkingsverband mogen "
              "verwachten. Iedere vestiging beschrijft in de schoolgids welke ondersteuning zij biedt. Het "
              "samenwerkingsverband publiceert op zijn website een overzicht van alle arrangementen, een brochure "
              "'Passend onderwijs in het vo' (ook in het Engels, Arabisch en Pools) en organiseert elk najaar "
              "informatieavonden voor ouders van leerlingen in groep 8."),
        ("p", "Wie vragen heeft of het niet eens is met de school, kan terecht bij het Ouder- en Jeugdsteunpunt "
              "Kempen-Noord. Het steunpunt werkt onafhankelijk van de scholen, is bereikbaar via telefoon en chat en "
              "verwijst zo nodig door naar de onderwijsconsulenten of de landelijke geschillencommissie passend onderwijs. "
              "Leerlingen vanaf 12 jaar kunnen zelf contact opnemen. Leerlingen worden gehoord bij het opstellen van hun OPP."),
        ("h1", "Financiën"),
        ("p", "Het samenwerkingsverband verdeelt de middelen volgens een verdeelmodel dat in 2024 met de besturen is "
              "herzien. Het budget voor lichte ondersteuning gaat rechtstreeks naar de vestigingen: een vast bedrag van "
              "€ 20.000 per vestiging plus € 185 per leerling. Het lwoo- en pro-budget wordt verdeeld naar het aantal "
              "leerlingen met een aanwijzing lwoo of TLV pro op 1 oktober. Bovenschoolse arrangementen worden per "
              "leerling toegekend door de Commissie Toewijzing op basis van het OPP. Vestigingen verantwoorden de inzet "
              "van hun budget in een jaarlijkse verantwoordingsrapportage volgens een vast format."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Lichte ondersteuning vestigingen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lwoo en pro", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Leerhuis en arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdracht vso", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De bedragen worden ingevuld zodra de definitieve rijksbekostiging bekend is en het algemeen bestuur de "
              "begroting in december heeft vastgesteld (bijlage 3). Het samenwerkingsverband hanteert een signaleringswaarde "
              "voor de reserves volgens de methodiek van de inspectie."),
    ]
    b += governance(p) + medezeggenschap(p) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + planning(p)
    b += begrippen([["Basisondersteuning", "Afgesproken niveau van ondersteuning op alle vestigingen"],
                    ["Lwoo", "Leerwegondersteunend onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                    ["Terugplaatsing", "Overstap van vso naar regulier vo; ons beleid streeft naar zo veel mogelijk terugkeer"],
                    ["Meerjarenbegroting", "Begroting voor vier jaar, met bedragen per bestedingscategorie"],
                    ["Pro", "Praktijkonderwijs"], ["TLV", "Toelaatbaarheidsverklaring"]])
    return b


def build_b(tmp):
    name = "vo-kempen-noord"
    write_docx(plan_b(), OUT / f"{name}.docx", "Ondersteuningsplan SWV VO Kempen-Noord 2026-2030",
               "SWV VO 30-11 | Ondersteuningsplan 2026-2030")
    to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf", tmp)
    crit = {c: True for c in CORE}
    crit.update({"basisondersteuning.inhoud": False, "terugstroom.beleid": False, "financien.besteding": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "4.1: level agreed as ondergrens for all vestigingen (niveau) and visitatie (borging), but the concrete content is only in 'bijlage 2 Kwaliteitskaart', which is not part of the input.",
        "plaatsing": "Ch. 5: national lwoo/pro criteria with IQ ranges, vso criteria (3 voorwaarden), steps 1-5, Commissie Toewijzing, deadlines, two separate deskundigen, TLV 2 years + categorie, bezwaar via LBT.",
        "terugstroom": "5.4 'Terug van vso naar vo' gives the procedure (terugkeeroverleg voor 1 februari, commissie decides, TLV ends 31 juli); policy/aims/support after return are deferred to a werkgroep 2026-2027; glossary 'streeft naar zo veel mogelijk terugkeer' is a trap.",
        "financien": "Ch. 9: verdeelmodel (EUR 20.000 vaste voet + EUR 185 per leerling, lwoo/pro by count, arrangementen by commissie) addresses verdeling; the meerjarenbegroting table is all 'p.m.' and refers to bijlage 3, so besteding is not addressed.",
        "dekkend-aanbod": "4.2 table basis -> extra -> bovenschools -> vso, Leerhuis OPDC; ch. 6 thuiszitters overleg, regie, annual gap analysis with gemeenten (plusgroep 2026).",
        "resultaten": "Ch. 7: table with beoogde resultaten, indicator, nulmeting and doel 2030; quarterly reporting, jaarverslag, midterm external evaluation.",
        "ouders": "Ch. 8: schoolgids, website overview, multilingual brochure, information evenings; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, geschillencommissie.",
    }
    return write_label(name, [f"{name}.docx", f"{name}.pdf"], "vo", crit, adv, notes)


# =============================================================================================
# Plan C - PO, .pdf - SWV Passend Primair Duinstreek
# TS missing (chapter exists but only defers), DA partial (lacunes deferred), OU partial (steunpunt -> website)
# =============================================================================================
PC = dict(naam="Stichting Samenwerkingsverband Passend Primair Duinstreek", kort="Passend Primair Duinstreek",
          code="PO 28-04", periode="2026-2030", regio="Duinstreek",
          gemeenten="Zandvoorde, Noordwijkerduin, Katwijk-Binnen en Lisserbroek", n_besturen=9, n_scholen=47,
          directeur="J.H. (Jorien) Bakker", wet="artikel 18a van de Wet op het primair onderwijs",
          rechtsvorm="stichting", model="raad-van-toezichtmodel", fte="9,8", opr_datum="2 april 2026",
          vaststelling="8 april 2026",
          kengetallen=[["Aantal schoolbesturen", "9"], ["Basisscholen", "43"], ["Sbo-scholen", "2"],
                       ["So-scholen", "2"], ["Leerlingen bao", "9.870"], ["Leerlingen sbo", "246"],
                       ["Leerlingen so (woonachtig in regio)", "181"]])


def plan_c():
    p = PC
    b = [("title", "Koers op Passend - Ondersteuningsplan 2026-2030"),
         ("sub", f"{p['naam']} ({p['code']})"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding", "2 Onze regio", "3 Missie en visie", "4 Basisondersteuning",
              "5 Van extra ondersteuning tot speciaal onderwijs", "5.1 Het ondersteuningscontinuüm",
              "5.2 Toelaatbaarheid sbo en so", "5.3 Bekostigingscategorieën", "5.4 Terugplaatsing en overplaatsing",
              "6 Dekkend aanbod en thuiszitters", "7 Ambities en resultaten", "8 Informatie voor ouders",
              "9 Gemeenten en jeugdhulp", "10 Financieel beleid", "11 Organisatie", "12 Medezeggenschap",
              "13 Personeel", "14 ICT en privacy", "15 Planning", "Begrippenlijst"])
    b += voorwoord(p) + leeswijzer(p) + wettelijk_kader(p) + totstandkoming(p) + regio(p) + missie_visie(p)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Elke basisschool in de Duinstreek, op iedere locatie, biedt een afgesproken basisniveau van ondersteuning. "
              "Dit niveau is in 2025 door alle negen besturen bekrachtigd en geldt als minimum: ouders mogen erop rekenen dat "
              "hun kind dit op elke school krijgt, zonder verwijzing en zonder extra aanvraag."),
        ("table", [["Pijler", "Minimaal aanwezig op iedere school"],
                   ["Preventieve interventies", "Vroegsignalering taal en rekenen in groep 1-2; leesinterventie in groep 3 (3 x 20 minuten per week)"],
                   ["Curatieve interventies", "Verlengde instructie in de groep; RT-uren voor ernstige lees- en rekenproblemen"],
                   ["Gedrag en welbevinden", "Positive Behavior Support of vergelijkbare schoolbrede aanpak; jaarlijkse veiligheidsmonitor"],
                   ["Ondersteuningsstructuur", "IB'er, ondersteuningsteam met orthopedagoog SWV, zes groepsbesprekingen per jaar"],
                   ["Deskundigheid", "Minimaal één specialist taal/lezen en één specialist rekenen per school"],
                   ["Samenwerking", "Schoolmaatschappelijk werk en jeugdverpleegkundige minimaal één dagdeel per maand"]]),
        ("p", "Twee keer per planperiode voert het samenwerkingsverband op elke school een audit uit op deze pijlers."),
        ("h1", "Van extra ondersteuning tot speciaal onderwijs"),
        ("h2", "Het ondersteuningscontinuüm"),
        ("p", "Wat een school niet binnen de basisondersteuning kan bieden, organiseert zij als extra ondersteuning. "
              "Daarvoor kan de school een arrangement aanvragen bij het Expertiseteam Duinstreek: een arrangement "
              "gedrag (begeleiding door een gedragsspecialist, 12 tot 20 weken), een arrangement taal-spraak, een "
              "arrangement jonge kind of een individueel maatwerkarrangement. Daarnaast zijn er twee bovenschoolse "
              "voorzieningen: de Duinklas voor meerbegaafde leerlingen (één dag per week) en de Observatiegroep in het "
              "sbo voor jonge kinderen met een onduidelijk ontwikkelingsbeeld. Sbo en so vormen de laatste schakel in "
              "het continuüm; de sbo-scholen bieden ook ambulante ondersteuning op basisscholen."),
        ("h2", "Toelaatbaarheid sbo en so"),
        ("p", "Een leerling is toelaatbaar tot het sbo wanneer de school aantoonbaar de basisondersteuning en ten minste "
              "één arrangement heeft ingezet en geëvalueerd, de leerling een ontwikkelingsperspectief heeft dat uitkomt "
              "onder het niveau eind groep 6 (sbo) en de ondersteuningsbehoefte vraagt om kleine groepen en een "
              "specialistisch team gedurende de hele schooldag. Voor het so geldt daarnaast dat de leerling "
              "ondersteuning nodig heeft die ook het sbo niet kan bieden, bijvoorbeeld door een ernstige "
              "gedragsproblematiek, een lichamelijke beperking of een (zeer) moeilijk lerend profiel."),
        ("p", "Het schoolbestuur dient de aanvraag digitaal in bij de Toewijzingscommissie. Binnen vier weken bespreekt "
              "de commissie de aanvraag; een orthopedagoog van het samenwerkingsverband en een tweede deskundige "
              "(jeugdarts of maatschappelijk werker) adviseren ieder schriftelijk. De directeur-bestuurder besluit op "
              "voordracht van de commissie binnen acht weken na ontvangst."),
        ("h2", "Bekostigingscategorieën"),
        ("table", [["Categorie", "Doelgroep", "Standaard geldigheid"],
                   ["Laag", "Cluster 4, ZMLK", "2 jaar"], ["Midden", "LG, LZ", "3 jaar"], ["Hoog", "MG", "tot 20 jaar"],
                   ["Sbo", "Speciaal basisonderwijs", "2 jaar"]]),
        ("h2", "Terugplaatsing en overplaatsing"),
        ("p", "Terugplaatsing en overplaatsing vragen een zorgvuldige aanpak. Het samenwerkingsverband legt de werkwijze en "
              "de uitgangspunten hiervoor vast zodra de evaluatie van de pilot 'Terug naar de wijkschool' is afgerond; "
              "de uitkomsten worden verwacht in het voorjaar van 2027."),
        ("h1", "Dekkend aanbod en thuiszitters"),
        ("p", "Een dekkend aanbod is een van de wettelijke opdrachten van het samenwerkingsverband. Met het continuüm uit "
              "hoofdstuk 5 beschikken wij over een breed palet aan voorzieningen. Hoe wij witte vlekken in het aanbod en "
              "leerlingen zonder passende plek in beeld brengen en aanpakken, is onderwerp van de ontwikkelagenda "
              "2026-2027."),
        ("h1", "Ambities en resultaten"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereiken: ten minste "
              "85% van de leerlingen met een arrangement gedrag functioneert na afloop zonder arrangement in de eigen "
              "groep; 95% van de leerlingen met een OPP haalt het daarin vastgelegde uitstroomprofiel; de gemiddelde "
              "doorlooptijd van een arrangementaanvraag is maximaal vier weken."),
        ("p", "Het Expertiseteam registreert bij elk arrangement de doelen bij de start en beoordeelt bij de afsluiting "
              "met school en ouders of die zijn gehaald. Deze gegevens, aangevuld met DUO-cijfers over uitstroom en "
              "verwijzing, worden per kalenderjaar verzameld en in maart besproken met de besturen. Het bestuur "
              "rapporteert de bereikte resultaten en de ingezette middelen in het jaarverslag; afwijkingen van de "
              "doelen leiden tot bijstelling van het jaarplan."),
        ("h1", "Informatie voor ouders"),
        ("p", "Ouders horen op de school van hun kind wat de school aan ondersteuning biedt: in het kennismakingsgesprek, "
              "in de schoolgids en in het jaarlijkse ondersteuningsgesprek over hun kind. Het samenwerkingsverband "
              "maakt een folder 'Wat biedt elke school?' die alle scholen bij aanmelding meegeven, en organiseert twee "
              "keer per jaar een ouderavond over passend onderwijs. Bij elke aanvraag voor een arrangement of TLV worden "
              "ouders vooraf geïnformeerd en ontvangen zij een afschrift van het besluit."),
        ("p", "Voor onafhankelijke hulp kunnen ouders terecht bij de organisaties die op www.ppduinstreek.nl/ouders "
              "staan vermeld."),
        ("h1", "Gemeenten en jeugdhulp"),
        ("p", "Met de gemeenten in de Duinstreek voeren wij twee keer per jaar OOGO. Samen financieren wij de "
              "schoolmaatschappelijk werkers en de zorg-in-onderwijsarrangementen voor leerlingen die onderwijs en "
              "jeugdhulp combineren. Een gezamenlijke agenda 'Kind Centraal' legt de afspraken over leerlingenvervoer, "
              "huisvesting en preventie vast."),
        ("h1", "Financieel beleid"),
        ("p", "De tabellen hieronder tonen hoe de ondersteuningsmiddelen worden verdeeld en waaraan zij de komende jaren "
              "worden besteed."),
        ("table", [["Verdeling", "Grondslag", "Bedrag 2026"],
                   ["Schoolbudget basis", "€ 95 per leerling (teldatum 1 oktober)", "€ 937.650"],
                   ["Schoolbudget ondersteuning", "Naar rato gewogen leerlingen (CBS-achterstandsscore)", "€ 610.000"],
                   ["Arrangementen Expertiseteam", "Toekenning per leerling op aanvraag, criteria in 5.1", "€ 1.240.000"],
                   ["Bovenschoolse voorzieningen", "Vast budget per voorziening", "€ 420.000"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "9.860", "9.790", "9.710", "9.640"],
                   ["Afdracht sbo/so", "5.420", "5.390", "5.350", "5.320"],
                   ["Schoolbudgetten", "1.548", "1.530", "1.515", "1.500"],
                   ["Arrangementen en voorzieningen", "1.660", "1.650", "1.640", "1.630"],
                   ["Personeel bureau en Expertiseteam", "1.180", "1.190", "1.200", "1.210"],
                   ["Overige lasten", "210", "210", "205", "200"],
                   ["Resultaat", "-158", "-180", "-200", "-220"]]),
    ]
    b += governance(p) + medezeggenschap(p) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + planning(p)
    b += begrippen([["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar het basisonderwijs"],
                    ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden geen onderwijs volgt"],
                    ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te zoeken"],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen"],
                    ["Arrangement", "Afspraak over extra ondersteuning voor een leerling"],
                    ["TLV", "Toelaatbaarheidsverklaring"]])
    return b


def build_c(tmp):
    name = "po-duinstreek"
    src = Path(tmp) / f"{name}.docx"
    write_docx(plan_c(), src, "Passend Primair Duinstreek - Koers op Passend", "Ondersteuningsplan PO 28-04 - 2026-2030")
    to_pdf(src, OUT / f"{name}.pdf", tmp)
    crit = {c: True for c in CORE}
    crit.update({"terugstroom.procedure": False, "terugstroom.beleid": False, "dekkend-aanbod.lacunes": False,
                 "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 4: minimum on every locatie bekrachtigd by all boards + pillar table; audit twice per period (borging).",
        "plaatsing": "5.2: sbo and so criteria in prose, aanvraag by schoolbestuur, Toewijzingscommissie, two written deskundigen advices, besluit within 8 weeks; 5.3 categorie/duur table. No bezwaar.",
        "terugstroom": "Missing: 5.4 heading exists (and TOC/begrippenlijst) but the text only defers to the evaluation of a pilot (voorjaar 2027); no figures.",
        "financien": "Ch. 10: content only in tables - verdeling table (EUR 95 per leerling, weighted, arrangementen) and meerjarenbegroting 2026-2029.",
        "dekkend-aanbod": "5.1 continuum (arrangementen, Duinklas, Observatiegroep, sbo/so) and OOGO/jeugdhulp ch. 9; ch. 6 defers how gaps/pupils without a place are handled to the 'ontwikkelagenda 2026-2027'; thuiszitters/zorgplicht only in begrippenlijst.",
        "resultaten": "Ch. 7 'Ambities en resultaten': percentage targets for 2030; Expertiseteam registration, yearly data, March discussion, jaarverslag.",
        "ouders": "Ch. 8: informatie via school, schoolgids, folder, ouderavonden (present); independent help only a reference to a web page -> steunpunt not addressed; OJSP only in begrippenlijst.",
    }
    return write_label(name, [f"{name}.pdf"], "po", crit, adv, notes)


# =============================================================================================
# Plan D - VO, .docx - SWV VO Zuid-Veluwe Oost
# PL missing (reglement in absent bijlage), FI partial (verdeling deferred), RE missing
# =============================================================================================
PD = dict(naam="Samenwerkingsverband VO Zuid-Veluwe Oost", kort="SWV Zuid-Veluwe Oost", code="VO 25-03",
          periode="2026-2030", regio="Zuid-Veluwe Oost",
          gemeenten="Rhedenburg, Velperwoude, Dierenhoven en Brummenwaard", n_besturen=6, n_scholen=17,
          directeur="A.C. (Anouk) Hendriksen", wet="artikel 17a van de Wet op het voortgezet onderwijs",
          rechtsvorm="stichting", model="raad-van-toezichtmodel", fte="8,4", opr_datum="26 maart 2026",
          vaststelling="31 maart 2026",
          kengetallen=[["Aantal schoolbesturen", "6"], ["Vestigingen vo", "14"], ["Vestigingen pro", "1"],
                       ["Vestigingen vso", "2"], ["Leerlingen vo (incl. pro)", "11.310"],
                       ["Leerlingen vso woonachtig in regio", "318"], ["Afgegeven TLV's vso in 2024-2025", "97"]])


def plan_d():
    p = PD
    b = [("title", "Ondersteuningsplan 2026-2030: Elke leerling een plek"),
         ("sub", f"{p['naam']} ({p['code']})"),
         ("sub", "Definitieve versie na instemming OPR"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Missie en visie",
              "4 Ondersteuning op de vo-scholen", "4.1 Basisondersteuning", "4.2 Ondersteuningsroute en arrangementen",
              "5 Toewijzing en toelaatbaarheid (lwoo, pro, vso)", "6 Van vso naar vo", "7 Thuiszitters en zorgplicht",
              "8 Kwaliteit en resultaten", "9 Communicatie en ouders", "10 Samenwerking met gemeenten",
              "11 Financiën", "12 Organisatie", "13 Medezeggenschap", "14 Personeel", "15 ICT en privacy",
              "16 Planning", "Bijlage 1 Afkortingen", "Bijlage 5 Reglement Toewijzing"])
    b += voorwoord(p) + leeswijzer(p) + wettelijk_kader(p) + totstandkoming(p) + regio(p)
    b += [
        ("h1", "Missie en visie"),
        ("p", f"{p['kort']} verbindt de vo-scholen in de regio. Wij geloven dat een school een gemeenschap is waar "
              "iedere jongere erbij hoort. Wij geloven in de kracht van vakmensen die ruimte krijgen, en in "
              "samenwerking over de grenzen van scholen en besturen heen. Wij geloven dat regels dienend zijn aan "
              "het gesprek over de leerling, en niet andersom."),
        ("p", "Wij werken vanuit de bedoeling: wat heeft deze jongere nodig, en wie kan dat bieden? Die vraag staat "
              "centraal in ieder ondersteuningsteam, in iedere aanvraag en in ieder overleg met onze partners."),
        ("h1", "Ondersteuning op de vo-scholen"),
        ("h2", "Basisondersteuning"),
        ("p", "Alle vo-scholen in Zuid-Veluwe Oost, op iedere vestiging, bieden de basisondersteuning die de besturen in "
              "het samenwerkingsverband hebben vastgesteld. Dat is het niveau dat iedere leerling en iedere ouder overal "
              "mag verwachten; het is geen streven maar een minimumafspraak."),
        ("ul", ["een mentor met wekelijks mentoruur en ten minste drie individuele gesprekken per jaar;",
                "een ondersteuningscoördinator en een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt;",
                "faciliteiten bij dyslexie en dyscalculie volgens het regionale protocol (extra tijd, voorleessoftware);",
                "een aanbod voor huiswerkbegeleiding en studievaardigheden in de onderbouw;",
                "een anti-pestprotocol, een vertrouwenspersoon en een aandachtsfunctionaris meldcode;",
                "een ontwikkelingsperspectiefplan voor iedere leerling met extra ondersteuning;",
                "een time-out- of opvangruimte met begeleiding tijdens alle lesuren."]),
        ("h2", "Ondersteuningsroute en arrangementen"),
        ("p", "De ondersteuning is opgebouwd als een trap. Na de basisondersteuning komt de extra ondersteuning die de "
              "school zelf organiseert, zoals de trajectklas of een kortdurende begeleiding door een jeugdcoach. Daarna "
              "volgen de bovenschoolse arrangementen van het samenwerkingsverband: het Reboundcentrum Velperwoude (maximaal "
              "12 weken), de Overstapklas voor leerlingen die van vso naar vo gaan, de onderwijs-zorgarrangementen en "
              "de Nieuwkomersvoorziening. De laatste trede is het vso, met een afdeling voor cluster 3 en een afdeling "
              "voor cluster 4. Het praktijkonderwijs en het lwoo zijn onderdeel van het reguliere aanbod."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
              "aanwijzing voor leerwegondersteunend onderwijs. De procedure en de criteria die wij daarbij hanteren, "
              "inclusief de termijnen, de deskundigen en de mogelijkheid van bezwaar, zijn vastgelegd in het Reglement "
              "Toewijzing (bijlage 5)."),
        ("h1", "Van vso naar vo"),
        ("p", "Ons beleid is dat een verblijf in het vso in beginsel tijdelijk is, tenzij de ondersteuningsbehoefte dat "
              "duidelijk anders maakt. Leerlingen die in het vso voldoende zijn gegroeid, krijgen de kans om hun "
              "schoolloopbaan in het regulier vo voort te zetten. Een overstap vindt alleen plaats als de ontvangende "
              "school de ondersteuning uit het OPP kan bieden en de leerling en ouders de overstap steunen. Na de "
              "overstap krijgt de leerling gedurende een half jaar begeleiding van een coach uit het vso en kan hij "
              "maximaal twaalf weken terugvallen op de Overstapklas."),
        ("p", "De route is als volgt. In oktober van het laatste jaar van de TLV bespreekt de commissie van begeleiding "
              "van de vso-school alle leerlingen bij wie de TLV afloopt. Voor leerlingen bij wie een overstap in beeld "
              "is, organiseert de vso-school vóór 15 december een driegesprek met de leerling, de ouders en de consulent "
              "van het samenwerkingsverband. De consulent zoekt een passende vo-school; de directeur van die school "
              "besluit over inschrijving. De TLV eindigt op 31 juli, of eerder als de overstap halverwege het jaar "
              "plaatsvindt. Wanneer het vso nodig blijft, vraagt de vso-school vóór 1 maart een nieuwe TLV aan."),
        ("p", "In 2024-2025 stapten 14 leerlingen van het vso over naar het vo; 11 van hen zaten een jaar later nog op "
              "dezelfde school."),
        ("h1", "Thuiszitters en zorgplicht"),
        ("p", "Iedere school heeft zorgplicht: zij zoekt voor een aangemelde leerling een passende plek, op de eigen "
              "school of elders. Als dat niet lukt binnen zes weken (met één verlenging van vier weken), schakelt de "
              "school het samenwerkingsverband in. De Regionale Plaatsingstafel, waarin alle besturen zijn "
              "vertegenwoordigd, besluit dan binnen twee weken welke school de leerling plaatst. Leerlingen die "
              "langer dan twee weken verzuimen, worden door de school gemeld bij leerplicht en bij de consulent, die "
              "binnen vijf werkdagen een overleg organiseert met de school en de jeugdhulp."),
        ("p", "Waar blijkt dat er voor een groep leerlingen structureel geen passend aanbod is, agendeert de consulent "
              "dit bij het bestuurlijk overleg. Zo is in 2024 de Nieuwkomersvoorziening uitgebreid en wordt in 2026 "
              "een kleinschalige havo-groep voor leerlingen met autisme opgericht."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Kwaliteit is voor ons een gezamenlijke verantwoordelijkheid van scholen en samenwerkingsverband. Het "
              "kwaliteitskader van het samenwerkingsverband, met de beoogde resultaten voor leerlingen met extra "
              "ondersteuning en de manier waarop wij die volgen, nemen wij op in het eerste jaarplan onder dit "
              "ondersteuningsplan. Het plan bouwt voort op de resultaten van de afgelopen periode."),
        ("h1", "Communicatie en ouders"),
        ("p", "Ouders en leerlingen vinden in de schoolgids van iedere school welke ondersteuning de school biedt. Het "
              "samenwerkingsverband heeft daarnaast een oudersite met uitleg over de ondersteuningsroute, de "
              "arrangementen en het vso, een jaarlijkse ouderbijeenkomst per gemeente en een informatiekaart die "
              "mentoren in de brugklas meegeven."),
        ("p", "Ouders kunnen met vragen en zorgen terecht bij het Ouder- en Jeugdsteunpunt Veluwezoom. Het steunpunt "
              "is onafhankelijk, gratis en bereikbaar op werkdagen; medewerkers denken mee, gaan mee naar gesprekken op "
              "school en wijzen de weg naar de onderwijsconsulenten, de klachtenregeling van het bestuur en de "
              "Geschillencommissie passend onderwijs."),
        ("h1", "Samenwerking met gemeenten"),
        ("p", "Met de gemeenten voeren wij jaarlijks OOGO over het ondersteuningsplan en het jeugdbeleid. De "
              "belangrijkste gezamenlijke onderwerpen zijn de aansluiting van jeugdhulp op school, de jeugdcoaches op "
              "alle vo-scholen en de onderwijs-zorgarrangementen, waarvan de gemeenten de zorgcomponent financieren."),
        ("h1", "Financiën"),
        ("p", "De systematiek waarmee de middelen over de scholen en voorzieningen worden verdeeld, wordt in 2026 door een "
              "werkgroep van controllers herzien. Het nieuwe verdeelmodel wordt ter instemming aan de OPR voorgelegd en "
              "daarna aan dit plan toegevoegd."),
        ("table", [["Meerjarenbegroting (bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbekostiging", "9.130", "9.060", "8.980", "8.900"],
                   ["Afdracht vso", "3.940", "3.930", "3.910", "3.890"],
                   ["Ondersteuningsbudgetten scholen", "2.610", "2.580", "2.550", "2.520"],
                   ["Lwoo en pro", "1.120", "1.110", "1.100", "1.090"],
                   ["Reboundcentrum en Overstapklas", "680", "690", "700", "700"],
                   ["Onderwijs-zorgarrangementen", "310", "310", "320", "320"],
                   ["Bureau en consulenten", "720", "730", "740", "750"],
                   ["Saldo", "-250", "-290", "-340", "-370"]]),
        ("p", "Het negatieve saldo is een bewuste afbouw van de reserve tot de signaleringswaarde van de inspectie."),
    ]
    b += governance(p) + besturen_identiteit(p) + medezeggenschap(p) + personeel(p) + ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + planning(p)
    b += [("h1", "Bijlage 1 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                     ["Lwoo", "Leerwegondersteunend onderwijs"], ["OT", "Ondersteuningsteam"],
                     ["Pro", "Praktijkonderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
                     ["KPI", "Kritieke prestatie-indicator (resultaatmeting)"], ["Vso", "Voortgezet speciaal onderwijs"]])]
    return b


def build_d():
    name = "vo-zuid-veluwe-oost"
    write_docx(plan_d(), OUT / f"{name}.docx", "Ondersteuningsplan 2026-2030 | toewijzing, resultaten, financiën",
               "SWV VO 25-03 Zuid-Veluwe Oost")
    crit = {c: True for c in CORE}
    crit.update({"plaatsing.procedure": False, "plaatsing.criteria": False, "financien.verdeling": False,
                 "resultaten.doelen": False, "resultaten.monitoring": False})
    adv = {"terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "4.1: minimumafspraak for every vestiging plus bullet list of concrete voorzieningen (mentor, OT, dyslexie, time-out ...).",
        "plaatsing": "Missing: ch. 5 only says the SWV decides and refers procedure, criteria, deskundigen and bezwaar to 'Reglement Toewijzing (bijlage 5)', which is not part of the input; TLV count in kengetallen and LBT in afkortingen are traps.",
        "terugstroom": "Ch. 'Van vso naar vo': policy (tijdelijk, voorwaarden, coach half jaar, Overstapklas) and route (oktober, driegesprek voor 15 december, TLV ends 31 juli, new TLV voor 1 maart); 14 returns in 2024-2025.",
        "financien": "Ch. 11: meerjarenbegroting table with amounts (besteding) and reserve afbouw; the verdeelmodel is deferred to a werkgroep in 2026.",
        "dekkend-aanbod": "4.2 'trap' from basis to vso with named voorzieningen; ch. 7 zorgplicht, Regionale Plaatsingstafel, thuiszitter melding, structural gaps to bestuurlijk overleg; OOGO chapter.",
        "resultaten": "Missing: ch. 8 defers the kwaliteitskader with beoogde resultaten and monitoring to the first jaarplan; 'resultaten' and KPI occur only in passing/afkortingen.",
        "ouders": "Ch. 9 'Communicatie en ouders': schoolgids, oudersite, ouderbijeenkomst, informatiekaart; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtenregeling, geschillencommissie.",
    }
    return write_label(name, [f"{name}.docx"], "vo", crit, adv, notes)


# =============================================================================================
# Plan E - PO, .html (webversie) - SWV Primair Over-Betuwe
# BO missing, FI missing, DA missing (all deferred/referred), PL partial (procedure -> web page),
# TS partial (procedure 'in ontwikkeling'), RE partial (no doelen, monitoring yes), OU partial (informatie deferred)
# =============================================================================================
PE = dict(naam="Samenwerkingsverband Primair Onderwijs Over-Betuwe", kort="SWV Over-Betuwe", code="PO 26-14",
          periode="2026-2030", regio="Over-Betuwe", gemeenten="Elstwaarde, Heteren-Driel en Zetten-Randwijk",
          n_besturen=8, n_scholen=39, directeur="drs. P. (Pieter) Wijnbergen",
          wet="artikel 18a van de Wet op het primair onderwijs", rechtsvorm="stichting",
          model="raad-van-toezichtmodel", fte="7,1", opr_datum="12 maart 2026", vaststelling="19 maart 2026",
          kengetallen=[["Aantal schoolbesturen", "8"], ["Basisscholen", "36"], ["Sbo", "2"], ["So", "1"],
                       ["Leerlingen bao", "7.640"], ["Leerlingen sbo", "188"], ["Leerlingen so", "104"]])


def plan_e():
    p = PE
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("sub", f"{p['naam']} ({p['code']}) - Samen leren, samen groeien")]
    b += toc(["Voorwoord", "Inleiding en leeswijzer", "Onze regio", "Missie en visie", "Terugblik 2022-2026",
              "Basisondersteuning", "Dekkend aanbod", "Toelaatbaarheid sbo en so", "Terugplaatsing",
              "Resultaten volgen", "Ouders", "Financiën", "Organisatie en governance", "Medezeggenschap",
              "Leerlingen aan het woord", "Personeel", "ICT en privacy", "Planning en vaststelling", "Begrippenlijst"])
    b += voorwoord(p) + leeswijzer(p) + wettelijk_kader(p) + totstandkoming(p) + regio(p) + missie_visie(p)
    b += [
        ("h1", "Terugblik 2022-2026"),
        ("p", "De vorige planperiode stond in het teken van herstel na de coronajaren, een wisseling van "
              "directeur-bestuurder en een verhuizing van het bureau. Wij hebben geleerd dat een samenwerkingsverband "
              "pas goed werkt als scholen het als van henzelf ervaren. Daarom hebben wij de afgelopen twee jaar veel "
              "geïnvesteerd in het gesprek met directeuren en intern begeleiders: in netwerken, op studiedagen en tijdens "
              "schoolbezoeken van de directeur-bestuurder."),
        ("p", "Ook hebben wij geleerd dat ambities alleen betekenis hebben als ze gedragen worden. Plannen die op het "
              "bureau werden bedacht, bleven soms op de plank liggen. Dit nieuwe plan is daarom korter en bevat minder "
              "voornemens dan het vorige. Een aantal onderwerpen werken wij in de komende periode samen met de scholen "
              "verder uit; dat staat in de betreffende hoofdstukken aangegeven."),
        ("p", "Tot slot heeft de terugblik laten zien dat de administratieve last voor scholen hoog was. Formulieren zijn "
              "inmiddels vereenvoudigd en het aantal handtekeningen dat nodig is voor een aanvraag is gehalveerd."),
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is de ondersteuning die een school zonder tussenkomst van het samenwerkingsverband "
              "biedt. Het kabinet werkt aan een landelijke norm basisondersteuning. In afwachting daarvan stellen de "
              "besturen in de loop van 2027 samen vast wat iedere school in de Over-Betuwe ten minste biedt en hoe wij "
              "dat volgen. Tot die tijd verwijzen wij naar de beschrijving in de schoolgids van iedere school."),
        ("h1", "Dekkend aanbod"),
        ("p", "Een dekkend aanbod betekent dat er voor ieder kind een passende plek is. In het eerste planjaar inventariseren "
              "wij samen met de besturen welke arrangementen en voorzieningen er in de regio zijn en waar zij "
              "ontbreken. Op basis daarvan stelt het bestuur in 2027 een routekaart dekkend aanbod vast."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Een leerling komt in aanmerking voor een toelaatbaarheidsverklaring voor het sbo als aan alle "
              "volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft ten minste één schooljaar extra ondersteuning geboden volgens een OPP en dat OPP "
                "twee keer geëvalueerd;",
                "de leerachterstand bedraagt minimaal anderhalf jaar op twee of meer hoofdvakken, of de sociaal-emotionele "
                "ontwikkeling belemmert aantoonbaar het leren in een groep van meer dan twintig leerlingen;",
                "de leerling heeft de gestructureerde setting en de kleinere groep van het sbo nodig om zich te ontwikkelen."]),
        ("p", "Voor het so gelden dezelfde voorwaarden, aangevuld met een ondersteuningsbehoefte die het sbo overstijgt: "
              "een IQ onder 70 in combinatie met een beperkte zelfredzaamheid (cluster 3), een lichamelijke beperking of "
              "chronische ziekte die dagelijkse medische zorg vraagt, of ernstige gedrags- of psychiatrische problematiek "
              "(cluster 4)."),
        ("p", "Een TLV sbo geldt in de regel voor twee jaar, een TLV so voor drie jaar. Hoe een aanvraag verloopt, welke "
              "stukken nodig zijn en wie beslist, staat beschreven op de pagina 'Loket toelaatbaarheid' van onze website."),
        ("h1", "Terugplaatsing"),
        ("p", "Wij vinden dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Ons beleid is dat bij iedere "
              "leerling in het speciaal onderwijs jaarlijks de vraag op tafel ligt of terugkeer naar het basisonderwijs "
              "mogelijk is. Terugplaatsing vindt plaats als de leerling in het OPP de afgesproken doelen heeft gehaald, "
              "de ondersteuningsbehoefte past binnen wat een basisschool met ambulante hulp kan bieden en de ouders "
              "ermee instemmen. Na terugkeer krijgt de leerling een jaar lang begeleiding vanuit de sbo- of so-school en "
              "blijft de intern begeleider van de speciale school het eerste aanspreekpunt van de basisschool."),
        ("p", "De stappen, termijnen en verantwoordelijkheden bij terugplaatsing worden vastgelegd in een protocol "
              "terugplaatsing dat nog in ontwikkeling is."),
        ("h1", "Resultaten volgen"),
        ("p", "Het samenwerkingsverband volgt jaarlijks een vaste set gegevens: het aantal en de soort toegekende "
              "TLV's, de verwijzingspercentages naar sbo en so per school, de doorlooptijd van aanvragen, de "
              "uitstroombestemming van leerlingen met een OPP in groep 8 en de tevredenheid van scholen en ouders "
              "(tweejaarlijkse enquête). Het bureau verzamelt deze gegevens per 1 oktober en bespreekt ze in een "
              "analysesessie met de intern begeleiders. De uitkomsten staan in het jaarverslag en worden twee keer per "
              "jaar in een kwartaalrapportage aan de raad van toezicht gerapporteerd. In 2028 vindt een tussentijdse "
              "evaluatie plaats."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Hoe het samenwerkingsverband ouders over de "
              "ondersteuningsmogelijkheden in de regio informeert, werken wij uit in het communicatieplan dat in 2027 "
              "verschijnt."),
        ("p", "Ouders die vragen hebben over de ondersteuning van hun kind of die er met school niet uitkomen, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Over-Betuwe. Dit steunpunt is onafhankelijk van scholen en "
              "samenwerkingsverband, kosteloos en telefonisch en per e-mail bereikbaar op werkdagen. De medewerkers "
              "luisteren, geven advies, gaan desgewenst mee naar een gesprek op school en verwijzen zo nodig naar een "
              "onderwijsconsulent of naar de Geschillencommissie passend onderwijs."),
        ("h1", "Financiën"),
        ("p", "Het financieel beleid, met het verdeelmodel en de meerjarenbegroting, is uitgewerkt in het Financieel "
              "Kader 2026-2030 dat als afzonderlijk document op de website staat."),
    ]
    b += governance(p) + besturen_identiteit(p) + communicatie_scholen(p) + medezeggenschap(p)
    b += [
        ("h1", "Leerlingen aan het woord"),
        ("p", "Bij het schrijven van dit plan hebben wij ook naar leerlingen geluisterd. In gesprekken met kinderen uit "
              "de groepen 6 tot en met 8 van zes scholen vroegen wij wat zij belangrijk vinden aan een goede school. "
              "De antwoorden waren helder: een juf of meester die naar je luistert, een klas waar je je veilig voelt "
              "en uitleg op jouw manier. Een leerling van groep 7 zei: 'Ik wil gewoon niet steeds uit de klas hoeven.' "
              "Die uitspraak nemen wij mee in de gesprekken met scholen."),
        ("p", "Wij willen leerlingen vaker betrekken bij onze keuzes. In de komende periode organiseren wij daarom elk "
              "jaar een leerlingenpanel, waarvan de opbrengst met de raad van toezicht en de OPR wordt gedeeld."),
        ("h1", "Personeel"),
        ("p", "De besturen zijn verantwoordelijk voor het personeelsbeleid op hun scholen. Het bureau van het "
              "samenwerkingsverband is klein en werkt met een vaste kern van medewerkers, aangevuld met tijdelijke "
              "inhuur voor projecten. Medewerkers volgen jaarlijks ten minste één scholing en nemen deel aan intervisie. "
              "De werkdruk op het bureau is een aandachtspunt; het bureau bewaakt dat taken en formatie in evenwicht zijn."),
        ("p", "Het lerarentekort in de regio is minder groot dan in de Randstad, maar vooral kleine dorpsscholen hebben "
              "moeite vacatures voor intern begeleiders te vervullen. Besturen zoeken daarvoor naar bovenschoolse "
              "oplossingen en delen kennis over werving en opleiding."),
    ]
    b += ict_privacy(p) + kennisdeling(p) + bedrijfsvoering(p) + planning(p)
    b += begrippen([["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt"],
                    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat ieder kind een passende plek heeft"],
                    ["Thuiszitter", "Leerplichtig kind dat geen onderwijs volgt"],
                    ["Verdeelmodel", "Regels voor de verdeling van ondersteuningsmiddelen over scholen"],
                    ["Meerjarenbegroting", "Begroting van baten en lasten over vier jaar"],
                    ["Schoolgids", "Jaarlijkse gids waarin de school ouders informeert, ook over ondersteuning"],
                    ["TLV", "Toelaatbaarheidsverklaring"]])
    return b


def build_e():
    name = "po-over-betuwe"
    write_html(plan_e(), OUT / f"{name}.html", "Ondersteuningsplan 2026-2030 SWV Over-Betuwe (PO 26-14)",
               "Home > Over ons > Ondersteuningsplan | basisondersteuning | dekkend aanbod | financiën | ouders")
    crit = {c: False for c in CORE}
    crit.update({"plaatsing.criteria": True, "terugstroom.beleid": True, "resultaten.monitoring": True,
                 "ouders.steunpunt": True})
    adv = {"plaatsing": ["duur-categorie"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Missing: chapter only defines the term and defers the minimum to 'in de loop van 2027', referring to school guides meanwhile; glossary definition is a trap.",
        "plaatsing": "Ch. 'Toelaatbaarheid sbo en so': criteria bullet list (sbo) and so additions, TLV duration; procedure/who decides only on a website page -> procedure not addressed.",
        "terugstroom": "Ch. 'Terugplaatsing': policy (jaarlijks de vraag, voorwaarden, one year begeleiding) addressed; steps/terms deferred to a protocol 'nog in ontwikkeling'.",
        "financien": "Missing: chapter refers to a separate 'Financieel Kader 2026-2030' on the website; governance filler mentions 'besteding van de middelen' only in passing; verdeelmodel/meerjarenbegroting only in glossary.",
        "dekkend-aanbod": "Missing: chapter only defers (inventory in first year, routekaart in 2027); thuiszitter only in glossary; the planning sentence about OOGO is procedural, not cooperation content.",
        "resultaten": "Ch. 'Resultaten volgen' describes what is measured, when, analysis, jaarverslag, reporting and 2028 evaluation (monitoring) but states no intended results/doelen.",
        "ouders": "Ch. 'Ouders': independent Ouder- en Jeugdsteunpunt described (steunpunt); informing parents deferred to a 2027 communicatieplan; OPR with six parents = betrokkenheid.",
    }
    return write_label(name, [f"{name}.html"], "po", crit, adv, notes)


# =============================================================================================
# F - near miss: school-level ondersteuningsplan of one basisschool (.pdf)
# =============================================================================================

def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "OBS De Wilgenhoek, Waaldijk - onderdeel van Stichting Openbaar Onderwijs Rivierenland"),
         ("sub", "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West (PO 26-09)"),
         ("pagebreak", None)]
    b += toc(["1 Inleiding", "2 Onze leerlingen", "3 De ondersteuningsstructuur: vier zorgniveaus",
              "4 Groepsbesprekingen en leerlingbesprekingen", "5 Basisondersteuning en extra ondersteuning",
              "6 Arrangementen en toelaatbaarheid", "7 Ouders", "8 Middelen", "9 Jaarplanning zorg", "10 Evaluatie"])
    b += [
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe de leerlingenzorg op OBS De Wilgenhoek in het schooljaar 2025-2026 "
              "is georganiseerd. Het plan is bedoeld voor het team, de medezeggenschapsraad en de ouders van onze school. "
              "Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het "
              "samenwerkingsverband Rivierenland-West. Het plan wordt elk jaar in juni door de intern begeleider en de "
              "directeur geëvalueerd en bijgesteld."),
        ("p", "De Wilgenhoek is een openbare basisschool met 246 leerlingen in tien groepen. Ongeveer een vijfde van de "
              "leerlingen heeft een vorm van extra ondersteuning. Het team bestaat uit achttien leerkrachten, drie "
              "onderwijsassistenten, een intern begeleider (0,6 fte) en een directeur."),
        ("h1", "Onze leerlingen"),
        ("p", "Onze school staat in een wijk met veel jonge gezinnen. Een deel van de leerlingen spreekt thuis een andere "
              "taal dan Nederlands. In de onderbouw zien wij steeds vaker kinderen met een taalachterstand, in de "
              "bovenbouw vooral vragen op het gebied van concentratie en werkhouding. Onze leerlingpopulatie is "
              "vergeleken met drie jaar geleden gemengder geworden."),
        ("h1", "De ondersteuningsstructuur: vier zorgniveaus"),
        ("table", [["Zorgniveau", "Omschrijving", "Wie"],
                   ["1", "Goed lesgeven in de groep, basisaanbod met differentiatie in drie niveaus", "Leerkracht"],
                   ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
                   ["3", "Specifieke zorg na leerlingbespreking, handelingsplan, inzet onderwijsassistent", "Leerkracht en IB'er"],
                   ["4", "Zeer specifieke zorg met externe deskundigen; OPP; eventueel arrangement via het SWV", "IB'er, ouders, externen"]]),
        ("p", "De zorgniveaus volgen de cyclus van handelingsgericht werken: waarnemen, begrijpen, plannen en realiseren. "
              "De leerkracht is eigenaar van de ondersteuning in de groep; de intern begeleider ondersteunt en bewaakt "
              "de kwaliteit."),
        ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere "
              "leerkracht een groepsbespreking. Daarin worden de groepsoverzichten en groepsplannen doorgenomen. "
              "Leerlingen over wie zorgen bestaan, worden besproken in een leerlingbespreking. Wanneer meer nodig is, "
              "wordt de leerling met toestemming van de ouders ingebracht in het ondersteuningsteam, waarin ook de "
              "orthopedagoog van het samenwerkingsverband en de jeugdverpleegkundige zitten."),
        ("h1", "Basisondersteuning en extra ondersteuning"),
        ("p", "Op De Wilgenhoek bieden wij de basisondersteuning die in ons samenwerkingsverband is afgesproken. "
              "Daarnaast heeft onze school een taalklas voor leerlingen uit groep 1 tot en met 3 en een plusgroep voor "
              "meerbegaafde leerlingen. Voor leerlingen met dyslexie werken wij met het protocol leesproblemen en "
              "dyslexie en zetten wij voorleessoftware in."),
        ("h1", "Arrangementen en toelaatbaarheid"),
        ("p", "Wanneer de school een leerling onvoldoende kan bieden, kan de intern begeleider via het loket van het "
              "samenwerkingsverband een arrangement aanvragen. Soms blijkt dat een leerling beter op zijn plek is in "
              "het speciaal basisonderwijs of speciaal onderwijs. De school vraagt dan, in overleg met ouders, via het "
              "bestuur een toelaatbaarheidsverklaring aan. Het samenwerkingsverband beslist hierover. In 2024-2025 "
              "zijn vanuit onze school twee leerlingen naar het sbo gegaan."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze partners. Wij bespreken zorgen over hun kind altijd eerst met hen. Bij de start van een "
              "handelingsplan of OPP tekenen ouders voor gezien; bij het OPP hebben ouders instemmingsrecht op het "
              "handelingsdeel. Twee keer per jaar zijn er tienminutengesprekken; ouders van leerlingen op zorgniveau 3 en "
              "4 worden daarnaast uitgenodigd voor een extra gesprek met de intern begeleider."),
        ("h1", "Middelen"),
        ("p", "De school ontvangt van het bestuur een ondersteuningsbudget dat is afgeleid van het schoolbudget van het "
              "samenwerkingsverband. In 2025-2026 bedraagt dit € 41.200. Het budget wordt besteed aan de onderwijsassistenten "
              "(€ 33.000), aan de taalklas (€ 5.200) en aan scholing van het team (€ 3.000)."),
        ("h1", "Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"], ["september", "Startgesprekken met ouders"],
                   ["oktober", "Toetsen, groepsbesprekingen ronde 1"], ["januari/februari", "Toetsen, groepsbesprekingen ronde 2"],
                   ["maart", "Ondersteuningsteam"], ["juni", "Toetsen, groepsbesprekingen ronde 3, overdracht"],
                   ["juli", "Evaluatie ondersteuningsplan school"]]),
        ("h1", "Evaluatie"),
        ("p", "Aan het eind van het schooljaar evalueren de intern begeleider en de directeur dit plan. Zij kijken naar "
              "de resultaten van de groepen, de doelen uit de handelingsplannen en de tevredenheid van leerkrachten. De "
              "conclusies worden met de medezeggenschapsraad besproken en verwerkt in het plan voor 2026-2027."),
    ]
    return b


def build_f(tmp):
    name = "po-obs-de-wilgenhoek-schoolondersteuningsplan"
    src = Path(tmp) / f"{name}.docx"
    write_docx(near_miss(), src, "OBS De Wilgenhoek - Ondersteuningsplan 2025-2026", "Leerlingenzorg De Wilgenhoek")
    to_pdf(src, OUT / f"{name}.pdf", tmp)
    write_label_notplan(name, [f"{name}.pdf"], "po",
                        "A single school's annual leerlingenzorg/ondersteuningsplan (zorgniveaus, groepsbesprekingen, "
                        "school budget) that refers to its samenwerkingsverband; not an SWV ondersteuningsplan (no OPR, "
                        "OOGO, planperiode, verband-wide policy).")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="holdout182_gen_")
    try:
        for f in (build_a, build_d, build_e):
            print(f.__name__, f())
        for f in (build_b, build_c):
            print(f.__name__, f(tmp))
        build_f(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
