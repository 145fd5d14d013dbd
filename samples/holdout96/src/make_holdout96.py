#!/usr/bin/env python3
"""Generate the holdout96 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
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

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime.datetime(2024, 4, 15, 9, 0, 0)


# --------------------------------------------------------------------------------------------
# Mini markup:  "=T " title, "=S " subtitle line, "# " H1, "## " H2, "### " H3, "- " bullet,
# "| a | b |" table rows (first row = header), "@pagebreak", blank line = paragraph break.
# --------------------------------------------------------------------------------------------
def parse_blocks(text):
    blocks = []
    para = []
    table = []

    def flush_para():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    def flush_table():
        if table:
            blocks.append(("table", [list(r) for r in table]))
            table.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        s = line.strip()
        if s.startswith("|"):
            flush_para()
            cells = [c.strip() for c in s.strip("|").split("|")]
            table.append(cells)
            continue
        flush_table()
        if not s:
            flush_para()
            continue
        if s == "@pagebreak":
            flush_para()
            blocks.append(("pagebreak", None))
        elif s.startswith("=T "):
            flush_para()
            blocks.append(("title", s[3:]))
        elif s.startswith("=S "):
            flush_para()
            blocks.append(("subtitle", s[3:]))
        elif s.startswith("### "):
            flush_para()
            blocks.append(("h3", s[4:]))
        elif s.startswith("## "):
            flush_para()
            blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush_para()
            blocks.append(("h1", s[2:]))
        elif s.startswith("- "):
            flush_para()
            blocks.append(("li", s[2:]))
        else:
            para.append(s)
    flush_para()
    flush_table()
    return blocks


def word_count(text):
    return sum(len(b[1].split()) if isinstance(b[1], str) else sum(len(c.split()) for r in b[1] for c in r)
               for b in parse_blocks(text) if b[1] is not None)


def normalize_zip(path):
    """Rewrite a docx with fixed timestamps and order so the bytes are reproducible."""
    tmp = path.with_suffix(path.suffix + ".tmpzip")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            info = zipfile.ZipInfo(name, date_time=(2024, 4, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, zin.read(name))
    os.replace(tmp, path)


def build_docx(text, path, header=None, footer=None, author="Bureau samenwerkingsverband", title=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in parse_blocks(text):
        if kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "subtitle":
            doc.add_paragraph(val, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = row[j] if j < len(row) else ""
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
    doc.save(str(path))
    normalize_zip(path)


def build_pdf(text, path, **kw):
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout96_make_"))
    try:
        src = tmpdir / (path.stem + ".docx")
        build_docx(text, src, **kw)
        profile = tmpdir / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmpdir / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def build_html(text, path, site_name, nav_items, footer):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(site_name)} - Ondersteuningsplan</title>", "</head>", "<body>",
           f'<header><p class="site">{html.escape(site_name)}</p><nav><ul>']
    out += [f'<li><a href="#">{html.escape(n)}</a></li>' for n in nav_items]
    out += ["</ul></nav></header>", "<main>"]
    in_list = False
    for kind, val in parse_blocks(text):
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle">{html.escape(val)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{html.escape(val)}</h4>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(val)}</li>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    if in_list:
        out.append("</ul>")
    out += ["</main>", f"<footer><p>{html.escape(footer)}</p></footer>", "</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


# ============================================================================================
# Plan 1 - PO, large verband, .docx. Well-structured house style.
# ============================================================================================
P1 = r"""
=T Ondersteuningsplan 2024-2028
=S Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West (PO 31-07)
=S Samen sterk voor elk kind
=S Vastgesteld door de Raad van Toezicht op 26 maart 2024, na instemming van de ondersteuningsplanraad op 12 maart 2024
@pagebreak

# Inhoudsopgave

Voorwoord

1. Inleiding en leeswijzer

2. Ons samenwerkingsverband in cijfers

3. Missie, visie en ambities

4. Basisondersteuning

5. Extra ondersteuning en arrangementen

6. Toelaatbaarheid tot sbo en so

7. Terugplaatsing en overplaatsing

8. Dekkend aanbod en thuiszitters

9. Samenwerking met gemeenten en jeugdhulp

10. Ouders

11. Beoogde resultaten 2024-2028

12. Organisatie, governance en medezeggenschap

13. Personeel en professionalisering

14. Financiën en meerjarenbegroting

15. Planning en jaarcyclus

Bijlage 1. Begrippenlijst
@pagebreak

# Voorwoord

Voor u ligt het ondersteuningsplan 2024-2028 van het Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West. Het is ons derde ondersteuningsplan sinds de invoering van passend onderwijs in 2014. In die tien jaar is er veel veranderd. De scholen in onze regio zijn steeds beter in staat om kinderen met een ondersteuningsbehoefte een goede plek te bieden, de samenwerking met de gemeenten is hechter geworden en het aantal kinderen dat thuis zit zonder passend onderwijs is gedaald. Tegelijk zien we dat de vraag naar ondersteuning groeit, dat het lerarentekort ook in onze regio voelbaar is en dat de scholen voor speciaal onderwijs wachtlijsten kennen.

Dit plan is tot stand gekomen in een intensief traject. In het najaar van 2023 hebben we vier regiobijeenkomsten gehouden met directeuren, intern begeleiders, ouders, leerkrachten en vertegenwoordigers van de gemeenten. De opbrengst daarvan is verwerkt in de hoofdstukken die volgen. Ik dank iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, die kritisch en constructief hebben meegelezen.

Passend onderwijs is geen project dat ooit af is. Het is een manier van werken waarin we steeds opnieuw de vraag stellen wat dit kind, in deze klas, op deze school nodig heeft. Dit plan geeft de kaders; de scholen geven er elke dag invulling aan.

Drs. M.A. (Marieke) van Dalen, directeur-bestuurder

# 1. Inleiding en leeswijzer

## 1.1 Wettelijk kader

Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a, zevende lid, van de Wet op het primair onderwijs). De wet schrijft voor welke onderwerpen het plan in elk geval bevat. Dit plan volgt die onderwerpen, maar niet altijd in dezelfde volgorde als de wet. In de tabel hieronder ziet u in welk hoofdstuk welk wettelijk onderdeel is uitgewerkt.

| Wettelijk onderdeel (art. 18a lid 8 WPO) | Hoofdstuk |
| a. samenhangend geheel van ondersteuningsvoorzieningen, inclusief basisondersteuning | 4, 5 en 8 |
| b. verdeling, besteding en toewijzing van middelen, meerjarenbegroting | 14 |
| c. procedure en criteria toelaatbaarheid sbo en so | 6 |
| d. terugplaatsing en overplaatsing | 7 |
| e. beoogde en bereikte resultaten | 11 |
| f. informatie aan ouders en onafhankelijke ondersteuning | 10 |
| g t/m j. groei en overdracht van bekostiging | 14 |

## 1.2 Planperiode en totstandkoming

Het plan geldt voor de schooljaren 2024-2025 tot en met 2027-2028, dus van 1 augustus 2024 tot en met 31 juli 2028. Het concept is op 5 maart 2024 besproken in het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van de zes gemeenten in onze regio. Het overleg met het samenwerkingsverband voortgezet onderwijs Rivierenland vond plaats op 20 februari 2024. De ondersteuningsplanraad heeft op 12 maart 2024 ingestemd. De Raad van Toezicht heeft het plan op 26 maart 2024 goedgekeurd, waarna de directeur-bestuurder het heeft vastgesteld. Het plan is op 28 maart 2024 via het Internet Schooldossier naar de Inspectie van het Onderwijs gestuurd.

## 1.3 Leeswijzer

Hoofdstuk 2 schetst onze regio in cijfers. Hoofdstuk 3 beschrijft waar we voor staan. De hoofdstukken 4 tot en met 8 gaan over het ondersteuningsaanbod: van de basisondersteuning op elke school, via extra ondersteuning en arrangementen, tot het speciaal (basis)onderwijs en de terugweg daaruit. Hoofdstuk 9 gaat over de samenwerking met de gemeenten, hoofdstuk 10 over ouders. In hoofdstuk 11 staan de resultaten die we willen bereiken. De hoofdstukken 12 tot en met 15 gaan over organisatie, personeel, geld en planning. Achterin vindt u een begrippenlijst.

# 2. Ons samenwerkingsverband in cijfers

Het samenwerkingsverband omvat de gemeenten Culemborg-Noord, Buren-West, Tielerwaard, Lingewaal, Geldermalsen-Zuid en Neerijnen. Het is een stichting met veertien aangesloten schoolbesturen. Op 1 oktober 2023 telden de scholen in onze regio samen 15.780 leerlingen.

| Soort school | Aantal scholen/locaties | Leerlingen 1 oktober 2023 |
| Basisscholen | 62 | 15.112 |
| Speciaal basisonderwijs (sbo) | 3 | 388 |
| Speciaal onderwijs cluster 3 en 4 (so), locaties in de regio | 2 | 280 |
| Totaal | 67 | 15.780 |

Het aantal leerlingen daalt licht: de prognose voor 2028 is 15.050 leerlingen. Dat heeft gevolgen voor de inkomsten van het samenwerkingsverband, omdat de rijksbijdrage per leerling wordt berekend. Daarnaast volgen ongeveer 150 kinderen uit onze regio onderwijs op een so-school buiten de regio, vooral in Utrecht en 's-Hertogenbosch.

# 3. Missie, visie en ambities

## 3.1 Missie

Samen zorgen we ervoor dat ieder kind in Rivierenland-West onderwijs krijgt dat bij hem of haar past, zo dicht mogelijk bij huis.

## 3.2 Visie

Wij geloven dat kinderen het best tot ontwikkeling komen als ze samen met andere kinderen uit hun buurt naar school gaan. Dat vraagt van scholen dat zij kijken naar wat een kind nodig heeft, niet naar wat een kind mankeert. Het vraagt ook dat leerkrachten zich gesteund voelen en dat ouders als partner worden gezien. Het samenwerkingsverband is geen loket dat geld uitdeelt, maar een netwerk van scholen die elkaar versterken. Wij zien de rol van het bureau als faciliterend: we brengen mensen bij elkaar, we delen kennis, we regelen wat scholen niet alleen kunnen regelen en we zorgen dat de middelen daar terechtkomen waar ze nodig zijn.

## 3.3 Ambities

Voor de komende vier jaar hebben we vier ambities geformuleerd. We willen dat de basisondersteuning op alle scholen stevig staat. We willen dat kinderen die meer nodig hebben snel en zonder bureaucratie de juiste hulp krijgen. We willen dat geen kind thuiszit. En we willen dat onderwijs en jeugdhulp in de school samenwerken alsof ze één organisatie zijn. In hoofdstuk 11 zijn deze ambities vertaald in meetbare doelen.

# 4. Basisondersteuning

## 4.1 Wat is basisondersteuning?

Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat elke school binnen de eigen ondersteuningsstructuur planmatig uitvoert. In ons samenwerkingsverband hebben de veertien schoolbesturen samen afgesproken wat die basisondersteuning ten minste inhoudt. Deze afspraak geldt voor alle 62 basisscholen en voor iedere vestiging daarvan, ongeacht bestuur of denominatie. Geen school mag onder dit niveau zitten; een school mag er wel boven zitten en meer bieden. Wat een school boven de basis biedt, staat in haar schoolondersteuningsprofiel en in de schoolgids.

## 4.2 Wat mag u van elke school verwachten?

De afgesproken basisondersteuning bestaat uit twaalf standaarden. Elke basisschool in ons samenwerkingsverband:

- heeft een intern begeleider met een aanstelling van ten minste 0,1 fte per 100 leerlingen, die de ondersteuning op school coördineert;
- werkt handelingsgericht: twee keer per jaar worden alle groepen besproken en voor kinderen met een specifieke onderwijsbehoefte wordt een groeidocument bijgehouden;
- gebruikt een leerlingvolgsysteem en analyseert de gegevens twee keer per jaar op groeps- en schoolniveau;
- volgt het Protocol Leesproblemen en Dyslexie en begeleidt kinderen met ernstige lees- en spellingproblemen, inclusief de aanvraag van vergoede dyslexiezorg;
- volgt het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie;
- biedt verrijkingsstof en compacten voor kinderen die meer aankunnen;
- werkt met een methode of aanpak voor sociaal-emotionele ontwikkeling en een anti-pestprotocol, en heeft een pestcoördinator;
- kan kinderen met licht gedragsproblemen in de groep begeleiden, met inzet van een gedragsspecialist van het bestuur of het samenwerkingsverband;
- heeft een protocol medisch handelen en kan eenvoudige medische handelingen uitvoeren na instructie;
- heeft een ondersteuningsteam (OT) waarin ouders, school, en waar nodig de jeugdconsulent van de gemeente en de consulent van het samenwerkingsverband samen een plan maken;
- stelt voor kinderen die op één of meer vakken een eigen leerlijn volgen een ontwikkelingsperspectief (OPP) op en bespreekt dit met ouders;
- zorgt voor een warme overdracht bij de overstap naar een andere school en naar het voortgezet onderwijs.

## 4.3 Hoe bewaken we de basisondersteuning?

Elke school legt in de schoolgids vast hoe zij de basisondersteuning invult. De consulenten van het samenwerkingsverband bezoeken elke school eens per twee jaar en bespreken dan aan de hand van de kwaliteitskaart basisondersteuning of de twaalf standaarden op orde zijn. Voldoet een school op een standaard niet, dan maakt de directeur binnen drie maanden een verbeterplan. Het schoolbestuur is daarvoor verantwoordelijk; het samenwerkingsverband kan ondersteuning bieden, bijvoorbeeld met scholing of een tijdelijke inzet van een orthopedagoog.

# 5. Extra ondersteuning en arrangementen

## 5.1 Van basis naar extra

Soms heeft een kind meer nodig dan de basisondersteuning. Dan spreken we van extra ondersteuning. De school bespreekt het kind in het ondersteuningsteam. Blijkt daar dat de school met haar eigen mogelijkheden niet verder kan, dan kan de school bij het samenwerkingsverband een arrangement aanvragen.

## 5.2 Het ondersteuningscontinuüm

Ons aanbod is opgebouwd als een doorlopende reeks:

| Niveau | Wat | Waar | Wie beslist |
| 1 Basisondersteuning | twaalf standaarden, zie hoofdstuk 4 | elke basisschool | de school |
| 2 Schoolarrangement | extra handen of expertise in de groep, betaald uit het schoolbudget | eigen school | schoolbestuur |
| 3 Bovenschools arrangement | Kompasklas (observatie en kortdurende plaatsing, 12 plaatsen), Plusklas voor hoogbegaafde kinderen (4 locaties), Taalklas voor nieuwkomers (2 locaties), ambulante begeleiding door so-specialisten | op een basisschool in de regio | Commissie Arrangementen |
| 4 Speciaal basisonderwijs | sbo De Wegwijzer, sbo Het Baken, sbo De Sprong | sbo-school | Commissie van Toelaatbaarheid |
| 5 Speciaal onderwijs | so cluster 3 (De Linde) en cluster 4 (De Horizon), plus so buiten de regio | so-school | Commissie van Toelaatbaarheid |

Daarnaast zijn er onderwijs-zorgarrangementen, waarbij onderwijs en jeugdhulp samen één arrangement bieden, bijvoorbeeld voor kinderen die een deel van de week een dagbehandeling volgen. Deze arrangementen worden samen met de gemeente gefinancierd.

## 5.3 Aanvragen van een arrangement

De school vraagt een bovenschools arrangement aan via het digitale Loket van het samenwerkingsverband, met het groeidocument en de zienswijze van de ouders. De Commissie Arrangementen beslist binnen vier weken. Een arrangement duurt in principe een schooljaar en wordt halverwege geëvalueerd.

# 6. Toelaatbaarheid tot sbo en so

## 6.1 Procedure

Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure verloopt als volgt:

- Stap 1. De school waar het kind staat ingeschreven bespreekt het kind in het ondersteuningsteam, met ouders en met de consulent van het samenwerkingsverband. Samen stellen zij vast dat een sbo- of so-school nodig lijkt.
- Stap 2. Het schoolbestuur (in de praktijk de directeur namens het bestuur) dient de aanvraag in via het Loket. Bij de aanvraag horen het groeidocument met OPP, het onderwijskundig rapport en de zienswijze van de ouders. Bij een kind dat nog niet op een school staat ingeschreven, dient de school waar het kind is aangemeld de aanvraag in.
- Stap 3. Twee deskundigen brengen elk afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog, en afhankelijk van het kind een tweede deskundige, zoals een maatschappelijk werker, kinderarts of kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag.
- Stap 4. De Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder een besluit, binnen zes weken na ontvangst van de volledige aanvraag. Ouders ontvangen het besluit en een afschrift van de deskundigenadviezen.

In spoedsituaties, bijvoorbeeld als een kind dreigt thuis te komen zitten, kan de commissie binnen vijf werkdagen een tijdelijke TLV afgeven voor maximaal drie maanden.

## 6.2 Criteria

Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:

- de basisschool heeft de basisondersteuning en ten minste één arrangement aantoonbaar ingezet en geëvalueerd;
- het kind heeft een ondersteuningsbehoefte op het gebied van leren, gedrag of ontwikkeling die ook met extra ondersteuning op de basisschool niet kan worden beantwoord;
- het kind heeft baat bij kleinere groepen en een specifieke pedagogisch-didactische aanpak zoals het sbo die biedt.

Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 als daarnaast sprake is van een ernstige beperking (verstandelijk, lichamelijk, langdurig ziek of ernstige gedrags- of psychiatrische problematiek) waardoor het kind een zeer intensieve, gespecialiseerde aanpak nodig heeft, en het sbo die aanpak niet kan bieden. De commissie weegt daarbij het OPP, de deskundigenadviezen en de zienswijze van ouders.

## 6.3 Duur en bekostigingscategorie

Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geldt in de regel twee schooljaren; bij een kind met een ernstige meervoudige beperking kan de commissie een TLV tot het einde van de schoolloopbaan in het so afgeven. Bij een TLV so stelt de commissie de bekostigingscategorie vast: laag, midden of hoog.

## 6.4 Bezwaar

Ouders en het schoolbestuur die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die adviseert over het bezwaar. De directeur-bestuurder beslist daarna op het bezwaar.

# 7. Terugplaatsing en overplaatsing

