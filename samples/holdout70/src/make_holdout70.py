#!/usr/bin/env python3
"""Generate the holdout70 test set: five fictional ondersteuningsplannen and one near-miss.

Deterministic, no network. Writes into the parent folder of this script's folder:
  po-lindeweide-2025-2029.docx          (PO, complete, carefully written)
  vo-kustvallei-ondersteuningsplan.pdf  (VO, good plan with gaps; rendered from .docx by LibreOffice)
  po-heuvelrand-op-2025.pdf             (PO, middle; rendered from .docx by LibreOffice)
  vo-middenveld-ondersteuningsplan.html (VO, middle/thin; HTML export)
  po-dommelzand-op-2025-2029.docx       (PO, very thin: announces and refers)
  po-lindeweide-jaarverslag-2024.docx   (NOT a plan: annual report of an SWV)
The labels (*.expected.yaml) are hand-written files next to the documents; this script does not
write them.

Only the PDF files depend on LibreOffice (soffice --headless). DOCX files are written with fixed
zip timestamps and fixed core properties so that repeated runs give identical bytes; the PDFs carry
a LibreOffice creation date and are therefore identical in text, not in bytes.
"""
import datetime
import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2025, 4, 17, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", text) ("subtitle", text) ("meta", text) ("pagebreak",)
#   ("toc", [(level, text, page), ...])
#   ("h1", text) ("h2", text) ("h3", text) ("p", text) ("ul", [..]) ("ol", [..])
#   ("table", caption, [[header...], [row...], ...])
# plus document-level header/footer strings.
# ---------------------------------------------------------------------------------------------


def _ensure_style(doc, name, base="Normal"):
    try:
        return doc.styles[name]
    except KeyError:
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles[base]
        return st


def render_docx(blocks, header, footer, path, author):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    toc1 = _ensure_style(doc, "TOC 1")
    toc2 = _ensure_style(doc, "TOC 2")
    toc2.paragraph_format.left_indent = Pt(14)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
        elif kind == "subtitle":
            doc.add_paragraph(b[1], style="Subtitle")
        elif kind == "meta":
            doc.add_paragraph(b[1])
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="TOC Heading")
            for level, text, page in b[1]:
                doc.add_paragraph(f"{text}\t{page}", style=toc1 if level == 1 else toc2)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            caption, rows = b[1], b[2]
            if caption:
                cap = doc.add_paragraph(caption)
                cap.runs[0].italic = True
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    _write_normalised_zip(buf.getvalue(), path)


