#!/usr/bin/env python3
"""Generate the holdout99 test set: 5 fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss
document (a school-level 'ondersteuningsplan'), with hand-written labels.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from an intermediate .docx with LibreOffice (soffice).
"""
import html
import re
import shutil
import subprocess
import unicodedata
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime(2026, 3, 16, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

INLINE = re.compile(r"(\*\*.+?\*\*|\[\^.+?\])")


# --------------------------------------------------------------------------
# DOCX rendering
# --------------------------------------------------------------------------
class DocxWriter:
    """Renders the small line-based markup used for the documents below."""

    def __init__(self, header=None, footer=None, font="Calibri"):
        self.doc = Document()
        self.footnotes = []  # list of texts; id = index + 1
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(10.5)
        cp = self.doc.core_properties
        cp.created = FIXED_DATE
        cp.modified = FIXED_DATE
        cp.last_printed = FIXED_DATE
        cp.author = "Staf samenwerkingsverband"
        cp.last_modified_by = "Staf samenwerkingsverband"
        cp.revision = 3
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.3)
        if header:
            sec.header.paragraphs[0].text = header
            sec.header.paragraphs[0].runs[0].font.size = Pt(8)
        if footer:
            sec.footer.paragraphs[0].text = footer
            sec.footer.paragraphs[0].runs[0].font.size = Pt(8)
        self._table_rows = []

    # inline text with **bold** and [^footnote]
    def _fill(self, par, text, bold=False, italic=False, size=None):
        for piece in INLINE.split(text):
            if not piece:
                continue
            if piece.startswith("**") and piece.endswith("**"):
                r = par.add_run(piece[2:-2])
                r.bold = True
                r.italic = italic
                if size:
                    r.font.size = Pt(size)
            elif piece.startswith("[^"):
                self.footnotes.append(piece[2:-1].strip())
                fid = len(self.footnotes)
                r = par.add_run()
                rpr = r._r.get_or_add_rPr()
                va = parse_xml('<w:vertAlign xmlns:w="%s" w:val="superscript"/>' % W_NS)
                rpr.append(va)
                r._r.append(parse_xml('<w:footnoteReference xmlns:w="%s" w:id="%d"/>' % (W_NS, fid)))
            else:
                r = par.add_run(piece)
                r.bold = bold or None
                r.italic = italic or None
                if size:
                    r.font.size = Pt(size)

    def _flush_table(self):
        if not self._table_rows:
            return
        rows = self._table_rows
        self._table_rows = []
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j in range(ncol):
                cell = t.cell(i, j)
                txt = row[j] if j < len(row) else ""
                p = cell.paragraphs[0]
                self._fill(p, txt, bold=(i == 0), size=9)
        self.doc.add_paragraph()

    def render(self, markup):
        for raw in markup.strip("\n").split("\n"):
            line = raw.rstrip()
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if all(set(c) <= set("-: ") for c in cells):
                    continue
                self._table_rows.append(cells)
                continue
            self._flush_table()
            if not line.strip():
                continue
            d = self.doc
            if line == "---":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif line.startswith("=T "):
                p = d.add_paragraph(style="Title")
                self._fill(p, line[3:])
            elif line.startswith("=S "):
                p = d.add_paragraph(style="Subtitle")
                self._fill(p, line[3:])
            elif line.startswith("TOC|"):
                _, title, page = [x.strip() for x in line.split("|")]
                p = d.add_paragraph()
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
                p.paragraph_format.space_after = Pt(0)
                if title.startswith("  "):
                    p.paragraph_format.left_indent = Cm(0.6)
                p.add_run(title.strip() + "\t" + page)
            elif line.startswith("##B "):
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(8)
                self._fill(p, line[4:], bold=True, size=11)
            elif line.startswith("##I "):
                p = d.add_paragraph()
                self._fill(p, line[4:], bold=True, italic=True)
            elif line.startswith("#B "):
                p = d.add_paragraph()
                p.paragraph_format.space_before = Pt(14)
                self._fill(p, line[3:], bold=True, size=14)
            elif line.startswith("### "):
                p = d.add_paragraph(style="Heading 3")
                self._fill(p, line[4:])
            elif line.startswith("## "):
                p = d.add_paragraph(style="Heading 2")
                self._fill(p, line[3:])
            elif line.startswith("# "):
                p = d.add_paragraph(style="Heading 1")
                self._fill(p, line[2:])
            elif line.startswith("#. "):
                p = d.add_paragraph(style="List Number")
                self._fill(p, line[3:])
            elif line.startswith("* "):
                p = d.add_paragraph(style="List Bullet")
                self._fill(p, line[2:])
            elif re.match(r"^(\d+|[a-z])[.)] ", line):
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.9)
                p.paragraph_format.first_line_indent = Cm(-0.6)
                self._fill(p, line)
            elif line.startswith("> "):
                p = d.add_paragraph()
                p.paragraph_format.left_indent = Cm(1)
                self._fill(p, line[2:], italic=True)
            else:
                p = d.add_paragraph()
                self._fill(p, line)
        self._flush_table()

    def _add_footnotes_part(self):
        if not self.footnotes:
            return
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, txt in enumerate(self.footnotes, start=1):
            body.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                % (i, html.escape(txt, quote=False))
            )
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:footnotes xmlns:w="%s">%s</w:footnotes>' % (W_NS, "".join(body)))
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        settings = self.doc.settings.element
        fpr = parse_xml('<w:footnotePr xmlns:w="%s"><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % W_NS)
        # footnotePr must come early in settings; insert after w:zoom/w:proofState-ish elements
        anchor = None
        for tag in ("w:defaultTabStop", "w:characterSpacingControl", "w:compat"):
            el = settings.find(qn(tag))
            if el is not None:
                anchor = el
                break
        if anchor is not None and anchor.tag == qn("w:compat"):
            anchor.addprevious(fpr)
        elif anchor is not None:
            anchor.addnext(fpr)
        else:
            settings.append(fpr)

    def save(self, path):
        self._add_footnotes_part()
        self.doc.save(str(path))
        normalize_zip(path)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so output is reproducible."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    # drop the thumbnail of the default template (not something a real plan has)
    items = [(n, b) for n, b in items if not n.endswith("thumbnail.jpeg")]
    tmp = path.with_name(path.name + ".holdout99.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship[^>]*thumbnail\.jpeg"/>', b"", data)
            if name == "[Content_Types].xml":
                data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def to_pdf(docx_path, pdf_path):
    work = Path(tempfile.mkdtemp(prefix="holdout99_soffice_"))
    try:
        src = work / docx_path.name
        shutil.copy(docx_path, src)
        profile = work / "lo_profile"
        cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(work / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# --------------------------------------------------------------------------
# HTML rendering (same markup)
# --------------------------------------------------------------------------
def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def html_inline(text, notes):
    out = []
    for piece in INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**"):
            out.append("<strong>%s</strong>" % html.escape(piece[2:-2]))
        elif piece.startswith("[^"):
            notes.append(piece[2:-1].strip())
            n = len(notes)
            out.append('<sup><a href="#fn%d" id="ref%d">%d</a></sup>' % (n, n, n))
        else:
            out.append(html.escape(piece))
    return "".join(out)


def render_html(markup, title, nav_html, footer_html):
    notes = []
    body = []
    lst = None
    table = []

    def close_list():
        nonlocal lst
        if lst:
            body.append("</%s>" % lst)
            lst = None

    def flush_table():
        if not table:
            return
        body.append('<table class="tabel">')
        for i, row in enumerate(table):
            tag = "th" if i == 0 else "td"
            body.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html_inline(c, notes), tag) for c in row) + "</tr>")
        body.append("</table>")
        table.clear()

    for raw in markup.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("|"):
            close_list()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                table.append(cells)
            continue
        flush_table()
        if not line.strip() or line == "---":
            close_list()
            continue
        if line.startswith("* ") or line.startswith("#. "):
            want = "ul" if line.startswith("* ") else "ol"
            if lst != want:
                close_list()
                body.append("<%s>" % want)
                lst = want
            body.append("<li>%s</li>" % html_inline(line.split(" ", 1)[1], notes))
            continue
        close_list()
        if line.startswith("## "):
            body.append('<h3 id="%s">%s</h3>' % (slugify(line[3:]), html_inline(line[3:], notes)))
        elif line.startswith("# "):
            body.append('<h2 id="%s">%s</h2>' % (slugify(line[2:]), html_inline(line[2:], notes)))
        elif line.startswith("#B ") or line.startswith("##B "):
            body.append('<p class="tussenkop"><strong>%s</strong></p>' % html_inline(line.split(" ", 1)[1], notes))
        elif line.startswith("> "):
            body.append("<blockquote>%s</blockquote>" % html_inline(line[2:], notes))
        else:
            body.append("<p>%s</p>" % html_inline(line, notes))
    close_list()
    flush_table()
    if notes:
        body.append('<div class="voetnoten"><hr/><ol>')
        for i, n in enumerate(notes, start=1):
            body.append('<li id="fn%d">%s <a href="#ref%d">&#8617;</a></li>' % (i, html.escape(n), i))
        body.append("</ol></div>")
    return (
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        "<title>%s</title>\n<style>body{font-family:Arial,sans-serif;max-width:860px;margin:auto}"
        "nav{font-size:90%%;background:#eef}table.tabel{border-collapse:collapse}"
        "table.tabel td,table.tabel th{border:1px solid #999;padding:3px 6px}</style>\n</head>\n<body>\n"
        "%s\n<main>\n%s\n</main>\n%s\n</body>\n</html>\n"
        % (html.escape(title), nav_html, "\n".join(body), footer_html)
    )


