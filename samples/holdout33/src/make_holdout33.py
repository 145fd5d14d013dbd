#!/usr/bin/env python3
"""Generate the holdout33 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level 'ondersteuningsplan' of an sbo school). Style focus of this set:
combined chapters (one heading covering two elements), question headings, and content for one element
placed under the heading of another.

Deterministic, no network. Writes into the parent folder of this script's folder
(samples/holdout33/). PDFs are rendered from a temporary .docx with LibreOffice
(`soffice --headless --convert-to pdf`); the text is deterministic, LibreOffice's PDF metadata
(creation date) is not.

Usage: python3 make_holdout33.py
"""
import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DT = datetime.datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------------
# Block model: a document is a list of tuples
#   ("title", [line, ...])           title page lines (first line large)
#   ("toc", [entry, ...])            table of contents (plain lines)
#   ("h1"|"h2"|"h3", text)
#   ("p", text)
#   ("ul", [item, ...]) / ("ol", [item, ...])
#   ("table", [[header...], [row...], ...])
#   ("pb",)                          page break
# --------------------------------------------------------------------------------------------------


def _fix_zip(path):
    """Rewrite a .docx with fixed member timestamps so that the output is byte-stable."""
    with open(path, "rb") as fh:
        data = fh.read()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_docx(blocks, path, header=None, footer=None, meta_title=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "opcheck holdout33"
    cp.last_modified_by = "opcheck holdout33"
    cp.revision = 1
    if meta_title:
        cp.title = meta_title
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            p = doc.add_paragraph()
            r = p.add_run(lines[0])
            r.bold = True
            r.font.size = Pt(24)
            for ln in lines[1:]:
                q = doc.add_paragraph()
                rr = q.add_run(ln)
                rr.font.size = Pt(13)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            p = doc.add_paragraph()
            r = p.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
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
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    _fix_zip(path)


def write_pdf(blocks, path, header=None, footer=None, meta_title=None):
    tmp = tempfile.mkdtemp(prefix="h33_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        dpath = os.path.join(tmp, base + ".docx")
        write_docx(blocks, dpath, header=header, footer=footer, meta_title=meta_title)
        prof = "file://" + os.path.join(tmp, "lo_profile")
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
             "--outdir", tmp, dpath],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, header=None, footer=None, meta_title=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(meta_title or ""), "</head>", "<body>"]
    if header:
        out.append('<header class="site-header"><p>%s</p></header>' % e(header))
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<section class="titel">')
            out.append("<h1>%s</h1>" % e(b[1][0]))
            for ln in b[1][1:]:
                out.append('<p class="ondertitel">%s</p>' % e(ln))
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><p><strong>Inhoudsopgave</strong></p><ul>')
            for it in b[1]:
                out.append("<li>%s</li>" % e(it))
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "h3":
            out.append("<h4>%s</h4>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            for it in b[1]:
                out.append("<li>%s</li>" % e(it))
            out.append("</%s>" % kind)
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % e(c) for c in rows[0]))
            out.append("<tbody>")
            for row in rows[1:]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in row))
            out.append("</tbody></table>")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append('<footer class="site-footer"><p>%s</p></footer>' % e(footer))
    out.append("</body>")
    out.append("</html>")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


# ==================================================================================================
# Document content follows (one function per document).
# ==================================================================================================


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


PB = ("pb",)


# --------------------------------------------------------------------------------------------------
# Plan 1 - PO, .docx - SWV Passend Primair Onderwijs De Waarden
# --------------------------------------------------------------------------------------------------
def plan_po_dewaarden():
    return [
        ("title", [
            "Ondersteuningsplan 2026-2030",
            "Samen sterk voor elk kind",
            "Samenwerkingsverband Passend Primair Onderwijs De Waarden (PO 26-09)",
            "Planperiode: 1 augustus 2026 tot en met 31 juli 2030",
            "Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 17 maart 2026",
        ]),
        ("toc", [
            "Voorwoord",
            "1. Inleiding en wettelijk kader",
            "2. Visie en missie",
            "3. Ons samenwerkingsverband in beeld",
            "4. Basisondersteuning en extra ondersteuning",
            "5. Hoe komt mijn kind op het sbo of so?",
            "   5.6 Terugplaatsing en overplaatsing",
            "6. Een passende plek voor elk kind",
            "7. Middelen en kwaliteit",
            "   7.3 Besteding en meerjarenbegroting",
            "   7.5 Resultaten en kwaliteitszorg",
            "8. Communicatie",
            "9. Samenwerking met gemeenten en jeugdhulp (OOGO)",
            "10. Organisatie, governance en medezeggenschap",
            "11. Personeel, ICT en privacy",
            "12. Planning 2026-2030",
            "Bijlage 1. Begrippenlijst",
            "Bijlage 2. Meerjarenbegroting 2026-2030",
        ]),
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Primair Onderwijs De Waarden. "
          "Het is het derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat is "
          "geschreven na de herziening van onze organisatie in 2024. In de afgelopen jaren hebben de schoolbesturen, "
          "de scholen, de ouders en de gemeenten in onze regio veel met elkaar geleerd. We weten beter wat werkt, en we "
          "weten ook eerlijker wat nog niet werkt."),
        P("Dit plan is tot stand gekomen in een reeks bijeenkomsten met intern begeleiders, directeuren, de "
          "ondersteuningsplanraad en vertegenwoordigers van de vier gemeenten. Ouders hebben via twee "
          "klankbordavonden meegedacht. Hun verhalen over het zoeken naar een passende plek hebben ons geholpen om "
          "scherper te formuleren wat wij van elkaar verwachten. Wij danken iedereen die tijd en energie in dit plan "
          "heeft gestoken."),
        P("Het plan is geen eindpunt. Een aantal onderdelen werken wij in het eerste planjaar verder uit; dat staat "
          "per hoofdstuk aangegeven en is samengevat in de planning in hoofdstuk 12. Zo blijft het plan een levend "
          "document dat richting geeft aan het dagelijks werk op de scholen."),
        P("Drs. M.A. (Marieke) Hoogendoorn, directeur-bestuurder"),
        H1("1. Inleiding en wettelijk kader"),
        P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De Wet op "
          "het primair onderwijs (artikel 18a, achtste lid) noemt de onderwerpen die het plan in elk geval moet "
          "bevatten: de wijze waarop een samenhangend geheel van ondersteuningsvoorzieningen wordt georganiseerd, "
          "inclusief de basisondersteuning op alle scholen; de procedure en criteria voor de verdeling, besteding en "
          "toewijzing van middelen; de procedure en criteria voor plaatsing in het speciaal basisonderwijs en het "
          "speciaal onderwijs; de procedure en het beleid voor terugplaatsing; de beoogde en bereikte resultaten; en "
          "de wijze waarop ouders worden geïnformeerd, ook over onafhankelijke ondersteuning."),
        P("Het plan is besproken in het op overeenstemming gericht overleg (OOGO) met de gemeenten Waardenburg, "
          "Lingedijk, Aalst-Heukelom en Zaltveen op 3 februari 2026 en met het samenwerkingsverband voortgezet "
          "onderwijs Rivierenland-Oost op 10 februari 2026. De ondersteuningsplanraad heeft op 17 maart 2026 met het "
          "plan ingestemd. Het plan is op 26 maart 2026 aan de Inspectie van het Onderwijs toegezonden."),
        P("Het plan beschrijft het 'wat' op het niveau van het samenwerkingsverband. Hoe de scholen de afspraken "
          "uitwerken, staat in de schoolgids en het schoolondersteuningsprofiel van iedere school. Waar dit plan naar "
          "een ander document verwijst, is dat uitdrukkelijk aangegeven."),
        H1("2. Visie en missie"),
        P("Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het kan en wat het nodig heeft, zo "
          "dicht mogelijk bij huis en samen met leeftijdgenoten. Kinderen verschillen; dat is geen probleem dat "
          "opgelost moet worden, maar het vertrekpunt van goed onderwijs. Een school die weet wat een kind nodig heeft, "
          "en die de ouders daarbij als partner ziet, kan veel bereiken."),
        P("Onze missie is dat de scholen in de regio samen verantwoordelijkheid nemen voor alle kinderen. Geen "
          "school hoeft het alleen te doen: als de mogelijkheden van één school ophouden, zoeken de scholen en het "
          "samenwerkingsverband samen verder. Dat vraagt vertrouwen, openheid over wat lukt en wat niet, en "
          "bereidheid om middelen en expertise te delen."),
        P("Vier kernwaarden geven richting aan ons werk: nabijheid (het kind staat centraal, dicht bij huis), "
          "vakmanschap (leraren en intern begeleiders zijn de spil), samenwerking (met ouders, jeugdhulp en "
          "gemeenten) en eenvoud (zo min mogelijk formulieren, zo veel mogelijk gesprek). Deze waarden komen in ieder "
          "hoofdstuk terug. Zij vormen ook de toets voor nieuwe plannen en arrangementen: maakt het het voor kind, "
          "ouders en leraar eenvoudiger en beter?"),
        P("Wij kiezen er bewust voor om resultaten niet te zien als een rapportcijfer voor scholen. Scholen zijn "
          "verantwoordelijk voor hun eigen leerresultaten en worden daarop door de inspectie beoordeeld. Het "
          "samenwerkingsverband kijkt naar de ondersteuning als geheel en naar de vraag of kinderen op de goede plek "
          "terechtkomen."),
        H1("3. Ons samenwerkingsverband in beeld"),
        P("Samenwerkingsverband De Waarden omvat de basisscholen, de scholen voor speciaal basisonderwijs en de "
          "so-locaties in de gemeenten Waardenburg, Lingedijk, Aalst-Heukelom en Zaltveen. Het is een stichting met "
          "vijf aangesloten schoolbesturen."),
        TABLE(
            ["Kenmerk", "Aantal (teldatum 1 oktober 2025)"],
            ["Aangesloten schoolbesturen", "5"],
            ["Basisscholen (vestigingen)", "41"],
            ["Scholen voor speciaal basisonderwijs", "2 (De Kraanvogel, De Wilgenhof)"],
            ["So-locaties cluster 3 en 4 in de regio", "2"],
            ["Leerlingen basisonderwijs", "9.480"],
            ["Leerlingen sbo", "262"],
            ["Gemeenten", "4"],
        ),
        P("Het leerlingaantal in het westelijk deel van de regio daalt, terwijl in Zaltveen door nieuwbouw het aantal "
          "jonge kinderen groeit. Dat vraagt van de besturen dat zij hun scholenspreiding tegen het licht houden; "
          "voor het samenwerkingsverband betekent het dat de bovenschoolse voorzieningen goed bereikbaar moeten "
          "blijven. Het aandeel leerlingen met een andere thuistaal dan het Nederlands is de afgelopen vijf jaar "
          "toegenomen, vooral in Lingedijk."),
        H1("4. Basisondersteuning en extra ondersteuning"),
        H2("4.1 Wat verstaan wij onder basisondersteuning?"),
        P("Basisondersteuning is in De Waarden het afgesproken minimumniveau van ondersteuning dat iedere school, op "
          "iedere vestiging, aan ieder kind biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig "
          "is. De vijf besturen hebben dit niveau op 11 november 2025 vastgelegd in de 'Standaard basisondersteuning "
          "De Waarden 2026'. Die standaard is in dit hoofdstuk volledig opgenomen; hij geldt voor alle 41 "
          "vestigingen en voor beide sbo-scholen."),
        P("Basisondersteuning gaat over meer dan de basiskwaliteit die de inspectie vraagt. Het gaat om "
          "preventieve en licht curatieve interventies, om een werkende ondersteuningsstructuur in de school en om "
          "planmatig, handelingsgericht werken."),
        H2("4.2 Wat mag u van iedere school verwachten?"),
        P("De tabel hieronder geeft per domein de voorzieningen die ouders op elke school in De Waarden mogen "
          "verwachten."),
        TABLE(
            ["Domein", "Wat iedere school biedt"],
            ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met de schoolmaatschappelijk werker en op verzoek de consulent van het samenwerkingsverband."],
            ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vroegsignalering in groep 1-3; extra leesinstructie van minimaal 3 x 20 minuten per week voor zwakke lezers; begeleiding van het traject naar vergoede diagnostiek."],
            ["Rekenen", "Werken volgens het Protocol ERWD; verlengde instructie en inzet van concrete materialen."],
            ["Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbrede aanpak (bijvoorbeeld PBS of Kanjertraining), een gedragsprotocol, een jaarlijkse sociale-veiligheidsmeting en een individueel gedragsplan waar nodig."],
            ["(Meer- en hoog)begaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep, een verrijkingsgroep van minimaal één uur per week."],
            ["Taal en NT2", "Extra woordenschatonderwijs; samenwerking met de taalklas van het samenwerkingsverband voor nieuwkomers."],
            ["Medische en fysieke ondersteuning", "Een protocol medisch handelen; aanpassingen in het gebouw waar redelijkerwijs mogelijk."],
            ["Werkwijze", "Handelingsgericht werken in een cyclus van vier groepsbesprekingen per jaar; een ontwikkelingsperspectief (OPP) voor ieder kind dat op eigen leerlijn werkt, opgesteld na overleg met de ouders."],
        ),
        H2("4.3 Hoe bewaken wij de basisondersteuning?"),
        P("Iedere school vult jaarlijks vóór 1 december de kwaliteitskaart basisondersteuning in. De consulent van "
          "het samenwerkingsverband bespreekt die kaart met directeur en intern begeleider. Eens in de twee jaar "
          "voert een team van twee collega-IB'ers van een ander bestuur een audit uit. Voldoet een school op een "
          "domein niet, dan stelt het bestuur binnen drie maanden een verbeterplan op; de directeur-bestuurder "
          "rapporteert hierover aan het algemeen bestuur."),
        H2("4.4 Extra ondersteuning"),
        P("Soms heeft een kind meer nodig dan de basisondersteuning. Dan spreekt het OT van de school, samen met de "
          "ouders, over extra ondersteuning. De school kan een arrangement aanvragen bij het Loket van het "
          "samenwerkingsverband. Wij kennen drie soorten arrangementen: een individueel arrangement in de eigen "
          "groep (bijvoorbeeld extra handen of specialistische begeleiding), een groepsarrangement op een school "
          "voor een aantal kinderen met een vergelijkbare vraag, en een bovenschools arrangement in een van de "
          "voorzieningen van het samenwerkingsverband (zie hoofdstuk 6). Een arrangement duurt in de regel één "
          "schooljaar en wordt halverwege geëvalueerd."),
        P("De grens tussen basis en extra ligt waar de standaard van paragraaf 4.2 ophoudt: wat in de standaard "
          "staat, regelt de school zelf; wat daarbuiten valt, kan een arrangement worden."),
        H1("5. Hoe komt mijn kind op het sbo of so?"),
        P("Soms is een gewone basisschool, ook met extra ondersteuning, niet de goede plek. Dan kan een kind worden "
          "toegelaten tot het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). Daarvoor is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. In dit hoofdstuk leest u hoe dat "
          "werkt."),
        H2("5.1 Wie vraagt de TLV aan en hoe verloopt de procedure?"),
        OL(
            "Het bestuur van de school waar het kind is ingeschreven (of aangemeld, bij een nieuwe leerling) dient de aanvraag in bij het Loket, via het digitale aanvraagformulier in Onderwijs Transparant.",
            "De aanvraag bevat het groeidocument of OPP, het onderwijskundig rapport, de verslagen van het OT en de zienswijze van de ouders. Ouders ondertekenen het groeidocument voor gezien.",
            "Binnen vijf werkdagen bevestigt het Loket de ontvangst en controleert het of het dossier volledig is.",
            "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit (zie 5.3).",
            "De Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband besluit namens het bestuur; zij nodigt ouders en school uit voor een gesprek als het dossier daartoe aanleiding geeft.",
            "Het besluit wordt binnen zes weken na ontvangst van het volledige dossier genomen en schriftelijk aan het bestuur en de ouders meegedeeld. De termijn kan eenmaal met vier weken worden verlengd.",
        ),
        H2("5.2 Wanneer is een kind toelaatbaar?"),
        P("De CvT verklaart een kind toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de "
          "basisondersteuning en ten minste één arrangement zijn aantoonbaar ingezet en geëvalueerd; het kind heeft "
          "een leerachterstand of een ondersteuningsbehoefte op het gebied van gedrag of werkhouding die in de "
          "reguliere groep niet kan worden opgevangen; en het kind heeft een kleine groep en een specifiek "
          "pedagogisch klimaat nodig om tot ontwikkeling te komen."),
        P("Een kind is toelaatbaar tot het so (cluster 3 of 4) als het daarnaast langdurig intensieve, "
          "specialistische ondersteuning nodig heeft die het sbo niet kan bieden, bijvoorbeeld door een "
          "verstandelijke beperking (IQ lager dan ongeveer 70 in combinatie met beperkte zelfredzaamheid), "
          "ernstige lichamelijke of medische beperkingen, of ernstige gedrags- of psychiatrische problematiek waarvoor "
          "een combinatie van onderwijs en zorg nodig is. Een diagnose alleen is nooit doorslaggevend: het gaat om de "
          "onderwijsbehoefte."),
        H2("5.3 Twee deskundigen"),
        P("Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog van het "
          "samenwerkingsverband, en afhankelijk van de vraag een tweede deskundige (een kinderarts, "
          "maatschappelijk werker, pedagoog of kinder- en jeugdpsychiater). De deskundigen zijn niet betrokken "
          "geweest bij de aanvraag en geven ieder een eigen schriftelijk advies. Ouders ontvangen een afschrift van "
          "beide adviezen."),
        H2("5.4 Hoe lang geldt een TLV en welke categorie?"),
        P("Een TLV voor het sbo geldt voor ten hoogste twee schooljaren. Een TLV voor het so geldt voor één tot drie "
          "schooljaren, afhankelijk van de ondersteuningsbehoefte, en eindigt altijd op 31 juli. Voor het so stelt "
          "de CvT ook de bekostigingscategorie vast: laag (onder meer cluster 4 en zeer moeilijk lerende kinderen), "
          "midden (lichamelijk gehandicapte kinderen) of hoog (meervoudig gehandicapte kinderen)."),
        H2("5.5 Niet eens met het besluit?"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken bij het bestuur van het "
          "samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen (LBT), ondergebracht bij Onderwijsgeschillen, en beslist daarna opnieuw."),
        H2("5.6 Wat gebeurt er aan het einde van de TLV?"),
        P("In het laatste schooljaar waarvoor de TLV geldt, bespreekt de sbo- of so-school vóór 1 februari in het "
          "OPP-gesprek met ouders of het kind terug kan naar een basisschool of naar een andere vorm van onderwijs. "
          "De sbo- of so-school neemt daarbij het initiatief. Adviseert de school terugplaatsing, dan meldt zij dit "
          "vóór 15 februari bij het Loket; de consulent organiseert dan een overdrachtsgesprek met de ouders en de "
          "beoogde basisschool, die binnen zes weken laat weten of zij het kind kan plaatsen. Adviseert de school "
          "verlenging, dan dient het bestuur van de sbo- of so-school vóór 1 april een nieuwe aanvraag in bij de CvT "
          "en beslist de CvT vóór 1 juni. Wordt geen nieuwe TLV aangevraagd, dan eindigt de TLV op 31 juli en staat "
          "het kind per 1 augustus ingeschreven op de nieuwe school."),
        P("Welke uitgangspunten en voorwaarden het samenwerkingsverband hanteert voor terugplaatsing en "
          "overplaatsing, en welke steun een basisschool krijgt als een kind terugkomt, beschrijven wij in een "
          "terugplaatsingsnotitie. Die notitie wordt in het schooljaar 2026-2027 opgesteld en ter instemming aan de "
          "OPR voorgelegd."),
        H1("6. Een passende plek voor elk kind"),
        H2("6.1 Het ondersteuningscontinuüm"),
        P("Het samenwerkingsverband heeft tot taak een samenhangend geheel van ondersteuningsvoorzieningen binnen "
          "en tussen de scholen te realiseren. Wij ordenen dat geheel in vier niveaus, die op elkaar aansluiten."),
        TABLE(
            ["Niveau", "Wat", "Waar"],
            ["1. Basisondersteuning", "De standaard uit hoofdstuk 4", "Iedere school"],
            ["2. Extra ondersteuning in de school", "Individuele en groepsarrangementen, ambulante begeleiding door de consulenten", "Iedere school, met inzet van het Loket"],
            ["3. Bovenschoolse voorzieningen", "Observatiegroep De Overstap (12 plaatsen, maximaal 16 weken); plusklas voor hoogbegaafde kinderen (één dag per week, 4 locaties); taalklas voor nieuwkomers (2 locaties); onderwijs-zorgarrangementen met jeugdhulp", "Bovenschools, verspreid over de regio"],
            ["4. Speciaal (basis)onderwijs", "Sbo De Kraanvogel, sbo De Wilgenhof, so-locaties cluster 3 en 4 in en buiten de regio", "Met een TLV (hoofdstuk 5)"],
        ),
        P("Kinderen bewegen tussen de niveaus in beide richtingen. Het Loket is het ene adres voor scholen en "
          "ouders die niet weten welke stap de goede is."),
        H2("6.2 Waar schiet het aanbod tekort en wat doen we eraan?"),
        P("Het Loket registreert iedere vraag waarvoor binnen tien weken geen passend aanbod is gevonden. Twee keer "
          "per jaar, in januari en juni, bespreekt het directeurenoverleg deze registratie en bepaalt het welke "
          "witte vlekken moeten worden opgelost. Uit de analyse van 2025 kwamen twee tekorten naar voren: er is geen "
          "aanbod voor jonge kinderen (4-6 jaar) met ernstige gedragsproblemen in het oosten van de regio, en de "
          "wachttijd voor de observatiegroep loopt op tot meer dan drie maanden. Per 1 januari 2027 start sbo De "
          "Kraanvogel een kleine instroomgroep voor jonge kinderen; De Overstap wordt per 1 augustus 2026 uitgebreid "
          "met vier plaatsen."),
        P("Voor kinderen die thuiszitten, of dreigen thuis te komen zitten, is er een maandelijks thuiszittersoverleg "
          "van het Loket, de leerplichtambtenaren en de jeugdconsulenten van de gemeenten. Ieder kind krijgt een "
          "casusregisseur. Lukt het niet binnen drie maanden een passend aanbod te vinden, dan beslist de "
          "directeur-bestuurder (doorzettingsmacht) welk bestuur het kind tijdelijk opvangt en welke middelen daarbij "
          "worden ingezet. De zorgplicht blijft bij het bestuur waar het kind is aangemeld; het samenwerkingsverband "
          "ondersteunt bij het zoeken."),
        H1("7. Middelen en kwaliteit"),
        H2("7.1 Waar komt het geld vandaan?"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Voor 2026 "
          "bedragen de inkomsten naar verwachting € 11,4 miljoen. Daarvan wordt een deel door DUO rechtstreeks "
          "afgedragen aan de so-scholen voor de leerlingen met een TLV; voor het sbo draagt het samenwerkingsverband "
          "zelf de bekostiging boven de 2%-grens over, op basis van de teldatum 1 februari."),
        H2("7.2 Hoe verdelen wij de middelen?"),
        P("Het algemeen bestuur heeft het volgende verdeelmodel vastgesteld. De middelen die overblijven na de "
          "afdrachten aan sbo en so worden verdeeld over twee stromen."),
        UL(
            "Schoolbudgetten: ieder bestuur ontvangt een vaste voet van € 7.500 per vestiging en een bedrag van € 185 per leerling op de teldatum 1 oktober van het voorgaande jaar. Het bestuur verdeelt dit budget over zijn scholen; de besturen maken hun interne verdeling jaarlijks vóór 1 december bekend in het directeurenoverleg.",
            "Arrangementen en voorzieningen: het Loket kent arrangementen toe op aanvraag, op basis van de criteria in paragraaf 4.4 (de ondersteuningsbehoefte valt buiten de standaard basisondersteuning en de school heeft de basisondersteuning aantoonbaar ingezet). De bovenschoolse voorzieningen worden door het samenwerkingsverband rechtstreeks bekostigd.",
        ),
        P("Het algemeen bestuur stelt de verhouding tussen beide stromen jaarlijks vast bij de begroting."),
        H2("7.3 Besteding en meerjarenbegroting"),
        P("De meerjarenbegroting 2026-2030 is in voorbereiding. Zij wordt na vaststelling door het algemeen bestuur "
          "in december 2026 als bijlage 2 aan dit plan toegevoegd. Tot dat moment geldt de jaarbegroting 2026 van "
          "het samenwerkingsverband, die niet in dit plan is opgenomen."),
        H2("7.4 Reserves en verantwoording"),
        P("Het samenwerkingsverband hanteert de signaleringswaarde voor bovenmatige reserves van de inspectie. Eind "
          "2025 bedroeg het eigen vermogen € 1,9 miljoen, ruim onder de signaleringswaarde van € 2,4 miljoen. Het "
          "weerstandsvermogen houden wij op ten minste 5% van de jaarlijkse baten om risico's, zoals een stijging van "
          "het aantal so-leerlingen, op te vangen. De besturen verantwoorden de inzet van hun schoolbudget jaarlijks "
          "vóór 1 mei in een korte rapportage aan het samenwerkingsverband."),
        H2("7.5 Resultaten en kwaliteitszorg"),
        P("De beoogde resultaten voor deze planperiode en de wijze waarop wij die gaan volgen, formuleren wij in het "
          "eerste planjaar samen met de scholen en de OPR. Het kwaliteitskader dat daarvoor nodig is, is nog in "
          "ontwikkeling. Zodra het kader gereed is, wordt het als addendum bij dit plan gevoegd (p.m.)."),
        H1("8. Communicatie"),
        P("Goede communicatie is voor een samenwerkingsverband geen bijzaak. Scholen, ouders en ketenpartners moeten "
          "kunnen vinden wat zij zoeken, in begrijpelijke taal."),
        H2("8.1 Informatie voor ouders"),
        P("Ouders vinden informatie over de ondersteuning in de regio langs de volgende wegen:"),
        UL(
            "de ouderpagina op www.swvdewaarden.nl, met een overzicht van de basisondersteuning, de arrangementen, de bovenschoolse voorzieningen en de TLV-procedure;",
            "de brochure 'Wegwijzer passend onderwijs', die iedere school bij de inschrijving meegeeft en die ook in het Arabisch, Turks, Pools en Oekraïens beschikbaar is;",
            "de schoolgids van iedere school, waarin de school haar ondersteuningsprofiel samenvat;",
            "een jaarlijkse informatieavond in oktober, afwisselend in Waardenburg en Zaltveen;",
            "het telefonisch spreekuur van het Loket (dinsdag en donderdag, 9.00-12.00 uur).",
        ),
        H2("8.2 Onafhankelijke hulp voor ouders"),
        P("Soms hebben ouders behoefte aan iemand die los van school en samenwerkingsverband met hen meedenkt. Het "
          "Ouder- en Jeugdsteunpunt De Waarden is onafhankelijk, wordt uitgevoerd door Stichting Ouderkracht "
          "Rivierenland en is bereikbaar via 0345-700 700, via ouderpunt@ouderkracht-rivierenland.nl en op het "
          "wekelijkse inloopspreekuur in de bibliotheek van Waardenburg. Ouders kunnen ook terecht bij de "
          "Onderwijsconsulenten (landelijk, gratis) en bij Ouders & Onderwijs. Bij een geschil over toelating, "
          "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; voor "
          "klachten over het samenwerkingsverband zelf geldt de klachtenregeling op de website."),
        H2("8.3 Ouders als partner"),
        P("Ouders zijn gesprekspartner bij ieder OT-overleg over hun kind en hebben recht op een afschrift van "
          "adviezen. Sinds de invoering van het hoorrecht wordt ook het kind zelf gevraagd naar zijn mening over het "
          "OPP. In de ondersteuningsplanraad is de helft van de zetels voor ouders."),
        H2("8.4 Communicatie met scholen en partners"),
        P("Voor scholen verschijnt zes keer per jaar de digitale nieuwsbrief 'Waardevol'. Intern begeleiders "
          "ontmoeten elkaar in vier netwerkbijeenkomsten per jaar. Met de gemeenten is er een gezamenlijke "
          "communicatiekalender."),
        H1("9. Samenwerking met gemeenten en jeugdhulp (OOGO)"),
        P("Onderwijs en jeugdhulp raken elkaar dagelijks. In het OOGO met de vier gemeenten maken wij afspraken over "
          "de aansluiting tussen de ondersteuning op school en de jeugdhulp, over leerlingenvervoer, "
          "onderwijshuisvesting en de aanpak van verzuim. Iedere school heeft een vaste contactpersoon van het lokale "
          "team. De onderwijs-zorgarrangementen worden gezamenlijk bekostigd volgens een vaste verdeelsleutel "
          "(60% gemeente, 40% samenwerkingsverband)."),
        P("Het OOGO vindt twee keer per jaar bestuurlijk plaats en vier keer per jaar ambtelijk. De geschillenregeling "
          "is vastgelegd in het convenant 'Samen voor de jeugd 2026-2030'."),
        H1("10. Organisatie, governance en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; de "
          "raad van toezicht bestaat uit de bestuurders van de vijf aangesloten schoolbesturen en één onafhankelijk "
          "voorzitter. De raad van toezicht keurt de begroting en het jaarverslag goed."),
        P("De ondersteuningsplanraad (OPR) telt acht leden: vier ouders en vier personeelsleden, afgevaardigd uit de "
          "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan "
          "en op wijzigingen daarvan. Het samenwerkingsverband heeft daarnaast een eigen personeelsgeleding voor de "
          "medewerkers van het bureau."),
        P("Het directeurenoverleg adviseert de directeur-bestuurder over de uitvoering van het ondersteuningsplan en "
          "bespreekt de signalen uit het Loket."),
        H1("11. Personeel, ICT en privacy"),
        P("Het bureau van het samenwerkingsverband heeft 6,8 fte, waaronder drie orthopedagogen, twee consulenten en "
          "een beleidsmedewerker. De consulenten zijn het eerste aanspreekpunt voor intern begeleiders. Wij "
          "investeren in scholing voor intern begeleiders en leraren via de Academie De Waarden, met jaarlijks een "
          "aanbod van cursussen over gedrag, taal en handelingsgericht werken."),
        P("Aanvragen voor arrangementen en TLV's lopen via Onderwijs Transparant. Het samenwerkingsverband verwerkt "
          "persoonsgegevens, waaronder gezondheidsgegevens, alleen voor zover dat voor zijn wettelijke taken nodig "
          "is. Dossiers worden drie jaar na het laatste besluit vernietigd. De functionaris gegevensbescherming is "
          "bereikbaar via privacy@swvdewaarden.nl."),
        H1("12. Planning 2026-2030"),
        TABLE(
            ["Schooljaar", "Belangrijkste acties"],
            ["2026-2027", "Terugplaatsingsnotitie opstellen; kwaliteitskader en beoogde resultaten vaststellen; meerjarenbegroting als bijlage toevoegen; uitbreiding De Overstap"],
            ["2027-2028", "Start instroomgroep De Kraanvogel evalueren; audit basisondersteuning op alle scholen afgerond"],
            ["2028-2029", "Tussenevaluatie van het plan met OPR en gemeenten"],
            ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"],
        ),
        H1("Bijlage 1. Begrippenlijst"),
        UL(
            "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
            "Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een so-leerling.",
            "Meerjarenbegroting: de begroting van het samenwerkingsverband voor meerdere jaren.",
            "OJSP: ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen.",
            "Resultaten: de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben.",
            "Terugplaatsing: de overstap van een leerling van het sbo of so naar het basisonderwijs.",
            "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing op het sbo of so.",
            "Verdeelmodel: de manier waarop de middelen over de besturen worden verdeeld.",
        ),
        H1("Bijlage 2. Meerjarenbegroting 2026-2030"),
        P("p.m. (wordt toegevoegd na vaststelling in december 2026)"),
    ]


