#!/usr/bin/env python3
"""Generate the holdout51 test set for opcheck.

Six documents: five fictional ondersteuningsplannen (PO and VO; .docx, .pdf rendered from .docx with
LibreOffice, and .html) and one near-miss document (a school-level ondersteuningsplan of a VO school).
Each document gets a hand-written label file <name>.expected.yaml.

Deterministic, no network. Usage:  python3 src/make_holdout51.py [outdir]
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

import yaml
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(HERE)

# --------------------------------------------------------------------------------------------
# Tiny document model: a plan is a list of blocks
#   ("title", [lines])          title page
#   ("toc",)                    table of contents generated from headings
#   ("h1", text) / ("h2", text) numbered headings; ("h1u", text) unnumbered chapter heading
#   ("p", text)                 paragraph;  ("ul", [..]) / ("ol", [..]) lists
#   ("table", header, rows, caption)
#   ("box", title, [paras])     shaded frame (one-cell table in Word, <div class=kader> in HTML)
#   ("textbox", title, [paras]) floating text box (VML text box in Word, <aside> in HTML)
#   ("pagebreak",) / ("cols", n) section with n columns (Word only)
# --------------------------------------------------------------------------------------------


def number_headings(blocks):
    out, c1, c2 = [], 0, 0
    for b in blocks:
        if b[0] == "h1":
            c1 += 1
            c2 = 0
            out.append(("h1", f"{c1}  {b[1]}", b[1]))
        elif b[0] == "h2":
            c2 += 1
            out.append(("h2", f"{c1}.{c2}  {b[1]}", b[1]))
        elif b[0] == "h1u":
            out.append(("h1", b[1], b[1]))
        else:
            out.append(b)
    return out


def toc_entries(blocks):
    words, entries = 0, []
    for b in blocks:
        if b[0] in ("h1", "h2"):
            entries.append((b[0], b[1], 3 + words // 430))
        for part in b[1:]:
            if isinstance(part, str):
                words += len(part.split())
            elif isinstance(part, list):
                for x in part:
                    words += len(" ".join(x).split()) if isinstance(x, (list, tuple)) else len(str(x).split())
    return entries


def word_count(blocks):
    n = 0
    for b in blocks:
        for part in b[1:]:
            if isinstance(part, str):
                n += len(part.split())
            elif isinstance(part, list):
                for x in part:
                    n += len(" ".join(x).split()) if isinstance(x, (list, tuple)) else len(str(x).split())
    return n


# ----------------------------------------------------------------------------------- DOCX ----
def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _field(par, instr):
    par._p.append(parse_xml(
        '<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _textbox_xml(title, paras, idx):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    inner = f'<w:p><w:r><w:rPr><w:b/><w:color w:val="1F4E79"/></w:rPr><w:t xml:space="preserve">{html.escape(title)}</w:t></w:r></w:p>'
    for t in paras:
        inner += f'<w:p><w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r></w:p>'
    return (f'<w:p xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
            f'<w:r><w:pict><v:shape id="Tekstvak{idx}" o:spid="_x0000_s10{idx:02d}" type="#_x0000_t202" '
            f'style="width:440pt;height:auto;mso-fit-shape-to-text:t" fillcolor="#E8F1F8" strokecolor="#2E75B6" strokeweight="1pt">'
            f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
            f'</v:shape></w:pict></w:r></w:p>')


def _set_cols(section, n):
    sectPr = section._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    sectPr.append(parse_xml('<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                            f'w:num="{n}" w:space="567"/>'))


def write_docx(blocks, path, header, footer, accent="1F4E79"):
    blocks = number_headings(blocks)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Title", 26)):
        doc.styles[name].font.color.rgb = RGBColor.from_string(accent)
        doc.styles[name].font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(footer + "   |   pagina ")
    r.font.size = Pt(8)
    _field(fp, "PAGE")
    tb_idx = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            for _ in range(6):
                doc.add_paragraph()
            doc.add_paragraph(lines[0], style="Title")
            for ln in lines[1:]:
                p = doc.add_paragraph(ln)
                p.runs[0].font.size = Pt(14)
                p.runs[0].font.color.rgb = RGBColor.from_string(accent)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, text, page in toc_entries(blocks):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0 if lvl == "h1" else 0.8)
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(16), alignment=2, leader=1)
                run = p.add_run(f"{text}\t{page}")
                run.bold = lvl == "h1"
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            header_row, rows = b[1], b[2]
            caption = b[3] if len(b) > 3 else None
            if caption:
                cp = doc.add_paragraph()
                cr = cp.add_run(caption)
                cr.italic = True
                cr.font.size = Pt(9)
            t = doc.add_table(rows=1, cols=len(header_row))
            t.style = "Table Grid"
            for i, h in enumerate(header_row):
                c = t.rows[0].cells[i]
                c.text = h
                c.paragraphs[0].runs[0].bold = True
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                _shade(c, accent)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
                    for p in cells[i].paragraphs:
                        for rr in p.runs:
                            rr.font.size = Pt(9.5)
            doc.add_paragraph()
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            c = t.rows[0].cells[0]
            _shade(c, "EAF2E3")
            c.paragraphs[0].add_run(b[1]).bold = True
            for para in b[2]:
                c.add_paragraph(para)
            doc.add_paragraph()
        elif kind == "textbox":
            tb_idx += 1
            doc.element.body.insert(len(doc.element.body) - 1, parse_xml(_textbox_xml(b[1], b[2], tb_idx)))
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "cols":
            ns = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(ns, b[1])
        else:
            raise ValueError(kind)
    doc.core_properties.title = header
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.save(path)


# ----------------------------------------------------------------------------------- HTML ----
def write_html(blocks, path, title, site_name, footer):
    blocks = number_headings(blocks)
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="nl"><head><meta charset="utf-8">', f'<title>{e(title)}</title>',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<style>body{font-family:Arial,sans-serif;max-width:1100px;margin:auto;color:#222}'
           'header.site{background:#6b2c5f;color:#fff;padding:12px 20px}header.site a{color:#fff;margin-right:14px}'
           'nav.toc{float:left;width:260px;font-size:13px;background:#f5eef4;padding:10px;margin-right:20px}'
           'main{margin-left:300px}aside{border:2px solid #6b2c5f;background:#fbf6fa;padding:10px;margin:12px 0}'
           '.kader{background:#eef5ea;padding:10px;margin:12px 0}table{border-collapse:collapse;margin:10px 0}'
           'td,th{border:1px solid #999;padding:4px 8px;font-size:14px}th{background:#6b2c5f;color:#fff}'
           'footer.site{clear:both;border-top:1px solid #ccc;margin-top:30px;padding:10px;font-size:12px;color:#555}</style>',
           '</head><body>',
           f'<header class="site"><strong>{e(site_name)}</strong><br>'
           '<a href="/">Home</a><a href="/ouders">Voor ouders</a><a href="/scholen">Voor scholen</a>'
           '<a href="/toelaatbaarheid">Toelaatbaarheid</a><a href="/financien">Financiën</a><a href="/contact">Contact</a></header>']
    toc = [b for b in blocks if b[0] in ("h1", "h2")]
    body = []
    hid = 0
    anchors = {}
    for b in blocks:
        if b[0] in ("h1", "h2"):
            hid += 1
            anchors[id(b)] = f"h{hid}"
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append(f'<h1 class="titel">{e(b[1][0])}</h1>')
            for ln in b[1][1:]:
                body.append(f'<p class="ondertitel"><em>{e(ln)}</em></p>')
        elif k == "toc":
            continue
        elif k == "h1":
            body.append(f'<h2 id="{anchors[id(b)]}">{e(b[1])}</h2>')
        elif k == "h2":
            body.append(f'<h3 id="{anchors[id(b)]}">{e(b[1])}</h3>')
        elif k == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif k in ("ul", "ol"):
            body.append(f"<{k}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "table":
            cap = f"<caption>{e(b[3])}</caption>" if len(b) > 3 and b[3] else ""
            rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in b[2])
            body.append(f'<table>{cap}<thead><tr>{"".join(f"<th>{e(h)}</th>" for h in b[1])}</tr></thead>'
                        f'<tbody>{rows}</tbody></table>')
        elif k == "box":
            body.append(f'<div class="kader"><strong>{e(b[1])}</strong>' + "".join(f"<p>{e(x)}</p>" for x in b[2]) + "</div>")
        elif k == "textbox":
            body.append(f'<aside><strong>{e(b[1])}</strong>' + "".join(f"<p>{e(x)}</p>" for x in b[2]) + "</aside>")
    out.append('<nav class="toc"><strong>Inhoud ondersteuningsplan</strong><ul>')
    for b in toc:
        ind = ' style="margin-left:12px"' if b[0] == "h2" else ""
        out.append(f'<li{ind}><a href="#{anchors[id(b)]}">{e(b[1])}</a></li>')
    out.append('</ul><p><a href="/downloads/ondersteuningsplan.pdf">Download als pdf</a></p></nav>')
    out.append("<main>")
    out.extend(body)
    out.append("</main>")
    out.append(f'<footer class="site">{e(footer)}</footer></body></html>')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def docx_to_pdf(docx_path, pdf_dir):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", pdf_dir, docx_path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)


# ============================================================================================
# Shared filler (chapters every plan has; they mention element words only in passing)
# ============================================================================================
def filler_governance(c, parents_in_opr=True):
    opr = (f"De ondersteuningsplanraad (OPR) telt {c['opr_n']} leden: de helft is ouder, de andere helft is "
           "personeelslid van een van de aangesloten scholen. Ouders in de OPR brengen de ervaringen van hun "
           "achterban in en hebben, net als de personeelsleden, instemmingsrecht op het ondersteuningsplan."
           if parents_in_opr else
           f"De ondersteuningsplanraad (OPR) telt {c['opr_n']} leden, afgevaardigd door de "
           "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op dit plan en op "
           "wijzigingen daarvan en vergadert zes keer per jaar met de directeur-bestuurder.")
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{c['name']} is een stichting waarin {c['besturen']} schoolbesturen samenwerken. De stichting kent "
              "een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder is belast met het bestuur "
              "en wordt daarin ondersteund door een klein bureau. De Raad van Toezicht, samengesteld uit "
              "bestuurders van de aangesloten schoolbesturen en twee onafhankelijke leden, houdt toezicht op het "
              "beleid, keurt de begroting en de jaarrekening goed en is werkgever van de directeur-bestuurder."),
        ("p", "Het bestuurlijk overleg van alle schoolbestuurders komt vier keer per jaar bijeen. Daar worden de "
              "hoofdlijnen van beleid voorbereid, worden ervaringen uitgewisseld en worden afspraken gemaakt over "
              "de uitvoering van dit plan. De statuten bevatten een geschillenregeling voor geschillen tussen de "
              "aangesloten besturen en het samenwerkingsverband."),
        ("h2", "Medezeggenschap"),
        ("p", opr),
        ("p", "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van "
              "het bureau. Deze raad adviseert over zaken die de organisatie van het bureau raken, zoals "
              "formatie, werkverdeling en huisvesting van het bureau."),
        ("h2", "Code goed bestuur"),
        ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur van de sectorraad. De Raad van Toezicht "
              "evalueert jaarlijks zijn eigen functioneren en voert eens per jaar een functioneringsgesprek met "
              "de directeur-bestuurder. Nevenfuncties van bestuur en toezicht worden gepubliceerd in het "
              "jaarverslag."),
    ]


def filler_personeel_privacy(c):
    return [
        ("h1", "Personeel, privacy en ICT"),
        ("h2", "Het bureau"),
        ("p", f"Het bureau van het samenwerkingsverband bestaat uit {c['fte']} fte. Naast de directeur-bestuurder "
              "werken er een beleidsmedewerker, een controller (gedeeld met een ander samenwerkingsverband), "
              "orthopedagogen, consulenten en een secretariaat. Medewerkers worden zoveel mogelijk gedetacheerd "
              "vanuit de aangesloten schoolbesturen, zodat kennis uit de scholen in het bureau aanwezig is en "
              "andersom."),
        ("p", "Wij investeren in de deskundigheid van onze eigen medewerkers. Ieder jaar is er een "
              "scholingsbudget per medewerker en werken de consulenten en orthopedagogen in intervisiegroepen. "
              "Het lerarentekort raakt ook ons: vacatures voor orthopedagogen zijn soms lastig te vervullen."),
        ("h2", "Privacy en gegevensverwerking"),
        ("p", "Bij aanvragen en adviezen verwerkt het samenwerkingsverband persoonsgegevens, waaronder soms "
              "gegevens over gezondheid. Wij doen dat alleen voor zover dat nodig is voor onze wettelijke taken. "
              "Het privacyreglement beschrijft welke gegevens wij verwerken, wie daar toegang toe heeft en hoe "
              "lang wij ze bewaren: dossiers worden niet langer bewaard dan drie jaar na het laatste besluit. "
              "Er is een functionaris gegevensbescherming aangesteld die wij delen met een aantal schoolbesturen."),
        ("h2", "ICT"),
        ("p", "Aanvragen lopen via een beveiligde digitale omgeving. Scholen, het bureau en waar nodig externe "
              "deskundigen werken in één dossier. In de planperiode vervangen wij het huidige systeem, omdat de "
              "leverancier de ondersteuning stopt. De overgang plannen wij in de zomer, zodat scholen er zo min "
              "mogelijk last van hebben."),
    ]


def filler_procedure_op(c, oogo_date, opr_date, vast_date):
    return [
        ("h2", "Totstandkoming van dit plan"),
        ("p", f"Dit plan is het resultaat van een traject van ruim een jaar. In werksessies met directeuren, "
              "intern begeleiders en ondersteuningscoördinatoren, ouders en vertegenwoordigers van gemeenten "
              f"hebben wij de koers bepaald. Het op overeenstemming gericht overleg (OOGO) met de gemeenten vond "
              f"plaats op {oogo_date}. De ondersteuningsplanraad heeft op {opr_date} ingestemd met het plan. Het "
              f"bestuur heeft het plan vastgesteld op {vast_date}, waarna het vóór 1 mei aan de Inspectie van het "
              "Onderwijs is toegezonden."),
    ]


def filler_ontwikkelingen(c):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs is sinds 2014 de wettelijke basis voor de ondersteuning van leerlingen. De "
              "landelijke evaluatie in 2020 liet zien dat het stelsel op onderdelen werkt, maar ook dat er "
              "knelpunten zijn: onduidelijkheid over wat scholen moeten bieden, te veel bureaucratie en te weinig "
              "zicht op wat het geld oplevert. Het kabinet heeft daarop de verbeteraanpak passend onderwijs "
              "ingezet, met maatregelen die in de komende jaren in wet- en regelgeving worden vastgelegd."),
        ("p", "Voor deze planperiode zijn vooral de volgende ontwikkelingen van belang. De wet over de positie van "
              "ouders en leerlingen in het passend onderwijs regelt onder meer het hoorrecht van leerlingen en "
              "verplaatst de beschrijving van de ondersteuning van het schoolondersteuningsprofiel naar de "
              "schoolgids. Landelijk wordt gewerkt aan een norm voor basisondersteuning. En de ambitie om naar "
              "inclusiever onderwijs toe te werken, in 2035, vraagt om samenwerking tussen regulier en speciaal "
              "onderwijs die verder gaat dan wat nu gebruikelijk is."),
        ("p", f"{c['short']} volgt deze ontwikkelingen op de voet. Waar nieuwe wetgeving gevolgen heeft voor "
              "dit plan, passen wij het plan tussentijds aan. Wijzigingen worden altijd voorgelegd aan de "
              "ondersteuningsplanraad."),
    ]


def filler_arbeidsmarkt(c):
    return [
        ("h1", "Leraren, werkdruk en arbeidsmarkt"),
        ("p", "Het tekort aan leraren, intern begeleiders en specialisten raakt alle scholen in de regio. Op "
              "sommige scholen staan klassen met regelmaat zonder bevoegde leraar en ook het speciaal onderwijs "
              "heeft moeite om vacatures te vervullen. Dat heeft directe gevolgen voor de ondersteuning van "
              "leerlingen: een arrangement op papier helpt niet als er niemand is om het uit te voeren."),
        ("p", "De besturen werken daarom samen in het regionaal arbeidsmarktplatform. Zij delen vacatures, "
              "leiden samen zij-instromers op en bieden onderwijsassistenten een doorgroeiroute. Het "
              "samenwerkingsverband draagt bij door scholing op het gebied van ondersteuning open te stellen voor "
              "alle medewerkers, ook voor onderwijsassistenten en invallers, en door de administratieve last van "
              "aanvragen zoveel mogelijk te beperken."),
        ("p", "Wij vragen scholen om bij de inzet van extra middelen eerst te kijken naar wat er in de klas nodig "
              "is. Extra handen in de klas, coaching van beginnende leraren en tijd voor overleg met ouders en "
              "collega's zijn volgens leraren zelf het meest effectief. Ook het welzijn van medewerkers verdient "
              "aandacht: werkdruk en ziekteverzuim in het onderwijs zijn hoog, en juist in de ondersteuning van "
              "leerlingen met complexe vragen is de belasting groot."),
    ]


def filler_informatiebeveiliging(c):
    return [
        ("h1", "Informatiebeveiliging en bedrijfsvoering"),
        ("p", "Het bureau werkt met gevoelige gegevens over kinderen en gezinnen. Informatiebeveiliging heeft "
              "daarom hoge prioriteit. Medewerkers werken met tweestapsverificatie, dossiers worden versleuteld "
              "opgeslagen en toegang tot dossiers is beperkt tot de medewerkers die de gegevens nodig hebben voor "
              "hun taak. Ieder jaar volgen alle medewerkers een korte training over privacy en phishing. Een "
              "datalek wordt binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens."),
        ("p", "De bedrijfsvoering van het bureau (personeels- en salarisadministratie, financiële administratie, "
              "ICT-beheer) is ondergebracht bij een administratiekantoor dat ook voor een aantal aangesloten "
              "schoolbesturen werkt. Dat maakt de organisatie minder kwetsbaar en beperkt de kosten. Het "
              "inkoopbeleid volgt de regels voor aanbesteding in het onderwijs."),
    ]


def filler_jaarcyclus(c):
    return [
        ("h1", "Bestuurlijke jaarcyclus"),
        ("p", "Het samenwerkingsverband werkt met een vaste bestuurlijke jaarcyclus. Zo weten scholen, "
              "ondersteuningsplanraad en gemeenten wanneer welke besluiten worden voorbereid en genomen."),
        ("table", ["Maand", "Onderwerp", "Betrokken"],
         [["september", "Start schooljaar, vaststelling vergaderrooster", "Bestuur, OPR"],
          ["november", "Voorbereiding jaarplan volgend kalenderjaar", "Bureau, schoolleiders"],
          ["december", "Vaststelling jaarplan en begroting", "Bestuur, Raad van Toezicht"],
          ["februari", "OOGO met de gemeenten", "Bestuur, wethouders"],
          ["juni", "Vaststelling jaarrekening", "Raad van Toezicht, accountant"],
          ["juli", "Evaluatie samenwerking in het bestuurlijk overleg", "Besturen"]],
         "Jaarcyclus"),
        ("p", "Naast deze vaste momenten komen het bestuur en de ondersteuningsplanraad bijeen als daar "
              "aanleiding voor is, bijvoorbeeld bij een voorgenomen wijziging van dit plan."),
    ]


# ============================================================================================
# P1 — PO, .docx — SWV Passend Primair Onderwijs De Lingebeek
# B present | P partial (criteria deferred) | T present (inside TLV chapter) | F present ("Geld en
# middelen") | D partial (lacunes missing) | R missing | O present (steunpunt in a Word text box)
# ============================================================================================
def plan_p1():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Lingebeek", short="SWV De Lingebeek",
             besturen=9, opr_n=12, fte="11,4")
    B = []
    B.append(("title", ["Ondersteuningsplan 2024-2028",
                        "Samenwerkingsverband Passend Primair Onderwijs De Lingebeek (PO 26-14)",
                        "Samen sterk voor ieder kind",
                        "Vastgesteld door de Raad van Toezicht op 11 april 2024"]))
    B.append(("toc",))
    B += [
        ("h1u", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan 2024-2028 van De Lingebeek. Het is het derde plan sinds de "
              "invoering van passend onderwijs in 2014. Wij kijken met trots terug op wat de scholen, de besturen "
              "en het bureau samen hebben bereikt. De resultaten van de afgelopen jaren laten zien dat de "
              "samenwerking tussen basisscholen, speciaal basisonderwijs en speciaal onderwijs in onze regio "
              "stevig is verankerd. Tegelijk weten wij dat het beter kan. Te veel ouders ervaren het systeem nog "
              "als ingewikkeld, en leraren vragen om meer handen in de klas in plaats van meer formulieren."),
        ("p", "Dit plan is daarom korter en concreter dan zijn voorganger. Het beschrijft wat ouders en scholen van "
              "ons mogen verwachten, hoe het geld wordt verdeeld en hoe wij samenwerken met de gemeenten. Waar "
              "afspraken nog in ontwikkeling zijn, zeggen wij dat eerlijk. Ik dank iedereen die aan dit plan heeft "
              "bijgedragen: de werkgroepen, de ondersteuningsplanraad, de gemeenten en alle ouders die hun "
              "ervaringen met ons deelden."),
        ("p", "Marieke van Dalen, directeur-bestuurder"),
        ("h1", "Inleiding"),
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 2 beschrijft onze regio en de scholen. In hoofdstuk 3 staan onze visie en missie. "
              "Hoofdstuk 4 gaat over de ondersteuning die iedere school biedt. Hoofdstuk 5 beschrijft de route naar "
              "het speciaal (basis)onderwijs. Hoofdstuk 6 beschrijft het aanbod in de regio. In hoofdstuk 7 leest u "
              "hoe wij met ouders communiceren, in hoofdstuk 8 hoe wij samenwerken met gemeenten en in hoofdstuk 9 "
              "hoe het geld wordt verdeeld. De laatste hoofdstukken gaan over organisatie, personeel, planning en "
              "kwaliteit. Achterin vindt u een begrippenlijst."),
    ]
    B += filler_procedure_op(c, "7 februari 2024", "19 maart 2024", "11 april 2024")
    B += [
        ("h1", "De regio in beeld"),
        ("p", "De Lingebeek omvat de gemeenten Lingewaard-Oost, Beekdal, Heusden aan de Linge en Oosterhout-Zuid. "
              "In het gebied wonen ongeveer 142.000 inwoners. Het is een regio met een stedelijke kern en veel "
              "kleine kernen; een derde van de basisscholen heeft minder dan honderd leerlingen. Dat vraagt om "
              "afspraken die ook voor kleine scholen werkbaar zijn."),
        ("table", ["Gemeente", "Basisscholen", "Leerlingen (1-10-2023)"],
         [["Lingewaard-Oost", "19", "4.212"], ["Beekdal", "14", "2.356"], ["Heusden aan de Linge", "11", "1.978"],
          ["Oosterhout-Zuid", "17", "3.689"], ["Totaal", "61", "12.235"]],
         "Tabel 1. Basisscholen en leerlingen per gemeente"),
        ("p", "Naast de 61 basisscholen maken twee scholen voor speciaal basisonderwijs (De Wilgenhof en "
              "De Ark) deel uit van het samenwerkingsverband, en drie scholen voor speciaal onderwijs die "
              "leerlingen uit onze regio opvangen. Negen schoolbesturen zijn aangesloten; het grootste bestuur "
              "heeft 22 scholen, het kleinste één. Het aantal leerlingen daalt in de komende jaren met naar "
              "verwachting 1,5 procent per jaar, vooral in de kleine kernen."),
        ("h1", "Visie en missie"),
        ("p", "Ieder kind in de Lingebeek verdient onderwijs dat past, zo dicht mogelijk bij huis en samen met "
              "leeftijdgenoten uit de eigen buurt. Dat is de kern van onze visie. Wij geloven dat kinderen het "
              "best tot ontwikkeling komen als school, ouders en hulpverlening samen optrekken. Geen kind thuis: "
              "daar staan wij voor."),
        ("p", "Onze missie is dat wij scholen in staat stellen om die passende plek te bieden. Het "
              "samenwerkingsverband is geen loket op afstand, maar een partner die meedenkt, expertise "
              "beschikbaar stelt en middelen zo dicht mogelijk bij het kind brengt. Vertrouwen is daarbij het "
              "uitgangspunt: scholen weten zelf het best wat hun leerlingen nodig hebben."),
        ("ul", ["Dichtbij: ondersteuning zo thuisnabij en zo licht als mogelijk, zo zwaar als nodig.",
                "Samen: school, ouders en kind zijn gelijkwaardige partners.",
                "Eenvoudig: minder papier, meer tijd voor het kind.",
                "Verantwoord: wij zijn transparant over wat wij doen en wat het kost."]),
        ("p", "Deze kernwaarden komen terug in alle hoofdstukken van dit plan. In de jaarplannen vertalen wij ze "
              "naar concrete activiteiten."),
        ("h1", "Basisondersteuning: wat iedere school biedt"),
        ("h2", "Het niveau van basisondersteuning in de Lingebeek"),
        ("p", "De negen schoolbesturen hebben met elkaar afgesproken welk niveau van basisondersteuning alle "
              "basisscholen in de Lingebeek bieden. Dat niveau geldt voor iedere vestiging, groot of klein, en "
              "is de ondergrens: geen enkele school mag eronder zitten. Scholen mogen meer bieden, en veel "
              "scholen doen dat ook. Wat daarboven komt, beschrijft de school in haar schoolondersteuningsprofiel "
              "en vanaf de invoering van de nieuwe wetgeving in de schoolgids."),
        ("p", "Basisondersteuning is ondersteuning die binnen de school wordt geboden zonder dat daarvoor een "
              "aanvraag bij het samenwerkingsverband nodig is. Zodra een leerling meer nodig heeft dan in de "
              "tabel hieronder staat, spreken wij van extra ondersteuning. De school bespreekt de leerling dan in "
              "het ondersteuningsteam en kan een arrangement aanvragen (zie hoofdstuk 6)."),
        ("table", ["Onderdeel", "Wat u van iedere school in de Lingebeek mag verwachten"],
         [["Intern begeleider", "Iedere school heeft een intern begeleider met een afgeronde opleiding, minimaal 0,4 fte per 200 leerlingen en nooit minder dan 0,2 fte per vestiging."],
          ["Ondersteuningsteam", "Minimaal drie keer per jaar een ondersteuningsteam met de intern begeleider, de orthopedagoog van het samenwerkingsverband en de jeugdverpleegkundige; ouders worden uitgenodigd als hun kind besproken wordt."],
          ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; signalering vanaf groep 2, intensieve leesbegeleiding in groep 3 en 4, dossiervorming voor vergoede diagnostiek."],
          ["Rekenen en dyscalculie", "Werken volgens het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie; extra instructie in een kleine groep."],
          ["Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling (bijvoorbeeld Kanjertraining of PBS), jaarlijkse monitoring van de sociale veiligheid, een anti-pestcoördinator."],
          ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de eigen groep."],
          ["Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere thuistaal."],
          ["Medische handelingen", "Een vastgesteld protocol medisch handelen; afspraken over medicijnverstrekking."],
          ["Planmatig werken", "Groepsoverzichten, een ontwikkelingsperspectief (OPP) waar nodig, en overdracht naar het voortgezet onderwijs volgens de regionale afspraken."]],
         "Tabel 2. Basisondersteuning: de afspraken voor alle scholen"),
        ("h2", "Hoe wij de basisondersteuning bewaken"),
        ("p", "Eén keer per jaar voert de consulent van het samenwerkingsverband met iedere school een "
              "'basis op orde'-gesprek aan de hand van de kwaliteitskaart basisondersteuning. Blijkt een school op "
              "een of meer onderdelen onder de afgesproken ondergrens te zitten, dan stelt het schoolbestuur binnen "
              "drie maanden een verbeterplan op. De directeur-bestuurder bespreekt de voortgang in het bestuurlijk "
              "overleg."),
        ("h1", "Toelaatbaarheid tot het speciaal (basis)onderwijs"),
        ("h2", "Wanneer een toelaatbaarheidsverklaring?"),
        ("p", "Voor plaatsing op een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so) "
              "cluster 3 of 4 is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. "
              "Meestal gaat aan een TLV-aanvraag een traject vooraf waarin de school met ouders en het "
              "ondersteuningsteam heeft geprobeerd de leerling op de eigen school te begeleiden."),
        ("h2", "De procedure"),
        ("ol", ["Het schoolbestuur van de school waar de leerling staat ingeschreven dient de aanvraag in via het digitale groeidocument. Bij de aanvraag horen het ontwikkelingsperspectief, een onderwijskundig rapport, de verslagen van het ondersteuningsteam en de zienswijze van de ouders.",
                "Het bureau controleert binnen vijf werkdagen of het dossier volledig is.",
                "Twee deskundigen brengen ieder een eigen, schriftelijk advies uit: altijd een orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een jeugdarts, kinderpsychiater of maatschappelijk werker. De deskundigen zijn niet betrokken geweest bij de aanvraag.",
                "De Commissie Toelaatbaarheid (CvT) besluit namens het bestuur binnen zes weken na ontvangst van het volledige dossier. Ouders ontvangen een afschrift van de adviezen en het besluit.",
                "Bij een positief besluit meldt de ouder het kind aan bij de sbo- of so-school van zijn keuze."]),
        ("p", "In spoedsituaties kan de CvT binnen tien werkdagen een tijdelijke TLV van maximaal drie maanden "
              "afgeven, bijvoorbeeld na een crisisopname."),
        ("h2", "Beoordeling"),
        ("p", "De CvT weegt bij iedere aanvraag of de ondersteuningsbehoefte van de leerling de mogelijkheden van "
              "de basisschool met extra ondersteuning overstijgt. De inhoudelijke toetsingskaders waarmee de CvT "
              "dat beoordeelt, herzien wij in 2024 samen met de sbo- en so-scholen. Tot het algemeen bestuur de "
              "nieuwe kaders heeft vastgesteld, beoogd in het voorjaar van 2025, hanteert de commissie de "
              "werkwijze van de afgelopen jaren."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geven wij in de regel af tot het einde van de basisschoolperiode. Een TLV voor "
              "het so geldt in de regel twee schooljaren, met ingang van de datum van het besluit en eindigend op "
              "31 juli. Voor het so stelt de CvT tevens de bekostigingscategorie vast: laag, midden of hoog. Bij "
              "ernstig meervoudig beperkte kinderen kan een TLV voor de hele schoolloopbaan worden afgegeven."),
        ("h2", "Na de TLV: terug naar het regulier onderwijs"),
        ("p", "Een plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Ons beleid is dat "
              "iedere leerling terugkeert naar een reguliere basisschool zodra dat in zijn belang is. Wij gaan "
              "uit van terugkeer naar een school zo dicht mogelijk bij huis. Voorwaarden zijn dat de "
              "ontwikkeling van de leerling volgens het OPP stabiel is, dat de ontvangende school de benodigde "
              "ondersteuning kan bieden en dat ouders achter de overstap staan. Na de terugkeer krijgt iedere "
              "leerling een terugplaatsingsarrangement van maximaal één schooljaar: ambulante begeleiding vanuit "
              "de sbo- of so-school en een budget van € 3.500 voor de ontvangende school."),
        ("p", "De sbo- of so-school neemt het initiatief. Zij evalueert het OPP twee keer per jaar met ouders en "
              "bespreekt uiterlijk in oktober van het laatste TLV-jaar in het multidisciplinair overleg of "
              "terugplaatsing haalbaar is. De school meldt haar conclusie vóór 1 februari bij het bureau. Is "
              "terugplaatsing haalbaar, dan zoekt de consulent met ouders een basisschool en plant een "
              "overdrachtsgesprek; de TLV eindigt dan op 31 juli. Is terugplaatsing (nog) niet haalbaar, dan "
              "vraagt de school vóór 1 april een nieuwe TLV aan en besluit de CvT volgens de procedure in 5.2."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken na de dag van verzending van het besluit "
              "bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."),
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("p", "Ons aanbod is opgebouwd als een continuüm van lichte naar zware ondersteuning. Iedere stap is pas "
              "aan de orde als de vorige onvoldoende is gebleken, maar een leerling kan ook direct op de plek "
              "terechtkomen die hij nodig heeft."),
        ("table", ["Niveau", "Aanbod", "Toegang"],
         [["1. Basisondersteuning", "Zie hoofdstuk 4: op iedere school.", "Geen aanvraag nodig."],
          ["2. Extra ondersteuning op school", "Arrangementen op maat: extra handen, specialistische begeleiding, tijdelijk aangepast programma.", "Aanvraag door de school na bespreking in het ondersteuningsteam; de consulent besluit binnen vier weken."],
          ["3. Bovenschoolse voorzieningen", "Plusklas voor meer- en hoogbegaafde leerlingen (4 locaties); observatiegroep De Brug (max. 12 weken); taalklas voor nieuwkomers in Lingewaard-Oost.", "Via de consulent; voor De Brug via de CvT."],
          ["4. Speciaal basisonderwijs", "De Wilgenhof en De Ark, samen circa 310 leerlingen.", "Met TLV (hoofdstuk 5)."],
          ["5. Speciaal onderwijs", "Drie so-scholen cluster 3 en 4 in en rond de regio.", "Met TLV (hoofdstuk 5)."]],
         "Tabel 3. Het ondersteuningscontinuüm van De Lingebeek"),
        ("p", "Scholen kunnen daarnaast ambulante begeleiding inzetten van de so-scholen. De sbo-scholen bieden "
              "consultatie aan basisscholen, bijvoorbeeld over gedrag in de groep. Deze expertise is kosteloos "
              "beschikbaar voor alle scholen."),
        ("p", "Of het aanbod voldoende dekkend is, gaan wij in 2026 onderzoeken in een brede analyse van de "
              "dekkendheid van het aanbod. De uitkomsten daarvan nemen wij mee in het volgende plan."),
        ("h1", "Communicatie"),
        ("h2", "Communicatie met scholen"),
        ("p", "Het bureau informeert directeuren en intern begeleiders via een maandelijkse nieuwsbrief en via "
              "netwerkbijeenkomsten per gemeente. Op de website staat een scholenportaal met formats en "
              "handreikingen."),
        ("h2", "Ouders informeren"),
        ("p", "Ouders moeten weten welke ondersteuning er is en hoe zij die voor hun kind kunnen krijgen. Wij "
              "informeren ouders op verschillende manieren. Op de ouderpagina van onze website leggen wij in "
              "gewone taal uit wat basisondersteuning is, welke arrangementen er zijn en hoe een TLV wordt "
              "aangevraagd. De folder 'Passend onderwijs in de Lingebeek' ligt op iedere school en is beschikbaar "
              "in het Nederlands, Engels, Arabisch en Pools. Iedere school beschrijft in haar "
              "schoolondersteuningsprofiel en in de schoolgids welke ondersteuning zij biedt. Twee keer per jaar "
              "organiseren wij een informatieavond voor ouders, één in het voorjaar en één in het najaar, steeds "
              "in een andere gemeente."),
        ("p", "Ouders zijn onze partners. Zij worden uitgenodigd voor het ondersteuningsteam als hun kind wordt "
              "besproken en stellen samen met de school het ontwikkelingsperspectief op."),
        ("textbox", "Er samen niet uit? Onafhankelijke hulp voor ouders",
         ["Soms lopen gesprekken tussen ouders en school vast. Ouders kunnen dan terecht bij het Ouder- en "
          "Jeugdsteunpunt Lingebeek. Het steunpunt is onafhankelijk van de scholen en van het "
          "samenwerkingsverband en wordt uitgevoerd door stichting Ouderkracht Gelderland. Het steunpunt is "
          "telefonisch bereikbaar op werkdagen van 9.00 tot 13.00 uur en via ouders@ojsp-lingebeek.nl.",
          "Ouders kunnen ook gratis advies vragen bij de Onderwijsconsulenten, die onafhankelijk "
          "meedenken en bemiddelen bij vragen over onderwijs en ondersteuning. Komen ouders en school er echt niet uit, "
          "dan kunnen zij een geschil voorleggen aan de Geschillencommissie passend onderwijs."]),
        ("h1", "Samenwerking met gemeenten"),
        ("p", "Passend onderwijs en jeugdhulp raken elkaar in iedere klas. Met de vier gemeenten hebben wij in het "
              "OOGO afgesproken dat iedere basisschool een vaste contactpersoon heeft in het lokale team en dat er "
              "op iedere school een jeugdverpleegkundige aanschuift bij het ondersteuningsteam. Voor kinderen die "
              "naast onderwijs ook zorg nodig hebben, maken school, gemeente en zorgaanbieder een onderwijs-"
              "zorgarrangement; de gemeente betaalt het zorgdeel, het samenwerkingsverband het onderwijsdeel."),
        ("p", "Andere thema's op de agenda van het OOGO zijn leerlingenvervoer, onderwijshuisvesting, "
              "vroegschoolse educatie en de aansluiting tussen het speciaal onderwijs en dagbesteding. Het overleg "
              "vindt twee keer per jaar plaats met de wethouders onderwijs en jeugd."),
        ("h1", "Geld en middelen"),
        ("h2", "Waar komt het geld vandaan?"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
              "ondersteuning. Een groot deel van de middelen voor zware ondersteuning houdt DUO direct in voor "
              "de bekostiging van leerlingen in het so. Ook voor leerlingen in het sbo boven de 2 procent van het "
              "leerlingenaantal draagt het samenwerkingsverband bij."),
        ("h2", "Hoe verdelen wij de middelen?"),
        ("p", "Wij werken met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
              "schoolbesturen, zodat scholen zelf kunnen bepalen hoe zij de ondersteuning organiseren. De "
              "verdeling gaat als volgt:"),
        ("ul", ["Schoolbudget: € 145 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging, zodat ook kleine scholen een werkbaar budget hebben.",
                "Arrangementen: scholen vragen individuele of groepsarrangementen aan bij de consulent; toekenning op basis van de ondersteuningsbehoefte, maximaal € 7.500 per arrangement per schooljaar.",
                "Bovenschoolse voorzieningen (plusklas, De Brug, taalklas) worden rechtstreeks door het samenwerkingsverband gefinancierd.",
                "Afdrachten voor so en sbo volgen de wettelijke regels; de groeiregeling wordt bepaald op de peildatum 1 februari."]),
        ("p", "Besturen leggen jaarlijks vóór 1 mei verantwoording af over de besteding van het schoolbudget in "
              "een vast format, waarin zij aangeven welke ondersteuning zij met het geld hebben georganiseerd."),
        ("h2", "Meerjarenbegroting"),
        ("table", ["(x € 1.000)", "2024", "2025", "2026", "2027"],
         [["Baten ondersteuningsbudget", "9.860", "9.740", "9.610", "9.490"],
          ["Afdracht so (DUO)", "3.920", "3.960", "3.990", "4.010"],
          ["Afdracht sbo boven 2%", "1.210", "1.180", "1.150", "1.120"],
          ["Schoolbudgetten", "2.140", "2.110", "2.080", "2.050"],
          ["Arrangementen", "1.150", "1.120", "1.100", "1.080"],
          ["Bovenschoolse voorzieningen", "690", "700", "700", "700"],
          ["Bureau en expertise", "980", "990", "1.000", "1.010"],
          ["Resultaat", "-230", "-320", "-410", "-480"]],
         "Tabel 4. Meerjarenbegroting 2024-2027"),
        ("p", "De begroting sluit bewust met een tekort: wij bouwen de reserve af die de afgelopen jaren is "
              "ontstaan. Eind 2023 bedroeg de algemene reserve € 2,4 miljoen, ruim boven de signaleringswaarde "
              "van de Inspectie. Eind 2027 willen wij op een weerstandsvermogen van ongeveer 8 procent uitkomen."),
    ]
    B += filler_governance(c, parents_in_opr=True)
    B += filler_personeel_privacy(c)
    B += [
        ("h1", "Planning en kwaliteit"),
        ("p", "Dit plan geeft de koers voor vier jaar. Ieder jaar stellen wij een jaarplan en een begroting op. "
              "De beoogde resultaten en de bijbehorende indicatoren worden in het jaarplan opgenomen; het eerste "
              "jaarplan verschijnt in het najaar van 2024."),
        ("table", ["Periode", "Activiteit"],
         [["Voorjaar 2024", "Vaststelling ondersteuningsplan, toezending Inspectie"],
          ["Schooljaar 2024-2025", "Nieuwe toetsingskaders CvT; vervanging digitaal dossier"],
          ["Schooljaar 2025-2026", "Evaluatie verdeelmodel"],
          ["2026", "Analyse dekkendheid aanbod"],
          ["Najaar 2027", "Start voorbereiding ondersteuningsplan 2028-2032"]],
         "Tabel 5. Planning op hoofdlijnen"),
        ("h1u", "Bijlage: Begrippenlijst"),
        ("ul", ["Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep.",
                "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                "CvT: Commissie Toelaatbaarheid.",
                "Dekkend aanbod: een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende plek is.",
                "LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
                "OPP: ontwikkelingsperspectiefplan.",
                "Resultaten: de bereikte effecten van het beleid voor leerlingen met een ondersteuningsbehoefte.",
                "Terugplaatsing: terugkeer van een leerling uit het s(b)o naar het regulier onderwijs.",
                "Thuiszitter: een leerplichtige leerling die zonder vrijstelling niet naar school gaat.",
                "TLV: toelaatbaarheidsverklaring.",
                "Zorgplicht: de plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."]),
    ]
    return c, B


P1_LABEL = dict(
    documents=["p1-lingebeek-po.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch.4: agreed minimum for every vestiging (4.1) + content table 2; borging via 'basis op orde'-gesprek (4.2).",
        "plaatsing": "Ch.5: procedure steps, CvT, 6 weeks, two deskundigen, duration/category, LBT bezwaar; criteria only deferred ('toetsingskaders herzien wij ... beoogd voorjaar 2025', 5.3).",
        "terugstroom": "Hidden in TLV chapter 5.5 'Na de TLV': policy (thuisnabij, conditions, arrangement EUR 3.500) and procedure (OPP evaluation, MDO by October, report before 1 Feb, new TLV before 1 April).",
        "financien": "Ch.9 'Geld en middelen': verdeelmodel EUR 145 p.l. + vaste voet, arrangementen; meerjarenbegroting table 4; reserves and verantwoording.",
        "dekkend-aanbod": "Ch.6 continuum table 3 present; gaps only deferred ('gaan wij in 2026 onderzoeken'), 'Geen kind thuis' slogan and glossary do not count; OZA with gemeenten in ch.8.",
        "resultaten": "Nothing: voorwoord 'trots op de resultaten' is passing; ch.12 defers beoogde resultaten and indicators to the jaarplan; glossary only.",
        "ouders": "Ch.7 'Communicatie': ouderpagina, folder in 4 languages, SOP/schoolgids, info evenings; steunpunt (OJSP, Onderwijsconsulenten, Geschillencommissie) only inside a Word text box.",
    })


# ============================================================================================
# P2 — VO, .docx — Samenwerkingsverband VO Hunzedal
# B partial (inhoud only in absent annex) | P present (vso + lwoo + pro) | T partial (procedure
# deferred) | F partial (begroting p.m.) | D present | R present | O partial (steunpunt deferred)
# ============================================================================================
def plan_p2():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Hunzedal", short="SWV VO Hunzedal",
             besturen=7, opr_n=10, fte="14,2")
    B = []
    B.append(("title", ["Ondersteuningsplan 2024-2028",
                        "Samenwerkingsverband Voortgezet Onderwijs Hunzedal — VO 22-05",
                        "Iedere leerling telt mee",
                        "Definitieve versie, april 2024"]))
    B.append(("toc",))
    B += [
        ("h1u", "Samenvatting"),
        ("p", "Hunzedal is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Hunzedal, "
              "Veenmarke en Drostenburg. Zeven schoolbesturen met samen dertien scholen, waaronder twee scholen "
              "voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs, werken samen aan een "
              "passende plek voor iedere jongere. In dit plan beschrijven wij hoe wij dat de komende vier jaar "
              "doen. De belangrijkste keuzes: wij versterken de ondersteuning in de klas, wij breiden het "
              "orthopedagogisch-didactisch centrum uit, wij maken de route naar het vso eenvoudiger en wij willen "
              "dat geen jongere langer dan drie maanden zonder passend aanbod thuis zit."),
        ("h1", "Inleiding"),
        ("h2", "Wettelijk kader"),
        ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
              "(artikel 17a van de Wet op het voortgezet onderwijs, thans artikel 2.47 e.v. WVO 2020). Het plan "
              "beschrijft onder meer de basisondersteuning, de verdeling van de middelen, de procedures voor "
              "toelaatbaarheid en terugplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders."),
    ]
    B += filler_procedure_op(c, "24 januari 2024", "5 maart 2024", "4 april 2024")
    B += [
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", "In de planperiode 2020-2024 is veel bereikt. Het aantal thuiszitters daalde, de trajectvoorziening "
              "is op iedere school ingericht en de samenwerking met de gemeenten is verbeterd. Minder goed ging het "
              "met de doorlooptijd van aanvragen en met de informatie aan ouders, die volgens de ouderpeiling van "
              "2023 te versnipperd was. Die lessen nemen wij mee."),
        ("h1", "Visie en ambities"),
        ("p", "Hunzedal wil dat iedere jongere in de regio een passende plek heeft in het onderwijs, waar hij of "
              "zij zich kan ontwikkelen tot een zelfstandige en betrokken burger. Wij geloven in inclusief "
              "onderwijs waar het kan en in specialistisch onderwijs waar het moet. Jongeren en ouders praten mee: "
              "niet over hen, maar met hen."),
        ("p", "Dat vraagt iets van iedereen. Van scholen vraagt het dat zij zich samen verantwoordelijk voelen "
              "voor alle jongeren in de regio, ook voor de jongere die (nog) niet op hun school staat ingeschreven. "
              "Van het samenwerkingsverband vraagt het dat wij dienstbaar zijn aan de scholen, snel en zonder "
              "onnodige formulieren. En van onze partners in gemeenten en zorg vraagt het dat wij elkaar opzoeken "
              "als het ingewikkeld wordt, in plaats van naar elkaar te wijzen."),
        ("p", "Onze ambities voor deze planperiode zijn vertaald in meetbare doelen (hoofdstuk 8). Ze sluiten aan "
              "bij de landelijke verbeteraanpak passend onderwijs en bij de koers van de aangesloten besturen."),
        ("h1", "Basisondersteuning"),
        ("p", "Alle scholen voor voortgezet onderwijs in Hunzedal bieden ten minste de basisondersteuning die de "
              "besturen samen hebben afgesproken. Die afspraak geldt voor iedere vestiging en iedere afdeling, van "
              "vmbo-basis tot gymnasium. Het is een gezamenlijke ondergrens: wat een leerling op de ene school aan "
              "basisondersteuning krijgt, moet hij op iedere andere school ook kunnen krijgen."),
        ("p", "Basisondersteuning bestaat, in lijn met het landelijke referentiekader, uit vier onderdelen: "
              "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
              "planmatig werken. De twaalf standaarden waarin de besturen deze onderdelen voor Hunzedal hebben "
              "uitgewerkt, met de concretiseringen per standaard, zijn opgenomen in de Kwaliteitskaart "
              "Basisondersteuning VO Hunzedal (bijlage 2)."),
        ("p", "Iedere twee jaar bezoeken de ondersteuningscoördinatoren elkaars scholen in een collegiale "
              "visitatie aan de hand van de kwaliteitskaart. Het verslag gaat naar de schooldirectie en het "
              "bestuur. Voldoet een school op onderdelen niet, dan maakt het bestuur binnen een half jaar een "
              "verbeterplan, dat wordt besproken in het bestuurlijk overleg."),
        ("h1", "Het ondersteuningsaanbod: een dekkend netwerk"),
        ("h2", "Van licht naar zwaar"),
        ("table", ["Niveau", "Wat", "Waar"],
         [["1", "Basisondersteuning", "Iedere school (hoofdstuk 3)"],
          ["2", "Extra ondersteuning op school: trajectvoorziening, begeleiding door ondersteuningscoördinator en orthopedagoog, individuele arrangementen", "Iedere school heeft een trajectvoorziening met minimaal 1,0 fte begeleiding"],
          ["3", "Bovenschoolse voorzieningen: OPDC De Overstap (tijdelijke plaatsing maximaal een jaar), rebound-traject (twaalf weken), Internationale Schakelklas voor nieuwkomers, onderwijs-zorgarrangementen", "OPDC in Hunzedal, ISK in Veenmarke"],
          ["4", "Praktijkonderwijs", "Twee scholen voor pro"],
          ["5", "Voortgezet speciaal onderwijs cluster 3 en 4", "Twee vso-scholen in de regio, plus plaatsingen buiten de regio"]],
         "Tabel 1. Het ondersteuningscontinuüm"),
        ("p", "Leerwegondersteunend onderwijs (lwoo) wordt geboden op zes scholen met vmbo-afdelingen. Voor "
              "meer- en hoogbegaafde leerlingen is er op twee scholen een verrijkingsprogramma."),
        ("h2", "Witte vlekken en thuiszitters"),
        ("p", "Een netwerk is pas dekkend als er voor iedere jongere een plek is. Jaarlijks in november maakt het "
              "bureau met de scholen en de leerplichtambtenaren een analyse van de leerlingen voor wie geen "
              "passend aanbod beschikbaar was: thuiszitters, jongeren met een vrijstelling, leerlingen op een "
              "wachtlijst. De analyse van 2023 liet drie witte vlekken zien: onvoldoende plaatsen voor havo- en "
              "vwo-leerlingen met autisme die een kleine setting nodig hebben, een wachtlijst bij het OPDC van "
              "gemiddeld zeven weken en geen aanbod voor jongeren die na een opname gefaseerd terugkeren. In 2024 "
              "en 2025 starten wij daarom een kleinschalige havo-vwo-voorziening, breiden wij het OPDC uit met een "
              "tweede groep en maken wij afspraken met de jeugd-ggz over een overgangsaanbod."),
        ("p", "Dreigt een leerling thuis te komen zitten, dan meldt de school dit binnen vijf schooldagen bij het "
              "bureau. Binnen twee weken volgt een casusoverleg met school, ouders, leerplicht en waar nodig "
              "jeugdhulp. Lukt het niet om binnen zes weken een oplossing te vinden, dan schaalt de "
              "directeur-bestuurder op naar de thuiszitterstafel, waar bestuurders en gemeente samen beslissen "
              "(doorzettingsmacht). Zorgplicht blijft bij het bestuur waar de leerling is aangemeld."),
        ("h2", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Met de drie gemeenten hebben wij in het OOGO afspraken gemaakt over de inzet van "
              "jeugdhulpverleners op school, over onderwijs-zorgarrangementen en over leerlingenvervoer. Op iedere "
              "school is wekelijks een schoolmaatschappelijk werker aanwezig, gefinancierd door de gemeente."),
        ("h1", "Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld vraagt de "
              "toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van het samenwerkingsverband. De "
              "aanvraag bevat het OPP met de evaluatie van de geboden ondersteuning, het groeidocument en de "
              "zienswijze van ouders en leerling. Een orthopedagoog of psycholoog en een tweede deskundige "
              "(afhankelijk van de leerling een kinderpsychiater, jeugdarts of maatschappelijk werker) brengen "
              "ieder afzonderlijk een schriftelijk advies uit. De commissie besluit binnen zes weken."),
        ("table", ["Criterium", "Toelichting"],
         [["1. Ondersteuningsbehoefte", "De ondersteuningsbehoefte op het gebied van leren, gedrag, werkhouding of fysiek-medisch overstijgt aantoonbaar wat de school met niveau 1 tot en met 3 kan bieden."],
          ["2. Handelingsgericht traject", "Er is minimaal een half jaar planmatig gewerkt met een OPP, inclusief inzet van de trajectvoorziening of het OPDC, en dit is geëvalueerd."],
          ["3. Specialistische setting nodig", "De leerling heeft structureel een kleine groep, een specifiek pedagogisch klimaat of intensieve zorg in onderwijstijd nodig die alleen het vso kan bieden."],
          ["4. Perspectief", "Het vso kan naar verwachting een passend uitstroomperspectief bieden."]],
         "Tabel 2. Criteria toelaatbaarheid vso"),
        ("p", "Een TLV vso wordt afgegeven voor maximaal drie schooljaren en eindigt altijd op 31 juli. De "
              "commissie stelt de bekostigingscategorie vast: laag (cluster 4, ZML), midden (LG, LZ) of hoog (MG)."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en praktijkonderwijs volgt Hunzedal de landelijke criteria (leerachterstand, IQ-range "
              "en sociaal-emotionele problematiek). De basisschool levert in groep 8 vóór 1 februari de gegevens "
              "aan via het overdrachtssysteem; de vo-school doet de aanvraag. De Commissie Toewijzing besluit "
              "binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro voor de "
              "gehele schoolloopbaan in het praktijkonderwijs."),
        ("h2", "Bezwaar"),
        ("p", "Tegen een besluit van de Commissie Toewijzing kunnen het schoolbestuur en de ouders binnen zes weken "
              "bezwaar maken. Het samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
        ("h1", "Terugplaatsing naar het regulier onderwijs"),
        ("p", "Het vso is voor een deel van de leerlingen een tussenstap. Wij vinden dat een leerling die in het "
              "vso voldoende is gegroeid, de kans moet krijgen om zijn schoolloopbaan in het regulier vo af te "
              "maken. Uitgangspunten van ons beleid zijn: terugplaatsing gebeurt alleen als het "
              "uitstroomperspectief in het regulier vo haalbaar is, de leerling en ouders de overstap willen en de "
              "ontvangende school de benodigde ondersteuning kan bieden. De ontvangende school krijgt een "
              "overstaparrangement van ten minste een half schooljaar, gefinancierd door het "
              "samenwerkingsverband, en de vso-school blijft in die periode beschikbaar voor consultatie."),
        ("p", "De precieze route — wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie besluit — "
              "leggen wij in het schooljaar 2025-2026 vast in een terugplaatsingsprotocol dat wij samen met de "
              "vso-scholen opstellen."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn ervaringsdeskundig. Wij betrekken hen bij de ondersteuning op school en "
              "bij het beleid van het samenwerkingsverband. Leerlingen hebben het recht om hun mening te geven over "
              "hun ontwikkelingsperspectief (hoorrecht); scholen leggen die mening vast in het OPP. In de OPR "
              "zitten ouders en leerlingen."),
        ("h2", "Informatie"),
        ("p", "Op onze website staat een aparte rubriek voor ouders met uitleg over het ondersteuningsaanbod, de "
              "trajectvoorzieningen, het OPDC en de route naar het vso. Voor ouders van leerlingen in groep 8 "
              "verschijnt ieder najaar de brochure 'Van groep 8 naar de brugklas', met per school de "
              "ondersteuningsmogelijkheden. Iedere school beschrijft haar ondersteuning in de schoolgids. In "
              "oktober organiseren wij samen met het samenwerkingsverband primair onderwijs twee informatieavonden "
              "over ondersteuning in het voortgezet onderwijs."),
        ("h2", "Vragen en ondersteuning"),
        ("p", "Met vragen over de ondersteuning van hun kind kunnen ouders terecht bij de mentor en de "
              "ondersteuningscoördinator van de school, of bij het bureau van het samenwerkingsverband. Per 1 "
              "augustus 2026 richt Hunzedal, zoals de wet gaat voorschrijven, een ouder- en jeugdsteunpunt in; de "
              "vormgeving daarvan bepalen wij in de komende periode samen met de OPR."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("h2", "Beoogde resultaten"),
        ("table", ["Indicator", "Nulmeting 2022-2023", "Streefwaarde 2027-2028"],
         [["Thuiszitters langer dan 3 maanden (peildatum 1 maart)", "17", "maximaal 5"],
          ["Deelnamepercentage vso (1 oktober)", "3,9%", "3,4%"],
          ["Gemiddelde doorlooptijd aanvraag TLV (weken)", "7,5", "5"],
          ["Leerlingen die na OPDC terugkeren naar een reguliere school", "71%", "85%"],
          ["Terugplaatsingen vso naar regulier vo per schooljaar", "9", "15"],
          ["Tevredenheid ouders over informatie (schaal 1-10)", "6,1", "7,5"]],
         "Tabel 3. Indicatoren en streefwaarden"),
        ("h2", "Monitoring en evaluatie"),
        ("p", "Twee keer per jaar (peildata 1 oktober en 1 maart) verzamelt het bureau de gegevens over deze "
              "indicatoren uit DUO-data, de eigen registratie en de leerplichtadministratie. De resultaten worden "
              "in een dashboard per school en per bestuur besproken in het bestuurlijk overleg. Eens per twee jaar "
              "houden wij een tevredenheidspeiling onder ouders en scholen. In het jaarverslag rapporteren wij over "
              "de bereikte resultaten en de daaraan verbonden middelen. In het voorjaar van 2026 volgt een "
              "tussenevaluatie van dit plan met de OPR."),
        ("h1", "Financiën"),
        ("h2", "Verdeling van de middelen"),
        ("p", "Hunzedal ontvangt middelen voor lichte en zware ondersteuning, voor lwoo en voor "
              "praktijkonderwijs. De verdeling is als volgt:"),
        ("ul", ["Lichte ondersteuning: de besturen ontvangen € 118 per leerling (teldatum 1 oktober t-1) voor de trajectvoorziening en de ondersteuningsstructuur.",
                "Lwoo en pro: de middelen worden per aangewezen leerling één op één doorbetaald aan het bestuur van de school waar de leerling staat ingeschreven.",
                "Zware ondersteuning: de afdracht voor vso-leerlingen wordt door DUO ingehouden; het restant financiert het OPDC, de onderwijs-zorgarrangementen en de overstaparrangementen.",
                "Arrangementen boven het schoolbudget worden door de Commissie Toewijzing toegekend op basis van de ondersteuningsbehoefte."]),
        ("p", "Schoolbesturen verantwoorden jaarlijks vóór 1 juni in een vast format welke ondersteuning zij met de "
              "ontvangen middelen hebben georganiseerd. Het bureau bundelt deze verantwoording in het jaarverslag."),
        ("h2", "Meerjarenbegroting"),
        ("table", ["Post", "2024", "2025", "2026", "2027"],
         [["Baten lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Baten zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Lasten schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Lasten OPDC en arrangementen", "p.m.", "p.m.", "p.m.", "p.m."]],
         "Tabel 4. Meerjarenbegroting (wordt aangevuld)"),
        ("p", "De meerjarenbegroting 2024-2028 wordt na vaststelling van de jaarrekening 2023 door de Raad van "
              "Toezicht als addendum aan dit plan toegevoegd. De reserve ligt boven de signaleringswaarde; in de "
              "planperiode wordt het bovenmatige deel ingezet voor de uitbreiding van het OPDC."),
    ]
    B += filler_governance(c, parents_in_opr=False)
    B += filler_personeel_privacy(c)
    B += filler_ontwikkelingen(c)
    B += filler_arbeidsmarkt(c)
    B += [
        ("h1", "Meer- en hoogbegaafdheid en nieuwkomers"),
        ("p", "Met de landelijke subsidie voor hoogbegaafdheid hebben de scholen de afgelopen jaren een aanbod "
              "opgebouwd voor leerlingen die meer uitdaging nodig hebben. Op twee scholen is een verrijkingsklas "
              "waar leerlingen een dagdeel per week aan eigen projecten werken, begeleid door een specialist "
              "hoogbegaafdheid. Leerlingen van andere scholen kunnen daar ook terecht."),
        ("p", "Nieuwkomers zonder voldoende beheersing van het Nederlands volgen eerst onderwijs in de "
              "Internationale Schakelklas. Na gemiddeld anderhalf jaar stromen zij door naar een reguliere "
              "school, het mbo of het praktijkonderwijs. De ISK en de ontvangende scholen maken afspraken over de "
              "overdracht en over begeleiding in het eerste jaar, bijvoorbeeld met extra lessen Nederlands als "
              "tweede taal. Voor jongeren die op latere leeftijd instromen, werkt de ISK samen met het mbo aan een "
              "route naar een startkwalificatie."),
        ("h1", "Overgangen: PO-VO en VO-MBO"),
        ("p", "Een goede overgang begint met een warme overdracht. Met het samenwerkingsverband primair onderwijs "
              "hebben wij afspraken over de overdracht van leerlingen met een ondersteuningsbehoefte: de "
              "basisschool levert het onderwijskundig rapport en het OPP tijdig aan en waar nodig volgt een "
              "gesprek met ouders, basisschool en vo-school. Voor de overstap naar het mbo werken wij samen met "
              "de twee regionale mbo-instellingen en de gemeenten in het regionaal meld- en coördinatiepunt."),
        ("h1u", "Bijlage 1: Begrippenlijst"),
        ("ul", ["Basisondersteuning: het afgesproken geheel van preventieve en licht curatieve interventies dat iedere school biedt.",
                "Commissie Toewijzing: commissie die namens het bestuur besluit over TLV's, lwoo en pro.",
                "Lwoo: leerwegondersteunend onderwijs.",
                "OJSP: ouder- en jeugdsteunpunt.",
                "OPDC: orthopedagogisch-didactisch centrum.",
                "Terugplaatsing: overstap van het vso naar het regulier voortgezet onderwijs.",
                "Trajectvoorziening: voorziening binnen de school voor leerlingen die tijdelijk extra begeleiding nodig hebben."]),
    ]
    return c, B


P2_LABEL = dict(
    documents=["p2-hunzedal-vo.docx"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Ch.3: common minimum for every vestiging stated; content only the 4-aspect referentiekader definition plus 'twaalf standaarden ... bijlage 2' (annex absent); visitatie = borging.",
        "plaatsing": "Ch.5: vso procedure (Commissie Toewijzing, two deskundigen, 6 weeks), criteria table 2, lwoo/pro route, duration/category, LBT.",
        "terugstroom": "Ch.6: policy (conditions, overstaparrangement half year) present; procedure deferred to a 'terugplaatsingsprotocol' in 2025-2026; figures in table 3 = monitoring.",
        "financien": "Ch.9: verdeling (EUR 118 p.l., lwoo/pro doorbetaling, arrangementen) present; meerjarenbegroting table all 'p.m.' and deferred to an addendum.",
        "dekkend-aanbod": "Ch.4: continuum table 1 and 'Witte vlekken en thuiszitters' (annual analysis, 3 gaps with actions, escalation); OOGO/jeugdhulp.",
        "resultaten": "Ch.8 (Resultaten en kwaliteitszorg): indicator table with nulmeting and streefwaarden; twice-yearly monitoring, dashboard, jaarverslag.",
        "ouders": "Ch.7: website rubriek, brochure, schoolgids, info evenings = informatie; independent steunpunt only announced for 2026 (mentor/SWV bureau are not independent). TLV bezwaar/LBT in 5.3 is plaatsing, not ouders.steunpunt.",
    })


# ============================================================================================
# P3 — PO, .pdf (from .docx) — Samenwerkingsverband PO Zandmaas
# B missing (heading + glossary + footer tagline only) | P present | T partial (beleid deferred) |
# F present (verdeling in a table) | D partial (continuum only on website) | R present | O present
# ============================================================================================
def plan_p3():
    c = dict(name="Stichting Samenwerkingsverband Primair Onderwijs Zandmaas", short="SWV PO Zandmaas",
             besturen=6, opr_n=8, fte="9,1")
    B = []
    B.append(("title", ["Ondersteuningsplan 2024 – 2028",
                        "Stichting Samenwerkingsverband Primair Onderwijs Zandmaas (PO 31-02)",
                        "Met elkaar, voor elk kind",
                        "Instemming OPR: 12 maart 2024 — Vastgesteld: 2 april 2024"]))
    B.append(("toc",))
    B += [
        ("h1u", "Voorwoord"),
        ("p", "Beste lezer, voor u ligt het nieuwe ondersteuningsplan van Zandmaas. Het afgelopen jaar hebben "
              "wij met veel mensen gesproken: met leerkrachten en intern begeleiders, met ouders in "
              "klankbordgroepen, met wethouders en met de jeugdhulp. Wat wij hoorden, was eensgezind: houd het "
              "eenvoudig, zorg dat het geld bij de kinderen terechtkomt en laat zien wat het oplevert. Dat hebben "
              "wij ter harte genomen."),
        ("p", "Wij zijn een klein samenwerkingsverband met grote ambities. Met zes schoolbesturen, 38 "
              "basisscholen, één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs in de "
              "directe omgeving willen wij voor ieder kind een passende plek organiseren. Dit plan laat zien hoe."),
        ("p", "Namens het bestuur, Jeroen Hendrickx, directeur-bestuurder"),
        ("h1", "Over Zandmaas"),
        ("h2", "Ons werkgebied"),
        ("p", "Zandmaas omvat de gemeenten Maasakker, Zandvoort aan de Maas en Bergenhout. Het gebied is "
              "landelijk, met één kleine stad en veel dorpen. Ruim 7.400 kinderen gaan er naar de basisschool. "
              "Het aantal leerlingen is de afgelopen vijf jaar met 6 procent gedaald en die daling zet door. "
              "Tegelijk groeit het aantal kinderen met een complexe ondersteuningsvraag, zoals in het hele land."),
        ("table", ["Kengetal (1 oktober 2023)", "Zandmaas", "Landelijk"],
         [["Leerlingen basisonderwijs", "7.412", "—"], ["Deelname sbo", "2,1%", "2,5%"],
          ["Deelname so", "1,7%", "1,8%"], ["Aantal scholen", "38 bao, 1 sbo", "—"]],
         "Tabel 1. Kengetallen"),
        ("h2", "Wettelijke taken"),
        ("p", "Een samenwerkingsverband heeft als wettelijke opdracht om een samenhangend geheel van "
              "ondersteuningsvoorzieningen te realiseren, binnen en tussen de scholen, zodat leerlingen een zo "
              "passend mogelijke plaats krijgen. Daarnaast verdeelt het samenwerkingsverband de "
              "ondersteuningsmiddelen, beslist het over toelaatbaarheid tot het sbo en so en adviseert het over de "
              "ondersteuningsbehoefte van leerlingen."),
    ]
    B += filler_procedure_op(c, "30 januari 2024", "12 maart 2024", "2 april 2024")
    B += [
        ("h1", "Terugblik 2020-2024"),
        ("p", "In de vorige planperiode lag de nadruk op het versterken van de ondersteuning in de basisschool. "
              "Alle scholen hebben geïnvesteerd in de kwaliteit van de intern begeleiding, en het "
              "samenwerkingsverband heeft de expertise van onderwijsadviseurs dichter bij de scholen georganiseerd. "
              "De coronaperiode heeft veel gevraagd van leerlingen, ouders en leraren; de effecten daarvan zijn "
              "nog zichtbaar, vooral in het welbevinden van kinderen."),
        ("p", "Uit de evaluatie met scholen en ouders in 2023 kwamen drie lessen naar voren: procedures moeten "
              "eenvoudiger, ouders willen eerder betrokken worden, en scholen willen beter zien wat de inzet van "
              "middelen oplevert. Deze lessen vormen de basis van de koers in dit plan."),
        ("h1", "Visie en koers"),
        ("p", "Wij willen dat ieder kind in Zandmaas zich optimaal kan ontwikkelen, in een omgeving die veilig en "
              "uitdagend is. Dat betekent: onderwijs zo dicht mogelijk bij huis, met de ondersteuning die het kind "
              "nodig heeft. Leraren staan daarbij niet alleen. Het samenwerkingsverband brengt expertise naar de "
              "school en naar de klas."),
        ("p", "Wij kiezen er bewust voor om het samenwerkingsverband klein en wendbaar te houden. Het bureau is "
              "geen extra laag tussen school en kind, maar een team van mensen dat scholen kent en door scholen "
              "gekend wordt. Besturen en scholen blijven verantwoordelijk voor het onderwijs; wij faciliteren, "
              "verbinden en stellen de vragen die soms lastig zijn. Dat doen wij in vertrouwen, met oog voor de "
              "verschillen tussen scholen en dorpen."),
        ("p", "Onze koers kent drie pijlers: (1) versterken van de leraar in de klas, (2) eenvoudige en snelle "
              "routes voor ouders en scholen, en (3) samen met de gemeenten één aanpak voor kind en gezin. Deze "
              "pijlers zijn in hoofdstuk 9 vertaald in beoogde resultaten."),
        ("h1", "Ondersteuning in de school"),
        ("h2", "Basisondersteuning en schoolondersteuningsprofielen"),
        ("p", "Iedere school legt in haar schoolondersteuningsprofiel vast welke ondersteuning zij biedt en waar "
              "haar grenzen liggen. De profielen zijn te vinden op de websites van de scholen en op Scholen op de "
              "kaart. Het gesprek over een gezamenlijk niveau van basisondersteuning voor alle Zandmaas-scholen "
              "voeren wij in 2025 met de besturen; zodra er een landelijke norm voor basisondersteuning is, nemen "
              "wij die als vertrekpunt."),
        ("h2", "Expertise van het samenwerkingsverband"),
        ("p", "Het samenwerkingsverband heeft vier onderwijsadviseurs en twee orthopedagogen in dienst. Zij "
              "ondersteunen scholen op verzoek bij vragen over individuele leerlingen en over groepen, en zij "
              "verzorgen scholing voor leerkrachten, bijvoorbeeld over gedrag en over jonge risicoleerlingen. "
              "Scholen kunnen hen rechtstreeks benaderen; er is geen aanvraagformulier."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("h2", "Procedure"),
        ("p", "De aanvraag voor een toelaatbaarheidsverklaring wordt ingediend door het bevoegd gezag van de "
              "school waar de leerling staat ingeschreven, via het Loket van het samenwerkingsverband. Het dossier "
              "bevat ten minste het OPP met evaluaties, een verslag van het multidisciplinair overleg waaraan "
              "ouders hebben deelgenomen en de zienswijze van de ouders. Het Loket toetst binnen één week op "
              "volledigheid."),
        ("p", "Vervolgens brengen twee deskundigen ieder een schriftelijk advies uit. De eerste deskundige is "
              "altijd een orthopedagoog of GZ-psycholoog. De tweede deskundige wordt gekozen op basis van de "
              "problematiek: een kinderarts, een jeugdarts, een maatschappelijk werker of een kinder- en "
              "jeugdpsychiater. Deskundigen die bij de aanvraag betrokken waren, adviseren niet. De Commissie "
              "van Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete dossier en stuurt ouders "
              "een afschrift van beide adviezen."),
        ("h2", "Criteria"),
        ("table", ["Voorziening", "Een leerling is toelaatbaar als ..."],
         [["Speciaal basisonderwijs", "de leerling een intensief en planmatig traject in de basisschool heeft doorlopen, inclusief extra ondersteuning; de ontwikkeling op leren en/of gedrag stagneert ondanks die ondersteuning; en de leerling een kleine groep met een specifieke pedagogisch-didactische aanpak nodig heeft."],
          ["So cluster 3 (ZML, LG, LZ)", "er sprake is van een verstandelijke, lichamelijke of langdurige medische beperking waardoor de leerling structureel aangewezen is op een aangepast programma en intensieve zorg in onderwijstijd."],
          ["So cluster 4", "er sprake is van ernstige gedrags- of psychiatrische problematiek die in alle situaties zichtbaar is en waarvoor sbo met arrangement onvoldoende perspectief biedt."]],
         "Tabel 2. Toelaatbaarheidscriteria"),
        ("h2", "Duur en categorie"),
        ("p", "Een TLV sbo geldt tot het einde van het schooljaar waarin de leerling twaalf jaar wordt. Een TLV so "
              "geldt twee jaar; bij ernstig meervoudige beperkingen wordt de TLV afgegeven tot het einde van de "
              "schoolloopbaan. De commissie kent bij een TLV so een bekostigingscategorie toe: laag, midden of hoog."),
        ("h2", "Bezwaar"),
        ("p", "Is een ouder het niet eens met het besluit, dan kan hij binnen zes weken bezwaar maken bij het "
              "bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie TLV."),
        ("h2", "Terug naar de basisschool"),
        ("p", "In het laatste jaar van een TLV, en voor leerlingen in het sbo jaarlijks bij de OPP-evaluatie in "
              "maart, beoordeelt de s(b)o-school samen met ouders of terugplaatsing naar het regulier onderwijs "
              "haalbaar is. Acht de school terugplaatsing haalbaar, dan meldt zij dit uiterlijk 1 april bij het "
              "Loket. De trajectbegeleider van het samenwerkingsverband organiseert dan een overdrachtsoverleg met "
              "ouders, de s(b)o-school en de beoogde basisschool; de directeur van de basisschool beslist over "
              "de inschrijving en de TLV eindigt op 31 juli. Is terugplaatsing niet haalbaar, dan vraagt de school "
              "vóór 1 april een nieuwe TLV aan volgens de procedure in 5.1."),
        ("p", "Welke ambities wij hebben met terugplaatsing, onder welke voorwaarden wij het verantwoord vinden en "
              "welke begeleiding een leerling na terugkeer krijgt, werken wij uit in de notitie 'Terug naar de "
              "buurtschool', die medio 2025 gereed is."),
        ("h1", "Aanbod en dekkend netwerk"),
        ("h2", "Sociale kaart"),
        ("p", "Een overzicht van alle arrangementen, bovenschoolse voorzieningen en speciale scholen — de Sociale "
              "Kaart Passend Onderwijs Zandmaas — vindt u op www.swvzandmaas.nl/socialekaart. De kaart wordt twee "
              "keer per jaar bijgewerkt."),
        ("h2", "Knelpunten in het netwerk"),
        ("p", "Ieder voorjaar brengen de onderwijsadviseurs samen met de s(b)o-scholen en de leerplichtambtenaren "
              "in kaart voor welke kinderen geen passende plek beschikbaar was. In 2023 zagen wij drie knelpunten: "
              "een wachtlijst van gemiddeld tien weken bij so cluster 4, geen plek in de regio voor jonge kinderen "
              "met ernstig meervoudige beperkingen, en kinderen die door een combinatie van gedrags- en "
              "leerproblemen tussen sbo en so in vallen. Voor 2024-2026 zijn de volgende acties afgesproken:"),
        ("ul", ["Met de so-school De Maasoever opent in augustus 2024 een extra groep cluster 4, waardoor de wachtlijst naar verwachting verdwijnt.",
                "Met de gemeente Maasakker en een zorgaanbieder starten wij in 2025 een onderwijs-zorggroep voor jonge EMB-kinderen.",
                "Sbo De Horizon en so De Maasoever ontwikkelen een gezamenlijk tussenaanbod."]),
        ("h2", "Thuiszitters"),
        ("p", "Elke leerling die langer dan vier weken niet of gedeeltelijk naar school gaat, wordt binnen vijf "
              "schooldagen gemeld bij de trajectbegeleider. Die roept binnen twee weken een overleg bijeen met "
              "school, ouders, leerplicht en jeugdhulp en stelt een plan op met een termijn. Lukt het niet binnen "
              "drie maanden, dan komt de leerling aan de Thuiszitterstafel, waar de directeur-bestuurder en de "
              "leerplichtambtenaar gezamenlijk doorzettingsmacht hebben."),
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", "In het OOGO met de drie gemeenten zijn afspraken gemaakt over de inzet van jeugdhulp op school. "
              "Iedere basisschool heeft een vaste schoolcontactpersoon van het sociaal team, die aansluit bij het "
              "multidisciplinair overleg. Voor kinderen die zorg in onderwijstijd nodig hebben, stellen school, "
              "gemeente en zorgaanbieder een onderwijs-zorgarrangement op. Verder zijn er afspraken over "
              "leerlingenvervoer en huisvesting van de speciale voorzieningen."),
        ("h1", "Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat ouders vanaf het eerste moment "
              "betrokken zijn wanneer hun kind extra ondersteuning nodig heeft. Ouders nemen deel aan het "
              "multidisciplinair overleg, denken mee over het OPP en geven hun zienswijze bij een aanvraag."),
        ("h2", "Hoe informeren wij ouders?"),
        ("ul", ["Website met een ouderpagina en een animatie over 'de route van ondersteuning'.",
                "De oudergids 'Passend onderwijs in Zandmaas', die op alle scholen ligt en bij de inschrijving wordt meegegeven.",
                "De schoolgids en het schoolondersteuningsprofiel van iedere school.",
                "Een jaarlijkse ouderavond per gemeente en een digitale nieuwsbrief voor ouders, vier keer per jaar."]),
        ("h2", "Onafhankelijke ondersteuning"),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband, "
              "kunnen gratis terecht bij Ouderpunt Zandmaas, ons ouder- en jeugdsteunpunt. Het Ouderpunt werkt "
              "onafhankelijk en wordt uitgevoerd door een landelijke ouderorganisatie. Daarnaast kunnen ouders "
              "een beroep doen op de Onderwijsconsulenten. Het Ouderpunt meldt twee keer per jaar de signalen die "
              "het ontvangt aan het bestuur."),
        ("h1", "Resultaten"),
        ("h2", "Wat willen wij bereiken?"),
        ("table", ["Pijler", "Beoogd resultaat in 2028", "Stand 2022-2023"],
         [["Leraar in de klas", "90% van de leerkrachten voelt zich voldoende toegerust (peiling)", "68%"],
          ["Snelle routes", "Besluit over een TLV binnen gemiddeld 5 weken", "6,8 weken"],
          ["Snelle routes", "Geen enkel kind langer dan 3 maanden thuis zonder aanbod", "6 kinderen"],
          ["Eén aanpak", "Onderwijs-zorgarrangementen beschikbaar in alle drie gemeenten", "1 gemeente"],
          ["Passende plek", "Deelname sbo + so blijft onder het landelijk gemiddelde", "3,8% (landelijk 4,3%)"],
          ["Terugplaatsing", "Jaarlijks minimaal 10 terugplaatsingen uit s(b)o", "6 (2022-2023)"]],
         "Tabel 3. Beoogde resultaten"),
        ("h2", "Hoe volgen wij de resultaten?"),
        ("p", "Het bureau verzamelt de gegevens drie keer per jaar en legt ze vast in een monitor. De monitor wordt "
              "besproken in het bestuurlijk overleg en met de OPR. Jaarlijks rapporteren wij in het jaarverslag "
              "over de bereikte resultaten en de kosten van de inzet per pijler. In 2026 houden wij een "
              "tussenevaluatie met scholen, ouders en gemeenten; de uitkomsten kunnen leiden tot bijstelling van "
              "dit plan."),
        ("h1", "Financieel beleid"),
        ("p", "Zandmaas ontvangt jaarlijks ruim € 5,1 miljoen aan ondersteuningsmiddelen. Na aftrek van de "
              "wettelijke afdrachten voor het so en het sbo verdelen wij de overige middelen volgens de "
              "verdeelsleutel in tabel 4."),
        ("table", ["Onderdeel", "Verdeelsleutel", "Besluit door"],
         [["Schoolbudget", "€ 160 per leerling (teldatum 1 oktober t-1), uitbetaald aan het schoolbestuur", "Bestuur SWV, jaarlijks bij begroting"],
          ["Groepsarrangementen", "Op aanvraag; max. € 20.000 per school per jaar; toekenning op basis van onderbouwde ondersteuningsvraag", "Loket, binnen 4 weken"],
          ["Individuele arrangementen", "Op aanvraag na MDO; max. € 8.000 per leerling per jaar", "Loket, binnen 4 weken"],
          ["Expertise SWV", "Onderwijsadviseurs en orthopedagogen, kosteloos voor scholen", "Directeur-bestuurder"]],
         "Tabel 4. Verdeling van de middelen"),
        ("table", ["(bedragen x € 1.000)", "2024", "2025", "2026", "2027"],
         [["Baten", "5.120", "5.060", "4.990", "4.930"],
          ["Afdracht so en sbo", "2.310", "2.330", "2.350", "2.360"],
          ["Schoolbudgetten", "1.180", "1.160", "1.140", "1.120"],
          ["Arrangementen", "890", "880", "860", "840"],
          ["Expertise en bureau", "820", "830", "840", "850"],
          ["Saldo", "-80", "-140", "-200", "-240"]],
         "Tabel 5. Meerjarenbegroting"),
        ("p", "De negatieve saldi komen ten laste van de algemene reserve, die eind 2023 € 1,3 miljoen bedroeg. "
              "Na de planperiode resteert een weerstandsvermogen dat past bij de risico's van een klein "
              "samenwerkingsverband."),
    ]
    B += filler_governance(c, parents_in_opr=True)
    B += filler_personeel_privacy(c)
    B += filler_ontwikkelingen(c)
    B += filler_arbeidsmarkt(c)
    B += filler_jaarcyclus(c)
    B += [
        ("h1u", "Begrippenlijst"),
        ("ul", ["Basisondersteuning: het geheel van preventieve en licht curatieve interventies die binnen de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau worden uitgevoerd.",
                "Dekkend netwerk: het geheel van voorzieningen dat ervoor zorgt dat ieder kind een passende plek heeft.",
                "Loket: het aanmeldpunt van het samenwerkingsverband voor arrangementen en TLV's.",
                "MDO: multidisciplinair overleg.",
                "OJSP: ouder- en jeugdsteunpunt.",
                "Terugplaatsing: overstap van een leerling van het s(b)o naar een basisschool."]),
    ]
    return c, B


P3_LABEL = dict(
    documents=["p3-zandmaas-po.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                        "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "Heading 'Basisondersteuning en schoolondersteuningsprofielen' only refers to the SOPs on school websites and defers a common level to 2025; definition only in the begrippenlijst; footer tagline.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': Loket procedure, two deskundigen, CvT 6 weeks, criteria table 2, duration/category, bezwaar LBT.",
        "terugstroom": "Subsection 'Terug naar de basisschool' inside the TLV chapter gives the procedure (March OPP evaluation, 1 April, trajectbegeleider, TLV ends 31 July); aims/conditions/support deferred to a 2025 notitie; figures in results table.",
        "financien": "Ch. 'Financieel beleid': verdeelsleutel only in table 4 (EUR 160 p.l., arrangement caps, who decides), meerjarenbegroting table 5, reserve.",
        "dekkend-aanbod": "Continuum only referred to the website 'Sociale Kaart'; 'Knelpunten in het netwerk' (annual analysis, 3 gaps, actions) and thuiszitters approach address lacunes; OZA with gemeenten.",
        "resultaten": "Ch. 'Resultaten': table 3 with beoogde resultaten 2028 and current figures; monitor three times a year, jaarverslag, tussenevaluatie 2026.",
        "ouders": "Ch. 'Ouders als partner': website, oudergids, schoolgids/SOP, ouderavond, nieuwsbrief; Ouderpunt Zandmaas (OJSP) and Onderwijsconsulenten.",
    })


# ============================================================================================
# P4 — VO, .pdf (from .docx, partly two-column) — Samenwerkingsverband VO IJsselvliet
# B present | P missing (handbook on website) | T missing | F partial (verdeling deferred) |
# D present | R partial (doelen deferred, monitoring present) | O missing ("Communicatie" = schools)
# ============================================================================================
def plan_p4():
    c = dict(name="Samenwerkingsverband VO IJsselvliet", short="SWV VO IJsselvliet", besturen=8, opr_n=12,
             fte="17,6")
    B = []
    B.append(("title", ["Koersdocument & Ondersteuningsplan",
                        "Samenwerkingsverband VO IJsselvliet (VO 23-09)",
                        "Planperiode 1 augustus 2024 – 31 juli 2028",
                        "Grenzeloos passend"]))
    B.append(("toc",))
    B += [
        ("h1u", "Woord vooraf"),
        ("p", "Dit koersdocument is tegelijk het ondersteuningsplan van IJsselvliet voor de periode 2024-2028. "
              "Wij hebben gekozen voor een compact plan op hoofdlijnen. Procedures en werkwijzen die jaarlijks "
              "kunnen veranderen, staan in handboeken en op onze website, zodat wij ze kunnen bijwerken zonder het "
              "hele plan te wijzigen. Het plan is besproken met de schoolleiders, de ondersteuningscoördinatoren, "
              "de gemeenten en de ondersteuningsplanraad."),
        ("p", "Wij danken iedereen die heeft meegedacht. Passend onderwijs is geen project van het "
              "samenwerkingsverband alleen, maar van alle scholen, leraren, leerlingen, ouders en partners "
              "samen."),
        ("p", "Drs. A.M. (Annelies) Kroeze, directeur-bestuurder"),
        ("h1u", "Leeswijzer"),
        ("p", "Na een schets van de context en onze missie en visie beschrijven wij de basisondersteuning en het "
              "ondersteuningsaanbod in de regio. Daarna volgen de hoofdstukken over toewijzing, kwaliteitszorg en "
              "financiën, communicatie en de organisatie. Het plan sluit af met een begrippenlijst. Waar in dit "
              "plan wordt verwezen naar handboeken en andere documenten, zijn deze te vinden op de website van "
              "IJsselvliet. Het jaarplan en het jaarverslag vormen samen met dit koersdocument de "
              "planning-en-controlcyclus van het samenwerkingsverband."),
        ("p", "Dit plan is geschreven voor een breed publiek: schoolleiders, leraren, ondersteuningscoördinatoren, "
              "bestuurders, gemeenten en andere partners. Wij hebben geprobeerd het zo leesbaar mogelijk te houden "
              "en vaktaal te vermijden. Waar dat niet lukt, verwijzen wij naar de begrippenlijst achterin."),
        ("cols", 2),
        ("h1", "Context"),
        ("h2", "Regio en scholen"),
        ("p", "IJsselvliet is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Vlietstad, "
              "IJsselmonde-Noord, Hoeverdijk en Waalwerve. In de regio wonen circa 210.000 mensen. Acht "
              "schoolbesturen zijn aangesloten met in totaal negentien scholen: veertien scholen voor "
              "regulier voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie scholen voor "
              "voortgezet speciaal onderwijs. Samen hebben zij ruim 14.800 leerlingen."),
        ("p", "De regio kent een grote diversiteit: een stedelijk gebied met veel nieuwkomers en een landelijk "
              "gebied met lange reisafstanden. Het leerlingenaantal blijft tot 2027 ongeveer stabiel en daalt "
              "daarna licht. Scholen in het landelijk gebied hebben te maken met krimp; in Vlietstad is juist "
              "sprake van druk op de capaciteit."),
        ("h2", "Ontwikkelingen"),
        ("p", "Landelijk staan passend onderwijs en de samenwerkingsverbanden volop in de belangstelling. De "
              "verbeteraanpak passend onderwijs, de wetgeving over de positie van ouders en leerlingen en het "
              "lerarentekort vragen om keuzes. Ook de afbouw van bovenmatige reserves heeft de afgelopen jaren "
              "veel aandacht gevraagd. In de regio zien wij een stijging van het aantal jongeren met "
              "psychische problemen en een toenemende vraag naar onderwijs-zorgarrangementen."),
        ("p", "Voor de scholen in het landelijk gebied betekent de krimp dat zij kleiner worden en dat "
              "samenwerking met andere scholen noodzakelijk wordt om een breed onderwijsaanbod te behouden. "
              "Besturen verkennen daarom gezamenlijke onderbouwlocaties en het delen van docenten voor kleine "
              "vakken. In Vlietstad is juist nieuwbouw nodig; de gemeente en de besturen werken aan een integraal "
              "huisvestingsplan dat in 2025 gereed moet zijn. Voor het samenwerkingsverband is van belang dat "
              "deze veranderingen niet ten koste gaan van de bereikbaarheid van voorzieningen voor jongeren die "
              "extra ondersteuning nodig hebben."),
        ("h1", "Missie, visie en kernwaarden"),
        ("p", "Missie: IJsselvliet zorgt er samen met de scholen voor dat iedere jongere in de regio onderwijs "
              "krijgt dat bij hem of haar past."),
        ("p", "Visie: wij geloven dat iedere jongere talenten heeft. Het onderwijs sluit zoveel mogelijk aan bij "
              "die talenten en bij wat een jongere nodig heeft. Grenzen tussen scholen, sectoren en domeinen "
              "mogen daarbij nooit in de weg staan: grenzeloos passend."),
        ("ul", ["Vertrouwen: wij gaan uit van de professionaliteit van scholen.",
                "Eigenaarschap: iedere school voelt zich verantwoordelijk voor iedere jongere in de regio.",
                "Verbinding: met gemeenten, zorg en mbo vormen wij één netwerk.",
                "Transparantie: wij leggen verantwoording af over onze keuzes."]),
        ("cols", 1),
        ("h1", "Basisondersteuning"),
        ("p", "De besturen in IJsselvliet hebben een gezamenlijke standaard voor basisondersteuning afgesproken. "
              "Die standaard geldt voor iedere vestiging van iedere aangesloten school en is de minimale "
              "ondersteuning die een leerling overal in IJsselvliet kan verwachten, ongeacht schoolsoort of "
              "niveau. Wat een school daarboven biedt, staat in de schoolgids."),
        ("table", ["Nr.", "Standaard", "Concreet"],
         [["1", "Mentoraat", "Iedere leerling heeft een mentor; mentoruren zijn opgenomen in het rooster; minimaal drie mentorgesprekken per jaar."],
          ["2", "Ondersteuningscoördinator", "Iedere vestiging heeft een ondersteuningscoördinator met minimaal 0,5 fte per 500 leerlingen."],
          ["3", "Ondersteuningsteam", "Iedere school heeft een intern ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt."],
          ["4", "Dyslexie en dyscalculie", "Er is een protocol; leerlingen krijgen faciliteiten zoals extra tijd, auditieve ondersteuning en vergroting."],
          ["5", "Sociale veiligheid", "Er is een anti-pestprogramma en een jaarlijkse monitor sociale veiligheid."],
          ["6", "Faalangst en examenvrees", "Iedere school biedt een training faalangstreductie of heeft daarvoor een afspraak met een partnerschool."],
          ["7", "Executieve functies", "Begeleiding bij plannen en organiseren in de onderbouw, onder meer via huiswerkbegeleiding."],
          ["8", "Time-out en opvang", "Iedere school heeft een opvangvoorziening in de school met vaste begeleiding."],
          ["9", "Medisch handelen", "Er is een protocol medisch handelen en een aandachtsfunctionaris."],
          ["10", "Overdracht", "Warme overdracht van po naar vo en van vo naar mbo volgens de regionale afspraken."]],
         "Tabel 1. De tien standaarden basisondersteuning"),
        ("h1", "Een dekkend ondersteuningsaanbod"),
        ("h2", "Het continuüm"),
        ("p", "Wanneer de basisondersteuning niet volstaat, kan de school extra ondersteuning inzetten. Iedere "
              "school heeft een trajectvoorziening waar leerlingen tijdelijk of deels hun lessen volgen met extra "
              "begeleiding. Daarboven biedt IJsselvliet bovenschoolse voorzieningen: het OPDC Vliethof voor "
              "leerlingen die tijdelijk een kleinere setting nodig hebben (maximaal één jaar), een rebound-"
              "voorziening voor leerlingen die na een incident tijdelijk niet op hun school kunnen blijven, en de "
              "Internationale Schakelklas voor nieuwkomers. Na een OPDC- of reboundtraject keert de leerling terug "
              "naar de eigen school of stroomt door naar een andere passende school. Voor jongeren die structureel "
              "specialistisch onderwijs nodig hebben, zijn er het praktijkonderwijs en het vso."),
        ("table", ["Voorziening", "Capaciteit", "Toegang"],
         [["Trajectvoorziening (iedere school)", "gemiddeld 15 leerlingen per school", "Ondersteuningsteam van de school"],
          ["OPDC Vliethof", "64 plaatsen", "Aanvraag via het samenwerkingsverband"],
          ["Rebound", "16 plaatsen", "Aanvraag via het samenwerkingsverband"],
          ["ISK", "180 plaatsen", "Rechtstreeks aanmelden"],
          ["Praktijkonderwijs", "2 scholen", "Met TLV pro"],
          ["Vso cluster 3 en 4", "3 scholen", "Met TLV vso"]],
         "Tabel 2. Bovenschoolse en specialistische voorzieningen"),
        ("h2", "Dekkendheid en thuiszitters"),
        ("p", "Twee keer per jaar, in oktober en in maart, stelt het samenwerkingsverband met de "
              "leerplichtambtenaren een lijst op van alle jongeren die thuiszitten, een vrijstelling hebben of op "
              "een wachtlijst staan. Per jongere wordt vastgesteld wie verantwoordelijk is en welke stap binnen "
              "vier weken wordt gezet. Terugkerende patronen worden besproken in het bestuurlijk overleg en leiden "
              "tot aanpassing van het aanbod. Zo is op basis van de analyse van 2023 besloten het OPDC met één "
              "groep uit te breiden en een onderwijs-zorgarrangement te starten voor jongeren met angstklachten, "
              "samen met de jeugd-ggz en de gemeente Vlietstad."),
        ("p", "Komen school en samenwerkingsverband er niet uit, dan wordt de jongere besproken aan de regionale "
              "Doorbraaktafel, waar de directeur-bestuurder, de gemeente en de zorgaanbieder samen een besluit "
              "nemen."),
        ("h2", "Samenwerking met gemeenten"),
        ("p", "In het OOGO met de vier gemeenten zijn afspraken gemaakt over jeugdhulp op school, "
              "onderwijs-zorgarrangementen, de aanpak van verzuim en de aansluiting vo-mbo. Op iedere school werkt "
              "een schoolmaatschappelijk werker en een jeugdarts van de GGD. De gemeente Vlietstad financiert "
              "daarnaast een jeugdhulpverlener in het OPDC."),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "De procedures voor toelaatbaarheid tot het vso, de aanwijzing voor leerwegondersteunend onderwijs "
              "en de toelaatbaarheid tot het praktijkonderwijs zijn beschreven in het Handboek Toewijzing "
              "IJsselvliet, dat u vindt op www.ijsselvliet-vo.nl/handboek. Het handboek wordt ieder jaar voor 1 "
              "oktober geactualiseerd en door de directeur-bestuurder vastgesteld."),
        ("h1", "Kwaliteitszorg en resultaten"),
        ("h2", "Kwaliteitscyclus"),
        ("p", "IJsselvliet werkt volgens de PDCA-cyclus. Ieder jaar stelt het bestuur een jaarplan op. Het bureau "
              "verzamelt twee keer per jaar gegevens over de ondersteuning in de regio uit DUO-bestanden, de "
              "leerplichtregistratie, de eigen aanvragenregistratie en de monitor van de scholen. Deze gegevens "
              "worden per school en per bestuur teruggekoppeld in een kwaliteitsdialoog met de schoolleiding. "
              "Over de uitkomsten rapporteren wij in het jaarverslag en in de voortgangsrapportage aan de "
              "ondersteuningsplanraad. In 2026 laten wij een externe evaluatie uitvoeren."),
        ("h2", "Kengetallen"),
        ("table", ["Kengetal", "2020-2021", "2021-2022", "2022-2023"],
         [["Deelnamepercentage vso (1 oktober)", "3,6%", "3,7%", "3,9%"],
          ["Deelnamepercentage pro", "2,9%", "2,9%", "3,0%"],
          ["Afgegeven TLV's vso", "188", "197", "212"],
          ["Thuiszitters > 4 weken (peildatum 1 maart)", "31", "26", "24"],
          ["Vrijstellingen 5a", "14", "12", "15"],
          ["Leerlingen in OPDC", "71", "78", "84"],
          ["Voortijdig schoolverlaters (uitstroom zonder diploma)", "1,4%", "1,5%", "1,3%"]],
         "Tabel 3. Kengetallen afgelopen drie schooljaren"),
        ("h2", "Ambities voor de komende periode"),
        ("p", "In de vorige planperiode werkten wij met streefcijfers die onvoldoende aansloten bij wat scholen "
              "konden beïnvloeden. Daarom ontwikkelen wij in 2024-2025 een nieuwe monitor. Nieuwe streefwaarden "
              "voor deze planperiode stellen wij vast zodra de nulmeting van die monitor beschikbaar is, naar "
              "verwachting in het schooljaar 2025-2026."),
        ("h1", "Financiën"),
        ("h2", "Meerjarenbegroting"),
        ("table", ["(x € 1.000)", "2024", "2025", "2026", "2027"],
         [["Rijksbijdrage lichte ondersteuning", "4.480", "4.460", "4.430", "4.400"],
          ["Rijksbijdrage zware ondersteuning", "9.210", "9.190", "9.150", "9.120"],
          ["Lwoo en pro", "7.980", "7.950", "7.900", "7.860"],
          ["Totaal baten", "21.670", "21.600", "21.480", "21.380"],
          ["Afdracht vso (DUO)", "6.940", "7.020", "7.080", "7.120"],
          ["Doorbetaling lwoo en pro aan scholen", "7.980", "7.950", "7.900", "7.860"],
          ["Budgetten scholen", "3.650", "3.600", "3.550", "3.500"],
          ["OPDC, rebound en arrangementen", "2.410", "2.440", "2.470", "2.500"],
          ["Bureau", "1.190", "1.210", "1.230", "1.250"],
          ["Totaal lasten", "22.170", "22.220", "22.230", "22.230"],
          ["Saldo", "-500", "-620", "-750", "-850"]],
         "Tabel 4. Meerjarenbegroting 2024-2027"),
        ("h2", "Verdeling"),
        ("p", "Hoe het budget voor de scholen over de besturen en scholen wordt verdeeld, leggen wij vast in een "
              "nieuw verdeelmodel dat het bestuur in het voorjaar van 2025 vaststelt, na advies van de "
              "schoolleiders. Tot die tijd blijft de verdeling van het schooljaar 2023-2024 van kracht."),
        ("h2", "Reserves"),
        ("p", "Eind 2023 bedroeg het eigen vermogen € 3,8 miljoen. De negatieve saldi in de begroting zijn een "
              "bewuste keuze: wij zetten de reserve in voor de uitbreiding van het OPDC en de "
              "onderwijs-zorgarrangementen. Wij streven naar een weerstandsvermogen van 7 tot 10 procent."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor een goed werkend netwerk. Het samenwerkingsverband "
              "informeert schoolleiders, ondersteuningscoördinatoren en mentoren via de tweewekelijkse "
              "nieuwsbrief 'Vlietpost', via netwerkbijeenkomsten en via het professionalsportaal op de website. "
              "Met de gemeenten is er een vast communicatieoverleg. Bij beleidswijzigingen informeren wij de "
              "besturen schriftelijk en lichten wij de wijziging toe in het bestuurlijk overleg."),
        ("p", "In 2024 vernieuwen wij de huisstijl en de website. De website wordt toegankelijker gemaakt en "
              "voldoet dan aan de richtlijnen voor digitale toegankelijkheid."),
    ]
    B += filler_governance(c, parents_in_opr=False)
    B += filler_personeel_privacy(c)
    B += filler_ontwikkelingen(c)
    B += filler_arbeidsmarkt(c)
    B += filler_informatiebeveiliging(c)
    B += filler_jaarcyclus(c)
    B += [
        ("h1", "Meer- en hoogbegaafdheid en nieuwkomers"),
        ("p", "Met de landelijke subsidie voor hoogbegaafdheid hebben de scholen de afgelopen jaren een aanbod "
              "opgebouwd voor leerlingen die meer uitdaging nodig hebben. Op twee scholen is een verrijkingsklas "
              "waar leerlingen een dagdeel per week aan eigen projecten werken, begeleid door een specialist "
              "hoogbegaafdheid. Leerlingen van andere scholen kunnen daar ook terecht."),
        ("p", "Nieuwkomers zonder voldoende beheersing van het Nederlands volgen eerst onderwijs in de "
              "Internationale Schakelklas. Na gemiddeld anderhalf jaar stromen zij door naar een reguliere "
              "school, het mbo of het praktijkonderwijs. De ISK en de ontvangende scholen maken afspraken over de "
              "overdracht en over begeleiding in het eerste jaar, bijvoorbeeld met extra lessen Nederlands als "
              "tweede taal. Voor jongeren die op latere leeftijd instromen, werkt de ISK samen met het mbo aan een "
              "route naar een startkwalificatie."),
        ("h1", "Aansluiting vo-mbo en arbeidsmarkt"),
        ("p", "Een goede overstap naar het mbo of naar werk is de laatste schakel in een doorlopende leerlijn. "
              "Met de twee mbo-instellingen in de regio zijn afspraken gemaakt over de overdracht van jongeren met "
              "een ondersteuningsbehoefte: het vo levert een overdrachtsdossier aan, er is een warme overdracht "
              "voor kwetsbare jongeren en de mbo-instelling nodigt hen vóór de zomer uit voor een intakegesprek. "
              "Voor jongeren uit het praktijkonderwijs en het vso die naar werk of dagbesteding uitstromen, werken "
              "de scholen samen met het werkgeversservicepunt en de gemeenten."),
        ("p", "Het regionaal meld- en coördinatiepunt volgt jongeren die zonder startkwalificatie het onderwijs "
              "verlaten. Het samenwerkingsverband neemt deel aan het regionale programma voortijdig "
              "schoolverlaten."),
        ("h1", "Professionalisering"),
        ("p", "Leraren zijn de belangrijkste factor in passend onderwijs. IJsselvliet organiseert jaarlijks een "
              "scholingsaanbod voor mentoren en ondersteuningscoördinatoren, onder meer over gedrag, autisme, "
              "angst en executieve functies. Scholen kunnen daarnaast een beroep doen op de orthopedagogen van "
              "het samenwerkingsverband voor teamscholing. Met de lerarenopleidingen in de regio werken wij aan "
              "een minor passend onderwijs."),
        ("h1u", "Begrippenlijst en afkortingen"),
        ("ul", ["LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, adviseert over bezwaren tegen een TLV.",
                "Lwoo: leerwegondersteunend onderwijs.",
                "OJSP: ouder- en jeugdsteunpunt, onafhankelijk steunpunt voor ouders en jongeren.",
                "OPDC: orthopedagogisch-didactisch centrum.",
                "Pro: praktijkonderwijs.",
                "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs na afloop van de TLV.",
                "TLV: toelaatbaarheidsverklaring."]),
    ]
    return c, B


P4_LABEL = dict(
    documents=["p4-ijsselvliet-vo.pdf"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={
        "basisondersteuning": "Ch. 'Basisondersteuning': common standard for every vestiging + table 1 with ten concrete standards.",
        "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid' only refers to the Handboek Toewijzing on the website; TLV counts in the kengetallen table, 'Met TLV' in table 2 and the LBT/TLV glossary entries address nothing.",
        "terugstroom": "Nothing: only the glossary entry; return after OPDC/rebound (a bovenschoolse voorziening) and 'uitstroom' in the kengetallen are near-misses.",
        "financien": "Meerjarenbegroting table 4 with amounts (besteding) and reserves; verdeling deferred to a new verdeelmodel in spring 2025 ('verdeling van 2023-2024 blijft van kracht' gives no criteria).",
        "dekkend-aanbod": "Ch. 'Een dekkend ondersteuningsaanbod': continuum text + table 2; twice-yearly analysis of thuiszitters/wachtlijsten with actions, Doorbraaktafel; OOGO.",
        "resultaten": "Ch. 'Kwaliteitszorg en resultaten': PDCA, twice-yearly data, kwaliteitsdialoog, jaarverslag (monitoring) and kengetallen table; new streefwaarden deferred until the nulmeting (2025-2026).",
        "ouders": "Nothing: 'Communicatie' chapter addresses schools and gemeenten only; ouders appear only in passing in voorwoord; OJSP only in the glossary; OPR described without parents' role.",
    })


# ============================================================================================
# P5 — PO, .html (web version) — Samenwerkingsverband Passend Onderwijs Kroonwijk PO
# B partial (inhoud only on website/schoolgids) | P partial (procedure deferred to Werkwijzer) |
# T present (under "Overstappen en doorstromen") | F missing (separate Financieel Kader) |
# D missing | R partial (targets, monitoring deferred) | O present
# ============================================================================================
def plan_p5():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Kroonwijk PO", short="Kroonwijk PO", besturen=11,
             opr_n=14, fte="12,8")
    B = []
    B.append(("title", ["Ondersteuningsplan 2024-2028 — online versie",
                        "Samenwerkingsverband Passend Onderwijs Kroonwijk PO (PO 28-11)",
                        "Laatst bijgewerkt: 15 april 2024"]))
    B.append(("toc",))
    B += [
        ("h1u", "Welkom"),
        ("p", "Welkom bij de online versie van het ondersteuningsplan 2024-2028 van Kroonwijk PO. Wij hebben het "
              "plan op onze website gezet zodat iedereen het makkelijk kan lezen en doorzoeken. Via het menu aan de "
              "linkerkant gaat u direct naar het onderdeel dat u zoekt. Liever op papier? Onderaan het menu kunt u "
              "het plan als pdf downloaden."),
        ("p", "Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. Het "
              "beschrijft hoe de elf aangesloten schoolbesturen er samen voor zorgen dat ieder kind in de regio "
              "onderwijs krijgt dat past. Het plan is tot stand gekomen in nauwe samenwerking met schoolleiders, "
              "intern begeleiders, ouders en de gemeenten Kroonstad en Wijkerveen."),
        ("h2", "Hoe is dit plan opgebouwd?"),
        ("p", "Het plan begint met een korte kennismaking met Kroonwijk PO en onze visie. Daarna leest u wat u van "
              "iedere school mag verwachten, hoe een kind naar het speciaal (basis)onderwijs kan gaan en weer "
              "terug, wat ouders van ons mogen verwachten en welke resultaten wij willen bereiken. Daarna volgen de "
              "onderdelen over geld, organisatie, personeel en samenwerking. Onderaan de pagina vindt u "
              "veelgestelde vragen. Woorden die u niet kent? Gebruik de zoekfunctie van de website of neem contact "
              "op met het bureau; wij leggen het graag uit."),
        ("p", "Dit plan is geschreven voor iedereen die bij het onderwijs in Kroonwijk betrokken is: ouders, "
              "leraren, intern begeleiders, schoolleiders, bestuurders, gemeenten en partners in de jeugdhulp. Wij "
              "hebben geprobeerd het plan zo kort en leesbaar mogelijk te houden. Het plan wordt niet elk jaar "
              "herschreven; wel kan het bestuur na instemming van de ondersteuningsplanraad onderdelen "
              "tussentijds aanpassen. De meest actuele versie staat altijd op deze pagina."),
        ("textbox", "In het kort", ["Dit plan gaat over de basisondersteuning op iedere school, de toelaatbaarheid "
                                    "tot sbo en so, terugplaatsing, resultaten, geld en de rol van ouders. Het geldt van 1 augustus 2024 "
                                    "tot en met 31 juli 2028."]),
        ("h1", "Over Kroonwijk PO"),
        ("h2", "Wie zijn wij?"),
        ("p", "Kroonwijk PO is het samenwerkingsverband voor primair onderwijs in de gemeenten Kroonstad en "
              "Wijkerveen. Elf schoolbesturen met samen 64 basisscholen, twee scholen voor speciaal "
              "basisonderwijs en drie scholen voor speciaal onderwijs maken deel uit van het samenwerkingsverband. "
              "Ruim 16.000 kinderen gaan in onze regio naar school. De scholen verschillen sterk: van een "
              "dorpsschool met 45 leerlingen tot een stadsschool met ruim 700 leerlingen, van openbaar tot "
              "katholiek, protestants-christelijk, islamitisch en vrije school."),
        ("p", "De regio is de afgelopen tien jaar sterk gegroeid. In Kroonstad zijn twee nieuwe wijken gebouwd, "
              "met drie nieuwe basisscholen. In Wijkerveen is het aantal leerlingen juist licht gedaald. Die "
              "verschillen vragen om flexibiliteit: wat in de stad werkt, past niet altijd in het dorp, en "
              "andersom. Ook de samenstelling van de bevolking verandert; op een aantal scholen spreekt meer dan "
              "de helft van de kinderen thuis een andere taal dan het Nederlands."),
        ("h2", "Wat doet het samenwerkingsverband?"),
        ("p", "Het samenwerkingsverband is een stichting. Het bureau ondersteunt scholen, neemt besluiten over "
              "toelaatbaarheid tot het speciaal (basis)onderwijs, verdeelt middelen en onderhoudt contacten met de "
              "gemeenten en andere partners. Het bureau is gevestigd in het Onderwijshuis in Kroonstad."),
        ("h2", "Totstandkoming"),
        ("p", "Het plan is voorbereid door een werkgroep van schoolleiders en intern begeleiders en besproken in "
              "drie ronde-tafelgesprekken met ouders. Het op overeenstemming gericht overleg met de gemeenten "
              "Kroonstad en Wijkerveen vond plaats op 1 februari 2024; het verslag daarvan is op te vragen bij het "
              "bureau. De ondersteuningsplanraad stemde in op 20 maart 2024. Het bestuur stelde het plan vast op "
              "9 april 2024."),
        ("h1", "Onze visie"),
        ("p", "Kinderen groeien op in gezinnen, buurten en scholen. Wij willen dat zij zoveel mogelijk samen met "
              "hun broertjes, zusjes en vriendjes naar school kunnen, in hun eigen wijk of dorp. Dat lukt alleen "
              "als leraren de ruimte, de kennis en de ondersteuning krijgen om verschillen tussen kinderen op te "
              "vangen. Het samenwerkingsverband wil daarom vooral dienend zijn aan de scholen."),
        ("p", "Elke school in Kroonwijk is anders, en dat is een kracht. De elf besturen hebben ieder hun eigen "
              "identiteit, geschiedenis en onderwijsconcept. Montessori, Dalton, Jenaplan en traditioneel "
              "klassikaal onderwijs bestaan naast elkaar. Wij zien het als onze taak om die verscheidenheid te "
              "respecteren en tegelijk te zorgen dat ieder kind, welke school zijn ouders ook kiezen, kan rekenen "
              "op dezelfde kansen."),
        ("p", "Wij werken vanuit vier uitgangspunten: het kind centraal, ouders als partner, vertrouwen in de "
              "professional en doen wat werkt. Wij meten ons succes niet aan het aantal formulieren of "
              "vergaderingen, maar aan wat kinderen en ouders ervaren."),
        ("h1", "Basisondersteuning: de Kroonwijkstandaard"),
        ("p", "Binnen Kroonwijk hebben de elf besturen afgesproken dat alle 64 basisscholen één gezamenlijk niveau "
              "van basisondersteuning bieden: de Kroonwijkstandaard. De standaard is de ondergrens voor iedere "
              "vestiging. Een school kan meer bieden, maar nooit minder. Wat een leerling meer nodig heeft dan de "
              "Kroonwijkstandaard, noemen wij extra ondersteuning."),
        ("p", "Wat de Kroonwijkstandaard concreet inhoudt, leest u op www.kroonwijkpo.nl/standaard en in de "
              "schoolgids van uw school. De standaard wordt ieder jaar in juni geactualiseerd."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Voor een plaats in het speciaal basisonderwijs of het speciaal onderwijs is een "
              "toelaatbaarheidsverklaring (TLV) van Kroonwijk PO nodig. Wij geven een TLV af als aan de volgende "
              "voorwaarden is voldaan."),
        ("h2", "Criteria sbo"),
        ("ul", ["De basisschool heeft aantoonbaar ten minste zes maanden extra ondersteuning geboden op basis van een ontwikkelingsperspectief, en die ondersteuning is geëvalueerd.",
                "De leerling heeft een ontwikkelingsachterstand van ten minste anderhalf jaar op twee of meer hoofdvakken, of gedrag dat het leren van de leerling en de groep structureel belemmert.",
                "De leerling heeft een kleinere groep en een specifieke aanpak nodig die de basisschool ook met extra ondersteuning niet kan bieden."]),
        ("h2", "Criteria so"),
        ("ul", ["Er is sprake van een verstandelijke beperking (ZML), een lichamelijke beperking of langdurige ziekte, of van ernstige gedrags- of psychiatrische problematiek.",
                "Als gevolg daarvan heeft de leerling structureel een intensieve, specialistische aanpak en zorg in onderwijstijd nodig.",
                "Het speciaal basisonderwijs biedt onvoldoende perspectief, of de leerling heeft ondanks sbo-plaatsing onvoldoende ontwikkeling laten zien."]),
        ("p", "Een TLV so geldt in principe twee schooljaren; een TLV sbo tot het einde van de basisschooltijd. "
              "Bij een TLV so stellen wij de bekostigingscategorie laag, midden of hoog vast."),
        ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de commissie die over de aanvraag "
              "besluit, worden beschreven in de Werkwijzer Toelaatbaarheid, die het bureau dit najaar publiceert."),
        ("h1", "Overstappen en doorstromen"),
        ("h2", "Van speciaal naar regulier"),
        ("p", "Kinderen die in het sbo of so zitten, horen daar niet automatisch tot het einde van hun "
              "basisschooltijd. Kroonwijk PO vindt dat een kind terug moet kunnen naar een reguliere basisschool "
              "als het zich zo heeft ontwikkeld dat het daar, met ondersteuning, verder kan. Wij kiezen daarbij "
              "zoveel mogelijk voor een school in de eigen wijk. Terugplaatsing gebeurt alleen als ouders ermee "
              "instemmen en als de ontvangende school de ondersteuning kan bieden die in het OPP staat. Na de "
              "overstap begeleidt de ambulant begeleider van de sbo- of so-school het kind en de leerkracht nog "
              "een half jaar; zo nodig kan dit met een half jaar worden verlengd."),
        ("h2", "Zo gaat het in de praktijk"),
        ("ol", ["Ieder jaar in januari bespreekt de sbo- of so-school bij de evaluatie van het OPP met ouders of terugplaatsing een reële optie is. In het laatste jaar van de TLV gebeurt dit altijd.",
                "Is dat zo, dan neemt de intern begeleider van de s(b)o-school contact op met de consulent van het samenwerkingsverband. De consulent zoekt samen met ouders een passende basisschool.",
                "Er volgt een overstapgesprek met ouders, de s(b)o-school, de ontvangende school en de consulent. Daarin worden de ondersteuning en de begeleiding na de overstap vastgelegd.",
                "De directeur van de ontvangende school besluit over de inschrijving. De TLV eindigt op de dag van de overstap of uiterlijk op 31 juli.",
                "Drie en zes maanden na de overstap evalueert de consulent met ouders en school hoe het gaat.",
                "Is terugplaatsing aan het eind van de TLV niet haalbaar, dan vraagt de s(b)o-school vóór 1 maart een verlenging aan."]),
        ("h1", "Ouders"),
        ("h2", "Informatie voor ouders"),
        ("p", "Wij willen dat ouders weten waar zij aan toe zijn. Op de website staat de rubriek 'Voor ouders' met "
              "uitleg over de ondersteuning op school, de extra ondersteuning en de route naar het speciaal "
              "(basis)onderwijs. De brochure 'De Kroonwijk-wijzer' krijgen ouders bij de inschrijving op school; "
              "hij is er ook in eenvoudige taal en in het Turks, Arabisch en Engels. In de schoolgids beschrijft "
              "iedere school haar ondersteuning. Iedere dinsdagochtend houdt het bureau een telefonisch spreekuur "
              "voor ouders met vragen over ondersteuning."),
        ("h2", "Ouders als partner"),
        ("p", "Ouders zijn altijd betrokken bij het opstellen en evalueren van het OPP en worden uitgenodigd voor "
              "het overleg over hun kind. De helft van de leden van de ondersteuningsplanraad is ouder."),
        ("h2", "Onafhankelijke hulp en klachten"),
        ("p", "Ouders die onafhankelijk advies willen of het niet eens zijn met een besluit, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt Kroonwijk (bereikbaar via ojsp@kroonwijk-steunpunt.nl en 030-7654321). "
              "Het steunpunt is onafhankelijk van scholen en samenwerkingsverband. Ook de Onderwijsconsulenten "
              "kunnen ouders kosteloos adviseren. Klachten over het samenwerkingsverband kunnen worden ingediend "
              "bij de Landelijke Klachtencommissie Onderwijs; geschillen over een OPP, toelating of verwijdering "
              "bij de Geschillencommissie passend onderwijs."),
        ("h1", "Resultaten"),
        ("p", "Wat willen wij aan het eind van deze planperiode bereikt hebben voor kinderen die extra "
              "ondersteuning nodig hebben? Wij hebben onze ambities vertaald in vier beoogde resultaten:"),
        ("table", ["Beoogd resultaat", "Streefwaarde zomer 2028"],
         [["Kinderen met een OPP halen het in het OPP vastgelegde uitstroomperspectief", "minimaal 85%"],
          ["Deelnamepercentage speciaal basisonderwijs", "maximaal 2,3%"],
          ["Deelnamepercentage speciaal onderwijs", "maximaal 1,6%"],
          ["Waardering ouders voor de ondersteuning van hun kind", "gemiddeld 7,5 of hoger"]],
         "Beoogde resultaten 2024-2028"),
        ("p", "Hoe en wanneer wij deze resultaten meten en erover rapporteren, leggen wij vast in het "
              "kwaliteitskader van Kroonwijk PO, dat in 2025 verschijnt."),
        ("h1", "Geld"),
        ("p", "Het samenwerkingsverband ontvangt van de overheid geld voor ondersteuning. De verdeling en de "
              "besteding van deze middelen, de meerjarenbegroting en het reservebeleid zijn vastgelegd in het "
              "Financieel Kader 2024-2028, dat het bestuur apart vaststelt en dat als bijlage op deze website "
              "wordt geplaatst."),
    ]
    B += filler_governance(c, parents_in_opr=True)
    B += filler_personeel_privacy(c)
    B += [
        ("h1", "Medezeggenschap en participatie"),
        ("p", "De ondersteuningsplanraad van Kroonwijk PO vergadert zes keer per jaar. De OPR heeft een eigen "
              "reglement en een eigen budget voor scholing en ondersteuning. Twee keer per jaar organiseert de OPR "
              "een bijeenkomst met de medezeggenschapsraden van de aangesloten scholen, om te horen wat er in de "
              "scholen leeft. De directeur-bestuurder is bij de vergaderingen aanwezig om vragen te beantwoorden."),
        ("p", "Wij vinden het belangrijk dat ook kinderen zelf gehoord worden. Scholen betrekken kinderen bij het "
              "opstellen van hun ontwikkelingsperspectief, passend bij hun leeftijd. In 2025 organiseren wij voor "
              "het eerst een kinderpanel met leerlingen uit groep 7 en 8 van verschillende scholen, dat het bestuur "
              "adviseert over onderwerpen die kinderen aangaan."),
        ("h1", "Bereikbaarheid"),
        ("p", "Het bureau van Kroonwijk PO is op werkdagen bereikbaar van 8.30 tot 16.30 uur. Scholen kunnen voor "
              "vragen over aanvragen terecht bij hun vaste consulent. Het adres is Onderwijshuis, Stationsplein 4, "
              "Kroonstad. Tijdens de schoolvakanties is het bureau beperkt bereikbaar; in de zomervakantie is het "
              "bureau drie weken gesloten. Post en e-mail worden dan na de vakantie afgehandeld."),
    ]
    B += filler_ontwikkelingen(c)
    B += filler_arbeidsmarkt(c)
    B += filler_informatiebeveiliging(c)
    B += filler_jaarcyclus(c)
    B += [
        ("h1", "Samenwerking met de gemeenten"),
        ("p", "Kroonwijk PO en de gemeenten Kroonstad en Wijkerveen voeren jaarlijks OOGO over het "
              "ondersteuningsplan en over het lokaal onderwijsbeleid en jeugdbeleid van de gemeenten. Het "
              "overleg wordt voorbereid door een ambtelijke werkgroep en voorgezeten door de wethouder onderwijs "
              "van Kroonstad. Geschillen worden voorgelegd aan een onafhankelijke voorzitter, zoals vastgelegd in "
              "het OOGO-reglement."),
        ("h1", "Professionalisering"),
        ("p", "Leraren en intern begeleiders kunnen gebruikmaken van het scholingsaanbod van Kroonwijk PO. Jaarlijks "
              "organiseren wij een studiedag voor intern begeleiders en een leergang 'Omgaan met verschillen' voor "
              "leraren. Ook is er een netwerk van intern begeleiders per wijk, dat vier keer per jaar bijeenkomt. "
              "Scholen die een teamtraject willen volgen, kunnen een beroep doen op de orthopedagogen van het "
              "bureau."),
        ("h1", "Planning"),
        ("table", ["Wanneer", "Wat"],
         [["Najaar 2024", "Publicatie Werkwijzer Toelaatbaarheid"],
          ["2025", "Kwaliteitskader Kroonwijk PO"],
          ["Jaarlijks juni", "Actualisatie Kroonwijkstandaard"],
          ["Voorjaar 2027", "Start ondersteuningsplan 2028-2032"]],
         "Planning 2024-2028"),
        ("h1u", "Veelgestelde vragen"),
        ("p", "Wat is basisondersteuning? Basisondersteuning is de ondersteuning die iedere school biedt. Zie de "
              "Kroonwijkstandaard."),
        ("p", "Hoeveel geld krijgt de school van mijn kind? Dat leest u in het Financieel Kader."),
        ("p", "Mijn kind zit thuis. Wat nu? Neem contact op met de school of met het bureau."),
        ("p", "Wat is een dekkend aanbod? Het geheel van voorzieningen dat ervoor zorgt dat er voor ieder kind een "
              "passende plek is."),
    ]
    return c, B


P5_LABEL = dict(
    documents=["p5-kroonwijk-po.html"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
              "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["duur-categorie"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={
        "basisondersteuning": "'Kroonwijkstandaard': common minimum for all 64 schools stated; content only on a web page and in the schoolgidsen; FAQ repeats the reference.",
        "plaatsing": "Criteria for sbo and so listed, duration/category given; procedure, termijnen and deciding body deferred to a Werkwijzer 'die het bureau dit najaar publiceert'.",
        "terugstroom": "Under the unusual heading 'Overstappen en doorstromen': policy (wijk, conditions, half year AB) and 6-step procedure (January OPP evaluation, consulent, TLV end 31 July, evaluations, verlenging).",
        "financien": "Ch. 'Geld' only refers to a separately adopted Financieel Kader (web annex, not part of the input); FAQ repeats the reference.",
        "dekkend-aanbod": "Nothing: no description of arrangements/voorzieningen or gaps; OOGO only procedural; FAQ definition and 'Mijn kind zit thuis' FAQ are not substance.",
        "resultaten": "Ch. 'Resultaten': four intended results with streefwaarden; how they are measured/reported deferred to a 2025 kwaliteitskader.",
        "ouders": "Ch. 'Ouders': website rubriek, brochure in 4 languages, schoolgids, spreekuur; OJSP Kroonwijk, Onderwijsconsulenten, klachten/geschillen; partner role.",
    })


# ============================================================================================
# N1 — NOT a samenwerkingsverband plan: the school-level "ondersteuningsplan" of one VO school
# ============================================================================================
def doc_n1():
    B = [
        ("title", ["Ondersteuningsplan 2024-2025",
                   "Vaartland College — locatie Hoogeveld (mavo, havo, vwo)",
                   "Zorg en ondersteuning op onze school",
                   "Vastgesteld door de schoolleiding na advies van de MR, september 2024"]),
        ("toc",),
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe het Vaartland College, locatie Hoogeveld, de ondersteuning "
              "aan leerlingen organiseert in het schooljaar 2024-2025. Het plan is bedoeld voor medewerkers, "
              "ouders en leerlingen. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij "
              "het ondersteuningsplan van het Samenwerkingsverband VO Hunzedal (VO 22-05), waarbij onze school is "
              "aangesloten. Het ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken die voor "
              "alle scholen in de regio gelden; dit plan beschrijft hoe wij die afspraken op onze school "
              "uitvoeren."),
        ("p", "Het plan wordt ieder jaar geëvalueerd en bijgesteld door het ondersteuningsteam. De "
              "medezeggenschapsraad heeft over deze versie advies uitgebracht."),
        ("h1", "Onze school"),
        ("p", "Het Vaartland College Hoogeveld telt 1.140 leerlingen in mavo, havo en vwo. De school kent een "
              "brede brugklas en een aparte kansklas voor leerlingen die in de eerste twee jaar extra structuur "
              "nodig hebben. Ongeveer 9 procent van onze leerlingen heeft een ontwikkelingsperspectiefplan (OPP)."),
        ("h1", "Basisondersteuning op het Vaartland College"),
        ("p", "Onze basisondersteuning voldoet aan de afspraken van het samenwerkingsverband. Op onze school "
              "betekent dat concreet:"),
        ("ul", ["Iedere leerling heeft een mentor die wekelijks een mentoruur geeft en minimaal vier keer per jaar een individueel gesprek voert.",
                "Leerlingen met dyslexie of dyscalculie krijgen een dyslexiepas met faciliteiten: extra tijd, voorleessoftware en een vergroot lettertype.",
                "Er is een faalangstreductietraining in leerjaar 1 en 3 en een examentraining in het examenjaar.",
                "Er is een Rots-en-Water-training voor leerlingen in de onderbouw.",
                "Het Trajectlokaal is de hele dag open voor leerlingen die even uit de les moeten of tijdelijk een deel van de lessen daar volgen."]),
        ("h1", "De zorgstructuur"),
        ("h2", "Eerste lijn: de mentor"),
        ("p", "De mentor is het eerste aanspreekpunt voor leerling en ouders. De mentor signaleert problemen, "
              "voert gesprekken met de leerling en onderhoudt het contact met ouders. Bij zorgen bespreekt de "
              "mentor de leerling met de teamleider."),
        ("h2", "Tweede lijn: teamleider en leerjaarbespreking"),
        ("p", "In de leerlingbesprekingen (drie keer per jaar per leerjaar) worden leerlingen besproken over wie "
              "zorgen zijn. De teamleider bepaalt of een leerling wordt aangemeld bij het ondersteuningsteam."),
        ("h2", "Derde lijn: het ondersteuningsteam"),
        ("p", "Het ondersteuningsteam (OT) bestaat uit de ondersteuningscoördinator, de orthopedagoog, de "
              "schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar. Het OT komt iedere twee "
              "weken bijeen. Ouders en leerling worden uitgenodigd als hun situatie wordt besproken. Het OT kan "
              "besluiten tot een OPP, tot plaatsing in het Trajectlokaal of tot een aanvraag bij het "
              "samenwerkingsverband."),
        ("h2", "Vierde lijn: het samenwerkingsverband"),
        ("p", "Als de ondersteuning op school niet volstaat, vraagt de ondersteuningscoördinator een arrangement "
              "aan bij het samenwerkingsverband, of een plaatsing in het OPDC. Als een leerling is aangewezen op "
              "het voortgezet speciaal onderwijs, vraagt de school bij de Commissie Toewijzing van het "
              "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan. De school stelt daarvoor het "
              "dossier samen en bespreekt de aanvraag vooraf met ouders. De criteria en de procedure staan in het "
              "ondersteuningsplan van het samenwerkingsverband."),
        ("h1", "Het ontwikkelingsperspectief (OPP)"),
        ("p", "Voor iedere leerling die extra ondersteuning krijgt, stelt de school een OPP op. Daarin staan het "
              "verwachte uitstroomniveau, de doelen en de ondersteuning die de school biedt. Het OPP wordt "
              "opgesteld in overleg met ouders en leerling; ouders hebben instemmingsrecht op het handelingsdeel. "
              "De leerling geeft zijn of haar mening over het OPP (hoorrecht). Het OPP wordt twee keer per jaar "
              "geëvalueerd."),
        ("h1", "Terugkeer uit het Trajectlokaal en het OPDC"),
        ("p", "Leerlingen die tijdelijk in het Trajectlokaal of het OPDC verblijven, keren zo snel mogelijk terug "
              "naar hun eigen klas. De ondersteuningscoördinator maakt een terugkeerplan met de mentor, de ouders "
              "en de leerling. In de eerste zes weken na terugkeer is er wekelijks een kort gesprek met de mentor."),
        ("h1", "Ouders"),
        ("p", "Wij informeren ouders over de ondersteuning op onze school via de schoolgids, de website en de "
              "ouderavonden aan het begin van het schooljaar. Bij vragen over de ondersteuning van hun kind is de "
              "mentor het eerste aanspreekpunt, daarna de ondersteuningscoördinator. Ouders die het niet eens zijn "
              "met de school, kunnen gebruikmaken van de klachtenregeling van de stichting of contact opnemen met "
              "het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
        ("h1", "Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning. In 2024-2025 "
              "is dat € 134.500. De school besteedt dit aan de formatie van de ondersteuningscoördinator (0,8 fte), "
              "de begeleiders in het Trajectlokaal (1,6 fte) en trainingen. Over de besteding legt de school "
              "verantwoording af aan het bestuur en het samenwerkingsverband."),
        ("table", ["Post", "Bedrag 2024-2025"],
         [["Ondersteuningscoördinator (0,8 fte)", "€ 71.000"], ["Trajectlokaal (1,6 fte onderwijsassistent)", "€ 52.500"],
          ["Trainingen (faalangst, Rots en Water)", "€ 8.000"], ["Scholing mentoren", "€ 3.000"]],
         "Tabel 1. Besteding budget lichte ondersteuning"),
        ("h1", "Doelen voor dit schooljaar"),
        ("ul", ["Alle OPP's zijn uiterlijk 1 november opgesteld en met ouders besproken.",
                "Het verzuim in de bovenbouw havo daalt met 10 procent ten opzichte van 2023-2024.",
                "Alle mentoren van leerjaar 1 volgen de training 'Gesprekken met ouders en leerlingen'.",
                "Het Trajectlokaal wordt geëvalueerd met leerlingen en ouders."]),
        ("h1", "Evaluatie"),
        ("p", "Aan het einde van het schooljaar evalueert het ondersteuningsteam dit plan. De ondersteunings-"
              "coördinator rapporteert aan de schoolleiding en de MR. De evaluatie is de basis voor het "
              "ondersteuningsplan 2025-2026."),
        ("h1u", "Contactgegevens"),
        ("p", "Ondersteuningscoördinator: mevrouw S. de Boer, s.deboer@vaartlandcollege.nl. Orthopedagoog: de heer "
              "K. Veldman. Samenwerkingsverband VO Hunzedal: www.swv-hunzedal.nl."),
    ]
    return B


N1_LABEL = dict(
    documents=["n1-vaartland-schoolplan-vo.docx"], sector="vo", looks_like_plan=False,
    elements={}, criteria={},
    notes={"document": "School-level 'ondersteuningsplan' of one VO school (Vaartland College, zorgstructuur, "
                       "OT, OPP, own budget) that implements the SWV's plan and refers to it; it is not an "
                       "ondersteuningsplan of a samenwerkingsverband (no OPR/OOGO, no verband-wide verdeling, no "
                       "TLV decision-making; MR advice, annual school plan)."})


# ============================================================================================
# Labels (YAML in the contract format) and main
# ============================================================================================
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(lab):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if not lab["looks_like_plan"]:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        lines += [f"  {k}: {_q(v)}" for k, v in lab["notes"].items()]
        return "\n".join(lines) + "\n"
    # sanity: status must follow the Part A rule from the criteria
    for el in ELEMENTS:
        core = [lab["criteria"][k] for k in CORE if k.startswith(el + ".")]
        adv = lab.get("advisory_addressed", {}).get(el, [])
        st = "present" if all(core) else ("partial" if any(core) or adv else "missing")
        assert st == lab["elements"][el], (lab["documents"], el, st, lab["elements"][el])
    lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab.get("advisory_addressed", {}).get(el):
            lines.append(f"  {el}: [{', '.join(lab['advisory_addressed'][el])}]")
    lines.append("notes:")
    lines += [f"  {el}: {_q(lab['notes'][el])}" for el in ELEMENTS]
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    counts = {}
    # P1 — docx
    c, B = plan_p1()
    counts["p1"] = word_count(B)
    write_docx(B, os.path.join(OUT, "p1-lingebeek-po.docx"),
               "Ondersteuningsplan 2024-2028 | SWV De Lingebeek", "Samen sterk voor ieder kind", accent="2E6B30")
    # P2 — docx
    c, B = plan_p2()
    counts["p2"] = word_count(B)
    write_docx(B, os.path.join(OUT, "p2-hunzedal-vo.docx"),
               "SWV VO Hunzedal · Ondersteuningsplan 2024-2028", "Iedere leerling telt mee", accent="1F4E79")
    # P3, P4 — pdf via LibreOffice from a temporary docx
    with tempfile.TemporaryDirectory() as tmp:
        c, B = plan_p3()
        counts["p3"] = word_count(B)
        d3 = os.path.join(tmp, "p3-zandmaas-po.docx")
        write_docx(B, d3, "SWV PO Zandmaas — Ondersteuningsplan 2024-2028",
                   "Passend onderwijs in Zandmaas: basisondersteuning op orde, voor elk kind een plek",
                   accent="B35900")
        c, B = plan_p4()
        counts["p4"] = word_count(B)
        d4 = os.path.join(tmp, "p4-ijsselvliet-vo.docx")
        write_docx(B, d4, "IJsselvliet | Koersdocument en ondersteuningsplan 2024-2028",
                   "Grenzeloos passend — voor leerlingen, ouders en scholen", accent="00697A")
        for d in (d3, d4):
            docx_to_pdf(d, tmp)
            shutil.copy(d[:-5] + ".pdf", OUT)
    # P5 — html
    c, B = plan_p5()
    counts["p5"] = word_count(B)
    write_html(B, os.path.join(OUT, "p5-kroonwijk-po.html"), "Ondersteuningsplan 2024-2028 | Kroonwijk PO",
               "Samenwerkingsverband Passend Onderwijs Kroonwijk PO",
               "© Kroonwijk PO · Onderwijshuis, Stationsplein 4, Kroonstad · Ondersteuningsplan · Ouders · "
               "Basisondersteuning · Toelaatbaarheid · Financiën · Privacyverklaring")
    # N1 — docx (not a plan)
    B = doc_n1()
    counts["n1"] = word_count(B)
    write_docx(B, os.path.join(OUT, "n1-vaartland-schoolplan-vo.docx"),
               "Vaartland College Hoogeveld — Ondersteuningsplan 2024-2025", "Zorg en ondersteuning", accent="7A1F5C")
    for name, lab in (("p1-lingebeek-po", P1_LABEL), ("p2-hunzedal-vo", P2_LABEL), ("p3-zandmaas-po", P3_LABEL),
                      ("p4-ijsselvliet-vo", P4_LABEL), ("p5-kroonwijk-po", P5_LABEL),
                      ("n1-vaartland-schoolplan-vo", N1_LABEL)):
        with open(os.path.join(OUT, f"{name}.expected.yaml"), "w", encoding="utf-8") as f:
            f.write(label_yaml(lab))
    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
