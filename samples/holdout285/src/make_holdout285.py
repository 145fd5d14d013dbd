#!/usr/bin/env python3
"""Generate the holdout285 test set: five fictional ondersteuningsplannen (VO/PO) and one
near-miss document, in .docx, .pdf (rendered from .docx with LibreOffice) and .html.
Deterministic, no network. Output goes next to this script's parent folder."""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ("title", [lines]) ("toc", [entries]) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[cells], ...]) ("pb", None)
# ---------------------------------------------------------------------------

def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(rows):
    return ("table", rows)


def words(blocks):
    n = 0
    for kind, pay in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(pay.split())
        elif kind in ("ul", "toc", "title"):
            n += sum(len(x.split()) for x in pay)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in pay for c in r)
    return n


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, pay in blocks:
        if kind == "title":
            for i, line in enumerate(pay):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in pay:
                doc.add_paragraph(e)
        elif kind == "h1":
            doc.add_heading(pay, level=1)
        elif kind == "h2":
            doc.add_heading(pay, level=2)
        elif kind == "p":
            doc.add_paragraph(pay)
        elif kind == "ul":
            for it in pay:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(pay), cols=len(pay[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pay):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
    doc.save(str(path))


def render_html(blocks, path, title, nav, footer_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"
           "</style>", "</head>", "<body>", '<header class="site-header">',
           f'<div class="logo">{html.escape(title)}</div>', "<nav>"]
    for label, anchor in nav:
        out.append(f'<a href="#{anchor}">{html.escape(label)}</a>')
    out += ["</nav>", "</header>", "<main>"]
    n = 0
    for kind, pay in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(pay[0])}</h1>")
            for line in pay[1:]:
                out.append(f'<p class="subtitle">{html.escape(line)}</p>')
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{html.escape(e)}</li>" for e in pay]
            out.append("</ul></aside>")
        elif kind == "h1":
            n += 1
            out.append(f'<h2 id="h{n}">{html.escape(pay)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{html.escape(pay)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(pay)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in pay) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(pay):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f'<footer>{html.escape(footer_text)}</footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout285_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# shared filler (deliberately bland: it mentions element words in passing only)
# ---------------------------------------------------------------------------

def inleiding(c):
    return [
        H1("1 Inleiding"),
        H2("1.1 Waarom een ondersteuningsplan"),
        P(f"""Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast.
        Dit plan van {c['naam']} geldt voor de schooljaren {c['periode']}. Het plan is het kader waarbinnen
        de aangesloten schoolbesturen, de scholen en het bureau van het samenwerkingsverband de komende jaren
        samenwerken. De wet schrijft voor welke onderwerpen een ondersteuningsplan ten minste bevat, waaronder
        de basisondersteuning, de toelaatbaarheid tot het {c['speciaal']}, de terugplaatsing, de verdeling van
        de middelen, de beoogde resultaten en de manier waarop ouders worden geïnformeerd. In deze inleiding
        beschrijven we hoe het plan is opgebouwd en hoe het tot stand is gekomen."""),
        P(f"""Het ondersteuningsplan is geen draaiboek. Het beschrijft de afspraken die de besturen met elkaar
        maken en de koers die zij willen varen. De uitvoering krijgt jaarlijks vorm in een jaarplan en een
        jaarbegroting. Waar in dit plan wordt gesproken over 'scholen' bedoelen we de vestigingen van de
        besturen die zijn aangesloten bij {c['kort']}. Waar 'ouders' staat, kan ook 'verzorgers' worden
        gelezen."""),
        H2("1.2 Totstandkoming"),
        P(f"""Het plan is geschreven door een schrijfgroep met vertegenwoordigers van de besturen, twee
        ondersteuningscoördinatoren, een schoolleider en medewerkers van het bureau. In het najaar van
        {c['jaar0']} zijn vier themabijeenkomsten gehouden met schoolleiders, intern begeleiders en
        ketenpartners. De opbrengsten van die bijeenkomsten zijn verwerkt in de hoofdstukken die volgen. Een
        concept is besproken in het directeurenoverleg en in het algemeen bestuur, en daarna voorgelegd aan de
        ondersteuningsplanraad en aan de gemeenten in de regio."""),
        P("""We hebben ervoor gekozen het plan compact te houden. Achtergrondinformatie, formulieren en
        uitgewerkte werkinstructies staan niet in dit plan; zij worden door het bureau beheerd en waar nodig
        tussentijds geactualiseerd."""),
    ]


def context(c):
    rows = [["Gemeente", "Aantal vestigingen", "Leerlingen (1 oktober " + c['jaar0'] + ")"]]
    rows += [[g, str(v), str(l)] for g, v, l in c["gemeenten"]]
    rows.append(["Totaal", str(sum(v for _, v, _ in c["gemeenten"])), str(sum(l for _, _, l in c["gemeenten"]))])
    return [
        H1("2 Het samenwerkingsverband in beeld"),
        H2("2.1 Regio en besturen"),
        P(f"""{c['naam']} omvat het grondgebied van {len(c['gemeenten'])} gemeenten. Bij het
        samenwerkingsverband zijn {c['besturen']} schoolbesturen aangesloten. {c['regio_zin']} De regio kent
        zowel stedelijke kernen als een uitgestrekt platteland, wat betekent dat reisafstanden voor sommige
        leerlingen aanzienlijk zijn. De leerlingaantallen lopen in het landelijk gebied terug, terwijl de
        kernen licht groeien."""),
        TABLE(rows),
        P("""Bron: DUO, teldatum 1 oktober; afgeronde aantallen. De aantallen zijn inclusief leerlingen van
        nevenvestigingen en exclusief leerlingen in het speciaal onderwijs buiten de regio."""),
        H2("2.2 Ontwikkelingen"),
        P("""De komende jaren zien we een aantal ontwikkelingen die invloed hebben op ons werk: de daling van
        het aantal leerlingen in het landelijk gebied, het tekort aan leraren en specialisten, de toenemende
        complexiteit van de vragen van leerlingen en de landelijke plannen rond inclusiever onderwijs en een
        landelijke norm voor basisondersteuning. Ook de samenwerking met de jeugdhulp verandert, omdat
        gemeenten hun inkoop opnieuw inrichten. We volgen deze ontwikkelingen nauwgezet en bespreken ze
        jaarlijks in het algemeen bestuur."""),
        H2("2.3 Landelijke ontwikkelingen"),
        P("""Het ministerie werkt aan de verbeteraanpak passend onderwijs en aan de stap naar inclusiever onderwijs.
        Voor samenwerkingsverbanden betekent dit onder meer dat de wetgeving rond de positie van leerlingen, de
        schoolgids en het toezicht verandert. Een aantal wetsvoorstellen was bij het schrijven van dit plan nog in
        behandeling. Waar nieuwe wetgeving gevolgen heeft voor de afspraken in dit plan, passen we het plan aan via
        de gebruikelijke route: een voorstel van het bestuur, instemming van de ondersteuningsplanraad en, waar
        nodig, overleg met de gemeenten. Ook volgen we de uitkomsten van de landelijke evaluaties en de rapporten
        van de Inspectie van het Onderwijs over de stelselherziening."""),
        H2("2.4 Risico's en randvoorwaarden"),
        P("""Of de ambities uit dit plan worden waargemaakt, hangt af van factoren die wij maar gedeeltelijk in de
        hand hebben. Het grootste risico is het tekort aan leraren, orthopedagogen en andere specialisten, waardoor
        scholen soms keuzes moeten maken die zij liever niet maken. Daarnaast vragen de veranderingen in de
        jeugdhulp, de krimp in delen van de regio en de wisselingen in schoolleiding aandacht. Wij beperken deze
        risico's door afspraken tussen besturen over gezamenlijke werving, door vaste contactpersonen bij de
        gemeenten en door zorgvuldige overdracht bij wisselingen. Het algemeen bestuur bespreekt de risico's
        tweemaal per jaar aan de hand van een risicoregister."""),
    ]


def visie(c, ouders=True):
    partners = "we werken samen met ouders als partners; " if ouders else "we werken samen met onze partners; "
    return [
        H1("3 Visie, missie en uitgangspunten"),
        H2("3.1 Missie"),
        P(f"""{c['kort']} staat voor onderwijs waarin iedere jongere tot zijn recht komt. Wij willen dat
        leerlingen zich op school gezien en gekend voelen, dat zij zich zo ononderbroken mogelijk kunnen
        ontwikkelen en dat zij onderwijs volgen dat past bij wat zij nodig hebben. Samen met ouders, scholen en
        partners zorgen we voor een stevige basis."""),
        H2("3.2 Visie"),
        P("""Wij geloven dat goed onderwijs de beste ondersteuning is. Leraren die hun leerlingen kennen,
        die afstemmen op verschillen en die tijdig signaleren wanneer iets niet goed gaat, maken het verschil.
        Ondersteuning begint daarom in de klas en zo dicht mogelijk bij huis. Pas wanneer de school handelingsverlegen
        is, wordt de hulp van buiten ingeschakeld. Wij kiezen voor vertrouwen in de professional, korte lijnen
        en zo min mogelijk bureaucratie."""),
        P("""Onze uitgangspunten zijn: de leerling staat centraal; we denken in mogelijkheden en niet in
        beperkingen; """ + partners + """we zijn transparant over wat we doen en waarom;
        en we gaan zorgvuldig om met publiek geld. Deze uitgangspunten komen in de volgende hoofdstukken steeds
        terug."""),
        H2("3.3 Ambities op hoofdlijnen"),
        P("""Voor de komende planperiode formuleren we drie ambities op hoofdlijnen: we versterken de
        ondersteuning in de klas, we maken de weg naar extra hulp eenvoudiger en we verbinden onderwijs en
        jeugdhulp nog beter. Deze ambities zijn richtinggevend en worden in de jaarplannen vertaald naar
        concrete activiteiten."""),
    ]


def governance(c):
    return [
        H1(f"{c['gov_nr']} Organisatie en governance"),
        H2(f"{c['gov_nr']}.1 Rechtsvorm en bestuur"),
        P(f"""{c['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur.
        De dagelijkse leiding ligt bij de directeur-bestuurder, die verantwoording aflegt aan het algemeen
        bestuur, dat tevens de rol van intern toezichthouder vervult. De scheiding tussen bestuur en toezicht is
        vastgelegd in de statuten en in een managementstatuut. Het toezichtkader wordt jaarlijks geëvalueerd.
        Het algemeen bestuur vergadert ten minste vijf keer per jaar; het directeurenoverleg adviseert het
        bestuur over de inhoudelijke koers."""),
        H2(f"{c['gov_nr']}.2 Het bureau"),
        P(f"""Het bureau van het samenwerkingsverband bestaat uit {c['bureau_fte']} fte, onder wie
        beleidsmedewerkers, een controller, een secretariaat en een aantal consulenten. Het bureau ondersteunt
        het bestuur, voert de administratie en is het eerste aanspreekpunt voor scholen. Het bureau is gehuisvest
        in {c['stad']}."""),
        H2(f"{c['gov_nr']}.3 Code goed bestuur"),
        P("""Het samenwerkingsverband volgt de code goed bestuur van de sectororganisatie. Integriteit,
        openheid en het voorkomen van belangenverstrengeling zijn daarbij leidend. Nevenfuncties van de
        directeur-bestuurder en de bestuursleden worden op de website gepubliceerd. Het algemeen bestuur voert
        jaarlijks een zelfevaluatie uit."""),
        H2(f"{c['gov_nr']}.4 Kennisdeling en onderzoek"),
        P("""Het samenwerkingsverband wil een lerende organisatie zijn. Daarom werken wij samen met een
        lectoraat van de regionale hogeschool, dat ons helpt vragen uit de praktijk te onderzoeken. Studenten van
        de lerarenopleiding en de opleiding pedagogiek lopen stage op het bureau en voeren kleine praktijkonderzoeken
        uit. Jaarlijks organiseren we een kennisdag waarop scholen laten zien waar zij trots op zijn en waar zij
        tegenaan lopen. Publicaties en presentaties van deze dagen worden gedeeld in een digitale kennisbank die
        toegankelijk is voor alle medewerkers van de aangesloten scholen. Wij nemen deel aan het landelijke netwerk
        van samenwerkingsverbanden en aan regionale overleggen met andere verbanden."""),
        H2(f"{c['gov_nr']}.5 Contact met scholen en partners"),
        P("""Het bureau houdt de scholen op de hoogte via een digitale nieuwsbrief, die ongeveer acht keer per jaar
        verschijnt, en via het besloten deel van de website. Iedere school heeft een vaste contactpersoon op het
        bureau. Met partners zoals de jeugdgezondheidszorg, de leerplichtafdelingen en de jeugdhulpaanbieders
        overleggen we in vaste structuren. Het jaarverslag en het jaarplan worden openbaar gemaakt."""),
    ]


def medezeggenschap(c, samenstelling=True):
    blocks = [H1(f"{c['mz_nr']} Medezeggenschap")]
    if samenstelling:
        blocks.append(P(f"""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR bestaat uit
        {c['opr_leden']} leden: de helft is afgevaardigd door het personeel, de andere helft door ouders en
        leerlingen van de aangesloten scholen. De leden worden gekozen uit en door de medezeggenschapsraden.
        De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan."""))
    else:
        blocks.append(P("""Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) met
        instemmingsrecht op het ondersteuningsplan. Daarnaast heeft het samenwerkingsverband als werkgever een
        eigen medezeggenschapsraad voor het personeel van het bureau."""))
    blocks.append(P(f"""De OPR is vanaf het begin betrokken bij de totstandkoming van dit plan. In drie
    bijeenkomsten is het concept besproken; de opmerkingen van de raad zijn verwerkt. De OPR heeft op
    {c['opr_datum']} ingestemd met het ondersteuningsplan. De directeur-bestuurder overlegt ten minste vier keer
    per jaar met de OPR. De OPR ontvangt jaarlijks het jaarplan, de begroting en het jaarverslag ter
    informatie."""))
    return blocks


def oogo(c, inhoudelijk=True):
    blocks = [H1(f"{c['oogo_nr']} Samenwerking met gemeenten")]
    blocks.append(P(f"""Over het concept van dit ondersteuningsplan is op overeenstemming gericht overleg
    (OOGO) gevoerd met de colleges van burgemeester en wethouders van de gemeenten in de regio. Het OOGO vond
    plaats op {c['oogo_datum']}. De gemeenten hebben ingestemd met het concept; hun reactie is opgenomen in het
    verslag van het overleg. Ook is overleg gevoerd met het samenwerkingsverband {c['ander_swv']}, waarvan het
    gebied gedeeltelijk overlapt met het onze."""))
    if inhoudelijk:
        blocks.append(P("""Met de gemeenten werken wij samen aan de aansluiting tussen onderwijs en jeugdhulp.
        Iedere school heeft een vaste contactpersoon van het lokale team of wijkteam, die deelneemt aan het
        ondersteuningsteam van de school. Voor leerlingen die zowel onderwijs als zorg nodig hebben, zetten
        wij samen met de gemeente onderwijs-zorgarrangementen op, waarbij de gemeente de zorgcomponent
        financiert en het samenwerkingsverband de onderwijscomponent. Jaarlijks bespreken we in een bestuurlijk
        overleg de gezamenlijke agenda, met onderwerpen als leerlingenvervoer, onderwijshuisvesting en de
        aansluiting op de arbeidsmarkt."""))
    else:
        blocks.append(P("""Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten en vallen
        buiten dit plan. Het samenwerkingsverband adviseert de gemeenten desgevraagd over deze onderwerpen."""))
    return blocks


def personeel(c):
    return [
        H1(f"{c['pers_nr']} Personeel en professionalisering"),
        P(f"""De kwaliteit van onderwijs en ondersteuning staat of valt met de mensen die het werk doen. Het
        samenwerkingsverband is werkgever van de medewerkers van het bureau en van {c['pers_extra']}. Voor hen
        geldt de cao van de sector. Wij investeren in de deskundigheid van onze medewerkers door een
        scholingsbudget per medewerker, intervisie en deelname aan landelijke netwerken."""),
        P("""Daarnaast organiseert het samenwerkingsverband netwerkbijeenkomsten voor schoolleiders,
        ondersteuningscoördinatoren en intern begeleiders. In deze netwerken worden ervaringen gedeeld en
        nieuwe inzichten besproken. Het jaarlijkse scholingsaanbod wordt in overleg met de scholen samengesteld
        en staat open voor alle medewerkers van de aangesloten scholen. De krapte op de arbeidsmarkt vraagt om
        creativiteit: we verkennen met de besturen de mogelijkheden van gezamenlijke pools van specialisten."""),
    ]


def ict(c):
    return [
        H1(f"{c['ict_nr']} ICT, privacy en gegevensbeheer"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen
        gegevens over gezondheid. Dat doen we alleen voor zover dat nodig is voor de wettelijke taken en in
        overeenstemming met de Algemene verordening gegevensbescherming (AVG). Het bureau werkt met een
        beveiligde digitale omgeving waarin dossiers worden uitgewisseld. Medewerkers hebben alleen toegang
        tot de gegevens die zij voor hun werk nodig hebben."""),
        P("""Dossiers worden bewaard tot drie jaar na het laatste besluit, tenzij een langere termijn wettelijk
        verplicht is. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld en
        beschikt over een privacyreglement en een protocol datalekken. Jaarlijks wordt een
        informatiebeveiligingsscan uitgevoerd. Nieuwe applicaties worden pas in gebruik genomen na een
        gegevensbeschermingseffectbeoordeling."""),
    ]


def planning(c):
    return [
        H1(f"{c['plan_nr']} Planning, vaststelling en looptijd"),
        P(f"""Dit ondersteuningsplan heeft een looptijd van vier schooljaren: {c['periode']}. Het plan is
        als volgt tot stand gekomen en vastgesteld:"""),
        TABLE([["Stap", "Datum"],
               ["Concept besproken in algemeen bestuur", c["concept_datum"]],
               ["OOGO met gemeenten", c["oogo_datum"]],
               ["Instemming ondersteuningsplanraad", c["opr_datum"]],
               ["Vaststelling door algemeen bestuur", c["vast_datum"]],
               ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei " + c["jaar1"]]]),
        P("""Tussentijdse wijzigingen van het plan worden ter instemming aan de ondersteuningsplanraad
        voorgelegd. Het plan wordt halverwege de looptijd tussentijds bezien. Het plan wordt gepubliceerd
        op de website van het samenwerkingsverband en toegestuurd aan de Inspectie van het Onderwijs."""),
    ]


def begrippen(extra=()):
    base = [
        ["Begrip", "Omschrijving"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat binnen het samenwerkingsverband op iedere school beschikbaar is."],
        ["Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt, vaak in de vorm van een arrangement."],
        ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen, afgestemd op de ondersteuningsbehoefte."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."],
        ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
        ["OPP", "Ontwikkelingsperspectiefplan: plan met de verwachte uitstroom en de ondersteuning van een leerling."],
        ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen over passend onderwijs."],
        ["Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
        ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs of vso."],
        ["Verdeelmodel", "De afspraken over de manier waarop de ondersteuningsmiddelen over de besturen worden verdeeld."],
        ["Beoogde resultaten", "De resultaten die het samenwerkingsverband met de inzet van middelen wil bereiken."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."],
        ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."],
    ]
    return [H1("Bijlage 1 Begrippenlijst"), TABLE(base + [list(e) for e in extra])]


def afkortingen(sector):
    rows = [["Afkorting", "Betekenis"], ["AB", "Ambulante begeleiding"], ["AVG", "Algemene verordening gegevensbescherming"],
            ["DUO", "Dienst Uitvoering Onderwijs"], ["IB", "Intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"], ["OPR", "Ondersteuningsplanraad"],
            ["OT", "Ondersteuningsteam"], ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"]]
    if sector == "vo":
        rows += [["LWOO", "Leerwegondersteunend onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                 ["PrO", "Praktijkonderwijs"], ["VSO", "Voortgezet speciaal onderwijs"]]
    else:
        rows += [["SBO", "Speciaal basisonderwijs"], ["SO", "Speciaal onderwijs"], ["VVE", "Voor- en vroegschoolse educatie"]]
    return [H1("Bijlage 2 Afkortingenlijst"), TABLE(rows)]


def titlepage(lines):
    return [("title", lines), ("pb", None)]


# ===========================================================================
# Plan A: large VO verband, Word. BO P, PL P, TS partial (procedure), FI P, DA P, RE missing, OU P
# ===========================================================================
A = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelrug-Eemvallei", kort="SWV VO Heuvelrug-Eemvallei",
         periode="2026-2027 tot en met 2029-2030", speciaal="voortgezet speciaal onderwijs, het praktijkonderwijs en het lwoo",
         jaar0="2025", jaar1="2026", besturen=19,
         regio_zin="Samen hebben zij 41 vestigingen voor voortgezet onderwijs, waaronder vier scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs.",
         gemeenten=[("Amersfoort", 14, 13120), ("Veenendaal", 6, 5480), ("Zeist", 7, 5910), ("Rhenen", 2, 1240),
                    ("Leusden", 3, 1860), ("Woudenberg", 2, 760), ("Soest", 4, 3050), ("Utrechtse Heuvelrug", 3, 2180)],
         gov_nr="9", bureau_fte="31,4", stad="Amersfoort", mz_nr="10", opr_leden="twaalf", opr_datum="24 maart 2026",
         oogo_nr="11", oogo_datum="10 maart 2026", ander_swv="PO Eemland-Heuvelrug",
         pers_nr="12", pers_extra="de ambulant begeleiders en de medewerkers van het OPDC", ict_nr="13", plan_nr="14",
         concept_datum="21 januari 2026", vast_datum="14 april 2026")


def plan_a():
    c = A
    b = titlepage(["Ondersteuningsplan 2026-2030", c["naam"], "VO 26-91", "Samen sterk voor elke leerling",
                   "Vastgesteld door het algemeen bestuur op 14 april 2026"])
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Het samenwerkingsverband in beeld", "3 Visie, missie en uitgangspunten",
                      "4 Ondersteuning op drie niveaus", "4.1 Niveau 1: basisondersteuning op elke vestiging",
                      "4.2 Niveau 2: extra ondersteuning en arrangementen", "4.3 Niveau 3: toelaatbaarheid vso, pro en lwoo",
                      "4.4 Na het vso: terugplaatsing en overplaatsing", "5 Een dekkend netwerk", "6 Financiën",
                      "7 Communicatie", "8 Kwaliteitszorg en resultaten", "9 Organisatie en governance",
                      "10 Medezeggenschap", "11 Samenwerking met gemeenten", "12 Personeel en professionalisering",
                      "13 ICT, privacy en gegevensbeheer", "14 Planning, vaststelling en looptijd",
                      "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingenlijst"]))
    b.append(("pb", None))
    b += [H1("Voorwoord"),
          P("""Voor u ligt het ondersteuningsplan 2026-2030 van ons samenwerkingsverband. Het is het vierde plan sinds
          de invoering van passend onderwijs en het eerste dat is geschreven na de grote evaluatie van de afgelopen jaren.
          We hebben geleerd dat een plan pas werkt als het herkenbaar is voor de mensen die ermee werken: de mentor,
          de ondersteuningscoördinator, de schoolleider, en natuurlijk de leerling en zijn ouders. We hebben daarom
          geprobeerd helder op te schrijven wat we met elkaar afspreken."""),
          P("""Ik dank iedereen die aan dit plan heeft bijgedragen: de leden van de schrijfgroep, de
          ondersteuningsplanraad, de wethouders en beleidsmedewerkers van de acht gemeenten, en de vele
          medewerkers van scholen die in de themabijeenkomsten hun ervaringen deelden. Ik hoop dat dit plan
          richting geeft en ruimte laat.""" ),
          P("Drs. M. (Marieke) van Hooijdonk, directeur-bestuurder")]
    b += inleiding(c) + context(c) + visie(c)
    b += [H1("4 Ondersteuning op drie niveaus"),
          P("""In ons samenwerkingsverband onderscheiden we drie niveaus van ondersteuning. Niveau 1 is de
          basisondersteuning die iedere vestiging biedt. Niveau 2 is de extra ondersteuning die een school, al dan
          niet met hulp van het samenwerkingsverband, in de vorm van een arrangement inzet. Niveau 3 is de
          ondersteuning in het voortgezet speciaal onderwijs of in een voorziening die daaraan gelijk te stellen is."""),
          H2("4.1 Niveau 1: basisondersteuning op elke vestiging"),
          P("""De besturen hebben in dit plan met elkaar afgesproken welke basisondersteuning alle 41 vestigingen ten
          minste bieden. Dit is de ondergrens in ons samenwerkingsverband: geen vestiging biedt minder, ongeacht het
          bestuur, de omvang of de onderwijssoort. Een school mag meer bieden en legt dat vast in haar schoolgids.
          Ouders en leerlingen kunnen op iedere vestiging rekenen op het volgende:"""),
          UL(["""een ondersteuningscoördinator die ten minste 0,4 fte per 500 leerlingen beschikbaar is en het
              aanspreekpunt is voor ouders, mentoren en externe partners;""",
              """een mentor per klas met een wekelijks mentoruur en ten minste drie individuele gesprekken per
              leerling per schooljaar;""",
              """een dyslexie- en dyscalculieprotocol met faciliteiten zoals 20% extra toetstijd, vergrote opgaven en
              voorleessoftware;""",
              """trainingen in sociale vaardigheden, faalangstreductie en examenvrees, ten minste eenmaal per
              schooljaar aangeboden;""",
              "begeleiding bij plannen en organiseren (executieve functies) door een daartoe geschoolde coach;",
              "een opvangruimte met een vaste medewerker voor leerlingen die tijdelijk niet in de les kunnen zijn;",
              """een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de jeugdarts, de
              leerplichtambtenaar en de schoolmaatschappelijk werker;""",
              "een protocol medisch handelen en afspraken over medicijnverstrekking;",
              "extra taalondersteuning voor leerlingen die korter dan twee jaar in Nederland wonen."]),
          P("""Of de vestigingen deze basisondersteuning waarmaken, bespreken de ondersteuningscoördinator en een
          consulent van het samenwerkingsverband jaarlijks aan de hand van een kwaliteitskaart. Blijft een vestiging
          op onderdelen achter, dan maakt het bestuur een verbeterplan met een termijn van ten hoogste één
          schooljaar."""),
          H2("4.2 Niveau 2: extra ondersteuning en arrangementen"),
          P("""Wanneer de basisondersteuning niet volstaat, stelt de school met de leerling en de ouders een
          ontwikkelingsperspectiefplan (OPP) op en zet zij een arrangement in. Scholen bekostigen lichte
          arrangementen uit hun schoolbudget (zie hoofdstuk 6). Voor zwaardere arrangementen, zoals een
          tijdelijke plaatsing in het OPDC of ambulante begeleiding vanuit het vso, doet de school een aanvraag bij de
          Commissie Toelaatbaarheid en Arrangementen (CTA) van het samenwerkingsverband."""),
          H2("4.3 Niveau 3: toelaatbaarheid vso, pro en lwoo"),
          P("""Een leerling kan alleen worden ingeschreven op een school voor voortgezet speciaal onderwijs als het
          samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. Hetzelfde geldt voor het
          praktijkonderwijs. Voor leerwegondersteunend onderwijs geeft het samenwerkingsverband een aanwijzing
          lwoo af."""),
          P("""De aanvraag voor een TLV wordt ingediend door het bestuur van de school waar de leerling is
          ingeschreven of aangemeld, via het digitale loket van het samenwerkingsverband. Bij de aanvraag horen het
          actuele OPP met een evaluatie van ten minste twee ondersteuningscycli, het verslag van het laatste
          ondersteuningsteam en de zienswijze van de ouders. Het loket controleert binnen vijf werkdagen of de
          aanvraag volledig is. Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een
          orthopedagoog of GZ-psycholoog en, afhankelijk van de leerling, een jeugdarts, maatschappelijk werker of
          kinder- en jeugdpsychiater. Geen van beiden is bij de aanvraag betrokken geweest. De CTA besluit binnen
          zes weken na ontvangst van de volledige aanvraag en stuurt de ouders een afschrift van de adviezen."""),
          P("""De CTA verklaart een leerling toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"""),
          UL(["""de school heeft aantoonbaar de basisondersteuning en ten minste één passend arrangement ingezet en
              geëvalueerd;""",
              """de ondersteuningsbehoefte ligt op twee of meer domeinen (leren, gedrag, sociaal-emotioneel,
              lichamelijk of medisch) en vraagt om een voortdurende, integrale structuur die een reguliere
              vestiging ook met een arrangement niet kan bieden;""",
              "beide deskundigen adviseren positief."]),
          P("""Een TLV wordt afgegeven voor ten hoogste twee schooljaren en eindigt op 31 juli. In de regel geldt
          bekostigingscategorie laag; de categorieën midden en hoog worden toegekend bij een lichamelijke of
          meervoudige beperking. Voor het praktijkonderwijs en het lwoo hanteert de CTA de landelijke criteria
          (intelligentie en leerachterstand, en voor het lwoo ook sociaal-emotionele problematiek). Tegen een besluit
          kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken; het samenwerkingsverband is
          aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
          H2("4.4 Na het vso: terugplaatsing en overplaatsing"),
          P("""Het vso is voor veel leerlingen een tijdelijke plek. Ons beleid is dat een leerling terugkeert naar
          een reguliere school zo dicht mogelijk bij huis zodra de ondersteuningsbehoefte dat toelaat, en dat een
          leerling nooit langer in het vso blijft dan nodig. Voorwaarde is dat de ontvangende school in staat is de
          leerling te bieden wat hij nodig heeft. Daarom krijgt iedere teruggeplaatste leerling een
          terugkeerarrangement van maximaal één schooljaar: ambulante begeleiding door een medewerker van de
          vso-school en een budget voor de ontvangende school dat het samenwerkingsverband betaalt."""),
          P("""Hoe de stappen, beslismomenten en de rolverdeling tussen vso-school, ontvangende school en
          samenwerkingsverband er precies uit gaan zien, werken de vso-directeuren en de ondersteuningscoördinatoren
          in schooljaar 2026-2027 gezamenlijk uit in een stappenplan. Dat stappenplan wordt na instemming van de OPR
          aan dit ondersteuningsplan toegevoegd.""")]
    b += [H1("5 Een dekkend netwerk"),
          P("""Ons doel is een samenhangend geheel van voorzieningen binnen en tussen de scholen, zodat iedere jongere
          een passende plek heeft. Het netwerk bestaat uit de basisondersteuning op alle vestigingen, de
          arrangementen op de scholen, de bovenschoolse voorzieningen en het vso."""),
          TABLE([["Voorziening", "Voor wie", "Capaciteit"],
                 ["OPDC De Brug (Amersfoort)", "leerlingen vmbo-havo die tijdelijk een kleinere, gestructureerde omgeving nodig hebben; maximaal twee jaar", "60 plaatsen"],
                 ["Reboundvoorziening Op de Rails", "time-out van 6 tot 12 weken bij ernstige gedragsproblemen", "16 plaatsen"],
                 ["Plusvoorziening Veenendaal", "leerlingen met dreigende schooluitval, gericht op een startkwalificatie", "24 plaatsen"],
                 ["Schakelklassen ISK", "nieuwkomers, eerste twee jaar", "120 plaatsen"],
                 ["Vso-scholen (3)", "leerlingen met een TLV, cluster 3 en 4", "ongeveer 540 leerlingen"],
                 ["Onderwijs-zorgarrangementen", "leerlingen die onderwijs en jeugdhulp gecombineerd nodig hebben", "op maat"]]),
          P("""Scholen die een aangemelde leerling niet zelf kunnen plaatsen, zoeken binnen hun zorgplicht in het
          netwerk een passende plek. Lukt dat niet binnen zes weken, dan neemt de trajectbegeleider van het
          samenwerkingsverband de regie over."""),
          H2("5.1 Witte vlekken en thuiszitters"),
          P("""Ieder jaar in februari inventariseert het bureau met de ondersteuningscoördinatoren en de
          leerplichtambtenaren welke leerlingen geen passende plek hebben en waar het aanbod tekortschiet. De
          uitkomst bespreken we in het directeurenoverleg, dat besluit over aanpassingen van het aanbod. Elke zes
          weken komt de thuiszitterstafel bijeen, met leerplicht, jeugdhulp en het samenwerkingsverband. Als binnen
          vier weken geen oplossing is gevonden, escaleert de trajectbegeleider naar de directeur-bestuurder, die
          doorzettingsmacht heeft om een school of voorziening te vragen de leerling tijdelijk te plaatsen. Uit de
          laatste inventarisatie bleek dat er geen passend aanbod is voor hoogbegaafde leerlingen met autisme;
          daarvoor start in 2027 een pilot op twee vestigingen.""")]
    b += [H1("6 Financiën"),
          P("""Het samenwerkingsverband ontvangt jaarlijks ondersteuningsmiddelen van het Rijk voor lichte en zware
          ondersteuning, en middelen voor lwoo en praktijkonderwijs. Een deel daarvan wordt door DUO rechtstreeks
          ingehouden voor de bekostiging van het vso."""),
          H2("6.1 Verdeling"),
          P("""Het algemeen bestuur stelt jaarlijks in december de verdeling vast op basis van het verdeelmodel in
          dit plan. De middelen voor lichte ondersteuning gaan als schoolbudget naar de besturen: een vaste voet van
          € 25.000 per vestiging plus € 118 per leerling, op basis van het leerlingaantal op 1 oktober van het
          voorgaande jaar. De middelen voor lwoo en praktijkonderwijs worden doorbetaald naar rato van het aantal
          aanwijzingen en TLV's pro. Uit de middelen voor zware ondersteuning betaalt het samenwerkingsverband de
          bovenschoolse voorzieningen, de arrangementen die de CTA toekent en de afdracht vso. De besturen leggen
          jaarlijks in hun jaarverslag verantwoording af over de besteding van het schoolbudget."""),
          H2("6.2 Meerjarenbegroting"),
          TABLE([["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten ondersteuningsmiddelen", "23.410", "23.120", "22.860", "22.600"],
                 ["Baten lwoo en pro", "11.980", "11.850", "11.700", "11.560"],
                 ["Afdracht vso via DUO", "-8.940", "-8.890", "-8.850", "-8.800"],
                 ["Schoolbudgetten besturen", "-6.540", "-6.480", "-6.420", "-6.360"],
                 ["Doorbetaling lwoo en pro", "-11.980", "-11.850", "-11.700", "-11.560"],
                 ["Bovenschoolse voorzieningen", "-5.320", "-5.350", "-5.380", "-5.400"],
                 ["Arrangementen CTA en terugkeerarrangementen", "-1.450", "-1.480", "-1.500", "-1.520"],
                 ["Bureau en personeel", "-2.210", "-2.250", "-2.290", "-2.330"],
                 ["Saldo", "-1.050", "-1.330", "-1.580", "-1.710"]]),
          P("""De negatieve saldi zijn bewust begroot: het samenwerkingsverband bouwt de reserves af naar het niveau
          van de signaleringswaarde. Het weerstandsvermogen daalt daarmee van 14% naar ongeveer 6% van de baten.""")]
    b += [H1("7 Communicatie"),
          P("""Goede communicatie is een voorwaarde voor passend onderwijs. In dit hoofdstuk beschrijven we hoe wij
          communiceren met scholen, ouders, leerlingen en partners."""),
          H2("7.1 Scholen en partners"),
          P("""Scholen ontvangen maandelijks een digitale nieuwsbrief. Het bureau organiseert twee keer per jaar een
          bijeenkomst voor ondersteuningscoördinatoren en jaarlijks een regiodag voor alle partners."""),
          H2("7.2 Ouders en leerlingen"),
          P("""Ouders vinden op de ouderpagina van onze website een overzicht van de basisondersteuning, de
          arrangementen, de bovenschoolse voorzieningen en de procedure voor een TLV. De brochure 'Wegwijs in
          ondersteuning' is beschikbaar in het Nederlands, Engels, Arabisch, Turks en Pools en wordt bij de
          aanmelding op iedere school uitgereikt. Iedere school neemt in de schoolgids een vaste paragraaf op over
          de ondersteuning op die school en in het samenwerkingsverband. Jaarlijks organiseren we in elk van de vier
          deelregio's een informatieavond voor ouders."""),
          P("""Ouders die onafhankelijk advies zoeken of het niet eens zijn met de school of het
          samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Heuvelrug-Eemvallei. Het steunpunt
          is onafhankelijk van de scholen en van het samenwerkingsverband, wordt bemenst door twee
          onderwijsconsulenten en is gratis. Daarnaast kunnen ouders een beroep doen op de landelijke
          Onderwijsconsulenten en bij geschillen over toelating, verwijdering of het OPP op de Geschillencommissie
          passend onderwijs.""")]
    b += [H1("8 Kwaliteitszorg en resultaten"),
          P("""Kwaliteitszorg is voor ons geen doel op zich. Wij willen leren van wat we doen en daarover open zijn.
          De systematiek voor kwaliteitszorg en de beoogde resultaten voor deze planperiode stellen we vast in het
          jaarplan 2026-2027, nadat de nieuwe directeur kwaliteit in dienst is getreden. Over de uitvoering leggen wij
          jaarlijks verantwoording af in het jaarverslag.""")]
    b += governance(c) + medezeggenschap(c) + oogo(c) + personeel(c) + ict(c) + planning(c)
    b += begrippen() + afkortingen("vo")
    return b


# ===========================================================================
# Plan B: small VO verband, Word. BO partial (inhoud), PL partial (criteria), TS missing,
# FI partial (besteding), DA missing, RE present, OU partial (steunpunt)
# ===========================================================================
B = dict(naam="Samenwerkingsverband VO De Zuidwesthoek", kort="SWV De Zuidwesthoek",
         periode="2026-2027 tot en met 2029-2030", speciaal="voortgezet speciaal onderwijs",
         jaar0="2025", jaar1="2026", besturen=4,
         regio_zin="Het gaat om zes vestigingen voor voortgezet onderwijs; er is één school voor vso in de regio, die onder een bestuur buiten ons samenwerkingsverband valt.",
         gemeenten=[("Sluis", 2, 1280), ("Terneuzen", 3, 2110), ("Hulst", 1, 540)],
         gov_nr="9", bureau_fte="4,2", stad="Terneuzen", mz_nr="10", opr_leden="acht", opr_datum="18 maart 2026",
         oogo_nr="11", oogo_datum="4 maart 2026", ander_swv="PO Zeeuws-Vlaanderen",
         pers_nr="12", pers_extra="twee consulenten", ict_nr="13", plan_nr="14",
         concept_datum="14 januari 2026", vast_datum="8 april 2026")


def plan_b():
    c = B
    b = titlepage(["Ondersteuningsplan", c["naam"], "2026 – 2030", "Klein verband, korte lijnen",
                   "Versie na instemming OPR"])
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Het samenwerkingsverband in beeld", "3 Visie, missie en uitgangspunten",
                      "4 Basisondersteuning", "5 Toelaatbaarheid", "6 Middelen en verdeling", "7 Wat willen we bereiken",
                      "8 Ouders en leerlingen", "9 Organisatie en governance", "10 Medezeggenschap",
                      "11 Samenwerking met gemeenten", "12 Personeel en professionalisering", "13 ICT, privacy en gegevensbeheer",
                      "14 Planning, vaststelling en looptijd", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingenlijst",
                      "Bijlage 3 Meerjarenbegroting 2026-2030", "Bijlage 4 Terugplaatsing en dekkend aanbod: afspraken met de vso-school"]))
    b.append(("pb", None))
    b += [H1("Voorwoord"),
          P("""Ons samenwerkingsverband is een van de kleinste van Nederland. Vier besturen, zes vestigingen en een
          bureau van een handvol mensen. Dat heeft nadelen: we hebben weinig schaal om voorzieningen op te zetten en
          elke leerling die buiten de regio naar het vso gaat, merken we direct in de begroting. Maar het heeft ook
          grote voordelen: we kennen elkaar, we kennen de leerlingen en de lijnen zijn kort."""),
          P("""Dit plan is daarom bewust beknopt. Wat we met elkaar afspreken, staat erin; de uitwerking laten we zoveel
          mogelijk aan de scholen. We danken de ondersteuningsplanraad voor de kritische en constructieve bijdrage."""),
          P("J. de Putter, directeur-bestuurder")]
    b += inleiding(c) + context(c) + visie(c)
    b += [H1("4 Basisondersteuning"),
          P("""Alle zes vestigingen bieden hetzelfde, gezamenlijk afgesproken niveau van basisondersteuning. Dat niveau
          is de ondergrens in ons samenwerkingsverband: een leerling kan erop rekenen, op welke vestiging hij ook zit.
          De besturen hebben dit niveau in 2022 met elkaar afgesproken en bevestigen het met dit plan."""),
          P("""Basisondersteuning bestaat in ons samenwerkingsverband uit vier onderdelen, zoals beschreven in het
          landelijke referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, de
          onderwijsondersteuningsstructuur en planmatig werken."""),
          P("""Hoe iedere vestiging deze vier onderdelen concreet invult, welke interventies zij inzet en welke
          specialisten beschikbaar zijn, staat in het schoolondersteuningsprofiel van de vestiging en vanaf
          schooljaar 2026-2027 in de schoolgids. Het samenwerkingsverband verzamelt deze documenten jaarlijks.""")]
    b += [H1("5 Toelaatbaarheid"),
          P("""Voor plaatsing op een school voor voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring (TLV)
          van het samenwerkingsverband nodig. De vso-school in onze regio valt onder een bestuur dat niet bij ons
          samenwerkingsverband is aangesloten."""),
          H2("5.1 Zo verloopt een aanvraag"),
          UL(["""Stap 1. De ondersteuningscoördinator van de school bespreekt de leerling in het ondersteuningsteam en
              informeert de ouders over het voornemen een TLV aan te vragen.""",
              """Stap 2. Het bestuur van de school dient de aanvraag in via het digitale loket, met het OPP, het
              groeidocument en de zienswijze van de ouders.""",
              """Stap 3. Het bureau controleert de volledigheid binnen één week en legt het dossier voor aan de
              Toelaatbaarheidscommissie (TC): de directeur-bestuurder, een orthopedagoog en een GZ-psycholoog.""",
              "Stap 4. De orthopedagoog en de GZ-psycholoog geven ieder afzonderlijk schriftelijk advies.",
              """Stap 5. De TC neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders
              ontvangen een afschrift van het besluit en van de adviezen."""]),
          P("""Aanvragen voor een aanwijzing lwoo en voor een TLV praktijkonderwijs verlopen via hetzelfde loket en
          volgen dezelfde stappen."""),
          H2("5.2 Afwegingskader"),
          P("""De TC toetst iedere aanvraag aan een afwegingskader. De besturen stellen dit afwegingskader in het
          voorjaar van 2026 opnieuw vast, omdat het oude kader niet meer aansloot bij de praktijk. Tot dat moment
          hanteert de TC de werkwijze van de vorige planperiode. Het nieuwe kader wordt als aanvulling op dit plan ter
          instemming aan de OPR voorgelegd.""")]
    b += [H1("6 Middelen en verdeling"),
          P("""Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning, voor lwoo en
          voor praktijkonderwijs. De bekostiging van leerlingen in het vso wordt door DUO rechtstreeks op onze
          middelen ingehouden."""),
          P("""De verdeling is eenvoudig: na aftrek van de afdracht vso en de kosten van het bureau verdelen we alle
          resterende ondersteuningsmiddelen naar rato van het aantal leerlingen per vestiging op 1 oktober van het
          voorgaande schooljaar. Lwoo- en pro-middelen gaan naar de besturen op basis van het aantal aanwijzingen
          en TLV's pro op diezelfde datum. Het algemeen bestuur stelt de verdeling ieder jaar in november vast. De
          besturen bepalen zelf hoe zij het schoolbudget inzetten."""),
          TABLE([["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                 ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Afdracht vso", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."]]),
          P("""De bedragen in de meerjarenbegroting worden ingevuld zodra de rijksbijdragen voor 2026 definitief
          bekend zijn. De volledige meerjarenbegroting volgt als bijlage 3.""")]
    b += [H1("7 Wat willen we bereiken"),
          P("""In de vorige planperiode hebben we vooral gewerkt aan de basis. Voor deze periode kiezen we vier
          doelen voor leerlingen die extra ondersteuning nodig hebben. Per doel staat hieronder waar we nu staan
          en waar we in 2030 willen staan."""),
          TABLE([["Doel", "Indicator", "Stand 2024-2025", "Streefwaarde 2029-2030"],
                 ["Leerlingen met een OPP halen hun doelen", "aandeel OPP's waarvan de doelen bij evaluatie (grotendeels) zijn behaald", "71%", "85%"],
                 ["Leerlingen kunnen dicht bij huis naar school", "deelnamepercentage vso (1 oktober)", "3,9%", "3,2% of lager"],
                 ["Snelle duidelijkheid voor leerlingen", "TLV-besluiten binnen zes weken", "82%", "95%"],
                 ["Leerlingen met ondersteuning stromen goed door", "leerlingen met OPP die na twee jaar nog op dezelfde school zitten of diplomeren", "78%", "85%"]]),
          P("""De ondersteuningscoördinatoren registreren de evaluaties van de OPP's twee keer per jaar, in januari
          en juni, in het leerlingvolgsysteem; het bureau haalt de gegevens op en maakt een kwartaalrapportage voor
          het algemeen bestuur met de actuele stand per indicator. Gegevens over het vso halen we uit de
          DUO-telling van 1 oktober. Elk voorjaar bespreken we de cijfers met de schoolleiders en de OPR; als een
          indicator twee metingen op rij achterblijft, stelt het bestuur een verbeteractie vast. De bereikte resultaten
          en de daarvoor ingezette middelen staan elk jaar in het jaarverslag.""")]
    b += [H1("8 Ouders en leerlingen"),
          P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Bij de aanmelding ontvangen ouders van de
          mentor de folder 'Ondersteuning in de Zuidwesthoek', die uitlegt wat de school biedt, wanneer extra
          ondersteuning mogelijk is en hoe een TLV wordt aangevraagd. Dezelfde informatie staat op de ouderpagina van
          de website. Iedere school neemt een paragraaf over ondersteuning op in de schoolgids. Elk jaar in november
          organiseren we in Terneuzen een informatieavond over ondersteuning voor ouders van brugklasleerlingen."""),
          P("""Ouders met vragen kunnen contact opnemen met de ondersteuningscoördinator van de school of met het
          bureau van het samenwerkingsverband. Een onafhankelijk ouder- en jeugdsteunpunt richten we samen met het
          samenwerkingsverband PO in; naar verwachting start dit steunpunt in de loop van schooljaar 2026-2027. Hoe
          ouders het steunpunt kunnen bereiken, maken we bekend zodra het van start gaat.""")]
    b += governance(c) + medezeggenschap(c) + oogo(c, inhoudelijk=False) + personeel(c) + ict(c) + planning(c)
    b += begrippen() + afkortingen("vo")
    b += [H1("Bijlage 3 Meerjarenbegroting 2026-2030"), P("Volgt na vaststelling van de begroting 2026."),
          H1("Bijlage 4 Terugplaatsing en dekkend aanbod: afspraken met de vso-school"),
          P("""Deze bijlage wordt opgesteld in overleg met het bestuur van de vso-school en na vaststelling
          toegevoegd.""")]
    return b


# ===========================================================================
# Plan C: medium VO verband, PDF. BO P (content in table), PL P, TS P (inside TLV chapter),
# FI P ("Geld en middelen"), DA partial (lacunes), RE partial (doelen), OU missing
# ===========================================================================
C = dict(naam="Samenwerkingsverband VO Groot-Veluwezoom", kort="SWV VO Groot-Veluwezoom",
         periode="2026-2027 tot en met 2029-2030", speciaal="vso, het praktijkonderwijs en het lwoo",
         jaar0="2025", jaar1="2026", besturen=9,
         regio_zin="Zij hebben samen 17 vestigingen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en één vso-school met twee locaties.",
         gemeenten=[("Rheden", 4, 3020), ("Rozendaal", 0, 0), ("Renkum", 3, 2240), ("Ede", 7, 6890), ("Wageningen", 3, 2510), ("Arnhem-Noord", 3, 2760)],
         gov_nr="9", bureau_fte="12,8", stad="Ede", mz_nr="10", opr_leden="tien", opr_datum="26 maart 2026",
         oogo_nr="11", oogo_datum="12 maart 2026", ander_swv="PO Veluwezoom-Vallei",
         pers_nr="12", pers_extra="de medewerkers van het OPDC", ict_nr="13", plan_nr="14",
         concept_datum="28 januari 2026", vast_datum="15 april 2026")


def plan_c():
    c = C
    b = titlepage(["Ondersteuningsplan 2026-2030", c["naam"], "VO 25-93", "Doorgaan waar het kan, bijsturen waar het moet"])
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Het samenwerkingsverband in beeld", "3 Visie, missie en uitgangspunten",
                      "4 Wat iedere school biedt", "5 Ondersteuningsroute en voorzieningen", "6 Toelaatbaarheid",
                      "7 Geld en middelen", "8 Kwaliteitszorg", "9 Organisatie en governance", "10 Medezeggenschap",
                      "11 Samenwerking met gemeenten", "12 Personeel en professionalisering", "13 ICT, privacy en gegevensbeheer",
                      "14 Planning, vaststelling en looptijd", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingenlijst"]))
    b.append(("pb", None))
    b += [H1("Voorwoord"),
          P("""Dit plan is geschreven voor schoolleiders, ondersteuningscoördinatoren, mentoren, ouders en
          ketenpartners. Het bouwt voort op het vorige plan: veel werkt goed en dat houden we vast. Tegelijk zijn er
          onderwerpen waar we scherper moeten worden. Die staan in dit plan benoemd."""),
          P("""Wij danken de ondersteuningsplanraad, de gemeenten en alle collega's die hebben meegedacht."""),
          P("A. Brouwer-Kamphuis, directeur-bestuurder")]
    b += inleiding(c) + context(c) + visie(c, ouders=False)
    b += [H1("4 Wat iedere school biedt"),
          P("""In ons samenwerkingsverband is afgesproken dat iedere vestiging, inclusief de scholen voor
          praktijkonderwijs, ten minste de onderstaande voorzieningen heeft. Samen vormen zij de basisondersteuning
          van Groot-Veluwezoom. Een vestiging die daar structureel niet aan voldoet, krijgt van het algemeen bestuur
          een verbeteropdracht."""),
          TABLE([["Domein", "Wat op elke vestiging aanwezig is"],
                 ["Ondersteuningsstructuur", "ondersteuningscoördinator (minimaal 16 uur per week); ondersteuningsteam met jeugdarts en jeugdprofessional van de gemeente, maandelijks"],
                 ["Lezen en rekenen", "dyslexie- en dyscalculiebeleid met compenserende en dispenserende maatregelen; remedial teaching tot 20 lessen per jaar"],
                 ["Gedrag en welbevinden", "anti-pestprogramma; SOVA- en weerbaarheidstraining; time-out- en opvangruimte met toezicht"],
                 ["Leren leren", "begeleiding executieve functies; huiswerkklas drie middagen per week"],
                 ["Medisch", "protocol medisch handelen; aangepaste roosters bij langdurige ziekte in overleg met de jeugdarts"],
                 ["Meer- en hoogbegaafdheid", "signalering in de brugklas; verrijkingsaanbod binnen de lessen"]]),
          P("""Iedere vestiging legt in de schoolgids vast hoe zij deze voorzieningen organiseert. Extra ondersteuning
          is alles wat boven deze tabel uitgaat.""")]
    b += [H1("5 Ondersteuningsroute en voorzieningen"),
          P("""Het samenwerkingsverband kent een ondersteuningsroute van vier niveaus. Op niveau 1 en 2 biedt de
          school de basisondersteuning en lichte arrangementen binnen de eigen vestiging. Op niveau 3 zet de school,
          met inzet van een consulent van het samenwerkingsverband, een bovenschools arrangement in. Niveau 4 is het
          vso of een voorziening voor langere tijd."""),
          TABLE([["Niveau", "Voorzieningen"],
                 ["1 en 2 – school", "basisondersteuning; lichte arrangementen uit het schoolbudget, bijvoorbeeld een trajectvoorziening of extra begeleiding"],
                 ["3 – bovenschools", "OPDC Veluwezoom (40 plaatsen, maximaal 2 jaar); Time-outvoorziening Oosterbeek (12 weken); ambulante begeleiding vanuit het vso; plusvoorziening voor dreigende uitvallers"],
                 ["4 – gespecialiseerd", "vso Groot-Veluwezoom (cluster 4, twee locaties); vso cluster 3 buiten de regio; onderwijs-zorgarrangementen met de gemeenten"]]),
          P("""Waar ons aanbod nog tekortschiet, brengen we in 2027 in kaart met een analyse van de witte vlekken. De
          afspraken over thuiszitters en leerlingen zonder passende plek worden vastgelegd in een convenant met de
          gemeenten dat op dit moment in voorbereiding is. Beide documenten worden na vaststelling aan dit plan
          toegevoegd.""")]
    b += [H1("6 Toelaatbaarheid"),
          H2("6.1 De aanvraag"),
          P("""Het bestuur van de school waar de leerling staat ingeschreven vraagt een TLV aan bij de
          Toelaatbaarheidscommissie (TLC) van het samenwerkingsverband. Het dossier bestaat uit het OPP, de evaluatie van
          het bovenschoolse arrangement en het verslag van het ondersteuningsteam. De TLC besluit binnen zes weken;
          in spoedsituaties binnen tien werkdagen. Voor praktijkonderwijs en lwoo volgt de TLC dezelfde route."""),
          H2("6.2 Wanneer toelaatbaar"),
          P("""Een leerling komt in aanmerking voor het vso wanneer de school ook met een bovenschools arrangement op
          niveau 3 handelingsverlegen blijft en de ondersteuningsbehoefte zo intensief en langdurig is dat alleen een
          gespecialiseerde setting kan voorzien in wat nodig is. Dit blijkt uit een OPP met ten minste twee
          geëvalueerde cycli. Bij een acute onveiligheid voor de leerling of anderen kan de eis van twee cycli
          vervallen. Voor praktijkonderwijs en lwoo gelden de landelijke criteria."""),
          H2("6.3 Deskundigen"),
          P("""Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog van het
          samenwerkingsverband en een tweede deskundige die past bij de vraag, zoals een kinder- en jeugdpsychiater of
          een jeugdarts."""),
          H2("6.4 Duur"),
          P("""Een TLV wordt afgegeven voor één, twee of drie schooljaren, in bekostigingscategorie laag, midden of
          hoog."""),
          H2("6.5 Na afloop van de TLV"),
          P("""Het vso is geen eindstation. Ons uitgangspunt is dat iedere leerling die dat kan, terugkeert naar het
          reguliere voortgezet onderwijs, bij voorkeur op een school in de eigen woonplaats. Een leerling keert terug
          wanneer uit de evaluatie van het OPP blijkt dat hij de structuur van het vso niet meer nodig heeft en een
          reguliere vestiging met een arrangement kan bieden wat hij nodig heeft."""),
          P("""Uiterlijk in januari van het laatste jaar van de TLV evalueert de vso-school het OPP en geeft zij een
          advies: terugkeer, overplaatsing naar een andere vorm van onderwijs, of verlenging. Bij een advies tot
          terugkeer neemt de vso-school contact op met een reguliere school en organiseert zij een overdrachtsgesprek
          met de ondersteuningscoördinator van die school. De ontvangende school besluit over de inschrijving. Bij
          een advies tot verlenging vraagt de vso-school vóór 1 april een nieuwe TLV aan; de TLC besluit vóór 1 mei."""),
          P("""De ontvangende school krijgt van het samenwerkingsverband een terugkeerbudget van € 4.500 per leerling
          en zes maanden ambulante begeleiding door de vso-school. Na drie en na zes maanden evalueren de scholen
          samen hoe het gaat.""")]
    b += [H1("7 Geld en middelen"),
          P("""Het samenwerkingsverband werkt met een expertisemodel. De middelen voor lichte ondersteuning gaan als
          schoolbudget naar de besturen, op basis van € 95 per leerling (teldatum 1 oktober) en een vaste voet van
          € 15.000 per vestiging. De middelen voor zware ondersteuning houdt het samenwerkingsverband aan voor de
          afdracht vso, de bovenschoolse voorzieningen en de arrangementen op niveau 3, die op aanvraag via een consulent
          worden toegekend volgens de criteria in de handleiding van het loket. Het algemeen bestuur stelt de
          verdeling jaarlijks vast bij de begroting."""),
          TABLE([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Totale baten", "18.240", "18.010", "17.820", "17.650"],
                 ["Afdracht vso", "6.120", "6.080", "6.050", "6.020"],
                 ["Schoolbudgetten", "2.080", "2.060", "2.040", "2.020"],
                 ["Lwoo en pro (doorbetaling)", "7.150", "7.050", "6.960", "6.870"],
                 ["Bovenschoolse voorzieningen en arrangementen", "2.310", "2.330", "2.350", "2.360"],
                 ["Terugkeerbudgetten", "90", "90", "90", "90"],
                 ["Bureau", "1.120", "1.140", "1.160", "1.180"],
                 ["Resultaat", "-630", "-740", "-830", "-890"]]),
          P("""Het negatieve resultaat wordt gedekt uit de algemene reserve, die daarmee eind 2029 uitkomt op het
          niveau van de signaleringswaarde.""")]
    b += [H1("8 Kwaliteitszorg"),
          P("""Het bureau houdt een dashboard bij dat ieder kwartaal wordt geactualiseerd en in het algemeen bestuur
          wordt besproken. Het dashboard bevat het aantal TLV's en arrangementen per bestuur, het deelnamepercentage
          vso en pro, de doorlooptijden van aanvragen en het gebruik van de bovenschoolse voorzieningen. Jaarlijks in
          juni evalueren we met iedere school het afgelopen jaar; de uitkomsten staan in het jaarverslag. Eens in de
          twee jaar laten we een externe audit uitvoeren op de werkwijze van de TLC."""),
          TABLE([["Kengetal (1 oktober 2025)", "Waarde"],
                 ["Deelnamepercentage vso", "4,1%"], ["Deelnamepercentage pro", "2,7%"],
                 ["Afgegeven TLV's vso in 2024-2025", "212"], ["Gemiddelde doorlooptijd TLV", "29 dagen"]]),
          P("""Welke resultaten we in deze planperiode willen bereiken, leggen we vast na de nulmeting in het najaar
          van 2026. Dan formuleren we samen met de besturen de streefwaarden voor de jaren daarna.""")]
    b += governance(c) + medezeggenschap(c, samenstelling=False) + oogo(c) + personeel(c) + ict(c) + planning(c)
    b += begrippen([["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs voor ouders bij vastgelopen onderwijssituaties."]]) + afkortingen("vo")
    return b


# ===========================================================================
# Plan D: PO verband, PDF. BO partial (niveau), PL missing (absent annex), TS P, FI partial (verdeling),
# DA P, RE P, OU P
# ===========================================================================
D = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Kempenland-Noord", kort="SWV PO Kempenland-Noord",
         periode="2026-2027 tot en met 2029-2030", speciaal="speciaal basisonderwijs en het speciaal onderwijs",
         jaar0="2025", jaar1="2026", besturen=11,
         regio_zin="Samen hebben zij 74 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-locaties.",
         gemeenten=[("Oirschot", 9, 1710), ("Best", 10, 2890), ("Son en Breugel", 8, 2110), ("Nuenen", 9, 2480),
                    ("Laarbeek", 11, 2120), ("Meierijstad-Zuid", 15, 3460), ("Sint-Oedenrode", 12, 2270), ("Boxtel", 5, 1180)],
         gov_nr="12", bureau_fte="9,6", stad="Best", mz_nr="13", opr_leden="acht", opr_datum="19 maart 2026",
         oogo_nr="14", oogo_datum="5 maart 2026", ander_swv="VO Eindhoven-Kempen",
         pers_nr="15", pers_extra="de medewerkers van het expertiseteam", ict_nr="16", plan_nr="17",
         concept_datum="22 januari 2026", vast_datum="9 april 2026")


def plan_d():
    c = D
    b = titlepage(["Ondersteuningsplan", c["naam"], "PO 30-97", "2026 – 2030", "Ieder kind een plek"])
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Het samenwerkingsverband in beeld", "3 Visie, missie en uitgangspunten",
                      "4 Terugblik 2022-2026", "5 Basisondersteuning", "6 Een dekkend aanbod", "7 Toelaatbaarheid sbo en so",
                      "8 Terug naar de basisschool", "9 Financiën", "10 Resultaten en monitoring", "11 Ouders",
                      "12 Organisatie en governance", "13 Medezeggenschap", "14 Samenwerking met gemeenten",
                      "15 Personeel en professionalisering", "16 ICT, privacy en gegevensbeheer",
                      "17 Planning, vaststelling en looptijd", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingenlijst",
                      "Bijlage 5 Handreiking toelaatbaarheid sbo en so (procedure, criteria, deskundigen, bezwaar)"]))
    b.append(("pb", None))
    b += [H1("Voorwoord"),
          P("""Met trots presenteren wij het ondersteuningsplan 2026-2030. Het is een plan dat voortbouwt op wat de
          afgelopen jaren is opgebouwd: een netwerk van scholen die elkaar kennen en die samen verantwoordelijkheid nemen
          voor ieder kind in de regio. In de afgelopen periode hebben de scholen veel geïnvesteerd in de ondersteuning
          in de groep, en dat is terug te zien in de cijfers."""),
          P("R. van den Heuvel, directeur-bestuurder")]
    b += inleiding(c) + context(c) + visie(c)
    b += [H1("4 Terugblik 2022-2026"),
          P("""In het vorige ondersteuningsplan stonden vier ambities centraal. Hieronder blikken we kort terug op wat
          er is bereikt. Het deelnamepercentage speciaal basisonderwijs daalde van 2,6% in 2022 naar 2,1% in 2025;
          het deelnamepercentage so bleef stabiel rond 1,7%. Het aantal leerlingen dat langer dan vier weken thuiszat
          daalde van 19 naar 8. De tevredenheid van ouders over de ondersteuning steeg van 7,1 naar 7,6. Niet gehaald
          is de ambitie om op alle scholen een plusgroep te hebben: op 41 van de 74 scholen is die er.""")]
    b += [H1("5 Basisondersteuning"),
          P("""De basisondersteuning op de scholen in ons samenwerkingsverband omvat de volgende voorzieningen:"""),
          UL(["een intern begeleider met ten minste één dag per week per 200 leerlingen;",
              "een dyslexie- en dyscalculieprotocol, inclusief de begeleiding tot aan de vergoede zorg;",
              "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep;",
              "een methode voor sociaal-emotionele ontwikkeling en een pestprotocol;",
              "een ondersteuningsteam met de jeugdverpleegkundige en de contactpersoon van het wijkteam;",
              "handelingsgericht werken met groepsplannen of een vergelijkbare cyclus;",
              "een protocol medisch handelen."]),
          P("""Een verbandsbreed vastgesteld minimumniveau, waaraan elke school moet voldoen, hebben de besturen niet
          afgesproken. De scholen verschillen in de mate waarin zij deze voorzieningen al op orde hebben. Welk niveau
          straks voor iedere school geldt, bepalen de besturen in 2026-2027 aan de hand van de landelijke norm voor
          basisondersteuning.""")]
    b += [H1("6 Een dekkend aanbod"),
          P("""Ons samenwerkingsverband wil dat ieder kind een passende plek heeft. Daarvoor is een samenhangend aanbod
          nodig, van ondersteuning in de groep tot speciaal onderwijs. Het aanbod ziet er als volgt uit:"""),
          TABLE([["Laag", "Aanbod"],
                 ["Basisschool", "basisondersteuning; individuele en groepsarrangementen die de school aanvraagt bij het expertiseteam"],
                 ["Bovenschools", "taalklas voor nieuwkomers (Best); plusklas Denkhuis (één dag per week, zes locaties); observatiegroep De Brug (maximaal 16 weken)"],
                 ["Speciaal basisonderwijs", "sbo De Wegwijzer (Boxtel) en sbo De Regenboog (Nuenen)"],
                 ["Speciaal onderwijs", "so cluster 3 (ZML en LZ) in Best; so cluster 4 in Sint-Oedenrode en Son; onderwijs-zorgarrangementen met kinderdagcentra"]]),
          P("""Scholen melden een kind bij het expertiseteam wanneer de basisondersteuning onvoldoende is. Het
          expertiseteam stelt binnen vier weken samen met de school en de ouders een arrangement op."""),
          H2("6.1 Leerlingen zonder passende plek"),
          P("""Elke maand bespreken de consulent passend onderwijs en de leerplichtambtenaren alle kinderen die
          thuiszitten of dreigen thuis te komen zitten. Voor ieder kind wordt binnen twee weken een regisseur
          aangewezen. Twee keer per jaar analyseren we met de besturen de wachtlijsten en de kinderen voor wie geen
          passend aanbod is; op basis daarvan besluit het algemeen bestuur over uitbreiding of aanpassing van
          voorzieningen. Zo is in 2025 besloten tot een tweede groep voor jonge kinderen met ernstige
          gedragsproblemen, omdat de wachtlijst in het so cluster 4 opliep tot twintig kinderen.""")]
    b += [H1("7 Toelaatbaarheid sbo en so"),
          P("""Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een
          toelaatbaarheidsverklaring nodig. De procedure, de criteria, de rol van de deskundigen en de
          bezwaarmogelijkheden zijn opgenomen in de Handreiking toelaatbaarheid sbo en so (bijlage 5 bij dit plan).""")]
    b += [H1("8 Terug naar de basisschool"),
          P("""Speciaal onderwijs en speciaal basisonderwijs zijn voor veel kinderen een tussenstation. Wij vinden dat
          een kind zo mogelijk terugkeert naar een basisschool dicht bij huis, zodra de school die ondersteuning kan
          bieden die het kind nodig heeft. Terugkeer wordt niet geforceerd: een kind gaat pas terug als de ouders, de
          sbo- of so-school en de ontvangende school daar vertrouwen in hebben."""),
          UL(["Ieder jaar in maart bespreekt de sbo- of so-school bij de evaluatie van het OPP of terugkeer in beeld is.",
              "In het laatste jaar van de TLV geeft de sbo- of so-school uiterlijk op 1 februari een advies over terugkeer of verlenging.",
              "Bij een advies tot terugkeer organiseert de intern begeleider van de sbo- of so-school een gesprek met de ouders en de intern begeleider van de beoogde basisschool.",
              "Het kind kan zes weken proefdraaien op de nieuwe school; daarna besluit het bestuur van de ontvangende school over de inschrijving.",
              "De ontvangende school krijgt een terugplaatsingsarrangement: tien weken begeleiding door een ambulant begeleider en € 3.000 voor extra handen in de groep."])]
    b += [H1("9 Financiën"),
          P("""Het huidige verdeelmodel loopt af op 31 juli 2026. Hoe de ondersteuningsmiddelen vanaf schooljaar
          2026-2027 over de besturen worden verdeeld, besluit het algemeen bestuur in het najaar van 2026, na advies van
          de werkgroep financiën. In de meerjarenbegroting is de post schoolbudgetten daarom als totaalbedrag
          opgenomen."""),
          TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten ondersteuningsmiddelen", "12.860", "12.640", "12.450", "12.290"],
                 ["Afdracht so (DUO)", "4.410", "4.380", "4.360", "4.340"],
                 ["Overdracht sbo boven 2%", "610", "580", "560", "540"],
                 ["Schoolbudgetten (totaal)", "3.900", "3.850", "3.800", "3.760"],
                 ["Expertiseteam en arrangementen", "2.240", "2.260", "2.270", "2.280"],
                 ["Bovenschoolse voorzieningen", "1.180", "1.190", "1.200", "1.210"],
                 ["Terugplaatsingsarrangementen", "60", "60", "60", "60"],
                 ["Bureau", "870", "880", "890", "900"],
                 ["Saldo", "-410", "-560", "-680", "-800"]]),
          P("""De negatieve saldi worden gedekt uit de reserve, die boven de signaleringswaarde ligt.""")]
    b += [H1("10 Resultaten en monitoring"),
          P("""Voor deze planperiode hebben we de volgende beoogde resultaten voor kinderen met een
          ondersteuningsbehoefte vastgesteld:"""),
          TABLE([["Beoogd resultaat", "Streefwaarde 2030"],
                 ["Deelnamepercentage sbo", "maximaal 2,0%"],
                 ["Kinderen langer dan vier weken thuis", "maximaal 4 per jaar"],
                 ["Arrangementen waarvan de doelen bij evaluatie zijn behaald", "ten minste 80%"],
                 ["Teruggeplaatste kinderen die na een jaar nog op de basisschool zitten", "ten minste 90%"],
                 ["Tevredenheid ouders over de ondersteuning", "ten minste 7,5"]]),
          P("""Het bureau verzamelt de gegevens twee keer per jaar in de ondersteuningsmonitor: teldata van DUO,
          evaluaties van arrangementen uit het registratiesysteem, de thuiszitterslijst van leerplicht en een
          tweejaarlijkse oudertevredenheidspeiling. De resultaten worden besproken in het algemeen bestuur en met de
          OPR, en gepubliceerd in het jaarverslag, samen met de kosten per voorziening.""")]
    b += [H1("11 Ouders"),
          P("""Ouders vinden informatie over de ondersteuning op de website van het samenwerkingsverband, in de folder
          'Passend onderwijs in Kempenland-Noord' die iedere school bij de aanmelding meegeeft, en in de schoolgids.
          Iedere school heeft een vast aanspreekpunt voor ouders, meestal de intern begeleider. Twee keer per jaar
          organiseert het samenwerkingsverband een themabijeenkomst voor ouders."""),
          P("""Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Kempen, dat het
          samenwerkingsverband samen met drie andere samenwerkingsverbanden heeft opgericht. Het steunpunt denkt mee,
          bemiddelt en gaat desgewenst mee naar gesprekken. Ook kunnen ouders een beroep doen op de landelijke
          Onderwijsconsulenten. Klachten over het samenwerkingsverband behandelt de landelijke klachtencommissie
          waarbij wij zijn aangesloten.""")]
    b += governance(c) + medezeggenschap(c) + oogo(c) + personeel(c) + ict(c) + planning(c)
    b += begrippen([["Commissie van Toelaatbaarheid", "Commissie die namens het samenwerkingsverband besluit over toelaatbaarheid tot sbo en so."],
                    ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het so."]]) + afkortingen("po")
    return b


# ===========================================================================
# Plan E: large VO verband, HTML web version. BO missing, PL partial (procedure), TS partial (beleid),
# FI missing, DA partial (continuum), RE partial (monitoring), OU partial (informatie)
# ===========================================================================
E = dict(naam="Stichting Passend Onderwijs VO Dijkstreek", kort="Passend Onderwijs Dijkstreek",
         periode="2026-2027 tot en met 2029-2030", speciaal="vso, het praktijkonderwijs en het lwoo",
         jaar0="2025", jaar1="2026", besturen=14,
         regio_zin="Samen hebben zij 33 vestigingen voor voortgezet onderwijs, drie scholen voor praktijkonderwijs en vier vso-scholen.",
         gemeenten=[("Hoorn", 9, 7240), ("Enkhuizen", 4, 2380), ("Medemblik", 4, 2650), ("Koggenland", 2, 1190),
                    ("Drechterland", 3, 1410), ("Stede Broec", 4, 2870), ("Opmeer", 2, 980), ("Hollands Kroon", 7, 3920)],
         gov_nr="11", bureau_fte="22,5", stad="Hoorn", mz_nr="12", opr_leden="twaalf", opr_datum="25 maart 2026",
         oogo_nr="13", oogo_datum="11 maart 2026", ander_swv="PO Dijkstreek-West",
         pers_nr="14", pers_extra="de trajectbegeleiders", ict_nr="15", plan_nr="16",
         concept_datum="27 januari 2026", vast_datum="16 april 2026")

E_NAV = [("Home", "h1"), ("Over ons", "h3"), ("Basisondersteuning", "h5"), ("Toelaatbaarheid", "h6"),
         ("Terugplaatsing", "h7"), ("Thuiszitters", "h8"), ("Financiën", "h9"), ("Resultaten", "h10"),
         ("Ouders", "h11"), ("Downloads", "h17")]


def plan_e():
    c = E
    b = [("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (VO 27-96)", "Webversie – laatst bijgewerkt op 20 april 2026"])]
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Het samenwerkingsverband in beeld", "3 Visie, missie en uitgangspunten",
                      "4 Basisondersteuning", "5 Toelaatbaarheid vso, pro en lwoo", "6 Terugplaatsing",
                      "7 Thuiszitters en een passende plek", "8 Financiën", "9 Doelen 2026-2030", "10 Ouders en jongeren",
                      "11 Organisatie en governance", "12 Medezeggenschap", "13 Samenwerking met gemeenten",
                      "14 Personeel en professionalisering", "15 ICT, privacy en gegevensbeheer", "16 Planning, vaststelling en looptijd",
                      "Begrippenlijst"]))
    b += [H1("Voorwoord"),
          P("""Welkom bij de webversie van ons ondersteuningsplan. We hebben gekozen voor een plan dat u online kunt
          lezen en dat we tussentijds kunnen bijwerken. Op deze pagina vindt u de hoofdlijnen; verdieping vindt u
          via de links naar andere pagina's van onze website."""),
          P("Namens het bestuur, S. Kok, directeur-bestuurder")]
    b += inleiding(c) + context(c) + visie(c)
    b += [H1("4 Basisondersteuning"),
          P("""Deze pagina wordt op dit moment herschreven. Naar aanleiding van de landelijke norm voor
          basisondersteuning maken de besturen in de loop van 2026 nieuwe afspraken. Zodra het algemeen bestuur die
          afspraken heeft vastgesteld, publiceren wij ze hier.""")]
    b += [H1("5 Toelaatbaarheid vso, pro en lwoo"),
          P("""Een leerling is toelaatbaar tot het voortgezet speciaal onderwijs wanneer aan alle drie de volgende
          voorwaarden is voldaan:"""),
          UL(["""a. de reguliere school heeft de basisondersteuning en extra ondersteuning aantoonbaar en planmatig
              ingezet gedurende ten minste zes maanden, vastgelegd in een geëvalueerd OPP;""",
              """b. de leerling heeft een ondersteuningsbehoefte op het gebied van leren én gedrag of sociaal-emotionele
              ontwikkeling die een kleine groep, een aangepast programma en intensieve begeleiding gedurende de hele
              schooldag vraagt;""",
              "c. er is geen tussenvorm binnen het regulier onderwijs beschikbaar die in deze behoefte kan voorzien."]),
          P("""Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van
          ten minste drie jaar op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk
          rekenen is. Voor het lwoo volgt het samenwerkingsverband eveneens de landelijke criteria."""),
          P("""Hoe u als school een aanvraag indient en welke documenten daarbij horen, leest u op de pagina
          'Aanvragen' van ons loket (loket.podijkstreek.nl).""")]
    b += [H1("6 Terugplaatsing"),
          UL(["""In het laatste jaar van de TLV organiseert de vso-school uiterlijk 1 februari een evaluatiegesprek met de
              leerling, de ouders en de trajectbegeleider van het samenwerkingsverband.""",
              """De vso-school neemt het initiatief en stelt een advies op: terugkeer naar het regulier vo, overstap naar
              een andere vso-school of verlenging.""",
              """Bij een advies tot terugkeer meldt de vso-school de leerling vóór 1 april aan bij een reguliere school;
              die school beslist binnen zes weken over de toelating.""",
              "Is terugkeer niet mogelijk, dan vraagt de vso-school vóór 1 juni een nieuwe TLV aan.",
              """Drie maanden na de overstap evalueren de vso-school, de ontvangende school en de trajectbegeleider het
              verloop."""]),
          P("""Ons beleid rond terugplaatsing herijken we in schooljaar 2026-2027 samen met de vso-scholen. Dit
          onderdeel van het plan wordt daarna aangevuld.""")]
    b += [H1("7 Thuiszitters en een passende plek"),
          P("""Iedere zes weken komt het thuiszittersoverleg bijeen: de leerplichtambtenaren van de acht gemeenten, de
          trajectbegeleiders van het samenwerkingsverband en een vertegenwoordiger van de jeugdhulp. Zij bespreken
          alle jongeren die langer dan vier weken niet naar school gaan of een vrijstelling hebben. Voor iedere
          jongere wordt een trajectbegeleider als regisseur aangewezen, die binnen twee weken met een plan komt."""),
          P("""Vindt een school die haar zorgplicht heeft binnen tien weken geen passende plek, dan neemt het
          samenwerkingsverband de regie. Lukt het ook dan niet, dan beslist de directeur-bestuurder binnen vier weken
          welke school de leerling tijdelijk opvangt. Eenmaal per jaar, in mei, analyseren we de casuïstiek van het
          thuiszittersoverleg en de wachtlijsten van de vso-scholen om te zien waar ons aanbod tekortschiet; de
          uitkomst bespreekt het algemeen bestuur bij de jaarplanning."""),
          P("""Een overzicht van alle voorzieningen in onze regio vindt u in de Voorzieningenkaart op onze website.""")]
    b += [H1("8 Financiën"),
          P("""De meerjarenbegroting en het verdeelmodel vindt u in het document 'Begroting en meerjarenperspectief
          2026' op de pagina Downloads.""")]
    b += [H1("9 Doelen 2026-2030"),
          P("""Voor leerlingen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereikt hebben:"""),
          UL(["het aantal jongeren dat langer dan vier weken thuiszit, is gedaald van 46 (2025) naar minder dan 20;",
              "95% van de TLV-aanvragen is binnen zes weken afgehandeld;",
              "de tevredenheid van scholen over de ondersteuning door het loket is gestegen van 6,8 naar ten minste 7,5;",
              "90% van de leerlingen met een OPP verlaat het vo met een diploma of een passende vervolgplek."]),
          P("""Hoe we de voortgang op deze doelen meten, met welke bronnen en hoe vaak we erover rapporteren, leggen we
          vast in een monitoringsplan dat in het eerste planjaar verschijnt.""")]
    b += [H1("10 Ouders en jongeren"),
          P("""Heeft u een vraag of bent u het niet eens met de school of met ons? Het Ouder- en Jeugdsteunpunt
          Dijkstreek helpt ouders en jongeren onafhankelijk van de scholen en van het samenwerkingsverband. Het
          steunpunt is bereikbaar op werkdagen van 9.00 tot 16.00 uur, per telefoon en e-mail, en houdt elke woensdag
          een inloopspreekuur in Hoorn. Een medewerker van het steunpunt kan meegaan naar gesprekken op school.
          Daarnaast kunt u terecht bij de landelijke Onderwijsconsulenten en, bij een geschil over toelating,
          verwijdering of het OPP, bij de Geschillencommissie passend onderwijs."""),
          P("""Hoe wij ouders voortaan informeren over de ondersteuningsmogelijkheden in onze regio, werken we uit in een
          communicatieplan dat in het najaar van 2026 gereed is."""),
          H2("10.1 De stem van jongeren"),
          P("""Jongeren weten vaak zelf het beste wat zij nodig hebben. Wij vinden het daarom vanzelfsprekend dat een
          leerling meepraat over zijn eigen ontwikkelingsperspectiefplan en dat zijn mening zichtbaar in het plan wordt
          opgenomen. Scholen nodigen de leerling uit voor het gesprek over het OPP en bespreken de uitkomst met hem.
          Daarnaast heeft het samenwerkingsverband een jongerenpanel van twaalf leerlingen uit verschillende scholen
          en onderwijssoorten, dat drie keer per jaar bijeenkomt en het bestuur gevraagd en ongevraagd adviseert. Het
          panel heeft bij de totstandkoming van dit plan meegelezen en heeft onder meer gevraagd om kortere
          wachttijden en om begrijpelijke taal in brieven. Die adviezen hebben we overgenomen. In de
          ondersteuningsplanraad hebben naast ouders ook twee leerlingen zitting.""")]
    b += governance(c) + medezeggenschap(c) + oogo(c, inhoudelijk=False) + personeel(c) + ict(c) + planning(c)
    b += [("h1", "Begrippenlijst"), begrippen()[1]]
    return b