def _write_normalised_zip(data, path):
    """Rewrite the docx zip with fixed timestamps so that the output is byte-identical per run."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 17, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    Path(path).write_bytes(out.getvalue())


def render_html(blocks, header, footer, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}"
           "nav li.l2{margin-left:1.5em}</style>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(header)}</p></header>', "<main>"]
    in_title = False
    for b in blocks:
        kind = b[0]
        if kind == "title":
            in_title = True
            out.append(f'<section class="titlepage"><p class="doc-title"><strong>{e(b[1])}</strong></p>')
        elif kind == "subtitle":
            out.append(f'<p class="doc-subtitle">{e(b[1])}</p>')
        elif kind == "meta":
            out.append(f'<p class="doc-meta">{e(b[1])}</p>')
        elif kind == "pagebreak":
            out.append("</section>" if in_title else "<hr>")
            in_title = False
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Inhoudsopgave</strong></p><ul>')
            for level, text, _page in b[1]:
                out.append(f'<li class="l{level}">{e(text)}</li>')
            out.append("</ul></nav>")
        elif kind in ("h1", "h2", "h3"):
            out.append(f"<{kind}>{e(b[1])}</{kind}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            caption, rows = b[1], b[2]
            out.append("<table>")
            if caption:
                out.append(f"<caption>{e(caption)}</caption>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            raise ValueError(kind)
    out += ["</main>", f'<footer class="site-footer"><p>{e(footer)}</p></footer>', "</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, header, footer, pdf_path, author):
    """Write a .docx into a temporary folder and render it to PDF with LibreOffice."""
    pdf_path = Path(pdf_path)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, header, footer, src, author)
        profile = tmp / "lo-profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": str(tmp)}, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "h3", "p", "title", "subtitle", "meta"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[2] for c in row)
    return n


# ---------------------------------------------------------------------------------------------
# Neutral filler shared by several plans (voorwoord, governance, personeel, ICT, privacy, ...).
# These paragraphs mention element words in passing only; they must not address any criterion.
# ---------------------------------------------------------------------------------------------

def P(*texts):
    return [("p", t) for t in texts]


def filler_governance(naam, kort, rvt=True):
    blocks = P(
        f"{naam} is een stichting. Alle schoolbesturen met een of meer vestigingen in het werkgebied zijn "
        f"aangesloten. De statuten zijn laatstelijk gewijzigd in 2022, toen het bestuursmodel werd "
        f"aangepast aan de eisen van de Code Goed Bestuur. De statuten bevatten een geschillenregeling voor "
        f"geschillen tussen de aangesloten besturen en de stichting.",
        f"De dagelijkse leiding ligt bij de directeur-bestuurder. Hij of zij is eindverantwoordelijk voor "
        f"de uitvoering van het ondersteuningsplan, voor de bedrijfsvoering van het bureau en voor de "
        f"contacten met de inspectie, de gemeenten en de aangrenzende samenwerkingsverbanden. De "
        f"directeur-bestuurder legt verantwoording af aan het intern toezicht en overlegt ten minste zes "
        f"keer per jaar met de vergadering van aangesloten besturen.",
    )
    if rvt:
        blocks += P(
            f"Het intern toezicht is belegd bij een Raad van Toezicht van vijf leden, van wie drie "
            f"onafhankelijke leden en twee leden op voordracht van de besturen. De raad keurt onder meer de "
            f"begroting, de jaarrekening en het bestuursverslag goed en benoemt de accountant. De raad heeft een "
            f"auditcommissie en een remuneratiecommissie. In het toezichtkader staat welke informatie de raad "
            f"periodiek ontvangt en hoe de raad zich een eigen beeld vormt, onder meer door werkbezoeken aan "
            f"scholen en door een jaarlijks gesprek met de ondersteuningsplanraad.",
        )
    blocks += P(
        f"De besturen committeren zich in de statuten en in dit plan aan een gezamenlijke verantwoordelijkheid "
        f"voor passend onderwijs in de regio. Dat betekent dat zij elkaar aanspreken op afspraken, dat zij "
        f"informatie delen en dat zij bij een verschil van inzicht eerst het gesprek zoeken. {kort} kent "
        f"daarvoor een regeling voor bestuurlijk overleg en, als dat niet tot een oplossing leidt, de "
        f"geschillenregeling uit de statuten.",
    )
    return blocks


def filler_personeel(naam, kort, fte):
    return P(
        f"Het bureau van {kort} telt {fte} fte. Daaronder vallen de directeur-bestuurder, een "
        f"beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), het secretariaat, "
        f"consulenten passend onderwijs en orthopedagogen. Het bureau is gehuisvest in een verzamelgebouw "
        f"waar ook de leerplichtambtenaren van twee gemeenten werken; die nabijheid maakt korte lijnen mogelijk.",
        f"Wij investeren in de deskundigheid van onze eigen medewerkers. Iedere medewerker heeft een persoonlijk "
        f"ontwikkelplan en een scholingsbudget. Orthopedagogen en psychologen houden hun registratie bij. "
        f"Consulenten volgen jaarlijks intervisie en nemen deel aan het regionale netwerk van consulenten. "
        f"Bij de werving van nieuwe medewerkers letten wij op ervaring in het onderwijs en op kennis van de "
        f"jeugdhulp in de regio.",
        f"Het personeelsbeleid van het bureau is vastgelegd in een afzonderlijk personeelsbeleidsplan. Voor "
        f"personeel dat op de scholen werkt, zoals intern begeleiders, leraren en onderwijsassistenten, zijn "
        f"de schoolbesturen werkgever. Het samenwerkingsverband heeft geen personeel in dienst dat "
        f"structureel op scholen wordt ingezet. Werkdruk en het lerarentekort zijn ook in onze regio een zorg; "
        f"wij bespreken met de besturen hoe ondersteuning zo kan worden georganiseerd dat zij leraren "
        f"ontlast in plaats van belast.",
    )


def filler_ict_privacy(naam, kort, systeem):
    return P(
        f"Aanvragen, adviezen en besluiten lopen via het digitale dossiersysteem {systeem}. Scholen maken het "
        f"dossier aan, voegen documenten toe en volgen de status van hun aanvraag. Medewerkers van het bureau "
        f"hebben alleen toegang tot dossiers waarvoor zij een taak hebben. Het systeem is in 2024 opnieuw "
        f"aanbesteed; de leverancier heeft een verwerkersovereenkomst met {kort} gesloten.",
        f"{naam} verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover "
        f"dat nodig is voor de wettelijke taken. Wij werken volgens de Algemene verordening "
        f"gegevensbescherming (AVG). Het privacyreglement beschrijft welke gegevens wij verwerken, met welk "
        f"doel, wie toegang heeft en hoe lang gegevens worden bewaard. Gegevens die betrekking hebben op een "
        f"besluit bewaren wij tot drie jaar na dat besluit. De functionaris gegevensbescherming wordt gedeeld "
        f"met andere samenwerkingsverbanden in de provincie en brengt jaarlijks verslag uit.",
        f"Informatiebeveiliging is een vast onderwerp in de planning- en controlcyclus. Wij laten jaarlijks "
        f"een extern onderzoek doen naar de beveiliging van onze systemen en voeren de aanbevelingen uit. "
        f"Medewerkers volgen elk jaar een korte training over veilig werken met persoonsgegevens. Datalekken "
        f"worden gemeld en geregistreerd volgens de meldplicht.",
    )


def filler_professionalisering(kort):
    return P(
        f"Kennisdeling tussen scholen is een van de sterkste instrumenten die een samenwerkingsverband heeft. "
        f"{kort} organiseert daarom netwerken voor intern begeleiders, ondersteuningscoördinatoren, "
        f"directeuren en gedragsspecialisten. De netwerken komen vier keer per jaar bij elkaar. De "
        f"onderwerpen worden door de deelnemers zelf gekozen; in het afgelopen jaar ging het onder meer over "
        f"executieve functies, over de samenwerking met het wijkteam en over gesprekken met leerlingen.",
        f"Naast de netwerken bieden wij een scholingsaanbod aan, dat grotendeels door eigen medewerkers en "
        f"door medewerkers van de speciale scholen wordt verzorgd. Het aanbod wordt elk voorjaar geactualiseerd "
        f"en staat open voor alle medewerkers van de aangesloten scholen. Voor de professionalisering van "
        f"leraren zijn de besturen zelf verantwoordelijk; ons aanbod is aanvullend.",
    )


def filler_oogo_procedure(kort, gem, datum):
    return P(
        f"Het concept van dit plan is op {datum} besproken in het op overeenstemming gericht overleg (OOGO) "
        f"met de colleges van burgemeester en wethouders van {gem}. Het overleg is gevoerd volgens de "
        f"procedure die {kort} en de gemeenten in 2021 hebben afgesproken, inclusief de regeling voor het "
        f"geval partijen het niet eens worden. De gemeenten hebben ingestemd met het concept; het verslag is "
        f"door beide partijen ondertekend.",
    )


# ---------------------------------------------------------------------------------------------
# Plan 1: PO Lindeweide, complete and carefully written (.docx)
# ---------------------------------------------------------------------------------------------

def plan_lindeweide():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Lindeweide"
    kort = "SWV Lindeweide"
    gem = "Lindeweide, Oosterzand, Ravensbroek en Hessel"
    toc = [
        (1, "Voorwoord", 3), (1, "1 Inleiding en leeswijzer", 4), (1, "2 Lindeweide in cijfers", 5),
        (1, "3 Visie, missie en koers", 6),
        (1, "4 Basisondersteuning: wat elke school biedt", 8), (2, "4.1 Het niveau van basisondersteuning", 8),
        (2, "4.2 De vijftien standaarden", 9), (2, "4.3 Borging van de basisondersteuning", 11),
        (1, "5 Het ondersteuningscontinuüm en het dekkend aanbod", 12),
        (2, "5.1 Extra ondersteuning en arrangementen", 12), (2, "5.2 Bovenschoolse voorzieningen, sbo en so", 13),
        (2, "5.3 Witte vlekken, thuiszitters en zorgplicht", 14), (2, "5.4 Samenwerking met gemeenten en jeugdhulp", 15),
        (1, "6 De ondersteuningsroute", 16), (2, "6.1 Van signaal tot arrangement", 16),
        (2, "6.2 Toelaatbaarheid tot sbo en so", 17), (2, "6.3 De weg terug", 19),
        (1, "7 Geld en middelen", 20), (1, "8 Kwaliteit en verantwoording", 23), (1, "9 Communicatie", 26),
        (1, "10 Organisatie en medezeggenschap", 28), (1, "11 Personeel, ICT en privacy", 29),
        (1, "12 Planning 2025-2029", 31), (1, "Bijlage A Begrippenlijst", 32), (1, "Bijlage B Afkortingen", 34),
    ]
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("subtitle", "Samen sterk voor elk kind in Lindeweide"),
        ("meta", f"Stichting {naam} (PO 33-02)"),
        ("meta", "Vastgesteld door het bestuur op 17 april 2025, na instemming van de ondersteuningsplanraad "
                 "op 9 april 2025 en na OOGO met de gemeenten op 18 maart 2025. Planperiode: 1 augustus 2025 "
                 "tot en met 31 juli 2029."),
        ("pagebreak",),
        ("toc", toc),
        ("h1", "Voorwoord"),
    ]
    b += P(
        "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het is geschreven in een "
        "periode waarin passend onderwijs opnieuw volop in de belangstelling staat: de landelijke "
        "verbeteraanpak, de wet over de positie van ouders en leerlingen en de discussie over een landelijke "
        "norm voor basisondersteuning vragen allemaal iets van ons. Tegelijk merken onze scholen elke dag "
        "dat de vraag naar ondersteuning toeneemt en complexer wordt.",
        "Wij hebben dit plan daarom niet alleen geschreven voor de inspectie of voor het bestuur, maar vooral "
        "voor de mensen die ermee moeten werken: leraren, intern begeleiders, directeuren, medewerkers van de "
        "speciale scholen, onze partners in de gemeenten en niet in de laatste plaats ouders. Wie wil weten wat "
        "een kind op een school in Lindeweide mag verwachten, hoe de weg naar het speciaal (basis)onderwijs "
        "loopt en weer terug, en waar het geld naartoe gaat, moet dat in dit plan kunnen terugvinden.",
        "Een woord van dank aan de ondersteuningsplanraad, die het concept kritisch heeft gelezen en op "
        "verschillende punten tot scherpere afspraken heeft aangezet, en aan de vele intern begeleiders die in "
        "de werkgroepen hebben meegeschreven. Wij kijken uit naar de uitvoering.",
        "Drs. M. (Marieke) Verhoeven, directeur-bestuurder",
    )
    b += [("h1", "1 Inleiding en leeswijzer")]
    b += P(
        "Dit ondersteuningsplan beschrijft hoe de besturen in Lindeweide samen zorgen voor een samenhangend "
        "geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen een zo "
        "passend mogelijke plek in het onderwijs krijgen. Het plan geldt voor vier schooljaren en wordt elk "
        "jaar uitgewerkt in een jaarplan met een jaarbegroting.",
        "Na een korte schets van de regio (hoofdstuk 2) en onze visie (hoofdstuk 3) beschrijven we in "
        "hoofdstuk 4 de basisondersteuning. Hoofdstuk 5 gaat over het ondersteuningscontinuüm en over de manier "
        "waarop wij witte vlekken opsporen en dichten. Hoofdstuk 6 beschrijft de ondersteuningsroute, "
        "inclusief de toelaatbaarheid tot het speciaal (basis)onderwijs en de terugkeer naar de basisschool. "
        "Hoofdstuk 7 beschrijft de verdeling en besteding van de middelen, hoofdstuk 8 de resultaten die wij "
        "nastreven en hoe wij die volgen. Hoofdstuk 9 gaat over de communicatie met ouders en scholen. De "
        "laatste hoofdstukken behandelen organisatie, personeel en planning.",
        "Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, bedoelen "
        "we elke vestiging van een aangesloten school.",
    )
    b += [("h1", "2 Lindeweide in cijfers")]
    b += P(
        "Het samenwerkingsverband omvat de gemeenten Lindeweide, Oosterzand, Ravensbroek en Hessel. Elf "
        "schoolbesturen zijn aangesloten, met samen 58 vestigingen van basisscholen, twee scholen voor speciaal "
        "basisonderwijs en drie locaties voor speciaal onderwijs in cluster 3 en 4. Op 1 oktober 2024 telden de "
        "basisscholen 14.860 leerlingen, de sbo-scholen 312 en de so-locaties 241 leerlingen uit de regio.",
        "De regio is gemengd: een middelgrote stad met wijken met een hoge onderwijsachterstandsscore en een "
        "landelijk gebied met kleine dorpsscholen. Het leerlingaantal daalt in de dorpen en groeit licht in de "
        "stad. Die krimp en groei hebben gevolgen voor de spreiding van voorzieningen en voor de "
        "reisafstanden van leerlingen.",
    )
    b += [("table", "Tabel 2.1 Leerlingaantallen op 1 oktober", [
        ["Soort onderwijs", "2022", "2023", "2024"],
        ["Basisonderwijs", "15.120", "14.990", "14.860"],
        ["Speciaal basisonderwijs", "298", "305", "312"],
        ["Speciaal onderwijs (cat. laag/midden/hoog)", "229", "236", "241"],
    ])]
    b += [("h1", "3 Visie, missie en koers")]
    b += P(
        "Ieder kind in Lindeweide ontwikkelt zich zo ononderbroken mogelijk, in een groep met leeftijdgenoten, "
        "zo dicht mogelijk bij huis. Dat is de kern van onze visie. Wij geloven dat de meeste kinderen het best "
        "op hun plek zijn in de eigen wijk of het eigen dorp, en dat speciale voorzieningen er moeten zijn voor "
        "kinderen die dat echt nodig hebben, zo lang als dat nodig is en niet langer.",
        "Onze missie is dat scholen, ouders en ketenpartners samen zorgen dat geen kind tussen wal en schip valt. "
        "Het samenwerkingsverband is daarbij geen uitvoerder van onderwijs, maar faciliteert, verbindt en "
        "bewaakt afspraken. De scholen en hun besturen zijn verantwoordelijk voor het onderwijs; wij zorgen voor "
        "de randvoorwaarden, de expertise die een school niet zelf kan organiseren, en de wettelijke taken.",
        "Voor de komende vier jaar kiezen we drie koersuitspraken: (1) de basis op elke school is sterk en "
        "voorspelbaar, (2) extra ondersteuning komt snel en zonder bureaucratie naar het kind toe, en (3) wie "
        "naar het speciaal onderwijs gaat, weet ook hoe de weg terug loopt. Deze uitspraken komen in de "
        "volgende hoofdstukken terug in concrete afspraken.",
    )
    b += [("h1", "4 Basisondersteuning: wat elke school biedt"), ("h2", "4.1 Het niveau van basisondersteuning")]
    b += P(
        "Basisondersteuning is in Lindeweide het geheel van preventieve en licht curatieve interventies, "
        "ondersteuningsstructuur en planmatig werken dat iedere vestiging van iedere aangesloten basisschool "
        "biedt, zonder aanvraag bij het samenwerkingsverband en zonder aanvullende middelen. Het bestuur heeft "
        "dit niveau op 14 november 2024 vastgesteld als ondergrens voor alle 58 vestigingen. Geen school mag "
        "onder dit niveau zitten; een school mag er uiteraard boven uitstijgen, en veel scholen doen dat ook.",
        "Het niveau is uitgewerkt in vijftien standaarden. Die standaarden zijn het antwoord op de vraag van "
        "ouders: wat mag ik van elke school in Lindeweide verwachten, ongeacht welke school ik kies? Waar de "
        "basisondersteuning ophoudt, begint de extra ondersteuning (hoofdstuk 5). Het onderscheid is "
        "praktisch: alles wat in de standaarden staat, regelt de school zelf; wat daarbuiten valt, kan de "
        "school met het ondersteuningsteam en het samenwerkingsverband organiseren.",
    )
    b += [("h2", "4.2 De vijftien standaarden")]
    b += P("Iedere school in Lindeweide biedt ten minste het volgende:")
    b += [("ol", [
        "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, met een afgeronde opleiding tot "
        "intern begeleider of bereid die binnen twee jaar te volgen.",
        "Een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, de "
        "schoolmaatschappelijk werker, de jeugdverpleegkundige van de GGD en de consulent van het "
        "samenwerkingsverband.",
        "Handelingsgericht werken: een cyclus van signaleren, analyseren, plannen en evalueren, met ten minste "
        "twee groepsbesprekingen per jaar per groep.",
        "Een leerlingvolgsysteem voor de cognitieve en de sociaal-emotionele ontwikkeling en een jaarlijkse "
        "meting van sociale veiligheid.",
        "Uitvoering van het Protocol Leesproblemen en Dyslexie, inclusief extra leesbegeleiding in de groepen "
        "1 tot en met 4 en begeleiding naar diagnostiek.",
        "Een werkwijze voor ernstige rekenproblemen en dyscalculie volgens het landelijke protocol.",
        "Een anti-pestprogramma en een aanspreekpunt pesten.",
        "Verrijkend en verdiepend aanbod voor leerlingen die meer aankunnen, in de eigen groep.",
        "Ondersteuning bij taalontwikkeling voor leerlingen met een andere thuistaal.",
        "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
        "Aangepaste toetsing en hulpmiddelen (zoals voorleessoftware en een laptop) waar dat nodig is.",
        "Een ontwikkelingsperspectief (OPP) voor leerlingen die op een of meer vakken een eigen leerlijn volgen.",
        "Tot tien uur per jaar consultatie van een orthopedagoog van het samenwerkingsverband.",
        "Een protocol voor time-out en schorsing dat aansluit bij de regionale afspraken.",
        "Een zorgvuldige overdracht naar het voortgezet onderwijs, inclusief een warme overdracht voor "
        "leerlingen met een ondersteuningsbehoefte.",
    ])]
    b += P(
        "Elke school beschrijft in de schoolgids hoe zij deze standaarden uitvoert en welke ondersteuning zij "
        "daarnaast biedt. De schoolgids vervangt daarmee geleidelijk het schoolondersteuningsprofiel.",
    )
    b += [("h2", "4.3 Borging van de basisondersteuning")]
    b += P(
        "Het samenwerkingsverband voert met iedere school eens per jaar een kwaliteitsgesprek over de "
        "standaarden, aan de hand van een zelfevaluatie van de school en van de gegevens uit het dossiersysteem. "
        "Eens in de vier jaar bezoekt een auditteam met een directeur en een intern begeleider van een andere "
        "school de school. Voldoet een school op een of meer standaarden niet, dan stelt het bestuur van die "
        "school binnen drie maanden een verbeterplan op, dat het samenwerkingsverband na een jaar opnieuw toetst. "
        "De directeur-bestuurder meldt structurele tekortkomingen aan het bestuur van het samenwerkingsverband.",
    )
    b += [("h1", "5 Het ondersteuningscontinuüm en het dekkend aanbod"),
          ("h2", "5.1 Extra ondersteuning en arrangementen")]
    b += P(
        "Boven op de basisondersteuning kent Lindeweide vier niveaus van ondersteuning. Op niveau 2 zet de "
        "school eigen extra ondersteuning in uit het schoolbudget, bijvoorbeeld een onderwijsassistent of een "
        "kleine instructiegroep. Op niveau 3 vraagt de school bij het Loket Lindeweide een arrangement aan: "
        "een tijdelijke inzet van expertise of middelen op de eigen school, voor een leerling of een groep. "
        "Op niveau 4 gaat het om bovenschoolse voorzieningen en op niveau 5 om het speciaal basisonderwijs en "
        "het speciaal onderwijs.",
        "Arrangementen op niveau 3 zijn bijvoorbeeld ambulante begeleiding door een medewerker van een so-school, "
        "een gedragsspecialist in de groep gedurende een periode, een onderwijs-zorgarrangement waarin "
        "jeugdhulp in de school wordt geboden, of een tijdelijk individueel programma voor een leerling die "
        "na langdurige afwezigheid terugkeert.",
    )
    b += [("h2", "5.2 Bovenschoolse voorzieningen, sbo en so")]
    b += [("table", "Tabel 5.1 Voorzieningen in Lindeweide", [
        ["Voorziening", "Voor wie", "Plaatsen", "Locatie"],
        ["Taalklas De Brug", "Nieuwkomers 6-12 jaar, eerste jaar in Nederland", "45", "Lindeweide-centrum"],
        ["Plusklas De Uitkijk", "Hoogbegaafde leerlingen groep 5-8, één dag per week", "60", "Oosterzand"],
        ["Voltijd hb-groep (vanaf augustus 2025)", "Hoogbegaafde leerlingen met vastgelopen schoolloopbaan", "16", "Ravensbroek"],
        ["Observatiegroep Het Anker", "Jonge kinderen (4-7) met onduidelijke ondersteuningsvraag, max. 16 weken", "10", "Hessel"],
        ["SBO De Wegwijzer en SBO De Kameleon", "Leerlingen met een TLV sbo", "320", "Lindeweide, Oosterzand"],
        ["SO De Regenboog (cluster 3)", "Leerlingen met een TLV so, o.a. ZML en LG", "120", "Lindeweide"],
        ["SO Het Baken (cluster 4)", "Leerlingen met een TLV so, gedrag en psychiatrie", "110", "Ravensbroek"],
    ])]
    b += P(
        "Voor leerlingen die aangewezen zijn op voorzieningen buiten de regio, zoals scholen voor cluster 1 en 2 "
        "of so-scholen met een specifiek profiel, maken wij afspraken met de omliggende samenwerkingsverbanden.",
    )
    b += [("h2", "5.3 Witte vlekken, thuiszitters en zorgplicht")]
    b += P(
        "Of ons aanbod werkelijk dekkend is, stellen wij elk jaar in oktober vast in een netwerkanalyse. Daarin "
        "brengen wij samen met de besturen in kaart welke leerlingen niet of niet volledig naar school gaan, "
        "voor welke leerlingen geen passend aanbod kon worden gevonden, waar wachtlijsten zijn en welke "
        "aanvragen zijn afgewezen omdat een voorziening ontbrak. De analyse leidt tot een lijst met witte "
        "vlekken en een actie per witte vlek, met een eigenaar en een termijn, die in het jaarplan wordt "
        "opgenomen.",
        "De analyse van 2024 liet twee witte vlekken zien: er was geen passend aanbod voor jonge kinderen met "
        "ernstige gedragsproblematiek die nog niet toe zijn aan het so, en hoogbegaafde leerlingen die volledig "
        "waren vastgelopen, konden alleen buiten de regio terecht. Voor de eerste groep start in 2026 een "
        "kleinschalige groep in samenwerking met de jeugdhulp; voor de tweede groep opent in augustus 2025 de "
        "voltijd hb-groep in Ravensbroek.",
        "Thuiszitters worden binnen twee weken gemeld bij het Thuiszittersoverleg, waarin de school, de "
        "leerplichtambtenaar, de consulent en zo nodig de jeugdhulp zitten. Het overleg komt iedere zes weken "
        "bij elkaar en bespreekt elke leerling tot er een passende plek is. Lukt dat niet binnen drie maanden, "
        "dan gebruikt de directeur-bestuurder haar doorzettingsmacht: zij kan een school of voorziening vragen "
        "de leerling tijdelijk te plaatsen, met een arrangement dat het samenwerkingsverband betaalt.",
        "De zorgplicht ligt bij het bestuur van de school waar de leerling schriftelijk is aangemeld. Kan die "
        "school de leerling geen passend aanbod doen, dan zoekt zij samen met de ouders en de consulent een "
        "andere school die dat wel kan. De besturen hebben afgesproken dat geen leerling tussen twee besturen "
        "in blijft hangen: de consulent houdt de regie tot de plaatsing rond is.",
    )
    b += [("h2", "5.4 Samenwerking met gemeenten en jeugdhulp")]
    b += P(
        "Met de vier gemeenten hebben wij een gezamenlijke agenda. Daarin staan afspraken over "
        "onderwijs-zorgarrangementen, over jeugdhulp onder schooltijd, over de aansluiting tussen de "
        "ondersteuningsteams en de wijkteams, over leerlingenvervoer naar het speciaal onderwijs en over "
        "onderwijshuisvesting voor de nieuwe voorzieningen. Iedere basisschool heeft een vaste contactpersoon "
        "in het wijkteam. Twee keer per jaar bespreken de wethouders en de directeur-bestuurder de voortgang.",
    )
    b += filler_oogo_procedure(kort, gem, "18 maart 2025")
    b += [("h1", "6 De ondersteuningsroute"), ("h2", "6.1 Van signaal tot arrangement")]
    b += P(
        "Iedere ondersteuningsvraag begint bij de leraar en de intern begeleider. Is de basisondersteuning niet "
        "toereikend, dan bespreekt de school de leerling in het ondersteuningsteam, met de ouders aan tafel. "
        "Het ondersteuningsteam stelt vast wat de leerling nodig heeft en of de school dat zelf kan bieden. Zo "
        "niet, dan vraagt de school via het dossiersysteem een arrangement aan bij het Loket Lindeweide. De "
        "consulent beslist binnen vier weken over arrangementen tot € 7.500; grotere arrangementen worden "
        "voorgelegd aan de Commissie Toelaatbaarheid en Arrangementen.",
    )
    b += [("h2", "6.2 Toelaatbaarheid tot sbo en so")]
    b += P(
        "Een leerling kan alleen worden ingeschreven op een sbo-school of so-school (cluster 3 of 4) als het "
        "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De TLV wordt aangevraagd "
        "door het bestuur van de school waar de leerling staat ingeschreven of is aangemeld. In de praktijk "
        "doet de intern begeleider dat namens het bestuur, via het dossiersysteem.",
        "Stap 1: de school stelt het dossier samen. Daarin zitten in elk geval het groeidocument of OPP met de "
        "evaluatie van de geboden ondersteuning, het onderwijskundig rapport, het verslag van de bespreking in "
        "het ondersteuningsteam en de zienswijze van de ouders. Stap 2: het Loket controleert binnen vijf "
        "werkdagen of het dossier compleet is. Stap 3: twee deskundigen brengen ieder een eigen schriftelijk "
        "advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige "
        "(kinder- en jeugdpsycholoog, pedagoog, kinderpsychiater, maatschappelijk werker of arts). De "
        "deskundigen zijn niet betrokken geweest bij de aanvraag. Stap 4: de Commissie Toelaatbaarheid en "
        "Arrangementen weegt de adviezen en het dossier en stelt een besluit voor. Stap 5: de "
        "directeur-bestuurder besluit namens het bestuur, uiterlijk zes weken na ontvangst van het complete "
        "dossier. Ouders ontvangen een afschrift van het besluit en van beide adviezen.",
        "De commissie weegt iedere aanvraag aan de hand van het afwegingskader in tabel 6.1.",
    )
    b += [("table", "Tabel 6.1 Afwegingskader toelaatbaarheid", [
        ["Voorziening", "Een leerling is toelaatbaar als"],
        ["Speciaal basisonderwijs",
         "de basisondersteuning en ten minste één arrangement van niveau 3 gedurende minimaal zes maanden zijn "
         "ingezet en geëvalueerd, en de leerling op meerdere gebieden (leren, gedrag, sociaal-emotioneel) een "
         "ondersteuningsbehoefte heeft die een kleinere groep en een specifieke pedagogische aanpak de hele dag "
         "vraagt."],
        ["So cluster 3",
         "de leerling een ernstige verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte "
         "heeft en een ondersteuningsbehoefte die een so-setting met zorg en therapie onder schooltijd vraagt; "
         "bij een IQ onder 55 is dit zonder voorafgaand arrangement mogelijk."],
        ["So cluster 4",
         "de leerling ernstige gedrags- of psychiatrische problematiek heeft, de ondersteuning op de "
         "basisschool en in het sbo (of een arrangement op niveau 4) aantoonbaar niet toereikend is en de "
         "veiligheid van de leerling of de groep een gespecialiseerde setting vereist."],
    ])]
    b += P(
        "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode, met een maximum van vier "
        "schooljaren. Een TLV voor het so wordt afgegeven voor twee schooljaren, met de "
        "bekostigingscategorie laag, midden of hoog die past bij de ondersteuningsbehoefte. Voor leerlingen "
        "met een structurele beperking kan de TLV tot het einde van de basisschoolperiode gelden.",
        "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
        "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
        "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert. Wij wijzen ouders er in elk besluit op "
        "dat zij ook vooraf kosteloos advies kunnen vragen aan de onderwijsconsulenten.",
    )
    b += [("h2", "6.3 De weg terug")]
    b += P(
        "Het speciaal (basis)onderwijs is in Lindeweide een tussenstation als dat kan. Ons beleid is dat iedere "
        "leerling in het sbo of so ieder jaar opnieuw de kans krijgt om terug te keren naar een basisschool, bij "
        "voorkeur in de eigen woonomgeving, wanneer het OPP laat zien dat de leerling zich in een reguliere "
        "groep verder kan ontwikkelen. Voorwaarde is dat de ontvangende school de ondersteuning kan bieden "
        "die de leerling nog nodig heeft; daarvoor stelt het samenwerkingsverband middelen beschikbaar.",
        "De sbo- of so-school beoordeelt bij iedere OPP-evaluatie, en in elk geval uiterlijk 1 februari van het "
        "laatste jaar van de TLV, samen met de ouders of terugkeer mogelijk is. Vindt de school dat terugkeer "
        "kan, dan neemt zij contact op met de consulent, die samen met de ouders een basisschool zoekt. De "
        "ontvangende school, de s(b)o-school, de ouders en de consulent stellen een terugkeerplan op. De "
        "leerling kan een proefperiode van ten hoogste acht weken volgen met behoud van de inschrijving op de "
        "s(b)o-school. Na een positieve evaluatie wordt de leerling ingeschreven op de basisschool en eindigt de "
        "TLV. Is terugkeer nog niet mogelijk, dan vraagt de s(b)o-school uiterlijk 1 april een nieuwe TLV aan.",
        "De ontvangende school krijgt een terugkeerarrangement van één schooljaar: ambulante begeleiding door "
        "een leraar van de s(b)o-school en een budget van € 4.000 voor extra handen in de groep. Na een half "
        "jaar en na een jaar evalueert de consulent het arrangement met school en ouders.",
        "In het schooljaar 2023-2024 keerden 14 leerlingen vanuit het sbo en 3 leerlingen vanuit het so terug "
        "naar een basisschool. Wij volgen deze aantallen jaarlijks in de monitor (hoofdstuk 8).",
    )
    b += [("h1", "7 Geld en middelen")]
    b += P(
        "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Daarvan "
        "wordt een deel rechtstreeks door DUO ingehouden voor de bekostiging van leerlingen met een TLV in het "
        "so en voor het sbo boven de 2 procent. Wat overblijft, verdelen wij volgens het verdeelmodel dat het "
        "bestuur in december 2024 heeft vastgesteld.",
        "Het verdeelmodel werkt in drie lagen. Ten eerste ontvangt ieder schoolbestuur een schoolbudget: een "
        "vaste voet van € 6.000 per vestiging plus € 145 per leerling op de teldatum van 1 oktober van het "
        "voorafgaande jaar. Het bestuur zet dit budget in voor ondersteuning op niveau 2. Ten tweede houdt het "
        "samenwerkingsverband een budget aan voor arrangementen op niveau 3, dat wordt toegekend door het Loket "
        "op basis van de aanvraag. Ten derde betaalt het samenwerkingsverband de bovenschoolse voorzieningen en "
        "het eigen bureau. Wijzigingen in het verdeelmodel besluit het bestuur na advies van de "
        "directeurenraad, uiterlijk op 1 maart voor het volgende schooljaar.",
        "Schoolbudgetten mogen alleen worden besteed aan ondersteuning van leerlingen op niveau 2: extra "
        "personeel in de groep, ondersteuning door gedragsspecialisten, scholing die direct aan de "
        "ondersteuning verbonden is en materialen. De besturen leggen ieder jaar vóór 1 mei verantwoording af "
        "met het verantwoordingsformat van het samenwerkingsverband, waarin zij aangeven hoeveel zij aan welke "
        "vorm van ondersteuning hebben besteed en met welk effect. Niet bestede middelen boven 10 procent van "
        "het budget worden verrekend met het budget van het volgende jaar.",
    )
    b += [("table", "Tabel 7.1 Meerjarenbegroting (bedragen x € 1.000)", [
        ["Post", "2025", "2026", "2027", "2028"],
        ["Baten: ondersteuningsbudget Rijk", "11.940", "11.820", "11.690", "11.560"],
        ["Af: afdracht so via DUO", "-3.610", "-3.650", "-3.650", "-3.640"],
        ["Af: afdracht sbo boven 2%", "-710", "-700", "-690", "-680"],
        ["Beschikbaar", "7.620", "7.470", "7.350", "7.240"],
        ["Schoolbudgetten (vaste voet + per leerling)", "2.500", "2.470", "2.450", "2.430"],
        ["Arrangementen niveau 3", "1.850", "1.850", "1.800", "1.780"],
        ["Bovenschoolse voorzieningen", "1.420", "1.560", "1.560", "1.540"],
        ["Terugkeerarrangementen", "80", "90", "90", "90"],
        ["Bureau, Loket en deskundigen", "1.310", "1.320", "1.330", "1.340"],
        ["Professionalisering en netwerken", "180", "170", "160", "150"],
        ["Resultaat", "280", "10", "-40", "-90"],
    ])]
    b += P(
        "Het samenwerkingsverband streeft naar een weerstandsvermogen tussen 5 en 8 procent van de baten. Eind "
        "2024 bedroeg de algemene reserve € 1,35 miljoen, ongeveer 11 procent, en dus boven de "
        "signaleringswaarde van de inspectie. Het bestuur heeft besloten het meerdere in de planperiode in te "
        "zetten voor de nieuwe voorzieningen uit paragraaf 5.3; daarom sluiten de jaren 2027 en 2028 met een "
        "bescheiden tekort. De risico's zijn beschreven in de risicoparagraaf van de jaarbegroting.",
    )
    b += [("h1", "8 Kwaliteit en verantwoording")]
    b += P(
        "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in deze planperiode de volgende "
        "resultaten bereiken. De doelen zijn opgesteld met de besturen en de ondersteuningsplanraad en zijn "
        "uitgedrukt in indicatoren met een nulmeting en een streefwaarde voor 2029.",
    )
    b += [("table", "Tabel 8.1 Beoogde resultaten 2025-2029", [
        ["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
        ["Meer leerlingen thuisnabij", "Deelnamepercentage sbo + so", "3,6%", "3,2%"],
        ["Geen langdurige thuiszitters", "Leerlingen langer dan 3 maanden zonder passend aanbod", "9", "0"],
        ["Snelle ondersteuning", "Doorlooptijd aanvraag arrangement (mediaan)", "31 dagen", "20 dagen"],
        ["Terugkeer uit s(b)o", "Leerlingen per jaar teruggeplaatst", "17", "25"],
        ["Tevreden ouders", "Gemiddeld rapportcijfer ouders over de ondersteuning", "7,1", "7,6"],
        ["Basis op orde", "Scholen die aan alle 15 standaarden voldoen", "47 van 58", "58 van 58"],
    ])]
    b += P(
        "In de vorige planperiode (2021-2025) wilden wij het aantal thuiszitters halveren en de doorlooptijd van "
        "TLV-aanvragen terugbrengen tot zes weken. Het eerste is gelukt (van 18 naar 9), het tweede gedeeltelijk: "
        "de mediane doorlooptijd daalde van 9 naar 7 weken. Het deelnamepercentage speciaal onderwijs steeg "
        "licht, van 3,4 naar 3,6 procent, tegen onze bedoeling in. Die uitkomst was de aanleiding voor de "
        "investering in de basis en in de terugkeer.",
        "Wij volgen de resultaten met een monitor die twee keer per jaar wordt bijgewerkt met gegevens uit het "
        "dossiersysteem, de DUO-telling van 1 oktober en de registratie van de leerplichtambtenaren. De monitor "
        "wordt in maart en oktober besproken in het bestuur en met de ondersteuningsplanraad. Elke twee jaar "
        "houden wij een tevredenheidspeiling onder ouders en scholen. In het jaarverslag rapporteren wij per "
        "indicator de bereikte waarde, wat het kostte en welke bijsturing nodig is. Wijkt een indicator meer "
        "dan tien procent af van de lijn naar de streefwaarde, dan stelt de directeur-bestuurder een "
        "verbeteractie voor.",
    )
    b += [("h1", "9 Communicatie")]
    b += P(
        "Goede communicatie is een voorwaarde voor passend onderwijs. Wij communiceren met scholen via een "
        "maandelijkse nieuwsbrief en het netwerk van intern begeleiders, met de gemeenten via het bestuurlijk "
        "overleg en met de ondersteuningsplanraad via de vergaderingen en een jaarlijkse themabijeenkomst.",
        "Ouders informeren wij op drie manieren over de ondersteuningsmogelijkheden. Op de website staat de "
        "Ouderwijzer: een overzicht in gewone taal van de basisondersteuning, de arrangementen, de "
        "voorzieningen uit tabel 5.1 en de route naar het speciaal (basis)onderwijs, met voorbeelden. Elke "
        "school geeft bij de aanmelding de ouderfolder 'Extra ondersteuning in Lindeweide' mee, die verkrijgbaar "
        "is in het Nederlands, Engels, Arabisch en Pools. En twee keer per jaar organiseren wij een "
        "informatieavond voor ouders, in het voorjaar over de overstap naar het voortgezet onderwijs en in het "
        "najaar over de ondersteuningsroute. Daarnaast beschrijft de schoolgids van iedere school de "
        "ondersteuning op die school.",
        "Ouders die onafhankelijk advies of steun zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
        "Lindeweide. Het steunpunt wordt uitgevoerd door een onafhankelijke stichting, heeft een eigen "
        "telefoonnummer en spreekuur en staat los van de scholen en het samenwerkingsverband. Ook kunnen ouders "
        "gratis gebruikmaken van de Onderwijsconsulenten, die bemiddelen als er geen passende plek wordt "
        "gevonden. Bij klachten over het samenwerkingsverband geldt de klachtenregeling; bij geschillen over "
        "toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend "
        "onderwijs.",
        "Ouders zijn partner bij de ondersteuning van hun kind: zij zitten aan tafel in het ondersteuningsteam, "
        "ze stemmen in met het handelingsdeel van het OPP en hun zienswijze maakt deel uit van iedere aanvraag. "
        "Leerlingen worden gehoord over hun OPP, op een manier die past bij hun leeftijd.",
    )
    b += [("h1", "10 Organisatie en medezeggenschap")]
    b += filler_governance(naam, kort)
    b += P(
        "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
        "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht "
        "op het ondersteuningsplan en op wijzigingen daarvan. Het samenwerkingsverband faciliteert de OPR met "
        "een ambtelijk secretaris en een scholingsbudget.",
    )
    b += [("h1", "11 Personeel, ICT en privacy")]
    b += filler_personeel(naam, kort, "14,6")
    b += filler_ict_privacy(naam, kort, "OnderwijsDossier")
    b += filler_professionalisering(kort)
    b += [("h1", "12 Planning 2025-2029")]
    b += [("table", "Tabel 12.1 Planning op hoofdlijnen", [
        ["Schooljaar", "Belangrijkste activiteiten"],
        ["2025-2026", "Start voltijd hb-groep; audits eerste 15 scholen; nieuwe Ouderwijzer online"],
        ["2026-2027", "Start groep jonge kinderen met gedragsproblematiek; evaluatie verdeelmodel"],
        ["2027-2028", "Audits tweede ronde; tussenevaluatie resultaten met OPR"],
        ["2028-2029", "Eindevaluatie; voorbereiding ondersteuningsplan 2029-2033"],
    ])]
    b += P(
        "Elk jaar werken wij dit plan uit in een jaarplan en een jaarbegroting, die in december door het bestuur "
        "worden vastgesteld. De voortgang wordt verantwoord in het jaarverslag, dat vóór 1 juli verschijnt.",
    )
    b += [("h1", "Bijlage A Begrippenlijst")]
    b += [("ul", [
        "Arrangement: een afgesproken pakket van extra ondersteuning voor een leerling of groep.",
        "Basisondersteuning: de ondersteuning die alle scholen van het samenwerkingsverband bieden.",
        "Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een leerling in het so.",
        "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
        "Terugplaatsing: de overstap van een leerling uit het s(b)o naar een basisschool.",
        "Toelaatbaarheidsverklaring (TLV): besluit dat een leerling toelaatbaar is tot het sbo of so.",
        "Verdeelmodel: de afspraken over de verdeling van de ondersteuningsmiddelen.",
    ])]
    b += [("h1", "Bijlage B Afkortingen")]
    b += [("ul", ["AVG: Algemene verordening gegevensbescherming", "DUO: Dienst Uitvoering Onderwijs",
                  "LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
                  "OOGO: op overeenstemming gericht overleg", "OPP: ontwikkelingsperspectief",
                  "OPR: ondersteuningsplanraad", "SBO: speciaal basisonderwijs", "SO: speciaal onderwijs",
                  "TLV: toelaatbaarheidsverklaring"])]
    header = "SWV Lindeweide | Ondersteuningsplan 2025-2029"
    footer = "Ondersteuningsplan 2025-2029 - vastgesteld 17 april 2025"
    return b, header, footer


# ---------------------------------------------------------------------------------------------
# Plan 2: VO Kustvallei, good plan with two gaps (terugkeer procedure deferred; monitoring deferred)
# ---------------------------------------------------------------------------------------------

def plan_kustvallei():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Kustvallei"
    kort = "Kustvallei"
    gem = "Zeehaven, Duinrijk, Kustvallei en Westerpolder"
    toc = [
        (1, "Woord vooraf", 3), (1, "1 Over dit plan", 4), (1, "2 De regio en haar scholen", 5),
        (1, "3 Onze bedoeling", 6), (1, "4 Het fundament: wat elke vestiging waarmaakt", 7),
        (1, "5 Een sluitend netwerk", 9), (2, "5.1 Ondersteuning in lagen", 9), (2, "5.2 OPDC De Overstap en rebound", 10),
        (2, "5.3 Geen jongere zonder plek", 11), (2, "5.4 Onderwijs en jeugdhulp", 12),
        (1, "6 Van aanvraag tot besluit", 13), (2, "6.1 Toelaatbaarheid vso", 13), (2, "6.2 Lwoo en praktijkonderwijs", 15),
        (1, "7 Terugkeer naar het vo", 16), (1, "8 Financieel kader", 17), (1, "9 Ambities en monitoring", 20),
        (1, "10 Communicatie en participatie", 22), (1, "11 Klachten, bezwaar en onafhankelijke hulp", 23),
        (1, "12 Bestuur en organisatie", 24), (1, "13 Mensen en middelen van het bureau", 25),
        (1, "Bijlage 1 Begrippen", 27), (1, "Bijlage 2 Protocol Terugkeer", 28),
    ]
    b = [
        ("title", "Ondersteuningsplan Kustvallei 2025-2029"),
        ("subtitle", "Samen zorgen voor een sluitend netwerk voor alle jongeren"),
        ("meta", f"{naam} (VO 33-05)"),
        ("meta", "Versie 1.0, vastgesteld door het algemeen bestuur op 10 april 2025. Instemming OPR: 3 april 2025. "
                 "OOGO: 11 maart 2025."),
        ("pagebreak",),
        ("toc", toc),
        ("h1", "Woord vooraf"),
    ]
    b += P(
        "Vier jaar geleden schreven we dat Kustvallei 'op weg' was naar een sluitend netwerk. Inmiddels kunnen we "
        "zeggen dat we een flink stuk van die weg hebben afgelegd. Het OPDC is verhuisd naar een nieuw gebouw, "
        "de rebound-voorziening is uitgebreid en de samenwerking met de jeugdhulp is hechter dan ooit. Maar we "
        "zijn er niet: nog steeds zitten er jongeren thuis, nog steeds zijn er scholen die handelingsverlegen "
        "zijn, en nog steeds is de weg van het vso terug naar het reguliere vo voor veel jongeren te lang.",
        "Dit plan is tot stand gekomen in een reeks werksessies met schoolleiders, ondersteuningscoördinatoren, "
        "mentoren, jongeren en ouders. Hun inbreng is in elk hoofdstuk terug te zien. We danken in het bijzonder "
        "de leerlingen van de jongerenpanels, die ons steeds weer vroegen: 'En wat merk ik daar dan van?'",
        "J. (Jeroen) Bakker, directeur-bestuurder",
    )
    b += [("h1", "1 Over dit plan")]
    b += P(
        "Dit ondersteuningsplan beschrijft voor de periode 1 augustus 2025 tot en met 31 juli 2029 hoe de "
        "aangesloten besturen in Kustvallei zorgen voor passend onderwijs voor alle jongeren in de regio. Het "
        "plan geeft de kaders; de scholen werken die kaders uit in hun schoolgids en in hun eigen beleid.",
        "Het plan volgt de wettelijke onderwerpen. Hoofdstuk 4 gaat over de basisondersteuning, hoofdstuk 5 over "
        "het netwerk van voorzieningen, hoofdstuk 6 over de toelaatbaarheid tot het vso en de toewijzing van "
        "lwoo en praktijkonderwijs, hoofdstuk 7 over de terugkeer naar het vo, hoofdstuk 8 over de middelen en "
        "hoofdstuk 9 over de resultaten. Ouders en leerlingen komen aan bod in de hoofdstukken 10 en 11.",
    )
    b += [("h1", "2 De regio en haar scholen")]
    b += P(
        "Kustvallei omvat vier gemeenten langs de kust. Acht besturen met samen 34 vestigingen zijn aangesloten: "
        "22 vestigingen voor vmbo, havo en vwo, vier scholen voor praktijkonderwijs, drie vso-scholen (twee "
        "cluster 4, één cluster 3), het OPDC De Overstap en vier kleinere vestigingen van brede scholengemeenschappen "
        "in de dorpen. Op 1 oktober 2024 volgden 17.420 leerlingen voortgezet onderwijs in de regio.",
        "Het toerisme bepaalt voor een groot deel de economie. Veel jongeren werken naast school in de horeca. "
        "De seizoensgebonden economie en de relatief lange reisafstanden op het platteland zijn factoren waarmee "
        "we rekening houden bij de spreiding van voorzieningen.",
    )
    b += [("table", "Tabel 2.1 Leerlingen per onderwijssoort, 1 oktober 2024", [
        ["Onderwijssoort", "Leerlingen", "Waarvan met lwoo"],
        ["Vmbo (bb/kb/gl/tl)", "6.880", "1.430"],
        ["Havo en vwo", "8.910", "-"],
        ["Praktijkonderwijs", "690", "-"],
        ["Vso", "710", "-"],
        ["Overig (ISK, OPDC)", "230", "-"],
    ])]
    b += [("h1", "3 Onze bedoeling")]
    b += P(
        "Kustvallei wil dat iedere jongere in de regio een diploma of een startkwalificatie haalt, of een andere "
        "passende bestemming vindt, op een school waar hij of zij zich veilig voelt. Dat vraagt om scholen die "
        "veel aankunnen, om voorzieningen die snel inspringen als het even niet lukt, en om een netwerk "
        "waarin niemand de verantwoordelijkheid kan doorschuiven.",
        "We hanteren drie principes. Eén: eerst de basis. Scholen moeten de meeste jongeren zelf goed kunnen "
        "ondersteunen. Twee: ondersteuning volgt de jongere, niet andersom. Middelen en expertise gaan naar de plek "
        "waar de jongere is. Drie: tijdelijk waar het kan. Een plaatsing in een voorziening of in het vso is "
        "geen eindstation.",
        "Deze principes zijn vertaald in de ambities van hoofdstuk 9. Bij alles wat het samenwerkingsverband "
        "doet, stellen we de vraag van de jongerenpanels: wat merkt een leerling hiervan?",
    )
    b += [("h1", "4 Het fundament: wat elke vestiging waarmaakt")]
    b += P(
        "In Kustvallei spreken we van de 'ondersteuningsvloer': de ondergrens aan ondersteuning die elke "
        "vestiging van elk aangesloten bestuur waarmaakt voor iedere leerling, zonder dat er een aanvraag bij het "
        "samenwerkingsverband nodig is. De vloer is in 2024 door de besturen gezamenlijk vastgesteld en geldt "
        "vanaf 1 augustus 2025 voor alle 34 vestigingen, ook voor het praktijkonderwijs en, waar het de "
        "algemene onderdelen betreft, voor het vso. Een vestiging mag meer bieden, niet minder.",
        "Concreet betekent de ondersteuningsvloer dat iedere leerling op elke vestiging kan rekenen op:",
    )
    b += [("ul", [
        "een mentor die de leerling ten minste drie keer per jaar individueel spreekt;",
        "een ondersteuningscoördinator en een zorg- en adviesteam (ZAT) dat ten minste acht keer per jaar bijeenkomt, "
        "met de jeugdarts of jeugdverpleegkundige, de leerplichtambtenaar en het schoolmaatschappelijk werk;",
        "begeleiding bij dyslexie en dyscalculie, met compenserende en dispenserende faciliteiten (extra tijd, "
        "voorleessoftware, vergroot lettertype) die in een faciliteitenpas zijn vastgelegd;",
        "een training sociale vaardigheden of faalangstreductie, in groepsverband, minimaal eenmaal per schooljaar;",
        "coaching bij executieve functies (plannen, organiseren) door een daarvoor geschoolde medewerker;",
        "een time-out- of opvangruimte met een vaste medewerker tijdens alle lesuren;",
        "een aanpak voor verzuim volgens het regionale verzuimprotocol, inclusief een gesprek binnen drie "
        "schooldagen na zorgwekkend verzuim;",
        "een ontwikkelingsperspectief voor leerlingen die extra ondersteuning krijgen;",
        "een veilige overstap: een warme overdracht vanuit het po en naar het mbo.",
    ])]
    b += P(
        "De besturen leggen in de schoolgids per vestiging vast hoe zij de vloer invullen. Het samenwerkingsverband "
        "kijkt elk voorjaar met een korte check of alle onderdelen zijn terug te vinden en bespreekt tekorten "
        "in het bestuurlijk overleg.",
    )
    b += [("h1", "5 Een sluitend netwerk"), ("h2", "5.1 Ondersteuning in lagen")]
    b += P(
        "Boven de ondersteuningsvloer kennen we drie lagen. In de eerste laag zet de school extra "
        "ondersteuning in uit de middelen die het bestuur van het samenwerkingsverband ontvangt: bijvoorbeeld "
        "een klas met een kleinere groepsgrootte, een leerlingbegeleider of een rustige werkplek met begeleiding. "
        "In de tweede laag gaat het om bovenschoolse arrangementen: het OPDC, de rebound-voorziening, het "
        "ambulante team van de vso-scholen en de onderwijs-zorgarrangementen. De derde laag is het vso.",
        "Naast deze lagen zijn er regionale voorzieningen voor specifieke groepen: de Internationale Schakelklas "
        "(ISK) voor nieuwkomers, een hoogbegaafdheidsprogramma op twee havo/vwo-scholen en een voorziening voor "
        "jongeren met een lichamelijke beperking op de brede scholengemeenschap in Duinrijk.",
    )
    b += [("h2", "5.2 OPDC De Overstap en rebound")]
    b += P(
        "Het orthopedagogisch-didactisch centrum De Overstap biedt plaats aan 64 leerlingen die tijdelijk, "
        "maximaal twee jaar, een kleinere en gestructureerde omgeving nodig hebben. Daarna stromen zij terug naar "
        "een reguliere school of door naar het mbo. De rebound-voorziening biedt in maximaal twaalf weken een "
        "time-outplaats voor leerlingen bij wie het op school is vastgelopen, met behoud van inschrijving.",
    )
    b += [("h2", "5.3 Geen jongere zonder plek")]
    b += P(
        "Een netwerk is alleen sluitend als we weten waar het lekt. Daarom houden we een registratie bij van "
        "jongeren die langer dan vier weken zonder passend onderwijs zitten, van wachttijden bij voorzieningen "
        "en van aanvragen die niet konden worden gehonoreerd. Iedere maand bespreekt de Kustvallei-tafel, "
        "met leerplicht, de jeugdhulp en de consulenten van het samenwerkingsverband, alle jongeren op deze "
        "lijst. Per jongere wordt een regisseur aangewezen die binnen twee weken een voorstel doet.",
        "Eens per jaar analyseert het bureau de registratie op patronen. In 2024 bleek zo dat er geen passend "
        "aanbod was voor jongeren met een combinatie van autisme en schoolangst die het reguliere vo niet aankunnen, "
        "maar ook niet op hun plek zijn in het vso. Voor deze groep start in 2025 een kleinschalig "
        "programma op het OPDC. De jaarlijkse analyse en de daaruit volgende acties worden door het bestuur "
        "vastgesteld.",
        "De besturen hebben afgesproken dat de zorgplicht geen 'hete aardappel' mag worden: kan de school van "
        "aanmelding geen passend aanbod doen, dan zorgt het bestuur van die school, met hulp van de consulent, "
        "voor een plek op een andere school binnen zes weken (met een verlenging van ten hoogste vier weken).",
    )
    b += [("h2", "5.4 Onderwijs en jeugdhulp")]
    b += P(
        "Met de gemeenten hebben we afspraken over jeugdhulp in de school, onderwijs-zorgarrangementen voor "
        "jongeren die (tijdelijk) niet volledig onderwijs kunnen volgen, leerlingenvervoer en de aansluiting "
        "op de arbeidsmarkt. Iedere vestiging heeft een vaste schoolcontactpersoon van het jeugdteam.",
    )
    b += filler_oogo_procedure(kort, gem, "11 maart 2025")
    b += [("h1", "6 Van aanvraag tot besluit"), ("h2", "6.1 Toelaatbaarheid vso")]
    b += P(
        "Voor toelating tot het vso heeft een jongere een toelaatbaarheidsverklaring van Kustvallei nodig. De "
        "aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven, of, bij "
        "een aanmelding vanuit het po, door de vso-school waar de ouders hun kind hebben aangemeld. Het dossier "
        "bevat het OPP met de evaluatie van de ondersteuning, een verslag van het gesprek met de leerling en "
        "de ouders, en de relevante onderzoeksgegevens.",
        "De Commissie Toewijzing toetst het dossier. Twee deskundigen geven ieder afzonderlijk schriftelijk "
        "advies: een orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de vraag van de "
        "leerling. Binnen zes weken na ontvangst van een compleet dossier besluit de directeur-bestuurder. Bij "
        "spoed, bijvoorbeeld na een crisisopname, kan een tijdelijke TLV van ten hoogste drie maanden worden "
        "afgegeven.",
        "Een jongere is toelaatbaar tot het vso als aan drie voorwaarden is voldaan: (a) de ondersteuningsbehoefte "
        "is zo groot en zo langdurig dat de ondersteuningsvloer en de eerste twee lagen niet toereikend zijn, "
        "wat blijkt uit een geëvalueerd OPP; (b) de jongere heeft structureel behoefte aan een kleine groep, "
        "specialistische pedagogische begeleiding en een integraal onderwijs-zorgprogramma; en (c) er is geen "
        "regulier of bovenschools alternatief waarmee binnen redelijke termijn hetzelfde kan worden bereikt. "
        "Voor cluster 3 geldt daarnaast dat er sprake is van een verstandelijke of lichamelijke beperking of "
        "langdurige ziekte die de deelname aan het onderwijs ernstig belemmert.",
        "De TLV wordt afgegeven voor de duur van het OPP, doorgaans twee schooljaren, met een "
        "bekostigingscategorie laag, midden of hoog. Tegen het besluit kan binnen zes weken bezwaar worden "
        "gemaakt; Kustvallei is aangesloten bij de Landelijke Bezwaaradviescommissie.",
    )
    b += [("h2", "6.2 Lwoo en praktijkonderwijs")]
    b += P(
        "Kustvallei hanteert voor leerwegondersteunend onderwijs en praktijkonderwijs de landelijke criteria. "
        "Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van ten "
        "minste anderhalf jaar op twee van de vier domeinen (begrijpend lezen, technisch lezen, spellen, "
        "inzichtelijk rekenen), of bij een IQ tussen 91 en 120 met een dergelijke achterstand en "
        "sociaal-emotionele problematiek. Voor het praktijkonderwijs gelden een IQ tussen 55 en 80 en een "
        "leerachterstand van drie jaar of meer op ten minste twee domeinen.",
        "De vo-school waar de leerling is aangemeld, vraagt de aanwijzing lwoo of de toelaatbaarheid pro aan "
        "vóór 1 april van het jaar waarin de leerling instroomt. Het bureau toetst de aanvraag aan de criteria "
        "en beslist binnen vier weken. Lwoo wordt toegewezen voor de duur van de opleiding; de toelaatbaarheid "
        "tot het praktijkonderwijs geldt zonder einddatum.",
    )
    b += [("h1", "7 Terugkeer naar het vo")]
    b += P(
        "Kustvallei vindt dat geen jongere langer in het vso hoort te blijven dan nodig. Terugkeer naar een "
        "reguliere vo-school of het OPDC is het uitgangspunt zodra de jongere zich daar met passende "
        "ondersteuning verder kan ontwikkelen. Voorwaarden zijn dat het OPP een positieve ontwikkeling laat zien, "
        "dat de jongere en de ouders achter de overstap staan en dat de ontvangende school de benodigde "
        "ondersteuning kan bieden. Een terugkeer mag nooit tot een onderbreking van de schoolloopbaan leiden.",
        "Na terugkeer krijgt de ontvangende school een terugkeerarrangement van ten hoogste twaalf maanden, met "
        "ambulante begeleiding door een leraar van de vso-school en een budget voor extra begeleiding. De "
        "jongere houdt zo een vertrouwd gezicht in de nieuwe omgeving.",
        "Welke stappen daarbij worden gezet, wie het initiatief neemt en op welke momenten wordt geëvalueerd, "
        "werken we samen met de vso-scholen uit in het Protocol Terugkeer. Dat protocol ronden we in de loop "
        "van het schooljaar 2025-2026 af; het wordt dan als bijlage 2 aan dit plan toegevoegd.",
    )
    b += [("h1", "8 Financieel kader")]
    b += P(
        "Kustvallei ontvangt middelen voor lichte ondersteuning (waarin lwoo en pro zijn opgenomen) en voor "
        "zware ondersteuning. De bekostiging van het vso en van het praktijkonderwijs wordt via DUO verrekend. "
        "De overige middelen worden verdeeld volgens de verdeelsleutel in tabel 8.1.",
    )
    b += [("table", "Tabel 8.1 Toekenning aan schoolbesturen en voorzieningen", [
        ["Onderdeel", "Grondslag", "Bedrag 2025-2026"],
        ["Basisbudget per bestuur", "€ 118 per leerling (teldatum 1 oktober)", "€ 2.056.000"],
        ["Lwoo-budget", "Per leerling met lwoo-aanwijzing, normbedrag € 3.950", "€ 5.648.500"],
        ["Budget praktijkonderwijs boven de landelijke norm", "Afdracht conform DUO-beschikking", "€ 412.000"],
        ["OPDC De Overstap", "Vast budget op basis van 64 plaatsen", "€ 1.190.000"],
        ["Rebound en ambulant team", "Vast budget", "€ 640.000"],
        ["Onderwijs-zorgarrangementen", "Per arrangement, max. € 12.000", "€ 310.000"],
        ["Terugkeerarrangementen", "Per arrangement, max. € 5.000", "€ 60.000"],
    ])]
    b += P(
        "De besturen besteden het basisbudget aan de eerste laag van extra ondersteuning. Zij verantwoorden de "
        "besteding jaarlijks in een verantwoordingsgesprek met de directeur-bestuurder aan de hand van een "
        "format waarin per vestiging de inzet en de bereikte leerlingen staan. Bij onderbesteding van meer dan "
        "15 procent wordt het budget in het volgende jaar naar rato gekort.",
    )
    b += [("table", "Tabel 8.2 Meerjarenbegroting (x € 1.000)", [
        ["", "2025", "2026", "2027", "2028"],
        ["Baten lichte ondersteuning (incl. lwoo/pro)", "9.830", "9.760", "9.650", "9.540"],
        ["Baten zware ondersteuning", "8.210", "8.150", "8.070", "7.990"],
        ["Afdracht vso (DUO)", "-6.420", "-6.430", "-6.410", "-6.380"],
        ["Toekenning besturen (basis + lwoo + pro)", "8.120", "8.050", "7.960", "7.870"],
        ["Voorzieningen (OPDC, rebound, OZA, terugkeer)", "2.200", "2.260", "2.260", "2.240"],
        ["Bureau en Commissie Toewijzing", "1.050", "1.060", "1.070", "1.080"],
        ["Saldo", "250", "110", "20", "-40"],
    ])]
    b += P(
        "Het weerstandsvermogen bedraagt eind 2024 7,4 procent. Het bestuur houdt een ondergrens aan van 5 "
        "procent. Er is geen sprake van een bovenmatige reserve.",
    )
    b += [("h1", "9 Ambities en monitoring")]
    b += P(
        "Voor jongeren die extra ondersteuning nodig hebben, hebben we voor 2029 de volgende ambities geformuleerd:",
    )
    b += [("ul", [
        "Het aandeel leerlingen in het vso daalt van 4,1 procent naar 3,6 procent van alle vo-leerlingen.",
        "Geen enkele jongere zit langer dan drie maanden thuis zonder passend aanbod.",
        "Ten minste 70 procent van de leerlingen die het OPDC verlaten, zit een jaar later nog op dezelfde "
        "reguliere school of in het mbo.",
        "Jaarlijks keren ten minste 30 vso-leerlingen terug naar het regulier onderwijs.",
        "Negen van de tien jongeren met een OPP geven aan dat zij zich gehoord voelen bij het opstellen ervan.",
    ])]
    b += P(
        "Hoe en wanneer we deze ambities precies gaan meten, welke bronnen we gebruiken en hoe we de "
        "uitkomsten bespreken, is nog onderwerp van gesprek met de besturen en de OPR. Het monitoringskader "
        "wordt in de loop van 2026 vastgesteld.",
    )
    b += [("h1", "10 Communicatie en participatie")]
    b += P(
        "Kustvallei informeert ouders en leerlingen over de ondersteuning via de website, waarop per vestiging "
        "de ondersteuningsvloer en het extra aanbod zijn te vinden, via de jaarlijkse ouderbrochure 'Passend "
        "naar het vo' die in groep 8 aan alle ouders wordt uitgereikt, en via de voorlichtingsavonden die de "
        "vo-scholen in januari houden. Op de website staat ook een korte animatie over de route naar het vso "
        "en het OPDC, ondertiteld in vijf talen.",
        "Jongeren denken mee via twee jongerenpanels, die vier keer per jaar met de directeur-bestuurder "
        "spreken. Ouders denken mee via de OPR, waarin vier ouders en vier medewerkers zitten, en via een "
        "jaarlijkse ouderavond over het beleid.",
    )
    b += [("h1", "11 Klachten, bezwaar en onafhankelijke hulp")]
    b += P(
        "Soms lopen ouders of jongeren vast, of zijn ze het niet eens met een school of met het "
        "samenwerkingsverband. Ouders en jongeren kunnen dan terecht bij het Ouder- en Jeugdsteunpunt "
        "Kustvallei, dat onafhankelijk van scholen en samenwerkingsverband werkt en gratis advies en "
        "begeleiding geeft, bijvoorbeeld bij een gesprek op school. Het steunpunt is bereikbaar via een eigen "
        "telefoonnummer, e-mail en een wekelijks inloopspreekuur in de bibliotheek van Zeehaven. Ouders kunnen "
        "zich ook wenden tot de Onderwijsconsulenten.",
        "Voor bezwaar tegen een besluit over toelaatbaarheid geldt de route uit paragraaf 6.1. Voor klachten "
        "over het samenwerkingsverband is er een klachtenregeling; geschillen over toelating, verwijdering en "
        "het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.",
    )
    b += [("h1", "12 Bestuur en organisatie")]
    b += filler_governance(naam, kort, rvt=False)
    b += P(
        "Kustvallei kent een algemeen bestuur, waarin alle aangesloten besturen zijn vertegenwoordigd, en een "
        "directeur-bestuurder. Het toezicht is intern gescheiden: het algemeen bestuur houdt toezicht op de "
        "directeur-bestuurder en stelt onder meer het ondersteuningsplan, de begroting en het jaarverslag vast.",
    )
    b += [("h1", "13 Mensen en middelen van het bureau")]
    b += filler_personeel(naam, kort, "11,2")
    b += filler_ict_privacy(naam, kort, "Kindkompas")
    b += filler_professionalisering(kort)
    b += [("h1", "Bijlage 1 Begrippen")]
    b += [("ul", [
        "Ondersteuningsvloer: de basisondersteuning die elke vestiging biedt.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "Terugkeer: de overstap van een vso-leerling naar een reguliere vo-school. In het laatste jaar van de "
        "TLV bespreekt de vso-school de terugkeer met de jongere en de ouders; de Commissie Toewijzing "
        "adviseert, de directeur-bestuurder besluit en na zes maanden volgt een evaluatie.",
        "Monitoring: het twee keer per jaar verzamelen van kengetallen uit DUO en het dossiersysteem.",
        "TLV: toelaatbaarheidsverklaring.",
    ])]
    b += [("h1", "Bijlage 2 Protocol Terugkeer")]
    b += P("Volgt (zie hoofdstuk 7).")
    header = "Kustvallei - Ondersteuningsplan 2025-2029"
    footer = "VO 33-05 | versie 1.0 | april 2025"
    return b, header, footer


# ---------------------------------------------------------------------------------------------
# Plan 3: PO Heuvelrand, middle (basis content in absent annex; criteria deferred; finance in a
# separate document; no independent help for parents). Terugplaatsing hidden in the TLV chapter.
# ---------------------------------------------------------------------------------------------

def plan_heuvelrand():
    naam = "Stichting Samenwerkingsverband Passend Onderwijs Heuvelrand PO"
    kort = "Heuvelrand PO"
    gem = "Heuvelrand, Bosschenhoek en Vlierbeek"
    toc = [
        (1, "Voorwoord", 2), (1, "1 Inleiding", 3), (1, "2 Terugblik 2021-2025", 4), (1, "3 Koers 2025-2029", 6),
        (1, "4 Basisondersteuning", 8), (1, "5 Extra ondersteuning en dekkend aanbod", 10),
        (2, "5.1 Het ondersteuningscontinuüm", 10), (2, "5.2 Thuiszitters en witte vlekken", 12),
        (2, "5.3 Hoogbegaafdheid en nieuwkomers", 13), (2, "5.4 Doorgaande lijn naar het vo", 13),
        (1, "6 Toelaatbaarheid", 14), (2, "6.1 De aanvraag", 14), (2, "6.2 Het besluit", 15),
        (2, "6.3 Bezwaar", 15), (2, "6.4 Duur en afloop van de verklaring", 16),
        (1, "7 Financiën", 17), (1, "8 Zicht op kwaliteit", 18), (1, "9 Communicatie", 20),
        (1, "10 Samenwerking met gemeenten", 21), (1, "11 Organisatie", 22), (1, "12 Planning en evaluatie", 24),
        (1, "Bijlage 1 Woordenlijst", 25),
    ]
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("subtitle", f"{naam} (PO 33-07)"),
        ("meta", "Ter instemming voorgelegd aan de OPR op 5 maart 2025; instemming verleend op 26 maart 2025. "
                 "Vastgesteld door het bestuur op 8 april 2025."),
        ("pagebreak",),
        ("toc", toc),
        ("h1", "Voorwoord"),
    ]
    b += P(
        "Met trots presenteren wij het ondersteuningsplan 2025-2029 van Heuvelrand PO. Het plan bouwt voort op "
        "wat in de afgelopen jaren is opgebouwd en kiest op een aantal punten nadrukkelijk voor vernieuwing. "
        "De belangrijkste daarvan is dat wij de ondersteuning dichter bij de groep willen organiseren: minder "
        "aanvragen, meer expertise in de school.",
        "Het plan is in een half jaar tot stand gekomen, in gesprek met directeuren, intern begeleiders, de "
        "speciale scholen, de gemeenten en de ondersteuningsplanraad. Wij zijn iedereen dankbaar voor de "
        "openhartige gesprekken. Niet alles wat werd ingebracht, heeft een plek gekregen; sommige onderwerpen "
        "werken wij in de loop van de planperiode verder uit.",
        "Het bestuur van Heuvelrand PO",
    )
    b += [("h1", "1 Inleiding")]
    b += P(
        "Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dit plan "
        "geldt voor de schooljaren 2025-2026 tot en met 2028-2029. Het beschrijft hoe de negen aangesloten "
        "besturen met hun 41 basisscholen, één school voor speciaal basisonderwijs en twee so-scholen samen "
        "zorgen voor een passende plek voor ieder kind in de gemeenten Heuvelrand, Bosschenhoek en Vlierbeek.",
        "De wet schrijft voor welke onderwerpen het plan ten minste moet bevatten: de basisondersteuning, de "
        "verdeling en besteding van de middelen, de toelaatbaarheid tot sbo en so, de terugplaatsing, de "
        "beoogde en bereikte resultaten en de informatie aan ouders. Voordat het plan werd vastgesteld, is het "
        "besproken met de gemeenten en heeft de ondersteuningsplanraad ermee ingestemd. Het plan wordt vóór 1 "
        "mei 2025 aan de inspectie toegezonden.",
        "Het plan is geschreven op hoofdlijnen. Een aantal uitwerkingen staat in afzonderlijke documenten die "
        "op de website van het samenwerkingsverband worden gepubliceerd, zoals het handboek voor de "
        "ondersteuningsroute en het financieel kader. Het plan wordt jaarlijks vertaald in een jaarplan.",
    )
    b += [("h1", "2 Terugblik 2021-2025")]
    b += P(
        "In het vorige ondersteuningsplan stonden drie speerpunten centraal: het versterken van de "
        "ondersteuningsteams op de scholen, het terugdringen van het aantal thuiszitters en het verbeteren van "
        "de samenwerking met de jeugdhulp. Op alle drie de speerpunten is vooruitgang geboekt.",
        "Alle scholen hebben inmiddels een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt. Het "
        "aantal leerlingen dat langer dan vier weken thuiszat, daalde van 23 in 2021 naar 11 in 2024. Met de "
        "gemeenten zijn afspraken gemaakt over een vaste contactpersoon van het sociaal team per school; die "
        "afspraken zijn in 2023 geëvalueerd en bijgesteld.",
        "Minder succesvol waren wij in het afremmen van de groei van het speciaal onderwijs. Het "
        "deelnamepercentage so steeg van 1,7 naar 2,0 procent. In de evaluatie met de besturen werd duidelijk "
        "dat scholen handelingsverlegen zijn bij ernstige gedragsproblematiek. Daarom richt dit plan zich op "
        "expertise in de school (hoofdstuk 5).",
        "De coronaperiode heeft ook in onze regio sporen nagelaten. Scholen signaleerden meer sociaal-emotionele "
        "problemen en meer verzuim. Met de NPO-middelen van de scholen zijn veel extra activiteiten opgezet; "
        "een deel daarvan zetten scholen voort uit eigen middelen.",
    )
    b += [("h1", "3 Koers 2025-2029")]
    b += P(
        "Heuvelrand PO staat voor inclusiever onderwijs. Wij willen dat kinderen zoveel mogelijk naar een school "
        "in hun eigen dorp of wijk kunnen gaan, samen met broertjes, zusjes en buurkinderen. Dat vraagt om "
        "scholen die zich toegerust voelen, om ondersteuning die meebeweegt met het kind, en om korte lijnen met "
        "ouders en jeugdhulp.",
        "Onze koers rust op vier pijlers: vakmanschap in de groep, samen verantwoordelijk, eenvoudige routes, en "
        "leren van resultaten. Deze pijlers zijn de leidraad voor de jaarplannen. De besturen hebben "
        "afgesproken dat zij hun eigen strategisch beleid op deze pijlers afstemmen.",
        "Wij realiseren ons dat inclusiever onderwijs niet vanzelf gaat en dat het een investering vraagt van "
        "leraren. Werkdruk, lerarentekort en de zorg om de kwaliteit van het basisonderwijs spelen ook hier. "
        "Daarom kiezen wij voor een geleidelijke aanpak, waarbij scholen die willen voorop kunnen lopen en "
        "andere scholen in hun eigen tempo volgen.",
    )
    b += [("h1", "4 Basisondersteuning")]
    b += P(
        "In Heuvelrand hebben alle besturen afgesproken dat iedere vestiging van iedere aangesloten basisschool "
        "hetzelfde niveau van basisondersteuning biedt. Dat niveau is de ondergrens: een school kan meer "
        "bieden, maar niet minder. Wij volgen daarbij de vier aspecten van het Referentiekader passend onderwijs: "
        "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
        "planmatig werken.",
        "De uitwerking van de basisondersteuning in twaalf standaarden, met per standaard wat ouders op iedere "
        "school mogen verwachten, vindt u in bijlage 2 'Standaarden basisondersteuning Heuvelrand'. De "
        "standaarden worden in het voorjaar van 2025 met de intern begeleiders herijkt.",
        "Iedere school beschrijft in het schoolondersteuningsprofiel en in de schoolgids hoe zij de "
        "basisondersteuning invult en welke extra ondersteuning zij biedt.",
    )
    b += [("h1", "5 Extra ondersteuning en dekkend aanbod"), ("h2", "5.1 Het ondersteuningscontinuüm")]
    b += P(
        "Wanneer een kind meer nodig heeft dan de basisondersteuning, organiseert de school in de eerste plaats "
        "extra ondersteuning in de eigen groep. De school kan daarbij de hulp inroepen van het Expertiseteam "
        "Heuvelrand: een team van zes orthopedagogen, gedragsspecialisten en een logopedist dat op verzoek van "
        "de intern begeleider binnen twee weken meedenkt, observeert in de groep en leraren coacht.",
        "Is meer nodig, dan kan de school een arrangement aanvragen. Het samenwerkingsverband kent drie soorten "
        "arrangementen: een begeleidingsarrangement (ambulante begeleiding door een medewerker van het sbo of "
        "so, maximaal een jaar), een groepsarrangement (een kleine groep binnen een basisschool voor kinderen "
        "met vergelijkbare behoeften, bijvoorbeeld de taal-leesgroep in Bosschenhoek) en een "
        "onderwijs-zorgarrangement, waarin onderwijs en jeugdhulp samen een programma bieden.",
        "Daarnaast zijn er de speciale voorzieningen: sbo De Heuvel (ongeveer 190 leerlingen), so De Esdoorn "
        "voor cluster 3 en so Het Kompas voor cluster 4. Kinderen die aangewezen zijn op cluster 1 of 2 of op een "
        "specifiek so-aanbod gaan naar scholen buiten de regio; met de omliggende samenwerkingsverbanden "
        "zijn daarover afspraken gemaakt.",
    )
    b += [("h2", "5.2 Thuiszitters en witte vlekken")]
    b += P(
        "Elk kind dat niet naar school gaat, wordt door de school binnen vijf schooldagen gemeld bij de "
        "leerplichtambtenaar en bij de consulent van het samenwerkingsverband. De consulent organiseert binnen "
        "twee weken een overleg met ouders, school en, waar nodig, het sociaal team, en houdt de regie totdat "
        "er een passend aanbod is. Eens per maand bespreken leerplicht en samenwerkingsverband alle meldingen.",
        "Twee keer per jaar analyseren wij de meldingen, de wachtlijsten van het so en de afgewezen "
        "aanvragen. Waar een witte vlek blijkt, formuleert het bestuur een oplossing met een termijn. Op dit "
        "moment zijn twee witte vlekken bekend: een passend aanbod voor kinderen met ernstige angstproblematiek "
        "en voldoende plaatsen voor jonge risicoleerlingen. Voor beide zijn werkgroepen ingesteld die vóór de "
        "zomer van 2026 een voorstel doen.",
    )
    b += [("h2", "5.3 Hoogbegaafdheid en nieuwkomers")]
    b += P(
        "Voor hoogbegaafde kinderen bieden drie scholen een plusklas, waar kinderen uit de hele regio één "
        "ochtend per week terechtkunnen. Nieuwkomers volgen het eerste jaar onderwijs in een van de twee "
        "taalklassen, in Heuvelrand en in Vlierbeek, en stromen daarna door naar een basisschool in de buurt.",
    )
    b += [("h2", "5.4 Doorgaande lijn naar het vo")]
    b += P(
        "De overstap naar het voortgezet onderwijs is voor kinderen met een ondersteuningsbehoefte een "
        "kwetsbaar moment. Met het samenwerkingsverband voortgezet onderwijs in de regio hebben wij afgesproken "
        "dat de basisschool voor deze kinderen uiterlijk 1 maart een warme overdracht organiseert, waarbij de "
        "intern begeleider, de mentor of ondersteuningscoördinator van de vo-school en de ouders aanwezig zijn. "
        "Voor leerlingen uit het sbo en so is er daarnaast een overdrachtsgesprek met de orthopedagoog van de "
        "vo-school. De afspraken worden jaarlijks geëvalueerd in het PO-VO-overleg.",
        "Ook de overgang van voorschoolse voorzieningen naar groep 1 verdient aandacht. In de drie gemeenten "
        "vindt voor peuters met een ondersteuningsbehoefte een warme overdracht plaats van de kinderopvang naar "
        "de basisschool. Het consultatiebureau en de voorschoolse voorziening zijn daarbij betrokken.",
    )
    b += [("h1", "6 Toelaatbaarheid"), ("h2", "6.1 De aanvraag")]
    b += P(
        "Voor plaatsing op sbo De Heuvel of op een so-school is een toelaatbaarheidsverklaring nodig. De "
        "aanvraag wordt ingediend door het schoolbestuur van de school waar het kind staat ingeschreven. De "
        "intern begeleider stelt het dossier samen in het digitale systeem: het groeidocument, het verslag van "
        "het multidisciplinair overleg waarin ouders hebben meegesproken, en de handtekening van de ouders "
        "voor gezien. Ouders kunnen hun zienswijze toevoegen.",
    )
    b += [("h2", "6.2 Het besluit")]
    b += P(
        "De Commissie Toelaatbaarheid van Heuvelrand PO behandelt de aanvraag. Een orthopedagoog en een tweede "
        "deskundige, die niet bij de aanvraag betrokken zijn geweest, geven ieder een eigen advies. De commissie "
        "toetst de aanvraag aan het Afwegingskader Toelaatbaarheid. Dit afwegingskader wordt geactualiseerd "
        "zodra de landelijke ontwikkelingen rond de norm voor basisondersteuning duidelijk zijn, en wordt "
        "daarna op de website gepubliceerd. Het bestuur besluit binnen zes weken na ontvangst van het complete "
        "dossier. Ouders krijgen een afschrift van het besluit en van de adviezen.",
    )
    b += [("h2", "6.3 Bezwaar")]
    b += P(
        "Tegen een besluit over toelaatbaarheid kan binnen zes weken na verzending bezwaar worden gemaakt bij het "
        "bestuur van het samenwerkingsverband. Het bestuur hoort de indiener en beslist binnen twaalf weken.",
    )
    b += [("h2", "6.4 Duur en afloop van de verklaring")]
    b += P(
        "Een verklaring voor het sbo geldt voor drie schooljaren, een verklaring voor het so voor twee "
        "schooljaren, in beide gevallen tot 31 juli van het laatste schooljaar. Voor so-leerlingen wordt "
        "de bekostigingscategorie (laag, midden of hoog) in de verklaring vermeld.",
        "Heuvelrand PO gaat ervan uit dat een plaatsing in het sbo of so tijdelijk is, tenzij de beperking van "
        "het kind blijvend is. Wij willen dat kinderen terugkeren naar de basisschool zodra zij zich daar, met "
        "de juiste ondersteuning, goed kunnen ontwikkelen. Daarbij kiezen wij voor een school zo dicht mogelijk "
        "bij huis en voor een overstap bij voorkeur aan het begin van een schooljaar of na een vakantie.",
        "In het laatste schooljaar van de verklaring bespreekt de sbo- of so-school uiterlijk in januari met de "
        "ouders en de consulent of het kind kan teruggaan. Zo ja, dan zoekt de consulent met de ouders een "
        "basisschool; de speciale school en de basisschool maken samen een overstapplan, dat de intern "
        "begeleider van de basisschool na zes en na twaalf weken evalueert. De ontvangende school krijgt een "
        "begeleidingsarrangement van een half jaar, waarbij een leraar van de speciale school de leraar van "
        "de basisschool coacht. Zo nee, dan vraagt de speciale school vóór 1 april een nieuwe verklaring aan.",
    )
    b += [("h1", "7 Financiën")]
    b += P(
        "Heuvelrand PO wil haar middelen zo inzetten dat zij zoveel mogelijk bij de kinderen terechtkomen. Het "
        "samenwerkingsverband houdt de kosten van de eigen organisatie bewust laag.",
        "De verdeling van de middelen over de besturen en voorzieningen, de begroting en de meerjarenbegroting "
        "zijn uitgewerkt in het Financieel Kader Heuvelrand PO 2025-2029. Het financieel kader wordt ieder jaar "
        "in december door het bestuur vastgesteld en maakt geen deel uit van dit plan. Het is na vaststelling "
        "te vinden op de website.",
    )
    b += [("h1", "8 Zicht op kwaliteit")]
    b += P(
        "Wat willen wij bereiken voor kinderen die extra ondersteuning nodig hebben? Het bestuur heeft samen met "
        "de OPR vijf doelen voor 2029 vastgesteld:",
    )
    b += [("table", "Tabel 8.1 Doelen 2029", [
        ["Doel", "Stand 2024", "2029"],
        ["Deelnamepercentage so", "2,0%", "1,8%"],
        ["Deelnamepercentage sbo", "2,3%", "2,3% (stabiel)"],
        ["Thuiszitters langer dan 4 weken (peildatum 1 maart)", "11", "maximaal 4"],
        ["Kinderen die jaarlijks uit sbo of so terugkeren naar de basisschool", "9", "15"],
        ["Scholen waar leraren zich toegerust voelen (teampeiling, % positief)", "61%", "80%"],
    ])]
    b += P(
        "Deze doelen volgen wij in een jaarlijkse kwaliteitscyclus. In oktober verzamelt het bureau de "
        "gegevens: deelnamepercentages van DUO per 1 oktober, de thuiszittersregistratie van leerplicht, de "
        "terugkeergegevens uit het dossiersysteem en de uitkomsten van de teampeiling die iedere school in "
        "september afneemt. In november bespreken het bestuur en de OPR de uitkomsten en zo nodig "
        "bijsturingsvoorstellen. In het jaarverslag rapporteren wij de bereikte waarden naast de doelen.",
        "Daarnaast bezoekt de directeur eens per jaar elke school voor een gesprek over de ondersteuning, "
        "waarin de school haar eigen gegevens toelicht. De uitkomsten van deze gesprekken worden op "
        "bestuursniveau samengevat, zonder oordeel over individuele scholen.",
    )
    b += [("h1", "9 Communicatie")]
    b += P(
        "Heuvelrand PO wil een open en toegankelijke organisatie zijn. Voor scholen verschijnt zes keer per jaar "
        "een nieuwsbrief; de intern begeleiders ontmoeten elkaar vier keer per jaar in het IB-netwerk.",
        "Ouders vinden op de website van het samenwerkingsverband een ouderpagina met uitleg over de "
        "ondersteuning op de scholen, de arrangementen, de speciale voorzieningen en de toelaatbaarheid, en "
        "met de schoolondersteuningsprofielen van alle scholen. Bij de inschrijving ontvangen ouders van de "
        "school de folder 'Extra ondersteuning, hoe werkt dat?'. Eenmaal per jaar organiseren wij samen met de "
        "OPR een ouderavond over passend onderwijs.",
        "Het samenwerkingsverband verkent met de gemeenten hoe in de regio een ouder- en jeugdsteunpunt kan "
        "worden ingericht. Wij verwachten hierover in 2026 een besluit te nemen. Voor de klachtenregeling "
        "verwijzen wij naar de website.",
    )
    b += [("h1", "10 Samenwerking met gemeenten")]
    b += P(
        "Onderwijs en jeugdhulp raken elkaar op veel plaatsen. Met de drie gemeenten hebben wij afspraken over "
        "de inzet van het sociaal team op scholen, over jeugdhulp onder schooltijd en over het leerlingenvervoer. "
        "De wethouders en het bestuur van het samenwerkingsverband spreken elkaar twee keer per jaar.",
    )
    b += filler_oogo_procedure(kort, gem, "25 februari 2025")
    b += [("h1", "11 Organisatie")]
    b += filler_governance(naam, kort)
    b += P(
        "De ondersteuningsplanraad telt acht leden: vier ouders en vier personeelsleden. De OPR heeft op 26 "
        "maart 2025 ingestemd met dit plan.",
    )
    b += filler_personeel(naam, kort, "8,4")
    b += filler_ict_privacy(naam, kort, "Zorgroute Online")
    b += [("h1", "12 Planning en evaluatie")]
    b += P(
        "In het eerste planjaar ligt de nadruk op de versterking van het Expertiseteam en op de herijking van de "
        "standaarden basisondersteuning. In het tweede jaar volgt de evaluatie van de arrangementen. In het "
        "derde jaar evalueren wij het plan als geheel met de OPR, zodat de uitkomsten kunnen worden gebruikt "
        "voor het volgende plan. Het jaarplan wordt in december vastgesteld, het jaarverslag verschijnt in juni.",
    )
    b += filler_professionalisering(kort)
    b += [("h1", "Bijlage 1 Woordenlijst")]
    b += [("ul", [
        "Basisondersteuning: wat iedere school biedt, zoals een intern begeleider, een dyslexieprotocol, een "
        "anti-pestaanpak, begeleiding bij gedrag en een aanbod voor meerbegaafde kinderen.",
        "Afwegingskader: de criteria waaraan de Commissie Toelaatbaarheid een aanvraag toetst, zoals "
        "uitgeputte mogelijkheden op de basisschool en een meervoudige ondersteuningsbehoefte.",
        "Onderwijsconsulenten: onafhankelijke adviseurs die ouders gratis helpen als zij vastlopen.",
        "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
        "Verdeelmodel: de manier waarop de ondersteuningsmiddelen per leerling over de besturen worden verdeeld.",
        "TLV: toelaatbaarheidsverklaring.",
    ])]
    header = "Heuvelrand PO - Ondersteuningsplan 2025-2029"
    footer = "PO 33-07"
    return b, header, footer


# ---------------------------------------------------------------------------------------------
# Plan 4: VO Middenveld, middle/thin (HTML). Toewijzing procedure referred to a handbook,
# terugplaatsing deferred, no gap analysis, no intended results, nothing for parents.
# ---------------------------------------------------------------------------------------------

def plan_middenveld():
    naam = "Samenwerkingsverband VO Middenveld"
    kort = "Middenveld"
    gem = "Middenveld, Aarlanderveen-Oost en Steenwijde"
    toc = [
        (1, "Voorwoord", 2), (1, "1 Inleiding", 3), (1, "2 Middenveld in beeld", 4), (2, "2.1 Terugblik", 4),
        (1, "3 Waar wij voor staan", 5),
        (1, "4 Wat een leerling op iedere school mag verwachten", 6), (1, "5 Het ondersteuningsaanbod", 8),
        (2, "5.1 Lagen van ondersteuning", 8), (2, "5.2 Het OPDC en de rebound", 9), (2, "5.3 Vso", 9),
        (2, "5.4 Dekkend netwerk", 10),
        (1, "6 Terug- en doorplaatsing", 10), (1, "7 Toewijzing vso, lwoo en pro", 11),
        (1, "8 Waar het geld naartoe gaat", 13), (1, "9 Kwaliteit en monitoring", 15), (1, "10 Communicatie", 16),
        (1, "11 Gemeenten en arbeidsmarkt", 17), (1, "12 Organisatie en personeel", 18),
        (1, "13 Vooruitblik", 20), (1, "Begrippen en afkortingen", 21),
    ]
    b = [
        ("title", "Ondersteuningsplan 2025-2029 Samenwerkingsverband VO Middenveld"),
        ("subtitle", "Passend onderwijs dichtbij"),
        ("meta", "VO 33-09 | definitieve versie na instemming OPR (1 april 2025) en OOGO (13 maart 2025) | "
                 "vastgesteld door het algemeen bestuur op 15 april 2025"),
        ("pagebreak",),
        ("toc", toc),
        ("h1", "Voorwoord"),
    ]
    b += P(
        "Passend onderwijs dichtbij: dat is de titel van dit plan en ook de opdracht die wij onszelf geven. "
        "Middenveld is een uitgestrekte regio met grote afstanden. Een plek in een voorziening betekent voor "
        "veel jongeren dagelijks een lange reis. Wij willen daarom dat de ondersteuning zo veel mogelijk naar de "
        "school toe komt.",
        "Dit plan is een vervolg op het plan 2021-2025. Het is compacter dan zijn voorganger. Sommige "
        "onderwerpen hebben wij bewust nog niet tot in detail uitgewerkt, omdat de landelijke ontwikkelingen, "
        "zoals de norm voor basisondersteuning en de wetgeving rond het ouder- en jeugdsteunpunt, nog in "
        "beweging zijn. Waar dat het geval is, geven wij aan wanneer de uitwerking volgt.",
        "Wij hebben geprobeerd het plan leesbaar te houden voor iedereen die ermee werkt. Waar vaktaal "
        "onvermijdelijk was, vindt u een toelichting in de lijst met begrippen en afkortingen achterin.",
        "Ik dank de schoolleiders, de ondersteuningscoördinatoren en de leden van de OPR voor hun bijdragen.",
        "A. (Ahmed) El Amrani, directeur-bestuurder",
    )
    b += [("h1", "1 Inleiding")]
    b += P(
        "Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. Het wordt "
        "eens in de vier jaar vastgesteld en beschrijft onder meer de basisondersteuning, het aanbod aan "
        "voorzieningen, de toewijzing van vso, lwoo en praktijkonderwijs, de verdeling van de middelen en de "
        "kwaliteitszorg. Het plan loopt van 1 augustus 2025 tot en met 31 juli 2029.",
        "De uitvoering van dit plan ligt grotendeels bij de scholen. Het samenwerkingsverband faciliteert, "
        "bewaakt de afspraken en voert de wettelijke taken uit. Elk jaar verschijnt een jaarplan met een "
        "jaarbegroting, en in de loop van de planperiode worden voortgangsparagrafen aan dit plan toegevoegd.",
        "Het plan is tot stand gekomen in een traject van ruim een half jaar. In het najaar van 2024 zijn "
        "vier werksessies gehouden met schoolleiders en ondersteuningscoördinatoren, waarin de ervaringen met "
        "het vorige plan zijn besproken. Daarna heeft een schrijfgroep onder leiding van de beleidsmedewerker "
        "het concept opgesteld. Het concept is besproken in het algemeen bestuur, met de vso-scholen, met het "
        "samenwerkingsverband primair onderwijs waarmee ons werkgebied overlapt, en met de gemeenten. De OPR "
        "heeft het concept in twee vergaderingen behandeld.",
    )
    b += [("h1", "2 Middenveld in beeld")]
    b += P(
        "In Middenveld werken zes besturen samen, met 19 vestigingen voor regulier voortgezet onderwijs, twee "
        "scholen voor praktijkonderwijs en twee vso-scholen (cluster 4 en cluster 3). Het OPDC Het Kruispunt "
        "valt onder het samenwerkingsverband. In oktober 2024 telde de regio 11.260 vo-leerlingen, van wie 480 "
        "in het praktijkonderwijs en 395 in het vso.",
        "Het leerlingaantal daalt in de komende tien jaar naar verwachting met 12 procent. Die krimp stelt de "
        "besturen voor keuzes over het onderwijsaanbod in de kleinere kernen. De besturen hebben in het "
        "Regionaal Plan Onderwijsvoorzieningen afspraken gemaakt over de spreiding van opleidingen; passend "
        "onderwijs is daarin een van de overwegingen.",
    )
    b += [("h2", "2.1 Terugblik")]
    b += P(
        "De afgelopen planperiode was een periode van bouwen. Het OPDC Het Kruispunt is in 2022 verhuisd naar "
        "een gerenoveerd gebouw naast een van de vmbo-scholen, waardoor leerlingen makkelijker lessen op de "
        "reguliere school kunnen volgen. In 2023 is een nieuw dossiersysteem in gebruik genomen, en in 2024 "
        "hebben alle besturen het basisaanbod vastgesteld dat in hoofdstuk 4 wordt beschreven.",
        "Het aantal afgegeven TLV's voor het vso daalde in de planperiode van 142 in 2021 naar 128 in 2024. Het "
        "aantal bovenschoolse arrangementen steeg juist, van 61 naar 94. De doorlooptijd van aanvragen bleef "
        "ongeveer gelijk, rond de vijf weken. De scholen waardeerden de dienstverlening van het bureau in de "
        "laatste peiling met een 7,4.",
        "Niet alles ging zoals gehoopt. De samenwerking met de jeugdhulp bleef afhankelijk van personen, en de "
        "wisselingen in de teams van de gemeenten maakten het moeilijk om afspraken vast te houden. Ook vroeg de "
        "invoering van het nieuwe dossiersysteem meer tijd van de scholen dan verwacht. Deze ervaringen zijn "
        "meegenomen in dit plan: wij kiezen voor minder nieuwe initiatieven en meer aandacht voor het "
        "bestendigen van wat er is.",
    )
    b += [("table", "Tabel 2.1 Vestigingen en leerlingen (1 oktober 2024)", [
        ["Bestuur", "Vestigingen", "Leerlingen"],
        ["Stichting Openbaar VO Middenveld", "6", "3.910"],
        ["Vereniging Christelijk VO Steenwijde", "5", "3.020"],
        ["Stichting Katholiek Onderwijs Aarlanderveen", "4", "2.540"],
        ["Stichting Praktijkonderwijs Middenveld", "2", "480"],
        ["Stichting Speciaal Onderwijs De Horizon (vso)", "2", "395"],
        ["Overige besturen", "4", "915"],
    ])]
    b += [("h1", "3 Waar wij voor staan")]
    b += P(
        "Middenveld staat voor drie waarden: samen, dichtbij en eerlijk. Samen, omdat geen school het alleen kan. "
        "Dichtbij, omdat ondersteuning het best werkt waar de jongere elke dag is. Eerlijk, omdat middelen en "
        "voorzieningen gelijk toegankelijk moeten zijn voor jongeren uit de stad en het platteland, ongeacht "
        "de school die zij kiezen.",
        "Deze waarden zijn in de werksessies met scholen steeds teruggekomen. Ze vormen de toets voor nieuw "
        "beleid: draagt een voorstel bij aan samenwerking, brengt het ondersteuning dichterbij en is het eerlijk "
        "verdeeld? Daarmee willen wij ook de ouders, leerlingen en partners in de regio laten zien waar zij ons "
        "op kunnen aanspreken.",
    )
    b += [("h1", "4 Wat een leerling op iedere school mag verwachten")]
    b += P(
        "Alle besturen in Middenveld hebben afgesproken dat elke vestiging, inclusief het praktijkonderwijs, "
        "een gelijk minimum aan ondersteuning biedt. Wij noemen dit het basisaanbod. Het basisaanbod is "
        "vastgesteld door het algemeen bestuur in juni 2024 en wordt vanaf 1 augustus 2025 op alle vestigingen "
        "geboden, zonder dat de school daarvoor iets hoeft aan te vragen. Het basisaanbod bestaat uit:",
    )
    b += [("ul", [
        "een ondersteuningscoördinator (minimaal 0,5 fte per 500 leerlingen) en een ondersteuningsteam met de "
        "jeugdarts, de leerplichtambtenaar en de jeugd- en gezinscoach van de gemeente;",
        "mentoraat met ten minste één individueel gesprek per kwartaal;",
        "faciliteiten bij dyslexie en dyscalculie volgens het regionale protocol;",
        "een trainingsaanbod voor faalangst, sociale vaardigheden en examenvrees;",
        "huiswerkbegeleiding of een studieruimte met begeleiding tot 16.00 uur;",
        "een ontwikkelingsperspectief voor iedere leerling die extra ondersteuning krijgt;",
        "opvang in een time-outvoorziening binnen de school, met een begeleider;",
        "een aanspreekpunt voor leerlingen met een chronische ziekte, en afspraken over medisch handelen.",
    ])]
    b += P(
        "Scholen laten in de schoolgids zien hoe zij het basisaanbod vormgeven. Het samenwerkingsverband "
        "bespreekt het basisaanbod jaarlijks in het bestuurlijk overleg.",
    )
    b += [("h1", "5 Het ondersteuningsaanbod"), ("h2", "5.1 Lagen van ondersteuning")]
    b += P(
        "Het ondersteuningsaanbod in Middenveld is opgebouwd in lagen. De eerste laag is het basisaanbod. In de "
        "tweede laag organiseert de school extra ondersteuning op maat, bijvoorbeeld een Flexklas of een "
        "leerlingbegeleider, uit het schoolbudget. In de derde laag zet het samenwerkingsverband bovenschoolse "
        "arrangementen in: ambulante begeleiding vanuit het vso, het OPDC en de rebound. In de vierde laag "
        "gaat het om een plaatsing in het vso.",
        "Voor nieuwkomers is er de ISK in Middenveld-stad, waar jongeren gemiddeld anderhalf jaar Nederlands "
        "leren voordat zij doorstromen naar het reguliere onderwijs of het mbo. Voor jongeren met een "
        "lichamelijke beperking is een van de scholen in Steenwijde volledig toegankelijk en beschikt zij over "
        "een verzorgingsruimte.",
        "Voor leerlingen die meer aankunnen, bieden twee scholen een versneld of verrijkt programma, en voor "
        "jongeren met een chronische ziekte is er een consulent onderwijs en ziekte, die scholen adviseert over "
        "aangepaste roosters en afstandsonderwijs bij langdurige afwezigheid.",
    )
    b += [("h2", "5.2 Het OPDC en de rebound")]
    b += P(
        "Het OPDC Het Kruispunt biedt een tijdelijke plek in een kleine setting aan leerlingen in het vmbo die "
        "vastlopen op leren en gedrag. De plaatsing duurt gemiddeld een jaar. Na de OPDC-periode keert de "
        "leerling terug naar de eigen school of stroomt hij door naar een andere vo-school of het mbo. De "
        "reboundvoorziening biedt een time-out van maximaal tien weken.",
    )
    b += [("h2", "5.3 Vso")]
    b += P(
        "De vso-scholen De Horizon (cluster 4) en De Linde (cluster 3) bieden onderwijs aan leerlingen met een "
        "TLV. Beide scholen kennen een uitstroomprofiel vervolgonderwijs, arbeidsmarkt en dagbesteding. Een "
        "deel van de leerlingen van De Horizon volgt examenvakken op een reguliere school in de buurt.",
    )
    b += [("h2", "5.4 Dekkend netwerk")]
    b += P(
        "Of het netwerk van voorzieningen in Middenveld dekkend is, brengen we in kaart na de evaluatie van het "
        "OPDC, die in het voorjaar van 2026 plaatsvindt. Op basis van die analyse bepalen we waar aanvulling "
        "nodig is en welke acties daarbij horen.",
    )
    b += [("h1", "6 Terug- en doorplaatsing")]
    b += P(
        "Dit onderdeel wordt opgenomen in de eerste voortgangsparagraaf bij dit plan, die in het voorjaar van "
        "2026 ter instemming aan de OPR wordt voorgelegd.",
    )
    b += [("h1", "7 Toewijzing vso, lwoo en pro")]
    b += P(
        "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso, over de aanwijzing voor lwoo en "
        "over de toelaatbaarheid tot het praktijkonderwijs. De aanvraag- en besluitvormingsprocedure wordt in "
        "het schooljaar 2025-2026 herzien, omdat dan het nieuwe digitale loket in gebruik wordt genomen. Tot die "
        "tijd geldt de werkwijze uit het Handboek Toewijzing, dat op de website staat.",
        "Bij de beoordeling gelden de volgende criteria:",
    )
    b += [("table", "Tabel 7.1 Criteria toewijzing", [
        ["Voorziening", "Criteria"],
        ["Vso cluster 4",
         "Ernstige gedrags- of psychiatrische problematiek; de ondersteuning in laag 1 tot en met 3 is ten minste "
         "een half jaar ingezet en geëvalueerd in het OPP; de jongere heeft een kleine, voorspelbare setting nodig "
         "gedurende de hele schooldag."],
        ["Vso cluster 3",
         "Een verstandelijke beperking (IQ lager dan 70) of een lichamelijke beperking of langdurige ziekte, "
         "waardoor de jongere structureel onderwijs met geïntegreerde zorg nodig heeft."],
        ["Lwoo",
         "Landelijke criteria: IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, "
         "of IQ 91-120 met deze leerachterstand en sociaal-emotionele problematiek."],
        ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en een leerachterstand van 3 jaar of meer op twee domeinen."],
    ])]
    b += [("h1", "8 Waar het geld naartoe gaat")]
    b += P(
        "Middenveld ontvangt jaarlijks ongeveer € 11,6 miljoen aan middelen voor lichte en zware ondersteuning. "
        "Na aftrek van de afdrachten voor het vso en het praktijkonderwijs via DUO blijft ongeveer € 5,3 miljoen "
        "over. Dat bedrag verdeelt het samenwerkingsverband als volgt.",
        "Ieder bestuur ontvangt een schoolbudget van € 132 per leerling (teldatum 1 oktober van het voorgaande "
        "jaar) en, voor vestigingen met minder dan 500 leerlingen, een vaste voet van € 15.000. Het budget voor "
        "lwoo wordt verdeeld naar het aantal leerlingen met een lwoo-aanwijzing. Het OPDC en de rebound krijgen "
        "een vast budget. Bovenschoolse arrangementen worden per arrangement toegekend door het bureau, op basis "
        "van de aanvraag van de school. Het verdeelmodel wordt jaarlijks in het algemeen bestuur geëvalueerd.",
        "Besturen besteden het schoolbudget aan laag 2: extra begeleiding, kleine klassen en de inzet van "
        "specialisten. Zij verantwoorden de besteding jaarlijks in het verantwoordingsdocument dat zij vóór 1 "
        "juni bij het bureau indienen.",
    )
    b += [("table", "Tabel 8.1 Meerjarenbegroting 2025-2028 (x € 1.000)", [
        ["", "2025", "2026", "2027", "2028"],
        ["Rijksbijdrage lichte + zware ondersteuning", "11.620", "11.480", "11.290", "11.110"],
        ["Afdrachten vso en pro (DUO)", "-6.310", "-6.290", "-6.240", "-6.190"],
        ["Schoolbudgetten en vaste voet", "1.620", "1.600", "1.570", "1.540"],
        ["Lwoo-budgetten besturen", "1.960", "1.930", "1.890", "1.850"],
        ["OPDC en rebound", "980", "980", "970", "960"],
        ["Bovenschoolse arrangementen", "410", "400", "390", "390"],
        ["Bureau en toewijzing", "560", "570", "580", "590"],
        ["Saldo", "-220", "-290", "-350", "-410"],
    ])]
    b += P(
        "De negatieve saldi zijn bewust begroot: de reserve van het samenwerkingsverband bedroeg eind 2024 "
        "€ 2,9 miljoen en lag daarmee boven de signaleringswaarde. Met deze begroting wordt de reserve in "
        "vier jaar teruggebracht tot ongeveer € 1,6 miljoen.",
    )
    b += [("h1", "9 Kwaliteit en monitoring")]
    b += P(
        "Middenveld volgt de ontwikkelingen in de regio met een dashboard dat elk kwartaal wordt bijgewerkt. Het "
        "dashboard bevat het aantal afgegeven TLV's per categorie, het deelnamepercentage vso ten opzichte van "
        "het landelijk gemiddelde, de doorlooptijd van aanvragen, het aantal lwoo-aanwijzingen, het aantal "
        "bovenschoolse arrangementen en de tevredenheid van scholen over de dienstverlening. De gegevens komen "
        "uit het dossiersysteem en uit DUO.",
        "Het algemeen bestuur bespreekt het dashboard elk kwartaal. Eenmaal per jaar, in het voorjaar, houdt het "
        "bureau met iedere school een analysegesprek over de eigen cijfers. De uitkomsten worden samengevat in "
        "het jaarverslag, dat ook aan de OPR wordt voorgelegd.",
        "De beoogde resultaten voor deze planperiode stellen wij vast nadat in het najaar van 2025 een nieuwe "
        "nulmeting is uitgevoerd.",
    )
    b += [("h1", "10 Communicatie")]
    b += P(
        "Het samenwerkingsverband communiceert vooral via de scholen. Schoolleiders en ondersteuningscoördinatoren "
        "ontvangen maandelijks een nieuwsbrief. Het bureau is op werkdagen telefonisch bereikbaar voor vragen van "
        "scholen. Op de website staan het ondersteuningsplan, de jaarverslagen en het Handboek Toewijzing.",
        "Een communicatieplan gericht op ouders en leerlingen wordt in 2026 opgesteld, wanneer duidelijk is hoe "
        "het ouder- en jeugdsteunpunt in de regio wordt georganiseerd.",
    )
    b += [("h1", "11 Gemeenten en arbeidsmarkt")]
    b += P(
        "Met de drie gemeenten werken wij samen aan een gezamenlijke agenda. Thema's zijn onder meer jeugdhulp "
        "in en om de school, thuiszitters, leerlingenvervoer, onderwijshuisvesting en de aansluiting tussen "
        "onderwijs en arbeidsmarkt. Iedere vestiging heeft een vaste jeugd- en gezinscoach.",
        "Voor jongeren uit het praktijkonderwijs en het vso is de overgang naar werk of dagbesteding een "
        "belangrijk moment. Samen met het Regionaal Werkbedrijf en de gemeenten begeleiden wij jongeren tot "
        "een jaar na het verlaten van de school. Het Regionaal Meld- en Coördinatiepunt volgt jongeren zonder "
        "startkwalificatie.",
    )
    b += filler_oogo_procedure(kort, gem, "13 maart 2025")
    b += [("h1", "12 Organisatie en personeel")]
    b += filler_governance(naam, kort, rvt=False)
    b += P(
        "Het algemeen bestuur bestaat uit de bestuurders van de aangesloten besturen. Een onafhankelijke "
        "voorzitter leidt de vergaderingen. Het toezicht is belegd bij het algemeen bestuur; de uitvoering bij "
        "de directeur-bestuurder. De OPR heeft op 1 april 2025 ingestemd met dit plan.",
    )
    b += filler_personeel(naam, kort, "7,8")
    b += filler_ict_privacy(naam, kort, "Loket Middenveld")
    b += filler_professionalisering(kort)
    b += [("h1", "13 Vooruitblik")]
    b += P(
        "De komende vier jaar staan in het teken van drie opgaven: de krimp opvangen zonder dat het aanbod "
        "aan ondersteuning verschraalt, de reserve verantwoord inzetten, en de uitwerking van de onderdelen "
        "die in dit plan nog openstaan. Voor die onderdelen geldt de volgende planning: de voortgangsparagraaf "
        "met het terug- en doorplaatsingsbeleid in het voorjaar van 2026, de analyse van het dekkend netwerk na "
        "de OPDC-evaluatie in 2026, de beoogde resultaten na de nulmeting, en het communicatieplan in 2026.",
        "Iedere uitwerking wordt als wijziging van dit plan aan de OPR voorgelegd. Het algemeen bestuur bewaakt "
        "de planning; de directeur-bestuurder rapporteert in elke vergadering over de voortgang. Halverwege de "
        "planperiode, in het voorjaar van 2027, houden wij een tussentijdse evaluatie, waarin ook de "
        "samenwerking met de gemeenten en de uitkomsten van de krimpverkenning worden meegenomen.",
    )
    b += [("h1", "Begrippen en afkortingen")]
    b += [("ul", [
        "Basisaanbod: de basisondersteuning van Middenveld.",
        "Dekkend netwerk: een samenhangend geheel van voorzieningen waarin voor elke jongere een passende plek "
        "is en waarin thuiszitters binnen vier weken een aanbod krijgen.",
        "OJSP: ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen.",
        "OPDC: orthopedagogisch-didactisch centrum.",
        "Terugplaatsing: de overstap van het vso naar het regulier vo na afloop van de TLV.",
        "TLV: toelaatbaarheidsverklaring.",
    ])]
    header = "Samenwerkingsverband VO Middenveld - Ondersteuningsplan 2025-2029"
    footer = "© Samenwerkingsverband VO Middenveld - Contact voor ouders: zie website"
    return b, header, footer


# ---------------------------------------------------------------------------------------------
# Plan 5: PO Dommelzand, very thin: mostly announces, defers and refers (.docx)
# ---------------------------------------------------------------------------------------------

def plan_dommelzand():
    naam = "Samenwerkingsverband Passend Onderwijs Dommelzand"
    kort = "SWV Dommelzand"
    gem = "Dommelzand, Heidebeek, Veldhoven-Noord en Sint-Aldegonde"
    toc = [
        (1, "Voorwoord", 2), (1, "1 Inleiding", 3), (2, "1.1 Wettelijk kader", 3), (2, "1.2 Totstandkoming", 4),
        (2, "1.3 Terugblik", 4), (2, "1.4 Samenhang met andere documenten", 5), (1, "2 Onze regio", 5), (1, "3 Visie, missie en kernwaarden", 6), (1, "4 Ontwikkelagenda 2025-2029", 8),
        (1, "5 Basisondersteuning", 9), (1, "6 Ondersteuningsroute en toelaatbaarheid", 10),
        (1, "7 Terugplaatsing", 10), (1, "8 Dekkend aanbod en thuiszitters", 11), (1, "9 Middelen", 12),
        (1, "10 Kwaliteit en resultaten", 13), (1, "11 Ouders", 13), (1, "12 Organisatie", 14),
        (2, "12.1 Bestuur en toezicht", 14), (2, "12.2 Medezeggenschap", 15),
        (2, "12.3 Als het schuurt: klachten en onafhankelijk advies", 15), (2, "12.4 Bureau en personeel", 16),
        (2, "12.5 ICT en privacy", 16), (1, "13 Planning", 17), (1, "Bijlage Begrippenlijst", 18),
    ]
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("subtitle", "Samenwerkingsverband Passend Onderwijs Dommelzand (PO 33-11)"),
        ("meta", "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Middelen - Dekkend aanbod - "
                 "Resultaten - Ouders"),
        ("meta", "Versie ter vaststelling, april 2025"),
        ("pagebreak",),
        ("toc", toc),
        ("h1", "Voorwoord"),
    ]
    b += P(
        "Beste lezer, voor u ligt het ondersteuningsplan van SWV Dommelzand voor de periode 2025-2029. Het is "
        "een plan op hoofdlijnen. Wij hebben bewust gekozen voor een compact document, dat de richting aangeeft "
        "en ruimte laat voor de scholen en besturen om die richting zelf in te vullen. Veel van wat in eerdere "
        "plannen in detail was beschreven, staat nu in afzonderlijke documenten en op onze website, zodat het "
        "actueel kan worden gehouden zonder dat het plan telkens hoeft te worden gewijzigd.",
        "De afgelopen jaren hebben ons geleerd dat passend onderwijs vooral mensenwerk is. Het gaat om de leraar "
        "die net dat beetje extra doet, de intern begeleider die de juiste mensen aan tafel krijgt, en de ouders "
        "die met de school meedenken over hun kind. Een plan kan dat niet vervangen. Wel kan een plan "
        "duidelijk maken waar wij met elkaar naartoe willen. Dat is wat wij met dit document beogen.",
        "Wij danken iedereen die heeft meegedacht, en in het bijzonder de leden van de "
        "ondersteuningsplanraad, die met hun vragen het plan scherper hebben gemaakt.",
        "Namens het bestuur, H. (Hanneke) de Wit, directeur-bestuurder",
    )
    b += [("h1", "1 Inleiding")]
    b += P(
        "Dit ondersteuningsplan beschrijft de koers van SWV Dommelzand voor de schooljaren 2025-2026 tot en met "
        "2028-2029. In hoofdstuk 2 schetsen wij de regio. Hoofdstuk 3 beschrijft onze visie, missie en "
        "kernwaarden. In hoofdstuk 4 staat de ontwikkelagenda: de onderwerpen waaraan wij de komende jaren "
        "werken. De hoofdstukken 5 tot en met 11 gaan in op de onderwerpen die de wet voorschrijft. Hoofdstuk 12 "
        "beschrijft de organisatie en hoofdstuk 13 de planning.",
    )
    b += [("h2", "1.1 Wettelijk kader")]
    b += P(
        "Volgens artikel 18a van de Wet op het primair onderwijs bevat een ondersteuningsplan in elk geval een "
        "beschrijving van het samenhangend geheel van ondersteuningsvoorzieningen, inclusief de "
        "basisondersteuning op alle scholen; de procedure en criteria voor de verdeling, besteding en toewijzing "
        "van middelen, in het perspectief van een meerjarenbegroting; de procedure en criteria voor de "
        "toelaatbaarheid tot het sbo en so; het beleid en de procedure voor terugplaatsing; de beoogde en "
        "bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de ondersteuning en over "
        "onafhankelijke ondersteuningsmogelijkheden.",
        "Het plan wordt niet vastgesteld dan nadat het op overeenstemming gericht overleg met de gemeenten heeft "
        "plaatsgevonden en de ondersteuningsplanraad heeft ingestemd. Het plan wordt vóór 1 mei aan de inspectie "
        "gezonden.",
    )
    b += [("h2", "1.2 Totstandkoming")]
    b += P(
        "Het plan is opgesteld door het bureau, in opdracht van het bestuur. In het najaar van 2024 zijn twee "
        "bijeenkomsten gehouden met directeuren en intern begeleiders, waarin de hoofdlijnen zijn besproken. "
        "Het concept is voorgelegd aan het bestuur, aan de ondersteuningsplanraad en aan de gemeenten.",
    )
    b += filler_oogo_procedure(kort, gem, "6 maart 2025")
    b += [("h2", "1.3 Terugblik")]
    b += P(
        "De opbrengsten van de vorige planperiode laten zien dat er veel in beweging is gekomen. Wij hebben in "
        "vier jaar 27 netwerkbijeenkomsten voor intern begeleiders georganiseerd, een nieuwe website gelanceerd, "
        "een nieuw dossiersysteem aanbesteed en ingevoerd, en twee studiedagen voor alle directeuren gehouden "
        "over gedrag in de klas. Het bureau is verhuisd naar een centraal gelegen pand in Heidebeek, waar ook "
        "ruimte is voor overleggen met scholen.",
        "In 2023 is het bestuursmodel gewijzigd: het toezicht is sindsdien belegd bij een raad van toezicht. In "
        "2024 is een nieuwe directeur-bestuurder benoemd. Die wisselingen hebben tijd en aandacht gevraagd, "
        "waardoor niet alle voornemens uit het vorige plan zijn gerealiseerd. Een aantal daarvan is opnieuw "
        "opgenomen in de ontwikkelagenda van hoofdstuk 4.",
    )
    b += [("h2", "1.4 Samenhang met andere documenten")]
    b += P(
        "Dit plan staat niet op zichzelf. Het wordt aangevuld door een aantal documenten die het bestuur "
        "afzonderlijk vaststelt en die op onze website worden gepubliceerd: de Routekaart Dommelzand, het "
        "jaarlijkse financieel kader met de begroting, het jaarplan, het jaarverslag en, vanaf 2026, het "
        "Kwaliteitskader Dommelzand. Daarnaast beschrijven de scholen hun eigen ondersteuning in het "
        "schoolondersteuningsprofiel en de schoolgids. Deze documenten maken geen deel uit van het plan, maar "
        "het plan verwijst er op verschillende plaatsen naar.",
        "Wanneer een van deze documenten wordt gewijzigd, beoordeelt het bestuur of dat gevolgen heeft voor het "
        "ondersteuningsplan. Is dat het geval, dan wordt de wijziging aan de ondersteuningsplanraad voorgelegd.",
    )
    b += [("h1", "2 Onze regio")]
    b += P(
        "SWV Dommelzand bestaat sinds 2014 en is ontstaan uit twee voormalige samenwerkingsverbanden Weer "
        "Samen Naar School. Zeven schoolbesturen zijn aangesloten met 36 basisscholen, één school voor speciaal "
        "basisonderwijs en één school voor speciaal onderwijs. Samen hebben zij ongeveer 8.900 leerlingen. Het "
        "gebied is grotendeels landelijk, met een kleine stad en een aantal grotere dorpen.",
        "Net als elders in het land daalt het aantal leerlingen in de kleine kernen, terwijl de stad licht "
        "groeit door nieuwbouw. Een aantal scholen heeft minder dan honderd leerlingen. De besturen werken "
        "samen in een regionaal huisvestingsoverleg met de gemeenten.",
        "De besturen verschillen sterk in omvang: het grootste bestuur heeft veertien scholen, de twee kleinste "
        "hebben er elk één. Vier besturen zijn openbaar of algemeen bijzonder, drie zijn protestants-christelijk "
        "of katholiek. Alle besturen zijn ook aangesloten bij het samenwerkingsverband voortgezet onderwijs in "
        "de regio; het bestuur van dat samenwerkingsverband heeft een eigen ondersteuningsplan vastgesteld.",
    )
    b += [("h1", "3 Visie, missie en kernwaarden")]
    b += P(
        "Wij geloven dat ieder kind talenten heeft en het recht heeft die te ontwikkelen, in een omgeving waar "
        "het zich veilig en gezien voelt. Passend onderwijs betekent voor ons dat de school zich aanpast aan het "
        "kind, en niet andersom. Dat vraagt om een open houding, om vakmanschap en om samenwerking met ouders en "
        "partners rond het kind.",
        "Onze missie is dat alle kinderen in Dommelzand onderwijs krijgen dat bij hen past, zo thuisnabij als "
        "mogelijk. Het samenwerkingsverband ondersteunt de besturen en scholen daarbij, verbindt partijen en "
        "zorgt ervoor dat de wettelijke taken zorgvuldig worden uitgevoerd.",
        "Bij alles wat wij doen, laten wij ons leiden door vier kernwaarden. Vertrouwen: wij gaan uit van de "
        "professionaliteit van scholen en leraren. Eigenaarschap: besturen zijn zelf verantwoordelijk voor de "
        "ondersteuning op hun scholen. Verbinding: wij zoeken actief de samenwerking met partners in zorg en "
        "welzijn. Eenvoud: wij houden procedures zo licht mogelijk.",
        "Deze kernwaarden betekenen ook dat het samenwerkingsverband niet alles zelf wil regelen. Waar scholen "
        "en besturen het zelf kunnen, laten wij het aan hen. Dat past bij de keuze voor een plan op hoofdlijnen.",
        "Wat betekenen de kernwaarden in de praktijk? Vertrouwen betekent dat wij scholen niet vragen om "
        "uitgebreide verslagen als een kort gesprek volstaat. Eigenaarschap betekent dat een schoolbestuur zelf "
        "kiest hoe het de ondersteuning op zijn scholen organiseert, passend bij de eigen visie en de eigen "
        "populatie. Verbinding betekent dat wij partners uitnodigen om mee te denken, ook als dat niet strikt "
        "noodzakelijk is. En eenvoud betekent dat wij bij elke nieuwe afspraak de vraag stellen of het ook "
        "zonder kan.",
        "Wij zijn ons ervan bewust dat deze keuzes ook risico's hebben. Meer ruimte voor besturen kan leiden "
        "tot verschillen tussen scholen. Wij gaan daarover het gesprek aan in het bestuur en met de "
        "ondersteuningsplanraad, en wij stellen onze aanpak bij als dat nodig blijkt.",
        "Ook in Dommelzand staan de scholen onder druk. Het lerarentekort is in de kleine kernen voelbaar, en "
        "leraren ervaren een hoge werkdruk. Passend onderwijs mag die druk niet verder vergroten. Wij willen "
        "daarom dat elke nieuwe afspraak die het samenwerkingsverband maakt, wordt getoetst op de vraag wat "
        "die afspraak van leraren vraagt, en dat afspraken die vooral papierwerk opleveren worden geschrapt.",
    )
    b += [("h1", "4 Ontwikkelagenda 2025-2029")]
    b += P("In de planperiode werken wij aan de volgende onderwerpen:")
    b += [("ul", [
        "het opnieuw vaststellen van het niveau van basisondersteuning, zodra de landelijke norm bekend is;",
        "de herziening van de Routekaart Dommelzand en de digitalisering van de ondersteuningsroute;",
        "een netwerkanalyse van het aanbod in de regio;",
        "de evaluatie en herijking van het terugplaatsingsbeleid;",
        "het opstellen van een meerjarenbegroting en een reservebeleid;",
        "een kwaliteitskader met beoogde resultaten en indicatoren;",
        "een ouderfolder over de ondersteuningsmogelijkheden.",
    ])]
    b += P(
        "Per onderwerp wordt in het jaarplan aangegeven wanneer het wordt opgepakt. De uitwerkingen worden, "
        "waar dat nodig is, als wijziging van dit plan aan de ondersteuningsplanraad voorgelegd.",
    )
    b += [("h1", "5 Basisondersteuning")]
    b += P(
        "Het niveau van basisondersteuning wordt in het schooljaar 2025-2026 opnieuw met de besturen "
        "vastgesteld, waarbij wij aansluiten bij de landelijke norm zodra die bekend is. Tot die tijd verwijzen "
        "wij naar de schoolondersteuningsprofielen van de scholen, die te vinden zijn op de websites van de "
        "scholen.",
    )
    b += [("h1", "6 Ondersteuningsroute en toelaatbaarheid")]
    b += P(
        "De ondersteuningsroute, de arrangementen en de procedure en criteria voor de toelaatbaarheid tot het "
        "speciaal basisonderwijs en het speciaal onderwijs zijn beschreven in de Routekaart Dommelzand. De "
        "Routekaart staat op onze website en wordt jaarlijks geactualiseerd.",
    )
    b += [("h1", "7 Terugplaatsing")]
    b += P(
        "In het laatste schooljaar waarvoor een leerling toelaatbaar is verklaard, bespreekt de sbo- of so-school "
        "uiterlijk in februari met de ouders en de consulent van het samenwerkingsverband of de leerling kan "
        "overstappen naar een basisschool. Als dat zo is, meldt de sbo- of so-school de leerling in overleg met "
        "de ouders aan bij de gewenste basisschool. Het bestuur van die school beslist over de inschrijving. De "
        "consulent coördineert de overstap en evalueert drie maanden na de overstap met beide scholen en de "
        "ouders hoe het gaat. Is een overstap niet mogelijk, dan start de sbo- of so-school vóór 1 april het "
        "gesprek over het vervolg.",
        "Het beleid van het samenwerkingsverband ten aanzien van terugplaatsing wordt in 2026 geëvalueerd en "
        "opnieuw vastgesteld (zie hoofdstuk 4).",
    )
    b += [("h1", "8 Dekkend aanbod en thuiszitters")]
    b += P(
        "Een dekkend aanbod is het hart van passend onderwijs. In 2026 voeren wij een netwerkanalyse uit. De "
        "uitkomsten en een overzicht van het ondersteuningscontinuüm in de regio worden opgenomen in de eerste "
        "voortgangsrapportage bij dit plan.",
        "Thuiszitters hebben onze volle aandacht. De aanpak werken wij samen met de leerplichtambtenaren uit.",
    )
    b += [("h1", "9 Middelen")]
    b += P(
        "Het samenwerkingsverband ontvangt de middelen voor lichte en zware ondersteuning. Na aftrek van de "
        "bedragen die DUO inhoudt voor leerlingen in het sbo en so, verdelen wij de middelen als volgt. Ieder "
        "bestuur ontvangt een schoolbudget dat bestaat uit een vaste voet van € 5.000 per vestiging en een "
        "bedrag naar rato van het aantal leerlingen op de teldatum van 1 oktober van het voorgaande jaar. "
        "Ongeveer 85 procent van de beschikbare middelen gaat op deze manier naar de besturen; de overige 15 "
        "procent houdt het samenwerkingsverband aan voor de uitvoering van de wettelijke taken. Het bestuur "
        "stelt de verdeling jaarlijks in december vast.",
        "De besturen bepalen zelf waaraan zij het schoolbudget besteden.",
    )
    b += [("table", "Tabel 9.1 Meerjarenbegroting", [
        ["", "2025", "2026", "2027", "2028"],
        ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Schoolbudgetten besturen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Uitvoering wettelijke taken", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."],
    ])]
    b += P(
        "De meerjarenbegroting wordt aangevuld nadat het bestuur in december 2025 de begroting 2026 heeft "
        "vastgesteld.",
    )
    b += [("h1", "10 Kwaliteit en resultaten")]
    b += P(
        "De beoogde resultaten en de manier waarop wij die volgen, worden uitgewerkt in het Kwaliteitskader "
        "Dommelzand, dat het bestuur in de loop van 2026 vaststelt.",
    )
    b += [("h1", "11 Ouders")]
    b += P(
        "Ouders zijn onmisbaar bij passend onderwijs. Zij kennen hun kind als geen ander. Wij vinden het "
        "belangrijk dat ouders goed op de hoogte zijn van de mogelijkheden. Een ouderfolder over de "
        "ondersteuningsmogelijkheden in Dommelzand is in voorbereiding en verschijnt naar verwachting in het "
        "najaar van 2025.",
    )
    b += [("h1", "12 Organisatie"), ("h2", "12.1 Bestuur en toezicht")]
    b += filler_governance(naam, kort)
    b += [("h2", "12.2 Medezeggenschap")]
    b += P(
        "De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden, gekozen uit en "
        "door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
        "ondersteuningsplan. De OPR vergadert vijf keer per jaar, waarvan twee keer met de directeur-bestuurder.",
    )
    b += [("h2", "12.3 Als het schuurt: klachten en onafhankelijk advies")]
    b += P(
        "Soms komen ouders en school er samen niet uit. Ouders kunnen dan gratis en onafhankelijk advies vragen "
        "bij het Ouder- en Jeugdsteunpunt Dommelzand, dat door de vier gemeenten wordt gefinancierd, los staat "
        "van scholen en samenwerkingsverband, en elke woensdagochtend een spreekuur houdt in het gemeentehuis "
        "van Dommelzand. Ook kunnen ouders terecht bij de Onderwijsconsulenten, die landelijk werken en ouders "
        "kosteloos adviseren en begeleiden. Geschillen over toelating, verwijdering of het "
        "ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.",
    )
    b += P(
        "Met de scholen communiceert het bureau via een digitale nieuwsbrief, die acht keer per jaar verschijnt, "
        "en via het netwerk van intern begeleiders. Directeuren ontvangen twee keer per jaar een "
        "bestuursbericht over de belangrijkste besluiten. Partners in de regio worden uitgenodigd voor een "
        "jaarlijkse regiobijeenkomst.",
    )
    b += [("h2", "12.4 Bureau en personeel")]
    b += filler_personeel(naam, kort, "5,2")
    b += filler_professionalisering(kort)
    b += [("h2", "12.5 ICT en privacy")]
    b += filler_ict_privacy(naam, kort, "OndersteuningsDossier")
    b += [("h1", "13 Planning")]
    b += [("table", "Tabel 13.1 Planning", [
        ["Wanneer", "Wat"],
        ["Najaar 2025", "Ouderfolder; start herijking basisondersteuning"],
        ["December 2025", "Begroting 2026 en aanvulling meerjarenbegroting"],
        ["2026", "Netwerkanalyse; evaluatie terugplaatsingsbeleid; Kwaliteitskader"],
        ["2027", "Tussenevaluatie plan"],
        ["2028-2029", "p.m."],
    ])]
    b += P(
        "De planning wordt ieder jaar bijgesteld in het jaarplan. Het bestuur bewaakt de voortgang en "
        "rapporteert daarover aan de ondersteuningsplanraad.",
        "In 2027 houden wij een tussenevaluatie van het plan als geheel. Daarbij kijken wij samen met de "
        "besturen, de ondersteuningsplanraad en de gemeenten terug op de eerste twee planjaren en beoordelen "
        "wij of de keuze voor een plan op hoofdlijnen goed heeft uitgepakt. De uitkomsten gebruiken wij bij de "
        "voorbereiding van het ondersteuningsplan 2029-2033.",
    )
    b += [("h1", "Bijlage Begrippenlijst")]
    b += [("ul", [
        "Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
        "scholen bieden, zoals een intern begeleider, een dyslexieprotocol, een anti-pestprogramma en "
        "handelingsgericht werken.",
        "Dekkend aanbod: een samenhangend geheel van voorzieningen, van basisondersteuning via arrangementen "
        "tot sbo en so, zodat ieder kind een passende plek heeft.",
        "Meerjarenbegroting: de begroting voor de komende vier jaar.",
        "Routekaart: het document waarin de ondersteuningsroute en de toelaatbaarheid zijn beschreven.",
        "TLV: toelaatbaarheidsverklaring, besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
        "tot het sbo of so. Een TLV wordt afgegeven na advies van twee deskundigen.",
    ])]
    header = "SWV Dommelzand - Ondersteuningsplan 2025-2029"
    footer = "www.swvdommelzand.nl - informatie voor ouders, routekaart, financieel kader"
    return b, header, footer


# ---------------------------------------------------------------------------------------------
# Near-miss: annual report (bestuursverslag + jaarrekening) of the same SWV as plan 1.
# ---------------------------------------------------------------------------------------------

def jaarverslag_lindeweide():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Lindeweide"
    kort = "SWV Lindeweide"
    toc = [
        (1, "Voorwoord", 2), (1, "1 Kerngegevens", 3), (1, "2 Verslag over de uitvoering van het ondersteuningsplan", 4),
        (2, "2.1 Basisondersteuning", 4), (2, "2.2 Arrangementen en voorzieningen", 5),
        (2, "2.3 Toelaatbaarheidsverklaringen en terugplaatsing", 6), (2, "2.4 Thuiszitters", 7),
        (2, "2.5 Ouders", 7), (1, "3 Governance en medezeggenschap", 8), (1, "4 Financieel verslag 2024", 9),
        (2, "4.1 Staat van baten en lasten", 9), (2, "4.2 Balans en reserves", 10),
        (2, "4.3 Continuïteitsparagraaf", 11), (1, "5 Vooruitblik", 12), (1, "Controleverklaring", 13),
    ]
    b = [
        ("title", "Jaarverslag 2024"),
        ("subtitle", "Bestuursverslag en jaarrekening"),
        ("meta", f"Stichting {naam} (PO 33-02), Lindeweide"),
        ("meta", "Vastgesteld door het bestuur op 19 juni 2025; goedgekeurd door de Raad van Toezicht op 26 juni 2025."),
        ("pagebreak",),
        ("toc", toc),
        ("h1", "Voorwoord"),
    ]
    b += P(
        "Met dit jaarverslag leggen wij verantwoording af over het kalenderjaar 2024, het laatste volledige jaar "
        "van het ondersteuningsplan 2021-2025. Het was een jaar waarin wij veel hebben bereikt en tegelijk de "
        "basis hebben gelegd voor het nieuwe ondersteuningsplan 2025-2029, dat in april 2025 is vastgesteld.",
        "Het verslag is opgebouwd volgens de richtlijnen voor het bestuursverslag van onderwijsinstellingen. In "
        "hoofdstuk 2 rapporteren wij over de uitvoering van het ondersteuningsplan; in hoofdstuk 4 volgt de "
        "financiële verantwoording. De jaarrekening is gecontroleerd door de accountant.",
        "Drs. M. (Marieke) Verhoeven, directeur-bestuurder",
    )
    b += [("h1", "1 Kerngegevens")]
    b += [("table", "Tabel 1.1 Kerngegevens 2024", [
        ["Gegeven", "2023", "2024"],
        ["Aangesloten besturen", "11", "11"],
        ["Vestigingen basisonderwijs", "58", "58"],
        ["Leerlingen basisonderwijs (1 oktober)", "14.990", "14.860"],
        ["Leerlingen sbo (1 oktober)", "305", "312"],
        ["Leerlingen so uit de regio (1 oktober)", "236", "241"],
        ["Deelnamepercentage sbo + so", "3,5%", "3,6%"],
        ["Afgegeven TLV's", "131", "138"],
        ["Toegekende arrangementen niveau 3", "402", "447"],
        ["Formatie bureau (fte)", "13,8", "14,6"],
    ])]
    b += P(
        f"{naam} is een stichting, statutair gevestigd in Lindeweide. Het samenwerkingsverband heeft als "
        "doel een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren. "
        "Het werkgebied omvat de gemeenten Lindeweide, Oosterzand, Ravensbroek en Hessel.",
    )
    b += [("h1", "2 Verslag over de uitvoering van het ondersteuningsplan"), ("h2", "2.1 Basisondersteuning")]
    b += P(
        "In 2024 zijn 14 scholen bezocht door een auditteam. Elf scholen voldeden aan alle standaarden van de "
        "basisondersteuning, drie scholen hebben een verbeterplan opgesteld. Op 14 november 2024 heeft het "
        "bestuur het herziene niveau van basisondersteuning vastgesteld, dat vanaf 1 augustus 2025 geldt. Het "
        "aantal scholen dat aan alle standaarden voldoet, steeg van 44 naar 47.",
    )
    b += [("h2", "2.2 Arrangementen en voorzieningen")]
    b += P(
        "Het Loket kende in 2024 447 arrangementen toe, 11 procent meer dan in 2023. De gemiddelde doorlooptijd "
        "van een aanvraag was 31 dagen. De bezetting van de Taalklas De Brug was gemiddeld 41 leerlingen, die "
        "van de Plusklas De Uitkijk 58. De voorbereidingen voor de voltijd hb-groep in Ravensbroek zijn in het "
        "najaar van 2024 gestart; de groep opent in augustus 2025.",
        "De netwerkanalyse van oktober 2024 bracht twee witte vlekken aan het licht: jonge kinderen met ernstige "
        "gedragsproblematiek en volledig vastgelopen hoogbegaafde leerlingen. Voor beide zijn in het nieuwe "
        "ondersteuningsplan acties opgenomen.",
    )
    b += [("h2", "2.3 Toelaatbaarheidsverklaringen en terugplaatsing")]
    b += P(
        "In 2024 zijn 138 toelaatbaarheidsverklaringen afgegeven: 79 voor het sbo en 59 voor het so (41 "
        "categorie laag, 12 midden, 6 hoog). Vier aanvragen werden afgewezen. Tegen twee besluiten is bezwaar "
        "gemaakt; de Landelijke Bezwaaradviescommissie adviseerde in beide gevallen het besluit in stand te laten. "
        "De mediane doorlooptijd van een TLV-aanvraag was 7 weken.",
        "In het schooljaar 2023-2024 keerden 14 leerlingen vanuit het sbo en 3 leerlingen vanuit het so terug naar "
        "een basisschool, tegen 10 en 2 een jaar eerder. Alle teruggeplaatste leerlingen kregen een "
        "terugkeerarrangement.",
    )
    b += [("h2", "2.4 Thuiszitters")]
    b += P(
        "Op de peildatum 1 maart 2024 waren er 9 leerlingen die langer dan drie maanden zonder passend aanbod "
        "thuis zaten, tegen 18 in 2021. Het Thuiszittersoverleg kwam in 2024 acht keer bijeen en besprak 37 "
        "leerlingen. In twee gevallen heeft de directeur-bestuurder haar doorzettingsmacht ingezet.",
    )
    b += [("h2", "2.5 Ouders")]
    b += P(
        "De Ouderwijzer op de website werd in 2024 ruim 11.000 keer bezocht. De ouderfolder is vertaald in het "
        "Pools. De twee informatieavonden trokken samen 160 ouders. Het Ouder- en Jeugdsteunpunt Lindeweide "
        "voerde 212 adviesgesprekken, waarvan 40 procent over de overstap naar het voortgezet onderwijs. In de "
        "tevredenheidspeiling gaven ouders de ondersteuning gemiddeld een 7,1. Er zijn in 2024 drie klachten "
        "ontvangen, die alle drie in een gesprek zijn afgehandeld.",
    )
    b += [("h1", "3 Governance en medezeggenschap")]
    b += P(
        "De Raad van Toezicht vergaderde in 2024 zes keer. Belangrijke onderwerpen waren de begroting 2025, de "
        "voorbereiding van het nieuwe ondersteuningsplan, de reservepositie en de benoeming van een nieuw lid. "
        "De raad bezocht twee scholen en sprak in november met de ondersteuningsplanraad. De auditcommissie "
        "besprak de managementletter van de accountant.",
        "De ondersteuningsplanraad vergaderde vijf keer en sprak onder meer over het concept van het "
        "ondersteuningsplan 2025-2029, het verdeelmodel en de tevredenheidspeiling. De OPR heeft een eigen "
        "jaarverslag opgesteld, dat op de website staat.",
    )
    b += [("h1", "4 Financieel verslag 2024"), ("h2", "4.1 Staat van baten en lasten")]
    b += [("table", "Tabel 4.1 Baten en lasten 2024 (x € 1.000)", [
        ["", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
        ["Rijksbijdragen", "11.880", "12.015", "11.640"],
        ["Overige baten", "40", "62", "51"],
        ["Doorbetalingen aan besturen (schoolbudgetten)", "2.480", "2.480", "2.450"],
        ["Arrangementen niveau 3", "1.780", "1.912", "1.701"],
        ["Afdrachten so en sbo (DUO)", "4.260", "4.318", "4.190"],
        ["Bovenschoolse voorzieningen", "1.380", "1.366", "1.322"],
        ["Personeelslasten bureau", "1.180", "1.204", "1.131"],
        ["Overige lasten", "210", "233", "201"],
        ["Resultaat", "630", "564", "696"],
    ])]
    b += P(
        "Het resultaat over 2024 bedraagt € 564.000 positief, € 66.000 lager dan begroot. Het verschil wordt "
        "vooral veroorzaakt door de hogere uitgaven aan arrangementen, die deels werden gecompenseerd door "
        "hogere rijksbijdragen als gevolg van de indexatie.",
    )
    b += [("h2", "4.2 Balans en reserves")]
    b += P(
        "Het eigen vermogen bedroeg per 31 december 2024 € 1,35 miljoen, ongeveer 11 procent van de baten. De "
        "signaleringswaarde van de inspectie voor bovenmatig eigen vermogen wordt daarmee overschreden. Het "
        "bestuur heeft besloten het meerdere in de periode 2025-2028 in te zetten voor nieuwe voorzieningen.",
    )
    b += [("h2", "4.3 Continuïteitsparagraaf")]
    b += P(
        "Het leerlingaantal in de regio daalt naar verwachting met 0,8 procent per jaar. De belangrijkste "
        "risico's zijn een verdere stijging van het aantal leerlingen in het so, waardoor de afdrachten "
        "toenemen, en onzekerheid over de landelijke bekostiging. Het bestuur acht het weerstandsvermogen "
        "toereikend om deze risico's op te vangen.",
    )
    b += [("table", "Tabel 4.2 Meerjarige prognose (x € 1.000)", [
        ["", "2025", "2026", "2027"],
        ["Baten", "11.940", "11.820", "11.690"],
        ["Lasten", "11.660", "11.810", "11.730"],
        ["Resultaat", "280", "10", "-40"],
    ])]
    b += [("h1", "5 Vooruitblik")]
    b += P(
        "Op 17 april 2025 heeft het bestuur het ondersteuningsplan 2025-2029 vastgesteld, na instemming van de "
        "ondersteuningsplanraad en na het op overeenstemming gericht overleg met de gemeenten. Het plan is op "
        "22 april 2025 aan de inspectie gezonden. In het plan staan onder meer de vijftien standaarden voor de "
        "basisondersteuning, het afwegingskader voor toelaatbaarheid, het terugkeerbeleid en het verdeelmodel. "
        "In het jaarverslag over 2025 rapporteren wij voor het eerst over de indicatoren uit het nieuwe plan.",
    )
    b += [("h1", "Controleverklaring")]
    b += P(
        "De controleverklaring van de onafhankelijke accountant is opgenomen in het afzonderlijke document "
        "'Jaarrekening 2024 - gecontroleerd', dat op de website van het samenwerkingsverband is gepubliceerd.",
    )
    header = f"{kort} | Jaarverslag 2024"
    footer = "Jaarverslag 2024 - bestuursverslag en jaarrekening"
    return b, header, footer


# ---------------------------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-lindeweide-2025-2029.docx", plan_lindeweide, "docx", "Bureau SWV Lindeweide"),
        ("vo-kustvallei-ondersteuningsplan.pdf", plan_kustvallei, "pdf", "Bureau Kustvallei"),
        ("po-heuvelrand-op-2025.pdf", plan_heuvelrand, "pdf", "Heuvelrand PO"),
        ("vo-middenveld-ondersteuningsplan.html", plan_middenveld, "html", "SWV VO Middenveld"),
        ("po-dommelzand-op-2025-2029.docx", plan_dommelzand, "docx", "SWV Dommelzand"),
        ("po-lindeweide-jaarverslag-2024.docx", jaarverslag_lindeweide, "docx", "Bureau SWV Lindeweide"),
    ]
    for fname, fn, kind, author in jobs:
        blocks, header, footer = fn()
        path = OUT / fname
        if kind == "docx":
            render_docx(blocks, header, footer, path, author)
        elif kind == "pdf":
            docx_to_pdf(blocks, header, footer, path, author)
        else:
            render_html(blocks, header, footer, path, blocks[0][1])
        print(f"{fname}: {words(blocks)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
