#!/usr/bin/env python3
"""Generate the holdout166 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document, plus their label files (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless --convert-to pdf).
Style focus: elements handled (partly) in tables only: criteria matrices, budget tables, dashboards.
"""
import datetime
import html
import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 3, 1, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
# document model: list of blocks
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [header, *rows])
# ----------------------------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout166"
    cp.author = "holdout166"
    cp.revision = 1
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte reproducible
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + i for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---\n")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title></head><body>"]
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0])
                       + "</tr></thead><tbody>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_target):
    tmp = Path(tempfile.mkdtemp(prefix="holdout166_pdf_"))
    profile = Path(tempfile.mkdtemp(prefix="holdout166_lo_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = tmp / (Path(docx_path).stem + ".pdf")
        shutil.move(str(produced), str(pdf_target))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks_like_plan=True):
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": looks_like_plan,
        "elements": elements,
        "criteria": criteria,
        "advisory_addressed": advisory,
        "notes": notes,
    }
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# generic filler sections (realistic prose that mentions element words only in passing)
# ----------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de landelijke "
              f"verbeteraanpak. In de afgelopen jaren hebben de {c['n_besturen']} aangesloten schoolbesturen veel "
              f"geleerd over wat samenwerken in de regio {c['regio']} betekent. We zijn trots op wat er staat, en "
              f"tegelijk realistisch: niet alles is af, en dat hoeft ook niet. Een ondersteuningsplan is geen "
              f"eindpunt maar een kompas."),
        ("p", "Dit plan kwam tot stand in een intensief traject. Intern begeleiders, ondersteuningscoördinatoren, "
              "directeuren, bestuurders, ouders, de leden van de ondersteuningsplanraad en onze partners bij de "
              "gemeenten dachten mee in werksessies, klankbordgroepen en een digitale consultatieronde. Wij zijn "
              "iedereen die tijd en energie heeft gestoken in dit plan dankbaar. De vele reacties lieten zien hoe "
              "betrokken de regio is bij het onderwijs aan kinderen en jongeren die net iets meer nodig hebben."),
        ("p", "Passend onderwijs vraagt om vertrouwen, om heldere afspraken en om de bereidheid om over de grenzen "
              "van de eigen school heen te kijken. De middelen die het Rijk ons toevertrouwt zijn publiek geld; "
              "we willen er zorgvuldig mee omgaan en laten zien welke resultaten we ermee boeken. Tegelijk weten "
              "we dat cijfers nooit het hele verhaal vertellen. Achter elk arrangement, elke "
              "toelaatbaarheidsverklaring en elk gesprek met ouders zit een kind met een eigen verhaal."),
        ("p", f"Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.\n\n"
              f"{c['bestuurder']}, directeur-bestuurder {c['naam']}"),
    ]


def leeswijzer(c):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"{c['naam']} is een samenwerkingsverband passend onderwijs als bedoeld in {c['wetsartikel']}. "
              f"Het samenwerkingsverband is een stichting waarin {c['n_besturen']} schoolbesturen met samen "
              f"{c['n_scholen']} scholen en circa {c['n_leerlingen']} leerlingen samenwerken. Het werkgebied omvat "
              f"de gemeenten {c['gemeenten']}. Het ondersteuningsplan beschrijft hoe wij onze wettelijke opdracht "
              f"uitvoeren en welke keuzes wij daarbij maken voor de planperiode {c['periode']}."),
        ("p", "Het plan is opgebouwd uit hoofdstukken die aansluiten bij de wettelijke onderwerpen en bij de "
              "thema's die in de consultatie naar voren kwamen. Waar het plan verwijst naar uitvoeringsdocumenten "
              "zoals jaarplannen, protocollen en handreikingen, zijn die documenten ondergeschikt aan dit plan. "
              "Het plan is geschreven voor een breed publiek: professionals in de scholen, bestuurders, "
              "gemeenten, de inspectie en ouders. Daarom hebben we geprobeerd jargon te vermijden; waar dat niet "
              "lukte, helpt de begrippenlijst achterin."),
        ("p", "Het plan wordt jaarlijks geactualiseerd via een voortgangsparagraaf. Wijzigingen van betekenis "
              "worden voorgelegd aan de ondersteuningsplanraad. Het jaarplan en de jaarbegroting vertalen de "
              "koers van dit plan naar concrete activiteiten per schooljaar."),
    ]


def visie(c):
    return [
        ("h1", "Visie, missie en ambities"),
        ("p", f"Onze missie is kort: elk kind in {c['regio']} gaat naar school, leert, ontwikkelt zich en hoort "
              "erbij. Wij geloven dat kinderen het meest leren in een omgeving die zo gewoon mogelijk is en zo "
              "bijzonder als nodig. Dat vraagt om scholen die zich samen verantwoordelijk voelen, om leraren die "
              "zich gesteund weten en om korte lijnen met jeugdhulp en gemeente."),
        ("p", "Onze visie rust op vier pijlers. Ten eerste: het kind centraal, niet het systeem. We denken vanuit "
              "de onderwijsbehoefte van het kind en niet vanuit beschikbare hokjes of budgetten. Ten tweede: "
              "vertrouwen en eigenaarschap. Schoolbesturen dragen de verantwoordelijkheid voor goed onderwijs; "
              "het samenwerkingsverband faciliteert, verbindt en houdt een spiegel voor. Ten derde: samen met "
              "ouders. Ouders kennen hun kind het best en zijn gelijkwaardige gesprekspartners. Ten vierde: "
              "leren en verbeteren. We kijken kritisch naar ons eigen handelen en stellen bij waar dat nodig is."),
        ("p", "Voor de komende planperiode hebben we drie ambities geformuleerd: meer kinderen krijgen de "
              "ondersteuning die ze nodig hebben dichter bij huis; de samenwerking met jeugdhulp wordt "
              "vanzelfsprekend in plaats van incidenteel; en we maken zichtbaarder wat passend onderwijs in onze "
              "regio oplevert. Deze ambities zijn richtinggevend; in de jaarplannen worden ze vertaald naar "
              "activiteiten."),
        ("p", "Inclusiever onderwijs is een landelijke beweging die wij onderschrijven. De Rijksoverheid heeft "
              "het streven uitgesproken dat in 2035 alle kinderen naar een school in de buurt kunnen gaan. Wij "
              "zien dat als een stip op de horizon. Welke stappen realistisch zijn, hangt mede af van landelijke "
              "besluitvorming over bekostiging, huisvesting en de arbeidsmarkt."),
    ]


def terugblik(c):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van consolidatie. Het samenwerkingsverband heeft zijn "
              "organisatie verstevigd, de governance aangepast aan de Code Goed Bestuur en de administratieve "
              "processen gedigitaliseerd. De coronaperiode legde een zware druk op scholen en gezinnen en maakte "
              "zichtbaar hoe afhankelijk het onderwijs is van een goed functionerend netwerk rond het kind."),
        ("p", "In evaluatiegesprekken met directeuren en intern begeleiders kwam naar voren dat de bereikbaarheid "
              "van het samenwerkingsverband als positief wordt ervaren, maar dat de administratieve last van "
              "aanvragen nog steeds als hoog wordt ervaren. Ook werd aangegeven dat de communicatie over "
              "beleidswijzigingen eerder en duidelijker kan. Deze signalen hebben we meegenomen bij het schrijven "
              "van dit plan."),
        ("p", "Een externe evaluatie door een onafhankelijk bureau in 2024 concludeerde dat het samenwerkingsverband "
              "'in control' is op het gebied van bedrijfsvoering, maar dat de verbinding tussen beleid en de "
              "dagelijkse praktijk in de klas sterker kan. Die conclusie nemen we ter harte."),
    ]


def context(c):
    rows = [["Bestuur", "Aantal scholen", "Aantal leerlingen (1-10-2024)"]] + c["besturen_tabel"]
    return [
        ("h1", "Context: de regio in beeld"),
        ("p", f"De regio {c['regio']} is een gebied met zowel stedelijke kernen als kleine dorpen. De "
              "bevolkingsontwikkeling verschilt sterk per gemeente: in de grotere kernen groeit het aantal "
              "inwoners, terwijl in de kleinere kernen sprake is van krimp en vergrijzing. Dat heeft gevolgen "
              "voor de spreiding van scholen en voor de bereikbaarheid van specialistische voorzieningen. "
              "Leerlingenvervoer is voor een deel van de kinderen een belangrijke randvoorwaarde."),
        ("p", "De onderstaande tabel geeft een beeld van de aangesloten besturen. De leerlingaantallen zijn "
              "ontleend aan de teldatum van 1 oktober 2024."),
        ("table", rows),
        ("p", "De verwachting is dat het totale leerlingenaantal in de planperiode licht daalt. Daarnaast zien wij "
              "een toename van het aantal nieuwkomers, met name in de grotere kernen, en een toename van "
              "vragen rond gedrag en sociaal-emotionele ontwikkeling. Ook de arbeidsmarkt is een belangrijke "
              "contextfactor: vacatures voor leraren, intern begeleiders en gedragsspecialisten zijn moeilijk "
              "vervulbaar."),
    ]


def governance(c, opr_ouders=True):
    opr = ("De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier ouders en vier personeelsleden, "
           "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
           "instemmingsrecht op het ondersteuningsplan en vergadert vijf keer per jaar. Ouders in de OPR "
           "brengen het perspectief van gezinnen in; het samenwerkingsverband ondersteunt de OPR met een "
           "scholingsbudget en ambtelijke ondersteuning." if opr_ouders else
           "De ondersteuningsplanraad (OPR) is samengesteld volgens artikel 4a van de Wet medezeggenschap op "
           "scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert vijf keer per jaar. "
           "Het samenwerkingsverband ondersteunt de OPR met een scholingsbudget en ambtelijke ondersteuning.")
    return [
        ("h1", "Organisatie, governance en medezeggenschap"),
        ("p", f"{c['naam']} is een stichting. Het bestuursmodel kent een scheiding tussen bestuur en intern "
              "toezicht. De directeur-bestuurder is eindverantwoordelijk voor de dagelijkse leiding en de "
              "uitvoering van het beleid. De raad van toezicht, samengesteld uit bestuurders van de aangesloten "
              "schoolbesturen aangevuld met twee onafhankelijke leden, houdt toezicht op het bestuur en keurt de "
              "begroting, het jaarverslag en het ondersteuningsplan goed. Daarnaast is er een algemene "
              "vergadering van aangesloten besturen, die jaarlijks de strategische koers bespreekt."),
        ("p", "Het bestuur hanteert de Code Goed Bestuur van de sectorraad. Een toezichtkader en een "
              "bestuursreglement zijn vastgesteld en worden elke vier jaar geëvalueerd. De raad van toezicht "
              "heeft een auditcommissie en een remuneratiecommissie. Jaarlijks vindt een zelfevaluatie plaats."),
        ("p", opr),
        ("p", "Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel in dienst van de "
              "stichting. De MR heeft advies- en instemmingsrecht op personele en organisatorische onderwerpen."),
    ]


