#!/usr/bin/env python3
"""Generate the holdout83 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
Label files (<name>.expected.yaml) are written separately by hand and are not
generated here.
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2024, 4, 18, 9, 0, 0)

# --------------------------------------------------------------------------
# Block helpers. A document is a list of (kind, payload) tuples.
# --------------------------------------------------------------------------


def T(text):
    return ("title", text)


def ST(text):
    return ("subtitle", text)


def H1(text):
    return ("h1", text)


def H2(text):
    return ("h2", text)


def H3(text):
    return ("h3", text)


def P(text):
    return ("p", " ".join(text.split()))


def B(*items):
    return ("bullets", [" ".join(i.split()) for i in items])


def N(*items):
    return ("numbered", [" ".join(i.split()) for i in items])


def TAB(rows):
    return ("table", rows)


def BR():
    return ("pagebreak", None)


def TOC(*lines):
    return ("toc", list(lines))


def Q(question, answer):
    return ("qa", (question, " ".join(answer.split())))


def write_docx(blocks, path, header=None, footer=None, title=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    if title:
        cp.title = title
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, payload in blocks:
        if kind == "title":
            doc.add_paragraph(payload, style="Title")
        elif kind == "subtitle":
            doc.add_paragraph(payload, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "h3":
            doc.add_heading(payload, level=3)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in payload:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in payload:
                doc.add_paragraph(line)
        elif kind == "qa":
            q, a = payload
            para = doc.add_paragraph()
            run = para.add_run(q)
            run.bold = True
            doc.add_paragraph(a)
        elif kind == "table":
            rows = payload
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            ncols = len(rows[0])
            if ncols >= 4:
                # wide first column for labels, the rest evenly
                first = Cm(5.5)
                other = Cm(10.5 / (ncols - 1))
                table.autofit = False
                for c in range(ncols):
                    table.columns[c].width = first if c == 0 else other
                for r in range(len(rows)):
                    for c in range(ncols):
                        table.cell(r, c).width = first if c == 0 else other
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-stable."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def docx_to_pdf(docx_path, pdf_path):
    """Render a .docx to PDF with LibreOffice in a private profile dir."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "lo-profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        cmd = [
            "soffice",
            "-env:UserInstallation=" + profile.as_uri(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        produced = outdir / (Path(docx_path).stem + ".pdf")
        shutil.copyfile(produced, pdf_path)


def write_html(blocks, path, title, nav=None, header=None, footer=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>",
           '<meta charset="utf-8">', "<title>%s</title>" % e(title),
           "</head>", "<body>"]
    if header:
        out.append('<header><p class="site-name">%s</p>' % e(header))
        if nav:
            out.append("<nav><ul>")
            for label, href in nav:
                out.append('<li><a href="%s">%s</a></li>' % (e(href), e(label)))
            out.append("</ul></nav>")
        out.append("</header>")
    out.append("<main>")
    for kind, payload in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(payload))
        elif kind == "subtitle":
            out.append('<p class="lead">%s</p>' % e(payload))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(payload))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(payload))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(payload))
        elif kind == "p":
            out.append("<p>%s</p>" % e(payload))
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append("<%s>" % tag)
            for item in payload:
                out.append("<li>%s</li>" % e(item))
            out.append("</%s>" % tag)
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Op deze pagina</h2><ul>')
            for line in payload:
                out.append("<li>%s</li>" % e(line))
            out.append("</ul></nav>")
        elif kind == "qa":
            q, a = payload
            out.append("<details><summary>%s</summary><p>%s</p></details>"
                       % (e(q), e(a)))
        elif kind == "table":
            out.append("<table>")
            for r, row in enumerate(payload):
                cell = "th" if r == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (cell, e(c), cell)
                                            for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append("<footer><p>%s</p></footer>" % e(footer))
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, payload in blocks:
        if kind in ("title", "subtitle", "h1", "h2", "h3", "p"):
            n += len(payload.split())
        elif kind in ("bullets", "numbered", "toc"):
            n += sum(len(i.split()) for i in payload)
        elif kind == "qa":
            n += len(payload[0].split()) + len(payload[1].split())
        elif kind == "table":
            n += sum(len(c.split()) for row in payload for c in row)
    return n


# PLAN CONTENT FOLLOWS

# ==========================================================================
# Plan A: small PO verband, .docx, summary at the front, numbered paragraphs
# ==========================================================================