# ===========================================================================
# Near miss: a school-level "ondersteuningsplan" of one VO school (not of a samenwerkingsverband)
# ===========================================================================

def near_miss():
    b = titlepage(["Ondersteuningsplan 2025-2026", "Het Lindenhout College – locatie Vlaardingen",
                   "mavo – havo – vwo", "Onderdeel van de schoolgids; aangesloten bij het samenwerkingsverband VO Waterweg-Oost"])
    b.append(("toc", ["1 Inleiding", "2 Ondersteuning op het Lindenhout: vier niveaus", "3 Basisondersteuning op onze school",
                      "4 Extra ondersteuning en arrangementen", "5 Als onze school niet passend is: TLV en verwijzing",
                      "6 Ouders en leerlingen", "7 Het ondersteuningsteam en de jaarplanning", "8 Middelen"]))
    b.append(("pb", None))
    b += [H1("1 Inleiding"),
          P("""Dit ondersteuningsplan beschrijft hoe het Lindenhout College, locatie Vlaardingen, de ondersteuning van
          leerlingen organiseert in schooljaar 2025-2026. Het plan is opgesteld door het ondersteuningsteam en
          vastgesteld door de locatiedirecteur na advies van de deelraad van de medezeggenschapsraad. Het plan is
          een uitwerking van ons schoolondersteuningsprofiel en past binnen de afspraken van het
          samenwerkingsverband VO Waterweg-Oost, waarbij ons bestuur is aangesloten. Het ondersteuningsplan van
          het samenwerkingsverband zelf vindt u op de website van het samenwerkingsverband."""),
          P("""Het plan is bedoeld voor mentoren, docenten, ouders en leerlingen. Het wordt ieder jaar in juni
          geëvalueerd en bijgesteld."""),
          H1("2 Ondersteuning op het Lindenhout: vier niveaus"),
          P("""Wij werken met vier zorgniveaus. Op niveau 1 begeleidt de docent de leerling in de les. Op niveau 2 neemt
          de mentor de regie, bijvoorbeeld met extra gesprekken of een plan van aanpak. Op niveau 3 wordt de leerling
          besproken in het ondersteuningsteam en zet de school een intern arrangement in. Op niveau 4 schakelen we
          hulp van buiten de school in: het samenwerkingsverband, jeugdhulp of een andere school."""),
          H1("3 Basisondersteuning op onze school"),
          P("""Onze basisondersteuning voldoet aan de afspraken die binnen het samenwerkingsverband zijn gemaakt. Op
          onze locatie betekent dit concreet:"""),
          UL(["iedere klas heeft een mentor met een wekelijks mentoruur;",
              "de ondersteuningscoördinator is vier dagen per week aanwezig;",
              "leerlingen met dyslexie krijgen 25% extra tijd en gebruiken Kurzweil;",
              "in de onderbouw volgen leerlingen met faalangst de training 'Rots en Water';",
              "de Trajectkamer is elk lesuur bemand en biedt opvang voor leerlingen die tijdelijk niet in de les kunnen zijn;",
              "een remedial teacher geeft bijles voor Nederlands en wiskunde aan leerlingen met achterstanden."]),
          H1("4 Extra ondersteuning en arrangementen"),
          P("""Als de basisondersteuning niet genoeg is, stelt de ondersteuningscoördinator met de mentor, de leerling en
          de ouders een ontwikkelingsperspectiefplan (OPP) op. De school kan dan een arrangement inzetten, zoals
          begeleiding door de orthopedagoog van de school, een aangepast rooster of coaching. Voor ambulante begeleiding
          vanuit het vso of een plaatsing in het OPDC vraagt de school een arrangement aan bij het samenwerkingsverband.
          Op dit moment hebben 38 leerlingen een OPP."""),
          H1("5 Als onze school niet passend is: TLV en verwijzing"),
          P("""Soms blijkt dat een leerling, ook met extra ondersteuning, niet op zijn plek is op onze school. Dan kijken
          we samen met de ouders naar een andere school. Als het voortgezet speciaal onderwijs passend lijkt, vraagt het
          bestuur van onze school een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De
          ondersteuningscoördinator stelt het dossier samen en bespreekt het vooraf met de ouders. Het
          samenwerkingsverband beslist over de aanvraag. Na een verblijf in het vso kan een leerling soms terugkomen; onze
          school is bereid om voormalige leerlingen opnieuw in te schrijven als dat past."""),
          H1("6 Ouders en leerlingen"),
          P("""We vinden het belangrijk dat ouders betrokken zijn. Ouders worden uitgenodigd bij het opstellen en
          evalueren van het OPP. De mentor is het eerste aanspreekpunt; daarna de ondersteuningscoördinator. Twee keer
          per jaar is er een ouderavond over studievaardigheden. Ouders die er met de school niet uitkomen, kunnen
          contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de klachtencommissie
          van ons bestuur. Leerlingen worden gehoord bij het opstellen van hun OPP."""),
          H1("7 Het ondersteuningsteam en de jaarplanning"),
          P("""Het ondersteuningsteam (OT) bestaat uit de ondersteuningscoördinator, de teamleiders, de orthopedagoog,
          de schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar. Het OT komt elke twee weken bijeen."""),
          TABLE([["Periode", "Activiteit"], ["september", "overdracht van basisscholen; signalering brugklassen"],
                 ["oktober", "eerste leerlingbesprekingen; opstellen OPP's"], ["januari", "evaluatie OPP's; tussentijdse analyse"],
                 ["maart", "aanvragen arrangementen samenwerkingsverband voor volgend schooljaar"],
                 ["juni", "evaluatie OPP's; evaluatie en bijstelling van dit ondersteuningsplan"]]),
          H1("8 Middelen"),
          P("""Onze school ontvangt via het bestuur een schoolbudget van het samenwerkingsverband. Dit jaar is dat
          € 142.000. We besteden dit aan de formatie van de ondersteuningscoördinator en de orthopedagoog (€ 98.000),
          de Trajectkamer (€ 31.000) en trainingen (€ 13.000). Over de besteding leggen we verantwoording af aan het
          bestuur.""")]
    return b