Wij vinden dat een plaatsing in het speciaal (basis)onderwijs geen eindstation hoeft te zijn. Uitgangspunt van ons beleid is dat een kind terugkeert naar het regulier onderwijs, zo thuisnabij mogelijk, zodra de ontwikkeling van het kind dat toelaat en een basisschool de benodigde ondersteuning kan bieden. Dat geldt voor kinderen in het sbo en in het so. Voorwaarden zijn dat het OPP laat zien dat het kind de ondersteuning van de sbo- of so-school niet meer nodig heeft, dat ouders achter de terugplaatsing staan en dat de ontvangende school in het ondersteuningsteam heeft vastgesteld dat zij het kind kan begeleiden.

Na de terugkeer ondersteunen we de ontvangende basisschool. De school krijgt een terugplaatsingsarrangement van maximaal € 4.000 voor één schooljaar, en de leerkracht van de sbo- of so-school begeleidt het kind en de nieuwe leerkracht in de eerste maanden ambulant. Ook is een proefplaatsing van maximaal acht weken mogelijk, waarbij het kind ingeschreven blijft op de sbo- of so-school.

De precieze stappen van de terugplaatsing, wie het initiatief neemt en op welke momenten de sbo- en so-scholen de mogelijkheid tot terugkeer bespreken, leggen we in het eerste planjaar vast in een gezamenlijk protocol met de scholen voor speciaal (basis)onderwijs. Tot die tijd maken de scholen per kind afspraken.

# 8. Dekkend aanbod en thuiszitters

## 8.1 Zorgplicht en samenwerking tussen besturen

Elk schoolbestuur heeft zorgplicht. Als een kind wordt aangemeld dat extra ondersteuning nodig heeft, onderzoekt de school binnen zes weken (eenmaal te verlengen met vier weken) wat het kind nodig heeft. Kan de school het kind niet zelf plaatsen, dan zoekt zij, in overleg met ouders, een andere school die dat wel kan. De besturen hebben afgesproken dat zij elkaar daarbij helpen, en dat de consulent van het samenwerkingsverband meekijkt als het zoeken langer dan vier weken duurt.

## 8.2 Witte vlekken opsporen

Eens per jaar, in mei, maken we een analyse van het aanbod. We kijken naar wachtlijsten bij sbo en so, naar de aanvragen voor arrangementen die we niet konden honoreren, naar kinderen die verder dan 25 kilometer moeten reizen en naar de signalen van scholen, ouders en het Ouder- en Jeugdsteunpunt. De uitkomst bespreken we met de directeuren en de gemeenten; als er een gat in het aanbod is, stelt het bestuur een plan van aanpak op met een termijn. De analyse van 2023 liet twee gaten zien: te weinig plaatsen in het so cluster 4 voor jonge kinderen met gedragsproblemen, en geen voorziening voor kinderen die door angst niet naar school kunnen. Voor het eerste hebben we met De Horizon afgesproken om per augustus 2024 een extra groep van tien plaatsen te openen. Voor het tweede start in 2024-2025 een pilot 'Zachte landing' op twee basisscholen.

## 8.3 Thuiszitters

Een kind dat langer dan vier weken niet naar school gaat zonder vrijstelling, meldt de school bij de leerplichtambtenaar en bij het samenwerkingsverband. Elke zes weken komt het thuiszittersoverleg bijeen, met de leerplichtambtenaren, de consulenten van het samenwerkingsverband en de jeugdconsulenten van de gemeenten. Voor elk kind wordt binnen twee weken na melding een casusregisseur aangewezen. Lukt het niet om binnen drie maanden een oplossing te vinden, dan kan de directeur-bestuurder doorzettingsmacht inzetten: zij kan een school of voorziening vragen het kind tijdelijk te plaatsen, waarbij het samenwerkingsverband de kosten van extra ondersteuning draagt. Op 1 maart 2024 stonden in onze regio negen kinderen als thuiszitter geregistreerd.

# 9. Samenwerking met gemeenten en jeugdhulp

De zes gemeenten en het samenwerkingsverband werken samen op basis van een gezamenlijke agenda. In het OOGO van 5 maart 2024 hebben we afgesproken dat we de komende periode werken aan vier thema's: jeugdhulp in en om de school, thuiszitters, leerlingenvervoer en onderwijshuisvesting voor de nieuwe so-groep. Op elke school is een jeugdconsulent van het lokale team aan de school verbonden, die aanschuift bij het ondersteuningsteam. De onderwijs-zorgarrangementen uit hoofdstuk 5 worden gezamenlijk bekostigd; de verdeling van de kosten staat in de samenwerkingsovereenkomst die we in 2022 met de gemeenten sloten.

Twee keer per jaar is er een bestuurlijk overleg tussen de directeur-bestuurder en de wethouders onderwijs en jeugd. Daar bespreken we ook de jaarlijkse analyse van het aanbod uit hoofdstuk 8.

# 10. Ouders

## 10.1 Ouders als partner

Ouders kennen hun kind het best. Daarom zijn zij vanaf het begin betrokken als hun kind ondersteuning nodig heeft. Ouders zijn aanwezig bij het ondersteuningsteam, geven hun zienswijze bij een aanvraag en tekenen voor akkoord op het handelingsdeel van het OPP.

## 10.2 Hoe informeren we ouders?

Wij informeren ouders op verschillende manieren over het ondersteuningsaanbod in de regio:

- op onze website staat een ouderpagina met uitleg over basisondersteuning, arrangementen, de Kompasklas, sbo en so, en hoe je daar terechtkomt;
- de folder 'Wat mag mijn kind verwachten?' ligt op elke school en is beschikbaar in het Nederlands, Engels, Pools, Arabisch en Turks;
- in de schoolgids van elke school staat wat de school aan basisondersteuning en extra ondersteuning biedt;
- twee keer per jaar organiseren we een informatieavond voor ouders, in het voorjaar over de overstap naar het voortgezet onderwijs en in het najaar over passend onderwijs in het algemeen;
- ouders kunnen op werkdagen het bureau bellen of mailen met vragen; een consulent belt binnen twee werkdagen terug.

## 10.3 Onafhankelijke ondersteuning voor ouders

Soms hebben ouders iemand nodig die met hen meedenkt, los van de school en het samenwerkingsverband. Sinds 1 januari 2024 is er het Ouder- en Jeugdsteunpunt Rivierenland, dat we samen met het samenwerkingsverband VO Rivierenland hebben ingericht. Het steunpunt is onafhankelijk: de medewerkers zijn niet in dienst van een schoolbestuur en werken alleen in het belang van het kind. Ouders kunnen er terecht met vragen, voor een gesprek of voor begeleiding naar een gesprek op school. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten, een landelijke en kosteloze organisatie. Bij een klacht over het samenwerkingsverband kunnen ouders terecht bij de klachtencommissie van Onderwijsgeschillen; bij een geschil over toelating, verwijdering of het OPP bij de Geschillencommissie Passend Onderwijs.

# 11. Beoogde resultaten 2024-2028

In de vorige planperiode hebben we veel geleerd. Een uitgebreide terugblik staat in het jaarverslag 2023, dat op onze website staat. In dit hoofdstuk kijken we vooruit. Per ambitie noemen we de resultaten die we aan het eind van de planperiode willen hebben bereikt.

| Ambitie | Beoogd resultaat in juli 2028 |
| Basisondersteuning staat stevig | alle 62 scholen voldoen aan de twaalf standaarden |
| Snel de juiste hulp | een besluit over een arrangement of TLV binnen vier weken in 90% van de aanvragen |
| Geen kind thuis | geen kind langer dan drie maanden thuiszitter; het aantal thuiszitters is gehalveerd ten opzichte van maart 2024 |
| Onderwijs en jeugdhulp samen | op elke school is een jeugdconsulent verbonden; 40 onderwijs-zorgarrangementen per jaar |
| Thuisnabij | het deelnamepercentage sbo en so samen blijft onder 3,5% |
| Terug naar regulier | ten minste 15 kinderen per jaar keren terug van sbo of so naar de basisschool |

Hoe we de voortgang op deze doelen gaan volgen, werken we in het schooljaar 2024-2025 uit in een monitor. De indicatoren, de bronnen en de momenten van rapportage aan bestuur, toezicht en ondersteuningsplanraad worden dan vastgesteld.

# 12. Organisatie, governance en medezeggenschap

## 12.1 Rechtsvorm en bestuur

Het samenwerkingsverband is een stichting. De stichting kent een directeur-bestuurder en een Raad van Toezicht van vijf leden, van wie drie op voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden. De schoolbesturen komen vier keer per jaar bijeen in de Algemene Vergadering, waarin zij adviseren over de begroting, het jaarplan en het ondersteuningsplan. De statuten bevatten een geschillenregeling, zoals de wet voorschrijft.

## 12.2 Het bureau

Het bureau bestaat uit de directeur-bestuurder, een controller, een beleidsmedewerker, een managementassistent, zes consulenten passend onderwijs, twee orthopedagogen en een secretaris van de Commissie van Toelaatbaarheid. In totaal gaat het om 11,4 fte.

## 12.3 Ondersteuningsplanraad

De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en adviesrecht op de begroting. De OPR vergadert zes keer per jaar. Het samenwerkingsverband faciliteert de OPR met scholing en een vergoeding per vergadering.

# 13. Personeel en professionalisering

Passend onderwijs staat of valt met de leerkracht. Wij investeren daarom in scholing. Jaarlijks organiseren we een leergang voor intern begeleiders, netwerkbijeenkomsten over gedrag, hoogbegaafdheid en NT2, en een congres voor alle medewerkers van de scholen. Leerkrachten kunnen gratis deelnemen aan de trainingen van de gedragsspecialisten van het samenwerkingsverband. Scholen kunnen voor een teamscholing op maat een bijdrage aanvragen van maximaal € 2.500 per jaar.

Het lerarentekort raakt ook ons. Op een aantal scholen zijn vacatures voor intern begeleiders langdurig onvervuld. Wij onderzoeken samen met de besturen of een gezamenlijke pool van intern begeleiders een oplossing kan zijn.

# 14. Financiën en meerjarenbegroting

## 14.1 Inkomsten

Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Op dat budget houdt DUO de bekostiging van het so en de ondersteuningsbekostiging van kinderen met een TLV af. Daarnaast dragen we bij aan het sbo boven de 2%-grens van het leerlingaantal op de teldatum van 1 oktober.

## 14.2 Verdeling van de middelen

Wij verdelen de middelen als volgt. De verdeling is vastgesteld door de Raad van Toezicht na advies van de Algemene Vergadering en wordt jaarlijks in november voor het volgende kalenderjaar geactualiseerd.

- Schoolbudget: elk schoolbestuur ontvangt per basisschool een vaste voet van € 5.000 plus € 95 per leerling op basis van de teldatum van 1 oktober van het voorgaande jaar. Het bestuur verdeelt dit budget over zijn scholen en zet het in voor schoolarrangementen en de basisondersteuning boven het minimum.
- Bovenschoolse arrangementen: de Commissie Arrangementen kent arrangementen toe op aanvraag, op grond van de criteria in hoofdstuk 5. De bedragen zijn vast: een arrangement ambulante begeleiding € 3.500, een plaats in de Kompasklas € 14.000 per jaar, een plaats in de Plusklas € 1.800 per jaar.
- Afdrachten en groeibekostiging: de kosten van TLV's voor so en van sbo-plaatsingen boven de 2% worden door DUO ingehouden of door het samenwerkingsverband overgedragen aan de sbo-scholen. Voor de tussentijdse groei van het sbo en so geldt als peildatum 1 februari.

## 14.3 Verantwoording

Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks voor 1 mei in een verantwoordingsformat, met per school de inzet in fte en euro's. Het bureau bundelt de verantwoordingen voor het jaarverslag.

## 14.4 Meerjarenbegroting