# ==========================================================================
# Document A: PO plan, Word (.docx)
# ==========================================================================
A_NAME = "po-kromme-linge-op-2026-2030"
A_HEADER = "Ondersteuningsplan 2026-2030 | Samenwerkingsverband Passend Onderwijs Kromme Linge PO 26-11"
A_FOOTER = "Versie 3.1 – ter instemming voorgelegd aan de OPR – maart 2026"
A_TEXT = r"""
=T Ondersteuningsplan 2026 – 2030
=S Samenwerkingsverband Passend Onderwijs Kromme Linge (PO 26-11)
Elk kind een passende plek, zo dicht mogelijk bij huis
Vastgesteld door het algemeen bestuur op 14 april 2026, na instemming van de ondersteuningsplanraad (OPR) op 7 april 2026 en na op overeenstemming gericht overleg met de gemeenten Lingedijk, Oudewaard en Heukelstein op 24 maart 2026.
---
**Inhoudsopgave**
TOC| Voorwoord | 3
TOC| 1 Inleiding en leeswijzer | 4
TOC| 2 Ons samenwerkingsverband | 5
TOC| 3 Basisondersteuning | 8
TOC| 4 Extra ondersteuning, arrangementen en dekkend aanbod | 11
TOC| 5 Toelaatbaarheid tot sbo en so | 14
TOC|   5.6 Afloop van de TLV en terugplaatsing | 17
TOC| 6 Samenwerking met gemeenten (OOGO) | 18
TOC| 7 Geld en middelen | 20
TOC| 8 Communicatie en informatie | 23
TOC| 9 Kwaliteit, resultaten en verantwoording | 25
TOC| 10 Organisatie, personeel en medezeggenschap | 26
TOC| 11 Planning 2026-2030 | 28
TOC| Bijlage 1 Begrippenlijst | 29
TOC| Bijlage 2 Overzicht scholen | 31
---
#B Voorwoord
Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Passend Onderwijs Kromme Linge. Het is het derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014 en het eerste plan dat wij schrijven na de herindeling van de gemeenten in ons werkgebied. In de afgelopen maanden hebben we veel gesprekken gevoerd: met directeuren en intern begeleiders, met de besturen, met de ondersteuningsplanraad, met de leerplichtambtenaren, met de jeugdteams en met ouders die ervaring hebben met ons verband. Wat ons in die gesprekken vooral is bijgebleven, is de wens om het eenvoudiger te maken. Minder formulieren, kortere lijnen, en vooral: sneller de juiste hulp voor het kind.
Dit plan is daarom korter dan het vorige. We beschrijven wat we met elkaar afspreken en welke route scholen en ouders volgen als een kind meer nodig heeft dan de school kan bieden. De uitwerking van de jaarlijkse activiteiten staat in het jaarplan. Waar wij in dit plan naar andere documenten verwijzen, zijn die te vinden op onze website.
Wij danken iedereen die heeft meegedacht, en in het bijzonder de leden van de OPR, die het concept twee keer kritisch hebben gelezen. Hun opmerkingen hebben het plan beter gemaakt.
Namens het bestuur,
Marieke van Doorn-Hagelaar, directeur-bestuurder
# 1 Inleiding en leeswijzer
Het samenwerkingsverband is wettelijk verplicht om ten minste eens in de vier jaar een ondersteuningsplan vast te stellen.[^Artikel 18a, zevende en achtste lid, Wet op het primair onderwijs.] Het plan beschrijft hoe wij een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen realiseren, zodat leerlingen een zo ononderbroken mogelijk ontwikkelingsproces kunnen doorlopen. Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030.
Het plan is als volgt opgebouwd. In hoofdstuk 2 schetsen we het verband: de besturen, de scholen en de regio. Hoofdstuk 3 beschrijft de basisondersteuning die op alle scholen aanwezig is. In hoofdstuk 4 gaat het over extra ondersteuning en de arrangementen die het verband inzet. Hoofdstuk 5 beschrijft de route naar het speciaal basisonderwijs en het speciaal onderwijs. Daarna volgen de samenwerking met de gemeenten, de financiën, de communicatie met ouders en scholen, kwaliteit en organisatie. We sluiten af met de planning.
Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, bedoelen we iedere vestiging van een school die bij het verband is aangesloten.
# 2 Ons samenwerkingsverband
## 2.1 Regio en besturen
Samenwerkingsverband Kromme Linge omvat de gemeenten Lingedijk, Oudewaard en Heukelstein. In het verband werken negen schoolbesturen samen. Zij zijn verantwoordelijk voor 48 basisscholen (53 vestigingen), twee scholen voor speciaal basisonderwijs (De Lingeboog in Oudewaard en De Sterrenwacht in Heukelstein) en één school voor speciaal onderwijs cluster 3 en 4 met twee locaties (Het Palet). Op 1 oktober 2025 telde het verband 10.940 leerlingen in het basisonderwijs, 412 leerlingen in het sbo en 187 leerlingen in het so die in onze regio wonen.
Het leerlingaantal in de regio daalt licht. De prognose van de gemeenten gaat uit van een daling van ongeveer 4 procent tot 2030, met grote verschillen tussen de kernen. In Lingedijk groeit het aantal leerlingen door nieuwbouw, in de dorpen van Oudewaard loopt het aantal leerlingen terug. Dat heeft gevolgen voor de spreiding van voorzieningen, voor de huisvesting en voor het leerlingenvervoer.
## 2.2 Visie en missie
Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het kind nodig heeft, zo dicht mogelijk bij huis, samen met kinderen uit de buurt. Gewone scholen zijn de basis. Waar een kind meer nodig heeft, brengen we die ondersteuning zo veel mogelijk naar het kind toe in plaats van het kind naar de ondersteuning. Het speciaal (basis)onderwijs is een volwaardig onderdeel van ons aanbod en werkt nauw samen met de basisscholen.
Onze missie vatten we samen in drie woorden: dichtbij, samen en eenvoudig. Dichtbij betekent dat de expertise zo veel mogelijk in en rond de school beschikbaar is. Samen betekent dat scholen, besturen, ouders en jeugdhulp gezamenlijk verantwoordelijk zijn. Eenvoudig betekent dat wij de administratieve last beperken en snel beslissen.
## 2.3 Wat is er veranderd ten opzichte van het vorige plan?
Ten opzichte van het plan 2022-2026 is er een aantal belangrijke wijzigingen. We hebben één centraal loket ingericht voor alle vragen van scholen. De Commissie van Toelaatbaarheid is omgevormd tot een kleinere commissie met vaste deskundigen. Het verdeelmodel is aangepast: een groter deel van de middelen gaat rechtstreeks naar de besturen. En we hebben de afspraken over de basisondersteuning opnieuw vastgesteld, mede omdat de landelijke discussie over een norm voor de basisondersteuning daar aanleiding toe gaf.
# 3 Basisondersteuning
## 3.1 Wat verstaan we onder basisondersteuning?
Basisondersteuning is in ons verband het afgesproken minimumniveau van ondersteuning dat **iedere school en iedere vestiging** in het verband biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau op 12 november 2025 gezamenlijk vastgesteld. Het niveau geldt voor alle 53 vestigingen, ongeacht het bestuur of de grootte van de school. Een school mag meer bieden dan de basisondersteuning; minder mag niet.
Wij gebruiken voor de beschrijving de vier onderdelen uit het referentiekader: basiskwaliteit, preventieve en licht curatieve interventies, de ondersteuningsstructuur en planmatig werken. Elke school beschrijft daarnaast in haar schoolondersteuningsprofiel (vanaf 2026 in de schoolgids) wat zij boven de basisondersteuning biedt.
## 3.2 Wat kunnen ouders op iedere school verwachten?
Op iedere school in ons verband:
* werkt een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning coördineert en aanspreekpunt is voor ouders;
* worden alle leerlingen twee keer per jaar gevolgd met een leerlingvolgsysteem, en worden signalen binnen zes weken besproken in een groepsbespreking;
* wordt het protocol Leesproblemen en Dyslexie toegepast, inclusief extra leesbegeleiding in groep 2 tot en met 4 en vergoede diagnostiek via de gemeente wanneer aan de criteria wordt voldaan;
* is er een aanbod voor rekenproblemen op basis van het protocol ERWD;
* is er een aanbod voor leerlingen die meer aankunnen dan de gewone lesstof: compacten en verrijken in de groep, en een werkwijze om (hoog)begaafdheid te signaleren;
* wordt een methode voor sociaal-emotionele ontwikkeling gebruikt, heeft de school een anti-pestprotocol en een aandachtsfunctionaris;
* kunnen leerlingen met een medische hulpvraag (bijvoorbeeld diabetes of epilepsie) rekenen op een medisch protocol en afspraken over medisch handelen;
* is er een ondersteuningsteam (OT) waarin de intern begeleider, de ouders, de leerkracht en zo nodig de schoolcontactpersoon van het jeugdteam en een consulent van het verband samen naar de ondersteuningsvraag kijken;
* wordt voor een leerling die een eigen leerlijn volgt een ontwikkelingsperspectief (OPP) opgesteld en twee keer per jaar met ouders geëvalueerd;
* zijn er afspraken over de warme overdracht naar het voortgezet onderwijs.
Deze tien afspraken noemen wij samen de 'kwaliteitskaart basisondersteuning'. Het is wat een ouder op iedere school in Kromme Linge mag verwachten.
## 3.3 Hoe zien we erop toe?
Scholen leggen jaarlijks in de schoolgids vast hoe zij de kwaliteitskaart invullen. Het verband voert elke vier jaar per school een gesprek aan de hand van de kwaliteitskaart (de 'basisscan'), waarbij de consulent van het verband, de directeur en de intern begeleider aanwezig zijn. Blijkt een school op onderdelen onder het niveau te zitten, dan maakt het bestuur binnen drie maanden een verbeterplan. Het verband bespreekt de voortgang daarvan in het bestuurlijk overleg.
#B 4 Extra ondersteuning, arrangementen en dekkend aanbod
##B 4.1 Van basis naar extra
Soms heeft een kind meer nodig dan de basisondersteuning. Dan spreken we van extra ondersteuning. In ons verband is die opgebouwd in vier niveaus, die samen het ondersteuningscontinuüm vormen:
1. **Niveau 1 – ondersteuning in de school.** De school zet de basisondersteuning in en kan daarbij gebruikmaken van het schoolbudget dat de besturen van het verband ontvangen (zie hoofdstuk 7).
2. **Niveau 2 – arrangement op school.** Na een OT-bespreking kan de school een arrangement aanvragen bij het loket: bijvoorbeeld een periode van intensieve begeleiding door een ambulant begeleider, een onderwijsassistent voor een specifieke periode of inzet van een gedragsspecialist.
3. **Niveau 3 – bovenschoolse voorziening.** Het verband kent drie bovenschoolse voorzieningen: de observatiegroep De Brug (tijdelijk, maximaal zestien weken, voor leerlingen van groep 1 tot en met 4), de plusklas Denklab op drie locaties (één dagdeel per week voor meer- en hoogbegaafde leerlingen) en de taalklas voor nieuwkomers in Lingedijk.
4. **Niveau 4 – speciaal (basis)onderwijs.** Voor leerlingen voor wie de reguliere school ook met arrangementen geen passend aanbod kan doen, is plaatsing in het sbo of so mogelijk met een toelaatbaarheidsverklaring (hoofdstuk 5).
Daarnaast zijn er onderwijs-zorgarrangementen die het verband samen met de gemeenten bekostigt, zoals de combinatie van onderwijs en dagbehandeling op Het Palet.
##B 4.2 Het loket en de consulenten
Elke school heeft een vaste consulent van het verband. De consulent denkt mee in het OT, adviseert over arrangementen en kan een arrangement op niveau 2 direct toekennen tot een maximum van twintig weken. Aanvragen voor niveau 3 en 4 lopen via het loket. De consulenten zijn orthopedagogen en ervaren ambulant begeleiders.
##B 4.3 Dekkend aanbod
In 2027 laten wij een analyse uitvoeren naar de vraag of ons aanbod dekkend is. De uitkomsten en de acties die daaruit volgen, worden opgenomen in het jaarplan 2027-2028. Tot die tijd gaan wij uit van het bestaande aanbod zoals hierboven beschreven.
# 5 Toelaatbaarheid tot sbo en so
## 5.1 Wanneer een toelaatbaarheidsverklaring?
Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of op een school voor speciaal onderwijs cluster 3 of 4 als het samenwerkingsverband heeft besloten dat de leerling daartoe toelaatbaar is. Voor cluster 1 en 2 gelden landelijke procedures; deze vallen buiten dit plan.
## 5.2 De procedure
De aanvraag voor een toelaatbaarheidsverklaring verloopt in de volgende stappen:
#. Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een nieuwe leerling, de school waar de leerling is aangemeld) dient de aanvraag in bij het loket van het verband. De aanvraag bevat het groeidocument met OPP, de verslagen van ten minste twee OT-besprekingen en de zienswijze van de ouders.
#. Het loket controleert binnen vijf werkdagen of het dossier volledig is en vraagt zo nodig om aanvulling.
#. Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de hulpvraag, een tweede deskundige (een kinderpsychiater, maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet eerder bij de leerling of de aanvraag betrokken geweest.
#. De Commissie van Toelaatbaarheid (CvT) neemt namens het bestuur een besluit, uiterlijk zes weken na ontvangst van het volledige dossier.
#. De ouders en de school ontvangen het besluit schriftelijk, samen met een kopie van de deskundigenadviezen.
In spoedsituaties, bijvoorbeeld bij een acute crisis in de klas, kan de CvT binnen tien werkdagen een tijdelijke TLV van ten hoogste drie maanden afgeven.
## 5.3 Criteria
De CvT beoordeelt of een leerling toelaatbaar is aan de hand van de volgende criteria. Voor het **sbo** geldt dat:
a) de school de basisondersteuning en ten minste één arrangement op niveau 2 of 3 aantoonbaar heeft ingezet en geëvalueerd;
b) de ondersteuningsbehoefte van de leerling op twee of meer gebieden (leren, gedrag, sociaal-emotioneel, communicatie) zo groot is dat de leerling een kleinere groep en een aangepast programma nodig heeft;
c) uit het OPP blijkt dat de leerling in het regulier onderwijs niet tot ontwikkeling komt, ook niet met extra ondersteuning.
Voor het **so** geldt daarnaast dat de ondersteuningsbehoefte van blijvende aard is en voortkomt uit een verstandelijke, lichamelijke of langdurig medische beperking (cluster 3) of uit ernstige gedrags- of psychiatrische problematiek (cluster 4), waarbij een intensieve combinatie van onderwijs en zorg nodig is die het sbo niet kan bieden.
## 5.4 Duur en bekostigingscategorie
Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor ten hoogste twee schooljaren; bij de eerste afgifte geldt hij tot 31 juli van het tweede schooljaar. Voor het so stelt de CvT ook de bekostigingscategorie vast (laag, midden of hoog), op basis van de zorgzwaarte zoals beschreven in het deskundigenadvies.
## 5.5 Bezwaar
Ouders die het niet eens zijn met een besluit over de toelaatbaarheid, kunnen binnen zes weken bezwaar maken bij het bestuur van het verband. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert. Het bestuur beslist daarna op het bezwaar.
## 5.6 Afloop van de TLV en terugplaatsing
Iedere TLV heeft een einddatum. In het laatste jaar van de TLV doorloopt de school voor so (of sbo) de volgende stappen:
1. Uiterlijk in oktober van het laatste TLV-jaar bespreekt de commissie van begeleiding van de so-school het OPP en beoordeelt of de leerling kan worden teruggeplaatst naar het basisonderwijs of het sbo.
2. De so-school nodigt de ouders en de consulent van het verband uit voor een gesprek over de uitkomst.
3. Is terugplaatsing mogelijk, dan meldt de so-school de leerling vóór 1 maart aan bij een basisschool naar keuze van de ouders; de ontvangende school en de so-school maken een overdrachtsplan.
4. Is terugplaatsing (nog) niet mogelijk, dan vraagt de so-school vóór 1 april een nieuwe TLV aan volgens de procedure in paragraaf 5.2.
Het verband heeft nog geen eigen beleid voor terugplaatsing vastgesteld. Met de scholen voor sbo en so werken we in het schooljaar 2026-2027 uit welke uitgangspunten en voorwaarden wij hanteren.[^Zie de actielijst in hoofdstuk 11. Het beleid wordt na instemming van de OPR als bijlage aan dit plan toegevoegd.]
# 6 Samenwerking met gemeenten (OOGO)
Het samenwerkingsverband werkt nauw samen met de gemeenten Lingedijk, Oudewaard en Heukelstein. Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op 24 maart 2026. Onderwerpen in het OOGO waren onder meer de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en thuiszitters. De gemeenten en het verband hebben afgesproken dat iedere school een vaste schoolcontactpersoon van het jeugdteam heeft, die op verzoek aanschuift bij het OT.
Het verband en de gemeenten financieren samen de onderwijs-zorgarrangementen op Het Palet en de inzet van schoolmaatschappelijk werk op de sbo-scholen. De afspraken daarover zijn vastgelegd in een convenant dat loopt tot 31 juli 2028. Tweemaal per jaar is er een bestuurlijk overleg met de wethouders onderwijs en jeugd. Daarnaast is er ambtelijk overleg over leerplicht en verzuim, leerlingenvervoer en de overgang van de voorschoolse voorzieningen naar de basisschool.
Het leerlingenvervoer is een taak van de gemeente. Ouders van kinderen die naar het sbo of so gaan, vragen vervoer aan bij hun gemeente; de gemeente beoordeelt de aanvraag aan de hand van haar eigen verordening.
Met het samenwerkingsverband voortgezet onderwijs Lek en Linge (VO 26-07) voeren wij jaarlijks overleg over de overstap van groep 8 naar het voortgezet onderwijs. De afspraken over de warme overdracht zijn vastgelegd in de 'POVO-kalender'.
# 7 Geld en middelen
## 7.1 Inkomsten
Het samenwerkingsverband ontvangt van de rijksoverheid middelen voor lichte en zware ondersteuning. Een groot deel van de middelen voor zware ondersteuning wordt door DUO rechtstreeks ingehouden en overgedragen aan de scholen voor so (de afdracht). Daarnaast draagt het verband de bekostiging voor het sbo boven de 2-procentsgrens over aan de sbo-scholen, op basis van de teldatum 1 februari.
## 7.2 Hoe verdelen we de middelen?
Het verband hanteert een verdeelmodel met drie onderdelen. Het bestuur stelt de bedragen elk jaar in december vast bij de begroting.
* **Schoolbudget.** Ieder bestuur ontvangt een bedrag per leerling (in 2026: € 118 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar) plus een vaste voet van € 6.500 per vestiging. Het bestuur zet dit budget in voor de ondersteuning op niveau 1 en 2.
* **Arrangementen.** Arrangementen op niveau 2 en 3 worden toegekend door de consulent of het loket op basis van de aanvraag van de school. De school ontvangt per arrangement een vast bedrag (kort arrangement € 2.400, lang arrangement € 5.800).
* **Bovenschoolse voorzieningen en afdrachten.** Het verband bekostigt de observatiegroep, de plusklas, de taalklas en de afdrachten aan sbo en so rechtstreeks.
## 7.3 Meerjarenbegroting
De onderstaande tabel geeft de meerjarenbegroting weer (bedragen x € 1.000).
| Post | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte en zware ondersteuning | 9.860 | 9.760 | 9.650 | 9.540 |
| Afdrachten so (via DUO) | -2.710 | -2.690 | -2.670 | -2.650 |
| Overdracht sbo (2%-regeling) | -1.420 | -1.400 | -1.380 | -1.360 |
| Schoolbudgetten besturen | -1.640 | -1.620 | -1.600 | -1.580 |
| Arrangementen niveau 2 en 3 | -1.310 | -1.290 | -1.270 | -1.250 |
| Bovenschoolse voorzieningen | -980 | -980 | -980 | -980 |
| Onderwijs-zorgarrangementen (aandeel SWV) | -420 | -420 | -420 | -420 |
| Personeel en organisatie | -1.290 | -1.300 | -1.310 | -1.320 |
| Resultaat | 90 | 60 | 20 | -20 |
## 7.4 Reserves
Het eigen vermogen van het verband bedroeg op 31 december 2025 € 1,9 miljoen. Het bestuur hanteert een bovengrens van de signaleringswaarde voor het weerstandsvermogen. Het bedrag daarboven (circa € 0,4 miljoen) zetten wij in de jaren 2026 en 2027 in voor de uitbreiding van de observatiegroep.
#B 8. Communicatie en informatie
Een goed samenwerkingsverband is een verband dat scholen en ouders weten te vinden. In dit hoofdstuk beschrijven we hoe wij communiceren.
##B 8.1 Scholen
De scholen worden geïnformeerd via de maandelijkse nieuwsbrief voor directeuren en intern begeleiders, via de consulenten en via het IB-netwerk, dat vier keer per jaar bijeenkomt.
##B 8.2 Informatie voor ouders
Ouders vinden op de website www.krommelinge-po.nl een aparte ouderpagina. Daar staat in gewone taal wat de basisondersteuning inhoudt, welke arrangementen en voorzieningen er zijn en hoe de route naar het sbo of so verloopt. Daarnaast is er de ouderbrochure 'Passend onderwijs in Kromme Linge', die iedere school bij de aanmelding aan nieuwe ouders meegeeft en die ook in het Engels, Arabisch, Turks en Pools verkrijgbaar is. De schoolgids van iedere school verwijst naar de ouderpagina. Twee keer per jaar organiseert het verband een informatieavond voor ouders, in het voorjaar in Lingedijk en in het najaar in Heukelstein.
##B 8.3 Onafhankelijke hulp voor ouders
Ouders die vragen hebben of het niet eens zijn met de school of het verband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Linge. Het steunpunt is onafhankelijk van het verband en van de scholen; het wordt bemenst door twee ervaringsdeskundige ouderadviseurs en is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in de bibliotheek van Oudewaard. Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het verband geldt de klachtenregeling die op de website staat; het verband is aangesloten bij de Geschillencommissie passend onderwijs voor geschillen over toelating, verwijdering en het OPP.
##B 8.4 Ouders als partner
Ouders zijn altijd gesprekspartner in het OT en bij het opstellen van het OPP. In de ondersteuningsplanraad is de helft van de zetels voor ouders.
# 9 Kwaliteit, resultaten en verantwoording
Het verband werkt resultaatgericht. De resultaten van de scholen op de eindtoets en de leerresultaten in de groepen zijn de verantwoordelijkheid van de besturen en worden door de inspectie beoordeeld; daar gaat dit plan niet over.
Welke resultaten wij als verband met de ondersteuning willen bereiken en op welke manier wij die volgen, leggen wij vast in het jaarplan 2026-2027, dat na de zomer van 2026 ter instemming aan de OPR wordt voorgelegd.[^Het jaarplan volgt; het wordt op de website gepubliceerd.]
# 10 Organisatie, personeel en medezeggenschap
## 10.1 Bestuur en toezicht
Het samenwerkingsverband is een stichting. De stichting kent een directeur-bestuurder en een raad van toezicht van vijf leden, van wie drie afkomstig uit de kring van de aangesloten schoolbesturen en twee onafhankelijke leden. De besturen vormen samen de Algemene Vergadering, die onder meer de benoeming van de toezichthouders en de vaststelling van het ondersteuningsplan voorbereidt. De verdeling van taken en bevoegdheden is vastgelegd in de statuten en het bestuursreglement. De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen.
## 10.2 Personeel
Het verband heeft een klein bureau: de directeur-bestuurder, een beleidsmedewerker, een controller (0,4 fte), twee medewerkers van het loket en een secretaresse. De zeven consulenten zijn in dienst van het verband; de ambulant begeleiders zijn in dienst van Het Palet en worden door het verband ingehuurd. In totaal werken er 14,2 fte voor het verband. Het verband volgt de cao primair onderwijs.
De deskundigheid van de consulenten houden we op peil met een jaarlijks scholingsplan. Alle consulenten zijn geregistreerd als orthopedagoog-generalist of als GZ-psycholoog, of volgen een opleiding daartoe. We investeren daarnaast in de professionalisering van intern begeleiders via het IB-netwerk en een jaarlijkse studiedag.
## 10.3 Medezeggenschap
De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR bestaat uit acht leden die worden afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert zes keer per jaar en heeft een eigen reglement. Het verband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau.
## 10.4 Privacy en ICT
Het verband verwerkt persoonsgegevens van leerlingen alleen voor zover dat nodig is voor het toekennen van arrangementen en het besluiten over toelaatbaarheid. Dossiers worden digitaal uitgewisseld via een beveiligde omgeving. De bewaartermijn is drie jaar na het besluit. Het verband heeft een functionaris gegevensbescherming en een privacyreglement.
# 11 Planning 2026-2030
| Schooljaar | Belangrijkste acties |
| 2026-2027 | Invoering kwaliteitskaart basisondersteuning; uitwerking beleid terugplaatsing met sbo en so; jaarplan met resultaten |
| 2027-2028 | Analyse dekkend aanbod; uitbreiding observatiegroep; eerste ronde basisscans |
| 2028-2029 | Herziening verdeelmodel; evaluatie loket |
| 2029-2030 | Voorbereiding nieuw ondersteuningsplan 2030-2034 |
---
#B Bijlage 1 Begrippenlijst
**Arrangement** – een afspraak over extra ondersteuning voor een leerling of groep, met een omschreven doel, duur en inzet.
**Basisondersteuning** – het afgesproken niveau van ondersteuning dat iedere school biedt.
**CvT** – Commissie van Toelaatbaarheid.
**Dekkend aanbod** – een aanbod van voorzieningen waarin voor ieder kind een passende plek is.
**LBT** – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
**OJSP** – ouder- en jeugdsteunpunt.
**OOGO** – op overeenstemming gericht overleg.
**OPP** – ontwikkelingsperspectiefplan.
**OPR** – ondersteuningsplanraad.
**Resultaten** – de beoogde en bereikte resultaten van het verband.
**Terugplaatsing** – de overstap van een leerling van het sbo of so naar het regulier basisonderwijs.
**Thuiszitter** – een leerplichtige leerling die zonder geldige reden niet naar school gaat.
**TLV** – toelaatbaarheidsverklaring.
#B Bijlage 2 Overzicht scholen
| Bestuur | Aantal scholen | Aantal vestigingen |
| Stichting Openbaar Onderwijs Linge | 14 | 16 |
| Stichting Katholiek Onderwijs Oudewaard | 11 | 12 |
| Vereniging Christelijk Onderwijs Heukelstein | 9 | 10 |
| Stichting Samen Leren | 6 | 6 |
| Overige besturen (5) | 8 | 9 |
| Speciaal basisonderwijs (2 besturen) | 2 | 2 |
| Speciaal onderwijs (Het Palet) | 1 | 2 |
"""


