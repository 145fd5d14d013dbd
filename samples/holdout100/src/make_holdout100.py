#!/usr/bin/env python3
"""Generate the holdout100 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from an intermediate .docx with LibreOffice (soffice --headless).
"""
import html
import re
import shutil
import zipfile
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- block DSL
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def BL(*items): return ("bl", list(items))
def NL(*items): return ("nl", list(items))
def TB(*rows): return ("tb", [list(r) for r in rows])
def TITLE(*lines): return ("title", list(lines))
def TOC(*lines): return ("toc", list(lines))
def PB(): return ("pb", None)


# ---------------------------------------------------------------- renderers
def _fix_props(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "Bureau samenwerkingsverband"
    cp.comments = ""
    import datetime
    fixed = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1


def render_docx(blocks, path, header_text=None, footer_text=None, title="Document"):
    doc = Document()
    _fix_props(doc, title)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    if footer_text:
        doc.sections[0].footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(26 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bl":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "nl":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "tb":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a .docx with fixed member timestamps so that output is byte-identical per run."""
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def _normalise_pdf(path):
    """Replace LibreOffice's creation date and document id by fixed same-length values."""
    data = path.read_bytes()
    data = re.sub(rb"\(D:\d{14}([^)]*)\)",
                  lambda m: b"(D:20260301090000" + m.group(1) + b")", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                  .replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
    path.write_bytes(data)


def render_pdf(blocks, path, header_text=None, footer_text=None, title="Document"):
    tmp = Path(tempfile.mkdtemp(prefix="holdout100_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text, title)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
        _normalise_pdf(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, title, site_name, nav):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)} | {e(site_name)}</title>", "</head>", "<body>",
           f'<header><div class="logo">{e(site_name)}</div><nav><ul>']
    for item in nav:
        out.append(f"<li><a href=\"#\">{e(item)}</a></li>")
    out.append("</ul></nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>')
            for line in val:
                out.append(f"<li>{e(line)}</li>")
            out.append("</ol></aside>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f"<h{lvl}>{e(val)}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("bl", "nl"):
            tag = "ul" if kind == "bl" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{tag}>")
        elif kind == "tb":
            out.append("<table>")
            for i, row in enumerate(val):
                c = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in row) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            pass
    out.append("</main>")
    out.append(f"<footer><p>&copy; 2026 {e(site_name)} &middot; Privacyverklaring &middot; "
               "Cookies &middot; Toegankelijkheid &middot; Contact</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "tb":
            n += sum(len(c.split()) for r in val for c in r)
        elif val:
            n += sum(len(x.split()) for x in val)
    return n


# =====================================================================
# Plan 1 — PO, large, well-structured, .docx
# SWV Passend Onderwijs De Waarden (PO 26-08)
# =====================================================================
def plan_waarden():
    N = "Samenwerkingsverband Passend Onderwijs De Waarden"
    return [
        TITLE("Ondersteuningsplan 2026-2030",
              N + " (PO 26-08)",
              "Samen zorgen voor een passende plek voor ieder kind",
              "Vastgesteld door het algemeen bestuur op 16 april 2026"),
        TOC("Voorwoord ........................................................ 3",
            "1. Inleiding en leeswijzer ....................................... 4",
            "2. Onze regio in beeld ............................................ 6",
            "3. Visie, missie en koers ......................................... 8",
            "4. Basisondersteuning: wat elke school biedt ...................... 10",
            "5. Het ondersteuningsaanbod in samenhang .......................... 13",
            "6. Toelaatbaarheid tot het s(b)o .................................. 17",
            "7. Ambities en beoogde resultaten ................................. 22",
            "8. Communicatie ................................................... 24",
            "9. Geld en middelen ............................................... 27",
            "10. Organisatie en governance ..................................... 31",
            "11. Personeel en professionalisering .............................. 33",
            "12. ICT, privacy en gegevensbescherming ........................... 35",
            "13. Planning van de planperiode ................................... 36",
            "Bijlage 1. Begrippenlijst ......................................... 38",
            "Bijlage 2. Instemmingsbrief OPR en verslag OOGO .................... 41"),
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan 2026-2030 van " + N + ". Het is het derde plan sinds de "
          "invoering van passend onderwijs in 2014 en het eerste plan dat we schrijven na de grote "
          "verbeteraanpak van het ministerie. In de afgelopen jaren hebben onze schoolbesturen, intern "
          "begeleiders, directeuren, leerkrachten en ouders hard gewerkt om voor ieder kind in de regio een "
          "passende plek te vinden. Dat is niet altijd gelukt. Het aantal leerlingen met complexe vragen op "
          "het snijvlak van onderwijs en jeugdhulp groeit, de krapte op de arbeidsmarkt raakt ook de "
          "ondersteuning en sommige kinderen zaten langer thuis dan wij acceptabel vinden."),
        P("Dit plan is tot stand gekomen in een intensief traject. In het najaar van 2025 hielden we vier "
          "regiotafels met directeuren en intern begeleiders, twee avonden met ouders en een werkconferentie "
          "met de gemeenten. Wat we daar hoorden, is in dit plan verwerkt. Wij danken iedereen die heeft "
          "meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, die kritisch en betrokken "
          "naar de concepten hebben gekeken."),
        P("Het plan beschrijft wat wij met elkaar afspreken. Hoe de afspraken op school worden uitgewerkt, "
          "leest u in de schoolgidsen van onze scholen. Ons jaarplan vertaalt het plan ieder jaar naar "
          "concrete activiteiten. Wij wensen u veel leesplezier."),
        P("Marleen Verhoeven, directeur-bestuurder"),
        H1("1. Inleiding en leeswijzer"),
        H2("1.1 Wettelijk kader"),
        P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
          "(artikel 18a, zevende lid, van de Wet op het primair onderwijs). De wet noemt in het achtste lid "
          "de onderwerpen die het plan in elk geval bevat. In dit plan komen deze onderwerpen in de "
          "hoofdstukken 4 tot en met 9 aan bod. Het plan is daarnaast de basis voor ons jaarplan, onze "
          "begroting en de gesprekken met de inspectie van het onderwijs."),
        H2("1.2 Planperiode"),
        P("Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Wanneer wetgeving tussentijds "
          "verandert, bijvoorbeeld door de invoering van een landelijke norm voor basisondersteuning, passen "
          "wij het plan aan. Een wijziging van het plan leggen wij altijd ter instemming voor aan de OPR."),
        H2("1.3 Totstandkoming"),
        P("Het concept is besproken in het directeurenberaad op 14 januari 2026 en in het overleg van "
          "schoolbesturen op 28 januari 2026. Het op overeenstemming gericht overleg (OOGO) met de gemeenten "
          "Maasbergen, Lingeveld en Altena-Oost vond plaats op 5 februari 2026; het verslag is als bijlage 2 "
          "opgenomen. Met het samenwerkingsverband VO De Waarden (VO 26-09) is op 10 februari 2026 overleg "
          "gevoerd. De ondersteuningsplanraad heeft op 25 maart 2026 ingestemd. Het algemeen bestuur stelde "
          "het plan vast op 16 april 2026, waarna het vóór 1 mei 2026 aan de inspectie is toegezonden."),
        H2("1.4 Leeswijzer"),
        P("Hoofdstuk 2 schetst onze regio. Hoofdstuk 3 beschrijft visie en koers. De hoofdstukken 4 en 5 gaan "
          "over de ondersteuning op en tussen de scholen, hoofdstuk 6 over de toelaatbaarheid tot het speciaal "
          "(basis)onderwijs. In hoofdstuk 7 staan onze ambities. Hoofdstuk 8 gaat over communicatie en "
          "hoofdstuk 9 over de middelen. De hoofdstukken 10 tot en met 13 beschrijven organisatie, personeel, "
          "ICT en planning. Een begrippenlijst vindt u in bijlage 1."),
        H1("2. Onze regio in beeld"),
        P("Het samenwerkingsverband omvat de gemeenten Maasbergen, Lingeveld en Altena-Oost. Het gebied is "
          "deels landelijk, met kleine dorpsscholen, en deels stedelijk rond de kern Maasbergen. Elf "
          "schoolbesturen zijn aangesloten, van een eenpitter tot een bestuur met achttien scholen."),
        TB(("Kengetal (teldatum 1 oktober 2025)", "Aantal"),
           ("Aangesloten schoolbesturen", "11"),
           ("Scholen voor basisonderwijs (vestigingen)", "64"),
           ("Scholen voor speciaal basisonderwijs", "2"),
           ("Scholen voor speciaal onderwijs cluster 3 en 4 (locaties)", "3"),
           ("Leerlingen basisonderwijs", "14.812"),
           ("Leerlingen sbo", "301"),
           ("Leerlingen so met TLV van dit SWV", "188")),
        P("Het leerlingaantal daalt in de dorpen licht en groeit in Maasbergen-Noord door nieuwbouw. Dat "
          "vraagt van besturen dat zij over de grenzen van hun eigen scholen heen kijken. De gemeenten "
          "verwachten tot 2030 een stabilisatie van het totaal aantal leerlingen."),
        P("In de regio werken drie lokale teams jeugd en gezin, twee grote jeugdhulpaanbieders en een "
          "kinderpsychiatrische polikliniek. De wachttijden voor specialistische jeugdhulp zijn lang; dit is "
          "een terugkerend onderwerp in ons overleg met de gemeenten."),
        H1("3. Visie, missie en koers"),
        H2("3.1 Visie"),
        P("Ieder kind heeft recht op onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis "
          "en samen met leeftijdgenoten. Wij geloven dat kinderen het beste tot ontwikkeling komen in een "
          "omgeving waarin school, ouders en zorg samen optrekken. Ouders kennen hun kind het best; "
          "leerkrachten kennen het onderwijs. Die kennis brengen we samen."),
        H2("3.2 Missie"),
        P("Het samenwerkingsverband ondersteunt schoolbesturen en scholen om voor elk kind een passend "
          "onderwijsaanbod te realiseren. Wij doen dat door middelen en expertise slim te verdelen, door "
          "kennis te delen en door de regie te nemen waar een kind dreigt tussen wal en schip te raken."),
        H2("3.3 Koers 2026-2030"),
        P("Voor de komende vier jaar kiezen wij vier koerslijnen: (1) een stevige basis op iedere school, (2) "
          "thuisnabij waar het kan, speciaal waar het moet, (3) geen kind zonder onderwijs en (4) samen met "
          "ouders en partners. Deze koerslijnen keren in de volgende hoofdstukken terug en zijn in hoofdstuk "
          "7 vertaald naar ambities."),
        H1("4. Basisondersteuning: wat elke school biedt"),
        H2("4.1 Het afgesproken niveau"),
        P("Basisondersteuning is de ondersteuning die iedere school van ons samenwerkingsverband, op iedere "
          "vestiging, aan iedere leerling biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
          "nodig is. De schoolbesturen hebben dit niveau in 2025 opnieuw met elkaar vastgesteld. Het is een "
          "ondergrens: geen enkele school mag eronder zitten, scholen mogen er wel boven uitstijgen. Ouders "
          "kunnen dus op elke school in Maasbergen, Lingeveld en Altena-Oost op hetzelfde minimum rekenen."),
        H2("4.2 De twaalf standaarden"),
        P("Het niveau is uitgewerkt in twaalf standaarden. Elke school:"),
        NL("heeft een intern begeleider met een aanstelling van ten minste 0,4 fte per 200 leerlingen die de "
           "ondersteuning coördineert;",
           "werkt handelingsgericht: leerkrachten stellen in groepsplannen of groepsoverzichten doelen op en "
           "bespreken die minimaal drie keer per jaar in een groepsbespreking;",
           "volgt de ontwikkeling van alle leerlingen met een leerlingvolgsysteem voor taal, lezen, rekenen en "
           "sociaal-emotionele ontwikkeling;",
           "werkt volgens het Protocol Leesproblemen en Dyslexie en biedt vanaf groep 3 extra leesinterventies;",
           "heeft een aanpak voor rekenproblemen en dyscalculie volgens het landelijke protocol ERWD;",
           "biedt een verrijkings- en verdiepingsaanbod in de groep voor leerlingen die meer aankunnen;",
           "heeft een schoolbreed programma voor sociale veiligheid en gedrag en een anti-pestcoördinator;",
           "heeft een protocol medisch handelen en maakt afspraken over medicijnverstrekking;",
           "kan een ontwikkelingsperspectief (OPP) opstellen en evalueert dit twee keer per jaar met ouders;",
           "organiseert ten minste vier keer per jaar een ondersteuningsteam met de jeugdverpleegkundige, de "
           "contactpersoon van het lokale team en de onderwijsadviseur van het samenwerkingsverband;",
           "biedt NT2-ondersteuning aan leerlingen die korter dan twee jaar in Nederland zijn;",
           "zorgt voor een warme overdracht bij iedere overstap van groep, school of schoolsoort."),
        P("De standaarden zijn bewust concreet geformuleerd, zodat een ouder kan nagaan wat hij of zij van "
          "de school mag verwachten. De school beschrijft in de schoolgids hoe zij de standaarden invult."),
        H2("4.3 Borging"),
        P("Eens per twee jaar voert het samenwerkingsverband op iedere school een kwaliteitsgesprek aan de "
          "hand van de kwaliteitskaart basisondersteuning. Een onderwijsadviseur en een directeur van een "
          "andere school voeren het gesprek met directie en intern begeleider. Wanneer een school op een of "
          "meer standaarden onvoldoende scoort, maakt het bestuur binnen drie maanden een verbeterplan. Na "
          "een jaar volgt een hercontrole. De uitkomsten worden geanonimiseerd besproken in het overleg van "
          "schoolbesturen."),
        H1("5. Het ondersteuningsaanbod in samenhang"),
        H2("5.1 Van basis naar speciaal"),
        P("Ons aanbod is opgebouwd in lagen die op elkaar aansluiten. Wat niet in de basis past, regelen we "
          "zo dicht mogelijk bij de school en de groep. Pas als dat niet volstaat, komt het speciaal "
          "(basis)onderwijs in beeld."),
        TB(("Laag", "Wat", "Wie beslist"),
           ("Basisondersteuning", "De twaalf standaarden op elke school (hoofdstuk 4)", "School"),
           ("Extra ondersteuning op school", "Arrangement op maat op de eigen school, bijvoorbeeld een "
            "onderwijsassistent, ambulante begeleiding of een specifieke methodiek", "Bestuur, binnen het "
            "schoolbudget"),
           ("Bovenschoolse voorzieningen", "Observatiegroep De Brug (8 plaatsen), plusklassen op 6 locaties, "
            "taalklas voor nieuwkomers in Maasbergen, arrangement Jonge Risicokinderen", "Commissie "
            "Arrangementen van het SWV"),
           ("Onderwijs-zorgarrangement", "Combinatie van onderwijs en jeugdhulp in onderwijstijd, "
            "bijvoorbeeld in de zorgklas Kompas", "SWV en gemeente samen"),
           ("Speciaal basisonderwijs", "Twee sbo-scholen: De Wissel en Het Veer", "SWV (TLV)"),
           ("Speciaal onderwijs", "Drie so-locaties cluster 3 en 4", "SWV (TLV)")),
        P("Tussen de lagen bestaat geen harde grens. Een leerling kan een arrangement op de eigen school "
          "combineren met een dag in de plusklas, of vanuit de observatiegroep teruggaan naar de eigen "
          "school. De onderwijsadviseurs van het samenwerkingsverband denken mee bij elke stap."),
        H2("5.2 Hoogbegaafdheid en nieuwkomers"),
        P("Met de extra middelen voor hoogbegaafdheid hebben we in 2024 zes plusklassen geopend en een "
          "voltijdsgroep in Maasbergen. Nieuwkomers starten in de taalklas en stromen binnen een jaar door "
          "naar een basisschool in de buurt, met een begeleidingsarrangement van zes maanden."),
        H2("5.3 Geen kind tussen wal en schip"),
        P("Een dekkend aanbod betekent voor ons dat er voor ieder kind een passende plek is. Jaarlijks "
          "maken wij in maart een analyse van de vragen die niet of te laat beantwoord konden worden: "
          "leerlingen op een wachtlijst, aanvragen die zijn afgewezen omdat een voorziening ontbrak, en "
          "thuiszitters. De analyse bespreken wij met de besturen en de gemeenten; knelpunten leiden tot een "
          "concrete actie in het jaarplan, met een eigenaar en een datum."),
        P("Voor thuiszitters geldt een vaste werkwijze. Een school meldt een leerling die langer dan vier "
          "weken niet naar school gaat binnen een week bij het samenwerkingsverband. Binnen tien werkdagen "
          "organiseert de onderwijsadviseur een overleg met ouders, school, leerplicht en het lokale team. "
          "Wanneer partijen er samen niet uitkomen, wordt de casus aan de thuiszittertafel besproken, waar "
          "de directeur-bestuurder doorzettingsmacht heeft om een tijdelijke plek te regelen. Op 1 oktober "
          "2025 waren er 14 thuiszitters in onze regio."),
        P("De schoolbesturen hebben afgesproken dat zij hun zorgplicht gezamenlijk waarmaken. Lukt het een "
          "bestuur niet om binnen tien weken een passende plek te bieden, dan zoekt het samenwerkingsverband "
          "mee bij de andere besturen."),
        H2("5.4 Samenwerking met gemeenten en jeugdhulp"),
        P("Met de drie gemeenten hebben wij een gezamenlijke agenda opgesteld. Afspraken gaan over zorg in "
          "onderwijstijd, de inzet van jeugdhulp op school, leerlingenvervoer en onderwijshuisvesting van de "
          "bovenschoolse voorzieningen. Op iedere school is een vaste contactpersoon van het lokale team "
          "beschikbaar. Twee keer per jaar is er bestuurlijk overleg met de wethouders."),
        H1("6. Toelaatbaarheid tot het s(b)o"),
        H2("6.1 Wanneer een TLV?"),
        P("Soms heeft een leerling meer nodig dan een reguliere school, ook met een arrangement, kan bieden. "
          "Dan kan het schoolbestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) "
          "aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs."),
        H2("6.2 De aanvraag stap voor stap"),
        NL("De school bespreekt de leerling in het ondersteuningsteam, met ouders. Ouders geven hun "
           "zienswijze op de aanvraag.",
           "Het bestuur van de school waar de leerling staat ingeschreven, dient de aanvraag in bij het "
           "Loket Toelaatbaarheid van het samenwerkingsverband, met het groeidocument, het OPP en de "
           "verslagen van de evaluaties.",
           "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
           "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit.",
           "De Commissie van Toelaatbaarheid (CvT) besluit namens het bestuur van het samenwerkingsverband, "
           "uiterlijk zes weken na ontvangst van het complete dossier.",
           "Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."),
        H2("6.3 Criteria"),
        P("Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden "
          "is voldaan: de school heeft de basisondersteuning aantoonbaar ingezet; er is ten minste een half "
          "jaar een arrangement op de eigen school of een bovenschools arrangement geboden en geëvalueerd; de "
          "ondersteuningsbehoefte vraagt om een kleinere groep met een specifieke pedagogische aanpak gedurende "
          "de hele schooldag; en de ontwikkeling stagneert ondanks deze inzet."),
        P("Een leerling is toelaatbaar tot het speciaal onderwijs wanneer daarnaast sprake is van een "
          "ondersteuningsbehoefte die structureel specialistische expertise of intensieve zorg in de groep "
          "vraagt die het sbo niet kan bieden, bijvoorbeeld bij een ernstige verstandelijke beperking, een "
          "langdurige ziekte of ernstige gedrags- of psychiatrische problematiek. Bij een vermoedelijk IQ "
          "onder 55 of een meervoudige beperking kan de CvT een versnelde procedure volgen."),
        H2("6.4 Deskundigen"),
        P("Bij iedere aanvraag adviseert als eerste deskundige een orthopedagoog of psycholoog van het "
          "samenwerkingsverband. De tweede deskundige kiest het Loket passend bij de vraag: een "
          "kinderpsychiater, maatschappelijk werker, arts of jeugdarts. De deskundigen zijn niet betrokken "
          "geweest bij de voorbereiding van de aanvraag."),
        H2("6.5 Duur en bekostigingscategorie"),
        P("Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het "
          "so geldt voor twee schooljaren, tenzij de deskundigen een andere duur adviseren. De CvT bepaalt bij "
          "een TLV so de bekostigingscategorie (laag, midden of hoog) op basis van de ondersteuningsbehoefte."),
        H2("6.6 Bezwaar"),
        P("Ouders of school die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken "
          "bij het bestuur van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de "
          "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert."),
        H2("6.7 Na de TLV: terug naar het regulier onderwijs"),
        P("Een TLV is wat ons betreft geen eindstation. Wij willen dat kinderen die in het s(b)o tot bloei "
          "komen, de kans krijgen om weer naar een reguliere school dicht bij huis te gaan. Terugplaatsing of "
          "overplaatsing is aan de orde wanneer de leerling in het s(b)o zo is gegroeid dat een reguliere "
          "school, met ondersteuning, passend is, en wanneer ouders daar achter staan. Wij kiezen bij voorkeur "
          "een overstap aan het begin van een schooljaar of na een vakantie."),
        P("De ontvangende basisschool krijgt bij iedere terugplaatsing een terugkeerarrangement: gedurende "
          "twintig weken begeleidt een leerkracht van de sbo- of so-school de leerling en de nieuwe leerkracht "
          "op de werkvloer, en de school ontvangt een budget van € 2.500 voor extra handen in de groep. "
          "Blijkt de overstap na twintig weken toch niet passend, dan kan de leerling zonder nieuwe procedure "
          "terugkeren naar de s(b)o-school zolang de TLV nog geldig is."),
        P("Hoe de terugplaatsing in stappen verloopt, wie het initiatief neemt, op welke evaluatiemomenten "
          "dit wordt besproken en wie uiteindelijk besluit, leggen de s(b)o-scholen en het samenwerkingsverband "
          "in het schooljaar 2026-2027 vast in een gezamenlijk protocol."),
        P("In het schooljaar 2024-2025 zijn 9 leerlingen vanuit het sbo en 2 leerlingen vanuit het so "
          "teruggeplaatst naar een basisschool. Wij houden deze aantallen jaarlijks bij."),
        H1("7. Ambities en beoogde resultaten"),
        P("De koerslijnen uit hoofdstuk 3 hebben wij vertaald naar ambities met een streefwaarde voor het "
          "einde van de planperiode. Daarmee maken wij zichtbaar wat wij voor leerlingen met een "
          "ondersteuningsbehoefte willen bereiken."),
        TB(("Koerslijn", "Beoogd resultaat in 2030", "Streefwaarde"),
           ("Stevige basis", "Alle scholen voldoen aan de twaalf standaarden basisondersteuning",
            "100% van de scholen bij de tweede kwaliteitskaart"),
           ("Thuisnabij", "Meer leerlingen met een ondersteuningsvraag blijven op een reguliere school",
            "Deelnamepercentage s(b)o daalt van 3,2% naar 2,8%"),
           ("Thuisnabij", "Terugplaatsing wordt vaker benut", "Minimaal 15 terugplaatsingen per jaar"),
           ("Geen kind zonder onderwijs", "Geen enkel kind zit langer dan drie maanden thuis zonder "
            "passend aanbod", "0 langdurige thuiszitters"),
           ("Geen kind zonder onderwijs", "Snelle besluitvorming over toelaatbaarheid",
            "95% van de besluiten binnen zes weken"),
           ("Samen met ouders", "Ouders voelen zich gehoord bij de keuze voor ondersteuning",
            "Ten minste 80% van de ouders is tevreden")),
        P("Hoe wij de realisatie van deze ambities gaan meten, welke bronnen wij daarvoor gebruiken en hoe "
          "vaak en aan wie wij daarover rapporteren, werken wij uit in een monitoringsplan. Dat plan leggen "
          "wij in het voorjaar van 2027 voor aan het algemeen bestuur."),
        H1("8. Communicatie"),
        H2("8.1 Communicatie met scholen"),
        P("Scholen ontvangen zes keer per jaar een nieuwsbrief met ontwikkelingen, data van netwerkbijeenkomsten "
          "en wijzigingen in procedures. Intern begeleiders hebben een eigen netwerk dat vier keer per jaar "
          "bijeenkomt. Directeuren worden via het directeurenberaad betrokken."),
        H2("8.2 Ouders informeren"),
        P("Ouders willen weten welke ondersteuning er voor hun kind mogelijk is en bij wie ze terecht kunnen. "
          "Op de website staat een aparte ouderpagina met uitleg over basisondersteuning, arrangementen, "
          "bovenschoolse voorzieningen en de TLV-procedure, in eenvoudige taal en met een animatiefilmpje. "
          "Iedere school neemt in de schoolgids een vaste paragraaf op over het samenwerkingsverband en over "
          "de ondersteuning die de school biedt. Nieuwe ouders van een leerling met een ondersteuningsbehoefte "
          "krijgen van de intern begeleider de folder 'Wegwijs in passend onderwijs', die ook in het Engels, "
          "Arabisch en Pools beschikbaar is. Twee keer per jaar organiseren wij een informatieavond voor "
          "ouders, waarvan één in samenwerking met de gemeenten."),
        H2("8.3 Onafhankelijke hulp voor ouders"),
        P("Soms lopen ouders vast of verschillen zij met de school van mening over de ondersteuning. Zij "
          "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt De Waarden. Het steunpunt wordt uitgevoerd door "
          "een onafhankelijke stichting en is los van de scholen en het samenwerkingsverband georganiseerd. De "
          "consulenten luisteren, geven advies en gaan zo nodig mee naar een gesprek op school. Ouders kunnen "
          "daarnaast gratis een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, "
          "verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs; "
          "klachten over het samenwerkingsverband zelf behandelt de landelijke klachtencommissie waarbij wij "
          "zijn aangesloten."),
        H2("8.4 Ouders als partner"),
        P("Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP en worden uitgenodigd voor "
          "het ondersteuningsteam. In de ondersteuningsplanraad zitten zes ouders en zes personeelsleden; zij "
          "hebben instemmingsrecht op dit plan."),
        H1("9. Geld en middelen"),
        H2("9.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt van DUO de middelen voor lichte en zware ondersteuning. Na aftrek "
          "van de afdrachten voor het so en de overdrachten aan het sbo resteert het budget dat wij verdelen. "
          "Door de verevening zijn onze inkomsten sinds 2020 met circa 4% gedaald."),
        H2("9.2 Zo verdelen wij de middelen"),
        P("Het verdeelmodel is door het algemeen bestuur vastgesteld op basis van drie uitgangspunten: geld "
          "volgt de leerling, voorspelbaarheid voor besturen, en solidariteit met kleine scholen. Concreet:"),
        BL("Elk bestuur ontvangt een schoolbudget van € 142 per leerling (teldatum 1 oktober van het "
           "voorgaande jaar) voor extra ondersteuning op de eigen scholen.",
           "Elke school ontvangt daarnaast een vaste voet van € 6.000 per vestiging, zodat ook kleine "
           "dorpsscholen een arrangement kunnen bekostigen.",
           "De bovenschoolse voorzieningen (observatiegroep, plusklassen, taalklas) worden rechtstreeks door "
           "het samenwerkingsverband bekostigd.",
           "Individuele arrangementen boven € 5.000 vraagt het bestuur aan bij de Commissie Arrangementen, "
           "die binnen vier weken beslist op basis van het OPP en de aantoonbaar ingezette basisondersteuning."),
        P("De bedragen worden jaarlijks in december voor het volgende kalenderjaar vastgesteld en uiterlijk "
          "in januari aan de besturen uitgekeerd."),
        H2("9.3 Meerjarenbegroting"),
        TB(("Bedragen x € 1.000", "2026", "2027", "2028", "2029", "2030"),
           ("Baten ondersteuningsbekostiging DUO", "11.480", "11.390", "11.310", "11.260", "11.220"),
           ("Afdracht so en overdracht sbo", "-4.920", "-4.880", "-4.810", "-4.760", "-4.700"),
           ("Beschikbaar voor verdeling", "6.560", "6.510", "6.500", "6.500", "6.520"),
           ("Schoolbudgetten besturen (€ 142 p.l. + vaste voet)", "2.487", "2.470", "2.455", "2.440", "2.430"),
           ("Bovenschoolse voorzieningen", "1.560", "1.590", "1.610", "1.630", "1.650"),
           ("Individuele arrangementen", "1.150", "1.120", "1.100", "1.090", "1.080"),
           ("Onderwijs-zorgarrangementen (SWV-deel)", "420", "430", "440", "450", "460"),
           ("Terugkeerarrangementen", "30", "35", "38", "38", "38"),
           ("Ouder- en Jeugdsteunpunt", "85", "87", "89", "91", "93"),
           ("Bureau, personeel en onderwijsadviseurs", "960", "975", "990", "1.005", "1.020"),
           ("Resultaat", "-132", "-197", "-222", "-244", "-248")),
        H2("9.4 Reserves en risico's"),
        P("Eind 2025 bedroeg de algemene reserve € 2,1 miljoen. Dat ligt boven de signaleringswaarde. De "
          "negatieve resultaten in de meerjarenbegroting zijn bewust: de reserve wordt in vier jaar "
          "teruggebracht tot een weerstandsvermogen van 5% van de baten, het niveau dat het bestuur nodig "
          "acht om risico's zoals een onverwachte groei van het so op te vangen."),
        H2("9.5 Verantwoording"),
        P("Besturen verantwoorden jaarlijks vóór 1 mei aan het samenwerkingsverband hoe zij het schoolbudget "
          "hebben ingezet, met een vast format per school. Het samenwerkingsverband neemt een samenvatting "
          "op in de jaarrekening."),
        H1("10. Organisatie en governance"),
        P("Het samenwerkingsverband is een stichting. Het bestuursmodel kent een scheiding tussen bestuur en "
          "toezicht: de directeur-bestuurder bestuurt, de raad van toezicht houdt toezicht. De raad van "
          "toezicht bestaat uit vijf leden, van wie drie op voordracht van de schoolbesturen en twee "
          "onafhankelijke leden. Het algemeen bestuur, waarin alle elf schoolbesturen zitting hebben, stelt "
          "het ondersteuningsplan en de begroting vast."),
        P("De organisatie bestaat uit een klein bureau met een directeur-bestuurder, een controller, een "
          "beleidsmedewerker, een secretariaat en een team van acht onderwijsadviseurs, orthopedagogen en "
          "psychologen. Het bureau is gevestigd in Maasbergen."),
        P("De medezeggenschap is geregeld via de ondersteuningsplanraad (OPR) en de medezeggenschapsraad van "
          "het personeel van het samenwerkingsverband. De OPR vergadert vijf keer per jaar. In het "
          "medezeggenschapsstatuut zijn de bevoegdheden vastgelegd."),
        H1("11. Personeel en professionalisering"),
        P("Het samenwerkingsverband heeft 14,2 fte in dienst. Het lerarentekort raakt ook ons: vacatures "
          "voor orthopedagogen zijn moeilijk te vervullen. Wij investeren daarom in opleiding, onder meer door "
          "twee plaatsen voor orthopedagogen in opleiding per jaar."),
        P("Voor leerkrachten en intern begeleiders in de regio organiseren wij jaarlijks een scholingsaanbod "
          "over gedrag, handelingsgericht werken en het werken met het OPP. Het aanbod wordt afgestemd met de "
          "academies van de schoolbesturen. Kennisdeling tussen het s(b)o en de basisscholen is een speerpunt: "
          "leerkrachten uit het sbo lopen mee op basisscholen en andersom."),
        H1("12. ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, ook gegevens over gezondheid, "
          "voor zover dat nodig is voor de toewijzing van arrangementen en het besluit over toelaatbaarheid. "
          "Wij bewaren dossiers tot drie jaar na het laatste besluit. De functionaris gegevensbescherming "
          "houdt toezicht. Dossiers worden uitgewisseld via een beveiligd digitaal platform; e-mail wordt "
          "hiervoor niet gebruikt. In 2026 vervangen wij het registratiesysteem voor arrangementen."),
        H1("13. Planning van de planperiode"),
        TB(("Schooljaar", "Belangrijkste activiteiten"),
           ("2026-2027", "Protocol terugplaatsing; monitoringsplan; start nieuw registratiesysteem"),
           ("2027-2028", "Tweede ronde kwaliteitskaart basisondersteuning; uitbreiding plusklassen"),
           ("2028-2029", "Herijking verdeelmodel; evaluatie observatiegroep"),
           ("2029-2030", "Voorbereiding ondersteuningsplan 2030-2034")),
        H1("Bijlage 1. Begrippenlijst"),
        BL("Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep.",
           "Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt.",
           "Bekostigingscategorie: laag, midden of hoog; bepaalt de bekostiging van een leerling in het so.",
           "Dekkend aanbod: een aanbod waarin voor ieder kind een passende plek is.",
           "LBT: Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
           "Meerjarenbegroting: begroting voor meerdere jaren.",
           "OJSP: ouder- en jeugdsteunpunt.",
           "OOGO: op overeenstemming gericht overleg met de gemeenten.",
           "OPP: ontwikkelingsperspectief.",
           "OPR: ondersteuningsplanraad.",
           "Terugplaatsing: de overstap van een leerling van het s(b)o naar het regulier onderwijs.",
           "TLV: toelaatbaarheidsverklaring.",
           "Verevening: herverdeling van middelen voor zware ondersteuning tussen samenwerkingsverbanden."),
        H1("Bijlage 2. Instemmingsbrief OPR en verslag OOGO"),
        P("De instemmingsbrief van de OPR en het verslag van het OOGO zijn op te vragen bij het bureau van het "
          "samenwerkingsverband."),
    ]


LABEL_WAARDEN = """\
documents: [po-de-waarden-op-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4.1 defines the SWV-wide minimum for every vestiging; 4.2 lists twelve concrete standaarden; 4.3 kwaliteitskaart audit with verbeterplan."
  plaatsing: "H6.2 numbered steps (Loket, two deskundigen, CvT within six weeks); 6.3 sbo and so criteria; 6.5 duration/category; 6.6 LBT."
  terugstroom: "Hidden in TLV chapter 6.7: policy (aim, conditions, 20-week terugkeerarrangement) addressed, but steps/initiative/evaluation/decision explicitly deferred to a 2026-2027 protocol; 2024-2025 figures given."
  financien: "Chapter 'Geld en middelen' 9.2: EUR 142 per leerling + vaste voet, Commissie Arrangementen; 9.3 meerjarenbegroting 2026-2030 table; 9.4 reserves; 9.5 verantwoording."
  dekkend-aanbod: "H5.1 layered table basis to so; 5.3 annual gap analysis, thuiszitters procedure with doorzettingsmacht, zorgplicht; 5.4 gemeenten."
  resultaten: "H7 table of beoogde resultaten with streefwaarden; how they are measured/reported is deferred to a monitoringsplan in spring 2027."
  ouders: "Under 'Communicatie' 8.2 (ouderpagina, schoolgids paragraph, folder, info evenings) and 8.3 (OJSP, Onderwijsconsulenten, geschillencommissie)."
"""

# =====================================================================
# Plan 2 — PO, medium, thinner, .docx
# Samenwerkingsverband Kempenstroom (PO 30-12)
# =====================================================================
def plan_kempenstroom():
    N = "Samenwerkingsverband Kempenstroom"
    return [
        TITLE("Ondersteuningsplan Kempenstroom 2026 – 2030",
              "Stichting " + N + " primair onderwijs, PO 30-12",
              "Versie ter instemming OPR, 3 maart 2026"),
        TOC("Hoofdstuk 1  Inleiding                                   3",
            "Hoofdstuk 2  Wie zijn wij                                 5",
            "Hoofdstuk 3  Onze visie op passend onderwijs              7",
            "Hoofdstuk 4  Ondersteuning: basis en extra                9",
            "Hoofdstuk 5  Toelaatbaarheid en terugplaatsing           13",
            "Hoofdstuk 6  Financiën                                   17",
            "Hoofdstuk 7  Kwaliteit en resultaten                     20",
            "Hoofdstuk 8  Ouders                                      21",
            "Hoofdstuk 9  Samenwerking met gemeenten en VO            23",
            "Hoofdstuk 10 Organisatie, medezeggenschap en personeel   25",
            "Bijlage A    Afkortingen                                 28"),
        H1("Hoofdstuk 1  Inleiding"),
        P("Dit is het ondersteuningsplan van " + N + " voor de schooljaren 2026-2027 tot en met 2029-2030. "
          "In dit plan leggen de zeven aangesloten schoolbesturen vast hoe zij samen zorgen voor passend "
          "onderwijs voor alle kinderen in de gemeenten Kempenaar, Dommelrode en Heeze-Akker. Het plan is "
          "bedoeld voor iedereen die bij passend onderwijs betrokken is: schoolbesturen, directeuren, intern "
          "begeleiders, leerkrachten, ouders, gemeenten en ketenpartners."),
        P("Wij hebben gekozen voor een compact plan. Het plan beschrijft de grote lijnen; de uitwerking staat "
          "in het jaarplan en in de werkdocumenten die op de website van het samenwerkingsverband staan. "
          "Daarmee willen we voorkomen dat het plan na een jaar al verouderd is. Tegelijk hebben wij geprobeerd "
          "om op de punten die de wet voorschrijft concreet te zijn."),
        P("Het vorige plan (2022-2026) stond in het teken van opbouw: een nieuw bureau, een nieuwe "
          "directeur en een nieuwe werkwijze voor arrangementen. In de komende periode willen wij die werkwijze "
          "verder verstevigen. Het concept van dit plan is besproken met directeuren (november 2025), met "
          "intern begeleiders (december 2025) en met de gemeenten in het OOGO van 22 januari 2026. De OPR "
          "wordt gevraagd in te stemmen in de vergadering van 17 maart 2026."),
        H2("§ 1.1 Wettelijk kader en leeswijzer"),
        P("De Wet op het primair onderwijs schrijft voor dat een samenwerkingsverband ten minste eens in de "
          "vier jaar een ondersteuningsplan vaststelt en noemt de onderwerpen die daarin aan bod moeten komen. "
          "Voordat het plan wordt vastgesteld, voert het samenwerkingsverband overleg met de gemeenten en met "
          "het samenwerkingsverband voor voortgezet onderwijs, en stemt de ondersteuningsplanraad in. In "
          "hoofdstuk 2 en 3 beschrijven we wie we zijn en waar we voor staan. Hoofdstuk 4 gaat over de "
          "ondersteuning op en tussen de scholen, hoofdstuk 5 over toelaatbaarheid en terugplaatsing en "
          "hoofdstuk 6 over het geld. Daarna volgen kwaliteit, ouders, samenwerking en organisatie."),
        H1("Hoofdstuk 2  Wie zijn wij"),
        P(N + " is een stichting waarin zeven schoolbesturen samenwerken. Samen hebben zij 38 basisscholen, "
          "één school voor speciaal basisonderwijs (sbo De Kempenpoort) en één so-school voor cluster 4 "
          "(De Zonnewijzer, locatie Dommelrode). Leerlingen met een ondersteuningsbehoefte op het gebied van "
          "cluster 3 gaan naar so-scholen in de omliggende samenwerkingsverbanden."),
        P("Op 1 oktober 2025 telden de basisscholen samen 7.940 leerlingen. De scholen verschillen sterk in "
          "grootte: de kleinste dorpsschool heeft 41 leerlingen, de grootste 612. Drie besturen hebben slechts "
          "één of twee scholen; twee besturen hebben er meer dan tien."),
        P("Het bureau van het samenwerkingsverband is gevestigd in Kempenaar en telt zes medewerkers: een "
          "directeur, een managementassistent, een beleidsmedewerker financiën (0,6 fte) en drie consulenten "
          "passend onderwijs. De consulenten zijn het eerste aanspreekpunt voor de scholen."),
        H2("§ 2.1 Geschiedenis"),
        P("Het samenwerkingsverband is in 2013 ontstaan uit een fusie van twee oudere verbanden 'Weer Samen "
          "Naar School', een in het noordelijk en een in het zuidelijk deel van de Kempen. In de eerste jaren "
          "lag de nadruk op het opzetten van een organisatie en het maken van afspraken tussen besturen die "
          "elkaar nog niet goed kenden. Sinds 2020 is er meer rust. De besturen werken op veel terreinen "
          "samen, ook buiten passend onderwijs, bijvoorbeeld bij de inzet van invalleerkrachten en bij "
          "gezamenlijke scholing."),
        P("De regio is in verandering. In Kempenaar wordt een nieuwe wijk gebouwd met ruimte voor ongeveer "
          "1.200 woningen. Er komt een nieuwe basisschool, die in 2028 haar deuren opent. In de kleinere "
          "dorpen daalt het aantal leerlingen juist. Twee scholen zijn de afgelopen jaren samengegaan. Deze "
          "ontwikkelingen hebben gevolgen voor de manier waarop besturen en samenwerkingsverband samenwerken: "
          "kleine scholen hebben minder mogelijkheden om zelf expertise op te bouwen en zijn vaker aangewezen "
          "op de consulenten van het samenwerkingsverband."),
        H2("§ 2.2 De scholen"),
        P("De aangesloten besturen zijn verschillend van signatuur: openbaar, rooms-katholiek, protestants-"
          "christelijk en algemeen bijzonder. Eén school werkt volgens de daltonprincipes en twee scholen "
          "zijn Jenaplanscholen. De scholen zijn onderling verschillend, en dat mag ook. Wat hen bindt, is de "
          "overtuiging dat kinderen in hun eigen omgeving naar school moeten kunnen."),
        P("Sbo De Kempenpoort heeft ongeveer 140 leerlingen en ontvangt leerlingen uit het hele gebied. De "
          "Zonnewijzer heeft een so-afdeling voor cluster 4 met circa 80 leerlingen, waarvan ongeveer de "
          "helft uit ons eigen samenwerkingsverband komt. Beide scholen hebben een expertisecentrum van "
          "waaruit specialisten worden ingezet op de basisscholen."),
        H1("Hoofdstuk 3  Onze visie op passend onderwijs"),
        P("Wij vinden dat ieder kind in de Kempen onderwijs verdient dat aansluit bij wat het kan en nodig "
          "heeft. Dat begint in de eigen groep, bij een leerkracht die het kind kent. Ouders, school en "
          "samenwerkingsverband werken daarbij samen als partners. Wij kijken naar wat een kind nodig heeft, "
          "niet naar wat het mankeert."),
        P("Passend onderwijs is geen opdracht van het samenwerkingsverband alleen. Het is een gezamenlijke "
          "verantwoordelijkheid van de besturen. Het samenwerkingsverband faciliteert, verbindt en bewaakt. "
          "Onze kernwaarden zijn: dichtbij, samen, eenvoudig en eerlijk. Dichtbij betekent dat ondersteuning "
          "zoveel mogelijk in de eigen school plaatsvindt. Samen betekent dat we elkaars expertise benutten. "
          "Eenvoudig betekent dat we procedures zo licht mogelijk houden. Eerlijk betekent dat we open zijn "
          "over wat wel en niet lukt."),
        P("In de komende planperiode willen we onze energie vooral richten op de leerkracht in de klas. "
          "Leerkrachten geven aan dat de groepen complexer worden. Wij willen hen helpen door expertise "
          "dichter bij de groep te brengen, bijvoorbeeld door co-teaching met leerkrachten uit het sbo en so."),
        P("Wij kiezen in deze planperiode nadrukkelijk voor inclusiever onderwijs. Dat betekent niet dat "
          "het speciaal onderwijs verdwijnt; het betekent wel dat we zoeken naar manieren om regulier en "
          "speciaal dichter bij elkaar te brengen. Twee basisscholen in Kempenaar starten in 2026 samen met De "
          "Kempenpoort een pilot met een gedeelde groep op de locatie van de basisschool. Wij volgen deze "
          "pilot nauwgezet en besluiten in 2028 of het model breder wordt toegepast."),
        P("Onze visie sluit aan bij de visies van de aangesloten besturen. Iedere bestuurder heeft in de "
          "voorbereiding van dit plan laten zien hoe passend onderwijs terugkomt in het eigen strategisch "
          "beleidsplan. De overeenkomsten zijn groot: alle besturen noemen het belang van de leerkracht, van "
          "samenwerking met ouders en van onderwijs dicht bij huis. De verschillen zitten vooral in de "
          "accenten, bijvoorbeeld in de aandacht voor hoogbegaafdheid of voor de identiteit van de school."),
        H1("Hoofdstuk 4  Ondersteuning: basis en extra"),
        H2("§ 4.1 Basisondersteuning"),
        P("De besturen in Kempenstroom hebben met elkaar afgesproken dat iedere basisschool in het "
          "samenwerkingsverband hetzelfde niveau van basisondersteuning biedt. Dit niveau geldt voor alle "
          "38 scholen en al hun vestigingen en vormt de ondergrens: wat daarboven nodig is, valt onder extra "
          "ondersteuning. Een school kan pas een beroep doen op het samenwerkingsverband als zij kan laten zien "
          "dat de basisondersteuning is ingezet."),
        P("Welke voorzieningen en interventies precies onder de basisondersteuning vallen, is vastgelegd in de "
          "notitie 'Basisondersteuning Kempenstroom' die in de loop van 2026 wordt geactualiseerd, en in de "
          "schoolondersteuningsprofielen die de scholen op hun eigen website publiceren."),
        H2("§ 4.2 Extra ondersteuning: arrangementen"),
        P("Als een leerling meer nodig heeft dan de basisondersteuning, kan de school een arrangement "
          "aanvragen. Wij onderscheiden:"),
        BL("Een schoolarrangement: de school zet extra ondersteuning in vanuit het eigen schoolbudget "
           "(zie hoofdstuk 6), bijvoorbeeld een onderwijsassistent of een training.",
           "Een consultatiearrangement: een consulent van het samenwerkingsverband of een specialist uit het "
           "sbo/so adviseert de leerkracht gedurende maximaal tien weken.",
           "Een bovenschools arrangement: de leerling neemt deel aan een voorziening buiten de eigen school, "
           "zoals de Kangoeroegroep voor meer- en hoogbegaafde leerlingen (één dag per week) of de "
           "Taalschakelklas voor nieuwkomers.",
           "Een onderwijs-zorgarrangement: onderwijs en jeugdhulp worden gecombineerd, samen met de gemeente.",
           "Speciaal basisonderwijs of speciaal onderwijs, met een toelaatbaarheidsverklaring (hoofdstuk 5)."),
        P("De arrangementen vormen een doorgaande lijn: de ondersteuning wordt steeds intensiever, maar de "
          "leerling blijft zo lang mogelijk op de eigen school. De school bespreekt de leerling eerst in het "
          "eigen ondersteuningsteam, waarin ook de consulent van het samenwerkingsverband en de schoolmaatschappelijk "
          "werker zitten. Het ondersteuningsteam adviseert welk arrangement passend is."),
        H2("§ 4.3 Het dekkend netwerk"),
        P("De wet vraagt van ons een dekkend netwerk van voorzieningen. Wij zien dat de meeste leerlingen in "
          "onze regio een passende plek hebben. Een analyse van witte vlekken in ons aanbod en een aanpak voor "
          "leerlingen die nu geen passende plek hebben, werken wij in 2027 samen met de gemeenten uit; tot die "
          "tijd zoeken de consulenten per situatie naar een oplossing."),
        H1("Hoofdstuk 5  Toelaatbaarheid en terugplaatsing"),
        H2("§ 5.1 De procedure"),
        P("Een leerling kan alleen naar sbo De Kempenpoort of naar een so-school als het samenwerkingsverband "
          "een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De procedure is als volgt. De basisschool "
          "bespreekt de leerling in het ondersteuningsteam, met ouders en de consulent. Als het team "
          "concludeert dat een TLV nodig is, stelt de school een aanvraag op met het groeidocument, het OPP en "
          "de zienswijze van de ouders. Het bestuur van de school dient de aanvraag digitaal in bij de "
          "Toelaatbaarheidscommissie van het samenwerkingsverband. De commissie bestaat uit een orthopedagoog, "
          "een GZ-psycholoog en een voorzitter namens de directeur. De orthopedagoog en de psycholoog geven "
          "ieder een eigen schriftelijk advies. De commissie neemt binnen zes weken na ontvangst van een "
          "volledige aanvraag een besluit. In spoedsituaties kan dat binnen twee weken. Het besluit wordt "
          "schriftelijk aan ouders en het bestuur meegedeeld, met de adviezen van de deskundigen."),
        H2("§ 5.2 Wanneer toelaatbaar?"),
        P("De commissie toetst iedere aanvraag aan de criteria in het onderstaande overzicht."),
        TB(("Toetsvraag", "Sbo", "So (cluster 3 en 4)"),
           ("Is de basisondersteuning aantoonbaar en planmatig ingezet?", "Ja, verplicht", "Ja, verplicht"),
           ("Is er een arrangement ingezet en geëvalueerd?", "Ja, ten minste één arrangement van minimaal "
            "zes maanden", "Ja, tenzij de ondersteuningsbehoefte evident zwaarder is"),
           ("Ondersteuningsbehoefte", "Structureel behoefte aan kleine groep en intensieve begeleiding bij "
            "leren en gedrag gedurende de hele dag", "Daarnaast specialistische behandeling of zorg, of een "
            "verstandelijke, lichamelijke of langdurige medische beperking"),
           ("Perspectief in regulier onderwijs", "Niet haalbaar binnen de eigen school, ook niet met "
            "arrangement", "Niet haalbaar binnen regulier én sbo"),
           ("Betrokkenheid ouders", "Zienswijze ouders toegevoegd", "Zienswijze ouders toegevoegd")),
        H2("§ 5.3 Tijdelijke plaatsing en observatie"),
        P("Bij twijfel kan de commissie een TLV voor een observatieperiode van maximaal drie maanden "
          "afgeven. De sbo-school stelt in die periode samen met ouders vast wat de leerling nodig heeft."),
        H2("§ 5.4 Als de TLV afloopt: terugplaatsing"),
        P("Kinderen gaan in onze regio naar het sbo of so om daar tot ontwikkeling te komen, en waar het kan "
          "weer terug naar de basisschool in hun eigen dorp of wijk. Ons beleid is dat bij iedere leerling in "
          "het s(b)o de mogelijkheid van terugplaatsing jaarlijks serieus wordt overwogen. Voorwaarde is dat "
          "de leerling zich in het s(b)o zo heeft ontwikkeld dat de ondersteuningsbehoefte binnen een "
          "reguliere school met een arrangement te beantwoorden is, en dat ouders instemmen."),
        P("Het verloop is als volgt. Tijdens de OPP-evaluatie in januari of februari van het laatste "
          "TLV-jaar beoordeelt de commissie van begeleiding van de s(b)o-school samen met ouders of "
          "terugplaatsing mogelijk is. Is dat zo, dan meldt de s(b)o-school de leerling vóór 1 april aan bij "
          "de consulent van het samenwerkingsverband. De consulent zoekt samen met ouders een passende "
          "basisschool en organiseert een overdrachtsgesprek tussen beide scholen. De directeur van het "
          "samenwerkingsverband besluit over het terugkeerarrangement. De TLV eindigt dan op 31 juli. Is "
          "terugplaatsing nog niet verantwoord, dan vraagt het bestuur van de s(b)o-school uiterlijk 1 mei "
          "een nieuwe TLV aan."),
        P("De ontvangende basisschool krijgt een terugkeerarrangement: een half jaar lang een dagdeel per "
          "week begeleiding door een leerkracht van de s(b)o-school en een budget voor extra inzet in de "
          "groep. Na drie en na zes maanden evalueren beide scholen en ouders de overstap."),
        H1("Hoofdstuk 6  Financiën"),
        H2("§ 6.1 Uitgangspunten"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Wij "
          "willen dat zoveel mogelijk geld in de scholen terechtkomt, dicht bij de leerling. Het bureau houdt "
          "de overhead beperkt."),
        H2("§ 6.2 Verdeling"),
        P("Wij werken met een schoolmodel. Na aftrek van de verplichte afdrachten aan het so en de "
          "overdracht aan het sbo ontvangt ieder bestuur een budget van € 165 per leerling, op basis van het "
          "leerlingaantal op 1 oktober van het voorgaande schooljaar. Besturen met scholen onder de 100 "
          "leerlingen ontvangen daarnaast een toeslag van € 4.000 per school. Bovenschoolse arrangementen en "
          "onderwijs-zorgarrangementen worden niet per bestuur verdeeld, maar toegekend door de directeur op "
          "advies van de consulenten, aan de hand van de criteria in de werkwijzer arrangementen. Het "
          "algemeen bestuur stelt de bedragen ieder jaar in juni vast."),
        H2("§ 6.3 Begroting"),
        P("De meerjarenbegroting 2026-2030 wordt in december 2026 door het algemeen bestuur vastgesteld en "
          "daarna als aanvulling bij dit plan gevoegd. Besturen bepalen zelf hoe zij het toegekende budget "
          "binnen hun scholen inzetten."),
        H2("§ 6.4 Reserves en verantwoording"),
        P("De algemene reserve bedroeg op 31 december 2025 € 870.000. Dat is boven de signaleringswaarde van "
          "de inspectie. Het bestuur stelt in 2026 vast hoe het bovenmatige deel wordt afgebouwd. Besturen "
          "verantwoorden de inzet van hun budget jaarlijks in een aparte paragraaf passend onderwijs in hun "
          "bestuursverslag, die zij vóór 1 juli aan het samenwerkingsverband sturen."),
        H1("Hoofdstuk 7  Kwaliteit en resultaten"),
        P("Dit hoofdstuk wordt aangevuld zodra de evaluatie van het ondersteuningsplan 2022-2026 is afgerond. "
          "Die evaluatie loopt tot het najaar van 2026. Het algemeen bestuur stelt daarna de doelen voor de "
          "planperiode en de manier waarop wij die volgen vast."),
        H1("Hoofdstuk 8  Ouders"),
        P("Ouders zijn de eerste partner van de school. Wij vinden het belangrijk dat ouders goed weten wat "
          "passend onderwijs voor hun kind kan betekenen."),
        P("Ouders worden op drie manieren geïnformeerd over de ondersteuningsmogelijkheden. Ten eerste via de "
          "website van het samenwerkingsverband, met een ouderpagina waarop de arrangementen, de "
          "bovenschoolse voorzieningen en de TLV-procedure worden uitgelegd. Ten tweede via de school: elke "
          "school beschrijft in de schoolgids welke ondersteuning zij biedt en hoe ouders een arrangement "
          "kunnen bespreken, en de intern begeleider geeft ouders bij het eerste gesprek over extra "
          "ondersteuning de oudermap 'Passend onderwijs in de Kempen'. Ten derde organiseert het "
          "samenwerkingsverband ieder najaar een informatieavond voor ouders in Kempenaar en in Dommelrode."),
        P("Met vragen over de ondersteuning van hun kind kunnen ouders in eerste instantie terecht bij de "
          "leerkracht of de intern begeleider. Komen ouders en school er niet uit, dan kunnen ouders contact "
          "opnemen met de consulent van het samenwerkingsverband. Samen met het samenwerkingsverband VO "
          "verkennen wij in 2026-2027 hoe een ouder- en jeugdsteunpunt er in de Kempen uit kan zien."),
        P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. Bij het opstellen van het OPP gaat de "
          "school met ouders in gesprek over de doelen; ouders hebben instemmingsrecht op het "
          "handelingsdeel van het OPP."),
        H1("Hoofdstuk 9  Samenwerking met gemeenten en VO"),
        P("Met de gemeenten Kempenaar, Dommelrode en Heeze-Akker voeren wij ieder jaar het op overeenstemming "
          "gericht overleg. Wij maken afspraken over de aansluiting tussen onderwijs en jeugdhulp. Sinds 2024 "
          "is op iedere school een jeugdhulpverlener van het sociale wijkteam één dagdeel per week aanwezig. "
          "Voor onderwijs-zorgarrangementen betalen gemeente en samenwerkingsverband ieder een deel. Ook het "
          "leerlingenvervoer naar het sbo en so en de huisvesting van de Kangoeroegroep zijn onderwerp van "
          "overleg."),
        P("Met het samenwerkingsverband VO maken we afspraken over de overstap van groep 8 naar het "
          "voortgezet onderwijs. Voor leerlingen met een ondersteuningsbehoefte vindt een warme overdracht "
          "plaats, waarbij de intern begeleider, de mentor en ouders aan tafel zitten. Leerlingen uit het sbo "
          "en so krijgen een overstapcoach."),
        H1("Hoofdstuk 10  Organisatie, medezeggenschap en personeel"),
        P("De stichting heeft een algemeen bestuur waarin de zeven schoolbesturen zitting hebben, en een "
          "onafhankelijke voorzitter. Het algemeen bestuur houdt toezicht op de directeur, die het "
          "samenwerkingsverband leidt op basis van een managementstatuut. Het algemeen bestuur vergadert "
          "vijf keer per jaar."),
        P("De ondersteuningsplanraad (OPR) heeft acht leden: vier ouders en vier personeelsleden, afgevaardigd "
          "vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het "
          "ondersteuningsplan. Het personeel van het samenwerkingsverband heeft een eigen MR."),
        P("De consulenten werken volgens een vast rooster op de scholen. Zij volgen jaarlijks scholing en "
          "hebben twee keer per maand intervisie. De krapte op de arbeidsmarkt maakt het lastig om vacatures "
          "voor orthopedagogen snel te vervullen; wij werken daarom samen met het so-bestuur bij het inhuren "
          "van deskundigen voor de Toelaatbaarheidscommissie."),
        P("Voor het uitwisselen van leerlinggegevens gebruiken wij een beveiligde digitale omgeving. De "
          "privacyregels van het samenwerkingsverband zijn vastgelegd in een privacyreglement, dat jaarlijks "
          "door de functionaris gegevensbescherming wordt getoetst."),
        H2("§ 10.1 Professionalisering en kennisdeling"),
        P("Het samenwerkingsverband organiseert ieder jaar een studiedag voor alle intern begeleiders en "
          "directeuren, met een landelijke spreker en workshops van collega's uit de regio. Daarnaast zijn er "
          "vier netwerkbijeenkomsten per jaar voor intern begeleiders. In deze netwerken wisselen intern "
          "begeleiders ervaringen uit, bespreken zij casussen en maken zij kennis met nieuwe methodieken. De "
          "netwerken worden begeleid door de consulenten."),
        P("Wij stimuleren dat leerkrachten van elkaar leren. Leerkrachten van de basisscholen kunnen een dag "
          "meelopen op De Kempenpoort of De Zonnewijzer, en andersom. Ook kunnen scholen een beroep doen op de "
          "expertisecentra van beide scholen voor scholing van het team. De kosten daarvan worden gedragen "
          "door het samenwerkingsverband."),
        H2("§ 10.2 Planning en procedures"),
        P("Het ondersteuningsplan wordt ieder jaar vertaald in een jaarplan, dat het algemeen bestuur in juni "
          "vaststelt. De OPR wordt over het jaarplan geïnformeerd. Wijzigingen in het ondersteuningsplan "
          "zelf leggen wij ter instemming voor aan de OPR. Het plan wordt vóór 1 mei 2026 naar de inspectie "
          "van het onderwijs gestuurd, samen met het verslag van het OOGO en de instemming van de OPR."),
        P("In het laatste jaar van de planperiode, het schooljaar 2029-2030, starten wij met de voorbereiding "
          "van het volgende plan. Wij betrekken dan opnieuw directeuren, intern begeleiders, ouders en "
          "gemeenten bij het schrijven van het plan."),
        H2("§ 10.3 Huisvesting en bereikbaarheid"),
        P("Het bureau is gevestigd in het voormalige gemeentehuis van Kempenaar, dat het samenwerkingsverband "
          "deelt met de leerplichtafdeling en het centrum voor jeugd en gezin. Het bureau is op werkdagen "
          "geopend van 8.30 tot 17.00 uur. Vergaderruimtes kunnen door de scholen kosteloos worden gebruikt "
          "voor netwerkbijeenkomsten en scholing. De consulenten werken het grootste deel van de week op de "
          "scholen en zijn per telefoon en e-mail bereikbaar."),
        P("Het samenwerkingsverband heeft een eigen huisstijl en een website. De website wordt in 2026 "
          "vernieuwd en toegankelijker gemaakt voor mensen met een visuele beperking."),
        H1("Bijlage A  Afkortingen"),
        TB(("Afkorting", "Betekenis"),
           ("AB", "Algemeen bestuur"),
           ("IB", "Intern begeleider"),
           ("OJSP", "Ouder- en jeugdsteunpunt"),
           ("OOGO", "Op overeenstemming gericht overleg"),
           ("OPP", "Ontwikkelingsperspectief"),
           ("OPR", "Ondersteuningsplanraad"),
           ("SBO", "Speciaal basisonderwijs"),
           ("SO", "Speciaal onderwijs"),
           ("SOP", "Schoolondersteuningsprofiel, beschrijving van de basisondersteuning en extra ondersteuning "
            "van een school"),
           ("TLV", "Toelaatbaarheidsverklaring"),
           ("Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken")),
    ]


LABEL_KEMPENSTROOM = """\
documents: [po-kempenstroom-op-2026.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: partial, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "§4.1 states the common minimum for all 38 schools, but the concrete voorzieningen are only referred to a notitie being updated in 2026 and the schools' SOPs on their websites."
  plaatsing: "§5.1 procedure in prose (commissie, two written advices, six weeks); §5.2 criteria only in a table; no duration/category, no bezwaar route."
  terugstroom: "§5.4 inside the TLV chapter: policy (yearly consideration, conditions) plus steps (OPP evaluation jan/feb, aanmelding before 1 April, decision by directeur, TLV ends 31 July) and terugkeerarrangement."
  financien: "§6.2 verdeling (EUR 165 per leerling, small-school toeslag, arrangementen by directeur); no begroting: meerjarenbegroting deferred to December 2026; reserves and verantwoording in §6.4."
  dekkend-aanbod: "§4.2 lists arrangement levels up to sbo/so (continuum); gap analysis/pupils without a place deferred to 2027 in §4.3; OOGO jeugdhulp arrangements in H9."
  resultaten: "Chapter 7 'Kwaliteit en resultaten' is only a placeholder deferring goals and monitoring to after the autumn 2026 evaluation."
  ouders: "H8 channels (website ouderpagina, schoolgids, oudermap, info evening) addressed; only non-independent contacts (school, SWV consulent) and an OJSP 'verkennen' deferral, no independent help."
"""

# =====================================================================
# Plan 3 — PO, small verband, rendered to .pdf
# SWV Duinrand (PO 28-06)
# =====================================================================
def plan_duinrand():
    N = "Samenwerkingsverband Duinrand"
    return [
        TITLE("Ondersteuningsplan 2026-2030",
              N + " primair onderwijs (PO 28-06)",
              "Gemeenten Duinhoeve, Strandwijk en Heemdaal"),
        TOC("1  Voorwoord",
            "2  Terugblik op de periode 2022-2026",
            "3  Waar staan we voor",
            "4  Basisondersteuning",
            "5  Extra ondersteuning en het dekkend aanbod",
            "6  De toelaatbaarheidsverklaring",
            "7  Doelen en kwaliteitszorg",
            "8  Ouders",
            "9  Geld en middelen",
            "10 Organisatie en samenwerking",
            "11 Ontwikkelagenda",
            "Bijlagen: 1 Begrippenlijst, 2 Meerjarenbegroting (in tekst opgenomen), 5 Toetsingskader TLV"),
        H1("1  Voorwoord"),
        P("Duinrand is een klein samenwerkingsverband. Vijf schoolbesturen, 29 basisscholen, één sbo-school en "
          "één school voor speciaal onderwijs werken samen in drie gemeenten aan de kust. Die kleinschaligheid "
          "is onze kracht: intern begeleiders kennen elkaar, directeuren bellen elkaar op en de lijnen met de "
          "gemeenten zijn kort. Tegelijk maakt het ons kwetsbaar: één vertrekkende orthopedagoog of één "
          "complexe leerling met een dure voorziening heeft direct gevolgen voor het hele verband."),
        P("In dit plan laten we zien wat we de afgelopen jaren hebben bereikt, wat we met elkaar afspreken over "
          "de ondersteuning op en tussen de scholen en welke doelen we onszelf stellen voor 2030. We hebben "
          "het plan geschreven in gewone taal, omdat het niet alleen voor bestuurders is, maar ook voor "
          "leerkrachten en ouders."),
        P("Het plan is besproken in het OOGO met de drie gemeenten op 29 januari 2026 en heeft op 11 maart 2026 "
          "de instemming gekregen van de ondersteuningsplanraad. Het algemeen bestuur stelde het plan vast op "
          "26 maart 2026."),
        P("Een woord van dank is op zijn plaats voor iedereen die heeft meegewerkt: de intern begeleiders die "
          "in drie bijeenkomsten hun ervaringen deelden, de directeuren en bestuurders die meelazen, de "
          "leden van de OPR die het concept grondig bespraken, en de medewerkers van de gemeenten die ons "
          "hielpen de verbinding met jeugdhulp te leggen. Dit plan is van ons allemaal. We kijken ernaar uit "
          "om er de komende vier jaar samen mee aan de slag te gaan, en we nodigen iedereen uit om ons te "
          "laten weten wat er beter kan."),
        P("Ineke Bosman, directeur"),
        H2("1.1 Over dit plan"),
        P("Een samenwerkingsverband moet volgens de Wet op het primair onderwijs ten minste eens in de vier "
          "jaar een ondersteuningsplan vaststellen. Dit plan geldt voor de schooljaren 2026-2027 tot en met "
          "2029-2030. We hebben ervoor gekozen om het plan compact te houden. Uitgebreide procedures en "
          "formulieren staan in werkdocumenten die we apart met de scholen delen. Het plan wordt elk jaar "
          "uitgewerkt in een jaarplan met een jaarbegroting."),
        H2("1.2 Ontwikkelingen in onze regio"),
        P("De drie gemeenten aan de kust hebben samen ongeveer 58.000 inwoners. Het aantal kinderen in de "
          "basisschoolleeftijd daalt al enkele jaren licht; de prognose is dat die daling tot 2030 doorzet, "
          "met uitzondering van Strandwijk, waar een nieuwbouwwijk wordt ontwikkeld. Voor de kleinste "
          "dorpsscholen is de daling voelbaar. Twee scholen vormen sinds 2024 samen een kindcentrum met "
          "kinderopvang en peuteropvang onder één dak."),
        P("Het lerarentekort is in onze regio minder groot dan in de Randstad, maar ook hier lukt het niet "
          "altijd om vacatures direct te vervullen. Vooral intern begeleiders en gedragsspecialisten zijn "
          "moeilijk te vinden. De besturen werken samen in een regionale pool van invalleerkrachten en leiden "
          "samen met de pabo zij-instromers op."),
        P("Verder zien we dat gezinnen vaker te maken hebben met armoede, schulden en huisvestingsproblemen. "
          "Dat heeft gevolgen voor kinderen en daarmee ook voor de scholen. De gemeenten hebben hiervoor "
          "programma's opgezet, zoals een gratis ontbijt op school en extra inzet van schoolmaatschappelijk "
          "werk. Het samenwerkingsverband sluit daar waar mogelijk bij aan."),
        H1("2  Terugblik op de periode 2022-2026"),
        P("In het vorige plan stelden we ons vier doelen. Hieronder staat per doel wat we hebben bereikt. De "
          "cijfers komen uit onze jaarlijkse monitor (peildatum 1 oktober) en uit de tevredenheidspeiling onder "
          "scholen en ouders van maart 2025."),
        TB(("Doel 2022-2026", "Streefwaarde", "Bereikt (2025)", "Toelichting"),
           ("Minder leerlingen naar het s(b)o", "Deelname s(b)o max. 2,6%", "2,9%", "Niet gehaald; stijging "
            "door instroom van jonge leerlingen met complexe vragen"),
           ("Snellere besluiten over TLV's", "90% binnen 8 weken", "94%", "Gehaald"),
           ("Alle scholen op basisniveau", "29 van 29 scholen", "27 van 29", "Twee scholen hebben een "
            "verbeterplan lopen"),
           ("Tevreden scholen", "Rapportcijfer 7,5", "7,8", "Gehaald")),
        P("Verder constateren we dat het aantal arrangementen voor gedrag sterk is gestegen, van 61 in "
          "2021-2022 naar 94 in 2024-2025. De uitgaven aan individuele arrangementen zijn in dezelfde periode "
          "met 38% gegroeid. Dat heeft ons doen besluiten om in deze planperiode meer te investeren in "
          "groepsgerichte ondersteuning en in de vaardigheden van leerkrachten."),
        P("Leerlingen die het sbo verlaten, gaan in de regel naar het voortgezet onderwijs. In 2024-2025 "
          "stroomden 31 leerlingen van sbo De Branding uit naar het vo, de meesten naar het vmbo met lwoo of "
          "naar het praktijkonderwijs. Met het samenwerkingsverband VO bespreken we jaarlijks hoe deze "
          "leerlingen het doen in hun eerste jaar."),
        H1("3  Waar staan we voor"),
        P("Elk kind hoort erbij. We willen dat kinderen in de Duinrand zoveel mogelijk naar een school in hun "
          "eigen dorp kunnen, samen met hun broertjes, zusjes en vriendjes. Waar dat niet kan, moet er binnen "
          "redelijke afstand een passende plek zijn. We werken vanuit vertrouwen in de professionaliteit van "
          "leerkrachten en intern begeleiders, en we maken procedures zo eenvoudig als verantwoord is."),
        P("Onze vier uitgangspunten: de leerkracht doet ertoe; vroeg signaleren en snel handelen; samen met "
          "ouders en jeugdhulp; en geld volgt de ondersteuningsvraag, niet andersom."),
        P("Die uitgangspunten zijn niet nieuw. Ze zijn in 2014 geformuleerd en hebben de afgelopen tien jaar "
          "hun waarde bewezen. Wel leggen we nu andere accenten. De leerkracht staat meer dan voorheen "
          "centraal, omdat we hebben gezien dat een goed toegeruste leerkracht het verschil maakt. En we "
          "leggen meer nadruk op vroeg signaleren, omdat de problemen van een kind groter worden naarmate "
          "ze langer blijven liggen. In de voorschoolse periode werken we daarom samen met de kinderopvang en "
          "het consultatiebureau."),
        P("Passend onderwijs vraagt ook iets van de besturen. Zij moeten bereid zijn om over de grenzen van "
          "de eigen organisatie heen te kijken. In Duinrand betekent dat bijvoorbeeld dat een leerling van een "
          "openbare school gebruik kan maken van een voorziening op een christelijke school, en andersom. Die "
          "bereidheid is er, en we willen haar de komende jaren verder versterken."),
        H1("4  Basisondersteuning"),
        P("Alle vijf besturen hebben afgesproken dat iedere school in Duinrand, op elke locatie, dezelfde "
          "basisondersteuning biedt. Dit is het minimum dat elke leerling op elke school krijgt, zonder "
          "aanvraag en zonder extra geld van het samenwerkingsverband. Wat daarboven komt, is extra "
          "ondersteuning. De afspraken zijn samengevat in de tabel hieronder."),
        TB(("Onderdeel", "Wat u op iedere Duinrand-school mag verwachten"),
           ("Ondersteuningsstructuur", "Een intern begeleider, een ondersteuningsteam dat minimaal vijf keer "
            "per jaar bijeenkomt met de schoolmaatschappelijk werker en de jeugdverpleegkundige"),
           ("Planmatig werken", "Groepsbesprekingen drie keer per jaar; leerlingbesprekingen met ouders bij "
            "zorgen; een OPP voor leerlingen die op een eigen leerlijn werken"),
           ("Lezen en dyslexie", "Werken volgens het protocol leesproblemen en dyslexie; extra leestijd "
            "vanaf groep 2 voor risicoleerlingen; dyslexieonderzoek via de zorgverzekeraarsroute"),
           ("Rekenen", "Signalering en extra instructie bij rekenproblemen volgens het protocol ERWD"),
           ("Gedrag en sociale veiligheid", "Een methode voor sociaal-emotioneel leren, een pestprotocol, "
            "afspraken over time-out in de school"),
           ("Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; signalering vanaf groep 1"),
           ("Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere moedertaal"),
           ("Medisch handelen", "Protocol medisch handelen; afspraken over medicatie en over leerlingen met "
            "diabetes of epilepsie"),
           ("Overgangen", "Warme overdracht van voorschool naar groep 1 en van groep 8 naar het vo")),
        P("Iedere twee jaar bezoekt de beleidsmedewerker kwaliteit van het samenwerkingsverband elke school. "
          "Samen met de directeur en de intern begeleider wordt de tabel doorgelopen. Scoort een school op een "
          "onderdeel onvoldoende, dan stelt het bestuur een verbeterplan op, dat binnen een jaar opnieuw "
          "wordt besproken."),
        H1("5  Extra ondersteuning en het dekkend aanbod"),
        H2("5.1 Van basis naar speciaal"),
        P("Extra ondersteuning kent in Duinrand drie stappen. De eerste stap is extra ondersteuning op de "
          "eigen school, betaald uit het schoolbudget: bijvoorbeeld een onderwijsassistent, een "
          "begeleidingsprogramma voor gedrag of een aangepaste leerlijn. De tweede stap is een bovenschools "
          "arrangement: de leerling volgt een deel van de week onderwijs in de Duinklas (voor leerlingen met "
          "gedragsproblemen, 10 plaatsen) of in de Denktank (voor meer- en hoogbegaafde leerlingen, één dag per "
          "week), of er komt een specialist van sbo De Branding of so De Meeuw op school. De derde stap is "
          "plaatsing op sbo De Branding of een so-school, met een toelaatbaarheidsverklaring."),
        P("Voor kinderen die zowel onderwijs als zorg nodig hebben, kennen we onderwijs-zorgarrangementen. "
          "In de zorgklas op so De Meeuw volgen zes jonge kinderen met een ontwikkelingsachterstand onderwijs "
          "met dagbehandeling. Gemeente en samenwerkingsverband dragen ieder de helft van de kosten."),
        H2("5.2 Als er geen passende plek is"),
        P("Elk jaar in november inventariseren de intern begeleiders welke leerlingen op een wachtlijst staan "
          "of niet passend geholpen kunnen worden. De directeur bespreekt het overzicht met de besturen en "
          "legt in december vast welke voorziening ontbreekt en wie wat gaat doen. Zo is in 2024 de Duinklas "
          "uitgebreid van zes naar tien plaatsen."),
        P("Thuiszitters hebben onze volle aandacht. Zodra een leerling langer dan drie weken verzuimt, meldt "
          "de school dit bij de leerplichtambtenaar en bij de consulent van het samenwerkingsverband. De "
          "consulent brengt binnen twee weken school, ouders, leerplicht en jeugdhulp bij elkaar en stelt een "
          "terugkeerplan op. Maandelijks bespreekt het casusoverleg thuiszitters alle lopende situaties. In "
          "oktober 2025 waren er 6 thuiszitters, van wie 2 langer dan drie maanden."),
        H1("6  De toelaatbaarheidsverklaring"),
        P("Voor plaatsing op het sbo of so is een toelaatbaarheidsverklaring (TLV) van het "
          "samenwerkingsverband nodig. De school van herkomst bespreekt de mogelijkheid van een TLV eerst met "
          "ouders en in het ondersteuningsteam. Daarna verloopt de procedure zo:"),
        NL("Het bestuur van de school dient de aanvraag in bij het Ondersteuningsloket van het "
           "samenwerkingsverband, met het OPP, het groeidocument en het verslag van het ondersteuningsteam.",
           "Het Ondersteuningsloket vraagt advies aan twee deskundigen: een orthopedagoog en, afhankelijk van "
           "de leerling, een psycholoog, jeugdarts of maatschappelijk werker.",
           "De Commissie Toelaatbaarheid besluit binnen acht weken na ontvangst van het volledige dossier.",
           "Ouders en school krijgen een brief met het besluit en de adviezen."),
        P("De commissie beoordeelt de aanvraag aan de hand van het Toetsingskader TLV Duinrand (bijlage 5). "
          "Dat toetsingskader wordt in het schooljaar 2026-2027 herzien."),
        P("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Voor het so geeft de "
          "commissie een TLV af voor één tot drie schooljaren, in de categorie laag, midden of hoog."),
        P("Tegen het besluit kan binnen zes weken bezwaar worden gemaakt. Het samenwerkingsverband vraagt "
          "dan advies aan de Landelijke Bezwaaradviescommissie."),
        H1("7  Doelen en kwaliteitszorg"),
        H2("7.1 Onze doelen voor 2030"),
        TB(("Doel", "Indicator", "Nu (2025)", "Streefwaarde 2030"),
           ("Meer kinderen passend geholpen op de eigen school", "Deelnamepercentage s(b)o", "2,9%", "2,5%"),
           ("Sterkere basis", "Scholen die voldoen aan de basisondersteuning", "27 van 29", "29 van 29"),
           ("Geen langdurige thuiszitters", "Leerlingen langer dan 3 maanden thuis", "2", "0"),
           ("Leerkrachten voelen zich toegerust", "Score vraag 'ik kan de ondersteuning bieden' in "
            "leerkrachtpeiling", "6,4", "7,5"),
           ("Snelle procedures", "TLV-besluiten binnen 8 weken", "94%", "98%")),
        H2("7.2 Hoe we de doelen volgen"),
        P("We volgen de doelen met een vaste cyclus. Elk jaar in november verzamelen we de cijfers "
          "(leerlingtelling 1 oktober, registratie arrangementen en TLV's, thuiszittersregistratie). In het "
          "voorjaar houden we een peiling onder leerkrachten en ouders. De directeur rapporteert twee keer "
          "per jaar aan het algemeen bestuur en aan de OPR in een voortgangsrapportage. In het jaarverslag "
          "staan de bereikte resultaten en de kosten van de arrangementen. Na twee jaar, in 2028, houden we een "
          "tussenevaluatie met de besturen en stellen we zo nodig de doelen bij."),
        H1("8  Ouders"),
        P("Ouders zijn onmisbaar. Zij worden betrokken bij elke stap in de ondersteuning van hun kind, van de "
          "eerste zorg tot een eventuele aanvraag voor een TLV. Twee ouders uit elke gemeente zitten in de OPR."),
        P("Een communicatieplan waarin we vastleggen hoe ouders informatie krijgen over het "
          "ondersteuningsaanbod in Duinrand, verschijnt in de loop van 2026."),
        P("Niet altijd zijn ouders en school het met elkaar eens. Dan kunnen ouders terecht bij het "
          "Steunpunt Ouders Duinrand, dat onafhankelijk van scholen en samenwerkingsverband werkt en is "
          "ondergebracht bij de stichting MEE aan Zee. Een ouderconsulent luistert, denkt met ouders mee "
          "en bemiddelt als dat nodig is. Ouders kunnen ook kosteloos advies vragen bij de "
          "landelijke Onderwijsconsulenten. Het steunpunt is bereikbaar via telefoon, e-mail en een "
          "inloopspreekuur in de bibliotheek van Strandwijk."),
        H1("9  Geld en middelen"),
        H2("9.1 Hoe verdelen we het geld"),
        P("Duinrand werkt met een mengvorm van een schoolmodel en een expertisemodel. Na aftrek van de "
          "afdrachten aan het so en de overdracht aan het sbo gaat 60% van het budget als schoolbudget naar "
          "de besturen, verdeeld naar rato van het aantal leerlingen op 1 oktober. De overige 40% houdt het "
          "samenwerkingsverband centraal voor de bovenschoolse arrangementen, de onderwijs-zorgarrangementen "
          "en de consulenten. Over bovenschoolse arrangementen beslist de directeur op advies van de "
          "consulent; de criteria zijn dat de basisondersteuning is ingezet en dat het ondersteuningsteam "
          "het arrangement heeft geadviseerd."),
        H2("9.2 Meerjarenbegroting"),
        TB(("x € 1.000", "2026", "2027", "2028", "2029"),
           ("Rijksbijdrage ondersteuning", "4.210", "4.180", "4.150", "4.130"),
           ("Afdracht so / overdracht sbo", "-1.850", "-1.830", "-1.810", "-1.800"),
           ("Schoolbudgetten (60%)", "1.416", "1.410", "1.404", "1.398"),
           ("Bovenschoolse arrangementen", "520", "530", "540", "545"),
           ("Onderwijs-zorgarrangementen", "160", "165", "170", "170"),
           ("Consulenten en deskundigen", "205", "210", "214", "218"),
           ("Bureau en overhead", "95", "97", "99", "101"),
           ("Saldo", "-36", "-62", "-87", "-102")),
        P("De negatieve saldi worden gedekt uit de reserve, die daarmee in 2029 uitkomt op het niveau van "
          "het benodigde weerstandsvermogen."),
        H1("10  Organisatie en samenwerking"),
        P("Het samenwerkingsverband is een vereniging. De leden zijn de vijf schoolbesturen. Het bestuur van "
          "de vereniging bestaat uit de bestuurders van de schoolbesturen; een onafhankelijke voorzitter leidt "
          "de vergaderingen. De directeur voert de dagelijkse leiding en is in dienst van de vereniging. Het "
          "intern toezicht is belegd bij een toezichthoudend deel van het bestuur, bestaande uit twee "
          "onafhankelijke leden."),
        P("De OPR bestaat uit zes ouders en zes personeelsleden. De OPR vergadert vier keer per jaar en heeft "
          "instemmingsrecht op het ondersteuningsplan. Jaarlijks spreekt de OPR met het bestuur over de "
          "voortgang."),
        P("Met de gemeenten Duinhoeve, Strandwijk en Heemdaal hebben we een gezamenlijke agenda met vier "
          "thema's: jeugdhulp op school, thuiszitters, leerlingenvervoer en de overgang van voorschool naar "
          "basisschool. Met het samenwerkingsverband VO Kust en Polder spreken we af hoe de overstap naar het "
          "vo voor leerlingen met extra ondersteuning verloopt."),
        P("Het bureau is klein: een directeur (1,0 fte), een beleidsmedewerker kwaliteit (0,6 fte), twee "
          "consulenten (1,6 fte) en een secretaresse (0,5 fte). De orthopedagogen die de TLV-adviezen geven, "
          "worden ingehuurd van so De Meeuw en een extern bureau. Voor privacy volgen we het "
          "privacyreglement van de vereniging; dossiers bewaren we drie jaar na het laatste besluit."),
        H2("10.1 Medewerkers en deskundigheid"),
        P("Omdat het bureau klein is, werkt het samenwerkingsverband nauw samen met de scholen en de besturen. "
          "De consulenten zijn geen inspecteurs, maar collega's die meedenken. Zij zijn vier dagdelen per "
          "maand op de scholen aanwezig en schuiven aan bij de vergaderingen van de ondersteuningsteams. Om "
          "hun deskundigheid op peil te houden, volgen zij jaarlijks ten minste één scholing en nemen zij deel "
          "aan intervisie met consulenten van twee naburige samenwerkingsverbanden."),
        P("Voor leerkrachten organiseert het samenwerkingsverband een scholingsprogramma rond gedrag en "
          "sociaal-emotionele ontwikkeling. Dit programma wordt gegeven door leerkrachten en gedragsspecialisten "
          "van sbo De Branding en so De Meeuw. In 2024-2025 namen 146 leerkrachten deel. In de komende periode "
          "breiden we het programma uit met modules over jonge kinderen en over meer- en hoogbegaafdheid."),
        H2("10.2 Samenwerking met andere samenwerkingsverbanden"),
        P("Duinrand werkt samen met de samenwerkingsverbanden PO in de regio Kust en Polder. Samen kopen we "
          "deskundigheid in, bijvoorbeeld bij de inhuur van orthopedagogen, en we delen kennis over de "
          "uitvoering van de wet. Voor leerlingen die in de ene regio wonen en in de andere naar school gaan, "
          "maken we afspraken over de bekostiging en de toelaatbaarheid."),
        H2("10.3 ICT en administratie"),
        P("Aanvragen voor arrangementen en TLV's lopen via een digitaal aanvraagportaal dat we delen met "
          "twee andere samenwerkingsverbanden. De scholen hebben toegang tot het portaal met een persoonlijke "
          "inlog en tweestapsverificatie. De financiële administratie is uitbesteed aan een administratiekantoor "
          "dat ook voor twee van onze besturen werkt. De accountant controleert jaarlijks de jaarrekening."),
        H2("10.4 Medezeggenschap en verantwoording"),
        P("De directeur legt verantwoording af aan het bestuur van de vereniging. Het toezichthoudend deel "
          "van het bestuur bespreekt twee keer per jaar met de directeur de voortgang en de risico's. De "
          "algemene ledenvergadering stelt jaarlijks de begroting en de jaarrekening vast. Het "
          "samenwerkingsverband volgt de Code Goed Bestuur in het primair onderwijs."),
        P("De OPR heeft een eigen reglement en ontvangt een vergoeding voor de gemaakte uren. De OPR-leden "
          "volgen bij hun start een training, waarin zij onder meer leren hoe het ondersteuningsplan en de "
          "begroting van het samenwerkingsverband in elkaar zitten."),
        H2("10.5 Privacy"),
        P("Bij de toewijzing van arrangementen en de besluiten over toelaatbaarheid verwerken we "
          "persoonsgegevens van leerlingen, waaronder soms gegevens over gezondheid. We verwerken alleen de "
          "gegevens die nodig zijn voor de taak die de wet ons geeft. Medewerkers van het bureau en de "
          "deskundigen hebben een geheimhoudingsplicht. Het privacyreglement is in 2025 geactualiseerd en "
          "door de OPR besproken. De functionaris gegevensbescherming wordt gedeeld met twee andere "
          "samenwerkingsverbanden en brengt jaarlijks verslag uit aan het bestuur."),
        H2("10.6 Communicatie met scholen"),
        P("Scholen ontvangen vijf keer per jaar de nieuwsbrief 'Duinpost' met nieuws over het "
          "samenwerkingsverband, data van bijeenkomsten en wijzigingen in werkwijzen. Daarnaast is er een "
          "besloten digitale omgeving voor intern begeleiders en directeuren, met formulieren en "
          "werkdocumenten. De directeur bezoekt ieder schooljaar alle besturen voor een bestuursgesprek over "
          "de samenwerking, de inzet van het schoolbudget en de ontwikkelingen op de scholen."),
        P("Het netwerk intern begeleiders komt vier keer per jaar samen, steeds op een andere school. Tijdens "
          "de bijeenkomsten is er ruimte voor intervisie, casusbespreking en een inhoudelijk thema. In "
          "2025-2026 waren de thema's onder meer executieve functies, rouw en verlies, en de samenwerking met "
          "de jeugdteams. De directeuren hebben een eigen overleg, dat drie keer per jaar bijeenkomt."),
        H1("11  Ontwikkelagenda"),
        BL("2026-2027: herziening toetsingskader TLV; communicatieplan; uitbreiding Denktank.",
           "2027-2028: scholingsprogramma gedrag voor alle leerkrachten; nieuwe leerkrachtpeiling.",
           "2028-2029: tussenevaluatie doelen; evaluatie verdeling 60/40.",
           "2029-2030: voorbereiding ondersteuningsplan 2030-2034."),
        H1("Bijlage 1  Begrippenlijst"),
        BL("Arrangement – afgesproken extra ondersteuning voor een leerling.",
           "Basisondersteuning – wat elke school in Duinrand minimaal biedt.",
           "Dekkend aanbod – voor elk kind een passende plek.",
           "Informatievoorziening ouders – de manier waarop ouders worden geïnformeerd.",
           "Ondersteuningsloket – de plek waar besturen aanvragen indienen.",
           "OOGO – op overeenstemming gericht overleg.",
           "Terugplaatsing – de overstap van een leerling uit het sbo of so terug naar een basisschool.",
           "TLV – toelaatbaarheidsverklaring.",
           "Verevening – herverdeling van middelen voor zware ondersteuning."),
    ]


LABEL_DUINRAND = """\
documents: [po-duinrand-ondersteuningsplan.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Chapter 4: minimum for every school and location; concrete content only in a table; two-yearly school visit with verbeterplan."
  plaatsing: "Chapter 6: steps, two deskundigen, commissie within eight weeks, duration/category, bezwaar; the criteria are only referred to 'Toetsingskader TLV (bijlage 5)', which is not part of the document and is 'being revised'."
  terugstroom: "No content on return from sbo/so: only 'Terugplaatsing' in the begrippenlijst, and sbo uitstroom to vo in chapter 2 (near-miss)."
  financien: "Chapter 'Geld en middelen': 60/40 model with criteria for bovenschoolse arrangementen (9.1) and a meerjarenbegroting 2026-2029 table (9.2); reserve remark."
  dekkend-aanbod: "5.1 three steps from school to sbo/so incl. Duinklas, Denktank, zorgklas; 5.2 annual wachtlijst inventory and thuiszitters approach."
  resultaten: "Chapter 2 reports achieved results against previous goals; 7.1 goals table with indicators and targets; 7.2 monitoring cycle and reporting."
  ouders: "Chapter 8: independent Steunpunt Ouders Duinrand and Onderwijsconsulenten addressed; how parents are informed about the aanbod is deferred to a communicatieplan 'in de loop van 2026'."
"""

# =====================================================================
# Plan 4 — VO, rendered to .pdf
# Samenwerkingsverband VO Hollandse Plassen (VO 27-07)
# =====================================================================
def plan_plassen():
    N = "Samenwerkingsverband VO Hollandse Plassen"
    return [
        TITLE("Ondersteuningsplan 2026-2030",
              N + " (VO 27-07)",
              "Koers op kansen voor elke jongere",
              "Definitieve versie, april 2026"),
        TOC("Samenvatting",
            "1. Inleiding",
            "2. Kengetallen en ontwikkelingen",
            "3. Missie, visie en ambities",
            "4. Ondersteuning op school",
            "   4.1 Basisondersteuning",
            "   4.2 Extra ondersteuning op school",
            "5. Het ondersteuningscontinuüm en het dekkend netwerk",
            "6. Toewijzing: vso, lwoo en praktijkonderwijs",
            "7. Terug- en overplaatsing",
            "8. Kwaliteit, ambities en resultaten",
            "9. Financieel beleid",
            "10. Samenwerking met gemeenten, mbo en PO",
            "11. Organisatie, personeel en medezeggenschap",
            "Bijlage: Lijst van afkortingen"),
        H1("Samenvatting"),
        P("Dit ondersteuningsplan beschrijft hoe de besturen van " + N + " de komende vier jaar samen zorgen "
          "voor passend onderwijs voor alle jongeren in de regio. Het plan bouwt voort op wat er staat: een "
          "fijnmazig netwerk van scholen, een sterk OPDC en goede afspraken met de gemeenten. Tegelijk zien "
          "we een groeiend aantal jongeren dat vastloopt, vaak door een combinatie van leer-, gedrags- en "
          "psychische problemen. Het plan kiest daarom voor drie ambities: iedere jongere een plek, "
          "ondersteuning dichtbij en een soepele overgang naar vervolgonderwijs en werk."),
        P("De belangrijkste keuzes in dit plan zijn: de bouw van een kleinschalige voorziening voor jongeren "
          "met angstproblematiek, een versterking van de trajectbegeleiding bij thuiszitters, een "
          "geleidelijke overstap van het vso naar het regulier onderwijs en een bewuste inzet van de reserve "
          "om deze keuzes te financieren. Het plan is opgesteld in samenspraak met scholen, gemeenten, "
          "jeugdhulp en mbo, en heeft de instemming van de ondersteuningsplanraad."),
        H1("1. Inleiding"),
        P("Het samenwerkingsverband stelt eens in de vier jaar een ondersteuningsplan vast, zoals bepaald in "
          "de Wet voortgezet onderwijs 2020. Dit plan geldt van 1 augustus 2026 tot 31 juli 2030. Het OOGO met "
          "de gemeenten Plassenrode, Vinkeveld en Loosdam is gevoerd op 3 februari 2026; met het "
          "samenwerkingsverband PO is op 9 februari 2026 overlegd. De ondersteuningsplanraad heeft op "
          "19 maart 2026 ingestemd. Het algemeen bestuur heeft het plan op 2 april 2026 vastgesteld."),
        P("Dit plan is een kaderstellend document. De uitvoering is beschreven in het jaarplan, dat het "
          "bestuur jaarlijks in juni vaststelt, en in de werkwijzers die het bureau voor de scholen maakt."),
        P("Het plan is als volgt opgebouwd. Na de kengetallen in hoofdstuk 2 en onze missie en visie in "
          "hoofdstuk 3 beschrijven de hoofdstukken 4 tot en met 7 de ondersteuning, de toewijzing van "
          "voorzieningen en de overstap terug naar het regulier onderwijs. Hoofdstuk 8 gaat over kwaliteit "
          "en resultaten, hoofdstuk 9 over het financieel beleid. De hoofdstukken 10 en 11 gaan over "
          "samenwerking en organisatie. Achterin staat een lijst van afkortingen."),
        P("Bij het schrijven van dit plan hebben we gesproken met schoolleiders, ondersteuningscoördinatoren, "
          "mentoren, leerlingen, gemeenten, jeugdhulpaanbieders en het mbo. In vier bijeenkomsten in het "
          "najaar van 2025 is het concept besproken. De opbrengst daarvan is verwerkt in de ambities en in de "
          "keuzes die in dit plan worden gemaakt. Het plan is daarmee een gezamenlijk plan van de regio."),
        H1("2. Kengetallen en ontwikkelingen"),
        TB(("", "2022", "2025"),
           ("Leerlingen vo (incl. pro)", "11.280", "11.460"),
           ("Scholen (vestigingen)", "17", "19"),
           ("Leerlingen met lwoo", "1.204", "1.188"),
           ("Leerlingen praktijkonderwijs", "402", "431"),
           ("Leerlingen vso met TLV van dit SWV", "276", "318"),
           ("Deelnamepercentage vso", "2,39%", "2,70%"),
           ("Geplaatst in OPDC De Overstap", "64", "81")),
        P("Zes schoolbesturen zijn aangesloten, met samen 19 vestigingen voor vmbo, havo, vwo en "
          "praktijkonderwijs en twee vso-scholen (De Kaag, cluster 4, en Het Baken, cluster 3). Het aantal "
          "leerlingen stijgt licht, vooral door de bouw van nieuwe wijken in Plassenrode. Het percentage "
          "leerlingen in het vso steeg van 2,39% naar 2,70% en ligt daarmee boven het landelijk gemiddelde."),
        P("Jongeren melden vaker psychische klachten dan vijf jaar geleden. Scholen zien meer schoolverzuim en "
          "meer aanmeldingen van leerlingen met angst- en stemmingsproblemen. Daarnaast stijgt het aantal "
          "nieuwkomers, voor wie de ISK in Plassenrode inmiddels vol zit."),
        P("Ook de arbeidsmarkt verandert. Scholen hebben moeite om vacatures te vervullen, in het bijzonder "
          "voor de vakken wiskunde, Duits en natuurkunde en voor ondersteunende functies. Het aantal "
          "onbevoegde docenten voor de klas is gestegen. Dat heeft gevolgen voor de ondersteuning die scholen "
          "kunnen bieden: een docent die nog in opleiding is, heeft minder handvatten om een leerling met "
          "een complexe ondersteuningsvraag te begeleiden."),
        P("Tot slot verandert de wetgeving. De Wet voortgezet onderwijs 2020 heeft de artikelnummering "
          "gewijzigd, de wet versterking positie ouders en leerlingen brengt nieuwe verplichtingen met zich "
          "mee en er wordt gewerkt aan een landelijke norm voor basisondersteuning. Waar deze ontwikkelingen "
          "gevolgen hebben voor dit plan, passen wij het plan aan na instemming van de OPR."),
        P("Het schoolverzuim is na de coronaperiode niet meer teruggegaan naar het oude niveau. Scholen melden "
          "meer langdurig relatief verzuim en meer leerlingen die gedeeltelijk zijn vrijgesteld van onderwijs. "
          "Tegelijk zijn de wachttijden in de specialistische jeugd-ggz opgelopen tot gemiddeld zeven "
          "maanden. Jongeren die op behandeling wachten, zitten in de tussentijd op school, en scholen voelen "
          "zich daarin niet altijd toegerust. Deze ontwikkelingen onderstrepen het belang van de keuzes die in "
          "dit plan worden gemaakt."),
        H1("3. Missie, visie en ambities"),
        P("Onze missie: samen zorgen dat iedere jongere in de regio een passende plek heeft in het onderwijs "
          "en met een diploma of startkwalificatie de stap naar vervolgonderwijs of werk kan zetten. Wij zien "
          "leerlingen, ouders en scholen als partners in dat verhaal. We willen niet denken in hokjes, maar in "
          "mogelijkheden."),
        P("Onze drie ambities voor 2030 zijn: (1) iedere jongere een plek, (2) ondersteuning dichtbij en (3) "
          "een soepele overgang. In hoofdstuk 8 zijn deze ambities uitgewerkt in meetbare doelen."),
        P("Bij die ambities horen vier principes die ons handelen sturen. Ten eerste: de jongere staat "
          "centraal, niet het systeem. Ten tweede: we werken vanuit wat een jongere nodig heeft, niet vanuit "
          "een label of diagnose. Ten derde: de school van inschrijving blijft verantwoordelijk, ook als een "
          "jongere tijdelijk elders onderwijs volgt. Ten vierde: we zijn zuinig op publiek geld en verantwoorden "
          "ons over de keuzes die we maken."),
        H1("4. Ondersteuning op school"),
        H2("4.1 Basisondersteuning"),
        P("Iedere school legt in de schoolgids vast welke ondersteuning zij biedt. Een regionaal gedeeld "
          "niveau van basisondersteuning nemen wij pas op in dit plan nadat de landelijke norm "
          "basisondersteuning wettelijk is verankerd. Het algemeen bestuur besluit dan hoe deze norm in onze "
          "regio wordt ingevoerd."),
        H2("4.2 Extra ondersteuning op school"),
        P("Scholen ontvangen middelen voor lichte ondersteuning om extra ondersteuning op school te "
          "organiseren. Welke vorm die ondersteuning krijgt en hoe de school haar ondersteuningsteam "
          "samenstelt, bepaalt het schoolbestuur. De vmbo-scholen hebben daarnaast een trajectvoorziening "
          "(zie hoofdstuk 5)."),
        H1("5. Het ondersteuningscontinuüm en het dekkend netwerk"),
        H2("5.1 Lagen van ondersteuning"),
        P("De ondersteuning in onze regio is opgebouwd als een continuüm. Elke volgende laag is intensiever en "
          "specialistischer. Een leerling gaat pas naar een volgende laag als de vorige niet volstaat, en gaat "
          "zodra het kan weer terug."),
        TB(("Laag", "Voorziening", "Toegang"),
           ("1", "Ondersteuning in de klas en op school, zoals de school die in haar schoolgids beschrijft",
            "Direct, door de school"),
           ("2", "Trajectvoorziening op de eigen school (alle vmbo-scholen), lwoo, faalangst- en "
            "examenvreestrainingen", "Ondersteuningsteam van de school"),
           ("3", "OPDC De Overstap (60 plaatsen, maximaal 6 maanden, daarna terug naar de eigen of een "
            "andere school); Rebound-voorziening voor leerlingen na een schorsing (12 plaatsen)",
            "Plaatsingscommissie SWV"),
           ("4", "Praktijkonderwijs (2 scholen)", "Toelaatbaarheid pro, hoofdstuk 6"),
           ("5", "Voortgezet speciaal onderwijs: De Kaag (cluster 4) en Het Baken (cluster 3)",
            "TLV vso, hoofdstuk 6"),
           ("6", "Onderwijs-zorgarrangementen (onder meer de Plassenklas met dagbehandeling, 8 plaatsen)",
            "SWV en gemeente gezamenlijk")),
        P("Voor hoogbegaafde leerlingen bieden drie scholen een plusprogramma. Nieuwkomers volgen onderwijs "
          "in de ISK; zij stromen na gemiddeld anderhalf jaar door naar een reguliere school of naar het mbo."),
        H2("5.2 Dekkend netwerk en thuiszitters"),
        P("Het netwerk is pas dekkend als er voor iedere jongere een plek is. Twee keer per jaar, in oktober "
          "en maart, analyseert het bureau de wachtlijsten van OPDC en vso, de afgewezen aanmeldingen en de "
          "thuiszitters. Uit de analyse van 2025 bleek dat er een tekort is aan plaatsen voor jongeren met "
          "angstproblematiek die niet in een grote school kunnen functioneren. Daarom start in augustus 2027 "
          "een kleinschalige voorziening van 16 plaatsen op de locatie van De Overstap."),
        P("Scholen melden een leerling die vier weken of langer geen onderwijs volgt direct bij het "
          "samenwerkingsverband. De trajectbegeleider van het samenwerkingsverband stelt binnen vijftien "
          "werkdagen met de school en de leerplichtambtenaar een plan op. Casussen die na drie maanden niet "
          "zijn opgelost, gaan naar de Regionale Thuiszitterstafel, waaraan ook de gemeenten en de "
          "jeugdhulpaanbieders deelnemen. De directeur-bestuurder kan daar bindende afspraken maken over een "
          "plek. Op 1 oktober 2025 telde de regio 23 thuiszitters."),
        P("De besturen hebben in een convenant zorgplicht vastgelegd dat een bestuur dat binnen de wettelijke "
          "termijn geen passende plek vindt, het samenwerkingsverband inschakelt, en dat alle besturen dan "
          "gezamenlijk een plek zoeken."),
        H1("6. Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("6.1 Toelaatbaarheid tot het vso"),
        P("De aanvraag voor een TLV vso wordt ingediend door het bestuur van de school waar de leerling is "
          "ingeschreven of aangemeld. De aanvraag bevat het OPP, een beschrijving van de ingezette "
          "ondersteuning en het verslag van het ondersteuningsteam. De Commissie Toewijzing van het "
          "samenwerkingsverband vraagt een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts, "
          "kinderpsychiater of maatschappelijk werker) om ieder afzonderlijk advies. De commissie besluit "
          "binnen zes weken."),
        P("Een leerling is toelaatbaar tot het vso wanneer (a) de school en het samenwerkingsverband in laag "
          "1 tot en met 3 aantoonbaar ondersteuning hebben geboden of dit evident niet passend is, (b) de "
          "leerling langdurig een kleine, zeer gestructureerde leeromgeving nodig heeft met specialistische "
          "begeleiding of zorg gedurende de hele schooldag, en (c) de ondersteuningsbehoefte voortkomt uit "
          "een verstandelijke of lichamelijke beperking, een langdurige ziekte, of ernstige gedrags- of "
          "psychiatrische problematiek."),
        P("De TLV wordt afgegeven voor één tot drie schooljaren, met de bekostigingscategorie laag, midden of "
          "hoog. In het laatste jaar van de TLV volgt een evaluatie (zie hoofdstuk 7)."),
        H2("6.2 Leerwegondersteunend onderwijs"),
        P("Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. De school stelt bij aanmelding "
          "vast of een leerling mogelijk lwoo nodig heeft en levert de gegevens over leerachterstanden, "
          "intelligentie en sociaal-emotionele problematiek aan. De Commissie Toewijzing beoordeelt binnen "
          "vier weken of de leerling is aangewezen op lwoo. Een aanwijzing voor lwoo geldt voor de duur van "
          "de opleiding."),
        H2("6.3 Praktijkonderwijs"),
        P("Voor toelating tot het praktijkonderwijs vraagt de pro-school een TLV pro aan bij het "
          "samenwerkingsverband. De Commissie Toewijzing toetst aan de landelijke criteria (IQ tussen 55 en "
          "80 en leerachterstanden op ten minste twee domeinen) en besluit binnen vier weken. Een TLV pro "
          "geldt voor de hele schoolloopbaan in het praktijkonderwijs."),
        H1("7. Terug- en overplaatsing"),
        P("Het samenwerkingsverband wil dat jongeren niet langer in het vso of op het OPDC blijven dan nodig. "
          "Ons beleid is dat iedere leerling in het vso jaarlijks wordt besproken op de mogelijkheid van "
          "overstap naar het regulier voortgezet onderwijs of het mbo, en dat een overstap plaatsvindt "
          "wanneer het OPP laat zien dat de leerling met ondersteuning op een reguliere school het "
          "uitstroomprofiel kan halen. Wij kiezen voor een geleidelijke overstap: een leerling kan eerst een "
          "aantal dagen per week op de nieuwe school meedraaien (proefplaatsing) met behoud van de TLV."),
        P("De procedure: uiterlijk in november van het laatste TLV-jaar bespreekt de commissie van "
          "begeleiding van de vso-school het OPP en adviseert over verlenging, terugplaatsing of "
          "overplaatsing. Bij een advies tot terugplaatsing neemt de vso-school contact op met de "
          "trajectbegeleider van het samenwerkingsverband, die een passende vo-school zoekt. De twee scholen "
          "stellen samen een overstapplan op. De Commissie Toewijzing besluit over het overstaparrangement: "
          "een jaar lang ambulante begeleiding door een medewerker van de vso-school en een budget van "
          "€ 3.500 voor de ontvangende school. Na drie en na zes maanden evalueren de scholen. Bij een advies "
          "tot verlenging vraagt het vso-bestuur uiterlijk 1 april een nieuwe TLV aan."),
        P("In 2024-2025 stapten 17 leerlingen over van het vso naar het regulier vo of mbo; van de "
          "OPDC-leerlingen keerde 84% binnen zes maanden terug naar een reguliere school."),
        H1("8. Kwaliteit, ambities en resultaten"),
        H2("8.1 Beoogde resultaten"),
        TB(("Ambitie", "Doel 2030", "Nulmeting 2025"),
           ("Iedere jongere een plek", "Maximaal 5 thuiszitters langer dan 3 maanden", "11"),
           ("Iedere jongere een plek", "Wachttijd OPDC maximaal 4 weken", "9 weken"),
           ("Ondersteuning dichtbij", "Deelnamepercentage vso terug naar 2,4%", "2,70%"),
           ("Ondersteuning dichtbij", "Minimaal 20 overstappen vso naar regulier per jaar", "17"),
           ("Soepele overgang", "95% van de vso- en pro-leerlingen heeft een jaar na uitstroom werk, "
            "dagbesteding of een opleiding", "88%")),
        H2("8.2 Kwaliteitszorg en verantwoording"),
        P("Het samenwerkingsverband werkt met een PDCA-cyclus. Per kwartaal maakt het bureau een dashboard "
          "met de indicatoren uit 8.1, de doorlooptijden van de Commissie Toewijzing en de uitgaven per "
          "voorziening. Het dashboard wordt besproken in het algemeen bestuur. Eens per jaar houden we een "
          "audit bij twee voorzieningen, afwisselend OPDC, Rebound en de trajectvoorzieningen. In het "
          "jaarverslag, dat vóór 1 juli verschijnt, rapporteren we de bereikte resultaten, zowel in cijfers "
          "als in een beschrijving van wat goed ging en wat niet, en de daaraan bestede middelen. De OPR en "
          "de gemeenten ontvangen het jaarverslag."),
        H1("9. Financieel beleid"),
        H2("9.1 Inkomsten en afdrachten"),
        P("Het samenwerkingsverband ontvangt van DUO de middelen voor lichte en zware ondersteuning. Voor "
          "lwoo en praktijkonderwijs ontvangt het samenwerkingsverband een apart budget. De bekostiging van "
          "het vso wordt door DUO rechtstreeks op onze middelen ingehouden."),
        H2("9.2 Verdeling"),
        P("De wijze waarop de middelen voor lichte ondersteuning en lwoo over de schoolbesturen worden "
          "verdeeld, wordt in het schooljaar 2026-2027 herzien. Het algemeen bestuur stelt het nieuwe "
          "verdeelmodel vast na advies van de werkgroep financiën."),
        H2("9.3 Meerjarenbegroting"),
        TB(("Bedragen x € 1.000", "2026", "2027", "2028", "2029", "2030"),
           ("Baten zware ondersteuning", "9.870", "9.910", "9.940", "9.960", "9.980"),
           ("Baten lichte ondersteuning", "2.310", "2.320", "2.330", "2.330", "2.340"),
           ("Baten lwoo en pro", "8.640", "8.600", "8.570", "8.550", "8.520"),
           ("Inhouding vso door DUO", "-6.950", "-7.050", "-7.100", "-7.120", "-7.140"),
           ("Middelen naar schoolbesturen", "10.620", "10.590", "10.570", "10.550", "10.520"),
           ("OPDC De Overstap en Rebound", "1.540", "1.560", "1.580", "1.600", "1.620"),
           ("Nieuwe voorziening angstproblematiek", "0", "310", "620", "630", "640"),
           ("Onderwijs-zorgarrangementen", "390", "400", "410", "420", "430"),
           ("Overstaparrangementen vso-regulier", "70", "70", "75", "75", "75"),
           ("Bureau en Commissie Toewijzing", "1.080", "1.095", "1.110", "1.125", "1.140"),
           ("Resultaat", "170", "-245", "-625", "-680", "-715")),
        P("De tekorten vanaf 2027 worden bewust gedekt uit de reserve, die eind 2025 € 4,3 miljoen bedroeg. "
          "Aan het einde van de planperiode bedraagt het weerstandsvermogen naar verwachting 7% van de baten."),
        H1("10. Samenwerking met gemeenten, mbo en PO"),
        P("Met de gemeenten Plassenrode, Vinkeveld en Loosdam hebben we een regionale agenda passend onderwijs "
          "en jeugdhulp. Belangrijke afspraken zijn: een jeugdteammedewerker op iedere vestiging, gezamenlijke "
          "financiering van de Plassenklas, het leerlingenvervoer naar vso en OPDC en de aanpak van "
          "schoolverzuim. Met het mbo werken we samen in het programma Doorlopende Leerroutes, zodat "
          "kwetsbare jongeren niet uitvallen bij de overstap."),
        P("Met het samenwerkingsverband PO bespreken we jaarlijks de overstap van groep 8 naar het vo. "
          "Leerlingen uit het sbo en so worden vóór 1 februari besproken in een overstapoverleg."),
        H2("10.1 Aansluiting vo-mbo en arbeidsmarkt"),
        P("Een soepele overgang naar vervolgonderwijs en werk is een van onze drie ambities. Voor "
          "vso-leerlingen in het uitstroomprofiel arbeidsmarkt en voor leerlingen uit het praktijkonderwijs "
          "werken we samen met het regionale werkbedrijf en met werkgevers in de regio. Leerlingen lopen "
          "stage bij bedrijven en instellingen, en een jobcoach begeleidt hen in het eerste jaar na de "
          "uitstroom. Voor vmbo-leerlingen die naar het mbo gaan, maken de scholen afspraken met de roc's "
          "over een warme overdracht van de ondersteuningsbehoefte."),
        P("Jongeren die zonder startkwalificatie de school verlaten, worden gevolgd door het Regionaal Meld- "
          "en Coördinatiepunt (RMC). Het samenwerkingsverband ontvangt jaarlijks een overzicht en bespreekt "
          "dit met de gemeenten. De trajectbegeleiders van het samenwerkingsverband en de RMC-consulenten "
          "werken samen bij jongeren die dreigen uit te vallen."),
        H2("10.2 Nieuwkomers"),
        P("Nieuwkomers tussen 12 en 18 jaar volgen onderwijs in de ISK in Plassenrode. Door de groei van het "
          "aantal nieuwkomers is de ISK in 2025 uitgebreid met een dependance in Loosdam. De ISK werkt samen "
          "met de gemeenten bij de huisvesting en met de GGD voor de gezondheidszorg. Leerlingen die "
          "doorstromen naar een reguliere school, krijgen in het eerste jaar een taalcoach."),
        H1("11. Organisatie, personeel en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. "
          "Het algemeen bestuur, bestaande uit de zes bestuurders van de aangesloten besturen, heeft een "
          "adviserende rol en stelt samen met de raad van toezicht het ondersteuningsplan vast. Het bureau "
          "telt 21 medewerkers, onder wie trajectbegeleiders, orthopedagogen en het personeel van OPDC "
          "De Overstap."),
        P("Wij willen een aantrekkelijke werkgever zijn. Medewerkers krijgen ruimte voor scholing en "
          "intervisie. In 2026 starten we een traineeship voor jonge orthopedagogen."),
        P("De ondersteuningsplanraad heeft instemmingsrecht op dit plan en vergadert zes keer per jaar met de "
          "directeur-bestuurder. Voor het personeel in dienst van het samenwerkingsverband is er een "
          "personeelsvertegenwoordiging."),
        P("Persoonsgegevens van leerlingen verwerken we volgens de AVG en ons privacyreglement. Dossiers van "
          "de Commissie Toewijzing worden drie jaar na het laatste besluit vernietigd. We gebruiken een "
          "beveiligd platform voor de uitwisseling van dossiers met scholen."),
        P("Het samenwerkingsverband volgt de Code Goed Onderwijsbestuur VO. De raad van toezicht heeft een "
          "auditcommissie en een remuneratiecommissie en evalueert jaarlijks het eigen functioneren. De "
          "accountant controleert de jaarrekening en rapporteert aan de raad van toezicht. Het bureau werkt "
          "met een jaarlijkse planning-en-controlcyclus waarin het jaarplan, de begroting, de "
          "kwartaalrapportages en het jaarverslag op elkaar aansluiten."),
        P("De medewerkers van OPDC De Overstap zijn in dienst van het samenwerkingsverband. Het team bestaat "
          "uit docenten, gedragsdeskundigen, een orthopedagoog en een teamleider. Het OPDC werkt nauw samen "
          "met de scholen waar de leerlingen staan ingeschreven: de school blijft verantwoordelijk, het OPDC "
          "biedt tijdelijk onderwijs en begeleiding. Docenten van de scholen lopen regelmatig mee op het OPDC "
          "om kennis op te doen over de begeleiding van leerlingen met gedragsproblemen."),
        P("Het samenwerkingsverband wil de deskundigheid in de hele regio versterken. Daarom organiseren we "
          "jaarlijks een regionale conferentie passend onderwijs en een leergang voor "
          "ondersteuningscoördinatoren. Ook bieden we scholen de mogelijkheid om een gedragsspecialist van het "
          "OPDC in te huren voor teamscholing."),
        P("OPDC De Overstap is gehuisvest in een voormalig schoolgebouw in Vinkeveld, dat de gemeente aan het "
          "samenwerkingsverband verhuurt. Het gebouw wordt in 2027 verbouwd om ruimte te bieden aan de nieuwe "
          "kleinschalige voorziening. De gemeente draagt de kosten van de verbouwing; het "
          "samenwerkingsverband betaalt de inrichting. Het bureau van het samenwerkingsverband is in hetzelfde "
          "gebouw gevestigd."),
        H1("Bijlage: Lijst van afkortingen"),
        TB(("Afkorting", "Betekenis"),
           ("BO", "Basisondersteuning: de ondersteuning die elke school minimaal biedt"),
           ("ISK", "Internationale schakelklas"),
           ("LWOO", "Leerwegondersteunend onderwijs"),
           ("OJSP", "Ouder- en jeugdsteunpunt"),
           ("OPDC", "Orthopedagogisch-didactisch centrum"),
           ("OPP", "Ontwikkelingsperspectief"),
           ("OPR", "Ondersteuningsplanraad"),
           ("PrO", "Praktijkonderwijs"),
           ("TLV", "Toelaatbaarheidsverklaring"),
           ("VSO", "Voortgezet speciaal onderwijs")),
    ]


LABEL_PLASSEN = """\
documents: [vo-hollandse-plassen-op-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
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
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "4.1 only says each school describes its support in the schoolgids and that a regional level will follow once the landelijke norm is enacted (deferral); the word also appears in TOC and afkortingenlijst only."
  plaatsing: "Chapter 6: TLV vso procedure (board applies, Commissie Toewijzing, two deskundigen, six weeks) and criteria (a)-(c); lwoo and pro procedures with national criteria; duration/category. No bezwaar route."
  terugstroom: "Chapter 7: policy (yearly review, proefplaatsing, conditions) and procedure (November evaluation in last TLV year, trajectbegeleider, Commissie Toewijzing, overstaparrangement EUR 3,500, 1 April verlenging); 2024-2025 figures."
  financien: "9.3 meerjarenbegroting 2026-2030 with amounts addresses besteding; 9.2 defers the verdeelmodel to 2026-2027, the table line 'Middelen naar schoolbesturen' gives no criteria or procedure."
  dekkend-aanbod: "5.1 six-layer continuum table; 5.2 twice-yearly gap analysis, new voorziening 2027, thuiszitters route and zorgplicht convenant; chapter 10 gemeenten."
  resultaten: "8.1 goals with nulmeting and targets; 8.2 quarterly dashboard, audits, jaarverslag with achieved results and spending."
  ouders: "No information channels and no independent support: parents appear only in the mission sentence; OJSP only in the afkortingenlijst."
"""

# =====================================================================
# Plan 5 — PO, "op hoofdlijnen", web version (.html)
# Samenwerkingsverband Passend Primair Noorderzand (PO 20-04)
# =====================================================================
NAV_NOORDERZAND = ["Home", "Over ons", "Ouders", "Scholen", "Arrangementen", "TLV aanvragen",
                   "Thuiszitters", "Ondersteuningsplan", "Nieuws", "Contact"]


def plan_noorderzand():
    N = "Samenwerkingsverband Passend Primair Noorderzand"
    return [
        TITLE("Ondersteuningsplan 2026-2030 (webversie)",
              N + " – PO 20-04",
              "Laatst bijgewerkt: 14 april 2026 · Leestijd: ongeveer 25 minuten"),
        TOC("Voorwoord", "Over Noorderzand", "Visie: samen sterk voor elk kind",
            "Landelijke ontwikkelingen", "Basisondersteuning", "Ondersteuningsaanbod en arrangementen",
            "Toelaatbaarheid", "Terug naar de basisschool", "Financiën", "Kwaliteitszorg en resultaten",
            "Voor ouders", "Organisatie en medezeggenschap", "Ons bureau en onze mensen",
            "Privacy en ICT", "Planning en totstandkoming", "Veelgestelde vragen"),
        H1("Voorwoord"),
        P("Welkom bij de webversie van ons ondersteuningsplan. Wij hebben ervoor gekozen om het plan dit keer "
          "niet als dik document te publiceren, maar als een compacte webpagina die wij actueel kunnen houden. "
          "Het plan beschrijft de hoofdlijnen. Veel praktische uitwerkingen, zoals formulieren, werkwijzers en "
          "de jaarbegroting, vindt u elders op deze website. Zo hoeft niemand door tachtig pagina's te bladeren "
          "om te vinden wat hij zoekt."),
        P("De afgelopen vier jaar waren bewogen. De coronaperiode had nog lang gevolgen voor kinderen, het "
          "lerarentekort raakte ook onze scholen en de vraag naar ondersteuning groeide. Tegelijk zagen we veel "
          "mooie voorbeelden van scholen die samen met ouders en jeugdhulp creatieve oplossingen vonden. Dat "
          "geeft vertrouwen voor de komende periode."),
        P("Wij danken de ondersteuningsplanraad voor de kritische vragen en de constructieve samenwerking. "
          "Zonder hun inbreng was dit plan minder helder geweest."),
        P("Jeroen Dijkstra, directeur-bestuurder"),
        H1("Over Noorderzand"),
        P("Noorderzand is het samenwerkingsverband voor primair onderwijs in de gemeenten Zandloo, Noorderzand "
          "en Wadwerd. Negen schoolbesturen met samen 47 basisscholen, twee scholen voor speciaal "
          "basisonderwijs en twee so-locaties zijn bij ons aangesloten. Samen bieden zij onderwijs aan ruim "
          "9.600 kinderen. Het gebied is uitgestrekt en dunbevolkt; veel scholen hebben minder dan honderd "
          "leerlingen en de afstand tot een sbo- of so-school kan oplopen tot 35 kilometer."),
        P("Ons bureau is gevestigd in het Onderwijshuis in Noorderzand, samen met het samenwerkingsverband VO "
          "en de afdeling leerplicht van de gemeente. Die korte lijnen zijn in een uitgestrekt gebied goud "
          "waard."),
        P("Noorderzand bestaat sinds 2014. In de eerste jaren was het samenwerkingsverband vooral een "
          "uitvoeringsorganisatie die arrangementen toekende. Sinds 2021 zijn wij meer een netwerkorganisatie "
          "geworden, die besturen en scholen met elkaar verbindt. Die ontwikkeling zetten wij door. Wij "
          "willen minder regelen en meer mogelijk maken."),
        P("De negen besturen verschillen in grootte en identiteit. Het grootste bestuur heeft zeventien "
          "scholen, het kleinste één. Er zijn openbare, protestants-christelijke, rooms-katholieke en "
          "reformatorische scholen, en één vrije school. Die verscheidenheid is een rijkdom, maar vraagt ook "
          "om heldere afspraken. Die afspraken leggen wij vast in dit plan en in het jaarplan."),
        H1("Visie: samen sterk voor elk kind"),
        P("Wij geloven dat ieder kind talenten heeft en recht heeft op onderwijs waarin die talenten tot bloei "
          "komen. Kinderen leren het best in een omgeving waarin ze zich veilig en gezien voelen. Passend "
          "onderwijs is voor ons geen systeem, maar een manier van kijken: wat heeft dit kind nodig, en wie kan "
          "dat het beste bieden?"),
        P("Onze kernwaarden zijn vertrouwen, eigenaarschap en verbinding. Vertrouwen in de professionaliteit "
          "van leerkrachten en scholen. Eigenaarschap van schoolbesturen voor de ondersteuning op hun scholen. "
          "Verbinding tussen onderwijs, ouders, gemeenten en zorg. Wij willen een lerende organisatie zijn die "
          "open staat voor feedback en die durft te experimenteren."),
        P("Het samenwerkingsverband is er niet om zelf onderwijs te geven of ondersteuning uit te voeren. Wij "
          "faciliteren de besturen, brengen partijen bij elkaar en nemen regie waar dat nodig is. We doen dat "
          "met een klein en wendbaar bureau."),
        H1("Over dit plan"),
        P("Ieder samenwerkingsverband stelt volgens de Wet op het primair onderwijs ten minste eens in de "
          "vier jaar een ondersteuningsplan vast. Dit plan geldt van 1 augustus 2026 tot en met 31 juli 2030. "
          "Het plan beschrijft de hoofdlijnen van ons beleid. De uitwerking volgt ieder jaar in het jaarplan, "
          "dat het algemeen bestuur vóór de zomer vaststelt. Daarnaast verwijzen wij op verschillende plaatsen "
          "naar documenten op deze website, zoals werkwijzers en formulieren."),
        P("De webversie kan tussentijds worden aangepast. Inhoudelijke wijzigingen leggen wij altijd ter "
          "instemming voor aan de ondersteuningsplanraad. Tekstuele correcties en geactualiseerde links "
          "voeren wij zonder instemming door; de datum van de laatste wijziging staat bovenaan deze pagina. "
          "Een printbare versie van deze pagina kunt u downloaden via de knop onderaan."),
        H1("Wat we hoorden in de werksessies"),
        P("In de werksessies van het najaar van 2025 hebben wij directeuren, intern begeleiders en OPR-leden "
          "gevraagd wat zij van het samenwerkingsverband verwachten. Directeuren vroegen vooral om minder "
          "administratie en snellere besluiten. Intern begeleiders gaven aan dat zij zich soms alleen voelen "
          "staan en behoefte hebben aan een vast aanspreekpunt bij het samenwerkingsverband. OPR-leden "
          "vroegen om duidelijkere informatie, in gewone taal, en om een plan dat goed leesbaar is. Dat laatste "
          "is een van de redenen dat wij voor deze webversie hebben gekozen."),
        P("Ook kwam in de werksessies naar voren dat de afstanden in onze regio groot zijn. Een leerkracht in "
          "Wadwerd heeft niet dezelfde mogelijkheden als een leerkracht in Noorderzand om even bij een collega "
          "binnen te lopen. Wij nemen dat mee in de manier waarop wij onze netwerken organiseren: vaker "
          "online, en op wisselende locaties in de regio."),
        P("Tot slot hoorden wij dat scholen de samenwerking met de gemeenten als ingewikkeld ervaren, omdat "
          "iedere gemeente haar eigen werkwijze heeft. Dit punt hebben wij ingebracht in het overleg met de "
          "gemeenten."),
        H1("Landelijke ontwikkelingen"),
        P("Passend onderwijs is volop in beweging. Na de evaluatie van passend onderwijs in 2020 heeft het "
          "ministerie een verbeteraanpak ingezet. Voor de komende periode zijn vooral drie ontwikkelingen van "
          "belang. Ten eerste de landelijke norm voor basisondersteuning, waarover in 2025 een advies is "
          "uitgebracht. Ten tweede de wet die de positie van ouders en leerlingen versterkt, onder meer met een "
          "hoorrecht voor leerlingen en een verplicht ouder- en jeugdsteunpunt per samenwerkingsverband. Ten "
          "derde de ontwikkeling naar inclusiever onderwijs, waarbij regulier en speciaal onderwijs meer "
          "samen optrekken."),
        P("Daarnaast bezoekt de inspectie van het onderwijs ieder samenwerkingsverband ten minste eens in de "
          "vier jaar. Het laatste bezoek aan Noorderzand vond plaats in het voorjaar van 2024. De inspectie "
          "sprak met de directeur-bestuurder, de raad van toezicht, de OPR, schoolleiders en intern "
          "begeleiders. De inspectie waardeerde de korte lijnen en de betrokkenheid van de besturen, en gaf "
          "ons als aandachtspunt mee om in het nieuwe plan helder te zijn over de afspraken tussen de besturen. "
          "Wij hebben dat advies ter harte genomen."),
        P("Wij volgen deze ontwikkelingen nauwgezet en passen ons beleid aan waar dat nodig is. Wijzigingen "
          "in dit plan leggen wij ter instemming voor aan de OPR."),
        H1("Basisondersteuning"),
        P("Zodra de landelijke norm voor basisondersteuning is vastgesteld, neemt Noorderzand deze norm over "
          "als het niveau voor al onze scholen. Tot dat moment gelden de afspraken die de besturen eerder "
          "hebben gemaakt; een nieuwe beschrijving daarvan volgt na vaststelling van de landelijke norm."),
        P("Wel toetsen wij nu al of de scholen hun basisondersteuning op orde hebben. Eens per jaar bezoekt "
          "een adviseur van het samenwerkingsverband iedere school voor een gesprek met de directeur en de "
          "intern begeleider, aan de hand van de schoolgids en de ondersteuningsgegevens van de school. "
          "Blijkt dat een school de basisondersteuning niet op orde heeft, dan maken het schoolbestuur en het "
          "samenwerkingsverband samen een verbeterplan met een termijn van ten hoogste een jaar. Het "
          "samenwerkingsverband rapporteert jaarlijks aan het algemeen bestuur over de uitkomsten."),
        H1("Ondersteuningsaanbod en arrangementen"),
        P("Een overzicht van alle arrangementen en voorzieningen in onze regio, met de voorwaarden en "
          "aanvraagformulieren, vindt u op de pagina Arrangementen van deze website. Dat overzicht wordt in "
          "het voorjaar van 2026 vernieuwd."),
        H1("Toelaatbaarheid"),
        P("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en "
          "het speciaal onderwijs. Hoe een TLV wordt aangevraagd en welke criteria daarbij gelden, leest u in "
          "de Routewijzer TLV op de pagina TLV aanvragen."),
        H1("Terug naar de basisschool"),
        P("Voor leerlingen in het sbo of so met een TLV van Noorderzand verloopt de terugkeer naar een "
          "basisschool volgens vaste stappen:"),
        NL("In het laatste jaar van de TLV bespreekt de sbo- of so-school vóór 1 maart in de OPP-evaluatie met "
           "ouders of de leerling na de zomer naar een basisschool kan.",
           "Is dat het geval, dan meldt de sbo- of so-school dit vóór 15 maart bij het Loket van het "
           "samenwerkingsverband.",
           "Het Loket organiseert vóór 1 mei een overdrachtsgesprek tussen de sbo- of so-school, ouders en de "
           "basisschool die ouders hebben gekozen.",
           "De directeur-bestuurder bevestigt het besluit schriftelijk; de TLV loopt af op 31 juli.",
           "Kan de leerling nog niet terug, dan vraagt het bestuur van de sbo- of so-school vóór 1 mei een "
           "nieuwe TLV aan."),
        P("Ons beleid rond terugplaatsing, met de doelen, de voorwaarden en de ondersteuning van de "
          "basisschool na terugkeer, herzien wij in het schooljaar 2026-2027."),
        H1("Financiën"),
        P("Informatie over de inkomsten van het samenwerkingsverband, de verdeling van de middelen over de "
          "schoolbesturen en de meerjarenbegroting vindt u in de Jaarbegroting 2026 en de notitie "
          "Verdeelsystematiek op de pagina Documenten. Beide documenten worden ieder jaar in december door het "
          "algemeen bestuur vastgesteld."),
        H1("Kwaliteitszorg en resultaten"),
        P("De concrete doelen voor de planperiode leggen we ieder jaar vast in het jaarplan."),
        P("Hoe volgen wij wat er met de middelen en de ondersteuning wordt bereikt? Wij werken met een vaste "
          "kwaliteitscyclus. Ieder jaar in oktober stellen wij de Monitor Passend Onderwijs Noorderzand op. "
          "Daarin staan onder meer het deelnamepercentage sbo en so (peildatum 1 oktober), het aantal "
          "toegekende arrangementen en TLV's, de doorlooptijd van aanvragen, het aantal leerlingen dat is "
          "teruggekeerd naar een basisschool en het aantal leerlingen zonder passende plek. De gegevens komen "
          "uit de DUO-telling, onze eigen registratie en de leerplichtregistratie van de gemeenten. In het "
          "voorjaar houden wij een tevredenheidspeiling onder intern begeleiders en ouders."),
        P("De directeur-bestuurder bespreekt de monitor in november met het algemeen bestuur en in december "
          "met de OPR. De bereikte resultaten, met een toelichting en de bijbehorende uitgaven, publiceren wij "
          "in het jaarverslag, dat vóór 1 juli verschijnt. Halverwege de planperiode, in het voorjaar van 2028, "
          "laten wij een externe tussenevaluatie uitvoeren."),
        H1("Voor ouders"),
        P("Als ouder wilt u weten wat de school voor uw kind kan doen en waar u terecht kunt. Wij informeren "
          "ouders op verschillende manieren:"),
        BL("Op de pagina Ouders van deze website leggen wij in gewone taal uit welke ondersteuning er in "
           "Noorderzand is, van de ondersteuning in de klas tot het speciaal onderwijs, en hoe u die kunt "
           "bespreken met de school.",
           "Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt en wie op school het "
           "aanspreekpunt is.",
           "De intern begeleider geeft ouders bij het eerste gesprek over extra ondersteuning de folder "
           "'Samen kijken naar wat uw kind nodig heeft'.",
           "Twee keer per jaar organiseren wij een ouderavond, afwisselend in Zandloo en Wadwerd, met "
           "uitleg over passend onderwijs en ruimte voor vragen.",
           "Ouders kunnen ons bellen of mailen; het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur."),
        P("Soms zijn ouders en school het niet met elkaar eens, of willen ouders met iemand praten die los "
          "staat van de school. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Noorderzand. Het "
          "steunpunt is onafhankelijk, wordt gezamenlijk met het samenwerkingsverband VO gefinancierd en "
          "wordt uitgevoerd door de stichting Ouderkracht Noord. Een ouderadviseur denkt mee, gaat desgewenst "
          "mee naar gesprekken en helpt bij bemiddeling. Daarnaast kunnen ouders kosteloos een beroep doen op "
          "de Onderwijsconsulenten. Klachten over het samenwerkingsverband behandelen wij volgens onze "
          "klachtenregeling; ouders kunnen zich ook rechtstreeks wenden tot de landelijke klachtencommissie."),
        P("Ouders zijn partner in de ondersteuning van hun kind. Zij denken mee over het ontwikkelingsperspectief "
          "en zijn welkom bij elk overleg over hun kind. In de OPR hebben vijf ouders zitting."),
        H1("Organisatie en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. De "
          "raad van toezicht bestaat uit vijf leden; drie leden worden voorgedragen door de schoolbesturen en "
          "twee zijn onafhankelijk. In de algemene vergadering van de aangesloten schoolbesturen legt de "
          "directeur-bestuurder verantwoording af over het gevoerde beleid."),
        P("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf personeelsleden, "
          "gekozen uit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het "
          "ondersteuningsplan en wordt jaarlijks geïnformeerd over de begroting. Het personeel van het "
          "samenwerkingsverband heeft een eigen medezeggenschapsraad."),
        P("De besturen komen zes keer per jaar bijeen in het bestuurlijk overleg. Daarnaast zijn er netwerken "
          "voor directeuren en intern begeleiders, die elk vier keer per jaar bijeenkomen. Deze netwerken zijn "
          "voor ons een belangrijke bron van informatie over wat er op de scholen speelt."),
        H1("Ons bureau en onze mensen"),
        P("Op het bureau werken elf mensen: de directeur-bestuurder, een controller, een beleidsadviseur, een "
          "secretariaatsmedewerker, vijf adviseurs passend onderwijs en twee orthopedagogen. De adviseurs zijn "
          "ieder gekoppeld aan een aantal scholen en zijn het vaste aanspreekpunt voor directeuren en intern "
          "begeleiders."),
        P("Wij investeren in de deskundigheid van onze medewerkers met een jaarlijks scholingsbudget, "
          "intervisie en collegiale consultatie. Daarnaast organiseren wij voor de scholen een jaarlijkse "
          "studiedag passend onderwijs en een leergang voor startende intern begeleiders. In een krappe "
          "arbeidsmarkt willen wij een aantrekkelijke werkgever zijn; wij bieden daarom ruimte voor "
          "hybride werken en voor eigen ontwikkeling."),
        H1("Communicatie met scholen en besturen"),
        P("Goede communicatie is voor een netwerkorganisatie van levensbelang. Wij informeren scholen en "
          "besturen via een tweewekelijkse digitale nieuwsbrief, via de netwerken van directeuren en intern "
          "begeleiders en via het bestuurlijk overleg. Op de website staat een besloten deel voor scholen, "
          "met formulieren, werkwijzers en presentaties van bijeenkomsten. Eens per jaar organiseren wij een "
          "regiodag voor alle medewerkers van de scholen, met workshops, een markt en een inspirerende "
          "spreker."),
        P("Wij vragen scholen en besturen ook om feedback. Na iedere netwerkbijeenkomst sturen wij een korte "
          "vragenlijst, en eens per twee jaar houden wij een uitgebreidere peiling onder directeuren en "
          "bestuurders over de samenwerking met het bureau. De uitkomsten bespreken wij in het bestuurlijk "
          "overleg."),
        H1("Governance en integriteit"),
        P("Noorderzand volgt de Code Goed Bestuur in het primair onderwijs. De raad van toezicht werkt met een "
          "toezichtkader en een jaarlijkse zelfevaluatie. De directeur-bestuurder en de raad van toezicht "
          "spreken vier keer per jaar met elkaar; daarnaast heeft de raad van toezicht twee keer per jaar "
          "overleg met de OPR. Het samenwerkingsverband heeft een integriteitscode, een "
          "klokkenluidersregeling en een regeling voor nevenfuncties."),
        P("Bestuurders van aangesloten schoolbesturen kunnen geen lid zijn van de raad van toezicht. Zo "
          "voorkomen wij dat belangen van individuele besturen en het belang van het samenwerkingsverband door "
          "elkaar gaan lopen. Wel hebben de besturen via de algemene vergadering invloed op de koers."),
        H1("Het jaarplan en de jaarcyclus"),
        P("Het ondersteuningsplan geeft richting voor vier jaar. Ieder jaar vertalen wij dat naar een "
          "jaarplan. De directeur-bestuurder stelt het concept-jaarplan in april op, na gesprekken met de "
          "netwerken van directeuren en intern begeleiders. In mei bespreekt het bestuurlijk overleg het "
          "concept en in juni stelt de directeur-bestuurder het jaarplan vast, na goedkeuring door de raad van "
          "toezicht. De OPR ontvangt het jaarplan ter informatie."),
        P("Het schooljaar kent daarnaast een vast ritme van bijeenkomsten. In september start het jaar met een "
          "bijeenkomst voor nieuwe intern begeleiders. In november en maart zijn er regionale netwerkdagen. In "
          "juni sluiten wij het jaar af met een bijeenkomst voor alle directeuren, waarin wij terugkijken en "
          "vooruitblikken."),
        P("Ons bureau is klein, en dat willen we zo houden. Wij geloven dat het geld voor passend onderwijs "
          "vooral op de scholen moet worden ingezet. Tegelijk vraagt een uitgestrekte regio met veel kleine "
          "scholen om voldoende mensen die de scholen kunnen bezoeken. Bij iedere vacature wegen wij af of de "
          "functie nodig is en of het werk op een andere manier kan worden georganiseerd. Zo delen wij de "
          "controller met het samenwerkingsverband VO en huren wij juridische ondersteuning in wanneer dat "
          "nodig is."),
        H1("Privacy en ICT"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen om zijn wettelijke taken uit te "
          "voeren. Wij houden ons aan de AVG. Gegevens worden uitgewisseld via een beveiligd portaal en niet "
          "per e-mail. Dossiers bewaren wij niet langer dan drie jaar na het laatste besluit. Onze "
          "functionaris gegevensbescherming is extern belegd. In 2026 voeren wij een nieuw "
          "registratiesysteem in dat beter aansluit bij de leerlingadministratie van de scholen."),
        H1("Planning en totstandkoming"),
        P("Dit plan is in de tweede helft van 2025 voorbereid in drie werksessies met directeuren, intern "
          "begeleiders en OPR-leden. Het concept is besproken in het bestuurlijk overleg van 3 december 2025. "
          "Het op overeenstemming gericht overleg met de gemeenten Zandloo, Noorderzand en Wadwerd is gevoerd "
          "op 27 januari 2026; het overleg met het samenwerkingsverband VO op 2 februari 2026. De OPR stemde in "
          "op 10 maart 2026 en de directeur-bestuurder stelde het plan, na goedkeuring door de raad van "
          "toezicht, vast op 7 april 2026. Het plan is vóór 1 mei 2026 aan de inspectie gezonden."),
        TB(("Periode", "Activiteit"),
           ("Voorjaar 2026", "Vernieuwing overzicht arrangementen op de website"),
           ("2026-2027", "Herziening terugplaatsingsbeleid; invoering nieuw registratiesysteem"),
           ("Voorjaar 2028", "Externe tussenevaluatie"),
           ("2029-2030", "Voorbereiding nieuw ondersteuningsplan")),
        H1("Duurzaamheid en huisvesting van het bureau"),
        P("Het Onderwijshuis, waar ons bureau is gevestigd, is in 2023 verduurzaamd. Wij reizen zoveel "
          "mogelijk met het openbaar vervoer of de fiets, wat in een uitgestrekte regio niet altijd eenvoudig "
          "is. Overleggen met scholen houden wij daarom deels online. Bij de inkoop van diensten letten wij "
          "op duurzaamheid en sociale voorwaarden."),
        H1("Veelgestelde vragen"),
        H3("Waarom is dit plan zo kort?"),
        P("Wij beschrijven in het plan de hoofdlijnen. Uitwerkingen die vaak veranderen, zoals formulieren en "
          "bedragen, staan in aparte documenten op deze website. Zo blijft alle informatie actueel."),
        H3("Waar vind ik de schoolgids van de school van mijn kind?"),
        P("De schoolgids staat op de website van de school. U kunt hem ook op papier opvragen bij de school."),
        H3("Kan ik meepraten over het beleid van het samenwerkingsverband?"),
        P("Ja. Via de medezeggenschapsraad van de school van uw kind kunt u zich kandidaat stellen voor de OPR. "
          "Ook bent u welkom op onze ouderavonden."),
        H3("Waarom verwijst het plan naar andere documenten?"),
        P("Een ondersteuningsplan geldt vier jaar, maar veel praktische afspraken veranderen vaker. Door die "
          "afspraken in aparte documenten op te nemen, kunnen wij ze actueel houden zonder het hele plan te "
          "wijzigen. Alle documenten waarnaar wij verwijzen, staan op de pagina Documenten."),
        H3("Hoe bereik ik het samenwerkingsverband?"),
        P("Het bureau is gevestigd in het Onderwijshuis, Stationsweg 14 in Noorderzand. U kunt ons op "
          "werkdagen bellen tussen 8.30 en 16.30 uur of een e-mail sturen via het contactformulier. Wij "
          "streven ernaar binnen twee werkdagen te reageren."),
        H3("Wie zit er in de raad van toezicht?"),
        P("De samenstelling van de raad van toezicht en de nevenfuncties van de leden vindt u op de pagina "
          "Over ons. Daar vindt u ook het jaarverslag en de statuten van de stichting."),
        H3("Werkt het samenwerkingsverband samen met het voortgezet onderwijs?"),
        P("Ja. Wij delen een gebouw met het samenwerkingsverband VO en overleggen regelmatig met elkaar, onder "
          "meer over dit ondersteuningsplan. Het ouder- en jeugdsteunpunt is een gezamenlijk initiatief."),
        H3("Wat is het verschil tussen het samenwerkingsverband en de school?"),
        P("De school is verantwoordelijk voor het onderwijs en de ondersteuning van uw kind. Het "
          "samenwerkingsverband ondersteunt de scholen en besluit over toelaatbaarheid tot het speciaal "
          "(basis)onderwijs."),
    ]


LABEL_NOORDERZAND = """\
documents: [po-noorderzand-ondersteuningsplan-web.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Level and content deferred ('neemt de landelijke norm over zodra vastgesteld', 'beschrijving volgt'); only the yearly school visit with verbeterplan (borging) is real content."
  plaatsing: "'Toelaatbaarheid' section only says the SWV issues TLVs and refers to the Routewijzer TLV on another web page; nav item 'TLV aanvragen' is a header trap."
  terugstroom: "'Terug naar de basisschool' gives five dated steps (OPP evaluation before 1 March, Loket, overdracht, decision, TLV ends 31 July, new TLV); the policy (aims, conditions, support after return) is deferred to 2026-2027."
  financien: "'Financiën' only refers to the Jaarbegroting 2026 and notitie Verdeelsystematiek on the website; no distribution criteria, no amounts."
  dekkend-aanbod: "'Ondersteuningsaanbod en arrangementen' only refers to a web page being renewed; no continuum, no gap/thuiszitters approach (thuiszitters only in nav and a monitor indicator), OOGO only as a procedural date."
  resultaten: "Goals deferred to the yearly jaarplan; monitoring addressed (yearly Monitor with indicators and sources, reporting to AB/OPR, jaarverslag, 2028 tussenevaluatie)."
  ouders: "'Voor ouders': website page, schoolgids, folder, ouderavonden (informatie) and independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten (steunpunt)."
"""

# =====================================================================
# Near-miss — a school's own "ondersteuningsplan" (school level, not SWV)
# =====================================================================
def school_wilgenhoek():
    S = "OBS De Wilgenhoek"
    return [
        TITLE("Ondersteuningsplan 2025-2026",
              S + ", Lingeveld",
              "Onderdeel van Stichting Openbaar Onderwijs Rivierland",
              "Vastgesteld door de directie na advies van het team; MR geïnformeerd op 7 oktober 2025"),
        TOC("1. Inleiding", "2. Visie op ondersteuning", "3. De ondersteuningsstructuur van onze school",
            "4. Basisondersteuning op De Wilgenhoek", "5. Extra ondersteuning en arrangementen",
            "6. Verwijzing naar het speciaal (basis)onderwijs", "7. Terugplaatsing", "8. Ouders",
            "9. Middelen en formatie", "10. Jaarplanning zorg en ondersteuning"),
        H1("1. Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe " + S + " de ondersteuning aan leerlingen organiseert in het "
          "schooljaar 2025-2026. Het plan is bedoeld voor het team, voor invalkrachten en stagiaires, en voor "
          "ouders die willen weten hoe de zorg op onze school is georganiseerd. Het plan wordt ieder jaar in "
          "september herzien door de intern begeleider en de directeur."),
        P("Onze school is aangesloten bij het samenwerkingsverband passend onderwijs De Waarden. Het "
          "ondersteuningsplan van het samenwerkingsverband en het schoolondersteuningsprofiel (SOP) van onze "
          "school vormen het kader voor dit plan. Dit plan is de praktische vertaling daarvan naar onze eigen "
          "werkwijze: wie doet wat, wanneer en met welke middelen."),
        P("De Wilgenhoek telt op 1 oktober 2025 214 leerlingen in negen groepen. Ongeveer een kwart van onze "
          "leerlingen heeft een ouder met een andere moedertaal dan het Nederlands. In de groepen 3 en 4 zien "
          "we de laatste jaren meer kinderen met een taalachterstand."),
        H1("2. Visie op ondersteuning"),
        P("Op De Wilgenhoek mag ieder kind zijn wie hij is. Wij willen dat kinderen zich veilig voelen, "
          "plezier hebben in leren en zich ontwikkelen naar hun mogelijkheden. De leerkracht is de spil: hij of "
          "zij kent de kinderen, signaleert vroeg en past het onderwijs aan. De intern begeleider ondersteunt "
          "de leerkracht. Ouders zijn onze partners; zij kennen hun kind het best."),
        H1("3. De ondersteuningsstructuur van onze school"),
        P("Wij werken met vijf zorgniveaus:"),
        TB(("Niveau", "Omschrijving", "Wie"),
           ("1", "Goed lesgeven in de groep, met differentiatie in drie instructieniveaus", "Leerkracht"),
           ("2", "Extra instructie of begeleiding in de groep, vastgelegd in het groepsplan", "Leerkracht"),
           ("3", "Specifieke interventie na overleg met de intern begeleider, bijvoorbeeld remedial "
            "teaching of een leesinterventie", "Leerkracht en IB"),
           ("4", "Externe hulp of onderzoek; bespreking in het ondersteuningsteam", "IB, OT, ouders"),
           ("5", "Arrangement van het samenwerkingsverband of verwijzing naar het s(b)o", "Directie, IB, "
            "samenwerkingsverband")),
        P("Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider "
          "met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de groep besproken en "
          "de groepsplannen bijgesteld. Leerlingen over wie de leerkracht zich zorgen maakt, worden daarna "
          "besproken in een leerlingbespreking. Het ondersteuningsteam (OT) komt vier keer per jaar bijeen. "
          "Daarin zitten de intern begeleider, de directeur, de schoolmaatschappelijk werker, de "
          "jeugdverpleegkundige en de onderwijsadviseur van het samenwerkingsverband."),
        H1("4. Basisondersteuning op De Wilgenhoek"),
        P("De basisondersteuning op onze school volgt de afspraken van het samenwerkingsverband. Concreet "
          "betekent dit voor onze school: een intern begeleider voor 0,6 fte, een leesspecialist, een "
          "rekencoördinator, een anti-pestcoördinator, het protocol dyslexie, de Kanjertraining in alle "
          "groepen en een plusgroep voor leerlingen uit de groepen 5 tot en met 8 die meer aankunnen."),
        H1("5. Extra ondersteuning en arrangementen"),
        P("Als de basisondersteuning niet voldoende is, kan de school bij het samenwerkingsverband een "
          "arrangement aanvragen. De intern begeleider stelt de aanvraag op samen met de leerkracht en de "
          "ouders. In 2024-2025 had onze school zeven arrangementen, vooral voor gedrag en voor "
          "taalontwikkeling. Voor leerlingen met een eigen leerlijn stellen wij een ontwikkelingsperspectief "
          "(OPP) op, dat wij twee keer per jaar met ouders evalueren."),
        H1("6. Verwijzing naar het speciaal (basis)onderwijs"),
        P("Soms blijkt na een periode van extra ondersteuning dat een leerling beter op zijn plek is in het "
          "speciaal basisonderwijs of het speciaal onderwijs. De intern begeleider bespreekt dit dan eerst met "
          "de ouders en in het OT. Daarna vraagt het bestuur van onze school bij het samenwerkingsverband een "
          "toelaatbaarheidsverklaring (TLV) aan. Het samenwerkingsverband beslist over de aanvraag; de "
          "procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband. Wij "
          "begeleiden ouders bij het bezoeken van sbo- en so-scholen."),
        H1("7. Terugplaatsing"),
        P("Wanneer een oud-leerling vanuit het sbo of so terugkeert naar onze school, voeren wij een "
          "intakegesprek met de ouders en de school van herkomst. De intern begeleider maakt een plan voor de "
          "eerste weken en de leerkracht krijgt begeleiding van de ambulant begeleider van het sbo."),
        H1("8. Ouders"),
        P("Wij informeren ouders over de ondersteuning op onze school via de schoolgids, het SOP op onze "
          "website en de informatieavond aan het begin van het schooljaar. Als wij ons zorgen maken over een "
          "kind, nemen wij altijd eerst contact op met de ouders. Ouders worden uitgenodigd voor het OT als "
          "hun kind wordt besproken. Wij vragen altijd toestemming voordat wij een kind laten onderzoeken."),
        P("Ouders die het niet eens zijn met de school, kunnen terecht bij de directeur, bij de "
          "vertrouwenspersoon van de stichting of bij het ouder- en jeugdsteunpunt van het "
          "samenwerkingsverband. Onze klachtenregeling staat in de schoolgids."),
        H1("9. Middelen en formatie"),
        P("De school ontvangt van het bestuur een ondersteuningsbudget uit de middelen van het "
          "samenwerkingsverband. Voor 2025-2026 bedraagt dit € 31.500. Wij besteden dit aan 0,4 fte "
          "onderwijsassistent voor de groepen 3 en 4, de plusgroep en scholing van het team in "
          "taalontwikkeling. De intern begeleider houdt bij aan welke leerlingen de extra ondersteuning is "
          "besteed."),
        H1("10. Jaarplanning zorg en ondersteuning"),
        TB(("Maand", "Activiteit"),
           ("September", "Startgesprekken met ouders; overdracht groepsplannen"),
           ("Oktober", "Groepsbesprekingen; OT 1"),
           ("Januari/februari", "Toetsperiode; groepsbesprekingen; OPP-evaluaties"),
           ("Maart", "OT 2; aanvragen arrangementen nieuw schooljaar"),
           ("Juni", "Groepsbesprekingen; OT 3; overdracht naar volgende groep"),
           ("Juli", "Evaluatie ondersteuningsplan school")),
    ]


LABEL_WILGENHOEK = """\
documents: [po-wilgenhoek-schoolondersteuningsplan.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of a single basisschool (zorgniveaus, groepsbesprekingen, OT, own budget and yearly planning); it refers to the samenwerkingsverband's plan and SOP but is not an ondersteuningsplan of a samenwerkingsverband (no OPR/OOGO, no SWV-wide TLV procedure, no verdeelmodel, planperiode is one school year)."
"""


# =====================================================================
# main
# =====================================================================
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-de-waarden-op-2026-2030", "docx", plan_waarden, LABEL_WAARDEN,
         "Ondersteuningsplan 2026-2030 | SWV Passend Onderwijs De Waarden", "Pagina"),
        ("po-kempenstroom-op-2026", "docx", plan_kempenstroom, LABEL_KEMPENSTROOM,
         "SWV Kempenstroom – Ondersteuningsplan 2026-2030 – concept ter instemming OPR", None),
        ("po-duinrand-ondersteuningsplan", "pdf", plan_duinrand, LABEL_DUINRAND,
         "Samenwerkingsverband Duinrand · Ondersteuningsplan 2026-2030",
         "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Ouders · Financiën"),
        ("vo-hollandse-plassen-op-2026-2030", "pdf", plan_plassen, LABEL_PLASSEN,
         "SWV VO Hollandse Plassen | Ondersteuningsplan 2026-2030",
         "Koers op kansen voor elke jongere"),
        ("po-noorderzand-ondersteuningsplan-web", "html", plan_noorderzand, LABEL_NOORDERZAND,
         None, None),
        ("po-wilgenhoek-schoolondersteuningsplan", "docx", school_wilgenhoek, LABEL_WILGENHOEK,
         "OBS De Wilgenhoek – Ondersteuningsplan school 2025-2026", None),
    ]
    for stem, fmt, fn, label, header, footer in jobs:
        blocks = fn()
        path = OUT / f"{stem}.{fmt}"
        title = blocks[0][1][0]
        if fmt == "docx":
            render_docx(blocks, path, header, footer, title)
        elif fmt == "pdf":
            render_pdf(blocks, path, header, footer, title)
        elif fmt == "html":
            render_html(blocks, path, title, "Samenwerkingsverband Passend Primair Noorderzand",
                        NAV_NOORDERZAND)
        (OUT / f"{stem}.expected.yaml").write_text(label, encoding="utf-8")
        print(f"{path.name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