De meerjarenbegroting hieronder is gebaseerd op de prognose van het leerlingaantal en de bekostiging per 1 januari 2024 (bedragen in duizenden euro's).

| Post | 2024 | 2025 | 2026 | 2027 | 2028 |
| Rijksbijdrage lichte en zware ondersteuning | 11.840 | 11.690 | 11.520 | 11.370 | 11.230 |
| Af: inhouding DUO so | -3.950 | -3.990 | -4.020 | -4.040 | -4.050 |
| Af: overdracht sbo boven 2% | -410 | -420 | -420 | -410 | -400 |
| Beschikbaar | 7.480 | 7.280 | 7.080 | 6.920 | 6.780 |
| Schoolbudgetten | 1.740 | 1.720 | 1.700 | 1.680 | 1.650 |
| Bovenschoolse arrangementen | 2.600 | 2.540 | 2.480 | 2.430 | 2.380 |
| Onderwijs-zorgarrangementen (aandeel SWV) | 420 | 420 | 420 | 420 | 420 |
| Professionalisering | 260 | 250 | 240 | 230 | 220 |
| Bureau en commissies | 1.210 | 1.230 | 1.250 | 1.270 | 1.290 |
| Ouder- en Jeugdsteunpunt (aandeel PO) | 95 | 95 | 95 | 95 | 95 |
| Pilot Zachte landing en so-groep | 480 | 480 | 300 | 300 | 300 |
| Totaal lasten | 6.805 | 6.735 | 6.485 | 6.425 | 6.355 |
| Resultaat | 675 | 545 | 595 | 495 | 425 |

## 14.5 Reserves

Op 31 december 2023 bedroeg de algemene reserve € 2,9 miljoen. Volgens de signaleringswaarde van de Inspectie is € 1,6 miljoen nodig als buffer. De bovenmatige reserve bouwen we in deze planperiode af door de extra so-groep, de pilot Zachte landing en een tijdelijke verhoging van het schoolbudget in 2025 en 2026 (de positieve resultaten in de tabel worden in de jaarbegroting bestemd voor deze verhoging).

# 15. Planning en jaarcyclus

Het ondersteuningsplan wordt elk jaar vertaald in een jaarplan met een jaarbegroting. In het voorjaar evalueren we het jaarplan en stellen we het volgende op. De planning van de grote onderwerpen in deze planperiode ziet er zo uit:

| Schooljaar | Onderwerp |
| 2024-2025 | monitor beoogde resultaten uitwerken; protocol terugplaatsing vaststellen; start pilot Zachte landing; opening extra so-groep |
| 2025-2026 | evaluatie verdeelmodel |
| 2026-2027 | tussentijdse evaluatie ondersteuningsplan met OPR en gemeenten |
| 2027-2028 | voorbereiding nieuw ondersteuningsplan 2028-2032 |

@pagebreak

# Bijlage 1. Begrippenlijst

Arrangement: een afgesproken pakket van ondersteuning voor een kind of een groep kinderen, met een doel, een duur en een budget.

Basisondersteuning: de ondersteuning die alle scholen van het samenwerkingsverband ten minste bieden.

Bekostigingscategorie: de categorie laag, midden of hoog die bepaalt hoeveel geld een so-school voor een leerling ontvangt.

Deskundigenadvies: het advies van twee deskundigen dat nodig is voor een TLV.

Dekkend aanbod: een aanbod van ondersteuning waarin voor elk kind een passende plek is.

Meerjarenbegroting: een begroting voor meerdere jaren.

OOGO: op overeenstemming gericht overleg met de gemeenten.

OPP: ontwikkelingsperspectief.

Ouder- en Jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terechtkunnen met vragen over onderwijs en ondersteuning.

Terugplaatsing: de terugkeer van een leerling van het speciaal (basis)onderwijs naar het regulier onderwijs.

TLV: toelaatbaarheidsverklaring voor sbo of so.

Thuiszitter: een leerplichtig kind dat zonder geldige reden niet naar school gaat.
"""

# ============================================================================================
# Plan 2 - PO, small verband, rendered to PDF. Short chapters, informal "we" style.
# ============================================================================================
P2 = r"""
=T Kansrijk voor ieder kind
=S Ondersteuningsplan 2023-2027
=S Samenwerkingsverband De Brug Zuidoost, passend primair onderwijs (PO 31-12)
=S Versie 1.3, definitief, april 2023
@pagebreak

# Inhoud

1. Voorwoord

2. Wie zijn wij?

3. Terugblik op 2019-2023

4. Onze koers: visie en speerpunten

5. Ondersteuning op school

6. Arrangementen en speciale voorzieningen

7. De toelaatbaarheidsverklaring

8. Geld en middelen

9. Doelen en monitoring

10. Ouders

11. Gemeenten en jeugdhulp

12. Organisatie en medezeggenschap

13. Personeel, privacy en ICT

14. Tijdpad

Afkortingenlijst
@pagebreak

# 1. Voorwoord

Beste lezer,

Wat fijn dat u ons nieuwe ondersteuningsplan leest. Het is een plan van ons allemaal: van de vier schoolbesturen, de 21 basisscholen, de sbo-school De Brug, en natuurlijk van de leerkrachten, intern begeleiders, directeuren en ouders die elke dag het verschil maken voor kinderen.

We hebben bewust gekozen voor een compact plan. Geen dik boekwerk dat in de kast verdwijnt, maar een plan dat je in een uur kunt lezen en waar je mee aan de slag kunt. Details staan in de bijlagen en in onze jaarplannen. We hebben geprobeerd het plan zo te schrijven dat ook ouders het kunnen volgen. Lukt dat niet, laat het ons weten.

Onze titel, Kansrijk voor ieder kind, zegt waar het ons om gaat. Ieder kind verdient een plek waar het kan leren en groeien. Dat lukt niet altijd vanzelf. Soms is er meer nodig: meer tijd, meer handen, meer kennis. Daarvoor zijn we er.

Namens het bestuur,

Jeroen Hoefnagels, directeur

Een plan is pas iets waard als het in de praktijk werkt. Daarom hebben we bij het schrijven steeds de vraag gesteld: wat merkt een kind hiervan? En wat merkt een leerkracht ervan? Waar we die vraag niet goed konden beantwoorden, hebben we de tekst geschrapt of herschreven. We hopen dat u dat terugziet.

Dit plan is geschreven door een kleine schrijfgroep: de directeur, de twee onderwijsadviseurs, twee intern begeleiders en een directeur van een van de basisscholen. Tussentijds hebben we de tekst voorgelegd aan het bestuur, de ondersteuningsplanraad en de intern begeleiders in het IB-netwerk. Hun reacties hebben het plan beter gemaakt.

# 2. Wie zijn wij?

Samenwerkingsverband De Brug Zuidoost is een klein samenwerkingsverband. Vier schoolbesturen werken samen: Stichting Katholiek Onderwijs Peelrand, Stichting Openbaar Onderwijs De Kempen-Oost, de Vereniging voor Protestants-Christelijk Onderwijs Zuidoost en de eenpitter Stichting Montessorischool De Zonnewijzer. Samen hebben ze 21 basisscholen en een school voor speciaal basisonderwijs, sbo De Brug, waar het samenwerkingsverband zijn naam aan ontleent. Er is geen school voor speciaal onderwijs binnen onze grenzen; kinderen die speciaal onderwijs nodig hebben gaan naar scholen in Eindhoven, Helmond en Venlo.

Op 1 oktober 2022 zaten er 4.310 kinderen op onze basisscholen en 142 op sbo De Brug. Het samenwerkingsverband beslaat drie gemeenten: Peelland, Asten-Zuid en Someren-Heide. Het is een landelijk gebied met veel kleine scholen: acht scholen hebben minder dan 120 leerlingen.

Het bureau is klein. Naast de directeur werken er een secretaresse (0,6 fte), twee onderwijsadviseurs (samen 1,6 fte) en een orthopedagoog (0,8 fte). De financiële administratie is uitbesteed aan een administratiekantoor.

Wat ons gebied bijzonder maakt, is de kleinschaligheid. Directeuren kennen elkaar, intern begeleiders bellen elkaar op als ze ergens mee zitten, en de lijnen met de gemeenten zijn kort. Dat is een kracht. Het betekent ook dat we kwetsbaar zijn: als een intern begeleider vertrekt of langdurig ziek wordt, merkt een school dat direct. En doordat veel scholen klein zijn, hebben ze weinig ruimte om zelf specialisten in dienst te nemen. Juist daarom is samenwerking tussen de besturen voor ons zo belangrijk.

Het leerlingaantal in onze regio daalt al jaren langzaam. De prognose van de gemeenten laat zien dat die daling de komende vier jaar doorzet, met ongeveer één procent per jaar. Twee kleine scholen zijn de afgelopen periode samengegaan. De besturen verwachten dat er in deze planperiode nog een of twee fusies volgen.

# 3. Terugblik op 2019-2023

In het vorige plan hadden we ons drie doelen gesteld. We wilden het aantal kinderen dat naar het speciaal onderwijs gaat stabiel houden, we wilden de intern begeleiders beter toerusten, en we wilden de wachttijd voor een arrangement verkorten.

Het eerste doel is gehaald. Het deelnamepercentage sbo lag in oktober 2022 op 3,2% en het deelnamepercentage so op 1,5%; in 2019 was dat 3,3% en 1,4%. Het tweede doel is grotendeels gehaald: 19 van de 22 intern begeleiders volgden de leergang Handelingsgericht Werken. Het derde doel is niet gehaald: de gemiddelde wachttijd voor een arrangement was in 2022 nog steeds zeven weken, tegen een doel van vier weken. Dat kwam vooral door de krapte op de arbeidsmarkt: arrangementen werden wel toegekend, maar er waren geen mensen om ze uit te voeren.

De coronaperiode heeft ook bij ons sporen achtergelaten. Scholen zien meer kinderen met sociaal-emotionele problemen en meer jonge kinderen met een taalachterstand. De ouderenquête van 2022 liet zien dat 78% van de ouders van kinderen met een arrangement tevreden was over de ondersteuning; in 2019 was dat 71%.

Wat hebben we geleerd? Dat korte lijnen werken, maar dat ze niet alles oplossen. Dat intern begeleiders veel hebben aan elkaar, en dat het IB-netwerk een van de meest gewaardeerde onderdelen van ons werk is. En dat we duidelijker moeten zijn over wat scholen van ons mogen verwachten en wat wij van scholen verwachten. Die lessen hebben we meegenomen in dit plan.

# 4. Onze koers: visie en speerpunten

## 4.1 Visie

We geloven in inclusief onderwijs, in de eigen buurt. Kinderen leren van elkaar, ook als ze van elkaar verschillen. Elke school in ons samenwerkingsverband heeft een open houding: we kijken eerst wat er wél kan. Leerkrachten zijn de spil; zij moeten zich gesteund voelen door hun intern begeleider, hun bestuur en het samenwerkingsverband. We werken vanuit vertrouwen en houden de regels zo eenvoudig mogelijk.

## 4.2 Speerpunten 2023-2027

- Speerpunt 1: kinderen krijgen sneller de hulp die ze nodig hebben.
- Speerpunt 2: meer kinderen met een specifieke ondersteuningsbehoefte kunnen op de basisschool blijven.
- Speerpunt 3: onderwijs en jeugdhulp werken beter samen.
- Speerpunt 4: leerkrachten zijn toegerust op de verschillen in hun groep.

In hoofdstuk 9 staan bij elk speerpunt concrete doelen.

# 5. Ondersteuning op school

In het vorige ondersteuningsplan stond een lijst met afspraken over wat de scholen aan ondersteuning bieden. Die lijst is verouderd en sluit niet meer aan bij de nieuwe wetgeving, waarin de schoolgids de plaats van het schoolondersteuningsprofiel overneemt. De werkgroep Basis op Orde, met intern begeleiders en directeuren van alle vier de besturen, werkt in het schooljaar 2023-2024 een nieuw document uit. Na instemming van de ondersteuningsplanraad voegen we dat als addendum toe aan dit plan.

Tot die tijd verwijzen we naar de schoolondersteuningsprofielen van de scholen. Die staan op de websites van de scholen en liggen ter inzage bij de directie.

Ook een landelijke norm voor basisondersteuning is in aantocht. Zodra daar meer over bekend is, passen we onze afspraken daarop aan.

# 6. Arrangementen en speciale voorzieningen

## 6.1 Hoe het werkt

Een kind dat meer nodig heeft dan de school zelf kan bieden, wordt besproken in het ondersteuningsteam van de school. Daarin zitten de intern begeleider, de leerkracht, de ouders en de onderwijsadviseur van het samenwerkingsverband. Waar nodig schuift de jeugdverpleegkundige of iemand van het sociaal team van de gemeente aan.

## 6.2 Ons aanbod

Het aanbod van het samenwerkingsverband ziet er als volgt uit. We noemen het de ondersteuningstrap.

- Trede 1: de eigen school, met de ondersteuning die de school zelf biedt (zie hoofdstuk 5).
- Trede 2: consultatie en advies door de onderwijsadviseur of orthopedagoog van het samenwerkingsverband, zonder kosten voor de school.
- Trede 3: een individueel arrangement op de eigen school, bijvoorbeeld extra begeleiding door een onderwijsassistent of een gedragsspecialist gedurende een periode van drie tot twaalf maanden.
- Trede 4: een groepsarrangement. We hebben twee groepsarrangementen: de Bovenbouwklas voor meer- en hoogbegaafde kinderen (een dag per week, op twee locaties) en de Taalklas voor nieuwkomers in Someren-Heide (vier dagen per week, maximaal een jaar).
- Trede 5: plaatsing op sbo De Brug, met een TLV.
- Trede 6: plaatsing op een school voor speciaal onderwijs buiten de regio, met een TLV.

Daarnaast kan sbo De Brug ambulante begeleiding bieden aan basisscholen voor kinderen met gedragsproblemen. De sbo-school werkt zo ook als expertisecentrum voor de regio.

## 6.3 Een arrangement aanvragen

De school vraagt een arrangement aan bij het bureau, via het aanvraagformulier op onze website. De directeur beslist binnen vier weken, op advies van de onderwijsadviseur. Een arrangement wordt na afloop geëvalueerd met de school en de ouders.

## 6.4 Thuiszitters

We willen dat geen enkel kind thuis zit. In ons kleine gebied gaat het om enkele kinderen per jaar, maar voor elk van hen is het er één te veel. Hoe we thuiszitters beter in beeld krijgen en wat we doen als er voor een kind geen passende plek is, werken we de komende periode samen met de leerplichtambtenaren verder uit.

# 7. De toelaatbaarheidsverklaring

## 7.1 De aanvraag

Voor plaatsing op sbo De Brug of op een school voor speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) nodig. Het schoolbestuur van de school waar het kind staat ingeschreven vraagt de TLV aan bij het samenwerkingsverband. De aanvraag gaat via de intern begeleider naar het bureau, met:

- het aanvraagformulier, ondertekend door de directeur namens het bestuur;
- het groeidocument of ontwikkelingsperspectief;
- een verslag van het laatste overleg van het ondersteuningsteam;
- de zienswijze van de ouders, op het formulier van het samenwerkingsverband.

## 7.2 Beoordeling en besluit

De aanvraag wordt beoordeeld door de Commissie Toelaatbaarheid. Die bestaat uit de orthopedagoog van het samenwerkingsverband, een onderwijsadviseur en een externe kinder- en jeugdpsycholoog. De orthopedagoog en de psycholoog geven elk een eigen schriftelijk advies. De commissie adviseert de directeur, die namens het bestuur besluit. Het besluit volgt binnen zes weken na de volledige aanvraag. Ouders en school krijgen het besluit per post en per e-mail.

## 7.3 Criteria en duur

De criteria waarop de commissie toetst, zijn opgenomen in het Toetsingskader TLV (bijlage 3). Een TLV voor het sbo geldt tot het einde van de basisschooltijd. Een TLV voor het speciaal onderwijs geldt voor twee schooljaren, tenzij de commissie een andere duur bepaalt.

Ook de terugplaatsing van kinderen uit sbo en so naar een basisschool is een thema dat we in deze planperiode willen oppakken.

# 8. Geld en middelen

## 8.1 Waar komt het geld vandaan?

Het samenwerkingsverband krijgt jaarlijks ongeveer 2,4 miljoen euro van het Rijk voor lichte en zware ondersteuning. Daarvan gaat ruim een miljoen rechtstreeks naar het speciaal onderwijs, via een inhouding door DUO. Ook betalen we mee aan sbo De Brug, omdat meer dan 2% van onze leerlingen daar zit.

## 8.2 Hoe verdelen we het?

Wij werken met een eenvoudige verdeling, die het bestuur elk jaar in december vaststelt voor het volgende kalenderjaar:

- 80% van het beschikbare budget gaat naar de vier schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het jaar daarvoor. In 2023 is dat € 142 per leerling. De besturen zetten dit geld in voor ondersteuning op de scholen en verantwoorden dat in hun jaarverslag;
- 20% houden we bovenschools voor de arrangementen van trede 3 en 4, de consultatie door onze adviseurs en de ambulante begeleiding door sbo De Brug. De directeur kent arrangementen toe op aanvraag (zie 6.3). Een individueel arrangement is maximaal € 6.000 per schooljaar.

## 8.3 Begroting 2023-2027

| Bedragen in euro's | 2023 | 2024 | 2025 | 2026 | 2027 |
| Rijksbijdrage ondersteuning | 2.412.000 | 2.390.000 | 2.365.000 | 2.340.000 | 2.320.000 |
| Inhouding DUO so | -1.046.000 | -1.060.000 | -1.060.000 | -1.055.000 | -1.050.000 |
| Overdracht sbo De Brug boven 2% | -214.000 | -210.000 | -205.000 | -200.000 | -195.000 |
| Beschikbaar | 1.152.000 | 1.120.000 | 1.100.000 | 1.085.000 | 1.075.000 |
| Naar de schoolbesturen (80%) | 612.000 | 600.000 | 590.000 | 582.000 | 576.000 |
| Arrangementen en groepsarrangementen | 248.000 | 240.000 | 236.000 | 232.000 | 230.000 |
| Bureau, commissie en adviseurs | 262.000 | 266.000 | 270.000 | 274.000 | 278.000 |
| Scholing intern begeleiders | 20.000 | 20.000 | 15.000 | 15.000 | 15.000 |
| Resultaat | 10.000 | -6.000 | -11.000 | -18.000 | -24.000 |

De kleine tekorten vanaf 2024 vangen we op uit de reserve, die eind 2022 € 640.000 bedroeg.

# 9. Doelen en monitoring

## 9.1 Wat willen we bereiken?

Bij de vier speerpunten uit hoofdstuk 4 horen de volgende doelen voor juli 2027:

| Speerpunt | Doel 2027 | Stand 2022 |
| 1 Sneller hulp | gemiddelde wachttijd arrangement maximaal 4 weken | 7 weken |
| 2 Meer kinderen op de basisschool | deelnamepercentage sbo maximaal 3,0%, so maximaal 1,5% | 3,2% en 1,5% |
| 3 Onderwijs en jeugdhulp | op 21 van de 21 scholen een vaste contactpersoon van het sociaal team | 12 scholen |
| 4 Toegeruste leerkrachten | 80% van de leerkrachten voelt zich voldoende toegerust (enquête) | 61% |

Daarnaast willen we dat ten minste 80% van de ouders van kinderen met een arrangement tevreden is over de ondersteuning.

## 9.2 Hoe volgen we dat?

Twee keer per jaar, in februari en september, maakt het bureau een voortgangsrapportage voor het bestuur. Daarin staan het aantal aanvragen en toekenningen, de wachttijden, de deelnamepercentages (uit de DUO-gegevens per 1 oktober) en het aantal TLV's. Eens in de twee jaar houden we een enquête onder leerkrachten en onder ouders van kinderen met een arrangement. Elk arrangement wordt na afloop geëvalueerd met een kort formulier: is het doel bereikt? De uitkomsten bundelen we in het jaarverslag, dat we bespreken met de ondersteuningsplanraad en de gemeenten. Als een doel uit beeld raakt, stelt het bestuur bij.

# 10. Ouders

Ouders zijn onze belangrijkste partners. Zij worden betrokken bij elk ondersteuningsteam en geven hun zienswijze bij elke aanvraag.

We informeren ouders op deze manieren over de ondersteuning in ons samenwerkingsverband:

- De website debrugzuidoost.nl heeft een aparte pagina voor ouders, met uitleg over de ondersteuningstrap, de arrangementen en de TLV.
- Elk jaar in september ontvangen alle scholen de ouderfolder 'Extra ondersteuning, hoe werkt dat?' om mee te geven aan ouders van kinderen die in het ondersteuningsteam worden besproken.
- In de schoolgids van iedere school staat een hoofdstuk over ondersteuning, met een verwijzing naar het samenwerkingsverband.
- De onderwijsadviseurs zijn rechtstreeks bereikbaar voor ouders, per telefoon of e-mail.

Vanaf 2025 moet elk samenwerkingsverband een ouder- en jeugdsteunpunt hebben. Hoe wij dat inrichten, besluiten we samen met het samenwerkingsverband voortgezet onderwijs in het schooljaar 2024-2025.

# 11. Gemeenten en jeugdhulp

De drie gemeenten zijn belangrijke partners. Het concept van dit plan is op 16 februari 2023 besproken in het OOGO met de wethouders onderwijs en jeugd van Peelland, Asten-Zuid en Someren-Heide. De gemeenten konden zich vinden in het plan. We hebben afgesproken dat we samen werken aan betere aansluiting van het sociaal team op de scholen (speerpunt 3) en dat het leerlingenvervoer naar sbo en so in 2024 samen wordt geëvalueerd. Ook de huisvesting van de Taalklas staat op de gezamenlijke agenda.

Het samenwerkingsverband heeft daarnaast overleg gevoerd met het samenwerkingsverband VO Peel en Kempen, waar onze kinderen na groep 8 naartoe gaan. Er zijn afspraken over de warme overdracht van kinderen met een arrangement.

Met de gemeenten hebben we verder afgesproken dat we elkaars plannen tijdig delen. De gemeenten sturen hun jeugdbeleidsplan ter bespreking naar het samenwerkingsverband, en wij sturen ons jaarplan naar de gemeenten. Twee keer per jaar is er een ambtelijk overleg tussen de directeur en de beleidsmedewerkers onderwijs en jeugd van de drie gemeenten.

# 12. Organisatie en medezeggenschap

Het samenwerkingsverband is een vereniging. De leden zijn de vier schoolbesturen. Het bestuur van de vereniging bestaat uit een vertegenwoordiger van elk schoolbestuur. De dagelijkse leiding ligt bij de directeur. Er is een onafhankelijk voorzitter. Het interne toezicht is geregeld via een auditcommissie van twee bestuursleden die niet zelf het dagelijks bestuur vormen.

De ondersteuningsplanraad bestaat uit acht leden: vier ouders en vier personeelsleden. De OPR heeft op 28 maart 2023 ingestemd met dit plan. Het bestuur heeft het plan op 4 april 2023 vastgesteld. Daarna is het naar de Inspectie gestuurd.

# 13. Personeel, privacy en ICT

Het samenwerkingsverband heeft zelf weinig personeel. De onderwijsadviseurs en de orthopedagoog zijn in dienst van de vereniging. De ambulant begeleiders zijn in dienst van sbo De Brug. Voor alle medewerkers geldt de cao primair onderwijs.

Bij het aanvragen van arrangementen en TLV's verwerken we persoonsgegevens, soms ook gegevens over de gezondheid van een kind. Dat doen we alleen als dat nodig is voor het besluit. We bewaren die gegevens tot drie jaar na het besluit. Er is een privacyreglement en een functionaris gegevensbescherming, die we delen met twee andere samenwerkingsverbanden.

Aanvragen lopen via een beveiligde digitale omgeving. In 2024 stappen we over op een nieuw systeem, samen met het samenwerkingsverband VO. Scholen krijgen daarvoor een korte training.

Intern begeleiders hebben een sleutelrol in passend onderwijs. In ons samenwerkingsverband komen zij vijf keer per jaar samen in het IB-netwerk. Daar wisselen ze ervaringen uit, bespreken ze (geanonimiseerd) casussen en krijgen ze scholing van de orthopedagoog of van een externe spreker. Nieuwe intern begeleiders krijgen in hun eerste jaar een maatje: een ervaren collega van een andere school. In deze planperiode willen we ook een netwerk voor gedragsspecialisten starten.

De werkdruk in het onderwijs is hoog. We merken dat leerkrachten soms opzien tegen het opnemen van een kind met een grote ondersteuningsbehoefte in hun groep. Dat begrijpen we. Daarom willen we dat ondersteuning snel beschikbaar is en dat de administratie eromheen zo licht mogelijk blijft. Het nieuwe digitale aanvraagsysteem moet daar ook aan bijdragen: minder formulieren, meer tijd voor het kind.

Ook de samenwerking met de kinderopvang en de peuterspeelzalen vinden we belangrijk. Kinderen die al voor hun vierde jaar opvallen, willen we zo vroeg mogelijk in beeld hebben. De onderwijsadviseurs sluiten daarom twee keer per jaar aan bij het overleg van de voorschoolse voorzieningen in de drie gemeenten. Bij de overgang naar de basisschool vindt voor deze kinderen een warme overdracht plaats.