# ==========================================================================
# Document B: VO plan, Word (.docx)
# ==========================================================================
B_NAME = "vo-zuiderkempen-op-2026-2030"
B_HEADER = "SWV VO Zuiderkempen (VO 30-04) – Ondersteuningsplan 2026-2030 – CONCEPT t.b.v. OPR"
B_FOOTER = "Samenwerkingsverband voortgezet onderwijs Zuiderkempen | Postbus 1180 | Kempenhoven"
B_TEXT = r"""
=T Ondersteuningsplan 2026-2030
=S Samenwerkingsverband Voortgezet Onderwijs Zuiderkempen, VO 30-04
Samen sterk voor iedere leerling
Concept 2, 9 februari 2026 – voorgelegd aan de ondersteuningsplanraad en aan de gemeenten Kempenhoven, Valkenbeek en Dommelrode
---
INHOUD
TOC| Hoofdstuk 1 Voorwoord en samenvatting | 3
TOC| Hoofdstuk 2 De regio in cijfers | 5
TOC| Hoofdstuk 3 Visie, missie en koers | 7
TOC| Hoofdstuk 4 Ondersteuning op de scholen | 9
TOC|   4.1 Basisondersteuning | 9
TOC|   4.2 Extra ondersteuning en arrangementen | 10
TOC|   4.3 OPDC De Overstap | 11
TOC|   4.4 Toelaatbaarheid vso, lwoo en pro | 12
TOC|   4.5 Terug- en overplaatsing | 14
TOC| Hoofdstuk 5 Een dekkend aanbod: niemand thuis | 15
TOC| Hoofdstuk 6 Ouders en leerlingen | 17
TOC| Hoofdstuk 7 Ambities en resultaten | 18
TOC| Hoofdstuk 8 Geld en middelen | 20
TOC| Hoofdstuk 9 Organisatie en bestuur | 23
TOC| Hoofdstuk 10 Samenwerking met gemeenten en mbo | 25
TOC| Bijlagen | 27
---
#B Hoofdstuk 1 Voorwoord en samenvatting
Dit is het ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs Zuiderkempen voor de periode 1 augustus 2026 tot en met 31 juli 2030. In ons verband werken zes schoolbesturen samen, met veertien scholen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. Samen zorgen wij ervoor dat de ruim 9.600 leerlingen in onze regio onderwijs krijgen dat bij hen past.
De afgelopen vier jaar hebben wij veel bereikt. Het Ondersteuningsloket is uitgegroeid tot een herkenbaar aanspreekpunt voor scholen, het OPDC De Overstap heeft een nieuw gebouw gekregen en de samenwerking met de gemeenten over jongeren die dreigen uit te vallen is verstevigd. Tegelijk zien we dat de vraag naar ondersteuning toeneemt, vooral op het gebied van psychische problemen en schoolverzuim. Het aantal leerlingen in het vso is de afgelopen jaren licht gestegen.
Dit plan kiest daarom voor drie speerpunten: (1) de basis op orde op iedere school, (2) geen leerling thuis, en (3) een eenvoudiger en snellere toewijzing van ondersteuning. In de samenvatting hieronder leest u per hoofdstuk de belangrijkste afspraken.
##B Samenvatting in het kort
In hoofdstuk 4 beschrijven we de ondersteuning op de scholen: de basisondersteuning, de extra ondersteuning en de route naar het vso en het praktijkonderwijs. Hoofdstuk 5 gaat over ons dekkend aanbod en de aanpak van thuiszitten. Hoofdstuk 6 gaat over de informatie aan ouders en leerlingen. In hoofdstuk 7 staan onze ambities. Hoofdstuk 8 beschrijft hoe wij het geld verdelen en besteden. Tot slot beschrijven we de organisatie en de samenwerking met de gemeenten.
# Hoofdstuk 2 De regio in cijfers
Het werkgebied van het samenwerkingsverband bestaat uit de gemeenten Kempenhoven, Valkenbeek en Dommelrode. Het is een regio met één middelgrote stad en een groot landelijk gebied. Veel leerlingen reizen dagelijks meer dan tien kilometer naar school.
| Kengetal (teldatum 1 oktober 2025) | Aantal |
| Leerlingen regulier vo (incl. lwoo) | 8.744 |
| waarvan met lwoo-aanwijzing | 912 |
| Leerlingen praktijkonderwijs | 418 |
| Leerlingen vso (woonachtig in de regio) | 447 |
| Leerlingen op het OPDC | 38 |
De leerlingaantallen in het vo zullen volgens de prognose tot 2030 met circa 5 procent dalen. De daling is het sterkst in Dommelrode. Besturen hebben met elkaar afgesproken het onderwijsaanbod in de kleinere kernen zo lang mogelijk in stand te houden.
Onze leerlingen komen van ruim zeventig basisscholen in drie samenwerkingsverbanden primair onderwijs. Jaarlijks stromen ongeveer 2.300 leerlingen in vanuit groep 8.
De regio heeft een sterke traditie van samenwerking tussen de scholen. Al vóór de invoering van passend onderwijs werkten de scholen samen in een regionaal zorgplatform. Het huidige verband bouwt daarop voort, maar met een duidelijker rolverdeling: de besturen zijn verantwoordelijk voor de ondersteuning op hun scholen, het verband voor de bovenschoolse voorzieningen, de toewijzing en de samenhang.
# Hoofdstuk 3 Visie, missie en koers
Iedere jongere in de Zuiderkempen verdient een plek op school waar hij of zij zich kan ontwikkelen tot een zelfstandige volwassene. Wij willen dat jongeren zo veel mogelijk samen met leeftijdgenoten naar school gaan, dichtbij huis, en dat zij krijgen wat zij nodig hebben om een diploma of een passende plek op de arbeidsmarkt te halen.
Onze missie is het realiseren van een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat iedere leerling een ononderbroken ontwikkelingsproces kan doorlopen. Dat doen we door de expertise zo dicht mogelijk bij de leerling te organiseren, door scholen te stimuleren van elkaar te leren en door met de gemeenten één lijn te trekken.
Onze kernwaarden zijn vertrouwen, eigenaarschap en nabijheid. Vertrouwen in de professionaliteit van de scholen; eigenaarschap van besturen voor de ondersteuning van hun leerlingen; en nabijheid: de ondersteuning komt naar de leerling toe.
#B Hoofdstuk 4 Ondersteuning op de scholen
## 4.1 Basisondersteuning
De besturen hebben afgesproken dat iedere vestiging van iedere school in het verband ten minste hetzelfde niveau van basisondersteuning biedt. Dit is het gezamenlijk vastgestelde minimum: wat een leerling op iedere school in de Zuiderkempen mag verwachten, ongeacht de schoolsoort of het bestuur. De basisondersteuning is door het algemeen bestuur op 3 december 2025 bekrachtigd.
De concrete invulling van de basisondersteuning, uitgewerkt in standaarden per domein, is opgenomen in het Referentiedocument Basisondersteuning VO Zuiderkempen (bijlage 2).[^Het referentiedocument wordt als afzonderlijk document gepubliceerd op de website van het verband.]
Iedere school laat eens per twee jaar een collegiale visitatie uitvoeren aan de hand van het referentiedocument. Een visitatieteam van twee ondersteuningscoördinatoren van andere scholen en een medewerker van het verband bezoekt de school. Wanneer de school niet aan de standaarden voldoet, maakt de school een verbeterplan en rapporteert het bestuur binnen een jaar over de voortgang aan het algemeen bestuur.
## 4.2 Extra ondersteuning en arrangementen
Wat een school niet binnen de basisondersteuning kan bieden, noemen wij extra ondersteuning. Extra ondersteuning kan op drie manieren worden ingezet:
* **Binnen de school**: de school zet met het ondersteuningsbudget (zie hoofdstuk 8) eigen voorzieningen in, zoals een trajectvoorziening, een rebound-lokaal of een Topklas.
* **Arrangement van het verband**: na advies van het Ondersteuningsloket kan het verband een individueel arrangement toekennen, bijvoorbeeld ambulante begeleiding vanuit het vso, een tijdelijk aangepast rooster met begeleiding of een onderwijs-zorgarrangement samen met de jeugdhulp.
* **Bovenschools**: plaatsing op het OPDC De Overstap of in het vso.
De scholen beschrijven in hun schoolgids welke extra ondersteuning zij zelf aanbieden. Het overzicht van alle voorzieningen in de regio staat in de 'Ondersteuningskaart Zuiderkempen', die jaarlijks wordt geactualiseerd.
## 4.3 OPDC De Overstap
Het orthopedagogisch-didactisch centrum De Overstap biedt tijdelijke opvang en begeleiding aan leerlingen die op hun eigen school vastlopen. De plaatsing duurt in principe maximaal twaalf maanden. De leerling blijft ingeschreven op de eigen school. Het doel is altijd terugkeer naar de eigen school of plaatsing op een andere passende school. De Overstap heeft plaats voor 45 leerlingen en wordt bekostigd door het verband.
## 4.4 Toelaatbaarheid vso, lwoo en pro
##I De procedure
Voor plaatsing in het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag verloopt als volgt:
1. De school waar de leerling is ingeschreven of aangemeld, bespreekt de leerling in het ondersteuningsteam en stelt samen met ouders en leerling het groeidocument op.
2. De ondersteuningscoördinator van de school dient de aanvraag digitaal in bij het Ondersteuningsloket, met het groeidocument, het OPP, de evaluatie van de ingezette ondersteuning en de zienswijze van ouders en leerling.
3. Het loket bevestigt de ontvangst binnen drie werkdagen.
4. Een orthopedagoog of psycholoog van het verband en een tweede deskundige (afhankelijk van de hulpvraag een jeugdarts, kinderpsychiater of maatschappelijk werker) brengen ieder een eigen schriftelijk advies uit. Zij zijn niet betrokken geweest bij de begeleiding van de leerling.
5. De Commissie Toewijzing beslist binnen vier weken na ontvangst van een volledige aanvraag, namens de directeur-bestuurder.
6. De TLV wordt afgegeven voor de duur van één, twee of drie schooljaren, tot uiterlijk 31 juli van het laatste schooljaar. Bij de TLV wordt de bekostigingscategorie (laag, midden of hoog) vermeld.
De aanvraag voor een aanwijzing leerwegondersteunend onderwijs of een toelaatbaarheidsverklaring voor het praktijkonderwijs loopt via dezelfde commissie. De basisschool of de vo-school levert daarvoor uiterlijk 1 maart de gegevens van het onderwijskundig rapport en de toetsgegevens aan. De Commissie Toewijzing beslist vóór 15 april, zodat de leerling op tijd kan worden ingeschreven.
##I Criteria
De criteria die de Commissie Toewijzing hanteert voor het vso worden in het schooljaar 2026-2027 herzien in overleg met de vso-scholen. Zij worden na instemming van de OPR gepubliceerd op de website van het verband.[^Tot die tijd blijven de afwegingskaders uit de vorige planperiode in gebruik.]
## 4.5 Terug- en overplaatsing
[p.m. – tekst volgt na overleg met de vso-scholen in het voorjaar 2026]
#B Hoofdstuk 5 Een dekkend aanbod: niemand thuis
##B 5.1 Ons aanbod in samenhang
Het ondersteuningsaanbod in de Zuiderkempen is opgebouwd als een continuüm. Op iedere school is de basisondersteuning aanwezig. Daarboven biedt iedere school extra ondersteuning: zes scholen hebben een trajectvoorziening, vier scholen een rebound-lokaal en twee scholen een kleinschalige Topklas voor leerlingen met een autismespectrumstoornis. Bovenschools zijn er het OPDC De Overstap, de schakelklas voor nieuwkomers op het Valkenbeek College en de ISK in Kempenhoven. Het vso in de regio (De Kempenbrug voor cluster 4 en Het Hoogveld voor cluster 3) biedt de meest intensieve vorm van onderwijs en ondersteuning. Voor leerlingen die behalve onderwijs ook intensieve jeugdhulp nodig hebben, zijn er onderwijs-zorgarrangementen op De Kempenbrug.
##B 5.2 Waar sluit het aanbod niet aan?
In 2025 heeft het verband met alle besturen en de gemeenten een analyse gemaakt van de plekken waar ons aanbod tekortschiet. Daaruit kwamen drie witte vlekken naar voren: (1) er is geen passend aanbod voor havo- en vwo-leerlingen met ernstige angstklachten, die nu vaak thuis komen te zitten; (2) de wachtlijst voor het vso cluster 4 liep op tot gemiddeld negen weken; (3) voor leerlingen die tussentijds verhuizen naar de regio is de plaatsing soms traag. Voor ieder van deze witte vlekken hebben wij een actie afgesproken:
* Vanaf 1 augustus 2027 start een kleinschalige havo/vwo-voorziening 'De Luwte' met 16 plaatsen op het Kempenhoven Lyceum, waar leerlingen met angstklachten met begeleiding stap voor stap terugkeren in de les.
* Met De Kempenbrug is afgesproken dat de wachttijd na afgifte van een TLV vanaf 2026-2027 niet langer is dan vier weken; leerlingen op de wachtlijst krijgen in de tussentijd een overbruggingsarrangement.
* Voor tussentijdse instromers is er een plaatsingstafel, die binnen tien werkdagen een school aanwijst wanneer een leerling zonder plek dreigt te blijven.
##B 5.3 Thuiszitters
Iedere leerling die langer dan vier weken niet naar school gaat, wordt door de school gemeld bij het verband en bij leerplicht. Eén keer per maand komt de thuiszitterstafel bijeen: een medewerker van het verband, de leerplichtambtenaren van de drie gemeenten en een medewerker van het jeugdteam. Voor iedere thuiszitter wordt binnen twee weken een plan gemaakt. Als partijen er niet uitkomen, beslist de directeur-bestuurder (doorzettingsmacht). De besturen hebben afgesproken dat zij hun zorgplicht gezamenlijk invullen: geen leerling wordt uitgeschreven zonder dat een andere school hem heeft ingeschreven.
#B Hoofdstuk 6 Ouders en leerlingen
Ouders en leerlingen zijn belangrijke partners. Het verband informeert ouders op verschillende manieren over de ondersteuning in de regio:
* de website www.swvzuiderkempen.nl heeft een pagina 'Voor ouders en leerlingen' met uitleg over de basisondersteuning, de extra ondersteuning, het OPDC en de route naar vso, lwoo en praktijkonderwijs;
* iedere school verwijst in de schoolgids naar die pagina en beschrijft wat de school zelf aan ondersteuning biedt;
* in oktober organiseert het verband samen met de basisscholen een informatieavond 'Passend naar het vo' voor ouders van leerlingen in groep 7 en 8;
* de folder 'Extra ondersteuning in het vo' wordt bij ieder ondersteuningsteamgesprek aan ouders meegegeven.
Het verband is begonnen met de voorbereiding van een ouder- en jeugdsteunpunt. Hoe dit steunpunt wordt ingericht en waar ouders en jongeren straks terechtkunnen, bepalen wij in 2027, zodra de wettelijke regels daarover bekend zijn.
In de OPR hebben zes ouders en leerlingen zitting. Leerlingen worden vanaf 12 jaar betrokken bij het opstellen van hun OPP en hebben het recht hun mening te geven.
# Hoofdstuk 7 Ambities en resultaten
Voor deze planperiode hebben wij de volgende ambities geformuleerd. Zij sluiten aan bij de drie speerpunten.
| Ambitie | Streefwaarde in 2030 |
| Iedere school voldoet aan de standaarden basisondersteuning | 100% van de vestigingen na de tweede visitatieronde |
| Minder leerlingen langdurig thuis | ten hoogste 10 leerlingen die langer dan drie maanden thuiszitten (2025: 27) |
| Snellere toewijzing | doorlooptijd TLV-aanvraag gemiddeld maximaal 4 weken |
| Meer leerlingen na OPDC terug naar regulier | 80% van de OPDC-leerlingen binnen 12 maanden terug in het regulier vo |
| Tevreden ouders | rapportcijfer ten minste 7,5 voor de begeleiding door het loket |
Deze ambities vormen de basis van onze jaarplannen. Hoe wij de voortgang meten, met welke bronnen en wanneer wij daarover rapporteren, wordt uitgewerkt in een monitoringsplan dat in het schooljaar 2026-2027 verschijnt.
#B Hoofdstuk 8 Geld en middelen
##B 8.1 Uitgangspunten
Het geld van het samenwerkingsverband is bedoeld voor de ondersteuning van leerlingen. Wij houden de kosten van de organisatie zo laag mogelijk en streven ernaar dat ten minste 90 procent van de middelen bij de scholen en de leerlingen terechtkomt.
##B 8.2 Verdeling
Het verband verdeelt de middelen als volgt:
1. **Lichte ondersteuning.** De middelen voor lichte ondersteuning worden volledig doorgegeven aan de besturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar (2026: € 96 per leerling).
2. **Ondersteuningsbudget zware ondersteuning.** Ieder bestuur ontvangt daarnaast een ondersteuningsbudget van € 210 per leerling; het bestuur zet dit in voor de extra ondersteuning op de eigen scholen.
3. **Lwoo en pro.** De middelen voor lwoo worden doorgegeven aan de scholen met lwoo-leerlingen op basis van het aantal aanwijzingen; de bekostiging van het praktijkonderwijs loopt via DUO.
4. **Arrangementen en OPDC.** Individuele arrangementen en het OPDC worden rechtstreeks door het verband bekostigd.
5. **Vso.** De bekostiging van het vso wordt door DUO op de middelen van het verband ingehouden (afdracht), op basis van het aantal TLV's en de bekostigingscategorie.
##B 8.3 Begroting 2026-2029
| (x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbekostiging (incl. lwoo) | 14.980 | 14.760 | 14.530 | 14.310 |
| Afdracht vso via DUO | -5.230 | -5.290 | -5.340 | -5.380 |
| Lichte ondersteuning naar besturen | -840 | -830 | -815 | -805 |
| Ondersteuningsbudget besturen | -1.840 | -1.810 | -1.785 | -1.760 |
| Lwoo-middelen naar scholen | -4.120 | -4.050 | -3.980 | -3.910 |
| OPDC De Overstap | -1.010 | -1.020 | -1.030 | -1.040 |
| Arrangementen en De Luwte | -660 | -780 | -790 | -800 |
| Bureau en loket | -1.190 | -1.200 | -1.210 | -1.220 |
| Saldo | 90 | -220 | -420 | -605 |
De negatieve saldi vanaf 2027 worden gedekt uit de reserve, die daarmee tot 2030 wordt teruggebracht naar het niveau van de signaleringswaarde.
##B 8.4 Verantwoording
De besturen verantwoorden jaarlijks vóór 1 mei in een korte rapportage hoe zij het ondersteuningsbudget hebben ingezet. Het verband bespreekt deze rapportages in het directeurenoverleg.
#B Hoofdstuk 9 Organisatie en bestuur
Het samenwerkingsverband is een vereniging met zes leden: de schoolbesturen. De algemene ledenvergadering (ALV) is het hoogste orgaan. Het bestuur bestaat uit een onafhankelijk voorzitter en vier bestuurders van aangesloten besturen. De dagelijkse leiding ligt bij de directeur. Het intern toezicht is belegd bij de ALV. Bestuur en toezicht zijn in de statuten van de vereniging functioneel gescheiden.
Het bureau van het verband is gehuisvest in Kempenhoven. Er werken 11 medewerkers: de directeur, een beleidsadviseur, een financieel medewerker, vier medewerkers van het Ondersteuningsloket (orthopedagogen), een secretaresse en drie trajectbegeleiders. Het personeel van De Overstap is in dienst van Stichting Kempenonderwijs, die het OPDC namens het verband uitvoert.
Het verband investeert in de deskundigheid van de ondersteuningscoördinatoren en mentoren. Er is een lerend netwerk voor ondersteuningscoördinatoren dat zes keer per jaar bijeenkomt, en jaarlijks een regionale studiedag over een actueel thema, zoals schoolverzuim, executieve functies of de aanpak van angst.
Het verband werkt met een beveiligd digitaal dossiersysteem. Medewerkers hebben alleen toegang tot de gegevens die zij nodig hebben. Gegevens worden niet langer bewaard dan drie jaar na het laatste besluit.
De ondersteuningsplanraad (OPR) heeft twaalf leden: zes personeelsleden en zes ouders of leerlingen. De OPR heeft instemmingsrecht op dit plan en adviseert over de jaarlijkse begroting.
# Hoofdstuk 10 Samenwerking met gemeenten en mbo
Het verband voert op overeenstemming gericht overleg (OOGO) met de drie gemeenten over dit plan en over het jeugdbeleid van de gemeenten. Het OOGO over het concept van dit plan is gepland op 10 maart 2026. Gezamenlijke thema's zijn het terugdringen van verzuim en thuiszitten, de inzet van jeugdhulp op school, leerlingenvervoer en de aansluiting op het mbo en de arbeidsmarkt.
De samenwerking met het mbo richt zich op een soepele overgang voor jongeren met een ondersteuningsbehoefte. Met het Kempen College zijn afspraken gemaakt over een warme overdracht en over een doorlopend begeleidingstraject voor jongeren uit het praktijkonderwijs en het vso die naar entree- of niveau 2-opleidingen gaan.
Met de drie samenwerkingsverbanden primair onderwijs in de regio overleggen wij twee keer per jaar over de overstap van groep 8 naar het voortgezet onderwijs.
# Hoofdstuk 11 Totstandkoming en planning
##B 11.1 Hoe dit plan tot stand kwam
Het plan is voorbereid door een schrijfgroep met twee bestuurders, drie ondersteuningscoördinatoren, een vso-directeur en de beleidsadviseur van het verband. In het najaar van 2025 zijn drie werkconferenties gehouden: met de scholen, met de ketenpartners en met leerlingen van vier scholen. De leerlingen gaven ons een duidelijke boodschap mee: 'vraag ons wat we nodig hebben voordat jullie iets besluiten'. Die boodschap hebben we meegenomen in de afspraken over het OPP.
Het eerste concept is in december 2025 besproken in het algemeen bestuur en in de ondersteuningsplanraad. De OPR heeft schriftelijke vragen gesteld over de basisondersteuning, over de toewijzing en over de besteding van de reserve. De beantwoording daarvan is in dit tweede concept verwerkt. Het plan wordt na het OOGO en na instemming van de OPR vastgesteld door de ALV en vóór 1 mei 2026 toegezonden aan de inspectie.
##B 11.2 Planning
| Schooljaar | Activiteiten |
| 2026-2027 | Herziening criteria vso; monitoringsplan; eerste visitatieronde basisondersteuning; voorbereiding ouder- en jeugdsteunpunt |
| 2027-2028 | Start De Luwte; inrichting ouder- en jeugdsteunpunt; doorontwikkeling Ondersteuningskaart |
| 2028-2029 | Tweede visitatieronde basisondersteuning; herijking verdeling lichte ondersteuning |
| 2029-2030 | Voorbereiding ondersteuningsplan 2030-2034 |
##B 11.3 Personeel en werkdruk
Passend onderwijs vraagt veel van docenten en mentoren. In gesprekken met de personeelsgeleding van de OPR kwam naar voren dat vooral mentoren van de onderbouw de werkdruk als hoog ervaren. De besturen nemen dit mee in hun eigen personeelsbeleid. Het verband draagt bij door het lerend netwerk, door korte scholingen op de eigen school (bijvoorbeeld over het herkennen van angst en somberheid) en door de inzet van trajectbegeleiders die docenten in de klas ondersteunen. Waar scholen vacatures voor ondersteuningscoördinatoren moeilijk kunnen vervullen, helpt het verband met tijdelijke inzet vanuit het bureau.
---
#B Bijlagen
Bijlage 1 – Begrippenlijst
**Basisondersteuning**: het geheel van preventieve en licht curatieve interventies dat iedere school biedt.
**Lwoo**: leerwegondersteunend onderwijs.
**OPDC**: orthopedagogisch-didactisch centrum.
**Ouder- en jeugdsteunpunt**: onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs.
**Pro**: praktijkonderwijs.
**Terugplaatsing**: het teruggaan van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de TLV.
**TLV**: toelaatbaarheidsverklaring.
**Uitstroom**: het verlaten van de school, met of zonder diploma, naar vervolgonderwijs of werk.
Bijlage 2 – Referentiedocument Basisondersteuning VO Zuiderkempen (afzonderlijk document)
Bijlage 3 – Verslag OOGO (volgt)
"""