def oogo(c, rich=True):
    blocks = [("h1", "Samenwerking met gemeenten (OOGO)")]
    blocks.append(("p", f"Het ontwerp van dit ondersteuningsplan is besproken in het op overeenstemming gericht "
                        f"overleg (OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het "
                        f"OOGO vond plaats op {c['oogo_datum']} en werd afgesloten met een ondertekend verslag. "
                        f"Daarnaast is het plan besproken met {c['ander_swv']}, waarvan het werkgebied overlapt."))
    if rich:
        blocks.append(("p", "Met de gemeenten werken wij samen aan een sluitende aanpak rond het kind. Concreet "
                            "zijn er afspraken over schoolmaatschappelijk werk, over de inzet van "
                            "jeugdconsulenten bij de ondersteuningsteams op school en over "
                            "onderwijs-zorgarrangementen waarin onderwijs en jeugdhulp samen worden bekostigd. "
                            "De gezamenlijke agenda omvat verder leerlingenvervoer, onderwijshuisvesting, "
                            "vroegsignalering en de overgangen tussen voorschool, basisonderwijs, voortgezet "
                            "onderwijs en mbo."))
    else:
        blocks.append(("p", "De verdere samenwerking met de gemeenten is onderwerp van de regionale "
                            "uitvoeringsagenda, die buiten dit plan wordt vastgesteld."))
    return blocks


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het samenwerkingsverband heeft een klein bureau van circa {c['fte']} fte. Het team bestaat uit de "
              "directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
              "consulenten en orthopedagogen. Het bureau is gehuisvest in een bedrijfsverzamelgebouw en werkt "
              "daarnaast veel op locatie in de scholen."),
        ("p", "Professionalisering is een gedeelde verantwoordelijkheid van schoolbesturen en "
              "samenwerkingsverband. Het samenwerkingsverband organiseert jaarlijks een regionale studiedag, "
              "netwerkbijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren, en intervisie voor "
              "gedragsspecialisten. Daarnaast stimuleren we kennisdeling tussen reguliere en speciale scholen "
              "via hospitaties en gezamenlijke scholing."),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Wij zien dat onbevoegde invallers en wisselende "
              "teams het lastiger maken om kinderen met een ondersteuningsbehoefte goed te begeleiden. In overleg "
              "met de besturen verkennen we hoe het samenwerkingsverband kan bijdragen aan behoud en "
              "ontwikkeling van personeel, bijvoorbeeld via een regionale pool van onderwijsassistenten."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, gegevensuitwisseling en privacy"),
        ("p", "Aanvragen bij het samenwerkingsverband verlopen via een beveiligde digitale omgeving. Scholen "
              "uploaden daarin de benodigde documenten; het samenwerkingsverband registreert besluiten en "
              "adviezen. Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, "
              "uitsluitend voor zover dat nodig is voor de wettelijke taken. Een privacyreglement is vastgesteld "
              "en gepubliceerd. Er is een functionaris gegevensbescherming aangesteld, die wordt gedeeld met "
              "andere samenwerkingsverbanden."),
        ("p", "Gegevens worden niet langer bewaard dan noodzakelijk. De bewaartermijnen zijn vastgelegd in het "
              "privacyreglement en sluiten aan bij de wettelijke termijnen. Datalekken worden gemeld volgens een "
              "vastgestelde procedure. In de planperiode vervangen we de huidige aanvraagomgeving door een "
              "systeem dat beter aansluit bij de leerlingadministratiesystemen van de scholen."),
    ]


def planning(c):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", "Onderstaand overzicht toont de stappen in de totstandkoming van dit plan."),
        ("table", [["Stap", "Datum"],
                   ["Startnotitie in algemene vergadering", "september 2024"],
                   ["Werksessies met scholen en partners", "oktober - december 2024"],
                   ["Concept besproken in OOGO", c["oogo_datum"]],
                   ["Instemming ondersteuningsplanraad", c["opr_datum"]],
                   ["Vaststelling door bestuur", c["vaststelling"]],
                   ["Toezending aan de inspectie", "vóór 1 mei 2025"],
                   ["Inwerkingtreding", "1 augustus 2025"]]),
        ("p", "Jaarlijks in het voorjaar stellen we een voortgangsparagraaf op. Halverwege de planperiode "
              "vindt een tussentijdse evaluatie plaats, waarvan de uitkomsten worden besproken met de OPR en de "
              "raad van toezicht."),
    ]


def kwaliteit_bedrijf(c):
    return [
        ("h1", "Bedrijfsvoering en interne beheersing"),
        ("p", "De bedrijfsvoering van het samenwerkingsverband is ondergebracht bij een administratiekantoor. "
              "Een controller rapporteert per kwartaal aan de directeur-bestuurder en de auditcommissie. De "
              "accountant controleert jaarlijks de jaarrekening en de rechtmatigheid van de bestedingen. "
              "Het samenwerkingsverband beschikt over een treasurystatuut en een inkoopbeleid."),
        ("p", "Risico's worden jaarlijks geïnventariseerd in een risicoregister. Daarbij gaat het onder meer om "
              "schommelingen in het aantal leerlingen in het speciaal onderwijs, wijzigingen in landelijke "
              "regelgeving en personele risico's in het bureau."),
    ]


def thuiszitters_deferral(c):
    return [
        ("h2", "Thuiszitters"),
        ("p", "Geen kind hoort thuis te zitten. Het aantal thuiszitters in onze regio is klein, maar elk kind dat "
              "niet naar school gaat is er één te veel. Een regionale aanpak, waarin we samen met leerplicht en "
              "jeugdhulp afspreken hoe we signaleren en opschalen, stellen we in de loop van het schooljaar "
              "2025-2026 op. Tot die tijd handelen scholen volgens hun eigen afspraken."),
    ]


def huisvesting_vervoer(c):
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", "Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Het "
              "samenwerkingsverband heeft hierin geen formele rol, maar signaleert wel waar gebouwen een "
              "belemmering vormen. Veel schoolgebouwen in de regio dateren uit de jaren zeventig en tachtig en "
              "zijn niet ontworpen voor kleine groepjes, rustige werkplekken of leerlingen met een lichamelijke "
              "beperking. Bij nieuwbouw en renovatie vragen wij besturen en gemeenten om vroegtijdig rekening te "
              "houden met flexibele ruimtes, goede akoestiek en toegankelijkheid."),
        ("p", "Leerlingenvervoer wordt door de gemeenten geregeld op basis van hun verordening. Ouders vragen "
              "het vervoer zelf aan bij de gemeente. Wij merken dat lange reistijden voor sommige kinderen een "
              "grote belasting zijn. In het bestuurlijk overleg met de wethouders onderwijs brengen wij dit "
              "onderwerp jaarlijks in, zodat gemeenten bij aanbestedingen rekening houden met maximale reistijden "
              "en vaste chauffeurs."),
    ]


def kennisdeling(c):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", "Het samenwerkingsverband is een lerende organisatie. Wij verzamelen voorbeelden van wat werkt en "
              "maken die toegankelijk voor alle scholen, onder meer via een digitale kennisbank, korte "
              "praktijkfilmpjes en een jaarlijkse 'markt van goede ideeën'. Leraren die een vernieuwend idee "
              "hebben, kunnen dat pitchen bij een jury van collega's."),
        ("p", "Samen met een hogeschool en een universiteit in de regio nemen wij deel aan een werkplaats "
              "onderwijsonderzoek. In de planperiode onderzoeken we onder meer hoe leerkrachten het beste kunnen "
              "worden toegerust voor gedragsvragen en wat de invloed is van de groepsgrootte op het welbevinden "
              "van leerlingen. De uitkomsten worden gedeeld in de netwerken."),
        ("p", "Innovatie vraagt ook om ruimte om te experimenteren. Niet elk project zal slagen; dat accepteren "
              "we, zolang we ervan leren en de lessen delen. Projecten worden na afloop kort geëvalueerd en de "
              "evaluatie wordt in de kennisbank opgenomen."),
    ]


def overgangen(c):
    return [
        ("h1", "Overgangen in de schoolloopbaan"),
        ("p", "Overgangen zijn kwetsbare momenten. De overstap van de voorschool naar groep 1, van de "
              "basisschool naar het voortgezet onderwijs en van het voortgezet onderwijs naar het mbo vragen om "
              "een zorgvuldige overdracht. Met de kinderopvang en de voorscholen zijn afspraken gemaakt over een "
              "warme overdracht van peuters met een ontwikkelingsvoorsprong of -achterstand."),
        ("p", "Voor de overstap naar het voortgezet onderwijs volgt de regio de afspraken in de regionale "
              "POVO-kalender. Basisscholen leveren het onderwijskundig rapport aan via het overstapservice-systeem; "
              "bij leerlingen met een ondersteuningsbehoefte vindt een gesprek plaats tussen de intern begeleider "
              "en de ondersteuningscoördinator van de vo-school. Het samenwerkingsverband faciliteert twee keer "
              "per jaar een bijeenkomst waarin basisscholen en vo-scholen ervaringen uitwisselen."),
    ]


def wettelijke_tabel(rows):
    return [("h1", "Verantwoording wettelijke onderdelen"),
            ("p", "De onderstaande tabel geeft aan waar in dit plan de wettelijk verplichte onderdelen aan de "
                  "orde komen."),
            ("table", [["Wettelijk onderdeel (art. 18a lid 8 WPO)", "Paragraaf"]] + rows)]


