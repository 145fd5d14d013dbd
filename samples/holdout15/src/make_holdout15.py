#!/usr/bin/env python3
"""Generate holdout15: five fictional ondersteuningsplannen + one near-miss document.

Style focus: web and draft formats (HTML web page, wiki-exported Markdown, Word draft with
tracked changes and comments, Word with 'Kop 1'/'Kop 2' styles and automatic numbering).
Deterministic, no network. Labels (*.expected.yaml) are written by this script as well.

Usage: python3 make_holdout15.py [--no-pdf]
"""
import copy
import html
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# --------------------------------------------------------------------------------------------
# Block model.  Each document is a list of blocks:
#   ('h1'|'h2'|'h3', text)            headings
#   ('p', text)                        paragraph
#   ('ul'|'ol', [items])               lists
#   ('table', [[header...], [row]...]) table (first row = header)
#   ('toc', [entries])                 table of contents (title + entries)
#   ('tp', [(kind, text), ...], comment|None)  tracked paragraph: kind in n/ins/del;
#                                      comment = (author, text) anchored on the first normal run
#   ('cp', text, (author, comment))    normal paragraph with a reviewer comment
#   ('ph', text)                       highlighted placeholder paragraph (draft)
#   ('acc', title, [blocks])           accordion (HTML: <details>; other formats: h3 + blocks)
#   ('gl', [(term, definition)])       glossary / begrippenlijst
#   ('note', text)                     wiki info/warning panel (md: blockquote)
# --------------------------------------------------------------------------------------------

def words(blocks):
    n = 0
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3", "p", "ph", "note", "cp"):
            n += len(b[1].split())
        elif k in ("ul", "ol", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif k == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif k == "tp":
            n += sum(len(t.split()) for kind, t in b[1] if kind != "del")
        elif k == "acc":
            n += len(b[1].split()) + words(b[2])
        elif k == "gl":
            n += sum(len(t.split()) + len(d.split()) for t, d in b[1])
    return n


# ------------------------------------------------------------------ DOCX rendering
class DocxWriter:
    def __init__(self, heading_styles=("Heading 1", "Heading 2", "Heading 3"), base_font="Calibri"):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = base_font
        st.font.size = Pt(10.5)
        self.hs = heading_styles
        self.rev_id = 100
        self.date = "2026-02-10T09:30:00Z"

    def _next_id(self):
        self.rev_id += 1
        return str(self.rev_id)

    def heading(self, level, text):
        self.doc.add_paragraph(text, style=self.hs[level - 1])

    def para(self, text, style=None):
        return self.doc.add_paragraph(text, style=style)

    def add_ins(self, p, text, author):
        el = parse_xml(
            '<w:ins %s w:id="%s" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
            % (nsdecls("w"), self._next_id(), html.escape(author), self.date, html.escape(text, quote=False)))
        p._p.append(el)

    def add_del(self, p, text, author):
        el = parse_xml(
            '<w:del %s w:id="%s" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
            % (nsdecls("w"), self._next_id(), html.escape(author), self.date, html.escape(text, quote=False)))
        p._p.append(el)

    def mark_para_deleted(self, p, author):
        pPr = p._p.get_or_add_pPr()
        rPr = parse_xml('<w:rPr %s><w:del w:id="%s" w:author="%s" w:date="%s"/></w:rPr>'
                        % (nsdecls("w"), self._next_id(), html.escape(author), self.date))
        pPr.append(rPr)

    def tracked(self, segs, comment=None, author="M. van Dijk"):
        p = self.doc.add_paragraph()
        first_run = None
        for kind, text in segs:
            if kind == "n":
                r = p.add_run(text)
                first_run = first_run or r
            elif kind == "ins":
                self.add_ins(p, text, author)
            elif kind == "del":
                self.add_del(p, text, author)
        if all(k == "del" for k, _ in segs):
            self.mark_para_deleted(p, author)
        if comment:
            if first_run is None:
                first_run = p.add_run("")
            self.doc.add_comment(first_run, text=comment[1], author=comment[0],
                                 initials="".join(w[0] for w in comment[0].split() if w[0].isalpha()))
        return p

    def render(self, blocks):
        for b in blocks:
            k = b[0]
            if k in ("h1", "h2", "h3"):
                self.heading(int(k[1]), b[1])
            elif k == "p":
                self.para(b[1])
            elif k == "note":
                p = self.para(b[1])
                p.runs[0].italic = True
            elif k == "ph":
                p = self.doc.add_paragraph()
                r = p.add_run(b[1])
                r.font.highlight_color = WD_COLOR_INDEX.YELLOW
            elif k == "cp":
                p = self.doc.add_paragraph()
                r = p.add_run(b[1])
                self.doc.add_comment(r, text=b[2][1], author=b[2][0],
                                     initials="".join(w[0] for w in b[2][0].split() if w[0].isalpha()))
            elif k == "tp":
                self.tracked(b[1], b[2] if len(b) > 2 else None)
            elif k == "ul":
                for it in b[1]:
                    self.para(it, style="List Bullet")
            elif k == "ol":
                for it in b[1]:
                    self.para(it, style="List Number")
            elif k == "toc":
                p = self.para("Inhoudsopgave")
                p.runs[0].bold = True
                for e in b[1]:
                    self.para(e)
            elif k == "table":
                rows = b[1]
                t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
                        if i == 0:
                            for r in t.cell(i, j).paragraphs[0].runs:
                                r.bold = True
                self.para("")
            elif k == "acc":
                self.heading(3, b[1])
                self.render(b[2])
            elif k == "gl":
                for term, d in b[1]:
                    p = self.doc.add_paragraph()
                    r = p.add_run(term + ": ")
                    r.bold = True
                    p.add_run(d)
            else:
                raise ValueError(k)

    def header_footer(self, header, footer):
        sec = self.doc.sections[0]
        sec.header.paragraphs[0].text = header
        sec.footer.paragraphs[0].text = footer

    def save(self, path):
        """Save with fixed zip timestamps and fixed comment dates, so that output is byte-identical."""
        import io
        import re
        import zipfile
        buf = io.BytesIO()
        self.doc.save(buf)
        buf.seek(0)
        with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename == "word/comments.xml":
                    data = re.sub(rb'w:date="[^"]*"', b'w:date="2026-02-10T11:00:00Z"', data)
                zi = zipfile.ZipInfo(item.filename, date_time=(2026, 2, 10, 12, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(zi, data)


# ------------------------------------------------------------------ HTML rendering
def html_blocks(blocks):
    out = []
    e = lambda s: html.escape(s, quote=False)
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            anchor = "".join(ch for ch in b[1].lower().replace(" ", "-") if ch.isalnum() or ch == "-")[:40]
            out.append('<%s id="%s">%s</%s>' % (k, anchor, e(b[1]), k))
        elif k == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "note":
            out.append('<div class="infoblok"><p>%s</p></div>' % e(b[1]))
        elif k in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % e(i) for i in b[1]), k))
        elif k == "table":
            rows = b[1]
            s = "<table><thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % e(c) for c in rows[0])
            for r in rows[1:]:
                s += "<tr>%s</tr>" % "".join("<td>%s</td>" % e(c) for c in r)
            out.append(s + "</tbody></table>")
        elif k == "acc":
            out.append('<details class="accordion"><summary>%s</summary><div class="acc-body">%s</div></details>'
                       % (e(b[1]), "\n".join(html_blocks(b[2]))))
        elif k == "gl":
            out.append("<dl class=\"begrippen\">%s</dl>" % "".join(
                "<dt>%s</dt><dd>%s</dd>" % (e(t), e(d)) for t, d in b[1]))
        else:
            raise ValueError(k)
    return out


# ------------------------------------------------------------------ Markdown rendering
def md_blocks(blocks, level_offset=0):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("h1", "h2", "h3"):
            out.append("#" * (int(k[1]) + level_offset) + " " + b[1])
        elif k == "p":
            out.append(b[1])
        elif k == "note":
            out.append("> " + b[1])
        elif k == "ul":
            out.append("\n".join("- " + i for i in b[1]))
        elif k == "ol":
            out.append("\n".join("%d. %s" % (n + 1, i) for n, i in enumerate(b[1])))
        elif k == "table":
            rows = b[1]
            s = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            s += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(s))
        elif k == "acc":
            out.append("### " + b[1])
            out.extend(md_blocks(b[2], level_offset))
        elif k == "gl":
            out.append("\n".join("- **%s**: %s" % (t, d) for t, d in b[1]))
        else:
            raise ValueError(k)
    return out


def to_pdf(docx_path):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://%s/lo" % tmp,
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.copy(pdf, os.path.splitext(docx_path)[0] + ".pdf")