# --------------------------------------------------------------------------------------------------
# Plan 2 - VO, .docx - SWV VO Rivierenland-Oost
# --------------------------------------------------------------------------------------------------
def plan_vo_rivierenland():
    return [
        ("title", [
            "Ondersteuningsplan 2026-2030",
            "Koers en keuzes",
            "Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost (VO 28-04)",
            "Planperiode 1 augustus 2026 - 31 juli 2030",
            "Versie 1.0, vastgesteld door het algemeen bestuur op 9 april 2026",
        ]),
        ("toc", [
            "Voorwoord en leeswijzer",
            "1. Context en terugblik",
            "2. Koers: visie en ambities",
            "3. Ondersteuning op elke school",
            "4. Toelating en terugplaatsing",
            "   4.1 Toelaatbaarheid vso",
            "   4.5 Leerwegondersteunend onderwijs en praktijkonderwijs",
            "   4.6 Terugplaatsing en overplaatsing",
            "5. Aanbod en resultaten",
            "6. Geld en middelen",
            "7. Communicatie en informatie",
            "8. Samenwerking met gemeenten (OOGO) en thuiszitters",
            "9. Organisatie en medezeggenschap",
            "10. Personeel en professionalisering",
            "11. Planning",
            "Bijlage A. Afkortingenlijst",
        ]),
        H1("Voorwoord en leeswijzer"),
        P("Met dit ondersteuningsplan zet het Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost de koers "
          "uit voor de jaren 2026 tot en met 2030. Het plan bouwt voort op wat in de vorige planperiode is bereikt en "
          "maakt keuzes waar dat nodig is. De zeven schoolbesturen met veertien scholen voor vmbo, havo, vwo en "
          "praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs hebben er samen aan gewerkt."),
        P("Het plan is geschreven voor de mensen die ermee werken: ondersteuningscoördinatoren, mentoren, "
          "schoolleiders en bestuurders, maar ook voor ouders en leerlingen die willen weten wat zij van het "
          "samenwerkingsverband mogen verwachten. We hebben geprobeerd het zo te schrijven dat het ook zonder "
          "voorkennis te volgen is. Achterin staat een lijst met afkortingen."),
        P("Leeswijzer. Hoofdstuk 1 schetst de regio en blikt terug op de vorige planperiode. Hoofdstuk 2 beschrijft "
          "onze koers. Hoofdstuk 3 gaat over de ondersteuning die iedere school biedt. Hoofdstuk 4 gaat over "
          "toelating tot het vso, lwoo en praktijkonderwijs, en over terugplaatsing. Hoofdstuk 5 beschrijft het aanbod "
          "en wat wij daarmee willen bereiken. Hoofdstuk 6 gaat over het geld, hoofdstuk 7 over communicatie. De "
          "hoofdstukken 8 tot en met 11 gaan over samenwerking, organisatie, personeel en planning."),
        P("Ir. J. (Joost) van der Linden, voorzitter algemeen bestuur"),
        H1("1. Context en terugblik"),
        H2("1.1 De regio"),
        P("Het samenwerkingsverband omvat de gemeenten Waardenburg, Lingedijk, Aalst-Heukelom, Zaltveen en "
          "Neerbosch. In de regio gaan op 1 oktober 2025 11.240 leerlingen naar het regulier voortgezet onderwijs, "
          "610 naar het praktijkonderwijs en 395 naar het vso. Het aantal leerlingen is na jaren van groei stabiel; "
          "de prognose tot 2030 laat een lichte daling zien van ongeveer 4%."),
        P("Het onderwijsaanbod in de regio is breed. Er zijn vier brede scholengemeenschappen, drie categorale "
          "vmbo-scholen, twee scholen voor havo/vwo, twee scholen voor praktijkonderwijs, een internationale "
          "schakelklas (ISK) en twee vso-scholen (cluster 3 en cluster 4)."),
        H2("1.2 Terugblik op 2022-2026"),
        P("In de vorige planperiode hebben wij ingezet op drie speerpunten: versterking van de ondersteuning in de "
          "klas, snellere toewijzing van arrangementen en betere samenwerking met jeugdhulp. Niet alles is gelukt. De "
          "doorlooptijd van aanvragen is gedaald van gemiddeld negen naar vijf weken. Het deelnamepercentage vso "
          "daalde van 3,8% (1 oktober 2021) naar 3,4% (1 oktober 2025), iets onder het landelijk gemiddelde. De "
          "samenwerking met jeugdhulp verbeterde op papier, maar ondersteuningscoördinatoren ervaren in de praktijk "
          "nog steeds lange wachttijden bij specialistische hulp. Het volledige evaluatierapport is besproken in het "
          "algemeen bestuur en de OPR."),
        H1("2. Koers: visie en ambities"),
        P("Wij willen dat iedere jongere in de regio onderwijs volgt dat past bij zijn talenten en dat hem voorbereidt "
          "op een vervolgopleiding, werk en een zelfstandig leven. Ondersteuning is daarbij geen doel op zich, maar een "
          "middel om jongeren een diploma, een certificaat of een duurzame plek op de arbeidsmarkt te laten halen."),
        P("Drie uitgangspunten bepalen onze keuzes. Ten eerste: zo regulier als mogelijk, zo speciaal als nodig. Ten "
          "tweede: de school is eigenaar van de ondersteuning, het samenwerkingsverband faciliteert. Ten derde: de "
          "jongere en zijn ouders praten mee over wat er nodig is. Vanaf 14 jaar wordt de jongere zelf standaard "
          "uitgenodigd bij gesprekken over zijn ontwikkelingsperspectief."),
        P("Onze ambities voor 2030 zijn vertaald in concrete doelen. Die staan in hoofdstuk 5, omdat ze direct "
          "samenhangen met het aanbod. Het jaarplan van het samenwerkingsverband werkt de ambities per jaar uit."),
        H1("3. Ondersteuning op elke school"),
        H2("3.1 Het afgesproken niveau"),
        P("Alle besturen in Rivierenland-Oost hebben afgesproken dat iedere vestiging van iedere school ten minste "
          "de basisondersteuning biedt. Dat is het gezamenlijke minimumniveau van het samenwerkingsverband. Wij "
          "hanteren daarbij de vier onderdelen uit het Referentiekader passend onderwijs: basiskwaliteit zoals de "
          "inspectie die vaststelt, preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur "
          "en planmatig werken. Wat daarboven uitgaat, is extra ondersteuning."),
        H2("3.2 Invulling per school"),
        P("Hoe de basisondersteuning er op een school concreet uitziet, verschilt op dit moment nog per school en is "
          "terug te vinden in het schoolondersteuningsprofiel en de schoolgids van die school. De werkgroep "
          "Basisondersteuning, met ondersteuningscoördinatoren van alle besturen, beschrijft in het schooljaar "
          "2026-2027 een gezamenlijke set standaarden. Die set wordt na instemming van de OPR als aanvulling op dit "
          "plan vastgesteld."),
        H2("3.3 Toezicht op de afspraken"),
        P("Iedere school actualiseert haar schoolondersteuningsprofiel ten minste eens in de vier jaar en legt het "
          "ter advisering voor aan de medezeggenschapsraad. De directeur van het samenwerkingsverband bespreekt het "
          "profiel in de jaarlijkse kwaliteitsdialoog met de schoolleiding (zie 6.5). Blijkt een school de "
          "afspraken niet na te komen, dan maakt het bestuur van die school binnen een half jaar afspraken over "
          "verbetering en rapporteert het daarover aan het algemeen bestuur."),
        H1("4. Toelating en terugplaatsing"),
        H2("4.1 Toelaatbaarheid vso: de procedure"),
        P("Een leerling kan alleen worden ingeschreven op een school voor voortgezet speciaal onderwijs (cluster 3 "
          "of 4) als het samenwerkingsverband hem toelaatbaar heeft verklaard. De procedure is als volgt."),
        OL(
            "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de TLV aan bij de Commissie Toewijzing en Advies (CTA).",
            "De aanvraag bevat het ontwikkelingsperspectiefplan, een overzicht van de ingezette ondersteuning en de effecten daarvan, relevante onderzoeksverslagen en de zienswijze van ouders en (vanaf 12 jaar) de leerling.",
            "Een medewerker van de CTA voert binnen twee weken een gesprek met de school, de ouders en de leerling.",
            "Twee onafhankelijke deskundigen brengen ieder een schriftelijk advies uit; een van hen is orthopedagoog of GZ-psycholoog, de ander een pedagoog, maatschappelijk werker, jeugdarts of kinder- en jeugdpsychiater, afhankelijk van de vraag.",
            "De CTA besluit namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag.",
        ),
        P("De bezwaarprocedure is opgenomen in het Reglement Commissie Toewijzing en Advies van het "
          "samenwerkingsverband."),
        H2("4.2 Criteria"),
        P("De CTA verklaart een leerling toelaatbaar tot het vso wanneer: (a) de leerling een ondersteuningsbehoefte "
          "heeft op meerdere domeinen (leren, gedrag, sociaal-emotioneel, medisch of fysiek) die de mogelijkheden van "
          "de reguliere school en van de bovenschoolse arrangementen overstijgt; (b) de school de ondersteuning "
          "aantoonbaar en planmatig heeft ingezet gedurende ten minste zes maanden, tenzij de veiligheid van de "
          "leerling of anderen dat onmogelijk maakt; en (c) het vso naar verwachting een perspectief biedt op "
          "diploma, vervolgonderwijs, arbeid of dagbesteding dat in het regulier onderwijs niet haalbaar is."),
        H2("4.3 Duur en categorie"),
        P("Een TLV geldt in de regel voor twee schooljaren. Voor leerlingen met een ernstige verstandelijke beperking "
          "of een meervoudige beperking kan de CTA een TLV afgeven tot het einde van de schoolloopbaan. De CTA "
          "bepaalt de bekostigingscategorie laag, midden of hoog op basis van de ondersteuningsbehoefte."),
        H2("4.4 Spoed en tijdelijke plaatsing"),
        P("In crisissituaties kan de CTA binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden "
          "afgeven. In die periode wordt de reguliere procedure doorlopen."),
        H2("4.5 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Het samenwerkingsverband beslist ook of een leerling is aangewezen op leerwegondersteunend onderwijs "
          "(lwoo) en of een leerling toelaatbaar is tot het praktijkonderwijs (pro). Wij maken geen gebruik van de "
          "mogelijkheid om eigen lwoo-criteria vast te stellen; de landelijke criteria zijn van toepassing."),
        TABLE(
            ["", "Lwoo", "Praktijkonderwijs"],
            ["Wie vraagt aan", "De vo-school waar de leerling is aangemeld", "De pro-school waar de leerling is aangemeld"],
            ["Wanneer", "Uiterlijk 1 mei voorafgaand aan het eerste leerjaar; daarna doorlopend", "Uiterlijk 1 mei; daarna doorlopend"],
            ["Criteria", "Landelijke criteria: IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of IQ 91-120 met een leerachterstand en sociaal-emotionele problematiek", "Landelijke criteria: IQ 55-80 en een leerachterstand van 3 jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
            ["Wie beslist", "CTA, binnen vier weken", "CTA, binnen vier weken"],
            ["Geldigheid", "Gehele schoolloopbaan in het vmbo", "Gehele schoolloopbaan in het pro"],
        ),
        H2("4.6 Terugplaatsing en overplaatsing"),
        P("Over terugplaatsing en overplaatsing vanuit het vso naar het regulier voortgezet onderwijs maken wij in "
          "de loop van 2027 afspraken met de twee vso-scholen in de regio. Tot die afspraken zijn gemaakt, is dit "
          "onderdeel van het plan niet uitgewerkt."),
        H1("5. Aanbod en resultaten"),
        H2("5.1 Ons ondersteuningsaanbod in lagen"),
        P("Het samenwerkingsverband zorgt met de scholen voor een samenhangend geheel van voorzieningen. Wij "
          "onderscheiden vier lagen."),
        TABLE(
            ["Laag", "Aanbod", "Toegang"],
            ["1", "Basisondersteuning op iedere school (hoofdstuk 3)", "Direct, zonder aanvraag"],
            ["2", "Schoolarrangementen: ondersteuningsklassen, trajectvoorzieningen in de school, inzet van een gedragsspecialist of ambulant begeleider; vijftien scholen hebben een trajectvoorziening", "Aanvraag door de school bij de CTA"],
            ["3", "Bovenschoolse arrangementen: OPDC De Brug (60 plaatsen, vmbo-basis/kader en pro), Rebound Rivierenland (20 plaatsen, maximaal 13 weken), het onderwijs-zorgarrangement 'Op de Rails' met jeugdhulp (12 plaatsen), de ISK voor nieuwkomers", "Aanvraag door de school bij de CTA"],
            ["4", "Voortgezet speciaal onderwijs: vso De Horizon (cluster 4) en vso De Linde (cluster 3)", "Met een TLV (hoofdstuk 4)"],
        ),
        P("Leerlingen in de Rebound volgen een programma van maximaal dertien weken; na afloop keren zij terug naar "
          "hun eigen school, die een nazorgplan opstelt. Leerlingen op het OPDC kunnen na een of twee jaar "
          "doorstromen naar de reguliere afdeling van hun school of naar het praktijkonderwijs."),
        H2("5.2 Beoogde resultaten 2026-2030"),
        P("De ambities uit hoofdstuk 2 hebben wij vertaald in meetbare doelen voor leerlingen die extra ondersteuning "
          "nodig hebben. Voor iedere doelstelling is een nulmeting gedaan op 1 oktober 2025."),
        TABLE(
            ["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Meer jongeren in het regulier onderwijs", "Deelnamepercentage vso (1 oktober)", "3,4%", "3,0%"],
            ["Ondersteuning werkt", "Percentage leerlingen met een arrangement dat de doelen in het OPP grotendeels haalt", "71%", "85%"],
            ["Snelle toewijzing", "Aanvragen afgehandeld binnen zes weken", "82%", "95%"],
            ["Duurzame uitstroom vso", "Oud-leerlingen vso die één jaar na uitstroom nog werk, dagbesteding of een opleiding hebben", "74%", "85%"],
            ["Tevreden ouders", "Gemiddeld rapportcijfer ouders over de ondersteuning (tweejaarlijkse peiling)", "6,9", "7,5"],
            ["OPDC als tussenstap", "Leerlingen die binnen twee jaar na plaatsing op het OPDC een diploma- of certificaatgerichte plek hebben", "64%", "80%"],
        ),
        H1("6. Geld en middelen"),
        H2("6.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt jaarlijks rijksbekostiging voor lichte ondersteuning, zware "
          "ondersteuning, lwoo en praktijkonderwijs. De bekostiging voor lwoo en praktijkonderwijs wordt door DUO "
          "grotendeels rechtstreeks aan de scholen uitbetaald en in mindering gebracht op het budget van het "
          "samenwerkingsverband; hetzelfde geldt voor de bekostiging van vso-leerlingen."),
        H2("6.2 Verdeelmodel"),
        P("Rivierenland-Oost werkt met een schoolmodel: het grootste deel van de middelen gaat naar de scholen, "
          "die zelf de ondersteuning organiseren. Het algemeen bestuur stelt het verdeelmodel vast op voorstel van de "
          "directeur, na advies van het directeurenoverleg. De criteria zijn:"),
        UL(
            "Lichte ondersteuning: € 195 per leerling op teldatum 1 oktober van het voorgaande jaar, uitgekeerd aan het bevoegd gezag in twee termijnen (januari en juli).",
            "Trajectvoorzieningen: een vast bedrag van € 45.000 per school met een erkende trajectvoorziening, plus € 1.200 per leerling die op 1 oktober in de trajectvoorziening is ingeschreven.",
            "Bovenschoolse voorzieningen: het samenwerkingsverband bekostigt OPDC De Brug, de Rebound en Op de Rails rechtstreeks, op basis van het aantal plaatsen.",
            "Groeibekostiging vso: het samenwerkingsverband betaalt aan de vso-scholen de groei tussen 1 oktober en 1 februari, volgens de wettelijke regeling.",
        ),
        H2("6.3 Meerjarenbegroting"),
        P("De meerjarenbegroting is in overeenstemming met de jaarbegroting 2026 die het algemeen bestuur op 12 "
          "december 2025 vaststelde. Bedragen in duizenden euro's."),
        TABLE(
            ["Post", "2026", "2027", "2028", "2029"],
            ["Baten rijksbijdrage (na afdrachten DUO)", "9.820", "9.710", "9.600", "9.540"],
            ["Lichte ondersteuning naar besturen", "2.190", "2.170", "2.150", "2.130"],
            ["Trajectvoorzieningen", "1.310", "1.300", "1.290", "1.280"],
            ["OPDC De Brug", "2.640", "2.640", "2.600", "2.600"],
            ["Rebound en Op de Rails", "1.050", "1.050", "1.050", "1.050"],
            ["Groeibekostiging vso", "780", "760", "740", "720"],
            ["Bureau, CTA en deskundigen", "1.380", "1.390", "1.400", "1.410"],
            ["Professionalisering", "220", "220", "220", "220"],
            ["Saldo", "250", "180", "150", "130"],
        ),
        H2("6.4 Reserves"),
        P("Het eigen vermogen bedroeg op 31 december 2025 € 2,7 miljoen. Dat ligt boven de signaleringswaarde "
          "voor bovenmatige reserves van € 2,3 miljoen. Het bestuur heeft besloten het verschil in 2026 en 2027 in "
          "te zetten voor de uitbreiding van de trajectvoorzieningen; daarna streven wij naar een weerstandsvermogen "
          "van 8 tot 10% van de baten."),
        H2("6.5 Verantwoording, monitoring en kwaliteitsdialoog"),
        P("Scholen verantwoorden de inzet van de middelen voor lichte ondersteuning en trajectvoorzieningen "
          "jaarlijks vóór 1 april in een format van het samenwerkingsverband: aantal leerlingen bereikt, ingezette "
          "formatie, uitgaven per voorziening. Het samenwerkingsverband volgt daarnaast de resultaten uit hoofdstuk 5 "
          "met een jaarlijkse monitor. Daarvoor gebruiken wij de DUO-gegevens per 1 oktober, de registratie van de "
          "CTA, de OPP-evaluaties die scholen aanleveren en een tweejaarlijkse peiling onder ouders en "
          "ondersteuningscoördinatoren."),
        P("De monitor wordt twee keer per jaar besproken: in november in het algemeen bestuur en in de OPR, en in "
          "maart/april in een kwaliteitsdialoog van de directeur met iedere school. Daarin bespreken wij de cijfers "
          "van de school naast de regionale gegevens, en leggen wij verbeterafspraken vast. Het jaarverslag, dat vóór "
          "1 juli verschijnt, rapporteert de bereikte resultaten per indicator en de kosten per voorziening. In 2028 "
          "volgt een tussenevaluatie door een extern bureau."),
        H1("7. Communicatie en informatie"),
        H2("7.1 Hoe informeren wij ouders en leerlingen?"),
        P("Ouders en leerlingen moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Wij informeren "
          "hen op de volgende manieren:"),
        UL(
            "De website www.swvrivierenland-oost.nl heeft een aparte rubriek 'Voor ouders en leerlingen' met uitleg over de ondersteuning op school, de arrangementen, het OPDC, de Rebound, het vso en de aanvraagprocedures.",
            "Iedere school geeft in de schoolgids een samenvatting van de ondersteuning en verwijst naar het schoolondersteuningsprofiel.",
            "In november organiseren wij voor ouders van leerlingen in groep 8 met een ondersteuningsbehoefte een informatieavond over de overstap naar het voortgezet onderwijs, samen met SWV PO De Waarden.",
            "De folder 'Extra hulp op school?' is beschikbaar bij iedere ondersteuningscoördinator en op de website.",
            "Ouders kunnen met vragen over het aanbod terecht bij de helpdesk van het bureau, op werkdagen van 8.30 tot 16.30 uur.",
        ),
        H2("7.2 Ouder- en jeugdsteunpunt"),
        P("Een onafhankelijk ouder- en jeugdsteunpunt richten wij samen met het samenwerkingsverband primair "
          "onderwijs in. Vorm, plaats en bereikbaarheid worden in de loop van 2027 bepaald; tot dat moment "
          "verwijzen wij naar de informatie die op onze website zal verschijnen."),
        H2("7.3 Betrokkenheid"),
        P("Ouders en leerlingen hebben een stem in de OPR; van de tien zetels zijn er vijf voor ouders of leerlingen. "
          "Leerlingen worden gehoord over hun ontwikkelingsperspectief. Scholen nodigen ouders ten minste twee keer "
          "per jaar uit voor een gesprek over het OPP."),
        H1("8. Samenwerking met gemeenten (OOGO) en thuiszitters"),
        P("Met de vijf gemeenten voeren wij op overeenstemming gericht overleg (OOGO) over het ondersteuningsplan en "
          "over het jeugdbeleid van de gemeenten. Het OOGO over dit plan vond plaats op 4 maart 2026. De gemeenten "
          "hebben ingestemd met de hoofdlijnen, met een aantekening over de wachttijden in de jeugdhulp."),
        P("Thema's in het OOGO zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
          "onderwijshuisvesting, de overstap naar het mbo en de aanpak van thuiszitters. Het onderwijs-"
          "zorgarrangement Op de Rails wordt gezamenlijk bekostigd. Iedere school heeft een jeugdprofessional van het "
          "lokale team die wekelijks op school aanwezig is."),
        P("De huidige thuiszittersaanpak wordt in het OOGO van het najaar van 2026 herijkt. Een analyse van waar het "
          "aanbod tekortschiet en hoe wij thuiszitten voorkomen, volgt samen met de gemeenten; de afspraken worden "
          "opgenomen in het jaarplan 2027."),
        H1("9. Organisatie en medezeggenschap"),
        P("Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de bestuurders van de "
          "zeven aangesloten schoolbesturen. Het algemeen bestuur bestaat uit vijf bestuurders en een onafhankelijk "
          "voorzitter; het intern toezicht is belegd bij een toezichtscommissie van drie onafhankelijke leden. De "
          "directeur is verantwoordelijk voor de dagelijkse leiding en het bureau."),
        P("De OPR heeft tien leden. De OPR vergadert zes keer per jaar en heeft instemmingsrecht op het "
          "ondersteuningsplan. Op 2 april 2026 stemde de OPR in met dit plan. Het plan is vóór 1 mei 2026 aan de "
          "inspectie toegezonden."),
        H2("9.1 Goed bestuur en integriteit"),
        P("Het samenwerkingsverband volgt de Code Goed Bestuur van de VO-raad. Bestuur en toezicht zijn gescheiden; "
          "de toezichtscommissie keurt de begroting, de jaarrekening en het bestuursverslag goed en benoemt de "
          "accountant. Bestuurders met een belang bij een besluit, bijvoorbeeld omdat hun eigen school een "
          "voorziening uitvoert, nemen niet deel aan de besluitvorming daarover. Nevenfuncties van bestuurders en "
          "leden van de toezichtscommissie worden jaarlijks in het bestuursverslag vermeld."),
        P("Het samenwerkingsverband heeft een integriteitscode en een klokkenluidersregeling voor de eigen "
          "medewerkers. Eens per twee jaar evalueert de toezichtscommissie haar eigen functioneren, waarvan eens in "
          "de vier jaar onder externe begeleiding."),
        H1("10. Personeel en professionalisering"),
        P("Het bureau heeft 9,2 fte, onder wie de medewerkers van de CTA, twee orthopedagogen, een GZ-psycholoog "
          "en beleidsondersteuning. Het personeel van het OPDC en de Rebound is in dienst van de besturen die deze "
          "voorzieningen uitvoeren."),
        P("Professionalisering is een belangrijke voorwaarde voor goede ondersteuning. Het samenwerkingsverband "
          "organiseert jaarlijks een leergang voor nieuwe ondersteuningscoördinatoren, netwerkbijeenkomsten per "
          "thema (gedrag, dyslexie, hoogbegaafdheid, executieve functies) en een regionale studiedag. Scholen kunnen "
          "daarnaast een beroep doen op een budget voor teamscholing."),
        P("Voor de registratie van aanvragen gebruikt het samenwerkingsverband Onderwijs Transparant. De "
          "verwerking van persoonsgegevens is vastgelegd in een privacyreglement; dossiers worden drie jaar na het "
          "laatste besluit vernietigd."),
        H2("10.1 Arbeidsmarkt en inzetbaarheid"),
        P("Ook in het voortgezet onderwijs is het moeilijk om voldoende gekwalificeerde medewerkers te vinden, in "
          "het bijzonder voor de vakken wiskunde, Nederlands en de technische profielen, en voor de functie van "
          "orthopedagoog. De besturen werken samen in een regionaal arbeidsmarktplatform. Het samenwerkingsverband "
          "draagt bij door gezamenlijke scholing en door medewerkers van het bureau ook beschikbaar te stellen voor "
          "detachering op scholen die tijdelijk geen ondersteuningscoördinator hebben."),
        H1("11. Planning"),
        TABLE(
            ["Periode", "Actie", "Eigenaar"],
            ["2026-2027", "Set standaarden basisondersteuning (hoofdstuk 3)", "Werkgroep Basisondersteuning"],
            ["2026-2027", "Herijking thuiszittersaanpak met de gemeenten", "Directeur"],
            ["2027", "Afspraken terugplaatsing met vso-scholen", "CTA en vso-scholen"],
            ["2027", "Inrichting ouder- en jeugdsteunpunt", "Directeur, met SWV PO De Waarden"],
            ["2028", "Tussenevaluatie ondersteuningsplan", "Algemeen bestuur"],
            ["2029-2030", "Voorbereiding volgend plan", "Directeur en OPR"],
        ),
        H1("Bijlage A. Afkortingenlijst"),
        TABLE(
            ["Afkorting", "Betekenis"],
            ["CTA", "Commissie Toewijzing en Advies"],
            ["ISK", "Internationale schakelklas"],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren met vragen of een meningsverschil over ondersteuning"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["Pro", "Praktijkonderwijs"],
            ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs na afloop van de TLV"],
            ["Vso", "Voortgezet speciaal onderwijs"],
            ["Zorgplicht", "De plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden"],
        ),
    ]


# --------------------------------------------------------------------------------------------------
# Plan 3 - PO, .pdf - SWV Passend Onderwijs Kempen-Noord
# --------------------------------------------------------------------------------------------------
def plan_po_kempennoord():
    return [
        ("title", [
            "Ondersteuningsplan 2026-2030",
            "Samenwerkingsverband Passend Onderwijs Kempen-Noord (PO 30-06)",
            "Elk kind een plek, elke school een partner",
            "Looptijd: schooljaren 2026-2027 tot en met 2029-2030",
        ]),
        ("toc", [
            "Voorwoord",
            "1. Over dit plan",
            "2. Waar staan we voor?",
            "3. Waar willen we in 2030 staan?",
            "4. Wat mag u van elke school verwachten?",
            "5. Toelating en terugplaatsing",
            "6. Ouders en scholen samen",
            "7. Geld, kwaliteit en verantwoording",
            "   7.1 Verdeling van de middelen",
            "   7.2 Meerjarenbegroting",
            "   7.3 Monitoring en kwaliteitszorg",
            "8. Organisatie, bestuur en medezeggenschap",
            "9. Personeel en deskundigheid",
            "10. ICT en privacy",
            "11. Jaarplanning",
            "Begrippenlijst",
            "Overzicht van bijlagen",
        ]),
        H1("Voorwoord"),
        P("Dit is het ondersteuningsplan van Samenwerkingsverband Passend Onderwijs Kempen-Noord voor de periode "
          "2026-2030. In dit plan leggen wij vast hoe de zes schoolbesturen in onze regio samen zorgen voor "
          "passend onderwijs voor ieder kind. Wij hebben geprobeerd het plan compact en leesbaar te houden. "
          "Uitgebreide procedures en formulieren staan in de bijlagen en op onze website."),
        P("De afgelopen vier jaar waren bewogen. Het lerarentekort, de gevolgen van de coronaperiode en de "
          "toegenomen complexiteit van de vragen die scholen bereiken, hebben veel gevraagd van leraren, intern "
          "begeleiders en directeuren. Tegelijk zagen wij hoe scholen elkaar steeds vaker opzoeken en hoe ouders en "
          "scholen samen tot oplossingen komen. Die beweging willen wij de komende jaren versterken."),
        P("Wij danken de leden van de ondersteuningsplanraad voor hun kritische en constructieve inbreng, en de "
          "intern begeleiders en directeuren die in werkgroepen aan dit plan hebben bijgedragen. Een speciaal woord "
          "van dank gaat naar de leerkrachten die ons lieten meekijken in hun klas."),
        P("Namens het bestuur, Ellen Verhoeven-Smits, directeur-bestuurder"),
        H1("1. Over dit plan"),
        H2("1.1 Wettelijke opdracht"),
        P("Het samenwerkingsverband is verantwoordelijk voor een samenhangend geheel van ondersteuningsvoorzieningen "
          "binnen en tussen de scholen, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en "
          "leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plaats krijgen. Het "
          "ondersteuningsplan is het belangrijkste instrument om die opdracht vorm te geven."),
        H2("1.2 Totstandkoming"),
        P("Het concept is tussen september 2025 en februari 2026 opgesteld door een schrijfgroep van intern "
          "begeleiders, directeuren en medewerkers van het bureau. Het concept is op 14 januari 2026 in het op "
          "overeenstemming gericht overleg (OOGO) met de gemeenten Kempen-Noord, Oirsbeek-Dommel en Heerle besproken "
          "en op 21 januari 2026 met het samenwerkingsverband voortgezet onderwijs. De ondersteuningsplanraad stemde "
          "op 4 maart 2026 in. Het bestuur stelde het plan vast op 11 maart 2026."),
        H2("1.3 Wat staat niet in dit plan?"),
        P("Een aantal onderdelen is bewust niet in dit plan opgenomen, omdat zij in de loop van de planperiode "
          "opnieuw worden vastgesteld. Het overzicht van het ondersteuningsaanbod in de regio (de zogenoemde "
          "ondersteuningskaart, met alle arrangementen en voorzieningen) wordt in het schooljaar 2026-2027 opnieuw "
          "opgesteld. Afspraken over kinderen die zonder passend onderwijs thuis zitten, maken wij opnieuw in het "
          "OOGO van het voorjaar van 2027; tot die tijd wordt dit onderwerp niet in dit plan uitgewerkt. Ook het "
          "financieel kader volgt als afzonderlijk document (zie hoofdstuk 7)."),
        H2("1.4 Leeswijzer"),
        P("Het plan begint met onze visie (hoofdstuk 2) en de doelen die wij voor 2030 hebben gesteld (hoofdstuk 3). "
          "Daarna volgen de hoofdstukken over wat scholen bieden, over toelating en terugplaatsing en over de "
          "samenwerking met ouders. Hoofdstuk 7 geeft aan welke financiële en kwaliteitsdocumenten nog volgen. De "
          "hoofdstukken 8 tot en met 10 gaan over de organisatie. Hoofdstuk 11 geeft de planning. Achterin staan een "
          "begrippenlijst en een overzicht van de bijlagen."),
        H2("1.5 De regio in het kort"),
        P("Het samenwerkingsverband werkt in drie gemeenten met een gemengd karakter: de kern Kempen-Noord met "
          "ongeveer 45.000 inwoners en een aantal kleinere dorpen in Oirsbeek-Dommel en Heerle. Zes schoolbesturen "
          "zijn aangesloten, met samen 36 basisscholen, twee scholen voor speciaal basisonderwijs en één school voor "
          "speciaal onderwijs. In totaal gaan er ongeveer 8.300 kinderen naar school. Een aantal dorpsscholen heeft "
          "minder dan honderd leerlingen; voor deze kleine scholen is samenwerking met andere scholen vanzelfsprekend."),
        P("In de afgelopen jaren is een aantal scholen samengegaan in integrale kindcentra, waar onderwijs, "
          "kinderopvang en buitenschoolse opvang onder één dak samenwerken. Drie besturen hebben plannen voor "
          "nieuwbouw in de periode tot 2030."),
        H1("2. Waar staan we voor?"),
        P("Kempen-Noord gelooft in de kracht van de gewone school. Ieder kind hoort erbij en leert het best in een "
          "vertrouwde omgeving, dicht bij huis, met klasgenoten uit de buurt. Dat lukt niet altijd. Soms heeft een "
          "kind een plek nodig waar het in een kleinere groep en met meer specialistische begeleiding kan leren. Ook "
          "dan blijft het kind van ons allemaal."),
        P("Onze missie is: elk kind een plek, elke school een partner. Scholen staan er niet alleen voor; zij "
          "kunnen rekenen op elkaar en op het samenwerkingsverband. Wij werken vanuit vertrouwen en maken het "
          "werk voor leraren zo eenvoudig mogelijk. Bureaucratie is geen doel: een gesprek aan tafel met ouders en "
          "school zegt vaak meer dan een dik dossier."),
        P("Onze waarden zijn: samen (scholen, ouders en ketenpartners werken samen), dichtbij (zo thuisnabij als "
          "mogelijk), deskundig (de juiste expertise op het juiste moment) en transparant (wij zijn open over keuzes "
          "en middelen)."),
        P("Wat betekent dit voor een leraar? Dat hij niet alleen staat als een kind in zijn groep vastloopt. Dat "
          "de intern begeleider en het ondersteuningsteam snel meedenken, en dat hij weet bij wie hij terechtkan. "
          "Wat betekent het voor een directeur? Dat hij samen met collega-directeuren in de regio verantwoordelijk is "
          "voor alle kinderen, ook voor de kinderen die niet op zijn school zitten. En wat betekent het voor een "
          "bestuur? Dat het bereid is om verder te kijken dan de eigen scholen en om afspraken te maken die voor de "
          "hele regio gelden."),
        P("Wij weten dat deze visie ambitieus is. Niet iedere school is even ver, en de druk op het onderwijs is "
          "groot. Toch kiezen wij er bewust voor om de lat hoog te leggen. Kinderen hebben maar één schooltijd."),
        H1("3. Waar willen we in 2030 staan?"),
        P("Wij hebben onze ambities vertaald in doelen voor kinderen die extra ondersteuning nodig hebben. Iedere "
          "doelstelling heeft een streefwaarde voor het einde van de planperiode."),
        TABLE(
            ["Doel voor kinderen met een ondersteuningsbehoefte", "Streefwaarde 31 juli 2030"],
            ["Meer kinderen leren in het basisonderwijs, dicht bij huis", "Deelnamepercentage sbo en so samen ten hoogste 2,6%"],
            ["Kinderen met een OPP maken de verwachte vorderingen", "Ten minste 80% van de kinderen met een OPP haalt de tussendoelen van het OPP"],
            ["Kinderen voelen zich veilig op school", "Ten minste 90% van de kinderen met extra ondersteuning scoort 'voldoende' of hoger op de veiligheidsbeleving"],
            ["Snel duidelijkheid voor ouders", "95% van de TLV-aanvragen is binnen zes weken afgehandeld"],
            ["Ouders zijn tevreden over de ondersteuning", "Gemiddeld rapportcijfer van ouders ten minste 7,5"],
        ),
        P("De doelen sluiten aan bij de vier waarden uit hoofdstuk 2. Zij gelden voor het samenwerkingsverband als "
          "geheel; scholen kunnen daarnaast eigen doelen formuleren in hun schoolplan."),
        H1("4. Wat mag u van elke school verwachten?"),
        P("Basisondersteuning is de ondersteuning die iedere school in Kempen-Noord, op iedere locatie, ten minste "
          "biedt. De zes besturen hebben dit niveau samen afgesproken; het is voor alle scholen gelijk. De school "
          "kan meer bieden, maar niet minder. In de tabel staat wat dat concreet betekent."),
        TABLE(
            ["Wat", "Wat dat op elke school betekent"],
            ["Goed onderwijs in de groep", "Ten minste drie niveaus van instructie in iedere groep; een doorgaande lijn in lezen, taal en rekenen"],
            ["Een zorgstructuur", "Een intern begeleider, een ondersteuningsteam met de jeugdverpleegkundige en de schoolmaatschappelijk werker, vier groepsbesprekingen per jaar"],
            ["Vroegsignalering", "Observatie van alle kleuters; dyslexieprotocol met extra leesbegeleiding vanaf groep 2; signalering van meer- en hoogbegaafdheid"],
            ["Sociale veiligheid", "Een anti-pestprogramma, een jaarlijkse veiligheidsmeting en een aanspreekpunt pesten"],
            ["Aanpassingen", "Aangepaste toetsing bij dyslexie of dyscalculie, een eigen leerlijn met OPP waar nodig, een time-out plek in de school"],
            ["Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen; samenwerking met de jeugdarts"],
            ["Samenwerking met ouders", "Ten minste drie oudergesprekken per jaar; ouders worden betrokken bij iedere bespreking van hun kind in het ondersteuningsteam"],
        ),
        P("Wat niet in de tabel staat, valt buiten de basisondersteuning. Scholen beschrijven in hun schoolgids hoe "
          "zij de basisondersteuning op hun locatie inrichten."),
        H1("5. Toelating en terugplaatsing"),
        H2("5.1 De aanvraag van een toelaatbaarheidsverklaring"),
        P("Voor plaatsing op een school voor speciaal basisonderwijs (sbo De Klimop of sbo Het Baken) of op een "
          "school voor speciaal onderwijs (so De Brinkhorst of een so-school buiten de regio) is een "
          "toelaatbaarheidsverklaring (TLV) nodig. Het bestuur van de school waar het kind is ingeschreven, vraagt de "
          "TLV aan bij de Commissie Toelaatbaarheid van het samenwerkingsverband. Bij de aanvraag horen het "
          "groeidocument, het OPP, het verslag van het laatste overleg in het ondersteuningsteam en de zienswijze "
          "van de ouders."),
        P("De Commissie Toelaatbaarheid controleert binnen een week of de aanvraag compleet is. Twee deskundigen "
          "geven ieder een eigen, schriftelijk advies: een orthopedagoog of psycholoog, en een tweede deskundige "
          "die past bij de vraag van het kind (bijvoorbeeld een jeugdarts of maatschappelijk werker). Zij zijn niet "
          "betrokken geweest bij de aanvraag. De commissie neemt binnen zes weken na ontvangst van de complete "
          "aanvraag een besluit en stuurt het besluit en de deskundigenadviezen aan ouders en school."),
        P("De criteria op basis waarvan de commissie beslist, zijn opgenomen in bijlage 4 'Toelaatbaarheidscriteria "
          "sbo en so'."),
        H2("5.2 Duur van de TLV"),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode, maar wordt na twee jaar in het "
          "OPP-gesprek geëvalueerd. Een TLV voor het so geldt twee schooljaren; de commissie stelt daarbij de "
          "bekostigingscategorie vast (laag, midden of hoog)."),
        H2("5.3 Bezwaar"),
        P("Ouders die het niet eens zijn met een besluit over een TLV, kunnen binnen zes weken bezwaar maken bij "
          "het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
          "Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."),
        H2("5.4 Terug naar de basisschool: ons beleid"),
        P("Een plaatsing op het sbo of so is in Kempen-Noord nooit bij voorbaat definitief. Wij willen dat kinderen "
          "terugkeren naar een basisschool zodra dat verantwoord is, bij voorkeur in hun eigen woonplaats. "
          "Terugplaatsing is aan de orde als uit het OPP blijkt dat het kind de doelen heeft bereikt waarvoor het "
          "naar het sbo of so ging, als het zich in een grotere groep staande kan houden en als de ouders de "
          "terugkeer steunen. Een kind wordt niet teruggeplaatst halverwege een schooljaar, tenzij ouders en beide "
          "scholen dat samen willen."),
        P("Een basisschool die een kind terugneemt, krijgt een terugplaatsingsarrangement: gedurende het eerste "
          "jaar na terugkeer begeleidt een leerkracht van de sbo- of so-school het kind en de nieuwe leerkracht, "
          "ten minste eens in de twee weken. Ook kan het kind in het eerste halfjaar één dag per week op de sbo- of "
          "so-school blijven (proefplaatsing)."),
        H2("5.5 Terug naar de basisschool: zo gaat het"),
        OL(
            "Ieder jaar bespreekt de sbo- of so-school in het OPP-gesprek met de ouders of terugplaatsing een reële optie is. In het laatste jaar van de TLV gebeurt dat uiterlijk op 1 februari.",
            "Is terugplaatsing een optie, dan meldt de sbo- of so-school het kind aan bij de Commissie Toelaatbaarheid. De commissie wijst een trajectbegeleider toe.",
            "De trajectbegeleider zoekt samen met de ouders een basisschool en organiseert vóór 1 april een warme overdracht met de intern begeleider van die school.",
            "De basisschool beslist binnen zes weken over de inschrijving en stelt samen met de trajectbegeleider het terugplaatsingsarrangement op.",
            "Is terugplaatsing nog niet verantwoord, dan vraagt het bestuur van de sbo- of so-school vóór 1 april een nieuwe TLV aan. Gebeurt dat niet, dan eindigt de TLV op 31 juli.",
            "Na een half jaar evalueert de trajectbegeleider de terugplaatsing met ouders en beide scholen.",
        ),
        H1("6. Ouders en scholen samen"),
        H2("6.1 Samen optrekken"),
        P("Ouders kennen hun kind het best. Scholen kennen het onderwijs. Pas als beiden samenwerken, kan een kind "
          "de ondersteuning krijgen die het nodig heeft. In Kempen-Noord worden ouders betrokken bij iedere stap: "
          "bij het opstellen van het OPP, bij het overleg in het ondersteuningsteam en bij een aanvraag voor een "
          "TLV. Sinds 2025 wordt ook het kind zelf gehoord over zijn OPP."),
        H2("6.2 Hoe houden wij ouders op de hoogte?"),
        P("Het samenwerkingsverband informeert ouders over de ondersteuningsmogelijkheden in de regio via de "
          "ouderpagina op www.kempennoord-po.nl, met uitleg in eenvoudige taal en korte filmpjes; via de folder "
          "'Wat als mijn kind meer nodig heeft?', die alle scholen bij het intakegesprek uitreiken; via de schoolgids "
          "van iedere school; en via twee informatiebijeenkomsten per jaar voor ouders van kinderen die de overstap "
          "naar het sbo of so overwegen. Ouders kunnen ook bellen met het consulententeam van het bureau."),
        H2("6.3 Waar kunnen ouders terecht voor onafhankelijk advies?"),
        P("Ouders die behoefte hebben aan onafhankelijk advies of die het oneens zijn met de school, kunnen terecht "
          "bij het Ouder- en Jeugdsteunpunt Kempen, dat door een onafhankelijke stichting wordt uitgevoerd en "
          "bereikbaar is via telefoon (040-888 20 20), e-mail en een spreekuur in de drie gemeentehuizen. Het "
          "steunpunt kan ouders ook begeleiden bij gesprekken. Daarnaast kunnen ouders gebruikmaken van de "
          "Onderwijsconsulenten en van Ouders & Onderwijs. Bij een geschil over toelating, verwijdering of het OPP "
          "kunnen ouders naar de Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband "
          "behandelt de Landelijke Klachtencommissie Onderwijs."),
        H1("7. Geld, kwaliteit en verantwoording"),
        H2("7.1 Verdeling van de middelen"),
        P("Het bestuur werkt aan een nieuw verdeelmodel dat beter aansluit bij de verschillen tussen de scholen. "
          "Het model wordt, samen met het financieel beleidsplan, na instemming van de OPR als aanvulling op dit "
          "plan vastgesteld. Tot die tijd blijven de bestaande afspraken met de besturen van kracht."),
        H2("7.2 Meerjarenbegroting"),
        P("De meerjarenbegroting maakt deel uit van het financieel beleidsplan en volgt daarom later. Zie ook "
          "bijlage 6."),
        H2("7.3 Monitoring en kwaliteitszorg"),
        P("Hoe wij de doelen uit hoofdstuk 3 gaan meten, hoe vaak wij daarover rapporteren en wie daarvoor "
          "verantwoordelijk is, leggen wij vast in een monitoringsplan. Dat plan is in voorbereiding en wordt in de "
          "loop van het schooljaar 2026-2027 aan het bestuur voorgelegd."),
        H1("8. Organisatie, bestuur en medezeggenschap"),
        P("Stichting Samenwerkingsverband Passend Onderwijs Kempen-Noord heeft een directeur-bestuurder en een "
          "raad van toezicht van vijf leden, van wie twee onafhankelijk. De zes aangesloten schoolbesturen vormen "
          "samen de algemene vergadering, die onder meer het ondersteuningsplan goedkeurt en de leden van de raad "
          "van toezicht benoemt."),
        P("De ondersteuningsplanraad heeft twaalf leden: zes ouders en zes personeelsleden uit de "
          "medezeggenschapsraden van de scholen. De OPR vergadert vijf keer per jaar, heeft instemmingsrecht op het "
          "ondersteuningsplan en wordt ondersteund door een ambtelijk secretaris. De OPR volgt jaarlijks een "
          "scholingsbijeenkomst."),
        P("Het bureau is gevestigd in Oirsbeek. Het directeurenoverleg, met een vertegenwoordiger per bestuur, komt "
          "zes keer per jaar bijeen en adviseert de directeur-bestuurder over de uitvoering van het plan."),
        H2("8.1 Goed bestuur"),
        P("Het bestuur volgt de Code Goed Bestuur in het primair onderwijs van de PO-Raad. De raad van toezicht "
          "vergadert vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie. De raad keurt de "
          "begroting en het jaarverslag goed, wijst de accountant aan en is werkgever van de directeur-bestuurder. "
          "De raad evalueert jaarlijks zijn eigen functioneren."),
        P("Leden van de raad van toezicht worden benoemd op basis van een openbaar profiel. Twee leden zijn "
          "afkomstig uit de kring van de aangesloten besturen, twee zijn onafhankelijk en de voorzitter wordt op "
          "voordracht van de algemene vergadering benoemd. De zittingstermijn is vier jaar, met één mogelijke "
          "herbenoeming."),
        H2("8.2 Werkwijze van de ondersteuningsplanraad"),
        P("De OPR stelt ieder jaar een activiteitenplan op en heeft een eigen scholingsbudget. Leden worden voor "
          "drie jaar gekozen door de medezeggenschapsraden van de aangesloten scholen. De directeur-bestuurder "
          "voert ten minste twee keer per jaar overleg met de OPR. Het reglement van de OPR is in 2025 herzien en in "
          "lijn gebracht met de gewijzigde Wet medezeggenschap op scholen."),
        H1("9. Personeel en deskundigheid"),
        P("Het bureau heeft 7,4 fte: een directeur-bestuurder, een secretaris van de Commissie Toelaatbaarheid, "
          "vier consulenten (orthopedagogen en psychologen), een trajectbegeleider en administratieve "
          "ondersteuning. De consulenten zijn ieder aan een vast aantal scholen verbonden en nemen op verzoek deel "
          "aan het ondersteuningsteam."),
        P("Wij investeren in de deskundigheid van leraren en intern begeleiders via de Kempen-Noord Academie. Het "
          "aanbod omvat onder meer cursussen over gedrag in de klas, omgaan met verschillen, meer- en "
          "hoogbegaafdheid en het werken met een OPP. Intern begeleiders ontmoeten elkaar vier keer per jaar in een "
          "regionaal netwerk."),
        P("Het lerarentekort raakt ook de ondersteuning. Scholen die langdurig vacatures hebben, kunnen een "
          "beroep doen op het bureau om mee te denken over de inzet van onderwijsassistenten en zij-instromers."),
        P("Het samenwerkingsverband is een kleine werkgever. Wij vinden het belangrijk dat medewerkers gezond en "
          "met plezier hun werk kunnen doen. Met iedere medewerker wordt jaarlijks een ontwikkelgesprek gevoerd. "
          "Het ziekteverzuim van het bureau lag in 2025 op 3,1%. Medewerkers hebben een eigen scholingsbudget en "
          "nemen deel aan landelijke netwerken van samenwerkingsverbanden."),
        H1("10. ICT en privacy"),
        P("Aanvragen en dossiers worden beheerd in een beveiligde digitale omgeving. Alleen medewerkers die bij de "
          "behandeling van een aanvraag betrokken zijn, hebben toegang. Het samenwerkingsverband verwerkt "
          "gezondheidsgegevens alleen voor zover dat noodzakelijk is voor het beoordelen van aanvragen en bewaart "
          "ze tot drie jaar na het besluit. Ouders hebben recht op inzage in het dossier van hun kind."),
        P("Voor de informatiebeveiliging volgt het samenwerkingsverband het normenkader van de sector. Eens per jaar "
          "wordt een risicoanalyse uitgevoerd, en alle medewerkers volgen een korte training over veilig werken met "
          "persoonsgegevens. Datalekken worden gemeld bij de functionaris gegevensbescherming, die ze zo nodig "
          "doorgeeft aan de Autoriteit Persoonsgegevens. Het samenwerkingsverband heeft met alle leveranciers van "
          "digitale systemen een verwerkersovereenkomst gesloten."),
        H1("11. Jaarplanning"),
        TABLE(
            ["Schooljaar", "Wat"],
            ["2026-2027", "Ondersteuningskaart opnieuw opstellen; monitoringsplan; financieel beleidsplan en verdeelmodel"],
            ["2027-2028", "Nieuwe afspraken thuiszitters na OOGO voorjaar 2027; eerste evaluatie terugplaatsingsarrangement"],
            ["2028-2029", "Tussentijdse evaluatie ondersteuningsplan met OPR"],
            ["2029-2030", "Nieuw ondersteuningsplan"],
        ),
        H1("Begrippenlijst"),
        UL(
            "Dekkend aanbod: het geheel van voorzieningen waarmee het samenwerkingsverband ervoor zorgt dat ieder kind een passende plek heeft.",
            "Meerjarenbegroting: de begroting van het samenwerkingsverband voor vier jaar.",
            "Monitoring: het volgen van de resultaten van het samenwerkingsverband met cijfers.",
            "OPP: ontwikkelingsperspectief(plan).",
            "Terugplaatsing: de terugkeer van een kind van het sbo of so naar een basisschool.",
            "Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.",
            "Verdeelmodel: de afspraken over hoe het geld over de scholen wordt verdeeld.",
        ),
        H1("Overzicht van bijlagen"),
        P("De volgende bijlagen worden afzonderlijk gepubliceerd op www.kempennoord-po.nl en maken geen deel uit "
          "van dit document: bijlage 1 Instemmingsbesluit OPR; bijlage 2 Verslag OOGO; bijlage 3 Reglement "
          "Commissie Toelaatbaarheid; bijlage 4 Toelaatbaarheidscriteria sbo en so; bijlage 5 Ondersteuningskaart "
          "(volgt); bijlage 6 Financieel beleidsplan en meerjarenbegroting (volgt)."),
    ]


