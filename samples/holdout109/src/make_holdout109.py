#!/usr/bin/env python3
"""Generate the holdout109 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (via LibreOffice) and .html. Deterministic, no network.
Label files (*.expected.yaml) are written by hand and live next to the documents."""
import html
import io
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def L(items): return ("ul", items)
def T(rows): return ("table", rows)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        else:
            n += len(val.split())
    return n


def toc(blocks):
    return [b[1] for b in blocks if b[0] == "h1"]


# ---------------------------------------------------------------- renderers
FIXED = datetime(2025, 3, 1, 9, 0, 0)


def _normalise_zip(path):
    """Rewrite the zip with fixed timestamps so the .docx bytes are reproducible."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(buf.getvalue())


def write_docx(path, title_lines, header, blocks, with_toc=True):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "opcheck holdout109"
    cp.title = title_lines[0]
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = header + " | versie ter vaststelling"
    for i, line in enumerate(title_lines):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(24 if i == 0 else 13)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if with_toc:
        doc.add_heading("Inhoudsopgave", level=1)
        for n, t in enumerate(toc(blocks), 1):
            doc.add_paragraph(f"{t} .......... {3 + 2 * n}")
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, val in blocks:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.save(str(path))
    _normalise_zip(path)


def write_pdf(path, title_lines, header, blocks):
    tmp = Path(tempfile.mkdtemp(prefix="holdout109_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(src, title_lines, header, blocks)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(path, title_lines, header, blocks):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title_lines[0])}</title>", "</head>", "<body>",
           f'<header><nav class="site-nav">{e(header)} | Home | Over ons | Ouders | Scholen | '
           'Ondersteuningsplan | Contact</nav></header>', "<main>",
           f"<p class=\"kicker\">{e(title_lines[0])}</p>"]
    for line in title_lines[1:]:
        out.append(f"<p class=\"subtitle\">{e(line)}</p>")
    out.append('<nav class="toc"><h2>Op deze pagina</h2><ul>')
    for n, t in enumerate(toc(blocks), 1):
        out.append(f'<li><a href="#h{n}">{e(t)}</a></li>')
    out.append("</ul></nav>")
    n = 0
    for kind, val in blocks:
        if kind == "h1":
            n += 1
            out.append(f'<h2 id="h{n}">{e(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", f"<footer>{e(header)} | Privacyverklaring | Cookies | "
            "Toegankelijkheid</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# =====================================================================================
# Plan 1 - VO, .docx - Samenwerkingsverband VO Rijn en Duin
# BO present, PL present, TS partial (procedure deferred), FI present, DA present,
# RE partial (monitoring deferred), OU partial (steunpunt deferred)
# =====================================================================================
def plan_rijnduin():
    b = []
    b += [H1("Voorwoord"),
          P("Voor u ligt het ondersteuningsplan 2025-2029 van Samenwerkingsverband VO Rijn en Duin. Het is "
            "het derde ondersteuningsplan sinds de invoering van passend onderwijs en het eerste dat we "
            "schrijven na de afbouw van onze reserves en de komst van de nieuwe wettelijke taken rond het "
            "ouder- en jeugdsteunpunt. Het plan is tot stand gekomen in een reeks bijeenkomsten met "
            "schoolleiders, ondersteuningscoördinatoren, mentoren, leerlingen, ouders en onze partners bij "
            "de gemeenten Duinwijk, Rijnsburg-Oost en Katwoude."),
          P("Wat ons opviel in die gesprekken: iedereen wil hetzelfde, namelijk dat een jongere in onze "
            "regio op een school zit waar hij of zij zich gezien voelt, en dat school en omgeving op tijd "
            "de juiste hulp organiseren. Tegelijk zien we dat de druk op scholen groeit. Het aantal "
            "leerlingen met een complexe vraag neemt toe, het lerarentekort raakt vooral de vmbo-scholen "
            "en de wachttijden in de jeugdhulp zijn nog altijd te lang. Dit plan is daarom geen "
            "ambitieus papieren bouwwerk, maar een werkdocument met duidelijke afspraken."),
          P("Ik dank de leden van de ondersteuningsplanraad voor hun scherpe vragen, de schoolbesturen voor "
            "hun vertrouwen en de medewerkers van het bureau voor het schrijfwerk. De middelen die we als "
            "samenwerkingsverband ontvangen zijn publiek geld; we willen er zorgvuldig en transparant mee "
            "omgaan. In dit plan leest u hoe."),
          P("Namens het bestuur, drs. M. (Marieke) van Oosterhout, directeur-bestuurder")]
    b += [H1("1. Inleiding en leeswijzer"),
          P("Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
            "(artikel 17a Wet op het voortgezet onderwijs, sinds 2021 artikel 2.47 en verder van de WVO "
            "2020). Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het vervangt het plan "
            "2021-2025 en de aanvulling lwoo/pro uit 2016."),
          P("Hoofdstuk 2 schetst de regio en de kengetallen. Hoofdstuk 3 beschrijft onze missie, visie en "
            "ambities. In hoofdstuk 4 staat wat iedere school ten minste biedt. Hoofdstuk 5 gaat over het "
            "ondersteuningsaanbod binnen en tussen de scholen en over de manier waarop we ervoor zorgen dat "
            "geen jongere tussen wal en schip valt. Hoofdstuk 6 behandelt de toewijzing van lwoo, pro en "
            "vso, hoofdstuk 7 de terugkeer vanuit het vso. Hoofdstuk 8 gaat over ouders en leerlingen, "
            "hoofdstuk 9 over wat we willen bereiken, hoofdstuk 10 over organisatie en medezeggenschap en "
            "hoofdstuk 11 over de financiën. Achterin vindt u een begrippenlijst.")]
    b += [H1("2. Onze regio in beeld"),
          P("Samenwerkingsverband VO Rijn en Duin omvat het voortgezet onderwijs in drie gemeenten aan de "
            "kust. Acht schoolbesturen met samen veertien scholen en drieëntwintig vestigingen zijn bij "
            "ons aangesloten: twee scholen voor praktijkonderwijs, zes scholen met vmbo-afdelingen, vijf "
            "scholengemeenschappen voor havo en vwo en één school voor voortgezet speciaal onderwijs "
            "(cluster 4) met twee locaties. Daarnaast bezoeken leerlingen uit onze regio vso-scholen voor "
            "cluster 3 in de buurregio's."),
          T([["Kengetal (1 oktober 2024)", "Aantal"],
             ["Leerlingen regulier vo (incl. lwoo)", "12.480"],
             ["waarvan met lwoo-aanwijzing", "1.310"],
             ["Leerlingen praktijkonderwijs", "402"],
             ["Leerlingen vso (woonachtig in de regio)", "338"],
             ["Leerlingen in de ISK (Internationale Schakelklas)", "146"],
             ["Leerlingen in OPDC De Brug (peildatum)", "41"]]),
          P("Het leerlingenaantal daalt de komende jaren licht, vooral in Rijnsburg-Oost. Tegelijkertijd "
            "stijgt het aantal nieuwkomers door de opvang in Katwoude. Beide ontwikkelingen hebben "
            "gevolgen voor de spreiding van voorzieningen en voor de bekostiging.")]
    b += [H1("3. Missie, visie en ambities"),
          P("Onze missie is kort: elke jongere in de regio krijgt onderwijs dat bij hem of haar past, zo "
            "dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. De scholen zijn "
            "verantwoordelijk voor het onderwijs en de ondersteuning; het samenwerkingsverband faciliteert, "
            "verbindt en houdt overzicht."),
          P("Wij geloven in de kracht van de gewone school. Een goede mentor, een school die zijn "
            "leerlingen kent en een ondersteuningsstructuur die snel schakelt, voorkomen veel zwaardere "
            "trajecten. Daarom investeren we het grootste deel van de middelen dicht bij de leerling. We "
            "geloven ook dat ouders en leerlingen mee moeten kunnen praten over de ondersteuning; niet "
            "over hen, maar met hen."),
          P("Voor de planperiode hebben we vier ambities geformuleerd: (1) sterke basis op iedere "
            "vestiging, (2) een sluitend aanbod zonder thuiszitters, (3) soepele overgangen en (4) "
            "eenvoudige procedures met minder papier. In hoofdstuk 9 werken we de beoogde resultaten "
            "uit."),
          H2("3.1 Terugblik op de vorige planperiode"),
          P("In de periode 2021-2025 hebben we veel in gang gezet. We hebben het loket vernieuwd, de "
            "reboundvoorziening verhuisd naar een eigen gebouw en de samenwerking met de wijkteams "
            "versterkt. Tegelijk moesten we vaststellen dat sommige plannen bleven steken. De "
            "professionalisering van mentoren kwam door de coronamaatregelen laat op gang, en het "
            "gesprek over de verdeling van middelen tussen vmbo en havo/vwo duurde langer dan voorzien."),
          P("De evaluatie met scholen, ouders en OPR leverde drie lessen op. Ten eerste: afspraken op "
            "papier werken pas als iemand ze bewaakt. Ten tweede: de gewone school heeft meer "
            "handelingsruimte nodig, niet meer formulieren. Ten derde: ouders willen eerder en "
            "duidelijker geïnformeerd worden over de route naar extra ondersteuning. Deze lessen hebben "
            "we in dit plan verwerkt."),
          H2("3.2 Samenwerking met gemeenten en jeugdhulp"),
          P("Onderwijs en jeugdhulp raken elkaar dagelijks. Met de gemeenten hebben we afgesproken dat "
            "iedere vo-school een vaste contactpersoon van het wijkteam heeft, die aanschuift bij het OT. "
            "Jeugdhulp in onderwijstijd wordt gefinancierd door de gemeente; de school regelt de ruimte en "
            "de afstemming met het rooster. Voor leerlingen die zowel onderwijs als intensieve zorg nodig "
            "hebben, is er het onderwijs-zorgarrangement De Duinroos (zie hoofdstuk 5). De afspraken over "
            "leerlingenvervoer en huisvesting liggen bij de gemeenten zelf."),
          H2("3.3 Overgangen"),
          P("De overstap van groep 8 naar de brugklas en de overstap van vmbo naar mbo zijn kwetsbare "
            "momenten. Samen met het SWV PO Duin- en Bollenstreek organiseren we een warme overdracht "
            "voor leerlingen met een ondersteuningsbehoefte: de basisschool, de ouders en de nieuwe "
            "school bespreken in het voorjaar wat de leerling nodig heeft. Met de mbo-instellingen in de "
            "regio hebben we een vergelijkbare werkwijze voor leerlingen uit het vmbo, het pro en het vso.")]
    b += [H1("4. Basisondersteuning: wat iedere school biedt"),
          P("De scholen van Rijn en Duin hebben samen een niveau van basisondersteuning vastgesteld dat "
            "op iedere vestiging geldt, ook op de vestigingen voor praktijkonderwijs en op de havo/vwo-"
            "scholen. Dat niveau is een ondergrens: een school mag meer bieden, maar niet minder. Het is "
            "onderdeel van de afspraken tussen de besturen en geldt voor elke leerling zonder dat daar een "
            "aanvraag of toekenning van het samenwerkingsverband voor nodig is."),
          P("Concreet kan iedere ouder en leerling op elke vestiging het volgende verwachten:"),
          L(["een mentor die wekelijks een mentoruur geeft en minstens drie keer per jaar een gesprek "
             "voert met leerling en ouders;",
             "een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, die het "
             "ondersteuningsteam (OT) voorzit;",
             "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met de jeugdarts van de GGD, "
             "de schoolmaatschappelijk werker en de leerplichtambtenaar;",
             "faciliteiten bij dyslexie en dyscalculie volgens het regionale protocol: extra tijd, "
             "vergrote opgaven, voorleessoftware en een rekenkaart;",
             "kortdurende trainingen in een groepje: faalangstreductie, sociale vaardigheden en "
             "begeleiding bij plannen en organiseren (executieve functies);",
             "een vaste opvangplek (time-in) met een begeleider tijdens alle lesuren;",
             "een protocol medisch handelen en een aanspreekpunt voor leerlingen met een chronische "
             "ziekte;",
             "een ontwikkelingsperspectiefplan (OPP) binnen zes weken nadat is vastgesteld dat een "
             "leerling meer nodig heeft dan het gewone aanbod."]),
          P("Iedere school beschrijft in de schoolgids hoe zij deze basisondersteuning organiseert. Het "
            "samenwerkingsverband bekijkt elk voorjaar de schoolgidsen en bespreekt eens per twee jaar in "
            "een auditgesprek met de schoolleiding of de afspraken worden waargemaakt. Voldoet een "
            "vestiging niet, dan maakt de school binnen drie maanden een verbeterplan; het bureau ziet toe "
            "op de uitvoering.")]
    b += [H1("5. Ondersteuningsaanbod en dekkend netwerk"),
          H2("5.1 Het continuüm van ondersteuning"),
          P("Boven op de basisondersteuning kent onze regio drie treden. De tweede trede is extra "
            "ondersteuning op de eigen school, betaald uit het schoolbudget: bijvoorbeeld een "
            "trajectvoorziening, een kleine klas in de onderbouw of begeleiding door een "
            "gedragsspecialist. De derde trede bestaat uit bovenschoolse voorzieningen: OPDC De Brug "
            "(tijdelijke plaatsing van maximaal twaalf maanden), de reboundvoorziening Het Anker (acht tot "
            "twaalf weken, met behoud van inschrijving op de eigen school), de ISK in Katwoude voor "
            "nieuwkomers en het onderwijs-zorgarrangement De Duinroos, waar onderwijs en jeugdhulp samen "
            "worden geboden. De vierde trede is het voortgezet speciaal onderwijs en, voor leerlingen die "
            "daarop zijn aangewezen, het praktijkonderwijs."),
          T([["Trede", "Voorziening", "Toegang"],
             ["1 Basis", "Op iedere vestiging (hoofdstuk 4)", "Geen aanvraag nodig"],
             ["2 Extra op school", "Trajectvoorziening, kleine klas, gedragsspecialist", "Besluit school na OT"],
             ["3 Bovenschools", "OPDC De Brug, Het Anker, ISK, De Duinroos", "Loket Rijn en Duin"],
             ["4 Speciaal", "vso cluster 3 en 4, praktijkonderwijs", "TLV of aanwijzing (hoofdstuk 6)"]]),
          H2("5.2 Witte vlekken en thuiszitters"),
          P("Elk jaar in november maakt het bureau met de scholen en de leerplichtafdelingen een analyse "
            "van het aanbod: welke leerlingen vinden geen passende plek, waar zijn wachtlijsten en welke "
            "vragen komen we herhaaldelijk tegen? De uitkomst bespreken we in het directeurenoverleg en "
            "in het OOGO. In 2024 zagen we twee witte vlekken: een passende plek voor hoogbegaafde "
            "leerlingen met een ontwikkelingsvoorsprong én sociaal-emotionele problemen, en een "
            "wachtlijst van gemiddeld negen weken voor cluster 4. Voor de eerste vlek start in augustus "
            "2025 een pilot op twee havo/vwo-scholen; voor de tweede maken we met de vso-school afspraken "
            "over een tijdelijke observatieplaats."),
          P("Iedere leerling die langer dan vier weken niet naar school gaat, wordt besproken aan de "
            "thuiszitterstafel, waar school, leerplicht, jeugdhulp en het samenwerkingsverband binnen "
            "twee weken een plan maken. Lukt dat niet, dan heeft de directeur-bestuurder "
            "doorzettingsmacht: zij wijst een school aan die de leerling tijdelijk opvangt. De zorgplicht "
            "blijft bij het bestuur van de school van inschrijving.")]
    b += [H1("6. Toewijzing: lwoo, praktijkonderwijs en vso"),
          H2("6.1 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("Rijn en Duin hanteert de landelijke criteria voor lwoo en pro; we maken geen gebruik van de "
            "mogelijkheid om eigen lwoo-criteria vast te stellen. Een leerling is aangewezen op lwoo bij "
            "een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee "
            "van de domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spelling, waarvan "
            "één begrijpend lezen of inzichtelijk rekenen is; bij een IQ van 91 tot en met 120 is "
            "daarnaast sociaal-emotionele problematiek vereist. Een leerling is toelaatbaar tot het "
            "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op "
            "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."),
          P("De VO-school waar de leerling is aangemeld dient de aanvraag in via het digitale loket, vóór "
            "1 maart van groep 8. De commissie toewijzing beoordeelt de aanvraag binnen vier weken. De "
            "aanwijzing lwoo geldt voor de hele schoolloopbaan in het vo; een toelaatbaarheidsverklaring "
            "pro geldt eveneens voor de duur van de opleiding."),
          H2("6.2 Voortgezet speciaal onderwijs"),
          P("Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag "
            "van de school waar de leerling staat ingeschreven, of bij een nieuwe leerling door de school "
            "waar hij is aangemeld. De route is als volgt:"),
          L(["stap 1: het OT bespreekt de leerling in een multidisciplinair overleg met ouders en leerling;",
             "stap 2: de school stuurt het groeidocument, het OPP met twee evaluaties en de zienswijze van "
             "ouders naar het loket;",
             "stap 3: twee deskundigen (een orthopedagoog of psycholoog en, afhankelijk van de leerling, "
             "een kinderpsychiater, maatschappelijk werker of arts) geven ieder afzonderlijk schriftelijk "
             "advies; zij waren niet bij de aanvraag betrokken;",
             "stap 4: de commissie toelaatbaarheid neemt namens het bestuur binnen zes weken na "
             "ontvangst van een compleet dossier een besluit;",
             "stap 5: ouders en school ontvangen het besluit en een afschrift van de adviezen."]),
          P("De commissie verklaart een leerling toelaatbaar als aan alle volgende voorwaarden is voldaan: "
            "de ondersteuningsbehoefte is in het OPP beschreven en overstijgt aantoonbaar wat de reguliere "
            "school met de basisondersteuning, extra ondersteuning en een bovenschools arrangement kan "
            "bieden; er is ten minste een half jaar handelingsgericht gewerkt met twee evaluatiemomenten; "
            "en de gevraagde vso-school kan de benodigde combinatie van onderwijs en ondersteuning "
            "daadwerkelijk bieden. Bij acute onveiligheid kan de commissie van de termijn van een half "
            "jaar afwijken."),
          P("Een TLV wordt in de regel afgegeven voor twee schooljaren, in bekostigingscategorie laag. "
            "Categorie midden of hoog wordt alleen toegekend bij een lichamelijke beperking of "
            "meervoudige beperking, op advies van de deskundigen.")]
    b += [H1("7. Terugkeer vanuit het vso"),
          P("Een plaatsing in het vso is voor ons geen eindstation. Uitgangspunt is dat een leerling zo "
            "kort als nodig in het vso verblijft en terugkeert naar het regulier vo zodra hij daar met "
            "ondersteuning kan functioneren. Een terugkeer is aan de orde wanneer de doelen uit het OPP "
            "grotendeels zijn bereikt, de leerling zelf wil en een ontvangende school kan bieden wat nodig "
            "is."),
          P("Een leerling die terugkeert, krijgt een terugkeerarrangement van een jaar: een vast "
            "aanspreekpunt op de nieuwe school, twee dagdelen per week begeleiding door een "
            "ambulant begeleider van de vso-school en een budget van € 3.500 voor de ontvangende school. "
            "Zo voorkomen we dat een terugkeer strandt op de eerste moeilijke weken."),
          P("Hoe de terugplaatsing praktisch verloopt - wie het gesprek start, wanneer in het laatste "
            "TLV-jaar de afweging wordt gemaakt en wie uiteindelijk beslist - leggen de vso-scholen en het "
            "samenwerkingsverband in het schooljaar 2025-2026 vast in een gezamenlijk protocol. Tot dat "
            "moment maken de scholen per leerling afspraken.")]
    b += [H1("8. Ouders en leerlingen"),
          P("Ouders kennen hun kind het best. We willen dat zij weten welke ondersteuning er in de regio "
            "is en hoe je die krijgt. Daarom informeren we ouders via verschillende kanalen:"),
          L(["de website www.rijnenduin-vo.nl met een ouderpagina, een overzicht van alle bovenschoolse "
             "voorzieningen en uitleg over lwoo, pro en vso in eenvoudige taal;",
             "de folder 'Passend onderwijs in het vo' die alle groep 8-leerlingen in de regio in het najaar "
             "meekrijgen, ook in het Engels, Arabisch en Oekraïens;",
             "twee informatieavonden per jaar over de overstap naar het vo, samen met het SWV PO;",
             "de schoolgids van iedere school, waarin de basisondersteuning en de extra ondersteuning van "
             "die school zijn beschreven;",
             "het OT-gesprek, waarbij ouders altijd worden uitgenodigd."]),
          P("Het ouder- en jeugdsteunpunt dat de wet voorschrijft, wordt in de loop van 2026 ingericht. "
            "Over de vorm - een eigen steunpunt of aansluiting bij een regionaal initiatief - besluit het "
            "bestuur na advies van de OPR. Tot die tijd kunnen ouders met vragen terecht bij het bureau "
            "van het samenwerkingsverband."),
          P("Leerlingen betrekken we via een leerlingpanel dat twee keer per jaar bijeenkomt. In de OPR "
            "zitten naast personeelsleden ook ouders en leerlingen.")]
    b += [H1("9. Wat willen we bereiken?"),
          P("Bij elk van de vier ambities hoort een beoogd resultaat voor 2029. De nulmeting is van 1 "
            "oktober 2024."),
          T([["Ambitie", "Beoogd resultaat 2029", "Nulmeting 2024"],
             ["Sterke basis", "Alle 23 vestigingen voldoen bij de audit aan het basisniveau", "17 van 23"],
             ["Geen thuiszitters", "Geen leerling langer dan 3 maanden zonder onderwijs", "14 leerlingen"],
             ["Soepele overgangen", "90% van de OPDC-leerlingen binnen 12 maanden terug op een vo-school", "71%"],
             ["Minder papier", "TLV-besluit gemiddeld binnen 4 weken", "7 weken"],
             ["Deelname vso", "Deelnamepercentage vso niet boven 3,2%", "3,6%"]]),
          P("Hoe we deze resultaten gaan volgen, welke bronnen we gebruiken en hoe we erover rapporteren, "
            "werken we uit in een kwaliteitskader dat in 2026 aan het bestuur wordt voorgelegd.")]
    b += [H1("10. Organisatie, governance en medezeggenschap"),
          P("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; "
            "het intern toezicht berust bij een raad van toezicht van vijf leden, van wie drie op "
            "voordracht van de schoolbesturen en twee onafhankelijk. Het directeurenoverleg adviseert de "
            "directeur-bestuurder over de uitvoering. Het bureau heeft een formatie van 9,2 fte, onder "
            "wie twee orthopedagogen, een beleidsmedewerker, een controller en de medewerkers van het "
            "loket."),
          P("De ondersteuningsplanraad (OPR) telt twaalf leden: zes personeelsleden en zes ouders of "
            "leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft "
            "instemmingsrecht op dit plan en op wijzigingen daarvan. De OPR heeft op 18 maart 2025 met dit "
            "plan ingestemd. Het OOGO met de drie gemeenten is gevoerd op 4 februari 2025; de afspraken "
            "over jeugdhulp in de school, leerlingenvervoer en de thuiszitterstafel staan in het "
            "OOGO-verslag. Het plan is vóór 1 mei 2025 naar de inspectie gestuurd."),
          H2("10.1 Personeel en professionalisering"),
          P("Het samenwerkingsverband heeft geen personeel in dienst dat lesgeeft. Wel organiseren we "
            "scholing voor ondersteuningscoördinatoren en mentoren, bijvoorbeeld over executieve functies "
            "en over het voeren van gesprekken met ouders. Jaarlijks is daarvoor € 60.000 beschikbaar."),
          H2("10.2 Privacy en ICT"),
          P("Voor de toewijzing gebruiken we een beveiligde digitale omgeving. Persoonsgegevens bewaren we "
            "niet langer dan drie jaar na het besluit. De functionaris gegevensbescherming van het "
            "samenwerkingsverband ziet toe op naleving van de AVG.")]
    b += [H1("11. Financiën"),
          H2("11.1 Inkomsten"),
          P("Het samenwerkingsverband ontvangt van DUO een budget voor lichte en voor zware ondersteuning. "
            "Van het budget zware ondersteuning gaat het grootste deel als afdracht rechtstreeks naar de "
            "vso-scholen, op basis van het aantal leerlingen met een TLV op de teldatum 1 oktober en op 1 "
            "februari (groeiregeling). Ook de middelen voor lwoo en pro lopen via het samenwerkingsverband."),
          H2("11.2 Verdeling over de schoolbesturen"),
          P("De middelen lichte ondersteuning en de vrij besteedbare middelen zware ondersteuning verdelen "
            "we volgens een vast verdeelmodel, dat het bestuur elk jaar in december vaststelt na advies "
            "van het directeurenoverleg:"),
          L(["elke vestiging ontvangt een vaste voet van € 25.000;",
             "daarnaast ontvangt elk schoolbestuur € 310 per leerling op 1 oktober van het voorgaande jaar;",
             "voor de bovenschoolse voorzieningen (OPDC, rebound, De Duinroos) reserveren we vooraf een "
             "vast bedrag; scholen betalen geen eigen bijdrage per geplaatste leerling;",
             "lwoo- en pro-middelen gaan volledig door naar de scholen op basis van het aantal aanwijzingen "
             "en toelaatbaarheidsverklaringen."]),
          P("Schoolbesturen verantwoorden in hun jaarverslag waaraan zij de middelen hebben besteed, volgens "
            "een vast format met de rubrieken personeel, trainingen, arrangementen en overig."),
          H2("11.3 Meerjarenbegroting"),
          T([["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
             ["Baten rijksbijdrage ondersteuning", "14.620", "14.480", "14.310", "14.150"],
             ["Afdracht vso (incl. groeiregeling)", "6.110", "6.030", "5.950", "5.880"],
             ["Lwoo en pro naar scholen", "3.940", "3.900", "3.860", "3.820"],
             ["Schoolbudgetten (vaste voet + per leerling)", "4.445", "4.410", "4.370", "4.320"],
             ["OPDC, rebound en De Duinroos", "1.060", "1.060", "1.060", "1.060"],
             ["Terugkeerarrangementen", "70", "70", "70", "70"],
             ["Bureau, loket en scholing", "910", "920", "930", "940"],
             ["Resultaat", "-1.915", "-1.910", "-1.930", "-1.940"]]),
          P("Het negatieve resultaat is bewust: we bouwen de reserve af die boven de signaleringswaarde "
            "uitkwam. Eind 2028 ligt het weerstandsvermogen naar verwachting op 5% van de baten, wat "
            "volgens onze risicoanalyse voldoende is.")]
    b += [H1("12. Planning"),
          T([["Wanneer", "Wat"],
             ["najaar 2025", "Eerste audits basisondersteuning, start pilot hoogbegaafdheid"],
             ["2025-2026", "Protocol terugkeer vso opstellen"],
             ["voorjaar 2026", "Kwaliteitskader naar bestuur; besluit ouder- en jeugdsteunpunt"],
             ["2027", "Tussenevaluatie met OPR en gemeenten"],
             ["2028-2029", "Voorbereiding volgend ondersteuningsplan"]])]
    b += [H1("Bijlage A. Begrippenlijst"),
          L(["Basisondersteuning: het afgesproken minimum aan ondersteuning op iedere school.",
             "Bezwaar: ouders kunnen bezwaar maken tegen een besluit van het samenwerkingsverband.",
             "Dekkend aanbod: een samenhangend geheel van voorzieningen zodat iedere leerling een plek heeft.",
             "Lwoo: leerwegondersteunend onderwijs.",
             "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
             "Terugplaatsing: terugkeer van een leerling uit het vso naar het regulier vo.",
             "TLV: toelaatbaarheidsverklaring voor het vso.",
             "OPDC: orthopedagogisch-didactisch centrum."])]
    return b


# =====================================================================================
# Plan 2 - VO, .pdf - Samenwerkingsverband Voortgezet Onderwijs Kempenland-Oost
# BO partial (inhoud only in absent bijlage), PL partial (criteria only in absent bijlage),
# TS present (inside TLV chapter), FI partial (begroting p.m.), DA present, RE present,
# OU present (inside "Communicatie")
# =====================================================================================
def plan_kempenland():
    b = []
    b += [H1("Hoofdstuk 1 Woord vooraf"),
          P("Passend onderwijs is geen project meer, het is de manier waarop we in Kempenland-Oost "
            "samenwerken. Na tien jaar is de vraag niet meer óf we samenwerken, maar hoe we dat zo doen dat "
            "een leerling en zijn ouders er iets van merken. Dit ondersteuningsplan 2025-2029 is daarom "
            "korter dan het vorige. We beschrijven op hoofdlijnen wat we afspreken; de uitwerking staat in "
            "het jaarplan, de handreikingen en de bijlagen."),
          P("Het plan is geschreven door een werkgroep van zes schoolleiders, twee "
            "ondersteuningscoördinatoren, een ouder uit de OPR en de stafmedewerkers van het "
            "samenwerkingsverband. Zij hebben gesproken met ruim tachtig betrokkenen: mentoren, "
            "leerlingen van het praktijkonderwijs en het vso, ouders van leerlingen met een "
            "toelaatbaarheidsverklaring, medewerkers van de gemeenten en van de jeugdhulp. Wij danken hen "
            "hartelijk voor hun openheid."),
          P("R.J. (Rob) Verhagen, directeur-bestuurder, en J. Smulders, voorzitter raad van toezicht")]
    b += [H1("Hoofdstuk 2 Wie zijn wij"),
          P("Het Samenwerkingsverband VO Kempenland-Oost is de vereniging van elf schoolbesturen voor "
            "voortgezet onderwijs in zeven gemeenten in het oosten van de Kempen. Er zijn negentien "
            "scholen aangesloten: twaalf scholen voor vmbo, havo en vwo (waarvan acht met lwoo), twee "
            "scholen voor praktijkonderwijs, twee vso-scholen (cluster 3 en cluster 4), een "
            "Internationale Schakelklas en twee categorale gymnasia. Samen tellen zij op 1 oktober 2024 "
            "ruim 16.900 leerlingen."),
          P("De vereniging heeft een algemene ledenvergadering (ALV) waarin alle besturen zitting hebben, "
            "een raad van toezicht en een directeur-bestuurder. Het bureau is gevestigd in Geldrop-Noord "
            "en telt twaalf medewerkers, onder wie de leden van de Commissie Toelaatbaarheid, drie "
            "trajectbegeleiders en een consulent passend onderwijs. De scholen zijn en blijven "
            "verantwoordelijk voor de ondersteuning van hun leerlingen; het samenwerkingsverband "
            "verbindt, ondersteunt en beslist waar de wet dat voorschrijft."),
          H2("2.1 Missie en koers"),
          P("Wij willen dat iedere jongere in de Oost-Kempen onderwijs volgt dat past bij zijn "
            "mogelijkheden, zo thuisnabij als kan. Onze koers voor de komende vier jaar rust op drie "
            "pijlers: vakmanschap in de klas, korte lijnen met de jeugdhulp en eenvoud in de "
            "procedures. Bij elke beslissing vragen we ons af: wat betekent dit voor de leerling?"),
          H2("2.2 Hoe dit plan tot stand kwam"),
          P("Het concept is in december 2024 besproken in de ALV en in januari 2025 in het op "
            "overeenstemming gericht overleg (OOGO) met de zeven gemeenten. De ondersteuningsplanraad "
            "heeft op 11 maart 2025 ingestemd. De raad van toezicht heeft het plan op 25 maart 2025 "
            "goedgekeurd. Het plan is op 8 april 2025 aan de inspectie gezonden."),
          H2("2.3 Terugblik 2021-2025"),
          P("In het vorige plan stonden vijf speerpunten. Twee daarvan hebben we gehaald: de "
            "trajectbegeleiding is in alle gemeenten beschikbaar en de Time-out voorziening draait "
            "stabiel. Het aantal leerlingen dat langer dan vier weken thuiszat, daalde van 31 in 2021 naar "
            "23 in 2024, maar bleef boven ons streefcijfer van 15. De doorlooptijd van TLV-aanvragen werd "
            "korter, van gemiddeld acht naar vijfenhalve week. Het deelnamepercentage vso steeg echter "
            "licht, van 3,2 naar 3,4 procent, terwijl we een daling hadden beoogd. De evaluatie laat zien "
            "dat vooral de instroom van leerlingen met ernstige psychische problemen is toegenomen."),
          P("De OPR en de gemeenten vroegen ons in de evaluatie om minder nieuwe projecten en meer "
            "aandacht voor wat er al is. Dat advies volgen we. Dit plan bevat daarom geen lange lijst "
            "met ambities, maar een beperkt aantal doelen die we meetbaar maken (hoofdstuk 6)."),
          H2("2.4 Wat we van de gemeenten vragen"),
          P("In het OOGO hebben we met de zeven gemeenten vier thema's afgesproken: jeugdhulp in en om de "
            "school, een sluitende aanpak van verzuim en thuiszitten, leerlingenvervoer naar het vso en "
            "het praktijkonderwijs, en de aansluiting tussen onderwijs en arbeidsmarkt voor jongeren "
            "zonder startkwalificatie. Per thema is een ambtelijk trekker en een trekker vanuit het "
            "samenwerkingsverband benoemd. Onderwijs-zorgarrangementen voor jongeren die zowel "
            "onderwijs als intensieve jeugdhulp nodig hebben, worden per leerling afgesproken tussen "
            "school, gemeente en zorgaanbieder; het samenwerkingsverband zit het overleg voor en bewaakt "
            "de afspraken.")]
    b += [H1("Hoofdstuk 3 Basisondersteuning"),
          P("Alle scholen in Kempenland-Oost bieden dezelfde basisondersteuning. Dit is het niveau dat de "
            "besturen samen hebben afgesproken en dat op iedere vestiging aanwezig moet zijn, van het "
            "gymnasium tot het praktijkonderwijs. Basisondersteuning is geen extra voorziening; het is "
            "wat een leerling op iedere school mag verwachten, zonder aanvraag bij het "
            "samenwerkingsverband. Alles wat daarboven uitgaat, noemen we extra ondersteuning."),
          P("De standaarden voor de basisondersteuning en de concrete invulling per standaard zijn "
            "beschreven in het Referentiekader Basisondersteuning Kempenland-Oost (bijlage 2). Dit "
            "referentiekader wordt in het schooljaar 2025-2026 geactualiseerd zodra de landelijke norm "
            "basisondersteuning bekend is. Scholen nemen hun invulling op in de schoolgids."),
          P("Ambitie: in 2029 herkennen ouders de basisondersteuning op iedere school. Wat doen we: we "
            "organiseren intervisie tussen ondersteuningscoördinatoren en bezoeken elke school eens in de "
            "twee jaar. Wanneer zijn we tevreden: als alle scholen zelf aangeven dat zij de "
            "basisondersteuning volledig bieden.")]
    b += [H1("Hoofdstuk 4 Een dekkend aanbod"),
          H2("4.1 Van school tot speciaal"),
          P("Het aanbod in Kempenland-Oost is opgebouwd als een doorlopende reeks. Op de eigen school "
            "krijgt een leerling basisondersteuning en, waar nodig, een schoolarrangement: extra "
            "begeleiding door een leerlingbegeleider, een aangepast rooster of een plek in een "
            "ondersteuningsklas (zes vmbo-scholen hebben zo'n klas van maximaal vijftien leerlingen). "
            "Lukt het niet op de eigen school, dan zijn er bovenschoolse arrangementen: het OPDC "
            "Kempenpoort voor leerlingen in de onderbouw die tijdelijk een kleine, gestructureerde "
            "omgeving nodig hebben (maximaal een jaar), de Time-out voorziening (zes tot tien weken) en "
            "het arrangement Thuiszitters Terug voor leerlingen die langdurig verzuimen. Voor nieuwkomers "
            "is er de ISK in Eindhoven-Oost. Het vso en het praktijkonderwijs vormen de specialistische "
            "laag."),
          P("Trajectbegeleiders van het samenwerkingsverband helpen scholen bij het vinden van de juiste "
            "plek. Een school kan een trajectbegeleider inschakelen zodra het OT vastloopt; de "
            "trajectbegeleider sluit binnen tien werkdagen aan."),
          H2("4.2 Waar schiet het aanbod tekort?"),
          P("Twee keer per jaar, in oktober en maart, telt het samenwerkingsverband samen met de "
            "leerplichtambtenaren alle leerlingen die thuiszitten of op een wachtlijst staan. Elke "
            "thuiszitter heeft binnen vijf werkdagen na melding een casusregisseur. De analyse van deze "
            "tellingen bespreken we met de schoolleiders en de gemeenten in het OOGO; zo is in 2024 "
            "besloten tot het arrangement Thuiszitters Terug en tot uitbreiding van de Time-out met acht "
            "plaatsen."),
          P("Op dit moment zien we twee lacunes: een aanbod voor leerlingen met een combinatie van autisme "
            "en een hoge intelligentie die op het reguliere havo/vwo vastlopen, en plaatsen voor "
            "leerlingen die tijdelijk in een psychiatrische kliniek verblijven. Voor de eerste lacune "
            "starten twee scholen in 2025-2026 een kleinschalige havo-vwo-route; voor de tweede maken we "
            "afspraken met de Kempenkliniek over onderwijs op locatie."),
          H2("4.3 Nieuwkomers"),
          P("Jongeren die korter dan twee jaar in Nederland zijn en de taal nog niet beheersen, starten "
            "in de ISK. Daar krijgen zij gemiddeld anderhalf tot twee jaar intensief Nederlands en "
            "vakonderwijs. Het samenwerkingsverband ondersteunt de overstap van de ISK naar een reguliere "
            "school of naar het mbo met een vaste contactpersoon. Bij de keuze voor een vervolgschool "
            "kijken de ISK en de ontvangende school samen naar het niveau en de ondersteuningsbehoefte "
            "van de leerling."),
          H2("4.4 Aansluiting op het mbo"),
          P("Voor leerlingen uit het praktijkonderwijs, het vso en de basisberoepsgerichte leerweg is de "
            "overstap naar mbo of werk een kwetsbaar moment. Met de twee ROC's in de regio zijn afspraken "
            "gemaakt over een warme overdracht en over een loopbaanbegeleider die de jongere tot een jaar "
            "na de overstap volgt. Jongeren zonder startkwalificatie worden in beeld gehouden door het "
            "Regionaal Meld- en Coördinatiepunt.")]
    b += [H1("Hoofdstuk 5 Toelaatbaarheid en terugkeer"),
          H2("5.1 Lwoo en praktijkonderwijs"),
          P("Voor lwoo en praktijkonderwijs volgen wij de landelijke regelgeving. Kempenland-Oost heeft "
            "geen eigen lwoo-criteria vastgesteld. De aanvraag wordt ingediend door de vo-school van "
            "aanmelding via het digitale aanvraagsysteem, uiterlijk 15 maart. De Commissie "
            "Toelaatbaarheid beslist binnen vier weken."),
          H2("5.2 Vso: van aanvraag tot besluit"),
          P("De aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd gezag van "
            "de school waar de leerling is ingeschreven, na bespreking in het OT met ouders en leerling. De "
            "procedure kent vijf stappen:"),
          T([["Stap", "Wie", "Wat", "Termijn"],
             ["1", "School (OT)", "Bespreking met ouders en leerling; zienswijze ouders vastleggen", "-"],
             ["2", "School", "Aanvraag via het portaal met OPP, groeidocument en zienswijze", "-"],
             ["3", "Bureau SWV", "Controle op volledigheid; zo nodig aanvulling vragen", "5 werkdagen"],
             ["4", "Twee deskundigen", "Orthopedagoog of psycholoog plus tweede deskundige geven ieder "
              "schriftelijk advies", "3 weken"],
             ["5", "Commissie Toelaatbaarheid", "Besluit namens het bestuur; afschrift adviezen aan ouders",
              "uiterlijk 6 weken na compleet dossier"]]),
          P("De criteria die de commissie hanteert, zijn uitgewerkt in het Toetsingskader TLV (bijlage 5). "
            "De commissie kijkt daarbij naar het dossier als geheel."),
          P("Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. "
            "Kempenland-Oost is aangesloten bij de Landelijke Bezwaaradviescommissie "
            "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
          P("Een TLV wordt afgegeven voor een of twee schooljaren en eindigt altijd op 31 juli. De "
            "bekostigingscategorie (laag, midden of hoog) volgt uit het advies van de deskundigen."),
          H2("5.3 Afloop van de TLV en terugkeer naar het regulier vo"),
          P("Wij vinden dat leerlingen niet langer in het vso horen te blijven dan nodig is. Terugkeer naar "
            "een reguliere school is het doel, zodra de leerling daar met de ondersteuning die de school "
            "kan bieden verder kan. Een terugkeer gebeurt altijd met een overgangsarrangement: gedurende "
            "het eerste halfjaar begeleidt een ambulant begeleider van de vso-school de leerling en de "
            "mentor op de nieuwe school, en de ontvangende school krijgt daarvoor een vergoeding uit het "
            "budget zware ondersteuning. Waar het kan, begint de terugkeer met een proefplaatsing van "
            "zes tot acht weken."),
          P("De vso-school bespreekt bij iedere leerling jaarlijks in de OPP-evaluatie of terugkeer "
            "mogelijk is. In het laatste jaar van de TLV neemt de vso-school uiterlijk 1 februari het "
            "initiatief tot een overleg met ouders, leerling en trajectbegeleider. Daarin wordt besloten "
            "of (a) de leerling terugkeert naar het regulier vo, (b) de vso-school een nieuwe TLV "
            "aanvraagt, of (c) de leerling uitstroomt naar mbo of arbeid. Bij terugkeer kiezen ouders "
            "samen met de trajectbegeleider een ontvangende school, die de leerling vóór 1 mei aanneemt; "
            "het overgangsarrangement wordt dan door het bureau toegekend. Bij een nieuwe aanvraag "
            "beoordeelt de Commissie Toelaatbaarheid opnieuw, met nieuwe deskundigenadviezen. Drie "
            "maanden na de terugkeer evalueert de trajectbegeleider met alle betrokkenen of de "
            "plaatsing goed loopt.")]
    b += [H1("Hoofdstuk 6 Resultaten en kwaliteit"),
          H2("6.1 Wat willen we bereiken"),
          T([["Doel", "Indicator", "Streefwaarde 2029", "Stand 2024"],
             ["Minder thuiszitters", "Absoluut verzuim > 4 weken (telling maart)", "maximaal 10", "23"],
             ["Thuisnabij onderwijs", "Deelnamepercentage vso (1 oktober)", "2,9%", "3,4%"],
             ["Snelle toewijzing", "Doorlooptijd TLV (compleet dossier tot besluit)", "< 4 weken", "5,5 weken"],
             ["Succesvolle terugkeer", "Teruggekeerde vso-leerlingen na 1 jaar nog in regulier vo", "80%", "62%"],
             ["Tevreden ouders", "Waardering ouders trajectbegeleiding (schaal 1-10)", "7,5", "6,9"]]),
          H2("6.2 Hoe we meten en verantwoorden"),
          P("We verzamelen de gegevens uit DUO-bestanden (peildatum 1 oktober), ons aanvraagsysteem, de "
            "verzuimtellingen van leerplicht en een jaarlijkse digitale peiling onder ouders van "
            "leerlingen met een arrangement of TLV. Elk kwartaal ontvangt de directeur-bestuurder een "
            "dashboard; twee keer per jaar bespreken de ALV en de raad van toezicht de voortgang. In het "
            "jaarverslag, dat uiterlijk 1 juli verschijnt, rapporteren we per indicator de bereikte "
            "waarde, geven we een toelichting en koppelen we de uitgaven per voorziening aan de "
            "resultaten. Halverwege de planperiode, in 2027, voeren we met de OPR een tussenevaluatie "
            "uit; als een doel buiten bereik raakt, passen we het jaarplan aan.")]
    b += [H1("Hoofdstuk 7 Communicatie"),
          P("Goede communicatie is een voorwaarde voor vertrouwen. We communiceren met scholen, "
            "gemeenten, ketenpartners en met ouders en leerlingen."),
          H2("7.1 Ouders en leerlingen"),
          P("Ouders vinden op onze website een aparte rubriek met informatie over de ondersteuning op de "
            "scholen, de bovenschoolse arrangementen, het vso en het praktijkonderwijs, en over de manier "
            "waarop je die ondersteuning krijgt. Daar staan ook korte filmpjes in begrijpelijke taal. "
            "Iedere school verwijst in de schoolgids naar deze pagina en beschrijft haar eigen "
            "ondersteuning. In februari organiseren we met het SWV PO een ouderavond over de overstap "
            "naar het vo. De consulent passend onderwijs is op werkdagen telefonisch bereikbaar voor "
            "vragen van ouders."),
          P("Soms lopen ouders vast of zijn zij het niet eens met de school of met ons. Voor onafhankelijk "
            "advies kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Kempen, dat los van de scholen "
            "en het samenwerkingsverband werkt en gratis meedenkt, en bij de Onderwijsconsulenten. Bij "
            "een klacht over het samenwerkingsverband geldt onze klachtenregeling; ouders kunnen ook "
            "terecht bij de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, "
            "verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend "
            "onderwijs."),
          H2("7.2 Scholen en partners"),
          P("Scholen ontvangen zes keer per jaar een nieuwsbrief. Met de gemeenten en jeugdhulp voeren we "
            "twee keer per jaar bestuurlijk overleg, en de ambtelijke werkgroep onderwijs-jeugd komt elke "
            "maand bijeen.")]
    b += [H1("Hoofdstuk 8 Geld"),
          H2("8.1 Hoe verdelen we de middelen"),
          P("Kempenland-Oost werkt met een schoolmodel: het grootste deel van de middelen gaat naar de "
            "besturen, die zelf beslissen over de inzet. De verdeling volgt een vaste sleutel die de ALV "
            "in haar decembervergadering vaststelt:"),
          T([["Onderdeel", "Grondslag", "Bedrag 2025"],
             ["Vaste voet", "per schoollocatie", "€ 18.500"],
             ["Leerlingbudget", "per leerling op 1 oktober voorgaand jaar", "€ 265"],
             ["Lwoo", "per leerling met lwoo-aanwijzing, conform DUO", "volledig doorgegeven"],
             ["Bovenschoolse arrangementen", "vooraf gereserveerd, toekenning door bureau", "-"]]),
          H2("8.2 Besteding en begroting"),
          P("De besturen bepalen zelf hoe zij hun deel van de middelen inzetten. Over de besteding "
            "leggen zij verantwoording af in het jaarverslag."),
          T([["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
             ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Middelen naar besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bovenschoolse arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          P("De meerjarenbegroting wordt jaarlijks in december door de ALV vastgesteld en na vaststelling "
            "in deze tabel ingevuld. De weerstandsratio bewegen we naar de bandbreedte van 5 tot 10 "
            "procent; het bovenmatige deel van de reserve is in 2023 en 2024 al ingezet.")]
    b += [H1("Hoofdstuk 9 Medezeggenschap, personeel en organisatie"),
          P("De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders of "
            "leerlingen. De OPR vergadert vijf keer per jaar en heeft instemmingsrecht op het "
            "ondersteuningsplan. Daarnaast heeft het samenwerkingsverband een eigen "
            "medezeggenschapsraad voor de medewerkers van het bureau."),
          P("De kwaliteit van passend onderwijs staat of valt met de mensen in de school. We investeren "
            "daarom in scholing: een leergang voor ondersteuningscoördinatoren, een netwerk voor "
            "mentoren in het praktijkonderwijs en bijeenkomsten over gedrag in de klas. Ook lerarenteams "
            "kunnen een beroep doen op de trajectbegeleiders voor coaching op de werkvloer. Bij het "
            "lerarentekort zoeken we samen met de besturen naar oplossingen, bijvoorbeeld via een "
            "gezamenlijke pool van onderwijsassistenten met specialisatie gedrag."),
          P("Onze ICT-omgeving is in 2024 vernieuwd. Het aanvraagportaal voldoet aan de eisen van de "
            "AVG; gegevens worden drie jaar na het besluit vernietigd. Een verwerkersovereenkomst met "
            "alle scholen is afgesloten."),
          H2("9.1 Jaarplanning"),
          L(["september: start schooljaar, vaststellen jaarplan;",
             "oktober: telling thuiszitters en wachtlijsten;",
             "december: ALV stelt begroting en verdeling vast;",
             "maart: tweede telling; tevredenheidspeiling ouders;",
             "juli: jaarverslag en evaluatie jaarplan."])]
    b += [H1("Begrippen en afkortingen"),
          T([["Term", "Betekenis"],
             ["ALV", "algemene ledenvergadering"],
             ["Basisondersteuning", "wat iedere school minimaal biedt"],
             ["Criteria toelaatbaarheid", "zie het Toetsingskader TLV"],
             ["ISK", "Internationale Schakelklas"],
             ["Lwoo", "leerwegondersteunend onderwijs"],
             ["OPDC", "orthopedagogisch-didactisch centrum"],
             ["OPP", "ontwikkelingsperspectiefplan"],
             ["Pro", "praktijkonderwijs"],
             ["TLV", "toelaatbaarheidsverklaring"],
             ["Vso", "voortgezet speciaal onderwijs"]])]
    return b


# =====================================================================================
# Plan 3 - PO, .docx - Samenwerkingsverband Passend Primair Onderwijs Veenstreek
# BO present, PL partial (procedure only in absent reglement), TS partial (beleid deferred;
# procedure inside TLV chapter), FI present (under "Geld en middelen", tables), DA missing,
# RE missing, OU present
# =====================================================================================
def plan_veenstreek():
    b = []
    b += [H1("Voorwoord"),
          P("Beste lezer, met trots presenteren wij het ondersteuningsplan 2025-2029 van "
            "Samenwerkingsverband Passend Primair Onderwijs Veenstreek. In dit plan staat hoe de "
            "basisscholen, de school voor speciaal basisonderwijs De Wegwijzer en de scholen voor speciaal "
            "onderwijs in onze regio samenwerken, zodat ieder kind onderwijs krijgt dat bij hem of haar "
            "past."),
          P("De afgelopen jaren zijn roerig geweest. Scholen hadden te maken met personeelstekorten, met "
            "de nasleep van de schoolsluitingen en met een groeiende groep kinderen die meer nodig heeft "
            "dan een gewone groep kan bieden. Juist daarom is het belangrijk dat we met elkaar duidelijke "
            "afspraken maken. Dit plan is daarvoor de basis. De uitwerking volgt in de jaarplannen."),
          P("Wij danken de intern begeleiders, de directeuren, de ouders en de leerkrachten die hebben "
            "meegedacht, en in het bijzonder de leden van de ondersteuningsplanraad."),
          P("Het bestuur van SWV Veenstreek")]
    b += [H1("1. Over ons samenwerkingsverband"),
          P("SWV Veenstreek omvat 52 basisscholen van tien schoolbesturen, één sbo-school met twee "
            "locaties en drie so-locaties (twee voor cluster 4 en één voor cluster 3). In totaal gaan er "
            "op 1 oktober 2024 ongeveer 11.200 kinderen naar school in ons gebied, dat vier gemeenten "
            "beslaat. De scholen verschillen sterk: van dorpsscholen met zestig leerlingen tot "
            "stadsscholen met meer dan vijfhonderd leerlingen, van openbaar tot protestants-christelijk, "
            "katholiek en vrije school."),
          P("Het samenwerkingsverband is een stichting met een bestuur van vijf schoolbestuurders en een "
            "onafhankelijk voorzitter. De dagelijkse leiding ligt bij de directeur. Het bureau bestaat "
            "uit de directeur, een secretaresse, een financieel medewerker en vier "
            "onderwijsadviseurs. De onderwijsadviseurs zijn het aanspreekpunt voor de scholen."),
          H2("1.1 Missie"),
          P("Samen zorgen we dat ieder kind in de Veenstreek zich kan ontwikkelen op een school die "
            "past. We doen dat dichtbij, met oog voor het kind en zijn omgeving, en met respect voor de "
            "eigenheid van de scholen en hun identiteit."),
          H2("1.2 Visie"),
          P("Wij gaan uit van de mogelijkheden van kinderen, niet van hun beperkingen. Leerkrachten zijn "
            "de spil van passend onderwijs. Zij krijgen daarbij steun van de intern begeleider, het "
            "schoolteam en, waar nodig, het samenwerkingsverband. We werken handelingsgericht: we kijken "
            "naar wat een kind nodig heeft en wat de leerkracht nodig heeft om dat te bieden. Ouders zijn "
            "daarbij onmisbaar. Zij kennen hun kind het best en worden vanaf het begin betrokken."),
          P("We willen dat zo veel mogelijk kinderen in hun eigen dorp of wijk naar school kunnen. "
            "Speciaal (basis)onderwijs is er voor kinderen voor wie dat echt nodig is."),
          H2("1.3 Terugblik"),
          P("In de vorige planperiode hebben we geïnvesteerd in de kwaliteit van de intern begeleiders. "
            "Alle IB'ers volgden de leergang handelingsgericht werken. Er kwam een netwerk voor "
            "gedragsspecialisten en we hebben de samenwerking met de jeugdgezondheidszorg verbeterd. "
            "Tegelijk merken we dat de "
            "resultaten van al deze inspanningen niet altijd zichtbaar zijn voor ouders."),
          H2("1.4 Totstandkoming"),
          P("Het concept is besproken met de directeuren, de IB-netwerken en de ondersteuningsplanraad. "
            "Het OOGO met de vier gemeenten vond plaats op 28 januari 2025. De OPR stemde in op 4 maart "
            "2025, waarna het bestuur het plan op 18 maart 2025 heeft vastgesteld.")]
    b += [H1("2. Basisondersteuning"),
          P("Basisondersteuning is de ondersteuning die iedere basisschool in Veenstreek biedt aan alle "
            "kinderen. De schoolbesturen hebben in 2021 samen vastgelegd wat daartoe hoort; die afspraken "
            "gelden voor alle 52 scholen en voor iedere locatie. Een school mag meer bieden, niet minder. "
            "Voor basisondersteuning hoeft een school niets aan te vragen: zij betaalt deze uit haar "
            "eigen middelen en uit het schoolbudget van het samenwerkingsverband."),
          P("Wat u als ouder op iedere school in Veenstreek mag verwachten:"),
          T([["Onderdeel", "Afspraak in Veenstreek"],
             ["Intern begeleider", "Op iedere school, minimaal één dag per week per 150 leerlingen"],
             ["Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; groepsplan of "
              "groepsoverzicht per groep"],
             ["Dyslexie en dyscalculie", "Werken volgens het landelijke protocol; vroegsignalering vanaf groep 2"],
             ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; verrijkingsaanbod in de groep"],
             ["Gedrag", "Een schoolbreed programma voor sociale veiligheid en een aanpak tegen pesten"],
             ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand, in samenwerking met de voorschool"],
             ["Medisch handelen", "Een protocol medicijnverstrekking en medisch handelen"],
             ["Ondersteuningsteam", "Overleg met ouders, IB'er, onderwijsadviseur SWV en jeugdverpleegkundige, "
              "binnen vier weken na aanmelding door de school"],
             ["OPP", "Een ontwikkelingsperspectiefplan voor ieder kind met een eigen leerlijn"]]),
          P("Iedere school neemt deze afspraken op in haar schoolgids. De onderwijsadviseurs bespreken "
            "jaarlijks met de directeur en de IB'er hoe de school ervoor staat. Als een school onderdelen "
            "nog niet op orde heeft, maakt zij daar afspraken over in het schooljaarplan en ondersteunt "
            "de onderwijsadviseur bij de uitvoering.")]
    b += [H1("3. Toelaatbaarheid tot sbo en so"),
          P("Sommige kinderen hebben meer nodig dan een basisschool kan bieden, ook met extra hulp. Zij "
            "kunnen naar het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so). Daarvoor is een "
            "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
          P("De aanvraagprocedure, de samenstelling van de Commissie Toelaatbaarheid en de termijnen zijn "
            "vastgelegd in het Toewijzingsreglement 2024. Het reglement staat op onze website."),
          H2("3.1 Wanneer is een kind toelaatbaar?"),
          P("Een kind is toelaatbaar tot het sbo als aan de volgende voorwaarden is voldaan:"),
          L(["de basisschool heeft ten minste twee cycli handelingsgericht gewerkt en dit vastgelegd in "
             "een OPP met evaluaties;",
             "het kind heeft een ontwikkelingsperspectief dat structureel afwijkt van de leerlijn van de "
             "groep, of gedrag dat in een groep van gemiddeld 25 kinderen niet hanteerbaar is;",
             "het ondersteuningsteam heeft vastgesteld dat ook met de inzet van extra middelen de "
             "basisschool niet kan bieden wat het kind nodig heeft;",
             "de sbo-school kan de gevraagde ondersteuning bieden."]),
          P("Een kind is toelaatbaar tot het so (cluster 3 of 4) als daarnaast sprake is van een "
            "ernstige verstandelijke, lichamelijke of gedragsmatige beperking die een intensieve, "
            "specialistische aanpak in een kleine groep vereist, en als uit de adviezen van de "
            "deskundigen blijkt dat het sbo onvoldoende is. Bij ieder besluit adviseren twee "
            "deskundigen, van wie één orthopedagoog of psycholoog is."),
          P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so geldt "
            "in de regel twee schooljaren en wordt afgegeven in categorie laag, tenzij de deskundigen een "
            "andere categorie adviseren."),
          H2("3.2 Na afloop van de TLV"),
          P("De school voor sbo of so bespreekt ieder jaar in de OPP-evaluatie met de ouders of het kind "
            "terug kan naar een basisschool. In het laatste jaar van de TLV organiseert de sbo- of so-school "
            "vóór 1 maart een overleg met ouders, de onderwijsadviseur van het samenwerkingsverband en, "
            "als die al in beeld is, de beoogde basisschool. Daarin wordt besloten of het kind teruggaat "
            "naar het regulier onderwijs of dat de school een nieuwe TLV aanvraagt. Bij een terugplaatsing "
            "meldt de ouder het kind aan bij de basisschool, die uiterlijk 1 juni laat weten of zij het "
            "kind kan plaatsen. De TLV eindigt dan op 31 juli. In december van het eerste jaar op de "
            "basisschool vindt een evaluatiegesprek plaats met ouders, school en onderwijsadviseur."),
          P("Ons terugplaatsingsbeleid wordt in de komende planperiode opnieuw bekeken. Nieuwe "
            "uitgangspunten volgen zodra de evaluatie van de huidige werkwijze is afgerond.")]
    b += [H1("4. Ouders als partner"),
          P("Ouders zijn de eerste partner van de school. Daarom informeren wij hen op meerdere manieren "
            "over wat er in Veenstreek mogelijk is:"),
          L(["op de ouderpagina van www.swv-veenstreek.nl staat wat basisondersteuning is, welke "
             "ondersteuning scholen bieden, hoe een TLV werkt en wat sbo en so zijn;",
             "de folder 'Mijn kind heeft extra ondersteuning nodig' ligt op alle scholen en bij de "
             "consultatiebureaus, ook in eenvoudige taal;",
             "in de schoolgids beschrijft iedere school haar ondersteuning;",
             "twee keer per jaar is er een informatiebijeenkomst voor ouders, afwisselend in de vier gemeenten."]),
          P("Ouders die vragen hebben of het niet eens zijn met de school of met het "
            "samenwerkingsverband, kunnen terecht bij het Ouderpunt Veenstreek. Het Ouderpunt is het ouder- "
            "en jeugdsteunpunt van de regio, wordt gerund door een onafhankelijke stichting en is gratis. "
            "Daarnaast kunnen ouders contact opnemen met de Onderwijsconsulenten of met Ouders & "
            "Onderwijs. Een klacht over het samenwerkingsverband kan worden ingediend volgens onze "
            "klachtenregeling, die op de website staat; tegen een besluit over toelaatbaarheid is bezwaar "
            "mogelijk."),
          P("In de ondersteuningsplanraad zitten vier ouders en vier personeelsleden. Zij worden "
            "gekozen uit de medezeggenschapsraden van de scholen.")]
    b += [H1("5. Ontwikkelingen in de regio"),
          P("De komende jaren verandert er veel. Het aantal leerlingen daalt in de kleine kernen, "
            "waardoor scholen fuseren of samenwerken. Tegelijk groeit het aantal kinderen met een "
            "complexe ondersteuningsvraag, en de wachtlijsten in de jeugdhulp lopen op. Ook het aantal "
            "thuiszitters vraagt aandacht."),
          P("In 2025-2026 brengen we samen met de besturen in kaart welke voorzieningen er in de regio "
            "zijn en waar witte vlekken zitten. Op basis daarvan formuleren we ons beleid voor een "
            "dekkend aanbod, dat we in een aanvulling op dit plan aan de OPR voorleggen."),
          H2("5.1 Personeel"),
          P("Het lerarentekort raakt ook Veenstreek. Scholen werken met onbevoegde invallers en grotere "
            "groepen. Dat maakt het lastiger om kinderen met een ondersteuningsbehoefte de aandacht te "
            "geven die zij nodig hebben. Het samenwerkingsverband organiseert daarom scholing voor "
            "onderwijsassistenten en zij-instromers, en stelt de onderwijsadviseurs beschikbaar voor "
            "coaching in de groep."),
          H2("5.2 Kwaliteit en resultaten"),
          P("Goede resultaten voor kinderen zijn waar we het uiteindelijk voor doen. De beoogde "
            "resultaten voor deze planperiode en de manier waarop we die volgen, worden vastgelegd in de "
            "jaarplannen. Het eerste jaarplan verschijnt in het najaar van 2025."),
          H2("5.3 Privacy"),
          P("Het samenwerkingsverband verwerkt persoonsgegevens van kinderen alleen als dat nodig is voor "
            "een besluit over toelaatbaarheid of het toekennen van middelen. Gegevens worden drie jaar na "
            "het besluit verwijderd. Ouders kunnen hun gegevens inzien.")]
    b += [H1("6. Geld en middelen"),
          P("Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor ondersteuning. Een deel "
            "daarvan wordt door DUO direct ingehouden voor het so (op basis van het aantal leerlingen op "
            "1 oktober en de groei op 1 februari). Ook draagt het samenwerkingsverband bij aan de "
            "bekostiging van het sbo boven de 2%-grens. Wat overblijft, verdelen we zoals in de tabel "
            "hieronder. Het bestuur stelt de bedragen elk jaar vast in de begroting, na advies van de "
            "directeuren en na instemming van de OPR met eventuele wijzigingen van de grondslagen."),
          T([["Onderdeel", "Grondslag verdeling", "Bedrag per eenheid 2025"],
             ["Schoolbudget basis", "per leerling op teldatum 1 oktober", "€ 142"],
             ["Schoolbudget kleine scholen", "vaste voet per school onder 100 leerlingen", "€ 6.000"],
             ["Onderwijsadviseurs", "inzet in uren naar rato van leerlingaantal", "-"],
             ["Scholing IB en leerkrachten", "op aanvraag, maximaal per school", "€ 1.500"]]),
          P("Scholen zetten het schoolbudget in voor extra handen in de klas, scholing en materialen, en "
            "verantwoorden dit jaarlijks in een kort verslag aan het samenwerkingsverband."),
          T([["Meerjarenbegroting (bedragen in €)", "2025", "2026", "2027", "2028"],
             ["Rijksbijdrage ondersteuning", "8.940.000", "8.820.000", "8.700.000", "8.600.000"],
             ["Inhouding DUO so", "-4.210.000", "-4.190.000", "-4.170.000", "-4.150.000"],
             ["Bijdrage sbo boven 2%", "-610.000", "-600.000", "-590.000", "-580.000"],
             ["Schoolbudgetten", "-1.680.000", "-1.660.000", "-1.640.000", "-1.620.000"],
             ["Kleine-scholentoeslag", "-90.000", "-90.000", "-84.000", "-84.000"],
             ["Onderwijsadviseurs en bureau", "-1.920.000", "-1.950.000", "-1.980.000", "-2.010.000"],
             ["Scholing", "-78.000", "-78.000", "-78.000", "-78.000"],
             ["Saldo", "352.000", "252.000", "158.000", "78.000"]]),
          P("De algemene reserve bedraagt eind 2024 € 1,6 miljoen. Dat ligt onder de "
            "signaleringswaarde van de inspectie.")]
    b += [H1("7. Planning en vervolg"),
          L(["2025-2026: inventarisatie voorzieningen; eerste jaarplan; evaluatie terugplaatsingen;",
             "2026-2027: aanvulling dekkend aanbod; herziening Toewijzingsreglement;",
             "2027-2028: tussentijdse evaluatie van het plan met OPR en besturen;",
             "2028-2029: voorbereiding nieuw ondersteuningsplan."])]
    b += [H1("Begrippenlijst"),
          L(["Arrangement: een pakket extra ondersteuning voor een kind of groep.",
             "Dekkend aanbod: voor ieder kind is er een passende plek in de regio.",
             "Monitoring: het volgen van resultaten aan de hand van kengetallen.",
             "OPP: ontwikkelingsperspectiefplan.",
             "Resultaten: wat het samenwerkingsverband wil bereiken voor kinderen.",
             "Sbo: speciaal basisonderwijs.",
             "So: speciaal onderwijs.",
             "Terugplaatsing: de overstap van sbo of so naar de basisschool.",
             "Thuiszitter: een leerplichtig kind dat niet naar school gaat.",
             "TLV: toelaatbaarheidsverklaring."])]
    return b


# =====================================================================================
# Plan 4 - VO, .pdf - Samenwerkingsverband VO Maasoever
# BO missing, PL present, TS present, FI partial (verdeling deferred), DA partial
# (continuum only on website), RE present, OU missing
# =====================================================================================
def plan_maasoever():
    b = []
    b += [H1("1 Inleiding"),
          P("Dit is het ondersteuningsplan van Samenwerkingsverband VO Maasoever voor de schooljaren "
            "2025-2026 tot en met 2028-2029. Het plan beschrijft de hoofdlijnen van ons beleid. We hebben "
            "gekozen voor een compact document; onderwerpen die jaarlijks veranderen, zoals de "
            "begrotingsdetails en het activiteitenoverzicht, staan in het jaarplan."),
          P("Maasoever is een samenwerkingsverband van negen schoolbesturen met vijftien scholen voor "
            "voortgezet onderwijs, waarvan drie met een afdeling praktijkonderwijs, tien met lwoo, en twee "
            "vso-scholen. De regio telt vijf gemeenten langs de Maas. Op 1 oktober 2024 zaten er 13.740 "
            "leerlingen op de aangesloten scholen; 418 jongeren uit de regio volgden vso."),
          P("Het plan is opgesteld door het bureau in opdracht van de directeur-bestuurder. Het concept is "
            "besproken in het directeurenoverleg, in het OOGO met de vijf gemeenten op 21 januari 2025 en "
            "in de ondersteuningsplanraad, die op 3 maart 2025 heeft ingestemd."),
          H2("1.1 Leeswijzer"),
          P("Na de visie (hoofdstuk 2) beschrijven we de toewijzing van lwoo, pro en vso (hoofdstuk 3) en "
            "de terugkeer naar het regulier onderwijs (hoofdstuk 4). Hoofdstuk 5 gaat over thuiszitters en "
            "passende plekken, hoofdstuk 6 over resultaten en hoofdstuk 7 over de financiën. Hoofdstuk 8 "
            "beschrijft de organisatie.")]
    b += [H1("2 Visie en uitgangspunten"),
          P("Maasoever staat voor inclusief onderwijs waar het kan en speciaal onderwijs waar het moet. "
            "We willen dat jongeren zich kunnen ontwikkelen tot zelfstandige volwassenen die meedoen in de "
            "samenleving. De school is daarbij de eerste plek waar ondersteuning wordt geboden, boven op "
            "de basisondersteuning."),
          P("Bij de landelijke ontwikkelingen volgen we de invoering van een landelijke norm voor "
            "basisondersteuning op de voet. Zodra die norm is vastgesteld, leggen we in overleg met de "
            "besturen vast wat die voor onze scholen betekent. Tot die tijd verwijzen wij naar de "
            "schoolondersteuningsprofielen van de scholen."),
          P("Vijf uitgangspunten sturen ons handelen:"),
          L(["de leerling staat centraal, niet het systeem of de financiering;",
             "we werken vanuit vertrouwen in de professionaliteit van scholen;",
             "we beslissen snel en zonder onnodige bureaucratie;",
             "we zijn transparant over keuzes en middelen;",
             "we werken samen met gemeenten, jeugdhulp en arbeidsmarktpartners."])]
    b += [H1("3 Toewijzing van lwoo, praktijkonderwijs en vso"),
          H2("3.1 Toewijzingscommissie"),
          P("Alle besluiten over lwoo, toelaatbaarheid tot het praktijkonderwijs en toelaatbaarheid tot "
            "het vso worden genomen door de Toewijzingscommissie Maasoever (TCM). De TCM bestaat uit "
            "een voorzitter, twee orthopedagogen en een GZ-psycholoog, en besluit namens het bestuur."),
          H2("3.2 Lwoo en pro"),
          P("Voor lwoo en pro gelden in Maasoever de landelijke criteria. De vo-school van aanmelding "
            "vraagt de aanwijzing of de toelaatbaarheidsverklaring aan via het digitale aanvraagportaal, "
            "met het onderwijskundig rapport, de toetsgegevens van de basisschool en zo nodig een "
            "capaciteitenonderzoek. De aanvraag voor leerlingen uit groep 8 moet vóór 1 april binnen "
            "zijn; de TCM beslist binnen vier weken. Bij lwoo moet sprake zijn van een IQ tussen 75 en 90 "
            "en een leerachterstand van 1,5 tot 3 jaar op twee van de vier domeinen, of bij een IQ tussen "
            "91 en 120 een leerachterstand gecombineerd met sociaal-emotionele problematiek. Voor pro gaat "
            "het om een IQ tussen 55 en 80 met een leerachterstand van 3 jaar of meer op twee domeinen."),
          H2("3.3 Vso"),
          P("Een aanvraag voor een TLV vso wordt ingediend door de school van inschrijving, nadat het "
            "ondersteuningsteam heeft geconcludeerd dat de school de ondersteuning niet (meer) kan bieden. "
            "Bij de aanvraag horen het OPP, een verslag van het OT-overleg en het onderwijskundig rapport. De TCM wint het advies in van twee deskundigen die niet "
            "bij de aanvraag betrokken waren, en beslist binnen zes weken na ontvangst van een volledige "
            "aanvraag."),
          P("De TCM hanteert de volgende criteria. Een leerling is toelaatbaar tot het vso als:"),
          L(["de ondersteuningsbehoefte op meerdere gebieden (leren, gedrag, communicatie, medisch) "
             "zodanig is dat de leerling een onderwijsomgeving nodig heeft met kleine groepen en "
             "specialistische begeleiding gedurende de hele schooldag;",
             "de reguliere school aantoonbaar ten minste twintig weken een OPP heeft uitgevoerd, inclusief "
             "inzet van extra ondersteuning of een bovenschools arrangement, zonder voldoende resultaat;",
             "of, in een uitzonderingssituatie, direct vaststaat dat regulier onderwijs niet passend is, "
             "bijvoorbeeld bij een ernstige meervoudige beperking of een plaatsing vanuit een "
             "behandelsetting."]),
          P("De TLV wordt afgegeven voor de duur van één tot drie schooljaren, afhankelijk van het "
            "ontwikkelingsperspectief. De TCM bepaalt de bekostigingscategorie: laag voor cluster 4 en "
            "ZML, midden voor langdurig zieke en lichamelijk gehandicapte leerlingen, hoog voor "
            "meervoudig gehandicapte leerlingen.")]
    b += [H1("4 Terug naar regulier"),
          P("Maasoever wil dat jongeren die tijdelijk speciaal onderwijs nodig hebben, zo snel als "
            "verantwoord terugkeren naar een reguliere school in de buurt. Een terugkeer mag niet "
            "afhangen van de vraag of de ontvangende school er geld voor heeft. Daarom biedt de vso-school "
            "bij iedere terugkeer gedurende maximaal twee jaar ambulante begeleiding, en betaalt het "
            "samenwerkingsverband de extra begeleidingsuren van de mentor op de ontvangende school. "
            "Voorwaarde is dat het OPP van het vso laat zien dat de leerling in een reguliere klas kan "
            "functioneren en dat de leerling zelf de terugkeer wil."),
          P("De procedure verloopt als volgt. De vso-school evalueert het OPP twee keer per jaar en "
            "bespreekt daarbij altijd de mogelijkheid van terugkeer. In het laatste jaar van de TLV "
            "meldt de vso-school uiterlijk 1 december bij de TCM of zij terugkeer, verlenging of "
            "uitstroom adviseert. Bij terugkeer organiseert de consulent van Maasoever vóór 1 maart een "
            "overdrachtsgesprek met de leerling, de vso-school en de beoogde vo-school. De vo-school "
            "beslist over de inschrijving; de consulent legt de begeleidingsafspraken vast. Bij verlenging vraagt de "
            "vso-school een nieuwe TLV aan volgens de procedure in hoofdstuk 3. Na drie en na twaalf "
            "maanden evalueert de consulent de terugkeer met de ontvangende school."),
          P("In 2024 keerden 19 leerlingen terug vanuit het vso; 15 van hen zaten een jaar later nog op "
            "een reguliere school.")]
    b += [H1("5 Thuiszitters en passende plekken"),
          P("Een overzicht van alle voorzieningen en arrangementen in onze regio, van de ondersteuning op "
            "de scholen tot het OPDC en het vso, is te vinden in de Sociale Kaart Maasoever op onze "
            "website."),
          P("Ondanks alle inspanningen zijn er jongeren die geen passende plek hebben. Maasoever hanteert "
            "hierbij een vaste aanpak. Iedere school meldt een leerling die langer dan vier weken "
            "ongeoorloofd of geoorloofd verzuimt bij de consulent van het samenwerkingsverband en bij "
            "leerplicht. Binnen tien werkdagen vindt een overleg plaats waarin één regisseur wordt "
            "aangewezen en een plan voor terugkeer naar onderwijs wordt gemaakt. Lukt het binnen drie "
            "maanden niet, dan wordt de leerling besproken in het Escalatieoverleg Thuiszitters, waarin "
            "de directeur-bestuurder en de leerplichtambtenaar zitting hebben en de directeur-bestuurder "
            "een school kan aanwijzen."),
          P("Elke zes maanden bespreken we met de gemeenten een overzicht van alle thuiszitters, "
            "vrijstellingen en wachtlijsten. Op basis daarvan stellen we vast waar het aanbod "
            "tekortschiet. In 2024 bleek er een tekort aan plaatsen voor jongeren met angstklachten die "
            "niet naar een grote school kunnen; daarom opent in augustus 2025 een kleinschalige "
            "voorziening voor 24 leerlingen op het terrein van een vmbo-school. Ook is de wachtlijst van "
            "het OPDC teruggebracht door de instroomdata te verruimen naar vier momenten per jaar.")]
    b += [H1("6 Resultaten"),
          H2("6.1 Beoogde resultaten"),
          T([["Resultaatgebied", "Indicator", "Waarde 2024", "Doel 2029"],
             ["Thuiszitters", "aantal leerlingen > 3 maanden zonder onderwijs", "17", "< 5"],
             ["Vso-deelname", "deelnamepercentage vso op 1 oktober", "3,0%", "2,7%"],
             ["Terugkeer", "aandeel teruggekeerde leerlingen na 1 jaar nog regulier", "79%", "85%"],
             ["Snelheid", "besluiten TCM binnen de termijn", "88%", "98%"],
             ["Schoolverlaters", "voortijdig schoolverlaters vso/pro", "6,1%", "4%"]]),
          H2("6.2 Monitoring"),
          P("We volgen de resultaten met een monitor die elk kwartaal wordt bijgewerkt met gegevens uit "
            "het aanvraagportaal, de DUO-telling en de thuiszittersregistratie van leerplicht. Het "
            "directeurenoverleg bespreekt de monitor iedere drie maanden. In het jaarverslag "
            "verantwoorden we per indicator wat is bereikt en welke middelen daarvoor zijn ingezet. Als "
            "een indicator twee kwartalen achter elkaar de verkeerde kant op gaat, stelt het bureau een "
            "verbeteranalyse op voor het bestuur. Eenmaal per jaar bespreken we de resultaten met de "
            "raad van toezicht en de OPR.")]
    b += [H1("7 Financiën"),
          P("Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en voor lwoo "
            "en pro. Het verdeelmodel waarmee de middelen over de besturen worden verdeeld, wordt op dit "
            "moment herzien. Het nieuwe model wordt in de loop van schooljaar 2025-2026 uitgewerkt en na "
            "instemming van de OPR toegevoegd aan dit plan. Tot die tijd ontvangen de besturen een "
            "voorschot."),
          P("De meerjarenbegroting laat zien waaraan de middelen worden besteed:"),
          T([["(x € 1.000)", "2025", "2026", "2027", "2028"],
             ["Baten ondersteuning (lichte en zware)", "13.980", "13.860", "13.750", "13.640"],
             ["Afdrachten vso via DUO", "6.720", "6.690", "6.660", "6.630"],
             ["Lwoo en pro (doorgegeven)", "3.480", "3.440", "3.410", "3.380"],
             ["Middelen schoolbesturen", "2.150", "2.120", "2.100", "2.080"],
             ["OPDC en kleinschalige voorziening", "980", "1.150", "1.150", "1.150"],
             ["Terugkeerbegeleiding", "120", "120", "120", "120"],
             ["Thuiszittersaanpak en consulenten", "310", "310", "310", "310"],
             ["Bureau en TCM", "780", "790", "800", "810"],
             ["Exploitatiesaldo", "-560", "-760", "-800", "-840"]]),
          P("De negatieve saldi worden gedekt uit de reserve, die daardoor eind 2028 uitkomt op ongeveer "
            "€ 1,9 miljoen. Dat is voldoende om de risico's op te vangen.")]
    b += [H1("8 Organisatie"),
          P("Maasoever is een stichting. De directeur-bestuurder vormt het bestuur; de raad van toezicht "
            "bestaat uit vijf leden. Het bureau telt 8,4 fte en bestaat uit de directeur-bestuurder, een "
            "beleidsadviseur, een controller, twee consulenten, de leden van de TCM en een "
            "managementassistent."),
          P("De OPR heeft ingestemd met dit plan. De scholen hebben ieder een eigen medezeggenschapsraad; "
            "de OPR wordt gevormd vanuit deze raden."),
          H2("8.1 Communicatie met scholen"),
          P("Scholen ontvangen maandelijks een nieuwsbrief. Het directeurenoverleg komt zes keer per jaar "
            "bijeen. Voor ondersteuningscoördinatoren is er een netwerk dat vier keer per jaar "
            "samenkomt. Een communicatieplan voor ouders en leerlingen wordt in 2026 opgesteld."),
          H2("8.2 Kwaliteit van het bureau"),
          P("Het bureau werkt met een jaarlijkse planning- en controlcyclus. Iedere medewerker heeft "
            "jaarlijks een gesprekkencyclus. Het bureau is ISO-gecertificeerd voor informatiebeveiliging "
            "en laat zich eens in de drie jaar visiteren door een collega-samenwerkingsverband.")]
    b += [H1("Afkortingen"),
          T([["Afkorting", "Betekenis"],
             ["BO", "basisondersteuning"],
             ["OJSP", "ouder- en jeugdsteunpunt"],
             ["OPDC", "orthopedagogisch-didactisch centrum"],
             ["OPR", "ondersteuningsplanraad"],
             ["pro", "praktijkonderwijs"],
             ["TCM", "Toewijzingscommissie Maasoever"],
             ["TLV", "toelaatbaarheidsverklaring"],
             ["vso", "voortgezet speciaal onderwijs"]])]
    return b


# =====================================================================================
# Plan 5 - PO, .html - Samenwerkingsverband Passend Onderwijs Waterland-Noord (web version)
# BO partial (inhoud deferred), PL missing (web page reference), TS missing, FI missing
# (absent bijlage 3), DA present, RE partial (doelen deferred), OU present
# =====================================================================================
def plan_waterland():
    b = []
    b += [H1("Welkom"),
          P("Op deze pagina's leest u het ondersteuningsplan 2025-2029 van Samenwerkingsverband Passend "
            "Onderwijs Waterland-Noord (PO). Het plan is vastgesteld door het algemeen bestuur op 27 maart "
            "2025, na instemming van de ondersteuningsplanraad op 13 maart 2025 en na het op "
            "overeenstemming gericht overleg met de gemeenten op 6 februari 2025. U kunt het plan ook als "
            "pdf downloaden. De bijlagen (onder meer de meerjarenbegroting en het toewijzingsreglement) "
            "vindt u onder 'Documenten'."),
          P("Waterland-Noord is een samenwerkingsverband van zeven schoolbesturen met 38 basisscholen, "
            "één school voor speciaal basisonderwijs (De Kompasroos) en één so-school voor cluster 4 (De "
            "Havenschool). Ongeveer 7.900 kinderen gaan in onze vier gemeenten naar de basisschool. Het "
            "gebied is landelijk, met veel kleine scholen en lange reisafstanden naar gespecialiseerde "
            "voorzieningen.")]
    b += [H1("Waar wij voor staan"),
          P("Ieder kind in Waterland-Noord verdient een plek waar het zich veilig voelt en kan leren. Wij "
            "geloven dat dat in de meeste gevallen de school in het eigen dorp kan zijn, als die school "
            "daarbij de juiste steun krijgt. Waar een kind meer nodig heeft, zorgen we samen voor een "
            "passend alternatief."),
          P("Onze kernwaarden zijn: dichtbij, samen, eenvoudig en eerlijk. Dichtbij, omdat kinderen het "
            "best opgroeien in hun eigen omgeving. Samen, omdat school, ouders en jeugdhulp elkaar nodig "
            "hebben. Eenvoudig, omdat regels geen doel op zich zijn. En eerlijk, omdat we transparant "
            "willen zijn over wat wel en niet kan."),
          H2("Onze koers 2025-2029"),
          L(["Versterken van de leerkracht in de groep.",
             "Een sluitend netwerk van voorzieningen, ook in de kleine kernen.",
             "Korte lijnen met de jeugdhulp van de gemeenten.",
             "Ouders als volwaardige gesprekspartner."])]
    b += [H1("Basisondersteuning"),
          P("In Waterland-Noord geldt voor alle scholen en alle locaties hetzelfde niveau van "
            "basisondersteuning. Dat niveau is in de vorige planperiode door de besturen vastgesteld en "
            "blijft onverkort van kracht: iedere school biedt het volledig, voor ieder kind, zonder dat "
            "daarvoor een aanvraag bij het samenwerkingsverband nodig is. Wat daarboven gaat, heet extra "
            "ondersteuning."),
          P("De concrete invulling van de basisondersteuning wordt in het schooljaar 2025-2026 samen met "
            "de IB-netwerken herijkt. Het resultaat publiceren we daarna als 'Kaart basisondersteuning' "
            "op deze website. Tot die tijd verwijzen we voor de invulling naar de schoolgids van de "
            "school.")]
    b += [H1("Van basis tot speciaal: ons netwerk van voorzieningen"),
          P("Het aanbod in Waterland-Noord is opgebouwd in vier lagen, die op elkaar aansluiten:"),
          T([["Laag", "Wat", "Voor wie"],
             ["Basis", "Basisondersteuning op iedere school", "Alle kinderen"],
             ["Extra op school", "Schoolarrangement: inzet van een onderwijsassistent, een specialist "
              "of een aangepast programma, met een OPP", "Kinderen met een specifieke ondersteuningsvraag"],
             ["Bovenschools", "Plusklas (één dag per week, drie locaties), Taalklas voor nieuwkomers in "
              "Purmerdam, observatiegroep De Brug (maximaal 16 weken), ambulante begeleiding door "
              "specialisten van het SWV", "Kinderen voor wie de eigen school tijdelijk niet genoeg heeft"],
             ["Speciaal", "Sbo De Kompasroos, so De Havenschool, so cluster 3 buiten de regio, "
              "onderwijs-zorgarrangement De Meeuw", "Kinderen met een TLV"]]),
          P("De route naar extra ondersteuning loopt altijd via het ondersteuningsteam (OT) van de school, "
            "waarin ouders, de IB'er en de ondersteuningsconsulent van het samenwerkingsverband zitten. Het "
            "OT besluit binnen zes weken welk arrangement nodig is. Voor bovenschoolse voorzieningen vraagt "
            "de school een plek aan bij het Ondersteuningsloket, dat binnen tien werkdagen reageert."),
          H2("Thuiszitters en witte vlekken"),
          P("Een kind dat niet naar school gaat, is er één te veel. Iedere maand bespreken het "
            "samenwerkingsverband en de leerplichtambtenaren alle kinderen die langer dan twee weken "
            "verzuimen of zonder passende plek zitten. Voor ieder kind wordt binnen vijf werkdagen een "
            "casusregisseur aangewezen. Kan de school van inschrijving geen passend aanbod doen, dan zoekt "
            "het samenwerkingsverband binnen vier weken een alternatief. De directeur-bestuurder kan "
            "daarbij scholen aanwijzen."),
          P("Jaarlijks inventariseren we met de scholen en de gemeenten waar kinderen op wachtlijsten "
            "staan en welke vragen we niet kunnen beantwoorden. In de afgelopen periode leidde dat tot de "
            "oprichting van de observatiegroep De Brug en de uitbreiding van de plusklas naar drie "
            "locaties. Op dit moment ontbreekt een passende plek voor jonge kinderen (4-6 jaar) met "
            "ernstige gedragsproblemen in combinatie met een ontwikkelingsachterstand; in 2026 onderzoeken "
            "we met De Havenschool en de gemeenten de mogelijkheid van een kleine kleutergroep."),
          H2("Samenwerking met jeugdhulp"),
          P("Elke basisschool heeft een vaste contactpersoon van het sociaal team. Samen met de gemeenten "
            "financieren we de schoolmaatschappelijk werkers. Voor kinderen die zowel onderwijs als "
            "intensieve zorg nodig hebben, is er het onderwijs-zorgarrangement De Meeuw, waar onderwijs "
            "van De Havenschool en dagbehandeling onder één dak worden geboden.")]
    b += [H1("Toelaatbaarheid"),
          P("Sommige kinderen zijn aangewezen op het speciaal basisonderwijs of het speciaal onderwijs. "
            "Hoe een school een toelaatbaarheidsverklaring aanvraagt en hoe daarover wordt besloten, leest "
            "u op de pagina 'TLV aanvragen' en in het Toewijzingsreglement (bijlage 2).")]
    b += [H1("Financiën"),
          P("Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk om passend onderwijs "
            "mogelijk te maken. Hoe deze middelen worden verdeeld en besteed, is beschreven in het "
            "Financieel Kader en de meerjarenbegroting (bijlage 3). Beide documenten worden jaarlijks "
            "geactualiseerd.")]
    b += [H1("Kwaliteit en resultaten"),
          P("Welke resultaten we in deze planperiode willen bereiken, leggen we vast zodra de nieuwe "
            "kaart basisondersteuning en de evaluatie van de observatiegroep beschikbaar zijn. De "
            "beoogde resultaten komen in het jaarplan 2026."),
          P("Onze kwaliteitszorg volgt een vaste cyclus. Elk kwartaal verzamelt het bureau gegevens over "
            "het aantal arrangementen, de doorlooptijden bij het Ondersteuningsloket, het aantal "
            "TLV's, de deelnamepercentages sbo en so op 1 oktober en het aantal thuiszitters. Deze "
            "gegevens staan in een dashboard dat het bestuur en de directeuren elk kwartaal bespreken. "
            "Eens per jaar, in het voorjaar, houden we een tevredenheidspeiling onder ouders, IB'ers en "
            "directeuren. In het jaarverslag (uiterlijk 1 juli) rapporteren we over alle gegevens en "
            "vergelijken we ze met vorig jaar en met het landelijk gemiddelde. Met de OPR bespreken we "
            "het jaarverslag in september; hun opmerkingen nemen we mee in het volgende jaarplan.")]
    b += [H1("Ouders"),
          P("Ouders zijn voor ons gelijkwaardige partners. Op de pagina 'Voor ouders' op deze website "
            "vindt u uitleg over basisondersteuning, extra ondersteuning, het OT, bovenschoolse "
            "voorzieningen en het speciaal onderwijs. De informatie is er ook als folder, die op alle "
            "scholen en bij de consultatiebureaus ligt. Twee keer per jaar organiseren we een "
            "ouderavond in een van de vier gemeenten. De ondersteuningsconsulent van uw school kunt u "
            "zelf rechtstreeks bellen of mailen."),
          P("Heeft u een vraag waar u met school niet uitkomt, of wilt u onafhankelijk advies? Dan kunt u "
            "terecht bij het Ouder- en Jeugdsteunpunt Waterland, dat los van de scholen en het "
            "samenwerkingsverband werkt. U kunt ook contact opnemen met Ouders & Onderwijs (0800-5010) of "
            "met de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband is er een "
            "klachtenregeling; u kunt ook rechtstreeks naar de Landelijke Klachtencommissie.")]
    b += [H1("Begrippen"),
          L(["Basisondersteuning - wat iedere school in ieder geval biedt.",
             "Meerjarenbegroting - de begroting voor vier jaar.",
             "Terugplaatsing - de overstap van sbo of so terug naar een basisschool.",
             "TLV - toelaatbaarheidsverklaring voor sbo of so.",
             "Verdeelmodel - de regels voor het verdelen van de middelen over de besturen."])]
    return b


# =====================================================================================
# Near miss - a school-level ondersteuningsplan of one VO school (not an SWV plan)
# =====================================================================================
def school_plan():
    b = []
    b += [H1("1. Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe het Stedelijk College De Rietlanden (vmbo-t, havo, vwo, "
            "met lwoo) de ondersteuning van leerlingen organiseert in het schooljaar 2025-2026. Het plan "
            "is bedoeld voor medewerkers, ouders en leerlingen. Het is afgeleid van het "
            "schoolondersteuningsprofiel en van het ondersteuningsplan van het samenwerkingsverband waar "
            "onze school bij is aangesloten. Het plan wordt ieder jaar door de schoolleiding vastgesteld "
            "na advies van de medezeggenschapsraad."),
          H1("2. Onze ondersteuningsstructuur"),
          P("Wij werken met vier niveaus van ondersteuning:"),
          L(["Niveau 1 - de mentor: iedere klas heeft een mentor die wekelijks een mentorles geeft en het "
             "eerste aanspreekpunt is voor leerling en ouders;",
             "Niveau 2 - de leerlingbegeleider en de teamleider: bij zorgen over leren, gedrag of "
             "verzuim schakelt de mentor de leerlingbegeleider in;",
             "Niveau 3 - het intern zorgteam: de ondersteuningscoördinator, de orthopedagoog, de "
             "dyslexiecoach en de vertrouwenspersoon bespreken leerlingen die meer nodig hebben;",
             "Niveau 4 - het ondersteuningsteam (OT) met externe partners: schoolmaatschappelijk werk, "
             "jeugdarts, leerplicht en de consulent van het samenwerkingsverband."]),
          P("Het intern zorgteam komt elke twee weken bijeen, het OT zes keer per jaar. Ouders worden "
            "altijd uitgenodigd voor het OT-gesprek over hun kind."),
          H1("3. Basisondersteuning op De Rietlanden"),
          P("Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. "
            "Concreet betekent dit onder meer: begeleiding bij dyslexie en dyscalculie (extra tijd, "
            "voorleessoftware), faalangstreductietraining, een rots-en-water-training in de brugklas, "
            "huiswerkbegeleiding op maandag tot en met donderdag en een opvangruimte die het hele "
            "schooljaar bemand is. Leerlingen met lwoo volgen een deel van de lessen in kleinere groepen."),
          H1("4. Extra ondersteuning"),
          P("Voor leerlingen die meer nodig hebben, stellen wij een ontwikkelingsperspectiefplan (OPP) op. "
            "In het OPP staan de doelen, de afspraken en de evaluatiemomenten. Het OPP wordt met ouders en "
            "leerling besproken; sinds de invoering van het hoorrecht geven leerlingen zelf hun mening over "
            "het plan. Extra ondersteuning bestaat bij ons uit de Trajectklas (maximaal twaalf leerlingen, "
            "een deel van de week) en individuele begeleiding door de orthopedagoog. De school ontvangt "
            "hiervoor middelen van het samenwerkingsverband."),
          P("Als wij een leerling niet de ondersteuning kunnen bieden die nodig is, bespreken we met "
            "ouders een plaatsing in het OPDC of, via een toelaatbaarheidsverklaring van het "
            "samenwerkingsverband, in het voortgezet speciaal onderwijs. De aanvraag loopt via de "
            "ondersteuningscoördinator. Leerlingen die uit het vso of het OPDC naar onze school komen, "
            "krijgen de eerste drie maanden een vaste coach."),
          H1("5. Toelating en zorgplicht"),
          P("Ouders melden hun kind ten minste tien weken voor de start van het schooljaar aan. Als bij "
            "aanmelding blijkt dat een leerling extra ondersteuning nodig heeft, onderzoeken wij binnen zes "
            "weken (eenmaal te verlengen met vier weken) of wij die kunnen bieden. Kunnen wij dat niet, "
            "dan zoeken wij samen met ouders een andere school die wel passend is."),
          H1("6. Ouders"),
          P("Ouders informeren we via de schoolgids, de website, de ouderavonden aan het begin van het "
            "schooljaar en het ouderportaal. Voor vragen over ondersteuning kunnen ouders terecht bij de "
            "mentor en de ondersteuningscoördinator. Komen ouders er met de school niet uit, dan kunnen "
            "zij contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de "
            "Onderwijsconsulenten. De klachtenregeling staat op de website van de school."),
          H1("7. Evaluatie"),
          P("Aan het eind van het schooljaar evalueren het zorgteam en de schoolleiding dit plan. We "
            "kijken naar het aantal leerlingen met een OPP, het verzuim, het aantal schorsingen en de "
            "tevredenheid van leerlingen en ouders. De uitkomsten verwerken we in het plan voor het "
            "volgende schooljaar. De middelen voor passend onderwijs worden verantwoord in het "
            "jaarverslag van het schoolbestuur."),
          H1("8. Contact"),
          P("Ondersteuningscoördinator: mevrouw S. el Amrani. Orthopedagoog: de heer P. Lodewijks. "
            "Vertrouwenspersoon: mevrouw H. de Graaf. Het telefoonnummer en de e-mailadressen staan in "
            "de schoolgids.")]
    return b


# =====================================================================================
# Neutral chapters that real plans carry (governance, staff, ICT, history, law, region).
# They use element vocabulary only in passing and address no criterion.
# =====================================================================================
def filler(key, org, sector):
    school = "basisscholen" if sector == "po" else "scholen voor voortgezet onderwijs"
    spec = "sbo en so" if sector == "po" else "vso en praktijkonderwijs"
    F = {
        "wet": [H1("Wettelijk kader"),
                P(f"Sinds 1 augustus 2014 zijn alle {school} aangesloten bij een samenwerkingsverband passend "
                  "onderwijs. De wet schrijft voor dat het samenwerkingsverband ten minste eens in de vier "
                  "jaar een ondersteuningsplan vaststelt. Daarin moet onder meer staan hoe het "
                  "samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen, "
                  "welk niveau van basisondersteuning op alle scholen aanwezig is, hoe de middelen worden "
                  f"verdeeld en besteed, hoe de toelaatbaarheid tot het {spec} is geregeld, hoe terugplaatsing "
                  "plaatsvindt, welke resultaten worden beoogd en hoe ouders worden geïnformeerd. Het plan "
                  "wordt niet vastgesteld dan na op overeenstemming gericht overleg met de gemeenten en "
                  "instemming van de ondersteuningsplanraad, en het moet vóór 1 mei bij de inspectie "
                  "binnen zijn."),
                P("Ook andere wetten raken aan ons werk: de Jeugdwet, de Leerplichtwet, de Wet "
                  "medezeggenschap op scholen, de Algemene wet bestuursrecht en de Algemene verordening "
                  "gegevensbescherming. Daarnaast volgen we de uitwerking van de Wet versterking positie "
                  "ouders en leerlingen in het passend onderwijs en het Verbeterplan passend onderwijs van "
                  "het ministerie. Waar nieuwe regelgeving in de loop van de planperiode van kracht wordt, "
                  "passen we onze werkwijze en zo nodig dit plan aan, met instemming van de OPR.")],
        "historie": [H1("Tien jaar passend onderwijs"),
                     P("Voor 2014 kenden we de leerlinggebonden financiering, beter bekend als het rugzakje, "
                       "en de Regionale Expertisecentra (REC's) die indicaties afgaven. Ouders moesten vaak "
                       "lange trajecten doorlopen om ondersteuning voor hun kind te krijgen, en scholen "
                       "besteedden veel tijd aan het verzamelen van bewijs voor een indicatie. Met de "
                       "invoering van passend onderwijs verdween dat systeem. De middelen kwamen bij de "
                       "samenwerkingsverbanden, die samen met de schoolbesturen verantwoordelijk werden "
                       "voor een passende plek voor iedere leerling."),
                     P(f"De eerste jaren van {org} stonden in het teken van opbouw: een bureau, een "
                       "toewijzingsprocedure, afspraken met de besturen en de verevening, die voor onze "
                       "regio een flinke korting op het budget betekende. Daarna volgde een periode van "
                       "verdieping, waarin de nadruk verschoof van regels naar samenwerking in de school. "
                       "De landelijke evaluatie van passend onderwijs in 2020 liet zien dat veel is bereikt, "
                       "maar dat leraren zich nog onvoldoende toegerust voelen, dat ouders het systeem "
                       "ingewikkeld vinden en dat het aantal thuiszitters landelijk niet daalt. Die lessen "
                       "nemen we mee in deze planperiode."),
                     P("Passend onderwijs is daarmee geen afgerond project. Het is een manier van werken die "
                       "steeds opnieuw onderhoud vraagt, van leraren, schoolleiders, besturen en het "
                       "samenwerkingsverband zelf.")],
        "bestuur": [H1("Bestuur en intern toezicht"),
                    P(f"{org} is een stichting waarin de aangesloten schoolbesturen samenwerken. De statuten "
                      "regelen de bevoegdheden van bestuur en toezicht en bevatten een regeling voor "
                      "geschillen tussen de aangesloten besturen. Het samenwerkingsverband volgt de Code Goed "
                      "Bestuur van de sectorraad. Bestuur en toezicht zijn gescheiden: het bestuur is "
                      "verantwoordelijk voor de dagelijkse gang van zaken en de uitvoering van het plan, de "
                      "toezichthouders zien toe op de koers, de rechtmatigheid en de kwaliteit van besluiten."),
                    P("De toezichthouders evalueren jaarlijks hun eigen functioneren, eens in de drie jaar "
                      "onder externe begeleiding. Zij hebben een auditcommissie en een commissie kwaliteit. "
                      "Nieuwe leden worden geworven op basis van een openbaar profiel. De vergoeding van de "
                      "toezichthouders volgt de richtlijn van de beroepsvereniging."),
                    P("Eens per jaar houden bestuur en toezichthouders een gezamenlijke themabijeenkomst met "
                      "de schoolbestuurders. In de planperiode staan daar de thema's krimp, het lerarentekort "
                      "en de samenwerking met de gemeenten op de agenda.")],
        "personeel": [H1("Personeel en deskundigheid"),
                      P("Passend onderwijs is mensenwerk. De kwaliteit van de ondersteuning wordt bepaald door "
                        "leraren, onderwijsassistenten, ondersteuningsspecialisten en schoolleiders. Het "
                        "lerarentekort treft ook onze regio: vacatures blijven langer open en scholen werken "
                        "met meer zij-instromers en onbevoegde krachten. Dat maakt de opgave groter."),
                      P(f"{org} heeft zelf een klein bureau. De medewerkers zijn in dienst van de stichting "
                        "of worden gedetacheerd vanuit de aangesloten besturen. Iedere medewerker heeft een "
                        "persoonlijk ontwikkelplan en volgt jaarlijks scholing. We besteden aandacht aan "
                        "werkdruk en duurzame inzetbaarheid, onder meer door een evenwichtige verdeling van "
                        "de caseload en door intervisie."),
                      P("Voor de scholen organiseren we een scholingsaanbod rond thema's die zij zelf "
                        "aandragen: omgaan met gedrag, executieve functies, trauma-sensitief lesgeven, "
                        "samenwerken met ouders en het schrijven van een goed OPP. We faciliteren netwerken "
                        "van intern begeleiders, ondersteuningscoördinatoren en gedragsspecialisten, waarin "
                        "professionals van elkaar leren. Ook stimuleren we dat leraren bij elkaar in de klas "
                        "kijken, tussen scholen en tussen regulier en speciaal onderwijs.")],
        "ict": [H1("Digitale werkomgeving en gegevensbescherming"),
                P("Aanvragen, besluiten en dossiers verwerken we in een beveiligde digitale omgeving. "
                  "Scholen leveren gegevens aan via een portaal; medewerkers van het samenwerkingsverband "
                  "hebben alleen toegang tot de gegevens die zij voor hun taak nodig hebben. De "
                  "omgeving voldoet aan de eisen van de AVG en wordt jaarlijks getoetst door een externe "
                  "partij."),
                P("Het samenwerkingsverband heeft een functionaris gegevensbescherming, een privacyreglement "
                  "en een protocol voor datalekken. Gegevens over de gezondheid van leerlingen verwerken we "
                  "alleen als dat noodzakelijk is voor een besluit en bewaren we niet langer dan de wet "
                  "toestaat. Met alle aangesloten besturen is een verwerkersovereenkomst gesloten."),
                P("In de planperiode vervangen we het huidige portaal door een systeem dat beter aansluit "
                  "op de leerlingvolgsystemen van de scholen, zodat scholen gegevens niet dubbel hoeven in te "
                  "voeren. We betrekken gebruikers uit de scholen bij de keuze en de inrichting.")],
        "regio": [H1("Ontwikkelingen in de regio"),
                  P("De regio verandert. Het aantal leerlingen daalt in de kleinere kernen en groeit in de "
                    "nieuwbouwwijken rond de grotere plaatsen. Dat leidt tot fusies en tot vragen over de "
                    "spreiding van scholen. Tegelijk verandert de samenstelling van de leerlingpopulatie: er "
                    "zijn meer kinderen en jongeren die in armoede opgroeien, meer gezinnen met een "
                    "migratieachtergrond en meer leerlingen met psychische klachten."),
                  P("Ook op de arbeidsmarkt zijn de ontwikkelingen voelbaar. Scholen hebben moeite om "
                    "vacatures te vervullen, en de jeugdhulp kampt met wachtlijsten en personeelstekorten. "
                    "Dat vraagt om creativiteit en om samenwerking over de grenzen van organisaties heen. "
                    "We kijken daarbij ook naar de mogelijkheden van gezamenlijke personeelspools en "
                    "gedeelde specialisten."),
                  P("Deze ontwikkelingen volgen we via de regionale jeugdmonitor en de "
                    "leerlingenprognoses van de gemeenten. Waar nodig passen we onze werkwijze aan. We "
                    "delen de prognoses met de besturen, zodat zij er in hun eigen meerjarenplanning "
                    "rekening mee kunnen houden.")],
        "swv": [H1("Samenwerking met andere samenwerkingsverbanden"),
                P(f"{org} werkt samen met de samenwerkingsverbanden in de omliggende regio's en met het "
                  f"samenwerkingsverband {'VO' if sector == 'po' else 'PO'} in hetzelfde gebied. Het "
                  "verplichte overleg over het ondersteuningsplan heeft plaatsgevonden in februari 2025. "
                  "Daarnaast komen de directeuren van de samenwerkingsverbanden in de provincie elk kwartaal "
                  "bijeen om ervaringen te delen, bijvoorbeeld over de landelijke ontwikkelingen en over de "
                  "inkoop van expertise."),
                P("Landelijk zijn we aangesloten bij het netwerk van samenwerkingsverbanden en nemen we "
                  "deel aan de kennisbijeenkomsten van de sectorraad. We maken gebruik van landelijke "
                  "handreikingen en benchmarks, en we delen onze eigen ervaringen in regionale "
                  "leernetwerken. Zo voorkomen we dat ieder samenwerkingsverband zelf het wiel uitvindt.")],
        "bureau": [H1("Het bureau en de huisvesting"),
                   P(f"Het bureau van {org} is gevestigd in een gedeeld kantoorgebouw met andere "
                     "onderwijsorganisaties. Dat maakt de lijnen kort en bespaart kosten. Medewerkers werken "
                     "voor een groot deel op de scholen zelf; op kantoor zijn flexibele werkplekken en "
                     "overlegruimtes. Het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur."),
                   P("We streven naar een duurzame bedrijfsvoering: we reizen zoveel mogelijk met het openbaar "
                     "vervoer of elektrisch, we vergaderen waar het kan digitaal en we beperken het gebruik "
                     "van papier. In 2026 verhuist het bureau naar een nieuw pand in het centrum van de "
                     "regio, dat beter bereikbaar is voor scholen en partners.")],
    }
    return F[key]


def waterland_extra():
    return [H1("Terugblik op 2021-2025"),
            P("In de vorige planperiode hebben we hard gewerkt aan de basis. Alle scholen hebben een "
              "vaste ondersteuningsconsulent gekregen, het Ondersteuningsloket is geopend en de plusklas "
              "is uitgebreid. De coronaperiode zette veel onder druk: scholen moesten in korte tijd "
              "overschakelen op afstandsonderwijs, en kinderen die al kwetsbaar waren, raakten extra "
              "achterop. Juist toen bleek hoe waardevol de korte lijnen tussen school, consulent en "
              "sociaal team zijn."),
            P("Niet alles ging zoals gepland. Het project om de administratieve last voor scholen te "
              "halveren liep vertraging op door de overstap naar een nieuw registratiesysteem. En de "
              "samenwerking met de jeugdhulp verschilt nog sterk per gemeente. In gesprekken met ouders "
              "hoorden we dat zij de weg naar ondersteuning niet altijd kunnen vinden. Die signalen "
              "hebben de koers van dit plan bepaald."),
            H1("Onze scholen en hun omgeving"),
            P("De 38 basisscholen in Waterland-Noord verschillen sterk van elkaar. Ruim de helft heeft "
              "minder dan honderdvijftig leerlingen; de kleinste school telt er 41. Er zijn openbare, "
              "protestants-christelijke, katholieke en algemeen bijzondere scholen, twee Daltonscholen, "
              "een Jenaplanschool en een vrije school. Drie scholen maken deel uit van een integraal "
              "kindcentrum, waar opvang, peuteropvang en onderwijs onder één dak zitten."),
            P("Die verscheidenheid is een kracht, want ouders hebben iets te kiezen. Zij vraagt ook "
              "veel van de samenwerking: kleine scholen hebben minder specialisten in huis en zijn "
              "kwetsbaarder bij ziekte of vertrek van een leerkracht. Daarom delen scholen steeds vaker "
              "expertise, bijvoorbeeld een gedragsspecialist die voor drie scholen werkt of een "
              "gezamenlijk netwerk van intern begeleiders per gemeente. Het samenwerkingsverband "
              "ondersteunt die samenwerking met tijd en ruimte voor overleg."),
            H1("Het jonge kind"),
            P("Een goede start begint voor de basisschool. In de voorschoolse voorzieningen worden "
              "ontwikkelingsachterstanden vaak al vroeg zichtbaar. Met de gemeenten en de "
              "kinderopvangorganisaties hebben we afgesproken dat de overdracht van peuterspeelzaal naar "
              "basisschool altijd warm verloopt wanneer er zorgen zijn over de ontwikkeling. De "
              "ondersteuningsconsulent kan al voor de vierde verjaardag meedenken over de vraag welke "
              "school het best past. Kinderen die extra taalaanbod nodig hebben, krijgen dat in de "
              "voorschool en in groep 1 en 2."),
            H1("Hoogbegaafde kinderen"),
            P("Ook kinderen die veel meer aankunnen dan hun leeftijdgenoten, hebben soms ondersteuning "
              "nodig. Zonder uitdaging raken zij gedemotiveerd, en een deel van hen ontwikkelt gedrags- of "
              "faalangstproblemen. De plusklas op drie locaties biedt één dag per week een verrijkend "
              "programma. Daarnaast is er een netwerk van talentcoördinatoren en zijn er "
              "materiaalkisten die scholen kunnen lenen."),
            P("Hoogbegaafdheid is niet alleen een kwestie van aanbod. Leerkrachten moeten een "
              "hoogbegaafd kind ook herkennen, juist als het onderpresteert of zich terugtrekt. Daarom "
              "organiseren we jaarlijks een scholingsreeks over signaleren en begeleiden, en bezoeken "
              "talentcoördinatoren elkaars scholen. Ouders die vermoeden dat hun kind hoogbegaafd is, "
              "kunnen dat met de leerkracht en de IB'er bespreken; de school beslist samen met hen over "
              "een passend vervolg, zoals verrijking in de groep, versnelling of deelname aan de plusklas."),
            H1("Nieuwkomers"),
            P("In Waterland-Noord wonen steeds meer gezinnen die kort in Nederland zijn. Kinderen van zes "
              "tot twaalf jaar zonder kennis van het Nederlands starten in de Taalklas in Purmerdam, waar "
              "zij een jaar intensief taalonderwijs krijgen. Daarna stromen zij door naar een basisschool "
              "in de eigen woonplaats, waar zij nog een jaar extra taalbegeleiding krijgen van een "
              "NT2-specialist. Voor kinderen die in de kleinere kernen wonen, is het vervoer naar de "
              "Taalklas een aandachtspunt in het overleg met de gemeenten. Ook de samenwerking met tolken en "
              "met de opvanglocaties vraagt blijvend aandacht, omdat gezinnen soms al na enkele maanden "
              "naar een andere gemeente verhuizen."),
            H1("De overstap naar het voortgezet onderwijs"),
            P("Met het samenwerkingsverband VO in ons gebied hebben we afspraken over de overstap. Voor "
              "kinderen met een ondersteuningsbehoefte vindt in het voorjaar van groep 8 een "
              "overdrachtsgesprek plaats tussen de basisschool, de ouders en de vo-school. Scholen "
              "gebruiken daarvoor een gezamenlijk overdrachtsformulier, zodat de vo-school weet wat "
              "een kind nodig heeft voordat het in september begint."),
            H1("Jaarkalender"),
            L(["september: startbijeenkomst IB'ers en directeuren;",
               "oktober: teldatum en eerste kwartaalrapportage;",
               "januari: tweede kwartaalrapportage; ouderavond;",
               "maart: tevredenheidspeiling; OPR-vergadering over het jaarplan;",
               "juni: jaarverslag; evaluatie met de gemeenten;",
               "juli: vaststelling jaarplan volgend schooljaar."])]


def maasoever_extra():
    return [H1("Samenwerking met gemeenten"),
            P("Met de vijf gemeenten langs de Maas hebben we in het OOGO afspraken gemaakt over jeugdhulp "
              "op school, leerlingenvervoer, onderwijshuisvesting en de aansluiting op de arbeidsmarkt. "
              "Iedere school heeft een vaste contactpersoon van het lokale team. Jeugdhulp in "
              "onderwijstijd wordt per leerling afgestemd tussen school, ouders en het lokale team. Twee "
              "keer per jaar is er bestuurlijk overleg met de wethouders onderwijs en jeugd, en een "
              "ambtelijke werkgroep bereidt dat overleg voor."),
            P("De samenwerking met de gemeenten is de afgelopen jaren gegroeid, maar verschilt nog per "
              "gemeente. In de ene gemeente schuift het lokale team wekelijks aan op school, in de andere "
              "gemeente alleen op afroep. In deze planperiode willen we tot een gezamenlijke werkwijze "
              "komen, met behoud van ruimte voor lokale keuzes."),
            P("Een terugkerend thema is de aansluiting tussen het onderwijs en de arbeidsmarkt voor "
              "jongeren uit het praktijkonderwijs en het vso. Samen met het UWV, de gemeenten en "
              "werkgevers in de regio werken we aan leerwerkplekken en aan begeleiding na de "
              "schoolperiode. De regionale meld- en coördinatiefunctie voortijdig schoolverlaten volgt "
              "jongeren die zonder diploma de school verlaten.")]


# =====================================================================================
def insert_before(blocks, heading, extra):
    """Insert extra blocks before the first h1 whose text starts with heading."""
    for i, (k, v) in enumerate(blocks):
        if k == "h1" and v.startswith(heading):
            return blocks[:i] + extra + blocks[i:]
    raise ValueError(heading)


def build():
    docs = []
    # Plan 1 - VO docx
    b = plan_rijnduin()
    docs.append(("vo-rijnduin-op-2025-2029.docx",
                 ["Ondersteuningsplan 2025-2029", "Samenwerkingsverband VO Rijn en Duin (VO 28-13)",
                  "Vastgesteld door de directeur-bestuurder op 25 maart 2025",
                  "Met instemming van de ondersteuningsplanraad (18 maart 2025)"],
                 "SWV VO Rijn en Duin - Ondersteuningsplan 2025-2029", b))
    # Plan 2 - VO pdf
    b = plan_kempenland()
    b = insert_before(b, "Hoofdstuk 3", filler("wet", "SWV VO Kempenland-Oost", "vo"))
    b = insert_before(b, "Begrippen", filler("historie", "SWV VO Kempenland-Oost", "vo")
                      + filler("regio", "SWV VO Kempenland-Oost", "vo")
                      + filler("swv", "SWV VO Kempenland-Oost", "vo"))
    docs.append(("vo-kempenland-oost-op-2025-2029.pdf",
                 ["Samen verder", "Ondersteuningsplan 2025-2029",
                  "Samenwerkingsverband Voortgezet Onderwijs Kempenland-Oost (VO 30-08)",
                  "Basisondersteuning | Toelaatbaarheid | Terugkeer | Resultaten | Ouders | Geld"],
                 "Ondersteuningsplan SWV VO Kempenland-Oost 2025-2029", b))
    # Plan 3 - PO docx
    org = "SWV Veenstreek"
    b = plan_veenstreek()
    b = insert_before(b, "2. Basisondersteuning", filler("wet", org, "po") + filler("historie", org, "po"))
    b = insert_before(b, "6. Geld", filler("bestuur", org, "po") + filler("personeel", org, "po")
                      + filler("ict", org, "po") + filler("regio", org, "po"))
    b = insert_before(b, "Begrippenlijst", filler("swv", org, "po") + filler("bureau", org, "po"))
    docs.append(("po-veenstreek-op-2025-2029.docx",
                 ["Ondersteuningsplan 2025-2029",
                  "Samenwerkingsverband Passend Primair Onderwijs Veenstreek (PO 26-04)",
                  "Ieder kind een passende plek"],
                 "Ondersteuningsplan SWV PPO Veenstreek 2025-2029", b))
    # Plan 4 - VO pdf
    org = "SWV VO Maasoever"
    b = plan_maasoever()
    b = insert_before(b, "2 Visie", filler("wet", org, "vo") + filler("historie", org, "vo"))
    b = insert_before(b, "3 Toewijzing", filler("regio", org, "vo"))
    b = insert_before(b, "8 Organisatie", maasoever_extra())
    b = insert_before(b, "Afkortingen", filler("bestuur", org, "vo") + filler("personeel", org, "vo")
                      + filler("ict", org, "vo") + filler("swv", org, "vo") + filler("bureau", org, "vo"))
    docs.append(("vo-maasoever-op-2025-2029.pdf",
                 ["Ondersteuningsplan Samenwerkingsverband VO Maasoever", "Planperiode 2025-2029",
                  "Inhoud: basisondersteuning, toewijzing, terugkeer, thuiszitters, resultaten, financiën, "
                  "ouders en communicatie"],
                 "SWV VO Maasoever | Ondersteuningsplan 2025-2029", b))
    # Plan 5 - PO html
    org = "SWV Waterland-Noord"
    b = plan_waterland()
    b = insert_before(b, "Basisondersteuning", filler("wet", org, "po") + waterland_extra()[:2])
    b = insert_before(b, "Toelaatbaarheid", waterland_extra()[2:])
    b = insert_before(b, "Begrippen", filler("historie", org, "po") + filler("bestuur", org, "po")
                      + filler("personeel", org, "po") + filler("ict", org, "po")
                      + filler("regio", org, "po") + filler("swv", org, "po") + filler("bureau", org, "po"))
    docs.append(("po-waterland-noord-op-2025-2029.html",
                 ["Ondersteuningsplan 2025-2029 - Samenwerkingsverband Passend Onderwijs Waterland-Noord (PO)",
                  "Laatst bijgewerkt: 2 april 2025"],
                 "SWV Passend Onderwijs Waterland-Noord", b))
    # Near miss - school-level plan, docx
    docs.append(("vo-rietlanden-school-ondersteuningsplan-2025-2026.docx",
                 ["Ondersteuningsplan 2025-2026", "Stedelijk College De Rietlanden",
                  "vmbo-t | havo | vwo | lwoo",
                  "Aangesloten bij het samenwerkingsverband passend onderwijs VO in de regio"],
                 "Stedelijk College De Rietlanden - Ondersteuningsplan 2025-2026", school_plan()))
    return docs


def main():
    for name, title, header, blocks in build():
        path = OUT / name
        if name.endswith(".docx"):
            write_docx(path, title, header, blocks, with_toc=not name.startswith("vo-rietlanden"))
        elif name.endswith(".pdf"):
            write_pdf(path, title, header, blocks)
        else:
            write_html(path, title, header, blocks)
        print(f"{name}: {words(blocks)} words in body")


if __name__ == "__main__":
    main()