def write_label(name, label):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(label, f, allow_unicode=True, sort_keys=False, width=110)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def make_label(documents, sector, criteria_false, advisory, notes, partial_only=()):
    """criteria_false: set of core criterion ids that are NOT addressed.
    partial_only: elements where no core criterion is addressed but an advisory one is (status partial)."""
    crit = {c: (c not in criteria_false) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        vals = [crit[c] for c in CORE if c.split(".")[0] == el]
        if all(vals):
            elements[el] = "present"
        elif any(vals) or el in partial_only or advisory.get(el):
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return {"documents": documents, "sector": sector, "looks_like_plan": True, "elements": elements,
            "criteria": crit, "advisory_addressed": advisory, "notes": notes}


# ============================================================================================
# Shared filler: sections every real plan has, written so that they address NONE of the seven
# elements' criteria (core or advisory).  They mention the element vocabulary only in passing.
# ============================================================================================
def filler(c):
    """c: dict with name, short, code, sector, gemeenten, besturen, scholen, ll_now, ll_2030,
    director, opr_date, oogo_date, other_swv, parents (bool: may mention parent members)."""
    sch = "basisscholen" if c["sector"] == "po" else "scholen voor voortgezet onderwijs"
    kind = "kinderen" if c["sector"] == "po" else "jongeren"
    partners = ("leraren, intern begeleiders, directeuren, ouders en partners" if c["parents"]
                else "leraren, intern begeleiders, ondersteuningscoördinatoren, directeuren en partners")
    f = {}
    f["voorwoord"] = [
        ("p", "Voor u ligt het ondersteuningsplan 2026–2030 van %s. Dit plan beschrijft hoe de aangesloten "
              "schoolbesturen de komende vier jaar samenwerken om alle %s in onze regio een passende plek in het "
              "onderwijs te bieden. Het is het vierde ondersteuningsplan sinds de invoering van de Wet passend "
              "onderwijs in 2014. In de afgelopen jaren hebben we veel geleerd: over wat werkt in de klas, over de "
              "grenzen van wat een school alleen kan, en over het belang van korte lijnen tussen school, jeugdhulp "
              "en gemeente." % (c["name"], kind)),
        ("p", "Dit plan kwam tot stand in een zorgvuldig traject. In het najaar van 2025 spraken we in vier "
              "regiobijeenkomsten met %s over wat goed gaat en wat beter moet. Een schrijfgroep verwerkte de "
              "opbrengst tot een eerste versie, die in drie leesrondes is aangescherpt. We danken iedereen die tijd "
              "en energie heeft gestoken in de gesprekken, de schrijfgroep en de leesrondes." % partners),
        ("p", "Passend onderwijs is geen project met een einddatum, maar een manier van werken. Dat vraagt om "
              "geduld, om eerlijkheid over wat nog niet goed gaat en om vertrouwen in de professionals die het "
              "dagelijks moeten doen. Middelen zijn schaars, de arbeidsmarkt is krap en de vragen in de klas worden "
              "niet eenvoudiger. Toch zijn we optimistisch: de bereidheid om samen verantwoordelijkheid te nemen "
              "is in onze regio groot. Wij hopen dat dit plan daarvoor een bruikbaar kompas is."),
        ("p", "%s, directeur-bestuurder" % c["director"]),
    ]
    f["regio"] = [
        ("p", "Het werkgebied van %s (%s) omvat de gemeenten %s. Bij het samenwerkingsverband zijn %d "
              "schoolbesturen aangesloten, die samen %d %s en locaties in stand houden. Het gaat om openbare, "
              "protestants-christelijke, katholieke en algemeen bijzondere scholen, van kleine dorpsscholen met "
              "minder dan honderd leerlingen tot grote scholen in de stedelijke kernen." %
              (c["name"], c["code"], ", ".join(c["gemeenten"][:-1]) + " en " + c["gemeenten"][-1], c["besturen"],
               c["scholen"], sch)),
        ("p", "Op de teldatum 1 oktober 2025 telde het samenwerkingsverband %s leerlingen. Volgens de "
              "leerlingenprognose van de gemeenten daalt dit aantal tot ongeveer %s in 2030. De daling is niet "
              "gelijk verdeeld: in de kleinere kernen loopt het aantal leerlingen sneller terug, terwijl in de "
              "stedelijke wijken en in de nieuwbouwwijk aan de oostkant van de regio juist groei te zien is. Ook het "
              "aantal leerlingen met een migratieachtergrond en het aantal nieuwkomers neemt toe. Deze ontwikkelingen "
              "hebben gevolgen voor de spreiding van voorzieningen en voor de middelen die beschikbaar zijn." %
              (c["ll_now"], c["ll_2030"])),
        ("p", "De regio kent een rijk maar versnipperd veld van jeugdhulpaanbieders, en de wachttijden in de "
              "jeugd-ggz zijn lang. Het samenwerkingsverband "
              "valt gedeeltelijk samen met het werkgebied van %s, waarmee we in het kader van de overstap "
              "regelmatig overleggen." % c["other_swv"]),
    ]
    f["visie"] = [
        ("p", "Onze visie is samen te vatten in drie woorden: dichtbij, samen en eerlijk. Dichtbij betekent dat "
              "we ondersteuning zo veel mogelijk organiseren in de school en in de wijk, bij de leraar die het kind "
              "kent. Samen betekent dat geen school er alleen voor staat: besturen delen expertise, leren van elkaar "
              "en spreken elkaar aan. Eerlijk betekent dat we open zijn over dilemma's, over wat niet lukt en over "
              "de keuzes die we maken."),
        ("p", "Onze missie luidt: 'Wij maken het mogelijk dat scholen elke leerling het onderwijs en de "
              "ondersteuning bieden die bij hem of haar past.' Het samenwerkingsverband is daarbij geen "
              "uitvoerder die het werk van scholen overneemt, maar een netwerkorganisatie die faciliteert, "
              "verbindt, adviseert en waar nodig besluit. Wij geloven in de professionaliteit van leraren en "
              "in de kracht van de samenwerking tussen school, thuis en omgeving."),
        ("p", "Deze visie is niet nieuw. Zij bouwt voort op het vorige plan en op de gesprekken die we de afgelopen "
              "jaren voerden. Wel leggen we nieuwe accenten: meer aandacht voor de leraar, minder bureaucratie bij "
              "aanvragen, en een scherpere blik op de vraag of ons geld terechtkomt waar het voor bedoeld is. Een "
              "arrangement is voor ons nooit een doel op zich, maar een middel."),
    ]
    f["governance"] = [
        ("p", "%s is een stichting. De aangesloten schoolbesturen vormen samen de algemene vergadering (ALV), "
              "die de statuten, het ondersteuningsplan en de hoofdlijnen van beleid vaststelt. De dagelijkse "
              "leiding ligt bij de directeur-bestuurder, die het samenwerkingsverband bestuurt en vertegenwoordigt. "
              "Een raad van toezicht van drie onafhankelijke leden houdt toezicht op het bestuur, keurt de begroting "
              "en de jaarrekening goed en benoemt de accountant." % c["name"]),
        ("p", "Met deze inrichting voldoen we aan de eisen van scheiding van bestuur en toezicht. Wij volgen de "
              "Code Goed Bestuur in het primair en voortgezet onderwijs voor zover die op samenwerkingsverbanden van "
              "toepassing is. De raad van toezicht heeft een auditcommissie en een remuneratiecommissie. Eens per "
              "jaar evalueert de raad zijn eigen functioneren, eens in de drie jaar onder externe begeleiding."),
        ("p", "Naast de formele organen kent het samenwerkingsverband een directeurenoverleg per subregio en een "
              "netwerk van intern begeleiders en ondersteuningscoördinatoren. Deze overleggen hebben geen "
              "besluitvormende bevoegdheid, maar zijn belangrijk voor de afstemming en de kennisdeling tussen "
              "scholen. Het directeurenoverleg adviseert de directeur-bestuurder gevraagd en ongevraagd."),
    ]
    if c["parents"]:
        opr_comp = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders%s en zes personeelsleden, "
                    "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen." %
                    (" of leerlingen" if c["sector"] == "vo" else ""))
    else:
        opr_comp = ("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden die door de medezeggenschapsraden "
                    "van de aangesloten scholen worden afgevaardigd.")
    f["medezeggenschap"] = [
        ("p", opr_comp + " De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
              "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het "
              "bureau. De OPR vergadert ongeveer zes keer per jaar en heeft een eigen reglement en een budget voor "
              "scholing en ondersteuning."),
        ("p", "De OPR heeft op %s ingestemd met dit ondersteuningsplan. In de aanloop daarnaar toe is de OPR "
              "drie keer bijgepraat over de voortgang, en heeft zij schriftelijk gereageerd op de conceptversie. "
              "Een overzicht van de punten die de OPR inbracht en hoe we daarmee zijn omgegaan, is op te vragen bij "
              "de secretaris van de OPR." % c["opr_date"]),
    ]
    f["oogo"] = [
        ("p", "Het ontwerp van dit plan is op %s besproken in het op overeenstemming gericht overleg (OOGO) met "
              "de colleges van burgemeester en wethouders van de gemeenten in ons werkgebied. Het overleg is "
              "afgesloten met een gezamenlijke verklaring. Ook is het ontwerp besproken met %s, waarvan het "
              "werkgebied deels met het onze overlapt." % (c["oogo_date"], c["other_swv"])),
    ]
    f["personeel"] = [
        ("p", "Het bureau van het samenwerkingsverband heeft een formatie van ongeveer %s fte. Naast de "
              "directeur-bestuurder werken er consulenten passend onderwijs, orthopedagogen, een beleidsmedewerker, "
              "een controller (gedeeltelijk ingehuurd) en een secretariaat. De medewerkers vallen onder de cao "
              "%s. Het samenwerkingsverband is zelf werkgever; een deel van de consulenten is gedetacheerd vanuit "
              "de schoolbesturen." % (c["fte"], "primair onderwijs" if c["sector"] == "po" else "voortgezet onderwijs")),
        ("p", "De krapte op de arbeidsmarkt raakt ook ons. Vacatures voor orthopedagogen staan gemiddeld langer "
              "open dan voorheen. We investeren daarom in goed werkgeverschap: een goed inwerkprogramma, "
              "intervisie, ruimte voor scholing en een reële werkdruk. Het ziekteverzuim van het bureau lag in 2025 "
              "onder het sectorgemiddelde. Jaarlijks voeren alle medewerkers een ontwikkelgesprek."),
        ("p", "Ook op de scholen is het lerarentekort voelbaar. Dat heeft gevolgen voor passend onderwijs: waar "
              "klassen groot zijn of vaak wisselen van leraar, is het moeilijker om leerlingen met een "
              "ondersteuningsbehoefte goed te begeleiden. Het samenwerkingsverband is geen werkgever van leraren, "
              "maar denkt met de besturen mee over oplossingen, bijvoorbeeld door onderwijsassistenten te scholen."),
    ]
    f["professionalisering"] = [
        ("p", "Kennisdeling is een van de kerntaken van het samenwerkingsverband. We organiseren jaarlijks twee "
              "netwerkbijeenkomsten voor intern begeleiders en ondersteuningscoördinatoren, een studiedag voor alle "
              "scholen en een aantal leergemeenschappen rond thema's als gedrag, taalontwikkeling en "
              "meerbegaafdheid. Het scholingsaanbod wordt elk voorjaar samen met de besturen vastgesteld."),
        ("p", "Daarnaast kunnen teams een beroep doen op de consulenten voor teamscholing op maat. De vraag "
              "daarnaar is de laatste jaren sterk gegroeid. We willen de komende periode meer inzetten op het "
              "delen van goede voorbeelden tussen scholen, bijvoorbeeld via collegiale consultatie en "
              "schoolbezoeken. Ook verkennen we samen met de pabo en de lerarenopleidingen in de regio hoe "
              "passend onderwijs een steviger plek krijgt in de opleiding."),
    ]
    f["ict"] = [
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen aanvragen indienen "
              "en waarin de communicatie over individuele leerlingen plaatsvindt. Toegang is beperkt tot de "
              "medewerkers die de gegevens voor hun taak nodig hebben. Met alle scholen en leveranciers zijn "
              "verwerkersovereenkomsten gesloten."),
        ("p", "Wij verwerken persoonsgegevens, waaronder gegevens over gezondheid, alleen voor zover dat nodig "
              "is voor onze wettelijke taken. Gegevens die nodig waren voor een besluit bewaren we tot drie jaar na "
              "dat besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming (gedeeld met twee "
              "andere samenwerkingsverbanden) en een procedure voor het melden van datalekken. In 2026 voeren we "
              "een nieuwe risicoanalyse informatiebeveiliging uit."),
    ]
    f["planning"] = [
        ("p", "Het ondersteuningsplan is het kader voor de komende vier jaar. Elk jaar werken we het uit in een "
              "jaarplan, dat in september wordt vastgesteld. De bestuurlijke kalender ziet er als volgt uit: in "
              "het najaar stelt de algemene vergadering de begroting vast, in het voorjaar wordt de jaarrekening "
              "door de accountant gecontroleerd en in juni vastgesteld. De OPR wordt bij al deze momenten betrokken "
              "volgens haar reglement."),
        ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Wanneer wet- en regelgeving tussentijds "
              "wijzigt, bijvoorbeeld door de invoering van een landelijke norm, passen we het plan aan. Wijzigingen "
              "leggen we ter instemming voor aan de OPR. Het plan is vóór 1 mei 2026 aan de inspectie van het "
              "onderwijs toegezonden."),
    ]
    f["landelijk"] = [
        ("p", "Dit plan verschijnt in een tijd van veel landelijke ontwikkelingen. Na de evaluatie van passend "
              "onderwijs in 2020 is de verbeteraanpak gestart, met maatregelen op het gebied van bekostiging, "
              "medezeggenschap, de positie van leerlingen en de rol van de inspectie. Het kabinet heeft de ambitie "
              "uitgesproken dat het onderwijs in 2035 inclusiever is dan nu. Wat dat precies betekent voor de "
              "samenwerkingsverbanden, is nog niet volledig uitgewerkt. Wij volgen de ontwikkelingen nauwgezet via "
              "de sectororganisaties en passen onze koers aan waar dat nodig is."),
        ("p", "Tegelijk is de maatschappelijke context veranderd. De vragen in de klas zijn complexer geworden: "
              "meer kinderen met angst- en stemmingsproblemen, meer gezinnen onder druk door armoede en "
              "woningnood, en een groeiende groep leerlingen die de Nederlandse taal nog onvoldoende beheerst. "
              "Leraren ervaren een hoge werkdruk. Scholen geven aan dat de samenwerking met jeugdhulp verbeterd is, "
              "maar dat wachttijden en versnippering het werk nog steeds bemoeilijken."),
    ]
    f["totstandkoming"] = [
        ("p", "De voorbereiding van dit plan begon in het voorjaar van 2025 met een reeks gesprekken over de ervaringen "
              "met het vorige plan, begeleid door een externe adviseur. Daarna volgden de regiobijeenkomsten, een enquête onder "
              "alle directeuren (respons 78 procent) en gesprekken met de besturen. In september 2025 besprak de "
              "algemene vergadering de hoofdlijnen; in december lag er een eerste concept. Het concept is in januari "
              "2026 voorgelegd aan de directeuren en de OPR, en in februari aan de gemeenten ter voorbereiding op het "
              "OOGO."),
        ("p", "Bij het schrijven hebben we ernaar gestreefd het plan leesbaar te houden. We hebben vaktaal zoveel "
              "mogelijk vermeden en afkortingen toegelicht in de begrippenlijst. Waar we in dit plan 'wij' schrijven, "
              "bedoelen we het samenwerkingsverband samen met de aangesloten besturen."),
    ]
    f["innovatie"] = [
        ("p", "Het samenwerkingsverband wil een lerende organisatie zijn. Daarom werken we samen met de hogeschool in "
              "de regio aan praktijkgericht onderzoek. Een docent-onderzoeker volgt de komende twee jaar een aantal "
              "scholen die experimenteren met co-teaching, waarbij twee professionals samen lesgeven in een groep. "
              "Ook onderzoeken we hoe digitale leermiddelen kunnen helpen om het onderwijs beter af te stemmen op "
              "verschillen tussen leerlingen, zonder dat de werkdruk van leraren toeneemt."),
        ("p", "Innovatie is geen doel op zich. We starten alleen pilots waarvan vooraf duidelijk is welke vraag ze "
              "beantwoorden, wie eigenaar is en wanneer we besluiten over voortzetting. Kleine pilots die werken, "
              "willen we sneller breder uitrollen; pilots die niet werken, durven we te stoppen."),
    ]
    f["communicatie_scholen"] = [
        ("p", "Met de scholen communiceren we via een maandelijkse digitale nieuwsbrief, via de schoolcontactpersonen "
              "van het bureau en via de netwerken. Het bureau streeft ernaar vragen van scholen binnen twee werkdagen "
              "te beantwoorden. Directeuren die een vraag hebben over een lopende aanvraag, kunnen ook rechtstreeks "
              "contact opnemen met de consulent die aan hun school is verbonden."),
        ("p", "Onze website richt zich vooral op professionals: daar staan formulieren, handreikingen, het "
              "scholingsaanbod en de vergaderstukken van de algemene vergadering. We werken aan een "
              "toegankelijkere vormgeving, met meer aandacht voor leesbaarheid en voor mensen met een beperking."),
    ]
    f["bovenregionaal"] = [
        ("p", "Een deel van de leerlingen woont in ons gebied maar gaat naar een school in een ander "
              "samenwerkingsverband, of omgekeerd. Met de omliggende samenwerkingsverbanden hebben we afspraken "
              "gemaakt over de uitwisseling van informatie en over welk verband verantwoordelijk is in grensgevallen. "
              "Twee keer per jaar overleggen de directeuren van de samenwerkingsverbanden in de provincie over "
              "gezamenlijke vraagstukken, zoals de arbeidsmarkt voor specialisten en de afstemming met zorgverzekeraars."),
    ]
    f["vaststelling"] = [
        ("p", "Dit ondersteuningsplan is vastgesteld door de algemene vergadering van %s op %s, na instemming van "
              "de ondersteuningsplanraad op %s en na afronding van het OOGO op %s." %
              (c["name"], c["vast_date"], c["opr_date"], c["oogo_date"])),
    ]
    return f


# ============================================================================================
# Plan 1: PO, published as a web page (nav menu, cookie banner, accordions, footer links)
# ============================================================================================
P1 = dict(name="Samenwerkingsverband De Waterlinie PO", short="De Waterlinie", code="PO 24-17", sector="po",
          gemeenten=["Vliedam", "Oosterzande", "Brekelen", "Hoogwaarden"], besturen=11, scholen=64,
          ll_now="13.940", ll_2030="12.800", director="Ingrid Bosschaart", opr_date="17 maart 2026",
          oogo_date="5 maart 2026", other_swv="het Samenwerkingsverband VO Waterlinie & Zande", parents=True,
          fte="16,4", vast_date="26 maart 2026")