# ===========================================================================
# labels
# ===========================================================================
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = {"basisondersteuning": ["niveau", "inhoud"], "plaatsing": ["procedure", "criteria"],
        "terugstroom": ["procedure", "beleid"], "financien": ["verdeling", "besteding"],
        "dekkend-aanbod": ["continuum", "lacunes"], "resultaten": ["doelen", "monitoring"],
        "ouders": ["informatie", "steunpunt"]}


def status_from(crit, advisory, el):
    vals = [crit[f"{el}.{k}"] for k in CORE[el]]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, crit, advisory, notes):
    assert set(crit) == {f"{e}.{k}" for e in ELEMENTS for k in CORE[e]}
    els = {e: status_from(crit, advisory, e) for e in ELEMENTS}
    q = lambda t: '"' + t.replace('\\', '\\\\').replace('"', '\\"') + '"'
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    for e in ELEMENTS:
        for k in CORE[e]:
            lines.append(f"  {e}.{k}: {'true' if crit[e + '.' + k] else 'false'}")
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


def C_(**kw):
    return {k.replace("__", ".").replace("_", "-"): v for k, v in kw.items()}


def crit(bo, pl, ts, fi, da, re_, ou):
    keys = [f"{e}.{k}" for e in ELEMENTS for k in CORE[e]]
    vals = list(bo) + list(pl) + list(ts) + list(fi) + list(da) + list(re_) + list(ou)
    return dict(zip(keys, vals))