def plan_a():
    n = "Samenwerkingsverband Primair Onderwijs Veluwe-Rand"
    return [
        T("Ondersteuningsplan 2024-2028"),
        ST(n + " (PO 25-14)"),
        P("Passend onderwijs dichtbij huis"),
        P("Vastgesteld door het algemeen bestuur op 18 april 2024, na instemming van de "
          "ondersteuningsplanraad op 9 april 2024 en na op overeenstemming gericht overleg "
          "met de gemeenten Elspeet-Noord, Hattemerbroek en Oldenmaten op 21 maart 2024."),
        BR(),
        TOC("Samenvatting",
            "1 Inleiding",
            "   1.1 Voorwoord",
            "   1.2 Wettelijk kader",
            "   1.3 Totstandkoming van dit plan",
            "2 Ons samenwerkingsverband",
            "   2.1 Kengetallen",
            "   2.2 Missie en visie",
            "   2.3 Governance en organisatie",
            "3 Ondersteuning op en tussen de scholen",
            "   3.1 Basisondersteuning",
            "      3.1.1 Het afgesproken niveau",
            "      3.1.2 Wat elke school biedt",
            "      3.1.3 Borging",
            "   3.2 Extra ondersteuning en arrangementen",
            "   3.3 Het ondersteuningscontinuüm",
            "   3.4 Toelaatbaarheid tot sbo en so",
            "      3.4.1 De aanvraag",
            "      3.4.2 Deskundigenadvies en besluit",
            "      3.4.3 Afloop van de TLV",
            "   3.5 Dekkend netwerk en thuiszitters",
            "4 Samenwerking met gemeenten en jeugdhulp",
            "5 Communicatie",
            "6 Personeel en professionalisering",
            "7 Financiën",
            "   7.1 Inkomsten",
            "   7.2 Verdeling van de ondersteuningsmiddelen",
            "   7.3 Meerjarenbegroting",
            "8 Beoogde resultaten",
            "9 Planning 2024-2028",
            "Bijlage 1 Begrippenlijst"),
        BR(),
        H1("Samenvatting"),
        P("Dit ondersteuningsplan beschrijft hoe de negen schoolbesturen in ons samenwerkingsverband de "
          "komende vier schooljaren (1 augustus 2024 tot en met 31 juli 2028) passend onderwijs vormgeven "
          "voor ruim 3.900 leerlingen op 26 basisscholen, één school voor speciaal basisonderwijs en twee "
          "so-locaties. We zijn een klein samenwerkingsverband met korte lijnen: schoolleiders, intern "
          "begeleiders en de medewerkers van het bureau kennen elkaar. Dat is een kracht, maar het vraagt "
          "ook om heldere afspraken, juist omdat veel vanzelfsprekend lijkt."),
        P("De belangrijkste keuzes in dit plan in het kort:"),
        B("Alle scholen bieden dezelfde, in dit plan beschreven basisondersteuning (paragraaf 3.1). "
          "Die is in 2023 met de intern begeleiders herijkt.",
          "Extra ondersteuning wordt zo veel mogelijk in de eigen school georganiseerd, met arrangementen die "
          "het schoolbestuur toekent uit het schoolbudget (paragraaf 3.2 en 7.2).",
          "Voor een plaats in het sbo of so is een toelaatbaarheidsverklaring nodig. De aanvraag loopt via "
          "het Loket; de Commissie Toelaatbaarheid besluit (paragraaf 3.4).",
          "Leerlingen in het sbo en so houden perspectief op terugkeer naar een reguliere school. Het laatste "
          "jaar van elke TLV is een evaluatiejaar (paragraaf 3.4.3).",
          "Samen met de gemeenten werken we aan een sluitende aanpak voor thuiszitters (paragraaf 3.5 en "
          "hoofdstuk 4).",
          "Ouders vinden informatie over ondersteuning op onze website en bij het Ouder- en Jeugdsteunpunt "
          "(hoofdstuk 5).",
          "In hoofdstuk 8 leest u over de resultaten die we willen bereiken. Het eerste planjaar staat in het "
          "teken van een nulmeting."),
        H1("1 Inleiding"),
        H2("1.1 Voorwoord"),
        P("Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband Primair Onderwijs Veluwe-Rand. "
          "Tien jaar na de invoering van de Wet passend onderwijs kijken we met trots, maar ook kritisch terug. "
          "We zien dat de scholen in onze regio veel zorg en aandacht besteden aan kinderen die iets extra "
          "nodig hebben. Tegelijk horen we van ouders dat zij soms lang moeten zoeken naar de juiste plek, en "
          "van leerkrachten dat de ondersteuningsvraag in de groepen toeneemt. Dit plan is geschreven met die "
          "signalen in het achterhoofd."),
        P("Het plan is tot stand gekomen in een jaar waarin veel gebeurde. De landelijke discussie over een "
          "norm voor basisondersteuning, de Verbeteraanpak passend onderwijs en de nieuwe wetgeving over de "
          "positie van ouders en leerlingen hebben allemaal hun weg gevonden naar deze tekst. We danken de "
          "intern begeleiders, schoolleiders, de leden van de ondersteuningsplanraad en de ambtenaren van de "
          "drie gemeenten voor hun bijdragen. In het bijzonder danken we de ouders die in de klankbordgroep "
          "hun ervaringen met ons deelden."),
        P("Wij hopen dat dit plan een werkdocument wordt dat op de scholen op tafel ligt, en niet een document "
          "dat na vaststelling in een la verdwijnt."),
        P("Hendrik-Jan Veldkamp, directeur-bestuurder"),
        H2("1.2 Wettelijk kader"),
        P("Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel "
          "18a van de Wet op het primair onderwijs). Het plan beschrijft onder meer hoe het samenwerkingsverband "
          "een samenhangend geheel van ondersteuningsvoorzieningen realiseert, welke basisondersteuning op alle "
          "scholen aanwezig is, hoe de middelen worden verdeeld en besteed, hoe de toelaatbaarheid tot het "
          "speciaal (basis)onderwijs is geregeld, hoe terugplaatsing verloopt, welke resultaten worden beoogd en "
          "hoe ouders worden geïnformeerd. Deze opsomming gebruiken we als leidraad; de hoofdstukken van dit plan "
          "volgen haar niet één op één."),
        P("Het plan is vóór 1 mei 2024 aan de Inspectie van het Onderwijs toegezonden via Internet "
          "Schooldossier."),
        H2("1.3 Totstandkoming van dit plan"),
        P("In het voorjaar van 2023 is een schrijfgroep gestart met twee schoolleiders, twee intern begeleiders, "
          "de orthopedagoog van het Loket en de beleidsmedewerker van het bureau. De schrijfgroep heeft drie "
          "regiobijeenkomsten georganiseerd, met in totaal 84 deelnemers. In september 2023 is een eerste versie "
          "besproken met het algemeen bestuur. Daarna volgden het overleg met de ondersteuningsplanraad en het "
          "op overeenstemming gericht overleg (OOGO) met de gemeenten. Met het samenwerkingsverband voortgezet "
          "onderwijs VO 25-08, dat ons gebied geheel overlapt, is op 7 februari 2024 overleg gevoerd over de "
          "overstap naar het voortgezet onderwijs."),
        TAB([["Datum", "Stap"],
             ["12 december 2023", "Concept besproken in het directeurenoverleg"],
             ["7 februari 2024", "Overleg met SWV VO 25-08"],
             ["21 maart 2024", "OOGO met de drie gemeenten afgerond"],
             ["9 april 2024", "Instemming ondersteuningsplanraad"],
             ["18 april 2024", "Vaststelling algemeen bestuur"],
             ["25 april 2024", "Toezending aan de inspectie"]]),
        H1("2 Ons samenwerkingsverband"),
        H2("2.1 Kengetallen"),
        P("Het samenwerkingsverband omvat het grondgebied van drie plattelandsgemeenten met samen ongeveer "
          "41.000 inwoners. Het leerlingaantal daalt licht: van 4.120 leerlingen op 1 oktober 2019 naar 3.917 op "
          "1 oktober 2023. De prognose laat een verdere daling tot ongeveer 3.750 in 2028 zien. Vier scholen "
          "hebben minder dan 60 leerlingen."),
        TAB([["", "Aantal"],
             ["Schoolbesturen", "9"],
             ["Basisscholen (vestigingen)", "26"],
             ["School voor speciaal basisonderwijs", "1 (sbo De Wegwijzer)"],
             ["So-locaties cluster 3 en 4 in de regio", "2"],
             ["Leerlingen basisonderwijs 1-10-2023", "3.917"],
             ["Leerlingen sbo 1-10-2023", "96"]]),
        H2("2.2 Missie en visie"),
        P("Missie: ieder kind in Veluwe-Rand krijgt onderwijs dat past, zo dicht mogelijk bij huis, samen met "
          "kinderen uit de buurt. Onze visie rust op drie uitgangspunten. Ten eerste: het kind staat centraal, "
          "niet het systeem. We kijken naar wat een kind nodig heeft en niet naar een label of diagnose. Ten "
          "tweede: de leerkracht doet ertoe. Passend onderwijs wordt gemaakt in de klas, en leerkrachten moeten "
          "daarvoor de ruimte, de kennis en de steun krijgen. Ten derde: samen. Scholen, besturen, ouders, "
          "gemeenten en jeugdhulp hebben elkaar nodig."),
        P("Uit deze uitgangspunten volgen vier aandachtsgebieden voor de planperiode: de basis op iedere "
          "school, de snelheid van hulp als die basis niet genoeg is, de plek van ieder kind, en de "
          "transparantie over middelen. De aandachtsgebieden keren terug in de planning in hoofdstuk 9."),
        H2("2.3 Governance en organisatie"),
        P("Het samenwerkingsverband is een vereniging. De negen schoolbesturen zijn lid en vormen samen de "
          "algemene ledenvergadering, die het intern toezicht uitoefent. Het bestuur wordt gevormd door een "
          "directeur-bestuurder. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en het "
          "toezichtkader. De algemene ledenvergadering vergadert vijf keer per jaar en keurt onder meer de "
          "begroting en het jaarverslag goed."),
        P("Het bureau is klein: de directeur-bestuurder (0,8 fte), een beleidsmedewerker (0,6 fte), een "
          "secretaresse (0,6 fte) en het Loket met een orthopedagoog (0,8 fte) en twee "
          "onderwijsondersteuners (samen 1,4 fte). Het Loket is het aanspreekpunt voor scholen en ouders bij "
          "vragen over extra ondersteuning en toelaatbaarheid. Voor de financiële administratie maakt het "
          "samenwerkingsverband gebruik van een administratiekantoor."),
        P("De ondersteuningsplanraad (OPR) bestaat uit zes leden: drie ouders en drie personeelsleden, "
          "afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het "
          "ondersteuningsplan en vergadert ten minste vier keer per jaar, waarvan één keer met de "
          "directeur-bestuurder en een delegatie van de algemene ledenvergadering."),
        H1("3 Ondersteuning op en tussen de scholen"),
        H2("3.1 Basisondersteuning"),
        H3("3.1.1 Het afgesproken niveau"),
        P("Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de "
          "onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau "
          "wordt uitgevoerd. De negen besturen hebben afgesproken dat elke vestiging in het samenwerkingsverband "
          "ten minste het niveau biedt dat in paragraaf 3.1.2 is beschreven. Dit is de ondergrens: een school mag "
          "meer bieden, maar niet minder. Wat een school daarbovenop biedt, staat in haar "
          "schoolondersteuningsprofiel en, vanaf het schooljaar 2025-2026, in de schoolgids."),
        P("Het niveau is in 2023 herijkt door een werkgroep van intern begeleiders en is op 14 november 2023 "
          "door de algemene ledenvergadering vastgesteld. Als er een landelijke norm voor basisondersteuning "
          "van kracht wordt, passen we onze afspraken daarop aan."),
        H3("3.1.2 Wat elke school biedt"),
        P("Ouders mogen van iedere school in ons samenwerkingsverband het volgende verwachten:"),
        B("een intern begeleider met ten minste 8 uur per week per 100 leerlingen, die de leerkrachten "
          "ondersteunt en het aanspreekpunt is voor ouders;",
          "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met de intern begeleider, de "
          "schoolleider, de orthopedagoog van het Loket en zo nodig de jeugdverpleegkundige of het lokale team;",
          "handelingsgericht werken: groepsbesprekingen drie keer per jaar en een groepsoverzicht met de "
          "onderwijsbehoeften van alle leerlingen;",
          "een leerlingvolgsysteem en een vaste werkwijze voor signaleren van achterstanden en voorsprongen;",
          "een dyslexieprotocol en een dyscalculieprotocol, inclusief extra leestijd en het gebruik van "
          "voorleessoftware;",
          "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (verrijking, compacten);",
          "een programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
          "afspraken over medisch handelen en over de zorg voor leerlingen met een lichamelijke beperking "
          "voor zover de gebouwen dat toelaten;",
          "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt, opgesteld "
          "en besproken met ouders;",
          "een warme overdracht bij de overstap naar het voortgezet onderwijs en bij verhuizing."),
        H3("3.1.3 Borging"),
        P("De scholen beschrijven jaarlijks in een korte zelfevaluatie (de kwaliteitskaart basisondersteuning) "
          "in hoeverre zij aan de afspraken voldoen. De orthopedagoog van het Loket bespreekt de kaart met de "
          "intern begeleider en de schoolleider. Voldoet een school op onderdelen niet, dan maakt het bestuur "
          "een verbeterplan met een termijn van ten hoogste één schooljaar. De directeur-bestuurder rapporteert "
          "hierover jaarlijks aan de algemene ledenvergadering."),
        H2("3.2 Extra ondersteuning en arrangementen"),
        P("Extra ondersteuning is alles wat de basisondersteuning te boven gaat. In Veluwe-Rand organiseren we "
          "extra ondersteuning bij voorkeur in de eigen school, in de vorm van een arrangement: een afgesproken "
          "pakket van ondersteuning met een doel, een duur en een evaluatiemoment. Een arrangement kan bestaan "
          "uit extra handen in de klas, een specifieke training, begeleiding door een specialist of een "
          "combinatie daarvan. Het schoolbestuur kent arrangementen toe uit het schoolbudget; voor "
          "bovenschoolse arrangementen doet de school een aanvraag bij het Loket."),
        P("Voor elke leerling met een arrangement stelt de school een ontwikkelingsperspectief op. Ouders hebben "
          "op grond van de wet instemmingsrecht op het handelingsdeel daarvan. Leerlingen worden betrokken bij "
          "het gesprek over hun eigen ondersteuning, op een manier die past bij hun leeftijd."),
        H2("3.3 Het ondersteuningscontinuüm"),
        P("Het ondersteuningsaanbod in ons samenwerkingsverband is opgebouwd als een doorlopende reeks, van "
          "licht naar zwaar:"),
        TAB([["Niveau", "Wat", "Waar"],
             ["1 Basisondersteuning", "zie 3.1.2", "elke school"],
             ["2 Extra ondersteuning op school", "arrangementen uit het schoolbudget", "eigen school"],
             ["3 Bovenschoolse voorziening", "observatiegroep De Schakel (max. 12 lln, 3 dagdelen); "
              "taalklas nieuwkomers; plusklas hoogbegaafdheid (1 dag per week)", "Oldenmaten en Elspeet-Noord"],
             ["4 Speciaal basisonderwijs", "sbo De Wegwijzer", "Hattemerbroek"],
             ["5 Speciaal onderwijs", "so cluster 3 (De Klimop) en cluster 4 (De Horizon)",
              "Oldenmaten; buiten de regio via afspraken met SWV PO 25-10"]]),
        P("De overgang tussen niveaus wordt besproken in het ondersteuningsteam van de school. Ouders zijn bij "
          "dat gesprek aanwezig. Een leerling kan op elk niveau tijdelijk extra begeleiding krijgen, ook na "
          "een plaatsing op een speciale school."),
        H2("3.4 Toelaatbaarheid tot sbo en so"),
        P("Voor toelating tot het speciaal basisonderwijs of het speciaal onderwijs (cluster 3 en 4) heeft een "
          "leerling een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Deze paragraaf "
          "beschrijft de aanvraag, de advisering en het besluit, en wat er gebeurt als de TLV afloopt."),
        H3("3.4.1 De aanvraag"),
        P("De aanvraag wordt gedaan door het schoolbestuur van de school waar de leerling staat ingeschreven, "
          "of, als de leerling nog nergens staat ingeschreven, van de school waar hij is aangemeld. De intern "
          "begeleider vult het groeidocument in en voegt het ontwikkelingsperspectief, het verslag van het "
          "ondersteuningsteam en de zienswijze van de ouders toe. Ouders ondertekenen de aanvraag voor "
          "gezien. De aanvraag wordt digitaal ingediend bij het Loket, dat binnen vijf werkdagen controleert of "
          "het dossier compleet is."),
        H3("3.4.2 Deskundigenadvies en besluit"),
        P("Over iedere aanvraag adviseren twee deskundigen: de orthopedagoog of psycholoog van het Loket en, "
          "afhankelijk van de vraag, een tweede deskundige (een kinder- en jeugdpsycholoog, een "
          "maatschappelijk werker, een pedagoog of een arts). De deskundigen zijn niet betrokken geweest bij de "
          "voorbereiding van de aanvraag en brengen ieder afzonderlijk een schriftelijk advies uit. Ouders "
          "ontvangen een afschrift van elk advies."),
        P("De Commissie Toelaatbaarheid, bestaande uit de directeur-bestuurder en twee leden uit de kring van "
          "schoolleiders, besluit binnen zes weken na ontvangst van het complete dossier. De commissie weegt "
          "iedere aanvraag op maat; er is bewust gekozen voor maatwerk in plaats van een vaste lijst. Het "
          "afwegingskader dat de commissie daarbij gebruikt, is opgenomen in bijlage 5 (afzonderlijk document)."),
        P("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, tenzij de commissie "
          "een kortere duur bepaalt. Een TLV voor het so wordt afgegeven voor één of twee schooljaren, in "
          "bekostigingscategorie laag, midden of hoog. Ouders die het niet eens zijn met het besluit, kunnen "
          "binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
        H3("3.4.3 Afloop van de TLV"),
        P("Wij willen dat leerlingen in het sbo en so perspectief houden op terugkeer naar een reguliere "
          "school, het liefst in de eigen woonplaats. Een plaatsing in het speciaal (basis)onderwijs is geen "
          "eindstation. Terugplaatsing is aan de orde als de leerling de extra structuur en begeleiding van de "
          "speciale school niet langer nodig heeft, of als een reguliere school met een arrangement hetzelfde "
          "kan bieden. Het ontwikkelingsperspectief is daarbij leidend."),
        P("De werkwijze is als volgt. De sbo- of so-school evalueert het ontwikkelingsperspectief ieder jaar "
          "met de ouders. In het laatste jaar van de TLV, uiterlijk op 1 februari, organiseert de speciale "
          "school een overleg met de ouders, de orthopedagoog van het Loket en, als terugplaatsing in beeld "
          "is, de intern begeleider van de beoogde basisschool. In dat overleg wordt besproken of de leerling "
          "kan terugkeren, of een nieuwe TLV nodig is, of dat overplaatsing naar een andere speciale school "
          "beter past. Adviseert het overleg een nieuwe TLV, dan dient het bestuur van de speciale school vóór "
          "1 april een aanvraag in. Het besluit over terugplaatsing wordt genomen door de ouders en de "
          "ontvangende school, na advies van het Loket."),
        P("Een teruggeplaatste leerling krijgt gedurende het eerste jaar een terugplaatsingsarrangement: "
          "ambulante begeleiding door de speciale school (tot twee uur per week) en, als dat nodig is, extra "
          "inzet in de groep. Het samenwerkingsverband bekostigt dit arrangement uit het bovenschoolse budget. "
          "Een proefplaatsing van zes tot tien weken is mogelijk, waarbij de leerling ingeschreven blijft op de "
          "speciale school. Het Loket registreert iedere terugplaatsing en bespreekt na een jaar met de "
          "ontvangende school hoe het de leerling vergaat."),
        H2("3.5 Dekkend netwerk en thuiszitters"),
        P("Een dekkend netwerk betekent dat er voor iedere leerling in de regio een passende plek is. Elk jaar "
          "in mei inventariseert het Loket met de intern begeleiders en de speciale scholen welke leerlingen "
          "geen passend aanbod hebben of op een wachtlijst staan, en welke vragen scholen niet konden "
          "beantwoorden. De uitkomst wordt besproken in het directeurenoverleg en leidt tot concrete afspraken, "
          "bijvoorbeeld over een nieuw groepsarrangement of over plaatsing buiten de regio. In 2023 leidde dit "
          "tot de start van de plusklas in Elspeet-Noord."),
        P("Voor thuiszitters geldt een vaste aanpak. Iedere leerling die langer dan vier weken niet naar school "
          "gaat, of die een vrijstelling heeft, wordt gemeld bij het thuiszittersoverleg. Daarin zitten de "
          "leerplichtambtenaar, de orthopedagoog van het Loket en een medewerker van het lokale team. Het overleg "
          "komt elke zes weken bijeen en maakt per leerling een plan met een casusregisseur. Komen partijen er "
          "niet uit, dan heeft de directeur-bestuurder doorzettingsmacht en kan hij een tijdelijke voorziening "
          "financieren."),
        P("Schoolbesturen hebben zorgplicht. Kan een school een aangemelde leerling niet zelf de nodige "
          "ondersteuning bieden, dan zoekt zij met het Loket een andere school die dat wel kan. Het Loket "
          "houdt overzicht van alle lopende zorgplichtvragen."),
        H1("4 Samenwerking met gemeenten en jeugdhulp"),
        P("De drie gemeenten in ons gebied zijn belangrijke partners. Zij zijn verantwoordelijk voor jeugdhulp, "
          "leerplicht, leerlingenvervoer en onderwijshuisvesting. Het samenwerkingsverband en de gemeenten voeren "
          "twee keer per jaar bestuurlijk overleg; daarnaast is er maandelijks ambtelijk overleg."),
        P("In het OOGO over dit plan zijn de volgende afspraken gemaakt: de lokale teams hebben een vaste "
          "contactpersoon voor iedere school; de gemeenten financieren samen met het samenwerkingsverband een "
          "schoolmaatschappelijk werker (1,2 fte); bij onderwijszorgarrangementen voor leerlingen die zorg in "
          "onderwijstijd nodig hebben, wordt binnen vier weken een gezamenlijk besluit genomen; en bij de "
          "aanvraag van leerlingenvervoer na een TLV stemmen gemeente en Loket met elkaar af. Over de "
          "huisvesting van de observatiegroep De Schakel is nog geen overeenstemming; partijen spreken daar in "
          "het najaar van 2024 opnieuw over."),
        P("Verder nemen we deel aan de regionale werkgroep voor de aansluiting op het voortgezet onderwijs. De "
          "overstap van groep 8 naar de brugklas verloopt via de regionale overstapprocedure van het "
          "samenwerkingsverband VO."),
        H1("5 Communicatie"),
        P("Goede communicatie is een voorwaarde voor passend onderwijs. We onderscheiden communicatie met "
          "schoolbesturen en scholen, met ouders en met externe partners."),
        P("Met scholen en besturen communiceren we via het directeurenoverleg, het IB-netwerk (zes keer per "
          "jaar), een digitale nieuwsbrief die vier keer per jaar verschijnt en het besloten deel van de website. "
          "Nieuwe intern begeleiders krijgen een introductiegesprek bij het Loket."),
        P("Ouders informeren we op drie manieren. Op de ouderpagina van onze website staat in begrijpelijke taal "
          "welke ondersteuning elke school biedt, welke bovenschoolse voorzieningen er zijn, en hoe een "
          "aanvraag voor een arrangement of TLV verloopt. Daarnaast ligt op iedere school de folder 'Passend "
          "onderwijs in Veluwe-Rand' (ook in het Engels, Pools en Arabisch). Ten slotte organiseren we ieder "
          "najaar twee informatieavonden voor ouders, één in Oldenmaten en één in Hattemerbroek. Scholen nemen "
          "in hun schoolgids een verwijzing op naar de ouderpagina en vermelden daarin hun eigen "
          "ondersteuningsaanbod."),
        P("Ouders die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband, kunnen "
          "terecht bij het Ouder- en Jeugdsteunpunt Veluwe-Rand. Het steunpunt is onafhankelijk van scholen en "
          "besturen, is bereikbaar op werkdagen tussen 9.00 en 15.00 uur en kan een ouder bijstaan in gesprekken "
          "met school. Daarnaast kunnen ouders gratis advies vragen aan de Onderwijsconsulenten. Klachten over "
          "het samenwerkingsverband worden behandeld volgens de klachtenregeling; het samenwerkingsverband is "
          "aangesloten bij de landelijke klachtencommissie van Stichting Onderwijsgeschillen. Geschillen over "
          "toelating, verwijdering en het ontwikkelingsperspectief kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
        P("Externe partners, zoals gemeenten, jeugdhulpaanbieders en kinderopvang, informeren we via het "
          "jaarverslag en de bestuurlijke overleggen. Het jaarverslag staat op de website."),
        H1("6 Personeel en professionalisering"),
        P("Het samenwerkingsverband heeft zelf weinig personeel in dienst. De meeste mensen die passend onderwijs "
          "uitvoeren, werken bij de schoolbesturen. Toch heeft dit plan gevolgen voor het personeel: de "
          "afspraken over basisondersteuning vragen tijd van intern begeleiders, leerkrachten werken met meer "
          "leerlingen met een eigen leerlijn, en de inzet van onderwijsassistenten groeit."),
        P("Het samenwerkingsverband organiseert daarom jaarlijks een scholingsaanbod, waaronder een "
          "leergang handelingsgericht werken voor startende leerkrachten, netwerkbijeenkomsten voor "
          "intern begeleiders en een studiedag over gedrag. Ook faciliteren we collegiale consultatie tussen "
          "scholen: een leerkracht kan een dag meelopen op sbo De Wegwijzer of op De Klimop. Het "
          "lerarentekort treft ook onze regio; in het directeurenoverleg zoeken we samen naar oplossingen, "
          "zoals een gezamenlijke invalpool."),
        P("Het ICT-gebruik binnen het samenwerkingsverband is beperkt tot een beveiligde omgeving voor "
          "groeidocumenten en een registratiesysteem voor arrangementen. Beide voldoen aan de AVG; "
          "persoonsgegevens worden niet langer bewaard dan drie jaar na het besluit."),
        H1("7 Financiën"),
        H2("7.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Door de "
          "dalende leerlingaantallen en de verevening nemen de inkomsten de komende jaren licht af. Voor het "
          "kalenderjaar 2024 bedraagt de rijksbijdrage ongeveer € 3,1 miljoen. Van de middelen voor zware "
          "ondersteuning gaat een deel rechtstreeks via DUO naar de so-scholen (afdracht). Daarnaast draagt het "
          "samenwerkingsverband bij aan de bekostiging van het sbo voor zover het aantal sbo-leerlingen boven "
          "de 2% uitkomt (peildatum 1 oktober)."),
        H2("7.2 Verdeling van de ondersteuningsmiddelen"),
        P("Ons verdeelmodel is een schoolmodel: de middelen gaan zo veel mogelijk naar de besturen, die ze "
          "inzetten op hun scholen. Na aftrek van de afdrachten en de kosten van het bureau wordt het budget als "
          "volgt verdeeld:"),
        B("75% gaat als schoolbudget naar de schoolbesturen, op basis van het aantal leerlingen op de "
          "teldatum 1 oktober van het voorafgaande jaar, met een vaste voet per vestiging voor scholen met minder "
          "dan 100 leerlingen;",
          "20% is bestemd voor bovenschoolse arrangementen en voorzieningen (observatiegroep, taalklas, plusklas, "
          "terugplaatsingsarrangementen); scholen doen een aanvraag bij het Loket, dat toekent op basis van de "
          "onderwijsbehoefte en de beschikbare ruimte;",
          "5% is een flexibel budget voor onvoorziene situaties, zoals een thuiszitter die een tijdelijke "
          "voorziening nodig heeft; de directeur-bestuurder beslist."),
        P("Het verdeelmodel wordt jaarlijks bij de begroting door de algemene ledenvergadering vastgesteld. "
          "Besturen verantwoorden de besteding van het schoolbudget in een jaarlijkse rapportage aan het "
          "samenwerkingsverband, die uiterlijk 1 mei wordt aangeleverd."),
        H2("7.3 Meerjarenbegroting"),
        P("De meerjarenbegroting wordt ieder jaar in december door de algemene ledenvergadering vastgesteld en "
          "maakt daarom geen deel uit van dit plan. De bedragen per leerling worden jaarlijks in die begroting "
          "opgenomen. Onderstaande tabel geeft de opbouw weer; de bedragen worden na vaststelling ingevuld."),
        TAB([["Post", "2024", "2025", "2026", "2027"],
             ["Schoolbudgetten besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bovenschoolse arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Flexibel budget", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau en Loket", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("Het samenwerkingsverband heeft een reserve die in de vorige planperiode is afgebouwd tot het niveau "
          "van de signaleringswaarde. Een actuele risicoparagraaf staat in het jaarverslag."),
        H1("8 Beoogde resultaten"),
        P("Wat willen we bereiken voor leerlingen die extra ondersteuning nodig hebben? Die vraag is in de "
          "regiobijeenkomsten vaak gesteld en verdient een zorgvuldig antwoord. We hebben ervoor gekozen om in "
          "het schooljaar 2024-2025 eerst een nulmeting uit te voeren. Op basis daarvan stelt de algemene "
          "ledenvergadering de beoogde resultaten vast. Deze worden, met de manier waarop we ze gaan volgen, "
          "na instemming van de ondersteuningsplanraad als addendum aan dit plan toegevoegd."),
        P("De resultaten van de nulmeting zelf delen we met scholen en ouders zodra ze beschikbaar zijn."),
        H1("9 Planning 2024-2028"),
        TAB([["Schooljaar", "Activiteiten"],
             ["2024-2025", "Nulmeting; herziening folder voor ouders; evaluatie observatiegroep De Schakel"],
             ["2025-2026", "Basisondersteuning opnemen in schoolgidsen; verkenning gezamenlijke invalpool"],
             ["2026-2027", "Tussenevaluatie ondersteuningsplan met OPR en gemeenten"],
             ["2027-2028", "Voorbereiding nieuw ondersteuningsplan 2028-2032"]]),
        P("Elk jaar stelt het bestuur een jaarplan op dat de activiteiten uit deze planning uitwerkt."),
        BR(),
        H1("Bijlage 1 Begrippenlijst"),
        TAB([["Begrip", "Betekenis"],
             ["Arrangement", "Afgesproken pakket van extra ondersteuning voor een leerling of groep"],
             ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden"],
             ["Bezwaar", "Procedure om een besluit van het samenwerkingsverband te laten heroverwegen"],
             ["Meerjarenbegroting", "Begroting voor meerdere jaren met de verwachte inkomsten en uitgaven"],
             ["OJSP", "Ouder- en jeugdsteunpunt"],
             ["OOGO", "Op overeenstemming gericht overleg met de gemeenten"],
             ["OPP", "Ontwikkelingsperspectief(plan)"],
             ["Resultaten", "De uitkomsten die het samenwerkingsverband met passend onderwijs wil bereiken"],
             ["Terugplaatsing", "Terugkeer van een leerling uit het sbo of so naar een reguliere school"],
             ["TLV", "Toelaatbaarheidsverklaring voor sbo of so"]]),
    ]


# ==========================================================================
# Plan B: large VO verband, .docx, question-and-answer sections for parents
# ==========================================================================


def plan_b():
    return [
        T("Ondersteuningsplan 2024-2028"),
        ST("Samenwerkingsverband Voortgezet Onderwijs Delta-Noord (VO 28-03)"),
        P("Samen sterk voor elke leerling"),
        P("Versie 1.3 - definitief. Instemming ondersteuningsplanraad: 26 maart 2024. Vastgesteld door de "
          "directeur-bestuurder na goedkeuring door de raad van toezicht: 11 april 2024."),
        BR(),
        TOC("Voorwoord",
            "Leeswijzer",
            "1. Ons samenwerkingsverband",
            "2. Terugblik 2020-2024",
            "3. Visie en koers",
            "4. Ondersteuning in de school",
            "5. Het ondersteuningsaanbod in de regio",
            "6. Toewijzing en toelaatbaarheid: lwoo, pro en vso",
            "7. Van vso terug naar het regulier voortgezet onderwijs",
            "8. Thuiszitters en een dekkend netwerk",
            "9. Samenwerking met gemeenten en jeugdhulp",
            "10. Ouders en leerlingen",
            "11. Kwaliteit en resultaten",
            "12. Geld en middelen",
            "13. Organisatie, personeel en ICT",
            "14. Medezeggenschap",
            "Bijlage: Afkortingen"),
        BR(),
        H1("Voorwoord"),
        P("Delta-Noord is een van de grotere samenwerkingsverbanden voor voortgezet onderwijs in Nederland. Ruim "
          "21.000 leerlingen gaan elke dag naar een van onze 34 scholen: van praktijkonderwijs tot gymnasium, van "
          "een kleine vmbo-school in een dorp tot een scholengemeenschap met 2.400 leerlingen in de stad. Die "
          "verscheidenheid is onze rijkdom, maar maakt het ook moeilijk om overal hetzelfde te bieden."),
        P("In dit vierde ondersteuningsplan kiezen we voor een duidelijke koers: minder bureaucratie, meer "
          "ondersteuning in de school, en een eerlijke verdeling van het geld. We hebben geleerd van de vorige "
          "periode. Niet alles wat we ons voornamen, is gelukt. De wachtlijsten in het vso zijn niet verdwenen en "
          "nog steeds zitten er jongeren thuis. Maar we hebben ook veel bereikt, zoals u in hoofdstuk 2 kunt "
          "lezen."),
        P("We hebben dit plan geschreven voor professionals én voor ouders. Daarom vindt u aan het eind van "
          "verschillende hoofdstukken een kader 'Vragen van ouders', met antwoorden op vragen die ons het "
          "vaakst worden gesteld."),
        P("Mw. drs. A.C. Bouwhuis-Tiemens, directeur-bestuurder"),
        H1("Leeswijzer"),
        P("Hoofdstuk 1 en 2 schetsen de situatie en de terugblik. Hoofdstuk 3 geeft onze visie. De hoofdstukken "
          "4 tot en met 8 beschrijven de ondersteuning, van de basis in de school tot het voortgezet speciaal "
          "onderwijs, en hoe leerlingen daar terechtkomen en weer uitstromen. Hoofdstuk 9 gaat over de "
          "samenwerking met gemeenten, hoofdstuk 10 over ouders en leerlingen. Daarna volgen kwaliteit en "
          "resultaten, geld, organisatie en medezeggenschap."),
        H1("1. Ons samenwerkingsverband"),
        P("Samenwerkingsverband VO Delta-Noord is een stichting. Aangesloten zijn 14 schoolbesturen met 34 "
          "scholen voor voortgezet onderwijs, waaronder twee scholen voor praktijkonderwijs, en drie scholen voor "
          "voortgezet speciaal onderwijs. Het werkgebied beslaat zeven gemeenten. Het gebied overlapt met drie "
          "samenwerkingsverbanden primair onderwijs."),
        TAB([["Kengetal (1 oktober 2023)", "Aantal"],
             ["Leerlingen vo (incl. pro)", "21.384"],
             ["waarvan praktijkonderwijs", "612"],
             ["waarvan met lwoo", "1.988"],
             ["Leerlingen vso (uit ons gebied)", "498"],
             ["Scholen (vestigingen)", "34"],
             ["Schoolbesturen", "14"],
             ["Gemeenten", "7"]]),
        P("De stichting heeft een directeur-bestuurder en een raad van toezicht van vijf leden. Twee leden van "
          "de raad worden voorgedragen door de schoolbesturen, drie leden zijn onafhankelijk. Het "
          "bestuurdersoverleg, waarin alle 14 besturen zitten, adviseert de directeur-bestuurder over het beleid "
          "en keurt de begroting goed voordat die aan de raad van toezicht wordt voorgelegd."),
        H1("2. Terugblik 2020-2024"),
        P("Het vorige ondersteuningsplan kende vijf doelen. We hebben ze in 2023 geëvalueerd met de besturen, de "
          "ondersteuningsplanraad en een externe onderzoeker. Hieronder de belangrijkste uitkomsten."),
        TAB([["Doel 2020-2024", "Streefwaarde", "Bereikt (2023)"],
             ["Deelname vso daalt", "max. 2,3%", "2,33% (2019: 2,61%)"],
             ["Aantal thuiszitters > 3 maanden", "max. 10", "17"],
             ["Doorlooptijd TLV-aanvraag", "max. 6 weken", "gemiddeld 4,8 weken"],
             ["Tevredenheid scholen over het Loket", "7,5", "7,7"],
             ["Terugkeer vso naar vo", "25 per jaar", "23 (schooljaar 2022-2023)"]]),
        P("De daling van de deelname aan het vso hangt samen met de groei van de OPDC-plaatsen en de "
          "tussenvoorziening. Het doel voor thuiszitters is niet gehaald. Uit de evaluatie blijkt dat vooral "
          "jongeren met complexe psychische problematiek langdurig thuis zitten; daar is een aanpak voor nodig die "
          "onderwijs en zorg combineert (zie hoofdstuk 8 en 9). De lessen uit de terugblik zijn verwerkt in de "
          "doelen van dit plan (hoofdstuk 11)."),
        H1("3. Visie en koers"),
        P("Wij geloven dat iedere jongere recht heeft op onderwijs dat bij hem of haar past, in een omgeving "
          "waarin hij of zij zich veilig voelt. Passend onderwijs is niet alleen een zaak van zorgcoördinatoren "
          "en orthopedagogen; het is een verantwoordelijkheid van iedere docent en iedere mentor. Het "
          "samenwerkingsverband faciliteert, verbindt en bewaakt. De scholen voeren uit."),
        P("Onze koers voor 2024-2028 rust op vier pijlers: (1) ondersteuning zo dicht mogelijk bij de leerling, "
          "(2) geen jongere zonder onderwijs, (3) een eerlijke en transparante verdeling van middelen, en (4) "
          "samenwerking met ouders, leerlingen, gemeenten en zorg. We willen het aantal regels en formulieren "
          "verminderen: wat een school zelf kan beslissen, beslist de school."),
        P("Een bijzonder aandachtspunt is de stem van de leerling. Vanaf 2024 heeft iedere school een "
          "leerlingpanel over ondersteuning, en leerlingen met een ontwikkelingsperspectief worden gehoord over "
          "hun plan."),
        H1("4. Ondersteuning in de school"),
        P("Iedere school voor voortgezet onderwijs biedt basisondersteuning: de preventieve en licht curatieve "
          "ondersteuning die de school zelf organiseert, zonder tussenkomst van het samenwerkingsverband. In ons "
          "samenwerkingsverband bestaat de basisondersteuning uit de volgende voorzieningen:"),
        B("mentoraat met ten minste één mentoruur per week in de onderbouw;",
          "een ondersteuningscoördinator en een ondersteuningsteam dat leerlingen bespreekt;",
          "begeleiding bij dyslexie en dyscalculie, waaronder faciliteiten bij toetsen en examens;",
          "trainingen sociale vaardigheden en faalangstreductie;",
          "ondersteuning bij executieve functies, zoals plannen en organiseren (huiswerkbegeleiding, "
          "studieplanners);",
          "een time-outvoorziening of opvangruimte met begeleiding;",
          "samenwerking met de jeugdarts, de schoolmaatschappelijk werker en de leerplichtambtenaar;",
          "een ontwikkelingsperspectief voor leerlingen die extra ondersteuning krijgen."),
        P("Bij de evaluatie van het vorige plan bleek dat de invulling sterk verschilt tussen scholen. Niet alle "
          "scholen bieden al alle onderdelen, en de omvang ervan loopt uiteen. Een afgesproken ondergrens die voor "
          "iedere vestiging geldt, is er daarom nog niet. De werkgroep 'Basis op orde', met "
          "ondersteuningscoördinatoren van zes scholen, werkt een voorstel uit. Het bestuurdersoverleg neemt in "
          "het schooljaar 2025-2026 een besluit, waarbij we rekening houden met de landelijke norm voor "
          "basisondersteuning."),
        P("Iedere school beschrijft haar basisondersteuning en haar extra ondersteuning in het "
          "schoolondersteuningsprofiel (SOP). Vanaf 2025 neemt de school dit op in de schoolgids."),
        H3("Vragen van ouders"),
        Q("Wat mag ik van de school van mijn kind verwachten?",
          "De meeste scholen bieden de voorzieningen die hierboven staan. Precies wat uw school biedt, leest u in "
          "het schoolondersteuningsprofiel. Vraag er gerust naar bij de mentor of de ondersteuningscoördinator."),
        Q("Moet ik een diagnose hebben om ondersteuning te krijgen?",
          "Nee. Wat telt, is wat uw kind nodig heeft, niet welk etiket het heeft."),
        H1("5. Het ondersteuningsaanbod in de regio"),
        P("Het ondersteuningsaanbod in Delta-Noord is opgebouwd uit vier niveaus. Samen vormen zij een "
          "samenhangend geheel, zodat een leerling zonder onderbreking verder kan als de ondersteuning op één "
          "niveau niet meer volstaat."),
        TAB([["Niveau", "Ondersteuning", "Toegang"],
             ["1. In de school", "basisondersteuning (hoofdstuk 4)", "school"],
             ["2. Extra in de school", "arrangementen: bijv. autismeklas, plusklas, lwoo-begeleiding, "
              "pro-trajecten", "school, uit schoolbudget"],
             ["3. Bovenschools", "OPDC De Overstap (90 plaatsen), Rebound (24 plaatsen), tussenvoorziening "
              "Kompas voor jongeren met psychische problematiek (16 plaatsen), ISK voor nieuwkomers",
              "Loket, na ondersteuningsteam"],
             ["4. Voortgezet speciaal onderwijs", "drie vso-scholen cluster 3 en 4; vso buiten de regio",
              "TLV (hoofdstuk 6)"]]),
        P("Het OPDC biedt leerlingen voor maximaal twee jaar een kleinschalige leeromgeving met "
          "orthopedagogische begeleiding, met als doel terugkeer naar de eigen school. Rebound is een "
          "kortdurende plaatsing (12 weken) voor leerlingen bij wie het gedrag op school vastloopt. De "
          "tussenvoorziening Kompas combineert onderwijs met behandeling door een jeugd-GGZ-aanbieder; de "
          "gemeenten financieren het zorgdeel."),
        P("Voor leerlingen die van de basisschool komen, sluit het aanbod aan op dat van de drie "
          "samenwerkingsverbanden primair onderwijs: in de overstap wordt bij een ondersteuningsbehoefte een "
          "warme overdracht georganiseerd, waarbij de intern begeleider, de ouders en de "
          "ondersteuningscoördinator van de vo-school aan tafel zitten. Voor de overgang naar het mbo is een "
          "vergelijkbare afspraak gemaakt met de twee roc's in de regio."),
        H1("6. Toewijzing en toelaatbaarheid: lwoo, pro en vso"),
        P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
          "praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs. Het samenwerkingsverband "
          "gebruikt daarvoor de Commissie Toewijzing en Toelaatbaarheid (CTT)."),
        H2("6.1 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Voor lwoo en pro hanteren wij de landelijke criteria. Een leerling komt in aanmerking voor "
          "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee "
          "of meer van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spelling, waarvan "
          "één inzichtelijk rekenen of begrijpend lezen is. Voor lwoo geldt een IQ tussen 75 en 90 met een "
          "leerachterstand van anderhalf tot drie jaar, of een IQ tussen 91 en 120 met een leerachterstand én "
          "sociaal-emotionele problematiek. Delta-Noord maakt geen gebruik van de mogelijkheid om eigen "
          "lwoo-criteria vast te stellen."),
        P("De procedure: de vo-school waar de leerling is aangemeld, dient uiterlijk 1 april de aanvraag in bij "
          "de CTT via het digitale overstapsysteem, met het onderwijskundig rapport van de basisschool en de "
          "testgegevens. De CTT besluit binnen vier weken. Een aanwijzing voor lwoo geldt voor de duur van de "
          "opleiding; een toelaatbaarheidsverklaring voor pro eveneens. Voor zij-instromers is aanvragen het "
          "hele jaar mogelijk."),
        H2("6.2 Voortgezet speciaal onderwijs"),
        P("De aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd gezag van de "
          "school waar de leerling is ingeschreven. De ondersteuningscoördinator stelt het dossier samen: het "
          "ontwikkelingsperspectief, een verslag van het multidisciplinair overleg waaraan ouders en, vanaf "
          "12 jaar, de leerling deelnemen, en de zienswijze van de ouders. Het Loket controleert binnen vijf "
          "werkdagen of het dossier compleet is. Twee deskundigen - een orthopedagoog of psycholoog van het "
          "Loket en een tweede deskundige die past bij de vraag - brengen ieder een eigen schriftelijk advies "
          "uit. De CTT besluit binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan:"),
        N("de ondersteuningsbehoefte van de leerling overstijgt aantoonbaar wat de vo-school, ook met een "
          "arrangement van niveau 2 of een bovenschoolse voorziening van niveau 3, kan bieden;",
          "de school heeft gedurende ten minste zes maanden planmatig gewerkt volgens een ontwikkelingsperspectief "
          "en dit geëvalueerd, tenzij de situatie van de leerling dat onmogelijk maakt;",
          "de leerling heeft een intensieve combinatie van onderwijs en begeleiding of zorg nodig die alleen in "
          "een vso-setting beschikbaar is, of er is sprake van een ernstige beperking in leren of gedrag die "
          "de veiligheid van de leerling of anderen bedreigt."),
        P("Een TLV vso wordt afgegeven voor twee schooljaren, in uitzonderlijke gevallen voor de rest van de "
          "schoolloopbaan, en in een van de bekostigingscategorieën laag, midden of hoog. De categorie wordt "
          "bepaald op basis van het advies van de deskundigen."),
        P("Tegen een besluit van de CTT kunnen ouders binnen zes weken bezwaar maken bij de directeur-bestuurder. "
          "Het samenwerkingsverband heeft een eigen onafhankelijke adviescommissie bezwaarschriften, die ouders "
          "hoort en advies uitbrengt."),
        H3("Vragen van ouders"),
        Q("Wie vraagt een TLV aan, ik of de school?",
          "De school vraagt aan, samen met u. Zonder uw zienswijze neemt de CTT de aanvraag niet in behandeling."),
        Q("Hoe lang duurt het?",
          "Zes weken na een compleet dossier. Bij spoed kan de CTT binnen tien werkdagen besluiten."),
        H1("7. Van vso terug naar het regulier voortgezet onderwijs"),
        P("Een plaatsing in het vso is voor veel jongeren de juiste keuze. Toch blijven we ook voor hen kijken "
          "of terugkeer naar het regulier voortgezet onderwijs, of overstap naar het mbo, mogelijk is. Ons "
          "uitgangspunt is: zo regulier als mogelijk, zo speciaal als nodig. Het vso en het regulier onderwijs "
          "zijn geen gescheiden werelden."),
        P("Terugkeer komt in beeld als de leerling de doelen uit het ontwikkelingsperspectief grotendeels heeft "
          "bereikt, als de leerling zelf gemotiveerd is, en als er een vo-school is die met een arrangement de "
          "nodige begeleiding kan bieden. Het OPDC kan daarbij een tussenstap zijn. Iedere leerling die "
          "terugkeert, krijgt gedurende ten minste een half jaar een terugkeerarrangement: een vaste coach van "
          "de vso-school die wekelijks op de nieuwe school komt, en een budget van het samenwerkingsverband voor "
          "extra begeleiding op de vo-school. In het schooljaar 2022-2023 keerden 23 leerlingen terug naar het "
          "regulier onderwijs."),
        P("Hoe de vso-scholen, de ontvangende vo-scholen en het samenwerkingsverband dit in de praktijk "
          "organiseren, beschrijven we in het protocol 'Terug naar vo'. Dat protocol wordt in het schooljaar "
          "2024-2025 samen met de drie vso-scholen opgesteld en ter instemming aan de ondersteuningsplanraad "
          "voorgelegd."),
        H1("8. Thuiszitters en een dekkend netwerk"),
        P("Een dekkend netwerk betekent dat iedere jongere in onze regio een passende plek heeft. Om te weten "
          "waar dat niet lukt, voert het samenwerkingsverband elk jaar in het voorjaar een analyse uit van de "
          "witte vlekken in het aanbod. Bronnen zijn de aanvragen bij het Loket die niet konden worden "
          "gehonoreerd, de wachtlijsten van het vso en het OPDC, de verzuimmeldingen van de gemeenten en de "
          "signalen van ouders bij het Ouderpunt. Op basis van de analyse stelt het bestuurdersoverleg vóór "
          "1 juli vast welke voorzieningen worden uitgebreid of aangepast. In 2023 leidde dit tot de oprichting "
          "van de tussenvoorziening Kompas."),
        P("Voor thuiszitters hebben we met de gemeenten de Thuiszitterstafel ingericht. Iedere leerling die "
          "langer dan vier weken geen onderwijs volgt, wordt binnen twee weken besproken. Aan tafel zitten de "
          "leerplichtambtenaar, een consulent van het Loket, de school en zo nodig de jeugdhulp. Ouders en de "
          "leerling worden uitgenodigd. De tafel wijst een regisseur aan en stelt een plan op met een "
          "terugkeerdatum. Komen partijen er binnen acht weken niet uit, dan neemt de directeur-bestuurder het "
          "besluit (doorzettingsmacht). Het doel is dat in 2028 geen enkele jongere langer dan drie maanden "
          "thuis zit."),
        P("Voor jongeren die vanwege de wachtlijst van het vso niet direct geplaatst kunnen worden, biedt de "
          "vo-school een overbruggingsarrangement, bekostigd door het samenwerkingsverband."),
        H1("9. Samenwerking met gemeenten en jeugdhulp"),
        P("Het samenwerkingsverband voert met de zeven gemeenten op overeenstemming gericht overleg (OOGO) over "
          "dit plan en over het jeugdbeleid van de gemeenten. Het OOGO over dit plan is op 6 maart 2024 "
          "afgerond. Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, "
          "leerlingenvervoer, onderwijshuisvesting en de overgang naar mbo en arbeid."),
        P("Afspraken voor de planperiode: elke school heeft een vaste jeugdhulpverlener op school "
          "(praktijkondersteuner jeugd); de gemeenten en het samenwerkingsverband financieren gezamenlijk de "
          "tussenvoorziening Kompas; en zorg in onderwijstijd wordt geregeld in een convenant dat in de "
          "eerste helft van 2024 is getekend. Het samenwerkingsverband neemt deel aan het regionaal "
          "overleg voortijdig schoolverlaten."),
        H1("10. Ouders en leerlingen"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij willen dat ouders weten welke "
          "ondersteuning er is, hoe ze die kunnen krijgen en bij wie ze terecht kunnen als het niet loopt zoals "
          "zij hopen. Daarom beantwoorden we in dit hoofdstuk de vragen die ouders ons het vaakst stellen."),
        H3("Vragen van ouders"),
        Q("Waar vind ik informatie over de ondersteuning in het samenwerkingsverband?",
          "Op onze website staat een aparte ouderpagina met uitleg over de niveaus van ondersteuning, het OPDC, "
          "Rebound, de tussenvoorziening en het vso, en over de aanvraag van lwoo, pro en een TLV. Iedere school "
          "vermeldt in de schoolgids welke ondersteuning zij zelf biedt. Twee keer per jaar houden we een "
          "ouderavond, afwisselend in het noorden en het zuiden van de regio. Daarnaast is er een folder in "
          "eenvoudige taal, die de scholen meegeven bij de aanmelding."),
        Q("Mijn kind gaat naar de brugklas en heeft extra hulp nodig. Wat moet ik doen?",
          "Meld bij de aanmelding dat uw kind extra ondersteuning nodig heeft. De school heeft dan zorgplicht: zij "
          "onderzoekt wat uw kind nodig heeft en zoekt, als zij dat zelf niet kan bieden, samen met u een "
          "school die het wel kan."),
        Q("Ik ben het niet eens met de school. Bij wie kan ik terecht?",
          "Praat eerst met de mentor of de ondersteuningscoördinator. Komt u er samen niet uit, dan kunt u "
          "contact opnemen met het Ouderpunt Delta-Noord, ons ouder- en jeugdsteunpunt. Het Ouderpunt werkt "
          "onafhankelijk van de scholen, luistert, denkt mee en kan bemiddelen. Ook de Onderwijsconsulenten "
          "geven gratis en onafhankelijk advies. Bij een geschil over toelating, verwijdering of het "
          "ontwikkelingsperspectief kunt u zich wenden tot de Geschillencommissie passend onderwijs."),
        Q("Kan mijn kind zelf meepraten?",
          "Ja. Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief, en leerlingen "
          "kunnen ook zelf bij het Ouderpunt terecht."),
        P("Het Ouderpunt brengt twee keer per jaar een signalenrapportage uit aan de directeur-bestuurder. De "
          "rapportage wordt besproken met de ondersteuningsplanraad."),
        H1("11. Kwaliteit en resultaten"),
        P("Wij willen weten of wat we doen werkt. Daarom hebben we voor de planperiode vijf beoogde resultaten "
          "geformuleerd, elk met een indicator en een streefwaarde. Ze sluiten aan op de terugblik in hoofdstuk 2."),
        TAB([["Beoogd resultaat", "Indicator", "Nulmeting 2023", "Streefwaarde 2028"],
             ["Meer jongeren krijgen ondersteuning in de eigen school", "deelname vso (1 oktober)",
              "2,33%", "max. 2,1%"],
             ["Geen jongere langdurig thuis", "thuiszitters > 3 maanden", "17", "0"],
             ["Snelle toewijzing", "doorlooptijd TLV", "4,8 weken", "max. 4 weken"],
             ["Terugkeer uit het vso", "aantal teruggekeerde leerlingen per jaar", "23", "30"],
             ["Tevreden ouders", "tevredenheid ouders over ondersteuning (peiling)", "6,9", "7,5"]]),
        P("De monitoring verloopt volgens een vaste cyclus. Het bureau stelt twee keer per jaar (in februari en "
          "september) een dashboard op met de indicatoren per school en voor het samenwerkingsverband als geheel. "
          "Het dashboard wordt besproken in het bestuurdersoverleg en met de ondersteuningsplanraad. Eens per twee "
          "jaar houden we een tevredenheidspeiling onder ouders en scholen. De bereikte resultaten en de "
          "daaraan gekoppelde uitgaven worden verantwoord in het jaarverslag, dat uiterlijk 1 juli op de "
          "website staat. Halverwege de planperiode, in 2026, voert een externe partij een tussenevaluatie uit."),
        H1("12. Geld en middelen"),
        P("Dit hoofdstuk beschrijft waar het geld vandaan komt, hoe we het verdelen en waaraan we het besteden."),
        H2("12.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt rijksbijdragen voor lichte ondersteuning (inclusief de middelen "
          "voor lwoo en pro) en voor zware ondersteuning. Van de middelen voor zware ondersteuning wordt het "
          "grootste deel via DUO rechtstreeks afgedragen aan de vso-scholen."),
        H2("12.2 Verdeling"),
        P("Wij verdelen de middelen volgens vaste regels, die het bestuurdersoverleg jaarlijks bij de begroting "
          "bevestigt:"),
        B("Lwoo- en pro-middelen gaan volledig naar de scholen, op basis van het aantal aangewezen leerlingen op "
          "1 oktober.",
          "Het schoolbudget voor extra ondersteuning bestaat uit een vaste voet van € 25.000 per vestiging plus "
          "€ 92 per leerling (teldatum 1 oktober).",
          "Bovenschoolse voorzieningen (OPDC, Rebound, Kompas, ISK-bijdrage) worden bekostigd per beschikbare "
          "plaats, op basis van een jaarlijkse overeenkomst met het bestuur dat de voorziening uitvoert.",
          "Arrangementen die het schoolbudget te boven gaan, zoals overbruggings- en terugkeerarrangementen, "
          "vraagt de school aan bij het Loket; de CTT kent ze toe."),
        P("Scholen verantwoorden de besteding van hun schoolbudget jaarlijks in een korte rapportage aan de hand "
          "van een vast format: welke ondersteuning, voor hoeveel leerlingen, met welk resultaat."),
        H2("12.3 Meerjarenbegroting"),
        TAB([["(x € 1.000)", "2024", "2025", "2026", "2027", "2028"],
             ["Baten lichte ondersteuning (incl. lwoo/pro)", "17.480", "17.310", "17.150", "16.990", "16.840"],
             ["Baten zware ondersteuning (na afdracht DUO)", "6.920", "6.860", "6.790", "6.730", "6.680"],
             ["Lasten: lwoo- en pro-middelen naar scholen", "13.420", "13.290", "13.170", "13.050", "12.930"],
             ["Lasten: schoolbudgetten extra ondersteuning", "2.820", "2.810", "2.800", "2.790", "2.780"],
             ["Lasten: bovenschoolse voorzieningen", "5.460", "5.520", "5.560", "5.540", "5.520"],
             ["Lasten: arrangementen via Loket", "1.150", "1.120", "1.100", "1.080", "1.060"],
             ["Lasten: bureau, Loket en Ouderpunt", "1.380", "1.390", "1.400", "1.410", "1.420"],
             ["Resultaat", "170", "40", "-90", "-150", "-190"]]),
        P("De negatieve resultaten vanaf 2026 zijn een bewuste keuze: we bouwen de reserve verder af tot het "
          "niveau van de signaleringswaarde. Het weerstandsvermogen blijft daarbij boven de ondergrens die de "
          "raad van toezicht heeft vastgesteld."),
        H1("13. Organisatie, personeel en ICT"),
        P("Het bureau van het samenwerkingsverband telt 19 medewerkers (15,4 fte), van wie elf bij het Loket "
          "werken: orthopedagogen, psychologen en consulenten. Het Ouderpunt heeft twee medewerkers die "
          "organisatorisch bij het samenwerkingsverband zijn ondergebracht, maar inhoudelijk onafhankelijk "
          "werken."),
        P("Personeel op de scholen is de belangrijkste factor voor passend onderwijs. Het samenwerkingsverband "
          "organiseert jaarlijks een scholingsprogramma voor mentoren en ondersteuningscoördinatoren, een "
          "kenniskring over psychische problematiek en een netwerk voor docenten praktijkonderwijs. We "
          "verwachten dat de ondersteuningsvraag in de klas de komende jaren blijft stijgen, en dat vraagt "
          "aandacht voor werkdruk."),
        P("Alle aanvragen lopen via een beveiligd digitaal systeem. Het samenwerkingsverband heeft een "
          "functionaris gegevensbescherming en een verwerkingsregister. Dossiers worden bewaard tot drie jaar na "
          "het laatste besluit."),
        H1("14. Medezeggenschap"),
        P("De ondersteuningsplanraad telt twaalf leden: zes personeelsleden en zes ouders of leerlingen. Zij "
          "worden afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft op 26 maart 2024 "
          "ingestemd met dit plan. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor "
          "het personeel van het bureau."),
        BR(),
        H1("Bijlage: Afkortingen"),
        TAB([["Afkorting", "Betekenis"],
             ["CTT", "Commissie Toewijzing en Toelaatbaarheid"],
             ["ISK", "Internationale schakelklas"],
             ["lwoo", "Leerwegondersteunend onderwijs"],
             ["OJSP", "Ouder- en jeugdsteunpunt (bij ons: Ouderpunt Delta-Noord)"],
             ["OPDC", "Orthopedagogisch-didactisch centrum"],
             ["OPR", "Ondersteuningsplanraad"],
             ["pro", "Praktijkonderwijs"],
             ["SOP", "Schoolondersteuningsprofiel"],
             ["TLV", "Toelaatbaarheidsverklaring"],
             ["vso", "Voortgezet speciaal onderwijs"]]),
    ]


# ==========================================================================
# Plan C: large PO verband, .docx + .pdf, summary and numbered paragraphs
# ==========================================================================


def plan_c():
    return [
        T("Ondersteuningsplan 2024-2028"),
        ST("Stichting Passend Primair Onderwijs Stedenband - PO 22-09"),
        P("'Ieder kind een plek die past'"),
        P("Planperiode 1 augustus 2024 - 31 juli 2028. Instemming OPR 3 april 2024; vastgesteld door het "
          "bestuur op 16 april 2024; toegezonden aan de inspectie op 24 april 2024."),
        BR(),
        TOC("Samenvatting en kernpunten ........................................ 3",
            "1 Inleiding ....................................................... 5",
            "2 Stedenband in cijfers ........................................... 6",
            "3 Missie, visie en ambities ....................................... 7",
            "4 Basisondersteuning .............................................. 9",
            "5 De ondersteuningsroute .......................................... 12",
            "   5.1 Van signaal tot arrangement",
            "   5.2 Arrangementen",
            "   5.3 Bovenschoolse voorzieningen",
            "   5.4 Toelaatbaarheid sbo en so",
            "      5.4.1 Aanvraag",
            "      5.4.2 Criteria",
            "      5.4.3 Deskundigen, duur en bekostigingscategorie",
            "      5.4.4 Bezwaar",
            "   5.5 Terugplaatsing en doorstroom ............................... 19",
            "6 Dekkend aanbod en thuiszitters .................................. 20",
            "7 Communicatie en ouders ........................................... 21",
            "8 Samenwerking met gemeenten (OOGO) ................................ 24",
            "9 Financieel beleid ................................................ 25",
            "10 Ambities en resultaten .......................................... 28",
            "11 Organisatie en governance ....................................... 30",
            "12 Personeel, ICT en privacy ....................................... 31",
            "13 Planning ........................................................ 33",
            "Bijlage A Begrippenlijst .......................................... 34"),
        BR(),
        H1("Samenvatting en kernpunten"),
        P("Stedenband is het samenwerkingsverband voor passend primair onderwijs in vier middelgrote steden en "
          "hun omliggende kernen. Negentien schoolbesturen werken samen voor ruim 26.000 leerlingen op 118 "
          "basisscholen, vijf scholen voor speciaal basisonderwijs en zes scholen voor speciaal onderwijs. Dit "
          "plan legt vast wat de scholen samen bieden, hoe een leerling extra ondersteuning krijgt, hoe we het "
          "geld verdelen en wat we in vier jaar willen bereiken."),
        P("Kernpunten:"),
        N("Basisondersteuning: alle 118 basisscholen werken met dezelfde twaalf standaarden (hoofdstuk 4).",
          "Eén route: van signaal in de klas tot arrangement of toelaatbaarheidsverklaring via het "
          "Ondersteuningsloket (hoofdstuk 5).",
          "Geld volgt het kind: 82% van de middelen gaat naar de scholen en de speciale voorzieningen "
          "(hoofdstuk 9).",
          "Vier ambities met meetbare doelen voor 2028 (hoofdstuk 10).",
          "Ouders zijn partners: nieuwe ouderwebsite en een onafhankelijk ouder- en jeugdsteunpunt "
          "(hoofdstuk 7)."),
        H1("1 Inleiding"),
        H2("1.1 Doel van dit plan"),
        P("Het ondersteuningsplan is het beleidsplan van het samenwerkingsverband voor vier jaar. Het is het "
          "kader waarbinnen de schoolbesturen hun eigen ondersteuningsbeleid maken en waarbinnen de scholen "
          "hun schoolondersteuningsprofiel opstellen. Het plan wordt jaarlijks uitgewerkt in een jaarplan en een "
          "begroting."),
        H2("1.2 Totstandkoming"),
        P("Het plan is in ruim een jaar tot stand gekomen. Er zijn vijf dialoogsessies gehouden met "
          "schoolleiders, intern begeleiders, leerkrachten en ouders, in totaal met meer dan 300 deelnemers. Een "
          "kerngroep met vertegenwoordigers van besturen, sbo, so en de ondersteuningsplanraad heeft de teksten "
          "geschreven. Het OOGO met de acht gemeenten is gevoerd op 29 februari 2024; met de drie "
          "samenwerkingsverbanden voortgezet onderwijs in ons gebied is op 13 maart 2024 overleg gevoerd."),
        H2("1.3 Leeswijzer en relatie met andere documenten"),
        P("Dit plan beschrijft de hoofdlijnen en de afspraken die voor alle besturen gelden. Het wordt aangevuld "
          "door een aantal andere documenten. De schoolondersteuningsprofielen van de scholen beschrijven wat "
          "iedere school boven op de basisondersteuning biedt. Het jaarplan beschrijft per schooljaar welke "
          "activiteiten we uitvoeren om de ambities te realiseren. De begroting en de jaarrekening geven het "
          "financiële beeld per kalenderjaar. De statuten en het reglement van de ondersteuningsplanraad regelen "
          "de bestuurlijke verhoudingen."),
        P("De hoofdstukken zijn zo geschreven dat ze los van elkaar te lezen zijn. Daardoor komen sommige "
          "onderwerpen op meer dan één plek terug. Waar we verwijzen naar een ander hoofdstuk, staat het "
          "hoofdstuknummer tussen haakjes. Achter in het plan is een begrippenlijst opgenomen met de "
          "belangrijkste termen en afkortingen."),
        P("Een woord over de taal van dit plan. We hebben geprobeerd zo min mogelijk vaktaal te gebruiken. Waar "
          "dat niet lukt, bijvoorbeeld bij wettelijke begrippen als toelaatbaarheidsverklaring of "
          "ontwikkelingsperspectief, leggen we het begrip uit in de tekst of in de begrippenlijst. Een "
          "samenvatting van dit plan voor ouders is beschikbaar in vijf talen."),
        H1("2 Stedenband in cijfers"),
        TAB([["Kengetal (teldatum 1 oktober 2023)", ""],
             ["Schoolbesturen", "19"],
             ["Basisscholen", "118"],
             ["Scholen voor sbo", "5"],
             ["Scholen voor so (cluster 3 en 4)", "6"],
             ["Leerlingen bao", "25.214"],
             ["Leerlingen sbo", "604"],
             ["Leerlingen so (uit ons gebied)", "412"],
             ["Gemeenten", "8"]]),
        P("Het aantal leerlingen in het basisonderwijs is de afgelopen vijf jaar met ongeveer 2% gedaald. In twee "
          "van de vier steden groeit het aantal nieuwkomerskinderen. Het percentage leerlingen met een "
          "gewichtenindicatie ligt boven het landelijk gemiddelde."),
        H1("3 Missie, visie en ambities"),
        P("Missie: Stedenband zorgt ervoor dat ieder kind in de regio onderwijs krijgt dat past bij wat het kan "
          "en nodig heeft, zo thuisnabij als mogelijk."),
        P("Visie: wij geloven dat kinderen het beste leren in een omgeving waarin zij gezien worden. Dat vraagt "
          "om leerkrachten die de onderwijsbehoeften van hun leerlingen kennen, om scholen die samenwerken, en "
          "om een samenwerkingsverband dat dichtbij staat en niet alles regelt vanaf een bureau. We werken "
          "vanuit vertrouwen: besturen krijgen de ruimte en leggen verantwoording af."),
        P("Uit deze visie volgen vier ambities voor 2024-2028: (A) een stevige basis op elke school; (B) snel de "
          "juiste ondersteuning, zonder onnodige bureaucratie; (C) meer kinderen thuisnabij; (D) tevreden ouders "
          "en scholen. In hoofdstuk 10 zijn deze ambities vertaald in doelen."),
        H2("3.1 Ontwikkelingen die op ons afkomen"),
        P("Dit plan verschijnt in een periode van veel landelijke veranderingen. Met de Verbeteraanpak passend "
          "onderwijs heeft de overheid een koers ingezet naar meer duidelijkheid over wat scholen moeten bieden, "
          "een betere positie van ouders en leerlingen en een doelmatiger inzet van middelen. Het wetsvoorstel "
          "over de positie van ouders en leerlingen verplicht samenwerkingsverbanden om een ouder- en "
          "jeugdsteunpunt in te richten en geeft leerlingen hoorrecht bij hun ontwikkelingsperspectief. Stedenband "
          "loopt hierop vooruit. Verder wordt gewerkt aan een landelijke norm voor basisondersteuning. Onze "
          "twaalf standaarden zijn zo opgezet dat ze daar naar verwachting goed op aansluiten."),
        P("Ook in de regio verandert veel. Het lerarentekort is in twee van de vier steden groot; sommige scholen "
          "werken met onbevoegde invallers of met vierdaagse schoolweken in enkele groepen. Dat heeft gevolgen "
          "voor de basisondersteuning, want een school die geen vaste leerkracht heeft, kan moeilijk "
          "handelingsgericht werken. Tegelijk zien we dat de vraag naar jeugdhulp toeneemt en dat de wachttijden "
          "bij jeugd-GGZ oplopen. Kinderen met een ondersteuningsbehoefte en hun ouders merken dat het eerst op "
          "school. Het is daarom belangrijker dan ooit dat onderwijs en jeugdhulp elkaar weten te vinden."),
        P("Ten slotte zien we een toenemende diversiteit in de steden: meer nieuwkomers, meer gezinnen in "
          "armoede, maar ook meer kinderen die thuis meerdere talen spreken en daardoor anders leren. Passend "
          "onderwijs is in Stedenband dus nadrukkelijk ook een vraagstuk van kansengelijkheid."),
        H1("4 Basisondersteuning"),
        H2("4.1 Het niveau van basisondersteuning in Stedenband"),
        P("Basisondersteuning is de ondersteuning die iedere basisschool in Stedenband biedt aan al haar "
          "leerlingen, zonder dat daar een aanvraag bij het samenwerkingsverband voor nodig is. De besturen "
          "hebben het niveau vastgelegd in twaalf standaarden. Deze standaarden gelden voor elke vestiging en "
          "zijn de ondergrens: geen school mag eronder zitten. De standaarden zijn in 2022 ontwikkeld met intern "
          "begeleiders en zijn in dit plan ongewijzigd overgenomen."),
        H2("4.2 De twaalf standaarden"),
        P("De tabel hieronder beschrijft per standaard wat ouders op elke school kunnen verwachten."),
        TAB([["Nr.", "Standaard", "Wat dit betekent op elke school"],
             ["1", "Veilig schoolklimaat", "anti-pestprotocol, jaarlijkse veiligheidsmonitor, vertrouwenspersoon"],
             ["2", "Handelingsgericht werken", "groepsplannen of groepsoverzichten, drie groepsbesprekingen per jaar"],
             ["3", "Intern begeleider", "minimaal 0,1 fte per 100 leerlingen, met een afgeronde opleiding"],
             ["4", "Ondersteuningsteam", "minimaal vier keer per jaar, met onderwijsadviseur van het Loket"],
             ["5", "Lezen en dyslexie", "dyslexieprotocol, extra leesinstructie, voorleessoftware"],
             ["6", "Rekenen en dyscalculie", "protocol ERWD, extra instructie, hulpmiddelen"],
             ["7", "Gedrag", "preventieve aanpak (bijv. PBS), individueel gedragsplan bij behoefte"],
             ["8", "Meer- en hoogbegaafdheid", "signalering, compacten en verrijken in de groep"],
             ["9", "Taal en NT2", "extra taalaanbod voor kinderen met een taalachterstand"],
             ["10", "Medisch handelen", "protocol medisch handelen en medicijnverstrekking"],
             ["11", "Ontwikkelingsperspectief", "OPP voor leerlingen met een eigen leerlijn, met ouders opgesteld"],
             ["12", "Overdracht", "warme overdracht bij overstap naar vo, sbo, so of andere school"]]),
        H2("4.3 Borging"),
        P("Iedere school voert om de twee jaar een zelfevaluatie uit op de twaalf standaarden. Het Loket voert "
          "jaarlijks bij een steekproef van 20 scholen een audit uit. Scholen die op een standaard onvoldoende "
          "scoren, stellen binnen drie maanden een verbeterplan op, dat het bestuur aan het samenwerkingsverband "
          "voorlegt."),
        H1("5 De ondersteuningsroute"),
        H2("5.1 Van signaal tot arrangement"),
        P("Als een leerkracht zich zorgen maakt over een leerling, bespreekt hij dat met de intern begeleider en "
          "met de ouders. De school zet eerst interventies uit de basisondersteuning in. Blijkt na ten minste "
          "acht weken dat dit niet voldoende is, dan bespreekt het ondersteuningsteam de leerling, met de ouders "
          "en de onderwijsadviseur van het Ondersteuningsloket. Het ondersteuningsteam kan besluiten tot een "
          "arrangement, tot verder onderzoek, of tot een aanvraag voor een toelaatbaarheidsverklaring."),
        H2("5.2 Arrangementen"),
        P("Stedenband kent drie soorten arrangementen. Een schoolarrangement wordt door de school zelf betaald "
          "uit het schoolbudget. Een individueel arrangement wordt aangevraagd bij het Ondersteuningsloket en "
          "kent een looptijd van maximaal één schooljaar. Een groepsarrangement is bedoeld voor een groep "
          "leerlingen met een vergelijkbare ondersteuningsbehoefte op één school of op enkele scholen samen, "
          "zoals een taalklas of een groep voor jonge risicoleerlingen."),
        H2("5.3 Bovenschoolse voorzieningen"),
        P("Naast de scholen zijn er bovenschoolse voorzieningen: vier plusklassen voor hoogbegaafde leerlingen, "
          "twee nieuwkomersvoorzieningen, een observatieklas per stad en de Onderwijs-Zorggroep voor kinderen "
          "die naast onderwijs intensieve zorg nodig hebben. Daarmee is er een doorlopend aanbod van "
          "basisondersteuning via arrangementen en bovenschoolse voorzieningen naar het speciaal basisonderwijs "
          "en het speciaal onderwijs."),
        H2("5.4 Toelaatbaarheid sbo en so"),
        H3("5.4.1 Aanvraag"),
        P("Het bestuur van de school waar de leerling is ingeschreven, vraagt de toelaatbaarheidsverklaring aan "
          "bij het Ondersteuningsloket. De aanvraag bestaat uit het groeidocument, het ontwikkelingsperspectief, "
          "de verslagen van het ondersteuningsteam en de zienswijze van de ouders. Bij aanmelding bij een "
          "speciale school zonder voorafgaande inschrijving (bijvoorbeeld een kleuter vanuit de voorschool) "
          "dient de speciale school de aanvraag in. Het Loket bevestigt binnen drie werkdagen de ontvangst."),
        H3("5.4.2 Criteria"),
        P("De commissie toelaatbaarheid beoordeelt de aanvraag aan de hand van de volgende criteria. Een leerling "
          "is toelaatbaar tot het speciaal basisonderwijs als (a) de onderwijsbehoefte de mogelijkheden van de "
          "basisschool overstijgt, ook met een arrangement, (b) de leerling gebaat is bij een kleinere groep met "
          "meer specialistische begeleiding gedurende de hele schooldag, en (c) er een ontwikkelingsperspectief "
          "is dat ten minste één keer is geëvalueerd. Een leerling is toelaatbaar tot het speciaal onderwijs als "
          "daarnaast sprake is van (d) een ernstige ontwikkelingsbeperking (cluster 3: verstandelijke, lichamelijke "
          "of meervoudige beperking; langdurige ziekte) of (e) ernstige gedrags- of psychiatrische problematiek "
          "(cluster 4) waarvoor onderwijs en behandeling in samenhang nodig zijn."),
        H3("5.4.3 Deskundigen, duur en bekostigingscategorie"),
        P("Bij iedere aanvraag adviseren twee deskundigen, ieder schriftelijk: een orthopedagoog of psycholoog en "
          "een tweede deskundige, afhankelijk van de leerling een arts, maatschappelijk werker of "
          "kinderpsychiater. De commissie toelaatbaarheid neemt binnen zes weken een besluit. Een TLV voor het sbo "
          "geldt tot het einde van het schooljaar waarin de leerling twaalf wordt; een TLV voor het so geldt "
          "voor twee schooljaren en vermeldt de bekostigingscategorie (laag, midden of hoog)."),
        H3("5.4.4 Bezwaar"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Stedenband is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)."),
        H2("5.5 Terugplaatsing en doorstroom"),
        P("Veel sbo- en so-leerlingen stromen na hun basisschoolperiode door naar het voortgezet onderwijs of het "
          "voortgezet speciaal onderwijs. Voor de overstap naar het vo gelden dezelfde afspraken over warme "
          "overdracht als voor basisscholen."),
        P("Het beleid en de procedure voor terugplaatsing naar het basisonderwijs werken we in het eerste "
          "planjaar uit met de sbo- en so-scholen. Ze worden in 2025 als wijziging van dit plan aan de "
          "ondersteuningsplanraad voorgelegd."),
        H1("6 Dekkend aanbod en thuiszitters"),
        P("Stedenband wil een dekkend aanbod bieden: voor ieder kind een passende plek. Of ons aanbod werkelijk "
          "dekkend is, brengen we in 2025 in beeld met een netwerkanalyse, samen met de gemeenten en de "
          "jeugdhulp. Op basis daarvan nemen we besluiten over nieuwe of andere voorzieningen."),
        P("Ook het aantal kinderen dat thuiszit of geen passend onderwijs volgt, is een punt van zorg. Met de "
          "gemeenten ontwikkelen wij in de komende planperiode een gezamenlijke aanpak. Tot die tijd geldt het "
          "regionale protocol van de afdelingen leerplicht, dat op de websites van de gemeenten te vinden is."),
        H1("7 Communicatie en ouders"),
        H2("7.1 Communicatie"),
        P("Stedenband communiceert met scholen via de nieuwsbrief 'Bandbreedte', die maandelijks verschijnt, en "
          "via netwerken voor intern begeleiders en schoolleiders. In elke stad is er twee keer per jaar een "
          "netwerkbijeenkomst. De website heeft een deel voor professionals en een deel voor ouders."),
        H2("7.2 Informatie voor ouders"),
        P("Sinds januari 2024 is er een aparte ouderwebsite, in eenvoudige taal en met een vertaalfunctie. Daar "
          "vinden ouders per school het schoolondersteuningsprofiel, een overzicht van de arrangementen en "
          "bovenschoolse voorzieningen, en uitleg over de route naar extra ondersteuning en over de "
          "toelaatbaarheidsverklaring. In elke stad is er eens per jaar een informatiebijeenkomst voor ouders. "
          "Ook zijn er korte uitlegvideo's en een ouderfolder die de intern begeleider meegeeft bij het eerste "
          "gesprek in het ondersteuningsteam."),
        H2("7.3 Onafhankelijke hulp"),
        P("Het Ouder- en Jeugdsteunpunt Stedenband helpt ouders en kinderen die vragen hebben over ondersteuning "
          "of het niet eens zijn met een school. Het steunpunt is ondergebracht bij een onafhankelijke "
          "stichting en werkt niet in opdracht van scholen. Ouders kunnen ook terecht bij de "
          "Onderwijsconsulenten. Voor klachten over het samenwerkingsverband is er een klachtenregeling."),
        H2("7.4 Veelgestelde vragen van ouders"),
        Q("Mag ik meepraten over de ondersteuning van mijn kind?",
          "Ja. U wordt uitgenodigd voor het gesprek in het ondersteuningsteam en u stemt in met het "
          "handelingsdeel van het ontwikkelingsperspectief."),
        Q("Kost extra ondersteuning mij geld?",
          "Nee. Extra ondersteuning op school wordt betaald door de school en het samenwerkingsverband."),
        Q("Kan mijn kind na het sbo weer terug naar de basisschool?",
          "Dat is soms mogelijk. Bespreek het met de speciale school."),
        H1("8 Samenwerking met gemeenten (OOGO)"),
        P("Stedenband werkt in de regio samen met acht gemeenten. Het OOGO over dit plan is gevoerd op "
          "29 februari 2024. Gemeenten en samenwerkingsverband hebben afgesproken dat zij de komende periode "
          "werken aan de volgende thema's: jeugdhulp op school, leerlingenvervoer, huisvesting van "
          "voorzieningen, nieuwkomers en thuiszitters. Op iedere school is een jeugd- en gezinswerker "
          "beschikbaar, bekostigd door de gemeente."),
        P("De samenwerking met de gemeenten is de afgelopen jaren intensiever geworden. In ieder van de vier "
          "steden is er een lokaal overleg onderwijs-jeugd, waarin de intern begeleiders, de wijkteams en de "
          "consulenten van het Ondersteuningsloket elkaar twee keer per jaar ontmoeten. Daar worden afspraken "
          "gemaakt over de inzet van jeugdhulp op school, over de rol van de jeugdgezondheidszorg en over de "
          "manier waarop school en wijkteam elkaar informeren als een gezin hulp krijgt. Bestuurlijk spreken de "
          "directeur-bestuurder en de wethouders onderwijs en jeugd elkaar twee keer per jaar in het regionaal "
          "overleg passend onderwijs."),
        P("Een belangrijk gezamenlijk project in de planperiode is de Onderwijs-Zorggroep. Hier krijgen kinderen "
          "die naast onderwijs intensieve zorg of behandeling nodig hebben, beide op één plek. De gemeenten "
          "betalen het zorgdeel, het samenwerkingsverband het onderwijsdeel. De groep is in 2023 gestart in "
          "Rivierdal en wordt in 2025 uitgebreid naar een tweede stad. Ook over het leerlingenvervoer naar "
          "bovenschoolse voorzieningen zijn afspraken gemaakt: de aanvraag loopt via de gemeente, maar het "
          "Loket levert het advies over de noodzaak."),
        H1("9 Financieel beleid"),
        H2("9.1 Uitgangspunten"),
        P("Het geld voor passend onderwijs moet zo veel mogelijk bij de kinderen terechtkomen. Daarom houden "
          "we de kosten van het bureau beperkt en gaat 82% van de middelen naar de scholen en de "
          "voorzieningen."),
        H2("9.2 Verdeelmodel"),
        P("Na aftrek van de afdrachten aan het so (via DUO) en de bijdrage aan het sbo, verdeelt Stedenband de "
          "middelen als volgt:"),
        B("Schoolbudgetten: € 145 per leerling, op basis van het aantal leerlingen op 1 oktober van het "
          "voorgaande jaar, uitgekeerd aan het schoolbestuur in twaalf maandelijkse termijnen.",
          "Individuele en groepsarrangementen: op aanvraag bij het Ondersteuningsloket, toegekend op grond van "
          "de onderwijsbehoefte, voor maximaal een schooljaar.",
          "Bovenschoolse voorzieningen: vaste bekostiging per plaats, vastgelegd in een jaarlijkse "
          "overeenkomst met het uitvoerende bestuur."),
        P("Het bestuur kan het bedrag per leerling jaarlijks aanpassen bij de vaststelling van de begroting, na "
          "advies van de besturen. Schoolbesturen leggen in hun jaarverslag verantwoording af over de inzet "
          "van het schoolbudget."),
        H2("9.3 Meerjarenbegroting"),
        TAB([["Bedragen x € 1.000", "2024", "2025", "2026", "2027"],
             ["Rijksbijdrage (na afdracht so)", "18.910", "18.640", "18.420", "18.230"],
             ["Bijdrage sbo boven 2%", "2.180", "2.160", "2.140", "2.120"],
             ["Schoolbudgetten", "3.660", "3.620", "3.580", "3.540"],
             ["Arrangementen via het Loket", "4.850", "4.810", "4.760", "4.720"],
             ["Bovenschoolse voorzieningen", "5.960", "6.010", "6.040", "6.060"],
             ["Ondersteuningsloket en bureau", "2.620", "2.640", "2.660", "2.680"],
             ["Saldo", "-360", "-440", "-460", "-490"]]),
        P("De tekorten worden gedekt uit de algemene reserve, die daarmee in 2027 op het niveau van de "
          "signaleringswaarde van de inspectie komt."),
        H1("10 Ambities en resultaten"),
        P("Voor elk van de vier ambities uit hoofdstuk 3 hebben we doelen geformuleerd die we in 2028 willen "
          "hebben bereikt."),
        TAB([["Ambitie", "Doel 2028", "Nulmeting"],
             ["A Stevige basis", "15% minder aanvragen voor individuele arrangementen", "1.240 aanvragen (2023)"],
             ["B Snel de juiste ondersteuning", "besluit op een TLV-aanvraag binnen 4 weken in 90% van de gevallen",
              "62% (2023)"],
             ["C Thuisnabij", "deelname sbo en so samen max. 3,6%", "3,9% (1-10-2023)"],
             ["D Tevredenheid", "ouders en scholen waarderen de ondersteuning met minimaal een 7,5",
              "nog niet gemeten"]]),
        P("Hoe we de voortgang op deze doelen gaan meten, wie daarover wanneer rapporteert en hoe de resultaten "
          "worden besproken, leggen we vast in het kwaliteitskader van Stedenband, dat in 2025 verschijnt."),
        H1("11 Organisatie en governance"),
        P("Stedenband is een stichting met een bestuur en een raad van toezicht (one-tier board is overwogen, "
          "maar niet gekozen). Het bestuur bestaat uit een directeur-bestuurder. De raad van toezicht telt vijf "
          "leden, onder wie twee leden op voordracht van de schoolbesturen. De raad keurt de begroting en de "
          "jaarrekening goed. Het bestuur legt verantwoording af aan de raad van toezicht en aan de vergadering "
          "van schoolbesturen."),
        P("Het bestuur heeft een managementstatuut vastgesteld waarin de taken van het bureau en het "
          "Ondersteuningsloket zijn beschreven. De vergadering van schoolbesturen komt vier keer per jaar bijeen "
          "en adviseert het bestuur over de begroting, het jaarplan en wijzigingen in het ondersteuningsplan. "
          "Voor grote beslissingen, zoals een wijziging van het bedrag per leerling, is een positief advies van "
          "ten minste twee derde van de besturen nodig."),
        P("De ondersteuningsplanraad heeft 16 leden: acht ouders en acht personeelsleden. De OPR heeft op "
          "3 april 2024 ingestemd met dit plan."),
        H1("12 Personeel, ICT en privacy"),
        P("Het Ondersteuningsloket telt 22 medewerkers: onderwijsadviseurs, orthopedagogen en psychologen. "
          "Daarnaast werken er op het bureau zes medewerkers in de bedrijfsvoering. Het samenwerkingsverband "
          "investeert in de deskundigheid van leerkrachten door een jaarlijks scholingsaanbod en door "
          "leerkrachten van sbo- en so-scholen in te zetten als specialist op de basisscholen."),
        P("Voor het verwerken van aanvragen gebruikt Stedenband een beveiligde digitale omgeving. Persoonsgegevens "
          "worden alleen gedeeld met toestemming van de ouders, behalve waar de wet anders bepaalt, en worden "
          "bewaard tot drie jaar na het besluit."),
        *plan_c_extra(),
        H1("Bijlage A Begrippenlijst"),
        TAB([["Begrip", "Uitleg"],
             ["Basisondersteuning", "Wat iedere school biedt zonder aanvraag bij het samenwerkingsverband"],
             ["Dekkend aanbod", "Voor ieder kind is er een passende plek in de regio"],
             ["Kwaliteitskader", "Beschrijving van de manier waarop het samenwerkingsverband resultaten volgt"],
             ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
             ["OJSP", "Ouder- en jeugdsteunpunt"],
             ["Terugplaatsing", "Een leerling gaat van het sbo of so terug naar de basisschool, met begeleiding "
              "en een evaluatie na een half jaar"],
             ["Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat"],
             ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]


def plan_c_extra():
    """Chapters 12.x and 13 of plan C, inserted before the appendix."""
    return [
        H2("12.1 Deskundigheid en professionalisering"),
        P("Het scholingsaanbod van Stedenband bestaat uit drie lijnen. De eerste lijn is de IB-academie: een "
          "tweejarig programma voor nieuwe intern begeleiders, met modules over handelingsgericht werken, het "
          "voeren van gesprekken met ouders, het opstellen van een ontwikkelingsperspectief en het werken met "
          "de twaalf standaarden. De tweede lijn bestaat uit korte trainingen voor leerkrachten, onder meer over "
          "gedrag in de klas, meertaligheid en hoogbegaafdheid. De derde lijn is kennisdeling: leerkrachten van "
          "sbo- en so-scholen werken een dag per week als specialist op een basisschool, en basisscholen kunnen "
          "bij het Loket een consultatie aanvragen."),
        P("Om de werkdruk te beperken, vragen we van scholen zo min mogelijk administratie. Het groeidocument is "
          "in 2023 ingekort van twaalf naar vijf pagina's, en de aanvraag van een arrangement kan voortaan "
          "worden gedaan met het verslag van het ondersteuningsteam."),
        H2("12.2 ICT"),
        P("In 2024 vervangen we het registratiesysteem van het Loket. Het nieuwe systeem koppelt met de "
          "leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd. Ouders "
          "krijgen in de loop van de planperiode inzage in het dossier van hun kind via een beveiligd portaal."),
        H1("13 Planning"),
        P("De uitvoering van dit plan wordt elk jaar uitgewerkt in een jaarplan. De belangrijkste mijlpalen:"),
        TAB([["Jaar", "Mijlpaal"],
             ["2024-2025", "Nieuw registratiesysteem Loket; netwerkanalyse dekkend aanbod; kwaliteitskader; "
              "regeling terugplaatsing"],
             ["2025-2026", "Audit basisondersteuning bij alle scholen; start ouderportaal"],
             ["2026-2027", "Tussenevaluatie met OPR, besturen en gemeenten"],
             ["2027-2028", "Voorbereiding ondersteuningsplan 2028-2032"]]),
        P("Wijzigingen in dit plan tijdens de planperiode worden ter instemming voorgelegd aan de "
          "ondersteuningsplanraad en besproken met de gemeenten."),
        BR(),
    ]


# ==========================================================================
# Plan D: small VO verband, plan "op hoofdlijnen", rendered to .pdf
# ==========================================================================


def plan_d():
    return [
        T("Ondersteuningsplan op hoofdlijnen 2024-2028"),
        ST("Samenwerkingsverband Voortgezet Onderwijs Zuidoever (VO 30-12)"),
        P("Datum: 15 april 2024. Status: vastgesteld door het algemeen bestuur. De ondersteuningsplanraad heeft op "
          "8 april 2024 ingestemd. Het OOGO met de gemeenten Zuidoever en Merwevliet is afgerond op "
          "14 maart 2024."),
        BR(),
        TOC("Voorwoord",
            "1 Inleiding en leeswijzer",
            "2 Kerngegevens",
            "3 Visie en uitgangspunten",
            "4 Ondersteuning in de regio",
            "   4.1 Basisondersteuning",
            "   4.2 Extra ondersteuning en voorzieningen",
            "   4.3 Thuiszitters en dekkend netwerk",
            "5 Toelaatbaarheid vso, praktijkonderwijs en lwoo",
            "6 Na het vso: terugplaatsing en overplaatsing",
            "7 Ouders",
            "8 Financiën",
            "9 Kwaliteitszorg en resultaten",
            "10 Samenwerking met gemeenten",
            "11 Organisatie en personeel",
            "12 Planning",
            "Begrippenlijst"),
        BR(),
        H1("Voorwoord"),
        P("Zuidoever is een klein samenwerkingsverband. Vijf besturen, zeven scholen voor voortgezet onderwijs, "
          "één school voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs werken samen voor "
          "ongeveer 5.600 jongeren. We kennen elkaar goed, en dat maakt het mogelijk om snel te schakelen als "
          "een jongere vastloopt."),
        P("Voor dit plan hebben we bewust gekozen voor een plan op hoofdlijnen. Het vorige plan telde meer dan "
          "honderd pagina's en werd weinig gelezen. Dit plan is korter en beschrijft vooral wat het "
          "samenwerkingsverband doet. Uitwerkingen staan in het jaarplan, in afzonderlijke notities en op onze "
          "website. Zo kunnen we sneller bijsturen als de omstandigheden veranderen, zonder dat het hele plan "
          "opnieuw moet worden vastgesteld."),
        P("Wij danken de ondersteuningscoördinatoren, de schoolleiders, de leden van de ondersteuningsplanraad en "
          "de gemeenten voor hun bijdrage."),
        P("R. van Dalen, voorzitter algemeen bestuur, en M. Oosterhout, coördinator"),
        H1("1 Inleiding en leeswijzer"),
        P("Het samenwerkingsverband heeft de wettelijke taak om een samenhangend geheel van "
          "ondersteuningsvoorzieningen te realiseren binnen en tussen de scholen, zodat jongeren een zo "
          "passend mogelijke plek in het onderwijs krijgen. Het samenwerkingsverband verdeelt de middelen voor "
          "ondersteuning, beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
          "praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs, en stelt ten minste eens "
          "in de vier jaar een ondersteuningsplan vast."),
        P("Dit plan volgt de indeling van de wettelijke eisen niet letterlijk. Hoofdstuk 3 beschrijft de visie. "
          "Hoofdstuk 4 beschrijft het aanbod, hoofdstuk 5 en 6 de toelaatbaarheid en de terugplaatsing. Daarna "
          "volgen ouders, financiën, kwaliteit, de samenwerking met gemeenten, de organisatie en de planning."),
        H2("1.1 Terugblik op de vorige planperiode"),
        P("De vorige planperiode (2020-2024) werd sterk beïnvloed door de schoolsluitingen tijdens de "
          "coronapandemie. Veel plannen zijn vertraagd. Toch is er veel in gang gezet. De trajectvoorziening Het "
          "Anker is in 2021 gestart op drie scholen en sinds 2023 op alle zeven vo-scholen actief. Het "
          "consulentenmodel, waarin een vaste consulent van het samenwerkingsverband aan iedere school is "
          "verbonden, is in 2022 ingevoerd en wordt door de scholen gewaardeerd. De samenwerking met leerplicht "
          "is verbeterd doordat beide gemeenten sinds 2022 met één registratiesysteem werken."),
        P("Er zijn ook zaken die niet goed zijn gegaan. De wachtlijst van het OPDC liep in 2022 op tot "
          "vijftien jongeren. Het bureau was in 2021 en 2022 onderbezet door langdurig ziekteverzuim, waardoor "
          "aanvragen soms lang bleven liggen. En de besturen waren het lange tijd niet eens over de verdeling van "
          "de middelen; die discussie is nog niet afgerond (zie hoofdstuk 8)."),
        P("De externe evaluatie die in het najaar van 2023 is uitgevoerd, adviseerde om het plan korter en "
          "concreter te maken en meer te sturen op een beperkt aantal thema's. Dat advies hebben we "
          "overgenomen."),
        H1("2 Kerngegevens"),
        TAB([["Kerngegeven (1 oktober 2023)", "Aantal"],
             ["Besturen", "5"],
             ["Scholen vo (incl. pro)", "8"],
             ["Scholen vso", "1 (De Zeilmaker, cluster 4)"],
             ["Leerlingen vo", "5.612"],
             ["Leerlingen pro", "214"],
             ["Leerlingen met lwoo", "461"],
             ["Leerlingen vso uit ons gebied", "131"],
             ["Gemeenten", "2"]]),
        P("Het leerlingaantal is stabiel. De prognose van de gemeenten laat tot 2028 een lichte daling zien in "
          "Merwevliet en een lichte groei in Zuidoever door nieuwbouw. Het percentage jongeren in het vso ligt "
          "met 2,3% iets boven het landelijk gemiddelde. Het aantal aanwijzingen lwoo is de afgelopen drie jaar "
          "gestegen."),
        P("De scholen in ons gebied verschillen sterk van karakter. In Zuidoever staan twee brede "
          "scholengemeenschappen met samen ruim 3.000 leerlingen, een categoraal gymnasium en een vmbo-school "
          "met een technisch profiel. In Merwevliet staan een scholengemeenschap voor vmbo, havo en vwo, een "
          "kleine vmbo-school met een groen profiel, de school voor praktijkonderwijs en de vso-school De "
          "Zeilmaker. Ongeveer 18% van de jongeren volgt onderwijs buiten de regio, vooral op scholen met een "
          "specifiek profiel; omgekeerd komt ongeveer 9% van onze leerlingen van buiten de regio."),
        H1("3 Visie en uitgangspunten"),
        P("Wij willen dat iedere jongere in Zuidoever een diploma of een startkwalificatie haalt, of, als dat "
          "niet haalbaar is, een zo zelfstandig mogelijke plek in de samenleving en op de arbeidsmarkt vindt. "
          "Daarvoor is het nodig dat scholen jongeren kennen, dat ze elkaar helpen, en dat het "
          "samenwerkingsverband zorgt voor voorzieningen die een enkele school niet alleen kan organiseren."),
        P("Onze uitgangspunten zijn: thuisnabij waar het kan; vroeg signaleren en snel handelen; geen "
          "jongere tussen wal en schip; en samen met de jongere, niet over de jongere. Wij werken vanuit "
          "vertrouwen in de professionaliteit van de scholen en beperken de bureaucratie zo veel mogelijk."),
        P("Passend onderwijs gaat verder dan de school. Veel jongeren die extra ondersteuning nodig hebben, "
          "hebben ook te maken met problemen thuis, in de wijk of met hun gezondheid. Daarom zoeken we "
          "nadrukkelijk de verbinding met jeugdhulp, leerplicht, het mbo en werkgevers."),
        P("Voor de komende vier jaar kiezen we drie thema's waarop we onze inzet richten: schoolverzuim en "
          "thuiszitten; de verdeling van de middelen, waarover de besturen het eens moeten worden; en de "
          "aansluiting tussen onderwijs en jeugdhulp, zodat jongeren die beide nodig hebben niet van het "
          "kastje naar de muur worden gestuurd. Deze thema's zijn richtinggevend voor het jaarplan en voor de "
          "keuzes die het algemeen bestuur maakt."),
        P("We zijn ons ervan bewust dat een klein samenwerkingsverband kwetsbaar is. Als één consulent uitvalt, "
          "merken scholen dat direct. Als één voorziening een wachtlijst heeft, is er vaak geen alternatief in "
          "de buurt. Daarom zoeken we waar het kan samenwerking met de naburige samenwerkingsverbanden, "
          "bijvoorbeeld bij de inkoop van expertise voor jongeren met een zeldzame of complexe "
          "ondersteuningsvraag en bij het gezamenlijk organiseren van scholing."),
        H1("4 Ondersteuning in de regio"),
        H2("4.1 Basisondersteuning"),
        P("De afspraken over basisondersteuning worden herzien zodra de landelijke norm voor basisondersteuning "
          "bekend is. Tot die tijd blijft de notitie 'Basisondersteuning Zuidoever 2019' van kracht, die als "
          "afzonderlijk document beschikbaar is bij het bureau."),
        H2("4.2 Extra ondersteuning en voorzieningen"),
        P("Wanneer een jongere meer nodig heeft dan de school gewoonlijk biedt, kan de school een arrangement "
          "inzetten. Het aanbod in de regio is als volgt opgebouwd:"),
        TAB([["Voorziening", "Voor wie", "Capaciteit", "Duur"],
             ["Arrangement op school (bijv. coaching, kleine groep, aangepast rooster)",
              "jongeren met een tijdelijke extra ondersteuningsbehoefte", "n.v.t.", "max. 1 schooljaar"],
             ["Trajectvoorziening Het Anker (op elke vo-school een ruimte met een trajectbegeleider)",
              "jongeren die (tijdelijk) niet in de klas kunnen functioneren", "8 tot 12 per school",
              "6 tot 12 weken"],
             ["OPDC Zuidoever", "jongeren met leer- en gedragsproblemen die een kleine setting nodig hebben",
              "40 plaatsen", "max. 2 jaar"],
             ["Praktijkonderwijs Merwevliet", "jongeren met een pro-toelaatbaarheidsverklaring", "220", "tot 18 jaar"],
             ["Vso De Zeilmaker (cluster 4)", "jongeren met een TLV vso", "ca. 140", "volgens TLV"],
             ["Vso buiten de regio (cluster 3)", "jongeren met een TLV vso", "n.v.t.", "volgens TLV"]]),
        P("De voorzieningen sluiten op elkaar aan. Een jongere kan vanuit de trajectvoorziening terugkeren in de "
          "klas of, als dat nodig is, doorstromen naar het OPDC. Vanuit het OPDC is terugkeer naar de eigen "
          "school het uitgangspunt. Het vso is bestemd voor jongeren voor wie ook het OPDC niet voldoende is. Een "
          "consulent van het samenwerkingsverband sluit aan bij het ondersteuningsteam van iedere school en "
          "adviseert over de juiste voorziening."),
        P("Voor nieuwkomers is er geen eigen voorziening in de regio. Jongeren die korter dan twee jaar in "
          "Nederland zijn, volgen de internationale schakelklas in een naburige stad; het samenwerkingsverband "
          "betaalt een bijdrage per leerling en de gemeenten zorgen voor vervoer. Na de ISK stromen zij door "
          "naar een van de scholen in onze regio, waar een taalcoach hen het eerste jaar begeleidt. Voor "
          "hoogbegaafde jongeren bieden drie scholen een verrijkingsprogramma, waaraan ook leerlingen van de "
          "andere scholen kunnen deelnemen."),
        P("Voor de overgang naar het mbo hebben de scholen en het roc afgesproken dat iedere jongere met een "
          "ondersteuningsbehoefte een warme overdracht krijgt, waarbij de mentor en de studieloopbaanbegeleider "
          "van het mbo elkaar spreken vóór de start van het schooljaar. Jongeren uit het praktijkonderwijs en het "
          "vso die naar werk uitstromen, worden tot een jaar na uitstroom gevolgd door de stagebegeleider van "
          "hun school."),
        H2("4.3 Thuiszitters en dekkend netwerk"),
        P("Het samenwerkingsverband houdt elke maand met de afdelingen leerplicht van de twee gemeenten een "
          "overzicht bij van alle jongeren die niet of niet volledig naar school gaan, inclusief jongeren met een "
          "vrijstelling. Iedere jongere die langer dan vier weken thuiszit, wordt binnen twee weken besproken in "
          "het Overleg Thuiszitters (leerplicht, consulent samenwerkingsverband, school, jeugdhulp). Het overleg "
          "wijst een regiehouder aan en maakt afspraken over een terugkeerplan met data. Blijft een oplossing uit, "
          "dan legt de coördinator de casus voor aan het algemeen bestuur, dat een voorziening kan inkopen. Op "
          "1 februari 2024 waren er negen thuiszitters; vijf van hen volgen inmiddels een deeltijdprogramma."),
        P("Twee keer per jaar analyseert het samenwerkingsverband welke jongeren geen passend aanbod konden "
          "krijgen en welke voorzieningen een wachtlijst hebben. In 2023 bleek dat er geen passend aanbod was "
          "voor jongeren met ernstige angstproblematiek. Daarom start in het schooljaar 2024-2025 een pilot met "
          "een hybride onderwijsaanbod (deels thuis, deels op school) voor maximaal tien jongeren, in "
          "samenwerking met een GGZ-aanbieder."),
        H1("5 Toelaatbaarheid vso, praktijkonderwijs en lwoo"),
        P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over "
          "de aanwijzing voor lwoo. Hieronder staan de criteria. De aanvraagprocedure, de termijnen en de "
          "samenstelling van de commissie staan beschreven op onze website, op de pagina 'Loket'."),
        H2("5.1 Voortgezet speciaal onderwijs"),
        P("Een jongere is toelaatbaar tot het vso als:"),
        B("de school aantoonbaar de mogelijkheden van de basisondersteuning, arrangementen op school en de "
          "trajectvoorziening heeft benut, of de problematiek zo ernstig is dat dit niet verantwoord is;",
          "het OPDC niet past bij de ondersteuningsbehoefte, bijvoorbeeld omdat de jongere langdurig een "
          "combinatie van onderwijs en behandeling nodig heeft;",
          "de jongere een ondersteuningsbehoefte heeft op ten minste twee van de domeinen leren, gedrag, "
          "sociaal-emotionele ontwikkeling en medische of lichamelijke situatie, die de draagkracht van het "
          "regulier onderwijs structureel overstijgt;",
          "er een actueel ontwikkelingsperspectief is met een uitstroomprofiel."),
        P("Een TLV wordt in de regel afgegeven voor twee schooljaren, in bekostigingscategorie laag, tenzij de "
          "ondersteuningsbehoefte een hogere categorie rechtvaardigt."),
        H2("5.2 Praktijkonderwijs en lwoo"),
        P("Voor praktijkonderwijs en lwoo gelden de landelijke criteria. Een jongere is toelaatbaar tot het "
          "praktijkonderwijs bij een IQ tussen 55 en 80 en leerachterstanden van drie jaar of meer op ten minste "
          "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo geldt een IQ tussen "
          "75 en 90 met leerachterstanden van anderhalf tot drie jaar, of een IQ tussen 91 en 120 met "
          "leerachterstanden en belemmerende sociaal-emotionele problematiek."),
        H1("6 Na het vso: terugplaatsing en overplaatsing"),
        P("Voor iedere vso-leerling wordt in het laatste jaar van de TLV bekeken of terugplaatsing naar het "
          "regulier voortgezet onderwijs mogelijk is. De werkwijze is als volgt:"),
        N("De commissie van begeleiding van De Zeilmaker evalueert vóór 1 maart het ontwikkelingsperspectief "
          "met de leerling en bepaalt of terugplaatsing, overplaatsing naar een andere school of een nieuwe "
          "TLV in beeld is.",
          "Is terugplaatsing in beeld, dan neemt De Zeilmaker contact op met de consulent van het "
          "samenwerkingsverband, die binnen twee weken een overleg organiseert met een ontvangende vo-school.",
          "De ontvangende school besluit binnen zes weken na dat overleg of zij de leerling kan plaatsen.",
          "Is een nieuwe TLV nodig, dan dient De Zeilmaker de aanvraag uiterlijk 1 mei in.",
          "Na de overstap evalueren de vo-school en De Zeilmaker de plaatsing na tien weken."),
        P("Welke doelen het samenwerkingsverband met terugplaatsing nastreeft en onder welke voorwaarden een "
          "jongere terugkeert, wordt uitgewerkt in een notitie die in het schooljaar 2024-2025 aan het "
          "algemeen bestuur wordt voorgelegd."),
        H1("7 Ouders"),
        P("Een paragraaf over de manier waarop wij ouders informeren en over de onafhankelijke ondersteuning "
          "die ouders kunnen krijgen, wordt toegevoegd bij de eerste actualisatie van dit plan, zodra de "
          "landelijke wetgeving over het ouder- en jeugdsteunpunt in werking is getreden en de regionale "
          "invulling daarvan bekend is."),
        H1("8 Financiën"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder lwoo en pro) en voor "
          "zware ondersteuning. Een deel van de middelen voor zware ondersteuning wordt door DUO rechtstreeks "
          "overgedragen aan het vso."),
        P("Het huidige verdeelmodel stamt uit 2014 en wordt door de besturen als onvoldoende transparant "
          "ervaren. Het model wordt daarom in het schooljaar 2024-2025 herzien. Het algemeen bestuur besluit "
          "uiterlijk in december 2024 over een nieuw model, dat met terugwerkende kracht per 1 januari 2025 "
          "ingaat. De begroting hieronder is opgesteld op basis van de huidige bedragen."),
        TAB([["Meerjarenbegroting (bedragen in euro)", "2024", "2025", "2026", "2027"],
             ["Baten lichte ondersteuning", "4.812.000", "4.790.000", "4.770.000", "4.745.000"],
             ["Baten zware ondersteuning (na overdracht vso)", "1.236.000", "1.228.000", "1.220.000", "1.214.000"],
             ["Toekenning lwoo en pro aan scholen", "3.590.000", "3.575.000", "3.560.000", "3.545.000"],
             ["Toekenning ondersteuningsbudget scholen", "820.000", "815.000", "810.000", "805.000"],
             ["Trajectvoorziening Het Anker", "410.000", "420.000", "425.000", "430.000"],
             ["OPDC Zuidoever", "760.000", "765.000", "770.000", "775.000"],
             ["Pilot hybride onderwijs", "0", "95.000", "95.000", "0"],
             ["Bureau en consulenten", "455.000", "460.000", "465.000", "470.000"],
             ["Saldo", "13.000", "-112.000", "-125.000", "-66.000"]]),
        P("De negatieve saldi worden gedekt uit de reserve. Na 2027 bedraagt de reserve naar verwachting ongeveer "
          "4% van de baten, wat het algemeen bestuur als voldoende weerstandsvermogen beschouwt."),
        H1("9 Kwaliteitszorg en resultaten"),
        P("Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Elk kwartaal stelt het bureau een "
          "rapportage met kengetallen op: het aantal aanvragen en toekenningen per voorziening, de doorlooptijden, "
          "het aantal thuiszitters en vrijstellingen, de deelname aan vso en pro, het aantal terugplaatsingen en "
          "de uitstroom naar mbo en arbeid. De rapportage wordt besproken in het algemeen bestuur en in het "
          "overleg van ondersteuningscoördinatoren. Eens per jaar evalueren we met de scholen, de gemeenten en "
          "de ondersteuningsplanraad wat de voorzieningen hebben opgeleverd, aan de hand van de kengetallen en "
          "van gesprekken met jongeren. In het jaarverslag, dat uiterlijk 1 juli verschijnt, staan de bereikte "
          "resultaten en de kosten per voorziening."),
        P("De beoogde resultaten voor de planperiode worden ieder jaar in het jaarplan vastgelegd, zodat ze "
          "kunnen worden aangepast aan de actuele situatie."),
        H1("10 Samenwerking met gemeenten"),
        P("Met de gemeenten Zuidoever en Merwevliet is het OOGO op 14 maart 2024 afgerond. De belangrijkste "
          "afspraken: de gemeenten financieren het zorgdeel van de pilot hybride onderwijs; op elke vo-school is "
          "een jeugdprofessional aanwezig; leerplicht en samenwerkingsverband delen maandelijks hun gegevens over "
          "verzuim; en de gemeenten en het samenwerkingsverband stemmen het leerlingenvervoer voor "
          "vso-leerlingen af. Voor de aansluiting op het mbo en de arbeidsmarkt is er een regionaal overleg met "
          "het roc en de gemeenten."),
        P("Met het samenwerkingsverband primair onderwijs in ons gebied is afgesproken dat leerlingen met een "
          "ondersteuningsbehoefte vóór 1 maart van groep 8 worden besproken in een gezamenlijk overstapoverleg."),
        P("In de gesprekken met de gemeenten is veel aandacht besteed aan de wachttijden in de jeugdhulp. "
          "Jongeren die op een behandeling wachten, doen in die periode vaak een groter beroep op de school. De "
          "gemeenten hebben toegezegd om voor jongeren die op de wachtlijst staan en dreigen uit te vallen een "
          "overbruggingsaanbod te regelen via de jeugdprofessional op school. Daarnaast is afgesproken dat de "
          "gemeenten en het samenwerkingsverband twee keer per jaar een bestuurlijk overleg voeren, waarin "
          "ook de voortgang van de pilot hybride onderwijs wordt besproken. Het verslag van het OOGO is "
          "opvraagbaar bij het bureau."),
        H1("11 Organisatie en personeel"),
        P("Het samenwerkingsverband is een vereniging. Het algemeen bestuur bestaat uit de bestuurders van de vijf "
          "aangesloten besturen. Het intern toezicht is belegd bij een toezichtscommissie van drie onafhankelijke "
          "leden. Het dagelijks werk wordt uitgevoerd door de coördinator, drie consulenten, een "
          "orthopedagoog-generalist en een administratief medewerker, samen 4,8 fte."),
        P("Het personeel van de scholen is de sleutel tot passend onderwijs. Het samenwerkingsverband organiseert "
          "een netwerk voor ondersteuningscoördinatoren (zes keer per jaar) en een jaarlijkse studiedag voor "
          "mentoren. De trajectbegeleiders van Het Anker volgen een gezamenlijke opleiding. Voor de consulenten "
          "van het samenwerkingsverband is intervisie verplicht."),
        P("Het lerarentekort raakt ook Zuidoever, vooral in de exacte vakken en in het praktijkonderwijs. "
          "Scholen zetten vaker onderwijsassistenten en zij-instromers in. Voor hen organiseert het "
          "samenwerkingsverband een korte introductie over passend onderwijs, over de voorzieningen in de regio "
          "en over het werken met een ontwikkelingsperspectief. Ook onderzoeken we met de besturen of een "
          "gezamenlijke pool van trajectbegeleiders de kwetsbaarheid van Het Anker kan verminderen."),
        P("De gegevens van jongeren worden verwerkt in een beveiligd systeem. De privacyverklaring staat op de "
          "website. Dossiers worden na drie jaar vernietigd."),
        H2("11.1 Medezeggenschap"),
        P("De ondersteuningsplanraad bestaat uit acht leden, afgevaardigd door de medezeggenschapsraden van de "
          "aangesloten scholen. De OPR vergadert vier keer per jaar. Naast de instemming met het "
          "ondersteuningsplan bespreekt de OPR jaarlijks het jaarplan en de begroting met de coördinator. Het "
          "reglement van de OPR is in 2023 geactualiseerd."),
        H2("11.2 Bedrijfsvoering en ICT"),
        P("De financiële administratie en de salarisadministratie zijn uitbesteed aan een administratiekantoor. "
          "De accountant controleert jaarlijks de jaarrekening. Het samenwerkingsverband werkt met een digitaal "
          "aanvraagsysteem dat in 2022 is ingevoerd en dat gekoppeld is aan het overstapsysteem voor de "
          "overgang van het primair naar het voortgezet onderwijs. In 2025 onderzoeken we of het systeem ook "
          "geschikt is voor de registratie van thuiszitters, zodat de dubbele registratie bij leerplicht en "
          "samenwerkingsverband kan vervallen."),
        P("Het bureau is gehuisvest in het gebouw van een van de aangesloten scholen. Daardoor zijn de lijnen "
          "met de scholen kort en kunnen consulenten gemakkelijk aansluiten bij overleggen op school. De "
          "huisvesting wordt in 2026 geëvalueerd."),
        H1("12 Planning"),
        TAB([["Schooljaar", "Activiteit"],
             ["2024-2025", "Nieuw verdeelmodel; notitie terugplaatsing; start pilot hybride onderwijs"],
             ["2025-2026", "Evaluatie pilot; herziening afspraken basisondersteuning (na landelijke norm)"],
             ["2026-2027", "Tussenevaluatie plan met OPR en gemeenten"],
             ["2027-2028", "Voorbereiding nieuw plan"]]),
        P("Het algemeen bestuur stelt jaarlijks vóór 1 augustus het jaarplan vast. Het jaarplan bevat de "
          "activiteiten voor het komende schooljaar, de verantwoordelijke personen en de benodigde middelen. "
          "Bij tussentijdse wijzigingen van dit plan vraagt het bestuur instemming aan de "
          "ondersteuningsplanraad en voert het overleg met de gemeenten."),
        BR(),
        H1("Begrippenlijst"),
        TAB([["Begrip", "Toelichting"],
             ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband ten minste biedt, "
              "zoals mentoraat, een ondersteuningscoördinator en dyslexiebegeleiding"],
             ["Lwoo", "Leerwegondersteunend onderwijs"],
             ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen"],
             ["OPDC", "Orthopedagogisch-didactisch centrum"],
             ["Pro", "Praktijkonderwijs"],
             ["TLV", "Toelaatbaarheidsverklaring"],
             ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de middelen over de scholen verdeelt"],
             ["Vso", "Voortgezet speciaal onderwijs"]]),
    ]


# ==========================================================================
# Plan E: PO verband, web version (.html) with FAQ for parents
# ==========================================================================

E_NAV = [("Home", "/"), ("Ondersteuningsplan", "/ondersteuningsplan/"),
         ("Toelaatbaarheid (TLV)", "/ondersteuningsplan/toelaatbaarheid/"),
         ("Ons aanbod", "/ondersteuningsplan/aanbod/"),
         ("Financiën en begroting", "/ondersteuningsplan/financien/"),
         ("Voor ouders", "/ouders/"), ("Contact", "/contact/")]


def plan_e():
    return [
        T("Ondersteuningsplan 2024-2028 (webversie)"),
        ST("Samenwerkingsverband Primair Onderwijs Rivierenkwartier - PO 24-16"),
        P("Laatst bijgewerkt: 2 mei 2024. Het ondersteuningsplan is op 10 april 2024 vastgesteld door het "
          "bestuur, na instemming van de ondersteuningsplanraad op 4 april 2024."),
        TOC("Welkom",
            "Over het samenwerkingsverband",
            "Onze visie",
            "Hoe dit plan tot stand kwam",
            "Basisondersteuning",
            "Terug naar het reguliere onderwijs",
            "Resultaten: wat willen we bereiken en hoe volgen we dat?",
            "Ouders: waar kunt u terecht?",
            "Organisatie en medezeggenschap",
            "Personeel en professionalisering",
            "Planning",
            "Veelgestelde vragen"),
        H1("Welkom"),
        P("Op deze pagina leest u het ondersteuningsplan 2024-2028 van Samenwerkingsverband Primair Onderwijs "
          "Rivierenkwartier. We hebben ervoor gekozen het plan als website te publiceren. Dat leest prettiger op "
          "een telefoon, en we kunnen onderdelen bijwerken zonder dat er een nieuw document nodig is. Een "
          "afdrukbare versie kunt u opvragen bij het bureau."),
        P("Sommige onderdelen van het plan hebben een eigen pagina, omdat ze veel informatie bevatten of vaak "
          "worden geraadpleegd:"),
        B("de procedure en de criteria voor een toelaatbaarheidsverklaring voor sbo en so staan op de pagina "
          "Toelaatbaarheid (TLV);",
          "ons ondersteuningsaanbod, van extra ondersteuning op school tot speciaal onderwijs, en onze aanpak "
          "van thuiszitters staan op de pagina Ons aanbod;",
          "het verdeelmodel, de meerjarenbegroting en de jaarrekening staan op de pagina Financiën en "
          "begroting."),
        H1("Over het samenwerkingsverband"),
        P("Rivierenkwartier is het samenwerkingsverband voor passend onderwijs in het primair onderwijs in vier "
          "gemeenten langs de rivier. Er zijn elf schoolbesturen bij aangesloten. Samen hebben zij 52 "
          "basisscholen, twee scholen voor speciaal basisonderwijs en drie scholen voor speciaal onderwijs. Op "
          "1 oktober 2023 gingen er 11.826 kinderen naar een basisschool in ons gebied, 318 naar het sbo en "
          "204 naar het so."),
        TAB([["Gemeente", "Basisscholen", "Leerlingen bao (1-10-2023)"],
             ["Rivierstad", "24", "6.102"],
             ["Wadenburg", "12", "2.611"],
             ["Oeverdijk", "9", "1.840"],
             ["Kleihoven", "7", "1.273"]]),
        P("Het samenwerkingsverband is een stichting met een bestuur en een raad van toezicht. Het bureau zit in "
          "Rivierstad en heeft 14 medewerkers. De meeste medewerkers zijn consulent passend onderwijs: zij "
          "ondersteunen scholen bij vragen over leerlingen en nemen deel aan de ondersteuningsteams."),
        P("Rivierenkwartier bestaat sinds 2013. Het samenwerkingsverband is ontstaan uit drie "
          "weer-samen-naar-schoolverbanden en de regionale afdelingen van twee expertisecentra. In de eerste jaren "
          "lag de nadruk op het opbouwen van een organisatie en het maken van afspraken tussen de besturen. In "
          "de tweede en derde planperiode verschoof de aandacht naar de praktijk in de klas. Met dit vierde plan "
          "willen we de stap zetten naar een samenwerkingsverband dat vooral zichtbaar is op de scholen en in "
          "de gesprekken met ouders, en minder op papier."),
        H1("Onze visie"),
        P("Ieder kind telt en ieder kind hoort erbij. Dat is de kern van onze visie. Wij vinden dat kinderen "
          "zo veel mogelijk samen naar school moeten kunnen gaan, in hun eigen buurt, met hun eigen vriendjes. "
          "Als een kind meer nodig heeft, komt die hulp bij voorkeur naar het kind toe, in plaats van dat het kind "
          "naar de hulp moet. En als een speciale school de beste plek is, dan is dat een goede keuze, zonder "
          "dat de deur naar het reguliere onderwijs daarmee dichtgaat."),
        P("We werken vanuit drie waarden. Vertrouwen: scholen, ouders en het samenwerkingsverband gaan ervan uit "
          "dat ieder het beste wil voor het kind. Eenvoud: regels en formulieren zijn er om kinderen te helpen, "
          "niet andersom. Openheid: we zijn eerlijk over wat lukt en wat niet lukt, en we laten zien wat we met "
          "het geld doen."),
        P("In de vorige planperiode hebben we gemerkt dat deze waarden soms botsen met de praktijk. Scholen "
          "ervaren nog steeds veel papierwerk, en ouders voelen zich niet altijd gehoord. Met dit plan willen we "
          "daar verandering in brengen."),
        H2("Ontwikkelingen die op ons afkomen"),
        P("Passend onderwijs staat landelijk volop in de belangstelling. Na de evaluatie in 2020 is de "
          "Verbeteraanpak passend onderwijs gestart. Een deel van de maatregelen raakt ons direct: de wet die de "
          "positie van ouders en leerlingen versterkt, de komst van een landelijke norm voor basisondersteuning "
          "en de afspraken over de reserves van samenwerkingsverbanden. Op het moment van schrijven is nog niet "
          "alles bekend. We volgen de ontwikkelingen en passen het plan aan waar dat nodig is. Omdat dit plan "
          "een webversie is, kunnen we dat snel doen; wijzigingen leggen we altijd eerst voor aan de "
          "ondersteuningsplanraad."),
        P("Ook in onze eigen regio verandert veel. In Rivierstad wordt een nieuwe wijk gebouwd met ruimte voor "
          "ongeveer 2.500 woningen; daar komen twee nieuwe scholen. In Kleihoven en Oeverdijk daalt het "
          "aantal kinderen juist, en staan kleine scholen onder druk. Het lerarentekort is vooral in Rivierstad "
          "merkbaar. Scholen werken met grotere groepen en meer onderwijsassistenten. Dat vraagt veel van "
          "leerkrachten, juist ook als het gaat om kinderen die extra aandacht nodig hebben."),
        P("Tot slot merken we dat de vragen van kinderen complexer worden. Scholen melden vaker kinderen met "
          "angst, somberheid of problemen thuis. Het samenwerkingsverband kan die problemen niet alleen "
          "oplossen, maar wil er wel voor zorgen dat scholen er niet alleen voor staan."),
        H2("Wat we hoorden"),
        P("In de gesprekken over dit plan kwamen steeds dezelfde thema's terug. Leerkrachten vroegen om minder "
          "formulieren en meer handen in de klas. Intern begeleiders wilden duidelijkheid over wat van hen "
          "verwacht wordt. Schoolleiders vroegen om snellere beslissingen. Ouders zeiden dat ze het systeem "
          "ingewikkeld vinden en dat ze niet altijd weten waar ze aan toe zijn. En kinderen, van wie we er 36 "
          "hebben gesproken, vertelden vooral dat ze graag op een school zitten waar ze vriendjes hebben en waar "
          "de juf of meester naar ze luistert."),
        P("We hebben geprobeerd deze signalen in het plan een plek te geven. Niet alles kan in één keer. Maar "
          "we nemen ze mee in de jaarplannen en in de tussenevaluatie, en we laten in het jaarverslag zien wat we "
          "ermee gedaan hebben."),
        H1("Hoe dit plan tot stand kwam"),
        P("Het plan is geschreven door een werkgroep van schoolleiders, intern begeleiders, een medewerker van "
          "een sbo-school en twee consulenten. Zij hebben gesproken met ruim 150 mensen: leerkrachten, ouders, "
          "kinderen, medewerkers van de gemeenten en jeugdhulpverleners. In een online peiling gaven 412 ouders "
          "hun mening over passend onderwijs in onze regio."),
        P("De ondersteuningsplanraad heeft op 4 april 2024 ingestemd met het plan. Het op overeenstemming "
          "gericht overleg met de vier gemeenten is op 20 maart 2024 afgerond; het verslag daarvan staat op de "
          "pagina Samenwerking met gemeenten. Met de twee samenwerkingsverbanden voortgezet onderwijs die ons "
          "gebied overlappen, is op 12 februari 2024 overleg gevoerd. Het plan is op 18 april 2024 aan de "
          "inspectie gestuurd."),
        H1("Basisondersteuning"),
        P("Basisondersteuning is in Rivierenkwartier het afgesproken minimumniveau van ondersteuning dat iedere "
          "school, op iedere locatie, aan alle kinderen biedt. De elf besturen hebben zich eraan verbonden dat "
          "geen enkele school onder dit niveau zit. Een school kan meer bieden, maar niet minder."),
        P("Net als veel andere samenwerkingsverbanden gebruiken we voor de omschrijving het referentiekader "
          "passend onderwijs. Basisondersteuning bestaat daarin uit vier onderdelen:"),
        N("basiskwaliteit: de school voldoet aan het toezichtkader van de inspectie;",
          "preventieve en licht curatieve interventies: de school signaleert problemen vroeg en kan zelf "
          "lichte hulp bieden;",
          "de onderwijsondersteuningsstructuur: de school heeft haar ondersteuning goed georganiseerd;",
          "planmatig werken: de school werkt cyclisch en handelingsgericht."),
        P("Welke voorzieningen, aanpakken en deskundigheid daar op iedere school concreet onder vallen, werkt "
          "de werkgroep basisondersteuning per onderdeel uit in een kaart met standaarden. De kaart wordt in het "
          "voorjaar van 2025 aan het bestuur voorgelegd en daarna als bijlage aan dit plan toegevoegd. Zodra er "
          "een landelijke norm voor basisondersteuning is, nemen we die als uitgangspunt."),
        H1("Terug naar het reguliere onderwijs"),
        P("Een plaats op het speciaal basisonderwijs of het speciaal onderwijs is voor sommige kinderen de beste "
          "keuze. Maar wij vinden dat die keuze steeds opnieuw bekeken moet worden. Ons beleid is dat ieder "
          "kind op een sbo- of so-school perspectief houdt op terugkeer naar een basisschool, het liefst in de "
          "eigen wijk. Terugkeer is aan de orde als het kind de doelen in het ontwikkelingsperspectief grotendeels "
          "heeft gehaald, als de ondersteuningsbehoefte zo is veranderd dat een basisschool met extra "
          "begeleiding die kan bieden, en als ouders en kind er klaar voor zijn. Terugkeer moet een succes worden; "
          "daarom gebeurt het niet halsoverkop en nooit zonder begeleiding."),
        H2("Hoe gaat het in zijn werk?"),
        N("De sbo- of so-school bespreekt het ontwikkelingsperspectief elk jaar met de ouders. In dat gesprek "
          "komt altijd de vraag aan de orde of terugkeer al in beeld is.",
          "In het laatste jaar van de toelaatbaarheidsverklaring organiseert de speciale school uiterlijk in "
          "januari een terugkeergesprek. Daarbij zijn de ouders, de intern begeleider of orthopedagoog van de "
          "speciale school en een consulent van het samenwerkingsverband aanwezig. Als er al een basisschool in "
          "beeld is, schuift ook de intern begeleider van die school aan.",
          "In het terugkeergesprek wordt een advies opgesteld: terugkeer naar een basisschool, overplaatsing naar "
          "een andere speciale school, of langer blijven op de huidige school.",
          "Bij een advies tot terugkeer beslissen de ouders en de ontvangende basisschool samen over de "
          "plaatsing. De consulent helpt bij het vinden van een passende school.",
          "Blijkt terugkeer nog niet verantwoord, dan blijft het kind op de speciale school en wordt de "
          "verlenging voorbereid (zie de pagina Toelaatbaarheid).",
          "Na drie en na twaalf maanden evalueren de ouders, de basisschool en de consulent hoe het gaat."),
        H2("Begeleiding na de terugkeer"),
        P("Ieder kind dat terugkeert, krijgt een terugkeerarrangement voor ten minste een jaar. Een leerkracht "
          "van de speciale school komt in die periode regelmatig langs op de basisschool om het kind en de "
          "nieuwe leerkracht te begeleiden (ambulante begeleiding). Het samenwerkingsverband betaalt daarnaast "
          "extra uren ondersteuning in de groep als dat nodig is. Een proefplaatsing van maximaal acht weken, "
          "waarbij het kind ingeschreven blijft op de speciale school, is mogelijk."),
        P("In het schooljaar 2022-2023 keerden 14 kinderen terug van het sbo naar een basisschool en 3 kinderen van "
          "het so. Van hen zaten er na een jaar nog 15 op dezelfde basisschool."),
        H1("Resultaten: wat willen we bereiken en hoe volgen we dat?"),
        P("We willen laten zien wat passend onderwijs oplevert voor kinderen. Daarom hebben we voor deze "
          "planperiode vijf doelen gesteld. Bij elk doel hoort een indicator, een startwaarde en een "
          "streefwaarde."),
        TAB([["Doel", "Indicator", "Start (2023)", "Streefwaarde 2028"],
             ["Meer kinderen thuisnabij", "deelname sbo + so op 1 oktober", "4,2%", "maximaal 3,8%"],
             ["Terugkeer uit sbo en so", "aantal teruggekeerde kinderen per schooljaar", "17", "25"],
             ["Terugkeer is duurzaam", "aandeel dat na een jaar nog op de basisschool zit", "88%", "90% of meer"],
             ["Ontwikkeling volgens plan", "aandeel kinderen met een OPP dat de jaardoelen haalt", "71%", "80%"],
             ["Tevreden ouders", "gemiddelde waardering in de ouderpeiling", "6,8", "7,5"]]),
        P("We volgen de resultaten op drie manieren. Ten eerste maakt het bureau twee keer per jaar, in maart en "
          "in oktober, een monitor met de indicatoren, per gemeente en per bestuur. De monitor wordt besproken "
          "door het bestuur, de raad van toezicht en de ondersteuningsplanraad. Ten tweede houden we elke twee "
          "jaar een peiling onder ouders, en vragen we scholen jaarlijks naar hun ervaringen met het "
          "samenwerkingsverband. Ten derde beschrijven we in het jaarverslag welke resultaten zijn bereikt, "
          "wat daarvoor is gedaan en wat het heeft gekost. Blijft een indicator twee metingen achter bij de "
          "verwachting, dan maakt het bestuur een verbeterplan."),
        H2("Terugblik op 2020-2024"),
        P("In het vorige plan hadden we ons voorgenomen om de deelname aan sbo en so te laten dalen en om "
          "meer kinderen te laten terugkeren naar een basisschool. Dat is maar ten dele gelukt. De deelname aan "
          "sbo en so daalde van 4,5% in 2019 naar 4,2% in 2023; het doel was 4,0%. Het aantal kinderen dat "
          "terugkeerde, steeg van 9 in 2019-2020 naar 17 in 2022-2023. Een belangrijke les is dat terugkeer "
          "alleen slaagt als de ontvangende school goed wordt voorbereid en als de begeleiding na de overstap "
          "niet te vroeg stopt. Daarom is het terugkeerarrangement in dit plan verlengd van een half jaar naar "
          "een jaar."),
        P("De ouderpeiling van 2023 liet een gemiddelde waardering van 6,8 zien. Ouders waren positief over "
          "de betrokkenheid van leerkrachten en intern begeleiders, maar minder tevreden over de snelheid van "
          "beslissingen en over de duidelijkheid van de informatie. Scholen waardeerden de consulenten met een "
          "7,6. Zij vroegen wel om minder wisselingen van consulent; daarom werken we sinds 2023 met een vast "
          "aanspreekpunt per gemeente."),
        P("Naast cijfers vinden we verhalen belangrijk. In 2023 hebben twee studenten orthopedagogiek twaalf "
          "gezinnen geïnterviewd van kinderen die van het sbo of so naar een basisschool waren teruggekeerd. "
          "De meeste ouders vertelden dat hun kind na de overstap meer zelfvertrouwen had en meer contact met "
          "kinderen uit de buurt. Tegelijk gaven vier gezinnen aan dat de eerste maanden zwaar waren, omdat de "
          "nieuwe leerkracht nog niet goed wist wat het kind nodig had. Die ervaring heeft geleid tot de "
          "afspraak dat de leerkracht van de speciale school in de eerste weken vaker langskomt."),
        P("Een tweede kwalitatieve bron is het kinderpanel. De kinderen in het panel van 2023 gaven aan dat ze "
          "hulp in de klas prettiger vinden dan hulp buiten de klas, en dat ze graag zelf willen meebeslissen "
          "over wat er in hun plan staat. Deze uitkomsten gebruiken we bij de uitwerking van de kaart met "
          "standaarden en in het scholingsaanbod voor leerkrachten."),
        P("In 2026 laten we een onafhankelijk bureau een tussenevaluatie uitvoeren. De uitkomsten gebruiken we "
          "om de doelen zo nodig bij te stellen."),
        H1("Ouders: waar kunt u terecht?"),
        P("Soms loopt het niet zoals u had gehoopt. Misschien bent u het niet eens met de school over de "
          "ondersteuning van uw kind, of weet u niet goed wat uw rechten zijn. U kunt dan terecht bij het "
          "Ouder- en Jeugdsteunpunt Rivierenkwartier. Het steunpunt is onafhankelijk: het is ondergebracht "
          "bij een stichting die niet door de scholen wordt bestuurd, en de medewerkers kiezen alleen de kant "
          "van het kind. U kunt het steunpunt bellen of mailen op werkdagen, en er is elke woensdagmiddag een "
          "inloopspreekuur in de bibliotheek van Rivierstad. Een medewerker van het steunpunt kan, als u dat "
          "wilt, meegaan naar een gesprek op school."),
        P("U kunt ook gratis advies vragen aan de Onderwijsconsulenten, een landelijke organisatie die "
          "ouders helpt als het op school vastloopt. Heeft u een klacht over het samenwerkingsverband, dan "
          "geldt onze klachtenregeling; wij zijn aangesloten bij de landelijke klachtencommissie van Stichting "
          "Onderwijsgeschillen. Bij geschillen over toelating, verwijdering of het ontwikkelingsperspectief "
          "kunt u terecht bij de Geschillencommissie passend onderwijs."),
        P("Hoe wij ouders voortaan informeren over de ondersteuning in onze regio, is een van de punten uit de "
          "ouderpeiling die om verbetering vragen. We werken dit uit in een communicatieplan, dat in het "
          "schooljaar 2025-2026 verschijnt."),
        H1("Organisatie en medezeggenschap"),
        P("Het bestuur van het samenwerkingsverband bestaat uit een directeur-bestuurder. De raad van toezicht "
          "telt vijf leden, van wie drie onafhankelijk. Het overleg van de elf schoolbestuurders adviseert het "
          "bestuur over belangrijke besluiten."),
        P("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf medewerkers van scholen. "
          "De OPR heeft instemmingsrecht op het ondersteuningsplan en wordt betrokken bij de tussenevaluatie. "
          "Vergaderingen van de OPR zijn openbaar."),
        P("Het bureau van het samenwerkingsverband is in 2023 opnieuw ingericht. Er is nu één team "
          "consulenten, met voor iedere gemeente een vast aanspreekpunt. De administratieve ondersteuning is "
          "gebundeld, en de bedrijfsvoering (financiën, personeelszaken en ICT) wordt gedeeld met een naburig "
          "samenwerkingsverband. Daardoor zijn de kosten van de organisatie gedaald, terwijl er meer "
          "consulenten beschikbaar zijn voor de scholen."),
        H2("Kinderen aan het woord"),
        P("Kinderen hebben recht om gehoord te worden over hun eigen ontwikkelingsperspectief. Wij vinden dat "
          "belangrijk, ook voor jonge kinderen. Scholen gebruiken daarvoor een eenvoudig gespreksformulier met "
          "pictogrammen, dat het samenwerkingsverband in 2023 samen met twee sbo-scholen heeft ontwikkeld. "
          "Daarnaast organiseren we eens per jaar een kinderpanel met leerlingen uit groep 6 tot en met 8 van "
          "verschillende scholen, dat meedenkt over onderwerpen als pesten, hulp in de klas en de overstap naar "
          "een andere school."),
        H1("Personeel en professionalisering"),
        P("Passend onderwijs wordt gemaakt door leerkrachten, onderwijsassistenten, intern begeleiders en "
          "schoolleiders. Het samenwerkingsverband ondersteunt hen met een jaarlijks scholingsaanbod, met "
          "netwerken voor intern begeleiders en met de consulenten die op de scholen meedenken. In de "
          "planperiode leggen we extra nadruk op drie thema's: omgaan met gedrag in de klas, meertaligheid en "
          "het werken met een ontwikkelingsperspectief."),
        P("Ook het eigen personeel van het samenwerkingsverband verdient aandacht. De consulenten hebben een "
          "grote caseload. We willen de administratieve taken van consulenten verminderen door een beter "
          "registratiesysteem, zodat er meer tijd overblijft voor het werk op de scholen. Nieuwe consulenten "
          "volgen een inwerkprogramma van een half jaar."),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van kinderen volgens de AVG. Er is een "
          "functionaris gegevensbescherming, en gegevens worden niet langer bewaard dan nodig."),
        P("Verzoeken van ouders om inzage in de gegevens over hun kind worden binnen vier weken behandeld. Het "
          "samenwerkingsverband deelt geen gegevens met gemeenten of jeugdhulp zonder toestemming van de "
          "ouders, tenzij de wet dat voorschrijft. Het privacyreglement wordt elke twee jaar geëvalueerd."),
        H2("Over deze webversie"),
        P("Deze webversie voldoet aan de toegankelijkheidseisen voor websites. De tekst is geschreven op taalniveau "
          "B1, en u kunt de pagina laten voorlezen met de knop bovenaan. Vindt u een fout of een onderdeel dat "
          "niet duidelijk is, laat het ons dan weten via het contactformulier. Wijzigingen in het plan worden "
          "onderaan deze pagina vermeld, met de datum van instemming door de ondersteuningsplanraad."),
        H2("Wijzigingen"),
        TAB([["Datum", "Wijziging"],
             ["10 april 2024", "Plan vastgesteld"],
             ["2 mei 2024", "Tekstuele correcties in de veelgestelde vragen; link naar pagina Ons aanbod hersteld"]]),
        H1("Planning"),
        TAB([["Schooljaar", "Wat"],
             ["2024-2025", "Kaart met standaarden basisondersteuning; nieuw registratiesysteem"],
             ["2025-2026", "Communicatieplan voor ouders; ouderpeiling"],
             ["2026-2027", "Tussenevaluatie; bijstellen doelen"],
             ["2027-2028", "Nieuw ondersteuningsplan voorbereiden"]]),
        H1("Veelgestelde vragen"),
        Q("Wat is basisondersteuning?",
          "Basisondersteuning is wat iedere basisschool in Rivierenkwartier minimaal biedt, voor alle kinderen. "
          "Het gaat om goed onderwijs, vroeg signaleren, een goede organisatie van de hulp en planmatig werken."),
        Q("Mijn kind gaat naar het speciaal onderwijs. Kan het ooit terug naar een gewone basisschool?",
          "Ja, dat kan. Elk jaar wordt met u besproken of terugkeer in beeld is. In het laatste jaar van de "
          "toelaatbaarheidsverklaring is er altijd een terugkeergesprek. Bij terugkeer krijgt uw kind minstens "
          "een jaar extra begeleiding."),
        Q("Hoe vraag ik een toelaatbaarheidsverklaring aan?",
          "Alles over de toelaatbaarheidsverklaring leest u op de pagina Toelaatbaarheid (TLV)."),
        Q("Ik ben het niet eens met de school. Wat kan ik doen?",
          "Ga eerst in gesprek met de leerkracht of de intern begeleider. Komt u er niet uit, neem dan contact op "
          "met het Ouder- en Jeugdsteunpunt Rivierenkwartier of met de Onderwijsconsulenten."),
        Q("Wie betaalt de extra ondersteuning?",
          "U niet. Meer over geld leest u op de pagina Financiën en begroting."),
    ]


# ==========================================================================
# F: near-miss - a single school's own "ondersteuningsplan" (zorgplan)
# ==========================================================================


def near_miss_f():
    return [
        T("Ondersteuningsplan 2024-2026"),
        ST("Openbare Basisschool De Wilgenhoek, Rivierstad"),
        P("Onderdeel van Stichting Openbaar Onderwijs Rivierstad. Aangesloten bij Samenwerkingsverband "
          "Primair Onderwijs Rivierenkwartier (PO 24-16). Besproken met de medezeggenschapsraad op 6 maart 2024."),
        BR(),
        TOC("1 Inleiding",
            "2 Onze school en onze leerlingen",
            "3 Basisondersteuning op De Wilgenhoek",
            "4 De zorgstructuur: vijf niveaus",
            "5 Groepsbesprekingen en leerlingbesprekingen",
            "6 Extra ondersteuning en arrangementen",
            "7 Verwijzing naar sbo of so en terugplaatsing",
            "8 Ouders",
            "9 Middelen en formatie",
            "10 Resultaten en evaluatie",
            "11 Jaarplanning zorg"),
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan haar leerlingen "
          "organiseert. Het plan is bedoeld voor leerkrachten, onderwijsassistenten, de intern begeleider en "
          "ouders. Het is een uitwerking van het schoolondersteuningsprofiel (SOP) en sluit aan bij het "
          "ondersteuningsplan van het samenwerkingsverband Rivierenkwartier. Het plan wordt elke twee jaar "
          "herzien door de intern begeleider en de directeur, en besproken in het team en met de "
          "medezeggenschapsraad."),
        H1("2 Onze school en onze leerlingen"),
        P("De Wilgenhoek is een openbare basisschool in de wijk Oeverwijk met 286 leerlingen in twaalf groepen. "
          "Ongeveer een kwart van onze leerlingen spreekt thuis een andere taal dan Nederlands. Het team bestaat "
          "uit 21 leerkrachten, vier onderwijsassistenten, een intern begeleider (0,8 fte), een "
          "gedragsspecialist (0,2 fte) en een directeur. De school werkt met een continurooster."),
        P("In het schooljaar 2023-2024 hadden 31 leerlingen een eigen leerlijn voor een of meer vakken, en hadden "
          "9 leerlingen een ontwikkelingsperspectief. Twee leerlingen kregen een arrangement van het "
          "samenwerkingsverband."),
        H1("3 Basisondersteuning op De Wilgenhoek"),
        P("Iedere school in het samenwerkingsverband biedt basisondersteuning. Op De Wilgenhoek betekent dit:"),
        B("handelingsgericht werken met groepsoverzichten en drie groepsbesprekingen per jaar;",
          "een dyslexieprotocol en een dyscalculieprotocol;",
          "een taalklas voor nieuwkomers (vier ochtenden per week) en extra woordenschatonderwijs in groep 1 tot "
          "en met 4;",
          "de Kanjertraining voor alle groepen en een anti-pestcoördinator;",
          "een plusgroep voor kinderen die meer aankunnen (één middag per week);",
          "een ondersteuningsteam dat zes keer per jaar bijeenkomt met de consulent van het samenwerkingsverband, "
          "de schoolmaatschappelijk werker en de jeugdverpleegkundige."),
        H1("4 De zorgstructuur: vijf niveaus"),
        P("Wij werken met vijf zorgniveaus:"),
        TAB([["Niveau", "Omschrijving", "Wie"],
             ["1", "Goed lesgeven in de groep, afgestemd op verschillen", "leerkracht"],
             ["2", "Extra instructie en begeleiding in de groep", "leerkracht, onderwijsassistent"],
             ["3", "Specifieke interventies na overleg met de intern begeleider", "leerkracht, IB'er"],
             ["4", "Inzet van externe deskundigen, bespreking in het ondersteuningsteam", "IB'er, consulent SWV"],
             ["5", "Arrangement van het samenwerkingsverband of verwijzing naar sbo/so",
              "IB'er, directeur, samenwerkingsverband"]]),
        P("Leerlingen kunnen tussen de niveaus bewegen. Een leerling op niveau 3 kan na een periode van "
          "intensieve begeleiding weer terug naar niveau 2."),
        H1("5 Groepsbesprekingen en leerlingbesprekingen"),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider een "
          "groepsbespreking met iedere leerkracht. Daarin worden de resultaten van de groep besproken, het "
          "groepsoverzicht bijgewerkt en de leerlingen benoemd die extra aandacht nodig hebben. Voor die "
          "leerlingen volgt een leerlingbespreking, waarbij ook de ouders worden uitgenodigd. De afspraken "
          "worden vastgelegd in het leerlingvolgsysteem."),
        P("De leerkracht is eerstverantwoordelijke voor de ondersteuning in de groep. De intern begeleider "
          "coacht leerkrachten, voert klassenconsultaties uit en houdt het overzicht over alle leerlingen met "
          "een eigen leerlijn of ontwikkelingsperspectief."),
        H1("6 Extra ondersteuning en arrangementen"),
        P("Als de ondersteuning op niveau 1 tot en met 4 niet voldoende is, kan de school bij het "
          "samenwerkingsverband een arrangement aanvragen. De intern begeleider stelt daarvoor het groeidocument "
          "op, samen met de ouders. Arrangementen die de school in de afgelopen jaren kreeg, waren onder meer "
          "extra begeleiding door een gedragsspecialist en een aangepast programma voor een leerling met een "
          "lichamelijke beperking."),
        H1("7 Verwijzing naar sbo of so en terugplaatsing"),
        P("Soms is de ondersteuning die een leerling nodig heeft meer dan onze school kan bieden, ook met een "
          "arrangement. In dat geval bespreken we met de ouders en het ondersteuningsteam of een plaatsing op "
          "een school voor speciaal basisonderwijs of speciaal onderwijs beter past. Het schoolbestuur vraagt dan "
          "een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De procedure en de criteria zijn "
          "vastgelegd door het samenwerkingsverband."),
        P("Leerlingen die van het sbo of so terugkeren naar onze school, krijgen een warm welkom. De intern "
          "begeleider neemt vooraf contact op met de speciale school, en in de eerste maanden is er extra "
          "begeleiding. In 2023 ontvingen wij één leerling uit het sbo."),
        H1("8 Ouders"),
        P("Ouders zijn onze partners. Wij informeren ouders over de ondersteuning op school via de schoolgids, "
          "de schoolwebsite en de informatieavond aan het begin van het schooljaar. Ouders van leerlingen die "
          "extra ondersteuning krijgen, worden uitgenodigd voor de leerlingbespreking en tekenen het "
          "handelingsdeel van het ontwikkelingsperspectief. Bij vragen of onenigheid kunnen ouders terecht bij "
          "de leerkracht, de intern begeleider of de directeur, en daarna bij de vertrouwenspersoon of het "
          "Ouder- en Jeugdsteunpunt van het samenwerkingsverband."),
        H1("9 Middelen en formatie"),
        P("De school ontvangt via het schoolbestuur een deel van de ondersteuningsmiddelen van het "
          "samenwerkingsverband. Voor 2024 is dat € 41.470. Daarvan betalen wij de gedragsspecialist (0,2 fte) "
          "en twee onderwijsassistenten (samen 1,0 fte). Daarnaast zetten we middelen uit de lumpsum in voor de "
          "intern begeleider en de taalklas. De directeur legt jaarlijks in de schoolrapportage aan het bestuur "
          "verantwoording af over de besteding."),
        H1("10 Resultaten en evaluatie"),
        P("Wij evalueren de ondersteuning twee keer per jaar. In februari en juni analyseert het team de "
          "toetsresultaten en de sociaal-emotionele ontwikkeling per groep. Ons doel voor 2024-2026 is dat ten "
          "minste 85% van de leerlingen met een eigen leerlijn de gestelde tussendoelen haalt, en dat het "
          "percentage leerlingen dat de referentieniveaus 1F voor lezen en rekenen haalt, stijgt tot 95%. "
          "De uitkomsten worden besproken met het team en de medezeggenschapsraad."),
        H1("11 Jaarplanning zorg"),
        TAB([["Maand", "Activiteit"],
             ["september", "informatieavond ouders; overdracht groepen"],
             ["oktober", "toetsperiode; groepsbesprekingen ronde 1"],
             ["januari/februari", "toetsperiode; groepsbesprekingen ronde 2; evaluatie OPP's"],
             ["juni", "toetsperiode; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"],
             ["juli", "overdracht naar volgend leerjaar"]]),
        P("Vastgesteld door de directeur van OBS De Wilgenhoek, maart 2024."),
    ]


