#!/usr/bin/env python3
"""Generate the holdout169 test set: five fictional ondersteuningsplannen (VO-heavy, multi-region and
merged verbanden) plus one near-miss document (an SWV jaarverslag), with hand-written labels.

Deterministic, no network. Output goes next to this script's parent folder.
PDFs are rendered from generated .docx files with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [rows])
#   ("toc", [lines]) ("header", text)  -- running header (docx only) / top line (html)
# ---------------------------------------------------------------------------------------------


def render_docx(blocks, path):
    d = docx.Document()
    d.core_properties.author = "holdout169"
    d.core_properties.title = next((t for k, t in blocks if k == "title"), "")
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for kind, val in blocks:
        if kind == "header":
            d.sections[0].header.paragraphs[0].text = val
        elif kind == "footer":
            d.sections[0].footer.paragraphs[0].text = val
        elif kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            d.add_paragraph(val).runs[0].italic = True
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
            d.add_heading("Inhoudsopgave", level=1)
            for line in val:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))


def render_html(blocks, path):
    e = html.escape
    title = next((t for k, t in blocks if k == "title"), "")
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    for kind, val in blocks:
        if kind == "header":
            out.append(f'<header><nav class="kruimelpad">{e(val)}</nav></header>')
        elif kind == "footer":
            out.append(f"<footer>{e(val)}</footer>")
        elif kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="ondertitel"><em>{e(val)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ol>'
                       + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        else:
            raise ValueError(kind)
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    work = Path(tempfile.mkdtemp(prefix="holdout169_soffice_"))
    try:
        src = work / docx_path.name
        shutil.copy(docx_path, src)
        profile = work / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(work / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def write_label(name, text):
    (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Shared filler (no element content unless a flag asks for it)
# ---------------------------------------------------------------------------------------------

def voorwoord(v):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het plan is tot stand gekomen "
              f"in een periode waarin veel in beweging was: {v['context']} In talloze gesprekken met schoolleiders, "
              "ondersteuningscoördinatoren, mentoren, gemeenten en ouders hebben we gezocht naar wat werkt en wat beter kan. "
              "Wij zijn iedereen die daaraan heeft bijgedragen veel dank verschuldigd."),
        ("p", "Passend onderwijs is geen eindpunt maar een voortdurende opdracht. Leerlingen, ouders en scholen verwachten "
              "terecht dat middelen goed worden ingezet, dat arrangementen tijdig beschikbaar zijn en dat we kunnen laten zien "
              "welke resultaten we boeken. Dat vraagt om vertrouwen, om duidelijke afspraken en om de bereidheid om van elkaar "
              "te leren. Dit plan is daarom bewust geschreven als een werkdocument: het beschrijft wat we samen afspreken, "
              "en het laat ruimte voor de eigen kleur van iedere school en iedere deelregio."),
        ("p", "Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven over de uitvoering."),
        ("p", f"{v['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(v):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de context van het verband: de deelregio's, de aangesloten besturen en de belangrijkste "
              "kengetallen. Daarna volgen de missie en visie. De hoofdstukken daarna beschrijven de inhoudelijke afspraken. "
              "Achterin staan de organisatie, de medezeggenschap, de samenwerking met gemeenten en de planning. In de bijlagen "
              "vindt u een begrippenlijst. Waar in de tekst 'scholen' staat, bedoelen we alle vestigingen van de aangesloten "
              "schoolbesturen in het werkgebied, tenzij anders vermeld."),
    ]


def visie(v):
    return [
        ("h1", "Missie, visie en ambities"),
        ("p", f"{v['kort']} wil dat {v['jongere']} in het werkgebied onderwijs volgt dat past bij zijn of haar mogelijkheden, "
              "zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij geloven dat scholen dit het beste kunnen waarmaken "
              "als zij elkaar vertrouwen, kennis delen en verantwoordelijkheid nemen voor alle leerlingen in de regio, niet "
              "alleen voor de eigen leerlingen."),
        ("p", "Onze visie rust op vier pijlers. De eerste is nabijheid: ondersteuning wordt zo veel mogelijk georganiseerd in "
              "de klas en in de school, en niet erbuiten. De tweede is eenvoud: een leerling, een ouder en een leraar moeten "
              f"niet verdwalen in procedures en formulieren. De derde is vakmanschap: {v['leraren']} zijn de belangrijkste "
              "dragers van passend onderwijs en verdienen daarvoor tijd, scholing en steun. De vierde is gezamenlijkheid: "
              "het verband is van de besturen, en de besturen zijn samen aanspreekbaar op wat wel en niet lukt."),
        ("p", "Ambities formuleren we in dit plan op hoofdlijnen. Woorden als 'resultaten', 'arrangement' en "
              "'ondersteuningsbehoefte' keren in de volgende hoofdstukken vaak terug; we hebben geprobeerd ze steeds zo "
              "concreet mogelijk in te vullen. Waar dat nog niet lukt, zeggen we dat eerlijk."),
    ]


def context(v, kengetallen_rows):
    blocks = [
        ("h1", "Het samenwerkingsverband in vogelvlucht"),
        ("p", f"{v['naam']} (registratienummer {v['code']}) is een {v['rechtsvorm']} waarin {v['besturen']} schoolbesturen "
              f"samenwerken. Het werkgebied omvat de gemeenten {v['gemeenten']}. {v['fusietekst']}"),
        ("p", f"Het verband kent deelregio's. Iedere deelregio heeft een eigen regio-overleg van schoolleiders en "
              f"{v['coord']} en een regiocoördinator vanuit het bureau. De deelregio's verschillen in "
              "omvang, in schoolaanbod en in de sociale kaart van de gemeenten. Waar afspraken per deelregio verschillen, "
              "staat dat in dit plan per deelregio beschreven."),
        ("table", kengetallen_rows),
    ]
    for naam, tekst in v["regiotekst"]:
        blocks += [("h2", f"Deelregio {naam}"), ("p", tekst)]
    return blocks


def governance(v):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"Het verband heeft de vorm van een {v['rechtsvorm']}. De aangesloten schoolbesturen vormen samen de algemene "
              "ledenvergadering dan wel het algemeen bestuur. De dagelijkse leiding ligt bij de directeur-bestuurder, die "
              "verantwoording aflegt aan een raad van toezicht van vijf leden. Twee leden worden voorgedragen door de besturen, "
              "één lid op voordracht van de ondersteuningsplanraad en twee leden zijn onafhankelijk. Bestuur en toezicht zijn "
              "daarmee gescheiden, zoals de Code Goed Bestuur vraagt."),
        ("p", "Het bureau van het verband telt ongeveer veertien fte en is gehuisvest in een gedeeld kantoor met de "
              "leerplichtafdeling van de centrumgemeente. Het bureau bestaat uit de directeur-bestuurder, een controller, "
              "een beleidsmedewerker kwaliteit, regiocoördinatoren, orthopedagogen, secretariële ondersteuning en een "
              "functionaris gegevensbescherming die we delen met een naburig verband."),
        ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen de besturen onderling. Een reglement "
              "toezicht en een managementstatuut beschrijven de taken en bevoegdheden. Deze documenten zijn op te vragen bij "
              "het bureau; ze zijn geen onderdeel van dit ondersteuningsplan."),
    ]


def medezeggenschap(v, samenstelling=True):
    blocks = [("h1", "Medezeggenschap")]
    if samenstelling:
        blocks.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier leden uit het personeel en vier "
                            f"leden uit de geleding {v.get('geleding', 'ouders en leerlingen')}, afgevaardigd door de medezeggenschapsraden van de "
                            "scholen. Iedere deelregio is in de OPR vertegenwoordigd. De OPR heeft instemmingsrecht op het "
                            "ondersteuningsplan en op wijzigingen daarvan, en wordt twee keer per jaar bijgepraat over de "
                            "voortgang. De raad beschikt over een eigen budget voor scholing en ondersteuning."))
    else:
        blocks.append(("p", "Het verband kent een ondersteuningsplanraad (OPR) conform artikel 4a WMS. De OPR heeft "
                            "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het reglement en de "
                            "werkwijze van de OPR zijn vastgelegd in een afzonderlijk document."))
    blocks.append(("p", f"De OPR heeft op {v['opr_datum']} ingestemd met dit plan. Daarnaast heeft het verband een eigen "
                        "medezeggenschapsraad voor het personeel van het bureau. De directeur-bestuurder voert minstens "
                        "vier keer per jaar overleg met de OPR."))
    return blocks


def oogo(v, inhoudelijk=True):
    blocks = [("h1", "Samenwerking met gemeenten")]
    blocks.append(("p", f"Het op overeenstemming gericht overleg (OOGO) over dit plan is gevoerd met de colleges van "
                        f"burgemeester en wethouders van {v['gemeenten']}. Het OOGO is afgerond op {v['oogo_datum']}. "
                        "Ook is overleg gevoerd met de samenwerkingsverbanden primair onderwijs waarvan het werkgebied "
                        "overlapt."))
    if inhoudelijk:
        blocks.append(("p", "In het OOGO zijn afspraken gemaakt over de aansluiting tussen onderwijs en jeugdhulp: "
                            "in iedere deelregio is een jeugdprofessional van het lokale team een vast aantal uren per week "
                            "op de scholen aanwezig, en onderwijs-zorgarrangementen worden gezamenlijk bekostigd volgens een "
                            "vaste verdeling tussen gemeente en verband. Ook leerlingenvervoer, onderwijshuisvesting en de "
                            "aansluiting op de arbeidsmarkt zijn onderwerp van gesprek."))
    else:
        blocks.append(("p", "Het OOGO wordt jaarlijks herhaald in een bestuurlijk overleg. De onderwerpen daarvan worden "
                            "per jaar vastgesteld."))
    return blocks


def personeel(v):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"De uitvoering van passend onderwijs vraagt veel van {v['leraren']}. Het verband organiseert daarom "
              f"jaarlijks een netwerkdag voor {v['coord']}, leernetwerken per deelregio en een "
              f"scholingsaanbod rond thema's als {v['thema']}. Het scholingsaanbod wordt elk jaar in overleg met de scholen bijgesteld."),
        ("p", f"Het personeel van het bureau valt onder de {v['cao']}. Bij de benoeming van orthopedagogen en "
              "regiocoördinatoren letten wij op registratie (NVO of NIP) en op ervaring in het regulier en speciaal "
              "onderwijs. De gevolgen van dit plan voor de werkdruk van leraren bespreken wij met de personeelsgeleding "
              "van de OPR. Een formatieplan voor het bureau wordt jaarlijks met de begroting vastgesteld."),
    ]


def ict_privacy(v):
    return [
        ("h1", "Informatievoorziening, ICT en privacy"),
        ("p", "Het verband werkt met een beveiligde digitale omgeving voor aanvragen en dossiers. Scholen dienen "
              "aanvragen digitaal in; het bureau kan alleen de gegevens inzien die voor het besluit nodig zijn. Het verband "
              "verwerkt gegevens over de gezondheid van leerlingen uitsluitend voor zover dat nodig is voor zijn wettelijke "
              "taken, en bewaart deze tot drie jaar na het besluit. Er is een verwerkingsregister en een privacyreglement; "
              "datalekken worden gemeld bij de functionaris gegevensbescherming."),
        ("p", "In de planperiode vervangen wij het huidige registratiesysteem. Een projectgroep met ICT-coördinatoren van "
              "de besturen stelt het programma van eisen op. Koppelingen met de leerlingadministratie van de scholen "
              "worden alleen gebouwd als de verwerkersovereenkomsten daarvoor op orde zijn."),
    ]


def planning(v):
    return [
        ("h1", "Totstandkoming en planning"),
        ("p", "Het plan is voorbereid door een schrijfgroep van schoolleiders, ondersteuningscoördinatoren en "
              "medewerkers van het bureau. Concepten zijn besproken in de regio-overleggen, met de OPR en in het OOGO."),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in algemeen bestuur", v["concept_datum"]],
                   ["OOGO afgerond", v["oogo_datum"]],
                   ["Instemming OPR", v["opr_datum"]],
                   ["Vaststelling door het bestuur", v["vast_datum"]],
                   ["Toezending aan de Inspectie van het Onderwijs", v["insp_datum"]]]),
        ("p", f"Het plan geldt van 1 augustus {v['start']} tot en met 31 juli {v['eind']}. Jaarlijks werken wij het plan uit "
              "in een jaarplan met activiteiten; wijzigingen van het plan worden aan de OPR voorgelegd."),
    ]


def begrippen(extra=()):
    rows = [["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het verband bieden."],
            ["Arrangement", "Een samenhangend pakket van extra ondersteuning voor een leerling of groep leerlingen."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft."],
            ["Lwoo", "Leerwegondersteunend onderwijs."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en jongeren."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Pro", "Praktijkonderwijs."],
            ["Terugplaatsing", "De overstap van een leerling uit het (voortgezet) speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor het (voortgezet) speciaal onderwijs."],
            ["Verdeelmodel", "De manier waarop de ondersteuningsmiddelen over de scholen worden verdeeld."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren met de verwachte baten en lasten."],
            ["Resultaten", "De beoogde en bereikte uitkomsten van passend onderwijs."],
            ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden langer dan vier weken niet naar school gaat."]]
    rows += [list(r) for r in extra]
    return [("h1", "Bijlage: Begrippenlijst"), ("table", rows)]


def afkortingen():
    return [("h2", "Afkortingen"),
            ("p", "AB – ambulante begeleiding; CvT – commissie van toelaatbaarheid; ISK – internationale schakelklas; "
                  "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen; MDO – multidisciplinair overleg; "
                  "OPDC – orthopedagogisch-didactisch centrum; OPP – ontwikkelingsperspectiefplan; OZA – "
                  "onderwijs-zorgarrangement; SOP – schoolondersteuningsprofiel; vso – voortgezet speciaal onderwijs.")]


def kennisdeling(v):
    return [
        ("h1", "Kennisdeling en samenwerking tussen scholen"),
        ("p", f"Een verband is meer dan een loket. De kracht van {v['kort']} zit in de samenwerking tussen scholen die "
              "elkaar vroeger vooral als concurrent zagen. In iedere deelregio bestaan leernetwerken van "
              f"{v['coord']}, mentoren en teamleiders, die vier tot zes keer per jaar bijeenkomen rond een zelfgekozen "
              "thema. Schoolleiders voeren in het regio-overleg gesprekken over gezamenlijke vraagstukken, zoals de "
              "instroom van leerlingen uit andere regio's en de gevolgen van krimp."),
        ("p", "Eens per jaar organiseert het verband een conferentie voor alle scholen, met workshops van collega's en "
              "een externe spreker. Daarnaast verschijnt vier keer per jaar een digitale nieuwsbrief voor schoolleiders "
              "en ondersteuningsprofessionals, met nieuws uit de deelregio's, praktijkvoorbeelden en aankondigingen. "
              "Met de lerarenopleidingen in de regio werken we samen aan stageplaatsen en aan een minor passend onderwijs; "
              "een lectoraat van de hogeschool volgt enkele van onze leernetwerken."),
        ("p", "Kennisdeling is geen vrijblijvende activiteit. Wij vragen scholen om ervaringen te delen, ook als iets "
              "niet gelukt is, en om collega's van andere besturen welkom te heten bij hospitaties. Het bureau faciliteert "
              "dit met een klein budget voor vervanging, zodat docenten tijd hebben om bij elkaar te kijken."),
    ]


def huisvesting_bureau(v):
    return [
        ("h1", "Huisvesting en bereikbaarheid van het bureau"),
        ("p", "Het bureau is op werkdagen tussen 8.30 en 17.00 uur bereikbaar voor scholen. In iedere deelregio heeft "
              "de regiocoördinator daarnaast vaste spreekuren op een van de scholen, zodat collega's niet voor ieder "
              "overleg hoeven te reizen. Het kantoor is toegankelijk voor mensen met een beperking en goed bereikbaar "
              "met het openbaar vervoer."),
        ("p", "Bij de keuze voor huisvesting houden wij rekening met duurzaamheid en met de wens om dicht bij de scholen "
              "te zitten. In de planperiode onderzoeken wij of het bureau kan verhuizen naar een schoolgebouw dat door "
              "krimp leeg komt te staan. Een besluit daarover neemt het bestuur niet eerder dan in 2027."),
    ]


def jaarcyclus(v):
    return [
        ("h1", "Jaarcyclus en sturing"),
        ("p", "Het plan wordt elk jaar vertaald in een jaarplan met activiteiten en een jaarbegroting. Het jaarplan "
              "wordt in het voorjaar opgesteld, na gesprekken in de regio-overleggen, en in juni door het bestuur "
              "vastgesteld na bespreking met de OPR. De begroting volgt in december."),
        ("p", "De directeur-bestuurder voert twee keer per jaar een bestuursgesprek met ieder aangesloten schoolbestuur. "
              "In die gesprekken komen de samenwerking, de ervaringen van de scholen met het bureau en de verwachtingen "
              "voor het komende jaar aan de orde. De raad van toezicht ontvangt na ieder kwartaal een managementrapportage "
              "over de bedrijfsvoering."),
    ]


def po_vo(v):
    return [
        ("h1", "Overstap van primair naar voortgezet onderwijs"),
        ("p", "De overstap naar het voortgezet onderwijs is voor veel leerlingen met een ondersteuningsbehoefte een "
              "spannend moment. Met de samenwerkingsverbanden primair onderwijs in de regio hebben wij afspraken gemaakt "
              "over een warme overdracht: voor iedere leerling met een ontwikkelingsperspectief of een "
              "toelaatbaarheidsverklaring vindt vóór 1 april een overdrachtsgesprek plaats tussen de basisschool en de "
              "beoogde VO-school. De ondersteuningscoördinator van de VO-school neemt de ondersteuningsbehoefte mee in "
              "de aanmelding, zodat de zorgplicht vanaf de eerste dag kan worden waargemaakt."),
        ("p", "Leerlingen uit het speciaal onderwijs die naar het regulier voortgezet onderwijs willen, krijgen een "
              "extra kennismakingsdag in juni. De basisscholen en VO-scholen evalueren de overstap ieder najaar in een "
              "gezamenlijke bijeenkomst per deelregio."),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 1 — VO, merger of two verbanden, .docx
# ---------------------------------------------------------------------------------------------
V1 = dict(
    naam="Samenwerkingsverband VO Linge & Waal", kort="Linge & Waal", code="VO 25-14", periode="2025-2029",
    start=2025, eind=2029, rechtsvorm="stichting", besturen="negen",
    gemeenten="Geldermalsen-Oost, Lingewaard-Zuid, Waalzicht en Ommerwaard",
    context="op 1 januari 2025 zijn de samenwerkingsverbanden VO Lingestreek (VO 25-08) en VO Waalkant (VO 25-09) "
            "gefuseerd tot één verband.",
    fusietekst="Het verband is op 1 januari 2025 ontstaan uit een juridische fusie van SWV VO Lingestreek en SWV VO "
               "Waalkant. De twee voormalige werkgebieden bestaan voort als deelregio's.",
    regiotekst=[("Lingestreek", "De deelregio Lingestreek is landelijk van karakter, met twee brede scholengemeenschappen, "
                 "een zelfstandige vmbo-school, een school voor praktijkonderwijs en een categoraal gymnasium. Veel "
                 "leerlingen reizen per bus naar school. De scholen werken al sinds 2014 samen in een gezamenlijk "
                 "ondersteuningsteam."),
                ("Waalkant", "De deelregio Waalkant is meer stedelijk. Er zijn elf vestigingen, waaronder twee vso-scholen "
                 "(cluster 4 en cluster 3) en een school met een internationale schakelklas. Het voormalige "
                 "verband Waalkant werkte met een expertisemodel waarin veel ondersteuning bovenschools werd ingekocht.")],
    bestuurder="drs. M.H. (Marieke) van Doorn", opr_datum="17 maart 2025", oogo_datum="4 maart 2025",
    concept_datum="22 januari 2025", vast_datum="24 maart 2025", insp_datum="10 april 2025",
    jongere="iedere jongere", leraren="docenten en mentoren", coord="ondersteuningscoördinatoren",
    thema="executieve functies, omgaan met angst en somberheid en het voeren van gesprekken met leerlingen",
    cao="cao VO",
)


def plan1():
    v = V1
    b = [("header", "Ondersteuningsplan 2025-2029 | Linge & Waal | basisondersteuning · toelaatbaarheid · terugplaatsing · middelen · resultaten · ouders"),
         ("footer", "Samenwerkingsverband VO Linge & Waal – VO 25-14 – vastgesteld 24 maart 2025"),
         ("title", "Ondersteuningsplan 2025-2029"),
         ("sub", "Samenwerkingsverband VO Linge & Waal (VO 25-14) – eerste plan na de fusie van VO Lingestreek en VO Waalkant"),
         ("p", "Over passend onderwijs, basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, resultaten en ouders in de "
               "deelregio's Lingestreek en Waalkant."),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
                  "3 Van twee naar één", "4 Wat iedere school biedt", "5 Het ondersteuningscontinuüm",
                  "6 Toelaatbaarheid voor vso, lwoo en pro", "6.5 Afloop van de toelaatbaarheidsverklaring",
                  "7 Thuiszitters en dekkend netwerk", "8 Resultaten en kwaliteitszorg", "9 Geld en middelen",
                  "10 Communicatie", "11 Organisatie en governance", "12 Medezeggenschap",
                  "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
                  "15 Informatievoorziening, ICT en privacy", "16 Totstandkoming en planning",
                  "Bijlage: Begrippenlijst"])]
    b += voorwoord(v) + leeswijzer(v)
    b += context(v, [["Deelregio", "Vestigingen", "Leerlingen 1-10-2024", "Waarvan lwoo", "Waarvan pro"],
                     ["Lingestreek", "12", "6.840", "712", "188"],
                     ["Waalkant", "11", "8.215", "903", "241"],
                     ["Totaal", "23", "15.055", "1.615", "429"]])
    b += visie(v)
    b += [
        ("h1", "Van twee naar één"),
        ("p", "De besturen van beide rechtsvoorgangers hebben in 2023 besloten te fuseren. De belangrijkste redenen waren de "
              "kleine omvang van Lingestreek, de overlap in leerlingenstromen tussen de twee gebieden en de wens om schaarse "
              "expertise te bundelen. Het fusie-effectrapport is met beide OPR's besproken."),
        ("p", "Een fusie vraagt om harmonisatie. Sommige afspraken zijn in dit plan al voor het hele verband gelijkgetrokken; "
              "andere werken we de komende jaren uit. Waar een afspraak nog per deelregio verschilt, staat dat er steeds bij. "
              "Wij hebben gekozen voor een zorgvuldig tempo: liever één keer goed harmoniseren dan twee keer verbouwen."),
        ("p", "In de overgangsperiode blijven de bestaande bovenschoolse voorzieningen in beide deelregio's open. Ook de "
              "contactpersonen voor scholen blijven voorlopig dezelfde. De ondersteuningsmiddelen van beide "
              "rechtsvoorgangers zijn per 1 januari 2025 samengevoegd in één begroting."),
        ("h1", "Wat iedere school biedt"),
        ("p", "Alle 23 vestigingen van het verband, in beide deelregio's, bieden vanaf 1 augustus 2025 hetzelfde niveau van "
              "basisondersteuning. Het algemeen bestuur heeft dit niveau op 9 december 2024 vastgesteld als ondergrens: "
              "geen enkele school mag daaronder zitten, en wat hieronder staat hoeft een school niet aan te vragen bij het "
              "verband. Dit was een van de eerste harmonisatiebesluiten na de fusie; in Lingestreek lag de lat eerder iets "
              "lager, vooral bij de beschikbaarheid van een orthopedagoog."),
        ("p", "Concreet kan een ouder op iedere school van het verband het volgende verwachten:"),
        ("ul", ["een ondersteuningscoördinator die aanspreekpunt is voor leerlingen met een ondersteuningsvraag, met "
                "minimaal 0,4 fte per 500 leerlingen;",
                "toegang tot een orthopedagoog of psycholoog voor consultatie en handelingsgerichte diagnostiek, "
                "minimaal één dagdeel per week per vestiging;",
                "een mentoraat met ten minste drie individuele mentorgesprekken per leerling per schooljaar;",
                "een dyslexie- en dyscalculieprotocol met vaste compenserende en dispenserende faciliteiten "
                "(extra tijd, vergroot lettertype, voorleessoftware);",
                "trainingen in de school op het gebied van faalangst, sociale vaardigheden en weerbaarheid, minimaal "
                "twee keer per jaar;",
                "een rustruimte of time-in-plek in de school met begeleiding, voor leerlingen die kortdurend uit de les moeten;",
                "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                "een intern ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met daarin de jeugdprofessional "
                "van het lokale team en de leerplichtambtenaar op afroep;",
                "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning ontvangt, dat ten "
                "minste jaarlijks wordt geëvalueerd."]),
        ("p", "Of scholen dit niveau halen, toetsen we jaarlijks met de kwaliteitskaart basisondersteuning die de school "
              "zelf invult en die de regiocoördinator met de schoolleiding bespreekt. Eens in de twee jaar bezoekt een "
              "auditteam van collega-ondersteuningscoördinatoren uit de andere deelregio de school. Voldoet een school niet, "
              "dan stelt zij binnen drie maanden een verbeterplan op; de directeur-bestuurder bespreekt de voortgang met "
              "het schoolbestuur."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Ondersteuning in Linge & Waal is georganiseerd in vier niveaus die op elkaar aansluiten. Niveau 1 is de "
              "basisondersteuning uit het vorige hoofdstuk. Niveau 2 is extra ondersteuning binnen de eigen school: een "
              "arrangement op maat, bijvoorbeeld een vaste coach, een aangepast rooster of begeleiding door een "
              "ambulant begeleider uit het vso. Scholen bekostigen dit uit hun schoolbudget."),
        ("p", "Niveau 3 bestaat uit bovenschoolse voorzieningen. In Lingestreek is dat OPDC De Brug in Geldermalsen-Oost "
              "(48 plaatsen, tijdelijke plaatsing van maximaal twee jaar); in Waalkant de Reboundvoorziening Waalkant (24 "
              "plaatsen, plaatsing van 12 tot 16 weken) en de plusklas voor hoogbegaafde leerlingen. De internationale "
              "schakelklas in Waalkant is ook toegankelijk voor nieuwkomers uit Lingestreek; het verband vergoedt de reiskosten "
              "niet, de gemeente wel. Niveau 4 is het voortgezet speciaal onderwijs: de vso-scholen De Horizon (cluster 4) en "
              "De Maat (cluster 3) in Waalkant, en vso-scholen buiten het werkgebied waarmee afspraken bestaan."),
        ("p", "De niveaus zijn geen trap die een leerling moet beklimmen: een leerling kan direct een niveau 3-voorziening "
              "nodig hebben. Wel geldt dat de school eerst bespreekt wat zij zelf kan bieden. De overstap van vmbo naar mbo "
              "verloopt via de gezamenlijke overstapservice met de twee regionale mbo-instellingen."),
        ("h1", "Toelaatbaarheid voor vso, lwoo en pro"),
        ("h2", "6.1 Wie vraagt aan"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de "
              "leerling is ingeschreven of aangemeld. In de praktijk doet de ondersteuningscoördinator dat namens het bestuur, "
              "via het digitale aanvraagportaal. De aanvraag bevat het OPP met evaluatie, een onderwijskundig rapport, een "
              "verslag van het multidisciplinair overleg en de zienswijze van ouders en, vanaf twaalf jaar, van de leerling zelf."),
        ("h2", "6.2 Wie beslist"),
        ("p", "Het verband heeft één Commissie van Toelaatbaarheid (CvT) voor beide deelregio's. De CvT vergadert iedere twee "
              "weken. Bij iedere aanvraag brengen twee deskundigen afzonderlijk een schriftelijk advies uit: een orthopedagoog "
              "of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinder- en jeugdpsychiater, "
              "maatschappelijk werker of jeugdarts. De deskundigen zijn niet betrokken geweest bij de aanvraag. De "
              "directeur-bestuurder neemt het besluit namens het bestuur, binnen zes weken na ontvangst van een volledige aanvraag."),
        ("h2", "6.3 Duur en categorie"),
        ("p", "Een TLV wordt afgegeven voor één, twee of drie schooljaren en loopt altijd tot en met 31 juli. In het besluit "
              "staat de bekostigingscategorie laag, midden of hoog. Ouders ontvangen een afschrift van beide adviezen."),
        ("h2", "6.4 Beoordeling"),
        ("p", "Welke criteria de CvT hanteert, is een van de harmonisatieopgaven na de fusie. De twee rechtsvoorgangers "
              "werkten met verschillende toetsingskaders. Het gezamenlijke Toetsingskader Linge & Waal wordt door een werkgroep "
              "van beide deelregio's voorbereid en zal, na bespreking in de OPR, door het bestuur worden vastgesteld. Tot dat "
              "moment beoordeelt de CvT aanvragen met inachtneming van de kaders die tot 1 januari 2025 golden."),
        ("p", "Voor lwoo en pro vraagt de VO-school de aanwijzing respectievelijk de TLV aan via hetzelfde portaal, uiterlijk "
              "1 mei voorafgaand aan het schooljaar. Voor leerlingen die tijdens het schooljaar instromen geldt een doorlooptijd "
              "van vier weken. De besluiten voor lwoo en pro worden genomen door de directeur-bestuurder na advies van een "
              "orthopedagoog van het bureau. Een lwoo-aanwijzing geldt voor de duur van de opleiding."),
        ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken bij het verband. Het verband "
              "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur "
              "adviseert over het bezwaar."),
        ("h2", "6.5 Afloop van de toelaatbaarheidsverklaring"),
        ("p", "Iedere TLV heeft een einddatum, en dat is geen formaliteit. Het verband wil dat iedere vso-leerling voor wie "
              "het ontwikkelingsperspectief dat toelaat, terugkeert naar een reguliere school in de buurt van zijn of haar "
              "woonplaats. Terugplaatsing is geen doel op zich, maar wel het uitgangspunt: de vso-school hoeft niet aan te "
              "tonen dat de leerling moet blijven, het gesprek begint bij de vraag wat er nodig is om terug te gaan."),
        ("p", "Dat werkt zo. In het laatste schooljaar van de TLV organiseert de vso-school vóór 1 februari een "
              "evaluatie-MDO. Daarbij zijn de mentor van de vso-school, de orthopedagoog van het verband, de ouders en de "
              "leerling aanwezig, en de ondersteuningscoördinator van de beoogde reguliere school. Het initiatief ligt bij "
              "de vso-school. Op basis van het OPP beoordeelt het MDO of de leerling kan terugkeren. Komt het MDO tot de "
              "conclusie dat de leerling in het vso moet blijven, dan dient de vso-school vóór 1 april een aanvraag voor een "
              "nieuwe TLV in. Adviseert het MDO terugplaatsing, dan beslist de ontvangende school binnen vier weken over de "
              "inschrijving, en begeleidt de vso-school de overstap na de zomervakantie."),
        ("p", "Een leerling die terugkeert, krijgt gedurende het eerste half jaar een terugkeerarrangement: een ambulant "
              "begeleider van de vso-school komt wekelijks naar de nieuwe school, en de mentor krijgt twee uur per week "
              "vrij geroosterd. Het verband betaalt dit arrangement uit de middelen voor bovenschoolse voorzieningen. "
              "Voorwaarde is dat de ontvangende school een OPP opstelt vóór de eerste schooldag. Lukt de terugkeer niet, "
              "dan kan de leerling binnen het eerste half jaar zonder nieuwe CvT-procedure terug naar de vso-school."),
        ("h1", "Thuiszitters en dekkend netwerk"),
        ("p", "Het tegengaan van thuiszitten is een gedeelde opdracht van scholen, verband en gemeenten. Beide "
              "rechtsvoorgangers hadden hiervoor hun eigen aanpak en overleggen. In het fusiejaar brengen we in kaart hoe deze "
              "werkwijzen van elkaar verschillen. Een gezamenlijke aanpak voor thuiszitters, leerlingen op een wachtlijst en "
              "leerlingen zonder passende plek, inclusief afspraken over doorzettingsmacht, wordt in de loop van schooljaar "
              "2026-2027 uitgewerkt en als wijziging van dit plan aan de OPR voorgelegd."),
        ("p", "Ook een analyse van witte vlekken in het gezamenlijke aanbod staat gepland voor na het eerste fusiejaar. "
              "Tot dat moment lopen de overleggen in beide deelregio's door zoals voorheen."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "Beide rechtsvoorgangers hadden een eigen systeem van kwaliteitszorg en een eigen manier van rapporteren. "
              "Die systemen waren niet vergelijkbaar, en de gegevens evenmin. Daarom kiezen wij ervoor om in dit plan geen "
              "resultaatafspraken op te nemen die we niet kunnen onderbouwen."),
        ("p", "In het voorjaar van 2027 voeren wij een gezamenlijke nulmeting uit. Pas daarna stellen wij vast welke "
              "resultaten wij in de rest van de planperiode willen bereiken en hoe wij die gaan volgen. De terugblik op de "
              "vorige planperiode van VO Lingestreek en VO Waalkant is te vinden in de jaarverslagen 2024 van beide "
              "stichtingen op de website."),
        ("h1", "Geld en middelen"),
        ("p", "Het verband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Na afdracht "
              "aan DUO voor het vso resteert een bedrag dat wij over drie bestemmingen verdelen: schoolbudgetten, "
              "bovenschoolse voorzieningen en de organisatie van het verband."),
        ("p", "Schoolbudgetten worden in beide deelregio's volgens dezelfde rekenregel berekend: een vaste voet van € 15.000 "
              "per vestiging plus € 142 per leerling, naar het aantal leerlingen op de teldatum 1 oktober van het voorgaande "
              "jaar. Vestigingen met een lwoo-aanwijzing ontvangen daarnaast het lwoo-budget per aangewezen leerling volgens de "
              "landelijke normbedragen. De besturen ontvangen de schoolbudgetten in twaalf maandelijkse termijnen. Het "
              "algemeen bestuur stelt de bedragen jaarlijks in december vast bij de begroting."),
        ("p", "Deelregio Waalkant werkte tot de fusie met een expertisemodel: een deel van het geld ging niet naar de "
              "scholen maar naar ingekochte expertise. Voor Waalkant geldt een ingroeiregeling tot 1 augustus 2027; in de "
              "schooljaren 2025-2026 en 2026-2027 wordt 30% respectievelijk 15% van het Waalkantse schoolbudget nog bovenschools "
              "ingezet voor de ambulante begeleiding die daar gewoonte is."),
        ("p", "Scholen mogen hun schoolbudget besteden aan de basisondersteuning boven de wettelijke basiskwaliteit en aan "
              "arrangementen op niveau 2. Zij leggen jaarlijks vóór 1 juni verantwoording af in een bestedingsverslag, dat de "
              "regiocoördinator met de schoolleiding bespreekt. Arrangementen op niveau 3 worden door het bureau toegewezen; "
              "een school hoeft hiervoor niet te betalen."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsbudget", "18.420", "18.310", "18.150", "17.980"],
                   ["Afdracht DUO vso", "6.930", "6.880", "6.790", "6.710"],
                   ["Schoolbudgetten (incl. vaste voet)", "2.490", "2.470", "2.450", "2.430"],
                   ["Lwoo-budgetten", "4.110", "4.090", "4.060", "4.020"],
                   ["Bovenschoolse voorzieningen (OPDC, Rebound, plusklas)", "2.950", "3.010", "3.060", "3.080"],
                   ["Terugkeer- en overgangsarrangementen", "180", "210", "230", "240"],
                   ["Bureau en organisatie", "1.520", "1.490", "1.460", "1.440"],
                   ["Resultaat", "240", "160", "100", "60"]]),
        ("p", "Het verband had op 31 december 2024 een eigen vermogen van € 3,1 miljoen. Het weerstandsvermogen ligt "
              "daarmee boven de signaleringswaarde; wij bouwen het overschot af door de bovenschoolse voorzieningen in de "
              "planperiode uit te breiden. De risico's (daling leerlingaantal, groei vso-deelname) staan in de risicoparagraaf "
              "van de jaarbegroting."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is na een fusie extra belangrijk. De website van het verband heeft een aparte rubriek voor "
              "ouders en leerlingen, met pagina's per deelregio. Daarop staat welke basisondersteuning iedere school biedt, "
              "welke bovenschoolse voorzieningen er zijn en hoe een aanvraag verloopt. Iedere school verwijst in de schoolgids "
              "naar deze pagina's."),
        ("p", "Ouders van leerlingen in groep 8 ontvangen via de basisscholen de folder 'Passend onderwijs in Linge & Waal', "
              "die ook in het Engels, Arabisch en Pools beschikbaar is. Ieder najaar organiseren wij in Lingestreek en in Waalkant "
              "een informatieavond voor ouders over de ondersteuningsmogelijkheden. Bij de overstap naar het voortgezet onderwijs "
              "bespreekt de ondersteuningscoördinator met ouders welke ondersteuning de school kan bieden."),
        ("p", "Soms lopen ouders vast, of zijn zij het niet eens met de school of met het verband. Dan kunnen zij terecht bij "
              "het Ouder- en Jeugdsteunpunt Linge & Waal. Dit steunpunt is ondergebracht bij een onafhankelijke stichting voor "
              "cliëntondersteuning en werkt uitsluitend in het belang van de leerling; het valt niet onder het bestuur van het "
              "verband. Het steunpunt is bereikbaar per telefoon, via de chat en op afspraak in beide deelregio's. Ouders kunnen "
              "daarnaast gratis een beroep doen op de Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of "
              "het OPP, op de Geschillencommissie passend onderwijs."),
    ]
    b += governance(v) + medezeggenschap(v) + oogo(v) + personeel(v) + ict_privacy(v) + planning(v)
    b += begrippen() + afkortingen()
    return b


LABEL1 = """
documents: [vo-linge-waal-2025-2029.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 'Wat iedere school biedt': verband-wide minimum set by bestuur 9-12-2024 plus a concrete list; kwaliteitskaart/audit = borging."
  plaatsing: "Ch. 6 gives applicant, dossier, CvT, two deskundigen, 6-week term, duur/categorie, LBT; 6.4 defers the toetsingskader (criteria) to a future document and only refers to predecessors' frameworks."
  terugstroom: "Hidden in 6.5 'Afloop van de toelaatbaarheidsverklaring' inside the TLV chapter: MDO before 1 Feb, initiative vso-school, decision moments, terugkeerarrangement and conditions."
  financien: "Under 'Geld en middelen': vaste voet + per-leerling rule, Waalkant transition, meerjarenbegroting table 2025-2028, reserves, bestedingsverslag."
  dekkend-aanbod: "Ch. 5 describes the niveau 1-4 continuum with OPDC/Rebound/plusklas/ISK/vso; ch. 7 only defers the thuiszitters/witte-vlekken/no-place approach to 2026-2027."
  resultaten: "Ch. 8 explicitly sets no result goals until a 2027 nulmeting and refers to predecessors' jaarverslagen on the website; nothing addressed."
  ouders: "In 'Communicatie': website per deelregio, folder, information evenings; independent OJSP, Onderwijsconsulenten, Geschillencommissie."
"""


# ---------------------------------------------------------------------------------------------
# Plan 2 — VO, three deelregio's, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------------------------
V2 = dict(
    naam="Stichting Passend Voortgezet Onderwijs Drie Rivieren", kort="Drie Rivieren", code="VO 27-03",
    periode="2026-2030", start=2026, eind=2030, rechtsvorm="vereniging", besturen="twaalf",
    gemeenten="Hoogeveld, Brakel-Maasdijk, Oosterbroek, Velderen en Sint-Annakerk",
    context="de drie deelregio's Noord, Midden en Zuid zijn sinds de vorige planperiode sterk naar elkaar toe gegroeid, "
            "maar hebben nog altijd elk hun eigen gewoonten.",
    fusietekst="Het verband werkt sinds 2014 met drie deelregio's: Noord (rond Hoogeveld), Midden (rond Brakel-Maasdijk) "
               "en Zuid (rond Oosterbroek).",
    regiotekst=[("Noord", "Noord telt negen vestigingen, overwegend havo/vwo en een grote vmbo-school. Er is één school "
                 "voor praktijkonderwijs. De deelregio grenst aan twee andere verbanden; een deel van de leerlingen "
                 "gaat buiten de regio naar het vso."),
                ("Midden", "Midden is de grootste deelregio met veertien vestigingen, waaronder twee vso-scholen en het "
                 "OPDC. De gemeente Brakel-Maasdijk is centrumgemeente voor jeugdhulp."),
                ("Zuid", "Zuid is dunbevolkt en heeft zes vestigingen, waarvan twee kleine nevenvestigingen in de dorpen. "
                 "De reistijden zijn lang; leerlingenvervoer is een terugkerend gespreksonderwerp met de gemeenten.")],
    bestuurder="J. (Jeroen) Hendriksen MEd", opr_datum="2 april 2026", oogo_datum="19 maart 2026",
    concept_datum="28 januari 2026", vast_datum="14 april 2026", insp_datum="23 april 2026",
    jongere="iedere jongere", leraren="docenten en mentoren", coord="ondersteuningscoördinatoren en zorgcoördinatoren",
    thema="motiveren van leerlingen, werken met het OPP en signaleren van schoolverzuim",
    cao="cao VO",
)


def plan2():
    v = V2
    b = [("header", "Drie Rivieren – Ondersteuningsplan 2026-2030"),
         ("footer", "VO 27-03 | ondersteuningsplan | versie vastgesteld 14 april 2026"),
         ("title", "Samen sterk in drie regio's"),
         ("sub", "Ondersteuningsplan 2026-2030 van Stichting Passend Voortgezet Onderwijs Drie Rivieren (VO 27-03)"),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
                  "3 Basisondersteuning per deelregio", "4 Van extra ondersteuning tot vso: het aanbod",
                  "5 Geen jongere buiten beeld", "6 Wie beslist over een plek in het vso, lwoo of pro?",
                  "6.4 Terugplaatsing en overplaatsing", "7 Doorstroom en uitstroom", "8 Wat willen we bereiken en hoe volgen we dat?",
                  "9 Verdeling van de ondersteuningsmiddelen", "10 Informatie voor ouders", "11 Organisatie en governance",
                  "12 Medezeggenschap", "13 Samenwerking met gemeenten", "14 Personeel en professionalisering",
                  "15 Informatievoorziening, ICT en privacy", "16 Totstandkoming en planning", "Bijlage: Begrippenlijst"])]
    b += voorwoord(v) + leeswijzer(v)
    b += context(v, [["Deelregio", "Vestigingen", "Leerlingen 1-10-2025", "Vso-leerlingen"],
                     ["Noord", "9", "7.120", "212"], ["Midden", "14", "11.480", "498"], ["Zuid", "6", "3.305", "131"],
                     ["Totaal", "29", "21.905", "841"]])
    b += visie(v)
    b += [
        ("h1", "Basisondersteuning per deelregio"),
        ("p", "In de vorige planperiode hebben de drie deelregio's ieder een eigen profiel basisondersteuning opgesteld, in "
              "overleg tussen de scholen van die deelregio. Die profielen lijken op elkaar maar zijn niet gelijk. Een "
              "gemeenschappelijke ondergrens die voor alle vestigingen van Drie Rivieren geldt, is er op dit moment niet: "
              "het bestuur heeft in 2025 besloten de drie profielen eerst te laten evalueren. Harmonisatie is een "
              "speerpunt voor de tweede helft van de planperiode."),
        ("p", "De tabel hieronder geeft weer wat een ouder in iedere deelregio op elke school kan verwachten, volgens het "
              "profiel van die deelregio."),
        ("table", [["Voorziening", "Noord", "Midden", "Zuid"],
                   ["Ondersteuningscoördinator", "0,5 fte per 600 lln", "0,4 fte per 500 lln", "0,3 fte per vestiging"],
                   ["Orthopedagoog (consultatie)", "1 dagdeel per week", "2 dagdelen per week", "op afroep via bureau"],
                   ["Dyslexie- en dyscalculieprotocol", "ja", "ja", "ja"],
                   ["Faalangst- en sova-training", "2x per jaar", "doorlopend", "1x per jaar"],
                   ["Time-in-ruimte met begeleiding", "ja", "ja", "niet op nevenvestigingen"],
                   ["Huiswerkbegeleiding onder schooltijd", "nee", "ja", "ja"],
                   ["Ondersteuningsteam met jeugdprofessional", "6x per jaar", "maandelijks", "4x per jaar"],
                   ["OPP bij extra ondersteuning", "ja", "ja", "ja"]]),
        ("p", "Scholen in Zuid kunnen voor de orthopedagoog een beroep doen op het bureau, omdat zij te klein zijn om deze "
              "functie zelf in te vullen. De profielen worden door de deelregio's zelf besproken; het verband verzamelt ze."),
        ("h1", "Van extra ondersteuning tot vso: het aanbod"),
        ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning, kent Drie Rivieren een samenhangend aanbod "
              "dat in alle deelregio's dezelfde opbouw heeft. Eerst kijkt de school wat zij binnen de eigen muren kan "
              "organiseren met een arrangement: bijvoorbeeld een persoonlijk begeleider, een aangepast programma of inzet van "
              "een ambulant begeleider. Lukt dat niet, dan is er per deelregio een bovenschoolse voorziening, en daarna het vso."),
        ("ul", ["Noord: Trajectvoorziening 't Anker (20 plaatsen), voor leerlingen die tijdelijk niet in de klas kunnen "
                "functioneren; maximaal één schooljaar, daarna terug naar de eigen school.",
                "Midden: OPDC Brakel (60 plaatsen) voor vmbo-leerlingen met leer- en gedragsproblemen, en het "
                "observatietraject van zes weken.",
                "Zuid: schakelklas voor nieuwkomers (ISK) en een plusvoorziening voor hoogbegaafde leerlingen, beide "
                "ook toegankelijk voor leerlingen uit de andere deelregio's.",
                "Vso: twee vso-scholen in Midden (cluster 3 en cluster 4) en afspraken met drie vso-scholen buiten het "
                "werkgebied voor leerlingen uit Noord.",
                "Onderwijs-zorgarrangementen: voor leerlingen die onderwijs en jeugdhulp tegelijk nodig hebben, samen met "
                "de gemeenten (zie hoofdstuk 13)."]),
        ("h1", "Geen jongere buiten beeld"),
        ("p", "Het dekkend netwerk is nooit af. Daarom werken wij met een vaste cyclus. In iedere deelregio komt eens per "
              "zes weken een thuiszittersoverleg bijeen met de leerplichtambtenaren, de regiocoördinator en de betrokken "
              "scholen. Iedere leerling die langer dan vier weken thuiszit of op een wachtlijst staat, wordt daar besproken "
              "tot er een plek is. Als er na drie maanden nog geen oplossing is, neemt de directeur-bestuurder de regie en "
              "kan hij een school of voorziening opdragen de leerling tijdelijk te plaatsen (doorzettingsmacht)."),
        ("p", "Jaarlijks in november maakt het bureau een analyse van witte vlekken: voor welke leerlingen was in het "
              "afgelopen jaar geen passend aanbod, en waar ontstonden wachtlijsten? De uitkomst wordt besproken in het "
              "bestuur en leidt tot concrete acties. Uit de analyse van 2025 bleek bijvoorbeeld dat er in Zuid geen plek is "
              "voor havo/vwo-leerlingen met autisme die tijdelijk een kleinere setting nodig hebben. Per 1 augustus 2027 "
              "start daarom in Zuid een kleinschalige voorziening van twaalf plaatsen; de zorgplicht blijft bij de school "
              "van aanmelding totdat de leerling een plek heeft."),
        ("h1", "Wie beslist over een plek in het vso, lwoo of pro?"),
        ("h2", "6.1 Het Toewijzingsteam"),
        ("p", "Over toegang tot het vso beslist niet de school en niet de vso-school, maar het Toewijzingsteam van het "
              "verband, in naam van het bestuur. De school waar de leerling staat ingeschreven, doet namens haar bestuur een "
              "verzoek, met het OPP, het groeidocument en de visie van ouders en leerling. Het Toewijzingsteam bestaat uit "
              "een voorzitter vanuit het bureau en per verzoek twee deskundigen die ieder een eigen schriftelijk advies "
              "geven: altijd een GZ-psycholoog of orthopedagoog-generalist, en een tweede deskundige die past bij de vraag "
              "(jeugdarts, kinderpsychiater of maatschappelijk werker). Binnen vijf weken na een volledig verzoek ontvangen "
              "school en ouders het besluit. De verklaring wordt afgegeven voor twee schooljaren, in een van de drie "
              "bekostigingscategorieën."),
        ("h2", "6.2 Wanneer zeggen we ja?"),
        ("p", "Een jongere krijgt toegang tot het vso als aan alle drie de volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft aantoonbaar ten minste twee periodes van zes maanden extra ondersteuning geboden, "
                "vastgelegd en geëvalueerd in het OPP, of er is sprake van een acute situatie waarin wachten niet "
                "verantwoord is;",
                "de ondersteuningsbehoefte ligt op minstens twee van de vijf domeinen (leren, gedrag, sociaal-emotioneel, "
                "communicatie, medisch-lichamelijk) duidelijk boven wat een reguliere school met inzet van een "
                "bovenschoolse voorziening kan bieden;",
                "beide deskundigen onderschrijven dat de jongere op dit moment aangewezen is op het vso."]),
        ("p", "Categorie midden of hoog wordt alleen toegekend bij een lichamelijke beperking, langdurige ziekte of "
              "meervoudige beperking, met een medische onderbouwing."),
        ("h2", "6.3 Lwoo en praktijkonderwijs"),
        ("p", "Drie Rivieren maakt gebruik van de mogelijkheid om eigen criteria voor lwoo te hanteren. Een leerling "
              "krijgt lwoo als de leerachterstand op begrijpend lezen of rekenen ten minste 1,5 jaar bedraagt en er "
              "daarnaast sprake is van een sociaal-emotionele of motivationele belemmering die in het groeidocument is "
              "beschreven. Een intelligentieonderzoek is niet verplicht. De VO-school vraagt lwoo aan vóór 1 april; het "
              "bureau besluit binnen vier weken. De aanwijzing geldt voor de hele schoolloopbaan. Voor praktijkonderwijs "
              "gelden de landelijke criteria; de aanvraag verloopt via hetzelfde portaal en hetzelfde Toewijzingsteam."),
        ("h2", "6.4 Terugplaatsing en overplaatsing"),
        ("p", "[Deze paragraaf wordt na bespreking in het regio-overleg Midden aangevuld.]"),
        ("h1", "Doorstroom en uitstroom"),
        ("p", "De doorstroom van vmbo naar mbo en van havo naar hbo verloopt in alle deelregio's via warme overdracht. "
              "Voor leerlingen met een OPP maken school en mbo-instelling vóór 1 juni een overdrachtsafspraak. Leerlingen "
              "uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid worden begeleid door de jobcoaches van de "
              "gemeenten."),
        ("h1", "Wat willen we bereiken en hoe volgen we dat?"),
        ("p", "Voor de planperiode hebben we zes resultaten geformuleerd voor leerlingen met een ondersteuningsbehoefte. "
              "Bij ieder resultaat hoort een indicator, een nulmeting en een streefwaarde voor 2030."),
        ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2030"],
                   ["Meer leerlingen in het regulier onderwijs", "Deelnamepercentage vso (1 oktober)", "3,84%", "3,40%"],
                   ["Minder langdurig thuiszitten", "Thuiszitters > 3 maanden", "41", "max. 20"],
                   ["Snellere toewijzing", "Gemiddelde doorlooptijd verzoek vso", "7,5 weken", "5 weken"],
                   ["Leerlingen met arrangement halen een diploma", "Diplomering binnen nominale duur + 1 jaar", "78%", "85%"],
                   ["Tevreden ouders", "Rapportcijfer oudertevredenheid", "6,8", "7,5"],
                   ["Sterke basis op alle scholen", "Scholen die hun profiel volledig realiseren", "19 van 29", "29 van 29"]]),
        ("p", "Het bureau houdt een dashboard bij met deze indicatoren per deelregio, gevoed met gegevens van DUO, de "
              "leerplichtadministraties en het eigen registratiesysteem. Twee keer per jaar, in februari en september, "
              "rapporteert de directeur-bestuurder aan het bestuur en de OPR over de stand van zaken. De oudertevredenheid "
              "wordt iedere twee jaar gemeten met een vragenlijst onder ouders van leerlingen met een OPP. In het "
              "jaarverslag verantwoorden wij de bereikte resultaten en wat die hebben gekost. Blijft een deelregio twee "
              "rapportages achter bij de lijn naar de streefwaarde, dan stelt het regio-overleg een verbeterplan op."),
        ("p", "In de vorige planperiode daalde het deelnamepercentage vso van 4,21% naar 3,84% en daalde de gemiddelde "
              "doorlooptijd van 9 naar 7,5 weken. Het doel om het aantal langdurige thuiszitters te halveren is niet gehaald."),
        ("h1", "Verdeling van de ondersteuningsmiddelen"),
        ("p", "Het deel van de middelen dat bestemd is voor schoolbudgetten, verdelen wij met één verdeelsleutel voor alle "
              "deelregio's. Iedere vestiging ontvangt een bedrag naar rato van het aantal leerlingen op 1 oktober, waarbij "
              "leerlingen in vmbo basis en kader anderhalf keer meetellen en leerlingen in havo/vwo één keer. Nevenvestigingen "
              "met minder dan 300 leerlingen krijgen een toeslag van tien procent, omdat zij de vaste kosten van "
              "ondersteuning over minder leerlingen moeten spreiden."),
        ("p", "De verdeelsleutel wordt eens per twee jaar door het bestuur geëvalueerd, na advies van de controller en "
              "bespreking in de OPR. Wijzigingen gaan in op 1 januari van het jaar daarop, zodat besturen tijd hebben om "
              "hun formatie aan te passen. Budgetten voor bovenschoolse voorzieningen worden per deelregio toegekend op "
              "basis van het aantal geplaatste leerlingen in de voorgaande twee schooljaren."),
        ("p", "De meerjarenbegroting van het verband maakt geen deel uit van dit plan. Het bestuur stelt deze jaarlijks in "
              "december vast, tegelijk met de jaarbegroting; zij is te raadplegen op de website van het verband."),
        ("h1", "Informatie voor ouders"),
        ("p", "Ouders moeten weten waar zij aan toe zijn. Op de website van Drie Rivieren staat voor iedere deelregio een "
              "ouderpagina met het profiel basisondersteuning, een overzicht van de bovenschoolse voorzieningen en een "
              "uitleg over het verzoek om toegang tot het vso. De folder 'Wat als mijn kind meer nodig heeft?' wordt in "
              "groep 8 en in de brugklas aan alle ouders uitgereikt. Iedere deelregio organiseert jaarlijks in oktober een "
              "ouderavond."),
        ("p", "Met vragen over de ondersteuning van hun kind kunnen ouders altijd terecht bij de mentor of de "
              "ondersteuningscoördinator van de school. Het verband onderzoekt in 2026 of er een ouder- en jeugdsteunpunt "
              "nodig is naast de bestaande contactmogelijkheden; de uitkomst daarvan volgt."),
    ]
    b += governance(v) + medezeggenschap(v) + oogo(v) + personeel(v) + ict_privacy(v) + planning(v)
    b += begrippen([["Toewijzingsteam", "De commissie van het verband die over toegang tot het vso, lwoo en pro beslist."]])
    b += afkortingen()
    return b


LABEL2 = """
documents: [vo-drie-rivieren-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 gives concrete content per deelregio (table) but states explicitly there is no common minimum for all vestigingen of the verband; niveau not addressed."
  plaatsing: "Ch. 6 in unusual wording ('Toewijzingsteam', 'Wanneer zeggen we ja?'): requester, dossier, two deskundigen, 5-week term, duration/category, three criteria, own lwoo criteria; no bezwaar."
  terugstroom: "Heading 6.4 and TOC entry exist but the body is only a placeholder ('wordt aangevuld'); glossary definition only. Ch. 7 'Doorstroom en uitstroom' (vmbo->mbo) and 't Anker 'terug naar de eigen school' (not vso) are near-misses."
  financien: "Ch. 9 gives the verdeelsleutel and procedure; the meerjarenbegroting is explicitly not part of the plan (website), no amounts or spending."
  dekkend-aanbod: "Ch. 4 continuum per deelregio; ch. 5 'Geen jongere buiten beeld': thuiszittersoverleg, doorzettingsmacht, yearly witte-vlekken analysis with action."
  resultaten: "Ch. 8: table of intended results with nulmeting/streefwaarde, dashboard, twice-yearly reporting, achieved results of the previous period."
  ouders: "Ch. 10: website per deelregio, folder, ouderavond; for help only the school's own mentor/coordinator, OJSP only 'being investigated' — no independent help."
"""


# ---------------------------------------------------------------------------------------------
# Plan 3 — VO, two deelregio's, .docx
# ---------------------------------------------------------------------------------------------
V3 = dict(
    naam="Samenwerkingsverband VO Kempenrand", kort="Kempenrand", code="VO 30-11", periode="2026-2030",
    start=2026, eind=2030, rechtsvorm="stichting", besturen="zeven",
    gemeenten="Westerhoven-Kempen, Dalbeek, Oosterkempen en Lindewaarde",
    context="het leerlingaantal daalt in het westen van de regio, terwijl het in het oosten nog groeit.",
    fusietekst="Het werkgebied is verdeeld in de deelregio's West en Oost, die elk een eigen regioteam hebben.",
    regiotekst=[("West", "West bestaat uit plattelandsgemeenten met vijf vestigingen, waarvan één school voor "
                 "praktijkonderwijs. Het leerlingaantal daalt met ongeveer twee procent per jaar. In West staat OPDC De Kempen."),
                ("Oost", "Oost telt acht vestigingen rond de kern Lindewaarde, een vso-school voor cluster 4 en een "
                 "vso-afdeling voor cluster 3. Het regioteam Oost werkt nauw samen met het jeugdteam van Lindewaarde.")],
    bestuurder="mr. A. (Anouk) Verbeek", opr_datum="11 maart 2026", oogo_datum="25 februari 2026",
    concept_datum="14 januari 2026", vast_datum="18 maart 2026", insp_datum="2 april 2026",
    jongere="iedere jongere", leraren="docenten en mentoren", coord="ondersteuningscoördinatoren",
    thema="gedrag in de klas, schoolverzuim en de overgang naar het mbo", cao="cao VO",
)


def plan3():
    v = V3
    b = [("header", "Ondersteuningsplan Kempenrand 2026-2030"),
         ("footer", "Samenwerkingsverband VO Kempenrand – VO 30-11"),
         ("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband VO Kempenrand (VO 30-11), deelregio's West en Oost"),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
                  "3 Basisondersteuning", "4 Arrangementen en voorzieningen", "5 Thuiszitters en zorgplicht",
                  "6 Toelaatbaarheid vso, lwoo en pro", "7 Van vso terug naar het regulier onderwijs",
                  "8 Bekostiging en begroting", "9 Ambities en resultaten", "10 Ouders en leerlingen",
                  "11 Overstap van primair naar voortgezet onderwijs", "12 Kennisdeling en samenwerking tussen scholen",
                  "13 Landelijke ontwikkelingen", "14 Organisatie en governance", "15 Medezeggenschap",
                  "16 Samenwerking met gemeenten", "17 Personeel en professionalisering",
                  "18 Informatievoorziening, ICT en privacy", "19 Totstandkoming en planning",
                  "20 Huisvesting en bereikbaarheid van het bureau", "Bijlage: Begrippenlijst"])]
    b += voorwoord(v) + leeswijzer(v)
    b += context(v, [["Deelregio", "Vestigingen", "Leerlingen 1-10-2025"], ["West", "5", "3.980"],
                     ["Oost", "8", "7.640"], ["Totaal", "13", "11.620"]])
    b += visie(v)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Basisondersteuning is de ondersteuning die een school zelf biedt, zonder tussenkomst van het "
              "samenwerkingsverband. Wat de scholen op dit gebied bieden, staat beschreven in de "
              "schoolondersteuningsprofielen, die op de websites van de scholen te vinden zijn. Een verbandsbrede "
              "standaard voor de basisondersteuning hebben wij in de vorige planperiode niet kunnen vaststellen. De "
              "werkgroep basisondersteuning zet dit werk voort; te zijner tijd volgt een voorstel aan het bestuur."),
        ("h1", "Arrangementen en voorzieningen"),
        ("p", "Als een leerling meer nodig heeft dan de school zelf kan bieden, kan de school een arrangement aanvragen "
              "bij het Arrangementenloket van het verband. Een arrangement is altijd tijdelijk en gekoppeld aan doelen "
              "in het OPP. Het loket kent drie zwaartes: licht (bijvoorbeeld coaching van één uur per week), middel "
              "(begeleiding door een ambulant begeleider, twee tot vier uur per week) en zwaar (een combinatie van "
              "begeleiding in de school en een deeltijdplaatsing in een bovenschoolse voorziening)."),
        ("p", "De bovenschoolse voorzieningen verschillen per deelregio. In West staat OPDC De Kempen, met 36 plaatsen "
              "voor leerlingen van vmbo en praktijkonderwijs die een kleinere setting nodig hebben; een plaatsing duurt "
              "in de regel een jaar. Oost heeft geen OPDC maar de Time-outvoorziening Lindewaarde (15 plaatsen, maximaal "
              "tien weken) en een onderwijs-zorgklas die samen met het jeugdteam wordt gerund. Leerlingen uit West kunnen "
              "gebruikmaken van de voorzieningen in Oost en omgekeerd. Het vso vormt het laatste deel van het aanbod: "
              "de vso-school De Vlinderboom (cluster 4) en de vso-afdeling van De Lindeboom (cluster 3), beide in Oost."),
        ("p", "Voor hoogbegaafde leerlingen is er in beide deelregio's een plusprogramma op één dag per week, "
              "en voor nieuwkomers is er een ISK-afdeling in Lindewaarde. Zo ontstaat een aanbod dat loopt van licht "
              "tot zeer intensief, en dat over de grenzen van de deelregio's heen werkt."),
        ("h1", "Thuiszitters en zorgplicht"),
        ("p", "Iedere school heeft zorgplicht. Als een school na aanmelding geen passende plek kan bieden, zoekt zij "
              "samen met het Arrangementenloket binnen tien werkdagen een andere school in het verband die dat wel kan. "
              "Lukt dat niet, dan agendeert het loket de leerling bij de Thuiszitterstafel van de deelregio."),
        ("p", "De Thuiszitterstafel komt in West maandelijks en in Oost iedere twee weken bijeen, met leerplicht, "
              "jeugdteam, de betrokken school en het loket. Voor leerlingen voor wie geen bestaand aanbod past, kan de "
              "Thuiszitterstafel een beroep doen op het Maatwerkfonds van € 150.000 per jaar, waaruit bijvoorbeeld "
              "individuele onderwijstrajecten of thuisonderwijs met een docent worden betaald. Eens per jaar bespreekt "
              "het bestuur welke groepen leerlingen structureel tussen wal en schip vallen en of daarvoor een nieuwe "
              "voorziening nodig is."),
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("p", "De aanvraagprocedure, de samenstelling van de commissie en de termijnen voor een "
              "toelaatbaarheidsverklaring zijn beschreven in het Protocol Toelaatbaarheid Kempenrand (bijlage 3)."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de school en het Arrangementenloket samen ten minste "
              "een arrangement van de zwaarte middel of zwaar hebben ingezet en geëvalueerd, (b) uit die evaluatie blijkt "
              "dat de ontwikkeling van de leerling stagneert of terugloopt ondanks de ingezette ondersteuning, en (c) de "
              "ondersteuningsbehoefte zo intensief of specialistisch is dat zij niet met een arrangement in een reguliere "
              "school of bovenschoolse voorziening kan worden geboden. Bij een lichamelijke beperking of langdurige ziekte "
              "is criterium (a) niet van toepassing als een medisch advies aantoont dat regulier onderwijs niet haalbaar is."),
        ("p", "Voor lwoo hanteert Kempenrand de landelijke criteria: een leerachterstand van anderhalf tot drie jaar op "
              "twee van de vier domeinen, of op één domein in combinatie met sociaal-emotionele problematiek, met een IQ "
              "tussen 75 en 90 (tot 120 bij sociaal-emotionele problematiek). Voor praktijkonderwijs gelden eveneens de "
              "landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee "
              "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."),
        ("h1", "Van vso terug naar het regulier onderwijs"),
        ("p", "Kempenrand gaat ervan uit dat een plek in het vso voor veel leerlingen tijdelijk is. Ons beleid is dat "
              "iedere vso-leerling met een uitstroomprofiel vervolgonderwijs ten minste eens per jaar wordt bekeken op de "
              "mogelijkheid van terugplaatsing. Voorwaarden voor terugplaatsing zijn dat de doelen uit het OPP voor het "
              "grootste deel zijn behaald, dat de leerling het onderwijsprogramma van het regulier onderwijs aankan en dat "
              "de ontvangende school met een arrangement de nog benodigde ondersteuning kan bieden."),
        ("p", "De procedure is in beide deelregio's gelijk. De vso-school neemt het initiatief en bespreekt uiterlijk in "
              "januari van het laatste jaar van de toelaatbaarheidsverklaring in het commissie-van-begeleidingsoverleg of "
              "terugplaatsing mogelijk is. Zo ja, dan meldt de vso-school de leerling aan bij de beoogde school en bij het "
              "Arrangementenloket; het loket organiseert binnen vier weken een overdrachtsgesprek en kent een "
              "terugplaatsingsarrangement toe van één schooljaar, met ambulante begeleiding vanuit de vso-school. De "
              "ontvangende school beslist over de inschrijving. Na zes maanden volgt een evaluatie door het loket. Zo nee, "
              "dan vraagt de vso-school een nieuwe verklaring aan. In Oost start een leerling bij terugplaatsing bij voorkeur "
              "met een proefplaatsing van zes weken, omdat de vso-school en de reguliere scholen daar op korte afstand liggen; "
              "in West is dat door de reisafstand meestal niet haalbaar."),
        ("h1", "Bekostiging en begroting"),
        ("p", "Ondersteuningsmiddelen volgen in Kempenrand zo veel mogelijk de leerling. Iedere school ontvangt een "
              "basisbudget van € 60 per leerling (teldatum 1 oktober), waarmee zij de eigen ondersteuningsstructuur "
              "versterkt. Daarnaast kent het Arrangementenloket arrangementen toe tegen vaste tarieven: licht € 2.500, "
              "middel € 5.000 en zwaar € 9.000 per schooljaar. Het loket beslist binnen drie weken over een aanvraag, aan "
              "de hand van de doelen in het OPP. Het lwoo- en pro-budget gaat rechtstreeks naar de scholen met een "
              "lwoo- of pro-aanbod, naar het aantal aangewezen leerlingen."),
        ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "13.250.000", "13.080.000", "12.940.000", "12.810.000"],
                   ["Afdracht vso (DUO)", "5.410.000", "5.350.000", "5.300.000", "5.260.000"],
                   ["Basisbudget scholen", "697.000", "689.000", "680.000", "671.000"],
                   ["Arrangementen (loket)", "2.380.000", "2.420.000", "2.450.000", "2.450.000"],
                   ["Lwoo en pro", "3.140.000", "3.090.000", "3.050.000", "3.010.000"],
                   ["OPDC De Kempen en Time-out Lindewaarde", "860.000", "870.000", "880.000", "890.000"],
                   ["Maatwerkfonds", "150.000", "150.000", "150.000", "150.000"],
                   ["Bureau", "560.000", "555.000", "550.000", "545.000"],
                   ["Saldo", "53.000", "-44.000", "-120.000", "-166.000"]]),
        ("p", "De negatieve saldi vanaf 2027 zijn bewust: het verband bouwt zo de reserve af tot het niveau dat de "
              "risicoanalyse vraagt (€ 1,2 miljoen). Scholen verantwoorden het basisbudget in hun jaarverslag; voor "
              "arrangementen rapporteert het loket per school."),
        ("h1", "Ambities en resultaten"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte wil Kempenrand aan het einde van de planperiode het "
              "volgende hebben bereikt:"),
        ("ul", ["het deelnamepercentage vso is gedaald naar onder de 2,9%;",
                "geen enkele leerling zit langer dan drie maanden thuis zonder onderwijsaanbod;",
                "90% van de arrangementen start binnen vier weken na de aanvraag;",
                "ten minste een kwart van de vso-leerlingen met uitstroomprofiel vervolgonderwijs keert binnen de "
                "looptijd van de verklaring terug naar het regulier onderwijs."]),
        ("p", "Hoe en wanneer wij deze resultaten gaan meten, en aan wie wij daarover rapporteren, beschrijven wij in "
              "het kwaliteitsplan dat in het eerste jaar van de planperiode wordt opgesteld."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn de belangrijkste partners van de school. Het verband ziet zijn rol vooral op de "
              "achtergrond: het ondersteunt scholen, zodat die goed met hun leerlingen kunnen samenwerken. Een nieuwe "
              "communicatiestrategie, met aandacht voor de manier waarop wij ouders en leerlingen bereiken, is in "
              "voorbereiding en wordt na vaststelling als bijlage bij dit plan gevoegd."),
    ]
    b += po_vo(v) + kennisdeling(v) + landelijk(v)
    b += governance(v) + medezeggenschap(v, samenstelling=False) + oogo(v) + personeel(v) + ict_privacy(v) + planning(v)
    b += huisvesting_bureau(v)
    b += begrippen([["Arrangementenloket", "Het loket van het verband dat arrangementen toekent."],
                    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen en bij onenigheid."]])
    b += afkortingen()
    return b


LABEL3 = """
documents: [vo-kempenrand-2026-2030.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 3 only defines the term generically, refers to SOPs on school websites and says a verband-wide standard is not set ('te zijner tijd'); glossary definition is a trap."
  plaatsing: "Ch. 6 refers procedure, commission and terms to an absent 'Protocol Toelaatbaarheid (bijlage 3)'; the vso criteria (a)-(c) and lwoo/pro criteria are in the body."
  terugstroom: "Ch. 7: policy (yearly review, conditions) and procedure (initiative vso-school, January of last TLV year, loket within 4 weeks, arrangement, evaluation after 6 months; West/Oost difference)."
  financien: "Ch. 8 'Bekostiging en begroting': € 60 per leerling + loket tariffs + lwoo/pro rule, begroting table 2026-2029, reserve reduction."
  dekkend-aanbod: "Ch. 4 arrangement levels and per-deelregio voorzieningen through vso; ch. 5 zorgplicht route, Thuiszitterstafel, Maatwerkfonds, yearly gap discussion."
  resultaten: "Ch. 9 lists intended results with numbers, but how they are measured/reported is deferred to a future kwaliteitsplan."
  ouders: "Ch. 10 'Ouders en leerlingen' is generic and defers the communication strategy; OJSP only in the glossary; OPR text has no parent composition; no parent role in procedures."
"""


# ---------------------------------------------------------------------------------------------
# Plan 4 — PO, merger of two verbanden, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------------------------
V4 = dict(
    naam="Samenwerkingsverband PO De Delta-Vallei", kort="De Delta-Vallei", code="PO 28-16", periode="2026-2030",
    start=2026, eind=2030, rechtsvorm="vereniging", besturen="veertien",
    gemeenten="Deltadorp, Vallei-Zuid, Ravenswaard en Ooltgenbroek",
    context="op 1 augustus 2025 zijn Passend Primair Delta (PO 28-04) en SWV PO Vallei-Zuid (PO 28-07) samengegaan.",
    fusietekst="De vereniging is op 1 augustus 2025 ontstaan uit de fusie van Passend Primair Delta en SWV PO Vallei-Zuid. "
               "De twee voormalige verbanden vormen nu de deelregio's Delta en Vallei.",
    regiotekst=[("Delta", "Delta telt 38 basisscholen, twee scholen voor speciaal basisonderwijs en een so-school voor "
                 "cluster 4. Veel scholen zijn klein; een derde heeft minder dan honderd leerlingen."),
                ("Vallei", "Vallei telt 26 basisscholen, één sbo-school en een so-school met afdelingen voor cluster 3 en "
                 "4. Vallei werkte voor de fusie met schoolondersteuners van het verband die op de scholen meedraaiden.")],
    bestuurder="drs. P. (Pieter) Oosterhuis", opr_datum="26 februari 2026", oogo_datum="12 februari 2026",
    concept_datum="10 december 2025", vast_datum="5 maart 2026", insp_datum="20 maart 2026",
    jongere="ieder kind", leraren="leerkrachten en intern begeleiders", coord="intern begeleiders",
    thema="handelingsgericht werken, gedrag in de groep en meer- en hoogbegaafdheid", cao="cao PO",
    geleding="ouders",
)


def plan4():
    v = V4
    b = [("header", "De Delta-Vallei | Ondersteuningsplan 2026-2030"),
         ("footer", "PO 28-16 – pagina's met financiën, ouders en resultaten: zie inhoudsopgave"),
         ("title", "Ondersteuningsplan De Delta-Vallei 2026-2030"),
         ("sub", "Samenwerkingsverband passend primair onderwijs De Delta-Vallei (PO 28-16) – eerste plan van het gefuseerde verband"),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
                  "3 De fusie in het kort", "4 Basisondersteuning: de afspraak", "5 Extra ondersteuning en voorzieningen",
                  "6 Niemand thuis", "7 Toelaatbaarheid sbo en so", "8 Terug naar de basisschool",
                  "9 Financiën", "10 Opbrengsten van passend onderwijs", "11 Ouders als partner",
                  "12 Organisatie en governance", "13 Medezeggenschap", "14 Samenwerking met gemeenten",
                  "15 Personeel en professionalisering", "16 Informatievoorziening, ICT en privacy",
                  "17 Totstandkoming en planning", "Bijlage: Begrippenlijst"])]
    b += voorwoord(v) + leeswijzer(v)
    b += context(v, [["Deelregio", "Scholen", "Leerlingen 1-10-2025", "Sbo", "So"],
                     ["Delta", "41", "9.870", "2", "1"], ["Vallei", "28", "6.420", "1", "1"],
                     ["Totaal", "69", "16.290", "3", "2"]])
    b += visie(v)
    b += [
        ("h1", "De fusie in het kort"),
        ("p", "De fusie is voorbereid door een kwartiermaker en een stuurgroep van zes bestuurders. De "
              "fusiedoelen waren: één aanspreekpunt voor ouders en scholen, minder bureaucratie en betere "
              "spreiding van de schaarse specialistische expertise. Beide rechtsvoorgangers brachten hun eigen "
              "werkwijzen, afspraken en middelen in."),
        ("p", "Niet alles kon in één keer worden samengevoegd. In dit plan geven wij per onderwerp aan of er al één "
              "afspraak geldt voor het hele verband, of dat de deelregio's voorlopig hun eigen werkwijze behouden."),
        ("h1", "Basisondersteuning: de afspraak"),
        ("p", "Voor basisondersteuning geldt vanaf de start van dit plan één afspraak voor het hele verband. Iedere "
              "basisschool van De Delta-Vallei, in Delta en in Vallei, biedt ten minste het volgende. Dit is de "
              "ondergrens die de besturen met elkaar zijn overeengekomen; een school mag meer bieden, niet minder."),
        ("ul", ["een intern begeleider met ten minste één dag per week per 150 leerlingen, en op scholen met minder dan "
                "150 leerlingen ten minste één dag per week;",
                "handelingsgericht werken in een vaste cyclus: groepsbesprekingen drie keer per jaar en "
                "leerlingbesprekingen op afspraak;",
                "een dyslexie- en een dyscalculieprotocol volgens de landelijke protocollen, inclusief begeleiding van "
                "leerlingen met ernstige enkelvoudige dyslexie in afstemming met de zorgaanbieder;",
                "een aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep (compacten en verrijken);",
                "een aanpak voor sociale veiligheid en een methode voor sociaal-emotionele ontwikkeling, met een "
                "jaarlijkse monitor;",
                "taalondersteuning voor leerlingen met een taalachterstand of NT2-achtergrond;",
                "een protocol medisch handelen;",
                "een ondersteuningsteam op school, met de intern begeleider, de directeur, de ouders en op afroep de "
                "orthopedagoog van het verband en de jeugdverpleegkundige."]),
        ("p", "In Vallei konden scholen tot de fusie een beroep doen op schoolondersteuners van het verband voor "
              "observaties in de groep. Tot 1 augustus 2027 blijft dat in Vallei zo; in Delta vullen de besturen dit "
              "zelf in. Ieder voorjaar vult elke school de kwaliteitskaart basisondersteuning in; het bureau bespreekt "
              "de uitkomsten met het bestuur van de school."),
        ("h1", "Extra ondersteuning en voorzieningen"),
        ("p", "Het arrangementenmodel van de twee voormalige verbanden verschilt sterk: Delta werkte met budgetten "
              "per school, Vallei met een aanvraagloket. Een beschrijving van het samenhangende geheel van extra "
              "ondersteuning en bovenschoolse voorzieningen voor het gefuseerde verband wordt in de eerste helft van de "
              "planperiode opgesteld en daarna als wijziging aan de OPR voorgelegd. Tot die tijd verwijzen wij naar de "
              "websites van de rechtsvoorgangers, die nog tot eind 2026 online blijven."),
        ("h1", "Niemand thuis"),
        ("p", "Geen kind hoort thuis te zitten. Daarom hanteert het verband in beide deelregio's de aanpak 'Niemand "
              "thuis'. Zodra een school merkt dat een leerplichtig kind twee weken niet of nauwelijks naar school komt, "
              "meldt zij dat bij de leerplichtambtenaar en bij het verband. De consulent van het verband neemt binnen vijf "
              "werkdagen contact op met de school en stelt samen met ouders en jeugdhulp een plan van aanpak op. Iedere "
              "maand worden alle thuiszitters en kinderen op een wachtlijst voor sbo of so besproken in het "
              "thuiszittersoverleg van de deelregio."),
        ("p", "Komen partijen er niet uit, dan kan de directeur-bestuurder na zes weken een besluit nemen over een "
              "tijdelijke plek, ook bij een school van een ander bestuur (doorzettingsmacht). De school van inschrijving "
              "blijft zorgplicht houden. Twee keer per jaar bekijkt het bestuur welke knelpunten structureel zijn. Zo "
              "bleek in 2025 dat kinderen in Vallei gemiddeld negen weken wachtten op een plek in het so cluster 4; per "
              "januari 2026 is daarom een extra groep geopend op de so-school in Vallei."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
              "aangevraagd door het bestuur van de school waar het kind is ingeschreven. De intern begeleider stelt het "
              "dossier samen: het ontwikkelingsperspectief met evaluatie, een verslag van het ondersteuningsteam, het "
              "onderwijskundig rapport en de zienswijze van de ouders. Het dossier wordt digitaal ingediend bij de "
              "Commissie Toelaatbaarheid De Delta-Vallei, die voor beide deelregio's werkt."),
        ("p", "De commissie vraagt bij iedere aanvraag twee deskundigen om een afzonderlijk schriftelijk advies: een "
              "orthopedagoog of psycholoog, en een tweede deskundige die past bij het kind (bijvoorbeeld een "
              "maatschappelijk werker of jeugdarts). De deskundigen zijn niet betrokken geweest bij de aanvraag. Binnen zes "
              "weken na ontvangst van het volledige dossier beslist de directeur-bestuurder. Ouders ontvangen het besluit en "
              "een afschrift van de adviezen. Tegen het besluit kunnen ouders binnen zes weken bezwaar maken; het verband "
              "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("p", "Een kind is toelaatbaar tot het sbo als de basisschool met ondersteuning van het verband ten minste een "
              "half jaar extra ondersteuning heeft geboden die is vastgelegd in het ontwikkelingsperspectief, de leer- of "
              "gedragsontwikkeling desondanks ernstig achterblijft, en de deskundigen vaststellen dat het kind is aangewezen "
              "op de kleinere groepen en specifieke expertise van het sbo. Een kind is toelaatbaar tot het so als daarnaast "
              "sprake is van een ondersteuningsbehoefte die ook het sbo niet kan bieden, vanwege een verstandelijke, "
              "lichamelijke of meervoudige beperking, langdurige ziekte of ernstige gedrags- of psychiatrische problematiek."),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt voor twee schooljaren "
              "afgegeven, in de categorie laag, midden of hoog, afhankelijk van de aard van de beperking."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Het verband vindt dat een kind in het sbo of so zo mogelijk terugkeert naar een basisschool dicht bij huis. "
              "Terugplaatsing is aan de orde als het kind de doelen uit het ontwikkelingsperspectief grotendeels heeft "
              "bereikt, als de ondersteuningsbehoefte zo is veranderd dat een basisschool haar met een arrangement kan "
              "bieden, en als ouders de terugkeer steunen. Een kind dat terugkeert, krijgt een terugplaatsingsarrangement: "
              "gedurende twintig weken begeleidt een leerkracht van de sbo- of so-school het kind en de nieuwe leerkracht."),
        ("p", "De werkwijze bij terugplaatsing verschilt op dit moment tussen Delta en Vallei. Hoe het traject precies "
              "verloopt – wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie uiteindelijk besluit – "
              "leggen de deelregio's in de loop van 2026 vast in een gezamenlijk stappenplan."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf van dit plan, met het verdeelmodel en de meerjarenbegroting van het gefuseerde "
              "verband, wordt na vaststelling van de eerste gezamenlijke begroting in december 2026 aan dit plan "
              "toegevoegd. p.m."),
        ("h1", "Opbrengsten van passend onderwijs"),
        ("p", "Wat willen wij bereiken voor kinderen die extra ondersteuning nodig hebben? Het bestuur heeft met de OPR "
              "vier opbrengsten afgesproken voor 2030:"),
        ("table", [["Opbrengst", "Stand 1-10-2025", "Doel 2030"],
                   ["Deelnamepercentage sbo", "2,31%", "2,10%"],
                   ["Deelnamepercentage so", "1,62%", "1,50%"],
                   ["Kinderen die langer dan 4 weken thuiszitten", "17", "0 langer dan 3 maanden"],
                   ["Scholen die de kwaliteitskaart volledig halen", "52 van 69", "69 van 69"]]),
        ("p", "Daarnaast willen we dat kinderen met een ontwikkelingsperspectief in het voortgezet onderwijs terechtkomen "
              "op het niveau dat in het perspectief is voorspeld; dat toetsen we door ieder jaar voor de uitstromers van "
              "het vorige jaar na te gaan of zij na één jaar VO nog op dat niveau zitten."),
        ("p", "De beleidsmedewerker kwaliteit verzamelt de gegevens elk kwartaal uit DUO-tellingen, de "
              "thuiszittersregistratie en de kwaliteitskaarten. In juni en december bespreekt het bestuur een "
              "voortgangsrapportage; de OPR ontvangt die rapportage ook. In het jaarverslag staan de bereikte resultaten "
              "per deelregio, met een toelichting als een doel niet wordt gehaald."),
        ("h1", "Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Zij zijn altijd betrokken bij het opstellen en evalueren van het "
              "ontwikkelingsperspectief, nemen deel aan het ondersteuningsteam en geven hun zienswijze bij iedere "
              "aanvraag voor een TLV. Vanaf tien jaar worden ook kinderen zelf gehoord."),
        ("p", "Als ouders en school er samen niet uitkomen, of als ouders onafhankelijk advies willen, kunnen zij terecht "
              "bij het Ouder- en Jeugdsteunpunt De Delta-Vallei. Het steunpunt wordt uitgevoerd door MEE en is onafhankelijk "
              "van scholen en verband; het kan meegaan naar gesprekken en bemiddelen. Ook kunnen ouders een beroep doen op "
              "de Onderwijsconsulenten. Voor geschillen over toelating, verwijdering of het ontwikkelingsperspectief is het "
              "verband aangesloten bij de Geschillencommissie passend onderwijs."),
        ("p", "De informatievoorziening aan ouders wordt na de fusie vernieuwd: de websites van de rechtsvoorgangers "
              "worden samengevoegd en een nieuwe ouderfolder is in de maak."),
    ]
    b += governance(v) + medezeggenschap(v) + oogo(v) + personeel(v) + ict_privacy(v) + planning(v)
    b += begrippen([["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs (cluster 3 en 4)."],
                    ["Ouderinformatie", "De website en folders waarmee het verband ouders informeert over de ondersteuning."]])
    b += afkortingen()
    return b


LABEL4 = """
documents: [po-delta-vallei-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'Basisondersteuning: de afspraak': verband-wide floor for every school plus concrete list; Vallei difference; kwaliteitskaart."
  plaatsing: "Ch. 7: requester, dossier, Commissie Toelaatbaarheid, two deskundigen, 6 weeks, sbo and so criteria, duration/category, LBT."
  terugstroom: "Ch. 8 'Terug naar de basisschool' gives policy, conditions and a 20-week arrangement; the procedure (initiative, evaluation moments, decision) is deferred to a 2026 stappenplan."
  financien: "Ch. 9 'Financiën' is only a deferral ending in 'p.m.'; the OOGO line on sharing OZA costs with municipalities is a near-miss, not the allocation of support means."
  dekkend-aanbod: "Ch. 5 defers the description of the continuum and refers to old websites; ch. 6 'Niemand thuis' addresses thuiszitters, waiting lists, doorzettingsmacht and a gap closed in 2026."
  resultaten: "Ch. 10 'Opbrengsten van passend onderwijs': targets table for 2030 plus quarterly data collection and twice-yearly reporting."
  ouders: "Ch. 11 'Ouders als partner': OJSP (MEE), Onderwijsconsulenten, Geschillencommissie = steunpunt; informing parents about facilities is only promised ('wordt vernieuwd', 'in de maak'); 'Ouderinformatie' only in glossary."
"""


def landelijk(v):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs verandert ook landelijk. De Verbeteraanpak passend onderwijs vraagt verbanden om "
              "scherper te sturen en overbodige reserves af te bouwen. De Wet versterking positie ouders en leerlingen "
              "regelt het hoorrecht van leerlingen en een ouder- en jeugdsteunpunt in ieder verband. Het kabinet werkt aan "
              "een landelijke norm voor basisondersteuning. Wat die norm precies inhoudt en wanneer zij ingaat, is nog niet "
              "bekend; als de norm er komt, passen wij onze afspraken daarop aan."),
        ("p", "Ook de inkomsten van verbanden staan onder druk door de daling van het aantal leerlingen en door "
              "herverdeling tussen regio's. Wij volgen deze ontwikkelingen via de sectorraad en het Steunpunt passend "
              "onderwijs en informeren het bestuur en de OPR als zij gevolgen hebben voor dit plan."),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 5 — VO, three deelregio's, web version (.html), 'op hoofdlijnen'
# ---------------------------------------------------------------------------------------------
V5 = dict(
    naam="Samenwerkingsverband VO Heuvelland-Noord", kort="Heuvelland-Noord", code="VO 31-05", periode="2026-2030",
    start=2026, eind=2030, rechtsvorm="stichting", besturen="acht",
    gemeenten="Heerveld, Bergrade, Valkenhoven, Sint-Geertruid-Noord en Eijsden-Oost",
    context="de drie deelregio's Stad, Heuvels en Grensstreek kregen in de vorige periode meer eigen ruimte.",
    fusietekst="Het verband kent drie deelregio's: Stad (Heerveld), Heuvels (Bergrade en Valkenhoven) en Grensstreek "
               "(de gemeenten langs de Duitse en Belgische grens).",
    regiotekst=[("Stad", "Stad heeft veertien vestigingen, waaronder de vso-scholen Het Baken (cluster 4) en De Wingerd "
                 "(cluster 3). De meeste leerlingen uit de andere deelregio's die vso volgen, gaan hier naar school."),
                ("Heuvels", "Heuvels telt tien vestigingen, verspreid over kleine kernen. Er is een school voor "
                 "praktijkonderwijs in Bergrade."),
                ("Grensstreek", "Grensstreek heeft zeven vestigingen. Een deel van de leerlingen woont in Duitsland of "
                 "België; ouders spreken niet altijd Nederlands. Scholen werken hier samen met scholen over de grens.")],
    bestuurder="dr. L. (Lotte) Ramakers", opr_datum="5 maart 2026", oogo_datum="20 februari 2026",
    concept_datum="21 januari 2026", vast_datum="12 maart 2026", insp_datum="26 maart 2026",
    jongere="iedere jongere", leraren="docenten en mentoren", coord="ondersteuningscoördinatoren",
    thema="leerlingen met autisme, omgaan met meertaligheid en digitale geletterdheid", cao="cao VO",
)


def plan5():
    v = V5
    b = [("header", "Home › Over ons › Ondersteuningsplan 2026-2030 (webversie)"),
         ("title", "Ondersteuningsplan 2026-2030 – Samenwerkingsverband VO Heuvelland-Noord"),
         ("sub", "Webversie van het ondersteuningsplan op hoofdlijnen van Heuvelland-Noord (VO 31-05). De pdf-versie en de "
                 "bijlagen kunt u downloaden onderaan deze pagina."),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
                  "3 Basisondersteuning", "4 Toewijzing en toelaatbaarheid", "5 Na de TLV: terug naar het regulier",
                  "6 Financiën", "7 Kwaliteit en monitoring", "8 Ouders en jongeren", "9 De stem van jongeren",
                  "10 Landelijke ontwikkelingen", "11 Kennisdeling en samenwerking tussen scholen",
                  "12 Jaarcyclus en sturing", "13 Organisatie en governance", "14 Medezeggenschap",
                  "15 Samenwerking met gemeenten", "16 Personeel en professionalisering",
                  "17 Informatievoorziening, ICT en privacy", "18 Huisvesting en bereikbaarheid van het bureau",
                  "19 Totstandkoming en planning", "Begrippenlijst"])]
    b += voorwoord(v) + leeswijzer(v)
    b += [("p", "Dit plan is een plan op hoofdlijnen. Het beschrijft het 'wat'; de scholen en deelregio's bepalen in "
                "belangrijke mate het 'hoe'. De uitwerking volgt in jaarplannen, handboeken en op de website.")]
    b += context(v, [["Deelregio", "Vestigingen", "Leerlingen 1-10-2025"], ["Stad", "14", "9.310"],
                     ["Heuvels", "10", "5.020"], ["Grensstreek", "7", "3.870"], ["Totaal", "31", "18.200"]])
    b += visie(v)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "Alle 31 vestigingen in de drie deelregio's bieden dezelfde basisondersteuning. Die is vastgelegd in de "
              "Standaard Basisondersteuning Heuvelland-Noord, die het bestuur op 30 september 2025 heeft vastgesteld als "
              "ondergrens voor iedere school in het verband. Deelregio's mogen daarbovenop eigen afspraken maken; in "
              "Grensstreek doen de scholen dat bijvoorbeeld voor meertalige leerlingen."),
        ("p", "Welke voorzieningen, interventies en expertise iedere school volgens de standaard biedt, leest u op "
              "www.heuvellandnoord.nl/basisondersteuning. In schooljaar 2026-2027 wordt de standaard geactualiseerd, mede "
              "met het oog op de landelijke norm."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "Voor de toelaatbaarheid tot het vso, de aanwijzing voor lwoo en de toelaatbaarheid tot het "
              "praktijkonderwijs hanteert Heuvelland-Noord het Handboek Toewijzing. Het handboek is een apart document "
              "dat het bestuur jaarlijks vaststelt; het is te downloaden via de website."),
        ("h1", "Na de TLV: terug naar het regulier"),
        ("p", "In het laatste schooljaar van iedere toelaatbaarheidsverklaring plant de vso-school vóór 1 maart een "
              "evaluatiegesprek met de leerling, de ouders, de mentor en de orthopedagoog van het verband. De vso-school "
              "doet in dat gesprek een voorstel: terugplaatsing naar een reguliere school, of voortzetting in het vso. Bij "
              "een voorstel tot terugplaatsing besluit de directeur van het bureau binnen twee weken of de terugplaatsing "
              "wordt voorbereid en met welke reguliere school contact wordt gezocht. De ontvangende school beslist binnen "
              "zes weken over de inschrijving. Drie maanden na de overstap volgt een evaluatiegesprek op de nieuwe school. "
              "Bij voortzetting vraagt de vso-school een nieuwe verklaring aan volgens het Handboek Toewijzing."),
        ("p", "In Stad liggen vso en regulier dicht bij elkaar; daar vindt het evaluatiegesprek op de reguliere school "
              "plaats. In Heuvels en Grensstreek gebeurt dat op de vso-school."),
        ("p", "Over de uitgangspunten van terugplaatsing, de voorwaarden en de ondersteuning na terugkeer gaat het "
              "bestuur in 2026 met de vso-scholen in gesprek."),
        ("h1", "Financiën"),
        ("p", "Het verband ontvangt ondersteuningsmiddelen van het Rijk. De verdeling van deze middelen over de "
              "besturen en deelregio's wordt in 2026 herijkt; tot die tijd blijft de bestaande verdeling van kracht. De "
              "uitkomst van de herijking wordt in een addendum bij dit plan opgenomen."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "21.140", "20.870", "20.610", "20.390"],
                   ["Afdracht vso en groeibekostiging", "8.260", "8.190", "8.120", "8.060"],
                   ["Doorbetaling aan schoolbesturen", "8.930", "8.800", "8.680", "8.570"],
                   ["Lwoo en pro", "2.610", "2.580", "2.550", "2.520"],
                   ["Expertiseteam orthopedagogen", "720", "730", "740", "750"],
                   ["Bureau en huisvesting", "690", "680", "670", "660"],
                   ["Saldo", "-70", "-110", "-150", "-170"]]),
        ("p", "Het negatieve saldo wordt gedekt uit de algemene reserve, die eind 2025 € 2,4 miljoen bedroeg."),
        ("h1", "Kwaliteit en monitoring"),
        ("p", "Het verband volgt een vaste set kengetallen per deelregio: het deelnamepercentage vso op 1 oktober, het "
              "aantal lwoo- en pro-aanwijzingen, de doorlooptijd van aanvragen en het aantal terugplaatsingen. Het bureau "
              "verzamelt deze gegevens uit DUO-bestanden en het eigen registratiesysteem en publiceert ze ieder jaar in "
              "maart in de Monitor Heuvelland-Noord. Bestuur en OPR bespreken de monitor in april; de regio-overleggen "
              "bespreken de cijfers van hun eigen deelregio."),
        ("table", [["Kengetal 2024-2025", "Stad", "Heuvels", "Grensstreek"],
                   ["Deelnamepercentage vso", "4,1%", "3,2%", "3,6%"],
                   ["Aanwijzingen lwoo", "402", "231", "188"],
                   ["Gemiddelde doorlooptijd aanvraag (weken)", "5,5", "6,8", "7,9"],
                   ["Terugplaatsingen vso → regulier", "11", "3", "2"]]),
        ("p", "Welke resultaten wij in deze planperiode willen bereiken, leggen wij niet in dit plan vast maar jaarlijks "
              "in het jaarplan."),
        ("h1", "Ouders en jongeren"),
        ("p", "Ouders moeten weten wat zij van de school en het verband kunnen verwachten. Daarom staat op deze website "
              "een ouderpagina met uitleg over de basisondersteuning, de mogelijkheden voor extra ondersteuning en de "
              "gang van zaken bij een aanvraag. De brochure 'Ouderwijzer' wordt jaarlijks via alle basisscholen verspreid "
              "onder ouders van leerlingen in groep 7 en 8; in Grensstreek is de brochure ook in het Duits en Frans "
              "beschikbaar. In iedere deelregio is er in het najaar een informatieavond."),
        ("p", "Voor onafhankelijk advies en hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Heuvelland, dat wordt uitgevoerd door een stichting die los staat van scholen en verband. Het steunpunt "
              "helpt bij vragen, denkt mee bij een verschil van mening met de school en kan doorverwijzen naar de "
              "Onderwijsconsulenten of de Geschillencommissie passend onderwijs. Het steunpunt meldt signalen en "
              "knelpunten twee keer per jaar geanonimiseerd aan het bestuur."),
    ]
    b += [
        ("h1", "De stem van jongeren"),
        ("p", "Jongeren hebben sinds de Wet versterking positie ouders en leerlingen het recht om gehoord te worden over "
              "hun ontwikkelingsperspectief. Heuvelland-Noord wil verder gaan dan dat recht. In iedere deelregio is een "
              "jongerenpanel van acht tot twaalf leerlingen, van praktijkonderwijs tot gymnasium, dat twee keer per jaar "
              "met de directeur-bestuurder praat over wat zij op school merken van passend onderwijs. Het panel heeft "
              "onder meer meegedacht over de tekst van de Ouderwijzer en over de inrichting van rustplekken in scholen."),
        ("p", "In de OPR hebben ook leerlingen zitting. Om hun deelname makkelijker te maken, vergadert de OPR minstens "
              "één keer per jaar op een school en na schooltijd, en ontvangen leerlingleden een vergoeding. De "
              "leerlingleden bereiden de vergaderingen voor met een begeleider van het bureau, die hen uitlegt hoe "
              "besluitvorming in het verband werkt."),
        ("p", "Wij merken dat jongeren vaak scherper zien dan volwassenen waar het schuurt. Een leerling uit Grensstreek "
              "zei het in 2025 zo: 'Het gaat niet om het formulier, het gaat erom of iemand je kent.' Die zin hangt "
              "inmiddels op het bureau, als herinnering aan waar dit plan over gaat."),
    ]
    b += landelijk(v) + kennisdeling(v) + jaarcyclus(v)
    b += governance(v) + medezeggenschap(v) + oogo(v, inhoudelijk=False) + personeel(v) + ict_privacy(v) + huisvesting_bureau(v) + planning(v)
    b += begrippen([["Handboek Toewijzing", "Document met procedure en criteria voor toelaatbaarheid vso, lwoo en pro."],
                    ["Zorgplicht", "De plicht van een school om een aangemelde leerling met extra ondersteuningsbehoefte een passende plek te bieden."]])
    b += afkortingen()
    b += [("footer", "© Samenwerkingsverband VO Heuvelland-Noord – Downloads: Ondersteuningsplan 2026-2030 (pdf) · Handboek Toewijzing (pdf) · Meerjarenbegroting (pdf)")]
    return b


LABEL5 = """
documents: [vo-heuvelland-noord-2026-2030.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 states a verband-wide standard as floor for all 31 vestigingen, but its content is only on a website and 'wordt geactualiseerd'."
  plaatsing: "Ch. 4 only refers to a separate Handboek Toewijzing on the website (also in glossary and footer downloads); no procedure or criteria in the body."
  terugstroom: "Ch. 5: steps, initiative, decision by bureau director, terms, evaluation after 3 months (with deelregio variation); aims/conditions/support after return deferred to talks in 2026."
  financien: "Ch. 6: meerjarenbegroting with amounts, but the verdeling is being 'herijkt' and will come in an addendum — no procedure or criteria."
  dekkend-aanbod: "No continuum, no thuiszitters/gap approach; OOGO paragraph is procedural only; zorgplicht only in glossary; passing 'extra ondersteuning' on the ouderpagina sentence."
  resultaten: "Ch. 7 'Kwaliteit en monitoring': indicator set, yearly Monitor, figures per deelregio; intended results explicitly left to the jaarplan."
  ouders: "Ch. 8: website ouderpagina, 'Ouderwijzer' brochure (also German/French in Grensstreek), information evenings; independent OJSP, Onderwijsconsulenten, Geschillencommissie."
"""


# ---------------------------------------------------------------------------------------------
# Near-miss — annual report (jaarverslag) of an SWV VO: same vocabulary, not an ondersteuningsplan
# ---------------------------------------------------------------------------------------------

def jaarverslag():
    return [
        ("header", "Jaarverslag 2024 – Samenwerkingsverband VO Maasoever"),
        ("title", "Jaarverslag 2024"),
        ("sub", "Bestuursverslag en verantwoording over het kalenderjaar 2024 – Samenwerkingsverband VO Maasoever (VO 29-02)"),
        ("toc", ["Voorwoord", "1 Het verslagjaar in het kort", "2 Uitvoering van het ondersteuningsplan 2022-2026",
                 "3 Toelaatbaarheidsverklaringen en terugplaatsingen in 2024", "4 Thuiszitters",
                 "5 Ouders en het ouder- en jeugdsteunpunt", "6 Medezeggenschap en OPR", "7 Financieel verslag 2024",
                 "8 Continuïteitsparagraaf", "9 Vooruitblik 2025"]),
        ("h1", "Voorwoord"),
        ("p", "Hierbij bieden wij u het jaarverslag 2024 van Samenwerkingsverband VO Maasoever aan. In dit verslag "
              "leggen wij verantwoording af over de uitvoering van het ondersteuningsplan 2022-2026 in het derde jaar van "
              "de planperiode, en over de besteding van de middelen. Het verslag is opgesteld conform de Regeling "
              "jaarverslaggeving onderwijs en is op 12 juni 2025 goedgekeurd door de raad van toezicht. De jaarrekening is "
              "gecontroleerd door de accountant, die een goedkeurende verklaring heeft afgegeven."),
        ("p", "2024 was een jaar van consolidatie. Het aantal toelaatbaarheidsverklaringen stabiliseerde, het "
              "ouder- en jeugdsteunpunt draaide zijn eerste volledige jaar, en de afbouw van de reserves verliep volgens "
              "plan. Tegelijk zagen wij het aantal thuiszitters niet dalen. Daar blijven wij in 2025 op inzetten."),
        ("h1", "Het verslagjaar in het kort"),
        ("ul", ["Leerlingen op 1 oktober 2024: 14.380 (2023: 14.610).",
                "Deelnamepercentage vso op 1 oktober 2024: 3,72% (2023: 3,81%; landelijk: 3,6%).",
                "Afgegeven toelaatbaarheidsverklaringen vso: 187 (2023: 192).",
                "Aanwijzingen lwoo: 1.204; toelaatbaarheidsverklaringen pro: 311.",
                "Terugplaatsingen van vso naar regulier: 14 (2023: 9).",
                "Thuiszitters langer dan drie maanden op 31 december 2024: 23 (2023: 22).",
                "Exploitatieresultaat 2024: € 412.000 negatief (begroot: € 450.000 negatief)."]),
        ("h1", "Uitvoering van het ondersteuningsplan 2022-2026"),
        ("p", "Het ondersteuningsplan 2022-2026 kent vier speerpunten: een sterke basisondersteuning op alle scholen, "
              "snelle toewijzing van arrangementen, een dekkend aanbod zonder thuiszitters en goede informatie aan ouders. "
              "Per speerpunt geven wij aan wat in 2024 is gedaan en wat het heeft opgeleverd."),
        ("h2", "Basisondersteuning"),
        ("p", "In 2024 hebben alle 22 vestigingen de kwaliteitskaart basisondersteuning ingevuld. Twintig vestigingen "
              "voldeden volledig aan de standaard uit het ondersteuningsplan; twee vestigingen werken met een "
              "verbeterplan, dat in het najaar is besproken met hun besturen. De audit door collega-scholen is in 2024 op "
              "acht vestigingen uitgevoerd."),
        ("h2", "Arrangementen en dekkend aanbod"),
        ("p", "Het Loket heeft in 2024 634 arrangementen toegekend (2023: 598). De gemiddelde doorlooptijd daalde van "
              "4,2 naar 3,6 weken. De reboundvoorziening had een gemiddelde bezetting van 92%. De analyse van witte "
              "vlekken leidde tot de start van een kleinschalige voorziening voor leerlingen met angstproblematiek, die in "
              "augustus 2024 van start ging met acht leerlingen."),
        ("h1", "Toelaatbaarheidsverklaringen en terugplaatsingen in 2024"),
        ("p", "De Commissie van Toelaatbaarheid behandelde 203 aanvragen, waarvan er 187 leidden tot een TLV. Zestien "
              "aanvragen werden ingetrokken of afgewezen. Er zijn vier bezwaarschriften ingediend; in drie gevallen "
              "adviseerde de Landelijke Bezwaaradviescommissie het bezwaar ongegrond te verklaren, één bezwaar is na "
              "een hoorzitting ingetrokken. Veertien leerlingen zijn teruggeplaatst van het vso naar een reguliere "
              "school; twaalf van hen zaten eind 2024 nog op die school."),
        ("h1", "Thuiszitters"),
        ("p", "Ondanks de inzet van het thuiszittersoverleg bleef het aantal langdurige thuiszitters gelijk. Een "
              "analyse van de casussen laat zien dat het vaak gaat om jongeren met psychische problematiek waarvoor de "
              "jeugdhulp lange wachtlijsten kent. In het OOGO van november 2024 is met de gemeenten afgesproken hier in "
              "2025 een gezamenlijk project voor op te zetten."),
        ("h1", "Ouders en het ouder- en jeugdsteunpunt"),
        ("p", "Het Ouder- en Jeugdsteunpunt Maasoever werd in 2024 door 146 ouders en 19 jongeren benaderd. De meeste "
              "vragen gingen over de aanvraag van extra ondersteuning en over de overstap van het basisonderwijs. In "
              "31 gevallen bemiddelde het steunpunt in een verschil van mening tussen ouders en school. De ouderpagina op "
              "de website werd 8.400 keer bezocht; de informatieavonden trokken samen 260 ouders."),
        ("h1", "Medezeggenschap en OPR"),
        ("p", "De ondersteuningsplanraad kwam in 2024 vijf keer bijeen. De OPR stemde in met een wijziging van het "
              "ondersteuningsplan over de verdeling van de middelen voor lichte ondersteuning, en gaf advies over de "
              "jaarbegroting 2025. Twee ouderleden zijn in 2024 teruggetreden; beide zetels zijn inmiddels opnieuw bezet."),
        ("h1", "Financieel verslag 2024"),
        ("p", "De baten bedroegen € 17,9 miljoen, waarvan € 17,6 miljoen rijksbijdragen. Na de afdracht van € 6,4 "
              "miljoen aan DUO voor het vso is € 7,1 miljoen doorbetaald aan de schoolbesturen volgens het verdeelmodel "
              "uit het ondersteuningsplan (€ 165 per leerling plus het lwoo- en pro-budget). Aan de bovenschoolse "
              "voorzieningen is € 2,9 miljoen besteed, aan het bureau € 1,3 miljoen. Het exploitatieresultaat was "
              "€ 412.000 negatief."),
        ("table", [["Realisatie 2024 (x € 1.000)", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
                   ["Rijksbijdragen", "17.480", "17.610", "17.220"],
                   ["Overige baten", "250", "290", "270"],
                   ["Afdracht DUO vso", "6.500", "6.410", "6.380"],
                   ["Doorbetaling schoolbesturen", "7.050", "7.100", "6.990"],
                   ["Bovenschoolse voorzieningen", "3.000", "2.890", "2.760"],
                   ["Bureau", "1.330", "1.300", "1.270"],
                   ["Overige lasten", "300", "612", "290"],
                   ["Resultaat", "-450", "-412", "-200"]]),
        ("p", "De schoolbesturen hebben over 2024 een bestedingsverantwoording ingeleverd; uit de analyse daarvan blijkt "
              "dat 94% van de doorbetaalde middelen is ingezet voor ondersteuningspersoneel."),
        ("h1", "Continuïteitsparagraaf"),
        ("p", "Het eigen vermogen bedroeg op 31 december 2024 € 2,8 miljoen. Het weerstandsvermogen is daarmee 15,6%, "
              "boven de signaleringswaarde. Conform het afbouwplan daalt het eigen vermogen in 2025 en 2026 verder. De "
              "belangrijkste risico's zijn de daling van het leerlingaantal en de groei van het aantal vso-leerlingen "
              "met categorie hoog. De raad van toezicht heeft in 2024 vier keer vergaderd."),
        ("h1", "Vooruitblik 2025"),
        ("p", "In 2025 starten wij met de voorbereiding van het nieuwe ondersteuningsplan 2026-2030. Een schrijfgroep "
              "gaat in gesprek met scholen, ouders, gemeenten en de OPR. Het nieuwe plan moet vóór 1 mei 2026 bij de "
              "inspectie liggen. Tot die tijd blijft het ondersteuningsplan 2022-2026 van kracht."),
    ]


LABEL_NM = """
documents: [vo-maasoever-jaarverslag-2024.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Annual report (jaarverslag/bestuursverslag 2024) of an SWV VO: reports on the execution of the 2022-2026 plan and the jaarrekening with SWV vocabulary (TLV, terugplaatsingen, OJSP, OPR, verdeelmodel, weerstandsvermogen), but it is not the ondersteuningsplan itself."
"""


# ---------------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout169_gen_"))
    try:
        render_docx(plan1(), OUT / "vo-linge-waal-2025-2029.docx")
        write_label("vo-linge-waal-2025-2029.expected.yaml", LABEL1)

        render_docx(plan2(), tmp / "vo-drie-rivieren-2026-2030.docx")
        docx_to_pdf(tmp / "vo-drie-rivieren-2026-2030.docx", OUT / "vo-drie-rivieren-2026-2030.pdf")
        write_label("vo-drie-rivieren-2026-2030.expected.yaml", LABEL2)

        render_docx(plan3(), OUT / "vo-kempenrand-2026-2030.docx")
        write_label("vo-kempenrand-2026-2030.expected.yaml", LABEL3)

        render_docx(plan4(), tmp / "po-delta-vallei-2026-2030.docx")
        docx_to_pdf(tmp / "po-delta-vallei-2026-2030.docx", OUT / "po-delta-vallei-2026-2030.pdf")
        write_label("po-delta-vallei-2026-2030.expected.yaml", LABEL4)

        render_html(plan5(), OUT / "vo-heuvelland-noord-2026-2030.html")
        write_label("vo-heuvelland-noord-2026-2030.expected.yaml", LABEL5)

        render_docx(jaarverslag(), OUT / "vo-maasoever-jaarverslag-2024.docx")
        write_label("vo-maasoever-jaarverslag-2024.expected.yaml", LABEL_NM)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
