#!/usr/bin/env python3
"""Generate the holdout97 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (one PO, four VO) and one near-miss
document (a school's schoolondersteuningsprofiel), each with a label file.

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from a generated .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block markup: list of tuples
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("ol", [items]) ("table", [[header...], [row...], ...])
#   ("toc", [lines]) ("break",)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text):
    doc = Document()
    cp = doc.core_properties  # fixed metadata so the output is byte-stable
    cp.author = "Samenwerkingsverband"
    cp.last_modified_by = "Samenwerkingsverband"
    cp.title = header_text.split("|")[0].strip()
    cp.created = datetime.datetime(2025, 4, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 4, 1, 9, 0, 0)
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            p = doc.add_paragraph()
            p.add_run("Inhoudsopgave").bold = True
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed entry timestamps (deterministic bytes)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(title)}</p>'
           '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p><strong>{e(b[1])}</strong></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Op deze pagina</strong></p><ul>'
                       + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            s = ["<table>", "<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>"]
            for row in rows[1:]:
                s.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            s.append("</table>")
            out.append("".join(s))
        elif kind == "break":
            out.append("<hr>")
    out += ["</main>", f'<footer><p>{e(title)} &middot; Privacyverklaring &middot; Cookies</p></footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout97_mk_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
        "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
        "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, looks_like_plan, criteria, advisory, notes):
    lines = [f"documents: [{', '.join(documents)}]"]
    if sector:
        lines.append(f"sector: {sector}")
    lines.append(f"looks_like_plan: {'true' if looks_like_plan else 'false'}")
    if looks_like_plan:
        assert sorted(criteria) == sorted(CORE), name
        st = status_from(criteria, advisory)
        lines.append("elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}")
        lines.append("criteria:")
        for c in CORE:
            lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
        lines.append("advisory_addressed:")
        for el in ELEMENTS:
            if advisory.get(el):
                lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {q(v)}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ===========================================================================
# Plan 1 - VO, .docx - Samenwerkingsverband VO Lindeveld (VO 24-07)
# formal numbered house style; terugstroom procedure deferred; resultaten
# monitoring deferred; ouders inside "Communicatie"; financien complete.
# ===========================================================================

def plan_lindeveld():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("sub", "Samenwerkingsverband Voortgezet Onderwijs Lindeveld (VO 24-07)"),
          ("p", "Vastgesteld door het algemeen bestuur op 9 april 2025, na instemming van de "
                "ondersteuningsplanraad op 25 maart 2025 en na op overeenstemming gericht overleg met "
                "de gemeenten Lindeveld, Oosterbroek en Haveland op 18 maart 2025."),
          ("p", "Planperiode: 1 augustus 2025 tot en met 31 juli 2029."),
          ("break",)]
    B += [("toc", [
        "1 Voorwoord ........................................................ 3",
        "2 Inleiding en wettelijk kader ..................................... 4",
        "3 Terugblik op de planperiode 2021-2025 ............................ 5",
        "4 Missie, visie en ambities ........................................ 6",
        "5 Basisondersteuning ................................................ 8",
        "6 Extra ondersteuning en het dekkend aanbod ......................... 10",
        "7 Toewijzing en toelaatbaarheid (vso, pro, lwoo) .................... 13",
        "   7.6 Terugplaatsing en overplaatsing .............................. 16",
        "8 Thuiszitters en verzuim ........................................... 17",
        "9 Kwaliteitszorg en beoogde resultaten .............................. 18",
        "10 Communicatie ..................................................... 20",
        "11 Organisatie, governance en medezeggenschap ....................... 21",
        "12 Personeel ........................................................ 23",
        "13 Samenwerking met gemeenten en jeugdhulp (OOGO) ................... 24",
        "14 Financiën ........................................................ 25",
        "15 Planning en jaarcyclus ........................................... 28",
        "Bijlage 1 Begrippenlijst ............................................ 29"]),
        ("break",)]
    B += [("h1", "1 Voorwoord"),
          ("p", "Voor u ligt het ondersteuningsplan 2025-2029 van het Samenwerkingsverband Voortgezet "
                "Onderwijs Lindeveld. Het is het derde ondersteuningsplan sinds de invoering van passend "
                "onderwijs in 2014. In de afgelopen jaren is er veel bereikt, maar we zijn er nog niet. Nog "
                "steeds zijn er jongeren die niet de plek vinden die bij hen past, en nog steeds ervaren "
                "ouders en leraren dat de weg naar ondersteuning soms lang en ingewikkeld is."),
          ("p", "Dit plan is tot stand gekomen in nauwe samenwerking met de schoolbesturen, de directeuren en "
                "ondersteuningscoördinatoren van de scholen, de ondersteuningsplanraad en onze partners in de "
                "gemeenten. In het najaar van 2024 hebben we vier werkateliers georganiseerd waaraan ruim "
                "negentig mensen deelnamen: leraren, mentoren, ouders, leerlingen, jeugdprofessionals en "
                "beleidsmedewerkers. Hun inbreng is in dit plan verwerkt. Wij danken iedereen die heeft "
                "meegedacht en meegeschreven."),
          ("p", "Het plan beschrijft de hoofdlijnen. Ieder jaar werken we het uit in een jaarplan met een "
                "jaarbegroting, die na advies van de ondersteuningsplanraad door het algemeen bestuur worden "
                "vastgesteld. Zo blijft het plan een levend document."),
          ("p", "Mr. drs. H.J. van Ommeren, directeur-bestuurder")]
    B += [("h1", "2 Inleiding en wettelijk kader"),
          ("p", "Het samenwerkingsverband is een stichting waarin elf schoolbesturen samenwerken. Samen zijn "
                "zij verantwoordelijk voor zestien scholen voor voortgezet onderwijs met in totaal 24 "
                "vestigingen, twee scholen voor praktijkonderwijs en drie scholen voor voortgezet speciaal "
                "onderwijs (vso) in de regio. Op 1 oktober 2024 telde de regio 13.480 leerlingen in het vo en "
                "412 leerlingen in het vso."),
          ("p", "Op grond van artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en "
                "volgende van de WVO 2020) stelt het samenwerkingsverband ten minste eens per vier jaar een "
                "ondersteuningsplan vast. De wet schrijft voor welke onderwerpen het plan ten minste bevat. In "
                "de hoofdstukken hierna komen deze onderwerpen aan bod. Het plan is op 25 maart 2025 met "
                "instemming van de ondersteuningsplanraad (OPR) vastgesteld en vóór 1 mei 2025 aan de "
                "Inspectie van het Onderwijs gezonden."),
          ("p", "Leeswijzer. Hoofdstuk 3 blikt terug op de vorige planperiode. In hoofdstuk 4 beschrijven we "
                "onze missie en visie. De hoofdstukken 5 tot en met 8 gaan over de ondersteuning zelf: wat elke "
                "school biedt, welke extra ondersteuning er is, hoe de toewijzing en toelaatbaarheid geregeld "
                "zijn en hoe we thuiszitten voorkomen. Hoofdstuk 9 gaat over kwaliteit, hoofdstuk 10 over "
                "communicatie, de hoofdstukken 11 tot en met 13 over organisatie en samenwerking en "
                "hoofdstuk 14 over de financiën.")]
    B += [("h1", "3 Terugblik op de planperiode 2021-2025"),
          ("p", "De afgelopen planperiode stond in het teken van de gevolgen van de coronapandemie, een "
                "groeiend lerarentekort en de toenemende vraag naar ondersteuning op het snijvlak van "
                "onderwijs en jeugdhulp. Desondanks hebben we belangrijke stappen gezet."),
          ("ul", ["Het OPDC De Overstap is in 2022 verhuisd naar een nieuw gebouw aan de Stationsweg in "
                  "Lindeveld, waardoor het aantal plaatsen kon worden uitgebreid.",
                  "De Internationale Schakelklas (ISK) is uitgebreid met een tweede locatie in Haveland, "
                  "nodig door de toestroom van nieuwkomers.",
                  "Samen met de gemeenten is de thuiszitterstafel opgezet.",
                  "Alle scholen hebben een nieuw schoolondersteuningsprofiel opgesteld.",
                  "Het loket van het samenwerkingsverband is gedigitaliseerd; aanvragen verlopen sinds 2023 "
                  "via een beveiligde omgeving.",
                  "Er zijn twee netwerken opgericht: een netwerk ondersteuningscoördinatoren en een netwerk "
                  "mentoren."]),
          ("p", "In de evaluatie met de OPR en de besturen kwam naar voren dat scholen meer duidelijkheid "
                "willen over wat er van hen verwacht wordt, dat ouders het samenwerkingsverband nog te weinig "
                "kennen en dat de overgang van het vso naar het regulier onderwijs meer aandacht vraagt. Deze "
                "punten hebben we in dit plan meegenomen.")]
    B += [("h1", "4 Missie, visie en ambities"),
          ("h2", "4.1 Missie"),
          ("p", "Elke jongere in de regio Lindeveld krijgt het onderwijs en de ondersteuning die nodig zijn "
                "om zich te ontwikkelen tot een zelfstandige en betrokken volwassene, zo dicht mogelijk bij "
                "huis en zo regulier als mogelijk."),
          ("h2", "4.2 Visie"),
          ("p", "Wij geloven dat passend onderwijs begint in de klas, bij de mentor en de vakdocent die de "
                "leerling kennen. Ondersteuning is geen doel op zich, maar een middel om leerlingen te laten "
                "leren. Scholen zijn samen verantwoordelijk voor alle leerlingen in de regio. Ouders zijn "
                "partners: zij kennen hun kind het beste. Leerlingen praten mee over hun eigen ontwikkeling. "
                "Waar onderwijs en zorg elkaar raken, werken we samen met de gemeenten en de jeugdhulp, zodat "
                "een jongere niet tussen wal en schip valt."),
          ("p", "We werken vanuit vertrouwen. Het samenwerkingsverband is er om scholen te ondersteunen en "
                "te verbinden, niet om hun werk over te nemen. De middelen voor passend onderwijs zetten we zo "
                "dicht mogelijk bij de leerling in."),
          ("h2", "4.3 Ambities voor 2025-2029"),
          ("ol", ["Alle scholen bieden aantoonbaar de afgesproken basisondersteuning.",
                  "Het aanbod in de regio is dekkend: er zijn geen leerlingen die langer dan vier weken "
                  "zonder passend onderwijsaanbod thuis zitten.",
                  "De overgang tussen vso en regulier onderwijs verloopt soepel.",
                  "Ouders weten de weg naar informatie en onafhankelijke ondersteuning te vinden.",
                  "De middelen worden doelmatig en transparant ingezet."])]
    B += [("h1", "5 Basisondersteuning"),
          ("h2", "5.1 Wat verstaan wij onder basisondersteuning?"),
          ("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies die "
                "binnen de onderwijsondersteuningsstructuur van de school planmatig en op een overeengekomen "
                "kwaliteitsniveau worden uitgevoerd. De schoolbesturen in Lindeveld hebben afgesproken dat "
                "iedere vestiging van iedere aangesloten school voor vmbo, havo en vwo ten minste het "
                "onderstaande niveau biedt. Dit is de ondergrens: een school mag meer bieden, maar niet minder. "
                "Ouders en leerlingen kunnen op elke vestiging op deze ondersteuning rekenen, zonder dat "
                "daarvoor een aanvraag bij het samenwerkingsverband nodig is. Voor de scholen voor "
                "praktijkonderwijs gelden dezelfde standaarden, aangevuld met de eisen uit het "
                "Referentiekader praktijkonderwijs."),
          ("h2", "5.2 De standaarden"),
          ("table", [["Domein", "Wat elke vestiging minimaal biedt"],
                     ["Ondersteuningsstructuur", "Een ondersteuningscoördinator met ten minste 0,4 fte per "
                      "500 leerlingen; een intern ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt; "
                      "een vaste contactpersoon van het samenwerkingsverband."],
                     ["Mentoraat", "Iedere leerling heeft een mentor; in leerjaar 1 en 2 ten minste één "
                      "mentoruur per week en drie gesprekken per jaar met leerling en ouders."],
                     ["Leren", "Dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                      "faciliteiten (extra tijd, voorleessoftware, vergroot lettertype); huiswerkbegeleiding "
                      "of een huiswerkklas; begeleiding bij executieve functies (plannen en organiseren)."],
                     ["Sociaal-emotioneel", "Een training faalangstreductie en een sociale-vaardigheidstraining "
                      "op de school zelf of bij een partnerschool; een anti-pestprotocol en een "
                      "anti-pestcoördinator; een time-outvoorziening met begeleiding."],
                     ["Gedrag", "Een schoolbreed gedragsbeleid (positive behaviour support of vergelijkbaar); "
                      "een aanpak voor check-in/check-out voor leerlingen die dat nodig hebben."],
                     ["Expertise", "Toegang tot een orthopedagoog of psycholoog (eigen dienst of via het "
                      "bestuur) voor consultatie en handelingsgerichte diagnostiek; een schoolmaatschappelijk "
                      "werker; jeugdarts en jeugdverpleegkundige via de GGD."],
                     ["Medisch", "Een protocol medisch handelen en aangepaste faciliteiten bij tijdelijke "
                      "lichamelijke beperkingen."],
                     ["Verzuim", "Een verzuimprotocol met melding aan leerplicht binnen de wettelijke termijn "
                      "en inzet van de jeugdarts bij zorgwekkend ziekteverzuim."]]),
          ("h2", "5.3 Borging"),
          ("p", "Elke school beschrijft in het schoolondersteuningsprofiel hoe zij de standaarden invult. Het "
                "samenwerkingsverband voert elke twee jaar per vestiging een audit basisondersteuning uit, "
                "samen met een collega-ondersteuningscoördinator van een andere school. Voldoet een vestiging "
                "op een onderdeel niet, dan stelt de school binnen drie maanden een verbeterplan op dat de "
                "directeur-bestuurder met het schoolbestuur bespreekt. De uitkomsten van de audits worden "
                "opgenomen in het jaarverslag.")]
    B += [("h1", "6 Extra ondersteuning en het dekkend aanbod"),
          ("h2", "6.1 Het ondersteuningscontinuüm"),
          ("p", "Wanneer de basisondersteuning niet toereikend is, zijn er in de regio verschillende vormen "
                "van extra ondersteuning. Wij onderscheiden vier niveaus, die samen het ondersteuningscontinuüm "
                "vormen:"),
          ("ul", ["Niveau 1 - basisondersteuning op iedere vestiging (hoofdstuk 5).",
                  "Niveau 2 - extra ondersteuning op de eigen school, met een arrangement dat de school inzet "
                  "uit de middelen die zij van het samenwerkingsverband ontvangt, bijvoorbeeld een "
                  "trajectvoorziening, een kleine klas of individuele begeleiding door een ambulant begeleider. "
                  "De leerling heeft dan een ontwikkelingsperspectiefplan (OPP).",
                  "Niveau 3 - bovenschoolse voorzieningen: het OPDC De Overstap (tijdelijke plaatsing van "
                  "12 tot maximaal 24 weken, de leerling blijft ingeschreven op de eigen school), de ISK voor "
                  "nieuwkomers in Lindeveld en Haveland, het onderwijs-zorgarrangement Tussenstap voor "
                  "leerlingen die naast onderwijs intensieve jeugdhulp nodig hebben, en het "
                  "praktijkonderwijs.",
                  "Niveau 4 - voortgezet speciaal onderwijs (vso) met een toelaatbaarheidsverklaring van het "
                  "samenwerkingsverband: De Kempenaer (cluster 4), Het Palet (cluster 3, ZML en LZ/LG) en "
                  "de vso-afdeling van Mytylschool Oosterbroek."]),
          ("p", "Binnen de scholen is er een aantal specialisaties. Het Stedelijk College heeft een "
                "havo/vwo-afdeling voor leerlingen met autisme (Plus-stroom, 60 plaatsen). Het Oosterbroek "
                "Lyceum biedt een voorziening voor hoogbegaafde leerlingen. Het Vakcollege Haveland heeft "
                "kleine klassen in het vmbo-basis en -kader voor leerlingen met lwoo."),
          ("h2", "6.2 Zorgen dat het aanbod dekkend is"),
          ("p", "Het samenwerkingsverband maakt elk jaar in januari een analyse van het dekkend aanbod. "
                "Daarvoor gebruiken we de wachtlijsten van het OPDC en de vso-scholen, de meldingen van de "
                "thuiszitterstafel, de aanvragen die het loket niet kon honoreren en de signalen van "
                "leerplicht en de jeugdteams. De uitkomsten worden besproken in het directeurenoverleg. Waar "
                "een tekort blijkt, stelt de directeur-bestuurder binnen drie maanden een voorstel op voor een "
                "nieuwe of aangepaste voorziening. In de analyse van januari 2025 zijn twee lacunes gevonden: "
                "er is geen passend aanbod voor havo/vwo-leerlingen met een combinatie van hoogbegaafdheid en "
                "psychiatrische problematiek, en de wachttijd voor De Kempenaer liep op tot vijftien weken. "
                "Voor de eerste groep start in augustus 2026 een kleinschalige voorziening bij het Oosterbroek "
                "Lyceum; voor De Kempenaer is met het bestuur afgesproken dat de capaciteit met twaalf plaatsen "
                "wordt uitgebreid."),
          ("p", "Zorgplicht. Scholen hebben zorgplicht voor leerlingen die bij hen zijn aangemeld. Lukt het "
                "een school niet om binnen zes weken (met een mogelijke verlenging van vier weken) een passende "
                "plek te vinden, dan schakelt zij de consulent van het samenwerkingsverband in. De consulent "
                "organiseert binnen tien werkdagen een plaatsingsoverleg met de betrokken scholen. Komen de "
                "scholen er niet uit, dan wijst de directeur-bestuurder op grond van de afspraken in het "
                "convenant zorgplicht een school aan."),
          ("h2", "6.3 Onderwijs en jeugdhulp"),
          ("p", "Op iedere school is een jeugdprofessional van het gemeentelijk jeugdteam aanwezig. Samen met "
                "de gemeenten financieren we het onderwijs-zorgarrangement Tussenstap. Afspraken hierover zijn "
                "vastgelegd in het OOGO (hoofdstuk 13).")]
    B += [("h1", "7 Toewijzing en toelaatbaarheid (vso, pro, lwoo)"),
          ("h2", "7.1 Het loket"),
          ("p", "Alle aanvragen voor toewijzing van extra ondersteuning en voor toelaatbaarheid lopen via het "
                "loket van het samenwerkingsverband. Het loket wordt bemenst door twee consulenten en een "
                "secretaris. Het loket toetst of een aanvraag volledig is en legt haar voor aan de Commissie "
                "Toelaatbaarheid (CTL)."),
          ("h2", "7.2 Toelaatbaarheid tot het vso"),
          ("p", "De aanvraag voor een toelaatbaarheidsverklaring (TLV) vso wordt ingediend door het bevoegd "
                "gezag van de school waar de leerling is ingeschreven of aangemeld. De aanvraag bevat het "
                "groeidocument met het OPP, de evaluatie van de ingezette ondersteuning, een verslag van het "
                "multidisciplinair overleg en de zienswijze van de ouders en, vanaf twaalf jaar, van de "
                "leerling. Het loket vraagt vervolgens advies aan twee deskundigen: een orthopedagoog of "
                "psycholoog en, afhankelijk van de hulpvraag, een tweede deskundige (een kinder- en "
                "jeugdpsychiater, een maatschappelijk werker, een arts of een pedagoog). Beide deskundigen "
                "brengen een eigen schriftelijk advies uit en zijn niet betrokken geweest bij de aanvraag. De "
                "CTL besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders ontvangen een "
                "afschrift van de deskundigenadviezen."),
          ("p", "Criteria. Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is "
                "voldaan:"),
          ("ol", ["de ondersteuningsbehoefte van de leerling is vastgelegd in een actueel OPP;",
                  "de school heeft de basisondersteuning en ten minste één arrangement (niveau 2 of 3) "
                  "gedurende minimaal twee evaluatiecycli ingezet en geëvalueerd, of uit het "
                  "deskundigenadvies blijkt dat dit aantoonbaar niet zinvol is;",
                  "de onderwijsbehoefte van de leerling vraagt een combinatie van kleine groep, aangepast "
                  "programma en intensieve specialistische begeleiding gedurende de hele schooldag, die "
                  "niet binnen een reguliere school en niet binnen een bovenschoolse voorziening kan worden "
                  "geboden;",
                  "beide deskundigen adviseren positief."]),
          ("p", "Duur en categorie. Een TLV vso wordt in de regel afgegeven voor twee schooljaren, met een "
                "einddatum van 31 juli. Voor leerlingen met een ernstige meervoudige beperking of een "
                "structureel ZML-profiel kan de TLV gelden tot het einde van de leerplicht. De CTL bepaalt de "
                "bekostigingscategorie: laag, tenzij de leerling lichamelijk gehandicapt of langdurig ziek is "
                "(midden) of meervoudig gehandicapt (hoog)."),
          ("h2", "7.3 Praktijkonderwijs"),
          ("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen "
                "55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier "
                "domeinen, waarvan één begrijpend lezen of inrekenen/wiskunde is, en een sociaal-emotionele "
                "problematiek die het volgen van een vmbo-programma belemmert. De school voor "
                "praktijkonderwijs dient de aanvraag in bij het loket met het onderwijskundig rapport en de "
                "testgegevens. Het loket toetst de aanvraag aan de criteria en de CTL besluit binnen vier "
                "weken. Een TLV pro geldt voor de gehele schoolloopbaan in het praktijkonderwijs."),
          ("h2", "7.4 Leerwegondersteunend onderwijs"),
          ("p", "Lindeveld hanteert de landelijke criteria voor lwoo (geen opting out): een IQ tussen 75 en 90 "
                "met een leerachterstand van 1,5 tot 3 jaar op ten minste twee domeinen, of een IQ tussen 91 "
                "en 120 met dezelfde leerachterstand en sociaal-emotionele problematiek. De vo-school dient "
                "uiterlijk 1 maart de aanvraag in; het loket beoordeelt de aanvraag en de CTL besluit uiterlijk "
                "op 1 mei, zodat de aanwijzing bekend is voor de start van het schooljaar. Een aanwijzing lwoo "
                "geldt voor de duur van de opleiding in het vmbo."),
          ("h2", "7.5 Bezwaar"),
          ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen zes weken "
                "bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de "
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur "
                "adviseert. Daarna staat beroep open bij de rechtbank."),
          ("h2", "7.6 Terugplaatsing en overplaatsing"),
          ("p", "Het samenwerkingsverband gaat ervan uit dat plaatsing in het vso voor veel leerlingen "
                "tijdelijk is. Ons beleid is dat een leerling terugkeert naar het regulier voortgezet "
                "onderwijs zodra zijn ontwikkeling dat toelaat, bij voorkeur op een school dicht bij huis en "
                "bij voorkeur bij de start van een schooljaar of na afronding van een leerjaar. Een "
                "terugplaatsing gebeurt alleen met instemming van ouders en leerling. De ontvangende school "
                "krijgt voor de leerling een terugkeerarrangement van maximaal één schooljaar, waarin een "
                "ambulant begeleider van de vso-school de leerling en de mentor begeleidt. Het "
                "samenwerkingsverband bekostigt dit arrangement volledig uit de middelen voor zware "
                "ondersteuning."),
          ("p", "Het protocol terugplaatsing, met de stappen, de rolverdeling tussen vso-school, ontvangende "
                "school en samenwerkingsverband en de evaluatiemomenten rond het aflopen van de TLV, werken we "
                "in het schooljaar 2025-2026 samen met de drie vso-scholen uit. Tot die tijd wordt per "
                "leerling bekeken wat nodig is.")]
    B += [("h1", "8 Thuiszitters en verzuim"),
          ("p", "Elke leerling die niet naar school gaat, is er één te veel. De thuiszitterstafel komt elke "
                "maand bijeen en bestaat uit de consulent van het samenwerkingsverband, de leerplichtambtenaar, "
                "een medewerker van het jeugdteam en de jeugdarts. De school meldt een leerling die langer dan "
                "vier weken geen onderwijs volgt. De tafel stelt binnen twee weken een plan op met een "
                "eigenaar en een datum waarop de leerling weer (gedeeltelijk) onderwijs volgt. Als partijen "
                "het niet eens worden, beslist de directeur-bestuurder (doorzettingsmacht)."),
          ("p", "Daarnaast werken we met de gemeenten aan het terugdringen van vrijstellingen van de "
                "leerplicht op grond van artikel 5 onder a van de Leerplichtwet. Voor deze jongeren zoeken we "
                "samen met zorgaanbieders naar een combinatie van onderwijs en dagbesteding.")]
    B += [("h1", "9 Kwaliteitszorg en beoogde resultaten"),
          ("p", "Kwaliteitszorg is voor het samenwerkingsverband een gezamenlijke verantwoordelijkheid van "
                "bestuur, scholen en bureau. We willen leren van wat goed gaat en van wat beter kan. Voor de "
                "planperiode hebben we de volgende beoogde resultaten vastgesteld:"),
          ("table", [["Resultaatgebied", "Beoogd resultaat in 2029"],
                     ["Thuiszitters", "Minder dan 10 leerlingen zitten op enig moment langer dan vier weken "
                      "thuis zonder onderwijsaanbod."],
                     ["Deelname vso", "Het deelnamepercentage vso daalt van 3,0% naar ten hoogste 2,7%, "
                      "zonder dat het aantal thuiszitters stijgt."],
                     ["Basisondersteuning", "Alle 24 vestigingen voldoen bij de audit aan alle standaarden."],
                     ["Doorlooptijd", "90% van de TLV-aanvragen is binnen zes weken afgehandeld."],
                     ["Terugkeer", "Ten minste 15 vso-leerlingen per jaar stromen terug naar het regulier "
                      "onderwijs of stromen door naar het mbo met een diploma of certificaat."],
                     ["Tevredenheid", "Ouders geven de ondersteuning op school gemiddeld ten minste een 7,5."]]),
          ("p", "Hoe we de voortgang op deze resultaten gaan volgen, welke bronnen we daarvoor gebruiken en "
                "hoe we erover rapporteren, leggen we vast in een monitoringskader. Dat kader wordt in de "
                "loop van het schooljaar 2025-2026 ontwikkeld en aan het algemeen bestuur voorgelegd.")]
    B += [("h1", "10 Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met scholen, "
                "besturen, gemeenten, ouders en leerlingen."),
          ("h2", "10.1 Informatie voor ouders en leerlingen"),
          ("p", "Ouders vinden op de website van het samenwerkingsverband een aparte ouderpagina met uitleg "
                "over de basisondersteuning, de extra ondersteuning, het OPDC, het vso, lwoo en pro, en de "
                "aanvraagprocedures. Bij de aanmelding in groep 8 ontvangen alle ouders de folder "
                "'Passend onderwijs in Lindeveld' (ook in het Engels, Arabisch, Turks en Oekraïens). Iedere "
                "school neemt haar schoolondersteuningsprofiel op in de schoolgids en op de schoolwebsite. "
                "Twee keer per jaar organiseren we een informatieavond voor ouders, in het voorjaar over de "
                "overstap naar het vo en in het najaar over ondersteuning in het vo. Ouders kunnen met vragen "
                "over ondersteuning ook rechtstreeks contact opnemen met de consulenten van het loket."),
          ("h2", "10.2 Onafhankelijke ondersteuning"),
          ("p", "Soms hebben ouders behoefte aan iemand die niet aan de school of het samenwerkingsverband "
                "verbonden is. Samen met SWV PO Lindeveld financieren we het Ouder- en Jeugdsteunpunt "
                "Lindeveld. Het steunpunt is onafhankelijk, staat alleen voor het belang van de leerling en "
                "is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in de bibliotheek. Ouders "
                "kunnen daarnaast kosteloos een beroep doen op de Onderwijsconsulenten. Bij een geschil over "
                "toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie "
                "passend onderwijs; klachten over het samenwerkingsverband behandelt de landelijke "
                "klachtencommissie waarbij wij zijn aangesloten."),
          ("h2", "10.3 Communicatie met scholen"),
          ("p", "Scholen ontvangen zes keer per jaar de nieuwsbrief van het samenwerkingsverband. Het netwerk "
                "ondersteuningscoördinatoren komt vijf keer per jaar bijeen. Voor leraren en mentoren "
                "organiseren we jaarlijks een congres.")]
    B += [("h1", "11 Organisatie, governance en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een stichting met een algemeen bestuur waarin alle elf "
                "schoolbesturen zitting hebben, en een directeur-bestuurder die de dagelijkse leiding heeft. "
                "Het toezicht is belegd bij het algemeen bestuur (intern toezichtmodel, 'one-tier'). Het "
                "toezichtkader is in 2023 geactualiseerd. Het algemeen bestuur vergadert vijf keer per jaar; "
                "twee leden vormen de auditcommissie."),
          ("p", "Het bureau van het samenwerkingsverband telt 14,2 fte: de directeur-bestuurder, een "
                "beleidsmedewerker, een controller (0,6 fte), twee consulenten, een secretaris van het loket, "
                "twee orthopedagogen, een medewerker communicatie (0,5 fte) en de teamleider en staf van het "
                "OPDC."),
          ("p", "De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders of leerlingen en zes "
                "personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft "
                "instemmingsrecht op het ondersteuningsplan en adviesrecht op de begroting. De OPR vergadert "
                "zes keer per jaar, waarvan eenmaal met het algemeen bestuur. Daarnaast heeft het "
                "samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau en het "
                "OPDC."),
          ("p", "Privacy. Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen voor zover "
                "dat nodig is voor de toewijzing van ondersteuning en de beslissingen over toelaatbaarheid. "
                "Dossiers worden tot drie jaar na het besluit bewaard. Er is een functionaris "
                "gegevensbescherming aangesteld.")]
    B += [("h1", "12 Personeel"),
          ("p", "Passend onderwijs staat of valt met de leraar. Het lerarentekort raakt ook de ondersteuning: "
                "op meerdere scholen zijn vacatures voor ondersteuningscoördinatoren en orthopedagogen "
                "moeilijk te vervullen. We investeren daarom in professionalisering. Jaarlijks bieden we een "
                "scholingsaanbod aan voor mentoren (gesprekstechnieken, signaleren), voor "
                "ondersteuningscoördinatoren (handelingsgericht werken, OPP) en voor teams (omgaan met "
                "gedrag). Medewerkers van het OPDC en het bureau vallen onder de cao vo. De formatie van het "
                "bureau blijft in de planperiode gelijk; de formatie van het OPDC beweegt mee met het aantal "
                "plaatsen."),
          ("p", "ICT. Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor aanvragen en "
                "dossiers. In 2026 wordt deze omgeving gekoppeld aan de leerlingadministratiesystemen van de "
                "scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd.")]
    B += [("h1", "13 Samenwerking met gemeenten en jeugdhulp (OOGO)"),
          ("p", "Het op overeenstemming gericht overleg met de drie gemeenten vond plaats op 18 maart 2025. "
                "De gemeenten en het samenwerkingsverband hebben afspraken gemaakt over de jeugdprofessional in "
                "school, het onderwijs-zorgarrangement Tussenstap, leerlingenvervoer naar het vso, "
                "onderwijshuisvesting van het OPDC, de thuiszitterstafel en de aansluiting op het mbo en de "
                "arbeidsmarkt voor leerlingen uit pro en vso. Het OOGO wordt jaarlijks in oktober herhaald. "
                "Met SWV PO Lindeveld is op 12 februari 2025 overleg gevoerd over het concept, met name over de "
                "overstap van het primair naar het voortgezet onderwijs.")]
    B += [("h1", "14 Financiën"),
          ("h2", "14.1 Inkomsten"),
          ("p", "Het samenwerkingsverband ontvangt van DUO middelen voor lichte ondersteuning (inclusief "
                "lwoo en pro) en middelen voor zware ondersteuning. Op de middelen voor zware ondersteuning "
                "worden de kosten van het vso (afdrachten aan DUO op basis van de teldatum 1 oktober en de "
                "groeiregeling op 1 februari) ingehouden."),
          ("h2", "14.2 Verdeling"),
          ("p", "Het algemeen bestuur heeft het volgende verdeelmodel vastgesteld, dat voor de gehele "
                "planperiode geldt:"),
          ("ul", ["Lwoo en pro: de middelen voor lwoo worden verdeeld naar rato van het aantal leerlingen met "
                  "een aanwijzing lwoo op 1 oktober van het voorgaande jaar; de middelen pro gaan volledig naar "
                  "de twee scholen voor praktijkonderwijs op basis van hun leerlingaantal.",
                  "Schoolbudget: iedere school ontvangt een vaste voet van € 25.000 per vestiging plus € 152 "
                  "per leerling (teldatum 1 oktober van het voorgaande jaar) voor basis- en extra "
                  "ondersteuning op niveau 1 en 2.",
                  "Bovenschoolse voorzieningen: het samenwerkingsverband bekostigt het OPDC, de "
                  "thuiszitterstafel, het onderwijs-zorgarrangement Tussenstap (samen met de gemeenten) en het "
                  "terugkeerarrangement.",
                  "Individuele arrangementen: voor leerlingen die meer nodig hebben dan de school uit het "
                  "schoolbudget kan bieden, kan de school via het loket een arrangement aanvragen. Het loket "
                  "beslist binnen vier weken aan de hand van de criteria in het arrangementenkader; het "
                  "maximum per arrangement is € 9.500 per schooljaar."]),
          ("h2", "14.3 Meerjarenbegroting"),
          ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten lichte ondersteuning (incl. lwoo en pro)", "9.870", "9.720", "9.580", "9.450"],
                     ["Baten zware ondersteuning", "8.940", "8.810", "8.690", "8.560"],
                     ["Af: afdrachten vso (DUO)", "-6.420", "-6.380", "-6.300", "-6.250"],
                     ["Totaal beschikbaar", "12.390", "12.150", "11.970", "11.760"],
                     ["Lwoo en pro naar scholen", "7.610", "7.500", "7.390", "7.290"],
                     ["Schoolbudgetten (vaste voet en per leerling)", "2.650", "2.620", "2.590", "2.560"],
                     ["OPDC De Overstap", "980", "990", "1.000", "1.010"],
                     ["Individuele arrangementen en terugkeerarrangement", "520", "500", "490", "480"],
                     ["Tussenstap en thuiszitterstafel", "210", "210", "210", "210"],
                     ["Bureau, loket en deskundigen", "640", "650", "660", "670"],
                     ["Professionalisering en netwerken", "90", "90", "80", "80"],
                     ["Resultaat", "-310", "-410", "-450", "-540"]]),
          ("p", "De negatieve resultaten zijn bewust begroot: het samenwerkingsverband bouwt de reserves af "
                "die boven de signaleringswaarde liggen. Eind 2024 bedroeg de algemene reserve € 3,1 miljoen; "
                "eind 2028 is dit naar verwachting € 1,4 miljoen, wat overeenkomt met een weerstandsvermogen "
                "van ruim 7%, binnen de bandbreedte van 5 tot 10% die het bestuur hanteert."),
          ("h2", "14.4 Verantwoording"),
          ("p", "Scholen verantwoorden jaarlijks vóór 1 maart de besteding van het schoolbudget en de "
                "arrangementen met een vast format, waarin zij aangeven welke ondersteuning zij hebben "
                "ingezet en voor hoeveel leerlingen. De controller analyseert de verantwoordingen en bespreekt "
                "afwijkingen met het betreffende bestuur.")]
    B += [("h1", "15 Planning en jaarcyclus"),
          ("table", [["Periode", "Activiteit"],
                     ["september-oktober", "OOGO met de gemeenten; teldatum 1 oktober"],
                     ["november", "jaarbegroting en jaarplan in het algemeen bestuur; advies OPR"],
                     ["januari", "analyse dekkend aanbod"],
                     ["maart", "verantwoording schoolbudgetten; aanvragen lwoo"],
                     ["mei", "jaarverslag en jaarrekening vorig kalenderjaar"],
                     ["juni", "evaluatie jaarplan met directeuren en OPR"]]),
          ("p", "In het voorjaar van 2027 voeren we een tussenevaluatie van dit plan uit. Als daaruit blijkt "
                "dat bijstelling nodig is, leggen we een gewijzigd plan ter instemming voor aan de OPR.")]
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                     ["CTL", "Commissie Toelaatbaarheid van het samenwerkingsverband."],
                     ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waarmee voor iedere leerling "
                      "een passende plek beschikbaar is."],
                     ["ISK", "Internationale Schakelklas voor nieuwkomers."],
                     ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["OPP", "Ontwikkelingsperspectiefplan."],
                     ["OPR", "Ondersteuningsplanraad."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier vo."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Vso", "Voortgezet speciaal onderwijs."]])]
    return B


def label_lindeveld(name, docs):
    crit = {c: True for c in CORE}
    crit["terugstroom.procedure"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"],
           "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5: agreed minimum for every vestiging plus a table of standards; borging via two-yearly audit (5.3).",
        "plaatsing": "H7: TLV vso via loket/CTL with dossier, two deskundigen, 6 weeks, criteria list, duration/categorie, pro and lwoo criteria+procedure, bezwaar via LBT.",
        "terugstroom": "Only inside TLV chapter 7.6: policy (tijdelijk, thuisnabij, terugkeerarrangement funded by SWV) is there, but the protocol with steps/roles/evaluation moments is deferred to 2025-2026.",
        "financien": "H14: verdeelmodel with vaste voet EUR 25.000 and EUR 152 per leerling, arrangement criteria; meerjarenbegroting 2025-2028 table; reserves and verantwoording.",
        "dekkend-aanbod": "H6: four-level continuum (OPDC, ISK, Tussenstap, vso), yearly January gap analysis with found lacunes and actions, zorgplicht escalation; thuiszitterstafel H8.",
        "resultaten": "H9: table of beoogde resultaten with targets, but how results are monitored/reported is deferred to a monitoringskader to be developed in 2025-2026; terugblik H3 lists activities, not results.",
        "ouders": "Under H10 'Communicatie': ouderpagina, folder, SOP in schoolgids, info evenings; independent help via Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie.",
    }
    write_label(name, docs, "vo", True, crit, adv, notes)


# ===========================================================================
# Plan 2 - VO, .pdf - Passend Onderwijs Westerdijk (VO 22-14)
# informal "we" house style, chapters as questions. Basisondersteuning
# standards only in an absent annex; TLV criteria referred to website;
# terugplaatsing fully inside the TLV chapter; money under "Geld en middelen"
# without amounts; no results; parents only in passing.
# ===========================================================================

def plan_westerdijk():
    B = []
    B += [("title", "Samen sterk voor elke leerling"),
          ("sub", "Ondersteuningsplan 2025-2029 - Passend Onderwijs Westerdijk, samenwerkingsverband VO 22-14"),
          ("p", "Regio Westerdijk, Zoutkamp, Marrum-Oost en Ee. Versie 1.3, definitief."),
          ("break",)]
    B += [("toc", [
        "Voorwoord",
        "1. Waar staan we?",
        "2. Onze koers 2025-2029",
        "3. Wat krijgt elke leerling? Basisondersteuning",
        "4. Meer dan de basis: arrangementen, voorzieningen en een dekkend netwerk",
        "5. Toelaatbaarheid: vso, praktijkonderwijs en lwoo",
        "   5.5 Terug naar het regulier voortgezet onderwijs",
        "6. Samen met de gemeenten",
        "7. Organisatie en medezeggenschap",
        "8. Geld en middelen",
        "9. Mensen en professionalisering",
        "10. Communicatie en ICT",
        "Bijlagen: 1 Begrippenlijst - 2 Standaarden basisondersteuning - 3 Jaarbegroting 2025 - "
        "4 Ouders en onafhankelijke ondersteuning - 5 Resultaten en monitor"]),
        ("break",)]
    B += [("h1", "Voorwoord"),
          ("p", "Waarom een nieuw ondersteuningsplan? Omdat de wereld om ons heen verandert en wij mee "
                "willen veranderen. Het aantal leerlingen in onze regio daalt, de vragen van leerlingen worden "
                "complexer en de scholen ervaren een grote druk. Tegelijk zien we elke dag wat er lukt als "
                "scholen, gemeenten en zorgpartners de handen ineenslaan."),
          ("p", "Dit plan is geschreven door en voor de scholen. We hebben het niet dikker gemaakt dan nodig. "
                "Waar details beter passen in een handreiking, een jaarplan of een bijlage, hebben we ze daar "
                "ondergebracht. Het plan is besproken met de schoolleiders, de ondersteuningscoördinatoren, de "
                "gemeenten en de ondersteuningsplanraad, die op 12 maart 2025 heeft ingestemd."),
          ("p", "We wensen iedereen veel leesplezier. Namens het bestuur, Anke Drijfhout, directeur.")]
    B += [("h1", "1. Waar staan we?"),
          ("p", "Passend Onderwijs Westerdijk is het samenwerkingsverband voor voortgezet onderwijs in de "
                "gemeenten Westerdijk, Zoutkamp, Marrum-Oost en Ee. Zeven schoolbesturen werken samen. Ze "
                "hebben samen twaalf scholen: zes scholen met vmbo (waarvan vier met lwoo), vier scholen voor "
                "havo/vwo, één school voor praktijkonderwijs en één brede scholengemeenschap. In de regio "
                "staan twee vso-scholen: De Waddenborg (cluster 4) en Het Kompas (cluster 3)."),
          ("p", "Op 1 oktober 2024 zaten er 8.215 leerlingen op de reguliere vo-scholen van onze regio. De "
                "prognose laat een daling zien naar ongeveer 7.400 leerlingen in 2029. Vooral de kleinere "
                "kernen krijgen te maken met krimp. Dat heeft gevolgen voor de scholen, die minder inkomsten "
                "krijgen, maar ook voor ons: de middelen voor passend onderwijs dalen mee."),
          ("p", "De regio is groot en landelijk. Reistijden zijn lang, openbaar vervoer is beperkt. Voor een "
                "leerling uit Ee is het meer dan een uur reizen naar het vso in Westerdijk. Dat maakt "
                "thuisnabij onderwijs voor ons niet alleen een mooi uitgangspunt maar ook een noodzaak."),
          ("p", "Het vorige plan liep van 2021 tot 2025. In die periode hebben we het OPDC Het Anker "
                "opgericht, de samenwerking met de gemeenten in een convenant vastgelegd en de werkwijze van "
                "de commissie toelaatbaarheid vernieuwd.")]
    B += [("h1", "2. Onze koers 2025-2029"),
          ("p", "Onze missie is kort: elke leerling een passende plek. Dat betekent voor ons dat iedere "
                "jongere in de regio onderwijs volgt dat bij hem of haar past, dat niemand thuis komt te zitten "
                "en dat scholen er niet alleen voor staan. Ouders, leerlingen, scholen en partners zijn daarbij "
                "allemaal nodig."),
          ("p", "We werken vanuit vier waarden: nabij (zo dicht mogelijk bij huis), samen (scholen zijn samen "
                "verantwoordelijk), eenvoudig (geen onnodige bureaucratie) en eerlijk (de middelen gaan naar "
                "waar ze het hardst nodig zijn)."),
          ("p", "Voor de komende vier jaar hebben we vier speerpunten gekozen:"),
          ("ol", ["Sterke basis: we versterken de mentor en de ondersteuningscoördinator.",
                  "Eén netwerk: we verbinden onderwijs en jeugdhulp in en om de school.",
                  "Slim organiseren: we vereenvoudigen aanvragen en procedures.",
                  "Krimp als kans: we houden ons aanbod in stand, ook als leerlingaantallen dalen."]),
          ("p", "De speerpunten werken we elk jaar uit in het jaarplan. Daarin beschrijven we welke "
                "activiteiten we ondernemen en wat we daarmee willen bereiken. Die uitwerking maakt geen deel "
                "uit van dit plan.")]
    B += [("h1", "3. Wat krijgt elke leerling? Basisondersteuning"),
          ("p", "Iedere leerling in Westerdijk moet erop kunnen rekenen dat hij op elke school dezelfde "
                "basis vindt. Daarom hebben de zeven besturen met elkaar afgesproken dat de basisondersteuning "
                "op alle vestigingen van alle scholen gelijk is. De basisondersteuning is de ondergrens: wat een "
                "school altijd zelf biedt, binnen haar eigen ondersteuningsstructuur, zonder tussenkomst van "
                "het samenwerkingsverband en zonder dat daarvoor een aanvraag nodig is. Wat daarboven komt, "
                "noemen we extra ondersteuning (hoofdstuk 4)."),
          ("p", "De afspraken over de inhoud van de basisondersteuning zijn vastgelegd in de Standaarden "
                "basisondersteuning Westerdijk (bijlage 2). De standaarden zijn in 2024 herijkt. Iedere "
                "school laat in haar schoolondersteuningsprofiel zien hoe zij aan de standaarden voldoet en "
                "welke extra ondersteuning zij daarnaast biedt."),
          ("p", "We zien dat scholen de basisondersteuning verschillend invullen en dat niet elke school "
                "even ver is. Dat is niet erg, zolang we van elkaar leren. In de netwerken van "
                "ondersteuningscoördinatoren en schoolleiders bespreken we regelmatig voorbeelden uit de "
                "praktijk. Scholen die dat willen, kunnen een collegiale visitatie aanvragen.")]
    B += [("h1", "4. Meer dan de basis: arrangementen, voorzieningen en een dekkend netwerk"),
          ("h2", "4.1 Van basis naar speciaal"),
          ("p", "Niet elke leerling heeft genoeg aan de basisondersteuning. Daarom kent onze regio een "
                "opbouw in vier stappen. Elke stap vraagt meer expertise en is minder thuisnabij. We zetten "
                "pas een volgende stap als de vorige niet genoeg is."),
          ("table", [["Stap", "Wat", "Wie beslist"],
                     ["1 Basis", "Basisondersteuning op iedere vestiging (hoofdstuk 3).", "De school"],
                     ["2 Arrangement op school", "Extra begeleiding, een trajectklas of een aangepast rooster, "
                      "ingezet uit het schoolbudget. De leerling heeft een OPP.", "De school"],
                     ["3 Bovenschools", "OPDC Het Anker (tijdelijk, maximaal 20 weken, daarna terug naar de "
                      "eigen school of een andere passende school); reboundplaatsen; ISK De Horizon voor "
                      "nieuwkomers (twee jaar); praktijkonderwijs.", "Commissie toelaatbaarheid en "
                      "toewijzing (CTT)"],
                     ["4 Speciaal", "Vso De Waddenborg en Het Kompas, en vso buiten de regio voor specifieke "
                      "doelgroepen (doof en slechthorend, visueel beperkt via de landelijke instellingen).",
                      "CTT (TLV)"]]),
          ("p", "Daarnaast is er een aantal specifieke voorzieningen: een havo/vwo-stroom voor leerlingen met "
                "autisme op het Westerdijk College, een 'zachte landing'-klas voor leerlingen die na langdurig "
                "verzuim terugkomen op de Noorderpoort, en een plusprogramma voor hoogbegaafde leerlingen op "
                "het Gymnasium Marrum."),
          ("h2", "4.2 Een dekkend netwerk"),
          ("p", "Hebben we voor iedere leerling een plek? Helaas nog niet altijd. Daarom kijken we twee keer "
                "per jaar, in oktober en in maart, samen met alle scholen of er 'witte vlekken' zijn: groepen "
                "leerlingen voor wie geen passend aanbod is, wachtlijsten of leerlingen die tussen voorzieningen "
                "in vallen. De consulenten leggen daarvoor de aanvragen, de wachtlijst van het OPDC en de "
                "signalen van het thuiszittersoverleg naast elkaar. Blijkt er een gat, dan zoeken de besturen "
                "samen binnen drie maanden een oplossing en besluit het bestuur over een tijdelijke of blijvende "
                "voorziening. In 2024 bleek bijvoorbeeld dat er voor leerlingen van 16 en 17 jaar met zware "
                "angstproblematiek geen passend aanbod was; sinds januari 2025 biedt het OPDC een hybride "
                "traject met onderwijs op afstand en twee dagen op locatie."),
          ("p", "Als het OPDC vol zit, krijgt de leerling een overbruggingsarrangement op de eigen school, met "
                "inzet van een ambulant begeleider van het samenwerkingsverband, totdat er plaats is."),
          ("h2", "4.3 Thuiszitters"),
          ("p", "Het thuiszittersoverleg komt elke zes weken bij elkaar. Aan tafel zitten de consulent van het "
                "samenwerkingsverband, de leerplichtambtenaren van de vier gemeenten en een medewerker van het "
                "sociaal team. Iedere school meldt een leerling die vier weken of langer niet (volledig) naar "
                "school gaat. Voor iedere leerling wordt een regisseur aangewezen die binnen twee weken een "
                "plan maakt. Lukt het niet om een oplossing te vinden, dan escaleert de consulent naar de "
                "directeur, die partijen bijeenroept en zo nodig een school of voorziening aanwijst.")]
    B += [("h1", "5. Toelaatbaarheid: vso, praktijkonderwijs en lwoo"),
          ("h2", "5.1 De commissie toelaatbaarheid en toewijzing"),
          ("p", "Het bestuur heeft de bevoegdheid om te beslissen over toelaatbaarheid gemandateerd aan de "
                "commissie toelaatbaarheid en toewijzing (CTT). De commissie bestaat uit een voorzitter, twee "
                "orthopedagogen, een GZ-psycholoog en een jeugdarts, en wordt ondersteund door een "
                "secretaris."),
          ("h2", "5.2 Hoe vraagt een school een TLV vso aan?"),
          ("p", "De aanvraag komt altijd van de school waar de leerling staat ingeschreven, of, bij een "
                "nieuwe leerling, van de school waar hij is aangemeld. De school vult het digitale "
                "aanvraagformulier in en voegt het groeidocument toe met het OPP, de evaluatie van de "
                "ondersteuning van het afgelopen jaar en het verslag van het laatste multidisciplinaire "
                "overleg. De secretaris controleert binnen vijf werkdagen of de aanvraag compleet is."),
          ("p", "Daarna brengen twee deskundigen ieder een eigen schriftelijk advies uit: altijd een "
                "orthopedagoog of psycholoog, en daarnaast een tweede deskundige die past bij de vraag, "
                "bijvoorbeeld de jeugdarts of een kinder- en jeugdpsychiater. Deskundigen die de leerling "
                "eerder hebben begeleid of aan de aanvraag hebben meegewerkt, adviseren niet. De CTT neemt "
                "binnen zes weken na de volledige aanvraag een besluit. Bij spoed, bijvoorbeeld na een "
                "crisisopname, kan de voorzitter binnen vijf werkdagen een tijdelijke TLV van maximaal drie "
                "maanden afgeven."),
          ("p", "Een TLV vso loopt tot 31 juli van het schooljaar waarin de geldigheid eindigt; de CTT kiest "
                "een duur van één, twee of drie schooljaren. In het besluit staat ook de "
                "bekostigingscategorie (laag, midden of hoog)."),
          ("p", "De criteria op grond waarvan de CTT een leerling toelaatbaar verklaart, staan in het "
                "afwegingskader toelaatbaarheid. Het afwegingskader wordt door de CTT vastgesteld en is te "
                "vinden op onze website."),
          ("h2", "5.3 Praktijkonderwijs en lwoo"),
          ("p", "Voor praktijkonderwijs en lwoo gelden de landelijke criteria. De aanvraag voor pro wordt "
                "gedaan door de school voor praktijkonderwijs, de aanvraag voor lwoo door de vo-school waar de "
                "leerling is aangemeld. Beide aanvragen gaan via hetzelfde digitale formulier. De secretaris "
                "van de CTT toetst de gegevens en de CTT beslist binnen vier weken; voor de aanvragen van "
                "leerlingen uit groep 8 vóór 15 mei. Een TLV pro geldt voor de hele schoolloopbaan; een "
                "aanwijzing lwoo voor de duur van de opleiding."),
          ("h2", "5.4 Niet eens met het besluit?"),
          ("p", "Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt bij het "
                "bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "5.5 Terug naar het regulier voortgezet onderwijs"),
          ("p", "Een plek in het vso is voor ons geen eindstation. We willen dat iedere vso-leerling die dat "
                "aankan, weer onderwijs volgt op een reguliere school, zo dicht mogelijk bij huis. Een "
                "terugplaatsing heeft pas kans van slagen als de leerling er zelf achter staat, als de "
                "ontvangende school is voorbereid en als er na de overstap begeleiding is. Dat zijn voor ons "
                "de voorwaarden."),
          ("p", "Zo gaat het in de praktijk:"),
          ("ol", ["De vso-school bespreekt ieder jaar bij de evaluatie van het OPP of terugplaatsing in beeld "
                  "is.",
                  "In het laatste jaar van de TLV organiseert de vso-school uiterlijk 1 maart een "
                  "terugplaatsingsoverleg met de leerling, een consulent van het samenwerkingsverband en, als "
                  "die al bekend is, de ontvangende school.",
                  "Als terugplaatsing haalbaar is, zoekt de consulent samen met de vso-school een passende "
                  "reguliere school en regelt een kennismaking en een proefperiode van twee tot vier weken.",
                  "Is terugplaatsing (nog) niet haalbaar, dan vraagt de vso-school vóór 1 april een nieuwe TLV "
                  "aan; de CTT beslist dan vóór 1 juni.",
                  "Na de overstap krijgt de leerling een terugkeerarrangement: gedurende zes tot twaalf "
                  "maanden begeleidt een ambulant begeleider van de vso-school de leerling en de mentor. Het "
                  "samenwerkingsverband betaalt dit arrangement.",
                  "Na drie en na zes maanden evalueren de ontvangende school en de consulent of de "
                  "terugplaatsing goed verloopt."]),
          ("p", "Overplaatsing van het ene vso naar het andere, of naar het praktijkonderwijs, loopt volgens "
                "dezelfde stappen.")]
    B += [("h1", "6. Samen met de gemeenten"),
          ("p", "Met de vier gemeenten hebben we een convenant 'Onderwijs en jeugd' gesloten. Daarin staan "
                "afspraken over de inzet van jeugdhulp op school, het thuiszittersoverleg, het leerlingenvervoer "
                "en de huisvesting van het OPDC. Het op overeenstemming gericht overleg over dit plan vond plaats "
                "op 4 maart 2025. De wethouders hebben aangegeven zich te herkennen in de koers. Ook met het "
                "samenwerkingsverband PO Westerdijk is het plan besproken, met name over de overstap van groep 8 "
                "naar de brugklas en de warme overdracht.")]
    B += [("h1", "7. Organisatie en medezeggenschap"),
          ("p", "Passend Onderwijs Westerdijk is een vereniging. De leden zijn de zeven schoolbesturen; zij "
                "vormen samen de algemene ledenvergadering. Het bestuur bestaat uit drie bestuurders uit de "
                "ledenkring en een onafhankelijk voorzitter. De directeur voert het beleid uit. Het bureau "
                "heeft 8,4 fte en is gevestigd in het Onderwijshuis in Westerdijk."),
          ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR heeft het "
                "concept in drie vergaderingen besproken en een aantal wijzigingen voorgesteld, die we hebben "
                "overgenomen."),
          ("p", "Jaarlijks legt het bestuur in de jaarrekening verantwoording af over de financiën. De "
                "accountant controleert de jaarrekening en de rechtmatigheid van de bestedingen.")]
    B += [("h1", "8. Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks van het Rijk de middelen voor lichte en zware "
                "ondersteuning. Een deel daarvan, de bekostiging van het vso, wordt direct door DUO ingehouden. "
                "Over de rest beslissen we zelf."),
          ("p", "De verdeling van de middelen gaat als volgt. Eerst worden de middelen voor lwoo en pro "
                "doorgegeven aan de scholen, naar rato van het aantal leerlingen met een aanwijzing lwoo of een "
                "TLV pro op de teldatum van 1 oktober. Van wat daarna overblijft, gaat 70% als schoolbudget "
                "naar de besturen, verdeeld naar het aantal leerlingen per school op 1 oktober, en wordt 30% "
                "ingezet voor het OPDC, de reboundplaatsen, het terugkeerarrangement, de overbruggings- "
                "arrangementen en het bureau. Over de toewijzing van individuele arrangementen beslist de "
                "CTT, op aanvraag van de school."),
          ("p", "De begroting en de meerjarenraming worden elk jaar apart vastgesteld door het bestuur, na "
                "advies van de OPR. De jaarbegroting 2025 is als bijlage 3 bij dit plan gevoegd."),
          ("p", "Onze reserves lagen in 2022 boven de signaleringswaarde van de inspectie. Met het bestuur is "
                "afgesproken het bovenmatige deel in de planperiode in te zetten voor het OPDC en voor "
                "scholing van mentoren.")]
    B += [("h1", "9. Mensen en professionalisering"),
          ("p", "Goede ondersteuning vraagt goede mensen. We zien dat het moeilijker wordt om "
                "ondersteuningscoördinatoren, orthopedagogen en ambulant begeleiders te vinden. Daarom "
                "investeren we in de mensen die er al zijn."),
          ("ul", ["Een leergang 'Mentor in de lead' voor ervaren mentoren (twaalf bijeenkomsten).",
                  "Intervisie voor ondersteuningscoördinatoren, vier keer per jaar.",
                  "Een gezamenlijke studiedag voor alle scholen, elk jaar in november.",
                  "Een pool van ambulant begeleiders die scholen flexibel kunnen inzetten."]),
          ("p", "De medewerkers van het OPDC en het bureau zijn in dienst van het samenwerkingsverband. In de "
                "planperiode willen we het ziekteverzuim onder deze medewerkers terugbrengen door meer aandacht "
                "voor werkdruk en teamontwikkeling.")]
    B += [("h1", "10. Communicatie en ICT"),
          ("p", "Wij communiceren open en toegankelijk. De website is vernieuwd en bevat een aparte omgeving "
                "voor professionals, met formulieren, handreikingen en het afwegingskader. Scholen ontvangen "
                "maandelijks een digitale nieuwsbrief. Ondersteuningscoördinatoren hebben één vast "
                "aanspreekpunt bij het samenwerkingsverband."),
          ("p", "Voor aanvragen werken we met een beveiligd digitaal dossier. Alleen de secretaris, de "
                "consulenten en de leden van de CTT hebben toegang. Gegevens worden drie jaar na het besluit "
                "vernietigd. In 2026 vervangen we het systeem door een nieuwe leverancier na een Europese "
                "aanbesteding.")]
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "Wat iedere school ten minste biedt, volgens de standaarden."],
                     ["CTT", "Commissie toelaatbaarheid en toewijzing."],
                     ["Groeidocument", "Document waarin de ontwikkeling en ondersteuning van de leerling "
                      "worden beschreven."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
                     ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders en jongeren terechtkunnen voor "
                      "onafhankelijk advies."],
                     ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos ondersteunt."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Resultaten", "Wat we willen bereiken en wat we bereikt hebben."],
                     ["Terugplaatsing", "Overstap van vso naar regulier vo."],
                     ["TLV", "Toelaatbaarheidsverklaring."]]),
          ("p", "Bijlagen 2 tot en met 5 zijn als afzonderlijke documenten beschikbaar via de website.")]
    return B


def label_westerdijk(name, docs):
    crit = {c: True for c in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["plaatsing.criteria"] = False
    crit["financien.besteding"] = False
    crit["resultaten.doelen"] = False
    crit["resultaten.monitoring"] = False
    crit["ouders.informatie"] = False
    crit["ouders.steunpunt"] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"]}
    notes = {
        "basisondersteuning": "H3 defines the common minimum for all vestigingen, but the content is only in 'bijlage 2 Standaarden' which is not part of the document; SOP reference and collegiale visitatie on request are not a content list.",
        "plaatsing": "H5.2-5.4: who applies, dossier, two deskundigen, 6 weeks, duration/categorie, pro/lwoo procedure, bezwaar via LBT; the criteria are only in an 'afwegingskader' on the website ('landelijke criteria' for pro/lwoo named, not stated).",
        "terugstroom": "Inside TLV chapter 5.5: policy with aim and conditions, numbered procedure with dates, terugkeerarrangement and evaluation after 3 and 6 months.",
        "financien": "H8 'Geld en middelen': verdeling (lwoo/pro pass-through, 70/30 split per leerling on 1 oktober, CTT allocates arrangements); no amounts or meerjarenbegroting, begroting in absent bijlage 3.",
        "dekkend-aanbod": "H4: four-step continuum table (OPDC, rebound, ISK, vso), twice-yearly 'witte vlekken' analysis with example gap and action, overbrugging, thuiszittersoverleg with escalation.",
        "resultaten": "No intended results or monitoring: speerpunten (H2) are organisational themes whose goals are explicitly left to the jaarplan; 'Resultaten' only in begrippenlijst and an absent bijlage 5.",
        "ouders": "Parents only mentioned in passing in the mission text; OJSP and Onderwijsconsulenten only in the begrippenlijst; communication chapter addresses professionals; bijlage 4 on parents is absent.",
    }
    write_label(name, docs, "vo", True, crit, adv, notes)


# ===========================================================================
# Plan 3 - PO, .docx - SWV Passend Primair Onderwijs Heuvelrand-Zuid (PO 26-05)
# classic PO plan. Finances entirely delegated to a separate Financieel
# Kader; no gap analysis (deferred); parents: independent help described, but
# informing parents is deferred to a future communicatieplan.
# ===========================================================================

def plan_heuvelrand():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("sub", "Stichting Samenwerkingsverband Passend Primair Onderwijs Heuvelrand-Zuid (PO 26-05)"),
          ("p", "Gemeenten Heuvelrand, Bergakker en Loenerveen"),
          ("p", "Vastgesteld door het bestuur op 15 april 2025. Instemming ondersteuningsplanraad: 3 april "
                "2025. OOGO met de gemeenten: 27 maart 2025."),
          ("break",)]
    B += [("toc", [
        "Voorwoord  2", "Samenvatting  3", "1 Inleiding  4", "2 Ons samenwerkingsverband  5",
        "3 Visie en missie  7", "4 Basisondersteuning  8", "5 Extra ondersteuning en arrangementen  10",
        "6 Toelaatbaarheid tot sbo en so  12", "7 Terugplaatsing en overplaatsing  15", "8 Ouders  16",
        "9 Samenwerking met gemeenten en jeugdhulp  17", "10 Kwaliteitszorg: beoogde en bereikte resultaten  18",
        "11 Organisatie, governance en medezeggenschap  20", "12 Financiën  21",
        "13 Personeel en professionalisering  22", "Bijlage A Afkortingenlijst  23"]),
        ("break",)]
    B += [("h1", "Voorwoord"),
          ("p", "Met trots presenteren wij het ondersteuningsplan 2025-2029. In dit plan leggen de "
                "schoolbesturen van Heuvelrand-Zuid vast hoe zij samen zorgen voor passend onderwijs voor alle "
                "kinderen van vier tot en met twaalf jaar in onze regio. Het plan bouwt voort op wat in de "
                "afgelopen tien jaar is opgebouwd: een stevige basis in de scholen, korte lijnen met het sbo en "
                "het so, en een goede samenwerking met de gemeenten."),
          ("p", "Het plan is opgesteld door een schrijfgroep van directeuren, intern begeleiders en "
                "medewerkers van het samenwerkingsverband. De conceptteksten zijn besproken met de "
                "ondersteuningsplanraad, de gemeenten en het samenwerkingsverband VO. Wij danken alle "
                "betrokkenen voor hun bijdrage. — Ir. M. Schuttevaer, voorzitter van het bestuur")]
    B += [("h1", "Samenvatting"),
          ("p", "Het samenwerkingsverband zet in deze planperiode in op drie lijnen: een sterke en gelijke "
                "basisondersteuning op alle scholen, snelle en deskundige toewijzing van extra ondersteuning, "
                "en meetbare resultaten. Wij willen dat kinderen zo veel mogelijk thuisnabij onderwijs volgen, "
                "en dat kinderen die tijdelijk naar het sbo of so gaan, zo mogelijk weer terugkeren naar een "
                "basisschool. In hoofdstuk 10 staan de resultaten die wij in 2029 willen hebben bereikt.")]
    B += [("h1", "1 Inleiding"),
          ("p", "Sinds 1 augustus 2014 zijn schoolbesturen verantwoordelijk voor een passende onderwijsplek "
                "voor ieder kind. Daarvoor werken zij samen in een samenwerkingsverband. Artikel 18a van de Wet "
                "op het primair onderwijs bepaalt dat het samenwerkingsverband ten minste eenmaal per vier jaar "
                "een ondersteuningsplan vaststelt, en welke onderdelen het plan ten minste bevat."),
          ("p", "Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029. Jaarlijks stellen wij een "
                "jaarplan op waarin wij de activiteiten voor dat jaar uitwerken. Het jaarplan wordt besproken "
                "met de OPR.")]
    B += [("h1", "2 Ons samenwerkingsverband"),
          ("p", "In het samenwerkingsverband werken negen schoolbesturen samen. Samen hebben zij 52 "
                "basisscholen (openbaar, protestants-christelijk, rooms-katholiek, algemeen bijzonder en één "
                "vrije school), één school voor speciaal basisonderwijs (sbo De Wegwijzer, met locaties in "
                "Heuvelrand en Bergakker) en één school voor speciaal onderwijs (so De Linde, cluster 3 en 4). "
                "Leerlingen met een visuele of auditieve beperking worden ondersteund door de landelijke "
                "instellingen voor cluster 1 en 2."),
          ("table", [["Kengetal (teldatum 1 oktober)", "2021", "2022", "2023", "2024"],
                     ["Leerlingen basisonderwijs", "11.842", "11.790", "11.702", "11.655"],
                     ["Leerlingen sbo", "298", "305", "311", "306"],
                     ["Deelnamepercentage sbo", "2,45%", "2,51%", "2,59%", "2,56%"],
                     ["Leerlingen so", "176", "181", "190", "187"],
                     ["Deelnamepercentage so", "1,45%", "1,49%", "1,58%", "1,57%"]]),
          ("p", "Het deelnamepercentage sbo ligt iets boven het landelijk gemiddelde, het deelnamepercentage "
                "so ligt daar iets onder. In de regio zijn veel kleine scholen: 21 scholen hebben minder dan 150 "
                "leerlingen. Dat vraagt om samenwerking tussen scholen bij het organiseren van expertise.")]
    B += [("h1", "3 Visie en missie"),
          ("p", "Ieder kind verdient het om zich te ontwikkelen op zijn eigen manier en in zijn eigen tempo. "
                "Wij geloven dat dit het beste lukt in de eigen omgeving, met vriendjes uit de buurt, op een "
                "school die het kind en zijn gezin kent. Daarom zetten wij in op sterke basisscholen. Wanneer "
                "een kind meer nodig heeft, zorgen wij dat die ondersteuning er snel en zonder onnodige "
                "papierwinkel komt. Ouders en school werken samen als partners. Het samenwerkingsverband "
                "verbindt, ondersteunt en faciliteert; de scholen voeren uit."),
          ("p", "Onze missie: 'Thuisnabij waar het kan, speciaal waar het moet.'")]
    B += [("h1", "4 Basisondersteuning"),
          ("p", "De besturen hebben afgesproken welke basisondersteuning iedere school in Heuvelrand-Zuid "
                "biedt. Deze afspraken gelden voor alle scholen en alle locaties. Een school die meer biedt, "
                "beschrijft dat in haar schoolondersteuningsprofiel. Wij sluiten aan bij de vier aspecten uit "
                "het Referentiekader passend onderwijs: basiskwaliteit, preventieve en licht curatieve "
                "interventies, de onderwijsondersteuningsstructuur en planmatig werken."),
          ("p", "Concreet betekent dit dat iedere school ten minste:"),
          ("ul", ["voldoet aan de basiskwaliteit zoals de Inspectie die beoordeelt;",
                  "een intern begeleider heeft met ten minste acht uur per week per 100 leerlingen, die "
                  "leraren coacht en het ondersteuningsteam voorzit;",
                  "werkt volgens de cyclus van handelingsgericht werken, met groepsbesprekingen drie keer per "
                  "jaar en een leerlingvolgsysteem;",
                  "het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Reken-Wiskundeproblemen en "
                  "Dyscalculie toepast, inclusief signalering vanaf groep 2;",
                  "een aanbod heeft voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en "
                  "verrijken) en een signaleringsinstrument gebruikt;",
                  "een methode of aanpak voor sociaal-emotionele ontwikkeling en een anti-pestaanpak heeft;",
                  "een ondersteuningsteam organiseert met de ouders, de intern begeleider, de consulent van het "
                  "samenwerkingsverband en zo nodig de jeugdverpleegkundige of het wijkteam;",
                  "een protocol medisch handelen heeft en eenvoudige aanpassingen doet voor kinderen met een "
                  "lichamelijke beperking (bijvoorbeeld een aangepaste werkplek);",
                  "NT2-ondersteuning biedt aan kinderen die het Nederlands nog onvoldoende beheersen, eventueel "
                  "in samenwerking met de taalklas in Heuvelrand."]),
          ("p", "Borging. Iedere school vult jaarlijks de kwaliteitskaart basisondersteuning in. De consulent "
                "bespreekt de kaart met de directeur en de intern begeleider. Scholen die op een onderdeel "
                "onder de afspraak blijven, maken een verbeterplan dat in het bestuurlijk overleg wordt "
                "gevolgd.")]
    B += [("h1", "5 Extra ondersteuning en arrangementen"),
          ("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, zijn er verschillende "
                "mogelijkheden. Samen vormen zij het ondersteuningscontinuüm van ons samenwerkingsverband:"),
          ("ol", ["Extra ondersteuning op de eigen school: de school zet, met advies van de consulent, extra "
                  "begeleiding in binnen de groep of in een kleine groep. Voor het kind wordt een "
                  "ontwikkelingsperspectief (OPP) opgesteld.",
                  "Bovenschoolse arrangementen: een ambulant begeleider van sbo De Wegwijzer of so De Linde "
                  "begeleidt het kind en de leerkracht op de eigen school; er is een arrangement taal-spraak, "
                  "een arrangement gedrag en een arrangement jonge kind.",
                  "De Plusklas: één dag per week onderwijs voor hoogbegaafde kinderen uit groep 5 tot en met 8, "
                  "op drie locaties.",
                  "De observatiegroep bij so De Linde: maximaal twaalf weken, voor kinderen bij wie nog niet "
                  "duidelijk is wat zij nodig hebben.",
                  "Speciaal basisonderwijs (sbo De Wegwijzer) met een toelaatbaarheidsverklaring.",
                  "Speciaal onderwijs (so De Linde, en scholen buiten de regio voor ZML, LG/LZ en specifieke "
                  "cluster 4-doelgroepen) met een toelaatbaarheidsverklaring."]),
          ("p", "Voor de bovenschoolse arrangementen, de plusklas en de observatiegroep is een aanvraagroute "
                "beschreven in de Handleiding Arrangeren. Het samenwerkingsverband werkt ook samen met "
                "kinderdagcentra en een onderwijs-zorgarrangement voor jonge kinderen bij Zorgboerderij De "
                "Hoeve."),
          ("p", "Of ons aanbod voldoende dekkend is, en welke voorzieningen eventueel ontbreken, brengen wij "
                "in de loop van 2026 in beeld. Op basis daarvan bepaalt het bestuur of nieuwe voorzieningen "
                "nodig zijn.")]
    B += [("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 De procedure"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school "
                "waar het kind staat ingeschreven. Aan de aanvraag gaat altijd een bespreking in het "
                "ondersteuningsteam vooraf, waarbij de ouders aanwezig zijn. De school stuurt het "
                "groeidocument met het OPP, de evaluatie van de ingezette ondersteuning en de zienswijze van de "
                "ouders naar het Ondersteuningsloket. De Commissie van Toelaatbaarheid (CvT) vraagt advies aan "
                "twee deskundigen: een orthopedagoog of (GZ-)psycholoog, en afhankelijk van het kind een "
                "tweede deskundige zoals een kinderarts, een maatschappelijk werker of een pedagoog. De "
                "deskundigen geven ieder een eigen schriftelijk advies. De CvT neemt binnen zes weken, "
                "schoolvakanties niet meegerekend, een besluit. Ouders ontvangen het besluit en een afschrift "
                "van de adviezen."),
          ("h2", "6.2 Criteria sbo"),
          ("p", "Een kind is toelaatbaar tot het sbo als:"),
          ("ul", ["de basisschool de basisondersteuning en ten minste één bovenschools arrangement heeft "
                  "ingezet en geëvalueerd, en",
                  "het kind een combinatie van onderwijsbehoeften heeft (bijvoorbeeld een kleinere groep, meer "
                  "structuur en een aangepast programma) die de basisschool ook met extra ondersteuning niet "
                  "kan bieden, en",
                  "de verwachting is dat het kind in het sbo tot ontwikkeling komt binnen een "
                  "uitstroomperspectief naar vmbo of praktijkonderwijs."]),
          ("h2", "6.3 Criteria so"),
          ("p", "Een kind is toelaatbaar tot het so als, naast de voorwaarden voor het sbo, sprake is van "
                "ernstige beperkingen in ten minste één van de volgende gebieden: het cognitief functioneren "
                "(IQ lager dan 55, of lager dan 70 in combinatie met beperkingen in de zelfredzaamheid), "
                "lichamelijke of medische beperkingen die specialistische verzorging vragen, of ernstige "
                "gedrags- of psychiatrische problematiek waardoor het kind is aangewezen op intensieve "
                "begeleiding gedurende de hele schooldag."),
          ("h2", "6.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor "
                "twee schooljaren; voor kinderen met ernstige meervoudige beperkingen tot het einde van de "
                "so-periode. De CvT stelt de bekostigingscategorie vast (laag, midden of hoog)."),
          ("h2", "6.5 Bezwaar"),
          ("p", "Ouders kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband "
                "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    B += [("h1", "7 Terugplaatsing en overplaatsing"),
          ("p", "Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Uitgangspunt is dat "
                "een kind terugkeert naar een basisschool wanneer het daar weer tot ontwikkeling kan komen, "
                "bij voorkeur in de eigen wijk. Voorwaarde is dat de basisschool de onderwijsbehoeften van het "
                "kind, eventueel met extra ondersteuning, kan bieden. Na terugkeer krijgt het kind een "
                "terugplaatsingsarrangement van een half jaar: de ambulant begeleider van het sbo of so blijft "
                "betrokken en de intern begeleider van de basisschool plant twee evaluaties."),
          ("p", "De procedure is als volgt. De sbo- of so-school evalueert ieder jaar in mei het OPP en "
                "bespreekt daarbij of terugplaatsing mogelijk is. In het laatste jaar van een TLV so meldt de "
                "so-school vóór 1 februari aan het Ondersteuningsloket of zij terugplaatsing, verlenging of "
                "overplaatsing adviseert. De consulent van het samenwerkingsverband organiseert een overleg "
                "met ouders, de sbo- of so-school en de mogelijke nieuwe school. Bij terugplaatsing meldt de "
                "ouder het kind aan bij de basisschool; bij verlenging vraagt de so-school een nieuwe TLV aan, "
                "waarover de CvT vóór 1 mei beslist. Overplaatsing van so naar sbo verloopt via een nieuwe TLV "
                "sbo.")]
    B += [("h1", "8 Ouders"),
          ("p", "Ouders zijn de eerste opvoeders en kennen hun kind het best. Wij zien ouders als partner. "
                "Ouders worden vanaf het eerste moment betrokken bij de ondersteuning van hun kind. Zij nemen "
                "deel aan het ondersteuningsteam, denken mee over het OPP en hebben op het handelingsdeel "
                "instemmingsrecht. Kinderen mogen hun mening geven over hun eigen OPP."),
          ("p", "Soms lopen de gesprekken tussen ouders en school vast, of hebben ouders behoefte aan advies "
                "van iemand die los staat van de school. Ouders kunnen dan terecht bij het Ouder- en "
                "Jeugdsteunpunt Heuvelrand-Zuid, dat wij samen met het VO-samenwerkingsverband hebben "
                "opgericht. Het steunpunt is onafhankelijk, kosteloos en bereikbaar via een telefonisch "
                "spreekuur op werkdagen en via e-mail. Ook de Onderwijsconsulenten kunnen ouders kosteloos "
                "helpen. Ouders met een klacht over het samenwerkingsverband kunnen terecht bij de "
                "Landelijke Klachtencommissie Onderwijs; bij een geschil over toelating, verwijdering of het "
                "OPP bij de Geschillencommissie passend onderwijs."),
          ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de regio, werken wij uit "
                "in een communicatieplan. Dat plan stellen wij in 2026 op samen met de ouders in de OPR.")]
    B += [("h1", "9 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Met de drie gemeenten hebben wij op 27 maart "
                "2025 het op overeenstemming gericht overleg gevoerd over dit plan. Onderwerpen waren onder meer "
                "de inzet van het wijkteam in de scholen, jeugdhulp onder schooltijd, leerlingenvervoer, "
                "onderwijshuisvesting van De Linde en thuiszitters. De gemeenten financieren de "
                "jeugdverpleegkundige op iedere school; het samenwerkingsverband de consulenten. Met SWV VO "
                "Heuvelrand zijn afspraken gemaakt over de overstap naar het voortgezet onderwijs, in het "
                "bijzonder voor kinderen uit het sbo en so.")]
    B += [("h1", "10 Kwaliteitszorg: beoogde en bereikte resultaten"),
          ("h2", "10.1 Wat hebben wij bereikt?"),
          ("p", "In de vorige planperiode hadden wij ons ten doel gesteld dat alle scholen de "
                "basisondersteuning op orde zouden hebben. Eind 2024 voldeden 47 van de 52 scholen aan alle "
                "afspraken (90%). De gemiddelde doorlooptijd van een TLV-aanvraag daalde van 9,1 naar 5,4 weken. "
                "In 2023-2024 keerden 11 kinderen vanuit het sbo en 4 vanuit het so terug naar het "
                "basisonderwijs. De tevredenheid van ouders over de ondersteuning was gemiddeld een 7,6."),
          ("h2", "10.2 Wat willen wij bereiken?"),
          ("table", [["Doel", "Indicator", "Streefwaarde 2029"],
                     ["Alle scholen bieden de afgesproken basisondersteuning",
                      "Aantal scholen dat op de kwaliteitskaart aan alle afspraken voldoet", "52 van 52"],
                     ["Thuisnabij onderwijs", "Deelnamepercentage sbo + so", "ten hoogste 3,9%"],
                     ["Snelle toewijzing", "Doorlooptijd TLV-aanvraag", "90% binnen 6 weken"],
                     ["Terugplaatsing", "Aantal kinderen dat terugkeert uit sbo/so", "ten minste 15 per jaar"],
                     ["Geen kind thuis", "Aantal kinderen dat langer dan 4 weken thuiszit", "0"],
                     ["Tevreden ouders", "Gemiddeld cijfer oudertevredenheid", "ten minste 7,5"]]),
          ("h2", "10.3 Hoe volgen wij de resultaten?"),
          ("p", "Het samenwerkingsverband verzamelt per kwartaal de gegevens over aanvragen, doorlooptijden, "
                "deelnamepercentages (DUO, teldatum 1 oktober), terugplaatsingen en thuiszitters (via "
                "leerplicht) in een dashboard. Elk voorjaar bespreekt de directeur met iedere "
                "schooldirecteur de kwaliteitskaart en de eigen cijfers. Eens per twee jaar houden wij een "
                "tevredenheidspeiling onder ouders en scholen. Het bestuur bespreekt twee keer per jaar een "
                "voortgangsrapportage; in het jaarverslag leggen wij verantwoording af over de bereikte "
                "resultaten ten opzichte van de streefwaarden en bespreken wij die met de OPR.")]
    B += [("h1", "11 Organisatie, governance en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de bestuurders van de "
                "negen schoolbesturen. Sinds 2022 is er een onafhankelijke directeur die het bureau aanstuurt en "
                "het beleid voorbereidt. Het intern toezicht is belegd bij een toezichthoudend deel van het "
                "bestuur, bestaande uit drie bestuurders en een onafhankelijk lid."),
          ("p", "De ondersteuningsplanraad telt acht leden: vier ouders en vier personeelsleden. De OPR heeft "
                "instemmingsrecht op het ondersteuningsplan. Het samenwerkingsverband faciliteert de OPR met "
                "een ambtelijk secretaris en een scholingsbudget."),
          ("p", "Het bureau bestaat uit de directeur, een beleidsadviseur, vier consulenten passend onderwijs, "
                "een secretaris van de CvT en een managementassistent.")]
    B += [("h1", "12 Financiën"),
          ("p", "Het financieel beleid van het samenwerkingsverband, met daarin het verdeelmodel, de "
                "meerjarenbegroting, de reservepositie en de wijze waarop het samenwerkingsverband omgaat met "
                "de groei van het sbo en so op de peildatum, wordt vastgelegd in het Financieel Kader "
                "2025-2029. Dit kader wordt afzonderlijk door het bestuur vastgesteld, na advies van de OPR, en "
                "verschijnt in het najaar van 2025. Jaarlijks volgt de begroting.")]
    B += [("h1", "13 Personeel en professionalisering"),
          ("p", "De kwaliteit van de ondersteuning wordt bepaald door de kwaliteit van de leerkracht en de "
                "intern begeleider. Het samenwerkingsverband organiseert jaarlijks een leernetwerk voor intern "
                "begeleiders, een themabijeenkomst voor directeuren en een scholingsaanbod over gedrag, "
                "hoogbegaafdheid en het jonge kind. De consulenten van het samenwerkingsverband volgen "
                "jaarlijks een intervisietraject. Het lerarentekort in de regio maakt het moeilijker om "
                "ondersteuning in de groep te organiseren; samen met de besturen onderzoeken wij hoe "
                "onderwijsassistenten en zij-instromers beter kunnen worden toegerust.")]
    B += [("h1", "Bijlage A Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"],
                     ["CvT", "Commissie van Toelaatbaarheid"],
                     ["IB", "Intern begeleider"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OOGO", "Op overeenstemming gericht overleg"],
                     ["OPP", "Ontwikkelingsperspectief(plan)"],
                     ["OPR", "Ondersteuningsplanraad"],
                     ["sbo", "Speciaal basisonderwijs"],
                     ["so", "Speciaal onderwijs"],
                     ["SOP", "Schoolondersteuningsprofiel"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen"]])]
    return B


def label_heuvelrand(name, docs):
    crit = {c: True for c in CORE}
    crit["financien.verdeling"] = False
    crit["financien.besteding"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["ouders.informatie"] = False
    adv = {"basisondersteuning": ["borging"],
           "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4: common afspraken for all scholen/locaties with a concrete list (IB hours, HGW cycle, protocols, OT, NT2); borging via kwaliteitskaart.",
        "plaatsing": "H6: TLV sbo/so procedure (bevoegd gezag, dossier, CvT, two deskundigen, 6 weeks), separate sbo and so criteria, duur/categorie, bezwaar via LBT.",
        "terugstroom": "H7: policy (thuisnabij, conditions, terugplaatsingsarrangement) and procedure (yearly OPP evaluation in May, report before 1 februari, consultant overleg, CvT before 1 mei).",
        "financien": "H12 only refers to a separate Financieel Kader 2025-2029 that 'verschijnt in het najaar van 2025'; no verdeelmodel or amounts anywhere; 'verdeelmodel' only in the afkortingenlijst and the legal list in H14 (Wettelijk kader) only names the topic.",
        "dekkend-aanbod": "H5 gives the continuum (arrangementen, plusklas, observatiegroep, sbo, so), but whether the offer is dekkend is deferred to 2026; thuiszitters only as an OOGO topic and as a results target, no approach.",
        "resultaten": "H10: achieved results of previous period, table of doelen with streefwaarden, quarterly dashboard, jaarverslag and OPR discussion.",
        "ouders": "H8: OJSP, Onderwijsconsulenten, klachten/geschillen present; how parents are informed about the facilities is deferred to a communicatieplan in 2026.",
    }
    write_label(name, docs, "po", True, crit, adv, notes)


# ===========================================================================
# Plan 4 - VO, .pdf - Samenwerkingsverband VO Kanaalzone-Oost (VO 31-03)
# "plan op hoofdlijnen", business-like, many tables. Basisondersteuning only
# referred to the SOPs; no terugplaatsing at all (only uitstroom); regional
# continuum deferred to a sociale kaart; thuiszitters/zorgplicht well handled;
# results monitored but the targets are left to the jaarplan.
# ===========================================================================

def plan_kanaalzone():
    B = []
    B += [("title", "Ondersteuningsplan Samenwerkingsverband VO Kanaalzone-Oost 2025-2029"),
          ("sub", "Regio VO 31-03 | plan op hoofdlijnen"),
          ("p", "Status: vastgesteld door het bestuur op 2 april 2025. Instemming OPR: 26 maart 2025. OOGO: "
                "gemeenten Kanaalzone, Sluiskil-Oost en Overhaven, 13 maart 2025."),
          ("break",)]
    B += [("toc", [
        "1 Inleiding en leeswijzer",
        "2 Terugblik en kengetallen",
        "3 Koers 2025-2029",
        "4 Ondersteuning in de regio",
        "   4.1 Basisondersteuning",
        "   4.2 Extra ondersteuning en het regionale aanbod",
        "5 Toewijzing: lwoo, pro en vso",
        "6 Thuiszitters, verzuim en zorgplicht",
        "7 Ouders en leerlingen",
        "8 Kwaliteit en verantwoording",
        "9 Samenwerking met gemeenten",
        "10 Governance en organisatie",
        "11 Financieel beleid",
        "Bijlage Begrippenlijst"]),
        ("break",)]
    B += [("h1", "1 Inleiding en leeswijzer"),
          ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de schoolbesturen in de regio "
                "Kanaalzone-Oost invulling geven aan passend onderwijs in de periode 1 augustus 2025 tot en "
                "met 31 juli 2029. Het plan is bewust compact gehouden. Het bevat de kaders; de uitwerking "
                "vindt plaats in het jaarplan, de jaarbegroting en de handreikingen voor scholen."),
          ("p", "In het samenwerkingsverband zijn vijf schoolbesturen verenigd met negen scholen voor "
                "voortgezet onderwijs (vmbo, havo, vwo), één school voor praktijkonderwijs en één vso-school "
                "(De Sluis, cluster 4). Daarnaast maken leerlingen uit de regio gebruik van vso-scholen voor "
                "cluster 3 in Overhaven-Noord en daarbuiten."),
          ("p", "Het plan volgt de opbouw van de wet. Na de terugblik (hoofdstuk 2) en de koers (hoofdstuk 3) "
                "volgen de hoofdstukken over ondersteuning, toewijzing, thuiszitters en ouders. De "
                "hoofdstukken 8 tot en met 11 gaan over kwaliteit, samenwerking, organisatie en geld."),
          ("p", "De regio Kanaalzone-Oost is een industriële regio langs het kanaal, met veel werkgelegenheid "
                "in de haven, de procesindustrie en de logistiek. Een relatief groot deel van de leerlingen "
                "volgt het vmbo. De regio heeft te maken met krimp in de kleinere kernen en met een groeiende "
                "groep arbeidsmigranten, van wie de kinderen vaak zonder kennis van het Nederlands instromen. "
                "Dat stelt hoge eisen aan de scholen en aan de samenwerking met de gemeenten.")]
    B += [("h1", "2 Terugblik en kengetallen"),
          ("p", "In de vorige planperiode (2021-2025) is de organisatie van het samenwerkingsverband "
                "geprofessionaliseerd, is de toewijzing van lwoo en pro vereenvoudigd en is de aanpak van "
                "thuiszitten versterkt. Onderstaande tabel geeft de belangrijkste kengetallen."),
          ("table", [["Kengetal", "2021-2022", "2022-2023", "2023-2024", "2024-2025"],
                     ["Leerlingen regulier vo (1 oktober)", "7.912", "7.860", "7.781", "7.694"],
                     ["Deelnamepercentage vso", "3,6%", "3,5%", "3,4%", "3,4%"],
                     ["Leerlingen met lwoo", "1.104", "1.087", "1.063", "1.049"],
                     ["Leerlingen pro", "298", "301", "296", "290"],
                     ["Afgegeven TLV's vso", "96", "88", "91", "84"],
                     ["Gemiddelde doorlooptijd TLV (weken)", "7,8", "6,9", "5,8", "5,5"],
                     ["Thuiszitters > 4 weken (peildatum 1 mei)", "19", "17", "12", "11"],
                     ["Uitstroom vso naar mbo of arbeid", "41", "45", "39", "44"]]),
          ("p", "De cijfers laten een stabiel beeld zien. Het aantal thuiszitters is gedaald sinds de start "
                "van het thuiszittersoverleg in 2022. De doorlooptijd van TLV-aanvragen is verkort door de "
                "invoering van de digitale aanvraag. De uitstroom vanuit het vso naar het mbo of naar werk is "
                "stabiel.")]
    B += [("h1", "3 Koers 2025-2029"),
          ("p", "Het samenwerkingsverband staat voor een regio waarin iedere jongere onderwijs volgt dat "
                "past bij zijn mogelijkheden en ondersteuningsbehoeften. Scholen zijn samen verantwoordelijk "
                "en werken samen met ouders, gemeenten en jeugdhulp. In de planperiode richten wij ons op vier "
                "opgaven:"),
          ("table", [["Opgave", "Toelichting"],
                     ["Overzicht", "Wij brengen het regionale ondersteuningsaanbod in beeld (sociale kaart)."],
                     ["Eenvoud", "Wij vereenvoudigen de aanvraagprocedures en beperken de administratieve last."],
                     ["Verbinding", "Wij versterken de samenwerking met de gemeenten en de jeugdhulp."],
                     ["Wendbaarheid", "Wij bereiden de organisatie voor op dalende leerlingaantallen."]]),
          ("p", "De beoogde resultaten per opgave en de bijbehorende indicatoren leggen wij jaarlijks vast in "
                "het jaarplan. Zo kunnen wij inspelen op ontwikkelingen en voorkomen wij dat het plan na één "
                "jaar achterhaald is.")]
    B += [("h1", "4 Ondersteuning in de regio"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "Iedere school beschrijft in haar schoolondersteuningsprofiel welke ondersteuning zij biedt. "
                "De schoolondersteuningsprofielen zijn te vinden op de websites van de scholen en worden elke "
                "vier jaar door de school geactualiseerd. Het samenwerkingsverband ondersteunt de scholen "
                "hierbij met een format."),
          ("h2", "4.2 Extra ondersteuning en het regionale aanbod"),
          ("p", "Naast de ondersteuning die scholen zelf bieden, kent de regio extra ondersteuning op "
                "scholen, bovenschoolse voorzieningen en het vso. Een volledig overzicht van dit aanbod "
                "ontbreekt op dit moment. In het schooljaar 2025-2026 stellen wij daarom een regionale "
                "sociale kaart op, waarin per school en per voorziening staat welke ondersteuning beschikbaar "
                "is, voor welke leerlingen en met welke capaciteit. Op basis van de sociale kaart beschrijven "
                "wij in 2026 het gewenste ondersteuningscontinuüm en leggen wij dat ter instemming voor aan de "
                "OPR."),
          ("p", "De ondersteuningscoördinatoren van de scholen vormen samen een netwerk dat vijf keer per jaar "
                "bijeenkomt. In het netwerk worden casussen besproken en wordt kennis gedeeld over onder meer "
                "autisme, angst en schoolverzuim.")]
    B += [("h1", "5 Toewijzing: lwoo, pro en vso"),
          ("p", "De toewijzing van lwoo, de toelaatbaarheid tot het praktijkonderwijs en de toelaatbaarheid "
                "tot het vso zijn belegd bij de Commissie Toewijzing (CT). De CT bestaat uit een voorzitter, "
                "een orthopedagoog-generalist, een GZ-psycholoog en een ambtelijk secretaris."),
          ("h2", "5.1 Lwoo"),
          ("p", "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo. Een leerling komt in "
                "aanmerking bij een IQ tussen 75 en 90 en een leerachterstand van 25% tot 50% op twee of meer "
                "van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen en spellen (waarvan "
                "ten minste één inzichtelijk rekenen of begrijpend lezen), of bij een IQ tussen 91 en 120 met "
                "dezelfde achterstand en sociaal-emotionele problematiek (prestatiemotivatie, faalangst, "
                "emotionele instabiliteit)."),
          ("table", [["Stap", "Wie", "Termijn"],
                     ["Aanmelding van de leerling bij de vo-school met onderwijskundig rapport", "Ouders en "
                      "basisschool", "vóór 15 maart"],
                     ["Aanvraag lwoo bij de CT met testgegevens", "Vo-school", "vóór 1 april"],
                     ["Toetsing aan de criteria en besluit", "CT", "binnen 4 weken, uiterlijk 15 mei"],
                     ["Aanwijzing lwoo voor de duur van de vmbo-opleiding", "CT", "-"]]),
          ("h2", "5.2 Praktijkonderwijs"),
          ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een "
                "leerachterstand van 50% of meer op ten minste twee domeinen, waarvan één begrijpend lezen of "
                "inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV aan; de CT besluit binnen "
                "vier weken. De TLV pro is onbeperkt geldig."),
          ("h2", "5.3 Voortgezet speciaal onderwijs"),
          ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV "
                "vso aan via het digitale aanvraagportaal. De aanvraag bevat het OPP, een evaluatie van de "
                "ingezette ondersteuning, het verslag van het multidisciplinair overleg en de zienswijze van "
                "ouders en leerling. De CT vraagt advies aan twee deskundigen, van wie één orthopedagoog of "
                "psycholoog is; de tweede deskundige wordt gekozen op basis van de problematiek. De "
                "deskundigen zijn niet eerder bij de leerling betrokken geweest. De CT besluit binnen zes "
                "weken."),
          ("p", "De CT verklaart een leerling toelaatbaar tot het vso als (1) de ondersteuningsbehoefte van "
                "de leerling de mogelijkheden van de reguliere school, ook met extra ondersteuning, "
                "aantoonbaar overstijgt, (2) de leerling is aangewezen op onderwijs in een kleine groep met "
                "een specialistisch pedagogisch klimaat gedurende de gehele schooldag, en (3) er sprake is van "
                "een vastgestelde beperking of stoornis die deze behoefte verklaart, zoals een ernstige "
                "psychiatrische stoornis, een verstandelijke beperking (cluster 3) of een langdurige ziekte."),
          ("p", "Een TLV vso geldt tot 31 juli van het tweede schooljaar na afgifte. De CT bepaalt de "
                "bekostigingscategorie laag, midden of hoog. Tegen een besluit van de CT kunnen ouders binnen "
                "zes weken bezwaar maken bij het bestuur, dat daarover advies vraagt aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    B += [("h1", "6 Thuiszitters, verzuim en zorgplicht"),
          ("p", "Geen enkele jongere hoort zonder onderwijs thuis te zitten. De aanpak in Kanaalzone-Oost "
                "bestaat uit drie lagen:"),
          ("ol", ["Signaleren: scholen melden verzuim volgens het regionale verzuimprotocol bij leerplicht en "
                  "melden een leerling die vier weken of langer geen onderwijs volgt direct bij de consulent "
                  "van het samenwerkingsverband.",
                  "Plan: binnen tien werkdagen maakt het thuiszittersoverleg (consulent, leerplicht, "
                  "jeugdteam, school) een plan van aanpak met een verantwoordelijke regisseur en een datum "
                  "waarop de leerling weer onderwijs volgt, zo nodig in een onderwijs-zorgarrangement op maat.",
                  "Escalatie: als het plan na zes weken niet tot resultaat leidt, of als partijen het niet eens "
                  "worden, roept de directeur-bestuurder de betrokken bestuurders bijeen. De "
                  "directeur-bestuurder heeft doorzettingsmacht en kan een school of voorziening aanwijzen."]),
          ("p", "Zorgplicht. Lukt het een school niet om binnen de wettelijke termijn een passende plek te "
                "bieden aan een aangemelde leerling, dan organiseert de consulent binnen twee weken een "
                "plaatsingstafel met de scholen in de regio. Wachtlijsten bij het vso worden maandelijks "
                "gevolgd; leerlingen op een wachtlijst krijgen een overbruggingsplan met ambulante begeleiding. "
                "Jaarlijks in juni analyseren de consulenten alle casussen van het thuiszittersoverleg en de "
                "plaatsingstafel op knelpunten: voor welke leerlingen was er geen passend aanbod en waarom. De "
                "analyse en de voorgestelde maatregelen worden in het bestuur besproken en vormen input voor "
                "de sociale kaart.")]
    B += [("h1", "7 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is en hoe zij die kunnen "
                "krijgen. Het samenwerkingsverband informeert ouders op de volgende manieren:"),
          ("ul", ["de website met een ouderportaal, met uitleg over lwoo, pro, vso en de aanvraagprocedures, "
                  "ook in eenvoudige taal;",
                  "de brochure 'Van groep 8 naar het vo: ondersteuning in Kanaalzone-Oost', die via de "
                  "basisscholen aan alle ouders van groep 7 wordt verstrekt;",
                  "een jaarlijkse informatieavond in november, samen met het samenwerkingsverband PO;",
                  "de ouderlijn: ouders kunnen op dinsdag en donderdag bellen met een consulent."]),
          ("p", "Onafhankelijke ondersteuning. Ouders en jongeren die vastlopen of een onafhankelijk advies "
                "willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kanaalzone, dat onafhankelijk van de "
                "scholen en van het samenwerkingsverband werkt. Het steunpunt bundelt de signalen die het "
                "ontvangt en bespreekt deze twee keer per jaar met het bestuur. Daarnaast verwijzen wij naar "
                "de Onderwijsconsulenten. Klachten over het samenwerkingsverband kunnen worden ingediend bij de "
                "klachtencommissie waarbij het samenwerkingsverband is aangesloten."),
          ("p", "Leerlingen praten mee via de leerlingleden in de OPR en via een jaarlijks "
                "leerlingenpanel. Leerlingen met een OPP hebben het recht hun mening te geven over hun OPP.")]
    B += [("h1", "8 Kwaliteit en verantwoording"),
          ("p", "Het samenwerkingsverband werkt met een cyclus van plannen, uitvoeren, meten en bijstellen. "
                "Twee keer per jaar (februari en september) verschijnt de Monitor Passend Onderwijs "
                "Kanaalzone-Oost. De monitor bevat per school en voor de regio de volgende indicatoren: "
                "deelnamepercentages vso en pro, aantal lwoo-aanwijzingen, aantal TLV's en doorlooptijden, "
                "aantal thuiszitters en vrijstellingen, uitstroom en het gebruik van arrangementen. De "
                "gegevens komen uit DUO, het aanvraagportaal en de leerplichtadministratie."),
          ("p", "De monitor wordt besproken in het directeurenoverleg, in het bestuur en met de OPR. Met "
                "iedere school voert de directeur-bestuurder jaarlijks een kwaliteitsdialoog over de eigen "
                "cijfers. Elke twee jaar peilen wij de tevredenheid van ouders, leerlingen en scholen. In het "
                "jaarverslag leggen wij verantwoording af over de bereikte resultaten en de inzet van de "
                "middelen.")]
    B += [("h1", "9 Samenwerking met gemeenten"),
          ("p", "Het op overeenstemming gericht overleg met de gemeenten Kanaalzone, Sluiskil-Oost en "
                "Overhaven heeft op 13 maart 2025 plaatsgevonden. Afgesproken is om samen te werken aan een "
                "sluitende aanpak thuiszitters (hoofdstuk 6), de inzet van jeugdhulp op school, "
                "leerlingenvervoer naar het vso en de aansluiting van pro en vso op de arbeidsmarkt. Over de "
                "onderwijshuisvesting voor het vso wordt in 2025 een apart overleg gevoerd. Met het "
                "samenwerkingsverband PO is afgestemd over de warme overdracht en de doorstroom van groep 8 "
                "naar het vo.")]
    B += [("h1", "10 Governance en organisatie"),
          ("p", "Het samenwerkingsverband is een stichting met een raad van toezicht en een "
                "directeur-bestuurder. De raad van toezicht bestaat uit drie onafhankelijke leden en twee leden "
                "op voordracht van de schoolbesturen. De schoolbesturen hebben daarnaast een adviserende rol "
                "via het bestuurlijk overleg, dat vier keer per jaar plaatsvindt."),
          ("p", "Het bureau telt 7,1 fte. De ondersteuningsplanraad bestaat uit tien leden (vijf personeel, "
                "drie ouders en twee leerlingen) en heeft instemmingsrecht op dit plan. De OPR vergadert vijf "
                "keer per jaar."),
          ("p", "Het samenwerkingsverband voert een eigen privacybeleid; persoonsgegevens worden bewaard tot "
                "drie jaar na het besluit.")]
    B += [("h1", "11 Financieel beleid"),
          ("h2", "11.1 Verdeelmodel"),
          ("p", "Het samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat "
                "naar de scholen. Het verdeelmodel, vastgesteld door de raad van toezicht op voorstel van de "
                "directeur-bestuurder en na advies van het bestuurlijk overleg, is als volgt:"),
          ("table", [["Onderdeel", "Verdeling", "Bedrag 2025-2026"],
                     ["Lwoo", "per leerling met aanwijzing lwoo op 1 oktober t-1", "€ 4.180 per leerling"],
                     ["Pro", "volledig naar de pro-school, per leerling op 1 oktober t-1", "€ 4.180 per leerling"],
                     ["Ondersteuningsbudget scholen", "vaste voet per school plus bedrag per leerling op 1 "
                      "oktober t-1", "€ 30.000 + € 138 per leerling"],
                     ["Arrangementen thuiszittersoverleg", "op besluit van de consulent, na plan van aanpak",
                      "maximaal € 12.000 per traject"],
                     ["Overbruggingsplannen wachtlijst vso", "op besluit van de CT", "maximaal € 6.000 per "
                      "leerling"]]),
          ("h2", "11.2 Meerjarenbegroting"),
          ("table", [["x € 1.000", "2025", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte ondersteuning, lwoo, pro", "6.410", "6.330", "6.250", "6.170", "6.090"],
                     ["Rijksbijdrage zware ondersteuning", "5.120", "5.060", "4.990", "4.930", "4.870"],
                     ["Afdracht vso via DUO", "-3.980", "-3.950", "-3.910", "-3.880", "-3.850"],
                     ["Beschikbaar", "7.550", "7.440", "7.330", "7.220", "7.110"],
                     ["Lwoo en pro naar scholen", "5.600", "5.520", "5.440", "5.370", "5.300"],
                     ["Ondersteuningsbudget scholen", "1.320", "1.300", "1.280", "1.260", "1.240"],
                     ["Arrangementen en overbrugging", "240", "240", "240", "240", "240"],
                     ["Personeel en huisvesting bureau", "610", "620", "630", "640", "650"],
                     ["Overige lasten", "70", "70", "70", "70", "70"],
                     ["Saldo", "-290", "-310", "-330", "-330", "-390"]]),
          ("p", "De negatieve saldi worden gedekt uit de algemene reserve, die per 31 december 2024 € 2,3 "
                "miljoen bedroeg. Aan het einde van de planperiode ligt de reserve op het niveau van het "
                "benodigde weerstandsvermogen (circa € 0,7 miljoen). Risico's zijn vooral de daling van het "
                "leerlingaantal en een mogelijke groei van het vso."),
          ("h2", "11.3 Verantwoording"),
          ("p", "Scholen verantwoorden jaarlijks vóór 1 april via een digitaal format hoe zij het "
                "ondersteuningsbudget hebben ingezet. Het samenwerkingsverband neemt een samenvatting op in het "
                "jaarverslag.")]
    B += [("h1", "Bijlage Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve "
                      "interventies dat alle scholen bieden."],
                     ["CT", "Commissie Toewijzing."],
                     ["Dekkend aanbod", "Voor iedere leerling is een passende onderwijsplek beschikbaar."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OJSP", "Ouder- en Jeugdsteunpunt."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Sociale kaart", "Overzicht van het ondersteuningsaanbod in de regio."],
                     ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier "
                      "voortgezet onderwijs na afloop van de TLV."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Vso", "Voortgezet speciaal onderwijs."]])]
    return B


def label_kanaalzone(name, docs):
    crit = {c: True for c in CORE}
    crit["basisondersteuning.niveau"] = False
    crit["basisondersteuning.inhoud"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.continuum"] = False
    crit["resultaten.doelen"] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "4.1 only says each school describes its support in its own SOP on the school websites; no common level, no content; definition only in the begrippenlijst, heading only in TOC.",
        "plaatsing": "H5: lwoo and pro national criteria spelled out with procedure table, vso procedure (bevoegd gezag, dossier, two deskundigen, 6 weeks), vso criteria (1)-(3), duration, categorie, bezwaar via LBT.",
        "terugstroom": "Nothing on return from vso: only 'uitstroom vso naar mbo of arbeid' figures, PO-VO doorstroom, the legal list in H12 naming the topic, and the term in the begrippenlijst.",
        "financien": "H11 'Financieel beleid': verdeelmodel table with amounts and who decides, meerjarenbegroting 2025-2029, reserves/weerstandsvermogen, verantwoording by schools.",
        "dekkend-aanbod": "Lacunes handled in H6 (thuiszittersoverleg, escalation/doorzettingsmacht, plaatsingstafel, wachtlijst, yearly knelpuntenanalyse); the continuum itself is deferred to a sociale kaart in 2025-2026 (4.2).",
        "resultaten": "H8: monitor twice a year with indicators, kwaliteitsdialoog, jaarverslag; H2 gives achieved figures; but beoogde resultaten are explicitly left to the jaarplan (H3).",
        "ouders": "H7: website/ouderportaal, brochure, info evening, ouderlijn; OJSP, Onderwijsconsulenten, klachtencommissie; pupil voice.",
    }
    write_label(name, docs, "vo", True, crit, adv, notes)


# ===========================================================================
# Plan 5 - VO, .html - Samenwerkingsverband VO Delta Noord (VO 29-08)
# web version of the plan. Basisondersteuning and results are strong; TLV
# content only in an online handbook; terugplaatsing steps without policy;
# begroting without a verdeelmodel; no continuum / gap approach; parents
# informed but independent help is still to be set up.
# ===========================================================================

def plan_deltanoord():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029 - Samenwerkingsverband VO Delta Noord"),
          ("p", "Samenwerkingsverband passend onderwijs VO 29-08 | Delta Noord, Brakwater en Schelphoek"),
          ("toc", ["Welkom", "Wie zijn wij?", "Visie en koers", "Basisondersteuning",
                   "Toewijzing en toelaatbaarheid", "Terugplaatsing vso", "Resultaten", "Financiën",
                   "Ouders", "Organisatie en OPR", "Samenwerking met gemeenten",
                   "Personeel en professionalisering", "ICT en privacy", "Planning", "Begrippen"])]
    B += [("h1", "Welkom"),
          ("p", "Op deze pagina's leest u het ondersteuningsplan 2025-2029 van Samenwerkingsverband VO Delta "
                "Noord. We hebben gekozen voor een webversie, zodat het plan makkelijk te lezen is op telefoon, "
                "tablet en computer. Een printbare versie kunt u opvragen bij het secretariaat. Het plan is op "
                "8 april 2025 vastgesteld door het bestuur, nadat de ondersteuningsplanraad op 1 april 2025 "
                "heeft ingestemd en het OOGO met de gemeenten op 20 maart 2025 is afgerond. Het plan loopt van "
                "1 augustus 2025 tot en met 31 juli 2029."),
          ("p", "Dit plan beschrijft wat we samen willen bereiken en welke afspraken daarvoor gelden. De "
                "uitvoering staat in onze handboeken en in het jaarplan. Waar we naar een handboek verwijzen, "
                "vindt u dat onder 'Documenten'."),
          ("p", "Leeswijzer. Elke pagina begint met een korte uitleg en eindigt, waar dat kan, met het kopje "
                "'Wat willen we bereiken?'. U kunt de pagina's in willekeurige volgorde lezen. Via het menu "
                "bovenaan komt u bij de onderdelen die voor ouders, scholen en partners het meest van belang "
                "zijn. Woorden die u misschien niet kent, worden uitgelegd op de pagina Begrippen. Wij hebben "
                "geprobeerd het plan in begrijpelijke taal te schrijven. Lukt dat ergens niet, laat het ons dan "
                "weten via het contactformulier; we passen de tekst dan aan. Een samenvatting van het plan in "
                "eenvoudige taal en in het Engels, Pools en Arabisch verschijnt in het najaar van 2025.")]
    B += [("h1", "Wie zijn wij?"),
          ("p", "In Samenwerkingsverband VO Delta Noord werken zes schoolbesturen samen. Zij zijn samen "
                "verantwoordelijk voor veertien scholen voor voortgezet onderwijs in de gemeenten Delta Noord, "
                "Brakwater en Schelphoek: acht scholen met vmbo (waarvan zes met lwoo), vijf scholen voor havo "
                "en vwo, en één school voor praktijkonderwijs. In de regio liggen twee scholen voor vso: "
                "Zeestroom (cluster 4) en De Meerpaal (cluster 3). Het samenwerkingsverband is ook "
                "bevoegd gezag van OPDC De Brug en draagt bij aan de ISK van het Deltacollege."),
          ("table", [["Kengetal (1 oktober 2024)", "Aantal"],
                     ["Leerlingen regulier vo", "10.366"],
                     ["Leerlingen praktijkonderwijs", "402"],
                     ["Leerlingen met lwoo", "1.388"],
                     ["Leerlingen vso (woonachtig in de regio)", "356"],
                     ["Deelnamepercentage vso", "3,3%"]]),
          ("p", "Delta Noord is een gemengde regio: een stedelijk gebied rond Delta Noord-centrum en een "
                "uitgestrekt platteland met kleine kernen. Het aantal leerlingen in het vo daalt de komende "
                "jaren met ongeveer 1% per jaar. Tegelijk groeit het aantal nieuwkomers.")]
    B += [("h1", "Visie en koers"),
          ("p", "Wij willen dat elke jongere in Delta Noord het onderwijs krijgt dat bij hem of haar past, op "
                "een school zo dicht mogelijk bij huis. Scholen, ouders, jongeren, gemeenten en jeugdhulp "
                "werken daarvoor samen. We kijken naar wat een jongere nodig heeft, niet naar etiketten. We "
                "maken ondersteuning zo licht als mogelijk en zo zwaar als nodig."),
          ("p", "Voor deze planperiode kiezen we drie accenten:"),
          ("ul", ["Een stevige basis: alle scholen bieden de afgesproken basisondersteuning.",
                  "Resultaatgericht werken: we maken zichtbaar wat passend onderwijs oplevert.",
                  "Samen met gemeenten: onderwijs en jeugdhulp sluiten naadloos op elkaar aan."]),
          ("p", "Deze accenten werken we hieronder uit. Bij iedere pagina staat wat we willen bereiken.")]
    B += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die elke school in Delta Noord op iedere vestiging "
                "biedt aan iedere leerling die dat nodig heeft. De zes besturen hebben de basisondersteuning in "
                "2024 samen opnieuw vastgesteld. Het is een gezamenlijke ondergrens: ouders en leerlingen "
                "kunnen op elke school hetzelfde verwachten. Een school kan meer bieden; dat staat dan in de "
                "schoolgids."),
          ("p", "Wat kunt u op iedere school verwachten?"),
          ("table", [["Thema", "Afspraak basisondersteuning Delta Noord"],
                     ["Aanspreekpunt", "Elke leerling heeft een mentor. Elke school heeft een "
                      "ondersteuningscoördinator die ouders en mentoren adviseert."],
                     ["Signaleren", "Scholen gebruiken een leerlingvolgsysteem en een vragenlijst voor "
                      "sociaal-emotioneel welbevinden in leerjaar 1 en 3."],
                     ["Dyslexie en dyscalculie", "Elke school werkt volgens een dyslexie- en "
                      "dyscalculieprotocol, met faciliteiten zoals extra tijd en ondersteunende software."],
                     ["Leren leren", "Elke school biedt begeleiding bij plannen, organiseren en huiswerk, "
                      "in de vorm van een huiswerkklas of studiebegeleiding."],
                     ["Welbevinden", "Elke school biedt faalangstreductietraining en "
                      "sociale-vaardigheidstraining, en heeft een anti-pestcoördinator."],
                     ["Gedrag", "Elke school heeft een time-outplek met begeleiding en een duidelijk "
                      "gedragsprotocol."],
                     ["Taal", "Leerlingen met een taalachterstand krijgen extra taalondersteuning; "
                      "nieuwkomers na de ISK krijgen een vervolgtraject NT2."],
                     ["Medisch", "Elke school heeft een protocol medisch handelen en kan tijdelijke "
                      "aanpassingen bieden bij ziekte of letsel."],
                     ["Samenwerking", "Op elke school is een schoolmaatschappelijk werker of jeugdprofessional "
                      "en is de jeugdarts bereikbaar."]]),
          ("p", "Wat willen we bereiken? In 2027 voldoen alle veertien scholen aantoonbaar aan alle "
                "afspraken.")]
    B += [("h1", "Toewijzing en toelaatbaarheid"),
          ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs "
                "en over de aanwijzing voor lwoo. Hoe dat gaat, welke criteria gelden en welke termijnen we "
                "hanteren, staat in het Handboek Toewijzing en Toelaatbaarheid. Het handboek wordt jaarlijks "
                "door het bestuur vastgesteld en staat op onze website onder 'Documenten'."),
          ("p", "Wat willen we bereiken? Scholen en ouders ervaren de toewijzing als snel en duidelijk.")]
    B += [("h1", "Terugplaatsing vso"),
          ("p", "Voor leerlingen in het vso van wie de toelaatbaarheidsverklaring afloopt, geldt de volgende "
                "werkwijze:"),
          ("table", [["Stap", "Wat gebeurt er?", "Wie", "Wanneer"],
                     ["1", "Bespreking van terugplaatsing, verlenging of uitstroom bij de evaluatie van het OPP",
                      "vso-school met leerling en ouders", "in het laatste jaar van de TLV, vóór 1 februari"],
                     ["2", "Melding aan het samenwerkingsverband van het advies van de vso-school",
                      "vso-school", "vóór 15 februari"],
                     ["3", "Overleg met een mogelijke ontvangende school", "consulent samenwerkingsverband",
                      "februari-maart"],
                     ["4", "Besluit: terugplaatsing of aanvraag van een nieuwe TLV", "commissie "
                      "toelaatbaarheid", "vóór 1 mei"],
                     ["5", "Inschrijving op de ontvangende school", "ouders en ontvangende school",
                      "per 1 augustus"]]),
          ("p", "Beleidsuitgangspunten over terugplaatsing en over de begeleiding na terugkeer stellen we in "
                "2026 samen met de vso-scholen op.")]
    B += [("h1", "Resultaten"),
          ("p", "We willen laten zien wat passend onderwijs oplevert. Daarom hebben we voor deze planperiode "
                "de volgende beoogde resultaten vastgesteld. Bij elk resultaat hoort een indicator en een "
                "streefwaarde."),
          ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                     ["Basisondersteuning op orde", "Scholen die aan alle afspraken voldoen", "9 van 14",
                      "14 van 14"],
                     ["Thuisnabij onderwijs", "Deelnamepercentage vso", "3,3%", "3,0%"],
                     ["Iedereen naar school", "Thuiszitters langer dan 4 weken (peildatum 1 mei)", "21", "8"],
                     ["Snelle toewijzing", "TLV-aanvragen afgehandeld binnen 6 weken", "72%", "95%"],
                     ["Succesvolle terugplaatsing", "Teruggeplaatste leerlingen die na een jaar nog op de "
                      "reguliere school zitten", "onbekend", "80%"],
                     ["Tevredenheid", "Oordeel ouders over de ondersteuning (1-10)", "7,1", "7,5"]]),
          ("p", "Hoe volgen we dit? Het bureau houdt een resultatenmonitor bij op basis van gegevens van DUO, "
                "de leerplichtadministratie en ons aanvraagsysteem. De monitor wordt drie keer per jaar "
                "bijgewerkt en besproken in het bestuur en het directeurenoverleg. Eens per jaar, in juni, "
                "bespreken we de resultaten met de OPR. In het jaarverslag rapporteren we per indicator de "
                "stand ten opzichte van de streefwaarde, met een toelichting als we achterlopen en de "
                "maatregelen die we nemen. De tevredenheid meten we elke twee jaar met een vragenlijst onder "
                "ouders. Halverwege de planperiode, in 2027, evalueren we met een externe partij of de "
                "resultaten haalbaar blijken.")]
    B += [("h1", "Financiën"),
          ("p", "Het samenwerkingsverband ontvangt rijksmiddelen voor lichte en zware ondersteuning. DUO "
                "houdt de bekostiging van het vso in op de middelen voor zware ondersteuning. Het verdeelmodel "
                "wordt in het schooljaar 2025-2026 herzien, omdat het huidige model onvoldoende rekening houdt "
                "met de verschillen tussen scholen. Het nieuwe model wordt na advies van de OPR door het "
                "bestuur vastgesteld en in het jaarplan 2026 opgenomen."),
          ("p", "Meerjarenbegroting (bedragen x € 1.000)"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Baten lichte ondersteuning, lwoo en pro", "8.020", "7.950", "7.880", "7.810"],
                     ["Baten zware ondersteuning", "6.740", "6.680", "6.610", "6.550"],
                     ["Ingehouden door DUO (vso)", "-5.090", "-5.060", "-5.020", "-4.990"],
                     ["Totaal baten", "9.670", "9.570", "9.470", "9.370"],
                     ["Lwoo en pro doorgegeven aan scholen", "6.380", "6.320", "6.270", "6.210"],
                     ["Ondersteuningsbudgetten scholen", "1.720", "1.700", "1.680", "1.660"],
                     ["OPDC De Brug", "890", "900", "910", "920"],
                     ["Bijdrage ISK", "160", "170", "180", "180"],
                     ["Commissie toelaatbaarheid en deskundigen", "190", "190", "190", "190"],
                     ["Bureau en organisatie", "520", "530", "540", "550"],
                     ["Saldo", "-190", "-220", "-300", "-360"]]),
          ("p", "De tekorten worden gedekt uit de reserve, die daarmee in 2028 op het door het bestuur "
                "gewenste niveau ligt.")]
    B += [("h1", "Ouders"),
          ("p", "Ouders moeten weten waar hun kind recht op heeft en bij wie ze terechtkunnen. We informeren "
                "ouders op verschillende manieren:"),
          ("ul", ["Op deze website staat een oudergedeelte met uitleg over basisondersteuning, extra "
                  "ondersteuning, het OPDC, lwoo, pro en vso.",
                  "Alle ouders van leerlingen in groep 8 ontvangen via de basisschool de folder 'Naar het vo "
                  "in Delta Noord', met een overzicht van de ondersteuning op iedere school.",
                  "Iedere school beschrijft haar ondersteuning in de schoolgids en bespreekt die op de "
                  "informatieavond voor nieuwe ouders.",
                  "In oktober organiseren we een ouderavond over passend onderwijs, samen met de "
                  "ondersteuningscoördinatoren."]),
          ("p", "Een ouder- en jeugdsteunpunt richten we samen met SWV PO Delta Noord op. Hoe het steunpunt "
                "eruit komt te zien, werken we in 2026 uit; tot die tijd is de school het eerste aanspreekpunt."),
          ("p", "Wat willen we bereiken? Ouders geven de informatievoorziening in 2029 ten minste een 7,5.")]
    B += [("h1", "Organisatie en OPR"),
          ("p", "Het samenwerkingsverband is een stichting. Het bestuur bestaat uit de zes bestuurders van de "
                "aangesloten schoolbesturen, aangevuld met een onafhankelijk voorzitter. Het toezicht is "
                "intern belegd: twee bestuurders vormen samen met de voorzitter de commissie toezicht. De "
                "directeur leidt het bureau, dat bestaat uit consulenten, een gedragswetenschapper, een "
                "controller en ondersteunend personeel, in totaal 9,3 fte."),
          ("p", "De ondersteuningsplanraad heeft twaalf leden: zes personeelsleden en zes ouders of "
                "leerlingen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert zes keer "
                "per jaar en heeft een eigen budget voor scholing en ondersteuning.")]
    B += [("h1", "Samenwerking met gemeenten"),
          ("p", "Het OOGO met de gemeenten Delta Noord, Brakwater en Schelphoek vond plaats op 20 maart 2025. "
                "Belangrijke thema's waren jeugdhulp in en om de school, het leerlingenvervoer, de huisvesting "
                "van OPDC De Brug en de aansluiting op het mbo. Met de gemeenten maken we in 2026 afspraken over "
                "een gezamenlijke thuiszittersaanpak. Met SWV PO Delta Noord voerden we overleg over de "
                "overstap van groep 8 naar het vo."),
          ("p", "Wat willen we bereiken? In 2026 is er een gezamenlijke agenda onderwijs-jeugd vastgesteld.")]
    B += [("h1", "Personeel en professionalisering"),
          ("p", "We investeren in de deskundigheid van mentoren, ondersteuningscoördinatoren en "
                "docenten. Jaarlijks bieden we een cursusaanbod aan over gesprekken met leerlingen, omgaan met "
                "angst en somberheid, en werken met een OPP. Daarnaast organiseren we twee keer per jaar een "
                "netwerkbijeenkomst voor ondersteuningscoördinatoren. Het personeel van het bureau en van "
                "OPDC De Brug is in dienst van het samenwerkingsverband en valt onder de cao vo. Door de "
                "krimp verwachten we geen groei van het aantal medewerkers."),
          ("p", "Het lerarentekort treft ook onze regio. Samen met de besturen en de lerarenopleidingen "
                "zetten we in op het opleiden in de school, ook voor het vso.")]
    B += [("h1", "ICT en privacy"),
          ("p", "Aanvragen en dossiers worden digitaal behandeld in een beveiligde omgeving. Alleen "
                "medewerkers die bij een aanvraag betrokken zijn, hebben toegang tot de gegevens. Gegevens "
                "worden bewaard tot drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris "
                "gegevensbescherming en een privacyreglement dat op de website staat.")]
    B += [("h1", "Planning"),
          ("table", [["Jaar", "Belangrijkste activiteiten"],
                     ["2025-2026", "Herziening verdeelmodel; afspraken thuiszittersaanpak voorbereiden; "
                      "evaluatie handboek toewijzing"],
                     ["2026-2027", "Uitwerking ouder- en jeugdsteunpunt; beleid terugplaatsing; "
                      "tussenevaluatie resultaten"],
                     ["2027-2028", "Externe evaluatie; bijstelling plan indien nodig"],
                     ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]])]
    B += [("h1", "Begrippen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."],
                     ["Dekkend aanbod", "Er is voor iedere leerling een passende plek."],
                     ["ISK", "Internationale schakelklas."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Verdeelmodel", "De afspraken over hoe het geld over de scholen wordt verdeeld."]])]
    return B


def label_deltanoord(name, docs):
    crit = {c: True for c in CORE}
    crit["plaatsing.procedure"] = False
    crit["plaatsing.criteria"] = False
    crit["terugstroom.beleid"] = False
    crit["financien.verdeling"] = False
    crit["dekkend-aanbod.continuum"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["ouders.steunpunt"] = False
    adv = {"financien": ["reserves"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Page 'Basisondersteuning': common minimum on every vestiging plus a table of concrete afspraken; no borging described.",
        "plaatsing": "Page 'Toewijzing en toelaatbaarheid' only refers to the online Handboek Toewijzing en Toelaatbaarheid; 'Toelaatbaarheid' in the site nav and 'Bezwaar' in Begrippen do not count.",
        "terugstroom": "Page 'Terugplaatsing vso': step table with actors and dates (procedure), but aims/conditions/support after return are deferred to 2026.",
        "financien": "Page 'Financiën': meerjarenbegroting 2025-2028 with amounts; the verdeelmodel is being revised and not described.",
        "dekkend-aanbod": "No continuum or gap approach: OPDC/ISK named only as governance facts and budget lines, thuiszittersaanpak deferred to 2026, thuiszitters only as a results target, 'samenhangend geheel' only in the legal list, 'Dekkend aanbod' only in Begrippen.",
        "resultaten": "Page 'Resultaten': beoogde resultaten with nulmeting and streefwaarden; monitor three times a year, OPR, jaarverslag, tevredenheidsmeting.",
        "ouders": "Page 'Ouders': website, folder, schoolgids, ouderavond; the ouder- en jeugdsteunpunt is still to be worked out in 2026 and no other independent help or klachten route is given.",
    }
    write_label(name, docs, "vo", True, crit, adv, notes)


# ===========================================================================
# Near-miss - VO school's schoolondersteuningsprofiel (.pdf)
# Same vocabulary (basisondersteuning, TLV, lwoo, vso, OPDC, ouders, middelen)
# but it is one school's profile, not the plan of a samenwerkingsverband.
# ===========================================================================

def sop_baken():
    B = []
    B += [("title", "Schoolondersteuningsprofiel 2025-2026"),
          ("sub", "Het Baken College, locatie Oostwal - vmbo (basis, kader, gemengd/theoretisch) en havo"),
          ("p", "Onderdeel van de schoolgids. Vastgesteld door de schoolleiding op 30 juni 2025, met advies "
                "van de medezeggenschapsraad."),
          ("toc", ["1 Inleiding", "2 Onze school", "3 Basisondersteuning op Het Baken",
                   "4 Extra ondersteuning", "5 Lwoo en kleine klassen", "6 Wanneer het niet lukt: OPDC en vso",
                   "7 Ouders en leerlingen", "8 Middelen en formatie", "9 Grenzen van onze ondersteuning"]),
          ("h1", "1 Inleiding"),
          ("p", "Iedere school voor voortgezet onderwijs stelt een schoolondersteuningsprofiel (SOP) op. "
                "Hierin beschrijven we welke ondersteuning Het Baken College, locatie Oostwal, biedt aan "
                "leerlingen die dat nodig hebben. Het profiel is bedoeld voor ouders en leerlingen die zich "
                "oriënteren op onze school, voor de basisscholen die leerlingen naar ons verwijzen en voor "
                "ons eigen team. Onze school is aangesloten bij Samenwerkingsverband VO Lindeveld; de afspraken "
                "die daar gemaakt zijn, vindt u in het ondersteuningsplan van het samenwerkingsverband."),
          ("h1", "2 Onze school"),
          ("p", "Locatie Oostwal telt 1.140 leerlingen, van wie 310 in de basisberoepsgerichte en "
                "kaderberoepsgerichte leerweg, 420 in de gemengde en theoretische leerweg en 410 in de havo. "
                "Ongeveer 180 leerlingen hebben een aanwijzing voor leerwegondersteunend onderwijs. Onze "
                "school is een open, christelijke school waar iedereen welkom is. Kenmerkend zijn de kleine "
                "teams per leerjaar, de sterke mentorlijn en de samenwerking met het bedrijfsleven in de "
                "profielen Bouwen, wonen en interieur, Zorg en welzijn en Economie en ondernemen."),
          ("h1", "3 Basisondersteuning op Het Baken"),
          ("p", "Op Het Baken bieden we de basisondersteuning die binnen het samenwerkingsverband is "
                "afgesproken. Voor onze leerlingen betekent dit:"),
          ("ul", ["Iedere leerling heeft een mentor, met in de onderbouw twee mentoruren per week.",
                  "Onze ondersteuningscoördinator, mevrouw J. Kroes, is het aanspreekpunt voor ouders en "
                  "mentoren.",
                  "Het ondersteuningsteam (ondersteuningscoördinator, orthopedagoog, schoolmaatschappelijk "
                  "werker, jeugdarts en leerplicht) komt iedere twee weken bijeen.",
                  "Leerlingen met dyslexie of dyscalculie krijgen een faciliteitenpas met extra tijd, "
                  "voorleessoftware en een rekenkaart.",
                  "We bieden faalangstreductietraining, sociale-vaardigheidstraining en een training "
                  "examenvrees in leerjaar 4.",
                  "Er is dagelijks huiswerkbegeleiding tot 16.00 uur.",
                  "De Trajectruimte is het hele schooljaar open voor leerlingen die even een time-out nodig "
                  "hebben."]),
          ("h1", "4 Extra ondersteuning"),
          ("p", "Soms heeft een leerling meer nodig. In overleg met ouders en leerling stelt de "
                "ondersteuningscoördinator dan een ontwikkelingsperspectiefplan (OPP) op. Binnen de school "
                "kunnen we onder meer inzetten: begeleiding door een ambulant begeleider, een aangepast "
                "rooster, een coachingstraject bij de schoolmaatschappelijk werker, of een plek in de "
                "Trajectklas (maximaal twaalf leerlingen, vmbo-onderbouw). De Trajectklas is bedoeld voor "
                "leerlingen die tijdelijk behoefte hebben aan meer structuur en een kleine groep."),
          ("p", "We zijn trots op onze autismevriendelijke afdeling in de havo-onderbouw: vaste lokalen, "
                "een vaste begeleider per klas en een prikkelarme pauzeruimte. Er is plaats voor 24 "
                "leerlingen per leerjaar."),
          ("h1", "5 Lwoo en kleine klassen"),
          ("p", "Leerlingen met een aanwijzing lwoo volgen in de basis- en kaderberoepsgerichte leerweg les in "
                "klassen van maximaal zestien leerlingen. Zij krijgen extra uren Nederlands en rekenen en een "
                "vaste coach. De aanwijzing lwoo wordt door het samenwerkingsverband afgegeven; wij vragen die "
                "aan nadat uw kind bij ons is aangemeld."),
          ("h1", "6 Wanneer het niet lukt: OPDC en vso"),
          ("p", "Als blijkt dat onze school, ook met extra ondersteuning, niet de plek is die uw kind nodig "
                "heeft, zoeken we samen met u naar een andere mogelijkheid. Dat kan een tijdelijke plaatsing "
                "zijn in het OPDC van het samenwerkingsverband, een andere reguliere school of het voortgezet "
                "speciaal onderwijs. Voor plaatsing in het vso is een toelaatbaarheidsverklaring (TLV) van het "
                "samenwerkingsverband nodig; die vragen wij aan. Leerlingen die vanuit het vso naar onze school "
                "komen, krijgen een vaste begeleider en een warme overdracht."),
          ("h1", "7 Ouders en leerlingen"),
          ("p", "We vinden het belangrijk dat ouders en school samenwerken. Ouders worden uitgenodigd voor "
                "de startgesprekken in september en de voortgangsgesprekken in november en maart. Bij zorgen "
                "neemt de mentor binnen een week contact op. Ouders zijn altijd welkom bij het "
                "ondersteuningsteam wanneer hun kind besproken wordt. Informatie over de ondersteuning staat "
                "in deze schoolgids en op onze website. Ouders die er met de school niet uitkomen, kunnen "
                "contact opnemen met onze vertrouwenspersoon of met het Ouder- en Jeugdsteunpunt "
                "Lindeveld. Onze klachtenregeling staat op de website."),
          ("h1", "8 Middelen en formatie"),
          ("p", "Onze school ontvangt van het samenwerkingsverband een ondersteuningsbudget en de middelen "
                "voor lwoo. Daarmee bekostigen we onder meer de ondersteuningscoördinator (1,0 fte), de "
                "orthopedagoog (0,6 fte), de Trajectklas en de kleine lwoo-klassen. Over de besteding leggen "
                "we jaarlijks verantwoording af aan het samenwerkingsverband."),
          ("h1", "9 Grenzen van onze ondersteuning"),
          ("p", "We kunnen niet alles. Leerlingen die gedurende de hele schooldag één-op-één begeleiding "
                "nodig hebben, leerlingen met ernstige fysieke beperkingen waarvoor ons gebouw niet is "
                "ingericht (er is geen lift in het B-gebouw), en leerlingen bij wie de veiligheid van "
                "medeleerlingen in het geding is, kunnen we niet de ondersteuning bieden die zij nodig "
                "hebben. Ook voor leerlingen met een zeer intensieve medische zorgbehoefte is onze school "
                "minder geschikt. We kijken altijd per leerling wat mogelijk is.")]
    return B



# ===========================================================================
# Additional chapters (the filler real plans have). They are inserted into
# the plans above before the glossary; each is written not to address the
# criteria that the plan's label marks as not addressed.
# ===========================================================================

def insert_before(blocks, heading_prefix, extra):
    for i, b in enumerate(blocks):
        if b[0] == "h1" and b[1].startswith(heading_prefix):
            return blocks[:i] + extra + blocks[i:]
    return blocks + extra


def legal_frame(sector, art):
    vo = sector == "vo"
    return [
        ("p", f"Wettelijk kader. {art} bepaalt dat het ondersteuningsplan in elk geval beschrijft: de wijze "
              "waarop het samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen "
              "binnen en tussen de scholen realiseert, inclusief de basisondersteuning; de procedure en "
              "criteria voor de verdeling, besteding en toewijzing van de ondersteuningsmiddelen; de "
              "procedure en criteria voor de plaatsing van leerlingen in het "
              + ("vso en de toewijzing van lwoo en praktijkonderwijs; " if vo else "sbo en het so; ")
              + "de procedure en het beleid voor terugplaatsing en overplaatsing; de beoogde en bereikte "
              "resultaten; en de wijze waarop ouders worden geïnformeerd over de ondersteuningsmogelijkheden "
              "en over onafhankelijke ondersteuning. Het plan wordt niet vastgesteld dan na op overeenstemming "
              "gericht overleg met de gemeenten en met instemming van de ondersteuningsplanraad."),
    ]


def extra_westerdijk():
    return [
        ("h1", "11. Hoe is dit plan tot stand gekomen?"),
        ("p", "In april 2024 startte een kerngroep met de voorbereiding. De kerngroep bestond uit twee "
              "schoolleiders, drie ondersteuningscoördinatoren, een beleidsmedewerker van de gemeente "
              "Westerdijk en twee medewerkers van het bureau. De kerngroep voerde gesprekken met alle "
              "scholen en bezocht de twee vso-scholen, het OPDC en de ISK. Daarna volgden drie "
              "schrijfsessies. Het eerste concept werd in november 2024 besproken in de ledenvergadering en "
              "de ondersteuningsplanraad. In december volgde een bijeenkomst met de vier wethouders. Het "
              "tweede concept is in januari 2025 aangepast op basis van de reacties. Het OOGO vond plaats op "
              "4 maart 2025 en de OPR stemde op 12 maart 2025 in."),
        ("p", "Wat hebben we anders gedaan dan vorige keer? We hebben minder tekst geschreven en meer "
              "gesproken. We hebben de scholen gevraagd wat zij nodig hebben van het samenwerkingsverband, "
              "in plaats van andersom. En we hebben de ondersteuningsplanraad vanaf het begin betrokken, "
              "zodat de instemming geen formaliteit werd."),
        ("h1", "12. Van vo naar mbo en werk"),
        ("p", "Voor veel leerlingen in het vmbo, het praktijkonderwijs en het vso is de overstap naar het "
              "mbo of naar werk een kwetsbaar moment. Samen met de twee mbo-instellingen in de regio en de "
              "gemeenten werken we aan een doorlopende leerroute. Leerlingen uit het praktijkonderwijs en "
              "het vso met een uitstroomprofiel arbeid krijgen een jobcoach die tot een jaar na "
              "schoolverlaten betrokken blijft. Met het regionaal meld- en coördinatiepunt voortijdig "
              "schoolverlaten zijn afspraken gemaakt over de warme overdracht van jongeren zonder "
              "startkwalificatie."),
        ("p", "In het project 'Entree Westerdijk' kunnen leerlingen uit het vmbo-basis en het "
              "praktijkonderwijs al in hun laatste schooljaar lessen volgen op het mbo. Het project wordt "
              "gefinancierd uit regionale middelen van de gemeenten en de provincie."),
        ("h1", "13. Privacy en gegevensbescherming"),
        ("p", "Het samenwerkingsverband verwerkt bij aanvragen bijzondere persoonsgegevens, zoals "
              "gegevens over gezondheid. De Algemene verordening gegevensbescherming (AVG) en de "
              "onderwijswetgeving stellen daar strenge eisen aan. We verwerken alleen de gegevens die nodig "
              "zijn om een besluit te nemen over toelaatbaarheid of een arrangement. De functionaris "
              "gegevensbescherming van de grootste aangesloten stichting is ook voor ons samenwerkingsverband "
              "aangesteld. Datalekken worden gemeld volgens het protocol datalekken. In 2025 voeren we een "
              "gegevensbeschermingseffectbeoordeling uit op het nieuwe aanvraagsysteem."),
        ("h1", "14. Tot slot"),
        ("p", "Een plan is maar papier. Het gaat erom wat er in de scholen gebeurt, elke dag, in elke klas. "
              "We nodigen iedereen uit om ons scherp te houden. Heeft u vragen of suggesties over dit plan? "
              "Neem dan contact op met het bureau van Passend Onderwijs Westerdijk."),
    ]


def extra_heuvelrand():
    return [
        ("h1", "14 Wettelijk kader en totstandkoming"),
    ] + legal_frame("po", "Artikel 18a, achtste lid, van de Wet op het primair onderwijs") + [
        ("p", "Totstandkoming. Het plan is voorbereid door een schrijfgroep die tussen maart en november 2024 "
              "acht keer bijeenkwam. In juni 2024 zijn alle directeuren en intern begeleiders gevraagd naar "
              "hun ervaringen met de vorige planperiode; 61 van hen vulden de vragenlijst in. In september "
              "2024 is een conceptversie besproken in een regiobijeenkomst in Bergakker. De "
              "ondersteuningsplanraad heeft het concept in drie vergaderingen besproken en op 3 april 2025 "
              "ingestemd. Het OOGO met de gemeenten vond plaats op 27 maart 2025; met SWV VO Heuvelrand is "
              "het concept op 4 februari 2025 besproken. Het plan is vóór 1 mei 2025 aan de Inspectie van "
              "het Onderwijs gezonden."),
        ("h1", "15 Privacy"),
        ("p", "Voor de toewijzing van ondersteuning en het afgeven van toelaatbaarheidsverklaringen verwerkt "
              "het samenwerkingsverband persoonsgegevens van leerlingen. Wij doen dat zorgvuldig en alleen "
              "voor zover dat nodig is. De gegevens worden opgeslagen in een beveiligd digitaal systeem "
              "waartoe alleen de medewerkers van het Ondersteuningsloket en de leden van de CvT toegang "
              "hebben. De bewaartermijn is drie jaar na het besluit. Het samenwerkingsverband heeft een "
              "privacyreglement en een functionaris gegevensbescherming. Bij vragen over privacy kunnen "
              "ouders contact opnemen met het Ondersteuningsloket."),
        ("h1", "16 Huisvesting en leerlingenvervoer"),
        ("p", "De huisvesting van de scholen is een verantwoordelijkheid van de gemeenten en de "
              "schoolbesturen. Voor het samenwerkingsverband is vooral van belang dat sbo De Wegwijzer en "
              "so De Linde over voldoende en passende ruimte beschikken. So De Linde zit sinds 2023 krap in "
              "haar gebouw; met de gemeente Heuvelrand wordt gesproken over een uitbreiding met vier "
              "lokalen. Leerlingenvervoer naar het sbo en so is een taak van de gemeenten. Veel kinderen "
              "reizen dagelijks lang. Het samenwerkingsverband vraagt de gemeenten om bij de aanbesteding van "
              "het vervoer rekening te houden met de reistijd en met vaste chauffeurs voor kinderen die "
              "daar baat bij hebben."),
        ("h1", "17 Tot slot: een plan dat leeft"),
        ("p", "Dit plan is geen eindpunt. Elk jaar kijken wij samen met de scholen, de OPR en de gemeenten "
              "terug op wat er is gebeurd en vooruit naar wat er nodig is. Wij nodigen iedereen uit om mee te "
              "blijven denken. Passend onderwijs maken wij samen, elke dag opnieuw, voor ieder kind in "
              "Heuvelrand, Bergakker en Loenerveen."),
    ]


def extra_kanaalzone():
    return [
        ("h1", "12 Wettelijk kader en procedure"),
    ] + legal_frame("vo", "Artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (artikel 2.47 "
                          "en verder van de WVO 2020)") + [
        ("p", "Procedure. Het concept van dit plan is op 14 januari 2025 aan de OPR voorgelegd. Na twee "
              "bespreekrondes en een gezamenlijke bijeenkomst met de raad van toezicht heeft de OPR op 26 "
              "maart 2025 ingestemd. Het OOGO met de drie gemeenten vond plaats op 13 maart 2025; de "
              "gemeenten hebben schriftelijk bevestigd dat overeenstemming is bereikt. Met het "
              "samenwerkingsverband PO Kanaalzone is op 20 februari 2025 overleg gevoerd. Het plan is op 2 "
              "april 2025 vastgesteld en op 10 april 2025 via het Internet Schooldossier aan de Inspectie "
              "gezonden."),
        ("h1", "13 Aansluiting op mbo en arbeidsmarkt"),
        ("p", "Het samenwerkingsverband werkt samen met ROC Kanaalzone en het regionale werkbedrijf aan de "
              "overgang van vo naar mbo en werk. Voor leerlingen uit het praktijkonderwijs en het vso met een "
              "uitstroomprofiel arbeidsmarkt is een nazorgtraject van één jaar afgesproken, uitgevoerd door de "
              "stagebegeleiders van de scholen. Leerlingen met een uitstroomprofiel dagbesteding worden in "
              "het laatste schooljaar samen met de gemeente en de zorgaanbieder voorbereid op hun plek na "
              "school. Voor vmbo-leerlingen met een OPP organiseren de ondersteuningscoördinatoren in "
              "februari een overdrachtsgesprek met de mbo-instelling."),
        ("h1", "14 Professionalisering en kennisdeling"),
        ("p", "Het samenwerkingsverband stelt jaarlijks een professionaliseringsaanbod samen op basis van de "
              "vragen uit het netwerk ondersteuningscoördinatoren. Voor 2025-2026 staan op het programma: "
              "een leergang 'Gesprekken met ouders en leerlingen', een training 'Omgaan met schoolangst', een "
              "masterclass over het OPP en het hoorrecht van leerlingen, en een studiemiddag over "
              "samenwerking met de jeugdhulp. De kosten worden gedragen door het samenwerkingsverband; "
              "scholen zorgen voor de vrijroostering van deelnemers."),
        ("p", "Daarnaast worden twee keer per jaar 'leerateliers' georganiseerd waarin scholen elkaar "
              "voorbeelden laten zien van wat werkt. De consulenten van het samenwerkingsverband volgen een "
              "post-hbo-opleiding tot trajectbegeleider."),
        ("h1", "15 Privacy en informatiebeveiliging"),
        ("p", "De Commissie Toewijzing en de consulenten werken met gevoelige gegevens. Het samenwerkingsverband "
              "heeft daarom een informatiebeveiligings- en privacybeleid, een verwerkersovereenkomst met de "
              "leverancier van het aanvraagportaal en een protocol voor het melden van datalekken. Alle "
              "medewerkers tekenen een geheimhoudingsverklaring. Een externe partij toetst het beleid eens "
              "per twee jaar."),
    ]


def extra_deltanoord():
    return [
        ("h1", "Waarom dit plan?"),
    ] + legal_frame("vo", "Artikel 17a van de Wet op het voortgezet onderwijs") + [
        ("p", "Het plan moet vóór 1 mei voorafgaand aan de planperiode bij de Inspectie van het Onderwijs "
              "zijn. Wij hebben het plan op 14 april 2025 ingediend."),
        ("h1", "Hoe is dit plan tot stand gekomen?"),
        ("p", "We zijn in februari 2024 begonnen met een evaluatie van het vorige plan. Daarvoor hebben we "
              "gesprekken gevoerd met alle schoolleiders, met de ondersteuningscoördinatoren, met de OPR en "
              "met de beleidsmedewerkers onderwijs en jeugd van de drie gemeenten. Ook hebben we een "
              "digitale vragenlijst uitgezet onder ouders; 312 ouders hebben gereageerd. In juni 2024 hebben "
              "de besturen op een heidag de accenten voor het nieuwe plan gekozen. Daarna schreef een "
              "kleine redactie het plan. De OPR heeft het concept in december 2024 en februari 2025 "
              "besproken en op 1 april 2025 ingestemd."),
        ("h1", "Terugblik 2021-2025"),
        ("p", "In de vorige planperiode hebben we veel gedaan. We noemen de belangrijkste mijlpalen:"),
        ("ul", ["In 2022 is de afspraak over basisondersteuning herzien en is de meting op de scholen "
                "ingevoerd. In 2024 voldeden 9 van de 14 scholen aan alle afspraken.",
                "De doorlooptijd van aanvragen daalde, maar ligt nog niet op het niveau dat we willen: in "
                "2024 werd 72% van de TLV-aanvragen binnen zes weken afgehandeld.",
                "Het deelnamepercentage vso daalde van 3,6% in 2021 naar 3,3% in 2024.",
                "Het bureau is verhuisd naar het Onderwijsplein in Delta Noord-centrum.",
                "De samenwerking met de gemeenten is vastgelegd in een intentieverklaring."]),
        ("p", "Niet alles ging goed. Het aantal thuiszitters bleef hoger dan we wilden, en ouders gaven aan "
              "dat zij het samenwerkingsverband moeilijk konden vinden. Die lessen nemen we mee."),
        ("h1", "Aansluiting op het mbo"),
        ("p", "Samen met het Deltacollege mbo en de gemeenten werken we aan een soepele overgang naar het "
              "mbo. Leerlingen met een OPP krijgen in het examenjaar een overdrachtsgesprek met de "
              "mbo-instelling, waarbij ook de ouders aanwezig zijn. Voor leerlingen uit het praktijkonderwijs "
              "en het vso die naar werk uitstromen, is er een jobcoach via de gemeente. Het aantal jongeren "
              "dat binnen een jaar na de overstap uitvalt in het mbo, volgen we samen met het RMC."),
        ("h1", "Duurzaam en toekomstgericht"),
        ("p", "Het samenwerkingsverband wil ook als organisatie verantwoord werken. Het bureau is "
              "gehuisvest in een energiezuinig gebouw, medewerkers reizen zo veel mogelijk met het openbaar "
              "vervoer en vergaderingen vinden waar mogelijk online plaats. In het jaarplan besteden we "
              "aandacht aan de duurzame inzetbaarheid van onze eigen medewerkers: een gezonde werkdruk, "
              "ontwikkelmogelijkheden en een goede balans tussen werk en privé."),
        ("h1", "Veelgestelde vragen"),
        ("p", "Wat is een samenwerkingsverband? Een samenwerkingsverband is een organisatie van "
              "schoolbesturen die samen afspraken maken over passend onderwijs in een regio. In Delta Noord "
              "zijn dat zes besturen."),
        ("p", "Wat is de OPR? De ondersteuningsplanraad is de medezeggenschapsraad van het "
              "samenwerkingsverband. De leden zijn ouders, leerlingen en personeelsleden van de aangesloten "
              "scholen. De OPR moet instemmen met het ondersteuningsplan."),
        ("p", "Waar vind ik het Handboek Toewijzing en Toelaatbaarheid? Op onze website, onder 'Documenten'. "
              "Daar staan ook het jaarplan, de jaarbegroting en het jaarverslag."),
        ("p", "Hoe vaak wordt het plan herzien? Het plan geldt vier jaar. Wijzigingen tussentijds leggen we "
              "ter instemming voor aan de OPR."),
        ("p", "Wat kost passend onderwijs in Delta Noord? Het samenwerkingsverband ontvangt ongeveer € 14,8 "
              "miljoen per jaar. Een groot deel daarvan gaat direct naar het vso en naar lwoo en "
              "praktijkonderwijs. Zie de pagina Financiën."),
    ]

# ===========================================================================


def extra2_westerdijk():
    return [
        ("h1", "15. Jaarplanning"),
        ("table", [["Maand", "Wat", "Wie"],
                   ["september", "Start netwerken ondersteuningscoördinatoren en schoolleiders", "Bureau"],
                   ["oktober", "Teldatum; eerste 'witte vlekken'-bespreking", "Scholen, consulenten"],
                   ["november", "Begroting en jaarplan in de ledenvergadering; advies OPR", "Bestuur, OPR"],
                   ["januari", "Bestuurlijk overleg met de vier wethouders", "Directeur"],
                   ["maart", "Tweede 'witte vlekken'-bespreking", "Scholen, consulenten"],
                   ["mei", "Besluiten pro en lwoo voor nieuwe brugklassers", "CTT"],
                   ["juni", "Jaarrekening; evaluatie jaarplan met de scholen", "Bestuur"]]),
        ("p", "De planning wordt ieder jaar in het jaarplan geactualiseerd. Tussentijdse wijzigingen van dit "
              "ondersteuningsplan leggen we ter instemming voor aan de OPR."),
    ]


def extra2_heuvelrand():
    return [
        ("h1", "18 Doorgaande lijnen: het jonge kind en de overstap naar het vo"),
        ("p", "Passend onderwijs begint niet op de eerste schooldag. Samen met de gemeenten, de "
              "kinderopvang en de jeugdgezondheidszorg werkt het samenwerkingsverband aan een warme "
              "overdracht van de voorschoolse voorzieningen naar de basisschool. Peuters met een "
              "ontwikkelingsvoorsprong of -achterstand worden met toestemming van de ouders besproken in een "
              "overdrachtsgesprek tussen de pedagogisch medewerker en de intern begeleider. Het arrangement "
              "jonge kind (hoofdstuk 5) kan al in groep 1 worden ingezet."),
        ("p", "Aan het einde van de basisschool maken wij met SWV VO Heuvelrand afspraken over de overstap. "
              "Leerlingen uit het sbo en so, en leerlingen met een OPP in het basisonderwijs, worden in "
              "groep 8 besproken in een overdrachtsoverleg tussen de basisschool en de ontvangende vo-school. "
              "Het schooladvies en het onderwijskundig rapport vormen daarvoor de basis. Aanvragen voor lwoo "
              "en praktijkonderwijs lopen via het VO-samenwerkingsverband. Na de zomer volgt een "
              "terugkoppelingsgesprek tussen de mentor in het vo en de leerkracht van groep 8."),
        ("p", "Ook binnen de basisschoolperiode is een doorgaande lijn belangrijk. Wanneer een kind van school "
              "wisselt, zorgen de scholen voor een volledige overdracht van het leerlingdossier en, bij een "
              "kind met een OPP, voor een overdrachtsgesprek. Het samenwerkingsverband heeft hiervoor een "
              "standaard overdrachtsformulier ontwikkeld, dat alle scholen gebruiken."),
    ]


def extra2_kanaalzone():
    return [
        ("h1", "16 Het bureau en de jaarcyclus"),
        ("p", "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, drie consulenten, "
              "een orthopedagoog-generalist, een controller (0,4 fte), de ambtelijk secretaris van de CT en "
              "een managementassistent. Het bureau is gevestigd in het Regiohuis in Kanaalzone. De "
              "consulenten zijn ieder verbonden aan drie of vier scholen en nemen deel aan de "
              "ondersteuningsteams van die scholen."),
        ("table", [["Periode", "Activiteit"],
                   ["september", "Monitor Passend Onderwijs (stand 1 juli); OOGO-agenda met gemeenten"],
                   ["oktober", "Teldatum; bestuurlijk overleg"],
                   ["november", "Jaarplan en begroting; advies OPR; besluit raad van toezicht"],
                   ["februari", "Monitor Passend Onderwijs (stand 1 januari)"],
                   ["april", "Verantwoording ondersteuningsbudget door scholen"],
                   ["juni", "Jaarverslag; knelpuntenanalyse thuiszittersoverleg en plaatsingstafel"]]),
        ("h1", "17 Communicatie met scholen en partners"),
        ("p", "Het samenwerkingsverband communiceert met de scholen via het netwerk "
              "ondersteuningscoördinatoren, de maandelijkse nieuwsbrief en het besloten deel van de website, "
              "waar formulieren, handreikingen en de monitor te vinden zijn. Met de gemeenten is er een "
              "kwartaaloverleg op ambtelijk niveau en twee keer per jaar een bestuurlijk overleg. Voor de "
              "jeugdhulpaanbieders organiseren wij jaarlijks een netwerkbijeenkomst, waarin wij de "
              "ontwikkelingen in het onderwijs toelichten en signalen ophalen over de samenwerking in en om de "
              "school. Nieuwe medewerkers van scholen en partners kunnen deelnemen aan een "
              "introductiebijeenkomst 'Passend onderwijs in Kanaalzone-Oost'."),
        ("p", "Het samenwerkingsverband streeft naar een lage overhead. De kosten van het bureau bedragen "
              "minder dan 8% van de beschikbare middelen. Taken die beter door de scholen zelf kunnen worden "
              "uitgevoerd, worden niet door het bureau overgenomen."),
    ]


def extra2_deltanoord():
    return [
        ("h1", "Leerlingen aan het woord"),
        ("p", "Passend onderwijs gaat over leerlingen. We vinden het belangrijk dat zij meepraten. In de OPR "
              "zitten twee leerlingen. Daarnaast organiseren we elk jaar een leerlingenpanel met jongeren "
              "van verschillende scholen, waarin we bespreken wat goed gaat en wat beter kan. Leerlingen met "
              "een OPP hebben het recht om hun mening te geven over hun eigen OPP. Scholen leggen die mening "
              "vast in het OPP."),
        ("p", "Uit het leerlingenpanel van 2024 kwamen drie duidelijke boodschappen: 'Vraag ons wat we "
              "nodig hebben', 'Zorg dat we niet steeds ons verhaal opnieuw moeten vertellen' en 'Een goede "
              "mentor maakt het verschil'. Deze boodschappen hebben we meegenomen bij het opstellen van de "
              "afspraken over basisondersteuning."),
        ("h1", "Werkwijze van de OPR"),
        ("p", "De ondersteuningsplanraad werkt met een reglement en een huishoudelijk reglement, die op de "
              "website staan. De leden worden voor vier jaar gekozen door de medezeggenschapsraden van de "
              "scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan, en "
              "wordt door het bestuur om advies gevraagd over de begroting en het jaarplan. Twee keer per "
              "jaar vergadert de OPR met het bestuur. Leden van de OPR krijgen een vergoeding en kunnen "
              "scholing volgen. De OPR wordt ondersteund door een ambtelijk secretaris."),
        ("p", "Bij een geschil tussen de OPR en het bestuur over instemming kan de Landelijke Commissie voor "
              "Geschillen WMS worden ingeschakeld. Dat is in de afgelopen planperiode niet nodig geweest."),
        ("h1", "Samen met het primair onderwijs"),
        ("p", "Met SWV PO Delta Noord werken we samen aan een goede overstap van groep 8 naar het vo. In "
              "november organiseren de twee samenwerkingsverbanden een gezamenlijke bijeenkomst voor intern "
              "begeleiders en ondersteuningscoördinatoren. In februari vindt het overdrachtsoverleg plaats "
              "voor leerlingen met een OPP. We gebruiken een gezamenlijk overdrachtsformulier. De "
              "samenwerkingsverbanden hebben bovendien afgesproken om samen een ouder- en jeugdsteunpunt op te "
              "zetten en om de informatie aan ouders op elkaar af te stemmen."),
        ("h1", "Communicatie met scholen"),
        ("p", "Scholen zijn onze belangrijkste partners. Iedere school heeft een vaste consulent als "
              "aanspreekpunt, die ten minste zes keer per jaar op school is en deelneemt aan het "
              "ondersteuningsoverleg. Via de nieuwsbrief, die tien keer per jaar verschijnt, houden we "
              "schoolleiders, mentoren en ondersteuningscoördinatoren op de hoogte van nieuwe ontwikkelingen, "
              "scholingsaanbod en wijzigingen in het handboek. Het besloten deel van de website bevat "
              "formulieren, handreikingen en de actuele resultatenmonitor per school."),
        ("p", "Eens per jaar organiseren we het Delta Noord-congres voor alle medewerkers van de scholen, "
              "met workshops van en voor docenten. In 2024 kwamen ruim 400 deelnemers op het congres af. "
              "Het thema voor 2025 is 'De mentor doet ertoe'. Daarnaast ontvangen schoolbesturen ieder "
              "kwartaal een bestuurlijke rapportage met de voortgang van het jaarplan en de financiële "
              "stand van zaken."),
        ("h1", "Jaarcyclus"),
        ("table", [["Maand", "Wat"],
                   ["september", "Vaststelling jaarverslag vorig schooljaar; resultatenmonitor (1)"],
                   ["november", "Jaarplan en begroting; advies OPR"],
                   ["januari", "Resultatenmonitor (2); bestuurlijk overleg met gemeenten"],
                   ["april", "Evaluatie handboek toewijzing"],
                   ["juni", "Resultatenmonitor (3); bespreking resultaten met de OPR"]]),
    ]

EXTRA = {
    "vo-westerdijk-ondersteuningsplan-2025-2029": ("Bijlage 1", extra_westerdijk),
    "po-heuvelrand-zuid-ondersteuningsplan-2025-2029": ("Bijlage A", extra_heuvelrand),
    "vo-kanaalzone-oost-ondersteuningsplan-2025-2029": ("Bijlage", extra_kanaalzone),
    "vo-delta-noord-ondersteuningsplan-2025-2029": ("Organisatie en OPR", extra_deltanoord),
}

EXTRA2 = {
    "vo-westerdijk-ondersteuningsplan-2025-2029": ("Bijlage 1", extra2_westerdijk),
    "po-heuvelrand-zuid-ondersteuningsplan-2025-2029": ("Bijlage A", extra2_heuvelrand),
    "vo-kanaalzone-oost-ondersteuningsplan-2025-2029": ("Bijlage", extra2_kanaalzone),
    "vo-delta-noord-ondersteuningsplan-2025-2029": ("Organisatie en OPR", extra2_deltanoord),
}


def main():
    jobs = [
        ("vo-lindeveld-ondersteuningsplan-2025-2029", ".docx", plan_lindeveld, label_lindeveld,
         "Ondersteuningsplan 2025-2029 | SWV VO Lindeveld"),
        ("vo-westerdijk-ondersteuningsplan-2025-2029", ".pdf", plan_westerdijk, label_westerdijk,
         "Passend Onderwijs Westerdijk | Ondersteuningsplan 2025-2029"),
        ("po-heuvelrand-zuid-ondersteuningsplan-2025-2029", ".docx", plan_heuvelrand, label_heuvelrand,
         "Ondersteuningsplan 2025-2029 | SWV PPO Heuvelrand-Zuid"),
        ("vo-kanaalzone-oost-ondersteuningsplan-2025-2029", ".pdf", plan_kanaalzone, label_kanaalzone,
         "SWV VO Kanaalzone-Oost | Ondersteuningsplan 2025-2029"),
        ("vo-delta-noord-ondersteuningsplan-2025-2029", ".html", plan_deltanoord, label_deltanoord,
         "Samenwerkingsverband VO Delta Noord - Ondersteuningsplan 2025-2029"),
    ]
    for stem, ext, build, label, header in jobs:
        blocks = build()
        if stem in EXTRA:
            heading, extra_fn = EXTRA[stem]
            blocks = insert_before(blocks, heading, extra_fn())
        if stem in EXTRA2:
            heading, extra_fn = EXTRA2[stem]
            blocks = insert_before(blocks, heading, extra_fn())
        path = OUT / (stem + ext)
        if ext == ".docx":
            render_docx(blocks, path, header)
        elif ext == ".pdf":
            render_pdf(blocks, path, header)
        else:
            render_html(blocks, path, header)
        label(stem, [path.name])
        print("wrote", path.name)

    stem = "vo-baken-college-schoolondersteuningsprofiel-2025"
    path = OUT / (stem + ".pdf")
    render_pdf(sop_baken(), path, "Het Baken College | Schoolondersteuningsprofiel 2025-2026")
    write_label(stem, [path.name], "vo", False, {}, {}, {
        "document": "A single VO school's schoolondersteuningsprofiel (part of its schoolgids): describes that "
                    "school's own basis/extra support, lwoo classes and limits; it refers to the "
                    "samenwerkingsverband's ondersteuningsplan but is not one (no OPR, OOGO, verdeelmodel, "
                    "TLV procedure of a verband)."})
    print("wrote", path.name)


if __name__ == "__main__":
    main()