Voor de administratie en de salarisadministratie werkt het samenwerkingsverband samen met een extern administratiekantoor. De jaarrekening wordt gecontroleerd door een onafhankelijke accountant. Het bureau is gehuisvest in een lokaal van sbo De Brug; dat houdt de kosten laag en de lijnen met het sbo kort.

# 14. Tijdpad

| Wanneer | Wat |
| 2023-2024 | Addendum basisondersteuning door werkgroep Basis op Orde |
| 2024 | Nieuw digitaal aanvraagsysteem |
| 2024-2025 | Besluit over ouder- en jeugdsteunpunt; aanpak thuiszitters met leerplicht |
| 2025 | Tussenevaluatie met OPR en gemeenten |
| 2026-2027 | Voorbereiding volgend ondersteuningsplan |

# Afkortingenlijst

- OOGO: op overeenstemming gericht overleg
- OPP: ontwikkelingsperspectief
- OPR: ondersteuningsplanraad
- OT: ondersteuningsteam
- sbo: speciaal basisonderwijs
- so: speciaal onderwijs
- SOP: schoolondersteuningsprofiel, het document waarin een school beschrijft welke basisondersteuning en extra ondersteuning zij biedt
- TLV: toelaatbaarheidsverklaring
- Terugplaatsing: terugkeer van een kind van sbo of so naar de basisschool
- Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt
"""

# ============================================================================================
# Plan 3 - PO, medium verband, rendered to PDF. Formal third-person house style.
# ============================================================================================
P3 = r"""
=T Ondersteuningsplan 2025-2029
=S Stichting Samenwerkingsverband Passend Primair Onderwijs Veluwerand (PO 31-15)
=S Planperiode 1 augustus 2025 tot en met 31 juli 2029
=S Vastgesteld door het algemeen bestuur op 8 april 2025
@pagebreak

# Inhoudsopgave

Voorwoord

1. Inleiding

2. Het samenwerkingsverband

3. Visie en uitgangspunten

4. Het ondersteuningsaanbod

5. Toewijzing van extra ondersteuning

6. Toelaatbaarheid speciaal basisonderwijs en speciaal onderwijs

7. Thuiszitters en verzuim

8. Samenwerking met gemeenten

9. Communicatie

10. Organisatie en bestuur

11. Medezeggenschap

12. Personeel en deskundigheid

13. Financieel beleid

14. Vooruitblik

Bijlage A. Verklarende woordenlijst
@pagebreak

# Voorwoord

Met dit ondersteuningsplan legt het Samenwerkingsverband Passend Primair Onderwijs Veluwerand de koers vast voor de periode 2025-2029. Het plan bouwt voort op het vorige plan, maar kent ook nieuwe accenten. De wetgeving rond passend onderwijs is in beweging: er komt een landelijke norm voor basisondersteuning, de positie van ouders en leerlingen wordt wettelijk versterkt en het ouder- en jeugdsteunpunt wordt verplicht. Het samenwerkingsverband heeft in dit plan zoveel mogelijk op deze ontwikkelingen geanticipeerd.

Het plan is opgesteld door een schrijfgroep van directeuren, intern begeleiders en medewerkers van het bureau, en besproken met de ondersteuningsplanraad, de schoolbesturen en de gemeenten. Het algemeen bestuur dankt allen die hebben bijgedragen.

A.J. Verhoeven, voorzitter algemeen bestuur

R. Bakker-Snijders, directeur

# 1. Inleiding

## 1.1 Doel van dit plan

Het ondersteuningsplan beschrijft hoe het samenwerkingsverband de wettelijke opdracht uitvoert: het realiseren van een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo passend mogelijke plaats in het onderwijs krijgen.

## 1.2 Totstandkoming

Het concept is besproken in het OOGO met de gemeenten Apeldoorn-Noord, Epe-West, Heerde en Hattem op 11 maart 2025. Met het samenwerkingsverband VO Noord-Veluwe is op 6 maart 2025 overleg gevoerd. De ondersteuningsplanraad heeft op 25 maart 2025 ingestemd met het plan. Het algemeen bestuur heeft het plan op 8 april 2025 vastgesteld. Het plan is op 10 april 2025 aan de Inspectie van het Onderwijs toegezonden.

## 1.3 Relatie met andere documenten

Het ondersteuningsplan is het kader. Jaarlijks wordt het plan uitgewerkt in een jaarplan en een jaarbegroting. De scholen beschrijven hun ondersteuning in de schoolgids. Procedures die vaak wijzigen, zoals formulieren en aanvraagtermijnen, zijn te vinden op de website van het samenwerkingsverband.

# 2. Het samenwerkingsverband

Het samenwerkingsverband omvat 38 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Zandloper en sbo Het Veldhuis) en één school voor speciaal onderwijs met een afdeling cluster 3 en een afdeling cluster 4 (so De Kroonwijk). Negen schoolbesturen zijn bij het samenwerkingsverband aangesloten. Op 1 oktober 2024 bezochten 9.640 leerlingen een school in het samenwerkingsverband.

Het werkgebied is gevarieerd: stedelijke wijken in het noorden van Apeldoorn, dorpen langs de IJssel en een uitgestrekt buitengebied. Het leerlingenvervoer is daardoor een belangrijk aandachtspunt. De scholen verschillen sterk in omvang, van 45 tot 520 leerlingen.

# 3. Visie en uitgangspunten

Het samenwerkingsverband hanteert de volgende uitgangspunten:

- Ieder kind heeft recht op onderwijs dat aansluit bij zijn of haar mogelijkheden, zo dicht mogelijk bij huis.
- De ondersteuning wordt zoveel mogelijk in de school en in de groep geboden.
- Ouders zijn gelijkwaardige partners.
- De school is eigenaar van de ondersteuning; het samenwerkingsverband faciliteert.
- Middelen volgen de ondersteuningsbehoefte en worden zo dicht mogelijk bij het kind ingezet.
- Onderwijs en jeugdhulp vormen samen een sluitend geheel.

Deze uitgangspunten zijn richtinggevend voor alle keuzes in dit plan. Het samenwerkingsverband wil een lerende organisatie zijn, die goed luistert naar scholen, ouders en partners.

Het samenwerkingsverband kiest in deze planperiode nadrukkelijk voor continuïteit. De basis van het stelsel, zoals dat in de vorige planperiode is opgebouwd, blijft staan. Tegelijk worden de werkwijzen waar nodig vereenvoudigd, zodat scholen minder tijd kwijt zijn aan aanvragen en meer tijd overhouden voor de leerlingen zelf. Dat sluit aan bij de wens van scholen om de administratieve lasten rond passend onderwijs te verminderen.

# 4. Het ondersteuningsaanbod

## 4.1 Basisondersteuning

Basisondersteuning is de ondersteuning die alle scholen in het samenwerkingsverband ten minste bieden. De schoolbesturen hebben het niveau van de basisondersteuning gezamenlijk vastgesteld; het is voor alle scholen en alle vestigingen gelijk. Dit niveau is geordend naar de vier aspecten van het referentiekader passend onderwijs.

| Aspect | Wat elke school ten minste biedt |
| Basiskwaliteit | onderwijs dat door de inspectie als voldoende is beoordeeld; een veilig schoolklimaat, gemonitord met een jaarlijkse veiligheidsmeting |
| Preventieve en licht curatieve interventies | een aanbod voor leerlingen met dyslexie en dyscalculie volgens de landelijke protocollen; een aanbod voor meer- en hoogbegaafde leerlingen in de groep; een aanpak voor gedrag en sociaal-emotionele ontwikkeling; extra taalaanbod voor leerlingen met een taalachterstand; een protocol medische handelingen |
| Onderwijsondersteuningsstructuur | een intern begeleider; een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt; toegang tot de orthopedagoog van het samenwerkingsverband; een schoolmaatschappelijk werker of jeugdprofessional aan de school verbonden |
| Planmatig werken | handelingsgericht werken met groepsplannen of een vergelijkbare cyclus; een ontwikkelingsperspectief voor leerlingen met een eigen leerlijn; betrokkenheid van ouders en leerling bij het opstellen van het OPP |

Voldoet een school nog niet aan een onderdeel, dan maakt het schoolbestuur afspraken over de termijn waarbinnen dit wel het geval is. Het samenwerkingsverband bespreekt de basisondersteuning jaarlijks met ieder schoolbestuur in het bestuursgesprek.

## 4.2 Extra ondersteuning

Extra ondersteuning is alle ondersteuning die de basisondersteuning te boven gaat. Voorbeelden zijn een individuele begeleiding door een specialist, een aangepast programma voor een deel van de week, of een tijdelijke plaatsing in een bovenschoolse voorziening. De school zet extra ondersteuning eerst in met het eigen budget. Is meer nodig, dan kan de school een beroep doen op het samenwerkingsverband (zie hoofdstuk 5).

## 4.3 Bovenschoolse voorzieningen

Het samenwerkingsverband kent de volgende bovenschoolse voorzieningen:

- De Observatiegroep op sbo Het Veldhuis: kortdurende plaatsing (maximaal twaalf weken) om de ondersteuningsbehoefte van jonge kinderen (4-7 jaar) in beeld te brengen.
- De Plusgroepen: één dagdeel per week voor hoogbegaafde leerlingen uit groep 5 tot en met 8, op drie locaties.
- De Nieuwkomersklas in Apeldoorn-Noord: voltijds onderwijs voor nieuwkomers zonder kennis van het Nederlands, gedurende maximaal één schooljaar, met daarna begeleiding op de eigen school.
- Ambulante begeleiding vanuit so De Kroonwijk voor leerlingen met ernstige gedragsproblemen of een verstandelijke beperking op de basisschool.
- Onderwijs-zorgarrangementen in samenwerking met de jeugdhulpaanbieder Iriszorg Veluwe, waarbij een leerling een deel van de dag onderwijs volgt en een deel van de dag behandeling krijgt.

## 4.4 Dekkend aanbod

Samen vormen de basisondersteuning, de extra ondersteuning, de bovenschoolse voorzieningen, het sbo en het so het ondersteuningscontinuüm van het samenwerkingsverband. Of dit continuüm dekkend is, stelt het samenwerkingsverband elk voorjaar vast in de analyse dekkend aanbod. Daarvoor worden de aanvragen en de afwijzingen van het afgelopen jaar, de wachtlijsten van sbo en so, de leerlingen die buiten de regio zijn geplaatst en de meldingen van thuiszitters geanalyseerd. De bevindingen worden besproken met de directeuren en de gemeenten. Als er een leemte blijkt, stelt de directeur een voorstel op om die te dichten, dat het algemeen bestuur binnen drie maanden bespreekt. In 2024 leidde deze analyse tot het besluit om een tweede Observatiegroep te starten in Epe-West.

# 5. Toewijzing van extra ondersteuning

De school vraagt extra ondersteuning aan via het Ondersteuningsloket van het samenwerkingsverband. Het loket wordt bemand door de consulenten en de orthopedagogen van het samenwerkingsverband. Voorwaarde is dat het kind is besproken in het ondersteuningsteam van de school, met ouders, en dat de school heeft laten zien welke basisondersteuning al is ingezet. Het loket beslist binnen vier weken. Toegekende ondersteuning wordt vastgelegd in een arrangement met doelen, duur en budget.

# 6. Toelaatbaarheid speciaal basisonderwijs en speciaal onderwijs

## 6.1 Aanvraag

Het bevoegd gezag van de school waar de leerling is ingeschreven dient de aanvraag voor een toelaatbaarheidsverklaring in bij het Ondersteuningsloket. Bij een leerling die nog niet is ingeschreven, bijvoorbeeld een kind dat van een kinderdagverblijf of uit het buitenland komt, dient de school waar het kind is aangemeld de aanvraag in. De aanvraag bevat het OPP, het verslag van het ondersteuningsteam, relevante onderzoeksverslagen en de zienswijze van ouders.

## 6.2 Deskundigenadvies en besluit

Bij iedere aanvraag brengen twee deskundigen afzonderlijk een schriftelijk advies uit. De eerste deskundige is altijd een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de vraag, een kinderarts, maatschappelijk werker, pedagoog of kinderpsychiater. De deskundigen zijn niet betrokken bij de begeleiding van de leerling. De Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag. De ouders ontvangen een afschrift van de adviezen.

## 6.3 Criteria

De Commissie Toelaatbaarheid toetst iedere aanvraag aan de volgende criteria.

| Criterium | Sbo | So cluster 3 | So cluster 4 |
| Basisondersteuning en extra ondersteuning op de basisschool zijn aantoonbaar ingezet en geëvalueerd | ja | ja | ja |
| De ondersteuningsbehoefte overstijgt wat de basisschool met extra ondersteuning kan bieden | ja | ja | ja |
| Leerling heeft een specifieke pedagogisch-didactische aanpak in een kleine groep nodig | ja | ja | ja |
| Er is sprake van een verstandelijke beperking (IQ lager dan 70), een lichamelijke beperking of langdurige ziekte die de ontwikkeling ernstig belemmert | nee | ja | nee |
| Er is sprake van ernstige gedrags- of psychiatrische problematiek die in alle leefsituaties tot uiting komt | nee | nee | ja |
| Het sbo kan de benodigde ondersteuning niet bieden | n.v.t. | ja | ja |

## 6.4 Geldigheid en categorie

Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so wordt afgegeven voor een periode van twee schooljaren, of tot het einde van de basisschoolperiode bij een blijvende beperking. Bij een TLV so bepaalt de commissie de bekostigingscategorie laag, midden of hoog.

## 6.5 Afloop van de TLV en terugplaatsing

Het samenwerkingsverband streeft ernaar dat leerlingen zo kort als nodig in het speciaal (basis)onderwijs verblijven. Een plaatsing in sbo of so is bedoeld om de leerling zo goed mogelijk te laten ontwikkelen; waar het kan, is terugkeer naar een basisschool in de eigen woonomgeving het doel. Voorwaarde voor terugplaatsing is dat de leerling de specifieke aanpak van het sbo of so niet langer nodig heeft, zoals blijkt uit de evaluatie van het OPP, en dat een basisschool de ondersteuning kan bieden die de leerling dan nog nodig heeft.

De procedure is als volgt. De sbo- of so-school evalueert het OPP van iedere leerling jaarlijks in januari en bespreekt daarbij uitdrukkelijk of terugplaatsing mogelijk is. In het laatste jaar van de TLV neemt de sbo- of so-school uiterlijk op 1 februari het initiatief voor een gesprek met ouders en, waar nodig, de consulent van het samenwerkingsverband. Daarin wordt besloten of de school een nieuwe TLV aanvraagt of dat de leerling wordt teruggeplaatst. Bij terugplaatsing zoekt de sbo- of so-school samen met ouders een basisschool; de ontvangende school beslist over toelating binnen de zorgplichttermijn. De Commissie Toelaatbaarheid wordt geïnformeerd en beoordeelt een eventuele aanvraag voor verlenging uiterlijk op 1 april, zodat vóór de zomer duidelijk is waar de leerling na 1 augustus naar school gaat.

Na terugplaatsing ontvangt de basisschool gedurende één schooljaar een terugplaatsingsarrangement, waarmee de school extra begeleiding kan inzetten. Bovendien begeleidt de leerkracht of ambulant begeleider van de sbo- of so-school de overgang in de eerste drie maanden. Een overplaatsing van sbo naar so of andersom verloopt via een nieuwe TLV-aanvraag.

# 7. Thuiszitters en verzuim

Het samenwerkingsverband en de gemeenten hebben het convenant Thuiszitters Veluwerand gesloten. Een leerling die vier weken of langer niet naar school gaat zonder vrijstelling, wordt door de school gemeld bij de leerplichtambtenaar en bij het Ondersteuningsloket. Binnen tien werkdagen wordt een overleg belegd met ouders, school, leerplicht, het sociaal team en de consulent. Voor iedere thuiszitter wordt een regisseur aangewezen die verantwoordelijk is tot de leerling weer onderwijs volgt. Als partijen er niet uitkomen, kan de directeur van het samenwerkingsverband een bindende uitspraak doen over welke school of voorziening de leerling tijdelijk opvangt.

Ook leerlingen met een vrijstelling van de leerplicht worden eens per jaar besproken, om na te gaan of er toch een vorm van onderwijs mogelijk is.

# 8. Samenwerking met gemeenten

De gemeenten zijn verantwoordelijk voor jeugdhulp, leerplicht, leerlingenvervoer en onderwijshuisvesting. Het samenwerkingsverband en de gemeenten stemmen hun beleid op elkaar af in het OOGO, twee keer per jaar. Gezamenlijke thema's voor deze planperiode zijn de inzet van jeugdprofessionals in de school, onderwijs-zorgarrangementen, de aanpak van thuiszitters en het leerlingenvervoer naar sbo en so.

Op iedere school is een jeugdprofessional van het sociaal team beschikbaar. De onderwijs-zorgarrangementen worden bekostigd uit middelen van het samenwerkingsverband en van de gemeente, volgens een verdeling die per arrangement wordt afgesproken.

# 9. Communicatie

## 9.1 Communicatie met scholen

Het samenwerkingsverband communiceert met de scholen via de nieuwsbrief voor directeuren en intern begeleiders (tien keer per jaar), het IB-netwerk en de website. Besluiten van het algemeen bestuur worden binnen een week gedeeld met de directeuren.

## 9.2 Informatie voor ouders

Het samenwerkingsverband vindt het belangrijk dat ouders weten welke ondersteuning er is en hoe zij die kunnen krijgen. Daarom:

- heeft de website een ouderrubriek, met per onderwerp (basisondersteuning, extra ondersteuning, bovenschoolse voorzieningen, sbo, so, TLV) een korte uitleg in gewone taal en een uitlegvideo;
- beschrijft iedere school in de schoolgids welke basisondersteuning en extra ondersteuning zij biedt, met een verwijzing naar de website van het samenwerkingsverband;
- krijgen ouders bij iedere aanvraag een brief met uitleg over de procedure en een contactpersoon bij het loket;
- organiseert het samenwerkingsverband jaarlijks in oktober een ouderavond over passend onderwijs, samen met de oudervereniging Balans.

## 9.3 Onafhankelijke ondersteuning van ouders

Soms verloopt het contact tussen ouders en school niet goed, of hebben ouders behoefte aan iemand die onafhankelijk meedenkt. Ouders kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Noord-Veluwe, dat het samenwerkingsverband samen met het samenwerkingsverband VO heeft ondergebracht bij een onafhankelijke stichting. De medewerkers van het steunpunt zijn niet in dienst van een school of van het samenwerkingsverband. Ouders kunnen ook contact opnemen met de Onderwijsconsulenten, die kosteloos bemiddelen bij problemen rond toelating of plaatsing. Het samenwerkingsverband heeft een klachtenregeling en is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Bezwaar tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken indienen; het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.

