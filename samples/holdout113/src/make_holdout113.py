#!/usr/bin/env python3
"""Generate the holdout113 sample set: five fictional ondersteuningsplannen of samenwerkingsverbanden
(four VO, one PO; .docx, .pdf via LibreOffice, .html) plus one near-miss document (a school's own
ondersteuningsplan), each with a <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script (Path(__file__).resolve().parent.parent).
Requires python-docx and, for the PDFs, `soffice` (LibreOffice) on PATH.
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt


# ---------------------------------------------------------------- renderers
def render_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                if i == 0:
                    r.bold = True
                    r.font.size = Pt(22)
                elif i == 1:
                    r.font.size = Pt(15)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for entry, page in val:
                doc.add_paragraph(f"{entry} {'.' * max(4, 60 - len(entry))} {page}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
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
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    cp = doc.core_properties  # fixed metadata so that reruns give identical files
    cp.author = "Holdout113 generator"
    cp.last_modified_by = "Holdout113 generator"
    cp.created = cp.modified = datetime.datetime(2025, 4, 24, 12, 0, 0)
    cp.revision = 1
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps, so reruns are byte-identical."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout113.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 24, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def render_html(blocks, path, title, nav=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if nav:
        out.append('<header><nav class="hoofdmenu"><ul>')
        out += [f'<li><a href="#{e(h)}">{e(t)}</a></li>' for t, h in nav]
        out.append("</ul></nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append('<section class="titel">')
            out.append(f"<h1>{e(val[0])}</h1>")
            out += [f"<p class=\"sub\">{e(x)}</p>" for x in val[1:]]
            out.append("</section>")
        elif kind == "toc":
            out.append('<section class="inhoud"><h2>Op deze pagina</h2><ol>')
            out += [f"<li>{e(x)}</li>" for x, _ in val]
            out.append("</ol></section>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(str(x))}</th>" for x in val[0]) + "</tr></thead><tbody>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in row) + "</tr>")
            out.append("</tbody></table>")
    out.append("</main>")
    if footer:
        out.append(f"<footer><p>{e(footer)}</p></footer>")
    out += ["</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, **kw):
    """Render blocks to a temporary .docx and convert it with LibreOffice."""
    pdf_path = Path(pdf_path)
    tmp = Path(tempfile.mkdtemp(prefix="holdout113_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, **kw)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
        elif kind == "toc":
            n += sum(len(x.split()) for x, _ in val)
        else:
            n += sum(len(str(x).split()) for x in val)
    return n


# ---------------------------------------------------------------- neutral filler
# These blocks deliberately avoid addressing any of the seven elements; they contain
# the vocabulary in passing only.

def context_block(c):
    return [
        ("h1", c["ctx_kop"]),
        ("p", f"{c['naam']} omvat de scholen voor {c['sector_lang']} in de gemeenten {c['gemeenten']}. "
              f"In het samenwerkingsverband werken {c['besturen']} schoolbesturen samen. Samen verzorgen zij onderwijs "
              f"op {c['vestigingen']} vestigingen aan ruim {c['leerlingen']} leerlingen. De regio kent zowel stedelijke kernen "
              f"als uitgestrekte plattelandsgebieden, waardoor reisafstanden voor sommige leerlingen aanzienlijk zijn. "
              f"De leerlingenprognoses laten voor de planperiode een lichte daling zien, vooral in de kleinere kernen."),
        ("p", "De besturen verschillen in omvang en identiteit: er zijn openbare, protestants-christelijke, rooms-katholieke "
              "en algemeen bijzondere scholen. Die verscheidenheid zien wij als een kracht. Tegelijk vraagt zij om heldere "
              "afspraken, zodat het voor een leerling niet uitmaakt bij welk bestuur hij of zij op school zit. "
              "De rechtsvorm van het samenwerkingsverband is een stichting; de statuten bevatten een regeling voor de "
              "beslechting van geschillen tussen de aangesloten besturen."),
        ("p", "Het werkgebied van het samenwerkingsverband valt samen met dat van de regionale arbeidsmarktregio en "
              "overlapt grotendeels met twee samenwerkingsverbanden voor het andere onderwijstype. Met die verbanden "
              "vindt jaarlijks bestuurlijk overleg plaats over de aansluiting tussen de sectoren en over het onderlinge "
              "gebruik van voorzieningen, zoals afgesproken in het convenant dat in 2022 is getekend."),
    ]


def visie_block(c, met_ouders=True):
    ouders = (" Ouders en leerlingen zijn daarbij gesprekspartner; we praten met hen en niet over hen."
              if met_ouders else "")
    return [
        ("h1", c["visie_kop"]),
        ("p", "Wij geloven dat iedere jongere recht heeft op onderwijs dat past bij wie hij of zij is en wat hij of zij "
              "kan. Passend onderwijs is voor ons geen doel op zich, maar een middel om jongeren zo thuisnabij mogelijk "
              "te laten leren, zich te laten ontwikkelen en een plek te geven in de samenleving." + ouders),
        ("p", "Onze missie luidt: 'Samen zorgen we dat geen jongere tussen wal en schip valt.' Dat betekent dat de "
              "besturen verantwoordelijkheid delen, elkaar aanspreken en over de eigen schoolgrenzen heen kijken. Het "
              "samenwerkingsverband is daarbij geen loket dat op afstand beslist, maar een partner die meedenkt, "
              "verbindt en waar nodig de regie neemt."),
        ("p", "Vier kernwaarden geven richting aan ons handelen: vertrouwen, eigenaarschap, transparantie en "
              "wendbaarheid. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen en hun teams. "
              "Eigenaarschap betekent dat de school van inschrijving verantwoordelijk blijft. Transparantie betekent "
              "dat wij open zijn over keuzes en middelen. Wendbaarheid betekent dat we bijsturen wanneer de praktijk "
              "daarom vraagt, ook tussentijds."),
        ("p", "De afgelopen jaren is de maatschappelijke context veranderd. Het lerarentekort, de toename van "
              "mentale problemen bij jongeren, de druk op de jeugdhulp en de gevolgen van de schoolsluitingen vragen "
              "om een samenwerkingsverband dat snel kan schakelen. Wij kiezen er daarom voor dit plan op hoofdlijnen "
              "te schrijven en jaarlijks in een jaarplan uit te werken welke activiteiten we ondernemen."),
    ]


def governance_block(c):
    return [
        ("h1", c["gov_kop"]),
        ("p", "Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder "
              "is belast met het besturen van de stichting en wordt ondersteund door een bureau. De raad van toezicht "
              "bestaat uit vijf leden, van wie drie door de aangesloten besturen worden voorgedragen en twee "
              "onafhankelijk zijn. De algemene vergadering van aangesloten besturen stelt onder meer het "
              "ondersteuningsplan, de begroting en het jaarverslag vast, na goedkeuring door de raad van toezicht."),
        ("p", "De raad van toezicht vergadert ten minste vijf keer per jaar en kent een auditcommissie en een "
              "remuneratiecommissie. De raad hanteert de Code Goed Bestuur in het primair en voortgezet onderwijs en "
              "legt in een toezichtkader vast welke informatie hij nodig heeft om zijn taak uit te oefenen. Eens per "
              "twee jaar evalueert de raad zijn eigen functioneren onder externe begeleiding."),
        ("p", "Het bureau telt circa " + c["fte"] + " fte. Naast de directeur-bestuurder werken er een "
              "bestuurssecretaris, een controller, beleidsmedewerkers, orthopedagogen, consulenten en een "
              "secretariaat. Het bureau is gehuisvest in een verzamelgebouw dat wordt gedeeld met de "
              "leerplichtafdeling van de regio, wat korte lijnen oplevert."),
        ("h2", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) en, voor het personeel van het bureau, "
              "een eigen medezeggenschapsraad. De OPR heeft instemmingsrecht op het ondersteuningsplan en op "
              "tussentijdse wijzigingen daarvan. De directeur-bestuurder overlegt vier keer per jaar met de OPR; "
              "daarnaast is er een jaarlijkse gezamenlijke bijeenkomst met de raad van toezicht."),
    ]


def opr_minimal_block(c):
    return [
        ("h1", c["gov_kop"]),
        ("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. De "
              "algemene vergadering van aangesloten besturen stelt de hoofdlijnen van beleid vast. De raad van toezicht "
              "houdt toezicht op het bestuur, keurt de begroting en de jaarrekening goed en benoemt de accountant."),
        ("p", "Het bureau telt circa " + c["fte"] + " fte en is gevestigd in " + c["vestigingsplaats"] + ". "
              "Het secretariaat is op werkdagen bereikbaar. De directeur-bestuurder is werkgever van het "
              "bureaupersoneel en legt verantwoording af aan de raad van toezicht."),
        ("p", "De ondersteuningsplanraad heeft op " + c["opr_datum"] + " ingestemd met dit ondersteuningsplan. "
              "Het reglement van de ondersteuningsplanraad is vastgesteld in 2022 en wordt in 2026 geëvalueerd."),
    ]


def oogo_block(c, inhoudelijk=True):
    b = [
        ("h1", c["oogo_kop"]),
        ("p", f"Het concept van dit ondersteuningsplan is op {c['oogo_datum']} besproken in het op overeenstemming "
              f"gericht overleg (OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. "
              "Het overleg is gevoerd volgens de procedure die in 2021 met de gemeenten is afgesproken, inclusief een "
              "regeling voor het beslechten van geschillen. Er zijn geen geschilpunten vastgesteld. Het verslag van "
              "het OOGO is vastgesteld door beide partijen."),
    ]
    if inhoudelijk:
        b += [
            ("p", "In het OOGO hebben gemeenten en samenwerkingsverband afgesproken dat jeugdhulp en onderwijs "
                  "elkaar in de school ontmoeten. Iedere school heeft een vaste contactpersoon van het lokale team of "
                  "wijkteam, die aanschuift bij het ondersteuningsoverleg van de school. Waar een leerling zowel "
                  "onderwijs als zorg nodig heeft, maken school, gemeente en zorgaanbieder een onderwijs-"
                  "zorgarrangement, waarbij vooraf wordt vastgelegd wie welk deel betaalt."),
            ("p", "Andere gezamenlijke thema's zijn leerlingenvervoer, onderwijshuisvesting, de aansluiting op de "
                  "arbeidsmarkt en het voorkomen van voortijdig schoolverlaten. Leerlingenvervoer en huisvesting blijven "
                  "een verantwoordelijkheid en een kostenpost van de gemeenten; het samenwerkingsverband adviseert "
                  "alleen. Het bestuurlijk overleg met de wethouders onderwijs en jeugd vindt twee keer per jaar plaats."),
        ]
    else:
        b += [("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Het bestuurlijk overleg "
                    "met de wethouders vindt twee keer per jaar plaats.")]
    return b


def personeel_block(c):
    return [
        ("h1", c["pers_kop"]),
        ("p", "Passend onderwijs staat of valt met de mensen in de klas. Het lerarentekort treft ook onze regio: "
              "vooral " + c["tekort"] + " zijn vacatures "
              "lastig te vervullen. Het samenwerkingsverband is geen werkgever van leraren, maar draagt bij aan de "
              "deskundigheid van het personeel via een regionaal scholingsaanbod en kennisnetwerken."),
        ("p", "Er zijn netwerken voor " + c["netwerken"] + ". De netwerken komen "
              "vier tot zes keer per jaar bijeen. Onderwerpen worden door de deelnemers zelf aangedragen; recente "
              "thema's waren schoolverzuim, het werken met groeidocumenten, digitale veiligheid en het gesprek met "
              + c["netwerk_themas"]),
        ("p", "Voor het bureau zelf zetten we in op duurzame inzetbaarheid. Medewerkers hebben een persoonlijk "
              "ontwikkelplan en jaarlijks een gesprekkencyclus. De werkdruk wordt twee keer per jaar besproken in het "
              "teamoverleg. In de planperiode wordt de functie van consulent herschreven, zodat zij beter aansluit op "
              "de vraag van de scholen."),
    ]


def ict_block(c):
    return [
        ("h1", c["ict_kop"]),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossier- en aanvraagsysteem dat voldoet aan de "
              "Algemene verordening gegevensbescherming (AVG). Scholen loggen in met tweestapsverificatie. Alleen "
              "medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot de gegevens van een leerling. "
              "Gegevens worden niet langer bewaard dan noodzakelijk; na afloop van de wettelijke bewaartermijn worden "
              "zij vernietigd."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, die wordt gedeeld met "
              "twee andere samenwerkingsverbanden. Datalekken worden gemeld via een vaste procedure. Jaarlijks wordt "
              "het privacybeleid geëvalueerd en waar nodig aangepast, bijvoorbeeld wanneer nieuwe software in gebruik "
              "wordt genomen."),
        ("p", "Voor de interne bedrijfsvoering gebruikt het bureau een cloudomgeving met standaard kantoorsoftware. "
              "De financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor. "
              "De continuïteit van de ICT wordt geborgd door een onderhoudscontract en een noodplan."),
    ]


def planning_block(c, rows):
    return [
        ("h1", c["plan_kop"]),
        ("p", "Dit ondersteuningsplan geldt voor de periode " + c["periode"] + ". Het plan wordt jaarlijks uitgewerkt in "
              "een jaarplan, dat het bestuur na advies van de OPR vaststelt. In het jaarplan staan de activiteiten, "
              "de verantwoordelijken en de planning voor dat schooljaar. Tussentijdse wijzigingen van dit plan worden "
              "ter instemming aan de OPR voorgelegd."),
        ("table", [["Schooljaar", "Activiteit (hoofdlijn)", "Eigenaar"]] + rows),
        ("p", "De planning is indicatief. Wanneer wetgeving of landelijke afspraken wijzigen, bijvoorbeeld over een "
              "landelijke norm of over de positie van leerlingen en hun ouders, passen wij de planning aan."),
    ]


def huisvesting_block(c):
    return [
        ("h1", c["huis_kop"]),
        ("p", "De schoolbesturen zijn samen met de gemeenten verantwoordelijk voor de onderwijshuisvesting. Het "
              "samenwerkingsverband heeft hierin geen formele rol, maar signaleert waar gebouwen onvoldoende ruimte "
              "bieden voor kleinere groepen, prikkelarme werkplekken of een time-outruimte. Bij nieuwbouw en "
              "renovatie adviseren wij de besturen om deze ruimtes vanaf het begin mee te nemen."),
        ("p", "Het leerlingenvervoer wordt door de gemeenten geregeld op basis van hun eigen verordeningen. "
              "Lange reistijden zijn een punt van zorg, vooral voor leerlingen die een school buiten hun woonplaats "
              "bezoeken. Het samenwerkingsverband brengt dit onderwerp in het bestuurlijk overleg met de gemeenten in."),
    ]


def totstandkoming_block(c, kop):
    return [
        ("h1", kop),
        ("p", "Dit plan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van 2024 is een "
              "stuurgroep ingesteld, bestaande uit twee bestuurders, twee schoolleiders, de directeur van het bureau en "
              "een beleidsmedewerker. De stuurgroep heeft vier werkgroepen ingesteld, die elk een thema hebben "
              "uitgewerkt. In totaal zijn er elf bijeenkomsten geweest met schoolleiders en medewerkers, drie met "
              "gemeenten en twee met jeugdhulpaanbieders."),
        ("p", "Een eerste concept is in november 2024 besproken in de algemene vergadering. Op basis van de reacties is "
              "het concept op onderdelen herschreven: de tekst is ingekort, de hoofdstukindeling is vereenvoudigd en "
              "een aantal passages is concreter gemaakt. Het tweede concept is in januari 2025 aan de "
              "ondersteuningsplanraad voorgelegd, waarna een informele en een formele vergadering volgden. Tijdens de "
              "formele vergadering zijn de vragen van de raad schriftelijk beantwoord."),
        ("p", "Parallel aan de bespreking met de raad is het concept gedeeld met de overlappende samenwerkingsverbanden "
              "voor het andere onderwijstype. Hun opmerkingen gingen vooral over de overstap tussen de sectoren en over "
              "de afstemming van de planningen. Deze opmerkingen zijn verwerkt in de teksten over samenwerking."),
    ]


def landelijk_block(c, kop):
    return [
        ("h1", kop),
        ("p", "Passend onderwijs is volop in beweging. Na de evaluatie van 2020 hebben het ministerie, de sectorraden "
              "en andere partijen een verbeteraanpak opgesteld met vijfentwintig maatregelen. Een aantal daarvan "
              "raakt samenwerkingsverbanden direct, zoals de afspraken over het afbouwen van bovenmatige reserves en "
              "het versterken van de medezeggenschap."),
        ("p", "Het wetsvoorstel over de versterking van de positie van ouders en leerlingen in het passend onderwijs "
              "regelt onder meer het hoorrecht van leerlingen, de opname van het ondersteuningsaanbod in de schoolgids "
              "en een verplicht ouder- en jeugdsteunpunt per samenwerkingsverband. Daarnaast werkt het kabinet aan een "
              "landelijke norm voor basisondersteuning. De precieze inhoud en de datum van invoering zijn bij het "
              "schrijven van dit plan nog niet bekend."),
        ("p", "Wij volgen deze ontwikkelingen nauwgezet via de sectorraden en het landelijk netwerk van "
              "directeuren van samenwerkingsverbanden. Wanneer nieuwe wet- en regelgeving in werking treedt, beoordelen "
              "wij of dit plan moet worden aangepast. Wijzigingen leggen wij, waar dat nodig is, ter instemming voor aan "
              "de ondersteuningsplanraad."),
    ]


def onderzoek_block(c, kop):
    return [
        ("h1", kop),
        ("p", "Het samenwerkingsverband werkt samen met een hogeschool en een universiteit in de regio. Studenten "
              "pedagogiek en orthopedagogiek lopen stage op het bureau en doen praktijkonderzoek op de scholen, "
              "bijvoorbeeld naar de werkzaamheid van time-outvoorzieningen of naar de manier waarop mentoren "
              "gesprekken voeren. De uitkomsten worden gedeeld in de kennisnetwerken."),
        ("p", "Daarnaast neemt het samenwerkingsverband deel aan een landelijk leernetwerk over inclusiever onderwijs. "
              "Twee keer per jaar bezoeken medewerkers van het bureau en schoolleiders een ander samenwerkingsverband "
              "om van elkaar te leren. Wat wij daar zien, nemen wij mee in de jaarplannen."),
        ("p", "Innovatie is geen doel op zich. Nieuwe werkwijzen worden eerst kleinschalig beproefd, met een heldere "
              "looptijd en een evaluatie, voordat de besturen besluiten of zij worden voortgezet. Projecten die niet "
              "het gewenste effect hebben, stoppen wij."),
    ]


def bedrijfsvoering_block(c, kop):
    return [
        ("h1", kop),
        ("p", "Het bureau streeft naar een sobere en doelmatige bedrijfsvoering. Inkoop van diensten boven de "
              "Europese drempelwaarden vindt plaats via een aanbesteding; voor kleinere opdrachten vragen wij ten "
              "minste twee offertes op. Contracten worden centraal geregistreerd en jaarlijks geëvalueerd."),
        ("p", "Ook duurzaamheid krijgt aandacht: medewerkers reizen zoveel mogelijk met het openbaar vervoer of de "
              "fiets, vergaderingen zijn waar mogelijk digitaal en het bureau is gehuisvest in een gebouw met "
              "energielabel A. Papieren dossiers zijn in de vorige planperiode volledig gedigitaliseerd."),
        ("p", "De accountant controleert jaarlijks de jaarrekening en rapporteert aan de raad van toezicht. De "
              "managementletter van de accountant wordt besproken in de auditcommissie."),
    ]


def begrippen_block(kop, items):
    return [("h1", kop), ("table", [["Begrip / afkorting", "Betekenis"]] + items)]

# ---------------------------------------------------------------- from plans113_a_b.py

VO_NET = dict(
    tekort="in de exacte vakken, in het voortgezet speciaal onderwijs en bij de ondersteunende functies",
    netwerken="ondersteuningscoördinatoren, voor mentoren, voor zorgcoördinatoren van de praktijkscholen en voor "
              "de orthopedagogen en psychologen die bij de scholen werken",
    netwerk_themas="jongeren over hun toekomst.",
)

# =====================================================================================
# Plan A: VO Eemvallei-Noord, organised around five ambitions (docx)
# =====================================================================================
A_CTX = dict(VO_NET,
    naam="Samenwerkingsverband VO Eemvallei-Noord", sector_lang="voortgezet onderwijs",
    gemeenten="Eemdijk, Hoogland-Oost, Veldhuizen en Baarnsloot", besturen="negen", vestigingen="veertien",
    leerlingen="11.400", fte="19", periode="1 augustus 2025 tot en met 31 juli 2029",
    oogo_datum="11 maart 2025", ctx_kop="1 Waar we staan", visie_kop="2 Visie en missie",
    gov_kop="8 Organisatie en medezeggenschap", oogo_kop="6 Ambitie 4 – Samen met jeugdhulp en gemeenten",
    pers_kop="10 Personeel en professionalisering", ict_kop="11 Privacy en ICT", plan_kop="12 Planning",
    huis_kop="6.1 Huisvesting en vervoer",
)


def plan_a():
    c = A_CTX
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband VO Eemvallei-Noord (VO 27-14)",
                    "Koers op vijf ambities",
                    "Vastgesteld door de algemene vergadering op 24 april 2025, na instemming van de ondersteuningsplanraad op 15 april 2025"]),
         ("toc", [("Voorwoord", 3), ("1 Waar we staan", 4), ("2 Visie en missie", 6),
                  ("3 Ambitie 1 – Iedere leerling een passende plek", 8),
                  ("3.1 Het ondersteuningscontinuüm", 8), ("3.2 Geen jongere thuis", 10),
                  ("3.3 Toelaatbaarheid, terugplaatsing en doorstroom", 11),
                  ("4 Ambitie 2 – Een sterke basis op elke school", 14),
                  ("5 Ambitie 3 – Zichtbaar resultaat", 17),
                  ("6 Ambitie 4 – Samen met jeugdhulp en gemeenten", 19),
                  ("7 Ambitie 5 – Verantwoord en wendbaar", 21), ("7.2 Geld en middelen", 22),
                  ("8 Organisatie en medezeggenschap", 25), ("9 Communicatie", 27),
                  ("10 Personeel en professionalisering", 29), ("11 Privacy en ICT", 30), ("12 Planning", 31),
                  ("Bijlage 1 Begrippenlijst", 33)]),
         ("h1", "Voorwoord"),
         ("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Waar de eerste plannen vooral "
               "gingen over het inrichten van een nieuwe organisatie, kiezen wij nu voor een plan dat is opgebouwd rond "
               "vijf ambities. Die ambities zijn in de afgelopen anderhalf jaar opgehaald in gesprekken met "
               "schoolleiders, ondersteuningscoördinatoren, leerlingen, ouders, gemeenten en jeugdhulpaanbieders. Meer "
               "dan driehonderd mensen hebben meegedacht tijdens bijeenkomsten in Eemdijk en Veldhuizen."),
         ("p", "Het plan is bewust compact. Het beschrijft wat wij willen bereiken en welke afspraken daarbij horen. "
               "De uitwerking in activiteiten en middelen volgt jaarlijks in het jaarplan. Resultaten uit de vorige "
               "periode laten zien dat er veel bereikt is, maar ook dat we er nog niet zijn: nog steeds zitten jongeren "
               "te lang thuis en nog steeds vinden ouders de weg naar ondersteuning ingewikkeld."),
         ("p", "Ik dank iedereen die heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad, die "
               "het concept kritisch en constructief hebben gelezen. Hun vragen hebben het plan beter gemaakt."),
         ("p", "Mr. drs. H.J. Wolters, directeur-bestuurder"),
         ]
    b += context_block(c)
    b += [
        ("h2", "1.1 Terugblik op de planperiode 2021-2025"),
        ("p", "In de vorige planperiode hebben we het Ondersteuningsloket opgericht, waar scholen met één aanvraag "
              "terechtkunnen. De tussenvoorziening is verhuisd naar een ruimer gebouw aan de Parklaan in Eemdijk. We "
              "hebben een regionaal netwerk van ondersteuningscoördinatoren opgebouwd en twee keer een regiodag "
              "georganiseerd. Met de gemeenten is een werkagenda opgesteld. Niet alles is gelukt: het gezamenlijke "
              "dashboard is er nog niet gekomen, en de samenwerking met de jeugdhulp verschilt sterk per gemeente."),
        ("p", "De terugkoppeling van scholen over het loket is overwegend positief. Scholen waarderen de korte lijnen "
              "en de meedenkende houding van de consulenten. Kritischer zijn zij over de administratieve last bij "
              "aanvragen. Dit plan neemt die signalen mee."),
        ("p", "Het teruglopende leerlingaantal in de kleinere kernen vraagt om keuzes. Sommige vestigingen worden "
              "kleiner, wat gevolgen heeft voor het aanbod aan profielen en voor de ondersteuning die een vestiging "
              "zelfstandig kan organiseren. Samenwerking tussen vestigingen wordt daardoor belangrijker."),
    ]
    b += visie_block(c)
    b += [
        ("h1", "3 Ambitie 1 – Iedere leerling een passende plek"),
        ("p", "Onze eerste ambitie is dat iedere jongere in de regio een plek heeft waar hij of zij kan leren, met de "
              "ondersteuning die nodig is. Dat vraagt om een samenhangend aanbod binnen en tussen de scholen, om "
              "snelle toegang tot extra ondersteuning en om een gezamenlijke aanpak wanneer een jongere dreigt uit te "
              "vallen."),
        ("h2", "3.1 Het ondersteuningscontinuüm"),
        ("p", "De ondersteuning in onze regio is opgebouwd in vijf niveaus. Elke volgende stap is zwaarder en minder "
              "thuisnabij. Het uitgangspunt is dat een leerling zo lang mogelijk op de eigen vestiging blijft. De "
              "tabel laat zien welk aanbod er op elk niveau is en wie over de inzet beslist."),
        ("table", [["Niveau", "Aanbod", "Waar", "Wie besluit"],
                   ["1 Basisondersteuning", "De afgesproken ondergrens (zie ambitie 2)", "Elke vestiging", "De school"],
                   ["2 Extra ondersteuning op school", "Schoolarrangementen: trajectgroep, steunlessen, "
                    "begeleiding door een gedragsspecialist, aangepast rooster", "Vestigingen met een passend profiel",
                    "De school, na overleg met de consulent"],
                   ["3 Bovenschoolse voorzieningen", "Tussenvoorziening De Overstap (40 plaatsen, maximaal 12 maanden), "
                    "reboundtraject (12 weken), Op-maatklas voor hoogbegaafde leerlingen met uitval",
                    "Eemdijk en Veldhuizen", "Commissie Toewijzing"],
                   ["4 Leerwegondersteuning en praktijkonderwijs", "Lwoo op zes vmbo-vestigingen; twee praktijkscholen",
                    "Eemdijk, Hoogland-Oost, Baarnsloot", "Commissie Toewijzing"],
                   ["5 Voortgezet speciaal onderwijs", "Drie vso-scholen (cluster 3 en 4), waarvan één met een "
                    "uitstroomprofiel arbeidsmarkt", "Eemdijk, Veldhuizen", "Commissie Toewijzing (TLV)"]]),
        ("p", "Tussen de niveaus bestaan vaste routes. Een school die met de eigen extra ondersteuning vastloopt, "
              "bespreekt de leerling in het ondersteuningsteam, waarin de consulent van het samenwerkingsverband "
              "aanschuift. Het ondersteuningsteam bepaalt of een bovenschoolse voorziening of een aanvraag bij de "
              "Commissie Toewijzing de volgende stap is. Leerlingen in de tussenvoorziening blijven ingeschreven op "
              "hun eigen school; de school blijft dus verantwoordelijk."),
        ("h2", "3.2 Geen jongere thuis"),
        ("p", "Ondanks alle inspanningen zijn er jongeren die geen passende plek hebben. Wij willen dat geen jongere "
              "langer dan vier weken thuiszit zonder passend aanbod. Daarvoor maken wij de volgende afspraken."),
        ("ul", ["Scholen melden elke leerling die langer dan tien schooldagen ongeoorloofd of ongeregeld afwezig is, "
                "direct bij de leerplichtambtenaar en bij de consulent van het samenwerkingsverband.",
                "Eens per maand komt de thuiszitterstafel bijeen: leerplicht, consulenten, jeugdhulp en, per casus, de "
                "school. Elke jongere die langer dan vier weken thuiszit, wordt daar besproken totdat er een plek is.",
                "De school waar een leerling is aangemeld of ingeschreven, houdt de zorgplicht totdat een andere "
                "school de leerling daadwerkelijk heeft ingeschreven. Besturen nemen elkaars leerlingen over wanneer "
                "de eigen vestiging geen passend aanbod heeft.",
                "Lukt het niet binnen zes weken een plek te vinden, dan gebruikt de directeur-bestuurder zijn "
                "doorzettingsmacht: hij wijst binnen tien schooldagen een school of voorziening aan die de leerling "
                "plaatst, met een arrangement dat het samenwerkingsverband betaalt.",
                "Elk voorjaar houden wij met de scholen een aanbodanalyse: welke vragen van leerlingen konden we niet "
                "beantwoorden en waar ontstonden wachtlijsten? Ontbrekend aanbod wordt in het volgende jaarplan opgepakt."]),
        ("p", "De aanbodanalyse van 2024 liet zien dat er geen passend aanbod is voor jongeren met ernstige angst- en "
              "stemmingsproblematiek die niet in een grote klas kunnen functioneren. Vanaf januari 2026 start daarom "
              "een kleinschalige groep in Veldhuizen, in samenwerking met een aanbieder van specialistische jeugdhulp."),
        ("h2", "3.3 Toelaatbaarheid en doorstroom"),
        ("p", "Voor plaatsing in het vso is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. "
              "Voor lwoo en praktijkonderwijs besluit het samenwerkingsverband eveneens. Alle aanvragen lopen via het "
              "Ondersteuningsloket. De procedure voor een TLV vso verloopt in vier stappen."),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                   ["1 Aanvraag", "Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een "
                    "nieuwe leerling, is aangemeld) dient de aanvraag in met het groeidocument, het "
                    "ontwikkelingsperspectief, een evaluatie van de geboden ondersteuning en de zienswijze van ouders en "
                    "leerling", "School", "–"],
                   ["2 Intake", "De consulent controleert of het dossier volledig is en vraagt zo nodig aanvullingen op",
                    "Consulent loket", "Binnen 5 werkdagen"],
                   ["3 Deskundigenadvies", "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog "
                    "of GZ-psycholoog en, afhankelijk van de leerling, een jeugdarts, maatschappelijk werker of "
                    "kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag",
                    "Deskundigen van het samenwerkingsverband", "Binnen 3 weken"],
                   ["4 Besluit", "De Commissie Toewijzing besluit en stuurt het besluit met beide adviezen naar de "
                    "school en naar ouders", "Commissie Toewijzing", "Binnen 6 weken na volledige aanvraag"]]),
        ("p", "Een TLV vso wordt afgegeven voor één, twee of drie schooljaren en loopt altijd tot en met 31 juli van "
              "het laatste schooljaar. In de TLV staat de bekostigingscategorie (laag, midden of hoog). Wie het niet "
              "eens is met een besluit, kan binnen zes weken bezwaar maken bij het samenwerkingsverband. Wij vragen "
              "dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("p", "Aanvragen voor een aanwijzing lwoo of een TLV praktijkonderwijs dient de vo-school van aanmelding in "
              "vóór 1 maart, zodat de Commissie vóór 15 april kan besluiten en de leerling na de zomer kan starten. "
              "Latere aanvragen worden binnen zes weken behandeld."),
        ("p", "De criteria op grond waarvan de Commissie beoordeelt of een leerling toelaatbaar is tot het vso, "
              "herijken wij in schooljaar 2025-2026 samen met de vso-scholen. Zij worden daarna als addendum aan dit "
              "plan toegevoegd. Tot die tijd weegt de Commissie iedere aanvraag op haar eigen merites."),
        ("p", "Doorstroom is voor ons een breed begrip. Bij de overstap van het primair naar het voortgezet onderwijs "
              "zorgen warme overdrachten ervoor dat de nieuwe school weet wat een leerling nodig heeft. Bij de "
              "uitstroom naar het mbo of naar werk begeleiden de scholen leerlingen met een uitstroomperspectief "
              "arbeidsmarkt of dagbesteding, in samenwerking met de regionale mbo-instellingen."),
        ("h1", "4 Ambitie 2 – Een sterke basis op elke school"),
        ("p", "Een sterke basis voorkomt dat leerlingen onnodig extra ondersteuning nodig hebben. De algemene "
              "vergadering heeft op 14 maart 2024 het niveau van basisondersteuning vastgesteld. Dit niveau is de "
              "ondergrens die op alle veertien vestigingen geldt, inclusief de praktijkscholen. Een vestiging mag "
              "meer bieden, maar nooit minder. Wat buiten dit niveau valt, is extra ondersteuning."),
        ("p", "De tabel hieronder beschrijft wat iedere ouder en leerling op elke vestiging kan verwachten, zonder "
              "aanvraag bij het samenwerkingsverband."),
        ("table", [["Domein", "Wat u op elke vestiging mag verwachten"],
                   ["Begeleiding", "Een mentor met wekelijks mentoruur; gesprekken met leerling en ouders ten minste drie "
                    "keer per jaar"],
                   ["Ondersteuningsstructuur", "Een ondersteuningscoördinator en een ondersteuningsteam dat minimaal zes "
                    "keer per jaar bijeenkomt"],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware, "
                    "vergroot lettertype); een leesbegeleider in leerjaar 1 en 2"],
                   ["Sociaal-emotioneel", "Een faalangstreductietraining en een sociale-vaardigheidstraining per "
                    "schooljaar; een aanspreekpunt pesten"],
                   ["Executieve functies", "Planningsbegeleiding in huiswerkklas of steunuur"],
                   ["Opvang", "Een time-outvoorziening met toezicht tijdens alle lesuren"],
                   ["Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking"],
                   ["Samenwerking", "Een schoolmaatschappelijk werker of jeugdhulpcontactpersoon die wekelijks op school is"]]),
        ("p", "Basisondersteuning is meer dan basiskwaliteit. De inspectie beoordeelt de basiskwaliteit van het "
              "onderwijs; de basisondersteuning gaat over de ondersteuning die daarbovenop op iedere vestiging "
              "aanwezig is. Aandacht voor basisvaardigheden, zoals lezen en rekenen, valt onder de kwaliteit van het "
              "onderwijs in het algemeen."),
        ("p", "Elk jaar voert het samenwerkingsverband met iedere vestiging een kwaliteitsdialoog aan de hand van de "
              "kwaliteitskaart basisondersteuning. Voldoet een vestiging op twee of meer onderdelen niet, dan stelt "
              "het bestuur binnen drie maanden een verbeterplan op. Na een jaar volgt een herhaalgesprek."),
        ("h1", "5 Ambitie 3 – Zichtbaar resultaat"),
        ("p", "Wij willen dat zichtbaar wordt wat passend onderwijs jongeren oplevert. De tabel beschrijft de "
              "resultaten die wij aan het einde van de planperiode voor leerlingen met een ondersteuningsbehoefte "
              "willen bereiken."),
        ("table", [["Beoogd resultaat", "Streefwaarde juli 2029"],
                   ["Geen jongere zit langer dan vier weken thuis zonder passend aanbod", "0 jongeren"],
                   ["Leerlingen in de tussenvoorziening keren terug naar een reguliere klas", "Ten minste 80%"],
                   ["TLV-aanvragen worden tijdig afgehandeld", "95% binnen zes weken"],
                   ["Leerlingen met een ontwikkelingsperspectief behalen hun uitstroombestemming", "Ten minste 85%"],
                   ["Ouders zijn tevreden over de ondersteuning van hun kind", "Gemiddeld rapportcijfer 7,5 of hoger"]]),
        ("p", "Hoe en wanneer wij deze resultaten meten, welke bronnen wij daarvoor gebruiken en aan wie wij "
              "rapporteren, leggen wij in het eerste planjaar vast in een monitoringsplan. De indicatoren zijn nog in "
              "ontwikkeling. Voor de bereikte resultaten van de vorige planperiode verwijzen wij naar de jaarverslagen "
              "2021 tot en met 2024 op onze website."),
    ]
    oogo = oogo_block(c)
    b += oogo
    b += [
        ("p", "Onderwijs-zorgarrangementen worden aangevraagd via het Ondersteuningsloket. Per gemeente is een vaste "
              "regisseur jeugd aangewezen die binnen vijf werkdagen reageert op een verzoek van het loket."),
        ("h2", "6.1 Huisvesting en vervoer"),
    ]
    b += huisvesting_block(c)[1:]
    b += [
        ("h1", "7 Ambitie 5 – Verantwoord en wendbaar"),
        ("p", "De vijfde ambitie gaat over onszelf: een organisatie die zuinig is op publiek geld, open is over "
              "keuzes en kan bijsturen. In dit hoofdstuk beschrijven wij eerst onze werkwijze en daarna het "
              "financiële kader."),
        ("h2", "7.1 Werkwijze"),
        ("p", "Het bureau werkt met vaste contactpersonen per vestiging. Aanvragen worden digitaal ingediend. "
              "Besluiten worden onderbouwd en schriftelijk vastgelegd. Een keer per jaar evalueert het bestuur de "
              "werkwijze van het bureau met een vertegenwoordiging van de schoolleiders."),
        ("h2", "7.2 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van de rijksoverheid een budget voor lichte en een budget voor zware "
              "ondersteuning. De middelen voor zware ondersteuning worden grotendeels door DUO rechtstreeks ingehouden "
              "en aan de vso-scholen betaald, naar rato van het aantal TLV's en de bekostigingscategorie. Daarnaast "
              "ontvangen wij de middelen voor lwoo en praktijkonderwijs."),
        ("p", "Voor de verdeling van de middelen voor lichte ondersteuning gelden de volgende regels, vastgesteld door "
              "de algemene vergadering:"),
        ("ul", ["Ieder schoolbestuur ontvangt € 265 per leerling, op basis van het aantal leerlingen op 1 oktober van "
                "het voorgaande jaar, plus een vaste voet van € 20.000 per vestiging. Hiermee bekostigt het bestuur de "
                "basisondersteuning boven het niveau van de lumpsum en de schoolarrangementen (niveau 2).",
                "De bovenschoolse voorzieningen (niveau 3) worden rechtstreeks door het samenwerkingsverband bekostigd.",
                "De middelen voor lwoo en praktijkonderwijs worden integraal doorgegeven aan de besturen met "
                "lwoo-vestigingen en praktijkscholen, naar rato van het aantal leerlingen met een aanwijzing of TLV op "
                "1 oktober.",
                "Een reserve voor onvoorziene individuele arrangementen (doorzettingsmacht) van € 150.000 per jaar "
                "wordt door de directeur-bestuurder beheerd."]),
        ("p", "De besturen verantwoorden jaarlijks vóór 1 mei, in een vast format, waaraan zij de ontvangen middelen "
              "hebben besteed en welke arrangementen zij hebben ingezet."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "4.120", "4.080", "4.030", "3.990", "3.950"],
                   ["Baten zware ondersteuning (na inhouding DUO)", "1.480", "1.450", "1.420", "1.400", "1.380"],
                   ["Baten lwoo en pro", "6.210", "6.150", "6.090", "6.030", "5.980"],
                   ["Afdracht besturen lichte ondersteuning", "3.300", "3.270", "3.230", "3.200", "3.170"],
                   ["Bovenschoolse voorzieningen niveau 3", "1.260", "1.290", "1.300", "1.300", "1.300"],
                   ["Doorbetaling lwoo en pro", "6.210", "6.150", "6.090", "6.030", "5.980"],
                   ["Reserve doorzettingsmacht", "150", "150", "150", "150", "150"],
                   ["Bureau en personeel", "980", "990", "1.000", "1.010", "1.020"],
                   ["Resultaat", "-90", "-170", "-230", "-270", "-310"]]),
        ("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve van € 1,9 miljoen ligt boven de "
              "signaleringswaarde en wordt in de planperiode afgebouwd tot circa € 0,8 miljoen, ruim boven de "
              "ondergrens van het weerstandsvermogen van 5% van de baten."),
    ]
    b += governance_block(c)
    b += [
        ("h1", "9 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen, gemeenten, ketenpartners en met ouders en leerlingen. Voor scholen verschijnt vier keer per jaar "
              "een digitale nieuwsbrief; voor gemeenten is er een halfjaarlijkse bestuurlijke rapportage."),
        ("p", "Ouders en leerlingen informeren wij op verschillende manieren over de ondersteuning in de regio. Op de "
              "ouderpagina van onze website staat per niveau welk aanbod er is, hoe een leerling daar terechtkomt en "
              "wie de contactpersonen zijn. De brochure 'Passend onderwijs in Eemvallei-Noord' is verkrijgbaar in het "
              "Nederlands, Engels, Arabisch, Pools en Turks en wordt via alle vestigingen en basisscholen verspreid. "
              "Elk jaar in november organiseren wij, samen met het samenwerkingsverband PO, informatieavonden voor "
              "ouders van leerlingen in groep 8. Mentoren en ondersteuningscoördinatoren zijn het eerste aanspreekpunt "
              "voor vragen over de ondersteuning op school."),
        ("p", "Ouders en jongeren die onafhankelijk advies willen, of die het niet eens zijn met de school of met het "
              "samenwerkingsverband, kunnen gratis terecht bij het Ouder- en Jeugdsteunpunt Eemvallei. Het steunpunt "
              "is ondergebracht bij Stichting Eigen Kracht Eemland en werkt los van de scholen en het "
              "samenwerkingsverband. Het is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur. Het "
              "steunpunt bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met het bestuur. "
              "Daarnaast kunnen ouders een beroep doen op Onderwijsconsulenten en, bij geschillen over toelating, "
              "verwijdering of het ontwikkelingsperspectief, op de Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn ook partner in beleid: de helft van de leden van de OPR zijn ouders of leerlingen. "
              "Leerlingen hebben op iedere vestiging het recht hun mening te geven over hun ontwikkelingsperspectief."),
    ]
    b += personeel_block(c)
    b += ict_block(c)
    b += planning_block(c, [
        ["2025-2026", "Monitoringsplan opstellen; criteria vso herijken; kleinschalige groep Veldhuizen", "Directeur-bestuurder"],
        ["2026-2027", "Evaluatie kwaliteitskaart basisondersteuning; actualisatie brochure", "Beleidsmedewerker kwaliteit"],
        ["2027-2028", "Tussenevaluatie van het plan met OPR en besturen", "Directeur-bestuurder"],
        ["2028-2029", "Voorbereiding nieuw ondersteuningsplan; OOGO", "Directeur-bestuurder"]])
    b += begrippen_block("Bijlage 1 Begrippenlijst", [
        ["Basisondersteuning", "De afgesproken ondersteuning die elke vestiging zelf biedt"],
        ["Extra ondersteuning", "Ondersteuning die verder gaat dan de basisondersteuning"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OOGO", "Op overeenstemming gericht overleg met gemeenten"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Terugplaatsing", "Het teruggaan van een leerling uit het vso naar het reguliere voortgezet onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"]])
    return b


A_LABEL = dict(
    sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch.4 'Ambitie 2': niveau vastgesteld 14-03-2024 as ondergrens for all 14 vestigingen + table of what to expect; kwaliteitsdialoog = borging.",
        "plaatsing": "§3.3: 4-step TLV procedure table (loket, 2 deskundigen, Commissie Toewijzing, 6 weeks), duur/categorie, bezwaar LBT; criteria explicitly deferred ('herijken wij in 2025-2026 ... addendum').",
        "terugstroom": "Nothing: TOC entry '3.3 Toelaatbaarheid, terugplaatsing en doorstroom' but body heading/text only covers TLV and PO-VO/mbo doorstroom; 'terugplaatsing' only in TOC and begrippenlijst; 'terugblik', 'terugkoppeling', 'teruglopende' are near-misses; the 80% target is about the tussenvoorziening, not vso.",
        "financien": "§7.2 'Geld en middelen' inside Ambitie 5: verdeelregels (€265/ll + vaste voet), meerjarenbegroting 2025-2029 table, reserves, verantwoording format.",
        "dekkend-aanbod": "§3.1 continuum table (5 niveaus) and §3.2 'Geen jongere thuis' (thuiszitterstafel, zorgplicht, doorzettingsmacht, aanbodanalyse).",
        "resultaten": "Ch.5: doelen with streefwaarden 2029 table; monitoring deferred to a 'monitoringsplan' in year 1 and bereikte resultaten only referenced to jaarverslagen on website.",
        "ouders": "Hidden in ch.9 'Communicatie': ouderpagina, brochure in 5 languages, info-avonden; independent OJSP Eemvallei, Onderwijsconsulenten, Geschillencommissie.",
    })


# =====================================================================================
# Plan B: VO Lingewaarden, praktijkonderwijs/vso emphasis, tables (pdf)
# =====================================================================================
B_CTX = dict(VO_NET,
    naam="Samenwerkingsverband Voortgezet Onderwijs Lingewaarden", sector_lang="voortgezet onderwijs",
    gemeenten="Lingedam, Asperen-West, Heukelhoven en Leerdijk", besturen="zeven", vestigingen="zeventien",
    leerlingen="9.800", fte="14", periode="1 augustus 2025 tot en met 31 juli 2029", oogo_datum="4 maart 2025",
    vestigingsplaats="Lingedam", opr_datum="8 april 2025",
    ctx_kop="2 De regio", visie_kop="3 Koers", gov_kop="9 Bestuur en organisatie",
    oogo_kop="10 Samenwerking met gemeenten", pers_kop="11 Personeel en professionalisering",
    ict_kop="12 ICT en privacy", plan_kop="14 Planning", huis_kop="13 Huisvesting en vervoer",
)


def plan_b():
    c = B_CTX
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Voortgezet Onderwijs Lingewaarden (VO 29-03)",
                    "Praktijkonderwijs, lwoo, vso en regulier voortgezet onderwijs in één regio"]),
         ("toc", [("1 Inleiding", 3), ("2 De regio", 4), ("3 Koers", 6), ("4 Het ondersteuningsaanbod in tabellen", 8),
                  ("5 Toewijzing: vso, praktijkonderwijs en lwoo", 12), ("6 Praktijkonderwijs en vso in de regio", 16),
                  ("7 Geld en middelen", 19), ("8 Opbrengsten en kwaliteit", 23), ("9 Bestuur en organisatie", 26),
                  ("10 Samenwerking met gemeenten", 27), ("11 Personeel en professionalisering", 28),
                  ("12 ICT en privacy", 29), ("13 Huisvesting en vervoer", 30), ("14 Planning", 31),
                  ("Bijlage A Afkortingen", 32), ("Bijlage B Kaart basisondersteuning (separaat)", "–")]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe de zeven schoolbesturen in de Lingewaarden samen zorgen voor "
               "passend onderwijs voor alle jongeren in de regio. Het samenwerkingsverband kent een bijzonder profiel: "
               "naast twaalf vestigingen voor vmbo, havo en vwo maken twee praktijkscholen en drie scholen voor "
               "voortgezet speciaal onderwijs deel uit van de regio. Bijna een op de tien leerlingen volgt "
               "praktijkonderwijs, lwoo of vso. Dat zien wij terug in dit plan: praktijkonderwijs en vso hebben een "
               "eigen hoofdstuk."),
         ("p", "Wij hebben gekozen voor een plan met veel tabellen. Schoolleiders en medewerkers vroegen om een "
               "document waarin afspraken snel te vinden zijn. De toelichtende tekst is daarom beperkt gehouden. "
               "Bedragen en aantallen zijn afgerond."),
         ("p", "Het plan is besproken met de besturen, de schoolleiders, de ondersteuningscoördinatoren en de "
               "gemeenten. Het is vastgesteld door de algemene vergadering op 22 april 2025."),
         ]
    b += context_block(c)
    b += [
        ("table", [["Kengetal (1 oktober 2024)", "Aantal leerlingen", "Aandeel"],
                   ["Vmbo (incl. lwoo)", "4.310", "44,0%"],
                   ["waarvan met aanwijzing lwoo", "1.020", "10,4%"],
                   ["Havo en vwo", "4.330", "44,2%"],
                   ["Praktijkonderwijs", "640", "6,5%"],
                   ["Vso (cluster 3 en 4, woonachtig in de regio)", "520", "5,3%"],
                   ["Totaal", "9.800", "100%"]]),
    ]
    b += visie_block(c, met_ouders=False)
    b += [
        ("h1", "4 Het ondersteuningsaanbod in tabellen"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "Alle zeventien vestigingen, inclusief de twee praktijkscholen en de vestigingen met lwoo, bieden het "
              "niveau van basisondersteuning dat de algemene vergadering op 10 oktober 2024 heeft vastgesteld. Dit "
              "niveau is de ondergrens in de hele regio: een vestiging mag meer bieden, nooit minder. Het geldt ook "
              "voor de vso-scholen, voor zover zij reguliere leerlingen in een kopklas opvangen."),
        ("p", "De standaarden en de concrete voorzieningen per standaard zijn beschreven in de Kaart "
              "Basisondersteuning Lingewaarden (bijlage B), die als afzonderlijk document wordt gepubliceerd. Het "
              "bureau vergelijkt elk jaar in het voorjaar de schoolgidsen van alle vestigingen met de Kaart en "
              "bespreekt verschillen met het betrokken bestuur; het bestuur meldt binnen twee maanden welke "
              "maatregelen het neemt."),
        ("h2", "4.2 Het continuüm van extra ondersteuning"),
        ("table", [["Niveau", "Voorziening", "Capaciteit", "Toegang", "Duur"],
                   ["Extra ondersteuning op school", "Schoolarrangement (bijv. trajectbegeleiding, kleine groep, "
                    "gedragscoach)", "Op alle reguliere vestigingen", "Ondersteuningsteam school", "Per schooljaar"],
                   ["Trajectklas", "Tijdelijke opvang in een kleine groep op de eigen school", "4 vestigingen, 12 plaatsen elk",
                    "Ondersteuningsteam school met consulent", "Maximaal 6 maanden"],
                   ["OPDC De Linge", "Orthopedagogisch-didactisch centrum voor leerlingen die tijdelijk niet in "
                    "een reguliere klas kunnen leren", "48 plaatsen", "Commissie Toewijzing", "Maximaal 12 maanden"],
                   ["Reboundtraject", "Korte interventie buiten de school bij gedragsproblemen", "16 plaatsen",
                    "Consulent", "8 tot 12 weken"],
                   ["Lwoo", "Kleinere klassen, extra begeleiding in de vmbo-basis- en kaderberoepsgerichte leerweg",
                    "7 vestigingen", "Commissie Toewijzing (aanwijzing)", "Gehele vmbo-loopbaan"],
                   ["Praktijkonderwijs", "Praktijkschool Linge College en Praktijkschool De Werkplaats",
                    "640 leerlingen", "Commissie Toewijzing (TLV pro)", "Gehele schoolloopbaan"],
                   ["Vso cluster 4", "Vso De Dijk (uitstroomprofielen vervolgonderwijs en arbeidsmarkt)", "310 leerlingen",
                    "Commissie Toewijzing (TLV)", "Zie hoofdstuk 5"],
                   ["Vso cluster 3", "Vso Het Anker en vso De Wilg (uitstroomprofielen arbeidsmarkt en dagbesteding)",
                    "210 leerlingen", "Commissie Toewijzing (TLV)", "Zie hoofdstuk 5"]]),
        ("p", "De consulenten van het samenwerkingsverband zijn het aanspreekpunt voor de scholen bij de overgang van "
              "het ene niveau naar het volgende. Een leerling in de trajectklas, het OPDC of het reboundtraject blijft "
              "ingeschreven op de eigen school."),
        ("h2", "4.3 Is het aanbod dekkend?"),
        ("p", "Of dit aanbod dekkend is, weten wij nog onvoldoende. In 2026 voeren wij samen met de gemeenten een "
              "analyse uit naar ontbrekende plekken en naar jongeren die niet naar school gaan. De aanpak die daaruit "
              "volgt, nemen wij op in het jaarplan 2026-2027."),
        ("h1", "5 Toewijzing: vso, praktijkonderwijs en lwoo"),
        ("p", "Het samenwerkingsverband besluit over toelaatbaarheid tot het vso, over toelaatbaarheid tot het "
              "praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De Commissie Toewijzing is "
              "namens het bestuur bevoegd. De tabellen geven de procedure en de criteria weer."),
        ("h2", "5.1 Procedure"),
        ("table", [["Route", "Aanvrager en dossier", "Stappen", "Besluit en termijn", "Geldigheid"],
                   ["TLV vso", "Bevoegd gezag van de school van inschrijving of aanmelding; groeidocument, OPP, "
                    "evaluatie van ingezette arrangementen, recent psychologisch of psychiatrisch onderzoek",
                    "1 indienen via het digitale aanvraagsysteem; 2 toets volledigheid (5 werkdagen); 3 advies van twee "
                    "deskundigen; 4 besluit", "Commissie Toewijzing, binnen 6 weken na volledige aanvraag",
                    "1 of 2 schooljaren, tot 31 juli; categorie laag, midden of hoog"],
                   ["TLV praktijkonderwijs", "Vo-school van aanmelding; capaciteitenonderzoek (IQ), didactisch "
                    "onderzoek, onderwijskundig rapport basisschool",
                    "1 indienen vóór 1 maart; 2 toets aan landelijke criteria; 3 zo nodig aanvullend onderzoek; 4 besluit",
                    "Commissie Toewijzing, vóór 1 mei; latere aanvragen binnen 6 weken",
                    "Gehele schoolloopbaan in het pro"],
                   ["Aanwijzing lwoo", "Vo-school van aanmelding; capaciteitenonderzoek, didactisch onderzoek, zo "
                    "nodig sociaal-emotioneel onderzoek",
                    "1 indienen vóór 1 maart; 2 toets aan landelijke criteria; 3 besluit",
                    "Commissie Toewijzing, vóór 1 mei", "Gehele vmbo-loopbaan"]]),
        ("p", "Bij iedere aanvraag voor een TLV vso adviseren twee deskundigen, elk met een eigen schriftelijk advies: "
              "een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag van de leerling, een jeugdarts, "
              "kinder- en jeugdpsychiater of maatschappelijk werker. Deskundigen die bij de aanvraag betrokken waren, "
              "adviseren niet. De bekostigingscategorie wordt bepaald op basis van de intensiteit van de benodigde "
              "ondersteuning: hoog bij meervoudige beperkingen of intensieve lichamelijke verzorging, midden bij "
              "langdurige ziekte of lichamelijke beperking, laag in de overige gevallen."),
        ("h2", "5.2 Criteria"),
        ("table", [["Route", "Een leerling is toelaatbaar wanneer …"],
                   ["TLV vso", "(a) de ondersteuningsbehoefte op ten minste twee van de vier domeinen (leren, gedrag "
                    "en sociaal-emotioneel, communicatie, lichamelijk/medisch) groter is dan wat een reguliere vestiging "
                    "met een schoolarrangement en een bovenschoolse voorziening kan bieden; (b) een arrangement ten "
                    "minste 20 schoolweken is ingezet en geëvalueerd, tenzij sprake is van een crisissituatie; (c) "
                    "beide deskundigen bevestigen dat het vso passend is"],
                   ["TLV praktijkonderwijs", "Landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van "
                    "50% of meer op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch "
                    "lezen en spellen, waarvan één inzichtelijk rekenen of begrijpend lezen is"],
                   ["Aanwijzing lwoo", "Landelijke criteria: een IQ tussen 75 en 90 met een leerachterstand van 25% tot "
                    "50% op ten minste twee domeinen, of een IQ tussen 91 en 120 met een leerachterstand én "
                    "sociaal-emotionele problematiek die het leren belemmert"]]),
        ("p", "Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen criteria voor lwoo vast te "
              "stellen. De landelijke criteria voor het praktijkonderwijs kunnen niet worden vervangen."),
        ("h1", "6 Praktijkonderwijs en vso in de regio"),
        ("p", "De twee praktijkscholen leiden jongeren op voor arbeid, vervolgonderwijs op entreeniveau of een "
              "combinatie daarvan. Stages vormen de kern van het programma: leerlingen lopen vanaf het derde leerjaar "
              "stage bij bedrijven in de regio, in de logistiek, de groenvoorziening, de horeca, de techniek en de "
              "ouderenzorg. Oudere leerlingen (vanaf 16 jaar) volgen een branchecertificaat."),
        ("p", "De ouderbijdrage voor excursies en werkkleding is geen onderdeel van dit plan; de scholen regelen dit "
              "in hun eigen schoolgids."),
        ("p", "Voor het vso geldt in onze regio een helder uitgangspunt: een plaatsing in het vso is waar mogelijk "
              "tijdelijk. Elke leerling in het vso bij wie het ontwikkelingsperspectief uitzicht biedt op regulier "
              "voortgezet onderwijs, krijgt die kans, bij voorkeur op een school dicht bij huis. Voorwaarden zijn dat "
              "de leerling ten minste een half jaar stabiel functioneert in een groep van twaalf of meer leerlingen, "
              "dat de doelen uit het ontwikkelingsperspectief op het niveau van de beoogde leerweg liggen en dat de "
              "ontvangende school kan bieden wat de leerling nodig heeft."),
        ("p", "Een leerling die terugkeert naar het reguliere voortgezet onderwijs, wordt niet aan zijn lot "
              "overgelaten. De ontvangende school krijgt een terugplaatsingsarrangement van € 3.500 voor één "
              "schooljaar en de vso-school biedt gedurende de eerste zes maanden twee uur per week ambulante "
              "begeleiding aan leerling en mentor. Ook overplaatsing naar het praktijkonderwijs of naar een "
              "entreeopleiding is mogelijk als dat beter past."),
        ("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, welke evaluatiemomenten er zijn en wie "
              "het besluit neemt – wordt in schooljaar 2025-2026 door de werkgroep terugplaatsing opgesteld."),
        ("table", [["Schooljaar", "Teruggeplaatst van vso naar regulier vo", "Overgeplaatst naar pro of entree"],
                   ["2021-2022", "6", "3"], ["2022-2023", "4", "5"], ["2023-2024", "7", "4"], ["2024-2025 (tot 1 april)", "5", "2"]]),
        ("h1", "7 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, voor zware ondersteuning en voor "
              "lwoo en praktijkonderwijs. Een groot deel van de middelen voor zware ondersteuning wordt door DUO "
              "ingehouden voor de bekostiging van het vso. De tabel geeft de verdeelregels."),
        ("table", [["Middelen", "Verdeelsleutel", "Ontvanger", "Peildatum"],
                   ["Lichte ondersteuning – schooldeel (60%)", "€ 152 per leerling + vaste voet € 15.000 per vestiging",
                    "Schoolbesturen", "1 oktober voorafgaand jaar"],
                   ["Lichte ondersteuning – bovenschools deel (40%)", "Bekostiging trajectklassen, OPDC en rebound "
                    "op basis van capaciteit", "Penvoerend bestuur OPDC en scholen met trajectklas", "Begroting"],
                   ["Lwoo", "Normbedrag per leerling met aanwijzing", "Besturen met lwoo-vestigingen", "1 oktober"],
                   ["Praktijkonderwijs", "Normbedrag per leerling met TLV pro", "Besturen praktijkscholen", "1 oktober"],
                   ["Zware ondersteuning", "Afdracht via DUO per TLV en categorie; resterend deel naar bureau en "
                    "terugplaatsingsarrangementen", "Vso-scholen / samenwerkingsverband", "1 oktober en 1 februari"]]),
        ("p", "Besturen leggen jaarlijks in hun bestuursverslag en in een aanvullend format verantwoording af over de "
              "besteding van de ontvangen middelen per vestiging."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten lichte ondersteuning", "3.610", "3.580", "3.540", "3.500"],
                   ["Baten zware ondersteuning na afdracht", "1.120", "1.090", "1.070", "1.050"],
                   ["Baten lwoo en pro", "9.870", "9.790", "9.700", "9.620"],
                   ["Schooldeel lichte ondersteuning", "2.170", "2.150", "2.120", "2.100"],
                   ["Bovenschoolse voorzieningen", "1.440", "1.430", "1.420", "1.400"],
                   ["Doorbetaling lwoo en pro", "9.870", "9.790", "9.700", "9.620"],
                   ["Terugplaatsingsarrangementen", "35", "35", "40", "40"],
                   ["Bureau, personeel en huisvesting", "1.010", "1.020", "1.030", "1.040"],
                   ["Saldo", "75", "-25", "-40", "-60"]]),
        ("p", "De reserves bedragen eind 2024 € 1,1 miljoen. Dat ligt onder de signaleringswaarde voor bovenmatige "
              "reserves. Het weerstandsvermogen is voldoende om de risico's op te vangen die in de risicoparagraaf "
              "van de begroting zijn benoemd, waaronder een stijging van het aantal TLV's."),
        ("h1", "8 Opbrengsten en kwaliteit"),
        ("p", "Wij werken met een beperkt aantal doelen die wij jaarlijks meten. De tabel geeft de beoogde resultaten "
              "voor leerlingen met een ondersteuningsbehoefte, met de nulmeting en de streefwaarde."),
        ("table", [["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2028"],
                   ["Meer leerlingen thuisnabij", "Deelnamepercentage vso (peildatum 1 oktober)", "5,3%", "4,8%"],
                   ["Snelle toewijzing", "Doorlooptijd TLV vso binnen 6 weken", "78%", "95%"],
                   ["Succesvolle terugkeer", "Teruggeplaatste leerlingen na één jaar nog op de reguliere school", "71%", "85%"],
                   ["Duurzame uitstroom pro", "Schoolverlaters pro na één jaar aan het werk of in opleiding", "82%", "88%"],
                   ["Tevreden scholen", "Waardering scholen voor de Commissie Toewijzing (schaal 1-10)", "6,9", "7,5"]]),
        ("p", "Het bureau stelt twee keer per jaar de Monitor Passend Onderwijs op, met de indicatoren uit de tabel, "
              "gegevens van DUO en de eigen registratie van aanvragen. De monitor wordt besproken in de algemene "
              "vergadering en met de OPR. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij de bereikte "
              "resultaten en de kosten per voorziening. Halverwege de planperiode, in 2027, evalueren wij de doelen en "
              "stellen wij ze zo nodig bij."),
        ("table", [["Bereikt in de vorige planperiode", "2021", "2024"],
                   ["Deelnamepercentage vso", "5,9%", "5,3%"],
                   ["Doorlooptijd TLV binnen 6 weken", "61%", "78%"],
                   ["Leerlingen in OPDC teruggekeerd naar de eigen school", "58%", "69%"]]),
    ]
    b += opr_minimal_block(c)
    b += oogo_block(c)
    b += [("p", "Thuiszitters staan in 2026 op de agenda van het OOGO.")]
    b += personeel_block(c)
    b += ict_block(c)
    b += huisvesting_block(c)
    b += planning_block(c, [
        ["2025-2026", "Stappenplan terugplaatsing; evaluatie trajectklassen", "Werkgroep terugplaatsing"],
        ["2026-2027", "Analyse dekkend aanbod met gemeenten; herijking bovenschools deel", "Directeur-bestuurder"],
        ["2027-2028", "Tussenevaluatie doelen", "Controller en beleidsmedewerker"],
        ["2028-2029", "Nieuw ondersteuningsplan", "Directeur-bestuurder"]])
    b += begrippen_block("Bijlage A Afkortingen", [
        ["AV", "Algemene vergadering"], ["DUO", "Dienst Uitvoering Onderwijs"],
        ["Lwoo", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectief(plan)"],
        ["OPR", "Ondersteuningsplanraad"], ["Pro", "Praktijkonderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"], ["Vso", "Voortgezet speciaal onderwijs"]])
    return b


B_LABEL = dict(
    sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "§4.1: niveau vastgesteld 10-10-2024 as ondergrens for all 17 vestigingen; concrete standaarden only in absent 'bijlage B Kaart Basisondersteuning (separaat)'; yearly schoolgids check = borging.",
        "plaatsing": "Ch.5 tables: procedure per route (vso, pro, lwoo) incl. Commissie Toewijzing, termijnen, 2 deskundigen, duur/categorie; criteria table. No bezwaar route.",
        "terugstroom": "Hidden in ch.6 'Praktijkonderwijs en vso': beleid (tijdelijk, voorwaarden, terugplaatsingsarrangement €3.500 + AB) and figures table; procedure explicitly deferred to werkgroep 2025-2026.",
        "financien": "Ch.7 'Geld en middelen': verdeelsleutel table (€152/ll, vaste voet, 60/40), meerjarenbegroting 2025-2028, reserves, verantwoording.",
        "dekkend-aanbod": "§4.2 continuum table (trajectklas, OPDC, rebound, lwoo, pro, vso); gaps/thuiszitters deferred ('In 2026 voeren wij ... analyse uit'), OOGO line 'Thuiszitters staan in 2026 op de agenda' is a deferral.",
        "resultaten": "Ch.8 'Opbrengsten en kwaliteit': doelen with nulmeting/streefwaarde table, Monitor twice a year, jaarverslag, bereikte resultaten table.",
        "ouders": "Nothing: only near-misses ('ouderenzorg', 'Oudere leerlingen', 'ouderbijdrage') and OJSP in the afkortingenlijst; OPR mentioned only for consent date.",
    })

# ---------------------------------------------------------------- from plans113_c_d.py

# =====================================================================================
# Plan C: VO Kop van de Delta, classic chapter structure, thin ("op hoofdlijnen")
# =====================================================================================
C_CTX = dict(VO_NET,
    naam="Samenwerkingsverband Passend Onderwijs VO Kop van de Delta", sector_lang="voortgezet onderwijs",
    gemeenten="Deltahaven, Oostvoorne-Polder en Zuidsluis", besturen="vijf", vestigingen="elf",
    leerlingen="7.300", fte="11", periode="1 augustus 2025 tot en met 31 juli 2029", oogo_datum="18 februari 2025",
    ctx_kop="1.2 De regio", visie_kop="2 Visie", gov_kop="10 Bestuur en organisatie",
    oogo_kop="11 Samenwerking met gemeenten (OOGO)", pers_kop="12 Personeel", ict_kop="13 ICT en privacy",
    plan_kop="14 Planning en evaluatie", huis_kop="11.1 Huisvesting en vervoer",
)


def plan_c():
    c = C_CTX
    b = [("title", ["Ondersteuningsplan VO 2025-2029",
                    "Samenwerkingsverband Passend Onderwijs VO Kop van de Delta (VO 28-06)",
                    "Beleidsplan op hoofdlijnen",
                    "Concept ter instemming OPR, versie 3.2 – 2 april 2025"]),
         ("toc", [("Voorwoord", 2), ("1 Inleiding en wettelijk kader", 3), ("2 Visie", 5),
                  ("3 Basisondersteuning", 7), ("4 Extra ondersteuning", 9),
                  ("5 Toelaatbaarheid (TLV vso, lwoo en praktijkonderwijs)", 11),
                  ("6 Dekkend netwerk en thuiszitters", 12), ("7 Ouders en leerlingen", 14), ("8 Financiën", 16),
                  ("9 Kwaliteit en resultaten", 18), ("10 Bestuur en organisatie", 19),
                  ("11 Samenwerking met gemeenten (OOGO)", 20), ("12 Personeel", 22), ("13 ICT en privacy", 23),
                  ("14 Planning en evaluatie", 24), ("15 Totstandkoming van dit plan", 25),
                  ("Begrippenlijst", 26)]),
         ("h1", "Voorwoord"),
         ("p", "Met dit plan zetten de vijf besturen van de Kop van de Delta de volgende stap in passend onderwijs. Het "
               "plan beschrijft op hoofdlijnen wat wij samen afspreken; de scholen bepalen binnen die kaders zelf hoe "
               "zij de ondersteuning vormgeven. Dat past bij onze overtuiging dat professionals in de school het beste "
               "weten wat een leerling nodig heeft."),
         ("p", "Het plan is geschreven in een periode van grote onzekerheid. Landelijke plannen over een norm voor "
               "basisondersteuning, over de positie van ouders en leerlingen en over de bekostiging zijn nog niet "
               "uitgekristalliseerd. Wij hebben er daarom voor gekozen een aantal onderdelen in de loop van de "
               "planperiode verder uit te werken. De OPR wordt bij elke uitwerking betrokken."),
         ("h1", "1 Inleiding en wettelijk kader"),
         ("p", "Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Volgens de "
               "wet bevat het plan in elk geval:"),
         ("ul", ["de wijze waarop een samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, "
                 "inclusief de basisondersteuning op alle vestigingen;",
                 "de procedure en criteria voor de verdeling, besteding en toewijzing van ondersteuningsmiddelen, "
                 "mede in het licht van de meerjarenbegroting;",
                 "de procedure en criteria voor plaatsing in het vso en de procedure voor lwoo en praktijkonderwijs;",
                 "de procedure en het beleid voor terugplaatsing of overplaatsing naar het voortgezet onderwijs;",
                 "de beoogde en bereikte resultaten en de daaraan verbonden bekostiging;",
                 "de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over "
                 "onafhankelijke ondersteuningsmogelijkheden."]),
         ("p", "In de volgende hoofdstukken komen deze onderwerpen aan bod, soms uitgebreid en soms met een verwijzing "
               "naar afzonderlijke regelingen."),
         ]
    b += context_block(c)
    b += visie_block(c)
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is de ondersteuning die iedere vestiging in de Kop van de Delta zelf biedt, "
              "planmatig en onder regie van de school, zonder tussenkomst van het samenwerkingsverband. De besturen "
              "hebben afgesproken dat het niveau hieronder voor alle elf vestigingen geldt als minimum. Het is "
              "opgebouwd uit tien standaarden."),
        ("ul", ["1. Elke leerling heeft een mentor die de ontwikkeling volgt en ten minste twee keer per jaar een "
                "gesprek voert met leerling en ouders.",
                "2. Elke vestiging heeft een ondersteuningscoördinator en een ondersteuningsteam.",
                "3. De school werkt handelingsgericht: ondersteuningsbehoeften worden vertaald in een plan met doelen.",
                "4. Er is een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd en software.",
                "5. Er is een aanbod voor sociaal-emotionele ontwikkeling, waaronder een weerbaarheidstraining.",
                "6. Er is een aanpak voor pesten, met een aanspreekpunt en een anti-pestcoördinator.",
                "7. Leerlingen met faalangst of examenvrees kunnen een training volgen.",
                "8. Er is een protocol medisch handelen.",
                "9. De school heeft een time-outvoorziening waar leerlingen onder toezicht tot rust kunnen komen.",
                "10. De school werkt samen met een schoolmaatschappelijk werker en de jeugdarts."]),
        ("p", "Wat een leerling nodig heeft boven deze tien standaarden, is extra ondersteuning."),
        ("h1", "4 Extra ondersteuning"),
        ("h2", "4.1 Aanbod"),
        ("p", "De vestigingen en het samenwerkingsverband bieden daarnaast extra ondersteuning. Een overzicht van "
              "de arrangementen en bovenschoolse voorzieningen in de regio – de ondersteuningskaart – wordt in "
              "schooljaar 2025-2026 opgesteld en na instemming van de OPR aan dit plan toegevoegd. Tot die tijd blijft "
              "het bestaande aanbod van de scholen ongewijzigd."),
        ("h2", "4.2 Afloop van een TLV"),
        ("p", "Voor leerlingen in het vso van wie de toelaatbaarheidsverklaring afloopt, geldt de volgende procedure."),
        ("ul", ["Stap 1 – Uiterlijk 1 februari van het laatste schooljaar van de TLV houdt de vso-school een "
                "evaluatiegesprek met de leerling, de ouders en de consulent van het samenwerkingsverband. Als terugkeer "
                "naar het reguliere voortgezet onderwijs in beeld is, wordt ook een vertegenwoordiger van de beoogde "
                "vo-school uitgenodigd.",
                "Stap 2 – De vso-school stuurt vóór 1 maart een evaluatieverslag met het bijgestelde "
                "ontwikkelingsperspectief naar het samenwerkingsverband.",
                "Stap 3 – De directeur van het bureau besluit vóór 1 mei, op advies van de consulent, of de leerling per "
                "1 augustus overstapt naar een reguliere vestiging of dat de vso-school een verlenging aanvraagt volgens "
                "het Reglement toewijzing en toelaatbaarheid.",
                "Stap 4 – Bij een overstap meldt de vso-school de leerling vóór 15 mei aan bij de vo-school; de "
                "consulent bevestigt het besluit schriftelijk aan school en ouders."]),
        ("p", "Welke uitgangspunten en voorwaarden het samenwerkingsverband hanteert bij terugplaatsing en welke "
              "begeleiding een leerling na de terugkeer krijgt, werken wij in de komende planperiode uit."),
        ("h1", "5 Toelaatbaarheid (TLV vso, lwoo en praktijkonderwijs)"),
        ("p", "Procedure, criteria, termijnen en bezwaarmogelijkheden voor een toelaatbaarheidsverklaring vso, een "
              "toelaatbaarheidsverklaring praktijkonderwijs en een aanwijzing lwoo zijn vastgelegd in het Reglement "
              "toewijzing en toelaatbaarheid 2025. Dit reglement is een afzonderlijk document op "
              "www.kopvandedelta-vo.nl en wordt door het bestuur vastgesteld. Het valt buiten de instemming op dit plan."),
        ("p", "In 2026 wordt het reglement geëvalueerd. Eventuele wijzigingen worden via de website bekendgemaakt."),
        ("h1", "6 Dekkend netwerk en thuiszitters"),
        ("p", "Wij willen dat iedere jongere onderwijs volgt. Voor jongeren die uitvallen of dreigen uit te vallen "
              "gelden de volgende afspraken, die in 2024 met de leerplichtafdelingen van de drie gemeenten zijn "
              "gemaakt."),
        ("ul", ["Verzuim van meer dan zestien uur in vier weken wordt door de school gemeld bij leerplicht; de "
                "ondersteuningscoördinator neemt tegelijk contact op met de consulent van het samenwerkingsverband.",
                "Iedere jongere die langer dan drie weken niet naar school gaat, wordt besproken aan de thuiszitterstafel, "
                "die om de twee weken bijeenkomt. Aan tafel zitten leerplicht, de consulent, het lokale team en de school.",
                "De school van inschrijving blijft verantwoordelijk totdat een andere school de jongere heeft "
                "ingeschreven. Bij aanmelding op een school die geen passend aanbod heeft, zoekt die school binnen zes "
                "weken (eenmalig te verlengen met vier weken) een andere school die de leerling toelaat.",
                "Als partijen er niet uitkomen, beslist de directeur van het bureau welke school de leerling "
                "tijdelijk opvangt (doorzettingsmacht)."]),
        ("p", "Ontbrekend aanbod signaleren wij via de thuiszitterstafel en via een jaarlijkse uitvraag bij de "
              "ondersteuningscoördinatoren in mei. De uitkomsten worden met de besturen besproken. De uitvraag van "
              "2024 liet zien dat jongeren met ernstige angstklachten nergens terechtkonden; voor hen is in januari "
              "2025 in Deltahaven een pilotgroep van acht plaatsen gestart, samen met de jeugd-GGZ."),
        ("h1", "7 Ouders en leerlingen"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij weten "
              "welke ondersteuning er is en waar zij terechtkunnen."),
        ("p", "Het samenwerkingsverband informeert ouders via de website, waar per vestiging de ondersteuning is "
              "beschreven, en via de 'Wegwijzer passend onderwijs', een folder die iedere vestiging bij de aanmelding "
              "meegeeft en die in de schoolgids is opgenomen. Jaarlijks in januari is er een informatieavond voor ouders "
              "van leerlingen die de overstap naar het voortgezet onderwijs maken. De ondersteuningscoördinator van de "
              "school is het eerste aanspreekpunt."),
        ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Delta, dat "
              "wordt uitgevoerd door een externe organisatie en los staat van scholen en samenwerkingsverband. Ook "
              "kunnen zij contact opnemen met Onderwijsconsulenten. Klachten over het samenwerkingsverband worden "
              "behandeld volgens de klachtenregeling; geschillen over toelating, verwijdering of het "
              "ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        ("p", "Ouders en leerlingen zijn vertegenwoordigd in de OPR. Leerlingen worden gehoord bij het opstellen van "
              "hun ontwikkelingsperspectief."),
        ("h1", "8 Financiën"),
        ("p", "De middelen voor lichte ondersteuning worden als volgt verdeeld:"),
        ("ul", ["70% gaat naar de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande "
                "jaar;",
                "30% blijft bij het samenwerkingsverband voor bovenschoolse inzet en voor individuele arrangementen die "
                "de directeur van het bureau toekent op aanvraag van een school, op basis van het advies van de consulent;",
                "de middelen voor lwoo en praktijkonderwijs worden doorgegeven aan de besturen met lwoo- en "
                "pro-leerlingen, naar rato van het aantal leerlingen met een aanwijzing of TLV op 1 oktober;",
                "de middelen voor zware ondersteuning worden door DUO ingehouden ten behoeve van het vso."]),
        ("p", "Waaraan de besturen de ontvangen middelen besteden, bepalen zij zelf binnen de kaders van dit plan."),
        ("p", "Meerjarenbegroting 2025-2029: p.m. De meerjarenbegroting wordt na vaststelling van de begroting 2026 "
              "in december 2025 als bijlage aan dit plan toegevoegd."),
        ("p", "Het samenwerkingsverband had eind 2024 een reserve boven de signaleringswaarde. Het bestuur heeft "
              "besloten deze reserve in de planperiode af te bouwen."),
        ("h1", "9 Kwaliteit en resultaten"),
        ("p", "De scholen in de Kop van de Delta presteren goed: de examenresultaten liggen rond het landelijk "
              "gemiddelde en de inspectie beoordeelde alle vestigingen als voldoende of goed."),
        ("p", "Het kwaliteitskader van het samenwerkingsverband, met de beoogde resultaten, de indicatoren en de "
              "wijze waarop wij evalueren, wordt in schooljaar 2025-2026 ontwikkeld en daarna ter instemming aan de "
              "OPR voorgelegd."),
    ]
    b += governance_block(c)
    b += oogo_block(c)
    b += [("h2", "11.1 Huisvesting en vervoer")] + huisvesting_block(c)[1:]
    b += personeel_block(c)
    b += ict_block(c)
    b += planning_block(c, [
        ["2025-2026", "Ondersteuningskaart; kwaliteitskader; meerjarenbegroting toevoegen", "Directeur bureau"],
        ["2026-2027", "Evaluatie Reglement toewijzing; uitwerking terugplaatsingsbeleid", "Beleidsmedewerker"],
        ["2027-2028", "Tussenevaluatie", "Bestuur"],
        ["2028-2029", "Nieuw plan", "Bestuur"]])
    b += totstandkoming_block(c, "15 Totstandkoming van dit plan")
    b += begrippen_block("Begrippenlijst", [
        ["Basisondersteuning", "Ondersteuning die elke vestiging biedt"],
        ["Bereikte resultaten", "De resultaten die het samenwerkingsverband in de afgelopen periode heeft gehaald"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["Meerjarenbegroting", "Begroting voor de hele planperiode"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring, afgegeven door het samenwerkingsverband"],
        ["Vso", "Voortgezet speciaal onderwijs"]])
    return b


C_LABEL = dict(
    sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch.3: agreed minimum for all 11 vestigingen, ten concrete standaarden.",
        "plaatsing": "Nothing: ch.5 only refers to a separate 'Reglement toewijzing en toelaatbaarheid 2025' on the website; TOC and the legal list in ch.1 name the topic (traps).",
        "terugstroom": "§4.2 'Afloop van een TLV' (inside 'Extra ondersteuning'): 4-step procedure with dates and decision owner; beleid/voorwaarden/support after return explicitly deferred ('werken wij in de komende planperiode uit').",
        "financien": "Ch.8: verdeling 70/30 per leerling 1 oktober + lwoo/pro pass-through; meerjarenbegroting 'p.m.', no amounts, spending left to boards ('bepalen zij zelf'); reserve afbouw mentioned.",
        "dekkend-aanbod": "Ch.6: thuiszitterstafel, zorgplicht termijnen, doorzettingsmacht, yearly uitvraag ontbrekend aanbod (lacunes); continuum/ondersteuningskaart deferred to 2025-2026 in §4.1.",
        "resultaten": "Nothing: ch.9 only school exam/inspectie near-miss and a deferral of the kwaliteitskader ('wordt in 2025-2026 ontwikkeld'); legal list in ch.1 and glossary entry are traps.",
        "ouders": "Ch.7: website, Wegwijzer folder in schoolgids, info-avond; OJSP Delta, Onderwijsconsulenten, klachtenregeling, Geschillencommissie.",
    })


# =====================================================================================
# Plan D: PO De Brede Waard (pdf)
# =====================================================================================
D_CTX = dict(
    naam="Samenwerkingsverband Passend Primair Onderwijs De Brede Waard", sector_lang="primair onderwijs",
    gemeenten="Waardenburg-Noord, Bommelerwaard-Oost en Kerkdriel-Haven", besturen="acht", vestigingen="eenenveertig",
    leerlingen="8.900", fte="12", periode="1 augustus 2025 tot en met 31 juli 2029", oogo_datum="25 februari 2025",
    ctx_kop="1 Onze regio", visie_kop="2 Visie", gov_kop="10 Bestuur en organisatie",
    oogo_kop="11 Samenwerking met gemeenten", pers_kop="12 Personeel", ict_kop="13 ICT en privacy",
    plan_kop="14 Planning", huis_kop="11.1 Huisvesting en vervoer",
    tekort="in het speciaal (basis)onderwijs, in de kleine dorpsscholen en bij de intern begeleiders",
    netwerken="intern begeleiders, voor directeuren van de sbo- en so-scholen, voor gedragsspecialisten en voor "
              "de orthopedagogen die bij de besturen werken",
    netwerk_themas="kinderen over hun welbevinden.",
)


def plan_d():
    c = D_CTX
    b = [("title", ["Ondersteuningsplan 2025-2029",
                    "Samenwerkingsverband Passend Primair Onderwijs De Brede Waard (PO 26-09)",
                    "Samen sterk voor elk kind",
                    "Een verkorte versie van dit plan voor ouders staat op www.debredewaard-po.nl"]),
         ("toc", [("Voorwoord", 2), ("1 Onze regio", 3), ("2 Visie", 4), ("3 Wat scholen bieden", 6),
                  ("4 Arrangementen en voorzieningen", 8), ("5 Toelaatbaarheid sbo en so", 10),
                  ("6 Thuiszitters en dekkend netwerk", 14), ("7 Kwaliteit en monitoring", 16), ("8 Financiën", 18),
                  ("9 Ouders", 19), ("10 Bestuur en organisatie", 21), ("11 Samenwerking met gemeenten", 22),
                  ("12 Personeel", 24), ("13 ICT en privacy", 25), ("14 Planning", 26),
                  ("15 Landelijke ontwikkelingen", 27), ("16 Leren en onderzoeken", 28), ("Begrippenlijst", 29)]),
         ("h1", "Voorwoord"),
         ("p", "Elk kind in de Brede Waard verdient een school waar het zich veilig voelt en kan groeien. Dat is de "
               "opdracht die de acht schoolbesturen in ons samenwerkingsverband zichzelf hebben gegeven. Dit plan "
               "beschrijft hoe wij die opdracht de komende vier jaar invullen."),
         ("p", "In de afgelopen periode is er veel gebeurd. De observatiegroep De Kei is gestart, het aantal "
               "thuiszitters is gedaald en de samenwerking met de gemeenten is verstevigd. Tegelijk zien wij dat "
               "leerkrachten en intern begeleiders onder druk staan. Dit plan kiest daarom voor rust en focus: minder "
               "nieuwe projecten, meer aandacht voor wat werkt."),
         ("p", "Wij danken de ondersteuningsplanraad, de intern begeleiders, de directeuren en alle ouders die "
               "hebben meegedacht."),
         ]
    b += context_block(c)
    b += [(k, v.replace("jongeren", "kinderen").replace("jongere", "kind") if isinstance(v, str) else v)
          for k, v in visie_block(c)]
    b += [
        ("h1", "3 Wat scholen bieden"),
        ("p", "In de Brede Waard is geen regionaal vastgesteld niveau van basisondersteuning. Ieder schoolbestuur "
              "beschrijft in de schoolondersteuningsprofielen wat zijn scholen bieden. Uit de inventarisatie die het "
              "bureau in het voorjaar van 2024 uitvoerde, blijkt welke voorzieningen ouders op de scholen in onze "
              "regio aantreffen:"),
        ("table", [["Voorziening", "Toelichting"],
                   ["Intern begeleider", "Coördineert de ondersteuning; gemiddeld 0,2 fte per 100 leerlingen"],
                   ["Leerlingvolgsysteem", "Twee keer per jaar toetsing en bespreking in groeps- en leerlingbesprekingen"],
                   ["Dyslexieprotocol", "Vroegtijdige signalering vanaf groep 2 en begeleiding volgens het protocol"],
                   ["Meer- en hoogbegaafdheid", "Verrijkingsmateriaal in de klas en compacten van de leerstof"],
                   ["Sociaal-emotionele ontwikkeling", "Een methode voor sociaal-emotioneel leren en een pestprotocol"],
                   ["Ondersteuningsteam", "Overleg van intern begeleider, ouders, consulent en zo nodig jeugdverpleegkundige"],
                   ["Medisch handelen", "Protocol voor medicijnverstrekking en medische handelingen"]]),
        ("p", "In schooljaar 2025-2026 maken de besturen afspraken over een gezamenlijke ondergrens die voor alle "
              "scholen gaat gelden. Tot die tijd bespreekt het bureau jaarlijks de schoolondersteuningsprofielen met "
              "ieder bestuur en vraagt het om een toelichting wanneer een school op een onderdeel achterblijft."),
        ("h1", "4 Arrangementen en voorzieningen"),
        ("p", "Wanneer een kind meer nodig heeft dan de school zelf kan bieden, bespreekt de intern begeleider de "
              "vraag in het ondersteuningsteam, met de consulent van het samenwerkingsverband en de ouders. Het "
              "ondersteuningsteam kiest een arrangement op de eigen school, een bovenschoolse voorziening of een "
              "aanvraag voor een toelaatbaarheidsverklaring. Het aanbod in de regio is als volgt opgebouwd."),
        ("table", [["Voorziening", "Voor wie", "Plaats", "Omvang"],
                   ["Arrangement op de eigen school", "Kinderen met een specifieke leer- of gedragsvraag", "Alle scholen",
                    "Begeleiding door een specialist, tijdelijk extra handen in de groep"],
                   ["Observatiegroep De Kei", "Kinderen bij wie de ondersteuningsvraag nog niet duidelijk is",
                    "Waardenburg-Noord", "12 plaatsen, maximaal 16 weken"],
                   ["Plusklas", "Hoogbegaafde kinderen", "6 locaties", "Eén ochtend per week"],
                   ["Schakelklas NT2", "Nieuwkomers met een taalachterstand", "Kerkdriel-Haven", "Eén jaar"],
                   ["Speciaal basisonderwijs", "SBO De Waaier en SBO Het Palet", "Waardenburg-Noord, Bommelerwaard-Oost",
                    "Circa 260 leerlingen"],
                   ["Speciaal onderwijs cluster 3 en 4", "SO De Regenboog (cluster 3) en SO Het Baken (cluster 4)",
                    "Waardenburg-Noord", "Circa 190 leerlingen"]]),
        ("p", "Voor kinderen met een visuele of auditieve beperking of een taalontwikkelingsstoornis (cluster 1 en 2) "
              "verloopt de toegang via de landelijke instellingen; het samenwerkingsverband geeft daarvoor geen "
              "toelaatbaarheidsverklaring af."),
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("h2", "5.1 Wie vraagt aan en wat is nodig?"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het bevoegd gezag "
              "van de school waar het kind is ingeschreven, of bij een nieuw kind is aangemeld. De aanvraag gaat via "
              "het Loket van het samenwerkingsverband en bevat het groeidocument met het ontwikkelingsperspectief, "
              "een verslag van het ondersteuningsteam, de evaluatie van de geboden ondersteuning en de zienswijze van "
              "de ouders."),
        ("h2", "5.2 Deskundigenadvies en besluit"),
        ("p", "Twee deskundigen geven ieder een eigen, schriftelijk advies: een orthopedagoog of psycholoog en, "
              "afhankelijk van het kind, een kinderarts, jeugdarts, maatschappelijk werker of kinderpsychiater. De "
              "deskundigen zijn niet betrokken geweest bij de begeleiding van het kind of bij de aanvraag. De "
              "Commissie van Toelaatbaarheid neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. "
              "Ouders en school ontvangen het besluit en een afschrift van beide adviezen."),
        ("h2", "5.3 Criteria"),
        ("table", [["Toelaatbaar tot", "Criteria (alle voorwaarden moeten zijn vervuld)"],
                   ["Speciaal basisonderwijs", "Het kind heeft een ondersteuningsbehoefte op het gebied van leren, "
                    "gedrag of werkhouding die ook met een arrangement op de eigen school niet kan worden beantwoord; de "
                    "ondersteuning is ten minste twee perioden van 8 tot 10 weken planmatig ingezet en geëvalueerd; een "
                    "kleinere groep met een specialistische aanpak is nodig om tot ontwikkeling te komen"],
                   ["Speciaal onderwijs cluster 3", "Het kind heeft een verstandelijke, lichamelijke of meervoudige "
                    "beperking of een langdurige ziekte, waardoor het ook in het sbo niet tot ontwikkeling komt; "
                    "medische of verzorgende handelingen zijn nodig die niet in het regulier onderwijs kunnen worden geboden"],
                   ["Speciaal onderwijs cluster 4", "Er is sprake van ernstige gedrags- of psychiatrische problematiek; "
                    "de veiligheid van het kind of de groep is in het regulier en speciaal basisonderwijs niet te "
                    "garanderen; intensieve samenwerking met jeugdhulp is noodzakelijk"]]),
        ("h2", "5.4 Duur en categorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie na "
              "twee jaar. Een TLV voor het so wordt afgegeven voor twee schooljaren, tot en met 31 juli. Voor het so "
              "stelt de commissie de bekostigingscategorie vast: laag, midden of hoog."),
        ("h2", "5.5 Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband "
              "vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen "
              "zes weken na dat advies."),
        ("h2", "5.6 Na de TLV: terug naar de basisschool"),
        ("p", "Plaatsing in het sbo of so is geen eindstation. Wij willen dat kinderen die het kunnen, teruggaan "
              "naar een basisschool, bij voorkeur in hun eigen wijk of dorp. Voorwaarde is dat de ondersteuningsvraag "
              "met een arrangement op de basisschool te beantwoorden is. Een kind dat terugkeert, krijgt een "
              "terugplaatsingsarrangement: gedurende een jaar ambulante begeleiding vanuit de sbo- of so-school en "
              "ondersteuning van de consulent voor de ontvangende leerkracht."),
        ("ul", ["In het laatste jaar van de TLV bespreekt de sbo- of so-school uiterlijk 1 maart met ouders en consulent "
                "of terugplaatsing mogelijk is, op basis van het ontwikkelingsperspectief.",
                "Als terugplaatsing in beeld is, organiseert de consulent vóór 1 mei een overleg met de beoogde "
                "basisschool; die school bereidt een plan van aanpak voor.",
                "De Commissie van Toelaatbaarheid besluit vóór 1 juni: terugplaatsing per 1 augustus of een nieuwe TLV.",
                "Na drie en na zes maanden evalueren de ontvangende school, de ouders en de consulent de terugplaatsing."]),
        ("p", "In de afgelopen vier jaar keerden 31 kinderen vanuit het sbo en 9 kinderen vanuit het so terug naar "
              "een basisschool."),
        ("h1", "6 Thuiszitters en dekkend netwerk"),
        ("p", "Ook in het primair onderwijs zitten kinderen thuis. Het samenwerkingsverband en de leerplichtambtenaren "
              "hebben afgesproken dat iedere school een kind dat langer dan twee weken niet naar school gaat, meldt "
              "bij leerplicht en bij de consulent. Het thuiszittersoverleg komt maandelijks bijeen en bespreekt ieder "
              "kind tot er een passende plek is. Als het niet lukt, wijst de directeur van het samenwerkingsverband "
              "binnen vier weken een school aan."),
        ("p", "Het bureau houdt de wachtlijsten van de sbo- en so-scholen bij. In 2024 wachtten negen kinderen op een "
              "plek in het so cluster 4. Daarom is per 1 augustus 2025 een extra groep geopend bij SO Het Baken. "
              "Elk voorjaar bespreken besturen en consulenten welke vragen niet konden worden beantwoord."),
        ("h1", "7 Kwaliteit en monitoring"),
        ("p", "Twee keer per jaar stelt het bureau de Monitor Passend Onderwijs op. Daarin staan de kengetallen: het "
              "deelnamepercentage sbo en so op 1 oktober, het aantal TLV's en arrangementen, de doorlooptijd van "
              "aanvragen, het aantal thuiszitters en het aantal terugplaatsingen. Jaarlijks houden wij een "
              "tevredenheidspeiling onder scholen en ouders. De monitor wordt besproken in de algemene vergadering en "
              "met de OPR; de bereikte resultaten staan in het jaarverslag, dat vóór 1 juli verschijnt."),
        ("table", [["Kengetal", "2021", "2022", "2023", "2024", "Landelijk 2024"],
                   ["Deelnamepercentage sbo", "2,6%", "2,5%", "2,4%", "2,4%", "2,0%"],
                   ["Deelnamepercentage so", "1,8%", "1,8%", "1,9%", "1,7%", "1,7%"],
                   ["Thuiszitters langer dan 4 weken (peildatum 1 maart)", "14", "11", "9", "6", "–"],
                   ["Doorlooptijd TLV binnen 6 weken", "70%", "76%", "84%", "88%", "–"]]),
        ("p", "De beoogde resultaten voor de planperiode 2025-2029 formuleren de besturen in het eerste planjaar; zij "
              "worden opgenomen in het jaarplan 2025-2026."),
        ("h1", "8 Financiën"),
        ("p", "Het financieel beleid – het verdeelmodel, de begroting en de meerjarenraming – wordt beschreven in het "
              "Financieel kader 2025-2029 (bijlage 5). Bijlage 5 volgt na vaststelling door de algemene vergadering."),
        ("h1", "9 Ouders"),
        ("p", "Ouders kennen hun kind het best. Zij zijn daarom altijd betrokken bij het ondersteuningsteam, bij het "
              "opstellen van het ontwikkelingsperspectief en bij een aanvraag voor een TLV. In de OPR is de helft van "
              "de leden ouder."),
        ("p", "Bij vragen, twijfel of onenigheid over de ondersteuning van hun kind kunnen ouders terecht bij het "
              "onafhankelijke Ouder- en Jeugdsteunpunt Brede Waard. Het steunpunt denkt mee, begeleidt bij gesprekken "
              "met school of samenwerkingsverband en is gratis. Ook Onderwijsconsulenten kunnen ondersteunen. Voor "
              "klachten over het samenwerkingsverband is er een klachtenregeling; de klachtencommissie is extern."),
        ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de regio, leggen wij in 2025-2026 vast "
              "in een communicatieplan."),
    ]
    b += governance_block(c)
    b += oogo_block(c)
    b += [("h2", "11.1 Huisvesting en vervoer")] + huisvesting_block(c)[1:]
    b += personeel_block(c)
    b += ict_block(c)
    b += planning_block(c, [
        ["2025-2026", "Gezamenlijke ondergrens; beoogde resultaten; communicatieplan", "Directeur"],
        ["2026-2027", "Evaluatie observatiegroep De Kei", "Beleidsmedewerker"],
        ["2027-2028", "Tussenevaluatie", "Algemene vergadering"],
        ["2028-2029", "Nieuw ondersteuningsplan", "Directeur"]])
    b += landelijk_block(c, "15 Landelijke ontwikkelingen")
    b += onderzoek_block(c, "16 Leren en onderzoeken")
    b += begrippen_block("Begrippenlijst", [
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning op iedere school"],
        ["Bekostiging", "De financiering van het onderwijs door het Rijk"],
        ["Meerjarenbegroting", "Begroting voor vier jaar"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["Sbo", "Speciaal basisonderwijs"], ["So", "Speciaal onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Verdeelmodel", "De manier waarop het samenwerkingsverband de middelen over de besturen verdeelt"]])
    return b


D_LABEL = dict(
    sector="po",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch.3 'Wat scholen bieden': inventory table of concrete voorzieningen, but explicitly no regionally agreed level ('geen regionaal vastgesteld niveau'; ondergrens deferred to 2025-2026); yearly SOP talk = borging. Glossary definition is a trap.",
        "plaatsing": "Ch.5: aanvraag via Loket, 2 deskundigen, Commissie van Toelaatbaarheid within 6 weeks, criteria table sbo/so3/so4, duur/categorie, bezwaar LBT.",
        "terugstroom": "Hidden in §5.6 of the TLV chapter: beleid (thuisnabij, terugplaatsingsarrangement) and dated 4-step procedure plus figures.",
        "financien": "Nothing: ch.8 only refers to 'Financieel kader 2025-2029 (bijlage 5)' that 'volgt'; verdeelmodel/meerjarenbegroting only in glossary.",
        "dekkend-aanbod": "Ch.4 continuum table (arrangement, observatiegroep, plusklas, schakelklas, sbo, so) and ch.6 thuiszittersoverleg, wachtlijsten, extra groep.",
        "resultaten": "Ch.7: Monitor twice a year, tevredenheidspeiling, jaarverslag, achieved-figures table; beoogde resultaten deferred to first planjaar.",
        "ouders": "Ch.9: OJSP Brede Waard, Onderwijsconsulenten, klachtenregeling (steunpunt); information to parents deferred to a communicatieplan; 'verkorte versie voor ouders' only on the title page.",
    })

# ---------------------------------------------------------------- from plans113_e_f.py

# =====================================================================================
# Plan E: VO Zuiderkempen, web version of the plan (html)
# =====================================================================================
E_CTX = dict(VO_NET,
    naam="Samenwerkingsverband VO Zuiderkempen", sector_lang="voortgezet onderwijs",
    gemeenten="Kempenbroek, Sint-Odulfus, Heezerveld en Budel-Zuid", besturen="zes", vestigingen="dertien",
    leerlingen="8.600", fte="13", periode="1 augustus 2025 tot en met 31 juli 2029", oogo_datum="6 maart 2025",
    ctx_kop="1 Over het samenwerkingsverband", visie_kop="2 Visie", gov_kop="9 Bestuur en medezeggenschap",
    oogo_kop="10 Overleg met gemeenten", pers_kop="11 Personeel", ict_kop="12 Privacy", plan_kop="13 Planning",
)

E_NAV = [("Home", "home"), ("Basisondersteuning", "ondersteuning-op-school"), ("Dekkend aanbod", "dekkend-aanbod"),
         ("Toelaatbaarheid", "toelaatbaarheid"), ("Terugplaatsing", "terug"), ("Financiën", "begroting"),
         ("Resultaten", "resultaten"), ("Ouders", "ouders"), ("Contact", "contact")]


def plan_e():
    c = E_CTX
    b = [("title", ["Ondersteuningsplan 2025-2029 – online versie",
                    "Samenwerkingsverband VO Zuiderkempen (VO 30-12)",
                    "Laatst bijgewerkt: 28 april 2025"]),
         ("toc", [("Welkom", 0), ("Over het samenwerkingsverband", 0), ("Visie", 0), ("Ondersteuning op school", 0),
                  ("Toelaatbaarheid vso, praktijkonderwijs en lwoo", 0), ("Terug naar het regulier onderwijs", 0),
                  ("Begroting", 0), ("Wat we willen bereiken", 0), ("Informatie voor ouders", 0),
                  ("Bestuur en medezeggenschap", 0), ("Overleg met gemeenten", 0), ("Personeel", 0), ("Privacy", 0),
                  ("Planning", 0), ("Hoe dit plan tot stand kwam", 0),
                  ("Landelijke ontwikkelingen", 0), ("Leren en onderzoeken", 0), ("Bedrijfsvoering", 0),
                  ("Begrippen", 0)]),
         ("h1", "Welkom"),
         ("p", "Welkom bij de online versie van het ondersteuningsplan 2025-2029 van het Samenwerkingsverband VO "
               "Zuiderkempen. Wij hebben het plan als webpagina uitgebracht, zodat het makkelijk te lezen is op "
               "telefoon en tablet en zodat wij onderdelen kunnen actualiseren. Een printbare versie volgt."),
         ("p", "Het plan is op 15 april 2025 vastgesteld door het algemeen bestuur, na instemming van de "
               "ondersteuningsplanraad op 10 april 2025 en na het op overeenstemming gericht overleg met de vier "
               "gemeenten. Het plan is op 28 april 2025 aan de inspectie gezonden."),
         ("p", "Waarom een online plan? In de vorige periode merkten wij dat het ondersteuningsplan als document van "
               "bijna honderd pagina's nauwelijks werd gelezen. Schoolleiders zochten een enkele afspraak op, "
               "medewerkers kenden het plan vaak alleen van horen zeggen. Met deze webversie willen wij het plan "
               "toegankelijker maken. Elk onderdeel heeft een eigen pagina, met korte teksten en waar mogelijk een "
               "tabel. Onderdelen die wijzigen, passen wij aan na instemming van de ondersteuningsplanraad; onderaan "
               "deze pagina staat de datum van de laatste wijziging."),
         ("h2", "Jongeren aan het woord"),
         ("p", "Bij het schrijven van dit plan hebben wij een jongerenpanel gevraagd mee te lezen. Het panel bestaat uit "
               "veertien leerlingen van verschillende scholen, onder wie leerlingen uit het praktijkonderwijs en het "
               "vso. Zij vroegen ons vooral om duidelijke taal, om minder afkortingen en om eerlijkheid over wat wel en "
               "niet lukt. Het panel blijft in de planperiode bestaan en komt drie keer per jaar bijeen met de "
               "directeur. Een van de leden zei het zo: 'Praat niet over ons, maar met ons.'"),
         ]
    b += context_block(c)
    b += [
        ("p", "Bij het samenwerkingsverband zijn de volgende scholen aangesloten."),
        ("table", [["School", "Plaats", "Onderwijstype"],
                   ["Kempencollege", "Kempenbroek", "vmbo, havo, vwo"],
                   ["Odulfuslyceum", "Sint-Odulfus", "havo, vwo"],
                   ["Heezerveld College", "Heezerveld", "vmbo"],
                   ["Praktijkschool De Kempen", "Kempenbroek", "praktijkonderwijs"],
                   ["Budel-Zuid Scholengemeenschap", "Budel-Zuid", "vmbo, havo"],
                   ["Vso De Horizon", "Kempenbroek", "voortgezet speciaal onderwijs"]]),
        ("p", "Enkele scholen hebben meerdere vestigingen; in totaal gaat het om dertien vestigingen."),
    ]
    b += visie_block(c)
    b += [
        ("h1", "3 Ondersteuning op school"),
        ("p", "Iedere school voor voortgezet onderwijs heeft een eigen ondersteuningsaanbod, afgestemd op de "
              "leerlingen die de school bezoeken. Voor de ondersteuning die een school biedt, verwijzen wij naar de "
              "schoolgids van die school. De schoolgidsen zijn te vinden op de websites van de scholen."),
        ("h1", "4 Toelaatbaarheid vso, praktijkonderwijs en lwoo"),
        ("p", "Voor het voortgezet speciaal onderwijs en het praktijkonderwijs is een toelaatbaarheidsverklaring van "
              "het samenwerkingsverband nodig; voor leerwegondersteunend onderwijs een aanwijzing. Hoe u een TLV of "
              "aanwijzing aanvraagt, welke stukken nodig zijn en wie beslist, vindt u op de pagina 'Aanvragen' van "
              "deze website."),
        ("p", "Het samenwerkingsverband hanteert de volgende criteria."),
        ("table", [["Voorziening", "Toelaatbaar als …"],
                   ["Vso cluster 4", "de leerling ernstige gedrags- of psychiatrische problematiek heeft, de "
                    "ondersteuning op een reguliere school (inclusief extra ondersteuning) ten minste een half jaar "
                    "aantoonbaar is ingezet en onvoldoende resultaat heeft gehad, en de leerling een kleine, "
                    "gestructureerde setting met specialistische begeleiding nodig heeft"],
                   ["Vso cluster 3", "de leerling een verstandelijke beperking (IQ lager dan 55, of tot 70 met "
                    "bijkomende problematiek), een lichamelijke beperking of een langdurige ziekte heeft waardoor "
                    "verzorging of aanpassingen nodig zijn die een reguliere school niet kan bieden"],
                   ["Praktijkonderwijs", "IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op twee of meer "
                    "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)"],
                   ["Lwoo", "IQ tussen 75 en 90 met een leerachterstand van 25 tot 50% op twee domeinen, of IQ 91 tot "
                    "120 met leerachterstand en sociaal-emotionele problematiek (landelijke criteria)"]]),
        ("p", "Een TLV vso geldt in de regel twee schooljaren; een TLV praktijkonderwijs en een aanwijzing lwoo "
              "gelden voor de hele schoolloopbaan. De bekostigingscategorie (laag, midden of hoog) staat in de TLV."),
        ("h1", "5 Terug naar het regulier onderwijs"),
        ("p", "Het vso is voor veel leerlingen de beste plek. Voor een deel van de leerlingen is het een tussenstap. "
              "Ons beleid is dat iedere vso-leerling bij wie het ontwikkelingsperspectief een diploma in het regulier "
              "voortgezet onderwijs haalbaar maakt, de kans krijgt om terug te keren. Wij kiezen daarbij voor een "
              "school zo dicht mogelijk bij huis en voor een overstap bij voorkeur aan het begin van een schooljaar."),
        ("p", "De terugkeer verloopt zo:"),
        ("table", [["Wanneer", "Wat", "Wie"],
                   ["Oktober van het laatste TLV-jaar", "Evaluatie van het ontwikkelingsperspectief: is terugkeer "
                    "haalbaar?", "Vso-school met leerling, ouders en consulent"],
                   ["Vóór 1 februari", "Kennismaking en proefdagen op de beoogde reguliere school", "Consulent en ontvangende school"],
                   ["Vóór 1 april", "Besluit: terugkeer per 1 augustus of aanvraag van een nieuwe TLV",
                    "Directeur van het samenwerkingsverband op voordracht van de consulent"],
                   ["Eerste half jaar na terugkeer", "Terugkeerbegeleiding: twee uur per week ambulante begeleiding "
                    "vanuit de vso-school en een maandelijks overleg", "Vso-school en mentor"],
                   ["Na 3 en 6 maanden", "Evaluatie en zo nodig bijstelling", "Ontvangende school en consulent"]]),
        ("p", "De ontvangende school ontvangt voor iedere teruggeplaatste leerling een terugkeerbudget voor één "
              "schooljaar. In schooljaar 2023-2024 keerden negen leerlingen terug naar het regulier onderwijs; in "
              "2024-2025 waren dat er elf."),
        ("h1", "6 Begroting"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks ruim 13 miljoen euro. Het grootste deel daarvan wordt "
              "doorbetaald aan scholen. De meerjarenbegroting ziet er als volgt uit."),
        ("table", [["Post (bedragen in euro's)", "2025", "2026", "2027", "2028"],
                   ["Lichte ondersteuning naar schoolbesturen", "2.460.000", "2.430.000", "2.410.000", "2.390.000"],
                   ["Bovenschoolse voorzieningen", "980.000", "990.000", "1.000.000", "1.000.000"],
                   ["Afdracht vso via DUO", "4.870.000", "4.900.000", "4.930.000", "4.960.000"],
                   ["Lwoo en praktijkonderwijs", "4.150.000", "4.120.000", "4.090.000", "4.060.000"],
                   ["Terugkeerbudgetten", "55.000", "60.000", "60.000", "65.000"],
                   ["Bureau en personeel", "870.000", "880.000", "890.000", "900.000"],
                   ["Totaal lasten", "13.385.000", "13.380.000", "13.380.000", "13.375.000"]]),
        ("p", "Hoe de middelen over de besturen en scholen worden verdeeld, wordt in 2025 opnieuw bepaald. Het "
              "nieuwe verdeelmodel volgt na besluitvorming in het algemeen bestuur van december 2025."),
        ("h1", "7 Wat we willen bereiken"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2029 de volgende resultaten "
              "bereiken."),
        ("table", [["Resultaat", "Nu (2024)", "Doel 2029"],
                   ["Leerlingen in het vso die terugkeren naar regulier onderwijs, per jaar", "9", "15"],
                   ["Aanvragen TLV die binnen zes weken zijn afgehandeld", "74%", "95%"],
                   ["Leerlingen met een OPP die hun uitstroomperspectief halen", "79%", "85%"],
                   ["Leerlingen in het praktijkonderwijs met een branchecertificaat bij uitstroom", "61%", "75%"],
                   ["Tevredenheid van leerlingen over hun ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
        ("p", "Wij volgen deze resultaten met een dashboard dat elk kwartaal wordt bijgewerkt met gegevens van DUO en "
              "uit ons eigen aanvraagsysteem. Twee keer per jaar bespreekt het algemeen bestuur het dashboard, en één "
              "keer per jaar de OPR. In het jaarverslag rapporteren wij wat is bereikt en wat het heeft gekost. Als een "
              "resultaat twee jaar achter elkaar achterblijft, stelt het bestuur een verbeteraanpak vast."),
        ("h1", "8 Informatie voor ouders"),
        ("p", "Ouders kunnen op verschillende manieren informatie krijgen over de ondersteuningsmogelijkheden in de "
              "regio. Op deze website staat een ouderpagina met uitleg over het vso, het praktijkonderwijs, lwoo en de "
              "terugkeer naar het regulier onderwijs. De brochure 'Passend onderwijs in de Zuiderkempen' ligt op alle "
              "scholen en wordt meegestuurd met de aanmeldingsbevestiging. In oktober organiseren wij een "
              "informatieavond voor ouders van leerlingen in groep 8 en in de brugklas. De mentor is voor ouders het "
              "eerste aanspreekpunt."),
        ("p", "Een onafhankelijk ouder- en jeugdsteunpunt wordt samen met het samenwerkingsverband PO ingericht. "
              "Nadere informatie volgt."),
    ]
    b += governance_block(c)
    b += oogo_block(c, inhoudelijk=False)
    b += personeel_block(c)
    b += ict_block(c)
    b += planning_block(c, [
        ["2025-2026", "Nieuw verdeelmodel; inrichting ouder- en jeugdsteunpunt", "Directeur"],
        ["2026-2027", "Printbare versie en evaluatie website", "Communicatiemedewerker"],
        ["2027-2028", "Tussenevaluatie", "Algemeen bestuur"],
        ["2028-2029", "Nieuw plan", "Directeur"]])
    b += totstandkoming_block(c, "14 Hoe dit plan tot stand kwam")
    b += landelijk_block(c, "15 Landelijke ontwikkelingen")
    b += onderzoek_block(c, "16 Leren en onderzoeken")
    b += bedrijfsvoering_block(c, "17 Bedrijfsvoering")
    b += begrippen_block("Begrippen", [
        ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat elke school biedt"],
        ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"]])
    b += [("h1", "Contact"),
          ("p", "Samenwerkingsverband VO Zuiderkempen, Markt 14, Kempenbroek. Het secretariaat is bereikbaar op "
                "werkdagen van 8.30 tot 16.30 uur.")]
    return b


E_LABEL = dict(
    sector="vo",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "Nothing: section 3 'Ondersteuning op school' only refers to the schoolgidsen on school websites; 'Basisondersteuning' only in the nav menu and the begrippenlijst.",
        "plaatsing": "Section 4: criteria table (vso3/vso4/pro/lwoo) and duur/categorie; procedure (stukken, wie beslist) only via link to web page 'Aanvragen'.",
        "terugstroom": "Section 5: beleid (kans op terugkeer, thuisnabij, terugkeerbudget) and dated procedure table; 9 and 11 returns reported.",
        "financien": "Section 6 'Begroting': meerjarenbegroting 2025-2028 with amounts; verdeelmodel deferred ('wordt in 2025 opnieuw bepaald ... volgt').",
        "dekkend-aanbod": "Nothing: no continuum, no thuiszitters/zorgplicht; 'Dekkend aanbod' only in nav and glossary; OOGO is procedural only; 'Bovenschoolse voorzieningen' only as a budget line.",
        "resultaten": "Section 7: doelen 2029 with baseline, quarterly dashboard, bespreking bestuur/OPR, jaarverslag.",
        "ouders": "Section 8: ouderpagina, brochure, info-avond, mentor; OJSP deferred ('wordt ingericht. Nadere informatie volgt'), no other independent help.",
    })


# =====================================================================================
# Document F: near-miss – a praktijkschool's own (school-level) ondersteuningsplan
# =====================================================================================
def doc_f():
    return [
        ("title", ["Ondersteuningsplan 2025-2026",
                   "Praktijkschool De Vaart – onderdeel van Stichting Vaartland Onderwijs",
                   "Zorgstructuur, ondersteuningsniveaus en werkwijze ondersteuningsteam",
                   "Vastgesteld door de schoolleiding op 1 juli 2025, met advies van de medezeggenschapsraad"]),
        ("toc", [("1 Inleiding", 2), ("2 Onze leerlingen", 2), ("3 Basisondersteuning op De Vaart", 3),
                 ("4 Ondersteuningsniveaus", 4), ("5 Het ondersteuningsteam", 5), ("6 Het OPP", 6),
                 ("7 Toelating en TLV praktijkonderwijs", 7), ("8 Uitstroom en terugplaatsing", 7),
                 ("9 Middelen", 8), ("10 Ouders", 8), ("11 Resultaten", 9), ("12 Jaarplanning zorg", 9)]),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Praktijkschool De Vaart de ondersteuning van haar leerlingen "
              "organiseert. Het plan is bedoeld voor medewerkers, stagebegeleiders en ouders. Het is een uitwerking "
              "van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het "
              "samenwerkingsverband waarvan onze school deel uitmaakt. Dit plan wordt ieder schooljaar door de "
              "schoolleiding vastgesteld en besproken in de medezeggenschapsraad."),
        ("h1", "2 Onze leerlingen"),
        ("p", "De Vaart telt 212 leerlingen van 12 tot 18 jaar. Al onze leerlingen hebben een "
              "toelaatbaarheidsverklaring praktijkonderwijs. Veel leerlingen hebben naast een leerachterstand ook "
              "ondersteuningsvragen op het gebied van gedrag, concentratie of sociaal-emotionele ontwikkeling. Een "
              "kwart van de leerlingen ontvangt jeugdhulp."),
        ("h1", "3 Basisondersteuning op De Vaart"),
        ("p", "Iedere leerling krijgt op De Vaart: een vaste mentor met een mentoruur per dag, een individueel "
              "ontwikkelingsperspectief, lessen in kleine groepen van maximaal zestien leerlingen, begeleiding bij "
              "stage door een stagebegeleider, een sociale-vaardigheidstraining in leerjaar 1 en een rustruimte."),
        ("h1", "4 Ondersteuningsniveaus"),
        ("table", [["Niveau", "Wat", "Wie"],
                   ["1", "Ondersteuning in de klas door mentor en vakdocent", "Mentor"],
                   ["2", "Extra begeleiding door de zorgcoördinator of de gedragsspecialist", "Zorgcoördinator"],
                   ["3", "Bespreking in het ondersteuningsteam; inzet van een arrangement (bijv. schoolmaatschappelijk "
                    "werk, faalangsttraining, time-outtraject)", "Ondersteuningsteam"],
                   ["4", "Inzet van externe hulp of een bovenschoolse voorziening van het samenwerkingsverband",
                    "Zorgcoördinator met consulent samenwerkingsverband"]]),
        ("h1", "5 Het ondersteuningsteam"),
        ("p", "Het ondersteuningsteam komt iedere twee weken bijeen. Vaste leden zijn de zorgcoördinator, de "
              "orthopedagoog, de schoolmaatschappelijk werker en de jeugdarts (op afroep). De mentor brengt de "
              "leerling in. Ouders worden uitgenodigd wanneer hun kind wordt besproken. Van ieder overleg wordt een "
              "verslag gemaakt dat wordt opgenomen in het leerlingdossier."),
        ("p", "Het ondersteuningsteam besluit over de inzet van arrangementen op niveau 3. Voor niveau 4 doet de "
              "zorgcoördinator een aanvraag bij het samenwerkingsverband of verwijst hij, in overleg met ouders, "
              "naar de huisarts of het wijkteam."),
        ("h1", "6 Het OPP"),
        ("p", "Iedere leerling heeft een ontwikkelingsperspectiefplan (OPP) met het uitstroomperspectief: arbeid, "
              "entreeopleiding of mbo niveau 2. Het OPP wordt binnen zes weken na de start van het schooljaar "
              "opgesteld en twee keer per jaar geëvalueerd met leerling en ouders. Leerlingen hebben hoorrecht: zij "
              "geven hun mening over de doelen in hun OPP."),
        ("h1", "7 Toelating en TLV praktijkonderwijs"),
        ("p", "Ouders melden hun kind aan bij De Vaart. De school vraagt bij het samenwerkingsverband een "
              "toelaatbaarheidsverklaring praktijkonderwijs aan. Het samenwerkingsverband toetst aan de landelijke "
              "criteria. Na ontvangst van de TLV besluit de school over de toelating. Tot die tijd geldt de zorgplicht."),
        ("h1", "8 Uitstroom en terugplaatsing"),
        ("p", "Jaarlijks stromen ongeveer vijftig leerlingen uit. Ongeveer twee leerlingen per jaar stappen over "
              "naar het vmbo; zij worden daarbij begeleid door de mentor. Terugplaatsing naar het vmbo bespreken wij "
              "met ouders en met de ontvangende school."),
        ("h1", "9 Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband middelen voor lichte ondersteuning. Daarmee bekostigt "
              "de school de gedragsspecialist (0,6 fte) en de faalangsttraining. Verantwoording vindt plaats in het "
              "jaarverslag van het schoolbestuur."),
        ("h1", "10 Ouders"),
        ("p", "Ouders zijn onze partners. Zij worden minimaal drie keer per jaar uitgenodigd voor een gesprek met de "
              "mentor. Informatie over de ondersteuning staat in de schoolgids en op onze website. Ouders met een "
              "klacht kunnen terecht bij de vertrouwenspersoon van de school."),
        ("h1", "11 Resultaten"),
        ("p", "In 2024 had 84% van onze schoolverlaters na een jaar werk of volgde een opleiding. Het doel voor 2026 "
              "is 88%. De inspectie beoordeelde de kwaliteit van ons onderwijs in 2023 als voldoende."),
        ("h1", "12 Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"],
                   ["September", "Opstellen OPP's; kennismakingsgesprekken ouders"],
                   ["November", "Eerste leerlingbespreking; evaluatie stageplaatsen"],
                   ["Februari", "Evaluatie OPP; gesprekken ouders"],
                   ["April", "Overdrachtsgesprekken uitstroom; aanmeldingen nieuwe leerlingen"],
                   ["Juni", "Tweede evaluatie OPP; jaarevaluatie ondersteuningsteam"]]),
    ]


F_LABEL_NOTE = ("School-level 'ondersteuningsplan' of one praktijkschool (zorgstructuur, ondersteuningsniveaus, "
                "ondersteuningsteam, OPP), adopted by the schoolleiding with MR advice for one school year; it refers "
                "to 'het samenwerkingsverband' as an outside party. Not an SWV plan: no verband-wide "
                "basisondersteuning, no OPR/OOGO, no TLV decision-making, no verdeling of middelen (domain §5.4).")

# ---------------------------------------------------------------- from main113_tail.py


# =====================================================================================
# main
# =====================================================================================
OUT = Path(__file__).resolve().parent.parent

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(stem, documents, label=None, sector="vo", not_plan_note=None):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {label['sector'] if label else sector}"]
    if label is None:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  looks_like_plan: {q(not_plan_note)}"]
    else:
        el = label["elements"]
        lines += ["looks_like_plan: true",
                  "elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENTS) + "}",
                  "criteria:"]
        lines += [f"  {k}: {'true' if label['criteria'][k] else 'false'}" for k in CORE]
        adv = label.get("advisory") or {}
        if adv:
            lines.append("advisory_addressed:")
            lines += [f"  {e}: [{', '.join(adv[e])}]" for e in ELEMENTS if e in adv]
        else:
            lines.append("advisory_addressed: {}")
        lines.append("notes:")
        lines += [f"  {e}: {q(label['notes'][e])}" for e in ELEMENTS]
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    """Status rule of domain Part A: derive element status from core criteria (sanity check)."""
    for e in ELEMENTS:
        crit = [v for k, v in label["criteria"].items() if k.startswith(e + ".")]
        adv = label.get("advisory", {}).get(e)
        if all(crit):
            want = "present"
        elif any(crit) or adv:
            want = "partial"
        else:
            want = "missing"
        assert label["elements"][e] == want, (e, label["elements"][e], want)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for lab in (A_LABEL, B_LABEL, C_LABEL, D_LABEL, E_LABEL):
        check_label(lab)

    name = "vo-eemvallei-noord-op-2025-2029"
    blocks = plan_a()
    render_docx(blocks, OUT / f"{name}.docx", header_text="Ondersteuningsplan 2025-2029 | SWV VO Eemvallei-Noord",
                footer_text="Koers op vijf ambities")
    write_label(name, [f"{name}.docx"], A_LABEL)
    report = [(name, word_count(blocks))]

    name = "vo-lingewaarden-op-2025-2029"
    blocks = plan_b()
    docx_to_pdf(blocks, OUT / f"{name}.pdf", header_text="SWV VO Lingewaarden – Ondersteuningsplan 2025-2029",
                footer_text="VO 29-03")
    write_label(name, [f"{name}.pdf"], B_LABEL)
    report.append((name, word_count(blocks)))

    name = "vo-kop-van-de-delta-op-2025-2029"
    blocks = plan_c()
    render_docx(blocks, OUT / f"{name}.docx",
                header_text="CONCEPT – Ondersteuningsplan VO 2025-2029 – Kop van de Delta – ter instemming OPR",
                footer_text="Versie 3.2")
    write_label(name, [f"{name}.docx"], C_LABEL)
    report.append((name, word_count(blocks)))

    name = "po-brede-waard-op-2025-2029"
    blocks = plan_d()
    docx_to_pdf(blocks, OUT / f"{name}.pdf", header_text="Ondersteuningsplan 2025-2029 De Brede Waard",
                footer_text="www.debredewaard-po.nl | ouders | scholen | financiën")
    write_label(name, [f"{name}.pdf"], D_LABEL)
    report.append((name, word_count(blocks)))

    name = "vo-zuiderkempen-op-2025-2029"
    blocks = plan_e()
    render_html(blocks, OUT / f"{name}.html", title="Ondersteuningsplan 2025-2029 | SWV VO Zuiderkempen", nav=E_NAV,
                footer="© Samenwerkingsverband VO Zuiderkempen | Ouders | Basisondersteuning | Privacyverklaring")
    write_label(name, [f"{name}.html"], E_LABEL)
    report.append((name, word_count(blocks)))

    name = "vo-praktijkschool-de-vaart-ondersteuningsplan-2025-2026"
    blocks = doc_f()
    docx_to_pdf(blocks, OUT / f"{name}.pdf", header_text="Praktijkschool De Vaart – Ondersteuningsplan 2025-2026")
    write_label(name, [f"{name}.pdf"], None, sector="vo", not_plan_note=F_LABEL_NOTE)
    report.append((name, word_count(blocks)))

    for n, w in report:
        print(f"{n}: {w} words")


if __name__ == "__main__":
    main()
