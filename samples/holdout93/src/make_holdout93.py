#!/usr/bin/env python3
"""Build holdout set 93: five fictional ondersteuningsplannen (VO/PO) and one near-miss document.

Deterministic, no network. Output goes to the folder above src/.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- rendering
def render_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Samenwerkingsverband"
    cp.created = cp.modified = datetime.datetime(2025, 4, 1, 9, 0, 0)
    cp.last_modified_by = "Samenwerkingsverband"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "h3":
            d.add_heading(b[1], level=3)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx with fixed zip timestamps so repeated runs give identical bytes."""
    path = Path(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_name(path.name + ".holdout93.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def render_html(blocks, path, title, header=None):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header class="site-header"><nav>{e(header)}</nav></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(b[1])}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "small":
            out.append(f"<p><em>{e(b[1])}</em></p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            t = ["<table border=\"1\">", "<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>"]
            for row in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t))
        elif kind == "break":
            out.append("<hr>")
    out.append("</main>")
    out.append("<footer><p>© Samenwerkingsverband — deze webversie is gelijk aan de vastgestelde tekst. "
               "Ouders | Scholen | Contact | Privacyverklaring</p></footer>")
    out.append("</body></html>")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout93_pdf_"))
    try:
        src = tmp / (Path(path).stem + ".docx")
        render_docx(blocks, src, header=header, footer=footer)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (Path(path).stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
        elif len(b) > 1:
            n += len(b[1].split())
    return n


# --------------------------------------------------------------------------- plan A
# VO, large urban verband. Rendered as .docx.
def plan_a():
    B = []
    a = B.append
    a(("title", "Ondersteuningsplan 2025–2029: Elke leerling een plek in de stad"))
    a(("p", "Samenwerkingsverband Voortgezet Onderwijs Merwestad (VO 28-97)"))
    a(("p", "Vastgesteld door het algemeen bestuur op 18 maart 2025, na instemming van de ondersteuningsplanraad "
            "(8 april 2025 bevestigd) en na op overeenstemming gericht overleg met de gemeenten Merwestad en Oostpolder "
            "(afgerond 27 februari 2025). Ingediend bij de Inspectie van het Onderwijs op 22 april 2025."))
    a(("break",))
    a(("h1", "Inhoudsopgave"))
    a(("ol", [
        "Voorwoord",
        "Het samenwerkingsverband in cijfers",
        "Visie, missie en kernwaarden",
        "Basisondersteuning: wat elke school biedt",
        "Het ondersteuningscontinuüm en de voorzieningen",
        "Toewijzing, toelaatbaarheid en terugplaatsing",
        "Thuiszitters en het dekkend netwerk",
        "Samenwerking met gemeenten en jeugdhulp",
        "Communicatie, ouders en het ouder- en jeugdsteunpunt",
        "Ambities en resultaten, monitoring en kwaliteitszorg",
        "Organisatie, personeel en medezeggenschap",
        "Geld en middelen",
        "ICT, privacy en gegevensuitwisseling",
        "Planning en totstandkoming",
        "Bijlage: begrippen en afkortingen",
    ]))
    a(("break",))
    a(("h1", "1. Voorwoord"))
    a(("p", "Voor u ligt het derde ondersteuningsplan van het Samenwerkingsverband VO Merwestad. In een stad met ruim "
            "veertigduizend leerlingen in het voortgezet onderwijs, met meer dan honderdtwintig nationaliteiten in de "
            "klas en met grote verschillen tussen wijken, is passend onderwijs geen vanzelfsprekendheid. Iedere dag "
            "zetten mentoren, ondersteuningscoördinatoren, orthopedagogen, leerplichtambtenaren, jeugdhulpverleners en "
            "natuurlijk ouders zich in om jongeren een plek te geven waar zij kunnen leren en groeien."))
    a(("p", "De afgelopen vier jaar waren turbulent. De nasleep van de schoolsluitingen, het lerarentekort, de "
            "instroom van nieuwkomers uit Oekraïne en elders, en de toenemende druk op de jeugdhulp vroegen veel van "
            "onze scholen. Tegelijk zien we dat de samenwerking tussen de negen schoolbesturen in de stad hechter is "
            "geworden. We spreken elkaar aan, we delen expertise en we nemen samen verantwoordelijkheid voor leerlingen "
            "die tussen wal en schip dreigen te raken. Dit plan bouwt daarop voort."))
    a(("p", "Het plan is tot stand gekomen in een intensief traject met schoolleiders, ondersteuningscoördinatoren, "
            "de ondersteuningsplanraad, leerlingen, ouders en onze partners bij de gemeenten. Ik dank iedereen die "
            "heeft meegedacht. Waar de tekst spreekt over 'wij', bedoelen we de samenwerkende besturen en scholen "
            "samen met het bureau van het samenwerkingsverband."))
    a(("p", "Drs. H.J. (Hanneke) Verbeek, directeur-bestuurder"))
    a(("h1", "2. Het samenwerkingsverband in cijfers"))
    a(("p", "Het samenwerkingsverband omvat alle scholen voor voortgezet onderwijs in de gemeenten Merwestad en "
            "Oostpolder. Negen schoolbesturen zijn aangesloten. Samen verzorgen zij onderwijs op 52 vestigingen: "
            "scholen voor vmbo, havo en vwo, drie scholen voor praktijkonderwijs, vijf scholen voor voortgezet "
            "speciaal onderwijs en twee internationale schakelklassen. Het bureau van het samenwerkingsverband is "
            "gevestigd aan de Lijnbaanskade in Merwestad."))
    a(("table", [
        ["Kengetal (teldatum 1 oktober 2024)", "Aantal"],
        ["Leerlingen voortgezet onderwijs totaal", "41.260"],
        ["Waarvan in het praktijkonderwijs", "1.412"],
        ["Waarvan met leerwegondersteuning (lwoo)", "3.980"],
        ["Leerlingen in het vso (cluster 3 en 4)", "1.105"],
        ["Leerlingen in de ISK", "688"],
        ["Aantal vestigingen", "52"],
        ["Aantal schoolbesturen", "9"],
    ]))
    a(("p", "De stad kent een jonge en diverse bevolking. In een aantal wijken ligt het aandeel jongeren dat opgroeit "
            "in armoede boven de dertig procent. Het aantal leerlingen stijgt de komende jaren licht, vooral door "
            "nieuwbouw in Oostpolder en door de komst van nieuwkomers. Die demografische ontwikkeling heeft gevolgen "
            "voor de spreiding van voorzieningen, voor de huisvesting en voor de begroting."))
    a(("h1", "3. Visie, missie en kernwaarden"))
    a(("p", "Onze missie is eenvoudig geformuleerd: elke jongere in Merwestad en Oostpolder krijgt onderwijs dat "
            "past, zo dicht mogelijk bij huis, en zo regulier als mogelijk. Wij geloven dat jongeren het meest leren "
            "in een omgeving waar zij gezien worden, waar verwachtingen hoog zijn en waar hulp beschikbaar is op het "
            "moment dat die nodig is. Ondersteuning is geen doel op zich, maar een middel om leerlingen een diploma, "
            "een startkwalificatie of een duurzame plek op de arbeidsmarkt te laten behalen."))
    a(("p", "Drie kernwaarden sturen ons handelen. Eigenaarschap: scholen en besturen voelen zich samen "
            "verantwoordelijk voor alle jongeren in de stad, ook voor leerlingen die (nog) niet op hun school zitten. "
            "Nabijheid: ondersteuning wordt zo veel mogelijk in of nabij de klas georganiseerd. Vertrouwen: we gaan "
            "uit van de professionaliteit van de school en leggen verantwoording af in dialoog, niet via formulieren."))
    a(("p", "Wij betrekken ouders en leerlingen als partners. Ouders kennen hun kind het best; leerlingen weten zelf "
            "vaak heel goed wat zij nodig hebben. Die overtuiging loopt als een rode draad door dit plan."))
    a(("h1", "4. Basisondersteuning: wat elke school biedt"))
    a(("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken minimumniveau van ondersteuning dat "
            "iedere vestiging van iedere aangesloten school biedt, zonder dat daarvoor een aanvraag bij het "
            "samenwerkingsverband nodig is. De besturen hebben dit niveau op 12 november 2024 gezamenlijk "
            "vastgesteld. Het geldt voor alle 52 vestigingen, ook voor de scholen voor praktijkonderwijs; voor de "
            "vso-scholen geldt een aangepaste variant die in hun eigen schoolgids is opgenomen."))
    a(("p", "Ouders en leerlingen mogen op elke school in ieder geval het volgende verwachten:"))
    a(("ol", [
        "Een mentor die ten minste zes keer per jaar een individueel gesprek met de leerling voert en bij signalen "
        "binnen vijf schooldagen contact opneemt met ouders.",
        "Een ondersteuningscoördinator (minimaal 0,4 fte per 500 leerlingen) die de ondersteuning op de school "
        "organiseert en aanspreekpunt is voor ouders en externe partners.",
        "Een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt, met vaste deelname van "
        "leerplicht, schoolmaatschappelijk werk en de jeugdarts.",
        "Begeleiding bij dyslexie en dyscalculie volgens het stedelijk protocol, met faciliteiten zoals "
        "voorleessoftware, extra tijd en aangepaste toetsen.",
        "Een aanbod voor sociaal-emotionele vaardigheden en faalangstreductie (training in groepjes van maximaal tien leerlingen).",
        "Begeleiding bij executieve functies: plannen en organiseren, huiswerkbegeleiding op school ten minste "
        "twee middagen per week.",
        "Een rustige plek (time-in ruimte) voor leerlingen die tijdelijk uit de klas moeten, met toezicht van een "
        "onderwijsassistent of begeleider.",
        "Ondersteuning voor leerlingen met een taalachterstand of Nederlands als tweede taal (NT2), ook na de ISK.",
        "Een aanpak voor hoogbegaafde en meerbegaafde leerlingen, met ten minste een verrijkingsaanbod en compacten.",
        "Afspraken over medisch handelen en over leerlingen met een chronische ziekte.",
        "Een ontwikkelingsperspectief (OPP) voor iedere leerling die meer nodig heeft dan de reguliere begeleiding, "
        "opgesteld met ouders en leerling.",
        "Een veilig schoolklimaat: een anti-pestcoördinator, een vertrouwenspersoon en een jaarlijkse monitor sociale veiligheid.",
    ]))
    a(("p", "Scholen beschrijven in hun schoolgids hoe zij deze twaalf standaarden invullen. Het samenwerkingsverband "
            "toetst dit jaarlijks in de kwaliteitsdialoog met iedere school: aan de hand van de kwaliteitskaart "
            "basisondersteuning bespreken we welke standaarden op orde zijn. Voldoet een vestiging niet aan een "
            "standaard, dan maakt het bestuur binnen drie maanden een verbeterplan; het bureau volgt de uitvoering en "
            "rapporteert hierover aan het algemeen bestuur."))
    a(("h1", "5. Het ondersteuningscontinuüm en de voorzieningen"))
    a(("p", "Het aanbod in de stad is opgebouwd in vijf niveaus die op elkaar aansluiten. Een leerling kan tussen de "
            "niveaus bewegen; het uitgangspunt is steeds de lichtst mogelijke en meest reguliere vorm."))
    a(("table", [
        ["Niveau", "Wat", "Waar", "Toegang"],
        ["1. Basis", "De twaalf standaarden basisondersteuning", "Alle 52 vestigingen", "Direct via de mentor"],
        ["2. Extra op school", "Arrangementen op school: ambulante begeleiding, trajectvoorziening, "
         "ondersteuningsklassen, lwoo", "Alle reguliere vestigingen", "Ondersteuningsteam van de school"],
        ["3. Bovenschools", "OPDC De Overstap (2 locaties, 96 plaatsen), Rebound Merwestad (24 plaatsen), "
         "time-outvoorziening Op de Rails (16 plaatsen), ISK Centrum en ISK Oost", "Stedelijk", "Loket Passend Onderwijs"],
        ["4. Praktijkonderwijs", "Drie scholen voor pro, met stage- en arbeidstoeleiding", "Noord, Centrum, Oostpolder",
         "Toelaatbaarheidsverklaring pro"],
        ["5. Voortgezet speciaal onderwijs", "Drie scholen cluster 4, twee scholen cluster 3, één "
         "onderwijs-zorgarrangement (De Brug)", "Stedelijk", "Toelaatbaarheidsverklaring vso"],
    ]))
    a(("h2", "5.1 Extra ondersteuning op school"))
    a(("p", "Iedere reguliere school ontvangt een schoolbudget voor extra ondersteuning (zie hoofdstuk 12). Daarmee "
            "bekostigt de school arrangementen voor leerlingen die meer nodig hebben dan basisondersteuning, zoals "
            "een trajectvoorziening, individuele begeleiding, een kleinere klas of inzet van een gedragsspecialist. "
            "Scholen met leerwegondersteuning organiseren lwoo in kleinere klassen van maximaal zestien leerlingen."))
    a(("h2", "5.2 OPDC De Overstap"))
    a(("p", "Het orthopedagogisch-didactisch centrum De Overstap biedt leerlingen uit vmbo en havo een tijdelijke "
            "plek (in de regel een half tot een heel schooljaar) in kleine groepen, met als doel terugkeer naar de "
            "eigen of een andere reguliere school. De Overstap heeft een locatie in Noord en een in Oostpolder."))
    a(("h2", "5.3 Rebound en time-out"))
    a(("p", "Rebound Merwestad is bedoeld voor leerlingen bij wie gedrag het leren in de weg staat. Een plaatsing duurt "
            "maximaal twaalf weken, waarna de leerling terugkeert naar school. Op de Rails biedt een kortere time-out "
            "van zes weken in samenwerking met de jeugdhulp."))
    a(("h2", "5.4 Nieuwkomers: ISK"))
    a(("p", "Nieuwkomers van 12 tot 18 jaar starten in een van de twee internationale schakelklassen. Na gemiddeld "
            "anderhalf tot twee jaar stromen zij door naar regulier vo, mbo of praktijkonderwijs. Het samenwerkingsverband "
            "financiert een doorstroomcoach die leerlingen het eerste jaar na de ISK begeleidt."))
    a(("h2", "5.5 Onderwijs-zorgarrangement De Brug"))
    a(("p", "Voor jongeren die zowel intensieve jeugdhulp als onderwijs nodig hebben, bieden een vso-school en een "
            "jeugdhulpaanbieder samen het arrangement De Brug aan. De gemeente financiert het zorgdeel, het "
            "samenwerkingsverband het onderwijsdeel."))
    a(("h1", "6. Toewijzing, toelaatbaarheid en terugplaatsing"))
    a(("p", "Alle aanvragen voor bovenschoolse voorzieningen, voor een toelaatbaarheidsverklaring (TLV) voor het vso "
            "en voor praktijkonderwijs en leerwegondersteuning komen binnen bij het Loket Passend Onderwijs van het "
            "samenwerkingsverband. Het Loket werkt met één digitaal aanvraagformulier en één dossier per leerling."))
    a(("h2", "6.1 Stappen bij een aanvraag voor een TLV vso"))
    a(("ol", [
        "Stap 1 – Het ondersteuningsteam van de school constateert dat de ondersteuningsbehoefte van de leerling de "
        "mogelijkheden van niveau 1 tot en met 3 overstijgt. De school heeft het OPP ten minste één keer met ouders "
        "en leerling geëvalueerd.",
        "Stap 2 – Het bevoegd gezag van de school waar de leerling is ingeschreven (of, bij een nieuwe leerling, "
        "waar hij is aangemeld) dient de aanvraag in bij het Loket. Het dossier bevat het OPP, het groeidocument, "
        "de evaluatie van de geboden ondersteuning en de zienswijze van ouders en leerling.",
        "Stap 3 – Het Loket toetst binnen vijf werkdagen of het dossier compleet is.",
        "Stap 4 – Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of "
        "GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige (jeugdarts, kinder- en "
        "jeugdpsychiater, maatschappelijk werker of pedagoog). Deskundigen zijn niet betrokken geweest bij de aanvraag.",
        "Stap 5 – De Commissie van Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes weken na "
        "ontvangst van het complete dossier. Ouders ontvangen het besluit en een afschrift van de adviezen.",
    ]))
    a(("h2", "6.2 Wanneer is een leerling toelaatbaar tot het vso?"))
    a(("p", "De CvT verklaart een leerling toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan:"))
    a(("ul", [
        "de ondersteuningsbehoefte betreft zowel onderwijs als begeleiding of zorg en vraagt om een structureel "
        "aangepaste leeromgeving (groepsgrootte maximaal twaalf, gespecialiseerd personeel gedurende de hele schooldag);",
        "de ondersteuning op niveau 2 en 3 is gedurende ten minste zes maanden handelingsgericht ingezet en "
        "geëvalueerd, en heeft onvoldoende effect gehad, tenzij sprake is van een acute crisissituatie;",
        "er is geen reguliere school of bovenschoolse voorziening in de stad die met een arrangement in de "
        "ondersteuningsbehoefte kan voorzien.",
    ]))
    a(("h2", "6.3 Duur en bekostigingscategorie"))
    a(("p", "Een TLV vso wordt in de regel afgegeven voor twee schooljaren, tot en met 31 juli van het tweede "
            "schooljaar. Bij leerlingen met een structurele, blijvende beperking (bijvoorbeeld een zeer moeilijk lerende "
            "leerling in cluster 3) kan de TLV tot het einde van de schoolloopbaan gelden. De TLV vermeldt de "
            "bekostigingscategorie laag, midden of hoog; categorie midden en hoog worden alleen toegekend bij "
            "lichamelijke beperkingen respectievelijk meervoudige beperkingen."))
    a(("h2", "6.4 Praktijkonderwijs en leerwegondersteuning"))
    a(("p", "Voor praktijkonderwijs en lwoo hanteren wij de landelijke criteria; het samenwerkingsverband heeft niet "
            "gekozen voor eigen lwoo-criteria. De basisschool levert vóór 1 februari van groep 8 het onderwijskundig "
            "rapport en de toetsgegevens aan. De ontvangende vo-school dient uiterlijk 1 maart de aanvraag in. Het Loket "
            "besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro wordt "
            "afgegeven voor de gehele schoolloopbaan in het praktijkonderwijs."))
    a(("h2", "6.5 Afloop van de TLV en terugkeer naar het regulier onderwijs"))
    a(("p", "Ons uitgangspunt is dat een plek in het vso voor veel leerlingen tijdelijk is. Wij willen dat iedere "
            "vso-leerling ten minste eenmaal per jaar wordt bekeken op de mogelijkheid van terugkeer naar het "
            "regulier onderwijs of een bovenschoolse voorziening. Terugkeer gebeurt alleen als de leerling, ouders en "
            "beide scholen verwachten dat de leerling het regulier onderwijs kan volgen met de ondersteuning die daar "
            "beschikbaar is; een geslaagde overstap weegt zwaarder dan snelheid."))
    a(("p", "In het laatste jaar van de TLV evalueert de vso-school vóór 1 februari het OPP. Uiterlijk 1 maart vindt "
            "een multidisciplinair overleg plaats met ouders, leerling, de vso-school, een consulent van het Loket en – "
            "als terugkeer in beeld is – de beoogde reguliere school. Het Loket besluit vóór 1 mei over een nieuwe TLV "
            "of over terugplaatsing. Bij terugplaatsing ontvangt de ontvangende school een terugkeerarrangement van "
            "€ 4.000 voor één schooljaar, en biedt de vso-school gedurende zes maanden ambulante begeleiding. Na drie "
            "en na zes maanden evalueert de consulent de overstap met school, ouders en leerling."))
    a(("h1", "7. Thuiszitters en het dekkend netwerk"))
    a(("p", "Een dekkend netwerk betekent voor ons dat er voor iedere jongere binnen redelijke termijn een passende "
            "plek is. Wij weten dat dit nog niet altijd lukt. Daarom organiseren wij drie dingen."))
    a(("p", "Ten eerste komt maandelijks de stedelijke thuiszitterstafel bijeen: leerplicht, het Loket, de wijkteams en "
            "de betrokken scholen bespreken iedere jongere die langer dan vier weken geen onderwijs volgt. Voor iedere "
            "jongere wordt binnen twee weken een casusregisseur aangewezen. Lukt het niet om binnen drie maanden een "
            "plek te vinden, dan escaleert de casus naar de directeur-bestuurder, die doorzettingsmacht heeft richting "
            "de besturen."))
    a(("p", "Ten tweede brengt het Loket twee keer per jaar in kaart welke leerlingen op een wachtlijst staan voor een "
            "voorziening of vso-plek en welke ondersteuningsvragen niet beantwoord konden worden. In 2024 bleek zo dat "
            "er te weinig plaatsen zijn voor leerlingen met autisme die tegelijk een havo- of vwo-perspectief hebben, "
            "en dat de wachttijd voor cluster 3 oploopt tot vijf maanden. De besturen hebben daarop afgesproken in "
            "augustus 2026 een havo-vwo-autismeklas te openen en de capaciteit cluster 3 met twee groepen uit te breiden."))
    a(("p", "Ten derde maken de besturen afspraken over de zorgplicht. Als een school geen passende plek kan bieden, "
            "zoekt zij met het Loket een andere school; geen leerling wordt uitgeschreven zonder dat een nieuwe school "
            "hem heeft ingeschreven."))
    a(("h1", "8. Samenwerking met gemeenten en jeugdhulp"))
    a(("p", "Met de gemeenten Merwestad en Oostpolder voeren wij jaarlijks op overeenstemming gericht overleg (OOGO). "
            "Het ontwerp van dit plan is op 27 februari 2025 besproken met de wethouders onderwijs en jeugd. Gezamenlijke "
            "thema's zijn de aansluiting tussen onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer, "
            "onderwijshuisvesting en de overgang naar mbo en arbeidsmarkt. De gemeenten financieren de jeugdhulp in "
            "onderwijs-zorgarrangementen en het schoolmaatschappelijk werk."))
    a(("p", "Met het samenwerkingsverband PO Merwestad overleggen wij over de overstap van groep 8 naar de brugklas en "
            "over leerlingen die vanuit het speciaal basisonderwijs naar het voortgezet onderwijs gaan."))
    a(("h1", "9. Communicatie"))
    a(("p", "Goede communicatie begint bij de school. Toch willen wij als samenwerkingsverband ook zelf zichtbaar en "
            "bereikbaar zijn, voor professionals én voor gezinnen."))
    a(("p", "Ouders vinden op de ouderpagina van onze website een overzicht van alle voorzieningen uit hoofdstuk 5, de "
            "twaalf standaarden basisondersteuning en een uitleg van de route naar extra ondersteuning. Ieder najaar "
            "organiseren wij in samenwerking met het PO-verband drie voorlichtingsavonden voor ouders van leerlingen "
            "in groep 7 en 8 over ondersteuning in het voortgezet onderwijs. De brochure 'Ondersteuning in het vo' "
            "verschijnt in het Nederlands, Engels, Arabisch, Turks en Oekraïens en wordt via de basisscholen en de "
            "ISK verspreid. De schoolgids van iedere school verwijst naar deze informatie."))
    a(("p", "Over een onafhankelijk steunpunt voor ouders en jongeren gaan wij in gesprek met de gemeente en het "
            "PO-verband. De vorm en de positionering daarvan bepalen wij zodra de wetgeving daarover helderheid geeft."))
    a(("p", "Intern communiceren wij met de scholen via een maandelijkse nieuwsbrief, het netwerk van "
            "ondersteuningscoördinatoren en een kennisbank op het extranet."))
    a(("h1", "10. Ambities en resultaten"))
    a(("p", "Voor deze planperiode hebben wij vijf ambities geformuleerd, elk met een streefwaarde voor 31 juli 2029."))
    a(("table", [
        ["Ambitie", "Streefwaarde 2029"],
        ["Minder jongeren zonder onderwijs", "Maximaal 40 thuiszitters op de teldatum; niemand langer dan 3 maanden"],
        ["Meer terugkeer uit het vso", "Ten minste 8% van de vso-leerlingen keert per jaar terug naar regulier vo"],
        ["Kortere wachttijd voor een voorziening", "Binnen 6 weken een plek voor 90% van de leerlingen"],
        ["Basisondersteuning op orde", "Alle 52 vestigingen voldoen aan alle twaalf standaarden"],
        ["Succesvolle doorstroom na de ISK", "85% zit een jaar na de ISK nog op dezelfde vervolgschool"],
    ]))
    a(("p", "Hoe wij de voortgang op deze ambities volgen – welke bronnen, welke momenten en in welke vorm wij "
            "rapporteren – werken wij in het eerste planjaar uit in een monitoringskader, dat wij na bespreking met de "
            "ondersteuningsplanraad aan dit plan toevoegen."))
    a(("h1", "11. Organisatie, personeel en medezeggenschap"))
    a(("p", "Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; de raad van toezicht, "
            "bestaande uit vijf leden van wie drie op voordracht van de besturen, houdt toezicht. De algemene "
            "vergadering van besturen komt vier keer per jaar bijeen en stelt onder meer het ondersteuningsplan en "
            "de begroting vast."))
    a(("p", "Het bureau telt 38 fte, onder wie consulenten van het Loket, orthopedagogen, een beleidsmedewerker "
            "kwaliteit, een controller en ondersteunend personeel. Het personeel van OPDC De Overstap en Rebound is in "
            "dienst van twee van de aangesloten besturen. Wij investeren in professionalisering: iedere consulent "
            "volgt jaarlijks ten minste veertig uur scholing, en wij organiseren een leernetwerk voor mentoren."))
    a(("p", "De ondersteuningsplanraad (OPR) bestaat uit zestien leden: acht ouders of leerlingen en acht "
            "personeelsleden, afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op dit plan en op "
            "wijzigingen daarvan. Ook ouders spelen in de ondersteuning van hun kind een vaste rol: zij denken mee over "
            "het OPP, zijn aanwezig bij het multidisciplinair overleg en geven hun zienswijze bij iedere aanvraag."))
    a(("h1", "12. Geld en middelen"))
    a(("p", "Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning, inclusief "
            "de middelen voor leerwegondersteuning en praktijkonderwijs. Een groot deel van het budget zware "
            "ondersteuning wordt door DUO rechtstreeks ingehouden en overgedragen aan de vso-scholen op basis van "
            "het aantal leerlingen met een TLV op de teldatum van 1 oktober."))
    a(("h2", "12.1 Zo verdelen wij de middelen"))
    a(("p", "De verdeling volgt vier regels, die het algemeen bestuur jaarlijks bij de begroting bevestigt:"))
    a(("ol", [
        "Lwoo- en pro-middelen gaan naar de scholen die lwoo of pro verzorgen, naar rato van het aantal leerlingen "
        "met een aanwijzing lwoo of een TLV pro op 1 oktober van het voorgaande jaar.",
        "Iedere reguliere vestiging ontvangt een schoolbudget extra ondersteuning: een vaste voet van € 25.000 plus "
        "€ 95 per ingeschreven leerling. De bedragen worden jaarlijks geïndexeerd.",
        "Bovenschoolse voorzieningen (OPDC, Rebound, Op de Rails, de ISK-doorstroomcoach) worden bekostigd op basis "
        "van het aantal plaatsen, met een normbedrag per plaats dat in de begroting is opgenomen.",
        "Een flexibel budget van ongeveer twee procent van de baten is beschikbaar voor terugkeerarrangementen, "
        "crisisplaatsingen en innovatie; het Loket beslist over toekenning.",
    ]))
    a(("p", "Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juni in de kwaliteitsdialoog: "
            "welke arrangementen zijn ingezet, voor hoeveel leerlingen en met welk effect volgens de school."))
    a(("h2", "12.2 Meerjarenbegroting"))
    a(("table", [
        ["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Baten rijksbijdrage ondersteuning", "58.420", "58.910", "59.300", "59.640"],
        ["Af: overdracht vso via DUO", "-21.150", "-21.600", "-21.900", "-22.100"],
        ["Lwoo en pro naar scholen", "-19.870", "-20.010", "-20.140", "-20.250"],
        ["Schoolbudgetten extra ondersteuning", "-6.220", "-6.260", "-6.300", "-6.330"],
        ["Bovenschoolse voorzieningen", "-7.480", "-7.620", "-7.760", "-7.900"],
        ["Flexibel budget", "-1.170", "-1.180", "-1.190", "-1.190"],
        ["Bureau, Loket en deskundigen", "-3.010", "-3.060", "-3.110", "-3.160"],
        ["Resultaat", "-480", "-820", "-1.100", "-1.290"],
    ]))
    a(("p", "De negatieve resultaten zijn bewust begroot: de algemene reserve bedroeg eind 2024 € 7,9 miljoen en wordt "
            "in deze planperiode afgebouwd naar een weerstandsvermogen van vijf procent van de baten, conform de "
            "afspraken over bovenmatige reserves. De risicoparagraaf in de jaarrekening onderbouwt dat niveau."))
    a(("h1", "13. ICT, privacy en gegevensuitwisseling"))
    a(("p", "Voor aanvragen en dossiers gebruiken wij een beveiligde digitale omgeving die voldoet aan de AVG. Alleen "
            "medewerkers van het Loket, de deskundigen en de leden van de CvT hebben toegang tot een dossier. "
            "Gegevens worden drie jaar na het laatste besluit vernietigd. Met de scholen is een "
            "verwerkersovereenkomst gesloten. In 2026 vervangen wij het huidige aanvraagsysteem; de scholen worden "
            "betrokken bij de selectie."))
    a(("h1", "14. Planning en totstandkoming"))
    a(("table", [
        ["Wanneer", "Wat"],
        ["september – november 2024", "Werksessies met scholen, leerlingenpanel en ouderpanel"],
        ["12 november 2024", "Besluit besturen over standaarden basisondersteuning"],
        ["27 februari 2025", "OOGO met gemeenten Merwestad en Oostpolder"],
        ["18 maart 2025", "Vaststelling door het algemeen bestuur onder voorbehoud van instemming OPR"],
        ["8 april 2025", "Instemming ondersteuningsplanraad"],
        ["22 april 2025", "Toezending aan de inspectie"],
        ["1 augustus 2025", "Ingangsdatum van het plan"],
    ]))
    a(("p", "Het plan loopt van 1 augustus 2025 tot en met 31 juli 2029. Tussentijdse wijzigingen leggen wij ter "
            "instemming voor aan de OPR."))
    a(("h1", "Bijlage: begrippen en afkortingen"))
    a(("table", [
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
        ["CvT", "Commissie van Toelaatbaarheid"],
        ["ISK", "Internationale schakelklas voor nieuwkomers"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"],
    ]))
    return B


# --------------------------------------------------------------------------- plan B
# VO, small rural verband. Rendered as .pdf.
def plan_b():
    B = []
    a = B.append
    a(("title", "Ondersteuningsplan Samenwerkingsverband VO Hunzedal 2025-2029"))
    a(("p", "Regio VO 20-93 | gemeenten Hunzedal, Veenmarke en Westerbroek"))
    a(("p", "Versie 1.3 – vastgesteld in de bestuursvergadering van 11 maart 2025; de OPR stemde in op 25 maart 2025."))
    a(("break",))
    a(("h1", "Inhoud"))
    a(("ul", [
        "Een woord vooraf",
        "1. Onze regio",
        "2. Waar staan we voor?",
        "3. Wat mag u van elke school verwachten? (basisondersteuning)",
        "4. Wat is er nog meer? Ons aanbod van licht tot zwaar",
        "5. Toelaatbaarheid vso, pro en lwoo",
        "6. Als het niet lukt: thuiszitters en maatwerk",
        "7. Ouders: informatie en hulp",
        "8. Waar gaat het geld naartoe?",
        "9. Resultaten en kwaliteit",
        "10. Hoe zijn we georganiseerd?",
        "11. Samen met de gemeenten",
        "12. Tijdpad",
        "Afkortingen",
    ]))
    a(("break",))
    a(("h1", "Een woord vooraf"))
    a(("p", "Hunzedal is geen stad. Onze leerlingen fietsen soms twintig kilometer naar school, of nemen de bus die "
            "twee keer per uur gaat. Iedereen kent iedereen. Dat is onze kracht: als een leerling vastloopt, weten de "
            "mentor, de leerplichtambtenaar en de jeugdconsulent van de gemeente elkaar snel te vinden. Het is ook "
            "onze kwetsbaarheid: gespecialiseerde voorzieningen liggen ver weg, en met een dalend aantal leerlingen "
            "moeten we keuzes maken."))
    a(("p", "In dit ondersteuningsplan leggen we vast hoe we de komende vier jaar passend onderwijs in onze regio "
            "organiseren. We hebben geprobeerd het plan kort en leesbaar te houden. Waar we iets nog niet weten, "
            "zeggen we dat eerlijk."))
    a(("p", "Wij danken de zorgcoördinatoren, de leden van de ondersteuningsplanraad, de leerplichtambtenaren en de "
            "jeugdconsulenten die aan de schrijfgroep hebben deelgenomen. Zonder hun kennis van wat er op de werkvloer "
            "speelt, was dit plan een stuk papier gebleven."))
    a(("p", "Namens het bestuur, Jan-Willem Hoekstra, voorzitter, en Greetje Mulder-Boer, coördinator van het samenwerkingsverband"))
    a(("h1", "1. Onze regio"))
    a(("p", "Het samenwerkingsverband bestaat uit vier schoolbesturen met samen zeven vestigingen voor voortgezet "
            "onderwijs. Er zijn drie scholengemeenschappen (vmbo, havo en in Hunzedal-Centrum ook vwo), een school "
            "voor praktijkonderwijs (Praktijkschool De Akker in Veenmarke) en een kleine vmbo-locatie in "
            "Westerbroek. In de regio zelf is geen school voor voortgezet speciaal onderwijs; leerlingen met een "
            "toelaatbaarheidsverklaring gaan naar vso-scholen in Drostenburg, op 35 tot 45 kilometer afstand."))
    a(("table", [
        ["School", "Plaats", "Onderwijs", "Leerlingen 1-10-2024"],
        ["CSG Hunzedal", "Hunzedal-Centrum", "vmbo-gt, havo, vwo", "1.640"],
        ["CSG Hunzedal, locatie Esdoorn", "Hunzedal-Zuid", "vmbo bb/kb met lwoo", "610"],
        ["Veenmarke College", "Veenmarke", "vmbo, havo", "1.180"],
        ["Veenmarke College, locatie Techniek", "Veenmarke", "vmbo bb/kb techniek met lwoo", "390"],
        ["Openbare Scholengemeenschap Westerbroek", "Westerbroek", "vmbo-gt, havo onderbouw", "720"],
        ["OSG Westerbroek, locatie Dorpsstraat", "Westerbroek", "vmbo bb/kb met lwoo", "330"],
        ["Praktijkschool De Akker", "Veenmarke", "praktijkonderwijs", "285"],
    ]))
    a(("p", "Het aantal leerlingen daalt. Over vier jaar verwachten we ongeveer vijftienhonderd leerlingen minder dan "
            "in 2015. Dat heeft gevolgen voor de middelen, voor de spreiding van het onderwijs en voor de vraag welke "
            "voorzieningen we nog zelf kunnen organiseren. De besturen werken daarom in een regionaal "
            "onderwijsplatform samen aan een toekomstbestendig onderwijsaanbod; dat valt buiten dit plan."))
    a(("p", "De regio is uitgestrekt. Van Westerbroek naar Veenmarke is het met het openbaar vervoer ruim drie "
            "kwartier, en buiten de spits rijdt er in sommige dorpen maar één bus per uur. Veel gezinnen zijn "
            "afhankelijk van de auto. Het leerlingenvervoer, dat de gemeenten regelen, is voor leerlingen die naar het "
            "vso in Drostenburg gaan een belangrijke voorwaarde; een busrit van een uur per richting is voor een deel "
            "van die leerlingen echter zwaar. Dat is een van de redenen waarom we zoveel mogelijk thuisnabij willen "
            "organiseren."))
    a(("p", "Een groot deel van de ouders werkt in de landbouw, de zorg, de logistiek en de maakindustrie. Het "
            "opleidingsniveau in de regio ligt onder het landelijk gemiddelde, en het aandeel leerlingen in het vmbo "
            "basis- en kaderberoepsgerichte leerweg is hoog. Lwoo en praktijkonderwijs zijn daardoor voor onze regio "
            "relatief belangrijk: bijna een op de vijf leerlingen in de onderbouw heeft een aanwijzing lwoo. Tegelijk "
            "zien we dat de sociale samenhang in de dorpen groot is. Verenigingen, kerken en sportclubs zijn "
            "belangrijke partners als het gaat om jongeren die buiten de boot dreigen te vallen."))
    a(("h1", "2. Waar staan we voor?"))
    a(("p", "Elke jongere in Hunzedal, Veenmarke en Westerbroek moet dicht bij huis naar school kunnen, met de "
            "ondersteuning die hij of zij nodig heeft. We willen dat jongeren niet onnodig ver hoeven te reizen, dat "
            "zij met een diploma of een baan de school verlaten, en dat niemand thuis komt te zitten. Dat doen we "
            "samen: scholen, gemeenten, jeugdhulp en natuurlijk ouders en jongeren zelf."))
    a(("p", "We kiezen bewust voor een eenvoudig stelsel met weinig regels. De scholen krijgen zoveel mogelijk "
            "middelen rechtstreeks, want zij kennen hun leerlingen het best. Het samenwerkingsverband regelt wat "
            "scholen niet alleen kunnen: de toelaatbaarheid voor vso en praktijkonderwijs, een gezamenlijke "
            "voorziening voor leerlingen die tijdelijk niet op school kunnen zijn, en de aanpak van thuiszitters."))
    a(("p", "Drie woorden vatten onze manier van werken samen: dichtbij, eenvoudig en samen. Dichtbij, omdat een "
            "jongere het best geholpen wordt door mensen die hij kent, in een omgeving die hij kent. Eenvoudig, omdat "
            "een klein samenwerkingsverband geen ingewikkelde procedures nodig heeft; liever een telefoontje dan een "
            "formulier. Samen, omdat geen enkele school, gemeente of zorgaanbieder het alleen kan. In de vorige "
            "planperiode hebben de scholen gemerkt hoe waardevol het is om elkaars expertise te benutten: een "
            "gedragsspecialist van het Veenmarke College die meekijkt op OSG Westerbroek, of een docent van De Akker "
            "die collega's van andere scholen uitlegt hoe je praktijkgericht rekent."))
    a(("h1", "3. Wat mag u van elke school verwachten? (basisondersteuning)"))
    a(("p", "De vier besturen hebben in 2023 afgesproken dat alle zeven vestigingen ten minste hetzelfde niveau van "
            "basisondersteuning bieden. Dat niveau is voor iedere school gelijk, ongeacht het bestuur of de plaats. "
            "Het is de ondergrens: wat een leerling op welke school dan ook kan krijgen zonder aanvraag bij het "
            "samenwerkingsverband."))
    a(("p", "Hoe de school die basisondersteuning precies invult – welke begeleiding, welke specialisten en welke "
            "trainingen – leest u in de schoolgids en het schoolondersteuningsprofiel van de school zelf. Die zijn te "
            "vinden op de website van iedere school."))
    a(("p", "De coördinator bezoekt iedere vestiging eenmaal per jaar. Samen met de zorgcoördinator wordt dan "
            "nagegaan of de afspraken worden nagekomen. Schiet een school tekort, dan bespreekt het bestuur dat met "
            "het betrokken schoolbestuur en worden verbeterafspraken gemaakt."))
    a(("h1", "4. Wat is er nog meer? Ons aanbod van licht tot zwaar"))
    a(("p", "Boven op de basisondersteuning kent onze regio het volgende aanbod. We beschrijven het van licht naar zwaar."))
    a(("table", [
        ["Voorziening", "Voor wie", "Waar", "Hoe kom je erin?"],
        ["Ondersteuningsklas (lwoo)", "Leerlingen met een aanwijzing lwoo; klassen van 14-16 leerlingen",
         "Locatie Esdoorn, locatie Techniek, locatie Dorpsstraat", "Aanwijzing lwoo (hoofdstuk 5)"],
        ["Trajectvoorziening op school", "Leerlingen die een deel van de dag extra begeleiding nodig hebben",
         "Alle drie scholengemeenschappen", "Zorgteam van de school"],
        ["Steunpunt De Haven", "Leerlingen die tijdelijk (8-16 weken) niet in de klas kunnen functioneren",
         "Veenmarke, 18 plaatsen", "Aanmelding door de school bij de coördinator"],
        ["Praktijkonderwijs", "Leerlingen met een TLV pro", "De Akker, Veenmarke", "TLV pro (hoofdstuk 5)"],
        ["Vso cluster 4", "Leerlingen met ernstige gedrags- of psychiatrische problematiek", "Drostenburg (twee scholen)",
         "TLV vso"],
        ["Vso cluster 3", "Zeer moeilijk lerende of langdurig zieke leerlingen, leerlingen met een lichamelijke beperking",
         "Drostenburg (één school), Emmerveen", "TLV vso"],
        ["Nieuwkomers", "Jongeren die korter dan twee jaar in Nederland zijn", "ISK Drostenburg (vervoer door gemeente)",
         "Via de gemeente / de school"],
    ]))
    a(("p", "Steunpunt De Haven is onze eigen kleine bovenschoolse voorziening. Een onderwijsassistent, een "
            "gedragsspecialist en twee docenten werken daar met leerlingen aan hun schoolwerk én aan wat hen belemmert. "
            "Na de periode in De Haven keert de leerling terug naar zijn eigen school; de mentor komt tijdens de "
            "plaatsing iedere week langs. Daarnaast maken wij gebruik van het expertiseteam van het vso in "
            "Drostenburg, dat op afroep ambulante begeleiding biedt op onze scholen."))
    a(("p", "Voor leerlingen die meer aankunnen dan het reguliere programma, hebben de drie scholengemeenschappen een "
            "gezamenlijk plusprogramma: één middag per week werken leerlingen uit de onderbouw aan eigen projecten "
            "onder begeleiding van een talentcoach. De scholen bekostigen dit uit hun eigen schoolbudget; het "
            "samenwerkingsverband betaalt de coördinatie. In 2025 en 2026 breiden we dit uit met een aanbod voor "
            "hoogbegaafde leerlingen die dreigen vast te lopen, gefinancierd uit de landelijke subsidie "
            "hoogbegaafdheid."))
    a(("p", "Wie wil overstappen naar een andere school binnen de regio, bijvoorbeeld omdat een andere school beter "
            "past bij wat de leerling nodig heeft, kan rekenen op een overdrachtsgesprek tussen de zorgcoördinatoren. "
            "Scholen nemen bij een aanmelding hun zorgplicht serieus: als een school zelf geen passende plek kan "
            "bieden, zoekt zij samen met ouders en de coördinator van het samenwerkingsverband naar een school die dat "
            "wel kan. Een leerling wordt pas uitgeschreven als een andere school hem heeft ingeschreven."))
    a(("h1", "5. Toelaatbaarheid vso, pro en lwoo"))
    a(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
            "praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs. Daarvoor is er één "
            "Commissie Toelaatbaarheid (CT), die ongeveer twaalf keer per jaar vergadert."))
    a(("table", [
        ["Stap", "Wie", "Termijn"],
        ["1. Bespreking in het zorgteam; evaluatie van het OPP met ouders en leerling", "School", "—"],
        ["2. Aanvraag met OPP, onderwijskundig rapport en zienswijze ouders", "Bevoegd gezag van de school", "—"],
        ["3. Controle op volledigheid", "Secretaris CT", "binnen 5 werkdagen"],
        ["4. Schriftelijk advies van twee deskundigen (orthopedagoog of psycholoog + tweede deskundige)", "CT-deskundigen", "binnen 3 weken"],
        ["5. Besluit en bericht aan school en ouders", "Commissie Toelaatbaarheid", "binnen 6 weken na complete aanvraag"],
    ]))
    a(("p", "Welke criteria gebruiken we?"))
    a(("table", [
        ["Voor", "Criteria"],
        ["Vso", "(a) De leerling heeft een ondersteuningsbehoefte op het gebied van leren én gedrag of gezondheid die "
                "de mogelijkheden van de reguliere school en De Haven overstijgt; (b) de school heeft ten minste een "
                "half jaar extra ondersteuning geboden en geëvalueerd; (c) de deskundigen adviseren beide positief."],
        ["Praktijkonderwijs", "De landelijke criteria: IQ tussen 55 en 80 en leerachterstanden van ten minste drie "
                              "jaar op twee of meer domeinen, waaronder begrijpend lezen of rekenen."],
        ["Lwoo", "De landelijke criteria voor leerwegondersteuning: IQ tussen 75 en 90 met een leerachterstand van "
                 "1,5 tot 3 jaar op ten minste twee domeinen, of sociaal-emotionele problematiek die het leren belemmert."],
    ]))
    a(("p", "Een TLV vso geldt voor de duur van de plaatsing zoals de CT die vaststelt, maximaal drie schooljaren, en "
            "vermeldt de bekostigingscategorie (laag, midden of hoog). Een TLV pro en een aanwijzing lwoo gelden voor "
            "de hele opleiding. Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken. "
            "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    a(("p", "Voor leerlingen uit groep 8 die naar het praktijkonderwijs of een lwoo-klas gaan, vraagt de "
            "ontvangende vo-school de TLV pro of de aanwijzing lwoo aan. De basisschool levert uiterlijk 1 februari "
            "het onderwijskundig rapport en de toetsgegevens aan; de CT besluit vóór 1 mei, zodat ouders en school "
            "vóór de zomer weten waar zij aan toe zijn."))
    a(("h1", "6. Als het niet lukt: thuiszitters en maatwerk"))
    a(("p", "In een kleine regio merk je het direct als er een gat in het aanbod zit. De belangrijkste knelpunten "
            "die wij zien, zijn de reisafstand naar het vso, het ontbreken van een eigen ISK, en jongeren met "
            "complexe problemen voor wie noch de school, noch het vso, noch de jeugdhulp alleen een passend antwoord "
            "heeft. Die signalen halen wij op uit het zorgteamoverleg en uit het regionaal thuiszittersoverleg."))
    a(("p", "Het thuiszittersoverleg komt iedere zes weken bij elkaar: de leerplichtambtenaren van de drie gemeenten, "
            "de coördinator van het samenwerkingsverband, de jeugdconsulenten en de zorgcoördinatoren van de scholen. "
            "Iedere jongere die langer dan vier weken zonder (volledig) onderwijs zit, wordt daar besproken. Er wordt "
            "een regisseur aangewezen, en binnen zes weken ligt er een plan. Komen school, gemeente en jeugdhulp er "
            "samen niet uit, dan beslist het bestuur van het samenwerkingsverband over inzet van maatwerkmiddelen."))
    a(("p", "Voor nieuwkomers onderzoeken de gemeenten en CSG Hunzedal de start van een eigen nieuwkomersgroep in "
            "Hunzedal-Centrum per 1 augustus 2026, zodat jongeren niet meer dagelijks naar Drostenburg hoeven te "
            "reizen. Voor jongeren die in de reistijd naar het vso niet kunnen functioneren, maakt het "
            "samenwerkingsverband met het vso afspraken over een vso-arrangement op een van onze eigen scholen, met "
            "ambulante begeleiding van het vso."))
    a(("h1", "7. Ouders: informatie en hulp"))
    a(("h2", "Hoe houden we u op de hoogte?"))
    a(("ul", [
        "In november is er in alle drie gemeenten een informatieavond voor ouders van leerlingen in groep 8 over "
        "ondersteuning in het voortgezet onderwijs, samen met het PO-verband.",
        "De folder 'Passend onderwijs in Hunzedal' gaat via de basisscholen mee naar huis en ligt op iedere vo-school. "
        "Er staat in welke voorzieningen er zijn, hoe u ze kunt aanvragen en bij wie u terecht kunt.",
        "Op onze website staat per voorziening uit hoofdstuk 4 een korte uitleg met contactgegevens.",
        "Iedere school heeft een vaste contactpersoon passend onderwijs (meestal de zorgcoördinator), die u kunt "
        "bellen of mailen met vragen over de ondersteuning van uw kind.",
    ]))
    a(("h2", "Waar kunt u terecht als u er samen niet uitkomt?"))
    a(("p", "Soms lopen de meningen van ouders en school uiteen. Praat dan eerst met de mentor of de zorgcoördinator. "
            "Komt u er niet uit, dan kunt u gratis en onafhankelijk advies vragen bij het Ouder- en Jeugdsteunpunt "
            "Noord-Oost, dat wij samen met twee andere samenwerkingsverbanden financieren maar dat los van ons "
            "werkt. U kunt ook de Onderwijsconsulenten inschakelen. Voor een klacht over een school geldt de "
            "klachtenregeling van het schoolbestuur; bij een geschil over toelating, verwijdering of het OPP kunt u "
            "naar de Geschillencommissie passend onderwijs."))
    a(("h1", "8. Waar gaat het geld naartoe?"))
    a(("p", "Wij ontvangen jaarlijks ongeveer € 6,9 miljoen aan ondersteuningsmiddelen. Daarvan gaat ruim € 2,3 "
            "miljoen via DUO rechtstreeks naar de vso-scholen in Drostenburg en Emmerveen. Wat overblijft, verdelen "
            "we volgens deze afspraken:"))
    a(("ul", [
        "Lwoo- en pro-middelen gaan volledig naar de scholen met lwoo-klassen en naar De Akker, naar rato van het "
        "aantal leerlingen met een aanwijzing lwoo of TLV pro op 1 oktober.",
        "Iedere vestiging krijgt een vaste voet van € 40.000, omdat onze scholen klein zijn en een minimale formatie "
        "voor ondersteuning nodig hebben.",
        "Daarnaast ontvangt iedere school € 130 per leerling voor extra ondersteuning op school.",
        "Steunpunt De Haven en het thuiszittersoverleg worden centraal bekostigd.",
        "De scholen verantwoorden in hun jaarverslag waaraan het schoolbudget is uitgegeven.",
    ]))
    a(("table", [
        ["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Inkomsten ondersteuningsmiddelen", "6.910", "6.780", "6.650", "6.540"],
        ["Afdracht vso via DUO", "2.340", "2.360", "2.380", "2.390"],
        ["Lwoo en pro naar scholen", "2.870", "2.800", "2.730", "2.660"],
        ["Vaste voet vestigingen", "280", "280", "280", "280"],
        ["Budget per leerling", "670", "650", "630", "610"],
        ["Steunpunt De Haven", "390", "395", "400", "405"],
        ["Maatwerk en thuiszitters", "120", "120", "120", "120"],
        ["Coördinatie, CT en bureau", "260", "265", "270", "275"],
        ["Saldo", "-20", "-90", "-160", "-195"],
    ]))
    a(("p", "De tekorten vangen we op uit de reserve, die eind 2024 € 1,1 miljoen bedroeg. Vanaf 2028 moeten we "
            "opnieuw naar de verdeling kijken, omdat de inkomsten door de krimp blijven dalen."))
    a(("h1", "9. Resultaten en kwaliteit"))
    a(("p", "In de vorige planperiode ontbrak een goed evaluatiekader. Dat willen we dit keer anders doen. Welke "
            "resultaten we nastreven en hoe we die volgen, werken we in het voorjaar van 2026 uit in een apart "
            "kwaliteitsdocument, dat we eerst met de scholen en de OPR bespreken."))
    a(("h1", "10. Hoe zijn we georganiseerd?"))
    a(("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de vier bestuurders van de "
            "aangesloten schoolbesturen en een onafhankelijk voorzitter. Het interne toezicht is belegd bij twee "
            "onafhankelijke toezichthouders binnen het bestuur (one-tier-model). De dagelijkse leiding ligt bij de "
            "coördinator, die wordt ondersteund door een secretaris van de CT, een orthopedagoog en een "
            "administratief medewerker (samen 3,2 fte). De financiële administratie is uitbesteed aan een "
            "administratiekantoor."))
    a(("p", "De ondersteuningsplanraad heeft zes leden: drie personeelsleden en drie ouders of leerlingen, gekozen "
            "uit de medezeggenschapsraden. De OPR vergadert vier keer per jaar en heeft instemmingsrecht op het "
            "ondersteuningsplan."))
    a(("p", "Het personeel van De Haven is in dienst van het bestuur van het Veenmarke College en wordt "
            "gedetacheerd. Scholing organiseren we gezamenlijk: twee studiedagen per jaar voor zorgcoördinatoren en "
            "mentoren, onder meer over gedrag, autisme en het voeren van gesprekken met ouders."))
    a(("h2", "Privacy en dossiers"))
    a(("p", "Voor aanvragen bij de CT gebruiken we een beveiligde digitale omgeving. Alleen de secretaris, de "
            "deskundigen en de leden van de CT kunnen het dossier inzien. Wij bewaren gegevens niet langer dan nodig "
            "en uiterlijk drie jaar na het laatste besluit. De scholen en het samenwerkingsverband hebben een "
            "privacyreglement opgesteld dat op de website staat; de functionaris gegevensbescherming wordt gedeeld "
            "met een van de besturen."))
    a(("h2", "Professionalisering"))
    a(("p", "Voor een klein samenwerkingsverband is het lastig om voor iedere ondersteuningsvraag zelf specialisten "
            "in huis te hebben. Daarom investeren we vooral in de mensen die er al zijn: mentoren en docenten. In "
            "deze planperiode krijgen alle nieuwe mentoren een korte training in het signaleren van problemen en het "
            "voeren van een goed gesprek met leerling en ouders. Ook organiseren we jaarlijks een regionale "
            "ontmoetingsdag voor alle medewerkers die met ondersteuning te maken hebben, inclusief de jeugdconsulenten "
            "van de gemeenten en de ambulant begeleiders van het vso."))
    a(("h1", "11. Samen met de gemeenten"))
    a(("p", "Met de gemeenten Hunzedal, Veenmarke en Westerbroek voeren we op overeenstemming gericht overleg. Het "
            "overleg over dit plan vond plaats op 4 februari 2025. Afgesproken thema's zijn: jeugdhulp in en om de "
            "school, leerlingenvervoer naar het vso, thuiszitters en de nieuwkomersgroep. De jeugdconsulenten van de "
            "gemeenten zijn vast lid van de zorgteams op de scholen. Met het PO-verband Hunzedal hebben we afspraken "
            "over een warme overdracht van groep 8 naar het voortgezet onderwijs."))
    a(("h2", "Doorlopende lijn naar mbo en werk"))
    a(("p", "Veel van onze leerlingen stromen door naar het mbo in Veenmarke of Drostenburg, of gaan vanuit het "
            "praktijkonderwijs direct aan het werk. Met het mbo en het regionaal meld- en coördinatiepunt (RMC) "
            "hebben we afgesproken dat de zorgcoördinator van de vo-school bij iedere leerling met een OPP een "
            "overdrachtsgesprek voert met het mbo. De Akker werkt met zo'n vijftig leerbedrijven in de regio; "
            "de gemeenten ondersteunen jongeren die na het praktijkonderwijs werk zoeken via het werkgeversservicepunt. "
            "De terugkoppeling van het mbo over oud-leerlingen bespreken de scholen in hun eigen zorgteam."))
    a(("p", "Ook de aansluiting tussen onderwijs en jeugdhulp staat op de agenda. De gemeenten hebben in 2024 een "
            "gezamenlijk inkoopkader voor jeugdhulp vastgesteld. Daarin is afgesproken dat jeugdhulp ook onder "
            "schooltijd op school kan worden geboden, bijvoorbeeld in De Haven, als dat voor de jongere beter werkt. "
            "Het samenwerkingsverband en de gemeenten evalueren die afspraak in het OOGO van 2026."))
    a(("h1", "12. Tijdpad"))
    a(("table", [
        ["Datum", "Stap"],
        ["oktober 2024", "Start schrijfgroep met zorgcoördinatoren"],
        ["december 2024", "Concept besproken met OPR"],
        ["4 februari 2025", "OOGO met de drie gemeenten"],
        ["11 maart 2025", "Vaststelling door het bestuur"],
        ["25 maart 2025", "Instemming OPR"],
        ["april 2025", "Toezending inspectie"],
    ]))
    a(("h1", "Afkortingen"))
    a(("table", [
        ["Afkorting", "Betekenis"],
        ["CT", "Commissie Toelaatbaarheid"],
        ["ISK", "Internationale schakelklas"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs; bij terugplaatsing keert een leerling terug naar het vo"],
    ]))
    return B


# --------------------------------------------------------------------------- plan C
# PO, medium verband, formal house style. Rendered as .docx.
def plan_c():
    B = []
    a = B.append
    a(("title", "Ondersteuningsplan 2025 – 2029"))
    a(("p", "Stichting Samenwerkingsverband Passend Primair Onderwijs Lingebroek, PO 24-88"))
    a(("p", "Kenmerk: SWV-LB/2025/014 – definitieve versie na instemming ondersteuningsplanraad d.d. 10 april 2025"))
    a(("break",))
    a(("h1", "Inhoudsopgave"))
    a(("ol", [
        "Inleiding en wettelijk kader",
        "Terugblik en kengetallen",
        "Visie en uitgangspunten",
        "Basisondersteuning",
        "Ondersteuningsstructuur en arrangementen",
        "Toelaatbaarheid sbo en so, terugplaatsing",
        "Dekkend aanbod en thuiszitters",
        "Kwaliteitszorg en beoogde resultaten",
        "Financiën en meerjarenbegroting",
        "Organisatie en medezeggenschap",
        "Samenwerking met gemeenten",
        "Communicatie",
        "Bijlage 1: Verklarende woordenlijst",
    ]))
    a(("break",))
    a(("h1", "Voorwoord"))
    a(("p", "Met dit ondersteuningsplan zet het samenwerkingsverband Lingebroek de koers uit voor de komende vier "
            "jaar. Het plan is geen breuk met het verleden: de basis die in de afgelopen jaren is gelegd, is stevig. "
            "De scholen hebben geïnvesteerd in de kwaliteit van hun basisondersteuning, het expertiseteam is "
            "uitgegroeid tot een gewaardeerde partner in de klas, en het aantal kinderen dat naar het speciaal "
            "basisonderwijs gaat, is gedaald. Tegelijk zijn er zorgen. Het aantal jonge kinderen met ernstige "
            "gedragsproblemen neemt toe, de wachttijden in de jeugdhulp zijn lang, en het lerarentekort raakt ook "
            "onze scholen. Dit plan beschrijft hoe wij daarmee omgaan."))
    a(("p", "Ik dank de leden van de werkgroep, het directeurenberaad, het netwerk intern begeleiders en de "
            "ondersteuningsplanraad voor hun bijdrage. Het plan is van ons allemaal."))
    a(("p", "Mr. drs. P.A. (Pieter) van Wijngaarden, directeur-bestuurder"))
    a(("h1", "1. Inleiding en wettelijk kader"))
    a(("p", "1.1 Dit document is het ondersteuningsplan van het samenwerkingsverband Passend Primair Onderwijs "
            "Lingebroek voor de periode 1 augustus 2025 tot en met 31 juli 2029. Het vervangt het plan 2021-2025. Het "
            "samenwerkingsverband omvat 46 basisscholen, één school voor speciaal basisonderwijs en de so-afdelingen "
            "van twee scholen voor speciaal onderwijs, in stand gehouden door zeven schoolbesturen in de gemeenten "
            "Lingebroek, Geldermalsen-Oost, Asperen-Leerdijk en Heukelum."))
    a(("p", "1.2 Artikel 18a, achtste lid, van de Wet op het primair onderwijs bepaalt welke onderwerpen het "
            "ondersteuningsplan ten minste bevat. Het betreft onder meer de wijze waarop een samenhangend geheel van "
            "ondersteuningsvoorzieningen wordt gerealiseerd, met inbegrip van de basisondersteuning; de procedure en "
            "criteria voor de verdeling en besteding van middelen; de procedure en criteria voor plaatsing in het sbo "
            "en het so; de procedure en het beleid voor terugplaatsing of overplaatsing; de beoogde en bereikte "
            "resultaten; en de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over "
            "onafhankelijke ondersteuningsmogelijkheden. Dit plan volgt die opsomming niet letterlijk, maar is "
            "opgebouwd vanuit onze eigen werkwijze."))
    a(("p", "1.3 Het plan is voorbereid door een werkgroep van directeuren, intern begeleiders en de directeur van het "
            "samenwerkingsverband. Het concept is besproken in het directeurenberaad, in het netwerk intern "
            "begeleiders en met de ondersteuningsplanraad, en is voorgelegd in het op overeenstemming gericht overleg "
            "met de vier gemeenten op 30 januari 2025."))
    a(("h1", "2. Terugblik en kengetallen"))
    a(("p", "2.1 In de planperiode 2021-2025 lag de nadruk op het versterken van de basisondersteuning en op het "
            "terugdringen van het aantal verwijzingen naar het speciaal basisonderwijs. De tabel hieronder geeft de "
            "belangrijkste cijfers weer, zoals vastgelegd in de jaarverslagen van het samenwerkingsverband."))
    a(("table", [
        ["Indicator", "Doel plan 2021-2025", "Gerealiseerd 2021", "Gerealiseerd 2024"],
        ["Deelnamepercentage sbo (1 oktober)", "≤ 1,6%", "1,9%", "1,5%"],
        ["Deelnamepercentage so (1 oktober)", "≤ 1,4%", "1,5%", "1,6%"],
        ["Aantal afgegeven TLV's sbo en so", "—", "61", "54"],
        ["Aantal terugplaatsingen naar het basisonderwijs", "—", "4", "9"],
        ["Scholen met basisondersteuning op orde (audit)", "100%", "78%", "93%"],
        ["Gemiddelde doorlooptijd TLV-aanvraag (werkdagen)", "≤ 30", "38", "27"],
    ]))
    a(("p", "2.2 Het deelnamepercentage sbo is gedaald tot onder het landelijk gemiddelde. Het deelnamepercentage so "
            "is licht gestegen, met name door een toename van jonge leerlingen met ernstige gedragsproblematiek. De "
            "audits basisondersteuning laten zien dat drie scholen de afspraken nog niet volledig waarmaken; met de "
            "besturen van die scholen zijn verbetertrajecten afgesproken."))
    a(("p", "2.3 Het samenwerkingsverband telt op 1 oktober 2024 in totaal 9.870 leerlingen in het basisonderwijs, "
            "176 leerlingen in het speciaal basisonderwijs en 158 leerlingen in het speciaal onderwijs (cluster 3 en "
            "4). Prognoses wijzen op een lichte daling van het aantal leerlingen tot 2029, behalve in Lingebroek-West, "
            "waar een nieuwbouwwijk wordt ontwikkeld."))
    a(("p", "2.4 Uit de evaluatie van het vorige plan, uitgevoerd in het voorjaar van 2024 door een extern bureau, "
            "komen drie lessen naar voren. Ten eerste werkt de inzet van het expertiseteam in de klas beter dan "
            "advisering op afstand: leerkrachten waarderen de observaties en de concrete tips. Ten tweede is de "
            "doorlooptijd van een TLV-aanvraag fors verkort sinds de invoering van het digitale aanvraagformulier, "
            "maar ervaren scholen de dossiereisen nog als zwaar. Ten derde blijft de samenwerking met de jeugdhulp "
            "kwetsbaar, onder meer door wisselingen in de wijkteams en door wachtlijsten bij de specialistische "
            "jeugdhulp. Deze lessen zijn meegenomen in de speerpunten van dit plan. Het evaluatierapport is "
            "besproken met de raad van toezicht en met de ondersteuningsplanraad."))
    a(("h1", "3. Visie en uitgangspunten"))
    a(("p", "3.1 Wij willen dat ieder kind in onze regio zich optimaal kan ontwikkelen, zo thuisnabij mogelijk, in "
            "een school waar het zich veilig en gezien voelt. Kinderen, ouders en leraren ervaren dat de school de "
            "eerste plek is waar ondersteuning wordt geboden, en dat de school daarin niet alleen staat."))
    a(("p", "3.2 Onze uitgangspunten zijn: (a) handelingsgericht werken: we kijken naar wat een kind nodig heeft, niet "
            "naar een diagnose; (b) zo vroeg mogelijk: we investeren in preventie en in de jongste kinderen; (c) "
            "expertise dichtbij: specialistische kennis komt naar de school, in plaats van het kind naar de "
            "specialist; (d) gezamenlijke verantwoordelijkheid van de zeven besturen voor alle kinderen in de regio."))
    a(("p", "3.3 Het samenwerkingsverband kiest voor een model waarin de scholen en besturen primair "
            "verantwoordelijk zijn voor de ondersteuning, en het samenwerkingsverband faciliteert, toetst en "
            "verbindt. Het bureau is klein en dienstverlenend."))
    a(("p", "3.4 Voor de komende planperiode hebben de besturen vier speerpunten benoemd: de verdere versterking van "
            "de basisondersteuning, met bijzondere aandacht voor gedrag in de onderbouw; een doorlopende lijn voor "
            "het jonge kind, van de voorschoolse voorziening tot en met groep 3; meer mogelijkheden voor kinderen om "
            "na een periode in het sbo of so terug te keren naar een basisschool; en de verbinding tussen onderwijs "
            "en jeugdhulp. De speerpunten zijn in hoofdstuk 8 vertaald naar beoogde resultaten."))
    a(("h1", "4. Basisondersteuning"))
    a(("p", "4.1 Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies, "
            "de ondersteuningsstructuur en de planmatige werkwijze die alle scholen van het samenwerkingsverband, op "
            "iedere vestiging, ten minste bieden. Het niveau is vastgelegd in de 'Standaard basisondersteuning "
            "Lingebroek', die door het algemeen bestuur in december 2024 opnieuw is vastgesteld en die hieronder "
            "volledig is weergegeven."))
    a(("table", [
        ["Aspect", "Wat iedere school ten minste biedt"],
        ["Basiskwaliteit", "De school voldoet aan de deugdelijkheidseisen en heeft van de inspectie geen oordeel onvoldoende of zeer zwak."],
        ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 1 dag per week per 100 leerlingen; een "
                                    "ondersteuningsteam dat minimaal vier keer per jaar overlegt, met deelname van "
                                    "de jeugdverpleegkundige en het sociaal wijkteam; toegang tot het expertiseteam "
                                    "van het samenwerkingsverband."],
        ["Planmatig werken", "Handelingsgericht werken met groepsplannen of groepsoverzichten; een leerlingvolgsysteem; "
                             "een ontwikkelingsperspectief voor leerlingen met een eigen leerlijn."],
        ["Preventieve en licht curatieve interventies", "Dyslexieprotocol en dyscalculieprotocol; een aanpak voor "
                              "sociaal-emotionele ontwikkeling en gedrag (schoolbreed programma, bijvoorbeeld PBS "
                              "of Kanjertraining); een aanbod voor meer- en hoogbegaafde leerlingen binnen de "
                              "groep; aanpak voor kinderen met een taalachterstand, inclusief NT2; protocol medisch "
                              "handelen; een pestprotocol."],
    ]))
    a(("p", "4.2 Scholen leggen in hun schoolondersteuningsprofiel vast hoe zij de standaard invullen en welke "
            "ondersteuning zij daarnaast bieden. Het samenwerkingsverband voert iedere twee jaar een audit uit op "
            "iedere school. Scholen die niet aan de standaard voldoen, stellen binnen drie maanden een verbeterplan "
            "op; het bureau bespreekt de voortgang met het bevoegd gezag."))
    a(("h1", "5. Ondersteuningsstructuur en arrangementen"))
    a(("p", "5.1 De ondersteuning in het samenwerkingsverband kent vier lagen, die op elkaar voortbouwen."))
    a(("ul", [
        "Laag 1 – Basisondersteuning op iedere school, zoals beschreven in hoofdstuk 4.",
        "Laag 2 – Extra ondersteuning op school: de school zet binnen de eigen formatie extra ondersteuning in, "
        "bijvoorbeeld een onderwijsassistent, een plusklas of een taalgroep, eventueel met advies van het expertiseteam.",
        "Laag 3 – Bovenschoolse arrangementen: de observatiegroep Het Kompas (voor kinderen van 4 tot 7 jaar, "
        "maximaal twaalf plaatsen, in de sbo-school), de Plusklas Lingebroek (voltijdse HB-voorziening op twee "
        "dagen per week, 24 plaatsen) en ambulante begeleiding vanuit de so-scholen op de basisschool.",
        "Laag 4 – Speciaal basisonderwijs (SBO De Linge) en speciaal onderwijs (SO De Kraanvogel, cluster 4; "
        "SO Het Anker, cluster 3), toegankelijk met een toelaatbaarheidsverklaring.",
    ]))
    a(("p", "5.2 Het expertiseteam van het samenwerkingsverband bestaat uit twee orthopedagogen, een "
            "gedragsspecialist, een specialist jonge kind en een specialist hoogbegaafdheid (samen 4,6 fte). Het team "
            "adviseert ondersteuningsteams, doet observaties in de klas, begeleidt leerkrachten en neemt deel aan "
            "multidisciplinaire overleggen. Daarnaast kunnen scholen een beroep doen op de consulenten van cluster 2 "
            "(Kentalis) en cluster 1 (Visio), die buiten de verantwoordelijkheid van het samenwerkingsverband vallen."))
    a(("p", "5.2a De Plusklas Lingebroek is een voorziening voor hoogbegaafde kinderen van groep 4 tot en met 8 die "
            "ondanks verrijking en compacten in de eigen groep vastlopen. Kinderen volgen twee dagen per week "
            "onderwijs in de Plusklas en de overige dagen op de eigen school. De leerkrachten van de Plusklas "
            "stemmen iedere zes weken af met de eigen leerkracht. De Plusklas is ondergebracht in een gebouw bij "
            "een van de basisscholen in Lingebroek-Centrum."))
    a(("p", "5.2b De so-scholen bieden ambulante begeleiding op de basisscholen voor kinderen met een "
            "ondersteuningsbehoefte op het gebied van gedrag of een verstandelijke of lichamelijke beperking. Een "
            "ambulant begeleider werkt met de leerkracht en het kind, in de regel gedurende een half tot een heel "
            "schooljaar. Daarnaast kan SBO De Linge een leerkracht detacheren op een basisschool voor een "
            "specifieke groep, bijvoorbeeld een kleine taal- of gedragsgroep binnen een reguliere school."))
    a(("p", "5.3 De observatiegroep Het Kompas is bedoeld voor jonge kinderen bij wie nog niet duidelijk is welke "
            "ondersteuning zij nodig hebben. Na een observatieperiode van maximaal zes maanden volgt een advies over "
            "de best passende plek: terug naar de basisschool met ondersteuning, het sbo of het so."))
    a(("h1", "6. Toelaatbaarheid sbo en so, terugplaatsing"))
    a(("h2", "6.1 Procedure"))
    a(("p", "Een toelaatbaarheidsverklaring wordt aangevraagd door het bevoegd gezag van de school waar de leerling "
            "is ingeschreven. De aanvraag verloopt als volgt:"))
    a(("ol", [
        "Het ondersteuningsteam van de school stelt vast dat de ondersteuningsbehoefte de mogelijkheden van laag 1 "
        "tot en met 3 overstijgt en legt dit vast in het groeidocument.",
        "Het bevoegd gezag dient de aanvraag digitaal in bij de Commissie Toelaatbaarheid (CTB) van het "
        "samenwerkingsverband, met het groeidocument, het OPP en de evaluatie van de geboden ondersteuning.",
        "Twee deskundigen adviseren afzonderlijk en schriftelijk: een orthopedagoog of psycholoog van het "
        "expertiseteam die niet bij de leerling betrokken is geweest, en een tweede deskundige (jeugdarts, "
        "maatschappelijk werker of kinderpsychiater) die de CTB per aanvraag aanwijst.",
        "De CTB besluit binnen zes weken na ontvangst van de volledige aanvraag. Het besluit wordt schriftelijk "
        "verzonden aan het bevoegd gezag van de aanvragende en van de ontvangende school.",
    ]))
    a(("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor één tot drie "
            "schooljaren, met vermelding van de bekostigingscategorie laag, midden of hoog. Tegen een besluit kan "
            "binnen zes weken bezwaar worden gemaakt; het samenwerkingsverband is daarvoor aangesloten bij de "
            "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    a(("h2", "6.2 Afwegingskader"))
    a(("p", "De CTB weegt iedere aanvraag op haar eigen merites, op basis van het dossier en de adviezen van de "
            "deskundigen. Het afwegingskader dat de commissie daarbij hanteert, wordt in het schooljaar 2025-2026 "
            "geactualiseerd in samenhang met de herziene standaard basisondersteuning en daarna gepubliceerd."))
    a(("h2", "6.3 Einde van de TLV"))
    a(("p", "Uiterlijk 1 maart van het laatste schooljaar waarvoor de TLV geldt, evalueert de sbo- of so-school het "
            "ontwikkelingsperspectief in een multidisciplinair overleg waaraan een orthopedagoog van het expertiseteam "
            "deelneemt. Wordt voortzetting van het sbo of so nodig geacht, dan vraagt het bevoegd gezag van de sbo- "
            "of so-school vóór 1 april een nieuwe TLV aan. Is dat niet het geval, dan meldt de sbo- of so-school de "
            "leerling vóór 1 mei aan bij een basisschool; de intern begeleiders van beide scholen dragen het dossier "
            "over in een overdrachtsgesprek, en zes weken na de start op de basisschool vindt een evaluatiegesprek "
            "plaats met de orthopedagoog."))
    a(("p", "Het beleid ten aanzien van terugplaatsing – welke uitgangspunten wij hanteren en wat een basisschool "
            "daarbij kan verwachten – werken wij in de loop van deze planperiode samen met SBO De Linge en de "
            "so-scholen nader uit."))
    a(("h1", "7. Dekkend aanbod en thuiszitters"))
    a(("p", "7.1 Het samenwerkingsverband streeft naar een dekkend aanbod, waarin voor ieder kind een passende plek "
            "beschikbaar is. Een analyse van de mate waarin het huidige aanbod dekkend is, staat gepland voor het "
            "schooljaar 2026-2027. De uitkomsten daarvan worden betrokken bij de evaluatie van dit plan in 2027."))
    a(("p", "7.2 Over de aanpak van thuiszitters maakt het samenwerkingsverband afspraken met de vier gemeenten in "
            "het kader van het Thuiszitterspact. Die afspraken worden in het OOGO van najaar 2025 besproken."))
    a(("h1", "8. Kwaliteitszorg en beoogde resultaten"))
    a(("p", "8.1 Voor de planperiode 2025-2029 formuleren wij de volgende beoogde resultaten."))
    a(("table", [
        ["Beoogd resultaat", "Indicator", "Streefwaarde 31 juli 2029"],
        ["Alle scholen bieden de standaard basisondersteuning", "Uitkomst audit", "46 van 46 scholen op orde"],
        ["Kinderen worden tijdig geholpen", "Doorlooptijd TLV-aanvraag", "Gemiddeld ≤ 25 werkdagen"],
        ["Thuisnabij onderwijs", "Deelnamepercentage sbo + so", "≤ 3,0% (2024: 3,1%)"],
        ["Vaker terug naar de basisschool", "Aantal terugplaatsingen per jaar", "≥ 12"],
        ["Leerkrachten voelen zich ondersteund", "Tevredenheidspeiling onder leerkrachten en IB'ers", "≥ 7,5"],
    ]))
    a(("p", "8.2 Wij volgen deze resultaten in een vaste kwaliteitscyclus. Het bureau verzamelt twee keer per jaar de "
            "gegevens uit de TLV-registratie, de DUO-telling van 1 oktober en de auditrapporten, en legt die in maart "
            "en oktober in een kwaliteitsrapportage voor aan het algemeen bestuur en de ondersteuningsplanraad. De "
            "tevredenheidspeiling vindt iedere twee jaar plaats. In het jaarverslag rapporteren wij per indicator het "
            "bereikte resultaat en lichten wij afwijkingen toe. In het voorjaar van 2027 vindt een tussenevaluatie "
            "plaats, waarin het bestuur zo nodig de koers bijstelt."))
    a(("h1", "9. Financiën en meerjarenbegroting"))
    a(("p", "9.1 De financiële paragraaf van het ondersteuningsplan – de verdeelsystematiek, de toekenning van "
            "middelen aan besturen en de meerjarenbegroting 2025-2029 – is ondergebracht in het afzonderlijke "
            "'Financieel kader Lingebroek 2025-2029'. Dat kader wordt jaarlijks tegelijk met de begroting door het "
            "algemeen bestuur vastgesteld en na vaststelling op de website van het samenwerkingsverband gepubliceerd."))
    a(("p", "9.2 Bij alle financiële keuzes hanteert het samenwerkingsverband de principes van doelmatigheid, "
            "rechtmatigheid en transparantie: de middelen voor passend onderwijs zijn bedoeld voor de kinderen."))
    a(("h1", "10. Organisatie en medezeggenschap"))
    a(("p", "10.1 Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een onafhankelijk "
            "directeur-bestuurder; het intern toezicht berust bij de raad van toezicht, bestaande uit de "
            "bestuurders van de zeven aangesloten schoolbesturen en een onafhankelijk voorzitter. De raad van "
            "toezicht keurt het ondersteuningsplan, de begroting en het jaarverslag goed."))
    a(("p", "10.2 Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een "
            "beleidsmedewerker, een secretaris van de CTB, een managementassistent en het expertiseteam, in totaal "
            "8,4 fte. De medewerkers van het expertiseteam zijn in dienst van het samenwerkingsverband; de "
            "ambulant begeleiders zijn in dienst van de so-besturen."))
    a(("p", "10.3 Het directeurenberaad, waarin iedere school vertegenwoordigd is, adviseert de directeur-bestuurder "
            "over beleid en uitvoering. Het netwerk intern begeleiders komt zes keer per jaar bijeen en is de "
            "belangrijkste plek waar kennis wordt gedeeld en nieuwe werkwijzen worden voorbereid."))
    a(("p", "10.4 De ondersteuningsplanraad heeft op 10 april 2025 ingestemd met dit plan. De OPR wordt tweemaal per "
            "jaar geïnformeerd over de voortgang en heeft een eigen budget voor scholing."))
    a(("p", "10.5 Personeel. Passend onderwijs vraagt veel van leerkrachten. In een tijd van personeelstekorten "
            "willen wij voorkomen dat de ondersteuning van kinderen ten koste gaat van de draagkracht van teams. "
            "Het expertiseteam biedt daarom naast advies over individuele leerlingen ook coaching van leerkrachten "
            "en teamscholing. Het samenwerkingsverband organiseert jaarlijks een studiedag voor alle intern "
            "begeleiders en een leergang 'Gedrag in de klas' voor leerkrachten. De besturen maken afspraken over "
            "de inzet van onderwijsassistenten en over de opleiding van nieuwe intern begeleiders."))
    a(("p", "10.6 Privacy en gegevensverwerking. Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen "
            "voor zover dat nodig is voor de toelaatbaarheid en voor advisering. Het privacyreglement is door het "
            "bestuur vastgesteld; gegevens worden uiterlijk drie jaar na het laatste besluit vernietigd. Het "
            "samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, gedeeld met het PO-verband "
            "in de buurregio."))
    a(("h1", "11. Samenwerking met gemeenten"))
    a(("p", "11.1 Het samenwerkingsverband werkt samen met de gemeenten Lingebroek, Geldermalsen-Oost, "
            "Asperen-Leerdijk en Heukelum. Het OOGO over dit plan vond plaats op 30 januari 2025. Er is "
            "overeenstemming bereikt over de volgende gezamenlijke agenda:"))
    a(("ul", [
        "de verbinding tussen het ondersteuningsteam van de school en het sociaal wijkteam, met een vaste "
        "contactpersoon van het wijkteam per school;",
        "zorg in onderwijstijd voor kinderen die tijdens schooltijd behandeling nodig hebben;",
        "de voorschoolse educatie en de overgang van peuteropvang naar groep 1;",
        "leerlingenvervoer naar het sbo en so;",
        "de onderwijshuisvesting voor de observatiegroep en de Plusklas.",
    ]))
    a(("p", "11.2 Met het samenwerkingsverband VO Lingebroek-Bommelerwaard zijn afspraken gemaakt over de overstap "
            "van groep 8 naar het voortgezet onderwijs, inclusief een warme overdracht voor alle leerlingen met een "
            "ontwikkelingsperspectief en voor leerlingen uit het sbo en so."))
    a(("p", "11.3 Jonge kind. Samen met de gemeenten en de kinderopvang investeren wij in de periode voordat kinderen "
            "naar school gaan. Het expertiseteam heeft een specialist jonge kind die peuterspeelzalen en "
            "kinderdagverblijven adviseert en die bij de overgang naar de basisschool betrokken is. Kinderen bij wie "
            "al voor het vierde jaar een ondersteuningsbehoefte bekend is, worden besproken in een "
            "overdrachtsoverleg met de jeugdgezondheidszorg en de beoogde school."))
    a(("h1", "12. Communicatie"))
    a(("p", "12.1 Het samenwerkingsverband communiceert met de scholen via een tweemaandelijkse nieuwsbrief voor "
            "directeuren en intern begeleiders, via het directeurenberaad en via het netwerk intern begeleiders. "
            "Op het besloten deel van de website vinden professionals formulieren, protocollen en de planning van "
            "de CTB."))
    a(("p", "12.2 In 2026 wordt de huisstijl vernieuwd en wordt de website toegankelijker gemaakt voor mensen met "
            "een visuele beperking. Het jaarverslag verschijnt voortaan ook in een publieksversie."))
    a(("p", "12.3 Ieder voorjaar organiseert het samenwerkingsverband een regionale conferentie voor leerkrachten, "
            "intern begeleiders, directeuren en partners uit de jeugdhulp. De conferentie van 2026 staat in het "
            "teken van het jonge kind; die van 2027 in het teken van gedrag en veiligheid in de klas."))
    a(("h1", "Bijlage 1: Verklarende woordenlijst"))
    a(("table", [
        ["Term", "Uitleg"],
        ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."],
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning op alle scholen."],
        ["CTB", "Commissie Toelaatbaarheid van het samenwerkingsverband."],
        ["Meerjarenbegroting", "Begroting voor ten minste vier jaar, met verdeling van de ondersteuningsmiddelen."],
        ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders onafhankelijke informatie en hulp krijgen bij vragen over passend onderwijs."],
        ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "Overstap van een leerling van het sbo of so naar het basisonderwijs."],
        ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."],
    ]))
    return B


# --------------------------------------------------------------------------- plan D
# VO, mid-size regional verband, web version. Rendered as .html.
def plan_d():
    B = []
    a = B.append
    a(("title", "Ondersteuningsplan 2025-2029 – webversie"))
    a(("small", "Samenwerkingsverband Voortgezet Onderwijs Beekdal (VO 25-94) · laatst bijgewerkt 2 mei 2025 · leestijd circa 25 minuten"))
    a(("h1", "Op deze pagina"))
    a(("ul", [
        "Voorwoord",
        "Over het samenwerkingsverband",
        "Onze visie: samen sterk voor iedere leerling",
        "Basisondersteuning",
        "Het ondersteuningsaanbod in de regio",
        "Toelaatbaarheid: vso, pro en lwoo",
        "Terugplaatsing en overstap",
        "Thuiszitters en leerlingen zonder passende plek",
        "Voor ouders en leerlingen",
        "Kwaliteit en resultaten",
        "Financiën",
        "Organisatie en medezeggenschap",
        "Samenwerking met gemeenten, jeugdhulp en mbo",
        "Begrippenlijst",
    ]))
    a(("h1", "Voorwoord"))
    a(("p", "Welkom bij de webversie van ons ondersteuningsplan. We hebben gekozen voor een plan op hoofdlijnen: "
            "compact, leesbaar op telefoon en tablet, en met verwijzingen naar de pagina's op onze website waar u de "
            "actuele details vindt. Zo hoeven we niet het hele plan aan te passen als een formulier of een termijn "
            "verandert, en blijft dit document overzichtelijk."))
    a(("p", "Passend onderwijs in Beekdal is in tien jaar tijd volwassen geworden. De scholen weten elkaar te vinden, "
            "de lijnen met de gemeenten zijn kort en er is een sterke cultuur van samen oplossen. Tegelijk zien we "
            "nieuwe vragen: meer leerlingen met psychische klachten, meer schoolverzuim na de coronaperiode, meer "
            "nieuwkomers, en een arbeidsmarkt waarop het steeds moeilijker is om gespecialiseerde mensen te vinden. "
            "Dit plan beschrijft hoe we daar de komende vier jaar mee aan de slag gaan."))
    a(("p", "Marloes Tuinstra, directeur-bestuurder"))
    a(("p", "Leeswijzer: ieder hoofdstuk begint met de kern in een paar zinnen, gevolgd door de uitwerking. "
            "Links naar pagina's op onze website zijn in de tekst aangegeven."))
    a(("h2", "Wat is er nieuw ten opzichte van het vorige plan?"))
    a(("ul", [
        "Het plan is korter en verwijst voor actuele uitvoeringsinformatie naar de website.",
        "Mentale gezondheid en welbevinden is een nieuw thema.",
        "De standaarden basisondersteuning worden herijkt.",
        "Terugplaatsing vanuit het vso krijgt meer aandacht.",
        "Het Ouder- en Jeugdsteunpunt is sinds 2024 operationeel en heeft een vaste plek in dit plan.",
        "Het Thuiszittersteam is uitgebreid met een medewerker van het jeugdteam.",
    ]))
    a(("h1", "Over het samenwerkingsverband"))
    a(("p", "Samenwerkingsverband VO Beekdal is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten "
            "Beekdal, Wijhe-Overbroek, Raalterveen en Olst-Dalfsen. Zes schoolbesturen zijn aangesloten, met samen "
            "veertien scholen: negen scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs, twee "
            "scholen voor voortgezet speciaal onderwijs (cluster 4 en cluster 3) en een internationale schakelklas. "
            "In totaal gaat het om ongeveer 12.800 leerlingen."))
    a(("p", "Het bureau van het samenwerkingsverband zit in het Onderwijshuis aan de Stationsweg in Beekdal, samen "
            "met het bureau van het PO-verband en de afdeling leerplicht van de gemeente Beekdal. Die korte lijnen "
            "zijn bewust gekozen."))
    a(("p", "De regio bestaat uit een middelgrote stad met een duidelijk centrumkarakter en drie plattelandsgemeenten "
            "met kleinere kernen. Veel jongeren uit de omliggende dorpen reizen dagelijks naar Beekdal, waar de meeste "
            "scholen voor havo en vwo, het vso en de ISK gevestigd zijn. In Raalterveen en Olst-Dalfsen staan "
            "kleinere scholengemeenschappen met vooral vmbo en de onderbouw havo. Het aantal leerlingen blijft de "
            "komende jaren ongeveer gelijk: een lichte daling in de plattelandsgemeenten wordt gecompenseerd door "
            "groei in Beekdal-Noord, waar een nieuwe woonwijk verrijst."))
    a(("p", "De aangesloten besturen verschillen sterk in omvang: van een eenpitter met één school voor "
            "praktijkonderwijs tot een bestuur met vijf scholen in drie gemeenten. Die verschillen vragen om "
            "afspraken die voor iedereen werkbaar zijn. In de Bestuurlijke Kring hebben alle besturen één stem, "
            "ongeacht hun omvang."))
    a(("p", "Het samenwerkingsverband werkt nauw samen met het PO-verband Beekdal, met de vier gemeenten, met de "
            "jeugdhulpaanbieders in de regio, met de twee roc's en met de GGD. Voor jongeren uit andere regio's die "
            "in Beekdal naar school gaan – het gaat om ongeveer zeshonderd leerlingen – maken we afspraken met de "
            "omliggende samenwerkingsverbanden."))
    a(("h1", "Onze visie: samen sterk voor iedere leerling"))
    a(("p", "Wij willen dat iedere jongere in onze regio onderwijs volgt dat bij hem of haar past, met de "
            "ondersteuning die nodig is om een diploma of een passende plek in het vervolgonderwijs of op de "
            "arbeidsmarkt te halen. We gaan daarbij uit van de talenten van de jongere, niet van zijn beperkingen."))
    a(("p", "Vier principes zijn leidend. Regulier waar het kan, speciaal waar het moet. De school is de eerste "
            "plek: ondersteuning begint in de klas, bij de mentor. Onderwijs en zorg werken samen, zodat een jongere "
            "niet hoeft te kiezen tussen school en hulp. En: we doen het samen met jongeren en ouders, niet over "
            "hen."))
    a(("p", "Voor de komende vier jaar hebben we vier thema's gekozen waar we extra op inzetten: mentale gezondheid "
            "en welbevinden; de aansluiting tussen onderwijs en jeugdhulp; professionalisering van mentoren; en "
            "een soepele overstap van po naar vo en van vo naar mbo."))
    a(("h2", "Thema 1: mentale gezondheid en welbevinden"))
    a(("p", "Scholen melden dat steeds meer jongeren somber, angstig of overbelast zijn. Een deel van hen verzuimt, "
            "een deel blijft wel komen maar haalt niet meer wat erin zit. Wij willen scholen helpen om signalen "
            "vroeg op te pakken en om een sfeer te creëren waarin jongeren zich veilig voelen om over hun zorgen te "
            "praten. Daarvoor bundelen we de kennis van scholen die hier al goed in zijn, organiseren we trainingen "
            "voor mentoren en zorgen we samen met de gemeenten voor snelle toegang tot laagdrempelige hulp op school."))
    a(("h2", "Thema 2: onderwijs en jeugdhulp"))
    a(("p", "Jongeren hebben er baat bij als hulp op school kan worden geboden. Sinds 2023 heeft iedere school een "
            "vaste jeugdhulpverlener. Deze planperiode willen we de samenwerking verdiepen: gezamenlijke "
            "casusbesprekingen, afspraken over zorg onder schooltijd en een gedeelde taal over ondersteuning."))
    a(("h2", "Thema 3: professionalisering van mentoren"))
    a(("p", "De mentor is de spil van de ondersteuning. Toch krijgen mentoren in hun opleiding weinig mee over "
            "gesprekken met ouders, over signalering of over het opstellen van een ontwikkelingsperspectief. Het "
            "samenwerkingsverband biedt daarom een mentorenleergang aan, in samenwerking met de lerarenopleiding in "
            "Beekdal. Iedere school kan jaarlijks vier mentoren aanmelden."))
    a(("h2", "Thema 4: soepele overstappen"))
    a(("p", "Overstapmomenten zijn kwetsbaar. Met het PO-verband hebben we een overstapkalender en een digitaal "
            "overdrachtsdossier. Met het mbo werken we aan een warme overdracht voor alle jongeren met een "
            "ontwikkelingsperspectief. Ook de overstap van de ISK naar regulier onderwijs verdient aandacht: "
            "nieuwkomers hebben vaak nog lang ondersteuning nodig bij de Nederlandse taal."))
    a(("h1", "Basisondersteuning"))
    a(("p", "Basisondersteuning is een belangrijk fundament onder passend onderwijs. In de afgelopen jaren is "
            "duidelijk geworden dat de afspraken over basisondersteuning uit 2018 niet meer goed aansluiten bij wat "
            "scholen in de praktijk doen, en dat ze niet concreet genoeg zijn voor ouders. Daarom herijken we in het "
            "schooljaar 2025-2026 samen met de scholen de standaarden basisondersteuning. Daarbij houden we rekening "
            "met de landelijke ontwikkelingen rond een norm voor basisondersteuning."))
    a(("p", "Tot de nieuwe standaarden zijn vastgesteld, gelden de afspraken die zijn opgenomen in het vorige "
            "ondersteuningsplan (2021-2025). De herijkte standaarden voegen we na instemming van de "
            "ondersteuningsplanraad als addendum aan dit plan toe."))
    a(("h1", "Het ondersteuningsaanbod in de regio"))
    a(("p", "Onze regio kent een breed aanbod aan ondersteuning: van extra begeleiding op de eigen school tot "
            "plekken in bovenschoolse voorzieningen, het praktijkonderwijs en het voortgezet speciaal onderwijs. "
            "Omdat dat aanbod regelmatig verandert – er komt een groep bij, een voorziening verhuist of krijgt een "
            "andere naam – hebben we het overzicht niet in dit plan opgenomen. Een actueel overzicht van alle "
            "voorzieningen, met doelgroep, capaciteit en contactpersoon, vindt u op de Sociale kaart Passend "
            "Onderwijs op onze website."))
    a(("p", "In de planperiode willen we het aanbod verder versterken en beter laten aansluiten op de vragen van "
            "scholen. Welke voorzieningen daarvoor nodig zijn, bepalen we mede op basis van de signalen uit het "
            "thuiszittersoverleg en de monitor."))
    a(("h1", "Toelaatbaarheid: vso, pro en lwoo"))
    a(("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
            "praktijkonderwijs, en over de aanwijzing voor leerwegondersteunend onderwijs. Hoe een aanvraag "
            "verloopt, welke stukken nodig zijn, wie er adviseert en welke termijnen gelden, leest u in de "
            "Routekaart toewijzing op onze website. Op deze pagina beschrijven we de criteria."))
    a(("table", [
        ["Toelaatbaarheid tot", "Criteria die het samenwerkingsverband hanteert"],
        ["Vso cluster 4", "De leerling heeft een ernstige en langdurige gedrags- of psychiatrische problematiek die het "
                          "leren in een reguliere setting onmogelijk maakt, ook met een arrangement; er is sprake van "
                          "een samenhangende onderwijs- én zorgbehoefte; en de school kan aantonen dat gedurende ten "
                          "minste één periode van twaalf weken intensieve extra ondersteuning is geboden en geëvalueerd."],
        ["Vso cluster 3", "De leerling is zeer moeilijk lerend (IQ onder 55 in combinatie met een beperkte "
                          "zelfredzaamheid), of heeft een lichamelijke beperking of langdurige ziekte waardoor hij "
                          "structureel is aangewezen op een gespecialiseerde leeromgeving."],
        ["Praktijkonderwijs", "Landelijke criteria: IQ 55 tot en met 80 en een leerachterstand van ten minste drie "
                              "jaar op twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."],
        ["Lwoo", "Landelijke criteria: IQ 75 tot en met 90 met een leerachterstand van anderhalf tot drie jaar op "
                 "twee domeinen; of IQ 91 tot en met 120 met een leerachterstand én sociaal-emotionele problematiek."],
    ]))
    a(("p", "Een TLV vso geldt in de regel voor twee schooljaren en vermeldt de bekostigingscategorie. Een TLV pro "
            "en een aanwijzing lwoo gelden voor de duur van de opleiding."))
    a(("h1", "Terugplaatsing en overstap"))
    a(("p", "Over terugplaatsing vanuit het vso naar het regulier voortgezet onderwijs maken het vso, de reguliere "
            "scholen en het samenwerkingsverband in 2026 nieuwe afspraken, als onderdeel van het project "
            "Doorlopende Ontwikkellijnen. De uitkomst nemen wij na instemming van de ondersteuningsplanraad als "
            "addendum in dit plan op."))
    a(("h1", "Thuiszitters en leerlingen zonder passende plek"))
    a(("p", "Geen jongere hoort thuis te zitten. Toch gebeurt het, ook in Beekdal. Op de teldatum van 1 oktober "
            "2024 waren er in onze regio 46 jongeren die langer dan vier weken zonder geoorloofde reden niet naar "
            "school gingen, en nog eens 31 jongeren met een (gedeeltelijke) vrijstelling van de leerplicht."))
    a(("p", "Wij pakken dit samen met de gemeenten aan via het Thuiszittersteam Beekdal. Zo werkt het:"))
    a(("ul", [
        "Iedere school meldt een leerling die vier weken of langer (deels) verzuimt of thuiszit bij leerplicht én bij "
        "het Thuiszittersteam. Ook leerlingen met een vrijstelling worden gemeld.",
        "Het Thuiszittersteam – een leerplichtambtenaar, een trajectbegeleider van het samenwerkingsverband en een "
        "medewerker van het jeugdteam – neemt binnen tien werkdagen contact op met de school, de ouders en de jongere.",
        "Binnen vier weken ligt er een plan voor terugkeer naar school of een andere onderwijsplek, met één "
        "regisseur. Waar nodig wordt een onderwijs-zorgarrangement opgezet met de jeugdhulp.",
        "Lukt het niet binnen drie maanden, dan bespreekt de Onderwijszorgtafel de situatie. Daaraan nemen de "
        "directeur-bestuurder, de bestuurder van de betrokken school en de manager jeugd van de gemeente deel; zij "
        "kunnen knopen doorhakken over plaatsing en financiering.",
        "Iedere drie maanden bespreekt het Thuiszittersteam met de gemeenten welke knelpunten telkens terugkomen, "
        "zoals wachtlijsten in de jeugd-ggz of het ontbreken van een plek voor een bepaalde doelgroep. Die "
        "signalen leiden tot concrete afspraken in het OOGO; zo is in 2024 besloten tot een extra groep voor "
        "jongeren met angstklachten, die in augustus 2025 start.",
    ]))
    a(("p", "Ook zorgplicht is een gezamenlijke verantwoordelijkheid. Kan een school na aanmelding geen passend "
            "aanbod doen, dan vraagt zij binnen twee weken de trajectbegeleider van het samenwerkingsverband om mee "
            "te zoeken. De besturen hebben afgesproken dat een andere school in dat geval de leerling niet zonder "
            "goede reden weigert."))
    a(("h1", "Voor ouders en leerlingen"))
    a(("h2", "Informatie over ondersteuning"))
    a(("p", "Wilt u weten welke ondersteuning er is voor uw kind? De eerste plek om dat te vragen is de school: de "
            "mentor of de ondersteuningscoördinator. In de schoolgids van iedere school staat welke ondersteuning de "
            "school biedt en bij wie u terecht kunt."))
    a(("p", "Daarnaast informeert het samenwerkingsverband ouders zelf:"))
    a(("ul", [
        "Op de ouderpagina van onze website leggen we in gewone taal uit wat passend onderwijs is, welke "
        "voorzieningen er in de regio zijn en hoe een aanvraag voor vso, pro of lwoo werkt.",
        "Iedere dinsdagmiddag en donderdagavond houdt onze ouderconsulent een telefonisch en online spreekuur.",
        "In januari organiseren we met het PO-verband twee informatieavonden voor ouders van kinderen in groep 8 "
        "die extra ondersteuning nodig hebben.",
        "De folder 'Passend onderwijs in het vo' is beschikbaar in het Nederlands, Engels, Arabisch en Tigrinya, "
        "en wordt uitgedeeld via de basisscholen en de ISK.",
    ]))
    a(("h2", "Onafhankelijk advies en hulp"))
    a(("p", "Het Ouder- en Jeugdsteunpunt Beekdal (OJSP) helpt ouders en jongeren die vragen hebben over "
            "ondersteuning of die er met school of samenwerkingsverband niet uitkomen. Het OJSP werkt onafhankelijk: "
            "het is ondergebracht bij de stichting MEE Beekdal en wordt gefinancierd door het PO- en het VO-verband "
            "samen, maar de medewerkers werken alleen in het belang van de jongere. U kunt het OJSP bellen, mailen of "
            "langs laten komen; het meedenken is gratis. Het OJSP brengt twee keer per jaar de signalen die het "
            "ontvangt, geanonimiseerd, in bij ons bestuur."))
    a(("p", "U kunt ook terecht bij Onderwijsconsulenten (landelijk, gratis) of bij het landelijk informatiepunt "
            "Ouders & Onderwijs. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunt u "
            "naar de Geschillencommissie passend onderwijs."))
    a(("h2", "Meepraten"))
    a(("p", "Ouders en leerlingen hebben een stem in de ondersteuningsplanraad en worden betrokken bij het opstellen "
            "en evalueren van het ontwikkelingsperspectief. Leerlingen van twaalf jaar en ouder tekenen het OPP "
            "mede; jongere leerlingen worden gehoord."))
    a(("p", "Leerlingen aan het woord: twee keer per jaar komt ons leerlingenpanel bijeen. De jongeren geven advies "
            "over onderwerpen die hen raken, zoals de inrichting van rustige plekken in school, het gebruik van "
            "telefoons en de manier waarop mentoren gesprekken voeren. Het panel presenteert zijn adviezen jaarlijks "
            "aan de Bestuurlijke Kring."))
    a(("h1", "Kwaliteit en resultaten"))
    a(("p", "Wij werken volgens een vaste kwaliteitscyclus (plan-do-check-act). De doelen die wij per thema "
            "nastreven, formuleren wij jaarlijks in het jaarplan, dat het bestuur in juni vaststelt."))
    a(("p", "Hoe wij de resultaten volgen:"))
    a(("ul", [
        "De Monitor Passend Onderwijs Beekdal verschijnt ieder kwartaal en bevat onder meer het aantal aanvragen en "
        "besluiten (vso, pro, lwoo), de doorlooptijden, het aantal thuiszitters en vrijstellingen, de "
        "deelnamepercentages vso en pro ten opzichte van het landelijk gemiddelde, en het gebruik van "
        "bovenschoolse voorzieningen.",
        "Twee keer per jaar voert het samenwerkingsverband met iedere school een ondersteuningsgesprek aan de hand "
        "van de schoolgegevens uit de monitor.",
        "Iedere twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en scholen.",
        "In het jaarverslag (verschijnt uiterlijk 1 juli) rapporteren wij de bereikte resultaten, in cijfers en in "
        "woorden, en leggen wij verantwoording af aan de raad van toezicht, de OPR en de gemeenten.",
        "In het voorjaar van 2027 laat het bestuur een onafhankelijke tussenevaluatie van dit plan uitvoeren.",
    ]))
    a(("h1", "Financiën"))
    a(("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 19 miljoen. Het grootste deel gaat naar het "
            "vso (via DUO), het praktijkonderwijs en het lwoo. De verdeling van de middelen over de besturen gebeurt "
            "volgens de systematiek uit de Kadernotitie bekostiging 2021. Die systematiek evalueren we in 2025; een "
            "eventueel nieuw verdeelmodel gaat in op 1 januari 2027."))
    a(("table", [
        ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Baten", "19.240", "19.310", "19.290", "19.180"],
        ["Afdracht vso (DUO)", "6.880", "6.950", "7.010", "7.040"],
        ["Praktijkonderwijs en lwoo", "7.420", "7.440", "7.430", "7.400"],
        ["Middelen naar besturen voor extra ondersteuning", "2.510", "2.520", "2.500", "2.470"],
        ["Bovenschoolse voorzieningen en ISK-aanvulling", "1.460", "1.480", "1.500", "1.500"],
        ["Thuiszittersteam en onderwijs-zorgarrangementen", "520", "540", "560", "560"],
        ["OJSP (aandeel VO)", "85", "88", "90", "92"],
        ["Bureau en toewijzing", "690", "700", "710", "720"],
        ["Saldo", "-325", "-408", "-510", "-602"],
    ]))
    a(("p", "De reserve van het samenwerkingsverband bedroeg eind 2024 € 3,4 miljoen. Met de begrote tekorten "
            "brengen we de reserve terug naar het niveau dat nodig is om risico's op te vangen (signaleringswaarde)."))
    a(("h1", "Organisatie en medezeggenschap"))
    a(("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van vijf "
            "leden, van wie twee onafhankelijk. De bestuurders van de aangesloten schoolbesturen vormen samen de "
            "Bestuurlijke Kring, die het bestuur adviseert en jaarlijks het jaarplan en de begroting bespreekt."))
    a(("p", "Het bureau heeft 14 medewerkers (11,2 fte): trajectbegeleiders, orthopedagogen, een ouderconsulent, een "
            "beleidsadviseur, een controller en een secretariaat. We werken met een klein, wendbaar team en huren "
            "expertise in waar dat nodig is."))
    a(("p", "Ook het personeel van de scholen verdient aandacht. Het lerarentekort raakt in onze regio vooral de "
            "vmbo-scholen en het praktijkonderwijs. Daardoor komen de ondersteuningscoördinatoren steeds vaker voor de "
            "klas te staan en blijft er minder tijd over voor de ondersteuning. De besturen hebben afgesproken dat zij "
            "gezamenlijk werven voor functies als orthopedagoog en gedragsspecialist, en dat zij elkaars personeel "
            "kunnen inzetten via detachering."))
    a(("p", "De ondersteuningsplanraad telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. De OPR "
            "stemde op 15 april 2025 in met dit plan. De OPR kan zich laten ondersteunen door een externe adviseur."))
    a(("p", "ICT en privacy: het samenwerkingsverband werkt met een beveiligd aanvraagportaal en een digitaal "
            "dossier. In 2025 sluiten we aan bij de regionale afspraken over veilige gegevensuitwisseling tussen "
            "scholen en jeugdhulp. Een actuele privacyverklaring staat op de website."))
    a(("h1", "Samenwerking met gemeenten, jeugdhulp en mbo"))
    a(("p", "Met de vier gemeenten voeren wij op overeenstemming gericht overleg over dit plan en over het "
            "jeugdbeleid van de gemeenten. Het OOGO over dit plan vond plaats op 6 maart 2025. Belangrijke afspraken "
            "gaan over jeugdhulp op school (er is een jeugdhulpverlener op iedere school), het Thuiszittersteam, "
            "leerlingenvervoer en huisvesting van voorzieningen."))
    a(("p", "Met het mbo (twee roc's in de regio) en het regionaal meld- en coördinatiepunt hebben we afspraken "
            "over de overstap van jongeren met een ondersteuningsbehoefte. Het praktijkonderwijs werkt samen met het "
            "werkgeversservicepunt aan duurzaam werk voor jongeren die geen diploma kunnen halen. Met het PO-verband "
            "Beekdal is een gezamenlijke overstapkalender afgesproken."))
    a(("h2", "Hoe dit plan tot stand kwam"))
    a(("p", "Het plan is geschreven in de periode september 2024 tot maart 2025. In drie werkconferenties hebben "
            "ondersteuningscoördinatoren, schoolleiders, medewerkers van het vso en het praktijkonderwijs, "
            "leerplichtambtenaren en jeugdhulpverleners input geleverd. Een leerlingenpanel van twaalf jongeren uit "
            "verschillende schoolsoorten heeft meegelezen; zij vroegen vooral om minder wisselingen van mentor en om "
            "meer rustige plekken in school. Het concept is besproken met de Bestuurlijke Kring, de raad van toezicht "
            "en de ondersteuningsplanraad. Na het OOGO van 6 maart 2025 en de instemming van de OPR op 15 april 2025 "
            "heeft de directeur-bestuurder het plan op 22 april 2025 vastgesteld, na goedkeuring van de raad van "
            "toezicht. Het plan is op 24 april 2025 aan de inspectie gezonden."))
    a(("p", "Voor jongeren met complexe problemen zetten scholen en jeugdhulp samen onderwijs-zorgarrangementen op. "
            "De gemeenten betalen het zorgdeel, het samenwerkingsverband het onderwijsdeel. In 2026 evalueren we de "
            "ervaringen met deze arrangementen samen met de gemeenten."))
    a(("h1", "Begrippenlijst"))
    a(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband ten minste biedt, "
                               "zoals een mentor, een ondersteuningscoördinator, begeleiding bij dyslexie, "
                               "faalangsttraining en een time-in plek."],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke plek buiten de eigen school"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPP", "Ontwikkelingsperspectief(plan)"],
        ["Pro", "Praktijkonderwijs"],
        ["Terugplaatsing", "Overstap van het vso naar regulier voortgezet onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Vso", "Voortgezet speciaal onderwijs"],
    ]))
    return B


