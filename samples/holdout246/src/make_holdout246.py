#!/usr/bin/env python3
"""Generate holdout set 246: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script (holdout246/).
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- generic filler
def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste dat is geschreven na de grote evaluatie van het stelsel. In de afgelopen jaren hebben de {c['nbesturen']} aangesloten schoolbesturen veel geleerd. Leerlingen, ouders, leraren en partners hebben ons laten weten wat goed gaat en wat beter moet. Dat heeft dit plan gevormd."),
        ("p", f"Het plan is tot stand gekomen in een lang traject. Werkgroepen met intern begeleiders, ondersteuningscoördinatoren, directeuren en bestuurders hebben teksten geschreven en besproken. We voerden gesprekken met wethouders en beleidsmedewerkers van de gemeenten {c['gemeenten']}. De ondersteuningsplanraad heeft kritisch meegelezen. Waar het plan abstract blijft, is dat een bewuste keuze: een ondersteuningsplan is geen handboek. Waar het concreet is, spreken we onszelf aan op wat we hebben opgeschreven."),
        ("p", f"Wij danken iedereen die heeft bijgedragen. Wij hopen dat het plan een levend document wordt, waar scholen, besturen en onze partners de komende vier jaar houvast aan hebben.\n\n{c['bestuurder']}, directeur-bestuurder {c['naam']}"),
    ]

def leeswijzer(c):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst het wettelijk kader en de totstandkoming van dit plan. Daarna volgen onze visie en koers en een beschrijving van de regio. Het hart van het plan gaat over de organisatie van de ondersteuning en over hoe we met scholen, gemeenten en andere partners samenwerken. Aan het eind vindt u de paragrafen over governance, personeel, planning en een begrippenlijst. Waar in dit plan over 'scholen' wordt gesproken, bedoelen we alle vestigingen van de aangesloten besturen, tenzij anders vermeld."),
    ]

def wettelijk_kader(c):
    return [
        ("h1", "1 Inleiding en wettelijk kader"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast ({c['artikel']}). De wet noemt onderwerpen die in het plan aan bod moeten komen, zoals de basisondersteuning, de toelaatbaarheid tot het speciaal onderwijs, terugplaatsing, de verdeling van middelen, de beoogde en bereikte resultaten en de informatie aan ouders. Dit hoofdstuk beschrijft niet die inhoud zelf, maar hoe het plan tot stand kwam en hoe het zich verhoudt tot andere documenten."),
        ("p", f"{c['naam']} ({c['code']}) is een stichting. Aangesloten zijn {c['nbesturen']} schoolbesturen met samen {c['nscholen']} scholen en ongeveer {c['nlln']} leerlingen. Het plan geldt voor de schooljaren {c['periode']}, dat wil zeggen van 1 augustus {c['start']} tot en met 31 juli {c['eind']}. Het plan is op {c['vastgesteld']} vastgesteld door het bestuur, nadat de ondersteuningsplanraad op {c['opr_datum']} instemming had verleend en het op overeenstemming gericht overleg met de gemeenten op {c['oogo_datum']} was afgerond. Het plan is vóór 1 mei {c['start']} aan de inspectie gezonden."),
        ("p", "Naast dit ondersteuningsplan kennen we een jaarplan en een jaarbegroting, een jaarverslag en de schoolondersteuningsprofielen of schoolgidsen van de scholen. Het ondersteuningsplan geeft de richting; het jaarplan vertaalt die richting naar activiteiten voor één schooljaar. Wijzigingen in dit plan gedurende de planperiode leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad."),
    ]

def visie(c):
    return [
        ("h1", "2 Visie, missie en koers"),
        ("h2", "2.1 Onze visie"),
        ("p", f"Ieder kind in {c['regio']} verdient onderwijs dat past bij wie het is en wat het nodig heeft. Wij geloven dat de meeste kinderen het beste tot hun recht komen op een school dicht bij huis, samen met kinderen uit hun eigen buurt. Waar dat niet lukt, zorgen we samen voor een plek waar het wel lukt. Passend onderwijs is geen doel op zich, maar een middel om kinderen een ononderbroken ontwikkeling te geven. Dat vraagt om leraren die zich gesteund voelen, om scholen die van elkaar leren en om een samenwerkingsverband dat dienstbaar is."),
        ("p", "Wij kijken naar mogelijkheden, niet naar beperkingen. We werken handelingsgericht: we beschrijven wat een leerling nodig heeft, wat de leraar nodig heeft en wat de ouders nodig hebben, in plaats van labels en diagnoses centraal te stellen. Resultaten zien wij niet alleen in cijfers, maar ook in het welbevinden van kinderen en in het vertrouwen van ouders en leraren."),
        ("h2", "2.2 Missie en kernwaarden"),
        ("p", f"Onze missie luidt: 'Samen zorgen dat ieder kind in {c['regio']} naar school gaat en zich daar kan ontwikkelen.' Vier kernwaarden geven richting aan ons handelen:"),
        ("ul", ["Nabij: ondersteuning zo dicht mogelijk bij de leerling en de klas.",
                "Samen: schoolbesturen, gemeenten en partners nemen gezamenlijk verantwoordelijkheid.",
                "Eenvoudig: zo weinig mogelijk bureaucratie, zo veel mogelijk tijd voor het kind.",
                "Transparant: we leggen uit wat we doen en waarom, ook als het gaat om geld."]),
        ("h2", "2.3 Koers voor de komende jaren"),
        ("p", "In de komende planperiode willen we drie bewegingen maken. Van reageren naar voorkomen: meer investeren in de kwaliteit van de klas en minder in losse trajecten. Van ieder voor zich naar samen: scholen delen expertise en voorzieningen. Van papier naar praktijk: minder formulieren en meer gesprekken aan tafel. Deze koers is in de werkgroepen besproken en is herkenbaar in de hoofdstukken die volgen."),
    ]

def regio(c):
    return [
        ("h2", "Onze regio"),
        ("p", f"Het werkgebied van {c['naam']} omvat de gemeenten {c['gemeenten']}. Het is een gebied met een stedelijke kern en een landelijk deel met kleine kernen. In het landelijke deel daalt het aantal leerlingen, in de kern groeit het licht. Dat heeft gevolgen voor de spreiding van voorzieningen en voor het leerlingenvervoer. De besturen verschillen in omvang: van een eenpitter tot een bestuur met meer dan twintig scholen. De denominaties lopen uiteen van openbaar tot protestants-christelijk, rooms-katholiek en algemeen bijzonder."),
        ("p", "De sociaaleconomische situatie verschilt sterk per wijk. In sommige wijken is de onderwijsachterstand groot en is er veel vraag naar jeugdhulp, in andere wijken is de vraag beperkt. Het lerarentekort is voelbaar, vooral in de stad. Deze context maakt dat een aanpak die overal hetzelfde is, niet overal even goed werkt."),
    ]

def governance(c, opr_parents=True):
    blocks = [
        ("h1", "Governance en medezeggenschap"),
        ("h2", "Bestuur en toezicht"),
        ("p", f"{c['naam']} is een stichting met een directeur-bestuurder en een raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden. De directeur-bestuurder is eindverantwoordelijk voor de uitvoering van dit plan en legt daarover verantwoording af aan de raad van toezicht. Twee keer per jaar komen alle aangesloten besturen bijeen in het bestuurlijk overleg. Dat overleg adviseert de directeur-bestuurder over beleid, begroting en jaarplan."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en het toezichtskader. De raad van toezicht hanteert de code goed bestuur van de sector. De statuten bevatten een regeling voor het beslechten van geschillen tussen de aangesloten besturen."),
        ("h2", "Ondersteuningsplanraad"),
    ]
    if opr_parents:
        blocks.append(("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR bestaat uit {c['opr_leden']} leden: de helft is ouder{c['opr_lln']}, de helft personeelslid van een van de aangesloten scholen. De leden worden afgevaardigd door de medezeggenschapsraden. Zo kunnen ouders via de OPR meepraten over het beleid van het samenwerkingsverband. De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris."))
    else:
        blocks.append(("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en heeft op {c['opr_datum']} met dit plan ingestemd. De OPR vergadert zes keer per jaar, heeft een eigen reglement en wordt ondersteund door een ambtelijk secretaris. Het reglement is te vinden op onze website."))
    blocks.append(("p", "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor de medewerkers van het bureau. Deze raad adviseert onder meer over het formatieplan en het personeelsbeleid van het bureau."))
    return blocks

def oogo_proc(c):
    return [
        ("h2", "Op overeenstemming gericht overleg"),
        ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten {c['gemeenten']}. Het overleg is op {c['oogo_datum']} afgerond met een gezamenlijk verslag. Tevens is overleg gevoerd met {c['ander_swv']}, waarvan het werkgebied overlapt met het onze. Onderwerpen als leerlingenvervoer, onderwijshuisvesting en thuiszitters kwamen daarbij aan de orde; de gemeenten hebben geen zienswijze ingediend die tot aanpassing van het plan leidde."),
    ]

def oogo_inhoud(c):
    return [
        ("h2", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Onderwijs en jeugdhulp raken elkaar dagelijks. Met de gemeenten {c['gemeenten']} hebben we afgesproken dat iedere school een vaste contactpersoon heeft in het lokale team of wijkteam. Deze contactpersoon sluit ten minste vier keer per jaar aan bij het ondersteuningsteam van de school. Voor leerlingen die zowel onderwijs als zorg nodig hebben, maken school, jeugdhulpaanbieder en gemeente samen een onderwijs-zorgarrangement, waarbij de gemeente de zorgcomponent en het samenwerkingsverband of schoolbestuur de onderwijscomponent bekostigt."),
        ("p", "In het OOGO zijn daarnaast afspraken gemaakt over leerlingenvervoer, onderwijshuisvesting en de aansluiting tussen onderwijs en arbeidsmarkt. Eens per jaar evalueren de wethouders onderwijs en jeugd met de directeur-bestuurder de gemaakte afspraken."),
    ]

def personeel(c):
    return [
        ("h1", "Personeel en organisatie van het bureau"),
        ("p", f"Het bureau van {c['naam']} telt {c['fte']} fte. Het bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), een managementassistent, orthopedagogen en onderwijsconsulenten van het loket. Het bureau is gehuisvest in {c['kantoor']}. Medewerkers vallen onder de cao van de sector. Het samenwerkingsverband investeert in de deskundigheid van de eigen medewerkers via intervisie en een individueel scholingsbudget."),
        ("p", "De inzet van personeel op de scholen is een verantwoordelijkheid van de schoolbesturen. Wel zien we dat passend onderwijs vraagt om leraren die handelingsbekwaam zijn in het omgaan met verschillen. Het lerarentekort maakt dit lastiger. In het bestuurlijk overleg bespreken we jaarlijks de gevolgen van dit plan voor het personeel van de scholen, zoals werkdruk en de inzet van onderwijsassistenten."),
    ]

def professionalisering(c):
    return [
        ("h2", "Kennisdeling en professionalisering"),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor intern begeleiders, ondersteuningscoördinatoren en leraren. Er zijn netwerkbijeenkomsten voor intern begeleiders per subregio, een leergang handelingsgericht werken en een jaarlijkse studiedag. Het aanbod wordt samengesteld op basis van een behoeftepeiling onder de scholen. Kennis die in een school of voorziening aanwezig is, willen we beter delen; daarvoor starten we met een digitaal kennisplatform."),
    ]

def ict(c):
    return [
        ("h2", "ICT en digitale middelen"),
        ("p", "Het loket werkt met een beveiligde digitale omgeving voor aanvragen en dossiers. Scholen leveren gegevens aan via deze omgeving en ontvangen daar ook besluiten. We vervangen in de planperiode het huidige systeem, omdat het niet meer voldoet aan de eisen van gebruiksgemak. De middelen voor deze vervanging zijn opgenomen in de begroting van het bureau. Leerlingen met een ondersteuningsbehoefte maken op school steeds vaker gebruik van digitale hulpmiddelen, zoals voorleessoftware; de aanschaf daarvan is een zaak van de school."),
    ]

def privacy(c):
    return [
        ("h2", "Privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover dat nodig is voor de wettelijke taken. We hebben een privacyreglement en een functionaris gegevensbescherming. Dossiers worden bewaard tot drie jaar na het besluit waarop zij betrekking hebben en daarna vernietigd. Alleen medewerkers die het dossier voor hun taak nodig hebben, hebben toegang."),
    ]

def huisvesting(c):
    return [
        ("h2", "Leerlingenvervoer en huisvesting"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Wel hebben zij grote invloed op de mogelijkheden van leerlingen. Een lange reistijd naar een speciale school is voor sommige kinderen een reden om een plek dichter bij huis te zoeken. Wij vragen de gemeenten daarom bij besluiten over vervoer en huisvesting rekening te houden met de gevolgen voor passend onderwijs. De middelen voor vervoer en huisvesting lopen niet via het samenwerkingsverband."),
    ]

def overstap_po_vo(c):
    return [
        ("h2", "Overstap van primair naar voortgezet onderwijs"),
        ("p", f"De doorstroom van groep 8 naar het voortgezet onderwijs vraagt om een warme overdracht. Samen met {c['ander_swv']} hebben we een overstapkalender afgesproken. Basisscholen dragen uiterlijk in maart het onderwijskundig rapport over. Voor leerlingen met een ondersteuningsbehoefte vindt een overdrachtsgesprek plaats tussen de intern begeleider en de ondersteuningscoördinator van de nieuwe school. De overstapkalender wordt ieder jaar in september geactualiseerd en aan alle scholen toegestuurd."),
    ]

def planning(c, rows):
    return [
        ("h1", "Planning en ontwikkelagenda"),
        ("p", "Onderstaande tabel geeft de belangrijkste activiteiten per schooljaar. De uitwerking volgt in de jaarplannen. De planning is indicatief; het bestuur kan prioriteiten verschuiven als de omstandigheden daarom vragen."),
        ("table", [["Schooljaar", "Activiteit", "Eigenaar"]] + rows),
    ]

def bureau(c):
    return [
        ("h2", "Bereikbaarheid van het bureau"),
        ("p", f"Het bureau van {c['naam']} is op werkdagen bereikbaar tussen 8.30 en 16.30 uur. Scholen kunnen voor overleg altijd contact opnemen met de vaste contactpersoon van het bureau. Het bezoekadres is {c['kantoor']}. In de schoolvakanties is het bureau beperkt bereikbaar."),
    ]

def risico(c):
    return [
        ("h2", "Uitdagingen in de uitvoering"),
        ("p", "De uitvoering van dit plan kent onzekerheden. Het lerarentekort, de daling van het leerlingaantal in het landelijk gebied, de druk op de jeugdhulp en landelijke beleidswijzigingen kunnen ertoe leiden dat we niet alles realiseren wat we ons voornemen. We bespreken deze ontwikkelingen in het bestuurlijk overleg en met de OPR, en passen zo nodig onze prioriteiten aan. Landelijke ontwikkelingen rond de norm voor basisondersteuning en de versterking van de positie van ouders volgen we nauwlettend."),
    ]

def begrippen(entries):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + entries)]

STD_BEGRIPPEN = [
    ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."],
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren, waarin de verwachte inkomsten en uitgaven zijn opgenomen."],
    ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
    ["OPR", "Ondersteuningsplanraad; medezeggenschapsorgaan met instemmingsrecht op het ondersteuningsplan."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen over onderwijs en ondersteuning."],
    ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders en scholen adviseert als het vastloopt."],
    ["SOP", "Schoolondersteuningsprofiel: beschrijving van de ondersteuning die een school biedt."],
    ["Terugplaatsing", "Overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring; besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."],
    ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden langer dan vier weken niet naar school gaat."],
    ["Verdeelmodel", "De systematiek waarmee het samenwerkingsverband middelen verdeelt over scholen en besturen."],
]

# ---------------------------------------------------------------- rendering
def toc(blocks):
    lines, page = [], 3
    for i, b in enumerate(blocks):
        if b[0] in ("h1", "h2") and b[1] not in ("Inhoudsopgave",):
            page += 1 if b[0] == "h1" else 0
            lines.append(("  " if b[0] == "h2" else "") + f"{b[1]} .......... {page}")
    return [("h1", "Inhoudsopgave")] + [("toc", l) for l in lines]

def with_toc(title_blocks, body):
    return title_blocks + toc(body) + body

def write_docx(blocks, path, header_text):
    doc = Document()
    doc.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
        doc.sections[0].footer.paragraphs[0].text = header_text.split("|")[0].strip() + " – pagina"
    for kind, content in blocks:
        if kind == "title":
            doc.add_heading(content, level=0)
        elif kind == "h1":
            doc.add_heading(content, level=1)
        elif kind == "h2":
            doc.add_heading(content, level=2)
        elif kind == "p":
            for part in content.split("\n\n"):
                doc.add_paragraph(part)
        elif kind == "toc":
            doc.add_paragraph(content)
        elif kind == "ul":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in content:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for r, row in enumerate(content):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))

def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           f'<header><p class="running">{html.escape(title)}</p></header>', "<main>"]
    in_nav = False
    for kind, content in blocks:
        if kind == "toc" and not in_nav:
            out.append("<nav><ul>")
            in_nav = True
        if kind != "toc" and in_nav:
            out.append("</ul></nav>")
            in_nav = False
        e = html.escape
        if kind == "title":
            out.append(f"<h1 class=\"title\">{e(content)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(content)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(content)}</h3>")
        elif kind == "p":
            for part in content.split("\n\n"):
                out.append(f"<p>{e(part)}</p>")
        elif kind == "toc":
            out.append(f"<li>{e(content.strip())}</li>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in content) + f"</{kind}>")
        elif kind == "table":
            rows = [f"<tr>{''.join('<th>' + e(x) + '</th>' for x in content[0])}</tr>"]
            rows += [f"<tr>{''.join('<td>' + e(x) + '</td>' for x in r)}</tr>" for r in content[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    if in_nav:
        out.append("</ul></nav>")
    out += ["</main>", f"<footer><p>{html.escape(title)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")

def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout246_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

CRIT = [("basisondersteuning", ["niveau", "inhoud"]), ("plaatsing", ["procedure", "criteria"]),
        ("terugstroom", ["procedure", "beleid"]), ("financien", ["verdeling", "besteding"]),
        ("dekkend-aanbod", ["continuum", "lacunes"]), ("resultaten", ["doelen", "monitoring"]),
        ("ouders", ["informatie", "steunpunt"])]

def status(el, crit):
    vals = [crit[f"{el}.{c}"] for c in dict(CRIT)[el]]
    return vals

def write_label(path, documents, sector, crit, advisory, notes):
    elems = []
    for el, cs in CRIT:
        vals = [crit[f"{el}.{c}"] for c in cs]
        if all(vals):
            st = "present"
        elif any(vals) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        elems.append(f"{el}: {st}")
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(elems) + "}", "criteria:"]
    for el, cs in CRIT:
        for c in cs:
            lines.append(f"  {el}.{c}: {'true' if crit[el + '.' + c] else 'false'}")
    lines.append("advisory_addressed:")
    for el, cs in CRIT:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el, cs in CRIT:
        if el in notes:
            lines.append(f"  {el}: \"{notes[el]}\"")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

# ================================================================ PLAN 1: PO, docx
P1 = dict(naam="Samenwerkingsverband PO Rivierenland-West", kort="SWV Rivierenland-West", code="PO 26-91",
          regio="Rivierenland-West", gemeenten="Lingehaven, Waalzande en Oostermeer", periode="2026-2030",
          start="2026", eind="2030", vastgesteld="24 maart 2026", opr_datum="10 maart 2026",
          oogo_datum="17 februari 2026", nbesturen="elf", nscholen="68", nlln="11.900",
          bestuurder="drs. M. (Marleen) van Asperen", artikel="artikel 18a van de Wet op het primair onderwijs",
          ander_swv="het samenwerkingsverband VO Rivierenland", fte="9,4", kantoor="Dijkstraat 14 in Lingehaven",
          opr_leden="twaalf", opr_lln="")

def plan1():
    c = P1
    body = []
    body += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + visie(c) + regio(c)
    body += [
        ("h1", "3 Organisatie van de ondersteuning"),
        ("p", "In dit hoofdstuk beschrijven we hoe de ondersteuning in ons verband is georganiseerd: wat iedere school biedt, welke extra ondersteuning er is en hoe een leerling een plek in het speciaal basisonderwijs of speciaal onderwijs kan krijgen. We onderscheiden drie lagen: de basisondersteuning op elke school, de extra ondersteuning via arrangementen, en de specialistische plekken in sbo en so."),
        ("h2", "3.1 Wat elke school biedt"),
        ("p", "De elf besturen hebben in 2025 opnieuw vastgelegd wat zij onder basisondersteuning verstaan. Het is de ondergrens: iedere vestiging van iedere aangesloten school biedt deze ondersteuning, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is en zonder aanvullende middelen van het samenwerkingsverband. Een school mag meer bieden, maar niet minder. De afspraken gelden ook voor nevenvestigingen en voor scholen die zich tijdens de planperiode aansluiten."),
        ("p", "Concreet betekent dit dat ouders op iedere school het volgende mogen verwachten:"),
        ("ul", ["een intern begeleider met een aanstelling van ten minste 0,1 fte per 100 leerlingen, die het ondersteuningsteam van de school voorzit;",
                "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de schoolmaatschappelijk werker of de contactpersoon van het wijkteam en op afroep de orthopedagoog van het samenwerkingsverband;",
                "een dyslexie- en dyscalculieprotocol dat aansluit bij de landelijke protocollen, inclusief de signalering vanaf groep 2 en de begeleiding tot en met groep 8;",
                "een programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol, met een jaarlijkse meting van de sociale veiligheid;",
                "aanbod voor leerlingen die meer aankunnen, ten minste in de vorm van verrijking in de eigen groep en compacten van de leerstof;",
                "een protocol medische handelingen en afspraken over het toedienen van medicijnen;",
                "het opstellen van een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning ontvangt of die op een of meer vakgebieden een eigen leerlijn volgt;",
                "handelingsgericht en planmatig werken, zichtbaar in groepsplannen of een vergelijkbare cyclische werkwijze."]),
        ("p", "Iedere school beschrijft in haar schoolondersteuningsprofiel hoe zij deze afspraken invult. Eens per twee jaar bezoekt de kwaliteitsmedewerker van het samenwerkingsverband iedere school met de kwaliteitskaart basisondersteuning. Scoort een school op een of meer onderdelen onvoldoende, dan maakt het bestuur binnen drie maanden een verbeterplan, waarvan de uitvoering een jaar later opnieuw wordt getoetst."),
        ("h2", "3.2 Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning niet volstaat, kan de school extra ondersteuning inzetten. Dat gebeurt in drie stappen. Eerst zet de school haar eigen schoolbudget in, bijvoorbeeld voor een onderwijsassistent of een kleine instructiegroep. Daarnaast kan de school een arrangement aanvragen bij het samenwerkingsverband: een individueel arrangement met inzet van een specialist, of een plek in een van de bovenschoolse voorzieningen. Voor leerlingen voor wie ook dat niet volstaat, is er het speciaal basisonderwijs of het speciaal onderwijs."),
        ("p", "Het samenwerkingsverband kent de volgende bovenschoolse voorzieningen:"),
        ("table", [["Voorziening", "Voor wie", "Plaatsen", "Locatie"],
                   ["Taalklas Rivierenland", "nieuwkomers 4-12 jaar, eerste jaar in Nederland", "32", "Lingehaven"],
                   ["Plusklas De Uitdaging", "(hoog)begaafde leerlingen groep 5-8, één dag per week", "60", "Waalzande en Oostermeer"],
                   ["Observatiegroep De Brug", "jonge kinderen 4-7 jaar met een onduidelijke ontwikkelingsvraag, maximaal 12 weken", "10", "Lingehaven"],
                   ["Ambulante begeleiding gedrag", "leerlingen met ernstige gedragsproblemen in de reguliere groep", "op aanvraag", "op school"]]),
        ("p", "Binnen ons gebied liggen twee scholen voor speciaal basisonderwijs (De Wilg en Het Kompas) en één school voor speciaal onderwijs cluster 3 en 4 met twee locaties. Leerlingen die onderwijs nodig hebben dat in de regio niet wordt geboden, kunnen naar so-scholen buiten de regio. Of dit geheel van voorzieningen voldoende is en waar kinderen tussen wal en schip vallen, brengen we in de loop van de planperiode in beeld; een analyse daarvan is nog niet gemaakt."),
        ("h2", "3.3 Toelaatbaarheid tot sbo en so"),
        ("p", "Een leerling kan alleen worden ingeschreven op een sbo- of so-school als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag verloopt als volgt:"),
        ("ol", ["Het bevoegd gezag van de school waar de leerling staat ingeschreven (of is aangemeld) dient de aanvraag in via het digitale loket. De aanvraag bevat het OPP, het verslag van het ondersteuningsteam en het groeidocument.",
                "De medewerker van het loket toetst binnen vijf werkdagen of de aanvraag compleet is.",
                "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede deskundige zoals een kinderpsychiater, maatschappelijk werker of jeugdarts. Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
                "De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na ontvangst van de complete aanvraag.",
                "Het besluit wordt verzonden aan het schoolbestuur en aan de wettelijk vertegenwoordigers, samen met een afschrift van beide deskundigenadviezen."]),
        ("p", "Een leerling is toelaatbaar tot het sbo wanneer de school aantoonbaar de basisondersteuning en ten minste één jaar extra ondersteuning heeft geboden, het OPP laat zien dat de leerling in de reguliere groep onvoldoende tot ontwikkeling komt en de ondersteuningsbehoefte vraagt om een kleinere groep met een specialistische aanpak gedurende de hele schooldag. Een leerling is toelaatbaar tot het so wanneer bovendien sprake is van een ontwikkelingsvraag die een specifieke expertise vereist die in het sbo niet beschikbaar is, zoals bij een ernstige verstandelijke beperking, langdurige ziekte of complexe psychiatrische problematiek, en beide deskundigen dat onderschrijven. In spoedsituaties kan de commissie binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden afgeven."),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, een TLV voor het so voor ten hoogste twee schooljaren, met bekostigingscategorie laag, midden of hoog volgens de landelijke indeling."),
        ("p", "Voor terugplaatsing geldt in ons verband een helder uitgangspunt: een plek in sbo of so is waar mogelijk tijdelijk. Terugkeer naar een reguliere school dicht bij huis is het doel zodra de ontwikkeling van de leerling dat toelaat en de ontvangende school de benodigde ondersteuning kan bieden. Voorwaarde is dat de s(b)o-school en de ontvangende school het eens zijn over het moment en dat de ontvangende school de ondersteuning uit het OPP kan voortzetten. Een leerling die terugkeert, krijgt gedurende het eerste jaar een terugkeerarrangement: ambulante begeleiding door de s(b)o-school van twee dagdelen per week en een budget van € 4.000 voor de ontvangende school. De precieze stappen en het moment waarop de TLV wordt geëvalueerd, leggen we vast in een protocol terugplaatsing dat in 2027 gereed moet zijn."),
    ]
    body += [("h1", "4 Samen werken")]
    body += oogo_inhoud(c) + oogo_proc(c) + overstap_po_vo(c) + professionalisering(c)
    body += [
        ("h1", "5 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de verplichte afdrachten aan het sbo en so via DUO verdelen we het resterende budget volgens een vast verdeelmodel, dat het bestuur in december 2025 heeft vastgesteld."),
        ("p", "De verdeling kent drie onderdelen. Iedere school ontvangt een schoolbudget van € 165 per leerling op de teldatum 1 februari van het voorgaande jaar, plus een vaste voet van € 6.500 per vestiging. Arrangementen worden bekostigd uit een centraal budget: de Commissie Toelaatbaarheid kent arrangementen toe op basis van de aanvraag en het OPP, tot een maximum van € 12.000 per leerling per schooljaar. De bovenschoolse voorzieningen ontvangen een vast bedrag per plaats. Het schoolbudget wordt in twee termijnen uitbetaald aan het bestuur, in september en in februari."),
        ("p", "Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 november in een korte rapportage aan het samenwerkingsverband, waarin zij aangeven voor welke leerlingen en met welke inzet de middelen zijn gebruikt."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "15.840", "15.610", "15.390", "15.200"],
                   ["Afdrachten sbo en so (DUO)", "-6.920", "-6.880", "-6.850", "-6.820"],
                   ["Schoolbudgetten", "-2.410", "-2.380", "-2.350", "-2.320"],
                   ["Arrangementen", "-2.650", "-2.650", "-2.600", "-2.600"],
                   ["Bovenschoolse voorzieningen", "-1.820", "-1.840", "-1.860", "-1.880"],
                   ["Bureau, loket en kwaliteit", "-1.330", "-1.350", "-1.370", "-1.390"],
                   ["Resultaat", "710", "510", "360", "190"]]),
        ("p", "De algemene reserve bedroeg op 31 december 2025 € 2,9 miljoen. Dat is boven de signaleringswaarde. Het positieve resultaat in de begroting vloeit niet naar de reserve: het bestuur heeft besloten de reserve in vier jaar terug te brengen tot het niveau van het weerstandsvermogen, door jaarlijks € 400.000 extra in te zetten op de arrangementen."),
        ("h1", "6 Kwaliteit en resultaten"),
        ("p", "Wat willen we bereiken voor leerlingen die extra ondersteuning nodig hebben? Het bestuur heeft voor de planperiode de volgende beoogde resultaten vastgesteld:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Deelname sbo en so samen (peildatum 1 oktober)", "3,4%", "ten hoogste 3,0%"],
                   ["Leerlingen met arrangement die de doelen uit hun OPP grotendeels halen", "niet gemeten", "80%"],
                   ["Doorlooptijd TLV-aanvraag (gemiddeld)", "7 weken", "5 weken"],
                   ["Scholen die alle onderdelen van de kwaliteitskaart basisondersteuning op orde hebben", "71%", "95%"],
                   ["Tevredenheid intern begeleiders over het loket (schaal 1-10)", "6,8", "7,5"]]),
        ("p", "Deze resultaten volgen we met een vaste cyclus. Het bureau verzamelt twee keer per jaar gegevens uit DUO, het loketsysteem en de kwaliteitskaarten. De directeur-bestuurder rapporteert in februari en september aan de raad van toezicht en de OPR in een kwaliteitsrapportage. In het jaarverslag beschrijven we de bereikte resultaten ten opzichte van de streefwaarden en de kosten per voorziening. Halverwege de planperiode, in 2028, evalueren we de resultaten met de besturen en stellen we de streefwaarden zo nodig bij."),
    ]
    body += personeel(c) + ict(c) + privacy(c) + huisvesting(c)
    body += governance(c, opr_parents=False) + bureau(c) + risico(c)
    body += planning(c, [["2026-2027", "Actualiseren kwaliteitskaart; start nieuw loketsysteem", "bureau"],
                         ["2026-2027", "Opstellen protocol terugplaatsing", "werkgroep sbo/so"],
                         ["2027-2028", "Evaluatie verdeelmodel", "bestuurlijk overleg"],
                         ["2028-2029", "Tussenevaluatie resultaten", "directeur-bestuurder"],
                         ["2029-2030", "Voorbereiding nieuw ondersteuningsplan", "bureau en OPR"]])
    body += begrippen(STD_BEGRIPPEN)
    title = [("title", f"Ondersteuningsplan {c['periode']}"),
             ("p", f"{c['naam']} ({c['code']})\nVastgesteld op {c['vastgesteld']}\n\nSamen zorgen voor passend onderwijs: basisondersteuning, arrangementen, toelaatbaarheid, ouders en middelen")]
    return with_toc(title, body)

P1_CRIT = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
           "plaatsing.procedure": True, "plaatsing.criteria": True,
           "terugstroom.procedure": False, "terugstroom.beleid": True,
           "financien.verdeling": True, "financien.besteding": True,
           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
           "resultaten.doelen": True, "resultaten.monitoring": True,
           "ouders.informatie": False, "ouders.steunpunt": False}
P1_ADV = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
          "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
          "resultaten": ["meetbaar"]}
P1_NOTES = {
    "basisondersteuning": "3.1 'Wat elke school biedt': agreed minimum for every vestiging plus concrete list; kwaliteitskaart audit every two years (borging).",
    "plaatsing": "3.3: steps, deciding Commissie Toelaatbaarheid, 6 weeks, sbo/so criteria, two deskundigen, duration/category (no bezwaar route).",
    "terugstroom": "Only a policy paragraph at the end of TLV section 3.3 (aim, condition, terugkeerarrangement); steps and evaluation moment deferred to a protocol 'in 2027'.",
    "financien": "Chapter 5 'Geld en middelen': verdeelmodel with per-leerling amount and vaste voet; meerjarenbegroting table with amounts; reserves paragraph.",
    "dekkend-aanbod": "3.2 describes basis-arrangement-sbo/so continuum and voorzieningen table; gap analysis explicitly not yet made (deferral); thuiszitters only named in OOGO list; ketenpartners in 4 (OZA).",
    "resultaten": "Chapter 6: table of beoogde resultaten with streefwaarden and twice-yearly monitoring/reporting cycle.",
    "ouders": "No section on informing parents or independent help; OJSP/Onderwijsconsulenten only in the begrippenlijst; OPR paragraph does not describe parents' role.",
}

# ================================================================ PLAN 2: VO, pdf
P2 = dict(naam="Samenwerkingsverband VO Kempenland", kort="SWV VO Kempenland", code="VO 30-97",
          regio="de Kempen", gemeenten="Eersel-Bergeijk, Reusel, Hoogeloon-Vessem en Valkenhorst", periode="2026-2030",
          start="2026", eind="2030", vastgesteld="2 april 2026", opr_datum="19 maart 2026",
          oogo_datum="3 maart 2026", nbesturen="zes", nscholen="14", nlln="9.700",
          bestuurder="J.P. (Joost) Verhagen MEd", artikel="artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en volgende WVO 2020)",
          ander_swv="het samenwerkingsverband PO De Kempen", fte="14,2", kantoor="Markt 3 in Valkenhorst",
          opr_leden="tien", opr_lln=" of leerling")

def plan2():
    c = P2
    body = []
    body += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c)
    body += [
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", "De vorige planperiode stond in het teken van het opbouwen van de Kempenroute: één loket voor alle vragen van scholen, een vaste trajectbegeleider per school en een gezamenlijke werkwijze voor aanvragen. Daarnaast is het OPDC verhuisd naar een nieuw gebouw en zijn de afspraken met de gemeenten over thuiszitters herzien. Niet alles is gelukt: de beschrijving van de basisondersteuning is minder ver gekomen dan gehoopt, en de samenwerking met de mbo-instellingen is nog broos."),
    ]
    body += visie(c)
    body += [
        ("h2", "2.4 Ambities en beoogde resultaten"),
        ("p", "Onze koers vertalen we naar concrete ambities voor leerlingen die extra ondersteuning nodig hebben. Aan het eind van de planperiode, op 31 juli 2030, willen we het volgende bereikt hebben:"),
        ("ul", ["Geen enkele leerling zit langer dan drie maanden thuis zonder passend onderwijsaanbod; het aantal thuiszitters op de teldatum is gedaald van 23 (2025) naar maximaal 8.",
                "Het deelnamepercentage vso daalt van 4,1% naar 3,6%, zonder dat het aantal thuiszitters of vrijstellingen stijgt.",
                "Ten minste 85% van de leerlingen die een OPDC-traject afronden, stroomt binnen een jaar succesvol terug naar een reguliere vo-school of stroomt door naar het mbo.",
                "Ten minste 90% van de leerlingen met een lwoo-aanwijzing haalt een diploma in de leerweg waarvoor zij zijn aangewezen.",
                "Het aandeel pro-leerlingen dat één jaar na uitstroom nog werk of een opleiding heeft, stijgt van 74% naar 85%."]),
        ("p", "Hoe we deze ambities de komende jaren gaan volgen, welke bronnen we daarvoor gebruiken en op welke momenten we erover rapporteren, werken we in het eerste planjaar samen met de besturen uit. Tot die tijd blijven de ambities richtinggevend."),
    ]
    body += regio(c)
    body += [
        ("h1", "3 Organisatie van de ondersteuning"),
        ("h2", "3.1 Basisondersteuning"),
        ("p", "Alle scholen en vestigingen in de Kempen, inclusief het praktijkonderwijs, bieden hetzelfde afgesproken minimumniveau van ondersteuning. De schoolbesturen hebben in het bestuurlijk overleg van november 2025 vastgesteld dat dit niveau voor alle vestigingen bindend is en dat geen enkele vestiging een leerling mag doorverwijzen voor ondersteuning die binnen dit niveau valt. Het niveau geldt voor alle leerwegen en alle leerjaren."),
        ("p", "Hoe dat minimumniveau er per school concreet uitziet, wordt op dit moment opnieuw beschreven. Een werkgroep van ondersteuningscoördinatoren stelt in de loop van schooljaar 2026-2027 de nieuwe Kempenkaart basisondersteuning op, die de oude kaart uit 2018 vervangt. Zolang die kaart er niet is, verwijzen we naar de schoolgidsen van de scholen."),
        ("h2", "3.2 Van extra ondersteuning naar specialistisch aanbod"),
        ("p", "Boven op de basisondersteuning kennen we een oplopende reeks van ondersteuning. Iedere school heeft een ondersteuningsteam en een zorgadviesteam met partners uit jeugdhulp, leerplicht en jeugdgezondheidszorg. De school kan een arrangement aanvragen bij het loket; een trajectbegeleider van het samenwerkingsverband denkt mee en kan binnen twee weken een handelingsgericht advies geven. Het samenwerkingsverband kent de volgende bovenschoolse voorzieningen en arrangementen:"),
        ("table", [["Niveau", "Aanbod", "Voor wie"],
                   ["1 Basis", "Basisondersteuning volgens de Kempenkaart (zie 3.1)", "alle leerlingen"],
                   ["2 Extra op school", "Trajectvoorziening, lwoo-ondersteuning, schoolarrangement met begeleider passend onderwijs", "leerlingen met extra ondersteuningsbehoefte"],
                   ["3 Bovenschools", "OPDC De Overstap (max. 40 plekken, 3-12 maanden), Reboundvoorziening, Kempenklas voor hoogbegaafde leerlingen", "leerlingen die tijdelijk niet in de reguliere klas kunnen"],
                   ["4 Onderwijs-zorg", "Onderwijs-zorgarrangementen met jeugdhulp (dagbesteding + onderwijs)", "leerlingen met een combinatie van onderwijs- en zorgvragen"],
                   ["5 Speciaal", "Vso cluster 3 en 4 (De Kempenhof, De Linde), praktijkonderwijs (Praktijkschool Eersel)", "leerlingen met een TLV of pro-toelaatbaarheid"]]),
        ("h2", "3.3 Dekkend netwerk en thuiszitters"),
        ("p", "Ieder jaar in oktober maakt het bureau een analyse van het aanbod aan de hand van de aanvragen bij het loket, de wachtlijsten van OPDC en vso, en de meldingen van leerplicht. In de analyse van 2025 zagen we twee witte vlekken: er is geen passend aanbod voor havo- en vwo-leerlingen met een autismespectrumstoornis die in een grote school vastlopen, en de wachttijd voor het OPDC liep op tot elf weken. Voor de eerste groep start per 1 augustus 2027 een kleinschalige havo/vwo-voorziening op de locatie van het Kempencollege; voor het OPDC breiden we het aantal plekken per 1 januari 2027 uit van 32 naar 40."),
        ("p", "Iedere leerling die langer dan vier weken thuiszit, wordt besproken in het Kempen Thuiszittersoverleg. Daaraan nemen deel: de leerplichtambtenaar, de trajectbegeleider van het samenwerkingsverband, de school en het lokale team. Binnen twee weken na de eerste bespreking ligt er een plan. Lukt dat niet, dan kan de directeur-bestuurder gebruikmaken van de doorzettingsmacht die het bestuur hem heeft gegeven: hij kan een school aanwijzen die de leerling tijdelijk plaatst, met extra middelen van het samenwerkingsverband. De scholen hebben afgesproken dat zij hun zorgplicht gezamenlijk invullen: een leerling voor wie geen plek is, is een zaak van alle besturen."),
        ("h2", "3.4 Toelaatbaarheid tot vso, lwoo en praktijkonderwijs"),
        ("p", "Het samenwerkingsverband besluit over de toelaatbaarheid tot het vso, over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. Alle aanvragen lopen via de Commissie Toewijzing Kempen (CTK)."),
        ("p", "Vso. Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in. De aanvraag bevat het OPP, een verslag van het multidisciplinair overleg waaraan ouders en leerling hebben deelgenomen, en de zienswijze van ouders en leerling. Een orthopedagoog of GZ-psycholoog en een tweede deskundige (jeugdarts, psychiater of maatschappelijk werker, afhankelijk van de vraag) adviseren elk afzonderlijk en schriftelijk. De CTK besluit binnen zes weken. Een leerling is toelaatbaar tot het vso als (a) de reguliere school gedurende ten minste een half jaar extra ondersteuning heeft geboden en geëvalueerd, (b) de deskundigen vaststellen dat de ondersteuningsbehoefte de mogelijkheden van het regulier onderwijs en de bovenschoolse voorzieningen structureel te boven gaat, en (c) het OPP een uitstroomperspectief bevat dat in het vso beter haalbaar is. De TLV geldt voor één, twee of vier schooljaren, met bekostigingscategorie laag, midden of hoog."),
        ("p", "Lwoo en pro. Voor lwoo en pro volgt het samenwerkingsverband de landelijke criteria (leerachterstand, intelligentie en, voor lwoo, sociaal-emotionele problematiek). Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen. De basisschool levert de gegevens uiterlijk 1 maart aan via het overstapdossier; de CTK besluit uiterlijk 15 april. Lwoo-aanwijzingen gelden voor de gehele opleiding, toelaatbaarheid tot pro voor de duur van de opleiding."),
        ("p", "Tegen besluiten van de CTK kunnen ouders en meerderjarige leerlingen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en besluit binnen twaalf weken op het bezwaar."),
        ("h2", "3.5 Na afloop van de TLV"),
        ("p", "Een TLV is in de Kempen nooit een eindstation. Ons beleid is dat iedere vso-leerling bij wie dat verantwoord is, terugkeert naar het regulier voortgezet onderwijs, bij voorkeur naar een school in de eigen woonplaats. Terugkeer gebeurt alleen als de leerling dat zelf wil, als het OPP laat zien dat de leerling in een grotere groep kan functioneren en als er een ontvangende school is die de benodigde ondersteuning kan bieden."),
        ("p", "De vso-school bespreekt ieder jaar in januari bij de evaluatie van het OPP of terugplaatsing mogelijk is. In het laatste jaar van de TLV is dit gesprek verplicht en neemt de trajectbegeleider van het samenwerkingsverband eraan deel. Adviseert het gesprek terugplaatsing, dan zoekt de trajectbegeleider samen met ouders en leerling een ontvangende school; die school beslist binnen zes weken over de inschrijving. Na de overstap krijgt de leerling een overgangsarrangement van een half jaar: de vso-school levert ambulante begeleiding en de ontvangende school ontvangt € 3.500 uit het budget voor arrangementen. Als terugplaatsing (nog) niet verantwoord is, vraagt de vso-school uiterlijk drie maanden voor het einde van de TLV een nieuwe TLV aan."),
        ("p", "In schooljaar 2024-2025 keerden 14 vso-leerlingen terug naar het regulier onderwijs; 11 van hen zaten een jaar later nog op die school."),
    ]
    body += [("h1", "4 Samen werken")]
    body += oogo_inhoud(c) + oogo_proc(c)
    body += [
        ("h2", "4.3 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met scholen via een maandelijkse nieuwsbrief voor ondersteuningscoördinatoren en via het bestuurlijk overleg. Voor ouders en leerlingen hebben we een aparte aanpak."),
        ("p", "Ouders en leerlingen vinden op www.swvkempenland.nl een ouderpagina met uitleg over de ondersteuning in het voortgezet onderwijs: wat iedere school biedt, welke arrangementen en voorzieningen er zijn en hoe een aanvraag verloopt. Er is een folder 'Passend onderwijs in de Kempen' in het Nederlands, Engels, Pools en Arabisch, die iedere basisschool in groep 8 meegeeft. Ieder jaar in november organiseren we twee informatieavonden voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte. Daarnaast staat in de schoolgids van iedere vo-school een verwijzing naar het ondersteuningsaanbod van de school en van het samenwerkingsverband."),
        ("p", "Soms lopen ouders of leerlingen vast, of zijn ze het niet eens met de school of met het samenwerkingsverband. Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Kempen. Het steunpunt is ondergebracht bij een onafhankelijke stichting, werkt niet in opdracht van scholen en adviseert uitsluitend in het belang van de leerling. Het steunpunt is bereikbaar via telefoon en e-mail en houdt wekelijks spreekuur in Valkenhorst. Ouders kunnen ook terecht bij Onderwijsconsulenten en bij de Geschillencommissie passend onderwijs. De signalen die het steunpunt ontvangt, bespreekt het twee keer per jaar geanonimiseerd met de directeur-bestuurder."),
        ("p", "Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad. Leerlingen met een ondersteuningsbehoefte worden gehoord bij het opstellen van hun OPP."),
    ]
    body += professionalisering(c)
    body += [
        ("h1", "5 Financiën"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en, sinds de integratie in passend onderwijs, voor lwoo en pro. De afdrachten voor vso en praktijkonderwijs verlopen via DUO. Het resterende budget verdelen we als volgt:"),
        ("ul", ["Lichte ondersteuning: iedere school ontvangt € 118 per leerling (teldatum 1 oktober van het voorgaande jaar) en een vaste voet van € 20.000 per vestiging.",
                "Lwoo: de middelen voor lwoo worden doorbetaald aan de scholen naar rato van het aantal leerlingen met een lwoo-aanwijzing op 1 oktober, tegen het landelijke bedrag.",
                "Arrangementen en bovenschoolse voorzieningen: de CTK kent arrangementen toe op basis van een aanvraag; het OPDC en de reboundvoorziening ontvangen een vast bedrag per plek per jaar.",
                "Thuiszitters: de directeur-bestuurder beschikt over een flexibel budget voor maatwerk bij thuiszitters."]),
        ("p", "Het verdeelmodel is in 2025 geëvalueerd en ongewijzigd voortgezet. Wijzigingen in het verdeelmodel besluit het bestuur na advies van het bestuurlijk overleg, uiterlijk op 1 april voorafgaand aan het schooljaar waarin de wijziging ingaat. Scholen leggen jaarlijks in hun jaarverslag verantwoording af over de inzet van de middelen voor lichte ondersteuning en lwoo."),
        ("p", "De meerjarenbegroting maakt geen deel uit van dit plan. Het bestuur stelt haar ieder jaar in december vast, samen met de jaarbegroting; beide documenten worden na vaststelling op de website geplaatst."),
    ]
    body += personeel(c) + ict(c) + privacy(c) + huisvesting(c)
    body += governance(c, opr_parents=True) + bureau(c) + risico(c)
    body += planning(c, [["2026-2027", "Kempenkaart basisondersteuning", "werkgroep ondersteuningscoördinatoren"],
                         ["2026-2027", "Uitbreiding OPDC naar 40 plekken", "bureau"],
                         ["2027-2028", "Start havo/vwo-voorziening", "Kempencollege en bureau"],
                         ["2028-2029", "Evaluatie verdeelmodel", "bestuurlijk overleg"],
                         ["2029-2030", "Nieuw ondersteuningsplan", "bureau en OPR"]])
    body += begrippen(STD_BEGRIPPEN + [["Lwoo", "Leerwegondersteunend onderwijs."], ["OPDC", "Orthopedagogisch-didactisch centrum."], ["Pro", "Praktijkonderwijs."]])
    title = [("title", f"Ondersteuningsplan {c['periode']}"),
             ("p", f"{c['naam']} ({c['code']})\n'Iedere leerling een plek'\nVastgesteld op {c['vastgesteld']}")]
    return with_toc(title, body)

P2_CRIT = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
           "plaatsing.procedure": True, "plaatsing.criteria": True,
           "terugstroom.procedure": True, "terugstroom.beleid": True,
           "financien.verdeling": True, "financien.besteding": False,
           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
           "resultaten.doelen": True, "resultaten.monitoring": False,
           "ouders.informatie": True, "ouders.steunpunt": True}
P2_ADV = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
          "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
          "ouders": ["betrokkenheid"]}
P2_NOTES = {
    "basisondersteuning": "3.1: binding minimum level for all vestigingen stated, but concrete content deferred to the Kempenkaart 'in de loop van 2026-2027' and the schoolgidsen (table row '1 Basis' only refers back to the Kempenkaart).",
    "plaatsing": "3.4: vso procedure (bevoegd gezag, CTK, 6 weeks), criteria (a)-(c), lwoo/pro national criteria and dates, two deskundigen, duration/category, bezwaar via LBT.",
    "terugstroom": "3.5 'Na afloop van de TLV' inside the TLV chapter: policy and conditions, yearly OPP evaluation in January, last-year meeting, overgangsarrangement; figures 2024-2025.",
    "financien": "Chapter 5: verdeelmodel with amounts per leerling and vaste voet; no begroting with amounts - meerjarenbegroting explicitly not part of the plan (website).",
    "dekkend-aanbod": "3.2 level table 1-5 (continuum) and 3.3 yearly gap analysis with witte vlekken, actions with dates, thuiszittersoverleg and doorzettingsmacht.",
    "resultaten": "2.4 'Ambities en beoogde resultaten' gives measurable targets; how they are monitored and reported is deferred ('werken we in het eerste planjaar uit'). Terugblik has no results.",
    "ouders": "Inside 4.3 'Communicatie': ouderpagina, folder in four languages, info evenings; independent Ouder- en Jeugdsteunpunt Kempen, Onderwijsconsulenten, Geschillencommissie.",
}

# ================================================================ PLAN 3: PO, pdf
P3 = dict(naam="Stichting Passend Primair De Waarden", kort="De Waarden", code="PO 28-93",
          regio="De Waarden", gemeenten="Gorkum-West, Zederveld en Alblasmeer", periode="2026-2030",
          start="2026", eind="2030", vastgesteld="31 maart 2026", opr_datum="16 maart 2026",
          oogo_datum="26 februari 2026", nbesturen="negen", nscholen="52", nlln="8.300",
          bestuurder="mr. H. (Hanneke) Bouwman", artikel="artikel 18a van de Wet op het primair onderwijs",
          ander_swv="het samenwerkingsverband VO Waarden en Lek", fte="7,8", kantoor="Kerkplein 2 in Zederveld",
          opr_leden="acht", opr_lln="")

def plan3():
    c = P3
    body = []
    body += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + visie(c) + regio(c)
    body += [
        ("h1", "3 Samen werken aan een passende plek"),
        ("p", "Dit hoofdstuk gaat over de vraag hoe we samen zorgen dat ieder kind een passende plek heeft. We beschrijven wat iedere school biedt, welke ondersteuning er boven op die basis is, hoe we gaten in het aanbod opsporen, hoe een kind naar het speciaal (basis)onderwijs gaat en hoe het daar weer vandaan komt."),
        ("h2", "3.1 De basis op iedere school"),
        ("p", "De negen besturen van De Waarden hebben afgesproken dat alle 52 scholen, inclusief hun nevenvestigingen, ten minste het niveau bieden dat in de onderstaande kaart staat. Dit is het gezamenlijke minimum; het staat niet ter discussie per school of per bestuur. De kaart is in januari 2026 door het bestuur vastgesteld."),
        ("table", [["Domein", "Wat ieder kind op iedere school van De Waarden krijgt"],
                   ["Ondersteuningsstructuur", "Intern begeleider op iedere vestiging; leerlingbespreking na iedere toetsperiode; ondersteuningsteam met jeugdverpleegkundige en wijkteam (minimaal vier keer per jaar)"],
                   ["Lezen en rekenen", "Dyslexieprotocol vanaf groep 1, extra leestijd van 3 x 20 minuten per week voor zwakke lezers, dyscalculieprotocol en auditieve ondersteuning (voorleessoftware) waar nodig"],
                   ["Gedrag en welbevinden", "Methode voor sociaal-emotioneel leren in alle groepen; gedragsprotocol; training 'Stevig staan' voor kinderen met faalangst of sociale onzekerheid"],
                   ["Ontwikkelingsvoorsprong", "Signaleringsinstrument in groep 1-2 en groep 5; compacten en verrijken; deelname aan de Waardenplusgroep mogelijk"],
                   ["Taal en nieuwkomers", "NT2-aanpak met taalmaatje en extra woordenschatonderwijs"],
                   ["Medisch en fysiek", "Protocol medisch handelen; de school is rolstoeltoegankelijk of heeft een afspraak met een nabije school die dat is"],
                   ["Planmatig werken", "OPP voor ieder kind met een eigen leerlijn; jaarlijkse evaluatie met ouders"]]),
        ("p", "Scholen nemen de kaart op in hun schoolgids. De consulent van De Waarden bespreekt de kaart jaarlijks met de directeur en de intern begeleider."),
        ("h2", "3.2 Extra ondersteuning en voorzieningen"),
        ("p", "Als wat in de kaart staat niet voldoende is, vraagt de school een arrangement aan. We kennen groepsarrangementen (bijvoorbeeld een taalgroep of een gedragsgroep voor meerdere scholen) en individuele arrangementen (inzet van een ambulant begeleider, een onderwijsassistent of specialistische expertise vanuit het sbo of so). Daarnaast kunnen kinderen terecht in een van de drie bovenschoolse voorzieningen: de Waardenplusgroep voor kinderen met een grote ontwikkelingsvoorsprong, de schakelklas voor nieuwkomers en het observatie- en onderzoeksplein voor jonge kinderen met een nog onduidelijke vraag. Wie meer nodig heeft, kan met een TLV naar een van de twee sbo-scholen of de so-school cluster 3 en 4 in ons gebied, of naar een so-school buiten ons gebied."),
        ("p", "Samenwerking met de jeugdhulp is voor veel van deze kinderen onmisbaar. Voor kinderen die naast onderwijs ook zorg nodig hebben, maken we onderwijs-zorgarrangementen met de gemeenten."),
        ("h2", "3.3 Geen kind tussen wal en schip"),
        ("p", "Drie keer per jaar houden we een 'gatenoverleg'. Daarin brengen de consulenten, de directeuren van sbo en so en de leerplichtambtenaren in kaart welke kinderen geen passende plek hebben, op een wachtlijst staan of gedeeltelijk zijn vrijgesteld. Voor ieder kind wordt een eigenaar benoemd die binnen vier weken met een voorstel komt. Blijkt bij meerdere kinderen hetzelfde type plek te ontbreken, dan legt de directeur-bestuurder een voorstel voor een nieuwe voorziening aan het bestuur voor. Zo is in 2025 besloten tot het observatie- en onderzoeksplein, omdat jonge kinderen te lang wachtten op een diagnose."),
        ("p", "Thuiszitters melden we binnen een week aan bij de thuiszitterstafel van de gemeenten. De besturen hebben afgesproken dat een kind dat is aangemeld en waarvoor geen plek wordt gevonden, uiterlijk na tien weken tijdelijk wordt geplaatst op de school die het dichtst bij huis ligt, met een arrangement dat De Waarden bekostigt."),
        ("h2", "3.4 Naar het speciaal (basis)onderwijs"),
        ("p", "Wanneer een kind aangewezen lijkt op sbo of so, doorloopt de school de volgende stappen. De intern begeleider bespreekt de situatie in het ondersteuningsteam, waarbij de consulent van De Waarden en de ouders aanwezig zijn. Het schoolbestuur dient vervolgens via het digitale loket de aanvraag in, met het OPP, het groeidocument en de zienswijze van de ouders. De Commissie van Toelaatbaarheid (CvT) van De Waarden neemt het besluit, na het schriftelijke advies van twee deskundigen: een orthopedagoog en, afhankelijk van de vraag, een psycholoog, jeugdarts of maatschappelijk werker. De CvT besluit binnen zes weken. Een TLV voor het so geldt twee schooljaren; een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Voor het so vermeldt de TLV de bekostigingscategorie."),
        ("p", "De criteria waaraan de CvT een aanvraag toetst, zijn opgenomen in bijlage 5 bij dit ondersteuningsplan ('Toetsingskader toelaatbaarheid De Waarden')."),
        ("h2", "3.5 Van speciaal naar regulier"),
        ("p", "De Waarden wil dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. Ons uitgangspunt is dat ieder kind in het sbo of so zicht houdt op een reguliere school in de buurt. Terugplaatsing is aan de orde wanneer het kind de doelen uit het OPP grotendeels haalt en de ondersteuningsbehoefte past binnen wat een reguliere school met een arrangement kan bieden. Na terugkeer houdt het kind een jaar lang recht op ambulante begeleiding vanuit de sbo- of so-school; de ontvangende school krijgt daarvoor een arrangement zonder nieuwe aanvraag."),
        ("p", "De procedure is als volgt. De sbo- of so-school bespreekt ieder jaar bij de OPP-evaluatie in het voorjaar met ouders of terugplaatsing mogelijk is. In het laatste jaar van de TLV neemt de consulent van De Waarden deel aan dit gesprek. Adviseert de school terugplaatsing, dan zoekt de consulent samen met ouders binnen acht weken een passende reguliere school. Overplaatsing vindt bij voorkeur plaats na een zomer- of kerstvakantie, eventueel na een proefperiode van zes weken waarin het kind twee dagen per week op de nieuwe school is. Als verdere plaatsing in het sbo of so nodig blijft, vraagt de school uiterlijk twee maanden voor het einde van de TLV een nieuwe TLV aan."),
    ]
    body += [("h1", "4 Partners")] + oogo_inhoud(c) + oogo_proc(c) + overstap_po_vo(c)
    body += [
        ("h1", "5 Communicatie"),
        ("p", "De Waarden communiceert op verschillende manieren. Voor scholen is er het intranet met procedures en formulieren en een nieuwsbrief voor intern begeleiders en directeuren, vijf keer per jaar."),
        ("p", "Ouders informeren we via de website www.dewaarden-po.nl, met een aparte rubriek 'Voor ouders' waarin de kaart basisondersteuning, de voorzieningen en de weg naar een arrangement of TLV in gewone taal worden uitgelegd. Er is een korte animatiefilm over passend onderwijs, en iedere school deelt bij de intake de ouderfolder van De Waarden uit. Tweemaal per jaar organiseren we een ouderavond per subregio, waar ouders vragen kunnen stellen aan een consulent."),
        ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, kunnen terecht bij de intern begeleider of de directeur van de school. Komen zij er samen niet uit, dan kan de consulent van De Waarden bemiddelen. Of en hoe we een onafhankelijk ouder- en jeugdsteunpunt gaan inrichten, besluiten we zodra de wet daarover in werking is getreden."),
    ]
    body += [
        ("h1", "6 Financiën"),
        ("p", "De Waarden ontvangt jaarlijks ongeveer € 11 miljoen aan middelen voor passend onderwijs. Een groot deel daarvan wordt direct door DUO ingehouden voor de bekostiging van sbo en so. Het restant wordt besteed aan de posten in onderstaande tabel."),
        ("table", [["Besteding (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Afdrachten sbo en so", "5.480.000", "5.430.000", "5.390.000", "5.350.000"],
                   ["Middelen naar schoolbesturen", "2.600.000", "2.600.000", "2.550.000", "2.550.000"],
                   ["Groeps- en individuele arrangementen", "1.350.000", "1.400.000", "1.400.000", "1.450.000"],
                   ["Bovenschoolse voorzieningen", "780.000", "800.000", "820.000", "840.000"],
                   ["Observatie- en onderzoeksplein", "210.000", "260.000", "260.000", "260.000"],
                   ["Bureau, CvT en consulenten", "890.000", "905.000", "920.000", "935.000"],
                   ["Totaal lasten", "11.310.000", "11.395.000", "11.340.000", "11.385.000"]]),
        ("p", "Hoe de middelen naar schoolbesturen over de besturen en scholen worden verdeeld, ligt op dit moment niet vast. Het verdeelmodel uit 2021 loopt af op 31 juli 2026. Een werkgroep van bestuurders werkt aan een nieuw model; de verdeelsleutel en de criteria legt het bestuur in de loop van 2026 vast, waarna de OPR om instemming wordt gevraagd. Tot die tijd ontvangen de besturen een voorschot."),
        ("p", "Het negatieve saldo in de meerjarenbegroting wordt gedekt uit de algemene reserve."),
        ("h1", "7 Kwaliteit en resultaten"),
        ("p", "In de vorige planperiode hebben we gemerkt dat resultaatafspraken op het niveau van het samenwerkingsverband moeilijk te maken zijn. De besturen hebben daarom besloten in dit plan nog geen resultaatafspraken op te nemen. Het onderwerp staat op de agenda van het bestuurlijk overleg in het najaar van 2026."),
    ]
    body += personeel(c) + professionalisering(c) + ict(c) + privacy(c) + huisvesting(c)
    body += governance(c, opr_parents=True) + bureau(c) + risico(c)
    body += planning(c, [["2026-2027", "Nieuw verdeelmodel", "werkgroep bestuurders"],
                         ["2026-2027", "Bespreking resultaatafspraken", "bestuurlijk overleg"],
                         ["2027-2028", "Evaluatie observatie- en onderzoeksplein", "bureau"],
                         ["2028-2029", "Herijking kaart basisondersteuning", "werkgroep IB"],
                         ["2029-2030", "Nieuw ondersteuningsplan", "bureau en OPR"]])
    body += begrippen(STD_BEGRIPPEN + [["Resultaten", "De beoogde en bereikte opbrengsten van passend onderwijs, kwalitatief en kwantitatief."],
                                       ["CvT", "Commissie van Toelaatbaarheid."]])
    title = [("title", f"Ondersteuningsplan {c['periode']}"),
             ("p", f"{c['naam']} - samenwerkingsverband passend onderwijs {c['code']}\nVastgesteld op {c['vastgesteld']}")]
    return with_toc(title, body)

P3_CRIT = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
           "plaatsing.procedure": True, "plaatsing.criteria": False,
           "terugstroom.procedure": True, "terugstroom.beleid": True,
           "financien.verdeling": False, "financien.besteding": True,
           "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
           "resultaten.doelen": False, "resultaten.monitoring": False,
           "ouders.informatie": True, "ouders.steunpunt": False}
P3_ADV = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
          "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
P3_NOTES = {
    "basisondersteuning": "3.1 'De basis op iedere school': binding minimum for all 52 schools; content only in the table per domain; yearly check by consulent (borging, thin).",
    "plaatsing": "3.4: steps, CvT, 6 weeks, two deskundigen, duration and category; the criteria are only in 'bijlage 5', which is not part of the document.",
    "terugstroom": "3.5 'Van speciaal naar regulier' inside chapter 3: policy, conditions, support after return, yearly OPP evaluation, last-year consulent, 8 weeks, new TLV 2 months before end.",
    "financien": "Chapter 6: besteding table 2026-2029 with amounts; verdeling explicitly not fixed ('in de loop van 2026'), only a voorschot; reserve covers deficit.",
    "dekkend-aanbod": "3.2 arrangementen/voorzieningen/sbo/so continuum and 3.3 'Geen kind tussen wal en schip': gatenoverleg 3x/year, owner within 4 weeks, thuiszitterstafel, placement after 10 weeks.",
    "resultaten": "Chapter 7 'Kwaliteit en resultaten' says no result agreements are included (deferral to autumn 2026); 'resultaten' only in legal list, visie and begrippenlijst.",
    "ouders": "Chapter 5 'Communicatie': website rubriek, film, folder, ouderavonden; no independent help - only IB/directeur/SWV-consulent, OJSP deferred until the law is in force.",
}

# ================================================================ PLAN 4: VO, docx
P4 = dict(naam="Samenwerkingsverband VO Zuidoost-Veluwe", kort="SWV Zuidoost-Veluwe", code="VO 25-98",
          regio="Zuidoost-Veluwe", gemeenten="Heerdorp, Epe-Vaassen Zuid en Brummerveld", periode="2026-2030",
          start="2026", eind="2030", vastgesteld="14 april 2026", opr_datum="7 april 2026",
          oogo_datum="12 maart 2026", nbesturen="vijf", nscholen="11", nlln="12.400",
          bestuurder="ir. R. (Ruud) ter Horst", artikel="artikel 17a WVO, thans artikel 2.47 en volgende van de Wet voortgezet onderwijs 2020",
          ander_swv="het samenwerkingsverband PO Veluwezoom", fte="11,0", kantoor="Stationsweg 40 in Heerdorp",
          opr_leden="twaalf", opr_lln=" of leerling")

def plan4():
    c = P4
    body = []
    body += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c)
    body += [
        ("h2", "Samenvatting"),
        ("p", "Dit plan is een plan op hoofdlijnen. De besturen kiezen ervoor het ondersteuningsplan kort te houden en de uitwerking zo veel mogelijk aan de scholen over te laten. Basisondersteuning, extra ondersteuning en zware ondersteuning zijn begrippen die bij iedere school bekend zijn; de scholen bepalen hoe zij die vormgeven. Het samenwerkingsverband richt zich op drie taken: het toewijzen van ondersteuning op basis van heldere criteria, het verdelen van de middelen en het volgen van de resultaten."),
    ]
    body += visie(c) + regio(c)
    body += [
        ("h1", "3 Organisatie van de ondersteuning"),
        ("h2", "3.1 Basisondersteuning"),
        ("p", "De beschrijving van de basisondersteuning in Zuidoost-Veluwe wordt herzien zodra de landelijke norm voor basisondersteuning bekend is. Wij willen niet vooruitlopen op die norm en hebben daarom afgezien van een eigen beschrijving in dit plan. Tot die tijd verwijzen we naar de schoolondersteuningsprofielen, die op de websites van de scholen te vinden zijn."),
        ("h2", "3.2 Het ondersteuningsaanbod in de regio"),
        ("p", "Een actueel overzicht van alle voorzieningen, arrangementen en scholen voor voortgezet speciaal onderwijs in de regio is opgenomen in de Sociale Kaart Onderwijs op onze website. Omdat dit aanbod regelmatig verandert, nemen we het overzicht niet in dit plan op."),
        ("h2", "3.3 Toewijzing: wanneer komt een leerling in aanmerking?"),
        ("p", "Voor de toelaatbaarheid tot het voortgezet speciaal onderwijs, de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot het praktijkonderwijs hanteren we de volgende criteria."),
        ("table", [["Voorziening", "Criteria"],
                   ["Vso", "(1) De school heeft aantoonbaar ten minste zes maanden extra ondersteuning geboden volgens een OPP; (2) de ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, communicatie, medisch/fysiek of zelfredzaamheid is zo groot dat het regulier onderwijs haar ook met een arrangement niet kan bieden; (3) er is een onderbouwd uitstroomperspectief vervolgonderwijs, arbeid of dagbesteding dat in het vso beter haalbaar is."],
                   ["Lwoo", "Landelijke criteria: IQ tussen 75 en 90 met een leerachterstand van 25 tot 50% op ten minste twee domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek (faalangst, prestatiemotivatie, emotionele instabiliteit)."],
                   ["Pro", "Landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van 50% of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."]]),
        ("p", "Een TLV voor het vso wordt in de regel afgegeven voor twee schooljaren; voor leerlingen met een structurele beperking kan de TLV gelden tot het einde van de schoolloopbaan. Hoe een aanvraag verloopt, welke termijnen gelden en wie in de commissie zitting hebben, staat in het Handboek Toewijzing Zuidoost-Veluwe op onze website."),
        ("h2", "3.4 Doorstroom en uitstroom"),
        ("p", "Het samenwerkingsverband hecht aan een goede doorstroom van het voortgezet onderwijs naar het mbo en de arbeidsmarkt. Mentoren en decanen besteden in de bovenbouw extra aandacht aan leerlingen met een ondersteuningsbehoefte. De uitstroom naar vervolgonderwijs en werk is een gezamenlijke verantwoordelijkheid van de scholen, het mbo en de gemeenten."),
    ]
    body += overstap_po_vo(c)
    body += [
        ("h1", "4 Samen werken"),
        ("p", "Het samenwerkingsverband werkt samen met vele partijen: de aangesloten besturen, het samenwerkingsverband PO, de gemeenten, het mbo en, niet in de laatste plaats, ouders en leerlingen."),
        ("h2", "4.1 Samen werken met ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen weten welke ondersteuning er is en waar zij die kunnen vinden. Daarom publiceert het samenwerkingsverband op www.swvzuidoostveluwe.nl per school een overzicht van het ondersteuningsaanbod, in dezelfde opbouw voor alle scholen. Ieder jaar in oktober ontvangen ouders van leerlingen in groep 8 via de basisschool de brochure 'Naar het vo met extra ondersteuning', met uitleg over lwoo, pro en vso. Bij de open dagen van iedere vo-school is een ondersteuningscoördinator aanwezig die ouders te woord staat. In de schoolgids van iedere school staat de contactpersoon voor vragen over ondersteuning."),
        ("p", "Ouders en jongeren die onafhankelijk advies willen, of die er met de school niet uitkomen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zuidoost-Veluwe. Het steunpunt wordt gefinancierd door het samenwerkingsverband maar werkt onafhankelijk; de adviseurs hebben geen binding met een van de aangesloten besturen. Het steunpunt is bereikbaar via een gratis telefoonnummer, e-mail en een spreekuur op dinsdagmiddag. Daarnaast wijzen we ouders op Onderwijsconsulenten en op de Geschillencommissie passend onderwijs voor geschillen over toelating, verwijdering en het OPP. Klachten over het samenwerkingsverband zelf worden behandeld volgens de klachtenregeling, die op de website staat."),
        ("p", "Ouders en leerlingen hebben zitting in de ondersteuningsplanraad en praten zo mee over het beleid."),
    ]
    body += oogo_proc(c) + professionalisering(c)
    body += [
        ("h1", "5 Middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning en voor lwoo en pro. Na aftrek van de afdrachten via DUO worden de middelen volgens onderstaand verdeelmodel aan de besturen toegekend. Het verdeelmodel is door het bestuur vastgesteld na instemming van de OPR; het bestuur stelt de bedragen jaarlijks in december vast op basis van de rijksbekostiging."),
        ("table", [["Onderdeel verdeelmodel", "Grondslag", "Bedrag 2026"],
                   ["Basisbedrag lichte ondersteuning", "per leerling op 1 oktober t-1", "€ 142"],
                   ["Vaste voet", "per vestiging", "€ 25.000"],
                   ["Lwoo", "per leerling met lwoo-aanwijzing", "landelijk bedrag, volledig doorbetaald"],
                   ["Budget maatwerk", "op aanvraag, per leerling, maximaal", "€ 9.000"]]),
        ("p", "Besturen leggen jaarlijks verantwoording af over de inzet van de middelen via een verantwoordingsformat dat zij vóór 1 juni indienen. De besteding in de planperiode ziet er als volgt uit:"),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdragen (incl. lwoo/pro)", "19.620", "19.480", "19.300", "19.150"],
                   ["Afdracht vso en pro (DUO)", "-9.140", "-9.100", "-9.060", "-9.020"],
                   ["Doorbetaling lwoo", "-5.310", "-5.250", "-5.190", "-5.130"],
                   ["Lichte ondersteuning besturen", "-2.040", "-2.020", "-2.000", "-1.980"],
                   ["Budget maatwerk", "-1.600", "-1.650", "-1.650", "-1.650"],
                   ["Bureau en personeel", "-1.230", "-1.250", "-1.270", "-1.290"],
                   ["Resultaat", "300", "210", "130", "80"]]),
        ("p", "Het weerstandsvermogen blijft in de planperiode binnen de bandbreedte die het bestuur heeft vastgesteld."),
        ("h1", "6 Resultaten"),
        ("p", "Het bestuur heeft voor de planperiode de volgende beoogde resultaten vastgesteld voor leerlingen die extra ondersteuning nodig hebben:"),
        ("ol", ["Het deelnamepercentage vso daalt van 4,6% (1 oktober 2025) naar ten hoogste 4,0% op 1 oktober 2029.",
                "Ten minste 90% van de leerlingen met een OPP gaat zonder vertraging over naar het volgende leerjaar of behaalt een diploma (2025: 81%).",
                "De gemiddelde doorlooptijd van een TLV-aanvraag is ten hoogste vijf weken (2025: acht weken).",
                "Ouders van leerlingen met extra ondersteuning geven de ondersteuning op school gemiddeld ten minste een 7,5 (2025: 6,9)."]),
        ("p", "We meten deze resultaten met een dashboard dat gevoed wordt door DUO-gegevens, de registratie van het loket en een tweejaarlijkse tevredenheidspeiling onder ouders. In maart en oktober rapporteert de directeur-bestuurder aan de raad van toezicht en de OPR over de stand van zaken. Het jaarverslag bevat per resultaat de bereikte waarde en de inzet van middelen. Blijft een resultaat twee jaar achter, dan maakt het bestuurlijk overleg een verbeteraanpak."),
    ]
    body += personeel(c) + ict(c) + privacy(c) + huisvesting(c)
    body += governance(c, opr_parents=True) + bureau(c) + risico(c)
    body += planning(c, [["2026-2027", "Actualiseren Handboek Toewijzing", "bureau"],
                         ["2026-2027", "Inrichting dashboard resultaten", "beleidsmedewerker"],
                         ["2027-2028", "Herziening beschrijving basisondersteuning na landelijke norm", "bestuurlijk overleg"],
                         ["2028-2029", "Evaluatie verdeelmodel", "bestuur"],
                         ["2029-2030", "Nieuw ondersteuningsplan", "bureau en OPR"]])
    body += begrippen(STD_BEGRIPPEN + [["Dekkend aanbod", "Een aanbod van voorzieningen waarin voor iedere leerling een passende plek is."],
                                       ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                                       ["Overplaatsing", "Overstap van een leerling van het vso naar een school voor voortgezet onderwijs."]])
    title = [("title", f"Ondersteuningsplan {c['periode']} op hoofdlijnen"),
             ("p", f"{c['naam']} ({c['code']})\nVastgesteld op {c['vastgesteld']}\nOnderwerpen: basisondersteuning, toewijzing, terugplaatsing, dekkend aanbod, middelen, resultaten en ouders")]
    return with_toc(title, body)

P4_CRIT = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
           "plaatsing.procedure": False, "plaatsing.criteria": True,
           "terugstroom.procedure": False, "terugstroom.beleid": False,
           "financien.verdeling": True, "financien.besteding": True,
           "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
           "resultaten.doelen": True, "resultaten.monitoring": True,
           "ouders.informatie": True, "ouders.steunpunt": True}
P4_ADV = {"plaatsing": ["duur-categorie"], "financien": ["reserves", "verantwoording"],
          "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
P4_NOTES = {
    "basisondersteuning": "3.1 heading exists but defers to the future landelijke norm and the schools' SOPs; otherwise only summary passing mention, title page and begrippenlijst.",
    "plaatsing": "3.3 criteria table for vso, lwoo, pro and TLV duration; the procedure (steps, termijnen, commission) is only referred to the Handboek Toewijzing on the website.",
    "terugstroom": "Nothing: 'terugplaatsing'/'overplaatsing' only on title page and in begrippenlijst; 3.4 'Doorstroom en uitstroom' is about vo->mbo (near-miss).",
    "financien": "Chapter 5 'Middelen': verdeelmodel table with bases and amounts, meerjarenbegroting table; verantwoordingsformat and weerstandsvermogen.",
    "dekkend-aanbod": "3.2 refers the whole aanbod to the Sociale Kaart on the website; thuiszitters only named in OOGO list; 'dekkend aanbod' only in begrippenlijst/title; no OOGO substance.",
    "resultaten": "Chapter 6: four measurable beoogde resultaten with baselines, dashboard, reporting in March/October, jaarverslag.",
    "ouders": "4.1 'Samen werken met ouders en leerlingen' inside the broader chapter 'Samen werken': website per school, brochure, open days; independent OJSP, Onderwijsconsulenten, GPO, klachtenregeling.",
}

# ================================================================ PLAN 5: PO, html (concept)
P5 = dict(naam="Samenwerkingsverband PO Noordkwartier", kort="SWV Noordkwartier", code="PO 27-95",
          regio="het Noordkwartier", gemeenten="Schagerwaard, Hollands Kroon-Noord en Texelstroom", periode="2026-2030",
          start="2026", eind="2030", vastgesteld="[datum vaststelling]", opr_datum="[datum instemming OPR]",
          oogo_datum="5 maart 2026", nbesturen="acht", nscholen="61", nlln="9.100",
          bestuurder="drs. A. (Annelies) Kramer", artikel="artikel 18a van de Wet op het primair onderwijs",
          ander_swv="het samenwerkingsverband VO Kop van Noord-Holland", fte="8,6", kantoor="Molenstraat 7 in Schagerwaard",
          opr_leden="tien", opr_lln="")

def plan5():
    c = P5
    body = []
    body += [("p", "CONCEPT - versie 0.9 ter bespreking in de OPR. Gele markeringen en teksten tussen [ ] worden voor vaststelling aangevuld.")]
    body += voorwoord(c) + leeswijzer(c) + wettelijk_kader(c) + visie(c) + regio(c)
    body += [
        ("h1", "3 Organisatie van de ondersteuning"),
        ("h2", "3.1 Basisondersteuning"),
        ("p", "In het Noordkwartier is basisondersteuning het niveau van ondersteuning dat iedere school en iedere vestiging ten minste biedt, voor ieder kind, zonder aanvraag bij het samenwerkingsverband. De acht besturen hebben dat niveau in juni 2024 gezamenlijk vastgesteld en het geldt onverkort voor alle 61 scholen. Geen school mag een kind naar een andere school verwijzen voor ondersteuning die binnen dit niveau valt."),
        ("p", "Wat de basisondersteuning precies inhoudt, leest u in de 'Standaard Basisondersteuning Noordkwartier' op www.noordkwartier-po.nl/basisondersteuning."),
        ("h2", "3.2 Ondersteuningsaanbod"),
        ("p", "[Een samenhangend overzicht van het ondersteuningsaanbod binnen en tussen onze scholen - de 'ondersteuningsroute' van basis naar extra en specialistische ondersteuning - volgt in de Sociale Kaart, die we in het najaar van 2026 publiceren.]"),
        ("h2", "3.3 Als er geen plek is"),
        ("p", "Sinds 2024 houden we bij welke kinderen in het Noordkwartier geen passende onderwijsplek hebben. Scholen melden ieder kind dat langer dan drie weken niet of gedeeltelijk naar school gaat bij het Meldpunt Plek van het samenwerkingsverband. Het meldpunt registreert ook kinderen die op een wachtlijst staan voor sbo, so of een zorgvoorziening. Iedere maand bespreekt het Plekkenoverleg - met leerplicht, de consulent van het samenwerkingsverband, de schoolbesturen en de gemeenten - de gemelde kinderen. Voor ieder kind komt er binnen drie weken een plan met een eigenaar, en binnen drie maanden moet het kind weer onderwijs volgen."),
        ("p", "Twee keer per jaar analyseert het bureau de meldingen. In 2025 bleek dat vooral voor kinderen van 4 tot 7 jaar met een complexe ontwikkelingsvraag en voor kinderen op de Waddeneilanden een passende plek ontbrak. Per 1 januari 2027 openen we daarom een observatiegroep in Schagerwaard, en op Texelstroom zetten we vanaf schooljaar 2026-2027 een ambulant team in dat twee dagen per week op de eilandscholen werkt."),
        ("h2", "3.4 Toewijzing en toelaatbaarheid"),
        ("p", "[Dit hoofdstuk wordt aangevuld na de besluitvorming in het algemeen bestuur van juni 2026 over de nieuwe werkwijze van de Commissie Toewijzing. Zie voorlopig de huidige procedure op de website.]"),
        ("h2", "3.5 Terug naar een reguliere school"),
        ("p", "Voor kinderen die met een TLV in het so zitten, verloopt de terugkeer naar het basisonderwijs in vier stappen:"),
        ("ol", ["Bij iedere jaarlijkse OPP-evaluatie (uiterlijk in maart) beoordeelt de so-school of terugkeer aan de orde is en legt dat vast in het OPP.",
                "In het laatste jaar van de TLV nodigt de so-school uiterlijk op 1 februari de consulent van het samenwerkingsverband uit voor een terugkeergesprek met ouders.",
                "Adviseert het gesprek terugkeer, dan meldt de so-school het kind aan bij de gewenste basisschool; de consulent begeleidt de overdracht en een warme overdracht vindt plaats vóór 1 juni.",
                "Is terugkeer (nog) niet mogelijk, dan vraagt het schoolbestuur van de so-school uiterlijk 1 april een nieuwe TLV aan, zodat er geen onderbreking ontstaat."]),
        ("p", "De uitgangspunten van ons terugplaatsingsbeleid, de voorwaarden en de ondersteuning die kinderen en scholen na terugkeer krijgen, werken we uit in de notitie 'Terug naar de wijkschool', die eind 2026 verschijnt."),
    ]
    body += [("h1", "4 Samen werken")] + oogo_inhoud(c) + oogo_proc(c)
    body += [
        ("h2", "4.3 Ouders"),
        ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod en de ondersteuningsvoorzieningen, werken we uit in het communicatieplan 2026-2027. [PM: communicatieplan toevoegen]"),
        ("p", "Als ouders vragen hebben, of het niet eens zijn met de school of met het samenwerkingsverband, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Noordkwartier. Het steunpunt is onafhankelijk van de schoolbesturen en van het samenwerkingsverband: het is ondergebracht bij de stichting MEE Noord en de medewerkers geven advies uitsluitend vanuit het belang van het kind. Het steunpunt is op werkdagen telefonisch bereikbaar, houdt spreekuur in Schagerwaard en op Texelstroom en kan een gesprek tussen ouders en school begeleiden. Daarnaast kunnen ouders zich wenden tot Onderwijsconsulenten, en bij een geschil over toelating, verwijdering of het OPP tot de Geschillencommissie passend onderwijs."),
    ]
    body += overstap_po_vo(c) + professionalisering(c)
    body += [
        ("h1", "5 Financiën"),
        ("p", "De financiële paragraaf van dit ondersteuningsplan, met het verdeelmodel en de meerjarenbegroting 2026-2030, is opgenomen in bijlage 2 (afzonderlijk document)."),
        ("table", [["Begroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "6 Kwaliteitszorg en resultaten"),
        ("p", "Het samenwerkingsverband werkt met een kwaliteitscyclus volgens plan-do-check-act. Iedere zes maanden stelt het bureau een kwaliteitsmonitor op met gegevens uit DUO (deelname sbo en so op 1 oktober), het Meldpunt Plek, de registratie van de Commissie Toewijzing en de OPP-evaluaties die scholen aanleveren. De monitor wordt besproken in het algemeen bestuur en met de OPR. Eens per twee jaar houden we een tevredenheidspeiling onder ouders, intern begeleiders en directeuren. In het jaarverslag rapporteren we de bereikte resultaten en de gebruikte middelen per voorziening; de evaluatie van de vorige planperiode staat in het jaarverslag 2025."),
        ("p", "De beoogde resultaten voor de planperiode stellen we vast na de nulmeting in het voorjaar van 2026. [Tabel beoogde resultaten volgt]"),
    ]
    body += personeel(c) + ict(c) + privacy(c) + huisvesting(c)
    body += governance(c, opr_parents=True) + bureau(c) + risico(c)
    body += planning(c, [["2026-2027", "Communicatieplan en Sociale Kaart", "bureau"],
                         ["2026-2027", "Notitie 'Terug naar de wijkschool'", "werkgroep so"],
                         ["2026-2027", "Start ambulant team eilanden", "bureau"],
                         ["2027-2028", "Observatiegroep Schagerwaard", "bestuur"],
                         ["2029-2030", "Nieuw ondersteuningsplan", "bureau en OPR"]])
    body += begrippen(STD_BEGRIPPEN + [["Commissie Toewijzing", "Commissie die namens het samenwerkingsverband besluit over TLV's en arrangementen."]])
    title = [("title", f"Ondersteuningsplan {c['periode']} (concept)"), ("p", f"{c['naam']} ({c['code']})")]
    return with_toc(title, body)

P5_CRIT = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
           "plaatsing.procedure": False, "plaatsing.criteria": False,
           "terugstroom.procedure": True, "terugstroom.beleid": False,
           "financien.verdeling": False, "financien.besteding": False,
           "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
           "resultaten.doelen": False, "resultaten.monitoring": True,
           "ouders.informatie": False, "ouders.steunpunt": True}
P5_ADV = {"dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
P5_NOTES = {
    "basisondersteuning": "3.1: binding level for every school/vestiging stated; its content only on a website ('Standaard Basisondersteuning' URL).",
    "plaatsing": "3.4 'Toewijzing en toelaatbaarheid' is a placeholder deferring to a June 2026 decision and the website; TLV/Commissie Toewijzing only in passing and in the begrippenlijst.",
    "terugstroom": "3.5: four-step return procedure with dates and actors; policy, conditions and support after return deferred to the notitie 'Terug naar de wijkschool' (end 2026).",
    "financien": "Chapter 5 refers to bijlage 2 (separate document, not included) and a begroting table filled with p.m.",
    "dekkend-aanbod": "3.2 continuum overview deferred to the Sociale Kaart; 3.3 'Als er geen plek is': Meldpunt Plek, monthly Plekkenoverleg, 3-week plan, gap analysis with dated actions.",
    "resultaten": "Chapter 6: half-yearly kwaliteitsmonitor, sources, reporting to bestuur/OPR, jaarverslag; beoogde resultaten deferred until after the nulmeting ('Tabel volgt').",
    "ouders": "4.3 'Ouders': how parents are informed is deferred to a communicatieplan (PM); independent OJSP at MEE Noord, Onderwijsconsulenten and GPO are described.",
}

# ================================================================ NEAR-MISS: school-level plan, docx
def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "Openbare Basisschool De Regenboog, Lingehaven\nOnderdeel van Stichting Openbaar Onderwijs Rivierenland - aangesloten bij Samenwerkingsverband PO Rivierenland-West"),
         ("h1", "Inhoudsopgave"),
         ("toc", "1 Inleiding .......... 2"), ("toc", "2 Onze visie op ondersteuning .......... 2"),
         ("toc", "3 De zorgniveaus op De Regenboog .......... 3"), ("toc", "4 Basisondersteuning op onze school .......... 4"),
         ("toc", "5 Extra ondersteuning en arrangementen .......... 5"), ("toc", "6 Toelaatbaarheid sbo/so .......... 6"),
         ("toc", "7 Ouders .......... 6"), ("toc", "8 Middelen en formatie .......... 7"), ("toc", "9 Jaarplanning zorg .......... 7"),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Regenboog de ondersteuning aan leerlingen organiseert in schooljaar 2025-2026. Het plan is bedoeld voor leerkrachten, de intern begeleider, de directie en de medezeggenschapsraad. Het sluit aan bij ons schoolondersteuningsprofiel en bij het ondersteuningsplan van het samenwerkingsverband PO Rivierenland-West, waar onze school bij is aangesloten. Het plan wordt ieder jaar door het team geëvalueerd en bijgesteld. De MR heeft het plan op 30 september 2025 besproken."),
         ("p", "De Regenboog telt 312 leerlingen in 13 groepen. De intern begeleider heeft een aanstelling van 0,6 fte. Daarnaast werken er twee onderwijsassistenten en een remedial teacher (0,4 fte)."),
         ("h1", "2 Onze visie op ondersteuning"),
         ("p", "Op De Regenboog werken we handelingsgericht. Wij gaan uit van wat een kind nodig heeft en wat de leerkracht nodig heeft om dat kind goed te begeleiden. Ouders zijn ervaringsdeskundigen en partners: zij kennen hun kind het best. Wij streven ernaar dat ieder kind zich veilig voelt en zich optimaal ontwikkelt, in de eigen groep waar het kan en daarbuiten waar het moet."),
         ("h1", "3 De zorgniveaus op De Regenboog"),
         ("p", "Wij onderscheiden vijf zorgniveaus:"),
         ("table", [["Zorgniveau", "Omschrijving", "Wie"],
                    ["1", "Algemene zorg in de groep: differentiatie in drie instructieniveaus", "leerkracht"],
                    ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "leerkracht"],
                    ["3", "Speciale zorg na intern onderzoek, groepsbespreking met IB", "leerkracht en IB"],
                    ["4", "Speciale zorg na extern onderzoek, OPP, inzet arrangement van het samenwerkingsverband", "IB, externe deskundige"],
                    ["5", "Verwijzing naar sbo of so via een TLV", "IB, directie, samenwerkingsverband"]]),
         ("p", "Groepsbesprekingen vinden drie keer per jaar plaats: in oktober, februari en juni, na de toetsperiodes. De leerkracht bereidt de bespreking voor met het groepsoverzicht. Leerlingbesprekingen kunnen tussentijds worden aangevraagd. Het ondersteuningsteam van de school komt zes keer per jaar bijeen; daaraan nemen de IB'er, de directeur, de schoolmaatschappelijk werker en de jeugdverpleegkundige deel."),
         ("h1", "4 Basisondersteuning op onze school"),
         ("p", "De Regenboog biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Concreet betekent dit op onze school: een dyslexieprotocol, een aanpak voor rekenproblemen, de methode Kwink voor sociaal-emotionele ontwikkeling, een plusgroep voor kinderen die meer aankunnen (dinsdagmiddag), en begeleiding door de remedial teacher. Voor kinderen met medische vragen hebben we een protocol medisch handelen."),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Als de basisondersteuning niet voldoende is, vraagt de IB'er een arrangement aan bij het samenwerkingsverband. In 2024-2025 had de school vier individuele arrangementen (ambulante begeleiding gedrag) en één groepsarrangement voor taal. Voor ieder kind met een arrangement stellen we een OPP op, dat we twee keer per jaar met ouders evalueren."),
         ("h1", "6 Toelaatbaarheid sbo/so"),
         ("p", "Blijkt dat een kind meer nodig heeft dan wij kunnen bieden, dan bespreken we in het ondersteuningsteam of een plaatsing in het sbo of so passend is. De IB'er bereidt dan samen met ouders de aanvraag voor een toelaatbaarheidsverklaring voor, die het schoolbestuur bij het samenwerkingsverband indient. Het samenwerkingsverband besluit. In 2024-2025 werd voor twee leerlingen een TLV aangevraagd. Wanneer een kind vanuit het sbo terugkomt naar onze school, zorgen we voor een warme overdracht."),
         ("h1", "7 Ouders"),
         ("p", "Ouders worden bij iedere stap betrokken. Na iedere groepsbespreking informeert de leerkracht de ouders van kinderen die extra aandacht krijgen. Ouders tekenen voor akkoord bij het OPP. Informatie over de ondersteuning staat in onze schoolgids en op de website van de school. Heeft u een klacht, dan kunt u terecht bij de directeur of de vertrouwenspersoon van de school; ook kunt u contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
         ("h1", "8 Middelen en formatie"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van € 165 per leerling plus een vaste voet. Dit budget zetten we in voor de remedial teacher (0,4 fte) en een deel van de onderwijsassistentie. In de begroting van de school voor 2026 is voor ondersteuning € 58.000 opgenomen. Over de besteding leggen we verantwoording af aan het bestuur en aan het samenwerkingsverband."),
         ("h1", "9 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders; groepsoverzichten"],
                    ["Oktober", "Groepsbespreking 1; OT"], ["Januari/februari", "Toetsperiode; groepsbespreking 2"],
                    ["Maart", "OPP-evaluaties met ouders"], ["Juni", "Groepsbespreking 3; overdracht naar nieuwe groep"],
                    ["Juli", "Evaluatie ondersteuningsplan door het team"]]),
         ("p", "Resultaten van de ondersteuning bespreken we jaarlijks in de teamvergadering van juli, aan de hand van de toetsresultaten en de OPP-evaluaties. Verbeterpunten nemen we op in het jaarplan van de school."),
         ]
    return b

# ================================================================ main
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # plan 1 - docx
    write_docx(plan1(), OUT / "po-rivierenland-west-2026.docx",
               "Ondersteuningsplan 2026-2030 | SWV PO Rivierenland-West | ouders, scholen en partners samen")
    write_label(OUT / "po-rivierenland-west-2026.expected.yaml", ["po-rivierenland-west-2026.docx"], "po", P1_CRIT, P1_ADV, P1_NOTES)
    # plan 2 - pdf
    docx_to_pdf(plan2(), OUT / "vo-kempenland-2026.pdf", "Ondersteuningsplan 2026-2030 | SWV VO Kempenland")
    write_label(OUT / "vo-kempenland-2026.expected.yaml", ["vo-kempenland-2026.pdf"], "vo", P2_CRIT, P2_ADV, P2_NOTES)
    # plan 3 - pdf
    docx_to_pdf(plan3(), OUT / "po-de-waarden-2026.pdf", "Ondersteuningsplan 2026-2030 | De Waarden | resultaten, middelen en ouders")
    write_label(OUT / "po-de-waarden-2026.expected.yaml", ["po-de-waarden-2026.pdf"], "po", P3_CRIT, P3_ADV, P3_NOTES)
    # plan 4 - docx
    write_docx(plan4(), OUT / "vo-zuidoost-veluwe-2026.docx",
               "Ondersteuningsplan 2026-2030 | SWV VO Zuidoost-Veluwe | basisondersteuning - toewijzing - terugplaatsing - middelen")
    write_label(OUT / "vo-zuidoost-veluwe-2026.expected.yaml", ["vo-zuidoost-veluwe-2026.docx"], "vo", P4_CRIT, P4_ADV, P4_NOTES)
    # plan 5 - html
    write_html(plan5(), OUT / "po-noordkwartier-2026-concept.html", "Ondersteuningsplan 2026-2030 (concept) - SWV PO Noordkwartier")
    write_label(OUT / "po-noordkwartier-2026-concept.expected.yaml", ["po-noordkwartier-2026-concept.html"], "po", P5_CRIT, P5_ADV, P5_NOTES)
    # near-miss - docx
    write_docx(nearmiss(), OUT / "obs-de-regenboog-ondersteuningsplan-school.docx", "OBS De Regenboog - Ondersteuningsplan 2025-2026")
    (OUT / "obs-de-regenboog-ondersteuningsplan-school.expected.yaml").write_text(
        "documents: [obs-de-regenboog-ondersteuningsplan-school.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, school budget); it only refers to the samenwerkingsverband it belongs to - no OPR, OOGO, planperiode or SWV-wide policy.\"\n",
        encoding="utf-8")

if __name__ == "__main__":
    main()