# --------------------------------------------------------------------------------------------------
# Plan 4 - VO, .pdf - SWV VO Linge en Maas
# --------------------------------------------------------------------------------------------------
def plan_vo_lingemaas():
    return [
        ("title", [
            "Ondersteuningsplan Samenwerkingsverband VO Linge en Maas",
            "VO 25-13",
            "2026 - 2030",
            "Iedere leerling verder",
        ]),
        ("toc", [
            "Voorwoord",
            "1. Inleiding",
            "2. Missie, visie en kernwaarden",
            "3. Ondersteuning in de school: basis en extra",
            "   3.1 Basisondersteuning",
            "   3.2 Extra ondersteuning binnen de school",
            "4. Welke leerling kan naar het vso, lwoo of pro?",
            "5. Doorstroom, overstap en terugkeer",
            "6. Het aanbod: van school tot vso",
            "7. Middelen en kwaliteit",
            "   7.2 Verdeling",
            "   7.3 Meerjarenbegroting",
            "   7.4 Kwaliteitszorg en resultaten",
            "8. Communicatie en contact",
            "9. Samenwerking met gemeenten",
            "10. Bestuur en organisatie",
            "11. Personeel en ICT",
            "12. Planning",
            "Begrippenlijst",
        ]),
        H1("Voorwoord"),
        P("Iedere leerling verder: dat is de titel van dit ondersteuningsplan, en het is ook de opdracht die de "
          "scholen in Linge en Maas zichzelf hebben gegeven. Verder in leren, verder in de ontwikkeling naar "
          "volwassenheid, verder op weg naar een diploma, een vak of een plek in de samenleving."),
        P("Het samenwerkingsverband bestaat sinds 2014. In die jaren is de ondersteuning in de regio veranderd. Er "
          "zijn trajectvoorzieningen bijgekomen, het OPDC is verhuisd naar een nieuw gebouw en de samenwerking met "
          "de gemeenten is hechter geworden. Tegelijkertijd zien wij dat de vragen complexer worden: meer jongeren "
          "met psychische problemen, meer schoolverzuim en een groeiende groep jongeren die tussen wal en schip "
          "dreigt te raken."),
        P("Dit plan is compacter dan het vorige. Sommige onderwerpen werken wij in de eerste jaren van de "
          "planperiode verder uit; dat staat in het plan steeds aangegeven. Ik dank alle betrokkenen voor hun "
          "bijdrage."),
        P("Een ondersteuningsplan schrijf je niet alleen. Het bestuur heeft in het voorjaar van 2025 een "
          "schrijfgroep ingesteld met ondersteuningscoördinatoren, schoolleiders, een vertegenwoordiger van de "
          "vso-scholen en twee beleidsmedewerkers van gemeenten. De groep kwam negen keer bijeen. Conceptteksten zijn "
          "besproken in het netwerk van ondersteuningscoördinatoren, in de algemene vergadering en met de OPR. De "
          "vso-scholen, het OPDC en de scholen voor praktijkonderwijs hebben teksten aangeleverd over hun eigen "
          "aanbod. De belangrijkste les uit al deze gesprekken was eenvoudig: minder papier, meer overleg, en "
          "afspraken die ook over vier jaar nog herkenbaar zijn voor wie er dagelijks mee werkt. Wij hebben "
          "geprobeerd die les in dit plan toe te passen, en dat zal ook de maat zijn waarlangs wij het plan "
          "halverwege de periode met elkaar bespreken."),
        P("Drs. R. (Rob) Mulder, directeur-bestuurder"),
        H1("1. Inleiding"),
        P("Samenwerkingsverband VO Linge en Maas (VO 25-13) is het samenwerkingsverband voor voortgezet onderwijs "
          "in de gemeenten Lingewaard-Oost, Maasbommel, Druten-West en Appeldijk. Twaalf schoolbesturen met samen "
          "negentien vestigingen zijn bij het samenwerkingsverband aangesloten, waaronder twee scholen voor "
          "praktijkonderwijs en drie vso-locaties."),
        P("Volgens artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en volgende van de WVO 2020) "
          "moet het ondersteuningsplan onder meer ingaan op de basisondersteuning, de verdeling van middelen, de "
          "toelaatbaarheid tot het vso, lwoo en praktijkonderwijs, terugplaatsing, de beoogde en bereikte "
          "resultaten en de informatie aan ouders. Dit plan volgt in grote lijnen die indeling, maar niet altijd in "
          "dezelfde volgorde."),
        P("Het concept is op 19 februari 2026 besproken in het OOGO met de vier gemeenten en op 24 februari 2026 met "
          "het samenwerkingsverband primair onderwijs. De ondersteuningsplanraad stemde op 18 maart 2026 in; het "
          "bestuur stelde het plan op 25 maart 2026 vast. Het plan geldt van 1 augustus 2026 tot en met 31 juli "
          "2030."),
        H2("1.1 De regio in cijfers"),
        TABLE(
            ["Gegeven", "1 oktober 2025"],
            ["Leerlingen regulier vo (incl. lwoo)", "13.860"],
            ["Leerlingen praktijkonderwijs", "541"],
            ["Leerlingen vso", "412"],
            ["Vestigingen", "19"],
            ["Gemeenten", "4"],
        ),
        P("De regio is landelijk van karakter, met twee middelgrote kernen en veel kleine dorpen. Veel leerlingen "
          "reizen meer dan tien kilometer naar school. Het leerlingaantal zal volgens de prognose tot 2032 met "
          "ongeveer 6% dalen, vooral in het oosten. Dat heeft gevolgen voor het aanbod van kleinere vestigingen en "
          "voor de bekostiging van het samenwerkingsverband."),
        H1("2. Missie, visie en kernwaarden"),
        P("Het samenwerkingsverband bestaat om ervoor te zorgen dat iedere jongere in de regio een passende plek in "
          "het onderwijs heeft. Wij doen dat niet zelf: de scholen doen het. Het samenwerkingsverband verbindt, "
          "verdeelt, beslist waar de wet dat vraagt en houdt overzicht."),
        P("Wij geloven dat jongeren zich het best ontwikkelen in een omgeving die hen uitdaagt en tegelijk "
          "veiligheid biedt. Regulier waar het kan, speciaal waar het moet, en altijd met de vraag: wat heeft deze "
          "jongere nodig om verder te komen?"),
        P("Onze kernwaarden zijn eigenaarschap (de school is eigenaar van de ondersteuning), vertrouwen (wij gaan "
          "uit van de professionaliteit van scholen), nabijheid (ondersteuning zo dicht mogelijk bij de leerling) "
          "en rekenschap (wij leggen verantwoording af over wat wij doen)."),
        P("Wat betekent dit in de praktijk? Dat een school niet wacht tot een leerling vastloopt, maar vroeg "
          "signaleert en handelt. Dat een mentor weet wie hij kan inschakelen. Dat een leerling die het op de ene "
          "school niet redt, op een andere school een nieuwe kans krijgt, zonder dat het dossier opnieuw hoeft te "
          "worden opgebouwd. En dat het samenwerkingsverband zich niet verschuilt achter regels, maar meedenkt "
          "wanneer een situatie vastloopt."),
        H1("3. Ondersteuning in de school: basis en extra"),
        H2("3.1 Basisondersteuning"),
        P("De afspraken over de basisondersteuning uit het vorige ondersteuningsplan worden in het schooljaar "
          "2026-2027 herijkt, mede in het licht van de landelijke norm voor basisondersteuning waaraan het ministerie "
          "werkt. De uitkomst wordt als addendum aan dit plan toegevoegd nadat de OPR heeft ingestemd (actiepunt A1 "
          "in hoofdstuk 12)."),
        H2("3.2 Extra ondersteuning binnen de school"),
        P("Leerlingen die meer nodig hebben, kunnen op hun eigen school extra ondersteuning krijgen. Alle scholen "
          "voor vmbo hebben een trajectvoorziening: een ruimte met een vaste begeleider waar leerlingen met gedrags- "
          "of concentratieproblemen een deel van de dag kunnen werken. Daarnaast kunnen scholen een "
          "schoolarrangement inzetten, zoals een kleine ondersteuningsklas in leerjaar 1 en 2, begeleiding door een "
          "ambulant begeleider van het vso, of een individueel traject bij een gedragsspecialist. Het "
          "samenwerkingsverband stelt voor ieder arrangement een consulent beschikbaar die meedenkt."),
        H1("4. Welke leerling kan naar het vso, lwoo of pro?"),
        P("Een leerling kan alleen naar het voortgezet speciaal onderwijs, het praktijkonderwijs of een vorm van "
          "leerwegondersteunend onderwijs als het samenwerkingsverband daartoe heeft besloten. De aanvraagprocedure, "
          "de samenstelling van de toewijzingscommissie, de advisering en de termijnen zijn beschreven in het "
          "Reglement Toewijzing Linge en Maas (bijlage 2, afzonderlijk gepubliceerd). Hieronder staan de criteria."),
        TABLE(
            ["Voorziening", "Een leerling komt in aanmerking als ..."],
            ["Vso cluster 4", "de leerling ernstige gedrags- of psychiatrische problemen heeft die het functioneren op school op meerdere gebieden belemmeren; de school en een bovenschools arrangement samen ten minste een half jaar planmatige ondersteuning hebben geboden zonder voldoende resultaat; en de leerling een combinatie van onderwijs en zorg in een kleine, gestructureerde setting nodig heeft."],
            ["Vso cluster 3", "de leerling een verstandelijke beperking heeft (IQ ongeveer 70 of lager) met een beperkte zelfredzaamheid, een lichamelijke beperking of een langdurige ziekte die intensieve specialistische ondersteuning vraagt die in het regulier onderwijs niet te organiseren is."],
            ["Praktijkonderwijs", "de landelijke criteria: IQ 55-80 en een leerachterstand van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."],
            ["Lwoo", "de landelijke criteria (het samenwerkingsverband stelt geen eigen criteria vast): IQ 75-90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of IQ 91-120 met een leerachterstand en sociaal-emotionele problematiek die de schoolloopbaan belemmert."],
        ),
        P("Een TLV voor het vso wordt afgegeven voor één of twee schooljaren, in de bekostigingscategorie laag, "
          "midden of hoog. Voor leerlingen in cluster 3 met een ernstige verstandelijke beperking kan de TLV gelden "
          "tot het einde van de schoolloopbaan. Een aanwijzing lwoo en een toelaatbaarheid tot het praktijkonderwijs "
          "gelden voor de hele schoolloopbaan in de betreffende school."),
        H1("5. Doorstroom, overstap en terugkeer"),
        H2("5.1 Van basisschool naar voortgezet onderwijs"),
        P("De overstap van groep 8 naar de brugklas is voor veel leerlingen spannend, en voor leerlingen met een "
          "ondersteuningsbehoefte nog meer. Met het samenwerkingsverband primair onderwijs hebben wij een "
          "gezamenlijk overstapprotocol met een warme overdracht voor iedere leerling met een OPP. Het "
          "aanmeldmoment ligt in maart; scholen voor voortgezet onderwijs nemen vóór 15 april een besluit over de "
          "toelating."),
        H2("5.2 Van het vso terug naar het regulier onderwijs"),
        P("Het samenwerkingsverband wil dat leerlingen niet langer in het vso blijven dan nodig is. Ons uitgangspunt "
          "is dat iedere vso-leerling bij iedere evaluatie van het OPP de vraag krijgt of een overstap naar het "
          "regulier onderwijs mogelijk is. Een terugkeer is aan de orde als de leerling de doelen uit het OPP heeft "
          "gehaald, zijn gedrag in een grotere groep kan reguleren en een reguliere school een passend "
          "onderwijsprogramma kan bieden. De terugkeer gebeurt bij voorkeur aan het begin van een schooljaar of na "
          "een periode van proefplaatsing."),
        P("Om terugkeer te laten slagen krijgt de ontvangende school voor de duur van een jaar een "
          "overgangsarrangement: ambulante begeleiding door de vso-school, twee uur per week in het eerste halfjaar "
          "en een uur per week in het tweede halfjaar, en een coachingsgesprek met de mentor iedere maand. Loopt de "
          "terugkeer vast, dan kan de leerling binnen het eerste jaar zonder nieuwe aanvraag terug naar de "
          "vso-school."),
        H2("5.3 Zo verloopt een terugkeer"),
        OL(
            "De vso-school evalueert het OPP twee keer per jaar. In het laatste jaar van de TLV beslist de commissie van begeleiding van de vso-school uiterlijk op 1 februari of zij terugkeer of verlenging adviseert.",
            "Bij een advies tot terugkeer meldt de vso-school de leerling vóór 1 maart bij het Loket van het samenwerkingsverband. Een trajectbegeleider van het Loket zoekt binnen vier weken een passende reguliere school.",
            "De ontvangende school, de vso-school en de trajectbegeleider stellen samen het overgangsarrangement op en spreken een startdatum af.",
            "Bij een advies tot verlenging geldt voor de nieuwe TLV de procedure uit het Reglement Toewijzing; volgt er geen nieuwe TLV, dan eindigt de TLV op 31 juli.",
            "Drie en negen maanden na de overstap evalueert de trajectbegeleider de terugkeer.",
        ),
        P("In het schooljaar 2024-2025 keerden 17 leerlingen terug van het vso naar het regulier onderwijs; 14 van "
          "hen zaten een jaar later nog op dezelfde school."),
        H2("5.4 Van voortgezet onderwijs naar mbo en werk"),
        P("Met de mbo-instellingen in de regio is afgesproken dat iedere leerling met een ondersteuningsbehoefte een "
          "warme overdracht krijgt. Voor leerlingen uit het praktijkonderwijs en het vso begeleiden de "
          "stagecoördinatoren de overstap naar werk, in samenwerking met het regionale werkbedrijf."),
        P("Het samenwerkingsverband neemt deel aan het regionale programma voortijdig schoolverlaten. Jongeren die "
          "zonder startkwalificatie het onderwijs dreigen te verlaten, worden in beeld gebracht door de scholen en "
          "het RMC. Voor jongeren uit het praktijkonderwijs en het vso die naar werk gaan, blijven de scholen "
          "wettelijk nog een jaar verantwoordelijk voor nazorg. Die nazorg bestaat uit ten minste twee contacten met "
          "de jongere en de werkgever."),
        H1("6. Het aanbod: van school tot vso"),
        H2("6.1 Een samenhangend geheel"),
        P("Het ondersteuningsaanbod in Linge en Maas is opgebouwd uit vijf niveaus die op elkaar aansluiten. Een "
          "leerling kan van het ene niveau naar het andere gaan, in beide richtingen."),
        TABLE(
            ["Niveau", "Voorziening", "Capaciteit"],
            ["1", "Basisondersteuning (zie 3.1)", "-"],
            ["2", "Extra ondersteuning binnen de school: trajectvoorzieningen en schoolarrangementen (zie 3.2)", "Alle vmbo-scholen; schoolarrangementen op aanvraag"],
            ["3", "Bovenschools: OPDC Linge en Maas (tijdelijke plaatsing tot twee jaar, leerjaar 1-3)", "48 plaatsen"],
            ["3", "Bovenschools: Time-out Maasbommel (zes tot twaalf weken)", "16 plaatsen"],
            ["3", "Bovenschools: onderwijs-zorgarrangement 'Samen Sterk' met jeugd-GGZ", "10 plaatsen"],
            ["4", "Praktijkonderwijs (2 scholen)", "circa 540 leerlingen"],
            ["5", "Vso: De Lingeborg (cluster 4), De Maasoever (cluster 3), vso-afdeling De Brug (cluster 3, EMB)", "circa 410 leerlingen"],
        ),
        H2("6.2 Waar ontbreekt nog iets?"),
        P("Het Loket houdt een registratie bij van iedere leerling voor wie binnen vier weken geen passende plek "
          "wordt gevonden, en van de wachtlijsten van het OPDC en het vso. Twee keer per jaar bespreekt het bestuur "
          "deze registratie als 'staat van het aanbod'. Op dit moment ontbreken er plekken voor hoogbegaafde "
          "leerlingen met een dubbel bijzondere ondersteuningsbehoefte, en is de wachttijd voor de Time-out "
          "opgelopen tot tien weken. Daarom start per 1 augustus 2027 een HB-plusklas op twee havo/vwo-scholen en "
          "wordt de Time-out in 2026 uitgebreid met vier plaatsen."),
        H2("6.3 Thuiszitters"),
        P("Op 1 oktober 2025 stonden in de regio 23 jongeren geregistreerd als thuiszitter, van wie 9 langer dan "
          "drie maanden. Voor iedere thuiszitter wordt binnen twee weken een casusoverleg georganiseerd door de "
          "trajectbegeleider van het Loket, met de school, de leerplichtambtenaar en zo nodig de jeugdhulp. Lukt het "
          "niet om binnen drie maanden een plan te maken, dan gaat de casus naar de escalatietafel, waar de "
          "directeur-bestuurder van het samenwerkingsverband en de wethouder samen doorzettingsmacht hebben. Het "
          "bestuur waar de leerling staat ingeschreven, houdt de zorgplicht."),
        H1("7. Middelen en kwaliteit"),
        H2("7.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning, lwoo en "
          "praktijkonderwijs. De bekostiging van vso-leerlingen, lwoo-leerlingen en pro-leerlingen wordt door DUO "
          "ingehouden en rechtstreeks aan de scholen betaald."),
        H2("7.2 Verdeling"),
        P("Het huidige verdeelmodel wordt in 2026 geëvalueerd. Tot een nieuwe verdeelsleutel is vastgesteld, "
          "hanteert het bestuur de afspraken uit het ondersteuningsplan 2022-2026."),
        H2("7.3 Meerjarenbegroting"),
        P("De tabel geeft de meerjarenbegroting, in duizenden euro's, zoals vastgesteld door het bestuur op 10 "
          "december 2025."),
        TABLE(
            ["Post", "2026", "2027", "2028", "2029"],
            ["Baten (na inhoudingen DUO)", "12.450", "12.300", "12.180", "12.050"],
            ["Middelen naar schoolbesturen", "5.210", "5.150", "5.100", "5.050"],
            ["OPDC Linge en Maas", "2.880", "2.880", "2.850", "2.850"],
            ["Time-out Maasbommel", "610", "760", "760", "760"],
            ["Onderwijs-zorgarrangement Samen Sterk", "420", "420", "420", "420"],
            ["HB-plusklas", "0", "180", "310", "310"],
            ["Overgangsarrangementen terugkeer vso", "150", "150", "150", "150"],
            ["Groeibekostiging vso", "930", "900", "880", "860"],
            ["Loket, consulenten en bureau", "1.640", "1.660", "1.680", "1.700"],
            ["Saldo", "610", "200", "30", "-50"],
        ),
        P("Het negatieve saldo in 2029 wordt gedekt uit de reserve. Het eigen vermogen bedraagt eind 2025 "
          "€ 3,1 miljoen; de signaleringswaarde is € 3,0 miljoen."),
        H2("7.4 Kwaliteitszorg en resultaten"),
        P("Wij werken volgens een vaste kwaliteitscyclus. Ieder kwartaal stelt het bureau een dashboard op met de "
          "aantallen TLV's, aanwijzingen lwoo en pro, plaatsingen op het OPDC en de Time-out, thuiszitters, "
          "terugkeer uit het vso en doorlooptijden. Het dashboard wordt besproken in het bestuur en met de OPR. "
          "Eens per jaar, in mei, voert de directeur met iedere school een verantwoordingsgesprek over de inzet van "
          "de middelen en de uitkomsten voor leerlingen. De bereikte resultaten worden jaarlijks gepubliceerd in "
          "het jaarverslag, dat vóór 1 juli verschijnt. In 2024-2025 was het deelnamepercentage vso 3,7% (landelijk "
          "3,5%), de gemiddelde doorlooptijd van een TLV-aanvraag 5,5 week en verbleven leerlingen gemiddeld 14 "
          "maanden op het OPDC."),
        P("De beoogde resultaten voor de nieuwe planperiode stellen wij vast nadat de nulmeting in het voorjaar van "
          "2027 is afgerond. Zij worden daarna in de jaarplannen opgenomen."),
        H1("8. Communicatie en contact"),
        P("Het samenwerkingsverband communiceert met scholen via de maandelijkse nieuwsbrief 'Linge en Maas "
          "Verbindt', het netwerk van ondersteuningscoördinatoren en het jaarlijkse congres in november. "
          "Gemeenten en ketenpartners ontvangen de kwartaaldashboards."),
        P("Een communicatieplan voor ouders en leerlingen, met onder meer de manier waarop wij hen informeren over "
          "het ondersteuningsaanbod en de mogelijkheden van onafhankelijke ondersteuning, verschijnt in 2027. "
          "Tot die tijd is dit onderdeel niet uitgewerkt."),
        H1("9. Samenwerking met gemeenten"),
        P("Met de vier gemeenten voeren wij tweemaal per jaar bestuurlijk overleg (OOGO). Thema's zijn de "
          "aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting, thuiszitters en de "
          "overstap naar werk. Het onderwijs-zorgarrangement Samen Sterk wordt voor de helft door de gemeenten "
          "bekostigd. Iedere school heeft een schoolcontactpersoon van het jeugdteam."),
        P("Daarnaast is er een regionale werkgroep 'Onderwijs en Jeugd', met vertegenwoordigers van het "
          "samenwerkingsverband, de jeugdteams, de jeugd-GGZ en de leerplicht. Deze werkgroep komt zes keer per jaar "
          "bijeen en bespreekt knelpunten in de samenwerking, zoals wachttijden, de inzet van jeugdhulp onder "
          "schooltijd en de afstemming tussen het OPP en het hulpverleningsplan. Wat de werkgroep niet kan oplossen, "
          "gaat naar het bestuurlijk overleg."),
        P("Met de gemeenten is ook afgesproken dat het leerlingenvervoer voor vso-leerlingen op tijd geregeld is. "
          "Aanvragen voor vervoer worden uiterlijk 1 juni ingediend, zodat leerlingen op de eerste schooldag "
          "kunnen worden opgehaald."),
        H1("10. Bestuur en organisatie"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. De "
          "twaalf aangesloten schoolbesturen vormen de algemene vergadering. Het dagelijks werk gebeurt door het "
          "bureau, het Loket en de consulenten."),
        P("De ondersteuningsplanraad bestaat uit twaalf leden, afgevaardigd door de medezeggenschapsraden van de "
          "aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Geschillen over instemming "
          "worden voorgelegd aan de Landelijke Commissie voor Geschillen WMS."),
        P("De raad van toezicht bestaat uit vijf leden, van wie drie onafhankelijk. De raad vergadert vijf keer per "
          "jaar, keurt de begroting en het jaarverslag goed en is werkgever van de directeur-bestuurder. Het "
          "samenwerkingsverband volgt de Code Goed Bestuur van de VO-raad. In 2025 is de governance extern "
          "geëvalueerd; naar aanleiding daarvan is de rol van de algemene vergadering scherper beschreven in de "
          "statuten."),
        P("Het bureau is gevestigd in Druten-West, in hetzelfde gebouw als het OPDC. Dat maakt de lijnen tussen "
          "het Loket, de consulenten en het OPDC kort. De consulenten werken daarnaast twee dagen per week op de "
          "scholen waaraan zij zijn verbonden."),
        H1("11. Personeel en ICT"),
        P("Het bureau heeft 11,6 fte, waaronder vijf consulenten, drie trajectbegeleiders, twee orthopedagogen en een "
          "controller. De consulenten hebben allen een opleiding als orthopedagoog of psycholoog. Het "
          "samenwerkingsverband investeert jaarlijks in scholing van het eigen personeel en organiseert voor "
          "scholen een leergang 'Omgaan met verschillen'."),
        P("De registratie van aanvragen en arrangementen gebeurt in een beveiligd systeem. Persoonsgegevens worden "
          "niet langer bewaard dan nodig, en uiterlijk drie jaar na het laatste besluit vernietigd."),
        P("Het samenwerkingsverband is, net als de scholen, afhankelijk van een krappe arbeidsmarkt voor "
          "orthopedagogen en psychologen. Wij bieden daarom stageplaatsen aan masterstudenten en werken samen met "
          "twee universiteiten. Nieuwe medewerkers krijgen een inwerkprogramma van een half jaar met een vaste "
          "collega als buddy. Het ziekteverzuim van het bureau was in 2025 4,2%."),
        P("Voor de informatiebeveiliging volgen wij het normenkader van de sector. Alle medewerkers werken met "
          "tweestapsverificatie, en jaarlijks wordt een risicoanalyse uitgevoerd. De functionaris "
          "gegevensbescherming wordt gedeeld met twee andere samenwerkingsverbanden."),
        H1("12. Planning"),
        TABLE(
            ["Code", "Actiepunt", "Gereed"],
            ["A1", "Herijking basisondersteuning, addendum bij dit plan", "juli 2027"],
            ["A2", "Evaluatie en nieuw verdeelmodel", "december 2026"],
            ["A3", "Nulmeting en vaststelling beoogde resultaten", "juni 2027"],
            ["A4", "Communicatieplan ouders en leerlingen", "2027"],
            ["A5", "Start HB-plusklas", "augustus 2027"],
            ["A6", "Uitbreiding Time-out", "december 2026"],
        ),
        H1("Begrippenlijst"),
        TABLE(
            ["Begrip", "Uitleg"],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat iedere school biedt, zoals begeleiding door mentor en ondersteuningscoördinator, dyslexiebegeleiding en een aanpak voor sociale veiligheid."],
            ["Lwoo", "Leerwegondersteunend onderwijs"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["Onderwijsconsulenten", "Landelijke, onafhankelijke adviseurs bij wie ouders terecht kunnen als zij er met de school niet uitkomen."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren informatie en advies krijgen over passend onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de middelen over de schoolbesturen verdeelt."],
        ),
    ]


# --------------------------------------------------------------------------------------------------
# Plan 5 - PO, .html - SWV PO Veluwe-Zuidoost "Passend Verbonden" (web version)
# --------------------------------------------------------------------------------------------------
def plan_po_veluwe():
    return [
        ("title", [
            "Ondersteuningsplan 2026-2030 - Passend Verbonden",
            "Samenwerkingsverband Primair Onderwijs Veluwe-Zuidoost (PO 27-14)",
            "Webversie van het ondersteuningsplan, vastgesteld op 18 maart 2026",
        ]),
        ("toc", [
            "Welkom",
            "Wat is een samenwerkingsverband en wat doet het?",
            "Onze koers",
            "Wat is basisondersteuning?",
            "Hoe komt mijn kind op het sbo of so?",
            "Kan mijn kind weer terug naar de basisschool?",
            "Wat als er geen passende plek is?",
            "Wat gebeurt er met het geld?",
            "Wat willen we bereiken en hoe weten we dat?",
            "Hoe betrekken we ouders?",
            "Wat als we het niet eens zijn?",
            "Samenwerking met gemeenten en jeugdhulp",
            "Bestuur, medezeggenschap en organisatie",
            "Personeel, ICT en privacy",
            "Planning",
            "Begrippen",
        ]),
        H1("Welkom"),
        P("Welkom bij het ondersteuningsplan 2026-2030 van Passend Verbonden, het samenwerkingsverband voor primair "
          "onderwijs in Veluwe-Zuidoost. In dit plan staat hoe de scholen in onze regio samen zorgen voor onderwijs "
          "dat past bij ieder kind. Het plan is opgebouwd rond de vragen die wij het vaakst horen van scholen, ouders "
          "en partners. Het plan is op 11 maart 2026 door de ondersteuningsplanraad met instemming ontvangen en op "
          "18 maart 2026 door het bestuur vastgesteld. Het geldt van 1 augustus 2026 tot en met 31 juli 2030."),
        P("In de afgelopen planperiode hebben wij veel geleerd over wat werkt. Kinderen zijn het meest geholpen als "
          "de ondersteuning snel en dichtbij beschikbaar is, als leraren zich gesteund voelen en als ouders vanaf "
          "het begin aan tafel zitten. Die lessen vormen de rode draad van dit plan."),
        P("Dit plan verschijnt in een periode van verandering. De landelijke overheid werkt aan een norm voor "
          "basisondersteuning, aan een sterkere positie van ouders en leerlingen en aan een eenvoudiger bekostiging. "
          "Niet alles daarvan is al duidelijk. Waar nieuwe wetgeving gevolgen heeft voor onze afspraken, passen wij "
          "het plan tussentijds aan, altijd na instemming van de ondersteuningsplanraad. Wij houden de scholen en "
          "partners daarover op de hoogte via de nieuwsbrief voor directeuren en intern begeleiders, die zes keer per "
          "jaar verschijnt, en via het netwerk van intern begeleiders dat vier keer per jaar bijeenkomt. Zo blijft "
          "het plan bruikbaar, ook als de omgeving verandert."),
        P("Dit plan is geschreven door een werkgroep van intern begeleiders, directeuren, een vertegenwoordiger van "
          "de OPR en medewerkers van het bureau. Tussen april en december 2025 kwam de werkgroep acht keer bijeen. "
          "Conceptteksten zijn besproken in de netwerken van intern begeleiders, in de ledenvergadering en met de "
          "gemeenten. Wij hebben geprobeerd het plan te schrijven in gewone taal. Waar wij toch vaktermen gebruiken, "
          "worden die uitgelegd onder 'Begrippen'."),
        P("Een ondersteuningsplan is geen handboek. Het beschrijft de afspraken op het niveau van de regio. Hoe een "
          "school die afspraken uitvoert, verschilt per school en past bij de leerlingen en de buurt van die school. "
          "Wij vinden die verschillen waardevol, zolang ieder kind krijgt wat het nodig heeft."),
        H1("Wat is een samenwerkingsverband en wat doet het?"),
        P("Sinds 2014 zijn alle schoolbesturen in Nederland aangesloten bij een samenwerkingsverband passend "
          "onderwijs. In Veluwe-Zuidoost zijn dat acht schoolbesturen met samen 52 basisscholen, drie scholen voor "
          "speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Samen hebben zij ongeveer 12.700 "
          "leerlingen. Het samenwerkingsverband werkt in de gemeenten Renkum-Oost, Heuvelrug-Veluwe, Rozendaal-Dieren "
          "en Brummen-Zuid."),
        P("Het samenwerkingsverband heeft vier wettelijke taken: het vaststellen van het ondersteuningsplan, het "
          "verdelen van de middelen voor ondersteuning, het beslissen over de toelaatbaarheid tot het speciaal "
          "basisonderwijs en het speciaal onderwijs, en het adviseren van scholen over kinderen die extra "
          "ondersteuning nodig hebben. Daarnaast hebben de besturen het samenwerkingsverband gevraagd om de "
          "samenwerking met de gemeenten te coördineren."),
        P("Het samenwerkingsverband is geen schoolbestuur en geeft zelf geen onderwijs. De besturen blijven "
          "verantwoordelijk voor hun scholen en hun personeel. Het samenwerkingsverband is wel de plek waar de "
          "besturen samen afspraken maken over ondersteuning, en waar zij elkaar aanspreken als het niet goed gaat."),
        H2("Terugblik op de vorige planperiode"),
        P("In de planperiode 2022-2026 werkten wij aan drie thema's: minder bureaucratie, meer expertise in de school "
          "en een betere samenwerking met de gemeenten. Het aantal formulieren voor een aanvraag is teruggebracht van "
          "zes naar twee. De gemiddelde doorlooptijd van een aanvraag voor een arrangement daalde van zeven naar "
          "drie weken. De samenwerking met de gemeenten is verbeterd: in alle vier gemeenten is er nu een vaste "
          "contactpersoon voor het onderwijs. Minder goed ging het met het terugdringen van het aantal kinderen dat "
          "langdurig thuiszit; daarom is dat nu een van onze speerpunten."),
        P("De externe evaluatie van de vorige planperiode, uitgevoerd in het voorjaar van 2025, concludeerde dat "
          "scholen het samenwerkingsverband als dichtbij en toegankelijk ervaren, maar dat de verschillen tussen "
          "scholen in wat zij zelf oplossen groot zijn. Die conclusie heeft geleid tot de keuze om in 2027 een "
          "gezamenlijk minimumniveau voor de basisondersteuning vast te stellen."),
        H1("Onze koers"),
        P("Passend Verbonden wil dat ieder kind in de regio zich optimaal kan ontwikkelen, op een school zo dicht "
          "mogelijk bij huis. Wij gaan uit van de mogelijkheden van kinderen, niet van hun beperkingen. Ouders, "
          "leraren en intern begeleiders zijn samen verantwoordelijk; het samenwerkingsverband ondersteunt en "
          "verbindt."),
        P("Wij hebben drie speerpunten gekozen voor deze planperiode: de ondersteuning dichter bij de klas "
          "organiseren, zorgen dat geen kind thuis zit zonder onderwijs, en helderder maken wat er met het geld "
          "gebeurt. Aan ieder speerpunt zijn doelen verbonden (zie 'Wat willen we bereiken en hoe weten we dat?')."),
        P("Onze kernwaarden zijn verbinding, vakmanschap, vertrouwen en lef. Met lef bedoelen wij dat wij durven "
          "kiezen voor oplossingen die buiten de gebaande paden liggen, als dat voor een kind beter is."),
        H2("Wat betekenen onze kernwaarden in de praktijk?"),
        P("Verbinding betekent dat wij de schotten tussen onderwijs, jeugdhulp en gezin zo klein mogelijk willen "
          "maken. Vakmanschap betekent dat wij investeren in de deskundigheid van leraren en intern begeleiders, en "
          "dat wij vertrouwen op hun professionele oordeel. Vertrouwen betekent dat wij niet meer verantwoording "
          "vragen dan nodig is. Lef betekent dat wij ook durven zeggen wat niet goed gaat, en dat wij bereid zijn "
          "om te experimenteren."),
        P("Wij toetsen nieuwe plannen aan deze vier waarden. In de praktijk betekent dat bijvoorbeeld dat een "
          "nieuwe procedure pas wordt ingevoerd als intern begeleiders hebben meegedacht, en dat wij pilots altijd "
          "na een jaar evalueren met de mensen die ermee werken."),
        H1("Wat is basisondersteuning?"),
        P("Basisondersteuning is de ondersteuning die een school biedt zonder dat daarvoor een aanvraag of een "
          "arrangement nodig is. In Veluwe-Zuidoost verstaan wij onder basisondersteuning in ieder geval:"),
        UL(
            "een intern begeleider en een ondersteuningsteam, waarin de school met ouders, de schoolmaatschappelijk werker en de jeugdverpleegkundige over een kind spreekt;",
            "vroegtijdige signalering van leer- en gedragsproblemen door vaste observaties en toetsen;",
            "een aanpak voor lezen en dyslexie volgens het landelijke protocol, met extra leestijd voor zwakke lezers;",
            "een aanbod voor kinderen die meer aankunnen: compacten, verrijken en een verrijkingsgroep;",
            "een schoolbrede aanpak voor gedrag en sociale veiligheid, met een pestprotocol;",
            "aangepaste instructie en, waar nodig, een ontwikkelingsperspectief (OPP) met een eigen leerlijn;",
            "afspraken over medisch handelen en medicijnverstrekking.",
        ),
        P("Nog niet iedere school biedt dit volledige pakket. Een gezamenlijk minimumniveau, dat voor alle scholen "
          "en alle locaties geldt, is in onze regio nog niet vastgesteld. De besturen leggen dat niveau in 2027 vast, "
          "mede op basis van de landelijke norm basisondersteuning. Tot die tijd bepaalt iedere school zelf welk "
          "deel van het pakket zij biedt."),
        H1("Hoe komt mijn kind op het sbo of so?"),
        P("Voor een plaats op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure en de criteria zijn "
          "vastgelegd in het Protocol Toelaatbaarheid Passend Verbonden, dat u vindt op onze website onder "
          "'Downloads'. Het protocol wordt in het schooljaar 2026-2027 herzien; de herziene versie wordt na "
          "instemming van de OPR aan dit plan toegevoegd."),
        H1("Kan mijn kind weer terug naar de basisschool?"),
        P("Ja, en dat vinden wij belangrijk. Een plek op het sbo of so is voor ons nooit automatisch een plek tot "
          "het einde van de basisschool. Wij willen dat kinderen terugkeren naar het regulier onderwijs zodra zij "
          "daar met de juiste steun kunnen leren, het liefst op een school in hun eigen buurt."),
        P("Terugplaatsing komt in beeld als het kind de doelen uit zijn OPP voor het grootste deel heeft bereikt, "
          "als het kind zich in een grotere groep kan handhaven, als er een basisschool is die de ondersteuning kan "
          "bieden die het kind dan nog nodig heeft, en als ouders achter de overstap staan. Wij plaatsen een kind "
          "liever een jaar later terug met een goede voorbereiding dan te vroeg."),
        P("De basisschool die een kind terugneemt, krijgt een terugplaatsingsarrangement van € 3.500 en een jaar "
          "lang ambulante begeleiding door een leerkracht van de sbo- of so-school. In de eerste drie maanden kan het "
          "kind nog één dagdeel per week naar de oude school gaan, zodat de overgang geleidelijk verloopt."),
        P("Hoe de terugplaatsing stap voor stap verloopt, wie het initiatief neemt en wanneer wordt geëvalueerd, "
          "beschrijft iedere sbo- en so-school in haar eigen terugplaatsingsprotocol."),
        H1("Wat als er geen passende plek is?"),
        P("Het komt voor dat er voor een kind niet meteen een passende plek is. Soms omdat er een wachtlijst is, "
          "soms omdat de vraag van het kind zo specifiek is dat geen enkele school in de regio er een antwoord op "
          "heeft. Wij willen dat weten, zodat wij er iets aan kunnen doen."),
        P("Iedere school meldt een kind bij het samenwerkingsverband als het langer dan vier weken geen passend "
          "onderwijs krijgt, of als het dreigt thuis te komen zitten. De casusregisseur van het samenwerkingsverband "
          "organiseert binnen vijf werkdagen een overleg met de school, de ouders, de leerplichtambtenaar en waar "
          "nodig het sociale team van de gemeente. Samen maken zij een plan met een datum waarop het kind weer "
          "onderwijs krijgt. Als het plan na zes weken niet werkt, besluit de directeur-bestuurder welk bestuur het "
          "kind een plek biedt. De besturen hebben afgesproken dat zij dat besluit volgen."),
        P("Twee keer per jaar maakt het samenwerkingsverband een analyse van alle meldingen, de wachtlijsten van het "
          "sbo en so en de vragen waarvoor geen aanbod bestond. In de analyse van 2025 zagen wij twee tekorten: "
          "er is te weinig plek voor jonge kinderen die observatie en diagnostiek nodig hebben, en er is geen "
          "voltijdse voorziening voor hoogbegaafde kinderen die vastlopen. Daarom start per 1 januari 2027 een "
          "observatiegroep in Dieren (acht plaatsen), en onderzoeken wij met twee besturen een voltijds HB-groep "
          "met een besluit vóór 1 juli 2027. Over de stand van zaken rapporteren wij in het jaarverslag."),
        P("Een compleet overzicht van alle arrangementen en voorzieningen in de regio, de zogenoemde "
          "ondersteuningskaart, publiceren wij in de loop van het schooljaar 2026-2027."),
        H1("Wat gebeurt er met het geld?"),
        P("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 13,9 miljoen van het Rijk. Na de afdrachten aan "
          "het sbo en so blijft er ongeveer € 8,1 miljoen over. De tabellen laten zien hoe wij dit geld verdelen "
          "en waaraan het wordt besteed."),
        TABLE(
            ["Onderdeel verdeelmodel", "Criterium", "Bedrag", "Wie beslist"],
            ["Schoolbudget basis", "Per leerling op teldatum 1 oktober", "€ 210 per leerling", "Automatisch, uitbetaald aan het bestuur in januari"],
            ["Vaste voet", "Per schoollocatie", "€ 6.000 per locatie", "Automatisch"],
            ["Achterstandsfactor", "Per leerling met een CBS-score boven de landelijke mediaan", "€ 95 per leerling", "Automatisch"],
            ["Individuele arrangementen", "Ondersteuningsbehoefte valt buiten de basisondersteuning; OT-advies; plan met doelen", "Tot € 8.000 per arrangement per jaar", "Commissie Arrangementen, binnen vier weken"],
            ["Terugplaatsingsarrangement", "Kind keert terug van sbo of so", "€ 3.500 eenmalig", "Directeur-bestuurder"],
            ["Thuiszittersfonds", "Kind zonder passend onderwijs langer dan vier weken", "Maatwerk, tot € 15.000", "Directeur-bestuurder"],
        ),
        TABLE(
            ["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten na afdrachten", "8.120", "8.050", "7.990", "7.940"],
            ["Schoolbudgetten, vaste voet en achterstandsfactor", "3.460", "3.430", "3.400", "3.380"],
            ["Individuele arrangementen", "1.900", "1.900", "1.880", "1.860"],
            ["Observatiegroep Dieren", "0", "310", "320", "330"],
            ["Terugplaatsingsarrangementen", "70", "80", "90", "90"],
            ["Thuiszittersfonds", "150", "150", "150", "150"],
            ["Expertiseteam en casusregie", "1.250", "1.260", "1.270", "1.280"],
            ["Bureau en bestuur", "820", "830", "840", "850"],
            ["Saldo", "470", "90", "40", "0"],
        ),
        P("De reserve van het samenwerkingsverband bedroeg eind 2025 € 2,2 miljoen, onder de signaleringswaarde. "
          "Besturen verantwoorden jaarlijks in hun jaarverslag hoe zij het schoolbudget hebben ingezet."),
        H1("Wat willen we bereiken en hoe weten we dat?"),
        P("Bij ieder speerpunt hebben wij doelen geformuleerd. Voor ieder doel weten wij waar wij nu staan "
          "(1 oktober 2025) en waar wij in 2030 willen staan."),
        TABLE(
            ["Doel", "Nu (2025)", "In 2030"],
            ["Kinderen met een arrangement die de doelen van het arrangement halen", "68%", "80%"],
            ["Thuiszitters langer dan drie maanden", "7", "0"],
            ["Deelnamepercentage sbo en so samen", "3,1%", "2,7%"],
            ["Terugplaatsingen per jaar van sbo en so naar basisonderwijs", "9", "15"],
            ["Tevredenheid van ouders over de ondersteuning (rapportcijfer)", "7,0", "7,6"],
            ["Scholen die het volledige pakket basisondersteuning bieden", "71%", "100%"],
        ),
        P("Wij volgen deze doelen met de monitor van Passend Verbonden. Drie keer per jaar (november, maart en "
          "juni) verzamelt het bureau de cijfers uit de registratie van arrangementen, de leerplichtregistratie en de "
          "DUO-gegevens. Eens per twee jaar houden wij een tevredenheidspeiling onder ouders en intern begeleiders. "
          "Het bestuur bespreekt de monitor in iedere vergadering na een meetmoment, samen met de uitgaven per "
          "onderdeel van de begroting. De OPR ontvangt de monitor en bespreekt hem met de directeur-bestuurder. In het "
          "jaarverslag, dat uiterlijk 1 juli verschijnt, staan de bereikte resultaten en de kosten per onderdeel. "
          "Halverwege de planperiode, in 2028, evalueren wij het plan met scholen, ouders en gemeenten."),
        H1("Hoe betrekken we ouders?"),
        P("Ouders zijn voor ons partners. Zij zitten aan tafel in het ondersteuningsteam, denken mee over het OPP en "
          "geven hun zienswijze bij iedere aanvraag voor een arrangement. Kinderen worden gehoord over hun eigen "
          "ontwikkelingsperspectief. In de ondersteuningsplanraad zijn vijf van de tien leden ouder."),
        P("Hoe het samenwerkingsverband ouders informeert over het ondersteuningsaanbod in de regio, werken wij in "
          "2027 uit, samen met de OPR en het ouder- en jeugdsteunpunt. p.m."),
        H1("Wat als we het niet eens zijn?"),
        P("Ouders en school zijn het niet altijd met elkaar eens. Meestal lost een goed gesprek veel op. Lukt dat "
          "niet, dan kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Veluwe-Zuidoost. Het steunpunt is "
          "onafhankelijk van scholen en samenwerkingsverband, wordt uitgevoerd door de stichting Ouders Centraal "
          "Gelderland en is bereikbaar via telefoon (026-300 44 55), WhatsApp en e-mail. Een medewerker van het "
          "steunpunt luistert, geeft advies, gaat zo nodig mee naar een gesprek op school en kan bemiddelen."),
        P("Daarnaast kunnen ouders gratis advies vragen aan de Onderwijsconsulenten. Bij een geschil over toelating "
          "tot een school, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend "
          "onderwijs. Klachten over het samenwerkingsverband behandelt de Landelijke Klachtencommissie Onderwijs; "
          "het samenwerkingsverband is daarbij aangesloten."),
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P("Onderwijs en jeugdhulp hebben elkaar nodig. Met de vier gemeenten voeren wij op overeenstemming gericht "
          "overleg (OOGO) over dit plan en over het jeugdbeleid. Het OOGO over dit plan vond plaats op 5 februari "
          "2026. Afspraken zijn gemaakt over de inzet van jeugdhulp in de school, over leerlingenvervoer en over het "
          "voorkomen van thuiszitten. Iedere school heeft een vaste contactpersoon in het sociale team van de "
          "gemeente."),
        P("De gemeenten en het samenwerkingsverband financieren samen een pilot 'Zorg in de klas' op zes scholen, "
          "waarbij een jeugdhulpverlener twee dagen per week op school aanwezig is."),
        P("In het OOGO is ook gesproken over de aansluiting tussen de voorschoolse voorzieningen en de basisschool, "
          "en over huisvesting. Drie gemeenten werken aan een nieuw integraal huisvestingsplan voor het onderwijs. "
          "Het samenwerkingsverband levert daarvoor gegevens aan over de leerlingenstromen en over de ruimtes die "
          "scholen nodig hebben voor ondersteuning, zoals spreekkamers en prikkelarme werkplekken."),
        P("Twee keer per jaar is er een bestuurlijk overleg tussen de directeur-bestuurder en de wethouders "
          "onderwijs en jeugd. Daarnaast is er maandelijks ambtelijk overleg. De afspraken uit het OOGO worden "
          "jaarlijks geëvalueerd en vastgelegd in een gezamenlijke agenda."),
        H1("Bestuur, medezeggenschap en organisatie"),
        P("Passend Verbonden is een vereniging van acht schoolbesturen. Het bestuur bestaat uit een "
          "directeur-bestuurder; het toezicht is belegd bij de algemene ledenvergadering, die een auditcommissie "
          "heeft ingesteld. De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan."),
        P("Het bureau is gevestigd in Dieren en telt 12,5 fte, onder wie de orthopedagogen en psychologen van het "
          "expertiseteam, twee casusregisseurs en een controller."),
        P("Het samenwerkingsverband volgt de Code Goed Bestuur van de PO-Raad. De algemene ledenvergadering, waarin "
          "ieder bestuur één stem heeft, keurt de begroting en het jaarverslag goed en benoemt de "
          "directeur-bestuurder. De auditcommissie, met twee externe leden, adviseert de ledenvergadering over "
          "financiële zaken en over de werking van de interne beheersing. Eens per twee jaar evalueert de "
          "ledenvergadering haar toezichthoudende rol."),
        P("De ondersteuningsplanraad vergadert zes keer per jaar en heeft een eigen budget voor scholing en "
          "ondersteuning. Een ambtelijk secretaris bereidt de vergaderingen voor. De directeur-bestuurder is bij "
          "ieder overleg aanwezig voor het deel dat over het beleid gaat."),
        H1("Personeel, ICT en privacy"),
        P("Het expertiseteam ondersteunt scholen bij vragen over individuele kinderen en groepen. Wij investeren in "
          "de professionalisering van intern begeleiders via een jaarlijkse leergang en in de deskundigheid van het "
          "eigen team. Het samenwerkingsverband werkt met een beveiligd digitaal dossier en verwerkt alleen de "
          "persoonsgegevens die nodig zijn voor zijn taken. Gegevens worden uiterlijk drie jaar na het laatste "
          "besluit vernietigd."),
        P("Ook in onze regio is het lerarentekort voelbaar. Scholen hebben steeds vaker te maken met "
          "onbevoegde invallers en met groepen die worden verdeeld. Dat raakt kinderen die extra ondersteuning nodig "
          "hebben het eerst. De besturen werken daarom samen in een regionaal programma voor het opleiden van "
          "zij-instromers en onderwijsassistenten. Het samenwerkingsverband draagt daaraan bij met modules over "
          "gedrag, omgaan met verschillen en het werken met een OPP."),
        P("Het bureau werkt met een informatiebeveiligingsbeleid dat jaarlijks wordt getoetst. Medewerkers volgen "
          "een verplichte training privacy. Met alle leveranciers zijn verwerkersovereenkomsten gesloten, en de "
          "functionaris gegevensbescherming rapporteert jaarlijks aan de ledenvergadering."),
        P("Het bureau van het samenwerkingsverband streeft naar een gezonde werkomgeving. Medewerkers hebben een "
          "jaarlijks ontwikkelgesprek en een persoonlijk scholingsbudget. Het expertiseteam komt iedere week bijeen "
          "voor intervisie en casusbespreking, zodat kennis binnen het team wordt gedeeld en nieuwe collega's snel "
          "ingewerkt raken."),
        H1("Planning"),
        TABLE(
            ["Wanneer", "Wat"],
            ["2026-2027", "Herziening Protocol Toelaatbaarheid; ondersteuningskaart; start observatiegroep Dieren"],
            ["2027", "Gezamenlijk minimumniveau basisondersteuning; informatie aan ouders; besluit voltijds HB-groep"],
            ["2028", "Tussenevaluatie ondersteuningsplan"],
            ["2029-2030", "Voorbereiding nieuw plan"],
        ),
        H1("Begrippen"),
        UL(
            "Arrangement: extra ondersteuning voor een kind of groep, bovenop de basisondersteuning.",
            "Commissie Toelaatbaarheid: de commissie die namens het bestuur beslist over een TLV na advies van twee deskundigen.",
            "Ondersteuningskaart: overzicht van alle arrangementen en voorzieningen in de regio.",
            "Informatie voor ouders: op de website en in de schoolgids vinden ouders informatie over ondersteuning.",
            "TLV: toelaatbaarheidsverklaring, nodig voor het sbo of so; geldt meestal twee jaar.",
        ),
    ]


# --------------------------------------------------------------------------------------------------
# Near-miss - school-level 'ondersteuningsplan' of an sbo school (NOT a plan of a samenwerkingsverband)
# --------------------------------------------------------------------------------------------------
def np_sbo_regenboog():
    return [
        ("title", [
            "Ondersteuningsplan 2026-2027",
            "SBO De Regenboog, school voor speciaal basisonderwijs",
            "Onderdeel van Stichting Katholiek Onderwijs Veluwe-Zuidoost; aangesloten bij Samenwerkingsverband Passend Verbonden (PO 27-14)",
            "Vastgesteld door de directie na advies van de medezeggenschapsraad, 2 juli 2026",
        ]),
        ("toc", [
            "1. Inleiding",
            "2. Onze leerlingen",
            "3. Basisondersteuning en extra ondersteuning op De Regenboog",
            "4. De ondersteuningsniveaus in onze school",
            "5. Toelating en terugplaatsing",
            "6. Ouders en school samen",
            "7. Middelen en formatie",
            "8. Resultaten en kwaliteitszorg",
            "9. Jaarplanning zorg 2026-2027",
        ]),
        H1("1. Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe SBO De Regenboog in het schooljaar 2026-2027 de ondersteuning aan "
          "haar leerlingen organiseert. Het plan is bedoeld voor het team, de intern begeleiders en de "
          "medezeggenschapsraad. Het is een uitwerking van het schoolondersteuningsprofiel en van het "
          "ondersteuningsplan van het samenwerkingsverband, en wordt ieder schooljaar geactualiseerd."),
        P("De Regenboog is een school voor speciaal basisonderwijs met 148 leerlingen in tien groepen. Alle "
          "leerlingen hebben een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband. De school heeft "
          "een team van 31 medewerkers, onder wie twee intern begeleiders, een orthopedagoog, een logopedist en een "
          "gedragsspecialist."),
        H1("2. Onze leerlingen"),
        P("Onze leerlingen komen van 34 verschillende basisscholen in de regio. Ongeveer de helft van de leerlingen "
          "heeft een ondersteuningsbehoefte op het gebied van leren, de andere helft vooral op het gebied van "
          "gedrag, werkhouding of sociaal-emotionele ontwikkeling. Het aantal leerlingen met een combinatie van "
          "leer- en gedragsproblemen neemt toe. Negen leerlingen ontvangen naast het onderwijs jeugdhulp onder "
          "schooltijd."),
        H1("3. Basisondersteuning en extra ondersteuning op De Regenboog"),
        P("Op De Regenboog krijgt iedere leerling onderwijs in een groep van maximaal veertien leerlingen, met een "
          "leerkracht en een vaste onderwijsassistent. Wij werken handelingsgericht: iedere groep heeft een "
          "groepsplan in drie niveaus, dat vier keer per jaar in een groepsbespreking wordt geëvalueerd. Voor iedere "
          "leerling stellen wij een ontwikkelingsperspectief (OPP) op, dat twee keer per jaar met ouders wordt "
          "besproken."),
        P("Leerlingen die meer nodig hebben dan de ondersteuning in de groep, kunnen rekenen op individuele "
          "begeleiding door de orthopedagoog, logopedie, sociale-vaardigheidstraining in kleine groepjes, "
          "faalangstreductietraining of een individueel gedragsplan. Voor leerlingen met een grote "
          "ondersteuningsbehoefte op gedrag heeft de school een time-in ruimte."),
        H1("4. De ondersteuningsniveaus in onze school"),
        TABLE(
            ["Zorgniveau", "Inhoud", "Wie"],
            ["1", "Goed lesgeven in de groep volgens het groepsplan", "Leerkracht"],
            ["2", "Extra instructie en oefening in de groep", "Leerkracht en onderwijsassistent"],
            ["3", "Specifieke interventie na leerlingbespreking", "Leerkracht, intern begeleider"],
            ["4", "Inzet van specialisten binnen de school (orthopedagoog, logopedist, gedragsspecialist)", "Intern begeleider, specialist"],
            ["5", "Inschakelen van externe hulp (jeugdhulp, GGZ) of consultatie bij het samenwerkingsverband", "Intern begeleider, ouders, externe partners"],
        ),
        P("Leerlingbesprekingen vinden plaats in oktober, januari, maart en juni. In de multidisciplinaire "
          "overleggen (MDO) zitten de intern begeleider, de orthopedagoog, de leerkracht, de ouders en zo nodig de "
          "schoolmaatschappelijk werker."),
        H1("5. Toelating en terugplaatsing"),
        P("Een leerling kan op De Regenboog worden ingeschreven als het samenwerkingsverband een TLV heeft "
          "afgegeven. De aanvraag voor de TLV wordt gedaan door de basisschool van herkomst; De Regenboog neemt "
          "deel aan het oriënterend gesprek met ouders. Na ontvangst van de TLV volgt een intakegesprek en een "
          "kennismakingsochtend voor de leerling."),
        P("Ieder jaar bekijken wij in het OPP-gesprek of een leerling terug kan naar een basisschool. In het "
          "schooljaar 2025-2026 zijn vier leerlingen teruggeplaatst. De intern begeleider zorgt voor een warme "
          "overdracht en biedt de basisschool in het eerste halfjaar ambulante begeleiding aan. Als de TLV afloopt "
          "en de leerling nog op het sbo moet blijven, vraagt de school een verlenging aan bij het "
          "samenwerkingsverband."),
        H1("6. Ouders en school samen"),
        P("Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolapp, de nieuwsbrief die eens "
          "per twee weken verschijnt en drie oudergesprekken per jaar. De schoolgids staat op onze website. Ouders "
          "met vragen of zorgen kunnen altijd een afspraak maken met de leerkracht of de intern begeleider."),
        P("Voor klachten volgt de school de klachtenregeling van de stichting. Ouders kunnen ook contact opnemen met "
          "de vertrouwenspersoon van de school of met het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        H1("7. Middelen en formatie"),
        P("De school ontvangt bekostiging van het Rijk voor het speciaal basisonderwijs en een bijdrage van het "
          "samenwerkingsverband voor leerlingen boven de 2%-grens. In 2026-2027 zetten wij 2,4 fte onderwijsassistentie, "
          "0,8 fte orthopedagoog en 0,6 fte logopedie in. De schoolbegroting wordt door het bestuur vastgesteld."),
        H1("8. Resultaten en kwaliteitszorg"),
        P("Wij volgen de ontwikkeling van leerlingen met het leerlingvolgsysteem en de OPP-evaluaties. Ons doel is "
          "dat ten minste 75% van de leerlingen de in het OPP vastgestelde tussendoelen voor lezen en rekenen haalt. "
          "In 2025-2026 was dat 72%. Van de leerlingen die in 2026 uitstroomden, ging 38% naar vmbo-basis of -kader "
          "met lwoo, 41% naar het praktijkonderwijs en 21% naar het vso. De resultaten worden besproken met het "
          "team, de medezeggenschapsraad en het bestuur."),
        H1("9. Jaarplanning zorg 2026-2027"),
        TABLE(
            ["Maand", "Activiteit"],
            ["September", "Startgesprekken met ouders; OPP's actualiseren"],
            ["Oktober", "Groepsbesprekingen en leerlingbesprekingen ronde 1"],
            ["Januari", "Toetsperiode; groepsbesprekingen ronde 2; OPP-evaluatie"],
            ["Maart", "Leerlingbesprekingen ronde 3; gesprekken over terugplaatsing en verlenging TLV"],
            ["Juni", "Toetsperiode; OPP-evaluatie; overdracht naar volgende groep"],
        ),
    ]


# ==================================================================================================
# Labels
# ==================================================================================================
CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def status_from(criteria, advisory):
    out = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            out[el] = "present"
        elif any(vals) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, sector, looks_like_plan, criteria, advisory, notes, expected_status=None):
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks_like_plan else "false")]
    if looks_like_plan:
        assert sorted(criteria) == sorted(CORE), path
        st = status_from(criteria, advisory)
        if expected_status is not None:
            assert st == expected_status, (path, st, expected_status)
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, st[e]) for e in ELEMENTS))
        lines.append("criteria:")
        for c in CORE:
            lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if advisory.get(e):
                lines.append("  %s: [%s]" % (e, ", ".join(advisory[e])))
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    lines.append("notes:")
    for k, v in notes:
        lines.append("  %s: %s" % (k, _q(v)))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


