#!/usr/bin/env python3
"""Generate the holdout88 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document (an SWV jaarverslag), plus hand-written expected labels.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless)."""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2025, 4, 14, 9, 0, 0)

# ---------------------------------------------------------------- block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def UL(items): return ("ul", items)
def OL(items): return ("ol", items)
def TBL(header, rows): return ("table", header, rows)
def BOX(title, lines): return ("box", title, lines)
def TOC(lines): return ("toc", lines)
def TITLE(lines): return ("title", lines)
PB = ("pb",)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def write_docx(blocks, path, header="", footer="", title_meta=""):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "holdout88"
    cp.title = title_meta
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
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
            hdr, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                c = t.rows[0].cells[i]
                c.text = ""
                c.paragraphs[0].add_run(h).bold = True
                _shade(c, "D9E2F3")
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            doc.add_paragraph()
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            _shade(c, "FCE4D6")
            c.text = ""
            c.paragraphs[0].add_run(b[1]).bold = True
            for line in b[2]:
                c.add_paragraph(line)
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_html(blocks, path, title, nav, footer):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "aside{background:#eef5ea;border:1px solid #9c9;padding:.5em 1em;margin:1em 0}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>",
           "</head>", "<body>", "<header><nav><ul>"]
    for n in nav:
        out.append(f"<li><a href=\"#\">{html.escape(n)}</a></li>")
    out.append("</ul></nav></header>")
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for line in b[1][1:]:
                out.append(f"<p class=\"sub\">{e(line)}</p>")
        elif kind == "pb":
            continue
        elif kind == "toc":
            out.append('<section class="inhoud"><h2>Op deze pagina</h2><ul>')
            out += [f"<li>{e(x)}</li>" for x in b[1]]
            out.append("</ul></section>")
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f"<h{lvl}>{e(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + f"</{kind}>")
        elif kind == "table":
            out.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b[1]) + "</tr></thead><tbody>")
            for row in b[2]:
                out.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "box":
            out.append(f"<aside><strong>{e(b[1])}</strong>" + "".join(f"<p>{e(x)}</p>" for x in b[2]) + "</aside>")
    out.append("</main>")
    out.append(f"<footer><p>{html.escape(footer)}</p></footer>")
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout88_pdf_"))
    try:
        profile = tmp / "lo_profile"
        src = tmp / Path(docx_path).name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (src.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def docx_tmp_then_pdf(blocks, pdf_path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout88_src_"))
    try:
        d = tmp / (Path(pdf_path).stem + ".docx")
        write_docx(blocks, d, **kw)
        docx_to_pdf(d, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# =====================================================================================
# P1  Lindeland  (rural PO)  -> .docx
# =====================================================================================
def plan_lindeland():
    return [
        TITLE(["Ondersteuningsplan 2025-2029", "Samen dichtbij",
               "Samenwerkingsverband Passend Primair Onderwijs Lindeland (PO 21-97)",
               "Gemeenten Oosterlinde, Haaksveen en Mariënbroek",
               "Vastgesteld door het algemeen bestuur op 14 april 2025"]),
        PB,
        TOC(["Voorwoord ........................................................ 3",
             "1 Inleiding ........................................................ 4",
             "2 Lindeland in cijfers ............................................ 5",
             "3 Visie, missie en ambities ...................................... 6",
             "4 Basisondersteuning ............................................. 8",
             "5 Extra ondersteuning en arrangementen ......................... 10",
             "6 Toelaatbaarheid tot sbo en so ................................ 12",
             "   6.4 Terugplaatsing ............................................ 14",
             "7 Ouders ......................................................... 15",
             "8 Samenwerking met gemeenten en jeugdhulp ...................... 16",
             "9 Financiën en meerjarenbegroting .............................. 18",
             "10 Organisatie en bestuur ...................................... 20",
             "11 Medezeggenschap .............................................. 21",
             "12 Personeel en professionalisering ............................ 22",
             "13 Privacy, ICT en gegevensbeheer .............................. 23",
             "14 Kwaliteitszorg en resultaten ................................ 24",
             "15 Planning 2025-2029 ........................................... 25",
             "Bijlage 1 Begrippenlijst ........................................ 26",
             "Bijlage 2 Afkortingen ........................................... 27"]),
        PB,
        H1("Voorwoord"),
        P("Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. De titel 'Samen dichtbij' is niet "
          "toevallig gekozen. Lindeland is een uitgestrekt gebied met veel kleine dorpen, lange afstanden en scholen die "
          "soms maar twee of drie combinatiegroepen hebben. Juist in zo'n gebied is het belangrijk dat een kind de "
          "ondersteuning die het nodig heeft zo dicht mogelijk bij huis krijgt, op de school in het eigen dorp, samen met "
          "de kinderen uit de straat."),
        P("De afgelopen planperiode was een periode van bouwen. We hebben de ondersteuningsteams op alle scholen een vaste "
          "plek gegeven, het bureau van het samenwerkingsverband verhuisd naar het Kulturhus in Haaksveen en de banden met "
          "de drie gemeenten aangehaald. Tegelijk hebben we gemerkt dat het leerlingaantal in ons gebied verder daalt en "
          "dat dit druk zet op de kleinste scholen. In dit plan maken we keuzes die passen bij die werkelijkheid."),
        P("Dit plan is tot stand gekomen in een jaar vol gesprekken. Intern begeleiders, directeuren, leerkrachten, "
          "ouders, de leden van de ondersteuningsplanraad, beleidsmedewerkers van de gemeenten en de collega's van het "
          "speciaal (basis)onderwijs hebben meegedacht in werkgroepen en op twee regiodagen. Ik dank iedereen die zijn tijd "
          "en kennis heeft gegeven. Een plan is nooit af; het is een afspraak die we met elkaar maken en die we de komende "
          "vier jaar samen waar moeten maken."),
        P("Marijke Ten Velde, directeur-bestuurder"),
        H1("1 Inleiding"),
        P("Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (artikel 18a, "
          "zevende lid, WPO). Het plan beschrijft hoe wij ervoor zorgen dat alle kinderen in Lindeland een passende plek "
          "in het onderwijs krijgen. De wet noemt een aantal onderdelen die in elk geval in het plan moeten staan, zoals "
          "de basisondersteuning, de verdeling van middelen, de toelaatbaarheid tot het speciaal (basis)onderwijs, de "
          "terugplaatsing, de resultaten en de informatie aan ouders. In dit plan komen die onderwerpen in afzonderlijke "
          "hoofdstukken aan bod."),
        P("Het plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029, dus van 1 augustus 2025 tot en met 31 juli "
          "2029. Het ontwerp is besproken met de colleges van burgemeester en wethouders van Oosterlinde, Haaksveen en "
          "Mariënbroek in het op overeenstemming gericht overleg (OOGO) van 25 maart 2025. Met het samenwerkingsverband "
          "VO Lindeland-Zuid, waarvan het gebied grotendeels samenvalt met het onze, is het ontwerp op 18 maart 2025 "
          "besproken. De ondersteuningsplanraad heeft op 8 april 2025 ingestemd. Het plan is vóór 1 mei 2025 aan de "
          "inspectie toegezonden."),
        P("Het plan is bewust compact gehouden. Uitwerkingen die vaker wijzigen, zoals formulieren, het jaarplan en de "
          "jaarbegroting, staan niet in dit plan maar worden jaarlijks door het bestuur vastgesteld. Waar dat gebeurt, "
          "geven we het in de tekst aan."),
        H1("2 Lindeland in cijfers"),
        BOX("Kerncijfers Lindeland (peildatum 1 oktober 2024)", [
            "3 gemeenten  |  480 km²  |  7 schoolbesturen",
            "41 basisscholen, waarvan 17 met minder dan 100 leerlingen",
            "1 school voor speciaal basisonderwijs (SBO De Wilgenhoek, Haaksveen)",
            "1 so-locatie cluster 4 (De Horst, Mariënbroek) en 2 so-scholen buiten de regio",
            "5.870 leerlingen in het basisonderwijs, prognose 2029: 5.340",
            "Bureau: 6,4 fte"]),
        P("Lindeland is een plattelandsregio met één kleine stad (Haaksveen, ruim 14.000 inwoners) en meer dan dertig "
          "dorpen en buurtschappen. Het leerlingaantal daalt al tien jaar; volgens de prognose van de gemeenten daalt het "
          "tot 2029 nog met ongeveer negen procent. Vooral in het noorden van Mariënbroek staan scholen onder druk. Twee "
          "besturen hebben in de afgelopen periode een school samengevoegd met een school in een naburig dorp."),
        TBL(["Gemeente", "Basisscholen", "Leerlingen 1-10-2024", "Prognose 2029"], [
            ["Oosterlinde", "13", "1.690", "1.520"],
            ["Haaksveen", "15", "2.660", "2.470"],
            ["Mariënbroek", "13", "1.520", "1.350"],
            ["Totaal", "41", "5.870", "5.340"]]),
        P("De afstanden zijn groot. Een leerling uit Noordwolde-Linde die naar SBO De Wilgenhoek gaat, reist ruim 35 "
          "kilometer per dag. Leerlingenvervoer is daarom een vast onderwerp in het overleg met de gemeenten. Ook voor de "
          "ambulante begeleiders en de orthopedagogen van het bureau betekent de omvang van het gebied dat reistijd een "
          "serieuze kostenpost is."),
        H1("3 Visie, missie en ambities"),
        P("Onze missie is kort: elk kind in Lindeland gaat met plezier naar een school die bij hem of haar past, zo dicht "
          "mogelijk bij huis. Daar hoort bij dat scholen, ouders en ketenpartners elkaar kennen en snel weten te vinden. In "
          "een dorp kent iedereen elkaar; dat is een kracht die we willen benutten."),
        P("Onze visie rust op vier pijlers. Ten eerste thuisnabijheid: we organiseren ondersteuning bij voorkeur in de "
          "eigen school en halen expertise naar het kind toe in plaats van het kind naar de expertise. Ten tweede "
          "vertrouwen: besturen en scholen krijgen ruimte en middelen en leggen uit wat zij daarmee doen. Ten derde "
          "vakmanschap: leerkrachten en intern begeleiders zijn de spil, en het samenwerkingsverband helpt hen met kennis "
          "en tijd. Ten vierde eenvoud: formulieren en procedures zijn zo licht als verantwoord is."),
        P("Onze ambitie voor de komende vier jaar is dat de ondersteuning op de kleine scholen even sterk wordt als die op "
          "de grotere scholen in Haaksveen. Dat vraagt om samenwerking tussen scholen van verschillende besturen, "
          "bijvoorbeeld in clusters van dorpsscholen die samen een intern begeleider of een specialist delen. Ouders zien "
          "wij als partners; zij kennen hun kind het best. We willen resultaten boeken die ertoe doen voor kinderen, niet "
          "voor de statistiek."),
        P("Tegelijk zijn we realistisch. De krapte op de arbeidsmarkt raakt ook Lindeland: vacatures voor intern "
          "begeleiders blijven maanden open staan en invallers zijn schaars. Ambities die niet uitvoerbaar zijn met de "
          "mensen die we hebben, nemen we niet op. Liever een kleiner plan dat we waarmaken dan een groot plan dat in de "
          "kast blijft liggen."),
        H1("4 Basisondersteuning"),
        H2("4.1 Wat verstaan wij onder basisondersteuning?"),
        P("Basisondersteuning is in Lindeland het afgesproken niveau van ondersteuning dat iedere school en iedere "
          "vestiging van het samenwerkingsverband biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
          "nodig is. Alle zeven besturen hebben dit niveau op 12 november 2024 in het algemeen bestuur vastgesteld als "
          "ondergrens. Een kleine dorpsschool met 40 leerlingen biedt dus hetzelfde minimum als een school met 400 "
          "leerlingen in Haaksveen. Scholen mogen meer bieden en beschrijven dat in hun schoolondersteuningsprofiel."),
        P("De basisondersteuning omvat vier onderdelen: basiskwaliteit van het onderwijs, preventieve en licht curatieve "
          "interventies, een ondersteuningsstructuur en planmatig, handelingsgericht werken. In de tabel hieronder staat "
          "per onderdeel wat ouders op elke school in Lindeland mogen verwachten."),
        TBL(["Onderdeel", "Wat u op elke school in Lindeland mag verwachten"], [
            ["Basiskwaliteit", "Het onderwijs voldoet aan de deugdelijkheidseisen van de inspectie; elke groep heeft een "
             "leerkracht die differentieert in minimaal drie niveaus bij rekenen en lezen."],
            ["Preventieve en licht curatieve interventies",
             "Een dyslexieprotocol en een dyscalculieprotocol die in alle groepen worden gevolgd; extra "
             "leesbegeleiding van ten minste 3 x 20 minuten per week voor leerlingen met een leesachterstand; een "
             "aanbod voor sociaal-emotionele ontwikkeling met een methode en een gedragsprotocol; een aanbod voor "
             "leerlingen die meer aankunnen (verrijking en verdieping in de groep); begeleiding van NT2-leerlingen "
             "volgens het regionale taalprotocol; een protocol medisch handelen."],
            ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,1 fte per 60 leerlingen (voor scholen onder "
             "100 leerlingen: gedeeld binnen het dorpscluster); een ondersteuningsteam waarin de school, de ouders, de "
             "jeugdverpleegkundige en de onderwijsadviseur van het samenwerkingsverband zitten, ten minste vier keer per "
             "jaar; een vaste contactpersoon bij het gebiedsteam van de gemeente."],
            ["Planmatig en handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; een leerlingvolgsysteem; "
             "voor leerlingen met een eigen leerlijn een ontwikkelingsperspectief (OPP) dat met de ouders wordt besproken "
             "en twee keer per jaar wordt geëvalueerd."]]),
        H2("4.2 Hoe bewaken we de basisondersteuning?"),
        P("Elke school vult jaarlijks vóór 1 december de 'kwaliteitskaart basisondersteuning' in. Eens in de twee jaar "
          "bezoekt een onderwijsadviseur van het samenwerkingsverband de school om de kaart met de directeur en de intern "
          "begeleider door te lopen. Blijkt een school op een onderdeel onder het afgesproken niveau te zitten, dan stelt "
          "het bestuur binnen drie maanden een verbeterplan op, dat in het volgende schoolbezoek wordt besproken. Het "
          "bureau bundelt de uitkomsten in een jaarlijkse notitie voor het algemeen bestuur."),
        H1("5 Extra ondersteuning en arrangementen"),
        P("Wat een kind nodig heeft, gaat soms verder dan de basisondersteuning. We onderscheiden in Lindeland vijf "
          "niveaus van ondersteuning die op elkaar aansluiten. Zo ontstaat een samenhangend geheel van voorzieningen "
          "binnen en tussen de scholen, van de gewone groep tot het speciaal onderwijs."),
        TBL(["Niveau", "Omschrijving", "Wie organiseert"], [
            ["0", "Algemene zorg in de groep door de leerkracht", "Leerkracht"],
            ["1", "Extra zorg in de groep (basisondersteuning)", "Leerkracht en intern begeleider"],
            ["2", "Ondersteuning met advies van het ondersteuningsteam, binnen de basisondersteuning", "School, OT"],
            ["3", "Extra ondersteuning: arrangement op de eigen school of in een bovenschoolse voorziening", "School, bestuur en samenwerkingsverband"],
            ["4", "Speciaal basisonderwijs of speciaal onderwijs met een toelaatbaarheidsverklaring", "Samenwerkingsverband (TLV) en s(b)o-school"]]),
        P("Arrangementen op niveau 3 zijn er in drie vormen. Een individueel arrangement is een pakket van extra "
          "begeleiding, expertise of materiaal voor één leerling, meestal voor zes of twaalf maanden. Een "
          "groepsarrangement is een voorziening voor een groepje leerlingen van meerdere scholen: de Plusklas Lindeland "
          "(een ochtend per week op twee locaties, voor leerlingen die meer uitdaging nodig hebben) en de Taalklas "
          "nieuwkomers in Haaksveen (vier dagen per week, maximaal een jaar). Ten slotte is er ambulante begeleiding "
          "vanuit SBO De Wilgenhoek en so-school De Horst, waarbij een specialist de leerkracht op de eigen school "
          "begeleidt."),
        P("Een arrangement wordt aangevraagd door de school na bespreking in het ondersteuningsteam. De onderwijsadviseur "
          "van het samenwerkingsverband beslist binnen vier weken. Het arrangement wordt vastgelegd in het "
          "ontwikkelingsperspectief en halverwege en aan het einde geëvalueerd."),
        P("Of dit aanbod in heel Lindeland voldoende is, is een vraag die we nog niet goed kunnen beantwoorden. Een "
          "analyse van het aanbod is voorzien voor het schooljaar 2026-2027; wat daaruit voortkomt, nemen we op in een "
          "aanvulling op dit plan."),
        H1("6 Toelaatbaarheid tot sbo en so"),
        H2("6.1 Wanneer is een leerling toelaatbaar?"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is voldaan:"),
        OL(["de basisschool heeft de basisondersteuning en ten minste één arrangement (niveau 3) ingezet en dat is "
            "vastgelegd in een ontwikkelingsperspectief;",
            "dit arrangement is na twee evaluatieperiodes van elk ten minste twaalf weken onvoldoende gebleken;",
            "de leerling heeft dagelijks onderwijs nodig in een kleine groep (maximaal 16 leerlingen) met een "
            "specifieke didactische of pedagogische aanpak die de basisschool ook met extra ondersteuning niet kan bieden;",
            "er is geen sprake van een zodanig ernstige ondersteuningsbehoefte dat speciaal onderwijs nodig is."]),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) als de ondersteuningsbehoefte zo groot "
          "is dat ook het speciaal basisonderwijs geen passend aanbod heeft. Voor cluster 3 gaat het om leerlingen met een "
          "ernstige verstandelijke beperking (ZML), een langdurige ziekte (LZ) of een lichamelijke beperking (LG) die "
          "dagelijks intensieve zorg in de klas vraagt. Voor cluster 4 gaat het om leerlingen met ernstige gedrags- of "
          "psychiatrische problematiek die een zeer gestructureerde omgeving met een vaste, kleine groep en afstemming "
          "met behandeling nodig hebben. De deskundigen wegen in elk geval het ontwikkelingsperspectief, de geboden "
          "ondersteuning en de zienswijze van de ouders."),
        H2("6.2 Aanvraag en besluit"),
        P("De aanvraag voor een toelaatbaarheidsverklaring (TLV) wordt ingediend door het bevoegd gezag van de school "
          "waar de leerling staat ingeschreven, via het digitale aanvraagformulier van het samenwerkingsverband. De "
          "procedure kent de volgende stappen:"),
        TBL(["Stap", "Wat gebeurt er", "Wie", "Termijn"], [
            ["1", "Bespreking in het ondersteuningsteam; ouders geven hun zienswijze", "School, ouders, onderwijsadviseur", "-"],
            ["2", "Indienen aanvraag met OPP, onderwijskundig rapport en zienswijze ouders", "Bevoegd gezag school", "-"],
            ["3", "Controle op volledigheid", "Bureau SWV", "binnen 5 werkdagen"],
            ["4", "Advies van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een "
                  "tweede deskundige (bijvoorbeeld een maatschappelijk werker of jeugdarts); zij zijn niet bij de aanvraag betrokken geweest",
             "Deskundigen", "binnen 3 weken"],
            ["5", "Besluit over de toelaatbaarheid", "Commissie Toelaatbaarheid namens de directeur-bestuurder",
             "binnen 6 weken na ontvangst volledige aanvraag"],
            ["6", "Toezending besluit en deskundigenadviezen aan ouders en school", "Bureau SWV", "binnen 5 werkdagen na besluit"]]),
        H2("6.3 Duur, bekostigingscategorie en bezwaar"),
        P("Een TLV voor het speciaal basisonderwijs geven we af tot het einde van het schooljaar waarin de leerling de "
          "basisschoolleeftijd bereikt, tenzij de deskundigen een kortere duur adviseren. Een TLV voor het speciaal "
          "onderwijs geldt in de regel voor twee schooljaren, met een minimum van één schooljaar. Voor het so stelt de "
          "commissie ook de bekostigingscategorie vast (laag, midden of hoog)."),
        P("Ouders en het schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken. Het "
          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen "
          "(LBT), die het bestuur over het bezwaar adviseert."),
        H2("6.4 Terugplaatsing"),
        P("Een plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Ons beleid is dat iedere leerling "
          "die met passende ondersteuning weer in het regulier onderwijs kan leren, terugkeert naar een basisschool, bij "
          "voorkeur in of dicht bij het eigen dorp. Terugplaatsing is aan de orde wanneer de leerling zich volgens het "
          "ontwikkelingsperspectief zodanig heeft ontwikkeld dat de ondersteuningsbehoefte binnen de basisondersteuning "
          "met een arrangement kan worden opgevangen, en wanneer er een basisschool is die dat arrangement kan bieden."),
        P("Een leerling die terugkeert, krijgt altijd een terugplaatsingsarrangement mee: gedurende ten minste een jaar "
          "begeleidt een ambulant begeleider van de school van herkomst de leerkracht van de ontvangende basisschool, en "
          "de basisschool ontvangt hiervoor een budget van € 3.500 uit de arrangementenpot."),
        P("Hoe het traject van terugplaatsing precies loopt, wie het initiatief neemt en op welke momenten de "
          "mogelijkheid van terugkeer wordt besproken, leggen we in het schooljaar 2025-2026 samen met De Wilgenhoek en "
          "De Horst vast in een werkafspraak."),
        H1("7 Ouders"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij goed weten welke "
          "ondersteuning er in Lindeland is en bij wie zij terecht kunnen. We informeren ouders op de volgende manieren:"),
        UL(["de website www.lindeland-po.nl, met een ouderpagina waarop de basisondersteuning, de arrangementen en de "
            "route naar het speciaal (basis)onderwijs in gewone taal worden uitgelegd;",
            "de folder 'Passend onderwijs in Lindeland', die elke school bij de aanmelding aan nieuwe ouders meegeeft;",
            "de schoolgids en het schoolondersteuningsprofiel van iedere school, waarin staat welke ondersteuning die "
            "school biedt;",
            "twee informatieavonden per jaar, afwisselend in Oosterlinde, Haaksveen en Mariënbroek;",
            "een vast telefonisch spreekuur van het bureau op dinsdag- en donderdagochtend."]),
        P("Soms lopen ouders vast of zijn zij het niet eens met de school of met het samenwerkingsverband. Voor "
          "onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Lindeland, dat wordt uitgevoerd "
          "door de onafhankelijke stichting MeeVooruit en bereikbaar is via telefoon, mail en een wekelijks inloopuur in "
          "de bibliotheek van Haaksveen. Het steunpunt luistert, denkt mee en gaat zo nodig mee naar gesprekken op school. "
          "Daarnaast kunnen ouders kosteloos een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, "
          "verwijdering of het ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend "
          "onderwijs; voor klachten over het samenwerkingsverband zelf geldt de klachtenregeling op onze website."),
        P("Ouders zijn ook betrokken bij het beleid: de helft van de ondersteuningsplanraad bestaat uit ouders, en "
          "ouders zijn vast lid van het ondersteuningsteam van de school van hun kind."),
        H1("8 Samenwerking met gemeenten en jeugdhulp"),
        P("Onderwijs en jeugdhulp raken elkaar in Lindeland dagelijks. De drie gemeenten hebben elk een gebiedsteam, en "
          "op iedere school is een vaste contactpersoon van dat team. In het OOGO van 25 maart 2025 hebben we met de "
          "wethouders afspraken gemaakt over de volgende thema's: de aansluiting tussen ondersteuning op school en "
          "jeugdhulp, leerlingenvervoer, onderwijshuisvesting bij krimp, thuiszitters en de overgang van voorschool naar "
          "basisschool."),
        P("Een concreet resultaat van die samenwerking is de afspraak dat de jeugdverpleegkundige van de GGD deelneemt "
          "aan het ondersteuningsteam van elke school. Ook is afgesproken dat gemeenten en samenwerkingsverband samen een "
          "onderwijs-zorgarrangement financieren wanneer een leerling onder schooltijd zorg nodig heeft die de school niet "
          "kan bieden; de verdeling van kosten wordt per geval vastgelegd."),
        P("Het overleg met de gemeenten vindt twee keer per jaar bestuurlijk plaats en zes keer per jaar ambtelijk. Met "
          "het samenwerkingsverband VO Lindeland-Zuid is er een gezamenlijk overleg over de overstap van groep 8 naar het "
          "voortgezet onderwijs, met name voor leerlingen uit het sbo en so."),
        H1("9 Financiën en meerjarenbegroting"),
        H2("9.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt jaarlijks van het Rijk een budget voor lichte en zware ondersteuning. Daarvan "
          "wordt door DUO direct een deel afgedragen aan de scholen voor speciaal onderwijs voor leerlingen met een TLV "
          "(afdracht so). Het restant is beschikbaar voor de verdeling in Lindeland."),
        H2("9.2 Verdeling van de middelen"),
        P("Wij verdelen de middelen volgens vier vaste regels, die het algemeen bestuur jaarlijks in december bij de "
          "begroting bevestigt:"),
        OL(["Schoolbudget: ieder bestuur ontvangt € 185 per leerling, op basis van het aantal leerlingen op 1 oktober van "
            "het voorgaande jaar. Besturen zetten dit in voor de ondersteuningsstructuur en de extra ondersteuning op "
            "hun scholen.",
            "Kleine-scholentoeslag: scholen met minder dan 100 leerlingen ontvangen daarnaast een vaste voet van € 4.000 "
            "per school, zodat ook zij een intern begeleider kunnen bekostigen.",
            "Arrangementenpot: een vast bedrag per jaar (zie de begroting) waaruit individuele en groepsarrangementen en "
            "terugplaatsingsarrangementen worden betaald; de onderwijsadviseur beslist over toekenning volgens de "
            "criteria in hoofdstuk 5.",
            "Bovenschoolse kosten: het bureau, de deskundigen voor TLV's en de Plusklas en Taalklas worden centraal "
            "betaald."]),
        P("Besturen verantwoorden jaarlijks vóór 1 mei in een vast format waaraan zij het schoolbudget hebben besteed. "
          "Het bureau bespreekt deze verantwoording met elk bestuur."),
        H2("9.3 Meerjarenbegroting"),
        TBL(["Bedragen x € 1.000", "2025", "2026", "2027", "2028", "2029"], [
            ["Inkomsten ondersteuningsbudget", "6.420", "6.310", "6.180", "6.050", "5.930"],
            ["Afdracht so en groei sbo (DUO)", "-2.105", "-2.090", "-2.060", "-2.030", "-2.000"],
            ["Beschikbaar", "4.315", "4.220", "4.120", "4.020", "3.930"],
            ["Schoolbudgetten besturen", "1.086", "1.060", "1.035", "1.010", "988"],
            ["Kleine-scholentoeslag", "68", "68", "64", "64", "60"],
            ["Arrangementenpot", "1.350", "1.330", "1.300", "1.270", "1.240"],
            ["Afdracht sbo De Wilgenhoek (boven 2%)", "980", "970", "955", "940", "925"],
            ["Plusklas en Taalklas", "310", "310", "300", "300", "290"],
            ["Bureau en deskundigen", "560", "565", "570", "575", "580"],
            ["Resultaat", "-39", "-83", "-104", "-139", "-153"]]),
        P("De begroting sluit de komende jaren met een bewust tekort, waarmee de reserve wordt afgebouwd. Eind 2024 "
          "bedroeg de algemene reserve € 1,9 miljoen. Wij houden een weerstandsvermogen aan van vijf procent van de "
          "baten; het deel daarboven zetten we in deze planperiode in voor arrangementen."),
        H1("10 Organisatie en bestuur"),
        P("Het samenwerkingsverband is een stichting. De zeven schoolbesturen vormen samen het algemeen bestuur, dat vier "
          "keer per jaar vergadert. De dagelijkse leiding ligt bij de directeur-bestuurder. Het intern toezicht is belegd "
          "bij een raad van toezicht van drie onafhankelijke leden, waarvan één lid op voordracht van de "
          "ondersteuningsplanraad wordt benoemd. Bestuur en toezicht zijn daarmee gescheiden, zoals de Code Goed Bestuur "
          "vraagt."),
        P("Het bureau in Haaksveen telt 6,4 fte: de directeur-bestuurder, twee onderwijsadviseurs, een orthopedagoog, een "
          "beleidsmedewerker en een secretaresse. Daarnaast huurt het samenwerkingsverband deskundigen in voor de "
          "adviezen bij TLV-aanvragen."),
        H1("11 Medezeggenschap"),
        P("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf personeelsleden, afgevaardigd door "
          "de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan en op wijzigingen daarvan. "
          "De OPR vergadert zes keer per jaar; de directeur-bestuurder is bij een deel van elke vergadering aanwezig. Het "
          "personeel van het bureau heeft een eigen medezeggenschapsraad van twee leden."),
        H1("12 Personeel en professionalisering"),
        P("De kwaliteit van de ondersteuning staat of valt met de mensen in de scholen. Het samenwerkingsverband "
          "organiseert jaarlijks een regiodag voor intern begeleiders, een leergang 'Handelingsgericht werken in "
          "combinatiegroepen' en netwerkbijeenkomsten voor specialisten gedrag, taal en meer- en hoogbegaafdheid. "
          "Scholing is gratis voor de scholen; de kosten komen ten laste van het bovenschoolse budget."),
        P("We stimuleren dat leerkrachten van het sbo en so hun kennis delen met basisscholen, bijvoorbeeld door "
          "hospitaties en gezamenlijke studiemiddagen. Voor de eigen medewerkers van het bureau heeft elke medewerker een "
          "scholingsbudget en een jaarlijks ontwikkelgesprek."),
        H1("13 Privacy, ICT en gegevensbeheer"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor "
          "zover dat nodig is voor de toewijzing van arrangementen en voor TLV-aanvragen. We werken met een beveiligd "
          "digitaal dossier; alleen medewerkers die het dossier voor hun taak nodig hebben, hebben toegang. Gegevens van "
          "een TLV-aanvraag bewaren wij tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris "
          "gegevensbescherming, die wordt gedeeld met twee andere samenwerkingsverbanden in de provincie."),
        P("Voor de ICT maken we gebruik van de diensten van een van de aangesloten besturen. In 2026 vervangen we het "
          "huidige aanvraagsysteem door een nieuw systeem dat beter aansluit op de leerlingadministratie van de scholen."),
        H1("14 Kwaliteitszorg en resultaten"),
        P("Kwaliteitszorg op het niveau van het samenwerkingsverband is bij ons nog in opbouw. Welke resultaten we in deze "
          "planperiode voor leerlingen met een ondersteuningsbehoefte willen bereiken en hoe we die gaan volgen, werken "
          "we uit zodra het nieuwe aanvraagsysteem de benodigde gegevens kan leveren. We verwachten dit in het jaarplan "
          "2026-2027 op te nemen."),
        H1("15 Planning 2025-2029"),
        TBL(["Schooljaar", "Activiteit"], [
            ["2025-2026", "Werkafspraak terugplaatsing met De Wilgenhoek en De Horst; start dorpsclusters intern begeleiding"],
            ["2026-2027", "Nieuw aanvraagsysteem; analyse ondersteuningsaanbod"],
            ["2027-2028", "Tussentijdse bespreking van het plan met OPR en gemeenten"],
            ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"]]),
        P("Het algemeen bestuur stelt jaarlijks een jaarplan en een jaarbegroting vast waarin de activiteiten uit deze "
          "planning zijn uitgewerkt. De OPR ontvangt het jaarplan ter informatie."),
        PB,
        H1("Bijlage 1 Begrippenlijst"),
        TBL(["Begrip", "Betekenis"], [
            ["Arrangement", "Een pakket extra ondersteuning voor een leerling of een groep leerlingen."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Beoogde resultaten", "De resultaten die het samenwerkingsverband met zijn beleid wil bereiken."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
            ["Monitoring", "Het systematisch volgen van gegevens om te zien of doelen worden bereikt."],
            ["Terugplaatsing", "De overstap van een leerling van het s(b)o naar het regulier onderwijs."],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling naar het sbo of so kan."]]),
        H1("Bijlage 2 Afkortingen"),
        TBL(["Afkorting", "Betekenis"], [
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectief"], ["OPR", "Ondersteuningsplanraad"], ["OT", "Ondersteuningsteam"],
            ["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"],
            ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]


LABEL_LINDELAND = dict(
    documents=["po-lindeland-2025-2029.docx"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": [], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch 4.1 defines the verband-wide minimum for every vestiging and a table of concrete voorzieningen; 4.2 kwaliteitskaart + schoolbezoek (borging).",
           "plaatsing": "Ch 6.1 criteria sbo/so, 6.2 step table with deciding Commissie Toelaatbaarheid and termijnen, 6.3 duur/categorie/LBT.",
           "terugstroom": "Ch 6.4 (inside the TLV chapter) gives policy (aim, conditions, terugplaatsingsarrangement) but the procedure is deferred to a 'werkafspraak' in 2025-2026.",
           "financien": "Ch 9.2 four distribution rules (EUR 185 per leerling, vaste voet) and 9.3 meerjarenbegroting 2025-2029 with amounts; reserves + verantwoording by 1 mei.",
           "dekkend-aanbod": "Ch 5 describes the continuum (niveaus 0-4, arrangementen, Plusklas/Taalklas); gap analysis deferred to 2026-2027; thuiszitters only as an OOGO topic word; ch 8 OOGO/OZA = ketenpartners.",
           "resultaten": "Ch 14 'Kwaliteitszorg en resultaten' only defers goals and monitoring to jaarplan 2026-2027; 'resultaten' elsewhere only in passing (visie) and in the begrippenlijst.",
           "ouders": "Ch 7: website/ouderpagina, folder, schoolgids, info-avonden; OJSP Lindeland, Onderwijsconsulenten, Geschillencommissie, klachtenregeling."})

# =====================================================================================
# P2  Havenstad  (urban PO)  -> .docx + .pdf
# =====================================================================================
def plan_havenstad():
    return [
        TITLE(["Ondersteuningsplan Passend Primair Onderwijs Havenstad 2024-2028",
               "Stichting Passend Primair Onderwijs Havenstad  ·  PO 28-93",
               "Iedere leerling telt, in iedere wijk",
               "Definitieve versie, vastgesteld 26 maart 2024"]),
        PB,
        TOC(["Hoofdstuk 1  Kader en totstandkoming .................................. 4",
             "Hoofdstuk 2  Havenstad: de stad en haar scholen ........................ 6",
             "Hoofdstuk 3  Koers 2024-2028 ........................................... 9",
             "Hoofdstuk 4  Basisondersteuning ........................................ 12",
             "Hoofdstuk 5  Het Havenstadse ondersteuningscontinuüm en dekkend aanbod .. 15",
             "Hoofdstuk 6  Toewijzing en toelaatbaarheid ............................. 21",
             "Hoofdstuk 7  Resultaten en kwaliteitszorg .............................. 27",
             "Hoofdstuk 8  Middelen en verdeelmodel .................................. 31",
             "Hoofdstuk 9  Gemeente, jeugdhulp en OOGO ............................... 35",
             "Hoofdstuk 10 Organisatie, governance en medezeggenschap ................ 38",
             "Hoofdstuk 11 Personeel, ICT en privacy ................................. 41",
             "Bijlagen (afzonderlijk document)",
             "   Bijlage 1 Afkortingenlijst",
             "   Bijlage 2 Havenstadse Standaard Basisondersteuning",
             "   Bijlage 3 Meerjarenbegroting 2024-2028"]),
        PB,
        H1("Hoofdstuk 1  Kader en totstandkoming"),
        P("Dit is het ondersteuningsplan van Stichting Passend Primair Onderwijs Havenstad voor de schooljaren 2024-2025 "
          "tot en met 2027-2028. Het plan beschrijft hoe het samenwerkingsverband zijn wettelijke opdracht uit artikel 18a "
          "WPO uitvoert: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, zodat alle "
          "leerlingen een ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig "
          "hebben een zo passend mogelijke plek krijgen."),
        P("Het plan is in ruim een jaar tot stand gekomen. Na een evaluatie van het vorige plan met alle 31 besturen zijn "
          "vijf ontwerpateliers georganiseerd, elk rond een thema: basisondersteuning, toewijzing, dekkend aanbod, "
          "middelen en resultaten. Aan de ateliers namen directeuren, intern begeleiders, leerkrachten, medewerkers van "
          "het s(b)o, beleidsmedewerkers van de gemeente en leden van de ondersteuningsplanraad deel. Het concept is "
          "besproken in het OOGO met de gemeente Havenstad op 6 februari 2024 en met het samenwerkingsverband VO "
          "Havenstad op 13 februari 2024. De ondersteuningsplanraad stemde in op 19 maart 2024."),
        TBL(["Datum", "Mijlpaal"], [
            ["september 2023", "Evaluatie ondersteuningsplan 2020-2024 met besturen"],
            ["oktober - december 2023", "Vijf ontwerpateliers"],
            ["6 februari 2024", "OOGO gemeente Havenstad"],
            ["13 februari 2024", "Overleg samenwerkingsverband VO Havenstad"],
            ["19 maart 2024", "Instemming ondersteuningsplanraad"],
            ["26 maart 2024", "Vaststelling door het algemeen bestuur"],
            ["april 2024", "Toezending aan de inspectie"]]),
        P("Het plan is een strategisch document. Uitwerkingen staan in bijlagen die in een afzonderlijk document zijn "
          "gebundeld, en in het jaarplan dat het bestuur elk jaar vaststelt. Een publieksversie van dit plan volgt in "
          "het najaar van 2024."),
        H1("Hoofdstuk 2  Havenstad: de stad en haar scholen"),
        BOX("Havenstad in kerncijfers (1 oktober 2023)", [
            "46.180 leerlingen in het basisonderwijs",
            "142 basisscholen  ·  6 scholen voor sbo  ·  9 so-scholen (cluster 3 en 4)",
            "31 schoolbesturen, van eenpitters tot besturen met 38 scholen",
            "41% van de leerlingen heeft een migratieachtergrond",
            "23 wijken, waarvan 9 met een hoge onderwijsachterstandsscore"]),
        P("Havenstad is de grootste stad van de provincie en groeit nog steeds. In de nieuwbouwwijken in het oosten "
          "openen de komende jaren vier nieuwe scholen; in de oude havenwijken daalt het leerlingaantal juist. De "
          "verschillen tussen wijken zijn groot, en daarmee ook de vraag naar ondersteuning. Scholen in de havenwijken "
          "hebben veel leerlingen met een taalachterstand, terwijl scholen in de nieuwbouwwijken met wachtlijsten voor "
          "aanmelding te maken hebben."),
        TBL(["Stadsdeel", "Scholen", "Leerlingen", "Sbo", "So"], [
            ["Centrum en Havens", "34", "9.870", "2", "3"],
            ["Noord", "31", "10.410", "1", "2"],
            ["Oost", "27", "10.960", "1", "2"],
            ["Zuid", "29", "8.320", "1", "1"],
            ["West", "21", "6.620", "1", "1"],
            ["Totaal", "142", "46.180", "6", "9"]]),
        P("De diversiteit van de stad is zichtbaar in de scholen: van kleine scholen met een eigen onderwijsconcept tot "
          "grote scholen van meer dan 600 leerlingen. Voor nieuwkomers zijn er drie taalscholen. Het aantal kinderen in "
          "de stad dat jeugdhulp ontvangt, ligt boven het landelijk gemiddelde."),
        H2("2.1 Nieuwkomers en taal"),
        P("Havenstad ontvangt jaarlijks tussen de 600 en 900 nieuwkomers in de basisschoolleeftijd. Zij beginnen in een "
          "van de drie taalscholen, waar zij gemiddeld een jaar intensief Nederlands leren, en stromen daarna door naar "
          "een basisschool in hun wijk. Het aantal nieuwkomers schommelt sterk met de internationale ontwikkelingen; in "
          "2022 en 2023 kwamen er door de oorlog in Oekraïne ruim 400 extra kinderen bij. De gemeente is verantwoordelijk "
          "voor de huisvesting van de taalscholen en het samenwerkingsverband voor de afstemming met de basisscholen."),
        H2("2.2 Schoolbesturen"),
        P("De 31 besturen in Havenstad verschillen sterk in omvang. Vijf grote besturen hebben samen 96 scholen, terwijl "
          "zestien besturen één school hebben. Dat betekent dat de ondersteuningsstructuur per bestuur verschilt: grote "
          "besturen hebben een eigen bovenschools zorgteam met orthopedagogen, kleine besturen leunen meer op het "
          "samenwerkingsverband. In de governance van het samenwerkingsverband is daarom afgesproken dat kleine besturen "
          "gezamenlijk twee zetels in de Algemene Ledenraad hebben, zodat hun stem gehoord wordt."),
        P("De besturen werken ook buiten het samenwerkingsverband samen, bijvoorbeeld in een stedelijk "
          "personeelsoverleg en in de Lokale Educatieve Agenda met de gemeente. Het samenwerkingsverband sluit bij die "
          "overleggen aan waar het over ondersteuning gaat, maar neemt geen taken van de besturen over."),
        H1("Hoofdstuk 3  Koers 2024-2028"),
        P("Onze koers voor de komende vier jaar rust op drie beloften. Wij beloven dat iedere leerling in Havenstad in "
          "de eigen wijk passend onderwijs kan volgen als dat enigszins mogelijk is. Wij beloven scholen dat zij niet "
          "alleen staan: ondersteuning is een gezamenlijke verantwoordelijkheid van alle besturen. En wij beloven de stad "
          "dat wij onze middelen verantwoord en zichtbaar inzetten."),
        P("Onze visie is inclusief: het regulier onderwijs is de norm, het speciaal onderwijs is er voor wie het echt "
          "nodig heeft. Wij geloven in de kracht van samenwerking tussen onderwijs en jeugdhulp, in de wijk en rond het "
          "kind. Leerlingen en hun ouders staan centraal in alles wat we doen. Wij kiezen voor een lerende organisatie: "
          "we meten wat we doen, we leren van wat werkt en we stoppen met wat niet werkt."),
        TBL(["Koerslijn", "Wat het betekent"], [
            ["1  Sterke basis", "Alle scholen bieden aantoonbaar de Havenstadse Standaard Basisondersteuning."],
            ["2  Thuisnabij waar het kan", "Meer leerlingen krijgen hun ondersteuning in de eigen wijk."],
            ["3  Geen kind tussen wal en schip", "Thuiszitters en wachtlijsten worden actief opgespoord en opgelost."],
            ["4  Onderwijs en zorg als één", "Onderwijs-zorgarrangementen zijn in alle stadsdelen beschikbaar."],
            ["5  Transparant", "Iedereen kan zien waar het geld naartoe gaat en wat het oplevert."]]),
        H1("Hoofdstuk 4  Basisondersteuning"),
        P("In Havenstad is basisondersteuning het niveau van ondersteuning dat iedere school, op iedere vestiging, moet "
          "kunnen bieden aan alle leerlingen. Het algemeen bestuur heeft dit niveau op 3 juli 2023 vastgelegd in de "
          "Havenstadse Standaard Basisondersteuning. De standaard is bindend voor alle 142 basisscholen; een school die "
          "de standaard niet haalt, is verplicht een verbetertraject te volgen."),
        P("De standaard bestaat uit twaalf standaarden met per standaard een aantal concretiseringen. De volledige "
          "standaard is opgenomen in bijlage 2 bij dit plan. In de komende planperiode actualiseren we de standaard zodra "
          "de landelijke norm voor basisondersteuning bekend is."),
        BOX("Basisondersteuning in cijfers", [
            "12 standaarden  ·  48 concretiseringen",
            "Audits 2020-2024: 131 van de 142 scholen voldeden volledig",
            "11 scholen in een verbetertraject, 7 daarvan afgerond"]),
        P("Scholen laten zich eens in de drie jaar auditen door een team van twee getrainde auditoren van andere besturen "
          "en een adviseur van het samenwerkingsverband. De audit toetst de twaalf standaarden aan de hand van "
          "documenten, klassenbezoeken en gesprekken. Voldoet een school op één of meer standaarden niet, dan stelt het "
          "bestuur binnen zes weken een verbeterplan op en volgt na een jaar een hercontrole."),
        H1("Hoofdstuk 5  Het Havenstadse ondersteuningscontinuüm en dekkend aanbod"),
        H2("5.1 Het continuüm"),
        P("Het continuüm van ondersteuning in Havenstad bestaat uit vijf treden. Iedere trede bouwt voort op de vorige; "
          "een leerling gaat pas naar een volgende trede als de mogelijkheden van de vorige zijn benut."),
        TBL(["Trede", "Voorziening", "Toegang", "Bekostiging"], [
            ["A", "Basisondersteuning op iedere school", "Vrij, via de school", "Lumpsum school en schoolbudget"],
            ["B", "Extra ondersteuning op de eigen school (schoolarrangement)", "Besluit school na OT", "Schoolbudget"],
            ["C", "Bovenschoolse arrangementen: Taalklassen (3), Plusklassen (8), observatiegroepen (4), "
                  "Kleuterinterventiegroep, ambulante begeleiding gedrag en ziekte", "Loket Toewijzing", "Centraal budget arrangementen"],
            ["D", "Speciaal basisonderwijs (6 scholen)", "TLV sbo", "Samenwerkingsverband"],
            ["E", "Speciaal onderwijs cluster 3 en 4 (9 scholen) en onderwijs-zorgarrangementen", "TLV so / OZA-tafel",
             "Samenwerkingsverband en gemeente"]]),
        P("Tussen de treden zijn overgangen mogelijk in beide richtingen. De observatiegroepen zijn bedoeld voor "
          "leerlingen bij wie nog onduidelijk is wat zij nodig hebben; na maximaal twaalf weken volgt een advies. De "
          "ambulante begeleiding wordt uitgevoerd door het Expertisecentrum Havenstad, een samenwerking van de sbo- en "
          "so-scholen."),
        H2("5.2 Hoe houden we het aanbod dekkend?"),
        P("Het samenwerkingsverband houdt twee keer per jaar een 'Monitor dekkend aanbod' bij. Daarin brengen we per "
          "stadsdeel in beeld: de wachtlijsten voor sbo, so en bovenschoolse arrangementen; het aantal thuiszitters en "
          "leerlingen met een vrijstelling; en de leerlingen voor wie binnen zes weken na aanmelding geen passende plek "
          "is gevonden. De monitor wordt besproken in het algemeen bestuur en met de gemeente."),
        P("Voor iedere thuiszitter of dreigende thuiszitter is er het Thuiszittersoverleg, dat elke maand bijeenkomt. "
          "Daaraan nemen de leerplichtambtenaar, een trajectbegeleider van het samenwerkingsverband, het wijkteam en de "
          "betrokken school deel. Binnen twee weken na melding is er een plan; lukt het niet om binnen drie maanden een "
          "passende plek te vinden, dan zet de directeur-bestuurder zijn doorzettingsmacht in en wijst een school en een "
          "arrangement aan."),
        P("Uit de monitor van het voorjaar 2024 bleek een structureel tekort aan plekken in het so cluster 4: 37 "
          "leerlingen stonden op de wachtlijst. Daarom openen we in augustus 2025 een extra observatiegroep in Noord en "
          "breiden we samen met twee so-besturen de capaciteit uit met 24 plaatsen vóór 1 augustus 2026. Voor "
          "hoogbegaafde leerlingen die in de Plusklas onvoldoende uitdaging vinden, starten we in 2025 een voltijds "
          "HB-voorziening in Zuid."),
        H1("Hoofdstuk 6  Toewijzing en toelaatbaarheid"),
        H2("6.1 Het Loket Toewijzing"),
        P("Alle aanvragen voor bovenschoolse arrangementen en toelaatbaarheidsverklaringen lopen via het Loket "
          "Toewijzing van het samenwerkingsverband. Het loket is bemand door consulenten passend onderwijs, die scholen "
          "ook adviseren voordat een aanvraag wordt gedaan."),
        H2("6.2 De procedure voor een TLV sbo of so"),
        TBL(["Stap", "Inhoud", "Verantwoordelijk", "Termijn"], [
            ["1", "Multidisciplinair overleg (MDO) op school met consulent; vaststellen dat een TLV wordt aangevraagd",
             "Intern begeleider", "-"],
            ["2", "Aanvraag via het portaal met groeidocument, OPP en onderwijskundig rapport", "Bevoegd gezag", "-"],
            ["3", "Ontvangstbevestiging en toets op volledigheid", "Loket Toewijzing", "5 werkdagen"],
            ["4", "Twee deskundigenadviezen, afzonderlijk en schriftelijk: een orthopedagoog of GZ-psycholoog en een "
                  "tweede deskundige die past bij de vraag (jeugdarts, maatschappelijk werker of kinderpsychiater)",
             "Deskundigen Loket", "4 weken"],
            ["5", "Besluit", "Commissie Toewijzing (gemandateerd door directeur-bestuurder)", "uiterlijk 6 weken na stap 3"],
            ["6", "Verzending besluit; bij so met bekostigingscategorie", "Loket Toewijzing", "2 werkdagen"]]),
        P("Een spoedprocedure is mogelijk wanneer de veiligheid van de leerling of de groep in het geding is; het besluit "
          "volgt dan binnen tien werkdagen en de TLV is maximaal zes maanden geldig. Een reguliere TLV sbo is geldig tot "
          "het einde van de basisschoolperiode; een TLV so wordt afgegeven voor één tot drie schooljaren, met de "
          "bekostigingscategorie laag, midden of hoog."),
        H2("6.3 Criteria"),
        P("De criteria voor toelaatbaarheid tot het sbo en het so worden in 2024-2025 samen met de s(b)o-scholen herijkt. "
          "Het nieuwe toetsingskader 'Wanneer sbo, wanneer so?' wordt na instemming van de ondersteuningsplanraad aan dit "
          "plan toegevoegd. Tot die tijd beoordeelt de Commissie Toewijzing iedere aanvraag op haar eigen merites."),
        H2("6.4 Na de TLV: terug of verder"),
        P("Havenstad kiest voor terugplaatsing waar dat kan. Uitgangspunt is dat een plaatsing in het s(b)o tijdelijk is "
          "wanneer de ontwikkeling van de leerling dat toelaat, en dat een leerling die terugkeert zo dicht mogelijk bij "
          "huis naar school gaat. Een leerling komt in aanmerking voor terugplaatsing wanneer het OPP laat zien dat de "
          "leerling zich met een schoolarrangement (trede B) of een bovenschools arrangement (trede C) in het regulier "
          "onderwijs verder kan ontwikkelen."),
        P("De s(b)o-school evalueert het OPP van iedere leerling twee keer per jaar, in november en in mei. In het laatste "
          "jaar van een TLV bespreekt de s(b)o-school vóór 1 maart met de consulent van het Loket of terugplaatsing "
          "mogelijk is. Is dat het geval, dan zoekt de consulent samen met de s(b)o-school een basisschool in de wijk en "
          "stellen zij een overgangsplan op; de Commissie Toewijzing stelt het terugkeerarrangement vast. Is "
          "terugplaatsing niet mogelijk, dan dient de s(b)o-school vóór 1 april een aanvraag voor een nieuwe TLV in, "
          "zodat er op 1 augustus een besluit ligt."),
        P("Na de terugkeer krijgt de ontvangende basisschool een terugkeerarrangement: twaalf maanden ambulante "
          "begeleiding door het Expertisecentrum Havenstad en een budget van € 4.500 voor extra handen in de klas. Na zes "
          "en na twaalf maanden wordt het arrangement geëvalueerd."),
        TBL(["Terugplaatsingen", "2020-21", "2021-22", "2022-23", "2023-24"], [
            ["Uit sbo naar basisonderwijs", "21", "19", "26", "29"],
            ["Uit so naar basisonderwijs of sbo", "6", "8", "7", "9"]]),
        H1("Hoofdstuk 7  Resultaten en kwaliteitszorg"),
        H2("7.1 Beoogde resultaten 2024-2028"),
        P("Bij iedere koerslijn hoort een beoogd resultaat met een meetbare indicator. Het bestuur rapporteert jaarlijks "
          "over de voortgang."),
        TBL(["Koerslijn", "Indicator", "Stand 2023", "Streefwaarde 2028"], [
            ["1", "Scholen die bij de audit volledig aan de standaard voldoen", "131 van 142", "alle scholen"],
            ["2", "Deelnamepercentage sbo + so (1 oktober)", "3,9%", "3,4%"],
            ["2", "Leerlingen met een bovenschools arrangement die in de eigen wijk blijven", "71%", "85%"],
            ["3", "Thuiszitters langer dan 3 maanden (peildatum 1 juni)", "28", "minder dan 10"],
            ["3", "Gemiddelde doorlooptijd TLV-aanvraag", "7,5 weken", "5 weken"],
            ["4", "Stadsdelen met een onderwijs-zorgarrangement", "3 van 5", "5 van 5"],
            ["5", "Scholen die hun besteding van het schoolbudget volledig verantwoorden", "84%", "100%"]]),
        H2("7.2 Hoe volgen we de resultaten?"),
        P("Het bureau verzamelt de indicatoren via de audits, het Loket Toewijzing, de leerplichtadministratie van de "
          "gemeente en de verantwoordingen van de besturen. Twee keer per jaar, in januari en juni, verschijnt een "
          "dashboard dat in het algemeen bestuur en in de ondersteuningsplanraad wordt besproken. In het jaarverslag "
          "rapporteren we per indicator de bereikte stand, met een toelichting en met de kosten van de bijbehorende "
          "voorzieningen. Halverwege de planperiode, in het voorjaar van 2026, laten we een externe tussenevaluatie "
          "uitvoeren."),
        P("Het vorige plan (2020-2024) hebben we geëvalueerd. Het deelnamepercentage sbo + so daalde van 4,3% naar 3,9%; "
          "het aantal thuiszitters langer dan drie maanden steeg van 19 naar 28. Die stijging is de belangrijkste reden "
          "voor koerslijn 3."),
        H1("Hoofdstuk 8  Middelen en verdeelmodel"),
        P("Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning. Na aftrek van de "
          "afdrachten voor het so en het sbo boven de 2%-grens verdelen we de middelen volgens het Havenstadse "
          "verdeelmodel."),
        TBL(["Onderdeel verdeelmodel", "Criterium", "Aandeel"], [
            ["Schoolbudget", "€ 142 per leerling (teldatum 1 oktober), naar het bestuur", "62%"],
            ["Vaste voet", "€ 6.000 per vestiging", "8%"],
            ["Wijkfactor", "Toeslag voor scholen met een hoge achterstandsscore (CBS-indicator), € 35 per leerling", "6%"],
            ["Centraal budget arrangementen", "Toekenning per arrangement door het Loket Toewijzing", "16%"],
            ["Organisatie en loket", "Bureau, consulenten en deskundigen", "8%"]]),
        P("Wijzigingen in het verdeelmodel worden door het algemeen bestuur vastgesteld na advies van de "
          "ondersteuningsplanraad en met een ingroeiperiode van ten minste één schooljaar. Besturen verantwoorden in hun "
          "jaarverslag de inzet van het schoolbudget."),
        P("De meerjarenbegroting 2024-2028 wordt jaarlijks in december door het algemeen bestuur vastgesteld en is "
          "opgenomen in bijlage 3."),
        TBL(["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"], [
            ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
        P("De reserves van het samenwerkingsverband liggen boven de signaleringswaarde van de inspectie. Het bestuur "
          "heeft besloten het bovenmatige deel in deze planperiode in te zetten voor de uitbreiding in het so cluster 4."),
        H1("Hoofdstuk 9  Gemeente, jeugdhulp en OOGO"),
        P("De gemeente Havenstad en het samenwerkingsverband werken samen op basis van de Lokale Educatieve Agenda. In het "
          "OOGO zijn afspraken gemaakt over: onderwijs-zorgarrangementen, de inzet van schoolmaatschappelijk werk, "
          "thuiszitters, leerlingenvervoer naar het s(b)o, en huisvesting van de nieuwe observatiegroepen."),
        P("Sinds 2022 werkt in elk stadsdeel een OZA-tafel, waar het samenwerkingsverband, de wijkteams en de "
          "jeugdhulpaanbieders samen beslissen over arrangementen waarin onderwijs en zorg worden gecombineerd. De "
          "gemeente betaalt het zorgdeel, het samenwerkingsverband het onderwijsdeel. Het OOGO vindt twee keer per jaar "
          "bestuurlijk plaats; een geschil wordt voorgelegd aan een onafhankelijke voorzitter."),
        H1("Hoofdstuk 10  Organisatie, governance en medezeggenschap"),
        P("De stichting kent een raad van toezicht met vijf leden en een directeur-bestuurder. De 31 besturen vormen samen "
          "de Algemene Ledenraad, die het ondersteuningsplan, de begroting en het verdeelmodel vaststelt. Het bureau telt "
          "38 fte, onder wie 16 consulenten passend onderwijs en 6 orthopedagogen."),
        P("De ondersteuningsplanraad telt twaalf leden en heeft instemmingsrecht op het ondersteuningsplan. De OPR "
          "vergadert acht keer per jaar en heeft een eigen budget voor scholing en ondersteuning. Daarnaast is er een "
          "medezeggenschapsraad voor het personeel van het bureau."),
        P("Het samenwerkingsverband hecht aan een heldere scheiding tussen bestuur en toezicht. De raad van toezicht "
          "werkt met een toezichtkader en een jaarlijkse zelfevaluatie, en heeft een auditcommissie en een commissie "
          "onderwijs en kwaliteit. De directeur-bestuurder legt ieder kwartaal verantwoording af aan de raad over de "
          "uitvoering van het jaarplan. Eens per jaar voert de raad een gesprek met de ondersteuningsplanraad."),
        P("Het bureau is gehuisvest in het voormalige havenkantoor aan de Kadestraat. De consulenten werken grotendeels "
          "vanuit de stadsdelen, waar zij een vaste werkplek hebben in een van de scholen."),
        H1("Hoofdstuk 11  Personeel, ICT en privacy"),
        P("Het lerarentekort raakt Havenstad hard: in het schooljaar 2023-2024 stonden gemiddeld 95 vacatures open. Het "
          "samenwerkingsverband ondersteunt besturen met een gezamenlijke academie voor intern begeleiders en een "
          "traineeship voor zij-instromers in het sbo. Medewerkers van het bureau hebben een individueel "
          "ontwikkelplan."),
        P("Het portaal van het Loket Toewijzing voldoet aan de AVG. Gegevens van aanvragen worden drie jaar na het besluit "
          "vernietigd. Het samenwerkingsverband heeft een eigen functionaris gegevensbescherming en voert jaarlijks een "
          "privacy-audit uit."),
        P("In 2025 koppelen we het portaal aan de leerlingadministratiesystemen van de besturen, zodat scholen gegevens "
          "niet dubbel hoeven in te voeren. Ook onderzoeken we of we de aanvragen voor arrangementen kunnen vereenvoudigen "
          "tot één digitaal formulier."),
        H1("Hoofdstuk 12  Planning en jaarcyclus"),
        P("Het ondersteuningsplan wordt elk jaar vertaald in een jaarplan en een jaarbegroting. Het jaarplan beschrijft "
          "welke activiteiten in dat jaar worden uitgevoerd, wie daarvoor verantwoordelijk is en wanneer ze klaar moeten "
          "zijn. De planning hieronder geeft de hoofdlijnen voor de hele periode."),
        TBL(["Schooljaar", "Belangrijkste activiteiten"], [
            ["2024-2025", "Herijking criteria toelaatbaarheid; start HB-voorziening Zuid; koppeling portaal met besturen"],
            ["2025-2026", "Extra observatiegroep Noord; uitbreiding so cluster 4; externe tussenevaluatie"],
            ["2026-2027", "Actualisatie Havenstadse Standaard na landelijke norm; tweede auditronde afronden"],
            ["2027-2028", "Evaluatie van het plan; voorbereiding ondersteuningsplan 2028-2032"]]),
        P("De jaarcyclus van het samenwerkingsverband volgt het schooljaar. In september stelt het bestuur het jaarplan "
          "vast, in december de begroting, in januari en juni wordt het dashboard besproken en vóór 1 juli verschijnt het "
          "jaarverslag over het voorgaande kalenderjaar. De ondersteuningsplanraad ontvangt alle stukken en wordt vooraf "
          "gehoord over wijzigingen in het plan."),
        PB,
        H1("Bijlage 1  Afkortingenlijst"),
        TBL(["Afkorting", "Betekenis"], [
            ["GPO", "Geschillencommissie passend onderwijs"], ["HB", "Hoogbegaafdheid"],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["MDO", "Multidisciplinair overleg"], ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectief"],
            ["OPR", "Ondersteuningsplanraad"], ["OZA", "Onderwijs-zorgarrangement"], ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]


LABEL_HAVENSTAD = dict(
    documents=["po-havenstad-2024-2028.docx", "po-havenstad-2024-2028.pdf"], sector="po",
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
              "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": []},
    notes={"basisondersteuning": "Ch 4 defines the binding verband-wide level (Havenstadse Standaard) and audits, but the 12 standards themselves are only in bijlage 2, which is not part of the document.",
           "plaatsing": "Ch 6.2 step table (bevoegd gezag, Loket, two deskundigen, Commissie Toewijzing, 6 weeks) + duur/categorie; 6.3 defers the criteria to a new toetsingskader ('wordt herijkt ... toegevoegd').",
           "terugstroom": "Hidden in ch 6.4 'Na de TLV: terug of verder' inside the TLV chapter: policy, OPP evaluations, 1 maart/1 april moments, decision by Commissie Toewijzing, terugkeerarrangement, figures table.",
           "financien": "Ch 8 'Middelen en verdeelmodel' gives the verdeelmodel with criteria and per-leerling amounts; the meerjarenbegroting table contains only 'p.m.' and refers to absent bijlage 3.",
           "dekkend-aanbod": "Ch 5.1 continuum table (treden A-E) and 5.2 Monitor dekkend aanbod, Thuiszittersoverleg, doorzettingsmacht, actions for the cluster-4 shortage.",
           "resultaten": "Ch 7.1 indicator table with baseline and streefwaarden; 7.2 dashboard twice a year, jaarverslag, tussenevaluatie, evaluation of previous plan.",
           "ouders": "No section on parents: only passing mentions (visie), a deferred 'publieksversie volgt' in ch 1, and OJSP/GPO only in the afkortingenlijst; OPR described without composition."})

# =====================================================================================
# P3  Veenhoek  (rural PO)  -> .pdf only
# =====================================================================================
def plan_veenhoek():
    return [
        TITLE(["Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband Passend Onderwijs Veenhoek  (PO 20-96)",
               "voor de basisscholen en de sbo-school in de gemeenten Veenhoek, Zuidermade en Wildervank-Oost",
               "Versie ter instemming OPR  ·  vastgesteld door het bestuur op 21 april 2026"]),
        PB,
        TOC(["1. Woord vooraf", "2. Over ons samenwerkingsverband", "3. Wat wij willen bereiken",
             "4. Basisondersteuning: wat elke school biedt", "5. Speciaal basisonderwijs en speciaal onderwijs",
             "6. Terugplaatsing en doorstroom", "7. Informatie voor ouders", "8. Geld en middelen",
             "9. Beoogde resultaten", "10. Organisatie, bestuur en medezeggenschap",
             "11. Personeel, scholing en samenwerking tussen scholen", "12. Gemeenten en OOGO",
             "13. Privacy", "14. Tijdpad", "Bijlage A: Woordenlijst"]),
        PB,
        H1("1. Woord vooraf"),
        P("Veenhoek is een klein samenwerkingsverband in een groot gebied. Onze 28 basisscholen liggen verspreid over "
          "drie gemeenten, van de lintdorpen langs de kanalen tot de nieuwe wijk aan de rand van Zuidermade. Veel scholen "
          "zijn klein; de kleinste telt dit jaar 38 leerlingen. Die kleinschaligheid maakt ons sterk, want leerkrachten "
          "kennen hun leerlingen en hun families goed. Tegelijk maakt het ons kwetsbaar: als één intern begeleider "
          "uitvalt, merkt een hele school dat."),
        P("Met dit vierde ondersteuningsplan kiezen we voor een eenvoudige lijn. We willen dat ouders, leerkrachten en "
          "directeuren in één oogopslag zien wat zij van elke school mogen verwachten, hoe het geld wordt verdeeld en wat "
          "we de komende vier jaar willen bereiken. Het plan is daarom korter dan het vorige. Wat niet in het plan staat, "
          "regelen de besturen zelf of werken we uit in het jaarplan."),
        P("Het plan is geschreven door een kleine schrijfgroep van twee directeuren, een intern begeleider, de "
          "beleidsmedewerker van het bureau en de voorzitter van de ondersteuningsplanraad. Alle besturen hebben het "
          "concept in hun eigen organisatie besproken. Wij danken de schrijfgroep en iedereen die heeft gereageerd."),
        P("Het bestuur van Samenwerkingsverband Veenhoek"),
        H1("2. Over ons samenwerkingsverband"),
        P("2.1 Het samenwerkingsverband Veenhoek is een vereniging van vijf schoolbesturen. Samen hebben zij 28 "
          "basisscholen en één school voor speciaal basisonderwijs, De Kompasroos in Zuidermade. Er is geen school voor "
          "speciaal onderwijs binnen ons gebied; leerlingen die speciaal onderwijs nodig hebben, gaan naar scholen in de "
          "regio's Stadskanaal en Emmen."),
        BOX("Veenhoek in het kort", [
            "5 besturen  ·  28 basisscholen  ·  1 sbo-school",
            "3.410 leerlingen (1 oktober 2025)",
            "gemiddelde schoolgrootte: 122 leerlingen",
            "afstand verste school tot De Kompasroos: 31 km",
            "bureau: 2,8 fte"]),
        P("2.2 De afgelopen jaren is het aantal leerlingen licht gedaald, maar de daling vlakt af door de instroom van "
          "gezinnen in de nieuwbouwwijk van Zuidermade en door arbeidsmigranten die zich in Wildervank-Oost vestigen. "
          "Daardoor neemt het aantal leerlingen met een andere thuistaal toe. Op zes scholen spreekt meer dan een op de "
          "tien leerlingen thuis een andere taal dan Nederlands."),
        TBL(["Bestuur", "Scholen", "Leerlingen 1-10-2025"], [
            ["Stichting Openbaar Onderwijs Veenhoek", "11", "1.260"],
            ["Vereniging voor Christelijk Onderwijs De Veenster", "8", "1.040"],
            ["Stichting Katholiek Onderwijs Zuidermade", "5", "690"],
            ["Stichting Samenwerkingsschool Wildervank", "3", "310"],
            ["Vereniging Sbo De Kompasroos", "1 (sbo)", "110"]]),
        P("2.3 De wet vraagt van ieder samenwerkingsverband dat het plan ingaat op een aantal vaste onderwerpen: de "
          "basisondersteuning, het samenhangend geheel van voorzieningen, de toelaatbaarheid, de terugplaatsing, de "
          "verdeling van de middelen, de resultaten en de informatie aan ouders. Dit plan volgt die indeling zoveel "
          "mogelijk."),
        H1("3. Wat wij willen bereiken"),
        P("3.1 Onze opdracht is dat alle kinderen in Veenhoek onderwijs krijgen dat bij hen past. Wij geloven dat dit het "
          "best lukt op de school in het eigen dorp, met een leerkracht die het kind kent en met ouders die meedoen. "
          "Kinderen groeien op in een gemeenschap; de school is daar een belangrijk deel van."),
        P("3.2 Wij willen dat iedere school sterk genoeg is om de meeste kinderen zelf goed te begeleiden. Daarom "
          "investeren we vooral in de basis: in de intern begeleiders, in de deskundigheid van leerkrachten en in de "
          "samenwerking tussen dorpsscholen. Het bureau van het samenwerkingsverband is klein en zal klein blijven; het "
          "geld hoort in de scholen."),
        P("3.3 Voor de planperiode 2026-2030 hebben wij drie speerpunten gekozen: een stevige basisondersteuning op elke "
          "school, betere aandacht voor kinderen met een taalachterstand, en meer samenwerking tussen de scholen van "
          "verschillende besturen."),
        P("3.4 Wij hebben bij het schrijven van dit plan nadrukkelijk gekeken naar de eigenheid van ons gebied. Veenhoek "
          "is ontstaan uit de turfwinning; de dorpen liggen als kralen aan een ketting langs de kanalen. Veel families "
          "wonen er al generaties. Tegelijk komen er nieuwe inwoners bij: jonge gezinnen die in de stad geen betaalbaar huis "
          "vinden, en arbeidsmigranten die in de landbouw en de logistiek werken. Die mix vraagt van scholen dat zij "
          "zowel dicht bij de dorpsgemeenschap staan als openstaan voor nieuwkomers."),
        P("3.5 Voor het samenwerkingsverband betekent dit dat we vooral willen faciliteren. We willen geen ingewikkelde "
          "structuren optuigen, maar scholen helpen met kennis, een helder verdeelmodel en korte lijnen. De besturen "
          "blijven zelf verantwoordelijk voor het onderwijs op hun scholen. Het samenwerkingsverband is er om te zorgen "
          "dat zij die verantwoordelijkheid samen kunnen dragen."),
        P("3.6 Dit plan is tot stand gekomen in vijf stappen. In het voorjaar van 2025 hebben we het vorige plan met de "
          "besturen doorgesproken. In het najaar volgden drie bijeenkomsten met intern begeleiders en directeuren, één in "
          "elke gemeente. Daarna schreef de schrijfgroep een concept, dat in december 2025 naar alle scholen en naar de "
          "ondersteuningsplanraad ging. Na verwerking van de reacties volgden het OOGO, de instemming van de OPR en de "
          "vaststelling door het bestuur."),
        H1("4. Basisondersteuning: wat elke school biedt"),
        P("4.1 Onder basisondersteuning verstaan wij in Veenhoek het afgesproken niveau van ondersteuning dat alle 28 "
          "basisscholen bieden, ook de kleinste dorpsschool met twee combinatiegroepen. De vijf besturen hebben dit niveau "
          "samen vastgesteld; het geldt voor iedere vestiging en is de ondergrens. Het is wat iedere ouder in ons gebied "
          "van de school mag verwachten, welke school hij ook kiest."),
        P("4.2 In de tabel hieronder staat wat elke school ten minste biedt."),
        TBL(["Thema", "Wat elke school in Veenhoek ten minste biedt"], [
            ["Lezen en taal", "Dyslexieprotocol; vroegtijdige signalering in groep 2 en 3; extra leestijd in kleine groepjes voor zwakke lezers; "
                              "voor kinderen met een andere thuistaal een NT2-aanbod van ten minste twee uur per week in het eerste jaar"],
            ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie; verlengde instructie dagelijks"],
            ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren; een pestprotocol; jaarlijkse monitoring van sociale veiligheid; "
                                      "een vast aanspreekpunt voor gedragsvragen"],
            ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; signalering met een vast instrument in groep 1-2 en 5"],
            ["Medisch", "Protocol medisch handelen; afspraken met ouders over medicijngebruik"],
            ["Structuur", "Een intern begeleider (bij scholen onder 80 leerlingen gedeeld met een andere school); "
                          "drie groepsbesprekingen per jaar; een ontwikkelingsperspectief voor kinderen met een eigen leerlijn"]]),
        P("4.3 Iedere school beschrijft in de schoolgids hoe zij deze basisondersteuning vormgeeft en welke ondersteuning "
          "zij daarnaast biedt."),
        H1("5. Speciaal basisonderwijs en speciaal onderwijs"),
        P("5.1 Sommige kinderen hebben meer nodig dan een basisschool kan bieden. Zij kunnen met een "
          "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband naar De Kompasroos of naar een school voor "
          "speciaal onderwijs. Het samenwerkingsverband geeft een TLV af als een kind aan de volgende criteria voldoet."),
        TBL(["Voorziening", "Criteria voor toelaatbaarheid"], [
            ["Speciaal basisonderwijs",
             "a) de ondersteuningsbehoefte ligt op het gebied van leren, gedrag of werkhouding; b) de basisschool heeft "
             "gedurende minimaal een half jaar extra ondersteuning geboden volgens een OPP en deze is geëvalueerd; c) het "
             "kind heeft een kleinere groep en meer structuur nodig dan de basisschool, ook met hulp van buiten, kan "
             "bieden; d) het kind kan wel profiteren van groepsonderwijs met een aangepast tempo."],
            ["Speciaal onderwijs cluster 3",
             "a) er is sprake van een verstandelijke beperking (IQ onder ca. 55), een ernstige lichamelijke beperking of "
             "langdurige ziekte; b) het kind heeft gedurende de hele schooldag verzorging of medische begeleiding nodig; "
             "c) het sbo kan hierin niet voorzien."],
            ["Speciaal onderwijs cluster 4",
             "a) er is sprake van ernstige gedragsproblemen of psychiatrische problematiek; b) het kind is ook in een "
             "kleine sbo-groep niet veilig of brengt de veiligheid van anderen in gevaar; c) onderwijs en behandeling "
             "moeten nauw op elkaar aansluiten."]]),
        P("5.2 Een TLV voor De Kompasroos geven we in de regel af tot het einde van de basisschoolperiode. Voor het "
          "speciaal onderwijs bepalen de deskundigen de duur, met een maximum van vier jaar."),
        P("5.3 Het stroomschema voor de aanvraag van een TLV, met de formulieren en de termijnen, is te vinden op "
          "www.swvveenhoek.nl/tlv."),
        H1("6. Terugplaatsing en doorstroom"),
        P("6.1 Elk jaar gaan ongeveer 40 kinderen van groep 8 van onze scholen naar het voortgezet onderwijs. Voor de "
          "overstap gebruiken alle scholen de regionale overstapkalender en het digitale overdrachtsdossier van het "
          "samenwerkingsverband VO. In maart vindt voor iedere leerling met een OPP een warme overdracht plaats tussen de "
          "basisschool en de school voor voortgezet onderwijs."),
        P("6.2 Scholen voor voortgezet onderwijs in de regio ontvangen de overdrachtsgegevens uiterlijk 1 april. Het "
          "samenwerkingsverband VO organiseert in juni een terugkoppeling, zodat de basisscholen horen hoe hun oud-"
          "leerlingen het in de brugklas doen."),
        H1("7. Informatie voor ouders"),
        P("7.1 Ouders moeten weten wat zij van de school en van het samenwerkingsverband mogen verwachten. Wij informeren "
          "ouders op drie manieren. De website www.swvveenhoek.nl heeft een ouderdeel waarin staat welke "
          "basisondersteuning elke school biedt en hoe het speciaal (basis)onderwijs werkt. Iedere school geeft bij de "
          "aanmelding de brochure 'Passend onderwijs in Veenhoek' mee, die in het Nederlands, Pools en Arabisch "
          "beschikbaar is. En in de schoolgids van iedere school staat een vaste paragraaf over de ondersteuning op die "
          "school, met de naam van de intern begeleider."),
        P("7.2 Bij vragen kunnen ouders altijd terecht bij de intern begeleider of de directeur van de school. Voor "
          "ouders die er met de school niet uitkomen, werken we aan een ouder- en jeugdsteunpunt; informatie over hoe dat "
          "er precies uit komt te zien, volgt in de loop van 2026."),
        H1("8. Geld en middelen"),
        P("8.1 Veenhoek werkt met een schoolmodel: het grootste deel van het geld gaat rechtstreeks naar de besturen, "
          "omdat de scholen zelf de ondersteuning organiseren. Het samenwerkingsverband ontvangt van het Rijk het budget "
          "voor lichte en zware ondersteuning; DUO houdt daarop de bedragen in voor leerlingen in het speciaal onderwijs."),
        P("8.2 De verdeling gaat als volgt. Ieder bestuur ontvangt voor iedere leerling op de teldatum van 1 oktober een "
          "bedrag van € 210. Scholen met minder dan 80 leerlingen krijgen daarbovenop een vast bedrag van € 5.000. De "
          "Kompasroos ontvangt de bekostiging voor het aantal leerlingen boven de 2%-grens. Het bureau wordt betaald uit "
          "een vast percentage van maximaal 6% van de baten. Het bestuur stelt de bedragen jaarlijks bij de begroting "
          "vast; een wijziging van het verdeelmodel vraagt een besluit met twee derde van de stemmen."),
        P("8.3 De besturen leveren jaarlijks vóór 1 juni een verantwoording aan over de besteding van het bedrag per "
          "leerling, volgens een vast format met de posten personeel, externe expertise en materialen."),
        TBL(["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029", "2030"], [
            ["Baten ondersteuningsbudget", "3.540.000", "3.505.000", "3.480.000", "3.460.000", "3.440.000"],
            ["Inhouding DUO speciaal onderwijs", "-1.310.000", "-1.295.000", "-1.285.000", "-1.280.000", "-1.270.000"],
            ["Budget per leerling aan besturen", "716.100", "711.900", "707.700", "703.500", "699.300"],
            ["Vast bedrag kleine scholen", "45.000", "45.000", "40.000", "40.000", "40.000"],
            ["Bekostiging De Kompasroos boven 2%", "1.080.000", "1.070.000", "1.060.000", "1.055.000", "1.050.000"],
            ["Bureau en deskundigen TLV", "205.000", "207.000", "209.000", "211.000", "213.000"],
            ["Scholing en samenwerking scholen", "120.000", "120.000", "120.000", "110.000", "110.000"],
            ["Saldo", "63.900", "56.100", "58.300", "60.500", "57.700"]]),
        P("8.4 Het samenwerkingsverband heeft een algemene reserve van € 610.000, ruim onder de signaleringswaarde."),
        H1("9. Beoogde resultaten"),
        P("9.1 Bij onze speerpunten horen de volgende resultaten die wij aan het einde van de planperiode willen "
          "bereiken."),
        TBL(["Speerpunt", "Beoogd resultaat in 2030"], [
            ["Stevige basisondersteuning", "Alle 28 scholen bieden aantoonbaar de basisondersteuning uit hoofdstuk 4."],
            ["Stevige basisondersteuning", "Het percentage leerlingen in het sbo blijft onder de 3,0% (1 oktober 2025: 3,2%)."],
            ["Taalachterstand", "90% van de NT2-leerlingen haalt na twee jaar het niveau van de groep bij technisch lezen."],
            ["Samenwerking tussen scholen", "Iedere school werkt met ten minste één school van een ander bestuur samen in een ib-netwerk."]]),
        P("9.2 Hoe en wanneer we meten of deze resultaten zijn bereikt, leggen we vast in een kwaliteitsplan. Dat plan "
          "verschijnt uiterlijk in 2027."),
        H1("10. Organisatie, bestuur en medezeggenschap"),
        P("10.1 De vereniging heeft een bestuur dat bestaat uit de vijf bestuurders van de aangesloten besturen. Een "
          "onafhankelijke voorzitter leidt de vergaderingen. De dagelijkse leiding ligt bij een coördinator (0,8 fte), "
          "die wordt ondersteund door een beleidsmedewerker en een administratief medewerker. Het intern toezicht is "
          "belegd bij een toezichtscommissie van twee onafhankelijke leden."),
        P("10.2 De ondersteuningsplanraad bestaat uit acht leden, vier ouders en vier personeelsleden, gekozen uit de "
          "medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert "
          "vier keer per jaar en wordt ondersteund door een ambtelijk secretaris."),
        P("10.3 Het bestuur vergadert zes keer per jaar. Het jaarverslag en de jaarrekening worden vóór 1 juli "
          "vastgesteld en op de website geplaatst."),
        H1("11. Personeel, scholing en samenwerking tussen scholen"),
        P("11.1 Voor een klein gebied is het belangrijk dat kennis niet op één plek blijft hangen. We organiseren daarom "
          "vier ib-netwerken, elk met zes tot acht scholen van verschillende besturen. De netwerken komen zes keer per jaar "
          "bij elkaar en bespreken casuïstiek, nieuwe methoden en de kwaliteit van de basisondersteuning."),
        P("11.2 Elk jaar bieden we een scholingsaanbod aan van vier onderdelen: NT2 in de groep, gedrag in "
          "combinatiegroepen, dyslexie en meerbegaafdheid. De cursussen zijn gratis voor alle scholen en worden bij "
          "voorkeur op een school in het gebied gegeven, zodat de reistijd beperkt blijft."),
        P("11.3 Het samenwerkingsverband heeft zelf geen leerkrachten in dienst. De orthopedagoog die de "
          "deskundigenadviezen voor TLV-aanvragen geeft, wordt ingehuurd bij een extern bureau."),
        P("11.4 Ook leerkrachten in het gebied werken steeds vaker samen. Op drie plaatsen delen twee dorpsscholen van "
          "verschillende besturen een vakleerkracht bewegingsonderwijs en een muziekdocent. Die samenwerking begon als "
          "oplossing voor krapte, maar blijkt ook de onderlinge band tussen de scholen te versterken. Wij willen die "
          "ontwikkeling ondersteunen, bijvoorbeeld door gezamenlijke studiedagen te organiseren waarvoor alle leerkrachten "
          "in het gebied worden uitgenodigd."),
        H1("12. Gemeenten en OOGO"),
        P("12.1 Het ontwerp van dit plan is op 4 februari 2026 in het op overeenstemming gericht overleg voorgelegd aan de "
          "wethouders onderwijs van Veenhoek, Zuidermade en Wildervank-Oost. Het verslag van dat overleg is opgenomen in "
          "bijlage 6. De gemeenten hebben geen bezwaren tegen het plan."),
        P("12.2 Het ontwerp is op 11 februari 2026 ook besproken met het samenwerkingsverband VO dat in ons gebied "
          "werkzaam is."),
        P("12.3 Met de drie gemeenten is afgesproken dat de wethouders en de voorzitter van het samenwerkingsverband "
          "elkaar ten minste eenmaal per jaar bestuurlijk spreken. Ambtelijk is er contact wanneer daar aanleiding voor "
          "is. De agenda van die overleggen wordt in onderling overleg vastgesteld."),
        H1("13. Privacy"),
        P("13.1 Het samenwerkingsverband verwerkt alleen persoonsgegevens die nodig zijn voor zijn taken. Gegevens in een "
          "TLV-dossier worden drie jaar na het besluit vernietigd. Het privacyreglement van het samenwerkingsverband is "
          "vastgesteld op 8 oktober 2024."),
        P("13.2 Bij het uitwisselen van gegevens met de school voor voortgezet onderwijs of met een so-school buiten de "
          "regio gebruiken wij alleen beveiligde kanalen."),
        P("13.3 Ouders hebben het recht om de gegevens die het samenwerkingsverband over hun kind heeft in te zien en "
          "zo nodig te laten corrigeren. Een verzoek daartoe kan worden gericht aan de coördinator. Het "
          "samenwerkingsverband deelt een functionaris gegevensbescherming met twee schoolbesturen."),
        H1("13a. ICT en administratie"),
        P("13a.1 Het samenwerkingsverband werkt met een eenvoudige digitale omgeving. Aanvragen, adviezen en besluiten "
          "worden opgeslagen in een beveiligd dossiersysteem dat wordt gehost door een gespecialiseerde leverancier. De "
          "financiële administratie is uitbesteed aan een administratiekantoor dat ook voor twee van de aangesloten "
          "besturen werkt. Dat houdt de kosten laag en zorgt voor continuïteit wanneer een medewerker van het kleine bureau "
          "afwezig is."),
        P("13a.2 In 2027 vervalt het contract met de huidige leverancier van het dossiersysteem. We onderzoeken dan of we "
          "samen met een of twee naburige samenwerkingsverbanden een systeem kunnen aanschaffen. Een gezamenlijk systeem "
          "maakt het ook eenvoudiger om gegevens uit te wisselen wanneer een leerling verhuist."),
        H1("13b. Bereikbaarheid en huisvesting van het bureau"),
        P("13b.1 Het bureau is gevestigd in het gemeentehuis van Zuidermade, waar het samenwerkingsverband twee kamers "
          "huurt. De coördinator en de beleidsmedewerker werken twee dagen per week op locatie bij scholen, zodat zij "
          "dicht bij de praktijk blijven. Vergaderingen van het bestuur en de ondersteuningsplanraad vinden afwisselend "
          "plaats op scholen in de drie gemeenten."),
        P("13b.2 Het bureau is op werkdagen telefonisch bereikbaar van 8.30 tot 16.30 uur. Scholen kunnen daarnaast "
          "iedere woensdagmiddag zonder afspraak hun vragen voorleggen aan de orthopedagoog van het samenwerkingsverband, "
          "tijdens het zogenaamde ib-spreekuur."),
        H1("14. Tijdpad"),
        TBL(["Wanneer", "Wat"], [
            ["2026", "Start vier ib-netwerken; nieuwe brochure voor ouders"],
            ["2027", "Kwaliteitsplan; evaluatie verdeelmodel"],
            ["2028", "Tussenbalans van het plan in bestuur en OPR"],
            ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]]),
        PB,
        H1("Bijlage A: Woordenlijst"),
        TBL(["Woord", "Uitleg"], [
            ["Dekkend aanbod", "Een netwerk van voorzieningen waardoor er voor ieder kind een passende plek is."],
            ["Ondersteuningsplanraad (OPR)", "Medezeggenschapsraad van het samenwerkingsverband."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs."],
            ["Terugplaatsing", "Terugkeer van een leerling uit het speciaal (basis)onderwijs naar een basisschool."],
            ["Thuiszitter", "Een leerplichtig kind dat langer dan vier weken niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."]]),
    ]


LABEL_VEENHOEK = dict(
    documents=["po-veenhoek-2026-2030.pdf"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": [], "plaatsing": ["duur-categorie"], "terugstroom": [],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": [], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch 4.1 defines the agreed minimum for all 28 schools/every vestiging; 4.2 table of concrete provisions per theme.",
           "plaatsing": "Ch 5.1 criteria table for sbo/so cluster 3/4 and 5.2 duration; the procedure is only a reference to a stroomschema on the website (5.3).",
           "terugstroom": "Ch 6 'Terugplaatsing en doorstroom' is only about the PO-VO overstap and terugkoppeling; terugplaatsing appears only in the TOC, the legal list in 2.3 and the woordenlijst.",
           "financien": "Ch 8 'Geld en middelen': verdeling (EUR 210 per leerling on 1 oktober, vast bedrag kleine scholen, 2/3 majority), verantwoording by 1 juni, meerjarenbegroting 2026-2030 in euros, reserve.",
           "dekkend-aanbod": "No continuum, no arrangementen, no gap/thuiszitters approach; OOGO (ch 12) is purely procedural with the verslag in an absent bijlage 6; 'dekkend aanbod'/'thuiszitter' only in the woordenlijst and the legal list.",
           "resultaten": "Ch 9.1 table of beoogde resultaten with targets; how and when they are measured is deferred to a kwaliteitsplan 'uiterlijk in 2027'.",
           "ouders": "Ch 7.1 website ouderdeel, brochure in three languages, schoolgids paragraph; the independent steunpunt is only announced ('volgt in de loop van 2026'), no other independent help named."})

# =====================================================================================
# P4  Rivierstad  (VO)  -> .docx
# =====================================================================================
def plan_rivierstad():
    return [
        TITLE(["Ondersteuningsplan 2025-2029",
               "Samenwerkingsverband Voortgezet Onderwijs Rivierstad en Ommeland (VO 27-94)",
               "Elke leerling een passende plek, van brugklas tot diploma",
               "Vastgesteld door het bestuur op 10 april 2025"]),
        PB,
        TOC(["1  Voorwoord", "2  Het samenwerkingsverband in beeld", "3  Missie, visie en koers",
             "4  Ondersteuningsniveaus en basisondersteuning", "5  Extra ondersteuning en het dekkend aanbod",
             "6  Toelaatbaarheid: vso, praktijkonderwijs en lwoo",
             "7  Terugplaatsing en overplaatsing", "8  Thuiszitters en verzuim",
             "9  Kwaliteitszorg en monitoring", "10 Financieel beleid",
             "11 Ouders en leerlingen", "12 Samenwerking met gemeenten en mbo",
             "13 Organisatie en governance", "14 Medezeggenschap", "15 Personeel en ICT",
             "Bijlage: Begrippen en afkortingen"]),
        PB,
        H1("1  Voorwoord"),
        P("Met trots presenteren wij het ondersteuningsplan 2025-2029 van het samenwerkingsverband voortgezet onderwijs "
          "Rivierstad en Ommeland. In dit plan beschrijven we hoe de scholen in onze regio samen zorgen voor een passende "
          "onderwijsplek voor iedere jongere van twaalf tot achttien jaar, en hoe we jongeren die het moeilijk hebben "
          "helpen om hun diploma te halen."),
        P("De afgelopen jaren hebben ons veel geleerd. De coronaperiode liet zien hoe kwetsbaar sommige jongeren zijn, en "
          "hoeveel er afhangt van een mentor die opmerkt dat het niet goed gaat. Het aantal jongeren met psychische "
          "klachten is gestegen, en de wachtlijsten in de jeugdhulp zijn lang. Tegelijk zien we prachtige voorbeelden van "
          "scholen die jongeren met een grote ondersteuningsbehoefte binnenboord houden, met steun van het OPDC en van "
          "elkaar."),
        P("Dit plan is geschreven samen met de scholen, de ondersteuningsplanraad, de gemeenten en vertegenwoordigers van "
          "leerlingen. Wij danken iedereen voor hun inzet en kijken uit naar de uitvoering."),
        P("Drs. H.J. (Henk) Aalbers, directeur-bestuurder"),
        H1("2  Het samenwerkingsverband in beeld"),
        BOX("Kengetallen VO Rivierstad en Ommeland (1 oktober 2024)", [
            "14.620 leerlingen  ·  6 gemeenten  ·  9 schoolbesturen",
            "11 scholen voor voortgezet onderwijs op 19 vestigingen",
            "2 scholen voor praktijkonderwijs  ·  3 scholen voor vso",
            "1 orthopedagogisch-didactisch centrum (OPDC De Overstap)",
            "Bureau: 11,2 fte"]),
        P("Het samenwerkingsverband omvat de stad Rivierstad en vijf omliggende gemeenten. In de stad staan de meeste "
          "scholen; in het Ommeland zijn drie brede scholengemeenschappen met een vmbo-, havo- en vwo-afdeling. Leerlingen "
          "uit het Ommeland reizen vaak met de bus naar de stad, vooral voor praktijkonderwijs en vso."),
        TBL(["Schoolsoort", "Aantal vestigingen", "Leerlingen 1-10-2024"], [
            ["Vmbo", "9", "5.240"], ["Havo/vwo", "10", "7.860"], ["Praktijkonderwijs", "2", "610"],
            ["Vso (cluster 3 en 4)", "3", "740"], ["OPDC (tijdelijk)", "1", "170"]]),
        P("Het leerlingaantal blijft de komende jaren naar verwachting stabiel in de stad en daalt licht in het Ommeland. "
          "Twee besturen onderzoeken of zij hun vestigingen in het Ommeland kunnen samenvoegen."),
        H1("3  Missie, visie en koers"),
        P("Onze missie: iedere jongere in Rivierstad en Ommeland volgt onderwijs op een school die past bij zijn of haar "
          "mogelijkheden, en verlaat het voortgezet onderwijs met een diploma of een passende plek op de arbeidsmarkt. "
          "Wij werken vanuit de overtuiging dat jongeren het meest leren op een reguliere school, tussen "
          "leeftijdsgenoten, met ondersteuning die past."),
        P("Onze visie vertaalt zich in vier koersuitspraken: (1) de school is verantwoordelijk, het samenwerkingsverband "
          "ondersteunt; (2) we denken vanuit wat een jongere nodig heeft, niet vanuit etiketten; (3) onderwijs en zorg "
          "werken samen in één plan per jongere; (4) we zijn open over wat we doen en wat het oplevert. Leerlingen en "
          "ouders zijn daarbij gesprekspartners, niet alleen ontvangers."),
        H1("4  Ondersteuningsniveaus en basisondersteuning"),
        P("4.1 In onze regio onderscheiden we vier ondersteuningsniveaus. Niveau 1 is de basisondersteuning, niveau 2 de "
          "extra ondersteuning op de eigen school, niveau 3 de bovenschoolse ondersteuning in het OPDC of een "
          "bovenschoolse voorziening, en niveau 4 het voortgezet speciaal onderwijs."),
        P("4.2 Basisondersteuning (niveau 1) is het niveau van ondersteuning dat alle 19 vestigingen van de aangesloten "
          "scholen voor voortgezet onderwijs en de twee scholen voor praktijkonderwijs ten minste bieden. Het bestuur heeft "
          "dit niveau in 2024 vastgesteld na een ronde langs alle scholen; het geldt voor iedere vestiging, ongeacht de "
          "schoolsoort. Iedere jongere en iedere ouder kan op elke school het volgende verwachten:"),
        UL(["een mentor die de jongere minimaal zes keer per jaar individueel spreekt en zijn of haar eerste "
            "aanspreekpunt is;",
            "een ondersteuningscoördinator en een zorgadviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt, met de "
            "jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker;",
            "een dyslexie- en dyscalculieprotocol met faciliteiten zoals extra tijd, vergrote teksten en voorleessoftware, "
            "ook bij toetsen en examens;",
            "trainingen in sociale vaardigheden, faalangstreductie en examenvrees, minimaal één keer per jaar;",
            "begeleiding bij executieve functies (plannen en organiseren) in de onderbouw;",
            "een time-outvoorziening en een check-in/check-out-aanpak voor leerlingen die even uit de klas moeten;",
            "een protocol medisch handelen en een aanpak voor leerlingen met langdurig ziekteverzuim in samenwerking met "
            "de jeugdarts;",
            "een aanbod voor leerlingen met een ontwikkelingsvoorsprong (versnellen, verrijken);",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling die extra ondersteuning krijgt, dat jaarlijks met de "
            "leerling en de ouders wordt geëvalueerd."]),
        P("4.3 Het bureau voert eens in de twee jaar met iedere school een gesprek over de basisondersteuning aan de hand van een kijkwijzer; de "
          "uitkomsten worden met het bestuur van de school besproken."),
        H1("5  Extra ondersteuning en het dekkend aanbod"),
        P("5.1 Wanneer de basisondersteuning niet volstaat, kan de school extra ondersteuning bieden (niveau 2). Iedere "
          "school heeft daarvoor een of meer eigen voorzieningen, zoals een trajectvoorziening, een rebound-lokaal of een "
          "klas voor leerlingen met autisme. Het overzicht hieronder laat zien welke bovenschoolse voorzieningen er in de "
          "regio zijn (niveau 3)."),
        TBL(["Voorziening", "Voor wie", "Duur", "Toegang"], [
            ["OPDC De Overstap", "Leerlingen die tijdelijk niet op hun school kunnen functioneren door gedrag of werkhouding",
             "maximaal 1 jaar, daarna terug", "Aanmelding door school bij Loket VO"],
            ["Rebound Rivierstad", "Leerlingen die tijdelijk uit de klas moeten na een incident", "6-12 weken", "School, via Loket VO"],
            ["Taalklas ISK", "Nieuwkomers 12-18 jaar", "1-2 jaar", "Rechtstreeks"],
            ["Plusvoorziening Ommeland", "Jongeren met een dreigende uitval door psychische klachten", "tot 2 jaar",
             "Loket VO, met jeugdhulp"],
            ["Onderwijs-zorgarrangement De Brug", "Jongeren die onderwijs en behandeling combineren", "individueel",
             "OZA-overleg met gemeente"]]),
        P("5.2 Niveau 4 is het voortgezet speciaal onderwijs. Drie vso-scholen bieden onderwijs in de uitstroomprofielen "
          "vervolgonderwijs, arbeidsmarkt en dagbesteding."),
        P("5.3 Of het aanbod dekkend is, onderzoeken we jaarlijks. Het Loket VO houdt bij voor welke jongeren geen "
          "passende plek gevonden kon worden, hoe lang jongeren wachten op een plek in het vso of OPDC en welke vragen "
          "scholen niet konden beantwoorden. Deze 'witte-vlekkenanalyse' wordt elk voorjaar in het bestuur besproken. "
          "In 2024 bleek zo dat er geen aanbod was voor jongeren die door angstklachten niet meer naar school kunnen; "
          "daarom is in januari 2025 de Plusvoorziening Ommeland gestart. Voor 2026 staat een uitbreiding van het vso "
          "cluster 4 met 20 plaatsen op de agenda, samen met het betrokken vso-bestuur."),
        P("5.4 De zorgplicht ligt bij de school van aanmelding. Lukt het de school niet binnen tien weken een passende "
          "plek te vinden, dan schakelt zij het Loket VO in. Het Loket zoekt dan, met alle besturen samen, een plek en "
          "kan besturen vragen boven hun capaciteit een leerling te plaatsen."),
        H1("6  Toelaatbaarheid: vso, praktijkonderwijs en lwoo"),
        H2("6.1 Toelaatbaarheidsverklaring vso"),
        P("Een leerling is toelaatbaar tot het vso als de ondersteuningsbehoefte zo groot is dat de reguliere school, ook "
          "met extra ondersteuning op niveau 2 en 3, geen passend onderwijs kan bieden. De deskundigen kijken daarbij naar "
          "drie criteria: (a) de intensiteit van de ondersteuningsbehoefte op het gebied van leren, gedrag, "
          "communicatie of lichamelijke en medische zorg; (b) de mate waarin eerdere ondersteuning op niveau 2 of 3 "
          "aantoonbaar is ingezet en geëvalueerd; (c) de noodzaak van een kleine groep met een intensieve, "
          "specialistische aanpak en afstemming met zorg of behandeling gedurende de hele schooldag."),
        P("De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of is "
          "aangemeld, bij het Loket VO. Bij de aanvraag horen het OPP, een verslag van het multidisciplinair overleg en de "
          "zienswijze van ouders en leerling. Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een "
          "orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag. De Commissie Toelaatbaarheid "
          "besluit binnen zes weken na ontvangst van de volledige aanvraag. De TLV wordt afgegeven voor één tot drie "
          "schooljaren, met een bekostigingscategorie laag, midden of hoog."),
        P("Ouders en school kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de "
          "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H2("6.2 Praktijkonderwijs"),
        P("Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een "
          "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waaronder begrijpend lezen of "
          "inzichtelijk rekenen). De school voor praktijkonderwijs vraagt de TLV aan bij het Loket VO vóór 1 maart van "
          "het jaar van instroom; het Loket besluit binnen vier weken. De TLV pro geldt voor de hele schoolloopbaan."),
        H2("6.3 Leerwegondersteunend onderwijs"),
        P("Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. De vo-school waar de leerling is aangemeld, "
          "vraagt de aanwijzing lwoo aan bij het Loket VO met de gegevens uit het overdrachtsdossier van de basisschool. "
          "Het Loket besluit binnen vier weken; de aanwijzing geldt voor de duur van de opleiding in het vmbo."),
        H1("7  Terugplaatsing en overplaatsing"),
        P("7.1 Beleid. Het vso is voor veel jongeren de beste plek, maar niet altijd voor altijd. Ons beleid is dat iedere "
          "vso-leerling de kans krijgt om terug te keren naar het regulier voortgezet onderwijs wanneer dat bij zijn "
          "ontwikkeling past. Voorwaarden zijn dat de leerling het niveau van de reguliere opleiding aankan, dat de "
          "ondersteuningsbehoefte met basisondersteuning en extra ondersteuning (niveau 1 en 2) kan worden opgevangen, en "
          "dat leerling en ouders de overstap willen. Na terugkeer ontvangt de reguliere school een terugkeerarrangement: "
          "een jaar lang begeleiding door een ambulant begeleider van de vso-school, met een evaluatie na drie en na negen "
          "maanden."),
        P("7.2 Procedure. De vso-school bespreekt het OPP van iedere leerling elk jaar in de maand januari en beoordeelt "
          "daarbij of terugplaatsing in beeld is. In het laatste jaar van de TLV neemt de vso-school vóór 1 februari "
          "contact op met het Loket VO. Een consulent van het Loket, de vso-school, de ouders en de leerling maken samen "
          "een overstapplan en zoeken een reguliere school. De Commissie Toelaatbaarheid beslist of terugplaatsing "
          "verantwoord is of dat een nieuwe TLV wordt afgegeven; dat besluit ligt er vóór 1 mei. Jongeren die in het OPDC "
          "verblijven, keren na uiterlijk een jaar terug naar hun eigen school of worden in overleg overgeplaatst naar een "
          "andere school."),
        H1("7a Doorlopende leerlijnen"),
        P("De overstap van de basisschool naar het voortgezet onderwijs is voor veel leerlingen spannend, en voor "
          "leerlingen met een ondersteuningsbehoefte extra. Samen met het samenwerkingsverband PO hebben we een regionale "
          "overstapkalender: in november vinden de eerste gesprekken plaats, vóór 1 maart melden ouders hun kind aan op "
          "de school van hun keuze en in maart en april vinden warme overdrachten plaats voor alle leerlingen met een OPP "
          "of een TLV. Leerlingen uit het sbo en so krijgen voor de overstap een vaste contactpersoon bij het Loket VO."),
        P("Ook de overgang naar het mbo vraagt aandacht. Jongeren met een OPP worden in het examenjaar besproken in een "
          "overdrachtsoverleg met de mbo-instelling. Voor jongeren in het praktijkonderwijs en het vso met "
          "uitstroomprofiel arbeidsmarkt is er een netwerk van leerwerkbedrijven, waarmee jaarlijks ruim honderd "
          "stageplaatsen worden gerealiseerd. Na het verlaten van school blijft de school nog een jaar bereikbaar voor "
          "oud-leerlingen die vastlopen."),
        H1("7b Nieuwkomers"),
        P("Nieuwkomers van twaalf tot achttien jaar volgen onderwijs in de Internationale Schakelklas (ISK) in Rivierstad. "
          "Het aantal leerlingen in de ISK schommelt tussen 140 en 210. Na gemiddeld anderhalf jaar stromen zij door naar "
          "het regulier voortgezet onderwijs, het praktijkonderwijs of het mbo. Voor jongeren met traumatische ervaringen "
          "werkt de ISK samen met een gespecialiseerde GGZ-instelling. Het samenwerkingsverband organiseert jaarlijks een "
          "overleg tussen de ISK en de ontvangende scholen."),
        H1("8  Thuiszitters en verzuim"),
        P("Geen jongere hoort thuis te zitten. Samen met de leerplichtambtenaren van de zes gemeenten houden we een "
          "Thuiszitterstafel, die iedere maand bijeenkomt. Elke school meldt een leerling die langer dan vier weken niet of "
          "nauwelijks naar school gaat. Binnen twee weken wordt met school, ouders, leerling en jeugdhulp een plan gemaakt. "
          "De directeur-bestuurder kan doorzettingsmacht inzetten als een oplossing uitblijft. Op 1 oktober 2024 waren er "
          "23 thuiszitters in de regio, van wie 9 langer dan drie maanden."),
        H1("9  Kwaliteitszorg en monitoring"),
        P("9.1 Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Het bureau verzamelt ieder kwartaal de "
          "volgende gegevens: het aantal afgegeven TLV's per categorie, het aantal leerlingen in OPDC, rebound en "
          "Plusvoorziening, het aantal terugplaatsingen vanuit het vso, het aantal thuiszitters en vrijstellingen, de "
          "doorlooptijd van aanvragen bij het Loket en het deelnamepercentage vso ten opzichte van het landelijk "
          "gemiddelde. Per school volgen we de uitstroom van leerlingen met een OPP en het aantal voortijdig schoolverlaters."),
        P("9.2 De kwartaalgegevens worden besproken in het managementoverleg en twee keer per jaar in het bestuur. Eens per "
          "twee jaar houden we een tevredenheidsonderzoek onder scholen, ouders en leerlingen. In het jaarverslag "
          "rapporteren we over alle gegevens, vergelijken we ze met voorgaande jaren en beschrijven we welke voorzieningen "
          "wel en niet hebben gewerkt. Het jaarverslag wordt besproken met de ondersteuningsplanraad en de gemeenten."),
        P("9.3 De beoogde resultaten voor deze planperiode worden jaarlijks in het jaarplan geformuleerd, zodat ze kunnen "
          "meebewegen met de ontwikkelingen in de regio."),
        H1("10 Financieel beleid"),
        P("Het financiële beleid van het samenwerkingsverband wordt uitgewerkt in de meerjarenbegroting 2025-2029 en de "
          "bijbehorende notitie over het verdeelmodel. Beide documenten worden afzonderlijk door het bestuur vastgesteld "
          "en maken geen deel uit van dit ondersteuningsplan. Zodra de meerjarenbegroting is vastgesteld, wordt zij ter "
          "informatie aan de ondersteuningsplanraad gezonden."),
        H1("11 Ouders en leerlingen"),
        P("11.1 Ouders en leerlingen zijn partners van de school. Zij worden betrokken bij het opstellen en evalueren van "
          "het OPP en hebben hoorrecht: de leerling mag zijn mening geven over het ontwikkelingsperspectief, en die "
          "mening wordt in het OPP vastgelegd."),
        P("11.2 Voor onafhankelijke hulp kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt Rivierstad. "
          "Het steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband, wordt uitgevoerd door "
          "ervaringsdeskundige ouders en jongeren, en is bereikbaar via een gratis telefoonnummer en een chat. Het "
          "steunpunt denkt mee, bemiddelt bij een conflict met de school en verwijst zo nodig door naar de "
          "Onderwijsconsulenten of de Geschillencommissie passend onderwijs. Eens per halfjaar bundelt het steunpunt de "
          "signalen die het ontvangt in een rapportage aan het bestuur."),
        P("11.3 Een communicatieplan voor ouders en leerlingen wordt in het schooljaar 2025-2026 opgesteld."),
        H1("12 Samenwerking met gemeenten en mbo"),
        P("Het ontwerp van dit plan is op 18 maart 2025 in het OOGO besproken met de zes gemeenten. De afspraken gaan over "
          "de aansluiting tussen de zorgadviesteams en de lokale teams, de financiering van onderwijs-zorgarrangementen, "
          "de thuiszitterstafel, leerlingenvervoer naar vso en pro en de overgang naar het mbo en de arbeidsmarkt. Met de "
          "twee mbo-instellingen in de regio is een convenant gesloten over de warme overdracht van kwetsbare jongeren. "
          "Met het samenwerkingsverband PO in de regio is op 11 maart 2025 overleg gevoerd over de overstap van groep 8."),
        H1("13 Organisatie en governance"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf leden. "
          "De negen schoolbesturen vormen samen de ledenraad, die het ondersteuningsplan vaststelt en de leden van de "
          "raad van toezicht benoemt. Het bureau telt 11,2 fte, waaronder het Loket VO met vier consulenten, twee "
          "orthopedagogen en een trajectbegeleider thuiszitters."),
        P("De raad van toezicht werkt volgens de Code Goed Bestuur in het voortgezet onderwijs en evalueert jaarlijks "
          "zijn eigen functioneren. De ledenraad vergadert vier keer per jaar en heeft een vaste agenda met de "
          "voortgang van het jaarplan, de kwartaalgegevens van het Loket en de ontwikkelingen in de regio. Besluiten in de "
          "ledenraad worden bij voorkeur unaniem genomen; is dat niet mogelijk, dan beslist een meerderheid van twee derde."),
        P("Het bureau is gevestigd in het Onderwijshuis aan de Havenweg in Rivierstad, samen met het samenwerkingsverband "
          "PO en de afdeling leerplicht van de gemeente. Die nabijheid maakt het gemakkelijk om snel te schakelen, "
          "bijvoorbeeld wanneer een jongere dreigt uit te vallen. Het Loket VO is op werkdagen bereikbaar van 8.00 tot "
          "17.00 uur; scholen kunnen daarnaast iedere dinsdagmiddag zonder afspraak casuïstiek bespreken met een "
          "consulent en een orthopedagoog."),
        P("Het samenwerkingsverband werkt met een managementstatuut waarin de bevoegdheden van de directeur-bestuurder, "
          "de teamleider van het Loket en de Commissie Toelaatbaarheid zijn vastgelegd. De Commissie Toelaatbaarheid "
          "bestaat uit een voorzitter en twee leden met een orthopedagogische of psychologische achtergrond."),
        H1("14 Medezeggenschap"),
        P("De ondersteuningsplanraad bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen. De OPR "
          "heeft op 2 april 2025 ingestemd met dit plan. Twee van de zes ouder- en leerlingzetels zijn gereserveerd voor "
          "leerlingen, om de stem van jongeren direct te laten horen."),
        H1("15 Personeel en ICT"),
        P("De scholen in onze regio kampen met tekorten aan docenten in de technische vakken en in het vso. Het "
          "samenwerkingsverband organiseert daarom samen met de lerarenopleiding een traject voor zij-instromers in het "
          "vso en een netwerk voor ondersteuningscoördinatoren. Jaarlijks is er een studiedag voor alle mentoren over "
          "signaleren van psychische problemen."),
        P("Het Loket VO werkt met een digitaal dossier dat voldoet aan de AVG. Alleen consulenten, deskundigen en de "
          "Commissie Toelaatbaarheid hebben toegang tot medische gegevens. Dossiers worden drie jaar na het besluit "
          "vernietigd."),
        H1("16 Planning"),
        TBL(["Schooljaar", "Wat"], [
            ["2025-2026", "Communicatieplan ouders en leerlingen; evaluatie Plusvoorziening Ommeland"],
            ["2026-2027", "Uitbreiding vso cluster 4; tevredenheidsonderzoek"],
            ["2027-2028", "Tussenevaluatie van het plan met OPR en gemeenten"],
            ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"]]),
        P("Het bestuur stelt jaarlijks in het voorjaar het jaarplan vast. Daarin staan de activiteiten van dat jaar, de "
          "verdeling van taken binnen het bureau en de momenten waarop de ondersteuningsplanraad en de gemeenten worden "
          "geïnformeerd. Wijzigingen in dit ondersteuningsplan worden pas doorgevoerd na instemming van de "
          "ondersteuningsplanraad."),
        P("Tot slot. Een ondersteuningsplan is een afspraak tussen scholen, besturen en partners. Het werkt alleen als "
          "iedereen zich eraan houdt en als we elkaar aanspreken wanneer dat niet gebeurt. Wij nodigen iedereen uit om "
          "met ons mee te denken en ons te laten weten wat beter kan."),
        PB,
        H1("Bijlage: Begrippen en afkortingen"),
        TBL(["Begrip", "Uitleg"], [
            ["Bekostiging", "Het geld dat scholen en het samenwerkingsverband van het Rijk ontvangen."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, met de verdeling van de ondersteuningsmiddelen."],
            ["Lwoo", "Leerwegondersteunend onderwijs."],
            ["OPDC", "Orthopedagogisch-didactisch centrum."],
            ["Pro", "Praktijkonderwijs."],
            ["Verdeelmodel", "De regels waarmee het samenwerkingsverband de middelen over de scholen verdeelt."],
            ["Voorlichting", "Informatie aan ouders en leerlingen over het ondersteuningsaanbod, via website en brochure."]]),
    ]


LABEL_RIVIERSTAD = dict(
    documents=["vo-rivierstad-2025-2029.docx"], sector="vo",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch 4.2 defines niveau 1 as the minimum for all 19 vestigingen + 2 pro-scholen and lists concrete provisions; 4.3 kijkwijzer gesprek (borging).",
           "plaatsing": "Ch 6.1 vso criteria (a-c), applicant, dossier, two deskundigen, Commissie Toelaatbaarheid, 6 weeks, duration/category, LBT; 6.2 pro and 6.3 lwoo procedures.",
           "terugstroom": "Ch 7.1 policy (conditions, terugkeerarrangement) and 7.2 procedure (January OPP review, 1 februari contact, decision Commissie before 1 mei).",
           "financien": "Ch 10 'Financieel beleid' only refers to a separately adopted meerjarenbegroting and verdeelmodel-notitie that are not part of the plan; begrippenlijst defines verdeelmodel (trap).",
           "dekkend-aanbod": "Ch 5 levels and table of bovenschoolse voorzieningen (OPDC, rebound, OZA); 5.3 yearly witte-vlekkenanalyse with actions; 5.4 zorgplicht; ch 8 thuiszitterstafel.",
           "resultaten": "Ch 9 describes data collection, quarterly/bestuur reviews, tevredenheidsonderzoek, jaarverslag (monitoring, incl. terugplaatsingen); beoogde resultaten are deferred to the yearly jaarplan (9.3).",
           "ouders": "Ch 11.2 independent OJSP, Onderwijsconsulenten, GPO; how parents are informed about the support facilities is absent (communicatieplan deferred in 11.3; 'Voorlichting' only in the begrippenlijst)."})

# =====================================================================================
# P5  Stadsbrug  (urban PO)  -> .html (web version of the plan)
# =====================================================================================
STADSBRUG_NAV = ["Home", "Over ons", "Ondersteuningsplan", "Basisondersteuning", "Toelaatbaarheid (TLV)",
                 "Terugplaatsing", "Ouders", "Financiën", "Contact"]


def plan_stadsbrug():
    return [
        TITLE(["Ondersteuningsplan 2025-2029",
               "Stichting Samenwerkingsverband Stadsbrug PO (PO 23-98) · gemeenten Stadsbrug en Oeverwaard",
               "Webversie · vastgesteld door het algemeen bestuur op 1 april 2025 · instemming OPR 25 maart 2025"]),
        TOC(["1 Inleiding en leeswijzer", "2 Stadsbrug in cijfers", "3 Terugblik 2021-2025", "4 Visie en ambities",
             "5 Basisondersteuning", "6 Het ondersteuningsaanbod", "7 Toelaatbaarheid", "8 Terug naar de basisschool",
             "9 Thuiszitters en witte vlekken", "10 Beoogde resultaten en monitoring", "11 Financiën",
             "12 Communicatie", "13 Samenwerking met de gemeenten", "14 Organisatie en medezeggenschap",
             "15 Personeel, scholing en ICT", "16 Planning", "Begrippenlijst"]),
        H1("1 Inleiding en leeswijzer"),
        P("Welkom bij de webversie van het ondersteuningsplan 2025-2029 van Samenwerkingsverband Stadsbrug PO. In dit "
          "plan leest u hoe de 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie scholen voor speciaal "
          "onderwijs in Stadsbrug en Oeverwaard samenwerken, zodat ieder kind een passende plek krijgt. Het plan is "
          "geschreven voor iedereen die met passend onderwijs te maken heeft: leerkrachten, intern begeleiders, "
          "directeuren, bestuurders, ouders en onze partners bij de gemeenten en in de jeugdhulp."),
        P("Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het is op 11 maart 2025 besproken in het OOGO met "
          "de gemeenten Stadsbrug en Oeverwaard en op 4 maart 2025 met het samenwerkingsverband VO Stadsbrug. De "
          "ondersteuningsplanraad stemde in op 25 maart 2025 en het algemeen bestuur stelde het plan vast op 1 april 2025."),
        P("Leeswijzer. Hoofdstuk 2 en 3 schetsen de uitgangssituatie. In hoofdstuk 4 staan onze visie en ambities. "
          "Hoofdstukken 5 tot en met 9 gaan over de ondersteuning zelf: basisondersteuning, het aanbod, toelaatbaarheid, "
          "terugplaatsing en thuiszitters. Hoofdstuk 10 beschrijft de resultaten die we willen bereiken, hoofdstuk 11 de "
          "financiën en hoofdstuk 12 hoe we ouders informeren. De laatste hoofdstukken gaan over samenwerking, "
          "organisatie en planning. Sommige uitwerkingen, zoals het Handboek Toewijzing, staan niet in dit plan maar op "
          "onze website."),
        H1("2 Stadsbrug in cijfers"),
        BOX("Kerncijfers 1 oktober 2024", [
            "17.420 leerlingen in het basisonderwijs",
            "58 basisscholen · 2 sbo-scholen · 3 so-scholen",
            "12 schoolbesturen",
            "Deelnamepercentage sbo: 2,4% · so: 1,7%",
            "Thuiszitters langer dan 3 maanden: 14"]),
        P("Stadsbrug is een middelgrote stad met een historische binnenstad, naoorlogse wijken en een grote "
          "nieuwbouwwijk aan de rivier. Oeverwaard is een forensengemeente met vijf kernen. Het aantal leerlingen groeit "
          "licht door de nieuwbouw. In de naoorlogse wijken ligt het aandeel leerlingen met een onderwijsachterstand hoog, "
          "terwijl de scholen in Oeverwaard juist veel leerlingen hebben met een ontwikkelingsvoorsprong."),
        TBL(["Kern/wijk", "Scholen", "Leerlingen", "Groei tot 2029"], [
            ["Stadsbrug binnenstad", "9", "2.310", "0%"], ["Stadsbrug west en noord", "21", "6.180", "+2%"],
            ["Stadsbrug Rivierkwartier", "8", "2.940", "+14%"], ["Stadsbrug zuid", "10", "3.120", "-3%"],
            ["Oeverwaard (5 kernen)", "10", "2.870", "-1%"]]),
        H1("3 Terugblik 2021-2025"),
        P("In het vorige plan hadden we drie doelen: het aantal thuiszitters halveren, de doorlooptijd van aanvragen "
          "verkorten en meer kinderen thuisnabij ondersteunen. We hebben de doorlooptijd van aanvragen bij het Loket "
          "teruggebracht van gemiddeld negen naar vijf weken. Het aantal kinderen met een bovenschools arrangement in de "
          "eigen wijk steeg van 58% naar 74%. Het aantal thuiszitters langer dan drie maanden daalde van 22 naar 14; de "
          "halvering hebben we dus niet gehaald. Het deelnamepercentage sbo bleef met 2,4% stabiel."),
        P("Wat we geleerd hebben: korte lijnen met de wijkteams werken, maar de wachtlijsten in de specialistische "
          "jeugdhulp maken het moeilijk om thuiszitters snel terug te leiden naar school. Daarom zetten we in dit plan "
          "sterker in op onderwijs-zorgarrangementen."),
        H1("4 Visie en ambities"),
        P("Wij willen dat ieder kind in Stadsbrug en Oeverwaard zich op school kan ontwikkelen, in de eigen buurt en "
          "samen met leeftijdsgenoten. Scholen staan daarin niet alleen: het samenwerkingsverband brengt expertise, geld en "
          "partners bij elkaar. Wij denken vanuit mogelijkheden, niet vanuit beperkingen, en we willen dat ouders zich "
          "gehoord voelen."),
        P("Onze ambities voor 2025-2029 zijn: (1) geen kind langer dan drie maanden thuis; (2) meer ondersteuning in de "
          "wijk, minder verwijzing; (3) onderwijs en zorg samen op school; (4) een organisatie die open is over haar "
          "keuzes en resultaten. In hoofdstuk 10 zijn deze ambities uitgewerkt in meetbare doelen."),
        P("Deze ambities passen bij de koers van de gemeenten, die in hun jeugdbeleid inzetten op preventie en op hulp "
          "dichtbij. Ze passen ook bij wat scholen ons in de voorbereiding van dit plan vertelden: leerkrachten willen "
          "minder formulieren en meer hulp in de klas. Dat hebben we meegenomen in de inrichting van het Loket, dat "
          "zoveel mogelijk werkt met één consulent per school en één gesprek in plaats van een stapel aanvragen."),
        P("Bij de keuze voor deze ambities hebben we ook gekeken naar de landelijke ontwikkelingen. De Verbeteraanpak "
          "passend onderwijs vraagt samenwerkingsverbanden om duidelijker te zijn over wat scholen bieden, om het geld "
          "doelmatig in te zetten en om thuiszitten terug te dringen. Het wetsvoorstel over de positie van ouders en "
          "leerlingen versterkt de stem van kinderen en ouders. En de discussie over inclusiever onderwijs vraagt ons "
          "na te denken over de rol van het speciaal onderwijs in de toekomst. Wij volgen die ontwikkelingen op de voet "
          "en passen ons beleid aan waar dat nodig is, altijd na overleg met de besturen en de ondersteuningsplanraad."),
        P("Ten slotte willen we een betrouwbare partner zijn. Dat betekent dat we doen wat we zeggen, dat we snel "
          "reageren op vragen en dat we fouten toegeven als we ze maken. Het Loket werkt daarom met vaste reactietermijnen "
          "voor vragen van scholen, die in het jaarverslag worden gevolgd."),
        H2("4.1 Hoe dit plan tot stand kwam"),
        P("Het plan is in ruim een jaar voorbereid. In het voorjaar van 2024 hielden we een enquête onder alle scholen, "
          "die door 51 van de 58 scholen werd ingevuld. In juni 2024 volgden vier wijkbijeenkomsten met directeuren, "
          "intern begeleiders en wijkteams. Een klankbordgroep van ouders las in het najaar mee met het concept. Na de "
          "bespreking in het algemeen bestuur in januari 2025 volgden het overleg met het samenwerkingsverband VO, het "
          "OOGO en de instemming van de ondersteuningsplanraad."),
        P("De belangrijkste opbrengst van die gesprekken was dat scholen en partners vooral behoefte hebben aan "
          "duidelijkheid en voorspelbaarheid. Daarom hebben we ervoor gekozen dit plan kort en overzichtelijk te houden en "
          "uitwerkingen die vaak veranderen in afzonderlijke documenten op te nemen. Die documenten worden door het "
          "algemeen bestuur vastgesteld en staan op onze website."),
        H1("5 Basisondersteuning"),
        P("Wat elke school aan ondersteuning biedt, staat in het schoolondersteuningsprofiel van die school en vanaf het "
          "schooljaar 2025-2026 in de schoolgids. Een gezamenlijke norm voor basisondersteuning in Stadsbrug stellen we op "
          "zodra de landelijke norm is vastgesteld. Tot die tijd verwijzen we naar de profielen van de scholen op "
          "www.stadsbrug-po.nl/scholen."),
        H1("6 Het ondersteuningsaanbod"),
        P("Het aanbod in Stadsbrug is opgebouwd in lagen. Waar de ondersteuning op school niet genoeg is, kan de school "
          "een arrangement aanvragen bij het Loket van het samenwerkingsverband. Samen vormen deze lagen een samenhangend "
          "geheel, van de eigen klas tot het speciaal onderwijs."),
        TBL(["Laag", "Aanbod", "Waar"], [
            ["1", "Basisondersteuning (zie hoofdstuk 5)", "Iedere school"],
            ["2", "Extra ondersteuning op school, betaald uit het schoolbudget, met advies van een consulent", "Iedere school"],
            ["3", "Bovenschoolse arrangementen: Taalklas (2 locaties), Plusklas (5 locaties), Time-inn groep voor "
                  "kinderen met gedragsvragen (12 weken), observatiegroep jonge kind", "Wijklocaties"],
            ["4", "Onderwijs-zorgarrangement: onderwijs gecombineerd met jeugdhulp, op school of bij een zorgaanbieder",
             "Drie locaties"],
            ["5", "Speciaal basisonderwijs en speciaal onderwijs", "2 sbo-scholen, 3 so-scholen"]]),
        P("Een arrangement in laag 3 of 4 duurt in principe een half jaar tot een jaar en wordt na afloop geëvalueerd met "
          "de school en de ouders. De consulenten van het Loket zijn per wijk georganiseerd, zodat iedere school een vaste "
          "consulent heeft."),
        H2("6.1 Meer- en hoogbegaafde leerlingen"),
        P("In Oeverwaard en in het Rivierkwartier zitten veel kinderen met een ontwikkelingsvoorsprong. Voor hen zijn er "
          "vijf Plusklassen, waar zij een dagdeel per week werken aan projecten die hen uitdagen. Sinds 2024 is er "
          "daarnaast een voltijds groep voor hoogbegaafde kinderen op een basisschool in Stadsbrug west, met plaats voor "
          "24 leerlingen uit het hele samenwerkingsverband. De toegang loopt via de consulent van de eigen school."),
        H2("6.2 Nieuwkomers"),
        P("Kinderen die nieuw in Nederland zijn, beginnen in een van de twee Taalklassen. Zij krijgen daar een jaar lang "
          "intensief onderwijs in de Nederlandse taal en gaan daarna naar een basisschool in hun wijk. Het aantal "
          "nieuwkomers schommelt sterk; in 2023-2024 waren het er 186. De gemeente Stadsbrug zorgt voor huisvesting en "
          "vervoer, het samenwerkingsverband voor het onderwijs en de overdracht naar de basisschool."),
        H1("7 Toelaatbaarheid"),
        P("Voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs verwijzen we naar het Handboek "
          "Toewijzing 2024 van het samenwerkingsverband. Het handboek wordt door het algemeen bestuur afzonderlijk "
          "vastgesteld en is te vinden op www.stadsbrug-po.nl/handboek."),
        H1("8 Terug naar de basisschool"),
        P("In het laatste jaar van een toelaatbaarheidsverklaring organiseert de school voor sbo of so vóór 1 december een "
          "evaluatiegesprek over de leerling. Aan dat gesprek nemen deel: de intern begeleider van de s(b)o-school, de "
          "consulent van het samenwerkingsverband, de ouders en, als terugkeer in beeld is, de intern begeleider van een "
          "mogelijke ontvangende basisschool. Het gesprek gaat uit van het ontwikkelingsperspectief."),
        P("De directeur van de s(b)o-school besluit vóór 1 februari, na advies van de consulent, of de leerling per 1 "
          "augustus terugkeert naar een basisschool. Zo ja, dan meldt de ontvangende basisschool de leerling vóór 1 maart "
          "aan en maken beide scholen een overdrachtsplan. Zo nee, dan vraagt de s(b)o-school een nieuwe TLV aan volgens "
          "het Handboek Toewijzing. De consulent bewaakt dat deze stappen voor iedere leerling worden gezet."),
        P("Onze visie op terugplaatsing en de ondersteuning na terugkeer werken we in 2026 uit in een beleidsnotitie."),
        H1("9 Thuiszitters en witte vlekken"),
        P("Ieder kind dat niet naar school gaat, is er een te veel. Stadsbrug heeft sinds 2022 een Thuiszitterspact met de "
          "gemeenten, leerplicht, de wijkteams en de besturen. Iedere maand bespreekt het Thuiszittersoverleg alle "
          "kinderen die langer dan vier weken geen onderwijs volgen. Voor ieder kind wordt binnen tien werkdagen een "
          "casusregisseur aangewezen en een plan gemaakt. Wordt er binnen drie maanden geen oplossing gevonden, dan "
          "beslist de directeur-bestuurder met doorzettingsmacht welke school en welk arrangement worden ingezet."),
        P("Elk voorjaar maken we een analyse van witte vlekken in het aanbod: voor welke kinderen was er geen passende "
          "plek, en waar zijn wachtlijsten? De analyse van 2024 liet zien dat er geen passend aanbod was voor jonge "
          "kinderen (4-6 jaar) met een ernstige meervoudige beperking in Oeverwaard, en dat de wachttijd voor de "
          "Time-inn groep opliep tot twaalf weken. Daarom starten we in augustus 2025 een tweede Time-inn groep en maken "
          "we met een so-school in de regio afspraken over een dependance voor jonge kinderen, die uiterlijk 1 augustus "
          "2026 open moet zijn."),
        H1("10 Beoogde resultaten en monitoring"),
        P("Bij iedere ambitie uit hoofdstuk 4 horen meetbare doelen."),
        TBL(["Ambitie", "Indicator", "Nu (2024)", "Doel 2029"], [
            ["Geen kind langer dan drie maanden thuis", "Thuiszitters > 3 maanden op 1 juni", "14", "0"],
            ["Meer ondersteuning in de wijk", "Arrangementen laag 3 in de eigen wijk", "74%", "90%"],
            ["Meer ondersteuning in de wijk", "Deelnamepercentage sbo", "2,4%", "2,1%"],
            ["Onderwijs en zorg samen", "Aantal onderwijs-zorgarrangementen", "31", "60"],
            ["Open organisatie", "Tevredenheid scholen over het Loket (schaal 1-10)", "7,1", "8,0"]]),
        P("Het bureau houdt de indicatoren bij in een dashboard dat iedere drie maanden wordt bijgewerkt met gegevens uit het "
          "Loket, de leerplichtadministratie en DUO. Het algemeen bestuur bespreekt het dashboard twee keer per jaar. In het "
          "jaarverslag beschrijven we per doel wat is bereikt, wat het heeft gekost en welke bijsturing nodig is. In 2027 "
          "houden we met de ondersteuningsplanraad en de gemeenten een tussenevaluatie."),
        H1("11 Financiën"),
        P("Het samenwerkingsverband ontvangt jaarlijks ongeveer € 11,4 miljoen aan rijksmiddelen voor lichte en zware "
          "ondersteuning. Het verdeelmodel wordt in het schooljaar 2025-2026 samen met de besturen herzien. Tot de "
          "herziening blijft de bestaande verdeling van kracht."),
        TBL(["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028", "2029"], [
            ["Rijksbijdrage ondersteuning", "11.410", "11.520", "11.600", "11.650", "11.700"],
            ["Afdracht so (DUO)", "-4.180", "-4.230", "-4.260", "-4.290", "-4.310"],
            ["Afdracht sbo boven 2%", "-1.020", "-1.030", "-1.040", "-1.040", "-1.050"],
            ["Schoolbudgetten besturen", "3.912", "3.950", "3.980", "4.000", "4.020"],
            ["Bovenschoolse arrangementen (laag 3)", "1.140", "1.260", "1.280", "1.300", "1.320"],
            ["Onderwijs-zorgarrangementen (onderwijsdeel)", "420", "520", "600", "650", "700"],
            ["Thuiszitterspact en casusregie", "180", "180", "180", "180", "180"],
            ["Loket, consulenten en bureau", "890", "905", "920", "935", "950"],
            ["Saldo", "-332", "-555", "-660", "-745", "-830"]]),
        P("De tekorten worden gedekt uit de reserve, die eind 2024 € 3,6 miljoen bedroeg en daarmee boven de "
          "signaleringswaarde lag. Aan het einde van de planperiode ligt de reserve op het niveau van de "
          "signaleringswaarde."),
        H1("12 Communicatie"),
        P("Goede communicatie is voor ons een voorwaarde voor passend onderwijs. We communiceren met scholen via de "
          "maandelijkse nieuwsbrief en het intranet, en met de gemeenten via het bestuurlijk overleg."),
        P("Ouders informeren we over de ondersteuning in Stadsbrug via verschillende kanalen. Op www.stadsbrug-po.nl staat "
          "een ouderpagina met uitleg over het aanbod, de arrangementen en de weg naar het speciaal (basis)onderwijs. De "
          "folder 'Wat als mijn kind meer nodig heeft?' is beschikbaar in het Nederlands, Engels, Arabisch en Turks en "
          "ligt op iedere school en bij de wijkteams. Scholen beschrijven in hun schoolgids welke ondersteuning zij bieden. "
          "Twee keer per jaar organiseren we een ouderavond in een van de wijken, en ouders kunnen iedere werkdag bellen "
          "met het ouderspreekuur van het Loket."),
        P("Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Stadsbrug, dat wordt uitgevoerd "
          "door een stichting die los staat van de scholen en het samenwerkingsverband. Het steunpunt beantwoordt vragen, "
          "denkt mee en kan ouders begeleiden bij gesprekken op school. Ook de Onderwijsconsulenten zijn gratis "
          "beschikbaar. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen ouders naar "
          "de Geschillencommissie passend onderwijs, en voor klachten over het samenwerkingsverband is er een "
          "klachtenregeling."),
        P("Voor scholen verzorgen we ook interne communicatie. Iedere maand verschijnt een digitale nieuwsbrief met "
          "nieuws uit het samenwerkingsverband, voorbeelden uit de praktijk en de data van netwerkbijeenkomsten. "
          "Directeuren en intern begeleiders vinden op het intranet alle formats, handleidingen en contactgegevens. Twee "
          "keer per jaar is er een directeurenbijeenkomst waarin de directeur-bestuurder de stand van zaken toelicht."),
        P("Met de pers en de gemeenteraden communiceren we open. Het jaarverslag wordt elk jaar toegelicht in de "
          "commissie onderwijs van de gemeenteraden van Stadsbrug en Oeverwaard. Zo weten ook raadsleden wat er met het "
          "geld voor passend onderwijs gebeurt."),
        H1("13 Samenwerking met de gemeenten"),
        P("Met de gemeenten Stadsbrug en Oeverwaard werken we samen aan de aansluiting tussen onderwijs en jeugdhulp. In "
          "het OOGO zijn afspraken gemaakt over de onderwijs-zorgarrangementen, de inzet van jeugdhulp op school, het "
          "Thuiszitterspact, leerlingenvervoer en huisvesting. De gemeenten financieren het zorgdeel van de "
          "onderwijs-zorgarrangementen. Het OOGO vindt twee keer per jaar plaats."),
        H1("14 Organisatie en medezeggenschap"),
        P("De stichting heeft een directeur-bestuurder en een raad van toezicht van vier leden. De twaalf besturen vormen "
          "het algemeen bestuur, dat het ondersteuningsplan en de begroting vaststelt. Het bureau telt 14 fte, waaronder "
          "acht consulenten."),
        P("De ondersteuningsplanraad bestaat uit tien leden, van wie vijf ouders en vijf personeelsleden. De OPR heeft "
          "instemmingsrecht op het ondersteuningsplan en adviesrecht op de begroting."),
        P("Het algemeen bestuur vergadert zes keer per jaar. De raad van toezicht houdt toezicht op het beleid van de "
          "directeur-bestuurder en op de rechtmatige en doelmatige besteding van de middelen, en benoemt de accountant. "
          "De raad werkt met een toezichtkader dat in 2023 is vernieuwd en evalueert jaarlijks zijn eigen functioneren. "
          "Eén lid van de raad wordt benoemd op voordracht van de ondersteuningsplanraad."),
        P("Het bureau is gevestigd in het Huis van de Wijk in Stadsbrug zuid. Daar werken ook het wijkteam en de "
          "jeugdgezondheidszorg, zodat consulenten en jeugdhulpverleners elkaar dagelijks tegenkomen. De consulenten "
          "werken daarnaast minimaal twee dagen per week op de scholen in hun wijk."),
        P("Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor de medewerkers van het bureau. Deze raad "
          "heeft drie leden en vergadert vier keer per jaar met de directeur-bestuurder over onderwerpen als werkdruk, "
          "scholing en de inrichting van de organisatie."),
        H1("15 Personeel, scholing en ICT"),
        P("Het samenwerkingsverband biedt een scholingsprogramma aan voor intern begeleiders en leerkrachten, met "
          "modules over gedrag, taal, meer- en hoogbegaafdheid en samenwerking met jeugdhulp. Nieuwe intern begeleiders "
          "volgen een inwerktraject van een jaar met een coach. Het Loket werkt met een beveiligd digitaal dossier; "
          "gegevens worden drie jaar na het besluit verwijderd."),
        P("Het samenwerkingsverband is zelf ook werkgever. De medewerkers van het bureau hebben allemaal een "
          "persoonlijk ontwikkelplan en een scholingsbudget. Consulenten werken in wijkteams van drie of vier collega's en "
          "hebben elke maand intervisie onder leiding van een orthopedagoog. In 2025 evalueren we de werkdruk van de "
          "consulenten; het aantal scholen per consulent is de afgelopen jaren gestegen van zes naar acht."),
        P("Voor de scholen organiseren we jaarlijks een inspiratiedag passend onderwijs, met workshops van leerkrachten "
          "voor leerkrachten. De dag trekt elk jaar meer dan 400 deelnemers. Daarnaast bestaan er netwerken voor intern "
          "begeleiders, specialisten hoogbegaafdheid en gedragsspecialisten, die vier tot zes keer per jaar bijeenkomen."),
        P("Op het gebied van ICT werken we aan één digitaal dossier dat school, consulent en, met toestemming van ouders, "
          "het wijkteam kunnen inzien. Daarmee hoeven ouders hun verhaal niet steeds opnieuw te vertellen. Het dossier "
          "voldoet aan de eisen van de AVG; we voeren jaarlijks een gegevensbeschermingseffectbeoordeling uit."),
        H1("16 Planning"),
        TBL(["Jaar", "Mijlpaal"], [
            ["2025", "Tweede Time-inn groep; start herziening verdeelmodel"],
            ["2026", "Nieuw verdeelmodel; beleidsnotitie terugplaatsing; dependance jonge kinderen"],
            ["2027", "Tussenevaluatie met OPR en gemeenten"],
            ["2028-2029", "Voorbereiding nieuw plan"]]),
        H1("Begrippenlijst"),
        TBL(["Begrip", "Uitleg"], [
            ["Basisondersteuning", "De ondersteuning die alle scholen binnen het samenwerkingsverband ten minste bieden."],
            ["Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over een TLV; zie het Handboek Toewijzing."],
            ["Deskundigenadvies", "Het advies van twee deskundigen dat nodig is voor een TLV."],
            ["Terugplaatsing", "Terugkeer van een leerling van het s(b)o naar het regulier onderwijs, met begeleiding."],
            ["TLV", "Toelaatbaarheidsverklaring, het besluit dat een leerling naar het sbo of so mag."]]),
    ]


LABEL_STADSBRUG = dict(
    documents=["po-stadsbrug-2025-2029.html"], sector="po",
    elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": [], "plaatsing": [], "terugstroom": [], "financien": ["reserves"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch 5 only refers to the schools' SOPs/schoolgids and a website, and defers a common norm until the landelijke norm exists; the definition appears only in the begrippenlijst and the nav menu.",
           "plaatsing": "Ch 7 is a bare reference to the separately adopted Handboek Toewijzing on the website; deskundigen/bezwaar only in the begrippenlijst.",
           "terugstroom": "Ch 8 gives the procedure (evaluation before 1 december, participants, decision by s(b)o-directeur before 1 februari, aanmelding before 1 maart); policy and support after return deferred to a 2026 beleidsnotitie.",
           "financien": "Ch 11 meerjarenbegroting 2025-2029 with amounts and reserve; the verdeelmodel is only said to be under revision ('bestaande verdeling blijft van kracht'), no procedure or criteria.",
           "dekkend-aanbod": "Ch 6 layered continuum table (laag 1-5, arrangementen, OZA); ch 9 Thuiszitterspact, doorzettingsmacht, yearly witte-vlekkenanalyse with actions; ch 13 OOGO.",
           "resultaten": "Ch 3 terugblik with achieved figures, ch 10 indicator table with targets 2029 and dashboard/jaarverslag/tussenevaluatie.",
           "ouders": "Only inside ch 12 'Communicatie': ouderpagina, folder in four languages, schoolgids, ouderavonden, spreekuur; OJSP Stadsbrug, Onderwijsconsulenten, GPO, klachtenregeling; ch 14 OPR half ouders."})

# =====================================================================================
# N1  Not a plan: annual report (jaarverslag) of a PO samenwerkingsverband -> .pdf
# =====================================================================================
def jaarverslag_meanderlanden():
    return [
        TITLE(["Jaarverslag 2024",
               "Stichting Passend Onderwijs De Meanderlanden (PO 22-95)",
               "Bestuursverslag en jaarrekening over het kalenderjaar 2024",
               "Vastgesteld door de raad van toezicht op 17 juni 2025"]),
        PB,
        TOC(["1 Voorwoord", "2 Kerngegevens", "3 Uitvoering van het ondersteuningsplan in 2024",
             "4 Toelaatbaarheidsverklaringen en arrangementen", "5 Terugplaatsingen en thuiszitters",
             "6 Ouders en klachten", "7 Verslag ondersteuningsplanraad", "8 Financieel verslag",
             "9 Continuïteitsparagraaf", "10 Verslag raad van toezicht", "Jaarrekening 2024"]),
        PB,
        H1("1 Voorwoord"),
        P("Met dit jaarverslag legt Stichting Passend Onderwijs De Meanderlanden verantwoording af over het jaar 2024. "
          "Het was het derde jaar van ons ondersteuningsplan 2022-2026. In dit verslag leest u wat wij in 2024 hebben "
          "gedaan, welke resultaten we hebben bereikt en hoe we de middelen hebben besteed. Het verslag is bestemd voor "
          "de aangesloten schoolbesturen, de ondersteuningsplanraad, de gemeenten, de inspectie en DUO."),
        P("2024 stond in het teken van de krappe arbeidsmarkt en een stijgende vraag naar ondersteuning in de "
          "onderbouw. Ondanks die druk is het gelukt om de doorlooptijd van aanvragen te verkorten en het aantal "
          "thuiszitters te verlagen. Wij danken alle scholen en partners voor hun inzet."),
        P("Anouk de Wit-Brandsma, directeur-bestuurder"),
        H1("2 Kerngegevens"),
        BOX("De Meanderlanden in 2024", [
            "49 basisscholen · 2 sbo-scholen · 2 so-scholen · 9 schoolbesturen",
            "13.270 leerlingen (1 oktober 2024)",
            "Deelnamepercentage sbo 2,6% · so 1,5%",
            "Bureau: 9,3 fte (31 december 2024)"]),
        P("De stichting is opgericht in 2013 en statutair gevestigd in Meanderveld. Het bestuur wordt gevormd door een "
          "directeur-bestuurder; intern toezicht wordt gehouden door een raad van toezicht van vier leden. De "
          "schoolbesturen zijn verenigd in de Algemene Vergadering van Aangeslotenen."),
        H1("3 Uitvoering van het ondersteuningsplan in 2024"),
        P("Het ondersteuningsplan 2022-2026 kent vier speerpunten. Per speerpunt rapporteren we hieronder wat in 2024 is "
          "bereikt ten opzichte van de doelen uit het plan."),
        TBL(["Speerpunt uit het ondersteuningsplan", "Doel 2026", "Stand 2023", "Stand 2024"], [
            ["Basisondersteuning op orde", "alle scholen voldoen", "44 van 49", "46 van 49"],
            ["Thuisnabije ondersteuning", "deelname sbo+so ≤ 4,0%", "4,3%", "4,1%"],
            ["Geen thuiszitters", "< 5 langer dan 3 maanden", "11", "7"],
            ["Snelle toewijzing", "doorlooptijd ≤ 6 weken", "7,2 weken", "5,8 weken"]]),
        P("In 2024 zijn 16 scholen bezocht voor de tweejaarlijkse kwaliteitsgesprekken over de basisondersteuning. Drie "
          "scholen voldoen nog niet op alle onderdelen; hun besturen hebben een verbeterplan opgesteld dat in 2025 wordt "
          "gevolgd. Ook is in 2024 de tweede Kangoeroeklas voor jonge kinderen met een ontwikkelingsvoorsprong geopend."),
        H1("4 Toelaatbaarheidsverklaringen en arrangementen"),
        TBL(["Besluiten in 2024", "Aantal"], [
            ["TLV sbo afgegeven", "74"], ["TLV so categorie laag", "31"], ["TLV so categorie midden", "6"],
            ["TLV so categorie hoog", "4"], ["Aanvragen afgewezen", "5"], ["Bezwaarschriften (LBT)", "1"],
            ["Bovenschoolse arrangementen toegekend", "212"]]),
        P("Het ene bezwaarschrift dat in 2024 is ingediend, is na advies van de Landelijke Bezwaaradviescommissie "
          "ongegrond verklaard. Bij alle aanvragen is advies gevraagd aan twee deskundigen. De gemiddelde doorlooptijd van "
          "een TLV-aanvraag bedroeg 5,8 weken."),
        H1("5 Terugplaatsingen en thuiszitters"),
        P("In 2024 zijn 17 leerlingen vanuit het sbo teruggeplaatst naar een basisschool en 3 leerlingen vanuit het so. "
          "Alle teruggeplaatste leerlingen ontvingen een terugplaatsingsarrangement van een jaar. Eind 2024 zaten er 7 "
          "leerlingen langer dan drie maanden thuis; in 2023 waren dat er 11. Het thuiszittersoverleg kwam elf keer "
          "bijeen."),
        H1("6 Ouders en klachten"),
        P("Het Ouder- en Jeugdsteunpunt De Meanderlanden werd in 2024 door 143 ouders benaderd, tegen 96 in 2023. De "
          "meeste vragen gingen over de aanmelding op een basisschool en over de inhoud van het ontwikkelingsperspectief. "
          "De ouderpagina op de website werd ruim 11.000 keer bezocht. In 2024 is één klacht ingediend over het "
          "samenwerkingsverband; die is in onderling overleg opgelost."),
        H1("7 Verslag ondersteuningsplanraad"),
        P("De ondersteuningsplanraad vergaderde in 2024 vijf keer. De OPR heeft ingestemd met een wijziging van het "
          "ondersteuningsplan over de verdeling van de middelen voor jonge kinderen en heeft advies uitgebracht over de "
          "begroting 2025. Twee ouderleden zijn in 2024 afgetreden en vervangen."),
        H1("8 Financieel verslag"),
        P("Het jaar 2024 is afgesloten met een negatief resultaat van € 212.000, tegen een begroot tekort van € 260.000. "
          "Het verschil wordt vooral verklaard door lagere kosten voor bovenschoolse arrangementen dan begroot, omdat twee "
          "voorzieningen later startten."),
        TBL(["Staat van baten en lasten (x € 1.000)", "Realisatie 2024", "Begroting 2024", "Realisatie 2023"], [
            ["Rijksbijdragen", "8.940", "8.810", "8.520"], ["Overige baten", "120", "100", "95"],
            ["Afdrachten so en sbo", "-3.810", "-3.790", "-3.640"], ["Toekenning aan besturen", "3.070", "3.060", "2.980"],
            ["Bovenschoolse arrangementen", "1.305", "1.420", "1.210"], ["Personeel bureau", "790", "800", "760"],
            ["Overige lasten", "107", "100", "110"], ["Resultaat", "-212", "-260", "-85"]]),
        P("De middelen zijn in 2024 verdeeld volgens het verdeelmodel uit het ondersteuningsplan 2022-2026: een bedrag van "
          "€ 231 per leerling aan de besturen en een centraal budget voor arrangementen. De besturen hebben vóór 1 mei 2025 "
          "verantwoording afgelegd over de besteding van hun budget."),
        H1("9 Continuïteitsparagraaf"),
        TBL(["Meerjarenraming (x € 1.000)", "2025", "2026", "2027"], [
            ["Baten", "9.020", "9.050", "9.070"], ["Lasten", "9.310", "9.290", "9.150"], ["Resultaat", "-290", "-240", "-80"],
            ["Algemene reserve 31-12", "1.480", "1.240", "1.160"]]),
        P("Het eigen vermogen bedroeg eind 2024 € 1.770.000. Met de geraamde tekorten daalt de reserve tot onder de "
          "signaleringswaarde van de inspectie. De belangrijkste risico's zijn een verdere stijging van het aantal "
          "leerlingen in het so en de onzekerheid over de landelijke bekostiging."),
        H1("10 Verslag raad van toezicht"),
        P("De raad van toezicht vergaderde in 2024 vijf keer met de directeur-bestuurder. De raad keurde de begroting 2025 "
          "goed, benoemde de accountant en voerde een evaluatiegesprek met de directeur-bestuurder. De raad heeft in 2024 "
          "bijzondere aandacht besteed aan de ontwikkeling van de reserves en aan de voorbereiding van het nieuwe "
          "ondersteuningsplan, dat in 2026 moet worden vastgesteld."),
        H1("Jaarrekening 2024"),
        TBL(["Balans per 31 december (x € 1.000)", "2024", "2023"], [
            ["Vorderingen", "410", "380"], ["Liquide middelen", "1.690", "1.940"], ["Totaal activa", "2.100", "2.320"],
            ["Eigen vermogen", "1.770", "1.982"], ["Kortlopende schulden", "330", "338"], ["Totaal passiva", "2.100", "2.320"]]),
        P("De jaarrekening is opgesteld volgens Titel 9 Boek 2 BW en de Regeling jaarverslaggeving onderwijs. De "
          "controleverklaring van de accountant is opgenomen na de jaarrekening."),
    ]


LABEL_JAARVERSLAG = dict(
    documents=["po-meanderlanden-jaarverslag-2024.pdf"], sector="po", looks_like_plan=False,
    note="SWV jaarverslag (bestuursverslag + jaarrekening 2024) that reports on the execution of an ondersteuningsplan 2022-2026; it uses TLV, terugplaatsing, basisondersteuning, verdeelmodel, OJSP, OPR vocabulary but is an annual report, not the plan (domain 5.4).")

# =====================================================================================
# labels and main
# =====================================================================================
import json

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def _q(s):
    return json.dumps(s, ensure_ascii=False)


def label_yaml(lab):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {_q(lab['note'])}"]
        return "\n".join(lines) + "\n"
    lines.append("looks_like_plan: true")
    lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    assert sorted(lab["criteria"]) == sorted(CORE)
    for c in CORE:
        lines.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        lines.append(f"  {e}: [{', '.join(lab['advisory'].get(e, []))}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {_q(lab['notes'][e])}")
    # status rule self-check (Part A)
    for e in ELEMENTS:
        core = [lab["criteria"][c] for c in CORE if c.startswith(e + ".")]
        st = lab["elements"][e]
        if all(core):
            assert st == "present", (e, st)
        elif any(core) or lab["advisory"].get(e):
            assert st == "partial", (e, st)
        else:
            assert st == "missing", (e, st)
    return "\n".join(lines) + "\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # P1 rural PO, docx
    write_docx(plan_lindeland(), OUT / "po-lindeland-2025-2029.docx",
               header="Ondersteuningsplan 2025-2029  |  SWV Passend Primair Onderwijs Lindeland",
               footer="Samen dichtbij  ·  vastgesteld 14 april 2025", title_meta="Ondersteuningsplan Lindeland")
    # P2 urban PO, docx + pdf of the same file
    d2 = OUT / "po-havenstad-2024-2028.docx"
    write_docx(plan_havenstad(), d2, header="PPO Havenstad  ·  Ondersteuningsplan 2024-2028",
               footer="Iedere leerling telt, in iedere wijk", title_meta="Ondersteuningsplan Havenstad")
    docx_to_pdf(d2, OUT / "po-havenstad-2024-2028.pdf")
    # P3 rural PO, pdf only
    docx_tmp_then_pdf(plan_veenhoek(), OUT / "po-veenhoek-2026-2030.pdf",
                      header="Samenwerkingsverband Veenhoek  -  Ondersteuningsplan 2026-2030",
                      footer="Versie ter instemming OPR", title_meta="Ondersteuningsplan Veenhoek")
    # P4 VO, docx
    write_docx(plan_rivierstad(), OUT / "vo-rivierstad-2025-2029.docx",
               header="SWV VO Rivierstad en Ommeland  |  Ondersteuningsplan 2025-2029",
               footer="Elke leerling een passende plek", title_meta="Ondersteuningsplan VO Rivierstad")
    # P5 urban PO, html
    write_html(plan_stadsbrug(), OUT / "po-stadsbrug-2025-2029.html",
               title="Ondersteuningsplan 2025-2029 | Samenwerkingsverband Stadsbrug PO", nav=STADSBRUG_NAV,
               footer="© Samenwerkingsverband Stadsbrug PO · Ouder- en Jeugdsteunpunt: 0800-0000000 · privacyverklaring · cookies")
    # N1 not a plan, pdf
    docx_tmp_then_pdf(jaarverslag_meanderlanden(), OUT / "po-meanderlanden-jaarverslag-2024.pdf",
                      header="Jaarverslag 2024  ·  Stichting Passend Onderwijs De Meanderlanden",
                      footer="Bestuursverslag en jaarrekening 2024", title_meta="Jaarverslag 2024")
    labels = {"po-lindeland-2025-2029": LABEL_LINDELAND, "po-havenstad-2024-2028": LABEL_HAVENSTAD,
              "po-veenhoek-2026-2030": LABEL_VEENHOEK, "vo-rivierstad-2025-2029": LABEL_RIVIERSTAD,
              "po-stadsbrug-2025-2029": LABEL_STADSBRUG, "po-meanderlanden-jaarverslag-2024": LABEL_JAARVERSLAG}
    for name, lab in labels.items():
        (OUT / f"{name}.expected.yaml").write_text(label_yaml(lab), encoding="utf-8")
    print("written to", OUT)


if __name__ == "__main__":
    sys.exit(main())
