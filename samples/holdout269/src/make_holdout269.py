#!/usr/bin/env python3
"""Generate the independent holdout set 'holdout269' for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden (four VO, one PO) and one
near-miss document (a school-level ondersteuningsplan of a VO school).  Output goes to the
folder above this script.  Deterministic, no network.  PDFs are rendered from a .docx with
LibreOffice (soffice --headless) in a private temporary directory.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ("title", str) ("sub", str) ("h1", str) ("h2", str) ("p", str)
#   ("ul", [str]) ("ol", [str]) ("table", [[str]])  first row = header
#   ("toc", [str]) ("pagebreak", None)
# ---------------------------------------------------------------------------


def words(blocks):
    n = 0
    for kind, pay in blocks:
        if kind in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in pay)
        elif kind == "table":
            n += sum(len(c.split()) for r in pay for c in r)
        elif isinstance(pay, str):
            n += len(pay.split())
    return n


def to_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "bureau"
    cp.author = "bureau"
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, pay in blocks:
        if kind == "title":
            doc.add_heading(pay, level=0)
        elif kind == "sub":
            doc.add_paragraph(pay, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(pay, level=1)
        elif kind == "h2":
            doc.add_heading(pay, level=2)
        elif kind == "p":
            doc.add_paragraph(pay)
        elif kind == "ul":
            for it in pay:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in pay:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for it in pay:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(pay), cols=len(pay[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pay):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-for-byte reproducible."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout269.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def to_html(blocks, path, title, nav, footer):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Verdana,sans-serif;max-width:52em;margin:auto}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"
           "</style>", "</head>", "<body>", "<header><nav>"]
    for label, anchor in nav:
        out.append(f'<a href="#{e(anchor)}">{e(label)}</a>')
    out.append("</nav></header>")
    out.append("<main>")
    hcount = 0
    for kind, pay in blocks:
        if kind == "title":
            out.append(f"<h1>{e(pay)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub"><em>{e(pay)}</em></p>')
        elif kind in ("h1", "h2"):
            hcount += 1
            tag = "h2" if kind == "h1" else "h3"
            out.append(f'<{tag} id="s{hcount}">{e(pay)}</{tag}>')
        elif kind == "p":
            out.append(f"<p>{e(pay)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in pay) + f"</{kind}>")
        elif kind == "toc":
            out.append('<section class="toc"><h2>Inhoud</h2><ul>'
                       + "".join(f"<li>{e(x)}</li>" for x in pay) + "</ul></section>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in pay[0]) + "</tr>"]
            for r in pay[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            pass
    out.append("</main>")
    out.append(f"<footer><p>{e(footer)}</p></footer>")
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout269_render_"))
    try:
        src = tmp / Path(docx_path).name
        shutil.copy(docx_path, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# shared filler (the prose that real plans carry around the legal elements)
# ---------------------------------------------------------------------------

def f_voorwoord(v):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is het derde plan sinds "
              f"de invoering van passend onderwijs in 2014 en het eerste dat we volledig samen met de "
              f"schoolleiders, de ondersteuningscoördinatoren en de ondersteuningsplanraad hebben geschreven. "
              f"Het plan beschrijft hoe de {v['nbesturen']} aangesloten schoolbesturen en hun {v['nscholen']} "
              f"{v['schoolwoord']} in de regio {v['regio']} de komende vier schooljaren samenwerken, zodat "
              f"iedere leerling een passende plek krijgt. {v.get('meedenkers', 'Ouders, leerlingen, leraren en gemeenten')} hebben "
              f"in bijeenkomsten meegedacht; we zijn hen daar zeer erkentelijk voor."),
        ("p", "De afgelopen periode was er een van bouwen en verbouwen. Het lerarentekort, de nasleep van de "
              "coronajaren en de toegenomen vraag naar jeugdhulp vroegen veel van iedereen. Tegelijk zijn we "
              "trots op wat scholen voor elkaar hebben gekregen. We zien dat het verschil wordt gemaakt in de "
              f"klas, door {v.get('leraar', 'de mentor en de docent')} die een leerling echt kennen, en niet in een kantoor. Daarom "
              "ligt in dit plan het accent op wat scholen nodig hebben om dat werk te kunnen doen, en op "
              "heldere afspraken waar dat kan."),
        ("p", f"Dit plan is een kader. Veel van wat hier staat, krijgt jaarlijks een vertaling in het jaarplan "
              f"en de jaarbegroting. We nodigen iedereen uit om ons scherp te houden. Namens het bestuur, "
              f"{v['bestuurder']}, directeur-bestuurder."),
    ]


def f_leeswijzer(v):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 schetst de context van de regio en de wettelijke opdracht. In hoofdstuk 2 staan "
              "visie, missie en ambities. Daarna volgen de hoofdstukken over de ondersteuning zelf, over "
              "toelaatbaarheid en arrangementen, over ouders en leerlingen, over samenwerking met gemeenten "
              "en over organisatie en middelen. Achterin vindt u een begrippenlijst en een lijst met "
              "afkortingen. Waar in de tekst 'school' staat, bedoelen we ook de afzonderlijke vestigingen en "
              "locaties. Waar 'ouders' staat, bedoelen we ook verzorgers en voogden."),
    ]


def f_context(v):
    rows = [["Bestuur", v["schoolwoord"].capitalize(), "Leerlingen 1-10-2025"]] + v["context_rows"]
    return [
        ("h1", "1 Context en wettelijke opdracht"),
        ("p", f"{v['naam']} is een stichting waarin {v['nbesturen']} schoolbesturen samenwerken. Het "
              f"werkgebied omvat de gemeenten {v['gemeenten']}. Op de teldatum 1 oktober 2025 telden de "
              f"aangesloten scholen samen ongeveer {v['nll']} leerlingen. De regio kent een krimpend "
              f"leerlingenaantal in de kleinere kernen en groei in de stedelijke wijken. Dat heeft gevolgen "
              f"voor het aanbod van scholen en voor de reisafstanden van leerlingen."),
        ("p", "De wet draagt het samenwerkingsverband op om een samenhangend geheel van "
              "ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren, zodat leerlingen een "
              "ononderbroken ontwikkelingsproces kunnen doormaken. Het ondersteuningsplan wordt ten minste "
              "eens in de vier jaar vastgesteld, na op overeenstemming gericht overleg met de gemeenten en "
              "na instemming van de ondersteuningsplanraad, en vóór 1 mei aan de inspectie gezonden."),
        ("table", rows),
        ("p", "De tabel bevat de leerlingaantallen van de scholen op de teldatum; de aantallen zijn afgerond "
              "en zijn ontleend aan de telling van DUO. Ze zijn hier opgenomen ter oriëntatie op de omvang "
              "van de besturen."),
    ]


def f_visie(v):
    return [
        ("h1", "2 Visie, missie en ambities"),
        ("h2", "2.1 Visie"),
        ("p", f"Wij geloven dat {v.get('jongere', 'iedere jongere')} recht heeft op onderwijs dat past bij wie hij of zij is en wat "
              f"hij of zij kan. {v['kort']} staat voor thuisnabij onderwijs waar het kan en gespecialiseerd "
              f"onderwijs waar het moet. Dat vraagt om scholen die zich samen verantwoordelijk voelen voor "
              f"alle leerlingen in de regio, ook voor de leerlingen die niet vanzelf een plek vinden. We "
              f"zetten de middelen zo effectief mogelijk in en willen dat geld en expertise zo dicht mogelijk "
              f"bij de leerling terechtkomen. Een arrangement is geen doel op zich; het gaat om wat een "
              f"leerling nodig heeft om verder te komen."),
        ("p", "We werken vanuit vertrouwen. Scholen weten zelf het best wat hun leerlingen nodig hebben; het "
              "samenwerkingsverband faciliteert, verbindt en stelt vragen. Waar het vertrouwen niet vanzelf "
              "tot resultaten leidt, spreken we elkaar aan. Ouders en leerlingen zijn daarbij geen klant maar "
              "partner."),
        ("h2", "2.2 Missie"),
        ("p", f"{v['kort']} zorgt er samen met de besturen voor dat elke leerling in de regio een passende "
              f"onderwijsplek krijgt, zonder onnodige wachttijden en zonder dat een jongere thuis komt te "
              f"zitten. We doen dat met zo min mogelijk bureaucratie en met maximale inzet van de kennis die "
              f"in de scholen aanwezig is."),
        ("h2", "2.3 Kernwaarden"),
        ("ul", ["Samen: geen school staat er alleen voor.",
                "Dichtbij: zo thuisnabij als mogelijk.",
                "Helder: afspraken zijn voor iedereen te begrijpen.",
                "Lerend: we evalueren, verbeteren en delen kennis."]),
    ]


def f_governance(v, jaarverslag=False):
    ps = [
        ("h1", f"{v['hgov']} Organisatie en bestuur"),
        ("p", f"{v['naam']} is een stichting. De aangesloten schoolbesturen vormen samen de algemene "
              f"vergadering, die de begroting en het ondersteuningsplan vaststelt. De dagelijkse leiding ligt "
              f"bij de directeur-bestuurder. Het intern toezicht is belegd bij een raad van toezicht van vijf "
              f"onafhankelijke leden, die de directeur-bestuurder benoemt, schorst en ontslaat en de "
              f"begroting goedkeurt. Bestuur en toezicht zijn daarmee gescheiden, zoals de Code Goed "
              f"Bestuur vraagt. De statuten bevatten een geschillenregeling voor geschillen tussen de besturen."),
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een bedrijfsverzamelgebouw aan de rand "
              "van het centrum. Er werken een directeur-bestuurder, een controller, een beleidsmedewerker, "
              "een secretaresse en een team van orthopedagogen en consulenten. Het bureau kent een platte "
              "structuur; de lijnen met de scholen zijn kort."),
        ("p", "Het directeurenoverleg, waarin alle schoolleiders zitten, bereidt beleid voor en is het "
              "belangrijkste inhoudelijke platform. Daarnaast is er een netwerk van ondersteuningscoördinatoren "
              "dat zes keer per jaar bijeenkomt."),
    ]
    if jaarverslag:
        ps.append(("p", "De directeur-bestuurder legt jaarlijks verantwoording af in het bestuursverslag en de "
                        "jaarrekening, die door de accountant worden gecontroleerd."))
    return ps


def f_opr(v, parents=True):
    if parents:
        txt = (f"De ondersteuningsplanraad (OPR) bestaat uit {v['opr']} leden: de helft ouders of leerlingen, "
               f"de helft personeelsleden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
               f"ondersteuningsplan en op wijzigingen daarvan. De raad heeft op {v['opr_datum']} ingestemd met "
               f"dit plan. In de aanloop daarnaartoe is de OPR drie keer bijgepraat over de concepten en heeft "
               f"de raad schriftelijk vragen gesteld, die het bestuur schriftelijk heeft beantwoord.")
    else:
        txt = (f"De ondersteuningsplanraad (OPR) telt {v['opr']} leden en heeft instemmingsrecht op het "
               f"ondersteuningsplan. Het reglement van de OPR is in 2024 geactualiseerd. De raad heeft op "
               f"{v['opr_datum']} ingestemd met dit plan.")
    return [("h2", "Medezeggenschap"), ("p", txt),
            ("p", "Het samenwerkingsverband faciliteert de OPR met een ambtelijk secretaris, scholing en een "
                  "vergoeding per vergadering. De directeur-bestuurder is bij de vergaderingen aanwezig als "
                  "gesprekspartner. Het personeel van het bureau is vertegenwoordigd in een eigen "
                  "medezeggenschapsraad.")]


def f_oogo(v, full=True):
    if full:
        return [
            ("h1", f"{v['hoogo']} Samenwerking met gemeenten en jeugdhulp"),
            ("p", f"Onderwijs en jeugdhulp hebben elkaar nodig. Samen met de gemeenten {v['gemeenten']} werken we "
                  f"aan een sluitende aanpak voor jongeren die zowel op school als thuis ondersteuning nodig "
                  f"hebben. De afspraken zijn vastgelegd in een gezamenlijke agenda onderwijs-jeugd, die jaarlijks "
                  f"in een bestuurlijk overleg met de wethouders wordt besproken."),
            ("p", "Speerpunten van die agenda zijn: schoolmaatschappelijk werk op iedere school, een vaste "
                  "contactpersoon van het lokale team per school, zorg in onderwijstijd via een gezamenlijk "
                  "afwegingskader en afspraken over leerlingenvervoer en onderwijshuisvesting. Het op "
                  f"overeenstemming gericht overleg (OOGO) over dit plan is gevoerd op {v['oogo_datum']}. De "
                  "gemeenten hebben hun instemming schriftelijk bevestigd. Ook is overleg gevoerd met het "
                  f"aangrenzende samenwerkingsverband {v['ander_swv']}."),
        ]
    return [
        ("h1", f"{v['hoogo']} Overleg met gemeenten"),
        ("p", f"Het concept van dit plan is op {v['oogo_datum']} in het op overeenstemming gericht overleg "
              f"(OOGO) besproken met de wethouders onderwijs van de gemeenten {v['gemeenten']}. Het verslag "
              f"van dat overleg is bij het bestuur bekend. Met het samenwerkingsverband {v['ander_swv']} is "
              f"het concept eveneens besproken."),
    ]


def f_thuiszitters(v):
    return [
        ("h2", "Thuiszitters en verzuim"),
        ("p", "Geen jongere hoort thuis te zitten. Een leerling die langer dan vier weken zonder geldige "
              "reden niet naar school gaat, of die staat ingeschreven maar geen onderwijs volgt, wordt door "
              "de school binnen een week gemeld bij de leerplichtambtenaar en bij de thuiszittersconsulent "
              "van het samenwerkingsverband. Iedere zes weken bespreekt het thuiszittersoverleg, met "
              "leerplicht, het lokale team, de jeugdarts en de consulent, alle gemelde leerlingen. Voor elke "
              "leerling wordt een casusregisseur aangewezen. Lukt het niet om binnen drie maanden een "
              "passende plek te vinden, dan kan de directeur-bestuurder doorzettingsmacht inzetten en een "
              "school of voorziening vragen de leerling tijdelijk te plaatsen."),
    ]


def f_personeel(v):
    return [
        ("h2", "Personeel en professionalisering"),
        ("p", f"Het bureau heeft een formatie van {v['fte']} fte. De orthopedagogen en consulenten zijn in "
              f"dienst van het samenwerkingsverband; een deel van de ambulant begeleiders is gedetacheerd "
              f"vanuit de besturen. We investeren in de deskundigheid van het eigen team en in die van de "
              f"scholen. Jaarlijks is er een studiedag voor mentoren en ondersteuningscoördinatoren, en er "
              f"zijn leernetwerken over onder meer executieve functies, angst en somberheid, en omgaan met "
              f"verschillen in de klas."),
        ("p", "Het lerarentekort raakt ook de ondersteuning. We zien dat vacatures voor "
              "ondersteuningscoördinatoren en orthopedagogen lang openstaan. Besturen werken daarom samen in "
              "een regionale vijver van invallers en delen expertise over schoolgrenzen heen. De werkdruk "
              "van leraren is een aandachtspunt dat we met de medezeggenschap blijven bespreken."),
    ]


def f_ict(v):
    return [
        ("h2", "ICT en privacy"),
        ("p", "Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor aanvragen en "
              "dossiers. Scholen leveren gegevens aan via deze omgeving; e-mail wordt voor "
              "persoonsgegevens niet gebruikt. Het samenwerkingsverband verwerkt persoonsgegevens, "
              "waaronder gezondheidsgegevens, alleen voor zover dat nodig is voor zijn wettelijke taken. "
              "Dossiers van aanvragen en toelaatbaarheidsverklaringen worden bewaard tot drie jaar na het "
              "besluit en daarna vernietigd. Er is een functionaris gegevensbescherming, die wordt gedeeld "
              "met twee andere samenwerkingsverbanden. Een privacyreglement is vastgesteld door het bestuur."),
    ]


def f_mbo(v):
    return [
        ("h2", "Aansluiting vo-mbo en arbeidsmarkt"),
        ("p", "De overstap naar het mbo is voor leerlingen met een ondersteuningsbehoefte een kwetsbaar "
              "moment. Met de twee roc's in de regio is afgesproken dat er een warme overdracht plaatsvindt "
              "voor iedere leerling met een ontwikkelingsperspectief. Praktijkonderwijs en vso werken samen "
              "met werkgevers en met het regionale werkbedrijf om stages en leerwerkplekken te organiseren. "
              "De doorstroom naar entreeopleidingen wordt gevolgd in het regionale overleg voortijdig "
              "schoolverlaten."),
    ]


def f_nieuwkomers(v):
    return [
        ("h2", "Nieuwkomers en hoogbegaafdheid"),
        ("p", "Jonge nieuwkomers volgen eerst een of twee jaar onderwijs in de internationale schakelklas "
              "(ISK) en stromen daarna door naar het regulier voortgezet onderwijs of het mbo. De ISK is "
              "ondergebracht bij een van de besturen en wordt door alle besturen gedragen. Voor "
              "hoogbegaafde leerlingen die vastlopen is er een regionaal plusprogramma met een coach op "
              "iedere school; dit programma is opgezet met de tijdelijke middelen voor hoogbegaafdheid."),
    ]


def f_planning(v):
    return [
        ("h1", f"{v['hplan']} Planning en totstandkoming"),
        ("p", "Het plan is in het schooljaar 2025-2026 tot stand gekomen. De tabel geeft de belangrijkste "
              "momenten weer."),
        ("table", [["Moment", "Datum"],
                   ["Startbijeenkomst schoolleiders", "10 september 2025"],
                   [v.get("klankbord", "Klankbordavond ouders en leerlingen"), "7 oktober 2025"],
                   ["Eerste concept naar directeurenoverleg", "18 november 2025"],
                   ["OOGO met gemeenten", v["oogo_datum"]],
                   ["Instemming OPR", v["opr_datum"]],
                   ["Vaststelling algemene vergadering", v["vast_datum"]],
                   ["Verzending aan de inspectie", "vóór 1 mei 2026"]]),
        ("p", "Na vaststelling wordt het plan jaarlijks uitgewerkt in een jaarplan met activiteiten en een "
              "jaarbegroting. Wijzigingen van het plan tijdens de planperiode worden opnieuw ter instemming "
              "aan de OPR voorgelegd."),
    ]


def f_landelijk(v):
    return [
        ("h2", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs is sinds de evaluatie van 2020 volop in beweging. De verbeteraanpak van het "
              "ministerie bevat maatregelen over onder meer de governance van samenwerkingsverbanden, de positie "
              "van de ondersteuningsplanraad, de inzet van middelen en de rol van de inspectie. Daarnaast "
              "spelen het lerarentekort, de krimp van het aantal leerlingen in grote delen van het land en de "
              "discussie over inclusiever onderwijs. Het kabinet heeft de ambitie uitgesproken dat in 2035 meer "
              "leerlingen thuisnabij naar school gaan. Wat dat precies betekent voor de verhouding tussen "
              "regulier en gespecialiseerd onderwijs, is nog niet uitgekristalliseerd."),
        ("p", f"Voor {v['kort']} betekent dit dat het plan ruimte moet laten voor bijsturing. We volgen de "
              f"landelijke ontwikkelingen via de sectororganisaties en de netwerken van directeuren van "
              f"samenwerkingsverbanden, en bespreken ze jaarlijks met het bestuur en de OPR. Ingrijpende wijzigingen "
              f"leggen we als wijziging van dit plan ter instemming voor."),
    ]


def f_regio(v):
    return [
        ("h2", "De regio in beeld"),
        ("p", f"De regio {v['regio']} is een afwisseling van een middelgrote stad en landelijk gebied met kleine "
              f"kernen. Het gemiddelde opleidingsniveau ligt iets onder het landelijk gemiddelde; het aandeel "
              f"huishoudens met een laag inkomen ligt er iets boven. De afstand tot de dichtstbijzijnde school "
              f"kan in de buitengebieden oplopen tot vijftien kilometer. Veel jongeren reizen met de bus of de "
              f"fiets naar school; het openbaar vervoer is in de avonduren beperkt."),
        ("p", "De arbeidsmarkt in de regio wordt gedomineerd door zorg, logistiek, techniek en agrarische "
              "bedrijvigheid. Werkgevers zoeken dringend vakmensen. Tegelijk is er een groep jongeren die moeilijk "
              "de weg naar werk vindt. De gemeenten hebben in hun beleidsplannen aandacht voor armoede, "
              "laaggeletterdheid en gezondheidsverschillen; dat zijn factoren die ook in de school zichtbaar zijn."),
    ]


def f_werkgeverschap(v):
    return [
        ("h2", "Werkgeverschap en bedrijfsvoering"),
        ("p", f"Als werkgever wil {v['kort']} een aantrekkelijke organisatie zijn. Medewerkers van het bureau "
              f"hebben een jaarlijks gesprek over hun ontwikkeling, en er is een scholingsbudget per medewerker. "
              f"Het ziekteverzuim van het bureau lag in 2025 onder de vier procent. De bedrijfsvoering "
              f"(salarisadministratie, financiële administratie en ICT-beheer) is ondergebracht bij een "
              f"administratiekantoor. Er is een integriteitscode, een klokkenluidersregeling voor medewerkers en "
              f"een vertrouwenspersoon voor het personeel. Het bureau werkt zoveel mogelijk digitaal en papierarm."),
        ("p", "De contracten met externe partijen, zoals het administratiekantoor en de leverancier van het "
              "aanvraagportaal, worden eens in de vier jaar opnieuw aanbesteed."),
    ]


def f_kennis(v):
    return [
        ("h2", "Kennisdeling en onderzoek"),
        ("p", f"{v['kort']} werkt samen met de regionale hogeschool en haar lectoraat over jeugd en onderwijs. "
              f"Twee keer per jaar is er een kennisbijeenkomst waarin docenten, mentoren en schoolleiders "
              f"praktijkgericht onderzoek uit de scholen presenteren, bijvoorbeeld over motivatie van leerlingen, "
              f"over de rol van de mentor en over samenwerking in teams. Studenten van de lerarenopleiding lopen "
              f"stage op de scholen en doen daar afstudeeronderzoek."),
        ("p", "Daarnaast nemen medewerkers van het bureau deel aan landelijke netwerken. Wat daar wordt geleerd, "
              "delen zij in de nieuwsbrief voor schoolleiders en op de jaarlijkse regiodag."),
    ]


def f_totstandkoming(v):
    return [
        ("h2", "Hoe dit plan tot stand kwam"),
        ("p", "Het plan is voorbereid door een schrijfgroep met een schoolleider van ieder bestuur, twee "
              "ondersteuningscoördinatoren, de beleidsmedewerker en de directeur-bestuurder. De schrijfgroep kwam "
              "tussen september 2025 en februari 2026 acht keer bijeen. Tussentijdse versies zijn besproken in het "
              "directeurenoverleg, met de besturen en met de ambtenaren onderwijs van de gemeenten. De opmerkingen "
              "zijn verwerkt in een reactienota, die bij het bestuur ter inzage ligt."),
    ]


def glossary(items):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + items)]


def afkortingen(items):
    return [("h2", "Lijst van afkortingen"), ("ul", [f"{a} – {b}" for a, b in items])]


GLOSS_VO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
    ["Extra ondersteuning", "Ondersteuning die verder gaat dan de basisondersteuning."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso."],
    ["Lwoo", "Leerwegondersteunend onderwijs binnen het vmbo."],
    ["Praktijkonderwijs (pro)", "Onderwijssoort voor leerlingen die het best leren in de praktijk."],
    ["Terugplaatsing", "Het terugkeren van een leerling uit het vso naar het regulier voortgezet onderwijs."],
    ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke voorziening voor leerlingen die vastlopen."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een plek is."],
    ["Meerjarenbegroting", "Begroting over meerdere jaren."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken."],
]

AFK_VO = [("AV", "algemene vergadering"), ("ISK", "internationale schakelklas"), ("lwoo", "leerwegondersteunend onderwijs"),
          ("OOGO", "op overeenstemming gericht overleg"), ("OPDC", "orthopedagogisch-didactisch centrum"),
          ("OPP", "ontwikkelingsperspectiefplan"), ("OPR", "ondersteuningsplanraad"), ("pro", "praktijkonderwijs"),
          ("SOP", "schoolondersteuningsprofiel"), ("TLV", "toelaatbaarheidsverklaring"),
          ("vso", "voortgezet speciaal onderwijs"), ("OJSP", "ouder- en jeugdsteunpunt")]


# ---------------------------------------------------------------------------
# Plan 1: VO Lindeland (docx). House style: "Hoofdstuk n", niveaus 1-4.
# ---------------------------------------------------------------------------

def plan_lindeland():
    v = dict(naam="Samenwerkingsverband VO Lindeland (VO 31-07)", kort="Lindeland", periode="2026-2030",
             nbesturen=6, nscholen=14, schoolwoord="vestigingen", regio="Lindeland",
             gemeenten="Lindehoven, Arkel aan de Linde, Sonderen en Weerbeek", nll="9.400",
             bestuurder="mw. drs. H. Verbeek", opr=12, opr_datum="24 maart 2026", oogo_datum="3 maart 2026",
             vast_datum="7 april 2026", ander_swv="PO Lindeland", fte="14,6", hgov="Hoofdstuk 8 –",
             hoogo="Hoofdstuk 7 –", hplan="Hoofdstuk 10 –",
             context_rows=[["Stichting Linde College", "4", "3.820"], ["Stichting Carmelcollege Lindeland", "3", "2.410"],
                           ["Stichting Praktijkonderwijs Lindeland", "2", "520"], ["Stichting De Kade (vso)", "2", "460"],
                           ["Vereniging Christelijk VO Arkel", "2", "1.760"], ["Stichting Weerbeek Lyceum", "1", "430"]])
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband VO Lindeland (VO 31-07) – Samen sterk voor elke leerling"),
         ("p", "Vastgesteld door de algemene vergadering op 7 april 2026, na instemming van de ondersteuningsplanraad."),
         ("toc", ["Voorwoord", "Hoofdstuk 1 – Context en wettelijke opdracht", "Hoofdstuk 2 – Visie, missie en ambities",
                  "Hoofdstuk 3 – Basisondersteuning en extra ondersteuning", "Hoofdstuk 4 – Toelaatbaarheid: vso, lwoo en pro",
                  "   4.5 Terugplaatsing vanuit het vso", "Hoofdstuk 5 – Ons dekkend aanbod",
                  "Hoofdstuk 6 – Communicatie", "Hoofdstuk 7 – Samenwerking met gemeenten en jeugdhulp",
                  "Hoofdstuk 8 – Organisatie en bestuur", "Hoofdstuk 9 – Geld en middelen",
                  "   9.4 Monitoring en resultaten", "Hoofdstuk 10 – Planning en totstandkoming", "Begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v) + f_visie(v)
    b += [
        ("h1", "Hoofdstuk 3 – Basisondersteuning en extra ondersteuning"),
        ("p", "In Lindeland spreken we van vier niveaus van ondersteuning. Niveau 1 is de basisondersteuning, "
              "niveau 2 de extra ondersteuning binnen de eigen school, niveau 3 de bovenschoolse voorzieningen "
              "en niveau 4 het voortgezet speciaal onderwijs. Dit hoofdstuk gaat over niveau 1 en 2."),
        ("h2", "3.1 Wat elke vestiging biedt"),
        ("p", "De besturen hebben afgesproken dat alle veertien vestigingen, ongeacht schoolsoort of denominatie, "
              "ten minste hetzelfde niveau van basisondersteuning bieden. Dat niveau is de ondergrens: een school "
              "mag meer bieden, maar niet minder. Een ouder mag op iedere vestiging in Lindeland het volgende "
              "verwachten:"),
        ("ul", ["een mentor die de leerling minimaal eens per zes weken individueel spreekt en het eerste "
                "aanspreekpunt is voor ouders;",
                "een ondersteuningscoördinator en een zorgteam (intern zorgoverleg) dat elke twee weken bijeenkomt;",
                "een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergroot lettertype en "
                "voorleessoftware bij toetsen;",
                "een aanbod voor sociale vaardigheden en faalangstreductie in leerjaar 1 en 2;",
                "begeleiding bij plannen en organiseren (executieve functies) door een vaste begeleider;",
                "een time-outvoorziening binnen de school met een vaste opvangmedewerker;",
                "afspraken over medisch handelen en een protocol voor medicijnverstrekking;",
                "schoolmaatschappelijk werk en een contactpersoon van het lokale team;",
                "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning krijgt, "
                "opgesteld met ouders en leerling."]),
        ("h2", "3.2 Hoe we de basis bewaken"),
        ("p", "Iedere vestiging beschrijft in de schoolgids hoe zij deze basisondersteuning invult. Eens per twee "
              "jaar voert een collega-ondersteuningscoördinator van een andere vestiging een audit uit aan de hand "
              "van de Kaart Basis Lindeland. Blijkt een onderdeel niet op orde, dan maakt de schoolleider binnen "
              "drie maanden een verbeterplan, dat in het directeurenoverleg wordt besproken."),
        ("h2", "3.3 Extra ondersteuning op school (niveau 2)"),
        ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school binnen de eigen muren extra "
              "ondersteuning organiseren, bijvoorbeeld een trajectklas, een individueel begeleidingstraject of "
              "inzet van een gedragsspecialist. De school bekostigt dit uit het schoolbudget (zie hoofdstuk 9)."),
        ("h1", "Hoofdstuk 4 – Toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "4.1 Wie vraagt aan en wie besluit"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
              "school waar de leerling staat ingeschreven of is aangemeld. De aanvraag gaat via de digitale "
              "omgeving naar het Loket Toelaatbaarheid en bevat in elk geval het OPP met evaluaties, het "
              "onderwijskundig rapport en de zienswijze van ouders en leerling. Het loket controleert binnen "
              "vijf werkdagen of het dossier compleet is. Daarna vragen we advies aan twee deskundigen: een "
              "orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een "
              "kinder- en jeugdpsychiater of een maatschappelijk werker. Beide deskundigen geven een eigen "
              "schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. De Commissie Toelaatbaarheid "
              "besluit binnen zes weken na ontvangst van het complete dossier. Ouders ontvangen een afschrift "
              "van de adviezen en het besluit."),
        ("h2", "4.2 Wanneer is een leerling toelaatbaar tot het vso?"),
        ("p", "De commissie verklaart een leerling toelaatbaar tot het vso als aan alle drie de volgende "
              "voorwaarden is voldaan:"),
        ("ol", ["de school heeft ten minste zes maanden extra ondersteuning geboden volgens een OPP en deze "
                "ondersteuning is tweemaal geëvalueerd;",
                "uit de evaluaties blijkt dat de leerling ook met een bovenschools arrangement of een plaatsing "
                "in het OPDC niet tot ontwikkeling komt;",
                "de ondersteuningsbehoefte vraagt om een combinatie van kleine groepen, specifieke expertise en "
                "zorg die alleen het vso kan bieden."]),
        ("p", "Bij een acute veiligheidssituatie kan de directeur-bestuurder een tijdelijke TLV van maximaal "
              "drie maanden afgeven, waarna de reguliere procedure wordt doorlopen."),
        ("h2", "4.3 Duur en categorie"),
        ("p", "Een TLV geldt in de regel voor twee schooljaren en loopt af op 31 juli. Voor leerlingen met een "
              "blijvende beperking kan de commissie een TLV tot het einde van de schoolloopbaan afgeven. De "
              "commissie bepaalt de bekostigingscategorie laag, midden of hoog op basis van het advies van de "
              "deskundigen en het type vso-school."),
        ("h2", "4.4 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en praktijkonderwijs hanteert Lindeland de landelijke criteria; we maken geen gebruik "
              "van de mogelijkheid om eigen lwoo-criteria vast te stellen. Praktijkonderwijs is bedoeld voor "
              "leerlingen met een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op ten minste "
              "twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is. Lwoo is er "
              "voor leerlingen met een IQ tussen 75 en 90 en achterstanden van anderhalf tot drie jaar op twee "
              "domeinen, of met een IQ tussen 91 en 120 in combinatie met een achterstand en "
              "sociaal-emotionele problematiek. De vo-school waar de leerling is aangemeld, dient de aanvraag "
              "vóór 1 april in; het loket besluit vóór 15 mei, zodat de leerling na de zomer kan starten. De "
              "aanwijzing lwoo geldt voor de hele vmbo-loopbaan; de TLV pro voor de duur van de opleiding."),
        ("h2", "4.5 Terugplaatsing vanuit het vso"),
        ("p", "Het vso is in Lindeland nadrukkelijk geen eindstation. Ons uitgangspunt is dat iedere leerling met "
              "een TLV zicht houdt op een terugkeer naar het regulier onderwijs of naar het praktijkonderwijs, "
              "als dat in zijn belang is. Een terugkeer komt in beeld als de leerling de doelen uit het OPP "
              "grotendeels heeft behaald, zich gedurende ten minste een half jaar stabiel ontwikkelt en een "
              "ontvangende school de benodigde ondersteuning kan bieden. Na de terugkeer krijgt de leerling een "
              "jaar lang een terugkeerarrangement: de eerste tien weken vier uur per week begeleiding door een "
              "ambulant begeleider van het vso, daarna afbouwend."),
        ("p", "Het stappenplan zelf – wie het initiatief neemt, op welke momenten het perspectief wordt "
              "besproken en wie uiteindelijk beslist – nemen we mee in de herziening van de werkwijze van het "
              "loket, die we in het schooljaar 2026-2027 samen met de vso-scholen ter hand nemen."),
        ("h1", "Hoofdstuk 5 – Ons dekkend aanbod"),
        ("p", "Lindeland kent een doorlopende lijn van ondersteuning. Binnen de scholen bieden niveau 1 en 2 "
              "ondersteuning dichtbij. Op niveau 3 zijn er drie bovenschoolse voorzieningen: het OPDC De "
              "Overstap (40 plaatsen, tijdelijk, maximaal een jaar, met terugkeer naar de eigen school), de "
              "reboundvoorziening voor leerlingen met gedragsproblemen (12 plaatsen, maximaal twaalf weken) en "
              "de Plusklas Lindehoven voor hoogbegaafde leerlingen die vastlopen. Op niveau 4 zijn er twee "
              "vso-scholen: De Kade (cluster 4) en De Wissel (cluster 3, ZML), beide met een uitstroomprofiel "
              "vervolgonderwijs, arbeidsmarkt en dagbesteding. Daarnaast zijn er twee scholen voor "
              "praktijkonderwijs en bieden acht vmbo-vestigingen lwoo."),
        ("table", [["Niveau", "Voorziening", "Plaatsen", "Toegang"],
                   ["1", "Basisondersteuning op alle 14 vestigingen", "–", "Direct via mentor"],
                   ["2", "Trajectklas / begeleidingstraject op school", "per school", "Zorgteam school"],
                   ["3", "OPDC De Overstap", "40", "Loket, na aanvraag school"],
                   ["3", "Rebound Lindeland", "12", "Loket, na aanvraag school"],
                   ["3", "Plusklas Lindehoven", "16", "Loket"],
                   ["4", "Vso De Kade (cluster 4)", "ca. 300", "TLV"],
                   ["4", "Vso De Wissel (cluster 3)", "ca. 160", "TLV"]]),
        ("h2", "5.1 Waar het aanbod tekortschiet"),
        ("p", "Elk voorjaar leggen de ondersteuningscoördinatoren per vestiging vast welke leerlingen zij niet "
              "passend konden bedienen en waarom. Het bureau bundelt die signalen met de wachtlijsten van het "
              "OPDC en het vso en met de meldingen van thuiszitters in een aanbodkaart. In het directeurenoverleg "
              "van juni wordt besproken welke witte vlekken er zijn en welk bestuur het voortouw neemt om ze "
              "te dichten. Op dit moment zijn twee witte vlekken bekend: een aanbod voor havo/vwo-leerlingen met "
              "autisme en ernstige angstproblematiek, en een plek voor leerlingen met een combinatie van "
              "lwoo en intensieve gedragsproblematiek. Voor de eerste start in augustus 2026 een pilot op het "
              "Linde College; voor de tweede ontwikkelt De Kade met Carmel een schakelgroep."),
        ("p", "Als een school geen passende plek kan bieden, geldt de zorgplicht: de school van aanmelding zoekt, "
              "met ondersteuning van de consulent, binnen zes weken (eenmaal te verlengen met vier weken) een "
              "andere school die de leerling wel kan toelaten."),
    ]
    b += f_thuiszitters(v)
    b += [
        ("h1", "Hoofdstuk 6 – Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. We communiceren met scholen via het "
              "directeurenoverleg en de nieuwsbrief voor ondersteuningscoördinatoren, en met gemeenten via het "
              "ambtelijk overleg onderwijs-jeugd."),
        ("p", "Ouders en leerlingen vinden op www.swvlindeland.nl een eigen ouderpagina met uitleg over de "
              "basisondersteuning, de bovenschoolse voorzieningen, het vso, lwoo en praktijkonderwijs, en de "
              "route naar een TLV. De brochure 'Passend onderwijs in Lindeland' ligt op iedere vestiging en is "
              "beschikbaar in het Nederlands, Engels, Arabisch en Turks. In oktober organiseren we jaarlijks twee "
              "informatieavonden voor ouders van leerlingen in groep 8 en leerjaar 1. Iedere vestiging beschrijft "
              "haar ondersteuningsaanbod in de schoolgids."),
        ("p", "Soms zijn ouders het niet eens met de school of voelen zij zich niet gehoord. Voor hen is er het "
              "Ouder- en Jeugdsteunpunt Lindeland. Het steunpunt wordt uitgevoerd door een onafhankelijke stichting "
              "die niet aan een schoolbestuur verbonden is, is bereikbaar via telefoon, e-mail en een wekelijks "
              "spreekuur, en helpt ouders en jongeren kosteloos bij vragen, gesprekken met school en conflicten. "
              "Ook kunnen ouders terecht bij de Onderwijsconsulenten en, bij geschillen over toelating, "
              "verwijdering of het OPP, bij de Geschillencommissie passend onderwijs. Tegen een besluit over de "
              "TLV kunnen ouders binnen zes weken bezwaar maken; de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen adviseert het bestuur daarover."),
    ]
    b += f_oogo(v) + f_governance(v) + f_opr(v) + f_personeel(v) + f_ict(v) + f_mbo(v) + f_nieuwkomers(v)
    b += [
        ("h1", "Hoofdstuk 9 – Geld en middelen"),
        ("h2", "9.1 Zo verdelen we het geld"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
              "Na aftrek van de afdrachten aan DUO voor het vso en de doorbetaling voor lwoo en pro verdelen we "
              "de rest volgens het schoolmodel. Elke vestiging ontvangt een vaste voet van € 25.000 en € 160 per "
              "leerling op de teldatum 1 oktober van het voorgaande jaar. De middelen voor lwoo en "
              "praktijkonderwijs worden volledig doorgegeven aan de besturen, naar rato van het aantal "
              "leerlingen met een aanwijzing lwoo of TLV pro op 1 oktober. Bovenschoolse voorzieningen worden "
              "rechtstreeks door het samenwerkingsverband bekostigd. Het algemeen bestuur stelt de bedragen "
              "jaarlijks vóór 1 december vast."),
        ("h2", "9.2 Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage ondersteuning", "14.820", "14.690", "14.540", "14.410"],
                   ["Afdracht DUO vso", "-6.950", "-6.900", "-6.860", "-6.820"],
                   ["Doorbetaling lwoo en pro", "-4.120", "-4.080", "-4.040", "-4.000"],
                   ["Schoolbudgetten (vaste voet + per leerling)", "-1.855", "-1.840", "-1.825", "-1.810"],
                   ["OPDC, rebound, plusklas", "-1.210", "-1.210", "-1.200", "-1.200"],
                   ["Bureau en organisatie", "-760", "-770", "-780", "-790"],
                   ["Resultaat", "-75", "-110", "-165", "-210"]]),
        ("p", "Het negatieve resultaat is bewust: we bouwen de reserve af tot het niveau van de "
              "signaleringswaarde. De algemene reserve bedroeg eind 2025 € 2,4 miljoen; in 2029 ligt die "
              "naar verwachting rond € 1,85 miljoen, boven het benodigde weerstandsvermogen."),
        ("h2", "9.3 Verantwoording"),
        ("p", "Besturen verantwoorden jaarlijks vóór 1 mei per vestiging waaraan het schoolbudget is besteed, "
              "met een korte toelichting van de schoolleider."),
        ("h2", "9.4 Monitoring en resultaten"),
        ("p", "Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("ul", ["in 2030 zit geen enkele leerling langer dan drie maanden thuis zonder onderwijsaanbod;",
                "ten minste 80% van de leerlingen die het OPDC verlaten, stroomt terug naar een reguliere school "
                "en zit daar een jaar later nog;",
                "het deelnamepercentage vso daalt van 3,9% naar 3,4%, zonder dat wachtlijsten ontstaan;",
                "minstens 75% van de ouders van leerlingen met een OPP is tevreden over de ondersteuning;",
                "de doorlooptijd van een TLV-aanvraag is in 90% van de gevallen korter dan zes weken."]),
        ("p", "Hoe en met welke instrumenten we deze resultaten gaan volgen, en hoe we daarover rapporteren, "
              "werken we uit in een monitoringskader. Dat kader ligt er naar verwachting in de loop van 2027."),
    ]
    b += f_planning(v)
    b += glossary(GLOSS_VO) + afkortingen(AFK_VO)
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3.1 defines a minimum for all 14 vestigingen and lists concrete voorzieningen; 3.2 audit (borging).",
               "plaatsing": "H4.1-4.4: vso procedure (loket, 2 deskundigen, commissie, 6 weken), 3 vso criteria, national lwoo/pro criteria with dates.",
               "terugstroom": "4.5 (inside the TLV chapter) gives policy (aim, conditions, terugkeerarrangement) but the procedure is deferred to 2026-2027.",
               "financien": "Under 'Geld en middelen' (H9): schoolmodel vaste voet + per leerling, meerjarenbegroting table 2026-2029, reserves.",
               "dekkend-aanbod": "H5 niveau 1-4 continuum with OPDC/rebound/vso table; 5.1 aanbodkaart, witte vlekken, zorgplicht; thuiszitters.",
               "resultaten": "9.4 (inside the finance chapter) lists measurable beoogde resultaten; how they are monitored is deferred ('in de loop van 2027').",
               "ouders": "Inside 'Communicatie' (H6): ouderpagina, brochure in 4 languages, info evenings; independent OJSP, Onderwijsconsulenten, GPO."})
    return b, labels, "Ondersteuningsplan 2026-2030 – SWV VO Lindeland", "Pagina – vastgesteld 7 april 2026"


# ---------------------------------------------------------------------------
# Plan 2: VO Kust en Duin (docx + pdf). House style: "Pijlers", tables.
# ---------------------------------------------------------------------------

def plan_kustenduin():
    v = dict(naam="Stichting Samenwerkingsverband Kust en Duin VO (VO 27-12)", kort="Kust en Duin",
             periode="2026-2030", nbesturen=5, nscholen=11, schoolwoord="scholen", regio="Kust en Duin",
             gemeenten="Zandvoorde, Duinhaven en Westerkoog", nll="7.150", bestuurder="dhr. R. Oosterhof MEd",
             opr=10, opr_datum="17 maart 2026", oogo_datum="26 februari 2026", vast_datum="31 maart 2026",
             ander_swv="PO Kust en Duin", fte="11,2", hgov="8", hoogo="7", hplan="9",
             context_rows=[["Stichting Kustlyceum", "3", "2.640"], ["OSG Duinhaven", "3", "2.180"],
                           ["Stichting Praktijkschool Westerkoog", "1", "310"], ["Stichting De Branding (vso)", "2", "420"],
                           ["Vereniging Zandvoorde College", "2", "1.600"]])
    b = [("title", "Ondersteuningsplan Kust en Duin 2026-2030"),
         ("sub", "Vier pijlers voor passend onderwijs aan de kust"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en ambities",
                  "3 Pijler 1 – Ondersteuning op school (basisondersteuning)",
                  "4 Pijler 2 – Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
                  "5 Pijler 3 – Een dekkend aanbod", "6 Pijler 4 – Ouders en leerlingen",
                  "7 Samenwerking met gemeenten en jeugdhulp", "8 Organisatie en bestuur",
                  "8.4 Financiën en meerjarenbegroting", "8.5 Resultaten en kwaliteitszorg",
                  "9 Planning en totstandkoming", "Bijlagen: 1 Begrippenlijst, 2 Kwaliteitskaart Basisondersteuning, "
                  "3 Criteria toewijzing, 4 Ouder- en jeugdsteunpunt"]),
         ("pagebreak", None)]
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v) + f_visie(v)
    b += [
        ("h2", "2.4 Terugblik op de vorige planperiode"),
        ("p", "In de vorige planperiode hebben we het Toewijzingsteam opgericht, de samenwerking met de gemeenten "
              "verstevigd en het OPDC verhuisd naar een nieuw gebouw. Niet alles is gelukt: het aantal "
              "thuiszitters is niet gedaald en de wachttijd voor het vso liep in 2024 op. De cijfers over de "
              "afgelopen jaren staan in paragraaf 8.5."),
        ("h1", "3 Pijler 1 – Ondersteuning op school (basisondersteuning)"),
        ("p", "Basisondersteuning is in Kust en Duin het niveau van ondersteuning dat alle elf scholen, op al hun "
              "locaties, ten minste bieden aan iedere leerling die dat nodig heeft, zonder aanvraag bij het "
              "samenwerkingsverband. De algemene vergadering heeft dit niveau in juni 2025 opnieuw vastgesteld "
              "als gezamenlijke ondergrens voor alle besturen. Scholen die meer bieden, leggen dat vast in hun "
              "schoolondersteuningsprofiel."),
        ("p", "De concrete afspraken – twaalf standaarden met per standaard wat ouders mogen verwachten – zijn "
              "uitgewerkt in de Kwaliteitskaart Basisondersteuning, die als bijlage 2 bij dit plan hoort. Het "
              "bureau toetst iedere twee jaar met de scholen of zij aan de kaart voldoen."),
        ("h1", "4 Pijler 2 – Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        ("h2", "4.1 Het Toewijzingsteam"),
        ("p", "Alle aanvragen voor een toelaatbaarheidsverklaring vso, een aanwijzing lwoo en een TLV "
              "praktijkonderwijs komen binnen bij het Toewijzingsteam. Het team bestaat uit een voorzitter, twee "
              "orthopedagogen, een GZ-psycholoog en een jeugdarts en neemt namens het bestuur de besluiten."),
        ("h2", "4.2 De route voor een TLV vso"),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                   ["1", "Bespreking in het ondersteuningsteam van de school, met ouders en leerling", "School", "–"],
                   ["2", "Aanvraag met OPP, onderwijskundig rapport en zienswijze ouders via het portaal", "Bevoegd gezag school", "–"],
                   ["3", "Controle op volledigheid", "Secretariaat", "5 werkdagen"],
                   ["4", "Advies van twee deskundigen (orthopedagoog of psycholoog + tweede deskundige)", "Toewijzingsteam", "3 weken"],
                   ["5", "Besluit en verzending aan school en ouders", "Voorzitter Toewijzingsteam", "binnen 6 weken na stap 3"]]),
        ("p", "Een TLV wordt afgegeven voor één, twee of drie schooljaren en eindigt altijd op 31 juli. Het "
              "Toewijzingsteam stelt daarbij de bekostigingscategorie vast."),
        ("h2", "4.3 Lwoo en praktijkonderwijs"),
        ("p", "De aanvraag voor een aanwijzing lwoo of een TLV pro wordt door de ontvangende vo-school uiterlijk "
              "1 maart ingediend, met de gegevens van het basisonderwijs en het capaciteitenonderzoek. Het "
              "Toewijzingsteam besluit vóór 1 mei."),
        ("h2", "4.4 Criteria"),
        ("p", "Welke leerlingen toelaatbaar zijn tot het vso, het praktijkonderwijs of in aanmerking komen voor "
              "lwoo, is uitgewerkt in het document Criteria toewijzing (bijlage 3)."),
        ("h2", "4.5 OPDC-plaatsing"),
        ("p", "Plaatsing in het OPDC Het Duin verloopt via hetzelfde portaal, maar zonder TLV. De school van "
              "inschrijving blijft verantwoordelijk; de leerling blijft daar ingeschreven."),
        ("h2", "4.6 Einde van de TLV en terugkeer"),
        ("p", "Kust en Duin wil dat leerlingen niet langer in het vso blijven dan nodig is. Terugkeer naar een "
              "reguliere school, of overstap naar praktijkonderwijs, is het doel zodra de leerling daar met "
              "ondersteuning kan functioneren. Voorwaarden zijn dat de leerling de OPP-doelen voor gedrag en "
              "werkhouding gedurende ten minste een half jaar haalt en dat ouders en leerling achter de "
              "overstap staan."),
        ("ol", ["Uiterlijk 1 februari van het laatste TLV-jaar houdt de vso-school een perspectiefgesprek met "
                "ouders, leerling en de consulent van het samenwerkingsverband.",
                "De vso-school stelt vast of terugkeer haalbaar is en meldt dat vóór 1 maart bij het "
                "Toewijzingsteam.",
                "Bij terugkeer zoekt de consulent met ouders een ontvangende school; die bevestigt plaatsing "
                "vóór 1 mei. Een proefplaatsing van zes weken met behoud van de vso-inschrijving is mogelijk.",
                "Is terugkeer niet haalbaar, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan.",
                "Na terugkeer krijgt de leerling een terugkeerarrangement van ten minste zes maanden: ambulante "
                "begeleiding vanuit het vso en een vaste coach op de nieuwe school."]),
        ("h1", "5 Pijler 3 – Een dekkend aanbod"),
        ("p", "Het aanbod in Kust en Duin loopt van de ondersteuning op school, via schoolarrangementen en het "
              "OPDC Het Duin, naar het vso en het praktijkonderwijs. Zeven vmbo-locaties bieden lwoo in kleinere "
              "klassen. Het OPDC heeft 30 plaatsen voor leerlingen die tijdelijk vastlopen; zij keren na "
              "maximaal twintig weken terug naar hun school. Voor leerlingen die onderwijs en zorg combineren is "
              "er een onderwijs-zorgarrangement op De Branding, samen met een jeugdzorgaanbieder. Voor "
              "vierdejaars vso-leerlingen is er een werkplaats arbeidstoeleiding."),
        ("p", "Of het aanbod dekkend is, toetst het Toewijzingsteam iedere maand aan de Regiotafel. Daar komen "
              "alle leerlingen langs die langer dan vier weken op een plek wachten of voor wie geen school "
              "gevonden is. Per casus wordt binnen twee weken een oplossing gezocht; structurele tekorten worden "
              "tweemaal per jaar aan het directeurenoverleg voorgelegd met een voorstel voor nieuw aanbod. Zo is "
              "in 2025 besloten tot een tweede groep voor jonge vso-leerlingen met een zeer laag IQ."),
    ]
    b += f_thuiszitters(v)
    b += [
        ("h1", "6 Pijler 4 – Ouders en leerlingen"),
        ("p", "Ouders kennen hun kind het best. We vinden het belangrijk dat zij weten welke ondersteuning er in de "
              "regio is en hoe zij die kunnen krijgen. Daarom geven we de Ondersteuningswijzer Kust en Duin uit, "
              "een folder en webpagina die per school laat zien welke ondersteuning zij biedt, welke "
              "bovenschoolse voorzieningen er zijn en hoe de route naar het vso, lwoo of pro verloopt. Iedere "
              "school reikt de folder uit tijdens de kennismaking in leerjaar 1. Daarnaast organiseert het "
              "samenwerkingsverband twee keer per jaar een online ouderavond, en staan in de schoolgids van "
              "elke school de contactgegevens van de ondersteuningscoördinator."),
        ("p", "Leerlingen denken mee via een leerlingenpanel, dat in het voorjaar van 2026 voor het eerst bijeenkwam. "
              "Over de inrichting van een ouder- en jeugdsteunpunt zijn we in gesprek met de PO-verbanden in de "
              "regio; zodra daar meer over bekend is, wordt dit plan aangevuld (bijlage 4)."),
    ]
    b += f_oogo(v) + f_governance(v, jaarverslag=True) + f_opr(v) + f_personeel(v)
    b += [
        ("h2", "8.4 Financiën en meerjarenbegroting"),
        ("p", "Kust en Duin werkt met een expertisemodel. Van de rijksbijdrage voor lichte ondersteuning gaat een "
              "bedrag van € 142 per leerling naar de besturen, op basis van het aantal leerlingen op 1 oktober "
              "van het jaar daarvoor. Voor individuele arrangementen kan een school bij het Toewijzingsteam een "
              "bijdrage aanvragen tot € 6.000 per leerling per schooljaar; het team kent een bijdrage toe als "
              "het OPP laat zien dat de basisondersteuning en het schoolbudget zijn benut. Lwoo- en "
              "pro-middelen gaan volledig naar de besturen die lwoo en pro verzorgen."),
        ("p", "De meerjarenbegroting voor de planperiode wordt in december 2026 door het bestuur vastgesteld en "
              "daarna als addendum aan dit plan toegevoegd. De risicoparagraaf en het beleid voor de reserves: p.m."),
        ("h2", "8.5 Resultaten en kwaliteitszorg"),
        ("table", [["Beoogd resultaat", "Indicator", "Stand 2025", "Streefwaarde 2030", "Hoe gemeten en wanneer gerapporteerd"],
                   ["Minder leerlingen zonder passende plek", "Aantal leerlingen > 4 weken op de Regiotafel", "23", "≤ 8",
                    "Registratie Regiotafel; per kwartaal aan het bestuur"],
                   ["Kortere doorlooptijd TLV", "% besluiten binnen 6 weken", "71%", "95%", "Portaal; halfjaarlijks"],
                   ["Terugkeer uit het OPDC", "% leerlingen terug op reguliere school na 1 jaar", "64%", "80%",
                    "Volgsysteem OPDC; jaarlijks in het jaarverslag"],
                   ["Tevreden ouders", "Gemiddeld rapportcijfer ouderpeiling", "6,8", "7,5",
                    "Ouderpeiling elke twee jaar (2026, 2028, 2030)"],
                   ["Stabiel deelnamepercentage vso", "% vso op 1 oktober", "3,6%", "≤ 3,6%", "DUO-kijkglas; jaarlijks"]]),
        ("p", "Het bureau bespreekt de uitkomsten elk najaar met het directeurenoverleg en de OPR; afwijkingen "
              "leiden tot bijstelling van het jaarplan."),
    ]
    b += f_ict(v) + f_mbo(v) + f_werkgeverschap(v) + f_planning(v)
    b += [("h1", "Bijlage 1 Begrippenlijst")] + glossary(GLOSS_VO)[1:] + afkortingen(AFK_VO)
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Pijler 1 defines the common minimum level, but the concrete standards are only in the absent bijlage 2 (Kwaliteitskaart).",
               "plaatsing": "4.1-4.3 give the procedure (route table, deskundigen, termijnen, lwoo/pro dates); criteria only 'uitgewerkt in bijlage 3' (absent).",
               "terugstroom": "4.6 'Einde van de TLV en terugkeer' inside the TLV chapter: aims/conditions plus numbered steps with dates and terugkeerarrangement.",
               "financien": "8.4: expertisemodel € 142 per leerling + arrangement criteria (verdeling); meerjarenbegroting deferred to an addendum, reserves 'p.m.'.",
               "dekkend-aanbod": "Pijler 3: continuum school -> OPDC -> vso/pro/OZA; Regiotafel monthly for pupils without place, structural gaps to directeurenoverleg.",
               "resultaten": "8.5 only as a table: beoogde resultaten with indicators, stand 2025, streefwaarden and how/when measured and reported.",
               "ouders": "Pijler 4: Ondersteuningswijzer, online ouderavond, schoolgids (informatie); OJSP only announced/deferred, no independent help named."})
    return b, labels, "SWV Kust en Duin VO | Ondersteuningsplan 2026-2030", "Kust en Duin – concept ter vaststelling"


# ---------------------------------------------------------------------------
# Plan 3: VO Waalboog (html). House style: web chapters with question headings.
# ---------------------------------------------------------------------------

def plan_waalboog():
    v = dict(naam="Samenwerkingsverband Passend Voortgezet Onderwijs Waalboog (VO 25-09)", kort="Waalboog",
             periode="2026-2030", nbesturen=4, nscholen=9, schoolwoord="scholen", regio="Waalboog",
             gemeenten="Waalboog, Ooijmeer en Kerkdrecht", nll="6.300", bestuurder="mw. A. el Idrissi",
             opr=8, opr_datum="10 maart 2026", oogo_datum="19 februari 2026", vast_datum="26 maart 2026",
             ander_swv="PO Rijk van Waalboog", fte="8,4", hgov="8", hoogo="7", hplan="9",
             context_rows=[["Stichting Waalboog Scholengroep", "5", "4.100"], ["Stichting Ooijmeer College", "2", "1.450"],
                           ["Stichting Praktijkonderwijs Waalboog", "1", "360"], ["Stichting vso De Hoge Brug", "1", "390"]])
    b = [("title", "Ondersteuningsplan Waalboog 2026-2030 (webversie)"),
         ("sub", "Samen zorgen we voor een passende plek – de online versie van ons ondersteuningsplan"),
         ("toc", ["Voorwoord", "1 Context", "2 Visie en missie", "3 Wat mag je van elke school verwachten?",
                  "4 Extra ondersteuning, OPDC en vso", "5 Toelaatbaarheid en terugplaatsing",
                  "6 Ouders en leerlingen", "7 Gemeenten en jeugdhulp", "8 Organisatie",
                  "8.3 Waar gaat het geld naartoe?", "8.4 Kwaliteit en resultaten", "9 Planning",
                  "Begrippenlijst"])]
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v) + f_regio(v) + f_landelijk(v) + f_visie(v)
    b += [
        ("h1", "3 Wat mag je van elke school verwachten?"),
        ("p", "Alle negen scholen in Waalboog hebben met elkaar afgesproken wat zij minimaal bieden aan iedere "
              "leerling, op elke locatie. Die afspraak noemen we de basisondersteuning. Het is een belofte van "
              "alle besturen samen: een leerling hoeft er niets voor aan te vragen en het maakt niet uit of je "
              "op het gymnasium of op een vmbo-locatie zit."),
        ("table", [["Onderwerp", "Wat je op elke school vindt"],
                   ["Begeleiding", "Een mentor met een vast mentoruur per week en een ondersteuningscoördinator"],
                   ["Leren", "Dyslexie- en dyscalculiebeleid, huiswerkbegeleiding, steunlessen Nederlands en rekenen"],
                   ["Welbevinden", "Faalangsttraining, een anti-pestcoördinator en een vertrouwenspersoon"],
                   ["Gedrag", "Een opvangruimte met vaste begeleider en een schoolbreed gedragsprotocol"],
                   ["Samenwerking", "Een ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts, eens per maand"],
                   ["Medisch", "Een protocol medisch handelen en een aangepast rooster bij langdurige ziekte"]]),
        ("p", "Scholen laten in hun schoolgids zien hoe zij deze afspraken uitvoeren. Het bureau bezoekt elke "
              "school eens per twee jaar voor een gesprek over de basis."),
        ("h1", "4 Extra ondersteuning, OPDC en vso"),
        ("p", "Wat als de basis niet genoeg is? Dan kan de school extra ondersteuning inzetten in de vorm van een "
              "arrangement op school, zoals een plusvoorziening in een kleine groep of intensieve begeleiding "
              "door een gedragsspecialist. Lukt het ook daarmee niet, dan is er het OPDC Het Kompas, waar "
              "leerlingen maximaal een schooljaar onderwijs volgen in groepen van twaalf, met het doel terug te "
              "keren naar hun school. Het praktijkonderwijs Waalboog biedt onderwijs voor leerlingen die het best "
              "in de praktijk leren, en vijf vmbo-locaties bieden lwoo. Voor leerlingen die langdurig "
              "gespecialiseerde ondersteuning nodig hebben, is er vso De Hoge Brug (cluster 4) en wordt samen met "
              "het buurverband gebruikgemaakt van vso-scholen voor cluster 3 in Nijkerkveen en Rosmalen-Oost. "
              "Samen vormen deze voorzieningen een doorlopende lijn van licht naar zwaar."),
        ("p", "Waar het aanbod nog gaten vertoont en hoe we die dichten, brengen we in het eerste jaar van dit plan "
              "in kaart. Een analyse van de witte vlekken en een aanpak daarvoor volgen in 2027. We weten dat het "
              "aantal thuiszitters in de regio zorgen baart."),
    ]
    b += f_nieuwkomers(v)
    b += [
        ("h1", "5 Toelaatbaarheid en terugplaatsing"),
        ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs en over "
              "de aanwijzing voor lwoo. Hoe dat in zijn werk gaat, welke stukken nodig zijn en aan welke "
              "voorwaarden een leerling moet voldoen, staat in het Handboek Toewijzing 2026. Dat handboek is "
              "te vinden op onze website onder 'Voor scholen'."),
        ("p", "Onze afspraken over terugplaatsing uit het vso vernieuwen we samen met De Hoge Brug. Dat gebeurt in "
              "het schooljaar 2026-2027; tot die tijd blijven de bestaande afspraken van kracht."),
        ("h1", "6 Ouders en leerlingen"),
        ("p", "Ouders moeten kunnen vinden wat er voor hun kind mogelijk is. Op de ouderpagina van onze website "
              "staat per school welke ondersteuning er is, met korte filmpjes waarin leerlingen en "
              "ondersteuningscoördinatoren vertellen hoe het werkt. Elke school geeft ouders bij de aanmelding "
              "de kaart 'Zo helpen wij je kind', met de basisondersteuning en de contactpersoon. In januari is er "
              "een regionale markt waar alle scholen en voorzieningen, ook het OPDC en het vso, zich presenteren."),
        ("p", "Kom je er samen met school niet uit? Dan hoef je het niet alleen te doen. Het Ouder- en "
              "Jeugdsteunpunt Waalboog is een onafhankelijke plek, ondergebracht bij MEE Gelderse Poort, waar "
              "ouders en jongeren gratis advies en begeleiding krijgen, ook bij gesprekken op school. Daarnaast "
              "kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten, en bij een conflict over "
              "toelating of verwijdering op de Geschillencommissie passend onderwijs."),
    ]
    b += f_oogo(v) + f_governance(v) + f_opr(v) + f_personeel(v) + f_ict(v)
    b += [
        ("h2", "8.3 Waar gaat het geld naartoe?"),
        ("p", "Van de ondersteuningsmiddelen die Waalboog van het Rijk ontvangt, gaan eerst de verplichte afdrachten "
              "voor het vso en de middelen voor lwoo en pro af; die laatste geven we door aan de besturen naar "
              "rato van het aantal lwoo- en pro-leerlingen op 1 oktober. Wat overblijft, verdelen we met een "
              "vaste sleutel: 60% gaat als schoolbudget naar de besturen, berekend per leerling op 1 oktober; "
              "40% blijft bij het samenwerkingsverband voor het OPDC, de arrangementen op school en het bureau. "
              "Een arrangement op school wordt toegekend als het ondersteuningsteam heeft vastgesteld dat de "
              "basisondersteuning is uitgeput; het bedrag is € 4.500 per leerling per jaar."),
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "9.960", "9.880", "9.790", "9.720"],
                   ["Afdrachten vso (DUO)", "-4.310", "-4.290", "-4.270", "-4.250"],
                   ["Lwoo en pro naar besturen", "-3.020", "-2.990", "-2.960", "-2.930"],
                   ["Schoolbudgetten (60%)", "-1.578", "-1.560", "-1.536", "-1.524"],
                   ["OPDC, arrangementen en bureau (40%)", "-1.052", "-1.040", "-1.024", "-1.016"],
                   ["Saldo", "0", "0", "0", "0"]]),
        ("h2", "8.4 Kwaliteit en resultaten"),
        ("p", "Waalboog werkt resultaatgericht. De ambities en beoogde resultaten voor de komende jaren werken we "
              "uit in de jaarplannen; de eerste daarvan verschijnt na de zomer van 2026. De scholen blijven zelf "
              "verantwoordelijk voor de kwaliteit van hun onderwijs en de examenresultaten."),
    ]
    b += f_werkgeverschap(v) + f_kennis(v) + f_planning(v) + f_totstandkoming(v)
    b += glossary(GLOSS_VO) + afkortingen(AFK_VO)
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat mag je van elke school verwachten?': minimum for all schools and a content table; school visit every 2 years.",
               "plaatsing": "H5 only says the SWV decides and refers procedure and voorwaarden to the Handboek Toewijzing on the website (not in input).",
               "terugstroom": "H5 only defers: terugplaatsing afspraken renewed in 2026-2027, 'bestaande afspraken' not given; nav/glossary only otherwise.",
               "financien": "8.3 'Waar gaat het geld naartoe?': 60/40 sleutel, per-leerling, arrangement € 4.500 with criterion, begroting table 2026-2029.",
               "dekkend-aanbod": "H4 describes the continuum (arrangement, OPDC, pro, lwoo, vso, ISK); the gap analysis is deferred to 2027, thuiszitters only named.",
               "resultaten": "8.4 only 'resultaatgericht' and a deferral of ambities/beoogde resultaten to the jaarplannen; no monitoring described.",
               "ouders": "H6: ouderpagina with films, kaart per school, regional market; independent OJSP at MEE, Onderwijsconsulenten, Geschillencommissie."})
    nav = [("Home", "s1"), ("Basisondersteuning", "s5"), ("Toelaatbaarheid", "s8"), ("Terugplaatsing", "s8"),
           ("Financiën", "s15"), ("Resultaten", "s16"), ("Ouders", "s9")]
    return b, labels, nav, "© Samenwerkingsverband Waalboog – Ondersteuningsplan, basisondersteuning, toelaatbaarheid, ouders, resultaten, financiën"


# ---------------------------------------------------------------------------
# Plan 4: PO De Brede Beek (docx). House style: short chapters, "Wat / Hoe" blocks.
# ---------------------------------------------------------------------------

GLOSS_PO = [
    ["Basisondersteuning", "De ondersteuning die alle basisscholen van het samenwerkingsverband bieden."],
    ["Sbo", "Speciaal basisonderwijs."],
    ["So", "Speciaal onderwijs, cluster 3 en 4."],
    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
    ["Terugplaatsing", "Terugkeer van een leerling uit sbo of so naar de basisschool."],
    ["Verdeelmodel", "De manier waarop de ondersteuningsmiddelen over de schoolbesturen worden verdeeld."],
    ["Meerjarenbegroting", "Begroting voor de gehele planperiode."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en kinderen."],
    ["Dekkend aanbod", "Voor ieder kind is een passende plek beschikbaar."],
    ["Informatievoorziening ouders", "De manier waarop ouders over de ondersteuning worden geïnformeerd."],
]
AFK_PO = [("IB'er", "intern begeleider"), ("OPP", "ontwikkelingsperspectief"), ("OPR", "ondersteuningsplanraad"),
          ("OJSP", "ouder- en jeugdsteunpunt"), ("sbo", "speciaal basisonderwijs"), ("so", "speciaal onderwijs"),
          ("TLV", "toelaatbaarheidsverklaring"), ("HGW", "handelingsgericht werken"), ("OOGO", "op overeenstemming gericht overleg")]


def plan_bredebeek():
    v = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Brede Beek (PO 29-04)", kort="De Brede Beek",
             periode="2026-2030", nbesturen=7, nscholen=52, schoolwoord="basisscholen", regio="Beekdal",
             gemeenten="Beekdal, Hoeverhout, Oldenbroek-Zuid en Ter Aa", nll="11.800", bestuurder="dhr. J. Kuipers",
             opr=14, opr_datum="12 maart 2026", oogo_datum="5 februari 2026", vast_datum="2 april 2026",
             ander_swv="VO Beekdal", fte="12,0", hgov="9", hoogo="7", hplan="10",
             leraar="de leerkracht en de intern begeleider", jongere="ieder kind",
             context_rows=[["Stichting Beekscholen", "14", "3.300"], ["SKO Hoeverhout", "11", "2.450"],
                           ["Stichting Primair Oldenbroek", "9", "1.980"], ["PCBO Ter Aa", "8", "1.760"],
                           ["Stichting Kindwijs", "7", "1.710"], ["Stichting sbo Beekdal", "2", "340"],
                           ["Stichting De Sterrenschool (so)", "1", "260"]])
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband De Brede Beek – elk kind een passende plek, zo dichtbij mogelijk"),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Visie, missie en kernwaarden",
                  "3 Basisondersteuning", "4 Extra ondersteuning en het dekkend aanbod",
                  "5 Toelaatbaarheid sbo en so", "6 Terug naar de basisschool", "7 Samenwerking met gemeenten",
                  "8 Ouders", "9 Organisatie en bestuur", "9.5 Financiën en meerjarenbegroting",
                  "10 Planning", "11 Wat willen we bereiken en hoe weten we dat?", "Begrippenlijst en afkortingen"]),
         ("pagebreak", None)]
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v) + f_visie(v)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Wat: basisondersteuning is de ondersteuning die alle 52 basisscholen van De Brede Beek, op iedere "
              "locatie, minimaal bieden. De besturen hebben dit niveau samen vastgesteld; geen school zakt eronder."),
        ("p", "Hoe: op iedere basisschool vinden ouders in elk geval:"),
        ("ul", ["een intern begeleider met ten minste acht uur per week voor elke 200 leerlingen;",
                "handelingsgericht werken in een cyclus van groepsbesprekingen, drie keer per jaar;",
                "een dyslexieprotocol met vroege signalering in groep 2 en 3 en een dyscalculieprotocol;",
                "een aanbod voor meer- en hoogbegaafde kinderen binnen de groep, met een verrijkingsprogramma;",
                "een aanpak voor sociale veiligheid en een anti-pestprogramma;",
                "afspraken over medisch handelen en over kinderen met een lichamelijke beperking;",
                "een ondersteuningsteam van IB'er, ouders, leerkracht en de orthopedagoog van het "
                "samenwerkingsverband, dat op verzoek van school of ouders binnen drie weken bijeenkomt."]),
        ("p", "Scholen beschrijven hun invulling in het schoolondersteuningsprofiel. De orthopedagogen van het "
              "samenwerkingsverband bespreken dit profiel eens per jaar met de directeur en de IB'er."),
        ("h1", "4 Extra ondersteuning en het dekkend aanbod"),
        ("p", "Boven op de basis kan een school extra ondersteuning organiseren, met hulp van het Expertiseteam "
              "van het samenwerkingsverband (orthopedagogen, een gedragsspecialist en een taalspecialist). "
              "Bovenschools zijn er de observatiegroep De Vlinder (acht plaatsen, maximaal zes maanden), de "
              "Taalklas voor nieuwkomers (twee locaties), de Plusklas voor hoogbegaafde kinderen (één dag per "
              "week), twee scholen voor speciaal basisonderwijs (De Regenboog en De Klimop) en so De Sterrenschool "
              "voor cluster 4. Voor kinderen met een verstandelijke of lichamelijke beperking maken we gebruik van "
              "so-scholen voor cluster 3 in de aangrenzende regio's."),
        ("p", "Elk kwartaal houden we een overzicht bij van kinderen die wachten op een plek of voor wie geen "
              "passende plek te vinden is. De consulent meldt zulke kinderen aan bij de Sluitende-aanpaktafel, "
              "waar het samenwerkingsverband, de gemeente en de jeugdhulp binnen twee weken een plan maken. Als "
              "blijkt dat voor een groep kinderen structureel iets ontbreekt, doet het directeurenoverleg het "
              "bestuur een voorstel voor nieuw aanbod. Zo ontstond in 2024 De Vlinder."),
    ]
    b += f_thuiszitters(v)
    b += [
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als (a) de basisschool ten minste een "
              "jaar extra ondersteuning heeft geboden die in een OPP is vastgelegd en geëvalueerd, (b) het kind "
              "onvoldoende profiteert van die ondersteuning op het gebied van leren, gedrag of ontwikkeling, en "
              "(c) het kind is aangewezen op kleinere groepen en een specifiek pedagogisch klimaat gedurende de "
              "hele week. Een kind is toelaatbaar tot het so cluster 4 als daarnaast sprake is van ernstige en "
              "langdurige gedrags- of psychiatrische problematiek die ook in het sbo niet hanteerbaar is; voor "
              "cluster 3 geldt een verstandelijke, lichamelijke of langdurig medische beperking waardoor het kind "
              "is aangewezen op gespecialiseerd onderwijs."),
        ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so geldt voor "
              "twee schooljaren. Hoe een school een TLV aanvraagt, welke stukken daarvoor nodig zijn en wie "
              "erover beslist, leest u in de Routekaart Toelaatbaarheid op onze website."),
        ("h1", "6 Terug naar de basisschool"),
        ("p", "Een plek in het sbo of so is niet bedoeld voor altijd. Ons beleid is dat bij ieder kind jaarlijks "
              "wordt bekeken of terugkeer naar een basisschool dichter bij huis mogelijk is. Terugkeer is aan de "
              "orde als het kind de doelen uit het OPP heeft gehaald en een basisschool met de ondersteuning van "
              "het Expertiseteam kan bieden wat het kind nodig heeft. De ontvangende school krijgt in het eerste "
              "jaar een ambulant begeleider van de sbo- of so-school, tien weken lang een dagdeel per week, "
              "daarna op afroep."),
        ("p", "Zo gaat het in de praktijk:"),
        ("ol", ["Bij de jaarlijkse OPP-evaluatie in maart bespreekt de sbo- of so-school met ouders of "
                "terugplaatsing een optie is.",
                "Is dat zo, dan meldt de school het kind vóór 1 april aan bij de consulent van het "
                "samenwerkingsverband.",
                "De consulent zoekt met ouders een basisschool; er volgt een kennismaking en, als ouders dat "
                "willen, een proefperiode van vier weken.",
                "De directeur van de sbo- of so-school besluit samen met de ontvangende school en ouders over de "
                "overstap; de TLV eindigt op de dag van inschrijving op de basisschool.",
                "Na drie en na twaalf maanden evalueren de scholen, de ouders en de consulent hoe het gaat."]),
    ]
    b += f_oogo(v)
    b += [
        ("h1", "8 Ouders"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij zijn altijd welkom bij het "
              "ondersteuningsteam, denken mee over het OPP en hebben een stem in de ondersteuningsplanraad."),
        ("p", "Lopen ouders ergens tegenaan, of zijn zij het niet eens met de school of met het "
              "samenwerkingsverband, dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Brede Beek. Het "
              "steunpunt is ondergebracht bij een onafhankelijke welzijnsorganisatie, werkt kosteloos en kiest "
              "alleen de kant van het kind. Het steunpunt bundelt twee keer per jaar de signalen van ouders en "
              "legt die aan het bestuur voor. Verder kunnen ouders de Onderwijsconsulenten inschakelen, en kunnen "
              "zij bij de Landelijke Bezwaaradviescommissie terecht als zij het niet eens zijn met een besluit "
              "over een TLV."),
        ("p", "Een communicatieplan waarin staat hoe wij ouders informeren over het ondersteuningsaanbod, stellen "
              "we op in 2027."),
    ]
    b += f_governance(v) + f_opr(v) + f_personeel(v) + f_werkgeverschap(v) + f_ict(v) + f_kennis(v)
    b += [
        ("h2", "9.5 Financiën en meerjarenbegroting"),
        ("p", "De verdeling van de ondersteuningsmiddelen over de besturen, de bestedingsregels en de "
              "meerjarenbegroting zijn opgenomen in de Kadernota Financiën 2026-2030. Het bestuur stelt deze "
              "kadernota in juni 2026 vast, na advies van de OPR."),
        ("h2", "9.6 Overstap naar het voortgezet onderwijs"),
        ("p", "Met het samenwerkingsverband VO Beekdal is een overstapprotocol afgesproken. Voor kinderen met een "
              "OPP is er in groep 8 een warme overdracht tussen de IB'er en de ondersteuningscoördinator van de "
              "vo-school. Aanvragen voor lwoo en praktijkonderwijs lopen via het VO-verband."),
    ]
    b += f_planning(v)
    b += [
        ("h1", "11 Wat willen we bereiken en hoe weten we dat?"),
        ("p", "Voor kinderen die extra ondersteuning nodig hebben, streven we in deze planperiode naar de volgende "
              "resultaten:"),
        ("ul", ["het deelnamepercentage sbo en so samen daalt van 2,9% (1 oktober 2025) naar 2,5% in 2030;",
                "jaarlijks keren ten minste tien kinderen uit sbo of so terug naar een basisschool (2025: 6);",
                "in 2028 wacht geen kind langer dan acht weken op een plek in het sbo of so;",
                "het aantal thuiszitters daalt van 14 naar maximaal 4;",
                "90% van de scholen voldoet in 2027 aan alle afspraken over de basisondersteuning."]),
        ("p", "We volgen deze resultaten in de Monitor Brede Beek: twee keer per jaar (peildata 1 oktober en "
              "1 maart) verzamelt het bureau de cijfers uit de leerlingtelling, de TLV-registratie, de "
              "thuiszittersregistratie en de jaarlijkse gesprekken over de basisondersteuning. De monitor wordt "
              "besproken in het directeurenoverleg en de OPR. In het jaarverslag rapporteren we elk jaar de "
              "bereikte resultaten naast de streefwaarden, met een toelichting op de verschillen."),
        ("h2", "Terugblik 2022-2025"),
        ("p", "In de vorige planperiode daalde het deelnamepercentage sbo en so van 3,2% naar 2,9%. Het aantal "
              "terugplaatsingen bleef steken op gemiddeld zes per jaar; daarom is dat nu een apart doel."),
    ]
    b += glossary(GLOSS_PO) + afkortingen(AFK_PO)
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat/Hoe': minimum for all 52 schools plus a concrete list (IB hours, HGW, protocols, OT within 3 weeks); SOP check yearly.",
               "plaatsing": "H5 gives sbo/so cluster 3/4 criteria and TLV duration, but the procedure is only referred to the Routekaart on the website.",
               "terugstroom": "H6 'Terug naar de basisschool': policy (yearly check, conditions, AB support) and 5 numbered steps with dates and decider.",
               "financien": "9.5 only refers to a Kadernota to be adopted in June 2026; 'middelen' in visie and glossary 'Verdeelmodel' are passing/glossary only.",
               "dekkend-aanbod": "H4: Expertiseteam, De Vlinder, Taalklas, Plusklas, sbo, so; quarterly overview + Sluitende-aanpaktafel; thuiszitters.",
               "resultaten": "H11 (after the planning chapter): numeric targets and the Monitor Brede Beek twice a year, reported in the jaarverslag.",
               "ouders": "H8: independent OJSP, Onderwijsconsulenten, LBT (steunpunt); how parents are informed is deferred to a communicatieplan in 2027; the SOP appears only as a borging tool in H3."})
    return b, labels, "SWV PO De Brede Beek – Ondersteuningsplan 2026-2030", "De Brede Beek | PO 29-04"


# ---------------------------------------------------------------------------
# Plan 5: VO Veenmarken (pdf). House style: "op hoofdlijnen", koers + speerpunten.
# ---------------------------------------------------------------------------

def plan_veenmarken():
    v = dict(naam="Samenwerkingsverband VO Veenmarken (VO 20-03)", kort="Veenmarken", periode="2026-2030",
             nbesturen=5, nscholen=12, schoolwoord="scholen", regio="de Veenmarken",
             gemeenten="Veendijk, Marum-Oost, Tonnekerk en Stadsveen", nll="8.050", bestuurder="mw. T. Bakker-Hoekstra",
             meedenkers="Schoolleiders, ondersteuningscoördinatoren en gemeenten",
             klankbord="Klankbordsessie ondersteuningscoördinatoren",
             opr=10, opr_datum="19 maart 2026", oogo_datum="11 maart 2026", vast_datum="14 april 2026",
             ander_swv="PO Veenmarken", fte="9,8", hgov="7", hoogo="8", hplan="9",
             context_rows=[["Stichting Veenmarken College", "4", "3.150"], ["CSG Tonnekerk", "3", "2.320"],
                           ["Stichting Praktijkonderwijs Veendijk", "1", "290"], ["Stichting Aventurijn (vso)", "2", "380"],
                           ["OSG Stadsveen", "2", "1.910"]])
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
         ("sub", "Samenwerkingsverband VO Veenmarken – koers, kaders en afspraken"),
         ("p", "Status: definitief, vastgesteld door het bestuur op 14 april 2026."),
         ("toc", ["Voorwoord", "1 Context en wettelijke opdracht", "2 Koers 2026-2030",
                  "3 Basisondersteuning en dekkend aanbod", "4 Commissie van Arrangeren en Toelaten (CAT)",
                  "4.4 Afloop van de TLV", "5 Bekostiging en begroting", "6 Monitoring en verantwoording",
                  "7 Organisatie en bestuur", "8 Overleg met gemeenten", "9 Planning",
                  "Bijlage: begrippen en afkortingen"]),
         ("pagebreak", None)]
    b += f_voorwoord(v)
    b += [("h2", "Samenvatting"),
          ("p", "Dit ondersteuningsplan beschrijft de kaders waarbinnen de vijf besturen van Veenmarken de komende "
                "vier schooljaren samenwerken. Het plan bouwt voort op het vorige plan en kiest nadrukkelijk voor "
                "continuïteit. Er komen geen nieuwe structuren bij; wel wordt een aantal bestaande afspraken "
                "aangescherpt. De belangrijkste keuzes zijn de volgende."),
          ("ul", ["De Commissie van Arrangeren en Toelaten blijft het centrale besluitorgaan en gaat sneller "
                  "besluiten: binnen vijf weken in plaats van acht.",
                  "De eigen lwoo-criteria die sinds 2023 gelden, blijven gehandhaafd.",
                  "De verdeling van de middelen voor lichte ondersteuning wordt vereenvoudigd tot een gewogen "
                  "sleutel per bestuur.",
                  "De reserve wordt in vier jaar teruggebracht tot de signaleringswaarde.",
                  "Het bestuur gaat sturen op een dashboard met kwartaalcijfers.",
                  "Twee onderwerpen worden in de planperiode nader uitgewerkt en later aan het plan toegevoegd."]),
          ("p", "Het plan is besproken met de schoolleiders, de ondersteuningscoördinatoren, de gemeenten en de "
                "ondersteuningsplanraad. De ondersteuningsplanraad heeft ingestemd; het OOGO met de gemeenten is "
                "gevoerd. Het plan wordt vóór 1 mei 2026 aan de inspectie gezonden.")]
    b += [("h2", "Leeswijzer"),
          ("p", "Dit plan is bewust op hoofdlijnen geschreven. Het bevat de kaders die het bestuur voor vier jaar "
                "vaststelt; de uitwerking volgt in jaarplannen en in het handboek van de CAT. Hoofdstuk 1 beschrijft "
                "de context, hoofdstuk 2 de koers met de speerpunten, hoofdstuk 4 de toewijzing, hoofdstuk 5 de "
                "bekostiging en hoofdstuk 6 de monitoring.")]
    b += f_context(v) + f_regio(v)
    b += [
        ("h2", "1.1 Ontwikkelingen in wet- en regelgeving"),
        ("p", "De planperiode valt samen met een aantal landelijke ontwikkelingen. De Wet versterking positie ouders "
              "en leerlingen in het passend onderwijs verplicht samenwerkingsverbanden om een ouder- en "
              "jeugdsteunpunt in te richten; de invoering daarvan volgen wij nauwgezet. Ook wordt gewerkt aan een "
              "landelijke norm voor basisondersteuning. Verder heeft de verbeteraanpak passend onderwijs geleid tot "
              "afspraken over de omvang van reserves van samenwerkingsverbanden."),
        ("h1", "2 Koers 2026-2030"),
        ("p", "Veenmarken kiest voor een koers van rust en vakmanschap. Na jaren van veel veranderingen willen de "
              "besturen de bestaande afspraken verstevigen en de regeldruk voor scholen verlagen. Het "
              "samenwerkingsverband is er voor de scholen, niet andersom. Wij zien onszelf als een netwerkorganisatie "
              "die verbindt, expertise bundelt en zorgt voor heldere en snelle besluiten."),
        ("p", "Voor de planperiode zijn vier speerpunten gekozen:"),
        ("ol", ["Herijking basisondersteuning. De besturen stellen in de loop van het schooljaar 2026-2027 een nieuw "
                "gezamenlijk niveau van basisondersteuning vast, in lijn met de landelijke norm die in voorbereiding "
                "is. Tot die tijd blijven de afspraken uit het ondersteuningsplan 2022-2026 gelden.",
                "Het aanbod in beeld. In 2026 laat het bestuur een extern bureau onderzoeken of het aanbod in de regio "
                "dekkend is. De uitkomsten en de vervolgstappen worden in een addendum bij dit plan opgenomen.",
                "Snelle en zorgvuldige toewijzing. De CAT besluit sneller en met minder papier (hoofdstuk 4).",
                "Sturen op informatie. Het bestuur krijgt beter zicht op wat de ondersteuning oplevert (hoofdstuk 6)."]),
        ("h1", "3 Basisondersteuning en dekkend aanbod"),
        ("p", "Zie speerpunt 1 en 2 van de koers. De resultaten van de herijking en het onderzoek naar het aanbod "
              "worden na vaststelling door het bestuur aan dit plan toegevoegd."),
        ("h1", "4 Commissie van Arrangeren en Toelaten (CAT)"),
        ("h2", "4.1 Taak en samenstelling"),
        ("p", "De CAT neemt namens het bestuur alle besluiten over toelaatbaarheid tot het vso en het "
              "praktijkonderwijs en over de aanwijzing voor lwoo. De commissie bestaat uit een onafhankelijke "
              "voorzitter, twee orthopedagogen-generalist, een GZ-psycholoog en een secretaris. Voor iedere "
              "vso-aanvraag brengen twee leden afzonderlijk een schriftelijk deskundigenadvies uit: een "
              "orthopedagoog of psycholoog en, afhankelijk van de vraag, een jeugdarts of kinderpsychiater uit de "
              "flexibele schil. Leden die bij de aanvraag betrokken waren, adviseren niet."),
        ("h2", "4.2 Toelaatbaarheid vso"),
        ("p", "Het bevoegd gezag van de school van inschrijving dient de aanvraag in via het aanvraagportaal, met het "
              "OPP, de evaluaties van de geboden ondersteuning en het onderwijskundig rapport. De secretaris "
              "bevestigt binnen vijf schooldagen de ontvangst en de volledigheid. De CAT neemt binnen vijf weken "
              "een besluit. Een leerling is toelaatbaar tot het vso als: (1) de school ten minste twee "
              "ondersteuningscycli van twaalf weken heeft doorlopen en geëvalueerd; (2) de leerling op meerdere "
              "domeinen (leren, gedrag, sociaal-emotioneel, zelfredzaamheid) een intensieve, structurele "
              "ondersteuningsbehoefte heeft die de mogelijkheden van de reguliere school aantoonbaar overstijgt; en "
              "(3) een vso-school kan bieden wat de leerling nodig heeft. De TLV wordt afgegeven voor één tot drie "
              "schooljaren, met bekostigingscategorie laag, midden of hoog."),
        ("h2", "4.3 Lwoo en praktijkonderwijs"),
        ("p", "Sinds 1 augustus 2023 hanteert Veenmarken eigen criteria voor lwoo (opting-out). Een leerling krijgt "
              "een aanwijzing lwoo als hij of zij een achterstand van ten minste anderhalf jaar heeft op begrijpend "
              "lezen of rekenen, en uit het onderwijskundig rapport blijkt dat de leerling in het vmbo extra "
              "begeleiding in een kleinere groep nodig heeft. Een capaciteitenonderzoek is niet meer verplicht. De "
              "aanwijzing geldt voor de duur van de vmbo-opleiding. Voor praktijkonderwijs gelden de landelijke "
              "criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee "
              "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De ontvangende vo-school vraagt "
              "lwoo en pro aan vóór 15 maart; de CAT besluit vóór 1 mei."),
        ("h2", "4.4 Afloop van de TLV"),
        ("ol", ["Zes maanden voor het einde van de TLV stuurt de vso-school de CAT een evaluatie van het OPP met een "
                "advies: verlenging of overstap naar het regulier onderwijs of het praktijkonderwijs.",
                "Bij een advies tot overstap bespreekt de secretaris van de CAT de leerling binnen vier weken met de "
                "vso-school en de beoogde vo-school.",
                "De vo-school beslist over inschrijving; de vso-school draagt het dossier over.",
                "Bij een advies tot verlenging doorloopt de vso-school de aanvraagprocedure van 4.2.",
                "De TLV eindigt op 31 juli van het laatste jaar; de CAT registreert de uitkomst."]),
        ("h1", "5 Bekostiging en begroting"),
        ("p", "Van de rijksmiddelen gaan eerst de afdrachten voor het vso af. De lwoo- en pro-middelen worden per "
              "leerling met een aanwijzing of TLV op 1 oktober doorgegeven aan het bestuur van de school. De "
              "middelen voor lichte ondersteuning worden over de besturen verdeeld met een gewogen sleutel: 70% naar "
              "rato van het totaal aantal leerlingen, 30% naar rato van het aantal leerlingen in de basis- en "
              "kaderberoepsgerichte leerweg. De besturen zetten deze middelen in voor de ondersteuning op hun "
              "scholen en verantwoorden dat jaarlijks in een format van het samenwerkingsverband."),
        ("table", [["x € 1.000", "2026", "2027", "2028", "2029", "2030"],
                   ["Baten", "12.640", "12.480", "12.330", "12.190", "12.060"],
                   ["Afdrachten vso", "-5.720", "-5.700", "-5.680", "-5.660", "-5.640"],
                   ["Lwoo en pro", "-3.910", "-3.860", "-3.810", "-3.770", "-3.730"],
                   ["Lichte ondersteuning besturen", "-2.340", "-2.300", "-2.260", "-2.220", "-2.190"],
                   ["CAT en bureau", "-690", "-700", "-710", "-720", "-730"],
                   ["Saldo", "-20", "-80", "-130", "-180", "-230"]]),
        ("p", "De reserve wordt met de negatieve saldi teruggebracht naar het niveau van de signaleringswaarde."),
        ("h1", "6 Monitoring en verantwoording"),
        ("p", "Het bureau houdt het Veenmarken-dashboard bij. Elk kwartaal worden daarin per school en per bestuur "
              "het aantal TLV's, de doorlooptijd van aanvragen, het aantal aanwijzingen lwoo, het "
              "deelnamepercentage vso en pro op 1 oktober en de uitkomst van afgelopen TLV's (verlengd, overgestapt) "
              "bijgewerkt. Het bestuur bespreekt het dashboard elk kwartaal; eenmaal per jaar houden bestuur, "
              "schoolleiders en CAT een evaluatiedag waarop de cijfers worden geduid. In het jaarverslag rapporteert "
              "het samenwerkingsverband over de bereikte resultaten."),
        ("p", "Welke resultaten we in deze planperiode willen bereiken, leggen we vast nadat in het voorjaar van "
              "2027 de nulmeting op basis van het dashboard beschikbaar is."),
    ]
    b += f_governance(v, jaarverslag=True) + f_opr(v, parents=False) + f_personeel(v) + f_werkgeverschap(v)
    b += f_ict(v) + f_kennis(v) + f_landelijk(v)
    b += f_oogo(v, full=False)
    b += [
        ("h2", "8.1 Regionale ontwikkelingen"),
        ("p", "De regio heeft te maken met een dalend aantal leerlingen. Tot 2032 daalt het aantal leerlingen in het "
              "voortgezet onderwijs met ongeveer twaalf procent. Twee besturen onderzoeken een fusie van hun "
              "locaties in Marum-Oost. Het samenwerkingsverband heeft daarin geen formele rol, maar wordt "
              "geïnformeerd over de gevolgen voor de leerlingen met een ondersteuningsbehoefte."),
        ("p", "Ook de schoolbesturen zelf veranderen. Eén bestuur heeft in 2025 een raad van toezicht ingesteld, "
              "een ander bestuur werkt aan een nieuw strategisch beleidsplan. Het samenwerkingsverband stemt zijn "
              "planning waar mogelijk af op de cycli van de besturen, zodat jaarplannen en begrotingen op elkaar "
              "aansluiten en scholen niet twee keer dezelfde informatie hoeven aan te leveren."),
    ]
    b += f_planning(v) + f_totstandkoming(v)
    b += [("h1", "Bijlage: begrippen en afkortingen")] + glossary(GLOSS_VO)[1:] + afkortingen(AFK_VO)
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Only a deferral (speerpunt 1: new level 'in de loop van 2026-2027', old plan applies) and H3 'zie speerpunt'; header/TOC/glossary traps.",
               "plaatsing": "H4 CAT: vso procedure with termijnen, 2 separate deskundigen, 3 vso criteria, own lwoo criteria (opting-out) and national pro criteria.",
               "terugstroom": "4.4 'Afloop van de TLV' gives steps, actors and moments, but no policy (aims, conditions, support after return).",
               "financien": "H5 'Bekostiging en begroting': 70/30 weighted sleutel, lwoo/pro per leerling, begroting table 2026-2030, reserve reduction.",
               "dekkend-aanbod": "Only the deferral in speerpunt 2 (external study, addendum) and 'zie speerpunt' in H3; OOGO is procedural only; no provisions described.",
               "resultaten": "H6 describes the quarterly dashboard, evaluatiedag and jaarverslag (monitoring); beoogde resultaten deferred until after the 2027 nulmeting.",
               "ouders": "No channel or independent help for parents; only a passing mention of the OJSP law in 1.1, the OPR and the header/glossary."})
    return (b, labels, "Ondersteuningsplan 2026-2030 | basisondersteuning – dekkend aanbod – ouders",
            "SWV VO Veenmarken · VO 20-03")


# ---------------------------------------------------------------------------
# Near-miss: school-level "ondersteuningsplan" of one VO school (pdf).
# ---------------------------------------------------------------------------

def nearmiss_baken():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "Het Baken College – locatie Havenkwartier (vmbo met lwoo, mavo, havo) – onderdeel van "
                 "Stichting Kustlyceum, aangesloten bij Samenwerkingsverband Kust en Duin VO"),
         ("toc", ["1 Inleiding", "2 Onze ondersteuningsstructuur", "3 Basisondersteuning op Het Baken",
                  "4 Lwoo-klassen en de trajectgroep", "5 Toelaatbaarheid en verwijzing naar het vso of OPDC",
                  "6 Terugkeer uit het OPDC", "7 Ouders", "8 Middelen", "9 Resultaten 2024-2025 en doelen",
                  "10 Jaarplanning zorgteam"])]
    b += [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Havenkwartier, in het schooljaar "
              "2025-2026 de ondersteuning aan haar leerlingen organiseert. Het plan is een uitwerking van ons "
              "schoolondersteuningsprofiel en van de afspraken die in het samenwerkingsverband Kust en Duin zijn "
              "gemaakt. Het plan is opgesteld door het zorgteam, besproken in de deelraad van de "
              "medezeggenschapsraad en vastgesteld door de locatiedirecteur. Het is bedoeld voor mentoren, docenten "
              "en ouders, en wordt elk schooljaar geactualiseerd."),
        ("p", "Op 1 oktober 2025 telde de locatie 812 leerlingen, van wie 164 met een aanwijzing lwoo en 58 met een "
              "ontwikkelingsperspectiefplan."),
        ("h1", "2 Onze ondersteuningsstructuur"),
        ("p", "De ondersteuning op Het Baken is georganiseerd in vier niveaus. Niveau 0 is de ondersteuning in de "
              "klas door de docent. Niveau 1 is de begeleiding door de mentor. Niveau 2 is de ondersteuning door "
              "het zorgteam: de ondersteuningscoördinator, de orthopedagoog, de dyslexiecoach, de "
              "faalangsttrainer en de schoolmaatschappelijk werker. Niveau 3 is het ondersteuningsadviesteam (OAT), "
              "waarin ook de leerplichtambtenaar, de jeugdarts en de consulent van het samenwerkingsverband "
              "zitten. Het OAT vergadert elke drie weken."),
        ("p", "Mentoren bespreken hun klas drie keer per jaar in een groepsbespreking met de teamleider en de "
              "ondersteuningscoördinator. Leerlingen over wie zorgen bestaan, worden aangemeld bij het zorgteam via "
              "het digitale aanmeldformulier in Magister."),
        ("h1", "3 Basisondersteuning op Het Baken"),
        ("p", "Iedere leerling op onze school kan rekenen op: een vast mentoruur per week, huiswerkbegeleiding op "
              "dinsdag en donderdag, dyslexiefaciliteiten (extra tijd, voorleessoftware, vergroot lettertype), "
              "een faalangsttraining in leerjaar 2, het Time-In lokaal met een vaste begeleider, en een "
              "vertrouwenspersoon. Deze basisondersteuning is gelijk aan de afspraken in het samenwerkingsverband."),
        ("h1", "4 Lwoo-klassen en de trajectgroep"),
        ("p", "Leerlingen met een aanwijzing lwoo zitten in de basis- en kaderklassen in groepen van maximaal "
              "zestien leerlingen. Zij krijgen twee extra uren Nederlands en rekenen per week en een mentor met een "
              "extra coachingsuur. De trajectgroep vangt maximaal acht leerlingen op die tijdelijk niet in de klas "
              "kunnen functioneren; zij keren na maximaal tien weken terug naar hun klas."),
        ("h1", "5 Toelaatbaarheid en verwijzing naar het vso of OPDC"),
        ("p", "Als wij een leerling niet meer de ondersteuning kunnen bieden die hij of zij nodig heeft, bespreken we "
              "dat in het OAT met ouders en leerling. De ondersteuningscoördinator stelt dan het dossier samen en "
              "de locatiedirecteur dient namens het bestuur een aanvraag in bij het Toewijzingsteam van het "
              "samenwerkingsverband, voor een plaatsing in het OPDC Het Duin of een toelaatbaarheidsverklaring voor "
              "het vso. Het samenwerkingsverband besluit; de procedure en criteria staan in het ondersteuningsplan "
              "van het samenwerkingsverband. In 2024-2025 vroegen wij voor zes leerlingen een TLV aan."),
        ("h1", "6 Terugkeer uit het OPDC"),
        ("p", "Leerlingen die in het OPDC zitten, blijven bij ons ingeschreven. Zes weken voor het einde van de "
              "OPDC-periode bespreken de mentor, de ondersteuningscoördinator en het OPDC hoe de terugkeer verloopt. "
              "De leerling start met een aangepast rooster en heeft de eerste acht weken wekelijks een gesprek met "
              "de ondersteuningscoördinator."),
        ("h1", "7 Ouders"),
        ("p", "Ouders zijn onze partners. Zij worden uitgenodigd bij iedere bespreking in het OAT, tekenen voor "
              "akkoord op het handelingsdeel van het OPP en worden door de mentor minstens eens per zes weken "
              "gebeld. Op onze website staat een pagina 'Ondersteuning' met de namen van het zorgteam. Ouders die "
              "een klacht hebben, kunnen terecht bij de klachtenregeling van Stichting Kustlyceum."),
        ("h1", "8 Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget op basis van het aantal leerlingen. "
              "Voor 2025-2026 bedraagt dat € 115.304. Wij besteden dit aan de formatie van de orthopedagoog "
              "(0,6 fte), de dyslexiecoach (0,4 fte), de trajectgroep en de faalangsttrainingen. De lwoo-middelen "
              "worden besteed aan kleinere klassen en extra uren."),
        ("table", [["Post", "Bedrag 2025-2026"],
                   ["Orthopedagoog 0,6 fte", "€ 54.000"], ["Dyslexiecoach 0,4 fte", "€ 28.000"],
                   ["Trajectgroep (begeleider)", "€ 26.500"], ["Trainingen en materiaal", "€ 6.804"]]),
        ("h1", "9 Resultaten 2024-2025 en doelen"),
        ("p", "In 2024-2025 slaagde 94% van de lwoo-leerlingen voor het examen. Geen leerling verliet de school "
              "zonder startkwalificatie of vervolgplek. Het doel voor 2025-2026 is dat 90% van de leerlingen in de "
              "trajectgroep binnen tien weken volledig terug is in de klas en dat de tevredenheid van ouders over "
              "de ondersteuning ten minste een 7,5 is."),
        ("h1", "10 Jaarplanning zorgteam"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "Overdrachtsgesprekken brugklas, screening dyslexie"],
                   ["november", "Eerste groepsbesprekingen, OPP-evaluaties"],
                   ["februari", "Tweede groepsbesprekingen, aanvragen lwoo nieuwe brugklassers"],
                   ["juni", "Derde groepsbesprekingen, evaluatie ondersteuningsplan"]]),
    ]
    return b, "Het Baken College – ondersteuningsplan 2025-2026", "Het Baken College | locatie Havenkwartier"


# ---------------------------------------------------------------------------
# labels and main
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, lab):
    crit = lab["criteria"]
    assert list(crit) == CORE, path
    # status rule sanity check against the criteria
    for el in ELEMENTS:
        cs = [crit[c] for c in CORE if c.startswith(el + ".")]
        adv = lab["advisory"].get(el, [])
        exp = "present" if all(cs) else ("partial" if any(cs) or adv else "missing")
        assert lab["elements"][el] == exp, (path, el, lab["elements"][el], exp)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {lab['sector']}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            lines.append(f"  {el}: [{', '.join(lab['advisory'][el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(lab['notes'][el])}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    stats = {}

    b, lab, hdr, ftr = plan_lindeland()
    to_docx(b, OUT / "vo-lindeland-op-2026-2030.docx", hdr, ftr)
    write_label(OUT / "vo-lindeland-op-2026-2030.expected.yaml", ["vo-lindeland-op-2026-2030.docx"], lab)
    stats["lindeland"] = words(b)

    b, lab, hdr, ftr = plan_kustenduin()
    to_docx(b, OUT / "vo-kustenduin-ondersteuningsplan.docx", hdr, ftr)
    docx_to_pdf(OUT / "vo-kustenduin-ondersteuningsplan.docx", OUT / "vo-kustenduin-ondersteuningsplan.pdf")
    write_label(OUT / "vo-kustenduin-ondersteuningsplan.expected.yaml",
                ["vo-kustenduin-ondersteuningsplan.docx", "vo-kustenduin-ondersteuningsplan.pdf"], lab)
    stats["kustenduin"] = words(b)

    b, lab, nav, ftr = plan_waalboog()
    to_html(b, OUT / "vo-waalboog-op-webversie.html", "Ondersteuningsplan Waalboog 2026-2030", nav, ftr)
    write_label(OUT / "vo-waalboog-op-webversie.expected.yaml", ["vo-waalboog-op-webversie.html"], lab)
    stats["waalboog"] = words(b)

    b, lab, hdr, ftr = plan_bredebeek()
    to_docx(b, OUT / "po-bredebeek-ondersteuningsplan.docx", hdr, ftr)
    write_label(OUT / "po-bredebeek-ondersteuningsplan.expected.yaml", ["po-bredebeek-ondersteuningsplan.docx"], lab)
    stats["bredebeek"] = words(b)

    b, lab, hdr, ftr = plan_veenmarken()
    tmp = Path(tempfile.mkdtemp(prefix="holdout269_src_"))
    try:
        to_docx(b, tmp / "vo-veenmarken-op-hoofdlijnen.docx", hdr, ftr)
        docx_to_pdf(tmp / "vo-veenmarken-op-hoofdlijnen.docx", OUT / "vo-veenmarken-op-hoofdlijnen.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label(OUT / "vo-veenmarken-op-hoofdlijnen.expected.yaml", ["vo-veenmarken-op-hoofdlijnen.pdf"], lab)
    stats["veenmarken"] = words(b)

    b, hdr, ftr = nearmiss_baken()
    tmp = Path(tempfile.mkdtemp(prefix="holdout269_src_"))
    try:
        to_docx(b, tmp / "vo-hetbaken-school-ondersteuningsplan.docx", hdr, ftr)
        docx_to_pdf(tmp / "vo-hetbaken-school-ondersteuningsplan.docx", OUT / "vo-hetbaken-school-ondersteuningsplan.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    (OUT / "vo-hetbaken-school-ondersteuningsplan.expected.yaml").write_text(
        "documents: [vo-hetbaken-school-ondersteuningsplan.pdf]\n"
        "sector: vo\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"School-level ondersteuningsplan of one VO location (zorgniveaus, OAT, schoolbudget, lwoo-klassen); "
        "it applies to the SWV's Toewijzingsteam and refers to the SWV's own plan; one school year, no multi-year planperiode, OOGO or OPR consent.\"\n",
        encoding="utf-8")
    stats["baken"] = words(b)
    for k, n in stats.items():
        print(f"{k}: {n} words")


if __name__ == "__main__":
    main()