def plan1():
    f = filler(P1)
    b = []
    b += [("h1", "Ondersteuningsplan 2026–2030: samen sterk voor elk kind"),
          ("p", "Op deze pagina leest u ons ondersteuningsplan voor de periode 2026–2030. Klik op een onderwerp om "
                "het uit te klappen. Liever alles op papier? Onderaan de pagina vindt u de printversie."),
          ("h2", "Voorwoord")] + f["voorwoord"]
    b += [("h2", "Onze regio")] + f["regio"]
    b += [("h2", "Visie en missie")] + f["visie"]
    b += [("acc", "Landelijke ontwikkelingen", f["landelijk"])]
    b += [("h2", "Ondersteuning in de school en daarbuiten")]
    b += [("acc", "Wat mag u van elke school verwachten? (basisondersteuning)", [
        ("p", "In De Waterlinie hebben alle elf besturen samen afgesproken welke ondersteuning iedere school "
              "minimaal biedt. Dat noemen we de basisondersteuning. Het is een ondergrens die voor elke vestiging "
              "van elke aangesloten basisschool geldt, ongeacht het bestuur, de grootte of de denominatie van de "
              "school. Een school mag meer bieden, maar nooit minder. Voor de speciale scholen voor basisonderwijs "
              "en de so-scholen gelden aanvullende afspraken."),
        ("p", "Op iedere basisschool in ons verband vindt u in elk geval:"),
        ("ul", ["een intern begeleider, met ten minste één dag per week per 150 leerlingen;",
                "een protocol dyslexie en een protocol ernstige rekenproblemen, met signalering vanaf groep 2 en "
                "extra leesbegeleiding in de groepen 3 tot en met 5;",
                "verrijkingsstof in de klas voor leerlingen die meer aankunnen en deelname aan een plusgroep, op "
                "school of bovenschools;",
                "een aanpak voor sociale veiligheid met een erkend programma, een anti-pestcoördinator en een "
                "jaarlijkse meting van het welbevinden;",
                "een ondersteuningsteam (OT) waarin school, ouders, de schoolcontactpersoon van het lokale team "
                "en zo nodig de orthopedagoog van het verband samen bespreken wat een kind nodig heeft;",
                "handelingsgericht werken met groepsoverzichten en een ontwikkelingsperspectief (OPP) voor elke "
                "leerling die op onderdelen een eigen leerlijn volgt;",
                "afspraken over medisch handelen en het toedienen van medicijnen, vastgelegd in een protocol;",
                "een rustige werkplek en een time-in-plek voor leerlingen die even prikkelvrij moeten werken."]),
        ("p", "Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning invult. De consulent van "
              "het verband bespreekt twee keer per jaar met de directie en de intern begeleider of de school aan "
              "alle afspraken voldoet. Lukt dat op een onderdeel niet, dan maken school en verband een "
              "verbeterafspraak met een termijn van uiterlijk één schooljaar."),
    ])]
    b += [("acc", "Ons ondersteuningsaanbod: van basis tot speciaal", [
        ("p", "Niet elk kind heeft genoeg aan de basisondersteuning. Daarom kent De Waterlinie een doorlopend "
              "aanbod in vier lagen, van licht naar zwaar, zodat er voor ieder kind een passende plek is."),
        ("ul", ["Laag 1 – basisondersteuning op elke school (zie hierboven).",
                "Laag 2 – extra ondersteuning op de eigen school: de school vraagt een arrangement aan, "
                "bijvoorbeeld ambulante begeleiding door een specialist van het so, extra handen in de klas of een "
                "individueel programma voor een leerling met een ernstige taalontwikkelingsstoornis.",
                "Laag 3 – bovenschoolse voorzieningen: de plusgroep 'De Uitdaging' in Vliedam (vier dagdelen per "
                "week), de observatiegroep voor het jonge kind in Brekelen (maximaal zes maanden), de taalklas voor "
                "nieuwkomers in Oosterzande en een onderwijs-zorgarrangement met jeugdhulp in Hoogwaarden.",
                "Laag 4 – speciaal basisonderwijs (sbo De Regenboog en sbo Het Anker) en speciaal onderwijs "
                "cluster 3 en 4 (drie so-scholen in de regio; voor specifieke vragen ook scholen daarbuiten)."]),
        ("p", "Waar het aanbod tekortschiet, willen we dat snel weten. Scholen en leerplicht melden ieder kind "
              "dat langer dan vier weken geen passend onderwijs krijgt of thuiszit bij het verband. Binnen twee "
              "weken na de melding organiseert de consulent een overleg met ouders, school, leerplicht en "
              "jeugdhulp. Komen we er niet uit, dan gaat de casus naar de thuiszitterstafel, waar de "
              "directeur-bestuurder doorzettingsmacht heeft om een tijdelijke plek af te dwingen. Zien we vaker "
              "dezelfde soort vraag zonder antwoord, dan bespreken we in het directeurenoverleg welke voorziening "
              "ontbreekt. Zo kwam in 2025 naar voren dat er te weinig plaatsen zijn voor jonge kinderen met "
              "ernstige gedragsproblemen; daarom start in augustus 2026 een tweede observatiegroep in Vliedam."),
    ])]
    b += [("acc", "Toelaatbaarheid tot sbo en so", [
        ("p", "Soms heeft een leerling meer nodig dan de basisschool kan bieden, ook met een arrangement. Dan kan "
              "het bestuur van de school een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal "
              "basisonderwijs of het speciaal onderwijs. De aanvraag verloopt in vijf stappen:"),
        ("ol", ["De school bespreekt de leerling in het OT en stelt samen met ouders het groeidocument op.",
                "De school dient de aanvraag in via het digitale loket van het verband, met het groeidocument, het "
                "OPP en de zienswijze van ouders.",
                "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
                "afhankelijk van de vraag, een tweede deskundige zoals een jeugdarts of maatschappelijk werker. "
                "Zij zijn niet betrokken geweest bij het opstellen van de aanvraag.",
                "De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na ontvangst "
                "van de volledige aanvraag.",
                "Ouders en school ontvangen het besluit, met een kopie van de adviezen van de deskundigen."]),
        ("p", "Welke criteria de commissie bij de beoordeling hanteert, leest u in de TLV-wijzer op onze website. "
              "Elke aanvraag wordt zorgvuldig en op maat bekeken."),
        ("p", "Een TLV voor het sbo geven we in de regel af tot het einde van de basisschoolperiode. Een TLV voor "
              "het so geldt voor maximaal twee schooljaren en vermeldt de bekostigingscategorie (laag, midden of "
              "hoog)."),
        ("h3", "En daarna: terug naar de basisschool?"),
        ("p", "Een plaatsing in het sbo of so is bij ons niet vanzelfsprekend voor altijd. Ons uitgangspunt is dat "
              "een kind zo thuisnabij en zo regulier mogelijk naar school gaat. Terugplaatsing ligt voor de hand "
              "als de ondersteuningsbehoefte zo is afgenomen dat een basisschool met basisondersteuning en zo nodig "
              "een arrangement het kind kan bieden wat het nodig heeft, en als het kind daar zelf aan toe is. Na de "
              "terugkeer krijgt de ontvangende school een terugplaatsingsarrangement: gedurende het eerste half jaar "
              "begeleidt een leerkracht van de s(b)o-school het kind en de nieuwe leerkracht."),
        ("p", "Elk jaar bespreekt de s(b)o-school bij de evaluatie van het OPP met ouders of terugplaatsing aan de "
              "orde is. Uiterlijk 1 februari van het laatste jaar van de TLV geeft de school het verband advies: "
              "terugplaatsing, overplaatsing naar een andere speciale school, of een nieuwe TLV. Bij terugplaatsing "
              "organiseert de consulent een overdrachtsgesprek met ouders, de s(b)o-school en de ontvangende "
              "basisschool, die in overleg met ouders wordt gekozen. Na drie en na zes maanden evalueren we de "
              "terugplaatsing met alle betrokkenen. Is geen nieuwe TLV nodig, dan eindigt de TLV op 31 juli van het "
              "laatste geldigheidsjaar."),
    ])]
    b += [("h2", "Geld en middelen")]
    b += [("acc", "Hoe verdelen we het geld?", [
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na "
              "aftrek van de bedragen die DUO rechtstreeks afdraagt aan het sbo en het so, verdelen we de middelen "
              "volgens het verdeelmodel dat de algemene vergadering in november 2025 heeft vastgesteld:"),
        ("ul", ["Schoolbesturen ontvangen per leerling een vast bedrag voor de versterking van de "
                "basisondersteuning, berekend op het aantal leerlingen op de teldatum 1 oktober van het jaar "
                "ervoor.",
                "Elke vestiging ontvangt daarnaast een vaste voet, zodat ook kleine scholen een intern begeleider "
                "kunnen bekostigen.",
                "Arrangementen voor individuele leerlingen kent de Commissie Toelaatbaarheid toe op aanvraag van de "
                "school, op basis van het groeidocument; het budget wordt per half jaar toegekend en volgt de "
                "leerling.",
                "Het verband houdt een deel van de middelen aan voor de bovenschoolse voorzieningen in laag 3."]),
        ("p", "De hoogte van het bedrag per leerling en van de vaste voet stelt de algemene vergadering elk jaar "
              "vast bij de begroting."),
        ("p", "Onze meerjarenbegroting 2026–2030 plaatsen we op deze pagina zodra de algemene vergadering haar in "
              "december heeft vastgesteld."),
    ])]
    b += [("h2", "Onze ambities")]
    b += [("acc", "Wat willen we in 2030 bereikt hebben?", [
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, hebben we voor deze planperiode de volgende "
              "doelen geformuleerd:"),
        ("ul", ["Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod.",
                "Het aantal terugplaatsingen vanuit het sbo naar de basisschool stijgt van zes per jaar (2025) naar "
                "twaalf per jaar in 2030.",
                "Ten minste 85 procent van de ouders van wie het kind een arrangement kreeg, geeft aan dat de "
                "ondersteuning hun kind verder heeft geholpen.",
                "In 2028 voldoen alle 64 scholen aantoonbaar aan alle afspraken over de basisondersteuning.",
                "De tijd tussen aanvraag en besluit over een TLV is nooit langer dan zes weken."]),
        ("p", "Hoe en wanneer we de voortgang op deze doelen meten en erover rapporteren, werken we uit in het "
              "eerste jaarplan (2026–2027)."),
    ])]
    b += [("h2", "Voor ouders")]
    b += [("acc", "Hoe houden we u op de hoogte?", [
        ("p", "Wij informeren ouders op verschillende manieren over de ondersteuning die scholen en het "
              "samenwerkingsverband bieden. Op deze website staat de pagina 'Wat mag ik verwachten?' met uitleg "
              "over de basisondersteuning, de arrangementen en de speciale scholen. Elke school geeft ouders bij de "
              "aanmelding onze ouderfolder mee, ook beschikbaar in het Engels, Arabisch, Pools en Turks. In de "
              "schoolgids van iedere school staat welke ondersteuning de school zelf biedt. Twee keer per jaar, in "
              "oktober en maart, houden we een informatieavond voor ouders over ondersteuning en over de "
              "TLV-procedure."),
        ("p", "Heeft u een vraag over een aanvraag die voor uw kind loopt? Het ouderloket van het verband is op "
              "werkdagen tussen 9.00 en 12.00 uur telefonisch bereikbaar; een consulent van dienst staat u te "
              "woord."),
    ])]
    b += [("acc", "Veelgestelde vragen", [
        ("p", "Moet ik zelf een arrangement aanvragen? Nee, de school vraagt het arrangement aan. U wordt wel altijd "
              "betrokken en u ondertekent het groeidocument."),
        ("p", "Wat als ik het niet eens ben met de school? Ga eerst in gesprek met de leerkracht en de intern "
              "begeleider. Komt u er samen niet uit, neem dan contact op met de consulent van het "
              "samenwerkingsverband. Die zoekt samen met u en de school naar een oplossing."),
        ("p", "Kan mijn kind naar een school buiten de regio? Ja, dat kan, bijvoorbeeld als een so-school in de "
              "buurregio beter past. Neem hierover contact op met de intern begeleider."),
    ])]
    b += [("h2", "Organisatie")]
    b += [("acc", "Bestuur en toezicht", f["governance"])]
    b += [("acc", "Medezeggenschap", f["medezeggenschap"])]
    b += [("acc", "Samenwerking met de gemeenten", f["oogo"])]
    b += [("acc", "Ons team", f["personeel"])]
    b += [("acc", "Kennisdeling en scholing", f["professionalisering"])]
    b += [("acc", "Privacy en ICT", f["ict"])]
    b += [("acc", "Planning en vaststelling", f["planning"] + f["vaststelling"])]
    b += [("h2", "Begrippenlijst")]
    b += [("gl", [
        ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen van het verband bieden."),
        ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen "
                                     "en bij onenigheid met school of samenwerkingsverband."),
        ("Onderwijsconsulenten", "landelijke organisatie die ouders kosteloos en onafhankelijk adviseert als "
                                 "een passende onderwijsplek niet lukt."),
        ("Meerjarenbegroting", "begroting met de verwachte inkomsten en uitgaven voor vier jaar."),
        ("Monitoring", "het systematisch volgen van resultaten aan de hand van indicatoren."),
        ("TLV", "toelaatbaarheidsverklaring voor het sbo of so."),
    ])]
    return b


def html_page(title, site, nav, body_html, footer_cols, extra_top=""):
    navhtml = "".join('<li><a href="/%s">%s</a>%s</li>' % (
        n[0].lower().replace(" ", "-"), html.escape(n[0]),
        ("<ul class=\"sub\">" + "".join('<li><a href="/%s">%s</a></li>' % (s.lower().replace(" ", "-"), html.escape(s))
                                     for s in n[1]) + "</ul>") if n[1] else "") for n in nav)
    foot = "".join('<div class="col"><h4>%s</h4><ul>%s</ul></div>' % (
        html.escape(h), "".join('<li><a href="#">%s</a></li>' % html.escape(x) for x in items)) for h, items in footer_cols)
    return """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>%s | %s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Ondersteuningsplan, basisondersteuning, toelaatbaarheid, terugplaatsing, financien, ouders">
<style>
body{font-family:Arial,sans-serif;margin:0;color:#222} header{background:#0b4f6c;color:#fff;padding:8px 24px}
nav ul{list-style:none;display:flex;gap:18px;margin:0;padding:0} nav a{color:#fff;text-decoration:none}
ul.sub{display:none} .cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:12px}
main{max-width:860px;margin:24px auto;padding:0 16px} details{border:1px solid #ccc;margin:8px 0;padding:6px 12px}
summary{font-weight:bold;cursor:pointer} footer{background:#eee;padding:24px;display:flex;gap:40px;flex-wrap:wrap}
</style>
</head>
<body>
<div class="cookie" id="cookiebanner" role="dialog" aria-label="Cookies">
<p>Wij gebruiken functionele en analytische cookies om deze website goed te laten werken en te verbeteren.
Met uw toestemming plaatsen we ook cookies voor ingesloten video's. Lees meer in onze privacyverklaring.</p>
<button>Alle cookies accepteren</button> <button>Alleen noodzakelijke cookies</button> <a href="#">Instellingen</a>
</div>
<header>
<div class="logo">%s</div>
<a class="skip" href="#main">Direct naar de inhoud</a>
<nav aria-label="Hoofdmenu"><ul>%s</ul></nav>
<form class="zoek"><input type="search" placeholder="Zoeken op de site"><button>Zoek</button></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/over-ons">Over ons</a> &rsaquo; Ondersteuningsplan</div>
%s
<main id="main">
%s
<p class="download"><a href="/media/ondersteuningsplan-2026-2030-printversie.pdf">Download de printversie (pdf, 2,1 MB)</a></p>
<p class="laatst">Laatst gewijzigd: 27 maart 2026</p>
</main>
<footer>
%s
<div class="col"><h4>Contact</h4><p>Postbus 1207, 4100 AE Vliedam<br>T 0345 - 62 18 40<br>info@example.org</p></div>
<p class="copy">&copy; 2026 %s &middot; <a href="#">Privacyverklaring</a> &middot; <a href="#">Cookieverklaring</a> &middot; <a href="#">Toegankelijkheid</a> &middot; <a href="#">Disclaimer</a></p>
</footer>
</body>
</html>
""" % (html.escape(title), html.escape(site), html.escape(site), navhtml, extra_top, body_html, foot, html.escape(site))