def afkortingen():
    return [("h1", "Afkortingenlijst"),
            ("table", [["Afkorting", "Betekenis"], ["AB", "Ambulante begeleiding"], ["IB", "Intern begeleider"],
                       ["MDO", "Multidisciplinair overleg"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                       ["OOGO", "Op overeenstemming gericht overleg"], ["OPR", "Ondersteuningsplanraad"],
                       ["OPP", "Ontwikkelingsperspectiefplan"], ["OT", "Ondersteuningsteam"],
                       ["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"],
                       ["SWV", "Samenwerkingsverband"], ["TLV", "Toelaatbaarheidsverklaring"]])]


def begrippen(rows):
    return [("h1", "Bijlage: begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + rows)]


BEGRIPPEN_PO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
    ["Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt, vaak in de vorm van een arrangement."],
    ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."],
    ["Dekkend aanbod", "Een netwerk van voorzieningen waardoor voor elk kind een passende plek beschikbaar is."],
    ["TLV", "Toelaatbaarheidsverklaring voor het speciaal basisonderwijs of speciaal onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling uit het sbo of so naar het reguliere basisonderwijs."],
    ["Meerjarenbegroting", "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen over passend onderwijs."],
    ["Onderwijsconsulent", "Onafhankelijk adviseur die ouders en scholen kosteloos helpt bij een vastgelopen situatie."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["SOP", "Schoolondersteuningsprofiel."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een passende onderwijsplek te bieden of te zoeken."],
    ["Resultaten", "De opbrengsten van het onderwijs en de ondersteuning voor leerlingen."],
]

BEGRIPPEN_VO = [
    ["Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning op alle vestigingen in het samenwerkingsverband."],
    ["Lwoo", "Leerwegondersteunend onderwijs in het vmbo."],
    ["Pro", "Praktijkonderwijs."],
    ["Vso", "Voortgezet speciaal onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor vso of praktijkonderwijs."],
    ["Terugplaatsing", "Overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."],
    ["OPDC", "Orthopedagogisch-didactisch centrum, een tijdelijke voorziening."],
    ["Verdeelmodel", "Het model waarmee ondersteuningsmiddelen over scholen worden verdeeld."],
    ["Dekkend aanbod", "Het geheel van voorzieningen waardoor elke leerling een passende plek kan krijgen."],
    ["OJSP", "Ouder- en jeugdsteunpunt."],
    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
    ["Monitoring", "Het systematisch volgen van gegevens over ondersteuning en resultaten."],
]


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("ul", entries), ("pagebreak", None)]


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title"):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(cell.split()) for row in val for cell in row)
    return n


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def statuses(criteria, touched):
    """Part A status rule. touched: elements with some (advisory or core) content addressed."""
    out = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
               "ouders"]:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            out[el] = "present"
        elif any(vals) or el in touched:
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def crit(false_ids):
    assert all(f in CORE for f in false_ids), false_ids
    return {k: (k not in false_ids) for k in CORE}


# ==============================================================================================
# Plan A - PO, .docx : SWV Passend Primair Kempenzoom
#   B present (table), P present (criteria matrix), T partial (procedure inside TLV chapter, beleid
#   deferred), F present (Geld en middelen, tables), D partial (lacunes deferred), R missing
#   (dashboard deferred), O present (inside "Communicatie").
# ==============================================================================================

def plan_a():
    c = dict(naam="Samenwerkingsverband Passend Primair Kempenzoom", regio="de Kempenzoom",
             periode="2025-2029", n_besturen=9, n_scholen=61, n_leerlingen="13.400",
             gemeenten="Aalstervelde, Hoogmeer, Ravensberg en Dommelkerk", bestuurder="drs. M.A. (Marieke) Vos",
             wetsartikel="artikel 18a van de Wet op het primair onderwijs (PO 30-71)",
             oogo_datum="11 februari 2025", opr_datum="18 maart 2025", vaststelling="25 maart 2025",
             ander_swv="SWV VO Kempenzoom", fte="14",
             besturen_tabel=[["Stichting Kempenkind", "17", "3.810"], ["Stichting Dommelwijs", "12", "2.640"],
                             ["Stichting Katholiek Onderwijs Hoogmeer", "9", "2.020"],
                             ["Vereniging PC Onderwijs Ravensberg", "7", "1.480"],
                             ["Stichting Openbaar Onderwijs Aalstervelde", "8", "1.930"],
                             ["Stichting SBO De Brug (sbo)", "2", "390"], ["Stichting SO Kempen (so)", "2", "310"],
                             ["Vrijeschool Kempenzoom", "2", "470"], ["Stichting Islamitisch Onderwijs", "2", "350"]])
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", "Samenwerkingsverband Passend Primair Kempenzoom (PO 30-71)\nSamen zorgen, samen leren\n"
               "Vastgesteld door het bestuur op 25 maart 2025"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Visie, missie en ambities",
              "3 Terugblik op de vorige planperiode", "4 Context: de regio in beeld",
              "5 Basisondersteuning", "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid sbo en so",
              "8 Geld en middelen", "9 Communicatie", "10 Samenwerking met gemeenten (OOGO)",
              "11 Organisatie, governance en medezeggenschap", "12 Personeel en professionalisering",
              "13 ICT, gegevensuitwisseling en privacy", "14 Bedrijfsvoering en interne beheersing",
              "15 Resultaten en verantwoording", "16 Totstandkoming en planning",
              "Bijlage: begrippenlijst"])
    b += voorwoord(c) + leeswijzer(c) + visie(c) + terugblik(c) + context(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in de Kempenzoom het door alle negen besturen gezamenlijk vastgestelde "
              "minimumniveau van ondersteuning dat iedere vestiging – van de grootste stadsschool tot de kleinste "
              "dorpsschool – biedt aan ieder kind, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
              "nodig is. Dit niveau is vastgelegd in het Referentiekader Kempenzoom, dat de algemene vergadering "
              "op 14 januari 2025 heeft vastgesteld. De inhoud van dat referentiekader staat hieronder integraal; "
              "een school die minder biedt, voldoet niet aan de afspraken in dit plan."),
        ("table", [["Domein", "Wat elke school in de Kempenzoom minimaal biedt"],
                   ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                    "zes keer per jaar een groepsbespreking; een ondersteuningsteam (OT) met ouders, school en zo "
                    "nodig de consulent van het samenwerkingsverband."],
                   ["Lezen en spellen", "Werken volgens het Protocol Leesproblemen en Dyslexie; verlengde "
                    "instructie en extra leestijd voor zwakke lezers; voorleessoftware vanaf groep 5."],
                   ["Rekenen", "Werken volgens het Protocol ERWD; inzet van concrete materialen en een "
                    "rekenspecialist op bestuursniveau."],
                   ["Gedrag en sociale veiligheid", "Een schoolbrede aanpak (zoals PBS of Kanjertraining), een "
                    "anti-pestcoördinator en een jaarlijkse monitor sociale veiligheid."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vastgesteld instrument, compacten en "
                    "verrijken in de groep."],
                   ["Ontwikkelingsperspectief", "Een OPP voor elk kind dat op een eigen leerlijn werkt, besproken "
                    "met ouders en jaarlijks geëvalueerd."],
                   ["Expertise van buiten", "Drie consultatiemomenten per jaar met een orthopedagoog van het "
                    "samenwerkingsverband; toegang tot de schoolmaatschappelijk werker."],
                   ["Fysieke omgeving", "Een prikkelarme werkplek en een rustige ruimte voor time-out."]]),
        ("p", "Scholen beschrijven hun basisondersteuning in de schoolgids. Het samenwerkingsverband voert "
              "elke twee jaar een audit uit op een steekproef van scholen; bij tekortkomingen volgt een "
              "verbeterafspraak met het bestuur."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Waar de basisondersteuning niet volstaat, kan een school extra ondersteuning organiseren. Ons "
              "aanbod kent drie lagen die op elkaar aansluiten. In de eerste laag zet de school het eigen "
              "schoolbudget in voor arrangementen in de eigen groep, bijvoorbeeld een onderwijsassistent of een "
              "gedragsspecialist. In de tweede laag kan een school een beroep doen op bovenschoolse "
              "arrangementen van het samenwerkingsverband: de taalklas voor nieuwkomers in Hoogmeer, de "
              "plusklas voor meer- en hoogbegaafde leerlingen op drie locaties, en de observatiegroep 'De Stap' "
              "voor jonge kinderen met een onduidelijk ontwikkelingsbeeld. In de derde laag gaat het om "
              "plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs."),
        ("p", "Tussen de lagen bestaan doorlopende lijnen: ambulante begeleiding vanuit sbo en so ondersteunt de "
              "reguliere scholen, en sbo-leerkrachten nemen deel aan de netwerken van intern begeleiders. Zo "
              "vormen de scholen samen één samenhangend geheel van voorzieningen."),
    ]
    b += thuiszitters_deferral(c)
    b += [
        ("p", "Of het aanbod in de regio voor alle kinderen toereikend is, en wat we doen als een kind nergens "
              "past, brengen we in de eerste helft van de planperiode in kaart. De uitkomst nemen we op in de "
              "voortgangsparagraaf."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Een kind kan alleen naar een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en "
              "4) als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De procedure "
              "verloopt in vier stappen."),
        ("ul", ["Stap 1 – Aanvraag. Het bestuur van de school waar het kind staat ingeschreven dient de aanvraag "
                "digitaal in, met het OPP, het verslag van het OT en de zienswijze van ouders.",
                "Stap 2 – Deskundigenadvies. Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: "
                "een orthopedagoog of psycholoog en, afhankelijk van het kind, een tweede deskundige zoals een "
                "maatschappelijk werker, kinderarts of kinderpsychiater. Geen van beiden was betrokken bij de "
                "aanvraag.",
                "Stap 3 – Besluit. De Commissie Toelaatbaarheid neemt namens de directeur-bestuurder binnen zes "
                "weken na ontvangst van de volledige aanvraag een besluit.",
                "Stap 4 – Bekendmaking. Ouders en school ontvangen het besluit schriftelijk, met een volgnummer "
                "en de mogelijkheid van bezwaar."]),
        ("p", "De commissie toetst elke aanvraag aan de criteria in onderstaande matrix. Een TLV wordt "
              "afgegeven als aan alle criteria in de kolom van het betreffende schooltype is voldaan."),
        ("table", [["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs cluster 3/4"],
                   ["Ondersteuningsbehoefte", "Overstijgt de basisondersteuning en arrangementen van laag 1 en 2",
                    "Vraagt een intensieve combinatie van onderwijs en zorg die regulier en sbo niet kunnen bieden"],
                   ["Handelingsgerichte aanpak", "Minimaal twee cycli van een half jaar met OPP aantoonbaar doorlopen",
                    "Minimaal één cyclus doorlopen, of directe plaatsing bij acute veiligheidsrisico's"],
                   ["Leerontwikkeling", "Leerachterstand van minimaal 1,5 jaar op twee domeinen, of stagnatie",
                    "Niet doorslaggevend; ontwikkelingsperspectief uitstroom dagbesteding of arbeid"],
                   ["Sociaal-emotioneel / gedrag", "Ondanks aanpak blijvende problemen in groepsfunctioneren",
                    "Ernstige gedrags- of psychiatrische problematiek, vastgesteld door deskundige"],
                   ["Medisch / lichamelijk", "n.v.t.", "Langdurige ziekte of lichamelijke beperking die "
                    "specialistische voorzieningen vraagt (cluster 3)"],
                   ["Betrokkenheid ouders", "Ouders zijn gehoord", "Ouders zijn gehoord"]]),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het so "
              "wordt afgegeven voor twee schooljaren in bekostigingscategorie laag, midden of hoog. Ouders en "
              "school die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken bij het "
              "samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        ("h2", "Afloop van de TLV"),
        ("p", "Uiterlijk zes maanden voor de einddatum van de TLV organiseert de school voor sbo of so een "
              "evaluatie-MDO met ouders, de consulent van het samenwerkingsverband en zo mogelijk de beoogde "
              "reguliere school. In dat gesprek wordt op basis van het OPP bekeken of het kind kan overstappen. "
              "Is dat zo, dan meldt de so-school de overstap aan bij het samenwerkingsverband en maakt de "
              "ontvangende school een overdrachtsplan; de consulent bewaakt de termijnen. Is verlenging nodig, "
              "dan dient het so-bestuur uiterlijk drie maanden voor de einddatum een nieuwe aanvraag in, die "
              "volgens de stappen hierboven wordt behandeld."),
        ("p", "Ons bredere beleid voor terug- en overplaatsing – welke doelen we nastreven, onder welke "
              "voorwaarden en met welke begeleiding na de overstap – werken we in 2026 samen met de sbo- en "
              "so-scholen uit."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdrachten aan het speciaal onderwijs en het sbo verdelen wij de middelen volgens "
              "onderstaand verdeelmodel. Het uitgangspunt is dat geld zo dicht mogelijk bij het kind wordt "
              "ingezet: het grootste deel gaat rechtstreeks naar de besturen."),
        ("table", [["Onderdeel verdeelmodel", "Criterium", "Bedrag / grondslag"],
                   ["Schoolbudget", "Per leerling op teldatum 1 oktober t-1", "€ 142 per leerling"],
                   ["Vaste voet kleine scholen", "Scholen met minder dan 100 leerlingen", "€ 6.500 per school"],
                   ["Bovenschoolse arrangementen", "Toekenning door commissie op basis van OPP", "plafond € 410.000"],
                   ["Ambulante begeleiding sbo/so", "Inzet op verzoek van school", "€ 260.000 (vast)"],
                   ["Innovatiebudget", "Projectaanvraag, maximaal 2 per bestuur per jaar", "€ 75.000"]]),
        ("p", "De besturen leggen jaarlijks in een korte rapportage verantwoording af over de besteding van het "
              "schoolbudget. De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000)."),
        ("table", [["Post", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdrage ondersteuning", "11.240", "11.110", "10.980", "10.870"],
                   ["Afdracht so en sbo (DUO)", "5.930", "5.890", "5.860", "5.820"],
                   ["Schoolbudgetten besturen", "1.903", "1.880", "1.860", "1.840"],
                   ["Bovenschoolse arrangementen", "410", "410", "400", "400"],
                   ["Ambulante begeleiding", "260", "260", "260", "260"],
                   ["Personeel bureau", "1.390", "1.420", "1.440", "1.460"],
                   ["Huisvesting en overig", "310", "300", "300", "300"],
                   ["Saldo", "1.037", "950", "860", "790"]]),
        ("p", "De algemene reserve bedraagt begin 2025 circa € 2,1 miljoen. Dat is boven de signaleringswaarde "
              "van de inspectie; het positieve saldo in de begroting wordt daarom ingezet voor de afbouw via "
              "extra middelen naar de scholen in 2026 en 2027."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een maandelijkse nieuwsbrief en met bestuurders via het bestuurlijk overleg."),
        ("p", "Ouders informeren wij langs verschillende wegen over de ondersteuning die scholen en het "
              "samenwerkingsverband bieden. Bij inschrijving ontvangen alle ouders de folder 'Passend onderwijs "
              "in de Kempenzoom', die ook in het Arabisch, Pools en Turks beschikbaar is. Elke school beschrijft "
              "in de schoolgids welke basisondersteuning en extra ondersteuning zij biedt. Op onze website staat "
              "een ouderpagina met uitleg over arrangementen en de TLV-procedure, en twee keer per jaar houden we "
              "een ouderavond in Hoogmeer en Dommelkerk."),
        ("p", "Soms lopen de gesprekken tussen ouders en school vast, of hebben ouders behoefte aan iemand die "
              "naast hen staat. Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Kempenzoom, dat "
              "onafhankelijk van scholen en samenwerkingsverband werkt en bereikbaar is via telefoon, e-mail en "
              "een wekelijks inloopspreekuur. Ook kunnen ouders kosteloos een onderwijsconsulent inschakelen. Een "
              "klacht kan worden ingediend bij de landelijke klachtencommissie waarbij de besturen zijn "
              "aangesloten."),
    ]
    b += oogo(c, rich=True) + governance(c) + personeel(c) + ict_privacy(c) + kwaliteit_bedrijf(c)
    b += [
        ("h1", "Resultaten en verantwoording"),
        ("p", "We willen laten zien wat passend onderwijs in de Kempenzoom oplevert. Een resultatendashboard "
              "waarin beoogde en bereikte resultaten worden opgenomen is in voorbereiding; de indicatoren en "
              "streefwaarden worden na overleg met de besturen vastgesteld en volgen in de eerste "
              "voortgangsparagraaf."),
        ("p", "Financiële verantwoording vindt plaats via het jaarverslag en de jaarrekening, die worden "
              "gecontroleerd door de accountant en gepubliceerd op de website."),
    ]
    b += planning(c) + begrippen(BEGRIPPEN_PO)
    false = ["terugstroom.beleid", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"]
    cr = crit(false)
    el = statuses(cr, touched=set())
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning': agreed minimum level for every vestiging plus content table (Referentiekader); audit every 2 years = borging.",
        "plaatsing": "Ch. 'Toelaatbaarheid sbo en so': 4-step procedure with commissie and 6-week term; criteria only in the criteria matrix table.",
        "terugstroom": "Procedure hidden in 7.x 'Afloop van de TLV' inside the TLV chapter (evaluatie-MDO 6 months before end, who reports, overdrachtsplan); beleid explicitly deferred to 2026.",
        "financien": "Ch. 'Geld en middelen': verdeelmodel table (per-leerling bedrag, vaste voet) and meerjarenbegroting table 2025-2028; reserve paragraph; verantwoording by besturen.",
        "dekkend-aanbod": "Continuum in 'Extra ondersteuning en arrangementen' (three layers); lacunes/thuiszitters only deferred ('stellen we in 2025-2026 op', 'brengen we in kaart').",
        "resultaten": "Only 'Resultaten en verantwoording' with a deferred dashboard ('volgen in de eerste voortgangsparagraaf') and financial jaarverslag; voorwoord mention is passing.",
        "ouders": "Inside ch. 'Communicatie': folder, schoolgids, website, ouderavonden; OJSP Kempenzoom, onderwijsconsulent, klachtencommissie. OPR parents in governance.",
    }
    return c, b, cr, el, adv, notes


# ==============================================================================================
# Plan B - VO, .docx + .pdf : SWV VO Waterland-Oost
#   B partial (niveau yes, inhoud deferred to a kwaliteitskaart), P present (lwoo/pro/vso matrix),
#   T present (procedure in TLV chapter, beleid in 'Doorlopende lijnen'), F partial (verdeling in
#   table, besteding only 'zie bijlage 5'), D present, R partial (dashboard goals only, monitoring
#   deferred), O partial (informatie yes, steunpunt deferred).
# ==============================================================================================

def plan_b():
    c = dict(naam="Samenwerkingsverband VO Waterland-Oost", regio="Waterland-Oost", periode="2025-2029",
             n_besturen=7, n_scholen=19, n_leerlingen="16.900",
             gemeenten="Purmerbroek, Edamsdijk, Oosthuizerveen en Zeevang-Noord", bestuurder="J.P. (Jeroen) Kaptein MBA",
             wetsartikel="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 WVO 2020) – VO 27-13",
             oogo_datum="4 februari 2025", opr_datum="20 maart 2025", vaststelling="27 maart 2025",
             ander_swv="SWV PO Waterland-Oost", fte="11",
             besturen_tabel=[["Stichting Voortgezet Onderwijs Purmerbroek", "6", "6.120"],
                             ["Stichting Openbaar VO Waterland", "4", "4.010"], ["Stichting Edamse Scholen", "3", "2.780"],
                             ["Stichting Praktijkonderwijs Waterland (pro)", "1", "420"],
                             ["Stichting Vso De Horizon (vso)", "2", "390"], ["Stichting Montessori VO", "2", "2.150"],
                             ["Stichting Christelijk VO Zeevang", "1", "1.030"]])
    b = [("title", "Ondersteuningsplan Samenwerkingsverband VO Waterland-Oost 2025-2029"),
         ("p", "Iedere jongere een passende plek\nVO 27-13 | definitieve versie | vastgesteld 27 maart 2025"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Visie, missie en ambities",
              "3 Terugblik op de vorige planperiode", "4 Context: de regio in beeld", "5 Basisondersteuning",
              "6 Het ondersteuningscontinuüm", "7 Toewijzing: vso, lwoo en praktijkonderwijs",
              "8 Doorlopende lijnen", "9 Geld en middelen", "10 Resultaten: ons dashboard",
              "11 Ouders en leerlingen", "12 Samenwerking met gemeenten (OOGO)",
              "13 Organisatie, governance en medezeggenschap", "14 Personeel en professionalisering",
              "15 ICT, gegevensuitwisseling en privacy", "16 Totstandkoming en planning", "Bijlage: begrippenlijst",
              "Bijlage 5: meerjarenbegroting 2025-2029 (separaat)"])
    b += voorwoord(c) + leeswijzer(c) + visie(c) + terugblik(c) + context(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is in Waterland-Oost het niveau van ondersteuning dat het bestuur van het "
              "samenwerkingsverband, na instemming van alle aangesloten besturen, heeft vastgesteld als "
              "ondergrens voor iedere vestiging: van het praktijkonderwijs tot het gymnasium. Geen vestiging "
              "mag onder dit niveau zakken, en het niveau is voor alle leerlingen toegankelijk zonder "
              "aanvraag of indicatie."),
        ("p", "De concrete invulling van dit niveau – welke interventies, welke expertise en welke voorzieningen "
              "een leerling en zijn ouders op elke school kunnen verwachten – leggen we vast in de Kwaliteitskaart "
              "Basisondersteuning. Deze kaart stellen de ondersteuningscoördinatoren in het schooljaar 2025-2026 "
              "op; na vaststelling wordt zij als addendum aan dit plan toegevoegd. Tot die tijd verwijzen we naar "
              "de schoolondersteuningsprofielen op de websites van de scholen."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Ons aanbod is opgebouwd als een continuüm met vier niveaus, dat loopt van de klas tot het "
              "voortgezet speciaal onderwijs. Elk niveau bouwt voort op het vorige; een leerling gaat pas naar een "
              "volgend niveau als de ondersteuning op het vorige niveau aantoonbaar tekortschiet."),
        ("table", [["Niveau", "Voorziening", "Waar", "Toegang"],
                   ["1 Basis", "Basisondersteuning", "Elke vestiging", "Vrij toegankelijk"],
                   ["2 Extra in school", "Arrangementen uit het schoolbudget: trajectklas, "
                    "faalangstreductietraining, coaching, lwoo-ondersteuning", "Eigen school", "Besluit school, "
                    "vastgelegd in OPP"],
                   ["3 Bovenschools", "OPDC Waterland (max. 40 plaatsen, 3 tot 12 maanden), Rebound Purmerbroek, "
                    "Hoogbegaafdheidsvoorziening 'Atelier'", "Centraal", "Aanvraag bij loket SWV"],
                   ["4 Specialistisch", "Vso De Horizon (cluster 4), vso cluster 3 buiten de regio, "
                    "praktijkonderwijs", "Regionaal / bovenregionaal", "TLV"]]),
        ("h2", "Geen gaten in het net"),
        ("p", "Wij willen dat geen jongere tussen wal en schip valt. Twee keer per jaar analyseren we met de "
              "besturen alle meldingen van leerlingen voor wie geen passende plek werd gevonden, van "
              "schorsingen langer dan een week en van verzuim langer dan vier weken. Voor elk signaal kijken we "
              "of het om een incident gaat of om een structureel gat in het aanbod. Structurele gaten leiden tot "
              "een voorstel aan het bestuur voor aanpassing van het aanbod. Zo is in 2024 besloten tot een "
              "extra groep voor leerlingen met angstproblematiek."),
        ("p", "Voor thuiszitters is er een thuiszitterstafel, die elke zes weken bijeenkomt met leerplicht, "
              "jeugdhulp, de gemeente en het samenwerkingsverband. Als het bestuur waar een leerling is "
              "aangemeld zijn zorgplicht niet binnen tien weken kan waarmaken, neemt de directeur van het "
              "samenwerkingsverband de regie over en wordt binnen vier weken een plek of een "
              "onderwijs-zorgarrangement geregeld."),
        ("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en "
              "over de aanwijzing voor leerwegondersteunend onderwijs. Alle aanvragen lopen via het digitale "
              "loket en worden behandeld door de Commissie Toewijzing (CT), die namens het bestuur besluit."),
        ("table", [["Stap", "Vso", "Lwoo", "Pro"],
                   ["Wie vraagt aan", "Bestuur van de school van inschrijving", "Vo-school van aanmelding",
                    "Vo-school van aanmelding"],
                   ["Uiterste datum", "Doorlopend", "1 april (instroom klas 1)", "1 april (instroom klas 1)"],
                   ["Dossier", "OPP, evaluatie arrangementen, zienswijze ouders", "Toetsgegevens groep 8, "
                    "onderwijskundig rapport", "Toetsgegevens, capaciteitenonderzoek, onderwijskundig rapport"],
                   ["Deskundigen", "Orthopedagoog of psycholoog + tweede deskundige (jeugdarts, maatschappelijk "
                    "werker)", "Orthopedagoog CT", "Orthopedagoog of psycholoog CT"],
                   ["Besluit", "CT binnen 6 weken", "CT binnen 4 weken", "CT binnen 4 weken"],
                   ["Geldigheid", "1-3 schooljaren, categorie laag/midden/hoog", "Gehele vmbo-opleiding",
                    "Gehele opleiding"]]),
        ("p", "De criteria die de commissie hanteert staan in de volgende matrix. Voor lwoo en pro gelden de "
              "landelijke criteria; het samenwerkingsverband heeft geen eigen lwoo-criteria vastgesteld."),
        ("table", [["Voorziening", "Criteria (alle moeten van toepassing zijn)"],
                   ["Lwoo", "IQ 75-90 én leerachterstand van 25-50% op minimaal twee domeinen (waarvan één "
                    "begrijpend lezen of rekenen); of IQ 91-120 met leerachterstand én sociaal-emotionele "
                    "problematiek die de leerontwikkeling belemmert"],
                   ["Pro", "IQ 55-80 én leerachterstand van minimaal 50% op twee domeinen, waarvan één begrijpend "
                    "lezen of rekenen"],
                   ["Vso", "Ondersteuning op niveau 1-3 is aantoonbaar ontoereikend gebleken (minimaal één "
                    "geëvalueerde OPP-cyclus); de ondersteuningsbehoefte vraagt een specialistische setting "
                    "met kleine groepen en geïntegreerde zorg; beide deskundigen adviseren positief"]]),
        ("p", "Tegen een besluit van de commissie kunnen ouders binnen zes weken bezwaar maken. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
        ("h2", "Einde van de TLV en terugplaatsing"),
        ("p", "In het laatste jaar van elke vso-TLV voert de vso-school uiterlijk in januari een "
              "perspectiefgesprek met leerling, ouders en de consulent van het samenwerkingsverband. Als "
              "terugplaatsing haalbaar is, neemt de vso-school het initiatief en zoekt samen met het loket een "
              "ontvangende vo-school; de CT neemt het besluit over de overstap en legt een evaluatiemoment vast "
              "na drie en na zes maanden. Als terugplaatsing niet haalbaar is, dient het vso-bestuur vóór 1 april "
              "een verlengingsaanvraag in."),
        ("h1", "Doorlopende lijnen"),
        ("p", "Een plaatsing in het vso is voor veel leerlingen tijdelijk. Ons beleid is erop gericht dat "
              "iedere vso-leerling jaarlijks wordt bekeken op de mogelijkheid van een overstap naar het regulier "
              "voortgezet onderwijs, en dat een overstap alleen plaatsvindt als de ontvangende school de benodigde "
              "ondersteuning kan bieden en leerling en ouders instemmen. Na de overstap blijft een begeleider van "
              "De Horizon een jaar lang beschikbaar voor de ontvangende school, en ontvangt die school een "
              "overstapbudget. Het aantal terugplaatsingen wordt jaarlijks gemeld aan het bestuur; in 2023-2024 "
              "stapten 17 leerlingen over."),
        ("p", "Daarnaast besteden we aandacht aan de overgang van po naar vo, via een warme overdracht en "
              "gezamenlijke scholing met het PO-samenwerkingsverband, en aan de overgang naar mbo en arbeid."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning en de middelen voor "
              "bovenschoolse voorzieningen volgens een vast verdeelmodel, dat door het bestuur is vastgesteld na "
              "advies van de besturen. De grondslagen staan in de tabel hieronder."),
        ("table", [["Budget", "Verdeelcriterium", "Tarief"],
                   ["Lichte ondersteuning", "Aantal leerlingen per vestiging op 1 oktober t-1", "€ 118 per leerling"],
                   ["Lwoo", "Aantal aangewezen lwoo-leerlingen", "Landelijk bedrag, 100% doorbetaald"],
                   ["Pro", "Aantal leerlingen met TLV pro", "Landelijk bedrag, 100% doorbetaald"],
                   ["Bovenschools arrangement", "Toekenning CT op basis van OPP", "Maximaal € 6.000 per leerling per jaar"],
                   ["Overstapbudget terugplaatsing", "Per teruggeplaatste leerling", "€ 4.000 eenmalig"]]),
        ("p", "De meerjarenbegroting 2025-2029, met de verwachte baten en lasten per jaar, is opgenomen in "
              "bijlage 5 bij dit plan. De jaarlijkse begroting wordt door het bestuur vastgesteld en na goedkeuring "
              "door de raad van toezicht op de website geplaatst."),
        ("h1", "Resultaten: ons dashboard"),
        ("p", "In de tabel staan de resultaten die we aan het einde van de planperiode willen bereiken voor "
              "leerlingen met een ondersteuningsbehoefte."),
        ("table", [["Thema", "Beoogd resultaat 2029"],
                   ["Thuiszitters", "Geen leerling langer dan drie maanden thuis zonder onderwijsaanbod"],
                   ["OPDC", "Minimaal 80% van de OPDC-leerlingen keert binnen 12 maanden terug naar een reguliere klas"],
                   ["Vso-uitstroom", "Minimaal 90% van de vso-schoolverlaters stroomt uit naar vervolgonderwijs, "
                    "arbeid of dagbesteding conform OPP"],
                   ["Lwoo", "Minimaal 85% van de lwoo-leerlingen behaalt een vmbo-diploma binnen de nominale duur + 1 jaar"],
                   ["Tevredenheid", "Ouders waarderen de ondersteuning gemiddeld met minimaal een 7"]]),
        ("p", "Op welke manier en hoe vaak we deze resultaten meten, en hoe we erover rapporteren, leggen we in de "
              "loop van 2026 vast in een monitoringskader."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen hebben recht op duidelijke informatie over de ondersteuning in het "
              "voortgezet onderwijs. Het samenwerkingsverband organiseert jaarlijks in november een "
              "informatieavond voor ouders van leerlingen in groep 8 over lwoo, praktijkonderwijs en de "
              "ondersteuning op de vo-scholen. De brochure 'Ondersteuning in het vo' wordt via de basisscholen "
              "aan alle ouders van groep 8 verstrekt en staat, in vier talen, op de website. Iedere vo-school "
              "beschrijft haar ondersteuningsaanbod in de schoolgids."),
        ("p", "Ouders en leerlingen zijn gesprekspartner bij het opstellen van het OPP; leerlingen hebben "
              "hoorrecht. Het ouder- en jeugdsteunpunt richten wij in 2026 in; nadere informatie daarover volgt."),
    ]
    b += oogo(c, rich=True) + governance(c) + personeel(c) + ict_privacy(c) + planning(c) + begrippen(BEGRIPPEN_VO)
    false = ["basisondersteuning.inhoud", "financien.besteding", "resultaten.monitoring", "ouders.steunpunt"]
    cr = crit(false)
    el = statuses(cr, touched=set())
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning' defines the minimum level for every vestiging, but the content is deferred to a Kwaliteitskaart (2025-2026) and school SOP websites.",
        "plaatsing": "Ch. 'Toewijzing': procedure table (who, deadlines, deskundigen, CT, termijnen) and criteria matrix for lwoo/pro/vso; bezwaar LBT.",
        "terugstroom": "Procedure hidden in 'Einde van de TLV en terugplaatsing' inside the toewijzing chapter; beleid (aims, conditions, nazorg, overstapbudget) in 'Doorlopende lijnen'.",
        "financien": "'Geld en middelen' gives verdeelmodel table with criteria and tariffs; the meerjarenbegroting is only referred to (absent 'bijlage 5', website) - besteding not addressed.",
        "dekkend-aanbod": "Continuum table with 4 niveaus; 'Geen gaten in het net' gives gap analysis, thuiszitterstafel and zorgplicht escalation.",
        "resultaten": "Dashboard table with beoogde resultaten 2029 (doelen); measuring/reporting explicitly deferred to a 2026 monitoringskader.",
        "ouders": "'Ouders en leerlingen': informatieavond, brochure, website, schoolgids = informatie; OJSP only announced for 2026 ('volgt'), no other independent help.",
    }
    return c, b, cr, el, adv, notes


# ==============================================================================================
# Plan C - PO, .pdf (rendered from a temporary .docx) : SWV PO De Waalboog
#   B present, P partial (procedure yes, criteria only on website), T missing (heading in TOC and
#   body with deferral, words in header and glossary), F present (tables only), D present,
#   R present (dashboard table incl. measuring columns), O partial (steunpunt yes, informatie no).
# ==============================================================================================

def plan_c():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs De Waalboog", regio="De Waalboog", periode="2025-2029",
             n_besturen=6, n_scholen=44, n_leerlingen="9.700",
             gemeenten="Waaldonk, Bemmelhout en Oosterlinge", bestuurder="dr. H. (Hatice) Yildiz",
             wetsartikel="artikel 18a van de Wet op het primair onderwijs (PO 25-09)",
             oogo_datum="28 januari 2025", opr_datum="11 maart 2025", vaststelling="19 maart 2025",
             ander_swv="Samenwerkingsverband VO Rivierenland-Noord", fte="9",
             besturen_tabel=[["Stichting Waalkracht", "15", "3.420"], ["Stichting Lingeschool", "11", "2.390"],
                             ["Stichting Openbaar Primair Bemmelhout", "9", "2.010"],
                             ["Stichting SBO Het Veer (sbo)", "1", "210"],
                             ["Stichting Speciaal Onderwijs Waalboog (so)", "2", "260"],
                             ["Vereniging Reformatorisch Onderwijs", "6", "1.410"]])
    b = [("title", "Ondersteuningsplan De Waalboog 2025 – 2029"),
         ("p", "Samenwerkingsverband Primair Onderwijs De Waalboog – PO 25-09\n'Zo thuisnabij als het kan'"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Visie, missie en ambities", "3 Context: de regio in beeld",
              "4 Terugblik op de vorige planperiode", "5 Het ondersteuningsaanbod", "5.1 Basisondersteuning",
              "5.2 Van basis naar speciaal", "5.3 Toelaatbaarheid", "5.4 Terugplaatsing en overplaatsing",
              "5.5 Hiaten in het aanbod en thuiszitters", "6 Financiën", "7 Opbrengsten: het resultatendashboard",
              "8 Ouders", "9 Samenwerking met gemeenten (OOGO)", "10 Organisatie, governance en medezeggenschap",
              "11 Personeel en professionalisering", "12 ICT, gegevensuitwisseling en privacy",
              "13 Bedrijfsvoering en interne beheersing", "14 Totstandkoming en planning", "Bijlage: begrippenlijst"])
    b += voorwoord(c) + leeswijzer(c) + visie(c) + context(c) + terugblik(c)
    b += [
        ("h1", "Het ondersteuningsaanbod"),
        ("h2", "Basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij in De Waalboog de ondersteuning die elke school van elk "
              "aangesloten bestuur, op elke vestiging, ten minste biedt. Dit minimum is door de besturen samen "
              "afgesproken en geldt voor ieder kind, zonder aanvraag. De afspraken zijn samengevat in de "
              "volgende kwaliteitskaart."),
        ("table", [["Bouwsteen", "Minimale afspraak voor elke school"],
                   ["Handelingsgericht werken", "Cyclisch werken met groepsoverzichten; minimaal drie "
                    "groepsbesprekingen per jaar"],
                   ["Intern begeleider", "Elke school heeft een geschoolde IB'er (post-hbo) met vaste uren"],
                   ["Leesproblemen en dyslexie", "Vroegsignalering in groep 2-3, interventies volgens protocol, "
                    "begeleiding bij vergoede dyslexiezorg"],
                   ["Taalontwikkeling", "NT2-aanpak voor nieuwkomers in de eerste twee jaar"],
                   ["Sociale veiligheid", "Gedragsprotocol, anti-pestbeleid en jaarlijkse leerlingvragenlijst"],
                   ["Consultatie", "Vrije inloop bij de orthopedagogen van het samenwerkingsverband (zes uur per "
                    "school per jaar)"],
                   ["Medisch handelen", "Protocol medicijnverstrekking en medisch handelen"]]),
        ("h2", "Van basis naar speciaal"),
        ("p", "Het aanbod in De Waalboog loopt als een trap van licht naar zwaar. Op niveau 1 (basis) "
              "handelt de leerkracht, ondersteund door de IB'er. Op niveau 2 (school-arrangement) zet de school "
              "extra handen of expertise in vanuit het eigen budget. Op niveau 3 (bovenschools arrangement) is er "
              "een aanbod dat meerdere scholen delen: de Schakelklas voor taalzwakke leerlingen, de Buitenklas "
              "voor kinderen die vastlopen in een grote groep en het Expertiseteam Gedrag. Op niveau 4 gaat het om "
              "plaatsing op SBO Het Veer of een van de so-locaties. Scholen kunnen bij elkaar hospiteren en "
              "leerlingen kunnen, met behoud van inschrijving, tijdelijk deelnemen aan een groep op een andere "
              "school."),
        ("h2", "Toelaatbaarheid"),
        ("p", "Voor plaatsing op het sbo of so is een TLV nodig. De school van herkomst bespreekt de aanvraag eerst "
              "in een groeidocumentgesprek met ouders. Daarna dient de directeur de aanvraag in bij het Loket "
              "Toewijzing van het samenwerkingsverband. Het loket controleert binnen vijf werkdagen of het "
              "dossier compleet is. Een orthopedagoog en een tweede deskundige brengen elk een schriftelijk "
              "advies uit, waarna de Toewijzingscommissie binnen zes weken besluit. Een TLV wordt voor maximaal "
              "twee jaar afgegeven."),
        ("p", "Welke criteria de Toewijzingscommissie bij haar afweging betrekt, staat uitgewerkt in de "
              "Beslisnotitie toelaatbaarheid op www.waalboog-po.nl/toewijzing."),
        ("h2", "Terugplaatsing en overplaatsing"),
        ("p", "Deze paragraaf wordt aangevuld in de voortgangsparagraaf 2026, nadat de werkgroep sbo-so haar "
              "verkenning heeft afgerond."),
        ("h2", "Hiaten in het aanbod en thuiszitters"),
        ("p", "Ieder schoolbestuur heeft zorgplicht. Lukt het een bestuur niet om binnen de wettelijke termijn "
              "een passende plek te vinden, dan meldt het bestuur dit bij het samenwerkingsverband. Het "
              "samenwerkingsverband roept dan binnen twee weken een casusoverleg bijeen met ouders, besturen, "
              "leerplicht en jeugdhulp en zet zo nodig een maatwerkbudget in. Elk geval wordt geregistreerd. "
              "Eens per jaar bespreekt het bestuur met de directeuren het overzicht van deze gevallen; waar "
              "hetzelfde probleem vaker voorkomt, wordt een nieuwe voorziening ontwikkeld of ingekocht. Kinderen "
              "die (dreigen te) gaan thuiszitten worden binnen vijf schooldagen gemeld bij het meldpunt "
              "thuiszitters."),
        ("h1", "Financiën"),
        ("p", "Tabel 6.1 toont het verdeelmodel, tabel 6.2 de meerjarenbegroting."),
        ("table", [["Tabel 6.1 Verdeelmodel", "Wie ontvangt", "Verdeelsleutel", "Bedrag 2025"],
                   ["Schoolbudget basis/extra", "Schoolbesturen", "€ 165 x leerlingen 1-10-2024", "€ 1.522.000"],
                   ["Bovenschoolse arrangementen", "Uitvoerende scholen", "Aantal geplaatste kinderen x € 5.200",
                    "€ 520.000"],
                   ["Expertiseteam Gedrag", "SWV (eigen personeel)", "Vaste formatie 4,2 fte", "€ 395.000"],
                   ["Maatwerkbudget", "School van inschrijving", "Besluit directeur SWV, max. € 15.000 per kind",
                    "€ 90.000"],
                   ["Groeibekostiging sbo", "SBO Het Veer", "Peildatum 1 februari", "€ 140.000"]]),
        ("table", [["Tabel 6.2 Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage lichte ondersteuning", "3.120", "3.090", "3.060", "3.020"],
                   ["Rijksbijdrage zware ondersteuning", "5.480", "5.430", "5.390", "5.350"],
                   ["Afdracht so (DUO)", "3.650", "3.620", "3.600", "3.590"],
                   ["Afdracht sbo", "910", "900", "890", "880"],
                   ["Schoolbudgetten", "1.522", "1.510", "1.495", "1.480"],
                   ["Bovenschoolse arrangementen", "520", "520", "520", "520"],
                   ["Expertiseteam Gedrag", "395", "405", "415", "425"],
                   ["Maatwerk", "90", "90", "90", "90"],
                   ["Bureau en bestuur", "780", "790", "800", "810"],
                   ["Resultaat", "-267", "-315", "-360", "-425"]]),
        ("h1", "Opbrengsten: het resultatendashboard"),
        ("table", [["Beoogd resultaat 2029", "Indicator", "Meetinstrument", "Frequentie", "Rapportage aan"],
                   ["Minder verwijzingen naar sbo", "Deelnamepercentage sbo van 2,4% naar 2,0%",
                    "DUO-telling 1 oktober", "Jaarlijks", "Bestuur en OPR (jaarverslag)"],
                   ["Kinderen met arrangement maken groei door", "80% behaalt de OPP-doelen",
                    "OPP-evaluatie in het loket", "Twee keer per jaar", "Directeurenoverleg"],
                   ["Geen thuiszitters langer dan 3 maanden", "Aantal langdurige thuiszitters = 0",
                    "Registratie meldpunt", "Per kwartaal", "Bestuur en gemeenten"],
                   ["Tevreden scholen", "Waardering dienstverlening ≥ 7,5", "Enquête scholen",
                    "Tweejaarlijks", "Algemene vergadering"]]),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onmisbare partners. Hoe scholen met ouders communiceren, bepaalt elke school zelf."),
        ("p", "Ouders die een onafhankelijk en deskundig luisterend oor zoeken, of die er met school niet uitkomen, "
              "kunnen terecht bij het Ouder- en Jeugdsteunpunt De Waalboog (spreekuur elke dinsdag en donderdag) "
              "en bij de onderwijsconsulenten. Bij een geschil over een beslissing van school of bestuur is er de "
              "klachtenregeling van het eigen bestuur; geschillen over toelating en verwijdering kunnen worden "
              "voorgelegd aan de Geschillencommissie passend onderwijs."),
    ]
    b += oogo(c, rich=True) + governance(c) + personeel(c) + ict_privacy(c) + kwaliteit_bedrijf(c)
    b += huisvesting_vervoer(c) + kennisdeling(c) + overgangen(c) + planning(c)
    b += wettelijke_tabel([["a. Samenhangend geheel en basisondersteuning", "5.1, 5.2, 5.5"],
                           ["b. Verdeling en besteding middelen, meerjarenbegroting", "6"],
                           ["c. Toelaatbaarheid sbo en so", "5.3"],
                           ["d. Terugplaatsing en overplaatsing", "5.4"],
                           ["e. Beoogde en behaalde resultaten", "7"],
                           ["f. Informatie aan ouders en onafhankelijke ondersteuning", "8"]])
    b += begrippen(BEGRIPPEN_PO) + afkortingen()
    false = ["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "ouders.informatie"]
    cr = crit(false)
    el = statuses(cr, touched=set())
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "financien": [], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    adv = {k: v for k, v in adv.items() if v}
    notes = {
        "basisondersteuning": "5.1: agreed minimum for every vestiging plus kwaliteitskaart table with concrete items.",
        "plaatsing": "5.3: procedure in prose (loket, 5 werkdagen, two deskundigen, commissie, 6 weeks, max 2 years); criteria only referred to a Beslisnotitie on the website.",
        "terugstroom": "5.4 heading exists (also in TOC, running header and begrippenlijst) but body only defers to the voortgangsparagraaf 2026; nothing else on return from sbo/so.",
        "financien": "Ch. 6 'Financiën' content is tables only: verdeelmodel with keys and amounts, meerjarenbegroting 2025-2028.",
        "dekkend-aanbod": "5.2 four-level continuum; 5.5 zorgplicht escalation, casusoverleg, registration and yearly gap analysis, meldpunt thuiszitters.",
        "resultaten": "Ch. 7 is a dashboard table only: goals with indicators plus measuring instrument, frequency and reporting columns.",
        "ouders": "Ch. 8: informing parents left to schools (no means named); OJSP, onderwijsconsulenten, klachtenregeling, geschillencommissie = steunpunt.",
    }
    return c, b, cr, el, adv, notes


# ==============================================================================================
# Plan D - VO, .md : SWV VO IJsselvallei
#   B missing (deferred until the landelijke norm; only glossary), P partial (criteria table yes,
#   procedure only on website), T present, F partial (begroting table yes, verdeelsleutel p.m.),
#   D partial (lacunes yes, continuum 'aanbodkaart volgt'), R present, O present ('Communicatie').
# ==============================================================================================

def plan_d():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs IJsselvallei", regio="de IJsselvallei",
             periode="2025-2029", n_besturen=8, n_scholen=23, n_leerlingen="18.300",
             gemeenten="Hattemerbroek, Olst-Wijhevelde, Brummerveen en Voorstervoorde",
             bestuurder="mr. R. (Roel) Hendriksen",
             wetsartikel="artikel 2.47 van de Wet voortgezet onderwijs 2020 (VO 23-05)",
             oogo_datum="6 februari 2025", opr_datum="25 maart 2025", vaststelling="2 april 2025",
             ander_swv="Samenwerkingsverband PO IJsselvallei", fte="16",
             besturen_tabel=[["Stichting Carmel-IJssel", "5", "5.840"], ["Stichting Openbaar VO IJsselvallei", "6", "4.910"],
                             ["Stichting Christelijk VO Brummerveen", "4", "3.770"],
                             ["Stichting Praktijkonderwijs IJssel (pro)", "2", "610"],
                             ["Stichting Vso Kameleon (vso)", "2", "480"], ["Stichting Vrije School Olst", "1", "690"],
                             ["Stichting Reformatorisch VO", "2", "1.560"], ["Stichting Tweetalig VO", "1", "440"]])
    b = [("title", "Ondersteuningsplan 2025-2029 Samenwerkingsverband VO IJsselvallei"),
         ("p", "Versie 1.0 – vastgesteld 2 april 2025 – VO 23-05. Webversie; de hoofdstukken zijn ook als losse "
               "pagina's te lezen.")]
    b += [("h1", "Inhoudsopgave"),
          ("ul", ["Voorwoord", "Inleiding en leeswijzer", "Visie, missie en ambities", "Context: de regio in beeld",
                  "Basisondersteuning", "Toewijzing van extra ondersteuning", "Doorlopende lijnen: terug naar het vo",
                  "Als er geen plek is", "Resultaten en kwaliteitszorg", "Financiën", "Communicatie en voorlichting",
                  "Samenwerking met gemeenten (OOGO)", "Organisatie, governance en medezeggenschap",
                  "Personeel en professionalisering", "ICT, gegevensuitwisseling en privacy",
                  "Totstandkoming en planning", "Begrippenlijst"])]
    b += voorwoord(c) + leeswijzer(c) + visie(c) + context(c) + terugblik(c)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De minister heeft aangekondigd dat er een landelijke norm voor basisondersteuning komt. Wij vinden "
              "het niet zinvol om vooruit te lopen op die norm. Zodra de norm wettelijk is verankerd, stellen we "
              "samen met de scholen een regionaal referentiekader vast; tot dat moment is deze paragraaf p.m."),
        ("h1", "Toewijzing van extra ondersteuning"),
        ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het vso en het "
              "praktijkonderwijs en wijst leerlingen aan voor lwoo. Hoe een aanvraag wordt ingediend, welke "
              "stukken nodig zijn en binnen welke termijn wordt beslist, staat in de Handleiding Toewijzing op "
              "onze website."),
        ("p", "Welke leerling in aanmerking komt, bepaalt de commissie aan de hand van de onderstaande criteria."),
        ("table", [["Voorziening", "Een leerling is toelaatbaar of wordt aangewezen als …", "Geldigheidsduur"],
                   ["Lwoo", "het IQ tussen 75 en 90 ligt en er op ten minste twee van de vier domeinen (begrijpend "
                    "lezen, technisch lezen, spellen, rekenen) een leerachterstand is van 25% tot 50%, waarvan één "
                    "domein begrijpend lezen of rekenen is; of bij IQ 91-120 als daarnaast sprake is van "
                    "prestatiemotivatie-, faalangst- of emotionele problematiek", "Duur van de vmbo-opleiding"],
                   ["Pro", "het IQ tussen 55 en 80 ligt en er op ten minste twee domeinen, waarvan één begrijpend "
                    "lezen of rekenen, een leerachterstand is van 50% of meer", "Duur van de opleiding"],
                   ["Vso cluster 4", "de leerling ernstige gedrags- of psychiatrische problemen heeft, vastgesteld "
                    "door een GZ-psycholoog of psychiater, waardoor deelname aan het regulier onderwijs ook met "
                    "een bovenschools arrangement niet mogelijk is gebleken", "1 tot 3 jaar"],
                   ["Vso cluster 3", "de leerling een (ernstige) verstandelijke, lichamelijke of langdurige medische "
                    "beperking heeft en specialistische zorg en begeleiding binnen de school nodig heeft",
                    "1 tot 5 jaar"]]),
        ("h1", "Doorlopende lijnen: terug naar het vo"),
        ("p", "Wij willen dat leerlingen die in het vso zitten, waar mogelijk weer aansluiten bij het regulier "
              "voortgezet onderwijs of het mbo. Uitgangspunt van ons beleid is dat terugkeer plaatsvindt op het "
              "moment dat het ontwikkelingsperspectief dat toelaat, en niet pas bij het aflopen van de TLV. "
              "Voorwaarde is dat er op de ontvangende school een ondersteuningsplan voor de eerste zes maanden "
              "ligt en dat ouders en leerling het eens zijn. Na de overstap heeft de leerling een vaste coach "
              "vanuit het vso, die gedurende een half jaar minstens eens per twee weken contact heeft met de "
              "mentor."),
        ("p", "Elke vso-leerling wordt jaarlijks in maart besproken in het OPP-evaluatiegesprek. Als de vso-school "
              "vaststelt dat terugkeer haalbaar is, meldt zij de leerling aan bij het Transferpunt van het "
              "samenwerkingsverband. Het Transferpunt zoekt binnen vier weken een passende vo-school en legt het "
              "voorstel voor aan de toewijzingscommissie, die besluit. Een evaluatie volgt na tien weken en na "
              "zes maanden. Loopt de TLV af zonder dat terugkeer haalbaar is, dan vraagt de vso-school uiterlijk "
              "drie maanden vóór de einddatum een nieuwe TLV aan."),
        ("h1", "Als er geen plek is"),
        ("p", "Een overzicht van ons aanbod, van licht tot specialistisch, werken we uit in een aanbodkaart die in "
              "2026 verschijnt."),
        ("p", "Voor jongeren die geen passende plek hebben, hanteren we een escalatieladder. Trede 1: de school "
              "van aanmelding of inschrijving onderzoekt binnen zes weken (eenmaal te verlengen met vier weken) "
              "welke ondersteuning nodig is en zoekt een plek. Trede 2: lukt dat niet, dan meldt het bestuur de "
              "leerling bij het Meldpunt Zorgplicht en organiseert het samenwerkingsverband binnen tien "
              "werkdagen een doorbraakoverleg met ouders, leerplicht en jeugdhulp. Trede 3: de "
              "directeur-bestuurder wijst een school aan en zet zo nodig een tijdelijk onderwijs-zorgtraject in, "
              "gefinancierd door samenwerkingsverband en gemeente samen. Alle meldingen worden geregistreerd en "
              "twee keer per jaar geanalyseerd; terugkerende patronen worden aan het bestuur voorgelegd."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "We formuleren voor deze planperiode de volgende beoogde resultaten. De kwaliteitsmedewerker "
              "verzamelt de gegevens; de resultaten worden in mei en november besproken met de besturen en "
              "jaarlijks opgenomen in het jaarverslag, dat ook aan de OPR wordt voorgelegd. Halverwege de "
              "planperiode voert een externe partij een audit uit."),
        ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Meer leerlingen in het regulier vo", "Deelname vso", "3,9%", "3,4%"],
                   ["Succesvolle terugkeer", "Teruggeplaatste leerlingen na 1 jaar nog op de vo-school", "71%", "85%"],
                   ["Geen thuiszitters", "Leerlingen > 3 maanden zonder aanbod", "9", "0"],
                   ["Diploma met lwoo", "Lwoo-leerlingen met diploma binnen nominaal + 1", "81%", "88%"],
                   ["Tevreden ouders", "Gemiddelde waardering oudervragenlijst", "6,9", "7,5"]]),
        ("h1", "Financiën"),
        ("p", "De verdeelsleutel van de middelen tussen de besturen is p.m.; de werkgroep financiën brengt in "
              "2026 een voorstel uit. De meerjarenbegroting ziet er als volgt uit."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "4.310", "4.270", "4.220", "4.180", "4.140"],
                   ["Baten zware ondersteuning", "6.850", "6.790", "6.720", "6.660", "6.600"],
                   ["Baten lwoo en pro", "7.920", "7.880", "7.830", "7.790", "7.740"],
                   ["Afdracht vso (DUO)", "4.210", "4.180", "4.150", "4.120", "4.100"],
                   ["Doorbetaling lwoo en pro aan besturen", "7.920", "7.880", "7.830", "7.790", "7.740"],
                   ["Middelen naar besturen (ondersteuning)", "3.950", "3.930", "3.900", "3.880", "3.850"],
                   ["Transferpunt en doorbraakoverleg", "480", "490", "500", "510", "520"],
                   ["Onderwijs-zorgtrajecten", "350", "350", "350", "350", "350"],
                   ["Bureau, bestuur en huisvesting", "1.640", "1.660", "1.680", "1.700", "1.720"],
                   ["Exploitatiesaldo", "530", "450", "360", "280", "200"]]),
        ("h1", "Communicatie en voorlichting"),
        ("p", "Het samenwerkingsverband zorgt ervoor dat ouders en leerlingen weten waar zij terechtkunnen. "
              "Elke vo-school publiceert in haar schoolgids welke ondersteuning zij biedt, en het "
              "samenwerkingsverband houdt een overzicht bij op de ouderpagina van de website. In oktober "
              "organiseren we samen met de PO-collega's een voorlichtingsavond voor ouders van groep 8 over "
              "lwoo, pro en ondersteuning in het vo; ouders van vso-leerlingen krijgen jaarlijks een brief over "
              "de mogelijkheden van terugkeer."),
        ("p", "Ouders en jongeren die onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt IJsselvallei, dat is ondergebracht bij een onafhankelijke welzijnsorganisatie, en "
              "bij Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld door de "
              "Landelijke Klachtencommissie Onderwijs."),
    ]
    b += oogo(c, rich=True) + governance(c) + personeel(c) + ict_privacy(c) + huisvesting_vervoer(c)
    b += kennisdeling(c) + planning(c) + \
        [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + BEGRIPPEN_VO)]
    false = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
             "financien.verdeling", "dekkend-aanbod.continuum"]
    cr = crit(false)
    el = statuses(cr, touched=set())
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Section 'Basisondersteuning' is an explicit p.m. awaiting the landelijke norm; term otherwise only in TOC and Begrippenlijst.",
        "plaatsing": "Criteria only in the table (lwoo/pro/vso, 'toelaatbaar als ...'); procedure, stukken and termijn referred to the Handleiding Toewijzing on the website.",
        "terugstroom": "'Doorlopende lijnen: terug naar het vo': beleid (moment, conditions, coach) and procedure (March evaluation, Transferpunt, commissie, evaluations).",
        "financien": "'Financiën': verdeelsleutel explicitly p.m.; meerjarenbegroting 2025-2029 table with amounts (besteding).",
        "dekkend-aanbod": "'Als er geen plek is': escalatieladder with terms, meldpunt zorgplicht, registration and analysis (lacunes); continuum deferred to a 2026 aanbodkaart.",
        "resultaten": "'Resultaten en kwaliteitszorg': goals table with nulmeting and streefwaarden; collection, May/November discussion, jaarverslag, audit.",
        "ouders": "'Communicatie en voorlichting': schoolgids, ouderpagina, voorlichtingsavond, letters; OJSP, onderwijsconsulenten, klachtencommissie.",
    }
    return c, b, cr, el, adv, notes