## 9.4 Communicatie met partners

Met de gemeenten, de jeugdhulpaanbieders en het samenwerkingsverband VO communiceert het samenwerkingsverband via de vaste overleggen uit hoofdstuk 8.

# 10. Organisatie en bestuur

Het samenwerkingsverband is een stichting met een two-tier-bestuursmodel. Het algemeen bestuur, bestaande uit vertegenwoordigers van de negen schoolbesturen, houdt toezicht. De directeur is bestuurder in de zin van de statuten en is belast met de dagelijkse leiding. Het algemeen bestuur vergadert vijf keer per jaar en stelt onder meer het ondersteuningsplan, het jaarplan, de begroting en het jaarverslag vast.

Het bureau van het samenwerkingsverband bestaat uit de directeur, een controller (0,4 fte), vier consulenten, twee orthopedagogen, een secretaris van de Commissie Toelaatbaarheid en een office manager. De Commissie Toelaatbaarheid bestaat uit een voorzitter, een orthopedagoog en een psycholoog die niet in dienst zijn van een aangesloten schoolbestuur.

# 11. Medezeggenschap

De ondersteuningsplanraad bestaat uit tien leden, vijf ouders en vijf personeelsleden, afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. De OPR en de directeur overleggen vijf keer per jaar. De OPR heeft een eigen budget voor scholing en ondersteuning.

# 12. Personeel en deskundigheid

Het samenwerkingsverband investeert in de deskundigheid van leerkrachten en intern begeleiders. Er is een jaarlijks scholingsaanbod op het gebied van gedrag, hoogbegaafdheid, taal en handelingsgericht werken. Intern begeleiders komen zes keer per jaar samen in het IB-netwerk. Daarnaast kunnen scholen consultatie aanvragen bij de orthopedagogen.

De ambulant begeleiders van so De Kroonwijk delen hun kennis met de basisscholen, bijvoorbeeld in de vorm van co-teaching. Het samenwerkingsverband stimuleert dat leerkrachten van sbo, so en basisonderwijs bij elkaar in de klas kijken.

In deze planperiode verkent het samenwerkingsverband met de schoolbesturen hoe het aantal gedragsspecialisten in de regio kan worden vergroot. Ook wordt onderzocht of een gezamenlijke opleiding tot specialist jonge kind kan worden aangeboden, omdat scholen steeds vaker jonge kinderen met een complexe ondersteuningsvraag aanmelden.

# 13. Financieel beleid

## 13.1 Uitgangspunten

Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Het financiële beleid is erop gericht deze middelen zo veel mogelijk in te zetten voor de ondersteuning van leerlingen, met zo laag mogelijke overheadkosten.

## 13.2 Verdeelmodel

Het algemeen bestuur stelt het verdeelmodel vast. De middelen worden als volgt verdeeld:

- Na aftrek van de afdrachten aan het so (inhouding DUO) en de overdracht aan het sbo wordt 75% van de beschikbare middelen als schoolbudget doorgegeven aan de schoolbesturen. Dit gebeurt op basis van het aantal leerlingen per 1 oktober van het voorgaande jaar, met een vaste voet van € 7.500 per school. Het bedrag per leerling wordt jaarlijks vastgesteld; voor 2025 is het € 118.
- 20% wordt ingezet voor de bovenschoolse voorzieningen en de arrangementen die het Ondersteuningsloket toekent op grond van de aanvraagcriteria in hoofdstuk 5.
- 5% is bestemd voor het bureau, de commissies en de professionalisering.

Schoolbesturen die het schoolbudget niet volledig inzetten, kunnen het restant één jaar meenemen; daarna vloeit het terug naar het samenwerkingsverband.

## 13.3 Meerjarenbegroting

De meerjarenbegroting 2025-2029 wordt in december 2025 door het algemeen bestuur vastgesteld, nadat de definitieve bekostiging voor 2026 bekend is. Na vaststelling wordt zij als bijlage aan dit plan toegevoegd.

| Post | 2025 | 2026 | 2027 | 2028 |
| Baten | p.m. | p.m. | p.m. | p.m. |
| Schoolbudgetten | p.m. | p.m. | p.m. | p.m. |
| Bovenschoolse voorzieningen en arrangementen | p.m. | p.m. | p.m. | p.m. |
| Bureau en professionalisering | p.m. | p.m. | p.m. | p.m. |

## 13.4 Reserves

Het samenwerkingsverband houdt een reserve aan ter hoogte van het weerstandsvermogen dat nodig is voor de risico's, zoals een stijging van het aantal leerlingen in het so. De omvang van de benodigde reserve wordt jaarlijks bepaald in de risicoparagraaf van de begroting; de huidige reserve ligt onder de signaleringswaarde van de Inspectie.

# 14. Vooruitblik

De komende vier jaar staan in het teken van een aantal grote ontwikkelingen: de invoering van de landelijke norm basisondersteuning, het wettelijk verankerde ouder- en jeugdsteunpunt, en de verdere samenwerking met de gemeenten. Het samenwerkingsverband wil flexibel kunnen inspelen op deze ontwikkelingen.

De beoogde resultaten voor deze planperiode worden in het eerste jaarplan, voor het schooljaar 2025-2026, geformuleerd in overleg met de schoolbesturen en de ondersteuningsplanraad. Het samenwerkingsverband ziet ernaar uit om samen met alle betrokkenen verder te bouwen aan passend onderwijs in Veluwerand.

@pagebreak

# Bijlage A. Verklarende woordenlijst

Basisondersteuning: het door de schoolbesturen afgesproken niveau van ondersteuning dat elke school biedt.

Beoogde resultaten: de resultaten die het samenwerkingsverband in de planperiode wil bereiken.

Bereikte resultaten: de resultaten die zijn gerealiseerd, zoals verantwoord in het jaarverslag.

Dekkend aanbod: het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is.

Jaarverslag: de jaarlijkse verantwoording van het samenwerkingsverband over beleid, resultaten en financiën.

Kwaliteitszorg: het systematisch bewaken en verbeteren van de kwaliteit van het samenwerkingsverband.

Meerjarenbegroting: de begroting voor de planperiode.

Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.

Terugplaatsing: de overstap van een leerling uit het sbo of so naar het regulier basisonderwijs.

TLV: toelaatbaarheidsverklaring.
"""

# ============================================================================================
# Plan 4 - VO, .docx. "Beleidsplan op hoofdlijnen" style with many references to other documents.
# ============================================================================================
P4 = r"""
=T Ondersteuningsplan 2024-2028
=S Samenwerkingsverband Voortgezet Onderwijs Kanaalzone (VO 31-03)
=S Koers op hoofdlijnen
=S Definitieve versie na instemming OPR (5 maart 2024) en vaststelling door het bestuur (19 maart 2024)
@pagebreak

# Inhoudsopgave

1. Inleiding

2. Kenmerken van het samenwerkingsverband

3. Missie, visie en koers

4. Basisondersteuning

5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)

6. Het ondersteuningscontinuüm

7. Thuiszitters en het dekkend netwerk

8. Van vso terug naar het regulier onderwijs

9. Doelen, resultaten en kwaliteitszorg

10. Financieel beleid en meerjarenbegroting

11. Samenwerking met gemeenten en mbo

12. Bestuur, organisatie en medezeggenschap

13. Communicatie

Bijlage: lijst van afkortingen
@pagebreak

# 1. Inleiding

Dit is het ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs Kanaalzone voor de schooljaren 2024-2025 tot en met 2027-2028. Het plan beschrijft op hoofdlijnen hoe het samenwerkingsverband de komende vier jaar invulling geeft aan passend onderwijs. Het plan is bewust compact gehouden. Uitwerkingen staan in afzonderlijke documenten die het bestuur vaststelt: het Handboek Toewijzing, de Kwaliteitskaart Basisondersteuning, het jaarplan en de jaarbegroting. Die documenten worden gepubliceerd op de website van het samenwerkingsverband.

Het plan is in het najaar van 2023 voorbereid door een werkgroep van ondersteuningscoördinatoren en teamleiders, met de directeur van het samenwerkingsverband als trekker. Op 13 februari 2024 vond het op overeenstemming gericht overleg plaats met de gemeenten Kanaaldorpen, Zuidwal en Oostburcht; op 8 februari 2024 is overleg gevoerd met het samenwerkingsverband PO Kanaalzone. De ondersteuningsplanraad heeft op 5 maart 2024 ingestemd. Het bestuur heeft het plan op 19 maart 2024 vastgesteld en het is vervolgens aan de inspectie gezonden.

Het plan bouwt voort op het ondersteuningsplan 2020-2024. De grote lijnen van dat plan, zoals de OPDC, de thuiszitterstafel en de audits basisondersteuning, blijven bestaan. Nieuw zijn de sterkere nadruk op de overgang naar het mbo, de uitbreiding van het aanbod voor hoogbegaafde leerlingen en de herziening van het verdeelmodel. Waar het plan verwijst naar een document dat het bestuur nog moet vaststellen, geldt tot die tijd de bestaande werkwijze.

# 2. Kenmerken van het samenwerkingsverband

In het samenwerkingsverband werken vijf schoolbesturen samen. Zij hebben samen elf vestigingen voor voortgezet onderwijs:

| Bestuur | Vestigingen | Onderwijssoorten |
| Stichting Openbaar Voortgezet Onderwijs Kanaalzone | 3 | vmbo, havo, vwo |
| Stichting Katholiek Onderwijs Zeeuwse Kust | 3 | vmbo, havo, vwo, praktijkonderwijs |
| Vereniging Christelijk Voortgezet Onderwijs Zuidwal | 2 | vmbo, havo, vwo |
| Stichting Praktijkonderwijs Oostburcht | 1 | praktijkonderwijs |
| Stichting Speciaal Onderwijs De Schelde | 2 | vso cluster 3 en 4 |

Op 1 oktober 2023 telde het samenwerkingsverband 7.920 leerlingen. Van hen volgden 412 leerlingen praktijkonderwijs en 268 leerlingen voortgezet speciaal onderwijs. Ruim 900 vmbo-leerlingen hebben een aanwijzing voor leerwegondersteunend onderwijs. De regio krimpt: in 2028 verwachten we ongeveer 7.300 leerlingen.

De regio kent een sterke industriële sector en een grote behoefte aan vakmensen. Veel leerlingen stromen na het vmbo door naar het mbo in de regio. Het leerlingenvervoer en de grote afstanden tussen de kernen zijn voor sommige leerlingen een belemmering.

Het samenwerkingsverband is in 2014 opgericht als opvolger van het regionaal samenwerkingsverband voortgezet onderwijs, dat sinds 1998 bestond. Het bureau is gevestigd in Zuidwal, in hetzelfde gebouw als het samenwerkingsverband PO. Beide samenwerkingsverbanden delen een aantal voorzieningen, zoals het registratiesysteem, de functionaris gegevensbescherming en de controller. Die samenwerking willen we in deze planperiode verder uitbouwen, onder meer door gezamenlijke scholing voor ondersteuningscoördinatoren en intern begeleiders en door een gezamenlijke jaarlijkse conferentie over de overstap van het basisonderwijs naar het voortgezet onderwijs.

# 3. Missie, visie en koers

## 3.1 Missie

Iedere jongere in de Kanaalzone krijgt het onderwijs en de ondersteuning die nodig is om een diploma of een startkwalificatie te halen, of een passende plek op de arbeidsmarkt te vinden.

## 3.2 Visie

Het samenwerkingsverband gaat uit van de mogelijkheden van de jongere. Ondersteuning wordt zo dicht mogelijk bij de jongere georganiseerd, bij voorkeur in de eigen klas en op de eigen school. Scholen zijn verantwoordelijk voor de ondersteuning; het samenwerkingsverband faciliteert, verbindt en houdt overzicht. Leerlingen en hun ouders moeten erop kunnen rekenen dat de scholen in de regio samenwerken in het belang van de jongere.

Daarbij hanteert het samenwerkingsverband vier principes. Ten eerste: regulier waar het kan, speciaal waar het moet. Ten tweede: de school van aanmelding houdt de regie totdat een andere school de leerling heeft ingeschreven. Ten derde: ondersteuning is tijdelijk waar dat kan en duurzaam waar dat nodig is. Ten vierde: het samenwerkingsverband legt verantwoording af over de inzet van de middelen en de bereikte resultaten, aan het bestuur, de ondersteuningsplanraad en de gemeenten. Deze principes zijn in de regiobijeenkomsten van het najaar van 2023 door directeuren en ondersteuningscoördinatoren onderschreven.

## 3.3 Koers 2024-2028

De koers voor deze planperiode kent drie lijnen: sterke basisondersteuning op alle vestigingen, een dekkend netwerk zonder thuiszitters, en een soepele overgang naar vervolgonderwijs en werk. In hoofdstuk 9 zijn deze lijnen uitgewerkt in doelen.

## 3.4 Ontwikkelingen in de omgeving

De planperiode valt samen met een aantal landelijke ontwikkelingen. Er komt een landelijke norm voor basisondersteuning, waarvan de precieze inhoud en het moment van invoering nog niet vaststaan. Ook de wet versterking positie ouders en leerlingen brengt nieuwe verplichtingen voor samenwerkingsverbanden met zich mee. Daarnaast blijven het lerarentekort en de krimp in de regio grote invloed hebben op wat scholen kunnen bieden. Het samenwerkingsverband volgt deze ontwikkelingen en past de uitwerking van dit plan zo nodig aan in de jaarplannen.

In de regio speelt daarnaast de vraag hoe het onderwijsaanbod op peil blijft nu het aantal leerlingen daalt. De besturen hebben in 2023 een regionale visie op het onderwijsaanbod opgesteld, waarin afspraken staan over de spreiding van onderwijssoorten over de kernen. Die visie raakt ook aan passend onderwijs: als vestigingen kleiner worden, wordt het lastiger om op iedere vestiging specialistische kennis aanwezig te hebben. Het samenwerkingsverband wil daarom de expertise van de vestigingen meer bundelen, bijvoorbeeld door ondersteuningscoördinatoren en orthopedagogen vaker bovenschools in te zetten.

# 4. Basisondersteuning

De basisondersteuning is het niveau van ondersteuning dat de vijf schoolbesturen samen hebben afgesproken en dat iedere vestiging van het samenwerkingsverband ten minste biedt, ongeacht de onderwijssoort. Voor het praktijkonderwijs en het vso geldt hetzelfde minimum, aangevuld met de specifieke ondersteuning die deze scholen vanuit hun opdracht bieden. Geen vestiging mag onder dit niveau zitten.

De concrete standaarden zijn uitgewerkt in de Kwaliteitskaart Basisondersteuning (bijlage 2 bij dit plan). Daarin staat per standaard wat een leerling op iedere vestiging kan verwachten.

Het samenwerkingsverband bewaakt de basisondersteuning met een driejaarlijkse audit per vestiging, uitgevoerd door twee ondersteuningscoördinatoren van andere besturen en een medewerker van het samenwerkingsverband. De auditoren rapporteren aan de directeur van het samenwerkingsverband en aan het schoolbestuur. Bij een onvoldoende op een standaard maakt de vestiging binnen twee maanden een verbeterplan, dat bij de volgende audit of eerder wordt gecontroleerd.

# 5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)

Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, de toelaatbaarheid tot het praktijkonderwijs en de aanwijzing voor leerwegondersteunend onderwijs. De procedures, termijnen en formulieren zijn beschreven in het Handboek Toewijzing 2024, dat het bestuur jaarlijks vaststelt en dat op de website van het samenwerkingsverband staat.

De werkwijze van de Commissie Toewijzing wordt in 2024-2025 geëvalueerd. Daarbij bekijken we ook of het samenwerkingsverband de landelijke criteria voor lwoo blijft volgen of eigen criteria gaat hanteren. De uitkomst wordt na instemming van de ondersteuningsplanraad aan dit plan toegevoegd.

# 6. Het ondersteuningscontinuüm

## 6.1 Opbouw

Het ondersteuningsaanbod in de Kanaalzone is opgebouwd in vier lagen.

| Laag | Omschrijving | Voorbeelden |
| 1 Basisondersteuning | op iedere vestiging | zie hoofdstuk 4 en de Kwaliteitskaart Basisondersteuning |
| 2 Extra ondersteuning op school | ondersteuningsarrangementen binnen de eigen vestiging, bekostigd uit het budget lichte ondersteuning | trajectvoorziening, begeleiding door een orthopedagoog, aangepast rooster, examentraining met extra tijd |
| 3 Bovenschoolse voorzieningen | tijdelijke plaatsing buiten de eigen school, met behoud van inschrijving | OPDC De Overstap (maximaal 60 leerlingen, tot een jaar), Reboundvoorziening Zuidwal (12 weken), Internationale Schakelklas (ISK) voor nieuwkomers |
| 4 Gespecialiseerd onderwijs | eigen schoolsoort met toelaatbaarheid | praktijkonderwijs (twee scholen), vso cluster 3 en 4 (De Schelde, twee locaties) |

Daarnaast wordt leerwegondersteunend onderwijs geboden op alle vmbo-vestigingen, in de vorm van kleinere klassen en extra begeleiding in de basisberoepsgerichte en kaderberoepsgerichte leerweg.

## 6.2 Samenhang

De lagen sluiten op elkaar aan. Een leerling die in laag 3 tijdelijk is geplaatst, houdt een plek op de eigen school; de eigen school blijft verantwoordelijk en plant samen met de voorziening de terugkeer. De ondersteuningscoördinatoren van alle vestigingen komen maandelijks bijeen in het netwerk ondersteuning, waar zij casussen bespreken en een plek zoeken voor leerlingen voor wie de eigen school geen passend aanbod heeft.

## 6.3 Van basisonderwijs naar voortgezet onderwijs

De overstap van het basisonderwijs naar het voortgezet onderwijs is een kwetsbaar moment, zeker voor leerlingen met een ondersteuningsbehoefte. Het samenwerkingsverband heeft met het samenwerkingsverband PO Kanaalzone afspraken gemaakt over de overdracht. Basisscholen leveren het onderwijskundig rapport uiterlijk 1 maart aan. Voor leerlingen met een ontwikkelingsperspectief of een arrangement vindt een warme overdracht plaats tussen de intern begeleider en de ondersteuningscoördinator van de vo-school. In het voorjaar organiseren de ondersteuningscoördinatoren een overdrachtsmarkt waar zij per leerling met de basisscholen in gesprek gaan.