# ==========================================================================
# Document C: PO plan, rendered to PDF from Word
# ==========================================================================
C_NAME = "po-noorderzand-op-2026-2030"
C_HEADER = "Stichting Passend Primair Onderwijs Noorderzand – PO 20-09 – Ondersteuningsplan 2026-2030"
C_FOOTER = "Ondersteuningsplan Noorderzand 2026-2030 – definitieve versie"
C_TEXT = r"""
=T Ondersteuningsplan 2026-2030
=S Stichting Passend Primair Onderwijs Noorderzand (samenwerkingsverband PO 20-09)
Gemeenten Zandwijk, Helmerveen en Duinhorst
Definitieve versie, vastgesteld door het bestuur op 21 april 2026
---
Inhoudsopgave
TOC| 1. Inleiding | 3
TOC| 2. Terugblik op de planperiode 2022-2026 | 4
TOC| 3. Visie en uitgangspunten | 6
TOC| 4. Basisondersteuning | 7
TOC| 5. Dekkend aanbod | 9
TOC| 6. Toelaatbaarheid | 10
TOC| 7. Speciaal (basis)onderwijs in de regio | 12
TOC| 8. Ouders | 14
TOC| 9. Doelen en resultaten | 15
TOC| 10. Financiën | 17
TOC| 11. Organisatie en medezeggenschap | 19
TOC| 12. Totstandkoming van dit plan | 21
TOC| Bijlage: afkortingen | 22
---
#B Voorwoord
Vier jaar geleden schreven wij in ons vorige plan dat wij 'de basis op orde' wilden hebben. Dat is grotendeels gelukt. Iedere school in Noorderzand heeft nu een intern begeleider met voldoende tijd, een ondersteuningsteam en afspraken over de ondersteuning die iedere leerling mag verwachten. Daar zijn wij trots op. Tegelijk zijn er zorgen. Het lerarentekort raakt ook onze regio: sommige scholen werken met onbevoegde invallers, en juist kinderen die extra aandacht nodig hebben, merken dat als eerste. Het aantal kinderen met complexe gedragsvragen neemt toe, en de wachttijden bij de jeugdhulp zijn lang.
In dit plan kiezen wij voor continuïteit. Wij bouwen voort op wat werkt en stellen bij waar het nodig is. Het plan is in nauwe samenwerking met de scholen, de besturen en de ondersteuningsplanraad tot stand gekomen. Wij danken alle intern begeleiders, directeuren en ouders die in de werkgroepen hebben meegedacht.
Annemieke Stroeve, directeur
# 1. Inleiding
Stichting Passend Primair Onderwijs Noorderzand is het samenwerkingsverband voor het primair onderwijs in de gemeenten Zandwijk, Helmerveen en Duinhorst. Zeven schoolbesturen met samen 41 basisscholen, één school voor speciaal basisonderwijs (De Duinroos, met twee locaties) en één school voor speciaal onderwijs (De Kompasroos, cluster 3 en 4) werken in het verband samen. Op 1 oktober 2025 gingen er 8.120 leerlingen naar de basisscholen in ons gebied.
Dit ondersteuningsplan beschrijft hoe wij de komende vier schooljaren (2026-2027 tot en met 2029-2030) invulling geven aan passend onderwijs. Het plan is geschreven voor schoolbesturen, directeuren, intern begeleiders, ouders, gemeenten en de inspectie. Het plan is kort gehouden; uitgewerkte procedures en formulieren staan op de website van het verband.
In dit plan gebruiken we de term 'school' voor iedere schoolvestiging en 'ouders' voor ouders, verzorgers en voogden. Een lijst met afkortingen staat achterin.
# 2. Terugblik op de planperiode 2022-2026
In het vorige ondersteuningsplan stonden vier doelen centraal: het versterken van de basisondersteuning, het verkorten van de doorlooptijd van aanvragen, het beperken van het aantal thuiszitters en het verbeteren van de informatie aan ouders. Hieronder blikken we kort terug.
De basisondersteuning is op alle scholen in 2024 getoetst met een zelfevaluatie en een schoolbezoek. 36 van de 41 scholen voldeden aan alle standaarden; de vijf overige scholen hebben een verbeterplan uitgevoerd en voldeden in 2025 ook. De gemiddelde doorlooptijd van een aanvraag voor een toelaatbaarheidsverklaring daalde van 8,5 weken in 2022 naar 5,1 weken in 2025. Het aantal leerlingen dat langer dan vier weken thuiszat, schommelde tussen 9 en 14 en is daarmee niet gedaald; dit doel is niet gehaald. De tevredenheid van ouders over de informatie van het verband steeg van een 6,4 naar een 7,3.
Het deelnamepercentage speciaal basisonderwijs lag op 1 oktober 2025 op 2,3 procent, het deelnamepercentage speciaal onderwijs op 1,4 procent. Beide liggen iets onder het landelijk gemiddelde. In 2024-2025 keerden 11 leerlingen vanuit sbo of so terug naar een basisschool.
# 3. Visie en uitgangspunten
Noorderzand wil dat ieder kind in de regio zich optimaal kan ontwikkelen, op een school die past bij wat het kind nodig heeft en bij voorkeur in de eigen woonomgeving. Wij gaan uit van de mogelijkheden van kinderen, niet van hun beperkingen. Leraren staan er niet alleen voor: zij worden ondersteund door het team, de intern begeleider, het bestuur en het samenwerkingsverband.
Onze uitgangspunten zijn:
* **Thuisnabij waar het kan, speciaal waar het moet.**
* **Vertrouwen in de professional.** Wij leggen de verantwoordelijkheid en de middelen zo dicht mogelijk bij de school.
* **Eén kind, één plan.** Onderwijs en jeugdhulp werken vanuit één plan rond het kind.
* **Zo min mogelijk bureaucratie.** Wij vragen alleen gegevens op die echt nodig zijn.
Deze uitgangspunten gelden voor alle onderdelen van dit plan. Ze zijn besproken met de directeuren, de intern begeleiders en de ondersteuningsplanraad en vormen de toets voor nieuw beleid.
Bij ieder nieuw voorstel stellen wij onszelf drie vragen. Helpt dit het kind? Maakt dit het werk van de leraar eenvoudiger of juist ingewikkelder? En kunnen wij over vier jaar laten zien wat het heeft opgeleverd? Een voorstel dat op een van deze vragen geen goed antwoord heeft, nemen wij niet over. Zo willen wij voorkomen dat het verband vooral bezig is met zichzelf in plaats van met de scholen en de kinderen.
# 4. Basisondersteuning
Basisondersteuning is het niveau van ondersteuning dat alle scholen binnen Noorderzand bieden en dat door de besturen gezamenlijk is vastgesteld. Het is een minimum: iedere vestiging moet hieraan voldoen. De besturen hebben de standaarden in 2022 vastgesteld en in januari 2026 opnieuw bevestigd. De standaarden staan in de tabel hieronder.
| Domein | Wat iedere school in Noorderzand biedt |
| Ondersteuningsstructuur | Een intern begeleider met een vaste taak en tijd; een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt; een vaste contactpersoon van het wijkteam |
| Leren | Protocol leesproblemen en dyslexie; protocol ernstige rekenproblemen; pre-teaching en verlengde instructie in de groep |
| Gedrag en welbevinden | Een methode voor sociaal-emotioneel leren; een gedragsprotocol en een anti-pestprotocol; kortdurende begeleiding van gedrag door een gedragsspecialist van het bestuur |
| Meer- en hoogbegaafdheid | Signalering met een vast instrument in groep 1-2 en 5; compacten en verrijken; een verrijkingsaanbod buiten de groep |
| Taal en nieuwkomers | Extra taalaanbod voor leerlingen met een taalachterstand; NT2-materialen en begeleiding van nieuwkomers in de groep |
| Medisch en fysiek | Een protocol medisch handelen; toegankelijke gebouwen voor leerlingen in een rolstoel (op ten minste één locatie per kern) |
| Planmatig werken | Handelingsgericht werken met groepsplannen; een OPP voor leerlingen met een eigen leerlijn, twee keer per jaar geëvalueerd |
De scholen werken de standaarden verder uit in hun schoolondersteuningsprofiel en in de schoolgids. Eens in de vier jaar toetst het verband met een zelfevaluatie en een schoolbezoek of iedere school aan de standaarden voldoet. Voldoet een school niet, dan spreken bestuur en verband een verbetertraject af met een termijn van ten hoogste één jaar.
# 5. Dekkend aanbod
Het samenwerkingsverband heeft de wettelijke taak te zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen. In de afgelopen planperiode zijn wij begonnen met het in kaart brengen van het aanbod in de regio. De uitkomsten en de keuzes die wij daarin maken, beschrijven we in het Koersdocument Dekkend Aanbod dat in het najaar van 2026 aan het bestuur wordt voorgelegd.[^Het Koersdocument wordt na vaststelling aan dit plan toegevoegd als bijlage 3.]
# 6. Toelaatbaarheid
##B 6.1 Routewijzer TLV
Hoe een school een toelaatbaarheidsverklaring aanvraagt, welke stukken daarvoor nodig zijn, wie betrokken is bij het besluit en binnen welke termijn wordt besloten, staat in de Routewijzer TLV op www.noorderzand-po.nl/routewijzer.
##B 6.2 Criteria voor toelaatbaarheid
Niet iedere leerling met een ondersteuningsbehoefte heeft speciaal (basis)onderwijs nodig. Een leerling wordt toelaatbaar verklaard als aan de volgende criteria is voldaan:
| Criterium | Sbo | So (cluster 3 en 4) |
| Ingezette ondersteuning | De basisondersteuning en ten minste een half jaar extra ondersteuning op de eigen school zijn ingezet en geëvalueerd | Als bij sbo, of een situatie waarin direct duidelijk is dat de ondersteuningsbehoefte de mogelijkheden van het regulier onderwijs overstijgt |
| Ondersteuningsbehoefte | Langdurige en complexe ondersteuningsbehoefte op leren en/of gedrag, waarvoor een kleine groep en een specifiek pedagogisch klimaat nodig zijn | Ernstige en blijvende beperking: verstandelijk (IQ lager dan 70), lichamelijk of langdurig ziek (cluster 3) of ernstige gedrags- of psychiatrische problematiek (cluster 4) |
| Perspectief | De leerling ontwikkelt zich in het regulier onderwijs aantoonbaar onvoldoende, ook met extra ondersteuning | De leerling heeft een intensieve combinatie van onderwijs en zorg nodig die het sbo niet kan bieden |
Bij so wordt daarnaast bepaald welke bekostigingscategorie (laag, midden of hoog) van toepassing is. Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so geldt voor twee schooljaren.
#B 7. Speciaal (basis)onderwijs in de regio
In onze regio staan één school voor speciaal basisonderwijs en één school voor speciaal onderwijs. De Duinroos (sbo) heeft locaties in Zandwijk en Helmerveen en biedt onderwijs aan 186 leerlingen. De Kompasroos (so) biedt onderwijs aan 112 leerlingen met een lichamelijke, verstandelijke of meervoudige beperking en aan leerlingen met ernstige gedragsproblemen. Ongeveer 40 leerlingen uit onze regio gaan naar een so-school buiten de regio, vooral voor zeer specifieke zorg.
##B 7.1 Ons beleid: terug naar regulier waar dat kan
Noorderzand vindt dat een plaatsing in het speciaal (basis)onderwijs niet vanzelfsprekend tot het einde van de schoolloopbaan hoeft te duren. Waar een leerling zich zo heeft ontwikkeld dat een reguliere basisschool hem (weer) kan bieden wat hij nodig heeft, streven wij naar terugplaatsing, bij voorkeur naar een school dicht bij huis. Terugplaatsing is mogelijk wanneer:
* de ondersteuningsbehoefte zoals beschreven in het OPP zo is afgenomen dat de basisondersteuning, eventueel aangevuld met tijdelijke begeleiding, volstaat;
* de leerling zelf en de ouders de terugkeer zien zitten;
* er een ontvangende school is die, na een kennismaking en een proefperiode, de leerling kan begeleiden.
Iedere teruggeplaatste leerling krijgt een terugplaatsingsarrangement: gedurende ten minste zes maanden begeleidt een medewerker van de sbo- of so-school de leerling en de leerkracht op de nieuwe school. Het verband vergoedt de inzet van deze begeleider (twee uur per week) aan de sbo- of so-school.
##B 7.2 Zo gaat terugplaatsing in zijn werk
#. Ieder jaar in januari bespreekt de commissie van begeleiding van De Duinroos of De Kompasroos bij iedere leerling of terugplaatsing tot de mogelijkheden behoort. Voor leerlingen in het laatste jaar van hun TLV is dit gesprek verplicht.
#. Als terugplaatsing mogelijk lijkt, bespreekt de intern begeleider van de sbo- of so-school dit met de ouders en de leerling.
#. Samen met de ouders wordt een ontvangende school gezocht. De consulent van het verband helpt daarbij.
#. De leerling loopt vervolgens een proefperiode van zes tot acht weken mee op de ontvangende school.
#. Na de proefperiode beslissen de directeuren van beide scholen samen met de ouders over de definitieve overstap. Het verband wordt hierover geïnformeerd.
#. Het terugplaatsingsarrangement start op de dag van inschrijving; na drie en na zes maanden vindt een evaluatie plaats.
Het verband houdt jaarlijks bij hoeveel leerlingen zijn teruggeplaatst (in 2024-2025: 11 leerlingen, van wie 8 vanuit het sbo en 3 vanuit het so) en rapporteert daarover in het jaarverslag.
# 8. Ouders
##B 8.1 Informatie voor ouders
Wij willen dat ouders weten welke ondersteuning er is en hoe zij die kunnen krijgen. Daarom:
* staat op onze website een ouderpagina met informatie over de basisondersteuning, de extra ondersteuning op school, het sbo en so en de route daarnaartoe;
* ontvangt iedere ouder bij de aanmelding op een school de ouderfolder 'Ondersteuning op school', die ook in eenvoudige taal beschikbaar is;
* verwijst iedere schoolgids naar de website van het verband en naar het schoolondersteuningsprofiel van de school;
* organiseren wij jaarlijks een thema-avond voor ouders samen met de gemeenten.
##B 8.2 Onafhankelijke ondersteuning
Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noorderzand. Dit steunpunt is ondergebracht bij de stichting MEE en werkt onafhankelijk van scholen en verband. Ouders kunnen er kosteloos terecht voor informatie, advies en begeleiding bij gesprekken. Daarnaast verwijzen wij naar de Onderwijsconsulenten en naar het landelijk informatiepunt Ouders & Onderwijs. Bij een klacht of een geschil kunnen ouders terecht bij de klachtencommissie en de Geschillencommissie passend onderwijs, waarbij het verband is aangesloten.
##B 8.3 Betrokkenheid
Ouders zijn in ons verband vertegenwoordigd in de ondersteuningsplanraad. Ouders worden altijd uitgenodigd bij een bespreking van hun kind in het ondersteuningsteam.
# 9. Doelen en resultaten
##B 9.1 Beoogde resultaten 2026-2030
Voor de komende planperiode heeft het verband de volgende beoogde resultaten vastgesteld:
| Doel | Indicator | Nulmeting 2025 | Streefwaarde 2030 |
| Iedere school voldoet aan de basisondersteuning | Percentage scholen dat bij de schoolbezoeken aan alle standaarden voldoet | 100% (na verbetertraject) | 100% bij eerste bezoek |
| Kortere doorlooptijd | Gemiddelde doorlooptijd TLV-aanvraag | 5,1 weken | 4 weken |
| Deskundige intern begeleiders | Percentage intern begeleiders dat de leergang 'gedrag in de klas' heeft afgerond | 35% | 80% |
| Meer terugplaatsingen | Aantal leerlingen dat per jaar terugkeert naar regulier | 11 | 15 |
| Tevreden ouders | Rapportcijfer ouders voor informatie en begeleiding | 7,3 | 7,8 |
##B 9.2 Hoe volgen wij de resultaten?
Het verband verzamelt de gegevens voor de indicatoren twee keer per jaar, op 1 oktober en 1 juni. De gegevens komen uit de eigen registratie (aanvragen, TLV's, terugplaatsingen), uit de leerplichtregistratie van de gemeenten en uit een tevredenheidsonderzoek onder ouders dat eens in de twee jaar wordt gehouden. De resultaten worden gebundeld in de Noorderzand Monitor, die in het voorjaar aan het bestuur, de directeuren en de OPR wordt gepresenteerd. Het bestuur bespreekt jaarlijks in juni of de doelen nog haalbaar zijn en of bijsturing nodig is. In het jaarverslag legt het verband verantwoording af over de bereikte resultaten en de daarvoor ingezette middelen.
# 10. Financiën
##B 10.1 Het verdeelmodel
Noorderzand werkt met een schoolmodel: zo veel mogelijk middelen gaan rechtstreeks naar de besturen, die zelf bepalen hoe zij de extra ondersteuning op hun scholen organiseren. De verdeling verloopt volgens de volgende regels:
* Na aftrek van de afdrachten aan het so en de overdracht aan het sbo en van de kosten van het bureau wordt het resterende bedrag verdeeld over de besturen naar rato van het aantal leerlingen op 1 oktober van het voorafgaande jaar.
* Iedere vestiging ontvangt bovendien een vaste voet van € 5.000, zodat ook kleine scholen over voldoende middelen beschikken.
* Besturen met een sbo-deelname boven 2 procent dragen het verschil zelf bij aan de kosten van het sbo (verevening tussen besturen).
* Het bestuur stelt jaarlijks in oktober de bedragen vast op basis van de meest recente gegevens van DUO.
Besturen verantwoorden de inzet van de middelen jaarlijks via een format van het verband; de verantwoording wordt besproken in het bestuurlijk overleg.
##B 10.2 Meerjarenbegroting
| Meerjarenbegroting | 2026 | 2027 | 2028 | 2029 |
| Baten | p.m. | p.m. | p.m. | p.m. |
| Afdrachten en overdrachten | p.m. | p.m. | p.m. | p.m. |
| Middelen naar besturen | p.m. | p.m. | p.m. | p.m. |
| Bureau en organisatie | p.m. | p.m. | p.m. | p.m. |
De bedragen worden ingevuld zodra de begroting 2027 in december 2026 door het bestuur is vastgesteld.
# 11. Organisatie en medezeggenschap
Noorderzand is een stichting met een bestuur van zeven bestuurders, één uit ieder aangesloten schoolbestuur, en een onafhankelijk voorzitter. Het toezicht wordt uitgeoefend door een toezichtsorgaan van drie onafhankelijke leden. De directeur voert de dagelijkse leiding en is verantwoordelijk voor het bureau.
Het bestuur vergadert zes keer per jaar. Eén keer per jaar houden bestuur en toezichtsorgaan een gezamenlijke themabijeenkomst, waarin de koers van het verband wordt besproken. Het toezichtsorgaan heeft een eigen toezichtkader en een auditcommissie die de jaarrekening met de accountant bespreekt. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen.
Het bureau bestaat uit de directeur, drie consulenten, een beleidsmedewerker kwaliteit en een administratief medewerker, samen 5,8 fte. De consulenten adviseren scholen en zijn vaste gesprekspartner van de intern begeleiders. Voor de administratie en de financiële verantwoording heeft het verband een administratiekantoor ingehuurd.
Professionalisering van intern begeleiders vinden wij belangrijk. Het verband organiseert drie keer per jaar een IB-netwerk en biedt een leergang 'gedrag in de klas' aan voor leraren. In de planperiode willen wij ook de samenwerking tussen het sbo, het so en de basisscholen op het gebied van kennisdeling versterken, bijvoorbeeld door het uitwisselen van leraren.
De ondersteuningsplanraad (OPR) telt acht leden: vier ouders en vier personeelsleden. De OPR heeft met dit plan ingestemd op 14 april 2026.
Het verband verwerkt persoonsgegevens volgens de AVG. Er is een privacyreglement en een verwerkingsregister. Dossiers worden drie jaar na het besluit vernietigd.
##B 11.1 Veranderende wet- en regelgeving
De komende jaren verandert er veel in de regelgeving rond passend onderwijs. Het schoolondersteuningsprofiel gaat op in de schoolgids, er komt een landelijke norm voor de basisondersteuning en de positie van ouders en leerlingen wordt wettelijk versterkt. Waar dit gevolgen heeft voor dit plan, leggen wij de wijzigingen ter instemming voor aan de OPR. Het bestuur volgt de ontwikkelingen via de PO-Raad en het landelijk netwerk van samenwerkingsverbanden.
##B 11.2 Informatievoorziening en ICT
Het verband werkt met een digitaal aanvraagsysteem waarin scholen gegevens over leerlingen veilig kunnen delen met de consulenten. Alleen medewerkers die bij een leerling betrokken zijn, hebben toegang tot het dossier. In 2026 wordt het systeem vervangen; de besturen worden tijdig geïnformeerd over de overgang. Voor de communicatie met scholen gebruikt het verband een maandelijkse nieuwsbrief en een besloten deel van de website met formulieren, handreikingen en de agenda van de netwerken.
##B 11.3 Huisvesting van het bureau
Het bureau van het verband is sinds 2024 gevestigd in het Onderwijshuis in Zandwijk, samen met het bureau van het samenwerkingsverband voortgezet onderwijs. Dat maakt het eenvoudiger om samen te werken bij de overstap naar het voortgezet onderwijs en om kennis te delen. De consulenten werken het grootste deel van de week op de scholen.
# 12. Totstandkoming van dit plan
Het plan is tussen september 2025 en april 2026 tot stand gekomen in werkgroepen met directeuren, intern begeleiders en ouders. Het concept is besproken met het bestuur, de OPR en de gemeenten. Het op overeenstemming gericht overleg met de gemeenten Zandwijk, Helmerveen en Duinhorst heeft plaatsgevonden op 2 april 2026; het verslag is opgenomen in bijlage 4. Met het samenwerkingsverband voortgezet onderwijs in de regio is het plan besproken op 17 maart 2026. Het plan is op 24 april 2026 toegezonden aan de inspectie.
De werkgroepen kwamen ieder vier keer bijeen. Zij bereidden teksten voor over de basisondersteuning, de toelaatbaarheid, de terugplaatsing, de informatie aan ouders en de doelen voor de nieuwe planperiode. De teksten zijn daarna door de directeur en de beleidsmedewerker kwaliteit samengevoegd tot één concept. In januari 2026 is een openbare bijeenkomst gehouden waarin intern begeleiders en directeuren op het concept konden reageren; er kwamen ruim zestig reacties binnen. De belangrijkste wijzigingen naar aanleiding van die reacties zijn een duidelijkere beschrijving van de criteria voor toelaatbaarheid en een hogere ambitie voor het aantal terugplaatsingen.
De OPR heeft het concept in drie vergaderingen besproken en heeft schriftelijke vragen gesteld, onder andere over de meerjarenbegroting en over de rol van ouders bij de terugplaatsing. De beantwoording van die vragen is als bijlage bij het instemmingsverzoek gevoegd.
---
#B Bijlage: afkortingen
| Afkorting | Betekenis |
| CvT | Commissie van Toelaatbaarheid |
| DUO | Dienst Uitvoering Onderwijs |
| IB | intern begeleider |
| OJSP | ouder- en jeugdsteunpunt |
| OOGO | op overeenstemming gericht overleg |
| OPP | ontwikkelingsperspectief |
| OPR | ondersteuningsplanraad |
| OT | ondersteuningsteam |
| sbo | speciaal basisonderwijs |
| so | speciaal onderwijs |
| SOP | schoolondersteuningsprofiel |
| TLV | toelaatbaarheidsverklaring |
"""


