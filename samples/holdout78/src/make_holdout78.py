#!/usr/bin/env python3
"""Build the holdout78 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above src/ (derived from this file's location).
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless --convert-to pdf).
The .expected.yaml label files are written by hand and kept next to the documents; this script only
writes the documents.
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 2, 9, 0, 0)

# ---------------------------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", text) ("subtitle", text) ("h1", text) ("h2", text) ("h3", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [[header...], [row...], ...]) ("toc", [lines])
#   ("break",) ("small", text)
# ---------------------------------------------------------------------------------------------


def _shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def write_docx(blocks, path, header_text=None, footer_text=None, font="Calibri", accent="1F4E79"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
        sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    rgb = RGBColor.from_string(accent)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(26)
            r.font.color.rgb = rgb
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(14)
            r.font.color.rgb = rgb
        elif kind in ("h1", "h2", "h3"):
            h = doc.add_heading(b[1], level=int(kind[1]))
            for r in h.runs:
                r.font.color.rgb = rgb
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(8.5)
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading(b[1][0], level=1)
            for line in b[1][1:]:
                p = doc.add_paragraph(line)
                p.paragraph_format.space_after = Pt(1)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = str(val)
                    for par in c.paragraphs:
                        for r in par.runs:
                            r.font.size = Pt(9)
                            if i == 0:
                                r.bold = True
                    if i == 0:
                        _shade(c, "D9E2F3")
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the zip with fixed timestamps and sorted order so that the .docx is byte-stable."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmpzip")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    tmp.replace(path)


def docx_to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        td = Path(td)
        src = td / (Path(pdf_path).stem + ".docx")
        shutil.copy(docx_path, src)
        profile = td / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(td), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "SOURCE_DATE_EPOCH": "1772442000"})
        shutil.copy(td / (src.stem + ".pdf"), pdf_path)


def write_html(blocks, path, title, nav=None, footer=None, css=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", f"<style>{css}</style>", "</head>", "<body>"]
    if nav:
        out.append('<header class="site"><div class="logo">' + e(nav[0]) + "</div><nav><ul>")
        for item in nav[1:]:
            out.append(f'<li><a href="#">{e(item)}</a></li>')
        out.append("</ul></nav></header>")
    out.append("<main>")
    in_list = None
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1 class=\"page-title\">{e(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f"<p class=\"lead\">{e(b[1])}</p>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(b[1])}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "small":
            out.append(f"<p class=\"small\"><em>{e(b[1])}</em></p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append('<aside class="toc"><h2>' + e(b[1][0]) + "</h2><ul>")
            out.extend(f'<li><a href="#">{e(x)}</a></li>' for x in b[1][1:])
            out.append("</ul></aside>")
        elif kind == "table":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) +
                       "</tr></thead><tbody>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "break":
            out.append("<hr>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append(f'<footer class="site"><p>{e(footer)}</p></footer>')
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for b in blocks:
        if len(b) < 2:
            continue
        v = b[1]
        if isinstance(v, str):
            n += len(v.split())
        else:
            for x in v:
                if isinstance(x, str):
                    n += len(x.split())
                else:
                    n += sum(len(str(c).split()) for c in x)
    return n


# =============================================================================================
# Plan A - PO, .docx - SWV De Kempenbrug (PO 30-14), classic chapter structure
# =============================================================================================

def plan_a():
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", "Samen passend - Samenwerkingsverband Passend Primair Onderwijs De Kempenbrug (PO 30-14)"),
          ("p", "Over basisondersteuning, toelaatbaarheid, terugplaatsing, middelen en ouders"),
          ("small", "Versie 1.3 - vastgesteld door het bestuur op 14 april 2026 na instemming van de ondersteuningsplanraad op 24 maart 2026"),
          ("break",)]
    B += [("toc", ["Inhoudsopgave",
                   "Voorwoord ........................................................ 3",
                   "1 Inleiding ....................................................... 4",
                   "2 Het samenwerkingsverband in cijfers ................ 6",
                   "3 Missie, visie en ambities ...................................... 7",
                   "4 Basisondersteuning ........................................... 9",
                   "5 Extra ondersteuning en een dekkend aanbod ........... 12",
                   "6 Toelaatbaarheid tot sbo en so ............................ 15",
                   "   6.5 Terugplaatsing en doorstroom ......................... 18",
                   "7 Geld en middelen ............................................... 19",
                   "8 Kwaliteit en resultaten ....................................... 22",
                   "9 Communicatie ..................................................... 24",
                   "   9.2 Informatie aan ouders en ouder- en jeugdsteunpunt ... 25",
                   "10 Samenwerking met gemeenten en jeugdhulp ............. 26",
                   "11 Organisatie en governance .................................. 28",
                   "12 Personeel en professionalisering ......................... 30",
                   "13 Privacy en ICT ................................................. 31",
                   "14 Planning 2026-2030 ........................................... 32",
                   "Bijlage 1 Begrippenlijst ......................................... 34"]),
          ("break",)]
    B += [("h1", "Voorwoord"),
          ("p", "Voor u ligt het derde ondersteuningsplan van De Kempenbrug. Het plan beschrijft hoe de veertien schoolbesturen in onze regio de komende vier schooljaren samen werken aan passend onderwijs voor de ruim 21.000 kinderen die onze scholen bezoeken. Het is een plan van en voor de scholen: het is geschreven door een werkgroep van directeuren, intern begeleiders, bestuurders en medewerkers van het bureau, en besproken met de ondersteuningsplanraad, de gemeenten en het samenwerkingsverband voortgezet onderwijs in de regio."),
          ("p", "De afgelopen periode was er een van bouwen. We hebben de toewijzing van extra ondersteuning dichter bij de scholen georganiseerd, de expertise van het speciaal basisonderwijs beter benut en de samenwerking met de jeugdteams van de gemeenten verstevigd. Tegelijk zien we dat het werk niet af is. Het lerarentekort raakt ook de ondersteuning, de vraag naar plekken in het speciaal onderwijs blijft hoog en de verwachtingen van de samenleving aan de school nemen toe. Dat vraagt om keuzes, en dit plan maakt die keuzes zichtbaar."),
          ("p", "Ik dank iedereen die heeft meegedacht: de leden van de werkgroep, de leden van de OPR die kritisch meelazen, de wethouders en beleidsmedewerkers van de vijf gemeenten en de collega's van de scholen die tijdens de regiobijeenkomsten hun ervaringen deelden. Dit plan is een kader; de echte waarde ontstaat in de klas, elke dag opnieuw."),
          ("p", "Marieke van den Boomgaard, directeur-bestuurder")]
    B += [("h1", "1 Inleiding"),
          ("h2", "1.1 Wettelijk kader"),
          ("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a Wet op het primair onderwijs). In het plan legt het samenwerkingsverband vast hoe het een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen realiseert, zodat leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen. De wet noemt een aantal onderwerpen die het plan in elk geval moet bevatten. Het plan wordt voor 1 mei aan de Inspectie van het Onderwijs gezonden."),
          ("h2", "1.2 Planperiode en status"),
          ("p", "Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het plan wordt uitgewerkt in jaarplannen en jaarbegrotingen die het bestuur jaarlijks vaststelt. Wijzigingen van het plan tijdens de planperiode worden opnieuw ter instemming aan de ondersteuningsplanraad voorgelegd."),
          ("h2", "1.3 Totstandkoming"),
          ("p", "De voorbereiding begon in het voorjaar van 2025 met een evaluatie onder directeuren en intern begeleiders en drie regiobijeenkomsten in Veldhoven-Oost, Bergeijk-Noord en Reusel. In september 2025 besprak het bestuur de hoofdlijnen. Het concept is in januari 2026 besproken met de ondersteuningsplanraad en in het op overeenstemming gericht overleg (OOGO) met de vijf gemeenten op 3 februari 2026. Met het samenwerkingsverband VO Kempen is op 10 februari 2026 overleg gevoerd over de aansluiting tussen beide plannen. De OPR heeft op 24 maart 2026 ingestemd; het bestuur heeft het plan op 14 april 2026 vastgesteld."),
          ("h2", "1.4 Leeswijzer"),
          ("p", "Hoofdstuk 2 schetst de regio. Hoofdstuk 3 beschrijft onze missie en visie. De hoofdstukken 4 tot en met 6 gaan over de ondersteuning zelf: wat elke school biedt, wat er daarnaast mogelijk is en hoe een kind naar het speciaal (basis)onderwijs gaat. Hoofdstuk 7 beschrijft de verdeling en besteding van de middelen, hoofdstuk 8 onze ambities. De overige hoofdstukken gaan over communicatie, samenwerking, organisatie, personeel en planning.")]
    B += [("h1", "2 Het samenwerkingsverband in cijfers"),
          ("p", "De Kempenbrug omvat het grondgebied van vijf gemeenten in het zuiden van de provincie. In de regio staan 78 basisscholen met in totaal 86 vestigingen, drie scholen voor speciaal basisonderwijs en vier locaties voor speciaal onderwijs in cluster 3 en 4. De scholen vallen onder veertien besturen, van eenpitter tot groot meerschoolsbestuur."),
          ("table", [["Kengetal (teldatum 1 oktober 2025)", "Aantal"],
                     ["Basisscholen / vestigingen", "78 / 86"],
                     ["Scholen voor speciaal basisonderwijs", "3"],
                     ["Locaties speciaal onderwijs cluster 3 en 4", "4"],
                     ["Leerlingen basisonderwijs", "19.870"],
                     ["Leerlingen sbo", "412"],
                     ["Leerlingen so (uit de regio)", "338"],
                     ["Schoolbesturen", "14"],
                     ["Gemeenten", "5"]]),
          ("p", "Het leerlingaantal daalt licht: de prognose voor 2030 ligt ongeveer vier procent lager dan nu. In de kernen aan de randen van de regio zijn scholen klein; in de twee grotere plaatsen groeien enkele wijken juist. Dat heeft gevolgen voor de spreiding van voorzieningen en voor het leerlingenvervoer, een onderwerp dat we met de gemeenten bespreken.")]
    B += [("h1", "3 Missie, visie en ambities"),
          ("p", "Onze missie is eenvoudig geformuleerd: elk kind in de regio krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis. Kinderen, ouders en leraren moeten erop kunnen vertrouwen dat er een plek is waar een kind tot ontwikkeling komt."),
          ("p", "Wij geloven dat passend onderwijs begint in de gewone klas, bij een leraar die ziet wat een kind nodig heeft en die daarin wordt gesteund door een team, een intern begeleider en een bestuur dat ruimte en middelen geeft. Waar de gewone school de grens bereikt, zorgen we samen voor een passend alternatief. Niet de school, maar het kind staat centraal; niet de indicatie, maar de ondersteuningsbehoefte is leidend."),
          ("p", "Uit de missie volgen vier ambities voor de planperiode: (1) sterke basis op alle scholen, (2) snel en dichtbij de juiste extra ondersteuning, (3) geen kind zonder passende plek en (4) een lerende organisatie die resultaten zichtbaar maakt. Deze ambities komen terug in de hoofdstukken 4, 5 en 8 en in de jaarplannen."),
          ("p", "We werken vanuit vijf waarden: vertrouwen, eigenaarschap, nabijheid, transparantie en doelmatigheid. Vertrouwen betekent dat we besturen en scholen ruimte geven om zelf keuzes te maken. Eigenaarschap betekent dat wie de middelen ontvangt, ook verantwoordelijk is voor het resultaat. Nabijheid betekent dat beslissingen zo dicht mogelijk bij het kind worden genomen. Transparantie en doelmatigheid vragen dat we laten zien wat we met publiek geld doen.")]
    B += [("h1", "4 Basisondersteuning"),
          ("h2", "4.1 Wat verstaan we onder basisondersteuning?"),
          ("p", "Basisondersteuning is het door alle veertien besturen in De Kempenbrug afgesproken niveau van ondersteuning dat iedere basisschool, op iedere vestiging, zelf biedt, binnen de eigen organisatie en zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is een ondergrens: scholen mogen meer bieden, niet minder. Het niveau is vastgelegd in twaalf standaarden die het bestuur op 9 december 2025 heeft vastgesteld. Wat de school daarnaast aan ondersteuning kan bieden, beschrijft zij in haar schoolondersteuningsprofiel (SOP) en in de schoolgids."),
          ("h2", "4.2 De twaalf standaarden"),
          ("p", "Op elke school en elke vestiging van De Kempenbrug is ten minste het volgende aanwezig:"),
          ("ol", ["Een intern begeleider met een afgeronde opleiding, met ten minste vier uur per week per 100 leerlingen voor begeleidingstaken.",
                  "Een leerlingvolgsysteem waarmee de ontwikkeling van elk kind twee keer per jaar wordt gevolgd en besproken in een groepsbespreking.",
                  "Handelingsgericht werken in groepsplannen of een vergelijkbare cyclische werkwijze, met ten minste twee evaluatiemomenten per jaar.",
                  "Een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief vroege signalering in groep 2 en 3.",
                  "Een aanbod voor leerlingen die meer aankunnen (verrijking, verdieping of versnelling) in de eigen groep.",
                  "Een methode of programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol met een aanspreekpunt.",
                  "Een ontwikkelingsperspectief (OPP) voor elke leerling die op een eigen leerlijn werkt of extra ondersteuning ontvangt.",
                  "Toegang tot een ondersteuningsteam (OT) met de intern begeleider, de consulent van het samenwerkingsverband en de jeugdverpleegkundige of het jeugdteam.",
                  "Afspraken over medische handelingen en een protocol voor leerlingen met een medische of fysieke beperking.",
                  "Een aanbod Nederlands als tweede taal op basisniveau voor leerlingen met een taalachterstand.",
                  "Een warme overdracht bij elke schoolwisseling en bij de overstap naar het voortgezet onderwijs.",
                  "Een fysiek toegankelijk gebouw of, waar dat niet mogelijk is, afspraken met een nabije school van het eigen bestuur."]),
          ("h2", "4.3 Hoe houden we de basis op orde?"),
          ("p", "Het samenwerkingsverband bezoekt elke school eens in de twee jaar voor een audit basisondersteuning, uitgevoerd door een consulent en een intern begeleider van een andere school. De audit gebruikt de kwaliteitskaart basisondersteuning. Voldoet een school op een of meer standaarden niet, dan stelt het bestuur binnen drie maanden een verbeterplan op, dat de directeur-bestuurder van het samenwerkingsverband met het bestuur bespreekt. Bij herhaalde tekortkomingen kan het bestuur van het samenwerkingsverband een deel van het schoolbudget (hoofdstuk 7) oormerken voor verbetering."),
          ("p", "De landelijke discussie over een norm voor basisondersteuning volgen we op de voet. Als er een landelijke norm komt, passen we de twaalf standaarden daarop aan via een wijziging van dit plan.")]
    B += [("h1", "5 Extra ondersteuning en een dekkend aanbod"),
          ("h2", "5.1 Het ondersteuningscontinuum"),
          ("p", "Wat een kind meer nodig heeft dan de basisondersteuning, noemen we extra ondersteuning. We onderscheiden drie lagen. In de eerste laag organiseert de school zelf lichte extra ondersteuning met het schoolbudget, bijvoorbeeld een remedial teacher, een kleine groep of inzet van een onderwijsassistent. In de tweede laag zet het samenwerkingsverband een arrangement in op de eigen school: een consulent, een gedragsspecialist, ambulante begeleiding vanuit het so of een tijdelijke inzet van een onderwijsassistent voor een individuele leerling. In de derde laag gaat het om een plek in een bovenschoolse voorziening of in het speciaal (basis)onderwijs."),
          ("table", [["Laag", "Wat", "Wie beslist", "Bekostiging"],
                     ["1 Lichte extra ondersteuning", "Remedial teaching, kleine groep, inzet onderwijsassistent", "Schoolbestuur", "Schoolbudget"],
                     ["2 Arrangement op de eigen school", "Consulent, gedragsspecialist, ambulante begeleiding, individueel arrangement", "Ondersteuningsteam met consulent SWV", "Arrangementenbudget SWV"],
                     ["3a Bovenschoolse voorziening", "Observatiegroep De Schakel, taalklas nieuwkomers, plusklas De Denktank", "Commissie arrangementen", "Budget voorzieningen SWV"],
                     ["3b Speciaal (basis)onderwijs", "3 sbo-scholen, 4 so-locaties cluster 3 en 4", "TLV-commissie (hoofdstuk 6)", "Afdracht via DUO"]]),
          ("p", "De observatiegroep De Schakel biedt plaats aan twaalf kinderen van 4 tot 8 jaar bij wie nog onduidelijk is wat zij nodig hebben; plaatsing duurt maximaal twaalf weken. De taalklas heeft drie locaties. De plusklas De Denktank is er een dagdeel per week voor kinderen uit groep 5 tot en met 8 met een ontwikkelingsvoorsprong. Vanaf 2027 starten we een voltijdvoorziening voor hoogbegaafde kinderen op de locatie van sbo De Wissel, bekostigd uit de landelijke subsidie hoogbegaafdheid."),
          ("h2", "5.2 Zorgen dat geen kind tussen wal en schip valt"),
          ("p", "Een dekkend aanbod betekent voor ons dat er voor elk kind binnen drie maanden na het signaleren van een vastgelopen situatie een passende plek of passend programma is. Om te weten waar het aanbod tekortschiet, doen we drie dingen. Ten eerste houdt het bureau een registratie bij van alle kinderen die niet of maar gedeeltelijk naar school gaan, gevoed door de scholen en door de leerplichtambtenaren van de vijf gemeenten. Ten tweede bespreekt het thuiszittersoverleg, met leerplicht, jeugdteams en het samenwerkingsverband, elke zes weken iedere leerling die langer dan vier weken thuiszit; voor elke leerling wordt binnen twee weken een regisseur aangewezen. Ten derde maken we elk voorjaar een analyse van wachtlijsten en afwijzingen bij de so-scholen en de bovenschoolse voorzieningen."),
          ("p", "Als er geen passende plek is, heeft de directeur-bestuurder doorzettingsmacht: zij kan een school of voorziening binnen het samenwerkingsverband vragen een leerling tijdelijk te plaatsen, met een aanvullend arrangement. Blijkt uit de voorjaarsanalyse dat een bepaald type plek structureel ontbreekt, dan legt het bureau uiterlijk in juni een voorstel voor aan het bestuur. Zo is in 2025 besloten om het aantal plekken in de observatiegroep uit te breiden van acht naar twaalf en om een tweede locatie voor kinderen met ernstige gedragsproblemen te verkennen met het so cluster 4."),
          ("h2", "5.3 Zorgplicht"),
          ("p", "De besturen hebben zorgplicht. Als een school een aangemelde leerling niet zelf de benodigde ondersteuning kan bieden, zoekt zij binnen zes weken (eenmaal te verlengen met vier weken) samen met het samenwerkingsverband een andere passende plek. Het bureau ondersteunt daarbij met een consulent.")]
    B += [("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 Aanvraag"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven, of bij een nieuwe leerling de school waar de leerling is aangemeld. De aanvraag gaat via het digitale loket van het samenwerkingsverband. Bij de aanvraag horen het groeidocument of OPP, het onderwijskundig rapport, de verslagen van ten minste twee besprekingen in het ondersteuningsteam en eventuele onderzoeksverslagen. Een aanvraag is pas compleet als al deze stukken aanwezig zijn."),
          ("h2", "6.2 Deskundigenadvies en besluit"),
          ("p", "Iedere aanvraag wordt beoordeeld door twee deskundigen: een orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een tweede deskundige (een kinderpsychiater, maatschappelijk werker, arts of jeugdarts). De deskundigen zijn niet betrokken geweest bij de aanvraag en brengen ieder een eigen schriftelijk advies uit. Op basis van beide adviezen besluit de TLV-commissie, namens het bestuur, binnen zes weken na ontvangst van de complete aanvraag. Bij een spoedaanvraag (bijvoorbeeld een dreigende thuiszitsituatie) besluit de commissie binnen tien werkdagen."),
          ("h2", "6.3 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan: de basisondersteuning en ten minste een arrangement van laag 2 zijn gedurende minimaal zes maanden ingezet en geëvalueerd; de ondersteuningsbehoefte ligt op meerdere domeinen (leren, gedrag, werkhouding of sociaal-emotioneel) tegelijk; en de leerling heeft een kleinere groep en een specifieke pedagogisch-didactische aanpak nodig die de reguliere school ook met arrangement niet kan bieden."),
          ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een intensieve en langdurige ondersteuningsbehoefte die samenhangt met een verstandelijke of lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problematiek, en waarvoor een specifieke deskundigheid nodig is die alleen in het so beschikbaar is. Voor zeer jonge kinderen die instromen vanuit een medisch kinderdagverblijf kan de commissie de voorwaarde van zes maanden ondersteuning in het regulier onderwijs laten vervallen."),
          ("h2", "6.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so geldt voor twee schooljaren, bij jonge kinderen tot en met groep 2 voor één schooljaar, steeds tot en met 31 juli. De commissie stelt bij een so-TLV de bekostigingscategorie vast: laag (cluster 4 en zml), midden (langdurig zieke kinderen en lichamelijk gehandicapte kinderen) of hoog (meervoudig gehandicapte kinderen)."),
          ("h2", "6.5 Terugplaatsing en doorstroom"),
          ("p", "Deze paragraaf herschrijven we op basis van de evaluatie van de TLV-procedure die in het schooljaar 2026-2027 plaatsvindt. De nieuwe tekst wordt als wijziging van dit plan aan de OPR voorgelegd."),
          ("p", "Voor de overstap van groep 8 naar het voortgezet onderwijs gelden de afspraken die met het samenwerkingsverband VO Kempen zijn gemaakt over de warme overdracht en het tijdpad van aanmelding.")]
    B += [("h1", "7 Geld en middelen"),
          ("h2", "7.1 Inkomsten"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Van dat budget draagt DUO de bekostiging voor de leerlingen in het so rechtstreeks af aan de so-scholen; voor het sbo draagt het samenwerkingsverband af wat boven de twee procent van het leerlingaantal uitkomt. Wat overblijft, verdeelt het samenwerkingsverband volgens het verdeelmodel hieronder."),
          ("h2", "7.2 Het verdeelmodel"),
          ("p", "De Kempenbrug werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de besturen. Elk bestuur ontvangt per schooljaar een schoolbudget van € 185 per leerling op de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.500 per vestiging. Besturen zetten het schoolbudget in voor laag 1 (lichte extra ondersteuning) en voor het op peil houden van de basisondersteuning. Het arrangementenbudget (laag 2) blijft bij het samenwerkingsverband en wordt toegekend door het ondersteuningsteam met de consulent, op basis van de ondersteuningsbehoefte van de leerling en niet op basis van het bestuur. De bovenschoolse voorzieningen (laag 3a) worden rechtstreeks door het samenwerkingsverband bekostigd."),
          ("p", "Besturen verantwoorden de besteding van het schoolbudget jaarlijks voor 1 juli met een korte verantwoordingsrapportage per school: hoeveel leerlingen laag 1 ontvingen, welke inzet werd gepleegd en wat het opleverde."),
          ("h2", "7.3 Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbudget (na afdracht so)", "14.620", "14.480", "14.310", "14.150"],
                     ["Afdracht sbo boven 2%", "1.140", "1.120", "1.110", "1.090"],
                     ["Schoolbudgetten besturen (laag 1)", "4.240", "4.200", "4.150", "4.110"],
                     ["Arrangementenbudget (laag 2)", "3.050", "3.000", "2.950", "2.900"],
                     ["Bovenschoolse voorzieningen (laag 3a)", "1.480", "1.560", "1.610", "1.640"],
                     ["Sbo-bekostiging (aanvullend)", "3.600", "3.560", "3.520", "3.480"],
                     ["Thuiszitters en maatwerk", "250", "250", "250", "250"],
                     ["Personeel en bureau", "1.020", "1.040", "1.060", "1.080"],
                     ["Resultaat", "-160", "-250", "-340", "-400"]]),
          ("p", "De begroting sluit in de eerste jaren met een bewust negatief resultaat. Daarmee brengen we de algemene reserve, die eind 2025 € 3,1 miljoen bedroeg, terug naar het niveau van de signaleringswaarde. Het weerstandsvermogen blijft boven de ondergrens van tien procent van de baten die het bestuur hanteert.")]
    B += [("h1", "8 Kwaliteit en resultaten"),
          ("h2", "8.1 Wat willen we bereiken?"),
          ("p", "Bij elke ambitie uit hoofdstuk 3 hoort een beoogd resultaat voor kinderen die extra ondersteuning nodig hebben. We hebben ze zo concreet mogelijk geformuleerd."),
          ("table", [["Ambitie", "Beoogd resultaat in 2030", "Uitgangssituatie 2025"],
                     ["Sterke basis", "Alle 86 vestigingen voldoen aan de twaalf standaarden basisondersteuning", "71 van 86 vestigingen"],
                     ["Snel en dichtbij", "90% van de arrangementen laag 2 start binnen vier weken na het OT", "64%"],
                     ["Geen kind zonder plek", "Geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod", "11 kinderen (peildatum 1 oktober 2025)"],
                     ["Geen kind zonder plek", "Deelname sbo en so samen daalt niet onder, en stijgt niet boven, de bandbreedte van 3,3 tot 3,8%", "3,7%"],
                     ["Lerende organisatie", "Tevredenheid van intern begeleiders over de ondersteuning van het SWV ten minste 7,5", "6,9"]]),
          ("h2", "8.2 Volgen van de resultaten"),
          ("p", "Hoe en wanneer we de voortgang op deze doelen meten, en aan wie we daarover rapporteren, leggen we vast in een monitoringskalender. Die kalender stelt het bestuur na de zomer van 2026 vast."),
          ("p", "Kwaliteit is voor ons meer dan cijfers. We willen een cultuur waarin scholen, bureau en bestuur elkaar aanspreken, van elkaar leren en open zijn over wat niet goed gaat.")]
    B += [("h1", "9 Communicatie"),
          ("h2", "9.1 Communicatie met scholen en partners"),
          ("p", "Het bureau informeert directeuren, intern begeleiders en besturen via een digitale nieuwsbrief die zes keer per jaar verschijnt, via het IB-netwerk dat vier keer per jaar per subregio bijeenkomt en via het professionalsgedeelte van de website. Daar staan de formulieren voor het digitale loket, de kwaliteitskaart basisondersteuning, de handleiding arrangementen en de contactgegevens van de consulenten. Voor gemeenten en jeugdhulppartners organiseren we twee keer per jaar een netwerkbijeenkomst."),
          ("h2", "9.2 Informatie aan ouders en ouder- en jeugdsteunpunt"),
          ("p", "Ook voor ouders willen we beter vindbaar en begrijpelijker worden. Hoe we dat doen, en hoe het ouder- en jeugdsteunpunt er in onze regio uit komt te zien, werken we uit nadat de landelijke regels bekend zijn en de OPR haar advies heeft gegeven.")]
    B += [("h1", "10 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Veel kinderen met een ondersteuningsbehoefte op school hebben ook thuis of in hun vrije tijd hulp nodig. De vijf gemeenten en het samenwerkingsverband hebben daarom in het OOGO van 3 februari 2026 afspraken gemaakt over vier thema's: (1) jeugdhulp in en om de school, met een jeugdteammedewerker als vast lid van elk ondersteuningsteam; (2) onderwijs-zorgarrangementen voor kinderen die tijdelijk niet volledig naar school kunnen, waarbij gemeente en samenwerkingsverband de kosten delen; (3) leerlingenvervoer naar sbo en so; (4) onderwijshuisvesting voor de bovenschoolse voorzieningen."),
          ("p", "Jaarlijks in oktober evalueren wethouders en bestuur de afspraken. Geschillen die in het OOGO niet worden opgelost, worden voorgelegd aan een onafhankelijke voorzitter die beide partijen samen aanwijzen.")]
    B += [("h1", "11 Organisatie en governance"),
          ("p", "Stichting Samenwerkingsverband Passend Primair Onderwijs De Kempenbrug is opgericht in 2013. De veertien aangesloten besturen vormen samen de algemene vergadering, die onder meer de begroting, de jaarrekening en het ondersteuningsplan goedkeurt. Het bestuur van de stichting is in handen van een directeur-bestuurder. Intern toezicht wordt gehouden door een raad van toezicht van vijf leden, van wie drie onafhankelijk."),
          ("p", "Het bureau bestaat uit de directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat, negen consulenten passend onderwijs en drie orthopedagogen. Het bureau is gevestigd in het Kempenhuis in Eersel."),
          ("p", "Het samenwerkingsverband kent een eigen medezeggenschapsraad voor het personeel van het bureau en een ondersteuningsplanraad (OPR). De OPR bestaat uit twaalf leden die worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder en de raad van toezicht."),
          ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen besturen en samenwerkingsverband. In de afgelopen planperiode is daar geen gebruik van gemaakt.")]
    B += [("h1", "12 Personeel en professionalisering"),
          ("p", "Passend onderwijs staat of valt met goede leraren. Het lerarentekort treft ook onze regio: op de peildatum stonden er 31 vacatures open, waarvan elf langer dan drie maanden. Het samenwerkingsverband kan het tekort niet oplossen, maar wel helpen de beschikbare expertise slim in te zetten. De consulenten werken daarom steeds meer in de klas, naast de leraar, in plaats van alleen te adviseren."),
          ("p", "We investeren in scholing. Het IB-netwerk kiest elk jaar twee thema's; in 2026-2027 zijn dat gedrag in de groep en executieve functies. Leraren kunnen deelnemen aan een leergang passend onderwijs die we samen met de pabo organiseren. Het bureau voert voor de eigen medewerkers een gesprekkencyclus met jaarlijks een ontwikkelgesprek.")]
    B += [("h1", "13 Privacy en ICT"),
          ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, voor zover dat nodig is voor het toewijzen van ondersteuning en het beoordelen van toelaatbaarheid. We volgen de AVG en hebben een functionaris gegevensbescherming aangesteld, die we delen met twee andere samenwerkingsverbanden. Dossiers worden bewaard tot drie jaar na het besluit. Het digitale loket draait op een beveiligde omgeving met tweestapsverificatie; medewerkers hebben alleen toegang tot de dossiers die zij voor hun taak nodig hebben."),
          ("p", "In 2026 vervangen we het registratiesysteem voor arrangementen. Het nieuwe systeem koppelt met het digitale loket, zodat scholen gegevens maar één keer hoeven in te voeren.")]
    B += [("h1", "14 Planning 2026-2030"),
          ("table", [["Schooljaar", "Belangrijkste activiteiten"],
                     ["2026-2027", "Start audits basisondersteuning nieuwe stijl; evaluatie TLV-procedure; vervanging registratiesysteem; monitoringskalender"],
                     ["2027-2028", "Voltijdvoorziening hoogbegaafdheid; tweede locatie gedrag (besluit); tussenevaluatie plan"],
                     ["2028-2029", "Tweede ronde audits; herijking verdeelmodel na vier jaar; evaluatie OOGO-afspraken"],
                     ["2029-2030", "Eindevaluatie; voorbereiding ondersteuningsplan 2030-2034"]]),
          ("p", "De directeur-bestuurder rapporteert twee keer per jaar aan de raad van toezicht over de uitvoering van de planning.")]
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."],
                     ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een so-leerling."],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen en bij onenigheid over passend onderwijs."],
                     ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders en scholen bij problemen rond toelating, verwijdering of thuiszitten."],
                     ["OPP", "Ontwikkelingsperspectiefplan."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["Terugplaatsing", "Het teruggaan van een leerling uit het sbo of so naar een gewone basisschool."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                     ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de middelen verdeelt."]])]
    return B

# =============================================================================================
# Plan B - PO, .pdf (from .docx) - SWV PO IJsselgaarde (PO 24-08), most content in tables
# =============================================================================================

def plan_b():
    B = []
    B += [("title", "Ondersteuningsplan IJsselgaarde 2026 - 2030"),
          ("subtitle", "Samenwerkingsverband primair onderwijs IJsselgaarde | PO 24-08"),
          ("p", "Plan in één oogopslag: basisondersteuning - toewijzing en TLV - terugplaatsing - financiën en meerjarenbegroting - dekkend netwerk - resultaten - ouders"),
          ("small", "Instemming OPR: 17 maart 2026 | OOGO afgerond: 26 februari 2026 | Vastgesteld algemeen bestuur: 8 april 2026"),
          ("break",)]
    B += [("toc", ["Inhoud",
                   "0 Samenvatting in tabellen",
                   "1 Over IJsselgaarde",
                   "2 Koers 2026-2030",
                   "3 Basisondersteuning",
                   "4 Ondersteuningsaanbod en dekkend netwerk",
                   "5 Toelaatbaarheid sbo en so",
                   "6 Terugplaatsing",
                   "7 Financiën",
                   "8 Resultaten en monitoring",
                   "9 Ouders",
                   "10 Gemeenten (OOGO)",
                   "11 Organisatie, OPR en personeel",
                   "12 Jaarplanning",
                   "Bijlage 1 Afkortingen",
                   "Bijlage 2 Kaart basisondersteuning (separaat)",
                   "Bijlage 3 Meerjarenbegroting 2026-2029 (volgt)"]),
          ("break",)]
    B += [("h1", "Voorwoord"),
          ("p", "Dit ondersteuningsplan is anders opgebouwd dan het vorige. Scholen en OPR vroegen om een plan dat je snel kunt lezen en waarin afspraken direct te vinden zijn. Daarom staan de meeste afspraken in tabellen, met een korte toelichting. Wie meer achtergrond zoekt, vindt die in de jaarplannen en op onze website."),
          ("p", "IJsselgaarde is een samenwerkingsverband van elf besturen met 52 basisscholen, twee scholen voor speciaal basisonderwijs en drie so-scholen in de regio. Samen zorgen we ervoor dat ieder kind onderwijs krijgt dat past, het liefst op de school om de hoek. We danken de werkgroep ondersteuningsplan, de OPR en de gemeenten voor hun bijdragen."),
          ("p", "Jorien Smeenk, voorzitter algemeen bestuur - Hidde Lammers, directeur")]
    B += [("h1", "0 Samenvatting in tabellen"),
          ("table", [["Onderwerp", "Kern van de afspraak", "Hoofdstuk"],
                     ["Basisondersteuning", "Eén gezamenlijk niveau voor alle 52 scholen en hun vestigingen", "3"],
                     ["Ondersteuningsaanbod", "Vijf niveaus, van basis tot so; drie bovenschoolse voorzieningen", "4"],
                     ["Toelaatbaarheid", "Aanvraag door bestuur via loket; besluit Commissie Toelaatbaarheid binnen 6 weken", "5"],
                     ["Terugplaatsing", "Elke sbo- en so-leerling jaarlijks besproken op terugplaatsingsmogelijkheid", "6"],
                     ["Financiën", "Schoolmodel: € 165 per leerling naar besturen, arrangementen centraal", "7"],
                     ["Resultaten", "Acht indicatoren met streefwaarde 2029, halfjaarlijkse monitor", "8"],
                     ["Ouders", "Onafhankelijk ouder- en jeugdsteunpunt en onderwijsconsulenten", "9"]])]
    B += [("h1", "Inleiding"),
          ("p", "Het ondersteuningsplan is het belangrijkste beleidsdocument van een samenwerkingsverband. De wet schrijft voor dat het samenwerkingsverband ten minste eens in de vier jaar een plan vaststelt, na op overeenstemming gericht overleg met de gemeenten en met instemming van de ondersteuningsplanraad. Het plan wordt voor 1 mei aan de inspectie gezonden. Dit plan geldt voor de schooljaren 2026-2027 tot en met 2029-2030."),
          ("p", "Bij het schrijven hebben we de evaluatie van het vorige plan als vertrekpunt genomen. Die evaluatie bestond uit een enquête onder alle directeuren en intern begeleiders, gesprekken met zes ouders van kinderen in het sbo en so, twee werksessies met de OPR en een analyse van de cijfers uit het loket. De belangrijkste lessen: de toewijzing van arrangementen was te traag, de regels waren niet voor iedereen duidelijk, en scholen wilden meer steun in de klas en minder formulieren. Die lessen zijn in dit plan verwerkt."),
          ("p", "Het plan is vooral een kader. Het beschrijft wat we afspreken en wie waarvoor verantwoordelijk is. Hoe scholen de afspraken in de praktijk uitvoeren, beschrijven zij in hun schoolondersteuningsprofiel, hun schoolplan en hun schoolgids. Wat IJsselgaarde zelf elk jaar doet, staat in het jaarplan. Zo ontstaat een samenhangend geheel van documenten, met dit plan als basis."),
          ("p", "Een ondersteuningsplan is nooit af. Regels veranderen, leerlingaantallen bewegen en nieuwe inzichten vragen om bijstelling. Wijzigingen leggen we altijd ter instemming voor aan de OPR. Kleine tekstuele aanpassingen, bijvoorbeeld een nieuwe naam van een voorziening of een gewijzigd adres, verwerken we zonder formele procedure en melden we in de eerstvolgende vergadering van de OPR.")]
    B += [("h1", "1 Over IJsselgaarde"),
          ("p", "Het werkgebied van IJsselgaarde omvat vier gemeenten langs de IJssel. De regio is deels landelijk, met veel kleine scholen, en deels stedelijk. Het aantal leerlingen is de afgelopen vijf jaar licht gegroeid door nieuwbouwwijken aan de oostkant van de regio."),
          ("table", [["Kengetal", "1 oktober 2023", "1 oktober 2024", "1 oktober 2025"],
                     ["Leerlingen basisonderwijs", "14.880", "15.020", "15.110"],
                     ["Leerlingen sbo", "318", "325", "331"],
                     ["Leerlingen so", "246", "251", "262"],
                     ["Aantal basisscholen", "53", "52", "52"],
                     ["Aantal besturen", "11", "11", "11"],
                     ["Fte bureau IJsselgaarde", "14,2", "14,8", "15,1"]]),
          ("p", "De scholen verschillen sterk in omvang: de kleinste school telt 41 leerlingen, de grootste 712. Vier besturen zijn eenpitters. De stichting heeft haar kantoor in Zutphen-Noord.")]
    B += [("h1", "2 Koers 2026-2030"),
          ("p", "Onze koers is samengevat in drie woorden: dichtbij, deskundig, duidelijk. Dichtbij betekent dat ondersteuning zoveel mogelijk in de eigen school en de eigen wijk plaatsvindt. Deskundig betekent dat leraren en intern begeleiders toegang hebben tot de expertise die zij nodig hebben, op het moment dat ze die nodig hebben. Duidelijk betekent dat scholen, ouders en partners weten wat ze van ons kunnen verwachten."),
          ("table", [["Koerslijn", "Wat we daarmee bedoelen", "Uitwerking"],
                     ["Dichtbij", "Ondersteuning in de eigen school of wijk", "Hoofdstuk 4 en 6"],
                     ["Deskundig", "Expertise van sbo en so in de gewone school", "Hoofdstuk 4 en 11"],
                     ["Duidelijk", "Heldere procedures en termijnen", "Hoofdstuk 5, 7 en 9"],
                     ["Samen", "Onderwijs en jeugdhulp als één team rond het kind", "Hoofdstuk 10"]]),
          ("p", "Achter de koers ligt een overtuiging die alle besturen delen: een kind hoort erbij. Dat betekent niet dat elk kind op elk moment in de gewone groep de beste plek heeft. Het betekent wel dat we steeds eerst kijken wat er nodig is om een kind in de eigen omgeving goed onderwijs te geven, en pas daarna naar een plek elders. Het betekent ook dat we de scholen voor speciaal basisonderwijs en speciaal onderwijs zien als onderdeel van hetzelfde netwerk, met expertise die ook voor de basisscholen beschikbaar is. De komende jaren willen we die verbinding verder versterken, onder meer door gezamenlijke scholing en door leraren van sbo en so vaker in basisscholen in te zetten."),
          ("p", "De koers is vertaald in resultaten (hoofdstuk 8). Elk jaar stelt het algemeen bestuur een jaarplan vast waarin de activiteiten voor dat jaar staan.")]
    B += [("h2", "2.1 Wat we meenemen uit de vorige periode"),
          ("p", "In de periode 2022-2026 lag de nadruk op het versnellen van de toewijzing en op de samenwerking met de wijkteams. We voerden het digitale loket in, stelden per school een vaste consulent aan en maakten met de vier gemeenten afspraken over onderwijs-zorgarrangementen. Niet alles lukte. De voorgenomen herziening van de verdeling van middelen over de besturen is uitgesteld omdat de besturen eerst meer ervaring wilden opdoen met het schoolmodel. De samenwerking met de kinderopvang kwam maar in twee gemeenten van de grond."),
          ("table", [["Thema", "Wat we deden", "Wat we meenemen"],
                     ["Toewijzing", "Digitaal loket, vaste consulent per school", "Doorlooptijd verder verkorten"],
                     ["Samenwerking gemeenten", "Afspraken onderwijs-zorgarrangementen", "Eén aanvraag voor school en jeugdhulp"],
                     ["Expertise in de school", "Ambulante begeleiding vanuit sbo en so", "Meer inzet in de klas"],
                     ["Verdeling middelen", "Schoolmodel ingevoerd", "Herijking in 2028"]]),
          ("p", "In gesprekken met intern begeleiders hoorden we vaak dat de administratieve last rond arrangementen hoog is. We hebben daarom het aanvraagformulier teruggebracht van negen naar drie pagina's en vragen alleen nog informatie die voor het besluit echt nodig is. Ook hebben we afgesproken dat een arrangement dat goed loopt, bij verlenging niet opnieuw volledig hoeft te worden onderbouwd.")]
    B += [("h1", "3 Basisondersteuning"),
          ("p", "Basisondersteuning is het niveau van ondersteuning dat alle scholen in IJsselgaarde, op elke vestiging, bieden. De besturen hebben dit niveau samen afgesproken; het is voor alle scholen gelijk en geldt als ondergrens. Extra ondersteuning begint waar de basisondersteuning ophoudt. Voor de beschrijving volgen we de vier onderdelen uit het Referentiekader passend onderwijs."),
          ("table", [["Onderdeel", "Omschrijving"],
                     ["Basiskwaliteit", "De school voldoet aan de eisen die de inspectie stelt aan onderwijskwaliteit."],
                     ["Preventieve en licht curatieve interventies", "De school biedt interventies om problemen te voorkomen en lichte problemen op te lossen."],
                     ["Onderwijsondersteuningsstructuur", "De school heeft haar ondersteuning goed georganiseerd en werkt samen met ketenpartners."],
                     ["Planmatig werken", "De school werkt handelingsgericht en cyclisch en betrekt ouders bij de ondersteuning."]]),
          ("p", "Welke concrete voorzieningen en interventies op iedere school aanwezig zijn, staat in de Kaart basisondersteuning IJsselgaarde (bijlage 2). Scholen beschrijven hun eigen invulling in hun schoolondersteuningsprofiel.")]
    B += [("h1", "4 Ondersteuningsaanbod en dekkend netwerk"),
          ("h2", "4.1 Vijf niveaus"),
          ("table", [["Niveau", "Ondersteuning", "Waar", "Toegang"],
                     ["1", "Basisondersteuning in de groep", "Elke school", "Geen aanvraag"],
                     ["2", "Basisondersteuning met inzet IB en collega's", "Elke school", "Geen aanvraag"],
                     ["3", "Extra ondersteuning: arrangement op school (begeleiding, onderwijsassistent, ambulante begeleiding vanuit sbo of so)", "Eigen school", "Aanvraag arrangement via consulent; besluit binnen 3 weken"],
                     ["4", "Bovenschoolse voorziening: Taalschool (nieuwkomers, max. 1 jaar), Plusgroep (hoogbegaafde kinderen, 1 dag per week), Klimopklas (jonge kinderen met gedragsvragen, max. 16 weken)", "Drie locaties", "Commissie Toelaatbaarheid en Arrangementen"],
                     ["5", "Speciaal basisonderwijs en speciaal onderwijs cluster 3 en 4", "2 sbo-scholen, 3 so-scholen", "TLV (hoofdstuk 5)"]]),
          ("h2", "4.2 Witte vlekken en thuiszitters"),
          ("p", "Om te zien waar het aanbod niet dekkend is, gebruiken we vier bronnen. Wat we zien en wat we doen, staat in de tabel."),
          ("table", [["Bron", "Wat we meten", "Wanneer", "Actie bij signaal"],
                     ["Thuiszittersregistratie (met leerplicht)", "Kinderen zonder of met beperkt onderwijs, duur", "Maandelijks", "Casusregisseur binnen 10 werkdagen; plan binnen 6 weken"],
                     ["Wachtlijsten sbo, so en voorzieningen", "Aantal wachtenden en wachttijd", "Elk kwartaal", "Bij wachttijd > 8 weken: overbruggingsarrangement"],
                     ["Afwijzingen bij aanmelding (zorgplicht)", "Kinderen die een school niet kon plaatsen", "Halfjaarlijks", "Bespreking in directeurenoverleg"],
                     ["Jaarlijkse netwerkanalyse", "Ontbrekende voorzieningen", "Mei", "Voorstel aan algemeen bestuur voor 1 juli"]]),
          ("p", "Uit de netwerkanalyse van 2025 bleek dat er voor jonge kinderen met complexe gedragsvragen onvoldoende plek was. Daarom is de Klimopklas uitgebreid met een tweede groep vanaf januari 2026. Voor kinderen die langdurig ziek zijn, maken we afspraken met de consulenten onderwijs aan zieke leerlingen.")]
    B += [("h2", "4.3 Doorgaande lijn"),
          ("p", "Een ononderbroken ontwikkeling vraagt om goede overgangen. Bij de overgang van voorschool naar basisschool werken we met de warme overdracht die de gemeenten met de kinderopvang hebben afgesproken. Bij de overstap naar het voortgezet onderwijs gelden de afspraken van de POVO-kalender die we jaarlijks met het samenwerkingsverband VO IJssel-Berkel vaststellen. Voor kinderen uit het sbo en so is er een extra overdrachtsgesprek in februari van groep 8, waarbij de ontvangende vo-school aanschuift."),
          ("p", "Ook wisselingen tussen scholen binnen de regio, bijvoorbeeld na een verhuizing, vragen aandacht. De school van herkomst draagt het groeidocument over; lopende arrangementen lopen door tot het einde van het schooljaar, ook als het kind naar een school van een ander bestuur gaat."),
          ("h2", "4.4 Hoogbegaafdheid"),
          ("p", "Met de landelijke subsidie voor hoogbegaafdheid hebben we de Plusgroep uitgebreid naar drie locaties. In de komende periode onderzoeken de besturen samen of een voltijdse voorziening voor hoogbegaafde kinderen haalbaar is in het noordelijk deel van de regio. Daarnaast volgen intern begeleiders een scholing signaleren van hoogbegaafdheid, zodat onderpresteren eerder wordt opgemerkt.")]
    B += [("h1", "5 Toelaatbaarheid sbo en so"),
          ("h2", "5.1 Stappen"),
          ("table", [["Stap", "Wie", "Wat", "Termijn"],
                     ["1", "School en ouders", "Ondersteuningsteam bespreekt het kind; consulent IJsselgaarde sluit aan; groeidocument wordt ingevuld", "-"],
                     ["2", "Schoolbestuur", "Dient aanvraag TLV in via het digitale loket, met groeidocument, OPP, onderwijskundig rapport en zienswijze van ouders", "-"],
                     ["3", "Loket", "Controleert volledigheid", "Binnen 5 werkdagen"],
                     ["4", "Twee deskundigen", "Orthopedagoog of psycholoog + tweede deskundige (afhankelijk van kind: kinderpsychiater, maatschappelijk werker, arts); ieder een eigen schriftelijk advies; niet betrokken bij de aanvraag", "Binnen 3 weken"],
                     ["5", "Commissie Toelaatbaarheid", "Besluit namens bestuur; bij so ook bekostigingscategorie", "Binnen 6 weken na complete aanvraag"],
                     ["6", "Loket", "Besluit en beide adviezen naar school en ouders; melding DUO", "Binnen 5 werkdagen na besluit"]]),
          ("h2", "5.2 Criteria"),
          ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                     ["Sbo", "de ondersteuning op niveau 3 ten minste een half jaar is ingezet en geëvalueerd; de leerling een achterstand heeft van ten minste anderhalf jaar op twee of meer vakgebieden, of gedrag en werkhouding deelname aan de reguliere groep ernstig belemmeren; en een kleine groep met specifieke aanpak nodig is"],
                     ["So cluster 3", "sprake is van een verstandelijke beperking (IQ onder 55, of onder 70 met bijkomende problematiek), een lichamelijke beperking of langdurige ziekte die intensieve zorg of aanpassing in onderwijstijd vraagt die sbo en basisonderwijs niet kunnen bieden"],
                     ["So cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek, vastgesteld door een gedragswetenschapper, waarbij de ondersteuning op niveau 3 en 4 onvoldoende effect had"]]),
          ("h2", "5.3 Duur, categorie en bezwaar"),
          ("table", [["Onderwerp", "Afspraak"],
                     ["Duur sbo", "Tot einde basisschoolperiode, tenzij de commissie een kortere duur vaststelt"],
                     ["Duur so", "2 schooljaren; jonge kinderen (tot 6 jaar) 1 schooljaar; steeds tot en met 31 juli"],
                     ["Bekostigingscategorie so", "Laag (cluster 4, zml), midden (lg, lz), hoog (mg); vastgesteld in het besluit"],
                     ["Bezwaar", "Binnen 6 weken na besluit bij IJsselgaarde; IJsselgaarde is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)"]])]
    B += [("h1", "6 Terugplaatsing"),
          ("p", "IJsselgaarde vindt dat kinderen niet langer in het speciaal (basis)onderwijs moeten blijven dan nodig is. Terugplaatsing naar een basisschool dicht bij huis is het doel wanneer het kind zich zo heeft ontwikkeld dat de basisschool met een arrangement kan bieden wat het nodig heeft. De school die het kind ontvangt, krijgt daarvoor altijd een terugplaatsingsarrangement."),
          ("table", [["Stap", "Wie", "Wat", "Wanneer"],
                     ["1", "Sbo- of so-school", "Bespreekt bij de evaluatie van het OPP met ouders of terugplaatsing mogelijk is", "Elk jaar, uiterlijk 1 maart; in het laatste TLV-jaar verplicht"],
                     ["2", "Sbo- of so-school", "Meldt kansrijke leerlingen bij de consulent van IJsselgaarde", "Voor 1 april"],
                     ["3", "Consulent, ouders, beide scholen", "Zoeken een passende basisschool; ontvangende school gaat op bezoek en maakt een overgangsplan", "April - juni"],
                     ["4", "IJsselgaarde", "Kent terugplaatsingsarrangement toe (max. € 6.000 en 1 schooljaar): begeleiding, ambulante ondersteuning vanuit de sbo/so-school", "Bij inschrijving"],
                     ["5", "Ontvangende school en consulent", "Evalueren na 3 en 9 maanden", "Oktober en april"],
                     ["6", "Sbo- of so-school", "Als terugplaatsing nog niet mogelijk is: aanvraag nieuwe TLV voor afloop", "Voor 1 mei van het laatste TLV-jaar"]]),
          ("table", [["Terugplaatsingen naar het basisonderwijs", "2022-2023", "2023-2024", "2024-2025"],
                     ["Vanuit sbo", "14", "17", "19"],
                     ["Vanuit so", "3", "2", "5"]])]
    B += [("h1", "7 Financiën"),
          ("h2", "7.1 Verdeling"),
          ("p", "IJsselgaarde hanteert een schoolmodel. De verdeling is in de tabel samengevat."),
          ("table", [["Budget", "Verdeelsleutel", "Wie beslist over inzet"],
                     ["Schoolbudget lichte ondersteuning", "€ 165 per leerling (teldatum 1 oktober t-1) naar het bestuur", "Bestuur"],
                     ["Arrangementen niveau 3", "Op aanvraag per leerling, normbedrag € 4.500 per arrangement per jaar", "Consulent IJsselgaarde"],
                     ["Bovenschoolse voorzieningen niveau 4", "Vaste voet per voorziening + € 9.800 per geplaatste leerling", "Algemeen bestuur"],
                     ["Terugplaatsingsarrangement", "Max. € 6.000 per leerling", "Consulent IJsselgaarde"],
                     ["Sbo boven 2%", "Afdracht volgens wettelijke regeling, peildatum 1 februari", "Wettelijk"]]),
          ("p", "Besturen verantwoorden de besteding van het schoolbudget in hun jaarverslag en met een korte rapportage aan IJsselgaarde voor 1 juni."),
          ("h2", "7.2 Meerjarenbegroting"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("p", "De bedragen worden ingevuld zodra de meerjarenbegroting 2026-2029 in december 2026 door het algemeen bestuur is vastgesteld (bijlage 3). De reserves van IJsselgaarde liggen sinds 2024 onder de signaleringswaarde van de inspectie; het bestuur houdt een weerstandsvermogen aan van ten minste 8 procent van de baten.")]
    B += [("h1", "8 Resultaten en monitoring"),
          ("table", [["Indicator", "Nulmeting 2025", "Streefwaarde 2029"],
                     ["Scholen die voldoen aan de basisondersteuning (audit)", "44 van 52", "52 van 52"],
                     ["Deelnamepercentage sbo", "2,15%", "maximaal 2,0%"],
                     ["Deelnamepercentage so", "1,70%", "maximaal 1,7%"],
                     ["Terugplaatsingen per jaar", "24", "ten minste 30"],
                     ["Thuiszitters > 3 maanden (peildatum 1 oktober)", "9", "0"],
                     ["Gemiddelde doorlooptijd TLV (complete aanvraag tot besluit)", "5,1 weken", "maximaal 4 weken"],
                     ["Arrangementen geëvalueerd als 'doel behaald'", "68%", "80%"],
                     ["Tevredenheid ib'ers over IJsselgaarde (1-10)", "7,2", "7,8"]]),
          ("table", [["Monitoring", "Wat", "Wie", "Wanneer"],
                     ["Halfjaarmonitor", "Stand van alle indicatoren, uit loketregistratie, DUO-data en thuiszittersregistratie", "Beleidsmedewerker kwaliteit", "Februari en september"],
                     ["Evaluatie arrangementen", "Doelbereik per arrangement, door school en consulent", "Consulenten", "Bij afloop van elk arrangement"],
                     ["Tevredenheidspeiling", "Ib'ers, directeuren, ouders van kinderen met een arrangement", "Extern bureau", "Tweejaarlijks, voorjaar"],
                     ["Jaarverslag", "Beoogde en bereikte resultaten, met besteding per budget", "Directeur", "Voor 1 juli"],
                     ["Bespreking", "Monitor en jaarverslag met OPR en algemeen bestuur; bijsturing in jaarplan", "Directeur en bestuur", "Juni en oktober"]])]
    B += [("h1", "9 Ouders"),
          ("p", "Ouders zijn de eerste partner van de school. Zij kennen hun kind het best. In de ondersteuningsplanraad zijn ouders met de helft van de zetels vertegenwoordigd, en ouders worden betrokken bij het opstellen en evalueren van het OPP."),
          ("table", [["Waar kunnen ouders terecht?", "Voor wat", "Hoe"],
                     ["Ouder- en Jeugdsteunpunt IJsselgaarde (onafhankelijk, samen met SWV VO IJssel-Berkel)", "Vragen, advies, meedenken en bemiddeling bij verschil van mening met school of samenwerkingsverband", "Telefonisch spreekuur ma-do, e-mail, afspraak op locatie"],
                     ["Onderwijsconsulenten (landelijk)", "Onafhankelijk advies bij thuiszitten, toelating en verwijdering", "Aanmelden via onderwijsconsulenten.nl"],
                     ["Geschillencommissie passend onderwijs", "Geschillen over toelating, verwijdering en het OPP", "Via Onderwijsgeschillen"],
                     ["Klachtenregeling IJsselgaarde", "Klachten over het samenwerkingsverband", "Landelijke Klachtencommissie Onderwijs"]]),
          ("p", "De informatievoorziening aan ouders over het ondersteuningsaanbod wordt vernieuwd; een nieuwe opzet verschijnt na vaststelling van dit plan.")]
    B += [("h1", "10 Gemeenten (OOGO)"),
          ("table", [["Thema", "Afspraak met de vier gemeenten"],
                     ["Jeugdhulp en school", "Elke school heeft een vaste contactpersoon van het wijkteam, die aansluit bij het ondersteuningsteam"],
                     ["Onderwijs-zorgarrangementen", "Gezamenlijke financiering, 50/50, via één aanvraag"],
                     ["Thuiszitters", "Gezamenlijke registratie en casusregie met leerplicht"],
                     ["Leerlingenvervoer", "Afstemming bij plaatsing in sbo/so of voorziening"],
                     ["Huisvesting", "Ruimte voor de Klimopklas in het integraal huisvestingsplan"]]),
          ("p", "Het OOGO over dit plan is op 26 februari 2026 afgerond. De gemeenten hebben geen zienswijze ingediend die tot aanpassing leidde.")]
    B += [("h1", "11 Organisatie, OPR en personeel"),
          ("table", [["Orgaan", "Samenstelling", "Taak"],
                     ["Algemeen bestuur", "Elf bestuurders van de aangesloten besturen", "Vaststellen plan, begroting, jaarrekening"],
                     ["Toezichthoudend bestuur (intern toezicht)", "Drie onafhankelijke leden", "Toezicht op het algemeen bestuur en de directeur"],
                     ["Directeur", "Hidde Lammers", "Dagelijkse leiding bureau, uitvoering plan"],
                     ["OPR", "Tien leden: vijf ouders, vijf personeelsleden", "Instemming ondersteuningsplan"],
                     ["MR bureau", "Drie medewerkers", "Medezeggenschap personeel bureau"]]),
          ("p", "Het bureau heeft 15,1 fte: directeur, beleidsmedewerker kwaliteit, controller, secretariaat, zeven consulenten en drie orthopedagogen. Voor de professionalisering van consulenten en orthopedagogen is jaarlijks 2 procent van de loonsom beschikbaar. Privacy: IJsselgaarde werkt volgens een privacyreglement, bewaart dossiers tot drie jaar na het besluit en heeft een functionaris gegevensbescherming.")]
    B += [("h2", "11.1 Personeel en expertise"),
          ("p", "De consulenten van IJsselgaarde zijn ervaren leraren en intern begeleiders met een masteropleiding special educational needs of een vergelijkbare opleiding. Zij werken elk voor een vaste groep van zeven tot negen scholen, zodat zij de scholen, de teams en de wijk kennen. De orthopedagogen werken regiobreed en zijn onder meer beschikbaar als deskundige bij de toelaatbaarheid. Wij vinden het belangrijk dat de orthopedagogen ook in de scholen zichtbaar zijn, bijvoorbeeld bij de observatie in de klas."),
          ("p", "Het lerarentekort raakt ook het sbo en so. In overleg met de besturen zetten we in op het samen opleiden van onderwijsassistenten en op detacheringen vanuit het so in het basisonderwijs, zodat expertise niet verloren gaat. Het bureau zelf werkt in een hybride vorm: consulenten zijn het grootste deel van de week op scholen, overleg vindt plaats op het kantoor in Zutphen-Noord op dinsdag."),
          ("h2", "11.2 ICT en informatiebeveiliging"),
          ("p", "Het digitale loket is in 2024 vernieuwd. Scholen dienen aanvragen in via een beveiligde omgeving met tweefactorauthenticatie; documenten worden niet meer per e-mail verstuurd. In 2027 evalueren we het systeem met de gebruikers. De verwerkersovereenkomsten met de leverancier zijn in 2025 herzien.")]
    B += [("h1", "12 Jaarplanning"),
          ("table", [["Maand", "Activiteit"],
                     ["September", "Halfjaarmonitor; start audits basisondersteuning"],
                     ["Oktober", "Teldatum; evaluatie OOGO-afspraken met wethouders"],
                     ["December", "Vaststelling begroting en meerjarenbegroting"],
                     ["Februari", "Halfjaarmonitor; peildatum 1 februari"],
                     ["Maart", "Terugplaatsingsgesprekken in sbo en so afgerond"],
                     ["Mei", "Netwerkanalyse dekkend aanbod"],
                     ["Juni", "Jaarverslag en jaarrekening; bespreking met OPR"]])]
    B += [("h1", "Bijlage 1 Afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OOGO", "Op overeenstemming gericht overleg"],
                     ["OPP", "Ontwikkelingsperspectiefplan"],
                     ["OPR", "Ondersteuningsplanraad"],
                     ["SOP", "Schoolondersteuningsprofiel"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Verevening", "Verrekening van de zware ondersteuningsmiddelen op basis van het deelnamepercentage so"]])]
    return B

# =============================================================================================
# Plan C - VO, .docx - SWV VO Dommeldal (VO 30-09); one combined chapter for toelaatbaarheid
# and terugkeer; ouders handled in the chapter "Communicatie en ontmoeting"
# =============================================================================================

def plan_c():
    B = []
    B += [("title", "Elke leerling een plek"),
          ("subtitle", "Ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet Onderwijs Dommeldal (VO 30-09)"),
          ("p", "Negen besturen - 23 vestigingen voor vmbo, havo, vwo en praktijkonderwijs - twee vso-scholen - één OPDC"),
          ("small", "Concept voor instemming OPR, versie 0.9, 5 februari 2026; definitief na instemming OPR (19 maart 2026) en vaststelling door de algemene ledenvergadering (2 april 2026)"),
          ("break",)]
    B += [("toc", ["Inhoud",
                   "§1 Vooraf",
                   "§2 Dommeldal in vogelvlucht",
                   "§3 Onze koers",
                   "§4 De ondersteuningsbelofte van elke vestiging",
                   "§5 Extra ondersteuning: van school tot vso",
                   "§6 Toewijzing: toelaatbaarheid en terugkeer (vso, lwoo, pro)",
                   "§7 Geld volgt ondersteuning",
                   "§8 Communicatie en ontmoeting",
                   "§9 Samen met gemeenten en zorg",
                   "§10 Bestuur, toezicht en medezeggenschap",
                   "§11 Mensen en expertise",
                   "§12 Werkagenda 2026-2030",
                   "Bijlage A Woordenlijst (met o.a. resultaten, kwaliteitszorg, kengetallen, terugplaatsing)"]),
          ("break",)]
    B += [("h1", "§1 Vooraf"),
          ("p", "Dit is het ondersteuningsplan van het samenwerkingsverband voortgezet onderwijs Dommeldal voor de schooljaren 2026-2027 tot en met 2029-2030. Het plan is de opvolger van het plan 'Samen sterk in ondersteuning' (2022-2026). Het is opgesteld door een schrijfgroep van zes ondersteuningscoördinatoren, twee teamleiders, de coördinator van het OPDC en de directeur van het samenwerkingsverband, en daarna besproken in het directeurenoverleg, in het overleg met de vier gemeenten en met de ondersteuningsplanraad."),
          ("p", "Het plan is bewust compact gehouden. Het beschrijft de afspraken die voor alle scholen gelden en de route die een leerling aflegt als de school handelingsverlegen raakt. Over de uitvoering maken de directeur en de besturen jaarlijks afspraken in de werkagenda. Waar we in dit plan 'school' schrijven, bedoelen we iedere vestiging van een aangesloten bestuur; waar we 'ouders' schrijven, bedoelen we ook verzorgers en voogden."),
          ("p", "Een woord van dank gaat naar de leerlingen van de leerlingenraad van het Dommelcollege en van De Brug (vso), die ons in twee sessies vertelden wat zij van hun school verwachten als het even niet gaat. Hun woorden staan op verschillende plaatsen in dit plan."),
          ("p", "Anouk Verbeek, directeur-bestuurder")]
    B += [("h1", "§2 Dommeldal in vogelvlucht"),
          ("p", "Dommeldal omvat vier gemeenten in het stroomgebied van de Dommel. In het gebied wonen ongeveer 148.000 mensen. Het voortgezet onderwijs wordt verzorgd door negen besturen, van een grote scholengemeenschap met vijf vestigingen tot een zelfstandige school voor praktijkonderwijs. Er zijn twee scholen voor voortgezet speciaal onderwijs: De Brug (cluster 4) en Het Palet (cluster 3). Het samenwerkingsverband heeft één orthopedagogisch-didactisch centrum, het OPDC De Overstap, met twee locaties."),
          ("table", [["Onderdeel", "Aantal leerlingen (1 oktober 2025)"],
                     ["Vmbo (incl. lwoo)", "4.410"],
                     ["Havo/vwo", "5.220"],
                     ["Praktijkonderwijs", "386"],
                     ["Vso (leerlingen uit de regio)", "301"],
                     ["OPDC De Overstap", "58"],
                     ["Totaal", "10.375"]]),
          ("p", "Het aantal leerlingen in het voortgezet onderwijs neemt tot 2030 naar verwachting met zes procent af. De daling is het sterkst in de kleinere kernen. Dat heeft gevolgen voor de spreiding van het onderwijsaanbod en vraagt van de besturen dat zij samen kijken naar de toekomst van kleine vestigingen. Het samenwerkingsverband is geen partij in die discussie, maar volgt de gevolgen voor de ondersteuning op de voet.")]
    B += [("h1", "§3 Onze koers"),
          ("p", "De koers van Dommeldal rust op drie overtuigingen. De eerste is dat iedere jongere recht heeft op onderwijs dat bij hem of haar past, op een school in de eigen regio. De tweede is dat ondersteuning het best werkt als zij dicht bij de leerling en in de gewone les wordt geboden. De derde is dat scholen die samenwerken meer kunnen dan scholen alleen: geen enkele school hoeft alles zelf te kunnen, zolang we samen het hele palet bieden."),
          ("p", "Leerlingen vertelden ons wat voor hen het verschil maakt: 'een mentor die echt tijd voor je heeft', 'dat je niet steeds je verhaal opnieuw hoeft te vertellen' en 'dat je weet bij wie je terechtkunt als het thuis of op school niet lekker loopt'. We hebben die uitspraken als toetssteen gebruikt bij het schrijven van dit plan."),
          ("p", "Onze waarden zijn nabijheid, eenvoud en vertrouwen. Nabijheid: ondersteuning zo dicht mogelijk bij de leerling. Eenvoud: zo weinig mogelijk formulieren en overlegtafels. Vertrouwen: besturen en scholen krijgen ruimte en nemen verantwoordelijkheid.")]
    B += [("h1", "§4 De ondersteuningsbelofte van elke vestiging"),
          ("p", "De negen besturen hebben afgesproken wat iedere leerling, op welke vestiging hij of zij ook zit, minstens mag verwachten. Die afspraak noemen we de ondersteuningsbelofte; in de wet heet zij basisondersteuning. Zij is een ondergrens waar geen vestiging onder zakt, ook niet bij personeelstekort of krimp. Vestigingen die meer bieden, beschrijven dat in hun schoolondersteuningsprofiel en in de schoolgids."),
          ("p", "Op iedere vestiging van Dommeldal is er:"),
          ("ul", ["een mentor per klas met ten minste één uur per week mentortijd en één individueel gesprek per leerling per periode;",
                  "een ondersteuningscoördinator die het interne ondersteuningsteam leidt en aanspreekpunt is voor ouders en samenwerkingsverband;",
                  "een intern ondersteuningsteam dat ten minste eens per zes weken bijeenkomt, met een schoolmaatschappelijk werker of jeugdprofessional;",
                  "een dyslexie- en dyscalculiebeleid met faciliteiten als extra tijd, vergrote opgaven en voorleessoftware;",
                  "begeleiding bij faalangst en een sociale-vaardigheidstraining, ten minste eenmaal per jaar aangeboden;",
                  "huiswerkbegeleiding of een studieruimte onder toezicht na schooltijd;",
                  "een time-outvoorziening of vaste opvangplek met een volwassene binnen de school;",
                  "een protocol voor medicijnverstrekking en medisch handelen, en een verzuimprotocol met vroegsignalering;",
                  "een ontwikkelingsperspectief voor elke leerling die extra ondersteuning ontvangt, met hoorrecht voor de leerling;",
                  "een warme overdracht bij instroom uit het primair onderwijs en bij overstap naar een andere school of het mbo."]),
          ("p", "Elke twee jaar bezoekt een visitatieteam van twee ondersteuningscoördinatoren van andere besturen iedere vestiging. Het team toetst aan de ondersteuningsbelofte en schrijft een kort verslag voor het bestuur. Als een vestiging op een onderdeel tekortschiet, legt het bestuur binnen een half jaar vast hoe het dat herstelt; het samenwerkingsverband kan daarbij een consulent inzetten.")]
    B += [("h1", "§5 Extra ondersteuning: van school tot vso"),
          ("p", "Niet iedere leerling redt het met de ondersteuningsbelofte. Voor hen heeft Dommeldal een samenhangend aanbod, van lichte extra hulp op de eigen school tot een plek in het vso. We onderscheiden vier treden."),
          ("table", [["Trede", "Aanbod", "Voorbeelden", "Toegang"],
                     ["1 Extra op school", "Arrangementen die de school uit het eigen budget inzet", "Coaching, trainingen executieve functies, rebound-uren, begeleiding door een gedragsspecialist", "Intern ondersteuningsteam"],
                     ["2 Tussenvoorziening op school", "Bovenschools gefinancierde plusvoorzieningen op vier vestigingen", "Kleine klas vmbo-basis, autismeklas havo/vwo, Flexklas voor leerlingen met psychische klachten", "Aanvraag bij het samenwerkingsverband"],
                     ["3 OPDC De Overstap", "Tijdelijke plaatsing tot maximaal één jaar, daarna terug naar een vo-school", "Onderwijs in kleine groepen, gedragsbegeleiding, trajectbegeleiding", "Commissie Toewijzing"],
                     ["4 Vso", "De Brug (cluster 4), Het Palet (cluster 3); vso elders bij specifieke behoeften", "Onderwijs met intensieve ondersteuning, uitstroomprofielen vervolgonderwijs, arbeid, dagbesteding", "Toelaatbaarheidsverklaring (§6)"]]),
          ("p", "Daarnaast kent Dommeldal een aanbod voor specifieke groepen: een internationale schakelklas voor nieuwkomers, een maatwerktraject hoogbegaafdheid op twee havo/vwo-vestigingen en een onderwijs-zorgarrangement op De Brug voor leerlingen die naast onderwijs zorg in onderwijstijd nodig hebben. Het praktijkonderwijs en de leerwegondersteuning in het vmbo zijn een vast onderdeel van het aanbod; de toelating daartoe staat in §6."),
          ("p", "Thuiszitters blijven aandacht vragen: elke jongere die thuiszit, is er een te veel. Hoe we als samenwerkingsverband systematisch in beeld brengen waar het aanbod tekortschiet en wat we daaraan doen, werken we in het schooljaar 2026-2027 uit samen met de leerplichtafdelingen van de vier gemeenten.")]
    B += [("h1", "§6 Toewijzing: toelaatbaarheid en terugkeer (vso, lwoo, pro)"),
          ("p", "In dit hoofdstuk beschrijven we hoe een leerling toegang krijgt tot het vso, het praktijkonderwijs en de leerwegondersteuning, en hoe de weg terug naar het regulier voortgezet onderwijs loopt. We behandelen heen en terug bewust in één hoofdstuk: een plaatsing in het vso is geen eindstation."),
          ("h2", "§6.1 De Commissie Toewijzing"),
          ("p", "Alle besluiten over toelaatbaarheid en over plaatsing op het OPDC worden genomen door de Commissie Toewijzing, die namens het bestuur van het samenwerkingsverband besluit. De commissie bestaat uit een voorzitter (de coördinator toewijzing), twee orthopedagogen en een psycholoog in dienst van of ingehuurd door het samenwerkingsverband. De commissie vergadert wekelijks, ook in de laatste twee weken van de zomervakantie."),
          ("h2", "§6.2 Toelaatbaarheid tot het vso"),
          ("p", "De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, meestal via de ondersteuningscoördinator. Het dossier bevat het ontwikkelingsperspectief met de evaluatie van de geboden ondersteuning, het verslag van het laatste multidisciplinair overleg, de zienswijze van ouders en leerling en relevante onderzoeksgegevens. Binnen tien werkdagen laat de commissie weten of het dossier compleet is."),
          ("p", "Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de vraag, een tweede deskundige, zoals een kinder- en jeugdpsychiater, een arts of een maatschappelijk werker. Deskundigen die de aanvraag hebben voorbereid, adviseren niet. De commissie besluit binnen zes weken na ontvangst van het complete dossier. Ouders en school ontvangen het besluit met een kopie van beide adviezen."),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer de ondersteuning op trede 1 en 2 (en waar passend trede 3) aantoonbaar en gedurende ten minste een half jaar is ingezet zonder voldoende resultaat, wanneer de leerling langdurig een intensieve combinatie van onderwijs en ondersteuning nodig heeft die het regulier onderwijs ook met extra middelen niet kan bieden, en wanneer de ondersteuningsbehoefte samenhangt met een verstandelijke of lichamelijke beperking, een langdurige ziekte, of ernstige psychiatrische of gedragsproblematiek. Bij een acute crisis, bijvoorbeeld na een opname, kan de commissie van de termijn van een half jaar afwijken."),
          ("p", "De TLV geldt in de regel voor twee schooljaren, tot en met 31 juli. Voor leerlingen met een blijvende beperking in het uitstroomprofiel arbeid of dagbesteding kan de commissie een TLV afgeven tot het einde van de schoolloopbaan. De commissie bepaalt de bekostigingscategorie: laag, midden of hoog. Tegen het besluit kunnen ouders en school binnen zes weken bezwaar maken. Dommeldal is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "§6.3 Praktijkonderwijs en leerwegondersteuning"),
          ("p", "Dommeldal hanteert voor praktijkonderwijs en leerwegondersteunend onderwijs de landelijke criteria; we maken geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ van 55 tot en met 80 en een leerachterstand van ten minste drie jaar (50 procent of meer) op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen is. Een leerling komt in aanmerking voor lwoo bij een IQ van 75 tot en met 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of bij een IQ van 91 tot en met 120 met die achterstand en daarnaast sociaal-emotionele problematiek die het leren belemmert."),
          ("p", "De vo-school waar de leerling is aangemeld, vraagt de aanwijzing lwoo of de toelaatbaarheidsverklaring pro aan bij de Commissie Toewijzing, uiterlijk op 1 april van het jaar van de overstap. De basisschool levert de testgegevens aan via het overstapdossier; als gegevens ontbreken, laat het samenwerkingsverband kosteloos een capaciteiten- of didactisch onderzoek doen. De commissie besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro voor de duur van de inschrijving in het praktijkonderwijs."),
          ("h2", "§6.4 OPDC De Overstap"),
          ("p", "Plaatsing op het OPDC gebeurt op verzoek van de school van inschrijving, na een gesprek met leerling en ouders. De leerling blijft ingeschreven op de eigen school. De plaatsing duurt maximaal een jaar; na elke periode van tien weken beoordelen OPDC, school, ouders en leerling of terugkeer mogelijk is."),
          ("h2", "§6.5 Terugkeer naar het regulier voortgezet onderwijs"),
          ("p", "Voor Dommeldal is terugkeer vanuit het vso naar een gewone vo-school de norm zodra dat verantwoord kan. Uitgangspunten: (1) de vso-school bespreekt terugkeer actief, ook als ouders en leerling er zelf niet om vragen; (2) de leerling kan terugkeren naar de eigen vroegere school of naar een andere vestiging die beter past; (3) de ontvangende school krijgt een terugkeerarrangement van het samenwerkingsverband, zodat de leerling niet zonder steun wordt teruggeplaatst; (4) de vso-school blijft het eerste halfjaar als achtervang beschikbaar."),
          ("p", "De procedure verloopt als volgt. Bij iedere jaarlijkse evaluatie van het ontwikkelingsperspectief beoordeelt de vso-school samen met ouders en leerling of terugkeer binnen bereik is. Uiterlijk in januari van het laatste jaar van de TLV neemt de vso-school een besluit over het advies: terugkeer, verlenging of uitstroom. Adviseert de school terugkeer, dan meldt zij de leerling aan bij de trajectbegeleider van het samenwerkingsverband, die binnen vier weken een overstapgesprek organiseert met de ontvangende school. Terugkeer gebeurt bij voorkeur na een proefplaatsing van zes weken, waarin de leerling ingeschreven blijft in het vso. De Commissie Toewijzing kent het terugkeerarrangement toe: begeleiding door een ambulant begeleider van de vso-school gedurende ten minste een half jaar en een budget van € 4.000 voor de ontvangende school. Na drie en na zes maanden evalueren ontvangende school, trajectbegeleider en ouders de terugkeer. Is terugkeer niet verantwoord, dan vraagt de vso-school voor 1 april een nieuwe TLV aan.")]
    B += [("h1", "§7 Geld volgt ondersteuning"),
          ("h2", "§7.1 Uitgangspunten"),
          ("p", "Het geld van het samenwerkingsverband is bedoeld voor ondersteuning van leerlingen en niet voor de organisatie. We streven naar een bureau dat niet meer dan zes procent van de baten kost. Middelen gaan zoveel mogelijk naar de vestigingen, maar de bovenschoolse voorzieningen en het OPDC worden centraal bekostigd, omdat zij voor alle scholen beschikbaar moeten zijn."),
          ("h2", "§7.2 Verdeling"),
          ("p", "Na aftrek van de afdrachten voor vso en de bekostiging van lwoo en pro, die via DUO verlopen, verdeelt Dommeldal de middelen voor lichte ondersteuning als volgt. Ieder bestuur ontvangt een basisbudget van € 148 per leerling (teldatum 1 oktober van het voorgaande jaar) plus € 8.000 vaste voet per vestiging, voor trede 1. Voor de tussenvoorzieningen van trede 2 ontvangt het bestuur dat de voorziening uitvoert € 11.200 per geplaatste leerling per schooljaar, op basis van de bezetting op 1 oktober en 1 februari. Het OPDC wordt bekostigd met een vast budget. De terugkeerarrangementen worden per leerling toegekend."),
          ("p", "Besturen leggen jaarlijks voor 15 juni verantwoording af over de inzet van het basisbudget in een format met aantallen leerlingen, soorten arrangementen en de ingezette formatie."),
          ("h2", "§7.3 Meerjarenbegroting"),
          ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                     ["Baten lichte ondersteuning", "6.980", "6.860", "6.720", "6.600"],
                     ["Baten zware ondersteuning (na afdracht vso)", "3.410", "3.360", "3.300", "3.250"],
                     ["Basisbudget besturen (trede 1)", "2.410", "2.370", "2.320", "2.280"],
                     ["Tussenvoorzieningen (trede 2)", "1.790", "1.790", "1.760", "1.730"],
                     ["OPDC De Overstap", "1.920", "1.920", "1.900", "1.880"],
                     ["Terugkeerarrangementen", "120", "140", "160", "160"],
                     ["Onderwijs-zorgarrangementen (aandeel SWV)", "310", "310", "310", "310"],
                     ["Aanvullende bekostiging vso", "2.950", "2.870", "2.800", "2.740"],
                     ["Bureau en Commissie Toewijzing", "610", "620", "630", "640"],
                     ["Saldo", "380", "200", "140", "110"]]),
          ("p", "Het weerstandsvermogen bedraagt eind 2025 13 procent van de baten en blijft in de planperiode binnen de bandbreedte van 5 tot 15 procent die het bestuur hanteert.")]
    B += [("h1", "§8 Communicatie en ontmoeting"),
          ("p", "Goede communicatie is geen bijzaak. In dit hoofdstuk beschrijven we hoe we scholen, ouders en leerlingen informeren en waar ouders en leerlingen terechtkunnen als zij er met school niet uitkomen."),
          ("h2", "§8.1 Voor scholen"),
          ("p", "Ondersteuningscoördinatoren komen zes keer per jaar bijeen in het netwerk ondersteuning. Het bureau verstuurt een maandelijkse nieuwsbrief. Alle formulieren en handleidingen staan in het scholenportaal."),
          ("h2", "§8.2 Voor ouders en leerlingen"),
          ("p", "Op de ouderpagina van onze website staat in begrijpelijke taal wat iedere vestiging biedt, welke extra ondersteuning er is, hoe de route naar OPDC, vso, lwoo en pro verloopt en wie de ondersteuningscoördinator van iedere vestiging is. De folder 'Extra hulp op de middelbare school?' ligt op alle basisscholen en wordt uitgedeeld op de open dagen; hij is er in het Nederlands, Engels, Arabisch en Pools. Elk najaar organiseren we twee informatieavonden voor ouders van leerlingen in groep 7 en 8 die extra ondersteuning krijgen. Iedere vestiging neemt haar schoolondersteuningsprofiel op in de schoolgids."),
          ("h2", "§8.3 Onafhankelijke hulp"),
          ("p", "Ouders en jongeren die vragen hebben of het niet eens zijn met de school of met het samenwerkingsverband, kunnen terecht bij het Steunpunt Ouders & Jongeren Dommeldal. Het steunpunt is onafhankelijk: het wordt gefinancierd door het samenwerkingsverband maar ondergebracht bij een stichting voor cliëntondersteuning, en de medewerkers werken alleen in het belang van de jongere. Het steunpunt is bereikbaar via telefoon, WhatsApp en een inloopspreekuur op woensdagmiddag, en kan meegaan naar gesprekken op school. Twee keer per jaar bundelt het steunpunt de signalen die het ontvangt en bespreekt die met het bestuur. Daarnaast kunnen ouders een beroep doen op de landelijke Onderwijsconsulenten, en geschillen over toelating, verwijdering of het ontwikkelingsperspectief voorleggen aan de Geschillencommissie passend onderwijs. Voor klachten over het samenwerkingsverband zelf geldt onze klachtenregeling."),
          ("h2", "§8.4 Meedoen en meepraten"),
          ("p", "Ouders en leerlingen praten mee in de ondersteuningsplanraad. Leerlingen hebben hoorrecht bij het opstellen en bijstellen van hun ontwikkelingsperspectief: de school vraagt hun mening en legt die vast.")]
    B += [("h1", "§9 Samen met gemeenten en zorg"),
          ("p", "Dommeldal voert met de vier gemeenten op overeenstemming gericht overleg over dit plan en over de jeugdplannen van de gemeenten. Het OOGO over dit plan vond plaats op 22 januari 2026. Gezamenlijke thema's zijn de inzet van jeugdprofessionals op de vestigingen, onderwijs-zorgarrangementen, leerlingenvervoer naar vso en OPDC, en de aansluiting op het mbo en de arbeidsmarkt voor leerlingen uit pro en vso."),
          ("p", "Iedere vestiging heeft een vaste jeugdprofessional die een dag per week op school is. Kosten worden gedeeld: de gemeente betaalt de jeugdprofessional, de school zorgt voor een werkplek en tijd voor overleg. Voor de onderwijs-zorgarrangementen is één aanvraagformulier ontwikkeld dat door school en gemeente samen wordt beoordeeld."),
          ("p", "Voor jongeren uit pro en vso die de overstap maken naar werk, werken we samen met het regionale werkbedrijf en met de jobcoaches van de gemeenten. Met het mbo-college in de regio is afgesproken dat elke leerling uit het vso die naar het mbo gaat, een warme overdracht krijgt.")]
    B += [("h1", "§10 Bestuur, toezicht en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een vereniging. De negen aangesloten besturen vormen de algemene ledenvergadering, die het ondersteuningsplan, de begroting en de jaarrekening vaststelt. De dagelijkse leiding ligt bij de directeur-bestuurder. Toezicht wordt gehouden door een raad van toezicht van drie onafhankelijke leden. De statuten regelen de geschillenregeling tussen leden en vereniging."),
          ("p", "De ondersteuningsplanraad telt twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De directeur-bestuurder overlegt vijf keer per jaar met de OPR. Daarnaast heeft het bureau een eigen personeelsvertegenwoordiging."),
          ("p", "De rolverdeling tussen besturen en samenwerkingsverband is vastgelegd in een convenant. Besturen zijn verantwoordelijk voor het onderwijs en de ondersteuning op hun vestigingen; het samenwerkingsverband is verantwoordelijk voor toewijzing, bovenschoolse voorzieningen en het geheel.")]
    B += [("h1", "§11 Mensen en expertise"),
          ("p", "Het bureau van Dommeldal bestaat uit 11,4 fte: de directeur-bestuurder, de coördinator toewijzing, twee orthopedagogen, een psycholoog, drie trajectbegeleiders, een controller (gedeeld met een ander samenwerkingsverband) en secretariële ondersteuning. Het OPDC heeft een eigen team van leraren en gedragsbegeleiders, in dienst van het bestuur dat het OPDC uitvoert."),
          ("p", "Het netwerk ondersteuning is de plek waar expertise wordt gedeeld. Elk jaar kiest het netwerk een thema; in 2026-2027 is dat 'jongeren met psychische klachten in de klas'. Daarnaast biedt het samenwerkingsverband een korte leergang voor nieuwe mentoren aan, in samenwerking met de lerarenopleiding. Leraren van De Brug en Het Palet geven een deel van de trainingen, zodat de kennis van het vso in het regulier onderwijs terechtkomt."),
          ("p", "Ook privacy vraagt aandacht van iedereen die met dossiers werkt. Het samenwerkingsverband verwerkt alleen de gegevens die nodig zijn voor een besluit en bewaart dossiers tot drie jaar na het besluit. Medewerkers volgen jaarlijks een korte training over gegevensbescherming.")]
    B += [("h1", "§12 Werkagenda 2026-2030"),
          ("table", [["Schooljaar", "Wat gaan we doen"],
                     ["2026-2027", "Visitaties ondersteuningsbelofte ronde 1; aanpak thuiszitters en dekkend aanbod uitwerken met leerplicht; nieuw scholenportaal"],
                     ["2027-2028", "Uitbreiding Flexklas naar havo/vwo-vestiging in het noorden; herijking basisbudget"],
                     ["2028-2029", "Visitaties ronde 2; onderzoek tweede OPDC-locatie"],
                     ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])]
    B += [("h1", "Bijlage A Woordenlijst"),
          ("table", [["Woord", "Uitleg"],
                     ["Kengetallen", "Cijfers over leerlingen, toewijzingen en deelname die het samenwerkingsverband bijhoudt."],
                     ["Kwaliteitszorg", "De manier waarop het samenwerkingsverband de kwaliteit van zijn werk bewaakt en verbetert."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Resultaten", "Wat het samenwerkingsverband met de ondersteuning wil bereiken en bereikt."],
                     ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier voortgezet onderwijs."],
                     ["Zorgplicht", "De plicht van een schoolbestuur om voor een aangemelde leerling een passende plek te zoeken."]])]
    return B

# =============================================================================================
# Plan D - VO, .pdf (from .docx) - SWV VO Zuiderpolders (VO 28-04), "kader op hoofdlijnen"
# =============================================================================================

def plan_d():
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("subtitle", "Kader op hoofdlijnen - Stichting Samenwerkingsverband Voortgezet Onderwijs Zuiderpolders, VO 28-04"),
          ("small", "Vastgesteld door het bestuur op 21 april 2026. De ondersteuningsplanraad heeft op 7 april 2026 ingestemd."),
          ("break",)]
    B += [("toc", ["Inhoudsopgave",
                   "Samenvatting en leeswijzer ................................ 2",
                   "1 Inleiding .................................................... 3",
                   "2 Context en ontwikkelingen ............................. 5",
                   "3 Visie en uitgangspunten ................................. 7",
                   "4 Ondersteuning in en om de school ..................... 9",
                   "5 Toewijzing en toelaatbaarheid .......................... 11",
                   "6 Terugplaatsing ............................................ 13",
                   "7 Financieel beleid ......................................... 14",
                   "8 Kwaliteitszorg en verantwoording ...................... 17",
                   "9 Ouders en leerlingen ..................................... 19",
                   "10 Organisatie en governance ............................. 20",
                   "11 Personeel .................................................. 22",
                   "12 Informatiebeheer en privacy ............................ 23",
                   "13 Totstandkoming en planning ............................ 24",
                   "Bijlage 1 Begrippen en afkortingen .......................... 26"]),
          ("break",)]
    B += [("h1", "Samenvatting en leeswijzer"),
          ("p", "Dit ondersteuningsplan legt het kader vast waarbinnen de zeven aangesloten besturen de komende vier jaar passend onderwijs vormgeven. Het is nadrukkelijk een plan op hoofdlijnen. Het samenwerkingsverband beschrijft wat er moet gebeuren; de besturen en scholen bepalen hoe. De uitwerking volgt in jaarplannen, in het toetsingskader toewijzing en in de schoolondersteuningsprofielen."),
          ("p", "Het plan behandelt de wettelijke onderwerpen: basisondersteuning, een dekkend aanbod, toelaatbaarheid tot vso, praktijkonderwijs en leerwegondersteuning, terugplaatsing, de verdeling en besteding van middelen, beoogde en bereikte resultaten en de informatie aan ouders. Hoofdstuk 1 tot en met 3 beschrijven het kader, hoofdstuk 4 tot en met 9 de inhoud en hoofdstuk 10 tot en met 13 de organisatie.")]
    B += [("h1", "1 Inleiding"),
          ("h2", "1.1 Aanleiding"),
          ("p", "Het ondersteuningsplan 2022-2026 loopt op 31 juli 2026 af. De wet verplicht het samenwerkingsverband om ten minste eens in de vier jaar een nieuw plan vast te stellen. Dit plan bouwt voort op het vorige plan, maar kiest een andere vorm. Het vorige plan telde ruim negentig pagina's en werd door scholen als te gedetailleerd ervaren. In de evaluatie gaven directeuren aan dat veel afspraken in de praktijk anders werden uitgevoerd dan beschreven, en dat wijzigingen steeds een zware procedure vergden. Het bestuur heeft daarom besloten tot een compact kader dat jaarlijks via het jaarplan wordt uitgewerkt."),
          ("h2", "1.2 Wettelijke basis"),
          ("p", "Het samenwerkingsverband is ingesteld op grond van artikel 17a van de Wet op het voortgezet onderwijs, inmiddels opgenomen in de Wet voortgezet onderwijs 2020. Het samenwerkingsverband heeft tot taak een samenhangend geheel van ondersteuningsvoorzieningen te realiseren, de ondersteuningsmiddelen te verdelen en toe te wijzen, te beslissen over toelaatbaarheid tot het voortgezet speciaal onderwijs en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Het plan is voorgelegd aan de gemeenten in het op overeenstemming gericht overleg en heeft de instemming van de ondersteuningsplanraad."),
          ("h2", "1.3 Status en looptijd"),
          ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het bestuur kan het plan tussentijds wijzigen met instemming van de ondersteuningsplanraad. Het jaarplan en de begroting zijn geen onderdeel van dit plan, maar worden jaarlijks door het bestuur vastgesteld en aan de OPR ter informatie gezonden.")]
    B += [("h1", "2 Context en ontwikkelingen"),
          ("h2", "2.1 De regio"),
          ("p", "Het samenwerkingsverband Zuiderpolders omvat drie gemeenten met samen ongeveer 118.000 inwoners. In de regio staan twaalf vestigingen voor voortgezet onderwijs, waarvan vier met praktijkonderwijs of een pro-afdeling, zeven met vmbo en lwoo en vijf met havo en vwo. Voor het voortgezet speciaal onderwijs zijn leerlingen aangewezen op drie vso-scholen, waarvan één binnen en twee buiten de regio."),
          ("table", [["Leerlingen op 1 oktober", "2023", "2024", "2025"],
                     ["Totaal voortgezet onderwijs", "7.944", "7.890", "7.812"],
                     ["waarvan praktijkonderwijs", "402", "398", "391"],
                     ["waarvan met lwoo", "1.018", "1.002", "987"],
                     ["Leerlingen in het vso (uit de regio)", "214", "228", "236"]]),
          ("h2", "2.2 Landelijke ontwikkelingen"),
          ("p", "Passend onderwijs staat landelijk opnieuw in de belangstelling. Na de evaluatie van 2020 volgde de verbeteraanpak met vijfentwintig maatregelen, waaronder de afbouw van bovenmatige reserves, de invoering van een ouder- en jeugdsteunpunt en de versterking van de positie van ouders en leerlingen. Daarnaast wordt gewerkt aan een landelijke norm voor basisondersteuning en aan inclusiever onderwijs in 2035. Het samenwerkingsverband volgt deze ontwikkelingen en past het plan aan als de regelgeving daartoe verplicht."),
          ("h2", "2.3 Regionale ontwikkelingen"),
          ("p", "In de regio daalt het aantal leerlingen in het voortgezet onderwijs. Twee besturen werken aan een fusie van hun vestigingen in het oostelijk deel van de regio. Het aantal leerlingen in het vso stijgt licht, terwijl het landelijk beeld een daling laat zien. Het lerarentekort is in de regio minder groot dan in de Randstad, maar wel voelbaar bij de bètavakken en bij gespecialiseerde functies zoals orthopedagogen.")]
    B += [("h2", "2.4 Terugblik op de vorige planperiode"),
          ("p", "In de periode 2022-2026 heeft het samenwerkingsverband vooral aan de eigen organisatie gewerkt. Het Toewijzingsloket is ingericht, waardoor aanvragen voor vso, lwoo en pro via één digitale ingang lopen. De Commissie van Toelaatbaarheid is verkleind van zeven naar vier leden en vergadert sindsdien tweewekelijks. Het bureau is verhuisd naar een kleinere locatie in het centrum van de regio, wat een besparing op de huisvestingskosten opleverde. Verder is het eigen vermogen, na een opmerking van de inspectie over de hoogte ervan, in twee jaar met ruim een half miljoen euro afgebouwd, vooral door een eenmalige extra uitkering aan de besturen."),
          ("p", "Niet alle voornemens zijn uitgevoerd. De geplande herziening van de samenwerking met de gemeenten is door wisselingen in de gemeentelijke organisaties vertraagd, en de evaluatie van het verdeelmodel kwam later op gang dan gepland. Beide onderwerpen lopen door in de nieuwe planperiode. Het bestuur heeft ook geconstateerd dat het vorige plan te veel beloofde op onderwerpen waar het samenwerkingsverband weinig invloed op heeft. Dat is een belangrijke reden voor de compacte vorm van dit plan.")]
    B += [("h1", "3 Visie en uitgangspunten"),
          ("p", "Het samenwerkingsverband wil dat iedere jongere in de regio onderwijs volgt dat past bij zijn of haar mogelijkheden. Geen jongere mag tussen wal en schip vallen. We gaan uit van de kracht van de jongere en van de professionaliteit van de scholen."),
          ("p", "Uitgangspunten zijn:"),
          ("ul", ["de besturen zijn eigenaar van de ondersteuning op hun scholen en dragen daarvoor de verantwoordelijkheid;",
                  "het samenwerkingsverband faciliteert, verdeelt middelen en beslist waar de wet dat voorschrijft;",
                  "regels en procedures zijn zo eenvoudig mogelijk;",
                  "middelen worden doelmatig en rechtmatig besteed;",
                  "het samenwerkingsverband legt verantwoording af aan besturen, OPR, gemeenten en inspectie."]),
          ("p", "Deze uitgangspunten vormen de toets voor alle besluiten van het bestuur in de planperiode."),
          ("h2", "3.1 De rol van het samenwerkingsverband"),
          ("p", "Het samenwerkingsverband is geen schoolbestuur en geeft zelf geen onderwijs. Het is een samenwerkingsorganisatie van schoolbesturen, met wettelijke taken die de besturen niet ieder afzonderlijk kunnen uitvoeren. Die rol vraagt om terughoudendheid: het samenwerkingsverband treedt niet in de verantwoordelijkheid van de besturen voor hun scholen en hun personeel. Tegelijk vraagt zij om duidelijkheid: waar de wet het samenwerkingsverband een taak geeft, neemt het die ook en legt het er verantwoording over af."),
          ("p", "In de gesprekken over dit plan is uitgebreid gesproken over de vraag hoeveel het samenwerkingsverband moet regelen. Sommige directeuren pleitten voor meer gezamenlijke afspraken, andere juist voor meer ruimte. Het bestuur heeft gekozen voor een middenweg: gezamenlijke afspraken waar dat wettelijk nodig is of waar besturen dat samen willen, en voor het overige vertrouwen in de professionaliteit van de scholen. Deze keuze wordt bij de tussentijdse bespreking van het plan in 2028 opnieuw tegen het licht gehouden.")]
    B += [("h1", "4 Ondersteuning in en om de school"),
          ("p", "De ondersteuning van leerlingen is in de eerste plaats een verantwoordelijkheid van de besturen. Zij bepalen, binnen de kaders van de wet en van dit plan, hoe zij die op hun scholen organiseren."),
          ("p", "Een beschrijving van het ondersteuningsaanbod in de regio, van de ondersteuning op de scholen tot de voorzieningen tussen en buiten de scholen, nemen we op in het jaarplan 2026-2027. Daarbij betrekken we de uitkomsten van het gesprek met de besturen over de toekomst van de kleine vestigingen."),
          ("p", "Het samenwerkingsverband stelt de komende periode samen met de besturen vast wat onder de basisondersteuning in Zuiderpolders moet worden verstaan, mede in het licht van de landelijke norm die in voorbereiding is. Tot die tijd is de basisondersteuning in Zuiderpolders niet anders dan de scholen haar nu al bieden.")]
    B += [("h1", "5 Toewijzing en toelaatbaarheid"),
          ("h2", "5.1 Toelaatbaarheid tot het voortgezet speciaal onderwijs"),
          ("p", "Een toelaatbaarheidsverklaring wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld. De aanvraag wordt ingediend bij het Toewijzingsloket van het samenwerkingsverband met het ontwikkelingsperspectief, het verslag van de laatste bespreking in het zorg- en adviesteam, een actueel onderzoeksverslag en de handtekening van ouders voor gezien. Het loket controleert binnen vijf werkdagen of de aanvraag compleet is."),
          ("p", "Iedere aanvraag wordt beoordeeld door twee deskundigen. De eerste deskundige is een orthopedagoog-generalist of GZ-psycholoog van het samenwerkingsverband; de tweede deskundige wordt per aanvraag gekozen op basis van de problematiek (kinder- en jeugdpsychiater, jeugdarts, maatschappelijk werker). Beide deskundigen brengen een eigen schriftelijk advies uit. De Commissie van Toelaatbaarheid neemt binnen zes weken na ontvangst van de complete aanvraag een besluit namens het bestuur en stelt daarbij de bekostigingscategorie vast. Een TLV geldt in de regel voor twee schooljaren."),
          ("p", "De commissie toetst iedere aanvraag aan het Toetsingskader toelaatbaarheid Zuiderpolders. Het toetsingskader wordt jaarlijks door het bestuur vastgesteld en is te vinden op de website van het samenwerkingsverband."),
          ("h2", "5.2 Praktijkonderwijs en leerwegondersteuning"),
          ("p", "Voor praktijkonderwijs en leerwegondersteunend onderwijs vraagt de school van aanmelding een toelaatbaarheidsverklaring pro of een aanwijzing lwoo aan bij het Toewijzingsloket, uiterlijk 1 mei voorafgaand aan het schooljaar. Het samenwerkingsverband besluit binnen vier weken. Aanvragen worden getoetst zoals beschreven in de Handleiding toewijzing lwoo en pro 2026, die als afzonderlijk document door het bestuur wordt vastgesteld. Een aanwijzing lwoo geldt voor de duur van de opleiding."),
          ("h2", "5.3 Doorlooptijden"),
          ("p", "In het schooljaar 2024-2025 werden 148 aanvragen voor een TLV vso behandeld, 402 aanvragen lwoo en 96 aanvragen pro. De gemiddelde doorlooptijd van een complete aanvraag tot besluit bedroeg 4,2 weken voor vso en 2,8 weken voor lwoo en pro.")]
    B += [("h1", "6 Terugplaatsing"),
          ("p", "Het samenwerkingsverband vindt het belangrijk dat leerlingen in het vso die daartoe in staat zijn, terugkeren naar het regulier voortgezet onderwijs. Het uitgangspunt is dat een vso-plaatsing tijdelijk is, tenzij de ondersteuningsbehoefte van de leerling blijvend is. Terugkeer is mogelijk als de leerling de ondersteuning die hij nodig heeft ook op een reguliere school kan krijgen, als de leerling zelf gemotiveerd is en als ouders instemmen. De ontvangende school kan voor de leerling een terugkeerarrangement krijgen van maximaal één schooljaar, bekostigd uit het budget terugplaatsing (hoofdstuk 7), voor begeleiding door een ambulant begeleider of extra formatie."),
          ("p", "Hoe de terugplaatsing concreet verloopt, wie het initiatief neemt en op welke momenten de mogelijkheden worden besproken, leggen de vso-scholen en het samenwerkingsverband vast in een werkafspraak die in het schooljaar 2026-2027 wordt opgesteld.")]
    B += [("h1", "7 Financieel beleid"),
          ("h2", "7.1 Uitgangspunten"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs, en middelen voor zware ondersteuning. De bekostiging van het vso wordt door DUO rechtstreeks ingehouden en overgedragen aan de vso-scholen. Ook de bekostiging van lwoo en pro wordt via DUO rechtstreeks aan de scholen betaald en in mindering gebracht op het budget van het samenwerkingsverband."),
          ("h2", "7.2 Verdeelmodel"),
          ("p", "De resterende middelen worden verdeeld volgens een verdeelmodel dat het bestuur in november 2025 heeft vastgesteld. Iedere school ontvangt een vaste voet van € 25.000 per vestiging en een bedrag van € 112 per leerling op de teldatum 1 oktober van het voorafgaande jaar. Deze middelen zijn bestemd voor de ondersteuning op de school, zoals de inzet van de ondersteuningscoördinator, begeleiding in kleine groepen en trainingen. Daarnaast ontvangen scholen met een pro-afdeling en scholen met lwoo een aanvullend bedrag van € 350 per leerling met een TLV pro of een aanwijzing lwoo, als compensatie voor de hogere ondersteuningskosten. De middelen voor terugplaatsing en voor het adviesteam blijven bij het samenwerkingsverband."),
          ("p", "Besturen verantwoorden de inzet van de middelen jaarlijks in hun bestuursverslag en leveren voor 1 juni een overzicht aan van de besteding per school, volgens een format van het samenwerkingsverband."),
          ("h2", "7.3 Meerjarenbegroting"),
          ("table", [["Bedragen in euro's", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte ondersteuning (na inhouding lwoo/pro)", "1.984.000", "1.951.000", "1.918.000", "1.887.000"],
                     ["Rijksbijdrage zware ondersteuning (na inhouding vso)", "1.206.000", "1.174.000", "1.152.000", "1.131.000"],
                     ["Totaal baten", "3.190.000", "3.125.000", "3.070.000", "3.018.000"],
                     ["Vaste voet scholen (12 x € 25.000)", "300.000", "300.000", "300.000", "300.000"],
                     ["Bedrag per leerling scholen", "874.900", "866.000", "858.000", "850.000"],
                     ["Aanvulling lwoo/pro-scholen", "481.900", "475.000", "468.000", "462.000"],
                     ["Aanvullende bekostiging vso boven peildatum", "812.000", "826.000", "834.000", "840.000"],
                     ["Budget terugplaatsing", "90.000", "90.000", "90.000", "90.000"],
                     ["Adviesteam en Commissie van Toelaatbaarheid", "318.000", "324.000", "330.000", "336.000"],
                     ["Bureau en bestuur", "372.000", "379.000", "386.000", "393.000"],
                     ["Totaal lasten", "3.248.800", "3.260.000", "3.266.000", "3.271.000"],
                     ["Resultaat", "-58.800", "-135.000", "-196.000", "-253.000"]]),
          ("h2", "7.4 Reserves en risico's"),
          ("p", "Het eigen vermogen bedroeg eind 2025 € 1.410.000. Het bestuur heeft in het kader van de verbeteraanpak besloten het vermogen in de planperiode terug te brengen tot het niveau van de signaleringswaarde. De geraamde negatieve resultaten in de meerjarenbegroting zijn daarvan het gevolg. Het grootste financiële risico is een verdere stijging van het aantal leerlingen in het vso, omdat iedere extra vso-leerling na de peildatum ten laste komt van het budget van het samenwerkingsverband.")]
    B += [("h1", "8 Kwaliteitszorg en verantwoording"),
          ("p", "Het samenwerkingsverband werkt met een kwaliteitscyclus volgens het principe plan-do-check-act. De beoogde resultaten voor de planperiode worden per schooljaar vastgelegd in het jaarplan; het eerste jaarplan onder dit ondersteuningsplan verschijnt in september 2026."),
          ("p", "Het bureau stelt twee keer per jaar, in maart en oktober, een monitor op. De monitor bevat ten minste het aantal toegekende TLV's per bekostigingscategorie, het deelnamepercentage vso ten opzichte van het landelijk gemiddelde, het aantal aanwijzingen lwoo en TLV's pro, het aantal terugplaatsingen vanuit het vso, de uitstroom uit het praktijkonderwijs naar arbeid en mbo en de doorlooptijden van het Toewijzingsloket. De gegevens komen uit de registratie van het loket, de DUO-leerlingtellingen en de uitstroomgegevens van de scholen. De monitor wordt besproken in het bestuur en in de OPR; het bestuur legt vast welke bijsturing nodig is."),
          ("p", "In het jaarverslag, dat voor 1 juli verschijnt, legt het samenwerkingsverband verantwoording af over de bereikte resultaten en de besteding van de middelen. Eens per vier jaar laat het bestuur een externe evaluatie uitvoeren; de volgende evaluatie vindt plaats in het voorjaar van 2029 en dient als basis voor het volgende plan.")]
    B += [("h1", "9 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen moeten weten wat passend onderwijs voor hen betekent. Op de website van het samenwerkingsverband staat een ouderpagina met uitleg over de ondersteuning die de scholen bieden, over de Commissie van Toelaatbaarheid, over lwoo en praktijkonderwijs en over de contactpersonen op iedere school. Ieder jaar in november verschijnt de brochure 'Naar het voortgezet onderwijs met extra ondersteuning', die via de basisscholen wordt verspreid aan ouders van leerlingen in groep 8. Samen met het samenwerkingsverband primair onderwijs organiseren we ieder najaar twee informatieavonden voor ouders."),
          ("p", "Het samenwerkingsverband onderzoekt samen met het samenwerkingsverband primair onderwijs en de gemeenten hoe het ouder- en jeugdsteunpunt in de regio vorm kan krijgen. Een voorstel wordt in de loop van 2027 aan het bestuur voorgelegd."),
          ("p", "In de ondersteuningsplanraad hebben ouders en leerlingen de helft van de zetels.")]
    B += [("h1", "10 Organisatie en governance"),
          ("h2", "10.1 Rechtsvorm en organen"),
          ("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de zeven aangesloten schoolbesturen. Het bestuur heeft de dagelijkse leiding gemandateerd aan een directeur. Intern toezicht wordt uitgeoefend door een toezichtscommissie van drie onafhankelijke leden, die onder meer de begroting en de jaarrekening goedkeurt en de accountant benoemt. De scheiding van bestuur en toezicht is vastgelegd in de statuten en in het managementstatuut."),
          ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen het samenwerkingsverband en de aangesloten besturen. Geschillen worden in eerste instantie besproken in het bestuur; komen partijen er niet uit, dan wordt het geschil voorgelegd aan de Landelijke Geschillencommissie samenwerkingsverbanden passend onderwijs."),
          ("p", "De planning- en controlcyclus volgt het kalenderjaar. Het bestuur stelt in december de begroting voor het volgende jaar en de meerjarenbegroting vast. De directeur rapporteert drie keer per jaar over de financiële uitputting aan bestuur en toezichtscommissie. De jaarrekening wordt gecontroleerd door een externe accountant en voor 1 juli vastgesteld. De toezichtscommissie bespreekt de managementletter van de accountant met het bestuur."),
          ("h2", "10.2 Medezeggenschap"),
          ("p", "De ondersteuningsplanraad bestaat uit tien leden die worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De directeur overlegt vier keer per jaar met de OPR. Het bureau heeft een eigen personeelsvertegenwoordiging."),
          ("h2", "10.3 Schoolondersteuningsprofielen"),
          ("p", "Iedere school stelt ten minste eens per vier jaar een schoolondersteuningsprofiel vast. De medezeggenschapsraad van de school heeft daarover adviesrecht. Het samenwerkingsverband ontvangt de profielen ter kennisname.")]
    B += [("h1", "11 Personeel"),
          ("p", "Het bureau van het samenwerkingsverband telt 6,8 fte: een directeur, een beleidsmedewerker, een secretaris van de Commissie van Toelaatbaarheid, twee consulenten en een orthopedagoog. De tweede deskundigen worden per aanvraag ingehuurd. De controller wordt ingehuurd bij een administratiekantoor."),
          ("p", "Het samenwerkingsverband volgt de cao voortgezet onderwijs. Medewerkers hebben jaarlijks een ontwikkelgesprek en kunnen gebruikmaken van het scholingsbudget uit de cao. In de planperiode investeren we in de deskundigheid van de consulenten op het gebied van psychische problematiek bij jongeren en van de eigen orthopedagoog op het gebied van onderzoek naar leerachterstanden voor lwoo en pro."),
          ("p", "De besturen zijn verantwoordelijk voor het personeelsbeleid op hun scholen, waaronder de scholing van mentoren en ondersteuningscoördinatoren. Het samenwerkingsverband organiseert vier keer per jaar een netwerkbijeenkomst voor ondersteuningscoördinatoren.")]
    B += [("h1", "12 Informatiebeheer en privacy"),
          ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder bijzondere persoonsgegevens over gezondheid, voor zover dat noodzakelijk is voor de toewijzing van ondersteuning en de beoordeling van toelaatbaarheid. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming. Dossiers worden bewaard tot drie jaar na het besluit, daarna worden ze vernietigd. Aanvragen worden uitsluitend via het beveiligde Toewijzingsloket uitgewisseld."),
          ("p", "In 2026 wordt het Toewijzingsloket gekoppeld aan het overstapdossier dat basisscholen gebruiken, zodat gegevens voor lwoo en pro niet opnieuw hoeven te worden ingevoerd. Het samenwerkingsverband voert in 2027 een gegevensbeschermingseffectbeoordeling uit op het vernieuwde loket.")]
    B += [("p", "Voor de eigen bedrijfsvoering gebruikt het bureau een cloudomgeving die wordt beheerd door het ICT-bedrijf van een van de aangesloten besturen. Afspraken daarover zijn vastgelegd in een dienstverleningsovereenkomst met een verwerkersovereenkomst. Medewerkers werken met een laptop met versleutelde harde schijf en gebruiken tweestapsverificatie. Eens per jaar wordt een back-up hersteltest uitgevoerd.")]
    B += [("h1", "13 Totstandkoming en planning"),
          ("p", "Het plan is voorbereid door de directeur en de beleidsmedewerker, met inbreng van twee werksessies met directeuren en ondersteuningscoördinatoren in oktober 2025. Het concept is op 4 februari 2026 besproken in het op overeenstemming gericht overleg met de drie gemeenten; de gemeenten konden zich in de hoofdlijnen vinden. Op 11 februari 2026 is het concept besproken met het samenwerkingsverband primair onderwijs. De OPR heeft op 7 april 2026 ingestemd en het bestuur heeft het plan op 21 april 2026 vastgesteld. Het plan is op 23 april 2026 aan de inspectie gezonden."),
          ("table", [["Wanneer", "Wat"],
                     ["September 2026", "Eerste jaarplan onder dit ondersteuningsplan"],
                     ["Schooljaar 2026-2027", "Werkafspraak terugplaatsing; afspraken over basisondersteuning"],
                     ["2027", "Voorstel ouder- en jeugdsteunpunt"],
                     ["Voorjaar 2029", "Externe evaluatie"],
                     ["Voor 1 mei 2030", "Nieuw ondersteuningsplan naar de inspectie"]])]
    B += [("h1", "Bijlage 1 Begrippen en afkortingen"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen bieden."],
                     ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor iedere leerling een passende plek beschikbaar is."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Vso", "Voortgezet speciaal onderwijs."]])]
    return B

# =============================================================================================
# Plan E - PO, .html - SWV PO Amstel-Veenweide (PO 27-13), web version of the plan
# =============================================================================================

E_NAV = ["Passend Onderwijs Amstel-Veenweide", "Home", "Over ons", "Ondersteuningsplan",
         "Route naar sbo en so (TLV)", "Terugplaatsing", "Financiën en jaarstukken", "Ouders",
         "Professionals", "Contact"]
E_FOOTER = ("Samenwerkingsverband PO Amstel-Veenweide (PO 27-13) | Stationsweg 14, Uithoorn-Zuid | "
            "Privacy | Cookies | Klachtenregeling | Toelaatbaarheid | Financiën | Toegankelijkheid")
E_CSS = ("body{font-family:Verdana,sans-serif;max-width:60em;margin:auto;color:#222}"
         "header.site{background:#0b5a5a;color:#fff;padding:.5em}header.site ul{list-style:none;display:flex;gap:1em}"
         "header.site a{color:#fff}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em}"
         ".toc{float:right;width:16em;background:#eef;padding:.5em;margin:0 0 1em 1em}.small{font-size:.8em}"
         "footer.site{border-top:2px solid #0b5a5a;font-size:.8em;margin-top:2em}")


def plan_e():
    B = []
    B += [("small", "Home > Over ons > Ondersteuningsplan 2026-2030 | Laatst bijgewerkt: 28 april 2026 | Leestijd: 25 minuten"),
          ("title", "Ondersteuningsplan 2026-2030: Samen voor elk kind"),
          ("subtitle", "Dit is de webversie van het ondersteuningsplan van Samenwerkingsverband Primair Onderwijs Amstel-Veenweide. De onderdelen over toelaatbaarheid, terugplaatsing en financiën hebben een eigen pagina in het menu."),
          ("toc", ["Op deze pagina",
                   "1. Welkom",
                   "2. Wie zijn wij?",
                   "3. Waar staan we voor?",
                   "4. Basisondersteuning",
                   "5. Extra ondersteuning en arrangementen",
                   "6. Een dekkend netwerk: geen kind thuis",
                   "7. Toelaatbaarheid sbo en so",
                   "8. Terug naar de basisschool",
                   "9. Geld",
                   "10. Wat willen we bereiken en hoe volgen we dat?",
                   "11. Ouders",
                   "12. Gemeenten en jeugdhulp",
                   "13. Bestuur en medezeggenschap",
                   "14. Onze mensen",
                   "15. Planning",
                   "16. Begrippen",
                   "Download de pdf-versie (2,1 MB)"])]
    B += [("h1", "1. Welkom"),
          ("p", "Welkom op de pagina van ons ondersteuningsplan. Een ondersteuningsplan is een verplicht document voor ieder samenwerkingsverband. Het beschrijft hoe de scholen in een regio samen zorgen dat ieder kind het onderwijs en de ondersteuning krijgt die het nodig heeft. Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. De ondersteuningsplanraad heeft op 9 april 2026 ingestemd, het bestuur heeft het plan op 23 april 2026 vastgesteld en het plan is op 28 april 2026 naar de inspectie gestuurd."),
          ("p", "We hebben geprobeerd het plan zo te schrijven dat iedereen het kan lezen: leraren en intern begeleiders, bestuurders, gemeenten en ouders. Waar we vaktaal gebruiken, leggen we die uit in de begrippenlijst onderaan deze pagina. Heeft u vragen over het plan, dan kunt u contact opnemen met het bureau via de contactpagina."),
          ("p", "Dit plan is tot stand gekomen in een jaar van gesprekken. We spraken met intern begeleiders in vier IB-netwerken, met directeuren in het directeurenberaad, met de OPR in drie themabijeenkomsten, met ouders in twee avonden in Uithoorn-Zuid en Veenhoven, en met de wethouders en beleidsmedewerkers van de drie gemeenten. We danken iedereen die heeft meegedacht.")]
    B += [("h1", "2. Wie zijn wij?"),
          ("p", "Samenwerkingsverband Primair Onderwijs Amstel-Veenweide is een stichting waarin negen schoolbesturen samenwerken. In onze regio, die bestaat uit drie gemeenten, staan 46 basisscholen, één school voor speciaal basisonderwijs met twee locaties en twee scholen voor speciaal onderwijs. Samen hebben de scholen ruim 12.300 leerlingen."),
          ("table", [["Wie", "Aantal"],
                     ["Schoolbesturen", "9"],
                     ["Basisscholen", "46"],
                     ["Sbo-locaties", "2"],
                     ["So-scholen (cluster 3 en 4)", "2"],
                     ["Leerlingen (1 oktober 2025)", "12.318"],
                     ["Medewerkers bureau", "12 (9,6 fte)"]]),
          ("p", "Het bureau van het samenwerkingsverband staat in Uithoorn-Zuid. Er werken een directeur-bestuurder, een beleidsadviseur, zes onderwijsadviseurs, een orthopedagoog, een medewerker data en kwaliteit en een office manager.")]
    B += [("h1", "3. Waar staan we voor?"),
          ("p", "Wij willen dat elk kind in Amstel-Veenweide naar een school kan gaan waar het zich veilig voelt, waar het leert en waar het mag zijn wie het is. Het liefst is dat een school dicht bij huis, met kinderen uit de buurt. Als dat niet lukt, zoeken we samen naar de plek die het beste past."),
          ("p", "We werken volgens drie principes. Kind centraal: we kijken naar wat een kind nodig heeft, niet naar een label of diagnose. Samen: scholen, ouders, gemeenten en jeugdhulp werken als één team rond het kind. Leren: we kijken eerlijk naar wat werkt en wat niet, en we passen ons werk daarop aan."),
          ("p", "Die principes zijn niet nieuw, maar we willen ze in deze periode beter waarmaken. Dat betekent bijvoorbeeld dat we bij elk overleg over een kind eerst vragen wat het kind zelf wil en kan, en pas daarna wat de school nodig heeft. Het betekent ook dat we eerlijk zijn als iets niet lukt, en dat we dan samen zoeken naar een andere weg. We willen een samenwerkingsverband zijn dat dichtbij staat, dat je makkelijk kunt bellen en dat niet alleen regels uitvoert, maar ook meedenkt. Zo willen scholen, ouders en partners ons ook zien, bleek uit de gesprekken die we voor dit plan voerden."),
          ("p", "De afgelopen jaren zagen we dat de vragen in de klas complexer worden. Leraren hebben te maken met kinderen met gedragsvragen, met kinderen die net in Nederland zijn en met kinderen die thuis zorgen hebben. Tegelijk is er een tekort aan leraren. We willen scholen daarom vooral helpen met praktische ondersteuning in de klas en met snelle en eenvoudige toegang tot expertise.")]
    B += [("h2", "Wat is er nieuw in dit plan?"),
          ("p", "Ten opzichte van het vorige plan kiezen we voor minder tekst en meer duidelijkheid. Het vorige plan was een document van bijna honderd pagina's; deze webversie is korter en verwijst naar aparte pagina's voor onderwerpen die vaak veranderen. Verder leggen we meer nadruk op snelle hulp in de klas, op kinderen die thuiszitten en op het meten van wat we bereiken. Ook de rol van ouders is versterkt: ouders hebben nu een onafhankelijk steunpunt en praten mee in de evaluatie van ons werk."),
          ("h2", "Terugblik op 2022-2026"),
          ("p", "In de vorige planperiode hebben we veel bereikt, maar niet alles. Het aantal kinderen dat langer dan drie maanden thuiszat, daalde van 16 in 2022 naar 7 in 2025. De tijd tussen de aanvraag en de start van een arrangement werd korter, maar nog niet zo kort als we wilden. De deelname aan het sbo en so bleef ongeveer gelijk, terwijl we een daling hadden verwacht. Uit gesprekken met scholen blijkt dat vooral het aantal jonge kinderen met ernstige gedragsvragen is gegroeid."),
          ("p", "Wat we hebben geleerd: korte lijnen werken. Scholen met een vaste onderwijsadviseur die wekelijks op school is, vragen minder vaak een plek in het speciaal onderwijs aan en zijn tevredener over de samenwerking. Wat minder goed werkte, waren de vele formulieren en overleggen. Daar gaan we in deze periode iets aan doen."),
          ("h2", "Landelijke ontwikkelingen"),
          ("p", "Passend onderwijs verandert ook landelijk. De Wet versterking positie ouders en leerlingen zorgt ervoor dat kinderen hoorrecht krijgen bij het opstellen van hun ontwikkelingsperspectief, dat de informatie over ondersteuning in de schoolgids komt en dat elk samenwerkingsverband een ouder- en jeugdsteunpunt heeft. Daarnaast werkt de overheid aan een landelijke norm voor basisondersteuning en aan de beweging naar inclusiever onderwijs. We volgen deze ontwikkelingen en passen ons plan aan wanneer dat nodig is. Wijzigingen leggen we altijd eerst voor aan de ondersteuningsplanraad."),
          ("p", "Ook het lerarentekort blijft een grote uitdaging. In onze regio staan gemiddeld twaalf vacatures open. Scholen lossen dat op met creatieve oplossingen, zoals het inzetten van onderwijsassistenten en zij-instromers. Dat vraagt extra begeleiding, ook op het gebied van ondersteuning. Onze onderwijsadviseurs helpen nieuwe leraren daarom met praktische tips voor de klas.")]
    B += [("h1", "4. Basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die een school zelf biedt, zonder hulp van buiten. Elke school in Amstel-Veenweide beschrijft in haar schoolondersteuningsprofiel welke basisondersteuning zij biedt. Dat verschilt per school: een kleine dorpsschool heeft andere mogelijkheden dan een grote school in de stad."),
          ("p", "De besturen hebben afgesproken dat zij een gezamenlijk niveau van basisondersteuning vaststellen zodra de landelijke norm voor basisondersteuning definitief is. Tot dat moment blijven de schoolondersteuningsprofielen leidend."),
          ("p", "Het samenwerkingsverband bekijkt elk jaar in het voorjaar alle schoolondersteuningsprofielen. We kijken of het profiel actueel is, of het in de schoolgids staat en of het aansluit bij wat we op de school zien. Onze onderwijsadviseurs bespreken de uitkomsten met de directeur. Als een school structureel minder ondersteuning biedt dan nodig is voor haar leerlingen, maakt het bestuur een verbeterplan en volgt het samenwerkingsverband de uitvoering daarvan.")]
    B += [("h1", "5. Extra ondersteuning en arrangementen"),
          ("p", "Soms heeft een kind meer nodig dan de school zelf kan bieden. Dan kan de school de hulp inroepen van het samenwerkingsverband. Iedere school heeft een vaste onderwijsadviseur, die meedenkt in het ondersteuningsteam van de school. Samen met de intern begeleider, de leraar en de ouders bekijkt de onderwijsadviseur wat het kind nodig heeft."),
          ("p", "Een overzicht van alle arrangementen en voorzieningen in de regio, van begeleiding op school tot plaatsen in het speciaal (basis)onderwijs, staat in de Ondersteuningswijzer Amstel-Veenweide. De Ondersteuningswijzer is een aparte website die we elk jaar bijwerken."),
          ("p", "We horen van scholen dat ze behoefte hebben aan meer handen in de klas en minder papier. Daarom willen we de aanvraag van een arrangement in deze planperiode verder vereenvoudigen.")]
    B += [("h1", "6. Een dekkend netwerk: geen kind thuis"),
          ("p", "Elk kind hoort op school. Toch zijn er in onze regio kinderen die niet of maar een deel van de week naar school gaan. Soms omdat er geen passende plek is, soms omdat er thuis of op school zoveel speelt dat naar school gaan niet lukt. Het samenwerkingsverband wil dat voor elk van deze kinderen binnen drie maanden een oplossing is."),
          ("h2", "Hoe zien we waar het netwerk gaten heeft?"),
          ("ul", ["Thuiszitterstafel: elke maand bespreken het samenwerkingsverband, de leerplichtambtenaren van de drie gemeenten en het jeugdteam alle kinderen die langer dan vier weken (gedeeltelijk) thuiszitten. Voor elk kind wordt een casusregisseur aangewezen, die binnen twee weken met ouders en school een plan maakt.",
                  "Wachtlijstmonitor: de sbo- en so-scholen melden elke maand hoeveel kinderen op een plek wachten en hoe lang. Wacht een kind langer dan zes weken, dan zoekt de onderwijsadviseur samen met de school een tijdelijke oplossing.",
                  "Netwerkanalyse: elk jaar in september analyseren we met de besturen voor welke groepen kinderen het aanbod niet toereikend was. De uitkomsten gaan naar het bestuur, dat uiterlijk in december besluit over maatregelen.",
                  "Zorgplicht: als een school een aangemeld kind niet kan plaatsen, meldt zij dat binnen een week bij het samenwerkingsverband. De onderwijsadviseur helpt dan om binnen de wettelijke termijn een andere school te vinden."]),
          ("p", "Lukt het niet om een oplossing te vinden, dan kan de directeur-bestuurder een bestuur vragen een kind tijdelijk te plaatsen, met extra ondersteuning van het samenwerkingsverband. Deze doorzettingsmacht is in 2025 twee keer gebruikt. Uit de netwerkanalyse van 2025 bleek dat er te weinig plek is voor jonge kinderen met ernstige gedragsvragen. Het bestuur heeft besloten om met de so-school voor cluster 4 een extra groep te starten in het schooljaar 2026-2027."),
          ("p", "Voor kinderen die wel naar school kunnen, maar ook zorg nodig hebben, maken we samen met de gemeenten onderwijs-zorgarrangementen. Gemeente en samenwerkingsverband bekijken samen met ouders wat nodig is en wie wat betaalt.")]
    B += [("h1", "7. Toelaatbaarheid sbo en so"),
          ("p", "Soms is een school voor speciaal basisonderwijs of speciaal onderwijs de beste plek voor een kind. Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. Alles over de aanvraag van een TLV, wie er beslist en waar we op letten, leest u op de pagina Route naar sbo en so (TLV) in het menu.")]
    B += [("h1", "8. Terug naar de basisschool"),
          ("p", "Het beleid over terugplaatsing herzien we in 2026-2027 samen met de sbo- en so-scholen; de nieuwe uitgangspunten verschijnen op de pagina Terugplaatsing."),
          ("p", "Voor de procedure geldt het volgende. In het laatste jaar van de TLV bespreekt de sbo- of so-school bij de evaluatie van het ontwikkelingsperspectief, uiterlijk 1 maart, met ouders of terugkeer naar een basisschool mogelijk is. Is dat het geval, dan meldt de school het kind voor 1 april aan bij de onderwijsadviseur van het samenwerkingsverband. De onderwijsadviseur organiseert binnen vier weken een overleg met ouders, de sbo- of so-school en de beoogde basisschool. In dat overleg wordt besloten of en wanneer het kind overstapt; bij verschil van mening neemt de directeur-bestuurder van het samenwerkingsverband het besluit. Na de overstap evalueren de basisschool, de onderwijsadviseur en ouders na drie maanden en aan het einde van het schooljaar hoe het gaat. Blijkt terugkeer (nog) niet haalbaar, dan vraagt de sbo- of so-school voor 1 mei een nieuwe TLV aan.")]
    B += [("h1", "9. Geld"),
          ("p", "Het samenwerkingsverband ontvangt geld van de overheid voor de ondersteuning van leerlingen. Hoe we dat geld verdelen over de scholen en waaraan we het uitgeven, staat in het Financieel kader 2026-2030 en in de begroting. Beide documenten vindt u op de pagina Financiën en jaarstukken.")]
    B += [("h1", "10. Wat willen we bereiken en hoe volgen we dat?"),
          ("p", "We hebben voor deze planperiode vijf doelen gesteld voor kinderen die extra ondersteuning nodig hebben. Bij elk doel hoort een meetbare indicator."),
          ("table", [["Doel", "Indicator", "Nu (2025)", "In 2030"],
                     ["Kinderen krijgen snel hulp", "Percentage arrangementen dat binnen 4 weken na aanvraag start", "58%", "ten minste 85%"],
                     ["Geen kind thuis", "Aantal kinderen dat langer dan 3 maanden thuiszit (peildatum 1 oktober)", "7", "0"],
                     ["Zo thuisnabij mogelijk", "Deelnamepercentage sbo en so samen", "3,9%", "3,5% of lager"],
                     ["Ondersteuning werkt", "Percentage arrangementen dat bij de eindevaluatie als 'doel bereikt' is beoordeeld", "61%", "75%"],
                     ["Tevreden ouders", "Gemiddeld rapportcijfer van ouders van kinderen met een arrangement", "6,8", "7,5"]]),
          ("h2", "Zo volgen we de doelen"),
          ("p", "De medewerker data en kwaliteit houdt een dashboard bij met de stand van de indicatoren. De gegevens komen uit de registratie van arrangementen, de thuiszitterstafel, de teldata van DUO en de terugplaatsingsregistratie. Ouders van kinderen met een arrangement krijgen aan het einde van het arrangement een korte vragenlijst. Twee keer per jaar, in november en mei, bespreekt het bestuur het dashboard en besluit het of bijsturing nodig is. De ondersteuningsplanraad ontvangt het dashboard ook. In het jaarverslag, dat elk jaar voor 1 juli op deze website verschijnt, beschrijven we de bereikte resultaten en wat we daarvan hebben geleerd. In 2028 doen we een tussenevaluatie met scholen, ouders en gemeenten.")]
    B += [("h1", "11. Ouders"),
          ("p", "Ouders kennen hun kind het beste. Daarom betrekken scholen ouders bij elke stap: bij het opstellen van het ontwikkelingsperspectief, in het ondersteuningsteam en bij de keuze voor een arrangement. Ouders hebben een vaste plek in de ondersteuningsplanraad."),
          ("h2", "Informatie voor ouders"),
          ("p", "Op de ouderpagina van deze website leggen we in gewone taal uit hoe de ondersteuning in onze regio werkt: wat de school zelf doet, wanneer het samenwerkingsverband meedenkt, welke arrangementen er zijn en hoe een kind naar het sbo of so kan gaan. De folder 'Extra ondersteuning voor uw kind' is er in het Nederlands, Engels, Turks, Pools en Arabisch en ligt op alle scholen. Elk jaar in oktober en maart houden we een ouderavond over passend onderwijs, één keer online en één keer op locatie. Scholen vermelden in de schoolgids wie de intern begeleider is en hoe ouders de onderwijsadviseur kunnen bereiken."),
          ("h2", "Onafhankelijke hulp"),
          ("p", "Soms zijn ouders het niet eens met de school of met het samenwerkingsverband, of willen ze met iemand praten die los staat van de school. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Amstel-Veenweide. Het steunpunt is onafhankelijk, gratis en bereikbaar via telefoon, e-mail en een wekelijks spreekuur in de bibliotheek van Uithoorn-Zuid. Een ouderadviseur kan meegaan naar een gesprek op school. Daarnaast kunnen ouders contact opnemen met de landelijke Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders naar de Geschillencommissie passend onderwijs. Klachten over het samenwerkingsverband behandelen we volgens onze klachtenregeling.")]
    B += [("h1", "12. Gemeenten en jeugdhulp"),
          ("p", "Onderwijs en jeugdhulp moeten goed op elkaar aansluiten. Met de drie gemeenten hebben we in het op overeenstemming gericht overleg (OOGO) van 12 februari 2026 afspraken gemaakt over jeugdhulp op school, over onderwijs-zorgarrangementen, over de aanpak van thuiszitters en over leerlingenvervoer. Elke school heeft een vaste contactpersoon van het jeugdteam. Eens per jaar bespreken de wethouders en het bestuur hoe de afspraken werken."),
          ("p", "Met het samenwerkingsverband voortgezet onderwijs in de regio hebben we op 19 februari 2026 overleg gevoerd. We hebben afgesproken dat we de overstap van groep 8 naar het voortgezet onderwijs voor kinderen met extra ondersteuning samen blijven organiseren.")]
    B += [("h1", "13. Bestuur en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. De negen schoolbesturen vormen samen de algemene vergadering van aangesloten besturen, die onder meer het ondersteuningsplan goedkeurt. De raad van toezicht bestaat uit vier onafhankelijke leden en houdt toezicht op het beleid van de directeur-bestuurder en op de financiën."),
          ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR bestaat uit acht leden: vier ouders en vier leraren of andere medewerkers, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR vergadert vijf keer per jaar. Het bureau heeft daarnaast een personeelsgeleding voor de eigen medewerkers.")]
    B += [("h1", "14. Onze mensen"),
          ("p", "Onze onderwijsadviseurs zijn ervaren leerkrachten en intern begeleiders met een aanvullende opleiding. Ze kennen hun scholen goed en zijn elke week op school te vinden. Onze orthopedagoog ondersteunt de adviseurs bij complexe vragen. We investeren in scholing: elk jaar volgen alle adviseurs een training, in 2026-2027 over jonge kinderen met gedragsvragen en over meertaligheid."),
          ("p", "Ook voor leraren en intern begeleiders organiseren we scholing. Het IB-netwerk komt zes keer per jaar bij elkaar. We organiseren jaarlijks een studiedag passend onderwijs voor alle scholen in de regio, met workshops door leraren uit het sbo en so."),
          ("p", "We zijn zuinig op de privacy van kinderen en ouders. We vragen alleen informatie die we echt nodig hebben, we bewaren dossiers niet langer dan nodig en we werken met een beveiligd digitaal systeem. Onze functionaris gegevensbescherming ziet toe op de naleving van de privacyregels.")]
    B += [("h1", "15. Planning"),
          ("table", [["Wanneer", "Wat"],
                     ["2026-2027", "Nieuwe uitgangspunten terugplaatsing; extra groep cluster 4; vereenvoudigde aanvraag arrangement"],
                     ["2027-2028", "Gezamenlijk niveau basisondersteuning (na landelijke norm); vernieuwing Ondersteuningswijzer"],
                     ["2028", "Tussenevaluatie plan"],
                     ["2029-2030", "Voorbereiding ondersteuningsplan 2030-2034"]])]
    B += [("h2", "Veelgestelde vragen over dit plan"),
          ("h3", "Wat is het verschil tussen het ondersteuningsplan en het schoolondersteuningsprofiel?"),
          ("p", "Het ondersteuningsplan is van het samenwerkingsverband en gaat over de hele regio. Het schoolondersteuningsprofiel is van één school en beschrijft wat die school biedt. U vindt het profiel van de school van uw kind in de schoolgids of op de website van de school."),
          ("h3", "Wie heeft dit plan goedgekeurd?"),
          ("p", "De ondersteuningsplanraad heeft ingestemd met het plan en het bestuur heeft het vastgesteld. Daarvoor is het plan besproken met de drie gemeenten en met het samenwerkingsverband voortgezet onderwijs."),
          ("h3", "Kan het plan tussentijds veranderen?"),
          ("p", "Ja. Als regels veranderen of als blijkt dat iets niet goed werkt, kan het bestuur het plan aanpassen. Voor elke wijziging is opnieuw instemming van de ondersteuningsplanraad nodig. De actuele versie staat altijd op deze pagina; oudere versies vindt u in het archief."),
          ("h3", "Ik wil meepraten. Kan dat?"),
          ("p", "Graag. U kunt zich via de medezeggenschapsraad van de school van uw kind kandidaat stellen voor de ondersteuningsplanraad. Ook organiseren we elk jaar een panelgesprek met ouders over ons werk. Aanmelden kan via de contactpagina."),
          ("h3", "Waar vind ik het jaarverslag?"),
          ("p", "Het jaarverslag staat op de pagina Financiën en jaarstukken. Daar vindt u ook eerdere jaarverslagen en de samenvatting voor ouders.")]
    B += [("h1", "16. Begrippen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Arrangement", "Extra ondersteuning voor een kind of groep, voor een bepaalde tijd."],
                     ["Bekostigingscategorie", "Categorie (laag, midden of hoog) die bepaalt hoeveel geld een so-school voor een leerling krijgt."],
                     ["Deskundigenadvies", "Advies van twee deskundigen dat nodig is voor een besluit over een TLV."],
                     ["Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["SOP", "Schoolondersteuningsprofiel."],
                     ["TLV", "Toelaatbaarheidsverklaring: besluit dat een kind naar het sbo of so mag."],
                     ["Verdeelmodel", "De afspraken over hoe het geld over de scholen wordt verdeeld."]]),
          ("small", "Deel deze pagina: e-mail | LinkedIn | Print")]
    return B

# =============================================================================================
# F - near miss, .docx - school-level "ondersteuningsplan" of one basisschool (not an SWV plan)
# =============================================================================================

def nearmiss_f():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2026"),
          ("subtitle", "OBS De Wilgenhoek - onderdeel van Stichting Openbaar Primair Onderwijs Veenhoven, aangesloten bij Samenwerkingsverband PO Amstel-Veenweide"),
          ("small", "Vastgesteld door het MT op 2 september 2025; besproken in de MR op 16 september 2025"),
          ("break",)]
    B += [("toc", ["Inhoud",
                   "1 Inleiding",
                   "2 Onze school en leerlingpopulatie",
                   "3 Basisondersteuning op De Wilgenhoek",
                   "4 De ondersteuningsstructuur: vijf zorgniveaus",
                   "5 Groepsbesprekingen en leerlingbesprekingen",
                   "6 Extra ondersteuning en arrangementen via het samenwerkingsverband",
                   "7 Verwijzing naar sbo of so en terugplaatsing",
                   "8 Ouders als partner",
                   "9 Middelen en formatie",
                   "10 Resultaten en evaluatie",
                   "11 Jaarplanning zorg 2025-2026"])]
    B += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze leerlingen organiseren in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de intern begeleider, de MR en voor ouders die willen weten hoe de zorg op onze school is geregeld. Het plan is een uitwerking van het schoolondersteuningsprofiel (SOP) en van het schoolplan 2023-2027. Het wordt elk jaar in augustus herzien door de intern begeleider en de directeur."),
          ("p", "Onze school is aangesloten bij Samenwerkingsverband PO Amstel-Veenweide. Het ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken voor alle scholen in de regio. Dit document gaat alleen over onze eigen school.")]
    B += [("h1", "2 Onze school en leerlingpopulatie"),
          ("p", "De Wilgenhoek is een openbare basisschool in de wijk Veenhoven-Oost met 214 leerlingen verdeeld over negen groepen. Ongeveer een kwart van de leerlingen groeit meertalig op. De schoolweging ligt boven het landelijk gemiddelde. In de afgelopen jaren is het aantal leerlingen met een ontwikkelingsperspectief gestegen van vijf naar elf."),
          ("table", [["Groep", "Aantal leerlingen", "Leerlingen met OPP", "Leerlingen met arrangement SWV"],
                     ["1/2a", "24", "0", "1"], ["1/2b", "23", "0", "0"], ["3", "26", "1", "1"],
                     ["4", "25", "1", "0"], ["5", "22", "2", "1"], ["6", "24", "2", "2"],
                     ["7", "23", "3", "1"], ["8", "22", "2", "1"], ["Totaal", "214 (incl. 25 in taalgroep)", "11", "7"]])]
    B += [("h1", "3 Basisondersteuning op De Wilgenhoek"),
          ("p", "Onder basisondersteuning verstaan wij alles wat wij als school zelf bieden aan iedere leerling. Wij werken handelingsgericht en bieden instructie op drie niveaus. Wij hebben een dyslexieprotocol, een anti-pestprotocol en een programma voor sociaal-emotionele ontwikkeling (Kwink). Meer- en hoogbegaafde leerlingen werken in de Plusklas op woensdag. Voor leerlingen met een taalachterstand hebben we een taalgroep in de ochtend. Onze intern begeleider is vier dagen per week op school."),
          ("p", "In ons SOP staat dat wij ook ondersteuning kunnen bieden aan leerlingen met lichte motorische beperkingen en aan leerlingen met diabetes. Grenzen aan onze ondersteuning liggen bij ernstig grensoverschrijdend gedrag en bij leerlingen die verpleegkundige zorg nodig hebben.")]
    B += [("h1", "4 De ondersteuningsstructuur: vijf zorgniveaus"),
          ("table", [["Niveau", "Omschrijving", "Wie"],
                     ["1", "Algemene zorg in de groep: goed lesgeven, basisinstructie", "Leerkracht"],
                     ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
                     ["3", "Speciale zorg na intern overleg: handelingsplan, RT", "Leerkracht en IB"],
                     ["4", "Speciale zorg na extern onderzoek of met arrangement van het samenwerkingsverband", "IB, onderwijsadviseur SWV"],
                     ["5", "Verwijzing naar sbo of so", "Directeur, IB, ouders, SWV"]])]
    B += [("h1", "5 Groepsbesprekingen en leerlingbesprekingen"),
          ("p", "Drie keer per jaar (oktober, februari, juni) voert de intern begeleider met iedere leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de methodegebonden toetsen en van de Cito-toetsen, de sociaal-emotionele ontwikkeling en de leerlingen die opvallen. Uit de groepsbespreking volgt het groepsoverzicht en, waar nodig, een leerlingbespreking."),
          ("p", "Leerlingen over wie we ons zorgen blijven maken, bespreken we in het ondersteuningsteam (OT). Daarin zitten de intern begeleider, de leerkracht, de ouders, de onderwijsadviseur van het samenwerkingsverband en indien nodig de jeugdverpleegkundige of de medewerker van het jeugdteam. Het OT komt zes keer per jaar bijeen.")]
    B += [("h1", "6 Extra ondersteuning en arrangementen via het samenwerkingsverband"),
          ("p", "Als wij een leerling niet de ondersteuning kunnen bieden die hij nodig heeft, vragen we via de onderwijsadviseur een arrangement aan bij het samenwerkingsverband. Dat kan bijvoorbeeld extra begeleiding door een ambulant begeleider zijn, of de inzet van een onderwijsassistent voor een aantal uren per week. In 2024-2025 hadden zeven leerlingen een arrangement. De aanvraag gaat via het digitale formulier van het samenwerkingsverband; de intern begeleider is verantwoordelijk voor de aanvraag en de evaluatie.")]
    B += [("h1", "7 Verwijzing naar sbo of so en terugplaatsing"),
          ("p", "Als blijkt dat een leerling op onze school niet verder kan, ook niet met een arrangement, bespreken we met ouders en de onderwijsadviseur of een plaatsing in het speciaal basisonderwijs of speciaal onderwijs beter past. De directeur vraagt dan namens het bestuur een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. Het samenwerkingsverband beslist over de aanvraag. In 2024-2025 zijn twee leerlingen naar het sbo gegaan."),
          ("p", "Wij staan open voor leerlingen die vanuit het sbo of so terugkeren naar het regulier onderwijs. In 2023 is een leerling uit het sbo bij ons teruggeplaatst; dat is goed verlopen dankzij de begeleiding vanuit het sbo.")]
    B += [("h1", "8 Ouders als partner"),
          ("p", "Wij zien ouders als partner. Ouders worden altijd geïnformeerd als hun kind besproken wordt in het OT en zijn daarbij ook zelf aanwezig. Een OPP stellen we op in overleg met ouders; ouders tekenen voor akkoord op het handelingsdeel. Drie keer per jaar zijn er oudergesprekken. Met vragen over de ondersteuning kunnen ouders altijd terecht bij de leerkracht of de intern begeleider. Als ouders het niet eens zijn met de school, kunnen zij de klachtenregeling van de stichting gebruiken."),
          ("p", "Informatie over de ondersteuning op school staat in de schoolgids en op de website van de school.")]
    B += [("h1", "9 Middelen en formatie"),
          ("p", "De school ontvangt via het bestuur middelen van het samenwerkingsverband voor lichte ondersteuning. Voor 2025-2026 gaat het om € 34.200. Daarvan betalen we 0,4 fte remedial teaching en een deel van de formatie van de onderwijsassistent. De intern begeleider (0,8 fte) wordt betaald uit de lumpsum van de school. Daarnaast zet de school NPO-middelen in voor de taalgroep, tot en met december 2025.")]
    B += [("h1", "10 Resultaten en evaluatie"),
          ("p", "Wij evalueren de ondersteuning twee keer per jaar in het team. De eindresultaten van groep 8 lagen in 2025 boven de signaleringswaarde voor de fundamentele niveaus en op het landelijk gemiddelde voor de streefniveaus. Ons doel voor 2025-2026 is dat 70 procent van de leerlingen in groep 8 het streefniveau lezen haalt. De uitkomsten van de evaluatie staan in het jaarverslag van de school.")]
    B += [("h1", "11 Jaarplanning zorg 2025-2026"),
          ("table", [["Maand", "Activiteit"],
                     ["September", "Startgesprekken met ouders; overdracht groepen"],
                     ["Oktober", "Groepsbesprekingen ronde 1; OT"],
                     ["Januari/februari", "Midden-toetsen; groepsbesprekingen ronde 2"],
                     ["Maart", "Adviesgesprekken groep 8; evaluatie OPP's"],
                     ["Juni", "Eind-toetsen; groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"],
                     ["Augustus", "Herziening ondersteuningsplan en SOP"]])]
    return B


# =============================================================================================

DOCS = {
    # name: (builder, kind, extra)
    "po-kempenbrug-ondersteuningsplan-2026-2030.docx": (plan_a, "docx",
        dict(header_text="SWV De Kempenbrug | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - ouders",
             footer_text="Samen passend - De Kempenbrug PO 30-14", accent="1F4E79")),
    "po-ijsselgaarde-op-2026-2030.pdf": (plan_b, "pdf",
        dict(header_text="Ondersteuningsplan IJsselgaarde 2026-2030",
             footer_text="IJsselgaarde PO 24-08 | financiën en meerjarenbegroting: zie hoofdstuk 7", font="Arial", accent="7B2C3F")),
    "vo-dommeldal-ondersteuningsplan-2026-2030.docx": (plan_c, "docx",
        dict(header_text="Elke leerling een plek - ondersteuningsplan SWV VO Dommeldal",
             footer_text="VO 30-09 | resultaten en kwaliteitszorg worden jaarlijks verantwoord in het jaarverslag", font="Cambria", accent="2E6B30")),
    "vo-zuiderpolders-ondersteuningsplan-2026-2030.pdf": (plan_d, "pdf",
        dict(header_text="SWV VO Zuiderpolders - Ondersteuningsplan 2026-2030 - kader op hoofdlijnen",
             footer_text="Zuiderpolders VO 28-04 | dekkend aanbod - basisondersteuning - ouder- en jeugdsteunpunt", font="Georgia", accent="4A4A8A")),
    "po-amstel-veenweide-ondersteuningsplan.html": (plan_e, "html", {}),
    "wilgenhoek-schoolondersteuningsplan-2025-2026.docx": (nearmiss_f, "docx",
        dict(header_text="OBS De Wilgenhoek - ondersteuningsplan 2025-2026",
             footer_text="Zorg op De Wilgenhoek", accent="8A5A00")),
}


def main():
    for name, (builder, kind, extra) in DOCS.items():
        blocks = builder()
        target = OUT / name
        if kind == "docx":
            write_docx(blocks, target, **extra)
        elif kind == "pdf":
            with tempfile.TemporaryDirectory() as td:
                tmp_docx = Path(td) / (target.stem + ".docx")
                write_docx(blocks, tmp_docx, **extra)
                docx_to_pdf(tmp_docx, target)
        elif kind == "html":
            write_html(blocks, target, title="Ondersteuningsplan 2026-2030 | Passend Onderwijs Amstel-Veenweide",
                       nav=E_NAV, footer=E_FOOTER, css=E_CSS)
        print(f"{name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