def build_plan1():
    blocks = plan1()
    nav = [("Home", []), ("Over ons", ["Ondersteuningsplan", "Organisatie", "OPR", "Vacatures"]),
           ("Ouders", ["Wat mag ik verwachten", "Ouder- en jeugdsteunpunt", "Onafhankelijk advies",
                       "Klachten en bezwaar"]),
           ("Scholen", ["Basisondersteuning", "Arrangementen", "TLV aanvragen", "Terugplaatsing"]),
           ("Financiën", ["Begroting", "Jaarverslag", "Verdeelmodel"]), ("Nieuws", []), ("Contact", [])]
    footer = [("Voor ouders", ["Ouder- en jeugdsteunpunt Waterlinie", "Onderwijsconsulenten",
                               "Geschillencommissie passend onderwijs", "Klachtenregeling", "Ouderfolder (pdf)"]),
              ("Voor scholen", ["TLV-wijzer", "Verdeelmodel 2026", "Begroting 2026 (pdf)", "Jaarverslag 2025",
                                "Resultaten en monitor"]),
              ("Snel naar", ["Ondersteuningsplan", "Terugplaatsing", "Thuiszitters", "Ouder- en jeugdsteunpunt",
                             "Onderwijsconsulenten"])]
    toc = ('<nav class="op-deze-pagina" aria-label="Op deze pagina"><h2>Op deze pagina</h2><ul>'
           + "".join('<li><a href="#%s">%s</a></li>' % (i, t) for i, t in enumerate(
               ["Voorwoord", "Basisondersteuning", "Dekkend aanbod en thuiszitters", "Toelaatbaarheid en terugplaatsing",
                "Financiën en meerjarenbegroting", "Resultaten en monitoring", "Ouders en ouder- en jeugdsteunpunt",
                "Organisatie", "Begrippenlijst"])) + "</ul></nav>")
    page = html_page("Ondersteuningsplan 2026-2030", P1["name"], nav, "\n".join(html_blocks(blocks)), footer, toc)
    with open(os.path.join(OUT, "po-waterlinie-web.html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    return blocks


# ============================================================================================
# Plan 2: VO, Markdown exported from a wiki (Confluence-like export artefacts)
# ============================================================================================
P2 = dict(name="Samenwerkingsverband VO Kempenland-Noord", short="Kempenland-Noord", code="VO 30-12",
          sector="vo", gemeenten=["Bergeijkhoven", "Dommelrode", "Leende-Zuid", "Valkenswaarde", "Heezestein"],
          besturen=7, scholen=23, ll_now="11.260", ll_2030="10.450", director="Ruud Kerkhofs",
          opr_date="24 maart 2026", oogo_date="10 maart 2026", other_swv="het Samenwerkingsverband PO Dommelstroom",
          parents=True, fte="21,8", vast_date="2 april 2026")


def plan2():
    f = filler(P2)
    b = []
    b += [("h2", "1. Voorwoord")] + f["voorwoord"]
    b += [("h2", "2. Context")] + f["regio"] + [("h3", "2.1 Visie en missie")] + f["visie"] + \
         [("h3", "2.2 Landelijke ontwikkelingen")] + f["landelijk"] + [("h3", "2.3 Totstandkoming")] + f["totstandkoming"]
    b += [("h2", "3. Basisondersteuning"),
          ("p", "Basisondersteuning is bij ons het gezamenlijk afgesproken niveau van ondersteuning dat elke "
                "vestiging van elke aangesloten vo-school – van praktijkonderwijs tot gymnasium – ten minste biedt "
                "aan iedere leerling, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De "
                "besturen hebben dit niveau in juni 2024 opnieuw vastgesteld; het geldt voor alle 23 vestigingen "
                "en is bindend. Wat een school daarbovenop biedt, is extra ondersteuning."),
          ("note", "ℹ️ Info: De concrete standaarden (de 'Kwaliteitskaart basisondersteuning VO 2026') staan op de "
                   "subpagina [[Kwaliteitskaart basisondersteuning 2026]]. Die pagina is nog in review bij de "
                   "werkgroep en daarom niet opgenomen in deze export."),
          ("p", "Scholen beschrijven in hun schoolgids hoe zij dit niveau waarmaken. 📎 Bijlage: "
                "Basisondersteuning_standaarden_v3.xlsx (niet meegeëxporteerd)")]
    b += [("h2", "4. Ondersteuningscontinuüm"),
          ("p", "Het onderwijs- en ondersteuningsaanbod in Kempenland-Noord is opgebouwd als een continuüm in vijf "
                "niveaus. Elke leerling begint in principe op niveau 1; pas als dat aantoonbaar niet volstaat, "
                "komt een volgend niveau in beeld. De niveaus sluiten op elkaar aan: een leerling kan ook weer "
                "terug naar een lichter niveau."),
          ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                     ["1", "Basisondersteuning", "Alle 23 vestigingen", "Vrij, geen aanvraag"],
                     ["2", "Extra ondersteuning in de school: trajectvoorziening/STAP-lokaal, begeleiding door "
                           "ondersteuningscoördinator, dyslexie- en faalangsttrajecten op maat",
                      "19 vestigingen met een trajectvoorziening", "Besluit ondersteuningsteam van de school"],
                     ["3", "Bovenschools: OPDC De Overstap (30 plaatsen, maximaal één jaar), reboundvoorziening "
                           "(12 weken), ISK voor nieuwkomers in Valkenswaarde, schakelklas havo/vwo",
                      "Valkenswaarde en Dommelrode", "Aanmelding bij het Toewijzingsteam"],
                     ["4", "Voortgezet speciaal onderwijs cluster 3 en cluster 4", "Drie vso-scholen in de regio, "
                           "twee daarbuiten", "TLV"],
                     ["5", "Onderwijs-zorgarrangement: onderwijs gecombineerd met dagbehandeling", "Heezestein, "
                           "samen met jeugdhulpaanbieder De Kempenhorst", "TLV plus jeugdhulpbeschikking gemeente"]]),
          ("h3", "4.1 Witte vlekken en thuiszitters"),
          ("p", "Elk jaar in maart brengen we de witte vlekken in het aanbod in kaart. We gebruiken daarvoor de "
                "wachtlijstgegevens van de vso-scholen, de meldingen van leerplicht en de signalen van de "
                "trajectbegeleiders. In 2025 zagen we twee knelpunten: een wachtlijst voor vso cluster 4 van "
                "gemiddeld veertien weken, en te weinig plaatsen voor jongeren die hoogbegaafd zijn én autisme "
                "hebben. Voor het eerste knelpunt breiden we per 1 augustus 2026 de capaciteit van het OPDC uit als "
                "tijdelijke overbrugging; voor het tweede start een pilot met een kleine groep op het Dommelcollege."),
          ("p", "Elke jongere die niet naar school gaat, meldt de school binnen vijf schooldagen bij leerplicht en "
                "bij het samenwerkingsverband. Een trajectbegeleider neemt binnen vijf werkdagen de casusregie op "
                "zich. Is er na zes weken geen passend aanbod, dan wordt de casus besproken aan de regionale "
                "thuiszitterstafel met leerplicht, jeugdhulp en de betrokken besturen. De directeur-bestuurder kan "
                "daar een school opdragen een leerling tijdelijk te plaatsen.")]
    b += [("h2", "5. Toelaatbaarheid vso, lwoo en pro"),
          ("h3", "5.1 Wanneer geven we een TLV voor het vso af?"),
          ("p", "Het Toewijzingsteam kijkt bij iedere aanvraag naar vier vragen. Alleen als op alle vier het "
                "antwoord 'ja' is, is een leerling toelaatbaar tot het vso:"),
          ("ol", ["Heeft de school de mogelijkheden van niveau 1 en 2 aantoonbaar benut, vastgelegd in een OPP "
                  "dat ten minste twee keer is geëvalueerd?",
                  "Overstijgt de ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, "
                  "werkhouding en fysiek/medisch wat een reguliere school met een arrangement kan bieden?",
                  "Heeft de leerling gedurende de hele schooldag intensieve begeleiding nodig in een kleine groep?",
                  "Is er zicht op een uitstroomperspectief dat in het vso beter te realiseren is dan in het "
                  "regulier vo?"]),
          ("h3", "5.2 Route"),
          ("ol", ["De vo-school (bij de overstap: de basisschool samen met de beoogde vo-school) dient de aanvraag "
                  "in via het digitale dossier, met OPP, groeidocument en de zienswijze van ouders en leerling.",
                  "Binnen tien werkdagen volgt een gesprek met de trajectbegeleider, de school, ouders en de leerling.",
                  "Twee deskundigen – een gz-psycholoog of orthopedagoog en, afhankelijk van de vraag, een jeugdarts "
                  "of maatschappelijk werker – brengen elk afzonderlijk schriftelijk advies uit.",
                  "Het Toewijzingsteam besluit namens de directeur-bestuurder binnen zes weken (acht weken als de "
                  "zomervakantie in de termijn valt).",
                  "Ouders ontvangen het besluit en de adviezen. Zij kunnen binnen zes weken bezwaar maken; het "
                  "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                  "Toelaatbaarheidsverklaringen."]),
          ("p", "Een TLV geldt in de regel voor twee schooljaren; voor leerlingen met een blijvende beperking kan het "
                "Toewijzingsteam een TLV tot het einde van de vso-periode afgeven. De TLV vermeldt de "
                "bekostigingscategorie."),
          ("h3", "5.3 Lwoo en praktijkonderwijs"),
          ("p", "Voor leerwegondersteunend onderwijs hanteren wij de landelijke criteria; we hebben niet gekozen "
                "voor eigen criteria. De vo-school vraagt de aanwijzing lwoo aan vóór 1 maart van het eerste "
                "schooljaar, met de gegevens over capaciteiten, leerachterstanden en sociaal-emotionele "
                "problematiek. Het Toewijzingsteam besluit binnen vier weken; de aanwijzing geldt voor de hele "
                "schoolloopbaan in het vmbo."),
          ("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 "
                "en leerachterstanden van ten minste drie jaar op twee of meer domeinen, waarvan één begrijpend "
                "lezen of inzichtelijk rekenen. De pro-school dient de aanvraag in; het Toewijzingsteam besluit "
                "binnen vier weken na advies van een orthopedagoog of psycholoog.")]
    b += [("h3", "5.4 Terug naar regulier vo"),
          ("p", "Een TLV is voor ons een tijdelijke oplossing. We willen dat vso-leerlingen, als het kan, overstappen "
                "naar het regulier vo of naar een reguliere mbo-opleiding. Voorwaarden zijn dat het OPP laat zien "
                "dat de leerling zich op de domeinen uit de TLV voldoende heeft ontwikkeld, dat er een ontvangende "
                "school is die de leerling kan bieden wat nodig is, en dat leerling en ouders de stap willen zetten. "
                "Na de overstap krijgt de leerling ten minste zes maanden begeleiding van een ambulant begeleider "
                "van de vso-school; de ontvangende school kan daarnaast een overstaparrangement inzetten."),
          ("note", "⚠️ Let op: het stappenplan terugplaatsing (wie start, welke evaluatiemomenten, wie besluit) staat "
                   "op [[Stappenplan terugplaatsing vso-vo]]. Die pagina wordt herschreven na de evaluatie met de "
                   "vso-scholen; verwacht in het derde kwartaal van 2026.")]
    b += [("h2", "6. Ouders en leerlingen"),
          ("p", "Ouders en leerlingen vinden informatie over de ondersteuning op onze website onder 'Voor ouders en "
                "leerlingen' en in de brochure 'Extra ondersteuning in het vo', die alle basisscholen in groep 8 "
                "meegeven. In de schoolgids van elke vo-school staat welke ondersteuning die school biedt. Elk jaar "
                "in januari organiseren we samen met de basisscholen een infomarkt over de overstap, waar ook de "
                "trajectbegeleiders aanwezig zijn."),
          ("p", "Wilt u praten met iemand die niet voor de school en niet voor het samenwerkingsverband werkt? Het "
                "Ouder- en Jeugdsteunpunt Kempenland is ondergebracht bij Stichting Sterk Ouderschap en werkt "
                "onafhankelijk van ons bestuur. Ouders en jongeren kunnen er gratis terecht met vragen en bij een "
                "verschil van mening met school; het steunpunt kan meegaan naar gesprekken. Lukt het niet om een "
                "passende plek te vinden, dan kunt u ook een beroep doen op de Onderwijsconsulenten. Geschillen over "
                "toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend "
                "onderwijs."),
          ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. De OPR heeft evenveel ouders en "
                "leerlingen als personeelsleden.")]
    b += [("h2", "7. Organisatie en governance")] + f["governance"] + f["medezeggenschap"] + f["oogo"] + \
         [("h3", "7.1 Personeel")] + f["personeel"] + [("h3", "7.2 Professionalisering")] + f["professionalisering"] + \
         [("h3", "7.3 Privacy")] + f["ict"]
    b += [("h2", "8. Financiën"),
          ("note", "⚠️ Concept – inhoud nog niet gemigreerd uit de oude wiki. 📎 Meerjarenbegroting_2026-2030.xlsx "
                   "(bijlage, niet meegeëxporteerd)"),
          ("p", "TODO @f.vermeulen: verdeelmodel en meerjarenbegroting toevoegen vóór de OPR-versie.")]
    b += [("h2", "9. Resultaten en kwaliteitszorg"),
          ("p", "Hoe volgen we wat we bereiken? Sinds 2025 gebruiken we een dashboard met de volgende indicatoren: "
                "het aantal TLV's per bekostigingscategorie, het deelnamepercentage vso op 1 oktober, het aantal "
                "thuiszitters volgens de leerplichttelling, de doorlooptijd van aanvragen, het aantal terugplaatsingen "
                "en de tevredenheid van scholen, ouders en leerlingen (peiling elke twee jaar). De directeur-bestuurder "
                "ontvangt elk kwartaal een rapportage; de raad van toezicht en de OPR bespreken het dashboard twee "
                "keer per jaar. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren we de bereikte resultaten "
                "en wat ze hebben gekost."),
          ("table", [["Indicator", "2021", "2025"],
                     ["Deelnamepercentage vso (1 oktober)", "3,4%", "3,0%"],
                     ["Thuiszitters langer dan 3 maanden", "19", "11"],
                     ["Gemiddelde doorlooptijd TLV-aanvraag", "9 weken", "5,5 weken"],
                     ["Terugplaatsingen vso → regulier", "7", "10"]]),
          ("p", "Welke streefwaarden we voor 2030 hanteren, bepalen we na de nulmeting met het vernieuwde dashboard in "
                "het voorjaar van 2026. De ambities nemen we op in het jaarplan 2026–2027.")]
    b += [("h2", "10. Planning")] + f["planning"] + f["vaststelling"]
    b += [("h2", "Begrippen"), ("gl", [
        ("Basisondersteuning", "wat elke school minimaal biedt, zoals mentoraat, dyslexiebegeleiding en een "
                               "ondersteuningscoördinator."),
        ("Verevening", "de korting of toeslag op het budget voor zware ondersteuning op basis van het "
                       "deelnamepercentage vso."),
        ("Verdeelmodel", "de afspraken over hoe de middelen over de schoolbesturen worden verdeeld."),
        ("Meerjarenbegroting", "overzicht van baten en lasten over vier jaar."),
        ("Terugplaatsing", "de overstap van een leerling van het vso naar het regulier vo."),
    ])]
    return b


def build_plan2():
    blocks = plan2()
    head = [
        "# Ondersteuningsplan 2026-2030",
        "",
        "*Ruimte:* SWV Kempenland-Noord / Beleid / Ondersteuningsplan  ",
        "*Gemaakt door* Femke Vermeulen, *laatst gewijzigd door* Ruud Kerkhofs op 02-04-2026 16:41  ",
        "*Labels:* `ondersteuningsplan` `basisondersteuning` `financien` `terugplaatsing` `ouders` `resultaten`",
        "",
        "[Home](../index.md) > [Beleid](../beleid.md) > Ondersteuningsplan 2026-2030",
        "",
        "{toc:maxLevel=2}",
        "",
        "**Inhoud**",
        "",
        "- [1. Voorwoord](#1-voorwoord)",
        "- [2. Context](#2-context)",
        "- [3. Basisondersteuning](#3-basisondersteuning)",
        "- [4. Ondersteuningscontinuüm](#4-ondersteuningscontinuum)",
        "- [5. Toelaatbaarheid vso, lwoo en pro](#5-toelaatbaarheid-vso-lwoo-en-pro)",
        "- [6. Ouders en leerlingen](#6-ouders-en-leerlingen)",
        "- [7. Organisatie en governance](#7-organisatie-en-governance)",
        "- [8. Financiën: verdeelmodel en meerjarenbegroting](#8-financien)",
        "- [9. Resultaten en kwaliteitszorg](#9-resultaten-en-kwaliteitszorg)",
        "- [10. Planning](#10-planning)",
        "",
    ]
    tail = ["", "---", "", "**Subpagina's**", "",
            "- [[Kwaliteitskaart basisondersteuning 2026]] *(concept)*",
            "- [[Stappenplan terugplaatsing vso-vo]] *(wordt herschreven)*",
            "- [[Verdeelmodel 2026]] *(leeg)*", "",
            "**Bijlagen** (3): Basisondersteuning_standaarden_v3.xlsx · Meerjarenbegroting_2026-2030.xlsx · "
            "OOGO-verklaring_2026.pdf", "",
            "*Geëxporteerd uit SWV-wiki op 03-04-2026. Reacties (4) zijn niet opgenomen in deze export.*", ""]
    text = "\n".join(head) + "\n\n".join(md_blocks(blocks)) + "\n" + "\n".join(tail)
    with open(os.path.join(OUT, "vo-kempenland-wiki.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    return blocks


# ============================================================================================
# Plan 3: PO, Word draft with tracked changes (w:ins / w:del) and reviewer comments
# ============================================================================================
P3 = dict(name="Stichting Samenwerkingsverband PO Heuvelrug-Zuid", short="Heuvelrug-Zuid", code="PO 21-09",
          sector="po", gemeenten=["Amerongen-Hof", "Leersum-West", "Doornenburcht", "Maarnveld"], besturen=9,
          scholen=52, ll_now="10.320", ll_2030="9.600", director="Marloes van Dijk", opr_date="31 maart 2026",
          oogo_date="12 maart 2026", other_swv="het Samenwerkingsverband VO Heuvelrug", parents=True, fte="12,2",
          vast_date="9 april 2026")


def plan3():
    f = filler(P3)
    A, B, C = "Anouk Verhoef", "Pieter Zandbergen", "Henk Roelofs"
    b = [("p", "CONCEPT v0.7 – ter bespreking in de OPR van 3 maart 2026 – niet verspreiden"),
         ("h1", "Ondersteuningsplan 2026–2030"),
         ("p", P3["name"] + " (" + P3["code"] + ")"),
         ("toc", ["1 Inleiding ........ 2", "2 Visie ........ 4", "3 Basisondersteuning ........ 5",
                  "4 Toelaatbaarheid sbo en so ........ 7", "5 Dekkend aanbod en thuiszitters ........ 9",
                  "6 Terugplaatsing en overplaatsing ........ 10", "7 Financiën en meerjarenbegroting ........ 11",
                  "8 Ouders: informatie en onafhankelijke ondersteuning ........ 13",
                  "9 Beoogde en bereikte resultaten ........ 14", "10 Organisatie ........ 16",
                  "Bijlage 1 Begrippenlijst ........ 19", "Bijlage 2 Kwaliteitskaart basisondersteuning ........ 20"]),
         ("h1", "1 Inleiding")] + f["voorwoord"] + f["regio"]
    b += [("tp", [("n", "In dit plan beschrijven we achtereenvolgens de basisondersteuning, de toelaatbaarheid, het "
                        "dekkend aanbod, de terugplaatsing, de financiën, de informatie aan ouders en de resultaten. "),
                  ("del", "Elk hoofdstuk sluit af met een paragraaf 'Wat merkt u ervan?'. "),
                  ("ins", "De hoofdstukken zijn zo geschreven dat ze ook los te lezen zijn.")],
           (B, "Leeswijzer klopt niet meer als H5 en H6 leeg blijven."))]
    b += [("h1", "2 Visie")] + f["visie"] + f["landelijk"] + f["totstandkoming"]
    b += [("h1", "3 Basisondersteuning"),
          ("p", "In ons samenwerkingsverband is de basisondersteuning het niveau van ondersteuning dat alle scholen, "
                "op al hun vestigingen, ten minste bieden. De besturen hebben dit niveau samen vastgesteld en het is "
                "bindend voor iedere aangesloten school, ook voor scholen die in de loop van de planperiode toetreden."),
          ("tp", [("del", "Concreet betekent dit dat u op elke school het volgende aantreft: een intern begeleider "
                          "met ten minste één dag per week per 150 leerlingen; een dyslexieprotocol met signalering "
                          "vanaf groep 2; verrijkingsmateriaal en een plusgroep voor meer- en hoogbegaafde "
                          "leerlingen; een erkend anti-pestprogramma; een ondersteuningsteam dat ten minste zes keer "
                          "per jaar bijeenkomt; en een protocol medisch handelen.")],
           (A, "Lijst verplaatst naar bijlage 2 (kwaliteitskaart), anders wordt het hoofdstuk te lang.")),
          ("tp", [("ins", "De uitwerking van de basisondersteuning per domein is opgenomen in bijlage 2, de "
                          "kwaliteitskaart basisondersteuning.")]),
          ("cp", "Hoe de scholen dit niveau waarmaken, bespreken we in de loop van 2026 met de besturen.",
           (B, "Bijlage 2 zit nog niet in dit bestand – wel meesturen naar de OPR!"))]
    b += [("h1", "4 Toelaatbaarheid sbo en so"),
          ("p", "Als een leerling meer nodig heeft dan de basisschool met extra ondersteuning kan bieden, kan het "
                "bestuur van de school bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aanvragen "
                "voor het speciaal basisonderwijs of het speciaal onderwijs. De school doet de aanvraag via het "
                "digitale aanvraagformulier en voegt het groeidocument, het OPP, het verslag van het laatste "
                "ondersteuningsteam en de zienswijze van ouders toe."),
          ("p", "Het bureau controleert binnen vijf werkdagen of de aanvraag volledig is. Daarna geven twee "
                "deskundigen ieder een eigen, schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk "
                "van de vraag een tweede deskundige, zoals een kinderarts, maatschappelijk werker of jeugdarts. De "
                "deskundigen zijn niet eerder bij de leerling betrokken geweest. De Commissie van Toelaatbaarheid "
                "(CvT) besluit binnen zes weken na ontvangst van de volledige aanvraag, namens het bestuur."),
          ("tp", [("del", "De commissie beoordeelt iedere aanvraag op maat en zonder vaste criteria. "),
                  ("ins", "De CvT verklaart een leerling toelaatbaar tot het sbo als aan drie voorwaarden is "
                          "voldaan: (a) de basisschool heeft ten minste twee cycli met een OPP en een arrangement "
                          "doorlopen en geëvalueerd; (b) de leerling heeft structureel een kleinere groep en een "
                          "aangepast programma nodig op twee of meer domeinen (leren, gedrag, werkhouding); (c) beide "
                          "deskundigen verwachten dat de leerling zich in het sbo beter zal ontwikkelen. Een leerling "
                          "is toelaatbaar tot het so als daarnaast sprake is van een ernstige verstandelijke of "
                          "lichamelijke beperking of langdurige ziekte (cluster 3), of van ernstige gedrags- of "
                          "psychiatrische problematiek waarvoor een combinatie van onderwijs en behandeling nodig is "
                          "(cluster 4).")],
           (B, "Is dit afgestemd met de CvT? Criteria graag ook in de TLV-folder.")),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt "
                "voor twee schooljaren en vermeldt de bekostigingscategorie."),
          ("tp", [("del", "Tegen het besluit is geen bezwaar mogelijk."),
                  ("ins", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
                          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                          "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar.")])]
    b += [("h1", "5 Dekkend aanbod en thuiszitters"),
          ("tp", [("del", "Het aanbod in Heuvelrug-Zuid is opgebouwd als een continuüm: basisondersteuning op elke "
                          "school, arrangementen op de eigen school, de bovenschoolse plusklas en de taalklas, twee "
                          "sbo-scholen en drie so-scholen. Twee keer per jaar analyseren we met leerplicht de "
                          "thuiszitters en de wachtlijsten, en bij elk kind zonder passende plek start binnen twee "
                          "weken een casusoverleg.")],
           (A, "Oude tekst klopt niet meer na sluiting van de plusklas; nieuwe tekst na werksessie.")),
          ("ph", "[Tekst volgt na de werksessie met directeuren op 17 maart – MvD]")]
    b += [("h1", "6 Terugplaatsing en overplaatsing"),
          ("tp", [("del", "Het samenwerkingsverband streeft ernaar dat leerlingen in het sbo en so, als het kan, "
                          "terugkeren naar een basisschool dicht bij huis. In het laatste jaar van de TLV bespreekt de "
                          "speciale school met ouders of terugplaatsing mogelijk is; de CvT besluit over "
                          "terugplaatsing of een nieuwe TLV. De ontvangende school krijgt een half jaar begeleiding.")],
           (C, "Voorstel: de s(b)o-school evalueert jaarlijks in het OPP-gesprek of terugplaatsing kan; uiterlijk "
               "1 maart van het laatste TLV-jaar adviseert zij de CvT; na terugplaatsing zes maanden ambulante "
               "begeleiding. Kunnen we dit zo opnemen?")),
          ("tp", [("ins", "Dit hoofdstuk herschrijven we na het overleg met de sbo- en so-scholen in het voorjaar "
                          "van 2026.")])]
    b += [("h1", "7 Financiën en meerjarenbegroting"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks een budget voor lichte en zware ondersteuning. Van de "
                "middelen voor zware ondersteuning gaat een vast deel rechtstreeks via DUO naar de so-scholen; de "
                "bekostiging van het sbo boven de 2%-grens draagt het samenwerkingsverband over aan de sbo-besturen "
                "volgens de wettelijke groeiregeling, met als peildatum 1 februari."),
          ("tp", [("n", "Het resterende budget verdelen we als volgt. Ieder schoolbestuur ontvangt per leerling "),
                  ("del", "€ 185"), ("ins", "€ 192"),
                  ("n", " op basis van de teldatum 1 oktober, vrij te besteden aan de versterking van de "
                        "basisondersteuning en extra ondersteuning op de eigen scholen. Voor individuele arrangementen "
                        "met een zwaarte boven de € 6.000 per jaar vraagt de school een bijdrage aan bij de CvT; de "
                        "CvT kent toe als het arrangement past binnen het OPP en de basisondersteuning aantoonbaar is "
                        "benut. Besturen leggen in hun jaarverslag verantwoording af over de besteding.")]),
          ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage lichte + zware ondersteuning", "12.410", "12.180", "11.960", "11.790"],
                     ["Afdracht so (DUO) en overdracht sbo", "-6.020", "-5.940", "-5.880", "-5.830"],
                     ["Middelen per leerling aan besturen", "-1.982", "-1.950", "-1.915", "-1.880"],
                     ["Individuele arrangementen", "-1.650", "-1.620", "-1.590", "-1.560"],
                     ["Bovenschoolse voorzieningen (taalklas, observatie)", "-980", "-980", "-980", "-980"],
                     ["Bureau, personeel en huisvesting", "-1.620", "-1.610", "-1.600", "-1.590"],
                     ["Saldo", "158", "80", "-5", "-50"]]),
          ("tp", [("n", "De algemene reserve bedroeg eind 2025 "), ("del", "€ 2,9 miljoen"),
                  ("ins", "€ 2,6 miljoen"),
                  ("n", ". Dat ligt boven de signaleringswaarde; de negatieve saldi vanaf 2028 zijn bewust begroot om "
                        "de reserve af te bouwen tot het niveau van het weerstandsvermogen (ongeveer € 1,4 miljoen).")],
           (B, "Cijfers gecheckt met controller 9/2."))]
    b += [("h1", "8 Ouders: informatie en onafhankelijke ondersteuning"),
          ("tp", [("del", "Ouders vinden informatie over de ondersteuningsmogelijkheden op onze website, in de "
                          "ouderbrochure 'Passend onderwijs in Heuvelrug-Zuid' die alle scholen bij de aanmelding "
                          "uitreiken, en in de schoolgids. Eén keer per jaar houden we een informatieavond.")],
           (A, "Website-tekst wordt vernieuwd; brochure is uitverkocht. Terugzetten als communicatieplan klaar is?")),
          ("tp", [("ins", "Hoe we ouders informeren over de ondersteuningsmogelijkheden, beschrijven we in het "
                          "communicatieplan 2026, dat in het najaar verschijnt. ")]),
          ("tp", [("ins", "Ouders met vragen, of met een verschil van mening met de school of met ons, kunnen terecht "
                          "bij het onafhankelijke Ouder- en Jeugdsteunpunt Heuvelrug. Het steunpunt is gratis, werkt "
                          "los van scholen en samenwerkingsverband en kan meegaan naar gesprekken. Daarnaast kunnen "
                          "ouders een beroep doen op de Onderwijsconsulenten als het niet lukt een passende plek te "
                          "vinden.")]),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij zijn altijd aanwezig bij het "
                "ondersteuningsteam en geven hun zienswijze op elke aanvraag.")]
    b += [("h1", "9 Beoogde en bereikte resultaten"),
          ("p", "Voor de planperiode stellen we de volgende doelen voor leerlingen die extra ondersteuning nodig "
                "hebben. Achter elk doel staat hoe we meten en wanneer we rapporteren."),
          ("table", [["Doel 2030", "Nulmeting 2025", "Hoe meten we", "Rapportage"],
                     ["85% van de ouders tevreden over het ondersteuningsteam", "79%", "Oudervragenlijst na elk OT",
                      "Kwartaalrapportage bestuur"],
                     ["90% van de TLV-besluiten binnen 6 weken", "72%", "Registratie in dossiersysteem",
                      "Jaarverslag"],
                     ["Deelname sbo ≤ 2,0%", "2,3%", "DUO-telling 1 oktober", "Jaarverslag"],
                     ["80% van scholen tevreden over arrangementen", "68%", "Tweejaarlijkse peiling scholen",
                      "Jaarverslag en OPR"],
                     ["Alle scholen voldoen aan de basisondersteuning", "44 van 52", "Schoolbezoek consulent",
                      "Jaarverslag"]]),
          ("p", "Elk voorjaar evalueren we de resultaten met het directeurenoverleg en de OPR. Het jaarverslag "
                "beschrijft de bereikte resultaten en de middelen die eraan zijn besteed; in 2028 laten we een "
                "tussentijdse evaluatie door een extern bureau uitvoeren."),
          ("cp", "In de vorige planperiode steeg het aandeel TLV-besluiten binnen zes weken van 55% naar 72%.",
           (C, "Bron? Graag het jaarverslag 2025 erbij."))]
    b += [("h1", "10 Organisatie")] + f["governance"] + f["medezeggenschap"] + f["oogo"] + f["personeel"] + \
         f["professionalisering"] + f["innovatie"] + f["communicatie_scholen"] + f["ict"] + f["planning"] + \
         f["vaststelling"]
    b += [("h1", "Bijlage 1 Begrippenlijst"), ("gl", [
        ("Dekkend aanbod", "het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is."),
        ("Terugplaatsing", "de overstap van een leerling van het sbo of so naar een basisschool, na afloop of "
                           "tussentijds beëindigen van de TLV."),
        ("Thuiszitter", "leerplichtige leerling die zonder geldige reden niet naar school gaat."),
        ("Ouderbrochure", "informatiefolder voor ouders over passend onderwijs, te krijgen op school."),
    ]), ("h1", "Bijlage 2 Kwaliteitskaart basisondersteuning"),
        ("ph", "[bijlage wordt apart aangeleverd]")]
    return b