## 6.4 Hoogbegaafde leerlingen en nieuwkomers

Voor hoogbegaafde leerlingen hebben vier havo/vwo-vestigingen een verrijkingsprogramma, met mogelijkheden om vakken versneld af te ronden of extra vakken te volgen. Een van de vestigingen heeft sinds 2023 een begeleidingsprogramma voor hoogbegaafde leerlingen die onderpresteren of faalangst hebben. Nieuwkomers van 12 tot 18 jaar volgen eerst de internationale schakelklas in Zuidwal, waar zij gemiddeld anderhalf jaar intensief Nederlands leren voordat zij doorstromen naar een reguliere vestiging, het praktijkonderwijs of het mbo. Het samenwerkingsverband draagt bij aan de kosten van de schakelklas, omdat de reguliere bekostiging van nieuwkomers niet toereikend is.

# 7. Thuiszitters en het dekkend netwerk

## 7.1 Zorgplicht

Iedere school heeft zorgplicht. Kan een school een leerling na aanmelding niet de benodigde ondersteuning bieden, dan zoekt zij binnen de wettelijke termijn van zes weken (met eenmaal vier weken verlenging) een passende school. In het netwerk ondersteuning hebben de besturen afgesproken dat de school met de zorgplicht dit niet alleen hoeft te doen: de consulent van het samenwerkingsverband wordt ingeschakeld zodra de termijn voor de helft is verstreken en er nog geen plek is.

## 7.2 Thuiszitterstafel

Elke maand is er een thuiszitterstafel met de leerplichtambtenaren van de drie gemeenten, de consulenten van het samenwerkingsverband en het jeugdteam. Iedere leerling die langer dan vier weken geen onderwijs volgt, wordt daar besproken. Per leerling wordt een plan gemaakt met een casusregisseur en een datum waarop de leerling weer onderwijs volgt. Lukt het niet om binnen zes weken een oplossing te vinden, dan beslist de directeur van het samenwerkingsverband welke school of voorziening de leerling voorlopig opneemt (doorzettingsmacht). Ook leerlingen met een vrijstelling op grond van artikel 5 onder a van de Leerplichtwet worden jaarlijks besproken.

## 7.3 Het netwerk dekkend houden

Twee keer per jaar maakt het samenwerkingsverband een overzicht van de wachtlijsten bij de OPDC, de rebound en het vso, van de leerlingen die buiten de regio onderwijs volgen en van de casussen die in het netwerk ondersteuning niet konden worden opgelost. Blijkt daaruit dat er voor een groep leerlingen geen passend aanbod is, dan doet de directeur het bestuur binnen drie maanden een voorstel. In 2023 leidde dit tot een nieuw aanbod voor hoogbegaafde leerlingen met faalangst op twee havo/vwo-vestigingen, en tot uitbreiding van de ISK.

# 8. Van vso terug naar het regulier onderwijs

Voor leerlingen in het vso geldt de volgende werkwijze rond de terugkeer naar het regulier voortgezet onderwijs of het praktijkonderwijs.

- De vso-school evalueert het ontwikkelingsperspectief van iedere leerling twee keer per jaar, in november en in maart. Bij iedere evaluatie komt de vraag aan de orde of de leerling kan overstappen naar het regulier onderwijs.
- In het laatste jaar van de TLV legt de vso-school uiterlijk op 1 maart aan het samenwerkingsverband een advies voor: verlenging van de TLV of overstap.
- Adviseert de vso-school een overstap, dan zoekt de consulent van het samenwerkingsverband samen met de vso-school een ontvangende vestiging. Er vindt een plaatsingsgesprek plaats tussen de vso-school, de ontvangende school en de leerling.
- De directeur van het samenwerkingsverband besluit over verlenging van de TLV. Bij een overstap besluit de ontvangende school over de inschrijving; de overstap vindt bij voorkeur plaats aan het begin van een schooljaar.

Het beleid van het samenwerkingsverband ten aanzien van terugplaatsing en overplaatsing, met de doelen, voorwaarden en ondersteuning na de overstap, wordt in het eerstvolgende jaarplan opgenomen.

# 9. Doelen, resultaten en kwaliteitszorg

## 9.1 Beoogde resultaten

| Koerslijn | Beoogd resultaat (juli 2028) | Nulmeting (1 oktober 2023) |
| Sterke basis | alle elf vestigingen scoren op de audit voldoende op alle standaarden | 7 van 11 |
| Dekkend netwerk | geen leerling langer dan drie maanden thuis zonder onderwijs | 6 leerlingen |
| Dekkend netwerk | deelnamepercentage vso maximaal 3,4% | 3,4% |
| Dekkend netwerk | wachttijd OPDC maximaal vier weken | negen weken |
| Overgang naar vervolg | 90% van de leerlingen van OPDC en rebound keert binnen een jaar terug naar een reguliere school | 78% |
| Overgang naar vervolg | voortijdig schoolverlaten uit het vmbo onder 1,5% | 1,9% |

## 9.2 Monitoring en verantwoording

Het samenwerkingsverband volgt de resultaten met een dashboard dat per kwartaal wordt bijgewerkt met gegevens uit de leerlingadministraties, de registratie van de Commissie Toewijzing, de thuiszitterstafel en DUO. De directeur rapporteert twee keer per jaar aan het bestuur over de voortgang op de doelen uit 9.1. Ieder jaar in juni houdt het samenwerkingsverband een evaluatiegesprek met elk schoolbestuur over de inzet van de ondersteuningsmiddelen en de resultaten van de vestigingen. De bereikte resultaten worden verantwoord in het jaarverslag, dat voor 1 juli wordt vastgesteld en met de ondersteuningsplanraad wordt besproken. Als een doel in het tweede jaar niet op koers ligt, past het bestuur het jaarplan aan.

## 9.3 Resultaten vorige planperiode

In de planperiode 2020-2024 is het aantal thuiszitters gedaald van 14 naar 6. Het deelnamepercentage vso bleef stabiel rond 3,4%, boven het landelijk gemiddelde. De gemiddelde doorlooptijd van een aanvraag bij de Commissie Toewijzing is teruggebracht van acht naar vijf weken.

# 10. Financieel beleid en meerjarenbegroting

## 10.1 Middelen

Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning (waaronder lwoo en praktijkonderwijs) en voor zware ondersteuning. De bekostiging van het vso wordt via DUO op de middelen voor zware ondersteuning ingehouden.

## 10.2 Verdeling

Het huidige verdeelmodel dateert van 2016 en sluit niet meer aan bij de koers van dit plan. Het bestuur herziet het verdeelmodel in het schooljaar 2024-2025. Het nieuwe model, met de criteria voor de toekenning aan de schoolbesturen en de voorzieningen, volgt in een addendum bij dit ondersteuningsplan.

## 10.3 Meerjarenbegroting

Bedragen x € 1.000.

| Post | 2024 | 2025 | 2026 | 2027 | 2028 |
| Baten lichte ondersteuning (incl. lwoo en pro) | 9.860 | 9.640 | 9.410 | 9.180 | 8.990 |
| Baten zware ondersteuning | 6.120 | 5.980 | 5.850 | 5.720 | 5.610 |
| Af: inhouding DUO vso | -4.310 | -4.250 | -4.190 | -4.120 | -4.070 |
| Totaal beschikbaar | 11.670 | 11.370 | 11.070 | 10.780 | 10.530 |
| Lwoo en praktijkonderwijs naar besturen | 6.920 | 6.760 | 6.590 | 6.430 | 6.280 |
| Ondersteuningsbudget vestigingen | 1.980 | 1.940 | 1.900 | 1.860 | 1.820 |
| OPDC De Overstap | 1.150 | 1.150 | 1.130 | 1.110 | 1.090 |
| Reboundvoorziening | 390 | 390 | 380 | 370 | 360 |
| Thuiszitters en maatwerktrajecten | 220 | 220 | 220 | 220 | 220 |
| Bureau, Commissie Toewijzing, audits | 890 | 900 | 910 | 920 | 930 |
| Totaal lasten | 11.550 | 11.360 | 11.130 | 10.910 | 10.700 |
| Saldo | 120 | 10 | -60 | -130 | -170 |

De negatieve saldi vanaf 2026 worden opgevangen uit de algemene reserve. Het weerstandsvermogen blijft in de hele periode boven de ondergrens die het bestuur heeft vastgesteld.

# 11. Samenwerking met gemeenten en mbo

Met de drie gemeenten werkt het samenwerkingsverband samen aan de aansluiting tussen onderwijs en jeugdhulp. Op iedere vestiging is een jeugdprofessional van het jeugdteam aanwezig. In het OOGO zijn afspraken gemaakt over de thuiszitterstafel, het leerlingenvervoer naar het vso en het praktijkonderwijs, en de huisvesting van de ISK. Met het mbo-college in Zuidwal is afgesproken dat leerlingen uit het praktijkonderwijs en het vso die naar het mbo gaan een overdrachtsgesprek krijgen en in het eerste jaar een vaste begeleider.

De aansluiting op het mbo en de arbeidsmarkt is voor de Kanaalzone van groot belang. De regionale industrie en zorg zoeken vakmensen, terwijl een deel van de jongeren met een ondersteuningsbehoefte moeite heeft om een plek te vinden. Het praktijkonderwijs en het vso werken daarom samen met werkgevers in de regio aan stageplaatsen en leerwerkplekken. Het samenwerkingsverband neemt deel aan het regionaal overleg voortijdig schoolverlaten en aan het netwerk van het Regionaal Meld- en Coördinatiepunt. Jongeren die zonder diploma dreigen uit te vallen, worden daar besproken.

Met de gemeenten is daarnaast afgesproken dat zij het samenwerkingsverband betrekken bij de inkoop van jeugdhulp, zodat het aanbod van jeugdhulp beter aansluit bij wat leerlingen op school nodig hebben. Het samenwerkingsverband levert daarvoor jaarlijks een overzicht van de meest voorkomende ondersteuningsvragen op de vestigingen.

# 12. Bestuur, organisatie en medezeggenschap

Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de vijf aangesloten schoolbesturen. Een onafhankelijke voorzitter leidt de vergaderingen. Het intern toezicht is belegd bij een toezichtscommissie van drie onafhankelijke leden. De directeur voert de dagelijkse leiding en heeft een bureau van 8,2 fte, onder wie vier consulenten, een orthopedagoog, een controller en de secretaris van de Commissie Toewijzing.

De ondersteuningsplanraad telt acht leden en heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert vijf keer per jaar met de directeur. Ook de jaarlijkse begroting en het jaarverslag worden met de OPR besproken.

Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen bij de toewijzing van ondersteuning en de thuiszitterstafel. Dit gebeurt volgens het privacyreglement van het samenwerkingsverband; gegevens worden niet langer bewaard dan drie jaar na het laatste besluit.

## 12.1 Personeel en professionalisering

De kwaliteit van de ondersteuning hangt in de eerste plaats af van de mensen die haar bieden: mentoren, docenten, ondersteuningscoördinatoren, orthopedagogen, trajectbegeleiders en onderwijsassistenten. Het samenwerkingsverband organiseert jaarlijks een scholingsprogramma voor deze groepen, met onder meer trainingen over gedrag, executieve functies, trauma-sensitief lesgeven en het werken met het ontwikkelingsperspectief. Ondersteuningscoördinatoren komen maandelijks bijeen in het netwerk ondersteuning. Docenten van het regulier onderwijs kunnen meelopen op de OPDC en in het vso, en andersom.

Het lerarentekort is ook in de Kanaalzone voelbaar, vooral in de tekortvakken en in het vso. Scholen hebben moeite om vacatures voor orthopedagogen en ondersteuningscoördinatoren te vervullen. Het samenwerkingsverband onderzoekt met de besturen een gezamenlijke pool van specialisten, die de vestigingen tijdelijk kan inzetten.

## 12.2 ICT en registratie

Aanvragen en besluiten worden vastgelegd in een digitaal registratiesysteem dat het samenwerkingsverband deelt met het samenwerkingsverband PO. Vestigingen hebben toegang tot de gegevens van hun eigen leerlingen. In 2025 wordt het systeem gekoppeld aan het dashboard waarmee het samenwerkingsverband de voortgang volgt.

## 12.3 Jaarcyclus

| Periode | Activiteit |
| september - oktober | vaststellen jaarplan; teldatum 1 oktober |
| november - december | vaststellen begroting; eerste rapportage dashboard aan het bestuur |
| januari - maart | audits basisondersteuning; evaluaties OPP in het vso |
| april - juni | tweede rapportage; evaluatiegesprekken met besturen; jaarverslag |

# 13. Communicatie

Het samenwerkingsverband communiceert met de scholen via de maandelijkse nieuwsbrief, het netwerk ondersteuning en het directeurenoverleg. Met de gemeenten is er een vast overleg op ambtelijk en bestuurlijk niveau.

Een communicatieplan voor ouders en leerlingen volgt in het schooljaar 2025-2026, nadat de nieuwe wettelijke eisen rond het ouder- en jeugdsteunpunt bekend zijn.

@pagebreak

# Bijlage: lijst van afkortingen

- ISK: internationale schakelklas
- lwoo: leerwegondersteunend onderwijs
- OJSP: ouder- en jeugdsteunpunt
- OPDC: orthopedagogisch-didactisch centrum
- OPP: ontwikkelingsperspectief
- OPR: ondersteuningsplanraad
- pro: praktijkonderwijs
- TLV: toelaatbaarheidsverklaring
- vso: voortgezet speciaal onderwijs
"""

# ============================================================================================
# Plan 5 - PO, web version (.html). Plain-language house style aimed at a broad audience.
# ============================================================================================
P5 = r"""
=T Ondersteuningsplan 2024-2028 (webversie)
=S Samenwerkingsverband Passend Onderwijs Duinstreek, primair onderwijs (PO 31-21)
=S Deze webversie is gelijk aan het vastgestelde plan. Laatst bijgewerkt: 2 mei 2024.

# Op deze pagina

- Voorwoord
- Over het samenwerkingsverband
- Waar we voor staan
- Basisondersteuning
- Toelaatbaarheid sbo en so
- Terug naar de basisschool
- Ondersteuningsaanbod en thuiszitters
- Financiën
- Kengetallen, monitoring en doelen
- Ouders
- Bestuur en organisatie
- Medezeggenschap en totstandkoming
- Medewerkers en scholing
- Privacy en digitale systemen
- Planning 2024-2028
- Begrippen

# Voorwoord

Welkom bij de webversie van het ondersteuningsplan 2024-2028 van Samenwerkingsverband Passend Onderwijs Duinstreek. We hebben gekozen voor een webversie omdat we willen dat het plan makkelijk te vinden en te lezen is, ook op een telefoon. Wie liever een pdf heeft, kan die downloaden onderaan de pagina.

Dit plan gaat over de ondersteuning van kinderen in het primair onderwijs in onze regio: op de 44 basisscholen, de twee scholen voor speciaal basisonderwijs en de school voor speciaal onderwijs. Het gaat over wat elke school biedt, over hoe kinderen een plek kunnen krijgen op het speciaal (basis)onderwijs, en over hoe ze weer terug kunnen naar de basisschool als dat goed voor ze is.

Het afgelopen jaar hebben we met veel mensen gesproken over dit plan: directeuren, intern begeleiders, leerkrachten, ouders, de ondersteuningsplanraad, de gemeenten en onze collega's van het samenwerkingsverband voortgezet onderwijs. Die gesprekken waren waardevol. We hebben geleerd dat scholen behoefte hebben aan duidelijke afspraken en eenvoudige procedures, en dat ouders vooral willen weten waar ze aan toe zijn. Dat hebben we geprobeerd in dit plan te verwerken.

Dit plan is niet het einde van het gesprek, maar een begin. In de komende vier jaar blijven we met scholen, ouders en partners in gesprek over wat goed gaat en wat beter kan. Heeft u een reactie op dit plan, dan horen we die graag. U kunt ons bereiken via het contactformulier op deze website of door te bellen met het bureau.

Annelies Kroon, directeur-bestuurder

## Wat is er nieuw in dit plan?

Ten opzichte van het vorige plan, dat liep van 2020 tot 2024, is er een aantal dingen veranderd. We hebben de basisondersteuning concreter beschreven, zodat ouders en scholen beter weten wat ze mogen verwachten. We hebben duidelijker opgeschreven hoe een kind van het sbo of so terug kan naar de basisschool. En we hebben de tekst korter en eenvoudiger gemaakt. Procedures en formulieren die vaak veranderen, staan niet meer in het plan zelf maar op deze website.

## Leeswijzer

Dit plan is opgebouwd uit korte hoofdstukken. U kunt ze los van elkaar lezen. Wie vooral wil weten wat een school voor een kind kan doen, leest het hoofdstuk Basisondersteuning. Wie wil weten hoe een kind op het sbo of so komt, leest Toelaatbaarheid sbo en so. Ouders die een vraag of een probleem hebben, vinden onder Ouders waar ze terechtkunnen. De begrippen die we gebruiken, worden onderaan deze pagina uitgelegd.

# Over het samenwerkingsverband

Samenwerkingsverband Passend Onderwijs Duinstreek is een vereniging van elf schoolbesturen in de gemeenten Duinrand, Kaagmeer en Zandvoort-Oost. In het samenwerkingsverband zitten 44 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Duinroos en sbo Het Anker) en een school voor speciaal onderwijs cluster 3 en 4 (so De Vaart). Op 1 oktober 2023 gingen er in totaal 11.230 kinderen naar een van deze scholen.

Het bureau van het samenwerkingsverband zit in Duinrand. Er werken twaalf mensen: de directeur-bestuurder, een beleidsmedewerker, een controller, zes onderwijsconsulenten, een orthopedagoog, een secretaris en een medewerker communicatie.

De regio is divers. Langs de kust liggen dorpen met kleine scholen, in Duinrand staan grote scholen in nieuwbouwwijken waar het aantal leerlingen nog groeit. In Kaagmeer wonen relatief veel gezinnen met een migratieachtergrond en veel kinderen die thuis een andere taal spreken.

Het samenwerkingsverband bestaat sinds 2014. In de eerste jaren lag de nadruk op het opbouwen van de organisatie en het maken van afspraken tussen de besturen. In de periode 2020-2024 is het bureau verhuisd naar een pand in het centrum van Duinrand, dichter bij de scholen, en zijn er twee onderwijsconsulenten bijgekomen. De samenwerking tussen de besturen is in die jaren hechter geworden: directeuren van verschillende besturen zitten samen in werkgroepen, en intern begeleiders ontmoeten elkaar in regionale netwerken. Die samenwerking willen we de komende jaren vasthouden.

