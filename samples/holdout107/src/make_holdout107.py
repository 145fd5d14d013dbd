#!/usr/bin/env python3
"""Generate the holdout107 test set: five fictional ondersteuningsplannen (PO/VO)
and one near-miss document, plus their label files.

Deterministic, no network. Output goes to the folder above this script's folder.
Requires python-docx and (for the PDFs) LibreOffice `soffice` on PATH.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------
# Mini markup: one block per line.
#   !title X      title-page line (large)      !sub X   subtitle line
#   !pagebreak
#   # X / ## X    headings level 1 / 2
#   - X           bullet
#   | a | b |     table row (consecutive rows form one table; first row = header)
#   anything else is a paragraph
# ---------------------------------------------------------------------------

def parse(text):
    blocks = []
    table = None
    for raw in text.strip().splitlines():
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
        if line.startswith("!title "):
            blocks.append(("title", line[7:]))
        elif line.startswith("!sub "):
            blocks.append(("sub", line[5:]))
        elif line == "!pagebreak":
            blocks.append(("pagebreak", ""))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def word_count(text):
    return sum(len(b[1].split()) if b[0] != "table" else sum(len(c.split()) for r in b[1] for c in r)
               for b in parse(text))


def write_docx(text, path, header=None, footer=None):
    doc = Document()
    doc.core_properties.author = "holdout107"
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_modified_by = "holdout107"
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in parse(text):
        if kind == "title":
            doc.add_paragraph(val, style="Title")
        elif kind == "sub":
            doc.add_paragraph(val, style="Subtitle")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "li":
            doc.add_paragraph(val, style="List Bullet")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = c
            doc.add_paragraph()
        else:
            doc.add_paragraph(val)
    doc.save(str(path))


def write_pdf(text, path, header=None, footer=None):
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout107_pdf_"))
    try:
        src = tmpdir / (path.stem + ".docx")
        write_docx(text, src, header, footer)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpdir}/lo_profile",
                        "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmpdir / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def write_html(text, path, title, footer=None):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{html.escape(title)}</p></header>', "<main>"]
    in_list = False
    for kind, val in parse(text):
        if kind != "li" and in_list:
            out.append("</ul>")
            in_list = False
        v = html.escape(val) if isinstance(val, str) else val
        if kind == "title":
            out.append(f"<h1>{v}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{v}</p>')
        elif kind == "pagebreak":
            out.append("<hr>")
        elif kind == "h1":
            out.append(f"<h2>{v}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{v}</h3>")
        elif kind == "li":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{v}</li>")
        elif kind == "table":
            out.append("<table>")
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append("</table>")
        else:
            out.append(f"<p>{v}</p>")
    if in_list:
        out.append("</ul>")
    out.append("</main>")
    if footer:
        out.append(f"<footer><p>{html.escape(footer)}</p></footer>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks_like_plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if looks_like_plan:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
        lines.append("criteria:")
        for k, v in criteria.items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in advisory.items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: \"{v}\"")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def derive(false_criteria, missing):
    """Criteria dict from the set of unaddressed core criteria; element status by the Part A rule."""
    crit = {c: c not in false_criteria for c in CORE}
    elements = {}
    for e in ELEMENTS:
        vals = [crit[c] for c in CORE if c.startswith(e + ".")]
        if all(vals):
            elements[e] = "present"
        elif e in missing:
            assert not any(vals), e
            elements[e] = "missing"
        else:
            elements[e] = "partial"
    return elements, crit


# ===========================================================================
# Plan 1 - PO, policy adviser, .docx
# ===========================================================================
P1 = r"""
!title Ondersteuningsplan 2026–2030
!sub Samenwerkingsverband Passend Primair Onderwijs Lindeveld (PO 27-31)
Samen zorgen voor passend onderwijs: basisondersteuning, toelaatbaarheid, terugplaatsing, middelen, resultaten en ouders
Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 10 maart 2026 en afronding van het OOGO op 17 maart 2026.
Opgesteld door: J. Brouwer, beleidsadviseur, in opdracht van de directeur-bestuurder.
Versie 1.0 – planperiode 1 augustus 2026 tot en met 31 juli 2030
!pagebreak
# Inhoudsopgave
1 Voorwoord ..... 3
2 Inleiding en leeswijzer ..... 4
3 Het samenwerkingsverband in cijfers ..... 5
4 Visie en missie ..... 6
5 Basisondersteuning ..... 8
6 Extra ondersteuning en het dekkend aanbod ..... 11
7 Toelaatbaarheid tot sbo en so ..... 15
7.4 Terugplaatsing naar het basisonderwijs ..... 18
8 Geld en middelen ..... 19
9 Kwaliteit en ambities ..... 23
9.2 Resultaten en monitoring ..... 25
10 Communicatie en samenwerking ..... 26
11 Samenwerking met gemeenten (OOGO) ..... 28
12 Governance en medezeggenschap ..... 30
13 Personeel en professionalisering ..... 32
14 ICT en privacy ..... 33
15 Planning 2026–2030 ..... 34
Bijlage A Begrippenlijst ..... 36
!pagebreak
# 1 Voorwoord
Voor u ligt het derde ondersteuningsplan van het Samenwerkingsverband Passend Primair Onderwijs Lindeveld. Het plan beschrijft hoe de elf aangesloten schoolbesturen de komende vier schooljaren samen zorgen voor een passende onderwijsplek voor ieder kind in de gemeenten Lindeveld, Oosterwolde, Hazenbroek en Ruitersveen. Het plan is het resultaat van een traject van ruim een jaar, waarin schoolleiders, intern begeleiders, ouders, leerkrachten, gemeenten en de ondersteuningsplanraad hebben meegedacht.
In de afgelopen planperiode is veel bereikt. Scholen zijn beter in staat om kinderen met een ondersteuningsbehoefte thuisnabij onderwijs te bieden, de samenwerking met de jeugdhulp is intensiever geworden en de toewijzing van arrangementen verloopt sneller dan voorheen. Tegelijk zien wij dat de druk op het onderwijs toeneemt: het lerarentekort, de toename van complexe hulpvragen en de wachtlijsten in de jeugd-ggz vragen om keuzes. Dit plan maakt die keuzes zichtbaar.
Het plan is geschreven voor een breed publiek. Schoolbesturen en schoolleiders vinden er de afspraken die voor hen gelden. Ouders kunnen lezen wat zij van iedere school mogen verwachten en waar zij terechtkunnen. Gemeenten en ketenpartners lezen hoe het onderwijs en de jeugdhulp op elkaar aansluiten. Waar mogelijk hebben wij gekozen voor heldere taal; waar de wet ons verplicht tot precisie, zijn wij precies.
Wij danken iedereen die heeft bijgedragen aan dit plan, in het bijzonder de leden van de ondersteuningsplanraad, die in vier bijeenkomsten kritisch en constructief met ons hebben meegelezen.
Drs. A. Koster, directeur-bestuurder
# 2 Inleiding en leeswijzer
Ieder samenwerkingsverband is op grond van artikel 18a van de Wet op het primair onderwijs verplicht om ten minste eens in de vier jaar een ondersteuningsplan vast te stellen. De wet schrijft voor welke onderwerpen het plan ten minste bevat. Dit plan volgt die onderwerpen, maar is opgebouwd rond de vragen die wij in de regio het vaakst horen: wat mag ik van de school verwachten, wat gebeurt er als een kind meer nodig heeft, wie beslist over plaatsing in het speciaal (basis)onderwijs, en hoe wordt het geld besteed?
Hoofdstuk 3 geeft een beeld van het samenwerkingsverband in cijfers. Hoofdstuk 4 beschrijft onze visie en missie. In hoofdstuk 5 staat de basisondersteuning die iedere school biedt. Hoofdstuk 6 gaat over extra ondersteuning, arrangementen en het dekkend aanbod. Hoofdstuk 7 behandelt de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs. Hoofdstuk 8 beschrijft hoe de middelen worden verdeeld en besteed. Hoofdstuk 9 bevat onze ambities. In hoofdstuk 10 leest u hoe wij communiceren met ouders en partners, en hoofdstuk 11 beschrijft de samenwerking met de gemeenten. De hoofdstukken 12 tot en met 15 gaan over de organisatie, het personeel, ICT en privacy en de planning. Achterin is een begrippenlijst opgenomen.
Het plan is een kaderstellend document. De uitwerking van de jaarlijkse activiteiten volgt in het jaarplan, dat het bestuur ieder jaar vóór 1 juli vaststelt. Wijzigingen van dit plan gedurende de planperiode worden ter instemming aan de ondersteuningsplanraad voorgelegd.
# 3 Het samenwerkingsverband in cijfers
Het samenwerkingsverband omvat vier gemeenten met samen ongeveer 118.000 inwoners. In het gebied staan 41 basisscholen, 3 scholen voor speciaal basisonderwijs en 3 scholen voor speciaal onderwijs (twee voor cluster 3 en één voor cluster 4). De scholen vallen onder elf schoolbesturen, variërend van een eenpitter tot een bestuur met veertien scholen.
| Schoolsoort | Aantal scholen | Leerlingen 1 oktober 2025 |
| Basisonderwijs | 41 | 10.214 |
| Speciaal basisonderwijs | 3 | 402 |
| Speciaal onderwijs cluster 3 | 2 | 171 |
| Speciaal onderwijs cluster 4 | 1 | 96 |
| Totaal | 47 | 10.883 |
Het leerlingaantal in de regio daalt licht. De prognose van de gemeenten laat tot 2030 een daling zien van ongeveer 4 procent, vooral in de kleinere kernen. Voor enkele dorpsscholen betekent dit dat zij de komende jaren onder de opheffingsnorm kunnen komen; de besturen voeren daarover gesprekken met de gemeenten in het kader van de huisvestingsplannen. Voor het samenwerkingsverband heeft de daling gevolgen voor de inkomsten, omdat de rijksbijdrage voor ondersteuning per leerling wordt berekend.
# 4 Visie en missie
Ieder kind in Lindeveld heeft recht op onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis. Dat is de kern van onze missie. Wij geloven dat kinderen het best tot ontwikkeling komen in de eigen omgeving, met klasgenoten uit de buurt, en dat scholen samen meer kunnen dan ieder afzonderlijk.
Onze visie rust op vier pijlers. De eerste pijler is thuisnabijheid: wij zoeken eerst naar een oplossing in de eigen school, daarna in de eigen kern en pas daarna verder weg. De tweede pijler is vakmanschap: de leerkracht maakt het verschil, en wij investeren in de deskundigheid van leerkrachten en intern begeleiders. De derde pijler is samenwerking: met ouders, met de jeugdhulp, met de gemeenten en met het voortgezet onderwijs. De vierde pijler is eenvoud: procedures moeten helpen, niet hinderen.
Onze missie vertalen wij in een aantal uitgangspunten. Wij gaan uit van de mogelijkheden van het kind en niet van een diagnose. De ondersteuningsbehoefte bepaalt de inzet, niet het etiket. Wij organiseren de ondersteuning zo dat een school niet hoeft te wachten op een besluit van het samenwerkingsverband als duidelijk is wat een kind nodig heeft. Wij werken handelingsgericht en betrekken ouders als gelijkwaardige partners bij de ondersteuning van hun kind.
Deze uitgangspunten zijn niet nieuw. Zij stonden ook in het vorige plan. Nieuw is dat wij ze de komende jaren nadrukkelijker willen zichtbaar maken in de dagelijkse praktijk: in de manier waarop wij arrangementen toewijzen, in de manier waarop wij met scholen in gesprek gaan over hun resultaten en in de manier waarop wij ouders informeren.
# 5 Basisondersteuning
## 5.1 Wat verstaan wij onder basisondersteuning?
Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau wordt uitgevoerd. In Lindeveld hebben alle elf schoolbesturen afgesproken dat iedere school en iedere vestiging in het samenwerkingsverband ten minste hetzelfde niveau van basisondersteuning biedt. Dit niveau is vastgelegd in tien standaarden. Een school mag meer bieden, maar niet minder. Het algemeen bestuur heeft deze standaarden op 24 maart 2026 opnieuw vastgesteld als onderdeel van dit plan.
## 5.2 De tien standaarden
Ouders mogen op iedere basisschool in Lindeveld het volgende verwachten:
- Een intern begeleider met een afgeronde opleiding, met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert en aanspreekpunt is voor ouders.
- Een cyclus van handelingsgericht werken: drie keer per jaar een groepsbespreking en zo nodig een leerlingbespreking, waarin de onderwijsbehoeften van leerlingen worden vastgesteld.
- Een leerlingvolgsysteem waarmee de ontwikkeling van ieder kind op het gebied van taal, lezen, rekenen en sociaal-emotionele ontwikkeling wordt gevolgd.
- Een dyslexieprotocol en een dyscalculieprotocol, inclusief signalering vanaf groep 2, extra leestijd en het gebruik van compenserende hulpmiddelen zoals voorleessoftware.
- Een schoolbreed programma voor sociale veiligheid en positief gedrag, met een aanspreekpunt pestbeleid en een vastgelegde aanpak bij gedragsproblemen.
- Een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de eigen groep, met een leerlijn voor verrijking die op schoolniveau is beschreven.
- Ondersteuning bij taalachterstand en NT2, waaronder extra woordenschatinstructie en de mogelijkheid van een verlengde instructie in kleine groepen.
- Een protocol medisch handelen, zodat kinderen met een medische ondersteuningsbehoefte (zoals diabetes of epilepsie) veilig naar school kunnen.
- De mogelijkheid om voor een leerling een ontwikkelingsperspectief (OPP) op te stellen, inclusief de verplichte bespreking met ouders.
- Een ondersteuningsteam op school, waarin de intern begeleider, de schoolmaatschappelijk werker of het jeugd- en gezinsteam, en op afroep de orthopedagoog van het samenwerkingsverband samen met ouders de aanpak bespreken.
Daarnaast kan iedere school zonder aanvraag gebruikmaken van een preventief consult van de orthopedagogen van het samenwerkingsverband, van maximaal vier uur per leerling per schooljaar. Dit consult valt onder de basisondersteuning, omdat het vroegtijdig handelen ondersteunt en geen toewijzing vereist.
## 5.3 Borging
Iedere school beschrijft in de schoolgids hoe zij de tien standaarden invult. Het samenwerkingsverband bespreekt jaarlijks met ieder bestuur de kwaliteitskaart basisondersteuning, waarop per school per standaard is aangegeven of deze op orde is. Als een school op een standaard niet voldoet, maakt het bestuur binnen drie maanden een verbeterplan. Het samenwerkingsverband kan een school daarbij ondersteunen met een traject van de orthopedagogen.
# 6 Extra ondersteuning en het dekkend aanbod
## 6.1 Het ondersteuningscontinuüm
De ondersteuning in Lindeveld is georganiseerd in een doorlopend continuüm. De basis is de basisondersteuning in iedere school (hoofdstuk 5). Heeft een kind meer nodig, dan kan de school een arrangement aanvragen. Een arrangement is een afgebakend pakket van extra ondersteuning, in tijd en inhoud omschreven, dat in de eigen school wordt uitgevoerd. Arrangementen kunnen individueel zijn, bijvoorbeeld extra begeleiding door een onderwijsassistent of ambulante begeleiding door een specialist van het so, of een groepsarrangement voor meerdere leerlingen met een vergelijkbare vraag.
Boven de scholen uit heeft het samenwerkingsverband een aantal voorzieningen. De observatiegroep De Brug biedt kinderen in groep 1 tot en met 4 een periode van maximaal twaalf weken observatie en diagnostiek met behoud van inschrijving op de eigen school. De plusklas Denkwerk biedt één dagdeel per week onderwijs aan kinderen die meer- en hoogbegaafd zijn en aan wie de eigen school onvoldoende uitdaging kan bieden. De schakelklas NT2 in Oosterwolde is bestemd voor nieuwkomers die nog geen Nederlands spreken. Voor kinderen die meer nodig hebben dan deze voorzieningen kunnen bieden, zijn er de drie scholen voor speciaal basisonderwijs en de drie scholen voor speciaal onderwijs in de regio. Voor kinderen met een zeer specifieke vraag maken wij gebruik van so-scholen buiten de regio.
| Niveau | Vorm | Waar | Toegang |
| Basis | Tien standaarden basisondersteuning | Iedere school | Geen aanvraag |
| Extra | Individueel of groepsarrangement | Eigen school | Aanvraag bij het Loket |
| Bovenschools | De Brug, Denkwerk, schakelklas NT2 | Drie locaties | Aanvraag bij het Loket |
| Speciaal | Sbo en so cluster 3 en 4 | Zes scholen | Toelaatbaarheidsverklaring |
## 6.2 Het Loket
Alle aanvragen voor extra ondersteuning lopen via het Loket van het samenwerkingsverband. Een consulent van het samenwerkingsverband sluit aan bij het ondersteuningsteam van de school en adviseert over de best passende vorm van ondersteuning. Het Loket beslist over een arrangement binnen vier weken na ontvangst van een volledige aanvraag.
## 6.3 Hoe zorgen wij dat het aanbod dekkend is?
Een dekkend aanbod betekent dat er voor ieder kind in de regio een passende plek is. Wij stellen ieder jaar in het voorjaar een dekkingsscan op. Daarin brengen wij in beeld voor welke kinderen geen passend aanbod beschikbaar was, welke wachtlijsten er zijn en hoeveel kinderen thuiszitten of een vrijstelling van de leerplicht hebben. Bronnen zijn de registratie van het Loket, de meldingen van de scholen en de gegevens van de leerplichtambtenaren van de vier gemeenten. De uitkomsten bespreken wij met de besturen en met de gemeenten, en zij leiden tot concrete afspraken in het jaarplan.
De dekkingsscan 2025 liet twee lacunes zien. In de eerste plaats was er een wachtlijst van gemiddeld vijftien weken voor het so cluster 4. Wij hebben met het bestuur van de so-school afgesproken dat de capaciteit met één groep wordt uitgebreid per 1 augustus 2027. In de tweede plaats was er geen passend aanbod voor jonge kinderen met een combinatie van een ontwikkelingsachterstand en ernstige gedragsproblemen. Voor deze groep ontwikkelen wij samen met een jeugdhulpaanbieder een onderwijs-zorgarrangement, dat uiterlijk in het schooljaar 2027–2028 van start gaat.
Voor thuiszitters hanteren wij een vaste werkwijze. Wanneer een kind langer dan vier weken niet naar school gaat, meldt de school dit bij het Loket en de leerplichtambtenaar. Binnen twee weken vindt een casusoverleg plaats met ouders, school, leerplicht en jeugdhulp. Als er na acht weken geen oplossing is, heeft de directeur-bestuurder doorzettingsmacht richting de aangesloten besturen. Zo geven wij samen invulling aan de zorgplicht: de school waar een kind is aangemeld, houdt de verantwoordelijkheid totdat er een passende plek is gevonden.
# 7 Toelaatbaarheid tot sbo en so
## 7.1 De procedure
Als een kind is aangewezen op het speciaal basisonderwijs of het speciaal onderwijs, is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De procedure verloopt als volgt.
- Stap 1. Het bestuur van de school waar het kind is ingeschreven of aangemeld, dient de aanvraag in via het digitale Loket. Bij de aanvraag horen het ontwikkelingsperspectief, een groeidocument met de ingezette ondersteuning en de resultaten daarvan, en de zienswijze van de ouders.
- Stap 2. Een consulent van het Loket controleert binnen vijf werkdagen of de aanvraag volledig is.
- Stap 3. Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit. De eerste deskundige is altijd een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de vraag van het kind, een kinderpsychiater, een maatschappelijk werker, een arts of een tweede orthopedagoog. Deskundigen die bij de aanvraag betrokken waren, adviseren niet.
- Stap 4. De Commissie van Toelaatbaarheid neemt namens het bestuur van het samenwerkingsverband een besluit, binnen zes weken na ontvangst van de volledige aanvraag. Ouders ontvangen een afschrift van de deskundigenadviezen.
## 7.2 Criteria
Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan: de school heeft de basisondersteuning en ten minste één arrangement aantoonbaar en planmatig ingezet gedurende minimaal een half jaar; het OPP laat zien dat de ondersteuningsbehoefte op twee of meer domeinen (leren, gedrag, werkhouding, sociaal-emotioneel) de mogelijkheden van de reguliere school structureel overstijgt; en de deskundigen adviseren dat het kind is aangewezen op een kleinere groep met een specialistische aanpak.
Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 als er sprake is van een ernstige verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3) of van ernstige psychiatrische of gedragsproblematiek (cluster 4), waardoor het kind ook in het sbo niet tot ontwikkeling komt, en er een structurele noodzaak is van specialistische kennis en intensieve begeleiding gedurende de hele schooldag. De Commissie bepaalt bij een TLV voor het so de bekostigingscategorie laag, midden of hoog aan de hand van de ondersteuningsbehoefte.
## 7.3 Duur en bezwaar
Een TLV voor het sbo wordt in de regel afgegeven voor twee schooljaren, een TLV voor het so voor ten hoogste vier schooljaren; een TLV loopt altijd tot en met 31 juli. Ouders en het schoolbestuur kunnen binnen zes weken na de bekendmaking bezwaar maken tegen het besluit. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die over het bezwaar adviseert.
## 7.4 Terugplaatsing naar het basisonderwijs
Plaatsing in het speciaal (basis)onderwijs is voor ons niet vanzelfsprekend een eindstation. Ons uitgangspunt is dat een kind na een periode in het sbo of so terugkeert naar een reguliere basisschool wanneer het daar met ondersteuning verder tot ontwikkeling kan komen, bij voorkeur in de eigen woonkern. Voorwaarden zijn dat het OPP laat zien dat het kind de doelen van het speciaal (basis)onderwijs heeft bereikt, dat ouders de overstap steunen en dat de ontvangende school met hulp van een arrangement kan bieden wat het kind nodig heeft. Een kind dat terugkeert, krijgt altijd een terugplaatsingsarrangement van maximaal één schooljaar, met ambulante begeleiding vanuit de sbo- of so-school die het kind verlaat.
Hoe het traject van terugplaatsing precies verloopt – wie het initiatief neemt, op welke momenten wordt geëvalueerd en wie uiteindelijk besluit – legt de werkgroep Terugplaatsing in de loop van het schooljaar 2026–2027 vast in een stappenplan. Tot die tijd maken de scholen hierover per geval afspraken.
# 8 Geld en middelen
## 8.1 Inkomsten
Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan DUO voor de leerlingen in het so en voor de groei van het sbo resteert een bedrag dat wij verdelen volgens de afspraken in dit hoofdstuk.
## 8.2 Verdeling: hoe komt het geld bij de scholen?
Wij hanteren een gemengd verdeelmodel. Het grootste deel van de middelen gaat rechtstreeks naar de schoolbesturen, zodat scholen zelf snel kunnen handelen. Ieder bestuur ontvangt per schooljaar € 165 per leerling in het basisonderwijs, op basis van het aantal leerlingen op de teldatum van 1 oktober van het voorafgaande jaar, plus een vaste voet van € 6.000 per schoolvestiging. De vaste voet zorgt ervoor dat ook kleine scholen een werkbare basis hebben. Besturen zetten deze middelen in voor de basisondersteuning en voor lichte arrangementen in hun scholen.
Een tweede deel blijft bij het samenwerkingsverband voor arrangementen die via het Loket worden toegewezen, voor de bovenschoolse voorzieningen en voor de orthopedagogen en consulenten. Het Loket kent arrangementen toe op basis van de onderwijsbehoefte van het kind; het bedrag van een individueel arrangement is maximaal € 7.500 per schooljaar. Het algemeen bestuur stelt de bedragen jaarlijks vast bij de begroting in november.
## 8.3 Besteding en meerjarenbegroting
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten ondersteuningsbekostiging (na afdrachten) | 6.420 | 6.310 | 6.230 | 6.160 |
| Schoolbudgetten besturen (€ 165 p.l. + vaste voet) | 1.930 | 1.905 | 1.880 | 1.860 |
| Arrangementen via het Loket | 1.350 | 1.380 | 1.400 | 1.400 |
| Bovenschoolse voorzieningen (De Brug, Denkwerk, NT2) | 1.120 | 1.140 | 1.150 | 1.150 |
| Groeibekostiging en verevening sbo | 780 | 760 | 740 | 720 |
| Bureau, orthopedagogen en consulenten | 1.050 | 1.070 | 1.090 | 1.100 |
| Onderwijs-zorgarrangement jonge kinderen | 0 | 150 | 220 | 220 |
| Resultaat | 190 | -95 | -250 | -290 |
De begroting laat de eerste jaren een tekort zien. Dit is een bewuste keuze: wij zetten een deel van de reserve in voor het nieuwe onderwijs-zorgarrangement en de uitbreiding van het so.
## 8.4 Reserves en verantwoording
Het weerstandsvermogen bedroeg op 31 december 2025 € 1,4 miljoen. Dit ligt boven de signaleringswaarde; met de geplande tekorten brengen wij de reserve in 2029 terug tot dit niveau. Iedere schoolbestuur verantwoordt vóór 1 maart aan het samenwerkingsverband hoe de schoolbudgetten van het voorgaande jaar zijn besteed, met een vast verantwoordingsformat per school.
# 9 Kwaliteit en ambities
## 9.1 Onze ambities voor 2030
In deze planperiode richten wij ons op vier ambities. Voor iedere ambitie hebben wij vastgelegd wat wij aan het eind van de planperiode willen hebben bereikt.
| Ambitie | Beoogd resultaat in 2030 | Uitgangssituatie 2025 |
| Thuisnabij onderwijs | Deelname aan sbo en so samen ten hoogste 6,0% | 6,1% |
| Geen thuiszitters | Ten hoogste 5 kinderen langer dan drie maanden thuis | 12 |
| Snelle toewijzing | 95% van de TLV-besluiten binnen zes weken | 78% |
| Effectieve arrangementen | 85% van de arrangementen bereikt de gestelde doelen | niet bekend |
## 9.2 Resultaten en monitoring
De monitor waarmee wij deze ambities gaan volgen, is nog in ontwikkeling. Welke bronnen, meetmomenten en rapportages wij daarvoor gebruiken, bepalen wij zodra het nieuwe registratiesysteem beschikbaar is; de verwachting is dat dit per 1 januari 2027 het geval is. Tot dat moment ligt de nadruk op het op orde brengen van de registratie in het Loket.
# 10 Communicatie en samenwerking
## 10.1 Communicatie met scholen en partners
Het samenwerkingsverband communiceert met de aangesloten scholen via een maandelijkse nieuwsbrief voor intern begeleiders en schoolleiders, via het netwerk van intern begeleiders dat vier keer per jaar bijeenkomt, en via het bestuurdersoverleg. Met ketenpartners communiceren wij vooral via de contactpersonen in de lokale teams.
## 10.2 Ouders informeren
Ouders zijn voor ons belangrijke partners. Wij informeren hen op verschillende manieren over de ondersteuning die scholen en het samenwerkingsverband bieden. Op de ouderpagina van onze website staan de tien standaarden van de basisondersteuning, een overzicht van de arrangementen en bovenschoolse voorzieningen en een uitleg van de TLV-procedure. De brochure 'Passend onderwijs in Lindeveld' is verkrijgbaar in het Nederlands, het Engels, het Arabisch en het Pools en ligt op iedere school. Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt. Ieder jaar in oktober organiseren wij een informatieavond voor ouders in twee van de vier gemeenten. Ouders met vragen over de ondersteuning van hun kind kunnen daarnaast bellen met de ouderconsulent van het samenwerkingsverband, op werkdagen tussen 9.00 en 12.00 uur.
## 10.3 Onafhankelijke hulp voor ouders
Soms hebben ouders behoefte aan advies van iemand die niet aan school of samenwerkingsverband verbonden is. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Lindeveld, dat wordt uitgevoerd door een onafhankelijke stichting en dat ouders en kinderen kosteloos informeert, adviseert en zo nodig begeleidt bij gesprekken met school. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten, die landelijk bemiddelen bij problemen rond toelating, verwijzing of thuiszitten. Bij een meningsverschil over toelating, verwijdering of het OPP kunnen ouders terecht bij de Geschillencommissie passend onderwijs. Voor klachten over het samenwerkingsverband zelf geldt onze klachtenregeling, die op de website staat.
# 11 Samenwerking met gemeenten (OOGO)
Het samenwerkingsverband heeft het concept van dit plan op 17 maart 2026 besproken in het op overeenstemming gericht overleg met de wethouders onderwijs en jeugd van de vier gemeenten. De gemeenten hebben ingestemd met het plan. Wij hebben met de gemeenten afspraken gemaakt over de inzet van schoolmaatschappelijk werk, over de thuiszitterstafel, over leerlingenvervoer naar sbo en so en over onderwijshuisvesting. De gemeenten en het samenwerkingsverband financieren samen het onderwijs-zorgarrangement voor jonge kinderen. Daarnaast is met het samenwerkingsverband voortgezet onderwijs overleg gevoerd over de overstap naar het vo.
# 12 Governance en medezeggenschap
Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder, die onder toezicht staat van een raad van toezicht van vijf leden, van wie drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden. De algemene vergadering van besturen stelt de begroting, de jaarrekening en het ondersteuningsplan vast. Het samenwerkingsverband hanteert de Code Goed Bestuur in het primair onderwijs.
De ondersteuningsplanraad bestaat uit twaalf leden, van wie zes ouders en zes personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De raad heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau.
# 13 Personeel en professionalisering
Het bureau van het samenwerkingsverband telt 9,4 fte, bestaande uit de directeur-bestuurder, een beleidsadviseur, een controller, drie orthopedagogen, drie consulenten en een secretaresse. De personeelsleden van de bovenschoolse voorzieningen zijn in dienst van de besturen die deze voorzieningen uitvoeren.
Wij investeren in de deskundigheid van leerkrachten en intern begeleiders. Jaarlijks bieden wij een scholingsaanbod aan met onder meer cursussen over gedrag, taalontwikkeling, hoogbegaafdheid en het schrijven van een OPP. Het netwerk intern begeleiders is een belangrijke plaats voor kennisdeling. Gezien het lerarentekort zoeken wij samen met de besturen naar mogelijkheden om onderwijsassistenten en zij-instromers gericht op te leiden voor het werken met kinderen die extra ondersteuning nodig hebben.
# 14 ICT en privacy
Aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden ingediend via het digitale Loket. Het systeem voldoet aan de eisen van de Algemene verordening gegevensbescherming. Alleen medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. Gegevens over de gezondheid van leerlingen verwerken wij alleen voor zover dat nodig is voor het toewijzen van ondersteuning of het beslissen over toelaatbaarheid. Dossiers worden bewaard tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die gedeeld wordt met twee andere samenwerkingsverbanden.
# 15 Planning 2026–2030
| Schooljaar | Belangrijkste activiteiten |
| 2026–2027 | Stappenplan terugplaatsing; inrichting nieuw registratiesysteem; voorbereiding uitbreiding so cluster 4 |
| 2027–2028 | Start onderwijs-zorgarrangement jonge kinderen; uitbreiding so cluster 4 per 1 augustus 2027 |
| 2028–2029 | Herijking verdeelmodel; tussentijdse bespreking met de ondersteuningsplanraad |
| 2029–2030 | Voorbereiding ondersteuningsplan 2030–2034 |
Het plan wordt uiterlijk 1 mei 2026 aan de Inspectie van het Onderwijs gezonden.
# Bijlage A Begrippenlijst
Arrangement – een afgebakend pakket extra ondersteuning voor een leerling of groep leerlingen.
Basisondersteuning – de ondersteuning die alle scholen in het samenwerkingsverband ten minste bieden.
Dekkend aanbod – de situatie waarin voor ieder kind een passende onderwijsplek beschikbaar is.
Monitoring – het systematisch volgen van resultaten met behulp van vaste indicatoren en meetmomenten, met rapportage aan bestuur en ondersteuningsplanraad.
OJSP – ouder- en jeugdsteunpunt.
OOGO – op overeenstemming gericht overleg met de gemeenten.
OPP – ontwikkelingsperspectief.
TLV – toelaatbaarheidsverklaring.
Terugplaatsing – de overstap van een leerling uit het sbo of so naar het regulier onderwijs; in het laatste jaar van de TLV beoordelen school en ouders of terugplaatsing mogelijk is, waarna het samenwerkingsverband besluit.
Verdeelmodel – de afspraken over de verdeling van de ondersteuningsmiddelen over de schoolbesturen.
"""
P1_HEADER = "Ondersteuningsplan 2026–2030 | SWV PPO Lindeveld | Basisondersteuning – Toelaatbaarheid – Terugplaatsing – Middelen"
P1_FOOTER = "SWV Passend Primair Onderwijs Lindeveld – versie 1.0 – vastgesteld 24 maart 2026"

# ===========================================================================
# Plan 2 - PO, director-bestuurder in the first person, .pdf
# ===========================================================================
P2 = r"""
!title Koers op passend onderwijs
!sub Ondersteuningsplan 2026–2030 van Samenwerkingsverband Passend Onderwijs Heuvelzoom (PO 23-19)
Stichting Samenwerkingsverband Passend Onderwijs Heuvelzoom – primair onderwijs
Instemming ondersteuningsplanraad: 3 maart 2026 · OOGO afgerond: 26 maart 2026 · Vastgesteld door het bestuur: 8 april 2026
!pagebreak
# Inhoud
1 Voorwoord van de directeur-bestuurder
2 Waar we vandaan komen
3 Onze koers
4 Wat scholen bieden
5 Arrangeren en het dekkend netwerk
6 Toelaatbaarheid
7 Wat we bereiken
8 Financieel kader
9 Organisatie en medezeggenschap
10 Mensen, ICT en huisvesting
11 Tot slot
Woordenlijst en afkortingen
!pagebreak
# 1 Voorwoord van de directeur-bestuurder
Toen ik vier jaar geleden begon als directeur-bestuurder van Heuvelzoom, heb ik in mijn eerste maanden alle 38 scholen bezocht. Ik heb gesproken met leerkrachten die elke dag opnieuw zoeken naar de juiste aanpak voor een kind dat vastloopt, met intern begeleiders die hun agenda volhebben met overleggen, met schoolleiders die zich afvragen hoe lang zij het nog volhouden, en met kinderen die mij haarscherp vertelden wat ze nodig hadden. Die gesprekken zijn de basis van dit plan.
Ik wil in dit voorwoord eerlijk zijn. Passend onderwijs is in onze regio nog niet af. We hebben grote stappen gezet: er zijn minder thuiszitters, er is meer expertise in de scholen en de samenwerking met de gemeenten is beter dan ooit. Maar ik zie ook dat we te vaak nog wachten tot het misgaat, dat procedures soms meer tijd kosten dan ze opleveren en dat we als samenwerkingsverband niet altijd goed uitleggen wat we doen. Dat moet beter, en dit plan laat zien hoe we dat willen aanpakken.
Dit plan is geen handboek. Het is een koersdocument. Ik heb bewust gekozen voor een plan op hoofdlijnen, dat ruimte laat voor de scholen om hun eigen keuzes te maken binnen de kaders die we samen stellen. De uitwerking volgt in onze jaarplannen en in een aantal handreikingen die we met de scholen opstellen.
Ik dank de leden van de ondersteuningsplanraad, de schoolbestuurders, de wethouders en mijn collega's van het bureau voor hun inzet. Zonder hen was dit plan er niet geweest.
Marleen Verhoef, directeur-bestuurder
# 2 Waar we vandaan komen
Heuvelzoom is in 2014 ontstaan uit de samenvoeging van twee oude weer-samen-naar-schoolverbanden. In het begin lag de nadruk op het bouwen van de organisatie: statuten, een verdeelmodel, een loket. In de tweede planperiode hebben we de stap gezet van organiseren naar ontwikkelen. We hebben het expertisecentrum opgericht, we hebben de orthopedagogen dichter bij de scholen gebracht en we hebben samen met de gemeenten een thuiszittersaanpak opgezet.
Vandaag tellen we acht schoolbesturen, 33 basisscholen, twee scholen voor speciaal basisonderwijs met samen drie locaties en drie scholen voor speciaal onderwijs. Samen bieden we onderwijs aan ruim 9.600 kinderen in vijf gemeenten. Onze regio is divers: een middelgrote stad met wijken waar veel gezinnen het moeilijk hebben, en een uitgestrekt plattelandsgebied met kleine dorpsscholen, waar het vervoer naar een gespecialiseerde voorziening al snel een uur per dag kost.
Ik ben trots op wat we hebben bereikt, maar ik kijk vooral vooruit. De komende jaren krijgen we te maken met dalende leerlingaantallen op het platteland, een groeiende vraag naar gespecialiseerde plekken in de stad, een aanhoudend lerarentekort en nieuwe wetgeving. Ik noem in het bijzonder de verwachte landelijke norm voor de basisondersteuning en de wet over de positie van ouders en leerlingen, die nieuwe taken met zich mee kan brengen.
# 3 Onze koers
Onze koers laat zich samenvatten in drie woorden: dichtbij, deskundig en duidelijk. Dichtbij betekent dat we ondersteuning zo veel mogelijk in de eigen school organiseren, in de eigen groep, met de eigen leerkracht. Deskundig betekent dat leerkrachten en intern begeleiders kunnen rekenen op expertise wanneer ze die nodig hebben, zonder lange wachttijden en zonder ingewikkelde aanvragen. Duidelijk betekent dat iedereen – scholen, gemeenten, partners – weet wat hij van het samenwerkingsverband kan verwachten.
Ik wil daarbij één ding benadrukken. Passend onderwijs is geen taak van het samenwerkingsverband alleen. Het is een gezamenlijke opdracht van de schoolbesturen, die hun scholen in staat stellen om goed onderwijs te geven aan alle kinderen. Het samenwerkingsverband faciliteert, verbindt en beslist waar de wet dat van ons vraagt. De scholen doen het eigenlijke werk.
Uit deze koers vloeien vijf speerpunten voort, die in de volgende hoofdstukken terugkomen: een sterke basis op iedere school, snel en dichtbij arrangeren, een dekkend netwerk zonder thuiszitters, zorgvuldige toelaatbaarheid en een financieel beleid dat het geld naar de klas brengt.
## 3.1 Wat ik van de besturen vraag
Ik vraag de schoolbesturen om drie dingen. In de eerste plaats dat zij de afspraken in dit plan vertalen naar hun eigen strategisch beleidsplan en schoolplannen, zodat passend onderwijs geen apart circuit is maar onderdeel van de kwaliteitszorg van iedere school. In de tweede plaats dat zij hun intern begeleiders voldoende tijd geven: ik zie te vaak dat de IB-taak wordt uitgehold door invalwerk. In de derde plaats dat zij elkaar aanspreken wanneer een school een kind niet kan of wil plaatsen. De zorgplicht is een gezamenlijke verantwoordelijkheid.
## 3.2 Wat de besturen van mij mogen verwachten
Omgekeerd mogen de besturen van het samenwerkingsverband verwachten dat wij snel en zonder onnodige bureaucratie werken, dat wij onze expertise beschikbaar stellen waar die nodig is en dat wij transparant zijn over onze besluiten en onze uitgaven. Ik heb met de bestuurders afgesproken dat ik iedere aanvraag die langer dan de afgesproken termijn openstaat, persoonlijk bekijk.
## 3.3 Nieuwe wetgeving
De komende planperiode verandert er het nodige in de wet- en regelgeving. De verwachte landelijke norm voor de basisondersteuning kan betekenen dat wij onze eigen afspraken moeten aanpassen. Ook de wet over de positie van ouders en leerlingen zal gevolgen hebben. Ik wil niet op de wetgever wachten, maar evenmin vooruitlopen op besluiten die nog niet zijn genomen. Zodra er duidelijkheid is, passen wij het plan aan, met instemming van de ondersteuningsplanraad.
# 4 Wat scholen bieden
## 4.1 Eén niveau voor alle scholen
Ik vind het belangrijk dat iedere ouder in Heuvelzoom, waar hij ook woont, weet dat de school om de hoek een stevige basis biedt. Daarom hebben de acht besturen afgesproken dat alle 33 basisscholen – en dat geldt voor iedere vestiging – hetzelfde niveau van basisondersteuning bieden. Dat niveau is het minimum: een school kan meer doen, maar niemand zakt eronder.
Wij sluiten daarbij aan bij het landelijke referentiekader. Basisondersteuning omvat vier aspecten: de basiskwaliteit zoals de Inspectie die vaststelt, preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en planmatig werken.
## 4.2 Wat hoort erbij?
Welke voorzieningen, interventies en expertise precies tot de basisondersteuning behoren, is beschreven in onze Kwaliteitskaart Basisondersteuning (bijlage 2 bij dit plan). Die kaart wordt in het voorjaar van 2026 geactualiseerd met de scholen, zodat zij aansluit op de landelijke norm zodra die bekend is.
## 4.3 Kijken of het werkt
Ik ga elk jaar met iedere bestuurder in gesprek over de kwaliteit van de basisondersteuning op zijn scholen. Daarbij gebruiken we de zelfevaluatie van de scholen en de uitkomsten van de schoolbezoeken van onze orthopedagogen. Waar een school achterblijft, maken we samen afspraken over verbetering.
# 5 Arrangeren en het dekkend netwerk
## 5.1 Van basis naar specialistisch
Als de basisondersteuning niet genoeg is, moet de school snel verder kunnen. Ons netwerk van ondersteuning ziet er daarom als volgt uit. Op de eerste plaats staat de basisondersteuning op iedere school. Daarna volgen de arrangementen die de school samen met een consulent van ons Team Toewijzing inzet in de eigen groep: extra handen in de klas, begeleiding door een gedragsspecialist, een aangepast leerprogramma. Op de derde plaats staan onze bovenschoolse voorzieningen: de Eigenwijsklas voor hoogbegaafde kinderen die in de eigen school vastlopen, de observatiegroep Kompas voor jonge kinderen bij wie nog niet duidelijk is wat zij nodig hebben, en de tijdelijke groep Opstap voor kinderen die na een lange periode thuis weer naar school gaan. Op de vierde plaats staan het speciaal basisonderwijs (De Horizon, twee locaties, en De Wegwijzer) en het speciaal onderwijs voor cluster 3 en 4.
Het expertisecentrum van Heuvelzoom verbindt deze lagen. Daar werken onze orthopedagogen, gedragsspecialisten en consulenten samen met ambulant begeleiders van de so-scholen. Scholen kunnen het expertisecentrum rechtstreeks inschakelen.
## 5.2 Een dekkend netwerk
Een netwerk is pas dekkend als er voor ieder kind een plek is. Ik wil niet dat er in Heuvelzoom kinderen thuiszitten omdat volwassenen het niet eens worden. Daarom hebben we samen met de leerplichtambtenaren van de vijf gemeenten een thuiszittersaanpak. Iedere school meldt een kind dat vier weken of langer niet of gedeeltelijk naar school gaat. Het thuiszittersoverleg, waarin het samenwerkingsverband, leerplicht en jeugdhulp zitten, bespreekt ieder kind maandelijks tot er een oplossing is. Lukt het niet, dan neem ik als directeur-bestuurder de regie en spreek ik de betrokken besturen aan.
Op 1 oktober 2025 telden we elf kinderen die langer dan drie maanden thuiszaten. Bij zeven van hen ging het om kinderen met een combinatie van onderwijs- en zorgbehoeften waarvoor in onze regio geen passend aanbod bestond. We hebben daarom twee witte vlekken benoemd: een plek voor jonge kinderen met ernstige meervoudige beperkingen die onderwijs en zorg op één locatie nodig hebben, en een aanbod voor kinderen met angstproblematiek die niet in een grote groep kunnen functioneren. Voor de eerste groep start per augustus 2027 een onderwijs-zorgarrangement in samenwerking met een zorgaanbieder in de stad. Voor de tweede groep breiden we de groep Opstap uit met een tweede locatie per januari 2027. Ieder jaar in mei actualiseren we de analyse van witte vlekken en wachtlijsten.
## 5.3 Samen met de gemeenten
Het netwerk houdt niet op bij de schooldeur. Met de vijf gemeenten hebben we in het OOGO afspraken gemaakt over de jeugdhulp op school, over de inzet van de jeugd- en gezinsteams bij de ondersteuningsteams van de scholen en over de bekostiging van onderwijs-zorgarrangementen. Het OOGO over dit plan is op 26 maart 2026 afgerond.
## 5.4 De overstap naar het voortgezet onderwijs
Een doorgaande lijn houdt niet op in groep 8. Samen met het samenwerkingsverband voortgezet onderwijs hebben we afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsbehoefte. Voor iedere leerling met een ontwikkelingsperspectief vindt vóór 1 april een warme overdracht plaats tussen de basisschool en de school voor voortgezet onderwijs. Leerlingen uit het speciaal basisonderwijs en het speciaal onderwijs krijgen daarbij extra aandacht, omdat de stap naar een grote school voor hen vaak groot is. De samenwerkingsverbanden bespreken ieder jaar in juni hoe de overstap is verlopen.
# 6 Toelaatbaarheid
Sommige kinderen hebben meer nodig dan een reguliere basisschool, ook met arrangementen, kan bieden. Dan kan een plek in het speciaal basisonderwijs of het speciaal onderwijs de beste keuze zijn. Daarvoor is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. Ik vind het belangrijk dat die beslissing zorgvuldig en snel wordt genomen.
De procedure is als volgt. De school waar het kind staat ingeschreven, dient via het digitale loket een aanvraag in bij Team Toewijzing, met het groeidocument en het ontwikkelingsperspectief. Binnen twee weken bespreekt een consulent van Team Toewijzing de aanvraag met de intern begeleider. Daarna brengen twee deskundigen ieder een eigen advies uit: een orthopedagoog of psycholoog van het samenwerkingsverband en, afhankelijk van de situatie, een maatschappelijk werker, een jeugdarts of een kinderpsychiater. Op basis van die adviezen neem ik namens het samenwerkingsverband het besluit, uiterlijk acht weken na ontvangst van de volledige aanvraag. De school ontvangt het besluit schriftelijk.
Een TLV wordt afgegeven voor ten hoogste drie schooljaren. Tegen het besluit kan bezwaar worden gemaakt; het samenwerkingsverband is daarvoor aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.
Welke criteria de deskundigen en ik hanteren bij de vraag of een kind toelaatbaar is, is uitgewerkt in de Handreiking Toelaatbaarheid 2026, die op onze website staat. Die handreiking passen we jaarlijks aan op basis van onze ervaringen.
# 7 Wat we bereiken
## 7.1 Onze doelen voor 2030
Ik wil dat we over vier jaar kunnen laten zien dat dit plan verschil heeft gemaakt voor kinderen die extra ondersteuning nodig hebben. Daarom hebben we per speerpunt een doel geformuleerd dat we kunnen meten.
| Speerpunt | Doel 2030 | Stand 1 oktober 2025 |
| Sterke basis | Alle 33 scholen scoren op de kwaliteitskaart 'op orde' | 27 van de 33 scholen |
| Snel arrangeren | Gemiddelde doorlooptijd aanvraag arrangement maximaal 3 weken | 5,5 weken |
| Geen thuiszitters | Maximaal 3 kinderen langer dan drie maanden thuis | 11 kinderen |
| Thuisnabij | Deelnamepercentage sbo maximaal 2,4% | 2,9% |
| Tevredenheid scholen | Gemiddeld rapportcijfer intern begeleiders minimaal 7,5 | 6,9 |
## 7.2 Hoe we het volgen
Twee keer per jaar, in februari en september, stelt het bureau een dashboard op met de stand van zaken op deze indicatoren. De gegevens komen uit ons registratiesysteem, van DUO (telling 1 oktober), van de leerplichtambtenaren en uit de tevredenheidspeiling onder intern begeleiders die we ieder voorjaar houden. Het dashboard bespreek ik met de raad van toezicht, met de bestuurders en met de ondersteuningsplanraad. In het jaarverslag, dat we jaarlijks vóór 1 juli publiceren, rapporteren we de bereikte resultaten naast de doelen en leggen we verantwoording af over de middelen die we daarvoor hebben ingezet. Halverwege de planperiode, in het voorjaar van 2028, laat ik een onafhankelijke evaluatie uitvoeren, waarna we de doelen zo nodig bijstellen.
## 7.3 Terugblik op de vorige periode
In de vorige planperiode hadden we ons ten doel gesteld het aantal thuiszitters te halveren. Dat is gelukt: van 23 in 2021 naar 11 in 2025. Het deelnamepercentage sbo daalde van 3,3% naar 2,9%, iets minder dan de 2,7% die we hadden beoogd. De doorlooptijd van arrangementen is niet korter geworden, onder meer doordat we in 2023 en 2024 vacatures voor orthopedagogen niet konden vervullen.
# 8 Financieel kader
## 8.1 Het geld naar de klas
Mijn uitgangspunt is eenvoudig: het geld voor passend onderwijs hoort zo dicht mogelijk bij het kind te komen. Daarom verdelen we de middelen volgens een schoolbudgetmodel. 70 procent van de beschikbare middelen gaat rechtstreeks naar de schoolbesturen, naar rato van het aantal leerlingen op de teldatum 1 oktober; voor 2026 komt dat neer op € 128 per leerling. De overige 30 procent is bestemd voor de arrangementen die via Team Toewijzing worden toegekend en voor de bovenschoolse voorzieningen en het expertisecentrum. Arrangementen worden toegekend op basis van de ondersteuningsbehoefte van het kind, zoals vastgelegd in het groeidocument. De verhouding 70/30 wordt elke twee jaar door het bestuur geëvalueerd.
## 8.2 Begroting
De meerjarenbegroting 2026–2030 stellen we vast zodra de definitieve bekostigingsgegevens van DUO en de gevolgen van de nieuwe verevening bekend zijn. Zij wordt in het najaar van 2026 als aanvulling op dit plan aan de ondersteuningsplanraad voorgelegd.
| Begroting op hoofdlijnen | 2026 | 2027 | 2028 | 2029 |
| Schoolbudgetten besturen | p.m. | p.m. | p.m. | p.m. |
| Arrangementen en voorzieningen | p.m. | p.m. | p.m. | p.m. |
| Expertisecentrum en bureau | p.m. | p.m. | p.m. | p.m. |
## 8.3 Reserves
Onze reserves waren in 2021 hoger dan nodig. In overleg met de besturen hebben we die in de afgelopen jaren teruggebracht, onder meer door de oprichting van het expertisecentrum. Eind 2025 ligt de reserve op het niveau van de signaleringswaarde.
# 9 Organisatie en medezeggenschap
Heuvelzoom is een stichting met een bestuur dat bestaat uit één directeur-bestuurder. De raad van toezicht houdt toezicht op het bestuur en bestaat uit vijf leden, van wie twee op voordracht van de schoolbesturen. Het bestuurdersoverleg, waarin de acht schoolbesturen zijn vertegenwoordigd, adviseert mij over alle belangrijke besluiten. In de statuten is een geschillenregeling opgenomen.
De ondersteuningsplanraad heeft op 3 maart 2026 ingestemd met dit plan. Ik ben de raad dankbaar voor de scherpe vragen die hij stelde, onder meer over de begroting. Met de raad heb ik afgesproken dat we jaarlijks in een gezamenlijke bijeenkomst terugkijken op de uitvoering van het plan.
Het bureau en het expertisecentrum hebben samen een eigen medezeggenschapsraad, die advies- en instemmingsbevoegdheden heeft volgens de Wet medezeggenschap op scholen.
# 10 Mensen, ICT en huisvesting
## 10.1 Mensen
In het bureau en het expertisecentrum werken 17 mensen, samen 13,2 fte. Het grootste deel zijn orthopedagogen, gedragsspecialisten en consulenten. We merken dat het steeds moeilijker wordt om orthopedagogen te vinden. Daarom bieden we stageplaatsen aan studenten pedagogiek en investeren we in de doorgroei van eigen medewerkers. Voor leerkrachten en intern begeleiders organiseren we een jaarlijkse studiedag passend onderwijs en een aanbod van korte cursussen.
Ik maak mij zorgen over de werkdruk in de scholen. Leerkrachten geven aan dat de verschillen in hun groepen groter worden en dat zij niet altijd de tijd hebben om ieder kind de aandacht te geven die het nodig heeft. Het samenwerkingsverband kan het lerarentekort niet oplossen, maar wij kunnen wel helpen. Zo hebben we in 2025 een pilot gestart met onderwijsassistenten die een korte opleiding hebben gevolgd in het begeleiden van kinderen met gedragsproblemen. De eerste ervaringen zijn positief; in 2026 breiden we de pilot uit naar tien scholen.
## 10.2 ICT
Alle aanvragen verlopen via één digitaal loket. In 2026 vervangen we het huidige systeem door een nieuw platform, dat ook de gegevens levert voor het dashboard. Bij de keuze van het nieuwe systeem gelden de eisen van de AVG: alleen wie de gegevens nodig heeft, heeft toegang, en dossiers bewaren we niet langer dan drie jaar na het laatste besluit.
## 10.3 Huisvesting
Het bureau en het expertisecentrum zijn sinds 2023 gevestigd in een voormalige basisschool in het centrum van de stad. De groep Opstap en de observatiegroep Kompas zijn gehuisvest in lokalen van twee basisscholen. Voor de tweede locatie van Opstap zijn we in gesprek met de gemeenten.
# 11 Tot slot
Een plan is maar papier. Wat telt, is wat er in de klas gebeurt. Ik nodig iedereen uit om ons aan te spreken als we niet doen wat we hier beloven. Ik zal ieder jaar in het jaarverslag laten zien waar we staan, en ik zal de ondersteuningsplanraad blijven vragen om kritisch mee te kijken.
Hoe wij ouders informeren over passend onderwijs en waar zij terechtkunnen met vragen of zorgen, werken we uit in een communicatieplan dat in het schooljaar 2026–2027 verschijnt.
Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden.
# Woordenlijst en afkortingen
Arrangement – ondersteuning op maat, bovenop de basisondersteuning.
Basisondersteuning – het afgesproken minimum aan ondersteuning op iedere school.
DUO – Dienst Uitvoering Onderwijs.
Groeidocument – document waarin de ondersteuningsbehoefte en de ingezette ondersteuning van een leerling staan.
OJSP – Ouder- en jeugdsteunpunt: een onafhankelijk steunpunt waar ouders terechtkunnen met vragen over passend onderwijs.
OOGO – op overeenstemming gericht overleg.
OPR – ondersteuningsplanraad.
SBO – speciaal basisonderwijs.
SO – speciaal onderwijs.
Terugplaatsing – de terugkeer van een leerling uit het sbo of so naar een reguliere basisschool.
TLV – toelaatbaarheidsverklaring.
"""
P2_HEADER = "Koers op passend onderwijs – Ondersteuningsplan Heuvelzoom 2026–2030"
P2_FOOTER = "SWV Passend Onderwijs Heuvelzoom PO 23-19"

# ===========================================================================
# Plan 3 - VO, committee of school leaders, .docx
# ===========================================================================
P3 = r"""
!title Ondersteuningsplan Samenwerkingsverband VO Drechtmonde 2026–2030
!sub VO 28-14 · Opgesteld door de stuurgroep schoolleiders
Met instemming van de ondersteuningsplanraad (19 februari 2026) en na OOGO met de gemeenten Drechtmonde, Zuidplas-Noord en Veerhaven (5 maart 2026). Vastgesteld door het algemeen bestuur op 12 maart 2026.
!pagebreak
# Inhoud
Voorwoord van de stuurgroep
1 Waarom dit plan
2 Onze regio en onze scholen
3 Ondersteuning op elke school
4 Het ondersteuningscontinuüm en het dekkend aanbod
5 Toewijzing en toelaatbaarheid (vso, lwoo, pro)
6 Wat we willen bereiken en hoe we dat volgen
7 Ouders en leerlingen
8 Over geld
9 Samenwerking met gemeenten en partners
10 Organisatie en medezeggenschap
11 Personeel en deskundigheid
12 Planning
Begrippenlijst
!pagebreak
# Voorwoord van de stuurgroep
Dit ondersteuningsplan is geschreven door ons, de schoolleiders van de twaalf scholen voor voortgezet onderwijs in Drechtmonde en omgeving. Het algemeen bestuur heeft ons in het voorjaar van 2025 gevraagd om als stuurgroep het nieuwe plan voor te bereiden. Wij hebben die opdracht graag aangenomen, omdat wij vinden dat een ondersteuningsplan moet worden geschreven door de mensen die het dagelijks moeten uitvoeren.
Wij hebben het afgelopen jaar elf keer vergaderd. Wij hebben gesproken met ondersteuningscoördinatoren, mentoren, leerlingen, ouders, de leerplichtambtenaren, de jeugdteams en onze collega's van het vso en het praktijkonderwijs. Wij hebben de evaluatie van het vorige plan gelezen en de cijfers van de afgelopen vier jaar besproken. Het resultaat is een plan dat dicht bij de praktijk staat. Het is geen plan van het bureau, maar van de scholen samen.
Wij willen in dit voorwoord ook eerlijk zijn over wat nog niet af is. Niet alles kon in één jaar worden uitgewerkt. Op een aantal punten – de financiële paragraaf en de communicatie met ouders – was meer tijd nodig. Wij geven in het plan steeds aan wat er wanneer volgt.
Namens de stuurgroep, P. de Groot (rector Erasmiaans Lyceum Drechtmonde), S. Yılmaz (directeur Vakcollege Veerhaven), H. van Dijk (directeur Praktijkschool De Driehoek) en K. Meijer (directeur vso De Kade)
# 1 Waarom dit plan
Samenwerkingsverband VO Drechtmonde bestaat sinds 2014. Alle scholen voor voortgezet onderwijs in de drie gemeenten zijn erbij aangesloten, evenals de vso-scholen in het gebied. De wet vraagt ons om iedere vier jaar een ondersteuningsplan vast te stellen, waarin wij beschrijven hoe wij samen zorgen voor passend onderwijs voor alle leerlingen.
Voor ons is het plan meer dan een wettelijke verplichting. Het is ons gezamenlijke antwoord op de vraag hoe wij ervoor zorgen dat iedere leerling in Drechtmonde een diploma of een startkwalificatie haalt, of – als dat niet haalbaar is – zo goed mogelijk wordt voorbereid op werk en een zelfstandig leven. Wij zien dat de ondersteuningsbehoeften van leerlingen veranderen: meer leerlingen met angst- en stemmingsklachten, meer leerlingen die vastlopen in de overgang van het basisonderwijs naar de brugklas, en een groeiende groep leerlingen die naast onderwijs ook zorg nodig heeft.
Dit plan beschrijft wat elke school biedt, welk aanbod er daarnaast is, hoe leerlingen daar toegang toe krijgen, wat wij willen bereiken en hoe wij samenwerken met ouders, leerlingen en partners.
## 1.1 Onze uitgangspunten
Bij het schrijven van dit plan hebben wij ons laten leiden door vier uitgangspunten. Ten eerste: de leerling staat centraal, niet de instelling of de procedure. Ten tweede: ondersteuning wordt zo dicht mogelijk bij de leerling georganiseerd, bij voorkeur in de eigen klas en door de eigen mentor. Ten derde: scholen zijn samen verantwoordelijk voor alle leerlingen in de regio; geen school kan zich terugtrekken op haar eigen populatie. Ten vierde: wat wij afspreken, moet uitvoerbaar zijn in de dagelijkse praktijk van een school, met de mensen en de tijd die er zijn.
Deze uitgangspunten klinken vanzelfsprekend, maar zij hebben consequenties. Zij betekenen bijvoorbeeld dat wij terughoudend zijn met nieuwe procedures en formulieren, en dat wij ervoor kiezen om de expertise van de bovenschoolse voorzieningen vaker in de scholen in te zetten in plaats van leerlingen naar die voorzieningen te verwijzen.
# 2 Onze regio en onze scholen
In het samenwerkingsverband zitten twaalf scholen: vier scholen voor havo en vwo, vijf brede scholengemeenschappen met vmbo, één vakcollege, één school voor praktijkonderwijs en één vso-school met twee locaties. De scholen vallen onder zes besturen. In totaal gaan er op 1 oktober 2025 ruim 11.400 leerlingen naar een van onze scholen.
| Onderwijssoort | Leerlingen 1 oktober 2025 |
| Havo/vwo | 5.120 |
| Vmbo (incl. lwoo) | 5.090 |
| Praktijkonderwijs | 410 |
| Voortgezet speciaal onderwijs | 380 |
| Internationale schakelklas | 160 |
| Overig (OPDC, Rebound) | 60 |
Het leerlingaantal blijft de komende jaren naar verwachting stabiel. De instroom uit het primair onderwijs daalt licht, maar de regio trekt jonge gezinnen aan door nieuwbouw in Veerhaven.
# 3 Ondersteuning op elke school
## 3.1 Een gezamenlijke basis
De twaalf scholen hebben met elkaar afgesproken welke ondersteuning op iedere vestiging van iedere school aanwezig is, ongeacht onderwijssoort of denominatie. Dit noemen wij de basisondersteuning. Zij is het minimum dat een ouder en een leerling op elke school in Drechtmonde mogen verwachten. Scholen mogen meer bieden dan deze basis, maar niet minder.
## 3.2 Wat elke school biedt
- Iedere leerling heeft een mentor, die de ontwikkeling van de leerling volgt en ten minste drie keer per jaar een gesprek heeft met de leerling en zijn ouders.
- Iedere school heeft een ondersteuningscoördinator, die het ondersteuningsteam leidt en aanspreekpunt is voor de mentoren, de ouders en het samenwerkingsverband.
- Iedere school heeft een ondersteuningsteam (zorgadviesteam), waarin de ondersteuningscoördinator, de schoolmaatschappelijk werker, de jeugdarts van de GGD, de leerplichtambtenaar en de jeugdteammedewerker ten minste zes keer per jaar leerlingen bespreken.
- Leerlingen met dyslexie of dyscalculie krijgen faciliteiten volgens een gezamenlijk protocol: extra tijd bij toetsen, vergrote opgaven, gebruik van voorleessoftware en een rekenkaart.
- Iedere school biedt trainingen in faalangstreductie, sociale vaardigheden en examenvrees.
- Iedere school biedt coaching op executieve functies (plannen, organiseren, huiswerk) door een daarvoor opgeleide coach.
- Iedere school heeft een time-outvoorziening met begeleiding, waar een leerling die even niet in de klas kan zijn onder toezicht kan werken.
- Iedere school kan een ontwikkelingsperspectief opstellen en bespreekt dit met de leerling en de ouders.
- Iedere school heeft een protocol voor medisch handelen en voor leerlingen met een chronische ziekte.
- Iedere school heeft een aanpak voor sociale veiligheid, met een anti-pestcoördinator en een vertrouwenspersoon.
## 3.3 Afspraken over kwaliteit
Ieder jaar voeren twee schoolleiders een collegiale visitatie uit op een andere school, waarbij zij nagaan of de basisondersteuning op orde is. De bevindingen worden besproken in de stuurgroep. Een school die op een onderdeel niet voldoet, stelt een verbeterplan op.
# 4 Het ondersteuningscontinuüm en het dekkend aanbod
## 4.1 Vier niveaus
Wij beschrijven de ondersteuning in Drechtmonde als een continuüm van vier niveaus.
| Niveau | Wat | Waar | Wie beslist |
| 1 Basisondersteuning | Zie hoofdstuk 3 | Alle scholen | School |
| 2 Extra ondersteuning in de school | Ondersteuningsklas, steunpunt autisme, lwoo-aanbod, individuele arrangementen | Op de eigen school | School, met budget van het SWV |
| 3 Bovenschoolse voorzieningen | OPDC Het Anker (tijdelijk, max. 1 jaar), Rebound (max. 12 weken), ISK | Twee locaties | Commissie Toewijzing |
| 4 Speciaal | Praktijkonderwijs, vso De Kade (cluster 3 en 4) | Drie locaties | Commissie Toewijzing (TLV) |
Op niveau 2 hebben zeven scholen een ondersteuningsklas of steunpunt, waar leerlingen een deel van de lessen in een kleine groep volgen en de overige lessen in hun eigen klas. Drie scholen hebben een steunpunt autisme. Op niveau 3 biedt OPDC Het Anker een tijdelijke plek aan leerlingen die vastlopen in het regulier onderwijs, met als doel terugkeer naar de eigen of een andere reguliere school. De Rebound is een kortdurende voorziening voor leerlingen die door gedrag tijdelijk niet op school kunnen zijn. De internationale schakelklas is bestemd voor nieuwkomers. Op niveau 4 staan de school voor praktijkonderwijs en het vso.
## 4.2 Van niveau naar niveau
Een leerling gaat alleen naar een volgend niveau als de ondersteuning op het vorige niveau aantoonbaar is ingezet en onvoldoende is gebleken. De ondersteuningscoördinator bespreekt een overstap altijd eerst in het ondersteuningsteam en met de ouders.
## 4.3 Is ons aanbod dekkend?
Of het aanbod in Drechtmonde voor alle leerlingen dekkend is, weten wij op dit moment niet goed genoeg. Wij willen daarom in het eerste planjaar een analyse laten uitvoeren. Het aantal thuiszitters vraagt blijvend onze aandacht; een gezamenlijke aanpak met leerplicht en jeugdhulp wordt nog uitgewerkt.
# 5 Toewijzing en toelaatbaarheid (vso, lwoo, pro)
## 5.1 De Commissie Toewijzing
Het samenwerkingsverband heeft één Commissie Toewijzing, die besluit over toelaatbaarheid tot het vso en het praktijkonderwijs, over de aanwijzing voor leerwegondersteunend onderwijs en over plaatsing in het OPDC. De commissie bestaat uit een voorzitter, een orthopedagoog, een psycholoog en een ondersteuningscoördinator van een school die niet bij de aanvraag betrokken is.
## 5.2 Toelaatbaarheid tot het vso
Het bestuur van de school waar de leerling is ingeschreven, dient de aanvraag in bij de Commissie Toewijzing. De aanvraag bevat het ontwikkelingsperspectief, een verslag van de ingezette ondersteuning op niveau 2 en 3 en de zienswijze van ouders en leerling. De commissie vraagt het advies van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een kinder- en jeugdpsychiater, een maatschappelijk werker of een arts. Beide deskundigen geven een eigen schriftelijk advies. De commissie besluit binnen zes weken. Ouders ontvangen een afschrift van de adviezen.
Een leerling is toelaatbaar tot het vso als de school en, waar van toepassing, het OPDC de ondersteuning op niveau 2 en 3 gedurende ten minste zes maanden planmatig hebben ingezet; als de ondersteuningsbehoefte op meerdere gebieden zo groot is dat de leerling structureel een kleine groep, een aangepast programma en specialistische begeleiding gedurende de gehele schooldag nodig heeft; en als beide deskundigen dit bevestigen. Bij een TLV bepaalt de commissie de bekostigingscategorie (laag, midden of hoog) en de geldigheidsduur, die ten hoogste drie schooljaren bedraagt.
## 5.3 Leerwegondersteunend onderwijs
Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking als hij een IQ heeft tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten minste twee van de vier domeinen (begrijpend lezen, inzichtelijk rekenen, technisch lezen, spelling), waarvan één begrijpend lezen of inzichtelijk rekenen is; of een IQ tussen 91 en 120 met dezelfde leerachterstand en daarnaast sociaal-emotionele problematiek die de ontwikkeling belemmert. De vo-school dient de aanvraag in vóór 1 april van het jaar waarin de leerling instroomt. De aanwijzing geldt voor de duur van de opleiding in het vmbo.
## 5.4 Praktijkonderwijs
Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient de aanvraag in; de commissie besluit binnen vier weken. Een toelaatbaarheidsverklaring voor het praktijkonderwijs is geldig voor de gehele schoolloopbaan.
## 5.5 Bezwaar
Ouders kunnen binnen zes weken bezwaar maken tegen een besluit van de commissie. Het samenwerkingsverband heeft een eigen adviescommissie bezwaarschriften, die bestaat uit drie onafhankelijke leden, onder wie een jurist en een orthopedagoog. Het algemeen bestuur beslist op het bezwaar na advies van deze commissie.
## 5.6 Na de TLV: terug naar het regulier vo
Wij vinden dat een plaatsing in het vso niet automatisch tot het einde van de schoolloopbaan hoeft te duren. Ons beleid is dat iedere vso-leerling voor wie een reguliere school haalbaar is, de kans krijgt om terug te keren, bij voorkeur naar een school in de eigen woonplaats. Een leerling komt in aanmerking voor terugkeer als het OPP laat zien dat hij de doelen van het vso heeft behaald, als hij in staat is om in een reguliere klas te functioneren met hooguit ondersteuning op niveau 2, en als leerling en ouders de stap willen zetten. Een leerling die terugkeert, krijgt een terugkeerarrangement: gedurende ten hoogste één schooljaar begeleidt een ambulant begeleider van OPDC Het Anker de leerling en de mentor op de nieuwe school.
De procedure is als volgt. In het laatste schooljaar van de TLV bespreekt de vso-school vóór 1 februari in het OPP-gesprek met leerling en ouders of terugkeer mogelijk is. Adviseert de vso-school terugkeer, dan neemt de ondersteuningscoördinator van de vso-school contact op met de beoogde reguliere school, die binnen vier weken een kennismakingsgesprek houdt. Vervolgens volgt een proefperiode van zes tot acht weken, waarin de leerling enkele dagen per week de nieuwe school bezoekt. Na de proefperiode beslist de Commissie Toewijzing, op basis van een gezamenlijk verslag van beide scholen, over de overstap per het nieuwe schooljaar. Is terugkeer niet mogelijk, dan vraagt de vso-school vóór 1 mei een nieuwe TLV aan.
# 6 Wat we willen bereiken en hoe we dat volgen
## 6.1 Beoogde resultaten
Wij hebben voor deze planperiode vijf doelen geformuleerd. Ieder doel heeft een meetbare indicator.
| Doel | Indicator | Nulmeting 2024–2025 | Streefwaarde 2029–2030 |
| Meer leerlingen thuisnabij | Deelnamepercentage vso | 3,3% | 3,0% |
| Minder voortijdig schoolverlaten | Aandeel vsv onder leerlingen met een OPP | 4,1% | 2,5% |
| Succesvolle terugkeer | Leerlingen OPDC die binnen een jaar terugkeren naar regulier | 62% | 75% |
| Snelle besluiten | TLV-besluiten binnen zes weken | 81% | 95% |
| Tevreden leerlingen | Rapportcijfer leerlingen met ondersteuning voor hun school | 6,8 | 7,3 |
## 6.2 Hoe we de resultaten volgen
Het bureau levert twee keer per jaar, in november en in mei, een monitor aan de stuurgroep en het algemeen bestuur. De monitor bevat de indicatoren uit de tabel en wordt gevoed met gegevens uit de registratie van de Commissie Toewijzing, de DUO-tellingen, de vsv-cijfers van het Regionaal Meld- en Coördinatiepunt en een jaarlijkse vragenlijst onder leerlingen met een OPP. Iedere school ontvangt daarnaast een eigen schoolrapportage. In juni evalueert de stuurgroep de voortgang en stelt zij zo nodig acties bij. De bereikte resultaten worden gerapporteerd in het jaarverslag en besproken met de ondersteuningsplanraad.
## 6.3 Wat de vorige periode opleverde
In de vorige planperiode is het deelnamepercentage vso gedaald van 3,6% naar 3,3%. Het OPDC heeft 412 leerlingen begeleid, van wie 62% binnen een jaar terugkeerde naar een reguliere school. De doorlooptijd van TLV-aanvragen is verbeterd, maar nog niet op het gewenste niveau.
# 7 Ouders en leerlingen
## 7.1 Samen met ouders
Ouders kennen hun kind het best. Wij betrekken ouders daarom bij iedere stap: bij het opstellen en evalueren van het OPP, bij de bespreking in het ondersteuningsteam en bij een aanvraag voor de Commissie Toewijzing. Ouders zijn vertegenwoordigd in de ondersteuningsplanraad.
## 7.2 Leerlingen aan het woord
Leerlingen hebben het recht om hun mening te geven over hun ontwikkelingsperspectief. Iedere school zorgt ervoor dat de leerling bij het OPP-gesprek aanwezig is en dat zijn mening wordt vastgelegd. In de ondersteuningsplanraad hebben twee leerlingen zitting.
## 7.3 Informatie voor ouders
Hoe wij ouders de komende jaren gaan informeren over het ondersteuningsaanbod, leggen wij vast in een communicatieplan dat in het eerste planjaar wordt opgesteld, samen met de oudergeleding van de ondersteuningsplanraad.
## 7.4 Onafhankelijke ondersteuning
Ouders en leerlingen die er met de school niet uitkomen of die behoefte hebben aan een onafhankelijke gesprekspartner, kunnen terecht bij het Ouder- en Jeugdsteunpunt Drechtmonde. Het steunpunt is ondergebracht bij een onafhankelijke stichting, is telefonisch bereikbaar op werkdagen en houdt iedere woensdagmiddag een inloopspreekuur in de bibliotheek van Drechtmonde. Een medewerker van het steunpunt kan ouders en leerlingen desgewenst vergezellen naar een gesprek op school. Ouders kunnen daarnaast kosteloos een beroep doen op de Onderwijsconsulenten. Geschillen over toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs.
# 8 Over geld
Het samenwerkingsverband ontvangt middelen van het Rijk om de ondersteuning in de regio mogelijk te maken. Het financiële kader voor de planperiode – met de verdeling van de middelen over de besturen, de besteding en de meerjarenbegroting – was bij het vaststellen van dit plan nog niet gereed. Het algemeen bestuur stelt dit kader vóór 1 oktober 2026 vast en legt het als aanvulling op dit plan ter instemming voor aan de ondersteuningsplanraad. Tot die tijd gelden de afspraken uit de begroting 2026.
# 9 Samenwerking met gemeenten en partners
Met de drie gemeenten voeren wij ieder jaar het op overeenstemming gericht overleg. Het OOGO over dit plan vond plaats op 5 maart 2026. Gemeenten en samenwerkingsverband hebben afgesproken om samen te werken aan een betere aansluiting tussen onderwijs en jeugdhulp, onder meer door de jeugdteammedewerker in het ondersteuningsteam van iedere school. Daarnaast zijn afspraken gemaakt over leerlingenvervoer naar het vso en het praktijkonderwijs. Met het samenwerkingsverband primair onderwijs werken wij samen aan een zorgvuldige overstap van groep 8 naar de brugklas. Met het mbo-college in de regio is afgesproken dat leerlingen met een OPP vóór 1 april worden aangemeld, zodat de ondersteuning tijdig kan worden voorbereid.
# 10 Organisatie en medezeggenschap
Het samenwerkingsverband is een vereniging van de zes schoolbesturen. Het algemeen bestuur bestaat uit de bestuurders van de aangesloten besturen en houdt toezicht op het dagelijks bestuur, dat wordt gevormd door de directeur. Het bureau voert de taken van het samenwerkingsverband uit. De stuurgroep schoolleiders adviseert het bestuur over de uitvoering van dit plan en over het jaarplan.
De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De raad heeft op 19 februari 2026 ingestemd met dit plan, met uitzondering van de nog vast te stellen financiële paragraaf.
## 10.1 Privacy en gegevens
De Commissie Toewijzing en het bureau verwerken persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover dat noodzakelijk is voor de besluiten over toelaatbaarheid en lwoo. De gegevens worden opgeslagen in een beveiligde digitale omgeving en worden drie jaar na het laatste besluit vernietigd. Het samenwerkingsverband heeft een privacyreglement en deelt een functionaris gegevensbescherming met twee andere samenwerkingsverbanden.
# 11 Personeel en deskundigheid
Het bureau telt 6,8 fte. Daarnaast werken er bij OPDC Het Anker en de Rebound samen 14 medewerkers, die in dienst zijn van het bestuur dat deze voorzieningen uitvoert. De ondersteuningscoördinatoren van de scholen komen zes keer per jaar bijeen in een netwerk waar zij casuïstiek bespreken en kennis delen. Wij organiseren jaarlijks een conferentie voor mentoren en ondersteuningscoördinatoren. De stuurgroep ziet het als een gezamenlijke opdracht om mentoren beter toe te rusten voor leerlingen met psychische klachten.
Daarom starten wij in het schooljaar 2026–2027 met een gezamenlijke scholing voor mentoren over het herkennen van angst- en stemmingsklachten, die wordt verzorgd door de jeugd-ggz in de regio. Iedere school wijst daarnaast een aandachtsfunctionaris mentale gezondheid aan. Wij merken bovendien dat de werkdruk bij ondersteuningscoördinatoren hoog is: zij combineren de coördinatie van de ondersteuning vaak met lesgevende taken en met de contacten met externe partners. De stuurgroep heeft met de besturen afgesproken dat iedere school voor de ondersteuningscoördinator ten minste 0,4 fte per 500 leerlingen vrijroostert. Ook willen wij het werken in het vso en het praktijkonderwijs aantrekkelijker maken voor jonge leraren, onder meer door hen tijdens hun opleiding stage te laten lopen op een van deze scholen. Tot slot onderzoeken wij of medewerkers van het OPDC vaker ambulant op de reguliere scholen kunnen werken, zodat hun kennis breder wordt gedeeld en leerlingen minder vaak hoeven te worden verwezen.
# 12 Planning
| Schooljaar | Activiteit |
| 2026–2027 | Vaststellen financieel kader; communicatieplan ouders; analyse dekkend aanbod |
| 2027–2028 | Evaluatie steunpunten autisme; uitbreiding ondersteuningsklassen |
| 2028–2029 | Tussenevaluatie plan met ondersteuningsplanraad |
| 2029–2030 | Voorbereiding nieuw ondersteuningsplan |
# Begrippenlijst
Basisondersteuning – het afgesproken niveau van ondersteuning op iedere school.
Dekkend aanbod – een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft.
Lwoo – leerwegondersteunend onderwijs.
Meerjarenbegroting – de begroting van het samenwerkingsverband voor vier jaar.
OJSP – Ouder- en Jeugdsteunpunt.
OPDC – orthopedagogisch-didactisch centrum.
Pro – praktijkonderwijs.
Thuiszitter – een leerplichtige jongere die zonder geldige reden niet naar school gaat.
TLV – toelaatbaarheidsverklaring.
Verdeelmodel – de manier waarop het samenwerkingsverband de middelen over de besturen verdeelt.
"""
P3_HEADER = "SWV VO Drechtmonde – Ondersteuningsplan 2026–2030"
P3_FOOTER = "Stuurgroep schoolleiders – vastgesteld 12 maart 2026"

# ===========================================================================
# Plan 4 - VO, policy adviser, .pdf
# ===========================================================================
P4 = r"""
!title Ondersteuningsplan 2026–2030
!sub Samenwerkingsverband Voortgezet Onderwijs Oostmark (VO 24-06)
Beleidsplan passend onderwijs voor de gemeenten Oostmark, Brederveld, Holsterhoek en Ravenswoud
Status: definitief · Instemming ondersteuningsplanraad 4 maart 2026 · OOGO 11 maart 2026 · Vaststelling algemene ledenvergadering 25 maart 2026
Auteur: drs. L. Hendriks, beleidsadviseur passend onderwijs
!pagebreak
# Inhoudsopgave
Samenvatting
1 Inleiding
2 Context en kengetallen
3 Basis- en extra ondersteuning
4 Het dekkend netwerk
5 Toewijzing: vso, lwoo en praktijkonderwijs
6 Terugplaatsing en overstap
7 Financieel beleid
8 Resultaten en kwaliteitszorg
9 Ouders en leerlingen
10 Samenwerking met gemeenten en jeugdhulp
11 Bestuur en organisatie
12 Medezeggenschap
13 Personeel
14 Informatievoorziening en privacy
15 Uitvoeringsagenda
Bijlage: Begrippenlijst
!pagebreak
# Samenvatting
Dit ondersteuningsplan beschrijft het beleid van Samenwerkingsverband Voortgezet Onderwijs Oostmark voor de schooljaren 2026–2027 tot en met 2029–2030. Het plan bouwt voort op het vorige plan en op de tussentijdse evaluatie die in 2024 is uitgevoerd. De belangrijkste wijzigingen ten opzichte van het vorige plan zijn: de uitbreiding van het netwerk met een voorziening voor prikkelgevoelige havo- en vwo-leerlingen, een vereenvoudigd verdeelmodel waarin een groter deel van de middelen rechtstreeks naar de besturen gaat, een vaste procedure voor terugplaatsing vanuit het vso, en de oprichting van een onafhankelijk ouder- en jeugdsteunpunt.
Het plan is opgesteld door het bureau van het samenwerkingsverband, in nauwe samenwerking met een klankbordgroep van bestuurders, ondersteuningscoördinatoren en leden van de ondersteuningsplanraad. Het is tot stand gekomen in een periode waarin het onderwijs in onze regio onder druk staat door het lerarentekort, een toename van leerlingen met psychische klachten en de lange wachtlijsten in de jeugd-ggz. Het plan kiest daarom voor focus: minder nieuwe ambities, meer aandacht voor de uitvoering van wat al is afgesproken.
# 1 Inleiding
## 1.1 Wettelijk kader
Het samenwerkingsverband is opgericht op grond van de Wet op het voortgezet onderwijs (thans Wet voortgezet onderwijs 2020). De wet verplicht het samenwerkingsverband om ten minste eenmaal per vier jaar een ondersteuningsplan vast te stellen. Het plan wordt vóór vaststelling besproken met de gemeenten in het op overeenstemming gericht overleg en behoeft de instemming van de ondersteuningsplanraad. Het vastgestelde plan wordt vóór 1 mei 2026 toegezonden aan de Inspectie van het Onderwijs.
## 1.2 Missie en visie
Het samenwerkingsverband heeft als missie dat iedere jongere in de regio onderwijs volgt dat aansluit bij zijn mogelijkheden en dat leidt tot een passend diploma, een passende vervolgopleiding of passend werk. Wij gaan daarbij uit van de gedachte dat regulier onderwijs de norm is en gespecialiseerd onderwijs een middel, dat waar mogelijk tijdelijk wordt ingezet. De school is de eerste verantwoordelijke voor de ondersteuning van leerlingen; het samenwerkingsverband vult aan, verbindt en beslist waar de wet dat voorschrijft.
## 1.3 Wat de wet van het plan vraagt
Volgens de wet bevat een ondersteuningsplan in ieder geval een beschrijving van de wijze waarop het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de basisondersteuning op alle vestigingen; de procedure en criteria voor de verdeling en besteding van de middelen, mede in het licht van een meerjarenbegroting; de procedure en criteria voor toelaatbaarheid tot het vso en het praktijkonderwijs en voor de aanwijzing lwoo; de procedure en het beleid voor terugplaatsing of overplaatsing naar het voortgezet onderwijs; de beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over de mogelijkheden van onafhankelijke ondersteuning. Dit plan volgt die indeling zoveel mogelijk.
## 1.4 Totstandkoming
Het plan is voorbereid in vijf bijeenkomsten van de klankbordgroep tussen april en november 2025. Het concept is in december 2025 voorgelegd aan de besturen, de ondersteuningsplanraad en de gemeenten. De reacties zijn verwerkt in de definitieve versie. Een verslag van de consultatie is op te vragen bij het bureau.
# 2 Context en kengetallen
Het samenwerkingsverband omvat vier gemeenten in het oosten van het land. Bij het samenwerkingsverband zijn zeven schoolbesturen aangesloten met samen veertien scholen voor voortgezet onderwijs, waarvan twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal onderwijs.
| Schoolsoort | Aantal scholen | Leerlingen 1 oktober 2025 |
| Havo/vwo en brede scholengemeenschappen | 6 | 7.840 |
| Vmbo (waarvan zes met lwoo) | 3 | 2.960 |
| Praktijkonderwijs | 2 | 486 |
| Voortgezet speciaal onderwijs | 3 | 612 |
| Totaal | 14 | 11.898 |
Het leerlingaantal daalt naar verwachting met ongeveer 6 procent tot 2030. De krimp is het sterkst in Holsterhoek en Ravenswoud, waar de scholen samenwerken om een volledig aanbod aan onderwijssoorten in stand te houden.
# 3 Basis- en extra ondersteuning
## 3.1 Basisondersteuning
De invulling van de basisondersteuning is de verantwoordelijkheid van de scholen en staat beschreven in hun schoolondersteuningsprofielen, die op de websites van de scholen te vinden zijn. Een gezamenlijk referentiekader voor de basisondersteuning stellen wij in het schooljaar 2026–2027 op, met de verwachte landelijke norm als vertrekpunt.
## 3.2 Extra ondersteuning
Wanneer een leerling meer nodig heeft dan de school in de basis biedt, spreken wij van extra ondersteuning. Extra ondersteuning wordt in de eerste plaats op de eigen school georganiseerd, in de vorm van een arrangement. Een arrangement is een afspraak over de inzet van extra begeleiding, aanpassingen in het programma of specialistische expertise voor een leerling of een groep leerlingen, voor een bepaalde periode en met een vastgesteld doel. Alle scholen ontvangen daarvoor een budget van het samenwerkingsverband (zie hoofdstuk 7).
Iedere school heeft een of meer vormen van extra ondersteuning ingericht. Zes scholen bieden leerwegondersteunend onderwijs in kleine klassen. Vijf scholen hebben een trajectvoorziening, waar leerlingen tijdelijk een deel van hun lessen in een kleine groep volgen. Twee scholen hebben een steunpunt voor leerlingen met een autismespectrumstoornis. Eén school heeft een plusprogramma voor hoogbegaafde leerlingen met een ondersteuningsbehoefte.
# 4 Het dekkend netwerk
## 4.1 Het netwerk van voorzieningen
Het samenwerkingsverband streeft naar een dekkend netwerk, waarin voor iedere leerling een passende plek beschikbaar is. Het netwerk bestaat uit vier lagen: de ondersteuning in de school, de extra ondersteuning in de vorm van arrangementen en trajectvoorzieningen, de bovenschoolse voorzieningen van het samenwerkingsverband en het gespecialiseerd onderwijs.
| Laag | Voorziening | Capaciteit | Doelgroep |
| Extra in de school | Trajectvoorzieningen (5 scholen), steunpunten autisme (2 scholen), lwoo (6 scholen) | ca. 900 leerlingen | Leerlingen met een tijdelijke of blijvende extra ondersteuningsbehoefte |
| Bovenschools | OPDC De Overstap | 45 plaatsen | Leerlingen die tijdelijk (max. 1 jaar) niet in het regulier onderwijs kunnen functioneren |
| Bovenschools | Rebound Oostmark | 16 plaatsen | Leerlingen met gedragsproblemen, max. 13 weken |
| Bovenschools | Internationale schakelklas | 120 plaatsen | Nieuwkomers |
| Gespecialiseerd | Praktijkonderwijs (2 scholen) | 486 leerlingen | Leerlingen met een TLV pro |
| Gespecialiseerd | Vso cluster 3 en 4 (3 scholen) | 612 leerlingen | Leerlingen met een TLV vso |
Leerlingen en scholen vinden de weg in dit netwerk via het ondersteuningsloket van het samenwerkingsverband. Iedere school heeft een vaste trajectbegeleider van het samenwerkingsverband, die meedenkt in het ondersteuningsteam van de school en de school helpt bij het vinden van de juiste plek. Het bestuur waar een leerling is aangemeld, houdt de zorgplicht tot een passende plek is gevonden; de trajectbegeleider bewaakt dat een aanmelding binnen de wettelijke termijn van zes weken, met ten hoogste vier weken verlenging, tot een aanbod leidt.
## 4.2 Witte vlekken en wachtlijsten
Ieder jaar in maart voert het bureau een dekkingsanalyse uit. Daarin worden alle leerlingen betrokken voor wie in het afgelopen jaar binnen de regio geen passend aanbod kon worden gevonden, alle leerlingen die langer dan vier weken thuiszaten, en de wachtlijsten van het OPDC, de Rebound en het vso. De analyse wordt besproken in het bestuur, in de ondersteuningsplanraad en met de gemeenten, en leidt tot afspraken over uitbreiding of aanpassing van het aanbod.
De dekkingsanalyse van maart 2025 liet zien dat er in de regio geen passend aanbod is voor havo- en vwo-leerlingen met een autismespectrumstoornis en ernstige prikkelgevoeligheid, die in een reguliere klas niet kunnen functioneren maar cognitief op havo- of vwo-niveau presteren. Een deel van deze leerlingen ging naar het vso, een ander deel zat thuis. Het samenwerkingsverband richt daarom per 1 augustus 2027 samen met het Oostmark College de voorziening Havo+ Prikkelarm in, met plaats voor 24 leerlingen. Daarnaast werd een wachtlijst van gemiddeld zes weken voor het OPDC geconstateerd; de capaciteit is per 1 januari 2026 uitgebreid van 36 naar 45 plaatsen.
## 4.3 Thuiszitters
Thuiszitters worden maandelijks besproken in het Thuiszittersoverleg Oostmark, waarin het samenwerkingsverband, de leerplichtambtenaren, de jeugdteams en de betrokken scholen zitting hebben. Voor iedere thuiszitter wordt een casusregisseur aangewezen, die binnen twee weken een plan opstelt met de leerling, de ouders en de school. Wanneer een oplossing uitblijft, kan de casusregisseur opschalen naar de directeur van het samenwerkingsverband, die in overleg met de betrokken besturen een plek afdwingt.
# 5 Toewijzing: vso, lwoo en praktijkonderwijs
## 5.1 Werkwijze
De wijze waarop scholen een aanvraag voor een toelaatbaarheidsverklaring of een aanwijzing lwoo indienen, de termijnen die daarbij gelden en de samenstelling van de commissie die besluit, zijn beschreven in de Handleiding Toewijzing, die wij via het digitale ondersteuningsloket beschikbaar stellen. De handleiding wordt in het najaar van 2026 geactualiseerd.
## 5.2 Criteria
Het samenwerkingsverband hanteert de volgende criteria.
| Voorziening | Een leerling is toelaatbaar als … |
| Vso cluster 3 | er sprake is van een verstandelijke beperking (IQ lager dan 55 tot 70 in combinatie met beperkte zelfredzaamheid), een lichamelijke beperking of een langdurige ziekte, waardoor de leerling structureel is aangewezen op een specialistische onderwijsomgeving met kleine groepen en zorg gedurende de schooldag |
| Vso cluster 4 | er sprake is van ernstige gedrags- of psychiatrische problematiek die het functioneren op school langdurig belemmert, de school en het OPDC de extra ondersteuning ten minste zes maanden planmatig hebben ingezet zonder voldoende resultaat, en er een structurele behoefte is aan een kleine groep met een orthopedagogische aanpak |
| Praktijkonderwijs | het IQ tussen 55 en 80 ligt en er een leerachterstand is van drie jaar of meer op ten minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria) |
| Lwoo | het IQ tussen 75 en 90 ligt met een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of het IQ tussen 91 en 120 ligt met die leerachterstand én sociaal-emotionele problematiek (landelijke criteria) |
Bij een TLV voor het vso wordt de bekostigingscategorie laag, midden of hoog vastgesteld op basis van de ondersteuningsbehoefte. Een TLV voor het praktijkonderwijs geldt voor de gehele schoolloopbaan.
# 6 Terugplaatsing en overstap
Leerlingen in het vso die na afloop van hun TLV naar het regulier voortgezet onderwijs kunnen, doorlopen de volgende stappen.
- Stap 1. Uiterlijk op 1 december van het laatste schooljaar van de TLV bespreekt de vso-school in het OPP-overleg met leerling en ouders of een overstap naar het regulier onderwijs aan de orde is.
- Stap 2. Is dat het geval, dan meldt de vso-school de leerling vóór 1 februari aan bij het ondersteuningsloket, met het OPP en een advies over de beoogde school en de benodigde ondersteuning.
- Stap 3. De trajectbegeleider van het samenwerkingsverband organiseert binnen drie weken een overdrachtsgesprek tussen de vso-school, de ontvangende school, de leerling en de ouders.
- Stap 4. De ontvangende school besluit over toelating en stelt vóór 1 juni een ondersteuningsplan voor de leerling op.
- Stap 5. Is een overstap niet mogelijk, dan vraagt de vso-school vóór 1 mei een nieuwe TLV aan.
Welke uitgangspunten en voorwaarden het samenwerkingsverband hanteert bij terugplaatsing en overplaatsing, en welke ondersteuning een leerling na de overstap kan verwachten, wordt uitgewerkt in een beleidskader terugplaatsing dat in 2027 aan het bestuur wordt voorgelegd.
# 7 Financieel beleid
## 7.1 Uitgangspunten
Het financieel beleid is erop gericht de middelen zo veel mogelijk in te zetten voor de ondersteuning van leerlingen, transparant te verdelen en verantwoord te besteden. Het samenwerkingsverband houdt een weerstandsvermogen aan dat past bij de risico's.
## 7.2 Verdeelmodel
| Onderdeel | Verdeelsleutel | Ontvanger | Bedrag 2026 |
| Lichte ondersteuning | € 112 per leerling (teldatum 1 oktober) | Schoolbesturen | € 1.188.000 |
| Vaste voet | € 25.000 per vestiging | Schoolbesturen | € 350.000 |
| Lwoo | € 3.580 per lwoo-leerling | Schoolbesturen met lwoo | € 3.930.000 |
| Praktijkonderwijs | Doorbetaling bekostiging pro per leerling | Scholen voor pro | € 2.810.000 |
| Trajectvoorzieningen | € 60.000 per erkende voorziening | Schoolbesturen | € 300.000 |
| Bovenschoolse voorzieningen | Begroting per voorziening | Uitvoerend bestuur | € 1.460.000 |
| Vso | Afdracht via DUO | Vso-scholen | € 7.920.000 |
De verdeelsleutels worden jaarlijks door het algemeen bestuur vastgesteld bij de begroting, op voorstel van de directeur. Wijzigingen in de verdeelsleutels worden vooraf voorgelegd aan de ondersteuningsplanraad.
## 7.3 Meerjarenbegroting
| Bedragen x € 1.000 | 2026 | 2027 | 2028 | 2029 |
| Baten rijksbijdragen | 18.640 | 18.310 | 18.020 | 17.760 |
| Afdracht vso (DUO) | 7.920 | 7.860 | 7.800 | 7.750 |
| Doorbetaling pro en lwoo | 6.740 | 6.610 | 6.490 | 6.380 |
| Middelen schoolbesturen (lichte ondersteuning, vaste voet, trajectvoorzieningen) | 1.838 | 1.810 | 1.790 | 1.770 |
| Bovenschoolse voorzieningen | 1.460 | 1.520 | 1.680 | 1.690 |
| Havo+ Prikkelarm | 0 | 90 | 260 | 260 |
| Bureau en trajectbegeleiding | 740 | 755 | 770 | 785 |
| Saldo | -58 | -335 | -770 | -875 |
De negatieve saldi worden gedekt uit de algemene reserve, die op 31 december 2025 € 3,1 miljoen bedroeg. Aan het einde van de planperiode ligt de reserve op het niveau van de signaleringswaarde.
## 7.4 Verantwoording
Schoolbesturen verantwoorden jaarlijks vóór 1 april aan het samenwerkingsverband hoe zij de ontvangen middelen hebben ingezet, per school en per voorziening. Het bureau bundelt deze verantwoordingen in een rapportage voor het bestuur en de ondersteuningsplanraad.
# 8 Resultaten en kwaliteitszorg
Het samenwerkingsverband werkt aan een nieuw kwaliteitskader. De beoogde resultaten voor deze planperiode en de wijze waarop wij die resultaten meten en volgen, worden uitgewerkt in het jaarplan 2026–2027 en na instemming van de ondersteuningsplanraad aan dit plan toegevoegd.
# 9 Ouders en leerlingen
## 9.1 Informatie voor ouders
Ouders moeten gemakkelijk kunnen vinden welke ondersteuning er in de regio is en hoe zij die voor hun kind kunnen krijgen. Het samenwerkingsverband informeert ouders daarom langs verschillende wegen. Op de website staat een ouderpagina met een overzicht van alle voorzieningen uit hoofdstuk 4, de ondersteuning die de afzonderlijke scholen bieden en een uitleg van de toewijzingsprocedures. In het voorjaar organiseren wij in iedere gemeente een informatieavond voor ouders van leerlingen in groep 7 en 8 die extra ondersteuning nodig hebben, samen met het samenwerkingsverband primair onderwijs. Daarnaast verschijnt ieder jaar in september een oudergids 'Passend onderwijs in Oostmark', die via de scholen wordt verspreid en in vereenvoudigde taal beschikbaar is. Ouders kunnen met vragen terecht bij het ondersteuningsloket, dat op werkdagen telefonisch en per e-mail bereikbaar is.
## 9.2 Onafhankelijke ondersteuning
Sinds 1 januari 2026 is er een Ouder- en Jeugdsteunpunt Oostmark. Het steunpunt is onafhankelijk van de scholen en het samenwerkingsverband; het wordt uitgevoerd door een stichting voor cliëntondersteuning. Ouders en jongeren kunnen er terecht met vragen, voor advies en voor begeleiding bij gesprekken met de school of het samenwerkingsverband. Het steunpunt brengt twee keer per jaar de signalen die het ontvangt onder de aandacht van het bestuur. Daarnaast kunnen ouders gebruikmaken van de Onderwijsconsulenten en van het landelijk informatiepunt Ouders & Onderwijs.
## 9.3 Bezwaar en geschillen
Tegen een besluit over een toelaatbaarheidsverklaring kunnen ouders bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. Voor geschillen over toelating, verwijdering en het OPP is de Geschillencommissie passend onderwijs bevoegd.
# 10 Samenwerking met gemeenten en jeugdhulp
Het samenwerkingsverband werkt nauw samen met de vier gemeenten. In het OOGO van 11 maart 2026 hebben samenwerkingsverband en gemeenten ingestemd met het concept van dit plan en met de gezamenlijke agenda onderwijs en jeugd. Die agenda bevat afspraken over de inzet van jeugdteammedewerkers op de scholen, over onderwijs-zorgarrangementen voor leerlingen die naast onderwijs intensieve zorg nodig hebben, over het thuiszittersoverleg en over leerlingenvervoer. Met het samenwerkingsverband primair onderwijs zijn afspraken gemaakt over de overdracht van leerlingen met een ondersteuningsbehoefte.
## 10.1 Aansluiting op mbo en arbeidsmarkt
Het samenwerkingsverband werkt samen met de twee mbo-instellingen in de regio aan een goede overgang voor leerlingen met een ondersteuningsbehoefte. Leerlingen uit het vso en het praktijkonderwijs met een uitstroomprofiel arbeidsmarkt worden begeleid door een jobcoach van hun school. Met de gemeenten en het werkgeversservicepunt zijn afspraken gemaakt over de begeleiding van deze jongeren naar werk. Het samenwerkingsverband neemt deel aan het regionale overleg over voortijdig schoolverlaten.
## 10.2 Nieuwkomers
De internationale schakelklas in Oostmark biedt onderwijs aan jongeren die korter dan twee jaar in Nederland zijn. De ISK werkt samen met de gemeenten aan de huisvesting en het vervoer van leerlingen uit de azc's in de regio. Na de ISK stromen de leerlingen door naar het regulier voortgezet onderwijs, het mbo of het praktijkonderwijs.
## 10.3 Samenwerking met het primair onderwijs
Met het samenwerkingsverband primair onderwijs in de regio vindt ieder jaar overleg plaats over dit plan en over de overstap van groep 8 naar de brugklas. Het overleg over dit ondersteuningsplan vond plaats op 20 januari 2026.
# 11 Bestuur en organisatie
Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de bestuurders van de zeven aangesloten besturen. Het bestuur bestaat uit een onafhankelijk voorzitter en vier leden en wordt ondersteund door de directeur, die leiding geeft aan het bureau. Het bestuur heeft een auditcommissie, die de begroting, de jaarrekening en de risicoparagraaf voorbereidt. Het samenwerkingsverband onderschrijft de code goed bestuur van de VO-raad.
# 12 Medezeggenschap
De ondersteuningsplanraad bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De raad heeft op 4 maart 2026 ingestemd met dit plan. Met de raad is afgesproken dat hij vooraf wordt betrokken bij de voorbereiding van ieder jaarplan.
# 13 Personeel
Het bureau telt 8,1 fte: de directeur, een beleidsadviseur, een controller, vier trajectbegeleiders en een medewerker van het ondersteuningsloket. De medewerkers van het OPDC en de Rebound zijn in dienst van de besturen die deze voorzieningen uitvoeren. Het samenwerkingsverband investeert in professionalisering van ondersteuningscoördinatoren en mentoren, onder meer via een jaarlijkse leergang en een netwerk van ondersteuningscoördinatoren dat vijf keer per jaar bijeenkomt.
# 14 Informatievoorziening en privacy
Aanvragen worden ingediend en verwerkt in het digitale ondersteuningsloket. Het samenwerkingsverband verwerkt alleen persoonsgegevens die nodig zijn voor de toewijzing van ondersteuning en de besluiten over toelaatbaarheid. Gegevens over gezondheid worden alleen verwerkt voor zover de wet dat toestaat. Dossiers worden drie jaar na het laatste besluit vernietigd. Het samenwerkingsverband heeft een privacyreglement en een functionaris gegevensbescherming.
# 15 Uitvoeringsagenda
| Schooljaar | Activiteit |
| 2026–2027 | Referentiekader basisondersteuning; actualisering Handleiding Toewijzing; jaarplan met kwaliteitskader |
| 2027–2028 | Start Havo+ Prikkelarm; beleidskader terugplaatsing |
| 2028–2029 | Evaluatie verdeelmodel |
| 2029–2030 | Voorbereiding ondersteuningsplan 2030–2034 |
# Bijlage: Begrippenlijst
Basisondersteuning – het door het samenwerkingsverband afgesproken niveau van ondersteuning dat iedere school ten minste biedt, zoals begeleiding door de mentor, een dyslexieprotocol en een ondersteuningscoördinator.
Beoogde resultaten – de doelen die het samenwerkingsverband zich stelt voor leerlingen die extra ondersteuning nodig hebben.
Lwoo – leerwegondersteunend onderwijs.
OPDC – orthopedagogisch-didactisch centrum.
Pro – praktijkonderwijs.
TLV – toelaatbaarheidsverklaring.
Terugplaatsingsbeleid – het beleid van het samenwerkingsverband over de terugkeer van leerlingen uit het vso naar het regulier onderwijs.
Vso – voortgezet speciaal onderwijs.
"""
P4_HEADER = "SWV VO Oostmark – Ondersteuningsplan 2026–2030"
P4_FOOTER = "Definitief – vastgesteld 25 maart 2026"

# ===========================================================================
# Plan 5 - PO, web version written by the bureau, .html
# ===========================================================================
P5 = r"""
!title Ondersteuningsplan 2026–2030 – webversie
!sub Samenwerkingsverband Passend Onderwijs Zilverdal (PO 30-02)
Deze webversie bevat de volledige tekst van het ondersteuningsplan zoals vastgesteld door het bestuur op 2 april 2026. De ondersteuningsplanraad stemde in op 17 maart 2026; het OOGO met de gemeenten werd afgerond op 24 maart 2026.
# Inhoud
- Voorwoord
- Wat staat er in dit plan?
- Hoe is dit plan tot stand gekomen?
- Over Zilverdal
- Onze visie
- Wat kunt u van iedere school verwachten? (basisondersteuning)
- Toelaatbaarheid
- Terug naar de basisschool
- Financiën
- Resultaten en kwaliteit
- Ouders
- Gemeenten en OOGO
- Organisatie en medezeggenschap
- Personeel en professionalisering
- Communicatie met scholen
- ICT en privacy
- Veelgestelde vragen
- Planning
- Begrippenlijst
# Voorwoord
Welkom bij de webversie van het ondersteuningsplan 2026–2030 van Samenwerkingsverband Passend Onderwijs Zilverdal. Wij hebben ervoor gekozen het plan ook als webtekst te publiceren, zodat ouders, leerkrachten en partners het gemakkelijk kunnen lezen op hun telefoon of tablet. De tekst is dezelfde als die van het vastgestelde plan; alleen de opmaak is anders.
Het plan is tot stand gekomen in een jaar waarin wij veel gesprekken hebben gevoerd: met de schoolbesturen, met directeuren en intern begeleiders, met de ondersteuningsplanraad, met ouders in drie ouderavonden en met de gemeenten. Wij hebben geprobeerd om in dit plan op te schrijven wat wij samen hebben afgesproken, in woorden die iedereen begrijpt. Het plan is een plan op hoofdlijnen. Veel praktische informatie – over arrangementen, aanvraagformulieren en contactpersonen – vindt u niet in dit plan, maar in de Ondersteuningsgids op onze website. Die gids houden wij actueel, zodat u altijd de meest recente informatie heeft.
Wij danken iedereen die heeft meegedacht. In het bijzonder danken wij de ouders die op de ouderavonden hun ervaringen met ons hebben gedeeld. Hun verhalen hebben ons geholpen om scherper te formuleren wat er beter moet.
Het bestuur van Samenwerkingsverband Passend Onderwijs Zilverdal
# Wat staat er in dit plan?
De wet schrijft voor wat een ondersteuningsplan moet bevatten. Het plan beschrijft onder meer de basisondersteuning die alle scholen bieden, het samenhangende geheel van ondersteuningsvoorzieningen in de regio, hoe de middelen worden verdeeld en besteed, hoe kinderen toelaatbaar worden verklaard tot het speciaal basisonderwijs en het speciaal onderwijs, hoe terugplaatsing naar het basisonderwijs verloopt, welke resultaten worden beoogd en bereikt, en hoe ouders worden geïnformeerd en waar zij onafhankelijke ondersteuning kunnen vinden. Daarnaast beschrijft het plan hoe het samenwerkingsverband is georganiseerd.
Een ondersteuningsplan wordt voor vier jaar vastgesteld. Voordat het bestuur het plan vaststelt, moet de ondersteuningsplanraad instemmen en moet het plan worden besproken met de gemeenten. Het vastgestelde plan wordt vóór 1 mei naar de Inspectie van het Onderwijs gestuurd.
# Hoe is dit plan tot stand gekomen?
In het voorjaar van 2025 zijn wij begonnen met een evaluatie van het vorige plan. Wij hebben daarvoor gesprekken gevoerd met alle schoolbesturen en een vragenlijst uitgezet onder directeuren en intern begeleiders. Ruim tachtig procent van de scholen heeft de vragenlijst ingevuld. Uit de evaluatie kwam naar voren dat scholen de samenwerking met het bureau waarderen, maar dat zij de procedures soms ingewikkeld vinden.
In de zomer van 2025 heeft een schrijfgroep, bestaande uit twee bestuurders, drie directeuren, twee intern begeleiders en twee medewerkers van het bureau, een eerste opzet gemaakt. Die opzet is in september en oktober besproken in het directeurenoverleg, in het netwerk van intern begeleiders en op drie ouderavonden. In november lag er een concept, dat in december en januari is besproken met de ondersteuningsplanraad. De raad heeft een aantal wijzigingen voorgesteld, onder meer over de leesbaarheid van het plan voor ouders. Die wijzigingen zijn verwerkt. Op 17 maart 2026 heeft de raad ingestemd.
# Over Zilverdal
Samenwerkingsverband Passend Onderwijs Zilverdal is het samenwerkingsverband van alle scholen voor primair onderwijs in de gemeenten Zilverdal, Meerkerk-Oost en Blankenveen. Er zijn negen schoolbesturen aangesloten, met samen 29 basisscholen, één school voor speciaal basisonderwijs met twee locaties en één school voor speciaal onderwijs voor cluster 3 en 4. Op 1 oktober 2025 gingen er 7.480 kinderen naar een van deze scholen.
| Kengetal | 2023 | 2024 | 2025 |
| Leerlingen basisonderwijs | 7.010 | 6.960 | 6.910 |
| Leerlingen sbo | 318 | 322 | 331 |
| Leerlingen so | 221 | 230 | 239 |
| Afgegeven TLV's | 81 | 86 | 74 |
Het samenwerkingsverband is een stichting met een bureau in Zilverdal, waar twaalf medewerkers werken. Het bureau ondersteunt de scholen, neemt besluiten over toelaatbaarheid en beheert de middelen voor passend onderwijs.
# Onze visie
Ieder kind is welkom. Dat is het uitgangspunt van alle scholen in Zilverdal. Wij geloven dat kinderen leren van elkaar, ook – en misschien juist – als ze verschillen. Wij geloven in leerkrachten die het verschil maken, in scholen die samenwerken en in ouders die samen met de school optrekken. Wij kijken naar wat een kind nodig heeft en niet naar wat een kind mankeert.
Die uitgangspunten zijn gemakkelijk op te schrijven, maar niet altijd gemakkelijk waar te maken. Leerkrachten staan voor groepen waarin de verschillen tussen kinderen groot zijn. Intern begeleiders hebben te weinig tijd. Soms is de juiste hulp niet op tijd beschikbaar. Wij nemen die zorgen serieus. Dit plan is bedoeld om leerkrachten en scholen beter toe te rusten, niet om hun taak zwaarder te maken.
Wij hebben in ons samenwerkingsverband ook afgesproken wat wij van elkaar verwachten. Besturen zijn samen verantwoordelijk voor passend onderwijs in de hele regio, niet alleen voor hun eigen scholen. Scholen delen hun kennis en helpen elkaar. Het bureau van het samenwerkingsverband is dienstbaar aan de scholen en aan de kinderen.
# Wat kunt u van iedere school verwachten? (basisondersteuning)
Alle negen schoolbesturen in Zilverdal hebben afgesproken wat iedere school, op iedere locatie, ten minste biedt aan kinderen die iets extra's nodig hebben. Dit noemen wij de basisondersteuning. Het gaat om ondersteuning die de school zelf geeft, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De afspraken gelden voor alle 29 basisscholen. Of uw kind nu naar een kleine dorpsschool of naar een grote school in de stad gaat: deze basis is overal hetzelfde.
Op iedere school in Zilverdal kunt u het volgende verwachten:
- De leerkracht stemt de instructie af op de verschillen in de groep en werkt met ten minste drie instructieniveaus bij rekenen en lezen.
- Er is een intern begeleider die de ondersteuning in de school coördineert en met wie u een afspraak kunt maken.
- De school volgt de ontwikkeling van ieder kind met toetsen en observaties en bespreekt die ten minste twee keer per jaar met u.
- Kinderen met lees- of rekenproblemen krijgen extra begeleiding volgens het landelijke protocol leesproblemen en dyslexie of het protocol ernstige rekenwiskunde-problemen en dyscalculie.
- Kinderen die meer aankunnen, krijgen verrijkingsstof en worden uitgedaagd in hun eigen groep.
- De school heeft een aanpak voor een veilig klimaat en tegen pesten, met een coördinator sociale veiligheid.
- De school kan een eenvoudige aangepaste leerlijn bieden voor één of twee vakken, vastgelegd in een ontwikkelingsperspectief.
- De school kan medische handelingen verrichten volgens het protocol medisch handelen, zoals het toedienen van medicijnen.
- De school kan een beroep doen op de orthopedagoog van het samenwerkingsverband voor advies over een kind, zonder aanvraag.
De afspraken over de basisondersteuning worden iedere twee jaar besproken in het directeurenoverleg. Het samenwerkingsverband bezoekt iedere school eens in de twee jaar en bespreekt met de directeur of de basisondersteuning op orde is.
# Toelaatbaarheid
Sommige kinderen hebben een plek in het speciaal basisonderwijs of het speciaal onderwijs nodig. Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. Alles over het aanvragen van een TLV – wie de aanvraag doet, welke stukken nodig zijn en hoe het besluit tot stand komt – leest u op de pagina Toelaatbaarheid van onze website. Daar vindt u ook het aanvraagformulier en de contactgegevens van de medewerkers van het bureau.
# Terug naar de basisschool
Een plek in het speciaal basisonderwijs of het speciaal onderwijs hoeft niet voor altijd te zijn. Wij vinden het belangrijk dat kinderen die dat kunnen, weer naar een gewone basisschool gaan, het liefst dicht bij huis en samen met kinderen uit de buurt. Een kind kan terug als het zich zo heeft ontwikkeld dat het met de basisondersteuning en eventueel wat extra hulp in een gewone groep kan meedoen, en als u als ouder achter die stap staat. Wij willen niet dat een kind terug moet als het daar nog niet klaar voor is: het welzijn van het kind gaat voor.
Een kind dat teruggaat, krijgt hulp bij de overstap. De sbo- of so-school en de nieuwe basisschool maken samen een overstapplan. Gedurende het eerste half jaar komt een begeleider van de sbo- of so-school regelmatig langs op de nieuwe school om de leerkracht te helpen. Het samenwerkingsverband betaalt deze begeleiding.
Hoe gaat dat in de praktijk? Ieder jaar in januari bespreekt de sbo- of so-school met u of terugplaatsing voor uw kind een goede stap kan zijn. Dat gebeurt in het gesprek over het ontwikkelingsperspectief. In het laatste jaar van de toelaatbaarheidsverklaring is dit gesprek altijd verplicht. Als de school en u denken dat het kind kan overstappen, zoekt de school samen met u een basisschool. De intern begeleider van die school komt kennismaken en leest het dossier. Daarna volgt een gezamenlijk gesprek met u, beide scholen en een medewerker van het samenwerkingsverband. In dat gesprek wordt besloten of en wanneer de overstap plaatsvindt; meestal is dat na de zomervakantie. Zes weken na de overstap en aan het eind van het eerste half jaar volgt een evaluatie. Gaat het niet goed, dan kan het kind in overleg terug naar de sbo- of so-school zolang de toelaatbaarheidsverklaring nog geldig is.
# Financiën
Het samenwerkingsverband ontvangt geld van de overheid voor passend onderwijs. Dit geld is bedoeld voor de extra ondersteuning van kinderen. Een deel van het geld gaat direct naar het speciaal onderwijs. Het overige geld besteden wij zoals in de tabel hieronder staat.
| Meerjarenbegroting (x € 1.000) | 2026 | 2027 | 2028 | 2029 |
| Inkomsten rijksbijdrage (na afdracht so) | 4.860 | 4.790 | 4.730 | 4.680 |
| Budget voor de schoolbesturen | 2.350 | 2.320 | 2.300 | 2.280 |
| Sbo (overdracht en groeibekostiging) | 1.310 | 1.330 | 1.340 | 1.340 |
| Orthopedagogen en begeleiders samenwerkingsverband | 690 | 705 | 720 | 735 |
| Begeleiding bij terugplaatsing | 60 | 60 | 65 | 65 |
| Professionalisering | 120 | 110 | 100 | 100 |
| Bureau en bestuur | 350 | 355 | 360 | 365 |
| Saldo | -20 | -90 | -155 | -205 |
De tekorten in de begroting worden betaald uit onze reserve. Die reserve is hoger dan nodig. Door de tekorten komt zij in 2029 op een verantwoord niveau.
Op welke manier het budget voor de schoolbesturen over de besturen en scholen wordt verdeeld, is onderwerp van een herijking die in het najaar van 2026 start. De uitkomst leggen wij te zijner tijd voor aan de ondersteuningsplanraad.
# Resultaten en kwaliteit
Wij willen weten of wat wij doen ook werkt. Daarom volgen wij de resultaten van passend onderwijs in Zilverdal nauwgezet. Dat doen wij op drie manieren.
- Twee keer per jaar, in maart en oktober, maakt het bureau een kwaliteitsrapportage met gegevens uit onze eigen registratie, de tellingen van DUO en de gegevens van de leerplichtambtenaren. De rapportage bevat onder meer het aantal en de doorlooptijd van TLV's, het deelnamepercentage sbo en so, het aantal terugplaatsingen en het aantal aanvragen voor advies van de orthopedagoog.
- Iedere twee jaar houden wij een tevredenheidspeiling onder ouders van kinderen met een ontwikkelingsperspectief en onder intern begeleiders.
- Iedere school bespreekt eens per jaar met de orthopedagoog van het samenwerkingsverband de resultaten van de kinderen die extra ondersteuning krijgen.
De kwaliteitsrapportage wordt besproken in het bestuur en in de ondersteuningsplanraad. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij welke resultaten zijn bereikt en wat die hebben gekost. Halverwege de planperiode laten wij het plan evalueren door een extern bureau.
Concrete doelen per thema formuleren wij ieder jaar in het jaarplan. Het eerste jaarplan onder dit ondersteuningsplan verschijnt in september 2026.
# Ouders
## Hoe wij u informeren
U wilt weten welke hulp er is voor uw kind en waar u terechtkunt. Daarom staat op onze website een speciale pagina voor ouders, met uitleg over de basisondersteuning, over de toelaatbaarheidsverklaring en over terugplaatsing. Op de website vindt u ook de Ondersteuningsgids met alle arrangementen. Iedere school heeft daarnaast in de schoolgids een hoofdstuk over de ondersteuning die de school biedt. Twee keer per jaar organiseren wij een ouderavond over passend onderwijs, afwisselend in Zilverdal en in Blankenveen. Heeft u een vraag, dan kunt u bellen of mailen met het ouderpunt van het samenwerkingsverband; dat is op maandag, woensdag en donderdag bereikbaar.
## Onafhankelijke hulp
Soms wilt u liever met iemand praten die niet bij de school of het samenwerkingsverband werkt. Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Zilverdal. Het steunpunt is onafhankelijk en gratis. Een medewerker luistert naar uw vraag, geeft advies en kan met u meegaan naar een gesprek op school. Ook de Onderwijsconsulenten kunnen u helpen; zij zijn onafhankelijk en werken in opdracht van het ministerie. Heeft u een klacht over het samenwerkingsverband, dan kunt u die indienen bij de klachtencommissie waarbij wij zijn aangesloten.
## Uw rol
Als ouder bent u de expert op het gebied van uw kind. De school betrekt u bij het opstellen van het ontwikkelingsperspectief en vraagt om uw instemming met het handelingsdeel. In de ondersteuningsplanraad hebben zes ouders zitting.
# Gemeenten en OOGO
Het samenwerkingsverband heeft het concept van dit ondersteuningsplan op 24 maart 2026 besproken met de wethouders van de drie gemeenten in het op overeenstemming gericht overleg. De gemeenten hebben geen bezwaar gemaakt tegen het plan. In het overleg is de afspraak uit 2022 over de geschillenregeling bevestigd. Verder is gesproken over leerlingenvervoer naar de school voor speciaal basisonderwijs en over de huisvesting van de tweede sbo-locatie, die in 2028 een nieuw gebouw krijgt.
# Organisatie en medezeggenschap
Het samenwerkingsverband is een stichting. Het bestuur bestaat uit vijf bestuurders van aangesloten schoolbesturen. Het toezicht is belegd bij een raad van toezicht van drie onafhankelijke leden. Het bestuur heeft de dagelijkse leiding gemandateerd aan de directeur van het bureau.
De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders en zes personeelsleden van de scholen. De raad heeft instemmingsrecht op dit plan en op wijzigingen ervan. De raad vergadert zes keer per jaar en heeft een eigen reglement.
Het bestuur legt ieder jaar verantwoording af aan de raad van toezicht over het gevoerde beleid en het financiële beheer. De jaarrekening wordt gecontroleerd door een onafhankelijke accountant. Het samenwerkingsverband volgt de Code Goed Bestuur in het primair onderwijs. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen.
# Personeel en professionalisering
Op het bureau werken twaalf mensen: de directeur, drie orthopedagogen, vier begeleiders, een controller, een beleidsmedewerker en twee administratief medewerkers. Wij zien het als onze taak om de kennis van leerkrachten en intern begeleiders te vergroten. Daarom organiseren wij ieder jaar een studiedag voor alle leerkrachten en een leergang voor intern begeleiders. Nieuwe leerkrachten krijgen in hun eerste jaar een training over het werken met verschillen in de groep.
Het lerarentekort raakt ook onze scholen. Op een aantal scholen staan onbevoegde leerkrachten voor de klas. Samen met de besturen onderzoeken wij hoe wij deze leerkrachten extra kunnen ondersteunen.
Ook op het bureau zelf is het werven van personeel een aandachtspunt. De afgelopen twee jaar konden wij een vacature voor orthopedagoog pas na lange tijd vervullen. Wij werken daarom samen met de universiteit en de hogeschool in de regio, bieden stageplaatsen aan en geven medewerkers de ruimte om zich verder te specialiseren, bijvoorbeeld in het werken met jonge kinderen of met kinderen met een taalontwikkelingsstoornis. Medewerkers van het bureau hebben jaarlijks een gesprek over hun ontwikkeling en volgen ten minste één scholing per jaar. Het bureau is gehuisvest in een deel van een voormalige basisschool aan de rand van het centrum van Zilverdal, dat wij huren van de gemeente. In het gebouw is ook ruimte voor overleggen met scholen en ouders.
# Communicatie met scholen
Het bureau houdt de scholen op de hoogte via een nieuwsbrief die iedere zes weken verschijnt, via het directeurenoverleg en via het netwerk van intern begeleiders, dat vijf keer per jaar bijeenkomt. Iedere school heeft een vaste contactpersoon op het bureau. Wij merken dat scholen behoefte hebben aan korte lijnen en snelle antwoorden. Daarom is het bureau sinds januari 2026 iedere werkdag telefonisch bereikbaar voor scholen. Ook publiceren wij op het besloten deel van de website handige documenten, zoals voorbeelden van een ontwikkelingsperspectief en een overzicht van de scholingsmogelijkheden.
# ICT en privacy
Aanvragen, besluiten en dossiers worden bewaard in een beveiligd digitaal systeem. Alleen medewerkers die de gegevens nodig hebben voor hun werk, kunnen ze inzien. Wij bewaren dossiers niet langer dan drie jaar na het laatste besluit. Ouders kunnen het dossier van hun kind altijd inzien. Het samenwerkingsverband heeft een privacyreglement en een functionaris voor gegevensbescherming.
# Veelgestelde vragen
Wat is het verschil tussen de school en het samenwerkingsverband? De school is verantwoordelijk voor het onderwijs en de ondersteuning van uw kind. Het samenwerkingsverband is een organisatie van alle schoolbesturen samen. Het helpt scholen met advies en middelen en neemt een aantal besluiten die de wet aan het samenwerkingsverband toekent.
Kost passend onderwijs mij als ouder geld? Nee. De ondersteuning op school en de begeleiding door het samenwerkingsverband zijn kosteloos. Wel kan het zijn dat er voor bijvoorbeeld een dyslexieonderzoek een vergoeding via de gemeente nodig is; de school kan u daarover informeren.
Wie zitten er in de ondersteuningsplanraad? In de raad zitten zes ouders en zes medewerkers van scholen. Zij worden gekozen door de medezeggenschapsraden van de scholen. Wilt u zelf lid worden, dan kunt u zich melden bij de medezeggenschapsraad van de school van uw kind.
Waar vind ik het volledige plan als pdf? Onderaan deze pagina kunt u het vastgestelde plan downloaden. De tekst is gelijk aan deze webversie.
Kan ik meepraten over het beleid van het samenwerkingsverband? Ja. Naast de ondersteuningsplanraad organiseren wij ieder jaar ouderavonden waar u uw ervaringen kunt delen. Wij gebruiken die ervaringen bij het maken van het jaarplan.
# Planning
| Wanneer | Wat |
| Voor 1 mei 2026 | Plan naar de Inspectie van het Onderwijs |
| September 2026 | Eerste jaarplan met doelen |
| Najaar 2026 | Start herijking verdeling schoolbudgetten |
| Voorjaar 2028 | Externe tussenevaluatie |
| 2029–2030 | Voorbereiding nieuw ondersteuningsplan |
# Begrippenlijst
Arrangement – extra ondersteuning voor een kind, bovenop de basisondersteuning, op maat gemaakt.
Dekkend aanbod – een samenhangend geheel van voorzieningen binnen en tussen scholen, zodat er voor ieder kind een passende plek is.
OJSP – ouder- en jeugdsteunpunt.
OOGO – op overeenstemming gericht overleg.
OPP – ontwikkelingsperspectief.
OPR – ondersteuningsplanraad.
Thuiszitter – een leerplichtig kind dat niet naar school gaat.
TLV – toelaatbaarheidsverklaring.
Zorgplicht – de plicht van een schoolbestuur om een passende plek te bieden aan een kind dat extra ondersteuning nodig heeft.
"""
P5_TITLE = "SWV Passend Onderwijs Zilverdal – Ondersteuningsplan 2026–2030"
P5_FOOTER = "© Samenwerkingsverband Passend Onderwijs Zilverdal – Ondersteuningsplan 2026–2030 – webversie"

# ===========================================================================
# Document 6 - NOT an SWV plan: a school's schoolondersteuningsprofiel
# ===========================================================================
NEAR = r"""
!title Schoolondersteuningsprofiel 2025–2026
!sub OBS De Wilgenhoek, Blankenveen – aangesloten bij Samenwerkingsverband Passend Onderwijs Zilverdal
Dit schoolondersteuningsprofiel is vastgesteld door de directeur na advies van de medezeggenschapsraad op 30 september 2025 en maakt deel uit van de schoolgids.
# Inhoud
1 Inleiding
2 Onze school
3 Basisondersteuning op De Wilgenhoek
4 Extra ondersteuning
5 Toelaatbaarheid en verwijzing naar sbo of so
6 Terugplaatsing
7 Ouders
8 Ambities van het team
# 1 Inleiding
Iedere school in Nederland beschrijft in een schoolondersteuningsprofiel welke ondersteuning zij aan leerlingen kan bieden. In dit profiel leest u wat onze school biedt, wat wij niet kunnen bieden en hoe wij samenwerken met Samenwerkingsverband Passend Onderwijs Zilverdal. Het samenwerkingsverband legt in zijn eigen ondersteuningsplan vast welke basisondersteuning alle scholen bieden; in dit profiel beschrijven wij hoe wij die afspraken op onze school uitvoeren en wat wij daarbovenop doen.
Het profiel wordt ieder jaar door het team geëvalueerd en zo nodig aangepast. De medezeggenschapsraad heeft adviesrecht op het profiel.
# 2 Onze school
OBS De Wilgenhoek is een openbare basisschool in de wijk Wilgenhoek in Blankenveen. De school telt 214 leerlingen, verdeeld over negen groepen. Het team bestaat uit zestien leerkrachten, een intern begeleider (0,6 fte), een onderwijsassistent en een conciërge. Ongeveer een kwart van onze leerlingen heeft ouders die thuis een andere taal dan het Nederlands spreken. De school werkt met het model van de Kanjertraining voor sociaal-emotionele ontwikkeling en met groepsplannen voor rekenen en lezen.
De populatie van de school is de afgelopen jaren veranderd. Er zijn meer kinderen met een taalachterstand en meer kinderen met gedragsproblemen. Het team heeft daarom de afgelopen twee jaar extra scholing gevolgd op het gebied van gedrag en NT2.
# 3 Basisondersteuning op De Wilgenhoek
Op onze school werken wij volgens de afspraken over de basisondersteuning van het samenwerkingsverband. Concreet betekent dit het volgende.
- In iedere groep werkt de leerkracht met drie instructieniveaus bij rekenen, technisch lezen en begrijpend lezen.
- De intern begeleider bespreekt drie keer per jaar met iedere leerkracht de resultaten van de groep.
- Kinderen met leesproblemen krijgen extra leesbegeleiding volgens het dyslexieprotocol; bij een vermoeden van ernstige dyslexie verwijzen wij naar een zorgaanbieder.
- Kinderen die meer aankunnen werken één keer per week in de Wilgenklas aan verrijkingsopdrachten.
- De school heeft een pestprotocol en een coördinator sociale veiligheid.
- De school heeft een protocol medisch handelen.
| Onderdeel | Op orde | In ontwikkeling |
| Handelingsgericht werken | x | |
| Dyslexieprotocol | x | |
| Dyscalculieprotocol | | x |
| Verrijking meerbegaafden | x | |
| NT2-aanpak | | x |
| Gedrag | x | |
# 4 Extra ondersteuning
Als een kind meer nodig heeft dan de basisondersteuning, bespreken wij het kind in het ondersteuningsteam van de school. Daarin zitten de intern begeleider, de leerkracht, de ouders, de jeugdverpleegkundige en zo nodig de orthopedagoog van het samenwerkingsverband. Samen stellen wij vast wat het kind nodig heeft. Dat kan een arrangement zijn, bijvoorbeeld extra begeleiding door de onderwijsassistent of ambulante begeleiding vanuit het speciaal onderwijs. Het arrangement wordt aangevraagd bij het samenwerkingsverband.
Op dit moment hebben zeven kinderen op onze school een ontwikkelingsperspectief. Voor vier kinderen hebben wij een arrangement van het samenwerkingsverband. De grenzen van onze mogelijkheden liggen bij kinderen die langdurig een-op-een begeleiding nodig hebben, bij kinderen met ernstig agressief gedrag en bij kinderen die intensieve medische verzorging nodig hebben. Voor hen zoeken wij samen met de ouders en het samenwerkingsverband naar een passende plek.
# 5 Toelaatbaarheid en verwijzing naar sbo of so
Soms komen wij samen met de ouders tot de conclusie dat een kind beter op zijn plek is op een school voor speciaal basisonderwijs of speciaal onderwijs. Ons schoolbestuur vraagt dan bij het samenwerkingsverband een toelaatbaarheidsverklaring aan. De intern begeleider stelt het dossier samen, met het ontwikkelingsperspectief en het verslag van het ondersteuningsteam. Ouders geven hun zienswijze. Het samenwerkingsverband neemt het besluit; de procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband. In het schooljaar 2024–2025 is voor twee leerlingen van onze school een TLV aangevraagd en afgegeven.
# 6 Terugplaatsing
Wij staan open voor kinderen die vanuit het sbo of so terugkeren naar het regulier onderwijs. Als een sbo- of so-school ons vraagt een kind op te nemen, voert de intern begeleider een kennismakingsgesprek met ouders en school en bekijken wij samen of wij het kind kunnen bieden wat het nodig heeft. In 2024–2025 is één kind vanuit het sbo bij ons ingestroomd.
# 7 Ouders
Wij vinden een goede samenwerking met ouders belangrijk. Ouders worden uitgenodigd voor de gesprekken over hun kind en worden betrokken bij het opstellen van het ontwikkelingsperspectief. Meer informatie over passend onderwijs vindt u op de website van het samenwerkingsverband. Ouders die er met de school niet uitkomen, kunnen contact opnemen met het Ouder- en Jeugdsteunpunt Zilverdal of met de Onderwijsconsulenten. Klachten kunnen worden ingediend volgens de klachtenregeling in de schoolgids.
# 8 Ambities van het team
Het team wil de komende twee jaar de NT2-aanpak versterken en een dyscalculieprotocol invoeren. Ook willen wij de samenwerking met de kinderopvang in het gebouw verbeteren, zodat de overgang van peuters naar groep 1 soepeler verloopt. Wij evalueren deze ambities in juni 2026.
"""
NEAR_HEADER = "OBS De Wilgenhoek – Schoolondersteuningsprofiel 2025–2026"

# ===========================================================================
# Labels
# ===========================================================================
LABELS = {
    "po-lindeveld-2026": dict(
        documents=["po-lindeveld-2026.docx"], sector="po",
        false={"terugstroom.procedure", "resultaten.monitoring"}, missing=set(),
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5: agreed minimum for every school/vestiging plus ten concrete standards; borging via kwaliteitskaart (5.3)",
            "plaatsing": "H7.1-7.3: steps, CvT decides within 6 weeks, criteria sbo and so, two deskundigen, duration, LBT bezwaar",
            "terugstroom": "7.4 (inside the TLV chapter): policy aims, conditions and terugplaatsingsarrangement given; the procedure is deferred to a stappenplan in 2026-2027; the glossary definition does not count",
            "financien": "H8 'Geld en middelen': verdeelmodel EUR 165 p.l. + vaste voet, Loket arrangements; meerjarenbegroting table 2026-2029; reserves and verantwoording",
            "dekkend-aanbod": "H6: continuum table basis/extra/bovenschools/speciaal; yearly dekkingsscan, two lacunes with actions, thuiszitters route and zorgplicht",
            "resultaten": "9.1 gives measurable ambitions with baseline; 9.2 defers the monitor until the new system (1 January 2027); the glossary entry 'Monitoring' does not count",
            "ouders": "H10 'Communicatie en samenwerking': ouderpagina, brochure in 4 languages, schoolgids, information evening, ouderconsulent; OJSP, Onderwijsconsulenten, GPO",
        }),
    "po-heuvelzoom-2026": dict(
        documents=["po-heuvelzoom-2026.pdf"], sector="po",
        false={"basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "financien.besteding", "ouders.informatie", "ouders.steunpunt"},
        missing={"terugstroom", "ouders"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "4.1 states one agreed minimum level for all 33 schools/vestigingen (plus the 4-aspect Referentiekader definition); 4.2 refers the concrete content to the Kwaliteitskaart in bijlage 2, which is not included",
            "plaatsing": "H6 'Toelaatbaarheid': school applies via loket, two deskundigen, director decides within 8 weeks, max 3 years, LBT; criteria only referred to the Handreiking on the website",
            "terugstroom": "Nothing in the body; 'terugplaatsing' only in the woordenlijst; groep Opstap (return after thuiszitten) is a near-miss",
            "financien": "8.1 schoolbudgetmodel 70/30 with EUR 128 per leerling on 1 oktober = verdeling; 8.2 meerjarenbegroting deferred to autumn 2026 and the table holds only p.m.",
            "dekkend-aanbod": "H5: four-layer network with bovenschoolse voorzieningen and sbo/so; thuiszitters approach, 11 thuiszitters, two witte vlekken with dated actions, yearly analysis in May; OOGO agreements",
            "resultaten": "H7: goals table with targets 2030 and baseline; dashboard twice a year from named sources, jaarverslag, mid-term evaluation; terugblik",
            "ouders": "Only passing mentions and a deferral in H11 (communicatieplan 2026-2027); OJSP only in the woordenlijst; no parents' role described",
        }),
    "vo-drechtmonde-2026": dict(
        documents=["vo-drechtmonde-2026.docx"], sector="vo",
        false={"financien.verdeling", "financien.besteding", "dekkend-aanbod.lacunes", "ouders.informatie"},
        missing={"financien"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H3: agreed minimum on every vestiging plus ten concrete provisions; collegial visitation as borging",
            "plaatsing": "H5: Commissie Toewijzing, vso procedure and criteria, lwoo and pro criteria and procedure, deskundigen, categorie/duur, own bezwaarcommissie",
            "terugstroom": "5.6 'Na de TLV' inside the toelaatbaarheid chapter: policy, conditions, terugkeerarrangement, dated procedure steps and deciding body",
            "financien": "H8 'Over geld' only says the financial framework is not ready and will follow before 1 October 2026; verdeelmodel/meerjarenbegroting only in the begrippenlijst",
            "dekkend-aanbod": "H4: four-level continuum table with voorzieningen; 4.3 says coverage is unknown, analysis and thuiszitters approach still to be worked out",
            "resultaten": "H6: goals table with nulmeting and streefwaarde; monitor twice a year with sources, June evaluation, jaarverslag; terugblik",
            "ouders": "7.4 OJSP, Onderwijsconsulenten, GPO = steunpunt; 7.3 defers how parents are informed to a communicatieplan; 7.1/7.2 role and hoorrecht",
        }),
    "vo-oostmark-2026": dict(
        documents=["vo-oostmark-2026.pdf"], sector="vo",
        false={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.beleid",
               "resultaten.doelen", "resultaten.monitoring"},
        missing={"basisondersteuning", "resultaten"},
        advisory={"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "3.1 refers to the schools' SOPs on their websites and defers a common referentiekader to 2026-2027; the definition with examples is only in the begrippenlijst; TOC heading is a trap",
            "plaatsing": "5.2 criteria table for vso cluster 3/4, pro and lwoo with bekostigingscategorie/duur; 5.1 refers the procedure (who applies, termijnen, commission) to the Handleiding Toewijzing; bezwaar in 9.3",
            "terugstroom": "H6: dated five-step procedure for return from vso; policy, conditions and support after return deferred to a beleidskader in 2027",
            "financien": "H7: verdeelmodel table with keys and amounts, meerjarenbegroting table 2026-2029, reserve, verantwoording by 1 April",
            "dekkend-aanbod": "H4: network table with capacities, loket/trajectbegeleider and zorgplicht; yearly dekkingsanalyse with witte vlek and dated actions; thuiszittersoverleg",
            "resultaten": "H8 only defers goals and measurement to the jaarplan 2026-2027; 'beoogde resultaten' only in the begrippenlijst",
            "ouders": "9.1 website ouderpagina, information evenings, yearly oudergids, loket; 9.2 OJSP, Onderwijsconsulenten, Ouders & Onderwijs",
        }),
    "po-zilverdal-2026": dict(
        documents=["po-zilverdal-2026.html"], sector="po",
        false={"plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "resultaten.doelen"},
        missing={"plaatsing", "dekkend-aanbod"},
        advisory={"basisondersteuning": ["borging"], "financien": ["reserves"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section 'Wat kunt u van iedere school verwachten?': agreed minimum for all 29 schools on every location with nine concrete items; school visits every two years",
            "plaatsing": "Section 'Toelaatbaarheid' only refers to a website page; TLV counts in the kengetallen table are passing",
            "terugstroom": "Section 'Terug naar de basisschool': policy and conditions, overstapplan and half-year begeleiding, yearly January OPP talk, mandatory in last TLV year, joint decision meeting, evaluations",
            "financien": "Meerjarenbegroting table 2026-2029 with amounts = besteding; how the schoolbudget is distributed is deferred to a herijking ('te zijner tijd')",
            "dekkend-aanbod": "No continuum, gaps or thuiszitters approach in the body; arrangements referred to the Ondersteuningsgids on the website; dekkend aanbod/thuiszitter/zorgplicht only in the begrippenlijst",
            "resultaten": "Monitoring described (twice-yearly kwaliteitsrapportage with sources, peiling, jaarverslag, external evaluation); concrete goals deferred to the yearly jaarplan",
            "ouders": "Section 'Ouders': website page, Ondersteuningsgids, schoolgids, ouderavonden, ouderpunt; OJSP, Onderwijsconsulenten, klachtencommissie",
        }),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_docx(P1, OUT / "po-lindeveld-2026.docx", P1_HEADER, P1_FOOTER)
    write_pdf(P2, OUT / "po-heuvelzoom-2026.pdf", P2_HEADER, P2_FOOTER)
    write_docx(P3, OUT / "vo-drechtmonde-2026.docx", P3_HEADER, P3_FOOTER)
    write_pdf(P4, OUT / "vo-oostmark-2026.pdf", P4_HEADER, P4_FOOTER)
    write_html(P5, OUT / "po-zilverdal-2026.html", P5_TITLE, P5_FOOTER)
    write_docx(NEAR, OUT / "sop-wilgenhoek-2025.docx", NEAR_HEADER, None)

    for name, lab in LABELS.items():
        elements, crit = derive(lab["false"], lab["missing"])
        write_label(name, lab["documents"], lab["sector"], elements, crit, lab["advisory"], lab["notes"])
    write_label("sop-wilgenhoek-2025", ["sop-wilgenhoek-2025.docx"], "po", {}, {}, {},
                {"document": "Schoolondersteuningsprofiel of one basisschool (school level, part of the schoolgids, "
                             "MR advice): describes its own basisondersteuning and refers to the SWV's plan for "
                             "procedures and criteria; not an ondersteuningsplan of a samenwerkingsverband"},
                looks_like_plan=False)

    for name, text in [("po-lindeveld-2026", P1), ("po-heuvelzoom-2026", P2), ("vo-drechtmonde-2026", P3),
                       ("vo-oostmark-2026", P4), ("po-zilverdal-2026", P5), ("sop-wilgenhoek-2025", NEAR)]:
        print(f"{name}: {word_count(text)} words")


if __name__ == "__main__":
    main()