# ==========================================================================
# Document D: VO plan, rendered to PDF from Word
# ==========================================================================
D_NAME = "vo-rijn-heuvel-op-2026-2030"
D_HEADER = "Samenwerkingsverband VO Rijn & Heuvel (VO 26-06) · Ondersteuningsplan 2026-2030"
D_FOOTER = "Rijn & Heuvel – passend onderwijs voor alle jongeren"
D_TEXT = r"""
=T Ondersteuningsplan 2026-2030
=S Samenwerkingsverband Voortgezet Onderwijs Rijn & Heuvel (VO 26-06)
Voor de gemeenten Heuvelrade, Rijnsoord en Ooststeeg
Vastgesteld door het bestuur op 23 april 2026
---
Inhoud
TOC| 1 Woord vooraf | 2
TOC| 2 Over Rijn & Heuvel | 3
TOC| 3 Visie | 5
TOC| 4 Het ondersteuningsaanbod | 6
TOC|   4.1 Basisondersteuning | 6
TOC|   4.2 Extra ondersteuning en arrangementen | 6
TOC|   4.3 Tussenvoorziening Het Baken | 8
TOC|   4.4 Voortgezet speciaal onderwijs | 8
TOC| 5 Toewijzing en toelaatbaarheid | 9
TOC| 6 Terugplaatsing en overplaatsing | 13
TOC| 7 Thuiszitters en dekkend netwerk | 14
TOC| 8 Financiën | 16
TOC| 9 Ouders en leerlingen | 17
TOC| 10 Kwaliteitszorg en monitoring | 19
TOC| 11 Bestuur, personeel en medezeggenschap | 21
TOC| 12 Samenwerking in de regio | 23
TOC| Afkortingen en begrippen | 25
---
#B 1 Woord vooraf
Met trots presenteren wij het ondersteuningsplan 2026-2030 van Rijn & Heuvel. Het plan is tot stand gekomen in een jaar waarin veel is veranderd. De landelijke discussie over een norm voor de basisondersteuning, de wetgeving over de positie van ouders en leerlingen en de krappe arbeidsmarkt in het onderwijs hebben ons gedwongen scherpe keuzes te maken. Tegelijk zijn de schoolbesturen in onze regio eensgezind: wij willen dat iedere jongere in Heuvelrade, Rijnsoord en Ooststeeg een plek heeft op een school die bij hem of haar past.
Het plan is geschreven samen met de scholen, de ondersteuningsplanraad, de gemeenten en de vso-scholen. Wij bedanken iedereen die heeft bijgedragen.
Jeroen Altena, directeur-bestuurder
#B 2 Over Rijn & Heuvel
Rijn & Heuvel is het samenwerkingsverband voor het voortgezet onderwijs in drie gemeenten in het rivierengebied. Er zijn vijf schoolbesturen aangesloten met samen elf scholen voor regulier voortgezet onderwijs (vmbo, havo en vwo), één school voor praktijkonderwijs (Het Vakhuis) en twee scholen voor voortgezet speciaal onderwijs (De Uiterwaard, cluster 4, en Het Anker, cluster 3). Op 1 oktober 2025 telde het verband 7.380 leerlingen, van wie 640 met een aanwijzing voor leerwegondersteunend onderwijs, 310 in het praktijkonderwijs en 402 in het vso.
Het verband heeft een bureau in Rijnsoord met een directeur-bestuurder, een team van zes trajectbegeleiders en orthopedagogen, een beleidsmedewerker en een secretariaat. Het bestuur wordt gevormd door de directeur-bestuurder; de raad van toezicht bestaat uit vijf leden.
De regio kent een grote diversiteit: een stedelijk gebied rond Rijnsoord, waar het merendeel van de scholen staat, en een uitgestrekt landelijk gebied met twee kleinere scholengemeenschappen. Het aantal leerlingen daalt de komende jaren, vooral in het landelijk gebied.
Rijn & Heuvel is in 2014 opgericht. In 2019 is het verband gefuseerd met het kleinere samenwerkingsverband Ooststeeg, waardoor de huidige regio ontstond. Sindsdien is veel geïnvesteerd in het bij elkaar brengen van twee verschillende werkwijzen. Waar het ene verband vooral werkte met bovenschoolse voorzieningen, legde het andere de nadruk op ondersteuning binnen de scholen. De huidige werkwijze combineert beide: ondersteuning zo dicht mogelijk bij de leerling, met een bovenschoolse tussenvoorziening als vangnet.
De scholen in de regio verschillen sterk in omvang en profiel. Naast twee grote scholengemeenschappen met meer dan 1.500 leerlingen zijn er enkele kleine vmbo-scholen met minder dan 400 leerlingen. Dat vraagt om afspraken die recht doen aan die verschillen, bijvoorbeeld bij de inzet van trajectbegeleiders.
# 3 Visie
Rijn & Heuvel werkt vanuit drie waarden: vertrouwen, nabijheid en samenwerking. Vertrouwen betekent dat wij uitgaan van de professionaliteit van de scholen en de kracht van jongeren en hun ouders. Nabijheid betekent dat ondersteuning zo dicht mogelijk bij de leerling wordt georganiseerd, in de klas en op de eigen school. Samenwerking betekent dat scholen, vso, jeugdhulp en gemeenten niet langs elkaar heen werken maar één plan maken rond de jongere.
Deze waarden vertalen zich in onze werkwijze: liever vroeg een gesprek dan laat een dossier; liever een tijdelijk arrangement op de eigen school dan een overstap; en als een overstap nodig is, dan zonder wachttijd.
# 4 Het ondersteuningsaanbod
## 4.1 Basisondersteuning
In de planperiode 2026-2030 herijken wij samen met de scholen wat onder de basisondersteuning valt. Daarbij nemen we de landelijke norm voor basisondersteuning als vertrekpunt zodra die is vastgesteld. Tot die tijd verwijzen wij naar de schoolgidsen van de scholen.[^Het herijkte document basisondersteuning wordt in 2027 ter instemming aan de OPR voorgelegd.]
## 4.2 Extra ondersteuning en arrangementen
Naast wat scholen zelf bieden, kent Rijn & Heuvel een aanbod van extra ondersteuning dat in samenhang is opgebouwd, van licht naar intensief:
* **Arrangementen op school.** Iedere school heeft een ondersteuningsvoorziening (bijvoorbeeld een Time-in-lokaal, een Focusklas of een Studiehuis+) waar leerlingen tijdelijk extra begeleiding krijgen. Op vijf scholen is een aparte voorziening voor leerlingen met autisme.
* **Ambulante begeleiding.** Begeleiders van De Uiterwaard en Het Anker ondersteunen leerlingen en docenten op de reguliere school, voor de duur van een schooljaar of korter.
* **Onderwijs-zorgarrangementen.** Voor jongeren die naast onderwijs jeugdhulp nodig hebben, maken school, jeugdhulp en gemeente één arrangement. De gemeente bekostigt het zorgdeel.
* **Tussenvoorziening Het Baken** (zie 4.3).
* **Voortgezet speciaal onderwijs** (zie 4.4).
Een school kan voor een arrangement een trajectbegeleider van het verband inschakelen. De trajectbegeleider neemt deel aan het ondersteuningsteam en adviseert over de juiste vorm van ondersteuning.
## 4.3 Tussenvoorziening Het Baken
Het Baken is de bovenschoolse tussenvoorziening van Rijn & Heuvel, voor leerlingen die op hun eigen school tijdelijk niet verder kunnen. Het Baken heeft 36 plaatsen. Leerlingen volgen er maximaal zes maanden een programma gericht op gedrag, motivatie en het hervatten van het leerproces. De leerling blijft ingeschreven op de eigen school.
## 4.4 Voortgezet speciaal onderwijs
De Uiterwaard biedt vso cluster 4 met de uitstroomprofielen vervolgonderwijs en arbeidsmarkt. Het Anker biedt vso cluster 3 met de uitstroomprofielen arbeidsmarkt en dagbesteding. Beide scholen werken met leerlingen met een toelaatbaarheidsverklaring van het verband.
# 5 Toewijzing en toelaatbaarheid
Het verband beslist over de toelaatbaarheid tot het vso, over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het praktijkonderwijs. Deze besluiten worden genomen door de Commissie Toelaatbaarheid en Toewijzing (CTT).
##B 5.1 Vso: stappen
Stap 1 – De school bespreekt de leerling in het ondersteuningsteam, waarin ouders, leerling, mentor, ondersteuningscoördinator en trajectbegeleider zitten. Het ondersteuningsteam stelt vast dat de mogelijkheden van de school en van de arrangementen (hoofdstuk 4) onvoldoende zijn.
Stap 2 – Het bevoegd gezag van de school waar de leerling staat ingeschreven, dient de aanvraag in bij de CTT. Bij de aanvraag horen het OPP, het groeidocument met de ingezette ondersteuning en de resultaten daarvan, het handelingsdeel van de jeugdhulp (indien aanwezig) en de zienswijze van ouders en leerling.
Stap 3 – Twee deskundigen brengen elk een eigen schriftelijk advies uit: een orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de vraag (een kinder- en jeugdpsychiater, een jeugdarts of een maatschappelijk werker). Zij zijn niet betrokken bij de aanvraag.
Stap 4 – De CTT besluit binnen zes weken na ontvangst van de volledige aanvraag en stelt daarbij de duur en de bekostigingscategorie vast.
Stap 5 – Ouders ontvangen het besluit en de adviezen van de deskundigen. De school regelt samen met de ouders de aanmelding bij de vso-school.
##B 5.2 Vso: wanneer toelaatbaar?
Een leerling is toelaatbaar tot het vso wanneer:
1) de ondersteuningsbehoefte zo groot en zo complex is dat ook met een arrangement op de eigen school en met inzet van Het Baken geen passend onderwijs mogelijk is;
2) er sprake is van een stoornis of beperking die structureel het leren en functioneren belemmert: voor cluster 3 een verstandelijke beperking (IQ onder 70), een lichamelijke beperking of een langdurige ziekte; voor cluster 4 ernstige gedrags- of psychiatrische problematiek;
3) de leerling een structurele combinatie van onderwijs en begeleiding nodig heeft in een kleine groep met een hoge mate van voorspelbaarheid.
##B 5.3 Duur en categorie
Een TLV voor het vso wordt afgegeven voor twee schooljaren, tot 31 juli van het tweede schooljaar; voor leerlingen in het uitstroomprofiel dagbesteding kan de CTT een TLV tot het einde van de schoolloopbaan afgeven. De bekostigingscategorie is laag, tenzij de deskundigen een hogere categorie adviseren op grond van een lichamelijke of meervoudige beperking (midden of hoog).
##B 5.4 Lwoo en praktijkonderwijs
Rijn & Heuvel hanteert de landelijke criteria. Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee van de vier domeinen (begrijpend lezen, inzichtelijk rekenen, technisch lezen, spellen), of bij een IQ tussen 91 en 120 met een leerachterstand én een sociaal-emotionele problematiek die het leren belemmert. Voor het praktijkonderwijs gelden een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen.
De procedure voor lwoo en pro is als volgt: de basisschool levert vóór 1 februari de gegevens aan via het digitale overdrachtssysteem; de vo-school waar de leerling is aangemeld dient de aanvraag vóór 1 maart in; de CTT besluit vóór 1 april. De aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo; de TLV pro voor de duur van de opleiding.
##B 5.5 Bezwaar
Ouders die het niet eens zijn met een besluit van de CTT, kunnen binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen zes weken na ontvangst van het advies.
# 6 Terugplaatsing en overplaatsing
Het vso is voor veel leerlingen een plek waar zij tot rust komen en weer perspectief krijgen. Voor een deel van hen is dat de plek waar zij hun diploma of een plek op de arbeidsmarkt halen. Voor een ander deel is het vso een tussenstap. Rijn & Heuvel wil dat leerlingen voor wie dat haalbaar is, terugkeren naar het regulier voortgezet onderwijs, bij voorkeur naar een school in de eigen woonplaats. Wij willen voorkomen dat een leerling in het vso blijft alleen omdat de overstap terug lastig te organiseren is.
Voorwaarden voor terugkeer zijn dat de leerling zich op het gebied van gedrag en werkhouding zo heeft ontwikkeld dat hij met de ondersteuning van een reguliere school verder kan, dat de leerling dat zelf wil, en dat er een school is met het passende niveau en de passende begeleiding. Iedere leerling die terugkeert, krijgt een terugkeerarrangement: gedurende een schooljaar blijft een begeleider van de vso-school betrokken als coach van de leerling en als vraagbaak voor de mentor op de nieuwe school. Daarnaast houdt de vso-school gedurende twee maanden een plek vrij, zodat de leerling kan terugvallen als het niet lukt.
Wie het initiatief neemt, op welke momenten wordt beoordeeld of een leerling kan terugkeren en hoe het besluit tot stand komt, wordt uitgewerkt in het Protocol terug- en overplaatsing dat wij in het schooljaar 2026-2027 samen met De Uiterwaard en Het Anker opstellen.
In 2024-2025 zijn 14 leerlingen teruggekeerd van het vso naar het regulier voortgezet onderwijs.
# 7 Thuiszitters en dekkend netwerk
##B 7.1 Dekkend netwerk
Een dekkend netwerk betekent dat er voor iedere jongere een passende plek is. Elk jaar in het voorjaar brengen wij met de besturen, de vso-scholen en de gemeenten in kaart waar jongeren niet de plek vinden die zij nodig hebben. De laatste inventarisatie (maart 2025) liet zien dat er een tekort is aan plaatsen voor jongeren met een havo- of vwo-capaciteit die een klein, prikkelarm onderwijsaanbod nodig hebben, en dat de wachttijd voor De Uiterwaard in het najaar oploopt. Wij hebben daarom besloten:
* in 2026-2027 op het Rijnsoord College een voorziening voor havo/vwo-leerlingen met autisme te starten (20 plaatsen);
* met De Uiterwaard af te spreken dat de school in het najaar zo nodig tijdelijk een extra groep opent, zodat leerlingen met een TLV niet op een wachtlijst komen;
* bij plaatsingsproblemen de casus binnen een week te agenderen in het Overleg Zorgplicht, waarin de ondersteuningscoördinatoren van alle besturen samen een plek zoeken.
##B 7.2 Thuiszitters
Een thuiszitter is een leerplichtige jongere die zonder geldige reden langer dan vier weken niet naar school gaat. Rijn & Heuvel registreert thuiszitters samen met de leerplichtambtenaren van de drie gemeenten. Iedere thuiszitter wordt binnen twee weken besproken aan de Thuiszitterstafel, waarin het verband, leerplicht, het jeugdteam en de school zitten. De tafel stelt een plan op met een termijn en een verantwoordelijke. Als een oplossing uitblijft, zet de directeur-bestuurder zijn doorzettingsmacht in. Op 1 oktober 2025 waren er 16 thuiszitters; op 1 oktober 2024 waren dat er 21.
#B 8 Financiën
Over de inkomsten en uitgaven van het samenwerkingsverband, de verdeling van de middelen over de besturen en de meerjarenbegroting verschijnt een afzonderlijk document: de Financiële kadernota 2026-2030. Die kadernota stelt het bestuur vast na instemming van de OPR, naar verwachting in december 2026. De jaarbegroting en de jaarrekening zijn te vinden op de website van het verband.[^www.rijnenheuvel-vo.nl/documenten]
#B 9 Ouders en leerlingen
##B 9.1 Zo informeren wij ouders en leerlingen
Ouders en leerlingen moeten kunnen weten welke ondersteuning er in de regio is. Op onze website staat een overzicht van alle ondersteuningsvoorzieningen per school, van de arrangementen, van Het Baken en van het vso, met een korte uitleg hoe een leerling daar terechtkomt. Iedere school neemt in de schoolgids een paragraaf op over de ondersteuning en verwijst naar de website van het verband. In de maand november is er een ouderavond 'Overstappen met extra ondersteuning' voor ouders van leerlingen in groep 8 die extra ondersteuning nodig hebben. Ouders kunnen bovendien op werkdagen bellen met de informatielijn van het verband, die wordt bemenst door de trajectbegeleiders.
##B 9.2 Onafhankelijk advies
Ouders en jongeren die een onafhankelijk advies willen of het niet eens zijn met de school, kunnen terecht bij het Ouder- en Jongerensteunpunt Rivierenland. Het steunpunt is onafhankelijk van de scholen en van Rijn & Heuvel en wordt gefinancierd door de samenwerkingsverbanden PO en VO samen. Medewerkers van het steunpunt geven informatie, denken mee en kunnen meegaan naar gesprekken op school. Ook kunnen ouders de Onderwijsconsulenten inschakelen. Voor klachten over het verband is er een klachtenregeling; het verband is aangesloten bij de Landelijke Klachtencommissie Onderwijs en bij de Geschillencommissie passend onderwijs.
##B 9.3 Meedoen
Ouders en leerlingen zijn vertegenwoordigd in de ondersteuningsplanraad. Leerlingen hebben het recht om hun mening te geven over hun OPP; de school nodigt hen uit bij de bespreking.
# 10 Kwaliteitszorg en monitoring
Rijn & Heuvel werkt met een kwaliteitscyclus volgens het principe plan-do-check-act. Wij volgen de ontwikkelingen in het verband met een vaste set kengetallen, die wij twee keer per jaar (peildata 1 oktober en 1 maart) verzamelen: het aantal aanvragen en besluiten per type, de doorlooptijd van aanvragen, het aantal leerlingen in het vso, het praktijkonderwijs en met lwoo, de deelnamepercentages ten opzichte van het landelijk gemiddelde, het aantal thuiszitters en vrijstellingen, het aantal teruggeplaatste leerlingen en de tevredenheid van scholen en ouders.
De kengetallen worden gepresenteerd in het Rijn & Heuvel Dashboard en besproken met de directeuren, het bestuur, de raad van toezicht en de OPR. Eens per jaar houdt het verband een evaluatiesessie met de besturen, waarin de kengetallen worden vergeleken met voorgaande jaren en wordt besproken waar bijsturing nodig is. In het jaarverslag rapporteert het verband over de bereikte resultaten. Elke twee jaar nemen wij een tevredenheidsonderzoek af onder ouders en scholen.
| Kengetal | 1-10-2023 | 1-10-2024 | 1-10-2025 |
| Deelnamepercentage vso | 5,1% | 5,3% | 5,4% |
| Deelnamepercentage pro | 4,2% | 4,1% | 4,2% |
| Gemiddelde doorlooptijd TLV (weken) | 7,2 | 6,4 | 5,8 |
| Thuiszitters | 24 | 21 | 16 |
| Terugplaatsingen vso → vo | 9 | 11 | 14 |
Welke doelen wij ons voor de nieuwe planperiode stellen, bepalen wij in de loop van het schooljaar 2026-2027 samen met de besturen, op basis van de uitkomsten van het dashboard.
# 11 Bestuur, personeel en medezeggenschap
Rijn & Heuvel is een stichting. De directeur-bestuurder vormt het bestuur; de raad van toezicht houdt toezicht op het bestuur en keurt onder meer het ondersteuningsplan goed. De aangesloten schoolbesturen hebben zitting in de Algemene Vergadering, die adviseert over het ondersteuningsplan en benoemt de leden van de raad van toezicht.
Het verband heeft 9,4 fte in dienst. De trajectbegeleiders zijn orthopedagoog of psycholoog. Het verband investeert in hun professionele ontwikkeling en in intervisie. Voor ondersteuningscoördinatoren van de scholen organiseert het verband vijf keer per jaar een netwerkbijeenkomst. Daarnaast werkt het verband mee aan de regionale aanpak van het lerarentekort, onder meer door stageplaatsen voor onderwijsassistenten op Het Baken.
De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf personeelsleden en vijf ouders of leerlingen. De OPR heeft op 15 april 2026 ingestemd met dit plan. Het verband heeft daarnaast een medezeggenschapsraad voor het eigen personeel.
De krapte op de arbeidsmarkt raakt ook het verband en de scholen. Vooral orthopedagogen en ondersteuningscoördinatoren zijn moeilijk te vinden. Het verband werkt daarom samen met de hogeschool in de regio aan een traineeship voor startende orthopedagogen, die een jaar lang bij het verband en bij een school werken. Scholen kunnen bij een tijdelijk tekort een beroep doen op de trajectbegeleiders van het verband.
Het verband vindt het belangrijk dat het eigen personeel goed geïnformeerd is over ontwikkelingen in de regio. Daarom is er iedere maand een teamoverleg en twee keer per jaar een teamdag, waarin casuïstiek wordt besproken en nieuwe werkwijzen worden afgestemd.
Nieuwe medewerkers krijgen een inwerkprogramma van drie maanden, waarin zij alle scholen in de regio bezoeken, meelopen met een ervaren trajectbegeleider en kennismaken met de vso-scholen, het praktijkonderwijs en Het Baken. Het verband heeft een vertrouwenspersoon voor het eigen personeel en voert jaarlijks een medewerkerstevredenheidsonderzoek uit.
Het verband maakt gebruik van een beveiligd digitaal systeem voor de aanvragen. Persoonsgegevens worden volgens de AVG verwerkt en bewaard tot drie jaar na het laatste besluit.
# 12 Samenwerking in de regio
Het op overeenstemming gericht overleg (OOGO) met de gemeenten Heuvelrade, Rijnsoord en Ooststeeg heeft plaatsgevonden op 26 maart 2026. Wij hebben met de gemeenten afspraken gemaakt over de inzet van jeugdhulp op school: iedere school heeft een jeugd- en gezinswerker die één dag per week op school aanwezig is. Gezamenlijke thema's zijn verder het leerlingenvervoer, de onderwijshuisvesting en de aansluiting tussen het vso en de arbeidsmarkt.
Met het samenwerkingsverband PO in de regio is het plan besproken op 12 maart 2026. Wij werken samen aan de overstap van groep 8 naar het voortgezet onderwijs, onder meer met een gezamenlijke overdrachtskalender. Met het mbo zijn afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsbehoefte.
Voor jongeren uit het praktijkonderwijs en het vso die naar een entreeopleiding gaan, is er een doorlopend begeleidingstraject: een jobcoach van Het Vakhuis of De Uiterwaard blijft het eerste halfjaar betrokken. Met de gemeenten en het UWV wordt samengewerkt in het regionale werkbedrijf om jongeren die uitstromen naar de arbeidsmarkt een passende werkplek te bieden.
---
#B Afkortingen en begrippen
**Basisondersteuning** – de ondersteuning die iedere school in het verband biedt.
**CTT** – Commissie Toelaatbaarheid en Toewijzing.
**Financiële kadernota** – het document waarin het bestuur de verdeling van middelen en de meerjarenbegroting vastlegt.
**Lwoo** – leerwegondersteunend onderwijs.
**OJSP** – ouder- en jongerensteunpunt.
**OPP** – ontwikkelingsperspectiefplan.
**Pro** – praktijkonderwijs.
**Terugplaatsing** – de overstap van het vso naar het regulier voortgezet onderwijs.
**TLV** – toelaatbaarheidsverklaring.
**Verdeelmodel** – de regels volgens welke de middelen over de besturen worden verdeeld.
"""