# Waar we voor staan

Wij vinden dat ieder kind in de Duinstreek onderwijs moet kunnen volgen dat bij hem of haar past, het liefst op een school in de eigen buurt, samen met broertjes, zusjes en vriendjes. Daarvoor is het nodig dat alle scholen een stevige basis hebben, dat leerkrachten weten wat ze kunnen doen als een kind vastloopt, en dat er snel hulp is als het op school niet meer lukt.

We werken vanuit drie waarden:

- Vertrouwen: we gaan ervan uit dat scholen het beste willen voor elk kind, en we houden de regels zo eenvoudig mogelijk.
- Samen: geen school hoeft het alleen te doen. Scholen, besturen, gemeenten en ouders werken samen.
- Kind centraal: bij elke beslissing vragen we ons af wat het betekent voor het kind.

Passend onderwijs is geen doel op zich. Het gaat erom dat kinderen zich goed ontwikkelen en zich prettig voelen op school. Daar willen we in de komende jaren aan bijdragen.

Dat vraagt ook iets van ons als samenwerkingsverband. We willen een organisatie zijn die dichtbij de scholen staat, die luistert en die snel kan schakelen. Onze consulenten zijn regelmatig op de scholen te vinden en kennen de teams. We willen minder tijd kwijt zijn aan formulieren en meer tijd hebben voor het gesprek over wat een kind nodig heeft. En we willen open zijn over wat we doen en wat het oplevert.

# Basisondersteuning

## Wat is basisondersteuning?

Basisondersteuning is wat elke basisschool in ons samenwerkingsverband ten minste aan ondersteuning biedt, voor ieder kind dat dat nodig heeft. De elf besturen hebben dit niveau samen vastgesteld en het geldt voor alle 44 basisscholen, op iedere locatie. Een school hoeft hiervoor geen aanvraag te doen bij het samenwerkingsverband: het is gewoon onderdeel van goed onderwijs op elke school. Wat een school daarnaast nog extra biedt, verschilt per school.

## Wat mag u van elke school verwachten?

Op elke basisschool in de Duinstreek:

- is er een intern begeleider die het aanspreekpunt is voor ondersteuning en die samen met de leerkracht plannen maakt;
- volgt de school de ontwikkeling van ieder kind met toetsen en observaties, en bespreekt de leerkracht met de intern begeleider minstens drie keer per jaar hoe het met de groep en met ieder kind gaat;
- krijgen kinderen met lees- en spellingproblemen extra instructie en oefentijd volgens het dyslexieprotocol, en worden zij zo nodig doorverwezen voor onderzoek;
- krijgen kinderen met rekenproblemen extra begeleiding volgens het protocol ernstige rekenproblemen en dyscalculie;
- krijgen kinderen die meer aankunnen verrijking en verdieping in de groep;
- is er aandacht voor sociaal-emotionele ontwikkeling met een vaste methode, en heeft de school een pestprotocol;
- krijgen kinderen die thuis een andere taal spreken extra taalondersteuning in de groep;
- kan de school eenvoudige medische handelingen uitvoeren volgens het protocol medisch handelen;
- kan de intern begeleider advies vragen aan de onderwijsconsulent van het samenwerkingsverband en aan de schoolmaatschappelijk werker;
- wordt voor kinderen met een eigen leerlijn een ontwikkelingsperspectief opgesteld, in overleg met de ouders.

# Toelaatbaarheid sbo en so

Soms heeft een kind meer nodig dan een basisschool kan bieden. Dan kan een plek op het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so) de beste oplossing zijn. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig.

## Wanneer is een kind toelaatbaar?

Een kind is toelaatbaar tot het sbo als:

- de basisschool de basisondersteuning en extra ondersteuning heeft ingezet, met een ontwikkelingsperspectief dat minstens een half jaar is uitgevoerd en geëvalueerd;
- uit die evaluatie blijkt dat het kind op de basisschool onvoldoende vooruitgaat in leren of gedrag, ook met extra hulp;
- het kind gebaat is bij de kleine groepen, de specifieke aanpak en de deskundigheid van het sbo.

Een kind is toelaatbaar tot het so als het daarnaast een ernstige beperking heeft: een verstandelijke beperking, een lichamelijke beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problemen, waardoor het kind gespecialiseerde ondersteuning nodig heeft die ook het sbo niet kan bieden. Bij kinderen jonger dan zes jaar kijkt het samenwerkingsverband ook of een kortere, tijdelijke plaatsing mogelijk is.

Een TLV voor het sbo geldt tot het einde van de basisschooltijd. Een TLV voor het so geldt twee schooljaren.

## Hoe vraagt de school een TLV aan?

De aanvraagprocedure, de formulieren en de termijnen vindt u op de pagina TLV aanvragen op deze website.

# Terug naar de basisschool

Een plek op het sbo of so is niet altijd voor de rest van de basisschooltijd. Ons beleid is dat kinderen terugkeren naar een basisschool, zo dicht mogelijk bij huis, als ze de speciale aanpak niet meer nodig hebben en een basisschool de ondersteuning kan bieden die het kind dan nodig heeft. We vinden dat belangrijk, omdat kinderen dan weer naar school gaan met kinderen uit hun buurt. Wel moet de terugkeer goed voorbereid zijn; een mislukte terugplaatsing is voor een kind erg belastend.

Zo gaat het in de praktijk:

- Stap 1. De sbo- of so-school bespreekt elk jaar in februari bij de evaluatie van het ontwikkelingsperspectief of terugplaatsing een mogelijkheid is. Ouders worden daarbij betrokken.
- Stap 2. Denkt de school dat terugplaatsing mogelijk is, dan neemt de sbo- of so-school contact op met de onderwijsconsulent van het samenwerkingsverband. Samen met de ouders zoeken zij een basisschool.
- Stap 3. De sbo- of so-school, de ontvangende basisschool, de ouders en de consulent maken in een overdrachtsgesprek afspraken over de ondersteuning na de overstap. Die afspraken worden vastgelegd in een terugplaatsingsplan.
- Stap 4. De directeur van de ontvangende basisschool besluit over de inschrijving. De overstap gebeurt bij voorkeur na een zomervakantie of een andere vakantie.
- Stap 5. Na zes weken en na zes maanden evalueren de basisschool, de ouders en de consulent hoe het gaat.

Na de overstap krijgt de basisschool voor het eerste jaar een terugplaatsingsarrangement voor extra begeleiding, en komt een leerkracht van de sbo- of so-school een aantal keer meekijken en adviseren. Kinderen kunnen ook eerst een paar dagdelen per week op de basisschool meedraaien voordat ze definitief overstappen.

Is terugplaatsing aan het einde van de TLV nog niet mogelijk, dan vraagt de sbo- of so-school een nieuwe TLV aan.

# Ondersteuningsaanbod en thuiszitters

Het overzicht van alle arrangementen, bovenschoolse voorzieningen en scholen voor speciaal (basis)onderwijs in onze regio is opgenomen in de Sociale Kaart Passend Onderwijs Duinstreek, een afzonderlijk document dat het bureau doorlopend bijwerkt.

Voor kinderen die niet naar school gaan, geldt het convenant thuiszitters dat we in 2019 met de gemeenten hebben gesloten. Dit convenant wordt in de loop van 2025 herzien; de nieuwe afspraken worden daarna op de website gepubliceerd.

# Financiën

Het samenwerkingsverband krijgt geld van de overheid om de ondersteuning van kinderen te betalen. De verdeling van de middelen over de schoolbesturen en de voorzieningen en de meerjarenbegroting worden vastgelegd in het Financieel kader 2024-2028. Dit kader wordt na het vaststellen van de begroting 2025 door het bestuur vastgesteld en daarna hier gepubliceerd.

| Onderdeel | Stand |
| Verdeelmodel 2024-2028 | volgt |
| Meerjarenbegroting 2024-2028 | volgt |

# Kengetallen, monitoring en doelen

## Hoe volgen we hoe het gaat?

Elk jaar verzamelen we kengetallen: het aantal aangevraagde en afgegeven TLV's, het deelnamepercentage sbo en so op 1 oktober (uit de gegevens van DUO), het aantal terugplaatsingen, de doorlooptijd van een TLV-aanvraag en de tevredenheid van scholen over de ondersteuning door de consulenten. We gebruiken daarvoor onze eigen registratie en de DUO-gegevens. Eens in de twee jaar houden we een tevredenheidsonderzoek onder ouders van kinderen met een TLV of terugplaatsingsplan.

De directeur-bestuurder bespreekt de kengetallen twee keer per jaar met het bestuur, in maart en in oktober. In het jaarverslag, dat elk jaar in juni verschijnt, staan de cijfers van het afgelopen jaar met een toelichting: wat ging goed, wat kan beter. De ondersteuningsplanraad en de gemeenten krijgen het jaarverslag en bespreken het met ons. Wijken de cijfers sterk af van eerdere jaren, dan zoeken we samen met de scholen uit hoe dat komt.

## Kengetallen van de afgelopen jaren

| Kengetal | 2020 | 2021 | 2022 | 2023 |
| Deelnamepercentage sbo | 2,6% | 2,7% | 2,7% | 2,8% |
| Deelnamepercentage so | 1,6% | 1,6% | 1,7% | 1,8% |
| Aantal afgegeven TLV's | 118 | 126 | 131 | 139 |
| Aantal terugplaatsingen naar de basisschool | 7 | 9 | 6 | 11 |
| Gemiddelde doorlooptijd TLV (weken) | 7 | 6 | 6 | 5 |

## Doelen

De concrete doelen en streefcijfers voor deze planperiode stellen we in de loop van het schooljaar 2024-2025 vast, samen met de schoolbesturen. Zodra ze zijn vastgesteld, komen ze op deze pagina te staan.

# Ouders

## Ouders en school

Ouders zijn de eerste deskundigen als het om hun kind gaat. Als uw kind extra ondersteuning nodig heeft, wordt u daar altijd bij betrokken. U bent welkom bij de gesprekken op school en uw mening telt mee bij elke beslissing.

## Hoe informeren we ouders?

Hoe we ouders beter informeren over het ondersteuningsaanbod in de regio, werken we het komende jaar uit. We bouwen aan een nieuwe ouderwebsite, die in de loop van 2025 klaar moet zijn.

## Waar kunt u terecht met vragen of als u het er niet mee eens bent?

Soms lopen gesprekken met school niet zoals u zou willen. Of u heeft een vraag waar u liever met iemand buiten de school over praat. Dan kunt u terecht bij het Oudersteunpunt Duinstreek. Dat is een onafhankelijk steunpunt voor ouders en jongeren, ondergebracht bij Stichting MEE Kust. De medewerkers werken niet voor een school of voor het samenwerkingsverband. Zij luisteren naar uw vraag, geven advies en kunnen met u meegaan naar een gesprek op school. Het steunpunt is bereikbaar op werkdagen van 9.00 tot 17.00 uur, telefonisch en via de website van MEE Kust. De hulp is gratis.

Daarnaast kunt u contact opnemen met de Onderwijsconsulenten. Dat is een landelijke, onafhankelijke organisatie die ouders kosteloos helpt als hun kind (dreigt) thuis te zitten of als er geen passende plek lijkt te zijn. Bent u het niet eens met een besluit over een TLV, dan kunt u binnen zes weken bezwaar maken. Het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Voor klachten over het samenwerkingsverband is er een klachtenregeling; u kunt ook terecht bij de Landelijke Klachtencommissie Onderwijs.

# Bestuur en organisatie

Het samenwerkingsverband is een vereniging. De leden zijn de elf schoolbesturen. De algemene ledenvergadering stelt de begroting, het jaarverslag en het ondersteuningsplan vast. De directeur-bestuurder is verantwoordelijk voor de dagelijkse gang van zaken en voor de uitvoering van dit plan. De raad van toezicht bestaat uit vier leden, die geen band hebben met een van de aangesloten besturen. De raad van toezicht keurt onder meer het ondersteuningsplan en de begroting goed.

Het samenwerkingsverband werkt samen met het samenwerkingsverband voortgezet onderwijs Duin- en Bollenstreek, onder meer bij de overstap van groep 8 naar de brugklas. Er is een gezamenlijk overstapprotocol.

## Samenwerking met de kinderopvang en het voortgezet onderwijs

Een goede start op de basisschool begint al voor het vierde jaar. Veel basisscholen in de Duinstreek werken nauw samen met de kinderopvang en de peuterspeelzalen in hun wijk, soms in één gebouw. De onderwijsconsulenten van het samenwerkingsverband geven advies als een peuter opvalt, zodat de basisschool zich goed kan voorbereiden.

Aan het einde van de basisschool stappen kinderen over naar het voortgezet onderwijs. Met het samenwerkingsverband voortgezet onderwijs hebben we afgesproken dat basisscholen voor kinderen met een ontwikkelingsperspectief vóór 1 maart een warme overdracht regelen met de nieuwe school.

# Medezeggenschap en totstandkoming

De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf medewerkers van scholen, afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan. Het concept van dit plan is op 7 maart 2024 besproken in het op overeenstemming gericht overleg met de colleges van Duinrand, Kaagmeer en Zandvoort-Oost; het verslag van dat overleg is opgenomen in het jaarverslag. Het overleg met het samenwerkingsverband voortgezet onderwijs vond plaats op 29 februari 2024. De OPR heeft op 19 maart 2024 ingestemd, de raad van toezicht heeft het plan op 9 april 2024 goedgekeurd en de algemene ledenvergadering heeft het op 16 april 2024 vastgesteld. Het plan is op 18 april 2024 aan de inspectie gestuurd. Het plan geldt van 1 augustus 2024 tot en met 31 juli 2028.

# Medewerkers en scholing

Goed onderwijs aan kinderen met een ondersteuningsbehoefte vraagt veel van leerkrachten. Het samenwerkingsverband organiseert daarom elk jaar een scholingsaanbod: een leergang voor nieuwe intern begeleiders, bijeenkomsten over gedrag en over meertaligheid, en een jaarlijkse studiedag voor alle scholen. Leerkrachten kunnen ook bij een sbo- of so-school meelopen. De onderwijsconsulenten van het samenwerkingsverband volgen zelf elk jaar scholing, onder meer over nieuwe wet- en regelgeving.

Het samenwerkingsverband wil een goede werkgever zijn voor de eigen medewerkers. Het bureau werkt met een jaarlijks scholingsplan en met jaarlijkse gesprekken over ontwikkeling en welzijn. De onderwijsconsulenten hebben een vaste verdeling van scholen, zodat elke school een vast aanspreekpunt heeft dat de school en het team goed kent. Bij langdurige afwezigheid neemt een collega-consulent de scholen tijdelijk over.

Het lerarentekort raakt ook onze scholen. Vooral in Kaagmeer staan vacatures lang open. Intern begeleiders geven soms zelf les omdat er geen invaller is, waardoor hun tijd voor ondersteuning onder druk staat. We bespreken met de besturen hoe we intern begeleiders kunnen ontlasten, bijvoorbeeld door administratieve taken bij het bureau te leggen.

# Privacy en digitale systemen

Bij een aanvraag voor een TLV of een terugplaatsingsplan verwerken we gegevens over kinderen, soms ook gegevens over hun gezondheid. Dat mag volgens de wet als het nodig is voor onze taken. We gaan zorgvuldig om met die gegevens: alleen de medewerkers die de aanvraag behandelen kunnen ze inzien, en we bewaren ze niet langer dan drie jaar na het besluit. Aanvragen gaan via een beveiligd digitaal systeem. We hebben een privacyreglement en een functionaris gegevensbescherming.

Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor aanvragen en voor de uitwisseling van documenten met scholen. In 2025 vervangen we het huidige systeem, samen met het samenwerkingsverband voortgezet onderwijs, zodat scholen en ouders bij de overstap naar het voortgezet onderwijs niet opnieuw dezelfde gegevens hoeven aan te leveren. Scholen krijgen voor het nieuwe systeem een korte handleiding en een online instructie.

# Planning 2024-2028

| Wanneer | Wat |
| 2024-2025 | doelen en streefcijfers vaststellen; Financieel kader 2024-2028 vaststellen |
| 2025 | nieuwe ouderwebsite; herzien convenant thuiszitters |
| 2025-2026 | evaluatie terugplaatsingsbeleid |
| 2026-2027 | tussenevaluatie van dit plan met OPR en gemeenten |
| 2027-2028 | voorbereiding nieuw ondersteuningsplan |

# Begrippen

- Arrangement: afspraken over extra ondersteuning voor een kind, met een doel, een duur en een budget.
- Basisondersteuning: wat elke school ten minste aan ondersteuning biedt.
- Dekkend aanbod: voor elk kind is er een passende plek.
- Meerjarenbegroting: begroting voor meerdere jaren.
- Oudersteunpunt: onafhankelijke plek waar ouders terechtkunnen met vragen.
- sbo: speciaal basisonderwijs.
- so: speciaal onderwijs.
- Terugplaatsing: overstap van sbo of so terug naar de basisschool.
- Thuiszitter: een kind dat niet naar school gaat terwijl het wel leerplichtig is.
- TLV: toelaatbaarheidsverklaring.
- Verdeelmodel: de manier waarop het samenwerkingsverband het geld verdeelt.
"""

# ============================================================================================
# Document 6 - NOT a plan of a samenwerkingsverband: a single school's internal "ondersteuningsplan"
# (zorgniveaus, groepsbesprekingen) that uses the same vocabulary.
# ============================================================================================
N6 = r"""
=T Ondersteuningsplan schooljaar 2024-2025
=S OBS De Vlinderboom, Duinrand
=S Onderdeel van het schoolplan 2023-2027 - vastgesteld door de directie, met advies van de MR
@pagebreak

# Inhoud

1. Inleiding

2. Onze school en onze leerlingen

3. Basisondersteuning op De Vlinderboom

4. De ondersteuningsniveaus

5. De cyclus handelingsgericht werken

6. Extra ondersteuning via het samenwerkingsverband

7. Verwijzing naar sbo of so

8. Ouders

9. Middelen en formatie

10. Jaarplanning zorg en ondersteuning

# 1. Inleiding

In dit ondersteuningsplan beschrijft OBS De Vlinderboom hoe wij de ondersteuning van onze leerlingen organiseren. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders. Het is een uitwerking van het schoolondersteuningsprofiel (SOP) en van het ondersteuningsplan van ons samenwerkingsverband, Passend Onderwijs Duinstreek. Het plan wordt elk jaar in juni door de intern begeleider en de directeur geëvalueerd en bijgesteld.

