#!/usr/bin/env python3
"""Generate the holdout77 test documents for opcheck.

Writes five fictional ondersteuningsplannen (VO and PO) and one near-miss document
(a school's schoolondersteuningsprofiel) into the folder above this script.
Deterministic text and .docx/.html bytes (LibreOffice stamps its own CreationDate into the PDFs), no network. PDFs are rendered from a temporary .docx with LibreOffice.

Mini markup used for the document bodies (one block per line):
  @title text      title-page line (first one is the main title)
  @pagebreak       page break
  @toc             starts a table of contents; following lines "~ entry" are TOC entries
  # text / ## text headings level 1 / 2
  - text           bullet
  | a | b | c      table row (first row of a run is the header)
  anything else    a paragraph
"""
import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


def parse(text):
    blocks = []
    table = None
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line:
            continue
        if line.startswith("@title "):
            blocks.append(("title", line[7:]))
        elif line == "@pagebreak":
            blocks.append(("pagebreak", None))
        elif line == "@toc":
            blocks.append(("toc", []))
        elif line.startswith("~ "):
            blocks[-1][1].append(line[2:])
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def write_docx(text, path, header=None, footer=None, author="Samenwerkingsverband"):
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 3, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = author
    cp.author = author
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    first_title = True
    for kind, val in parse(text):
        if kind == "title":
            if first_title:
                doc.add_paragraph(val, style="Title")
                first_title = False
            else:
                doc.add_paragraph(val, style="Subtitle")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles] else "Heading 1")
            for i, entry in enumerate(val):
                doc.add_paragraph(f"{entry}\t{3 + 2 * i}")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c in range(ncol):
                    t.cell(r, c).text = row[c] if c < len(row) else ""
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(text, path, site_title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(site_title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "nav{background:#eef;padding:1em}</style>",
           "</head>", "<body>", f'<header><p class="site">{esc(site_title)}</p></header>', "<main>"]
    in_list = False
    hcount = 0
    for kind, val in parse(text):
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            out.append(f'<h1 class="title">{esc(val)}</h1>')
        elif kind == "pagebreak":
            continue
        elif kind == "toc":
            out.append('<nav><p><strong>Op deze pagina</strong></p><ol>')
            for i, entry in enumerate(val):
                out.append(f'<li><a href="#h{i + 1}">{esc(entry)}</a></li>')
            out.append("</ol></nav>")
        elif kind == "h1":
            hcount += 1
            out.append(f'<h2 id="h{hcount}">{esc(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{esc(val)}</h3>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{esc(val)}</li>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind == "table":
            out.append("<table>")
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out += ["</main>", f"<footer><p>&copy; {esc(site_title)} &middot; Privacyverklaring &middot; Cookies &middot; Contact</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_pdf(text, path, **kw):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice (LibreOffice) is needed to render PDFs")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (path.stem + ".docx")
        write_docx(text, src, **kw)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)


# ---------------------------------------------------------------------------
# Plan A: VO, .docx. Samenwerkingsverband VO Lingestroom, "niveaus 1-4" house style.
# ---------------------------------------------------------------------------
PLAN_A = r"""
@title Ondersteuningsplan 2026-2030
@title Samenwerkingsverband Voortgezet Onderwijs Lingestroom (VO 25-11)
@title Samen sterk voor elke jongere
@title Vastgesteld door het bestuur op 17 april 2026, na instemming van de ondersteuningsplanraad op 9 april 2026
@pagebreak
@toc
~ 1 Voorwoord
~ 2 Inleiding en totstandkoming
~ 3 Missie, visie en ambities
~ 4 De regio in cijfers
~ 5 Het ondersteuningsaanbod in vier niveaus
~ 5.1 Niveau 1: basisondersteuning
~ 5.2 Niveau 2: extra ondersteuning binnen de school
~ 5.3 Niveau 3: bovenschoolse voorzieningen en het OPDC
~ 5.4 Niveau 4: voortgezet speciaal onderwijs
~ 6 Toewijzing en toelaatbaarheid: lwoo, praktijkonderwijs en vso
~ 7 Terugplaatsing en overstap
~ 8 Dekkend aanbod en thuiszitters
~ 9 Ouders en leerlingen
~ 10 Samenwerking met gemeenten en jeugdhulp
~ 11 Kwaliteitszorg en beoogde resultaten
~ 12 Organisatie, governance en medezeggenschap
~ 13 Personeel en professionalisering
~ 14 Financieel beleid
~ 15 Planning en jaarcyclus
~ Bijlage A Begrippenlijst
~ Bijlage B Afkortingen
@pagebreak
# 1 Voorwoord
Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Lingestroom. Het is het derde plan sinds de invoering van passend onderwijs in 2014 en het eerste dat wij schrijven na de afronding van de Verbeteraanpak passend onderwijs. In de afgelopen jaren hebben de scholen, de besturen en het bureau van het samenwerkingsverband veel geleerd. We weten beter wat werkt, waar het schuurt en waar leerlingen en hun ouders tegenaan lopen. Tegelijk zien we dat de vraag naar ondersteuning toeneemt en dat de middelen niet meegroeien. Dat dwingt tot keuzes, en die keuzes maken we in dit plan zichtbaar.
Dit plan is geschreven met veel mensen: ondersteuningscoördinatoren, mentoren, teamleiders, de zorgcoördinatoren van de vso-scholen, leerplichtambtenaren, jeugdconsulenten en natuurlijk de leden van de ondersteuningsplanraad. In vier werkconferenties in het najaar van 2025 hebben ruim 140 deelnemers meegedacht. Ook hebben we twaalf leerlingen van verschillende scholen gesproken over wat zij nodig hadden en wat zij hebben gemist. Hun verhalen staan niet letterlijk in dit plan, maar ze hebben de toon ervan bepaald.
Een plan is pas waardevol als het in de scholen merkbaar wordt. Daarom hebben we geprobeerd helder te zijn over wat elke school biedt, hoe een leerling aan extra ondersteuning komt en hoe het geld wordt verdeeld. Waar we nog zoeken, zeggen we dat ook. De komende vier jaar willen we vooral laten zien dat de afspraken werken: voor de leerling in de klas, voor de mentor die voor de groep staat en voor de ouder die wil weten waar hij aan toe is.
Drs. M. Verhoeckx, directeur-bestuurder
# 2 Inleiding en totstandkoming
## 2.1 Wettelijk kader
Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 17a van de Wet op het voortgezet onderwijs, sinds 2021 opgenomen in de WVO 2020). Het plan beschrijft onder meer hoe het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, hoe de middelen worden verdeeld en besteed, hoe de toelaatbaarheid tot het voortgezet speciaal onderwijs en de toewijzing van leerwegondersteunend onderwijs en praktijkonderwijs verlopen, hoe terugplaatsing is geregeld, welke resultaten worden beoogd en hoe ouders worden geïnformeerd. Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030.
## 2.2 Totstandkoming
Het plan is in drie rondes tot stand gekomen. Na de werkconferenties heeft een schrijfgroep van vier ondersteuningscoördinatoren, twee bestuurders en twee medewerkers van het bureau een eerste versie gemaakt. Die versie is besproken in het directeurenoverleg, met de gemeenten en met het samenwerkingsverband PO in onze regio. De ondersteuningsplanraad heeft in twee bijeenkomsten vragen gesteld en voorstellen gedaan; een deel daarvan is verwerkt in deze definitieve versie.
| Datum | Stap |
| september - november 2025 | Vier werkconferenties met scholen, besturen, gemeenten en ketenpartners |
| 2 december 2025 | Concept besproken in het directeurenoverleg |
| 15 januari 2026 | Op overeenstemming gericht overleg (OOGO) met de gemeenten Lingedal, Waardenburg-Oost, Beesterveld en Tielerwaard |
| 3 februari 2026 | Overleg met Samenwerkingsverband PO Lingestroom |
| 9 april 2026 | Instemming ondersteuningsplanraad |
| 17 april 2026 | Vaststelling door het bestuur |
| 24 april 2026 | Toezending aan de Inspectie van het Onderwijs |
## 2.3 Leeswijzer
Hoofdstuk 3 beschrijft waar wij voor staan. Hoofdstuk 4 geeft een beeld van de regio. De hoofdstukken 5 tot en met 8 gaan over het ondersteuningsaanbod, de toewijzing en de aansluiting tussen de voorzieningen. Hoofdstuk 9 gaat over ouders en leerlingen, hoofdstuk 10 over de samenwerking met gemeenten. In hoofdstuk 11 staan de doelen voor de planperiode. De hoofdstukken 12 tot en met 15 gaan over organisatie, personeel, financiën en planning. Achterin staan een begrippenlijst en een lijst met afkortingen.
# 3 Missie, visie en ambities
## 3.1 Missie
Samen zorgen we ervoor dat elke jongere in de regio Lingestroom onderwijs volgt dat past bij wat hij of zij kan en nodig heeft, zo dicht mogelijk bij huis en met een diploma of een passende plek op de arbeidsmarkt als vooruitzicht.
## 3.2 Visie
Wij geloven dat jongeren zich het best ontwikkelen in een omgeving waar zij gezien worden. De mentor is daarin de spil. Ondersteuning begint in de klas en wordt pas zwaarder als dat echt nodig is. Elke stap naar een zwaardere voorziening moet een bewuste keuze zijn, gebaseerd op wat de leerling nodig heeft en niet op wat er toevallig beschikbaar is. Ouders kennen hun kind het best; hun kennis is onmisbaar bij elke beslissing. Middelen zetten we in waar ze het meeste verschil maken, en we durven te stoppen met wat niet werkt.
Wij zien passend onderwijs niet als een taak van het samenwerkingsverband alleen. De scholen dragen de zorgplicht, de besturen de verantwoordelijkheid voor de kwaliteit van hun onderwijs, en de gemeenten de verantwoordelijkheid voor jeugdhulp. Het samenwerkingsverband verbindt, maakt afspraken, verdeelt middelen en neemt besluiten waar de wet dat vraagt, zoals bij de toelaatbaarheid tot het vso. Een arrangement is daarbij nooit een doel op zich; het is een middel om de leerling verder te helpen.
## 3.3 Ambities
Voor de planperiode hebben we vier ambities geformuleerd. Ze zijn uitgewerkt in doelen in hoofdstuk 11.
- Een sterke basis in elke school: alle vestigingen bieden de afgesproken basisondersteuning.
- Snel de juiste ondersteuning, zonder onnodige bureaucratie.
- Niemand thuis: elke jongere heeft een passende onderwijsplek.
- Samen met ouders, leerlingen en jeugdhulp, niet over hen.
# 4 De regio in cijfers
Het samenwerkingsverband omvat het voortgezet onderwijs in vier gemeenten in het rivierengebied. De regio is deels landelijk, met twee middelgrote kernen waar de meeste scholen staan. Leerlingen reizen vaak met de fiets of de bus; voor leerlingen in het vso is leerlingenvervoer vaak noodzakelijk. Het aantal leerlingen daalt licht: de prognose laat tot 2030 een krimp van ongeveer 4 procent zien.
| Onderdeel | Aantal |
| Schoolbesturen | 9 |
| Scholen regulier vo (vestigingen) | 14 (22) |
| Scholen voor praktijkonderwijs | 2 |
| Scholen voor vso (cluster 3 en 4) | 3 |
| Leerlingen regulier vo, inclusief pro (1 oktober 2025) | 11.830 |
| Leerlingen vso (1 oktober 2025) | 412 |
| Leerlingen met lwoo (1 oktober 2025) | 1.284 |
| Deelnamepercentage vso (1 oktober 2025) | 3,4% (landelijk 3,6%) |
De drie vso-scholen zijn De Uiterwaard (cluster 4), Het Anker (cluster 3, zeer moeilijk lerende leerlingen) en De Lingehof (cluster 3, langdurig zieke en lichamelijk gehandicapte leerlingen). Daarnaast volgen ongeveer zestig leerlingen uit onze regio vso buiten de regio, vooral in gespecialiseerde voorzieningen voor leerlingen met een autisme-spectrumstoornis in combinatie met een hoog cognitief niveau.
# 5 Het ondersteuningsaanbod in vier niveaus
Het ondersteuningsaanbod in Lingestroom is opgebouwd in vier niveaus. Niveau 1 en 2 vallen onder de verantwoordelijkheid van de school, niveau 3 is bovenschools en wordt door het samenwerkingsverband georganiseerd, niveau 4 is het voortgezet speciaal onderwijs. De niveaus sluiten op elkaar aan: een leerling gaat pas naar een volgend niveau als de mogelijkheden van het vorige niveau aantoonbaar zijn benut, tenzij de situatie dat onverantwoord maakt.
## 5.1 Niveau 1: basisondersteuning
Basisondersteuning is het door alle besturen afgesproken minimum aan ondersteuning dat iedere vestiging van iedere school in ons samenwerkingsverband biedt, voor iedere leerling en zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is in 2025 opnieuw vastgesteld door het bestuur en is voor alle 22 vestigingen gelijk. Scholen mogen meer bieden, maar niet minder. Concreet kunnen ouders en leerlingen op elke vestiging het volgende verwachten:
- een vaste mentor die de leerling en de ouders ten minste drie keer per jaar spreekt over de voortgang;
- een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt is voor ouders, mentoren en externe partners;
- een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met daarin een orthopedagoog of schoolpsycholoog, de jeugdarts of jeugdverpleegkundige van de GGD en de schoolmaatschappelijk werker;
- een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, een vergroot lettertype en auditieve ondersteuning bij toetsen;
- trainingen in sociale vaardigheden en faalangstreductie, op school of in samenwerking met een andere school;
- begeleiding bij plannen en organiseren (executieve functies) door een daarvoor geschoolde begeleider;
- een opvangruimte met toezicht, waar leerlingen die tijdelijk niet in de les kunnen zijn terechtkunnen;
- een protocol medisch handelen en afspraken over medicijngebruik;
- ondersteuning bij Nederlands als tweede taal voor leerlingen die korter dan vier jaar in Nederland zijn;
- een ontwikkelingsperspectief (OPP) binnen zes weken nadat is vastgesteld dat een leerling extra ondersteuning nodig heeft;
- een warme overdracht vanuit het primair onderwijs voor elke leerling met een ondersteuningsbehoefte.
Elke school neemt deze afspraken op in haar schoolgids, samen met wat de school daarbovenop biedt. Eens in de twee jaar voert het samenwerkingsverband per vestiging een gesprek 'basis op orde' aan de hand van de kwaliteitskaart basisondersteuning. Voldoet een vestiging op een of meer onderdelen niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat het samenwerkingsverband na een half jaar met de school evalueert.
## 5.2 Niveau 2: extra ondersteuning binnen de school
Extra ondersteuning is ondersteuning die verder gaat dan de basisondersteuning, maar die de school zelf of samen met een andere school organiseert. De school bekostigt dit uit het schoolbudget dat zij van het samenwerkingsverband ontvangt (zie hoofdstuk 14). Voorbeelden zijn een ondersteuningsklas voor leerlingen die tijdelijk behoefte hebben aan een kleinere groep, een trajectvoorziening, begeleiding door een ambulant begeleider vanuit het vso, een aangepast rooster en intensieve coaching. Voor een leerling die extra ondersteuning krijgt, stelt de school een OPP op dat met de ouders en de leerling wordt besproken.
## 5.3 Niveau 3: bovenschoolse voorzieningen en het OPDC
Als de ondersteuning binnen de school niet toereikend is, kan de school een beroep doen op de bovenschoolse voorzieningen van het samenwerkingsverband:
- OPDC De Overstap (48 plaatsen): tijdelijk onderwijs in een kleine groep voor leerlingen in de onderbouw van vmbo en havo, voor maximaal één schooljaar, met als doel terugkeer naar de eigen of een andere reguliere school;
- Rebound Lingestroom (12 plaatsen): een kortdurende time-out van maximaal twaalf weken voor leerlingen bij wie het gedrag op school vastloopt;
- het onderwijs-zorgarrangement Zorg in Onderwijstijd, waarbij jeugdhulp en onderwijs samen één plan uitvoeren, bekostigd door het samenwerkingsverband en de gemeenten samen;
- het arrangement Hoogbegaafdheid Plus voor leerlingen met een ontwikkelingsvoorsprong die op school vastlopen.
De aanmelding voor deze voorzieningen loopt via de consulent van het samenwerkingsverband die aan elke school is verbonden. De Commissie Toewijzing en Toelaatbaarheid (CTT) besluit over plaatsing in het OPDC en de Rebound.
## 5.4 Niveau 4: voortgezet speciaal onderwijs
Voor leerlingen die zijn aangewezen op het voortgezet speciaal onderwijs zijn er drie vso-scholen in de regio. Het vso biedt onderwijs in kleine groepen met specialistische begeleiding en leidt op voor vervolgonderwijs, arbeid of dagbesteding. Toelating tot het vso vraagt een toelaatbaarheidsverklaring van het samenwerkingsverband (zie hoofdstuk 6).
# 6 Toewijzing en toelaatbaarheid: lwoo, praktijkonderwijs en vso
## 6.1 De Commissie Toewijzing en Toelaatbaarheid
Het samenwerkingsverband heeft één commissie voor alle besluiten over toewijzing en toelaatbaarheid: de Commissie Toewijzing en Toelaatbaarheid (CTT). De commissie bestaat uit een voorzitter (lid van het managementteam van het bureau), twee orthopedagogen-generalist, een GZ-psycholoog en een jeugdarts. De commissie neemt besluiten namens het bestuur. Aanvragen worden ingediend via het digitale OndersteuningsLoket.
## 6.2 Leerwegondersteunend onderwijs (lwoo)
Lingestroom hanteert de landelijke criteria voor lwoo en maakt geen gebruik van de mogelijkheid om eigen criteria vast te stellen. Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 in combinatie met een leerachterstand van 1,5 tot 3 jaar op ten minste twee van de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, waarvan één begrijpend lezen of rekenen is; of bij een IQ tussen 91 en 120 met een dergelijke leerachterstand en sociaal-emotionele problematiek die het leren belemmert.
De aanvraag wordt ingediend door de VO-school waar de leerling is aangemeld, uiterlijk 1 maart voorafgaand aan het eerste leerjaar. Bij de aanvraag horen het onderwijskundig rapport van de basisschool, de gegevens uit het leerlingvolgsysteem en een capaciteitsonderzoek dat niet ouder is dan twee jaar. De CTT besluit binnen zes weken. De aanwijzing geldt voor de duur van de opleiding in het vmbo.
## 6.3 Praktijkonderwijs (pro)
Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs waar de leerling is aangemeld vraagt de toelaatbaarheidsverklaring aan bij de CTT, met hetzelfde dossier als bij lwoo. De CTT besluit binnen zes weken. De verklaring geldt voor de gehele opleiding.
## 6.4 Voortgezet speciaal onderwijs (vso)
Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven. Voor een leerling die nog niet op een school in de regio staat ingeschreven, bijvoorbeeld bij verhuizing, vraagt de vso-school waar de leerling is aangemeld de TLV aan. De aanvraag bevat ten minste het OPP met de evaluatie van de ingezette ondersteuning, het verslag van het ondersteuningsteam en de zienswijze van de ouders en, vanaf twaalf jaar, van de leerling.
Elke aanvraag wordt beoordeeld door twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige, zoals een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker. Elke deskundige brengt een eigen, schriftelijk advies uit. Een deskundige die betrokken was bij het opstellen van de aanvraag adviseert niet over die aanvraag. De CTT besluit binnen zes weken na ontvangst van een volledige aanvraag; in bijzondere gevallen kan die termijn één keer met vier weken worden verlengd. Ouders ontvangen een afschrift van de adviezen.
Een leerling is toelaatbaar tot het vso als aan alle volgende criteria is voldaan:
- de ondersteuningsbehoefte overstijgt aantoonbaar wat een reguliere school met extra ondersteuning en de bovenschoolse voorzieningen kan bieden;
- de ondersteuning die in het regulier onderwijs is ingezet, is gedurende ten minste twee cycli van het OPP geëvalueerd en heeft onvoldoende effect gehad, of het is evident dat die ondersteuning niet passend is;
- de leerling heeft op meerdere domeinen (leren, gedrag, communicatie, medisch of lichamelijk) een zodanige ondersteuningsbehoefte dat een combinatie van onderwijs en specialistische begeleiding in een kleine groep nodig is;
- de school voor vso kan in die ondersteuningsbehoefte voorzien.
Voor cluster 3 stelt de CTT ook de bekostigingscategorie vast: laag (onder meer zeer moeilijk lerende leerlingen en langdurig zieke leerlingen), midden (lichamelijk gehandicapte leerlingen) of hoog (meervoudig gehandicapte leerlingen). De TLV wordt afgegeven voor één, twee of drie schooljaren en eindigt altijd op 31 juli. Bij een crisissituatie kan de CTT binnen vijf werkdagen een tijdelijke TLV van ten hoogste drie maanden afgeven.
## 6.5 Bezwaar
Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit van de CTT. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en beslist binnen zes weken na ontvangst van dat advies op het bezwaar.
# 7 Terugplaatsing en overstap
Een plaatsing in het vso of in het OPDC is voor ons geen eindstation. Wij willen dat leerlingen teruggaan naar het regulier voortgezet onderwijs zodra hun ontwikkeling dat toelaat, bij voorkeur naar een school dicht bij huis. Dat vraagt om realistische verwachtingen: voor veel leerlingen is het vso de beste plek tot het diploma of tot de overstap naar vervolgonderwijs of werk.
Een leerling kan vanuit het vso terugkeren als de ondersteuningsbehoefte past binnen de basis- en extra ondersteuning van de ontvangende school, als ouders en leerling instemmen en als de ontvangende school een plek heeft in het passende leerjaar. Na de terugkeer krijgt de leerling een terugkeerarrangement: gedurende ten minste een half schooljaar begeleidt een ambulant begeleider van de vso-school de leerling en de mentor op de nieuwe school. Het samenwerkingsverband bekostigt dit arrangement met een vast bedrag van € 3.500 per leerling.
Het bijbehorende stappenplan — wie het initiatief neemt, op welke momenten tijdens de looptijd van de TLV wordt bekeken of terugkeer mogelijk is en wie daarover besluit — stellen wij in het schooljaar 2026-2027 samen met de drie vso-scholen op. Tot die tijd maken de vso-scholen hierover hun eigen afspraken.
In het schooljaar 2024-2025 keerden elf leerlingen vanuit het vso en 31 leerlingen vanuit het OPDC terug naar een reguliere school. Voor de overstap van vso naar mbo werken de vso-scholen samen met het Rivierencollege (mbo) in het programma Entree Plus.
# 8 Dekkend aanbod en thuiszitters
## 8.1 Een samenhangend geheel
De vier niveaus uit hoofdstuk 5 vormen samen het ondersteuningscontinuüm in onze regio: van de basisondersteuning op elke vestiging, via extra ondersteuning op school en de bovenschoolse voorzieningen, naar het vso binnen en buiten de regio. Waar een leerling een combinatie van onderwijs en zorg nodig heeft, maken we een onderwijs-zorgarrangement met de gemeente.
## 8.2 Witte vlekken
Elk jaar in mei bespreekt het netwerk van ondersteuningscoördinatoren met het bureau welke leerlingen het afgelopen jaar geen passende plek konden vinden of lang moesten wachten. Daaruit volgt een korte aanbodanalyse die het bestuur in juni vaststelt. De analyse van 2025 liet drie witte vlekken zien: (1) leerlingen met ernstige angst- of schoolweigeringsproblematiek, (2) hoogbegaafde leerlingen met een bijkomende ondersteuningsvraag en (3) leerlingen die vso nodig hebben in combinatie met intensieve jeugdhulp. Voor de eerste groep starten wij in augustus 2026 de Tussenvoorziening Lingehaven (12 plaatsen), voor de tweede groep breiden wij het arrangement Hoogbegaafdheid Plus uit en voor de derde groep maken wij in 2027 met de gemeenten en De Uiterwaard een gezamenlijk arrangement.
## 8.3 Thuiszitters
Geen jongere mag langer dan vier weken thuiszitten zonder dat er een plan ligt. Scholen melden elke leerling die langer dan twee weken niet of nauwelijks naar school gaat bij de leerplichtambtenaar en bij de consulent van het samenwerkingsverband. Eens per maand bespreken leerplicht, de consulenten en de jeugdconsulenten van de gemeenten alle thuiszitters aan de Thuiszitterstafel. Als afspraken niet tot een plek leiden, heeft de directeur-bestuurder doorzettingsmacht: hij of zij kan een school of voorziening vragen een leerling tijdelijk te plaatsen, op kosten van het samenwerkingsverband. De school waar de leerling staat ingeschreven of is aangemeld, houdt de zorgplicht totdat een andere school de leerling heeft ingeschreven.
# 9 Ouders en leerlingen
## 9.1 Informatie voor ouders
Ouders moeten kunnen weten welke ondersteuning er is en hoe zij die kunnen krijgen. Het samenwerkingsverband informeert ouders op de volgende manieren:
- de ouderpagina op www.swv-lingestroom.nl met uitleg over basisondersteuning, extra ondersteuning, de bovenschoolse voorzieningen, lwoo, pro en vso, en een overzicht van wat elke school biedt;
- de brochure Passend onderwijs in Lingestroom, in het Nederlands, Engels, Arabisch en Pools, die elke basisschool in groep 8 meegeeft;
- twee informatieavonden per jaar in november voor ouders van leerlingen in groep 8 met een ondersteuningsvraag;
- de schoolgids van elke school, waarin de basisondersteuning en het aanbod van de school staan;
- een wekelijks telefonisch spreekuur van de consulenten voor vragen van ouders.
## 9.2 Onafhankelijke ondersteuning
Soms hebben ouders of leerlingen hulp nodig van iemand die niet bij de school of het samenwerkingsverband hoort. Daarvoor is er het Ouder- en Jeugdsteunpunt Lingestroom, dat wordt uitgevoerd door de onafhankelijke stichting Ouderkracht Rivierenland. Het steunpunt is op werkdagen van 9.00 tot 13.00 uur telefonisch en via de chat bereikbaar, denkt mee bij vragen over ondersteuning en kan meegaan naar gesprekken op school. Het steunpunt geeft signalen van ouders geanonimiseerd door aan het bestuur. Daarnaast kunnen ouders kosteloos een beroep doen op de landelijke Onderwijsconsulenten. Bij een klacht over het samenwerkingsverband geldt de klachtenregeling die op de website staat; bij geschillen over toelating, verwijdering of het OPP kunnen ouders naar de Geschillencommissie passend onderwijs.
## 9.3 Leerlingen
Leerlingen hebben het recht om hun mening te geven over hun OPP (hoorrecht). Scholen bespreken het OPP met de leerling voordat het wordt vastgesteld. Het samenwerkingsverband organiseert eens per jaar een leerlingenpanel.
# 10 Samenwerking met gemeenten en jeugdhulp
De vier gemeenten en het samenwerkingsverband voeren twee keer per jaar bestuurlijk overleg. Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer, onderwijshuisvesting voor het OPDC en de aansluiting op de arbeidsmarkt. De gemeenten financieren de schoolmaatschappelijk werkers op elke vestiging; het samenwerkingsverband en de gemeenten bekostigen samen de onderwijs-zorgarrangementen. Het OOGO over dit ondersteuningsplan vond plaats op 15 januari 2026; de gemeenten hebben ingestemd met het plan en hun eigen jeugdbeleidsplannen daarop afgestemd.
# 11 Kwaliteitszorg en beoogde resultaten
## 11.1 Doelen voor de planperiode
Wij hebben onze ambities vertaald naar de volgende doelen. Zij gelden voor de leerlingen met een ondersteuningsbehoefte in onze regio.
| Doel | Uitgangssituatie | Streefwaarde 2030 |
| Alle vestigingen voldoen aan alle standaarden basisondersteuning | 15 van 22 (2025) | 22 van 22 |
| Aantal thuiszitters langer dan vier weken (peildatum 1 oktober) | 23 | ten hoogste 10 |
| Besluit over een TLV-aanvraag binnen zes weken | 81% | 95% |
| Deelnamepercentage vso | 3,4% | ten hoogste 3,5% |
| Leerlingen die vanuit OPDC of vso terugkeren en na een jaar nog op de reguliere school zitten | niet bekend | 80% |
| Ouders die tevreden zijn over de ondersteuning van hun kind | niet bekend | 75% |
## 11.2 Monitoring en verantwoording
Hoe wij de voortgang op deze doelen meten, hoe vaak wij daarover rapporteren en aan wie, leggen wij vast in een monitoringsplan. Dat plan ontwikkelen wij in het eerste planjaar samen met de kwaliteitsmedewerkers van de besturen; de nulmetingen die daarvoor nodig zijn, zijn nog niet voor alle doelen beschikbaar. De evaluatie van het vorige ondersteuningsplan is opgenomen in een afzonderlijk evaluatierapport, dat niet bij dit plan is gevoegd.
# 12 Organisatie, governance en medezeggenschap
## 12.1 Rechtsvorm en bestuur
Samenwerkingsverband VO Lingestroom is een stichting. De negen aangesloten schoolbesturen vormen samen de raad van toezicht; de dagelijkse leiding en het bestuur liggen bij de directeur-bestuurder. De raad van toezicht keurt de begroting, het jaarplan en de jaarrekening goed, houdt toezicht op de rechtmatige besteding van middelen en benoemt de accountant. De directeur-bestuurder wordt ondersteund door een bureau van ongeveer elf fte: consulenten, de CTT, een beleidsmedewerker, een controller en secretariële ondersteuning.
## 12.2 Directeurenoverleg en netwerken
Het directeurenoverleg, waarin een directeur of teamleider van elke school zit, bereidt beleid voor en adviseert de directeur-bestuurder. Het netwerk van ondersteuningscoördinatoren komt zes keer per jaar bijeen en is de belangrijkste plek om ervaringen uit te wisselen en knelpunten te signaleren.
## 12.3 Medezeggenschap
De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het personeel van het bureau heeft een eigen medezeggenschapsraad.
## 12.4 Privacy en ICT
Voor de uitvoering van zijn taken verwerkt het samenwerkingsverband persoonsgegevens van leerlingen, waaronder gegevens over gezondheid. Dat gebeurt alleen als dat nodig is voor de toewijzing van ondersteuning of het besluit over toelaatbaarheid. De gegevens worden opgeslagen in het OndersteuningsLoket, een beveiligde omgeving waartoe alleen de medewerkers van het bureau en de leden van de CTT toegang hebben. Gegevens worden drie jaar na het besluit vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden.
# 13 Personeel en professionalisering
Het lerarentekort raakt ook de ondersteuning. Scholen hebben moeite om ondersteuningscoördinatoren en orthopedagogen te vinden, en de vso-scholen werken met wachtlijsten voor ambulant begeleiders. Het samenwerkingsverband investeert daarom in de deskundigheid van mentoren en ondersteuningscoördinatoren. Elk jaar bieden we een scholingsprogramma aan met modules over handelingsgericht werken, het opstellen van een OPP, omgaan met schoolweigering en het voeren van gesprekken met ouders. Nieuwe ondersteuningscoördinatoren volgen een introductietraject van vier bijeenkomsten. Voor de medewerkers van het bureau geldt een eigen professionaliseringsplan. Wij letten op de werkdruk van onze consulenten: elke consulent is verbonden aan ten hoogste vier scholen.
# 14 Financieel beleid
## 14.1 Uitgangspunten
Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning (waaronder de middelen voor lwoo en pro) en voor zware ondersteuning. Op de middelen voor zware ondersteuning houdt DUO de bekostiging van het vso in. Wij houden zo weinig mogelijk geld centraal: het grootste deel gaat naar de scholen, omdat daar de ondersteuning wordt geboden.
## 14.2 Verdeling over de scholen
De middelen worden als volgt verdeeld. Elke vestiging ontvangt een vaste voet van € 25.000 per jaar en een schoolbudget van € 215 per leerling, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar. De middelen voor lwoo en pro worden doorgegeven aan de besturen op basis van het aantal leerlingen met een lwoo-aanwijzing of pro-verklaring op 1 oktober van het voorgaande jaar. Het OPDC, de Rebound, de arrangementen en de Thuiszitterstafel worden centraal bekostigd. Het bestuur stelt de bedragen jaarlijks vast bij de begroting; wijzigingen in het verdeelmodel vragen instemming van de OPR.
## 14.3 Besteding en verantwoording
Scholen besteden het schoolbudget aan de extra ondersteuning op niveau 2. Elke school legt vóór 1 juni verantwoording af over de besteding in een vast format, waarin staat hoeveel leerlingen ondersteuning kregen, welke ondersteuning dat was en wat het kostte.
## 14.4 Meerjarenbegroting
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten lichte ondersteuning (incl. lwoo en pro) | 9.120 | 9.060 | 8.990 | 8.930 |
| Baten zware ondersteuning | 8.410 | 8.350 | 8.290 | 8.230 |
| Af: inhouding vso door DUO | -6.180 | -6.150 | -6.120 | -6.090 |
| Overige baten | 240 | 240 | 240 | 240 |
| Totaal baten | 11.590 | 11.500 | 11.400 | 11.310 |
| Schoolbudgetten en vaste voet | 3.090 | 3.070 | 3.050 | 3.030 |
| Lwoo en pro naar besturen | 5.260 | 5.220 | 5.180 | 5.140 |
| OPDC De Overstap en Rebound | 1.450 | 1.450 | 1.450 | 1.450 |
| Arrangementen, Lingehaven en thuiszittersaanpak | 980 | 980 | 960 | 960 |
| Terugkeerarrangementen | 70 | 80 | 90 | 90 |
| Bureau, CTT en personeel | 1.020 | 1.040 | 1.060 | 1.080 |
| Totaal lasten | 11.870 | 11.840 | 11.790 | 11.750 |
| Resultaat | -280 | -340 | -390 | -440 |
## 14.5 Reserves
Eind 2025 bedraagt de algemene reserve € 2,35 miljoen. In lijn met de afspraken over bovenmatige reserves begroten wij bewust met een tekort, waardoor de reserve eind 2029 ongeveer € 0,9 miljoen bedraagt. Dat is voldoende om de risico's op te vangen die wij in de risicoparagraaf van de begroting hebben benoemd.
# 15 Planning en jaarcyclus
| Schooljaar | Belangrijkste activiteiten |
| 2026-2027 | Start Tussenvoorziening Lingehaven; monitoringsplan; stappenplan terugplaatsing met de vso-scholen; eerste ronde gesprekken basis op orde |
| 2027-2028 | Gezamenlijk arrangement vso en jeugdhulp; evaluatie verdeelmodel |
| 2028-2029 | Tweede ronde gesprekken basis op orde; herijking OPDC en Rebound met de besturen |
| 2029-2030 | Voorbereiding ondersteuningsplan 2030-2034 met werkconferenties |
Elk jaar stelt het bestuur een jaarplan en een begroting vast, gebaseerd op dit ondersteuningsplan. De OPR wordt over het jaarplan geïnformeerd.
# Bijlage A Begrippenlijst
Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden.
Extra ondersteuning: ondersteuning die verder gaat dan de basisondersteuning.
Jaarverslag: het verslag waarin het samenwerkingsverband jaarlijks verantwoording aflegt over de bereikte resultaten en de besteding van middelen.
Lwoo: leerwegondersteunend onderwijs, extra ondersteuning in het vmbo.
Meerjarenbegroting: begroting voor meerdere jaren.
OPDC: orthopedagogisch-didactisch centrum.
Praktijkonderwijs: een schoolsoort voor leerlingen die niet in staat zijn een diploma in het vmbo te halen.
Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs.
Thuiszitter: een leerplichtige jongere die zonder vrijstelling niet naar school gaat.
Toelaatbaarheidsverklaring: het besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso.
# Bijlage B Afkortingen
CTT - Commissie Toewijzing en Toelaatbaarheid; DUO - Dienst Uitvoering Onderwijs; LBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen; lwoo - leerwegondersteunend onderwijs; OJSP - ouder- en jeugdsteunpunt; OOGO - op overeenstemming gericht overleg; OPDC - orthopedagogisch-didactisch centrum; OPP - ontwikkelingsperspectief; OPR - ondersteuningsplanraad; pro - praktijkonderwijs; TLV - toelaatbaarheidsverklaring; vso - voortgezet speciaal onderwijs.
"""

LABEL_A = {
    "documents": ["vo-lingestroom-ondersteuningsplan-2026-2030.docx"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "5.1 states the board-agreed minimum for all 22 vestigingen and lists 11 concrete voorzieningen; borging via 'basis op orde' gesprekken.",
        "plaatsing": "Ch. 6: CTT, lwoo/pro (landelijke criteria, aanvraag voor 1 maart, 6 weken) and vso TLV with dossier, two deskundigen, four criteria, categorie, duur, LBT bezwaar.",
        "terugstroom": "Ch. 7 gives policy (aim, three conditions, terugkeerarrangement of EUR 3.500) but defers the stappenplan (initiative, evaluation moments, decider) to 2026-2027; 2.1 intro list and glossary do not count.",
        "financien": "Ch. 14: vaste voet EUR 25.000 + EUR 215 per leerling, lwoo/pro by count at 1 oktober; meerjarenbegroting 2026-2029 table; reserves 14.5.",
        "dekkend-aanbod": "5.x + 8.1 continuum of four niveaus incl. OPDC/Rebound/OZA; 8.2 yearly gap analysis with three named witte vlekken and actions; 8.3 Thuiszitterstafel, doorzettingsmacht, zorgplicht.",
        "resultaten": "11.1 table of targets (streefwaarden 2030) = doelen; 11.2 defers how results are measured/reported to a monitoringsplan and refers to an absent evaluatierapport; kengetallen in ch. 4 are context only; 'jaarverslag' appears only in the glossary.",
        "ouders": "9.1 website, brochure in four languages, information evenings, schoolgids, spreekuur; 9.2 independent OJSP, Onderwijsconsulenten, klachten/geschillen.",
    },
}

# ---------------------------------------------------------------------------
# Plan B: VO, .pdf. Samenwerkingsverband VO Kempenrand, "kaderplan op hoofdlijnen".
# ---------------------------------------------------------------------------
PLAN_B = r"""
@title Ondersteuningsplan op hoofdlijnen 2026-2030
@title Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-08)
@title Versie 1.3 - definitief, maart 2026
@pagebreak
@toc
~ Woord vooraf
~ 1 Waar we voor staan
~ 2 Ons samenwerkingsverband
~ 3 Basisondersteuning
~ 4 Ondersteuningsaanbod en dekkend netwerk
~ 5 Toelaatbaarheid vso, lwoo en pro
~ 5.3 Afloop van de TLV en terugkeer
~ 6 Ouders
~ 7 Gemeenten en ketenpartners
~ 8 Bestuur, organisatie en medezeggenschap
~ 9 Geld
~ 10 Kwaliteit en verantwoording
~ 11 Tot slot
~ Bijlage 1 Begrippen
~ Bijlage 2 Kwaliteitskaart basisondersteuning (afzonderlijk document)
~ Bijlage 3 Toewijzingsreglement (zie website)
~ Bijlage 4 Meerjarenbegroting (afzonderlijk document)
@pagebreak
# Woord vooraf
Dit is het vierde ondersteuningsplan van SWV VO Kempenrand. Anders dan de vorige plannen is dit een plan op hoofdlijnen. We beschrijven wat we samen willen en welke kaders gelden. Hoe scholen dat in hun dagelijkse praktijk uitwerken, bepalen de scholen zelf, binnen de afspraken die we in dit plan maken. Daarmee sluiten we aan bij de manier waarop onze besturen werken: veel vertrouwen, korte lijnen en niet meer papier dan nodig.
We kijken met trots terug op de afgelopen periode. De scholen hebben hard gewerkt, in een tijd waarin corona, het lerarentekort en de groeiende vraag naar ondersteuning veel van iedereen vroegen. Mentoren, ondersteuningscoördinatoren en docenten hebben laten zien dat ze er voor hun leerlingen staan. Daar zijn we dankbaar voor.
Een plan op hoofdlijnen vraagt om uitwerking. Een aantal onderdelen werken we daarom uit in afzonderlijke documenten die het bestuur vaststelt en die, waar de wet dat vraagt, ter instemming aan de ondersteuningsplanraad worden voorgelegd. In dit plan verwijzen we daar waar nodig naar.
We danken de ondersteuningsplanraad voor de kritische en constructieve gesprekken over dit plan, en de gemeenten voor het goede overleg.
Namens het bestuur,
Ir. J.P. van den Heuvel, directeur
# 1 Waar we voor staan
## 1.1 Onze opdracht
Het samenwerkingsverband is er voor alle leerlingen in het voortgezet onderwijs in de Kempenrand. Onze wettelijke opdracht is te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen. We doen dat samen met de scholen en de besturen, die eigenaar zijn van de ondersteuning op hun school.
## 1.2 Onze kernwaarden
Bij alles wat we doen, laten we ons leiden door vier kernwaarden.
- Vertrouwen. We gaan ervan uit dat scholen het goede doen voor hun leerlingen. We controleren niet meer dan nodig is.
- Eigenaarschap. De school is verantwoordelijk voor de ondersteuning van haar leerlingen. Het samenwerkingsverband ondersteunt en faciliteert.
- Samenwerking. We lossen vraagstukken samen op, over de grenzen van scholen en besturen heen.
- Eenvoud. We houden procedures zo licht mogelijk. Formulieren vragen alleen wat echt nodig is.
## 1.3 Hoe we werken
We werken vanuit de vraag van de leerling. De school kijkt samen met de leerling en zijn ouders wat er nodig is en wat de school zelf kan bieden. Het samenwerkingsverband denkt mee wanneer een school er niet uitkomt. Wij vinden het belangrijk dat leerlingen, ouders en scholen niet verdwalen in procedures. Daarom hebben we één loket voor alle vragen van scholen: het OndersteuningsPortaal.
We zien ook dat de wereld om ons heen verandert. De Wet versterking positie ouders en leerlingen in het passend onderwijs, de landelijke norm voor basisondersteuning en de plannen voor inclusiever onderwijs zullen de komende jaren gevolgen hebben voor ons werk. Dit plan is zo opgezet dat we die ontwikkelingen kunnen verwerken zonder het plan telkens te herschrijven.
## 1.4 Hoe dit plan tot stand kwam
In het voorjaar van 2025 hebben we de vorige planperiode besproken met de besturen, de schoolleiders en de ondersteuningscoördinatoren. Daarna heeft een kleine schrijfgroep, bestaande uit twee bestuurders, twee schoolleiders en de directeur, de hoofdlijnen van dit plan opgesteld. Het concept is in het najaar van 2025 besproken in het bestuurlijk overleg, in twee bijeenkomsten met de ondersteuningscoördinatoren en in een themavergadering van de ondersteuningsplanraad. De vragen en opmerkingen uit die gesprekken hebben we zoveel mogelijk verwerkt. Waar we een suggestie niet hebben overgenomen, hebben we dat aan de OPR toegelicht.
## 1.5 Relatie met andere documenten
Dit plan staat niet op zichzelf. Het wordt uitgewerkt in een aantal andere documenten:
- het jaarplan, dat het bestuur elk jaar in juni vaststelt en waarin staat welke activiteiten we in het komende schooljaar uitvoeren;
- de jaarbegroting en de meerjarenbegroting, die de ALV elk jaar in december vaststelt;
- het Toewijzingsreglement, waarin de werkwijze van de CvT is vastgelegd;
- de Kwaliteitskaart basisondersteuning;
- de statuten, het huishoudelijk reglement en het managementstatuut van de vereniging;
- het reglement van de ondersteuningsplanraad.
Wijzigingen in deze documenten die gevolgen hebben voor de inhoud van dit plan, leggen we ter instemming voor aan de OPR.
## 1.6 Landelijke ontwikkelingen
De komende jaren verandert er veel in het passend onderwijs. Het kabinet werkt aan een landelijke norm voor basisondersteuning, die voor alle scholen in Nederland moet gaan gelden. De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt nieuwe verplichtingen met zich mee voor scholen en samenwerkingsverbanden. Daarnaast is er de landelijke ambitie om het onderwijs inclusiever te maken, zodat meer leerlingen samen naar school kunnen. Wat die ontwikkelingen voor onze regio betekenen, is nog niet in alle opzichten duidelijk. We volgen ze nauwgezet en bespreken ze met de besturen en de OPR zodra er meer bekend is. Waar nodig passen we dit plan tussentijds aan.
## 2.1 De regio
De Kempenrand is een regio met een stedelijke kern en een groot landelijk gebied. In de regio liggen vijf gemeenten. Het samenwerkingsverband telt zes aangesloten schoolbesturen met samen elf scholen voor voortgezet onderwijs, waaronder één school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 zaten er ongeveer 8.400 leerlingen op deze scholen.
| School | Bestuur | Onderwijstype |
| Kempencollege | Stichting Kempenonderwijs | vmbo, havo, vwo |
| Het Rijnlandlyceum Kempen | Stichting Kempenonderwijs | havo, vwo, gymnasium |
| Sint-Janscollege | Stichting Katholiek VO Kempenrand | vmbo, havo, vwo |
| Sint-Jans Vakcollege | Stichting Katholiek VO Kempenrand | vmbo basis, kader, gemengd |
| De Heide | Vereniging Christelijk VO | vmbo, havo |
| Praktijkschool De Werkplaats | Vereniging Christelijk VO | praktijkonderwijs |
| Groen College Kempen | Stichting Groen Onderwijs | vmbo groen |
| Montessori College Kempenrand | Stichting Vrij VO | havo, vwo |
| Het Baken | Stichting Vrij VO | vmbo, havo |
| De Kempenhorst | Stichting Speciaal Onderwijs Zuid | vso cluster 4 |
| De Meander | Stichting Speciaal Onderwijs Zuid | vso cluster 3 |
## 2.2 Ontwikkelingen
Het aantal leerlingen in de regio daalt de komende jaren, vooral in het landelijk gebied. Tegelijk zien scholen meer leerlingen met complexe vragen: sociaal-emotionele problemen, angst en somberheid, en leerlingen die veel verzuimen. Ook het aantal nieuwkomers is gestegen. Deze ontwikkelingen vragen veel van de scholen en van de mensen die er werken.
Ook de arbeidsmarkt in het onderwijs is krap. Vooral in de technische vakken en in de talen is het moeilijk om bevoegde docenten te vinden. Scholen werken met zij-instromers, onderwijsassistenten en vakoverstijgende teams om de lessen door te laten gaan. Dat heeft ook gevolgen voor de ondersteuning: mentoren hebben minder tijd, en ondersteuningscoördinatoren worden vaker ingezet voor lesgevende taken.
# 3 Basisondersteuning
Basisondersteuning is de ondersteuning die elke school voor voortgezet onderwijs in de Kempenrand, op elke vestiging, ten minste biedt aan alle leerlingen die dat nodig hebben. De besturen hebben dit niveau samen afgesproken; het geldt voor alle scholen gelijk. Een school kan meer bieden dan de basisondersteuning; dat staat dan in het schoolondersteuningsprofiel en de schoolgids van de school.
Basisondersteuning bestaat in onze regio uit vier onderdelen:
- basiskwaliteit: het onderwijs voldoet aan de eisen van de Inspectie;
- preventieve en licht curatieve interventies;
- een goede onderwijsondersteuningsstructuur;
- planmatig en handelingsgericht werken.
De uitwerking van deze vier onderdelen in concrete standaarden staat in de Kwaliteitskaart basisondersteuning (bijlage 2), die als afzonderlijk document door het bestuur wordt vastgesteld. De besturen leggen eens per jaar in het bestuurlijk overleg verantwoording af over de mate waarin hun scholen de basisondersteuning bieden.
# 4 Ondersteuningsaanbod en dekkend netwerk
In dit plan op hoofdlijnen beschrijven we het ondersteuningsaanbod in de regio niet uitputtend. Het overzicht van voorzieningen in onze regio, de Aanbodkaart Kempenrand, stellen we in het schooljaar 2026-2027 opnieuw op samen met de besturen, inclusief de plannen voor een tussenvoorziening. Ook de analyse of ons netwerk dekkend is, en welke leerlingen nu tussen wal en schip vallen, volgt in de loop van 2027. De uitkomsten nemen we op in het jaarplan 2027-2028.
# 5 Toelaatbaarheid vso, lwoo en pro
## 5.1 Voortgezet speciaal onderwijs
Voor toelating tot het vso is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag verloopt zo:
- Stap 1. De school waar de leerling is ingeschreven bespreekt de situatie in het ondersteuningsteam, met de ouders en met de leerling.
- Stap 2. De school dient de aanvraag in via het OndersteuningsPortaal. Bij de aanvraag horen het OPP met de evaluatie daarvan, het groeidocument en de zienswijze van ouders.
- Stap 3. Twee deskundigen van het samenwerkingsverband beoordelen de aanvraag: een orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag van de leerling. Zij geven elk een eigen schriftelijk advies.
- Stap 4. De Commissie van Toelaatbaarheid (CvT) neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit en stuurt dat naar de school en de ouders.
Een TLV geldt voor ten hoogste twee schooljaren en loopt altijd tot en met 31 juli. Bij cluster 3 stelt de CvT ook de bekostigingscategorie vast. De criteria waarop de CvT haar besluit baseert, zijn vastgelegd in het Toewijzingsreglement, dat op onze website staat (bijlage 3).
## 5.2 Leerwegondersteunend onderwijs en praktijkonderwijs
De VO-school waar de leerling is aangemeld vraagt uiterlijk 1 april voor de start van het eerste leerjaar een aanwijzing lwoo of een toelaatbaarheidsverklaring pro aan via het OndersteuningsPortaal. De school voegt het onderwijskundig rapport en de toetsgegevens toe. De CvT beslist binnen vier weken. Welke criteria daarbij gelden, staat eveneens in het Toewijzingsreglement. Voor leerlingen die later instromen, kan een aanvraag het hele jaar door worden ingediend.
## 5.3 Afloop van de TLV en terugkeer
Een plaatsing in het vso is wat ons betreft tijdelijk waar dat kan. We willen dat een leerling teruggaat naar het regulier voortgezet onderwijs zodra dat verantwoord is, bij voorkeur naar een school in de eigen woonomgeving. Voorwaarde is dat de ontvangende school kan bieden wat de leerling nodig heeft, zo nodig met extra ondersteuning. Na de overstap ontvangt de leerling gedurende zes maanden begeleiding vanuit de vso-school, die het samenwerkingsverband bekostigt.
Zo verloopt de terugkeer:
- De vso-school evalueert het OPP van elke leerling ten minste één keer per jaar en bespreekt daarbij met ouders en leerling of terugkeer naar het regulier onderwijs mogelijk is.
- In het laatste jaar van de TLV voert de vso-school vóór 1 februari een gesprek met ouders, leerling en de consulent van het samenwerkingsverband over het vervolg: terugkeer, overstap naar vervolgonderwijs of verlenging.
- Als terugkeer het advies is, zoekt de vso-school samen met ouders een reguliere school en regelt zij een warme overdracht, met een overdrachtsgesprek vóór 1 juni.
- Als verlenging nodig is, dient de vso-school uiterlijk 1 april een nieuwe aanvraag in bij de CvT, die daarover beslist volgens de procedure in 5.1.
- De TLV eindigt op 31 juli van het laatste schooljaar; de leerling start na de zomervakantie op de reguliere school.
# 6 Ouders
Ouders zijn belangrijke partners. Zij kennen hun kind het best en worden betrokken bij elke stap: bij het OPP, in het ondersteuningsteam en bij een aanvraag voor een TLV. Ouders worden op verschillende manieren geïnformeerd over de ondersteuning in de regio:
- op de website van het samenwerkingsverband, met per school een korte beschrijving van de ondersteuning en de contactgegevens van de ondersteuningscoördinator;
- via de schoolgids en het schoolondersteuningsprofiel van elke school;
- via de ouderfolder Wat als mijn kind extra ondersteuning nodig heeft?, die de scholen bij de aanmelding meegeven;
- tijdens de informatieavond over passend onderwijs die het samenwerkingsverband elk jaar in januari organiseert, samen met het samenwerkingsverband PO.
Ouders die vragen hebben over de ondersteuning van hun kind kunnen in eerste instantie terecht bij de mentor of de ondersteuningscoördinator van de school. Komen zij er met de school niet uit, dan kunnen zij contact opnemen met het bureau van het samenwerkingsverband. Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de wet dat verplicht; de voorbereiding daarvan bespreken we in 2027 met de ondersteuningsplanraad.
# 7 Gemeenten en ketenpartners
Het samenwerkingsverband werkt samen met de vijf gemeenten in de regio. Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 3 maart 2026 met de wethouders onderwijs en jeugd. De gemeenten hebben laten weten dat het plan geen aanleiding geeft tot bezwaren. De inhoudelijke afspraken over de samenwerking tussen onderwijs en jeugdhulp leggen we vast in de regionale OOGO-agenda, die geen onderdeel is van dit plan. Het overleg met het samenwerkingsverband PO Kempenrand vond plaats op 10 februari 2026.
# 8 Bestuur, organisatie en medezeggenschap
## 8.1 Rechtsvorm
Het samenwerkingsverband is een vereniging. De leden zijn de zes aangesloten schoolbesturen. De algemene ledenvergadering (ALV) stelt het ondersteuningsplan, de begroting en de jaarrekening vast. Het bestuur bestaat uit drie onafhankelijke leden en houdt toezicht op de directeur, aan wie de dagelijkse leiding is gemandateerd. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het managementstatuut.
## 8.2 Het bureau
Het bureau is klein. Er werken een directeur, een beleidsmedewerker, twee consulenten, een secretaris van de CvT, een orthopedagoog en een medewerker financiën en administratie, samen ongeveer zes fte. De deskundigen voor de CvT worden deels ingehuurd. We kiezen bewust voor een klein bureau, omdat we de middelen zoveel mogelijk bij de scholen willen laten.
## 8.3 Personeel en professionalisering
Voor de medewerkers van het bureau geldt de cao VO. Elke medewerker heeft een persoonlijk ontwikkelplan en een jaarlijks gesprek met de directeur. De consulenten en de orthopedagoog nemen deel aan landelijke netwerken. Voor de ondersteuningscoördinatoren van de scholen organiseren we vier keer per jaar een netwerkbijeenkomst, waar zij kennis delen en elkaar bevragen. De scholing van docenten is een taak van de besturen; het samenwerkingsverband kan die aanvullen met bijeenkomsten rond actuele thema's.
## 8.4 Communicatie met scholen
Het bureau houdt de scholen op de hoogte via een digitale nieuwsbrief, die vijf keer per jaar verschijnt, en via de netwerkbijeenkomsten van de ondersteuningscoördinatoren. Schoolleiders worden geïnformeerd in het bestuurlijk overleg en in de jaarlijkse schoolleidersbijeenkomst in oktober. Elke school heeft een vaste consulent als aanspreekpunt bij het bureau. Vragen van scholen worden binnen vijf werkdagen beantwoord.
## 8.5 Medezeggenschap
De ondersteuningsplanraad (OPR) bestaat uit acht leden: vier personeelsleden en vier ouders of leerlingen. De leden worden afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR heeft op 12 maart 2026 ingestemd met dit plan. De OPR vergadert ten minste vier keer per jaar en heeft een eigen reglement. Het bureau ondersteunt de OPR met een ambtelijk secretaris.
## 8.6 Privacy en informatiebeveiliging
Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor de toewijzing van ondersteuning en het nemen van besluiten over toelaatbaarheid. We houden ons daarbij aan de Algemene verordening gegevensbescherming (AVG). Gegevens worden opgeslagen in het OndersteuningsPortaal, dat voldoet aan de eisen van het Privacyconvenant Onderwijs. Alleen medewerkers die de gegevens nodig hebben voor hun werk hebben toegang. Dossiers worden drie jaar na het laatste besluit vernietigd. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming.
## 8.7 ICT
Het OndersteuningsPortaal wordt geleverd door een externe leverancier. In 2026 vervangen we het huidige portaal door een nieuwe versie, die beter aansluit op de leerlingvolgsystemen van de scholen. Scholen hoeven daardoor minder gegevens dubbel in te voeren. De overgang vindt plaats in de zomervakantie van 2026.
# 9 Geld
## 9.1 Inkomsten
Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, waaronder de middelen voor lwoo en pro, en middelen voor zware ondersteuning. DUO houdt de kosten van het vso in op de middelen voor zware ondersteuning.
## 9.2 Verdeling
We verdelen de middelen volgens deze afspraken:
- De middelen voor lichte ondersteuning, inclusief lwoo en pro, gaan volledig naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar.
- Van de middelen voor zware ondersteuning worden na de inhouding door DUO eerst de kosten van het bureau, de CvT en de begeleiding na terugkeer uit het vso betaald. Wat overblijft, gaat eveneens naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar.
- De besturen ontvangen vier keer per jaar een voorschot. Na vaststelling van de jaarrekening volgt de afrekening.
## 9.3 Besteding
De besturen bepalen zelf waaraan zij hun deel van de middelen besteden, in lijn met dit plan en met de schoolondersteuningsprofielen. De meerjarenbegroting wordt jaarlijks door de ALV vastgesteld en is als afzonderlijk document beschikbaar (bijlage 4); zij maakt geen deel uit van dit plan. De besturen verantwoorden de besteding in hun eigen jaarverslag.
# 10 Kwaliteit en verantwoording
Een nieuw kwaliteitskader, waarin staat wat we de komende jaren willen bereiken en hoe we dat volgen, is in ontwikkeling. Het wordt ter instemming aan de OPR voorgelegd zodra het gereed is. Tot die tijd verwijzen we voor de verantwoording naar het jaarverslag op onze website. De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband; het laatste inspectiebezoek vond plaats in 2023.
# 11 Tot slot
Dit plan is een kader. Het krijgt betekenis door wat scholen, besturen en het samenwerkingsverband er de komende vier jaar mee doen. We bespreken het plan elk jaar met de OPR en passen het zo nodig aan. Wijzigingen worden ter instemming voorgelegd. We nodigen iedereen die met het plan werkt uit om ons te laten weten wat goed gaat en wat beter kan.
Dit plan is op 19 maart 2026 vastgesteld door de algemene ledenvergadering en voor 1 mei 2026 toegezonden aan de Inspectie van het Onderwijs.
# Bijlage 1 Begrippen
Aanbodkaart: overzicht van alle voorzieningen en arrangementen in de regio.
Basisondersteuning: de ondersteuning die elke school ten minste biedt.
CvT: Commissie van Toelaatbaarheid.
Dekkend netwerk: een netwerk van voorzieningen waarin voor elke leerling een passende plek is.
Lwoo: leerwegondersteunend onderwijs.
OJSP: ouder- en jeugdsteunpunt, een onafhankelijke plek waar ouders en jongeren terechtkunnen met vragen over passend onderwijs.
OPP: ontwikkelingsperspectief.
OPR: ondersteuningsplanraad.
Pro: praktijkonderwijs.
Thuiszitter: een leerling die niet naar school gaat zonder dat daarvoor een vrijstelling is verleend.
TLV: toelaatbaarheidsverklaring.
Vso: voortgezet speciaal onderwijs.
# Bijlage 2 Kwaliteitskaart basisondersteuning
De kwaliteitskaart basisondersteuning is een afzonderlijk document en is op te vragen bij het bureau van het samenwerkingsverband.
# Bijlage 3 Toewijzingsreglement
Het Toewijzingsreglement staat op www.swv-kempenrand.nl/toewijzing.
# Bijlage 4 Meerjarenbegroting
De meerjarenbegroting 2026-2030 wordt in december 2026 door de algemene ledenvergadering vastgesteld.
"""

LABEL_B = {
    "documents": ["vo-kempenrand-ondersteuningsplan-op-hoofdlijnen.pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "missing",
                 "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["verantwoording"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 3 defines the SWV-wide minimum for every vestiging (niveau) but gives only the four generic Referentiekader aspects; the concrete standards sit in the absent Kwaliteitskaart (bijlage 2).",
        "plaatsing": "5.1/5.2 give steps, portal, two deskundigen, CvT, 6/4 weeks, duur and categorie, but criteria for vso, lwoo and pro are only 'in het Toewijzingsreglement' on the website (bijlage 3).",
        "terugstroom": "Hidden in 5.3 of the TLV chapter: policy (temporary where possible, thuisnabij, condition, six months begeleiding) and procedure (yearly OPP evaluation, gesprek voor 1 februari, overdracht, end 31 juli).",
        "financien": "9.2 verdeling naar rato leerlingen op 1 oktober, quarterly voorschot; 9.3 says boards decide spending themselves and the meerjarenbegroting is a separate document (bijlage 4, set in December 2026): no amounts anywhere.",
        "dekkend-aanbod": "1.1 only quotes the statutory aim (samenhangend geheel) and ch. 4 only defers (Aanbodkaart in 2026-2027, gap analysis 'volgt in de loop van 2027'); school list in 2.1 gives no offer; OOGO in ch. 7 is procedural and refers content to a separate OOGO-agenda; 'dekkend netwerk'/'thuiszitter' only in the glossary.",
        "resultaten": "No targets and no monitoring: ch. 10 says a kwaliteitskader 'is in ontwikkeling' and refers to the jaarverslag on the website; 'resultaten' only as passing words in the Woord vooraf.",
        "ouders": "Ch. 6 lists website, schoolgids/SOP, ouderfolder, yearly information evening; independent help only 'zodra de wet dat verplicht' (OJSP deferred, appears only in the glossary); the school and SWV bureau are not independent.",
    },
}

# ---------------------------------------------------------------------------
# Plan C: VO, .html web version. Samenwerkingsverband VO De Brede Waard.
# ---------------------------------------------------------------------------
PLAN_C = r"""
@title Ondersteuningsplan 2026-2030 - webversie
@toc
~ Over dit plan
~ Onze koers
~ Basisondersteuning: wat elke school biedt
~ Extra ondersteuning en voorzieningen
~ Toelaatbaarheid: vso, lwoo en pro
~ Thuiszitters en een dekkend netwerk
~ Samenwerking met gemeenten
~ Overstappen: van po naar vo en van vo naar mbo
~ Geld en middelen
~ Kwaliteit: doelen en monitoring
~ Organisatie en medezeggenschap
~ Personeel en professionalisering
~ Privacy en ICT
~ Planning 2026-2030
~ Begrippenlijst
# Over dit plan
Dit is de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO De Brede Waard (VO 28-04). De webversie bevat de volledige tekst van het plan zoals die op 2 april 2026 door het bestuur is vastgesteld, na instemming van de ondersteuningsplanraad op 12 maart 2026 en na het op overeenstemming gericht overleg met de gemeenten op 5 februari 2026. Een pdf-versie kunt u downloaden onderaan deze pagina.
Het plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030. Het samenwerkingsverband omvat zeventien scholen voor voortgezet onderwijs met 24 vestigingen, twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs in de gemeenten Waardhoven, Brakel-Oost, Zaltland en Ammersvoorde. Op 1 oktober 2025 telde het samenwerkingsverband 14.260 leerlingen.
We hebben dit plan bewust kort en leesbaar gehouden. Elke pagina begint met de kern en gaat daarna de diepte in. Woorden die niet iedereen kent, staan in de begrippenlijst.
## Het samenwerkingsverband in cijfers
| Kengetal (1 oktober 2025) | Aantal |
| Aangesloten schoolbesturen | 10 |
| Scholen regulier vo (vestigingen) | 17 (24) |
| Scholen voor praktijkonderwijs | 2 |
| Scholen voor vso | 3 |
| Leerlingen totaal | 14.260 |
| Leerlingen met lwoo | 1.512 |
| Leerlingen in het praktijkonderwijs | 498 |
| Leerlingen in het vso | 561 |
## Hoe dit plan tot stand kwam
Het plan is in 2025 voorbereid in vier werkgroepen: basisondersteuning, voorzieningen, toewijzing en financiën. In elke werkgroep zaten schoolleiders, ondersteuningscoördinatoren en medewerkers van het bureau. De uitkomsten zijn besproken in het bestuurlijk overleg, met de gemeenten en met de ondersteuningsplanraad. Daarna heeft het bureau de tekst geschreven. We hebben gekozen voor een webversie, omdat die beter leesbaar is op telefoon en tablet en omdat we onderdelen gemakkelijker kunnen actualiseren.
# Onze koers
De Brede Waard wil een regio zijn waar elke jongere tot zijn recht komt. Dat betekent: onderwijs dat past, zo dicht mogelijk bij huis, met de ondersteuning die nodig is. In de vorige planperiode hebben we geïnvesteerd in de bovenschoolse voorzieningen en in de aanpak van thuiszitten. In deze periode leggen we het accent op de basis in de scholen. Een sterke basis voorkomt dat jongeren vastlopen en maakt zwaardere ondersteuning minder vaak nodig.
Onze koers rust op drie pijlers:
- Sterk in de basis. Elke school biedt dezelfde, stevige basisondersteuning, zodat het voor een leerling niet uitmaakt op welke school hij zit.
- Snel en dichtbij. Als een leerling meer nodig heeft, organiseren we dat snel en zo dicht mogelijk bij de eigen school.
- Samen met de regio. Onderwijs, jeugdhulp en gemeenten werken vanuit één plan rond de jongere.
Bij elke pijler horen doelen. Die staan op de pagina Kwaliteit: doelen en monitoring.
# Basisondersteuning: wat elke school biedt
Basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen in De Brede Waard ten minste bieden. De besturen hebben dit niveau samen vastgesteld in de Standaarden Basisondersteuning 2025. Een school die meer biedt, beschrijft dat in haar schoolgids. Leerlingen hoeven voor basisondersteuning geen aanvraag te doen: zij krijgen die op de eigen school.
| Standaard | Wat betekent dit op elke school? |
| 1 Begeleiding door de mentor | Elke leerling heeft een mentor met minimaal één uur mentorles per week in de onderbouw en een individueel gesprek per periode. |
| 2 Ondersteuningscoördinator | Elke vestiging heeft een ondersteuningscoördinator die de ondersteuning organiseert en aanspreekpunt is. |
| 3 Ondersteuningsteam | Elke vestiging heeft een ondersteuningsteam met een orthopedagoog, de jeugdverpleegkundige en de schoolmaatschappelijk werker. |
| 4 Dyslexie en dyscalculie | Elke school werkt met het regionale protocol en biedt faciliteiten als extra tijd, voorleessoftware en aangepaste toetsen. |
| 5 Sociaal-emotionele ondersteuning | Elke school biedt een training weerbaarheid of faalangstreductie en heeft een aanpak tegen pesten. |
| 6 Executieve functies | Elke school biedt begeleiding bij plannen en organiseren, ten minste in de onderbouw. |
| 7 Opvang | Elke vestiging heeft een opvangplek met toezicht voor leerlingen die tijdelijk niet in de les kunnen zijn. |
| 8 Medische zorg | Elke school heeft een protocol voor medisch handelen en medicijnverstrekking. |
| 9 Ontwikkelingsperspectief | Voor elke leerling die extra ondersteuning krijgt, is binnen zes weken een OPP opgesteld. |
| 10 Verzuim | Elke school volgt het regionale verzuimprotocol en meldt zorgwekkend verzuim binnen drie dagen. |
Het samenwerkingsverband bezoekt elke vestiging eens in de twee jaar voor een kwaliteitsdialoog over de standaarden. Als een vestiging niet aan een standaard voldoet, maken bestuur en samenwerkingsverband een verbeterafspraak met een termijn van ten hoogste een schooljaar.
# Extra ondersteuning en voorzieningen
Als de basisondersteuning niet genoeg is, is er extra ondersteuning. We onderscheiden drie lagen, die samen met de basisondersteuning het ondersteuningscontinuüm van de regio vormen.
## Laag 1: extra ondersteuning op de eigen school
Elke school ontvangt een schoolbudget waarmee zij extra ondersteuning kan organiseren: bijvoorbeeld een ondersteuningsklas, een time-in voorziening, individuele begeleiding of inzet van een ambulant begeleider van het vso.
## Laag 2: bovenschoolse voorzieningen
Het samenwerkingsverband organiseert voorzieningen die voor alle scholen beschikbaar zijn:
- OPDC De Brug in Waardhoven, met 60 plaatsen voor leerlingen in vmbo en havo die tijdelijk een kleine, gestructureerde leeromgeving nodig hebben. De leerling blijft ingeschreven op de eigen school; een traject duurt maximaal een schooljaar.
- De Rebound, een time-out van maximaal tien weken voor leerlingen bij wie het gedrag op school vastloopt.
- De Internationale Schakelklas (ISK) voor nieuwkomers van 12 tot 18 jaar, met 140 plaatsen op twee locaties.
- Het plusprogramma Brede Blik voor hoogbegaafde leerlingen die op hun school onvoldoende uitdaging vinden.
- Het arrangement Onderwijs en Zorg, waarin onderwijs en jeugdhulp op één locatie samenwerken voor leerlingen met psychiatrische problematiek.
## Laag 3: voortgezet speciaal onderwijs
Drie vso-scholen bieden specialistisch onderwijs: De Waardstroom (cluster 4), De Kade (cluster 3, zeer moeilijk lerend) en Het Rivierpaviljoen (cluster 3, langdurig ziek en lichamelijk gehandicapt). Voor een plaatsing in het vso is een toelaatbaarheidsverklaring nodig.
## Hoogbegaafdheid
Met de extra middelen voor hoogbegaafdheid die het samenwerkingsverband in 2024 ontving, is het plusprogramma Brede Blik opgezet. Leerlingen volgen één dagdeel per week een verdiepingsprogramma op een van de drie deelnemende scholen, naast hun gewone rooster. Daarnaast hebben zes scholen een begeleider hoogbegaafdheid opgeleid die collega's op andere scholen adviseert. In de planperiode onderzoeken we met de besturen of een voltijdsvoorziening voor hoogbegaafde leerlingen die volledig vastlopen nodig is.
## Nieuwkomers
De ISK biedt nieuwkomers van 12 tot 18 jaar gemiddeld anderhalf tot twee jaar intensief taalonderwijs en oriëntatie op het Nederlandse onderwijs. Na de ISK stromen leerlingen door naar een reguliere school voor voortgezet onderwijs, het praktijkonderwijs of het mbo. Om die overstap soepel te laten verlopen, werken de ISK en de ontvangende scholen met een gezamenlijk overdrachtsdocument en begeleidt een taalcoach de leerling in het eerste halfjaar op de nieuwe school.
## Expertise delen
De vso-scholen en het OPDC hebben kennis die reguliere scholen goed kunnen gebruiken. Daarom kunnen scholen kosteloos consultatie aanvragen bij het Expertisepunt, een samenwerking van de drie vso-scholen en het OPDC. Een specialist komt dan op school meekijken, adviseert de mentor of geeft een teamscholing. In 2025 werd het Expertisepunt 212 keer ingeschakeld.
# Toelaatbaarheid: vso, lwoo en pro
Hoe een school een aanvraag indient en welke stappen daarbij gelden, staat op de pagina Route naar ondersteuning op onze website. De werkwijze van de nieuwe Commissie Toewijzing, die in 2027 de huidige toewijzingscommissie vervangt, wordt in de loop van 2026 vastgesteld. Op deze pagina beschrijven we de criteria.
## Criteria voor een toelaatbaarheidsverklaring vso
Een leerling is toelaatbaar tot het vso als aan alle vier de volgende criteria is voldaan:
| Criterium | Toelichting |
| A Ondersteuningsbehoefte | De ondersteuningsbehoefte van de leerling overstijgt wat de reguliere school en de bovenschoolse voorzieningen kunnen bieden, op het gebied van leren, gedrag, communicatie of lichamelijke en medische verzorging. |
| B Ingezette ondersteuning | De school heeft ten minste twee periodes van extra ondersteuning ingezet en geëvalueerd in het OPP, tenzij evident is dat dit geen zin heeft. |
| C Intensiteit | De leerling heeft een combinatie van onderwijs en specialistische begeleiding in een kleine groep nodig, gedurende het grootste deel van de schooldag. |
| D Perspectief | Het vso kan de leerling een passend uitstroomperspectief bieden. |
Bij cluster 3 bepaalt het samenwerkingsverband ook de bekostigingscategorie: laag, midden of hoog. Een TLV wordt afgegeven voor één tot drie schooljaren.
## Criteria voor lwoo
De Brede Waard gebruikt de landelijke criteria. Een leerling komt in aanmerking voor lwoo bij een IQ van 75 tot en met 90 en een leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Leerlingen met een IQ van 91 tot en met 120 met een vergelijkbare leerachterstand komen in aanmerking als er sprake is van sociaal-emotionele problematiek die het leren belemmert.
## Criteria voor praktijkonderwijs
Voor praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een leerachterstand van 50 procent of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen.
# Thuiszitters en een dekkend netwerk
## Waar lopen we tegenaan?
Niet voor elke jongere is er direct een passende plek. We houden dat bij op drie manieren: de consulenten registreren elke jongere die geen passende plek heeft of langer dan vier weken thuiszit; elk kwartaal bespreken we wachtlijsten met de voorzieningen en de vso-scholen; en eens per jaar maken we met de besturen een analyse van het aanbod. De analyse van 2025 leverde drie knelpunten op: wachtlijsten bij het vso cluster 4, te weinig plekken voor jongeren met een combinatie van autisme en angst, en een gebrek aan maatwerk voor jongeren die na langdurig verzuim terugkomen.
## Wat doen we eraan?
- In 2026 breiden we het arrangement Onderwijs en Zorg uit met twaalf plaatsen voor jongeren met autisme en angst.
- Met De Waardstroom maken we afspraken om de wachtlijst in 2027 terug te brengen tot maximaal zes weken.
- We starten in 2026 met Herstart, een programma voor jongeren die na langdurig verzuim weer naar school gaan.
## Thuiszitters
Elke school meldt een leerling die vier weken of langer niet naar school gaat bij het Thuiszittersoverleg. In dat overleg zitten de leerplichtambtenaren, de consulenten van het samenwerkingsverband en de jeugdconsulenten van de gemeenten. Het overleg stelt binnen twee weken een plan op. Als betrokken partijen niet tot een oplossing komen, neemt de directeur-bestuurder van het samenwerkingsverband een besluit (doorzettingsmacht). De school van inschrijving blijft verantwoordelijk totdat een nieuwe plek is gevonden.
# Wat betekent dit plan voor scholen?
Voor scholen verandert er in deze planperiode vooral iets in de basis. De tien standaarden zijn aangescherpt en worden elke twee jaar besproken in de kwaliteitsdialoog. Scholen die nog niet aan alle standaarden voldoen, krijgen ondersteuning vanuit het professionaliseringsaanbod en kunnen een beroep doen op het Expertisepunt. Daarnaast verandert de toewijzing: in 2027 start de nieuwe Commissie Toewijzing. Tot die tijd blijft de huidige werkwijze van kracht. Tot slot vragen we scholen om gegevens over ondersteuning op een vaste manier te registreren, zodat we de resultaten op regioniveau kunnen volgen zonder scholen extra werk te bezorgen.
# Samenwerking met gemeenten
De Brede Waard werkt nauw samen met de vier gemeenten. In het OOGO hebben we afspraken gemaakt over vier thema's: jeugdhulp op school, thuiszitters, leerlingenvervoer en de aansluiting met het mbo en de arbeidsmarkt. Elke school heeft een jeugd- en gezinscoach van de gemeente die één dag per week op school is. De gemeenten en het samenwerkingsverband financieren samen het arrangement Onderwijs en Zorg en het programma Herstart.
De gemeenten en het samenwerkingsverband hebben in 2025 het convenant Jeugdhulp op school afgesloten. Daarin staat dat jeugdhulp onder schooltijd op school kan worden geboden als dat nodig is om een jongere onderwijs te laten volgen, en dat de jeugd- en gezinscoach en de ondersteuningscoördinator samen één plan maken als een jongere zowel op school als thuis ondersteuning nodig heeft.
Twee keer per jaar voeren de wethouders onderwijs en jeugd en de directeur-bestuurder bestuurlijk overleg. Eén keer per jaar organiseren we een gezamenlijke conferentie voor scholen, jeugdhulp en gemeenten.
# Overstappen: van po naar vo en van vo naar mbo
De overstap van de basisschool naar het voortgezet onderwijs is een kwetsbaar moment. Samen met Samenwerkingsverband PO De Brede Waard hebben we een overstapkalender afgesproken. Voor leerlingen met een ondersteuningsvraag organiseren we een warme overdracht: de basisschool, de ontvangende school en zo nodig het samenwerkingsverband bespreken de leerling vóór 1 mei.
Ook de overstap naar het mbo vraagt aandacht. Met het ROC De Waarden hebben we afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsvraag. Jongeren uit het praktijkonderwijs en het vso kunnen deelnemen aan het programma Werkroute, dat hen begeleidt naar werk of een entreeopleiding.
# Geld en middelen
## Inkomsten
In 2026 ontvangt De Brede Waard naar verwachting € 21,4 miljoen aan rijksmiddelen voor passend onderwijs. Daarvan is € 11,2 miljoen bestemd voor lichte ondersteuning (inclusief lwoo en pro) en € 10,2 miljoen voor zware ondersteuning. DUO houdt daarop € 7,3 miljoen in voor de bekostiging van het vso.
## Zo verdelen we de middelen
- Lwoo en pro: de middelen gaan naar de besturen op basis van het aantal leerlingen met lwoo en pro op 1 oktober van het voorgaande jaar (in 2026 € 8,6 miljoen).
- Schoolbudget: elke school ontvangt € 180 per leerling, op basis van het leerlingaantal op 1 oktober van het voorgaande jaar (in 2026 € 2,6 miljoen).
- Bovenschoolse voorzieningen: het OPDC, de Rebound, de ISK-ondersteuning en het plusprogramma worden centraal bekostigd (€ 2,3 miljoen).
- Arrangementen: scholen kunnen voor individuele leerlingen een arrangement aanvragen bij de consulent. Een arrangement wordt toegekend als de school aantoont dat de leerling meer nodig heeft dan het schoolbudget toelaat en het OPP doelen en een evaluatiedatum bevat. Het budget daarvoor is € 0,4 miljoen per jaar.
## Meerjarenbegroting
| Bedragen x € 1 miljoen | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte ondersteuning | 11,2 | 11,1 | 11,0 | 10,9 |
| Rijksbijdrage zware ondersteuning | 10,2 | 10,1 | 10,0 | 9,9 |
| Inhouding vso door DUO | -7,3 | -7,3 | -7,2 | -7,2 |
| Beschikbaar | 14,1 | 13,9 | 13,8 | 13,6 |
| Lwoo en pro naar besturen | 8,6 | 8,5 | 8,4 | 8,3 |
| Schoolbudgetten | 2,6 | 2,6 | 2,5 | 2,5 |
| Bovenschoolse voorzieningen | 2,3 | 2,3 | 2,3 | 2,3 |
| Arrangementen en Herstart | 0,6 | 0,6 | 0,6 | 0,6 |
| Bureau | 0,9 | 0,9 | 0,9 | 0,9 |
| Resultaat | -0,9 | -1,0 | -0,9 | -1,0 |
Het negatieve resultaat wordt gedekt uit de reserve, die daarmee daalt van € 5,1 miljoen eind 2025 tot € 1,3 miljoen eind 2029. Scholen verantwoorden de besteding van het schoolbudget jaarlijks in de kwaliteitsdialoog.
# Kwaliteit: doelen en monitoring
## Onze doelen voor 2030
| Pijler | Indicator | Nu (2025) | Doel 2030 |
| Sterk in de basis | Vestigingen die aan alle tien standaarden voldoen | 17 van 24 | 24 van 24 |
| Sterk in de basis | Leerlingen met een OPP die het schooljaar op de eigen school afronden | 84% | 90% |
| Snel en dichtbij | Wachttijd OPDC De Brug | 9 weken | maximaal 4 weken |
| Snel en dichtbij | Deelnamepercentage vso | 3,9% | maximaal 3,7% |
| Samen met de regio | Thuiszitters langer dan drie maanden | 31 | maximaal 12 |
| Samen met de regio | Jongeren die binnen drie maanden na melding een passend aanbod hebben | 62% | 85% |
## Hoe we de resultaten volgen
We volgen de indicatoren in het Dashboard Passend Onderwijs, dat gegevens uit het OndersteuningsLoket, de telling van DUO op 1 oktober en de registratie van de leerplichtambtenaren combineert. Twee keer per jaar, in februari en september, rapporteert de directeur-bestuurder over de voortgang aan het bestuur en aan de ondersteuningsplanraad. In het jaarverslag, dat vóór 1 juli verschijnt, staan de bereikte resultaten per indicator en de kosten per voorziening. Als een indicator achterblijft, analyseren we in de kwaliteitsdialoog met de scholen wat de oorzaak is en passen we de aanpak aan.
## Wat bereikten we in de vorige planperiode?
In de periode 2022-2026 daalde het aantal thuiszitters langer dan drie maanden van 48 naar 31. Het deelnamepercentage vso bleef vrijwel gelijk (4,0% in 2022, 3,9% in 2025). De wachttijd voor het OPDC liep op van vijf naar negen weken, vooral door personeelstekort. De doelen voor de basisondersteuning zijn gedeeltelijk gehaald: 17 van de 24 vestigingen voldeden in 2025 aan alle standaarden, tegen 11 in 2022.
# Organisatie en medezeggenschap
Het samenwerkingsverband is een stichting met een two-tier bestuursmodel. De directeur-bestuurder vormt het bestuur; de raad van toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden. Het bureau telt ongeveer veertien fte en is gevestigd in Waardhoven. De directeur-bestuurder wordt geadviseerd door het bestuurlijk overleg van de aangesloten besturen.
De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De raad vergadert zes keer per jaar. Het bureau heeft een eigen medezeggenschapsraad.
# Personeel en professionalisering
Het samenwerkingsverband is werkgever van de medewerkers van het bureau, het OPDC en de Rebound, samen ongeveer veertig medewerkers. In het OPDC werken docenten, onderwijsassistenten en een orthopedagoog. Door het lerarentekort is het lastig vacatures te vervullen; daarom werken we samen met de lerarenopleidingen in de regio en bieden we zij-instromers een begeleidingsprogramma.
Voor de scholen organiseert het samenwerkingsverband een professionaliseringsaanbod rond de standaarden basisondersteuning: trainingen voor mentoren, een leergang voor ondersteuningscoördinatoren en intervisie voor orthopedagogen. Scholen kunnen ook een beroep doen op de expertise van het OPDC, bijvoorbeeld voor advies over een leerling of een teamscholing.
# Privacy en ICT
Het samenwerkingsverband verwerkt alleen persoonsgegevens als dat nodig is voor de toewijzing van ondersteuning. We werken met het OndersteuningsLoket, een beveiligde digitale omgeving. Gegevens worden drie jaar na het laatste besluit verwijderd. De functionaris gegevensbescherming ziet toe op naleving van de AVG. In 2027 koppelen we het OndersteuningsLoket aan het Dashboard Passend Onderwijs, zodat scholen minder gegevens dubbel hoeven te registreren.
# Planning 2026-2030
| Jaar | Mijlpalen |
| 2026-2027 | Uitbreiding arrangement Onderwijs en Zorg; start Herstart; eerste ronde kwaliteitsdialogen |
| 2027-2028 | Nieuwe Commissie Toewijzing van start; wachtlijst vso cluster 4 maximaal zes weken; koppeling dashboard |
| 2028-2029 | Tweede ronde kwaliteitsdialogen; tussenevaluatie doelen met bestuur en ondersteuningsplanraad |
| 2029-2030 | Eindevaluatie en voorbereiding nieuw plan |
Elk jaar werken we de planning uit in een jaarplan, dat het bestuur in juli vaststelt. In het jaarplan staat welke activiteiten we uitvoeren, wie daarvoor verantwoordelijk is en welk budget daarvoor beschikbaar is. De ondersteuningsplanraad wordt over het jaarplan geïnformeerd en kan daarover advies geven. Als blijkt dat onderdelen van dit plan moeten worden aangepast, bijvoorbeeld door nieuwe wetgeving over de landelijke norm voor basisondersteuning, leggen we de wijziging ter instemming voor aan de ondersteuningsplanraad.
# Begrippenlijst
Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband ten minste bieden.
ISK: Internationale Schakelklas, onderwijs voor nieuwkomers.
Lwoo: leerwegondersteunend onderwijs.
OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en zorgen over onderwijs en ondersteuning.
OPDC: orthopedagogisch-didactisch centrum.
OPP: ontwikkelingsperspectief.
Pro: praktijkonderwijs.
Terugplaatsing: de overstap van een leerling uit het vso naar een reguliere school voor voortgezet onderwijs, na afloop van de toelaatbaarheidsverklaring.
TLV: toelaatbaarheidsverklaring voor het vso.
Vso: voortgezet speciaal onderwijs.
"""

LABEL_C = {
    "documents": ["vo-de-brede-waard-ondersteuningsplan.html"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                 "financien": "present", "dekkend-aanbod": "present", "resultaten": "present",
                 "ouders": "missing"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    "notes": {
        "basisondersteuning": "Page 'Basisondersteuning': level set by all boards for every vestiging plus a table of ten standards (content only in the table); kwaliteitsdialoog as borging.",
        "plaatsing": "Criteria for vso (A-D), lwoo and pro are given, but the application route is only on the website page 'Route naar ondersteuning' and the new commissie's werkwijze is still to be set: no procedure in the text.",
        "terugstroom": "Nothing on return from vso; 'Terugplaatsing' only in the Begrippenlijst; OPDC traject and vo-mbo overstap are near-misses.",
        "financien": "'Geld en middelen': per-leerling EUR 180, lwoo/pro by count, central voorzieningen, arrangement criteria; multi-year table 2026-2029; reserve drawdown.",
        "dekkend-aanbod": "Three lagen + voorzieningen (OPDC, Rebound, ISK, plus, Onderwijs en Zorg, vso); 'Thuiszitters en een dekkend netwerk' registers gaps, names three knelpunten with actions, Thuiszittersoverleg with doorzettingsmacht.",
        "resultaten": "Goals table with baseline and 2030 targets; dashboard, twice-yearly reporting, jaarverslag with bereikte resultaten; achieved results of previous period.",
        "ouders": "No section on parents: no information channels, no independent support, no parents' role; OJSP only in the Begrippenlijst.",
    },
}

# ---------------------------------------------------------------------------
# Plan D: PO, .docx. Samenwerkingsverband Passend Primair Onderwijs Zandmaas.
# ---------------------------------------------------------------------------
PLAN_D = r"""
@title Ondersteuningsplan 2026-2030
@title Stichting Samenwerkingsverband Passend Primair Onderwijs Zandmaas (PO 23-12)
@title Elk kind een passende plek
@title Concept ter instemming aan de ondersteuningsplanraad, versie 0.9, 24 februari 2026
@pagebreak
@toc
~ Voorwoord
~ 1 Inleiding
~ 2 Missie en visie
~ 3 Het samenwerkingsverband in context
~ 4 Basisondersteuning
~ 5 Extra ondersteuning en arrangementen
~ 6 Toelaatbaarheid tot sbo en so
~ 6.6 Na de TLV: terugplaatsing en overplaatsing
~ 7 Samenwerking met gemeenten en ketenpartners
~ 8 Communicatie
~ 9 Geld en middelen
~ 10 Kwaliteit en resultaten
~ 11 Organisatie en bestuur
~ 12 Personeel en deskundigheid
~ 13 Jaarplanning
~ Begrippenlijst
@pagebreak
# Voorwoord
Met trots presenteren wij het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair Onderwijs Zandmaas. Dit plan is het resultaat van een intensief traject waarin wij met schoolbesturen, directeuren, intern begeleiders, leerkrachten, de ondersteuningsplanraad, de gemeenten en ketenpartners hebben gesproken over de vraag hoe wij ieder kind in onze regio een passende plek kunnen bieden.
De afgelopen planperiode stond in het teken van consolidatie. Wij hebben de toewijzing van arrangementen vereenvoudigd, het aantal bovenschoolse voorzieningen uitgebreid en de samenwerking met de gemeenten verstevigd. Tegelijk zien wij dat de vraag naar ondersteuning blijft groeien, dat het lerarentekort scholen onder druk zet en dat de verschillen tussen scholen groot blijven. Daarom kiezen wij in dit plan voor focus.
Een ondersteuningsplan is geen doel op zich. Het gaat om de kinderen: om het meisje dat na een moeilijke periode weer met plezier naar school gaat, om de jongen die in het speciaal onderwijs tot bloei komt en om de ouders die weten waar zij terechtkunnen. Wij hopen dat dit plan bijdraagt aan dat doel.
Wij danken iedereen die heeft bijgedragen aan de totstandkoming van dit plan.
Drs. A.M. Kersten-Bosman, directeur-bestuurder
# 1 Inleiding
## 1.1 Aanleiding
Op grond van artikel 18a van de Wet op het primair onderwijs stelt het samenwerkingsverband ten minste eenmaal per vier jaar een ondersteuningsplan vast. Het huidige plan loopt af op 31 juli 2026. Dit plan geldt voor de periode 1 augustus 2026 tot en met 31 juli 2030.
## 1.2 Totstandkoming
In het voorjaar van 2025 is de vorige planperiode geëvalueerd. Op basis daarvan heeft het bestuur in juni 2025 de uitgangspunten voor het nieuwe plan vastgesteld. In het najaar van 2025 zijn drie themabijeenkomsten georganiseerd voor directeuren en intern begeleiders. Het conceptplan is op 14 januari 2026 besproken in het OOGO met de gemeenten Zandmaas, Heukelveld en Overmaas en op 21 januari 2026 met het Samenwerkingsverband VO Zandmaas. Deze versie wordt ter instemming voorgelegd aan de ondersteuningsplanraad. Het bestuur stelt het plan naar verwachting op 8 april 2026 vast, waarna het vóór 1 mei 2026 aan de Inspectie van het Onderwijs wordt gezonden.
## 1.3 Opbouw
Dit plan volgt de indeling van de wettelijke eisen. Hoofdstuk 2 beschrijft onze missie en visie. Hoofdstuk 3 schetst de context. De hoofdstukken 4 tot en met 6 gaan over de ondersteuning, de arrangementen en de toelaatbaarheid. Hoofdstuk 7 gaat over de samenwerking met gemeenten en ketenpartners, hoofdstuk 8 over communicatie. De hoofdstukken 9 tot en met 13 behandelen de financiën, de kwaliteit en resultaten, de organisatie, het personeel en de planning.
# 2 Missie en visie
## 2.1 Missie
Samenwerkingsverband Zandmaas zorgt samen met de aangesloten schoolbesturen voor een passende onderwijsplek voor ieder kind, zo dicht mogelijk bij huis, zodat ieder kind zich ononderbroken kan ontwikkelen.
## 2.2 Visie
Wij gaan ervan uit dat ieder kind zich wil ontwikkelen en dat ieder kind recht heeft op onderwijs dat aansluit bij zijn mogelijkheden. Het regulier onderwijs is de eerste plek waar dat gebeurt. Waar het regulier onderwijs handelingsverlegen is, bieden speciaal basisonderwijs en speciaal onderwijs een passend alternatief. Ouders en school zijn partners; zij werken samen vanuit het belang van het kind. Wij versterken de basisondersteuning en brengen expertise naar de scholen toe. Resultaten maken wij zichtbaar, zodat wij kunnen leren en verbeteren.
## 2.3 Uitgangspunten
- Het kind staat centraal, niet het systeem.
- Ondersteuning wordt zo licht als mogelijk en zo zwaar als nodig ingezet.
- Wij werken handelingsgericht en oplossingsgericht.
- Middelen volgen de ondersteuningsbehoefte van het kind.
- Wij werken samen met ouders, gemeenten en zorgpartners.
# 3 Het samenwerkingsverband in context
Het samenwerkingsverband omvat het primair onderwijs in de gemeenten Zandmaas, Heukelveld en Overmaas. Er zijn acht schoolbesturen aangesloten met samen 41 basisscholen, twee scholen voor speciaal basisonderwijs (De Maasoever en De Zandloper) en twee scholen voor speciaal onderwijs (Het Kompas, cluster 4, en De Linde, cluster 3).
| Kengetal (1 oktober 2025) | Aantal |
| Leerlingen basisonderwijs | 9.612 |
| Leerlingen sbo | 281 |
| Leerlingen so | 197 |
| Deelnamepercentage sbo | 2,8% |
| Deelnamepercentage so | 1,9% |
Het leerlingenaantal daalt in de kleinere kernen. Enkele scholen hebben minder dan vijftig leerlingen. In de stad Zandmaas is sprake van een toename van het aantal nieuwkomers.
## 3.2 Terugblik op de vorige planperiode
In de planperiode 2022-2026 heeft het samenwerkingsverband de toewijzing van arrangementen overgebracht van een commissie naar het Loket, waardoor scholen sneller een antwoord krijgen. De observatiegroep De Kiem is in 2023 gestart en heeft sindsdien 61 kinderen geobserveerd en begeleid naar een passende plek. Het Lab is in 2024 gestart met één groep en heeft inmiddels twee groepen. Het deelnamepercentage sbo en so samen daalde van 5,1% in 2022 naar 4,7% in 2025. De doorlooptijd van TLV-aanvragen verbeterde, maar haalde nog niet de norm van zes weken in alle gevallen.
## 3.3 Ontwikkelingen in de regio
De regio Zandmaas kent een aantal ontwikkelingen die van invloed zijn op de uitvoering van dit plan. In de stad Zandmaas neemt het aantal gezinnen met een migratieachtergrond toe, evenals het aantal kinderen dat opgroeit in armoede. In de dorpen van Heukelveld en Overmaas krimpt het aantal leerlingen, waardoor scholen kleiner worden en combinatiegroepen toenemen. Het lerarentekort is vooral voelbaar in de stad. Tot slot heeft de gemeente Zandmaas besloten de wijkteams opnieuw in te richten, wat gevolgen heeft voor de samenwerking tussen scholen en jeugdhulp.
# 4 Basisondersteuning
Basisondersteuning is de ondersteuning die alle scholen binnen het samenwerkingsverband bieden. De minister heeft aangekondigd dat er een landelijke norm voor basisondersteuning komt. Om te voorkomen dat scholen twee keer hun werkwijze moeten aanpassen, stelt het samenwerkingsverband in deze planperiode geen eigen niveau van basisondersteuning vast. Zodra de landelijke norm in wetgeving is vastgelegd, stellen wij samen met de schoolbesturen vast hoe die in onze regio wordt ingevuld. Dit wordt als addendum aan dit plan toegevoegd en ter instemming aan de ondersteuningsplanraad voorgelegd.
# 5 Extra ondersteuning en arrangementen
## 5.1 Het ondersteuningscontinuüm
Als een kind meer nodig heeft dan de school in de basis kan bieden, is extra ondersteuning mogelijk. Het samenwerkingsverband kent de volgende vormen van extra ondersteuning, van licht naar zwaar:
- een individueel arrangement op de eigen school, bijvoorbeeld extra begeleiding door een onderwijsassistent of specialist, een aangepast programma of ambulante begeleiding vanuit het speciaal onderwijs;
- een groepsarrangement op de eigen school of een school in de buurt, zoals een taalklas voor nieuwkomers of een plusklas voor kinderen met een ontwikkelingsvoorsprong;
- een bovenschoolse voorziening: de observatiegroep De Kiem voor kinderen van vier tot zeven jaar bij wie nog niet duidelijk is wat zij nodig hebben, en Het Lab, een voltijdsvoorziening voor hoogbegaafde kinderen die in het regulier onderwijs vastlopen;
- plaatsing in het speciaal basisonderwijs;
- plaatsing in het speciaal onderwijs, binnen of buiten de regio.
Voor kinderen die naast onderwijs ook zorg nodig hebben, kan een onderwijs-zorgarrangement worden gemaakt, waarin school, jeugdhulp en gemeente samen één plan uitvoeren.
Voor kinderen met een ontwikkelingsvoorsprong biedt Het Lab een voltijdsprogramma van maximaal twee jaar, waarna het kind met begeleiding terugkeert naar de eigen basisschool; daarnaast zijn er op vier scholen plusklassen voor kinderen uit de omliggende scholen. Voor nieuwkomers is er de taalklas in Zandmaas, waar kinderen van zes tot twaalf jaar gedurende een jaar intensief Nederlands leren voordat zij instromen op een basisschool in hun wijk. Voor jonge kinderen met een complexe ontwikkelingsvraag werkt De Kiem samen met het medisch kinderdagverblijf De Speelhoeve.
## 5.2 Het Loket
Scholen kunnen voor vragen over extra ondersteuning terecht bij het Loket van het samenwerkingsverband. Aan elke school is een onderwijsadviseur van het Loket verbonden, die meedenkt in het groeidocument en aansluit bij het multidisciplinair overleg. Hoe scholen een arrangement aanvragen en op basis waarvan het Loket toekent, wordt beschreven in het nieuwe allocatiemodel (zie paragraaf 9.2).
## 5.3 Witte vlekken
Een analyse van de witte vlekken in het aanbod voeren wij in het schooljaar 2026-2027 uit. De uitkomsten en de maatregelen die daaruit voortvloeien, nemen wij op in de eerstvolgende voortgangsparagraaf bij dit plan.
# 6 Toelaatbaarheid tot sbo en so
## 6.1 Algemeen
Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Het samenwerkingsverband heeft daarvoor een Commissie van Toelaatbaarheid (CvT). De CvT besluit namens het bestuur.
## 6.2 De aanvraag
Het bevoegd gezag van de school waar het kind staat ingeschreven dient de aanvraag in bij het Loket. Voor een kind dat nog niet op school zit, bijvoorbeeld een kleuter uit een medisch kinderdagverblijf, dient de sbo- of so-school waar het kind is aangemeld de aanvraag in. Bij de aanvraag horen:
- het groeidocument met het ontwikkelingsperspectief en de evaluatie van de geboden ondersteuning;
- het verslag van het multidisciplinair overleg waarin de aanvraag is besproken;
- de zienswijze van de ouders;
- relevante onderzoeksverslagen.
## 6.3 Deskundigenadvies en besluit
Elke aanvraag wordt voorgelegd aan twee deskundigen. De eerste deskundige is een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de vraag van het kind, een kinderpsychiater, maatschappelijk werker, pedagoog of arts. Beide deskundigen geven een eigen schriftelijk advies. Deskundigen die betrokken zijn geweest bij de ondersteuning van het kind of bij de aanvraag, adviseren niet. De CvT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de deskundigenadviezen.
## 6.4 Criteria
De CvT geeft een TLV af als uit het groeidocument blijkt dat:
- de school de ondersteuningsmogelijkheden van het regulier onderwijs, inclusief de arrangementen uit hoofdstuk 5, heeft benut en geëvalueerd, of dat evident is dat die niet toereikend zijn;
- de ondersteuningsbehoefte van het kind op het gebied van leren, gedrag, sociaal-emotionele ontwikkeling of lichamelijke verzorging zo groot is dat het kind aangewezen is op een kleine groep en specifieke deskundigheid;
- voor het so daarnaast: het kind een intensieve, structurele combinatie van onderwijs en begeleiding nodig heeft die het sbo niet kan bieden.
Voor het speciaal onderwijs stelt de CvT de bekostigingscategorie vast: laag (onder andere cluster 4 en zeer moeilijk lerende kinderen), midden (lichamelijk gehandicapte kinderen) of hoog (meervoudig gehandicapte kinderen).
## 6.5 Duur en bezwaar
Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een tussentijdse evaluatie na twee jaar. Een TLV voor het so wordt afgegeven voor twee schooljaren; voor kinderen met een ernstige meervoudige beperking kan de CvT een TLV afgeven tot het einde van de basisschoolperiode. Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
## 6.6 Na de TLV: terugplaatsing en overplaatsing
Het samenwerkingsverband vindt dat kinderen waar mogelijk thuisnabij en in het regulier onderwijs moeten kunnen leren. Een plaatsing in sbo of so is daarom geen eindpunt. Terugplaatsing is aan de orde als de ontwikkeling van het kind daar aanleiding toe geeft en een reguliere school in de buurt de ondersteuning kan bieden, zo nodig met een arrangement. Het kind krijgt na de terugplaatsing een overgangsarrangement van ten minste drie maanden, waarin een ambulant begeleider van de sbo- of so-school het kind en de leerkracht begeleidt.
De procedure is als volgt. De sbo- of so-school evalueert jaarlijks het ontwikkelingsperspectief van elk kind en bespreekt met de ouders of terugplaatsing mogelijk is. In het laatste jaar van de TLV vindt uiterlijk in maart een evaluatiegesprek plaats met ouders, de school en de onderwijsadviseur van het Loket. Daarin wordt besloten of het kind wordt teruggeplaatst naar het basisonderwijs, wordt overgeplaatst naar een andere school voor speciaal (basis)onderwijs of dat een nieuwe TLV wordt aangevraagd. Bij terugplaatsing zoekt de sbo- of so-school samen met de ouders een basisschool en zorgt zij voor een warme overdracht vóór de zomervakantie. De TLV eindigt op 31 juli.
# 7 Samenwerking met gemeenten en ketenpartners
Het samenwerkingsverband werkt samen met de drie gemeenten op de thema's jeugdhulp, leerplicht en thuiszitters, leerlingenvervoer en onderwijshuisvesting. Op elke basisschool is een schoolmaatschappelijk werker beschikbaar, die wordt gefinancierd door de gemeenten. De jeugdconsulenten van de gemeenten sluiten aan bij het multidisciplinair overleg als dat nodig is. Met de gemeenten is afgesproken dat een onderwijs-zorgarrangement gezamenlijk wordt bekostigd: het samenwerkingsverband betaalt het onderwijsdeel, de gemeente de jeugdhulp.
Daarnaast werken wij samen met de GGD, de jeugdgezondheidszorg, de voorschoolse voorzieningen en het Samenwerkingsverband VO Zandmaas. Met de voorschoolse voorzieningen zijn afspraken gemaakt over de overdracht van peuters met een ondersteuningsbehoefte. Met het samenwerkingsverband VO is een overstapprotocol afgesproken.
# 8 Communicatie
## 8.1 Algemeen
Het samenwerkingsverband communiceert met scholen, ouders, gemeenten en ketenpartners. Voor scholen verschijnt zes keer per jaar een nieuwsbrief. Het bestuur en de directeur-bestuurder voeren periodiek overleg met de schoolbesturen.
## 8.2 Informatie aan ouders
Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via de website www.swvzandmaas.nl, waar per onderwerp (extra ondersteuning, arrangementen, sbo en so, TLV) uitleg staat in begrijpelijke taal, en via de schoolgids van de school van hun kind. Elke school geeft bij de aanmelding de folder Extra ondersteuning in Zandmaas mee. De onderwijsadviseurs van het Loket houden twee keer per jaar een informatieavond voor ouders. Informatie is ook beschikbaar in het Engels, Arabisch en Oekraïens.
## 8.3 Onafhankelijke ondersteuning voor ouders
Ouders die vragen hebben of het niet eens zijn met de school of het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zandmaas. Het steunpunt is onafhankelijk: het is ondergebracht bij de stichting MEE Maasland en staat los van de scholen en het samenwerkingsverband. Ouders kunnen het steunpunt bellen, mailen of langskomen op het spreekuur op dinsdag en donderdag. Daarnaast wijzen wij ouders op de landelijke Onderwijsconsulenten en op de klachtenregeling van het samenwerkingsverband.
# 9 Geld en middelen
## 9.1 Inkomsten
Het samenwerkingsverband ontvangt jaarlijks middelen voor lichte en zware ondersteuning. Een deel van de middelen wordt rechtstreeks door DUO ingehouden voor de bekostiging van het speciaal onderwijs. Daarnaast draagt het samenwerkingsverband bij aan de bekostiging van het sbo boven de 2%-grens.
## 9.2 Verdeling
Hoe de middelen over de schoolbesturen en de arrangementen worden verdeeld, wordt uitgewerkt in een nieuw allocatiemodel (p.m.). Het huidige model verloopt op 31 juli 2026. Het nieuwe model wordt in het najaar van 2026 ter instemming aan de ondersteuningsplanraad voorgelegd.
## 9.3 Meerjarenbegroting
| Bedragen in euro's | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage ondersteuning | 13.850.000 | 13.640.000 | 13.480.000 | 13.320.000 |
| Af: inhouding so door DUO | -4.210.000 | -4.180.000 | -4.150.000 | -4.120.000 |
| Af: overdracht sbo boven 2% | -1.640.000 | -1.610.000 | -1.590.000 | -1.570.000 |
| Netto beschikbaar | 8.000.000 | 7.850.000 | 7.740.000 | 7.630.000 |
| Middelen naar schoolbesturen (verdeling p.m., zie 9.2) | 5.150.000 | 5.050.000 | 4.980.000 | 4.900.000 |
| Bovenschoolse voorzieningen De Kiem en Het Lab | 1.120.000 | 1.120.000 | 1.120.000 | 1.120.000 |
| Onderwijs-zorgarrangementen | 420.000 | 420.000 | 420.000 | 420.000 |
| Loket, CvT en onderwijsadviseurs | 980.000 | 995.000 | 1.010.000 | 1.025.000 |
| Bestuur en bureau | 410.000 | 415.000 | 420.000 | 425.000 |
| Resultaat | -80.000 | -150.000 | -210.000 | -260.000 |
Het samenwerkingsverband beschikt eind 2025 over een reserve van € 1,8 miljoen. De tekorten in de meerjarenbegroting worden uit die reserve gedekt.
# 10 Kwaliteit en resultaten
## 10.1 Beoogde resultaten
Voor de planperiode 2026-2030 streeft het samenwerkingsverband naar de volgende resultaten voor kinderen met een ondersteuningsbehoefte:
| Resultaatgebied | Indicator | Stand 2025 | Streefwaarde 2030 |
| Thuisnabij onderwijs | Deelnamepercentage sbo en so samen | 4,7% | 4,3% |
| Snelle toewijzing | Doorlooptijd TLV binnen zes weken | 78% | 95% |
| Terugplaatsing | Kinderen per jaar teruggeplaatst uit sbo of so | 9 | 15 |
| Effectieve arrangementen | Arrangementen waarvan de doelen bij evaluatie (grotendeels) zijn behaald | 64% | 80% |
| Tevredenheid | Ouders tevreden over het Loket (rapportcijfer) | 6,9 | 7,5 |
## 10.2 Monitoring en evaluatie
Het samenwerkingsverband volgt de resultaten met de Monitor Passend Onderwijs Zandmaas. Daarin worden elk kwartaal de gegevens uit het Loket (aanvragen, toekenningen, doorlooptijden, evaluaties van arrangementen) en de telgegevens van DUO op 1 oktober verwerkt. De directeur-bestuurder rapporteert elk kwartaal aan het bestuur en twee keer per jaar aan de ondersteuningsplanraad. Jaarlijks in juni evalueren het bestuur en de ondersteuningsplanraad samen de voortgang op de streefwaarden. Het jaarverslag bevat de bereikte resultaten en de kosten per voorziening. Ouders worden eens per twee jaar bevraagd over hun tevredenheid.
# 11 Organisatie en bestuur
## 11.1 Rechtsvorm en governance
Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden: drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, van wie één de voorzitter is. De raad van toezicht houdt toezicht op de uitvoering van dit plan, keurt de begroting en de jaarrekening goed en benoemt de accountant.
## 11.2 Medezeggenschap
De ondersteuningsplanraad bestaat uit tien leden, van wie vijf ouders en vijf personeelsleden. De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op het allocatiemodel. Het personeel van het samenwerkingsverband is vertegenwoordigd in een eigen medezeggenschapsraad.
## 11.3 Privacy
Het samenwerkingsverband verwerkt persoonsgegevens van kinderen voor de toewijzing van ondersteuning en de afgifte van TLV's. Dat gebeurt volgens het privacyreglement en de AVG. Gegevens worden bewaard tot drie jaar na het laatste besluit.
## 11.4 Bestuurlijke samenwerking
Het samenwerkingsverband werkt bestuurlijk samen met het Samenwerkingsverband VO Zandmaas en met de samenwerkingsverbanden in de aangrenzende regio's. Met de buurverbanden zijn afspraken gemaakt over kinderen die over de grens van het samenwerkingsverband naar school gaan, zodat de afgifte van een TLV en de bekostiging voor deze kinderen niet tot discussie leiden. De directeur-bestuurder neemt deel aan het regionaal overleg van samenwerkingsverbanden en aan de landelijke netwerken van de PO-Raad.
# 12 Personeel en deskundigheid
Het bureau van het samenwerkingsverband bestaat uit een directeur-bestuurder, een beleidsmedewerker, een controller, zes onderwijsadviseurs en een secretaris van de CvT. De medewerkers van De Kiem en Het Lab zijn in dienst van een van de schoolbesturen, dat de voorzieningen in opdracht van het samenwerkingsverband uitvoert. Het samenwerkingsverband investeert in de deskundigheid van intern begeleiders en leerkrachten met een jaarlijks scholingsaanbod, een netwerk voor intern begeleiders en een leergang handelingsgericht werken. Het lerarentekort vraagt om creatieve oplossingen; wij onderzoeken met de besturen hoe expertise uit het sbo en so beter kan worden ingezet in het regulier onderwijs.
# 13 Jaarplanning
| Periode | Activiteit |
| najaar 2026 | Nieuw allocatiemodel ter instemming aan de OPR |
| schooljaar 2026-2027 | Analyse witte vlekken; voortgangsparagraaf |
| 2027 | Invoering landelijke norm basisondersteuning (afhankelijk van wetgeving) |
| juni, jaarlijks | Evaluatie voortgang met bestuur en OPR |
| voorjaar 2030 | Nieuw ondersteuningsplan |
# Begrippenlijst
Allocatiemodel: het model waarmee het samenwerkingsverband de middelen verdeelt over schoolbesturen en arrangementen.
Arrangement: een afgesproken pakket van extra ondersteuning voor een kind of een groep kinderen.
Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen binnen het samenwerkingsverband bieden, zoals het werken met een dyslexieprotocol, een aanpak voor gedrag en begeleiding door de intern begeleider.
CvT: Commissie van Toelaatbaarheid.
Groeidocument: document waarin de ontwikkeling van het kind en de geboden ondersteuning worden vastgelegd.
Loket: het centrale aanspreekpunt van het samenwerkingsverband voor scholen.
Sbo: speciaal basisonderwijs.
So: speciaal onderwijs.
Thuiszitter: een leerplichtig kind dat zonder vrijstelling niet naar school gaat.
TLV: toelaatbaarheidsverklaring.
"""

LABEL_D = {
    "documents": ["po-zandmaas-ondersteuningsplan-2026-2030.docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                 "ouders": "present"},
    "criteria": {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 4 sets no level (waits for the landelijke norm, addendum later); the only concrete description is in the Begrippenlijst, which does not count.",
        "plaatsing": "Ch. 6: applicant, dossier, Loket/CvT, two deskundigen with own advice, six weeks, criteria sbo/so, categorie, duur, bezwaar via LBT.",
        "terugstroom": "6.6 inside the TLV chapter: policy (thuisnabij, conditions, overgangsarrangement of three months) and procedure (yearly OPP evaluation, evaluatiegesprek in March of last TLV year, decision options, overdracht, end 31 juli).",
        "financien": "9.3 meerjarenbegroting with amounts (besteding); 9.2 defers the verdeling to a new allocatiemodel (p.m.) and 5.2 refers arrangement allocation to that model; reserve mentioned.",
        "dekkend-aanbod": "5.1 gives the continuum from individual arrangement to so incl. De Kiem, Het Lab, OZA; 5.3 defers the witte-vlekken analysis to 2026-2027; thuiszitters only as a theme word in ch. 7 and the glossary.",
        "resultaten": "10.1 table with indicators, stand 2025 and streefwaarden 2030; 10.2 quarterly monitor, reporting to bestuur/OPR, yearly evaluation, jaarverslag.",
        "ouders": "Under 'Communicatie' (8.2/8.3): website, schoolgids, folder, information evenings, translations; independent OJSP at MEE, Onderwijsconsulenten, klachtenregeling.",
    },
}

# ---------------------------------------------------------------------------
# Plan E: PO, .pdf. Samenwerkingsverband PO De Lindenkring, "bouwstenen" house style.
# ---------------------------------------------------------------------------
PLAN_E = r"""
@title Ondersteuningsplan 2026-2030
@title Samenwerkingsverband Primair Onderwijs De Lindenkring (PO 27-06)
@title Samen bouwen aan passend onderwijs
@pagebreak
@toc
~ Voorwoord
~ 1 Over dit plan
~ 2 Waar we voor staan
~ 3 Onze regio
~ 4 Bouwsteen 1: Basisondersteuning
~ 5 Bouwsteen 2: Een dekkend aanbod
~ 6 Bouwsteen 3: Doorgaande lijnen
~ 7 Bouwsteen 4: Ouders als partner
~ 8 Samen met gemeenten
~ 9 Kwaliteit en monitoring
~ 10 Organisatie en governance
~ 11 Personeel, ICT en privacy
~ 12 Financiën
~ 13 Toelaatbaarheid
~ Bijlage 1 Verklarende woordenlijst
@pagebreak
# Voorwoord
Passend onderwijs is mensenwerk. Het gebeurt in de klas, in het gesprek tussen leerkracht en ouder, in het overleg van de intern begeleider met de jeugdverpleegkundige en in de momenten waarop een kind laat zien wat het kan. Dit ondersteuningsplan is bedoeld om dat werk richting te geven en te ondersteunen.
In de afgelopen vier jaar hebben de scholen van De Lindenkring veel bereikt. De samenwerking tussen de besturen is gegroeid, er zijn nieuwe voorzieningen ontstaan en scholen weten elkaar beter te vinden. Tegelijkertijd blijven er zorgen: over kinderen die te lang op een plek moeten wachten, over het tekort aan leerkrachten en specialisten en over de groeiende vraag naar ondersteuning bij gedrag en welbevinden.
Wij hebben dit plan opgebouwd rond vier bouwstenen: basisondersteuning, een dekkend aanbod, doorgaande lijnen en ouders als partner. Daaromheen beschrijven wij hoe wij samenwerken met de gemeenten, hoe wij de kwaliteit bewaken en hoe de organisatie is ingericht.
Wij danken de ondersteuningsplanraad, de schoolbesturen, de directeuren en intern begeleiders en de gemeenten voor hun bijdrage.
Mr. drs. H.W. Tjalsma, directeur-bestuurder
# 1 Over dit plan
Dit ondersteuningsplan beschrijft het beleid van Samenwerkingsverband PO De Lindenkring voor de schooljaren 2026-2027 tot en met 2029-2030. Het plan is opgesteld op grond van artikel 18a van de Wet op het primair onderwijs. De ondersteuningsplanraad heeft op 4 maart 2026 ingestemd. Het op overeenstemming gericht overleg met de gemeenten Lindendaal, Oosterkring en Veldhove vond plaats op 29 januari 2026; het overleg met Samenwerkingsverband VO De Lindenkring op 3 februari 2026. Het bestuur heeft het plan vastgesteld op 18 maart 2026.
Dit plan is het inhoudelijke deel van het beleid. Een aantal onderwerpen is vastgelegd in afzonderlijke documenten, die hun eigen vaststellingsprocedure kennen: het Reglement Toelaatbaarheid, het Financieel Kader 2026-2030 en het jaarplan. Waar dat nodig is, verwijzen wij daarnaar.
# 2 Waar we voor staan
## 2.1 Missie
De Lindenkring verbindt scholen, ouders en partners zodat ieder kind in de regio onderwijs krijgt dat bij hem past.
## 2.2 Kernwaarden
Wij werken vanuit vier kernwaarden: nabijheid, vertrouwen, deskundigheid en samenwerking. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij het kind wordt georganiseerd, bij voorkeur in de eigen klas en op de eigen school. Vertrouwen betekent dat wij uitgaan van de professionaliteit van leerkrachten en intern begeleiders. Deskundigheid betekent dat wij expertise delen en ontwikkelen. Samenwerking betekent dat geen school, bestuur of partner het alleen hoeft te doen.
## 2.3 Onze rol
Het samenwerkingsverband is geen schoolbestuur en geeft zelf geen onderwijs. Wij maken afspraken met de besturen, organiseren voorzieningen die een school alleen niet kan organiseren, nemen besluiten over toelaatbaarheid en zorgen dat de middelen voor passend onderwijs bij de kinderen terechtkomen. Wij zijn een netwerkorganisatie: onze kracht zit in de verbinding.
## 2.4 Op weg naar inclusiever onderwijs
De landelijke ambitie is dat in 2035 zoveel mogelijk kinderen samen naar school gaan, in hun eigen buurt. De Lindenkring onderschrijft die ambitie. Wij zien dat de grens tussen regulier en speciaal onderwijs in onze regio al op verschillende plekken vervaagt: so-groepen zijn gehuisvest in basisscholen, specialisten uit het sbo werken op reguliere scholen en kinderen uit het so volgen een deel van hun lessen op een basisschool. Deze vormen van samenwerking willen wij de komende jaren verder uitbouwen, samen met de besturen en de gemeenten. Wij doen dat stap voor stap en zorgvuldig, want inclusiever onderwijs vraagt veel van leerkrachten, en het tekort aan leerkrachten maakt het extra ingewikkeld.
## 2.5 Kansengelijkheid
Niet ieder kind krijgt dezelfde kansen mee. In de wijken Lindendaal-Noord en De Akkers groeit bijna een op de vijf kinderen op in een gezin met een laag inkomen. Deze kinderen hebben vaker een taalachterstand bij de start van groep 1 en worden vaker besproken in het ondersteuningsteam. Passend onderwijs kan armoede niet oplossen, maar wij kunnen er wel voor zorgen dat de ondersteuning deze kinderen bereikt. Daarom werken de onderwijsadviseurs in deze wijken nauw samen met de buurtteams, de bibliotheek en de voorschoolse voorzieningen, en stemmen wij onze activiteiten af met de programma's voor kansengelijkheid van de gemeente Lindendaal.
# 3 Onze regio
De Lindenkring omvat het primair onderwijs in drie gemeenten: de stad Lindendaal en de landelijke gemeenten Oosterkring en Veldhove. Elf schoolbesturen zijn aangesloten, met samen 52 basisscholen, drie scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Op de teldatum van 1 februari 2026 zaten er 12.940 kinderen op de basisscholen, 402 in het sbo en 256 in het so.
De regio is divers. In Lindendaal wonen relatief veel gezinnen met een laag inkomen en veel nieuwkomers. In Oosterkring en Veldhove zijn de scholen vaak klein en de afstanden groot. Dat vraagt om verschillende oplossingen: in de stad is er behoefte aan specialistische groepen, op het platteland aan ondersteuning die naar de school toe komt.
| Kengetal (teldatum 1 februari 2026) | Aantal |
| Schoolbesturen | 11 |
| Basisscholen | 52 |
| Scholen voor sbo | 3 |
| Scholen voor so | 2 |
| Kinderen in het basisonderwijs | 12.940 |
| Kinderen in het sbo | 402 |
| Kinderen in het so | 256 |
## 3.1 Terugblik
In de vorige planperiode heeft De Lindenkring het Expertiseteam opgericht, waarin twaalf specialisten werken op het gebied van gedrag, taal, leren en jonge kind. Scholen maakten in 2025 ruim 900 keer gebruik van het team. De observatieklas De Vlinder en de Plusklas Denkwijs zijn in deze periode gestart. De samenwerking met de jeugdteams van de gemeenten is verbeterd; in alle drie de gemeenten is nu een vaste contactpersoon voor elke school. Minder goed ging het met de wachttijden voor de bovenschoolse voorzieningen en met het vinden van voldoende specialisten.
# 4 Bouwsteen 1: Basisondersteuning
## 4.1 Wat is basisondersteuning?
Basisondersteuning is de ondersteuning die iedere basisschool in De Lindenkring, op iedere vestiging, biedt aan alle kinderen die dat nodig hebben. De schoolbesturen hebben dit niveau samen afgesproken in het Lindenkring-akkoord basisondersteuning (2024). Het is een ondergrens: scholen mogen meer bieden, maar niet minder. Wat een school daarboven biedt, staat in de schoolgids.
## 4.2 Wat biedt iedere school?
Iedere basisschool in De Lindenkring biedt ten minste:
- een intern begeleider met ten minste één dag per week per 150 leerlingen;
- een ondersteuningsteam of multidisciplinair overleg, waarin de intern begeleider, de jeugdverpleegkundige, de schoolmaatschappelijk werker en zo nodig de onderwijsadviseur van het samenwerkingsverband de vragen van kinderen bespreken;
- een dyslexieprotocol en een dyscalculieprotocol, met signalering vanaf groep 2 en begeleiding volgens de landelijke protocollen;
- een programma voor sociaal-emotionele ontwikkeling en een anti-pestaanpak;
- aanbod voor kinderen die meer aankunnen, zoals verrijkingsstof en compacten, vanaf groep 1;
- ondersteuning bij taalontwikkeling, inclusief NT2-ondersteuning voor nieuwkomers die de taalschool hebben doorlopen;
- een protocol voor medisch handelen;
- handelingsgericht werken: groepsplannen of groepsoverzichten, ten minste twee keer per jaar een groepsbespreking en een leerlingbespreking;
- een ontwikkelingsperspectief (OPP) voor ieder kind dat op een of meer vakken een eigen leerlijn volgt.
## 4.3 Hoe bewaken we de basis?
Iedere school bespreekt eens per twee jaar met de onderwijsadviseur van het samenwerkingsverband aan de hand van de kwaliteitskaart basisondersteuning of de school aan het akkoord voldoet. Als dat niet zo is, maakt de school met haar bestuur een verbeterplan.
# 5 Bouwsteen 2: Een dekkend aanbod
## 5.1 Van basis tot specialistisch
Als de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Het aanbod in De Lindenkring ziet er zo uit:
- arrangementen op de eigen school: begeleiding door een specialist van het Expertiseteam De Lindenkring, ambulante begeleiding vanuit het so, inzet van een onderwijsassistent of een aangepast programma;
- bovenschoolse voorzieningen: de Taalschool Lindendaal voor nieuwkomers (één jaar), de Plusklas Denkwijs voor hoogbegaafde kinderen (één dagdeel per week), de observatieklas De Vlinder voor jonge kinderen met een onduidelijk ontwikkelingsbeeld en de Rots-groep voor kinderen met ernstige gedragsproblemen die tijdelijk niet in een reguliere groep kunnen functioneren;
- speciaal basisonderwijs: SBO De Linde, SBO Het Palet en SBO Oosterkring;
- speciaal onderwijs: SO De Regenboog (cluster 4) en SO De Zonnehof (cluster 3), en zo nodig een so-school buiten de regio;
- onderwijs-zorgarrangementen, waarin onderwijs en jeugdhulp samen één plan uitvoeren, bijvoorbeeld in de onderwijs-zorggroep Lindeboom op het terrein van de jeugdhulpinstelling.
## 5.2 Het Expertiseteam
Het Expertiseteam De Lindenkring is het hart van de ondersteuning die naar de scholen toe komt. Een school kan het team inschakelen voor een consultatie, een observatie in de klas, een handelingsgericht onderzoek of begeleiding van een leerkracht. De specialisten werken op de school en sluiten aan bij het ondersteuningsteam. Voor de kleine scholen in Oosterkring en Veldhove organiseert het team daarnaast drie keer per jaar een regionale leerkrachtenbijeenkomst over een thema dat de scholen zelf kiezen, zoals werken met combinatiegroepen of het signaleren van taalproblemen.
## 5.3 Waar het niet sluit
Ieder jaar in april maakt het samenwerkingsverband met de schoolbesturen een analyse van het aanbod: welke kinderen hebben geen passende plek gevonden, hoe lang waren de wachttijden en welke vragen konden scholen niet beantwoorden? De analyse van 2025 liet zien dat de wachttijd voor De Vlinder opliep tot vier maanden en dat er in Oosterkring en Veldhove geen aanbod is voor kinderen met een ernstige taalontwikkelingsstoornis die geen cluster 2-indicatie hebben. Daarom breiden wij De Vlinder in augustus 2026 uit met een tweede groep en starten wij in 2027 met een ambulant taalteam dat naar de scholen op het platteland gaat.
## 5.4 Thuiszitters
Ieder kind dat langer dan twee weken niet naar school gaat, wordt door de school gemeld bij de leerplichtambtenaar en de onderwijsadviseur. De Lindenkring-tafel, waarin leerplicht, de onderwijsadviseurs en de jeugdteams van de gemeenten zitten, bespreekt iedere maand alle kinderen zonder passende plek en spreekt per kind af wie wat doet en wanneer. Het bestuur van de school van inschrijving houdt de zorgplicht tot een passende plek is gevonden. Lukt het niet om binnen zes weken een plek te vinden, dan beslist de directeur-bestuurder.
# 6 Bouwsteen 3: Doorgaande lijnen
## 6.1 Van voorschool naar basisschool
De overgang van de voorschoolse voorziening naar de basisschool verloopt via een warme overdracht voor ieder kind met een ondersteuningsbehoefte. De consultatiebureaus, de voorschoolse voorzieningen en de basisscholen gebruiken hetzelfde overdrachtsformulier.
## 6.2 Van sbo of so terug naar de basisschool
De procedure voor terugplaatsing is als volgt:
- Stap 1. De sbo- of so-school bespreekt ieder jaar in de commissie van begeleiding het ontwikkelingsperspectief van ieder kind.
- Stap 2. In het laatste jaar van de TLV stelt de commissie van begeleiding vóór 1 maart vast of terugplaatsing naar het basisonderwijs aan de orde is.
- Stap 3. Is dat zo, dan bespreekt de sbo- of so-school dit met de ouders en met de onderwijsadviseur van het samenwerkingsverband, en wordt samen met de ouders een basisschool gezocht.
- Stap 4. De directeur van de sbo- of so-school besluit, na overleg met de ouders en de ontvangende school, over de terugplaatsing. De overdracht vindt plaats vóór 1 juli.
- Stap 5. De TLV eindigt op 31 juli. Is terugplaatsing niet aan de orde, dan geldt het Reglement Toelaatbaarheid.
Onze beleidsmatige uitgangspunten voor terugplaatsing, zoals de doelen, de voorwaarden en de ondersteuning na terugkeer, herijken wij in het schooljaar 2026-2027 met de sbo- en so-scholen.
## 6.3 Van basisschool naar voortgezet onderwijs
Met Samenwerkingsverband VO De Lindenkring hebben wij het Overstapprotocol PO-VO afgesproken. Voor kinderen met een ondersteuningsbehoefte vindt vóór 15 april een warme overdracht plaats. Kinderen uit het sbo en so worden door de onderwijsadviseur van het samenwerkingsverband VO gevolgd in het eerste jaar na de overstap.
# 7 Bouwsteen 4: Ouders als partner
## 7.1 Educatief partnerschap
Ouders en school hebben elkaar nodig. Ouders zijn ervaringsdeskundige als het gaat om hun kind; de school heeft de professionele kennis. Daarom betrekken scholen ouders bij iedere stap: bij het opstellen en evalueren van het OPP, in het ondersteuningsteam en bij een aanvraag voor extra ondersteuning. Kinderen mogen vanaf groep 5 hun mening geven over hun OPP. Ouders zijn ook vertegenwoordigd in de ondersteuningsplanraad.
## 7.2 Communicatie met ouders
Een communicatieplan richting ouders, met daarin de website, een ouderfolder en informatiebijeenkomsten, is in voorbereiding en verschijnt in 2027.
## 7.3 Onafhankelijke ondersteuning
Ouders kunnen een onafhankelijk steunpunt inschakelen als zij vragen hebben of het niet eens zijn met de school of het samenwerkingsverband. Het Ouder- en Jeugdsteunpunt De Lindenkring wordt uitgevoerd door de stichting Ouderwijzer en staat los van de scholen en het samenwerkingsverband. Een ouderadviseur denkt mee, bemiddelt en kan meegaan naar gesprekken op school. Het steunpunt is bereikbaar via 0345-220 180 (maandag tot en met donderdag, 9.00-15.00 uur) en via www.ouderwijzer-lindenkring.nl. Ouders kunnen ook terecht bij de landelijke Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, bij de Geschillencommissie passend onderwijs.
# 8 Samen met gemeenten
De Lindenkring en de drie gemeenten werken samen vanuit de gezamenlijke agenda Opgroeien in de Lindenkring. Thema's zijn jeugdhulp in en om de school, de aanpak van verzuim en thuiszitten, leerlingenvervoer, huisvesting van het speciaal onderwijs en de aansluiting tussen voorschool en school. Op iedere basisschool is een schoolmaatschappelijk werker beschikbaar. Jeugdhulp kan onder schooltijd worden geboden als dat voor het kind nodig is; hierover zijn afspraken gemaakt in het convenant Zorg in onderwijstijd. Twee keer per jaar is er bestuurlijk overleg met de wethouders.
Ook met de voorschoolse voorzieningen en de jeugdgezondheidszorg werken wij samen. Het consultatiebureau signaleert vroeg of een kind extra ondersteuning nodig heeft; in de Lindenkring-afspraken jonge kind is vastgelegd dat die signalen, met toestemming van ouders, worden gedeeld met de basisschool waar het kind wordt aangemeld. Voor kinderen met een complexe ontwikkelingsvraag is er een overleg tussen de voorschoolse voorziening, de basisschool en het Expertiseteam voordat het kind vier jaar wordt.
# 9 Kwaliteit en monitoring
## 9.1 Wat volgen we?
Het samenwerkingsverband volgt de ontwikkelingen in de regio met een dashboard dat ieder kwartaal wordt bijgewerkt. Het dashboard bevat onder meer:
- het aantal aanvragen en toegekende arrangementen, per school en per bestuur;
- de deelnamepercentages sbo en so op de teldatum, afgezet tegen het landelijk gemiddelde;
- het aantal thuiszitters en kinderen met een vrijstelling, in samenwerking met leerplicht;
- de doorlooptijden van aanvragen en de wachttijden bij de voorzieningen;
- de uitkomsten van de evaluaties van arrangementen;
- het aantal terugplaatsingen uit sbo en so.
## 9.2 Hoe rapporteren en evalueren we?
De directeur-bestuurder rapporteert ieder kwartaal over het dashboard aan de raad van toezicht. De ondersteuningsplanraad ontvangt twee keer per jaar een voortgangsrapportage. In het jaarverslag beschrijven wij ieder jaar de bereikte resultaten, zowel in cijfers als in woorden. Iedere twee jaar bevragen wij scholen en ouders over hun tevredenheid. De concrete doelen en streefwaarden voor de planperiode stellen wij jaarlijks vast in het jaarplan.
# 10 Organisatie en governance
Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. De raad van toezicht bestaat uit zes leden: vier bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden. De raad houdt toezicht op het bestuur en is werkgever van de directeur-bestuurder. Het directeurenoverleg, waarin een directeur namens elk bestuur zit, adviseert de directeur-bestuurder over beleid en bereidt besluiten voor. Voor de uitwerking van dit plan zijn drie werkgroepen ingesteld: jonge kind, gedrag en welbevinden, en inclusiever onderwijs. De werkgroepen rapporteren twee keer per jaar aan het directeurenoverleg. De ondersteuningsplanraad bestaat uit twaalf leden, zes ouders en zes personeelsleden, en heeft instemmingsrecht op het ondersteuningsplan.
# 11 Personeel, ICT en privacy
## 11.1 Personeel
Het bureau van het samenwerkingsverband telt ongeveer achttien fte, waarvan twaalf fte onderwijsadviseurs en specialisten in het Expertiseteam. Het tekort aan orthopedagogen en ervaren intern begeleiders raakt ook ons. Wij investeren daarom in opleiding: ieder jaar kunnen twee intern begeleiders met een beurs van het samenwerkingsverband de master Educational Needs volgen, en wij bieden een introductieprogramma voor nieuwe intern begeleiders.
Daarnaast organiseert het samenwerkingsverband ieder jaar een studiedag voor alle intern begeleiders en directeuren, met lezingen en werkgroepen over actuele thema's zoals gedrag, kansengelijkheid en samenwerking met jeugdhulp. Netwerken van intern begeleiders komen zes keer per jaar bij elkaar in drie regio's. Voor leerkrachten is er een open aanbod van korte trainingen, onder meer over het werken met een OPP en het voeren van gesprekken met kinderen.
## 11.2 ICT
Aanvragen en arrangementen worden digitaal geregistreerd in het Lindenkring-portaal. In 2026 wordt het portaal gekoppeld aan de leerlingadministratiesystemen van de scholen. Daardoor hoeven intern begeleiders gegevens die al in het leerlingvolgsysteem staan niet opnieuw in te voeren. Het portaal voldoet aan de afspraken uit het Privacyconvenant Onderwijs en wordt jaarlijks door een externe partij getest op beveiliging. Medewerkers van het bureau werken met twee-factorauthenticatie en volgen ieder jaar een korte training informatiebeveiliging.
## 11.3 Privacy
Het samenwerkingsverband verwerkt alleen persoonsgegevens die nodig zijn voor de uitvoering van zijn wettelijke taken. Gegevens worden bewaard tot drie jaar na het laatste besluit. Het samenwerkingsverband heeft een privacyreglement, een verwerkingsregister en een functionaris gegevensbescherming.
# 12 Financiën
De financiële vertaling van dit plan, met het verdeelmodel en de meerjarenbegroting, is ondergebracht in het Financieel Kader 2026-2030. Dat kader wordt in december 2026 door het bestuur vastgesteld, na advies van de raad van toezicht.
# 13 Toelaatbaarheid
De procedure en de criteria voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs zijn vastgelegd in het Reglement Toelaatbaarheid De Lindenkring (bijlage 3, afzonderlijk document).
# Bijlage 1 Verklarende woordenlijst
Arrangement: een pakket van extra ondersteuning voor een kind of een groep kinderen.
Basisondersteuning: de ondersteuning die iedere school ten minste biedt.
Commissie van Toelaatbaarheid: de commissie die namens het bestuur besluit over de afgifte van een toelaatbaarheidsverklaring, na advies van twee deskundigen.
Deelnamepercentage: het percentage kinderen dat sbo of so bezoekt.
Meerjarenbegroting: de begroting van het samenwerkingsverband voor vier jaar.
OPP: ontwikkelingsperspectief.
Sbo: speciaal basisonderwijs.
So: speciaal onderwijs.
TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so.
Verdeelmodel: de afspraken over de verdeling van de middelen over schoolbesturen en voorzieningen.
"""

LABEL_E = {
    "documents": ["po-de-lindenkring-ondersteuningsplan-2026-2030.pdf"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                 "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                 "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "terugstroom": ["monitoring"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 4 (Bouwsteen 1): Lindenkring-akkoord as floor for every vestiging plus nine concrete provisions; kwaliteitskaart check every two years.",
        "plaatsing": "Ch. 13 only refers to the absent Reglement Toelaatbaarheid (bijlage 3); the CvT/deskundigen wording exists only in the glossary; TLV mentions in 5.1 and 6.2 are passing.",
        "terugstroom": "Procedure is in 6.2 under 'Doorgaande lijnen' (five steps, yearly commissie van begeleiding, 1 maart, decider, 31 juli); policy (aims, conditions, support after return) is deferred to 2026-2027.",
        "financien": "Ch. 12 refers to the separate Financieel Kader 2026-2030 (to be set December 2026); verdeelmodel/meerjarenbegroting only in the glossary; no amounts.",
        "dekkend-aanbod": "5.1 continuum basis -> arrangementen -> voorzieningen -> sbo -> so -> OZA; 5.2 yearly analysis with named gaps and actions; 5.3 thuiszitters approach with escalation.",
        "resultaten": "Ch. 9 describes what is monitored, quarterly dashboard, reporting to RvT/OPR and jaarverslag, but no intended results: goals and streefwaarden are deferred to the yearly jaarplan.",
        "ouders": "7.3 independent OJSP (Ouderwijzer), Onderwijsconsulenten, Geschillencommissie; 7.1 partnership/hoorrecht; how parents are informed is deferred to a communicatieplan in 2027 (7.2).",
    },
}

# ---------------------------------------------------------------------------
# Near miss: a VO school's schoolondersteuningsprofiel (not an SWV ondersteuningsplan).
# ---------------------------------------------------------------------------
NEARMISS = r"""
@title Schoolondersteuningsprofiel en ondersteuningsplan school 2025-2026
@title Baken College Rijnwaarde - vmbo, havo, vwo
@title Aangesloten bij Samenwerkingsverband VO Rijnwaarde
@pagebreak
@toc
~ 1 Inleiding
~ 2 Onze school
~ 3 Basisondersteuning op het Baken College
~ 4 De ondersteuningsstructuur
~ 5 Extra ondersteuning en lwoo
~ 6 Als wij het niet kunnen bieden: OPDC, vso en TLV
~ 7 Ouders
~ 8 Middelen
~ 9 Grenzen aan onze ondersteuning
# 1 Inleiding
Dit document is het schoolondersteuningsprofiel (SOP) van het Baken College Rijnwaarde, gecombineerd met ons interne ondersteuningsplan voor het schooljaar 2025-2026. Het beschrijft welke ondersteuning onze school biedt aan leerlingen, hoe die ondersteuning binnen de school is georganiseerd en welke afspraken wij als school hebben gemaakt. Iedere school in het samenwerkingsverband stelt zo'n profiel op; het samenwerkingsverband gebruikt de profielen van alle scholen bij het opstellen van zijn eigen ondersteuningsplan. Dit profiel is vastgesteld door de schoolleiding na advies van de medezeggenschapsraad op 2 oktober 2025 en wordt jaarlijks geactualiseerd.
Het Baken College is aangesloten bij Samenwerkingsverband VO Rijnwaarde. De afspraken over basisondersteuning, toelaatbaarheid en de verdeling van middelen staan in het ondersteuningsplan van het samenwerkingsverband; in dit document beschrijven wij hoe onze school daar invulling aan geeft.
# 2 Onze school
Het Baken College is een brede scholengemeenschap met ongeveer 1.450 leerlingen, verdeeld over de afdelingen vmbo basis en kader (met lwoo), vmbo-tl, havo en vwo. De school staat in het centrum van Rijnwaarde en trekt leerlingen uit de stad en de omliggende dorpen. Ongeveer 18 procent van onze leerlingen heeft een vorm van extra ondersteuning; 210 leerlingen hebben een aanwijzing lwoo.
Onze school wil een veilige plek zijn waar iedere leerling zich gezien voelt. Wij werken met kleine mentorgroepen in de onderbouw en besteden veel aandacht aan de overgang van de basisschool naar het voortgezet onderwijs.
# 3 Basisondersteuning op het Baken College
Het Baken College biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Concreet betekent dit op onze school:
- iedere klas heeft een mentor, die wekelijks een mentoruur geeft en minstens drie keer per jaar met iedere leerling en zijn ouders spreekt;
- leerlingen met dyslexie of dyscalculie krijgen een faciliteitenpas met extra tijd, vergroting en gebruik van voorleessoftware;
- in klas 1 en 2 bieden wij de training Rots en Water en een faalangstreductietraining;
- leerlingen die moeite hebben met plannen kunnen terecht bij de huiswerkbegeleiding en de studiecoach;
- het Baken heeft een time-outruimte, De Haven, waar leerlingen onder begeleiding tot rust kunnen komen;
- wij werken met een protocol medisch handelen en een verzuimprotocol.
# 4 De ondersteuningsstructuur
De eerste lijn is de mentor. Als de mentor zorgen heeft, bespreekt hij de leerling met de teamleider en de ondersteuningscoördinator. De ondersteuningscoördinator coördineert de ondersteuning binnen de school en is het aanspreekpunt voor ouders en externe partners. Eens per zes weken komt het ondersteuningsteam (OT) bijeen, met de ondersteuningscoördinator, de orthopedagoog van de school, de jeugdarts, de schoolmaatschappelijk werker en, als dat nodig is, de leerplichtambtenaar of de consulent van het samenwerkingsverband. Ouders worden uitgenodigd als hun kind wordt besproken.
Voor leerlingen die extra ondersteuning krijgen, stelt de school een ontwikkelingsperspectief (OPP) op. Het OPP wordt twee keer per jaar geëvalueerd met de leerling en de ouders.
# 5 Extra ondersteuning en lwoo
Naast de basisondersteuning biedt het Baken College extra ondersteuning:
- lwoo in kleine klassen (maximaal 16 leerlingen) in vmbo basis en kader, met extra begeleiding bij taal en rekenen;
- de Trajectklas, waar leerlingen die tijdelijk niet in de gewone klas kunnen functioneren een deel van de week les krijgen in een kleine groep;
- begeleiding door een ambulant begeleider van een vso-school voor leerlingen met autisme;
- een aangepast rooster voor leerlingen die herstellen van een ziekte of langdurig verzuim.
De aanvraag voor een aanwijzing lwoo doen wij bij het samenwerkingsverband, na aanmelding van de leerling. Het samenwerkingsverband beslist over de aanwijzing.
# 6 Als wij het niet kunnen bieden: OPDC, vso en TLV
Soms heeft een leerling meer nodig dan onze school kan bieden. Dan bespreken wij met ouders en leerling of een plaatsing in het OPDC van het samenwerkingsverband passend is. Als ook dat niet voldoende is, kan de school een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs aanvragen bij het samenwerkingsverband. De school stelt daarvoor het dossier samen; het samenwerkingsverband besluit. De criteria en de procedure staan in het ondersteuningsplan van het samenwerkingsverband. Leerlingen die vanuit het vso of het OPDC terugkeren naar onze school, krijgen een mentor die extra tijd heeft voor hun begeleiding.
# 7 Ouders
Ouders zijn voor ons belangrijke partners. Wij informeren ouders over de ondersteuning op onze school via de schoolgids, dit ondersteuningsprofiel op onze website en de informatieavonden aan het begin van het schooljaar. Ouders kunnen met vragen over de ondersteuning van hun kind terecht bij de mentor of de ondersteuningscoördinator. Bij klachten geldt de klachtenregeling van de stichting; ouders kunnen zich ook wenden tot de vertrouwenspersoon van de school of tot het ouder- en jeugdsteunpunt van het samenwerkingsverband.
# 8 Middelen
De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning en de middelen voor lwoo. Het Baken College besteedt deze middelen aan de kleine lwoo-klassen, de Trajectklas, de formatie van de ondersteuningscoördinator en de orthopedagoog en aan de training van mentoren. De school legt jaarlijks verantwoording af over de besteding aan het bestuur en het samenwerkingsverband.
# 9 Grenzen aan onze ondersteuning
Onze school kan niet iedere leerling de ondersteuning bieden die hij nodig heeft. Grenzen liggen bij leerlingen die voortdurend een één-op-ééngroep nodig hebben, bij ernstige verpleegkundige zorg die wij niet kunnen verantwoorden en bij gedrag dat de veiligheid van anderen langdurig in gevaar brengt. In die gevallen zoeken wij samen met ouders en het samenwerkingsverband naar een passende plek op een andere school, in het kader van onze zorgplicht.
"""

LABEL_NEARMISS = {
    "documents": ["vo-baken-college-schoolondersteuningsprofiel-2025-2026.docx"],
    "sector": "vo",
    "looks_like_plan": False,
    "elements": {},
    "criteria": {},
    "notes": {
        "document": "School-level schoolondersteuningsprofiel/intern ondersteuningsplan of one VO school (Baken College), adopted by the school leadership after MR advice; it refers to the SWV's own ondersteuningsplan for toelaatbaarheid and verdeling. No OPR, no OOGO, no plan period of an SWV: not an ondersteuningsplan of a samenwerkingsverband.",
    },
}

# ---------------------------------------------------------------------------
# Label files and main
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


def q(s):
    """Double-quoted YAML scalar (JSON strings are valid YAML)."""
    import json
    return json.dumps(s, ensure_ascii=False)


def label_yaml(lab):
    lines = ["documents: [" + ", ".join(lab["documents"]) + "]",
             f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
        adv = lab.get("advisory_addressed", {})
        if adv:
            lines.append("advisory_addressed:")
            for e in ELEMENTS:
                if e in adv:
                    lines.append(f"  {e}: [" + ", ".join(adv[e]) + "]")
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    return "\n".join(lines) + "\n"


def check_label(lab):
    if not lab["looks_like_plan"]:
        return
    for e in ELEMENTS:
        crit = [lab["criteria"][c] for c in CORE if c.startswith(e + ".")]
        adv = lab.get("advisory_addressed", {}).get(e, [])
        if all(crit):
            want = "present"
        elif any(crit) or adv:
            want = "partial"
        else:
            want = "missing"
        assert lab["elements"][e] == want, (lab["documents"], e, lab["elements"][e], want)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("docx", PLAN_A, LABEL_A, dict(header="SWV VO Lingestroom | Ondersteuningsplan 2026-2030",
                                      footer="Basisondersteuning - Toewijzing - Terugplaatsing - Financien - Resultaten - Ouders",
                                      author="SWV VO Lingestroom")),
        ("pdf", PLAN_B, LABEL_B, dict(header="Ondersteuningsplan op hoofdlijnen 2026-2030 | SWV VO Kempenrand",
                                     footer="Kempenrand - samen passend", author="SWV VO Kempenrand")),
        ("html", PLAN_C, LABEL_C, dict(site_title="Samenwerkingsverband VO De Brede Waard")),
        ("docx", PLAN_D, LABEL_D, dict(header="Ondersteuningsplan 2026-2030 SWV PPO Zandmaas - CONCEPT",
                                      footer="Zandmaas - elk kind een passende plek", author="SWV PPO Zandmaas")),
        ("pdf", PLAN_E, LABEL_E, dict(header="SWV PO De Lindenkring - Ondersteuningsplan 2026-2030",
                                     footer="Basisondersteuning | Dekkend aanbod | Doorgaande lijnen | Ouders",
                                     author="SWV PO De Lindenkring")),
        ("docx", NEARMISS, LABEL_NEARMISS, dict(header="Baken College Rijnwaarde - SOP 2025-2026",
                                               author="Baken College")),
    ]
    for fmt, text, lab, kw in jobs:
        check_label(lab)
        name = lab["documents"][0]
        path = OUT / name
        if fmt == "docx":
            write_docx(text, path, **kw)
        elif fmt == "pdf":
            write_pdf(text, path, **kw)
        elif fmt == "html":
            write_html(text, path, **kw)
        stem = name.rsplit(".", 1)[0]
        (OUT / f"{stem}.expected.yaml").write_text(label_yaml(lab), encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main()