# ==========================================================================
# Document E: PO plan, web version (.html)
# ==========================================================================
E_NAME = "po-eemvallei-op-2026-2030"
E_TITLE = "Ondersteuningsplan 2026-2030 | Samenwerkingsverband Primair Passend Onderwijs Eemvallei"
E_NAV = """<header><p><strong>SWV Primair Passend Onderwijs Eemvallei</strong> &middot; PO 24-12</p>
<nav><ul>
<li><a href="/">Home</a></li>
<li><a href="/over-ons">Over ons</a></li>
<li><a href="/ondersteuningsplan">Ondersteuningsplan</a>
 <ul>
 <li><a href="#inleiding">Inleiding</a></li>
 <li><a href="#terugblik-op-2022-2026">Terugblik</a></li>
 <li><a href="#visie-en-koers">Visie en koers</a></li>
 <li><a href="#basisondersteuning">Basisondersteuning</a></li>
 <li><a href="#dekkend-aanbod">Dekkend aanbod</a></li>
 <li><a href="/routewijzer-tlv">Toelaatbaarheid (Routewijzer TLV)</a></li>
 <li><a href="#terugplaatsing">Terugplaatsing</a></li>
 <li><a href="#resultaten">Resultaten</a></li>
 <li><a href="#financien">Financi&euml;n</a></li>
 <li><a href="/ouders">Ouders</a></li>
 </ul></li>
<li><a href="/voor-scholen">Voor scholen</a></li>
<li><a href="/ouders">Voor ouders</a></li>
<li><a href="/contact">Contact</a></li>
</ul></nav></header>"""
E_FOOTER = """<footer><p>&copy; 2026 Samenwerkingsverband Primair Passend Onderwijs Eemvallei &middot; Eemkade 14, Eemstede &middot;
<a href="/privacy">Privacyverklaring</a> &middot; <a href="/klachten">Klachtenregeling</a> &middot;
<a href="/ouders">Voor ouders</a> &middot; <a href="https://www.ojsp-eemvallei.nl">Ouder- en Jeugdsteunpunt</a> &middot;
<a href="/downloads/ondersteuningsplan-2026-2030.pdf">Download als pdf</a></p></footer>"""
E_TEXT = r"""
# Inleiding
Op deze pagina leest u het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Primair Passend Onderwijs Eemvallei. Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het is een plan op hoofdlijnen: wij beschrijven de koers en de afspraken die voor alle scholen gelden. De uitwerking staat in het jaarplan en in de routewijzers op deze website. De ondersteuningsplanraad heeft op 8 april 2026 met het plan ingestemd; het bestuur heeft het plan vastgesteld op 15 april 2026. U kunt het plan ook downloaden als pdf.
In ons samenwerkingsverband werken elf schoolbesturen samen. Samen zijn zij verantwoordelijk voor 62 basisscholen, twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs in de gemeenten Eemstede, Hoogland-Oost, Bunschoten-West en Leusderheide. In totaal gaan er ongeveer 14.300 kinderen naar school in ons gebied.
## Wat is er nieuw?
Dit plan is korter dan het vorige. Dat is een bewuste keuze. Wij merkten dat het vorige plan vooral werd gelezen door beleidsmakers en weinig door de mensen in de scholen. Daarom staat de kern nu op één webpagina, en staan de procedures in aparte routewijzers. Nieuw in deze planperiode zijn de Eemklassen (zie Dekkend aanbod), de afspraken over terugplaatsing en de gezamenlijke monitor.
Het plan is geschreven door een kleine schrijfgroep met twee bestuurders, drie intern begeleiders, een directeur van een sbo-school en de beleidsmedewerker van het verband. Zij hebben in het najaar van 2025 op vier plaatsen in de regio bijeenkomsten gehouden met directeuren en intern begeleiders. Daarnaast is het concept besproken met de so-scholen, met de lokale teams en met het samenwerkingsverband voortgezet onderwijs.
# Terugblik op 2022-2026
In de vorige planperiode stonden drie dingen centraal: de basisondersteuning op alle scholen op hetzelfde niveau brengen, de ondersteuning dichter bij de scholen organiseren en minder kinderen thuis laten zitten. Wat is daarvan terechtgekomen?
De eerste auditronde basisondersteuning (2023-2025) liet zien dat 52 van de 62 scholen aan alle standaarden voldeden. De tien andere scholen hebben een verbeterplan gemaakt; bij zes daarvan is de herhaalaudit inmiddels positief. Vooral de standaarden over het ontwikkelingsperspectief en over de aanpak voor kinderen die meer aankunnen, bleken lastig.
In 2023 is gestart met een pilot met twee Eemklassen. De ervaringen waren positief: van de 31 kinderen die in de pilot een Eemklas bezochten, konden er 24 na afloop volledig terug in hun eigen groep. Daarom is het aantal Eemklassen uitgebreid naar vier. Het aantal kinderen dat langer dan drie maanden thuiszat, daalde van 15 in 2022 naar 7 in 2025. Dat is een goede ontwikkeling, maar wij vinden ieder kind dat thuis zit er één te veel.
Minder goed ging het met de samenwerking met de jeugdhulp. De wachttijden voor specialistische jeugdhulp zijn lang, en scholen ervaren dat zij kinderen te lang zelf moeten opvangen. In het programma 'Eemvallei Kansrijk' hebben wij daarom met de gemeenten afgesproken dat de jeugdprofessional van het lokale team vaker op school aanwezig is.
## Personeel in de scholen
Het lerarentekort raakt ook de Eemvallei. Op een aantal scholen, vooral in Eemstede, staan groepen voor een deel van de week voor een onbevoegde invaller of wordt met een vierdaagse schoolweek gewerkt. Dat heeft gevolgen voor de ondersteuning: een leerkracht die nieuw is op school, kent de kinderen minder goed en heeft meer begeleiding nodig. De besturen werken samen in de regionale aanpak van het lerarentekort. Het verband draagt bij door startende leerkrachten een korte training 'ondersteuning in de klas' aan te bieden en door de adviseurs ook in te zetten voor coaching van nieuwe leerkrachten.
# Visie en koers
Wij willen dat ieder kind in de Eemvallei naar een school kan gaan waar het zich thuis voelt en waar het zich kan ontwikkelen, zo veel mogelijk in de eigen buurt en samen met andere kinderen. Inclusief waar het kan, speciaal waar het moet. Kinderen, ouders en leraren moeten erop kunnen vertrouwen dat de ondersteuning er is wanneer die nodig is.
Onze koers voor de komende vier jaar rust op drie pijlers:
* **Sterke basis.** Iedere school biedt een stevige basisondersteuning en leraren voelen zich toegerust.
* **Dichtbij.** Extra ondersteuning wordt zo veel mogelijk op of dichtbij de eigen school georganiseerd.
* **Doorlopend.** Kinderen hebben een ononderbroken ontwikkeling, ook bij overgangen tussen scholen en van speciaal naar regulier.
Deze pijlers zijn in de afgelopen maanden met directeuren, intern begeleiders, bestuurders en de ondersteuningsplanraad besproken. Ze vormen het kader voor de jaarplannen.
## Samen met de gemeenten
Het op overeenstemming gericht overleg met de vier gemeenten vond plaats op 25 maart 2026. Met de gemeenten werken wij samen in het programma 'Eemvallei Kansrijk', waarin onderwijs, jeugdhulp en kinderopvang samenkomen. Iedere school heeft een vaste jeugdprofessional van het lokale team, die aanschuift bij het ondersteuningsteam. De gemeenten en het verband bekostigen samen de onderwijs-zorgarrangementen voor kinderen die naast onderwijs intensieve jeugdhulp nodig hebben.
Andere onderwerpen in het overleg met de gemeenten zijn het leerlingenvervoer en de onderwijshuisvesting. De gemeenten beslissen over het leerlingenvervoer op grond van hun eigen verordening. Bij nieuwbouw en renovatie van scholen bekijken gemeenten en besturen samen of een gebouw ook geschikt kan worden gemaakt voor kinderen met een lichamelijke beperking, zodat meer kinderen thuisnabij naar school kunnen.
# Basisondersteuning
Basisondersteuning is de ondersteuning die iedere school in het samenwerkingsverband biedt. De elf besturen hebben afgesproken dat alle scholen en alle vestigingen aan dezelfde standaarden voldoen; dat is het minimumniveau in de Eemvallei. De standaarden zijn in december 2025 opnieuw vastgesteld. Iedere school biedt ten minste:
#. een intern begeleider en een ondersteuningsteam dat ten minste vier keer per jaar de leerlingen met een ondersteuningsvraag bespreekt;
#. handelingsgericht werken: leerkrachten stemmen de instructie af op drie niveaus en evalueren de groepsplanning twee keer per jaar;
#. een aanpak voor lees- en spellingsproblemen volgens het landelijke protocol, met extra oefentijd vanaf groep 2;
#. een aanpak voor rekenproblemen, inclusief pre-teaching;
#. een programma voor sociale veiligheid en een anti-pestcoördinator;
#. een aanbod voor kinderen die meer aankunnen: verrijkingswerk in de klas en een signaleringsinstrument voor hoogbegaafdheid;
#. ondersteuning bij medische handelingen volgens een protocol;
#. eerste opvang en taalondersteuning voor nieuwkomers in de klas;
#. een ontwikkelingsperspectief voor kinderen die een eigen leerlijn volgen.
Het verband controleert eens in de drie jaar met een audit of de scholen aan deze standaarden voldoen. Het auditteam bestaat uit een intern begeleider van een andere school en een adviseur van het verband. Een school die niet aan een standaard voldoet, maakt een verbeterplan dat binnen een jaar wordt uitgevoerd; de adviseur van het verband bespreekt de voortgang met de directeur.
## Basisondersteuning en extra ondersteuning
Wat een school niet binnen de basisondersteuning kan bieden, valt onder de extra ondersteuning. De grens ligt daar waar een kind langer dan een half jaar een aanpak nodig heeft die de school met de eigen middelen en mensen niet kan bieden. Dan kan de school een arrangement aanvragen bij het verband.
## Professionalisering
Om de basisondersteuning te versterken investeren wij in de deskundigheid van leraren en intern begeleiders. Het verband biedt de scholen jaarlijks een scholingsaanbod aan, waaronder trainingen over gedrag, executieve functies en het werken met een ontwikkelingsperspectief. Intern begeleiders komen vijf keer per jaar bij elkaar in regionale netwerken.
Nieuw in deze planperiode is de 'leerwerkplaats passend onderwijs': leerkrachten van basisscholen lopen enkele dagen mee op een sbo- of so-school en omgekeerd. Zo leren zij van elkaars aanpak, bijvoorbeeld bij het werken met een kleine groep of bij het voorkomen van escalaties in de klas. In de pilot in 2025 namen twaalf leerkrachten deel; de deelnemers waren zeer positief. Het verband vergoedt de vervangingskosten aan de scholen.
# Dekkend aanbod
Een dekkend aanbod betekent dat er voor ieder kind in de Eemvallei een passende plek is. Het aanbod is als een trap opgebouwd:
| Trede | Wat | Waar |
| 1 | Basisondersteuning | Op iedere school |
| 2 | Arrangement op school: inzet van een specialist, extra begeleiding of een aangepast programma, voor maximaal een jaar | Op de eigen school, toegekend door het verband |
| 3 | Eemklas: een kleine groep voor kinderen met gedrags- of leerproblemen, deels op de eigen school, deels in de Eemklas | Vier Eemklassen verspreid over de regio |
| 4 | Bovenschoolse voorziening: de voltijds HB-klas De Sprong en de nieuwkomersklas | Eemstede en Hoogland-Oost |
| 5 | Speciaal basisonderwijs en speciaal onderwijs | Twee sbo-scholen en drie so-locaties |
Naast deze trap zijn er onderwijs-zorgarrangementen voor kinderen die onderwijs en jeugdhulp combineren, en een observatieplek op de so-school voor jonge kinderen bij wie nog niet duidelijk is wat zij nodig hebben.
## Nieuwkomers
Kinderen die korter dan een jaar in Nederland zijn en de Nederlandse taal nog niet beheersen, kunnen de eerste periode naar de nieuwkomersklas in Hoogland-Oost. Daar krijgen zij intensief Nederlands en leren zij de gewoonten van een Nederlandse school kennen. Na ongeveer een jaar stromen zij door naar een basisschool in hun woonplaats, waar zij nog een half jaar extra taalondersteuning krijgen. Scholen in de kernen waar geen nieuwkomersklas bereikbaar is, krijgen begeleiding van een NT2-specialist van het verband. Het aantal nieuwkomers in de regio schommelt sterk; het verband houdt daarom met de gemeenten een buffer in de planning aan.
## Waar schiet het aanbod tekort?
Eens per jaar bespreekt het verband met de besturen en de gemeenten waar het aanbod tekortschiet. Daarvoor gebruiken wij de registratie van thuiszitters, de wachtlijsten van de so-scholen en de signalen van de adviseurs. In de laatste analyse (oktober 2025) kwamen twee tekorten naar voren: er is te weinig plek voor jonge kinderen met ernstige gedragsproblemen, en kinderen met een lichamelijke beperking moeten soms ver reizen. Daarom start het verband in 2026-2027 met een vijfde Eemklas voor groep 1 tot en met 4 en maken wij met de so-school afspraken over een dependance in het zuiden van de regio.
## Thuiszitters
Als een kind langer dan vier weken niet naar school gaat, meldt de school dit bij het verband en bij leerplicht. Binnen twee weken organiseert de adviseur van het verband een overleg met de school, leerplicht en het lokale team. Er wordt een plan gemaakt om het kind zo snel mogelijk (weer) onderwijs te laten volgen, eventueel eerst deels of op een andere plek. De adviseur volgt het plan tot het kind weer volledig naar school gaat. Lukt het niet om binnen drie maanden een oplossing te vinden, dan bespreekt de directeur van het verband de situatie met de betrokken bestuurders.
# Toelaatbaarheid
Hoe de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs is geregeld, staat in de Routewijzer TLV op deze website.
# Terugplaatsing
## Ons beleid
Een plaatsing in het sbo of so is in de Eemvallei geen eindstation. Wij vinden dat kinderen terug moeten kunnen naar het regulier onderwijs als hun ontwikkeling dat toelaat, zodat zij weer samen met kinderen uit de buurt naar school kunnen. Wij kijken daarbij niet alleen naar het leerniveau, maar vooral naar de vraag of het kind met de basisondersteuning en eventueel een arrangement op een reguliere school verder kan. Terugplaatsing moet een verantwoorde stap zijn: liever een half jaar later dan een overstap die mislukt.
Iedere teruggeplaatste leerling krijgt een overgangsarrangement: gedurende zes maanden komt een begeleider van de sbo- of so-school wekelijks op de nieuwe school om het kind en de leerkracht te ondersteunen. Daarna volgt een evaluatie en kan de begeleiding worden verlengd met een arrangement van het verband.
## Zo werkt het
1. De sbo- of so-school bespreekt ieder jaar in maart in de commissie van begeleiding per leerling of terugplaatsing tot de mogelijkheden behoort. In het laatste jaar van de toelaatbaarheidsverklaring is deze bespreking verplicht en wordt het verband uitgenodigd.
2. Als terugplaatsing haalbaar lijkt, zoekt de sbo- of so-school samen met de adviseur van het verband een passende basisschool.
3. De leerling maakt kennis met de nieuwe school en draait een aantal dagdelen mee.
4. De directeuren van beide scholen besluiten samen over de overstap; de adviseur van het verband legt het besluit en het overgangsarrangement vast.
5. Na drie en na zes maanden evalueren de scholen en de adviseur hoe het gaat.
Blijkt terugplaatsing niet haalbaar, dan legt de sbo- of so-school dat gemotiveerd vast in het ontwikkelingsperspectief, met een nieuw evaluatiemoment.
# Resultaten
## Wat willen wij bereiken?
| Doel | Indicator | 2025 | Doel 2030 |
| Iedere school voldoet aan de basisondersteuning | percentage scholen dat bij de audit aan alle standaarden voldoet | 84% | 100% |
| Meer kinderen thuisnabij | percentage leerlingen in sbo en so (peildatum 1 oktober) | 3,9% | ten hoogste 3,5% |
| Geen kinderen thuis | aantal kinderen dat langer dan drie maanden thuiszit | 7 | 0 |
| Succesvolle terugplaatsing | percentage teruggeplaatste leerlingen dat na een jaar nog op de reguliere school zit | nulmeting in 2026-2027 | 85% |
| Tevreden scholen | waardering van de scholen voor de adviseurs | 7,6 | ten minste 7,5 |
## Hoe volgen wij dat?
Het verband verzamelt twee keer per jaar de gegevens voor de indicatoren in de Eemvallei Monitor: uit de eigen registratie van arrangementen en verwijzingen, uit de telling van DUO op 1 oktober, uit de thuiszittersregistratie van leerplicht en uit de audits. De monitor wordt besproken in het directeurenoverleg, in het bestuur en in de ondersteuningsplanraad. In het jaarverslag rapporteert het verband per doel wat er is bereikt en welke middelen daarvoor zijn ingezet. Halverwege de planperiode, in het voorjaar van 2028, voeren wij een tussenevaluatie uit; als de doelen niet binnen bereik liggen, passen wij het jaarplan aan.
# Financiën
## Begroting en meerjarenraming
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten rijksbijdrage ondersteuning | 12.420 | 12.310 | 12.190 | 12.060 |
| Afdrachten so via DUO | -3.880 | -3.900 | -3.920 | -3.940 |
| Overdracht sbo | -2.610 | -2.580 | -2.550 | -2.520 |
| Middelen naar schoolbesturen | -2.950 | -2.920 | -2.880 | -2.840 |
| Arrangementen en Eemklassen | -1.520 | -1.610 | -1.620 | -1.630 |
| HB-klas De Sprong en nieuwkomersklas | -510 | -520 | -530 | -540 |
| Onderwijs-zorgarrangementen (aandeel verband) | -300 | -300 | -300 | -300 |
| Bureau, adviseurs en audits | -850 | -860 | -870 | -880 |
| Saldo | -200 | -380 | -480 | -590 |
De negatieve saldi worden gedekt uit de algemene reserve. Die reserve bedroeg eind 2025 € 3,1 miljoen en komt daarmee eind 2029 uit op ongeveer € 1,45 miljoen, wat past binnen de signaleringswaarde.
## Verdeling
Volgens welke sleutel en met welke criteria de middelen over de schoolbesturen worden verdeeld, wordt vastgelegd in het nieuwe verdeelmodel dat het bestuur in het voorjaar van 2027 vaststelt. Tot die tijd wordt de verdeling van het schooljaar 2025-2026 voortgezet.
# Doorgaande lijn
## Van voorschool naar basisschool
Veel ondersteuningsvragen worden al zichtbaar voordat een kind vier jaar wordt. Met de gemeenten en de kinderopvang hebben wij afspraken gemaakt over een warme overdracht van de peuteropvang naar de basisschool. Bij kinderen met een bekende ondersteuningsvraag vindt een overdrachtsgesprek plaats tussen de pedagogisch medewerker, de intern begeleider en, zo nodig, de jeugdverpleegkundige. Zo kan de school al bij de start van het kind de juiste ondersteuning klaarzetten. Voor jonge kinderen bij wie nog niet duidelijk is wat zij nodig hebben, is er de observatieplek op de so-school.
## Van basisschool naar voortgezet onderwijs
Met het samenwerkingsverband voortgezet onderwijs in de regio zijn afspraken gemaakt over de overstap van groep 8 naar het voortgezet onderwijs. De basisscholen dragen de gegevens van alle leerlingen vóór 1 maart over via het digitale overdrachtssysteem. Voor leerlingen met een ondersteuningsbehoefte is er een extra overdrachtsgesprek met de ondersteuningscoördinator van de vo-school. Ook voor leerlingen uit het sbo en so is een warme overdracht afgesproken.
## Hoogbegaafde leerlingen
De afgelopen jaren is met extra middelen van het rijk geïnvesteerd in het aanbod voor meer- en hoogbegaafde leerlingen. Dat heeft geleid tot de voltijds HB-klas De Sprong in Eemstede (24 plaatsen) en tot een netwerk van HB-specialisten op de scholen. In deze planperiode breiden wij het netwerk uit, zodat iedere school een HB-specialist heeft of kan inschakelen.
# Wat betekent dit plan voor de scholen?
Voor scholen verandert er in deze planperiode een aantal zaken. De audit basisondersteuning wordt vernieuwd: in plaats van een uitgebreide zelfevaluatie voert het auditteam een gesprek op school en kijkt het mee in enkele groepen. De Eemklassen worden uitgebreid en de samenwerking met het lokale team wordt geïntensiveerd.
Wij vragen de scholen om de afspraken uit dit plan te bespreken in het team en in de medezeggenschapsraad, en om in het schoolplan te beschrijven hoe de school de basisondersteuning verder versterkt. De adviseurs van het verband ondersteunen de scholen daarbij.
# Jaarcyclus en planning
Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan. Het jaarplan bevat de activiteiten voor het komende schooljaar en wordt in juni vastgesteld. De begroting wordt in december vastgesteld.
| Schooljaar | Belangrijkste activiteiten |
| 2026-2027 | Vijfde Eemklas (groep 1-4); vernieuwde audit; nulmeting terugplaatsing; nieuw verdeelmodel voorbereiden |
| 2027-2028 | Invoering nieuw verdeelmodel; dependance so in het zuiden van de regio; uitbreiding HB-netwerk |
| 2028-2029 | Tussenevaluatie; tweede auditronde |
| 2029-2030 | Voorbereiding ondersteuningsplan 2030-2034 |
# Medezeggenschap
De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR telt twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert vijf keer per jaar; de directeur-bestuurder is bij een deel van de vergadering aanwezig. De OPR heeft een eigen budget voor scholing en advies. Wijzigingen van dit plan tijdens de planperiode worden eveneens ter instemming aan de OPR voorgelegd.
# Organisatie
Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller en negen adviseurs passend onderwijs. De adviseurs hebben ieder een vaste groep scholen. De stichting heeft een ondernemingsraad voor het eigen personeel.
Het toezicht op het bestuur wordt uitgeoefend door een raad van toezicht van vijf leden, van wie er twee worden voorgedragen door de aangesloten schoolbesturen. De raad van toezicht keurt de begroting, het jaarverslag en het ondersteuningsplan goed en is werkgever van de directeur-bestuurder. De schoolbesturen hebben zitting in de Algemene Vergadering, die twee keer per jaar bijeenkomt.
De adviseurs passend onderwijs zijn orthopedagoog of psycholoog. Zij volgen jaarlijks scholing en nemen deel aan intervisie. Het verband biedt daarnaast stageplaatsen aan voor studenten pedagogiek en orthopedagogiek, onder meer om in de toekomst voldoende deskundigen te kunnen werven.
Het verband verwerkt persoonsgegevens alleen als dat nodig is voor de uitvoering van de wettelijke taken. Er is een privacyreglement, en de bewaartermijn van dossiers is drie jaar na het laatste besluit.
## Begrippen
**Arrangement**: afspraken over extra ondersteuning voor een kind, met doel, duur en inzet.
**Ouder- en Jeugdsteunpunt (OJSP)**: een onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs.
**Onderwijsconsulenten**: landelijke organisatie die kosteloos advies geeft bij vastgelopen onderwijssituaties.
**Routewijzer TLV**: de beschrijving van de procedure en criteria voor een toelaatbaarheidsverklaring.
**TLV**: toelaatbaarheidsverklaring voor het sbo of so.
**Verdeelmodel**: de regels voor het verdelen van de middelen over de schoolbesturen.
"""