# 2. Onze school en onze leerlingen

De Vlinderboom is een openbare basisschool in de wijk Duinrand-Oost met 268 leerlingen in elf groepen. Ongeveer een kwart van de leerlingen spreekt thuis een andere taal dan het Nederlands. De school heeft een intern begeleider (0,6 fte), een onderwijsassistent (0,8 fte) en een gedragsspecialist die twee dagen per week beschikbaar is vanuit het bestuur. Het team bestaat uit 19 leerkrachten.

In groep 3 en 4 zitten relatief veel leerlingen met een taalachterstand. In de bovenbouw zien we een groeiend aantal kinderen met sociaal-emotionele problemen, zoals faalangst en somberheid.

# 3. Basisondersteuning op De Vlinderboom

Onze school biedt de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet betekent dit op De Vlinderboom:

- alle groepen werken met het directe instructiemodel en drie instructieniveaus;
- twee keer per jaar nemen we de toetsen van het leerlingvolgsysteem af en twee keer per jaar vullen de leerkrachten de observatielijst sociaal-emotionele ontwikkeling in;
- leerlingen met lees- en spellingproblemen krijgen extra leestijd in een kleine groep, vier keer per week twintig minuten;
- leerlingen die meer aankunnen werken in de Vlinderklas, een dagdeel per week met de plusleerkracht;
- de school werkt met de Kanjertraining en heeft een pestprotocol;
- de onderwijsassistent geeft NT2-ondersteuning aan nieuwkomers in groep 1 tot en met 4.

# 4. De ondersteuningsniveaus

Wij onderscheiden vijf ondersteuningsniveaus.

| Niveau | Wat | Wie |
| 1 | algemene zorg in de groep, differentiatie volgens het groepsoverzicht | leerkracht |
| 2 | extra zorg in de groep, verlengde instructie, pre-teaching | leerkracht |
| 3 | speciale zorg na consultatie van de intern begeleider, met een handelingsplan | leerkracht en IB'er |
| 4 | zorg met externe deskundigen, bespreking in het ondersteuningsteam | IB'er, ouders, externen |
| 5 | verwijzing naar sbo of so met een toelaatbaarheidsverklaring | samenwerkingsverband |

# 5. De cyclus handelingsgericht werken

Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met iedere leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de groep, de kinderen die opvallen en de aanpak voor de komende periode. De leerkracht legt de aanpak vast in het groepsplan. Leerlingen die op niveau 3 of hoger ondersteuning krijgen, worden besproken in een leerlingbespreking. Kinderen die op niveau 4 komen, bespreken we in het ondersteuningsteam. Daarin zitten de intern begeleider, de leerkracht, de ouders, de onderwijsconsulent van het samenwerkingsverband en zo nodig de schoolmaatschappelijk werker of de jeugdverpleegkundige.

Na elke toetsperiode analyseren de directeur en de intern begeleider de opbrengsten op schoolniveau. De resultaten van de eindtoets van groep 8 liggen al drie jaar boven de signaleringswaarde. De resultaten bespreken we in de teamvergadering van maart.

# 6. Extra ondersteuning via het samenwerkingsverband

Als een leerling meer nodig heeft dan wij zelf kunnen bieden, vraagt de intern begeleider een arrangement aan bij het samenwerkingsverband. Dat gebeurt na bespreking in het ondersteuningsteam en met toestemming van de ouders. De aanvraag gaat via het digitale systeem van het samenwerkingsverband. Voorbeelden van arrangementen die onze leerlingen de afgelopen jaren kregen, zijn begeleiding door een ambulant begeleider van so De Vaart en een plaatsing in de observatiegroep.

In schooljaar 2023-2024 hadden acht leerlingen van onze school een arrangement van het samenwerkingsverband.

# 7. Verwijzing naar sbo of so

Soms is een basisschool niet de beste plek voor een kind. Als het ondersteuningsteam concludeert dat een leerling beter op zijn plek is op een school voor speciaal basisonderwijs of speciaal onderwijs, vraagt de school een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt het dossier samen en bespreekt de aanvraag met de ouders. Het samenwerkingsverband beslist over de aanvraag; de procedure staat in het ondersteuningsplan van het samenwerkingsverband.

In de afgelopen drie jaar zijn vijf leerlingen van De Vlinderboom naar het sbo gegaan en twee naar het so. Eén leerling is vanuit sbo Het Anker teruggekomen naar onze school; we hebben daarvoor afspraken gemaakt met het sbo over begeleiding in het eerste halfjaar.

# 8. Ouders

Wij vinden een goede samenwerking met ouders essentieel. Ouders worden op de hoogte gehouden van de ontwikkeling van hun kind in de rapportgesprekken (november en maart) en bij zorgen zo snel mogelijk door de leerkracht. Wordt een leerling op niveau 3 of hoger besproken, dan worden ouders uitgenodigd voor een gesprek met de leerkracht en de intern begeleider. Ouders tekenen het handelingsplan en het ontwikkelingsperspectief.

In de schoolgids staat informatie over de ondersteuning op onze school. Ouders met een klacht kunnen terecht bij de directeur of bij de vertrouwenspersoon van de school. Ook kunnen zij contact opnemen met het Oudersteunpunt Duinstreek.

# 9. Middelen en formatie

De school ontvangt van het bestuur een deel van het ondersteuningsbudget van het samenwerkingsverband. Voor 2024-2025 is dat € 31.400. Daarvan betalen wij de onderwijsassistent (0,5 fte) en de plusleerkracht (een dagdeel per week). De intern begeleider wordt betaald uit de reguliere formatie van de school. Daarnaast gebruiken we NPO-middelen voor de extra leestijd in groep 3 en 4; deze middelen lopen in 2025 af.

| Post | Bedrag 2024-2025 |
| Onderwijsassistent 0,5 fte | € 24.800 |
| Plusleerkracht | € 5.100 |
| Materialen en toetsen | € 1.500 |
| Totaal | € 31.400 |

# 10. Jaarplanning zorg en ondersteuning

| Maand | Activiteit |
| september | startgesprekken met ouders; overdracht tussen leerkrachten |
| oktober | groepsbesprekingen ronde 1 |
| januari | toetsperiode midden schooljaar |
| februari | groepsbesprekingen ronde 2; analyse opbrengsten |
| maart | rapportgesprekken; teambespreking opbrengsten |
| juni | groepsbesprekingen ronde 3; evaluatie van dit ondersteuningsplan |
"""

# ============================================================================================
# Labels
# ============================================================================================
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}

LABELS = {
    "po-rivierenland-west": dict(
        documents=["po-rivierenland-west.docx"], sector="po", looks_like_plan=True,
        false=["terugstroom.procedure", "resultaten.monitoring"],
        elements_addressed_only_partly=[],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4.1 states the agreed minimum for all 62 schools/every vestiging; H4.2 lists twelve concrete standards; H4.3 borging via consultants and kwaliteitskaart.",
            "plaatsing": "H6 gives steps (Loket, bestuur, two deskundigen, CvT, six weeks), sbo and so criteria (6.2), duration/categorie (6.3) and LBT bezwaar (6.4).",
            "terugstroom": "H7 gives policy (aim, conditions, terugplaatsingsarrangement, proefplaatsing) but defers the steps/initiative/evaluation moments to a protocol 'in het eerste planjaar'.",
            "financien": "H14.2 verdeelmodel (vaste voet EUR 5.000 + EUR 95 per leerling, fixed arrangement amounts); H14.4 meerjarenbegroting 2024-2028 with amounts; 14.5 reserves.",
            "dekkend-aanbod": "H5.2 continuum table (levels 1-5, Kompasklas, Plusklas, Taalklas, sbo, so); H8 yearly gap analysis with actions, thuiszittersoverleg and doorzettingsmacht.",
            "resultaten": "H11 table of beoogde resultaten for 2028 with numbers; terugblik only referred to jaarverslag on website and the monitor is deferred to 2024-2025 (no monitoring described).",
            "ouders": "H10.2 channels (ouderpagina, multilingual folder, schoolgids, info evenings, phone); H10.3 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten/geschillen.",
        }),
    "po-de-brug-zuidoost": dict(
        documents=["po-de-brug-zuidoost.pdf"], sector="po", looks_like_plan=True,
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
               "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5 'Ondersteuning op school' only says the old list is outdated, a new addendum is being written (2023-2024) and refers to the schools' SOPs; the definition is only in the afkortingenlijst.",
            "plaatsing": "H7.1-7.2 give applicant, dossier, commission (orthopedagoog + psycholoog with own advice), decision by director within six weeks; criteria only 'in het Toetsingskader TLV (bijlage 3)', which is absent.",
            "terugstroom": "Only a one-line intention in 7.3 ('een thema dat we ... willen oppakken'), plus the header and afkortingenlijst; nothing substantive.",
            "financien": "H8 'Geld en middelen': 80/20 split by leerlingaantal 1 oktober (EUR 142 per leerling), arrangement ceiling; 8.3 begroting 2023-2027 with amounts; reserve mentioned.",
            "dekkend-aanbod": "H6.2 ondersteuningstrap (treden 1-6, groepsarrangementen, sbo, so) addresses the continuum; 6.4 thuiszitters/no fitting place is deferred ('werken we ... verder uit').",
            "resultaten": "H9.1 goals table with targets and 2022 baseline; H9.2 twice-yearly rapportage, enquetes, evaluation per arrangement, jaarverslag; H3 terugblik with figures.",
            "ouders": "H10 lists channels (ouderpagina, folder, schoolgids, adviseurs); the independent ouder- en jeugdsteunpunt is deferred to 2024-2025 and no other independent help is named.",
        }),
    "po-veluwerand": dict(
        documents=["po-veluwerand.pdf"], sector="po", looks_like_plan=True,
        false=["financien.besteding", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H4.1 states the jointly set level for all schools and vestigingen and gives a table of what each school at least offers per referentiekader aspect.",
            "plaatsing": "H6.1-6.2 procedure (bevoegd gezag, dossier, two separate deskundigen, Commissie Toelaatbaarheid, six weeks); criteria only in the table of 6.3; 6.4 duration and categorie; bezwaar in 9.3.",
            "terugstroom": "Hidden in 6.5 'Afloop van de TLV en terugplaatsing' inside the TLV chapter: policy and conditions, yearly OPP evaluation, initiative by 1 February, decision by 1 April, terugplaatsingsarrangement.",
            "financien": "H13.2 verdeelmodel (75/20/5, vaste voet EUR 7.500, EUR 118 per leerling) addresses verdeling; the meerjarenbegroting in 13.3 is all 'p.m.' and deferred to December 2025.",
            "dekkend-aanbod": "H4.3 bovenschoolse voorzieningen and 4.4 continuum plus yearly analyse dekkend aanbod with follow-up; H7 thuiszitters convenant, regisseur, binding decision by director.",
            "resultaten": "No goals or monitoring anywhere: H14 defers the beoogde resultaten to the first jaarplan; 'resultaten', 'kwaliteitszorg' and 'jaarverslag' only in the woordenlijst and in passing.",
            "ouders": "H9 'Communicatie': 9.2 information channels (ouderrubriek, schoolgids, letters, ouderavond); 9.3 independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling, LBT.",
        }),
    "vo-kanaalzone": dict(
        documents=["vo-kanaalzone.docx"], sector="vo", looks_like_plan=True,
        false=["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
               "financien.verdeling", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "H4 defines the agreed minimum for every vestiging and describes audits, but the concrete standards are only in the Kwaliteitskaart (bijlage 2), which is not part of the document.",
            "plaatsing": "H5 only refers to the Handboek Toewijzing on the website and announces an evaluation in 2024-2025; no procedure, criteria, deskundigen or bezwaar for vso, lwoo or pro anywhere.",
            "terugstroom": "H8 gives the procedure (OPP evaluations Nov/Mar, advice by 1 March, consulent, decision by director) but the policy on aims, conditions and support is deferred to the next jaarplan.",
            "financien": "H10.3 meerjarenbegroting 2024-2028 with amounts per post; 10.2 says the verdeelmodel is being revised and will follow in an addendum (no current criteria given).",
            "dekkend-aanbod": "H6 four-layer continuum (OPDC, rebound, ISK, pro, vso, lwoo) and 6.2 netwerk; H7 zorgplicht support, thuiszitterstafel with doorzettingsmacht, twice-yearly gap overview with actions.",
            "resultaten": "H9.1 beoogde resultaten with nulmeting; 9.2 quarterly dashboard, reporting to bestuur, evaluation talks, jaarverslag; 9.3 results of the previous period.",
            "ouders": "Nothing substantive: parents only in the visie sentence; H13 'Communicatie' covers schools and gemeenten and defers a communicatieplan for ouders to 2025-2026; OJSP only in the afkortingenlijst.",
        }),
    "po-duinstreek": dict(
        documents=["po-duinstreek.html"], sector="po", looks_like_plan=True,
        false=["plaatsing.procedure", "financien.verdeling", "financien.besteding",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"],
        advisory={"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 'Basisondersteuning' defines the level set by all eleven boards for all 44 schools and lists ten concrete provisions ('Wat mag u van elke school verwachten?').",
            "plaatsing": "Section 'Toelaatbaarheid sbo en so' gives sbo/so criteria and TLV duration, but the procedure is only a link to the 'TLV aanvragen' web page; bezwaar is in the Ouders section.",
            "terugstroom": "Section 'Terug naar de basisschool' gives policy and conditions, five steps with initiator, decision and evaluation moments, terugplaatsingsarrangement and new-TLV rule.",
            "financien": "Section 'Financien' only says verdeling and meerjarenbegroting will be set in a separate Financieel kader after the 2025 begroting; the table says 'volgt'.",
            "dekkend-aanbod": "Section 'Ondersteuningsaanbod en thuiszitters' only refers to a separate Sociale Kaart and to a 2019 convenant under revision; OOGO is mentioned only procedurally.",
            "resultaten": "Monitoring described (kengetallen, DUO, twice-yearly with bestuur, jaarverslag, figures 2020-2023), but goals and streefcijfers are deferred to 2024-2025.",
            "ouders": "'Hoe informeren we ouders?' is deferred to a new ouderwebsite in 2025; the independent Oudersteunpunt Duinstreek, Onderwijsconsulenten, klachten and LBT are described.",
        }),
    "notplan-obs-de-vlinderboom": dict(
        documents=["notplan-obs-de-vlinderboom.docx"], sector="po", looks_like_plan=False,
        note="A single basisschool's internal 'ondersteuningsplan' (zorgniveaus 1-5, groepsbesprekingen, school budget); it refers to the samenwerkingsverband's plan but is not one: no SWV, OPR/OOGO, planperiode or TLV decisions of its own."),
}


def label_yaml(key, lab):
    docs = ", ".join(lab["documents"])
    lines = [f"documents: [{docs}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if not lab["looks_like_plan"]:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  f"  document: \"{lab['note']}\""]
        return "\n".join(lines) + "\n"
    false = set(lab["false"])
    status = {}
    for el in ELEMENTS:
        hits = [f"{el}.{c}" not in false for c in CORE[el]]
        if all(hits):
            status[el] = "present"
        elif any(hits) or lab["advisory"].get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines.append("elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for el in ELEMENTS:
        for c in CORE[el]:
            lines.append(f"  {el}.{c}: {'false' if f'{el}.{c}' in false else 'true'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            lines.append(f"  {el}: [{', '.join(lab['advisory'][el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        note = lab["notes"][el].replace('"', "'")
        lines.append(f"  {el}: \"{note}\"")
    return "\n".join(lines) + "\n"


# ============================================================================================
# Build
# ============================================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build_docx(P1, OUT / "po-rivierenland-west.docx",
               header="SWV Passend Primair Onderwijs Rivierenland-West | Ondersteuningsplan 2024-2028 | "
                      "basisondersteuning - toelaatbaarheid - terugplaatsing - financiën - resultaten - ouders",
               footer="Ondersteuningsplan 2024-2028, vastgesteld 26 maart 2024",
               title="Ondersteuningsplan 2024-2028 SWV PPO Rivierenland-West")
    build_pdf(P2, OUT / "po-de-brug-zuidoost.pdf",
              header="De Brug Zuidoost - Kansrijk voor ieder kind - basisondersteuning, TLV en terugplaatsing, "
                     "geld, ouders en steunpunt",
              footer="Ondersteuningsplan 2023-2027, versie 1.3", title="Ondersteuningsplan 2023-2027 De Brug Zuidoost")
    build_pdf(P3, OUT / "po-veluwerand.pdf",
              header="SWV PPO Veluwerand - Ondersteuningsplan 2025-2029 - resultaten, kwaliteit en financiën",
              footer="Stichting Samenwerkingsverband Passend Primair Onderwijs Veluwerand",
              title="Ondersteuningsplan 2025-2029 Veluwerand")
    build_docx(P4, OUT / "vo-kanaalzone.docx",
               header="SWV VO Kanaalzone | Ondersteuningsplan 2024-2028 | Ouders en leerlingen centraal",
               footer="Koers op hoofdlijnen - definitieve versie", title="Ondersteuningsplan 2024-2028 SWV VO Kanaalzone")
    build_html(P5, OUT / "po-duinstreek.html", "Samenwerkingsverband Passend Onderwijs Duinstreek",
               ["Home", "Ouders", "Scholen", "Financiën en verdeelmodel", "Dekkend aanbod", "TLV aanvragen",
                "Ondersteuningsplan", "Contact"],
               "SWV Passend Onderwijs Duinstreek | Ouders: Oudersteunpunt, Sociale Kaart, thuiszitters | "
               "Financiën: begroting en jaarverslag | Download ondersteuningsplan (pdf)")
    build_docx(N6, OUT / "notplan-obs-de-vlinderboom.docx",
               header="OBS De Vlinderboom - ondersteuningsplan 2024-2025", footer="Schoolplan 2023-2027, bijlage 3",
               author="OBS De Vlinderboom", title="Ondersteuningsplan OBS De Vlinderboom 2024-2025")
    for key, lab in LABELS.items():
        (OUT / f"{key}.expected.yaml").write_text(label_yaml(key, lab), encoding="utf-8")
    for name, text in [("po-rivierenland-west", P1), ("po-de-brug-zuidoost", P2), ("po-veluwerand", P3),
                       ("vo-kanaalzone", P4), ("po-duinstreek", P5), ("notplan-obs-de-vlinderboom", N6)]:
        print(f"{name}: {word_count(text)} words")


if __name__ == "__main__":
    main()
