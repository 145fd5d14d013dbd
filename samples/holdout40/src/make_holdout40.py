#!/usr/bin/env python3
"""Generate the holdout40 test documents (3 fictional ondersteuningsplannen, 3 near-miss documents).

Deterministic, no network. Writes into the parent folder of this script's folder:
  meanderlanden-po-ondersteuningsplan-2026-2030.docx   (plan, PO)
  kempenrand-vo-beleidsplan-2026-2030.pdf              (plan, VO; rendered from a .docx with LibreOffice)
  zuiderzeekust-po-koers-2030-deel-a.html              (plan, PO; web version)
  kleine-beer-school-ondersteuningsplan-2025-2026.docx (near-miss: a school's own 'ondersteuningsplan')
  noorderhaven-vo-jaarverslag-2024.pdf                 (near-miss: SWV annual report)
  brede-vallei-po-op-in-een-oogopslag.md               (near-miss: one-page summary for parents)
The label files (*.expected.yaml) are written by hand and are not produced by this script.

All names, organisations, addresses, phone numbers and figures are fictional.

Content mini-language (one block per line):
  T: title    S: subtitle    # / ## / ### headings    - bullet    | a | b | table row (first row = header)
  ~ text      table-of-contents entry                 PAGE  page break      other lines: paragraph
"""
import datetime
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DT = datetime.datetime(2026, 4, 9, 12, 0, 0)