# ==========================================================================
# Document F: NOT an SWV plan – a school's own 'ondersteuningsplan' (.docx)
# ==========================================================================
F_NAME = "obs-de-wilgenhoek-ondersteuningsplan-2025-2026"
F_HEADER = "OBS De Wilgenhoek – Ondersteuningsplan schooljaar 2025-2026"
F_FOOTER = "OBS De Wilgenhoek · Wilgenlaan 2 · Zandwijk · onderdeel van Stichting Openbaar Onderwijs Zandwijk"
F_TEXT = r"""
=T Ondersteuningsplan 2025-2026
=S Openbare basisschool De Wilgenhoek, Zandwijk
Zorg en ondersteuning op onze school
Vastgesteld door het MT op 1 september 2025; besproken in de MR op 16 september 2025
---
Inhoud
TOC| 1 Inleiding | 2
TOC| 2 Onze school en onze leerlingen | 2
TOC| 3 De ondersteuningsstructuur: zorgniveaus 1 tot en met 5 | 3
TOC| 4 Basisondersteuning op De Wilgenhoek | 4
TOC| 5 Groepsbesprekingen en leerlingbesprekingen | 5
TOC| 6 Extra ondersteuning en de aanvraag van een TLV | 6
TOC| 7 Ouders | 7
TOC| 8 Middelen en formatie | 7
TOC| 9 Resultaten en jaarplanning | 8
---
# 1 Inleiding
Dit ondersteuningsplan beschrijft hoe de ondersteuning van leerlingen op OBS De Wilgenhoek is georganiseerd. Het plan is bedoeld voor het team, de intern begeleider en de medezeggenschapsraad. Het plan wordt ieder schooljaar geactualiseerd. Het sluit aan bij het schoolondersteuningsprofiel (SOP) van onze school en bij het ondersteuningsplan van ons samenwerkingsverband, Stichting Passend Primair Onderwijs Noorderzand (PO 20-09).
Wij vinden het belangrijk dat ieder kind zich op onze school veilig voelt en zich kan ontwikkelen naar zijn of haar mogelijkheden. Dat vraagt om een goed georganiseerde ondersteuning, waarin leerkrachten, de intern begeleider (IB'er), ouders en externe partners samenwerken.
# 2 Onze school en onze leerlingen
De Wilgenhoek is een openbare basisschool in de wijk Wilgenpark in Zandwijk. De school telt 246 leerlingen verdeeld over tien groepen. Ongeveer 18 procent van de leerlingen heeft een thuistaal anders dan het Nederlands. In de afgelopen jaren zien wij een toename van het aantal leerlingen met gedragsvragen en met een vraag op het gebied van taalontwikkeling.
Het team bestaat uit zestien leerkrachten, een intern begeleider (0,6 fte), twee onderwijsassistenten, een gedragsspecialist (0,2 fte, gedeeld met De Regenboog) en een conciërge. De directeur is tevens directeur van OBS De Regenboog.
# 3 De ondersteuningsstructuur: zorgniveaus 1 tot en met 5
Wij werken met vijf zorgniveaus:
* **Zorgniveau 1 – algemene zorg in de groep.** De leerkracht geeft goed onderwijs en stemt de instructie af op de basisgroep, de verlengde instructiegroep en de verrijkingsgroep.
* **Zorgniveau 2 – extra zorg in de groep.** De leerkracht signaleert dat een leerling extra begeleiding nodig heeft en biedt die zelf, bijvoorbeeld met pre-teaching of extra oefentijd.
* **Zorgniveau 3 – speciale zorg na consultatie van de IB'er.** De leerling wordt besproken in de leerlingbespreking; de IB'er adviseert of observeert.
* **Zorgniveau 4 – speciale zorg met externe deskundigen.** De leerling wordt besproken in het ondersteuningsteam (OT) met de consulent van het samenwerkingsverband en zo nodig de contactpersoon van het wijkteam.
* **Zorgniveau 5 – verwijzing.** Als de school niet (meer) kan bieden wat de leerling nodig heeft, vraagt het schoolbestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband.
# 4 Basisondersteuning op De Wilgenhoek
Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband Noorderzand is afgesproken. Concreet betekent dat op De Wilgenhoek:
* een intern begeleider die op dinsdag, woensdag en donderdag aanwezig is;
* het protocol leesproblemen en dyslexie, met het programma Bouw! in groep 2 tot en met 4;
* de methode Kwink voor sociaal-emotioneel leren en een anti-pestprotocol;
* twee keer per jaar toetsen met het leerlingvolgsysteem en een trendanalyse per groep;
* een plusgroep voor leerlingen uit groep 5 tot en met 8 die meer uitdaging nodig hebben;
* een NT2-aanbod voor nieuwkomers, twee keer per week door een onderwijsassistent;
* een protocol medisch handelen.
Wat wij als school daarnaast kunnen bieden en waar onze grenzen liggen, staat in ons schoolondersteuningsprofiel.
# 5 Groepsbesprekingen en leerlingbesprekingen
Drie keer per jaar (oktober, februari en juni) houdt de IB'er met iedere leerkracht een groepsbespreking. Daarin bespreken zij de resultaten van de groep, de groepsplannen en de leerlingen die opvallen. De afspraken worden vastgelegd in het groepsoverzicht in ParnasSys.
Na de groepsbespreking volgt zo nodig een leerlingbespreking voor individuele leerlingen. Ouders worden altijd geïnformeerd als hun kind in een leerlingbespreking wordt besproken. Bij de leerlingbespreking kan de gedragsspecialist aansluiten.
De jaarplanning van de groeps- en leerlingbesprekingen staat in de jaarkalender van het team.
# 6 Extra ondersteuning en de aanvraag van een TLV
Als een leerling meer nodig heeft dan de basisondersteuning, kan de school een arrangement aanvragen bij het bestuur. Het bestuur ontvangt daarvoor middelen van het samenwerkingsverband. De IB'er stelt in overleg met ouders een ontwikkelingsperspectief (OPP) op voor leerlingen die een eigen leerlijn volgen; het OPP wordt twee keer per jaar met ouders geëvalueerd.
Wanneer de school met extra ondersteuning onvoldoende kan bieden, bespreekt de IB'er de leerling in het OT met de consulent van Noorderzand. Als het OT adviseert om een toelaatbaarheidsverklaring (TLV) aan te vragen, vult de IB'er het groeidocument in en dient de directeur namens het bestuur de aanvraag in volgens de Routewijzer TLV van het samenwerkingsverband. In het schooljaar 2024-2025 zijn vanuit De Wilgenhoek twee leerlingen naar het sbo gegaan.
Leerlingen die na een periode in het sbo of so terugkomen op onze school, krijgen een warme overdracht. De IB'er plant een overdrachtsgesprek met de school van herkomst.
# 7 Ouders
Ouders zijn onze partners. Wij informeren ouders via de schoolgids, via Parro en tijdens de startgesprekken aan het begin van het schooljaar. Zodra wij ons zorgen maken over de ontwikkeling van een kind, nemen wij contact op met de ouders. Ouders worden uitgenodigd voor het OT.
Ouders die vragen hebben over de ondersteuning, kunnen terecht bij de leerkracht en de IB'er. Voor een onafhankelijk advies verwijzen wij naar het Ouder- en Jeugdsteunpunt Noorderzand. Klachten worden behandeld volgens de klachtenregeling van ons bestuur.
# 8 Middelen en formatie
De school ontvangt via het bestuur een deel van de middelen die het samenwerkingsverband aan het bestuur toekent. In 2025-2026 is dat € 31.400. Wij zetten dit bedrag als volgt in:
| Inzet | Bedrag |
| Onderwijsassistent ondersteuning (0,4 fte) | € 19.800 |
| Gedragsspecialist (0,2 fte, aandeel De Wilgenhoek) | € 8.100 |
| Materialen en toetsen | € 1.500 |
| Scholing team (gedrag in de klas) | € 2.000 |
De formatie van de IB'er wordt betaald uit de lumpsum van de school.
# 9 Resultaten en jaarplanning
De resultaten van de school op de doorstroomtoets lagen in 2025 boven de signaleringswaarde. Op rekenen scoorden onze leerlingen onder het landelijk gemiddelde; daarom is rekenen dit jaar een speerpunt. Wij volgen de resultaten twee keer per jaar met een trendanalyse, die wordt besproken in het team en in de MR.
Voor het schooljaar 2025-2026 hebben wij de volgende doelen:
1. Alle leerkrachten werken met het nieuwe groepsoverzicht in ParnasSys (oktober 2025).
2. Het rekenonderwijs wordt verbeterd met een extra instructiemoment voor groep 5 tot en met 8 (hele jaar).
3. De plusgroep wordt uitgebreid met groep 4 (februari 2026).
4. Het anti-pestprotocol wordt geëvalueerd met de leerlingenraad (juni 2026).
Dit ondersteuningsplan wordt in juni 2026 geëvalueerd en bijgesteld voor het schooljaar 2026-2027.
"""