def build_plan3():
    blocks = plan3()
    w = DocxWriter()
    w.render(blocks)
    w.header_footer("Concept ondersteuningsplan 2026–2030 – Heuvelrug-Zuid – v0.7",
                    "Vertrouwelijk concept · Ouders · Terugplaatsing · Dekkend aanbod")
    # Turn on revision tracking in settings so Word shows the draft with markup.
    settings = w.doc.settings.element
    settings.append(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))
    w.save(os.path.join(OUT, "po-heuvelrug-concept-wijzigingen.docx"))
    return blocks


# ============================================================================================
# Plan 4: VO, Word with Dutch 'Kop 1'/'Kop 2' styles and automatic (multilevel) heading numbering
# ============================================================================================
P4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Westflank", short="Westflank", code="VO 22-04",
          sector="vo", gemeenten=["Zandvoorde", "Heemsteden", "Bloemenwaard", "Lisserbroek"], besturen=8,
          scholen=19, ll_now="9.870", ll_2030="9.420", director="Jeroen Alkema", opr_date="7 april 2026",
          oogo_date="19 maart 2026", other_swv="het Samenwerkingsverband PO Duin en Bollenstreek", parents=True,
          fte="18,0", vast_date="16 april 2026")


def plan4():
    f = filler(P4)
    b = [("p", "Ondersteuningsplan 2026–2030"), ("p", P4["name"] + " – " + P4["code"]),
         ("p", "Versie voor instemming OPR – april 2026"),
         ("toc", ["1 Inleiding 3", "1.1 Voorwoord 3", "1.2 Regio 4", "2 Koers 5",
                  "3 Ondersteuning in de school 6", "3.1 Basisondersteuning 6", "3.2 Extra ondersteuning 6",
                  "4 Toelaatbaarheid en terugplaatsing 8", "4.1 Wanneer is het vso passend? 8",
                  "4.2 Aanvragen 9", "4.3 Lwoo en pro 9", "4.4 Afloop van de TLV 10", "5 Sluitend netwerk 11",
                  "6 Communicatie 13", "7 Geld 15", "7.1 Verdeelmodel 15", "7.2 Meerjarenbegroting 15",
                  "7.3 Reserves 16", "8 Kwaliteit en resultaten 17", "9 Organisatie 19",
                  "10 Afkortingen 22"]),
         ("h1", "Inleiding"), ("h2", "Voorwoord")] + f["voorwoord"] + [("h2", "Regio")] + f["regio"]
    b += [("h1", "Koers")] + f["visie"] + [("h2", "Landelijke ontwikkelingen")] + f["landelijk"]
    b += [("h1", "Ondersteuning in de school"), ("h2", "Basisondersteuning"),
          ("p", "Het samenwerkingsverband en de besturen maken in schooljaar 2026–2027 nieuwe afspraken over de "
                "basisondersteuning, mede in het licht van de landelijke norm die het ministerie heeft aangekondigd. "
                "Tot die afspraken zijn vastgesteld, gebruiken de scholen de beschrijving in hun eigen schoolgids. "
                "Het vernieuwde kader voor de basisondersteuning leggen we in 2027 ter instemming voor aan de OPR."),
          ("h2", "Extra ondersteuning"),
          ("p", "Wanneer een leerling meer nodig heeft dan de school gewoonlijk biedt, bespreekt de "
                "ondersteuningscoördinator de leerling in het ondersteuningsteam van de school. Het team stelt een "
                "ontwikkelingsperspectief op en bepaalt welke ondersteuning de school zelf kan bieden. Scholen "
                "verschillen onderling sterk in hoe zij dit organiseren; het samenwerkingsverband schrijft daarin "
                "niets voor.")]
    b += [("h1", "Toelaatbaarheid en terugplaatsing"), ("h2", "Wanneer is het vso passend?"),
          ("p", "Toelaatbaar tot het voortgezet speciaal onderwijs is een leerling bij ons als de aanvraag de drie "
                "toetsstenen doorstaat:"),
          ("ul", ["Toetssteen 1 – benut: de vo-school heeft de mogelijkheden van basis- en extra ondersteuning "
                  "benut gedurende ten minste een half schooljaar, vastgelegd in een geëvalueerd OPP;",
                  "Toetssteen 2 – zwaarte: de leerling heeft op twee of meer van de domeinen leren, gedrag, "
                  "communicatie en zelfredzaamheid een ondersteuningsbehoefte die structureel een kleine groep en "
                  "specialistische begeleiding gedurende de hele schooldag vraagt;",
                  "Toetssteen 3 – perspectief: de twee deskundigen verwachten dat de leerling zijn "
                  "uitstroomperspectief in het vso beter bereikt dan in het regulier onderwijs."]),
          ("p", "Voor leerwegondersteunend onderwijs en praktijkonderwijs gelden de landelijke criteria; het "
                "samenwerkingsverband heeft geen eigen criteria vastgesteld. Leerlingen met een IQ tussen 55 en 80 en "
                "een leerachterstand van drie jaar of meer op twee domeinen komen in aanmerking voor pro."),
          ("h2", "Aanvragen"),
          ("p", "Per 1 augustus 2026 gaat een nieuwe aanvraagroute in via het Ondersteuningsloket Westflank. Deze "
                "route werken we het komende halfjaar uit met de scholen en de vso-besturen; de beschrijving volgt in "
                "de voortgangsparagraaf 2026. Tot die tijd is de werkwijze van het loket op de website leidend."),
          ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen zes weken bezwaar "
                "maken bij het samenwerkingsverband, dat daarover advies vraagt aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "Lwoo en pro"),
          ("p", "Het samenwerkingsverband geeft de aanwijzing lwoo en de toelaatbaarheidsverklaring pro af voor de "
                "duur van de opleiding."),
          ("h2", "Afloop van de TLV"),
          ("p", "Een TLV voor het vso geven we af voor twee schooljaren; voor leerlingen in cluster 3 met een "
                "blijvende beperking tot het einde van de vso-periode. Wij vinden dat een jongere niet langer in het "
                "vso moet blijven dan nodig is. Terugkeer naar het regulier vo of overstap naar het mbo is het doel "
                "wanneer het OPP laat zien dat de ondersteuningsbehoefte op de domeinen uit de TLV is afgenomen tot "
                "een niveau dat een reguliere school met extra ondersteuning kan dragen, en de jongere en ouders dat "
                "willen. Na de overstap begeleidt een ambulant begeleider van de vso-school de leerling en de mentor "
                "gedurende ten minste een half jaar; het samenwerkingsverband vergoedt deze begeleiding."),
          ("p", "De vso-school bespreekt elk jaar in de OPP-evaluatie met leerling en ouders of terug- of "
                "overplaatsing mogelijk is. In het laatste jaar van de TLV meldt de vso-school vóór 1 februari aan "
                "het samenwerkingsverband of zij terugplaatsing, een nieuwe TLV of uitstroom adviseert. Bij "
                "terugplaatsing zoekt de trajectbegeleider samen met ouders een ontvangende school en plant vóór "
                "1 juni een warme overdracht. Het samenwerkingsverband neemt het besluit over een eventuele nieuwe "
                "TLV; zonder nieuw besluit eindigt de TLV op 31 juli. Drie maanden na de overstap evalueren de "
                "ontvangende school, de ambulant begeleider en ouders hoe het gaat.")]
    b += [("h1", "Sluitend netwerk"),
          ("p", "Een overzicht van alle voorzieningen in en rond de scholen van Westflank, van trajectvoorziening "
                "tot vso en onderwijs-zorgarrangement, vindt u op de sociale kaart op onze website."),
          ("p", "Het samenwerkingsverband wil dat elke jongere een passende plek heeft. Daarom zoeken we actief naar "
                "plekken waar het schuurt. Elke school meldt een leerling die tien schooldagen of langer "
                "ongeoorloofd of met vrijstelling thuis zit bij leerplicht en bij het Ondersteuningsloket. Binnen tien "
                "werkdagen wijst het loket een casusregisseur aan, die met jongere, ouders, school en jeugdhulp een "
                "plan maakt met een datum waarop de jongere weer (deels) onderwijs volgt. Lukt dat niet binnen zes "
                "weken, dan schaalt de casusregisseur op naar het Escalatieoverleg van leerplicht, gemeente en "
                "directeur-bestuurder; de directeur-bestuurder kan een bestuur opdragen een tijdelijke plek te "
                "bieden."),
          ("p", "Twee keer per jaar, in november en mei, bespreken we met de besturen en de gemeenten de casussen "
                "waarvoor geen passende plek te vinden was en de wachttijden bij de vso-scholen. Wanneer een patroon "
                "zichtbaar wordt, besluit het algemeen bestuur binnen drie maanden over een aanvullende voorziening "
                "of een afspraak over zorgplicht tussen de besturen. Zo is in 2025 besloten tot een extra groep voor "
                "jongeren met een combinatie van psychiatrische problematiek en hoge capaciteiten."),
          ("p", "Met de gemeenten hebben we in het OOGO afgesproken dat jeugdhulp in onderwijstijd mogelijk is zonder "
                "aparte beschikking wanneer het OPP dat onderbouwt.")]
    b += [("h1", "Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert "
                "met scholen via een maandelijkse nieuwsbrief voor directeuren en ondersteuningscoördinatoren, via "
                "het netwerk van ondersteuningscoördinatoren en via de jaarlijkse conferentie."),
          ("p", "Ook ouders en leerlingen willen weten waar zij aan toe zijn. Daarom vindt u op onze website per "
                "school een overzicht van de ondersteuning die die school biedt en een uitleg van de routes naar "
                "extra ondersteuning en het vso. Alle groep-8-leerlingen krijgen via de basisschool de folder "
                "'Extra steun op de middelbare school?'. Bij de start van elke aanvraag bij het loket ontvangen "
                "ouders een brief met uitleg over de stappen en een contactpersoon. Twee keer per jaar organiseren "
                "we een ouderavond, één keer samen met het samenwerkingsverband PO."),
          ("p", "Soms verloopt het contact met school of samenwerkingsverband moeizaam. Ouders en jongeren kunnen dan "
                "terecht bij het Ouder- en Jeugdsteunpunt Westflank, dat wij samen met MEE Kennemerland hebben "
                "opgericht maar dat onafhankelijk werkt en rapporteert. Medewerkers van het steunpunt luisteren, "
                "leggen uit en kunnen bemiddelen of meegaan naar een gesprek. Daarnaast verwijzen we naar de "
                "Onderwijsconsulenten en naar de klachtenregeling van het samenwerkingsverband, dat is aangesloten bij "
                "de Geschillencommissie passend onderwijs."),
          ("p", "Voor de communicatie met de gemeenten en de jeugdhulp verwijzen we naar het hoofdstuk Sluitend "
                "netwerk.")]
    b += [("h1", "Geld"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een deel "
                "van de middelen voor zware ondersteuning wordt door DUO direct afgedragen aan de vso-scholen."),
          ("h2", "Verdeelmodel"),
          ("p", "p.m. – Het verdeelmodel wordt in 2026 herzien in overleg met de besturen. De uitkomst verwerken we in "
                "de begroting 2027."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["Bedragen in €", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte ondersteuning", "3.910.000", "3.860.000", "3.820.000", "3.790.000"],
                     ["Rijksbijdrage zware ondersteuning", "8.440.000", "8.330.000", "8.240.000", "8.180.000"],
                     ["Afdracht vso via DUO", "-5.910.000", "-5.850.000", "-5.800.000", "-5.770.000"],
                     ["Toekenning aan schoolbesturen", "-3.600.000", "-3.560.000", "-3.520.000", "-3.490.000"],
                     ["Trajectvoorzieningen en OPDC", "-1.450.000", "-1.450.000", "-1.450.000", "-1.450.000"],
                     ["Casusregie en thuiszittersaanpak", "-310.000", "-310.000", "-310.000", "-310.000"],
                     ["Ambulante begeleiding na terugplaatsing", "-120.000", "-130.000", "-140.000", "-150.000"],
                     ["Bureau en personeel", "-1.180.000", "-1.170.000", "-1.160.000", "-1.150.000"],
                     ["Resultaat", "-210.000", "-280.000", "-320.000", "-350.000"]]),
          ("p", "De begroting laat bewust negatieve resultaten zien: hiermee zetten we de in eerdere jaren opgebouwde "
                "reserve in voor het onderwijs."),
          ("h2", "Reserves"),
          ("p", "Eind 2025 bedroeg de algemene reserve € 3,1 miljoen. Het benodigde weerstandsvermogen, op basis van "
                "de risicoanalyse, is € 1,5 miljoen. Met de begrote tekorten dalen we in 2029 tot onder de "
                "signaleringswaarde van de inspectie.")]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Wij willen weten of ons werk verschil maakt voor jongeren die extra ondersteuning nodig hebben. "
                "Daarom hebben we voor deze planperiode de volgende doelen en indicatoren vastgesteld:"),
          ("table", [["Beoogd resultaat 2030", "Stand 2025", "Bron en frequentie"],
                     ["Geen jongere langer dan 3 maanden zonder onderwijs", "9 jongeren",
                      "Leerplichtregistratie, per kwartaal"],
                     ["75% van de jongeren die terugplaatsen zit een jaar later nog op de reguliere school", "61%",
                      "Eigen registratie, jaarlijks"],
                     ["Deelname vso gelijk aan of onder landelijk gemiddelde", "3,6% (landelijk 3,4%)",
                      "DUO-peiling 1 oktober, jaarlijks"],
                     ["Tevredenheid ouders over het loket ten minste 7,5", "7,1",
                      "Ouderpeiling, tweejaarlijks"]]),
          ("p", "Elk kwartaal bespreekt het managementteam de indicatoren. De raad van toezicht en de OPR ontvangen "
                "twee keer per jaar een voortgangsrapportage. In het jaarverslag verantwoorden we de bereikte "
                "resultaten en de kosten per voorziening; in 2028 voeren we een tussenevaluatie uit met een externe "
                "onderzoeker. Bij achterblijvende resultaten stelt de directeur-bestuurder de aanpak bij in het "
                "jaarplan.")]
    b += [("h1", "Organisatie"), ("h2", "Bestuur en toezicht")] + f["governance"] + \
         [("h2", "Medezeggenschap")] + f["medezeggenschap"] + [("h2", "Overleg gemeenten")] + f["oogo"] + \
         [("h2", "Personeel")] + f["personeel"] + [("h2", "Professionalisering")] + f["professionalisering"] + \
         [("h2", "Privacy")] + f["ict"] + [("h2", "Planning")] + f["planning"] + f["vaststelling"]
    b += [("h1", "Afkortingen"), ("gl", [
        ("BO", "basisondersteuning: het minimumniveau van ondersteuning op alle scholen van het verband"),
        ("OJSP", "Ouder- en Jeugdsteunpunt"), ("OPDC", "orthopedagogisch-didactisch centrum"),
        ("TLV", "toelaatbaarheidsverklaring"), ("vso", "voortgezet speciaal onderwijs"),
        ("lwoo", "leerwegondersteunend onderwijs"), ("pro", "praktijkonderwijs"),
    ])]
    return b