LABELS = {
    "vo-heuvelrug-eemvallei-op-2026-2030": dict(
        documents=["vo-heuvelrug-eemvallei-op-2026-2030.docx"], sector="vo",
        crit=crit((1, 1), (1, 1), (0, 1), (1, 1), (1, 1), (0, 0), (1, 1)),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1: agreed floor for all 41 vestigingen plus concrete list (coordinator fte, dyslexie, trainingen, opvang, OT)",
               "plaatsing": "4.3: loket, dossier, two separate deskundigen, CTA decides within 6 weeks; three vso conditions; pro/lwoo national criteria; TLV max 2 years, LBT",
               "terugstroom": "4.4: policy (thuisnabij, conditions, terugkeerarrangement) present; steps/decision moments deferred to a stappenplan to be written in 2026-2027",
               "financien": "6.1 verdeelmodel (vaste voet 25.000 + 118 per leerling, 1 oktober) and 6.2 meerjarenbegroting table",
               "dekkend-aanbod": "5: voorzieningen table (OPDC, rebound, plus, ISK, vso, OZA) and 5.1 annual gap inventory, thuiszitterstafel, escalation",
               "resultaten": "missing: chapter 8 'Kwaliteitszorg en resultaten' only defers goals and the quality system to jaarplan 2026-2027; 3.3 ambities are vague and deferred",
               "ouders": "only in chapter 7 'Communicatie' (7.2): ouderpagina, brochure in 5 languages, schoolgids, info evenings; independent OJSP, Onderwijsconsulenten, GPO",
               "_traps": "TOC and heading 'Kwaliteitszorg en resultaten' with only a deferral; begrippenlijst defines 'Beoogde resultaten' and 'Terugplaatsing'; header/title words; ouders hidden under Communicatie"}),
    "vo-zuidwesthoek-op-2026-2030": dict(
        documents=["vo-zuidwesthoek-op-2026-2030.docx"], sector="vo",
        crit=crit((1, 0), (1, 0), (0, 0), (1, 0), (0, 0), (1, 1), (1, 0)),
        advisory={"plaatsing": ["deskundigen"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4: common floor for all six vestigingen stated; content only as the four referentiekader headings plus a pointer to SOP/schoolgids",
               "plaatsing": "5.1 five-step procedure with TC, two deskundigen, 6 weeks; 5.2 criteria (afwegingskader) deferred to spring 2026",
               "terugstroom": "missing: only a begrippenlijst entry and an empty Bijlage 4 ('wordt opgesteld')",
               "financien": "6: verdeling naar rato leerlingen per 1 oktober after afdracht vso; meerjarenbegroting table all 'p.m.', Bijlage 3 'volgt'",
               "dekkend-aanbod": "missing: no continuum or gap handling; OOGO paragraph purely procedural; thuiszitters/zorgplicht/dekkend aanbod only in begrippenlijst and TOC title of empty Bijlage 4",
               "resultaten": "7 'Wat willen we bereiken': four goals with baseline and streefwaarde, twice-yearly registration, kwartaalrapportage, jaarverslag",
               "ouders": "8: folder, ouderpagina, schoolgids, informatieavond present; independent steunpunt only announced for 2026-2027 (deferral)",
               "_traps": "p.m.-table and 'volgt' annex; empty annex titled 'Terugplaatsing en dekkend aanbod'; referentiekader four-aspect definition instead of content; glossary entries for all elements"}),
    "vo-groot-veluwezoom-op-2026-2030": dict(
        documents=["vo-groot-veluwezoom-op-2026-2030.pdf"], sector="vo",
        crit=crit((1, 1), (1, 1), (1, 1), (1, 1), (1, 0), (0, 1), (0, 0)),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "4 'Wat iedere school biedt': floor for every vestiging in prose, content only in a table per domain",
               "plaatsing": "6.1-6.4: request by bestuur to TLC, dossier, 6 weeks/10 days spoed; criteria in 6.2 in unusual wording (handelingsverlegen met niveau-3 arrangement, two OPP cycles)",
               "terugstroom": "only inside the TLV chapter, 6.5 'Na afloop van de TLV': aims/conditions, January evaluation, overdracht, new TLV before 1 April, terugkeerbudget 4.500",
               "financien": "7 'Geld en middelen': expertisemodel 95 per leerling + vaste voet, arrangement allocation, four-year table",
               "dekkend-aanbod": "5: four-level route with voorzieningen table; gap analysis and thuiszitters convenant deferred (2027 / 'in voorbereiding')",
               "resultaten": "8 'Kwaliteitszorg': quarterly dashboard, annual evaluation, audit, kengetallen; intended results deferred until after nulmeting autumn 2026",
               "ouders": "missing: no parent information or independent help; ouders only in header, voorwoord audience line, inleiding's list of legal topics, glossary (OJSP, Onderwijsconsulenten)",
               "_traps": "running header mentions ouders; terugplaatsing hidden in TLV chapter; financien under 'Geld en middelen'; basisondersteuning content only in table; no bezwaar so no parent route"}),
    "po-kempenland-noord-op-2026-2030": dict(
        documents=["po-kempenland-noord-op-2026-2030.pdf"], sector="po",
        crit=crit((0, 1), (0, 0), (1, 1), (0, 1), (1, 1), (1, 1), (1, 1)),
        advisory={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "terugstroom": ["monitoring"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "5: concrete list of voorzieningen, but the plan explicitly says no verband-wide minimum for every school is agreed (level deferred to 2026-2027)",
               "plaatsing": "missing: chapter 7 only refers to Bijlage 5 Handreiking toelaatbaarheid, which is not part of the document; CvT/bekostigingscategorie only in begrippenlijst",
               "terugstroom": "8 'Terug naar de basisschool': policy (thuisnabij, not forced) and steps (March OPP check, 1 February advice, proefplaatsing, decision, arrangement)",
               "financien": "9: meerjarenbegroting table with amounts; verdeling of means after 31 July 2026 deferred to autumn 2026",
               "dekkend-aanbod": "6: layered aanbod table and 6.1 monthly thuiszitters meeting, twice-yearly wachtlijst analysis with decision",
               "resultaten": "4 terugblik with achieved figures, 10 streefwaarden table and ondersteuningsmonitor twice a year",
               "ouders": "11: website, folder, schoolgids, themabijeenkomsten; OJSP Kempen, Onderwijsconsulenten, klachtencommissie",
               "_traps": "TOC lists absent Bijlage 5 with 'procedure, criteria, deskundigen, bezwaar'; thuiszitter figures in terugblik; glossary defines CvT and categories"}),
    "vo-dijkstreek-op-2026-2030": dict(
        documents=["vo-dijkstreek-op-2026-2030.html"], sector="vo",
        crit=crit((0, 0), (0, 1), (1, 0), (0, 0), (0, 1), (1, 0), (0, 1)),
        advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "missing: section 4 says the page is being rewritten and agreements follow in 2026; term otherwise only in nav, TOC, glossary and passing mentions",
               "plaatsing": "5: vso conditions a-c and pro criteria given; procedure only by link to the loket page 'Aanvragen'",
               "terugstroom": "6: procedure bullets (1 February evaluation, vso initiates, 1 April aanmelding, 6 weeks, new TLV before 1 June); beleid deferred ('herijken we in 2026-2027')",
               "financien": "missing: section 8 only points to a document on the Downloads page",
               "dekkend-aanbod": "7: thuiszittersoverleg, zorgplicht regie after 10 weeks, yearly analysis of gaps; overview of provisions only via Voorzieningenkaart on the website",
               "resultaten": "9: four goals with numbers; how they are measured and reported deferred to a monitoringsplan",
               "ouders": "10: independent OJSP, Onderwijsconsulenten, GPO; how parents are informed deferred to a communicatieplan (autumn 2026)",
               "_traps": "HTML nav menu has links for every element incl. Basisondersteuning and Financien; web references instead of content; deferrals in new wordings"}),
}


