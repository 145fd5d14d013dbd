#!/usr/bin/env python3
"""Generate the holdout221 test set: 5 fictional ondersteuningsplannen (4 VO, 1 PO) and one
near-miss document (a school-level 'ondersteuningsplan' of a VO school), plus label files.

Deterministic, no network. Output goes next to this script's parent folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
# block helpers: a document is a list of (kind, payload)
# kinds: title, h1, h2, p, bullets, numbered, table (list of rows, first row header), pagebreak
# ----------------------------------------------------------------------------------------------


def write_docx(blocks, path, header_text=None, footer_text=None, title=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    cp.title = title or ""
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, payload in blocks:
        if kind == "title":
            d.add_heading(payload, level=0)
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in payload:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = payload
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))
    normalize_zip(path)


def write_html(blocks, path, title, nav, footer):
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
        "nav{background:#eef;padding:.5em}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:.2em .5em}</style>",
        "</head>",
        "<body>",
        '<header><nav><ul>' + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in nav) + "</ul></nav></header>",
        "<main>",
    ]
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"<h1>{e(payload)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(payload)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(payload)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in payload) + "</ul>")
        elif kind == "numbered":
            out.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in payload) + "</ol>")
        elif kind == "table":
            rows = payload
            h = "<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>"
            b = "".join("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table>{h}{b}</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", f"<footer><p>{e(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_to_pdf(blocks, pdf_path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout221_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, **kw)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, text):
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# shared filler (the prose real plans are full of). Parameters keep it from addressing criteria
# where a plan must stay 'missing'.
# ----------------------------------------------------------------------------------------------

def voorwoord(swv, sector, chair, regio, with_parents=True):
    leerlingen = "leerlingen in het voortgezet onderwijs" if sector == "vo" else "kinderen in het primair onderwijs"
    return [
        ("h1", "Voorwoord"),
        ("p", f"Met trots presenteren wij het ondersteuningsplan 2026-2030 van {swv}. Dit plan is het resultaat "
              f"van een intensief traject waarin schoolleiders, ondersteuningscoördinatoren, intern begeleiders, "
              f"bestuurders, leden van de ondersteuningsplanraad en vertegenwoordigers van de gemeenten in {regio} "
              f"met elkaar in gesprek zijn gegaan. In ruim twintig bijeenkomsten hebben we stilgestaan bij wat goed "
              f"gaat, wat beter kan en wat we de komende vier jaar samen willen bereiken voor {leerlingen}."),
        ("p", "De afgelopen planperiode stond in het teken van verandering. De coronajaren hebben hun sporen "
              "nagelaten, het lerarentekort is in onze regio voelbaar en de vraag naar ondersteuning is complexer "
              "geworden. Tegelijk zien we veel veerkracht: scholen die creatieve oplossingen vinden en teams die "
              "elkaar opzoeken" + (" en ouders die meedenken" if with_parents else "") +
              ". Dat vertrouwen nemen we mee in dit plan."),
        ("p", "Passend onderwijs is geen project met een einddatum. Het is een manier van werken waarin we steeds "
              "opnieuw de vraag stellen wat een leerling nodig heeft om zich te ontwikkelen, en wie daarvoor aan "
              "zet is. Dit plan geeft richting, maar het echte werk gebeurt in de klas, op de gang en in de "
              "gesprekken tussen leraar, leerling en thuis. Wij danken iedereen die heeft bijgedragen."),
        ("p", f"{chair}, voorzitter van het bestuur"),
    ]


def leeswijzer(chapters):
    return [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan is opgebouwd uit een aantal hoofdstukken die samen beschrijven hoe het "
              "samenwerkingsverband zijn wettelijke taken uitvoert. Hoofdstuk 1 schetst de context en de "
              "kengetallen van de regio. Daarna volgen onze visie en ambities, de inrichting van de ondersteuning, "
              "de organisatie en de financiële kaders. Waar een onderwerp in een ander document verder wordt "
              "uitgewerkt, geven wij dat aan. In de bijlagen vindt u onder meer een begrippenlijst."),
        ("p", "De volgende hoofdstukken komen aan bod: " + "; ".join(chapters) + "."),
    ]


def context(swv, sector, regio, gemeenten, n_scholen, n_ll, with_percentages=True):
    rows = [["Kengetal", "2023", "2024", "2025"],
            ["Aantal leerlingen (teldatum 1 oktober)", str(n_ll + 310), str(n_ll + 140), str(n_ll)],
            ["Aantal schoolbesturen", "11", "11", "10"],
            ["Aantal vestigingen", str(n_scholen + 1), str(n_scholen), str(n_scholen)]]
    blocks = [
        ("h1", "1. Context en kengetallen"),
        ("p", f"{swv} omvat de scholen in de gemeenten {gemeenten}. Het verband is een stichting waarin alle "
              f"schoolbesturen met een vestiging in {regio} samenwerken. In totaal gaat het om {n_scholen} "
              f"vestigingen en ongeveer {n_ll} leerlingen. De regio kent een mix van stedelijk en landelijk "
              f"gebied; de afstanden tussen de kernen zijn groot, wat gevolgen heeft voor het leerlingenvervoer "
              f"en voor de bereikbaarheid van voorzieningen."),
        ("p", "Het leerlingaantal daalt de komende jaren licht. De prognoses van de gemeenten laten tot 2030 een "
              "krimp zien van ongeveer vier procent, vooral in de kleinere kernen. Tegelijk groeit het aantal "
              "nieuwkomers door de opvang van statushouders en vluchtelingen. Dat vraagt iets van de scholen en "
              "van het verband."),
        ("table", rows),
    ]
    if with_percentages:
        deel = "vso" if sector == "vo" else "sbo en so"
        blocks.append(("p", f"Het deelnamepercentage {deel} lag op 1 oktober 2025 iets boven het landelijk "
                            f"gemiddelde. In hoofdstuk over resultaten gaan wij daar verder op in."))
    blocks.append(("p", "Sociaal-economisch is de regio divers. In een aantal wijken is de kansenongelijkheid "
                        "groot; de gemeenten zetten daar in op brede welvaart, voorschoolse educatie en "
                        "buurtgerichte jeugdhulp. Wij sluiten waar het kan aan bij die programma's."))
    return blocks


def visie(sector, with_parents=True):
    ll = "jongeren" if sector == "vo" else "kinderen"
    txt = [
        ("h1", "2. Visie, missie en ambities"),
        ("h2", "2.1 Missie"),
        ("p", f"Alle {ll} in onze regio krijgen onderwijs dat bij hen past, zo dicht mogelijk bij huis, zodat "
              f"zij zich ononderbroken kunnen ontwikkelen. Geen enkele leerling hoort thuis te zitten. Dat is "
              f"onze opdracht en daar staan wij als besturen samen voor."),
        ("h2", "2.2 Visie"),
        ("p", "Wij geloven dat elke leerling talenten heeft en dat het onderwijs de taak heeft om die talenten "
              "zichtbaar te maken. Ondersteuning is daarbij geen doel op zich, maar een middel. Wij denken vanuit "
              "mogelijkheden in plaats van beperkingen, vanuit onderwijsbehoeften in plaats van diagnoses en "
              "vanuit samenwerking in plaats van verwijzing. Een arrangement is pas passend als het ook werkt "
              "voor de leerling, de groep en de leraar."),
        ("p", "Wij werken handelingsgericht: we kijken naar wat een leerling nodig heeft, wat de leraar nodig "
              "heeft en wat de school kan bieden. Zo min mogelijk labels, zo veel mogelijk gesprek. Dat vraagt "
              "vakmanschap van leraren en vertrouwen tussen scholen."),
    ]
    if with_parents:
        txt.append(("p", "Ouders kennen hun kind het best. Wij willen dat zij zich gehoord voelen en dat de "
                         "school en thuis samen optrekken."))
    txt += [
        ("h2", "2.3 Kernwaarden"),
        ("bullets", ["Samen: besturen delen verantwoordelijkheid voor alle leerlingen in de regio.",
                     "Dichtbij: ondersteuning zo thuisnabij en zo regulier als mogelijk.",
                     "Eenvoudig: heldere routes, weinig bureaucratie, snelle besluiten.",
                     "Lerend: we evalueren wat we doen en stellen bij waar nodig."]),
        ("p", "Deze kernwaarden vormen de toetssteen voor alle keuzes in dit plan. Waar wij afwijken van de "
              "huidige praktijk, leggen wij uit waarom."),
    ]
    return txt


def governance(swv, director, parents_in_opr=True):
    opr = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders of leerlingen en zes "
           "personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen."
           if parents_in_opr else
           "De ondersteuningsplanraad (OPR) bestaat uit acht leden die worden afgevaardigd vanuit de "
           "medezeggenschapsraden van de aangesloten scholen.")
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Juridische vorm en bestuur"),
        ("p", f"{swv} is een stichting. Het bestuur is ingericht volgens het raad-van-toezichtmodel: een "
              f"directeur-bestuurder ({director}) vormt het bestuur en de raad van toezicht, bestaande uit vijf "
              f"leden, houdt toezicht. De algemene vergadering van aangesloten schoolbesturen benoemt de leden "
              f"van de raad van toezicht en heeft de bevoegdheid het ondersteuningsplan vast te stellen. De "
              f"statuten bevatten een geschillenregeling zoals de wet voorschrijft."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
              "controller, een secretariaat en een team van consulenten en orthopedagogen. De raad van toezicht "
              "hanteert de code goed bestuur in het onderwijs en evalueert jaarlijks zijn eigen functioneren."),
        ("h2", "Medezeggenschap"),
        ("p", opr + " De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Daarnaast "
              "heeft het bureau een eigen medezeggenschapsraad voor het personeel."),
        ("p", "De OPR vergadert vijf keer per jaar. De directeur-bestuurder is daarbij aanwezig voor toelichting. "
              "De OPR ontvangt ondersteuning van een ambtelijk secretaris en volgt jaarlijks een scholing."),
    ]


def oogo(gemeenten, date, substantive=True):
    b = [("h1", "Samenwerking met gemeenten (OOGO)"),
         ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
               f"gemeenten {gemeenten} op {date}. Van het overleg is een verslag gemaakt dat de gemeenten en het "
               f"verband hebben vastgesteld. Ook is het plan besproken met het samenwerkingsverband in het "
               f"aangrenzende gebied.")]
    if substantive:
        b.append(("p", "In het OOGO zijn afspraken gemaakt over de aansluiting tussen onderwijs en jeugdhulp. "
                       "Elke school heeft een vaste contactpersoon van het lokale team, die ten minste zes keer "
                       "per jaar aanschuift bij het ondersteuningsteam van de school. Voor leerlingen die naast "
                       "onderwijs ook zorg nodig hebben, zetten gemeente en verband samen onderwijs-"
                       "zorgarrangementen in; de gemeente financiert de zorgcomponent, het verband de "
                       "onderwijscomponent."))
    else:
        b.append(("p", "Over de inhoudelijke thema's (jeugdhulp in en om de school, leerlingenvervoer, "
                       "huisvesting) stellen gemeenten en verband in de loop van 2026 een gezamenlijke agenda "
                       "op. Tot die tijd gelden de bestaande werkafspraken per gemeente."))
    return b


def personeel(sector):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Scholen melden dat vacatures voor "
              "ondersteuningscoördinatoren, orthopedagogen en ambulant begeleiders moeilijk te vervullen zijn. "
              "Het verband investeert daarom in het opleiden van eigen mensen en in het delen van expertise "
              "tussen scholen."),
        ("p", "Het bureau van het verband telt momenteel ongeveer veertien fte. Het personeel is in dienst "
              "van de stichting of wordt gedetacheerd vanuit een van de aangesloten besturen. Voor de "
              "medewerkers geldt de cao " + ("vo" if sector == "vo" else "po") + ". Het verband voert "
              "een actief beleid op duurzame inzetbaarheid en werkdruk."),
        ("p", "Jaarlijks organiseren wij een studiedag voor alle ondersteuningsprofessionals, en er zijn "
              "netwerken voor ondersteuningscoördinatoren, mentoren en intern begeleiders. Thema's in "
              "2026-2027 zijn gedrag in de klas, executieve functies en het werken met een "
              "ontwikkelingsperspectiefplan. Scholen kunnen daarnaast een beroep doen op de academie van het "
              "verband voor maatwerktrainingen."),
    ]


def ict_privacy():
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Het verband verwerkt persoonsgegevens van leerlingen bij aanvragen voor arrangementen en "
              "toelaatbaarheidsverklaringen. Daarbij gaat het soms om gezondheidsgegevens. Wij doen dat "
              "uitsluitend voor zover dat nodig is voor onze wettelijke taken. Gegevens worden bewaard tot "
              "drie jaar na het besluit en daarna vernietigd."),
        ("p", "Aanvragen verlopen via een beveiligde digitale omgeving. Alleen medewerkers die bij de "
              "behandeling betrokken zijn, hebben toegang. Het verband heeft een functionaris "
              "gegevensbescherming aangesteld en voert jaarlijks een privacyaudit uit. Datalekken worden binnen "
              "72 uur gemeld bij de Autoriteit Persoonsgegevens."),
        ("p", "In 2026 vervangen wij het huidige registratiesysteem. De aanbesteding loopt; wij kiezen voor een "
              "systeem dat aansluit op de leerlingadministratie van de scholen, zodat gegevens niet dubbel "
              "ingevoerd hoeven te worden."),
    ]


def planning(swv):
    return [
        ("h1", "Planning en vaststelling"),
        ("p", "Dit ondersteuningsplan geldt voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het plan "
              "wordt elk jaar uitgewerkt in een jaarplan en een jaarbegroting. Tussentijdse wijzigingen leggen wij "
              "voor aan de OPR."),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in algemene vergadering", "22 januari 2026"],
                   ["OOGO met gemeenten", "12 februari 2026"],
                   ["Instemming ondersteuningsplanraad", "10 maart 2026"],
                   ["Vaststelling door het bestuur", "17 maart 2026"],
                   ["Toezending aan de Inspectie", "uiterlijk 1 april 2026"]]),
        ("p", f"Aldus vastgesteld door het bestuur van {swv}."),
        ("h2", "Tot slot"),
        ("p", "Een plan is maar zo goed als de uitvoering ervan. De komende vier jaar zullen ongetwijfeld "
              "ontwikkelingen brengen die wij nu niet voorzien: veranderende wetgeving, krimp of groei van "
              "leerlingaantallen, nieuwe inzichten over wat werkt in de klas. Wij zien dit plan daarom als een "
              "kompas en niet als een blauwdruk. Elk jaar kijken wij in het jaarplan opnieuw naar de koers, "
              "en waar bijsturing nodig is, doen wij dat in overleg met de besturen en met instemming van de "
              "ondersteuningsplanraad."),
        ("p", "Wij danken de leden van de werkgroepen, de schrijfgroep, de directeuren, de "
              "ondersteuningsplanraad en onze partners bij de gemeenten voor hun inzet, hun kritische vragen "
              "en hun betrokkenheid. Vragen over dit plan kunnen worden gesteld aan het bureau van het "
              "verband, dat graag een toelichting geeft op een van de overleggen op school."),
    ]


def totstandkoming(regio):
    return [
        ("h1", "Totstandkoming van dit plan"),
        ("p", f"Dit plan is niet achter een bureau geschreven. In het voorjaar van 2025 zijn wij gestart met "
              f"een evaluatie van het vorige plan in vier werkgroepen, samengesteld uit schoolleiders, "
              f"ondersteuningscoördinatoren en medewerkers van het bureau. Daarna volgden zes dialoogsessies "
              f"verspreid over {regio}, waarin in totaal ruim 250 deelnemers hun ideeën inbrachten. De "
              f"opbrengst van die sessies is gebundeld in een ambitiedocument dat het bestuur in september 2025 "
              f"heeft besproken."),
        ("p", "In het najaar van 2025 heeft een schrijfgroep de eerste versie van dit plan opgesteld. Die "
              "versie is in twee rondes besproken met de directeuren van de scholen, met de beleidsmedewerkers "
              "van de gemeenten en in een werksessie met de ondersteuningsplanraad. Alle reacties zijn "
              "vastgelegd in een reactienota, waarin staat wat wij met elke reactie hebben gedaan. Waar wij een "
              "suggestie niet hebben overgenomen, lichten wij dat toe."),
        ("p", "Wij hebben bewust gekozen voor een compact plan met heldere keuzes. Voorbeelden uit de praktijk "
              "en achtergrondinformatie zijn niet in de hoofdtekst opgenomen, maar worden via de nieuwsbrief "
              "en de netwerkbijeenkomsten gedeeld. Het plan is geschreven voor professionals in en rond de "
              "scholen, maar wij hebben geprobeerd het ook voor andere lezers toegankelijk te houden."),
    ]


def landelijk(ojsp_sentence):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. Na "
              "de evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met "
              "een reeks maatregelen. Daarnaast werkt het ministerie aan een landelijke norm voor "
              "basisondersteuning. Wij volgen de uitwerking daarvan en passen onze afspraken aan zodra de norm "
              "een wettelijke status krijgt."),
        ("p", "De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt onder meer het "
              "hoorrecht van leerlingen bij het ontwikkelingsperspectief en de verplichting voor ieder "
              "samenwerkingsverband om een ouder- en jeugdsteunpunt te hebben. " + ojsp_sentence),
        ("p", "Ook de vereenvoudiging van de bekostiging en de ontwikkelingen rond inclusief onderwijs raken "
              "ons werk. Het lerarentekort en de krapte op de arbeidsmarkt voor jeugdhulp maken dat wij keuzes "
              "moeten maken. Wij zullen niet alles tegelijk kunnen, en kiezen voor wat leerlingen het meest "
              "helpt. Over de landelijke ontwikkelingen informeren wij de scholen via de directeurenoverleggen."),
    ]


def communicatie_professionals():
    return [
        ("h1", "Communicatie met scholen en partners"),
        ("p", "Het verband wil voor scholen en partners een herkenbare en bereikbare organisatie zijn. Iedere "
              "school heeft een vaste consulent als eerste aanspreekpunt. Het bureau is op werkdagen tussen "
              "8.30 en 16.30 uur telefonisch bereikbaar; vragen per mail worden binnen twee werkdagen "
              "beantwoord."),
        ("p", "Voor professionals verschijnt zes keer per jaar een digitale nieuwsbrief met actuele "
              "ontwikkelingen, verslagen van netwerkbijeenkomsten en praktijkvoorbeelden. Eenmaal per jaar "
              "organiseren wij een regionale conferentie voor leraren, schoolleiders en ketenpartners, met "
              "workshops en een inspirerende spreker. Op het professionalsdeel van de website staan formulieren, "
              "handreikingen en de agenda van de netwerken."),
        ("p", "Naast de vaste kanalen zoeken wij actief het gesprek op. De directeur-bestuurder bezoekt elk "
              "schooljaar iedere school en spreekt daarbij met de schoolleiding en een afvaardiging van het "
              "team. Die bezoeken gaan niet over controle, maar over de vraag wat de school van het verband "
              "nodig heeft en wat het verband van de school kan leren. De opbrengst van de schoolbezoeken "
              "bundelen wij in een korte notitie voor het directeurenoverleg. Met de andere "
              "samenwerkingsverbanden in de provincie hebben wij periodiek overleg over kennisdeling, "
              "gezamenlijke inkoop van scholing en de vraag hoe wij als bureaus efficiënter kunnen werken."),
        ("p", "Wij evalueren onze communicatie met scholen elke twee jaar met een korte vragenlijst onder "
              "schoolleiders en ondersteuningscoördinatoren, en passen onze werkwijze zo nodig aan."),
    ]


GLOSSARY_VO = [
    ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met doel, inzet en duur."],
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het verband bieden."],
    ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor elke leerling een passende plek is."],
    ["LWOO", "Leerwegondersteunend onderwijs binnen het vmbo."],
    ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke bovenschoolse voorziening."],
    ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen."],
    ["PrO", "Praktijkonderwijs."],
    ["Terugplaatsing", "De overstap van een leerling uit het vso naar het regulier voortgezet onderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs."],
    ["Meerjarenbegroting", "Begroting die de inkomsten en uitgaven over meerdere jaren weergeeft."],
    ["Resultaten", "De beoogde en bereikte effecten van de ondersteuning."],
    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
]

GLOSSARY_PO = [
    ["Arrangement", "Afspraak over extra ondersteuning met doel, inzet en duur."],
    ["Basisondersteuning", "De ondersteuning die elke school in het verband ten minste biedt."],
    ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond plaatsing of ondersteuning."],
    ["SBO", "Speciaal basisonderwijs."],
    ["SO", "Speciaal onderwijs (cluster 3 en 4)."],
    ["Terugplaatsing", "Overstap van een leerling van sbo of so naar het reguliere basisonderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
    ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."],
    ["Resultaten", "Beoogde en bereikte uitkomsten van de ondersteuning."],
]


def begrippen(rows, title="Bijlage 1. Begrippenlijst"):
    return [("h1", title), ("table", [["Begrip", "Omschrijving"]] + rows)]


def afkortingen(sector):
    rows = [["Afkorting", "Betekenis"], ["GPO", "Geschillencommissie passend onderwijs"],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"], ["SOP", "Schoolondersteuningsprofiel"],
            ["SWV", "Samenwerkingsverband"]]
    if sector == "vo":
        rows += [["VSO", "Voortgezet speciaal onderwijs"], ["PrO", "Praktijkonderwijs"],
                 ["LWOO", "Leerwegondersteunend onderwijs"], ["ISK", "Internationale schakelklas"]]
    else:
        rows += [["IB", "Intern begeleider"], ["SBO", "Speciaal basisonderwijs"]]
    return [("h1", "Bijlage 2. Afkortingen"), ("table", rows)]


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("table", [["Hoofdstuk", "Pagina"]] + [[e, str(i * 3 + 4)] for i, e in enumerate(entries)])]


# ----------------------------------------------------------------------------------------------
# Plan A: VO, .docx. Terugplaatsing tucked into the TLV chapter (beleid only), financien under
# "Geld en middelen", ouders without independent support (website reference), no gap approach.
# ----------------------------------------------------------------------------------------------

def plan_a():
    swv = "Samenwerkingsverband VO Dommelkempen (VO 39-02)"
    gem = "Kempenhorst, Dommelrijk, Veldhoven-Noord en Aarle-Heide"
    chapters = ["1. Context en kengetallen", "2. Visie, missie en ambities", "3. Basisondersteuning",
                "4. Het ondersteuningscontinuüm", "5. Toelaatbaarheid: vso, lwoo en pro",
                "6. Ouders en leerlingen", "7. Geld en middelen", "8. Kwaliteit en resultaten",
                "9. Organisatie en governance", "10. Samenwerking met gemeenten (OOGO)",
                "11. Personeel en professionalisering", "12. ICT en privacy", "13. Planning en vaststelling",
                "Bijlage 1. Begrippenlijst", "Bijlage 2. Afkortingen", "Bijlage 3. Terugplaatsingsprotocol vso"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", swv), ("p", "Samen sterk voor elke leerling"), ("p", "Versie voor instemming OPR, maart 2026"),
         ("pagebreak", None)]
    b += toc(chapters)
    b += voorwoord(swv, "vo", "mr. H. van Ginneken", "de Kempen")
    b += leeswijzer(chapters[:13])
    b += context(swv, "vo", "de Kempen", gem, 23, 14200)
    b += visie("vo")
    b += totstandkoming("de Kempen")
    b += landelijk("Ook wij richten de komende periode een dergelijk steunpunt in; de vorm is nog onderwerp van gesprek.")
    b += [
        ("h1", "3. Basisondersteuning"),
        ("p", "Basisondersteuning is in ons verband het door alle besturen afgesproken minimumniveau van "
              "ondersteuning dat iedere vestiging van iedere aangesloten school biedt, ongeacht schoolsoort of "
              "denominatie. Het gaat om ondersteuning die een leerling krijgt zonder dat daarvoor een aanvraag bij "
              "het verband nodig is. Een school mag meer bieden, nooit minder. De afspraken gelden voor alle 23 "
              "vestigingen, ook voor het praktijkonderwijs en de vestigingen met lwoo."),
        ("p", "Wat mag een leerling op elke school verwachten? Wij hebben dat vastgelegd in twaalf standaarden:"),
        ("numbered", [
            "Elke leerling heeft een mentor die ten minste drie individuele gesprekken per schooljaar voert.",
            "Elke vestiging heeft een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen.",
            "Er is een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met de "
            "schoolmaatschappelijk werker en de jeugdarts van de GGD.",
            "De school werkt met een dyslexie- en dyscalculieprotocol; leerlingen met een verklaring krijgen "
            "extra tijd, vergroot materiaal en voorleessoftware.",
            "Er is een faalangstreductietraining en een training sociale vaardigheden, ten minste eenmaal per jaar.",
            "Elke vestiging heeft een vaste opvangruimte (time-in) waar een leerling onder begeleiding tot rust kan komen.",
            "De school biedt huiswerkbegeleiding op school voor leerlingen in de onderbouw.",
            "Er is een protocol medisch handelen en een aangepast rooster bij langdurige ziekte.",
            "Er is een aanpak voor executieve functies (plannen en organiseren) binnen het mentoraat.",
            "Er is een anti-pestcoördinator en een veiligheidsplan.",
            "Voor meer- en hoogbegaafde leerlingen zijn compacten en verrijken mogelijk.",
            "De school werkt handelingsgericht en stelt bij extra ondersteuning een OPP op."]),
        ("p", "Het verband gaat jaarlijks na of de scholen deze standaarden waarmaken. Elke vestiging vult in "
              "het voorjaar de kwaliteitskaart 'Basis op orde' in; een consulent van het verband bespreekt de "
              "uitkomsten met de schoolleiding. Voldoet een vestiging op een standaard niet, dan maakt de school "
              "binnen drie maanden een verbeterplan dat de directeur-bestuurder goedkeurt."),
        ("h1", "4. Het ondersteuningscontinuüm"),
        ("p", "Het ondersteuningsaanbod in ons verband bestaat uit vier niveaus die op elkaar aansluiten. "
              "Niveau 1 is de basisondersteuning uit hoofdstuk 3. Niveau 2 is de extra ondersteuning binnen de "
              "eigen school: trajectvoorzieningen, kleine groepen en individuele arrangementen die de school uit "
              "het schoolbudget bekostigt. Niveau 3 betreft de bovenschoolse voorzieningen: het OPDC De Overstap "
              "(60 plaatsen, tijdelijk, maximaal een schooljaar), de reboundvoorziening Kompas (20 plaatsen, "
              "twaalf weken) en de nieuwkomersvoorziening (ISK). Niveau 4 is het voortgezet speciaal onderwijs, "
              "met twee vso-scholen in de regio voor cluster 4 en een afdeling cluster 3."),
        ("p", "Praktijkonderwijs wordt aangeboden op twee scholen; leerwegondersteunend onderwijs op elf "
              "vmbo-vestigingen. Leerlingen bewegen tussen de niveaus: een leerling die in het OPDC een traject "
              "heeft gevolgd, keert terug naar de eigen school of stroomt door naar een andere reguliere school."),
        ("p", "Geen leerling mag tussen wal en schip vallen. Dat is een gedeelde ambitie van alle besturen."),
        ("h1", "5. Toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "5.1 Toelaatbaarheid tot het vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven vraagt de "
              "toelaatbaarheidsverklaring (TLV) aan bij het Loket Toewijzing van het verband. De aanvraag bevat "
              "het OPP met de evaluatie van ten minste twee cycli extra ondersteuning, het onderwijskundig "
              "rapport en de zienswijze van ouders en leerling. Het loket toetst binnen vijf werkdagen of het "
              "dossier compleet is. Daarna brengen twee deskundigen afzonderlijk schriftelijk advies uit: een "
              "orthopedagoog of psycholoog en, afhankelijk van de leerling, een maatschappelijk werker, "
              "kinderpsychiater of arts. Geen van beiden is betrokken geweest bij de aanvraag. De Commissie van "
              "Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende criteria is voldaan: "
              "(a) de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met niveau 1 tot en "
              "met 3 kan bieden, ook na inzet van een OPDC-traject of arrangement; (b) de leerling heeft "
              "structureel behoefte aan een kleine groep met een intensieve pedagogische of medische "
              "component gedurende de hele schooldag; (c) er is een reëel ontwikkelingsperspectief in het vso. "
              "Bij twijfel over criterium (a) vraagt de commissie eerst een observatieperiode aan."),
        ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren, tot uiterlijk 31 juli van het laatste "
              "jaar. De commissie kent bekostigingscategorie laag toe, tenzij de leerling meervoudige of "
              "lichamelijke beperkingen heeft (midden of hoog). Ouders kunnen binnen zes weken bezwaar maken; "
              "het verband is aangesloten bij de Landelijke Bezwaaradviescommissie (LBT)."),
        ("h2", "5.2 Na het vso"),
        ("p", "Ons uitgangspunt is dat een plaatsing in het vso tijdelijk is waar dat kan. Wij vinden dat een "
              "leerling terug moet naar het regulier voortgezet onderwijs zodra de ondersteuningsbehoefte dat "
              "toelaat, bij voorkeur op een school dicht bij huis. Voorwaarde is dat de ontvangende school de "
              "benodigde ondersteuning kan bieden. Een leerling die terugkeert, krijgt een terugkeerarrangement: "
              "gedurende maximaal twintig weken ambulante begeleiding door de vso-school en extra mentortijd, "
              "bekostigd door het verband."),
        ("p", "Hoe de terugplaatsing stap voor stap verloopt, wie het initiatief neemt en op welke momenten "
              "wordt geëvalueerd, staat in het Terugplaatsingsprotocol vso (bijlage 3), dat de vso-scholen en "
              "het verband in het schooljaar 2026-2027 gezamenlijk actualiseren."),
        ("h2", "5.3 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Het verband hanteert voor lwoo en pro de landelijke criteria. Een leerling is toelaatbaar tot "
              "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op "
              "twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo geldt een "
              "IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, "
              "of een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek. De vo-school "
              "van aanmelding dient de aanvraag in vóór 1 mei met de gegevens uit het onderwijskundig rapport; "
              "de commissie beslist binnen vier weken. Een aanwijzing voor lwoo geldt voor de gehele vmbo-"
              "opleiding; een TLV pro voor de duur van de opleiding."),
        ("h1", "6. Ouders en leerlingen"),
        ("p", "Wij informeren ouders op verschillende manieren over de ondersteuning op de scholen en in het "
              "verband. Op onze website staat per school wat de school biedt, met een link naar de schoolgids. "
              "Elke vestiging bespreekt op de informatieavond voor nieuwe brugklassen in september hoe de "
              "basisondersteuning en de extra ondersteuning geregeld zijn. Daarnaast is er de ouderfolder "
              "'Extra ondersteuning, hoe werkt dat?' in het Nederlands, Arabisch, Pools en Engels, die de "
              "ondersteuningscoördinator meegeeft bij het eerste gesprek."),
        ("p", "Ouders zijn partner bij het opstellen en evalueren van het OPP. De helft van de OPR bestaat "
              "uit ouders en leerlingen."),
        ("p", "Voor onafhankelijke ondersteuning van ouders verwijzen wij naar de pagina 'Hulp voor ouders' "
              "op onze website."),
        ("h1", "7. Geld en middelen"),
        ("p", "Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning, samen ongeveer "
              "€ 13,9 miljoen per jaar, en de middelen voor lwoo en pro. Na aftrek van de afdrachten aan DUO "
              "voor de vso-leerlingen resteert het budget dat het verband zelf verdeelt."),
        ("p", "De verdeling gaat als volgt. Elk bestuur ontvangt per vestiging een vaste voet van € 15.000 en "
              "daarnaast € 185 per leerling, op basis van het aantal leerlingen op de teldatum 1 oktober van het "
              "voorgaande jaar. De middelen voor lwoo en pro gaan volledig naar de besturen met lwoo- of "
              "pro-vestigingen, naar rato van het aantal geïndiceerde leerlingen. Bovenschoolse voorzieningen "
              "(OPDC, rebound, ISK-toeslag) worden centraal bekostigd. Individuele arrangementen kunnen scholen "
              "aanvragen uit een arrangementenbudget; de consulent beoordeelt de aanvraag aan de hand van het OPP. "
              "Het algemeen bestuur stelt de verdeling jaarlijks in december vast."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "13.910", "13.760", "13.600", "13.480"],
                   ["Baten lwoo en pro", "7.420", "7.350", "7.300", "7.240"],
                   ["Afdracht vso (DUO)", "-5.120", "-5.080", "-5.010", "-4.950"],
                   ["Schoolbudgetten (vaste voet + per leerling)", "-3.010", "-2.980", "-2.950", "-2.930"],
                   ["Doorbetaling lwoo en pro aan besturen", "-7.420", "-7.350", "-7.300", "-7.240"],
                   ["OPDC De Overstap en rebound", "-2.150", "-2.170", "-2.190", "-2.210"],
                   ["Arrangementenbudget en terugkeerarrangementen", "-1.900", "-1.850", "-1.800", "-1.760"],
                   ["Bureau en loket", "-1.230", "-1.240", "-1.250", "-1.260"],
                   ["Resultaat", "-1.500", "-1.560", "-1.600", "-1.630"]]),
        ("p", "Het negatieve resultaat is bewust: de reserve van het verband ligt boven de signaleringswaarde "
              "en wordt in vier jaar afgebouwd tot een weerstandsvermogen van 8 procent van de baten. De "
              "besturen verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 maart via een vast "
              "format."),
        ("h1", "8. Kwaliteit en resultaten"),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld:"),
        ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Deelnamepercentage vso (1 oktober)", "3,6%", "3,2%"],
                   ["Doorlooptijd TLV-aanvraag tot besluit", "7,5 week", "max. 6 weken"],
                   ["Leerlingen dat na OPDC-traject terugkeert naar regulier onderwijs", "71%", "80%"],
                   ["Vestigingen die alle standaarden basisondersteuning halen", "17 van 23", "23 van 23"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"]]),
        ("p", "Wij volgen deze doelen met een monitor die het bureau twee keer per jaar opstelt uit de "
              "registratie van het loket, de DUO-telling en de kwaliteitskaarten. De directeur-bestuurder "
              "rapporteert de uitkomsten aan de raad van toezicht en de OPR; het jaarverslag bevat per doel de "
              "bereikte waarde en de kosten van de bijbehorende inzet. Elke twee jaar houden wij een "
              "tevredenheidspeiling onder ouders en scholen."),
    ]
    b += communicatie_professionals()
    b += governance(swv, "drs. M. Hoekstra")
    b += oogo(gem, "12 februari 2026")
    b += personeel("vo")
    b += ict_privacy()
    b += planning(swv)
    b += begrippen(GLOSSARY_VO)
    b += afkortingen("vo")
    write_docx(b, OUT / "vo-dommelkempen-op.docx",
               header_text="Ondersteuningsplan 2026-2030 | basisondersteuning · toelaatbaarheid · "
                           "terugplaatsing · financiën · ouders",
               footer_text="SWV VO Dommelkempen – concept voor instemming OPR",
               title="Ondersteuningsplan 2026-2030 SWV VO Dommelkempen")
    write_label("vo-dommelkempen-op.expected.yaml", """