def parse(text):
    blocks = []
    table = None
    for raw in text.strip("\n").splitlines():
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
        if line == "PAGE":
            blocks.append(("page", None))
        elif line.startswith("T: "):
            blocks.append(("title", line[3:]))
        elif line.startswith("S: "):
            blocks.append(("subtitle", line[3:]))
        elif line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        elif line.startswith("~ "):
            blocks.append(("toc", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def _normalize_zip(path):
    """Rewrite a .docx with fixed timestamps and entry order so the output is byte-stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def write_docx(blocks, path, header=None, footer=None, author="", title=""):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            d.add_paragraph(val, style="Title")
        elif kind == "subtitle":
            d.add_paragraph(val, style="Subtitle")
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "li":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "toc":
            p = d.add_paragraph(val)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "page":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
        else:
            d.add_paragraph(val)
    d.save(path)
    _normalize_zip(path)


def docx_to_pdf(blocks, pdf_path, **kw):
    """Write a .docx in a temporary folder and render it to PDF with LibreOffice."""
    tmpd = tempfile.mkdtemp(prefix="holdout40_")
    try:
        base = os.path.splitext(os.path.basename(pdf_path))[0]
        dpath = os.path.join(tmpd, base + ".docx")
        write_docx(blocks, dpath, **kw)
        profile = "file://" + os.path.join(tmpd, "lo_profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "pdf", "--outdir", tmpd, dpath],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        src = os.path.join(tmpd, base + ".pdf")
        with open(src, "rb") as f:
            data = f.read()
        # pin the dates LibreOffice writes (same length, so the xref table stays valid)
        data = re.sub(rb"D:\d{14}[^)>]*", lambda m: (b"D:20260409120000" + b"Z" * len(m.group(0)))[:len(m.group(0))], data)
        # and the random document /ID (hex strings of fixed length)
        data = re.sub(rb"/ID \[ ?<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                      lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))),
                      data)
        data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
        with open(pdf_path, "wb") as f:
            f.write(data)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


def write_html(blocks, path, title, nav_items, footer_html, lang="nl"):
    e = html.escape
    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "nav a{margin-right:1em}</style>", "</head>", "<body>", "<header>",
           '<div class="logo">SWV Zuiderzeekust &middot; passend primair onderwijs</div>', "<nav>"]
    for label, href in nav_items:
        out.append(f'<a href="{e(href)}">{e(label)}</a>')
    out += ["</nav>", "</header>", "<main>", "<article>"]
    in_ul = False
    in_toc = False
    for kind, val in blocks:
        if kind != "li" and in_ul:
            out.append("</ul>")
            in_ul = False
        if kind != "toc" and in_toc:
            out.append("</ol></nav>")
            in_toc = False
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><strong>{e(val)}</strong></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(val)}</h4>")
        elif kind == "li":
            if not in_ul:
                out.append("<ul>")
                in_ul = True
            out.append(f"<li>{e(val)}</li>")
        elif kind == "toc":
            if not in_toc:
                out.append('<nav class="toc"><ol>')
                in_toc = True
            out.append(f'<li><a href="#">{e(val)}</a></li>')
        elif kind == "page":
            continue
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{e(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{e(val)}</p>")
    if in_ul:
        out.append("</ul>")
    if in_toc:
        out.append("</ol></nav>")
    out += ["</article>", "</main>", f"<footer>{footer_html}</footer>", "</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "subtitle":
            out.append(f"*{val}*\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "h3":
            out.append(f"#### {val}\n")
        elif kind == "li":
            out.append(f"- {val}")
        elif kind == "toc":
            out.append(f"- {val}")
        elif kind == "page":
            out.append("\n---\n")
        elif kind == "table":
            out.append("")
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        else:
            out.append(f"\n{val}\n")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# Plan A: PO, .docx  -  SWV De Meanderlanden
# ---------------------------------------------------------------------------------------------
PLAN_A = r"""
T: Ondersteuningsplan 2026–2030
S: Samenwerkingsverband Passend Onderwijs De Meanderlanden (PO 25-14)
Planperiode: 1 augustus 2026 tot en met 31 juli 2030
Op overeenstemming gericht overleg met de gemeenten afgerond: 19 maart 2026 · Instemming ondersteuningsplanraad: 26 maart 2026 · Vastgesteld door het algemeen bestuur: 9 april 2026
Stichting Samenwerkingsverband Passend Onderwijs De Meanderlanden · Dijkstraat 14 · 6611 XA Meanderwaard · www.demeanderlanden.nl
PAGE
# Inhoud
~ 1 Voorwoord
~ 2 Wie wij zijn
~ 3 Visie en missie
~ 4 Basisondersteuning: wat elke school biedt
~ 5 Extra ondersteuning en toelaatbaarheid
~ 5.1 De ondersteuningsroute
~ 5.2 De aanvraag van een toelaatbaarheidsverklaring
~ 5.3 Criteria voor toelaatbaarheid
~ 5.4 Terugplaatsing en overplaatsing naar het basisonderwijs
~ 6 Het ondersteuningsaanbod in de regio
~ 7 Thuiszitters en een dekkend aanbod
~ 8 Kwaliteit en resultaten
~ 9 Communicatie
~ 10 Bestuur en medezeggenschap
~ 11 Personeel en professionalisering
~ 12 Geld en middelen
~ 13 Samenwerking met de gemeenten
~ 14 Privacy en ICT
~ 15 Planning 2026–2030
~ Bijlage A Begrippenlijst
PAGE
# 1 Voorwoord
Voor u ligt het derde ondersteuningsplan van Samenwerkingsverband Passend Onderwijs De Meanderlanden. Het beschrijft hoe de elf schoolbesturen in de gemeenten Meanderwaard, Oosterbroek, Lindeveld, Rijnsate en Hazelbeek de komende vier schooljaren samen zorgen dat ieder kind onderwijs krijgt dat bij hem of haar past.
Passend onderwijs is in onze regio geen project meer, maar de gewone praktijk op de scholen. Toch merken we nog elke dag dat het stelsel niet voor ieder kind werkt. In de gesprekken die we ter voorbereiding van dit plan voerden – met intern begeleiders, directeuren, leerkrachten, wethouders, jeugdhulpverleners en de ondersteuningsplanraad – klonk steeds dezelfde boodschap: maak het eenvoudiger, maak het dichter bij de klas, en zorg dat iedereen weet waar hij aan toe is.
Ook ouders hebben we gehoord. Op twee avonden, in Lindeveld en in Meanderwaard, vertelden zij over hun zoektocht naar de juiste plek voor hun kind. Die verhalen waren niet altijd gemakkelijk om te horen, maar ze hebben dit plan beter gemaakt. Een aantal van hun suggesties vindt u terug in het hoofdstuk over communicatie.
Dit plan is op een aantal punten nog niet af. Waar dat zo is, zeggen we dat eerlijk, en we geven aan wanneer de ontbrekende onderdelen volgen. Een ondersteuningsplan is bovendien geen eindpunt: het is een afspraak die we de komende jaren samen waarmaken en waar nodig bijstellen.
Wij danken iedereen die heeft meegedacht en meegeschreven, in het bijzonder de leden van de ondersteuningsplanraad, die het concept in drie vergaderingen kritisch en constructief hebben besproken.
Drs. M. Hoogland-Verweij, directeur-bestuurder
# 2 Wie wij zijn
De Meanderlanden is het samenwerkingsverband voor primair onderwijs in vijf gemeenten in het rivierengebied. Het samenwerkingsverband is een stichting; alle besturen van scholen voor basisonderwijs, speciaal basisonderwijs en speciaal onderwijs (cluster 3 en 4) met een vestiging in de regio zijn aangesloten. Het bureau van het samenwerkingsverband is gevestigd in Meanderwaard.
| Kengetal | Aantal (1 oktober 2025) |
| Gemeenten | 5 |
| Aangesloten schoolbesturen | 11 |
| Basisscholen (vestigingen) | 58 (63) |
| Scholen voor speciaal basisonderwijs | 2 |
| Scholen voor speciaal onderwijs (locaties) | 3 (5) |
| Leerlingen basisonderwijs | 10.960 |
| Medewerkers bureau samenwerkingsverband (fte) | 14,2 |
De regio kent grote verschillen. Meanderwaard en Lindeveld zijn groeikernen met nieuwbouwwijken en volle scholen; in Rijnsate en Hazelbeek staan kleine dorpsscholen, waarvan een aantal minder dan vijftig leerlingen telt. Die verschillen vragen om afspraken die voor iedere school werkbaar zijn, van de grootste stadsschool tot de kleinste dorpsschool met drie combinatiegroepen.
Het leerlingenaantal in het basisonderwijs daalt volgens de prognoses van de gemeenten tot 2030 met ongeveer vier procent. In de groeikernen nemen de aantallen nog toe, in de dorpen dalen ze sneller. Voor de formatie van het bureau en voor de schoolbesturen is dat een belangrijk gegeven; voor dit plan betekent het vooral dat we flexibel moeten blijven en dat afspraken niet mogen afhangen van de omvang van een school.
De elf besturen verschillen sterk in omvang: het grootste bestuur telt negentien scholen, vier besturen hebben één school. Bij de totstandkoming van dit plan hebben we er bewust voor gekozen alle besturen, groot en klein, even zwaar te laten meetellen in de werkgroepen.
# 3 Visie en missie
Onze missie is kort: elk kind in De Meanderlanden gaat naar een school waar het zich kan ontwikkelen, zo dicht mogelijk bij huis en samen met andere kinderen uit de buurt, en krijgt daar de ondersteuning die het nodig heeft.
Daaruit volgen vijf uitgangspunten, die als een rode draad door dit plan lopen:
- Thuisnabij waar het kan, speciaal waar het moet.
- De leerkracht doet ertoe: ondersteuning begint in de klas en versterkt de leerkracht.
- Ouders zijn partner: zij kennen hun kind het best.
- Eenvoud boven bureaucratie: geen formulier zonder doel.
- Resultaatgericht en lerend: we kijken wat werkt en durven bij te sturen.
Met 'thuisnabij' bedoelen we niet dat ieder kind op de dichtstbijzijnde school hoort. Soms is een kind beter af op een school in een andere kern, of in het speciaal (basis)onderwijs. Wel vinden we dat die keuze gemaakt moet worden op grond van wat het kind nodig heeft, en niet omdat een school de ondersteuning niet wil of kan organiseren.
We kiezen in deze planperiode voor drie speerpunten: een stevige basis op elke school, een eenvoudige en snelle ondersteuningsroute, en een betere samenwerking met de jeugdhulp in onze vijf gemeenten. Elk speerpunt komt terug in de hoofdstukken hierna. De speerpunten zijn geen losse projecten; ze raken het dagelijkse werk van leerkrachten, intern begeleiders en de medewerkers van het bureau.
Wij geloven dat goede ondersteuning niet begint bij geld of procedures, maar bij de relatie tussen kind, ouders en leerkracht. Procedures en middelen zijn nodig, maar ze zijn een middel en geen doel. Dat is ook de reden dat dit plan korter is dan het vorige.
# 4 Basisondersteuning: wat elke school biedt
## 4.1 Wat we onder basisondersteuning verstaan
Basisondersteuning is in De Meanderlanden de ondersteuning die iedere school – en iedere vestiging van die school, ook een nevenlocatie of dependance – ten minste biedt aan elk kind dat dat nodig heeft, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De elf besturen hebben dit niveau samen afgesproken; het is voor alle 63 vestigingen gelijk. Een school mag meer bieden, maar niet minder.
Het niveau is gebaseerd op de vier onderdelen van het landelijke referentiekader: de basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve interventies, de ondersteuningsstructuur van de school en planmatig, handelingsgericht werken. We hebben die onderdelen vertaald naar twaalf afspraken. Die afspraken staan hieronder en vormen samen de basisondersteuning in ons verband.
## 4.2 De twaalf afspraken
| Nr | Onderwerp | Wat iedere school ten minste biedt |
| 1 | Intern begeleider | Een intern begeleider met een afgeronde opleiding, ten minste één dag per week per 150 leerlingen beschikbaar voor ondersteuning. |
| 2 | Ondersteuningsteam | Een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met de intern begeleider, de consulent van het samenwerkingsverband en op afroep de schoolmaatschappelijk werker en de jeugdverpleegkundige. |
| 3 | Lezen en dyslexie | Werken volgens het Protocol Leesproblemen en Dyslexie; signalering vanaf groep 2 en intensieve leesbegeleiding (minstens drie keer per week twintig minuten) voor leerlingen die achterblijven. |
| 4 | Rekenen en dyscalculie | Werken volgens het protocol ERWD; extra instructie in een kleine groep voor leerlingen met hardnekkige rekenproblemen. |
| 5 | Gedrag en sociale veiligheid | Een schoolbrede aanpak van gedrag (bijvoorbeeld PBS of Kanjertraining), een anti-pestcoördinator en een jaarlijkse meting van de sociale veiligheid. |
| 6 | Meer- en hoogbegaafdheid | Signalering met een vast instrument, compacten en verrijken in de groep, en begeleiding door een leerkracht met een specialisatie hoogbegaafdheid (op de eigen school of bovenschools). |
| 7 | Taal en NT2 | Extra taalaanbod voor kinderen met een taalachterstand of een andere thuistaal, in samenwerking met de voorschoolse voorziening. |
| 8 | Medisch handelen | Een protocol medisch handelen; ondersteuning bij medicijngebruik en eenvoudige medische handelingen. |
| 9 | Fysieke toegankelijkheid | Een plan voor de opvang van leerlingen met een lichamelijke beperking; aanpassingen aan gebouw of meubilair worden samen met de gemeente onderzocht. |
| 10 | Ontwikkelingsperspectief | Een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt of extra ondersteuning krijgt, twee keer per jaar besproken en geëvalueerd. |
| 11 | Overdracht | Een warme overdracht bij elke schoolwisseling en bij de overstap naar het voortgezet onderwijs. |
| 12 | Samenwerking met jeugdhulp | Een vaste contactpersoon van het lokale team of wijkteam, die binnen twee weken na een vraag van school een gesprek voert. |
Deze twaalf afspraken gelden vanaf 1 augustus 2026. Scholen die op een onderdeel nog niet aan de afspraak voldoen, hebben tot 1 augustus 2027 om de achterstand weg te werken.
## 4.3 Hoe we bewaken dat iedere school de basis biedt
Iedere school vult jaarlijks vóór 1 december de kwaliteitskaart basisondersteuning in. De consulent van het samenwerkingsverband bespreekt de kaart met de directeur en de intern begeleider en bezoekt daarbij ten minste één groep. Eens in de twee jaar voert een auditteam van twee intern begeleiders van andere besturen een audit uit op de school.
Blijkt een school op een of meer afspraken onder het afgesproken niveau te zitten, dan stelt de school binnen drie maanden een verbeterplan op. Het bureau biedt daarbij ondersteuning. Het schoolbestuur is verantwoordelijk voor de uitvoering; de directeur-bestuurder bespreekt de voortgang twee keer per jaar met het betrokken bestuur. Lukt verbetering niet binnen een schooljaar, dan agendeert de directeur-bestuurder dit in het algemeen bestuur.
De afspraken over basisondersteuning worden ook opgenomen in de schoolgids van iedere school. Na de inwerkingtreding van de Wet versterking positie ouders en leerlingen vervangt de schoolgids het schoolondersteuningsprofiel (SOP); tot die tijd blijven de SOP's bestaan.
# 5 Extra ondersteuning en toelaatbaarheid
Soms heeft een kind meer nodig dan de basisondersteuning. Dit hoofdstuk beschrijft hoe school, ouders en samenwerkingsverband dan samen optrekken, en hoe een leerling toelaatbaar kan worden verklaard tot het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so).
## 5.1 De ondersteuningsroute
De ondersteuningsroute begint altijd op school. De leerkracht signaleert dat een kind vastloopt en bespreekt dat met ouders en de intern begeleider. Als de basisondersteuning niet genoeg oplevert, brengt de intern begeleider de vraag in het ondersteuningsteam (OT) in. Ouders zijn bij dat gesprek aanwezig en worden vooraf gevraagd wat zij zelf belangrijk vinden. De consulent van het samenwerkingsverband schuift aan.
Het OT kan drie dingen besluiten: de school gaat met een aangepaste aanpak verder binnen de basisondersteuning; de school vraagt een arrangement aan bij het samenwerkingsverband (zie hoofdstuk 6); of de school bereidt samen met ouders een aanvraag voor een toelaatbaarheidsverklaring (TLV) voor.
## 5.2 De aanvraag van een toelaatbaarheidsverklaring
Een TLV is nodig voor plaatsing op een school voor sbo of so. Het samenwerkingsverband beslist over de aanvraag. De procedure kent vijf stappen.
Stap 1 – Aanvraag. Het bevoegd gezag van de school waar de leerling staat ingeschreven dient de aanvraag in via het digitale loket van het samenwerkingsverband. Bij de aanvraag horen het groeidocument met het ontwikkelingsperspectief, een verslag van het laatste OT en de zienswijze van ouders. Ouders ondertekenen de aanvraag of geven schriftelijk aan waarom zij dat niet doen.
Stap 2 – Ontvankelijkheid. Het secretariaat van de Commissie Toelaatbaarheid (CvT) controleert binnen vijf werkdagen of het dossier volledig is. Ontbreekt er iets, dan krijgt de school twee weken om het dossier aan te vullen.
Stap 3 – Deskundigenadvies. Twee deskundigen geven ieder een eigen, schriftelijk en gemotiveerd advies: een orthopedagoog of psycholoog, en afhankelijk van de vraag een tweede deskundige (kinder- en jeugdpsychiater, maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag of bij de begeleiding van de leerling.
Stap 4 – Besluit. De directeur-bestuurder besluit namens het samenwerkingsverband, op voordracht van de CvT, binnen zes weken na ontvangst van het volledige dossier. In spoedeisende situaties, bijvoorbeeld na een crisisopname, kan binnen tien werkdagen worden besloten.
Stap 5 – Bekendmaking. Ouders en school ontvangen het besluit schriftelijk, samen met een afschrift van beide deskundigenadviezen. Iedere TLV krijgt een volgnummer.
Duur en categorie. Een TLV voor het sbo geldt tot het einde van de basisschoolperiode van de leerling. Een TLV voor het so wordt afgegeven voor ten hoogste twee schooljaren en eindigt altijd op 31 juli. Bij een TLV voor het so stelt de CvT ook de bekostigingscategorie vast (laag, midden of hoog); de categorie volgt uit de ondersteuningsbehoefte zoals de deskundigen die beschrijven.
Bezwaar. Ouders of het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die de directeur-bestuurder adviseert voordat op het bezwaar wordt beslist. Na de beslissing op bezwaar staat beroep open bij de bestuursrechter.
## 5.3 Criteria voor toelaatbaarheid
In de vorige planperiode gebruikte het samenwerkingsverband een lijst met 'indicatoren voor toelaatbaarheid'. Bij de evaluatie in 2025 bleek dat die lijst te veel uitging van diagnoses en te weinig van wat een kind in de klas nodig heeft. De CvT, de sbo- en so-scholen en de intern begeleiders waren het erover eens dat de lijst niet langer bruikbaar is.
Het algemeen bestuur heeft daarom besloten de oude indicatoren niet in dit plan over te nemen. Een werkgroep met vertegenwoordigers van het sbo, het so, het basisonderwijs en de ondersteuningsplanraad ontwikkelt in het schooljaar 2026–2027 een nieuw afwegingskader. Het kader wordt als wijziging van dit ondersteuningsplan ter instemming aan de ondersteuningsplanraad voorgelegd. Tot het nieuwe kader is vastgesteld, weegt de CvT iedere aanvraag afzonderlijk, op basis van het dossier en de deskundigenadviezen.
## 5.4 Terugplaatsing en overplaatsing naar het basisonderwijs
Over deze paragraaf is bij de voorbereiding van dit plan nog geen overeenstemming bereikt tussen de sbo- en so-scholen en de besturen van het basisonderwijs. De werkgroep Doorstroom, waarin beide partijen zitting hebben, brengt naar verwachting in het voorjaar van 2027 advies uit. De tekst van deze paragraaf wordt daarna als wijziging van dit plan aan de ondersteuningsplanraad voorgelegd.
# 6 Het ondersteuningsaanbod in de regio
Tussen de basisondersteuning op iedere school en een plaats in het sbo of so ligt een breed palet aan ondersteuning. Samen vormen deze voorzieningen één samenhangend geheel: van lichte hulp in de eigen klas tot een plek op een speciale school, met zo min mogelijk drempels tussen de lagen.
## 6.1 Drie lagen
| Laag | Wat | Waar | Wie beslist |
| Basisondersteuning | De twaalf afspraken uit hoofdstuk 4 | Op iedere vestiging | De school |
| Extra ondersteuning | Individuele en groepsarrangementen, ambulante begeleiding, bovenschoolse groepen | Op de eigen school of op een bovenschoolse locatie | Het OT vraagt aan, de consulent van het samenwerkingsverband kent toe |
| Speciale ondersteuning | Plaatsing in sbo of so, onderwijs-zorgarrangementen | Op de twee sbo-scholen en de vijf so-locaties | Het samenwerkingsverband (TLV) |
## 6.2 Arrangementen
Een arrangement is extra ondersteuning op maat die de school na een besluit in het OT aanvraagt bij het samenwerkingsverband. We kennen individuele arrangementen – bijvoorbeeld extra begeleiding door een gedragsspecialist, een onderwijsassistent voor een deel van de week, of ambulante begeleiding door een so-school – en groepsarrangementen, waarbij een school voor meer leerlingen tegelijk ondersteuning organiseert, zoals een leesgroep of een sociale-vaardigheidstraining. Een arrangement duurt ten hoogste één schooljaar en wordt halverwege met ouders en school geëvalueerd.
## 6.3 Bovenschoolse voorzieningen
| Voorziening | Doelgroep | Locatie | Plaatsen |
| Plusklas De Uitdaging | Meer- en hoogbegaafde leerlingen groep 5–8, één dagdeel per week | Meanderwaard, Lindeveld, Rijnsate, Hazelbeek | 96 |
| Taalklas Nieuwkomers | Nieuwkomers van 6 tot 12 jaar in hun eerste jaar in Nederland | Meanderwaard (bij obs De Zandloper) | 24 |
| Observatiegroep De Brug | Jonge kinderen (4–7 jaar) bij wie de ondersteuningsvraag nog onduidelijk is; maximaal twaalf weken | Oosterbroek (bij sbo De Wissel) | 8 |
| Ambulante dienst | Begeleiding van leerkrachten en leerlingen met gedrags- of ontwikkelingsvragen in de eigen school | Hele regio | n.v.t. |
## 6.4 Speciaal basisonderwijs en speciaal onderwijs
De regio telt twee scholen voor speciaal basisonderwijs, sbo De Wissel in Oosterbroek en sbo Het Kompas in Lindeveld, en drie scholen voor speciaal onderwijs met samen vijf locaties: so De Horizon (cluster 4, in Meanderwaard en Rijnsate), so Het Palet (cluster 3, in Lindeveld en Hazelbeek) en so De Linde (cluster 3, voor zeer moeilijk lerende kinderen en kinderen met een ernstig meervoudige beperking, in Oosterbroek). Voor kinderen met een visuele of auditieve beperking werken we samen met de landelijke instellingen voor cluster 1 en 2; de toelating daar valt buiten de taken van het samenwerkingsverband.
Op so De Linde en so De Horizon bieden we samen met de gemeenten en twee zorgaanbieders onderwijs-zorgarrangementen: een combinatie van onderwijs en dagbesteding of behandeling in één rooster, voor kinderen die (nog) niet volledig onderwijs kunnen volgen. De gemeente betaalt het zorgdeel, het samenwerkingsverband en de school het onderwijsdeel.
# 7 Thuiszitters en een dekkend aanbod
Het samenwerkingsverband heeft de wettelijke opdracht te zorgen voor een dekkend aanbod: voor ieder kind moet er een passende plek zijn. Het algemeen bestuur heeft de directeur-bestuurder gevraagd in het schooljaar 2026–2027 samen met de schoolbesturen en de vijf gemeenten in kaart te brengen waar het aanbod tekortschiet. De uitkomsten, en de maatregelen die daaruit volgen, worden in de loop van 2027 als addendum aan dit plan toegevoegd.
Ook in onze regio zitten kinderen thuis zonder onderwijs. Iedere thuiszitter is er een te veel. Hoe het samenwerkingsverband, de scholen en de leerplichtambtenaren deze kinderen samen weer naar school helpen, werken we eveneens in dat addendum uit.
# 8 Kwaliteit en resultaten
Wij willen weten of wat we doen ook werkt. Daarom stellen we in deze planperiode een kwaliteitskader op. Daarin leggen we vast welke resultaten we voor leerlingen met een ondersteuningsbehoefte willen bereiken, hoe we die volgen en hoe we erover rapporteren. Het kwaliteitskader wordt in het schooljaar 2026–2027 ontwikkeld met de directeuren en intern begeleiders en aan de ondersteuningsplanraad voorgelegd.
De inspectie houdt toezicht op het samenwerkingsverband volgens haar onderzoekskader. Het laatste inspectiebezoek vond plaats in het najaar van 2024.
# 9 Communicatie
Goede communicatie is een voorwaarde voor passend onderwijs. Dit hoofdstuk beschrijft hoe we scholen, partners en ouders informeren, en waar ouders terechtkunnen als zij vastlopen.
## 9.1 Scholen en partners
Directeuren en intern begeleiders ontvangen zes keer per jaar de digitale nieuwsbrief Meanderpost. Vier keer per jaar organiseert het bureau per gemeente een netwerkbijeenkomst voor intern begeleiders. Voor de gemeenten en jeugdhulppartners is er een jaarlijkse regiobijeenkomst, waarin we ook de voortgang van dit plan bespreken.
## 9.2 Ouders
Ouders moeten kunnen weten welke ondersteuning er is en hoe zij die voor hun kind kunnen krijgen. Daarvoor gebruiken we de volgende kanalen:
- De ouderpagina op www.demeanderlanden.nl, met per school een overzicht van de ondersteuning die de school biedt bovenop de twaalf afspraken, een beschrijving van alle arrangementen en bovenschoolse voorzieningen, en de stappen van de TLV-procedure in begrijpelijke taal.
- De brochure 'Passend onderwijs in De Meanderlanden', die iedere school meegeeft bij de aanmelding van een kind. De brochure is er in het Nederlands, Engels, Arabisch, Pools en Oekraïens.
- De schoolgids van iedere school, die een vaste paragraaf bevat over de ondersteuning op school en over het samenwerkingsverband.
- Twee informatieavonden per schooljaar, afwisselend in de vijf gemeenten.
- Het ouderspreekuur van de consulenten: iedere woensdagmiddag telefonisch bereikbaar, zonder afspraak.
## 9.3 Onafhankelijke steun voor ouders
Soms lopen ouders vast, of zijn zij het niet eens met de school of met het samenwerkingsverband. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat De Meanderlanden samen met drie andere samenwerkingsverbanden heeft ingericht. Het steunpunt is onafhankelijk: de medewerkers zijn in dienst van een zelfstandige stichting en nemen geen instructies aan van het samenwerkingsverband of van scholen. Het steunpunt is bereikbaar via 024 – 000 12 34 en ojsp@rivierenland-steunpunt.example en helpt gratis.
Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten, een landelijke organisatie die bemiddelt bij problemen rond toelating en verwijdering. Klachten over het samenwerkingsverband kunnen worden ingediend bij de klachtencommissie van Stichting Onderwijsgeschillen; geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen ouders voorleggen aan de Geschillencommissie passend onderwijs.
Het steunpunt bundelt twee keer per jaar, geanonimiseerd, de signalen die het van ouders ontvangt en bespreekt die met de directeur-bestuurder.
# 10 Bestuur en medezeggenschap
Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur en is verantwoordelijk voor de uitvoering van dit plan. Het algemeen bestuur, bestaande uit een vertegenwoordiger van ieder aangesloten schoolbestuur, stelt het ondersteuningsplan, de begroting en het jaarverslag vast. Een raad van toezicht van vijf onafhankelijke leden houdt toezicht op de directeur-bestuurder. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het bestuursreglement.
De ondersteuningsplanraad (OPR) telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op iedere wijziging daarvan. De ouderleden vertegenwoordigen de ouders van alle scholen; de OPR organiseert twee keer per jaar een open bijeenkomst waarin ouders en personeel kunnen meepraten over de uitvoering van het plan.
De personeelsleden van het bureau hebben een eigen medezeggenschapsraad.
De totstandkoming van dit plan verliep als volgt: het concept werd op 15 januari 2026 aan de ondersteuningsplanraad en de gemeenten aangeboden; het overleg met het samenwerkingsverband voortgezet onderwijs Rivierenland vond plaats op 3 februari 2026; het op overeenstemming gericht overleg met de vijf gemeenten werd op 19 maart 2026 afgerond; de ondersteuningsplanraad stemde op 26 maart 2026 in en het algemeen bestuur stelde het plan op 9 april 2026 vast. Het plan is op 14 april 2026 aan de inspectie toegezonden.
# 11 Personeel en professionalisering
Het bureau van het samenwerkingsverband telt 14,2 fte: de directeur-bestuurder, zes consulenten, twee orthopedagogen, een secretaris van de CvT, een beleidsmedewerker, een managementassistent en een controller voor 0,4 fte. De consulenten zijn ieder verbonden aan een vaste groep scholen, zodat intern begeleiders en ouders steeds met dezelfde persoon te maken hebben.
Medewerkers van de ambulante dienst zijn in dienst van de so-scholen en worden via een detacheringsovereenkomst voor het samenwerkingsverband ingezet. Zo blijft hun expertise verbonden met het speciaal onderwijs en blijft de formatie van het bureau beperkt.
Het samenwerkingsverband biedt een jaarlijks scholingsaanbod aan voor intern begeleiders en leerkrachten, onder meer over handelingsgericht werken, gedrag in de klas, het werken met een ontwikkelingsperspectief en het gesprek met ouders. Het aanbod wordt samen met de Pabo Rivierenland ontwikkeld. Daarnaast faciliteren we intervisie voor intern begeleiders en een leernetwerk voor leerkrachten van combinatiegroepen.
De werkdruk van intern begeleiders is een terugkerend aandachtspunt. In het algemeen bestuur is afgesproken dat de besturen de uren voor intern begeleiding niet verlagen zolang dit plan loopt.
# 12 Geld en middelen
## 12.1 Inkomsten
Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en voor zware ondersteuning, berekend op basis van het aantal leerlingen in de regio. Een deel van dat budget bereikt ons niet: de bekostiging van leerlingen in het speciaal onderwijs houdt DUO rechtstreeks in, en voor het sbo draagt het samenwerkingsverband het deel boven de twee procent van het leerlingenaantal over aan de sbo-scholen.
## 12.2 Meerjarenbegroting
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage ondersteuning | 12.480 | 12.390 | 12.270 | 12.150 |
| Af: inhouding DUO speciaal onderwijs | 4.310 | 4.330 | 4.340 | 4.350 |
| Af: overdracht sbo boven 2% | 620 | 600 | 590 | 580 |
| Netto beschikbaar | 7.550 | 7.460 | 7.340 | 7.220 |
| Middelen naar schoolbesturen | 4.900 | 4.850 | 4.780 | 4.700 |
| Arrangementen en bovenschoolse voorzieningen | 1.380 | 1.400 | 1.420 | 1.430 |
| Bureau, CvT en consulenten | 1.520 | 1.540 | 1.560 | 1.580 |
| Ouder- en Jeugdsteunpunt (aandeel) | 60 | 60 | 60 | 60 |
| Ontwikkelprojecten (kwaliteitskader, werkgroepen) | 120 | 90 | 60 | 40 |
| Totaal lasten | 7.980 | 7.940 | 7.880 | 7.810 |
| Resultaat (onttrekking aan de reserve) | -430 | -480 | -540 | -590 |
De begroting is opgesteld op basis van de leerlingprognoses van de gemeenten en de bekostigingsbedragen voor het kalenderjaar 2026; latere jaren zijn niet geïndexeerd.
## 12.3 Verdeling over de schoolbesturen
Het verdeelmodel uit de vorige planperiode loopt af op 31 juli 2026. Over een nieuw model hebben de besturen nog geen overeenstemming bereikt: de kleinere besturen pleiten voor een hogere vaste voet per vestiging, de grotere voor een verdeling die meer rekening houdt met de ondersteuningsbehoefte van de leerlingen. Het algemeen bestuur neemt in het najaar van 2026 een besluit. Tot die tijd ontvangen de besturen een voorschot; de hoogte daarvan stelt het algemeen bestuur in juni 2026 vast. Ook de manier waarop besturen verantwoorden wat zij met de middelen hebben gedaan, wordt onderdeel van het nieuwe model.
## 12.4 Reserves en risico's
Op 31 december 2025 bedroeg de algemene reserve € 3,1 miljoen. Gemeten aan de signaleringswaarde van de inspectie is dat ongeveer € 1,2 miljoen meer dan nodig. Zoals de meerjarenbegroting laat zien, bouwen we de reserve in vier jaar af tot ongeveer € 1,1 miljoen; het vrijvallende bedrag wordt ingezet voor arrangementen en ontwikkelprojecten. De belangrijkste financiële risico's zijn een verdere groei van het aantal leerlingen in het speciaal onderwijs en wijzigingen in de rijksbekostiging. De controller rapporteert ieder kwartaal aan de directeur-bestuurder en de raad van toezicht over de uitputting van de begroting.
# 13 Samenwerking met de gemeenten
Onderwijs en jeugdhulp hebben elkaar nodig. In het op overeenstemming gericht overleg (OOGO) met de vijf gemeenten hebben we afgesproken om op vier thema's samen te werken: de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en vroegsignalering in de voorschoolse periode. Ook thuiszitters staan op de agenda van het OOGO.
Iedere school heeft een vaste contactpersoon van het lokale team. In Meanderwaard loopt sinds 2024 de pilot 'Jeugdhulp op school', waarbij een jeugdhulpverlener twee dagen per week op zes scholen aanwezig is. De gemeente betaalt de inzet; het samenwerkingsverband zorgt voor de afstemming met de intern begeleiders. Bij een positieve evaluatie willen de andere gemeenten volgen.
De wethouders onderwijs en jeugd van de vijf gemeenten en de directeur-bestuurder overleggen twee keer per jaar. Het OOGO over dit plan vond plaats op 12 februari en 19 maart 2026; de gemeenten hebben ingestemd met de tekst.
# 14 Privacy en ICT
Het samenwerkingsverband verwerkt bij arrangementen en toelaatbaarheidsverklaringen gevoelige persoonsgegevens, waaronder gegevens over gezondheid. Wij verwerken alleen de gegevens die nodig zijn voor de beoordeling, in een beveiligde digitale omgeving waarin scholen hun aanvraag indienen. Gegevens worden niet langer bewaard dan drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden, en met alle leveranciers zijn verwerkersovereenkomsten gesloten.
In 2027 vervangen we het digitale loket, omdat de huidige leverancier stopt. Bij de keuze van een nieuw systeem betrekken we intern begeleiders en de functionaris gegevensbescherming.
# 15 Planning 2026–2030
| Wanneer | Wat | Wie |
| Juni 2026 | Voorschot middelen schoolbesturen | Algemeen bestuur |
| Najaar 2026 | Besluit over een nieuw verdeelmodel | Algemeen bestuur, na instemming OPR |
| 2026–2027 | Afwegingskader toelaatbaarheid | Werkgroep, ter instemming aan de OPR |
| 2026–2027 | Kwaliteitskader en beoogde resultaten | Directeur-bestuurder met directeuren |
| Voorjaar 2027 | Paragraaf terugplaatsing en overplaatsing | Werkgroep Doorstroom |
| 2027 | Addendum dekkend aanbod en thuiszitters | Bureau met schoolbesturen en gemeenten |
| 1 augustus 2027 | Alle vestigingen voldoen aan de twaalf afspraken | Schoolbesturen |
| 2029 | Evaluatie van dit ondersteuningsplan | Bureau en OPR |
| Vóór 1 mei 2030 | Nieuw ondersteuningsplan naar de inspectie | Directeur-bestuurder |
# Bijlage A Begrippenlijst
| Begrip | Betekenis |
| Arrangement | Extra ondersteuning op maat, toegekend door het samenwerkingsverband. |
| Basisondersteuning | Het afgesproken niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt. |
| Bekostigingscategorie | Laag, midden of hoog: bepaalt de bekostiging van een leerling in het so. |
| CvT | Commissie Toelaatbaarheid. |
| Dekkend aanbod | Een samenhangend geheel van voorzieningen, waardoor er voor iedere leerling een passende plek is. |
| Meerjarenbegroting | Begroting voor meer jaren, waarin inkomsten en uitgaven van het samenwerkingsverband staan. |
| OJSP | Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren. |
| OOGO | Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten. |
| OPP | Ontwikkelingsperspectief. |
| OPR | Ondersteuningsplanraad. |
| Resultaten | Beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben. |
| Terugplaatsing | Het terugkeren van een leerling uit het sbo of so naar een reguliere basisschool. |
| Thuiszitter | Leerplichtig kind dat niet staat ingeschreven of langer dan vier weken zonder geldige reden verzuimt. |
| TLV | Toelaatbaarheidsverklaring voor het sbo of so. |
| Verdeelmodel | De manier waarop het samenwerkingsverband de ondersteuningsmiddelen over de schoolbesturen verdeelt. |
"""

# ---------------------------------------------------------------------------------------------
# Plan B: VO, .pdf (from .docx)  -  SWV VO Kempenrand, titled as a 'beleidsplan'
# ---------------------------------------------------------------------------------------------
PLAN_B = r"""
T: Samen sterk in ondersteuning
S: Beleidsplan 2026–2030 · Samenwerkingsverband VO Kempenrand (VO 30-08)
Voor de scholen voor voortgezet onderwijs, praktijkonderwijs en voortgezet speciaal onderwijs in de gemeenten Kempenrand, Aalsterbeek, Heidebroek en Haverbeek
Planperiode 1 augustus 2026 – 31 juli 2030 · Instemming ondersteuningsplanraad 24 maart 2026 · Vastgesteld door het bestuur 8 april 2026
PAGE
# Inhoud
~ 1 Inleiding en leeswijzer
~ 2 Terugblik 2022–2026
~ 3 Missie, visie en koers
~ 4 Ondersteuning in drie niveaus
~ 4.1 Basisondersteuning (niveau 1)
~ 4.2 Extra ondersteuning in de school (niveau 2)
~ 4.3 Bovenschoolse voorzieningen (niveau 2+)
~ 4.4 Voortgezet speciaal onderwijs (niveau 3)
~ 5 Toewijzing en toelaatbaarheid
~ 5.1 Toelaatbaarheid tot het vso
~ 5.2 Wanneer is een leerling toelaatbaar?
~ 5.3 Duur, verlenging en afloop van de TLV
~ 5.4 Leerwegondersteunend onderwijs
~ 5.5 Praktijkonderwijs
~ 5.6 Bezwaar
~ 6 Een dekkend netwerk
~ 7 Samenwerking met gemeenten en jeugdhulp
~ 8 Kwaliteitszorg
~ 9 Leerlingen en ouders
~ 10 Klachten, bezwaren en geschillen
~ 11 Organisatie en medezeggenschap
~ 12 Personeel
~ 13 Financiën en meerjarenbegroting
~ 14 Planning
~ Bijlage Afkortingen
PAGE
# 1 Inleiding en leeswijzer
Dit beleidsplan is het ondersteuningsplan van Samenwerkingsverband VO Kempenrand in de zin van artikel 17a van de Wet op het voortgezet onderwijs, inmiddels artikel 2.47 en volgende van de Wet voortgezet onderwijs 2020. We kozen bewust voor de titel 'Samen sterk in ondersteuning': het plan gaat niet alleen over regels en procedures, maar over wat scholen samen doen voor jongeren die meer nodig hebben dan gemiddeld.
Bij het samenwerkingsverband zijn negen schoolbesturen aangesloten, met veertien scholen voor voortgezet onderwijs (21 vestigingen), twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs. Samen bieden zij onderwijs aan ongeveer 14.800 leerlingen, van praktijkonderwijs tot gymnasium.
Hoofdstuk 2 kijkt terug op de vorige planperiode. Hoofdstuk 3 beschrijft onze missie en koers. In de hoofdstukken 4 tot en met 7 staat hoe de ondersteuning in de regio is georganiseerd: van de basis op iedere school tot het voortgezet speciaal onderwijs, hoe leerlingen worden toegewezen en hoe we zorgen dat er voor iedere jongere een plek is. Hoofdstuk 8 gaat over kwaliteitszorg, de hoofdstukken 9 en 10 over leerlingen en ouders, en de hoofdstukken 11 tot en met 14 over organisatie, personeel, financiën en planning.
# 2 Terugblik 2022–2026
De vorige planperiode stond in het teken van bouwen. In 2023 betrok het Orthopedagogisch-Didactisch Centrum (OPDC) De Overstap een nieuw gebouw aan de rand van Kempenrand, met ruimte voor vier groepen en een eigen sportzaal. In 2022 startte de Thuiszitterstafel, waaraan samenwerkingsverband, leerplicht en jeugdhulp iedere maand samen zitten. In 2024 zijn de aanvragen voor leerwegondersteunend onderwijs en praktijkonderwijs opgenomen in het digitale Loket, zodat scholen nog maar één portaal gebruiken.
Niet alles ging volgens plan. De geplande 'doorstroomklas' voor leerlingen die vanuit het vso terug willen naar het regulier onderwijs kwam er niet, omdat geen van de scholen de huisvesting rond kreeg. De samenwerking met de jeugdhulp verliep per gemeente heel verschillend. En scholen gaven aan dat het aantal formulieren eerder toe- dan afnam.
In het voorjaar van 2025 hebben we de vorige periode geëvalueerd met alle scholen, de ondersteuningsplanraad en de vier gemeenten. De belangrijkste lessen: scholen vullen de basisondersteuning nog heel verschillend in; leerlingen met een combinatie van hoge intelligentie en autisme vinden moeilijk een passende plek; en de doorlooptijden van aanvragen zijn verbeterd, maar nog niet overal voorspelbaar. Deze lessen komen in de volgende hoofdstukken terug.
# 3 Missie, visie en koers
Onze missie: wij zorgen er samen voor dat iedere jongere in de Kempenrand een passende onderwijsplek heeft, zo dicht mogelijk bij huis.
Onze visie rust op drie pijlers. Samen: geen school kan alles alleen, en de scholen zijn samen verantwoordelijk voor alle jongeren in de regio. Dichtbij: ondersteuning wordt zo veel mogelijk geboden in de eigen school en de eigen klas, door mensen die de leerling kennen. Vertrouwen: we gaan uit van de professionaliteit van scholen en verantwoorden ons in een open dialoog, niet met stapels formulieren.
De koers voor de komende vier jaar vatten we samen in drie woorden: eenvoudiger, eerder, eerlijker. Eenvoudiger: één Loket, één dossier, korte lijnen. Eerder: ondersteuning zodra een school signaleert dat een leerling vastloopt, niet pas als het misgaat. Eerlijker: iedere school draagt naar vermogen bij aan het regionale aanbod.
Deze koers is in de zomer van 2025 met alle schoolleiders en ondersteuningscoördinatoren besproken tijdens een tweedaagse. De uitkomsten van die dagen vormden de basis voor dit plan.
# 4 Ondersteuning in drie niveaus
## 4.1 Basisondersteuning (niveau 1)
Basisondersteuning is in de Kempenrand de ondersteuning die iedere vestiging van iedere aangesloten school voor voortgezet onderwijs – ook de vestigingen voor praktijkonderwijs – ten minste biedt aan elke leerling die dat nodig heeft, zonder aanvraag bij het samenwerkingsverband en zonder extra middelen van het samenwerkingsverband. Het bestuur heeft in 2019 vastgesteld dat dit niveau voor alle vestigingen gelijk is; met dit plan bevestigt het bestuur dat besluit.
Bij de evaluatie bleek dat de lijst met standaarden uit 2019 niet meer actueel is en dat scholen die heel verschillend toepassen. Daarom stelt het bestuur in het schooljaar 2026–2027, na een ronde langs alle vestigingen, een nieuwe gezamenlijke lijst van standaarden vast. Tot die lijst er is, beschrijft iedere school haar eigen invulling in haar schoolondersteuningsprofiel.
## 4.2 Extra ondersteuning in de school (niveau 2)
Als de basisondersteuning niet volstaat, kan een school extra ondersteuning bieden in de eigen school. Iedere school heeft een ondersteuningscoördinator en een zorg- en adviesteam (ZAT), waarin de mentor, de ondersteuningscoördinator, de jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker samenkomen. Het ZAT stelt samen met de leerling en ouders een ontwikkelingsperspectief op en bepaalt welke ondersteuning nodig is.
Voorbeelden van extra ondersteuning op niveau 2 zijn begeleiding door een gedragsspecialist of orthopedagoog van de school, een trajectvoorziening waar leerlingen een deel van de dag in een kleine groep werken, faalangstreductietraining in kleine groepen, inzet van een onderwijsassistent en ambulante begeleiding door een van de vso-scholen. Een school kan via het Loket een arrangement aanvragen als zij de benodigde ondersteuning niet zelf kan organiseren; de consulent van het samenwerkingsverband beslist daarover binnen drie weken.
## 4.3 Bovenschoolse voorzieningen (niveau 2+)
Voor leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren, heeft het samenwerkingsverband vier bovenschoolse voorzieningen. Een leerling blijft ingeschreven op de eigen school, die verantwoordelijk blijft voor het onderwijsprogramma.
| Voorziening | Voor wie | Duur | Plaatsen |
| OPDC De Overstap, Kempenrand | Leerlingen vmbo en havo die tijdelijk niet in een reguliere klas kunnen functioneren; onderwijs en gedragsbegeleiding in kleine groepen | Ten hoogste één schooljaar | 48 |
| Rebound Heidebroek | Leerlingen die na een incident of ernstig verzuim tijdelijk uit de klas zijn | 6 tot 12 weken | 12 |
| Tussenvoorziening Stapsteen | Leerlingen met psychische klachten of langdurig verzuim; onderwijs gecombineerd met behandeling door de GGZ | Ten hoogste één schooljaar | 16 |
| ISK Kempenrand | Nieuwkomers van 12 tot 18 jaar | 1 tot 2 jaar | 90 |
## 4.4 Voortgezet speciaal onderwijs (niveau 3)
In de regio staan drie scholen voor voortgezet speciaal onderwijs. Vso De Kempenborg (cluster 4) biedt onderwijs aan jongeren met gedrags- en psychiatrische problematiek, met de uitstroomprofielen vervolgonderwijs en arbeidsmarkt. Vso Het Baken (cluster 3) is er voor jongeren met een lichamelijke beperking of langdurige ziekte. Vso De Wilgen (cluster 3) richt zich op zeer moeilijk lerende jongeren en jongeren met een ernstig meervoudige beperking, met de uitstroomprofielen arbeidsmarkt en dagbesteding. Op De Wilgen bieden we samen met een zorgaanbieder onderwijs-zorgarrangementen voor jongeren die (nog) niet het volledige onderwijsprogramma kunnen volgen.
Samen vormen de niveaus één doorlopende lijn: een leerling krijgt de ondersteuning op het laagste niveau dat volstaat, en kan tussen de niveaus wisselen als zijn ondersteuningsbehoefte verandert.
# 5 Toewijzing en toelaatbaarheid
## 5.1 Toelaatbaarheid tot het vso
Voor plaatsing op een school voor voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure verloopt als volgt.
- Aanvraag: het bevoegd gezag van de school waar de leerling is ingeschreven – of, bij een leerling die nog nergens is ingeschreven, de school waar hij is aangemeld – vraagt de TLV aan via het Loket. Bij de aanvraag horen het ontwikkelingsperspectief met een evaluatie van de geboden ondersteuning, het verslag van het laatste multidisciplinair overleg (MDO) en de zienswijze van ouders en, vanaf 12 jaar, van de leerling zelf.
- Controle: de consulent van het Loket controleert binnen vijf werkdagen of de aanvraag compleet is.
- Advies: de Commissie Toewijzing betrekt bij iedere aanvraag twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog, en afhankelijk van de leerling een tweede deskundige (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater). Iedere deskundige brengt een eigen schriftelijk advies uit. Deskundigen die bij de aanvraag of de begeleiding van de leerling betrokken waren, adviseren niet.
- Besluit: de directeur neemt namens het bestuur binnen zes weken na ontvangst van de complete aanvraag een besluit. Die termijn kan eenmaal met ten hoogste vier weken worden verlengd; ouders en school krijgen daarvan bericht.
- Bekendmaking: ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen. Iedere TLV krijgt een volgnummer.
## 5.2 Wanneer is een leerling toelaatbaar?
Een leerling is toelaatbaar tot het vso als aan alle vier de volgende voorwaarden is voldaan.
- De school heeft de basisondersteuning en ten minste één arrangement op niveau 2 gedurende ten minste een half schooljaar ingezet, en de evaluatie in het ontwikkelingsperspectief laat zien dat dit onvoldoende effect had. Van deze voorwaarde kan worden afgeweken als beide deskundigen vaststellen dat niveau 2 op voorhand ontoereikend is, bijvoorbeeld na een crisisopname.
- De ondersteuningsbehoefte van de leerling ligt op ten minste twee van de vijf domeinen – leren, gedrag en sociaal-emotionele ontwikkeling, communicatie, medisch-lichamelijke ontwikkeling en zelfredzaamheid – structureel boven wat een reguliere school of het OPDC met extra ondersteuning kan bieden.
- De vso-school kan de ondersteuning bieden die de leerling nodig heeft.
- Beide deskundigen adviseren positief.
De Commissie Toewijzing bepaalt bij iedere TLV de bekostigingscategorie: laag voor leerlingen in cluster 4 en voor zeer moeilijk lerende leerlingen, midden voor leerlingen met een lichamelijke beperking, en hoog voor leerlingen met een meervoudige beperking.
## 5.3 Duur, verlenging en afloop van de TLV
Een eerste TLV wordt afgegeven voor twee schooljaren en eindigt op 31 juli. Voor leerlingen van vso De Wilgen met het uitstroomprofiel dagbesteding geldt de TLV tot het einde van de vso-periode.
Wij vinden dat een plaats in het vso geen eindstation hoeft te zijn. Leerlingen van wie het ontwikkelingsperspectief laat zien dat zij met ondersteuning het onderwijs op een reguliere school kunnen volgen, keren terug naar het regulier voortgezet onderwijs, zo mogelijk naar een school dicht bij huis. Voorwaarden daarvoor zijn dat de leerling ten minste zes maanden stabiel functioneert, dat er een ontvangende school is die de benodigde ondersteuning kan bieden, en dat ouders en leerling met de terugkeer instemmen.
Iedere vso-school evalueert het ontwikkelingsperspectief ieder jaar met ouders en leerling. In het laatste jaar van de TLV voert de vso-school vóór 1 februari een perspectiefgesprek met ouders, leerling en de consulent van het samenwerkingsverband. In dat gesprek wordt besloten of de leerling terugkeert naar het regulier onderwijs of dat een nieuwe TLV wordt aangevraagd.
Kiezen de partijen voor terugkeer, dan neemt de vso-school het initiatief: zij meldt de leerling, met instemming van ouders, uiterlijk 1 april aan bij de ontvangende school. De consulent coördineert de overdracht en de ontvangende school beslist binnen de wettelijke termijn over de toelating. De leerling krijgt een terugkeerarrangement: in het eerste half jaar begeleidt de vso-school de leerling en de mentor ambulant, ten minste een uur per week, en na drie en na zes maanden wordt de terugkeer met ouders en leerling geëvalueerd.
Is een nieuwe TLV nodig, dan vraagt het bevoegd gezag van de vso-school die uiterlijk 1 april aan volgens de procedure in paragraaf 5.1.
In het schooljaar 2024–2025 keerden negen leerlingen vanuit het vso terug naar het regulier voortgezet onderwijs; zeven van hen zaten een jaar later nog op die school.
## 5.4 Leerwegondersteunend onderwijs
Het samenwerkingsverband hanteert de landelijke criteria voor leerwegondersteunend onderwijs (lwoo) en maakt geen gebruik van de mogelijkheid om eigen criteria vast te stellen. De basisschool levert via de VO-school van aanmelding uiterlijk 1 maart het onderwijskundig rapport en de testgegevens aan in het Loket. De Commissie Toewijzing beslist binnen vier weken. Een aanwijzing voor lwoo geldt voor de duur van de opleiding.
## 5.5 Praktijkonderwijs
Ook voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV aan via het Loket; twee deskundigen adviseren en de Commissie Toewijzing beslist binnen vier weken. De TLV voor praktijkonderwijs geldt voor de gehele duur van de opleiding.
## 5.6 Bezwaar
Ouders en schoolbesturen die het niet eens zijn met een besluit over een TLV of een lwoo-aanwijzing, kunnen binnen zes weken na de bekendmaking bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist. Tegen de beslissing op bezwaar staat beroep open bij de rechtbank.
# 6 Een dekkend netwerk
Een dekkend netwerk betekent dat er voor iedere jongere in de regio een passende plek is, en dat niemand tussen wal en schip valt. Dat vraagt om afspraken over de zorgplicht, om zicht op de plekken waar het aanbod tekortschiet, en om een aanpak voor jongeren die thuiszitten.
## 6.1 Zorgplicht en doorzettingsmacht
Iedere school heeft zorgplicht voor de leerlingen die bij haar zijn aangemeld. Kan een school een leerling niet zelf de benodigde ondersteuning bieden, dan zoekt zij samen met ouders een school die dat wel kan; de consulent van het samenwerkingsverband helpt daarbij. Is er tien weken na de aanmelding nog geen plek gevonden, dan meldt de school dit bij de directeur van het samenwerkingsverband. De directeur kan een schoolbestuur dan vragen de leerling te plaatsen; de besturen hebben afgesproken aan dat verzoek gevolg te geven.
## 6.2 Witte vlekken en wat we eraan doen
In 2025 hebben we met alle scholen en de gemeenten onderzocht waar het aanbod tekortschiet. Drie witte vlekken kwamen naar voren.
| Witte vlek | Maatregel | Wanneer | Wie |
| Te weinig plekken voor jongeren met autisme en een havo/vwo-perspectief | Start van een kleinschalige havo/vwo-plusgroep op twee scholen, samen 24 plaatsen | 1 augustus 2027 | Twee schoolbesturen, bureau |
| Wachttijd tot vier maanden voor vso cluster 4 | Uitbreiding van vso De Kempenborg met 30 plaatsen; tot dan overbruggingsbegeleiding door het OPDC | Schooljaar 2027–2028 | Bestuur De Kempenborg, samenwerkingsverband |
| Geen passend aanbod voor jongeren met psychische klachten die deels onderwijs kunnen volgen | Uitbreiding van Tussenvoorziening Stapsteen met een deeltijdprogramma | Januari 2027 | Samenwerkingsverband, GGZ |
De voortgang van deze maatregelen staat ieder kwartaal op de agenda van het bestuur. In 2028 herhalen we de inventarisatie.
## 6.3 Thuiszitters
Geen jongere hoort thuis te zitten zonder onderwijs. Iedere leerling die langer dan vier weken niet of nauwelijks naar school gaat, wordt binnen twee weken besproken aan de Thuiszitterstafel, waaraan de school, de leerplichtambtenaar, het samenwerkingsverband en de jeugdhulp deelnemen. De leerling en ouders krijgen een vaste trajectbegeleider van het samenwerkingsverband, die samen met hen een plan maakt voor de terugkeer naar onderwijs, eventueel via de Rebound of Stapsteen. Lukt het binnen drie maanden niet, dan schaalt de trajectbegeleider op naar de directeur van het samenwerkingsverband en de wethouder.
In het schooljaar 2024–2025 zijn 23 jongeren aan de Thuiszitterstafel besproken; 15 van hen gingen binnen drie maanden weer (gedeeltelijk) naar school.
# 7 Samenwerking met gemeenten en jeugdhulp
Met de vier gemeenten voeren we jaarlijks op overeenstemming gericht overleg (OOGO). Het OOGO over dit plan vond plaats op 12 maart 2026. De gemeenten en het samenwerkingsverband hebben afspraken gemaakt over vier thema's: de inzet van jeugdhulp op school, de aanpak van verzuim en thuiszitten, leerlingenvervoer naar het vso en de aansluiting op het mbo en de arbeidsmarkt.
Op iedere vestiging is een school-jeugdteam actief: een jeugdhulpverlener van het lokale team die vaste uren op school aanwezig is en deelneemt aan het ZAT. Voor jongeren die uitstromen naar werk of dagbesteding werken de vso-scholen en het praktijkonderwijs samen met het Werkplein en het Regionaal Meld- en Coördinatiepunt.
Het samenwerkingsverband heeft ook overleg gevoerd met het samenwerkingsverband primair onderwijs in de regio, onder meer over de overstap van groep 8 naar de brugklas en over leerlingen uit het speciaal basisonderwijs.
# 8 Kwaliteitszorg
## 8.1 De kwaliteitscyclus
Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Ieder jaar stelt het bestuur een jaarplan vast; het bureau rapporteert ieder kwartaal over de voortgang; het jaarverslag legt verantwoording af over het afgelopen jaar. Iedere school voert jaarlijks in het najaar een kwaliteitsgesprek met het samenwerkingsverband, waarin de gegevens van de school worden besproken.
## 8.2 Wat we meten en hoe
Wij volgen ieder kwartaal de volgende gegevens: het aantal TLV's per bekostigingscategorie, het deelnamepercentage vso op de teldatum van 1 oktober in vergelijking met het landelijk gemiddelde, het aantal arrangementen en de evaluatie daarvan in het ontwikkelingsperspectief, het aantal thuiszitters en de duur van het thuiszitten, de doorlooptijd van aanvragen in het Loket, en het aantal leerlingen dat vanuit het vso terugkeert. Eens per twee jaar peilen we de tevredenheid van ouders en scholen over het samenwerkingsverband.
De gegevens komen uit het Loket, uit DUO-gegevens en uit de registraties van leerplicht. Het bestuur en de ondersteuningsplanraad ontvangen ieder kwartaal een rapportage. In het jaarverslag publiceren we de bereikte resultaten, met een toelichting op opvallende ontwikkelingen. In 2028 laat het bestuur een onafhankelijke tussenevaluatie uitvoeren.
## 8.3 Bereikte resultaten in de vorige planperiode
| Indicator | 2021–2022 | 2024–2025 | Landelijk 2024–2025 |
| Deelnamepercentage vso (1 oktober) | 3,9% | 3,6% | 3,5% |
| Thuiszitters langer dan drie maanden | 31 | 19 | – |
| Doorlooptijd TLV-aanvraag (gemiddeld, werkdagen) | 34 | 26 | – |
| Tevredenheid ouders (schaal 1–10) | 6,6 | 7,1 | – |
## 8.4 Beoogde resultaten 2026–2030
De beoogde resultaten voor deze planperiode zijn nog niet in dit plan opgenomen. Het bestuur wil ze baseren op de nulmeting die volgt op de nieuwe lijst van standaarden voor de basisondersteuning (zie paragraaf 4.1). Ze worden vastgelegd in het jaarplan 2027, dat afzonderlijk wordt vastgesteld.
# 9 Leerlingen en ouders
Leerlingen en ouders zijn onze belangrijkste partners. Bij iedere stap in de ondersteuningsroute – het ZAT, het ontwikkelingsperspectief, de aanvraag van een TLV – zijn ouders en leerling betrokken. Leerlingen geven zelf hun mening over hun ontwikkelingsperspectief, en die mening wordt in het document opgenomen.
In de ondersteuningsplanraad hebben ouders en leerlingen samen de helft van de zetels. Het samenwerkingsverband heeft daarnaast een leerlingenpanel van twaalf jongeren, dat twee keer per jaar meepraat over de uitvoering van dit plan.
De manier waarop het samenwerkingsverband ouders en leerlingen informeert, wordt herzien. Een communicatieplan wordt in het schooljaar 2026–2027 opgesteld, samen met het leerlingenpanel en de ouders in de ondersteuningsplanraad.
# 10 Klachten, bezwaren en geschillen
Over bezwaar tegen een besluit over toelaatbaarheid staat meer in paragraaf 5.6. Voor klachten over het samenwerkingsverband geldt de klachtenregeling; het samenwerkingsverband is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering en het ontwikkelingsperspectief kunnen ouders voorleggen aan de Geschillencommissie passend onderwijs.
Ouders en leerlingen die hulp zoeken bij een vraag of een conflict over ondersteuning, kunnen kosteloos terecht bij het Ouder- en Jeugdsteunpunt Kempenrand. Het steunpunt is ondergebracht bij een onafhankelijke stichting voor cliëntondersteuning en neemt geen aanwijzingen aan van scholen of van het samenwerkingsverband. Medewerkers denken mee, gaan desgewenst mee naar gesprekken op school en helpen bij het zoeken naar een oplossing. Het steunpunt is bereikbaar via 040 – 000 56 78, per e-mail en tijdens een wekelijks inloopspreekuur in de bibliotheek van Kempenrand.
Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten, die kosteloos en onafhankelijk bemiddelen bij problemen rond toelating, verwijdering en thuiszitten. De consulenten van het samenwerkingsverband bieden ook mediation aan, maar zijn daarbij uiteraard niet onafhankelijk.
# 11 Organisatie en medezeggenschap
Het samenwerkingsverband is een vereniging van de negen aangesloten schoolbesturen. Het bestuur bestaat uit de bestuurders van de negen besturen; een directeur voert de dagelijkse leiding en heeft mandaat voor besluiten over toelaatbaarheid. De algemene ledenvergadering houdt toezicht op het bestuur; twee onafhankelijke leden adviseren de vergadering.
De ondersteuningsplanraad telt zestien leden: acht personeelsleden, vier ouders en vier leerlingen. De raad heeft instemmingsrecht op dit plan en op wijzigingen daarvan.
Het plan kwam als volgt tot stand: overleg met het samenwerkingsverband primair onderwijs op 10 februari 2026, op overeenstemming gericht overleg met de vier gemeenten op 12 maart 2026, instemming van de ondersteuningsplanraad op 24 maart 2026 en vaststelling door het bestuur op 8 april 2026. Het plan is vóór 1 mei 2026 aan de inspectie gezonden.
# 12 Personeel
Het bureau van het samenwerkingsverband telt 11,6 fte: een directeur, vijf consulenten, een orthopedagoog, twee trajectbegeleiders, een secretaris van de Commissie Toewijzing en een beleidsmedewerker. De medewerkers van het OPDC, de Rebound en Stapsteen zijn in dienst van de besturen die de voorzieningen in opdracht van het samenwerkingsverband uitvoeren.
Via de Kempenrand Academie biedt het samenwerkingsverband een scholingsprogramma voor ondersteuningscoördinatoren, mentoren en docenten, onder meer over gedrag in de klas, executieve functies en het voeren van het perspectiefgesprek. Nieuwe ondersteuningscoördinatoren volgen een inwerkprogramma van een jaar.
# 13 Financiën en meerjarenbegroting
Het financiële beleid – de verdeling van de middelen over scholen en voorzieningen, de meerjarenbegroting en het reservebeleid – is niet in dit beleidsplan opgenomen. Het bestuur werkt aan een nieuw verdeelmodel, waarin ook de inzet van de middelen voor lichte ondersteuning, lwoo en praktijkonderwijs opnieuw wordt bekeken. Het Financieel kader 2026–2030 wordt na instemming van de ondersteuningsplanraad in juni 2026 vastgesteld en daarna op de website gepubliceerd.
# 14 Planning
| Wanneer | Wat |
| Juni 2026 | Financieel kader 2026–2030 |
| Schooljaar 2026–2027 | Nieuwe lijst van standaarden basisondersteuning en nulmeting |
| Schooljaar 2026–2027 | Communicatieplan ouders en leerlingen |
| Januari 2027 | Deeltijdprogramma Stapsteen |
| Jaarplan 2027 | Beoogde resultaten 2026–2030 |
| 1 augustus 2027 | Start havo/vwo-plusgroep |
| Schooljaar 2027–2028 | Uitbreiding vso De Kempenborg |
| 2028 | Tussenevaluatie en nieuwe inventarisatie witte vlekken |
| Vóór 1 mei 2030 | Nieuw ondersteuningsplan naar de inspectie |
# Bijlage Afkortingen
| Afkorting | Betekenis |
| ISK | Internationale schakelklas |
| LBT | Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen |
| lwoo | Leerwegondersteunend onderwijs |
| MDO | Multidisciplinair overleg |
| MJB | Meerjarenbegroting |
| OJSP | Ouder- en jeugdsteunpunt |
| OOGO | Op overeenstemming gericht overleg |
| OPDC | Orthopedagogisch-didactisch centrum |
| OPP | Ontwikkelingsperspectief |
| OPR | Ondersteuningsplanraad |
| pro | Praktijkonderwijs |
| SOP | Schoolondersteuningsprofiel |
| TLV | Toelaatbaarheidsverklaring |
| vso | Voortgezet speciaal onderwijs |
| ZAT | Zorg- en adviesteam |
"""

# ---------------------------------------------------------------------------------------------
# Plan C: PO, .html (web version)  -  SWV Zuiderzeekust, 'Koers 2030' = part A of a two-part plan
# ---------------------------------------------------------------------------------------------
PLAN_C_NAV = [
    ("Home", "/"),
    ("Over ons", "/over-ons"),
    ("Basisondersteuning", "/basisondersteuning"),
    ("Toelaatbaarheid (TLV)", "/tlv"),
    ("Arrangementen en dekkend aanbod", "/aanbod"),
    ("Voor ouders", "/ouders"),
    ("Ondersteuningsplan", "/ondersteuningsplan"),
    ("Contact", "/contact"),
]
PLAN_C_FOOTER = ("<p>Samenwerkingsverband Passend Primair Onderwijs Zuiderzeekust &middot; Havenkade 3, 8251 ZK Havenwijk "
                 "&middot; 0321 &ndash; 000 200</p>"
                 "<p>Vragen als ouder? Het onafhankelijke Ouder- en Jeugdsteunpunt Flevokust helpt u gratis: "
                 "0321 &ndash; 000 300 &middot; <a href=\"/ouders\">Informatie voor ouders over basisondersteuning, "
                 "arrangementen en de TLV</a></p>"
                 "<p>&copy; 2026 SWV Zuiderzeekust &middot; <a href=\"/privacy\">Privacy</a></p>")

PLAN_C = r"""
T: Koers 2030 – Ondersteuningsplan 2026–2030, deel A
S: Samenwerkingsverband Passend Primair Onderwijs Zuiderzeekust (PO 23-07) · koers, resultaten, terugplaatsing en middelen
Planperiode 1 augustus 2026 – 31 juli 2030. Vastgesteld door het bestuur op 2 april 2026, na instemming van de ondersteuningsplanraad op 25 maart 2026.
# Inhoud
~ Leeswijzer
~ 1 Voorwoord
~ 2 Onze regio
~ 3 Visie
~ 4 Koers: vier ambities
~ 5 Beoogde resultaten 2026–2030
~ 6 Hoe we resultaten volgen en verantwoorden
~ 7 Terugplaatsing: onze koers
~ 8 Middelen
~ 9 Wat kost wat: middelen en resultaten
~ 10 Bestuur, medezeggenschap en overleg
~ 11 Organisatie en personeel
~ 12 Privacy en digitale systemen
~ 13 Planning
~ Begrippenlijst
# Leeswijzer
Het ondersteuningsplan 2026–2030 van Zuiderzeekust bestaat uit twee delen. Dit deel A, 'Koers 2030', beschrijft onze visie en ambities, de resultaten die we willen bereiken en hoe we die volgen, ons beleid voor terugplaatsing, en de manier waarop we de middelen verdelen en besteden. Deel A ligt vast voor de hele planperiode.
Deel B, 'De ondersteuningsroute', beschrijft de praktische uitwerking: de basisondersteuning op iedere school, het aanbod van arrangementen en voorzieningen, de procedure en criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, de stappen bij terugplaatsing, en de informatie voor ouders. Deel B wordt ieder jaar geactualiseerd en is te vinden op de website van het samenwerkingsverband. Deel B is geen onderdeel van dit document.
# 1 Voorwoord
Vier jaar geleden schreven we in ons vorige plan dat passend onderwijs 'een werk in uitvoering' was. Dat is het nog steeds, maar we staan er nu anders voor. De scholen in onze regio werken nauwer samen dan ooit en we weten beter wat werkt.
Met Koers 2030 kiezen we voor een plan dat anders is opgebouwd dan zijn voorgangers. We leggen de koers, de resultaten en het geld voor vier jaar vast, en houden de praktische uitwerking flexibel. Zo kunnen we de route voor scholen en ouders ieder jaar verbeteren zonder het hele plan te herschrijven.
Dit plan is geschreven samen met een schrijfgroep van directeuren, intern begeleiders en medewerkers van het bureau. De ondersteuningsplanraad heeft het concept in drie rondes van commentaar voorzien; de gemeenten hebben het in het op overeenstemming gericht overleg besproken. Wij danken alle betrokkenen, en in het bijzonder de leerkrachten die ons lieten meekijken in hun klas.
Ir. J. P. van Dalen, voorzitter van het bestuur
# 2 Onze regio
Zuiderzeekust is het samenwerkingsverband voor primair onderwijs in de gemeenten Havenwijk, Dronterhout, Elburgzand en Noordweide. Negen schoolbesturen zijn aangesloten, met samen 51 basisscholen, twee scholen voor speciaal basisonderwijs en een school voor speciaal onderwijs met twee locaties. Op 1 oktober 2025 telden de basisscholen 9.130 leerlingen.
| Gegeven | 1 oktober 2021 | 1 oktober 2025 | Landelijk 2025 |
| Leerlingen basisonderwijs | 9.410 | 9.130 | – |
| Deelnamepercentage sbo | 3,2% | 2,8% | 2,5% |
| Deelnamepercentage so | 2,1% | 1,9% | 1,8% |
| Scholen met een gewogen schoolweging boven 32 | 9 | 11 | – |
De regio is uitgestrekt. Tussen de noordelijkste en de zuidelijkste school ligt ruim veertig kilometer, en in Dronterhout en Noordweide zijn de afstanden tot het speciaal (basis)onderwijs groot. Dat weegt mee in onze ambitie om kinderen zo veel mogelijk thuisnabij onderwijs te bieden.
## 2.1 Ontwikkelingen die op ons afkomen
Een aantal ontwikkelingen buiten het samenwerkingsverband bepaalt mede de koers voor de komende jaren.
- Het lerarentekort. In Havenwijk en Dronterhout stond in het schooljaar 2024–2025 gemiddeld ruim vijf procent van de vacatures langer dan drie maanden open. Klassen zonder vaste leerkracht zijn voor kinderen die extra ondersteuning nodig hebben extra kwetsbaar. Wij houden daar in de ambitie 'vakmanschap in de klas' rekening mee.
- Krimp en groei. Het aantal leerlingen in de regio daalt tot 2030 naar verwachting met ongeveer drie procent, maar niet gelijkmatig: de nieuwbouwwijk Havenwijk-West groeit, terwijl in Noordweide twee dorpsscholen onder de opheffingsnorm dreigen te komen. Dat heeft gevolgen voor de bedragen in het verdeelmodel.
- Landelijke beleidsontwikkelingen. Het kabinet werkt aan een landelijke norm voor de basisondersteuning en aan inclusiever onderwijs. Zodra daarover besluiten zijn genomen, verwerken we die in de jaarlijkse actualisering. Ook de gevolgen van de Wet versterking positie ouders en leerlingen worden meegenomen zodra de wet in werking is getreden.
- Bekostiging. De vereenvoudiging van de bekostiging van het primair onderwijs heeft de berekening van de overdrachten aan het speciaal basisonderwijs veranderd. De gevolgen daarvan zijn verwerkt in de meerjarenbegroting in hoofdstuk 8.
Deze ontwikkelingen maken het des te belangrijker dat de koers helder is, en dat we onderweg kunnen bijsturen op basis van wat we zien in de cijfers.
# 3 Visie
Ieder kind verdient onderwijs dat past bij wie het is en wat het kan. Dat onderwijs vindt bij voorkeur plaats in de eigen wijk of het eigen dorp, samen met andere kinderen. Wij geloven dat de leerkracht daarin het verschil maakt, en dat het samenwerkingsverband er is om de leerkracht en de school te versterken, niet om hun werk over te nemen.
Wij werken vanuit vertrouwen in de professionaliteit van scholen. Dat betekent dat we scholen ruimte geven om de ondersteuning op hun eigen manier te organiseren, en dat we tegelijk open en eerlijk met elkaar bespreken wat het oplevert. Vertrouwen en verantwoording gaan bij ons samen.
Die visie vraagt iets van iedereen. Van schoolbesturen vraagt ze dat zij hun scholen de ruimte en de middelen geven om ondersteuning dicht bij het kind te organiseren. Van scholen vraagt ze dat zij de ondersteuning van kinderen als een gezamenlijke opdracht van het hele team zien, en niet alleen als een taak van de intern begeleider. En van het bureau van het samenwerkingsverband vraagt ze dat het dienstbaar is: snel, deskundig en zonder onnodige regels.
Wij beseffen dat een visie pas betekenis krijgt als zij zichtbaar wordt in de klas. Daarom hebben we de visie vertaald in vier ambities, en die ambities weer in resultaten die we kunnen meten. Zo kan iedereen – bestuur, scholen, ondersteuningsplanraad en gemeenten – volgen of we op koers liggen, en kunnen we tijdig bijsturen als dat niet zo is.
# 4 Koers: vier ambities
Voor de planperiode 2026–2030 hebben we vier ambities geformuleerd.
- Thuisnabij: meer kinderen krijgen de ondersteuning die zij nodig hebben op een reguliere school in hun eigen omgeving, en kinderen in het speciaal (basis)onderwijs keren vaker terug naar het regulier onderwijs.
- Vakmanschap in de klas: leerkrachten voelen zich toegerust om kinderen met uiteenlopende ondersteuningsbehoeften les te geven, en kinderen met een ontwikkelingsperspectief halen vaker het perspectief dat voor hen is vastgesteld.
- Een eenvoudige route: scholen ervaren de samenwerking met het bureau als snel, helder en behulpzaam.
- Verantwoord omgaan met middelen: zo veel mogelijk geld bereikt de klas, en we kunnen laten zien wat het oplevert.
De ambities hangen samen. Een kind dat thuisnabij onderwijs krijgt, heeft een leerkracht nodig die zich toegerust voelt; een leerkracht die zich toegerust voelt, heeft baat bij een eenvoudige route en bij middelen die de klas bereiken.
# 5 Beoogde resultaten 2026–2030
Voor iedere ambitie hebben we resultaten geformuleerd voor kinderen die extra ondersteuning nodig hebben. De nulmeting is gedaan op 1 oktober 2025 of, waar het om schooljaargegevens gaat, over het schooljaar 2024–2025.
| Ambitie | Indicator | Nulmeting | Streefwaarde 2028 | Streefwaarde 2030 |
| Thuisnabij | Deelnamepercentage sbo (1 oktober) | 2,8% | 2,6% | 2,4% |
| Thuisnabij | Deelnamepercentage so (1 oktober) | 1,9% | 1,8% | 1,7% |
| Thuisnabij | Kinderen die per schooljaar vanuit sbo of so terugkeren naar een basisschool | 9 | 14 | 18 |
| Thuisnabij | Teruggekeerde kinderen die na een jaar nog op de basisschool zitten | 78% | 85% | 90% |
| Vakmanschap | Kinderen met een ontwikkelingsperspectief die het vastgestelde perspectief halen | 63% | 70% | 75% |
| Vakmanschap | Leerkrachten die zich toegerust voelen (tweejaarlijkse peiling) | 58% | 65% | 75% |
| Eenvoudige route | Tevredenheid scholen over het bureau (schaal 1–10) | 7,0 | 7,4 | 7,8 |
| Middelen | Deel van de middelen dat rechtstreeks naar de schoolbesturen gaat | 84% | 86% | 88% |
Naast deze cijfers formuleren we twee kwalitatieve resultaten. Kinderen met een ontwikkelingsperspectief kunnen in 2030 op iedere school zelf vertellen wat hun doelen zijn en hoe het daarmee gaat; dat bekijken we met een steekproef van gesprekken met kinderen. En schoolbesturen ervaren de verantwoordingsdialoog (zie hoofdstuk 6) als zinvol en niet als administratieve last.
# 6 Hoe we resultaten volgen en verantwoorden
Het bureau houdt een dashboard bij, de Zuiderzeemonitor, waarin de indicatoren uit hoofdstuk 5 per school en per bestuur zichtbaar zijn. De gegevens komen uit de DUO-telling van 1 oktober, uit de registratie van ontwikkelingsperspectieven in het leerlingvolgsysteem en uit de tweejaarlijkse peilingen onder leerkrachten en scholen. Het dashboard wordt ieder kwartaal bijgewerkt.
Het bureau rapporteert ieder kwartaal aan het bestuur over de stand van de indicatoren. In november voert het bureau met ieder schoolbestuur een verantwoordingsdialoog, waarin de resultaten van de scholen van dat bestuur naast de ingezette middelen worden gelegd. In het jaarverslag, dat uiterlijk 1 juli verschijnt, rapporteren we de bereikte resultaten ten opzichte van de streefwaarden, met een toelichting. De ondersteuningsplanraad ontvangt het jaarverslag en bespreekt het met het bestuur.
In het voorjaar van 2028 laten we een externe tussenevaluatie uitvoeren. Blijft een indicator dan meer dan de helft van de beoogde verbetering achter, dan besluit het bestuur over bijsturing en legt het die beslissing voor aan de ondersteuningsplanraad.
## 6.1 Bereikte resultaten in de vorige planperiode
| Doel vorige plan (2022–2026) | Streefwaarde | Bereikt (2024–2025) | Oordeel |
| Deelnamepercentage sbo | 3,0% | 2,8% | Gehaald |
| Deelnamepercentage so | 1,9% | 1,9% | Gehaald |
| Kinderen met een ontwikkelingsperspectief die het vastgestelde perspectief halen | 70% | 63% | Niet gehaald |
| Tevredenheid scholen over het bureau | 7,5 | 7,0 | Niet gehaald |
Het aandeel kinderen dat het perspectief uit hun ontwikkelingsperspectief haalde, steeg wel, van 57% naar 63%, maar bleef onder de streefwaarde. De lagere tevredenheid van scholen hangt volgens de toelichtingen in de peiling vooral samen met de hoeveelheid formulieren; dat is een van de redenen voor de ambitie 'een eenvoudige route'.
# 7 Terugplaatsing: onze koers
Een plaats in het speciaal basisonderwijs of het speciaal onderwijs is voor veel kinderen de beste keuze. Maar het is niet vanzelfsprekend een plaats voor de rest van de basisschooltijd. Wij willen dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is, en dat de terugkeer naar een reguliere school een gewone, goed voorbereide stap is en geen uitzondering.
Ons beleid rust op drie uitgangspunten. Ten eerste: terugkeer gebeurt wanneer het ontwikkelingsperspectief van het kind laat zien dat het met ondersteuning op een reguliere school verder kan, en niet omdat een toelaatbaarheidsverklaring afloopt of omdat het budget dat vraagt. Ten tweede: het kind keert bij voorkeur terug naar een school in de eigen woonplaats, en de ontvangende school kan de terugkeer niet weigeren op grond van het enkele feit dat het kind uit het speciaal onderwijs komt. Ten derde: een kind dat terugkeert, krijgt in het eerste jaar begeleiding die aansluit bij wat het in het speciaal (basis)onderwijs kreeg.
Voor die begeleiding ontvangt de ontvangende school een terugplaatsingsbudget van € 4.000 per kind, bovenop de middelen uit het verdeelmodel. De school voor speciaal (basis)onderwijs waar het kind vandaan komt, blijft in het eerste jaar beschikbaar voor advies aan de nieuwe leerkracht.
Ook overplaatsing tussen het speciaal basisonderwijs en het speciaal onderwijs valt onder dit beleid: het kind gaat naar de plek die het best past, en wisselt niet vaker dan nodig.
Hoe een terugplaatsing in de praktijk verloopt – wie het initiatief neemt, welke gesprekken er worden gevoerd en wie beslist – is uitgewerkt in deel B.
# 8 Middelen
## 8.1 Inkomsten
Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Van dat budget gaat een deel direct naar het speciaal onderwijs: DUO houdt de bekostiging van leerlingen met een TLV voor het so in op onze bijdrage. Daarnaast draagt het samenwerkingsverband middelen over aan de sbo-scholen voor het aantal leerlingen boven de twee procent van het totale leerlingenaantal op de teldatum, en bij groei na 1 oktober volgens de groeiregeling met peildatum 1 februari.
## 8.2 Het verdeelmodel
Zuiderzeekust werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de schoolbesturen, die er zelf de extra ondersteuning op hun scholen mee organiseren. De verdeling gebeurt volgens drie vaste regels:
- een vaste voet van € 15.000 per vestiging, zodat ook kleine scholen een basis hebben om extra ondersteuning te organiseren;
- € 205 per leerling, op basis van het aantal leerlingen op de teldatum van 1 oktober van het voorafgaande jaar;
- een aanvullend bedrag van € 40 per leerling voor vestigingen met een gewogen schoolweging boven 32, omdat op die scholen meer kinderen extra ondersteuning nodig hebben.
Het bureau berekent in november de bedragen per bestuur; het bestuur van het samenwerkingsverband stelt ze in december vast bij de begroting. De middelen worden in vier gelijke termijnen overgemaakt, in januari, april, juli en oktober.
De schoolbesturen besteden de middelen aan extra ondersteuning van kinderen: de inzet van personeel, de inkoop van expertise en de scholing van leerkrachten. Zij mogen de middelen niet gebruiken voor huisvesting of voor de algemene formatie. Ieder bestuur levert vóór 1 mei een verantwoording in over het voorgaande kalenderjaar, volgens een vast format met vijf bestedingscategorieën. Het bureau analyseert de verantwoordingen en bespreekt ze in de verantwoordingsdialoog in november. Middelen die een bestuur in twee opeenvolgende jaren niet heeft besteed, worden bij de volgende verdeling verrekend.
## 8.3 Meerjarenbegroting
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Rijksbijdrage lichte en zware ondersteuning | 10.640 | 10.560 | 10.470 | 10.390 |
| Af: inhouding DUO so | 2.980 | 2.960 | 2.930 | 2.900 |
| Af: overdracht sbo (2%-regeling en groei) | 910 | 870 | 830 | 800 |
| Beschikbaar voor het samenwerkingsverband | 6.750 | 6.730 | 6.710 | 6.690 |
| Schoolbudgetten volgens verdeelmodel | 5.680 | 5.700 | 5.720 | 5.740 |
| Terugplaatsingsbudgetten | 40 | 56 | 64 | 72 |
| Bureau en ondersteuningsteam | 930 | 940 | 950 | 960 |
| Innovatie- en ontwikkelfonds | 250 | 200 | 150 | 100 |
| Totaal lasten | 6.900 | 6.896 | 6.884 | 6.872 |
| Saldo | -150 | -166 | -174 | -182 |
De negatieve saldi worden onttrokken aan de algemene reserve.
## 8.4 Reserves
De algemene reserve bedroeg op 31 december 2025 € 1,9 miljoen. Dat is € 0,7 miljoen boven de signaleringswaarde voor bovenmatige reserves. Met de saldi uit de meerjarenbegroting brengen we de reserve in vier jaar terug tot ongeveer € 1,2 miljoen, wat overeenkomt met het weerstandsvermogen dat het bestuur in de risicoparagraaf noodzakelijk acht.
# 9 Wat kost wat: middelen en resultaten
Wij willen kunnen laten zien wat het geld oplevert. Daarom koppelen we de belangrijkste uitgaven aan de ambities uit hoofdstuk 4.
| Ambitie | Belangrijkste middelen | Bedrag per jaar (gemiddeld) |
| Thuisnabij | Schoolbudgetten (deel extra ondersteuning) en terugplaatsingsbudgetten | € 4,1 miljoen |
| Vakmanschap in de klas | Scholingsdeel schoolbudgetten en innovatie- en ontwikkelfonds | € 1,4 miljoen |
| Een eenvoudige route | Bureau en ondersteuningsteam | € 0,95 miljoen |
| Verantwoord omgaan met middelen | Verantwoordingsdialoog, dashboard | Binnen bureaukosten |
In het jaarverslag laten we per ambitie zien welke middelen zijn ingezet en welke resultaten zijn bereikt.
# 10 Bestuur, medezeggenschap en overleg
Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een onafhankelijke voorzitter en vier bestuurders van aangesloten schoolbesturen; een directeur leidt het bureau. Een raad van toezicht van drie leden houdt toezicht op het bestuur.
De ondersteuningsplanraad heeft op 25 maart 2026 ingestemd met dit deel A. Wijzigingen van deel A en de jaarlijkse actualisering van deel B worden eveneens ter instemming aan de ondersteuningsplanraad voorgelegd.
Dit plan kwam tot stand in vijf stappen. In het voorjaar van 2025 evalueerden we het vorige plan met een vragenlijst onder alle directeuren en intern begeleiders en met gesprekken op twaalf scholen. In juni 2025 stelde het bestuur de uitgangspunten vast. Een schrijfgroep werkte die in de zomer en het najaar uit tot een concept, dat in november 2025 aan de ondersteuningsplanraad en de gemeenten werd gestuurd. Na verwerking van de reacties volgde in februari 2026 een tweede concept.
De ondersteuningsplanraad heeft het concept in drie vergaderingen besproken en daarbij vooral gevraagd om scherpere streefwaarden en om een duidelijke koppeling tussen middelen en resultaten. Beide punten zijn in dit deel A verwerkt, in de hoofdstukken 5 en 9.
Het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders van de vier gemeenten over dit plan is gevoerd op 5 maart 2026. Met het samenwerkingsverband voor voortgezet onderwijs is op 12 februari 2026 overleg gevoerd. Het plan is op 3 april 2026 aan de inspectie toegezonden.
# 11 Organisatie en personeel
Het bureau telt 9,4 fte, onder wie de directeur, vier onderwijsadviseurs, twee orthopedagogen, een beleidsmedewerker financiën en een secretariaat. De onderwijsadviseurs werken ieder voor een vaste groep scholen.
Het bureau werkt in deze planperiode aan minder administratieve last. Alle formulieren worden in 2026 tegen het licht gehouden: wat niet nodig is voor een besluit of voor de verantwoording, verdwijnt. Scholen geven in de peiling van 2027 aan of dat gelukt is.
Het bureau is een kleine organisatie met korte lijnen. Medewerkers werken deels op locatie bij de scholen en deels vanuit het kantoor in Havenwijk. Iedere onderwijsadviseur heeft een vaste werkdag op het bureau, zodat er onderling overleg en intervisie mogelijk is. In 2026 stelt de directeur een strategisch personeelsplan op, waarin ook de vervanging van twee medewerkers die de komende jaren met pensioen gaan een plaats krijgt.
Ook voor het bureau geldt dat goede mensen schaars zijn. We investeren daarom in de deskundigheid van de eigen medewerkers: iedere medewerker heeft een persoonlijk ontwikkelplan en een scholingsbudget, en de orthopedagogen zijn geregistreerd bij de beroepsvereniging. De werkdruk wordt twee keer per jaar besproken in het teamoverleg en is onderdeel van de jaarlijkse gesprekscyclus.
Het samenwerkingsverband investeert in het vakmanschap van leerkrachten via het innovatie- en ontwikkelfonds. Schoolbesturen kunnen daaruit projecten laten financieren die leerkrachten helpen om met verschillen in de klas om te gaan, zoals co-teaching of collegiale consultatie. De aanvragen worden twee keer per jaar beoordeeld door een commissie van twee directeuren en een onderwijsadviseur.
# 12 Privacy en digitale systemen
Het samenwerkingsverband verwerkt alleen de persoonsgegevens die nodig zijn voor zijn wettelijke taken. Het dashboard bevat geen gegevens die tot individuele kinderen herleidbaar zijn. Voor de verwerking van gegevens in het leerlingvolgsysteem zijn met alle schoolbesturen afspraken gemaakt in een convenant. De functionaris gegevensbescherming brengt jaarlijks verslag uit aan het bestuur.
# 13 Planning
| Wanneer | Wat |
| 2026 | Herziening van alle formulieren |
| Ieder jaar, juli | Actualisering deel B, ter instemming aan de ondersteuningsplanraad |
| Ieder jaar, november | Verantwoordingsdialoog met ieder schoolbestuur |
| Voorjaar 2028 | Externe tussenevaluatie |
| 2029 | Start voorbereiding ondersteuningsplan 2030–2034 |
| Vóór 1 mei 2030 | Nieuw ondersteuningsplan naar de inspectie |
# Begrippenlijst
| Begrip | Betekenis |
| Arrangement | Extra ondersteuning voor een kind of groep, bovenop de basisondersteuning. |
| Basisondersteuning | De ondersteuning die iedere school in het samenwerkingsverband ten minste biedt; beschreven in deel B. |
| Dekkend aanbod | Het geheel van voorzieningen waardoor er voor ieder kind een passende plek is. |
| OJSP | Ouder- en jeugdsteunpunt. |
| Ontwikkelingsperspectief (OPP) | Document waarin staat welk uitstroomniveau een kind naar verwachting haalt en welke ondersteuning het krijgt. |
| Schoolweging | Maat van het CBS voor de verwachte onderwijsachterstand op een school. |
| Terugplaatsing | Terugkeer van een kind uit het sbo of so naar een reguliere basisschool. |
| TLV | Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een kind toelaatbaar is tot het sbo of so. |
| Verdeelmodel | De regels waarmee het samenwerkingsverband de middelen over de schoolbesturen verdeelt. |
"""

# ---------------------------------------------------------------------------------------------
# Near-miss 1: a school's own 'ondersteuningsplan' (PO, .docx)
# ---------------------------------------------------------------------------------------------
NEAR_SCHOOL = r"""
T: Ondersteuningsplan 2025–2026
S: Basisschool De Kleine Beer, Lindeveld – aangesloten bij Samenwerkingsverband Passend Onderwijs De Meanderlanden
Vastgesteld door de directie op 1 september 2025, na advies van de medezeggenschapsraad
# Inhoud
~ 1 Inleiding
~ 2 Onze school in het kort
~ 3 De vijf ondersteuningsniveaus
~ 4 De cyclus van handelingsgericht werken
~ 5 Taken van de intern begeleider
~ 6 Het ondersteuningsteam en het samenwerkingsverband
~ 7 Specifieke onderwerpen: lezen, rekenen, gedrag, meer- en hoogbegaafdheid
~ 8 Toelaatbaarheid en terugplaatsing
~ 9 Ouders
~ 10 Middelen
~ 11 Resultaten
~ 12 Jaarplanning ondersteuning
# 1 Inleiding
Dit ondersteuningsplan beschrijft hoe wij op De Kleine Beer de ondersteuning aan onze leerlingen organiseren. Het is bedoeld voor het team, voor nieuwe collega's en voor ouders die willen weten hoe wij werken. Het plan wordt ieder schooljaar geactualiseerd. Het sluit aan op ons schoolondersteuningsprofiel (SOP) en op het ondersteuningsplan 2026–2030 van ons samenwerkingsverband, De Meanderlanden.
Waar het SOP beschrijft wát wij kunnen bieden, beschrijft dit plan hóé wij het doen: wie wat doet, wanneer, en met welke middelen.
# 2 Onze school in het kort
De Kleine Beer is een openbare basisschool in de wijk Beekhoven in Lindeveld. Op 1 oktober 2024 telde de school 312 leerlingen in dertien groepen. Het team bestaat uit 24 medewerkers, onder wie twee intern begeleiders (samen 1,4 fte), een specialist meer- en hoogbegaafdheid, een gedragsspecialist en drie onderwijsassistenten.
Ongeveer een op de zes leerlingen heeft een andere thuistaal dan Nederlands. De school werkt met groepsplannen in de vorm van een groepsoverzicht en een blokplanning per vakgebied.
# 3 De vijf ondersteuningsniveaus
Wij onderscheiden vijf niveaus van ondersteuning.
| Niveau | Omschrijving | Wie |
| 1 | Algemene ondersteuning in de groep: goed lesgeven, differentiatie in drie instructieniveaus | Leerkracht |
| 2 | Extra ondersteuning in de groep: verlengde instructie, extra oefentijd | Leerkracht |
| 3 | Speciale ondersteuning na overleg met de intern begeleider: een individueel handelingsplan, inzet van de onderwijsassistent | Leerkracht en intern begeleider |
| 4 | Ondersteuning met externe deskundigen, na bespreking in het ondersteuningsteam; eventueel een arrangement van het samenwerkingsverband | Intern begeleider, OT, samenwerkingsverband |
| 5 | Verwijzing naar speciaal basisonderwijs of speciaal onderwijs via een toelaatbaarheidsverklaring | Bestuur, samenwerkingsverband |
Niveau 1 tot en met 3 vormen samen onze basisondersteuning. Niveau 4 en 5 zijn extra ondersteuning.
# 4 De cyclus van handelingsgericht werken
Wij werken handelingsgericht, in een vaste cyclus van waarnemen, begrijpen, plannen en realiseren. Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, heeft iedere leerkracht een groepsbespreking met de intern begeleider. Daarin bespreken we de resultaten van de groep, de leerlingen die opvallen en de aanpak voor de komende periode.
Leerlingen over wie de leerkracht zich zorgen maakt, worden besproken in een leerlingbespreking. De leerkracht bereidt die voor met een kort formulier. De intern begeleider kan de leerling observeren en eventueel aanvullend onderzoek doen.
De toetskalender staat in de jaarplanning in hoofdstuk 12. Wij gebruiken de toetsen van het leerlingvolgsysteem voor technisch lezen, begrijpend lezen, spelling en rekenen, en een sociaal-emotionele vragenlijst in oktober en maart.
# 5 Taken van de intern begeleider
De intern begeleider coördineert de ondersteuning op school. Zij voert de groeps- en leerlingbesprekingen, begeleidt leerkrachten bij het opstellen van een ontwikkelingsperspectief, onderhoudt contact met externe partners en is voorzitter van het ondersteuningsteam. Daarnaast houdt zij de dossiers bij en zorgt zij voor de overdracht naar het voortgezet onderwijs.
De intern begeleider heeft geen eigen groep. Eén dag per week is zij beschikbaar voor coaching van leerkrachten in de klas.
# 6 Het ondersteuningsteam en het samenwerkingsverband
Zes keer per jaar komt het ondersteuningsteam (OT) bijeen. Vaste leden zijn de intern begeleiders, de consulent van het samenwerkingsverband en de schoolmaatschappelijk werker; op afroep sluiten de jeugdverpleegkundige en de contactpersoon van het wijkteam aan. Ouders zijn altijd uitgenodigd als hun kind wordt besproken.
Het OT kan besluiten een arrangement aan te vragen bij het samenwerkingsverband. Een arrangement is bijvoorbeeld extra begeleiding door een gedragsspecialist of ambulante begeleiding door een so-school. De aanvraag verloopt via het digitale loket van het samenwerkingsverband; de intern begeleider vult die in.
# 7 Specifieke onderwerpen
## 7.1 Lezen en dyslexie
Wij volgen het Protocol Leesproblemen en Dyslexie. Leerlingen die bij drie opeenvolgende metingen bij de zwakste tien procent horen, krijgen een intensieve leesbegeleiding van drie keer twintig minuten per week door de onderwijsassistent. Als dat onvoldoende helpt, vragen we met ouders een dyslexieonderzoek aan via de gemeente.
## 7.2 Rekenen
Leerlingen met hardnekkige rekenproblemen krijgen twee keer per week verlengde instructie in een kleine groep. Vanaf groep 6 kan de rekenspecialist van het bestuur worden ingeschakeld.
## 7.3 Gedrag
De school werkt met de Kanjertraining. De gedragsspecialist ondersteunt leerkrachten bij groepen waarin de sfeer onder druk staat en bij leerlingen met gedragsproblemen. Bij ernstige incidenten volgen we het protocol schorsing en verwijdering van het bestuur.
## 7.4 Meer- en hoogbegaafdheid
Wij signaleren meer- en hoogbegaafdheid met een vast signaleringsinstrument in groep 1, 3 en 5. Leerlingen die meer aankunnen, krijgen compacte stof en verrijking in de klas. Vanaf groep 5 kunnen zij één ochtend per week naar de plusklas van het samenwerkingsverband.
# 8 Toelaatbaarheid en terugplaatsing
Als blijkt dat een leerling op onze school niet de ondersteuning kan krijgen die hij nodig heeft, bespreken we met ouders of een school voor speciaal basisonderwijs of speciaal onderwijs beter past. Het bestuur vraagt dan een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Hoe die procedure verloopt en welke criteria gelden, staat in het ondersteuningsplan van het samenwerkingsverband.
Wij staan open voor leerlingen die vanuit het speciaal basisonderwijs terug willen naar een reguliere school. In de afgelopen drie jaar hebben wij twee leerlingen uit sbo De Wissel opgenomen. Bij een terugplaatsing vragen we altijd een overdrachtsgesprek met de sbo-school en maken we afspraken over begeleiding in de eerste maanden.
# 9 Ouders
Ouders kennen hun kind het best. Wij betrekken ouders bij iedere stap: de leerkracht informeert ouders als hun kind extra aandacht krijgt, ouders worden uitgenodigd voor de bespreking in het ondersteuningsteam, en een ontwikkelingsperspectief stellen we samen met ouders op.
Informatie over de ondersteuning op school staat in de schoolgids en in het SOP op onze website. Voor vragen kunnen ouders altijd terecht bij de leerkracht of de intern begeleider. Ouders die er met de school niet uitkomen, kunnen contact opnemen met het Ouder- en Jeugdsteunpunt Rivierenland of met de klachtencontactpersoon van de school.
# 10 Middelen
De school ontvangt via het bestuur een deel van de ondersteuningsmiddelen van het samenwerkingsverband. Voor het schooljaar 2025–2026 gaat het om € 38.400. Daarnaast zet de school een deel van de eigen formatie in voor ondersteuning.
| Besteding 2025–2026 | Bedrag |
| Onderwijsassistent leesbegeleiding (0,4 fte) | € 21.600 |
| Gedragsspecialist (2 uur per week) | € 7.200 |
| Scholing team: handelingsgericht werken | € 4.800 |
| Materialen en toetsen | € 2.300 |
| Reserve voor onvoorziene ondersteuning | € 2.500 |
| Totaal | € 38.400 |
# 11 Resultaten
In het schooljaar 2024–2025 haalde 93% van onze leerlingen in groep 8 de referentieniveaus 1F voor lezen, taal en rekenen, en 61% het niveau 2F/1S. Dat ligt boven de signaleringswaarden van de inspectie. Van de leerlingen met een ontwikkelingsperspectief haalde 80% de tussendoelen die voor hen waren gesteld. Wij willen dat percentage in 2025–2026 vasthouden.
Twee leerlingen gingen in 2024–2025 naar het speciaal basisonderwijs; één leerling kwam vanuit het sbo naar onze school.
# 12 Jaarplanning ondersteuning
| Maand | Activiteit |
| September | Startgesprekken met ouders; overdracht tussen leerkrachten |
| Oktober | Toetsperiode; sociaal-emotionele vragenlijst |
| November | Groepsbesprekingen ronde 1; OT |
| Januari–februari | Toetsperiode midden; OT |
| Maart | Groepsbesprekingen ronde 2; sociaal-emotionele vragenlijst |
| April | Evaluatie ontwikkelingsperspectieven met ouders; OT |
| Juni | Toetsperiode eind; groepsbesprekingen ronde 3; OT |
| Juli | Overdracht naar het nieuwe schooljaar; actualisering van dit plan |
"""

# ---------------------------------------------------------------------------------------------
# Near-miss 2: SWV jaarverslag with a plan-like title (VO, .pdf from .docx)
# ---------------------------------------------------------------------------------------------
NEAR_JAARVERSLAG = r"""
T: Ondersteuningsplan 2022–2026 in uitvoering
S: Jaarverslag 2024 – Samenwerkingsverband Voortgezet Onderwijs Noorderhaven (VO 20-03)
Bestuursverslag en samengevatte jaarrekening over het kalenderjaar 2024 · Vastgesteld door het bestuur op 12 juni 2025 · Goedgekeurd door de raad van toezicht op 19 juni 2025
PAGE
# Inhoud
~ Voorwoord
~ 1 Het jaar in vogelvlucht
~ 2 Kengetallen 2024
~ 3 Uitvoering van het ondersteuningsplan
~ 3.1 Basisondersteuning
~ 3.2 Toewijzing en toelaatbaarheid
~ 3.3 Terugplaatsing
~ 3.4 Dekkend netwerk en thuiszitters
~ 3.5 Ouders en leerlingen
~ 4 Resultaten ten opzichte van de doelen
~ 5 Bestuur, toezicht en medezeggenschap
~ 6 Financiën: samengevatte jaarrekening 2024
~ 7 Vooruitblik 2025
# Voorwoord
In dit jaarverslag leggen wij verantwoording af over 2024, het derde jaar van ons ondersteuningsplan 2022–2026. Het was een jaar waarin we veel hebben bereikt, maar ook een jaar waarin de druk op het speciaal onderwijs en op de jeugdhulp voelbaar bleef. Ik dank alle scholen, ketenpartners en medewerkers voor hun inzet.
A. de Boer, directeur-bestuurder
# 1 Het jaar in vogelvlucht
- Januari: start van het Ouder- en Jeugdsteunpunt Noorderhaven als pilot, samen met twee andere samenwerkingsverbanden.
- Maart: de inspectie bezocht het samenwerkingsverband in het kader van het vierjaarlijks onderzoek; het oordeel was voldoende op alle standaarden.
- Mei: de ondersteuningsplanraad stemde in met een wijziging van het ondersteuningsplan over de toewijzing van arrangementen.
- September: de tweede locatie van het OPDC opende in Havenstad-Zuid.
- November: de Thuiszittersmonitor werd voor het eerst gedeeld met de vier gemeenten.
# 2 Kengetallen 2024
| Kengetal | 2023 | 2024 |
| Leerlingen voortgezet onderwijs (1 oktober) | 17.240 | 17.310 |
| Leerlingen vso (1 oktober) | 612 | 598 |
| Deelnamepercentage vso | 3,43% | 3,34% |
| Afgegeven TLV's vso (laag / midden / hoog) | 201 (178 / 14 / 9) | 189 (166 / 15 / 8) |
| Aanwijzingen lwoo | 1.090 | 1.045 |
| TLV's praktijkonderwijs | 212 | 224 |
| Arrangementen niveau 2 | 433 | 471 |
| Bezwaarschriften tegen TLV-besluiten | 3 | 2 |
| Thuiszitters (peildatum 1 december) | 41 | 33 |
# 3 Uitvoering van het ondersteuningsplan
In dit hoofdstuk beschrijven we per onderdeel van het ondersteuningsplan wat er in 2024 is gedaan.
## 3.1 Basisondersteuning
In 2024 zijn twaalf van de achttien vestigingen bezocht met de audit 'Basis op orde'. Tien vestigingen voldeden aan alle standaarden; twee vestigingen hebben een verbeterplan opgesteld, dat in 2025 wordt gevolgd. De overige zes vestigingen worden in 2025 bezocht.
## 3.2 Toewijzing en toelaatbaarheid
De Commissie van Toelaatbaarheid nam in 2024 413 besluiten over vso, praktijkonderwijs en lwoo. De gemiddelde doorlooptijd van een vso-aanvraag daalde van 31 naar 24 werkdagen. Van de twee bezwaarschriften werd er één gegrond verklaard na advies van de Landelijke Bezwaaradviescommissie; in die zaak had een van de deskundigen ook aan de aanvraag meegewerkt.
## 3.3 Terugplaatsing
In 2024 keerden elf leerlingen vanuit het vso terug naar het regulier voortgezet onderwijs, tegen zeven in 2023. Alle elf kregen een terugkeerarrangement. Een van hen is voor het einde van het jaar alsnog teruggegaan naar het vso.
## 3.4 Dekkend netwerk en thuiszitters
Het aantal thuiszitters daalde van 41 naar 33. De Thuiszitterstafel besprak 64 jongeren. Een knelpunt blijft het aanbod voor jongeren met ernstige psychische problemen: de wachtlijst van de tussenvoorziening liep op tot elf jongeren. In overleg met de gemeenten is besloten in 2025 vijf extra plaatsen te financieren.
## 3.5 Ouders en leerlingen
Het Ouder- en Jeugdsteunpunt had in 2024 86 contacten met ouders en 14 met jongeren. De meeste vragen gingen over de overgang van het primair naar het voortgezet onderwijs en over thuiszitten. De website voor ouders werd 21.000 keer bezocht.
# 4 Resultaten ten opzichte van de doelen
| Doel uit het ondersteuningsplan 2022–2026 | Streefwaarde 2026 | Stand 2024 |
| Deelnamepercentage vso | 3,2% | 3,34% |
| Thuiszitters langer dan drie maanden | minder dan 15 | 18 |
| Doorlooptijd vso-aanvraag | 20 werkdagen | 24 werkdagen |
| Terugplaatsingen per jaar | 12 | 11 |
| Vestigingen die voldoen aan alle standaarden basisondersteuning | 18 | 10 (van 12 bezochte) |
De meeste doelen liggen op koers. Het doel voor thuiszitters wordt naar verwachting niet gehaald.
# 5 Bestuur, toezicht en medezeggenschap
Het bestuur bestaat uit een directeur-bestuurder; de raad van toezicht telt vijf leden en vergaderde in 2024 zes keer. De ondersteuningsplanraad vergaderde vijf keer en stemde in met de wijziging van het ondersteuningsplan over de toewijzing van arrangementen. Het op overeenstemming gericht overleg met de gemeenten vond plaats op 14 november 2024 en ging vooral over jeugdhulp op school en leerlingenvervoer.
# 6 Financiën: samengevatte jaarrekening 2024
| Staat van baten en lasten (x € 1.000) | Begroting 2024 | Realisatie 2024 | Realisatie 2023 |
| Rijksbijdragen | 21.850 | 22.310 | 21.120 |
| Overige baten | 120 | 164 | 98 |
| Totaal baten | 21.970 | 22.474 | 21.218 |
| Afdrachten aan schoolbesturen (lichte ondersteuning, lwoo, pro) | 14.200 | 14.350 | 13.700 |
| Arrangementen en OPDC | 4.900 | 4.780 | 4.420 |
| Personeel bureau | 1.950 | 1.870 | 1.810 |
| Overige lasten | 820 | 760 | 740 |
| Totaal lasten | 21.870 | 21.760 | 20.670 |
| Resultaat | 100 | 714 | 548 |
Het positieve resultaat is vooral het gevolg van hogere rijksbijdragen door de loonbijstelling en van vacatures op het bureau. Het eigen vermogen bedroeg eind 2024 € 5,6 miljoen. Het weerstandsvermogen is 25,0%; de signaleringswaarde voor bovenmatig eigen vermogen wordt met € 0,9 miljoen overschreden. Het bestuur heeft besloten dit bedrag in 2025 en 2026 in te zetten voor extra plaatsen in de tussenvoorziening.
De accountant heeft bij de jaarrekening 2024 een goedkeurende controleverklaring afgegeven, zowel voor de getrouwheid als voor de rechtmatigheid.
# 7 Vooruitblik 2025
In 2025 schrijven we samen met scholen, ouders, leerlingen en gemeenten het nieuwe ondersteuningsplan voor de periode 2026–2030. De ondersteuningsplanraad is vanaf het begin bij het schrijfproces betrokken. Het nieuwe plan wordt vóór 1 mei 2026 aan de inspectie toegezonden.
"""

# ---------------------------------------------------------------------------------------------
# Near-miss 3: 'ondersteuningsplan in één oogopslag' summary for parents (PO, .md)
# ---------------------------------------------------------------------------------------------
NEAR_SUMMARY = r"""
T: Ons ondersteuningsplan 2026–2030 in één oogopslag
S: Samenwerkingsverband Passend Primair Onderwijs De Brede Vallei (PO 26-05) – samenvatting voor ouders en leerkrachten
Dit is een samenvatting. Het volledige ondersteuningsplan 2026–2030 (74 pagina's), vastgesteld op 10 april 2026, staat op www.bredevallei-po.example/ondersteuningsplan. Aan deze samenvatting kunnen geen rechten worden ontleend; bij verschillen geldt de tekst van het ondersteuningsplan.
# Wie zijn wij?
Zeven schoolbesturen, 46 basisscholen, twee scholen voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs in de gemeenten Valkenweide, Brederode-Oost en Lindhorst. Samen zorgen we dat ieder kind een passende plek heeft.
# 1. Wat biedt iedere school?
Iedere school biedt de basisondersteuning. Dat betekent onder meer:
- een intern begeleider en een ondersteuningsteam;
- begeleiding bij lees-, spellings- en rekenproblemen en bij dyslexie;
- een aanpak voor gedrag en sociale veiligheid;
- aandacht voor kinderen die meer aankunnen;
- een ontwikkelingsperspectief als uw kind op een eigen leerlijn werkt.
# 2. Meer ondersteuning nodig?
Dan kijkt de school samen met u en het samenwerkingsverband wat uw kind nodig heeft. Dat kan een arrangement op school zijn, een plek in een bovenschoolse groep (zoals de plusklas of de observatiegroep), of een plaats in het speciaal (basis)onderwijs.
# 3. Naar het speciaal (basis)onderwijs
Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. In vier stappen:
- De school vraagt de TLV aan, samen met u.
- Twee deskundigen geven advies.
- Het samenwerkingsverband beslist binnen zes weken.
- Bent u het er niet mee eens? Dan kunt u binnen zes weken bezwaar maken.
# 4. Terug naar de basisschool
Ieder jaar kijken we of uw kind terug kan naar een gewone basisschool. Lukt dat, dan krijgt de nieuwe school extra begeleiding.
# 5. Het geld
Het samenwerkingsverband ontvangt ongeveer € 9,4 miljoen per jaar. Ruim 80% daarvan gaat naar de scholen en het speciaal (basis)onderwijs.
# 6. Onze doelen
- Meer kinderen krijgen de ondersteuning op een school dicht bij huis.
- Geen enkel kind zit thuis zonder onderwijs.
- Ouders zijn tevreden over de informatie die zij krijgen.
# 7. Vragen?
Stel ze eerst aan de leerkracht of de intern begeleider. Komt u er samen niet uit? Het onafhankelijke Ouder- en Jeugdsteunpunt De Brede Vallei helpt u gratis: 0318 – 000 400.
"""


# ---------------------------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    write_docx(parse(PLAN_A), os.path.join(OUT, "meanderlanden-po-ondersteuningsplan-2026-2030.docx"),
               header="Ondersteuningsplan 2026–2030 · SWV De Meanderlanden (PO 25-14)",
               footer="Definitieve versie · vastgesteld 9 april 2026",
               author="SWV De Meanderlanden", title="Ondersteuningsplan 2026-2030")
    docx_to_pdf(parse(PLAN_B), os.path.join(OUT, "kempenrand-vo-beleidsplan-2026-2030.pdf"),
                header="Samen sterk in ondersteuning · Beleidsplan 2026–2030",
                footer="SWV VO Kempenrand · ondersteuningsplan ex art. 17a WVO",
                author="SWV VO Kempenrand", title="Samen sterk in ondersteuning")
    write_html(parse(PLAN_C), os.path.join(OUT, "zuiderzeekust-po-koers-2030-deel-a.html"),
               title="Koers 2030 – Ondersteuningsplan deel A | SWV Zuiderzeekust",
               nav_items=PLAN_C_NAV, footer_html=PLAN_C_FOOTER)
    write_docx(parse(NEAR_SCHOOL), os.path.join(OUT, "kleine-beer-school-ondersteuningsplan-2025-2026.docx"),
               header="Ondersteuningsplan De Kleine Beer 2025–2026",
               footer="obs De Kleine Beer · Lindeveld",
               author="obs De Kleine Beer", title="Ondersteuningsplan 2025-2026")
    docx_to_pdf(parse(NEAR_JAARVERSLAG), os.path.join(OUT, "noorderhaven-vo-jaarverslag-2024.pdf"),
                header="SWV VO Noorderhaven · Jaarverslag 2024",
                footer="Ondersteuningsplan 2022–2026 in uitvoering",
                author="SWV VO Noorderhaven", title="Jaarverslag 2024")
    write_md(parse(NEAR_SUMMARY), os.path.join(OUT, "brede-vallei-po-op-in-een-oogopslag.md"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
