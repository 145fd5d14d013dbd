#!/usr/bin/env python3
"""Generate the holdout189 labelled test set for opcheck.

Five fictional ondersteuningsplannen (four VO, one PO) and one near-miss document
(a school-level "ondersteuningsplan" of a single VO school), each with a
<name>.expected.yaml label file. Deterministic, no network.

Output: the folder above src/ (Path(__file__).resolve().parent.parent).
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def BL(items):
    return ("ul", items)


def TBL(rows):
    return ("table", rows)


def TOC(items):
    return ("toc", items)


def TITLE(lines):
    return ("title", lines)


def PB():
    return ("pagebreak", None)


def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for it in val:
                doc.add_paragraph(it)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def write_html(blocks, path, site_title, nav, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(site_title)}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
           "nav{background:#eef;padding:.5em}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>", "<header><p class=\"logo\">" + e(site_title) + "</p>",
           "<nav><ul>"]
    for n in nav:
        out.append(f'<li><a href="#">{e(n)}</a></li>')
    out.append("</ul></nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>')
            for it in val:
                out.append(f'<li><a href="#">{e(it)}</a></li>')
            out.append("</ol></aside>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    out.append(f"<footer><p>{e(footer)}</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout189_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header, footer)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------
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


def status_from(crit, advisory, el):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit, advisory, notes, expected):
    els = {el: status_from(crit, advisory, el) for el in ELEMENTS}
    assert els == expected, (name, els, expected)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if crit[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f'  {el}: "{notes[el]}"')
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_notplan_label(name, documents, sector, note):
    txt = (f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\n"
           f"elements: {{}}\ncriteria: {{}}\nadvisory_addressed: {{}}\nnotes:\n  document: \"{note}\"\n")
    (OUT / f"{name}.expected.yaml").write_text(txt, encoding="utf-8")


# ---------------------------------------------------------------------------
# shared filler (deliberately mentions element words in passing only)
# ---------------------------------------------------------------------------

def voorwoord(naam, bestuurder, extra=""):
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan van {naam} voor de periode 2026-2030. Het is het derde plan "
          "sinds de invoering van passend onderwijs in 2014 en het eerste plan dat we schreven in een periode "
          "waarin de landelijke politiek opnieuw nadrukkelijk naar samenwerkingsverbanden kijkt. De "
          "verbeteraanpak passend onderwijs, de discussie over een landelijke norm en het wetsvoorstel over "
          "de positie van ouders en leerlingen hebben ons gedwongen scherper te formuleren wat wij samen "
          "willen en wat wij van elkaar mogen verwachten."),
        P("Dit plan is tot stand gekomen in een reeks bijeenkomsten met schoolleiders, "
          "ondersteuningscoördinatoren, leraren, leerlingen, ouders, gemeenten en jeugdhulpaanbieders. Veel "
          "van wat daar gezegd is, vindt u terug in de hoofdstukken die volgen. Niet alles wat gewenst is, "
          "is haalbaar: de middelen zijn begrensd en de krapte op de arbeidsmarkt raakt ook onze scholen. "
          "Toch zijn wij trots op wat er ligt. Het plan is geen eindpunt maar een werkdocument waarmee "
          "scholen, bestuur en ondersteuningsplanraad de komende vier jaar aan de slag gaan." + extra),
        P("Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, "
          "die met kritische vragen het plan beter hebben gemaakt, en de medewerkers van het bureau, die de "
          f"vele versies geduldig hebben bijgehouden. Namens het bestuur, {bestuurder}, directeur-bestuurder."),
    ]


def context_vo(naam, regio, nscholen, nleerl, gemeenten, besturen):
    return [
        H1("Het samenwerkingsverband in vogelvlucht"),
        P(f"{naam} omvat alle scholen voor voortgezet onderwijs in de regio {regio}. Het werkgebied bestaat "
          f"uit de gemeenten {gemeenten}. Bij het samenwerkingsverband zijn {besturen} schoolbesturen "
          f"aangesloten met samen {nscholen} vestigingen voor vmbo, havo, vwo, praktijkonderwijs en "
          f"voortgezet speciaal onderwijs. Op 1 oktober 2025 telden deze vestigingen samen ongeveer "
          f"{nleerl} leerlingen. Door de krimp in het oostelijk deel van de regio verwachten wij de komende "
          "vier jaar een daling van het leerlingenaantal met enkele procenten per jaar, terwijl het aantal "
          "leerlingen in de kernen rond het stadscentrum licht stijgt."),
        P("De regio kent een grote verscheidenheid. Er zijn brede scholengemeenschappen met meer dan "
          "tweeduizend leerlingen, categorale vmbo-scholen, een gymnasium en kleine dorpsscholen met een "
          "onderbouwlocatie. Het samenwerkingsverband heeft geen eigen scholen; het is een stichting waarin "
          "de besturen samenwerken. Het bureau is gevestigd in het regiokantoor aan de Stationsweg en telt "
          "ruim twaalf medewerkers, onder wie orthopedagogen, een beleidsmedewerker, een controller en "
          "een secretariaat."),
        P("Leerlingen uit onze regio volgen ook onderwijs buiten het werkgebied, en andersom komen leerlingen "
          "uit naburige regio's naar onze scholen. Met de omliggende samenwerkingsverbanden zijn hierover "
          "afspraken gemaakt, die jaarlijks in het regionale directeurenoverleg worden besproken."),
    ]


def missie_visie(naam, motto):
    return [
        H1("Missie, visie en ambities"),
        P(f"Onze missie luidt: '{motto}'. Wij willen dat iedere jongere in de regio onderwijs volgt dat past "
          "bij wat hij of zij kan en nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten. "
          "Dat vraagt om scholen die zich verantwoordelijk voelen voor alle leerlingen, om leraren die "
          "toegerust zijn op verschillen en om een samenwerkingsverband dat faciliteert, verbindt en waar "
          "nodig knopen doorhakt."),
        P("In onze visie staat de ontwikkeling van de leerling centraal, niet het etiket of de diagnose. "
          "We denken in mogelijkheden en kijken naar wat een leerling nodig heeft om te leren. Ouders en "
          "leerlingen zijn daarbij gesprekspartners. We werken handelingsgericht en in de nabijheid van de "
          "leerling. Dat is geen nieuwe gedachte, maar het blijft een opgave om die gedachte in de dagelijkse praktijk waar te maken."),
        P("Voor de komende planperiode hebben wij vier ambities geformuleerd: (1) passend onderwijs is "
          "gewoon onderwijs, (2) samen met de gemeenten één route voor onderwijs en jeugdhulp, (3) "
          "vakmanschap van leraren en ondersteuners versterken, en (4) een wendbare en transparante "
          "organisatie. Deze ambities komen in de volgende hoofdstukken terug. Waar wij in dit plan over "
          "resultaten spreken, bedoelen wij niet alleen cijfers, maar ook het welbevinden van leerlingen "
          "en de tevredenheid van ouders en scholen."),
    ]


def governance(naam, rvt=True, accountant=True):
    t = [
        H1("Organisatie en governance"),
        P(f"{naam} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat "
          "bijeenkomt in de algemene vergadering. De dagelijkse leiding berust bij de directeur-bestuurder. "
          + ("Toezicht wordt gehouden door een raad van toezicht van vijf onafhankelijke leden, van wie "
             "twee op voordracht van de aangesloten besturen worden benoemd. " if rvt else
             "Het toezicht is belegd bij het algemeen bestuur, dat hiertoe een auditcommissie heeft. ")
          + "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het "
          "bestuursreglement, die beide in 2024 zijn herzien."),
        P("Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectororganisatie. De "
          "directeur-bestuurder legt over de uitvoering van het beleid verantwoording af aan het toezichthoudend "
          "orgaan. Het bureau ondersteunt de directeur-bestuurder en voert de werkzaamheden uit die uit de "
          "wettelijke taken voortvloeien. Er is een directeurenoverleg waarin de schoolleiders van alle "
          "vestigingen vertegenwoordigd zijn; dit overleg adviseert het bestuur over de uitvoering."),
        P("Geschillen tussen de aangesloten besturen en het samenwerkingsverband over de uitvoering van "
          "de statuten worden voorgelegd aan de geschillenregeling die in de statuten is opgenomen. Tot op "
          "heden is daarvan geen gebruik gemaakt."),
    ]
    if accountant:
        t.append(P("De jaarrekening van het samenwerkingsverband wordt gecontroleerd door een externe "
                   "accountant. Het jaarverslag wordt voor 1 juli aan DUO verzonden."))
    return t


def opr(naam, parent_detail=True):
    if parent_detail:
        txt = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes ouders "
               "of leerlingen, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De "
               "OPR heeft instemmingsrecht op dit ondersteuningsplan en op wijzigingen daarvan. Ouders in de "
               "OPR brengen het perspectief van gezinnen in, en we hebben hun inbreng bij de totstandkoming "
               "van dit plan gebruikt bij de keuze van de hoofdthema's.")
    else:
        txt = ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan en op "
               "wijzigingen daarvan. De leden worden afgevaardigd vanuit de medezeggenschapsraden van de "
               "aangesloten scholen.")
    return [
        H1("Medezeggenschap"),
        P(txt),
        P(f"De OPR vergadert zes keer per jaar met de directeur-bestuurder van {naam}. Daarnaast is er "
          "jaarlijks een gezamenlijke bijeenkomst met het toezichthoudend orgaan. De raad heeft een eigen "
          "scholingsbudget en kan zich laten bijstaan door een externe deskundige. Het samenwerkingsverband "
          "heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau."),
        P("Het concept van dit plan is op 3 februari 2026 aan de OPR voorgelegd. De OPR heeft op 10 maart "
          "2026 ingestemd, nadat een aantal passages over de communicatie en de planning was aangepast."),
    ]


def personeel(naam):
    return [
        H1("Personeel en professionalisering"),
        P(f"Het bureau van {naam} heeft een formatie van ongeveer 11 fte. De orthopedagogen en "
          "consulenten zijn in dienst van het samenwerkingsverband; een deel van de ambulante begeleiders "
          "wordt gedetacheerd vanuit de scholen voor speciaal onderwijs. We vinden het belangrijk dat "
          "medewerkers zich blijven ontwikkelen. Iedere medewerker heeft een individueel scholingsbudget en "
          "jaarlijks een gesprek over ontwikkeling en inzetbaarheid."),
        P("Op de scholen is het lerarentekort voelbaar. Dit raakt de ondersteuning van leerlingen direct: "
          "waar een klas geen vaste leraar heeft, is het moeilijk om handelingsgericht te werken. Het "
          "samenwerkingsverband organiseert daarom netwerkbijeenkomsten voor ondersteuningscoördinatoren, "
          "mentoren en zorgcoördinatoren, een leergang 'omgaan met verschillen' en intervisie voor "
          "startende leraren. Deze activiteiten worden gefinancierd uit de middelen voor "
          "deskundigheidsbevordering."),
        P("De effecten van dit plan op het personeel van de scholen zijn besproken in de OPR. De "
          "personeelsgeleding heeft aandacht gevraagd voor werkdruk en voor de belasting van mentoren. "
          "Scholen nemen deze aandachtspunten mee in hun eigen personeelsbeleid."),
    ]


def ict_privacy(naam):
    return [
        H1("Informatievoorziening, ICT en privacy"),
        P(f"{naam} werkt met een digitaal systeem voor aanvragen en dossiers. Scholen dienen via een "
          "beveiligde omgeving aanvragen in en kunnen de status daarvan volgen. Het systeem voldoet aan "
          "de eisen van de Algemene verordening gegevensbescherming. Er is een functionaris "
          "gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden."),
        P("Gegevens over de gezondheid van leerlingen verwerken wij alleen voor zover dat nodig is voor de "
          "wettelijke taken. Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna "
          "vernietigd. Medewerkers hebben een geheimhoudingsplicht. In 2025 is een privacy-audit "
          "uitgevoerd; de aanbevelingen daaruit zijn inmiddels grotendeels doorgevoerd."),
        P("Voor de uitwisseling van gegevens met gemeenten en jeugdhulpaanbieders gelden aparte "
          "afspraken. Die uitwisseling gebeurt alleen met toestemming van ouders en, vanaf 16 jaar, van de "
          "leerling zelf."),
    ]


def planning_table(extra_rows=()):
    rows = [["Schooljaar", "Belangrijkste activiteiten"],
            ["2026-2027", "Implementatie plan; communicatie naar scholen; herziening reglementen"],
            ["2027-2028", "Tussenevaluatie met OPR; bijstelling jaarplan"],
            ["2028-2029", "Voorbereiding volgend plan; gesprekken met gemeenten"],
            ["2029-2030", "Evaluatie planperiode; vaststelling nieuw ondersteuningsplan voor 1 mei 2030"]]
    rows[1:1] = [list(r) for r in extra_rows]
    return [H1("Planning"), P("Onderstaand overzicht geeft de planning op hoofdlijnen. Het jaarplan "
                              "werkt de activiteiten per jaar uit."), TBL(rows)]


def totstandkoming(oogo_detail):
    t = [H1("Totstandkoming en vaststelling"),
         P("Dit plan is voorbereid door een schrijfgroep van vier schoolleiders, twee "
           "ondersteuningscoördinatoren en twee medewerkers van het bureau. Het concept is besproken in "
           "het directeurenoverleg van 14 januari 2026 en in de OPR."),
         P(oogo_detail),
         P("Het algemeen bestuur heeft het plan vastgesteld op 24 maart 2026. Het plan is daarna voor 1 mei "
           "2026 aan de Inspectie van het Onderwijs toegezonden.")]
    return t


def terugblik(naam):
    return [
        H1("Terugblik op de vorige planperiode"),
        P(f"De vorige planperiode van {naam} stond in het teken van organisatorische vernieuwing. Het "
          "bureau is in 2023 verhuisd en opnieuw ingericht, de werkwijze van het loket is gedigitaliseerd "
          "en de samenwerking met de besturen is op een nieuwe leest geschoeid. De coronaperiode en de "
          "nasleep daarvan hebben veel van de energie van scholen opgeslokt; een aantal voornemens uit het "
          "vorige plan is daardoor later of in kleinere vorm uitgevoerd dan gepland."),
        P("Bij de evaluatie met schoolleiders en de OPR kwamen vooral lessen over samenwerking naar "
          "voren. Scholen waarderen de korte lijnen met het bureau, maar vinden dat de informatie soms "
          "te laat komt. Besturen vragen om meer ruimte voor eigen keuzes, terwijl de OPR juist vraagt om "
          "meer gezamenlijke afspraken. Die spanning tussen eigenheid en gezamenlijkheid is niet nieuw en "
          "zal ook in deze planperiode blijven bestaan. We hebben geprobeerd daar in dit plan een "
          "werkbaar evenwicht in te vinden."),
        P("Een tweede les is dat beleid pas werkt als het op de werkvloer wordt herkend. Veel "
          "leraren kenden het vorige plan nauwelijks. Daarom zetten wij in deze periode in op korte "
          "samenvattingen per doelgroep en op bijeenkomsten in de scholen zelf."),
    ]


def landelijk():
    return [
        H1("Landelijke ontwikkelingen"),
        P("Dit plan verschijnt in een periode van veel landelijke beweging. Na de evaluatie van passend "
          "onderwijs in 2020 heeft het ministerie een verbeteraanpak ingezet met een groot aantal "
          "maatregelen, onder meer over de reserves van samenwerkingsverbanden, over thuiszitters en over "
          "de rol van het speciaal onderwijs. In 2025 is een advies verschenen over een landelijke norm "
          "voor basisondersteuning; de politieke besluitvorming daarover loopt nog."),
        P("Het wetsvoorstel versterking positie ouders en leerlingen introduceert onder meer een "
          "hoorrecht voor leerlingen bij het ontwikkelingsperspectiefplan, de opname van het "
          "ondersteuningsaanbod in de schoolgids en een ouder- en jeugdsteunpunt bij elk "
          "samenwerkingsverband. Hoe wij aan die nieuwe verplichtingen invulling geven, werken wij uit "
          "zodra de wet in werking is getreden."),
        P("Ook de inclusieve ambitie van het kabinet, met de beweging naar inclusiever onderwijs in 2035, "
          "zal de komende jaren zijn weerslag hebben op de manier waarop regulier en speciaal onderwijs "
          "samenwerken. Wij volgen deze ontwikkelingen nauwgezet en passen dit plan zo nodig tussentijds "
          "aan, met instemming van de OPR."),
        P("Tot slot noemen wij de krapte op de arbeidsmarkt, die niet alleen het onderwijs maar ook de "
          "jeugdhulp en de gemeentelijke toegang raakt. Wachtlijsten bij jeugdhulpaanbieders betekenen "
          "dat scholen langer zelf moeten opvangen wat eigenlijk om specialistische hulp vraagt. Het "
          "probleem reikt verder dan het onderwijs en vraagt om oplossingen op landelijk niveau, "
          "waarover de sectororganisaties met het kabinet in gesprek zijn."),
    ]


def bedrijfsvoering(naam):
    return [
        H1("Huisvesting en bedrijfsvoering"),
        P(f"Het bureau van {naam} huurt kantoorruimte in een verzamelgebouw waarin ook de leerplicht- en "
          "RMC-functie van de regio is gehuisvest. Dat bevordert de korte lijnen. Het huurcontract loopt tot "
          "2028; in 2027 wordt bekeken of de huisvesting nog past bij de omvang van de organisatie."),
        P("De salarisadministratie en de financiële administratie zijn uitbesteed aan een "
          "administratiekantoor. Inkoop gebeurt volgens een inkoopbeleid dat in 2024 is vastgesteld; "
          "boven de Europese drempelwaarden wordt aanbesteed. Het samenwerkingsverband streeft naar "
          "duurzame bedrijfsvoering: reizen gebeurt zoveel mogelijk met het openbaar vervoer en vergaderen "
          "waar mogelijk online."),
        P("Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Het samenwerkingsverband "
          "heeft daarin geen beslissende rol, maar wordt wel betrokken wanneer een besluit over een "
          "voorziening gevolgen heeft voor de reistijd van leerlingen."),
    ]


def kennisdeling():
    return [
        H1("Kennisdeling en innovatie"),
        P("Scholen leren het meest van elkaar. Daarom organiseert het samenwerkingsverband leernetwerken "
          "rond thema's die scholen zelf aandragen, zoals het werken met executieve functies, het "
          "begeleiden van leerlingen met angstklachten en het vormgeven van een goede overdracht. Per "
          "leernetwerk is een trekker vanuit een school en een medewerker van het bureau."),
        P("Daarnaast is er een innovatiefonds waaruit scholen voor maximaal twee jaar een pilot kunnen "
          "financieren. Voorwaarde is dat de school de opbrengsten deelt met de andere scholen. In de "
          "afgelopen jaren zijn zo pilots uitgevoerd met co-teaching, met een schoolhond en met "
          "digitale ondersteuning bij het plannen van huiswerk. Met een hogeschool in de regio "
          "werken wij samen in een praktijkgericht onderzoek naar de effecten van co-teaching."),
        P("Kennisdeling houdt niet op bij de grenzen van het samenwerkingsverband. Wij nemen deel aan "
          "het landelijke netwerk van samenwerkingsverbanden en wisselen ervaringen uit met "
          "samenwerkingsverbanden in de omliggende regio's."),
    ]


# ---------------------------------------------------------------------------
# Plan 1: VO, docx. basis P, plaatsing p (criteria deferred), terugstroom P (inside TLV chapter),
# financien p (besteding -> absent bijlage), dekkend M, resultaten M, ouders P (under Communicatie)
# ---------------------------------------------------------------------------

def plan1():
    naam = "Samenwerkingsverband VO Lingewaard-Betuwe"
    b = [TITLE([naam, "Ondersteuningsplan 2026-2030", "Samen sterk voor elke leerling",
                "Kenmerk VO 29-91 | vastgesteld 24 maart 2026"]),
         TOC(["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
              "3 Basisondersteuning: wat elke school biedt", "4 Toelaatbaarheid tot het vso",
              "5 Dekkend aanbod en thuiszitters", "6 Geld en middelen", "7 Resultaten en kwaliteitszorg",
              "8 Communicatie", "9 Organisatie en governance", "10 Medezeggenschap",
              "11 Personeel en professionalisering", "12 Informatievoorziening, ICT en privacy",
              "13 Totstandkoming en vaststelling", "14 Planning", "Begrippenlijst"])]
    b += voorwoord(naam, "drs. M.A. (Marieke) van Doorn",
                   " Het dekkend aanbod in onze regio is daarbij een gezamenlijke verantwoordelijkheid van "
                   "alle besturen.")
    b += context_vo(naam, "Lingewaard-Betuwe", 21, "14.300", "Lingewaard, Overbetuwe en Zevenaar-West", 9)
    b += missie_visie(naam, "Samen sterk voor elke leerling")
    b += terugblik(naam)
    b += landelijk()
    # basisondersteuning: present
    b += [H1("Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is in ons samenwerkingsverband de ondergrens die alle besturen samen hebben "
            "afgesproken: iedere vestiging van iedere aangesloten school biedt ten minste de ondersteuning "
            "die hieronder staat, zonder aanvraag bij het samenwerkingsverband en zonder dat ouders daar "
            "iets voor hoeven te regelen. Een school mag meer bieden dan deze ondergrens, nooit minder. "
            "Wat een school boven de ondergrens biedt, beschrijft zij in haar schoolgids."),
          P("De afspraken zijn in 2025 opnieuw vastgesteld in het directeurenoverleg en bekrachtigd door "
            "het algemeen bestuur. Ze gelden voor alle vestigingen, ook voor de praktijkschool en de "
            "vso-locaties, waar zij uiteraard in een op de doelgroep toegesneden vorm worden ingevuld."),
          P("De tabel hieronder noemt de tien standaarden. Ouders en leerlingen kunnen op elke school "
            "aanspreken op deze standaarden."),
          TBL([["Standaard", "Wat een leerling op elke vestiging kan verwachten"],
               ["1 Mentoraat", "Een vaste mentor met wekelijks mentoruur en minimaal drie "
                               "voortgangsgesprekken per jaar met leerling en ouders"],
               ["2 Ondersteuningscoördinator", "Een ondersteuningscoördinator met minimaal 0,4 fte per "
                                               "500 leerlingen die het interne ondersteuningsteam leidt"],
               ["3 Dyslexie en dyscalculie", "Werken volgens het landelijk protocol: voorleessoftware, "
                                             "extra tijd bij toetsen, vergroot lettertype"],
               ["4 Sociaal-emotioneel", "Een training sociale vaardigheden of faalangstreductie binnen "
                                        "de school, minstens twee keer per jaar aangeboden"],
               ["5 Executieve functies", "Huiswerkbegeleiding en planningscoaching in de onderbouw"],
               ["6 Time-out", "Een vaste opvangplek met begeleiding tijdens alle lesuren"],
               ["7 Medisch handelen", "Een protocol medisch handelen en afspraken over medicatie"],
               ["8 Taal", "Extra taalondersteuning voor leerlingen met een taalachterstand of NT2"],
               ["9 Begaafdheid", "Compacten en verrijken voor leerlingen die meer aankunnen"],
               ["10 Samenwerking", "Een ondersteuningsteam met jeugdarts, leerplichtambtenaar en "
                                   "schoolmaatschappelijk werk dat minstens zes keer per jaar overlegt"]]),
          P("Het samenwerkingsverband bezoekt elke vestiging eens in de twee jaar voor een "
            "ondersteuningsgesprek aan de hand van een kwaliteitskaart. Blijkt een vestiging onder de "
            "ondergrens te zitten, dan maakt de schoolleider binnen drie maanden een verbeterplan, dat de "
            "directeur-bestuurder bespreekt met het bevoegd gezag.")]
    # plaatsing: procedure present, criteria deferred; terugstroom hidden here
    b += [H1("Toelaatbaarheid tot het vso"),
          H2("Aanvraag en besluit"),
          P("Een leerling kan alleen worden ingeschreven op een school voor voortgezet speciaal onderwijs "
            "als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag "
            "wordt gedaan door het bevoegd gezag van de school waar de leerling staat ingeschreven, in de "
            "praktijk door de ondersteuningscoördinator. Voor leerlingen die nog niet op een school staan "
            "ingeschreven, doet de vso-school waar de leerling is aangemeld de aanvraag."),
          P("De aanvraag bestaat uit het ontwikkelingsperspectiefplan, het verslag van het "
            "multidisciplinair overleg, een overzicht van de ondersteuning die de school al heeft ingezet en "
            "de zienswijze van ouders en leerling. Het loket van het samenwerkingsverband controleert de "
            "aanvraag binnen vijf werkdagen op volledigheid. Daarna vragen wij advies aan twee deskundigen: "
            "een orthopedagoog of psycholoog van het bureau en, afhankelijk van de vraag, een tweede "
            "deskundige zoals een kinder- en jeugdpsychiater of maatschappelijk werker. Beide deskundigen "
            "brengen een eigen schriftelijk advies uit en zijn niet betrokken geweest bij de aanvraag."),
          P("De TLV-commissie besluit namens de directeur-bestuurder binnen zes weken na ontvangst van de "
            "volledige aanvraag. Ouders krijgen een afschrift van het besluit en van beide adviezen."),
          P("Ouders of school die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken. "
            "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen, die ons adviseert over het bezwaar."),
          H2("Wanneer is een leerling toelaatbaar?"),
          P("De inhoudelijke afwegingskaders die de commissie hanteert, zijn in de vorige planperiode "
            "ontwikkeld en worden in het schooljaar 2026-2027 herijkt in samenspraak met de vso-scholen. "
            "Tot het herijkte kader door het algemeen bestuur is vastgesteld, weegt de commissie elke "
            "aanvraag op haar eigen merites. Het nieuwe kader zal op de website worden gepubliceerd."),
          H2("Einde van de TLV en terugkeer naar het regulier voortgezet onderwijs"),
          P("Een TLV wordt afgegeven voor maximaal twee schooljaren en eindigt altijd op 31 juli. In de "
            "bekostigingscategorie laag, midden of hoog volgt de commissie het advies van de deskundigen."),
          P("Wij willen dat een verblijf in het vso waar mogelijk tijdelijk is. Een leerling die zich in "
            "het vso zo heeft ontwikkeld dat een reguliere school passend is, moet die overstap kunnen maken "
            "met steun. Uitgangspunt is daarom dat bij iedere leerling in het vso jaarlijks de vraag wordt "
            "gesteld of terugkeer mogelijk is. Voorwaarde is dat de leerling het niveau van de "
            "reguliere school kan volgen en dat de ontvangende school in staat is de ondersteuning te "
            "bieden die de leerling nog nodig heeft."),
          P("De werkwijze is als volgt. Bij de jaarlijkse evaluatie van het ontwikkelingsperspectief "
            "bespreekt de commissie van begeleiding van de vso-school met ouders en leerling of terugkeer "
            "aan de orde is. Uiterlijk 1 februari in het laatste jaar van de TLV meldt de vso-school bij het "
            "loket of zij een verlenging aanvraagt of terugplaatsing voorbereidt. Bij terugplaatsing "
            "organiseert de consulent van het samenwerkingsverband een overdrachtsgesprek met de "
            "ontvangende school; de ontvangende school besluit over de inschrijving. Het samenwerkingsverband "
            "financiert gedurende het eerste halfjaar na de overstap een terugplaatsingsarrangement: "
            "ambulante begeleiding door de vso-school van twee uur per week en een coachingsgesprek met "
            "de mentor. Na drie en na zes maanden evalueert de consulent de plaatsing met ouders, leerling "
            "en school."),
          P("In het schooljaar 2024-2025 keerden 23 leerlingen vanuit het vso terug naar een reguliere "
            "school; 19 van hen zaten een jaar later nog op die school.")]
    # dekkend-aanbod missing: heading in TOC only; passing mentions
    b += [H1("Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
            "Het grootste deel daarvan gaat rechtstreeks naar de scholen. De verdeling gaat als volgt. "
            "Elke school ontvangt een vast bedrag per leerling voor ondersteuning in de school: voor de "
            "schooljaren 2026-2027 en 2027-2028 is dat € 172 per ingeschreven leerling op 1 oktober. "
            "Praktijkonderwijs en vmbo-basis/kader ontvangen een toeslag van 40 procent op dit bedrag. "
            "Daarnaast ontvangt elke school een vaste voet van € 15.000. De vso-scholen ontvangen de "
            "bekostiging die volgt uit de afgegeven TLV's; deze wordt door DUO rechtstreeks verrekend."),
          P("Het algemeen bestuur stelt de bedragen jaarlijks vast bij de begroting, op voorstel van de "
            "directeur-bestuurder en na advies van het directeurenoverleg. Middelen die een school niet "
            "besteedt, worden niet teruggevorderd, maar de school licht in haar jaarverslag toe waaraan de "
            "middelen zijn besteed."),
          P("De meerjarenbegroting van het samenwerkingsverband is opgenomen in bijlage 5 bij dit plan. Daarin "
            "is ook de reservepositie uitgewerkt.")]
    # resultaten missing: TOC heading is "Resultaten en kwaliteitszorg" but body has no substance
    b += [H1("Communicatie"),
          P("Goede communicatie is voor een samenwerkingsverband essentieel. Wij communiceren met "
            "scholen, besturen, gemeenten, ketenpartners en met ouders en leerlingen."),
          H2("Hoe ouders en leerlingen informatie krijgen"),
          P("Ouders vinden informatie over de ondersteuning op de scholen in de schoolgids van de school. "
            "Daarnaast publiceert het samenwerkingsverband op zijn website een ouderpagina met een "
            "uitleg over de tien standaarden, de route naar het vso en een overzicht van alle vestigingen. "
            "Er is een ouderfolder in het Nederlands, Engels, Arabisch en Pools, die elke school bij de "
            "aanmelding meegeeft. Twee keer per jaar organiseren wij een informatieavond voor ouders van "
            "leerlingen in groep 8, samen met het samenwerkingsverband primair onderwijs."),
          H2("Als ouders er niet uitkomen"),
          P("Ouders die een vraag hebben over de ondersteuning van hun kind of het niet eens zijn met "
            "de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Betuwe. Het steunpunt werkt "
            "onafhankelijk van de scholen; het wordt gefinancierd door het samenwerkingsverband maar "
            "ontvangt geen instructies van het bestuur. Het steunpunt is bereikbaar via een telefonisch "
            "spreekuur op werkdagen. Daarnaast kunnen ouders kosteloos een beroep doen op de "
            "onderwijsconsulenten en kunnen zij een geschil over de zorgplicht of over het "
            "ontwikkelingsperspectief voorleggen aan de Geschillencommissie passend onderwijs."),
          H2("Communicatie met scholen"),
          P("Scholen ontvangen maandelijks een nieuwsbrief. Schoolleiders en ondersteuningscoördinatoren "
            "hebben toegang tot een besloten deel van de website met handreikingen en formulieren.")]
    b += bedrijfsvoering(naam)
    b += kennisdeling()
    b += governance(naam)
    b += opr(naam)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += totstandkoming("Over het concept is op 12 maart 2026 op overeenstemming gericht overleg gevoerd "
                        "met de colleges van burgemeester en wethouders van de drie gemeenten; het verslag "
                        "is opgenomen in het archief van het bureau.")
    b += planning_table()
    b += [H1("Begrippenlijst"),
          BL(["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
              "Dekkend aanbod: een netwerk van voorzieningen zodat elke leerling een passende plek heeft.",
              "Thuiszitter: een leerplichtige jongere die zonder geldige reden niet naar school gaat.",
              "Resultaten: wat het samenwerkingsverband bereikt voor leerlingen met een ondersteuningsbehoefte.",
              "Meerjarenbegroting: begroting voor vier jaar.",
              "OPR: ondersteuningsplanraad.", "OOGO: op overeenstemming gericht overleg.",
              "TLV: toelaatbaarheidsverklaring.", "vso: voortgezet speciaal onderwijs.",
              "Zorgplicht: de plicht van een school om een passende plek te bieden of te zoeken."])]
    crit = dict.fromkeys(CORE, False)
    crit.update({"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": True, "ouders.informatie": True, "ouders.steunpunt": True})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["verantwoording"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3: ondergrens for every vestiging + table of 10 standaarden; kwaliteitskaart visits = borging",
        "plaatsing": "H4 procedure (loket, 2 deskundigen, 6 weeks, LBT) present; criteria deferred to a herijkt kader in 2026-2027",
        "terugstroom": "hidden in H4 subsection 'Einde van de TLV en terugkeer': yearly question, 1 februari, arrangement, evaluations, figures",
        "financien": "H6 'Geld en middelen': per-leerling bedrag + vaste voet = verdeling; meerjarenbegroting only in absent bijlage 5",
        "dekkend-aanbod": "only in TOC, voorwoord passing sentence and begrippenlijst; no continuum, no thuiszitters approach; OOGO only procedural",
        "resultaten": "TOC heading 'Resultaten en kwaliteitszorg' has no body chapter; missie mentions resultaten in passing",
        "ouders": "inside 'Communicatie': website/folder/informatieavond + independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten",
    }
    exp = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
           "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "missing", "ouders": "present"}
    return naam, b, crit, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan 2: VO, pdf. basis p (inhoud -> websites), plaatsing P (vso+lwoo+pro), terugstroom p
# (procedure deferred), financien P (besteding only in table), dekkend p (no lacunes),
# resultaten P (unusual wording), ouders p (no steunpunt)
# ---------------------------------------------------------------------------

def plan2():
    naam = "Stichting Samenwerkingsverband VO Kempenland-Noord"
    b = [TITLE([naam, "Ondersteuningsplan 2026-2030", "Ieder talent telt",
                "VO 30-57 | definitieve versie na instemming OPR"]),
         TOC(["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
              "3 Ondersteuning in lagen: van klas tot vso", "4 Lwoo, pro en vso: de toewijzing",
              "5 Terugplaatsing en overplaatsing", "6 Ambities voor leerlingen en hoe we die volgen",
              "7 Geld en middelen", "8 Ouders en leerlingen", "9 Samenwerking met gemeenten",
              "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel en professionalisering",
              "13 Informatievoorziening, ICT en privacy", "14 Planning", "Afkortingen"])]
    b += voorwoord(naam, "ir. J.P. (Joost) Verhagen")
    b += context_vo(naam, "Kempenland-Noord", 17, "11.850", "Eersel, Bergeijk, Bladel en Reusel", 7)
    b += missie_visie(naam, "Ieder talent telt")
    b += terugblik(naam)
    b += landelijk()
    b += [H1("Ondersteuning in lagen: van klas tot vso"),
          P("Wij onderscheiden drie lagen van ondersteuning. De eerste laag is de basisondersteuning: het "
            "niveau van ondersteuning dat alle scholen in het samenwerkingsverband met elkaar hebben "
            "afgesproken en dat elke vestiging minimaal biedt aan iedere leerling die het nodig heeft. "
            "De tweede laag is de extra ondersteuning op school, bekostigd uit het schoolbudget en "
            "vastgelegd in een ontwikkelingsperspectiefplan. De derde laag bestaat uit de "
            "bovenschoolse voorzieningen: de Kempenklas, het tijdelijke opvangtraject Rebound Kempen, "
            "leerwegondersteunend onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs."),
          P("Welke voorzieningen precies onder de basisondersteuning vallen, verschilt per schooltype en "
            "is te vinden in de schoolondersteuningsprofielen die de scholen op hun eigen websites "
            "publiceren. Het samenwerkingsverband bundelt deze profielen niet in dit plan, omdat zij "
            "jaarlijks veranderen."),
          P("De extra ondersteuning op school omvat onder meer plusklassen voor leerlingen met een "
            "ASS-problematiek, kleine groepen in de onderbouw vmbo, een trajectvoorziening per school en "
            "begeleiding door een gedragsspecialist. Lukt het niet binnen de school, dan zet het "
            "samenwerkingsverband een bovenschools arrangement in: plaatsing in de Kempenklas voor "
            "maximaal twaalf weken, een Rebound-traject of ambulante begeleiding vanuit het vso. Het "
            "ondersteuningsteam van de school vraagt dit arrangement aan bij het Kempenloket; een consulent "
            "bespreekt de aanvraag binnen tien werkdagen met school, ouders en leerling."),
          TBL([["Laag", "Voorziening", "Wie zet in", "Bekostiging"],
               ["1 Basis", "Basisondersteuning op elke vestiging", "School", "Schoolbudget"],
               ["2 Extra op school", "Plusklas, kleine groep, trajectvoorziening", "School met OPP",
                "Schoolbudget"],
               ["3 Bovenschools", "Kempenklas, Rebound, ambulante begeleiding", "Kempenloket",
                "Arrangementenbudget SWV"],
               ["3 Speciaal", "Lwoo, pro, vso", "SWV (aanwijzing/TLV)", "Rijk/SWV"]])]
    b += [H1("Lwoo, pro en vso: de toewijzing"),
          H2("Voortgezet speciaal onderwijs"),
          P("De school waar de leerling is ingeschreven, vraagt via het Kempenloket een "
            "toelaatbaarheidsverklaring aan. Bij de aanvraag horen het ontwikkelingsperspectiefplan, het "
            "groeidocument met de ingezette interventies van ten minste de laatste zes maanden, en het "
            "gespreksverslag met ouders. Twee deskundigen, van wie één orthopedagoog of psycholoog, geven "
            "ieder een eigen advies. De commissie toewijzing beslist binnen zes weken."),
          P("Een leerling komt in aanmerking voor het vso als aan drie voorwaarden is voldaan. Ten eerste "
            "heeft de reguliere school aantoonbaar de basisondersteuning en de extra ondersteuning op "
            "school ingezet en geëvalueerd. Ten tweede is een bovenschools arrangement ingezet of is "
            "beargumenteerd waarom dat niet passend is. Ten derde is de ondersteuningsbehoefte van de "
            "leerling op het gebied van leren, gedrag of fysieke en medische zorg zo groot dat zij op "
            "meerdere domeinen tegelijk intensieve, langdurige begeleiding in een kleine groep vraagt, "
            "die in het regulier onderwijs niet kan worden geboden. Bij twijfel weegt de ontwikkeling "
            "van de leerling zwaarder dan de draagkracht van de school."),
          P("Een TLV wordt afgegeven in categorie laag, tenzij de deskundigen op grond van lichamelijke "
            "beperkingen of meervoudige beperkingen categorie midden of hoog adviseren. De duur is "
            "standaard drie schooljaren; voor leerlingen in het uitstroomprofiel dagbesteding geven wij "
            "een TLV af tot het einde van de schoolloopbaan."),
          H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("Voor lwoo hanteert het samenwerkingsverband de landelijke criteria. De vo-school waar de "
            "leerling is aangemeld, dient de aanvraag in voor 1 maart met de gegevens van de "
            "basisschool (leerachterstanden en, indien aanwezig, het intelligentieonderzoek). Het "
            "Kempenloket toetst aan de criteria en besluit binnen vier weken. De aanwijzing geldt voor de "
            "hele schoolloopbaan. Voor toelaatbaarheid tot het praktijkonderwijs gelden de wettelijke "
            "criteria (IQ tussen 55 en 80 en leerachterstanden op ten minste twee domeinen); de "
            "procedure is dezelfde als voor lwoo.")]
    b += [H1("Terugplaatsing en overplaatsing"),
          P("Het samenwerkingsverband wil dat het vso geen eindstation is voor leerlingen voor wie een "
            "reguliere school weer haalbaar is. Ons beleid: elke leerling met een TLV heeft het recht om "
            "jaarlijks te horen of een overstap naar het regulier onderwijs tot de mogelijkheden behoort. "
            "Een overstap is aangewezen wanneer de leerling gedurende een half jaar zonder intensieve "
            "groepsbegeleiding heeft kunnen functioneren en het uitstroomniveau van een reguliere "
            "school haalbaar is. De ontvangende school krijgt voor het eerste jaar een "
            "overstaparrangement van € 4.500 uit het arrangementenbudget, en de leerling houdt een "
            "vaste coach van de vso-school tot de eerste rapportvergadering."),
          P("Hoe de terugkeer stap voor stap verloopt, wie het initiatief neemt en op welke momenten wordt "
            "geëvalueerd, leggen wij vast in een protocol dat we in het eerste planjaar met de drie "
            "vso-scholen opstellen. Tot dat protocol gereed is, maken de betrokken scholen per leerling "
            "afspraken.")]
    b += [H1("Ambities voor leerlingen en hoe we die volgen"),
          P("Wat willen wij over vier jaar bereikt hebben voor leerlingen die meer ondersteuning nodig "
            "hebben? Wij formuleren vijf ambities, elk met een streefwaarde voor 2030:"),
          BL(["Meer leerlingen in het regulier onderwijs: het deelnamepercentage vso daalt van 3,4 "
              "procent (peildatum 1 oktober 2025) naar hoogstens 3,1 procent.",
              "Meer leerlingen met een startkwalificatie: 85 procent van de vso-leerlingen in het "
              "uitstroomprofiel vervolgonderwijs haalt een diploma of certificaat.",
              "Minder tussentijdse uitstroom: het aantal leerlingen met een OPP dat de school "
              "verlaat zonder diploma daalt van 9 naar 5 procent.",
              "Meer tevreden ouders: in de tweejaarlijkse peiling geeft ten minste 75 procent van de "
              "ouders van leerlingen met een OPP een voldoende voor de ondersteuning.",
              "Leerlingen voelen zich veilig: 90 procent van de leerlingen met een OPP zegt zich veilig "
              "te voelen op school."]),
          P("Hoe houden we dat bij? Het bureau verzamelt twee keer per jaar, op 1 oktober en 1 maart, "
            "de gegevens over verzuim, uitstroom en deelname aan voorzieningen uit het leerlingvolgsysteem "
            "en de registratie van het Kempenloket. Tevredenheid meten wij tweejaarlijks met een peiling "
            "onder ouders en leerlingen. De uitkomsten worden in een dashboard besproken in het "
            "directeurenoverleg, de OPR en het bestuur, en verantwoord in het jaarverslag. Blijft een "
            "streefwaarde twee metingen achter, dan stelt het bestuur een verbeteraanpak op. Ook "
            "bekijken we per voorziening of het geld dat erin gaat, het beoogde effect heeft.")]
    b += [H1("Geld en middelen"),
          P("Het samenwerkingsverband verdeelt het budget volgens het Kempenmodel. 65 procent van de "
            "lichte ondersteuningsmiddelen gaat naar de scholen als schoolbudget: een bedrag per leerling, "
            "verhoogd met een factor voor het aandeel vmbo-basis en -kader. 20 procent is bestemd voor "
            "bovenschoolse arrangementen, die op aanvraag via het Kempenloket worden toegekend, en 15 procent "
            "voor het bureau en de deskundigheidsbevordering. De verdeelsleutel wordt elke twee jaar "
            "geëvalueerd en kan alleen door het algemeen bestuur worden gewijzigd."),
          P("Onderstaande meerjarenbegroting geeft de verwachte inkomsten en uitgaven weer."),
          TBL([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage lichte ondersteuning", "2.410", "2.380", "2.350", "2.320"],
               ["Rijksbijdrage zware ondersteuning", "9.870", "9.790", "9.700", "9.650"],
               ["Afdracht vso (DUO)", "-6.450", "-6.420", "-6.400", "-6.380"],
               ["Lwoo en pro (doorbetaling scholen)", "-2.980", "-2.950", "-2.920", "-2.890"],
               ["Schoolbudgetten", "-1.567", "-1.547", "-1.528", "-1.508"],
               ["Bovenschoolse arrangementen (Kempenklas, Rebound)", "-1.150", "-1.140", "-1.130", "-1.130"],
               ["Bureau en deskundigheidsbevordering", "-362", "-357", "-352", "-348"],
               ["Saldo", "-229", "-244", "-280", "-286"]]),
          P("Het negatieve saldo is een bewuste keuze: daarmee wordt de reserve, die eind 2025 ruim "
            "boven de signaleringswaarde lag, in vier jaar teruggebracht tot een verantwoord niveau.")]
    b += [H1("Ouders en leerlingen"),
          P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat "
            "zij goed weten wat zij kunnen verwachten. Daarom maakt elke school bij de aanmelding "
            "een ondersteuningsfolder van het samenwerkingsverband beschikbaar. Op de website staat een "
            "ouderroute met filmpjes over de drie lagen van ondersteuning, en bij de start van elk "
            "schooljaar houden wij een ouderavond in twee regio's. De ouderfolder is ook in eenvoudige "
            "taal beschikbaar."),
          P("Bij gesprekken over de ondersteuning van hun kind worden ouders altijd uitgenodigd. Leerlingen "
            "vanaf twaalf jaar zijn zelf aanwezig bij het ondersteuningsteam, tenzij dat niet in hun "
            "belang is. Het ontwikkelingsperspectiefplan wordt met ouders en leerling besproken.")]
    b += [H1("Samenwerking met gemeenten"),
          P("Met de vier gemeenten voert het samenwerkingsverband jaarlijks op overeenstemming gericht "
            "overleg. Thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
            "onderwijshuisvesting en thuiszitters. Op elke school is een jeugdhulpverlener "
            "aanwezig die laagdrempelig met leerlingen en ouders in gesprek gaat. Het OOGO over dit plan "
            "vond plaats op 18 februari 2026.")]
    b += bedrijfsvoering(naam)
    b += kennisdeling()
    b += governance(naam, rvt=False)
    b += opr(naam)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += planning_table([["2026-2027", "Protocol terugplaatsing met de vso-scholen"]])
    b += [H1("Afkortingen"),
          BL(["LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
              "OJSP – ouder- en jeugdsteunpunt", "OPP – ontwikkelingsperspectiefplan",
              "SOP – schoolondersteuningsprofiel", "TLV – toelaatbaarheidsverklaring",
              "lwoo – leerwegondersteunend onderwijs", "pro – praktijkonderwijs",
              "Thuiszitters – leerlingen zonder onderwijs"])]
    crit = dict.fromkeys(CORE, True)
    crit.update({"basisondersteuning.inhoud": False, "terugstroom.procedure": False,
                 "dekkend-aanbod.lacunes": False, "ouders.steunpunt": False})
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3 defines the afgesproken minimum for every vestiging but content only 'in de SOP's op de websites van de scholen'",
        "plaatsing": "H4: vso procedure + three-condition criteria, lwoo/pro procedure with criteria; no bezwaar route",
        "terugstroom": "H5 has policy (yearly right, conditions, € 4.500 arrangement, coach) but steps deferred to a protocol in first planjaar",
        "financien": "H7 'Geld en middelen': Kempenmodel 65/20/15 = verdeling; besteding only in meerjarenbegroting table",
        "dekkend-aanbod": "H3 layers + table = continuum; thuiszitters only as OOGO theme and in afkortingen, no approach to gaps/zorgplicht",
        "resultaten": "H6 'Ambities voor leerlingen en hoe we die volgen': 5 streefwaarden + twice-yearly measurement/dashboard",
        "ouders": "H8 folder/website/ouderavond = informatie; no independent steunpunt/consulenten/klachten (OJSP only in afkortingen and deferred in 'Landelijke ontwikkelingen')",
    }
    exp = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
           "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"}
    return naam, b, crit, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan 3: VO with several vso schools and large OPDC, pdf. basis P, plaatsing P, terugstroom P
# (in OPDC/vso chapter), financien p (verdeling deferred), dekkend P, resultaten p (doelen -> jaarplan),
# ouders M
# ---------------------------------------------------------------------------

def plan3():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost"
    b = [TITLE([naam, "Ondersteuningsplan 2026-2030", "Eén regio, één netwerk",
                "VO 28-14 | met vier vso-scholen en het OPDC De Overstap"]),
         TOC(["Voorwoord", "1 Het samenwerkingsverband in vogelvlucht", "2 Missie, visie en ambities",
              "3 Het netwerk van voorzieningen", "4 Wat elke school biedt",
              "5 OPDC De Overstap", "6 Het vso in onze regio: toelaatbaarheid, doorstroom en terugkeer",
              "7 Thuiszitters en zorgplicht", "8 Kwaliteit en verantwoording",
              "9 Financieel beleid", "10 Ouders en communicatie", "11 Organisatie en governance",
              "12 Medezeggenschap", "13 Personeel", "14 ICT en privacy", "15 Planning",
              "Bijlage: begrippen"])]
    b += voorwoord(naam, "mr. A.E. (Anouk) Brinkman")
    b += context_vo(naam, "Rivierenland-Oost", 26, "18.900", "Tiel, Culemborg, Buren, Neder-Betuwe en "
                    "West Betuwe", 11)
    b += [P("Bijzonder aan onze regio is het grote aandeel gespecialiseerde voorzieningen. Er zijn vier "
            "scholen voor voortgezet speciaal onderwijs: De Waalborg (cluster 4, uitstroomprofielen "
            "vervolgonderwijs en arbeidsmarkt), Het Lingepad (cluster 3, zml en dagbesteding), De Brug "
            "(cluster 3, lichamelijk en langdurig zieke leerlingen) en Vso Betuwe-Kwadrant (cluster 4, "
            "onderbouw). Samen hebben deze scholen ruim 940 leerlingen. Daarnaast heeft het "
            "samenwerkingsverband met OPDC De Overstap een van de grootste orthopedagogisch-didactische "
            "centra van het land, met drie locaties en plaats voor 210 leerlingen.")]
    b += missie_visie(naam, "Eén regio, één netwerk")
    b += terugblik(naam)
    b += landelijk()
    b += [H1("Het netwerk van voorzieningen"),
          P("Onze scholen vormen samen een doorlopend netwerk. We onderscheiden vijf treden. Trede 1 is de "
            "basisondersteuning op elke vestiging. Trede 2 is de extra ondersteuning die een school zelf "
            "organiseert, zoals een ondersteuningsklas of een traject met een gedragsspecialist. Trede 3 "
            "zijn de arrangementen die het samenwerkingsverband aan een school toekent, waaronder "
            "ambulante begeleiding door het vso. Trede 4 is het OPDC De Overstap, voor leerlingen die "
            "tijdelijk een intensievere setting nodig hebben. Trede 5 is het voortgezet speciaal "
            "onderwijs. Een leerling kan op elke trede instromen als dat nodig is; we hanteren geen "
            "verplichte volgorde, maar de lichtst passende trede heeft de voorkeur."),
          TBL([["Trede", "Voorziening", "Aantal plaatsen/leerlingen 2025", "Besluit door"],
               ["1", "Basisondersteuning (26 vestigingen)", "alle leerlingen", "school"],
               ["2", "Extra ondersteuning in de school", "circa 1.400", "school"],
               ["3", "Arrangementen SWV (o.a. ambulante begeleiding)", "312", "Loket Rivierenland"],
               ["4", "OPDC De Overstap (3 locaties)", "210 plaatsen", "Plaatsingscommissie OPDC"],
               ["5", "vso (4 scholen)", "943", "TLV-commissie"]]),
          P("Met de gemeenten zijn onderwijs-zorgarrangementen afgesproken voor leerlingen die zowel "
            "onderwijs als jeugdhulp nodig hebben; de gemeente financiert het zorgdeel, het "
            "samenwerkingsverband het onderwijsdeel.")]
    b += [H1("Wat elke school biedt"),
          P("Onder basisondersteuning verstaan wij het geheel van voorzieningen dat alle 26 vestigingen, "
            "inclusief de vso-scholen, ten minste bieden. Dit niveau is door de besturen bindend "
            "afgesproken in het Akkoord Basisondersteuning Rivierenland 2025. Elke vestiging beschikt "
            "over: een ondersteuningscoördinator en een intern ondersteuningsteam; een mentor per klas "
            "met een vast mentoruur; een dyslexie- en dyscalculieprotocol met compenserende "
            "hulpmiddelen; een aanbod voor sociaal-emotionele ontwikkeling (onder meer een "
            "weerbaarheidstraining); een time-outvoorziening met begeleiding; begeleiding bij "
            "plannen en organiseren; afspraken over medisch handelen; een zorgadviesteam met jeugdarts, "
            "leerplicht en jeugdhulp; en de mogelijkheid om met een ontwikkelingsperspectiefplan af te "
            "wijken van het reguliere programma."),
          P("De consulenten van het samenwerkingsverband voeren jaarlijks met elke vestiging een gesprek "
            "aan de hand van dit akkoord. Tekortkomingen worden in een verbeterafspraak vastgelegd.")]
    b += [H1("OPDC De Overstap"),
          P("Het OPDC biedt tijdelijk onderwijs in kleine groepen aan leerlingen die in het regulier "
            "onderwijs vastlopen door leer- of gedragsproblemen, maar voor wie het vso (nog) niet aan "
            "de orde is. De Overstap heeft drie locaties: Tiel (onderbouw vmbo en havo), Culemborg "
            "(bovenbouw vmbo) en Geldermalsen (het Reboundtraject van maximaal twaalf weken). Leerlingen "
            "blijven ingeschreven op hun eigen school; die blijft verantwoordelijk."),
          P("Aanmelding gebeurt door de school via het Loket Rivierenland. De plaatsingscommissie van het "
            "OPDC beslist binnen drie weken. De plaatsing duurt in beginsel één schooljaar, met een "
            "evaluatie na twaalf weken. In het laatste kwartaal wordt het vervolg vastgesteld: terug naar "
            "de eigen school, een andere reguliere school, of een aanvraag voor een TLV."),
          P("In 2024-2025 stroomde 68 procent van de OPDC-leerlingen terug naar een reguliere school, 21 "
            "procent ging naar het vso en 11 procent naar het mbo of een andere plek.")]
    b += [H1("Het vso in onze regio: toelaatbaarheid, doorstroom en terugkeer"),
          H2("De aanvraag"),
          P("De school van inschrijving vraagt de toelaatbaarheidsverklaring aan bij het Loket "
            "Rivierenland, met het ontwikkelingsperspectiefplan, het handelingsdeel van de afgelopen zes "
            "maanden en de visie van ouders en leerling. Twee onafhankelijke deskundigen – een "
            "orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de vraag – adviseren "
            "ieder afzonderlijk. De TLV-commissie besluit binnen vijf weken en bepaalt de "
            "bekostigingscategorie (laag, midden of hoog) en de duur (één tot vier schooljaren)."),
          H2("Wanneer toelaatbaar"),
          TBL([["Criterium", "Toelichting"],
               ["A Ondersteuning benut", "Treden 1 tot en met 3, en waar passend trede 4, zijn ingezet en "
                                         "geëvalueerd, of er is onderbouwd waarom dat niet zinvol is"],
               ["B Intensiteit", "De leerling heeft structureel en op meerdere momenten van de dag "
                                 "begeleiding in een groep van maximaal 12 leerlingen nodig"],
               ["C Duur", "De ondersteuningsbehoefte is naar verwachting langer dan een schooljaar aanwezig"],
               ["D Doelgroep", "De ondersteuningsbehoefte past bij het profiel van een van de vso-scholen"]]),
          P("Een leerling is toelaatbaar als aan alle vier criteria is voldaan. In een crisissituatie "
            "kan de directeur-bestuurder een tijdelijke TLV van maximaal drie maanden afgeven."),
          H2("Terugkeer en overstap"),
          P("Het vso is voor veel leerlingen een tussenstation. Ons uitgangspunt is dat iedere "
            "vso-school bij elke leerling minstens eenmaal per jaar in de commissie van begeleiding "
            "onderzoekt of terugkeer naar het regulier onderwijs of overstap naar het OPDC tot de "
            "mogelijkheden behoort. Voorwaarden zijn dat de leerling minder dan drie dagdelen per week "
            "intensieve begeleiding nodig heeft en dat ouders en leerling de overstap steunen."),
          P("Stappen: (1) de commissie van begeleiding stelt vast dat terugkeer haalbaar is; (2) de "
            "vso-school meldt dit uiterlijk 1 maart bij het Loket; (3) een consulent zoekt samen met "
            "ouders een ontvangende school, die binnen zes weken besluit; (4) in een warme overdracht "
            "worden de afspraken vastgelegd; (5) de leerling krijgt een jaar lang ambulante begeleiding "
            "van de vso-school; (6) evaluatie na drie en na twaalf maanden. Als de TLV afloopt zonder "
            "dat een nieuwe is aangevraagd, start dezelfde route uiterlijk in januari van het laatste jaar."),
          P("In 2024-2025 keerden 41 vso-leerlingen terug naar het regulier voortgezet onderwijs.")]
    b += [H1("Thuiszitters en zorgplicht"),
          P("Geen leerling mag thuiszitten. Als een school na aanmelding binnen tien weken geen passende "
            "plek kan bieden of vinden, schakelt zij het Loket in. Het Loket belegt dan binnen vijf "
            "werkdagen een overleg met school, ouders, leerplicht en zo nodig jeugdhulp, en wijst een "
            "casusregisseur aan die de plaatsing bewaakt tot de leerling weer onderwijs volgt. Elke "
            "maand bespreekt het thuiszittersoverleg met leerplicht alle leerlingen die langer dan vier "
            "weken geen onderwijs volgen. Signaleren wij dat leerlingen met een bepaald profiel "
            "herhaaldelijk geen plek vinden, dan agenderen wij dat in het directeurenoverleg; zo is in "
            "2024 de havo-onderbouwgroep op het OPDC ontstaan.")]
    b += [H1("Kwaliteit en verantwoording"),
          P("Het samenwerkingsverband werkt met een kwaliteitscyclus. Jaarlijks verzamelen wij op 1 "
            "oktober gegevens over deelname aan vso, OPDC en arrangementen, over thuiszitters, "
            "vrijstellingen en verzuim, en over de uitstroom van leerlingen met een "
            "ontwikkelingsperspectiefplan. Deze gegevens worden per school besproken in een "
            "kwaliteitsgesprek, en op regioniveau geanalyseerd in een jaarlijkse kwaliteitsrapportage "
            "die het bestuur vaststelt en die aan OPR en gemeenten wordt gezonden. Eens per twee jaar "
            "laten wij een externe audit uitvoeren op de werkwijze van Loket en TLV-commissie."),
          P("Welke concrete doelen wij per jaar nastreven, leggen wij vast in het jaarplan. In dit "
            "ondersteuningsplan nemen wij die doelen bewust niet op, om flexibel te kunnen inspelen op "
            "ontwikkelingen.")]
    b += [H1("Financieel beleid"),
          P("De middelen van het samenwerkingsverband worden ingezet voor de treden 3 tot en met 5 en "
            "voor de schoolbudgetten. Hoe het budget voor de schoolbudgetten over de scholen wordt "
            "verdeeld, is onderwerp van een herziening: het algemeen bestuur neemt hierover in het "
            "voorjaar van 2026 een besluit, dat als addendum aan dit plan wordt toegevoegd."),
          TBL([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten (rijksbijdrage)", "21.450", "21.300", "21.100", "20.950"],
               ["Afdracht vso", "-11.900", "-11.850", "-11.800", "-11.750"],
               ["Lwoo/pro", "-3.420", "-3.400", "-3.380", "-3.360"],
               ["OPDC De Overstap", "-2.780", "-2.780", "-2.760", "-2.740"],
               ["Arrangementen trede 3", "-1.210", "-1.190", "-1.170", "-1.160"],
               ["Schoolbudgetten", "-1.650", "-1.640", "-1.620", "-1.600"],
               ["Bureau en Loket", "-690", "-690", "-680", "-680"],
               ["Resultaat", "-200", "-250", "-310", "-340"]]),
          P("De reserve bedroeg eind 2025 € 4,1 miljoen. Het bestuur hanteert een weerstandsvermogen "
            "van 5 procent van de baten; het bedrag daarboven wordt in de planperiode ingezet via de "
            "negatieve resultaten in de begroting.")]
    b += [H1("Ouders en communicatie"),
          P("Het samenwerkingsverband communiceert vooral via de scholen. Scholen ontvangen een "
            "nieuwsbrief en hebben toegang tot het besloten deel van de website. Het communicatiebeleid "
            "wordt in 2026 geactualiseerd.")]
    b += bedrijfsvoering(naam)
    b += kennisdeling()
    b += governance(naam)
    b += opr(naam, parent_detail=False)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += planning_table()
    b += [H1("Bijlage: begrippen"),
          BL(["Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en leerlingen.",
              "Onderwijsconsulent: onafhankelijke adviseur voor ouders bij vastgelopen situaties.",
              "Resultaten: beoogde en bereikte effecten voor leerlingen.",
              "OPDC: orthopedagogisch-didactisch centrum.",
              "Verdeelmodel: de afspraken over de verdeling van middelen over de scholen.",
              "Bezwaar: de mogelijkheid voor ouders om een besluit aan te vechten."])]
    crit = dict.fromkeys(CORE, True)
    crit.update({"financien.verdeling": False, "resultaten.doelen": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H4 'Wat elke school biedt': Akkoord Basisondersteuning binding for all 26 vestigingen + list",
        "plaatsing": "H6: Loket, two separate deskundigen, 5 weeks, categorie/duur; criteria A-D only in a table; OPDC admission in H5",
        "terugstroom": "inside H6 'Terugkeer en overstap': policy + conditions + steps 1-6 incl. TLV expiry; figures",
        "financien": "H9: meerjarenbegroting table = besteding; verdeling of schoolbudgetten deferred to addendum after AB-besluit voorjaar 2026",
        "dekkend-aanbod": "H3 five treden + table = continuum; H7 thuiszitters/zorgplicht escalation + gap signalling = lacunes",
        "resultaten": "H8 describes monitoring cycle and kwaliteitsrapportage; doelen explicitly left to jaarplan (no intended results)",
        "ouders": "H10 'Ouders en communicatie' only mentions school newsletter and 'communicatiebeleid wordt geactualiseerd'; OJSP only as deferred law item in 'Landelijke ontwikkelingen' and in begrippen",
    }
    exp = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
           "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"}
    return naam, b, crit, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan 4: PO, docx. basis p (inhoud -> absent bijlage), plaatsing M (website reference),
# terugstroom p (procedure only), financien M, dekkend P, resultaten P, ouders P
# ---------------------------------------------------------------------------

def plan4():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Vallei-Zuid"
    b = [TITLE([naam, "Ondersteuningsplan 2026-2030", "Elk kind een plek",
                "PO 25-33 | concept voor de ondersteuningsplanraad, versie 0.9"]),
         TOC(["Voorwoord", "1 Onze regio", "2 Visie", "3 Basisondersteuning", "4 Arrangeren en het netwerk",
              "5 Toelaatbaarheid sbo en so", "6 Terugplaatsing naar het basisonderwijs",
              "7 Thuiszitters", "8 Opbrengsten: wat we willen bereiken en hoe we dat meten",
              "9 Financiën en meerjarenbegroting", "10 Ouders", "11 Samenwerking met gemeenten",
              "12 Bestuur en organisatie", "13 Medezeggenschap", "14 Personeel", "15 Planning",
              "Begrippenlijst"])]
    b += voorwoord(naam, "drs. H. (Hanneke) Kortenhorst")
    b += [H1("Onze regio"),
          P(f"{naam} omvat 58 basisscholen, twee scholen voor speciaal basisonderwijs (De Regenboog en Het "
            "Palet) en drie locaties voor speciaal onderwijs in de gemeenten Ede-Zuid, Renkum, Wageningen en "
            "Rhenen. Samen hebben de scholen ongeveer 13.200 leerlingen. Er zijn 14 schoolbesturen "
            "aangesloten, van kleine eenpitters tot een stichting met 19 scholen."),
          P("Het aantal leerlingen daalt licht. Tegelijk neemt de complexiteit van de vragen toe: "
            "scholen zien meer kinderen met gedrags- en taalproblemen, en de wachtlijsten in de jeugdhulp "
            "zijn lang. Het percentage leerlingen in het sbo en so ligt met 2,9 procent onder het "
            "landelijk gemiddelde.")]
    b += terugblik(naam)
    b += landelijk()
    b += [H1("Visie"),
          P("Wij geloven dat elk kind het recht heeft om zich te ontwikkelen in een omgeving die past. "
            "Zo thuisnabij als mogelijk, met leeftijdgenoten, en met leerkrachten die weten wat zij doen. "
            "Passend onderwijs is geen apart systeem, maar een manier van kijken: wat heeft dit kind "
            "nodig, en wie kan dat bieden? Ouders zijn daarbij partner. We werken vanuit vertrouwen en "
            "houden elkaar aan afspraken."),
          P("Vanuit deze visie hebben wij drie speerpunten gekozen: versterking van het handelen van de "
            "leerkracht, een thuisnabij netwerk van voorzieningen, en een goede samenwerking met "
            "jeugdhulp. In de hoofdstukken die volgen werken we deze speerpunten uit.")]
    b += [H1("Basisondersteuning"),
          P("Basisondersteuning is het niveau dat alle 58 basisscholen en beide sbo-scholen van ons "
            "samenwerkingsverband ten minste moeten bieden. De besturen hebben dit niveau op 12 november "
            "2025 gezamenlijk vastgesteld; het geldt voor iedere schoollocatie. Een school die het niveau "
            "niet haalt, werkt met een verbeterplan toe naar het afgesproken niveau."),
          P("De concrete onderdelen van de basisondersteuning zijn opgenomen in de Kaart "
            "Basisondersteuning, bijlage 2 bij dit plan. Scholen nemen de kaart op in hun schoolgids."),
          P("Het samenwerkingsverband kijkt tijdens de jaarlijkse schoolbezoeken of de afspraken "
            "worden nageleefd.")]
    b += [H1("Arrangeren en het netwerk"),
          P("Als de basisondersteuning niet volstaat, kan een school extra ondersteuning inzetten. Het "
            "ondersteuningsnetwerk van onze regio bestaat uit vier lagen: (1) basisondersteuning op elke "
            "school; (2) arrangementen in de school, bekostigd uit het schoolbudget, zoals "
            "individuele begeleiding, een kleine instructiegroep of inzet van een gedragsspecialist; (3) "
            "bovenschoolse arrangementen: de taalklas in Ede-Zuid, de plusgroep voor hoogbegaafde "
            "leerlingen (één dag per week), en ambulante begeleiding vanuit het so; (4) het speciaal "
            "basisonderwijs en het speciaal onderwijs."),
          P("Het ondersteuningsteam van de school (intern begeleider, leerkracht, ouders en een "
            "trajectbegeleider van het samenwerkingsverband) bepaalt welk arrangement past. Voor laag 3 "
            "dient de intern begeleider een aanvraag in bij het Steunpunt Vallei; de trajectbegeleider "
            "adviseert binnen drie weken.")]
    b += [H1("Toelaatbaarheid sbo en so"),
          P("Voor de werkwijze rond de toelaatbaarheidsverklaring verwijzen wij naar de Handleiding "
            "Toelaatbaarheid, die op de website van het samenwerkingsverband staat. In deze handleiding "
            "staat alles wat scholen en ouders moeten weten. Wij hebben ervoor gekozen deze tekst niet in "
            "het ondersteuningsplan op te nemen, zodat wij haar tussentijds kunnen actualiseren.")]
    b += [H1("Terugplaatsing naar het basisonderwijs"),
          P("Voor elke leerling in het sbo of so bespreekt de commissie van begeleiding van de school "
            "jaarlijks, bij de evaluatie van het ontwikkelingsperspectief, of de leerling kan terugkeren "
            "naar een basisschool. Is dat zo, dan meldt de sbo- of so-school dit voor 1 maart bij het "
            "Steunpunt Vallei. De trajectbegeleider organiseert een gesprek met ouders en de beoogde "
            "basisschool. Het bevoegd gezag van de basisschool besluit over de inschrijving. In het "
            "laatste jaar van de TLV start de sbo- of so-school deze route uiterlijk in januari, tenzij "
            "een nieuwe TLV wordt aangevraagd. De overstap vindt bij voorkeur plaats na een "
            "vakantie; na zes weken is er een evaluatiegesprek op de basisschool."),
          P("Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden zij verantwoord is en "
            "welke ondersteuning de basisschool daarna krijgt, werken wij in deze planperiode samen met "
            "De Regenboog, Het Palet en de so-scholen uit.")]
    b += [H1("Hoogbegaafdheid en het voorschoolse veld"),
          P("Met de landelijke middelen voor hoogbegaafdheid heeft het samenwerkingsverband in de "
            "vorige periode een plusgroep opgezet. Leerlingen van groep 5 tot en met 8 met een "
            "ontwikkelingsvoorsprong volgen daar één dag per week onderwijs, de overige dagen blijven zij "
            "op de eigen school. Aanmelding gaat via de intern begeleider bij het Steunpunt Vallei; een "
            "toelatingsgesprek en een observatie gaan vooraf aan plaatsing. De plusgroep heeft plaats voor "
            "48 leerlingen verdeeld over twee locaties. Daarnaast hebben 11 scholen een eigen "
            "verrijkingsgroep; hun kennis wordt via een leernetwerk gedeeld."),
          P("Veel ondersteuningsvragen zijn al zichtbaar voordat een kind naar de basisschool gaat. "
            "Daarom zijn er afspraken met de kinderopvang, de peuterspeelzalen en het consultatiebureau "
            "over een warme overdracht. Bij een kind met een bekende ondersteuningsvraag is er voor de "
            "start op school een gesprek met ouders, de pedagogisch medewerker en de intern begeleider. "
            "Een medewerker van het Steunpunt kan aansluiten als vooraf al duidelijk is dat de "
            "basisondersteuning niet toereikend zal zijn. Voor kinderen die op vierjarige leeftijd op "
            "een wachtlijst voor een so-school staan, zoekt het Steunpunt samen met ouders naar een "
            "tijdelijke oplossing, zodat geen kind thuis hoeft te wachten.")]
    b += [H1("Thuiszitters"),
          P("Wij willen dat geen kind thuiszit. Elke school meldt een leerling die langer dan twee weken "
            "geen of onvoldoende onderwijs volgt direct bij het Steunpunt Vallei en bij leerplicht. Binnen "
            "tien werkdagen volgt een overleg met ouders, school, leerplicht en, waar betrokken, "
            "jeugdhulp. Het samenwerkingsverband wijst een trajectbegeleider aan die verantwoordelijk "
            "blijft tot het kind weer volledig naar school gaat. Lukt het de school niet om binnen de "
            "zorgplicht een plek te vinden, dan zoekt het Steunpunt mee op alle scholen in de regio. "
            "Vier keer per jaar bespreken wij met de gemeenten de lijst van thuiszitters en de "
            "hiaten in het aanbod die daaruit blijken; zo is de taalklas in 2024 ontstaan.")]
    b += [H1("Opbrengsten: wat we willen bereiken en hoe we dat meten"),
          P("Voor de planperiode hebben wij de volgende doelen voor kinderen met een "
            "ondersteuningsbehoefte vastgesteld:"),
          TBL([["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
               ["Thuiszitters langer dan 4 weken (peildatum 1 oktober)", "9", "maximaal 3"],
               ["Deelnamepercentage sbo + so", "2,9%", "niet hoger dan 3,0%"],
               ["Leerlingen met OPP die naar verwachting uitstromen naar vo", "78%", "85%"],
               ["Ouders tevreden over betrokkenheid bij OPP", "71%", "80%"],
               ["Scholen die het niveau van de basisondersteuning halen", "49 van 58", "alle 58"]]),
          P("Het bureau verzamelt deze gegevens jaarlijks, deels uit DUO-bestanden en deels uit onze "
            "eigen registratie en een oudervragenlijst. In het voorjaar bespreken wij de uitkomsten per "
            "school in het bestuurlijk overleg; in het jaarverslag rapporteren wij de bereikte waarden "
            "naast de streefwaarden. Halverwege de planperiode (2028) volgt een tussenevaluatie met de OPR.")]
    b += [H1("Financiën en meerjarenbegroting"),
          P("De meerjarenbegroting en het verdeelmodel maken onderdeel uit van de begrotingscyclus en "
            "worden jaarlijks in december door het bestuur vastgesteld. Zij worden daarom niet in dit "
            "plan opgenomen. Voor de actuele cijfers wordt verwezen naar de begroting van het lopende "
            "jaar. Het uitgangspunt blijft dat middelen zo dicht mogelijk bij het kind worden ingezet.")]
    b += [H1("Ouders"),
          P("Ouders moeten weten waar zij aan toe zijn. Elke school beschrijft in de schoolgids welke "
            "ondersteuning zij biedt en hoe ouders daarbij betrokken worden. Het samenwerkingsverband "
            "heeft een ouderwebsite met uitleg over de ondersteuningsroute en een kaart van alle "
            "voorzieningen, en verspreidt via de scholen twee keer per jaar een oudernieuwsbrief. Elke "
            "intern begeleider heeft een ouderfolder 'Mijn kind heeft extra ondersteuning nodig' die zij "
            "bij het eerste gesprek meegeeft."),
          P("Ouders die er met de school niet uitkomen, kunnen terecht bij het onafhankelijke "
            "Ouder- en Jeugdsteunpunt Vallei, dat met een eigen telefoonnummer en inloopspreekuur in de "
            "bibliotheek van Wageningen werkt. Ook kunnen zij kosteloos de Onderwijsconsulenten inschakelen.")]
    b += [H1("Overstap naar het voortgezet onderwijs"),
          P("De overstap van groep 8 naar de brugklas is voor veel kinderen met een ondersteuningsbehoefte "
            "een spannend moment. Met het samenwerkingsverband voortgezet onderwijs in de regio zijn "
            "afspraken gemaakt over de overdracht: de basisschool vult voor 1 maart het digitale "
            "overdrachtsdossier in, en bij leerlingen met een ontwikkelingsperspectiefplan volgt een "
            "warme overdracht tussen intern begeleider en ondersteuningscoördinator van de vo-school. "
            "Voor leerlingen die mogelijk in aanmerking komen voor leerwegondersteuning of "
            "praktijkonderwijs gelden de termijnen van het samenwerkingsverband voortgezet onderwijs. "
            "Jaarlijks evalueren beide samenwerkingsverbanden de overdracht in een gezamenlijk overleg "
            "met basisscholen en vo-scholen.")]
    b += [H1("Samenwerking met gemeenten"),
          P("Met de vier gemeenten is een gezamenlijke agenda opgesteld. Het OOGO over dit plan vond "
            "plaats op 26 februari 2026. In elke gemeente is een schoolmaatschappelijk werker aan de "
            "scholen verbonden, betaald door de gemeente. Onderwerpen voor de komende periode zijn "
            "leerlingenvervoer, een gezamenlijk ondersteuningsteam per wijk en de inzet van jeugdhulp "
            "onder schooltijd.")]
    b += [H1("Bestuur en organisatie"),
          P(f"{naam} is een vereniging. De algemene ledenvergadering bestaat uit de 14 schoolbesturen en "
            "houdt toezicht op het bestuur, dat bestaat uit een onafhankelijk directeur-bestuurder. Het "
            "bureau telt acht medewerkers, onder wie vijf trajectbegeleiders. Het Steunpunt Vallei is de "
            "centrale toegang tot het samenwerkingsverband voor scholen.")]
    b += opr(naam)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += bedrijfsvoering(naam)
    b += kennisdeling()
    b += totstandkoming("Het op overeenstemming gericht overleg met de vier colleges van burgemeester en "
                        "wethouders is gevoerd op 26 februari 2026.")
    b += planning_table()
    b += [H1("Begrippenlijst"),
          BL(["TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so; geldig voor een "
              "bepaalde periode.", "Deskundigenadvies: advies van twee deskundigen bij een TLV.",
              "Verdeelmodel: de regels voor verdeling van middelen.",
              "Meerjarenbegroting: de begroting voor de komende vier jaar.",
              "Terugplaatsing: terugkeer van sbo/so naar de basisschool.",
              "Bezwaar: ouders kunnen bezwaar maken tegen een besluit over de TLV."])]
    crit = dict.fromkeys(CORE, True)
    crit.update({"basisondersteuning.inhoud": False, "plaatsing.procedure": False,
                 "plaatsing.criteria": False, "terugstroom.beleid": False,
                 "financien.verdeling": False, "financien.besteding": False})
    adv = {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3 defines the SWV-wide level for every location; concrete content only in absent bijlage 2 'Kaart Basisondersteuning'",
        "plaatsing": "H5 only refers to the Handleiding Toelaatbaarheid on the website; TLV terms only in TOC/begrippenlijst",
        "terugstroom": "H6 gives steps, actors, 1 maart, TLV-end route, evaluation; aims/conditions/support after return deferred ('werken wij uit')",
        "financien": "H9 says meerjarenbegroting and verdeelmodel are not in the plan (reference to yearly begroting); nothing addressed",
        "dekkend-aanbod": "H4 four-layer network = continuum; H7 thuiszitters approach, zorgplicht, gaps discussed quarterly = lacunes",
        "resultaten": "H8 'Opbrengsten': table with nulmeting/streefwaarde + yearly data collection and reporting",
        "ouders": "H10: schoolgids, ouderwebsite, nieuwsbrief, folder + independent OJSP Vallei and Onderwijsconsulenten",
    }
    exp = {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
           "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "present"}
    return naam, b, crit, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan 5: VO, html. basis M, plaatsing P, terugstroom M, financien P, dekkend p (no continuum),
# resultaten p (no monitoring), ouders p (no informatie)
# ---------------------------------------------------------------------------

def plan5():
    naam = "Samenwerkingsverband VO Duinstreek-Zuid"
    b = [TITLE([naam + " – Ondersteuningsplan 2026-2030 (webversie)",
                "Deze webversie is gelijk aan de vastgestelde pdf-versie van 24 maart 2026."]),
         TOC(["Voorwoord", "Onze regio", "Missie en visie", "Basisondersteuning",
              "Toewijzing: vso, lwoo en pro", "Terugplaatsing", "Dekkend aanbod", "Doelen",
              "Financiën", "Ouders", "Organisatie", "Medezeggenschap", "Personeel", "ICT en privacy",
              "Planning", "Woordenlijst"])]
    b += voorwoord(naam, "dr. S. (Sander) Oudshoorn")
    b += context_vo(naam, "Duinstreek-Zuid", 15, "10.400", "Noordwijk, Katwijk en Teylingen", 6)
    b += missie_visie(naam, "Duinstreek-Zuid: ruimte voor elke jongere")
    b += terugblik(naam)
    b += landelijk()
    b += [H1("Basisondersteuning"),
          P("Over basisondersteuning wordt landelijk volop gesproken. Het ministerie werkt aan een "
            "landelijke norm. Wij wachten die norm af voordat wij voor ons samenwerkingsverband iets "
            "vastleggen; tot die tijd blijft de bestaande praktijk op de scholen leidend. Na "
            "publicatie van de landelijke norm volgt een voorstel aan het bestuur.")]
    b += [H1("Toewijzing: vso, lwoo en pro"),
          P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso, over de aanwijzing voor "
            "leerwegondersteunend onderwijs en over toelaatbaarheid tot het praktijkonderwijs. Alle "
            "aanvragen lopen via de Toewijzingscommissie Duinstreek (TCD)."),
          H2("Vso"),
          P("Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld dient de "
            "aanvraag in via het digitale portaal. Nodig zijn: het ontwikkelingsperspectiefplan met de "
            "evaluatie van minimaal twee ondersteuningsperiodes, het advies van het ondersteuningsteam "
            "en de schriftelijke zienswijze van ouders en – vanaf twaalf jaar – de leerling. De TCD vraagt "
            "twee deskundigen om ieder een eigen advies: een orthopedagoog-generalist of GZ-psycholoog, en "
            "een tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater) die past bij de "
            "hulpvraag. De TCD besluit binnen zes weken; in spoedgevallen binnen tien werkdagen."),
          P("De TCD verklaart een leerling toelaatbaar als de leerling, ondanks aantoonbaar ingezette "
            "ondersteuning in het regulier onderwijs, een onderwijsbehoefte heeft die om een "
            "gespecialiseerde leeromgeving vraagt: een structureel kleine groep, een aangepast "
            "curriculum of specialistische begeleiding gedurende de hele schooldag, en als dit naar "
            "verwachting voor langer dan een half jaar nodig is. Een TLV geldt voor twee schooljaren, in "
            "categorie laag, midden of hoog conform het advies van de deskundigen."),
          P("Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij "
            "het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie."),
          H2("Lwoo en pro"),
          P("Voor lwoo en pro gelden de landelijke criteria; het samenwerkingsverband heeft niet gekozen "
            "voor eigen lwoo-criteria. De vo-school dient de aanvraag in voor 15 maart, met het "
            "onderwijskundig rapport van de basisschool en de gegevens over leerachterstanden en "
            "intelligentie. De TCD besluit binnen vier weken.")]
    b += [H1("Terugplaatsing"),
          P("Terugplaatsing vanuit het vso is in onze regio een gedeelde verantwoordelijkheid van vso en "
            "reguliere scholen. Zie voor de afspraken de informatie op de website van de vso-scholen.")]
    b += [H1("Dekkend aanbod"),
          P("Een beschrijving van het samenhangend geheel van ondersteuningsvoorzieningen – van de hulp in "
            "de klas tot het vso – volgt in de Ondersteuningskaart Duinstreek, die in 2027 gereed is."),
          P("Wat we wel nu al regelen, is de aanpak van leerlingen die geen passende plek hebben. Elke "
            "school meldt verzuim van meer dan vier weken of een leerling zonder plek bij de "
            "Toewijzingscommissie. Binnen tien werkdagen belegt de TCD een doorbraakoverleg met school, "
            "ouders, leerplicht en de gemeentelijke toegang; daarin wordt één regisseur benoemd. Is er "
            "binnen acht weken geen oplossing, dan legt de directeur-bestuurder de casus voor aan alle "
            "schoolleiders en besluit hij welke school de leerling opvangt. Zes keer per jaar "
            "analyseren we de meldingen om te zien welke voorzieningen ontbreken; die analyse "
            "bespreken we met de gemeenten in het OOGO.")]
    b += [H1("Doelen"),
          P("In 2030 willen wij het volgende bereikt hebben voor leerlingen met extra ondersteuning:"),
          BL(["Geen enkele leerling zit langer dan drie maanden zonder onderwijs thuis.",
              "Het aantal TLV's voor vso daalt van 412 naar 380, doordat meer leerlingen met "
              "ondersteuning in het regulier onderwijs blijven.",
              "95 procent van de lwoo-leerlingen behaalt een diploma in de leerweg waarin zij zijn "
              "gestart.",
              "Alle leerlingen met een OPP hebben een gesprek gehad over hun eigen doelen."]),
          P("Hoe wij gaan meten of deze doelen worden gehaald en hoe wij daarover rapporteren, werken "
            "wij uit in een monitoringsplan. Dat plan is op het moment van schrijven in voorbereiding.")]
    b += [H1("Leerlingen aan het woord"),
          P("Bij de voorbereiding van dit plan hebben wij met ruim zestig leerlingen gesproken, verdeeld "
            "over zes scholen en alle schooltypen. Zij vertelden wat hen helpt en wat niet. Leerlingen "
            "noemden vooral de mentor als belangrijkste persoon: iemand die tijd heeft, doorvraagt en "
            "afspraken nakomt. Ook vroegen zij om rust in het rooster, om duidelijkheid over toetsen en om "
            "docenten die niet alleen de cijfers zien. Leerlingen die een periode thuis hadden gezeten, "
            "vertelden hoe belangrijk het was dat iemand contact bleef houden."),
          P("Een leerlingpanel van acht jongeren heeft de conceptversie van dit plan gelezen en "
            "becommentarieerd. Hun opmerkingen over begrijpelijke taal hebben geleid tot kortere "
            "zinnen en een woordenlijst. Het panel blijft de komende jaren bestaan en komt twee keer per "
            "jaar bij elkaar met de directeur-bestuurder. Daarnaast hebben leerlingen zitting in de "
            "ondersteuningsplanraad, zoals de wet voor het voortgezet onderwijs toestaat."),
          P("Wij willen de stem van leerlingen ook bij individuele besluiten beter laten klinken. "
            "Leerlingen vanaf twaalf jaar worden daarom standaard uitgenodigd bij gesprekken over hun "
            "eigen ondersteuning.")]
    b += [H1("Financiën"),
          P("Het samenwerkingsverband verdeelt de middelen als volgt. Iedere school krijgt een "
            "basisbedrag van € 20.000 en € 95 per leerling; scholen met meer dan 30 procent vmbo-basis of "
            "praktijkonderwijs krijgen € 40 per leerling extra. De lwoo-middelen worden doorbetaald op "
            "basis van het aantal aangewezen leerlingen op 1 oktober. Het arrangementenbudget wordt op "
            "aanvraag door de TCD toegekend aan scholen voor individuele leerlingen, tot maximaal € "
            "8.000 per leerling per jaar. Elk jaar in oktober toetst het bestuur de verdeling aan de "
            "leerlingaantallen."),
          TBL([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten", "13.120", "13.010", "12.930", "12.850"],
               ["Vso (afdracht)", "-6.880", "-6.820", "-6.750", "-6.700"],
               ["Lwoo en pro", "-3.140", "-3.110", "-3.090", "-3.070"],
               ["Schoolbudgetten", "-1.290", "-1.280", "-1.270", "-1.260"],
               ["Arrangementen TCD", "-1.050", "-1.050", "-1.040", "-1.040"],
               ["Bureau", "-640", "-640", "-650", "-650"],
               ["Saldo", "120", "110", "130", "130"]]),
          P("Scholen verantwoorden de besteding van hun schoolbudget jaarlijks in een korte "
            "verantwoordingsrapportage aan het samenwerkingsverband.")]
    b += [H1("Ouders"),
          P("Hoe wij ouders informeren over de ondersteuningsmogelijkheden, komt in het communicatieplan "
            "2026-2027, dat nog wordt opgesteld."),
          P("Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
            "Jeugdsteunpunt Duinstreek. Dit steunpunt is ondergebracht bij een stichting die losstaat van "
            "de scholen en het samenwerkingsverband; medewerkers denken mee, gaan desgewenst mee naar "
            "gesprekken op school en wijzen de weg naar de Onderwijsconsulenten en de Geschillencommissie "
            "passend onderwijs. Het steunpunt is bereikbaar via telefoon, e-mail en een wekelijks "
            "spreekuur in Katwijk.")]
    b += bedrijfsvoering(naam)
    b += kennisdeling()
    b += governance(naam)
    b += opr(naam)
    b += personeel(naam)
    b += ict_privacy(naam)
    b += planning_table()
    b += [H1("Woordenlijst"),
          BL(["Basisondersteuning – het niveau van ondersteuning dat elke school biedt.",
              "Terugplaatsing – de overstap van het vso naar het regulier onderwijs.",
              "Continuüm van ondersteuning – het samenhangend geheel van voorzieningen.",
              "Monitoring – het volgen van resultaten.",
              "OJSP – Ouder- en Jeugdsteunpunt."])]
    crit = dict.fromkeys(CORE, False)
    crit.update({"plaatsing.procedure": True, "plaatsing.criteria": True, "financien.verdeling": True,
                 "financien.besteding": True, "dekkend-aanbod.lacunes": True, "resultaten.doelen": True,
                 "ouders.steunpunt": True})
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "section only defers to a future landelijke norm; term otherwise only in nav/TOC/woordenlijst",
        "plaatsing": "'Toewijzing: vso, lwoo en pro': TCD procedure, deskundigen, criteria for vso, duur/categorie, bezwaar, lwoo/pro procedure",
        "terugstroom": "'Terugplaatsing' section only refers to websites of the vso-scholen; nothing addressed",
        "financien": "'Financiën': basisbedrag + per-leerling amounts + arrangementenbudget = verdeling; begroting table = besteding",
        "dekkend-aanbod": "continuum deferred to Ondersteuningskaart 2027; doorbraakoverleg / no-place approach = lacunes",
        "resultaten": "'Doelen' lists 4 targets; measuring/reporting deferred to a monitoringsplan in voorbereiding",
        "ouders": "informatie deferred to communicatieplan 2026-2027; independent OJSP Duinstreek = steunpunt",
    }
    exp = {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing",
           "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"}
    return naam, b, crit, adv, notes, exp


# ---------------------------------------------------------------------------
# Near-miss: school-level "ondersteuningsplan" of one VO school (docx)
# ---------------------------------------------------------------------------

def nearmiss():
    naam = "Christelijk Lyceum De Zandhorst"
    b = [TITLE(["Ondersteuningsplan 2025-2026", naam + ", locatie Veenendaal",
                "Ondersteuningsstructuur, zorgniveaus en werkwijze van het ondersteuningsteam"]),
         TOC(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Zandhorst",
              "4 Zorgniveaus en de ondersteuningsstructuur", "5 Het ondersteuningsteam",
              "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid en het samenwerkingsverband",
              "8 Ouders", "9 Resultaten van het afgelopen jaar", "10 Middelen", "11 Jaarplanning"]),
         H1("Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe De Zandhorst, locatie Veenendaal, de ondersteuning van "
           "haar leerlingen in het schooljaar 2025-2026 organiseert. Het plan is bedoeld voor mentoren, "
           "docenten, teamleiders en het ondersteuningsteam, en wordt jaarlijks door de schoolleiding "
           "vastgesteld na advies van de deelraad. Het is een uitwerking van ons "
           "schoolondersteuningsprofiel en sluit aan bij de afspraken in het ondersteuningsplan van het "
           "samenwerkingsverband VO waar onze school bij is aangesloten."),
         P("De Zandhorst is een school voor havo en vwo met ruim 1.350 leerlingen. Wij willen een school "
           "zijn waar iedere leerling gezien wordt. Dat vraagt om een heldere structuur: iedereen moet "
           "weten wie waarvoor verantwoordelijk is en hoe signalen worden opgepakt."),
         H1("Onze leerlingen"),
         P("Ongeveer 14 procent van onze leerlingen heeft een vorm van extra ondersteuning nodig. Het "
           "gaat vooral om dyslexie (168 leerlingen), ADHD en ASS (samen 74 leerlingen), faalangst en "
           "somberheid. Het aantal leerlingen met psychische klachten is de afgelopen drie jaar "
           "gestegen. Ook zien wij meer leerlingen met langdurig verzuim. In het afgelopen jaar hadden 31 "
           "leerlingen een ontwikkelingsperspectiefplan."),
         H1("Basisondersteuning op De Zandhorst"),
         P("De basisondersteuning van onze school omvat: een mentor per klas met een wekelijks mentoruur, "
           "een dyslexiecoach, faalangstreductietraining in klas 2 en 3, huiswerkbegeleiding, een "
           "studiehuis waar leerlingen rustig kunnen werken, een vertrouwenspersoon en een "
           "time-outruimte. Deze basisondersteuning is voor iedere leerling van De Zandhorst "
           "beschikbaar, zonder aparte aanvraag."),
         H1("Zorgniveaus en de ondersteuningsstructuur"),
         P("Wij werken met vier zorgniveaus. Niveau 1 is de zorg in de klas door de docent: "
           "differentiëren, signaleren en een goed pedagogisch klimaat. Niveau 2 is de zorg door de "
           "mentor: gesprekken met leerling en ouders, contact met docenten, bespreking in de "
           "leerlingbespreking. Niveau 3 is de ondersteuning door het ondersteuningsteam van de school. "
           "Niveau 4 is ondersteuning met externe partners, zoals jeugdhulp of het samenwerkingsverband."),
         P("Leerlingbesprekingen vinden drie keer per jaar per leerjaar plaats, na elke rapportperiode. "
           "Groepsbesprekingen worden door de teamleider voorgezeten. Signalen over individuele "
           "leerlingen worden door de mentor in het leerlingvolgsysteem vastgelegd."),
         H1("Het ondersteuningsteam"),
         P("Het ondersteuningsteam bestaat uit de ondersteuningscoördinator, twee "
           "orthopedagogen-in-opleiding, de vertrouwenspersoon, de schoolmaatschappelijk werker en de "
           "jeugdarts. Het team komt elke twee weken bijeen. De mentor meldt een leerling aan via een "
           "digitaal formulier. Binnen twee weken volgt een gesprek met leerling en ouders."),
         P("Het ondersteuningsteam stelt samen met leerling en ouders een ontwikkelingsperspectiefplan op "
           "als een leerling structureel extra ondersteuning nodig heeft. Het plan wordt twee keer per "
           "jaar geëvalueerd. Leerlingen hebben hoorrecht bij het opstellen van hun OPP."),
         H1("Extra ondersteuning en arrangementen"),
         P("Als de basisondersteuning niet voldoende is, kan de school een arrangement inzetten. "
           "Voorbeelden zijn een individueel coachingstraject, een aangepast rooster, een reductie van "
           "het aantal vakken of begeleiding door een ambulant begeleider. Arrangementen die de school "
           "zelf niet kan bieden, vraagt de ondersteuningscoördinator aan bij het loket van het "
           "samenwerkingsverband. Daarvoor is een OPP nodig."),
         H1("Toelaatbaarheid en het samenwerkingsverband"),
         P("Soms is een reguliere school niet de juiste plek. Dan kan de school een "
           "toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs aanvragen bij het "
           "samenwerkingsverband. De ondersteuningscoördinator stelt de aanvraag op met ouders; het "
           "samenwerkingsverband beslist. Wij begeleiden leerling en ouders bij de overstap en houden "
           "contact met de vso-school. Terugplaatsing op De Zandhorst na een periode in het vso "
           "bespreken wij individueel met ouders en de vso-school."),
         H1("Ouders"),
         P("Ouders zijn onze partners. De mentor is het eerste aanspreekpunt. Ouders worden "
           "geïnformeerd via de schoolgids, de ouderavonden en de nieuwsbrief. Bij onvrede kunnen ouders "
           "terecht bij de klachtenregeling van de school en bij het ouder- en jeugdsteunpunt van het "
           "samenwerkingsverband."),
         H1("Resultaten van het afgelopen jaar"),
         P("In 2024-2025 werden 96 leerlingen besproken in het ondersteuningsteam. 12 leerlingen kregen "
           "een arrangement via het samenwerkingsverband; 3 leerlingen zijn met een TLV naar het vso "
           "gegaan. Het slagingspercentage van leerlingen met een OPP was 88 procent. Het doel voor dit "
           "jaar is om het aantal leerlingen met langdurig verzuim met een kwart terug te brengen."),
         H1("Middelen"),
         P("De school ontvangt van het samenwerkingsverband een schoolbudget van € 186.000 voor lichte "
           "ondersteuning. Dit wordt besteed aan de formatie van het ondersteuningsteam (€ 121.000), de "
           "dyslexiecoach en huiswerkbegeleiding (€ 38.000) en scholing (€ 27.000). De besteding wordt "
           "verantwoord in het jaarverslag van de school."),
         H1("Jaarplanning"),
         TBL([["Periode", "Activiteit"], ["september", "Kennismaking mentoren, startgesprekken"],
              ["november", "Leerlingbespreking 1"], ["februari", "Leerlingbespreking 2, evaluatie OPP's"],
              ["juni", "Leerlingbespreking 3, overdracht naar volgend leerjaar"],
              ["juli", "Evaluatie ondersteuningsplan, vaststelling nieuw plan"]])]
    # pad with more realistic school-level detail to reach normal length
    b += [H1("Protocollen"),
          P("Op De Zandhorst gelden protocollen voor dyslexie, dyscalculie, medisch handelen, verzuim, "
            "rouwverwerking, pesten en sociale media. Elk protocol beschrijft de signalering, de "
            "verantwoordelijke functionaris en de stappen die worden gezet. De protocollen worden elke twee "
            "jaar herzien door het ondersteuningsteam en liggen ter inzage bij de receptie."),
          P("Het verzuimprotocol is in 2025 aangescherpt. Bij drie ongeoorloofde afwezigheden volgt een "
            "gesprek met de mentor, bij zes een gesprek met de teamleider en ouders, en bij negen een "
            "melding bij leerplicht. Bij zorgwekkend ziekteverzuim schakelt de ondersteuningscoördinator "
            "de jeugdarts in."),
          H1("Taken en verantwoordelijkheden"),
          TBL([["Functie", "Taken"],
               ["Docent", "Signaleren, differentiëren, uitvoeren van afspraken uit het OPP"],
               ["Mentor", "Eerste aanspreekpunt, gesprekken met leerling en ouders, aanmelden bij OT"],
               ["Teamleider", "Voorzitter leerlingbespreking, bewaakt afspraken"],
               ["Ondersteuningscoördinator", "Coördinatie OT, contact met samenwerkingsverband"],
               ["Vertrouwenspersoon", "Opvang bij pesten, intimidatie en persoonlijke problemen"],
               ["Schoolmaatschappelijk werker", "Kortdurende hulp, verwijzing naar jeugdhulp"]])]
    return naam, b


# ---------------------------------------------------------------------------

def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
    return n


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}

    # plan 1: VO docx
    naam, b, crit, adv, notes, exp = plan1()
    f1 = "vo-lingewaard-betuwe-op-2026.docx"
    write_docx(b, OUT / f1, header="Ondersteuningsplan 2026-2030 | basisondersteuning – toelaatbaarheid – "
                                   "resultaten – ouders", footer=naam)
    write_label("vo-lingewaard-betuwe-op-2026", [f1], "vo", crit, adv, notes, exp)
    counts[f1] = word_count(b)

    # plan 2: VO pdf
    naam, b, crit, adv, notes, exp = plan2()
    f2 = "swv-vo-kempenland-noord-ondersteuningsplan.pdf"
    docx_to_pdf(b, OUT / f2, header="SWV VO Kempenland-Noord – Ondersteuningsplan 2026-2030",
                footer="Terugplaatsing, ouders, middelen: zie de betreffende hoofdstukken")
    write_label("swv-vo-kempenland-noord-ondersteuningsplan", [f2], "vo", crit, adv, notes, exp)
    counts[f2] = word_count(b)

    # plan 3: VO pdf with vso schools and large OPDC
    naam, b, crit, adv, notes, exp = plan3()
    f3 = "op-rivierenland-oost-2026-2030.pdf"
    docx_to_pdf(b, OUT / f3, header="Ondersteuningsplan Rivierenland-Oost 2026-2030",
                footer="Ouders vinden meer informatie op www.swv-rivierenland-oost.example")
    write_label("op-rivierenland-oost-2026-2030", [f3], "vo", crit, adv, notes, exp)
    counts[f3] = word_count(b)

    # plan 4: PO docx
    naam, b, crit, adv, notes, exp = plan4()
    f4 = "po-vallei-zuid-ondersteuningsplan-concept.docx"
    write_docx(b, OUT / f4, header="CONCEPT – Ondersteuningsplan Vallei-Zuid – toelaatbaarheid en "
                                   "financiën volgen", footer="versie 0.9 – niet verspreiden")
    write_label("po-vallei-zuid-ondersteuningsplan-concept", [f4], "po", crit, adv, notes, exp)
    counts[f4] = word_count(b)

    # plan 5: VO html
    naam, b, crit, adv, notes, exp = plan5()
    f5 = "duinstreek-zuid-ondersteuningsplan.html"
    write_html(b, OUT / f5, naam,
               ["Home", "Ouders", "Basisondersteuning", "Terugplaatsing", "Toelaatbaarheid",
                "Ondersteuningsplan", "Contact"],
               "© Samenwerkingsverband VO Duinstreek-Zuid · Ouders: lees onze informatie over "
               "ondersteuning · Privacy · Klachtenregeling")
    write_label("duinstreek-zuid-ondersteuningsplan", [f5], "vo", crit, adv, notes, exp)
    counts[f5] = word_count(b)

    # near-miss: school-level plan (docx)
    naam, b = nearmiss()
    f6 = "zandhorst-ondersteuningsplan-2025-2026.docx"
    write_docx(b, OUT / f6, header="De Zandhorst – Ondersteuningsplan 2025-2026", footer="Ondersteuningsteam")
    write_notplan_label("zandhorst-ondersteuningsplan-2025-2026", [f6], "vo",
                        "School-level ondersteuningsplan of one havo/vwo school (zorgniveaus, "
                        "leerlingbesprekingen, OT, schoolbudget); refers to the SWV's plan but is not adopted "
                        "by a samenwerkingsverband: no OPR, OOGO, planperiode, TLV decision-making of its own")
    counts[f6] = word_count(b)

    for k, v in counts.items():
        print(f"{k}: ~{v} words")


if __name__ == "__main__":
    main()