# --------------------------------------------------------------------------- plan E
# PO, newly merged verband, first joint plan. Rendered as .pdf.
def plan_e():
    B = []
    a = B.append
    a(("title", "Samen verder langs de kust"))
    a(("p", "Ondersteuningsplan 2025-2029 van Samenwerkingsverband Passend Onderwijs PO Duinstreek (PO 27-96)"))
    a(("p", "Vastgesteld door de algemene ledenvergadering op 26 maart 2025. Instemming ondersteuningsplanraad: 9 april 2025."))
    a(("break",))
    a(("h1", "Inhoudsopgave"))
    a(("ul", [
        "1 Voorwoord",
        "2 Een nieuw samenwerkingsverband",
        "3 Visie en koers",
        "4 Basisondersteuning",
        "5 Toelaatbaarheid tot sbo en so",
        "6 Terugplaatsing",
        "7 Dekkend netwerk en thuiszitters",
        "8 Ouders als partner",
        "9 Beoogde resultaten en kwaliteitszorg",
        "10 Financieel beleid",
        "11 Bestuur, organisatie en personeel",
        "12 Samenwerking met gemeenten en VO",
        "13 Harmonisatiekalender",
        "Bijlage 1 Begrippenlijst",
        "Bijlage 2 Meerjarenbegroting",
        "Bijlage 3 Kwaliteitskaart basisondersteuning",
    ]))
    a(("break",))
    a(("h1", "1 Voorwoord"))
    a(("p", "Op 1 augustus 2024 zijn de samenwerkingsverbanden Duinrand en Kustzoom samengegaan in "
            "Samenwerkingsverband Passend Onderwijs PO Duinstreek. Dit is ons eerste gezamenlijke "
            "ondersteuningsplan. Het is een plan in beweging: op een aantal onderdelen hebben we al gemeenschappelijke "
            "afspraken, op andere onderdelen werken we nog met de regelingen van de voormalige verbanden en "
            "harmoniseren we in de komende twee jaar. We zijn daar in dit plan open over."))
    a(("p", "De fusie was geen doel op zich. Beide verbanden waren klein en kwetsbaar, met dezelfde gemeenten als "
            "partners en deels dezelfde schoolbesturen. Door samen te gaan kunnen we expertise bundelen, de "
            "overhead beperken en voor ouders en scholen één aanspreekpunt zijn. We danken de besturen, de "
            "directeuren, de intern begeleiders en de leden van de ondersteuningsplanraad voor hun vertrouwen en "
            "hun geduld in dit overgangsjaar."))
    a(("p", "Een woord van dank gaat ook uit naar de medewerkers van de beide voormalige bureaus. Zij hebben in een "
            "jaar vol onzekerheid over hun eigen werkplek de scholen en ouders steeds voorop gezet. Dat verdient "
            "waardering."))
    a(("p", "Ellen Brouwer-Keizer, directeur"))
    a(("h2", "Hoe dit plan tot stand kwam"))
    a(("p", "Het plan is geschreven door een kleine redactiegroep, bestaande uit de directeur, twee "
            "beleidsmedewerkers en twee intern begeleiders. In het najaar van 2024 zijn in iedere gemeente "
            "bijeenkomsten gehouden met directeuren en intern begeleiders, waarin we vooral hebben gevraagd: wat "
            "moet blijven van de manier van werken in uw voormalige verband, en wat kan beter? Daarnaast hebben we "
            "gesprekken gevoerd met de sbo- en so-scholen, met de leerplichtambtenaren, met de lokale teams van de "
            "gemeenten en met een groep ouders. Het concept is twee keer besproken met de ondersteuningsplanraad, "
            "die waardevolle suggesties deed voor de leesbaarheid."))
    a(("h1", "2 Een nieuw samenwerkingsverband"))
    a(("p", "Duinstreek omvat de gemeenten Zandvoorde, Duinwijk, Hillegersberg-aan-Zee en Noordkaap. Twaalf "
            "schoolbesturen zijn lid van de vereniging, met samen 71 basisscholen, twee scholen voor speciaal "
            "basisonderwijs (SBO De Zeester en SBO Het Baken) en drie scholen voor speciaal onderwijs (SO De Branding "
            "cluster 4, SO Duinpieper cluster 3, SO Meeuwenhof cluster 3 en 4). Op 1 oktober 2024 telde het "
            "samenwerkingsverband 16.420 leerlingen in het basisonderwijs, 402 in het sbo en 318 in het so."))
    a(("p", "De twee voormalige verbanden werkten op verschillende manieren. Duinrand kende een expertisemodel, "
            "waarin een groot deel van de middelen via het samenwerkingsverband werd ingezet in arrangementen. "
            "Kustzoom werkte met een schoolmodel, waarin de besturen zelf het grootste deel van de middelen "
            "ontvingen. In de fusieovereenkomst is afgesproken om naar één model toe te werken, met een "
            "overgangsperiode tot 1 augustus 2026."))
    a(("p", "Waarom een fusie? Beide verbanden telden minder dan veertig scholen en een klein bureau. Bij ziekte "
            "of vertrek van één medewerker kwam de continuïteit al snel in gevaar. De gemeenten Zandvoorde en "
            "Duinwijk moesten met twee samenwerkingsverbanden overleggen over dezelfde onderwerpen, en een aantal "
            "schoolbesturen was bij beide verbanden aangesloten, met twee verschillende werkwijzen als gevolg. Na "
            "een verkenning in 2022 en een intentieverklaring in 2023 hebben de algemene ledenvergaderingen van "
            "beide verbanden in februari 2024 het fusiebesluit genomen. De ondersteuningsplanraden van beide "
            "verbanden hebben advies uitgebracht over de fusie."))
    a(("p", "Het fusieproces is begeleid door een extern adviseur. Een stuurgroep van vier bestuurders en de beide "
            "directeuren heeft de fusie voorbereid. Daarbij zijn de juridische fusie, de overgang van het personeel, "
            "de samenvoeging van de administraties en de vorming van een nieuwe ondersteuningsplanraad als eerste "
            "opgepakt. Inhoudelijke harmonisatie volgt in fasen; de harmonisatiekalender in hoofdstuk 13 geeft "
            "daarvan een overzicht."))
    a(("p", "Het bureau van het samenwerkingsverband is gevestigd in Duinwijk, in het voormalige kantoor van "
            "Kustzoom. Medewerkers van beide bureaus zijn met behoud van hun rechtspositie overgegaan."))
    a(("p", "Wat nemen we mee uit de voormalige verbanden? Van Duinrand nemen we de sterke rol van de "
            "orthopedagogen in de scholen mee: zij kwamen in de klas, keken mee met de leerkracht en dachten mee "
            "in het ondersteuningsteam. Scholen waardeerden dat zeer. Van Kustzoom nemen we het vertrouwen in de "
            "besturen mee: besturen kregen veel ruimte om zelf te bepalen hoe zij de ondersteuning organiseren, en "
            "legden daarover op een eenvoudige manier verantwoording af. Beide verbanden hadden een goede relatie met "
            "de gemeenten en de jeugdgezondheidszorg. Minder goed ging in beide verbanden het zicht op wat de "
            "ondersteuning oplevert: er werd veel gedaan, maar er werd weinig gemeten. Daarom hebben we in dit plan "
            "meetbare resultaten opgenomen (hoofdstuk 9)."))
    a(("h1", "3 Visie en koers"))
    a(("p", "Elk kind in Duinstreek gaat naar een school waar het zich thuis voelt en waar het kan leren. De "
            "school doet wat nodig is, met steun van collega-scholen en het samenwerkingsverband. We zien ouders als "
            "partner en kinderen als eigenaar van hun eigen ontwikkeling. We willen dat kinderen zo veel mogelijk "
            "naar een school in hun eigen dorp of wijk gaan."))
    a(("p", "Vier kernwaarden geven richting aan ons werk: nabijheid, vertrouwen, eenvoud en transparantie. "
            "Nabijheid, omdat ondersteuning het best werkt als ze dicht bij het kind en de leerkracht wordt geboden. "
            "Vertrouwen, omdat scholen en besturen professionals zijn die zelf goede keuzes maken. Eenvoud, omdat "
            "iedere regel en ieder formulier tijd kost die niet naar kinderen gaat. En transparantie, omdat ouders, "
            "scholen en gemeenten moeten kunnen zien wat we doen en wat dat oplevert."))
    a(("p", "Voor de eerste twee jaar van de planperiode ligt de nadruk op het samenbrengen van twee organisaties: "
            "één werkwijze, één bureau, één taal. Dat vraagt tijd en zorgvuldigheid. We kiezen er bewust voor om niet "
            "alles tegelijk te veranderen, zodat scholen niet overvraagd worden en de ondersteuning van kinderen in "
            "de tussentijd gewoon doorgaat. In de tweede helft van de planperiode verschuift de aandacht naar de "
            "inhoud: de kwaliteit van de ondersteuning in de klas, de samenwerking met de jeugdhulp en het zichtbaar "
            "maken van wat het samenwerkingsverband oplevert voor kinderen, ouders en scholen."))
    a(("p", "Onze koers voor de komende jaren rust op drie pijlers. Eén: een stevige basis op iedere school. Twee: "
            "snelle en eenvoudige toegang tot extra ondersteuning, zonder onnodige papierwerk. Drie: een "
            "samenwerkingsverband dat dichtbij de scholen staat en meetbaar laat zien wat het oplevert."))
    a(("h1", "4 Basisondersteuning"))
    a(("p", "Het algemeen bestuur heeft op 5 november 2024 voor het hele samenwerkingsverband één niveau van "
            "basisondersteuning vastgesteld. Dat niveau geldt voor alle 71 basisscholen, op iedere locatie, en "
            "vervangt de twee verschillende afspraken van de voormalige verbanden. Het is de ondergrens: wat elke "
            "school ten minste biedt aan ieder kind, zonder dat daarvoor een aanvraag nodig is."))
    a(("p", "De uitwerking van het niveau in zeventien concrete standaarden is vastgelegd in de Kwaliteitskaart "
            "basisondersteuning Duinstreek, die als bijlage 3 bij dit plan hoort. Scholen nemen de kwaliteitskaart op "
            "in hun schoolgids."))
    a(("p", "Iedere school krijgt eens in de drie jaar een schoolbezoek van een orthopedagoog van het "
            "samenwerkingsverband en een directeur van een andere school (collegiale visitatie). Daarin wordt aan de "
            "hand van de kwaliteitskaart besproken welke standaarden op orde zijn. Ontbreekt er iets, dan maakt de "
            "school een verbeterplan en volgt een tweede bezoek na een jaar."))
    a(("h1", "5 Toelaatbaarheid tot sbo en so"))
    a(("p", "De twee voormalige verbanden hadden elk een eigen procedure voor het afgeven van "
            "toelaatbaarheidsverklaringen, met verschillende formulieren en commissies. Tot 1 augustus 2026 blijven "
            "beide procedures van kracht voor de scholen uit het betreffende voormalige gebied; ze zijn te vinden op "
            "de archiefpagina's van Duinrand en Kustzoom op onze website."))
    a(("p", "Een werkgroep van intern begeleiders, orthopedagogen en directeuren van sbo en so werkt aan één "
            "geharmoniseerde procedure, met bijbehorende criteria. Het voorstel wordt in het voorjaar van 2026 "
            "ter instemming aan de ondersteuningsplanraad voorgelegd en daarna als wijziging van dit plan vastgesteld."))
    a(("h1", "6 Terugplaatsing"))
    a(("p", "Een plek op het sbo of so is in Duinstreek geen eindstation. Ons beleid is dat ieder kind in het sbo of "
            "so een ontwikkelingsperspectief heeft waarin ook de mogelijkheid van terugkeer naar een basisschool "
            "wordt beschreven. Een kind keert terug wanneer de ondersteuning die het nodig heeft, in het "
            "basisonderwijs geboden kan worden, bij voorkeur op een school dicht bij huis – niet noodzakelijk de "
            "school waar het vandaan kwam. Een terugplaatsing gebeurt altijd met instemming van ouders en bij "
            "voorkeur aan het begin van een schooljaar."))
    a(("p", "De basisschool die een kind terugneemt, staat er niet alleen voor: de sbo- of so-school begeleidt de "
            "leerkracht gedurende ten minste een half jaar na de overstap, en de school kan een beroep doen op een "
            "orthopedagoog van het samenwerkingsverband. Daarnaast ontvangt de school voor het eerste jaar een "
            "terugplaatsingsbudget."))
    a(("p", "Hoe en wanneer de mogelijkheid van terugplaatsing wordt beoordeeld, leggen we vast in de "
            "geharmoniseerde TLV-procedure (zie hoofdstuk 5)."))
    a(("h1", "7 Dekkend netwerk en thuiszitters"))
    a(("p", "Beide voormalige verbanden hadden een eigen netwerk van bovenschoolse voorzieningen en arrangementen. "
            "Bij de fusie hebben we afgesproken eerst goed in beeld te brengen welk aanbod er is, voor wie, en waar "
            "het schuurt. Die inventarisatie loopt in het schooljaar 2025-2026 en wordt uitgevoerd door een extern "
            "bureau. Pas daarna kunnen we vaststellen hoe een dekkend netwerk voor heel Duinstreek eruit moet zien."))
    a(("p", "Ook over thuiszitters maken wij nieuwe afspraken. Samen met de leerplichtambtenaren van de vier "
            "gemeenten stellen wij in 2026 een convenant thuiszitters op."))
    a(("h1", "8 Ouders als partner"))
    a(("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. We willen dat zij goed geïnformeerd zijn "
            "over de mogelijkheden voor ondersteuning, en dat zij weten waar zij terecht kunnen als het niet loopt "
            "zoals zij hopen."))
    a(("h2", "8.1 Zo informeren wij ouders"))
    a(("ul", [
        "De ouderpagina op onze website beschrijft in begrijpelijke taal wat basisondersteuning is, welke "
        "ondersteuning er in Duinstreek is buiten de eigen school, hoe de weg naar het sbo en so loopt en welke "
        "rol ouders daarin hebben.",
        "In de schoolgids van iedere school staat welke ondersteuning de school biedt, met een verwijzing naar de "
        "ouderpagina.",
        "De folder 'Wegwijs in passend onderwijs' krijgen alle ouders bij de inschrijving van hun kind op een "
        "basisschool; de intern begeleider deelt hem ook uit bij het eerste gesprek over extra ondersteuning.",
        "Twee keer per jaar organiseren we in iedere gemeente een oudercafé over een thema, zoals "
        "dyslexie, hoogbegaafdheid of de overstap naar het voortgezet onderwijs.",
        "Onze ouderadviseur is op werkdagen telefonisch bereikbaar voor vragen over de ondersteuningsmogelijkheden.",
    ]))
    a(("h2", "8.2 Onafhankelijke hulp"))
    a(("p", "Als ouders en school er samen niet uitkomen, kunnen ouders gratis terecht bij het Ouder- en "
            "Jeugdsteunpunt Kust. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband; de "
            "medewerkers denken mee, bemiddelen en gaan desgewenst mee naar gesprekken. Het steunpunt is bereikbaar "
            "via telefoon, e-mail en een inloopspreekuur in de bibliotheek van Duinwijk. Ouders kunnen ook een "
            "beroep doen op Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend bij "
            "de Landelijke Klachtencommissie Onderwijs, waarbij het samenwerkingsverband is aangesloten."))
    a(("h2", "8.3 Meedenken en meebeslissen"))
    a(("p", "In de ondersteuningsplanraad zitten zes ouders en zes personeelsleden. Bij het opstellen van een "
            "ontwikkelingsperspectief heeft de school overeenstemming met ouders nodig over het handelingsdeel. "
            "Kinderen worden gehoord over hun eigen ontwikkelingsperspectief."))
    a(("h1", "9 Beoogde resultaten en kwaliteitszorg"))
    a(("p", "Omdat Duinstreek een nieuw samenwerkingsverband is, hebben we geen eigen terugblik over een vorige "
            "planperiode. De uitgangswaarden hieronder zijn berekend door de cijfers van de twee voormalige verbanden "
            "samen te voegen."))
    a(("table", [
        ["Beoogd resultaat in 2029", "Indicator", "Uitgangswaarde 2024", "Streefwaarde 2029"],
        ["Iedere school biedt de afgesproken basisondersteuning", "Scholen met alle standaarden op orde na visitatie", "nog niet gemeten", "100%"],
        ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so op 1 oktober", "4,3%", "≤ 3,6%"],
        ["Terugkeer naar het basisonderwijs", "Aantal terugplaatsingen uit sbo en so per schooljaar", "7", "≥ 15"],
        ["Ouders voelen zich gehoord", "Gemiddeld rapportcijfer ouders in de oudertevredenheidspeiling", "6,8", "≥ 7,5"],
        ["Leerkrachten ervaren steun", "Percentage IB'ers dat de steun van het samenwerkingsverband voldoende of goed vindt", "71%", "≥ 85%"],
    ]))
    a(("p", "We volgen deze resultaten met het Duinstreek-dashboard, dat het bureau twee keer per jaar bijwerkt met "
            "gegevens uit DUO, de visitatieverslagen en onze eigen registratie. Het dashboard wordt besproken in de "
            "algemene ledenvergadering (mei en november) en in de ondersteuningsplanraad. Ouders, IB'ers en "
            "directeuren vullen iedere twee jaar een tevredenheidspeiling in. In het jaarverslag rapporteren we per "
            "resultaat de stand van zaken; wijkt een resultaat sterk af van de streefwaarde, dan stelt het bestuur "
            "een verbeteractie vast. Halverwege de planperiode, in 2027, evalueren we het plan als geheel."))
    a(("h1", "10 Financieel beleid"))
    a(("p", "Met ingang van 1 januari 2025 hanteert Duinstreek één verdeelmodel voor de middelen lichte "
            "ondersteuning. Het model werkt als volgt:"))
    a(("ol", [
        "Eerst worden de verplichte afdrachten in mindering gebracht: de bekostiging van het so via DUO en de "
        "overdracht aan het sbo boven de 2%-grens, op basis van de teldatum 1 oktober en de peildatum 1 februari.",
        "Iedere basisschool ontvangt via het eigen bestuur een vaste voet van € 12.000, zodat ook kleine dorpsscholen "
        "een minimale ondersteuningsformatie kunnen bekostigen.",
        "Daarnaast ontvangen de besturen € 175 per leerling, op basis van het aantal leerlingen op 1 oktober van het "
        "voorgaande jaar.",
        "Wat daarna resteert, is beschikbaar voor de taken van het samenwerkingsverband zelf: toewijzing, "
        "orthopedagogen, terugplaatsingsbudgetten, het Ouder- en Jeugdsteunpunt en het bureau.",
    ]))
    a(("p", "De bedragen per leerling en de vaste voet worden jaarlijks bij de begroting door de algemene "
            "ledenvergadering vastgesteld. Besturen verantwoorden de inzet van de middelen in hun jaarverslag, volgens "
            "een gezamenlijk format."))
    a(("p", "De meerjarenbegroting 2025-2029 stellen wij vast zodra de harmonisatie van de begrotingen van de "
            "voormalige verbanden is afgerond. In bijlage 2 is de opzet daarvan opgenomen. De gezamenlijke reserve "
            "bedroeg bij de fusie € 4,2 miljoen; het bestuur heeft bepaald dat de reserve in de planperiode wordt "
            "teruggebracht tot de signaleringswaarde."))
    a(("h1", "11 Bestuur, organisatie en personeel"))
    a(("p", "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering (ALV), waarin de twaalf "
            "schoolbesturen zitting hebben, is het hoogste orgaan en stelt onder meer het ondersteuningsplan, de "
            "begroting en het jaarverslag vast. Het bestuur wordt gevormd door vijf bestuurders uit de ALV; de "
            "dagelijkse leiding is in handen van de directeur. Het intern toezicht is belegd bij de ALV. In 2026 "
            "onderzoeken we of een model met een directeur-bestuurder en een raad van toezicht beter past bij de "
            "omvang van het nieuwe samenwerkingsverband."))
    a(("p", "Het bureau telt 19 medewerkers (14,8 fte): orthopedagogen, consulenten, de ouderadviseur, een "
            "controller, een beleidsmedewerker en het secretariaat. Het personeelsbeleid van de twee voormalige "
            "bureaus wordt in 2025 geharmoniseerd; de medewerkers hebben hun rechtspositie behouden. Er is één "
            "gezamenlijk professionaliseringsplan, met aandacht voor gedrag, jonge kind en hoogbegaafdheid."))
    a(("p", "De ondersteuningsplanraad is na de fusie opnieuw samengesteld. De OPR heeft een eigen "
            "reglement en een budget voor scholing en ondersteuning. De OPR vergadert vijf keer per jaar en wordt "
            "ondersteund door een ambtelijk secretaris van het bureau."))
    a(("p", "ICT: in 2025 gaan alle scholen over op één digitaal aanvraagportaal. Tot die tijd werken scholen met "
            "de systemen van het voormalige verband. Het privacyreglement is geactualiseerd en door de ALV vastgesteld."))
    a(("p", "Bedrijfsvoering: de financiële administratie en de salarisadministratie zijn per 1 januari 2025 "
            "ondergebracht bij één administratiekantoor. Het kantoor in Duinwijk is verbouwd tot een werkplek voor "
            "het hele bureau, met spreekkamers voor gesprekken met ouders en scholen. De locatie van het voormalige "
            "Duinrand-bureau in Zandvoorde blijft in gebruik als flexibele werkplek voor de orthopedagogen."))
    a(("p", "Communicatie met scholen: iedere maand verschijnt een nieuwsbrief voor directeuren en intern "
            "begeleiders. Het netwerk intern begeleiders komt vijf keer per jaar bijeen, in twee regio's. Het "
            "directeurenoverleg wordt in 2025 opnieuw ingericht, met een afvaardiging per gemeente."))
    a(("p", "Inspectie en toezicht: de inspectie heeft in het fusiejaar een verkennend gesprek gevoerd met het "
            "bestuur en de ondersteuningsplanraad. Dit plan is na instemming van de OPR en vaststelling door de ALV "
            "vóór 1 mei 2025 aan de inspectie toegezonden. Wijzigingen die voortvloeien uit de harmonisatie worden, "
            "na instemming van de OPR, eveneens aan de inspectie gemeld. De planperiode loopt van 1 augustus 2025 "
            "tot en met 31 juli 2029."))
    a(("p", "Risicomanagement: het bestuur heeft in 2024 een eerste risico-inventarisatie voor het nieuwe "
            "samenwerkingsverband laten opstellen. De grootste risico's zijn een verdere stijging van het aantal "
            "leerlingen in het so, onzekerheid over de landelijke bekostiging en het verloop van personeel op het "
            "bureau. De inventarisatie wordt jaarlijks geactualiseerd en besproken in de ALV."))
    a(("h1", "12 Samenwerking met gemeenten en VO"))
    a(("p", "Met de vier gemeenten is op 13 februari 2025 op overeenstemming gericht overleg gevoerd over dit plan. "
            "De gemeenten en het samenwerkingsverband hebben afgesproken in 2025 een gezamenlijke agenda onderwijs en "
            "jeugd op te stellen, met als eerste thema's de aansluiting tussen school en jeugdhulp, het "
            "leerlingenvervoer en de huisvesting van de sbo-scholen. Met het samenwerkingsverband VO Kust zijn "
            "afspraken gemaakt over de overdracht van groep 8 naar het voortgezet onderwijs."))
    a(("p", "De gemeenten zijn zelf ook in beweging: Zandvoorde en Duinwijk werken vanaf 2026 met een gezamenlijke "
            "inkooporganisatie voor jeugdhulp, en Noordkaap herziet de inrichting van het sociaal domein. Welke "
            "gevolgen dat heeft voor de samenwerking tussen scholen en jeugdhulp, bespreken we bij het opstellen van "
            "de gezamenlijke agenda onderwijs en jeugd."))
    a(("h1", "13 Harmonisatiekalender"))
    a(("table", [
        ["Onderwerp", "Planning", "Besluit door"],
        ["Personeelsbeleid bureau", "voorjaar 2025", "bestuur"],
        ["Eén digitaal aanvraagportaal", "1 augustus 2025", "directeur"],
        ["Inventarisatie ondersteuningsaanbod", "schooljaar 2025-2026", "bestuur"],
        ["Meerjarenbegroting 2025-2029", "najaar 2025", "ALV"],
        ["Geharmoniseerde TLV-procedure en criteria", "voorjaar 2026, na instemming OPR", "ALV"],
        ["Convenant thuiszitters", "2026", "bestuur en gemeenten"],
        ["Evaluatie governance", "2026", "ALV"],
    ]))
    a(("h1", "Bijlage 1 Begrippenlijst"))
    a(("table", [
        ["Begrip", "Omschrijving"],
        ["Basisondersteuning", "Wat iedere school in Duinstreek ten minste biedt, waaronder: een intern begeleider, "
                               "handelingsgericht werken met een leerlingvolgsysteem, een dyslexie- en "
                               "dyscalculieprotocol, een aanpak voor gedrag en sociale veiligheid, een aanbod voor "
                               "meer- en hoogbegaafde kinderen en een protocol medisch handelen."],
        ["Dekkend netwerk", "Het geheel van voorzieningen waardoor er voor ieder kind een passende plek is."],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["Sbo", "Speciaal basisonderwijs"],
        ["So", "Speciaal onderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een kind toelaatbaar is tot het "
                "sbo of so. Criteria: zie hoofdstuk 5."],
    ]))
    a(("h1", "Bijlage 2 Meerjarenbegroting"))
    a(("table", [
        ["(x € 1.000)", "2025", "2026", "2027", "2028"],
        ["Baten lichte en zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Afdracht so (DUO)", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Overdracht sbo", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Middelen naar besturen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Taken samenwerkingsverband", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."],
    ]))
    return B


# --------------------------------------------------------------------------- near-miss F
# A school's schoolondersteuningsprofiel (VO) - not an ondersteuningsplan of a samenwerkingsverband.
def nearmiss_f():
    B = []
    a = B.append
    a(("title", "Schoolondersteuningsprofiel 2025-2026"))
    a(("p", "Merwe Lyceum, locatie Oostpolder – vmbo-tl, havo en vwo"))
    a(("p", "Aangesloten bij Samenwerkingsverband VO Merwestad (VO 28-97). Vastgesteld door de schoolleiding na "
            "advies van de medezeggenschapsraad op 3 juni 2025."))
    a(("h1", "Inhoud"))
    a(("ol", ["Inleiding", "Onze school", "Basisondersteuning op het Merwe Lyceum", "Extra ondersteuning",
              "Grenzen aan onze ondersteuning", "Samenwerking met ouders", "Ondersteuningsstructuur en contactpersonen",
              "Klachten en geschillen"]))
    a(("h1", "1. Inleiding"))
    a(("p", "Iedere school in Nederland stelt een schoolondersteuningsprofiel (SOP) op. Daarin beschrijft de school "
            "welke ondersteuning zij biedt aan leerlingen, bovenop het reguliere onderwijs. Het SOP is de bouwsteen "
            "van het ondersteuningsplan van het samenwerkingsverband: in dat plan staat wat alle scholen samen "
            "bieden en hoe de middelen worden verdeeld. Dit profiel gaat alleen over onze eigen school. Het wordt "
            "jaarlijks geactualiseerd en is onderdeel van onze schoolgids."))
    a(("h1", "2. Onze school"))
    a(("p", "Het Merwe Lyceum, locatie Oostpolder, telt 1.240 leerlingen in vmbo-tl, havo en vwo. De school staat in "
            "een nieuwbouwwijk en groeit. Ons motto is 'Leren met lef'. We werken in kleine afdelingen met een vast "
            "team van docenten, zodat iedere leerling gezien wordt. De meeste leerlingen komen van basisscholen in "
            "Oostpolder en Merwestad-Oost."))
    a(("h1", "3. Basisondersteuning op het Merwe Lyceum"))
    a(("p", "Het samenwerkingsverband heeft twaalf standaarden basisondersteuning vastgesteld die op iedere school "
            "gelden. Zo vullen wij die in:"))
    a(("table", [
        ["Standaard", "Invulling op onze school"],
        ["Mentoraat", "Iedere klas heeft een mentor met twee mentoruren per week; zes individuele gesprekken per jaar."],
        ["Ondersteuningscoördinator", "Mevrouw S. Doğan (1,0 fte), aanspreekpunt voor ouders en externen."],
        ["Dyslexie en dyscalculie", "Dyslexiecoach; voorleessoftware via Kurzweil; 25% extra tijd bij toetsen."],
        ["Sociaal-emotioneel", "Faalangstreductietraining en SoVa-training in de onderbouw, twee keer per jaar."],
        ["Executieve functies", "Huiswerkklas op maandag, dinsdag en donderdag tot 16.30 uur."],
        ["Time-in", "Het Trefpunt: rustige ruimte met begeleiding, het hele schooljaar open."],
        ["Hoogbegaafdheid", "Plusprogramma 'Merwe Masterclass' en compacten in alle onderbouwklassen."],
        ["Medisch handelen", "Protocol medisch handelen; afspraken met de jeugdarts."],
    ]))
    a(("h1", "4. Extra ondersteuning"))
    a(("p", "Voor leerlingen die meer nodig hebben, zetten wij het schoolbudget extra ondersteuning van het "
            "samenwerkingsverband in. Wij bieden een trajectvoorziening (De Steiger) waar leerlingen maximaal tien uur "
            "per week begeleiding krijgen, en een kleine onderbouwklas voor leerlingen met een havo-advies die veel "
            "structuur nodig hebben. Voor iedere leerling met extra ondersteuning stellen we een "
            "ontwikkelingsperspectiefplan (OPP) op, samen met ouders en leerling. Het OPP wordt twee keer per jaar "
            "geëvalueerd."))
    a(("h1", "5. Grenzen aan onze ondersteuning"))
    a(("p", "Wij bieden geen lwoo en geen praktijkonderwijs. Leerlingen die een tijdelijke plek buiten school nodig "
            "hebben, kunnen via het Loket Passend Onderwijs worden aangemeld bij OPDC De Overstap of Rebound. Als "
            "een leerling meer nodig heeft dan wij of een bovenschoolse voorziening kunnen bieden, vragen wij bij het "
            "samenwerkingsverband een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs aan. "
            "De procedure en de criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. Ook "
            "voor leerlingen die vanuit het vso naar onze school terugkeren, maken wij een OPP en een overstapplan."))
    a(("h1", "6. Samenwerking met ouders"))
    a(("p", "Ouders zijn onze belangrijkste partners. Bij zorgen neemt de mentor binnen vijf schooldagen contact op. "
            "Ouders worden uitgenodigd voor het ondersteuningsoverleg over hun kind en tekenen het OPP voor akkoord. "
            "Op de ouderavond in september presenteert de ondersteuningscoördinator het ondersteuningsaanbod van de "
            "school. Informatie over passend onderwijs in de regio vinden ouders op de website van het "
            "samenwerkingsverband."))
    a(("h1", "7. Ondersteuningsstructuur en contactpersonen"))
    a(("ul", ["Mentor: eerste aanspreekpunt voor leerling en ouders.",
              "Teamleider: verantwoordelijk voor de afdeling.",
              "Ondersteuningscoördinator: mevrouw S. Doğan, s.dogan@merwelyceum.example.",
              "Orthopedagoog: de heer R. Vos, twee dagen per week aanwezig.",
              "Zorg- en adviesteam: zes keer per jaar, met leerplicht, schoolmaatschappelijk werk en jeugdarts.",
              "Vertrouwenspersonen: mevrouw A. de Jager en de heer K. Bakker."]))
    a(("h1", "8. Klachten en geschillen"))
    a(("p", "Heeft u een klacht, neem dan eerst contact op met de mentor of teamleider. Komt u er niet uit, dan kunt u "
            "gebruikmaken van de klachtenregeling van ons bestuur, die in de schoolgids staat. Over toelating, "
            "verwijdering of het OPP kunt u zich wenden tot de Geschillencommissie passend onderwijs. Voor "
            "onafhankelijk advies kunt u terecht bij Onderwijsconsulenten."))
    return B


# --------------------------------------------------------------------------- labels
LABELS = {
"vo-merwestad-2025": """documents: [vo-merwestad-2025.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4: agreed minimum for all 52 vestigingen (besluit 12-11-2024) plus twelve concrete standards; borging via kwaliteitsdialoog."
  plaatsing: "Ch. 6.1-6.4: Loket, 5 steps, CvT within 6 weeks, two deskundigen; vso criteria (three conditions) and national pro/lwoo criteria with dates; no bezwaar route."
  terugstroom: "Hidden in ch. 6.5 'Afloop van de TLV' inside the TLV chapter: policy (yearly check, conditions, terugkeerarrangement EUR 4.000, AB) and procedure (OPP evaluation before 1 Feb, MDO by 1 March, Loket decides before 1 May)."
  financien: "Under the heading 'Geld en middelen' (ch. 12): four verdeelregels (vaste voet EUR 25.000 + EUR 95/leerling etc.) and meerjarenbegroting 2025-2028 table; reserve afbouw."
  dekkend-aanbod: "Ch. 5 continuum table (5 niveaus, OPDC, Rebound, ISK, pro, vso, OZA) and ch. 7 thuiszitterstafel, twice-yearly gap inventory with concrete actions, zorgplicht."
  resultaten: "Ch. 10 has five targets for 2029, but how progress is monitored/reported is deferred to a 'monitoringskader' to be developed in the first plan year."
  ouders: "Information is inside ch. 9 'Communicatie' (ouderpagina, voorlichtingsavonden, brochure in 5 languages); independent steunpunt only announced as a future conversation; OJSP appears only in the glossary."
""",
"vo-hunzedal-2025": """documents: [vo-hunzedal-2025.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: present, dekkend-aanbod: present, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 3 states one equal minimum level for all seven vestigingen and a yearly check, but the content is referred to each school's schoolgids/SOP on the school websites."
  plaatsing: "Ch. 5: procedure only in a steps table (5 steps, termijnen, CT, two deskundigen) and criteria only in a table (vso, pro, lwoo); duration/category and LBT bezwaar in prose."
  terugstroom: "Nothing on return from vso; only near-misses: return from Steunpunt De Haven (OPDC-like) to the own school, doorstroom to mbo, 'terugkoppeling', and 'terugplaatsing' in the afkortingenlijst."
  financien: "Ch. 8 'Waar gaat het geld naartoe?': allocation rules (vaste voet EUR 40.000, EUR 130/leerling, lwoo/pro by count) and a 2025-2028 begroting table; reserve."
  dekkend-aanbod: "Ch. 4 table of voorzieningen from light to heavy (lwoo-klassen, trajectvoorziening, De Haven, pro, vso cluster 3/4 in Drostenburg, ISK); ch. 6 names the gaps (distance to vso, no ISK) and the thuiszittersoverleg with regisseur and escalation."
  resultaten: "Ch. 9 'Resultaten en kwaliteit' only defers goals and monitoring to a separate quality document in spring 2026."
  ouders: "Ch. 7: informatieavond, folder, website, contactpersoon per school; independent help via Ouder- en Jeugdsteunpunt Noord-Oost, Onderwijsconsulenten, Geschillencommissie."
""",
"po-lingebroek-2025": """documents: [po-lingebroek-2025.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: partial, financien: missing, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 4.1 defines the level for all schools/vestigingen and gives the full standard in a table (four aspects with concrete items); 4.2 two-yearly audit."
  plaatsing: "Ch. 6.1 gives steps, CTB, two deskundigen, 6 weeks, duration, category and LBT; 6.2 'Afwegingskader' only says each case is weighed on its merits and the kader will be updated and published later, so no criteria."
  terugstroom: "Ch. 6.3 gives the end-of-TLV procedure (evaluation by 1 March, new TLV by 1 April, enrolment by 1 May, overdracht, evaluation after 6 weeks), but the terugplaatsingsbeleid is explicitly deferred; figures on terugplaatsingen in ch. 2/8."
  financien: "Ch. 9 only refers to the separate 'Financieel kader Lingebroek 2025-2029' and states generic principles; 'meerjarenbegroting' appears only in TOC and glossary."
  dekkend-aanbod: "Ch. 5 describes the four-layer continuum (observatiegroep, Plusklas, AB, sbo/so); ch. 7 only defers the gap analysis to 2026-2027 and the thuiszitters agreements to the OOGO."
  resultaten: "Ch. 2 achieved figures 2021/2024 and ch. 8 five beoogde resultaten with indicators and targets plus a twice-yearly quality report, jaarverslag and mid-term evaluation."
  ouders: "No information channels for parents and no independent support described; ouders only in the legal list of ch. 1.2 (law text), a visie sentence, and OJSP in the glossary; ch. 12 'Communicatie' is about professionals only."
""",
"vo-beekdal-2025": """documents: [vo-beekdal-2025.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: missing, financien: partial, dekkend-aanbod: partial, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Section 'Basisondersteuning' only announces a herijking in 2025-2026 and refers to the previous plan (2021-2025, not part of the input); the concrete content appears only in the begrippenlijst."
  plaatsing: "Criteria table for vso cluster 3/4, pro and lwoo is present; the procedure (steps, documents, advisers, termijnen) is referred to the 'Routekaart toewijzing' on the website."
  terugstroom: "Section 'Terugplaatsing en overstap' only defers new agreements to 2026 (addendum); 'krijgt meer aandacht' in the change list and the glossary entry are passing mentions."
  financien: "Meerjarenbegroting 2025-2028 table with amounts per category and reserve; the verdeling is referred to the 'Kadernotitie bekostiging 2021' (absent) and under evaluation."
  dekkend-aanbod: "The overview of voorzieningen is referred to the online Sociale kaart (one-sentence sketch only); the thuiszitters section gives a concrete approach (Thuiszittersteam, terms, Onderwijszorgtafel, quarterly gap signalling, zorgplicht) and OOGO/OZA cooperation."
  resultaten: "Monitoring is concrete (quarterly Monitor, school talks, biennial survey, jaarverslag by 1 July, tussenevaluatie 2027); the goals are deferred to the annual jaarplan."
  ouders: "'Voor ouders en leerlingen': ouderpagina, ouderconsulent spreekuur, info evenings, translated folder; independent OJSP Beekdal, Onderwijsconsulenten, Geschillencommissie; 'Ouders' in the site header is navigation only."
""",
"po-duinstreek-2025": """documents: [po-duinstreek-2025.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: missing, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4: one level for all 71 schools set on 5-11-2024 and a visitation cycle, but the seventeen standards are in bijlage 3, which is listed in the TOC and not included; content items appear only in the begrippenlijst."
  plaatsing: "Ch. 5 refers to the two old procedures on archive web pages and defers the harmonised procedure and criteria to spring 2026; the glossary's 'Criteria: zie hoofdstuk 5' points to nothing."
  terugstroom: "Ch. 6 states the policy (TLV not an end station, OPP describes return, conditions, half year of support by sbo/so, terugplaatsingsbudget) but defers how and when return is assessed to the future TLV procedure; target on terugplaatsingen in ch. 9."
  financien: "Ch. 10 gives the verdeelmodel (afdrachten, vaste voet EUR 12.000, EUR 175 per leerling, remainder for SWV tasks); the meerjarenbegroting is deferred and bijlage 2 contains only p.m. cells."
  dekkend-aanbod: "Ch. 7 defers the inventory of the aanbod to 2025-2026 and the thuiszitters convenant to 2026; OOGO agenda with jeugdhulp is also only to be drawn up; 'Dekkend netwerk' glossary entry is a definition only."
  resultaten: "Ch. 9 table with five beoogde resultaten, baselines and 2029 targets; Duinstreek-dashboard twice a year, ALV/OPR discussion, survey, jaarverslag, 2027 evaluation."
  ouders: "Ch. 8: ouderpagina, schoolgids, folder at enrolment, oudercafés, ouderadviseur; Ouder- en Jeugdsteunpunt Kust, Onderwijsconsulenten, Landelijke Klachtencommissie."
""",
"sop-merwe-lyceum-2025": """documents: [sop-merwe-lyceum-2025.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "A single school's schoolondersteuningsprofiel (Merwe Lyceum, locatie Oostpolder) for 2025-2026: it mentions the samenwerkingsverband, basisondersteuning standards, TLV vso, OPDC, OPP, ouders and klachten, but only describes one school's own offer and explicitly refers to the SWV's ondersteuningsplan for procedures, criteria and money."
""",
}

DOCS = [
    ("vo-merwestad-2025", plan_a, "docx", "Ondersteuningsplan 2025-2029 | SWV VO Merwestad", "pagina"),
    ("vo-hunzedal-2025", plan_b, "pdf", "SWV VO Hunzedal – Ondersteuningsplan 2025-2029", "versie 1.3"),
    ("po-lingebroek-2025", plan_c, "docx", "SWV PPO Lingebroek – Ondersteuningsplan 2025-2029", "Kenmerk SWV-LB/2025/014"),
    ("vo-beekdal-2025", plan_d, "html", "Home | Over ons | Ouders | Scholen | Ondersteuningsplan | Contact", None),
    ("po-duinstreek-2025", plan_e, "pdf", "Samen verder langs de kust – Ondersteuningsplan PO Duinstreek", "Basisondersteuning · Terugplaatsing · Ouders · Financiën"),
    ("sop-merwe-lyceum-2025", nearmiss_f, "docx", "Merwe Lyceum – Schoolondersteuningsprofiel 2025-2026", None),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn, fmt, header, footer in DOCS:
        blocks = fn()
        target = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            render_docx(blocks, target, header=header, footer=footer)
        elif fmt == "pdf":
            render_pdf(blocks, target, header=header, footer=footer)
        elif fmt == "html":
            render_html(blocks, target, title=blocks[0][1], header=header)
        (OUT / f"{name}.expected.yaml").write_text(LABELS[name], encoding="utf-8")
        print(f"{target.name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