# ==============================================================================================
# Plan E - PO, .docx : SWV PO Duinstreek-Midden ("beleidsplan op hoofdlijnen")
#   B present (niveau prose, inhoud table only), P missing (reference to a separate Werkwijze),
#   T partial (beleid yes, procedure deferred to a protocol), F missing (begroting separate),
#   D missing (deferred analysis), R partial (monitoring calendar table, goals left to schools),
#   O missing (passing mentions only).
# ==============================================================================================

def plan_e():
    c = dict(naam="Samenwerkingsverband PO Duinstreek-Midden", regio="de Duinstreek", periode="2025-2029",
             n_besturen=5, n_scholen=38, n_leerlingen="8.100",
             gemeenten="Noordwijkerveld, Katwoude en Teylingerhout", bestuurder="ir. S. (Sanne) de Ruiter",
             wetsartikel="artikel 18a van de Wet op het primair onderwijs (PO 28-12)",
             oogo_datum="13 februari 2025", opr_datum="26 maart 2025", vaststelling="3 april 2025",
             ander_swv="Samenwerkingsverband VO Duin- en Bollenstreek", fte="7",
             besturen_tabel=[["Stichting Duinwijs", "14", "3.150"], ["Stichting Katholiek Onderwijs Katwoude", "10", "2.040"],
                             ["Stichting Openbaar Onderwijs Teylingerhout", "9", "1.890"],
                             ["Stichting SBO/SO De Duinroos", "2", "420"], ["Vereniging Christelijk Onderwijs Noordwijkerveld", "3", "600"]])
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2025-2029"),
         ("p", "Samenwerkingsverband PO Duinstreek-Midden (PO 28-12)\nBasisondersteuning | Toelaatbaarheid | "
               "Terugplaatsing | Financiën | Dekkend aanbod | Resultaten | Ouders"),
         ("pagebreak", None)]
    b += toc(["Voorwoord", "1 Inleiding en leeswijzer", "2 Visie, missie en ambities",
              "3 Context: de regio in beeld", "4 Basisondersteuning", "5 Toewijzing en toelaatbaarheid",
              "6 Terug naar de basisschool", "7 Dekkend aanbod", "8 Monitoring en kwaliteitszorg",
              "9 Geld en middelen", "10 Samenwerking met gemeenten (OOGO)",
              "11 Organisatie, governance en medezeggenschap", "12 Personeel en professionalisering",
              "13 ICT, gegevensuitwisseling en privacy", "14 Bedrijfsvoering en interne beheersing",
              "15 Totstandkoming en planning", "Bijlage: begrippenlijst"])
    b += voorwoord(c) + leeswijzer(c) + visie(c) + context(c)
    b += [
        ("p", "Dit ondersteuningsplan is nadrukkelijk een plan op hoofdlijnen. Het beschrijft het 'wat'; de "
              "scholen en besturen bepalen het 'hoe'. Uitwerkingen staan in afzonderlijke documenten die het "
              "bestuur vaststelt."),
        ("h1", "Basisondersteuning"),
        ("p", "In de Duinstreek hebben de vijf besturen afgesproken dat elke school, op elke vestiging, hetzelfde "
              "fundament aan ondersteuning biedt. Dat fundament noemen we de basisondersteuning. Het is een "
              "ondergrens: scholen mogen meer bieden, nooit minder. De afspraken zijn opgenomen in de "
              "Kwaliteitskaart Duinstreek hieronder."),
        ("table", [["Kwaliteitskaart Duinstreek", "Elke school …"],
                   ["Zicht op ontwikkeling", "volgt alle leerlingen met een genormeerd leerlingvolgsysteem en "
                    "bespreekt de uitkomsten twee keer per jaar per groep"],
                   ["Ondersteuningsteam", "heeft een ondersteuningsteam met IB'er, directeur en jeugdverpleegkundige "
                    "dat minimaal zes keer per jaar bijeenkomt"],
                   ["Dyslexie en dyscalculie", "werkt volgens de landelijke protocollen en biedt compenserende "
                    "en dispenserende maatregelen"],
                   ["Gedrag", "heeft een gedragsspecialist (opgeleid of in opleiding) beschikbaar binnen het bestuur"],
                   ["Taal", "biedt een doorgaande lijn woordenschat en extra taalaanbod voor NT2-leerlingen"],
                   ["Eigen leerlijn", "stelt voor leerlingen met een eigen leerlijn een OPP op"],
                   ["Executieve functies", "werkt met een schoolbrede aanpak voor plannen, organiseren en "
                    "zelfregulatie, met visuele dagstructuur in alle groepen"]]),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "Het samenwerkingsverband werkt bij de toewijzing van arrangementen en de afgifte van "
              "toelaatbaarheidsverklaringen volgens de Werkwijze Toewijzing 2024. Die werkwijze is als "
              "afzonderlijk document door het bestuur vastgesteld en maakt geen deel uit van dit plan."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Een plaatsing op het sbo of so is in de Duinstreek geen eindstation. Wij willen dat kinderen "
              "teruggaan naar een reguliere basisschool zodra hun ontwikkeling dat toelaat, bij voorkeur naar een "
              "school in de eigen woonkern. Terugplaatsing vindt plaats als de ontvangende school de "
              "ondersteuning uit het OPP kan bieden, ouders instemmen en de overstap aansluit bij een natuurlijk "
              "moment (na een vakantie of aan het begin van een leerjaar). Na de overstap begeleidt een "
              "ambulant begeleider van De Duinroos de leerling en de leerkracht gedurende zes maanden; in die "
              "periode blijft de plaats op De Duinroos beschikbaar."),
        ("p", "De stappen, de rolverdeling en de beslismomenten rond terugplaatsing worden uitgewerkt in een "
              "protocol terugplaatsing, dat in het voorjaar van 2026 gereed is."),
        ("h1", "Dekkend aanbod"),
        ("p", "Het samenwerkingsverband heeft de wettelijke opdracht om een samenhangend geheel van "
              "voorzieningen te realiseren. In de komende planperiode laten wij een analyse uitvoeren van het "
              "huidige aanbod en de behoeften in de regio. Op basis daarvan besluiten we in 2027 welke stappen "
              "nodig zijn. Ook het aantal thuiszitters blijft onze aandacht houden."),
        ("h1", "Monitoring en kwaliteitszorg"),
        ("p", "Welke resultaten we beogen, bepaalt elke school in haar eigen jaarplan. Het samenwerkingsverband "
              "volgt de ontwikkelingen volgens onderstaande monitoringkalender."),
        ("table", [["Wanneer", "Wat meten we", "Hoe", "Wie bespreekt", "Waar gerapporteerd"],
                   ["Oktober", "Aantallen TLV's, arrangementen en verwijzingen per school", "Registratie loket en "
                    "DUO-telling", "Directeurenoverleg", "Kwartaalrapportage"],
                   ["Februari", "Voortgang leerlingen met OPP", "Uitstroomprofielen en OPP-evaluaties via de scholen",
                    "Intern begeleiders-netwerk", "Voortgangsparagraaf"],
                   ["April", "Tevredenheid scholen en ouders over ondersteuning", "Digitale vragenlijst",
                    "Bestuur en OPR", "Jaarverslag"],
                   ["Juni", "Thuiszitters en vrijstellingen", "Gegevens leerplicht", "Bestuur en gemeenten",
                    "Jaarverslag"],
                   ["Elke 2 jaar", "Kwaliteit basisondersteuning", "Schoolbezoek met kijkwijzer door consulent",
                    "Bestuur per school", "Auditrapport"]]),
        ("h1", "Geld en middelen"),
        ("p", "De verdeling van de middelen over de besturen en de meerjarenbegroting worden jaarlijks door het "
              "bestuur vastgesteld in de begroting van het samenwerkingsverband. Deze documenten maken geen deel "
              "uit van dit ondersteuningsplan."),
    ]
    b += oogo(c, rich=False) + governance(c, opr_ouders=False) + personeel(c) + ict_privacy(c)
    b += kwaliteit_bedrijf(c) + huisvesting_vervoer(c) + kennisdeling(c) + overgangen(c) + terugblik(c)
    b += [("h1", "Strategische thema's voor de jaarplannen"),
          ("p", "Naast de wettelijke onderwerpen kiest het bestuur elk jaar een beperkt aantal strategische thema's "
                "voor het jaarplan. Voor de eerste twee jaren van de planperiode zijn dat: het verminderen van de "
                "administratieve last voor scholen bij aanvragen, het versterken van de netwerken van intern "
                "begeleiders, een gezamenlijke aanpak van het lerarentekort met de besturen en de pabo, en een "
                "betere aansluiting tussen de digitale systemen van scholen en samenwerkingsverband. Per thema "
                "benoemt het jaarplan een eigenaar, een planning en de benodigde inzet. Het bestuur bespreekt "
                "de voortgang in elke vergadering en stelt zo nodig bij. Ideeën voor nieuwe thema's kunnen "
                "directeuren, intern begeleiders en leden van de ondersteuningsplanraad het hele jaar aandragen "
                "bij het bureau.")]
    b += planning(c)
    b += wettelijke_tabel([["a. Basisondersteuning en samenhangend geheel", "4 en 7"],
                           ["b. Middelen en meerjarenbegroting", "9"],
                           ["c. Toelaatbaarheid sbo en so", "5"],
                           ["d. Terugplaatsing", "6"],
                           ["e. Resultaten", "8"],
                           ["f. Ouders", "11"]])
    b += begrippen(BEGRIPPEN_PO) + afkortingen()
    false = ["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
             "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
             "ouders.informatie", "ouders.steunpunt"]
    cr = crit(false)
    el = statuses(cr, touched=set())
    adv = {"basisondersteuning": ["borging"]}
    notes = {
        "basisondersteuning": "Ch. 4: agreed minimum 'ondergrens' for every vestiging in prose; concrete content only in the Kwaliteitskaart table; biennial kijkwijzer visit in the monitoring table = borging.",
        "plaatsing": "Ch. 5 only refers to a separate 'Werkwijze Toewijzing 2024' that is not part of the plan; TLV otherwise only in TOC/title page/glossary.",
        "terugstroom": "Ch. 6 'Terug naar de basisschool' states beleid (aims, conditions, 6-month ambulant support); steps/roles/decision moments deferred to a 2026 protocol.",
        "financien": "Ch. 9 'Geld en middelen' only says verdeling and meerjarenbegroting are separate documents; 'middelen' elsewhere in passing (voorwoord).",
        "dekkend-aanbod": "Ch. 7 'Dekkend aanbod' restates the legal task and defers an analysis to 2027; thuiszitters mention is passing; OOGO section only procedural.",
        "resultaten": "Ch. 8: monitoring calendar table (what, how, who, where reported) but intended results left to each school's jaarplan.",
        "ouders": "No content on informing parents or independent help; only passing mentions (voorwoord thanks, visie pillar, terugplaatsing condition 'ouders instemmen', title page, running footer, glossary/afkortingen OJSP); OPR paragraph does not mention parents.",
    }
    return c, b, cr, el, adv, notes