# ==========================================================================
# Main
# ==========================================================================


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    docs = {
        "A": plan_a(), "B": plan_b(), "C": plan_c(), "D": plan_d(), "E": plan_e(), "F": near_miss_f(),
    }
    for key, blocks in docs.items():
        print("plan %s: %d words" % (key, word_count(blocks)), file=sys.stderr)

    write_docx(docs["A"], OUT / "po-veluwerand-ondersteuningsplan-2024-2028.docx",
               header="SWV PO Veluwe-Rand | Ondersteuningsplan 2024-2028",
               footer="Vastgesteld 18 april 2024",
               title="Ondersteuningsplan 2024-2028 SWV PO Veluwe-Rand")
    write_docx(docs["B"], OUT / "vo-deltanoord-ondersteuningsplan-2024-2028.docx",
               header="Ondersteuningsplan 2024-2028 - SWV VO Delta-Noord",
               footer="Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Financiën | Resultaten | Ouders",
               title="Ondersteuningsplan 2024-2028 SWV VO Delta-Noord")

    c_docx = OUT / "po-stedenband-ondersteuningsplan-2024-2028.docx"
    write_docx(docs["C"], c_docx,
               header="Stedenband PO 22-09 - Ondersteuningsplan 2024-2028",
               footer="Stedenband - ieder kind een plek die past",
               title="Ondersteuningsplan 2024-2028 Stedenband")
    docx_to_pdf(c_docx, OUT / "po-stedenband-ondersteuningsplan-2024-2028.pdf")

    with tempfile.TemporaryDirectory() as tmp:
        d_docx = Path(tmp) / "vo-zuidoever-ondersteuningsplan-2024-2028.docx"
        write_docx(docs["D"], d_docx,
                   header="SWV VO Zuidoever - Ondersteuningsplan op hoofdlijnen 2024-2028",
                   footer="Terugplaatsing, ouders en basisondersteuning: zie begrippenlijst",
                   title="Ondersteuningsplan op hoofdlijnen 2024-2028")
        docx_to_pdf(d_docx, OUT / "vo-zuidoever-ondersteuningsplan-2024-2028.pdf")

    write_html(docs["E"], OUT / "po-rivierenkwartier-ondersteuningsplan-2024-2028.html",
               title="Ondersteuningsplan 2024-2028 | SWV PO Rivierenkwartier",
               nav=E_NAV, header="Samenwerkingsverband PO Rivierenkwartier",
               footer="© SWV PO Rivierenkwartier - Privacyverklaring - Toegankelijkheid - "
                      "Ouders en jeugdsteunpunt - Financiën en begroting")

    write_docx(docs["F"], OUT / "obs-de-wilgenhoek-ondersteuningsplan-2024-2026.docx",
               header="OBS De Wilgenhoek - Ondersteuningsplan 2024-2026",
               title="Ondersteuningsplan 2024-2026 OBS De Wilgenhoek")


if __name__ == "__main__":
    main()