def write_near_miss_label(name, documents, sector):
    text = (f"documents: [{', '.join(documents)}]\nsector: {sector}\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
            "notes:\n  document: \"School-level 'ondersteuningsplan' of one VO school (Lindenhout College, locatie Vlaardingen): "
            "zorgniveaus, OT, schoolbudget; it refers to the samenwerkingsverband's own plan and is not adopted by an SWV (no OPR, OOGO, planperiode of four years)\"\n")
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}
    a = plan_a()
    render_docx(a, OUT / "vo-heuvelrug-eemvallei-op-2026-2030.docx", "Ondersteuningsplan 2026-2030 | SWV VO Heuvelrug-Eemvallei",
                "Ondersteuningsplan SWV VO Heuvelrug-Eemvallei – basisondersteuning, toelaatbaarheid, financiën, resultaten, ouders")
    counts["A"] = words(a)
    bb = plan_b()
    render_docx(bb, OUT / "vo-zuidwesthoek-op-2026-2030.docx", "SWV De Zuidwesthoek – Ondersteuningsplan 2026-2030",
                "Pagina – vastgesteld april 2026")
    counts["B"] = words(bb)
    cc = plan_c()
    docx_to_pdf(cc, OUT / "vo-groot-veluwezoom-op-2026-2030.pdf",
                "Ondersteuningsplan 2026-2030 SWV VO Groot-Veluwezoom – voor scholen, ouders en ketenpartners",
                "SWV VO Groot-Veluwezoom | Ondersteuningsplan | www.swv-grootveluwezoom.nl")
    counts["C"] = words(cc)
    dd = plan_d()
    docx_to_pdf(dd, OUT / "po-kempenland-noord-op-2026-2030.pdf", "SWV PO Kempenland-Noord – Ondersteuningsplan 2026-2030",
                "Kempenland-Noord | toelaatbaarheid en terugplaatsing: zie bijlage 5")
    counts["D"] = words(dd)
    ee = plan_e()
    render_html(ee, OUT / "vo-dijkstreek-op-2026-2030.html", "Ondersteuningsplan 2026-2030 – Passend Onderwijs VO Dijkstreek",
                E_NAV, "© Stichting Passend Onderwijs VO Dijkstreek – Basisondersteuning · Financiën · Ouders · Contact")
    counts["E"] = words(ee)
    nm = near_miss()
    render_docx(nm, OUT / "lindenhout-college-ondersteuningsplan-2025-2026.docx",
                "Het Lindenhout College – Ondersteuningsplan 2025-2026", "Onderdeel van de schoolgids 2025-2026")
    counts["near-miss"] = words(nm)
    for name, lab in LABELS.items():
        write_label(name, lab["documents"], lab["sector"], lab["crit"], lab["advisory"], lab["notes"])
    write_near_miss_label("lindenhout-college-ondersteuningsplan-2025-2026",
                          ["lindenhout-college-ondersteuningsplan-2025-2026.docx"], "vo")
    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