documents: [vo-dommelkempen-op.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 defines the minimum for all 23 vestigingen and lists twelve standards; kwaliteitskaart audit = borging."
  plaatsing: "Ch. 5.1 procedure (loket, two separate deskundigen, CvT, 6 weeks) and three vso criteria; 5.3 lwoo/pro criteria and procedure."
  terugstroom: "Only policy (5.2 'Na het vso', inside the TLV chapter: tijdelijk, thuisnabij, terugkeerarrangement); the procedure is deferred to an absent bijlage 3 to be updated in 2026-2027. OPDC return in ch. 4 is not vso terugstroom."
  financien: "Ch. 7 'Geld en middelen': vaste voet + per-leerling verdeling and a 2026-2029 meerjarenbegroting table; reserves afbouw and verantwoording vóór 1 maart."
  dekkend-aanbod: "Ch. 4 describes the four-level continuum (OPDC, rebound, ISK, vso, pro, lwoo); gaps/thuiszitters only as aspiration ('geen leerling tussen wal en schip', missie) and glossary. OOGO paragraph on OZA = ketenpartners."
  resultaten: "Ch. 8 target table with nulmeting/streefwaarde and a twice-yearly monitor reported to RvT/OPR and jaarverslag."
  ouders: "Ch. 6 informs via website, info evening, translated folder; independent help is only a reference to a website page, and 'Landelijke ontwikkelingen' defers the OJSP ('de vorm is nog onderwerp van gesprek'). Running header mentions 'ouders' (trap)."
""")


# ----------------------------------------------------------------------------------------------
# Plan B: VO, PDF. Basisondersteuning content deferred to SOPs/later list; no vso terugstroom
# (only OPDC return + an empty 'Terug naar regulier' heading); meerjarenbegroting p.m.;
# results only as ambitions; ouders fully in the chapter "Communicatie".
# ----------------------------------------------------------------------------------------------

def plan_b():
    swv = "Stichting Samenwerkingsverband VO Westerwolde-Eemsmond 'De Brug' (VO 39-05)"
    gem = "Eemsmond, Westerwolde, Pekela-Noord en Veenhaven"
    chapters = ["1. Context en kengetallen", "2. Visie, missie en ambities", "3. Ondersteuning in de school",
                "4. Het netwerk van voorzieningen", "5. Toewijzing en toelaatbaarheid",
                "5.4 Terug naar regulier", "6. Financieel kader", "7. Ambities en resultaten 2026-2030",
                "8. Communicatie", "9. Organisatie en governance", "10. Samenwerking met gemeenten",
                "11. Personeel", "12. ICT en privacy", "13. Planning", "Bijlage 1. Begrippenlijst"]
    b = [("title", "Koers 2026-2030"), ("p", "Ondersteuningsplan " + swv),
         ("p", "Vastgesteld door het bestuur op 17 maart 2026"), ("pagebreak", None)]
    b += toc(chapters)
    b += voorwoord(swv, "vo", "J. Mulder-Bakker", "Noordoost-Groningen")
    b += leeswijzer(chapters[:14])
    b += context(swv, "vo", "Noordoost-Groningen", gem, 14, 8600)
    b += visie("vo")
    b += totstandkoming("Noordoost-Groningen")
    b += landelijk("Ons steunpunt is beschreven in hoofdstuk 8.")
    b += [
        ("h1", "3. Ondersteuning in de school"),
        ("p", "Alle scholen in ons verband bieden ten minste hetzelfde niveau van basisondersteuning. Dat "
              "niveau is voor alle vestigingen gelijk en is door de besturen samen vastgesteld; geen school "
              "mag daaronder zakken. Basisondersteuning is de ondersteuning die binnen de reguliere "
              "schoolorganisatie wordt gegeven, onder eindverantwoordelijkheid van de school, zonder "
              "tussenkomst van het verband."),
        ("p", "Hoe elke school de basisondersteuning concreet invult, beschrijft de school in haar "
              "schoolondersteuningsprofiel. De werkgroep Basisondersteuning stelt in het schooljaar 2026-2027 "
              "een gezamenlijke lijst van standaarden op; die lijst wordt na instemming van de OPR aan dit plan "
              "toegevoegd."),
        ("p", "Extra ondersteuning begint waar de basisondersteuning ophoudt. Dan kan een school een beroep "
              "doen op de consulent en de voorzieningen van het verband (hoofdstuk 4)."),
        ("h1", "4. Het netwerk van voorzieningen"),
        ("p", "Onze regio kent een samenhangend netwerk van voorzieningen binnen en tussen scholen. Binnen de "
              "scholen is er, naast de basisondersteuning, op elke vestiging een trajectklas of "
              "ondersteuningsruimte voor extra ondersteuning. Tussen de scholen zijn er de bovenschoolse "
              "voorzieningen van het verband:"),
        ("bullets", [
            "OPDC Het Anker in Veenhaven: 45 plaatsen, voor leerlingen die tijdelijk (maximaal 12 maanden) een "
            "kleine setting nodig hebben; daarna keert de leerling terug naar de eigen school of stroomt hij "
            "door naar een andere reguliere school.",
            "Rebound De Steiger: 12 plaatsen, voor een time-out van 6 tot 12 weken.",
            "De Schakel: onderwijs-zorgarrangement voor leerlingen met psychiatrische problematiek, samen met "
            "de jeugd-GGZ.",
            "Praktijkonderwijs op twee locaties en lwoo op negen vmbo-vestigingen.",
            "Het vso: De Horizon (cluster 4) en Het Borgh (cluster 3), beide in de regio.",
            "De ISK voor nieuwkomers in Eemsmond."]),
        ("p", "Het netwerk is niet vanzelf dekkend. Om gaten te vinden werken wij met drie instrumenten. Ten "
              "eerste bespreekt de Thuiszittertafel, met leerplicht, het lokale team en het verband, elke maand "
              "iedere jongere die langer dan vier weken geen onderwijs volgt of een vrijstelling heeft; voor elke "
              "jongere wordt binnen twee weken een trajecteigenaar aangewezen. Ten tweede houdt het bureau de "
              "wachtlijsten van OPDC, rebound en vso bij; is de wachttijd langer dan zes weken, dan zoekt het "
              "verband een tussenoplossing en meldt het dit aan het bestuur. Ten derde maken wij jaarlijks in "
              "mei een analyse van 'witte vlekken' op basis van de aanvragen die niet konden worden gehonoreerd. "
              "Komen de betrokken besturen er samen niet uit, dan beslist de directeur-bestuurder welke school "
              "de leerling een plek biedt (doorzettingsmacht). De zorgplicht van het bestuur van aanmelding "
              "blijft daarbij onverkort gelden."),
        ("p", "Uit de analyse van 2025 bleek dat er geen passend aanbod was voor hoogbegaafde leerlingen met "
              "faalangst en voor jongeren met een combinatie van autisme en schooluitval in de bovenbouw havo. "
              "Voor de eerste groep start in augustus 2026 een plusvoorziening op twee scholen; voor de tweede "
              "groep ontwikkelen wij met De Horizon een gezamenlijk arrangement dat in januari 2027 beschikbaar is."),
        ("h1", "5. Toewijzing en toelaatbaarheid"),
        ("h2", "5.1 Commissie Toewijzing"),
        ("p", "De Commissie Toewijzing besluit namens het bestuur over toelaatbaarheidsverklaringen voor het "
              "vso, over de aanwijzing voor lwoo en over toelaatbaarheid tot het praktijkonderwijs. De commissie "
              "bestaat uit een voorzitter, een orthopedagoog-generalist en een GZ-psycholoog, en wordt "
              "aangevuld met een jeugdarts of maatschappelijk werker als de aanvraag daarom vraagt."),
        ("h2", "5.2 Procedure vso"),
        ("numbered", [
            "De school bespreekt de leerling in het ondersteuningsteam, met ouders en leerling.",
            "Het bevoegd gezag van de school dient de aanvraag in via het digitale aanvraagportaal, met OPP, "
            "handelingsdeel en verslag van het multidisciplinair overleg.",
            "Twee deskundigen, van wie één orthopedagoog of psycholoog, geven elk een eigen schriftelijk advies.",
            "De commissie beslist binnen zes weken en stuurt ouders en school het besluit met beide adviezen.",
            "Ouders en school kunnen binnen zes weken bezwaar maken bij de Landelijke Bezwaaradviescommissie."]),
        ("h2", "5.3 Criteria"),
        ("p", "De commissie verklaart een leerling toelaatbaar tot het vso als de school kan aantonen dat de "
              "leerling ondanks een volledig doorlopen cyclus van extra ondersteuning (met OPP, ten minste "
              "twee evaluaties en bij voorkeur een traject in het OPDC) niet tot ontwikkeling komt, en de "
              "leerling een combinatie van onderwijs en intensieve begeleiding nodig heeft die alleen een "
              "vso-school kan bieden. Voor cluster 3 is bovendien een ernstige lichamelijke, verstandelijke of "
              "langdurig medische beperking vereist. Voor lwoo en pro gelden de landelijke criteria "
              "(IQ-grenzen en leerachterstanden) zoals vastgelegd in het Uitvoeringsbesluit WVO 2020; de "
              "basisschool levert de toetsgegevens aan vóór 15 maart."),
        ("h2", "5.4 Terug naar regulier"),
        ("p", "Dit onderdeel wordt aangevuld zodra de pilot 'Tussenstap' met De Horizon is geëvalueerd."),
        ("h1", "6. Financieel kader"),
        ("p", "De ondersteuningsmiddelen worden verdeeld volgens een vaste verdeelsleutel. Zeventig procent "
              "van de middelen lichte en zware ondersteuning, na aftrek van de afdrachten voor het vso, gaat "
              "naar de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het jaar "
              "voorafgaand aan het begrotingsjaar. Dertig procent blijft bovenschools voor de voorzieningen van "
              "hoofdstuk 4 en voor de Commissie Toewijzing. De middelen voor lwoo en pro gaan integraal naar "
              "de besturen van de scholen met lwoo- of pro-leerlingen, per leerling met een aanwijzing of TLV. "
              "Het bestuur kan de verdeelsleutel alleen wijzigen na instemming van de OPR."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De meerjarenbegroting wordt ingevuld nadat de jaarrekening 2025 is vastgesteld en de "
              "bekostiging voor 2027 bekend is."),
        ("h1", "7. Ambities en resultaten 2026-2030"),
        ("p", "Wij hebben vijf ambities geformuleerd, elk met een beoogd resultaat aan het einde van de "
              "planperiode:"),
        ("bullets", [
            "Thuisnabij: in 2030 volgt ten minste 96 procent van de leerlingen onderwijs in de eigen gemeente of "
            "een aangrenzende gemeente.",
            "Snel: een besluit over een TLV volgt in 2030 in 95 procent van de gevallen binnen vijf weken.",
            "Niemand thuis: het aantal jongeren dat langer dan drie maanden thuiszit, is in 2030 gehalveerd "
            "ten opzichte van 1 oktober 2025 (toen 19).",
            "Sterke basis: in 2028 voldoen alle vestigingen aan de gezamenlijke standaarden.",
            "Tevreden: ouders geven de ondersteuning gemiddeld ten minste een 7."]),
        ("p", "Hoe wij de voortgang op deze ambities meten en bespreken, werken wij uit in het kwaliteitskader "
              "dat in het eerste planjaar verschijnt."),
        ("h1", "8. Communicatie"),
        ("p", "Goede communicatie met ouders is voor ons essentieel. Alle informatie over de ondersteuning in "
              "de scholen en de voorzieningen van het verband staat op de ouderpagina van onze website, in "
              "begrijpelijke taal en met filmpjes. Drie keer per jaar verschijnt de digitale nieuwsbrief 'De "
              "Brug voor ouders'. In november organiseren wij in elke gemeente een ouderavond over "
              "ondersteuning en de overstap van po naar vo. Scholen nemen in hun schoolgids een vaste "
              "paragraaf op over de basisondersteuning en de weg naar extra ondersteuning, met de "
              "contactgegevens van de ondersteuningscoördinator."),
        ("p", "Ouders en jongeren die vastlopen of het niet eens zijn met de school of het verband, kunnen "
              "terecht bij het Ouder- en Jeugdsteunpunt Groningen-Oost. Dat steunpunt werkt onafhankelijk van "
              "het verband en de scholen, is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur, en "
              "kan meegaan naar gesprekken. Ouders kunnen ook gratis een onderwijsconsulent inschakelen. Bij "
              "een geschil over toelating, verwijdering of het OPP kunnen zij zich wenden tot de "
              "Geschillencommissie passend onderwijs; klachten over het verband behandelt de landelijke "
              "klachtencommissie waarbij wij zijn aangesloten."),
    ]
    b += communicatie_professionals()
    b += governance(swv, "A. de Vries MSc")
    b += oogo(gem, "12 februari 2026")
    b += personeel("vo")
    b += ict_privacy()
    b += planning(swv)
    b += begrippen(GLOSSARY_VO)
    docx_to_pdf(b, OUT / "vo-debrug-koers.pdf",
                header_text="Koers 2026-2030 – ondersteuningsplan De Brug",
                footer_text="SWV VO 39-05 De Brug", title="Koers 2026-2030")
    write_label("vo-debrug-koers.expected.yaml", """
documents: [vo-debrug-koers.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, bezwaar]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 states one equal minimum level for all vestigingen, but the concrete content is left to each SOP and a list of standards to be drawn up in 2026-2027."
  plaatsing: "Ch. 5 Commissie Toewijzing, numbered vso procedure with two deskundigen, 6 weeks, LBT bezwaar; 5.3 vso criteria and lwoo/pro national criteria."
  terugstroom: "Heading 5.4 'Terug naar regulier' (also in TOC and glossary) only defers ('wordt aangevuld'); OPDC return in ch. 4 is a regular-school voorziening, not return from vso."
  financien: "Ch. 6 gives a 70/30 verdeelsleutel per leerling on 1 oktober; the meerjarenbegroting table is all 'p.m.'."
  dekkend-aanbod: "Ch. 4 lists the continuum (trajectklas, OPDC, rebound, OZA, pro/lwoo, vso, ISK) and handles gaps via Thuiszittertafel, wachtlijsten, witte-vlekkenanalyse with actions and doorzettingsmacht."
  resultaten: "Ch. 7 has five measurable ambitions; how progress is measured and reported is deferred to a future kwaliteitskader."
  ouders: "Both criteria only in ch. 8 'Communicatie': ouderpagina, nieuwsbrief, ouderavond, schoolgids; independent OJSP, onderwijsconsulenten, GPO."
""")


# ----------------------------------------------------------------------------------------------
# Plan C: VO, HTML web version. Criteria for TLV only by reference to a website 'Afwegingskader';
# financien mostly in tables; results chapter is an empty promise; no parents chapter at all
# (only glossary, navigation and passing mentions).
# ----------------------------------------------------------------------------------------------

def plan_c():
    swv = "Samenwerkingsverband VO Zuiderhaven (VO 39-08)"
    gem = "Zuiderhaven, Oostvliet en Schelde-Oord"
    chapters = ["1. Context en kengetallen", "2. Visie, missie en ambities", "3. Wat elke school biedt",
                "4. Van basis naar speciaal: ons aanbod", "5. Toelaatbaarheid", "6. Terugplaatsing en overplaatsing",
                "7. Middelen", "8. Resultaten en kwaliteit", "9. Organisatie en governance",
                "10. Samenwerking met gemeenten (OOGO)", "11. Personeel en professionalisering",
                "12. ICT en privacy", "13. Planning en vaststelling", "Begrippenlijst"]
    nav = ["Home", "Over ons", "Ondersteuningsplan", "Voor ouders", "Voor scholen", "Loket", "Contact"]
    b = [("title", "Ondersteuningsplan 2026-2030 – webversie"),
         ("p", swv + ". Op deze pagina leest u het volledige ondersteuningsplan. Een pdf-versie kunt u "
                     "downloaden onderaan de pagina.")]
    b += toc(chapters)
    b += voorwoord(swv, "vo", "drs. P. Verhulst", "Zeeuws-Zuid", with_parents=False)
    b += leeswijzer(chapters[:13])
    b += context(swv, "vo", "Zeeuws-Zuid", gem, 12, 6900, with_percentages=False)
    b += visie("vo", with_parents=False)
    b += totstandkoming("Zeeuws-Zuid")
    b += landelijk("Hoe wij daaraan invulling geven, bepalen wij zodra de wet in werking is getreden.")
    b += [
        ("h1", "3. Wat elke school biedt"),
        ("p", "In Zuiderhaven spreken we van basisondersteuning: het niveau van ondersteuning waar elke "
              "leerling op elke vestiging van elke aangesloten school zonder aanvraag recht op heeft. Alle "
              "besturen hebben dat niveau samen vastgelegd; het is een ondergrens, geen streven."),
        ("table", [["Onderdeel", "Wat u op iedere school aantreft"],
                   ["Begeleiding", "Mentor met wekelijks mentoruur; ondersteuningscoördinator; vertrouwenspersoon"],
                   ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, laptop, auditieve ondersteuning); "
                             "RT voor Nederlands en rekenen in leerjaar 1 en 2"],
                   ["Gedrag en welbevinden", "Time-in ruimte; SoVa- en faalangsttraining; anti-pestprotocol"],
                   ["Structuur", "Ondersteuningsteam met schoolmaatschappelijk werk en jeugdarts, zes keer per jaar"],
                   ["Fysiek en medisch", "Protocol medisch handelen; aangepast rooster; rolstoeltoegankelijke lokalen op "
                                         "ten minste één locatie per school"],
                   ["Werkwijze", "Handelingsgericht werken; OPP bij extra ondersteuning binnen zes weken"]]),
        ("p", "Elke school toetst zichzelf jaarlijks aan deze lijst en bespreekt de uitkomst met de "
              "consulent van het verband. Waar een school tekortschiet, maakt het bestuur verbeterafspraken "
              "met een termijn."),
        ("h1", "4. Van basis naar speciaal: ons aanbod"),
        ("p", "Ons aanbod vormt een doorlopende lijn. Na de basisondersteuning volgt extra ondersteuning op de "
              "eigen school met een arrangement (bijvoorbeeld een kleine klas of een individueel "
              "begeleidingstraject). Daarna zijn er bovenschoolse voorzieningen: het OPDC De Kaap (35 plaatsen, "
              "tijdelijke plaatsing tot maximaal één schooljaar met terugkeer naar regulier onderwijs), het "
              "Reboundcentrum (10 plaatsen) en de ISK. Vervolgens het praktijkonderwijs (Het Ambacht) en lwoo op "
              "zes vmbo-scholen, en ten slotte het vso: De Meerpaal (cluster 4) en De Zeester (cluster 3)."),
        ("p", "Om te weten waar het aanbod tekortschiet, houdt het loket een registratie bij van alle "
              "leerlingen voor wie binnen zes weken geen passende plek is gevonden. Elk kwartaal bespreekt het "
              "Regionaal Overleg Thuiszitters, met leerplicht en het jeugdteam, iedere thuiszitter en spreekt "
              "het een route naar onderwijs af met een eindverantwoordelijke. Wanneer een school haar "
              "zorgplicht niet kan waarmaken, schakelt zij binnen vier weken het loket in, dat binnen tien "
              "werkdagen een plek of tussenoplossing organiseert. Ontbreekt structureel een voorziening, dan "
              "legt de directeur-bestuurder een voorstel voor aan het bestuur; zo is in 2025 besloten tot een "
              "voorziening voor jongeren met een angststoornis die start in augustus 2026."),
        ("h1", "5. Toelaatbaarheid"),
        ("p", "Aanvragen voor een TLV vso, een aanwijzing lwoo of een TLV pro doet het bevoegd gezag van de "
              "school via het loket. Het verloop is als volgt:"),
        ("numbered", [
            "Stap 1 – De school dient het complete dossier in: OPP, verslag van het ondersteuningsteam en "
            "onderwijskundig rapport.",
            "Stap 2 – Het loket controleert de volledigheid binnen vijf werkdagen.",
            "Stap 3 – Een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts, kinderpsychiater of "
            "maatschappelijk werker) die niet bij de leerling betrokken zijn, geven elk een schriftelijk advies.",
            "Stap 4 – De Toelaatbaarheidscommissie neemt binnen zes weken een besluit.",
            "Stap 5 – De TLV vso geldt in de regel twee schooljaren, in bekostigingscategorie laag, midden of hoog; "
            "een TLV pro en een aanwijzing lwoo gelden voor de hele opleiding."]),
        ("p", "De commissie toetst iedere aanvraag aan het Afwegingskader Toelaatbaarheid, dat op de "
              "website van het verband te vinden is."),
        ("h1", "6. Terugplaatsing en overplaatsing"),
        ("p", "Wij willen dat leerlingen in het vso, waar het kan, hun schoolloopbaan vervolgen in het "
              "regulier voortgezet onderwijs. Terugplaatsing is geen mislukking van het vso maar een succes. "
              "De voorwaarden zijn dat de leerling in het vso aantoonbaar heeft geleerd met de eigen "
              "ondersteuningsbehoefte om te gaan, dat een reguliere school met extra ondersteuning kan "
              "voorzien in wat de leerling nodig heeft, en dat de leerling zelf gemotiveerd is. Na terugkeer "
              "krijgt de leerling gedurende een half jaar een overgangsarrangement, met coaching door een "
              "ambulant begeleider van het vso en een vast aanspreekpunt op de nieuwe school."),
        ("p", "De procedure is als volgt. De vso-school evalueert het OPP van iedere leerling ieder jaar in "
              "februari en bekijkt daarbij of terugplaatsing in beeld is. In het laatste jaar van de TLV "
              "neemt de vso-school uiterlijk op 1 maart het initiatief tot een overleg met de consulent van "
              "het verband en een beoogde reguliere school. Dat overleg leidt tot een advies: terugplaatsing "
              "per 1 augustus, een proefplaatsing van acht weken, of een aanvraag voor een nieuwe TLV. De "
              "consulent legt het advies voor aan de Toelaatbaarheidscommissie, die uiterlijk 15 mei besluit "
              "over een eventuele verlenging. Wordt geen nieuwe TLV afgegeven, dan eindigt de TLV op 31 juli "
              "en regelt het loket de inschrijving op de reguliere school."),
        ("h1", "7. Middelen"),
        ("p", "De verdeling van de ondersteuningsmiddelen over besturen en voorzieningen staat in tabel 7.1; "
              "de meerjarenbegroting in tabel 7.2."),
        ("table", [["Tabel 7.1 Verdeelmodel", "Grondslag", "Bedrag"],
                   ["Schoolbudget lichte ondersteuning", "per leerling, teldatum 1 oktober t-1", "€ 142 per leerling"],
                   ["Vaste voet", "per vestiging", "€ 20.000"],
                   ["Arrangementen extra ondersteuning", "per toegekend arrangement, op aanvraag bij loket", "€ 2.500 - € 9.000"],
                   ["Lwoo en pro", "per leerling met aanwijzing/TLV, doorbetaald aan bestuur", "landelijk bedrag"],
                   ["Besluitvorming", "bestuur stelt model jaarlijks vast vóór 1 november, na advies OPR", "-"]]),
        ("table", [["Tabel 7.2 Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Totale baten", "11.240", "11.110", "10.980", "10.870"],
                   ["Afdrachten vso", "-3.890", "-3.850", "-3.820", "-3.790"],
                   ["Schoolbudgetten en vaste voet", "-1.220", "-1.200", "-1.190", "-1.180"],
                   ["Arrangementen", "-1.050", "-1.050", "-1.030", "-1.010"],
                   ["OPDC, rebound, ISK-toeslag", "-1.640", "-1.650", "-1.660", "-1.670"],
                   ["Lwoo en pro doorbetaling", "-2.610", "-2.580", "-2.560", "-2.540"],
                   ["Overgangsarrangementen terugplaatsing", "-120", "-120", "-120", "-120"],
                   ["Bureau, loket, commissie", "-760", "-770", "-780", "-790"],
                   ["Saldo", "-50", "-110", "-180", "-230"]]),
        ("h1", "8. Resultaten en kwaliteit"),
        ("p", "Welke resultaten wij in deze planperiode willen bereiken en hoe wij die volgen, bepalen wij "
              "samen met de scholen in de eerste helft van 2027. De uitkomst verschijnt als addendum bij dit "
              "plan."),
    ]
    b += communicatie_professionals()
    b += governance(swv, "ir. L. Kosters", parents_in_opr=False)
    b += oogo(gem, "5 februari 2026")
    b += personeel("vo")
    b += ict_privacy()
    b += planning(swv)
    b += begrippen(GLOSSARY_VO, title="Begrippenlijst")
    write_html(b, OUT / "vo-zuiderhaven-op.html", "Ondersteuningsplan 2026-2030 | SWV VO Zuiderhaven", nav,
               "© Samenwerkingsverband VO Zuiderhaven · Ouders · Scholen · Privacyverklaring · Contact")
    write_label("vo-zuiderhaven-op.expected.yaml", """
documents: [vo-zuiderhaven-op.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: missing, ouders: missing}
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
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
notes:
  basisondersteuning: "Ch. 3 'Wat elke school biedt': minimum for every vestiging plus a content table; yearly self-check with consulent."
  plaatsing: "Ch. 5 five-step procedure (loket, two deskundigen, commissie, 6 weeks, duration/category), but the criteria are only referred to a website 'Afwegingskader'."
  terugstroom: "Ch. 6: policy (conditions, overgangsarrangement) and procedure (yearly OPP evaluation, initiative by 1 March in last TLV year, commissie decides by 15 May, TLV ends 31 July)."
  financien: "Ch. 7 content is almost only in tables 7.1 (verdeelmodel with bases and amounts) and 7.2 (meerjarenbegroting 2026-2029)."
  dekkend-aanbod: "Ch. 4 continuum from basis to vso; gaps via loket registration, quarterly thuiszitters overleg, escalation and a new voorziening. OOGO paragraph = ketenpartners."
  resultaten: "Ch. 8 (and the TOC) only defer: results and their monitoring will be set in 2027 as an addendum. No targets or figures elsewhere."
  ouders: "No chapter on parents; 'ouders' only in navigation/footer, the glossary (OJSP) and nowhere with substance. OPR described without parent composition; 'Landelijke ontwikkelingen' only restates the legal OJSP/hoorrecht duty and defers ('bepalen wij zodra de wet in werking is getreden')."
""")


# ----------------------------------------------------------------------------------------------
# Plan D: PO, .docx. TLV criteria only in a table, procedure by reference; terugplaatsing hidden
# in "Geldigheid en afloop van de TLV"; financial paragraph only as absent bijlage; continuum
# deferred; monitoring without targets; independent help without information channels.
# ----------------------------------------------------------------------------------------------

def plan_d():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Lingehof (PO 49-03)"
    gem = "Lingehof, Geldermalsen-West, Deil en Asperen-Oost"
    chapters = ["1. Context en kengetallen", "2. Visie, missie en ambities", "3. Basisondersteuning",
                "4. Extra ondersteuning en thuiszitters", "5. Toelaatbaarheid sbo en so",
                "6. Ouders", "7. Financiën", "8. Kwaliteitszorg", "9. Organisatie en governance",
                "10. Samenwerking met gemeenten", "11. Personeel", "12. ICT en privacy", "13. Planning",
                "Bijlage 1. Begrippenlijst", "Bijlage 2. Afkortingen", "Bijlage 5. Financiële paragraaf"]
    b = [("title", "Ondersteuningsplan 2026-2030"), ("p", swv),
         ("p", "'Elk kind een plek'"), ("pagebreak", None)]
    b += toc(chapters)
    b += voorwoord(swv, "po", "W. Schouten", "de Linge-regio")
    b += leeswijzer(chapters[:13])
    b += context(swv, "po", "de Linge-regio", gem, 41, 9800)
    b += visie("po")
    b += totstandkoming("de Linge-regio")
    b += landelijk("Ons steunpunt, Ouderpunt Linge, is beschreven in hoofdstuk 6.")
    b += [
        ("h1", "3. Basisondersteuning"),
        ("p", "Onder basisondersteuning verstaan wij binnen Lingehof de ondersteuning die iedere basisschool "
              "van iedere aangesloten stichting, op elke locatie, ten minste biedt. De besturen hebben dit "
              "niveau in 2025 samen herijkt. Het is een gezamenlijke belofte: een kind hoeft niet naar een "
              "andere school om deze ondersteuning te krijgen."),
        ("p", "Concreet betekent dit dat op iedere school:"),
        ("bullets", [
            "een intern begeleider werkzaam is met ten minste één dag per week per 150 leerlingen;",
            "de leerkrachten werken met groepsplannen of een vergelijkbare cyclus van handelingsgericht werken, "
            "met vier groepsbesprekingen per jaar;",
            "het protocol Leesproblemen en Dyslexie wordt gevolgd, inclusief extra leesbegeleiding in groep 3 en 4;",
            "een aanpak voor sociale veiligheid bestaat, met een methode voor sociaal-emotionele ontwikkeling en "
            "een jaarlijkse monitor van het welbevinden;",
            "een aanbod is voor kinderen die meer aankunnen (verrijkingsmateriaal en compacten);",
            "ten minste zes keer per jaar een ondersteuningsteam bijeenkomt met de jeugdverpleegkundige en de "
            "schoolmaatschappelijk werker;",
            "het protocol medisch handelen bekend is en wordt toegepast;",
            "een arrangement NT2 beschikbaar is voor nieuwkomers in hun eerste jaar."]),
        ("p", "Eenmaal per twee jaar bezoekt een auditteam van twee intern begeleiders van andere stichtingen "
              "iedere school en rapporteert aan het bestuur of de basisondersteuning op orde is."),
        ("h1", "4. Extra ondersteuning en thuiszitters"),
        ("p", "Het overzicht van extra ondersteuning, arrangementen en bovenschoolse voorzieningen – het "
              "zogenoemde ondersteuningscontinuüm – richten wij in 2026-2027 opnieuw in. Na vaststelling "
              "verschijnt het op de Sociale Kaart van het verband."),
        ("p", "Wel is duidelijk hoe wij omgaan met kinderen voor wie geen passende plek is. Iedere school meldt "
              "een leerling die langer dan twee weken niet of slechts gedeeltelijk naar school gaat bij de "
              "leerplichtambtenaar en bij de thuiszittersconsulent van het verband. Die roept binnen vijf "
              "werkdagen een overleg bijeen met school, ouders, leerplicht en het sociaal team, en stelt een "
              "plan op met een concrete startdatum voor onderwijs. Het verband houdt een wachtlijstregister bij "
              "voor sbo en so; bij een wachttijd van meer dan acht weken organiseert het verband een "
              "tussenarrangement op de huidige school. Lukt het niet om binnen drie maanden een passende plek "
              "te vinden, dan escaleert de consulent naar de directeur, die met de betrokken besturen een "
              "bindende afspraak maakt. Jaarlijks bespreken wij in het OOGO de kinderen met een vrijstelling "
              "en zoeken wij samen naar alternatieven."),
        ("h1", "5. Toelaatbaarheid sbo en so"),
        ("p", "Hoe een school een toelaatbaarheidsverklaring aanvraagt en wie daarover beslist, leest u in het "
              "Handboek Toewijzing op www.lingehof-po.nl/tlv. Hieronder staan de criteria."),
        ("table", [["Voorziening", "Een kind is toelaatbaar als …", "Geldigheid"],
                   ["SBO", "de basisschool ten minste een jaar extra ondersteuning heeft geboden met een OPP en "
                           "twee evaluaties, en het kind een kleinere groep en een aangepast leerstofaanbod nodig "
                           "heeft dat de basisschool ook met een arrangement niet kan bieden", "2 schooljaren"],
                   ["SO cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek waardoor het kind "
                                    "ook in het sbo niet tot leren komt, vastgesteld door twee deskundigen",
                    "2 schooljaren, categorie laag"],
                   ["SO cluster 3 (ZML)", "het kind een IQ heeft onder 55 of een IQ tussen 55 en 70 met bijkomende "
                                          "problematiek", "tot einde basisschoolleeftijd, categorie laag"],
                   ["SO cluster 3 (LG/LZ)", "het kind door een lichamelijke beperking of langdurige ziekte "
                                            "intensieve verzorging en aanpassingen nodig heeft",
                    "4 schooljaren, categorie midden of hoog"]]),
        ("h2", "5.1 Geldigheid en afloop van de TLV"),
        ("p", "Wij willen dat een kind zo kort als nodig en zo thuisnabij mogelijk in het speciaal onderwijs "
              "verblijft. Een plaatsing in sbo of so is daarom altijd gericht op een mogelijke terugkeer. "
              "Terugplaatsing naar de basisschool in de eigen wijk heeft de voorkeur, mits die school de "
              "benodigde ondersteuning kan geven. Na terugkeer begeleidt de sbo- of so-school de leerling en de "
              "nieuwe leerkracht nog een jaar ambulant."),
        ("p", "Uiterlijk in januari van het laatste jaar van de TLV evalueert de sbo- of so-school het OPP met "
              "de ouders. Is terugkeer in beeld, dan nodigt de speciale school de beoogde basisschool en de "
              "consulent van het verband uit voor een overdrachtsgesprek vóór 1 april. De consulent stelt daarna "
              "vast of de leerling per 1 augustus naar de basisschool gaat; zo niet, dan volgt een nieuwe "
              "aanvraag. Zes weken en één jaar na de overstap evalueren de scholen de plaatsing."),
        ("h1", "6. Ouders"),
        ("p", "Ouders die het niet eens zijn met een besluit van de school of het verband, of die hulp zoeken "
              "bij een lastig gesprek, kunnen terecht bij Ouderpunt Linge, het onafhankelijke ouder- en "
              "jeugdsteunpunt dat wij samen met het VO-verband hebben opgezet maar dat zelfstandig werkt. Ook de "
              "Onderwijsconsulenten zijn kosteloos beschikbaar. Voor klachten over het verband geldt de "
              "klachtenregeling; geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd "
              "aan de Geschillencommissie passend onderwijs."),
        ("p", "Over de manier waarop wij ouders informeren over de ondersteuning maken wij in het "
              "communicatieplan 2026 nadere afspraken."),
        ("h1", "7. Financiën"),
        ("p", "De financiële paragraaf van dit plan, met het verdeelmodel en de meerjarenbegroting, wordt "
              "jaarlijks door het bestuur vastgesteld en is opgenomen in bijlage 5."),
        ("p", "Het bestuur wil de middelen zo dicht mogelijk bij het kind inzetten."),
        ("h1", "8. Kwaliteitszorg"),
        ("p", "Het verband werkt met een kwaliteitscyclus volgens PDCA. Twee keer per jaar, in november en "
              "mei, verzamelt het bureau de volgende indicatoren: het deelnamepercentage sbo en so op de "
              "teldatum, het aantal afgegeven TLV's en verlengingen, het aantal terugplaatsingen, het aantal "
              "thuiszitters en vrijstellingen, de doorlooptijd van aanvragen en de uitkomsten van de audits "
              "basisondersteuning. De directeur rapporteert deze monitor aan het bestuur en de OPR en bespreekt "
              "afwijkingen in het directeurenoverleg. Het jaarverslag bevat per indicator de bereikte waarde "
              "over het afgelopen jaar. Elke twee jaar houden wij een tevredenheidsonderzoek onder scholen en "
              "ouders."),
        ("p", "De beoogde resultaten voor de planperiode stellen wij vast zodra de nulmeting in het voorjaar "
              "van 2027 beschikbaar is."),
    ]
    b += communicatie_professionals()
    b += governance(swv, "drs. E. van Rijn")
    b += oogo(gem, "29 januari 2026")
    b += personeel("po")
    b += ict_privacy()
    b += planning(swv)
    b += begrippen(GLOSSARY_PO)
    b += afkortingen("po")
    write_docx(b, OUT / "po-lingehof-op.docx", header_text="Ondersteuningsplan 2026-2030 Lingehof",
               footer_text="SWV PO 49-03 Lingehof", title="Ondersteuningsplan Lingehof")
    write_label("po-lingehof-op.expected.yaml", """
documents: [po-lingehof-op.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: missing, dekkend-aanbod: partial, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 defines the minimum for every location and lists eight concrete provisions; biennial audit = borging."
  plaatsing: "Ch. 5 criteria for sbo and so (cluster 3/4) only in a table with geldigheid/categorie; the procedure is referred to a website Handboek Toewijzing."
  terugstroom: "Hidden in 5.1 'Geldigheid en afloop van de TLV': policy (tijdelijk, thuisnabij, one year ambulante begeleiding) and procedure (January OPP evaluation, overdrachtsgesprek before 1 April, consulent decides, evaluations)."
  financien: "Ch. 7 only refers to an absent bijlage 5 (listed in the TOC) and a vague sentence on 'middelen'; no verdeling or begroting anywhere."
  dekkend-aanbod: "Ch. 4: continuum explicitly deferred to 2026-2027 (Sociale Kaart); gaps handled concretely (thuiszittersconsulent, wachtlijstregister, escalation). OOGO paragraph on OZA = ketenpartners."
  resultaten: "Ch. 8 'Kwaliteitszorg' describes a twice-yearly monitor, reporting and jaarverslag values (bereikte waarden); the beoogde resultaten are deferred until a 2027 nulmeting."
  ouders: "Ch. 6 names Ouderpunt Linge (OJSP), Onderwijsconsulenten, klachtenregeling, GPO; how parents are informed is deferred to a communicatieplan 2026."
""")


# ----------------------------------------------------------------------------------------------
# Plan E: VO, PDF, 'op hoofdlijnen'. Basisondersteuning and TLV delegated to schoolgidsen and a
# separate reglement; terugplaatsing only as a step list; verdeelmodel deferred but begroting
# with amounts; strong results and parents chapters with unusual headings.
# ----------------------------------------------------------------------------------------------

def plan_e():
    swv = "Samenwerkingsverband VO Veluwerand (VO 39-11)"
    gem = "Veluwerand, Heerde-Oost, Epe-Zuid en Vaassen"
    chapters = ["1. Context en kengetallen", "2. Visie, missie en ambities", "3. Onze rol op hoofdlijnen",
                "4. Na de TLV: de stap terug", "5. Begroting 2026-2029", "6. Wat we willen bereiken en hoe we dat volgen",
                "7. Thuis en school", "8. Organisatie en governance", "9. Samenwerking met gemeenten",
                "10. Personeel", "11. ICT en privacy", "12. Planning", "Bijlage 1. Begrippenlijst",
                "Bijlage 2. Toewijzingsreglement VO 2026 (afzonderlijk gepubliceerd)"]
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"), ("p", swv),
         ("p", "Passend onderwijs dichtbij"), ("pagebreak", None)]
    b += toc(chapters)
    b += voorwoord(swv, "vo", "R. Jansen", "de Oost-Veluwe")
    b += leeswijzer(chapters[:12])
    b += context(swv, "vo", "de Oost-Veluwe", gem, 16, 10400)
    b += visie("vo")
    b += totstandkoming("de Oost-Veluwe")
    b += landelijk("Ons steunpunt is beschreven in hoofdstuk 7.")
    b += [
        ("h1", "3. Onze rol op hoofdlijnen"),
        ("p", "Dit plan beschrijft op hoofdlijnen wat het verband doet; de scholen bepalen hoe zij dat "
              "uitvoeren. Die keuze past bij onze visie: de professional in de school weet het best wat een "
              "leerling nodig heeft."),
        ("p", "In de vorige planperiode merkten wij dat een uitgebreid plan met veel regels vooral leidde tot "
              "formulieren en wachttijd. Scholen gaven aan dat zij behoefte hebben aan vertrouwen, ruimte en "
              "een verband dat meedenkt in plaats van controleert. Daarom kiezen wij nu voor een kort plan, "
              "waarin het verband zich richt op zijn kerntaken en de scholen de ruimte krijgen om die in te "
              "vullen op een manier die past bij hun leerlingen, hun team en hun omgeving. Het bestuur bewaakt "
              "daarbij de samenhang en spreekt besturen aan als afspraken niet worden nagekomen."),
        ("p", "De scholen zijn zelf verantwoordelijk voor hun basisondersteuning en beschrijven die in hun "
              "schoolgids."),
        ("p", "Procedure en criteria voor de toelaatbaarheid tot het vso, de aanwijzing voor lwoo en de "
              "toelaatbaarheid tot het praktijkonderwijs zijn vastgelegd in het Toewijzingsreglement VO 2026, "
              "dat als bijlage 2 afzonderlijk wordt gepubliceerd."),
        ("p", "Een overzicht van het dekkend aanbod in de regio, van OPDC tot vso, brengen wij in het jaarplan "
              "2026-2027 opnieuw in kaart; de uitkomsten volgen."),
        ("h1", "4. Na de TLV: de stap terug"),
        ("p", "Voor leerlingen van wie de TLV afloopt, hanteren de vso-scholen en het verband de volgende stappen:"),
        ("numbered", [
            "In oktober van het laatste TLV-jaar bespreekt de vso-school in het OPP-evaluatiegesprek met de "
            "leerling en de ouders of de leerling na 31 juli in het vso blijft of overstapt naar het regulier "
            "voortgezet onderwijs.",
            "Bij een overstap meldt de vso-school de leerling vóór 1 februari aan bij het loket van het verband; "
            "bij blijvend vso dient de vso-school vóór diezelfde datum een verlengingsverzoek in.",
            "De consulent van het loket zoekt samen met de vso-school een reguliere school; de ontvangende school "
            "beslist binnen zes weken over de inschrijving.",
            "In juni vindt een warme overdracht plaats tussen mentor vso en ontvangende mentor.",
            "De consulent evalueert de overstap drie maanden na de start met leerling, ouders en school en "
            "legt de uitkomst vast in het dossier."]),
        ("p", "Het beleid rond terugplaatsing – uitgangspunten, voorwaarden en ondersteuning na terugkeer – "
              "herijken wij samen met de vso-scholen in deze planperiode."),
        ("h1", "5. Begroting 2026-2029"),
        ("p", "De verdeling van de middelen over de schoolbesturen wordt in het schooljaar 2026-2027 herijkt; "
              "het nieuwe verdeelmodel wordt na instemming van de OPR aan dit plan toegevoegd. De "
              "meerjarenbegroting hieronder laat zien waaraan het verband de middelen besteedt."),
        ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte en zware ondersteuning", "10.480", "10.390", "10.300", "10.220"],
                   ["Rijksbijdrage lwoo en pro", "5.860", "5.810", "5.770", "5.720"],
                   ["Afdracht vso via DUO", "-3.970", "-3.940", "-3.910", "-3.880"],
                   ["Toekenning aan schoolbesturen", "-3.900", "-3.850", "-3.800", "-3.760"],
                   ["Doorbetaling lwoo en pro", "-5.860", "-5.810", "-5.770", "-5.720"],
                   ["OPDC Veluwerand en rebound", "-1.520", "-1.530", "-1.540", "-1.550"],
                   ["Loket, consulenten en Thuiszittersaanpak", "-890", "-900", "-910", "-920"],
                   ["Bureau en bestuur", "-540", "-545", "-550", "-555"],
                   ["Resultaat", "-340", "-375", "-420", "-445"]]),
        ("p", "De negatieve resultaten worden gedekt uit de reserve, die daarmee eind 2029 uitkomt op ongeveer "
              "9 procent van de baten, binnen de signaleringswaarde."),
        ("h1", "6. Wat we willen bereiken en hoe we dat volgen"),
        ("p", "In de vorige planperiode (2022-2026) daalde het deelnamepercentage vso van 3,9 naar 3,4 procent, "
              "bleef het aantal langdurig thuiszittende jongeren steken op 14 en verkortte de doorlooptijd van "
              "aanvragen bij het loket van 9 naar 6 weken. Voor 2026-2030 leggen wij de lat als volgt:"),
        ("table", [["Beoogd resultaat", "2025 (bereikt)", "2028", "2030"],
                   ["Deelnamepercentage vso op 1 oktober", "3,4%", "3,2%", "3,0%"],
                   ["Jongeren die langer dan 3 maanden thuiszitten", "14", "10", "6"],
                   ["Leerlingen met een diploma of startkwalificatie binnen 1 jaar na uitstroom OPDC", "62%", "68%", "75%"],
                   ["Geslaagde overstappen vso naar regulier (na 1 jaar nog op de school)", "8 van 11", "80%", "85%"],
                   ["Tevredenheid ouders over het loket (1-10)", "7,1", "7,4", "7,5"]]),
        ("p", "Wij volgen deze resultaten met een dashboard dat het bureau ieder kwartaal bijwerkt uit de "
              "loketregistratie, de DUO-telling en de leerplichtgegevens. Het bestuur bespreekt het dashboard "
              "elk kwartaal; de OPR ontvangt het twee keer per jaar. In het jaarverslag verantwoorden wij per "
              "resultaat de bereikte waarde en de kosten van de ingezette middelen. Halverwege de planperiode, "
              "in 2028, laten wij een externe evaluatie uitvoeren."),
        ("h1", "7. Thuis en school"),
        ("p", "Ouders vinden de informatie over ondersteuning op alle scholen en in het verband op onze "
              "website en in de ouderapp 'Veluwerand Wijzer', die per school laat zien welke ondersteuning er is "
              "en hoe je die aanvraagt. Elk jaar in oktober houden wij in iedere gemeente een informatieavond. "
              "De scholen reiken bij de intake een ouderfolder uit; de folder is er ook in eenvoudige taal en in "
              "het Turks, Arabisch en Tigrinya."),
        ("p", "Wie onafhankelijk advies of steun zoekt, kan terecht bij Steunpunt Ouders & Jongeren Oost-Veluwe. "
              "Het steunpunt valt niet onder het verband, heeft een eigen budget en een eigen coördinator, en "
              "bundelt de signalen van ouders in een jaarlijkse rapportage aan ons bestuur. Daarnaast kunnen "
              "ouders gratis een beroep doen op de Onderwijsconsulenten. Klachten over het verband worden "
              "behandeld volgens de klachtenregeling, die een externe klachtencommissie kent."),
    ]
    b += communicatie_professionals()
    b += governance(swv, "mr. drs. S. Bos")
    b += oogo(gem, "19 februari 2026", substantive=False)
    b += personeel("vo")
    b += ict_privacy()
    b += planning(swv)
    b += begrippen(GLOSSARY_VO)
    docx_to_pdf(b, OUT / "vo-veluwerand-hoofdlijnen.pdf",
                header_text="Ondersteuningsplan op hoofdlijnen – Veluwerand",
                footer_text="SWV VO 39-11", title="Ondersteuningsplan op hoofdlijnen 2026-2030")
    write_label("vo-veluwerand-hoofdlijnen.expected.yaml", """
documents: [vo-veluwerand-hoofdlijnen.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Only 'scholen zijn zelf verantwoordelijk ... beschrijven die in hun schoolgids' (ch. 3) plus glossary; no level, no content."
  plaatsing: "Ch. 3 refers procedure and criteria for vso/lwoo/pro to a separately published Toewijzingsreglement (bijlage 2, not included); TLV words elsewhere are passing (step list, results table)."
  terugstroom: "Ch. 4 'Na de TLV: de stap terug' gives a five-step procedure with dates and actors; the policy (aims, conditions, support after return) is deferred. Results table reports overstappen vso->regulier (monitoring)."
  financien: "Ch. 5 'Begroting 2026-2029' meerjarenbegroting with amounts and reserve level; the verdeelmodel is deferred ('wordt herijkt ... toegevoegd'), the line 'Toekenning aan schoolbesturen' gives no criteria."
  dekkend-aanbod: "Overview of the dekkend aanbod deferred to the jaarplan ('de uitkomsten volgen'); OOGO themes deferred; thuiszitters only as a result target and a budget line."
  resultaten: "Ch. 6 reports achieved results 2022-2026 and targets 2028/2030 in a table; quarterly dashboard, OPR, jaarverslag, external mid-term evaluation."
  ouders: "Ch. 7 'Thuis en school': website, ouderapp, information evenings, translated folder; independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten, klachtenregeling."
""")


# ----------------------------------------------------------------------------------------------
# F: near-miss. A VO school's own "ondersteuningsplan" (school level), full of SWV vocabulary.
# ----------------------------------------------------------------------------------------------

def near_miss_f():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "Het Baken College – vestiging Noordpoort (vmbo-bb/kb/gl-tl met lwoo, havo, vwo)"),
         ("p", "Vastgesteld door de schoolleiding na advies van de deelraad, september 2025"),
         ("pagebreak", None)]
    b += [("h1", "Inhoud"), ("bullets", ["1. Inleiding", "2. Onze ondersteuningsstructuur",
                                         "3. Basisondersteuning op Noordpoort", "4. Extra ondersteuning",
                                         "5. Samenwerking met het samenwerkingsverband", "6. Ouders",
                                         "7. Budget en formatie", "8. Evaluatie en jaarplanning"])]
    b += [
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken College, vestiging Noordpoort, in het schooljaar "
              "2025-2026 de ondersteuning aan leerlingen organiseert. Het plan is een uitwerking van ons "
              "schoolondersteuningsprofiel en sluit aan op het ondersteuningsplan van Samenwerkingsverband VO "
              "Dommelkempen, waarbij onze school is aangesloten. Het is bedoeld voor medewerkers, de deelraad en "
              "geïnteresseerde ouders. Het plan wordt jaarlijks geactualiseerd."),
        ("p", "Noordpoort telt 1.140 leerlingen, van wie 210 met een aanwijzing voor leerwegondersteunend "
              "onderwijs. Ongeveer negentig leerlingen hebben een ontwikkelingsperspectiefplan."),
        ("h1", "2. Onze ondersteuningsstructuur"),
        ("p", "Wij werken met vier zorgniveaus. Niveau 1 is de ondersteuning door de vakdocent in de les. "
              "Niveau 2 is de begeleiding door de mentor, die elke leerling minstens drie keer per jaar spreekt. "
              "Niveau 3 is de inzet van de ondersteuningscoördinator, de remedial teacher, de "
              "faalangsttrainer en de orthopedagoog van de school. Niveau 4 is extra ondersteuning met hulp "
              "van buiten: het ondersteuningsteam met schoolmaatschappelijk werk, jeugdarts, leerplicht en de "
              "consulent van het samenwerkingsverband."),
        ("p", "Elke afdeling houdt wekelijks een leerlingbespreking. Het ondersteuningsteam komt elke zes weken "
              "bijeen. De ondersteuningscoördinator bewaakt de afspraken en is aanspreekpunt voor collega's."),
        ("h1", "3. Basisondersteuning op Noordpoort"),
        ("p", "Onze basisondersteuning omvat onder meer: een dyslexie- en dyscalculiebeleid met faciliteiten, "
              "huiswerkbegeleiding in de onderbouw, een time-in ruimte, trainingen sociale vaardigheden en "
              "faalangstreductie, een anti-pestcoördinator en een protocol medisch handelen. Wij voldoen aan de "
              "twaalf standaarden van het samenwerkingsverband; dat bleek uit de kwaliteitskaart van april 2025."),
        ("h1", "4. Extra ondersteuning"),
        ("p", "Leerlingen met lwoo volgen lessen in kleinere groepen (maximaal 16) en krijgen extra uren "
              "Nederlands en rekenen. Voor leerlingen die tijdelijk niet in een reguliere klas kunnen "
              "functioneren, hebben wij de Trajectklas (12 plaatsen). Is meer nodig, dan kan de "
              "ondersteuningscoördinator bij het samenwerkingsverband een plaatsing in het OPDC De Overstap "
              "aanvragen of, na overleg met ouders, een toelaatbaarheidsverklaring voor het vso. Voor leerlingen "
              "die aangewezen zijn op praktijkonderwijs verwijzen wij naar de pro-scholen in de regio."),
        ("p", "In 2024-2025 keerden zes leerlingen na een traject in het OPDC terug op Noordpoort; twee "
              "leerlingen stapten over naar het vso. Eén leerling keerde vanuit het vso terug en kreeg een "
              "terugkeerarrangement."),
        ("h1", "5. Samenwerking met het samenwerkingsverband"),
        ("p", "Het samenwerkingsverband verdeelt de ondersteuningsmiddelen over de besturen en beslist over "
              "toelaatbaarheidsverklaringen. Wij volgen de procedures van het loket. De consulent van het verband "
              "is om de week op school aanwezig. Onze schoolleider neemt deel aan het regionale "
              "directeurenoverleg. Twee collega's zijn lid van de ondersteuningsplanraad."),
        ("h1", "6. Ouders"),
        ("p", "Ouders worden betrokken bij het opstellen en evalueren van het OPP. Zij ontvangen een uitnodiging "
              "voor de OPP-gesprekken in oktober en maart. Informatie over de ondersteuning staat in de "
              "schoolgids en op de website van de school. Ouders met een klacht kunnen terecht bij de "
              "vertrouwenspersoon van de school of de klachtencommissie van het bestuur; voor onafhankelijke "
              "hulp verwijzen wij naar het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "7. Budget en formatie"),
        ("table", [["Post", "Fte / bedrag 2025-2026"],
                   ["Ondersteuningscoördinator", "1,2 fte"],
                   ["Orthopedagoog", "0,6 fte"],
                   ["Remedial teaching", "0,8 fte"],
                   ["Trajectklas", "1,4 fte"],
                   ["Schoolbudget uit samenwerkingsverband", "€ 214.000"],
                   ["Lwoo-middelen (via bestuur)", "€ 1.150.000"]]),
        ("p", "De middelen van het samenwerkingsverband besteden wij volledig aan formatie voor ondersteuning. "
              "De besteding verantwoorden wij vóór 1 maart aan het bestuur."),
        ("h1", "8. Evaluatie en jaarplanning"),
        ("p", "Doelen voor 2025-2026: het aantal leerlingen dat zonder diploma vertrekt daalt van 14 naar 10; "
              "het verzuim in leerjaar 3 daalt met 10 procent; alle mentoren volgen de training 'gesprekken met "
              "jongeren'. In juni evalueren wij dit plan in het ondersteuningsteam en de deelraad."),
        ("table", [["Maand", "Activiteit"], ["September", "Start trajectklas, informatieavond brugklas"],
                   ["Oktober", "OPP-gesprekken ronde 1"], ["Januari", "Tussenevaluatie ondersteuningsteam"],
                   ["Maart", "OPP-gesprekken ronde 2"], ["April", "Kwaliteitskaart samenwerkingsverband"],
                   ["Juni", "Evaluatie en actualisatie ondersteuningsplan"]]),
    ]
    write_docx(b, OUT / "vo-hetbaken-school-ondersteuningsplan.docx",
               header_text="Ondersteuningsplan 2025-2026 – Het Baken College Noordpoort",
               footer_text="Het Baken College", title="Ondersteuningsplan Het Baken College Noordpoort")
    write_label("vo-hetbaken-school-ondersteuningsplan.expected.yaml", """
documents: [vo-hetbaken-school-ondersteuningsplan.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one VO vestiging (zorgniveaus, trajectklas, school budget in fte); it refers to the ondersteuningsplan of the samenwerkingsverband it belongs to but is not that plan (domain 5.4 near-miss)."
""")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plan_a()
    plan_b()
    plan_c()
    plan_d()
    plan_e()
    near_miss_f()


if __name__ == "__main__":
    main()
