#!/usr/bin/env python3
"""Generate the holdout134 test set: 5 fictional ondersteuningsplannen + 1 near-miss, with labels.

Deterministic, no network. Output goes to the folder above this script.
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

FIXED_DATE = datetime.datetime(2025, 3, 1, 12, 0, 0)


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            t.cell(i, j).text = str(cell)
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph("")


def to_docx(blocks, path, header_text=None, footer_text=None, title=None):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.author = "Bureau samenwerkingsverband"
    if title:
        doc.core_properties.title = title
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            _table(doc, b[1])
        elif kind == "toc":
            for entry, page in b[1]:
                doc.add_paragraph(f"{entry}\t{page}")
        elif kind == "pagebreak":
            doc.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout134.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            zout.writestr(zi, data)
    tmp.replace(path)


def to_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f"<h{lvl}>{e(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("bul", "num"):
            tag = "ul" if kind == "bul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("</table>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><ul>' + "".join(
                f"<li><a href=\"#s{i}\">{e(entry)}</a></li>" for i, (entry, _p) in enumerate(b[1])) + "</ul></nav>")
        elif kind == "pagebreak":
            out.append("<hr>")
        else:
            raise ValueError(kind)
    out += ["</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


def to_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind in ("h1", "h2", "h3"):
            out.append("#" * (int(kind[1]) + 1) + f" {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "bul":
            out.append("\n".join(f"- {i}" for i in b[1]) + "\n")
        elif kind == "num":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)) + "\n")
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
        elif kind == "toc":
            out.append("\n".join(f"- {entry} .... {p}" for entry, p in b[1]) + "\n")
        elif kind == "pagebreak":
            out.append("---\n")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def to_pdf(blocks, path, **kw):
    """Render blocks to a temporary .docx and convert with LibreOffice into `path`."""
    path = Path(path)
    tmp = Path(tempfile.mkdtemp(prefix="holdout134_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        to_docx(blocks, src, **kw)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "title", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("bul", "num"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
        elif b[0] == "toc":
            n += sum(len(e.split()) for e, _ in b[1])
    return n


# ---------------------------------------------------------------------------
# Plan 1: very small PO verband (12 schools), .docx
# ---------------------------------------------------------------------------
P1_NAME = "Samenwerkingsverband Passend Onderwijs Veenhoven-Oost"


def plan_p1():
    n = P1_NAME
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", n + " (PO 28-14)"),
          ("p", "Vastgesteld door het algemeen bestuur op 14 april 2025, na instemming van de ondersteuningsplanraad op 8 april 2025."),
          ("p", "Planperiode: 1 augustus 2025 tot en met 31 juli 2029"),
          ("pagebreak",)]
    B += [("h1", "Inhoudsopgave"),
          ("toc", [("Voorwoord", 3), ("1. Ons verband in vogelvlucht", 4), ("2. Visie en uitgangspunten", 5),
                   ("3. Basisondersteuning: wat elke school biedt", 6), ("4. Extra ondersteuning en dekkend aanbod", 8),
                   ("5. Toelaatbaarheid sbo en so", 10), ("5.4 Terugplaatsing", 12), ("6. Financieel kader", 13),
                   ("7. Ouders", 15), ("8. Gemeenten en jeugdhulp", 16), ("9. Kwaliteit en resultaten", 17),
                   ("10. Organisatie en bestuur", 18), ("11. Medezeggenschap", 19), ("12. Personeel en deskundigheid", 20),
                   ("13. Planning 2025-2029", 21), ("Begrippenlijst", 22), ("Afkortingen", 23)]),
          ("pagebreak",)]
    B += [("h1", "Voorwoord"),
          ("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Wij zijn een klein verband: twaalf basisscholen, "
                "één school voor speciaal basisonderwijs en drie schoolbesturen, verspreid over een plattelandsgebied van ruim veertig "
                "kilometer van noord naar zuid. Klein zijn heeft voordelen. Iedereen kent elkaar, de lijnen zijn kort en een intern "
                "begeleider die met een vraag zit, weet wie ze moet bellen. Klein zijn heeft ook nadelen. Wij hebben geen eigen "
                "so-school binnen de grenzen, de reisafstanden voor kinderen zijn groot en een paar extra toelaatbaarheidsverklaringen "
                "in één jaar zijn in onze begroting direct voelbaar."),
          ("p", "Dit plan is geschreven door een kleine werkgroep van intern begeleiders, directeuren en het bureau, en besproken met "
                "de ondersteuningsplanraad, met de drie gemeenten en met het samenwerkingsverband voortgezet onderwijs in onze regio. "
                "Wij hebben geprobeerd het plan te schrijven in gewone taal, zodat ook leerkrachten en ouders kunnen lezen wat zij van "
                "ons mogen verwachten. Waar onderdelen nog niet af zijn, zeggen wij dat eerlijk. Een ondersteuningsplan is geen "
                "eindpunt maar een afspraak die we elk jaar opnieuw met elkaar waarmaken."),
          ("p", "Wij danken iedereen die heeft meegelezen en meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, die "
                "kritisch waren waar dat nodig was. Wij kijken uit naar vier jaar samenwerking waarin elk kind in Veenhoven-Oost "
                "een plek krijgt waar het zich kan ontwikkelen."),
          ("p", "Mw. drs. H. Brouwer-Kamphuis, directeur-bestuurder")]
    B += [("h1", "1. Ons verband in vogelvlucht"),
          ("p", "Het samenwerkingsverband is een stichting waarin drie schoolbesturen samenwerken: Stichting Openbaar Primair "
                "Onderwijs Veenhoven (vijf scholen), Stichting Christelijk Onderwijs De Zandrug (vier scholen plus de sbo-school De "
                "Vaart) en de Vereniging voor Bijzonder Onderwijs Oostermoer (drie scholen). Op 1 oktober 2024 telden de twaalf "
                "basisscholen samen 2.341 leerlingen; De Vaart telde er 96. Het gebied omvat delen van drie gemeenten. Het aantal "
                "leerlingen daalt al jaren licht; de prognose gaat uit van ongeveer 2.200 leerlingen in 2029."),
          ("p", "Vier van de twaalf scholen hebben minder dan honderd leerlingen. Op die scholen werken combinatiegroepen en is de "
                "intern begeleider vaak ook leerkracht of directeur. Dat vraagt om afspraken die ook voor een kleine school "
                "uitvoerbaar zijn, en om een samenwerkingsverband dat expertise deelt in plaats van eigen structuren optuigt."),
          ("p", "Het bureau van het verband is klein: de directeur-bestuurder (0,6 fte), een orthopedagoog (0,8 fte), twee "
                "onderwijsadviseurs (samen 1,2 fte) en een secretariaat (0,5 fte). Het bureau is gehuisvest in het gebouw van De Vaart, "
                "wat de samenwerking met het speciaal basisonderwijs ten goede komt.")]
    B += [("h1", "2. Visie en uitgangspunten"),
          ("p", "Wij willen dat kinderen in hun eigen dorp naar school kunnen, ook als zij meer nodig hebben dan gemiddeld. Thuisnabij "
                "onderwijs is voor ons geen slogan maar een opdracht: elke kilometer die een kind van vijf jaar in een taxibusje zit, "
                "is een kilometer te veel als er in het eigen dorp een goede plek te maken is. Tegelijk weten wij dat sommige kinderen "
                "meer nodig hebben dan een reguliere school kan bieden. Voor hen zorgen wij dat de stap naar speciaal (basis)onderwijs "
                "zorgvuldig en snel gezet kan worden, en dat die stap niet vanzelf een eindstation is."),
          ("p", "Onze uitgangspunten zijn: (1) de leerkracht doet ertoe, dus investeren wij in de leerkracht; (2) ouders en school "
                "trekken samen op; (3) wij denken vanuit wat een kind nodig heeft en niet vanuit wat een formulier vraagt; (4) middelen "
                "volgen het kind en niet de instelling; (5) wij leren van elkaar, juist omdat wij klein zijn. Deze uitgangspunten komen "
                "in de volgende hoofdstukken terug.")]
    B += [("h1", "3. Basisondersteuning: wat elke school biedt"),
          ("p", "Basisondersteuning is in ons verband de ondersteuning die alle twaalf scholen, op elke locatie, ten minste bieden "
                "aan ieder kind dat het nodig heeft, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De drie "
                "besturen hebben dit niveau in december 2024 gezamenlijk vastgesteld. Geen enkele school mag onder dit niveau zitten; "
                "scholen mogen er wel bovenuit gaan en beschrijven dat in hun schoolgids."),
          ("p", "Concreet betekent dit dat u als ouder op elke school in Veenhoven-Oost het volgende kunt verwachten:"),
          ("bul", ["een intern begeleider met ten minste vier uur per week per honderd leerlingen, met een minimum van acht uur per "
                   "school, die de leerkrachten ondersteunt en het eerste aanspreekpunt is voor vragen over ondersteuning;",
                   "handelingsgericht werken: de leerkracht stelt per groep twee keer per jaar een groepsoverzicht op en bespreekt dat "
                   "met de intern begeleider in een groepsbespreking;",
                   "een leerlingvolgsysteem en een vastgesteld toetsmoment in januari en juni;",
                   "het landelijke dyslexieprotocol en het protocol ernstige reken-wiskundeproblemen en dyscalculie, inclusief "
                   "signalering in groep 2 en 3 en extra leestijd vanaf groep 3;",
                   "een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol, met een aandachtsfunctionaris;",
                   "verrijkingsstof in de klas voor kinderen die meer aankunnen, en toegang tot de plusgroep van het verband;",
                   "begeleiding bij medische handelingen volgens het gezamenlijke protocol medisch handelen van de drie besturen;",
                   "een ondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, met de onderwijsadviseur van het verband en, "
                   "indien nodig, de jeugdverpleegkundige en de medewerker van het gebiedsteam;",
                   "een ontwikkelingsperspectief (OPP) voor elk kind dat op een of meer vakken een eigen leerlijn volgt."]),
          ("p", "Deze tien punten zijn de ondergrens. Of een school aan de ondergrens voldoet, bespreken de onderwijsadviseurs één keer "
                "per jaar met elke directeur aan de hand van een korte kijkwijzer. Als een school op een punt tekortschiet, maakt de "
                "directeur samen met de onderwijsadviseur een verbeterafspraak met een termijn van hoogstens één schooljaar."),
          ("p", "Het onderscheid met extra ondersteuning is eenvoudig: alles wat hierboven staat, organiseert de school zelf, met "
                "de middelen die zij daarvoor van het verband ontvangt. Wanneer een kind meer nodig heeft dan de school met deze "
                "middelen kan bieden, komt het ondersteuningsteam bijeen en kan een arrangement worden aangevraagd (hoofdstuk 4).")]
    B += [("h1", "4. Extra ondersteuning en dekkend aanbod"),
          ("h2", "4.1 Van basis naar speciaal"),
          ("p", "Ons ondersteuningsaanbod kent vier treden. Trede 1 is de basisondersteuning van hoofdstuk 3. Trede 2 bestaat uit "
                "arrangementen op de eigen school: extra handen in de klas, een onderwijsassistent voor een kind of een kleine groep, "
                "een leesbegeleider of een periode van ambulante begeleiding vanuit De Vaart. Trede 3 zijn de bovenschoolse "
                "voorzieningen van het verband: de plusgroep voor (hoog)begaafde kinderen (één dag per week in Zandhuizen), de "
                "taalklas voor nieuwkomers in Veenhoven en de observatieplaatsing van maximaal twaalf weken op De Vaart. Trede 4 is "
                "plaatsing op De Vaart of op een school voor speciaal onderwijs; omdat binnen onze grenzen geen so-school staat, "
                "maken wij gebruik van de so-scholen in de twee aangrenzende verbanden, waarmee wij een convenant hebben gesloten."),
          ("h2", "4.2 Waar het aanbod niet sluit"),
          ("p", "In 2024 hebben wij samen met de intern begeleiders, De Vaart en de drie gemeenten in beeld gebracht voor welke "
                "kinderen wij geen passende plek konden bieden. Dat leverde drie witte vlekken op: jonge kinderen (4 tot 6 jaar) "
                "met ernstig externaliserend gedrag, kinderen die na een lange ziekteperiode gefaseerd terug moeten komen, en "
                "kinderen met een combinatie van een taalachterstand en een ontwikkelingsvraag. Voor de eerste groep starten wij "
                "in augustus 2026 samen met een so-school uit het aangrenzende verband een kleine instroomgroep op De Vaart; voor "
                "de tweede groep maken wij in 2025-2026 een werkafspraak met de jeugdarts; voor de derde groep breiden wij de "
                "taalklas uit met een ochtend ontwikkelingsgerichte observatie."),
          ("p", "Iedere zes weken bespreekt de orthopedagoog van het verband met de leerplichtambtenaar van de drie gemeenten alle "
                "kinderen die langer dan vier weken geen of gedeeltelijk onderwijs volgen. Voor ieder kind wordt een regisseur "
                "aangewezen; lukt het niet binnen drie maanden om een passende plek te vinden, dan neemt de directeur-bestuurder "
                "de regie over en beslist zij, na overleg met de betrokken besturen, welke school het kind plaatst. De besturen "
                "hebben afgesproken dat geen kind tussen wal en schip valt omdat scholen naar elkaar wijzen: de school waar het kind "
                "is aangemeld, houdt de zorgplicht tot er een andere plek is.")]
    B += [("h1", "5. Toelaatbaarheid sbo en so"),
          ("h2", "5.1 De aanvraag"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor De Vaart of voor een school voor speciaal onderwijs wordt aangevraagd door "
                "het bestuur van de school waar het kind staat ingeschreven. In de praktijk doet de intern begeleider dit namens "
                "het bestuur, via het digitale aanvraagformulier van het verband. Bij de aanvraag horen het groeidocument of "
                "ontwikkelingsperspectief, het verslag van het laatste ondersteuningsteam en de zienswijze van de ouders."),
          ("p", "De aanvraag wordt behandeld door de Commissie Toelaatbaarheid van het verband. De commissie bestaat uit de "
                "orthopedagoog van het verband, een GZ-psycholoog die op afroep wordt ingehuurd en een secretaris. De commissie "
                "neemt binnen zes weken na ontvangst van een volledige aanvraag een besluit namens het bestuur van het verband. "
                "In spoedeisende situaties kan de directeur-bestuurder binnen vijf werkdagen een tijdelijke TLV afgeven."),
          ("h2", "5.2 Deskundigen, duur en categorie"),
          ("p", "Bij elke aanvraag brengen twee deskundigen elk afzonderlijk een schriftelijk advies uit: de orthopedagoog of "
                "psycholoog en, afhankelijk van de vraag van het kind, een tweede deskundige (een kinderpsychiater, maatschappelijk "
                "werker, pedagoog of jeugdarts). Een deskundige die zelf bij de aanvraag betrokken was, adviseert niet. Een TLV voor "
                "het speciaal basisonderwijs geldt tot het einde van de basisschoolperiode; een TLV voor het speciaal onderwijs "
                "geldt twee schooljaren, tenzij de commissie beargumenteerd een kortere of langere duur kiest. Voor het so kent de "
                "commissie bekostigingscategorie laag toe, tenzij het advies van de so-school en de deskundigen aanleiding geeft "
                "voor midden of hoog."),
          ("h2", "5.3 Criteria"),
          ("p", "De inhoudelijke criteria waarop de commissie beoordeelt of een kind toelaatbaar is, worden in schooljaar 2025-2026 "
                "samen met De Vaart en de so-scholen van de buurverbanden opnieuw geformuleerd. De vorige criteria waren te veel "
                "gericht op diagnoses. Tot de nieuwe criteria zijn vastgesteld, weegt de commissie elke aanvraag op basis van het "
                "dossier en de gesprekken met school en ouders."),
          ("h2", "5.4 Wanneer de TLV afloopt: terugplaatsing"),
          ("p", "Wij vinden dat een plaatsing in het speciaal (basis)onderwijs een tussenstation kan zijn. Ons beleid is dat elk kind "
                "op De Vaart of in het so een reëel perspectief op terugkeer naar een basisschool in de eigen woonplaats moet houden, "
                "zolang dat in het belang van het kind is. Voorwaarden voor terugkeer zijn dat het kind de doelen uit het "
                "ontwikkelingsperspectief grotendeels heeft gehaald, dat de ontvangende school de ondersteuning kan bieden die nog "
                "nodig is, en dat ouders de stap steunen. Na terugkeer krijgt het kind ten minste één schooljaar een "
                "terugkeerarrangement: de leerkracht van De Vaart of de so-school begeleidt de nieuwe leerkracht, en het verband "
                "betaalt acht uur onderwijsassistentie per week gedurende het eerste halfjaar."),
          ("p", "De werkwijze is als volgt. Bij elke jaarlijkse evaluatie van het ontwikkelingsperspectief bespreekt de school voor "
                "sbo of so met de ouders of terugkeer in beeld is. In het laatste jaar van de TLV voert de school uiterlijk in februari "
                "een evaluatiegesprek met ouders, de intern begeleider van een mogelijke ontvangende school en de orthopedagoog van "
                "het verband. Adviseert dit overleg terugkeer, dan meldt de sbo- of so-school het kind vóór 1 april aan bij de "
                "ontvangende basisschool, zodat de overstap per 1 augustus kan plaatsvinden. Adviseert het overleg verlenging, dan "
                "vraagt de school vóór 1 april een nieuwe TLV aan; de Commissie Toelaatbaarheid beslist daarover. Een proefplaatsing "
                "van maximaal acht weken is mogelijk, waarbij het kind ingeschreven blijft op de sbo- of so-school.")]
    B += [("h1", "6. Financieel kader"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de "
                "afdrachten voor de leerlingen in het so en van de bekostiging van De Vaart boven de 2%-grens resteert het budget "
                "waarmee het verband zijn taken uitvoert."),
          ("p", "Voor de verdeling van dat budget hanteren wij een schoolmodel. Elk bestuur ontvangt per 1 januari een vast bedrag "
                "van € 6.000 per school en daarnaast € 92 per leerling, gerekend naar de teldatum 1 oktober van het voorgaande jaar. "
                "Uit dit budget organiseren de besturen de basisondersteuning van hoofdstuk 3 en de arrangementen van trede 2. "
                "Arrangementen die een school niet uit het eigen budget kan dragen, vraagt de intern begeleider aan bij de "
                "Commissie Toelaatbaarheid, die hiervoor ook als arrangeercommissie optreedt; zij beoordeelt de aanvraag op de "
                "ondersteuningsbehoefte van het kind en de inzet die de school al heeft gepleegd. Het algemeen bestuur stelt de "
                "bedragen elk jaar in december vast."),
          ("p", "Het verband houdt een algemene reserve aan van ten hoogste 5% van de jaarlijkse baten; de signaleringswaarde van "
                "de inspectie wordt niet overschreden."),
          ("p", "De meerjarenbegroting 2025-2029, met de bedragen per bestedingsdoel, stellen wij op nadat de jaarrekening 2024 "
                "is goedgekeurd. Zij wordt als addendum aan dit plan toegevoegd (p.m.).")]
    B += [("h1", "7. Ouders"),
          ("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij weten welke ondersteuning er in ons verband is "
                "en hoe zij daar gebruik van kunnen maken. Daarom informeren wij ouders op drie manieren. Elke school neemt in haar "
                "schoolgids de tien punten van de basisondersteuning op, met een beschrijving van wat de school daarbovenop biedt. "
                "Het verband geeft een ouderfolder uit (papier en digitaal, ook in het Engels, Pools en Arabisch) waarin de vier "
                "treden van hoofdstuk 4, de weg naar De Vaart en het so en de contactgegevens van het bureau staan. En twee keer "
                "per jaar organiseren wij een informatieavond voor ouders, afwisselend in Veenhoven en Zandhuizen."),
          ("p", "Ouders zijn vanzelfsprekend aanwezig bij het ondersteuningsteam als het over hun kind gaat, en hun zienswijze maakt "
                "deel uit van elke TLV-aanvraag. Met vragen over de ondersteuning van hun kind kunnen ouders terecht bij de intern "
                "begeleider of de directeur van de school, of bij de onderwijsadviseur van het verband."),
          ("p", "Een onafhankelijk ouder- en jeugdsteunpunt richten wij samen met het VO-verband in. Wij verwachten dat dit in de "
                "loop van 2026 van start gaat; hoe ouders het steunpunt kunnen bereiken, maken wij dan bekend.")]
    B += [("h1", "8. Gemeenten en jeugdhulp"),
          ("p", "Met de drie gemeenten hebben wij op 3 maart 2025 op overeenstemming gericht overleg gevoerd over het concept van dit "
                "plan. De gemeenten hebben geen bezwaren geuit. Gezamenlijke onderwerpen zijn de inzet van de gebiedsteams op "
                "school, het leerlingenvervoer naar De Vaart en naar de so-scholen buiten de regio, en de vroegsignalering bij "
                "jonge kinderen in de kinderopvang en peuteropvang. Met de gemeenten is afgesproken dat de medewerker van het "
                "gebiedsteam op afroep aansluit bij het ondersteuningsteam van de school, en dat jeugdhulp onder schooltijd "
                "mogelijk is als school, ouders en gebiedsteam daarover een gezamenlijk plan maken."),
          ("p", "Met het samenwerkingsverband voortgezet onderwijs hebben wij overleg gevoerd over de overstap naar het voortgezet "
                "onderwijs, in het bijzonder voor kinderen van De Vaart. De warme overdracht vindt plaats in maart van groep 8.")]
    B += [("h1", "9. Kwaliteit en resultaten"),
          ("p", "Dit hoofdstuk is in deze versie van het plan nog niet ingevuld. In het eerste planjaar stellen wij samen met de "
                "besturen en de ondersteuningsplanraad vast welke resultaten wij met de ondersteuning willen bereiken en hoe wij "
                "die gaan volgen. Het hoofdstuk wordt daarna als wijziging aan de ondersteuningsplanraad voorgelegd."),
          ("p", "Wel willen wij hier vastleggen dat wij kwaliteit niet alleen in cijfers zien. De gesprekken met intern begeleiders, "
                "de ervaringen van ouders en de verhalen van kinderen zijn voor ons even belangrijk.")]
    B += [("h1", "10. Organisatie en bestuur"),
          ("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder en een raad van "
                "toezicht van drie leden, van wie er één op voordracht van de ondersteuningsplanraad is benoemd. De drie "
                "schoolbesturen vormen samen het algemeen bestuur, dat de begroting, het jaarverslag en het ondersteuningsplan "
                "vaststelt. Het algemeen bestuur vergadert vijf keer per jaar. De directeur-bestuurder is belast met de dagelijkse "
                "leiding en legt verantwoording af aan de raad van toezicht."),
          ("p", "Voor ondersteuning op het gebied van financiën, personeelsadministratie en ICT maken wij gebruik van het "
                "administratiekantoor van een van de besturen. Dat houdt de overhead laag, wat voor een klein verband als het onze "
                "van groot belang is."),
          ("p", "Het verband verwerkt persoonsgegevens van leerlingen uitsluitend voor het toekennen van arrangementen en het "
                "afgeven van TLV's. Dossiers worden bewaard tot drie jaar na het besluit. Alleen de orthopedagoog, de secretaris "
                "van de commissie en de directeur-bestuurder hebben toegang.")]
    B += [("h1", "11. Medezeggenschap"),
          ("p", "De ondersteuningsplanraad bestaat uit zes leden: drie ouders en drie personeelsleden, afgevaardigd uit de "
                "medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
                "daarvan. De OPR vergadert vier keer per jaar, waarvan één keer met de raad van toezicht. De directeur-bestuurder "
                "is bij elke vergadering aanwezig. De OPR ontvangt een vergoeding per vergadering en kan scholing volgen op "
                "kosten van het verband."),
          ("p", "Het verband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het bureau. Gezien de omvang van "
                "het bureau is dit een personeelsvertegenwoordiging van één lid.")]
    B += [("h1", "12. Personeel en deskundigheid"),
          ("p", "De kracht van een klein verband zit in de mensen. De orthopedagoog en de onderwijsadviseurs kennen alle scholen "
                "en alle intern begeleiders. Wij investeren in hun deskundigheid door jaarlijks een scholingsbudget van € 2.500 per "
                "medewerker beschikbaar te stellen."),
          ("p", "Voor intern begeleiders organiseren wij een netwerk dat zes keer per jaar bijeenkomt. Twee keer per jaar is er een "
                "studiemiddag voor alle leerkrachten van de twaalf scholen, met een thema dat de intern begeleiders kiezen. In "
                "2025-2026 is dat thema 'gedrag in de onderbouw'. Leerkrachten van De Vaart verzorgen regelmatig een deel van het "
                "programma; zo wordt de kennis van het speciaal basisonderwijs breder gedeeld."),
          ("p", "Het lerarentekort raakt ook ons gebied. Wij merken dat vooral kleine scholen moeite hebben om vacatures voor "
                "intern begeleider te vullen. Daarom starten wij in 2025 een opleidingstraject waarin twee leerkrachten per jaar "
                "met steun van het verband de opleiding tot intern begeleider volgen.")]
    B += [("h1", "13. Planning 2025-2029"),
          ("table", [["Schooljaar", "Belangrijkste activiteiten"],
                     ["2025-2026", "Nieuwe toelaatbaarheidscriteria; inrichting ouder- en jeugdsteunpunt; invulling hoofdstuk 9; kijkwijzer basisondersteuning op alle scholen"],
                     ["2026-2027", "Start instroomgroep jonge kinderen op De Vaart; evaluatie verdeelmodel"],
                     ["2027-2028", "Tussentijdse evaluatie van het plan met de OPR"],
                     ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033; OOGO met gemeenten"]]),
          ("p", "Het jaarplan van het verband wordt elk jaar in juni vastgesteld en geeft aan welke activiteiten in het komende "
                "schooljaar worden uitgevoerd. Het jaarplan wordt besproken met de OPR.")]
    B += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het verband bieden."],
                     ["Beoogde resultaten", "De resultaten die het verband met de ondersteuning wil bereiken."],
                     ["Bereikte resultaten", "De resultaten die daadwerkelijk zijn behaald, zoals vastgelegd in het jaarverslag."],
                     ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor elk kind een passende plek is."],
                     ["Kwaliteitszorg", "Het systematisch volgen en verbeteren van de kwaliteit van de ondersteuning."],
                     ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                     ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen."],
                     ["Terugplaatsing", "Terugkeer van een leerling uit het speciaal (basis)onderwijs naar het reguliere onderwijs."],
                     ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."]]),
          ("h1", "Afkortingen"),
          ("p", "AB – ambulante begeleiding; GZ – gezondheidszorg; IB – intern begeleider; OOGO – op overeenstemming gericht overleg; "
                "OPP – ontwikkelingsperspectief; OPR – ondersteuningsplanraad; OT – ondersteuningsteam; sbo – speciaal basisonderwijs; "
                "so – speciaal onderwijs; SOP – schoolondersteuningsprofiel; SWV – samenwerkingsverband; TLV – toelaatbaarheidsverklaring.")]
    return B


P1_LABEL = {
    "sector": "po",
    "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present", "financien": "partial",
                 "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": True, "plaatsing.criteria": False,
                 "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": True, "financien.besteding": False,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": False, "resultaten.monitoring": False,
                 "ouders.informatie": True, "ouders.steunpunt": False},
    "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3 defines the jointly agreed minimum for all 12 schools and lists concrete provisions; kijkwijzer = borging.",
        "plaatsing": "H5.1/5.2 give applicant, Commissie Toelaatbaarheid, 6 weeks, deskundigen, duration, category; H5.3 defers the criteria to 2025-2026.",
        "terugstroom": "Hidden inside the TLV chapter (5.4): policy, conditions, terugkeerarrangement and steps/deadlines in last TLV year.",
        "financien": "H6 gives schoolmodel (vaste voet + per-leerling amount, arrangeercommissie) but the meerjarenbegroting is 'p.m.' addendum; no spending amounts.",
        "dekkend-aanbod": "H4: four treden incl. bovenschoolse voorzieningen; 4.2 witte vlekken with actions, thuiszitters overleg, doorzettingsmacht, zorgplicht.",
        "resultaten": "H9 'Kwaliteit en resultaten' is an explicit placeholder (to be filled in first plan year); glossary defines the terms only.",
        "ouders": "H7: schoolgids, multilingual folder, info evenings = informatie; independent steunpunt only deferred to 'loop van 2026' (IB/directeur are not independent).",
    },
}


# ---------------------------------------------------------------------------
# Plan 2: very large VO verband, .pdf rendered from .docx
# ---------------------------------------------------------------------------
P2_NAME = "Samenwerkingsverband Voortgezet Onderwijs Deltastad"


def plan_p2():
    n = P2_NAME
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", n + " (VO 27-03)"),
          ("p", "Samen sterk voor elke leerling in de regio Deltastad, Westhaven, Polderwijk en Kreekdorp"),
          ("p", "Versie 1.3 – definitief, vastgesteld door het bestuur op 22 april 2025"),
          ("pagebreak",)]
    B += [("h1", "Inhoud"),
          ("toc", [("Voorwoord", 3), ("Samenvatting", 4), ("1. Waar we vandaan komen", 6), ("2. De regio in cijfers", 8),
                   ("3. Koers 2025-2029", 10), ("4. Basisondersteuning", 12), ("5. Het ondersteuningscontinuüm en het dekkend netwerk", 15),
                   ("6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)", 20), ("7. Terugplaatsing en overstap", 25),
                   ("8. Geld en middelen", 27), ("9. Ambities en beoogde resultaten", 31), ("10. Bestuur, toezicht en medezeggenschap", 34),
                   ("11. Organisatie en personeel", 36), ("12. Informatievoorziening en privacy", 38), ("13. Communicatie", 39),
                   ("14. Ouders en leerlingen", 40), ("Begrippenlijst", 41), ("Overzicht bijlagen", 43)]),
          ("pagebreak",)]
    B += [("h1", "Voorwoord"),
          ("p", "Met ruim 51.000 leerlingen, 19 schoolbesturen en 74 vestigingen behoort ons samenwerkingsverband tot de grootste van "
                "Nederland. Die omvang is een gegeven waar we mee moeten werken. Het betekent dat we niet alles centraal kunnen "
                "regelen, en dat ook niet willen: de kracht zit in de scholen en in de vier deelregio's, waar schoolleiders, "
                "ondersteuningscoördinatoren en ketenpartners elkaar dagelijks tegenkomen. Tegelijk vraagt onze omvang om heldere "
                "kaders, omdat anders 74 vestigingen 74 verschillende interpretaties van passend onderwijs hanteren."),
          ("p", "Dit plan is het resultaat van een traject van bijna anderhalf jaar, met zes regiobijeenkomsten, een digitale "
                "consultatie onder alle ondersteuningscoördinatoren, gesprekken met leerlingen van vier scholen en een intensief "
                "traject met de ondersteuningsplanraad. We hebben gekozen voor een compacter plan dan in de vorige periode. Waar "
                "dat kon, hebben we uitvoeringsafspraken naar het jaarplan en naar bijlagen verplaatst, zodat dit plan de koers "
                "beschrijft en de jaarplannen de uitvoering."),
          ("p", "Ik wil alle betrokkenen bedanken voor hun inzet, en in het bijzonder de leerlingen die ons lieten zien dat passend "
                "onderwijs begint met luisteren."),
          ("p", "Drs. R.J. Verschoor MBA, voorzitter college van bestuur")]
    B += [("h1", "Samenvatting"),
          ("p", "In de periode 2025-2029 richten we ons op vier speerpunten: (1) een sterke en herkenbare basisondersteuning op "
                "alle vestigingen; (2) een dekkend netwerk waarin geen leerling thuis komt te zitten; (3) snelle en zorgvuldige "
                "toewijzing van extra ondersteuning; (4) meer leerlingen die vanuit het vso of een tussenvoorziening terugkeren naar "
                "het reguliere voortgezet onderwijs. De financiële middelen zetten we zo dicht mogelijk bij de leerling in. De "
                "reserves bouwen we verder af. De hoofdstukken 4 tot en met 9 werken deze speerpunten uit."),
          ("p", "Het plan is tot stand gekomen in overleg met de gemeenten (OOGO op 11 maart 2025), met de aangrenzende "
                "samenwerkingsverbanden primair onderwijs en met de ondersteuningsplanraad, die op 15 april 2025 instemde.")]
    B += [("h1", "1. Waar we vandaan komen"),
          ("p", "Het samenwerkingsverband ontstond in 2014 uit een fusie van drie voormalige regionale verbanden. De eerste jaren "
                "stonden in het teken van het bouwen van een organisatie: een bureau, een loket, een commissie en afspraken tussen "
                "negentien besturen met zeer verschillende culturen. In de tweede planperiode verschoof de aandacht naar de "
                "deelregio's. Elke deelregio kreeg een eigen regiomanager en een eigen regio-overleg van schoolleiders."),
          ("p", "De derde planperiode (2021-2025) werd sterk beïnvloed door de nasleep van de coronaperiode, door het lerarentekort "
                "en door de verbeteraanpak passend onderwijs. We hebben in die periode het loket gereorganiseerd en de administratieve "
                "lasten voor scholen verminderd. Een uitgebreide terugblik op die periode is opgenomen in het jaarverslag 2024, dat "
                "los van dit plan is gepubliceerd.")]
    B += [("h1", "2. De regio in cijfers"),
          ("table", [["Deelregio", "Gemeente(n)", "Vestigingen", "Leerlingen 1-10-2024"],
                     ["Deltastad-Centrum", "Deltastad", "24", "17.420"],
                     ["Deltastad-Zuid", "Deltastad", "19", "13.060"],
                     ["Westhaven", "Westhaven", "17", "11.890"],
                     ["Polder en Kreek", "Polderwijk, Kreekdorp", "14", "9.470"],
                     ["Totaal", "", "74", "51.840"]]),
          ("p", "Van de 74 vestigingen zijn er 9 scholen voor praktijkonderwijs en 8 vso-scholen (cluster 3 en 4). Op 31 vestigingen "
                "wordt leerwegondersteunend onderwijs gegeven. Het verband kent twee orthopedagogisch-didactische centra (OPDC), "
                "één in Deltastad en één in Westhaven. Het leerlingaantal is de afgelopen jaren stabiel gebleven; de prognose voor "
                "2029 laat een lichte daling zien in Polder en Kreek en een lichte stijging in Deltastad-Zuid door nieuwbouw.")]
    B += [("h1", "3. Koers 2025-2029"),
          ("p", "Onze missie is dat elke jongere in de regio onderwijs volgt dat past bij wat hij of zij nodig heeft, zo dicht "
                "mogelijk bij huis en zo regulier als mogelijk. Dat klinkt eenvoudig, maar het vraagt van scholen dat zij de "
                "ondersteuning naar de leerling brengen in plaats van de leerling naar de ondersteuning. Onze visie rust op drie "
                "pijlers: vertrouwen in de professional, eigenaarschap van besturen en een stevige regie van het verband waar de "
                "belangen van een leerling anders tussen de besturen in vallen."),
          ("p", "We willen een verband zijn dat faciliteert en verbindt, en dat alleen ingrijpt waar dat nodig is. Dat betekent dat "
                "we in deze periode minder tijd willen besteden aan formulieren en meer aan het gesprek: met de school, met de "
                "jongere, met de jeugdhulp. Het betekent ook dat de middelen van het verband zoveel mogelijk via de besturen naar de "
                "scholen gaan, met heldere afspraken over wat daarvoor geleverd wordt.")]
    B += [("h1", "4. Basisondersteuning"),
          ("p", "Basisondersteuning is in ons verband de gezamenlijk afgesproken ondergrens van ondersteuning die iedere vestiging "
                "in het reguliere voortgezet onderwijs biedt, ongeacht bestuur, denominatie of onderwijsniveau. De 19 besturen hebben "
                "in het bestuurlijk overleg van november 2024 vastgesteld dat deze ondergrens voor alle vestigingen gelijk is. Een "
                "vestiging kan er niet van afwijken, ook niet als zij een specifiek profiel heeft. Scholen voor praktijkonderwijs en "
                "vso-scholen vallen buiten deze afspraak, omdat zij per definitie meer dan basisondersteuning bieden."),
          ("p", "De inhoud van de basisondersteuning is uitgewerkt in de Kwaliteitskaart Basisondersteuning VO Deltastad (bijlage 2), "
                "die de standaarden en de bijbehorende concretiseringen per standaard bevat."),
          ("p", "Het verband ziet erop toe dat vestigingen de basisondersteuning daadwerkelijk bieden. Jaarlijks bezoekt een "
                "auditteam van twee ondersteuningscoördinatoren van andere besturen en een beleidsmedewerker van het verband een "
                "kwart van de vestigingen; zo komt elke vestiging eens in de vier jaar aan de beurt. Het auditteam bespreekt zijn "
                "bevindingen met de schoolleiding en legt verbeterafspraken schriftelijk vast. Als een vestiging na een jaar de "
                "verbeterafspraken niet is nagekomen, bespreekt de directeur van het verband dit met het bevoegd gezag, en kan het "
                "bestuur besluiten een deel van het budget lichte ondersteuning van dat bestuur te oormerken voor verbetering.")]
    B += [("h1", "5. Het ondersteuningscontinuüm en het dekkend netwerk"),
          ("h2", "5.1 Vier niveaus"),
          ("p", "Ons ondersteuningscontinuüm bestaat uit vier niveaus. Niveau 1 is de basisondersteuning op elke vestiging. Niveau 2 "
                "omvat de extra ondersteuning die een school zelf inricht met het budget lichte ondersteuning: een "
                "trajectvoorziening of time-out-ruimte op de eigen school, kleinere klassen in het vmbo, mentoraat-plus, "
                "leerwegondersteuning, faalangst- en sociale-vaardigheidstrainingen. Niveau 3 omvat de bovenschoolse voorzieningen "
                "van het verband: de twee OPDC's (De Overstap in Deltastad, 96 plaatsen; Het Anker in Westhaven, 48 plaatsen), "
                "de reboundvoorziening voor tijdelijke opvang van maximaal twaalf weken, de observatievoorziening voor "
                "nieuwkomers met een ondersteuningsvraag, en de onderwijs-zorgarrangementen die we met jeugdhulpaanbieders "
                "uitvoeren. Niveau 4 is het voortgezet speciaal onderwijs en het praktijkonderwijs."),
          ("p", "De niveaus zijn geen trap die een leerling moet beklimmen. Een leerling kan direct van niveau 1 naar niveau 4 als "
                "dat nodig is; de toewijzing is gebaseerd op wat de leerling nodig heeft."),
          ("h2", "5.2 Geen leerling tussen wal en schip"),
          ("p", "Elke deelregio heeft een thuiszitterstafel, die om de twee weken bijeenkomt. Aan tafel zitten de regiomanager, "
                "leerplicht, de jeugdhulpregisseur van de gemeente en de betrokken scholen. Elke leerling die vier weken of langer "
                "geen onderwijs volgt of dreigt te volgen, wordt aan tafel besproken, met als doel binnen acht weken een plek te "
                "vinden. Lukt dit niet, dan gaat de casus naar het centrale plekkenoverleg, waar de directeur van het verband "
                "doorzettingsmacht heeft: hij kan een school of voorziening aanwijzen die de leerling tijdelijk opvangt."),
          ("p", "Het verband houdt een wachtlijstmonitor bij voor het vso, de OPDC's en de onderwijs-zorgarrangementen. Wanneer voor "
                "een voorziening meer dan tien leerlingen langer dan zes weken wachten, bespreekt het bestuur maatregelen. Uit de "
                "analyse van de afgelopen twee jaar blijken drie lacunes: een voorziening voor hoogbegaafde leerlingen met een "
                "ondersteuningsbehoefte die vastlopen in het reguliere vwo, onvoldoende plaatsen in het vso cluster 4 voor "
                "meisjes met internaliserende problematiek, en een tekort aan onderwijs-zorgplaatsen in Polder en Kreek. Voor "
                "elk van deze lacunes is in het jaarplan 2025-2026 een projectgroep benoemd, met een startdatum en een "
                "verantwoordelijke bestuurder."),
          ("h2", "5.3 Samenwerking met jeugdhulp"),
          ("p", "Met de vier gemeenten hebben we afgesproken dat op elke vestiging een jeugd- en gezinswerker een vast aantal uren "
                "aanwezig is, betaald door de gemeenten. Het verband financiert de onderwijskant van de onderwijs-zorgarrangementen, "
                "de gemeenten de zorgkant. Afspraken over leerlingenvervoer, onderwijshuisvesting en de aansluiting met het mbo "
                "worden in het OOGO twee keer per jaar besproken.")]
    B += [("h1", "6. Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
          ("h2", "6.1 Het loket"),
          ("p", "Alle aanvragen voor niveau 3 en 4 komen binnen bij het Loket Toewijzing van het verband. Het bevoegd gezag van "
                "de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in via het digitale aanvraagsysteem. "
                "De aanvraag bevat het groeidocument, het ontwikkelingsperspectiefplan, het verslag van het multidisciplinair "
                "overleg en, voor lwoo en pro, de resultaten van het psychodiagnostisch onderzoek en de didactische toetsen. Het "
                "loket toetst binnen vijf werkdagen of de aanvraag volledig is."),
          ("p", "De Commissie Toewijzing, bestaande uit twee orthopedagogen, een psycholoog, een jeugdarts en een "
                "onderwijsspecialist, beoordeelt de aanvraag. Voor elke aanvraag voor een TLV vso brengen twee leden van de commissie "
                "elk een eigen schriftelijk deskundigenadvies uit: een orthopedagoog of psycholoog en een tweede deskundige "
                "afhankelijk van de problematiek. De directeur neemt namens het bestuur binnen zes weken na ontvangst van de "
                "volledige aanvraag een besluit. Bij spoed kan dit binnen tien werkdagen."),
          ("h2", "6.2 Criteria"),
          ("p", "De commissie hanteert de onderstaande criteria. Aan alle criteria in de kolom moet zijn voldaan."),
          ("table", [["Voorziening", "Criteria voor toelaatbaarheid / toewijzing"],
                     ["vso (cluster 3 en 4)", "1. De school heeft de basisondersteuning en de extra ondersteuning op niveau 2 aantoonbaar ten minste zes maanden ingezet en geëvalueerd; "
                      "2. de ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, sociaal-emotioneel, fysiek/medisch en communicatie overstijgt wat een reguliere school met arrangementen kan bieden; "
                      "3. de leerling heeft een combinatie van onderwijs en zorg of een beschermende, kleinschalige leeromgeving nodig die alleen het vso kan bieden."],
                     ["lwoo", "Landelijke criteria: IQ tussen 75 en 90 met een leerachterstand van 25% tot 50% op ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen; of IQ 91-120 met dezelfde leerachterstand en sociaal-emotionele problematiek (faalangst, prestatiemotivatie, emotionele instabiliteit)."],
                     ["pro", "Landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van 50% of meer op ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen."],
                     ["OPDC", "Tijdelijke plaatsing (maximaal twee jaar) voor leerlingen die op niveau 2 zijn vastgelopen en met een gerichte tussenstap kunnen terugkeren naar het regulier onderwijs."]]),
          ("h2", "6.3 Duur en categorie"),
          ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag, tenzij de deskundigen een "
                "andere categorie adviseren (midden bij een lichamelijke beperking of langdurige ziekte, hoog bij een meervoudige "
                "beperking). Een lwoo-aanwijzing geldt voor de gehele duur van de opleiding. Een TLV pro geldt voor de gehele "
                "schoolloopbaan in het praktijkonderwijs.")]
    B += [("h1", "7. Terugplaatsing en overstap"),
          ("p", "Wij willen dat meer leerlingen vanuit het vso en de OPDC's een plek vinden in het regulier voortgezet onderwijs of "
                "in het mbo. Plaatsing in het vso of een OPDC is voor ons in principe tijdelijk. Terugkeer is het uitgangspunt "
                "wanneer de leerling de doelen uit het ontwikkelingsperspectief heeft gehaald en een reguliere school met "
                "ondersteuning op niveau 2 kan bieden wat nog nodig is. Leerlingen met een blijvende ondersteuningsbehoefte "
                "worden niet onder druk gezet om over te stappen."),
          ("p", "Bij terugkeer ontvangt de ontvangende school een terugkeerarrangement: gedurende één schooljaar een budget voor "
                "begeleiding door een medewerker van de vso-school of het OPDC, gekoppeld aan een vaste mentor op de nieuwe school. "
                "Scholen in de eigen deelregio hebben een voorrangsplicht om teruggeplaatste leerlingen op te nemen."),
          ("p", "Het protocol dat beschrijft hoe het aflopen van een TLV wordt voorbereid, wie het initiatief neemt en op welke "
                "momenten er wordt geëvalueerd, wordt in het schooljaar 2025-2026 door de vso-directeuren en het loket opgesteld.")]
    B += [("h1", "8. Geld en middelen"),
          ("h2", "8.1 Inkomsten"),
          ("p", "Het verband ontvangt in 2025 naar verwachting € 62,4 miljoen aan rijksbijdragen voor lichte en zware "
                "ondersteuning, inclusief de middelen voor lwoo en pro. Daarvan wordt € 24,9 miljoen door DUO rechtstreeks "
                "afgedragen aan de vso-scholen op basis van de TLV's en de teldatum 1 oktober."),
          ("h2", "8.2 Verdeling"),
          ("p", "Het verband hanteert een verdeelmodel met drie stromen. Stroom A: het budget lichte ondersteuning gaat naar de "
                "besturen op basis van een vast bedrag van € 145 per leerling (teldatum 1 oktober van het voorgaande jaar), "
                "aangevuld met een vaste voet van € 35.000 per vestiging. Stroom B: de lwoo- en pro-middelen gaan naar de besturen "
                "op basis van het aantal leerlingen met een lwoo-aanwijzing of TLV pro op 1 oktober. Stroom C: het verband houdt "
                "de middelen voor de bovenschoolse voorzieningen, de onderwijs-zorgarrangementen en het loket zelf aan. Het "
                "bestuur stelt de bedragen per stroom jaarlijks vóór 1 december vast na advies van het financieel overleg van de "
                "besturen."),
          ("h2", "8.3 Besteding en meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten rijksbijdragen", "62.400", "62.100", "61.700", "61.300"],
                     ["Afdracht vso (DUO)", "-24.900", "-25.200", "-25.400", "-25.500"],
                     ["Stroom A lichte ondersteuning besturen", "10.130", "10.050", "9.960", "9.880"],
                     ["Stroom B lwoo en pro", "17.600", "17.450", "17.300", "17.150"],
                     ["OPDC's en rebound", "4.850", "4.850", "4.800", "4.800"],
                     ["Onderwijs-zorgarrangementen", "1.900", "2.100", "2.100", "2.100"],
                     ["Terugkeerarrangementen", "350", "450", "500", "550"],
                     ["Loket, commissie en bureau", "2.950", "2.950", "2.900", "2.900"],
                     ["Resultaat", "-280", "-950", "-1.260", "-1.580"]]),
          ("p", "De negatieve resultaten zijn bewust begroot: zij zijn onderdeel van de afbouw van de reserves. De algemene reserve "
                "daalt van € 9,8 miljoen eind 2024 naar € 5,7 miljoen eind 2028, wat boven het berekende risicoprofiel blijft. "
                "Besturen leggen jaarlijks in hun jaarverslag verantwoording af over de besteding van stroom A en B, aan de hand van "
                "een format van het verband.")]
    B += [("h1", "9. Ambities en beoogde resultaten"),
          ("p", "Per speerpunt hebben we vastgelegd wat we in 2029 willen bereiken:"),
          ("table", [["Speerpunt", "Beoogd resultaat in 2029"],
                     ["Basisondersteuning", "Alle 57 reguliere vestigingen voldoen aan de kwaliteitskaart; bij de audit scoort geen vestiging op meer dan twee standaarden onvoldoende."],
                     ["Dekkend netwerk", "Geen leerling zit langer dan drie maanden thuis zonder passend aanbod; het aantal absoluut verzuimers is gehalveerd ten opzichte van 2024."],
                     ["Toewijzing", "90% van de besluiten wordt binnen zes weken genomen; de gemiddelde doorlooptijd is maximaal 25 werkdagen."],
                     ["Terugplaatsing", "Jaarlijks keren ten minste 60 leerlingen vanuit vso of OPDC terug naar het regulier onderwijs of mbo."]]),
          ("p", "Hoe we de voortgang op deze ambities meten en erover rapporteren, leggen we vast in het kwaliteitskader van het "
                "verband, dat in de loop van 2026 verschijnt.")]
    B += [("h1", "10. Bestuur, toezicht en medezeggenschap"),
          ("p", "Het verband is een vereniging. De algemene ledenvergadering bestaat uit de 19 aangesloten besturen. Het "
                "bestuur bestaat uit een college van bestuur van twee personen, onder toezicht van een raad van toezicht van vijf "
                "onafhankelijke leden. De raad van toezicht keurt de begroting en het ondersteuningsplan goed, benoemt de accountant "
                "en is werkgever van het college."),
          ("p", "De ondersteuningsplanraad (OPR) telt 16 leden, vier per deelregio, afgevaardigd door de medezeggenschapsraden van "
                "de aangesloten vestigingen. De OPR heeft instemmingsrecht op het ondersteuningsplan en vergadert zes keer per jaar. "
                "Het verband faciliteert de OPR met ambtelijke ondersteuning, een scholingsbudget en een jaarlijkse "
                "achterbanbijeenkomst. Daarnaast heeft het verband een eigen medezeggenschapsraad voor de 48 medewerkers.")]
    B += [("h1", "11. Organisatie en personeel"),
          ("p", "Het bureau van het verband telt 48 medewerkers (39,2 fte): het college, vier regiomanagers, het loket met "
                "twaalf medewerkers, de Commissie Toewijzing, een team beleid en kwaliteit, en een team bedrijfsvoering. Daarnaast "
                "werken circa 130 medewerkers in dienst van de besturen in de OPDC's en de reboundvoorziening."),
          ("p", "Het lerarentekort treft ook de voorzieningen van het verband. We investeren in een eigen traineeship voor "
                "leraren in de OPDC's, in een netwerk voor ondersteuningscoördinatoren en in een jaarlijkse conferentie passend "
                "onderwijs voor alle medewerkers van de 74 vestigingen. In 2025-2026 staat die conferentie in het teken van "
                "executieve functies en schoolverzuim.")]
    B += [("h1", "12. Informatievoorziening en privacy"),
          ("p", "Het verband werkt met een digitaal aanvraag- en dossiersysteem waarin scholen aanvragen indienen en besluiten "
                "ontvangen. Het systeem voldoet aan de eisen van de AVG. Persoonsgegevens worden bewaard tot drie jaar na het "
                "laatste besluit. Er is een functionaris gegevensbescherming die gedeeld wordt met twee andere verbanden."),
          ("p", "In 2026 migreren we naar een nieuw systeem dat ook de thuiszitterstafels en de wachtlijstmonitor ondersteunt.")]
    B += [("h1", "13. Communicatie"),
          ("p", "Het verband communiceert met scholen via een maandelijkse nieuwsbrief voor schoolleiders en "
                "ondersteuningscoördinatoren, via het kennisplatform voor professionals en via de regio-overleggen. Vacatures, "
                "nascholing en nieuws over voorzieningen verschijnen op het platform. Voor de communicatie met gemeenten en "
                "ketenpartners is er twee keer per jaar een netwerkbijeenkomst.")]
    B += [("h1", "14. Ouders en leerlingen"),
          ("p", "De informatievoorziening aan ouders en leerlingen en de samenwerking met het ouder- en jeugdsteunpunt worden "
                "beschreven in het Communicatieplan Ouders en Leerlingen 2025-2027 (bijlage 7). Meer informatie staat op de "
                "ouderpagina van onze website.")]
    B += filler(n, "vo", 0)
    B += [("h1", "Begrippenlijst"),
          ("table", [["Term", "Omschrijving"],
                     ["Basisondersteuning", "Ondersteuning die alle vestigingen bieden, vastgelegd in de kwaliteitskaart."],
                     ["Kwaliteitskader", "Document waarin het verband vastlegt hoe het de kwaliteit van de ondersteuning en de resultaten volgt."],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."],
                     ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij vastgelopen situaties."],
                     ["Schoolgids", "Jaarlijkse gids van een school met informatie voor ouders, waaronder de ondersteuning."],
                     ["Terugkeerarrangement", "Begeleiding na terugkeer uit vso of OPDC."],
                     ["TLV", "Toelaatbaarheidsverklaring."]]),
          ("h1", "Overzicht bijlagen"),
          ("bul", ["Bijlage 1 – Lijst van aangesloten besturen en vestigingen",
                   "Bijlage 2 – Kwaliteitskaart Basisondersteuning VO Deltastad",
                   "Bijlage 3 – Stroomschema Loket Toewijzing",
                   "Bijlage 4 – Verslag OOGO 11 maart 2025",
                   "Bijlage 5 – Instemmingsbrief OPR",
                   "Bijlage 6 – Jaarplan 2025-2026",
                   "Bijlage 7 – Communicatieplan Ouders en Leerlingen 2025-2027",
                   "De bijlagen worden afzonderlijk gepubliceerd."])]
    return B


P2_LABEL = {
    "sector": "vo",
    "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial", "financien": "present",
                 "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": True, "plaatsing.criteria": True,
                 "terugstroom.procedure": False, "terugstroom.beleid": True,
                 "financien.verdeling": True, "financien.besteding": True,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": True, "resultaten.monitoring": False,
                 "ouders.informatie": False, "ouders.steunpunt": False},
    "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                           "resultaten": ["meetbaar"]},
    "notes": {
        "basisondersteuning": "H4 defines the common minimum for all vestigingen and an audit (borging), but the concrete standards are only in the absent Kwaliteitskaart (bijlage 2).",
        "plaatsing": "H6 'Toewijzing': loket, applicant, dossier, Commissie Toewijzing, 6 weeks; criteria for vso/lwoo/pro only in the 6.2 table; duration/category in 6.3.",
        "terugstroom": "H7 gives policy (aim, conditions, terugkeerarrangement) but the procedure protocol is to be drafted in 2025-2026.",
        "financien": "H8 'Geld en middelen': three-stream verdeelmodel with amounts and deciding body; meerjarenbegroting table 2025-2028; reserves and verantwoording.",
        "dekkend-aanbod": "H5: four niveaus incl. OPDC/rebound/OZA; thuiszitterstafel, plekkenoverleg with doorzettingsmacht, wachtlijstmonitor, named lacunes with projects.",
        "resultaten": "H9 table gives beoogde resultaten with targets; how they are measured is deferred to a kwaliteitskader 'in de loop van 2026'; no achieved results reported (terugblik refers to separate jaarverslag).",
        "ouders": "H14 only refers to absent bijlage 7 and the website; OJSP/onderwijsconsulent appear only in the begrippenlijst; OPR text does not mention parents.",
    },
}


# ---------------------------------------------------------------------------
# Plan 3: medium PO verband, .pdf rendered from .docx
# ---------------------------------------------------------------------------
P3_NAME = "Samenwerkingsverband Primair Onderwijs Eemlanden-Zuid"


def plan_p3():
    n = P3_NAME
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029: Ruimte voor ieder kind"),
          ("p", n + " (PO 26-08)"),
          ("p", "46 basisscholen, 2 scholen voor speciaal basisonderwijs, 9 schoolbesturen, 5 gemeenten"),
          ("pagebreak",)]
    B += [("h1", "Inhoudsopgave"),
          ("toc", [("Woord vooraf", 2), ("Deel A – Wie wij zijn", 3), ("1. Het verband", 3), ("2. Waar wij voor staan", 5),
                   ("Deel B – Wat kinderen krijgen", 7), ("3. Het fundament op elke school (basisondersteuning)", 7),
                   ("4. Ondersteuningsaanbod en dekkend aanbod", 10), ("5. Toelaatbaarheid en terugplaatsing", 13),
                   ("Deel C – Hoe wij het organiseren", 14), ("6. Financiën", 14), ("7. Wat wij willen bereiken en hoe wij dat volgen", 16),
                   ("8. Ouders", 19), ("9. Samenwerking met gemeenten", 20), ("10. Governance en medezeggenschap", 21),
                   ("11. Mensen en middelen van het bureau", 22), ("12. Jaarcyclus", 23), ("Bijlage: begrippen", 24)]),
          ("pagebreak",)]
    B += [("h1", "Woord vooraf"),
          ("p", "Ruimte voor ieder kind. Dat is de titel van dit plan en ook de belofte die de negen schoolbesturen in Eemlanden-Zuid "
                "aan elkaar en aan de kinderen in de regio doen. Ruimte betekent: ruimte in de klas voor verschillen, ruimte in de "
                "school voor de expertise die nodig is, en ruimte in ons verband voor maatwerk waar het standaardaanbod niet past."),
          ("p", "Het vorige plan was ambitieus op papier. In de praktijk merkten wij dat scholen niet altijd wisten wat er van hen "
                "verwacht werd, en dat de afspraken over wat elke school zelf doet te vaag waren. In dit plan hebben wij daarom veel "
                "aandacht besteed aan het fundament: wat ieder kind op iedere school van ons verband mag verwachten. Ook hebben wij "
                "de resultaten scherper geformuleerd, zodat wij over vier jaar kunnen laten zien wat het plan heeft opgeleverd."),
          ("p", "Dit plan is besproken met de ondersteuningsplanraad, die op 10 april 2025 heeft ingestemd, en met de vijf gemeenten "
                "in het op overeenstemming gericht overleg van 20 maart 2025."),
          ("p", "Een plan schrijven is één ding; het waarmaken is iets anders. Wij vragen van iedereen in ons verband om dit "
                "plan niet in een la te leggen, maar het te gebruiken in het gesprek over kinderen: in het ondersteuningsteam, in "
                "het directeurenoverleg en in de vergaderingen van de besturen. Alleen dan krijgt ieder kind werkelijk de ruimte "
                "die de titel belooft. Wij hopen dat ook de leden van de medezeggenschapsraden dit plan gebruiken om ons kritisch "
                "te blijven bevragen."),
          ("p", "Namens het bestuur, J.W. de Kruijff, directeur")]
    B += [("h1", "Deel A – Wie wij zijn"),
          ("h2", "1. Het verband"),
          ("p", "Eemlanden-Zuid is een middelgroot samenwerkingsverband met 46 basisscholen en 2 scholen voor speciaal basisonderwijs, "
                "De Kameleon en De Wegwijzer. Op 1 oktober 2024 zaten er 11.870 leerlingen op de basisscholen en 312 op de twee "
                "sbo-scholen. Binnen de grenzen van het verband liggen twee locaties voor speciaal onderwijs cluster 3 en één locatie "
                "voor cluster 4, die onder een bestuur van buiten de regio vallen. De negen besturen variëren van een eenpitter met "
                "één school tot een stichting met veertien scholen."),
          ("p", "De regio bestaat uit een middelgrote stad met drie omliggende dorpen en een landelijke gemeente in het zuiden. In de "
                "stad is de populatie divers, met een hoog aandeel kinderen dat thuis een andere taal spreekt. In de dorpen zijn de "
                "scholen klein en soms kwetsbaar. Die verschillen vragen om afspraken die in beide situaties werken."),
          ("h2", "2. Waar wij voor staan"),
          ("p", "Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen op een school waar het gezien wordt. Dat is in de "
                "meeste gevallen de school om de hoek. Onze missie is dat het onderwijs in Eemlanden-Zuid zo is ingericht dat "
                "kinderen met een ondersteuningsbehoefte niet hoeven te wachten, niet hoeven te reizen en niet hoeven te bewijzen dat "
                "zij anders zijn om geholpen te worden."),
          ("p", "Drie waarden leiden ons: nabijheid (dichtbij het kind organiseren), vakmanschap (de leraar als professional) en "
                "eerlijkheid (middelen naar waar ze nodig zijn). Deze waarden zijn in 2024 opgesteld in bijeenkomsten met directeuren, "
                "intern begeleiders en leden van de medezeggenschapsraden.")]
    B += [("h2", "Terugblik op 2021-2025"),
          ("p", "De vorige planperiode begon midden in de coronaperiode. Scholen hadden hun handen vol aan het opvangen van "
                "achterstanden en aan het welbevinden van kinderen, en veel plannen van het verband kwamen later op gang dan "
                "bedoeld. Toch is er veel gebeurd. Het bureau is verhuisd naar een centrale locatie, het digitale dossier is "
                "ingevoerd en de schoolcontactpersonen hebben een vaste plek gekregen in de ondersteuningsteams van de scholen. "
                "Met de negen besturen is een nieuwe werkwijze voor het bestuurlijk overleg afgesproken, waarin niet langer de "
                "verdeling van geld, maar de inhoud centraal staat."),
          ("p", "Wat minder goed ging, benoemen wij ook. De samenwerking met de gemeenten was in de eerste jaren vooral "
                "procedureel. Scholen ervoeren de aanvraag van arrangementen als bureaucratisch. En in de kleine dorpsscholen "
                "was het moeilijk om voldoende tijd voor de intern begeleider vrij te maken. Deze lessen hebben wij in dit plan "
                "meegenomen."),
          ("h2", "Meertaligheid en nieuwkomers"),
          ("p", "In de stad groeit het aantal kinderen dat thuis een andere taal spreekt. Een deel van hen komt als nieuwkomer "
                "naar Nederland. Nieuwkomers beginnen in de nieuwkomersklas van de gemeente, die onder verantwoordelijkheid van "
                "een van de besturen valt, en stromen na een jaar door naar een basisschool in de wijk. De schakelklas van het "
                "verband is bedoeld voor kinderen die na de nieuwkomersklas nog een intensief taalprogramma nodig hebben. Wij "
                "zien meertaligheid niet als probleem maar als rijkdom: kinderen die twee talen spreken, hebben die talen "
                "allebei nodig om zich te ontwikkelen.")]
    B += [("h1", "Deel B – Wat kinderen krijgen"),
          ("h2", "3. Het fundament op elke school"),
          ("p", "Het fundament is wat ieder kind op iedere school van Eemlanden-Zuid krijgt zonder dat er iets aangevraagd hoeft te "
                "worden. In de wet heet dit basisondersteuning. De negen besturen hebben dit fundament vastgelegd als bindende "
                "ondergrens voor alle 46 scholen en al hun locaties; een school die er nog niet aan voldoet, werkt er aantoonbaar naar "
                "toe en bereikt het uiterlijk 1 augustus 2026."),
          ("p", "Het fundament bestaat uit acht bouwstenen:"),
          ("num", ["Een school met een voldoende oordeel van de inspectie, die handelingsgericht en planmatig werkt.",
                   "Een intern begeleider met tijd: minimaal 0,1 fte per 80 leerlingen.",
                   "Een ondersteuningsteam per school dat ten minste vijf keer per jaar bijeenkomt, met de schoolcontactpersoon van het verband.",
                   "Een aanpak voor lezen en rekenen: het dyslexieprotocol, het protocol ERWD, remediërende instructie in een kleine groep en voorleessoftware.",
                   "Een aanpak voor gedrag en welbevinden: een schoolbrede gedragsaanpak, een pestcoördinator en een jaarlijkse veiligheidsmeting.",
                   "Een aanbod voor kinderen die meer aankunnen: compacten en verrijken in de klas en een plusklas op bovenschools niveau.",
                   "Taalondersteuning voor kinderen met een taalachterstand en NT2-leerlingen, met ten minste twee uur extra taalinstructie per week in de eerste twee jaar.",
                   "Afspraken over medisch handelen en over de samenwerking met de jeugdverpleegkundige en het wijkteam."]),
          ("p", "Elke school beschrijft in haar ondersteuningsprofiel hoe zij de acht bouwstenen invult. Het verband bezoekt elke "
                "school eens per twee jaar voor een fundamentgesprek, waarin de directeur aan de hand van voorbeelden laat zien "
                "hoe de bouwstenen werken. Het verslag gaat naar het bestuur van de school. Scholen die op een bouwsteen achterblijven, "
                "krijgen begeleiding van een adviseur van het verband."),
          ("h2", "4. Ondersteuningsaanbod en dekkend aanbod"),
          ("p", "Boven op het fundament kent ons verband een aanbod in drie lagen. De eerste laag zijn de arrangementen op de "
                "eigen school: de school kan bij het verband een individueel of groepsarrangement aanvragen voor een periode van "
                "maximaal een jaar, bijvoorbeeld voor een onderwijsassistent, een gedragsspecialist in de klas of een "
                "taal-spraakbegeleider. De tweede laag zijn de bovenschoolse voorzieningen: twee plusklassen, een "
                "schakelklas voor kinderen met een grote taalachterstand, de kortdurende observatiegroep van De Wegwijzer en het "
                "ambulante team van het verband. De derde laag is het speciaal basisonderwijs en het speciaal onderwijs."),
          ("p", "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring nodig. Daarover gaat hoofdstuk 5."),
          ("p", "Wij willen dat er voor ieder kind een passende plek is. Thuiszitters zijn ook in onze regio een zorg. Een "
                "analyse van de witte vlekken in ons aanbod, en van wat er nodig is om die te dichten, voeren wij uit in het "
                "schooljaar 2026-2027, samen met de gemeenten."),
          ("h2", "5. Toelaatbaarheid en terugplaatsing"),
          ("p", "De procedure en de criteria voor het aanvragen van een toelaatbaarheidsverklaring voor het sbo en het so, en de "
                "afspraken over terugplaatsing naar het basisonderwijs, staan in het Toelaatbaarheidsreglement 2025 van het verband. "
                "Dat reglement is een afzonderlijk document en is te vinden op www.eemlandenzuid-po.nl/tlv.")]
    B += [("h1", "Deel C – Hoe wij het organiseren"),
          ("h2", "6. Financiën"),
          ("p", "De financiële paragraaf bestaat uit twee overzichten."),
          ("table", [["Component", "Grondslag", "Bedrag 2025", "Vastgesteld door / wanneer"],
                     ["Schoolbudget basis", "Per leerling op teldatum 1 oktober voorgaand jaar", "€ 118 per leerling", "Algemeen bestuur, jaarlijks in november"],
                     ["Vaste voet", "Per schoollocatie", "€ 7.500 per locatie", "Algemeen bestuur, jaarlijks in november"],
                     ["Arrangementen", "Aanvraag school; toekenning door arrangeercommissie op basis van ondersteuningsbehoefte en ingezette basisondersteuning", "max. € 18.000 per arrangement per jaar", "Arrangeercommissie, binnen 4 weken"],
                     ["Impulsbudget taal", "Scholen met >20% NT2-leerlingen, naar rato van het aantal NT2-leerlingen", "€ 210.000 totaal", "Directeur, jaarlijks in januari"],
                     ["Bovenschoolse voorzieningen", "Begroting per voorziening", "zie meerjarenbegroting", "Algemeen bestuur"]]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage ondersteuning", "14.820", "14.760", "14.690", "14.610"],
                     ["Afdrachten so (DUO) en sbo boven 2%", "-5.410", "-5.480", "-5.530", "-5.560"],
                     ["Schoolbudgetten basis + vaste voet", "1.780", "1.770", "1.760", "1.750"],
                     ["Arrangementen", "3.950", "3.900", "3.850", "3.800"],
                     ["Plusklassen en schakelklas", "820", "820", "840", "840"],
                     ["Observatiegroep en ambulant team", "1.240", "1.240", "1.260", "1.260"],
                     ["Impulsbudget taal", "210", "210", "210", "210"],
                     ["Bureau, commissie en overhead", "1.290", "1.300", "1.310", "1.320"],
                     ["Saldo", "120", "40", "-70", "-130"]]),
          ("h2", "7. Wat wij willen bereiken en hoe wij dat volgen"),
          ("p", "Voor deze planperiode hebben wij vijf doelen geformuleerd. Bij elk doel staat waar wij nu staan en waar wij in "
                "2029 willen zijn."),
          ("table", [["Doel", "Nulmeting (2024)", "Streefwaarde (2029)"],
                     ["Alle scholen voldoen aan de acht bouwstenen van het fundament", "31 van 46 scholen", "46 van 46 scholen"],
                     ["Kinderen met een arrangement halen hun doelen", "64% van de arrangementen volledig behaald", "ten minste 75%"],
                     ["Deelname sbo en so blijft onder het landelijk gemiddelde", "sbo 2,5% / so 1,6%", "sbo ≤ 2,4% / so ≤ 1,5%"],
                     ["Ouders zijn tevreden over de ondersteuning van hun kind", "rapportcijfer 7,1", "ten minste 7,5"],
                     ["Doorlooptijd aanvraag arrangement", "gemiddeld 31 werkdagen", "maximaal 20 werkdagen"]]),
          ("p", "Wij volgen deze doelen op drie manieren. Ten eerste registreert het bureau bij elk arrangement bij de start de "
                "doelen en bij de afsluiting of die doelen zijn behaald; de intern begeleider vult dit in het digitale dossier in. "
                "Ten tweede verzamelt het bureau twee keer per jaar, op 1 oktober en 1 maart, de deelnamecijfers sbo en so en de "
                "doorlooptijden. Ten derde houden wij in het voorjaar van 2026 en 2028 een tevredenheidspeiling onder ouders van "
                "kinderen met een arrangement en onder intern begeleiders."),
          ("p", "De uitkomsten worden twee keer per jaar in een voortgangsrapportage aan het algemeen bestuur en de OPR voorgelegd, "
                "en jaarlijks in het jaarverslag gepubliceerd. Blijft een doel achter, dan bespreekt het algemeen bestuur welke "
                "bijsturing nodig is. In 2024 werden 168 arrangementen afgesloten, waarvan 107 met alle doelen behaald; er werden "
                "71 toelaatbaarheidsverklaringen afgegeven, 49 voor het sbo en 22 voor het so."),
          ("h2", "8. Ouders"),
          ("p", "Ouders zijn voor ons de belangrijkste partner van de school. Zij worden betrokken bij het ondersteuningsteam en "
                "tekenen mee voor een arrangement. Bij het opstellen van het ontwikkelingsperspectief heeft hun inbreng een vaste "
                "plek."),
          ("p", "Soms lopen ouders vast, of zijn zij het niet eens met de school of met het verband. Daarvoor is er het Ouder- en "
                "Jeugdsteunpunt Eemlanden, dat door een onafhankelijke stichting wordt uitgevoerd en dat wij samen met het VO-verband "
                "financieren. Het steunpunt is op werkdagen telefonisch bereikbaar, houdt wekelijks een inloopspreekuur in de "
                "centrale bibliotheek en helpt ouders bij gesprekken met school of verband. Het steunpunt werkt alleen in het "
                "belang van het kind en is niet gebonden aan de scholen. Daarnaast kunnen ouders kosteloos een beroep doen op de "
                "landelijke onderwijsconsulenten. Voor klachten over het verband geldt de klachtenregeling van het verband; het "
                "verband is aangesloten bij de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering of "
                "het ontwikkelingsperspectief kunnen ouders voorleggen aan de Geschillencommissie passend onderwijs."),
          ("p", "Hoe wij ouders informeren over het ondersteuningsaanbod in de regio, werken wij in 2025-2026 uit in een "
                "communicatieplan dat nog in ontwikkeling is."),
          ("h2", "9. Samenwerking met gemeenten"),
          ("p", "Met de vijf gemeenten werken wij samen in de Regiotafel Onderwijs-Jeugd, die vier keer per jaar bijeenkomt. Aan "
                "tafel zitten de wethouders onderwijs en jeugd, de bestuurders van het PO- en VO-verband en de directeur. "
                "Onderwerpen zijn de inzet van schoolmaatschappelijk werk, de toegang tot jeugdhulp vanuit school, het "
                "leerlingenvervoer en de huisvesting van de bovenschoolse voorzieningen. In het OOGO is afgesproken dat het "
                "onderwerp thuiszitters in 2026 gezamenlijk wordt opgepakt."),
          ("h2", "10. Governance en medezeggenschap"),
          ("p", "Het verband is een stichting met een two-tier model: een directeur-bestuurder en een raad van toezicht van vijf "
                "leden, waarvan drie op voordracht van de aangesloten besturen en twee onafhankelijk. De negen besturen vormen samen "
                "het algemeen bestuur, dat de begroting vaststelt en de directeur adviseert."),
          ("p", "De ondersteuningsplanraad bestaat uit twaalf leden, zes ouders en zes personeelsleden. De OPR heeft instemmingsrecht "
                "op het ondersteuningsplan en wordt jaarlijks gehoord over de begroting."),
          ("h2", "11. Mensen en middelen van het bureau"),
          ("p", "Het bureau telt 17 medewerkers: de directeur, een beleidsmedewerker, een controller (0,4 fte), acht "
                "schoolcontactpersonen, een ambulant team van vier specialisten en twee secretariaatsmedewerkers. De "
                "schoolcontactpersonen zijn orthopedagogen of onderwijsadviseurs met ervaring in het basisonderwijs."),
          ("p", "Het verband werkt met een digitaal dossiersysteem dat voldoet aan de AVG. Scholen dienen hun aanvragen digitaal "
                "in; ouders krijgen een kopie van elk advies. In 2026 wordt het systeem vervangen. De kosten daarvan zijn in de "
                "meerjarenbegroting onder 'Bureau' opgenomen."),
          ("p", "Professionalisering is een speerpunt. Het verband organiseert leernetwerken voor intern begeleiders, een "
                "jaarlijkse studiedag en een leergang 'Omgaan met verschillen' voor leraren. Leraren van het sbo geven hierin les, "
                "zodat hun expertise breder beschikbaar komt."),
          ("h2", "12. Jaarcyclus"),
          ("table", [["Maand", "Activiteit"],
                     ["september", "Jaarplan vastgesteld; start arrangementen"],
                     ["oktober", "Teldatum; verzamelen deelnamecijfers"],
                     ["november", "Vaststelling bedragen verdeelmodel"],
                     ["maart", "Voortgangsrapportage; tweede meting doorlooptijden"],
                     ["juni", "Jaarverslag; evaluatie jaarplan met OPR"]])]
    B += filler(n, "po", 1)
    B += [("h1", "Bijlage: begrippen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "Het fundament: wat iedere school biedt."],
                     ["Dekkend aanbod", "Voor ieder kind een passende plek."],
                     ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so."],
                     ["Terugplaatsing", "Overstap van sbo of so terug naar het basisonderwijs."],
                     ["Toelaatbaarheidscriteria", "Criteria op basis waarvan een TLV wordt afgegeven."],
                     ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."],
                     ["Ouderinformatie", "Informatie voor ouders over ondersteuning, onder meer via de website en de schoolgids."]])]
    return B


P3_LABEL = {
    "sector": "po",
    "elements": {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "missing", "financien": "present",
                 "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
    "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False,
                 "financien.verdeling": True, "financien.besteding": True,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": False, "ouders.steunpunt": True},
    "advisory_addressed": {"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
                           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3 'Het fundament' (unusual wording): binding minimum for all 46 schools and 8 concrete bouwstenen; fundamentgesprek = borging.",
        "plaatsing": "H5 only refers to a separate Toelaatbaarheidsreglement on the website; TLV otherwise only named in H4 and the glossary/TOC.",
        "terugstroom": "Only referred to the same external reglement (H5) and defined in the glossary; no policy or procedure in the body.",
        "financien": "Content only in the two H6 tables: verdeelmodel (grondslag, bedrag, deciding body/moment) and meerjarenbegroting 2025-2028.",
        "dekkend-aanbod": "H4 describes the three-layer aanbod (arrangementen, bovenschoolse voorzieningen, sbo/so); gap analysis deferred to 2026-2027 and thuiszitters only mentioned/deferred (H4, H9).",
        "resultaten": "H7: goals with nulmeting/streefwaarde table plus measurement (registration, meetmomenten, peiling) and reporting to AB/OPR/jaarverslag; achieved 2024 figures.",
        "ouders": "H8: independent OJSP, onderwijsconsulenten, klachten/geschillen = steunpunt; how parents are informed is deferred to a communicatieplan 'in ontwikkeling' (glossary entry is a trap).",
    },
}


# ---------------------------------------------------------------------------
# Plan 4: small VO verband, .docx
# ---------------------------------------------------------------------------
P4_NAME = "Samenwerkingsverband Voortgezet Onderwijs Lingegouw"


def plan_p4():
    n = P4_NAME
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", n + " (VO 26-12)"),
          ("p", "Concept ter instemming OPR, versie 0.9 – 3 maart 2025; definitief vastgesteld 16 april 2025"),
          ("pagebreak",)]
    B += [("h1", "Inhoudsopgave"),
          ("toc", [("1. Voorwoord", 3), ("2. Ons verband", 4), ("3. Basisondersteuning", 6), ("4. Toewijzing: vso, lwoo en pro", 7),
                   ("5. Het dekkend netwerk", 11), ("6. Na het vso: terugplaatsing", 12), ("7. Middelen", 13),
                   ("8. Resultaten en kwaliteit", 15), ("9. Communicatie", 18), ("10. Bestuur en medezeggenschap", 20),
                   ("11. Personeel en professionalisering", 21), ("12. Privacy en ICT", 22), ("13. Totstandkoming en planning", 23),
                   ("14. Begrippen en afkortingen", 24)]),
          ("pagebreak",)]
    B += [("h1", "1. Voorwoord"),
          ("p", "Lingegouw is een klein en overzichtelijk samenwerkingsverband: vijf schoolbesturen, acht vestigingen voor "
                "voortgezet onderwijs en één school voor praktijkonderwijs, met samen ongeveer 6.400 leerlingen. De scholen liggen "
                "in een gebied met veel dorpen en twee kleine steden langs de rivier. Veel leerlingen fietsen dagelijks meer dan "
                "tien kilometer naar school, en een deel van de leerlingen met een zware ondersteuningsbehoefte reist naar een "
                "school buiten het gebied."),
          ("p", "Dit is ons derde ondersteuningsplan. Wij hebben ervoor gekozen om in dit plan de nadruk te leggen op de "
                "toewijzing van ondersteuning en op het meten van wat wij doen. De afgelopen jaren bleek dat de toewijzing te "
                "traag was en dat wij te weinig wisten van de effecten van onze inzet. Op andere onderdelen, zoals de afspraken "
                "over wat elke school biedt en de samenhang van het aanbod in de regio, zijn wij nog volop in gesprek. Wij "
                "presenteren die onderdelen eerlijk als werk in uitvoering."),
          ("p", "Wij danken de leden van de ondersteuningsplanraad voor hun scherpe vragen, de schoolleiders en "
                "ondersteuningscoördinatoren voor hun bijdragen en de leerlingen die in het leerlingenpanel hun ervaringen met ons "
                "deelden."),
          ("p", "A. Oosterveld-Dijkhuis, directeur-bestuurder")]
    B += [("h1", "2. Ons verband"),
          ("p", "Het samenwerkingsverband is een vereniging van vijf schoolbesturen. De acht vestigingen bieden samen alle "
                "onderwijssoorten aan, van vmbo basis tot gymnasium. Op vijf vestigingen wordt leerwegondersteunend onderwijs "
                "gegeven. De school voor praktijkonderwijs, Het Praktijkhuis, staat in de grootste kern van het gebied."),
          ("table", [["Bestuur", "Vestigingen", "Leerlingen 1-10-2024"],
                     ["Stichting VO Lingegouw", "3", "2.880"],
                     ["Christelijke Scholengroep Rivierland", "2", "1.640"],
                     ["Stichting Katholiek VO Betuwe-West", "1", "920"],
                     ["Vereniging Het Praktijkhuis", "1", "205"],
                     ["Stichting Vrije School Linge", "1", "760"],
                     ["Totaal", "8", "6.405"]]),
          ("p", "Het bureau van het verband bestaat uit de directeur-bestuurder, een coördinator toewijzing, twee orthopedagogen, "
                "een beleidsmedewerker kwaliteit en een office manager, samen 4,6 fte. Het bureau is gevestigd in het "
                "onderwijscentrum in de gemeente Lingewaarde.")]
    B += [("h2", "2.1 Terugblik op de vorige planperiode"),
          ("p", "In de periode 2021-2025 is het verband van een netwerk van vijf besturen uitgegroeid tot een herkenbare "
                "organisatie met een eigen bureau. De belangrijkste stap was de oprichting van de Commissie Toewijzing "
                "Lingegouw in 2022, die de taken van de oude permanente commissie leerlingenzorg en de commissie voor het vso "
                "samenvoegde. Daarnaast is het dossiersysteem vernieuwd en is de samenwerking met het PO-verband rond de "
                "overstap naar het voortgezet onderwijs verstevigd."),
          ("p", "Niet alles ging zoals gepland. Het vertrek van twee medewerkers in 2023 zorgde voor vertraging in de "
                "toewijzing, en de afspraken met de scholen over hun onderlinge samenwerking bleven te vrijblijvend. In de "
                "evaluatie met de OPR is afgesproken dat dit plan op die punten eerlijk aangeeft wat nog niet af is."),
          ("h2", "2.2 De stem van de leerling"),
          ("p", "Leerlingen hebben recht om gehoord te worden over hun eigen ontwikkelingsperspectief. Wij nemen dat serieus. "
                "Het leerlingenpanel van het verband, met twaalf leerlingen uit alle onderwijssoorten, komt drie keer per jaar "
                "bijeen met de directeur-bestuurder. In de voorbereiding van dit plan vertelden de leerlingen dat zij vooral "
                "behoefte hebben aan één vaste persoon op school, aan begrijpelijke taal in gesprekken over hun OPP en aan "
                "minder wisselingen van mentor. Die punten zijn doorgegeven aan de scholen en komen terug in de training voor "
                "mentoren in hoofdstuk 11.")]
    B += [("h1", "3. Basisondersteuning"),
          ("p", "Het niveau en de inhoud van de basisondersteuning worden in schooljaar 2025-2026 opnieuw vastgesteld door een "
                "werkgroep van ondersteuningscoördinatoren en schoolleiders, in samenhang met de landelijke norm die het ministerie "
                "heeft aangekondigd. Het resultaat wordt als addendum aan dit plan toegevoegd en aan de OPR ter instemming "
                "voorgelegd.")]
    B += [("h1", "4. Toewijzing: vso, lwoo en pro"),
          ("h2", "4.1 Aanvraag en besluit"),
          ("p", "Het verband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs (vso), over de aanwijzing voor "
                "leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het praktijkonderwijs (pro). Voor alle drie "
                "geldt dezelfde route."),
          ("num", ["De school waar de leerling is ingeschreven of aangemeld, bespreekt de ondersteuningsvraag in het "
                   "ondersteuningsteam, met de leerling en de ouders.",
                   "Het bevoegd gezag van die school dient de aanvraag in bij de Commissie Toewijzing Lingegouw (CTL), met het "
                   "ontwikkelingsperspectiefplan, het onderwijskundig rapport, de zienswijze van ouders en leerling en, voor lwoo en "
                   "pro, het psychologisch onderzoek en de didactische gegevens.",
                   "De coördinator toewijzing controleert binnen vijf werkdagen of het dossier compleet is.",
                   "Twee deskundigen brengen elk een eigen schriftelijk advies uit: een orthopedagoog of psycholoog van het verband "
                   "en, afhankelijk van de problematiek, een kinder- en jeugdpsychiater, jeugdarts of maatschappelijk werker uit de "
                   "flexibele pool. Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
                   "De CTL besluit namens het bestuur binnen zes weken na ontvangst van het complete dossier. Voor aanmeldingen voor "
                   "het eerste leerjaar lwoo en pro geldt: aanvragen die vóór 1 maart zijn ingediend, worden vóór 15 april besloten.",
                   "Ouders en school ontvangen het besluit met de deskundigenadviezen."]),
          ("h2", "4.2 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: de reguliere school "
                "heeft ten minste een half jaar doelgericht extra ondersteuning geboden en die geëvalueerd in het OPP; de "
                "ondersteuningsbehoefte van de leerling vraagt om een combinatie van intensieve begeleiding, kleine groepen en "
                "specifieke expertise die in het regulier onderwijs ook met een arrangement niet te organiseren is; en het "
                "verwachte uitstroomperspectief is in het vso beter haalbaar dan in het regulier onderwijs."),
          ("p", "Voor lwoo en pro volgen wij de landelijke criteria. Lwoo: een IQ tussen 75 en 90 en een leerachterstand van "
                "ten minste 25% en minder dan 50% op ten minste twee domeinen (waarvan één begrijpend lezen of inzichtelijk "
                "rekenen), of een IQ tussen 91 en 120 met een leerachterstand en sociaal-emotionele problematiek. Pro: een IQ "
                "tussen 55 en 80 en een leerachterstand van 50% of meer op ten minste twee domeinen. Het verband maakt geen "
                "gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen."),
          ("h2", "4.3 Geldigheid en categorie"),
          ("p", "Een TLV vso geldt één of twee schooljaren, zoals de CTL bepaalt; bij een eerste TLV is dat in de regel één "
                "schooljaar. De bekostigingscategorie is laag, tenzij een deskundige motiveert waarom midden of hoog nodig is. "
                "Lwoo en TLV pro gelden voor de duur van de opleiding."),
          ("h2", "4.4 Bezwaar"),
          ("p", "Tegen een besluit van de CTL kunnen ouders binnen zes weken bezwaar maken bij het bestuur van het verband. Het "
                "verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur "
                "adviseert. Het bestuur beslist binnen zes weken na ontvangst van dat advies.")]
    B += [("h1", "5. Het dekkend netwerk"),
          ("p", "Een beschrijving van het samenhangend geheel van voorzieningen in de regio en een analyse van eventuele lacunes "
                "werken wij uit in het document 'Dekkend netwerk Lingegouw'. De eerste versie daarvan verschijnt in het voorjaar "
                "van 2026 en wordt dan met de OPR besproken.")]
    B += [("h1", "6. Na het vso: terugplaatsing"),
          ("p", "In het laatste schooljaar van elke TLV vso nodigt de vso-school uiterlijk 1 december de ouders, de leerling, de "
                "mentor en een orthopedagoog van het verband uit voor een perspectiefgesprek. In dat gesprek wordt aan de hand van "
                "het OPP bepaald of de leerling kan overstappen naar een reguliere vestiging of naar het mbo, of dat verlenging "
                "nodig is. Het verslag van het gesprek wordt vóór 15 januari aan de CTL gestuurd. Bij een advies tot overstap neemt "
                "de coördinator toewijzing contact op met de beoogde vestiging en organiseert hij vóór 1 maart een "
                "overdrachtsgesprek. Bij een advies tot verlenging dient de vso-school vóór 1 maart een nieuwe aanvraag in. Is er "
                "geen overeenstemming, dan beslist de CTL vóór 1 april."),
          ("p", "Onze beleidsuitgangspunten voor terugplaatsing (wanneer een overstap wenselijk is, onder welke voorwaarden en welke "
                "begeleiding een leerling na de overstap krijgt) werken wij in 2026 samen met de vso-scholen uit.")]
    B += [("h1", "7. Middelen"),
          ("p", "Het verband ontvangt rijksmiddelen voor lichte en zware ondersteuning en voor lwoo en pro. De verdeling van deze "
                "middelen over de besturen wordt in 2026 herzien; tot die tijd loopt de bestaande praktijk door. De "
                "meerjarenbegroting ziet er als volgt uit."),
          ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Rijksbijdrage lichte ondersteuning", "1.910", "1.895", "1.870", "1.850"],
                     ["Rijksbijdrage zware ondersteuning", "3.420", "3.390", "3.360", "3.330"],
                     ["Lwoo en pro", "4.760", "4.700", "4.650", "4.600"],
                     ["Afdracht vso (DUO)", "-2.610", "-2.640", "-2.660", "-2.680"],
                     ["Doorbetaling lwoo en pro aan besturen", "4.760", "4.700", "4.650", "4.600"],
                     ["Doorbetaling lichte ondersteuning aan besturen", "1.650", "1.620", "1.600", "1.580"],
                     ["Arrangementen en maatwerk", "520", "540", "540", "540"],
                     ["Commissie Toewijzing en deskundigen", "290", "290", "295", "295"],
                     ["Bureau en overhead", "480", "485", "490", "495"],
                     ["Saldo", "-220", "-290", "-355", "-410"]]),
          ("p", "De negatieve saldi worden gedekt uit de algemene reserve, die eind 2024 € 2,1 miljoen bedroeg. Eind 2028 "
                "resteert naar verwachting € 0,8 miljoen, wat volgens de risicoanalyse voldoende is.")]
    B += [("h1", "8. Resultaten en kwaliteit"),
          ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld. Zij sluiten aan bij de knelpunten die "
                "scholen en ouders ons in 2024 hebben genoemd."),
          ("table", [["Beoogd resultaat", "Indicator", "2024", "Streven 2029"],
                     ["Snellere toewijzing", "Gemiddelde doorlooptijd TLV vso", "47 dagen", "≤ 30 dagen"],
                     ["Lwoo werkt", "Percentage lwoo-leerlingen dat binnen de nominale duur een diploma haalt", "81%", "≥ 86%"],
                     ["Pro werkt", "Percentage pro-leerlingen met werk of vervolgonderwijs één jaar na uitstroom", "72%", "≥ 80%"],
                     ["Tevreden ouders", "Gemiddelde waardering ouders over het toewijzingsproces", "6,4", "≥ 7,5"],
                     ["Tevreden scholen", "Waardering ondersteuningscoördinatoren over de CTL", "6,9", "≥ 7,5"]]),
          ("p", "De beleidsmedewerker kwaliteit verzamelt de gegevens voor deze indicatoren. De doorlooptijden komen rechtstreeks "
                "uit het dossiersysteem; diploma- en uitstroomgegevens ontvangen wij jaarlijks in november van de scholen en uit "
                "de DUO-gegevens; de waardering meten wij met een korte vragenlijst die ouders en scholen na elk besluit ontvangen. "
                "In februari en september ontvangt het bestuur een kwaliteitsrapportage met de stand van alle indicatoren. De OPR "
                "ontvangt dezelfde rapportage. Eens per jaar, in het jaarverslag, beschrijven wij de bereikte resultaten en "
                "wat wij daaruit leren; blijft een indicator twee metingen op rij achter, dan stelt de directeur-bestuurder een "
                "verbeterplan op."),
          ("p", "In 2024 werden 58 TLV's vso afgegeven, 214 lwoo-aanwijzingen en 41 TLV's pro.")]
    B += [("h1", "9. Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het verband communiceert met schoolleiders via het "
                "directeurenoverleg en met ondersteuningscoördinatoren via het maandelijkse netwerk. Voor gemeenten en "
                "ketenpartners geven wij een digitale nieuwsbrief uit."),
          ("p", "Ouders en leerlingen vinden op de website van het verband een ouderpagina met uitleg over lwoo, pro en vso, over "
                "de route naar de CTL en over de ondersteuning die de scholen bieden. Elk voorjaar geven wij een folder 'Naar het "
                "voortgezet onderwijs met extra ondersteuning' uit, die via de basisscholen aan alle ouders van groep 8 wordt "
                "verstrekt. In november organiseren wij samen met het PO-verband twee informatieavonden over de overstap, en de "
                "ondersteuningscoördinator van elke vestiging is voor ouders het eerste aanspreekpunt. Elke vestiging beschrijft in de "
                "schoolgids welke ondersteuning zij biedt."),
          ("p", "Ouders en leerlingen die onafhankelijk advies of hulp willen, bijvoorbeeld omdat zij het niet eens zijn met de "
                "school of het verband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierland. Dit steunpunt is ondergebracht "
                "bij een onafhankelijke cliëntondersteuningsorganisatie, is bereikbaar via telefoon, chat en e-mail en kan ouders "
                "begeleiden naar gesprekken. Ook kunnen ouders de onderwijsconsulenten inschakelen. Klachten over het verband worden "
                "behandeld volgens de klachtenregeling van het verband; geschillen over het OPP, toelating of verwijdering kunnen "
                "worden voorgelegd aan de Geschillencommissie passend onderwijs.")]
    B += [("h1", "10. Bestuur en medezeggenschap"),
          ("p", "De vereniging heeft een algemene ledenvergadering van de vijf besturen, die de begroting, de jaarrekening en het "
                "ondersteuningsplan vaststelt. Het intern toezicht is belegd bij een toezichthoudend bestuur van drie "
                "bestuurders, die niet tegelijk bestuurder van een aangesloten school zijn. De directeur-bestuurder is belast met "
                "het bestuur en de dagelijkse leiding."),
          ("p", "De ondersteuningsplanraad telt acht leden: vier personeelsleden en vier ouders of leerlingen. Twee zetels "
                "zijn gereserveerd voor leerlingen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
                "daarvan, waaronder het addendum basisondersteuning.")]
    B += [("h1", "11. Personeel en professionalisering"),
          ("p", "Het verband heeft een klein team. Om kwetsbaarheid te beperken, zijn taken dubbel belegd: beide orthopedagogen "
                "kunnen als deskundige optreden en de coördinator toewijzing wordt bij afwezigheid vervangen door de "
                "beleidsmedewerker. Voor de tweede deskundige maken wij gebruik van een flexibele pool van zes externe deskundigen."),
          ("p", "Wij investeren in de professionalisering van mentoren en ondersteuningscoördinatoren. In 2025-2026 bieden wij "
                "een training 'Gesprekken met leerlingen over hun ontwikkelingsperspectief' aan, in het kader van het hoorrecht "
                "van leerlingen. Ondersteuningscoördinatoren nemen deel aan een intervisiegroep die zes keer per jaar bijeenkomt.")]
    B += [("h1", "12. Privacy en ICT"),
          ("p", "Aanvragen en besluiten worden verwerkt in een beveiligd digitaal dossiersysteem. Alleen de leden van de CTL, de "
                "deskundigen en de coördinator toewijzing hebben toegang tot de dossiers. Gegevens worden bewaard tot drie jaar na "
                "het laatste besluit. Het verband heeft een verwerkersovereenkomst met de leverancier en een functionaris "
                "gegevensbescherming die het verband deelt met het PO-verband."),
          ("p", "Medewerkers van het verband en van de scholen die met het dossiersysteem werken, volgen eens per twee jaar een "
                "korte e-learning over privacy en informatiebeveiliging. Datalekken worden binnen 72 uur gemeld bij de "
                "Autoriteit Persoonsgegevens, en het verband houdt een register bij van alle incidenten. In 2024 werden twee "
                "incidenten geregistreerd, beide zonder gevolgen voor betrokkenen. Jaarlijks laat het verband een externe partij "
                "een beveiligingstest uitvoeren op het dossiersysteem."),
          ("p", "In 2026 onderzoeken wij of het dossiersysteem kan worden gekoppeld aan de leerlingadministratiesystemen van de "
                "scholen, zodat scholen minder gegevens dubbel hoeven in te voeren.")]
    B += [("h1", "13. Totstandkoming en planning"),
          ("p", "Het concept van dit plan is op 3 maart 2025 aan de OPR voorgelegd, die op 10 april 2025 heeft ingestemd. Het "
                "op overeenstemming gericht overleg met de vier gemeenten vond plaats op 18 maart 2025 en is zonder geschil "
                "afgerond. Met het PO-verband is op 12 maart 2025 overleg gevoerd. Het plan is op 16 april 2025 vastgesteld en "
                "op 22 april 2025 aan de inspectie gezonden."),
          ("table", [["Wanneer", "Wat"],
                     ["2025-2026", "Addendum basisondersteuning; eerste versie 'Dekkend netwerk Lingegouw'"],
                     ["2026", "Herziening verdeling middelen; beleid terugplaatsing"],
                     ["2027", "Tussenevaluatie van dit plan"],
                     ["2028-2029", "Voorbereiding nieuw plan"]])]
    B += filler(n, "vo", 1)
    B += [("h1", "14. Begrippen en afkortingen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "De ondersteuning die elke vestiging minimaal biedt."],
                     ["CTL", "Commissie Toewijzing Lingegouw."],
                     ["Dekkend netwerk", "Een samenhangend geheel van voorzieningen, zodat elke leerling een passende plek heeft."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat."],
                     ["Verdeelmodel", "Regels voor het verdelen van de middelen over de besturen."],
                     ["Vso", "Voortgezet speciaal onderwijs."]])]
    return B


P4_LABEL = {
    "sector": "vo",
    "elements": {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial", "financien": "partial",
                 "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"},
    "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": True, "plaatsing.criteria": True,
                 "terugstroom.procedure": True, "terugstroom.beleid": False,
                 "financien.verdeling": False, "financien.besteding": True,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": True, "ouders.steunpunt": True},
    "advisory_addressed": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3 is a single deferral (werkgroep 2025-2026, addendum); otherwise only TOC and glossary.",
        "plaatsing": "H4 'Toewijzing': numbered route, CTL, deskundigen, 6-week/15-April terms, criteria vso + national lwoo/pro, duration/category, bezwaar via LBT.",
        "terugstroom": "H6 gives the procedure (perspectiefgesprek by 1 Dec, CTL, deadlines) but the policy (aims, conditions, support after return) is deferred to 2026.",
        "financien": "H7 has a meerjarenbegroting table with amounts and reserves, but the distribution to boards is 'herzien in 2026; bestaande praktijk loopt door' (no procedure/criteria).",
        "dekkend-aanbod": "H5 only defers to a future document 'Dekkend netwerk Lingegouw'; OOGO mentioned only as a procedural date (H13); glossary entries are traps.",
        "resultaten": "H8: beoogde resultaten with indicators/baseline/targets, data sources, rapportage twice a year, jaarverslag, verbeterplan.",
        "ouders": "Inside H9 'Communicatie': ouderpagina, folder, info evenings, schoolgids, coördinator; independent OJSP Rivierland, onderwijsconsulenten, klachten/geschillen.",
    },
}


# ---------------------------------------------------------------------------
# Plan 5: very large PO verband, web version (.html)
# ---------------------------------------------------------------------------
P5_NAME = "Samenwerkingsverband Passend Onderwijs Stad en Haven"


def plan_p5():
    n = P5_NAME
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029 – webversie"),
          ("p", n + " (PO 29-02) · 146 basisscholen · 9 sbo-scholen · 7 so-scholen · 24 schoolbesturen"),
          ("p", "Deze webversie is gelijk aan de pdf-versie die op 17 april 2025 door het algemeen bestuur is vastgesteld.")]
    B += [("h1", "Inhoud"),
          ("toc", [("Voorwoord", ""), ("1. Over Stad en Haven", ""), ("2. Onze koers", ""), ("3. Basisondersteuning", ""),
                   ("4. Toelaatbaarheid sbo en so", ""), ("5. Weer naar de wijkschool", ""), ("6. Geen kind zonder plek", ""),
                   ("7. Financiën", ""), ("8. Resultaten: meten en volgen", ""), ("9. Ouders", ""),
                   ("10. Gemeenten, jeugdhulp en VO", ""), ("11. Organisatie en governance", ""), ("12. Medezeggenschap", ""),
                   ("13. Personeel, ICT en privacy", ""), ("14. Begrippenlijst", "")])]
    B += [("h1", "Voorwoord"),
          ("p", "Stad en Haven is met bijna 40.000 leerlingen een van de grootste samenwerkingsverbanden in het primair onderwijs. "
                "Onze regio kent alles: wijken waar een derde van de kinderen in armoede opgroeit, nieuwbouwwijken met jonge "
                "gezinnen, een oud havengebied dat verandert in een woonwijk en dorpen aan de rand van de stad waar de school het "
                "hart van de gemeenschap is. Een plan voor zo'n regio kan niet alles tot in detail regelen. Het moet richting "
                "geven en ruimte laten."),
          ("p", "In de vorige planperiode hebben wij veel geleerd, vooral over kinderen die thuis kwamen te zitten omdat niemand "
                "zich eigenaar voelde. Dat mag niet meer gebeuren. Dit plan zet daarom zwaar in op het voorkomen en oplossen van "
                "situaties waarin een kind geen plek heeft. Ook willen wij beter laten zien wat wij bereiken: daarvoor hebben wij "
                "het Dashboard Passend Onderwijs ontwikkeld."),
          ("p", "Dank aan iedereen die heeft bijgedragen: de 24 besturen, de directeuren en intern begeleiders, de gemeenten, de "
                "ondersteuningsplanraad en de ouders die in de klankbordgroep zaten."),
          ("p", "M. El Amrani en drs. P. van Wijngaarden, bestuurders")]
    B += [("h1", "1. Over Stad en Haven"),
          ("p", "Ons werkgebied omvat de gemeente Havenstad en de drie randgemeenten Oostpolder, Dijkwaard en Zeezicht. Op "
                "1 oktober 2024 telden wij 39.620 leerlingen in het basisonderwijs, 1.930 in het speciaal basisonderwijs en 1.410 "
                "in het speciaal onderwijs (cluster 3 en 4) op scholen binnen de regio. De 24 aangesloten besturen verschillen "
                "sterk in omvang: de drie grootste besturen hebben samen 92 scholen, elf besturen hebben één of twee scholen."),
          ("p", "Het verband is georganiseerd in zes wijkregio's. Elke wijkregio heeft een wijkregisseur van het verband, een "
                "wijkoverleg van directeuren en een vaste contactpersoon bij de gemeente. De wijkregio's zijn de schaal waarop "
                "afspraken over de dagelijkse praktijk worden gemaakt.")]
    B += [("h1", "2. Onze koers"),
          ("p", "Wij werken vanuit de overtuiging dat ieder kind ertoe doet en dat de school in de wijk de eerste plek is waar een "
                "kind moet kunnen leren, ook als het extra hulp nodig heeft. Onze koers voor 2025-2029 heeft drie lijnen: "
                "kinderen zijn in beeld (geen kind zonder plek), scholen zijn toegerust (sterke leerkrachten, sterke teams) en "
                "wij zijn transparant (wij laten zien wat wij doen en wat het oplevert)."),
          ("p", "Deze koers is het resultaat van een jaar lang gesprekken in de wijkregio's. De besturen hebben de koers in "
                "oktober 2024 vastgesteld. Elke lijn wordt in de jaarplannen van het verband uitgewerkt in concrete activiteiten.")]
    B += [("h1", "3. Basisondersteuning"),
          ("p", "Onder basisondersteuning verstaan wij de ondersteuning die een school biedt binnen haar eigen mogelijkheden, "
                "zonder tussenkomst van het verband. In onze regio rekenen wij daartoe in elk geval:"),
          ("bul", ["een intern begeleider en een ondersteuningsstructuur met leerlingbesprekingen en groepsbesprekingen;",
                   "een aanpak voor dyslexie en dyscalculie volgens de landelijke protocollen;",
                   "preventieve begeleiding door de schoolmaatschappelijk werker, die via de gemeente op elke school beschikbaar is;",
                   "een aanbod voor meer- en hoogbegaafde leerlingen in de klas;",
                   "een aanpak voor sociale veiligheid en gedrag, met een pestcoördinator;",
                   "NT2-ondersteuning voor nieuwkomers na de nieuwkomersklas;",
                   "een ontwikkelingsperspectief voor kinderen met een eigen leerlijn."]),
          ("p", "Het niveau waarop scholen dit aanbieden, verschilt. Elk bestuur bepaalt voor zijn scholen welk niveau zij bieden "
                "en legt dat vast in de schoolgids. Een voor alle scholen van het verband bindende ondergrens stellen de besturen "
                "vast zodra de landelijke norm basisondersteuning wettelijk is verankerd; wij verwachten dat niet vóór 2027.")]
    B += [("h1", "4. Toelaatbaarheid sbo en so"),
          ("p", "Het verband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en voor het speciaal onderwijs "
                "cluster 3 en 4. Hoe een aanvraag verloopt, welke documenten nodig zijn en binnen welke termijn wordt besloten, "
                "staat in de Routewijzer TLV (bijlage C), die afzonderlijk wordt gepubliceerd."),
          ("h2", "4.1 Wanneer is een kind toelaatbaar?"),
          ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als de basisschool, met inzet van een arrangement, "
                "ten minste één schooljaar planmatig heeft gewerkt aan de doelen uit het ontwikkelingsperspectief en het kind op "
                "twee of meer ontwikkelingsgebieden (leren, werkhouding, gedrag, sociaal-emotioneel) onvoldoende tot ontwikkeling "
                "komt; én het kind een kleinere groep, een aangepast lesprogramma en meer structuur nodig heeft dan een basisschool "
                "kan bieden."),
          ("p", "Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 als het een verstandelijke, lichamelijke of "
                "meervoudige beperking of een langdurige ziekte heeft die zodanig ingrijpt op het leren dat een onderwijs-zorgsetting "
                "nodig is. Een kind is toelaatbaar tot het speciaal onderwijs cluster 4 als het ernstige gedrags- of psychiatrische "
                "problematiek heeft, waardoor het ook in het sbo niet tot leren komt, en als het gebaat is bij een therapeutisch "
                "pedagogisch klimaat en behandeling in samenhang met onderwijs. In beide gevallen moet aannemelijk zijn dat de "
                "ondersteuningsbehoefte ten minste een jaar blijft bestaan."),
          ("h2", "4.2 Duur"),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode van het kind. Een TLV voor het so geldt "
                "drie schooljaren, in bekostigingscategorie laag, tenzij de beperking van het kind een hogere categorie "
                "rechtvaardigt.")]
    B += [("h1", "5. Weer naar de wijkschool"),
          ("p", "Ieder kind in het sbo of so heeft recht op de vraag: kan het weer terug naar een gewone basisschool? Wij kiezen "
                "voor een actieve houding. Onze afspraak is dat het sbo of so bij ieder kind jaarlijks beoordeelt of terugkeer "
                "mogelijk is, en dat een kind niet langer in het speciaal (basis)onderwijs blijft dan nodig is. Terugkeer is "
                "wenselijk als het kind de doelen uit zijn ontwikkelingsperspectief haalt, als de ondersteuningsbehoefte met "
                "een arrangement in een basisschool kan worden opgevangen en als ouders en kind de overstap willen."),
          ("p", "Het traject verloopt in vier stappen. Stap 1: bij de jaarlijkse OPP-evaluatie in januari bespreekt het sbo of so "
                "met de ouders of terugkeer in beeld komt. Stap 2: is dat zo, dan schakelt de school de wijkregisseur van het "
                "verband in, die binnen vier weken een ontvangende basisschool zoekt, bij voorkeur in de eigen wijk. Stap 3: het kind "
                "loopt een wenperiode van vier tot acht weken mee op de nieuwe school, met begeleiding van de eigen leerkracht. "
                "Stap 4: de commissie toelaatbaarheid stelt vast dat de TLV eindigt per de datum van inschrijving op de nieuwe "
                "school. Loopt de TLV af en is terugkeer niet mogelijk, dan vraagt de school uiterlijk 1 april een nieuwe TLV aan."),
          ("p", "Na de overstap krijgt de basisschool een terugkeerarrangement van een schooljaar, waarin een ambulant begeleider "
                "van het sbo of so de leerkracht coacht. In 2024 keerden 61 kinderen uit het sbo en 9 uit het so terug naar "
                "een basisschool.")]
    B += [("h1", "6. Geen kind zonder plek"),
          ("p", "Het overzicht van alle arrangementen en voorzieningen in Stad en Haven, de Aanbodkaart, wordt in 2026 "
                "opgeleverd en als bijlage aan dit plan toegevoegd. Dit hoofdstuk gaat over wat wij doen als een kind geen "
                "passende plek heeft."),
          ("h2", "6.1 Zorgplicht is gedeeld werk"),
          ("p", "De 24 besturen hebben in een convenant afgesproken dat de school waar een kind is aangemeld of ingeschreven de "
                "zorgplicht houdt totdat een andere school het kind daadwerkelijk heeft ingeschreven. Een school die binnen zes "
                "weken (met verlenging tien weken) geen passende plek heeft gevonden, meldt het kind bij de wijkregisseur."),
          ("h2", "6.2 Het Plekkenoverleg"),
          ("p", "Elke twee weken komt per wijkregio het Plekkenoverleg bijeen: de wijkregisseur, de leerplichtambtenaar, een "
                "medewerker van het wijkteam en een directeur uit het wijkoverleg. Op tafel liggen alle kinderen die dreigen uit te "
                "vallen, die langer dan twee weken verzuimen of die op een wachtlijst staan. Voor ieder kind wordt een "
                "verantwoordelijke en een datum afgesproken. Komt er binnen zes weken geen oplossing, dan beslist de bestuurder van "
                "het verband welke school of voorziening het kind (tijdelijk) onderwijs biedt; de besturen hebben hem daarvoor "
                "doorzettingsmacht gegeven."),
          ("h2", "6.3 Witte vlekken en wachtlijsten"),
          ("p", "Twee keer per jaar analyseert het verband met de wijkregisseurs welke vragen niet beantwoord konden worden. In de "
                "analyse van december 2024 kwamen naar voren: een wachtlijst van gemiddeld elf weken voor het so cluster 4, een "
                "tekort aan plekken voor jonge kinderen met een ontwikkelingsachterstand in combinatie met gedragsproblemen, en "
                "onvoldoende mogelijkheden voor kinderen die door angst niet naar school komen. Afgesproken acties: uitbreiding van "
                "so cluster 4 met twee groepen per augustus 2025, een kleuterobservatiegroep in Oostpolder per januari 2026, en een "
                "pilot 'Stap voor stap naar school' met de GGZ in twee wijkregio's vanaf schooljaar 2025-2026. Voor kinderen met een "
                "vrijstelling van de leerplicht bespreken wij jaarlijks met de gemeente of onderwijs alsnog mogelijk is.")]
    B += [("h1", "7. Financiën"),
          ("p", "De begroting, het verdeelmodel en de meerjarenraming van het verband worden jaarlijks door het algemeen bestuur "
                "vastgesteld. U vindt ze in de jaarstukken op onze website onder 'Organisatie'.")]
    B += [("h1", "8. Resultaten: meten en volgen"),
          ("p", "Wij willen transparant zijn over wat wij bereiken. Daarvoor hebben wij het Dashboard Passend Onderwijs "
                "ontwikkeld. Het dashboard wordt elk kwartaal gevuld met gegevens uit het dossiersysteem van het verband, uit de "
                "leerplichtadministratie van de gemeenten en uit de DUO-telling van 1 oktober. Het dashboard toont per wijkregio en "
                "per bestuur: het aantal en het soort arrangementen, het percentage arrangementen waarvan de doelen zijn gehaald, "
                "het aantal TLV's, de deelnamepercentages sbo en so, het aantal thuiszitters en vrijstellingen, de wachttijden en "
                "het aantal terugplaatsingen."),
          ("p", "De bestuurders bespreken het dashboard elk kwartaal met het algemeen bestuur en twee keer per jaar met de OPR. "
                "Eén keer per jaar houden wij in elke wijkregio een resultatendialoog, waarin directeuren en intern begeleiders de "
                "cijfers duiden. Het jaarverslag bevat een hoofdstuk 'Bereikte resultaten' met de cijfers van het afgelopen jaar en "
                "een toelichting. Het dashboard wordt in 2026 aangevuld met een jaarlijkse ouderpeiling."),
          ("table", [["Kengetal", "2022", "2023", "2024"],
                     ["Deelname sbo", "4,6%", "4,7%", "4,9%"],
                     ["Deelname so", "3,1%", "3,3%", "3,6%"],
                     ["Afgegeven TLV's", "512", "548", "603"],
                     ["Thuiszitters (langer dan 4 weken) op 1 oktober", "41", "37", "33"],
                     ["Terugplaatsingen uit sbo en so", "52", "58", "70"]]),
          ("p", "Welke streefwaarden wij aan deze kengetallen verbinden en welke resultaten wij in deze planperiode willen "
                "bereiken, stellen wij in de loop van 2026 met de besturen vast. Tot die tijd gebruiken wij de kengetallen om "
                "ontwikkelingen te volgen.")]
    B += [("h1", "9. Ouders"),
          ("p", "Ouders moeten kunnen vinden wat er voor hun kind mogelijk is. Daarom publiceren wij op onze website de pagina "
                "'Voor ouders', met informatie over de ondersteuning op de scholen, de arrangementen, het sbo en so, en de route "
                "naar een TLV. De informatie is beschikbaar in het Nederlands, Engels, Turks, Arabisch en Pools. Elke school "
                "vermeldt in de schoolgids welke ondersteuning zij biedt en wie het aanspreekpunt is. In elke wijkregio organiseert "
                "de wijkregisseur jaarlijks een ouderbijeenkomst, en ouders kunnen op werkdagen de ouderlijn van het verband bellen "
                "met vragen over ondersteuning."),
          ("p", "Soms hebben ouders behoefte aan iemand die los staat van school en verband. Zij kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Stad en Haven, dat wordt uitgevoerd door Stichting MEE Havenregio. De medewerkers van het steunpunt "
                "zijn onafhankelijk, werken alleen in het belang van het kind en kunnen ouders bijstaan in gesprekken met school en "
                "verband. Het steunpunt meldt signalen over knelpunten geanonimiseerd aan het bestuur van het verband. Daarnaast "
                "kunnen ouders een beroep doen op de onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het "
                "ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."),
          ("p", "Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en in de klankbordgroep ouders, die drie keer per jaar "
                "met de bestuurders spreekt.")]
    B += [("h1", "10. Gemeenten, jeugdhulp en VO"),
          ("p", "Met de vier gemeenten voerden wij op 4 maart 2025 op overeenstemming gericht overleg over dit plan. Gemeenten en "
                "verband hebben een gezamenlijke agenda met vier thema's: een schoolmaatschappelijk werker op elke school, "
                "jeugdhulp in en om de school, het Plekkenoverleg en het leerlingenvervoer. Voor kinderen die onderwijs en zorg "
                "combineren, maken wij per kind een onderwijs-zorgarrangement waarin de gemeente de zorg en het verband het "
                "onderwijsdeel organiseert."),
          ("p", "Met het samenwerkingsverband VO Havenregio zijn afspraken gemaakt over de overstap van groep 8 naar het voortgezet "
                "onderwijs, in het bijzonder voor leerlingen uit het sbo en so. Doorstroom naar het vso verloopt via een warme "
                "overdracht in maart.")]
    B += [("h1", "11. Organisatie en governance"),
          ("p", "Het verband is een stichting met een tweehoofdig college van bestuur en een raad van toezicht van zes leden. "
                "Het algemeen bestuur, waarin alle 24 besturen zitting hebben, adviseert het college over het ondersteuningsplan, "
                "de begroting en het jaarverslag en heeft een goedkeuringsrecht op besluiten over het convenant zorgplicht."),
          ("p", "Het bureau telt 86 medewerkers, van wie 61 in de wijkregio's werken: wijkregisseurs, orthopedagogen, "
                "ambulant begeleiders en medewerkers van het Plekkenoverleg. Het centrale bureau bestaat uit de commissie "
                "toelaatbaarheid, de ouderlijn, het team data en kwaliteit en de bedrijfsvoering.")]
    B += [("h1", "12. Medezeggenschap"),
          ("p", "De ondersteuningsplanraad telt 18 leden: negen ouders en negen personeelsleden, afgevaardigd uit de "
                "medezeggenschapsraden van de scholen, verdeeld over de wijkregio's. De OPR heeft instemmingsrecht op het "
                "ondersteuningsplan en op wijzigingen daarvan, en stemde op 9 april 2025 in met dit plan. De OPR heeft een eigen "
                "budget voor scholing en ondersteuning.")]
    B += [("h1", "13. Personeel, ICT en privacy"),
          ("p", "Wij investeren in de professionalisering van intern begeleiders en leerkrachten via de Academie Stad en Haven, "
                "met leergangen over gedrag, taal en hoogbegaafdheid. Het lerarentekort treft onze regio zwaar, vooral in de "
                "stadswijken. Samen met de besturen zetten wij in op zij-instromers en op onderwijsassistenten die zich verder "
                "ontwikkelen."),
          ("p", "Het dossiersysteem en het dashboard voldoen aan de AVG. Gegevens op het dashboard zijn geaggregeerd en niet tot "
                "individuele kinderen herleidbaar. Persoonsgegevens in het dossiersysteem bewaren wij tot drie jaar na het "
                "laatste besluit.")]
    B += filler(n, "po", 0)
    B += [("h1", "14. Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Aanbodkaart", "Overzicht van alle arrangementen en voorzieningen in de regio (in ontwikkeling)."],
                     ["Basisondersteuning", "Ondersteuning die een school zelf biedt."],
                     ["Beoogde resultaten", "Wat het verband wil bereiken."],
                     ["Meerjarenbegroting", "Begroting voor de gehele planperiode."],
                     ["Routewijzer TLV", "Beschrijving van de aanvraagprocedure voor een TLV."],
                     ["Verdeelmodel", "De regels waarmee het verband de middelen verdeelt over besturen en voorzieningen."]])]
    return B


P5_LABEL = {
    "sector": "po",
    "elements": {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present", "financien": "missing",
                 "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": False, "plaatsing.criteria": True,
                 "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": False, "financien.besteding": False,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": False, "resultaten.monitoring": True,
                 "ouders.informatie": True, "ouders.steunpunt": True},
    "advisory_addressed": {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    "notes": {
        "basisondersteuning": "H3 lists concrete content, but explicitly says level differs per bestuur and a binding common minimum comes only after the landelijke norm (not before 2027).",
        "plaatsing": "H4.1 gives sbo and so cluster 3/4 criteria, 4.2 duration/category; the procedure is only referred to the separately published Routewijzer TLV (bijlage C).",
        "terugstroom": "Under the unusual heading H5 'Weer naar de wijkschool': policy/conditions, four steps with actors and dates, terugkeerarrangement, 2024 figures.",
        "financien": "H7 only refers to the jaarstukken on the website; verdeelmodel/meerjarenbegroting appear only in TOC and begrippenlijst; the wettelijk-kader and bedrijfsvoering chapters mention middelen/jaarrekening in passing.",
        "dekkend-aanbod": "H6 handles gaps (zorgplicht convenant, Plekkenoverleg with doorzettingsmacht, witte vlekken with actions); the continuum (Aanbodkaart) is deferred to 2026.",
        "resultaten": "H8 describes dashboard, sources, quarterly reporting, resultatendialoog, achieved figures; streefwaarden/beoogde resultaten deferred to 'in de loop van 2026'.",
        "ouders": "H9: multilingual web page, schoolgids, meetings, ouderlijn; independent OJSP (MEE), onderwijsconsulenten, Geschillencommissie.",
    },
}


# ---------------------------------------------------------------------------
# Near-miss: a school-level 'ondersteuningsplan' of one basisschool (.md)
# ---------------------------------------------------------------------------
def nearmiss():
    B = []
    B += [("title", "Ondersteuningsplan OBS De Vlinderboom 2025-2026"),
          ("p", "Openbare basisschool De Vlinderboom, Havenstad · onderdeel van Stichting Openbaar Onderwijs Havenstad · "
                "aangesloten bij Samenwerkingsverband Passend Onderwijs Stad en Haven"),
          ("p", "Vastgesteld door de directie na advies van het team; besproken in de medezeggenschapsraad op 24 juni 2025.")]
    B += [("h1", "Inhoud"),
          ("toc", [("1. Inleiding", 1), ("2. Zorgniveaus en basisondersteuning", 2), ("3. De ondersteuningscyclus", 3),
                   ("4. Extra ondersteuning en arrangementen", 4), ("5. Verwijzing naar sbo of so", 5),
                   ("6. Terugplaatsing", 5), ("7. Inzet van middelen", 6), ("8. Ouders", 6), ("9. Resultaten en evaluatie", 7)])]
    B += [("h1", "1. Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Vlinderboom de ondersteuning aan onze 312 leerlingen "
                "organiseren in het schooljaar 2025-2026. Het plan is bedoeld voor het team, de intern begeleiders en de "
                "medezeggenschapsraad. Het sluit aan bij ons schoolondersteuningsprofiel en bij het ondersteuningsplan van het "
                "samenwerkingsverband, waarin de afspraken tussen alle scholen in de regio staan. Dit plan wordt ieder jaar herzien."),
          ("h1", "2. Zorgniveaus en basisondersteuning"),
          ("p", "Wij werken met vijf zorgniveaus. Niveau 1: goed onderwijs in de groep voor alle kinderen. Niveau 2: extra "
                "instructie in de groep door de leerkracht. Niveau 3: specifieke interventies buiten de groep, na overleg met de "
                "intern begeleider. Niveau 4: inschakeling van externe deskundigen via het ondersteuningsteam. Niveau 5: een "
                "arrangement van het samenwerkingsverband of verwijzing naar het speciaal (basis)onderwijs. De niveaus 1 tot en "
                "met 4 vormen samen onze basisondersteuning."),
          ("p", "Onze basisondersteuning omvat onder meer: het dyslexieprotocol, een rekenspecialist (8 uur per week), een "
                "gedragsspecialist, de Kanjertraining in alle groepen, een plusgroep voor groep 5 tot en met 8 en NT2-instructie "
                "voor nieuwkomers."),
          ("h1", "3. De ondersteuningscyclus"),
          ("p", "Leerkrachten werken handelingsgericht. Drie keer per jaar (oktober, februari, juni) vinden groepsbesprekingen "
                "plaats tussen leerkracht en intern begeleider. In de groepsbespreking worden de groepsplannen geëvalueerd en "
                "bijgesteld op basis van de toetsgegevens van het leerlingvolgsysteem en de observaties van de leerkracht. Kinderen "
                "over wie zorgen bestaan, worden aangemeld voor een leerlingbespreking."),
          ("p", "Het ondersteuningsteam van de school komt zes keer per jaar bijeen. Aan tafel zitten de intern begeleider, de "
                "schoolcontactpersoon van het samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige. "
                "Ouders worden altijd uitgenodigd als hun kind wordt besproken."),
          ("h1", "4. Extra ondersteuning en arrangementen"),
          ("p", "Als een kind meer nodig heeft dan wij in de basisondersteuning kunnen bieden, vraagt de intern begeleider een "
                "arrangement aan bij het samenwerkingsverband. Wij hebben in 2024-2025 voor zeven leerlingen een arrangement "
                "ontvangen, meestal voor inzet van een onderwijsassistent. Voor kinderen met een eigen leerlijn stellen wij een "
                "ontwikkelingsperspectief op, dat twee keer per jaar met ouders wordt besproken."),
          ("h1", "5. Verwijzing naar sbo of so"),
          ("p", "Wanneer wij een kind niet de ondersteuning kunnen bieden die het nodig heeft, bespreken wij met ouders een "
                "mogelijke overstap naar het speciaal basisonderwijs of het speciaal onderwijs. Het schoolbestuur vraagt dan een "
                "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt het groeidocument op. "
                "De procedure en de criteria van het samenwerkingsverband zijn te vinden in het ondersteuningsplan van het "
                "verband. Vorig schooljaar zijn drie leerlingen naar het sbo gegaan."),
          ("h1", "6. Terugplaatsing"),
          ("p", "Leerlingen die vanuit het sbo terugkeren naar De Vlinderboom, worden warm overgedragen. De leerkracht van het sbo "
                "komt kennismaken in de nieuwe groep en de intern begeleider plant na zes weken een evaluatiegesprek met ouders."),
          ("h1", "7. Inzet van middelen"),
          ("p", "De school ontvangt via het bestuur een deel van de middelen van het samenwerkingsverband. In 2025-2026 zetten wij "
                "deze middelen als volgt in: intern begeleider 0,6 fte, rekenspecialist 0,2 fte, gedragsspecialist 0,2 fte en "
                "onderwijsassistentie 0,8 fte. Daarnaast gebruiken wij NPO-middelen voor de plusgroep."),
          ("h1", "8. Ouders"),
          ("p", "Ouders zijn partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de ouderavonden over de "
                "ondersteuning op school. Bij zorgen over hun kind kunnen ouders terecht bij de leerkracht en de intern begeleider. "
                "Voor onafhankelijk advies verwijzen wij ouders naar het ouder- en jeugdsteunpunt van het samenwerkingsverband."),
          ("h1", "9. Resultaten en evaluatie"),
          ("p", "Wij evalueren dit plan in juni 2026 met het team en de medezeggenschapsraad. Doelen voor 2025-2026: alle "
                "groepsplannen zijn actueel, 90% van de kinderen met een OPP haalt de gestelde doelen, en de eindtoets ligt boven de "
                "signaleringswaarde. De uitkomsten van de evaluatie worden opgenomen in het jaarverslag van de school.")]
    return B


NM_LABEL_NOTE = ("A school-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, school's own "
                 "middelen), one school year, adopted by the school director; it refers to the SWV's plan for procedures and "
                 "criteria. Not an ondersteuningsplan of a samenwerkingsverband (no planperiode of 4 years, no OPR/OOGO, no "
                 "verband-wide policy).")


# ---------------------------------------------------------------------------
# Shared filler chapters (neutral: they name element words but address no criterion)
# ---------------------------------------------------------------------------
def filler(name, sector, v):
    sch = "basisscholen" if sector == "po" else "vestigingen voor voortgezet onderwijs"
    spec = "het sbo en so" if sector == "po" else "het vso, lwoo en pro"
    B = []
    B += [("h1", "Wettelijk kader en leeswijzer"),
          ("p", [f"De Wet passend onderwijs verplicht {name} om ten minste eens in de vier jaar een ondersteuningsplan vast te "
                 "stellen. De wet noemt de onderwerpen die het plan in elk geval moet bevatten: de wijze waarop een samenhangend "
                 "geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning; de procedure en "
                 "criteria voor de verdeling en besteding van de middelen; de procedure en criteria voor toelating tot "
                 f"{spec}; de procedure en het beleid voor terugplaatsing; de beoogde en bereikte resultaten; en de wijze "
                 "waarop ouders worden geïnformeerd. Dit overzicht geeft weer wat de wet vraagt; waar wij die onderwerpen "
                 "uitwerken, staat in de inhoudsopgave.",
                 f"Het ondersteuningsplan is het belangrijkste beleidsdocument van {name}. Het wordt ten minste eens in de vier "
                 "jaar vastgesteld, na op overeenstemming gericht overleg met de gemeenten en na instemming van de "
                 "ondersteuningsplanraad. De wet somt op welke onderwerpen aan bod moeten komen, zoals basisondersteuning, "
                 f"toelaatbaarheid tot {spec}, terugplaatsing, de verdeling van middelen, resultaten en de informatie aan "
                 "ouders. Wij volgen in dit plan niet strikt de volgorde van de wet, maar de logica van onze eigen "
                 "werkwijze."][v]),
          ("p", ["Het plan is geschreven voor een breed publiek: bestuurders, schoolleiders, intern begeleiders en "
                 "ondersteuningscoördinatoren, leden van de medezeggenschap, gemeenten en de inspectie. Niet ieder hoofdstuk is "
                 "voor iedere lezer even relevant. Lezers die snel willen weten waar wij naartoe werken, kunnen volstaan met het "
                 "voorwoord en de koers; lezers die willen weten hoe de uitvoering is geregeld, vinden dat in de latere "
                 "hoofdstukken en in het jaarplan.",
                 "Lezers die alleen de hoofdlijn zoeken, kunnen na het voorwoord direct naar de hoofdstukken over koers en "
                 "organisatie. Wie het plan toetst aan de wettelijke eisen, vindt in de inhoudsopgave per onderwerp het "
                 "hoofdstuk terug. Begrippen en afkortingen worden achterin het plan uitgelegd."][v]),
          ("p", "Het plan wordt uitgevoerd via jaarplannen. Elk jaarplan beschrijft de activiteiten voor het komende schooljaar, "
                "de verantwoordelijken en de planning. Tussentijdse wijzigingen van dit plan worden aan de "
                "ondersteuningsplanraad ter instemming voorgelegd. Wijzigingen van ondergeschikt belang, zoals een nieuwe "
                "contactpersoon of een gewijzigd adres, worden zonder instemmingsprocedure doorgevoerd.")]
    B += [("h1", "Goed bestuur en integriteit"),
          ("p", [f"{name} onderschrijft de Code Goed Bestuur van de sectorraad. Dat betekent onder meer dat bestuur en "
                 "intern toezicht gescheiden zijn, dat de bestuurder jaarlijks een integriteitsverklaring tekent en dat "
                 "nevenfuncties openbaar worden gemaakt op de website. Het verband kent een klokkenluidersregeling en een "
                 "vertrouwenspersoon integriteit voor medewerkers.",
                 "Het verband volgt de Code Goed Bestuur. Bestuur en toezicht zijn gescheiden, nevenfuncties van bestuurders "
                 "en toezichthouders worden gepubliceerd en het verband heeft een regeling voor het melden van vermoedens van "
                 "misstanden. De bestuurder legt jaarlijks in een zelfevaluatie verantwoording af over zijn eigen functioneren."][v]),
          ("p", "Het intern toezicht evalueert jaarlijks het eigen functioneren, eens in de drie jaar onder externe begeleiding. "
                "De toezichthouders bezoeken ten minste twee keer per jaar een school of voorziening om een beeld te krijgen van "
                "de praktijk. Zij spreken daarbij met leerkrachten, intern begeleiders en leerlingen. De verslagen van die "
                "bezoeken worden besproken in de vergadering van het intern toezicht."),
          ("p", "Bij de benoeming van toezichthouders wordt gelet op een evenwichtige samenstelling qua deskundigheid, "
                "achtergrond en ervaring. In het profiel is opgenomen dat ten minste één toezichthouder ervaring heeft met "
                "jeugdzorg of gezondheidszorg en ten minste één met bedrijfsvoering in het onderwijs.")]
    B += [("h1", "Kennis, opleiding en onderzoek"),
          ("p", [f"De {sch} in ons verband werken samen met de lerarenopleidingen in de regio. Studenten lopen stage op "
                 "scholen en in voorzieningen, en een aantal scholen is opleidingsschool. Het verband stimuleert dat "
                 "studenten in hun opleiding kennismaken met leerlingen met een ondersteuningsbehoefte, bijvoorbeeld door een "
                 "meeloopdag in het speciaal onderwijs.",
                 "Wij werken samen met de hogeschool en de universiteit in onze regio. Jaarlijks voeren masterstudenten "
                 "orthopedagogiek en onderwijskunde een of meer onderzoeken uit op vragen die uit de scholen komen. Recente "
                 "onderwerpen waren de rol van de mentor, het gebruik van digitale leermiddelen en de samenwerking tussen "
                 "school en wijkteam."][v]),
          ("p", "Het verband organiseert elk jaar een kennisdag voor alle medewerkers van de aangesloten scholen. Op de "
                "kennisdag presenteren scholen voorbeelden uit hun eigen praktijk en verzorgen externe sprekers workshops. "
                "Daarnaast kent het verband een digitale kennisbank met handreikingen, protocollen en voorbeelden van "
                "aanpakken die op scholen goed werken. De kennisbank wordt beheerd door het bureau en is toegankelijk voor alle "
                "medewerkers van de aangesloten scholen."),
          ("p", "Wij stimuleren dat scholen van elkaar leren. Daarom faciliteert het verband lerende netwerken rond thema's "
                "die scholen zelf aandragen, zoals executieve functies, meertaligheid, gedrag in de klas en het werken met "
                "ontwikkelingsperspectieven. Een lerend netwerk bestaat uit vijf tot acht scholen en komt vier tot zes keer per "
                "jaar bijeen onder begeleiding van een adviseur van het verband.")]
    B += [("h1", "Duurzaamheid, huisvesting en bedrijfsvoering"),
          ("p", "Het bureau van het verband is gehuisvest in een gebouw dat wordt gedeeld met andere onderwijsorganisaties. "
                "Gespreksruimten zijn ook beschikbaar voor scholen en ketenpartners. Het verband streeft naar een kleine "
                "ecologische voetafdruk: medewerkers reizen zoveel mogelijk met het openbaar vervoer of de fiets en overleggen "
                "waar mogelijk online."),
          ("p", "De bedrijfsvoering is voor een deel ondergebracht bij een administratiekantoor. Het verband stelt jaarlijks een "
                "jaarrekening op, die door een accountant wordt gecontroleerd. Inkoop verloopt volgens het inkoopbeleid van het "
                "verband; bij opdrachten boven de Europese drempel wordt een aanbestedingsprocedure gevolgd. Het verband toetst "
                "periodiek of de uitbesteding van taken nog doelmatig is."),
          ("p", "Voor de continuïteit van de organisatie is het van belang dat kennis niet bij één persoon ligt. Het bureau "
                "werkt daarom met vaste vervangers, met beschreven werkprocessen en met een digitaal archief. Nieuwe medewerkers "
                "doorlopen een inwerkprogramma van drie maanden, waarin zij alle scholen en voorzieningen leren kennen.")]
    return B


# ---------------------------------------------------------------------------
# Labels and main
# ---------------------------------------------------------------------------
import json

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def label_yaml(documents, label):
    lines = ["documents: [" + ", ".join(documents) + "]", f"sector: {label['sector']}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {label['elements'][e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if label['criteria'][c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if e in label["advisory_addressed"]:
            lines.append(f"  {e}: [" + ", ".join(label["advisory_addressed"][e]) + "]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {q(label['notes'][e])}")
    return "\n".join(lines) + "\n"


def check_label(label):
    """Status rule of Part A, applied to our own labels."""
    for e in ELEMENTS:
        crit = [label["criteria"][c] for c in CORE if c.startswith(e + ".")]
        if all(crit):
            want = "present"
        elif any(crit) or label["advisory_addressed"].get(e):
            want = "partial"
        else:
            want = "missing"
        assert label["elements"][e] == want, (e, label["elements"][e], want)


def main():
    out = Path(__file__).resolve().parent.parent
    out.mkdir(parents=True, exist_ok=True)
    plans = [
        ("po-veenhoven-oost-2025", plan_p1, P1_LABEL, "docx", P1_NAME),
        ("vo-deltastad-2025", plan_p2, P2_LABEL, "pdf", P2_NAME),
        ("po-eemlanden-zuid-2025", plan_p3, P3_LABEL, "pdf", P3_NAME),
        ("vo-lingegouw-2025", plan_p4, P4_LABEL, "docx", P4_NAME),
        ("po-stad-en-haven-2025", plan_p5, P5_LABEL, "html", P5_NAME),
    ]
    for stem, fn, label, fmt, name in plans:
        blocks = fn()
        check_label(label)
        fname = f"{stem}.{fmt}"
        kw = dict(header_text=f"{name} – Ondersteuningsplan 2025-2029",
                  footer_text="Ondersteuningsplan 2025-2029", title=f"Ondersteuningsplan 2025-2029 {name}")
        if fmt == "docx":
            to_docx(blocks, out / fname, **kw)
        elif fmt == "pdf":
            to_pdf(blocks, out / fname, **kw)
        elif fmt == "html":
            to_html(blocks, out / fname, title=f"Ondersteuningsplan 2025-2029 – {name}")
        (out / f"{stem}.expected.yaml").write_text(label_yaml([fname], label), encoding="utf-8")
        print(f"{fname}: {words(blocks)} words")
    nm = "po-obs-de-vlinderboom-schoolplan.md"
    blocks = nearmiss()
    to_md(blocks, out / nm)
    (out / "po-obs-de-vlinderboom-schoolplan.expected.yaml").write_text(
        f"documents: [{nm}]\nsector: po\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
        f"notes:\n  document: {q(NM_LABEL_NOTE)}\n", encoding="utf-8")
    print(f"{nm}: {words(blocks)} words")


if __name__ == "__main__":
    main()