# ==============================================================================================
# Near miss - .html : schoolondersteuningsprofiel of one PO school (not an SWV plan)
# ==============================================================================================

def near_miss():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026 – OBS De Wilgenhoek, Waaldonk"),
         ("p", "Dit schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning onze school biedt. Het maakt "
               "deel uit van onze schoolgids. Onze school is aangesloten bij Samenwerkingsverband Primair "
               "Onderwijs De Waalboog (PO 25-09); het ondersteuningsplan van het samenwerkingsverband is de basis "
               "voor dit profiel. De medezeggenschapsraad heeft advies uitgebracht over dit profiel."),
         ("h1", "1 Onze school"),
         ("p", "OBS De Wilgenhoek is een openbare basisschool met 214 leerlingen in negen groepen. We werken met "
               "het model van de instructiegevoelige groep en hebben een plusgroep voor groep 5 tot en met 8. "
               "Ons team bestaat uit 16 leerkrachten, een intern begeleider (0,6 fte), twee onderwijsassistenten "
               "en een gedragsspecialist die we delen met een andere school van ons bestuur."),
         ("h1", "2 Basisondersteuning op De Wilgenhoek"),
         ("p", "De basisondersteuning is afgesproken binnen het samenwerkingsverband. Op onze school betekent "
               "dat het volgende."),
         ("table", [["Ondersteuningsniveau", "Wat doen wij", "Wie"],
                    ["Niveau 1 – basisaanbod in de groep", "Instructie op drie niveaus, groepsplan, observaties",
                     "Leerkracht"],
                    ["Niveau 2 – extra zorg in de groep", "Verlengde instructie, pre-teaching, korte "
                     "interventies van 6 weken", "Leerkracht, onderwijsassistent"],
                    ["Niveau 3 – speciale zorg met IB", "Handelingsplan, consultatie orthopedagoog, "
                     "leerlingbespreking", "IB'er en leerkracht"],
                    ["Niveau 4 – arrangement", "Arrangement vanuit het schoolbudget of bovenschools "
                     "arrangement via het samenwerkingsverband", "IB'er, ouders, consulent SWV"],
                    ["Niveau 5 – verwijzing", "Aanvraag TLV voor sbo of so bij het samenwerkingsverband",
                     "Directeur, IB'er, ouders"]]),
         ("h1", "3 Onze grenzen"),
         ("p", "Wij kunnen niet alles bieden. Kinderen die voortdurend één-op-één begeleiding nodig hebben, of bij "
               "wie de veiligheid van andere kinderen in het geding komt, kunnen wij niet op een goede manier "
               "helpen. Ons gebouw heeft geen lift; kinderen in een rolstoel kunnen de bovenverdieping niet "
               "bereiken. In dat geval zoeken wij samen met ouders en het samenwerkingsverband naar een school "
               "die wel kan bieden wat nodig is."),
         ("h1", "4 Ouders"),
         ("p", "Ouders worden betrokken vanaf het eerste signaal. De leerkracht neemt contact op als hij of zij "
               "zich zorgen maakt. Bij niveau 3 en hoger worden ouders uitgenodigd voor het gesprek met de IB'er. "
               "Ouders kunnen voor onafhankelijk advies terecht bij het Ouder- en Jeugdsteunpunt van het "
               "samenwerkingsverband. Over de TLV-procedure, bezwaar en terugplaatsing leest u meer in het "
               "ondersteuningsplan van het samenwerkingsverband."),
         ("h1", "5 Ambities van de school"),
         ("p", "In 2025-2026 scholen wij het team in het werken met executieve functies en breiden we de "
               "plusgroep uit naar groep 4. We willen het aantal verwijzingen naar het sbo laag houden; in de "
               "afgelopen drie jaar werden twee leerlingen verwezen. De middelen uit het schoolbudget van het "
               "samenwerkingsverband zetten we in voor de onderwijsassistenten."),
         ("h1", "6 Ondersteuningsmiddelen op schoolniveau"),
         ("table", [["Middelen 2025-2026", "Bedrag"],
                    ["Schoolbudget samenwerkingsverband (214 x € 165)", "€ 35.310"],
                    ["Inzet onderwijsassistent (0,8 fte)", "€ 41.000"],
                    ["Aanvulling uit bestuursmiddelen", "€ 5.690"]]),
         ("h1", "7 Vaststelling"),
         ("p", "Dit profiel is vastgesteld door het bestuur van Stichting Openbaar Primair Bemmelhout op 12 juni "
               "2025, na advies van de medezeggenschapsraad van de school. Het profiel wordt jaarlijks "
               "geactualiseerd.")]
    return b


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = {}

    # Plan A: docx
    c, b, cr, el, adv, notes = plan_a()
    render_docx(b, OUT / "po-kempenzoom-2025.docx",
                header="Ondersteuningsplan 2025-2029 – SWV Passend Primair Kempenzoom",
                footer="Vastgesteld 25 maart 2025 – pagina-indeling concept")
    write_label("po-kempenzoom-2025", ["po-kempenzoom-2025.docx"], "po", el, cr, adv, notes)
    report["po-kempenzoom-2025"] = words(b)

    # Plan B: docx + pdf
    c, b, cr, el, adv, notes = plan_b()
    render_docx(b, OUT / "vo-waterland-oost.docx", header="SWV VO Waterland-Oost | Ondersteuningsplan 2025-2029",
                footer="VO 27-13 | Resultaten, middelen en ondersteuning")
    docx_to_pdf(OUT / "vo-waterland-oost.docx", OUT / "vo-waterland-oost.pdf")
    write_label("vo-waterland-oost", ["vo-waterland-oost.docx", "vo-waterland-oost.pdf"], "vo", el, cr, adv, notes)
    report["vo-waterland-oost"] = words(b)

    # Plan C: pdf only (from a temporary docx)
    c, b, cr, el, adv, notes = plan_c()
    tmp = Path(tempfile.mkdtemp(prefix="holdout166_c_"))
    try:
        src = tmp / "po-waalboog-2025.docx"
        render_docx(b, src, header="Ondersteuningsplan | Basisondersteuning · Toelaatbaarheid · Terugplaatsing · "
                                   "Middelen · Ouders", footer="SWV PO De Waalboog – PO 25-09")
        docx_to_pdf(src, OUT / "po-waalboog-2025.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label("po-waalboog-2025", ["po-waalboog-2025.pdf"], "po", el, cr, adv, notes)
    report["po-waalboog-2025"] = words(b)

    # Plan D: markdown
    c, b, cr, el, adv, notes = plan_d()
    render_md(b, OUT / "vo-ijsselvallei-op.md")
    write_label("vo-ijsselvallei-op", ["vo-ijsselvallei-op.md"], "vo", el, cr, adv, notes)
    report["vo-ijsselvallei-op"] = words(b)

    # Plan E: docx
    c, b, cr, el, adv, notes = plan_e()
    render_docx(b, OUT / "po-duinstreek-hoofdlijnen.docx",
                header="SWV PO Duinstreek-Midden – ondersteuningsplan op hoofdlijnen",
                footer="Ouders · Resultaten · Dekkend aanbod")
    write_label("po-duinstreek-hoofdlijnen", ["po-duinstreek-hoofdlijnen.docx"], "po", el, cr, adv, notes)
    report["po-duinstreek-hoofdlijnen"] = words(b)

    # Near miss: html
    b = near_miss()
    render_html(b, OUT / "sop-wilgenhoek-2025.html", "Schoolondersteuningsprofiel OBS De Wilgenhoek")
    write_label("sop-wilgenhoek-2025", ["sop-wilgenhoek-2025.html"], "po", {}, {}, {},
                {"document": "School-level schoolondersteuningsprofiel (SOP) of one basisschool; it refers to the "
                             "SWV's plan but is not an ondersteuningsplan of a samenwerkingsverband (no OPR/OOGO, "
                             "no planperiode, adopted by a school board after MR advice)."},
                looks_like_plan=False)
    report["sop-wilgenhoek-2025"] = words(b)

    for k, v in report.items():
        print(f"{k}: ~{v} words")


if __name__ == "__main__":
    main()
