#!/usr/bin/env python3
"""Generate the holdout208 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# Generic filler chapters (written so that they address none of the 14 core criteria)
# ---------------------------------------------------------------------------

def voorwoord(naam, regio, periode, ondertekenaar):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014, en het eerste dat volledig is geschreven na de eindevaluatie en de "
              f"verbeteraanpak passend onderwijs. In {regio} werken schoolbesturen, scholen, ouders, gemeenten en "
              f"jeugdhulp al jaren samen, en dat is in dit plan goed terug te zien."),
        ("p", "Een plan schrijven is vooral luisteren. In het afgelopen jaar hebben wij tientallen gesprekken "
              "gevoerd: met directeuren, ondersteuningscoördinatoren, mentoren, leerlingen, ouders, leerplichtambtenaren "
              "en beleidsmedewerkers van de gemeenten. Wij hoorden waar het goed gaat en waar het schuurt. Ouders "
              "vertelden ons over lange wachttijden en over scholen die net dat ene stapje extra zetten. Leraren "
              "vertelden over volle klassen, over de druk die zij voelen en over de voldoening wanneer een "
              "arrangement wél werkt. Al die verhalen hebben wij meegenomen."),
        ("p", "Het plan is bewust compacter dan zijn voorganger. Wij beschrijven wat wij samen afspreken en laten "
              "ruimte voor de manier waarop scholen dat invullen. Waar wij nog niet klaar zijn, zeggen we dat "
              "eerlijk. Middelen zijn schaars, het lerarentekort is voelbaar en de vraag naar ondersteuning neemt "
              "toe. Juist daarom is samenwerking nodig."),
        ("p", "Ik dank de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, de "
              "wethouders voor het open overleg en alle collega's die tijd hebben vrijgemaakt om mee te denken. "
              "Samen zorgen wij ervoor dat iedere jongere in onze regio onderwijs krijgt dat bij hem of haar past."),
        ("p", f"{ondertekenaar}, directeur-bestuurder"),
    ]


def visie(naam, sector):
    leerling = "kind" if sector == "po" else "jongere"
    return [
        ("h1", "Missie, visie en ambities"),
        ("h2", "Missie"),
        ("p", f"{naam} staat voor een regio waarin ieder {leerling} zich optimaal kan ontwikkelen, zo dicht mogelijk "
              f"bij huis en samen met leeftijdgenoten. Wij geloven dat onderwijs en ondersteuning bij elkaar horen "
              f"en dat de school de plek is waar het {leerling} de meeste tijd doorbrengt. Daarom organiseren wij "
              f"de ondersteuning zo veel mogelijk in en rond de school."),
        ("h2", "Visie"),
        ("p", "Onze visie rust op vier pijlers. De eerste is nabijheid: ondersteuning wordt geboden waar de leerling "
              "is. De tweede is eigenaarschap: scholen en besturen zijn samen verantwoordelijk voor het geheel. De "
              "derde is vertrouwen: wij sturen niet op formulieren, maar op het gesprek. De vierde is leren: wij "
              "willen als netwerk steeds beter worden en delen daarom kennis tussen scholen."),
        ("p", "Wij zien ouders als partners en leerlingen als deskundigen van hun eigen leven. Resultaten gaan voor "
              "ons niet alleen over cijfers en diploma's, maar ook over welbevinden, zelfvertrouwen en het gevoel "
              "erbij te horen. Deze visie is uitgewerkt in gesprekken met schoolleiders en in een werkconferentie "
              "in het najaar van 2024, waar ruim honderd deelnemers aan bijdroegen."),
        ("h2", "Ambities voor de planperiode"),
        ("p", "Onze ambities voor de komende vier jaar zijn kort samengevat: minder bureaucratie, meer expertise in de "
              "klas, een sterkere verbinding met de jeugdhulp en een regio waarin geen enkele leerling tussen wal en "
              "schip valt. Deze ambities zijn richtinggevend; de uitwerking vindt plaats in de jaarplannen."),
    ]


def governance(naam, code, bestuursvorm="stichting"):
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtspersoon en bestuursmodel"),
        ("p", f"{naam} (registratienummer {code}) is een {bestuursvorm} waarin alle schoolbesturen in de regio zijn "
              f"verenigd. Het bestuur is ingericht volgens het raad-van-toezichtmodel. De directeur-bestuurder is "
              f"belast met het bestuur en de dagelijkse leiding; de raad van toezicht houdt toezicht, keurt de "
              f"begroting en het jaarverslag goed en benoemt de accountant. De algemene vergadering van "
              f"schoolbesturen (AV) komt vier keer per jaar bijeen en stelt de strategische koers vast."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het toezichtkader. De "
              "leden van de raad van toezicht zijn onafhankelijk van de aangesloten schoolbesturen. Jaarlijks "
              "evalueert de raad zijn eigen functioneren, eens in de drie jaar onder externe begeleiding."),
        ("h2", "Bureau en ondersteuningsteam"),
        ("p", "Het bureau van het samenwerkingsverband telt ongeveer twaalf medewerkers: de directeur-bestuurder, "
              "een controller, twee beleidsmedewerkers, een secretariaat en een team van orthopedagogen en "
              "consulenten. Het bureau is gevestigd in een bedrijfsverzamelgebouw en is goed bereikbaar met het "
              "openbaar vervoer. Medewerkers werken voor een groot deel op de scholen zelf."),
        ("h2", "Geschillen tussen besturen"),
        ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen aangesloten schoolbesturen. Tot nu "
              "toe is van deze regeling geen gebruik gemaakt; meningsverschillen worden in de AV besproken."),
    ]


def medezeggenschap(naam, vo=True, ouderrol=True):
    blok = [("h1", "Medezeggenschap"),
            ("h2", "Ondersteuningsplanraad")]
    if ouderrol:
        blok.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
                          "bestaat voor de helft uit personeelsleden en voor de helft uit "
                          + ("ouders en leerlingen" if vo else "ouders")
                          + ", afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR "
                          "vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris."))
    else:
        blok.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                          "wijzigingen daarvan. De samenstelling, de verkiezing en de werkwijze van de OPR zijn "
                          "geregeld in het medezeggenschapsreglement. De OPR vergadert zes keer per jaar en wordt "
                          "ondersteund door een ambtelijk secretaris."))
    blok += [
        ("p", f"Het bestuur van {naam} en de OPR voeren twee keer per jaar een informeel overleg over actuele "
              f"ontwikkelingen. De OPR heeft de beschikking over een eigen scholingsbudget en kan zich laten "
              f"bijstaan door een externe adviseur."),
        ("h2", "Medezeggenschapsraad van het samenwerkingsverband"),
        ("p", "Naast de OPR kent het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van "
              "het bureau. Deze raad heeft de gebruikelijke bevoegdheden op grond van de Wet medezeggenschap op scholen."),
    ]
    return blok


def personeel():
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van ondersteuning staat of valt met de mensen die haar bieden. Het lerarentekort raakt "
              "ook onze regio: op sommige scholen zijn vacatures voor ondersteuningscoördinatoren en orthopedagogen "
              "lastig te vervullen. Wij investeren daarom in opleiding en in het behoud van mensen."),
        ("ul", ["een jaarlijks scholingsaanbod voor mentoren over gedrag, executieve functies en gesprekstechnieken;",
                "intervisiegroepen voor ondersteuningscoördinatoren en intern begeleiders;",
                "een traineeship voor startende orthopedagogen in samenwerking met de hogeschool;",
                "een regionale kennisbank met praktijkvoorbeelden en handreikingen."]),
        ("p", "Personeel dat in dienst is van het samenwerkingsverband valt onder de cao van de sector. De "
              "gevolgen van dit plan voor de formatie van het bureau zijn beperkt; er worden geen gedwongen "
              "ontslagen voorzien. Wijzigingen in de personele inzet worden voorgelegd aan de medezeggenschapsraad "
              "van het samenwerkingsverband."),
    ]


def ict_privacy():
    return [
        ("h1", "ICT, privacy en gegevensbeheer"),
        ("p", "Voor aanvragen en dossiers gebruikt het samenwerkingsverband een beveiligde digitale omgeving. "
              "Scholen leveren gegevens aan via een gekoppeld portaal; ouders krijgen een eigen inlog om stukken in "
              "te zien. Er is een functionaris gegevensbescherming aangesteld, gedeeld met twee andere verbanden."),
        ("p", "Wij verwerken alleen persoonsgegevens die nodig zijn voor onze wettelijke taken. Gezondheidsgegevens "
              "worden niet langer bewaard dan de wet toestaat. De privacyverklaring is in 2024 geactualiseerd en "
              "het verwerkingsregister wordt jaarlijks bijgewerkt. Datalekken worden gemeld volgens het protocol."),
        ("p", "In de planperiode vervangen wij het huidige registratiesysteem, dat technisch verouderd is. De "
              "aanbesteding is voorzien voor 2026. Scholen worden tijdig meegenomen in de overstap."),
    ]


def totstandkoming(periode, data, oogo_inhoud=True):
    blok = [("h1", "Totstandkoming van dit plan"),
            ("p", f"Het ondersteuningsplan {periode} is tot stand gekomen in een traject van ruim een jaar. Na een "
                  f"evaluatie van het vorige plan zijn in werkgroepen conceptteksten geschreven, die in drie rondes "
                  f"zijn besproken met schoolleiders, de OPR en de gemeenten."),
            ("table", [["Stap", "Datum"]] + data)]
    if oogo_inhoud:
        blok.append(("p", "In het op overeenstemming gericht overleg (OOGO) met de gemeenten is gesproken over de "
                          "aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en de "
                          "inzet van schoolmaatschappelijk werk. De gemeenten hebben ingestemd met de hoofdlijnen."))
    else:
        blok.append(("p", "Het plan is na het OOGO en na instemming van de OPR definitief vastgesteld en vóór 1 mei "
                          "aan de inspectie toegezonden."))
    return blok


def planning(periode):
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", f"Dit plan geldt voor de periode {periode}. Het wordt jaarlijks vertaald in een jaarplan met "
              f"activiteiten, verantwoordelijken en een tijdpad. Het jaarplan wordt in juni vastgesteld, na "
              f"bespreking in de algemene vergadering en de OPR."),
        ("table", [["Periode", "Activiteit"],
                   ["september", "start schooljaar, bijeenkomst ondersteuningscoördinatoren"],
                   ["november", "regiodag voor leraren en intern begeleiders"],
                   ["januari", "bespreking concept-jaarplan in de algemene vergadering"],
                   ["maart", "werkconferentie met gemeenten en jeugdhulp"],
                   ["juni", "vaststelling jaarplan"]]),
        ("p", "Wijzigingen van het plan gedurende de looptijd worden als voortgangsparagraaf aan de OPR voorgelegd."),
    ]


def landelijk(sector):
    wet = "de Wet op het primair onderwijs" if sector == "po" else "de Wet voortgezet onderwijs 2020"
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", f"Het ondersteuningsplan is gebaseerd op {wet} en op de Wet medezeggenschap op scholen. Sinds de "
              "vorige planperiode is er landelijk veel veranderd. Na de eindevaluatie passend onderwijs in 2020 "
              "presenteerde het kabinet een verbeteraanpak met vijfentwintig maatregelen. Een deel daarvan raakt "
              "samenwerkingsverbanden direct, zoals de afbouw van bovenmatige reserves, de versterking van de "
              "positie van ouders en leerlingen en het streven naar inclusiever onderwijs in 2035."),
        ("p", "Het kabinet werkt aan een landelijke norm voor basisondersteuning. Zodra die norm wettelijk is "
              "vastgelegd, bekijken wij welke gevolgen dat heeft voor de afspraken in onze regio. Ook de "
              "wetgeving over het ouder- en jeugdsteunpunt en het hoorrecht van leerlingen volgen wij nauwgezet. "
              "Daarnaast lopen er landelijke trajecten rond hoogbegaafdheid, onderwijs aan nieuwkomers en de "
              "vereenvoudiging van de bekostiging. De sectorraad en het steunpunt passend onderwijs houden ons "
              "op de hoogte; waar nodig passen wij dit plan aan via een voortgangsparagraaf."),
        ("p", "Wij merken ook maatschappelijke ontwikkelingen op die de scholen raken: de toename van "
              "psychische klachten bij jongeren sinds de coronaperiode, de krapte op de arbeidsmarkt in "
              "onderwijs en jeugdzorg, de groei van het aantal kinderen in armoede en de komst van leerlingen "
              "uit Oekraïne en andere landen. Deze ontwikkelingen vragen om wendbaarheid van scholen en van "
              "het samenwerkingsverband. Wij kiezen er bewust voor om niet op alle ontwikkelingen vooruit te "
              "lopen, maar ze te volgen en in de jaarplannen te vertalen wanneer zij concreet worden."),
    ]


def status_plan():
    return [
        ("h1", "Status en leeswijzer van dit plan"),
        ("p", "Dit ondersteuningsplan is een kaderstellend document. Het legt vast wat de aangesloten besturen "
              "gezamenlijk afspreken en waarop zij elkaar kunnen aanspreken. Uitwerkingen die vaker wijzigen, "
              "zoals reglementen, formats en werkinstructies, maken geen deel uit van het plan zelf. Zij worden "
              "door de directeur-bestuurder vastgesteld en, voor zover de wet dat vraagt, aan de OPR voorgelegd."),
        ("p", "De hoofdstukken van dit plan zijn zo geschreven dat zij ook los te lezen zijn. Daardoor komen "
              "sommige onderwerpen op meer dan één plek terug. Waar een begrip voor het eerst wordt gebruikt, "
              "lichten wij het kort toe; de begrippenlijst achterin geeft een overzicht. Waar in dit plan wordt "
              "gesproken over ouders, bedoelen wij ook verzorgers en voogden. Waar wij over leerlingen spreken, "
              "bedoelen wij alle jongeren die in onze regio onderwijs volgen of zouden moeten volgen."),
        ("p", "Het plan heeft een looptijd van vier schooljaren. Halverwege de planperiode voeren wij een "
              "tussentijdse bespreking met de besturen en de OPR over de vraag of het plan nog actueel is. Als "
              "wetgeving of afspraken in de regio daartoe aanleiding geven, passen wij het plan tussentijds aan. "
              "Iedere wijziging wordt met datum en versienummer in het colofon vermeld, zodat lezers altijd weten "
              "welke versie geldt. Eerdere versies blijven op verzoek beschikbaar bij het secretariaat."),
    ]


def kennisdeling():
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", "Scholen in de regio leren veel van elkaar. Het samenwerkingsverband faciliteert dat met "
              "netwerken, studiedagen en een kleine innovatieregeling waarmee scholen nieuwe werkwijzen kunnen "
              "uitproberen. Voorbeelden uit de afgelopen jaren zijn een schoolbrede aanpak voor rust in de klas, "
              "een project met ervaringsdeskundige jongeren en een pilot met co-teaching in de brugklas."),
        ("p", "Wij werken samen met de hogeschool en de universiteit in een regionale werkplaats. Leraren en "
              "ondersteuningscoördinatoren doen daar praktijkgericht onderzoek naar vragen die zij zelf "
              "belangrijk vinden. De opbrengsten worden gedeeld op de jaarlijkse regiodag, waar gemiddeld "
              "tweehonderd professionals aan deelnemen."),
        ("p", "Ook buiten de regio zoeken wij verbinding. Wij nemen deel aan een landelijk lerend netwerk van "
              "samenwerkingsverbanden en wisselen ervaringen uit met verbanden in vergelijkbare regio's. "
              "Bezoeken over en weer helpen ons om kritisch te kijken naar onze eigen werkwijze. Wij "
              "publiceren inspirerende praktijkvoorbeelden in onze nieuwsbrief en op sociale media."),
        ("p", "Innovatie vraagt om ruimte om fouten te maken. Niet elk project levert op wat wij hoopten. "
              "Wij vinden het belangrijk dat scholen ook delen wat niet werkte, zodat anderen daar niet "
              "opnieuw tegenaan lopen. De innovatieregeling staat open voor alle aangesloten scholen; "
              "aanvragen worden twee keer per jaar beoordeeld door een commissie van schoolleiders."),
    ]


def huisvesting_vervoer():
    return [
        ("h1", "Huisvesting en leerlingenvervoer"),
        ("p", "Huisvesting en vervoer zijn geen taken van het samenwerkingsverband, maar zij hebben grote invloed "
              "op de mogelijkheden van leerlingen. Gemeenten zijn verantwoordelijk voor onderwijshuisvesting en "
              "voor het leerlingenvervoer. Wij brengen in het overleg met de gemeenten de belangen van leerlingen "
              "met een ondersteuningsbehoefte in, bijvoorbeeld bij de planning van nieuwe schoolgebouwen en bij "
              "de aanbesteding van het vervoer."),
        ("p", "Lange reistijden zijn voor sommige leerlingen een belemmering. In het landelijke deel van de regio "
              "reizen leerlingen soms meer dan een uur per dag. Samen met de gemeenten kijken wij of reistijden "
              "korter kunnen en of begeleiding in het vervoer beter kan aansluiten bij wat leerlingen nodig "
              "hebben. Ook de toegankelijkheid van gebouwen voor leerlingen met een lichamelijke beperking heeft "
              "onze aandacht; nieuwe gebouwen worden volgens de geldende richtlijnen ingericht."),
    ]


# ---------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------

def number_blocks(blocks, numbered=True):
    """Number h1/h2/h3 headings as 1 / 1.1 / 1.1.1. Returns new block list and toc entries."""
    c = [0, 0, 0]
    out, toc = [], []
    for b in blocks:
        if b[0] in ("h1", "h2", "h3") and numbered and not (len(b) > 2 and b[2] == "nonum"):
            lvl = int(b[0][1]) - 1
            c[lvl] += 1
            for i in range(lvl + 1, 3):
                c[i] = 0
            num = ".".join(str(x) for x in c[:lvl + 1])
            title = f"{num} {b[1]}"
            out.append((b[0], title))
            if lvl < 2:
                toc.append((lvl, title))
        else:
            out.append(b)
            if b[0] in ("h1", "h2"):
                toc.append((int(b[0][1]) - 1, b[1]))
    return out, toc


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def write_docx(path, title_lines, blocks, header=None, footer_pages=False, numbered=True):
    blocks, toc = number_blocks(blocks, numbered)
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]; hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_pages:
        fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("Pagina ")
        add_field(fp.add_run(), "PAGE")
        fp.add_run(" van ")
        add_field(fp.add_run(), "NUMPAGES")
    # title page
    doc.add_paragraph(title_lines[0], style="Title")
    for line in title_lines[1:]:
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_paragraph("Inhoudsopgave", style="Heading 1" if not numbered else "Heading 1")
    for lvl, t in toc:
        p = doc.add_paragraph(("    " * lvl) + t)
        p.paragraph_format.space_after = Pt(0)
    doc.add_page_break()
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            if kind == "h1":
                pass
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout208_"))
    try:
        env = dict(os.environ, HOME=str(tmp))
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=300)
        shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(path, title, subtitle, blocks, site_header):
    blocks, toc = number_blocks(blocks, True)
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title)}</title>", "</head>", "<body>",
             f'<header class="site"><p>{e(site_header)}</p><nav><a href="#">Home</a> | <a href="#">Ouders</a> | '
             f'<a href="#">Scholen</a> | <a href="#">Toelaatbaarheid</a> | <a href="#">Basisondersteuning</a> | '
             f'<a href="#">Financiën</a> | <a href="#">Contact</a></nav></header>',
             "<main>", f"<h1>{e(title)}</h1>", f"<p class='sub'>{e(subtitle)}</p>",
             '<nav class="toc"><h2>Inhoud</h2><ul>']
    for lvl, t in toc:
        parts.append(f'<li class="lvl{lvl}">{e(t)}</li>')
    parts.append("</ul></nav>")
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            lv = int(k[1]) + 1
            parts.append(f"<h{lv}>{e(b[1])}</h{lv}>")
        elif k == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif k in ("ul", "ol"):
            parts.append(f"<{k}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "table":
            rows = b[1]
            s = "<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            parts.append(s + "</tbody></table>")
        elif k == "dl":
            parts.append("<dl>" + "".join(f"<dt>{e(a)}</dt><dd>{e(d)}</dd>" for a, d in b[1]) + "</dl>")
    parts.append("</main>")
    parts.append(f"<footer><p>{e(site_header)} · Privacyverklaring · Cookies · Toegankelijkheid</p></footer>")
    parts.append("</body></html>")
    Path(path).write_text("\n".join(parts) + "\n", encoding="utf-8")


def glossary(entries):
    return [("h1", "Begrippenlijst en afkortingen"), ("table", [["Begrip", "Omschrijving"]] + entries)]


# ---------------------------------------------------------------------------
# Plan A: VO Lindeland (docx, numbered headings)
# ---------------------------------------------------------------------------

def plan_a():
    naam = "Samenwerkingsverband VO Lindeland"
    b = []
    b += voorwoord(naam, "Lindeland en de Kop van de Vaart", "2025-2029", "drs. M.A. (Marloes) Hoekstra")
    b += [
        ("h1", "Inleiding en context"),
        ("h2", "Het werkgebied"),
        ("p", "Samenwerkingsverband VO Lindeland (VO 24-09) omvat het voortgezet onderwijs in zes gemeenten in een "
              "landelijk gebied met twee middelgrote kernen. Negen schoolbesturen zijn aangesloten met samen "
              "zeventien vestigingen: vmbo, havo, vwo, twee scholen voor praktijkonderwijs, een school voor "
              "voortgezet speciaal onderwijs (cluster 4) en een vso-afdeling cluster 3. Het verband telt ruim "
              "11.400 leerlingen. De leerlingaantallen dalen licht; in het oosten van de regio daalt het aantal "
              "twaalfjarigen tot 2030 met bijna tien procent."),
        ("table", [["Schooltype", "Vestigingen", "Leerlingen 1-10-2024"],
                   ["vmbo (incl. lwoo-leerlingen)", "7", "4.310"],
                   ["havo/vwo", "6", "5.880"],
                   ["praktijkonderwijs", "2", "560"],
                   ["vso cluster 3 en 4", "2", "690"]]),
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 3 beschrijft onze visie. Hoofdstuk 4 gaat over de basisondersteuning, hoofdstuk 5 over het "
              "ondersteuningsaanbod van licht tot zwaar, hoofdstuk 6 over toewijzing en toelaatbaarheid. Financiële "
              "zaken staan in hoofdstuk 8 'Geld en middelen'. De opbrengsten komen aan de orde in hoofdstuk 9. "
              "Communicatie met ouders en scholen beschrijven wij in hoofdstuk 10."),
    ]
    b += visie(naam, "vo")
    b += [
        ("h1", "Basisondersteuning"),
        ("h2", "Wat verstaan wij onder basisondersteuning"),
        ("p", "De aangesloten besturen hebben in Lindeland een gezamenlijke ondergrens afgesproken: de "
              "basisondersteuning. Dat is de ondersteuning die iedere vestiging van iedere aangesloten school, "
              "inclusief de scholen voor praktijkonderwijs, zelf biedt aan elke leerling die haar nodig heeft, zonder "
              "dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Een school mag meer bieden, maar niet "
              "minder. Op deze afspraak spreken de besturen elkaar aan."),
        ("h2", "De standaarden"),
        ("p", "De ondergrens is uitgewerkt in acht standaarden. De tabel hieronder laat per standaard zien wat een "
              "leerling en zijn ouders op elke vestiging mogen verwachten."),
        ("table", [["Standaard", "Wat u op elke vestiging mag verwachten"],
                   ["1 Ondersteuningsstructuur", "Een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen; "
                    "een vast zorg- en adviesteam dat minimaal zes keer per jaar bijeenkomt."],
                   ["2 Mentoraat", "Iedere leerling heeft een mentor met wekelijks mentoruur en minimaal drie "
                    "individuele gesprekken per jaar."],
                   ["3 Dyslexie en dyscalculie", "Werken volgens het regionale protocol; faciliteiten zoals extra tijd, "
                    "voorleessoftware en vergrote opgaven."],
                   ["4 Sociaal-emotionele ontwikkeling", "Een training sociale vaardigheden of faalangstreductie, "
                    "jaarlijks aangeboden, en een anti-pestcoördinator."],
                   ["5 Executieve functies", "Huiswerkbegeleiding of planningstraining voor leerlingen die vastlopen."],
                   ["6 Opvang", "Een time-outvoorziening met begeleiding tijdens alle lesuren."],
                   ["7 Medisch handelen", "Een protocol medisch handelen en geschoolde BHV/EHBO-medewerkers."],
                   ["8 Samenwerking", "Vaste afspraken met schoolmaatschappelijk werk, jeugdarts en leerplicht."]]),
        ("h2", "Borging"),
        ("p", "Elke school neemt de standaarden op in de schoolgids. De ondersteuningsconsulent van het "
              "samenwerkingsverband bezoekt iedere vestiging eens per twee jaar en bespreekt aan de hand van een "
              "kijkwijzer of de standaarden worden waargemaakt. Blijft een vestiging onder de ondergrens, dan "
              "maakt het bestuur binnen drie maanden een verbeterplan."),
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("h2", "Van basis naar specialistisch"),
        ("p", "Het aanbod in Lindeland is opgebouwd in vier lagen die op elkaar aansluiten. Laag 1 is de "
              "basisondersteuning op elke vestiging. Laag 2 is extra ondersteuning op de eigen school: "
              "arrangementen die de school bekostigt uit het schoolbudget, zoals een plusklas, een "
              "rebound-uur of individuele begeleiding door een gedragsspecialist. Laag 3 bestaat uit bovenschoolse "
              "voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De Kompasroos, het praktijkonderwijs "
              "en de leerwegondersteuning in het vmbo. Laag 4 is het voortgezet speciaal onderwijs in cluster 3 en 4."),
        ("h3", "OPDC De Kompasroos"),
        ("p", "Het OPDC biedt plaats aan 48 leerlingen uit vmbo en onderbouw havo die tijdelijk niet in een "
              "reguliere klas kunnen functioneren. De plaatsing duurt in de regel twaalf tot twintig weken en "
              "maximaal een schooljaar. De leerling blijft ingeschreven op de eigen school, die de ondersteuning "
              "na afloop voortzet. Daarnaast biedt De Kompasroos een ambulante dienst die op scholen meekijkt."),
        ("h3", "Praktijkonderwijs en lwoo"),
        ("p", "Praktijkonderwijs wordt gegeven op twee scholen in de beide kernen. Leerwegondersteunend onderwijs is "
              "onderdeel van alle vmbo-vestigingen; de vmbo-scholen werken met kleine klassen in de onderbouw en "
              "extra taal- en rekenlessen."),
        ("h3", "Onderwijs-zorgarrangementen"),
        ("p", "Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, combineren school en jeugdhulp hun "
              "inzet in een onderwijs-zorgarrangement. De gemeenten en het samenwerkingsverband hebben hiervoor een "
              "gezamenlijk budget en één aanspreekpunt per gemeente."),
        ("h2", "Geen leerling buiten beeld"),
        ("p", "Een dekkend aanbod betekent dat voor iedere leerling een passende plek beschikbaar is. Scholen hebben "
              "zorgplicht: wordt een leerling aangemeld met een ondersteuningsvraag, dan zoekt de school van "
              "aanmelding een passende plek, op de eigen school of elders. Lukt dat niet binnen tien weken, dan "
              "neemt het samenwerkingsverband de regie over."),
        ("p", "Leerlingen die thuiszitten of dreigen thuis te komen zitten worden binnen een week gemeld bij het "
              "Thuiszittersoverleg, waarin leerplicht, de school, het samenwerkingsverband en het wijkteam zitten. "
              "Het overleg stelt binnen vier weken een plan met een eerste stap terug naar onderwijs vast. Als "
              "partijen het niet eens worden, beslist de directeur-bestuurder (doorzettingsmacht)."),
        ("p", "Elk voorjaar maken het bureau en de schoolleiders een analyse van de vragen die het afgelopen jaar "
              "niet of te laat konden worden beantwoord. Uit die analyse bleek eerder dat er geen plek was voor "
              "hoogbegaafde leerlingen met faalangst; daarom is in 2024 een plusprogramma gestart op twee "
              "havo/vwo-scholen. Tekorten die uit de jaarlijkse analyse volgen, leiden tot een voorstel aan de AV "
              "voor een nieuwe of aangepaste voorziening."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("h2", "De Commissie Toewijzing"),
        ("p", "Besluiten over toelaatbaarheid tot het vso en tot het praktijkonderwijs en over de aanwijzing voor "
              "leerwegondersteunend onderwijs neemt de Commissie Toewijzing namens het bestuur van het "
              "samenwerkingsverband. De commissie bestaat uit een voorzitter, een orthopedagoog en een "
              "GZ-psycholoog."),
        ("h2", "De route van een aanvraag"),
        ("ol", ["Stap 1. De school waar de leerling is ingeschreven of aangemeld bespreekt de leerling in het "
                "zorg- en adviesteam en stelt samen met de ouders het ontwikkelingsperspectiefplan op.",
                "Stap 2. Het schoolbestuur dient de aanvraag digitaal in bij de Commissie Toewijzing, met het "
                "groeidocument, een onderwijskundig rapport en de zienswijze van de ouders.",
                "Stap 3. De commissie vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
                "afhankelijk van de leerling, een tweede deskundige zoals een jeugdarts of maatschappelijk werker. "
                "De deskundigen zijn niet bij de aanvraag betrokken geweest en geven elk een eigen schriftelijk advies.",
                "Stap 4. De commissie besluit binnen zes weken na ontvangst van een volledige aanvraag. Bij een "
                "spoedaanvraag is dat twee weken.",
                "Stap 5. Ouders en school ontvangen het besluit met de deskundigenadviezen."]),
        ("p", "De criteria die de commissie bij vso, lwoo en pro hanteert, zijn opgenomen in het Handboek "
              "Toewijzing Lindeland, dat als afzonderlijk document wordt vastgesteld en op de website staat."),
        ("h2", "Duur en categorie"),
        ("p", "Een toelaatbaarheidsverklaring voor het vso wordt afgegeven voor ten hoogste twee schooljaren en "
              "loopt af op 31 juli. In de verklaring staat de bekostigingscategorie laag, midden of hoog. Een "
              "toelaatbaarheidsverklaring voor praktijkonderwijs en een aanwijzing lwoo gelden voor de hele "
              "schoolloopbaan in het voortgezet onderwijs."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en schoolbesturen die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar "
              "maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) voordat het op het bezwaar beslist."),
        ("h2", "Einde van de verklaring"),
        ("p", "Het vso is in Lindeland geen eindstation. Wij willen dat iedere leerling die dat aankan, terugkeert "
              "naar een reguliere school, bij voorkeur de school van herkomst, of doorstroomt naar het mbo. "
              "Terugkeer is mogelijk als de ondersteuningsbehoefte binnen laag 1 of 2 kan worden beantwoord en "
              "de ontvangende school met de leerling en ouders een overgangsplan heeft gemaakt."),
        ("p", "In het laatste jaar van iedere toelaatbaarheidsverklaring evalueert de vso-school vóór 1 februari "
              "met ouders en leerling het ontwikkelingsperspectief. Als terugkeer haalbaar lijkt, nodigt de "
              "vso-school de ontvangende school uit voor een overstapoverleg vóór 1 april. Is verder vso nodig, "
              "dan vraagt het bestuur van de vso-school een nieuwe verklaring aan bij de Commissie Toewijzing; "
              "anders eindigt de verklaring op 31 juli en start de leerling op 1 augustus op de reguliere school."),
        ("p", "Na de overstap krijgt de ontvangende school een terugkeerarrangement van € 2.500 en begeleidt een "
              "ambulant begeleider van de vso-school de leerling gedurende zes maanden. Na drie maanden is er een "
              "evaluatiegesprek met ouders, leerling, mentor en ambulant begeleider."),
    ]
    b += [
        ("h1", "Samenwerking met gemeenten en ketenpartners"),
        ("p", "Met de zes gemeenten voeren wij jaarlijks op overeenstemming gericht overleg over de aansluiting "
              "tussen onderwijs en jeugdhulp. Gezamenlijke thema's zijn leerlingenvervoer, de overgang naar het "
              "mbo, onderwijshuisvesting voor het OPDC en de inzet van jeugdhulp op school. Afspraken staan in "
              "de regionale agenda onderwijs-jeugd."),
    ]
    b += [
        ("h1", "Geld en middelen"),
        ("h2", "Inkomsten"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning en voor "
              "lwoo en pro. Een groot deel van de zware ondersteuning wordt via DUO rechtstreeks overgedragen aan "
              "de vso-scholen op basis van het aantal toelaatbaarheidsverklaringen."),
        ("h2", "Zo verdelen wij"),
        ("p", "Het verdeelmodel kent vier stromen. De stroom schoolbudgetten verdeelt € 105 per leerling (telling "
              "1 oktober) naar de schoolbesturen voor laag 1 en 2; scholen voor praktijkonderwijs ontvangen "
              "daarnaast een vaste voet van € 20.000. De stroom bovenschools bekostigt het OPDC en de ambulante "
              "dienst. De lwoo- en pro-middelen gaan per geteld lwoo- of pro-leerling volledig door naar de "
              "betreffende school. De stroom maatwerk is een budget waaruit de Commissie Toewijzing individuele "
              "arrangementen toekent wanneer laag 2 niet volstaat."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Baten lichte ondersteuning en lwoo/pro", "9.840", "9.710", "9.590", "9.450"],
                   ["Schoolbudgetten", "1.197", "1.185", "1.170", "1.155"],
                   ["Lwoo/pro naar scholen", "6.950", "6.860", "6.770", "6.680"],
                   ["OPDC De Kompasroos en ambulante dienst", "1.020", "1.020", "1.000", "990"],
                   ["Maatwerkarrangementen", "310", "300", "300", "290"],
                   ["Bureau en governance", "420", "425", "430", "435"],
                   ["Resultaat", "-57", "-80", "-80", "-100"]]),
        ("p", "Het weerstandsvermogen bedraagt eind 2024 € 1,3 miljoen. De begrote tekorten zijn bewust: de reserve "
              "boven de signaleringswaarde wordt in vier jaar afgebouwd. Scholen verantwoorden de besteding van het "
              "schoolbudget jaarlijks met een korte rapportage aan de directeur-bestuurder."),
        ("h1", "Opbrengsten en kwaliteit"),
        ("p", "Wij willen graag laten zien wat passend onderwijs in Lindeland oplevert. De beschrijving van de "
              "beoogde en bereikte resultaten en de manier waarop wij die volgen, nemen wij op in de eerste "
              "voortgangsparagraaf bij dit plan, die in het najaar van 2026 aan de OPR wordt voorgelegd."),
        ("h1", "Communicatie"),
        ("h2", "Met scholen"),
        ("p", "Schoolleiders en ondersteuningscoördinatoren ontvangen maandelijks een digitale nieuwsbrief. Het "
              "netwerk ondersteuningscoördinatoren komt zes keer per jaar bijeen."),
        ("h2", "Met ouders en leerlingen"),
        ("p", "Ouders lezen in de schoolgids van elke school welke ondersteuning de school biedt, inclusief de "
              "acht standaarden. Het samenwerkingsverband geeft daarnaast elk jaar in september de brochure "
              "'Passend onderwijs in Lindeland' uit, die via alle scholen aan ouders van brugklassers wordt "
              "meegegeven. Op de website staan per voorziening een beschrijving, de contactpersoon en de route "
              "om er gebruik van te maken. Twee keer per jaar, in oktober en maart, organiseren wij een "
              "informatieavond voor ouders in beide kernen; de basisscholen nodigen ouders van groep 8 uit."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij de organisaties die op onze website onder 'Hulp "
              "voor ouders' staan vermeld. Het ouder- en jeugdsteunpunt van het samenwerkingsverband wordt in de loop "
              "van 2026 ingericht."),
    ]
    b += medezeggenschap(naam, vo=True, ouderrol=True)
    b += governance(naam, "VO 24-09")
    b += personeel()
    b += ict_privacy()
    b += totstandkoming("2025-2029", [["Concept besproken met schoolleiders", "26 september 2024"],
                                       ["OOGO met de zes gemeenten", "14 januari 2025"],
                                       ["Overleg met SWV PO Lindeland", "21 januari 2025"],
                                       ["Instemming OPR", "11 maart 2025"],
                                       ["Vaststelling door de directeur-bestuurder", "25 maart 2025"]])
    b += planning("2025-2029")
    b += glossary([
        ["Basisondersteuning", "De afgesproken ondersteuning die alle scholen bieden."],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en leerlingen."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Pro", "Praktijkonderwijs."],
        ["Resultaten", "De beoogde en bereikte opbrengsten van passend onderwijs."],
        ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen."],
    ])
    title = ["Ondersteuningsplan 2025-2029", naam, "VO 24-09", "Vastgesteld 25 maart 2025"]
    return naam, title, b


# ---------------------------------------------------------------------------
# Plan B: PO De Veenmarke (docx, numbered headings)
# ---------------------------------------------------------------------------

def plan_b():
    naam = "Samenwerkingsverband Passend Primair Onderwijs De Veenmarke"
    b = []
    b += voorwoord(naam, "de Veenmarke", "2025-2029", "J.P. (Jan-Pieter) Mulder")
    b += [
        ("h1", "Het samenwerkingsverband in cijfers"),
        ("p", "De Veenmarke (PO 20-07) omvat 64 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De "
              "Wegwijzer en sbo Het Veenpluis) en drie locaties voor speciaal onderwijs in cluster 3 en 4. Elf "
              "schoolbesturen zijn aangesloten. Op 1 oktober 2024 telde het verband 13.950 leerlingen in het "
              "basisonderwijs, 402 in het sbo en 298 in het so."),
        ("p", "De regio kent veel kleine scholen: 22 scholen hebben minder dan honderd leerlingen. Dat vraagt om "
              "samenwerking tussen scholen in clusters, zodat expertise gedeeld kan worden."),
    ]
    b += visie(naam, "po")
    b += [
        ("h1", "Basisondersteuning"),
        ("h2", "Definitie"),
        ("p", "Basisondersteuning is in De Veenmarke de afgesproken ondergrens: het geheel aan preventieve en "
              "licht curatieve interventies dat iedere basisschool en iedere vestiging van het verband binnen de "
              "eigen ondersteuningsstructuur, onder regie en binnen de afspraken van het samenwerkingsverband, "
              "planmatig en op een overeengekomen kwaliteitsniveau uitvoert. De basisondersteuning bestaat uit "
              "vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur en planmatig werken."),
        ("p", "Geen enkele school zit onder deze ondergrens. Scholen die meer bieden, beschrijven dat in hun "
              "schoolgids als aanvulling."),
        ("h2", "De kwaliteitskaart"),
        ("p", "Welke voorzieningen, interventies en expertise bij deze vier aspecten horen, is uitgewerkt in de "
              "Kwaliteitskaart Basisondersteuning De Veenmarke (bijlage 2). De kwaliteitskaart wordt eens per twee "
              "jaar door de intern begeleiders geactualiseerd."),
        ("h2", "Extra ondersteuning"),
        ("p", "Heeft een leerling meer nodig dan de school binnen de basisondersteuning kan bieden, dan spreken we "
              "van extra ondersteuning. De school vraagt dan het ondersteuningsteam van het samenwerkingsverband "
              "om mee te denken."),
        ("h1", "Een dekkend netwerk"),
        ("h2", "Ondersteuning in lagen"),
        ("p", "Het netwerk van voorzieningen in De Veenmarke is opgebouwd van licht naar zwaar. Op iedere school "
              "is de basisondersteuning aanwezig. Daarboven kan de school een arrangement aanvragen bij het Loket: "
              "inzet van een ambulant begeleider, een leerkrachtondersteuner of een specialist gedrag, taal of "
              "hoogbegaafdheid. Per cluster van scholen is er een taalklas voor nieuwkomers en een plusklas. "
              "Vervolgens zijn er de twee sbo-scholen, die ook een observatiegroep voor jonge kinderen hebben, en "
              "de so-locaties voor zeer moeilijk lerende kinderen, langdurig zieke kinderen en kinderen met "
              "ernstige gedragsproblemen. Voor kinderen die onderwijs en zorg nodig hebben, zijn er twee "
              "onderwijs-zorggroepen op so-locaties, samen met een zorgaanbieder."),
        ("h2", "Wanneer er geen passende plek is"),
        ("p", "Scholen hebben zorgplicht. Als een school binnen zes weken na aanmelding geen passende plek kan "
              "vinden, meldt zij de leerling bij het Loket. De consulent van het Loket organiseert binnen twee "
              "weken een overleg met ouders, school en eventueel jeugdhulp. Elk kind dat langer dan twee weken "
              "niet naar school gaat, wordt besproken aan de Thuiszitterstafel, die maandelijks bijeenkomt en "
              "waar de leerplichtambtenaar, de jeugdarts en het Loket aan deelnemen."),
        ("p", "Twee keer per jaar inventariseert het Loket welke ondersteuningsvragen in de regio niet beantwoord "
              "konden worden. Op basis daarvan besluit het algemeen bestuur over het aanvullen van het aanbod; zo "
              "is in 2023 de observatiegroep voor kleuters opgezet."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Wie vraagt aan en wie beslist"),
        ("p", "Het bestuur van de school waar het kind staat ingeschreven, vraagt de toelaatbaarheidsverklaring "
              "(TLV) aan bij het Loket. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectief en "
              "de handtekening of zienswijze van de ouders. De Commissie van Toelaatbaarheid (CvT) beslist namens "
              "het bestuur van het samenwerkingsverband, binnen zes weken na ontvangst van een volledig dossier."),
        ("h2", "Deskundigen"),
        ("p", "De CvT vraagt voor ieder besluit schriftelijk advies van twee deskundigen: een orthopedagoog of "
              "psycholoog, en een tweede deskundige die past bij de vraag van het kind, zoals een kinderarts of "
              "maatschappelijk werker. De deskundigen hebben het kind niet zelf aangemeld."),
        ("h2", "Criteria"),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden is voldaan:"),
        ("ul", ["de basisondersteuning en ten minste één arrangement van het Loket zijn gedurende minimaal een "
                "half jaar planmatig ingezet en geëvalueerd;",
                "de ondersteuningsbehoefte betreft een combinatie van leren en gedrag of werkhouding waarvoor een "
                "kleine groep en een aangepast programma nodig zijn;",
                "het kind heeft een leerachterstand van minimaal een jaar op twee vakgebieden of een "
                "uitstroomperspectief van lager dan praktijkonderwijs/vmbo basis."]),
        ("p", "Een kind is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) wanneer het sbo met "
              "arrangement niet passend is en het kind intensieve, structurele begeleiding nodig heeft in een "
              "kleine groep vanwege een verstandelijke of lichamelijke beperking, een langdurige ziekte of "
              "ernstige gedrags- of psychiatrische problematiek. De CvT stelt daarbij de categorie laag, midden of "
              "hoog vast aan de hand van de beperking van het kind."),
        ("h2", "Geldigheid en bezwaar"),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt voor twee schooljaren "
              "en eindigt op 31 juli. Ouders kunnen binnen zes weken bezwaar maken; het samenwerkingsverband is "
              "aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("h2", "Terug naar het reguliere basisonderwijs"),
        ("p", "De beschrijving van de werkwijze en het beleid rond terugplaatsing en overplaatsing wordt in het "
              "schooljaar 2025-2026 samen met de sbo- en so-scholen opnieuw opgesteld en als voortgangsparagraaf "
              "aan dit plan toegevoegd."),
        ("h1", "Financiën"),
        ("h2", "Verdeling van middelen"),
        ("p", "De Veenmarke werkt met een schoolmodel: de middelen voor lichte ondersteuning gaan zo veel "
              "mogelijk naar de besturen. Ieder bestuur ontvangt € 142 per leerling op basis van de telling van "
              "1 oktober van het voorgaande jaar, plus een vaste voet van € 4.000 per school met minder dan 100 "
              "leerlingen. Arrangementen van het Loket worden toegekend op basis van de aanvraag van de school en "
              "het oordeel van de consulent; een arrangement duurt maximaal een schooljaar en bedraagt ten hoogste "
              "€ 8.500. De kosten van TLV's worden door DUO verrekend en gaan niet via de besturen."),
        ("h2", "Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2029 wordt na vaststelling door het algemeen bestuur als bijlage 5 aan dit "
              "plan toegevoegd (p.m.). Een samenvatting volgt in de voortgangsparagraaf."),
        ("h1", "Opbrengsten: wat willen we bereiken"),
        ("p", "Wij hebben voor de planperiode vijf doelen geformuleerd. Iedere doelstelling heeft een "
              "streefwaarde, zodat wij aan het eind van de periode kunnen zeggen of wij het gehaald hebben."),
        ("table", [["Doel", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Aandeel scholen dat op de kwaliteitskaart 'voldoende' scoort", "78%", "100%"],
                   ["Kinderen langer dan 4 weken thuis zonder onderwijs", "9", "0"],
                   ["Doorlooptijd TLV-aanvraag", "8 weken", "maximaal 6 weken"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"],
                   ["Deelname sbo + so", "4,9%", "maximaal 4,5%"]]),
        ("h2", "Zo volgen wij de voortgang"),
        ("p", "Het bureau verzamelt de cijfers twee keer per jaar, in februari en september, uit de "
              "leerlingadministratie, het Loketsysteem en de tevredenheidspeiling onder ouders. De resultaten worden "
              "besproken met de intern begeleiders en het algemeen bestuur en jaarlijks openbaar gemaakt in het "
              "jaarverslag. Wanneer een streefwaarde niet in zicht is, stelt het bestuur bij in het jaarplan."),
        ("h1", "Communicatie en samenwerking"),
        ("h2", "Ouders als partner"),
        ("p", "Ouders vinden op de website van De Veenmarke een overzicht van alle ondersteuningsvoorzieningen, de "
              "route naar een arrangement en de TLV-procedure in gewone taal. Iedere school neemt in de schoolgids "
              "op welke ondersteuning zij biedt. Nieuwe ouders ontvangen via de school de folder 'Wat als mijn kind "
              "meer nodig heeft?'. Bij elk arrangement is een ouder aanwezig bij het eerste gesprek."),
        ("p", "Ouders die vragen hebben of het oneens zijn met de school, kunnen kosteloos terecht bij het "
              "Ouder- en Jeugdsteunpunt Veenmarke, dat onafhankelijk van de scholen werkt en bereikbaar is via een "
              "eigen telefoonnummer en spreekuur. Ook kunnen zij een onderwijsconsulent inschakelen. Bij een "
              "geschil over toelating of verwijdering kunnen zij naar de Geschillencommissie passend onderwijs."),
        ("h2", "Gemeenten"),
        ("p", "Met de vier gemeenten voeren wij OOGO. Afgesproken is dat iedere school een vaste contactpersoon "
              "van het sociaal team heeft en dat jeugdhulp onder schooltijd mogelijk is volgens het regionale "
              "convenant."),
    ]
    b += medezeggenschap(naam, vo=False, ouderrol=True)
    b += governance(naam, "PO 20-07", "vereniging")
    b += landelijk("po")
    b += kennisdeling()
    b += huisvesting_vervoer()
    b += personeel()
    b += ict_privacy()
    b += totstandkoming("2025-2029", [["Evaluatie vorig plan", "voorjaar 2024"],
                                       ["OOGO met gemeenten", "5 februari 2025"],
                                       ["Overleg met SWV VO", "10 februari 2025"],
                                       ["Instemming OPR", "4 maart 2025"],
                                       ["Vaststelling algemeen bestuur", "18 maart 2025"]])
    b += planning("2025-2029")
    b += glossary([
        ["Arrangement", "Extra ondersteuning voor een leerling, toegekend door het Loket."],
        ["CvT", "Commissie van Toelaatbaarheid."],
        ["IB'er", "Intern begeleider."],
        ["Meerjarenbegroting", "Begroting voor vier jaar van het samenwerkingsverband."],
        ["Sbo", "Speciaal basisonderwijs."],
        ["So", "Speciaal onderwijs."],
        ["Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar een basisschool, na afloop van de TLV."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ])
    title = ["Ondersteuningsplan 2025-2029", naam, "PO 20-07", "Vastgesteld door het algemeen bestuur op 18 maart 2025"]
    return naam, title, b


# ---------------------------------------------------------------------------
# Plan C: VO Deltamond (pdf with running header and page numbers)
# ---------------------------------------------------------------------------

def plan_c():
    naam = "Samenwerkingsverband voortgezet onderwijs Deltamond"
    b = []
    b += voorwoord(naam, "de Deltamond-regio", "2025-2029", "ir. R. (Rachid) El Amrani")
    b += [
        ("h1", "Over ons samenwerkingsverband"),
        ("p", "Deltamond (VO 29-05) is het regionale samenwerkingsverband voor het voortgezet onderwijs in vier "
              "gemeenten rond de riviermonding. Zeven besturen met veertien vestigingen zijn aangesloten: een "
              "brede scholengemeenschap, vier vmbo-scholen met lwoo, een praktijkschool, vijf havo/vwo-locaties, "
              "twee vso-scholen en het OPDC Tij. In totaal gaat het om ongeveer 8.900 leerlingen."),
        ("p", "Dit plan is een plan op hoofdlijnen. Wij beschrijven wat wij als besturen samen afspreken. De "
              "scholen bepalen zelf hoe zij die afspraken in hun eigen context vormgeven. Met die keuze sluiten "
              "wij aan bij de wens van de besturen om de regeldruk te beperken."),
    ]
    b += visie(naam, "vo")
    b += [
        ("h1", "Basisondersteuning: de Deltamond-standaard"),
        ("p", "De besturen in Deltamond hebben één standaard afgesproken die voor alle vestigingen geldt, ook voor "
              "het praktijkonderwijs. Wat in de standaard staat, biedt elke school aan iedere leerling die het "
              "nodig heeft. Het is de ondergrens waaronder geen enkele vestiging mag zitten."),
        ("p", "De Deltamond-standaard omvat op elke vestiging ten minste:"),
        ("ul", ["een ondersteuningscoördinator en een vast ondersteuningsteam met orthopedagoog, schoolmaatschappelijk "
                "werker en jeugdarts, dat minimaal eens per maand bijeenkomt;",
                "een mentor voor iedere leerling, met een leerlingbespreking per klas minimaal drie keer per jaar;",
                "dyslexie- en dyscalculiebegeleiding volgens het regionale protocol, inclusief faciliteiten bij toetsen;",
                "een aanbod voor faalangst, sociale vaardigheden en examenvrees;",
                "begeleiding bij plannen en organiseren (executieve functies) door een studiecoach;",
                "een time-outplek met opvang tijdens de lesuren;",
                "een aanpak voor verzuim in samenwerking met de leerplichtambtenaar, met een gesprek na drie "
                "dagen ongeoorloofd verzuim;",
                "een protocol medisch handelen en een aanspreekpunt voor chronisch zieke leerlingen."]),
        ("p", "Iedere school beschrijft in de schoolgids hoe zij de standaard uitvoert. De directeur-bestuurder "
              "bespreekt eens per jaar met elk bestuur de uitvoering."),
        ("h1", "Toelaatbaarheid"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo groot is dat deze ook met "
              "een intensief arrangement binnen het regulier onderwijs niet kan worden beantwoord, én ten minste "
              "een van de volgende situaties zich voordoet: de leerling heeft een verstandelijke beperking (IQ "
              "onder 70) in combinatie met een ondersteuningsbehoefte op meerdere gebieden; de leerling heeft een "
              "langdurige lichamelijke ziekte of beperking waardoor deelname aan een reguliere groep structureel "
              "onmogelijk is; of de leerling heeft ernstige gedrags- of psychiatrische problemen waarvoor een "
              "kleine groep met een specialistisch pedagogisch klimaat nodig is."),
        ("h2", "Praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen (inzichtelijk rekenen, "
              "begrijpend lezen, technisch lezen, spellen), waarvan één domein inzichtelijk rekenen of begrijpend "
              "lezen is."),
        ("h2", "Leerwegondersteunend onderwijs"),
        ("p", "Deltamond hanteert voor lwoo de landelijke criteria: een IQ tussen 75 en 90 met een "
              "leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of een IQ tussen 91 en 120 met "
              "dezelfde leerachterstand én sociaal-emotionele problematiek die het leren belemmert."),
        ("h2", "Aanvraag en besluit"),
        ("p", "Hoe een aanvraag verloopt, wie beslist en binnen welke termijn, staat in het Reglement toewijzing "
              "Deltamond dat op onze website is gepubliceerd. Een toelaatbaarheidsverklaring vso wordt in de regel "
              "voor twee schooljaren afgegeven."),
        ("h2", "Terug naar regulier"),
        ("p", "Deltamond wil dat leerlingen niet langer in het vso blijven dan nodig. Ons uitgangspunt is dat "
              "een leerling terugkeert naar een reguliere vo-school zodra het ontwikkelingsperspectief laat zien "
              "dat de leerling met de Deltamond-standaard en een tijdelijk arrangement verder kan. Voorwaarden zijn "
              "dat de leerling minimaal een half jaar stabiel functioneert, dat er een school van plaatsing is die "
              "het ontwikkelingsperspectief kan waarmaken, en dat de leerling zelf de overstap wil."),
        ("p", "Na de terugkeer krijgt de ontvangende school een overstaparrangement van € 3.000 per leerling, en "
              "gedurende het eerste jaar een overstapcoach uit het vso die wekelijks contact houdt met leerling en "
              "mentor. Lukt het ondanks deze begeleiding niet, dan is terugkeer naar het vso zonder nieuwe "
              "wachttijd mogelijk."),
        ("p", "De stappen, de evaluatiemomenten en de verdeling van verantwoordelijkheden tussen vso-school en "
              "ontvangende school leggen wij in het komende schooljaar met de twee vso-scholen vast."),
        ("h1", "Dekkend aanbod"),
        ("p", "Een dekkend aanbod is het uitgangspunt van Deltamond. Het ondersteuningscontinuüm van onze regio "
              "wordt beschreven in het Ondersteuningsprofiel Deltamond, dat als afzonderlijk document verschijnt. "
              "De toekomst van het OPDC Tij wordt in 2026 heroverwogen."),
        ("p", "Een gezamenlijke aanpak voor thuiszitters en leerlingen zonder passende plek stellen wij in de loop "
              "van 2026 samen met de gemeenten op."),
        ("h1", "Financiën"),
        ("h2", "Verdeling"),
        ("p", "Het verdeelmodel wordt in 2026 herzien. Tot die herziening gelden de afspraken uit het "
              "ondersteuningsplan 2021-2025."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["Bedragen in euro", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage lichte ondersteuning", "3.410.000", "3.380.000", "3.350.000", "3.310.000"],
                   ["Rijksbijdrage lwoo en pro", "5.620.000", "5.590.000", "5.540.000", "5.500.000"],
                   ["Lasten: middelen naar schoolbesturen", "7.830.000", "7.790.000", "7.730.000", "7.680.000"],
                   ["Lasten: OPDC Tij", "690.000", "690.000", "690.000", "690.000"],
                   ["Lasten: overstaparrangementen", "60.000", "75.000", "90.000", "90.000"],
                   ["Lasten: bureau en personeel", "510.000", "520.000", "530.000", "540.000"],
                   ["Saldo", "-60.000", "-105.000", "-150.000", "-190.000"]]),
        ("p", "De negatieve saldi worden gedekt uit de algemene reserve, die daardoor tot het niveau van de "
              "signaleringswaarde daalt."),
        ("h1", "Resultaten"),
        ("h2", "Wat wij willen bereiken"),
        ("table", [["Beoogd resultaat", "Streefwaarde schooljaar 2028-2029"],
                   ["Leerlingen die na het OPDC terugkeren naar een reguliere school", "ten minste 80%"],
                   ["Vso-leerlingen die met een diploma of certificaat uitstromen naar mbo of werk", "ten minste 70%"],
                   ["Leerlingen die teruggaan van vso naar regulier vo", "ten minste 12 per jaar"],
                   ["Schooluitval zonder startkwalificatie in het vmbo", "onder 1,5%"],
                   ["Vestigingen die de Deltamond-standaard volledig uitvoeren", "alle 14"]]),
        ("h2", "Hoe wij meten"),
        ("p", "Hoe en wanneer wij de voortgang op deze resultaten meten en erover rapporteren, werken wij uit in het "
              "kwaliteitskader dat in 2026 verschijnt."),
        ("h1", "Ouders en leerlingen"),
        ("h2", "Informatie"),
        ("p", "Ouders worden op drie manieren geïnformeerd over de ondersteuningsmogelijkheden. Iedere school "
              "bespreekt de ondersteuning tijdens de kennismaking met nieuwe brugklasouders. De website van "
              "Deltamond heeft een ouderpagina met de standaard, de routes naar extra ondersteuning en de "
              "contactgegevens van alle ondersteuningscoördinatoren. En in het voorjaar verschijnt een jaarlijkse "
              "digitale ouderkrant die via de scholen wordt verspreid."),
        ("h2", "Onafhankelijke hulp"),
        ("p", "Voor onafhankelijk advies en bemiddeling kunnen ouders en leerlingen terecht bij het Ouder- en "
              "Jeugdsteunpunt Deltamond, dat los van de scholen en het bureau werkt, elke werkdag telefonisch "
              "bereikbaar is en op verzoek meegaat naar gesprekken op school. Daarnaast kunnen ouders een "
              "onderwijsconsulent inschakelen en kunnen zij een klacht indienen bij de landelijke "
              "klachtencommissie van het bestuur of bij de Geschillencommissie passend onderwijs."),
    ]
    b += medezeggenschap(naam, vo=True, ouderrol=True)
    b += governance(naam, "VO 29-05")
    b += landelijk("vo")
    b += kennisdeling()
    b += status_plan()
    b += personeel()
    b += ict_privacy()
    b += totstandkoming("2025-2029", [["Werkconferentie", "november 2024"],
                                       ["OOGO", "3 februari 2025"],
                                       ["Instemming OPR", "10 maart 2025"],
                                       ["Vaststelling", "24 maart 2025"]], oogo_inhoud=False)
    b += planning("2025-2029")
    b += glossary([
        ["Dekkend aanbod", "Een passende plek en ondersteuning voor iedere leerling in de regio."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring voor vso of praktijkonderwijs."],
        ["Verdeelmodel", "Afspraken over de verdeling van de middelen over de besturen."],
        ["Vso", "Voortgezet speciaal onderwijs."],
    ])
    title = ["Ondersteuningsplan 2025-2029", naam, "VO 29-05", "Een plan op hoofdlijnen"]
    return naam, title, b


# ---------------------------------------------------------------------------
# Plan D: VO Heuvelzoom (pdf with running header and page numbers)
# ---------------------------------------------------------------------------

def plan_d():
    naam = "Samenwerkingsverband VO Heuvelzoom"
    b = []
    b += voorwoord(naam, "de Heuvelzoom", "2025-2029", "mr. drs. E. (Els) de Waal-Verhoeven")
    b += [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", "In de periode 2021-2025 heeft Heuvelzoom (VO 26-04) geïnvesteerd in expertise op de scholen. Het "
              "aantal leerlingen in het vso is gestabiliseerd, het OPDC is verhuisd naar een nieuw gebouw en de "
              "samenwerking met de jeugdhulp is verbeterd. Minder goed ging het met de doorlooptijden: leerlingen "
              "wachtten soms maanden op een passende plek. Ook kwamen wij niet toe aan een gezamenlijke visie op "
              "hoogbegaafdheid. Deze punten nemen wij mee in dit plan."),
        ("p", "De externe evaluatie door een onderzoeksbureau (maart 2024) concludeert dat de scholen de "
              "samenwerking waarderen, maar dat het plan van 2021 te weinig houvast bood. In dit plan hebben wij "
              "geprobeerd concreter te zijn."),
    ]
    b += visie(naam, "vo")
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning omvat in Heuvelzoom de volgende onderdelen:"),
        ("table", [["Onderdeel", "Invulling"],
                   ["Begeleiding", "mentoraat met wekelijks mentoruur; coaching voor leerlingen die vastlopen"],
                   ["Leren", "remedial teaching voor taal en rekenen; dyslexie- en dyscalculiefaciliteiten"],
                   ["Gedrag en welbevinden", "training sociale vaardigheden; faalangstreductietraining; "
                    "anti-pestprogramma"],
                   ["Structuur", "ondersteuningscoördinator; zorg- en adviesteam met jeugdarts en "
                    "schoolmaatschappelijk werk"],
                   ["Opvang", "een rustruimte (trajectvoorziening) met begeleider"]]),
        ("p", "Welke van deze onderdelen als bindende ondergrens voor alle vestigingen gaan gelden, leggen de "
              "besturen in 2026 vast. Tot die tijd is dit overzicht richtinggevend; de scholen beschrijven in hun "
              "schoolondersteuningsprofiel wat zij daadwerkelijk bieden."),
        ("h1", "Van licht naar zwaar: het ondersteuningscontinuüm"),
        ("p", "Heuvelzoom kent een doorlopende reeks van voorzieningen binnen en tussen de scholen."),
        ("h2", "Op de eigen school"),
        ("p", "Naast de basisondersteuning biedt elke school extra ondersteuning in de vorm van arrangementen: "
              "een plaats in de trajectvoorziening voor maximaal tien weken, een training op maat, begeleiding "
              "door een ambulant begeleider van het vso of een aangepast rooster. De school zet deze arrangementen "
              "in vanuit het eigen budget."),
        ("h2", "Bovenschools"),
        ("p", "Het OPDC De Horizon biedt tijdelijke plaatsing voor leerlingen uit vmbo en havo die vastlopen; de "
              "leerling volgt daar in een kleine groep een programma van twaalf tot twintig weken en keert daarna "
              "terug. Leerwegondersteunend onderwijs wordt gegeven op vijf vmbo-vestigingen in kleine klassen; "
              "praktijkonderwijs op de Praktijkschool Heuvelzoom. Voor leerlingen met een combinatie van onderwijs "
              "en jeugdhulp is er de Combiklas op het terrein van een jeugdhulpaanbieder."),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het vso in de regio bestaat uit een school voor cluster 4 (De Boog) en een vso-afdeling cluster 3 "
              "(De Linde), met uitstroomprofielen dagbesteding, arbeidsmarkt en vervolgonderwijs."),
        ("h2", "Thuiszitters"),
        ("p", "Het aantal thuiszitters in de regio is te hoog. Samen met de gemeenten gaan wij onderzoeken hoe wij "
              "hier beter op kunnen sturen. Een aanpak volgt. De zorgplicht ligt bij de scholen."),
        ("h1", "Toewijzing"),
        ("p", "Voor de procedures rond toelaatbaarheid tot vso en praktijkonderwijs en de aanwijzing lwoo verwijzen "
              "wij naar het Handboek Toewijzing Heuvelzoom (bijlage 4)."),
        ("h1", "Terugkeer uit het vso en het OPDC"),
        ("h2", "Ons beleid"),
        ("p", "Heuvelzoom wil dat het vso een tussenstation kan zijn. Leerlingen van wie het "
              "ontwikkelingsperspectief laat zien dat zij met arrangementen in het regulier onderwijs verder kunnen, "
              "krijgen de kans om terug te keren. Voorwaarde is dat de leerling een half jaar zonder crisis heeft "
              "gefunctioneerd en dat een reguliere school een passend aanbod kan doen. Na terugkeer betaalt het "
              "samenwerkingsverband een nazorgarrangement van een schooljaar, waarin een ambulant begeleider van "
              "De Boog of De Linde de leerling en de mentor begeleidt."),
        ("h2", "De werkwijze"),
        ("ol", ["In het laatste jaar van de toelaatbaarheidsverklaring bespreekt de commissie van begeleiding van "
                "de vso-school uiterlijk in januari of terugkeer mogelijk is.",
                "Is dat zo, dan meldt de vso-school de leerling vóór 1 maart aan bij het Terugkeerteam van het "
                "samenwerkingsverband.",
                "Het Terugkeerteam zoekt met de leerling een reguliere school en organiseert een warme overdracht "
                "met een proefperiode van vier weken in het voorjaar.",
                "De directeur van de ontvangende school besluit vóór 1 juni over plaatsing; de "
                "toelaatbaarheidsverklaring eindigt dan op 31 juli.",
                "Na drie en na twaalf maanden evalueert het Terugkeerteam de overstap."]),
        ("p", "Voor leerlingen in het OPDC geldt dezelfde werkwijze, met dien verstande dat de leerling terugkeert "
              "naar de eigen school van inschrijving."),
        ("h1", "Middelen en begroting"),
        ("h2", "Verdeelmodel"),
        ("p", "Heuvelzoom verdeelt de middelen voor lichte ondersteuning volgens een schoolmodel. Iedere "
              "vestiging ontvangt € 88 per leerling (teldatum 1 oktober) plus een vaste voet van € 15.000. "
              "Vestigingen met meer dan 20% leerlingen uit wijken met een hoge achterstandsscore ontvangen een "
              "toeslag van € 30 per leerling. De middelen voor lwoo en pro gaan naar rato van het aantal lwoo- en "
              "pro-leerlingen naar de scholen. Het OPDC, de Combiklas, het Terugkeerteam en de nazorgarrangementen "
              "worden bovenschools bekostigd."),
        ("h2", "Meerjarenbegroting"),
        ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                   ["Baten", "12.460", "12.300", "12.180", "12.050"],
                   ["Schoolbudgetten lichte ondersteuning", "1.310", "1.295", "1.280", "1.270"],
                   ["Lwoo en pro naar scholen", "8.900", "8.780", "8.690", "8.600"],
                   ["OPDC De Horizon", "1.150", "1.150", "1.150", "1.150"],
                   ["Combiklas", "240", "240", "240", "240"],
                   ["Terugkeerteam en nazorgarrangementen", "310", "320", "320", "320"],
                   ["Bureau", "590", "600", "610", "620"],
                   ["Saldo", "-40", "-85", "-110", "-150"]]),
        ("p", "De verwachte tekorten worden opgevangen uit de reserve. Het weerstandsvermogen blijft boven de "
              "ondergrens die het bestuur heeft vastgesteld."),
        ("h1", "Kwaliteitszorg"),
        ("p", "Heuvelzoom werkt met een vaste kwaliteitscyclus. Twee keer per jaar stelt het bureau een "
              "managementrapportage op met de kengetallen van de regio: aantal toelaatbaarheidsverklaringen, "
              "deelname aan vso, lwoo en pro, plaatsingen in het OPDC en de Combiklas, teruggekeerde leerlingen, "
              "verzuim en voortijdig schoolverlaten. De rapportage wordt besproken in de algemene vergadering en "
              "met de OPR. Jaarlijks publiceert Heuvelzoom een jaarverslag waarin de bereikte resultaten worden "
              "verantwoord; eens in de twee jaar houden wij een tevredenheidsonderzoek onder scholen."),
        ("table", [["Kengetal", "2022-2023", "2023-2024"],
                   ["Deelname vso", "3,6%", "3,5%"],
                   ["Plaatsingen OPDC", "61", "58"],
                   ["Teruggekeerd uit vso", "9", "11"]]),
        ("p", "De beoogde resultaten voor de planperiode formuleren wij na de nulmeting die in het voorjaar van "
              "2026 plaatsvindt."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Dit hoofdstuk volgt in de definitieve versie."),
    ]
    b += medezeggenschap(naam, vo=True, ouderrol=False)
    b += governance(naam, "VO 26-04")
    b += landelijk("vo")
    b += status_plan()
    b += kennisdeling()
    b += huisvesting_vervoer()
    b += personeel()
    b += ict_privacy()
    b += totstandkoming("2025-2029", [["Externe evaluatie", "maart 2024"],
                                       ["OOGO", "28 januari 2025"],
                                       ["Instemming OPR", "18 maart 2025"],
                                       ["Vaststelling AV", "27 maart 2025"]])
    b += planning("2025-2029")
    b += glossary([
        ["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen bieden."],
        ["Bezwaar", "Procedure waarmee ouders een besluit van het samenwerkingsverband kunnen aanvechten."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ])
    title = ["Ondersteuningsplan 2025-2029", naam, "VO 26-04", "Definitief concept"]
    return naam, title, b


# ---------------------------------------------------------------------------
# Plan E: VO Zuidwaard (html web version)
# ---------------------------------------------------------------------------

def plan_e():
    naam = "Samenwerkingsverband VO Zuidwaard"
    b = []
    b += voorwoord(naam, "de Zuidwaard", "2024-2028", "drs. H. (Hanneke) Smit")
    b += [
        ("h1", "Onze regio"),
        ("p", "Zuidwaard (VO 28-11) is het samenwerkingsverband voor voortgezet onderwijs in drie gemeenten ten "
              "zuiden van de stad. Twaalf vestigingen van zes besturen zijn aangesloten: vmbo met lwoo, "
              "havo/vwo, praktijkonderwijs, een vso-school cluster 4 en een vso-afdeling voor zeer moeilijk lerende "
              "leerlingen. Ruim 7.600 leerlingen gaan in de regio naar school."),
        ("p", "De website-versie van het ondersteuningsplan is de officiële versie. Een printbare samenvatting is "
              "op aanvraag verkrijgbaar bij het secretariaat."),
    ]
    b += visie(naam, "vo")
    b += [
        ("h1", "Ondersteuning op school"),
        ("p", "De notitie over het niveau en de inhoud van de basisondersteuning in Zuidwaard wordt in het voorjaar "
              "van 2025 aan de OPR voorgelegd en daarna als aanvulling op dit plan gepubliceerd."),
        ("p", "Het overzicht van alle voorzieningen in de regio, van de eigen school tot het vso, staat op de sociale "
              "kaart onderwijs op onze website."),
        ("h1", "Niemand thuis"),
        ("h2", "Zorgplicht en regie"),
        ("p", "Wanneer een school na aanmelding geen passende plek kan bieden, moet zij binnen zes weken (eenmalig "
              "te verlengen met vier weken) een andere school vinden die dat wel kan. Lukt dat niet, dan meldt de "
              "school de leerling bij het Regieteam van Zuidwaard. Het Regieteam neemt binnen vijf werkdagen "
              "contact op met ouders en school en zorgt dat de leerling uiterlijk binnen vier weken een "
              "onderwijsaanbod heeft, zo nodig tijdelijk."),
        ("h2", "Thuiszitters"),
        ("p", "Iedere leerling die langer dan vier weken niet naar school gaat, wordt besproken in de "
              "Thuiszitterstafel met leerplicht, de school, het Regieteam en het jeugdteam. Voor elke thuiszitter "
              "wordt een casusregisseur aangewezen die na zes weken rapporteert. Lukt een oplossing niet, dan "
              "schaalt de casusregisseur op naar de directeur-bestuurder, die met doorzettingsmacht besluit."),
        ("h2", "Signaleren van tekorten"),
        ("p", "Het Regieteam houdt bij welke vragen niet passend konden worden beantwoord. Ieder halfjaar "
              "bespreekt de algemene vergadering dit overzicht en besluit zij of er een nieuwe voorziening nodig is. "
              "Zo is in 2023 een deeltijdprogramma voor jongeren met angstklachten ontwikkeld."),
        ("h1", "Toelaatbaarheid tot vso en praktijkonderwijs; lwoo"),
        ("h2", "De aanvraag"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, dient de "
              "aanvraag in bij de Commissie Toelaatbaarheid en Arrangementen (TLA) van Zuidwaard. Bij een "
              "aanvraag voor vso horen het ontwikkelingsperspectiefplan, een verslag van het multidisciplinair "
              "overleg en de zienswijze van ouders en leerling. Voor pro en lwoo volstaan het onderwijskundig "
              "rapport met toetsgegevens (capaciteiten en leerachterstanden) en de zienswijze van ouders."),
        ("p", "De TLA-commissie legt vso-aanvragen voor aan twee deskundigen: een orthopedagoog-generalist of "
              "GZ-psycholoog en een tweede deskundige die past bij de hulpvraag. De commissie beslist binnen vier "
              "weken; voor aanmeldingen uit groep 8 voor pro en lwoo vóór 1 april."),
        ("h2", "Wanneer toelaatbaar"),
        ("ul", ["Vso: de leerling heeft langdurig intensieve ondersteuning nodig die een reguliere school ook met "
                "een arrangement niet kan bieden, zoals blijkt uit een geëvalueerd OPP, én er is sprake van een "
                "verstandelijke beperking, langdurige ziekte of lichamelijke beperking, of ernstige gedrags- of "
                "psychiatrische problematiek.",
                "Praktijkonderwijs: IQ tussen 55 en 80 en leerachterstanden van 50% of meer op ten minste twee "
                "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria).",
                "Lwoo: IQ tussen 75 en 90 en een leerachterstand van 25-50% op ten minste twee domeinen; of IQ "
                "tussen 91 en 120 met die leerachterstand en aantoonbare sociaal-emotionele problematiek."]),
        ("h2", "Categorie, duur en bezwaar"),
        ("p", "De TLA-commissie bepaalt bij een vso-verklaring de categorie (laag, midden of hoog) en de duur, "
              "meestal twee schooljaren. Tegen een besluit kunnen ouders binnen zes weken bezwaar maken; "
              "Zuidwaard laat zich adviseren door de Landelijke Bezwaaradviescommissie."),
        ("h2", "Het laatste jaar van de verklaring"),
        ("p", "In het laatste jaar van een vso-verklaring stelt de vso-school uiterlijk op 1 december vast of "
              "verlenging nodig is of dat de leerling kan overstappen naar een reguliere vo-school of het mbo. "
              "De vso-school neemt daartoe het initiatief en bespreekt het OPP met ouders en leerling. Bij een "
              "voorgenomen overstap meldt de vso-school de leerling vóór 1 februari bij het Regieteam, dat een "
              "ontvangende school zoekt en een overdrachtsgesprek organiseert. Na de overstap evalueren de "
              "ontvangende school en de vso-school na zes weken en na een half jaar. Wordt geen nieuwe verklaring "
              "aangevraagd, dan eindigt de verklaring op 31 juli."),
        ("p", "Het beleid over terugkeer (doelen, voorwaarden en begeleiding na de overstap) actualiseren wij "
              "na de evaluatie in 2025."),
        ("h1", "Geld en middelen"),
        ("p", "De begroting en het verdeelmodel worden ieder jaar in een afzonderlijk document vastgesteld door de "
              "algemene vergadering. Dit document staat onder 'Documenten' op onze website."),
        ("h1", "Wat we willen bereiken en hoe we dat volgen"),
        ("h2", "Doelen 2024-2028"),
        ("ul", ["Geen enkele leerling langer dan drie maanden thuiszitter (2023: 7 leerlingen).",
                "Ten minste 85% van de leerlingen die een OPDC-traject volgen, zit een jaar later op een reguliere school.",
                "Het aantal vso-leerlingen dat naar regulier vo of mbo overstapt stijgt van 14 naar 20 per jaar.",
                "De gemiddelde doorlooptijd van een TLA-besluit is maximaal vier weken.",
                "Ouders geven de ondersteuning op school gemiddeld ten minste een 7."]),
        ("h2", "Monitoring"),
        ("p", "De Thuiszitterstafel en de TLA-commissie registreren hun gegevens in het leerlingvolgsysteem van "
              "Zuidwaard. Elk kwartaal maakt de beleidsmedewerker een dashboard per doel; de algemene vergadering "
              "bespreekt het dashboard twee keer per jaar. Aan het eind van elk schooljaar rapporteren wij de "
              "bereikte resultaten in het jaarverslag en bespreken wij ze met de OPR en de gemeenten. Eens in de "
              "twee jaar voeren wij een ouderpeiling uit."),
        ("h1", "Ouders"),
        ("h2", "Informatie voor ouders"),
        ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden op scholen en in de regio, leggen wij "
              "vast in het communicatieplan dat in 2025 wordt opgesteld."),
        ("h2", "Onafhankelijke hulp"),
        ("p", "Ouders en leerlingen die vastlopen of het oneens zijn met school of samenwerkingsverband, kunnen "
              "gratis terecht bij Steunpunt Samen Verder, het ouder- en jeugdsteunpunt van Zuidwaard. Het steunpunt "
              "werkt onafhankelijk van de scholen, heeft een eigen onafhankelijke coördinator en kan bemiddelen. "
              "Ook de onderwijsconsulenten en de Geschillencommissie passend onderwijs staan voor ouders open."),
        ("h2", "Betrokkenheid"),
        ("p", "Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP. Leerlingen hebben hoorrecht: "
              "hun mening over het OPP wordt vastgelegd."),
    ]
    b += medezeggenschap(naam, vo=True, ouderrol=True)
    b += governance(naam, "VO 28-11")
    b += landelijk("vo")
    b += status_plan()
    b += kennisdeling()
    b += huisvesting_vervoer()
    b += personeel()
    b += ict_privacy()
    b += totstandkoming("2024-2028", [["OOGO", "23 januari 2024"],
                                       ["Instemming OPR", "12 maart 2024"],
                                       ["Vaststelling AV", "21 maart 2024"]])
    b += planning("2024-2028")
    b += glossary([
        ["Basisondersteuning", "De ondersteuning die iedere school in Zuidwaard minimaal biedt."],
        ["Meerjarenbegroting", "De begroting voor vier jaar."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijke hulp voor ouders en leerlingen."],
        ["TLA", "Commissie Toelaatbaarheid en Arrangementen."],
        ["Verdeelmodel", "De manier waarop het samenwerkingsverband middelen over de scholen verdeelt."],
    ])
    return naam, ["Ondersteuningsplan 2024-2028"], b


# ---------------------------------------------------------------------------
# F: near miss - school-level ondersteuningsplan of a praktijkschool (not an SWV plan)
# ---------------------------------------------------------------------------

def near_miss():
    naam = "Praktijkschool De Rietkraag"
    b = [
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Praktijkschool De Rietkraag de ondersteuning aan haar "
              "leerlingen organiseert in het schooljaar 2025-2026. Het plan is opgesteld door het zorgteam en "
              "besproken met de medezeggenschapsraad van de school. De Rietkraag is aangesloten bij het regionale "
              "samenwerkingsverband voortgezet onderwijs; het ondersteuningsplan van het samenwerkingsverband is "
              "op de website van het samenwerkingsverband te vinden. Dit document gaat alleen over onze eigen school."),
        ("p", "De Rietkraag telt 212 leerlingen van 12 tot 18 jaar. Iedere leerling is toegelaten met een "
              "toelaatbaarheidsverklaring praktijkonderwijs, afgegeven door het samenwerkingsverband. Na de "
              "onderbouw volgen leerlingen een stageprogramma gericht op arbeid, entree-opleiding of dagbesteding."),
        ("h1", "Visie op ondersteuning"),
        ("p", "Wij geloven dat iedere leerling talenten heeft. Onze leerlingen leren het best in de praktijk, in "
              "kleine groepen, met vaste gezichten en duidelijke structuur. Ondersteuning is daarom geen losse "
              "activiteit, maar verweven met het onderwijs. Ouders zijn voor ons belangrijke partners: zij kennen "
              "hun kind het best."),
        ("h1", "Zorgniveaus op De Rietkraag"),
        ("p", "Wij werken met vier zorgniveaus."),
        ("table", [["Niveau", "Wie", "Wat"],
                   ["1", "mentor", "dagelijkse begeleiding, mentorgesprek iedere week, contact met ouders"],
                   ["2", "mentor en leerlingcoördinator", "groepsbespreking, extra oefening, aangepast rooster"],
                   ["3", "zorgteam", "inzet orthopedagoog, schoolmaatschappelijk werker, sociale vaardigheidstraining"],
                   ["4", "zorg- en adviesteam met externen", "jeugdhulp, jeugdarts, leerplicht, "
                    "consultatie samenwerkingsverband"]]),
        ("h2", "Basisondersteuning"),
        ("p", "De basisondersteuning op onze school omvat kleine klassen van maximaal 16 leerlingen, een eigen "
              "mentor, individuele ontwikkelingsplannen voor iedere leerling, een time-outruimte, faalangst- en "
              "weerbaarheidstraining en begeleiding op de stageplek door een stagecoördinator."),
        ("h2", "Groeps- en leerlingbesprekingen"),
        ("p", "Drie keer per jaar bespreekt het team iedere groep. Leerlingen over wie zorgen zijn, worden "
              "besproken in de wekelijkse leerlingbespreking. Het zorgteam komt iedere dinsdag bijeen."),
        ("h1", "Het individueel ontwikkelingsplan"),
        ("p", "Voor iedere leerling stellen wij een individueel ontwikkelingsplan (IOP) op, dat twee keer per jaar "
              "met leerling en ouders wordt besproken. Het IOP bevat het uitstroomperspectief, leerdoelen voor de "
              "vakken, doelen voor sociale vaardigheden en afspraken over stage."),
        ("h1", "Als het niet meer lukt"),
        ("p", "Soms heeft een leerling meer nodig dan wij kunnen bieden. Dan vragen wij, na overleg met ouders, "
              "via het samenwerkingsverband een plaatsing in het OPDC of een toelaatbaarheidsverklaring voor het "
              "vso aan. Het samenwerkingsverband beslist daarover. Komt een leerling terug uit het vso, dan maken wij "
              "een overgangsplan met een wenperiode."),
        ("h1", "Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband middelen voor praktijkonderwijs en een budget voor "
              "lichte ondersteuning. Wij zetten deze middelen in voor de formatie van het zorgteam (1,8 fte), de "
              "stagebegeleiding en trainingen. De verantwoording vindt plaats in het jaarverslag van het bestuur."),
        ("h1", "Resultaten van onze school"),
        ("table", [["Uitstroom 2024", "Aantal"],
                   ["Arbeid", "21"], ["Entree-opleiding mbo", "14"], ["Dagbesteding", "3"], ["Overig", "2"]]),
        ("p", "95% van onze oud-leerlingen heeft een jaar na uitstroom nog werk of een opleiding. De inspectie "
              "beoordeelde onze school in 2023 als voldoende."),
        ("h1", "Ouders"),
        ("p", "Ouders worden geïnformeerd via de ouderapp, de nieuwsbrief en drie ouderavonden per jaar. Bij vragen "
              "is de mentor het eerste aanspreekpunt. Ouders die er met de school niet uitkomen, kunnen zich wenden "
              "tot de klachtencommissie van het bestuur of het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "Schoolondersteuningsprofiel"),
        ("p", "Ons schoolondersteuningsprofiel beschrijft wat wij wel en niet kunnen bieden. Wij kunnen geen "
              "leerlingen opvangen die een-op-een begeleiding nodig hebben gedurende de hele dag of die "
              "verpleegkundige zorg nodig hebben. Het profiel wordt elke vier jaar herzien."),
        ("h1", "Jaarplanning zorg 2025-2026"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "kennismakingsgesprekken met ouders en leerling"],
                   ["oktober", "eerste groepsbesprekingen, opstellen IOP's"],
                   ["januari", "evaluatie IOP's met ouders"],
                   ["maart", "tweede groepsbesprekingen"],
                   ["juni", "evaluatie IOP's, overdracht naar volgende mentor"]]),
    ]
    b += [("h1", "Professionalisering en privacy"),
          ("p", "Alle mentoren volgen in 2025-2026 de training 'Omgaan met gedrag'. Het zorgteam neemt deel aan "
                "het netwerk van ondersteuningscoördinatoren in de regio. Leerlinggegevens worden bewaard in het "
                "leerlingvolgsysteem; alleen het zorgteam heeft toegang tot verslagen van externe deskundigen.")]
    title = ["Ondersteuningsplan 2025-2026", naam, "Zorg en begeleiding op school",
             "Vastgesteld door de directie, instemming MR 2 juli 2025"]
    return naam, title, b


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, advisory, el):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, false_crit, advisory, notes):
    crit = {c: c not in false_crit for c in CORE}
    els = {e: status(crit, advisory, e) for e in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            lines.append(f"  {e}: {q(notes[e])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return els


LABELS = {
    "vo-lindeland-2025": dict(
        documents=["vo-lindeland-2025.docx"], sector="vo",
        false_crit={"plaatsing.criteria", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 4: binding ondergrens for every vestiging incl. pro + table of 8 standaarden with concrete content; borging via kijkwijzer.",
            "plaatsing": "ch. 6 'Toewijzing en toelaatbaarheid': steps, Commissie Toewijzing, 6 weeks, two deskundigen, LBT, duration; criteria only referred to the separate 'Handboek Toewijzing' (not in input).",
            "terugstroom": "hidden in ch. 6.5 'Einde van de verklaring' inside the TLV chapter: policy (aim, conditions, terugkeerarrangement EUR 2.500, 6 months AB) and procedure (evaluation before 1 Feb, overstapoverleg before 1 Apr, new TLV or end 31 July).",
            "financien": "under ch. 8 'Geld en middelen': verdeelmodel with EUR 105 per leerling, vaste voet, lwoo/pro pass-through, maatwerk; meerjarenbegroting table 2025-2028; weerstandsvermogen.",
            "dekkend-aanbod": "ch. 5: four layers incl. OPDC, pro, lwoo, vso, OZA; zorgplicht with 10-week regie, Thuiszittersoverleg, yearly gap analysis.",
            "resultaten": "ch. 9 'Opbrengsten en kwaliteit' only defers to a voortgangsparagraaf in autumn 2026; 'Resultaten' appears otherwise only in the begrippenlijst and visie.",
            "ouders": "informing parents is in ch. 10 'Communicatie' (schoolgids, brochure, website, informatieavonden); independent help only referred to the website and OJSP deferred to 2026; OJSP only defined in the begrippenlijst.",
        }),
    "po-veenmarke-2025": dict(
        documents=["po-veenmarke-2025.docx"], sector="po",
        false_crit={"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "ch. 'Basisondersteuning' defines the SWV-wide ondergrens (niveau) only via the four Referentiekader aspects; the concrete voorzieningen are in 'bijlage 2 Kwaliteitskaart', which is not part of the input.",
            "plaatsing": "ch. 'Toelaatbaarheid tot sbo en so': Loket/CvT, 6 weeks, two deskundigen, explicit sbo and so criteria, duration and bezwaar.",
            "terugstroom": "subsection 'Terug naar het reguliere basisonderwijs' (listed in the TOC) only defers to a future voortgangsparagraaf; 'Terugplaatsing' otherwise only in the begrippenlijst.",
            "financien": "verdeling addressed (EUR 142 per leerling, vaste voet, arrangements max EUR 8.500); meerjarenbegroting is 'p.m.' / bijlage 5 not included.",
            "dekkend-aanbod": "ch. 'Een dekkend netwerk': layers from basis to so incl. onderwijs-zorggroepen; zorgplicht, Loket, Thuiszitterstafel, twice-yearly inventory of unmet needs.",
            "resultaten": "goal table with nulmeting and streefwaarden 2029 plus 'Zo volgen wij de voortgang' (twice a year, jaarverslag).",
            "ouders": "in ch. 'Communicatie en samenwerking' > 'Ouders als partner': website, schoolgids, folder; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, geschillencommissie.",
        }),
    "vo-deltamond-2025": dict(
        documents=["vo-deltamond-2025.pdf"], sector="vo",
        false_crit={"plaatsing.procedure", "terugstroom.procedure", "financien.verdeling",
                    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "financien": ["reserves"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Deltamond-standaard': binding ondergrens for all vestigingen with a concrete list of provisions.",
            "plaatsing": "vso, pro and lwoo criteria are spelled out, but the procedure (who applies, who decides, termijnen) is only referred to the 'Reglement toewijzing' on the website.",
            "terugstroom": "'Terug naar regulier' gives policy (aim, conditions, EUR 3.000 overstaparrangement, overstapcoach) but the steps/evaluation moments are deferred to next school year.",
            "financien": "meerjarenbegroting table with amounts, but the verdeelmodel is 'herzien in 2026' and otherwise refers to the previous plan; a budget line 'middelen naar schoolbesturen' is not a distribution procedure.",
            "dekkend-aanbod": "chapter 'Dekkend aanbod' only states the principle, refers the continuum to a separate Ondersteuningsprofiel and defers the thuiszitters approach to 2026; OOGO only as a dated step in 'Totstandkoming'.",
            "resultaten": "table of beoogde resultaten with streefwaarden, but measuring/reporting deferred to a kwaliteitskader that appears in 2026.",
            "ouders": "ch. 'Ouders en leerlingen': three information channels plus independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, geschillencommissie.",
        }),
    "vo-heuvelzoom-2025": dict(
        documents=["vo-heuvelzoom-2025.pdf"], sector="vo",
        false_crit={"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
                    "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
        advisory={"terugstroom": ["monitoring"], "financien": ["reserves"], "resultaten": ["meetbaar"],
                  "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "content table is given, but whether it is a binding minimum for all vestigingen is deferred to 2026 ('richtinggevend'; schools decide in their SOP).",
            "plaatsing": "chapter 'Toewijzing' is one sentence referring to the Handboek Toewijzing (bijlage 4, not in input); TLV/Bezwaar only in the begrippenlijst.",
            "terugstroom": "separate chapter 'Terugkeer uit het vso en het OPDC': policy with conditions and nazorgarrangement, and 5 numbered steps with dates, decision and end of TLV on 31 July.",
            "financien": "'Middelen en begroting': EUR 88 per leerling, vaste voet, achterstandstoeslag; meerjarenbegroting x EUR 1.000.",
            "dekkend-aanbod": "continuum described (school arrangements, OPDC, lwoo, pro, Combiklas, vso); thuiszitters only 'gaan onderzoeken ... een aanpak volgt', zorgplicht only mentioned.",
            "resultaten": "'Kwaliteitszorg' describes the twice-yearly rapportage, jaarverslag and kengetallen, but the beoogde resultaten are deferred until after the 2026 nulmeting.",
            "ouders": "chapter 'Ouders en leerlingen' says 'volgt in de definitieve versie'; OJSP only in begrippenlijst; OPR described without parent role.",
        }),
    "vo-zuidwaard-2024": dict(
        documents=["vo-zuidwaard-2024.html"], sector="vo",
        false_crit={"basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
                    "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "ouders.informatie"},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Ondersteuning op school' only defers the notitie basisondersteuning to spring 2025; term otherwise only in site navigation and begrippenlijst.",
            "plaatsing": "TLA-commissie procedure (who applies, dossier, two deskundigen, 4 weeks / 1 April) and vso/pro/lwoo criteria; category, duration, bezwaar.",
            "terugstroom": "'Het laatste jaar van de verklaring' (inside the toelaatbaarheid chapter) gives steps, initiator, evaluation moments and end 31 July; the policy is deferred ('actualiseren wij na de evaluatie in 2025').",
            "financien": "'Geld en middelen' only refers to a separate yearly document on the website; Financien/Meerjarenbegroting/Verdeelmodel otherwise only in navigation and begrippenlijst.",
            "dekkend-aanbod": "continuum only referred to the sociale kaart on the website; lacunes addressed under 'Niemand thuis' (zorgplicht, Regieteam, Thuiszitterstafel, doorzettingsmacht, half-yearly gap overview).",
            "resultaten": "'Wat we willen bereiken en hoe we dat volgen': five measurable goals plus quarterly dashboard, jaarverslag.",
            "ouders": "steunpunt Samen Verder, onderwijsconsulenten and geschillencommissie addressed; how parents are informed is deferred to a communicatieplan in 2025.",
        }),
}


def write_nearmiss_label(name, documents):
    text = (f"documents: [{', '.join(documents)}]\n"
            "sector: vo\n"
            "looks_like_plan: false\n"
            "elements: {}\n"
            "criteria: {}\n"
            "notes:\n"
            "  document: \"School-level ondersteuningsplan of one praktijkschool (zorgniveaus, IOP, groepsbesprekingen,"
            " MR instead of OPR); it refers to the samenwerkingsverband's own plan and is not an SWV plan.\"\n")
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout208_src_"))
    try:
        naam, title, blocks = plan_a()
        write_docx(OUT / "vo-lindeland-2025.docx", title, blocks)
        naam, title, blocks = plan_b()
        write_docx(OUT / "po-veenmarke-2025.docx", title, blocks)
        for fn, stem, hdr in ((plan_c, "vo-deltamond-2025", "Ondersteuningsplan 2025-2029 · SWV VO Deltamond (VO 29-05)"),
                              (plan_d, "vo-heuvelzoom-2025", "SWV VO Heuvelzoom · Ondersteuningsplan 2025-2029 · definitief concept")):
            naam, title, blocks = fn()
            src = tmp / f"{stem}.docx"
            write_docx(src, title, blocks, header=hdr, footer_pages=True)
            docx_to_pdf(src, OUT / f"{stem}.pdf")
        naam, title, blocks = plan_e()
        write_html(OUT / "vo-zuidwaard-2024.html", title[0], naam + " (VO 28-11) · vastgesteld 21 maart 2024",
                   blocks, naam + " · Passend onderwijs in de Zuidwaard")
        naam, title, blocks = near_miss()
        write_docx(OUT / "rietkraag-schoolondersteuningsplan-2025.docx", title, blocks)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for stem, lab in LABELS.items():
        els = write_label(stem, **lab)
        print(stem, els)
    write_nearmiss_label("rietkraag-schoolondersteuningsplan-2025", ["rietkraag-schoolondersteuningsplan-2025.docx"])


if __name__ == "__main__":
    main()