def add_kop_styles(doc):
    """Create Dutch-named heading styles 'Kop 1'/'Kop 2' linked to a multilevel numbering definition."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    lvls = ""
    for i, (fmt, pst) in enumerate([("%1", "Kop1"), ("%1.%2", "Kop2"), ("%1.%2.%3", "Kop3")]):
        lvls += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="%s"/>'
                 '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
                 '</w:lvl>' % (i, pst, fmt, 432 + 144 * i, 432 + 144 * i))
    absnum = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
                       '</w:abstractNum>' % (nsdecls("w"), abs_id, lvls))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, abs_id)))
    names = []
    for lvl, size in ((0, 16), (1, 13), (2, 11)):
        name = "Kop %d" % (lvl + 1)
        st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.font.bold = True
        st.font.size = Pt(size)
        pPr = st.element.get_or_add_pPr()
        pPr.append(parse_xml('<w:keepNext %s/>' % nsdecls("w")))
        pPr.append(parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                             % (nsdecls("w"), lvl, num_id)))
        pPr.append(parse_xml('<w:spacing %s w:before="240" w:after="120"/>' % nsdecls("w")))
        pPr.append(parse_xml('<w:outlineLvl %s w:val="%d"/>' % (nsdecls("w"), lvl)))
        names.append(name)
    return tuple(names)


def build_plan4():
    blocks = plan4()
    w = DocxWriter(base_font="Arial")
    w.hs = add_kop_styles(w.doc)
    w.render(blocks)
    w.header_footer("Ondersteuningsplan Westflank 2026–2030 · Basisondersteuning · Toelaatbaarheid · Financiën",
                    "SWV VO Westflank – resultaten, ouders en dekkend aanbod – versie OPR april 2026")
    path = os.path.join(OUT, "vo-westflank-kopstijlen.docx")
    w.save(path)
    return blocks


# ============================================================================================
# Plan 5: PO, Word (English built-in heading styles), much content only in tables
# ============================================================================================
P5 = dict(name="Samenwerkingsverband Primair Onderwijs De Brug", short="De Brug", code="PO 29-06", sector="po",
          gemeenten=["Terwolde-Noord", "Epe-Zandhoeve", "Heerdenburg"], besturen=6, scholen=41, ll_now="7.480",
          ll_2030="7.050", director="Sanne Wolters", opr_date="26 maart 2026", oogo_date="3 maart 2026",
          other_swv="het Samenwerkingsverband VO Veluwe-Oost", parents=False, fte="9,5", vast_date="8 april 2026")


def plan5():
    f = filler(P5)
    b = [("h1", "Ondersteuningsplan 2026–2030 De Brug"),
         ("toc", ["1. Voorwoord", "2. Onze regio", "3. Ondersteuning in elke school (basisondersteuning)",
                  "4. Ondersteuningsniveaus en dekkend aanbod", "4.3 Toelaatbaarheid sbo en so",
                  "4.4 Terugplaatsing", "5. Onderwijskwaliteit en resultaten", "6. Geld en middelen",
                  "7. Ouders", "8. Organisatie", "Bijlage 3 Reglement Toelaatbaarheid",
                  "Bijlage 4 Begrippenlijst"]),
         ("h1", "1. Voorwoord")] + f["voorwoord"] + [("h1", "2. Onze regio")] + f["regio"] + \
        [("h2", "2.1 Visie")] + f["visie"] + [("h2", "2.2 Landelijke ontwikkelingen")] + f["landelijk"] + \
        [("h2", "2.3 Totstandkoming van dit plan")] + f["totstandkoming"] + [
            ("p", "Wij werken resultaatgericht en doen wat werkt. Geen kind mag tussen wal en schip raken; dat is de "
                  "belofte die we elkaar als besturen hebben gedaan.")]
    b += [("h1", "3. Ondersteuning in elke school"),
          ("p", "Alle scholen van De Brug bieden ten minste de ondersteuning in onderstaande tabel. Dit is de "
                "gezamenlijke ondergrens die de zes besturen in 2025 hebben vastgesteld en die voor elke vestiging "
                "geldt, ook voor de kleinste dorpsschool."),
          ("table", [["Domein", "Wat elke school biedt"],
                     ["Taal en lezen", "Dyslexieprotocol; signalering vanaf groep 2; extra leestijd en voorleessoftware"],
                     ["Rekenen", "Protocol ernstige rekenproblemen; verlengde instructie in de klas"],
                     ["Gedrag en sociaal-emotioneel", "Erkend programma sociale veiligheid; anti-pestcoördinator; "
                                                      "time-in-plek in de school"],
                     ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; signalering bij instroom"],
                     ["Fysiek en medisch", "Protocol medisch handelen; aangepast meubilair op aanvraag bij het bestuur"],
                     ["Organisatie", "Intern begeleider (minimaal 0,2 fte per 100 leerlingen); ondersteuningsteam "
                                     "4 keer per jaar; OPP voor leerlingen met een eigen leerlijn"],
                     ["Samenwerking", "Vaste schoolmaatschappelijk werker; schoolarts via de GGD"]])]
    b += [("h1", "4. Ondersteuningsniveaus en dekkend aanbod"),
          ("p", "Het aanbod in De Brug is opgebouwd in vijf niveaus. Van niveau 1 tot en met 3 blijft de leerling op "
                "de eigen school of volgt hij een deel van de week een bovenschoolse voorziening; op niveau 4 en 5 "
                "gaat de leerling naar een speciale school."),
          ("table", [["Niveau", "Omschrijving", "Voorbeelden"],
                     ["1", "Basisondersteuning", "Zie hoofdstuk 3"],
                     ["2", "Extra ondersteuning op de eigen school", "Arrangement met extra begeleiding, "
                                                                     "ambulante begeleiding door so-specialist"],
                     ["3", "Bovenschoolse voorziening (deeltijd)", "Plusklas De Sprong (1 dag per week), "
                                                                    "taalklas nieuwkomers Heerdenburg"],
                     ["4", "Speciaal basisonderwijs", "SBO De Wegwijzer (Terwolde-Noord)"],
                     ["5", "Speciaal onderwijs", "SO De Boomgaard (cluster 4), SO Het Palet (cluster 3); buiten de "
                                                 "regio op indicatie"]]),
          ("p", "Het bestuur laat in 2027 een analyse maken van eventuele witte vlekken in het aanbod. Op basis daarvan "
                "bepalen we of aanvullende voorzieningen nodig zijn."),
          ("h2", "4.3 Toelaatbaarheid sbo en so"),
          ("p", "De procedure en de criteria voor toelaatbaarheid zijn vastgelegd in het Reglement Toelaatbaarheid "
                "De Brug (bijlage 3)."),
          ("h2", "4.4 Terugplaatsing"),
          ("p", "Voor leerlingen in het sbo en so verloopt de terugplaatsing naar het basisonderwijs volgens het "
                "onderstaande stappenplan."),
          ("table", [["Stap", "Wat", "Wanneer", "Wie"],
                     ["1", "Bespreking van terugplaatsing bij de evaluatie van het OPP", "Jaarlijks in mei",
                      "S(b)o-school"],
                     ["2", "Advies aan de Commissie Toewijzing: terugplaatsing, overplaatsing of nieuwe TLV",
                      "Uiterlijk 1 maart van het laatste TLV-jaar", "Directeur s(b)o-school"],
                     ["3", "Besluit", "Binnen 6 weken na het advies", "Commissie Toewijzing"],
                     ["4", "Overdracht naar de ontvangende basisschool", "Vóór 1 juli", "IB'ers van beide scholen"],
                     ["5", "Evaluatie van de terugplaatsing", "Na 3 maanden", "Ontvangende school en consulent"]]),
          ("p", "Het beleid van De Brug op terugplaatsing – de doelen, de voorwaarden en de ondersteuning na "
                "terugkeer – stellen we in 2027 opnieuw vast.")]
    b += [("h1", "5. Onderwijskwaliteit en resultaten"),
          ("p", "De scholen in De Brug scoren op de eindtoets gemiddeld rond het landelijk gemiddelde. Alle scholen "
                "hebben van de inspectie een voldoende oordeel. Drie scholen werken met een verbeterplan voor "
                "begrijpend lezen. De opbrengsten van de scholen zijn de verantwoordelijkheid van de besturen en "
                "worden verantwoord in hun eigen jaarverslagen.")]
    b += [("h1", "6. Geld en middelen"),
          ("p", "De Brug ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na de afdrachten voor het "
                "speciaal onderwijs (via DUO) en de overdracht voor het sbo (groeiregeling, peildatum 1 februari) "
                "verdelen we het budget volgens het verdeelmodel in tabel 6.1. Het algemeen bestuur stelt de "
                "bedragen jaarlijks vast in november, op voorstel van de directeur-bestuurder."),
          ("table", [["Tabel 6.1 Verdeelmodel", "Grondslag", "Bedrag 2026"],
                     ["Schoolbudget basis- en extra ondersteuning", "Per leerling, teldatum 1 oktober 2025", "€ 176"],
                     ["Vaste voet per vestiging", "Per vestiging met minder dan 150 leerlingen", "€ 9.500"],
                     ["Arrangementen niveau 2", "Toekenning door Commissie Toewijzing op basis van OPP, "
                                                "per half jaar", "max. € 7.500 per arrangement"],
                     ["Bovenschoolse voorzieningen niveau 3", "Budget per voorziening op basis van capaciteit",
                      "zie tabel 6.2"]]),
          ("p", "Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 mei met een "
                "verantwoordingsformat; de consulent bespreekt de verantwoording met het bestuur."),
          ("table", [["Tabel 6.2 Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "8.960", "8.800", "8.650", "8.520"],
                     ["Afdracht so en overdracht sbo", "-4.870", "-4.810", "-4.760", "-4.720"],
                     ["Schoolbudgetten en vaste voet", "-1.480", "-1.440", "-1.400", "-1.370"],
                     ["Arrangementen niveau 2", "-1.050", "-1.040", "-1.030", "-1.020"],
                     ["Plusklas en taalklas", "-560", "-560", "-560", "-560"],
                     ["Bureau en personeel", "-1.030", "-1.020", "-1.010", "-1.000"],
                     ["Saldo", "-30", "-70", "-110", "-150"]]),
          ("p", "De algemene reserve bedraagt eind 2025 € 1,9 miljoen; het gewenste weerstandsvermogen is "
                "€ 1,1 miljoen. De begrote tekorten brengen de reserve in 2029 op dat niveau.")]
    b += [("h1", "7. Ouders"),
          ("p", "Ouders zijn voor ons belangrijke partners. Samen met de scholen willen we dat ouders zich gehoord "
                "voelen. Een uitgewerkte paragraaf over informatie aan ouders en onafhankelijke ondersteuning volgt "
                "in de volgende versie van dit plan.")]
    b += [("h1", "8. Organisatie"), ("h2", "8.1 Bestuur en toezicht")] + f["governance"] + \
         [("h2", "8.2 Medezeggenschap")] + f["medezeggenschap"] + [("h2", "8.3 Gemeenten")] + f["oogo"] + \
         [("h2", "8.4 Personeel")] + f["personeel"] + [("h2", "8.5 Professionalisering")] + f["professionalisering"] + \
         [("h2", "8.6 Onderzoek en innovatie")] + f["innovatie"] + [("h2", "8.7 Communicatie met scholen")] + \
         f["communicatie_scholen"] + [("h2", "8.8 Bovenregionale samenwerking")] + f["bovenregionaal"] + \
         [("h2", "8.9 ICT en privacy")] + f["ict"] + [("h2", "8.10 Huisvesting van het bureau")] + [
             ("p", "Het bureau van De Brug is sinds 2023 gevestigd in het voormalige gemeentehuis van Terwolde-Noord, "
                   "dat we delen met het lokale team en de bibliotheek. De ruimte is geschikt voor overleggen met "
                   "scholen en voor de netwerkbijeenkomsten. Medewerkers werken deels op de scholen en deels thuis; "
                   "het bureau is op werkdagen van 8.30 tot 16.30 uur geopend. Bij de inrichting is gelet op "
                   "duurzaamheid: het gebouw heeft zonnepanelen en is in 2024 geïsoleerd. We reizen zoveel mogelijk "
                   "met de fiets of het openbaar vervoer en vergaderen waar het kan online, zodat reistijd beperkt blijft.")] + \
         [("h2", "8.11 Planning")] + f["planning"] + f["vaststelling"]
    b += [("h1", "Bijlage 4 Begrippenlijst"), ("gl", [
        ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
                                             "tot het sbo of so; aangevraagd door het schoolbestuur, na advies van "
                                             "twee deskundigen."),
        ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen."),
        ("Resultaten", "de beoogde en bereikte resultaten van het samenwerkingsverband."),
        ("Thuiszitter", "leerplichtig kind dat niet naar school gaat."),
    ])]
    return b


def build_plan5():
    blocks = plan5()
    w = DocxWriter(base_font="Calibri")
    w.render(blocks)
    w.header_footer("Ondersteuningsplan De Brug 2026–2030 | Basisondersteuning · Toelaatbaarheid · Terugplaatsing · "
                    "Ouders · Resultaten", "SWV PO De Brug (PO 29-06) – ouder- en jeugdsteunpunt: zie website")
    path = os.path.join(OUT, "po-debrug-tabellen.docx")
    w.save(path)
    return blocks


# ============================================================================================
# Not a plan: gemeentelijke Lokale Educatieve Agenda (LEA) that discusses passend onderwijs at length
# ============================================================================================
def lea():
    g = "Westerbroek"
    b = [("h1", "Lokale Educatieve Agenda %s 2026–2030" % g),
         ("p", "Samen voor elk kind – afspraken tussen de gemeente %s, de schoolbesturen, de samenwerkingsverbanden "
               "passend onderwijs, de kinderopvang en de jeugdhulp" % g),
         ("toc", ["1 Inleiding", "2 Wat is de LEA?", "3 Thema 1: Kansengelijkheid en vroegschoolse educatie",
                  "4 Thema 2: Passend onderwijs en jeugdhulp", "5 Thema 3: Thuiszitters en verzuim",
                  "6 Thema 4: Onderwijshuisvesting en leerlingenvervoer", "7 Ouders", "8 Middelen",
                  "9 Monitoring en resultaten", "10 Uitvoeringsagenda", "Begrippenlijst"]),
         ("h1", "1 Inleiding"),
         ("p", "De gemeente %s wil dat ieder kind zich zo goed mogelijk kan ontwikkelen, ongeacht de achtergrond "
               "van de ouders of de wijk waarin het opgroeit. Onderwijs is daarvoor de belangrijkste sleutel. De "
               "gemeente gaat niet over de inhoud van het onderwijs, maar heeft wel wettelijke taken en kan veel "
               "doen om scholen, kinderopvang en jeugdhulp te ondersteunen. In deze Lokale Educatieve Agenda (LEA) "
               "leggen we vast waar we de komende vier jaar samen aan werken." % g),
         ("p", "De LEA is tot stand gekomen in vijf werkateliers met schoolbesturen, directeuren, pedagogisch "
               "medewerkers, leerplicht, het lokale team en vertegenwoordigers van ouders. De gemeenteraad heeft de "
               "agenda op 11 februari 2026 vastgesteld. De LEA is geen ondersteuningsplan: de "
               "samenwerkingsverbanden PO De Brug-West en VO IJsselvallei stellen elk hun eigen ondersteuningsplan "
               "vast, waarover de gemeente op overeenstemming gericht overleg (OOGO) voert."),
         ("h1", "2 Wat is de LEA?"),
         ("p", "De LEA is een gezamenlijke agenda van gemeente en onderwijspartners. Wettelijk is de gemeente "
               "verplicht om overleg te voeren over onder meer onderwijsachterstandenbeleid, voor- en vroegschoolse "
               "educatie, het voorkomen van segregatie en de bestrijding van voortijdig schoolverlaten. Daarnaast "
               "hebben we in %s afgesproken om ook passend onderwijs, jeugdhulp, huisvesting en leerlingenvervoer "
               "in de LEA te bespreken, omdat die onderwerpen in de praktijk nauw samenhangen. De LEA wordt elk jaar "
               "besproken in het LEA-overleg onder voorzitterschap van de wethouder Onderwijs en Jeugd." % g),
         ("h1", "3 Thema 1: Kansengelijkheid en vroegschoolse educatie"),
         ("p", "In %s groeit ongeveer een op de zeven kinderen op in een gezin met een laag inkomen. De gemeente "
               "biedt voor peuters met een indicatie zestien uur voorschoolse educatie per week aan. Met de "
               "basisscholen maken we afspraken over de overdracht van peuteropvang naar groep 1 en over de inzet "
               "van de onderwijsachterstandsmiddelen. Nieuw is de inzet van taalcoaches in de drie wijken met de "
               "grootste achterstanden." % g),
         ("p", "We gaan de komende periode ook aan de slag met de ouderbetrokkenheid bij vroegschoolse educatie: "
               "ouders die thuis voorlezen en samen spelen, versterken wat de kinderen op de peuterspeelzaal leren."),
         ("h1", "4 Thema 2: Passend onderwijs en jeugdhulp"),
         ("p", "De scholen zijn verantwoordelijk voor de basisondersteuning en voor extra ondersteuning. De "
               "samenwerkingsverbanden verdelen de middelen voor extra ondersteuning en beslissen over de "
               "toelaatbaarheid tot het speciaal (basis)onderwijs. De gemeente is verantwoordelijk voor de "
               "jeugdhulp. Op het snijvlak werken we samen: leerlingen die zowel onderwijsondersteuning als "
               "jeugdhulp nodig hebben, mogen niet tussen de systemen vallen."),
         ("p", "In 2026 breiden we het aantal schoolcontactpersonen van het lokale team uit, zodat elke basisschool "
               "en elke vo-school een vaste contactpersoon heeft die ten minste twee keer per maand op school is. "
               "Ook zetten we een pilot op met onderwijs-zorgarrangementen, waarbij een jeugdhulpaanbieder binnen de "
               "school behandeling biedt. De gemeente financiert de jeugdhulpcomponent, het samenwerkingsverband de "
               "onderwijscomponent."),
         ("p", "De gemeente wordt door de samenwerkingsverbanden betrokken bij de evaluatie van hun "
               "ondersteuningsplan. In het OOGO van maart 2026 hebben we ingestemd met de ondersteuningsplannen "
               "2026–2030 van beide verbanden. Punten van aandacht waren de wachttijden bij de jeugd-ggz, de "
               "terugplaatsing van leerlingen uit het speciaal onderwijs naar scholen in de eigen wijk en de "
               "aansluiting tussen het basisonderwijs en het voortgezet onderwijs."),
         ("h1", "5 Thema 3: Thuiszitters en verzuim"),
         ("p", "Elke thuiszitter is er een te veel. In het schooljaar 2024–2025 telde leerplicht in %s 23 "
               "thuiszitters, van wie negen langer dan drie maanden. Daarnaast hadden 31 kinderen een vrijstelling "
               "van de inschrijvingsplicht. We willen het aantal vrijstellingen de komende jaren terugdringen, met "
               "name voor kinderen die met een aangepast programma toch (deels) onderwijs kunnen volgen." % g),
         ("p", "Leerplicht, samenwerkingsverbanden en het lokale team werken met een gezamenlijk "
               "thuiszittersprotocol. De leerplichtambtenaar roept binnen twee weken na een melding een overleg "
               "bijeen. Voor complexe situaties is er het regionale thuiszittersoverleg. De gemeente zet in op "
               "preventie: vroegsignalering van verzuim en een snelle aanpak bij beginnend schoolverzuim."),
         ("h1", "6 Thema 4: Onderwijshuisvesting en leerlingenvervoer"),
         ("p", "Het Integraal Huisvestingsplan (IHP) 2024–2040 voorziet in de vervanging van zes schoolgebouwen. "
               "Bij nieuwbouw houden we rekening met ruimtes voor ondersteuning, zoals prikkelarme werkplekken en "
               "behandelruimtes voor jeugdhulp in de school. Het leerlingenvervoer naar speciale scholen kost de "
               "gemeente jaarlijks ruim 1,2 miljoen euro. We onderzoeken samen met de samenwerkingsverbanden hoe we "
               "meer kinderen thuisnabij passend onderwijs kunnen bieden, zodat minder vervoer nodig is."),
         ("h1", "7 Ouders"),
         ("p", "Ouders zijn onmisbare partners. De gemeente ondersteunt ouders via het Centrum voor Jeugd en Gezin en "
               "het lokale team. Voor vragen over passend onderwijs verwijzen we ouders naar het samenwerkingsverband "
               "en naar het ouder- en jeugdsteunpunt dat de samenwerkingsverbanden hebben ingericht. Ouders die een "
               "conflict hebben met school, kunnen terecht bij de Onderwijsconsulenten."),
         ("h1", "8 Middelen"),
         ("p", "De gemeente zet voor de uitvoering van deze LEA de volgende middelen in (bedragen per jaar):"),
         ("table", [["Post", "Bedrag per jaar", "Bron"],
                    ["Voor- en vroegschoolse educatie", "€ 1.350.000", "Specifieke uitkering OAB"],
                    ["Taalcoaches en schakelklas", "€ 240.000", "Specifieke uitkering OAB"],
                    ["Schoolcontactpersonen lokaal team", "€ 410.000", "Gemeentefonds (jeugd)"],
                    ["Pilot onderwijs-zorgarrangementen", "€ 180.000", "Gemeentefonds (jeugd)"],
                    ["Leerlingenvervoer", "€ 1.230.000", "Gemeentefonds"],
                    ["Leerplicht en RMC", "€ 290.000", "Gemeentefonds en RMC-middelen"]]),
         ("p", "De middelen voor passend onderwijs zelf ontvangen de samenwerkingsverbanden rechtstreeks van het Rijk; "
               "zij leggen in hun eigen ondersteuningsplan vast hoe die worden verdeeld."),
         ("h1", "9 Monitoring en resultaten"),
         ("p", "We volgen de uitvoering van de LEA met de Onderwijsmonitor %s, die jaarlijks in het voorjaar "
               "verschijnt. Indicatoren zijn onder meer het bereik van voorschoolse educatie (doel: 90%%), het aantal "
               "thuiszitters (doel: halvering in 2030), het aantal vrijstellingen 5a, het voortijdig schoolverlaten "
               "en de verwijzingen naar jeugdhulp via school. De resultaten bespreken we in het LEA-overleg en "
               "rapporteren we aan de gemeenteraad." % g),
         ("h1", "10 Uitvoeringsagenda"),
         ("table", [["Actie", "Trekker", "Wanneer"],
                    ["Uitbreiding schoolcontactpersonen", "Gemeente / lokaal team", "Vanaf augustus 2026"],
                    ["Pilot onderwijs-zorgarrangementen", "Gemeente en SWV PO", "2026–2028"],
                    ["Herijking thuiszittersprotocol", "Leerplicht en SWV's", "Voor 1 januari 2027"],
                    ["Onderzoek thuisnabij onderwijs en vervoer", "Gemeente en SWV's", "2027"],
                    ["Evaluatie LEA", "Wethouder Onderwijs en Jeugd", "2029"]]),
         ("h1", "Begrippenlijst"), ("gl", [
             ("Basisondersteuning", "de ondersteuning die elke school volgens de afspraken binnen het "
                                    "samenwerkingsverband biedt."),
             ("OOGO", "op overeenstemming gericht overleg tussen gemeente en samenwerkingsverband."),
             ("TLV", "toelaatbaarheidsverklaring van het samenwerkingsverband voor het speciaal (basis)onderwijs."),
             ("Samenwerkingsverband", "organisatie van schoolbesturen die passend onderwijs in de regio regelt.")])]
    return b


def build_lea():
    blocks = lea()
    w = DocxWriter(base_font="Verdana")
    w.render(blocks)
    w.header_footer("Gemeente Westerbroek – Lokale Educatieve Agenda 2026–2030", "Vastgesteld door de gemeenteraad "
                    "op 11 februari 2026")
    path = os.path.join(OUT, "gemeente-westerbroek-lea.docx")
    w.save(path)
    return blocks


# ============================================================================================
# Labels
# ============================================================================================
def labels():
    L = {}
    L["po-waterlinie-web"] = make_label(
        ["po-waterlinie-web.html"], "po",
        {"plaatsing.criteria", "financien.besteding", "resultaten.monitoring", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Accordion 'Wat mag u van elke school verwachten?': binding minimum for every vestiging "
                               "plus a concrete list (IB, dyslexie, plusgroep, OT, OPP, medisch handelen); borging "
                               "via consulent twice a year.",
         "plaatsing": "Accordion 'Toelaatbaarheid tot sbo en so' has a 5-step procedure with CvT, deskundigen and "
                      "6-week term, but the criteria are only referred to the 'TLV-wijzer op onze website' (not "
                      "part of the input) -> criteria not addressed.",
         "terugstroom": "Hidden inside the TLV accordion under 'En daarna: terug naar de basisschool?': policy "
                        "(thuisnabij, conditions, terugplaatsingsarrangement) and procedure (yearly OPP, 1 februari "
                        "advice, overdracht, evaluations, TLV ends 31 juli). Nav menu item 'Terugplaatsing' does not "
                        "count.",
         "financien": "Accordion 'Hoe verdelen we het geld?' under 'Geld en middelen' gives the verdeelmodel "
                      "(per leerling, vaste voet, arrangementen via commissie); the meerjarenbegroting is only "
                      "promised ('plaatsen we zodra ... vastgesteld'), no amounts anywhere; footer link 'Begroting "
                      "2026 (pdf)' does not count -> besteding not addressed.",
         "dekkend-aanbod": "Accordion 'Ons ondersteuningsaanbod': four layers basis -> extra -> bovenschools -> "
                           "sbo/so, plus melding after 4 weeks, thuiszitterstafel with doorzettingsmacht and the "
                           "example of a missing provision (second observatiegroep).",
         "resultaten": "Accordion 'Wat willen we in 2030 bereikt hebben?' lists measurable goals, but how and when "
                       "progress is measured is deferred to the first jaarplan -> monitoring not addressed; footer "
                       "link 'Resultaten en monitor' does not count.",
         "ouders": "Accordion 'Hoe houden we u op de hoogte?' covers information channels (website, folder, "
                   "schoolgids, informatieavonden). Independent help appears only in the nav menu, footer links "
                   "(repeated) and the begrippenlijst; the FAQ only refers to the teacher/IB and the verband's own "
                   "consulent (not independent) -> steunpunt not addressed."})
    L["vo-kempenland-wiki"] = make_label(
        ["vo-kempenland-wiki.md"], "vo",
        {"basisondersteuning.inhoud", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
         "resultaten.doelen"},
        {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Section 3 defines the binding minimum level for all 23 vestigingen, but the concrete "
                               "standards are on a child page / xlsx attachment that was not exported -> inhoud not "
                               "addressed (glossary examples do not count).",
         "plaatsing": "Section 5: four questions (criteria) for vso, a 5-step route with Toewijzingsteam, two "
                      "deskundigen, terms and bezwaar (LBT); lwoo (national criteria, procedure) and pro (national "
                      "criteria, procedure).",
         "terugstroom": "5.4 gives the policy (aim, three conditions, 6 months ambulante begeleiding), but the "
                        "stappenplan (who starts, moments, who decides) is only a link to a wiki page being rewritten "
                        "-> procedure not addressed. Terugplaatsingen figures in the results table (monitoring).",
         "financien": "Section 8 is an empty concept page (warning panel, TODO, non-exported xlsx); glossary entries "
                      "for verevening/verdeelmodel/meerjarenbegroting, the wiki labels and the governance sentences 'keurt de "
                      "begroting goed' / 'stelt de begroting vast' do not count -> missing.",
         "dekkend-aanbod": "Section 4: continuum table levels 1-5 (OPDC, rebound, ISK, vso, OZA) and 4.1 yearly "
                           "witte-vlekken analysis with actions plus thuiszitters route and thuiszitterstafel.",
         "resultaten": "Section 9 describes monitoring (dashboard indicators, quarterly/half-yearly reporting, "
                       "jaarverslag) and achieved figures 2021/2025, but the targets for 2030 are deferred until "
                       "after a nulmeting in spring 2026 -> doelen not addressed.",
         "ouders": "Section 6: website, brochure, schoolgids, infomarkt; independent Ouder- en Jeugdsteunpunt "
                   "(separate stichting), Onderwijsconsulenten, Geschillencommissie; hoorrecht."})
    L["po-heuvelrug-concept-wijzigingen"] = make_label(
        ["po-heuvelrug-concept-wijzigingen.docx"], "po",
        {"basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "ouders.informatie"},
        {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "TRACKED CHANGES: ch. 3 keeps the definition of the binding minimum level (niveau), "
                               "but the concrete list is a w:del deletion and the inserted text refers to bijlage 2, "
                               "which is only a placeholder -> inhoud not addressed.",
         "plaatsing": "Ch. 4: procedure (aanvraag, check in 5 werkdagen, two deskundigen, CvT within 6 weeks); the "
                      "criteria for sbo and so exist ONLY as inserted text (w:ins), which counts, replacing the "
                      "deleted 'op maat en zonder vaste criteria'; inserted bezwaar/LBT replaces deleted 'geen "
                      "bezwaar mogelijk'.",
         "terugstroom": "Ch. 6: the complete old text (policy and procedure) is a w:del deletion; the inserted text "
                        "only defers ('herschrijven we ... voorjaar 2026'); the concrete proposal is in a reviewer "
                        "comment only; TOC/leeswijzer/glossary/footer mentions do not count -> missing.",
         "financien": "Ch. 7: verdeelmodel with per-leerling amount (inserted value EUR 192 replaces deleted EUR "
                      "185), criteria for arrangement contributions, meerjarenbegroting table 2026-2029, reserves "
                      "and verantwoording in jaarverslag.",
         "dekkend-aanbod": "Ch. 5: the continuum/thuiszitters paragraph is a w:del deletion and only a highlighted "
                           "placeholder '[Tekst volgt ...]' remains; budget line 'bovenschoolse voorzieningen' is "
                           "financial only -> missing.",
         "resultaten": "Ch. 9: table of goals 2030 with nulmeting, measurement method and reporting moment, plus "
                       "yearly evaluation with OPR and external mid-term evaluation.",
         "ouders": "Ch. 8: the information paragraph (website, brochure, schoolgids) is a w:del deletion and the "
                   "inserted text defers to a communicatieplan 'dat in het najaar verschijnt' -> informatie not "
                   "addressed; inserted text names the independent Ouder- en Jeugdsteunpunt and "
                   "Onderwijsconsulenten -> steunpunt addressed."})
    L["vo-westflank-kopstijlen"] = make_label(
        ["vo-westflank-kopstijlen.docx", "vo-westflank-kopstijlen.pdf"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "financien.verdeling",
         "dekkend-aanbod.continuum"},
        {"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"], "financien": ["reserves"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Heading 'Basisondersteuning' (ch. 3) only defers new agreements to 2026-2027 and "
                               "points to each school's own schoolgids; the definition exists only in the "
                               "afkortingenlijst and header -> missing.",
         "plaatsing": "Ch. 4 'Wanneer is het vso passend?' gives criteria as three 'toetstenen' plus national "
                      "lwoo/pro criteria; the 'Aanvragen' section only says a new route starts 1-8-2026 and its "
                      "description 'volgt in de voortgangsparagraaf' / website -> procedure not addressed.",
         "terugstroom": "Inside the TLV chapter, section 'Afloop van de TLV': policy (aim, conditions, half year "
                        "ambulante begeleiding paid by SWV) and procedure (yearly OPP evaluation, melding before "
                        "1 februari, trajectbegeleider, warme overdracht, decision, evaluation after 3 months).",
         "financien": "Ch. 'Geld': 'Verdeelmodel' section is 'p.m.' (to be revised in 2026); meerjarenbegroting "
                      "table 2026-2029 with amounts per spending line; reserves section -> verdeling not addressed.",
         "dekkend-aanbod": "Ch. 'Sluitend netwerk': the overview of provisions is only referred to the 'sociale "
                           "kaart' on the website -> continuum not addressed; thuiszitters melding, casusregie "
                           "within 10 werkdagen, escalation with doorzettingsmacht and twice-yearly gap review -> "
                           "lacunes addressed.",
         "resultaten": "Ch. 'Kwaliteit en resultaten': goals table with baseline 2025, sources and frequency, "
                       "quarterly MT review, half-yearly reports, jaarverslag, 2028 mid-term evaluation.",
         "ouders": "Placed in ch. 'Communicatie' between school newsletters: website per school, folder for groep 8, "
                   "letter at start of aanvraag, ouderavonden; independent Ouder- en Jeugdsteunpunt Westflank, "
                   "Onderwijsconsulenten, klachtenregeling/Geschillencommissie."})
    L["po-debrug-tabellen"] = make_label(
        ["po-debrug-tabellen.docx", "po-debrug-tabellen.pdf"], "po",
        {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.lacunes",
         "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"},
        {"financien": ["reserves", "verantwoording"]},
        {"basisondersteuning": "Ch. 3: one sentence sets the common minimum for every vestiging; the content is "
                               "only in a table per domain (taal, rekenen, gedrag, HB, medisch, IB/OT/OPP).",
         "plaatsing": "4.3 only refers to 'Reglement Toelaatbaarheid (bijlage 3)', which is not part of the "
                      "input; TOC, glossary definition of TLV and header mentions do not count -> missing "
                      "(report as verwezen).",
         "terugstroom": "4.4: five-step table (OPP evaluation in May, advice by 1 maart of last TLV year, decision "
                        "within 6 weeks, overdracht, evaluation) = procedure; the policy (aims, conditions, support "
                        "after return) is deferred to 2027 -> beleid not addressed.",
         "financien": "Under 'Geld en middelen': verdeelmodel table 6.1 with grondslag and amounts, decision by "
                      "algemeen bestuur, meerjarenbegroting table 6.2, verantwoording by 1 mei, reserves.",
         "dekkend-aanbod": "Ch. 4: table of five support levels from basis to so (continuum); gap analysis "
                           "deferred to 2027 ('laat ... maken'), thuiszitters only a passing word in the glossary "
                           "-> lacunes not addressed.",
         "resultaten": "Ch. 5 'Onderwijskwaliteit en resultaten' is about eindtoets scores and inspectie "
                       "judgements of all pupils (school results, a near-miss); 'resultaatgericht' in the visie "
                       "is a value word; glossary/header do not count -> missing.",
         "ouders": "Ch. 7 'Ouders' only has a general value sentence and defers the paragraph on information and "
                   "independent support to 'de volgende versie'; the OPR paragraph does not mention parents; the "
                   "footer 'ouder- en jeugdsteunpunt: zie website' does not count -> missing."})
    L["gemeente-westerbroek-lea"] = {
        "documents": ["gemeente-westerbroek-lea.docx", "gemeente-westerbroek-lea.pdf"], "sector": "po",
        "looks_like_plan": False, "elements": {}, "criteria": {},
        "notes": {"document": "A municipal Lokale Educatieve Agenda adopted by the gemeenteraad: it discusses "
                              "passend onderwijs, OOGO, thuiszitters, TLV, basisondersteuning, ouders and "
                              "monitoring, but it is the gemeente's agenda (VVE, huisvesting, leerlingenvervoer, "
                              "jeugdhulp) and states explicitly that the samenwerkingsverbanden adopt their own "
                              "ondersteuningsplan; no SWV code, OPR consent or planperiode of a SWV."}}
    return L


def main():
    no_pdf = "--no-pdf" in sys.argv
    counts = {}
    counts["po-waterlinie-web"] = words(build_plan1())
    counts["vo-kempenland-wiki"] = words(build_plan2())
    counts["po-heuvelrug-concept-wijzigingen"] = words(build_plan3())
    counts["vo-westflank-kopstijlen"] = words(build_plan4())
    counts["po-debrug-tabellen"] = words(build_plan5())
    counts["gemeente-westerbroek-lea"] = words(build_lea())
    if not no_pdf:
        for n in ("vo-westflank-kopstijlen", "po-debrug-tabellen", "gemeente-westerbroek-lea"):
            to_pdf(os.path.join(OUT, n + ".docx"))
    for name, lab in labels().items():
        write_label(name, lab)
    for k, v in counts.items():
        print("%-36s %5d words" % (k, v))


if __name__ == "__main__":
    main()