T, F = True, False


def crit(values):
    return dict(zip(CORE, values))


def labels():
    L = []
    # ---------------------------------------------------------------- plan 1
    L.append(dict(
        name="po-dewaarden", documents=["po-dewaarden.docx"], sector="po",
        criteria=crit([T, T, T, T, T, F, T, F, T, T, F, F, T, T]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        expected={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
                  "ouders": "present"},
        notes=[
            ("basisondersteuning", "Ch. 4 'Basisondersteuning en extra ondersteuning': 4.1 agreed minimum for all 41 vestigingen, 4.2 table of concrete voorzieningen, 4.3 kwaliteitskaart/audit."),
            ("plaatsing", "Ch. 5 question heading 'Hoe komt mijn kind op het sbo of so?': steps/Loket/CvT/6 weeks (5.1), sbo and so criteria (5.2), two deskundigen, duration+category, bezwaar via LBT."),
            ("terugstroom", "Procedure only, hidden as 5.6 'Wat gebeurt er aan het einde van de TLV?' inside the TLV chapter (initiative sbo/so school, 1 Feb/15 Feb/1 Apr deadlines, end 31 July); the beleid (aims, conditions, support after return) is deferred to a 'terugplaatsingsnotitie' in 2026-2027. TOC and glossary mention terugplaatsing."),
            ("financien", "Ch. 7 'Middelen en kwaliteit': verdeelmodel with vaste voet EUR 7.500 and EUR 185 per leerling + arrangementen via Loket (7.2); meerjarenbegroting deferred (7.3, 'wordt in december 2026 toegevoegd', Bijlage 2 'p.m.'), no spending amounts -> besteding not addressed. Reserves and verantwoording addressed (7.4)."),
            ("dekkend-aanbod", "Ch. 6 'Een passende plek voor elk kind': four-level continuum table (6.1) and gap registration/witte vlekken with dated actions + thuiszittersoverleg/doorzettingsmacht (6.2); arrangementen also described under 4.4; OOGO/OZA in ch. 9."),
            ("resultaten", "Nothing addressed: 7.5 'Resultaten en kwaliteitszorg' only defers ('formuleren wij in het eerste planjaar', 'p.m.'); legal list in ch. 1, visie sentence and glossary entry are passing mentions; no targets or figures anywhere."),
            ("ouders", "Ch. 8 'Communicatie': 8.1 channels (ouderpagina, Wegwijzer brochure in 4 languages, schoolgids, info evening, spreekuur), 8.2 Ouder- en Jeugdsteunpunt De Waarden + Onderwijsconsulenten + Geschillencommissie, 8.3 role/hoorrecht/OPR."),
        ]))
    # ---------------------------------------------------------------- plan 2
    L.append(dict(
        name="vo-rivierenland", documents=["vo-rivierenland.docx"], sector="vo",
        criteria=crit([T, F, T, T, F, F, T, T, T, F, T, T, T, F]),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        expected={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "partial"},
        notes=[
            ("basisondersteuning", "Ch. 3 'Ondersteuning op elke school': 3.1 states the agreed minimum for every vestiging (only the 4 Referentiekader aspects); 3.2 says concrete content differs per school/SOP and a set of standaarden is written in 2026-2027 -> inhoud not addressed; 3.3 borging via SOP/kwaliteitsdialoog."),
            ("plaatsing", "Ch. 4 'Toelating en terugplaatsing': vso procedure with CTA, steps and 6 weeks (4.1), criteria (4.2), two deskundigen, duration+category (4.3), lwoo/pro table (4.5). Bezwaar only by reference to a Reglement not included."),
            ("terugstroom", "Missing: 4.6 under the combined heading 'Toelating en terugplaatsing' only defers ('maken wij in de loop van 2027 afspraken ... niet uitgewerkt'); return from Rebound/OPDC in 5.1 is a near-miss (not vso -> vo); glossary/TOC entries are traps."),
            ("financien", "Ch. 6 'Geld en middelen': verdeelmodel criteria with amounts (6.2), meerjarenbegroting table 2026-2029 (6.3), reserves (6.4), school accountability (6.5)."),
            ("dekkend-aanbod", "Continuum table of four layers in ch. 5 'Aanbod en resultaten' (5.1). Lacunes not addressed: thuiszitters approach and gap analysis are deferred in ch. 8 ('wordt herijkt', 'volgt ... jaarplan 2027'); OOGO themes are a passing list. OOGO/OZA/jeugdprofessional = ketenpartners."),
            ("resultaten", "Doelen: table with indicators, nulmeting and streefwaarden 2030 in 5.2 (under 'Aanbod en resultaten'); monitoring described under the money chapter in 6.5 'Verantwoording, monitoring en kwaliteitsdialoog' (monitor, data sources, twice a year, jaarverslag); achieved figures in 1.2 terugblik."),
            ("ouders", "Informatie in 7.1 (website rubriek, schoolgids, folder, info evening, helpdesk). Steunpunt not addressed: 7.2 defers the OJSP ('in de loop van 2027 bepaald', website info 'zal verschijnen'); no Onderwijsconsulenten/klachten/geschillen; OJSP only defined in the afkortingenlijst."),
        ]))
    # ---------------------------------------------------------------- plan 3
    L.append(dict(
        name="po-kempennoord", documents=["po-kempennoord.pdf"], sector="po",
        criteria=crit([T, T, T, F, T, T, F, F, F, F, T, F, T, T]),
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        expected={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "partial",
                  "ouders": "present"},
        notes=[
            ("basisondersteuning", "Question heading 'Wat mag u van elke school verwachten?' (ch. 4): same minimum for all schools and locations, content only in a table (instruction levels, IB/OT, dyslexie, HB, veiligheid, medisch)."),
            ("plaatsing", "Ch. 5 'Toelating en terugplaatsing': procedure (bestuur applies to Commissie Toelaatbaarheid, dossier, completeness check, 6 weeks), two deskundigen, duration+category, bezwaar via LBT. Criteria only by reference to 'bijlage 4 Toelaatbaarheidscriteria', which is not part of the document (bijlagenoverzicht)."),
            ("terugstroom", "Inside the combined chapter 'Toelating en terugplaatsing': 5.4 policy (aims, conditions, terugplaatsingsarrangement, proefplaatsing) and 5.5 numbered procedure (OPP-gesprek 1 Feb, trajectbegeleider, 1 April, end TLV 31 July, evaluation after six months). No figures."),
            ("financien", "Missing: 1.3 and ch. 7 'Geld, kwaliteit en verantwoording' only defer (new verdeelmodel and financieel beleidsplan 'volgt', 'bestaande afspraken blijven van kracht', meerjarenbegroting 'volgt later', bijlage 6 '(volgt)'); TOC 7.1/7.2 and glossary are traps; no amounts anywhere."),
            ("dekkend-aanbod", "Missing: 1.3 defers the ondersteuningskaart (continuum) and the thuiszitters agreements to 2026-2027/OOGO 2027; OOGO only as a procedural date; list of sbo/so schools in 5.1 is not a continuum; glossary defines dekkend aanbod/thuiszitter (trap)."),
            ("resultaten", "Doelen with streefwaarden 2030 under the question heading 'Waar willen we in 2030 staan?' (ch. 3). Monitoring deferred in 7.3 ('monitoringsplan in voorbereiding'); no measurement, reporting or achieved figures."),
            ("ouders", "Ch. 6 'Ouders en scholen samen': 6.2 channels (ouderpagina, folder at intake, schoolgids, two info meetings, consulententeam), 6.3 Ouder- en Jeugdsteunpunt Kempen, Onderwijsconsulenten, Geschillencommissie, klachtencommissie; 6.1 role/hoorrecht."),
        ]))
    # ---------------------------------------------------------------- plan 4
    L.append(dict(
        name="vo-lingemaas", documents=["vo-lingemaas.pdf"], sector="vo",
        criteria=crit([F, F, F, T, T, T, F, T, T, T, F, T, F, F]),
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        expected={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
                  "ouders": "missing"},
        notes=[
            ("basisondersteuning", "Missing: 3.1 under the combined heading 'Ondersteuning in de school: basis en extra' only defers (herijking 2026-2027, addendum, actiepunt A1); the continuum table points to 3.1; the only content is in the begrippenlijst (trap)."),
            ("plaatsing", "Question heading 'Welke leerling kan naar het vso, lwoo of pro?': criteria for vso cluster 3/4, pro and lwoo in a table, plus duration/category. Procedure, commissie, advisering and termijnen only by reference to the separately published 'Reglement Toewijzing (bijlage 2)'."),
            ("terugstroom", "Under 'Doorstroom, overstap en terugkeer' (ch. 5): 5.2 policy (aims, conditions, overgangsarrangement), 5.3 numbered procedure (vso-school evaluates, 1 Feb/1 Mar, Loket trajectbegeleider, end TLV 31 July, evaluations at 3 and 9 months), figure 17 returns in 2024-2025. 5.1 PO-VO overstap and 5.4 mbo are near-misses."),
            ("financien", "Ch. 7 'Middelen en kwaliteit': meerjarenbegroting table per post (7.3), reserves, verantwoordingsgesprek (7.4). Verdeling not addressed: 7.2 says the verdeelmodel is being evaluated and refers to the 2022-2026 plan; the line 'Middelen naar schoolbesturen' gives no procedure or criteria."),
            ("dekkend-aanbod", "Ch. 6 'Het aanbod: van school tot vso': five-level continuum table, 'Waar ontbreekt nog iets?' gap registration with actions, thuiszitters with numbers, escalatietafel and doorzettingsmacht; OOGO/OZA in ch. 9."),
            ("resultaten", "Monitoring in 7.4 'Kwaliteitszorg en resultaten' (quarterly dashboard, verantwoordingsgesprek, jaarverslag, achieved figures 2024-2025). Doelen deferred ('stellen wij vast nadat de nulmeting in het voorjaar van 2027 is afgerond'); mission/slogan are not intended results."),
            ("ouders", "Missing: ch. 8 'Communicatie en contact' covers schools and gemeenten only and defers the communicatieplan for parents to 2027; legal list in ch. 1 and begrippenlijst entries (Onderwijsconsulenten, Ouder- en jeugdsteunpunt) are traps; header mentions ouders."),
        ]))
    # ---------------------------------------------------------------- plan 5
    L.append(dict(
        name="po-veluwe", documents=["po-veluwe.html"], sector="po",
        criteria=crit([F, T, F, F, F, T, T, T, F, T, T, T, F, T]),
        advisory={"terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        expected={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                  "ouders": "partial"},
        notes=[
            ("basisondersteuning", "'Wat is basisondersteuning?' lists concrete content, but states explicitly that no common minimum level for all schools and locations exists yet ('leggen de besturen in 2027 vast') -> niveau not addressed."),
            ("plaatsing", "Missing: the question heading 'Hoe komt mijn kind op het sbo of so?' only refers to the Protocol Toelaatbaarheid on the website (to be revised 2026-2027); deskundigen and duration appear only in the 'Begrippen' glossary (trap); tasks list in the intro is a passing mention."),
            ("terugstroom", "'Kan mijn kind weer terug naar de basisschool?': policy (aims, conditions, EUR 3.500 terugplaatsingsarrangement, ambulante begeleiding). Procedure delegated to each sbo/so school's own protocol -> not addressed. Target/figure 9 -> 15 in the results table."),
            ("financien", "'Wat gebeurt er met het geld?': verdeelmodel criteria, amounts and deciders only in a table; begroting 2026-2029 table; reserve and verantwoording in one sentence."),
            ("dekkend-aanbod", "Lacunes under 'Wat als er geen passende plek is?' (melding after 4 weeks, casusregisseur, doorzettingsmacht, half-yearly gap analysis with dated actions). Continuum not addressed: the ondersteuningskaart is deferred ('publiceren wij in de loop van 2026-2027'); school counts and budget lines are not a description of the continuum."),
            ("resultaten", "'Wat willen we bereiken en hoe weten we dat?': table of goals with 2025 values and 2030 targets, plus monitor three times a year, peiling, bestuur/OPR, jaarverslag, midterm evaluation."),
            ("ouders", "Steunpunt under the question heading 'Wat als we het niet eens zijn?' (OJSP Veluwe-Zuidoost, Onderwijsconsulenten, Geschillencommissie, klachtencommissie). Informatie not addressed: 'Hoe betrekken we ouders?' defers it ('werken wij in 2027 uit ... p.m.'); the website/schoolgids line exists only in the glossary; reference to website downloads is not an information channel description."),
        ]))
    return L


def main():
    docs = [
        ("po-dewaarden.docx", write_docx, plan_po_dewaarden(),
         "Ondersteuningsplan 2026-2030 SWV De Waarden | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen - resultaten - ouders",
         "SWV Passend Primair Onderwijs De Waarden (PO 26-09)"),
        ("vo-rivierenland.docx", write_docx, plan_vo_rivierenland(),
         "SWV VO Rivierenland-Oost - Ondersteuningsplan 2026-2030 'Koers en keuzes'",
         "Versie 1.0 - vastgesteld 9 april 2026"),
        ("po-kempennoord.pdf", write_pdf, plan_po_kempennoord(),
         "Ondersteuningsplan 2026-2030 - Elk kind een plek, elke school een partner",
         "SWV Passend Onderwijs Kempen-Noord - dekkend aanbod voor ieder kind"),
        ("vo-lingemaas.pdf", write_pdf, plan_vo_lingemaas(),
         "SWV VO Linge en Maas - Ondersteuningsplan 2026-2030 - ouders, leerlingen en scholen samen verder",
         "VO 25-13"),
        ("po-veluwe.html", write_html, plan_po_veluwe(),
         "Passend Verbonden - samenwerkingsverband primair onderwijs Veluwe-Zuidoost - Home | Ouders | Scholen | Contact",
         "Passend Verbonden, Postbus 120, Dieren - Ouders? Bel het steunpunt - Privacy - Toegankelijkheid"),
        ("np-sbo-regenboog.docx", write_docx, np_sbo_regenboog(),
         "SBO De Regenboog - ondersteuningsplan 2026-2027",
         "SBO De Regenboog - onderdeel van SKO Veluwe-Zuidoost"),
    ]
    for fname, writer, blocks, header, footer in docs:
        path = os.path.join(OUT, fname)
        writer(blocks, path, header=header, footer=footer, meta_title=blocks[0][1][0])
        print("%-26s %5d words" % (fname, word_count(blocks)))

    for lab in labels():
        write_label(os.path.join(OUT, lab["name"] + ".expected.yaml"), lab["documents"], lab["sector"], True,
                    lab["criteria"], lab["advisory"], lab["notes"], expected_status=lab["expected"])
    write_label(os.path.join(OUT, "np-sbo-regenboog.expected.yaml"), ["np-sbo-regenboog.docx"], "po", False,
                {}, {}, [("document", "School-level 'ondersteuningsplan' of one sbo school (zorgniveaus, "
                          "groepsbesprekingen, MDO, school formatie, annual jaarplanning zorg), adopted by the "
                          "school's directie after MR advice; it refers to the samenwerkingsverband (PO 27-14) "
                          "and its TLVs but is not the plan of a samenwerkingsverband: no OPR, no OOGO, no "
                          "verdeling of SWV means, no toelaatbaarheid decisions by the document's author.")])


if __name__ == "__main__":
    main()