# ==========================================================================
# Labels (hand-written; see notes for the reasoning per element)
# ==========================================================================
LABELS = {}

LABELS[A_NAME] = """\
documents: [po-kromme-linge-op-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
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
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 (Heading-styled): 3.1 defines the agreed minimum for all 53 vestigingen, 3.2 bullet list 'kwaliteitskaart' (IB'er, dyslexie, ERWD, OPP ...); 3.3 basisscan = borging."
  plaatsing: "H5: numbered List Number procedure (loket, two deskundigen, CvT within 6 weeks), 5.3 criteria sbo/so, 5.4 duur + categorie, 5.5 bezwaar via LBT."
  terugstroom: "Hidden inside TLV chapter 5.6: hand-numbered steps in last TLV year = procedure; policy explicitly not yet adopted ('werken we in 2026-2027 uit') plus footnote deferral -> beleid false."
  financien: "Chapter '7 Geld en middelen': verdeelmodel (EUR 118 per leerling, vaste voet, arrangement amounts) and meerjarenbegroting table 2026-2029; 7.4 reserves."
  dekkend-aanbod: "Chapter 4 (typed bold, not a Heading style) describes niveau 1-4 continuum and voorzieningen; 4.3 'Dekkend aanbod' only defers the gap analysis to 2027; thuiszitters appears only as an OOGO topic word and in the begrippenlijst -> lacunes false."
  resultaten: "H9 titled 'Kwaliteit, resultaten en verantwoording' only says results are not about eindtoets and defers goals and monitoring to the jaarplan 2026-2027 (+ footnote 'volgt'); TOC/begrippenlijst/planning table mention 'resultaten' only."
  ouders: "Under typed-bold chapter '8. Communicatie en informatie': ouderpagina, brochure in 5 languages, info evenings (informatie); OJSP Linge, Onderwijsconsulenten, klachten/Geschillencommissie (steunpunt)."
"""

LABELS[B_NAME] = """\
documents: [vo-zuiderkempen-op-2026-2030.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 states the common minimum for every vestiging (niveau) and the visitatie (borging), but the concrete standards are only in 'bijlage 2' Referentiedocument, which is a separate document not in the input; glossary definition does not count -> inhoud false."
  plaatsing: "4.4 hand-numbered steps for vso TLV incl. two deskundigen, Commissie Toewijzing, duur/categorie, and lwoo/pro deadlines; 'Criteria' subsection defers to a 2026-2027 revision published on the website (footnote refers to old frameworks) -> criteria false. No bezwaar text."
  terugstroom: "4.5 'Terug- en overplaatsing' is a p.m. placeholder; only TOC and begrippenlijst define terugplaatsing. OPDC return (4.3, ambitie '80% terug in regulier vo') and De Luwte are not return from vso."
  financien: "Typed-bold 'Hoofdstuk 8 Geld en middelen': numbered verdeling rules with amounts per leerling, begroting table 2026-2029, reserve drawdown to signaleringswaarde, 8.4 verantwoording by boards."
  dekkend-aanbod: "Hoofdstuk 5: continuum (trajectvoorziening, rebound, Topklas, OPDC, ISK, vso, OZA); 5.2 witte vlekken with dated actions; 5.3 thuiszitterstafel, doorzettingsmacht, zorgplicht."
  resultaten: "Hoofdstuk 7 table with ambities and streefwaarden 2030 (doelen); how progress is measured and reported is deferred to a monitoringsplan 'dat in 2026-2027 verschijnt' -> monitoring false."
  ouders: "Hoofdstuk 6 lists website page, schoolgids reference, info evening, folder (informatie); the ouder- en jeugdsteunpunt is only being prepared ('bepalen wij in 2027'), no other independent help, klachten or geschillen mentioned -> steunpunt false; glossary entry OJSP is a trap."
"""

LABELS[C_NAME] = """\
documents: [po-noorderzand-op-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  financien: [verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: minimum for all vestigingen stated in prose; the concrete content is only in a two-column table (domein / wat iedere school biedt); 4-yearly zelfevaluatie + schoolbezoek = borging."
  plaatsing: "H6: 6.1 only refers to the 'Routewijzer TLV' on the website for aanvraag, stukken, besluit and termijn -> procedure false; 6.2 criteria table sbo vs so (+ categorie and duur sentence) -> criteria true."
  terugstroom: "Typed-bold chapter '7. Speciaal (basis)onderwijs in de regio': 7.1 policy and conditions + terugplaatsingsarrangement, 7.2 List Number procedure (january check, proefperiode, decision, evaluations); yearly count = monitoring."
  financien: "H10: 10.1 verdeelmodel rules (naar rato 1 oktober, vaste voet EUR 5.000, verevening) -> verdeling; 10.2 meerjarenbegroting table contains only 'p.m.' and is filled in after December 2026 -> besteding false."
  dekkend-aanbod: "H5 'Dekkend aanbod' only defers to a Koersdocument for the najaar 2026 (+ footnote bijlage 3); no overview of arrangementen or voorzieningen, no thuiszitters approach (thuiszitters only as a missed previous-plan goal in H2); description of the sbo/so schools in H7 is context for terugplaatsing, not a continuum."
  resultaten: "H2 terugblik with achieved figures; H9 table of doelen with nulmeting and streefwaarde 2030; 9.2 data sources, Noorderzand Monitor, yearly bestuur review, jaarverslag."
  ouders: "H8: ouderpagina, ouderfolder (eenvoudige taal), schoolgids reference, thema-avond; OJSP Noorderzand (MEE), Onderwijsconsulenten, Ouders & Onderwijs, klachtencommissie/Geschillencommissie."
"""

LABELS[D_NAME] = """\
documents: [vo-rijn-heuvel-op-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 'Basisondersteuning' only says it will be re-defined in the planperiode against the landelijke norm and refers to the schoolgidsen (+ footnote deferral to 2027); glossary definition only. The 'ondersteuningsvoorziening op iedere school' in 4.2 is explicitly extra ondersteuning (arrangementen)."
  plaatsing: "H5: 'Stap 1-5' typed steps for vso with CTT, two deskundigen, six-week term; 5.2 vso criteria; 5.4 lwoo and pro criteria and procedure with dates; 5.3 duur/categorie; 5.5 bezwaar via LBT."
  terugstroom: "H6 gives aims, conditions and terugkeerarrangement (beleid) but who initiates, evaluation moments and decision are deferred to a 'Protocol terug- en overplaatsing' for 2026-2027 -> procedure false; count of 14 returns + kengetallen table = monitoring."
  financien: "Typed-bold '8 Financien' only refers to a separate Financiele kadernota (expected December 2026) and the website; glossary defines verdeelmodel/kadernota; OZA 'gemeente bekostigt het zorgdeel' and steunpunt financing are passing mentions."
  dekkend-aanbod: "4.2 continuum (arrangementen, AB, OZA, Het Baken, vso); H7 yearly gap inventory, tekorten and actions, Overleg Zorgplicht, thuiszitterstafel with doorzettingsmacht."
  resultaten: "H10 'Kwaliteitszorg en monitoring' describes PDCA, kengetallen twice a year, dashboard, evaluation session, jaarverslag (monitoring) with a table of achieved figures; the doelen for the new period are explicitly to be set 'in de loop van 2026-2027' -> doelen false."
  ouders: "H9: website overview per school, schoolgids paragraph, ouderavond, informatielijn (informatie); independent Ouder- en Jongerensteunpunt Rivierenland, Onderwijsconsulenten, klachtenregeling/Geschillencommissie (steunpunt); OPR and hoorrecht."
"""

LABELS[E_NAME] = """\
documents: [po-eemvallei-op-2026-2030.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Section 'Basisondersteuning': same standards for all scholen and vestigingen, ordered list of nine items, 3-yearly audit + verbeterplan; boundary with extra ondersteuning."
  plaatsing: "Section 'Toelaatbaarheid' is a single sentence referring to the Routewijzer TLV on the website; nav link and glossary only; nothing on deskundigen, duur or bezwaar."
  terugstroom: "Section 'Terugplaatsing': policy (geen eindstation, overgangsarrangement 6 months) and 5 numbered steps with yearly March review, decision by both directeuren, evaluations; terugplaatsing indicator in Resultaten."
  financien: "Section 'Financien': begroting/meerjarenraming table with amounts and reserve drawdown (besteding, reserves); distribution key deferred to a new verdeelmodel 'in het voorjaar van 2027', current distribution not described -> verdeling false."
  dekkend-aanbod: "Section 'Dekkend aanbod': 5-step table (trede 1-5) incl. Eemklassen, HB-klas, sbo/so, OZA; yearly gap analysis with actions; thuiszitters approach."
  resultaten: "Section 'Resultaten': table with indicators, 2025 values and 2030 goals; Eemvallei Monitor twice a year, jaarverslag, tussenevaluatie 2028."
  ouders: "No section on parents: 'Ouders' and 'Ouder- en Jeugdsteunpunt' occur only in the nav menu, the footer links and the Begrippen list; the visie sentence 'Kinderen, ouders en leraren moeten erop kunnen vertrouwen' is a passing mention."
"""

LABELS[F_NAME] = """\
documents: [obs-de-wilgenhoek-ondersteuningsplan-2025-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, own IB formation and school budget, yearly MR/MT document) that refers to the SWV Noorderzand and its Routewijzer TLV; not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode of the verband, verdeling over besturen)."
"""


# ==========================================================================
# Build
# ==========================================================================
def build_docx(markup, header, footer, path, font="Calibri"):
    w = DocxWriter(header=header, footer=footer, font=font)
    w.render(markup)
    w.save(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build_docx(A_TEXT, A_HEADER, A_FOOTER, OUT / (A_NAME + ".docx"))
    build_docx(B_TEXT, B_HEADER, B_FOOTER, OUT / (B_NAME + ".docx"), font="Arial")
    build_docx(F_TEXT, F_HEADER, F_FOOTER, OUT / (F_NAME + ".docx"))
    work = Path(tempfile.mkdtemp(prefix="holdout99_build_"))
    try:
        for name, text, header, footer, font in (
            (C_NAME, C_TEXT, C_HEADER, C_FOOTER, "Calibri"),
            (D_NAME, D_TEXT, D_HEADER, D_FOOTER, "Verdana"),
        ):
            tmp_docx = work / (name + ".docx")
            build_docx(text, header, footer, tmp_docx, font=font)
            to_pdf(tmp_docx, OUT / (name + ".pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (OUT / (E_NAME + ".html")).write_text(render_html(E_TEXT, E_TITLE, E_NAV, E_FOOTER), encoding="utf-8")
    for name, text in LABELS.items():
        (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")
    print("written to", OUT)


if __name__ == "__main__":
    sys.exit(main())
